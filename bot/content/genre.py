"""Opinion pieces: the label a digest shows before the headline ("Meinung: …") when the feed
marks the item as opinion in a label the headline cleaning removes, in its categories or in its
link's path (bot/data/genre.json)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from urllib.parse import unquote, urlsplit

from bot.core import lazy_re as re  # compiles each pattern on first use

# "Gastbeitrag von Name - Headline", "OPINION | Headline", "Our View: Headline": the label is
# what comes before the first separator, at most five words.
_LEAD_LABEL = re.compile(r"^\s*([^:|–—]{2,60}?)\s*(?:[:|–—]|\s-\s)")


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, str], tuple[str, ...]]:
    raw = json.loads(resources.files("bot.data").joinpath("genre.json").read_text("utf-8"))
    words = sorted({w for ws in raw["words"].values() for w in ws}, key=lambda w: (-len(w), w))
    pattern = re.compile(
        r"(?<![^\W\d_])(" + "|".join(re.escape(w) for w in words) + r")(?![^\W\d_])",
        re.IGNORECASE,
    )
    return pattern, dict(raw["path_labels"]), tuple(raw["slug_prefixes"])


def _label(word: str) -> str:
    """The genre word as a label: first letter capital, the rest as written ("op-ed": "Op-ed")."""
    return word[:1].upper() + word[1:]


def title_label(title: str) -> str | None:
    """The opinion label opening a headline ("Gastbeitrag von X - …" → "Gastbeitrag")."""
    if "-" not in title and ":" not in title and "|" not in title and "–" not in title and (
        "—" not in title
    ):
        return None  # _LEAD_LABEL needs one of them: most headlines have none
    m = _LEAD_LABEL.match(title)
    if not m or len(m.group(1).split()) > 5:
        return None
    found = _table()[0].search(m.group(1))
    return _label(found.group(1)) if found else None


def opinion_label(title: str, categories: tuple[str, ...], link: str | None) -> str | None:
    """The label to show before `title` (the headline as shown), or None: not marked as
    opinion, or the headline already opens with such a label."""
    if title_label(title):
        return None
    pattern, path_labels, slug_prefixes = _table()
    for cat in categories[:10]:
        if len(cat) <= 40 and (m := pattern.search(cat)):
            return _label(m.group(1))
    if link:
        try:
            path = unquote(urlsplit(link).path).lower()
        except ValueError:
            return None
        for segment in path.split("/"):
            if segment in path_labels:
                return path_labels[segment]
            first = re.split(r"[-_.]", segment, maxsplit=1)[0]
            if first in slug_prefixes and first != segment:
                return path_labels.get(first)
    return None
