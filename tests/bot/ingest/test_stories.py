"""The story index across workers: decided outside the ingest lock, confirmed under it."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from bot.content import jobs
from bot.content.clustering import Terms, terms_of
from bot.core.types import Article
from bot.ingest.stories import StoryIndex
from bot.store import open_store
from tests.support.records import T0, article, update_for

WINDOW = timedelta(hours=48)


async def _terms(docs: list[tuple[str, str]]) -> list[Terms]:
    return jobs.terms(docs)


def _story(key: str, title: str, lead: str, feed_id: int | None = None) -> tuple[Article, Terms]:
    a = replace(article(key, title=title, summary=lead), feed_id=feed_id)
    return a, terms_of(a.title, a.summary)


MISSILE = ("North Korea fires ballistic missile into Sea of Japan",
           "Pyongyang launched a ballistic missile on Tuesday, Seoul and Tokyo said.")
MISSILE2 = ("North Korea launches ballistic missile toward Sea of Japan",
            "Seoul and Tokyo said Pyongyang fired a ballistic missile on Tuesday.")
FOOTBALL = ("Brazil beat Argentina in World Cup qualifier",
            "A late goal in Rio settled the match between the two rivals.")


async def test_two_workers_deciding_at_once_still_give_one_story_one_key(tmp_path: Path) -> None:
    store = await open_store(f"sqlite:///{tmp_path}/stories.db")
    feed_a, _ = await store.add_feed("https://a.example/rss")
    feed_b, _ = await store.add_feed("https://b.example/rss")
    one = StoryIndex(store, _terms, window=WINDOW, clock=lambda: T0)
    two = StoryIndex(store, _terms, window=WINDOW, clock=lambda: T0)
    try:
        x = _story("x", *MISSILE, feed_a.id)
        y = _story("y", *MISSILE2, feed_b.id)
        z = _story("z", *FOOTBALL, feed_b.id)
        decided_one = await one.decide([x])
        decided_two = await two.decide([y, z])  # neither has seen the other's article
        assert decided_two[0].key == y[0].story_key  # y founds its own story, for now
        [stored_x] = await one.confirm(decided_one)
        await store.ingest(feed_a.id, update_for(feed_a, T0), [stored_x], [], T0)
        # Worker two takes the lock after worker one committed: y joins x's story.
        final_y, final_z = await two.confirm(decided_two)
        assert final_y.story_key == stored_x.story_key
        assert final_z.story_key == z[0].story_key  # another story stays apart
        await store.ingest(feed_b.id, update_for(feed_b, T0), [final_y, final_z], [], T0)
        # Both indexes now file the next report of the story under x's key.
        nxt = _story("n", *MISSILE)
        assert (await one.decide([nxt]))[0].key == stored_x.story_key
        assert (await two.decide([nxt]))[0].key == stored_x.story_key
    finally:
        one.close()
        two.close()
        await store.close()


GAZA = ("The Latvian Herald view on Gaza's winter: aid cannot wait for diplomacy",
        "The crossings must be opened now, whatever the state of the ceasefire talks.")
MOLDOVA = ("World View: Why Moldova's vote on neutrality matters to Latvia",
           "A small neutral state on the EU's edge is asking the questions Riga keeps postponing.")


async def test_one_feeds_editorial_and_column_sharing_only_its_brand_stay_two_stories(
    tmp_path: Path,
) -> None:
    """The batch's feed context (its outlet's name, column labels) reaches the clusterer: the
    outlet's Gaza editorial and Moldova column share only 'Latvia' and 'view'."""
    store = await open_store(f"sqlite:///{tmp_path}/stories.db")
    feed, _ = await store.add_feed("https://herald.example/rss")
    index = StoryIndex(store, _terms, window=WINDOW, clock=lambda: T0)
    try:
        gaza, moldova = (_story(k, *text, feed.id) for k, text in (("g", GAZA), ("m", MOLDOVA)))
        gaza = (replace(gaza[0], outlet="The Latvian Herald"), gaza[1])
        moldova = (replace(moldova[0], outlet="The Latvian Herald"), moldova[1])
        decided = await index.decide([gaza, moldova])
        assert [d.key for d in decided] == [gaza[0].story_key, moldova[0].story_key]
    finally:
        index.close()
        await store.close()


async def test_feed_contexts_come_from_the_callable_the_poller_gives(tmp_path: Path) -> None:
    """The poller hands over the feed contexts its builds made in the pool (`contexts`): the
    index asks it, not clustering.feed_context, for each feed of a batch."""
    from bot.content.clustering import FeedContext, feed_context

    store = await open_store(f"sqlite:///{tmp_path}/stories.db")
    feed, _ = await store.add_feed("https://herald.example/rss")
    asked: list[tuple[int | None, str | None]] = []

    def contexts(feed_id: int | None, outlet: str | None) -> FeedContext:
        asked.append((feed_id, outlet))
        return feed_context(feed_id, outlet)

    index = StoryIndex(store, _terms, window=WINDOW, clock=lambda: T0, contexts=contexts)
    try:
        gaza, moldova = (_story(k, *text, feed.id) for k, text in (("g", GAZA), ("m", MOLDOVA)))
        gaza = (replace(gaza[0], outlet="The Latvian Herald"), gaza[1])
        moldova = (replace(moldova[0], outlet="The Latvian Herald"), moldova[1])
        decided = await index.decide([gaza, moldova])
        assert [d.key for d in decided] == [gaza[0].story_key, moldova[0].story_key]
        assert asked == [(feed.id, "The Latvian Herald")]
        assert decided[0].feed == feed_context(feed.id, "The Latvian Herald")
    finally:
        index.close()
        await store.close()
