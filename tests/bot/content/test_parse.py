"""feedparser on bytes: RSS, Atom, aggregator sources, authors, dates, malformed input."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.content.attribution import clean_authors
from bot.content.parse import parse_feed, parse_feed_items
from bot.core.errors import ParseError

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>Meridian Wire</title><link>https://meridianwire.example/</link>
<copyright>(c) 2026 Meridian Wire</copyright>
<item><title>EU adopts sanctions</title><link>https://meridianwire.example/a</link>
<guid>a-1</guid><dc:creator>By Claire Dubois and Tomas Reyes</dc:creator>
<pubDate>Fri, 20 Nov 2026 11:07:00 +0100</pubDate><category>Europe</category>
<description>&lt;p&gt;Brussels acted.&lt;/p&gt;</description>
<source url="https://orig.example/rss">Original Outlet</source></item>
<item><title>No date</title><link>https://meridianwire.example/b</link>
<author>desk@meridianwire.example (Hana Kim)</author></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Review</title><rights>Review Ltd</rights>
<entry><title>Analysis</title><id>urn:x:1</id><updated>2026-11-21T08:00:00Z</updated>
<link href="https://review.example/1"/><author><name>Maria Costa</name></author>
<content type="html">&lt;p&gt;Long text.&lt;/p&gt;</content></entry></feed>"""


def test_rss_fields() -> None:
    feed = parse_feed(RSS, url="https://meridianwire.example/rss")
    assert feed.title == "Meridian Wire" and feed.warning is None
    first, second = feed.entries
    assert first.guid == "a-1" and first.link == "https://meridianwire.example/a"
    assert first.authors == ("By Claire Dubois and Tomas Reyes",)  # as written
    assert clean_authors(first.authors) == ("Claire Dubois", "Tomas Reyes")
    assert first.published == datetime(2026, 11, 20, 10, 7, tzinfo=UTC)
    assert first.categories == ("Europe",)
    assert first.source_title == "Original Outlet"
    assert first.source_url == "https://orig.example/rss"
    assert "<p>Brussels acted.</p>" in first.summary_html
    assert second.published is None and second.authors == ("Hana Kim",)


def test_atom_fields() -> None:
    feed = parse_feed(ATOM, url="https://review.example/atom")
    (entry,) = feed.entries
    assert feed.rights == "Review Ltd"
    assert entry.authors == ("Maria Costa",) and "Long text" in entry.content_html
    assert entry.published == datetime(2026, 11, 21, 8, 0, tzinfo=UTC)


def test_a_search_engines_namespaced_source_names_the_publisher_a_dc_source_does_not() -> None:
    body = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:News="https://search.example/news:news"
 xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>q - Search</title>
