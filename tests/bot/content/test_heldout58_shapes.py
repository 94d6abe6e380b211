"""Shapes found on released held-out set 58 (world desks as feeds look in 2025–26), each fixed
with an invented fixture in tests/data/realistic_feeds (3100–3106). Invented text throughout."""

from __future__ import annotations

import pytest

from bot.content import attribution
from bot.content import quotes as q
from tests.support.realistic import previewed as _fixture


def _who(paragraphs: list[str]) -> list[tuple[str | None, str | None]]:
    return [(x.speaker, x.affiliation) for x in q.extract_quotes(paragraphs, headline="Headline")]


# fixture 3100: a channel titled "News", the holder bare in <copyright>, a host spelling part
def test_bare_copyright_names_the_outlet_whole() -> None:
    assert {i["outlet"] for i in _fixture("3100")} == {"Skagerrak Marine Institute"}


# fixtures 3101, 3102: a Chinese CMS's responsible editor in <author> is no author
def test_editor_credited_in_the_text_is_no_author() -> None:
    assert [i["authors"] for i in _fixture("3101")] == [[], []]
    assert [i["authors"] for i in _fixture("3102")] == [[], ["Zhou Min"]]


@pytest.mark.parametrize(("authors", "html", "kept"), [
    (("李娜",), "<p>正文。</p><p>责任编辑：李娜</p>", ()),
    (("王磊",), "<p>正文。（责任编辑：王磊）</p>", ()),
    (("Li Na",), "<p>Text.</p><p>Editor: Li Na</p>", ()),
    (("Zhou Min",), "<p>Text.</p><p>Editor: Li Na</p>", ("Zhou Min",)),
    (("Li Na",), "<p>Text by Li Na.</p>", ("Li Na",)),
])
def test_without_editors(authors: tuple[str, ...], html: str, kept: tuple[str, ...]) -> None:
    assert attribution.without_editors(authors, html) == kept


# fixture 3103: "Von A und B – Ort/Ort." opening a plain-text teaser
def test_teaser_byline_with_dash_and_places_gives_the_people() -> None:
    assert [i["authors"] for i in _fixture("3103")] == [
        ["Katrin Oehme", "Jiří Málek"], ["Zsófia Brandner-Kiss"]]


@pytest.mark.parametrize(("html", "names"), [
    ("Von Anna Roth und Petr Novák – Zittau/Liberec. Die Brücke wird gebaut.",
     ("Anna Roth", "Petr Novák")),
    ("Por Ana Souza – Brasília/Lisboa. O acordo foi assinado.", ("Ana Souza",)),
    ("By Tom Reed - Nairobi. The talks resumed on Monday.", ("Tom Reed",)),
])
def test_stopped_byline_with_dash_places(html: str, names: tuple[str, ...]) -> None:
    got = attribution.clean_authors(attribution.byline_from_text(html, "X"), outlet="X",
                                    feed_title="")
    assert got == names


# fixture 3104: Drupal prints the title field before the byline field
def test_drupal_byline_field_after_title_field() -> None:
    items = _fixture("3104")
    assert [i["authors"] for i in items] == [["R. Kavitha"], []]
    assert all("Kavitha" not in i["summary"] and "Staff Reporter" not in i["summary"]
               for i in items)


# fixture 3105: English attributions
def test_english_attribution_shapes_of_set_58() -> None:
    got = {(x["speaker"], x["affiliation"]) for i in _fixture("3105") for x in i["quotes"]}
    assert {("Ilse Marwood-Tan", "EU naval force Aspides"),
            ("Halima Odhiambo", "University of Mombasa"),
            ("Rashid Mwinyi", "ward councillor"),
            ("Esther Kalume", "Moi International Airport's chief operating officer")} <= got
    assert "The gangs waited" not in _fixture("3105")[0]["summary"]


@pytest.mark.parametrize(("paragraphs", "who"), [
    (["Aid stalled.", "“We need the corridor open,” said Amina Yusuf of the UN refugee agency "
      "UNHCR."], ("Amina Yusuf", "UN refugee agency UNHCR")),
    (["The mission ends.", "Otieno Mwangi of the University of Kisumu said Kenya had gained "
      "standing. “Kenya is called first now,” he said."],
     ("Otieno Mwangi", "University of Kisumu")),
])
def test_name_of_body_shapes(paragraphs: list[str], who: tuple[str, str]) -> None:
    assert who in _who(paragraphs)


# fixture 3106: "diretor do centro" after the text named "o Centro de …"
def test_romance_role_of_the_centre_named_earlier() -> None:
    (item,) = _fixture("3106")
    assert ("Rogério Paiva", "Centro de Rastreamento de Satélites de Cuiabá") in {
        (x["speaker"], x["affiliation"]) for x in item["quotes"]}
    assert ("Marta Neri", "Istituto di Studi Adriatici") in _who([
        "Il rapporto dell'Istituto di Studi Adriatici è stato presentato a Trieste.",
        "«Il mare non aspetta i governi», ha detto Marta Neri, direttrice dell'istituto."])


# fixture 3107: an event programme filed under WordPress's "What’s On" category
def test_whats_on_category_is_no_story() -> None:
    assert [i["is_story"] for i in _fixture("3107")] == [True, False]


# fixture 3108: an ICP filing number in the copyright line says the outlet is in China
def test_icp_licence_number_makes_china_home() -> None:
    flights, park = _fixture("3108")
    assert flights["relevance"] >= 0.5 and not any("domestic" in r for r in flights["reasons"])
    assert park["relevance"] < 0.5


@pytest.mark.parametrize(("rights", "country"), [
    ("Copyright © 2026 Lanzhou Radio. 陇ICP备00000000号-1", "CN"),
    ("京ICP证000000号", "CN"),
    ("© 2026 Harbour Tribune", None),
])
def test_licensed_country(rights: str, country: str | None) -> None:
    from bot.content.language import licensed_country

    assert licensed_country(rights) == country
