"""Region and topic tags derived from text, e.g. "east-asia", "middle-east", "sanctions"."""

from __future__ import annotations

import re

_TAG_WORDS: dict[str, tuple[str, ...]] = {
    "east-asia": ("china", "beijing", "japan", "tokyo", "korea", "seoul", "pyongyang", "taiwan"),
    "middle-east": ("israel", "gaza", "iran", "tehran", "syria", "iraq", "saudi", "yemen"),
    "europe": ("european union", "brussels", "germany", "france", "ukraine", "kyiv", "poland"),
    "russia": ("russia", "moscow", "kremlin", "putin"),
    "africa": ("africa", "sudan", "ethiopia", "nigeria", "sahel", "congo", "kenya"),
    "americas": ("mexico", "brazil", "venezuela", "canada", "argentina", "colombia"),
    "south-asia": ("india", "pakistan", "afghanistan", "bangladesh", "sri lanka", "delhi"),
    "sanctions": ("sanction",),
    "nuclear": ("nuclear", "uranium", "enrichment", "warhead"),
    "trade": ("tariff", "trade deal", "export controls", "wto"),
    "diplomacy": ("summit", "talks", "envoy", "ambassador", "foreign minister"),
}
_PATTERNS = {
    tag: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")", re.IGNORECASE)
    for tag, words in _TAG_WORDS.items()
}
KNOWN_TAGS: tuple[str, ...] = tuple(_TAG_WORDS)


def derive_tags(title: str, text: str = "") -> tuple[str, ...]:
    sample = f"{title}\n{text[:3000]}"
    return tuple(tag for tag, pattern in _PATTERNS.items() if pattern.search(sample))
