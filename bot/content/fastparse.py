"""The fast path of bot/content/parse.py: feedparser-rs (Rust) reads a well-formed feed ~30×
faster than feedparser. The feed's metadata is mapped here onto the few feedparser keys parse.py
reads; its entries go to parse.py as feedparser-rs gives them, and parse._fast_entry builds each
FeedEntry with the helpers here (`text`, `link`, `person_name`, `date_of`) as it would from
feedparser's entry. It answers None, and parse.py asks feedparser, for whatever it does not
read the way feedparser does (tests/bot/content/test_fastparse.py compares both paths on every
fixture feed):

- a feed feedparser would flag as malformed (its encoding checks, then expat with namespaces,
  on the same bytes): feedparser's loose parser and its warning read those;
- a DOCTYPE or ENTITY declaration (RSS 0.91 with its DTD), an element in a namespace prefix
  other than the usual one for the modules below;
- elements parse.py takes from feedparser's own handling (patched or quirky): iTunes, FeedBurner,
  PRISM, <media:credit>, <media:description>, <author> of RSS ("email (Name)").

Dates: feedparser-rs keeps each date as written; feedparser's date handlers (with bot.content.dates
registered) read it, as they would inside feedparser.
"""

from __future__ import annotations

import calendar
import contextlib
import html
import pyexpat
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

import feedparser_rs
from feedparser.datetimes import _parse_date
from feedparser.encodings import convert_to_utf8
from feedparser.html import _cp1252

from bot.content import xmlscan
from bot.core import lazy_re as re  # compiles each pattern on first use

# Namespaces whose elements parse.py takes from feedparser's own handling (any prefix).
# A Google News sitemap served as RSS: parse.py reads its news:title, news:publication_date
# and news:name from feedparser's entry keys (feedparser-rs drops unknown elements).
_DECLINED_NAMESPACES = (
    "itunes.com/dtds", "rssnamespace.org/feedburner", "prismstandard.org",
    "google.com/schemas/sitemap-news",
)
# A byline credit: parse.py reads <media:credit role="author"> unless it credits a picture.
_BYLINE_CREDIT = re.compile(
    rb"[<:]credit\b[^>]*\brole\s*=\s*[\"']\s*(?:author|writer|reporter|byline)\s*[\"']",
    re.IGNORECASE,
)
# An element whose text parse.py reads holding a child element (markup not escaped, Atom's
# type="xhtml"): feedparser writes the children back as markup, feedparser-rs stops at the first.
# Or Atom text that feedparser decodes as base64 (mode="base64", a type neither text nor XML).
_CDATA_OR_TEXT = (  # possessive: nothing to try again when no child follows
    rb"(?:[^<]++|<!\[CDATA\[(?:[^\]]++|\](?!\]>))*+\]\]>|<!--(?:[^-]++|-(?!->))*+-->)*+"
)
_MARKUP = re.compile(
    rb"<(?=[\w.-])(?:[\w.-]++:)?(?<!media:)(?:"
    rb"(?:content|summary|title|subtitle|rights|info|tagline|copyright)\b[^>]*"
    rb"\b(?:mode\s*=\s*[\"']base64|type\s*=\s*[\"'](?!(?:text|html|xhtml)[\"']|text/|[^\"']*[+/]xml[\"']))"
    rb"|(?:title|description|encoded|summary|content|creator|subject|category|rights|copyright"
    rb"|guid|link|pubDate|date|published|updated|issued|modified|created|publisher|language"
    rb"|name|subtitle|tagline|info)\b[^>]*(?<!/)>" + _CDATA_OR_TEXT + rb"<(?![!/]))"
)
# An empty element written self-closed inside an RSS item ("<dc:creator/>", "<category/>",
# "<slash:comments/>"): feedparser-rs gives it the text of the element after it (the
# description becomes the author, a category or nothing), feedparser reads it as empty.
_SELF_CLOSED_TEXT = re.compile(
    rb"<(?!media:|atom:)(?:[\w.-]+:)?(?:title|link|author|category|comments?|commentRss|guid"
    rb"|pubDate|source|creator|subject|date|publisher|rights|contributor|language|identifier"
    rb"|type|format|coverage|relation|point)\b[^<>]*/>"
)
_DATE_COMPLAINT = re.compile(r"Invalid \w*date format", re.IGNORECASE)
# An RSS item's <atom:link> or <atom:author> (any prefix: .NET's SyndicationFeed writes
# "a10:"): feedparser reads them as the item's link and author, feedparser-rs drops them.
_PREFIXED_LINK = re.compile(rb"<\w+:(?:link|author)\b")
# An RSS item with both <author> and <dc:creator> (two people, "e-mail (Name)" and a contributor
# without an e-mail): feedparser lists both, feedparser-rs keeps only the creator.
_AUTHOR_AND_CREATOR = re.compile(
    rb"<author\b(?:(?!</item>).)*?<\w+:creator\b|<\w+:creator\b(?:(?!</item>).)*?<author\b",
    re.DOTALL,
)
# An RSS item with several <author> elements, one per byline (the Instant Articles for WP
# template): feedparser-rs keeps the last, feedparser all of them.
_AUTHORS_IN_A_ROW = re.compile(rb"</author>\s*<author\b")
# A non-standard <byline> element in an RSS item (a custom CMS's writer field, in its
# language: <autor>, <autore>, <auteur>): parse.py reads it from feedparser's entry keys;
# feedparser-rs drops unknown elements.
_BYLINE_ELEMENT = re.compile(rb"<(?:byline|autor|autore|auteur|writer|reporter)(?:\s[^>]*)?>")
# Namespaces whose <…:source> is a citation or a resource, not the publisher's name
# (<dc:source>Journal, Published online: …; doi:…</dc:source>).
NOT_PUBLISHER_SOURCES = frozenset(("dc", "dcterms", "prism", "media", "atom", "rdf"))
# A publisher's name in a news-search feed's own namespace (<News:Source>): parse.py reads it
# from feedparser's entry keys (parse._namespaced_source); feedparser-rs drops unknown elements.
_OWN_SOURCE = re.compile(
    rb"<(?!(?:" + "|".join(sorted(NOT_PUBLISHER_SOURCES)).encode() + rb"):)[\w.-]+:source\b",
    re.I,
)


