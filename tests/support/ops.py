"""Helpers for the operations tests (web, metrics, doctor, OPML): a loopback feed server,
settings on a temp database, and a do-nothing chat adapter that mounts a web route."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from bot.core.settings import Settings, load_settings
from bot.core.types import ChannelRef, CommandContext, Digest, Reply

SECRET_ENV = (
    "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "DISCORD_TOKEN",
    "DISCORD_PUBLIC_KEY", "DISCORD_APPLICATION_ID", "PORT",
)

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Ops Wire</title><link>https://wire.example/</link>
<item><title>Foreign ministers meet in Geneva on ceasefire talks</title>
<link>https://wire.example/a</link><guid>a</guid>
<description>Foreign ministers met in Geneva on Tuesday to discuss a ceasefire and sanctions.
The talks, brokered by the United Nations, ended without agreement.</description></item>
<item><title>Embassy reopens after diplomatic row</title>
<link>https://wire.example/b</link><guid>b</guid>
<description>The embassy reopened on Monday after a diplomatic row between the two governments
over sanctions. Diplomats said relations would be restored.</description></item>
<item><title>Local football club wins cup</title>
<link>https://wire.example/c</link><guid>c</guid>
<description>The football club won the cup final on Saturday in front of a home crowd.</description>
</item></channel></rss>"""


def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see the developer's own NEWSBRIEF_* settings or tokens."""
    import os

    for name in list(os.environ):
        if name.startswith("NEWSBRIEF_") or name in SECRET_ENV:
            monkeypatch.delenv(name)


def make_settings(tmp_path: Path, **overrides: Any) -> Settings:
    overrides.setdefault("database_url", f"sqlite:///{tmp_path / 'newsbrief.db'}")
    overrides.setdefault("allow_private_networks", True)
    return load_settings(**overrides)


@contextlib.asynccontextmanager
async def serve(routes: dict[str, tuple[int, bytes]]) -> AsyncIterator[str]:
    """Serve fixed `path → (status, body)` on 127.0.0.1; yields the base URL (no slash)."""
    app = web.Application()
    for path, (status, body) in routes.items():

        async def handler(_: web.Request, status: int = status, body: bytes = body) -> web.Response:
            return web.Response(status=status, body=body, content_type="application/rss+xml")

        app.router.add_get(path, handler)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    try:
        yield f"http://{host}:{port}"
    finally:
        await runner.cleanup()


@dataclass
class QuietAdapter:
    """Accepts posts without showing them; mounts `/quiet/ping` to prove routes get mounted."""

    platform: str = "console"
    posts: list[tuple[ChannelRef, Digest, str]] = field(default_factory=list)
    posted: asyncio.Event = field(default_factory=asyncio.Event)

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    async def post(
        self, channel: ChannelRef, digest: Digest, *, key: str, since: datetime | None = None
    ) -> str:
        self.posts.append((channel, digest, key))
        self.posted.set()
        return f"m{len(self.posts)}"

    async def answer(self, ctx: CommandContext, reply: Reply) -> None:
        return None

    async def report_error(self, channel: ChannelRef, message: str) -> None:
        return None

    def web_routes(self) -> list[web.RouteDef]:
        async def ping(_: web.Request) -> web.Response:
            return web.Response(text="pong")

        return [web.get("/quiet/ping", ping)]
