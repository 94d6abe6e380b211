"""The outbox dispatcher against a real SQLite store and a recording platform."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.core.settings import PollSettings
from bot.core.types import Article, ChannelRef, FetchResult, PlannedDelivery
from bot.deliver.dispatcher import Dispatcher, delivery_key, retry_delay
from bot.ingest.schedule import plan_success
from bot.store.sqlite import SQLiteStore

CH = ChannelRef("console", "world")
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def _article(i: int) -> Article:
    return Article(
        key=f"k{i}",
        story_key=f"s{i}",
        title=f"Story {i}",
        link=f"https://x.example/{i}",
        summary="Summary.",
        text="Text.",
        outlet="Meridian Wire",
        relevance=0.9,
    )


async def _queue(store: SQLiteStore, n: int) -> None:
    feed, _ = await store.add_feed("https://x.example/feed")
    update = plan_success(
        feed, FetchResult(url=feed.url, status=200, body=b""), NOW, PollSettings()
    )
    articles = [_article(i) for i in range(n)]
    planned = [PlannedDelivery(CH, a.key, a.story_key) for a in articles]
    assert await store.ingest(feed.id, update, articles, planned, NOW) == n


async def test_sends_each_pending_row_once_in_order(sqlite_store, recorder) -> None:
    await _queue(sqlite_store, 3)
    d = Dispatcher(sqlite_store, {"console": recorder}, clock=lambda: NOW)
    stats = await d.drain()
    assert stats.sent == 3
    assert recorder.headlines == ["Story 0", "Story 1", "Story 2"]
    assert recorder.posts[0][2] == delivery_key(CH, "s0")
    assert (await d.drain()).sent == 0
    assert await sqlite_store.delivery_counts() == {"sent": 3}


async def test_rate_limit_requeues_without_losing_anything(sqlite_store, recorder) -> None:
    await _queue(sqlite_store, 2)
    recorder.fail_next = ["rate"]
    clock = [NOW]
    d = Dispatcher(sqlite_store, {"console": recorder}, clock=lambda: clock[0])
    stats = await d.run_once()
    assert stats.sent == 0 and stats.retried == 2
    assert (await d.run_once()).sent == 0  # not before Retry-After
    clock[0] = NOW + timedelta(seconds=31)
    assert (await d.drain()).sent == 2
    assert recorder.headlines == ["Story 0", "Story 1"]


async def test_transient_error_backs_off_then_succeeds(sqlite_store, recorder) -> None:
    await _queue(sqlite_store, 1)
    recorder.fail_next = ["error"]
    clock = [NOW]
    d = Dispatcher(sqlite_store, {"console": recorder}, clock=lambda: clock[0])
    assert (await d.run_once()).retried == 1
    clock[0] = NOW + timedelta(seconds=retry_delay(1) + 1)
    assert (await d.run_once()).sent == 1


async def test_gone_channel_disables_its_subscriptions_with_a_reason(
    sqlite_store, recorder
) -> None:
    await _queue(sqlite_store, 2)
    feed = (await sqlite_store.list_feeds())[0]
    await sqlite_store.subscribe(CH, feed.id)
    recorder.fail_next = ["gone"]
    d = Dispatcher(sqlite_store, {"console": recorder}, clock=lambda: NOW)
    stats = await d.run_once()
    assert stats.failed == 2 and not recorder.posts
    subs = await sqlite_store.subscriptions_for_channel(CH)
    assert subs[0].disabled_reason and "channel_not_found" in subs[0].disabled_reason
    assert await sqlite_store.delivery_counts() == {"failed": 2}


async def test_rows_for_an_unconfigured_platform_wait(sqlite_store, recorder) -> None:
    await _queue(sqlite_store, 1)
    d = Dispatcher(sqlite_store, {}, clock=lambda: NOW)
    stats = await d.run_once()
    assert stats.retried == 1
    assert await sqlite_store.delivery_counts() == {"pending": 1}


async def test_a_crash_after_lease_leaves_the_row_for_the_next_worker(
    sqlite_store, recorder
) -> None:
    await _queue(sqlite_store, 1)
    leased = await sqlite_store.lease_deliveries(NOW, limit=10, owner="dead", lease_seconds=60)
    assert len(leased) == 1
    d = Dispatcher(sqlite_store, {"console": recorder}, clock=lambda: NOW + timedelta(seconds=61))
    assert (await d.run_once()).sent == 1


@pytest.mark.parametrize(("attempts", "delay"), [(1, 30), (2, 60), (5, 480), (20, 3600)])
def test_retry_delay_doubles_and_caps(attempts: int, delay: float) -> None:
    assert retry_delay(attempts) == delay


async def test_a_posted_story_is_edited_when_another_outlet_covers_it(
    sqlite_store, recorder
) -> None:
    await _queue(sqlite_store, 1)
    edits: list[tuple[ChannelRef, str, object]] = []

    async def edit(channel: ChannelRef, message_id: str, digest) -> None:
        edits.append((channel, message_id, digest))

    recorder.edit = edit  # the recording platform can edit, like Slack and Discord
    d = Dispatcher(sqlite_store, {"console": recorder}, clock=lambda: NOW)
    assert (await d.drain()).sent == 1
    assert await d.update_stories() == 0
    feed, _ = await sqlite_store.add_feed("https://paper.example/feed")
    update = plan_success(feed, FetchResult(url=feed.url, status=200, body=b""), NOW,
                          PollSettings())
    later = Article(key="p0", story_key="s0", title="Story 0, as the paper tells it",
                    link="https://paper.example/0", summary="S.", text="T.", outlet="Paper",
                    relevance=0.9)
    assert await sqlite_store.ingest(feed.id, update, [later],
                                     [PlannedDelivery(CH, "p0", "s0")], NOW) == 0
    assert await d.update_stories() == 1
    ((channel, message_id, digest),) = edits
    assert (channel, message_id) == (CH, "msg-1")
    assert [c.outlet for c in digest.items[0].also_covered] == ["Paper"]
    assert len(recorder.posts) == 1  # edited, not posted again
    assert await d.update_stories() == 0


async def test_platforms_that_cannot_edit_are_skipped_quietly(sqlite_store, recorder) -> None:
    await _queue(sqlite_store, 1)
    d = Dispatcher(sqlite_store, {"console": recorder}, clock=lambda: NOW)
    await d.drain()
    feed, _ = await sqlite_store.add_feed("https://paper.example/feed")
    update = plan_success(feed, FetchResult(url=feed.url, status=200, body=b""), NOW,
                          PollSettings())
    later = Article(key="p0", story_key="s0", title="Other", link=None, summary="", text="",
                    outlet="Paper")
    await sqlite_store.ingest(feed.id, update, [later], [PlannedDelivery(CH, "p0", "s0")], NOW)
    assert await d.update_stories() == 0
    assert await sqlite_store.lease_story_updates(NOW, limit=5, owner="x", lease_seconds=1) == []
