"""The CC0 article/reference-summary set in tests/data/summaries.jsonl (see its LICENSE note)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

SUMMARIES = Path(__file__).resolve().parent.parent / "data" / "summaries.jsonl"


@cache
def _load() -> tuple[dict[str, Any], ...]:
    with SUMMARIES.open(encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in fh if line.strip())


def load_articles() -> list[dict[str, Any]]:
    """id, title, paragraphs (list[str]) and a human reference summary, per article."""
    return [dict(a) for a in _load()]
