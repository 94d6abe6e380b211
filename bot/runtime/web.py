"""`newsbrief web`: the HTTP side of a deployment.

    GET  /healthz     liveness + readiness as JSON; 503 when not ready
    GET  /metrics     Prometheus text format (this app's own registry)
    ...               every configured adapter's `web_routes()` (/slack/events, …)

Web and worker are separate processes by default (Procfile `web` and `worker`), so slow polls
never delay a 3-second Slack/Discord acknowledgement. `--with-worker` runs the poll-and-deliver
loop in the same process for single-dyno deployments; then /metrics also shows the worker's
fetch/parse/delivery counters (in split mode those live in the worker process, and /metrics on
the web process shows queue depth, event-loop lag and the last successful poll from the store).
SIGHUP re-reads the settings file (bot/runtime/reload.py).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal
from collections.abc import AsyncIterator, Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST

from bot.core.adapter import HasWebRoutes
from bot.core.errors import ConfigError
from bot.core.metrics import monitor_loop_lag

log = logging.getLogger(__name__)

APP_KEY: web.AppKey[Any] = web.AppKey("newsbrief_app", object)
_MAX_AGE: web.AppKey[float] = web.AppKey("max_poll_age", float)
_STARTED: web.AppKey[datetime] = web.AppKey("started_at", datetime)
DB_TIMEOUT = 2.0  # seconds: a health probe must answer well inside the platform's timeout


@dataclass(frozen=True, slots=True)
class Readiness:
    ready: bool
    database: str  # "ok" or the error
    last_poll: str | None  # ISO time of the last successful fetch, if any
    last_poll_age: float | None  # seconds
    reason: str | None  # why not ready


def readiness(
    *,
    now: datetime,
    db_error: str | None,
    last_poll: datetime | None,
    started_at: datetime,
    max_poll_age: float,
    has_feeds: bool,
) -> Readiness:
    """Pure: ready when the database answers and feeds were fetched recently. A fresh process
    gets `max_poll_age` of grace before "never polled" counts as stale."""
    age = (now - last_poll).total_seconds() if last_poll else None
    reason = None
    if db_error is not None:
        reason = f"database unreachable: {db_error}"
    elif has_feeds:
        reference = age if age is not None else (now - started_at).total_seconds()
        if reference > max_poll_age:
            reason = (
                f"no successful poll for {int(reference)}s (limit {int(max_poll_age)}s): "
                "is the worker running?"
            )
    return Readiness(
        ready=reason is None,
        database="ok" if db_error is None else db_error,
        last_poll=last_poll.isoformat() if last_poll else None,
        last_poll_age=round(age, 1) if age is not None else None,
        reason=reason,
    )


async def check_readiness(app: Any, *, max_poll_age: float, started_at: datetime) -> Readiness:
    db_error: str | None = None
    last: datetime | None = app.last_poll_ok
    has_feeds = False
    try:
        async with asyncio.timeout(DB_TIMEOUT):
            await app.store.schema_version()
            # The store knows the worker's progress even when the worker is another process.
            feeds = await app.store.list_feeds()
        has_feeds = any(f.disabled_reason is None for f in feeds)
        stored = [f.last_success_at for f in feeds if f.last_success_at]
        if stored:
            last = max([*stored, *([last] if last else [])])
    except TimeoutError:
        db_error = f"no answer within {DB_TIMEOUT:g}s"
    except Exception as e:  # any failure here is exactly what the probe reports
        db_error = str(e) or type(e).__name__
    return readiness(
        now=app.clock(), db_error=db_error, last_poll=last, started_at=started_at,
        max_poll_age=max_poll_age, has_feeds=has_feeds,
    )


async def _healthz(request: web.Request) -> web.Response:
    app = request.app[APP_KEY]
    state = await check_readiness(
        app, max_poll_age=request.app[_MAX_AGE], started_at=request.app[_STARTED]
    )
    body = {"live": True, **asdict(state)}
    return web.json_response(body, status=200 if state.ready else 503)


async def _metrics(request: web.Request) -> web.Response:
    app = request.app[APP_KEY]
    try:
        await app.metrics.refresh_queue(app.store)
        # As /healthz does: the last successful poll is read from the database, so a web
        # process beside a separate worker reports the worker's progress, not 0.
        stored = [f.last_success_at for f in await app.store.list_feeds() if f.last_success_at]
        own = [app.last_poll_ok] if app.last_poll_ok else []
        if stored or own:
            app.metrics.last_poll_ok.set(max([*stored, *own]).timestamp())
    except Exception as e:  # a scrape still shows everything else when the DB is down
        log.warning("queue depth unavailable", extra={"error": str(e)})
    return web.Response(body=app.metrics.render(), headers={"Content-Type": CONTENT_TYPE_LATEST})


def make_web_app(
    app: Any, *, max_poll_age: float | None = None, lag_interval: float | None = 1.0
) -> web.Application:
    """The aiohttp application for a started `App`. `lag_interval=None` skips the lag monitor."""
    web_app = web.Application()
    web_app[APP_KEY] = app
    web_app[_MAX_AGE] = max_poll_age or 3.0 * app.settings.poll.interval
    web_app[_STARTED] = app.clock()
    web_app.router.add_get("/healthz", _healthz)
    web_app.router.add_get("/metrics", _metrics)
    for name, adapter in app.adapters.items():
        if not isinstance(adapter, HasWebRoutes):
            continue
        try:
            web_app.router.add_routes(adapter.web_routes())
        except ConfigError as e:
            # e.g. Discord without DISCORD_PUBLIC_KEY: its gateway still works, and health and
            # metrics must not go down with one adapter's endpoint. `doctor` flags it too.
            log.error("adapter routes not mounted", extra={"adapter": name, "error": str(e)})
            continue
        log.info("adapter routes mounted", extra={"adapter": name})
    if lag_interval is not None:

        async def lag_monitor(_: web.Application) -> AsyncIterator[None]:
            task = asyncio.create_task(monitor_loop_lag(app.metrics, interval=lag_interval))
            yield
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

        web_app.cleanup_ctx.append(lag_monitor)
    return web_app


async def serve(
    app: Any,
    *,
    host: str,
    port: int,
    stop: asyncio.Event,
    with_worker: bool = False,
    max_poll_age: float | None = None,
    started: asyncio.Event | None = None,
) -> None:
    """Serve until `stop` is set; with `with_worker`, also run the poll-and-deliver loop."""
    runner = web.AppRunner(make_web_app(app, max_poll_age=max_poll_age))
    await runner.setup()
    worker: asyncio.Task[None] | None = None
    try:
        site = web.TCPSite(runner, host, port)
        try:
            await site.start()
        except OSError as e:
            raise ConfigError(f"cannot listen on {host}:{port}: {e.strerror or e}") from e
        log.info("web server listening", extra={"host": host, "port": port,
                                                "with_worker": with_worker})
        if with_worker:
            worker = asyncio.create_task(app.run_forever(stop))
        if started is not None:
            started.set()
        await stop.wait()
    finally:
        if worker is not None:
            if not stop.is_set():  # cancelled (a stop signal): the worker's cycle is cancelled too
                worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await worker  # run_forever returns once `stop` is set
        await runner.cleanup()


def web_only(settings: Any) -> Any:
    """Settings for a web process beside a separate worker: the worker owns the Discord gateway
    and registers slash commands, so this process must not open a second gateway session
    (both would receive, and race to answer, every command)."""
    discord = getattr(settings, "discord", None)
    if discord is None:
        return settings
    off = discord.model_copy(update={"gateway": False, "sync_commands": False})
    return settings.model_copy(update={"discord": off})


def default_port() -> int:
    """`$PORT` (Heroku, Render, Fly…) or 8080."""
    raw = os.environ.get("PORT", "8080")
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"PORT must be a number, got {raw!r}") from None


async def cli_web(
    args: argparse.Namespace, settings: Any, reload: Callable[[], Any] | None = None
) -> int:
    """`reload` re-reads the settings; given, SIGHUP applies them (see bot/runtime/reload.py)."""
    from bot.runtime.app import App
    from bot.runtime.reload import reload_settings

    if not args.with_worker:
        settings = web_only(settings)
        if reload is not None:
            load = reload
            reload = lambda: web_only(load())  # noqa: E731 - compare like with like on SIGHUP
    async with App(settings) as app:
        stop = asyncio.Event()  # SIGINT/SIGTERM cancel this command (bot/cli/main.py)
        loop = asyncio.get_running_loop()
        reloads: set[asyncio.Task[Any]] = set()  # keep references until each finishes
        if reload is not None and hasattr(signal, "SIGHUP"):

            def on_hup() -> None:
                task = asyncio.create_task(reload_settings(app, reload))
                reloads.add(task)
                task.add_done_callback(reloads.discard)

            loop.add_signal_handler(signal.SIGHUP, on_hup)
        await serve(
            app, host=args.host, port=args.port if args.port is not None else default_port(),
            stop=stop, with_worker=args.with_worker, max_poll_age=args.max_poll_age,
        )
        for task in list(reloads):
            await task
    return 0
