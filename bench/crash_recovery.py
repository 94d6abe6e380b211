"""Crash recovery: a real `python -m bot run` is killed (SIGKILL, its whole process group) at the
worst moments, restarted at once, and timed until it delivers again.

Two kill points, each with the worker holding leases when it dies:
- *during a feed fetch* (the loopback feed answers after 1 s): the dead worker holds the feed's
  lease; timed from the restart to the post of the item published while it was down;
- *during a post* (the fake Slack stores the message, then answers after 1 s): the dead worker
  holds the outbox row; timed from the restart until every row is recorded as sent (the row in
  flight must be found on Slack, not posted again: duplicates are counted).

For scale, the first start of the same worker with nothing to recover (imports, database,
parse pool, one slow fetch, one post) is timed too: a restart cannot beat it.

Baseline in the same run ("before"): the worker cannot hold a name (its lock directory next to
the SQLite file is unusable), so it runs as `host:pid`, a new name each life, exactly as every
worker did before names were held: the dead life's leases must expire (feeds 3 × fetch timeout
+ 60 s = 120 s, deliveries 120 s). "After": the default, a held `host#N` name.

    python -m bench.crash_recovery [--quick] [--trials 2]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.store import make_store
from tests.support.fake_slack import BOT_TOKEN, SIGNING_SECRET, FakeSlack
from tests.support.mini_feeds import distinct_items
from tests.support.pg import PG_URL

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "crash_recovery.json"
CHANNEL = "C0CRASH"
SLOW = 1.0  # seconds the feed and Slack take to answer: the window the kills land in
WAIT = 240.0  # seconds before a measurement gives up (the baseline needs ~120)


class SlowFeed:
    """A feed that answers after SLOW seconds and says when a fetch is in flight."""

    def __init__(self) -> None:
        self.titles: list[str] = []
        self.fetching = asyncio.Event()

    def publish(self) -> str:
        # Titles that share no story words: similar ones would (rightly) become one story.
        title = distinct_items(0, len(self.titles) + 1)[-1].title
        self.titles.append(title)
        return title

    async def handle(self, request: web.Request) -> web.Response:
        self.fetching.set()
        await asyncio.sleep(SLOW)
        now = format_datetime(datetime.now(UTC))
        items = "".join(
            f"<item><title>{t}</title><guid>g{i}</guid><link>https://wire.example/{i}</link>"
            f"<pubDate>{now}</pubDate><description>{t}, the ministry said. Talks go on "
            f"(case {i}).</description></item>"
            for i, t in enumerate(self.titles)
        )
        body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}'
        return web.Response(body=body + "</channel></rss>", content_type="application/rss+xml")


@contextlib.asynccontextmanager
async def serve(feed: SlowFeed) -> AsyncIterator[str]:
    app = web.Application()
    app.router.add_get("/feed.xml", feed.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    try:
        yield f"http://{host}:{port}/feed.xml"
    finally:
        await runner.cleanup()


async def _until(check: Callable[[], Any], within: float | None = None) -> float:
    """Seconds until `check()` is true (it polls another process's effects)."""
    start = time.monotonic()
    async with asyncio.timeout(within or WAIT):
        while not await _value(check()):  # noqa: ASYNC110 - another process's effects
            await asyncio.sleep(0.02)
    return time.monotonic() - start


async def _value(v: Any) -> Any:
    return await v if asyncio.iscoroutine(v) else v


class Worker:
    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env, self.log = env, log
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        with self.log.open("ab") as out:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", cwd=ROOT, env=self.env,
                stdout=out, stderr=out, start_new_session=True,
            )

    async def kill(self) -> None:
        if self.proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        await self.proc.wait()
        self.proc = None


