"""The whole worker against lemon24 `reader`, on the same loopback feeds, in one run.

A feed server in its own process serves N feeds of 20 realistic items (550-word articles, about
3.5 KB of HTML each; every story is covered by about four feeds under different headlines) on
loopback aliases 127.0.0.2…, after 50 ms. Each contender runs in a fresh process and sees its own
copy of the feeds (its own URL prefix and version counter):

- ours: the real `App` (process pool, SQLite, outbox, a discarding chat adapter) doing what
  `newsbrief run --once` does (`App.run_once`), its clock moved 11 minutes between cycles;
- reader: `make_reader(':memory:')`, `update_feeds(workers=16, scheduled=False)`.

Cycles: cold (every feed new), all-304, one new item per feed, then a refill (20 new items per
feed: the slope of memory against stored articles). A sampler in this process reads the RSS of
the contender's whole process tree (children and grandchildren: forkserver, pool workers,
resource tracker) every 100 ms. Then the scale-out check: 1, 2 and 4 worker processes sharing one
PostgreSQL schema run a cold cycle over the same number of feeds together.

    python -m bench.pipeline [--quick] [-n 400] [--workers 1,2,4] [--no-postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from aiohttp import web

from bench.pipeline_worker import CYCLES, ITEMS
from tests.support.feedserver import FeedServer, Route, serve_in_process

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
LATENCY = 0.05
_versions: dict[str, int] = {}

# -- the feeds -------------------------------------------------------------------------------------

_PLACES = (
    "Kenya", "Chile", "Norway", "Vietnam", "Morocco", "Poland", "Peru", "Indonesia", "Ghana",
    "Finland", "Mongolia", "Uruguay", "Nepal", "Portugal", "Senegal", "Laos", "Oman", "Estonia",
    "Bolivia", "Tunisia", "Croatia", "Malawi", "Qatar", "Ecuador", "Latvia", "Benin", "Bhutan",
    "Iceland", "Zambia", "Panama", "Egypt", "Japan", "Brazil", "Turkey", "India", "Canada",
)
_EVENTS = (
    ("sign a border accord", "border accord", "the disputed frontier"),
    ("expel each other's envoys", "diplomatic expulsions", "the embassy staff"),
    ("agree on a grain corridor", "grain corridor", "the shipping lanes"),
    ("hold talks on refugees", "refugee talks", "the camps along the border"),
    ("dispute fishing rights", "fishing dispute", "the coastal waters"),
    ("open a joint embassy", "joint embassy", "the new mission"),
    ("announce new sanctions", "sanctions package", "the banking sector"),
    ("reach a ceasefire deal", "ceasefire deal", "the front line"),
)
_ROLES = ("foreign minister", "prime minister", "defence minister", "president",
          "ambassador to the United Nations", "trade minister")
_NAMES = ("Amina Odhiambo", "Carlos Rivera", "Ingrid Haugen", "Nguyen Van Minh", "Leila Benali",
          "Piotr Nowak", "Rosa Quispe", "Dewi Santoso", "Kwame Mensah", "Aino Virtanen")
_FILLER = (
    "Officials from both governments described the meeting as constructive but cautioned that "
    "several issues remained unresolved, including the timetable for implementation and the role "
    "of international observers.",
    "Analysts said the outcome would be closely watched by neighbouring states, which have their "
    "own disputes over trade, migration and access to natural resources in the region.",
    "The talks followed months of tension marked by military exercises near the border, "
    "accusations of espionage and a series of tit-for-tat restrictions on visas and imports.",
    "Diplomats familiar with the negotiations said a draft text had circulated for weeks before "
    "the final session, and that the last sticking points concerned verification and funding.",
    "Opposition lawmakers in both capitals criticised the process as rushed and demanded that "
    "the agreement be submitted to parliament for ratification before it takes effect.",
    "The European Union and the African Union issued statements welcoming the announcement and "
    "offering technical assistance, while urging both sides to respect their commitments.",
    "Economists noted that bilateral trade had fallen by nearly a third since the dispute began, "
    "hurting exporters of fruit, textiles and machinery on both sides of the frontier.",
    "Human rights groups called for the protection of civilians and for independent monitors to "
    "be given access to the affected areas, citing reports of displacement and detentions.",
)


def _story(s: int) -> tuple[str, str, tuple[str, str, str]]:
    a = _PLACES[(s * 7) % len(_PLACES)]
    b = _PLACES[(s * 11 + 5) % len(_PLACES)]
    if a == b:
        b = _PLACES[(s * 11 + 6) % len(_PLACES)]
    return a, b, _EVENTS[s % len(_EVENTS)]


def _item(feed: int, n: int, stories: int, base: datetime) -> str:
    """Item `n` of feed `feed`: story (feed + 37 n) mod `stories`, in this outlet's words."""
    s = (feed + 37 * n) % stories
    a, b, (verb, noun, place) = _story(s)
    rng = random.Random(feed * 100_003 + n)
    title = rng.choice((
        f"{a} and {b} {verb}", f"{a}, {b} {verb} after talks", f"{noun.capitalize()}: {a} and {b}",
        f"{a} and {b} {verb}, officials say",
    ))
    speaker, role = rng.choice(_NAMES), rng.choice(_ROLES)
    paras = [
        f"The governments of {a} and {b} moved on Tuesday to {verb}, a step that officials in "
        f"both capitals said could ease tensions over {place} after years of stalled diplomacy.",
        f"&quot;This is a day many thought would never come,&quot; {speaker}, {a}'s {role}, "
        f"told reporters after the talks. &quot;We owe it to the people who live near {place} "
        f"to turn words into action.&quot;",
    ]
    fill = list(_FILLER)
    rng.shuffle(fill)
    for k in range(8):
        paras.append(" ".join(fill[(k + j) % len(fill)] for j in range(2)))
    paras.append(f"The {noun} is expected to be reviewed by both cabinets next month, "
                 f"according to a statement from {b}'s foreign ministry.")
    body = "".join(f"<p>{p}</p>" for p in paras)
    when = format_datetime(base - timedelta(minutes=17 * (ITEMS - n % ITEMS) + feed % 60))
    return (f"<item><title>{title}</title><link>https://news{feed}.example/{s}-{n}</link>"
            f"<guid>n{feed}-{n}</guid><pubDate>{when}</pubDate>"
            f"<dc:creator>Staff reporter</dc:creator><description><![CDATA[{paras[0]}]]>"
            f"</description><content:encoded><![CDATA[{body}]]></content:encoded></item>")


