"""The attribution tables (bot/data/attribution.json) and the patterns every part of
attribution reads."""

from __future__ import annotations

import json
from collections.abc import Iterable
from importlib import resources

from bot.core import lazy_re as re  # compiles each pattern on first use

_TABLES = json.loads(resources.files("bot.data").joinpath("attribution.json").read_text("utf-8"))
# Domains of well-known outlets → the name readers know them by.
KNOWN_OUTLETS: dict[str, str] = _TABLES["known_outlets"]
# Sites that carry other outlets' items: the item's outlet is never them; they become `via`.
AGGREGATORS: dict[str, str] = _TABLES["aggregators"]
_HOSTING_AGGREGATORS = frozenset(_TABLES["hosting_aggregators"])
# Feed proxies/redirectors: they are neither the outlet nor an aggregator worth naming.
PROXIES = frozenset(_TABLES["proxies"])
_COPYRIGHT = re.compile(
    r"(?:copyright\s*:?\s*)?(?:©|\(c\)|copyright)\s*:?\s*(?:©|\(c\)|copyright)?\s*"
    r"(?:(?:\d{4}(?:\s*[-–]\s*\d{4})?)\s*,?\s*)?(?:by\s+)?(?P<name>[^\n|©]{2,80})",
    re.IGNORECASE,
)
_CJK_ANY = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_URL = re.compile(r"\bhttps?://\S+|\bwww\.\S+", re.IGNORECASE)
_RIGHTS_PHRASES = tuple(p.casefold() for p in _TABLES["rights_phrases"])


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


# The known outlets' names, case-folded: no person's name, whoever writes it as one.
_KNOWN_NAMES = frozenset(name.casefold() for name in KNOWN_OUTLETS.values())
# Any HTML tag: links and bylines read text with the markup taken out.
_TAG = re.compile(r"<[^>]*>")
