"""Poll → outbox → dispatch with a loopback feed server: first poll, edits, retention."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.core.settings import load_settings
from bot.core.types import ChannelRef
from bot.deliver.dispatcher import Dispatcher
from bot.ingest.fetch import Fetcher, make_session
from bot.ingest.poller import Poller
from bot.store.sqlite import SQLiteStore
from tests.support.chat import RecordingAdapter
from tests.support.mini_feeds import Item, MiniFeeds

CH = ChannelRef.parse("console:world")


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
async def rig(tmp_path: Path):  # type: ignore[no-untyped-def]
    settings = load_settings(allow_private_networks=True)
    store = SQLiteStore(str(tmp_path / "nb.db"))
    await store.open()
    clock = Clock(datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    chat = RecordingAdapter()
    session = make_session(settings.fetch, allow_private_networks=True)
    with ThreadPoolExecutor(2) as pool:
        async with MiniFeeds() as feeds, session:
            poller = Poller(store, Fetcher(session, settings.fetch), settings, executor=pool,
                            clock=clock)
            dispatcher = Dispatcher(store, {"console": chat}, clock=clock)

            async def cycle() -> int:
                await poller.run_cycle()
                return (await dispatcher.drain()).sent

            yield store, feeds, clock, chat, cycle
    await store.close()


TOPICS = [
    "Envoys meet in Geneva over Iran nuclear programme",
    "Brazil and Argentina sign Mercosur trade pact",
    "Japan protests Chinese coast guard patrols near Senkakus",
    "NATO ministers debate Baltic air defence",
    "African Union mediates Sudan ceasefire in Addis Ababa",
    "India and Pakistan reopen Kartarpur corridor talks",
    "EU adopts new sanctions package against Belarus",
    "Mexico recalls ambassador from Ecuador after embassy raid",
    "South Korea and Japan hold first security dialogue in years",
    "UN Security Council extends Mali peacekeeping mandate",
]


def _items(n: int) -> list[Item]:
    return [Item(f"g{i}", TOPICS[i], minutes=i) for i in range(n)]


async def test_first_poll_posts_only_the_newest_items(rig) -> None:  # type: ignore[no-untyped-def]
    store, feeds, clock, chat, cycle = rig
    feeds.set("world", _items(10))
    feed, _ = await store.add_feed(feeds.url("world"), trusted=True)
    await store.subscribe(CH, feed.id)
    assert await cycle() == 3  # poll.first_poll_items
    assert {p.digest.items[0].headline for p in chat.posts} == set(TOPICS[7:10])
    assert len(await store.recent_articles(clock.now - timedelta(days=1))) == 10  # all seen

    # Next poll: one new item is posted; edited old items are not re-posted.
    clock.now += timedelta(hours=1)
    edited = [Item(i.guid, i.title + " (updated)", "Corrected text.", i.minutes)
              for i in _items(10)]
    fresh = Item("g10", "Qatar hosts Gaza ceasefire talks in Doha", minutes=60)
    feeds.set("world", [*edited, fresh])
    assert await cycle() == 1
    assert chat.posts[-1].digest.items[0].headline == "Qatar hosts Gaza ceasefire talks in Doha"
    clock.now += timedelta(hours=1)
    assert await cycle() == 0
    assert len(chat.posts) == 4 and max(chat.attempts.values()) == 1


async def test_items_older_than_retention_are_seen_not_posted(rig) -> None:  # type: ignore[no-untyped-def]
    store, feeds, clock, _chat, cycle = rig
    feeds.set("world", _items(1))
    feed, _ = await store.add_feed(feeds.url("world"), trusted=True)
    await store.subscribe(CH, feed.id)
    assert await cycle() == 1
    clock.now += timedelta(hours=1)
    # A 60-day-old item shows up (a feed re-listing its archive): stored, not posted.
    feeds.set("world", [*_items(1), Item("old", "Archive: OSCE summit in Vienna on Ukraine",
                                           minutes=-60 * 24 * 60)])
    assert await cycle() == 0
    assert len(await store.recent_articles(clock.now - timedelta(days=1))) == 2
