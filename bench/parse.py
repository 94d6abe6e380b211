"""Parsing the same bytes: newsbrief's parse_feed vs fastfeedparser.

Inputs: the bundled demo feeds (RSS, Atom, windows-1252, a malformed one) and the poll-cycle
benchmark's synthetic feeds at ~40 KB, ~160 KB and ~430 KB. For each parser: ms per parse
(best of 5 passes) and whether it read every feed with the same number of items.

    python -m bench.parse [--quick]

Result: fastfeedparser parses these 30-100× faster and read every one of them. "ours" is
`bot.content.parse.parse_feed`: since issue 19 it reads well-formed feeds with feedparser-rs
(bot/content/fastparse.py; ~3× less CPU than feedparser alone for a 20-item feed, most of what is
left being feedparser's date handlers and newsbrief's own work on the entries) and leaves the rest
to feedparser. feedparser-rs rather than fastfeedparser: its output keeps what feedparser's does
(dates as written, <description> apart from <content:encoded>, the feed's language), so mapping it
onto feedparser's keys is small; tests/bot/content/test_fastparse.py holds both paths equal on
every fixture feed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import fastfeedparser

from bench.poll_cycle import ITEMS, PARAGRAPH
from bot.content.parse import parse_feed
from bot.core.errors import ParseError
from bot.runtime.demo import demo_files

RESULTS = Path(__file__).resolve().parent / "results" / "parse.json"


def synthetic(paragraphs: int) -> bytes:
    items = "".join(
        f"<item><title>Talks resume, part {j}</title><link>https://x.example/{j}</link>"
        f"<guid>g{j}</guid><pubDate>Tue, 01 Oct 2024 10:00:00 GMT</pubDate>"
        f"<description><![CDATA[{PARAGRAPH * paragraphs}]]></description></item>"
        for j in range(ITEMS)
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Bench</title>{items}</channel></rss>").encode()


def inputs(quick: bool) -> dict[str, bytes]:
    feeds = {p.name: p.read_bytes() for p in demo_files()}
    sizes = (4,) if quick else (4, 16, 45)
    for n in sizes:
        body = synthetic(n)
        feeds[f"synthetic-{len(body) // 1024}KB"] = body
    return feeds


def ours(body: bytes) -> int:
    try:
        return len(parse_feed(body, url="bench").entries)
    except ParseError:
        return -1


def fast(body: bytes) -> int:
    try:
        return len(fastfeedparser.parse(body)["entries"])
    except Exception:
        return -1


PARSERS: dict[str, Callable[[bytes], int]] = {"feedparser (ours)": ours, "fastfeedparser": fast}


def best_ms(fn: Callable[[bytes], int], body: bytes, passes: int) -> float:
    times = []
    for _ in range(passes):
        start = time.perf_counter()
        fn(body)
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    passes = 2 if args.quick else 5
    rows: list[dict[str, Any]] = []
    for name, body in inputs(args.quick).items():
        counts = {p: fn(body) for p, fn in PARSERS.items()}
        ms = {p: best_ms(fn, body, passes) for p, fn in PARSERS.items()}
        rows.append({
            "input": name,
            "KB": round(len(body) / 1024, 1),
            "items (ours / fast)": f"{counts['feedparser (ours)']} / {counts['fastfeedparser']}",
            "feedparser ms": round(ms["feedparser (ours)"], 2),
            "fastfeedparser ms": round(ms["fastfeedparser"], 2),
            "fast / ours": f"{ms['fastfeedparser'] / ms['feedparser (ours)']:.2f}×",
        })
    out = {
        "quick": args.quick,
        "title": "Parsing the same bytes (best of passes, one core)",
        "table": rows,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    for row in rows:
        print("  ".join(f"{k}={v}" for k, v in row.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
