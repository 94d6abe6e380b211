"""What `newsbrief preview --json` prints for a feed: one dict per item, as a reader would see it.

Shared by the CLI and the digest lint (bench/digest_lint.py), so the lint checks exactly what a
user previews.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from bot.content.articles import is_story
from bot.core.types import Article
from bot.deliver.digest import item_from_article


def preview_items(articles: Sequence[Article]) -> list[dict[str, Any]]:
    out = []
    for a in articles:
        item = item_from_article(a)
        out.append({
            "title": a.title,
            "summary": a.summary,
            "outlet": a.outlet,
            "via": a.via,
            "authors": list(a.authors),
            "link": a.link,
            "published": a.published.isoformat() if a.published else None,
            "quotes": [asdict(q) for q in item.quotes],
            "relevance": a.relevance,
            "reasons": list(a.reasons),
            "tags": list(a.tags),
            "story_key": a.story_key,
            "is_story": is_story(a),
            "words": len(a.text.split()),
        })
    return out
