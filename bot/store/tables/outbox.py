"""The outboxes: deliveries (one row per channel and story), notices (feed alerts) and
channel_roundups (each roundup channel's last slot and the lease of its next post). Rows are
leased to one worker at a time, then marked sent, retried or failed. A row an earlier,
unfinished lease may have posted carries `maybe_sent_since`: the adapter looks before it posts.

Notices are unique per `dedupe_key` (feed, channel, UTC day): queuing is idempotent, so the
poller may queue before it stores the feed's new state and a crash in between queues nothing
twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from bot.core.types import ChannelRef, Delivery, Notice, NoticeKind
from bot.store import codec
from bot.store.sql import FAILED, RETRY, SENT, UNLEASED, SQLBase

# d_maybe_sent: the start of an earlier, unfinished lease that may have posted the row.
_SELECT = (
    "SELECT d.id AS d_id, d.channel AS d_channel, d.attempts AS d_attempts,"
    " d.status AS d_status, d.message_id AS d_message_id, CASE WHEN"
    " d.first_leased_at < d.leased_at THEN d.first_leased_at END AS d_maybe_sent, a.*"
    " FROM deliveries d JOIN articles a ON a.id = d.article_id"
)
# A leased notice row as a Notice (its columns named like the fields).
_NOTICE = (
    "id, dedupe_key AS key, channel, feed_id, kind, text, attempts, NULL AS not_before,"
    " CASE WHEN first_leased_at < leased_at THEN first_leased_at END AS maybe_sent_since"
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
        rows = await self.q.all(
            "SELECT channel, kind FROM notices WHERE feed_id = ? ORDER BY id", feed_id
        )
        return {ChannelRef.parse(r["channel"]): r["kind"] for r in rows}

    async def lease_notices(
        self, now: datetime, *, limit: int, owner: str, lease_seconds: float
    ) -> list[Notice]:
        rows = await self.lease(
            "notices", "status = 'pending' AND next_attempt_at <= ?", "next_attempt_at, id",
            now, limit, owner, lease_seconds, counted=True, returning=_NOTICE,
        )
        return sorted((codec.from_row(Notice, r) for r in rows), key=lambda n: n.id or 0)

    async def mark_notice_sent(self, notice_id: int, message_id: str, now: datetime) -> None:
        await self.settle("notices", SENT, "id = ?", message_id, self.d.ts(now), notice_id)

    async def mark_notice_retry(self, notice_id: int, error: str, when: datetime) -> None:
        await self.settle("notices", RETRY, "id = ?", error, self.d.ts(when), notice_id)

    async def mark_notice_failed(self, notice_id: int, error: str) -> None:
        await self.settle("notices", FAILED, "id = ?", error, notice_id)

    async def last_roundup(self, channel: ChannelRef) -> datetime | None:
        row = await self.q.one(
            "SELECT last_slot_at FROM channel_roundups WHERE channel = ?", str(channel)
        )
        return codec.parse_ts(row["last_slot_at"]) if row else None

    async def set_last_roundup(self, channel: ChannelRef, slot_at: datetime) -> None:
        row = {"channel": str(channel), "last_slot_at": self.d.ts(slot_at)}
        await self.upsert("channel_roundups", row, key="channel")

    async def claim_roundup(
        self, channel: ChannelRef, key: str, *, owner: str, now: datetime, lease_seconds: float
    ) -> tuple[str, list[Delivery]] | None:
        now_, until = self.d.ts(now), self.d.ts(now + timedelta(seconds=lease_seconds))
        ch = str(channel)
        async with self.tx() as c:
            await c.exec(
                "INSERT INTO channel_roundups (channel) VALUES (?) ON CONFLICT DO NOTHING", ch
            )
            if not await c.exec(
                "UPDATE channel_roundups SET lease_owner = ?, lease_until = ?"
                " WHERE channel = (SELECT channel FROM channel_roundups WHERE channel = ?"
                " AND (lease_until IS NULL OR lease_until <= ? OR lease_owner = ?)"
                f"{self.d.skip_locked})",
                owner, until, ch, now_, owner,
            ):
                return None
            row = await c.one(
                "SELECT d.roundup_key, r.claimed_at FROM deliveries d JOIN channel_roundups r"
                " ON r.channel = d.channel WHERE d.channel = ? AND d.status = 'held'"
                " AND d.roundup_key IS NOT NULL ORDER BY d.id LIMIT 1",
                ch,
            )
            since: datetime | None = None
            if row is not None:
                # An unfinished claim: its roundup may have been posted since it began.
                key = row["roundup_key"]
                since = codec.parse_ts(row["claimed_at"]) or now - timedelta(days=1)
            else:
                await c.exec(
                    "UPDATE deliveries SET roundup_key = ? WHERE channel = ? AND status = 'held'",
                    key, ch,
                )
                await c.exec(
                    "UPDATE channel_roundups SET claimed_at = ? WHERE channel = ?", now_, ch
                )
        rows = await self.deliveries(
            "d.status = 'held' AND d.channel = ? AND d.roundup_key = ?", ch, key, since=since
        )
        return key, rows

    async def finish_roundup(
        self, channel: ChannelRef, key: str, *, sent_ids: Sequence[int], message_id: str | None,
        slot_at: datetime | None, now: datetime,
    ) -> None:
        ch, now_ = str(channel), self.d.ts(now)
        cond, ids = self.d.any("id", sent_ids, "bigint")
        async with self.tx() as c:
            await c.exec(
                f"UPDATE deliveries SET {SENT} WHERE {cond} AND roundup_key = ?"
                " AND status = 'held'", message_id, now_, ids, key,
            )
            await c.exec(
                "UPDATE deliveries SET status = 'skipped', sent_at = ?,"
                " last_error = 'not among the top stories of its roundup'"
                " WHERE channel = ? AND roundup_key = ? AND status = 'held'",
                now_, ch, key,
            )
            await c.exec(
                f"UPDATE channel_roundups SET {UNLEASED}, last_slot_at = COALESCE(?, last_slot_at)"
                " WHERE channel = ?",
                self.d.ts(slot_at), ch,
            )
