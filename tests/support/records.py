"""Small real domain records for store, outbox and roundup tests."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.core.types import Article, ChannelRef, Delivery, Feed, FeedUpdate, PlannedDelivery

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def article(
    key: str,
    *,
    story_key: str | None = None,
    title: str | None = None,
    outlet: str = "Meridian Wire",
    relevance: float = 0.9,
    published: datetime | None = T0,
    text: str = "",
    summary: str = "",
    entry_hash: str | None = None,
) -> Article:
    return Article(
        key=key,
        story_key=story_key or hashlib.sha256(key.encode()).hexdigest()[:16],
        title=title or f"Story {key}",
        link=f"https://example.org/{key}",
        summary=summary or f"Summary of {key}.",
        text=text or f"Full text of {key}.",
        outlet=outlet,
        published=published,
        relevance=relevance,
        tags=("europe",),
        authors=("A. Writer",),
        entry_hash=entry_hash,
    )


def update_for(feed: Feed, now: datetime, *, every: float = 600) -> FeedUpdate:
    return FeedUpdate(
        url=feed.url,
        next_fetch_at=now + timedelta(seconds=every),
        last_fetched_at=now,
        last_success_at=now,
        error_count=0,
        last_error=None,
        disabled_reason=None,
        etag=None,
        last_modified=None,
        content_hash=None,
    )


def planned(channel: str, a: Article, status: str = "pending") -> PlannedDelivery:
    return PlannedDelivery(
        channel=ChannelRef.parse(channel), article_key=a.key, story_key=a.story_key,
        status=status,  # type: ignore[arg-type]
    )


# Test-only reads of a store's rows (the bot itself never needs them), through its SQL layer.
async def stored_articles(store: Any, since: datetime) -> list[Article]:
    """Every article fetched since `since` (backlog rows too), newest first."""
    return list(await store.q.all_as(
        Article, "SELECT * FROM articles WHERE fetched_at >= ? ORDER BY id DESC", store.d.ts(since)
    ))


async def held_deliveries(store: Any, channel: ChannelRef) -> list[Delivery]:
    """The channel's rows waiting for its next roundup."""
    return list(await store.deliveries("d.status = 'held' AND d.channel = ?", str(channel)))


async def remove_feed(store: Any, feed_id: int) -> bool:
    return bool(await store.write("DELETE FROM feeds WHERE id = ?", feed_id))
