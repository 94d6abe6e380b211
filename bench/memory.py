"""Worker memory over one hour of polling 2,000 feeds, in compressed time.

A feed server in another process serves N feeds; every third fetch of a feed finds one new item
(the rest get 304). One real `App` (process pool, SQLite, outbox, a discarding chat adapter)
runs a cycle per simulated 10 minutes, with its clock moved forward instead of waiting, for an
hour: 7 cycles. We record the resident memory of the worker and of every process under it (pool
workers, grandchildren included; not the feed server) after each cycle, and the peak of that
whole tree during each cycle (sampled every 0.1 s). Baseline, same run: the same
process right after start-up, before any feed was added.

    python -m bench.memory [--quick] [--feeds 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from aiohttp import web

from bench.pipeline import _rss_mb, _tree
from bot.core.settings import load_settings
from bot.core.types import ChannelRef, CommandContext, Digest, Reply
from bot.runtime.app import App
from tests.support.feedserver import FeedServer, Route

RESULTS = Path(__file__).resolve().parent / "results" / "memory.json"
ITEMS = 20
CHANNEL = ChannelRef("null", "sink")
_fetches: dict[str, int] = {}


_COUNTRIES = (
    "Kenya", "Chile", "Norway", "Vietnam", "Morocco", "Poland", "Peru", "Indonesia", "Ghana",
    "Finland", "Mongolia", "Uruguay", "Nepal", "Portugal", "Senegal", "Laos", "Oman", "Estonia",
    "Bolivia", "Tunisia", "Croatia", "Malawi", "Qatar", "Ecuador", "Latvia", "Benin", "Bhutan",
    "Iceland", "Zambia", "Panama", "Egypt", "Japan", "Brazil", "Turkey", "India", "Canada",
)
_TOPICS = ("sign a border accord", "expel each other's envoys", "agree on a grain corridor",
           "hold talks on refugees", "dispute fishing rights", "open a joint embassy")


def _title(i: int, n: int) -> str:
    a = _COUNTRIES[(i * 7 + n) % len(_COUNTRIES)]
    b = _COUNTRIES[(i * 11 + n * 5 + 1) % len(_COUNTRIES)]
    return f"{a} and {b} {_TOPICS[(i + n) % len(_TOPICS)]} ({i}-{n})"


def _feed(i: int, version: int) -> bytes:
    items = "".join(
        f"<item><title>{_title(i, n)}</title>"
        f"<link>https://news{i}.example/{n}</link><guid>f{i}-{n}</guid>"
        f"<pubDate>Tue, 24 Nov 2026 {n % 24:02d}:00:00 GMT</pubDate><description>"
        f"{_title(i, n).split(' (')[0]}, officials in both capitals said on Tuesday after "
        f"talks that lasted {n % 9 + 2} hours. A second round is planned in {n % 12 + 1} weeks."
        f"</description></item>"
        for n in range(version, version + ITEMS)
    )
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {i}</title>'
            f"{items}</channel></rss>").encode()


def _route(request: web.Request) -> Route:
    i = int(request.path.rsplit("/", 1)[-1].removesuffix(".xml"))
    _fetches[request.path] = _fetches.get(request.path, 0) + 1
    version = _fetches[request.path] // 3  # one new item every third fetch
    return Route(body=_feed(i, version), etag=f'"{i}-{version}"')


def setup_server(server: FeedServer) -> None:
    server.handler("/feed/", _route)


class NullAdapter:
    """A chat platform that accepts everything instantly (we measure the worker, not a chat)."""

    platform = "null"

    async def start(self) -> None: ...
    async def close(self) -> None: ...

    async def post(
        self, channel: ChannelRef, digest: Digest, *, key: str, since: datetime | None = None
    ) -> str:
        return key

    async def answer(self, ctx: CommandContext, reply: Reply) -> None: ...
    async def report_error(self, channel: ChannelRef, message: str) -> None: ...


def _memory(exclude: frozenset[int] = frozenset()) -> dict[str, float]:
    """This process (the worker) and everything under it but the feed server: the pool's
    workers, the resource tracker, grandchildren included (bench.pipeline._tree)."""
    me = os.getpid()
    others = [p for p in _tree(me) if p != me and p not in exclude]
    return {
        "worker_mb": round(_rss_mb(me), 1),
        "pool_mb": round(sum(_rss_mb(k) for k in others), 1),
    }


class PeakSampler:
    """Peak of the worker and of its whole tree (but the feed server) during a cycle, sampled
    every 0.1 s in a thread: pool processes that come and go within a cycle count too."""

    def __init__(self, server: frozenset[int]) -> None:
        self.server = server
        self.peak = {"worker_mb": 0.0, "tree_mb": 0.0, "processes": 0}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.is_set():
            others = [p for p in _tree(me) if p != me and p not in self.server]
            worker = _rss_mb(me)
            tree = worker + sum(_rss_mb(k) for k in others)
            self.peak["worker_mb"] = round(max(self.peak["worker_mb"], worker), 1)
            self.peak["tree_mb"] = round(max(self.peak["tree_mb"], tree), 1)
            self.peak["processes"] = max(self.peak["processes"], len(others))
            self._stop.wait(0.1)

    def __enter__(self) -> PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


async def measure(feeds: int, port: int, server: frozenset[int]) -> dict[str, Any]:
    now = [datetime.now(UTC)]
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(
            database_url=f"sqlite:///{tmp}/mem.db",
            allow_private_networks=True,
            log_level="WARNING",
            poll={"batch": feeds, "jitter": 0.05},
        )
        async with App(settings, adapters={"null": NullAdapter()}, clock=lambda: now[0]) as app:
            app.poller._clock = lambda: now[0]
            baseline = _memory(server)
            for i in range(feeds):
                feed, _ = await app.store.add_feed(f"http://127.0.0.1:{port}/feed/{i}.xml")
                await app.store.subscribe(CHANNEL, feed.id)
            samples = []
            for minute in range(0, 61, 10):
                started = time.perf_counter()
                with PeakSampler(server) as peak:
                    polled, sent = await app.run_once()
                samples.append({
                    "minute": minute,
                    "fetched": polled.fetched,
                    "not_modified": polled.not_modified,
                    "errors": polled.errors,
                    "new_articles": polled.new_articles,
                    "sent": sent.sent,
                    "queued": polled.queued,
                    "seconds": round(time.perf_counter() - started, 1),
                    **_memory(server),
                    "peak_worker_mb": peak.peak["worker_mb"],
                    "peak_tree_mb": peak.peak["tree_mb"],
                    "peak_processes": peak.peak["processes"],
                })
                now[0] += timedelta(minutes=10, seconds=40)  # past interval + jitter
    last = samples[-1]
    return {
        "feeds": feeds,
        "baseline": baseline,
        "samples": samples,
        "worker_growth_vs_baseline": round(last["worker_mb"] / baseline["worker_mb"], 2),
        "total_mb_after_1h": round(last["worker_mb"] + last["pool_mb"], 1),
        "peak_tree_mb": max(s["peak_tree_mb"] for s in samples),
    }


def serve() -> None:
    """The feed server's process: serves until its stdin ends."""

    async def main() -> None:
        server = FeedServer()
        setup_server(server)
        await server.start(("127.0.0.1",))
        sys.stdout.write(f"{server.port}\n")
        sys.stdout.flush()
        await asyncio.to_thread(sys.stdin.read)
        await server.close()

    asyncio.run(main())


