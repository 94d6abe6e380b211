"""The realistic feed fixtures (tests/data/realistic_feeds) as a reader's preview shows them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.content.articles import process_feed
from bot.deliver.preview import preview_items

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "realistic_feeds"


def previewed(prefix: str) -> list[dict[str, Any]]:
    """Every previewed item of the fixture whose name starts with `prefix`."""
    (path,) = [p for p in FIXTURES.glob(f"{prefix}_*") if not p.name.endswith(".expect.json")]
    _, articles = process_feed(path.read_bytes(), url=f"https://feeds.example/{path.name}")
    return list(preview_items(articles))
