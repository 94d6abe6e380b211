"""Poll-cycle benchmark: our Fetcher + feedparser in a worker pool vs lemon24 `reader`.

A feed server runs in its own process on loopback aliases 127.0.0.2… (so that per-host limits
see many hosts, as in real life), answering every request after ~50 ms with a ~160 KB RSS feed
of 25 items, and 304 to a matching If-None-Match. Each contender runs in a fresh process, so peak
RSS is its own:

- ours-process / ours-thread: `Fetcher.fetch` for all N feeds, `bot.content.parse.parse_feed` in a
  ProcessPoolExecutor / ThreadPoolExecutor (2 workers); at most `concurrency` feeds in flight
  (fetch + parse), as the poller does.
- reader: `make_reader(':memory:')`, N feeds, `update_feeds(workers=16, scheduled=False)`.

Measured per contender: cold cycle (every feed downloaded and parsed), then an all-304 cycle
(validators from the cold one): wall time, feeds/s, peak RSS, and for ours the event-loop lag
p99 (a 10 ms ticker's overshoot) during each cycle.

    python3 -m bench.poll_cycle            # N=2000 (reader alone takes ~100 s)
    python3 -m bench.poll_cycle --quick    # N=100, < 20 s
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures as cf
import functools
import json
import multiprocessing
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from aiohttp import web

from tests.support.feedserver import FeedServer, Route, serve_in_process

RESULTS = Path(__file__).resolve().parent / "results"
ITEMS = 25
PARAGRAPH = (
    "<p>The foreign ministers of the two countries met in Geneva on Tuesday to discuss the "
    "ceasefire, sanctions relief and the exchange of prisoners, officials said. &quot;We made "
    "progress, but much remains to be done,&quot; a spokesperson for the ministry told "
    "reporters after the talks, which lasted more than six hours.</p>\n"
)


@functools.cache
def _template(variant: int) -> str:
    """A ~160 KB RSS 2.0 feed of 25 items with HTML content; {i} is the feed number."""
    items = []
    for j in range(ITEMS):
        body = PARAGRAPH * (16 + (j + variant) % 5)
        items.append(
            f"<item><title>Talks resume in Geneva, part {j} (feed {{i}})</title>"
            f"<link>https://news{{i}}.example/story/{variant}-{j}</link>"
            f'<guid isPermaLink="false">feed{{i}}-story-{variant}-{j}</guid>'
            f"<pubDate>Tue, 0{1 + j % 9} Oct 2024 1{j % 10}:00:00 GMT</pubDate>"
            f"<dc:creator>Jane Doe</dc:creator><category>Diplomacy</category>"
            f"<description><![CDATA[{PARAGRAPH}]]></description>"
            f"<content:encoded><![CDATA[{body}]]></content:encoded></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>Bench feed {i}</title><link>https://news{i}.example/</link>"
        "<description>benchmark</description>" + "".join(items) + "</channel></rss>"
    )


def feed_body(i: int) -> bytes:
    return _template(i % 7).replace("{i}", str(i)).encode()


def _route(latency: float, request: web.Request) -> Route:
    i = int(request.path.rsplit("/", 1)[-1].removesuffix(".xml"))
    return Route(body=feed_body(i), etag=f'"{i}-v1"', delay=latency,
                 content_type="application/rss+xml; charset=utf-8")


def setup_server(latency: float, server: FeedServer) -> None:
    server.handler("/feed/", functools.partial(_route, latency))


def feed_urls(n: int, hosts: list[str], port: int) -> list[str]:
    return [f"http://{hosts[i % len(hosts)]}:{port}/feed/{i}.xml" for i in range(n)]


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + kids) / 1024  # KiB on Linux; a pool worker's peak adds to ours


def _p99(values: list[float]) -> float:
    if len(values) < 2:
        return max(values, default=0.0)
    return statistics.quantiles(values, n=100, method="inclusive")[98]


# -- ours ------------------------------------------------------------------------------------------


def _parse_job(body: bytes, url: str, content_type: str | None) -> Any:
    from bot.content.parse import parse_feed

    # The whole ParsedFeed comes back, as the poller needs it: its pickling is part of the cost.
    return parse_feed(body, url=url, content_type=content_type)


async def _cycle(fetcher: Any, urls: list[str], validators: dict[str, str | None],
                 pool: cf.Executor, inflight: int) -> dict[str, Any]:
    loop = asyncio.get_running_loop()
    lags: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:
        while not done.is_set():
            t0 = loop.time()
            await asyncio.sleep(0.01)
            lags.append(max(0.0, loop.time() - t0 - 0.01))

    limit = asyncio.Semaphore(inflight)
    counts = {"parsed": 0, "not_modified": 0, "errors": 0, "entries": 0}

    async def one(url: str) -> None:
        async with limit:
            try:
                result = await fetcher.fetch(url, etag=validators.get(url))
            except Exception as e:  # a benchmark counts failures, it does not stop on them
                counts["errors"] += 1
                print(f"  error {url}: {e}", file=sys.stderr)
                return
            validators[url] = result.etag
            if result.body is None:
                counts["not_modified"] += 1
                return
            parsed = await loop.run_in_executor(
                pool, _parse_job, result.body, result.url, result.content_type)
            counts["entries"] += len(parsed.entries)
            counts["parsed"] += 1

    tick = asyncio.create_task(ticker())
    start = time.perf_counter()
    await asyncio.gather(*(one(u) for u in urls))
    wall = time.perf_counter() - start
    done.set()
    await tick
    return {"wall_s": round(wall, 3), "feeds_per_s": round(len(urls) / wall, 1),
            "loop_lag_p99_ms": round(_p99(lags) * 1000, 1),
            "loop_lag_max_ms": round(max(lags, default=0) * 1000, 1), **counts}


async def _run_ours(urls: list[str], pool_kind: str, workers: int) -> dict[str, Any]:
    from bot.core.settings import FetchSettings
    from bot.ingest.fetch import Fetcher, make_session

    settings = FetchSettings()
    pool: cf.Executor = (
        cf.ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("forkserver"))
        if pool_kind == "process" else cf.ThreadPoolExecutor(workers)
    )
    with pool:
        # warm the workers so that process start-up is not billed to the cycle
        list(pool.map(_parse_job, [feed_body(0)] * workers, ["warm"] * workers,
                      [None] * workers))
        async with make_session(settings, allow_private_networks=True) as session:
            fetcher = Fetcher(session, settings)
            validators: dict[str, str | None] = {}
            cold = await _cycle(fetcher, urls, validators, pool, settings.concurrency)
            warm = await _cycle(fetcher, urls, validators, pool, settings.concurrency)
    return {"cold": cold, "all_304": warm, "peak_rss_mb": round(_peak_rss_mb(), 1)}


def ours_main(urls: list[str], pool_kind: str, workers: int) -> dict[str, Any]:
    return asyncio.run(_run_ours(urls, pool_kind, workers))


# -- reader ----------------------------------------------------------------------------------------


def reader_main(urls: list[str]) -> dict[str, Any]:
    from reader import make_reader

    reader = make_reader(":memory:")
    for url in urls:
        reader.add_feed(url)
    out: dict[str, Any] = {}
    for name in ("cold", "all_304"):
        start = time.perf_counter()
        reader.update_feeds(workers=16, scheduled=False)
        wall = time.perf_counter() - start
        out[name] = {"wall_s": round(wall, 3), "feeds_per_s": round(len(urls) / wall, 1)}
    out["cold"]["entries"] = reader.get_entry_counts().total
    out["peak_rss_mb"] = round(_peak_rss_mb(), 1)
    reader.close()
    return out


def _in_fresh_process(fn: Any, *args: Any) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    with cf.ProcessPoolExecutor(1, mp_context=ctx) as ex:
        return ex.submit(fn, *args).result()


# -- main ------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="N=100: a smoke run under 20 s")
    ap.add_argument("-n", type=int, default=None, help="feeds (default 2000, quick 100)")
    ap.add_argument("--hosts", type=int, default=20, help="loopback aliases to spread feeds on")
    ap.add_argument("--latency", type=float, default=0.05)
    ap.add_argument("--workers", type=int, default=2, help="parse pool size")
    ap.add_argument("--pools", default="process,thread")
    ap.add_argument("--no-reader", action="store_true")
    ap.add_argument("--out", type=Path, default=RESULTS / "poll_cycle.json")
    args = ap.parse_args(argv)
    n = args.n or (100 if args.quick else 2000)
    hosts = [f"127.0.0.{2 + k}" for k in range(args.hosts)]
    body_kb = len(feed_body(1)) / 1024

    results: dict[str, Any] = {
        "n": n, "hosts": len(hosts), "latency_s": args.latency, "feed_kb": round(body_kb, 1),
        "items_per_feed": ITEMS, "workers": args.workers, "contenders": {},
    }
    setup = functools.partial(setup_server, args.latency)
    with serve_in_process(setup, tuple(hosts)) as port:
        urls = feed_urls(n, hosts, port)
        for kind in [k for k in args.pools.split(",") if k]:
            results["contenders"][f"ours-{kind}"] = _in_fresh_process(
                ours_main, urls, kind, args.workers)
        if not args.no_reader:
            results["contenders"]["reader"] = _in_fresh_process(reader_main, urls)

    peer = results["contenders"].get("reader")
    if peer:
        for name, res in results["contenders"].items():
            if name != "reader":
                res["cold_time_vs_reader"] = round(
                    res["cold"]["wall_s"] / peer["cold"]["wall_s"], 3)
                res["all_304_speed_vs_reader"] = round(
                    res["all_304"]["feeds_per_s"] / peer["all_304"]["feeds_per_s"], 2)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    _print_table(results)
    return results


def _print_table(results: dict[str, Any]) -> None:
    print(f"poll cycle: {results['n']} feeds × {results['feed_kb']:.0f} KB on "
          f"{results['hosts']} hosts, {results['latency_s'] * 1000:.0f} ms latency")
    head = (f"{'contender':<14} {'cold s':>8} {'cold f/s':>9} {'304 s':>7} {'304 f/s':>8} "
            f"{'lag p99 ms':>11} {'RSS MB':>7} {'cold vs reader':>15}")
    print(head)
    print("-" * len(head))
    for name, r in results["contenders"].items():
        lag = max(r["cold"].get("loop_lag_p99_ms", 0), r["all_304"].get("loop_lag_p99_ms", 0))
        ratio = r.get("cold_time_vs_reader")
        print(f"{name:<14} {r['cold']['wall_s']:>8.2f} {r['cold']['feeds_per_s']:>9.1f} "
              f"{r['all_304']['wall_s']:>7.2f} {r['all_304']['feeds_per_s']:>8.1f} "
              f"{(f'{lag:.1f}' if 'loop_lag_p99_ms' in r['cold'] else '-'):>11} "
              f"{r['peak_rss_mb']:>7.1f} {(f'{ratio:.2f}×' if ratio else '-'):>15}")


if __name__ == "__main__":
    main()