async def trial(db_url: str, tmp: Path, *, held: bool) -> dict[str, float]:
    feed, slack = SlowFeed(), await FakeSlack().start()
    slack.post_delay = (SLOW, SLOW)
    posted = lambda: {m["blocks"][0]["text"]["text"] for m in slack.history.get(CHANNEL, [])}  # noqa: E731
    if not held and db_url.startswith("sqlite:"):
        # A file where the lock directory would go: no name can be held.
        Path(db_url.removeprefix("sqlite:///") + ".workers").write_text("")  # noqa: ASYNC240
    async with serve(feed) as url:
        config = tmp / "nb.toml"
        config.write_text(
            'adapters = ["slack"]\nallow_private_networks = true\nlog_level = "WARNING"\n'
            '[poll]\ninterval = 1\nmin_interval = 1\njitter = 0\nfirst_poll_items = 100\n'
            'first_poll_channel_items = 100000\n'
            '[slack]\nmessages_per_second = 10\n'
            f'[[feeds]]\nurl = "{url}"\nchannel = "slack:{CHANNEL}"\ntrusted = true\n'
        )
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("NEWSBRIEF_", "SLACK_"))}
        env |= {"NEWSBRIEF_CONFIG": str(config), "NEWSBRIEF_DATABASE_URL": db_url,
                "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
                "NEWSBRIEF_SLACK_API_URL": slack.api_url, "PYTHONPATH": str(ROOT)}
        worker = Worker(env, tmp / "worker.log")
        store = make_store(db_url)
        await store.open()
        try:
            first = feed.publish()
            await worker.start()
            # A first start with nothing to recover: what any restart costs at least.
            cold = await _until(lambda: first in posted())

            # 1. Killed while fetching the feed: it dies holding the feed's lease.
            feed.fetching.clear()
            await _until(feed.fetching.is_set)
            await worker.kill()
            missed = feed.publish()
            await worker.start()
            fetch_kill = await _until(lambda: missed in posted())

            # 2. Killed while Slack holds its post: it dies holding the outbox row.
            before = len(slack.history.get(CHANNEL, []))
            in_flight = feed.publish()
            await _until(lambda: len(slack.history.get(CHANNEL, [])) > before)
            await worker.kill()
            await worker.start()
            post_kill = await _until(lambda: _all_sent(store, len(feed.titles)))
            titles = [m["blocks"][0]["text"]["text"] for m in slack.history.get(CHANNEL, [])]
            duplicates = len(titles) - len(set(titles))
            assert in_flight in titles
        finally:
            await worker.kill()
            await store.close()
            await slack.close()
    return {"cold_start_s": cold, "fetch_kill_s": fetch_kill, "post_kill_s": post_kill,
            "duplicates": duplicates}


async def _all_sent(store: Any, n: int) -> bool:
    return bool(await store.delivery_counts() == {"sent": n})


@contextlib.asynccontextmanager
async def database(backend: str, tmp: Path) -> AsyncIterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp / 'nb.db'}"
        return
    import asyncpg

    name = f"nb_bench_{os.getpid()}_{int(time.time() * 1000) % 10**8}"
    conn = await asyncpg.connect(PG_URL)
    try:
        await conn.execute(f"CREATE SCHEMA {name}")
        yield f"{PG_URL}?schema={name}"
    finally:
        await conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")
        await conn.close()


async def pg_available() -> bool:
    import asyncpg

    try:
        conn = await asyncpg.connect(PG_URL, timeout=5)
    except (OSError, asyncpg.PostgresError, TimeoutError):
        return False
    await conn.close()
    return True


async def measure(trials: int, with_baseline: bool) -> list[dict[str, Any]]:
    setups = [("after", "sqlite", True)]
    if await pg_available():
        setups.append(("after", "postgres", True))
    if with_baseline:
        setups.insert(0, ("before", "sqlite", False))
    rows = []
    for label, backend, held in setups:
        runs = []
        for _ in range(trials):
            with tempfile.TemporaryDirectory() as tmp:
                async with database(backend, Path(tmp)) as url:
                    runs.append(await trial(url, Path(tmp), held=held))
        rows.append({
            "mode": label, "backend": backend, "trials": trials,
            "cold_start_s": round(statistics.median(r["cold_start_s"] for r in runs), 2),
            "fetch_kill_s": round(statistics.median(r["fetch_kill_s"] for r in runs), 2),
            "post_kill_s": round(statistics.median(r["post_kill_s"] for r in runs), 2),
            "worst_s": round(max(max(r["fetch_kill_s"], r["post_kill_s"]) for r in runs), 2),
            "duplicates": sum(int(r["duplicates"]) for r in runs),
        })
        print(json.dumps(rows[-1]), flush=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="one trial, no baseline (~20 s)")
    ap.add_argument("--trials", type=int, default=2)
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    rows = asyncio.run(measure(1 if args.quick else args.trials, not args.quick))
    base = next((r for r in rows if r["mode"] == "before"), None)
    table = []
    for r in rows:
        if r is base:
            speedup = "1×"
        elif base is not None:
            speedup = f"{base['worst_s'] / max(r['worst_s'], 0.01):.0f}× faster"
        else:
            speedup = "–"
        table.append({
            "worker name": "host:pid, new each life (before)" if r["mode"] == "before"
            else "held host#N (now)",
            "backend": r["backend"],
            "first start → first post": f"{r['cold_start_s']:.1f} s",
            "killed fetching: restart → first post": f"{r['fetch_kill_s']:.1f} s",
            "killed posting: restart → all sent": f"{r['post_kill_s']:.1f} s",
            "duplicates": r["duplicates"],
            "slowest vs before": speedup,
        })
    out = {
        "quick": args.quick, "rows": rows,
        "title": "Crash recovery (kill -9 of a worker holding leases, restarted at once; "
                 "median of "
                 f"{rows[0]['trials']} trial(s))",
        "table": table,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
