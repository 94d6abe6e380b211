"""channel_roundups: each roundup channel's last slot and the lease of its next post."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from bot.core.types import ChannelRef, Delivery
from bot.store import codec
from bot.store.sql import SENT, UNLEASED
from bot.store.tables.outbox import Outbox


class Roundups(Outbox):
    async def last_roundup(self, channel: ChannelRef) -> datetime | None:
        row = await self.q.one(
            "SELECT last_slot_at FROM channel_roundups WHERE channel = ?", str(channel)
        )
        return codec.parse_ts(row["last_slot_at"]) if row else None

    async def set_last_roundup(self, channel: ChannelRef, slot_at: datetime) -> None:
        await self.write(
            "INSERT INTO channel_roundups (channel, last_slot_at) VALUES (?, ?)"
            " ON CONFLICT (channel) DO UPDATE SET last_slot_at = excluded.last_slot_at",
            str(channel), self.d.ts(slot_at),
        )

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
