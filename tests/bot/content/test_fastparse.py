"""The fast path of feed parsing (bot/content/fastparse.py, feedparser-rs) against feedparser:
every fixture feed parses to the same ParsedFeed either way, and the feeds the fast path must
leave to feedparser go there.

Fixtures: realistic_feeds, the released held-out sets (not heldout_feeds, heldout6_feeds or
heldout11_feeds: blind), the demo feeds, and parse_differential (invented feeds written for this
test: markup inside text elements, Atom xhtml, dates feedparser-rs cannot read, mojibake, C1
characters, people, links, captions).
"""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.content import fastparse, parse
from bot.core.errors import ParseError
from bot.core.types import ParsedFeed
from bot.runtime.demo import demo_files

DATA = Path(__file__).resolve().parents[2] / "data"
SETS = ("realistic_feeds", *(f"heldout{n}_feeds" for n in (2, 3, 4, 5, 7, 8, 9, 10)))


def _fixtures() -> list[tuple[Path, str | None]]:
    cases: list[tuple[Path, str | None]] = []
    for folder in SETS:
        for sidecar in sorted((DATA / folder).glob("*.expect.json")):
            stem = sidecar.name.removesuffix(".expect.json")
            path = sidecar.parent / stem
            if not path.exists():  # realistic_feeds: "<stem>.<ext>" beside "<stem>.expect.json"
                (path,) = [p for p in sidecar.parent.iterdir()
                           if p.name.startswith(stem + ".") and p != sidecar]
            content_type = json.loads(sidecar.read_text("utf-8"))["feed"].get("content_type")
            cases.append((path, content_type))
    cases += [(p, None) for p in demo_files()]
    cases += [(p, None) for p in sorted((DATA / "parse_differential").glob("*.xml"))]
    return cases


FIXTURES = _fixtures()


def _parse(path: Path, content_type: str | None, fast: bool,
           monkeypatch: pytest.MonkeyPatch) -> ParsedFeed | str:
    monkeypatch.setattr(parse, "FAST", fast)
    try:
        return parse.parse_feed(path.read_bytes(), url=f"https://feeds.example/{path.name}",
                                content_type=content_type)
    except ParseError as e:
        return f"ParseError: {e}"


@pytest.mark.parametrize(("path", "content_type"), FIXTURES,
                         ids=[f"{p.parent.name}/{p.name}" for p, _ in FIXTURES])
