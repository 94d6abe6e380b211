"""subscriptions and channels: which channel follows which feed, and each channel's settings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.core.types import (
    ChannelRef,
    ChannelSettings,
    FeedOptions,
    Filters,
    Subscription,
    WorkspaceSettings,
)
from bot.store import codec
from bot.store.sql import SQLBase


class Subscriptions(SQLBase):
    async def subscribe(
        self, channel: ChannelRef, feed_id: int, filters: Filters | None = None
    ) -> tuple[Subscription, bool]:
        key = (str(channel), feed_id)
        async with self.tx() as c:
            prev = await c.one(
                "SELECT disabled_reason FROM subscriptions WHERE channel = ? AND feed_id = ?", *key
            )
            row = await c.one(
                "INSERT INTO subscriptions (channel, feed_id, filters, created_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (channel, feed_id) DO UPDATE SET"
                " disabled_reason = NULL,"
                " filters = CASE WHEN ? THEN excluded.filters ELSE subscriptions.filters END"
                " RETURNING *",
                *key, codec.settings_json(filters or Filters(), defaults=False),
                self.d.ts(datetime.now().astimezone()), filters is not None,
            )
        assert row is not None
        # A re-subscribe re-enables a subscription that was disabled (channel came back).
        created = prev is None or prev["disabled_reason"] is not None
        return codec.from_row(Subscription, row), created

    async def unsubscribe(self, channel: ChannelRef, feed_id: int) -> bool:
        return await self.write(
            "DELETE FROM subscriptions WHERE channel = ? AND feed_id = ?", str(channel), feed_id
        ) > 0

    async def subscriptions_for_feed(self, feed_id: int) -> list[Subscription]:
        return await self.q.all_as(
            Subscription,
            "SELECT * FROM subscriptions WHERE feed_id = ? AND disabled_reason IS NULL ORDER BY id",
            feed_id,
        )

    async def followers_of(
        self, feed_ids: Sequence[int]
    ) -> tuple[dict[int, list[Subscription]], dict[ChannelRef, ChannelSettings]]:
        subs: dict[int, list[Subscription]] = {i: [] for i in feed_ids}
        if not feed_ids:
            return subs, {}
        feeds, ids = self.d.any("feed_id", list(feed_ids), "bigint")
        for sub in await self.q.all_as(
            Subscription,
            f"SELECT * FROM subscriptions WHERE {feeds} AND disabled_reason IS NULL ORDER BY id",
            ids,
        ):
            subs[sub.feed_id].append(sub)
        channels = list(dict.fromkeys(s.channel for f in subs.values() for s in f))
        if not channels:
            return subs, {}
        where, names = self.d.any("channel", [str(c) for c in channels])
        rows = await self.q.all(f"SELECT channel, settings FROM channels WHERE {where}", names)
        stored = {r["channel"]: r["settings"] for r in rows}
        # A channel never configured (no row) gets the defaults.
        return subs, {c: codec.from_json(ChannelSettings, stored.get(str(c)), channel=c)
                      for c in channels}

    async def subscriptions_for_channel(self, channel: ChannelRef) -> list[Subscription]:
        return await self.q.all_as(
            Subscription, "SELECT * FROM subscriptions WHERE channel = ? ORDER BY id", str(channel)
        )

    async def set_filters(self, subscription_id: int, filters: Filters) -> None:
        await self.write(
            "UPDATE subscriptions SET filters = ? WHERE id = ?",
            codec.settings_json(filters, defaults=False), subscription_id,
        )

    async def set_options(self, subscription_id: int, options: FeedOptions) -> None:
        await self.write(
            "UPDATE subscriptions SET options = ? WHERE id = ?",
            codec.settings_json(options, defaults=False), subscription_id,
        )

    async def workspace_settings(self, workspace: str) -> WorkspaceSettings:
        row = await self.q.one("SELECT settings FROM workspaces WHERE workspace = ?", workspace)
        return codec.from_json(WorkspaceSettings, row and row["settings"], workspace=workspace)

    async def save_workspace_settings(self, settings: WorkspaceSettings) -> None:
        await self.write(
            "INSERT INTO workspaces (workspace, settings) VALUES (?, ?)"
            " ON CONFLICT (workspace) DO UPDATE SET settings = excluded.settings",
            settings.workspace, codec.settings_json(settings),
        )

    async def set_channel_workspace(self, channel: ChannelRef, workspace: str) -> None:
        """Remember the workspace a channel belongs to (its alerts follow that workspace's
        settings). Writes only when it changed."""
        await self.write(
            "INSERT INTO channels (channel, settings, workspace) VALUES (?, ?, ?)"
            " ON CONFLICT (channel) DO UPDATE SET workspace = excluded.workspace"
            " WHERE channels.workspace IS NULL OR channels.workspace <> excluded.workspace",
            str(channel), codec.settings_json(ChannelSettings(channel=channel)),
            workspace,
        )

    async def channel_workspace(self, channel: ChannelRef) -> str | None:
        row = await self.q.one("SELECT workspace FROM channels WHERE channel = ?", str(channel))
        return row["workspace"] if row else None

    async def disable_channel(self, channel: ChannelRef, reason: str) -> int:
        return await self.write(
            "UPDATE subscriptions SET disabled_reason = ? WHERE channel = ?", reason, str(channel)
        )

    async def channel_settings(self, channel: ChannelRef) -> ChannelSettings:
        row = await self.q.one("SELECT settings FROM channels WHERE channel = ?", str(channel))
        return codec.from_json(ChannelSettings, row and row["settings"], channel=channel)

    async def save_channel_settings(self, settings: ChannelSettings) -> None:
        await self.write(
            "INSERT INTO channels (channel, settings) VALUES (?, ?)"
            " ON CONFLICT (channel) DO UPDATE SET settings = excluded.settings",
            str(settings.channel), codec.settings_json(settings),
        )

    async def channels(self) -> list[ChannelRef]:
        rows = await self.q.all("SELECT DISTINCT channel FROM subscriptions ORDER BY channel")
        return [ChannelRef.parse(r["channel"]) for r in rows]
