"""Roundup slots and quiet hours (pure, DST tables) and the RoundupScheduler (real store)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.errors import ChannelGone, ConfigError, DeliveryError
from bot.core.types import ChannelRef, ChannelSettings, FeedOptions
from bot.deliver.roundups import (
    RoundupScheduler,
    in_quiet_hours,
    last_roundup_slot,
    next_roundup_at,
    quiet_hours_end,
    roundup_key,
    roundup_times_in_quiet_hours,
)
from bot.store.sqlite import SQLiteStore
from tests.support.chat import RecordingAdapter
from tests.support.records import article, held_deliveries, planned, update_for

CH = ChannelRef.parse("console:world")


def u(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def berlin(*times: str, quiet: tuple[str, str] | None = None) -> ChannelSettings:
    return ChannelSettings(channel=CH, mode="roundup", timezone="Europe/Berlin",
                           roundup_times=times, quiet_hours=quiet)


@pytest.mark.parametrize(
    ("times", "after", "expected"),
    [
        # plain winter day: 08:00 CET = 07:00 UTC, 18:00 CET = 17:00 UTC
        (("08:00", "18:00"), "2026-03-28T06:59", "2026-03-28T07:00"),
        (("08:00", "18:00"), "2026-03-28T07:00", "2026-03-28T17:00"),  # strictly after
        # spring forward (2026-03-29): the next morning slot is 08:00 CEST = 06:00 UTC
        (("08:00", "18:00"), "2026-03-28T17:00", "2026-03-29T06:00"),
        (("18:00", "08:00"), "2026-03-29T06:00", "2026-03-29T16:00"),  # order does not matter
        # 02:30 does not exist on 2026-03-29: it happens once, at 03:30 CEST = 01:30 UTC
        (("02:30",), "2026-03-28T12:00", "2026-03-29T01:30"),
        (("02:30",), "2026-03-29T01:30", "2026-03-30T00:30"),  # next day: 02:30 CEST
        # fall back (2026-10-25): 08:00 CET = 07:00 UTC
        (("08:00", "18:00"), "2026-10-24T16:00", "2026-10-25T07:00"),
        # 02:30 exists twice on 2026-10-25: only the first (CEST, 00:30 UTC) is a slot
        (("02:30",), "2026-10-24T12:00", "2026-10-25T00:30"),
        (("02:30",), "2026-10-25T00:30", "2026-10-26T01:30"),  # not 01:30 UTC on the 25th
        # year end
        (("00:00",), "2026-12-31T23:30", "2027-01-01T23:00"),
    ],
)
def test_next_roundup_at(times: tuple[str, ...], after: str, expected: str) -> None:
    assert next_roundup_at(berlin(*times), u(after)) == u(expected)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        ("2026-03-29T05:59", "2026-03-28T17:00"),  # before 08:00 CEST: yesterday 18:00 CET
        ("2026-03-29T06:00", "2026-03-29T06:00"),  # at the slot
        ("2026-03-29T15:59", "2026-03-29T06:00"),
        ("2026-10-25T07:00", "2026-10-25T07:00"),
        ("2026-10-25T06:59", "2026-10-24T16:00"),  # 18:00 CEST the evening before
    ],
)
def test_last_roundup_slot(now: str, expected: str) -> None:
    assert last_roundup_slot(berlin("08:00", "18:00"), u(now)) == u(expected)


def test_utc_default_and_bad_settings() -> None:
    s = ChannelSettings(channel=CH, roundup_times=("09:15",))
    assert next_roundup_at(s, u("2026-06-01T09:15")) == u("2026-06-02T09:15")
    with pytest.raises(ConfigError, match="Mars/Olympus"):
        next_roundup_at(replace(s, timezone="Mars/Olympus"), u("2026-06-01T00:00"))
    with pytest.raises(ConfigError, match="HH:MM"):
        next_roundup_at(replace(s, roundup_times=("8 o'clock",)), u("2026-06-01T00:00"))
    with pytest.raises(ConfigError, match="at least one"):
        next_roundup_at(replace(s, roundup_times=()), u("2026-06-01T00:00"))
    assert last_roundup_slot(replace(s, roundup_times=()), u("2026-06-01T00:00")) is None


@pytest.mark.parametrize(
    ("quiet", "now", "quiet_now", "ends"),
    [
        (("22:00", "07:00"), "2026-01-10T21:30", True, "2026-01-11T06:00"),  # 22:30 CET
        (("22:00", "07:00"), "2026-01-10T20:59", False, None),  # 21:59 CET
        (("22:00", "07:00"), "2026-01-11T05:59", True, "2026-01-11T06:00"),  # 06:59 CET
        (("22:00", "07:00"), "2026-01-11T06:00", False, None),  # end is exclusive
        # the night clocks spring forward: ends 07:00 CEST = 05:00 UTC
        (("22:00", "07:00"), "2026-03-28T21:30", True, "2026-03-29T05:00"),
        # the night clocks fall back: ends 07:00 CET = 06:00 UTC
        (("22:00", "07:00"), "2026-10-24T20:30", True, "2026-10-25T06:00"),
        (("12:00", "13:00"), "2026-01-10T11:30", True, "2026-01-10T12:00"),  # same-day window
        (("12:00", "13:00"), "2026-01-10T12:30", False, None),
        (("09:00", "09:00"), "2026-01-10T08:00", False, None),  # empty window
        (None, "2026-01-10T08:00", False, None),
    ],
)
def test_quiet_hours(quiet, now: str, quiet_now: bool, ends: str | None) -> None:  # type: ignore[no-untyped-def]
    s = berlin("08:00", quiet=quiet)
    assert in_quiet_hours(s, u(now)) is quiet_now
    assert quiet_hours_end(s, u(now)) == (u(ends) if ends else None)


@pytest.mark.parametrize(
    ("times", "quiet", "clash"),
    [
        (("08:00", "23:00"), ("22:00", "07:00"), ("23:00",)),  # window across midnight
        (("06:59", "07:00"), ("22:00", "07:00"), ("06:59",)),  # end is exclusive
        (("12:30",), ("12:00", "13:00"), ("12:30",)),
        (("08:00", "18:00"), ("22:00", "07:00"), ()),
        (("09:00",), ("09:00", "09:00"), ()),  # empty window
        (("09:00",), None, ()),
    ],
)
def test_roundup_times_in_quiet_hours(times, quiet, clash) -> None:  # type: ignore[no-untyped-def]
    assert roundup_times_in_quiet_hours(berlin(*times, quiet=quiet)) == clash


def test_roundup_key_is_stable_utc() -> None:
    slot = datetime.fromisoformat("2026-03-29T08:00:00+02:00")
    assert roundup_key(CH, slot) == "roundup:console:world:2026-03-29T06:00Z"


# --- the scheduler, against a real SQLite store ------------------------------------------------

class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
async def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = SQLiteStore(str(tmp_path / "nb.db"))
    await s.open()
    yield s
    await s.close()


async def _hold(store: SQLiteStore, url: str, *arts, channel: str = "console:world") -> None:  # type: ignore[no-untyped-def]
    feed, _ = await store.add_feed(url)
    await store.subscribe(ChannelRef.parse(channel), feed.id)
    now = u("2026-03-29T05:00")
    await store.ingest(feed.id, update_for(feed, now), list(arts),
                       [planned(channel, a, "held") for a in arts], now)


async def test_scheduler_posts_top_stories_once_per_slot(store: SQLiteStore) -> None:
    await store.save_channel_settings(replace(berlin("08:00", "18:00"), roundup_size=2))
    clock = Clock(u("2026-03-29T05:00"))  # 07:00 CEST, spring-forward day
    chat = RecordingAdapter()
    sched = RoundupScheduler(store, {"console": chat}, clock=clock, owner="w1")
    await _hold(store, "https://a.example/feed", article("big", relevance=0.7),
                article("low", relevance=0.55), article("top", relevance=0.95))
    # Another outlet covers "big": cross-outlet coverage lifts it above "low".
    other, _ = await store.add_feed("https://b.example/feed")
    big2 = article("big-b", story_key=article("big").story_key, outlet="Global Desk",
                   relevance=0.7)
    await store.ingest(other.id, update_for(other, clock.now), [big2], [], clock.now)

    stats = await sched.run_once(force=True)  # first sight: the channel starts counting now
    assert stats.posted == 0 and chat.posts == []
    clock.now = u("2026-03-29T05:59")
    assert (await sched.run_once(force=True)).posted == 0

    clock.now = u("2026-03-29T06:00:30")  # 08:00:30 CEST
    stats = await sched.run_once(force=True)
    assert stats.posted == 1 and stats.stories == 2 and stats.skipped == 1
    [post] = chat.posts
    assert post.key == "roundup:console:world:2026-03-29T06:00Z"
    assert post.digest.kind == "roundup" and post.digest.timezone == "Europe/Berlin"
    assert [i.headline for i in post.digest.items] == ["Story top", "Story big"]
    assert [c.outlet for c in post.digest.items[1].also_covered] == ["Global Desk"]
    assert "08:00 CEST" in post.digest.title
    assert await store.delivery_counts() == {"sent": 2, "skipped": 1}
    assert await store.last_roundup(CH) == u("2026-03-29T06:00")

    clock.now = u("2026-03-29T06:05")
    assert (await sched.run_once(force=True)).posted == 0  # same slot: nothing again
    clock.now = u("2026-03-29T16:00")
    stats = await sched.run_once(force=True)  # 18:00 with nothing held: no empty post
    assert stats.empty == 1 and len(chat.posts) == 1
    assert await store.last_roundup(CH) == u("2026-03-29T16:00")


async def test_scheduler_retries_the_same_roundup_after_a_failure(store: SQLiteStore) -> None:
    await store.save_channel_settings(berlin("08:00"))
    await store.set_last_roundup(CH, u("2026-03-28T07:00"))
    await _hold(store, "https://a.example/feed", article("one"), article("two"))
    clock = Clock(u("2026-03-29T06:01"))
    chat = RecordingAdapter(failures=[DeliveryError("console", "HTTP 502")])
    sched = RoundupScheduler(store, {"console": chat}, clock=clock, owner="w1")
    stats = await sched.run_once(force=True)
    assert stats.errors == 1 and chat.posts == []
    # A story arrives while the roundup waits for its retry: it is not slipped into it.
    await _hold(store, "https://c.example/feed", article("late"))
    clock.now = u("2026-03-29T06:01:30")
    assert (await sched.run_once(force=True)).posted == 0  # still backing off
    clock.now = u("2026-03-29T06:03")
    assert (await sched.run_once(force=True)).posted == 1
    [post] = chat.posts
    assert sorted(i.headline for i in post.digest.items) == ["Story one", "Story two"]
    assert chat.attempts[post.key] == 2
    assert [d.article.key for d in await held_deliveries(store, CH)] == ["late"]
    # A restarted worker (new scheduler, same store) posts nothing twice.
    again = RoundupScheduler(store, {"console": chat}, clock=clock, owner="w2")
    assert (await again.run_once(force=True)).posted == 0


async def test_scheduler_finishes_a_crashed_roundup_under_its_own_key(store: SQLiteStore) -> None:
    await store.save_channel_settings(berlin("08:00"))
    await store.set_last_roundup(CH, u("2026-03-27T07:00"))
    await _hold(store, "https://a.example/feed", article("one"))
    # A worker claimed yesterday's roundup and died (kill -9) before posting it.
    claim = await store.claim_roundup(CH, "roundup:console:world:2026-03-28T07:00Z",
                                      owner="dead", now=u("2026-03-28T07:00"), lease_seconds=60)
    assert claim is not None
    await _hold(store, "https://b.example/feed", article("two"))
    chat = RecordingAdapter()
    clock = Clock(u("2026-03-29T06:30"))
    await RoundupScheduler(store, {"console": chat}, clock=clock, owner="w2").run_once()
    assert [p.key for p in chat.posts] == ["roundup:console:world:2026-03-28T07:00Z",
                                           "roundup:console:world:2026-03-29T06:00Z"]
    assert [[i.headline for i in p.digest.items] for p in chat.posts] == [
        ["Story one"], ["Story two"]]
    assert await store.delivery_counts() == {"sent": 2}
    # The resumed roundup may have been posted since its claim: the platform checks first.
    assert chat.since == {"roundup:console:world:2026-03-28T07:00Z": u("2026-03-28T07:00"),
                          "roundup:console:world:2026-03-29T06:00Z": None}


async def test_scheduler_channel_gone_and_mode_switch(store: SQLiteStore) -> None:
    gone = ChannelRef.parse("console:gone")
    await store.save_channel_settings(replace(berlin("08:00"), channel=gone))
    await store.set_last_roundup(gone, u("2026-03-28T07:00"))
    await _hold(store, "https://a.example/feed", article("g1"), channel="console:gone")
    await _hold(store, "https://b.example/feed", article("i1"))  # console:world, instant mode
    chat = RecordingAdapter(failures=[ChannelGone("console", "channel_not_found")])
    clock = Clock(u("2026-03-29T06:30"))
    await RoundupScheduler(store, {"console": chat}, clock=clock).run_once()
    assert await store.subscriptions_for_feed(1) == []  # disabled
    # console:world is in instant mode: its held row was released to the dispatcher.
    leased = await store.lease_deliveries(clock.now, limit=10, owner="w", lease_seconds=60)
    assert [d.article.key for d in leased] == ["i1"]
    assert (await store.delivery_counts())["failed"] == 1


async def test_bad_timezone_in_store_does_not_stop_other_channels(store: SQLiteStore) -> None:
    bad = ChannelRef.parse("console:bad")
    await store.save_channel_settings(replace(berlin("08:00"), channel=bad, timezone="No/Zone"))
    await store.save_channel_settings(berlin("08:00"))
    await store.set_last_roundup(CH, u("2026-03-28T07:00"))
    await store.set_last_roundup(bad, u("2026-03-28T07:00"))
    await _hold(store, "https://a.example/feed", article("x"), channel="console:bad")
    await _hold(store, "https://b.example/feed", article("y"))
    chat = RecordingAdapter()
    stats = await RoundupScheduler(store, {"console": chat},
                                   clock=Clock(u("2026-03-29T06:30"))).run_once()
    assert stats.errors == 1 and stats.posted == 1
    assert [d.article.key for d in await held_deliveries(store, bad)] == ["x"]  # kept, not lost



async def test_a_roundup_mentions_the_feeds_of_its_stories_once_each(store: SQLiteStore) -> None:
    """Issue 21's gap closed: a roundup carries the mentions of the feeds whose stories it
    holds, each once; a feed whose story did not make the roundup is not mentioned."""
    await store.save_channel_settings(replace(berlin("08:00"), roundup_size=3))
    clock = Clock(u("2026-03-29T05:00"))
    chat = RecordingAdapter()
    sched = RoundupScheduler(store, {"console": chat}, clock=clock, owner="w1")
    eds, desk, nobody = "<@&555555555555555555>", "<@&666666666666666666>", "<@&777777777777777777>"
    for url, arts, mention in (
        ("https://a.example/feed", [article("a1", relevance=0.95), article("a2", relevance=0.9)],
         eds),
        ("https://b.example/feed", [article("b1", relevance=0.93)], eds),  # same role again
        ("https://c.example/feed", [article("c1", relevance=0.92)], desk),
        ("https://d.example/feed", [article("d1", relevance=0.55)], nobody),  # not in the top 3
        ("https://e.example/feed", [article("e1", relevance=0.91)], None),
    ):
        await _hold(store, url, *arts)
        feed = next(f for f in await store.list_feeds() if f.url == url)
        (sub,) = [s for s in await store.subscriptions_for_channel(CH) if s.feed_id == feed.id]
        await store.set_options(sub.id, FeedOptions(mention=mention))
    await sched.run_once(force=True)  # first sight
    clock.now = u("2026-03-29T06:00:30")
    assert (await sched.run_once(force=True)).posted == 1
    [post] = chat.posts
    assert [i.headline for i in post.digest.items] == ["Story a1", "Story b1", "Story c1"]
    assert post.digest.mentions == (eds, desk)
