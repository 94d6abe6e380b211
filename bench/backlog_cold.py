"""Backlog rows as a cold cycle builds them: bench.pipeline's feeds (20 items each), every
feed new to the process (its own outlet, links and bylines: nothing of it in a cache yet), as
the pool process of a first `newsbrief run --once` meets them. CPU per row and per entry date
(the entry's parse with and without the date read), fastest of N rounds, each round on feeds
no earlier round used.

    python -m bench.backlog_cold [--feeds 200] [--rounds 5] [--side-known]
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import UTC, datetime


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--side-known", action="store_true",
                    help="each feed's own side (its outlet name) worked out before the rows, as "
                    "the build of its first items does in the same pool process")
    args = ap.parse_args()
    from bench.pipeline import feed_body
    from bot.content import attribution, dates, fastparse, jobs
    from bot.content.parse import parse_feed

    dates.register()
    base = datetime(2026, 12, 1, tzinfo=UTC)
    jobs.warm()
    row_best = date_best = float("inf")
    rows = 0
    for r in range(args.rounds):
        ids = range((r + 1) * 10_000, (r + 1) * 10_000 + args.feeds)
        feeds = [(f"http://127.0.0.1:8000/f/feed/{i}.xml",
                  parse_feed(feed_body(i, 0, 50, base), url=f"http://127.0.0.1:8000/f/feed/{i}.xml"))
                 for i in ids]
        rows = sum(len(f.entries) for _, f in feeds)
        if args.side_known:
            for url, feed in feeds:
                attribution.resolve_outlet(feed.entries[0], jobs.feed_context(feed), url)
        started = time.process_time()
        for n, (url, feed) in enumerate(feeds):  # the feed as the poller sends it: its context
            jobs.backlog(feed.entries, jobs.feed_context(feed), url, n)
        row_best = min(row_best, time.process_time() - started)
        raws = [f"{e.published:%a, %d %b %Y %H:%M:%S} +0000" for _, f in feeds for e in f.entries]

        class _E:
            def __init__(self, raw: str) -> None:
                self.published, self.updated, self.created = raw, None, None

        entries = [_E(x) for x in raws]
        started = time.process_time()
        for e in entries:
            fastparse.date_of(e)
        date_best = min(date_best, time.process_time() - started)
    print(json.dumps({"rows": rows, "row_us": round(row_best / rows * 1e6, 2),
                      "date_us": round(date_best / rows * 1e6, 2)}))


if __name__ == "__main__":
    main()
