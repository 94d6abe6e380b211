"""feeds: the catalogue of sources and their fetch state and leases."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.core.types import Feed, FeedUpdate
from bot.store import codec
from bot.store.sql import UNLEASED, SQLBase


class Feeds(SQLBase):
    async def add_feed(
        self, url: str, *, name: str | None = None, interval: int | None = None,
        trusted: bool = False, full_text: bool = False,
    ) -> tuple[Feed, bool]:
        now = self.d.ts(datetime.now().astimezone())
        async with self.tx() as c:
            known = await c.one("SELECT 1 FROM feeds WHERE url = ?", url)
            row = await c.one(
                "INSERT INTO feeds (url, name, interval, trusted, full_text, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (url) DO UPDATE SET disabled_reason = NULL, error_count = 0,"
                " name = COALESCE(excluded.name, feeds.name),"
                " interval = COALESCE(excluded.interval, feeds.interval),"
                " trusted = feeds.trusted OR excluded.trusted,"
                " full_text = feeds.full_text OR excluded.full_text RETURNING *",
                url, name, interval, trusted, full_text, now,
            )
        assert row is not None
        # Created: not there before, and not inserted meanwhile by a concurrent add (an
        # update keeps the row's created_at, so ours means we inserted it).
        return codec.from_row(Feed, row), known is None and row["created_at"] == now

    async def get_feed(self, feed_id: int) -> Feed | None:
        return await self.q.one_as(Feed, "SELECT * FROM feeds WHERE id = ?", feed_id)

    async def find_feed(self, ref: str) -> Feed | None:
        ref = ref.strip()
        if ref.isdigit() and len(ref) < 19:  # larger would overflow a 64-bit id
            feed = await self.get_feed(int(ref))
            if feed:
                return feed
        return await self.q.one_as(
            Feed, "SELECT * FROM feeds WHERE url = ? OR lower(name) = lower(?) ORDER BY id LIMIT 1",
            ref, ref,
        )

    async def list_feeds(self) -> list[Feed]:
        return await self.q.all_as(Feed, "SELECT * FROM feeds ORDER BY id")

    async def update_feed(self, feed_id: int, update: FeedUpdate) -> None:
        await self.write(FEED_UPDATE, *self.feed_update_args(feed_id, update))

    def feed_update_args(self, feed_id: int, u: FeedUpdate) -> tuple[Any, ...]:
        """The values of `FEED_UPDATE` (several feeds' updates go in one executemany)."""
        ts = self.d.ts
        return (
            u.url, u.url, ts(u.next_fetch_at), ts(u.last_fetched_at), ts(u.last_success_at),
            u.error_count, u.last_error, u.disabled_reason, u.etag, u.last_modified,
            u.content_hash, u.title, feed_id,
        )

    async def lease_due_feeds(
        self, now: datetime, *, limit: int, owner: str, lease_seconds: float
    ) -> list[Feed]:
        rows = await self.lease(
            "feeds", "disabled_reason IS NULL AND (next_fetch_at IS NULL OR next_fetch_at <= ?)",
            "next_fetch_at NULLS FIRST, id", now, limit, owner, lease_seconds,
        )
        return sorted((codec.from_row(Feed, r) for r in rows), key=lambda f: f.id)


FEED_UPDATE = (
    # A permanent redirect onto a URL another feed already has keeps the old URL.
    "UPDATE feeds SET url = CASE WHEN EXISTS (SELECT 1 FROM feeds o WHERE o.url = ?"
    " AND o.id <> feeds.id) THEN url ELSE ? END, next_fetch_at = ?, last_fetched_at = ?,"
    " last_success_at = ?, error_count = ?, last_error = ?, disabled_reason = ?,"
    " etag = ?, last_modified = ?, content_hash = ?, title = COALESCE(?, title),"
    f" {UNLEASED} WHERE id = ?"
)
