"""Outlet names from channel-title shapes seen on real feeds (bench/outlet_names.py): feed
words before the name, the list a feed is after it, and other wrappings of the name. The
titles here are invented, of the real shapes."""

from __future__ import annotations

import pytest

from bot.content.attribution import feed_outlet_name, resolve_outlet
from bot.core.types import FeedEntry, ParsedFeed


def outlet_of(title: str, feed_url: str) -> str:
    """The outlet of an item on the feed's own host, for a channel with no link."""
    host = feed_url.split("/")[2]
    entry = FeedEntry(title="Ministers meet", link=f"https://{host}/news/ministers-meet-1")
    return resolve_outlet(entry, ParsedFeed(title=title, link=None, entries=(entry,)), feed_url)[0]


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("RSS CorrierediRovigo.it", "CorrierediRovigo.it"),
        ("Fuente RSS Los Valles", "Los Valles"),
        ("Canal RSS El Heraldo Austral", "El Heraldo Austral"),
        ("RSS", None),  # nothing but the feed word
        ("RSS Feeds", "RSS Feeds"),  # not cut to "Feeds"
    ],
)
def test_feed_words_before_the_name(title: str, outlet: str | None) -> None:
    assert feed_outlet_name(title) == outlet


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Harbour24 Top Stories", "Harbour24"),
        ("KESTREL Breaking News", "KESTREL"),
        ("GNX All", "GNX"),
        ("Meridian Post Latest News", "Meridian Post"),
        ("Polymer -  All", "Polymer"),
        ("News for All", "News for All"),  # the name ends in "All"
        ("Breaking News", None),  # a section alone
        ("Kestrel News - Home", "Kestrel News"),
    ],
)
def test_the_list_a_feed_is_after_the_name(title: str, outlet: str | None) -> None:
    assert feed_outlet_name(title) == outlet


def test_list_words_cut_on_the_real_path() -> None:
    assert outlet_of("Harbour24 Top Stories", "https://feeds.capi-harbour.example/v1/top/rss") == (
        "Harbour24"
    )


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Nachrichten - Deutsch [KESTREL WORLD Radio]", "KESTREL WORLD Radio"),
        ("Tidewater Ledger [RSS]", "Tidewater Ledger"),
        ("Dilmun Post [Arabic]", "Dilmun Post"),
    ],
)
def test_a_name_in_square_brackets_ending_the_title(title: str, outlet: str) -> None:
    assert feed_outlet_name(title) == outlet


def test_a_publication_on_a_blog_platform_is_named_not_the_platform() -> None:
    url = "https://medium.com/feed/harbour-engineering"
    assert outlet_of("Harbour Engineering - Medium", url) == "Harbour Engineering"
    assert feed_outlet_name("Quayside Notes | Substack") == "Quayside Notes"
    assert feed_outlet_name("Medium") == "Medium"  # the platform's own feed


def test_a_sibling_brand_on_a_known_outlets_host(monkeypatch: pytest.MonkeyPatch) -> None:
    """A feed on a host the outlet table names ("Kestrel News") that titles itself another
    brand of the same organisation is that brand; another outlet's name or a section is not."""
    from bot.content.attribution import links, outlets

    table = {**links.KNOWN_OUTLETS, "kestrelcast.example": "Kestrel News"}
    monkeypatch.setattr(links, "KNOWN_OUTLETS", table)  # outlet_for_domain reads it there
    outlets._feed_side.cache_clear()
    url = "https://feeds.kestrelcast.example/sport/cricket/rss.xml"
    assert outlet_of("Kestrel Sport - Cricket", url) == "Kestrel Sport"
    assert outlet_of("Kestrel News - World", url) == "Kestrel News"
    assert outlet_of("World", url) == "Kestrel News"
    assert outlet_of("The Weekend | Kestrel", url) == "Kestrel News"


def test_a_hyphenated_host_label_spells_two_words() -> None:
    from bot.content.attribution import host_brand

    assert host_brand("www.harbour-standard.example") == "Harbour Standard"
    assert host_brand("news.quay-side-ledger.example") == "Quay Side Ledger"
    assert host_brand("www.e-flux.example") is None  # a one-letter piece is no word


@pytest.mark.parametrize(
    ("title", "url", "outlet"),
    [
        # a section-only title on a site whose host names it otherwise: the host names it
        ("TV", "https://www.quaysidecool.example/tv/feed/", "quaysidecool.example"),
        ("Home Page", "https://www.harbour-standard.example/rss/home.rss", "Harbour Standard"),
        ("Movies", "https://www.vechorka.example/rss/index.xml", "vechorka.example"),
        # a name in another script cannot be held against the host's Latin spelling
        ("عالمی اخبار", "https://aalmiakhbarx.blogspot.com/feeds/posts/default", "عالمی اخبار"),
        # the host spells the section-word name: it is the outlet's name
        ("Global News", "https://globalnews.example/feed/", "Global News"),
        # behind a feed proxy nothing else names the site
        ("Regional", "https://feeds.feedburner.com/regional", "Regional"),
    ],
)
def test_a_section_only_title_yields_to_the_host(title: str, url: str, outlet: str) -> None:
    assert outlet_of(title, url) == outlet


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Gazeta.ua", "Gazeta.ua"),  # "newspaper" alone names no outlet
        ("Газета.Ru - Первая полоса", "Газета.Ru"),
        ("Diario.cl - Portada", "Diario.cl"),
        ("ElHeraldo.es - ElHeraldo.es", "ElHeraldo.es"),  # an article glued to the name
        ("Dunia - Pelita.com", "Pelita.com"),  # a name of its own keeps it too
        ("Kompas.com", "Kompas.com"),
        ("Новини - LIGA.net", "LIGA.net"),
        ("ZAXID.NET", "ZAXID.NET"),
        ("Lenta.ru : Новости", "Lenta.ru"),
        ("Новости Mail.ru", "Mail.ru"),
        ("Le Monde.fr - International", "Le Monde"),  # words with an ending added: the words
        ("XW.COM | Xanten Welle", "XW"),  # the initials of the other part: the address
    ],
)
def test_a_host_form_of_one_token_keeps_its_ending(
    title: str, outlet: str
) -> None:
    assert feed_outlet_name(title) == outlet


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("https://www.kestrelpost.pl", "kestrelpost.pl"),
        ("www.sportscast.example - SOCCER", "sportscast.example"),
        ("https://www.harbour.example/", "harbour.example"),
    ],
)
def test_a_title_that_is_the_sites_address(title: str, outlet: str) -> None:
    assert feed_outlet_name(title) == outlet


@pytest.mark.parametrize(
    ("title", "hints", "outlet"),
    [
        ("Portada, El Heraldo de Tula", [], "El Heraldo de Tula"),
        ("Rock, Paper, Scissors", [], "Rock, Paper, Scissors"),  # commas inside a name
        ("Последние новости на сайте vechorka.net", [], "vechorka.net"),
        ("东岸新闻RSS - 东岸经济日报 dajb.com", ["dajb"], "东岸经济日报"),
        ("Harbour TideArchitecture – Harbour Tide", ["harbour-tide"], "Harbour Tide"),
    ],
)
def test_names_wrapped_in_taglines_addresses_and_section_words(
    title: str, hints: list[str], outlet: str
) -> None:
    assert feed_outlet_name(title, hints) == outlet
