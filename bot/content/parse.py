"""Parse feed bytes: RSS/Atom with feedparser, JSON Feed with bot.content.jsonfeed. CPU-bound and
synchronous: callers run it in an executor.

feedparser only ever receives bytes here, never a URL or a path (it would do blocking I/O itself).
"""

from __future__ import annotations

import calendar
import hashlib
import html
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import feedparser
from feedparser.datetimes import _parse_date
from feedparser.namespaces import mediarss

from bot.content import dates, discovery, encoding, fastparse, feedtext, jsonfeed, xmlscan
from bot.core import lazy_re as re  # compiles each pattern on first use
from bot.core.errors import ParseError
from bot.core.types import FeedEntry, ParsedFeed

dates.register()
# feedparser asks xml.sax for libxml2's driver first: not installed here, the failed import
# searched sys.path on every parse (~0.08 ms, 9% of parsing a one-item feed). Expat always,
# so a feed reads the same wherever the bot runs.
feedparser.api.PREFERRED_XML_PARSERS = []
# Well-formed feeds go to feedparser-rs first (bot.content.fastparse); False: feedparser only
# (the differential test compares the two).
FAST = True


# feedparser files <media:description> under the item's description: a photo caption then
# replaces the standfirst or lands in `content`, depending on element order. Keep it apart.
def _start_media_description(self: Any, attrs_d: Any) -> None:
    self.push("media_description", 1)


def _end_media_description(self: Any) -> None:
    self.pop("media_description")


mediarss.Namespace._start_media_description = _start_media_description
mediarss.Namespace._end_media_description = _end_media_description

# A <media:credit> inside <media:content> or <media:group> credits that picture or clip (a
# photographer, "Name (AFP)"), not the article; only one at item level can be its byline.
# feedparser files both under the item, so the nesting is noted on the credit as it is read.
_feedparser_start_media_content = mediarss.Namespace._start_media_content
_feedparser_start_media_credit = mediarss.Namespace._start_media_credit


def _start_media_container(self: Any, attrs_d: Any) -> None:
    self.newsbrief_media_depth = getattr(self, "newsbrief_media_depth", 0) + 1


def _end_media_container(self: Any) -> None:
    self.newsbrief_media_depth = max(0, getattr(self, "newsbrief_media_depth", 0) - 1)


def _start_media_content(self: Any, attrs_d: Any) -> None:
    _feedparser_start_media_content(self, attrs_d)
    _start_media_container(self, attrs_d)


def _end_media_content(self: Any) -> None:
    _end_media_container(self)
    self.pop("media_content")  # what feedparser does for an end tag it has no handler for


def _end_media_group(self: Any) -> None:
    _end_media_container(self)
    self.pop("media_group")


def _start_media_credit(self: Any, attrs_d: Any) -> None:
    if getattr(self, "newsbrief_media_depth", 0):
        attrs_d = {**attrs_d, "newsbrief_of_media": "1"}
    _feedparser_start_media_credit(self, attrs_d)


mediarss.Namespace._start_media_content = _start_media_content
mediarss.Namespace._end_media_content = _end_media_content
mediarss.Namespace._start_media_group = _start_media_container
mediarss.Namespace._end_media_group = _end_media_group
mediarss.Namespace._start_media_credit = _start_media_credit


