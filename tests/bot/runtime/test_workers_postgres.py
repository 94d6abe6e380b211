"""Several workers on one PostgreSQL database: every feed fetched once per cycle, every
delivery sent once (counted at the loopback feed server and the chat peer, not inferred)."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest

from bot.core.settings import load_settings
from bot.core.types import ChannelRef
from bot.deliver.dispatcher import Dispatcher
from bot.ingest.fetch import Fetcher, make_session
from bot.ingest.poller import Poller
from bot.store.postgres import PostgresStore
from tests.support.chat import RecordingAdapter
from tests.support.mini_feeds import MiniFeeds, distinct_items
from tests.support.pg import PG_URL, fresh_schema

FEEDS = 24
ITEMS = 3
CHANNELS = [ChannelRef.parse("console:alpha"), ChannelRef.parse("console:beta")]


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.mark.postgres
@pytest.mark.parametrize("workers", [2, 4])
async def test_workers_share_the_work_without_doing_it_twice(workers: int) -> None:
    # every first-polled item counts here (poll.first_poll_channel_items would cap a cycle's)
    settings = load_settings(allow_private_networks=True,
                             poll={"batch": 4, "first_poll_channel_items": 1000})
    clock = Clock(datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    chat = RecordingAdapter()
    async with fresh_schema() as schema, MiniFeeds() as feeds:
        stores = [PostgresStore(PG_URL, schema=schema, max_size=3) for _ in range(workers)]
        await asyncio.gather(*(s.open() for s in stores))  # concurrent migrations: one wins
        session = make_session(settings.fetch, allow_private_networks=True)
        try:
            with ThreadPoolExecutor(2) as pool:
                async with session:
                    for f in range(FEEDS):
                        feeds.set(f"f{f}", distinct_items(f, ITEMS))
                        feed, _ = await stores[0].add_feed(feeds.url(f"f{f}"), trusted=True)
                        for ch in CHANNELS:
                            await stores[0].subscribe(ch, feed.id)
                    fetcher = Fetcher(session, settings.fetch)
                    pollers = [Poller(s, fetcher, settings, executor=pool, clock=clock,
                                      owner=f"w{i}") for i, s in enumerate(stores)]
                    dispatchers = [Dispatcher(s, {"console": chat}, clock=clock, owner=f"w{i}",
                                              batch=10) for i, s in enumerate(stores)]

                    for cycle in (1, 2):
                        busy = set()
                        while True:  # all workers poll at once until nothing is due
                            stats = await asyncio.gather(*(p.run_cycle() for p in pollers))
                            busy |= {i for i, st in enumerate(stats) if st.feeds}
                            if not any(st.feeds for st in stats):
                                break
                        assert len(busy) >= 2, "the work was not shared"
                        assert sorted(feeds.hits.values()) == [cycle] * FEEDS
                        await asyncio.gather(*(d.drain() for d in dispatchers))
                        clock.now += timedelta(seconds=settings.poll.interval * 1.2)

                    expected = FEEDS * ITEMS * len(CHANNELS)
                    assert len(chat.posts) == expected
                    assert set(chat.attempts.values()) == {1}  # no delivery sent twice
                    assert await stores[0].delivery_counts() == {"sent": expected}
        finally:
            for s in stores:
                await s.close()


@pytest.mark.postgres
async def test_one_story_from_two_feeds_on_two_workers_is_posted_once() -> None:
    """Worker A ingests the wire's article while worker B ingests the paper's retelling of the
    same story, at the same moment: the ingest lock makes B see A's story and join it."""
    from tests.support.mini_feeds import Item

    settings = load_settings(allow_private_networks=True, poll={"batch": 1})
    clock = Clock(datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    chat = RecordingAdapter()
    channel = CHANNELS[0]
    wire = Item("w1", "North Korea fires long-range missile into sea off Japan",
                "North Korea fired an intercontinental ballistic missile that fell into the sea "
                "west of Japan's Hokkaido island, South Korea's military said.")
    paper = Item("p1", "North Korea test-fires ICBM that lands in Japan's economic zone",
                 "Pyongyang launched an intercontinental ballistic missile, Seoul's military "
                 "said; it splashed down inside Japan's exclusive economic zone.", minutes=20)
    async with fresh_schema() as schema, MiniFeeds() as feeds:
        stores = [PostgresStore(PG_URL, schema=schema, max_size=3) for _ in range(2)]
        await asyncio.gather(*(s.open() for s in stores))
        session = make_session(settings.fetch, allow_private_networks=True)
        try:
            with ThreadPoolExecutor(2) as pool:
                async with session:
                    feeds.set("wire", [wire])
                    feeds.set("paper", [paper])
                    for name in ("wire", "paper"):
                        feed, _ = await stores[0].add_feed(feeds.url(name), trusted=True)
                        await stores[0].subscribe(channel, feed.id)
                    fetcher = Fetcher(session, settings.fetch)
                    pollers = [Poller(s, fetcher, settings, executor=pool, clock=clock,
                                      owner=f"w{i}") for i, s in enumerate(stores)]
                    stats = await asyncio.gather(*(p.run_cycle() for p in pollers))
                    assert [st.feeds for st in stats] == [1, 1]  # one feed each, concurrently
                    await Dispatcher(stores[0], {"console": chat}, clock=clock).drain()
        finally:
            for s in stores:
                await s.close()
    assert len(chat.posts) == 1
