"""Relevance precision on world desks (issue 17): a city's own news abroad told by the city
alone is no world news (fixture 2980, `relevance._city_news`), and a world desk whose feed
names no country takes the home its items keep naming, with a dateline, currency or channel
sign (fixture 2981, `home.hub_home`). Invented text throughout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.content import home, relevance
from bot.content.articles import body_of, process_feed
from bot.content.parse import parse_feed
from bot.deliver.preview import preview_items

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "realistic_feeds"
THRESHOLD = 0.5


def _stem(prefix: str) -> Path:
    (path,) = [p for p in FIXTURES.glob(f"{prefix}_*") if not p.name.endswith(".expect.json")]
    return path


def _scored(prefix: str) -> list[tuple[bool, dict[str, object]]]:
    """(expected relevant, previewed item) for every item of the fixture."""
    path = _stem(prefix)
    side = json.loads(path.with_name(path.name.split(".")[0] + ".expect.json").read_text("utf-8"))
    by_link = {v["link"]: v["relevant"] for v in side["items"].values()}
    _, articles = process_feed(path.read_bytes(), url=f"https://feeds.example/{path.name}")
    items = preview_items(articles)
    assert len(items) == len(by_link)
    return [(by_link[i["link"]], i) for i in items]


# fixture 2980: a UK world page's city news abroad ('Tokyo's oldest public bathhouse…',
# 'Lisbon's yellow trams…') is no world news; a city with a world topic and a disaster naming
# its country stay
def test_city_news_abroad_is_no_world_news() -> None:
    for expected, item in _scored("2980"):
        assert (item["relevance"] >= THRESHOLD) == expected, (item["title"], item["reasons"])


def test_city_news_says_so_in_the_why_line() -> None:
    tokyo = next(i for _, i in _scored("2980") if "Tokyo" in str(i["title"]))
    assert "- local: about Tokyo" in tokyo["reasons"]


@pytest.mark.parametrize(
    ("title", "text", "city"),
    [
        ("Sydney lifeguards pull 60 swimmers from rip current", "", "Sydney"),
        ("Lisbon's yellow trams return to Alfama", "The number 28 tram runs again.", "Lisbon"),
        # the place only in the text, the country named, a demonym, a leader or a world
        # topic: no city news
        ("Bondi lifeguards pull 60 swimmers from rip current", "Lifeguards in Sydney said so.",
         ""),
        ("Australia: Bondi lifeguards pull 60 swimmers from rip current", "", ""),
        ("Australian lifeguards pull 60 swimmers from rip current in Sydney", "", ""),
        ("Istanbul mayor jailed as opposition calls protests", "", ""),
        ("Kremlin rejects ceasefire plan", "", ""),
        ("Lisbon and Madrid sign rail link deal", "", ""),
    ],
)
def test_city_news_is_one_place_abroad_and_nothing_else(title: str, text: str, city: str) -> None:
    assert relevance.features(title, text, home=frozenset({"GB"})).city == city


@pytest.mark.parametrize(
    ("surface", "code", "lang", "names"),
    [
        ("Canada", "CA", "en", True), ("Canadians", "CA", "en", True),
        ("US", "US", "en", True), ("brasileira", "BR", "pt", True), ("cinese", "CN", "it", True),
        ("Karachi", "PK", "en", False), ("Sydney", "AU", "en", False),
        ("Metro Manila", "PH", "en", False), ("Almaty", "KZ", "de", False),
        ("British", "GB", "en", True),
        ("americani", "US", "it", True), ("Dutch", "NL", "en", True), ("Irish", "IE", "en", True),
    ],
)
def test_a_mention_names_its_country_or_only_a_place(surface: str, code: str, lang: str,
                                                      names: bool) -> None:
    assert relevance._names_country(surface, code, lang) is names


# fixture 2981: a Bangladeshi daily's world desk, bare 'en', no country in its channel
def test_world_desk_takes_the_home_its_items_keep_naming() -> None:
    path = _stem("2981")
    url = f"https://feeds.example/{path.name}"
    feed = parse_feed(path.read_bytes(), url=url)
    items = [(e.title, (b := body_of(e)).paragraphs, b.html) for e in feed.entries]
    filed = [(e.link, e.categories) for e in feed.entries]
    guess = home.learn_items(feed, url, items, b"", filed)[0]
    assert guess is not None and guess.code == "BD", guess


def test_world_desk_home_news_is_no_world_news() -> None:
    for expected, item in _scored("2981"):
        assert (item["relevance"] >= THRESHOLD) == expected, (item["title"], item["reasons"])


def _item(codes: str, world: bool = False, dateline: str = "") -> home.ItemEvidence:
    return home.ItemEvidence(key=f"{codes}{world}{dateline}", codes=codes, world=world,
                             dateline=dateline, currency="")


def test_a_foreign_desks_country_of_the_week_is_no_home() -> None:
    """Iran in four of six items, one of them about it alone: without a dateline, currency or
    channel of Iran's, the desk abstains; a channel naming another country abstains too."""
    week = [_item("IRUS", True), _item("IR"), _item("IRIL", True), _item("ILIR", True),
            _item("FR"), _item("DE")]
    assert home.hub_home(week, frozenset()) is None
    dated = [*week[:5], _item("DE", dateline="DE")]
    assert home.hub_home(dated, frozenset()) is None  # the datelines are not Iran's
    assert home.hub_home([*week[:5], _item("IR", dateline="IR")], frozenset({"GB"})) is None
    guess = home.hub_home([*week[:5], _item("IR", dateline="IR")], frozenset())
    assert guess is not None and guess.code == "IR"
