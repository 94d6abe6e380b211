"""The outbox dispatcher against a real SQLite store and a deduplicating chat peer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.core.errors import ChannelGone, DeliveryError, RateLimited
from bot.core.types import ChannelRef, ChannelSettings
from bot.deliver.dispatcher import MAX_ATTEMPTS, Dispatcher, delivery_key
from bot.store.sqlite import SQLiteStore
from tests.support.chat import RecordingAdapter
from tests.support.records import article, planned, update_for

CH = ChannelRef.parse("console:world")
T = datetime(2026, 1, 10, 12, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
async def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = SQLiteStore(str(tmp_path / "nb.db"))
    await s.open()
    yield s
    await s.close()


async def _queue(store: SQLiteStore, *keys: str, channel: str = "console:world") -> list[str]:
    feed, _ = await store.add_feed(f"https://{channel.replace(':', '-')}.example/feed")
    await store.subscribe(ChannelRef.parse(channel), feed.id)
    arts = [article(k) for k in keys]
    await store.ingest(feed.id, update_for(feed, T), arts, [planned(channel, a) for a in arts], T)
    return [a.story_key for a in arts]


async def test_sends_each_story_once_in_order_with_its_key(store: SQLiteStore) -> None:
    stories = await _queue(store, "a", "b", "c")
    chat = RecordingAdapter()
    stats = await Dispatcher(store, {"console": chat}, clock=Clock(T)).drain()
    assert stats.sent == 3
    assert [p.key for p in chat.posts] == [delivery_key(CH, s) for s in stories]
    assert [p.digest.items[0].headline for p in chat.posts] == ["Story a", "Story b", "Story c"]
    assert await store.delivery_counts() == {"sent": 3}
    assert (await Dispatcher(store, {"console": chat}, clock=Clock(T)).drain()).sent == 0


async def test_crash_between_post_and_mark_does_not_duplicate(store: SQLiteStore) -> None:
    [story] = await _queue(store, "a")
    chat = RecordingAdapter()
    # Worker 1 leases and posts, then dies before marking (kill -9).
    [d] = await store.lease_deliveries(T, limit=10, owner="w1", lease_seconds=120)
    await chat.post(d.channel, _any_digest(), key=delivery_key(CH, story))
    # Worker 2 cannot take the row while the lease holds, then sends it with the same key.
    assert (await Dispatcher(store, {"console": chat}, clock=Clock(T), owner="w2").drain()
            ).sent == 0
    clock = Clock(T + timedelta(seconds=121))
    assert (await Dispatcher(store, {"console": chat}, clock=clock, owner="w2").drain()).sent == 1
    assert len(chat.posts) == 1 and chat.attempts[delivery_key(CH, story)] == 2
    # The resend told the platform to check its fresh state since worker 1's lease began.
    assert chat.since[delivery_key(CH, story)] == T


async def test_a_first_send_needs_no_fresh_check(store: SQLiteStore) -> None:
    [story] = await _queue(store, "a")
    chat = RecordingAdapter()
    assert (await Dispatcher(store, {"console": chat}, clock=Clock(T)).drain()).sent == 1
    assert chat.since == {delivery_key(CH, story): None}
    assert await store.delivery_counts() == {"sent": 1}


def _any_digest():  # type: ignore[no-untyped-def]
    from bot.core.types import Digest

    return Digest(kind="story", title="x", items=())


async def test_transient_errors_back_off_then_succeed(store: SQLiteStore) -> None:
    await _queue(store, "a")
    clock = Clock(T)
    chat = RecordingAdapter(failures=[DeliveryError("console", "HTTP 502"),
                                      DeliveryError("console", "HTTP 502")])
    dispatcher = Dispatcher(store, {"console": chat}, clock=clock)
    assert (await dispatcher.drain()).retried == 1
    clock.advance(29)
    assert (await dispatcher.drain()).retried == 0  # not due yet (30 s)
    clock.advance(2)
    assert (await dispatcher.drain()).retried == 1  # second failure: 60 s
    clock.advance(61)
    assert (await dispatcher.drain()).sent == 1
    assert len(chat.posts) == 1


async def test_gives_up_after_max_attempts(store: SQLiteStore) -> None:
    await _queue(store, "a")
    clock = Clock(T)
    chat = RecordingAdapter(failures=[DeliveryError("console", "HTTP 500")] * MAX_ATTEMPTS)
    dispatcher = Dispatcher(store, {"console": chat}, clock=clock)
    for _ in range(MAX_ATTEMPTS):
        await dispatcher.drain()
        clock.advance(3601)
    assert await store.delivery_counts() == {"failed": 1}
    assert chat.posts == []


async def test_rate_limit_holds_the_channel_without_failing(store: SQLiteStore) -> None:
    await _queue(store, "a", "b")
    clock = Clock(T)
    chat = RecordingAdapter(failures=[RateLimited("console", "slow down", 10)])
    dispatcher = Dispatcher(store, {"console": chat}, clock=clock)
    stats = await dispatcher.drain()
    assert stats.retried == 2 and chat.posts == []
    clock.advance(11)
    assert (await dispatcher.drain()).sent == 2


async def test_channel_gone_disables_and_fails_rows(store: SQLiteStore) -> None:
    await _queue(store, "a", "b")
    chat = RecordingAdapter(failures=[ChannelGone("console", "channel_not_found")])
    stats = await Dispatcher(store, {"console": chat}, clock=Clock(T)).drain()
    assert stats.failed == 2
    assert await store.subscriptions_for_feed(1) == []
    assert await store.delivery_counts() == {"failed": 2}


async def test_missing_adapter_keeps_rows_for_later(store: SQLiteStore) -> None:
    await _queue(store, "a", channel="slack:C0123ABCD")
    stats = await Dispatcher(store, {"console": RecordingAdapter()}, clock=Clock(T)).drain()
    assert stats.retried == 1
    assert await store.delivery_counts() == {"pending": 1}


async def test_quiet_hours_hold_instant_posts_until_they_end(store: SQLiteStore) -> None:
    await store.save_channel_settings(ChannelSettings(
        channel=CH, timezone="Europe/Berlin", quiet_hours=("22:00", "07:00")))
    await _queue(store, "a")
    clock = Clock(datetime(2026, 1, 10, 22, 30, tzinfo=UTC))  # 23:30 CET
    chat = RecordingAdapter()
    dispatcher = Dispatcher(store, {"console": chat}, clock=clock)
    for _ in range(3):  # each tick during the night: nothing posted, no attempt counted
        assert (await dispatcher.drain()).sent == 0
        clock.advance(600)
    assert chat.posts == []
    clock.now = datetime(2026, 1, 11, 6, 0, tzinfo=UTC)  # 07:00 CET
    assert (await dispatcher.drain()).sent == 1
    [d_row] = await store.q.all("SELECT attempts FROM deliveries")
    assert d_row["attempts"] == 1


async def test_slow_platform_never_outlives_the_lease(store: SQLiteStore) -> None:
    await _queue(store, "a", "b", "c", "d")
    clock = Clock(T)
    chat = RecordingAdapter(on_post=lambda: clock.advance(30))  # 30 s per post
    dispatcher = Dispatcher(store, {"console": chat}, clock=clock, lease_seconds=100)
    stats = await dispatcher.run_once()
    # 60 s of the 100 s lease used for sending: the rest is handed back, not sent late.
    assert stats.sent == 2 and stats.postponed == 2
    rival = await store.lease_deliveries(clock(), limit=10, owner="rival", lease_seconds=100)
    assert len(rival) == 2  # available at once, nobody is still sending them
    assert all(d.attempts == 1 for d in rival)  # handing back did not cost an attempt
