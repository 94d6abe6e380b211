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
def test_dateline_and_brand_author_fields_are_no_people(names: list[str], want: tuple[str, ...]) -> None:
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
