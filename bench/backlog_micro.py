"""Micro-timings of a first poll's backlog rows and of entry dates, on the fixture feeds (CPU
time, fastest of N: the machine is shared, wall time is noise).

    python -m bench.backlog_micro [--repeat 5] [--dump OUT.json]

Rows: `jobs.backlog` over every entry of every development fixture feed (tests/data
realistic_feeds, heldout_feeds, heldout2..37_feeds; never a blind set), per row. Dates: every
date string those feeds' entries carry, read as a parse reads them (`fastparse.date_of` of the
text, then `parse._local_times`' zone look-ups), per date. `--dump` writes every backlog row
(all fields) as JSON: `--compare REF` reports rows that differ.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

from bench.article_dump import _plain  # the same JSON form as the build dump

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
FOLDERS = ("realistic_feeds", "heldout_feeds", *(f"heldout{n}_feeds" for n in range(2, 38)))
_NOT_FEEDS = (".expect.json", ".md", ".py", ".json")
_DATE = re.compile(
    rb"<((?:\w+:)?(?:pubDate|published|updated|date|created|issued|modified))\b[^>]*>"
    rb"\s*(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?\s*</\1>",
    re.DOTALL,
)


def feed_paths() -> list[Path]:
    return [p for folder in FOLDERS for p in sorted((DATA / folder).iterdir())
            if p.is_file() and not p.name.endswith(_NOT_FEEDS)]


def fixture_dates() -> list[str]:
    """Every date string written in the development fixture feeds (deduplicated, in order)."""
    import html

    seen: dict[str, None] = {}
    for path in feed_paths():
        for m in _DATE.finditer(path.read_bytes()):
            raw = html.unescape(m[2].decode("utf-8", "replace")).strip()
            if raw and len(raw) < 80:
                seen.setdefault(raw, None)
    return list(seen)


def _feeds() -> list[tuple[str, Any]]:
    from bot.content.parse import parse_feed
    from bot.core.errors import ParseError

    out = []
    for path in feed_paths():
        try:
            out.append((path.name, parse_feed(path.read_bytes(),
                                              url=f"https://feeds.example/{path.name}")))
        except ParseError:
            continue
    return out


def _fastest(fn: Any, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        fn()
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--dump")
    ap.add_argument("--compare")
    args = ap.parse_args()
    from bot.content import dates, fastparse, jobs
    from bot.content.parse import _local_times

    dates.register()
    feeds = _feeds()
    rows = {f"{name}#{n}": _plain(a) for name, feed in feeds for n, a in
            enumerate(jobs.backlog(feed.entries, feed, f"https://feeds.example/{name}", 1))}
    count = len(rows)

    def build() -> None:
        for name, feed in feeds:
            jobs.backlog(feed.entries, feed, f"https://feeds.example/{name}", 1)

    raws = fixture_dates()

    class _E:  # what fastparse.date_of reads of an entry
        def __init__(self, raw: str) -> None:
            self.published, self.updated, self.created = raw, None, None

    entries = [_E(r) for r in raws]

    def read_dates() -> None:
        _local_times([fastparse.date_of(e) for e in entries], "en", "https://x.example/")

    row_s = _fastest(build, args.repeat)
    date_s = _fastest(read_dates, args.repeat * 2)
    print(json.dumps({"rows": count, "row_us": round(row_s / count * 1e6, 2),
                      "dates": len(raws), "date_us": round(date_s / len(raws) * 1e6, 2)}))
    if args.dump:
        Path(args.dump).write_text(json.dumps(rows, ensure_ascii=False, indent=0))
    if args.compare:
        ref = json.loads(Path(args.compare).read_text())
        differ = [k for k in ref.keys() | rows.keys() if ref.get(k) != rows.get(k)]
        for k in sorted(differ)[:20]:
            print(k, ref.get(k), rows.get(k), sep="\n  ")
        print(f"{len(differ)} rows differ")
        sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
