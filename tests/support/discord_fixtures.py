"""Fixtures for the Discord adapter tests: the loopback fake, a real store, a started adapter.

Import the fixtures you use into the test module (`from tests.support.discord_fixtures import
fake, make_adapter`); pytest picks them up from the module namespace.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import discord
import pytest

from adapters.discord_adapter import DiscordAdapter, DiscordConfig
from bot.chat.commands import CommandHandler
from bot.core.settings import PollSettings
from bot.core.types import Article, ChannelRef, FetchResult, PlannedDelivery
from bot.ingest.schedule import plan_success
from bot.store import Store, open_store
from tests.support.fake_discord import APP_ID, FakeDiscord

TOKEN = "fake-bot-token"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@dataclass
class FakeApp:
    """The two things the adapter reads from bot.runtime.app.App, both real."""

    store: Store
    commands: CommandHandler


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    api, gateway = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    async with FakeDiscord(token=TOKEN) as server:
        yield server
    # The adapter reaches the fake through its own client, never through discord.py's globals
    # (which every other client in the process shares).
    assert (
        api, gateway
    ) == (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)


@pytest.fixture
async def app(tmp_path: Any) -> AsyncIterator[FakeApp]:
    store = await open_store(f"sqlite:///{tmp_path / 'nb.db'}")
    try:
        yield FakeApp(store=store, commands=CommandHandler(store, now=lambda: NOW))
    finally:
        await store.close()


MakeAdapter = Callable[..., Awaitable[DiscordAdapter]]


@pytest.fixture
async def make_adapter(fake: FakeDiscord, app: FakeApp) -> AsyncIterator[MakeAdapter]:
    started: list[DiscordAdapter] = []

    async def make(*, start: bool = True, **overrides: Any) -> DiscordAdapter:
        config = DiscordConfig(
            token=TOKEN, api_url=fake.api_url, gateway=False, sync_commands=False
        )
        adapter = DiscordAdapter(
            replace(config, **overrides), commands=app.commands.handle, catalog=app.store,
            clock=lambda: NOW,
        )
        if start:
            await adapter.start()
            started.append(adapter)
        return adapter

    yield make
    for adapter in started:
        await adapter.close()


async def seed_story(
    store: Store,
    channel: ChannelRef,
    title: str,
    *,
    summary: str = "",
    outlet: str = "Meridian Wire",
    deliver: bool = False,
) -> Article:
    """One stored, relevant article in a feed that `channel` follows (queued for it if
    `deliver`)."""
    feed, _ = await store.add_feed(f"https://{outlet.replace(' ', '').lower()}.example/feed")
    await store.subscribe(channel, feed.id)
    article = Article(
        key=title,
        story_key=hashlib.sha1(title.encode()).hexdigest()[:12],
        title=title,
        link="https://x.example/" + title.replace(" ", "-"),
        summary=summary or title + ".",
        text=title,
        outlet=outlet,
        relevance=0.9,
        reasons=("+ sanctions",),
        tags=("europe",),
        published=NOW - timedelta(hours=1),
    )
    update = plan_success(
        feed, FetchResult(url=feed.url, status=200, body=b""), NOW, PollSettings()
    )
    planned = [PlannedDelivery(channel, article.key, article.story_key)] if deliver else []
    await store.ingest(feed.id, update, [article], planned, NOW)
    return article


GUILD_ID = "1200000000000000001"
MANAGE_GUILD = str(1 << 5)


def option(name: str, value: Any, kind: int = 3, **extra: Any) -> dict[str, Any]:
    return {"type": kind, "name": name, "value": value, **extra}


def interaction(
    path: list[str],
    options: list[dict[str, Any]] | None = None,
    *,
    channel_id: str,
    permissions: str = "0",
    user_id: str = "1500000000000000001",
    kind: int = 2,
    interaction_id: str = "1400000000000000001",
    token: str = "interaction-token",
) -> dict[str, Any]:
    """An INTERACTION_CREATE payload for `/news <path…> <options>` from a guild member."""
    opts: list[dict[str, Any]] = options or []
    for i, name in enumerate(reversed(path)):
        opts = [{"type": 1 if i == 0 else 2, "name": name, "options": opts}]
    return {
        "id": interaction_id,
        "application_id": APP_ID,
        "type": kind,
        "token": token,
        "version": 1,
        "channel_id": channel_id,
        "guild_id": GUILD_ID,
        "channel": {
            "id": channel_id,
            "type": 0,
            "guild_id": GUILD_ID,
            "name": "news",
            "position": 0,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
            "topic": None,
            "rate_limit_per_user": 0,
        },
        "member": {
            "user": {
                "id": user_id,
                "username": "reader",
                "discriminator": "0",
                "avatar": None,
                "global_name": "Reader",
            },
            "roles": [],
            "permissions": permissions,
            "joined_at": "2026-01-01T00:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
        },
        "data": {
            "id": "1600000000000000001",
            "name": "news",
            "type": 1,
            "options": opts,
            "guild_id": GUILD_ID,
        },
        "locale": "en-US",
        "guild_locale": "en-US",
        "app_permissions": "0",
        "entitlements": [],
        "authorizing_integration_owners": {"0": GUILD_ID},
        "context": 0,
        "attachment_size_limit": 26214400,
    }
