"""feeds, subscriptions, channels and workspaces: the catalogue of sources, who follows what,
and each channel's and workspace's settings (stored as JSON, see codec.settings_json)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import datetime
from typing import TypeVar

from bot.core.types import (
    ChannelRef,
    ChannelSettings,
    Feed,
    FeedOptions,
    Filters,
    Subscription,
    WorkspaceSettings,
)
from bot.store import codec
from bot.store.sql import SQLBase

Settings = TypeVar("Settings", ChannelSettings, WorkspaceSettings)
# A feed as the catalogue reads it: its template memory (a few KB the poller alone needs, with
# the lease) left out, so that listing every feed (/healthz, /metrics) reads no blobs.
_FEEDS = "SELECT {}, NULL AS template_memory FROM feeds".format(
    ", ".join(f'"{f.name}"' for f in fields(Feed) if f.name != "template_memory")
)
_ENABLED = "SELECT * FROM subscriptions WHERE disabled_reason IS NULL AND"


class Catalog(SQLBase):
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
        return await self.q.one_as(Feed, f"{_FEEDS} WHERE id = ?", feed_id)

    async def find_feed(self, ref: str) -> Feed | None:
        ref = ref.strip()
        if ref.isdigit() and len(ref) < 19:  # larger would overflow a 64-bit id
            feed = await self.get_feed(int(ref))
            if feed:
                return feed
        return await self.q.one_as(
            Feed, f"{_FEEDS} WHERE url = ? OR lower(name) = lower(?) ORDER BY id LIMIT 1",
            ref, ref,
        )

    async def list_feeds(self) -> list[Feed]:
        return await self.q.all_as(Feed, f"{_FEEDS} ORDER BY id")

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
        return await self.q.all_as(Subscription, f"{_ENABLED} feed_id = ? ORDER BY id", feed_id)

    async def followers_of(
        self, feed_ids: Sequence[int]
    ) -> tuple[dict[int, list[Subscription]], dict[ChannelRef, ChannelSettings]]:
        subs: dict[int, list[Subscription]] = {i: [] for i in feed_ids}
        if not feed_ids:
            return subs, {}
        feeds, ids = self.d.any("feed_id", list(feed_ids), "bigint")
        for sub in await self.q.all_as(Subscription, f"{_ENABLED} {feeds} ORDER BY id", ids):
            subs[sub.feed_id].append(sub)
        channels = list(dict.fromkeys(s.channel for f in subs.values() for s in f))
        if not channels:
            return subs, {}
        where, names = self.d.any("channel", [str(c) for c in channels])
        rows = await self.q.all(f"SELECT channel, settings FROM channels WHERE {where}", names)
        stored = {r["channel"]: r["settings"] for r in rows}
        return subs, {c: codec.from_json(ChannelSettings, stored.get(str(c)), channel=c)
                      for c in channels}

    async def subscriptions_for_channel(self, channel: ChannelRef) -> list[Subscription]:
        return await self.q.all_as(
            Subscription, "SELECT * FROM subscriptions WHERE channel = ? ORDER BY id", str(channel)
        )

    async def set_filters(self, subscription_id: int, filters: Filters) -> None:
        await self._set_json(subscription_id, "filters", filters)

    async def set_options(self, subscription_id: int, options: FeedOptions) -> None:
        await self._set_json(subscription_id, "options", options)

    async def _set_json(self, subscription_id: int, column: str, value: Filters | FeedOptions
                        ) -> None:
        await self.write(f"UPDATE subscriptions SET {column} = ? WHERE id = ?",
                         codec.settings_json(value, defaults=False), subscription_id)

    async def disable_channel(self, channel: ChannelRef, reason: str) -> int:
        return await self.write(
            "UPDATE subscriptions SET disabled_reason = ? WHERE channel = ?", reason, str(channel)
        )

    async def channels(self) -> list[ChannelRef]:
        rows = await self.q.all("SELECT DISTINCT channel FROM subscriptions ORDER BY channel")
        return [ChannelRef.parse(r["channel"]) for r in rows]

    async def channel_settings(self, channel: ChannelRef) -> ChannelSettings:
        return await self._settings(ChannelSettings, "channels", "channel", channel)

    async def workspace_settings(self, workspace: str) -> WorkspaceSettings:
        return await self._settings(WorkspaceSettings, "workspaces", "workspace", workspace)

    async def _settings(
        self, cls: type[Settings], table: str, key: str, owner: ChannelRef | str
    ) -> Settings:
        """The owner's stored settings; defaults where none are stored (no row, no key)."""
        row = await self.q.one(f"SELECT settings FROM {table} WHERE {key} = ?", str(owner))
        return codec.from_json(cls, row and row["settings"], **{key: owner})

    async def save_channel_settings(self, settings: ChannelSettings) -> None:
        row = {"channel": str(settings.channel), "settings": codec.settings_json(settings)}
        await self.upsert("channels", row, key="channel")

    async def save_workspace_settings(self, settings: WorkspaceSettings) -> None:
        row = {"workspace": settings.workspace, "settings": codec.settings_json(settings)}
        await self.upsert("workspaces", row, key="workspace")

    async def set_channel_workspace(self, channel: ChannelRef, workspace: str) -> None:
        """Remember the workspace a channel belongs to (its alerts follow that workspace's
        settings). Writes only when it changed."""
        await self.upsert(
            "channels", {"channel": str(channel), "workspace": workspace,
                         "settings": codec.settings_json(ChannelSettings(channel=channel))},
            key="channel", update=["workspace"],
            where=" WHERE channels.workspace IS NULL OR channels.workspace <> excluded.workspace",
        )

    async def channel_workspace(self, channel: ChannelRef) -> str | None:
        row = await self.q.one("SELECT workspace FROM channels WHERE channel = ?", str(channel))
        return row["workspace"] if row else None
