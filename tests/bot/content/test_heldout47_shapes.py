"""Shapes of released held-out set 47 (world desks of large outlets, 2025-2026), each carried by
an invented fixture (tests/data/realistic_feeds 2500-2519; no held-out text)."""

from __future__ import annotations

from bot.content.feedtext import has_presentation_forms, presentation_forms
from tests.support.realistic import previewed as _fixture


# fixture 2500: 'bold text generator' copy (Mathematical Alphanumeric Symbols) in a title label,
# body bylines, speakers' names and a dateline, raw and as character references: plain letters
def test_mathematical_letters_read_as_plain_letters() -> None:
    items = _fixture("2500")
    assert [i["authors"] for i in items] == [["Delroy Quashie"], ["Anika Browne"], []], items
    assert [q["speaker"] for i in items for q in i["quotes"]] == [
        "Janelle Providence", "Marlon Cupid", "Orlando Samuel"], items
    # the label, once a word the label list knows, goes as a plain one would
    assert items[0]["title"].startswith("Regional airlines"), items[0]["title"]
    assert not any(0x1D400 <= ord(c) <= 0x1D7FF for i in items for c in str(i))


def test_mathematical_letters_helpers() -> None:
    assert presentation_forms("\U0001d5d5\U0001d606 Jo") == "By Jo"
    assert presentation_forms("&#120276;&#x1D5EE;") == "Aa"
    assert presentation_forms("&#128512; &#x1F600;") == "&#128512; &#x1F600;"  # emoji stay
    assert has_presentation_forms("\U0001d5d4".encode())
    assert has_presentation_forms(b"&amp;#120276;")
    assert not has_presentation_forms("\U0001f600 &#128512;".encode())


def _stories(prefix: str) -> list[bool]:
    return [bool(i["is_story"]) for i in _fixture(prefix)]


# fixture 2501: a bare 'Ticker:' label opening a German headline marks a live page, as
# 'Liveticker:' does (set 47: a vote-day ticker)
def test_a_bare_ticker_label_is_a_live_page() -> None:
    assert _stories("2501") == [False, True]


# fixture 2502: 'em direto' (European Portuguese) marks a live page as 'ao vivo' does; a sign-up
# imperative closing on a messaging app ('Receba … no WhatsApp') is the channel's promo
def test_em_direto_and_a_whatsapp_channel_promo_are_no_stories() -> None:
    assert _stories("2502") == [False, False, True]


# fixture 2503: a photo competition named after a qualifier ('Tidal Pools Photography
# Competition 2026: the winners') is a contest gallery
def test_a_named_photo_competition_is_a_gallery() -> None:
    assert _stories("2503") == [False, True]


# fixture 2504: 'Meteo, …' over a two-line teaser without temperatures is a forecast page
def test_a_weather_heading_over_a_short_teaser_is_a_forecast() -> None:
    assert _stories("2504") == [False, True]


def _quoted(prefix: str) -> list[tuple[str, str | None]]:
    return [(q["speaker"], q["affiliation"]) for i in _fixture(prefix) for q in i["quotes"]]


# fixture 2505: "the agency's director" speaks for the agency the text named before the quote
# (another of its kind named later does not make it ambiguous); an airline, a utility and a
# state's representation are bodies a role belongs to
def test_a_possessive_role_speaks_for_the_body_named_before() -> None:
    assert _quoted("2505") == [
        ("Kaido Rebane", "Estonian Maritime Agency's director"),
        ("Ilze Kalnina", "Latvian national airline's chief executive"),
        ("Marten Kask", "Estonia's representation"),
    ]


# fixture 2506: a Romance role's portfolio region ("responsabile per il Mediterraneo di …") is
# no part of the body after it, and the body runs on through "per i"
def test_a_portfolio_region_is_no_part_of_the_body() -> None:
    assert _quoted("2506") == [
        ("Ilaria Spada", "Medici per i diritti umani"),
        ("Marco Lattanzio", "Caritas italiana"),
    ]


# fixture 2507: a broadcaster's initials and a world region or country ("PTV Pacific") credit a
# regional service, not a person; initials as a given name ("TJ Hufanga") stay
def test_a_broadcasters_regional_service_is_no_author() -> None:
    assert [i["authors"] for i in _fixture("2507")] == [[], [], [], ["TJ Hufanga"]]


# fixture 2508: an Urdu daily's bold run-in dateline "<strong>Town (Name)</strong>" names the
# reporter even where the gazetteer does not know the town, and leaves the summary
def test_a_bold_bracket_dateline_names_the_reporter() -> None:
    items = _fixture("2508")
    assert [i["authors"] for i in items] == [["راشد محمود اعوان"], []]
    assert all("(" not in i["summary"] for i in items), [i["summary"] for i in items]


# fixture 2509: a short notice that a weather watch or warning is in force, telling readers what
# to do, is a civil-defence advisory; the storm's landfall with damage is a story
def test_a_weather_advisory_notice_is_no_story() -> None:
    assert _stories("2509") == [False, False, True]