def test_fast_path_reads_every_fixture_as_feedparser(
    path: Path, content_type: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _parse(path, content_type, True, monkeypatch) == _parse(
        path, content_type, False, monkeypatch
    )


def _took_fast_path(path: Path, content_type: str | None) -> bool:
    taken: list[bool] = []
    read = fastparse.read

    def spy(body: bytes, headers: dict[str, str]) -> object:
        result = read(body, headers)
        taken.append(result is not None)
        return result

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(fastparse, "read", spy)
        with contextlib.suppress(ParseError):
            parse.parse_feed(path.read_bytes(), url="https://feeds.example/f",
                             content_type=content_type)
    return any(taken)


def test_most_fixture_feeds_take_the_fast_path() -> None:
    """The comparison above is not vacuous: most fixtures (odd shapes on purpose) go fast."""
    fast = sum(_took_fast_path(p, ct) for p, ct in FIXTURES)
    assert fast >= 0.75 * len(FIXTURES), (fast, len(FIXTURES))


@pytest.mark.parametrize(
    "name", ["wire-world.xml", "policy-review.atom", "newsroom-aggregator.xml"]
)
def test_plain_feeds_take_the_fast_path(name: str) -> None:
    (path,) = [p for p in demo_files() if p.name == name]
    assert fastparse.read(path.read_bytes(), {}) is not None


_RSS = (
    '<?xml version="1.0" encoding="utf-8"?>\n{decl}<rss version="2.0"{ns}><channel>'
    "<title>Invented</title><link>https://inv.example/</link><description>d</description>"
    "<item><title>{title}</title><link>https://inv.example/1</link>"
    "<pubDate>Tue, 01 Dec 2026 10:00:00 +0000</pubDate><description>Body</description>{extra}"
    "</item></channel></rss>"
)


def _rss(title: str = "A title", extra: str = "", ns: str = "", decl: str = "") -> bytes:
    return _RSS.format(title=title, extra=extra, ns=ns, decl=decl).encode()


def test_a_plain_rss_feed_is_read_fast() -> None:
    read = fastparse.read(_rss(), {})
    assert read is not None
    assert read.meta["title"] == "Invented"
    assert [e.title for e in read.entries] == ["A title"]
    assert fastparse.date_of(read.entries[0]) == (
        datetime(2026, 12, 1, 10, tzinfo=UTC), "Tue, 01 Dec 2026 10:00:00 +0000"
    )


@pytest.mark.parametrize(
    ("why", "body"),
    [
        ("not markup: feedparser_rs.parse would fetch it", b"https://feeds.example/rss"),
        ("malformed", _rss(title="Fish & chips")),
        ("an element in the title", _rss(title="Fish <b>and</b> chips")),
        ("a DTD", _rss(decl='<!DOCTYPE rss SYSTEM "http://my.netscape.com/publish/rss-0.91.dtd">\n')),
        ("iTunes", _rss(ns=' xmlns:it="http://www.itunes.com/dtds/podcast-1.0.dtd"',
                        extra="<it:duration>10:00</it:duration>")),
        ("FeedBurner", _rss(ns=' xmlns:fb="http://rssnamespace.org/feedburner/ext/1.0"',
                            extra="<fb:origLink>https://inv.example/o</fb:origLink>")),
        ("byline credit", _rss(ns=' xmlns:media="http://search.yahoo.com/mrss/"',
                               extra='<media:credit role="author">Ana Souza</media:credit>')),
        ("xml:base", _rss(extra='<source xml:base="https://w.example/" url="a">W</source>')),
        ("an item's atom:link", _rss(ns=' xmlns:atom="http://www.w3.org/2005/Atom"',
                                     extra='<atom:link href="https://inv.example/2"/>')),
        ("an RSS item's atom:author", _rss(ns=' xmlns:atom="http://www.w3.org/2005/Atom"',
                                           extra="<atom:author><atom:name>Ana Souza</atom:name>"
                                                 "</atom:author>")),
        ("a date feedparser-rs drops", _rss(ns=' xmlns:dc="http://purl.org/dc/elements/1.1/"')
         .replace(b"<pubDate>Tue, 01 Dec 2026 10:00:00 +0000</pubDate>",
                  b"<dc:date>04.12.2026 14:00</dc:date>")),
        ("a publisher in a search feed's own namespace",
         _rss(ns=' xmlns:News="https://search.example/news"',
              extra="<News:Source>The Harbour Ledger</News:Source>")),
        # held-out set 31, fixture 1580: feedparser-rs keeps only the creator
        ("an item's <author> and <dc:creator>",
         _rss(ns=' xmlns:dc="http://purl.org/dc/elements/1.1/"',
              extra="<author>ana@inv.example (Ana Souza)</author>"
                    "<dc:creator>Kwame Boateng</dc:creator>")),
    ],
)
def test_what_feedparser_reads_differently_is_left_to_it(why: str, body: bytes) -> None:
    assert fastparse.read(body, {}) is None, why


def test_a_dublin_core_source_stays_on_the_fast_path() -> None:
    """<dc:source> is a citation, never the publisher (fastparse.NOT_PUBLISHER_SOURCES)."""
    body = _rss(ns=' xmlns:dc="http://purl.org/dc/elements/1.1/"',
                extra="<dc:source>Journal of Invented Studies</dc:source>")
    assert fastparse.read(body, {}) is not None


def test_a_picture_credit_stays_on_the_fast_path() -> None:
    body = _rss(ns=' xmlns:media="http://search.yahoo.com/mrss/"',
                extra='<media:credit role="photographer">Ana Souza/AFP</media:credit>')
    assert fastparse.read(body, {}) is not None


def test_a_non_xml_content_type_is_feedparser_s_warning() -> None:
    assert fastparse.read(_rss(), {"content-type": "text/html; charset=utf-8"}) is None
    parsed = parse.parse_feed(_rss(), url="https://inv.example/", content_type="text/html")
    assert parsed.warning and "not an XML media type" in parsed.warning


@pytest.mark.parametrize("empty", ["<dc:creator/>", "<author />", "<category/>",
                                   "<slash:comments/>", '<source url="https://w.example/"/>'])
def test_an_empty_self_closed_element_keeps_the_description(empty: str) -> None:
    """feedparser-rs gives a self-closed element the next element's text (the description
    became the author): such a feed is feedparser's, and the item keeps its text."""
    body = _rss(ns=' xmlns:dc="http://purl.org/dc/elements/1.1/"'
                   ' xmlns:slash="http://purl.org/rss/1.0/modules/slash/"')
    body = body.replace(b"<description>Body</description>",
                        empty.encode() + b"<description>Body</description>")
    assert fastparse.read(body, {}) is None
    (entry,) = parse.parse_feed(body, url="https://inv.example/").entries
    assert entry.summary_html == "Body"
    assert entry.authors == ()


def test_one_author_element_stays_on_the_fast_path() -> None:
    dc = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
    assert fastparse.read(_rss(ns=dc, extra="<dc:creator>Kwame Boateng</dc:creator>"), {})
    assert fastparse.read(_rss(extra="<author>ana@inv.example (Ana Souza)</author>"), {})


@pytest.mark.parametrize(("uri", "element"), [
    ("http://purl.org/rss/1.0/modules/content/", "encoded"),
    ("http://purl.org/rss/1.0/modules/slash/", "comments"),
    ("http://wellformedweb.org/CommentAPI/", "commentRss"),
])
def test_a_module_under_another_prefix_is_left_to_feedparser(uri: str, element: str) -> None:
    """feedparser-rs reads these modules by their usual prefix only (fixture 2760: <c:encoded>
    dropped, the item left with no text); feedparser reads them by namespace URI."""
    body = _rss(ns=f' xmlns:c="{uri}"', extra=f"<c:{element}>x</c:{element}>")
    assert fastparse.read(body, {}) is None
    usual = body.replace(b"xmlns:c=", b"xmlns:cc=")  # still declared, unused: no harm
    assert fastparse.read(usual.replace(b"c:" + element.encode(), b"cc:" + element.encode()),
                          {}) is None


def test_the_content_module_under_another_prefix_keeps_the_body() -> None:
    body = _rss(ns=' xmlns:c="http://purl.org/rss/1.0/modules/content/"',
                extra="<c:encoded><![CDATA[<p>The whole body.</p>]]></c:encoded>")
    (entry,) = parse.parse_feed(body, url="https://inv.example/").entries
    assert entry.content_html == "<p>The whole body.</p>"
    usual = body.replace(b"xmlns:c=", b"xmlns:content=").replace(b"c:encoded", b"content:encoded")
    assert fastparse.read(usual, {}) is not None