def parse_feed(body: bytes, *, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse `body` into a ParsedFeed.

    A malformed feed that still yields items is accepted with `warning` set; one that yields
    nothing usable raises ParseError with a one-line reason.
    """
    return parse_feed_items(body, url=url, content_type=content_type)[0]


@dataclass(frozen=True, slots=True)
class ItemDigests:
    """What a parse saw of a feed's items as bytes (see `parse_feed_items`)."""

    listed: tuple[bytes, ...]  # every <item>/<entry>'s digest, in document order
    # the digest of each entry of the ParsedFeed (same order); () when they cannot be told
    # apart (no items found as bytes, a count that differs from feedparser's, a malformed feed)
    entries: tuple[bytes, ...]


# The start of an RSS <item> or Atom <entry> element (no namespace prefix: others are not split).
_ITEM_START = re.compile(rb"<(item|entry)[\s>/]")
# The start tags whose attributes (namespaces, xml:base, xml:lang) change how an item reads.
_SCOPE = re.compile(rb"<(?:rss|feed|rdf:RDF|channel)\b[^>]*>")


def _item_spans(body: bytes) -> list[tuple[int, int]] | None:
    """The spans of the items, or None when splitting by bytes is not sure (`_spans_in`).
    Found without the text of the CDATA sections when it can be left out
    (bot/content/xmlscan.py): that text holds no tag, and scanning it four times was most of
    the cost. A document whose split is not sure that way is tried whole (a nested CDATA
    section, invalid but read by the loose parser, is one)."""
    found = xmlscan.skeleton(body)
    if found is not None and (spans := _spans_in(found.marks)) is not None:
        # the same spans in the document: an item starts at its "<" and ends after the ">"
        # of its end tag, neither inside a section's text
        return [(found.position(start), found.position(stop - 1) + 1) for start, stop in spans]
    return _spans_in(body)


def _spans_in(body: bytes) -> list[tuple[int, int]] | None:
    """The spans of the items (bytes.find: a regex scanning for the end tag costs as much as
    the parse it spares), or None when splitting by bytes is not sure: an item not closed, an
    item tag inside an item, a CDATA section cut by the end tag."""
    spans = []
    at = 0
    while (m := _ITEM_START.search(body, at)) is not None:
        close = b"</" + m[1]
        end = body.find(close, m.end())
        stop = body.find(b">", end) + 1
        if end < 0 or stop <= 0 or body[end + len(close):stop - 1].strip():
            return None
        if _ITEM_START.search(body, m.end(), end) is not None:
            return None
        if body.count(b"<![CDATA[", m.start(), end) != body.count(b"]]>", m.start(), end):
            return None
        spans.append((m.start(), stop))
        at = stop
    return spans


def parse_feed_items(
    body: bytes, *, url: str, content_type: str | None = None,
    known: Collection[bytes] = frozenset(),
) -> tuple[ParsedFeed, ItemDigests]:
    """`parse_feed`, and the digest of each item's bytes (with the start tags that scope it and
    the declared language). Items whose digest is in `known` (read before, byte for byte the
    same) are left out of the parse and of the ParsedFeed: a feed polled again with one new item
    costs one item's parse, not twenty. Falls back to the whole parse when leaving items out
    could change what the others read as (a zone-less date takes its zone from the other items,
    a malformed feed is read by feedparser's loose parser)."""
    if not isinstance(body, bytes | bytearray):  # guard: never let feedparser open URLs/paths
        raise TypeError("parse_feed takes the feed's bytes")
    # PHP notices a plugin printed before the XML declaration (served as text/html): the feed
    # after them is whole, and read as if they were not there
    body = discovery.strip_server_notices(bytes(body))
    # a proxy that passed the chunked transfer coding on as body bytes: the chunks joined
    body = discovery.unchunk(body)
    if jsonfeed.looks_like_json(body):
        return feedtext.repair(jsonfeed.parse_json_feed(bytes(body), url=url)), ItemDigests((), ())
    utf8 = encoding.to_utf8(bytes(body), url=url, content_type=content_type)
    if utf8 is not body:  # re-encoded: the declared charset no longer applies
        body, content_type = utf8, _with_utf8_charset(content_type)
    body = encoding.join_surrogate_references(bytes(body))
    language = _declared_language(body)
    spans = _item_spans(body) or []
    # SHA-256 cut to 16 bytes: with the SHA extensions most x86 and ARM cores have, ~3x
    # blake2b's speed on a feed's bytes (the digests live in the worker's memory only).
    scope = hashlib.sha256()
    scope.update((language or "").encode())
    for m in _SCOPE.finditer(body, 0, spans[0][0] if spans else len(body)):
        scope.update(m[0])
    digests = []
    view = memoryview(body)  # the items' bytes hashed where they are, not copied out
    for start, end in spans:
        h = scope.copy()
        h.update(view[start:end])
        digests.append(h.digest()[:16])
    fresh = [i for i, d in enumerate(digests) if d not in known]
    channels = _channels(body)
    # Text an exporter wrote as JSON string literals, in Arabic presentation forms or with
    # invisible format characters: decided on all of the feed's items, so a poll that reads
    # only the new ones decodes them alike.
    escaped = feedtext.json_escaped([body[s:e] for s, e in spans])
    forms = feedtext.has_presentation_forms(body)
    marks = feedtext.has_format_marks(body)
    decomposed = feedtext.has_decomposed(body)
    if known and len(fresh) < len(spans) and len(channels) < 2:
        # Only the items not read before: the bytes between items (and around them) stay.
        pieces, at = [], 0
        skipped = set(range(len(spans))) - set(fresh)
        for i, (start, end) in enumerate(spans):
            if i in skipped:
                pieces.append(body[at:start])
                at = end
        pieces.append(body[at:])
        try:
            reduced: tuple[ParsedFeed, bool] | None = _read(
                b"".join(pieces), url, content_type, language
            )
        except ParseError:
            reduced = None
        if (
            reduced is not None
            and len(reduced[0].entries) == len(fresh)
            and not reduced[0].warning
            and not reduced[1]
        ):
            return (feedtext.repair(reduced[0], escaped, forms, marks, decomposed),
                    ItemDigests(tuple(digests), tuple(digests[i] for i in fresh)))
    parsed = feedtext.repair(_read(body, url, content_type, language)[0], escaped, forms,
                             marks, decomposed)
    if len(channels) >= 2:
        parsed = _with_channel_sources(parsed, channels)
    aligned = len(parsed.entries) == len(digests) and not parsed.warning
    return parsed, ItemDigests(tuple(digests), tuple(digests) if aligned else ())


_CHANNEL_START = re.compile(rb"<channel[\s>]")
_CHANNEL_FIELD = re.compile(rb"<(title|link)(?:\s[^>]*)?>(.*?)</\1\s*>", re.DOTALL)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)


