"""deliveries: the outbox, one row per (channel, story), leased to one worker at a time."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot.core.types import ChannelRef, Delivery
from bot.store import codec
from bot.store.sql import FAILED, RETRY, SENT, SQLBase

# d_maybe_sent: the start of an earlier, unfinished lease that may have posted the row.
_SELECT = (
    "SELECT d.id AS d_id, d.channel AS d_channel, d.attempts AS d_attempts,"
    " d.status AS d_status, d.message_id AS d_message_id, CASE WHEN"
    " d.first_leased_at < d.leased_at THEN d.first_leased_at END AS d_maybe_sent, a.*"
    " FROM deliveries d JOIN articles a ON a.id = d.article_id"
)


class Outbox(SQLBase):
    async def deliveries(
        self, where: str, *args: Any, since: datetime | None = None
    ) -> list[Delivery]:
        """Rows with their articles. A row whose first unfinished lease began before its
        current one may have been posted by that lease (`maybe_sent_since`); `since` sets it
        for every row instead (a resumed roundup)."""
        rows = await self.q.all(f"{_SELECT} WHERE {where} ORDER BY d.id", *args)
        return [codec.delivery_from_row(r, since) for r in rows]

    async def _lease(self, where: str, order: str, now: datetime, limit: int, owner: str,
                     lease_seconds: float, *, counted: bool = False) -> list[Delivery]:
        """Lease the rows (`SQLBase.lease`), then load them with their articles."""
        rows = await self.lease("deliveries", where, order, now, limit, owner, lease_seconds,
                                counted=counted, returning="id")
        if not rows:
            return []
        cond, ids = self.d.any("d.id", [r["id"] for r in rows], "bigint")
        return await self.deliveries(cond, ids)

    async def lease_deliveries(
        self, now: datetime, *, limit: int, owner: str, lease_seconds: float
    ) -> list[Delivery]:
        return await self._lease(
            "status = 'pending' AND next_attempt_at <= ?", "next_attempt_at, id",
            now, limit, owner, lease_seconds, counted=True,
        )

    async def lease_story_updates(
        self, now: datetime, *, limit: int, owner: str, lease_seconds: float
    ) -> list[Delivery]:
        return await self._lease("needs_update AND status = 'sent'", "id", now, limit, owner,
                                 lease_seconds)

    async def mark_updated(self, delivery_id: int) -> None:
        await self.settle("deliveries", "needs_update = FALSE", "id = ?", delivery_id)

    async def mark_sent(self, delivery_ids: Sequence[int], message_id: str, now: datetime) -> None:
        cond, ids = self.d.any("id", delivery_ids, "bigint")
        await self.settle("deliveries", SENT, cond, message_id, self.d.ts(now), ids)

    async def mark_retry(self, delivery_id: int, error: str, next_attempt_at: datetime) -> None:
        await self.settle("deliveries", RETRY, "id = ?", error, self.d.ts(next_attempt_at),
                          delivery_id)

    async def mark_failed(self, delivery_id: int, error: str) -> None:
        await self.settle("deliveries", FAILED, "id = ?", error, delivery_id)

    async def postpone(self, delivery_ids: Sequence[int], until: datetime) -> None:
        cond, ids = self.d.any("id", delivery_ids, "bigint")
        await self.settle(
            # The lease counted an attempt; a quiet-hours hold is not one. Nor did this lease
            # post the row: if it was the row's first, nothing may have posted it yet.
            "deliveries", "next_attempt_at = ?, attempts = CASE WHEN attempts > 0 THEN attempts - 1"
            " ELSE 0 END, first_leased_at = CASE WHEN first_leased_at >= leased_at THEN NULL"
            " ELSE first_leased_at END", f"{cond} AND status = 'pending'", self.d.ts(until), ids,
        )

    async def release_held(self, channel: ChannelRef) -> int:
        return await self.write(
            "UPDATE deliveries SET status = 'pending', roundup_key = NULL"
            " WHERE channel = ? AND status = 'held'",
            str(channel),
        )

    async def delivery_counts(self) -> dict[str, int]:
        rows = await self.q.all("SELECT status, COUNT(*) AS n FROM deliveries GROUP BY status")
        return {r["status"]: r["n"] for r in rows}