def feed_body(feed: int, version: int, stories: int, base: datetime) -> bytes:
    items = "".join(_item(feed, n, stories, base) for n in range(version, version + ITEMS))
    return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>Outlet {feed}</title><link>https://news{feed}.example/</link>"
            f"<description>bench</description>{items}</channel></rss>").encode()


def _route(stories: int, base: datetime, request: web.Request) -> Route:
    # /<prefix>/feed/<i>.xml, version set per prefix through /<prefix>/version/<v>
    _, prefix, kind, last = request.path.split("/", 3)
    if kind == "version":
        _versions[prefix] = int(last)
        return Route(body=b"ok", content_type="text/plain")
    i = int(last.removesuffix(".xml"))
    v = _versions.get(prefix, 0)
    return Route(body=feed_body(i, v, stories, base), etag=f'"{i}-{v}"', delay=LATENCY)


def setup_server(stories: int, base: datetime, server: FeedServer) -> None:
    server.handler("/", functools.partial(_route, stories, base))


# -- measuring a process tree ----------------------------------------------------------------------


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _pss_mb(pid: int) -> float:
    """Proportional set size: shared pages split between the processes sharing them."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _cpu_s(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _tree_cpu(root: int) -> dict[int, float]:
    return {pid: _cpu_s(pid) for pid in _tree(root)}


def _tree(root: int) -> list[int]:
    """`root` and all its descendants (pool workers are grandchildren under forkserver)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            parents.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(parents.get(pid, ()))
    return out


