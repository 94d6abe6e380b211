"""Shapes found on released held-out set 66 (world desks heavy on analysis, op-eds, explainers
and live blogs), each fixed with an invented fixture in tests/data/realistic_feeds (3250–3254).
Invented text throughout."""

from __future__ import annotations

import pytest

from bot.content.quotes import extract_quotes
from tests.support.realistic import previewed as _fixture


def _who(paragraphs: list[str], headline: str = "") -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.affiliation) for q in extract_quotes(paragraphs, headline=headline)]


# fixture 3250: RFC 2047 encoded-words in <title> and <dc:creator> (a mail-to-web gateway)
def test_mime_encoded_titles_and_authors_are_decoded() -> None:
    got = [(i["title"], i["authors"]) for i in _fixture("3250")]
    assert got == [
        ("Hawaiʻi nurses fly to Samoa after measles outbreak deepens", ["Leilani Kaupu"]),
        ("Guest column: The Pacific needs more than summit photos", ["Kealoha Nāone"]),
        ("Kīlauea lava lake rises again, observatory says", ["Mālia Keawe"]),
    ]


@pytest.mark.parametrize(
    ("raw", "decoded"),
    [
        ("=?UTF-8?Q?Hawai=CA=BBi_Guard?= =?UTF-8?Q?_drills?=", "Hawaiʻi Guard drills"),
        ("=?utf-8?b?TcSBbGlhIEtlYXdl?=", "Mālia Keawe"),
        ("Re: =?UTF-8?Q?K=C4=ABlauea?= update", "Re: Kīlauea update"),
        ("Price =? unknown ?= today", "Price =? unknown ?= today"),  # no encoded-word
        ("=?UTF-8?Q?bad=FF?=", "=?UTF-8?Q?bad=FF?="),  # not UTF-8: left as it is
    ],
)
def test_decode_encoded_words(raw: str, decoded: str) -> None:
    from bot.content.quoted_printable import decode_encoded_words  # new on this branch

    assert decode_encoded_words(raw) == decoded


# fixture 3251: a lower-case clergy title before a byline name; "di" + employer after a name
def test_clergy_title_is_no_part_of_the_byline_and_di_opens_the_employer() -> None:
    items = _fixture("3251")
    assert [i["authors"] for i in items] == [
        ["Marco Ceccherini"], ["Giulia Panerai"], ["Luigi Fabbri"],
    ]
    assert [(q["speaker"], q["affiliation"]) for q in items[1]["quotes"]] == [
        ("Paola Brogi", "Confartigianato Siena"),
    ]


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("ha detto Elena Rossi di Legambiente.", ("Elena Rossi", "Legambiente")),
        ("ha detto Leonardo da Vinci.", ("Leonardo da Vinci", None)),
        ("ha detto Maria Di Stefano.", ("Maria Di Stefano", None)),
        ("dijo Juan Martín del Potro.", ("Juan Martín del Potro", None)),
    ],
)
def test_italian_di_after_a_full_name(said: str, who: tuple[str, str | None]) -> None:
    assert _who([f"«Le aziende della ceramica respirano», {said}"]) == [who]


# fixture 3252: a press office's "News and press releases" feed
def test_news_and_press_releases_feed_posts_its_releases() -> None:
    story = {i["title"]: i["is_story"] for i in _fixture("3252")}
    assert story == {
        "New study: Alpine glaciers lost a tenth of their ice in two years": True,
        "Institute joins UN mission to measure Himalayan glacier lakes": True,
        "Public lecture: Why glaciers matter for drinking water": False,
    }


@pytest.mark.parametrize(
    ("title", "releases"),
    [
        ("Alpine Glacier Institute – News and press releases", True),
        ("LIWS – Press releases and news", True),
        ("Aktuelles und Pressemitteilungen | Hochschule Beispiel", True),
        ("Notizie e comunicati stampa - Consorzio", True),
        ("World news and analysis – The Ledger", False),
        ("Think tank: analysis, events and press releases", False),
    ],
)
def test_release_section_with_the_institutions_news(title: str, releases: bool) -> None:
    from bot.content.articles.kinds import release_section

    assert release_section(title) is releases


# fixture 3253: German "im" before a neuter body; rank, name, "von der" unit
def test_german_role_im_body_and_unit_after_von_der() -> None:
    got = [[(q["speaker"], q["affiliation"]) for q in i["quotes"]] for i in _fixture("3253")]
    assert got == [
        [("Marta Nowicka", "Städtischen Klinikum")],
        [("Felix Brandt", "Panzergrenadierbrigade")],
    ]


@pytest.mark.parametrize(
    ("tail", "aff"),
    [
        ("Pflegerin im Carl-Thiem-Klinikum.", "Carl-Thiem-Klinikum"),
        ("Lehrerin im Allgäu.", None),  # where, not whom she works for
        ("Pflegerin im Dezember.", None),  # when
        ("Pflegerin im Ruhestand.", None),
    ],
)
def test_im_opens_a_body_only_before_a_body_noun(tail: str, aff: str | None) -> None:
    assert _who([f"„Wir warten jeden Morgen“, sagte Anna Berg, {tail}"]) == [("Anna Berg", aff)]


def test_von_der_keeps_a_one_given_name_particle() -> None:
    said = "sagte Kommissionspräsidentin Ursula von der Leyen."
    assert _who([f"„Die Familien ziehen mit, das ist neu“, {said}"]) == [
        ("Ursula von der Leyen", "Kommissionspräsidentin"),
    ]


# fixture 3254: roles over a body the text or the headline named
def test_roles_speak_for_the_body_named() -> None:
    got = [[(q["speaker"], q["affiliation"]) for q in i["quotes"]] for i in _fixture("3254")]
    assert got == [
        [("Rewi Parata", "Harbourton District Council")],
        [("Aroha Mills", "2nd Health Company")],
        [("Lena Marsh", "International Residual Mechanism for Criminal Tribunals")],
        [("Mere Tipene", "Harbourton Institute of Marine Science")],
    ]


def test_two_joined_roles_that_name_no_body_stay_without() -> None:
    assert _who(["“The fish are starving,” said Karin Berg, a mother of two and a keen sailor."]) \
        == [("Karin Berg", None)]