@contextlib.contextmanager
def _feed_server() -> Iterator[tuple[int, int]]:
    """(port, pid) of a feed server in a plain child process: no multiprocessing queue, so no
    resource tracker of the benchmark's own is counted as the worker's."""
    proc = subprocess.Popen([sys.executable, "-c", "from bench.memory import serve; serve()"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdin is not None and proc.stdout is not None
    try:
        yield int(proc.stdout.readline()), proc.pid
    finally:
        proc.stdin.close()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def run(feeds: int) -> None:
    with _feed_server() as (port, pid):
        server = frozenset(_tree(pid))  # the feed server's process tree is not the worker's
        result = asyncio.run(measure(feeds, port, server))
    sys.stdout.write(json.dumps(result) + "\n")


ROOT = Path(__file__).resolve().parent.parent
BEFORE_REV = "6bf10ad"  # main before issue 19's pool work


def _run_worker(feeds: int, code_root: Path) -> dict[str, Any]:
    """`run` in a fresh `python -c` whose `bot` and `bench` are the ones under `code_root`.
    As `python -c`, its pool processes import only the job module, as under `newsbrief run`,
    not this benchmark (aiohttp's server, pytest)."""
    code = "import sys; from bench.memory import run; run(int(sys.argv[1]))"
    env = {**os.environ, "PYTHONPATH": str(code_root)}
    proc = subprocess.run([sys.executable, "-c", code, str(feeds)], cwd=code_root, check=True,
                          stdout=subprocess.PIPE, text=True, env=env)
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def describe(out: dict[str, Any]) -> dict[str, Any]:
    """Title, README table (the code before first, when measured) and summary of a result."""
    result, before = out, out.get("before")
    last = result["samples"][-1]
    runs = [("before", before), ("after", result)] if before else [("after", result)]
    summary = (f"worker {last['worker_mb']} MB after 1 h vs {result['baseline']['worker_mb']}"
               f" MB at start ({result['worker_growth_vs_baseline']}×); whole tree "
               f"{result['total_mb_after_1h']} MB after 1 h, peak "
               f"{result['peak_tree_mb']} MB during a cycle")
    if before:
        summary += (f" (code before, same run: {before['total_mb_after_1h']} MB after 1 h, "
                    f"peak {before['peak_tree_mb']} MB)")
    return {
        "title": (f"Worker memory, {result['feeds']} feeds, one simulated hour (7 cycles); "
                  + (f"before = the code at {out['before_rev']}, same run" if before else "")),
        "table": [{
            "code": name,
            "after": f"{s['minute']} min", "fetched": s["fetched"], "304": s["not_modified"],
            "new articles": s["new_articles"], "cycle": f"{s['seconds']} s",
            "worker RSS": f"{s['worker_mb']} MB", "pool + helpers RSS": f"{s['pool_mb']} MB",
            "whole tree": f"{round(s['worker_mb'] + s['pool_mb'], 1)} MB",
            "peak whole tree (processes)":
                f"{s['peak_tree_mb']} MB ({s['peak_processes'] + 1})",
        } for name, r in runs for s in r["samples"]],
        "summary": summary,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="100 feeds")
    ap.add_argument("--feeds", type=int, default=2000)
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--before", default=None,
                    help=f"also measure this git revision, same run (default {BEFORE_REV}; "
                    "'' to skip; --quick skips it unless given)")
    args = ap.parse_args(argv)
    feeds = min(args.feeds, 100) if args.quick else args.feeds
    if args.before is None:
        args.before = "" if args.quick else BEFORE_REV
    result = _run_worker(feeds, ROOT)
    before = None
    if args.before:  # the same measurement of the code at another revision, same run
        tree = Path(tempfile.mkdtemp(prefix="nb-before-"))
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree),
                        args.before], check=True)
        shutil.copy(Path(__file__), tree / "bench" / "memory.py")  # measured the same way
        try:
            before = _run_worker(feeds, tree)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                           check=False)
    out = {"quick": args.quick, **result, "before_rev": args.before or None, "before": before}
    out.update(describe(out))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps({k: v for k, v in out.items() if k != "table"}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