@dataclass(frozen=True, slots=True)
class _Channel:
    title: str | None
    link: str | None
    items: int


def _channels(body: bytes) -> list[_Channel]:
    """The <channel> elements of an RSS document, when it has more than one (a merge service
    wraps its sources' channels, unchanged, in one <rss> root; RSS 2.0 allows one): each one's
    own title and link (read before its first item) and how many items it holds."""
    starts = [m.start() for m in _CHANNEL_START.finditer(body)]
    if len(starts) < 2:
        return []
    found = []
    for start, end in zip(starts, [*starts[1:], len(body)], strict=True):
        first_item = _ITEM_START.search(body, start, end)
        head_end = first_item.start() if first_item else end
        fields: dict[bytes, str] = {}
        for m in _CHANNEL_FIELD.finditer(body, start, head_end):
            text = _CDATA.sub(r"\1", m[2].decode("utf-8", "replace"))
            fields.setdefault(m[1], html.unescape(text).strip())
        found.append(_Channel(fields.get(b"title") or None, fields.get(b"link") or None,
                              len(_ITEM_START.findall(body, start, end))))
    return found


def _with_channel_sources(parsed: ParsedFeed, channels: list[_Channel]) -> ParsedFeed:
    """Each item of a document with several channels credited to its own channel, as a
    <source> names an aggregated item's origin feed: the feed-level title is only one of them.
    Left as it is when the items cannot be told apart by channel."""
    if sum(c.items for c in channels) != len(parsed.entries):
        return parsed
    entries, at = [], 0
    for channel in channels:
        for entry in parsed.entries[at:at + channel.items]:
            entries.append(entry if entry.source_title or not channel.title else replace(
                entry, source_title=channel.title, source_url=channel.link))
        at += channel.items
    # The feed's own name and site are the first channel's (a parser mixes the channels'
    # elements: one's title, another's link).
    return replace(parsed, entries=tuple(entries), title=channels[0].title or parsed.title,
                   link=channels[0].link or parsed.link)


