"""End-to-end delivery latency: a new item appears on a loopback feed → the fake Slack Web API
receives `chat.postMessage` for it. Real App, poller, SQLite outbox, dispatcher and SlackAdapter.

Baseline in the same run: the polling interval itself. With items appearing at random moments
the wait for the next poll averages interval/2, so `p50 / (interval/2)` near 1.0 means the
pipeline adds almost nothing on top of polling.

    python -m bench.delivery_latency [--quick] [--interval 2] [--items 30]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from aiohttp import web

from adapters.slack_adapter import SlackAdapter
from bot.core.settings import SlackSettings, load_settings
from bot.core.types import ChannelRef
from bot.runtime.app import App
from tests.support.fake_slack import BOT_TOKEN, SIGNING_SECRET, FakeSlack

RESULTS = Path(__file__).resolve().parent / "results" / "delivery_latency.json"
CHANNEL = ChannelRef("slack", "C0NEWS")


_PLACES = (
    "Kenya", "Chile", "Norway", "Vietnam", "Morocco", "Poland", "Peru", "Indonesia", "Ghana",
    "Finland", "Mongolia", "Uruguay", "Jordan", "Nepal", "Portugal", "Senegal", "Laos", "Oman",
    "Estonia", "Bolivia", "Tunisia", "Croatia", "Malawi", "Qatar", "Ecuador", "Latvia", "Benin",
    "Bhutan", "Iceland", "Zambia", "Panama",
)
_TOPICS = (
    "expels envoy over spying row", "signs grain export accord", "hosts border security talks",
    "recalls ambassador after protest", "joins regional defence pact", "faces sanctions vote",
    "opens embassy in neighbour's capital", "agrees debt relief with lenders",
    "holds snap election amid crisis", "wins seat on UN rights council", "bans foreign NGOs",
)


class FeedSource:
    """A feed that grows while the benchmark runs; remembers when each item appeared."""

    def __init__(self) -> None:
        self.items: list[tuple[str, datetime]] = []
        self.appeared: dict[str, float] = {}

    def add(self, n: int) -> str:
        # Distinct stories: near-identical titles would (rightly) be clustered into one post.
        place, topic = _PLACES[n % len(_PLACES)], _TOPICS[(n * 7) % len(_TOPICS)]
        title = f"{place} {topic} (report {n})"
        self.items.append((title, datetime.now(UTC)))
        self.appeared[title] = time.monotonic()
        return title

    async def handle(self, request: web.Request) -> web.Response:
        entries = "".join(
            f"<item><title>{t}</title><guid>item-{i}</guid>"
            f"<link>https://wire.example/{i}</link><pubDate>{format_datetime(when)}</pubDate>"
            f"<description>{t.split(' (')[0]}, officials said on {when:%A}. Talks with "
            f"neighbours will go on, a spokesperson said.</description></item>"
            for i, (t, when) in enumerate(self.items)
        )
        body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{entries}'
        return web.Response(body=body + "</channel></rss>", content_type="application/rss+xml")


async def measure(items: int, interval: int) -> dict[str, Any]:
    source = FeedSource()
    source.add(0)
    app_ = web.Application()
    app_.router.add_get("/feed.xml", source.handle)
    runner = web.AppRunner(app_, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    fake = await FakeSlack().start()
    received: dict[str, float] = {}
    arrived = asyncio.Event()
    original = fake._m_chat_postMessage

    def record(body: dict[str, Any]) -> dict[str, Any]:
        for title in source.appeared:
            if title in json.dumps(body) and title not in received:
                received[title] = time.monotonic()
                arrived.set()
        return original(body)

    fake._m_chat_postMessage = record  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(
            database_url=f"sqlite:///{tmp}/bench.db",
            allow_private_networks=True,
            poll={"interval": interval, "min_interval": 1, "jitter": 0.0},
        )
        adapter = SlackAdapter(
            bot_token=BOT_TOKEN, signing_secret=SIGNING_SECRET, api_url=fake.api_url,
            config=SlackSettings(messages_per_second=10),
        )
        with ThreadPoolExecutor(2) as pool:
            async with App(settings, adapters={"slack": adapter}, executor=pool) as app:
                feed, _ = await app.store.add_feed(f"http://{host}:{port}/feed.xml", trusted=True)
                await app.store.subscribe(CHANNEL, feed.id)
                stop = asyncio.Event()
                worker = asyncio.create_task(app.run_forever(stop, tick=0.05))
                rng = random.Random(7)
                titles = []
                for n in range(1, items + 1):
                    await asyncio.sleep(rng.uniform(0.3, 1.2) * interval)
                    titles.append(source.add(n))
                try:
                    async with asyncio.timeout(interval * 3 + 10):
                        while not all(t in received for t in titles):
                            arrived.clear()
                            await arrived.wait()
                except TimeoutError:
                    pass  # reported below as undelivered items
                stop.set()
                await worker
    await fake.close()
    await runner.cleanup()
    lat = sorted(received[t] - source.appeared[t] for t in titles if t in received)
    if len(lat) < len(titles):
        raise SystemExit(f"only {len(lat)} of {len(titles)} items were delivered")
    p50 = statistics.median(lat)
    p99 = lat[min(len(lat) - 1, round(0.99 * (len(lat) - 1)))]
    return {
        "items": len(titles),
        "interval_s": interval,
        "p50_s": round(p50, 3),
        "p99_s": round(p99, 3),
        "max_s": round(lat[-1], 3),
        "baseline_expected_wait_s": interval / 2,
        "p50_vs_baseline": round(p50 / (interval / 2), 2),
        "overhead_p50_s": round(p50 - interval / 2, 3),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="5 items, ~10 s")
    ap.add_argument("--interval", type=int, default=2, help="poll interval in seconds")
    ap.add_argument("--items", type=int, default=30)
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    items = 5 if args.quick else args.items
    result = asyncio.run(measure(items, args.interval))
    out = {
        "quick": args.quick,
        **result,
        "title": "Delivery latency (new item on the feed → fake Slack receives the post)",
        "table": [{
            "items": result["items"], "poll interval": f"{args.interval} s",
            "p50": f"{result['p50_s']:.2f} s", "p99": f"{result['p99_s']:.2f} s",
            "p50 vs interval/2": f"{result['p50_vs_baseline']:.2f}×",
        }],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