<item><title>A</title><link>https://search.example/click?url=x</link>
<News:Source>The Harbour Ledger</News:Source></item>
<item><title>B</title><link>https://journal.example/b</link>
<dc:source>Journal, Published online: 03 December 2026; | doi:10.5555/b</dc:source></item>
</channel></rss>"""
    first, second = parse_feed(body, url="https://search.example/rss").entries
    assert first.source_title == "The Harbour Ledger"
    assert second.source_title is None


def test_malformed_but_usable_feed_sets_a_warning() -> None:
    broken = RSS.replace(b"<title>No date</title>", b"<title>Rovers & City</title>")
    feed = parse_feed(broken, url="u")
    assert feed.warning and len(feed.entries) == 2


@pytest.mark.parametrize(
    "body",
    [b"", b"not xml at all", b"<html><body>hello</body></html>", b"\x00\x01\x02", b"<rss><chan"],
)
def test_unreadable_bytes_raise_parse_error(body: bytes) -> None:
    with pytest.raises(ParseError) as err:
        parse_feed(body, url="https://x.example/feed")
    assert err.value.url == "https://x.example/feed"
    assert str(err.value).startswith("not a readable feed")


def test_refuses_anything_but_bytes() -> None:
    with pytest.raises(TypeError):
        parse_feed("https://example.com/feed", url="x")  # type: ignore[arg-type]


def test_billion_laughs_does_not_expand() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
        b'<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>'
        b'<rss version="2.0"><channel><title>&lol4;</title><item><title>x</title></item>'
        b"</channel></rss>"
    )
    try:
        feed = parse_feed(bomb, url="u")
    except ParseError:
        return
    assert len(feed.title or "") < 10_000


# -- JSON Feed ---------------------------------------------------------------------------------

JSON_11 = b"""{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "Diplomatic Desk", "home_page_url": "https://desk.example/", "language": "en",
  "items": [
    {"id": "2026-11-20-eu", "url": "https://desk.example/eu-sanctions",
     "title": "EU adopts sanctions package", "content_html": "<p>Brussels acted.</p>",
     "summary": "Ministers agreed <quickly>.", "date_published": "2026-11-20T11:07:00+01:00",
     "authors": [{"name": "Claire Dubois"}, {"name": "Tomas Reyes"}, {"url": "no name"}],
     "tags": ["Europe", "sanctions", 7]},
    {"id": 42, "external_url": "https://other.example/story", "title": "Numeric id",
     "content_text": "First paragraph <b>as text</b>.\\n\\nSecond paragraph.",
     "date_modified": "2026-11-21T08:00:00Z"}
  ]
}"""

JSON_10 = b"""\xef\xbb\xbf {"version": "https://jsonfeed.org/version/1", "title": "Old",
  "items": [{"id": "a", "url": "https://old.example/a", "title": "One",
             "author": {"name": "Hana Kim"}, "content_text": "Body."}]}"""


def test_json_feed_1_1_fields() -> None:
    feed = parse_feed(JSON_11, url="https://desk.example/feed.json")
    assert (feed.title, feed.link, feed.language) == (
        "Diplomatic Desk", "https://desk.example/", "en"
    )
    assert feed.warning is None
    first, second = feed.entries
    assert first.guid == "2026-11-20-eu" and first.link == "https://desk.example/eu-sanctions"
    assert first.title == "EU adopts sanctions package"
    assert first.content_html == "<p>Brussels acted.</p>"
    assert first.summary_html == "Ministers agreed &lt;quickly&gt;."  # plain text, escaped
    assert first.published == datetime(2026, 11, 20, 10, 7, tzinfo=UTC)
    assert clean_authors(first.authors) == ("Claire Dubois", "Tomas Reyes")
    assert first.categories == ("Europe", "sanctions")
    # A numeric id still identifies the item; external_url stands in for a missing url; text
    # content becomes escaped paragraphs; date_modified is used when date_published is absent.
    assert second.guid == "42" and second.link == "https://other.example/story"
    assert second.content_html == (
        "<p>First paragraph &lt;b&gt;as text&lt;/b&gt;.</p><p>Second paragraph.</p>"
    )
    assert second.published == datetime(2026, 11, 21, 8, 0, tzinfo=UTC)


def test_json_feed_1_0_with_bom_and_single_author() -> None:
    feed = parse_feed(JSON_10, url="https://old.example/feed.json")
    (entry,) = feed.entries
    assert entry.authors == ("Hana Kim",) and entry.content_html == "<p>Body.</p>"


def test_json_feed_with_wrong_types_keeps_what_it_can() -> None:
    body = b"""{"version": "https://jsonfeed.org/version/1.1", "title": 5, "items": [
        "not an object", {"id": true}, null,
        {"id": "ok", "title": ["x"], "url": 3, "summary": "Kept.", "authors": "nobody",
         "tags": "x", "date_published": "yesterday"}]}"""
    feed = parse_feed(body, url="https://x.example/feed.json")
    assert feed.title is None
    (entry,) = feed.entries
    assert entry.guid == "ok" and entry.title == "" and entry.link is None
    assert entry.authors == () and entry.categories == () and entry.published is None
    assert feed.warning == "3 unreadable item(s) skipped"


@pytest.mark.parametrize(("body", "reason"), [
    (b'{"version": "https://jsonfeed.org/version/1.1", "items": [', "invalid JSON"),
    (b'{"title": "an API answer"}', "without a JSON Feed version"),
    (b'{"version": "https://jsonfeed.org/version/1.1", "items": {}}', 'without an "items" list'),
    (b'{"version": "https://jsonfeed.org/version/1", "items": ' + b"[" * 200_000 + b"]" * 200_000
     + b"}", "nested too deeply"),
    (b'{"version": "https://jsonfeed.org/version/1", "items": [], "x": "\xff\xfe"}',
     "invalid JSON"),
], ids=["truncated", "not-a-feed", "items-not-a-list", "nested-200k-deep", "bad-utf8"])
def test_unreadable_json_feeds_raise_parse_error(body: bytes, reason: str) -> None:
    with pytest.raises(ParseError, match=reason) as info:
        parse_feed(body, url="https://x.example/feed.json")
    assert info.value.url == "https://x.example/feed.json"


MEDIA_CREDITS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Gaceta</title>
<link>https://gaceta.example/</link>
<item><title>A</title><link>https://gaceta.example/a</link><dc:creator>Ana Ruiz</dc:creator>
<media:content url="https://gaceta.example/a.jpg" medium="image"><media:credit role="author">Luis
Soto (AFP)</media:credit></media:content></item>
<item><title>B</title><link>https://gaceta.example/b</link><dc:creator>Gaceta</dc:creator>
<media:credit role="author">Marta Gil</media:credit></item>
<item><title>C</title><link>https://gaceta.example/c</link>
<media:group><media:content url="https://gaceta.example/c.mp4"/><media:credit role="author">Rui
Paz</media:credit></media:group><media:credit role="author">Eva Mar</media:credit></item>
</channel></rss>"""