class _Declined(Exception):
    """Raised inside expat's handlers: a declaration that sends the feed to feedparser."""


# Namespaces feedparser-rs reads by their usual prefix, not by URI: under another prefix
# (<c:encoded>, a default namespace) it drops the element; feedparser reads it by URI.
_PREFIX_BOUND = {
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/rss/1.0/modules/slash/": "slash",
    "http://wellformedweb.org/commentapi/": "wfw",
    "http://www.georss.org/georss": "georss",
    "http://www.w3.org/2003/01/geo/wgs84_pos#": "geo",
    "http://purl.org/syndication/thread/1.0": "thr",
}


def _on_namespace(prefix: str | None, uri: str | None) -> None:
    if uri and any(ns in uri.lower() for ns in _DECLINED_NAMESPACES):
        raise _Declined(uri)
    if uri and _PREFIX_BOUND.get(uri.lower(), prefix) != prefix:
        raise _Declined(uri)


def _on_doctype(*args: object) -> None:  # a DTD (RSS 0.91's), maybe entities: feedparser's
    raise _Declined("DOCTYPE")


class Fast(NamedTuple):
    """A feed the fast path reads: its metadata as feedparser's keys (those parse.py reads), and
    feedparser-rs's entries, which parse.py builds into FeedEntry with the helpers below (`text`,
    `link`, `person_name`, `date_of`) as feedparser's entries would read."""

    meta: dict[str, Any]
    entries: list[Any]
    atom: bool


