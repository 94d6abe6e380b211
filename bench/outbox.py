"""Outbox throughput: deliveries/s through lease → post (no-op adapter) → mark sent.

    python3 -m bench.outbox [--quick] [--pg postgresql://postgres@127.0.0.1:5432/test]

Each case seeds N pending deliveries (spread over 10 channels) and times the real `Dispatcher`
draining them, so the figure includes building each story's digest (one coverage query per row)
and one mark-sent transaction per row. Baseline: SQLite with one dispatcher, measured in the
same run; PostgreSQL runs with 1 and 4 concurrent dispatchers in one process, and with separate
worker processes (2 in --quick, 4 in a full run) on one schema, as deployed for scale-out.
Results: bench/results/outbox.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import secrets
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg

from bot.core.types import (
    Article,
    ChannelRef,
    CommandContext,
    Digest,
    FeedUpdate,
    PlannedDelivery,
    Reply,
)
from bot.deliver.dispatcher import Dispatcher
from bot.store.base import Store
from bot.store.postgres import PostgresStore
from bot.store.sqlite import SQLiteStore

RESULTS = Path(__file__).resolve().parent / "results" / "outbox.json"
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
CHANNELS = [ChannelRef("console", f"c{i}") for i in range(10)]


class NoopAdapter:
    platform = "console"

    def __init__(self) -> None:
        self.posts = 0

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    async def post(
        self, channel: ChannelRef, digest: Digest, *, key: str, since: datetime | None = None
    ) -> str:
        self.posts += 1
        return key

    async def answer(self, ctx: CommandContext, reply: Reply) -> None: ...

    async def report_error(self, channel: ChannelRef, message: str) -> None: ...


def _article(i: int) -> Article:
    return Article(
        key=f"k{i}", story_key=f"{i:016x}", title=f"Story {i} on diplomatic talks",
        link=f"https://example.org/{i}", summary="Envoys met. " * 5, text="Body text. " * 80,
        outlet="Meridian Wire", published=NOW, relevance=0.9, tags=("europe",),
    )


async def _seed(store: Store, n: int) -> None:
    feed, _ = await store.add_feed("https://example.org/feed.xml", trusted=True)
    update = FeedUpdate(url=feed.url, next_fetch_at=NOW, last_fetched_at=NOW,
                        last_success_at=NOW, error_count=0, last_error=None,
                        disabled_reason=None, etag=None, last_modified=None, content_hash=None)
    for start in range(0, n, 200):
        arts = [_article(i) for i in range(start, min(n, start + 200))]
        plans = [PlannedDelivery(CHANNELS[i % len(CHANNELS)], a.key, a.story_key)
                 for i, a in enumerate(arts, start)]
        await store.ingest(feed.id, update, arts, plans, NOW)


async def _drain(stores: list[Store], n: int) -> tuple[float, int]:
    adapter = NoopAdapter()
    clock = lambda: NOW + timedelta(seconds=1)  # noqa: E731 - a fixed clock
    dispatchers = [Dispatcher(s, {"console": adapter}, clock=clock, owner=f"w{i}", batch=50)
                   for i, s in enumerate(stores)]
    start = time.perf_counter()
    await asyncio.gather(*(d.drain(max_rounds=10_000) for d in dispatchers))
    elapsed = time.perf_counter() - start
    counts = await stores[0].delivery_counts()
    assert counts == {"sent": n}, counts
    assert adapter.posts == n, adapter.posts  # every row posted exactly once
    return elapsed, adapter.posts


async def bench_sqlite(n: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(str(Path(tmp) / "bench.db"))
        await store.open()
        try:
            await _seed(store, n)
            elapsed, sent = await _drain([store], n)
        finally:
            await store.close()
    return {"backend": "sqlite", "workers": 1, "deliveries": sent, "seconds": elapsed,
            "per_second": sent / elapsed}


async def bench_postgres(url: str, n: int, workers: int) -> dict[str, Any]:
    schema = f"nb_bench_{secrets.token_hex(4)}"
    admin = await asyncpg.connect(url)
    await admin.execute(f"CREATE SCHEMA {schema}")
    stores: list[Store] = []
    try:
        for _ in range(workers):
            s = PostgresStore(url, schema=schema, max_size=4)
            await s.open()
            stores.append(s)
        await _seed(stores[0], n)
        elapsed, sent = await _drain(stores, n)
    finally:
        for s in stores:
            await s.close()
        await admin.execute(f"DROP SCHEMA {schema} CASCADE")
        await admin.close()
    return {"backend": "postgres", "workers": workers, "deliveries": sent, "seconds": elapsed,
            "per_second": sent / elapsed}


def _process_drain(
    url: str, schema: str, owner: str, ready: Any, start: Any, done: Any
) -> None:
    """One worker process: its own store and dispatcher on the shared schema."""

    async def go() -> None:
        store = PostgresStore(url, schema=schema, max_size=2)
        await store.open()
        try:
            adapter = NoopAdapter()
            d = Dispatcher(store, {"console": adapter}, clock=lambda: NOW + timedelta(seconds=1),
                           owner=owner, batch=50)
            ready.put(owner)
            start.wait()
            await d.drain(max_rounds=10_000)
            done.put(adapter.posts)
        finally:
            await store.close()

    asyncio.run(go())


async def bench_postgres_processes(url: str, n: int, processes: int) -> dict[str, Any]:
    """Scale-out as deployed: separate worker processes (each its own event loop)."""
    schema = f"nb_bench_{secrets.token_hex(4)}"
    admin = await asyncpg.connect(url)
    await admin.execute(f"CREATE SCHEMA {schema}")
    seed = PostgresStore(url, schema=schema, max_size=2)
    try:
        await seed.open()
        await _seed(seed, n)
        ctx = multiprocessing.get_context("spawn")
        ready, start, done = ctx.Queue(), ctx.Event(), ctx.Queue()
        procs = [ctx.Process(target=_process_drain,
                             args=(url, schema, f"p{i}", ready, start, done))
                 for i in range(processes)]
        for p in procs:
            p.start()
        for _ in procs:  # spawned, imported and connected: only the draining is timed
            await asyncio.to_thread(ready.get, True, 120)
        t0 = time.perf_counter()
        start.set()
        posts = [await asyncio.to_thread(done.get, True, 120) for _ in procs]
        elapsed = time.perf_counter() - t0
        for p in procs:
            await asyncio.to_thread(p.join, 30)
        counts = await seed.delivery_counts()
        assert counts == {"sent": n} and sum(posts) == n, (counts, posts)
    finally:
        await seed.close()
        await admin.execute(f"DROP SCHEMA {schema} CASCADE")
        await admin.close()
    return {"backend": "postgres", "workers": f"{processes} processes", "deliveries": n,
            "seconds": elapsed, "per_second": n / elapsed}


async def run(quick: bool, pg_url: str) -> dict[str, Any]:
    n = 500 if quick else 5000
    cases = [await bench_sqlite(n)]
    skipped = None
    try:
        probe = await asyncpg.connect(pg_url, timeout=5)
        await probe.close()
    except (OSError, asyncpg.PostgresError, TimeoutError) as e:
        skipped = f"PostgreSQL not reachable at {pg_url}: {e}"
    if skipped is None:
        for workers in (1, 4):
            cases.append(await bench_postgres(pg_url, n, workers))
        cases.append(await bench_postgres_processes(pg_url, n, 2 if quick else 4))
    base = cases[0]["per_second"]
    for case in cases:
        case["ratio_vs_sqlite"] = case["per_second"] / base
    table = [  # for bench/report.py (the README's benchmark tables)
        {"backend": c["backend"], "dispatchers": c["workers"], "deliveries": c["deliveries"],
         "deliveries/s": f"{c['per_second']:.0f}", "vs SQLite": f"{c['ratio_vs_sqlite']:.2f}×"}
        for c in cases
    ]
    return {"bench": "outbox", "quick": quick, "deliveries_per_case": n, "cases": cases,
            "title": "Outbox: lease → build digest → no-op post → mark sent, per delivery",
            "table": table,
            "postgres_skipped": skipped,
            "note": "lease → digest (coverage query) → no-op post → mark sent, per row; "
                    "2-core machine shared with other work"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m bench.outbox", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="500 deliveries per case (CI smoke)")
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/test")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    result = asyncio.run(run(args.quick, args.pg))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    head = ("backend", "workers", "deliveries", "seconds", "per s", "ratio")
    print(f"{head[0]:10} {head[1]:>7} {head[2]:>10} {head[3]:>8} {head[4]:>8} {head[5]:>6}")
    for c in result["cases"]:
        print(f"{c['backend']:10} {c['workers']!s:>7} {c['deliveries']:>10} {c['seconds']:>8.2f} "
              f"{c['per_second']:>8.0f} {c['ratio_vs_sqlite']:>6.2f}")
    if result["postgres_skipped"]:
        print(f"postgres skipped: {result['postgres_skipped']}")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