@pytest.mark.parametrize("strict", [True, False])
def test_media_credit_of_a_picture_is_not_a_byline(strict: bool) -> None:
    body = MEDIA_CREDITS if strict else MEDIA_CREDITS.replace(b"</channel>", b"&bogus;</channel>")
    entries = parse_feed(body, url="https://gaceta.example/rss").entries
    assert [e.authors for e in entries] == [("Ana Ruiz",), ("Gaceta", "Marta Gil"), ("Eva Mar",)]


def test_item_medium_from_enclosures_media_content_itunes_and_attachments() -> None:
    """A clip or an episode says so in its own elements (product decision: never posted)."""
    rss = b"""<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"
    xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>T</title>
    <item><title>a</title><link>https://x.example/a</link>
      <enclosure url="https://x.example/a.mp3" type="audio/mpeg" length="1"/></item>
    <item><title>b</title><link>https://x.example/b</link>
      <media:content url="https://x.example/b.jpg" medium="image"/>
      <media:content url="https://x.example/b.mp4" type="video/mp4"/></item>
    <item><title>c</title><link>https://x.example/c</link><itunes:duration>12:01</itunes:duration></item>
    <item><title>d</title><link>https://x.example/d</link>
      <enclosure url="https://x.example/d.jpg" type="image/jpeg" length="0"/></item>
    </channel></rss>"""
    got = [e.media for e in parse_feed(rss, url="https://x.example/feed").entries]
    # the file alone may be a clip a written report attaches; the episode's elements say what
    # the item is (articles.with_medium)
    assert got == [("audio",), ("video",), ("audio", "episode"), ()]
    js = (b'{"version": "https://jsonfeed.org/version/1.1", "title": "P", "items": ['
          b'{"id": "1", "title": "Ep 1", "content_text": "Notes.", "attachments": '
          b'[{"url": "https://x.example/1.m4a", "mime_type": "audio/x-m4a"}]},'
          b'{"id": "2", "title": "Post", "content_text": "Text.", "attachments": '
          b'[{"url": "https://x.example/2.png", "mime_type": "image/png"}]},'
          b'{"id": "3", "title": "Ep 3", "content_text": "Notes.", "attachments": '
          b'[{"url": "https://x.example/3.mp3", "mime_type": "audio/mpeg",'
          b' "duration_in_seconds": 1520}]}]}')
    assert [e.media for e in parse_feed(js, url="https://x.example/f.json").entries] == [
        ("audio",), (), ("audio", "episode")]


# -- items read before are left out of the parse (parse_feed_items) --------------------------------


def _rss(items: list[str], build_date: str = "Mon, 01 Jan 2024 10:00:00 GMT") -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire</title>'
            f"<link>https://wire.example/</link><lastBuildDate>{build_date}</lastBuildDate>"
            + "".join(items) + "</channel></rss>").encode()


def _item(i: int, date: str = "Mon, 01 Jan 2024 1{i}:00:00 +0200", body: str = "") -> str:
    return (f"<item><title>Talks {i}</title><link>https://wire.example/{i}</link>"
            f"<guid>g{i}</guid><pubDate>{date.format(i=i)}</pubDate>"
            f"<description>Story {i}. {body}</description></item>")