def read(body: bytes, headers: dict[str, str]) -> Fast | None:
    """The feed as the fast path reads it, or None when feedparser must read this feed."""
    start = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not start.startswith(b"<"):  # feedparser_rs.parse fetches a source that reads as a URL
        return None
    check: dict[str, Any] = {}
    data = convert_to_utf8(dict(headers), body, check)  # feedparser's own encoding checks
    if check.get("bozo") or not check.get("encoding"):
        return None
    # These checks look for elements and attributes: CDATA text (the articles' HTML, most of
    # the bytes) holds none, and scanning it was most of their cost.
    marks = xmlscan.without_cdata_text(data)
    if b"xml:base" in marks or _MARKUP.search(marks):
        return None  # feedparser resolves links against xml:base, feedparser-rs (as used) not
    if b"credit" in marks and _BYLINE_CREDIT.search(marks):
        return None
    if b"ource" in marks and _OWN_SOURCE.search(marks):
        return None
    if _BYLINE_ELEMENT.search(marks):
        return None
    if b"<author" in marks and b"creator" in marks and _AUTHOR_AND_CREATOR.search(marks):
        return None
    expat = pyexpat.ParserCreate(None, " ")  # feedparser's strict parser: expat, namespaces on
    expat.StartNamespaceDeclHandler = _on_namespace
    expat.StartDoctypeDeclHandler = _on_doctype
    try:
        expat.Parse(data, True)
    except (pyexpat.ExpatError, _Declined):
        return None
    # XML 1.0 §2.11: an XML processor (expat, so feedparser) reads CRLF and a lone CR as LF;
    # feedparser-rs keeps them, and a Windows server's feed would read otherwise.
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    try:
        parsed = feedparser_rs.parse(data, sanitize_html=False, resolve_relative_uris=False)
    except Exception:  # any failure of the fast path is feedparser's to handle
        return None
    if not parsed.entries:
        return None
    if parsed.bozo and not _DATE_COMPLAINT.match(str(parsed.bozo_exception)):
        return None  # (expat read it whole: a date feedparser-rs cannot read is no harm)
    feed = parsed.feed
    atom = str(parsed.version).startswith("atom")
    if atom and feed.authors:
        return None  # feedparser-rs gives the feed's <author> to entries that have none
    if not atom and (item := marks.find(b"<item")) >= 0 and (
        _PREFIXED_LINK.search(marks, item) or _SELF_CLOSED_TEXT.search(marks, item)
    ):
        return None  # an item's <atom:link>, <atom:author>, "<dc:creator/>": feedparser's
    if not atom and b"</author>" in marks and _AUTHORS_IN_A_ROW.search(marks):
        return None  # several <author> in one item: feedparser reads each
    for e in parsed.entries:
        if not (e.published or e.updated or e.created):
            return None  # feedparser-rs drops a date it cannot read; feedparser's handlers may
        if e.content and e.media_description is not None and e.summary == e.media_description:
            return None  # feedparser-rs's summary may be the caption, feedparser's the content
    return Fast(meta(feed, atom), parsed.entries, atom)


# What feedparser does to every element's text (feedparser.mixin pop): text already UTF-8 read
# as ISO-8859-1 is read again, C1 controls are the windows-1252 characters.
_LATIN1 = re.compile(r"[\x80-\xff]")
_C1 = re.compile(r"[\x80-\x9f]")


def text(value: str | None) -> str | None:
    """`value` as feedparser leaves an element's text."""
    if value and not value.isascii() and _LATIN1.search(value):
        with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
            value = value.encode("iso-8859-1").decode("utf-8")
        if _C1.search(value):
            value = value.translate(_cp1252)
    return value


_EMAIL = re.compile(
    r"(([a-zA-Z0-9\_\-\.\+]+)@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.)|(([a-zA-Z0-9\-]+\.)+))"
    r"([a-zA-Z]{2,4}|[0-9]{1,3})(\]?))(\?subject=\S+)?"
)


def _person_detail(raw: str | None) -> dict[str, str] | None:
    """feedparser's split of a person's text ("desk@x.example (Name)") into a detail."""
    if not raw:
        return None
    detail = {}
    if name := person_name(raw):
        detail["name"] = name
    if m := _EMAIL.search(raw):
        detail["email"] = m[0]
    return detail or None


def person_name(raw: str | None) -> str | None:
    """The name in feedparser's split of a person's text ("desk@x.example (Name)")."""
    if not raw:
        return None
    author = raw
    if m := _EMAIL.search(author):
        author = author.replace(m[0], "").replace("()", "").replace("<>", "")
        author = author.replace("&lt;&gt;", "").strip()
        if author and author[0] == "(":
            author = author[1:]
        if author and author[-1] == ")":
            author = author[:-1]
        author = author.strip()
    return author or None


def date_of(e: Any) -> tuple[datetime | None, str | None]:
    """The entry's date as feedparser's date handlers read it, and the text it was read from:
    the first of published, updated and created that reads as a date (as parse.py takes it
    from feedparser's entry)."""
    for raw in (e.published, e.updated, e.created):
        if raw:
            raw = text(raw.strip())
            if raw and (when := common_date(raw)) is not None:
                return when, raw
            if value := _parse_date(raw):
                try:
                    return datetime.fromtimestamp(calendar.timegm(value), UTC), raw
                except (OverflowError, ValueError, TypeError):
                    continue
    return None, None


