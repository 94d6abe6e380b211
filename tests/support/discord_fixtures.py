"""Fixtures for the Discord adapter tests: the loopback fake, a real store, a started adapter.

Import the fixtures you use into the test module (`from tests.support.discord_fixtures import
fake, make_adapter`); pytest picks them up from the module namespace.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import discord
import pytest

from adapters.discord_adapter import DiscordAdapter, DiscordConfig
from bot.commands import CommandHandler
from bot.store import Store, open_store
from tests.support.fake_discord import FakeDiscord

TOKEN = "fake-bot-token"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@dataclass
class FakeApp:
    """The two things the adapter reads from bot.app.App, both real."""

    store: Store
    commands: CommandHandler


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(token=TOKEN) as server:
        # The adapter sets these class attributes from its api_url; restore them afterwards.
        monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
        monkeypatch.setattr(
            discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY",
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY,
        )
        yield server


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
        config = DiscordConfig(token=TOKEN, api_url=fake.api_url, gateway=False,
                               sync_commands=False)
        adapter = DiscordAdapter(replace(config, **overrides), app, clock=lambda: NOW)
        if start:
            await adapter.start()
            started.append(adapter)
        return adapter

    yield make
    for adapter in started:
        await adapter.close()
