"""End to end on the embedded default: demo feeds on loopback → poller → SQLite → outbox → adapter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.app import App
from bot.demo import demo_files
from bot.settings import Settings
from bot.types import ChannelRef

WORLD = ChannelRef("console", "world")


async def _subscribe_demo(app: App, base: str, *, trusted: bool = False) -> None:
    for path in demo_files():
        feed, _ = await app.store.add_feed(base + path.name, name=path.stem, trusted=trusted)
        await app.store.subscribe(WORLD, feed.id)


async def test_cycle_posts_relevant_stories_once_with_attribution(
    settings: Settings, demo_base_url: str, thread_executor, recorder
) -> None:
    async with App(settings, adapters={"console": recorder}, executor=thread_executor) as app:
        await _subscribe_demo(app, demo_base_url)
        polled, sent = await app.run_once()
        assert polled.feeds == 5 and polled.errors == 0
        assert polled.new_articles == 35
        # First poll of a new feed posts at most `first_poll_items` (3) per feed.
        assert 1 <= sent.sent <= 15
        assert len(recorder.posts) == sent.sent
        for _, digest, key in recorder.posts:
            item = digest.items[0]
            assert item.outlet and item.link and item.headline
            assert key.startswith("nb:console:world:")
        # Nothing from the aggregator is attributed to the aggregator itself.
        assert all(d.items[0].outlet != "Newsroom Aggregator" for _, d, _ in recorder.posts)
        # Off-topic items (sport, entertainment) are filtered out by relevance.
        assert not any("World Cup" in h for h in recorder.headlines)

        # A second cycle with everything due again posts nothing new.
        before = len(recorder.posts)
        later = datetime.now(UTC) + timedelta(hours=2)
        app.poller._clock = lambda: later
        polled2, sent2 = await app.run_once()
        assert polled2.feeds == 5 and polled2.new_articles == 0
        assert sent2.sent == 0 and len(recorder.posts) == before


async def test_restart_on_same_database_posts_nothing_twice(
    settings: Settings, demo_base_url: str, thread_executor, recorder
) -> None:
    async with App(settings, adapters={"console": recorder}, executor=thread_executor) as app:
        await _subscribe_demo(app, demo_base_url, trusted=True)
        await app.run_once()
    first = list(recorder.headlines)
    assert first
    # New process, same database, same feeds made due again: dedup holds across restarts.
    async with App(settings, adapters={"console": recorder}, executor=thread_executor) as app:
        for feed in await app.store.list_feeds():
            await app.store.add_feed(feed.url)  # idempotent
        polled, sent = await app.run_once()
        assert sent.sent == 0
    assert recorder.headlines == first


async def test_same_story_from_two_feeds_is_posted_once_per_channel(
    settings: Settings, demo_base_url: str, thread_executor, recorder
) -> None:
    async with App(settings, adapters={"console": recorder}, executor=thread_executor) as app:
        feed, _ = await app.store.add_feed(demo_base_url + "wire-world.xml", trusted=True)
        await app.store.subscribe(WORLD, feed.id)
        await app.run_once()
        story_keys = [d.items[0].story_key for _, d, _ in recorder.posts]
        assert len(story_keys) == len(set(story_keys))


async def test_unreachable_feed_is_recorded_and_other_feeds_still_work(
    settings: Settings, demo_base_url: str, thread_executor, recorder
) -> None:
    async with App(settings, adapters={"console": recorder}, executor=thread_executor) as app:
        bad, _ = await app.store.add_feed("http://127.0.0.1:59999/nothing.xml", name="dead")
        good, _ = await app.store.add_feed(demo_base_url + "wire-world.xml", trusted=True)
        for f in (bad, good):
            await app.store.subscribe(WORLD, f.id)
        polled, sent = await app.run_once()
        assert polled.errors == 1 and sent.sent >= 1
        dead = await app.store.get_feed(bad.id)
        assert dead is not None and dead.error_count == 1
        assert dead.last_error  # the reason is stored for `feeds list`
        assert dead.next_fetch_at and dead.next_fetch_at > datetime.now(UTC)


async def test_missing_feed_file_is_an_error_not_a_crash(
    settings: Settings, demo_base_url: str, thread_executor, recorder
) -> None:
    async with App(settings, adapters={"console": recorder}, executor=thread_executor) as app:
        feed, _ = await app.store.add_feed(demo_base_url + "no-such-feed.xml")
        await app.store.subscribe(WORLD, feed.id)
        polled, _ = await app.run_once()
        assert polled.errors == 1
        stored = await app.store.get_feed(feed.id)
        assert stored and stored.last_error and "404" in stored.last_error
