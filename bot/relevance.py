"""Foreign-policy relevance: a score in 0..1 with the reasons behind it. Offline and fast."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_WEIGHTS: dict[str, float] = {
    "diplomat": 1.2, "diplomacy": 1.4, "embassy": 1.2, "ambassador": 1.2, "sanction": 1.5,
    "sanctions": 1.5, "treaty": 1.2, "summit": 1.0, "foreign minister": 1.6, "nato": 1.6,
    "united nations": 1.5, "u.n.": 1.3, "security council": 1.6, "ceasefire": 1.5, "missile": 1.2,
    "nuclear": 0.9, "troops": 1.0, "military": 0.8, "war": 0.9, "invasion": 1.3, "border": 0.6,
    "election": 0.4, "president": 0.3, "prime minister": 0.9, "refugees": 0.9, "tariff": 0.8,
    "ukraine": 1.5, "russia": 1.3, "china": 1.1, "north korea": 1.6, "iran": 1.3, "israel": 1.2,
    "gaza": 1.4, "taiwan": 1.3, "syria": 1.3, "beijing": 1.0, "moscow": 1.0, "kremlin": 1.4,
    "pyongyang": 1.5, "european union": 1.1, "eu": 0.6,
    "nfl": -2.0, "nba": -2.0, "celebrity": -1.5, "recipe": -2.0, "movie": -1.2, "album": -1.2,
    "touchdown": -2.0, "fashion": -1.5, "box office": -1.8, "oscars": -1.5, "grammy": -1.5,
}
_PATTERN = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in sorted(_WEIGHTS, key=len, reverse=True)) + r")",
    re.IGNORECASE,
)
_BIAS = -2.0


@dataclass(frozen=True, slots=True)
class Relevance:
    score: float
    reasons: tuple[str, ...]


def score(title: str, text: str = "", categories: tuple[str, ...] = ()) -> Relevance:
    hits: dict[str, float] = {}
    for weight_scale, chunk in ((2.0, title), (1.0, text[:4000]), (1.0, " ".join(categories))):
        for m in _PATTERN.finditer(chunk):
            term = m.group(1).lower()
            hits[term] = hits.get(term, 0.0) + _WEIGHTS[term] * weight_scale
    logit = _BIAS + sum(min(v, 3.0) if v > 0 else v for v in hits.values())
    top = sorted(hits.items(), key=lambda kv: -abs(kv[1]))[:3]
    reasons = tuple(f"{'+' if v > 0 else '-'} {term}" for term, v in top)
    return Relevance(1 / (1 + math.exp(-logit)), reasons)