def _read(
    body: bytes, url: str, content_type: str | None, language: str | None
) -> tuple[ParsedFeed, bool]:
    """`body` read (feedparser-rs when bot.content.fastparse can, else feedparser): the
    ParsedFeed and whether an entry has a zone-less date."""
    headers = {"content-type": content_type} if content_type else {}
    with dates.reading_language(language):  # "lis" is Nov in pl, Oct in hr
        fast = fastparse.read(body, headers) if FAST else None
        if fast is not None:
            return _fast_parsed_feed(fast)
    # We strip feed HTML ourselves (bot/content/clean/), so feedparser's sanitizer and its
    # rewriting of relative URIs inside content are wasted work: skipping them halves parse time.
    with dates.reading_language(language):
        parsed = feedparser.parse(
            body, response_headers=headers, sanitize_html=False, resolve_relative_uris=False
        )
    warning = _bozo_message(parsed) if parsed.get("bozo") else None
    if warning and (closed := close_truncated(body)) is not None:
        # A feed cut off mid-download: its open elements closed, the last item keeps the text
        # it has (the loose parser drops an element that never ends).
        with dates.reading_language(language):
            again = feedparser.parse(
                closed, response_headers=headers, sanitize_html=False,
                resolve_relative_uris=False,
            )
        if again.entries and len(again.entries) >= len(parsed.entries):
            parsed = again
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        reason = warning or "no RSS or Atom content found"
        raise ParseError(url, f"not a readable feed: {reason}")
    publication = None
    if (m := _SITEMAP_NEWS.search(body, 0, 4096)) is not None:
        with dates.reading_language(language):
            publication = _from_sitemap_news(parsed.entries, m[1].decode("ascii"))
    return _parsed_feed(parsed.feed, parsed.entries, warning, publication)


# A Google News sitemap's namespace declared on a feed: SEO plugins serve the news sitemap as
# RSS, each item's headline, date and publisher only in that namespace's elements.
_SITEMAP_NEWS = re.compile(
    rb"xmlns:([A-Za-z_][\w.-]*)\s*=\s*[\"']https?://www\.google\.com/schemas/sitemap-news/"
)


def _from_sitemap_news(entries: Any, prefix: str) -> str | None:
    """A news sitemap served as a feed (`<news:news>` in each item): an item without its own
    <title> or date takes the sitemap's news:title and news:publication_date, as the page
    itself shows them (without them the description became the headline and the date was
    lost). The publisher's news:name, when every item names the same one, is returned: it is
    the outlet, the channel's title only the plugin's "<Brand> News Sitemap Feed"."""
    names = set()
    for entry in entries:
        title = _text(entry.get(f"{prefix}_title"))
        if title and not _text(entry.get("title")):
            entry["title"] = title
        when = _text(entry.get(f"{prefix}_publication_date"))
        if when and not any(entry.get(k + "_parsed") for k in ("published", "updated", "created")):
            entry["published"] = when
            entry["published_parsed"] = _parse_date(when)
        names.add(_text(entry.get(f"{prefix}_name")))
    return names.pop() if len(names) == 1 else None


def _parsed_feed(
    meta: Any, entries: Any, warning: str | None, publication: str | None = None
) -> tuple[ParsedFeed, bool]:
    """The ParsedFeed of a feed's metadata and entries (feedparser's keys), and whether an
    entry has a zone-less date. `publication`: the publisher's name the items give."""
    published, floating, zoneless, named = _local_times(
        [_time(e) for e in entries], meta.get("language"), meta.get("link")
    )
    show_names = _show_names(meta)
    return _feed_of(meta, tuple(
        _entry(e, t, show_names, floating=f, zone_name=n)
        for e, t, f, n in zip(entries, published, floating, named, strict=True)
    ), warning, publication), zoneless


def _fast_parsed_feed(fast: fastparse.Fast) -> tuple[ParsedFeed, bool]:
    """`_parsed_feed` of what the fast path read: FeedEntry built from feedparser-rs's entries
    as `_entry` builds them from feedparser's (no feedparser keys in between: that mapping was
    as much work as the parse). Called inside the feed's `dates.reading_language`."""
    meta = fast.meta
    published, floating, zoneless, named = _local_times(
        [fastparse.date_of(e) for e in fast.entries], meta["language"], meta["link"]
    )
    return _feed_of(meta, tuple(
        _fast_entry(e, fast.atom, t, f, n)
        for e, t, f, n in zip(fast.entries, published, floating, named, strict=True)
    ), None), zoneless


