"""`newsbrief run --once` as a fresh process against lemon24 `reader`, same feeds, one run.

The outside check of issue 19: a cold cycle of the whole command (process start, imports,
settings, database, fetch, parse, build, store, deliver to the console adapter, exit) on a few
hundred loopback feeds (bench.pipeline's feeds and server), against reader's `update_feeds` on
its own copy of the same feeds. Each contender's feeds are added to its database before the
clock starts (ours: a SQLite file with every feed subscribed by `console:world`, what
`newsbrief feeds add URL` leaves; reader: `add_feed`). Reported per run: our process's wall time
(spawn to exit) and the CPU of its whole tree, reader's `update_feeds` wall time (and its
process's, start to exit), the peak RSS of each whole process tree, and CPU seconds (steadier
than wall time on a shared machine). Runs alternate; `--before REV` also runs the code at REV (a
temporary git worktree) in each round, so a change meets the code before it under the same load
(the database is prepared by this tree's store for both: nearby revisions share the schema).
Each tree's modules are compiled to bytecode first, as an installed package's are: where
PYTHONDONTWRITEBYTECODE is set (a sandbox's shell) every run would otherwise compile every
module from source again (~0.15 s of the worker's start, and the pool process's);
`--no-compile` measures that.

    python -m bench.cli_cycle [-n 300] [--runs 3] [--hosts 20] [--before REV] [--profile FILE]

`--profile FILE` runs ours once more under cProfile (main thread only) and writes FILE.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.pipeline import ITEMS, ROOT, TreeSampler, feed_body, setup_server
from tests.support.feedserver import serve_in_process

RESULTS = ROOT / "bench" / "results"

_READER = """
import json, sys, time
from reader import make_reader
args = json.loads(sys.argv[1])
r = make_reader(args["db"])
for url in args["urls"]:
    r.add_feed(url)
started = time.perf_counter()
r.update_feeds(workers=16, scheduled=False)
wall = time.perf_counter() - started
print(json.dumps({"update_s": wall, "entries": r.get_entry_counts().total}))
"""


async def _prepare_ours(db: str, urls: list[str]) -> None:
    from bot.core.types import ChannelRef
    from bot.store import open_store

    store = await open_store(db)
    try:
        for u in urls:
            feed, _ = await store.add_feed(u)
            await store.subscribe(ChannelRef("console", "world"), feed.id)
    finally:
        await store.close()


def _children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def _timed(cmd: list[str], env: dict[str, str], stdout: Any, cwd: Path = ROOT) -> dict[str, Any]:
    cpu0 = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=stdout, stderr=subprocess.PIPE,
                            text=True)
    with TreeSampler(proc.pid, every=0.02) as sampler:
        out, err = proc.communicate(timeout=600)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[:4]} failed ({proc.returncode}): {err[-2000:]}")
    peak = sampler.peaks.get("start", {})
    return {"wall_s": round(wall, 3), "cpu_s": round(_children_cpu() - cpu0, 3),
            "peak_tree_mb": peak.get("tree_mb", 0.0), "peak_main_mb": peak.get("main_mb", 0.0),
            "processes": peak.get("processes", 0), "stdout": out or ""}


def run_ours(urls: list[str], tmp: str, tag: str, profile: str | None = None,
             code: Path = ROOT) -> dict[str, Any]:
    db = f"sqlite:///{tmp}/ours-{tag}.db"
    asyncio.run(_prepare_ours(db, urls))
    env = {**os.environ, "PYTHONPATH": str(code), "NEWSBRIEF_ALLOW_PRIVATE_NETWORKS": "true",
           "NEWSBRIEF_ADAPTERS": '["console"]', "NEWSBRIEF_LOG_LEVEL": "WARNING"}
    cmd = [sys.executable, "-m", "bot", "run", "--once", "--db", db]
    if profile:
        cmd = [sys.executable, "-m", "cProfile", "-o", profile, "-m", "bot", "run", "--once",
               "--db", db]
    with open(os.devnull, "w") as sink:
        r = _timed(cmd, env, sink, cwd=code)
    r.pop("stdout")
    return r


def _worktree(rev: str) -> Path:
    path = Path(tempfile.mkdtemp(prefix="nb-before-"))
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(path), rev],
                   check=True)
    return path


def compile_tree(code: Path) -> None:
    """Bytecode for the tree's packages, as an install leaves it (read even where
    PYTHONDONTWRITEBYTECODE keeps a run from writing it)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", "bot", "adapters"], cwd=code,
                   check=True, stdout=subprocess.DEVNULL)