def test_items_read_before_byte_for_byte_are_left_out() -> None:
    url = "https://wire.example/rss"
    first, items = parse_feed_items(_rss([_item(i) for i in range(5)]), url=url)
    assert len(items.listed) == 5 and items.entries == items.listed
    # Polled again: one new item on top, the page rebuilt (another lastBuildDate), one edited.
    body = _rss([_item(5), *(_item(i) for i in range(4)), _item(4, body="Corrected.")],
                build_date="Mon, 01 Jan 2024 11:00:00 GMT")
    full, every = parse_feed_items(body, url=url)
    again, read = parse_feed_items(body, url=url, known=frozenset(items.listed))
    assert [e.guid for e in again.entries] == ["g5", "g4"]  # the new one and the edited one
    assert list(again.entries) == [full.entries[0], full.entries[5]]  # as the whole parse reads
    assert read.listed == every.listed and read.entries == (every.listed[0], every.listed[5])
    assert set(read.listed[1:5]) <= set(items.listed)
    assert again.title == full.title == first.title


def test_zone_less_dates_take_the_whole_parse() -> None:
    """A zone-less date reads in the zone the feed's other dates carry: with items left out it
    could read differently, so nothing is left out."""
    url = "https://wire.example/rss"
    zoneless = _item(9, date="2024-01-01T12:00:00")
    body = _rss([zoneless, *(_item(i) for i in range(3))])
    _, items = parse_feed_items(body, url=url)
    again, read = parse_feed_items(body, url=url, known=frozenset(items.listed[1:]))
    assert len(again.entries) == 4 and again.entries == parse_feed(body, url=url).entries
    assert read.entries == items.listed


def test_items_not_split_surely_as_bytes_are_all_parsed() -> None:
    """A CDATA section nested in another (not well-formed; the loose parser reads it) holding
    "</item>" cannot be split by bytes: the whole parse, and no digests to remember."""
    url = "https://wire.example/rss"
    tricky = _item(7).replace("Story 7.", "<![CDATA[a <![CDATA[b]]> </item> c]]>")
    body = _rss([tricky, _item(1)])
    feed, items = parse_feed_items(body, url=url, known=frozenset())
    assert len(feed.entries) == 2 and items.entries == ()


def test_tags_in_cdata_text_do_not_split_items() -> None:
    """A CDATA section's text holding "</item>" and "<item>" is text, not tags: the items are
    split where their tags are, and a poll that read them before parses only the new one."""
    url = "https://wire.example/rss"
    tricky = _item(7).replace("Story 7.", "<![CDATA[a </item> and <item> inside]]>")
    first, items = parse_feed_items(_rss([tricky, _item(1)]), url=url)
    assert len(first.entries) == 2 and items.entries == items.listed and len(items.listed) == 2
    body = _rss([_item(2), tricky, _item(1)])
    full, _ = parse_feed_items(body, url=url)
    again, read = parse_feed_items(body, url=url, known=frozenset(items.listed))
    assert [e.guid for e in again.entries] == ["g2"] and again.entries[0] == full.entries[0]
    assert read.listed[1:] == items.listed
    assert "a </item> and <item> inside" in full.entries[1].summary_html


@pytest.mark.parametrize(("body", "closed"), [
    (b"<rss><channel><item><title>x</title><description>&lt;p&gt;Talks stall over the 2",
     "<rss><channel><item><title>x</title><description>&lt;p&gt;Talks stall over the …"
     "</description></item></channel></rss>"),
    (b"<rss><channel><item><title>x</title><description><![CDATA[<p>Talks stall over",
     "<rss><channel><item><title>x</title><description><![CDATA[<p>Talks stall …]]>"
     "</description></item></channel></rss>"),
    (b"<rss><channel><item><title>x</title></item><ite",
     "<rss><channel><item><title>x</title></item></channel></rss>"),
])
def test_truncated_feed_is_closed(body: bytes, closed: str) -> None:
    from bot.content.parse import close_truncated

    assert close_truncated(body) == closed.encode()
    assert close_truncated(b"<rss><channel></channel></rss>\n") is None


def test_a_search_engines_click_tracker_link_unwraps_to_the_article() -> None:
    """Bing News-style `apiclick.aspx?…&url=<article>` links: the digest links the article."""
    from bot.content.attribution import tracked_link

    link = ("http://www.bing.example/news/apiclick.aspx?ref=FexRss&tid=9A1B&url=https%3A%2F%2F"
            "www.harbourledger.example%2Fworld%2Fdoha-talks&c=1&mkt=en-us")
    assert tracked_link(link) == "https://www.harbourledger.example/world/doha-talks"
    assert tracked_link("https://www.harbourledger.example/world?url=https://x.example/") is None
    assert tracked_link("https://www.harbourledger.example/world/doha-talks") is None