def _feed_of(
    meta: Any, entries: tuple[FeedEntry, ...], warning: str | None,
    publication: str | None = None,
) -> ParsedFeed:
    return ParsedFeed(
        title=_text(meta.get("title")),
        link=meta.get("link"),
        rights=_text(meta.get("rights")),
        language=meta.get("language"),
        entries=entries,
        warning=warning,
        image_title=_text((meta.get("image") or {}).get("title")),
        publisher=_feed_publisher(meta),
        publication_name=_text(meta.get("prism_publicationname")) or publication,
        description=_text(meta.get("subtitle")),
    )


_ROOT_END = re.compile(rb"</(?:[\w-]+:)?(?:rss|feed|RDF)\s*>\s*$")
_TAG_OR_SECTION = re.compile(
    rb"<!\[CDATA\[.*?(?:\]\]>|$)|<!--.*?(?:-->|$)|<\?.*?(?:\?>|$)|<!.*?>"
    rb"|<(/?)([\w:.-]+)(?:[^>\"']|\"[^\"]*\"|'[^']*')*?(/?)>",
    re.DOTALL,
)
# Elements whose text a truncation may cut: the cut is marked with "…".
_TEXT_ELEMENTS = frozenset(
    (b"description", b"content:encoded", b"summary", b"content", b"title", b"media:description")
)
_CUT_WORD = re.compile(rb"(?:\s+|^)[^\s<>]*$")


def close_truncated(body: bytes) -> bytes | None:
    """A feed cut off mid-download (no closing root tag), with its open elements closed: a
    partial tag at the end goes, an open CDATA section ends, and text cut inside a description
    loses its last, partial word and ends with "…". None when the feed is not truncated."""
    if _ROOT_END.search(body[-200:]):
        return None
    end = body.rfind(b"<")
    if end >= 0 and body.find(b">", end) < 0 and not body.startswith(b"<![CDATA[", end):
        body = body[:end]
    stack: list[bytes] = []
    in_cdata = False
    at = 0
    for m in _TAG_OR_SECTION.finditer(body):
        at = m.end()
        token = m[0]
        if token.startswith(b"<![CDATA["):
            in_cdata = not token.endswith(b"]]>")
        elif m[2] is None or m[3]:
            continue
        elif m[1]:
            if m[2] in stack:
                del stack[len(stack) - 1 - stack[::-1].index(m[2]):]
        else:
            stack.append(m[2])
    if not stack:
        return None
    tail = body[at:] if not in_cdata else b""
    if stack[-1] in _TEXT_ELEMENTS and (in_cdata or tail.strip()):
        body = _CUT_WORD.sub(b"", body.rstrip()) + " …".encode()
    closing = b"]]>" if in_cdata else b""
    return body + closing + b"".join(b"</" + name + b">" for name in reversed(stack))


_LANGUAGE_TAG = re.compile(
    rb"<(?:dc:)?language>\s*([A-Za-z]{2,3})|<(?:rss|feed|rdf:RDF|channel)\b[^>]*?\bxml:lang=[\"']([A-Za-z]{2,3})"
)


def _declared_language(body: bytes) -> str | None:
    """The feed's language tag, read before feedparser so its date handler can use it."""
    m = _LANGUAGE_TAG.search(body[:8192])
    return (m[1] or m[2]).decode("ascii").casefold() if m else None


def _feed_publisher(meta: Any) -> str | None:
    """The publisher a feed names: <dc:publisher>, else the name in <managingEditor>
    ("desk@outlet.example (The Outlet)") or the Atom feed's <author><name>."""
    for key in ("publisher", "author"):  # feedparser mis-splits "email (Name)": read it here
        raw = _text(meta.get(key))
        if raw and (m := _EMAIL_NAME.match(raw)):
            return m["name"].strip()
        detail = meta.get(key + "_detail") or {}
        name = _text(detail.get("name")) if isinstance(detail, dict) else None
        if name and "@" not in name and "(" not in name and "@" not in (raw or ""):
            return name
    return None


def _with_utf8_charset(content_type: str | None) -> str:
    base = (content_type or "application/xml").split(";")[0].strip() or "application/xml"
    return f"{base}; charset=utf-8"


