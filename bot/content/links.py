"""Tracking parameters in article links: one table (`bot/data/links.json`) for the link a digest
posts (`articles.web_link`) and a link's identity (`clustering.canonical_link`)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, ...], frozenset[str], frozenset[str], frozenset[str]]:
    raw = json.loads(resources.files("bot.data").joinpath("links.json").read_text("utf-8"))
    return (
        tuple(raw["tracking_prefixes"]),
        frozenset(raw["tracking_names"]),
        frozenset(raw["tracking_when_feed_names"]),
        frozenset(raw["feed_values"]),
    )


# "https://outlet.example/world/2026/talks-resume": an http(s) link with a plain host (no port,
# no user, ASCII letters, digits, dots, hyphens) and no query or fragment, none of what urlsplit
# strips or checks (whitespace, C0 controls): most item links. urlsplit reads it as
# (scheme, host, path), and urlunsplit writes that back as it is: `web_link` and
# `clustering.canonical_link` need not split and rebuild it (tests/bot/content/test_links.py).
_PLAIN_LINK = re.compile(r"(https?)://([A-Za-z0-9.-]+)(/[^?#\s\x00-\x1f]*)?")


def plain_link(link: str) -> re.Match[str] | None:
    """The (scheme, host, path) groups of `link` when it is a plain link (above), else None."""
    return _PLAIN_LINK.fullmatch(link)


def is_tracking(key: str, value: str) -> bool:
    """A parameter that only records where the click came from (`utm_source`, `fbclid`,
    `?src=rss`): no page needs it to show the article."""
    prefixes, names, when_feed, feed_values = _table()
    key = key.strip().lower()
    if key.startswith(prefixes) or key in names:
        return True
    return key in when_feed and value.strip().lower() in feed_values


def strip_tracking(url: str) -> str:
    """`url` without its tracking parameters; every other parameter is kept as written, in
    its order (`?id=7&utm_source=rss` → `?id=7`). A URL without any is returned unchanged."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not is_tracking(k, v)]
    if len(kept) == len(pairs):
        return url  # nothing to strip: keep the query byte for byte
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(kept), parts.fragment))