# The two shapes nearly every feed writes its dates in, English RFC 822 with a numeric or UTC
# zone ("Mon, 30 Nov 2026 18:17:00 +0000") and ISO 8601 with seconds and a zone
# ("2026-11-30T18:17:00Z", "…+02:00", fractions too), read without the chain of date handlers
# (bot.content.dates' two, then feedparser's: ~8 µs a date, most of it regexes that do not
# match). What the handlers make of them, to the second (tests/bot/content/test_date_fast_path.py
# compares both on every date of the fixture feeds); anything else, or no valid date, is theirs.
_RFC822_COMMON = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), ([0-3]\d) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r" (\d{4}) ([0-2]\d):([0-5]\d):([0-5]\d) (?:([+-])([01]\d)([0-5]\d)|GMT|UTC)",
    re.ASCII,
)
_ISO_COMMON = re.compile(
    r"(\d{4})-([01]\d)-([0-3]\d)T([0-2]\d):([0-5]\d):([0-5]\d)(?:\.\d{1,9})?"
    r"(?:Z|([+-])([01]\d):([0-5]\d))",
    re.ASCII,
)
_MONTHS = {m: n for n, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}


def common_date(raw: str) -> datetime | None:
    """`raw` as UTC when it is written in one of the common shapes above, else None."""
    if m := _RFC822_COMMON.fullmatch(raw):
        day, month, year, hh, mi, ss, sign, zh, zm = m.groups()
        month_number = _MONTHS[month]
    elif m := _ISO_COMMON.fullmatch(raw):
        year, month, day, hh, mi, ss, sign, zh, zm = m.groups()
        month_number = int(month)
    else:
        return None
    try:
        when = datetime(int(year), month_number, int(day), int(hh), int(mi), int(ss), tzinfo=UTC)
        if sign:
            offset = timedelta(hours=int(zh), minutes=int(zm))
            when = when - offset if sign == "+" else when + offset
        when.timestamp()  # out of the range a timestamp holds: the handlers' answer
    except (OverflowError, ValueError):
        return None
    return when


def attribute(value: str | None) -> str | None:
    """An attribute's value as XML reads it: feedparser-rs keeps the references in an Atom
    category's term as written ("&#1576;…", "&amp;"); feedparser gives the characters. (An RSS
    <category> is element text, which feedparser-rs reads.)"""
    return html.unescape(value) if value and "&" in value else value


def link(item: Any, atom: bool, entry: bool) -> str | None:
    """The link feedparser gives a feed or entry: in Atom the last rel="alternate" link of an
    HTML type, else the <id>; in RSS the text of <link> with what looks like an entity reference
    unescaped."""
    if atom:
        found = None
        for ln in item.links:
            rel = (ln.rel or "alternate").lower()
            kind = (ln.type or ("application/atom+xml" if rel == "self" else "text/html")).lower()
            if ln.href and rel == "alternate" and _HTML_TYPES.get(kind, kind) in _HTML:
                found = ln.href
        return found if found is not None else text(item.id)
    found = text(item.link)
    if found and "&" in found:
        found = _ENTITY_LIKE.sub(r"&\g<1>", found.replace("&amp;", "&") if entry else found)
    return found


_HTML_TYPES = {"html": "text/html", "xhtml": "application/xhtml+xml"}
_HTML = frozenset(("text/html", "application/xhtml+xml"))
_ENTITY_LIKE = re.compile("&([A-Za-z0-9_]+);")


def meta(feed: Any, atom: bool) -> dict[str, Any]:
    """The feed's metadata as feedparser's keys (those parse.py reads)."""
    image = feed.image
    author = text(feed.author)
    publisher = text(feed.publisher or feed.dc_publisher)
    return {
        "title": text(feed.title),
        "subtitle": text(html.unescape(feed.subtitle)) if feed.subtitle else None,
        "link": link(feed, atom, entry=False),
        "rights": text(feed.rights),
        "language": feed.language,
        "image": {"title": text(image.title)} if image is not None else None,
        "author": author,
        "author_detail": _person_detail(author),
        "publisher": publisher,
        "publisher_detail": _person_detail(publisher),
    }