def _bozo_message(parsed: Any) -> str:
    exc = parsed.get("bozo_exception")
    text = str(exc).strip() if exc else "malformed feed"
    return text.splitlines()[0][:200] if text else "malformed feed"


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _time(entry: Any) -> tuple[datetime | None, str | None]:
    """The entry's date as read (a zone-less time read as UTC) and the string it came from."""
    for key in ("published", "updated", "created"):
        value = entry.get(key + "_parsed")
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), tz=UTC), entry.get(key)
            except (OverflowError, ValueError, TypeError):
                continue
    return None, None


def _local_times(
    read: list[tuple[datetime | None, str | None]], language: str | None, link: str | None
) -> tuple[list[datetime | None], list[bool], bool, list[str | None]]:
    """Entry dates, with zone-less times ("2026-05-04 14:00:00") in the feed's home zone: the one
    offset all of the feed's zoned dates carry, else the zone of its country or language
    (`dates.home_zone`), else UTC. A zone abbreviation that means another zone in the feed's
    country ("CST" in a Chinese feed, "EST" in an Australian one: `dates.zone_names`) is read
    as that zone. Whether each entry's date is a zone-less time left in UTC (no home zone
    known here: the article build places it once the outlet's country is inferred), and
    whether an entry's date has no zone; and the zone abbreviation each entry's date was read
    with when some other country reads it otherwise and the feed's tag and domain named no
    country here ("AST": Atlantic, or Arabia in a Jeddah paper; `FeedEntry.zone_name`).
    `read`: each entry's date and its text (`_time`)."""
    zones = [dates.zone_offset(raw) for _, raw in read]
    names = dates.zone_names(language, link)
    local = [dates.named_offset(raw, names) for _, raw in read]
    offsets = {
        zone if own is None else own for own, zone in zip(local, zones, strict=True)
    }
    zoned = {o for o in offsets if o is not None and o is not False}
    home = dates.home_zone(language, link) if len(zoned) != 1 else None
    out: list[datetime | None] = []
    floating: list[bool] = []
    named: list[str | None] = []
    for (when, raw), zone, own in zip(read, zones, local, strict=True):
        left = False
        name = None
        if when is not None and raw:
            if own is None and zone is not False:
                name = dates.country_named_zone(raw)
            if zone is False:
                wall = when.replace(tzinfo=None)
                if len(zoned) == 1:
                    when = (wall - timedelta(minutes=next(iter(zoned)))).replace(tzinfo=UTC)
                elif home is not None:
                    when = wall.replace(tzinfo=home).astimezone(UTC)
                else:
                    left = True
            elif own is not None:
                # read as the other zone of that name (a name no table knows was read as UTC:
                # "AMST")
                when -= timedelta(minutes=own - (zone if isinstance(zone, int) else 0))
        out.append(when)
        floating.append(left)
        named.append(name)
    return out, floating, any(raw and zone is False for (_, raw), zone in zip(read, zones,
                                                                               strict=True)), named


_EMAIL_NAME = re.compile(r"^\s*\S+@\S+\s*\((?P<name>[^)]+)\)\s*$")
_EMAIL_ONLY = re.compile(r"^\s*<?[^\s@<>()]+@[^\s@<>()]+>?\s*$")


# Non-standard elements custom CMSs write their byline in (fastparse sends such feeds here).
BYLINE_ELEMENTS = ("byline", "autor", "autore", "auteur", "writer", "reporter")


def _authors(entry: Any) -> tuple[str, ...]:
    """Author fields as written; bot.content.attribution.clean_authors makes people of them."""
    people = [author.get("name") if isinstance(author, dict) else author
              for author in [*(entry.get("authors") or ()), *(entry.get("contributors") or ())]]
    # <media:credit role="author"> at item level: the byline of feeds built on Media RSS (a
    # <dc:creator> beside it often names only the outlet).
    credits = []
    for credit in entry.get("media_credit") or ():
        role = (credit.get("role") or "").casefold() if isinstance(credit, dict) else ""
        if isinstance(credit, dict) and credit.get("newsbrief_of_media"):
            continue  # the picture's credit, not the article's byline
        if role in ("author", "writer", "reporter", "byline") and _text(credit.get("content")):
            credits.append(str(credit["content"]).strip())
    # A custom CMS's non-standard <byline> element (no <author>, no dc:creator beside it), in
    # its language ("<autor>" of a classic-ASP Brazilian daily).
    if not people and not credits and not entry.get("author"):
        for key in BYLINE_ELEMENTS:
            if isinstance(byline := entry.get(key), str) and byline.strip():
                credits.append(byline.strip())
                break
    return _bylines(entry.get("author"), people, credits)


