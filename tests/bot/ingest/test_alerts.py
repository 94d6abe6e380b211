"""Feed alerts (issue 21): when a feed breaks and recovers, each channel that follows it gets
one notice — at most one per feed per channel per UTC day — from its own outbox."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.core.errors import FetchError, NotAFeedError
from bot.core.settings import PollSettings, load_settings
from bot.core.types import ChannelRef, WorkspaceSettings
from bot.deliver.dispatcher import Dispatcher
from bot.ingest import alerts
from bot.ingest.fetch import Fetcher, make_session
from bot.ingest.poller import Poller
from bot.ingest.schedule import plan_failure
from tests.support.chat import RecordingAdapter
from tests.support.mini_feeds import MiniFeeds, distinct_items

A = ChannelRef("slack", "C0000000A")
B = ChannelRef("slack", "C0000000B")
ADMINS = ChannelRef("slack", "C00000ADM")
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@dataclass
class Notified(RecordingAdapter):
    platform: str = "slack"
    notices: dict[str, tuple[ChannelRef, str]] = field(default_factory=dict)  # key → shown

    async def notify(self, channel: ChannelRef, text: str, *, key: str,
                     since: datetime | None = None) -> str:
        self.notices.setdefault(key, (channel, text))  # the platform's dedupe by key
        return f"n{list(self.notices).index(key) + 1}"


async def _feed(store, url: str = "https://wire.example/rss"):  # type: ignore[no-untyped-def]
    feed, _ = await store.add_feed(url, name="Wire")
    for ch in (A, B):
        await store.subscribe(ch, feed.id)
    return await store.get_feed(feed.id)


def test_transitions() -> None:
    from bot.core.types import Feed

    poll = PollSettings()
    ok = Feed(id=7, url="https://w.example/rss", last_success_at=NOW - timedelta(hours=2))
    gone = plan_failure(ok, FetchError(ok.url, "HTTP 410", status=410, permanent=True), NOW, poll)
    assert alerts.transition(ok, gone, NOW) == "broken"
    once = plan_failure(ok, FetchError(ok.url, "HTTP 503", status=503), NOW, poll)
    assert alerts.transition(ok, once, NOW) is None  # one error is no news
    stale = replace(ok, last_success_at=NOW - timedelta(hours=25), error_count=3)
    assert alerts.transition(stale, plan_failure(stale, FetchError(ok.url, "503"), NOW, poll),
                             NOW) == "broken"
    page = plan_failure(ok, NotAFeedError(ok.url, "a web page", ("https://w.example/new",)),
                        NOW, poll)
    assert page.disabled_reason and alerts.transition(ok, page, NOW) == "broken"
    text = alerts.notice_text(ok, page, "broken",
                              NotAFeedError(ok.url, "x", ("https://w.example/new",)))
    assert "`/news feeds add https://w.example/new`" in text and "feeds remove 7" in text
    assert "`/news feeds remove 7`" in alerts.notice_text(ok, gone, "broken")


async def test_one_notice_per_feed_channel_and_day_then_one_on_recovery(sqlite_store) -> None:
    store = sqlite_store
    feed = await _feed(store)
    gone = plan_failure(feed, FetchError(feed.url, "HTTP 410", status=410, permanent=True),
                        NOW, PollSettings())
    q = await alerts.after_attempt(store, feed, gone, NOW, followers=[A, B])
    assert q == 2
    await store.update_feed(feed.id, gone)  # as the poller does, after queuing
    # The same attempt again (a crash before the state was stored): nothing new.
    assert await alerts.after_attempt(store, feed, gone, NOW, followers=[A, B]) == 0
    # Still broken the next day: the channels were told; no reminder.
    later = NOW + timedelta(days=1)
    assert await alerts.after_attempt(store, feed, gone, later, followers=[A, B]) == 0

    chat = Notified()
    dispatcher = Dispatcher(store, {"slack": chat}, clock=lambda: later)
    assert (await dispatcher.send_notices()).sent == 2
    assert (await dispatcher.send_notices()).sent == 0  # sent once
    assert {ch for ch, _ in chat.notices.values()} == {A, B}
    assert all("gone for good" in t and "/news feeds remove" in t
               for _, t in chat.notices.values())

    # Re-added (`feeds add` re-enables it) and fetched fine: one recovery notice each.
    await store.add_feed(feed.url)
    back = await store.get_feed(feed.id)
    assert back is not None and back.disabled_reason is None
    ok = replace(gone, error_count=0, last_error=None, disabled_reason=None)
    assert await alerts.after_attempt(store, back, ok, later, followers=[A, B]) == 2
    assert await alerts.after_attempt(store, back, ok, later, followers=[A, B]) == 0
    await dispatcher.send_notices()
    assert len(chat.notices) == 4
    assert sum("works again" in t for _, t in chat.notices.values()) == 2
    assert chat.posts == []  # an alert is never a story


async def test_the_workspace_routes_or_silences_alerts(sqlite_store) -> None:
    store = sqlite_store
    feed = await _feed(store)
    for ch in (A, B):
        await store.set_channel_workspace(ch, "slack:T1")
    await store.save_workspace_settings(
        WorkspaceSettings("slack:T1", alerts="channel", alerts_channel=str(ADMINS)))
    gone = plan_failure(feed, FetchError(feed.url, "HTTP 410", status=410, permanent=True),
                        NOW, PollSettings())
    assert await alerts.after_attempt(store, feed, gone, NOW, followers=[A, B]) == 1  # one notice
    chat = Notified()
    await Dispatcher(store, {"slack": chat}, clock=lambda: NOW).send_notices()
    assert [ch for ch, _ in chat.notices.values()] == [ADMINS]
    (text,) = [t for _, t in chat.notices.values()]
    assert text.endswith("Followed by <#C0000000A>, <#C0000000B> (run it there).")

    other = await _feed(store, "https://other.example/rss")
    await store.save_workspace_settings(WorkspaceSettings("slack:T1", alerts="off"))
    gone = replace(gone, url=other.url)
    assert await alerts.after_attempt(store, other, gone, NOW, followers=[A, B]) == 0


async def test_a_feed_failing_for_a_day_alerts_through_the_poller(tmp_path: Path,
                                                                  sqlite_store) -> None:
    store = sqlite_store
    settings = load_settings(allow_private_networks=True)
    now = [NOW]
    chat = Notified(platform="console")
    ch = ChannelRef("console", "world")
    session = make_session(settings.fetch, allow_private_networks=True)
    with ThreadPoolExecutor(1) as pool:
        async with MiniFeeds() as feeds, session:
            feeds.set("wire", distinct_items(1, 3))
            feed, _ = await store.add_feed(feeds.url("wire"))
            await store.subscribe(ch, feed.id)
            poller = Poller(store, Fetcher(session, settings.fetch), settings, executor=pool,
                            clock=lambda: now[0])
            dispatcher = Dispatcher(store, {"console": chat}, clock=lambda: now[0])

            async def cycle(after: timedelta) -> None:
                now[0] += after
                await poller.run_cycle()
                await dispatcher.drain()
                await dispatcher.send_notices()

            await cycle(timedelta(0))
            stories = len(chat.posts)
            del feeds.items["wire"]  # 404 from now on
            await cycle(timedelta(hours=2))
            assert chat.notices == {}  # failing, but not for a day yet
            for _ in range(4):
                await cycle(timedelta(hours=8))
            (broken,) = chat.notices.values()
            assert "has been failing since" in broken[1] and "404" in broken[1]
            feeds.set("wire", distinct_items(1, 3))
            await cycle(timedelta(days=1))
            assert len(chat.notices) == 2
            assert "works again" in list(chat.notices.values())[1][1]
            assert len(chat.posts) == stories  # nothing re-posted


async def test_a_recovery_the_same_day_is_told_the_next_day_not_lost(sqlite_store) -> None:
    """Broken and back on the same UTC day: the day's one notice is taken, so the recovery
    waits for the next day (it was never announced at all: the channel believed the feed
    broken for good). Disabled again after that recovery: told the day after."""
    store = sqlite_store
    feed = await _feed(store)
    gone = plan_failure(feed, FetchError(feed.url, "HTTP 410", status=410, permanent=True),
                        NOW, PollSettings())
    assert await alerts.after_attempt(store, feed, gone, NOW, followers=[A]) == 1
    await store.update_feed(feed.id, gone)
    await store.add_feed(feed.url)  # re-enabled by an admin
    back = await store.get_feed(feed.id)
    assert back is not None
    ok = replace(gone, error_count=0, last_error=None, disabled_reason=None)
    evening = NOW + timedelta(hours=6)
    assert await alerts.after_attempt(store, back, ok, evening, followers=[A]) == 1
    assert await alerts.after_attempt(store, back, ok, evening, followers=[A]) == 0  # once
    await store.update_feed(feed.id, ok)

    chat = Notified()
    clock = [evening]
    dispatcher = Dispatcher(store, {"slack": chat}, clock=lambda: clock[0])
    assert (await dispatcher.send_notices()).sent == 1  # today: the break only
    (only,) = chat.notices.values()
    assert "gone for good" in only[1]
    clock[0] = NOW.replace(hour=0) + timedelta(days=1)  # the next UTC day begins
    assert (await dispatcher.send_notices()).sent == 1
    assert list(chat.notices)[-1] == f"feed:{feed.id}:{A}:2026-03-02"
    assert "works again" in chat.notices[list(chat.notices)[-1]][1]

    # Disabled again that day (its one notice is the recovery): told the day after.
    again = await store.get_feed(feed.id)
    assert again is not None
    dead = plan_failure(again, FetchError(feed.url, "HTTP 410", status=410, permanent=True),
                        clock[0], PollSettings())
    assert await alerts.after_attempt(store, again, dead, clock[0], followers=[A]) == 1
    assert (await dispatcher.send_notices()).sent == 0
    clock[0] += timedelta(days=1)
    assert (await dispatcher.send_notices()).sent == 1
    assert "gone for good" in chat.notices[f"feed:{feed.id}:{A}:2026-03-03"][1]
    assert len(chat.notices) == 3  # one a day


async def test_the_consoles_workspace_setting_routes_its_alerts(sqlite_store) -> None:
    """`/news workspace alerts off|<channel>` on the console was saved but never applied:
    console commands carry no workspace, so its channels' workspace stayed unknown and their
    alerts always went to the channel itself."""
    from bot.chat.commands import CommandHandler
    from bot.core.types import CommandContext

    store = sqlite_store
    world, ops = ChannelRef("console", "world"), ChannelRef("console", "ops")
    feed, _ = await store.add_feed("https://wire.example/rss", name="Wire")
    await store.subscribe(world, feed.id)
    handler = CommandHandler(store)
    ctx = CommandContext(channel=world, user="cli", is_admin=True)
    assert (await handler.handle(ctx, "workspace alerts #ops")).ok
    feed = await store.get_feed(feed.id)
    gone = plan_failure(feed, FetchError(feed.url, "HTTP 410", status=410, permanent=True),
                        NOW, PollSettings())
    assert await alerts.after_attempt(store, feed, gone, NOW, followers=[world]) == 1
    chat = Notified(platform="console")
    await Dispatcher(store, {"console": chat}, clock=lambda: NOW).send_notices()
    assert [ch for ch, _ in chat.notices.values()] == [ops]

    assert (await handler.handle(ctx, "workspace alerts off")).ok
    other, _ = await store.add_feed("https://other.example/rss")
    await store.subscribe(world, other.id)
    other = await store.get_feed(other.id)
    gone = replace(gone, url=other.url)
    assert await alerts.after_attempt(store, other, gone, NOW, followers=[world]) == 0