@pytest.mark.parametrize(
    ("link", "article"),
    [
        # a publisher's redirect host carrying the article's URL in its path after "*"
        ("https://redir.tribuna.example/redir/online/mundo/rss091/*https://www1.tribuna.example/"
         "mundo/2026/12/cupula.shtml", "https://www1.tribuna.example/mundo/2026/12/cupula.shtml"),
        ("https://links.example/track/click/https%3A%2F%2Fa.example%2Fb%3Fx%3D1",
         "https://a.example/b?x=1"),
        ("https://news.example/click?u=https%3A%2F%2Fa.example%2Fb", "https://a.example/b"),
        # an archive's copy and an article are no trackers
        ("https://web.archive.example/web/2020/https://a.example/b", None),
        ("https://www.tribuna.example/mundo/2026/12/cupula.shtml", None),
    ],
)
def test_a_redirect_with_the_article_in_its_path_or_query_unwraps(
    link: str, article: str | None
) -> None:
    from bot.content.attribution import tracked_link

    assert tracked_link(link) == article


def test_the_nameless_speaker_tables_are_read_once() -> None:
    from bot.content import summarize

    assert summarize._nameless_entries() is summarize._nameless_entries()


def test_rss_item_atom_author_and_email_only_author() -> None:
    """.NET SyndicationFeed writes an item's person as <a10:author><a10:name> (the Atom
    namespace under the prefix a10), and an e-mail-only <author>: the first is the author, the
    second names no one (not the 'ple' feedparser cuts from a long '.example' domain)."""
    body = (
        b'<?xml version="1.0" encoding="utf-8"?><rss xmlns:a10="http://www.w3.org/2005/Atom" '
        b'version="2.0"><channel><title>Herald</title><link>https://h.example/</link>'
        b'<item><guid isPermaLink="false">1</guid><link>https://h.example/n/1</link>'
        b"<a10:author><a10:name>Anjali Ramdhony</a10:name></a10:author><title>One</title>"
        b"<description>Text.</description><pubDate>Tue, 14 Dec 2027 10:00:00 +0400</pubDate>"
        b'</item><item><guid isPermaLink="false">2</guid><link>https://h.example/n/2</link>'
        b"<author>newsdesk@herald.example</author><title>Two</title>"
        b"<description>Text.</description><pubDate>Mon, 13 Dec 2027 19:00:00 +0400</pubDate>"
        b"</item></channel></rss>"
    )
    feed = parse_feed(body, url="https://h.example/rss")
    assert feed.entries[0].authors == ("Anjali Ramdhony",)
    assert "ple" not in feed.entries[1].authors


def test_a_news_sitemap_served_as_rss_gives_headline_date_and_publisher() -> None:
    """Any prefix for the sitemap-news namespace; an item's own <title> and date win."""
    body = (
        b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        b'xmlns:gn="http://www.google.com/schemas/sitemap-news/0.9"><channel>'
        b"<title>Harbour Post News Sitemap Feed</title><link>https://hp.example/</link>"
        b"<item><link>https://hp.example/a/</link><description>Talks resumed.</description>"
        b"<gn:news><gn:publication><gn:name>Harbour Post</gn:name></gn:publication>"
        b"<gn:publication_date>2026-12-03T09:25:00+03:00</gn:publication_date>"
        b"<gn:title>Envoys return to Juba</gn:title></gn:news></item>"
        b"<item><title>Own headline</title><link>https://hp.example/b/</link>"
        b"<pubDate>Thu, 03 Dec 2026 08:00:00 +0000</pubDate>"
        b"<gn:news><gn:publication><gn:name>Harbour Post</gn:name></gn:publication>"
        b"<gn:publication_date>2026-12-01T09:00:00+03:00</gn:publication_date>"
        b"<gn:title>Sitemap headline</gn:title></gn:news></item>"
        b"</channel></rss>"
    )
    feed = parse_feed(body, url="https://hp.example/news-sitemap.xml")
    first, second = feed.entries
    assert first.title == "Envoys return to Juba"
    assert first.published == datetime(2026, 12, 3, 6, 25, tzinfo=UTC)
    assert second.title == "Own headline"
    assert second.published == datetime(2026, 12, 3, 8, 0, tzinfo=UTC)
    assert feed.publication_name == "Harbour Post"