def _bylines(raw: Any, people: list[Any], credits: list[str]) -> tuple[str, ...]:
    """`_authors` of an entry's author text, its authors' and contributors' names and its
    byline credits."""
    names: list[str] = []
    # RSS <author> is "email (Name)"; feedparser mis-splits some of those, so read it directly.
    if isinstance(raw, str) and (m := _EMAIL_NAME.match(raw)):
        names.append(m["name"].strip())
    for person in people:
        name = _text(person)
        if name and (m := _MIS_SPLIT.search(name)):  # "ple (Ana Souza": feedparser's cut
            name = m["name"]
        if name and isinstance(raw, str) and _EMAIL_ONLY.match(raw) and name in raw:
            continue  # "editor@site.example": feedparser cuts a long domain into a name ("ple")
        if name:
            names.append(name)
    if not names and raw:
        names.append(str(raw).strip())
    names += credits
    # "<a href="/autor/ana">Ana Souza</a>, <a …>Pedro Lima</a>": CMSs that link the byline.
    names = [_plain(n) for n in names]
    return tuple(dict.fromkeys(n for n in names if n))


def _episode_authors(entry: Any, show_names: frozenset[str]) -> tuple[str, ...]:
    """A podcast episode's <itunes:author> that repeats the channel's is the show's producer
    ("Meridian Audio"), not a byline; other items keep their authors as written."""
    names = _authors(entry)
    if show_names and any(k.startswith("itunes_") for k in entry):
        names = tuple(n for n in names if n.casefold() not in show_names)
    return names


_MIS_SPLIT = re.compile(r"^[^()]*\((?P<name>[^()]+)$")  # no closing bracket: cut inside
_TAG = re.compile(r"<[^>]*>|^[^<>]*\">|<[^<>]*$")


def _plain(name: str) -> str:
    if "<" in name or ">" in name or "&" in name:
        name = html.unescape(_TAG.sub("", html.unescape(name)))
    # One line per person in some journal systems' fields: the line breaks stay for
    # attribution.clean_authors to split on.
    lines = (" ".join(line.split()) for line in name.splitlines())
    return "\n".join(line for line in lines if line).strip(' "')


def _show_names(meta: Any) -> frozenset[str]:
    """A podcast channel's <itunes:author> and <itunes:owner> name: the producer of the show."""
    names = set()
    for key in ("author_detail", "publisher_detail"):
        detail = meta.get(key) or {}
        if isinstance(detail, dict) and _text(detail.get("name")):
            names.add(str(detail["name"]).strip().casefold())
    return frozenset(names)


def _entry(entry: Any, published: datetime | None, show_names: frozenset[str] = frozenset(),
           *, floating: bool = False, zone_name: str | None = None) -> FeedEntry:
    content = entry.get("content") or ()
    content_html = "\n".join(c.get("value", "") for c in content if isinstance(c, dict))
    source = entry.get("source") or {}
    summary_html = entry.get("summary") or ""
    if not summary_html and not content_html:
        summary_html = entry.get("media_description") or ""  # a caption beats nothing at all
    return FeedEntry(
        title=_text(entry.get("title")) or "",
        # FeedBurner's "~r/" redirect tracks the click; <feedburner:origLink> is the article.
        link=_text(entry.get("feedburner_origlink")) or _text(entry.get("link")),
        guid=_text(entry.get("id")),
        summary_html=summary_html,
        content_html=content_html,
        authors=_episode_authors(entry, show_names),
        published=published,
        floating=floating,
        zone_name=zone_name,
        categories=tuple(
            t for t in (_term(tag.get("term")) for tag in entry.get("tags") or ()) if t
        ),
        source_title=_text(source.get("title")) or _namespaced_source(entry),
        source_url=_text(source.get("href") or source.get("link")),
        rights=_text(entry.get("rights")),
        media=_media(entry),
    )


