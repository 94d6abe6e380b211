"""A second author field that is a dateline ('De Pequim', 'Desde Bruselas', 'From Geneva',
'Aus Genf') or a partner paper's one-word brand beside a full name is no person (fixture 2804);
a surname with a particle ('De Souza') stays."""

from __future__ import annotations

import pytest

from bot.content.attribution.authors import clean_authors


@pytest.mark.parametrize(
    ("names", "want"),
    [
        (["Luiza Prado", "De Pequim"], ("Luiza Prado",)),
        (["Lucía Ferraro", "Desde Bruselas"], ("Lucía Ferraro",)),
        (["Paula de Souza", "Desde Ginebra"], ("Paula de Souza",)),
        (["Jan Roe", "Aus Genf"], ("Jan Roe",)),
        (["Tom Lee", "From Brussels"], ("Tom Lee",)),
        (["Tomás Ibarra", "Mercurio"], ("Tomás Ibarra",)),
        (["Ana Lima", "De Souza"], ("Ana Lima", "De Souza")),
        (["Ana Lima e Rui Costa"], ("Ana Lima", "Rui Costa")),
    ],
)
def test_dateline_and_brand_author_fields_are_no_people(
    names: list[str], want: tuple[str, ...]
) -> None:
    assert clean_authors(names) == want


def test_fixture_2804_credits_the_reporters_only() -> None:
    from pathlib import Path

    from bot.content.articles import process_feed
    from bot.deliver.preview import preview_items
    path = (Path(__file__).resolve().parents[2] / "data" / "realistic_feeds"
            / "2804_es_ar_dateline_and_brand_creators.rss.xml")
    _, articles = process_feed(path.read_bytes(), url="https://feeds.example/2804.rss")
    assert [i["authors"] for i in preview_items(articles)] == [
        ["Lucía Ferraro"], ["Tomás Ibarra"], ["Paula de Souza"]]


@pytest.mark.parametrize(
    ("html", "name"),
    [
        ("<p>Os governos levantaram as restrições. Texto de Helena Matsinhe</p>",
         "Helena Matsinhe"),
        ("<p>A oposição vai recorrer. Por Alberto Nhaca, correspondente em Mbabane</p>",
         "Alberto Nhaca"),
        ("<p>Mil casas ficaram destruídas. Autora: Fátima Saide</p>", "Fátima Saide"),
        ("<p>Die Kommission hat ihren Bericht vorgelegt. Ein Bericht von "
         "Ostafrika-Korrespondentin Lea Frei aus Nairobi.</p>", "Lea Frei"),
        ("<p>La decisión fue publicada. Por Ana Ruiz, corresponsal en Lima</p>", "Ana Ruiz"),
        ("<p>Il governo è caduto. Un servizio di Marco Neri, inviato a Kiev</p>", "Marco Neri"),
    ],
)
def test_closing_signoff_with_role_and_place_is_the_author(html: str, name: str) -> None:
    """A reporter signing off at the end of the text (fixture 2809), with a correspondent's
    role and place around the name."""
    from bot.content.attribution.bylines import byline_from_text
    assert byline_from_text(html) == (name,)


def test_a_closing_sentence_about_a_report_is_no_byline() -> None:
    from bot.content.attribution.bylines import byline_from_text
    html = "<p>Die Kommission tagte. Ein Bericht von gestern zeigt Mängel.</p>"
    assert byline_from_text(html) == ()
