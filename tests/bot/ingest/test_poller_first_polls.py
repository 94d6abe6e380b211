"""The first polls of one cycle, decided together (poll.first_poll_channel_items), with a
loopback feed server: an OPML import of many feeds never floods a channel."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.core.settings import load_settings
from bot.core.types import ChannelRef
from bot.deliver.dispatcher import Dispatcher
from bot.ingest.fetch import Fetcher, make_session
from bot.ingest.poller import Poller
from bot.runtime.pool import ContentPool
from bot.store.sqlite import SQLiteStore
from tests.bot.ingest.test_poller_delivery import NOT_NEWS, TOPICS
from tests.support.chat import RecordingAdapter
from tests.support.mini_feeds import Item, MiniFeeds, distinct_items
from tests.support.records import stored_articles

CH = ChannelRef.parse("console:world")
CH2 = ChannelRef.parse("console:region")
FEEDS = 30
ITEMS = 5


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Rig:
    store: SQLiteStore
    feeds: MiniFeeds
    clock: Clock
    chat: RecordingAdapter
    poller: Callable[[], Poller]  # a new poller (a new process) on the same store

    async def cycle(self, poller: Poller) -> int:
        await poller.run_cycle()
        return (await Dispatcher(self.store, {"console": self.chat}, clock=self.clock)
                .drain()).sent

    def headlines(self) -> list[str]:
        return sorted(p.digest.items[0].headline for p in self.chat.posts)


@contextlib.asynccontextmanager
async def _rig(
    tmp_path: Path, executor: Callable[[], Executor] = lambda: ThreadPoolExecutor(2), **poll: Any
) -> AsyncIterator[Rig]:
    settings = load_settings(allow_private_networks=True, poll=poll)
    store = SQLiteStore(str(tmp_path / "nb.db"))
    await store.open()
    clock = Clock(datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    session = make_session(settings.fetch, allow_private_networks=True)
    try:
        with executor() as pool:
            async with MiniFeeds() as feeds, session:
                fetcher = Fetcher(session, settings.fetch)
                yield Rig(store, feeds, clock, RecordingAdapter(),
                          lambda: Poller(store, fetcher, settings, executor=pool, clock=clock))
    finally:
        await store.close()


def _items(f: int) -> list[Item]:
    """Feed f's items, distinct stories; item i of every feed is newer than item i - 1 of any,
    and feed f's newer than feed f - 1's (a feed lists its newest first)."""
    return [replace_minutes(it, it.minutes * 60 + f) for it in distinct_items(f, ITEMS)][::-1]


def replace_minutes(item: Item, minutes: int) -> Item:
    return Item(item.guid, item.title, item.description, minutes)


async def _add(rig: Rig, f: int, items: list[Item], *channels: ChannelRef,
               trusted: bool = True) -> None:
    rig.feeds.set(f"f{f}", items)
    feed, _ = await rig.store.add_feed(rig.feeds.url(f"f{f}"), trusted=trusted)
    for ch in channels or (CH,):
        await rig.store.subscribe(ch, feed.id)


def _newest(items: list[Item], n: int) -> list[str]:
    return sorted(i.title for i in sorted(items, key=lambda i: -i.minutes)[:n])


async def test_thirty_new_feeds_post_the_channels_budget_the_newest(tmp_path: Path) -> None:
    async with _rig(tmp_path) as rig:
        everything = []
        for f in range(FEEDS):
            await _add(rig, f, _items(f))
            everything += _items(f)
        poller = rig.poller()
        assert await rig.cycle(poller) == 10  # poll.first_poll_channel_items, not 30 × 3
        assert rig.headlines() == _newest(everything, 10)
        stored = await stored_articles(rig.store, rig.clock.now - timedelta(days=1))
        assert len(stored) == FEEDS * ITEMS  # everything is stored as seen
        assert sum(a.built for a in stored) == 10  # only what was posted was built
        # Polled again: nothing is new, nothing more is posted.
        rig.clock.now += timedelta(hours=1)
        assert await rig.cycle(poller) == 0
        poller.close()


async def test_first_polls_read_whole_or_parsed_here_come_out_the_same(tmp_path: Path) -> None:
    """A cycle that is not cold (a content pool's) parses its first polls in this process and
    makes their backlog rows in the pool (`Poller._hold_parsed`); a cold one, or an executor
    that is no content pool, reads each whole in one job (`jobs.first_poll`): the same posts,
    the same rows."""
    outcomes = []
    for name, executor in (
        ("whole", lambda: ThreadPoolExecutor(2)),
        ("parsed here", lambda: ContentPool(inline_ms=float("inf"), burst_ms=float("inf"))),
    ):
        async with _rig(tmp_path / name.replace(" ", "_"), executor) as rig:
            for f in range(FEEDS):
                await _add(rig, f, _items(f))
            poller = rig.poller()
            assert await rig.cycle(poller) == 10
            stored = await stored_articles(rig.store, rig.clock.now - timedelta(days=1))
            poller.close()
            rows = sorted((a.feed_id, a.key, a.title, a.text, a.built, a.outlet, a.entry_hash)
                          for a in stored)
            outcomes.append((rig.headlines(), rows))
    assert outcomes[0] == outcomes[1] and len(outcomes[0][1]) == FEEDS * ITEMS


async def test_a_feed_still_gives_at_most_first_poll_items(tmp_path: Path) -> None:
    """One feed carries the 8 newest items: it gives its newest 3, the others the rest."""
    async with _rig(tmp_path) as rig:
        busy = [Item(f"busy{i}", t, minutes=10_000 + i) for i, t in enumerate(TOPICS[:8])]
        await _add(rig, 0, busy[::-1])
        everything = []
        for f in range(1, 12):
            await _add(rig, f, _items(f))
            everything += _items(f)
        poller = rig.poller()
        assert await rig.cycle(poller) == 10
        assert rig.headlines() == sorted(_newest(busy, 3) + _newest(everything, 7))
        poller.close()


async def test_each_channel_gets_its_budget_of_its_own_feeds(tmp_path: Path) -> None:
    async with _rig(tmp_path, first_poll_channel_items=4) as rig:
        world, region = [], []
        for f in range(12):
            channels = (CH,) if f < 6 else (CH2,) if f < 10 else (CH, CH2)
            await _add(rig, f, _items(f), *channels)
            if CH in channels:
                world += _items(f)
            if CH2 in channels:
                region += _items(f)
        poller = rig.poller()
        assert await rig.cycle(poller) == 8
        posted: dict[ChannelRef, list[str]] = {CH: [], CH2: []}
        for p in rig.chat.posts:
            posted[p.channel].append(p.digest.items[0].headline)
        assert sorted(posted[CH]) == _newest(world, 4)
        assert sorted(posted[CH2]) == _newest(region, 4)
        poller.close()


async def test_the_newest_relevant_items_not_the_newest(tmp_path: Path) -> None:
    """Untrusted feeds whose newest items no foreign-policy channel wants: the channel gets the
    newest that pass its threshold, across feeds."""
    async with _rig(tmp_path, first_poll_channel_items=4) as rig:
        for f in range(5):
            not_news = [Item(f"x{f}-{i}", f"{NOT_NEWS[(f + i) % 5][0]} ({f}-{i})",
                             NOT_NEWS[(f + i) % 5][1], minutes=1000 + 10 * f + i)
                        for i in range(2)]
            news = [Item(f"n{f}", TOPICS[f], minutes=100 + f),
                    Item(f"m{f}", TOPICS[f + 5], minutes=f)]
            await _add(rig, f, [*not_news[::-1], *news], trusted=False)
        poller = rig.poller()
        assert await rig.cycle(poller) == 4
        assert rig.headlines() == sorted(TOPICS[1:5])  # each feed's newer story, newest 4
        poller.close()


def _delayed(poller: Poller, delay: Callable[[str], float], arrived: list[str]) -> None:
    """Fetches finish in the order `delay` gives each feed's URL (recorded in `arrived`)."""
    fetcher = poller._fetcher
    real = fetcher.fetch

    async def fetch(url: str, **kwargs: Any) -> Any:
        await asyncio.sleep(delay(url))
        result = await real(url, **kwargs)
        arrived.append(url.rsplit("/", 1)[1])
        return result

    fetcher.fetch = fetch  # type: ignore[method-assign]


async def test_the_same_posts_whatever_order_the_feeds_arrive_in(tmp_path: Path) -> None:
    """Feeds fetched in two opposite orders: the same items are posted and built (each feed's
    newest relevant items, mixed with not-news, across two channels)."""
    results, orders = [], []
    for reverse in (False, True):
        (tmp_path / str(reverse)).mkdir()
        async with _rig(tmp_path / str(reverse), first_poll_channel_items=5) as rig:
            for f in range(10):
                items = _items(f)
                if f % 3 == 0:  # its newest item is not news, and the feed is not trusted
                    items = [Item(f"x{f}", f"{NOT_NEWS[f % 5][0]} ({f})", NOT_NEWS[f % 5][1],
                                  minutes=10_000 + f), *items]
                await _add(rig, f, items, *((CH,) if f % 2 else (CH, CH2)),
                           trusted=f % 3 != 0)
            poller = rig.poller()

            def delay(url: str, reverse: bool = reverse) -> float:
                f = int(url.rsplit("/f", 1)[1].split(".")[0])
                return 0.02 * ((9 - f) if reverse else f)

            arrived: list[str] = []
            _delayed(poller, delay, arrived)
            await rig.cycle(poller)
            orders.append(arrived)
            built = sorted(a.title for a in await stored_articles(
                rig.store, rig.clock.now - timedelta(days=1)) if a.built)
            results.append((sorted((str(p.channel), p.digest.items[0].headline)
                                   for p in rig.chat.posts), built))
            poller.close()
    assert orders[0] == orders[1][::-1]  # the feeds did arrive in opposite orders
    assert results[0] == results[1]
    posts = results[0][0]
    assert len(posts) == 10 and not any("(" in h for _, h in posts)  # 5 + 5, all news


async def test_a_crash_before_the_finale_leaves_the_feeds_first_polls(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cycle dies after every feed was fetched, before the finale: no feed's state was
    stored, so the next process polls them all as first polls again and posts the budget,
    never their items as new ones."""
    async with _rig(tmp_path) as rig:
        everything = []
        for f in range(FEEDS):
            await _add(rig, f, _items(f))
            everything += _items(f)
        crashed = rig.poller()

        async def crash() -> None:
            raise RuntimeError("killed")

        monkeypatch.setattr(crashed, "_finale", crash)
        with pytest.raises(RuntimeError):
            await rig.cycle(crashed)
        crashed.close()
        assert rig.chat.posts == []
        stored = await stored_articles(rig.store, rig.clock.now - timedelta(days=1))
        assert not any(a.built for a in stored)  # backlog rows may be there, no article

        rig.clock.now += timedelta(minutes=15)  # the leases ran out
        poller = rig.poller()
        assert await rig.cycle(poller) == 10
        assert rig.headlines() == _newest(everything, 10)
        stored = await stored_articles(rig.store, rig.clock.now - timedelta(days=1))
        assert len(stored) == FEEDS * ITEMS and sum(a.built for a in stored) == 10
        rig.clock.now += timedelta(hours=1)
        assert await rig.cycle(poller) == 0
        poller.close()


async def test_a_held_feed_whose_commit_fails_fails_alone(tmp_path: Path) -> None:
    """One feed's commit fails in the finale: the others are committed and posted, the cycle
    then says it failed, and that feed stays a first poll (posted the next cycle, within its
    own cap; its other items are never new ones)."""
    from bot.core.errors import StoreError

    async with _rig(tmp_path) as rig:
        for f in range(5):
            await _add(rig, f, _items(f))
        bad = await rig.store.find_feed(rig.feeds.url("f4"))
        assert bad is not None
        real = rig.store.ingest_many

        async def failing(batches, now, **kwargs):  # type: ignore[no-untyped-def]
            if any(b.feed_id == bad.id for b in batches):
                raise StoreError("disk full")
            return await real(batches, now, **kwargs)

        rig.store.ingest_many = failing  # type: ignore[method-assign]
        poller = rig.poller()
        with pytest.raises(StoreError):
            await poller.run_cycle()
        sent = (await Dispatcher(rig.store, {"console": rig.chat}, clock=rig.clock).drain()).sent
        # The newest 10: items 4 and 3 of each feed; feed 4's two are lost with its commit.
        assert sent == 8 and not any(h.startswith("alpha4x") for h in rig.headlines())
        again = await rig.store.find_feed(bad.url)
        assert again is not None and again.last_success_at is None

        rig.store.ingest_many = real  # type: ignore[method-assign]
        rig.clock.now += timedelta(hours=1)
        # Feed 4's first poll again: the two it was to post (the rest of its items were stored
        # as seen with the failed batch, before its commit: never new again).
        assert await rig.cycle(poller) == 2
        assert sorted(h for h in rig.headlines() if h.startswith("alpha4x")) == sorted(
            i.title for i in _items(4)[:2])
        rig.clock.now += timedelta(hours=1)
        assert await rig.cycle(poller) == 0
        poller.close()


async def test_a_cycles_first_polls_read_their_followers_together(tmp_path: Path) -> None:
    """The followers of a cycle's first polls (subscriptions, channel settings) are read in one
    batch when the cycle begins, not per feed as each is held: the same posts per channel,
    a feed that nobody follows posts nothing."""
    async with _rig(tmp_path, first_poll_channel_items=4) as rig:
        world, region = [], []
        for f in range(8):
            channels = (CH,) if f < 4 else (CH2,) if f < 6 else (CH, CH2)
            await _add(rig, f, _items(f), *channels)
            world += _items(f) if CH in channels else []
            region += _items(f) if CH2 in channels else []
        rig.feeds.set("f8", _items(8))  # a feed nobody follows
        await rig.store.add_feed(rig.feeds.url("f8"), trusted=True)
        per_feed = []
        read = rig.store.subscriptions_for_feed

        async def counted(feed_id: int):  # type: ignore[no-untyped-def]
            per_feed.append(feed_id)
            return await read(feed_id)

        rig.store.subscriptions_for_feed = counted  # type: ignore[method-assign]
        poller = rig.poller()
        assert await rig.cycle(poller) == 8
        posted: dict[ChannelRef, list[str]] = {CH: [], CH2: []}
        for p in rig.chat.posts:
            posted[p.channel].append(p.digest.items[0].headline)
        assert sorted(posted[CH]) == _newest(world, 4)
        assert sorted(posted[CH2]) == _newest(region, 4)
        assert per_feed == []
        poller.close()


async def test_a_cycles_first_polls_read_what_their_feeds_stored_together(
    tmp_path: Path,
) -> None:
    """What each first poll reads of its feed before its job (`has_articles`,
    `all_entry_hashes`) is read for all of them when the cycle begins, two statements, not two
    a feed between its fetch and its job: the same posts, and two feeds whose commits failed
    after their backlogs were stored are first polls again whose stored items are never new."""
    from bot.core.errors import StoreError

    async with _rig(tmp_path) as rig:
        for f in range(6):
            await _add(rig, f, _items(f))
        bad = {f.id for f in await rig.store.list_feeds()
               if f.url in (rig.feeds.url("f4"), rig.feeds.url("f5"))}
        real_ingest = rig.store.ingest_many

        async def failing(batches, now, **kwargs):  # type: ignore[no-untyped-def]
            if any(b.feed_id in bad for b in batches):
                raise StoreError("disk full")
            return await real_ingest(batches, now, **kwargs)

        rig.store.ingest_many = failing  # type: ignore[method-assign]
        per_feed: list[str] = []
        for name in ("has_articles", "all_entry_hashes"):
            real = getattr(rig.store, name)

            async def counted(feed_id: int, _real: Any = real, _name: str = name) -> Any:
                per_feed.append(_name)
                return await _real(feed_id)

            setattr(rig.store, name, counted)
        poller = rig.poller()
        with pytest.raises(StoreError):
            await poller.run_cycle()
        assert per_feed == []
        sent = (await Dispatcher(rig.store, {"console": rig.chat}, clock=rig.clock).drain()).sent
        assert sent == 6 and not any(h.startswith(("alpha4x", "alpha5x")) for h in rig.headlines())

        rig.store.ingest_many = real_ingest  # type: ignore[method-assign]
        rig.clock.now += timedelta(hours=1)
        # Both first polls again, read together: each posts its two (its other items were
        # stored as seen with the failed batch: known, never new).
        assert await rig.cycle(poller) == 4
        assert per_feed == []
        for f in (4, 5):
            assert sorted(h for h in rig.headlines() if h.startswith(f"alpha{f}x")) == sorted(
                i.title for i in _items(f)[:2])
        rig.clock.now += timedelta(hours=1)
        assert await rig.cycle(poller) == 0
        poller.close()


class _ColdPool(ThreadPoolExecutor):
    """A content pool's cold-cycle calls (`begin_cold` … `end_cold`) around a thread pool, with
    every `jobs.first_poll` submitted: whether a cold cycle was under way then."""

    def __init__(self) -> None:
        super().__init__(2)
        self.cold = False
        self.first_polls: list[bool] = []

    def begin_cold(self, feeds: int = 0) -> bool:
        self.cold = True
        return True

    def end_cold(self) -> None:
        self.cold = False

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
        from bot.content import jobs

        if getattr(fn, "func", fn) is jobs.first_poll:  # the poller submits a partial
            self.first_polls.append(self.cold)
        return super().submit(fn, *args, **kwargs)


class _ColdSplitPool(_ColdPool):
    """`_ColdPool` whose cold cycles parse their first polls here (ContentPool.parse_here, a
    cold cycle split between two cores): every job's function is noted."""

    def __init__(self) -> None:
        super().__init__()
        self.jobs: list[str] = []

    def parse_here(self) -> bool:
        return self.cold

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
        self.jobs.append(getattr(getattr(fn, "func", fn), "__name__", "?"))
        return super().submit(fn, *args, **kwargs)


async def test_a_cold_split_cycle_parses_first_polls_here_with_the_same_outcome(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A cold cycle split between two cores (ContentPool.parse_here) parses each first poll in
    this process and sends only its backlog rows to the pool (`Poller._hold_parsed`), reads
    none whole (`jobs.first_poll`) nor ahead: the same posts and rows as reading each whole."""
    from bot.ingest import poller as poller_module

    monkeypatch.setattr(poller_module, "COLD_FEEDS", 2)
    split = _ColdSplitPool()
    outcomes = []
    for name, executor in (("whole", _ColdPool), ("split", lambda: split)):
        async with _rig(tmp_path / name, executor, batch=FEEDS // 2) as rig:
            for f in range(FEEDS):
                await _add(rig, f, _items(f))
            poller = rig.poller()
            for _ in range(2):
                await poller.run_cycle(ahead=True)
            sent = (await Dispatcher(rig.store, {"console": rig.chat}, clock=rig.clock)
                    .drain()).sent
            stored = await stored_articles(rig.store, rig.clock.now - timedelta(days=1))
            poller.close()
            rows = sorted((a.feed_id, a.key, a.title, a.text, a.built, a.outlet, a.entry_hash)
                          for a in stored)
            outcomes.append((sent, rig.headlines(), rows))
    assert outcomes[0] == outcomes[1] and len(outcomes[0][2]) == FEEDS * ITEMS
    assert split.first_polls == [] and "first_poll" not in split.jobs
    assert split.jobs.count("parse_items") == FEEDS and "backlog" in split.jobs


async def test_a_first_poll_whose_parse_crashes_here_fails_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A parse that raises (a bug, not a feed error) in a cold split cycle fails its own feed,
    as it did read whole in the pool's process; the cycle's other feeds are polled."""
    from bot.content import jobs
    from bot.ingest import poller as poller_module

    monkeypatch.setattr(poller_module, "COLD_FEEDS", 2)
    real = jobs.parse_items

    def parse_items(body: bytes, url: str, *args: Any) -> Any:
        if url.endswith("/f3.xml"):
            raise RuntimeError("parser bug")
        return real(body, url, *args)

    monkeypatch.setattr(jobs, "parse_items", parse_items)
    async with _rig(tmp_path, _ColdSplitPool) as rig:
        for f in range(FEEDS):
            await _add(rig, f, _items(f))
        poller = rig.poller()
        stats = await poller.run_cycle()
        poller.close()
        stored = await stored_articles(rig.store, rig.clock.now - timedelta(days=1))
    assert stats.errors == 1 and len(stored) == (FEEDS - 1) * ITEMS


async def _batches(path: Path, ahead: bool) -> tuple[int, list[str], list[bool]]:
    """Three batches of cold first polls polled as `run --once` does (`ahead`) or one cycle
    after another; the second batch's first feed (the first fetched ahead) comes between the
    cycles. Returns what was sent, the headlines and `_ColdPool.first_polls`."""
    executor = _ColdPool()
    async with _rig(path, lambda: executor, batch=FEEDS // 3) as rig:
        for f in range(FEEDS):
            await _add(rig, f, _items(f))
        poller = rig.poller()
        late, ended = f"/f{FEEDS // 3}.xml", asyncio.Event()
        real = poller._fetcher.fetch

        async def fetch(url: str, **kwargs: Any) -> Any:
            if url.endswith(late):
                await ended.wait()
            return await real(url, **kwargs)

        poller._fetcher.fetch = fetch  # type: ignore[method-assign]
        for _ in range(3):
            await poller.run_cycle(ahead=ahead)
            ended.set()
            await asyncio.sleep(0.3)  # its body arrives now, no cycle under way
        sent = (await Dispatcher(rig.store, {"console": rig.chat}, clock=rig.clock).drain()).sent
        poller.close()
        return sent, rig.headlines(), executor.first_polls


async def test_the_next_batch_is_read_ahead_in_a_cold_cycle_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`run --once` (`run_cycle(ahead=True)`) reads the next batch's first polls fetched ahead
    while a cold cycle ends, in that cycle's pool process; one whose body comes after the cycle
    ended waits for its own cycle (run here, it would load the build's tables into the worker).
    Each batch posts what plain cycles post."""
    from bot.ingest import poller as poller_module

    monkeypatch.setattr(poller_module, "COLD_FEEDS", 2)
    plain = await _batches(tmp_path / "plain", False)
    ahead = await _batches(tmp_path / "ahead", True)
    assert ahead[2] == plain[2] == [True] * FEEDS  # every first poll read in its cold cycle
    assert ahead[:2] == plain[:2] and ahead[0] == 30
