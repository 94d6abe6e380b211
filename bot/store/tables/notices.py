"""notices: the outbox of feed alerts (a feed broke, a feed recovered), apart from stories.

One row per `dedupe_key` (feed, channel, UTC day): queuing is idempotent, so the poller may
queue before it stores the feed's new state and a crash in between queues nothing twice.
Rows are leased, sent and marked like deliveries; a row an earlier lease may have posted
carries `maybe_sent_since` so the adapter can look before it posts again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.core.types import ChannelRef, Notice, NoticeKind
from bot.store import codec
from bot.store.sql import FAILED, RETRY, SENT, SQLBase


class Notices(SQLBase):
    async def queue_notices(self, notices: Sequence[Notice], now: datetime) -> int:
        queued = 0
        async with self.tx() as c:
            for n in notices:
                queued += await c.exec(
                    "INSERT INTO notices (dedupe_key, channel, feed_id, kind, text,"
                    " next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (dedupe_key) DO NOTHING",
                    n.key, str(n.channel), n.feed_id, n.kind, self.d.text(n.text),
                    self.d.ts(n.not_before or now), self.d.ts(now),
                )
        return queued

    async def last_notice_kinds(self, feed_id: int) -> dict[ChannelRef, NoticeKind]:
        """The kind of the latest notice queued per channel about the feed."""
        rows = await self.q.all(
            "SELECT channel, kind FROM notices WHERE feed_id = ? ORDER BY id", feed_id
        )
        return {ChannelRef.parse(r["channel"]): r["kind"] for r in rows}

    async def lease_notices(
        self, now: datetime, *, limit: int, owner: str, lease_seconds: float
    ) -> list[Notice]:
        rows = await self.lease(
            "notices", "status = 'pending' AND next_attempt_at <= ?", "next_attempt_at, id",
            now, limit, owner, lease_seconds, counted=True,
        )
        return sorted((codec.notice_from_row(r) for r in rows), key=lambda n: n.id or 0)

    async def mark_notice_sent(self, notice_id: int, message_id: str, now: datetime) -> None:
        await self.settle("notices", SENT, "id = ?", message_id, self.d.ts(now), notice_id)

    async def mark_notice_retry(self, notice_id: int, error: str, when: datetime) -> None:
        await self.settle("notices", RETRY, "id = ?", error, self.d.ts(when), notice_id)

    async def mark_notice_failed(self, notice_id: int, error: str) -> None:
        await self.settle("notices", FAILED, "id = ?", error, notice_id)