def run_reader(urls: list[str], tmp: str, tag: str) -> dict[str, Any]:
    args = json.dumps({"db": f"{tmp}/reader-{tag}.sqlite", "urls": urls})
    r = _timed([sys.executable, "-c", _READER, args], {**os.environ}, subprocess.PIPE)
    r.update(json.loads(r.pop("stdout").strip().splitlines()[-1]))
    r["update_s"] = round(r["update_s"], 3)
    return r


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="30 feeds, one run: a smoke run")
    ap.add_argument("-n", type=int, default=None, help="feeds (default 300, quick 30)")
    ap.add_argument("--runs", type=int, default=None, help="rounds (default 3, quick 1)")
    ap.add_argument("--hosts", type=int, default=20, help="loopback aliases the feeds spread over")
    ap.add_argument("--profile", default=None, help="also profile one run of ours into FILE")
    ap.add_argument("--no-reader", action="store_true")
    ap.add_argument("--before", default=None, help="also run the code at this git revision")
    ap.add_argument("--no-compile", action="store_true",
                    help="leave the trees without bytecode (see the module docstring)")
    ap.add_argument("--out", type=Path, default=RESULTS / "cli_cycle.json")
    args = ap.parse_args(argv)
    args.n = args.n or (30 if args.quick else 300)
    args.runs = args.runs or (1 if args.quick else 3)
    hosts = tuple(f"127.0.0.{2 + k}" for k in range(args.hosts))
    stories = max(1, args.n * ITEMS // 4)
    base = datetime.now(UTC).replace(microsecond=0)
    runs: list[dict[str, Any]] = []
    before_tree = _worktree(args.before) if args.before else None
    if not args.no_compile:
        for tree in (ROOT, before_tree):
            if tree is not None:
                compile_tree(tree)
    with serve_in_process(functools.partial(setup_server, stories, base), hosts) as port, \
            tempfile.TemporaryDirectory() as tmp:
        def urls(prefix: str) -> list[str]:
            return [f"http://{hosts[i % len(hosts)]}:{port}/{prefix}/feed/{i}.xml"
                    for i in range(args.n)]

        for k in range(args.runs):
            run: dict[str, Any] = {}
            if before_tree is not None:
                run["before"] = run_ours(urls(f"b{k}"), tmp, f"b{k}", code=before_tree)
            run["ours"] = run_ours(urls(f"o{k}"), tmp, str(k))
            if not args.no_reader:
                run["reader"] = run_reader(urls(f"r{k}"), tmp, str(k))
                update_s = run["reader"]["update_s"]
                for name in ("ours", "before"):
                    if name in run:
                        run[name]["vs_reader_update"] = round(run[name]["wall_s"] / update_s, 3)
                        run[name]["cpu_vs_reader"] = round(
                            run[name]["cpu_s"] / run["reader"]["cpu_s"], 3)
            runs.append(run)
            print(json.dumps(run), flush=True)
        if args.profile:
            run_ours(urls("prof"), tmp, "prof", profile=args.profile)
    if before_tree is not None:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                        str(before_tree)], check=False)
    result: dict[str, Any] = {"n": args.n, "hosts": args.hosts, "items_per_feed": ITEMS,
                              "before_rev": args.before, "bytecode": not args.no_compile,
                              "feed_kb": round(len(feed_body(1, 0, stories, base)) / 1024, 1),
                              "load_avg": os.getloadavg(), "runs": runs}
    for name in ("ours", "before"):
        for key in ("wall_s", "cpu_s", "peak_tree_mb", "vs_reader_update", "cpu_vs_reader"):
            values = sorted(r[name][key] for r in runs if key in r.get(name, {}))
            if values:
                result.setdefault("median", {}).setdefault(name, {})[key] = values[len(values) // 2]
    if not args.no_reader:
        result["median"]["reader"] = {
            key: sorted(r["reader"][key] for r in runs)[len(runs) // 2]
            for key in ("update_s", "wall_s", "cpu_s", "peak_tree_mb")}
    result.update(report(result))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "runs"}))
    return result


def report(result: dict[str, Any]) -> dict[str, Any]:
    """The README's title and table (bench.report's generic renderer) from the medians."""
    median = result.get("median", {})
    reader = median.get("reader")
    rows = []
    for name, label in (("before", f"before ({result.get('before_rev')})"), ("ours", "after")):
        m = median.get(name)
        if not m:
            continue
        rows.append({
            "code": label, "`run --once` wall": f"{m['wall_s']:.1f} s",
            "CPU (whole tree)": f"{m['cpu_s']:.1f} s",
            "peak whole tree": f"{m['peak_tree_mb']:.0f} MB",
            "vs reader's `update_feeds` time": f"{m['vs_reader_update']:.2f}×" if reader else "–",
            "vs reader's CPU": f"{m['cpu_vs_reader']:.2f}×" if reader else "–",
        })
    if reader:
        rows.append({
            "code": "reader", "`run --once` wall": f"{reader['update_s']:.1f} s (`update_feeds`; "
            f"process {reader['wall_s']:.1f} s)", "CPU (whole tree)": f"{reader['cpu_s']:.1f} s",
            "peak whole tree": f"{reader['peak_tree_mb']:.0f} MB",
            "vs reader's `update_feeds` time": "1.00×", "vs reader's CPU": "1.00×"})
    load = ", ".join(f"{x:.1f}" for x in result.get("load_avg", ()))
    title = (f"`newsbrief run --once` as a fresh process vs reader's `update_feeds` "
             f"(`bench.cli_cycle`: issue 19's outside check; cold cycle, {result['n']} feeds of "
             f"{result['feed_kb']:.0f} KB, medians of {len(result['runs'])} alternating runs, "
             f"load average {load} at the end)")
    return {"title": title, "table": rows}


if __name__ == "__main__":
    main()
