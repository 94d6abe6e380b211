"""feedparser on bytes: RSS, Atom, aggregator sources, authors, dates, malformed input."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.errors import ParseError
from bot.parse import parse_feed

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
    assert first.authors == ("Claire Dubois", "Tomas Reyes")
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
