"""JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1) into the same ParsedFeed as RSS/Atom.

feedparser reads only XML, and the format is small enough that json + type checks cover it. Every
field is checked for its type: a feed is user-supplied input, and `"title": 5` or `"authors": "x"`
must cost that field, not the feed. Synchronous and CPU-bound like bot.content.parse: run it in an
executor.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from html import escape
from typing import Any

from bot.core import lazy_re as re  # compiles each pattern on first use
from bot.core.errors import ParseError
from bot.core.types import FeedEntry, ParsedFeed

VERSION_PREFIX = ("https://jsonfeed.org/version/", "http://jsonfeed.org/version/")
_LEADING = re.compile(rb"^(\xef\xbb\xbf)?\s*\{")


def looks_like_json(body: bytes) -> bool:
    """A JSON object at the start (after a BOM and whitespace): not XML, try JSON Feed."""
    return bool(_LEADING.match(body[:64]))


def parse_json_feed(body: bytes, *, url: str) -> ParsedFeed:
    """Parse a JSON Feed; invalid JSON, or JSON that is not a JSON Feed, raises ParseError."""
    try:
        doc = json.loads(body)
    except RecursionError:
        raise ParseError(url, "not a readable feed: JSON nested too deeply") from None
    except (ValueError, UnicodeDecodeError) as e:
        raise ParseError(url, f"not a readable feed: invalid JSON ({_first_line(e)})") from None
    if not isinstance(doc, dict):
        raise ParseError(url, "not a readable feed: JSON, but not a JSON Feed object")
    version = doc.get("version")
    if not (isinstance(version, str) and version.startswith(VERSION_PREFIX)):
        raise ParseError(
            url, "not a readable feed: JSON without a JSON Feed version "
            '("version": "https://jsonfeed.org/version/1.1")'
        )
    items = doc.get("items")
    if not isinstance(items, list):
        raise ParseError(url, 'not a readable feed: JSON Feed without an "items" list')
    entries = tuple(e for e in (_entry(i) for i in items) if e is not None)
    skipped = len(items) - len(entries)
    return ParsedFeed(
        title=_str(doc, "title"),
        link=_str(doc, "home_page_url"),
        language=_str(doc, "language"),
        # may name the outlet's country ("Bhutan's national newspaper": language.feed_hint)
        description=_str(doc, "description"),
        # the feed-level author, as an Atom feed's <author>: often the outlet itself
        publisher=_feed_author(doc),
        entries=entries,
        warning=f"{skipped} unreadable item(s) skipped" if skipped else None,
    )


def _first_line(e: Exception) -> str:
    return str(e).splitlines()[0][:200] if str(e) else type(e).__name__


def _str(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _time(obj: dict[str, Any], key: str) -> datetime | None:
    value = _str(obj, key)
    if value is None:
        return None
    try:
        when = datetime.fromisoformat(value)  # RFC 3339, "Z" included (Python 3.11+)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)  # the spec requires an offset; assume UTC if missing
    return when.astimezone(UTC)


def _authors(item: dict[str, Any]) -> tuple[str, ...]:
    raw = item.get("authors")  # 1.1
    if not isinstance(raw, list):
        raw = [item.get("author")]  # 1.0
    names = (_str(a, "name") for a in raw if isinstance(a, dict))
    return tuple(dict.fromkeys(n for n in names if n))


def _feed_author(doc: dict[str, Any]) -> str | None:
    """The one name the feed's own `authors` (1.1) or `author` (1.0) gives; None for several
    (people writing a blog together, not a publisher)."""
    names = _authors(doc)
    return names[0] if len(names) == 1 else None


def _entry(item: Any) -> FeedEntry | None:
    if not isinstance(item, dict):
        return None
    raw_id = item.get("id")
    # The spec says string; numbers are common in the wild and still identify the item.
    guid = str(raw_id) if isinstance(raw_id, str | int) and not isinstance(raw_id, bool) else None
    link = _str(item, "url") or _str(item, "external_url")
    title = _str(item, "title") or ""
    content_html = _str(item, "content_html")
    if content_html is None and (text := _str(item, "content_text")):
        content_html = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n") if p.strip())
    summary = _str(item, "summary")
    if not (guid or link or title or content_html or summary):
        return None
    tags = item.get("tags")
    return FeedEntry(
        title=title,
        link=link,
        guid=guid.strip() if guid else None,
        summary_html=escape(summary) if summary else "",
        content_html=content_html or "",
        authors=_authors(item),
        published=_time(item, "date_published") or _time(item, "date_modified"),
        categories=tuple(t.strip() for t in tags if isinstance(t, str) and t.strip())
        if isinstance(tags, list)
        else (),
        media=_media(item),
    )


def _media(item: dict[str, Any]) -> tuple[str, ...]:
    """"video"/"audio" from the item's attachments' MIME types; "episode" too when one gives
    its duration (`duration_in_seconds`: a podcast's episode file, as parse.py reads
    <itunes:duration>)."""
    found: list[str] = []
    files = item.get("attachments")
    episode = False
    for f in files if isinstance(files, list) else ():
        kind = (_str(f, "mime_type") or "").split("/", 1)[0].lower() if isinstance(f, dict) else ""
        if kind in ("video", "audio") and kind not in found:
            found.append(kind)
        episode = episode or (kind in ("video", "audio") and bool(f.get("duration_in_seconds")))
    return (*found, "episode") if episode else tuple(found)