class TreeSampler:
    """Peak RSS of a process and of its whole tree, per phase, sampled in a thread."""

    def __init__(self, pid: int, every: float = 0.1) -> None:
        self.pid, self.every = pid, every
        self.phase = "start"
        self.peaks: dict[str, dict[str, float]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> dict[str, float]:
        pids = _tree(self.pid)
        return {"main_mb": round(_rss_mb(self.pid), 1),
                "tree_mb": round(sum(_rss_mb(p) for p in pids), 1),
                "tree_pss_mb": round(sum(_pss_mb(p) for p in pids), 1), "processes": len(pids)}

    def _run(self) -> None:
        while not self._stop.is_set():
            s = self.sample()
            peak = self.peaks.setdefault(self.phase, {})
            for k in ("main_mb", "tree_mb", "tree_pss_mb", "processes"):
                peak[k] = max(peak.get(k, 0), s[k])
            self._stop.wait(self.every)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _python(fn: str, args: dict[str, Any]) -> subprocess.Popen[str]:
    """`python -c` (no __main__ module for the pool's spawned workers to import again)."""
    code = f"import sys; from bench.pipeline_worker import {fn}; {fn}(sys.argv[1])"
    return subprocess.Popen([sys.executable, "-c", code, json.dumps(args)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)


def _run_contender(fn: str, args: dict[str, Any]) -> dict[str, Any]:
    """Run a contender in a fresh process, sampling its process tree per cycle."""
    proc = _python(fn, args)
    assert proc.stdout is not None
    cycles: dict[str, Any] = {}
    cpu_at: dict[int, float] = {}
    with TreeSampler(proc.pid) as sampler:
        for line in proc.stdout:
            msg = json.loads(line)
            if "phase" in msg:
                sampler.phase = msg["phase"]
                cpu_at = _tree_cpu(proc.pid)
            elif "cycle" in msg:
                name = msg.pop("cycle")
                # CPU seconds of the whole tree in the cycle: on a machine shared with other
                # work, wall time ratios swing with the load; CPU time much less.
                cpu = sum(t - cpu_at.get(pid, 0.0) for pid, t in _tree_cpu(proc.pid).items())
                time.sleep(0.15)  # one more sample of the finished cycle
                cycles[name] = {**msg, "cpu_s": round(cpu, 2), "after": sampler.sample(),
                                "peak": sampler.peaks.get(name, {})}
                sampler.phase = "idle"
    if proc.wait(60) != 0 or "refill" not in cycles:
        raise RuntimeError(f"{fn} failed (exit {proc.returncode})")
    return {"cycles": cycles}


# -- scale-out on PostgreSQL -----------------------------------------------------------------------


async def _pg_prepare(url: str, urls: list[str]) -> None:
    from bot.core.types import ChannelRef
    from bot.store import open_store

    store = await open_store(url)
    try:
        for u in urls:
            feed, _ = await store.add_feed(u)
            await store.subscribe(ChannelRef("null", "sink"), feed.id)
    finally:
        await store.close()


def scale_out(urls: list[str], workers: int, batch: int) -> dict[str, Any]:
    import asyncpg

    from tests.support.pg import PG_URL

    schema = f"nb_bench_{os.getpid()}_{workers}"

    async def ddl(sql: str) -> None:
        conn = await asyncpg.connect(PG_URL)
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    asyncio.run(ddl(f"CREATE SCHEMA {schema}"))
    url = f"{PG_URL}?schema={schema}" if "?" not in PG_URL else f"{PG_URL}&schema={schema}"
    try:
        asyncio.run(_pg_prepare(url, urls))
        with tempfile.TemporaryDirectory() as tmp:
            go = f"{tmp}/go"
            procs = [_python("pg_worker", {"url": url, "batch": batch, "go": go})
                     for _ in range(workers)]
            for p in procs:
                assert p.stdout is not None
                json.loads(p.stdout.readline())  # ready: its App has started
            Path(go).touch()
            runs = []
            for p in procs:
                assert p.stdout is not None
                runs.append(json.loads(p.stdout.readline()))
                p.wait(60)
    finally:
        asyncio.run(ddl(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
    wall = max(r["end"] for r in runs) - min(r["start"] for r in runs)
    return {"workers": workers, "wall_s": round(wall, 2),
            "feeds": sum(r["feeds"] for r in runs), "articles": sum(r["articles"] for r in runs),
            "lock_share": round(sum(r["lock_s"] for r in runs) / wall, 3),
            "cpu_s": round(sum(r.get("cpu_s", 0.0) for r in runs), 2)}


def _pg_available() -> bool:
    import asyncpg

    from tests.support.pg import PG_URL

    async def probe() -> bool:
        try:
            conn = await asyncpg.connect(PG_URL, timeout=5)
        except (OSError, asyncpg.PostgresError, TimeoutError):
            return False
        await conn.close()
        return True

    return asyncio.run(probe())


# -- main ------------------------------------------------------------------------------------------


def cli_help(runs: int = 5) -> dict[str, float]:
    """`newsbrief --help` (as `python -m bot --help`) against `python -c pass`, same moment."""
    def median(cmd: list[str]) -> float:
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
            times.append(time.perf_counter() - started)
        return sorted(times)[runs // 2]

    bare, help_ = median([sys.executable, "-c", "pass"]), median([sys.executable, "-m", "bot",
                                                                  "--help"])
    return {"help_ms": round(help_ * 1000), "python_ms": round(bare * 1000),
            "imports_ms": round((help_ - bare) * 1000)}


def _slope(cycles: dict[str, Any], key: str) -> float | None:
    """MB per 10,000 stored articles: growth over the refill cycle."""
    before, after = cycles.get("one_new"), cycles.get("refill")
    if not before or not after or not after.get("new_articles"):
        return None
    grown = after["after"][key] - before["after"][key]
    return round(grown / after["new_articles"] * 10_000, 1)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="N=30, 1 and 2 workers: a smoke run")
    ap.add_argument("-n", type=int, default=None, help="feeds (default 400, quick 30)")
    ap.add_argument("--hosts", type=int, default=20)
    ap.add_argument("--workers", default=None, help="PostgreSQL workers to try (default 1,2,4)")
    # 25: six leases at 150 feeds (50 made three, which 2 workers could split no better than
    # 2:1, a 1.5x ceiling)
    ap.add_argument("--batch", type=int, default=25, help="feeds per lease (scale-out runs)")
    ap.add_argument("--no-postgres", action="store_true")
    ap.add_argument("--no-reader", action="store_true")
    ap.add_argument("--no-ours", action="store_true", help="PostgreSQL scale-out only")
    ap.add_argument("--out", type=Path, default=RESULTS / "pipeline.json")
    args = ap.parse_args(argv)
    n = args.n or (30 if args.quick else 400)
    workers = [int(w) for w in (args.workers or ("1,2" if args.quick else "1,2,4")).split(",")]
    hosts = tuple(f"127.0.0.{2 + k}" for k in range(args.hosts))
    stories = max(1, n * ITEMS // 4)
    base = datetime.now(UTC).replace(microsecond=0)
    results: dict[str, Any] = {"n": n, "items_per_feed": ITEMS, "latency_s": LATENCY,
                               "feed_kb": round(len(feed_body(1, 0, stories, base)) / 1024, 1),
                               "contenders": {}}

    def urls(prefix: str) -> list[str]:
        return [f"http://{hosts[i % len(hosts)]}:{port}/{prefix}/feed/{i}.xml" for i in range(n)]

    with serve_in_process(functools.partial(setup_server, stories, base), hosts) as port:
        control = f"http://{hosts[0]}:{port}"
        if not args.no_ours:
            results["contenders"]["ours"] = _run_contender(
                "ours", {"urls": urls("w"), "control": f"{control}/w/version"})
        if not args.no_reader and not args.no_ours:
            results["contenders"]["reader"] = _run_contender(
                "reader", {"urls": urls("r"), "control": f"{control}/r/version"})
        if not args.no_postgres and _pg_available():
            results["postgres"] = [scale_out(urls(f"p{k}"), k, args.batch) for k in workers]

    if "ours" in results["contenders"]:
        _summarize(results)
        results["cli_help"] = cli_help()
    if results.get("postgres"):
        one = results["postgres"][0]["wall_s"]
        for r in results["postgres"]:
            r["speedup_vs_1"] = round(one / r["wall_s"], 2)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    _print(results)
    return results


def _summarize(results: dict[str, Any]) -> None:
    ours = results["contenders"]["ours"]
    ours["mb_per_10k_articles"] = {
        "main": _slope(ours["cycles"], "main_mb"), "tree": _slope(ours["cycles"], "tree_mb")}
    ours["peak_tree_mb"] = max(c["peak"].get("tree_mb", 0) for c in ours["cycles"].values())
    ours["peak_main_mb"] = max(c["peak"].get("main_mb", 0) for c in ours["cycles"].values())
    oc = ours["cycles"]
    ours["one_new_vs_304"] = round(oc["one_new"]["wall_s"] / max(oc["all_304"]["wall_s"], 1e-3), 2)
    reader = results["contenders"].get("reader")
    if reader:
        reader["peak_tree_mb"] = max(c["peak"].get("tree_mb", 0)
                                     for c in reader["cycles"].values())
        ours["vs_reader"] = {c: round(oc[c]["wall_s"] / max(reader["cycles"][c]["wall_s"], 1e-3), 3)
                             for c in CYCLES}
        ours["cpu_vs_reader"] = {
            c: round(oc[c].get("cpu_s", 0) / max(reader["cycles"][c].get("cpu_s", 0), 1e-3), 3)
            for c in CYCLES}


def _print(r: dict[str, Any]) -> None:
    print(f"pipeline: {r['n']} feeds × {r['feed_kb']:.0f} KB ({r['items_per_feed']} items)")
    for name, c in r["contenders"].items():
        for cycle, s in c["cycles"].items():
            print(f"  {name:<7} {cycle:<8} {s['wall_s']:>7.2f} s  cpu {s.get('cpu_s', 0):>7.2f} s"
                  f"  new {s.get('new_articles', 0):>6}"
                  f"  lock {s.get('lock_s', 0):>6.2f} s"
                  f"  peak main {s['peak'].get('main_mb', 0):>6.1f} MB"
                  f"  tree {s['peak'].get('tree_mb', 0):>6.1f} MB")
    ours = r["contenders"].get("ours", {"one_new_vs_304": None, "mb_per_10k_articles": None})
    print(f"  ours vs reader: {ours.get('vs_reader')}; CPU: {ours.get('cpu_vs_reader')};"
          f" one-new/304: {ours['one_new_vs_304']};"
          f" MB per 10k articles: {ours['mb_per_10k_articles']}")
    for p in r.get("postgres", []):
        print(f"  postgres {p['workers']} worker(s): {p['wall_s']} s ({p['speedup_vs_1']}×),"
              f" cpu {p.get('cpu_s')} s, lock share {p['lock_share']},"
              f" {p['feeds']} feeds, {p['articles']} articles")


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        main()
