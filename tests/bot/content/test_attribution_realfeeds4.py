"""Real-feed shapes of the fourth real batch (fixtures 910–916): a <source> citing the feed
itself, "tagline par Host.fr" titles, a section run on before the <image> title's name, a Latin
brand with the word for "news", aggregated titles ending in their publisher in brackets, host-form
names the items credit, photo credits in author fields."""

from __future__ import annotations

import pytest

from bot.content.attribution import (
    clean_authors,
    clean_headline,
    feed_outlet_name,
    feed_own_name,
    resolve_outlet,
)
from bot.core.types import FeedEntry, ParsedFeed

FEED_URL = "https://feeds.example/rss.xml"


def _entry(title: str = "Ministers meet", n: int = 1, **kw: object) -> FeedEntry:
    return FeedEntry(title=title, link=f"https://www.harbourpress.example/a/{n}", **kw)  # type: ignore[arg-type]


def test_a_source_citing_the_feed_itself_names_no_other_publisher() -> None:
    feed = ParsedFeed(title="L'actualité par l'Eclaireur.fr", link="https://www.eclaireur.example/",
                      rights="Copyright L'Éclaireur", entries=())
    entry = FeedEntry(title="Diplomatie. Le ministre reçu à Rabat",
                      link="https://www.eclaireur.example/diplomatie-910001",
                      source_title="L'actualité par l'Eclaireur.fr",
                      source_url="https://www.eclaireur.example/rss/actu.rss")
    assert resolve_outlet(entry, feed, FEED_URL) == ("L'Éclaireur", None)


def test_a_source_on_another_site_is_still_the_publisher() -> None:
    feed = ParsedFeed(title="Planet Harbour", link="https://planet.harbour.example/", entries=())
    entry = FeedEntry(title="Ministers meet", link="https://blog.quayside.example/ministers",
                      source_title="Quayside Notes", source_url="https://blog.quayside.example/feed")
    assert resolve_outlet(entry, feed, FEED_URL)[0] == "Quayside Notes"


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("L'actualité par l'Eclaireur.fr", "l'Eclaireur.fr"),
        ("Latest news by Ledger.com", "Ledger.com"),
    ],
)
def test_a_tagline_by_a_host_named_site(title: str, outlet: str) -> None:
    assert feed_outlet_name(title) == outlet


def test_the_image_title_ending_the_channel_title_after_a_section() -> None:
    feed = ParsedFeed(title="Latest News दुनिया Samachar7 हिंदी", image_title="Samachar7 हिंदी",
                      link="https://hindi.samachar7.example/rss/world.xml", entries=())
    assert feed_own_name(feed, FEED_URL) == "Samachar7 हिंदी"
    # no section word before the image title: one name ("Kestrel Post", not "Post")
    feed = ParsedFeed(title="Kestrel Daily Post", image_title="Daily Post",
                      link="https://www.kestrel.example/", entries=())
    assert feed_own_name(feed, FEED_URL) == "Kestrel Daily Post"


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Kaiyoニュース", "Kaiyoニュース"),  # a Latin brand and "news": the portal's whole name
        ("QQ新闻", "QQ新闻"),
        ("ハマベニュース - 主要トピックス", "ハマベニュース"),  # a portal's brand in katakana
        ("东岸日报新闻", "东岸日报"),  # a paper's name, then the feed's "news"
        ("東都新聞国際ニュース", "東都新聞"),  # a CJK name, then sections run on
    ],
)
def test_the_word_for_news_after_a_latin_brand_stays(title: str, outlet: str) -> None:
    assert feed_outlet_name(title) == outlet


def test_a_cjk_title_of_section_words_only_yields_to_the_copyright() -> None:
    feed = ParsedFeed(title="新闻国内", image_title="新闻国内",
                      link="http://news.dongan.example/china_index.shtml",
                      rights="Copyright 2003 - 2026 DONGAN Inc. All Rights Reserved", entries=())
    assert feed_own_name(feed, FEED_URL) == "DONGAN"


_PUBLISHERS = ("Minato Watch", "東都経済新聞", "Minato Watch", "Keizai Online")


def _portal() -> ParsedFeed:
    entries = tuple(
        FeedEntry(title=f"記事の見出し{i}です({p})", link=f"https://news.kaiyo.example/articles/{i}")
        for i, p in enumerate(_PUBLISHERS)
    )
    return ParsedFeed(title=" 経済 - Kaiyoニュース", image_title="Kaiyoニュース",
                      link="https://news.kaiyo.example/categories/business", entries=entries)


def test_titles_ending_in_their_publishers_make_an_aggregator() -> None:
    feed = _portal()
    got = [resolve_outlet(e, feed, FEED_URL) for e in feed.entries]
    assert got == [(p, "Kaiyoニュース") for p in _PUBLISHERS]
    assert clean_headline(feed.entries[0].title, "Minato Watch") == "記事の見出し0です"


def test_one_label_on_every_title_or_a_few_brackets_make_no_aggregator() -> None:
    same = tuple(_entry(f"Storm hits the coast {i} (Video)", i) for i in range(4))
    few = (_entry("Talks resume (Geneva)", 1),
           *(_entry(f"Ministers meet {i}", i) for i in range(2, 6)))
    for entries in (same, few):
        feed = ParsedFeed(title="Harbour Press", link="https://www.harbourpress.example/",
                          entries=entries)
        assert {resolve_outlet(e, feed, FEED_URL) for e in entries} == {("Harbour Press", None)}


def test_a_host_form_name_the_items_credit_keeps_its_ending() -> None:
    entries = (_entry(authors=("AUTO.KRAJ.BY", "Игорь Лукин")), _entry(n=2, authors=("KRAJ.BY",)))
    feed = ParsedFeed(title="KRAJ.BY: Новости КРАЙ", link="https://news.kraj.example/",
                      entries=entries)
    assert resolve_outlet(entries[0], feed, FEED_URL)[0] == "KRAJ.BY"
    # not credited so: the host form is the name all the same ("LIGA.net", "Kompas.com")
    feed = ParsedFeed(title="Pelita.com", link="https://www.pelita.example/", entries=(_entry(),))
    assert resolve_outlet(feed.entries[0], feed, FEED_URL)[0] == "Pelita.com"


@pytest.mark.parametrize("credit", ["Фото: Вадим Соколов", "Photo: Jane Roe", "Foto: Ana Lins"])
def test_a_photo_credit_in_an_author_field_is_no_author(credit: str) -> None:
    assert clean_authors([credit, "Анна Ковалева"]) == ("Анна Ковалева",)
