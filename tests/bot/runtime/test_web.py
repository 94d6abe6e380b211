"""/healthz readiness, adapter routes, and the real server with --with-worker."""

from __future__ import annotations

import asyncio
import socket
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
import pytest

from bot.core.types import ChannelRef
from bot.runtime.app import App
from bot.runtime.web import make_web_app, readiness, serve
from tests.support.ops import RSS, QuietAdapter, clean_env, make_settings
from tests.support.ops import serve as serve_feeds

WORLD = ChannelRef("console", "world")
T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    clean_env(monkeypatch)


@pytest.mark.parametrize(
    ("db_error", "last_poll", "started", "has_feeds", "ready", "why"),
    [
        (None, T0 - timedelta(minutes=5), T0 - timedelta(hours=5), True, True, None),
        (None, T0 - timedelta(hours=2), T0 - timedelta(hours=5), True, False, "no successful"),
        (None, None, T0 - timedelta(minutes=5), True, True, None),  # grace after start
        (None, None, T0 - timedelta(hours=2), True, False, "is the worker running"),
        (None, None, T0 - timedelta(hours=2), False, True, None),  # nothing to poll
        ("disk I/O error", T0, T0, True, False, "database unreachable: disk I/O error"),
    ],
)
def test_readiness_table(db_error, last_poll, started, has_feeds, ready, why) -> None:
    r = readiness(now=T0, db_error=db_error, last_poll=last_poll, started_at=started,
                  max_poll_age=1800, has_feeds=has_feeds)
    assert r.ready is ready
    assert (r.reason is None) if why is None else (why in r.reason)


async def test_healthz_ready_then_not_ready(tmp_path: Path, aiohttp_client) -> None:
    settings = make_settings(tmp_path)
    async with serve_feeds({"/f.xml": (200, RSS)}) as base:
        with ThreadPoolExecutor(1) as pool:
            async with App(settings, adapters={"console": QuietAdapter()}, executor=pool) as app:
                feed, _ = await app.store.add_feed(base + "/f.xml", trusted=True)
                await app.store.subscribe(WORLD, feed.id)
                await app.run_once()
                client = await aiohttp_client(
                    make_web_app(app, max_poll_age=600, lag_interval=None)
                )
                resp = await client.get("/healthz")
                body = await resp.json()
                assert resp.status == 200, body
                assert body["live"] and body["ready"] and body["database"] == "ok"
                assert body["last_poll_age"] is not None and body["last_poll_age"] < 600

                # An hour later with no poll: stale, 503 with the reason.
                app.clock = lambda: datetime.now(UTC) + timedelta(hours=1)
                resp = await client.get("/healthz")
                body = await resp.json()
                assert resp.status == 503
                assert body["live"] is True and body["ready"] is False
                assert "is the worker running" in body["reason"]

                # Database gone: 503 naming the database.
                app.clock = lambda: datetime.now(UTC)
                store = app.store
                await store.close()
                resp = await client.get("/healthz")
                body = await resp.json()
                assert resp.status == 503
                assert body["reason"].startswith("database unreachable")
                await store.open()


async def test_adapter_routes_are_mounted(tmp_path: Path, aiohttp_client) -> None:
    with ThreadPoolExecutor(1) as pool:
        async with App(make_settings(tmp_path), adapters={"console": QuietAdapter()},
                       executor=pool) as app:
            client = await aiohttp_client(make_web_app(app, lag_interval=None))
            resp = await client.get("/quiet/ping")
            assert resp.status == 200 and await resp.text() == "pong"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_serve_with_worker_polls_and_answers(tmp_path: Path) -> None:
    """The real server on a real port; the worker loop delivers while /healthz answers."""
    quiet = QuietAdapter()
    port = _free_port()
    async with serve_feeds({"/f.xml": (200, RSS)}) as base:
        with ThreadPoolExecutor(1) as pool:
            async with App(make_settings(tmp_path), adapters={"console": quiet},
                           executor=pool) as app:
                feed, _ = await app.store.add_feed(base + "/f.xml", trusted=True)
                await app.store.subscribe(WORLD, feed.id)
                stop, started = asyncio.Event(), asyncio.Event()
                server = asyncio.create_task(serve(
                    app, host="127.0.0.1", port=port, stop=stop, with_worker=True,
                    started=started,
                ))
                async with asyncio.timeout(20):
                    await started.wait()
                    async with aiohttp.ClientSession() as http:
                        await quiet.posted.wait()  # the worker's first cycle delivered
                        async with http.get(f"http://127.0.0.1:{port}/healthz") as resp:
                            assert resp.status == 200
                            assert (await resp.json())["ready"] is True
                    stop.set()
                    await server
    assert quiet.posts