def _term(value: str | None) -> str | None:
    """A category's name as text: WordPress and others write it HTML-escaped ("Europe &amp;
    Eurasia" in CDATA, or escaped twice), which a reader, a why-line and a tag rule read as
    "Europe & Eurasia"."""
    text = _text(value)
    return html.unescape(text) if text and "&" in text else text


def _fast_entry(e: Any, atom: bool, published: datetime | None, floating: bool,
                zone_name: str | None = None) -> FeedEntry:
    """`_entry` of a feedparser-rs entry (bot.content.fastparse): the fields feedparser would
    give, read the same way (the fast path leaves feeds with iTunes, FeedBurner or
    <media:credit> elements, or a publisher in a feed's own namespace, to feedparser)."""
    text = fastparse.text
    content_html = "\n".join([text(c.value) or "" for c in e.content])
    summary_html = text(e.summary) or ""
    if not summary_html and not content_html:
        summary_html = text(e.media_description) or ""
    source = e.source
    people = [fastparse.person_name(text(p.name)) for p in e.authors]
    people += [text(p.name) for p in e.contributors]
    return FeedEntry(
        title=_text(text(e.title)) or "",
        link=_text(fastparse.link(e, atom, entry=True)),
        guid=_text(text(e.id)),
        summary_html=summary_html,
        content_html=content_html,
        authors=_bylines(text(e.author), people, []),
        published=published,
        floating=floating,
        zone_name=zone_name,
        categories=tuple(t for t in (_term(text(fastparse.attribute(tag.term) if atom
                                                else tag.term)) for tag in e.tags) if t),
        source_title=_text(text(source.title)) if source is not None else None,
        source_url=_text(source.href or source.link) if source is not None else None,
        rights=_text(text(e.rights)),
        media=tuple(_kinds([
            *(ln.type for ln in e.links if ln.rel == "enclosure"),
            *(m.medium or m.type for m in e.media_content),
        ])),
    )


def _namespaced_source(entry: Any) -> str | None:
    """The publisher's name a news-search feed gives in its own namespace beside the standard
    <source> (Bing-style `<News:Source>The Meridian Post</News:Source>`): a short name, one
    line, not a URL."""
    for key, value in entry.items():
        if not key.endswith("_source"):  # most keys: no partition made (every entry's keys)
            continue
        prefix, _, local = key.partition("_")
        if local != "source" or not prefix or prefix in fastparse.NOT_PUBLISHER_SOURCES:
            continue
        text = _text(value) if isinstance(value, str) else None
        if text and len(text) <= 80 and len(text.split()) <= 8 and "\n" not in text and not (
            re.search(r"https?:|www\.|[;|]", text)
        ) and re.search(r"[^\W\d_]", text):
            return text
    return None


# An episode's own <itunes:*> elements (not <itunes:image> or <itunes:explicit>, which text
# posts of newsletter platforms carry too).
_EPISODE_KEYS = ("itunes_duration", "itunes_episode", "itunes_episodetype", "itunes_season")


def _media(entry: Any) -> tuple[str, ...]:
    """"video"/"audio" when the item carries a clip or an episode: an audio or video enclosure
    or <media:content> (by MIME type or `medium`); "audio" and "episode" when it has an
    episode's <itunes:*> elements (the item is the episode). A file alone may be a clip
    attached to a written report (articles.with_medium tells them apart by the text)."""
    files = [ln for ln in entry.get("links") or () if isinstance(ln, dict)
             and ln.get("rel") == "enclosure"]
    files += [m for m in entry.get("media_content") or () if isinstance(m, dict)]
    found = _kinds(f.get("medium") or f.get("type") for f in files)
    if any(entry.get(k) for k in _EPISODE_KEYS):
        found += [k for k in ("audio", "episode") if k not in found]
    return tuple(found)


def _kinds(types: Iterable[Any]) -> list[str]:
    """"video"/"audio" of the files' media or MIME types, in the order first met."""
    found: list[str] = []
    for t in types:
        kind = str(t or "").split("/", 1)[0].strip().lower()
        if kind in ("video", "audio") and kind not in found:
            found.append(kind)
    return found
