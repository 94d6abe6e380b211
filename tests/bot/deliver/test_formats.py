"""Formats per channel and per feed (issue 21): applied when a story is posted or edited, never
a reason to post it again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.core.settings import PollSettings
from bot.core.types import (
    Article,
    ChannelRef,
    ChannelSettings,
    FeedOptions,
    FetchResult,
    PlannedDelivery,
    Quote,
)
from bot.deliver import digest as digests
from bot.deliver.dispatcher import Dispatcher
from bot.ingest.schedule import plan_success
from tests.support.chat import RecordingAdapter

CH = ChannelRef("console", "world")
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
QUOTES = tuple(Quote(f"Words number {n} were said today.", speaker=f"Speaker {n}")
               for n in range(5))


def _article(key: str, feed_id: int | None = None) -> Article:
    return Article(key=key, story_key=key.ljust(12, "0"), title=f"Story {key}",
                   link=f"https://w.example/{key}", summary="A summary.", text="A summary.",
                   outlet="Wire", authors=("A. Writer",), quotes=QUOTES, tags=("europe",),
                   relevance=0.9, published=NOW - timedelta(hours=1), feed_id=feed_id)


def test_styles_show_what_they_promise() -> None:
    a, other = _article("a"), _article("b")
    other = Article(**{**{f: getattr(other, f) for f in other.__slots__}, "outlet": "Other"})
    std = digests.item_from_article(a, [other])
    assert std.summary and len(std.quotes) == 2 and std.tags and std.also_covered
    settings = ChannelSettings(CH, style="compact")
    compact = digests.item_from_article(a, [other], settings.format_for())
    assert (compact.summary, compact.quotes, compact.tags, compact.also_covered) == ("", (), (),
                                                                                    ())
    assert compact.headline == a.title and compact.link == a.link and compact.outlet == "Wire"
    full = digests.item_from_article(a, [other], settings.format_for(FeedOptions(style="full")))
    assert len(full.quotes) == 4 and full.also_covered
    bare = digests.item_from_article(
        a, [], ChannelSettings(CH, quotes=False).format_for(FeedOptions(tags=False)))
    assert bare.summary and bare.quotes == () and bare.tags == ()


async def test_the_feeds_format_mention_and_sender_reach_the_post_once(sqlite_store) -> None:
    store = sqlite_store
    feed, _ = await store.add_feed("https://w.example/rss")
    sub, _ = await store.subscribe(CH, feed.id)
    await store.set_options(sub.id, FeedOptions(style="compact", mention="<@&555555555555555555>",
                                                sender_name="Wire", sender_avatar=None))
    a = _article("a", feed.id)
    update = plan_success(feed, FetchResult(url=feed.url, status=200, body=b""), NOW,
                          PollSettings())
    await store.ingest(feed.id, update, [a], [PlannedDelivery(CH, a.key, a.story_key)], NOW)
    chat = RecordingAdapter()
    dispatcher = Dispatcher(store, {"console": chat}, clock=lambda: NOW)
    assert (await dispatcher.drain()).sent == 1
    (post,) = chat.posts
    assert post.digest.mentions == ("<@&555555555555555555>",) and post.digest.sender_name == "Wire"
    assert post.digest.items[0].summary == ""
    # A format change afterwards re-posts nothing.
    await store.set_options(sub.id, FeedOptions(style="full"))
    await store.save_channel_settings(ChannelSettings(CH, style="full"))
    assert (await dispatcher.drain()).sent == 0
    assert sum(chat.attempts.values()) == 1
