"""Group articles about the same story across feeds, so a channel gets one post per story."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlsplit, urlunsplit

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    ["a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "at", "by", "with", "from", "as", "is", "are", "was", "were", "be", "has", "have", "says", "said", "after", "over", "amid", "new", "its", "it", "his", "her", "their", "this", "that"]
)


def canonical_link(link: str | None) -> str | None:
    """Link without query, fragment, `www.` or trailing slash: one story, one identity."""
    if not link:
        return None
    parts = urlsplit(link.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower() or "https", host, path, "", ""))


def story_key_for_link(link: str | None, fallback: str) -> str:
    basis = canonical_link(link) or fallback
    return hashlib.sha1(basis.encode()).hexdigest()[:16]


def _shingles(text: str) -> frozenset[str]:
    words = [w for w in _WORD.findall(text.casefold()) if w not in _STOP]
    return frozenset(words)


@dataclass
class Clusterer:
    """Matches a new article to a recent story by title word overlap within a time window."""

    window: timedelta = timedelta(hours=48)
    threshold: float = 0.6
    _stories: list[tuple[str, frozenset[str], datetime | None]] = field(default_factory=list)

    def add(self, story_key: str, title: str, lead: str, published: datetime | None) -> None:
        self._stories.append((story_key, _shingles(title), published))

    def match(self, title: str, lead: str, published: datetime | None) -> str | None:
        words = _shingles(title)
        if len(words) < 3:
            return None
        for key, other, when in reversed(self._stories):
            if published and when and abs(published - when) > self.window:
                continue
            overlap = len(words & other) / max(1, min(len(words), len(other)))
            if overlap >= self.threshold:
                return key
        return None
