"""The contenders of bench.pipeline, each run as `python -c` in a fresh process.

Kept apart from bench/pipeline.py (which imports the feed server, aiohttp's server side and
pytest) so that the measured process, and the pool workers it spawns, load only what
`newsbrief run` loads. Messages to the bench go to stdout, one JSON object a line:
{"phase": name} before a cycle, {"cycle": name, ...stats} after it, {"done": true} at the end.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from typing import Any

CYCLES = ("cold", "all_304", "one_new", "refill")
ITEMS = 20


def versions_for(cycle: str) -> int:
    """Feed version per cycle: same items (304), one new item, then a whole new page."""
    return {"cold": 0, "all_304": 0, "one_new": 1, "refill": 1 + ITEMS}[cycle]


def _say(**msg: Any) -> None:
    sys.stdout.write(json.dumps(msg) + "\n")
    sys.stdout.flush()


def _set_version(control: str, version: int) -> None:
    with urllib.request.urlopen(f"{control}/{version}", timeout=30) as r:
        r.read()


class NullAdapter:
    """A chat platform that accepts everything instantly (we measure the worker, not a chat)."""

    platform = "null"

    async def start(self) -> None: ...
    async def close(self) -> None: ...

    async def post(self, channel: Any, digest: Any, *, key: str, **options: Any) -> str:
        return key  # options: what newer dispatchers pass (`since`…); a sink ignores them

    async def answer(self, ctx: Any, reply: Any) -> None: ...
    async def report_error(self, channel: Any, message: str) -> None: ...


def ours(arg: str) -> None:
    """The full worker: the real App doing what `newsbrief run --once` does, once per cycle."""
    args = json.loads(arg)
    asyncio.run(_ours(args["urls"], args["control"]))


async def _ours(urls: list[str], control: str) -> None:
    from bot.core.settings import load_settings
    from bot.core.types import ChannelRef
    from bot.runtime.app import App

    now = [datetime.now(UTC)]
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(
            database_url=f"sqlite:///{tmp}/pipeline.db", allow_private_networks=True,
            log_level="WARNING", poll={"batch": len(urls), "jitter": 0.05},
        )
        async with App(settings, adapters={"null": NullAdapter()}, clock=lambda: now[0]) as app:
            for url in urls:
                feed, _ = await app.store.add_feed(url)
                await app.store.subscribe(ChannelRef("null", "sink"), feed.id)
            for cycle in CYCLES:
                await asyncio.to_thread(_set_version, control, versions_for(cycle))
                _say(phase=cycle)
                started = time.perf_counter()
                polled, sent = await app.run_once()
                _say(cycle=cycle, wall_s=round(time.perf_counter() - started, 2),
                     fetched=polled.fetched, not_modified=polled.not_modified,
                     errors=polled.errors, new_articles=polled.new_articles, sent=sent.sent,
                     backlog=getattr(polled, "backlog", 0),  # stored as seen, not built
                     lock_s=round(getattr(polled, "lock_seconds", 0.0), 2))
                now[0] += timedelta(minutes=11)
    _say(done=True)


def reader(arg: str) -> None:
    """lemon24/reader on the same feeds: fetch, parse and store, nothing more."""
    from reader import make_reader

    args = json.loads(arg)
    r = make_reader(":memory:")
    for url in args["urls"]:
        r.add_feed(url)
    for cycle in CYCLES:
        _set_version(args["control"], versions_for(cycle))
        before = r.get_entry_counts().total
        _say(phase=cycle)
        started = time.perf_counter()
        r.update_feeds(workers=16, scheduled=False)
        wall = time.perf_counter() - started
        _say(cycle=cycle, wall_s=round(wall, 2),
             new_articles=r.get_entry_counts().total - before)
    r.close()
    _say(done=True)


def pg_worker(arg: str) -> None:
    """One of several workers sharing a PostgreSQL schema: lease batches until none is due."""
    args = json.loads(arg)
    asyncio.run(_pg_worker(args["url"], args["batch"], args["go"]))


async def _pg_worker(url: str, batch: int, go: str) -> None:
    from pathlib import Path

    from bot.core.settings import load_settings
    from bot.runtime.app import App

    settings = load_settings(database_url=url, allow_private_networks=True, log_level="WARNING",
                             poll={"batch": batch})
    async with App(settings, adapters={"null": NullAdapter()}) as app:
        _say(ready=True)
        while not await asyncio.to_thread(Path(go).exists):  # noqa: ASYNC110 - another process
            await asyncio.sleep(0.05)  # every worker has started its App: the race begins
        started = time.time()
        cpu = _cpu()
        feeds = articles = 0
        locked = 0.0
        while True:
            stats = await app.poller.run_cycle()
            if not stats.feeds:
                break
            feeds, articles = feeds + stats.feeds, articles + stats.new_articles
            locked += getattr(stats, "lock_seconds", 0.0)
    # CPU seconds of this worker and its pool processes (reaped when the App closed): on a
    # shared machine a steadier figure than the wall time.
    _say(done=True, start=started, end=time.time(), feeds=feeds, articles=articles,
         lock_s=locked, cpu_s=round(_cpu() - cpu, 2))


def _cpu() -> float:
    import resource

    own, children = (resource.getrusage(w) for w in (resource.RUSAGE_SELF,
                                                     resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
