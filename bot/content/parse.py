"""Parse feed bytes: RSS/Atom with feedparser, JSON Feed with bot.content.jsonfeed. CPU-bound and
synchronous: callers run it in an executor.

feedparser only ever receives bytes here, never a URL or a path (it would do blocking I/O itself).
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, datetime
from typing import Any

import feedparser
from feedparser.namespaces import mediarss

from bot.content import dates, encoding, jsonfeed
from bot.core.errors import ParseError
from bot.core.types import FeedEntry, ParsedFeed

dates.register()


# feedparser files <media:description> under the item's description: a photo caption then
# replaces the standfirst or lands in `content`, depending on element order. Keep it apart.
def _start_media_description(self: Any, attrs_d: Any) -> None:
    self.push("media_description", 1)


def _end_media_description(self: Any) -> None:
    self.pop("media_description")


mediarss.Namespace._start_media_description = _start_media_description
mediarss.Namespace._end_media_description = _end_media_description


def parse_feed(body: bytes, *, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse `body` into a ParsedFeed.

    A malformed feed that still yields items is accepted with `warning` set; one that yields
    nothing usable raises ParseError with a one-line reason.
    """
    if not isinstance(body, bytes | bytearray):  # guard: never let feedparser open URLs/paths
        raise TypeError("parse_feed takes the feed's bytes")
    if jsonfeed.looks_like_json(body):
        return jsonfeed.parse_json_feed(bytes(body), url=url)
    utf8 = encoding.to_utf8(bytes(body), url=url, content_type=content_type)
    if utf8 is not body:  # re-encoded: the declared charset no longer applies
        body, content_type = utf8, _with_utf8_charset(content_type)
    headers = {"content-type": content_type} if content_type else {}
    # We strip feed HTML ourselves (bot/content/clean.py), so feedparser's sanitizer and its
    # rewriting of relative URIs inside content are wasted work: skipping them halves parse time.
    with dates.reading_language(_declared_language(body)):  # "lis" is Nov in pl, Oct in hr
        parsed = feedparser.parse(
            bytes(body), response_headers=headers, sanitize_html=False, resolve_relative_uris=False
        )
    warning = _bozo_message(parsed) if parsed.get("bozo") else None
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        reason = warning or "no RSS or Atom content found"
        raise ParseError(url, f"not a readable feed: {reason}")
    meta = parsed.feed
    return ParsedFeed(
        title=_text(meta.get("title")),
        link=meta.get("link"),
        rights=_text(meta.get("rights")),
        language=meta.get("language"),
        entries=tuple(_entry(e) for e in parsed.entries),
        warning=warning,
        image_title=_text((meta.get("image") or {}).get("title")),
    )


_LANGUAGE_TAG = re.compile(
    rb"<(?:dc:)?language>\s*([A-Za-z]{2,3})|<(?:rss|feed|rdf:RDF|channel)\b[^>]*?\bxml:lang=[\"']([A-Za-z]{2,3})"
)


def _declared_language(body: bytes) -> str | None:
    """The feed's language tag, read before feedparser so its date handler can use it."""
    m = _LANGUAGE_TAG.search(body[:8192])
    return (m[1] or m[2]).decode("ascii").casefold() if m else None


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


def _time(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
            except (OverflowError, ValueError, TypeError):
                continue
    return None


_EMAIL_NAME = re.compile(r"^\s*\S+@\S+\s*\((?P<name>[^)]+)\)\s*$")


def _authors(entry: Any) -> tuple[str, ...]:
    """Author fields as written; bot.content.attribution.clean_authors makes people of them."""
    names: list[str] = []
    raw = entry.get("author")
    # RSS <author> is "email (Name)"; feedparser mis-splits some of those, so read it directly.
    if isinstance(raw, str) and (m := _EMAIL_NAME.match(raw)):
        return (m["name"].strip(),)
    for author in entry.get("authors") or ():
        name = _text(author.get("name")) if isinstance(author, dict) else _text(author)
        if name:
            names.append(name)
    if not names and entry.get("author"):
        names.append(str(entry["author"]).strip())
    return tuple(dict.fromkeys(names))


def _entry(entry: Any) -> FeedEntry:
    content = entry.get("content") or ()
    content_html = "\n".join(c.get("value", "") for c in content if isinstance(c, dict))
    source = entry.get("source") or {}
    summary_html = entry.get("summary") or ""
    if not summary_html and not content_html:
        summary_html = entry.get("media_description") or ""  # a caption beats nothing at all
    return FeedEntry(
        title=_text(entry.get("title")) or "",
        link=_text(entry.get("link")),
        guid=_text(entry.get("id")),
        summary_html=summary_html,
        content_html=content_html,
        authors=_authors(entry),
        published=_time(entry),
        categories=tuple(
            t for t in (_text(tag.get("term")) for tag in entry.get("tags") or ()) if t
        ),
        source_title=_text(source.get("title")),
        source_url=_text(source.get("href") or source.get("link")),
        rights=_text(entry.get("rights")),
    )