async def test_port_in_use_is_one_clear_error(tmp_path: Path) -> None:
    from bot.core.errors import ConfigError

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with ThreadPoolExecutor(1) as pool:
            async with App(make_settings(tmp_path), adapters={"console": QuietAdapter()},
                           executor=pool) as app:
                with pytest.raises(ConfigError, match=f"cannot listen on 127.0.0.1:{port}"):
                    await serve(app, host="127.0.0.1", port=port, stop=asyncio.Event())


def test_bad_port_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.core.errors import ConfigError
    from bot.runtime.web import default_port

    monkeypatch.setenv("PORT", "eighty")
    with pytest.raises(ConfigError, match="PORT must be a number"):
        default_port()
    monkeypatch.setenv("PORT", "5001")
    assert default_port() == 5001


async def test_an_adapter_whose_routes_need_config_does_not_take_health_down(
    tmp_path: Path, aiohttp_client
) -> None:
    from bot.core.errors import ConfigError

    class NoKeyAdapter(QuietAdapter):
        def web_routes(self):  # type: ignore[no-untyped-def]
            raise ConfigError("DISCORD_PUBLIC_KEY is not set")

    with ThreadPoolExecutor(1) as pool:
        async with App(make_settings(tmp_path), adapters={"console": NoKeyAdapter()},
                       executor=pool) as app:
            client = await aiohttp_client(make_web_app(app, lag_interval=None))
            assert (await client.get("/healthz")).status == 200
            assert (await client.get("/quiet/ping")).status == 404


def test_web_only_process_leaves_the_gateway_to_the_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.runtime.web import web_only

    monkeypatch.setenv("NEWSBRIEF_DISCORD__GATEWAY", "true")
    settings = make_settings(tmp_path)
    assert settings.discord.gateway is True
    web = web_only(settings)
    assert web.discord.gateway is False and web.discord.sync_commands is False
    assert web.database_url == settings.database_url and web.poll == settings.poll


async def test_metrics_last_poll_agrees_with_healthz_in_a_separate_web_process(
    tmp_path: Path, aiohttp_client
) -> None:
    """The web process polls nothing itself: /metrics reads the worker's last poll from the
    database, as /healthz does, instead of saying 0."""
    settings = make_settings(tmp_path)
    async with serve_feeds({"/f.xml": (200, RSS)}) as base:
        with ThreadPoolExecutor(1) as pool:
            async with App(settings, adapters={"console": QuietAdapter()}, executor=pool) as worker:
                feed, _ = await worker.store.add_feed(base + "/f.xml", trusted=True)
                await worker.store.subscribe(WORLD, feed.id)
                await worker.run_once()
            async with App(settings, adapters={"console": QuietAdapter()}, executor=pool) as web_:
                client = await aiohttp_client(make_web_app(web_, lag_interval=None))
                health = await (await client.get("/healthz")).json()
                text = await (await client.get("/metrics")).text()
    line = next(x for x in text.splitlines()
                if x.startswith("newsbrief_last_successful_poll_timestamp_seconds "))
    value = float(line.split()[1])
    assert value > 0
    polled = datetime.fromisoformat(health["last_poll"]).timestamp()
    assert abs(value - polled) < 1
