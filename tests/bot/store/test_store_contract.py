"""The Store contract (bot/store/base.py), run against SQLite and PostgreSQL alike."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta

import pytest

from bot.content import clustering
from bot.core.errors import StoreError
from bot.core.types import ChannelRef, ChannelSettings, Filters
from bot.store.base import IngestBatch, Store
from bot.store.tables.articles import LEAD_CHARS
from tests.support.records import (
    T0,
    article,
    held_deliveries,
    planned,
    remove_feed,
    stored_articles,
    update_for,
)

CH = ChannelRef.parse("console:world")
CH2 = ChannelRef.parse("slack:C0123ABCD")


async def _feed_with(store: Store, url: str = "https://example.org/feed.xml", *arts, plans=()):
    feed, _ = await store.add_feed(url)
    await store.ingest(feed.id, update_for(feed, T0), list(arts), list(plans), T0)
    return feed


async def test_is_a_store_and_migrations_are_idempotent(store: Store, store_factory) -> None:
    assert isinstance(store, Store)
    version = await store.schema_version()
    assert version >= 2
    again = await store_factory()  # opening a second time applies nothing new
    assert await again.schema_version() == version


async def test_concurrent_opens_migrate_once(backend: str, store_factory) -> None:
    stores = await asyncio.gather(*(store_factory() for _ in range(3)))
    assert {await s.schema_version() for s in stores} == {await stores[0].schema_version()}


async def test_feeds_add_find_list_remove(store: Store) -> None:
    feed, created = await store.add_feed("https://example.org/a.xml", name="Alpha", interval=900)
    assert created and feed.id and feed.name == "Alpha" and feed.interval == 900
    assert feed.created_at is not None and feed.created_at.tzinfo is not None
    again, created = await store.add_feed("https://example.org/a.xml", trusted=True)
    assert not created and again.id == feed.id and again.trusted and again.name == "Alpha"
    other, _ = await store.add_feed("https://example.org/b.xml")
    assert (await store.find_feed(str(feed.id))).id == feed.id  # type: ignore[union-attr]
    assert (await store.find_feed("alpha")).id == feed.id  # type: ignore[union-attr]
    assert (await store.find_feed("https://example.org/b.xml")).id == other.id  # type: ignore[union-attr]
    assert await store.find_feed("nope") is None
    assert await store.find_feed("99999999999999999999999") is None
    assert [f.id for f in await store.list_feeds()] == [feed.id, other.id]
    assert await remove_feed(store, feed.id)
    assert not await remove_feed(store, feed.id)
    assert await store.get_feed(feed.id) is None


async def test_update_feed_stores_state_and_releases_lease(store: Store) -> None:
    feed, _ = await store.add_feed("https://example.org/a.xml")
    [leased] = await store.lease_due_feeds(T0, limit=10, owner="w1", lease_seconds=60)
    update = replace(
        update_for(feed, T0), etag='"v1"', last_modified="Sun, 01 Mar 2026 12:00:00 GMT",
        content_hash="abc", error_count=2, last_error="HTTP 503", title="Alpha Feed",
    )
    await store.update_feed(leased.id, update)
    got = await store.get_feed(feed.id)
    assert got is not None
    assert (got.etag, got.content_hash, got.error_count, got.last_error, got.title) == (
        '"v1"', "abc", 2, "HTTP 503", "Alpha Feed"
    )
    assert got.next_fetch_at == T0 + timedelta(seconds=600)
    assert got.last_fetched_at == T0
    # Due again once next_fetch_at passes, although it was leased: update released the lease.
    later = T0 + timedelta(seconds=601)
    assert [f.id for f in await store.lease_due_feeds(later, limit=10, owner="w2",
                                                      lease_seconds=60)] == [feed.id]


async def test_feed_template_memory_is_stored_with_its_state(store: Store) -> None:
    """The template memory (boilerplate.learn) comes back byte for byte with the leased feed;
    an update without one (a 304, a failure) keeps it."""
    feed, _ = await store.add_feed("https://example.org/a.xml")
    assert feed.template_memory == b""
    memory = bytes(range(256)) * 3  # opaque bytes: every byte value, NULs included
    await store.ingest(feed.id, replace(update_for(feed, T0), template_memory=memory),
                       [article("k1")], [], T0)
    [leased] = await store.lease_due_feeds(T0 + timedelta(days=1), limit=10, owner="w1",
                                           lease_seconds=60)
    assert leased.template_memory == memory
    await store.update_feed(feed.id, update_for(feed, T0 + timedelta(days=1)))
    [again] = await store.lease_due_feeds(T0 + timedelta(days=3), limit=10, owner="w1",
                                          lease_seconds=60)
    assert again.template_memory == memory
    # the catalogue's reads (every feed listed by /healthz) leave the blob out
    assert (await store.get_feed(feed.id)).template_memory == b""  # type: ignore[union-attr]
    assert [f.template_memory for f in await store.list_feeds()] == [b""]


async def test_feed_home_evidence_rides_in_the_template_memory(store: Store) -> None:
    """The home-country evidence (bot/content/home.py) is stored in the same record, before
    the template detection's: both come back apart, byte for byte."""
    from bot.content import home

    feed, _ = await store.add_feed("https://example.org/h.xml")
    evidence = b'[["0fb3e36d0f42","NG",0,"NG",""]]'
    template = bytes(range(256))
    memory = home.join_memory(template, evidence)
    await store.ingest(feed.id, replace(update_for(feed, T0), template_memory=memory),
                       [article("k1")], [], T0)
    [leased] = await store.lease_due_feeds(T0 + timedelta(days=1), limit=10, owner="w1",
                                           lease_seconds=60)
    assert home.split_memory(leased.template_memory) == (template, evidence)


async def test_permanent_redirect_onto_a_known_url_keeps_the_old_one(store: Store) -> None:
    a, _ = await store.add_feed("https://example.org/a.xml")
    b, _ = await store.add_feed("https://example.org/b.xml")
    await store.update_feed(a.id, replace(update_for(a, T0), url=b.url))
    assert (await store.get_feed(a.id)).url == a.url  # type: ignore[union-attr]
    await store.update_feed(a.id, replace(update_for(a, T0), url="https://example.org/new.xml"))
    assert (await store.get_feed(a.id)).url == "https://example.org/new.xml"  # type: ignore[union-attr]


async def test_two_owners_never_lease_the_same_feed(store_factory) -> None:
    a, b = await store_factory(), await store_factory()
    for i in range(20):
        await a.add_feed(f"https://example.org/{i}.xml")
    got = await asyncio.gather(
        *(s.lease_due_feeds(T0, limit=7, owner=f"w{i}", lease_seconds=60)
          for i, s in enumerate([a, b, a, b]))
    )
    ids = [f.id for batch in got for f in batch]
    assert len(ids) == len(set(ids)) == 20


async def test_expired_lease_comes_back_and_release_leases(store: Store) -> None:
    feed, _ = await store.add_feed("https://example.org/a.xml")
    assert await store.lease_due_feeds(T0, limit=5, owner="dead", lease_seconds=60)
    assert await store.lease_due_feeds(T0 + timedelta(seconds=30), limit=5, owner="w",
                                       lease_seconds=60) == []
    back = await store.lease_due_feeds(T0 + timedelta(seconds=61), limit=5, owner="w",
                                       lease_seconds=60)
    assert [f.id for f in back] == [feed.id]
    # A restarted worker with the same name takes its work back at once.
    await store.release_leases("w")
    assert await store.lease_due_feeds(T0 + timedelta(seconds=62), limit=5, owner="w",
                                       lease_seconds=60)


async def test_disabled_feeds_are_not_due(store: Store) -> None:
    feed, _ = await store.add_feed("https://example.org/a.xml")
    await store.update_feed(feed.id, replace(update_for(feed, T0, every=0),
                                             disabled_reason="HTTP 410 Gone"))
    assert await store.lease_due_feeds(T0 + timedelta(hours=1), limit=5, owner="w",
                                       lease_seconds=60) == []
    again, created = await store.add_feed(feed.url)  # re-adding re-enables it
    assert not created and again.disabled_reason is None


async def test_ingest_dedups_articles_and_deliveries(store: Store) -> None:
    a1, a2 = article("k1"), article("k2")
    feed = await _feed_with(store, "https://example.org/a.xml", a1, a2,
                            plans=[planned("console:world", a1), planned("console:world", a2)])
    assert await store.has_articles(feed.id)
    assert set(await store.entry_hashes(feed.id, ["k1", "k3"])) == {"k1"}
    # The same items again (changed title: a feed edited them after posting) add nothing.
    again = [replace(a1, title="Edited"), a2]
    queued = await store.ingest(feed.id, update_for(feed, T0), again,
                                [planned("console:world", a) for a in again], T0)
    assert queued == 0
    # Another feed carrying the same story: a new article, but no second post in the channel.
    other, _ = await store.add_feed("https://example.org/b.xml")
    same_story = article("other-k1", story_key=a1.story_key, outlet="Global Desk")
    queued = await store.ingest(other.id, update_for(other, T0), [same_story],
                                [planned("console:world", same_story),
                                 planned("slack:C0123ABCD", same_story)], T0)
    assert queued == 1  # only the new channel
    assert await store.delivery_counts() == {"pending": 3}
    assert len(await store.story_articles(a1.story_key)) == 2
    assert (await store.get_article(str((await store.story_articles(a1.story_key))[0].id))
            ).title == "Story k1"  # type: ignore[union-attr]


async def test_one_batch_with_one_story_twice_queues_it_once(store: Store) -> None:
    a1 = article("k1")
    a2 = article("k2", story_key=a1.story_key)  # clustered into k1's story
    dup = replace(a1, title="Second copy of k1")  # a key listed twice: the first one is stored
    feed, _ = await store.add_feed("https://example.org/a.xml")
    queued = await store.ingest(
        feed.id, update_for(feed, T0), [a1, a2, dup],
        [planned("console:world", a) for a in (a1, a2, dup)] + [planned("slack:C0123ABCD", a2)],
        T0,
    )
    assert queued == 2  # one row per (channel, story)
    assert [a.title for a in await store.story_articles(a1.story_key)] == ["Story k1", "Story k2"]
    deliveries = await store.lease_deliveries(T0, limit=10, owner="w", lease_seconds=60)
    by_channel = {str(d.channel): d.article.key for d in deliveries}
    assert by_channel == {"console:world": "k1", "slack:C0123ABCD": "k2"}


async def test_a_large_batch_is_one_ingest(store: Store) -> None:
    """More rows than SQLite allows bound variables in one statement (999 in old builds)."""
    arts = [article(f"k{i}", story_key=f"s{i % 700}") for i in range(1500)]
    feed, _ = await store.add_feed("https://example.org/a.xml")
    plans = [planned("console:world", a) for a in arts]
    assert await store.ingest(feed.id, update_for(feed, T0), arts, plans, T0,
                              listed=[a.key for a in arts]) == 700  # one row per story
    known = await store.entry_hashes(feed.id, [a.key for a in arts] + ["unseen"])
    assert len(known) == 1500 and "unseen" not in known
    leased = await store.lease_deliveries(T0, limit=1000, owner="w", lease_seconds=60)
    assert len(leased) == 700
    await store.mark_sent([d.id for d in leased], "m1", T0)
    assert await store.delivery_counts() == {"sent": 700}


async def test_failing_ingest_leaves_nothing(store: Store) -> None:
    feed, _ = await store.add_feed("https://example.org/a.xml")
    good = article("good")
    bad = replace(article("bad"), title=None)  # type: ignore[arg-type]  # NOT NULL violation
    with pytest.raises(StoreError, match="database refused"):
        await store.ingest(feed.id, update_for(feed, T0), [good, bad],
                           [planned("console:world", good)], T0)
    assert not await store.has_articles(feed.id)
    assert await store.delivery_counts() == {}
    got = await store.get_feed(feed.id)
    assert got is not None and got.last_fetched_at is None  # the feed state was rolled back too
    # …and the store still works afterwards.
    assert await store.ingest(feed.id, update_for(feed, T0), [good],
                              [planned("console:world", good)], T0) == 1


async def test_every_database_failure_is_a_store_error(store: Store) -> None:
    """Reads, writes and transactions alike: no driver exception reaches the caller."""
    feed, _ = await store.add_feed("https://example.org/a.xml")
    await store.write("DROP TABLE channels")  # type: ignore[attr-defined]  # the SQL layer
    await store.write("DROP TABLE channel_roundups")  # type: ignore[attr-defined]
    with pytest.raises(StoreError, match="database query failed"):
        await store.channel_settings(CH)
    with pytest.raises(StoreError, match="database query failed"):
        await store.last_roundup(CH)
    with pytest.raises(StoreError, match="database refused"):
        await store.save_channel_settings(ChannelSettings(channel=CH))
    with pytest.raises(StoreError, match="database refused"):
        await store.claim_roundup(CH, "k", owner="w", now=T0, lease_seconds=60)
    assert await store.get_feed(feed.id) == feed  # the store still works afterwards


async def test_hostile_article_text_is_stored(store: Store) -> None:
    weird = article("nul", title="Null\x00byte ‮ and emoji 🌍", text="a\x00b " * 1000)
    feed = await _feed_with(store, "https://example.org/a.xml", weird)
    [got] = await store.latest_articles(limit=5)
    assert got.feed_id == feed.id and "emoji 🌍" in got.title


async def test_subscriptions_filters_and_channel_settings_round_trip(store: Store) -> None:
    feed, _ = await store.add_feed("https://example.org/a.xml")
    filters = Filters(include=("iran",), exclude=("sport",), include_regex=(r"\bUN\b",),
                      tags=("middle-east",))
    sub, created = await store.subscribe(CH, feed.id, filters)
    assert created and sub.filters == filters
    sub2, created = await store.subscribe(CH, feed.id)
    assert not created and sub2.id == sub.id and sub2.filters == filters
    await store.set_filters(sub.id, Filters(exclude=("football",)))
    [got] = await store.subscriptions_for_channel(CH)
    assert got.filters == Filters(exclude=("football",))
    await store.subscribe(CH2, feed.id)
    assert await store.channels() == sorted([CH, CH2])
    assert await store.disable_channel(CH2, "slack refused the channel") == 1
    assert [s.channel for s in await store.subscriptions_for_feed(feed.id)] == [CH]
    assert (await store.subscriptions_for_channel(CH2))[0].disabled_reason
    _, created = await store.subscribe(CH2, feed.id)  # subscribing again re-enables
    assert created  # a re-enabled subscription counts as new
    assert len(await store.subscriptions_for_feed(feed.id)) == 2
    assert await store.unsubscribe(CH2, feed.id)
    assert not await store.unsubscribe(CH2, feed.id)

    assert await store.channel_settings(CH) == ChannelSettings(channel=CH)
    settings = ChannelSettings(channel=CH, mode="roundup", threshold=0.3,
                               timezone="Europe/Berlin", roundup_times=("08:00", "18:00"),
                               roundup_size=5, quiet_hours=("22:00", "07:00"))
    await store.save_channel_settings(settings)
    assert await store.channel_settings(CH) == settings
    await store.save_channel_settings(replace(settings, quiet_hours=None))
    assert (await store.channel_settings(CH)).quiet_hours is None


async def test_search_and_hostile_queries(store: Store) -> None:
    feed, _ = await store.add_feed("https://example.org/a.xml")
    await store.subscribe(CH, feed.id)
    arts = [
        article("s1", title="Sanctions on Iran tightened", text="Ministers met in Brussels."),
        article("s2", title="Trade talks resume", text="Delegations discussed tariffs and Iran."),
        article("s3", title="Football final", text="A match report."),
    ]
    await store.ingest(feed.id, update_for(feed, T0), arts, [], T0)
    found = await store.search("iran", limit=10)
    assert [a.key for a in found] == ["s1", "s2"]  # the title match ranks first
    assert [a.key for a in await store.search("iran", limit=10, channel=CH)] == ["s1", "s2"]
    assert await store.search("iran", limit=10, channel=CH2) == []
    for hostile in ['"a" OR NOT (', "NEAR(", "*", "'; DROP TABLE articles; --", "-", ")))",
                    '"unterminated', "title:x", "\x00", "a" * 500]:
        assert isinstance(await store.search(hostile, limit=5), list)
    assert await store.search("   ", limit=5) == []
    assert len(await store.list_feeds()) == 1


async def test_get_article_by_prefix_and_listing(store: Store) -> None:
    a = article("k1", story_key="abcdef0123456789")
    feed = await _feed_with(store, "https://example.org/a.xml", a, article("k2"))
    await store.subscribe(CH, feed.id)
    got = await store.get_article("abcdef")
    assert got is not None and got.key == "k1" and got.tags == ("europe",)
    assert got.published == T0 and got.authors == ("A. Writer",)
    assert await store.get_article("abc") is None  # too short to be a prefix
    assert await store.get_article("zzzz") is None
    assert await store.get_article("99999999999999999999999") is None
    assert len(await store.latest_articles(limit=10, channel=CH)) == 2
    assert await store.latest_articles(limit=10, channel=CH2) == []
    assert len(await store.latest_articles(limit=10, since=T0 - timedelta(hours=1))) == 2
    assert await store.latest_articles(limit=10, since=T0 + timedelta(hours=1)) == []
    assert len(await stored_articles(store, T0 - timedelta(days=1))) == 2


async def test_story_rows_are_what_clustering_reads(store: Store) -> None:
    long = "Talks resumed in Geneva. " * 40
    first = await _feed_with(store, "https://example.org/a.xml", article("k1"),
                             replace(article("k2", text=long), summary=""))
    rows = await store.story_rows(since=T0 - timedelta(days=1))
    assert [(r.key, r.feed_id) for r in rows] == [("k1", first.id), ("k2", first.id)]  # by age
    assert rows[0].lead == "Full text of k1." and rows[0].title == "Story k1"  # the opening
    assert rows[1].lead == long[:LEAD_CHARS]  # only what clustering reads of it
    # The store cannot import bot/content (a layer beside it): the two numbers are tied here.
    assert LEAD_CHARS == clustering.LEAD_CHARS == 400
    assert rows[0].published == T0 and rows[0].story_key == article("k1").story_key
    assert await store.story_rows(since=T0 + timedelta(days=1)) == []
    assert [r.key for r in await store.story_rows(since=T0 - timedelta(days=1), limit=1)] == ["k2"]
    await _feed_with(store, "https://example.org/b.xml", article("k3"))
    assert [r.key for r in await store.story_rows(after_id=rows[1].id)] == ["k3"]
    assert [r.key for r in await store.story_rows(after_id=0, limit=2)] == ["k1", "k2"]


async def test_outbox_lease_send_retry_fail(store: Store, store_factory) -> None:
    arts = [article(f"k{i}") for i in range(6)]
    await _feed_with(store, "https://example.org/a.xml", *arts,
                     plans=[planned("console:world", a) for a in arts])
    other = await store_factory()
    got = await asyncio.gather(
        store.lease_deliveries(T0, limit=4, owner="w1", lease_seconds=60),
        other.lease_deliveries(T0, limit=4, owner="w2", lease_seconds=60),
    )
    ids = [d.id for batch in got for d in batch]
    assert len(ids) == len(set(ids)) == 6  # nobody gets a row twice
    first = sorted((d for batch in got for d in batch), key=lambda d: d.id)
    assert first[0].attempts == 1 and first[0].article.key == "k0"
    await store.mark_sent([first[0].id], "msg-1", T0)
    await store.mark_retry(first[1].id, "HTTP 503", T0 + timedelta(minutes=5))
    await store.mark_failed(first[2].id, "gave up")
    await store.postpone([first[3].id], T0 + timedelta(hours=8))
    # The rest (leased by w1/w2, never marked) come back when their lease expires.
    assert await store.lease_deliveries(T0 + timedelta(seconds=30), limit=10, owner="w3",
                                        lease_seconds=60) == []
    back = await store.lease_deliveries(T0 + timedelta(seconds=61), limit=10, owner="w3",
                                        lease_seconds=60)
    assert sorted(d.id for d in back) == [first[4].id, first[5].id]
    assert all(d.attempts == 2 for d in back)
    await store.mark_sent([d.id for d in back], "msg-2", T0)
    retried = await store.lease_deliveries(T0 + timedelta(minutes=6), limit=10, owner="w3",
                                           lease_seconds=60)
    assert [d.id for d in retried] == [first[1].id]
    await store.mark_sent([first[1].id], "msg-3", T0)
    postponed = await store.lease_deliveries(T0 + timedelta(hours=8), limit=10, owner="w3",
                                             lease_seconds=60)
    # Postponing did not count as an attempt.
    assert [(d.id, d.attempts) for d in postponed] == [(first[3].id, 1)]
    counts = await store.delivery_counts()
    assert counts == {"sent": 4, "failed": 1, "pending": 1}


async def test_a_row_an_earlier_lease_may_have_posted_says_since_when(store: Store) -> None:
    arts = [article(f"k{i}") for i in range(3)]
    await _feed_with(store, "https://example.org/a.xml", *arts,
                     plans=[planned("console:world", a) for a in arts])
    first = await store.lease_deliveries(T0, limit=10, owner="dead", lease_seconds=60)
    assert [d.maybe_sent_since for d in first] == [None, None, None]  # never leased before
    # Quiet hours: handed back unsent, so nothing may have posted it.
    await store.postpone([first[2].id], T0 + timedelta(seconds=1))
    # "dead" crashed holding rows 0 and 1; its restart releases them (or they expire).
    await store.release_leases("dead")
    t1 = T0 + timedelta(seconds=5)
    again = await store.lease_deliveries(t1, limit=10, owner="w", lease_seconds=60)
    since = {d.article.key: d.maybe_sent_since for d in again}
    assert since == {"k0": T0, "k1": T0, "k2": None}
    # It stays "maybe sent since the first lease" across further leases and retries…
    await store.mark_retry(again[0].id, "timeout", t1)
    await store.postpone([again[1].id], t1)
    third = await store.lease_deliveries(t1 + timedelta(seconds=1), limit=10, owner="w",
                                         lease_seconds=60)
    assert {d.article.key: d.maybe_sent_since for d in third} == {"k0": T0, "k1": T0}


async def test_held_rows_and_roundup_claims(store: Store, store_factory) -> None:
    arts = [article(f"k{i}") for i in range(3)]
    await _feed_with(store, "https://example.org/a.xml", *arts,
                     plans=[planned("console:world", a, "held") for a in arts])
    assert await store.lease_deliveries(T0, limit=10, owner="w", lease_seconds=60) == []
    assert len(await held_deliveries(store, CH)) == 3
    assert await store.last_roundup(CH) is None

    claim = await store.claim_roundup(CH, "r1", owner="w1", now=T0, lease_seconds=60)
    assert claim is not None and claim[0] == "r1" and len(claim[1]) == 3
    other = await store_factory()
    assert await other.claim_roundup(CH, "r1", owner="w2", now=T0, lease_seconds=60) is None
    # w1 died after claiming; a new held row arrives; w2 takes over after the lease expires
    # and gets the SAME roundup back (same key, same rows), not the new row.
    late = article("late")
    feed2, _ = await store.add_feed("https://example.org/b.xml")
    await store.ingest(feed2.id, update_for(feed2, T0), [late],
                       [planned("console:world", late, "held")], T0)
    assert all(d.maybe_sent_since is None for d in claim[1])  # a fresh claim: never posted
    again = await other.claim_roundup(CH, "r2", owner="w2", now=T0 + timedelta(seconds=61),
                                      lease_seconds=60)
    assert again is not None and again[0] == "r1"
    # The resumed claim may have been posted since it began: check before posting again.
    assert {d.maybe_sent_since for d in again[1]} == {T0}
    assert sorted(d.id for d in again[1]) == sorted(d.id for d in claim[1])
    top = [claim[1][0].id, claim[1][1].id]
    await other.finish_roundup(CH, "r1", sent_ids=top, message_id="m-r1", slot_at=None,
                               now=T0 + timedelta(seconds=62))
    counts = await store.delivery_counts()
    assert counts == {"sent": 2, "skipped": 1, "held": 1}
    nxt = await other.claim_roundup(CH, "r2", owner="w2", now=T0 + timedelta(seconds=63),
                                    lease_seconds=60)
    assert nxt is not None and nxt[0] == "r2" and [d.article.key for d in nxt[1]] == ["late"]
    await other.finish_roundup(CH, "r2", sent_ids=[nxt[1][0].id], message_id="m-r2",
                               slot_at=T0, now=T0)
    assert await store.last_roundup(CH) == T0
    await store.set_last_roundup(CH, T0 + timedelta(days=1))
    assert await store.last_roundup(CH) == T0 + timedelta(days=1)


async def test_concurrent_roundup_claims_one_winner(store: Store, store_factory) -> None:
    arts = [article(f"k{i}") for i in range(3)]
    await _feed_with(store, "https://example.org/a.xml", *arts,
                     plans=[planned("console:world", a, "held") for a in arts])
    others = [await store_factory() for _ in range(3)]
    claims = await asyncio.gather(
        *(s.claim_roundup(CH, "r1", owner=f"w{i}", now=T0, lease_seconds=60)
          for i, s in enumerate([store, *others]))
    )
    winners = [c for c in claims if c is not None]
    assert len(winners) == 1 and len(winners[0][1]) == 3


async def test_release_held_when_leaving_roundup_mode(store: Store) -> None:
    a = article("k1")
    await _feed_with(store, "https://example.org/a.xml", a,
                     plans=[planned("console:world", a, "held")])
    assert await store.release_held(CH) == 1
    assert [d.article.key for d in await store.lease_deliveries(
        T0, limit=5, owner="w", lease_seconds=60)] == ["k1"]


async def test_prune_keeps_waiting_stories(store: Store) -> None:
    old_sent, old_pending, old_held, fresh = (article(k) for k in ("s", "p", "h", "f"))
    feed, _ = await store.add_feed("https://example.org/a.xml")
    await store.ingest(feed.id, update_for(feed, T0), [old_sent, old_pending, old_held],
                       [planned("console:world", old_sent), planned("console:world", old_pending),
                        planned("slack:C0123ABCD", old_held, "held")], T0)
    later = T0 + timedelta(days=40)
    await store.ingest(feed.id, update_for(feed, later), [fresh], [], later)
    [d_sent] = [d for d in await store.lease_deliveries(T0, limit=10, owner="w",
                                                        lease_seconds=60)
                if d.article.key == "s"]
    await store.mark_sent([d_sent.id], "m1", T0)
    removed = await store.prune(later - timedelta(days=30))
    assert removed == 1
    left = {a.key for a in await stored_articles(store, T0 - timedelta(days=1))}
    assert left == {"p", "h", "f"}
    assert await store.delivery_counts() == {"pending": 1, "held": 1}


async def test_pruned_keys_stay_known_while_the_feed_lists_them(store: Store) -> None:
    """A pruned item its feed still lists must not look new (it would be posted again)."""
    old, other = article("old", entry_hash="h-old"), article("other", entry_hash="h-other")
    feed = await _feed_with(store, "https://example.org/a.xml", old, other)
    later = T0 + timedelta(days=40)
    assert await store.prune(later - timedelta(days=30)) == 2
    assert await stored_articles(store, T0 - timedelta(days=1)) == []
    # Known, but with no hash: neither new nor "edited" (an edit needs a stored version).
    assert await store.entry_hashes(feed.id, ["old", "other", "unseen"]) == {
        "old": None, "other": None,
    }
    # A feed that briefly lists nothing forgets nothing (its items come back next time).
    await store.ingest(feed.id, update_for(feed, later), [], [], later, listed=[])
    assert set(await store.entry_hashes(feed.id, ["old", "other"])) == {"old", "other"}
    # The feed now lists "old" and a new item, no longer "other": "other" is forgotten.
    fresh = article("fresh", entry_hash="h-fresh")
    await store.ingest(feed.id, update_for(feed, later), [fresh], [], later,
                       listed=["old", "fresh"])
    assert await store.entry_hashes(feed.id, ["old", "other", "fresh"]) == {
        "old": None, "fresh": "h-fresh",
    }
    # Every key the feed has (a first poll's, read before its body is parsed): the same.
    assert await store.all_entry_hashes(feed.id) == {"old": None, "fresh": "h-fresh"}
    # Pruning twice, or an article stored again under a pruned key, stays consistent.
    assert await store.prune(later - timedelta(days=30)) == 0
    again = article("old", entry_hash="h-old-2")
    await store.ingest(feed.id, update_for(feed, later), [again], [], later, listed=["old"])
    assert await store.entry_hashes(feed.id, ["old"]) == {"old": "h-old-2"}


async def test_removing_a_feed_drops_its_pruned_keys(store: Store) -> None:
    feed = await _feed_with(store, "https://example.org/a.xml", article("k1"))
    await store.prune(T0 + timedelta(days=1))
    assert await remove_feed(store, feed.id)
    feed2, _ = await store.add_feed("https://example.org/a.xml")
    assert await store.entry_hashes(feed2.id, ["k1"]) == {}
    assert await store.all_entry_hashes(feed2.id) == {}


async def test_later_coverage_of_a_posted_story_asks_for_an_edit(store: Store) -> None:
    first = article("k1", story_key="story-1", outlet="Meridian Wire")
    feed = await _feed_with(store, "https://example.org/a.xml", first,
                            plans=[planned("console:world", first)])
    (row,) = await store.lease_deliveries(T0, limit=5, owner="w", lease_seconds=60)
    # Nothing to edit before the story is posted, nor after, until another outlet covers it.
    assert await store.lease_story_updates(T0, limit=5, owner="w", lease_seconds=60) == []
    await store.mark_sent([row.id], "msg-1", T0)
    assert await store.lease_story_updates(T0, limit=5, owner="w", lease_seconds=60) == []
    later = article("k2", story_key="story-1", outlet="Policy Review")
    other, _ = await store.add_feed("https://example.org/b.xml")
    queued = await store.ingest(other.id, update_for(other, T0), [later],
                                [planned("console:world", later)], T0)
    assert queued == 0  # still one post per story and channel
    (upd,) = await store.lease_story_updates(T0, limit=5, owner="w", lease_seconds=60)
    assert (upd.id, upd.message_id, upd.article.key) == (row.id, "msg-1", "k1")
    # Leased: a second worker does not get it until the lease expires.
    assert await store.lease_story_updates(T0, limit=5, owner="w2", lease_seconds=60) == []
    await store.mark_updated(upd.id)
    assert await store.lease_story_updates(T0 + timedelta(minutes=5), limit=5, owner="w",
                                           lease_seconds=60) == []
    assert feed.id != other.id


async def test_revised_articles_replace_the_stored_ones_and_flag_their_posts(store: Store) -> None:
    first = replace(article("k1", story_key="story-1"), entry_hash="h1")
    quiet = replace(article("k2", story_key="story-2"), entry_hash="h2")
    feed = await _feed_with(store, "https://example.org/a.xml", first, quiet,
                            plans=[planned("console:world", first),
                                   planned("console:world", quiet)])
    assert await store.entry_hashes(feed.id, ["k1", "k2", "nope"]) == {"k1": "h1", "k2": "h2"}
    rows = await store.lease_deliveries(T0, limit=5, owner="w", lease_seconds=60)
    await store.mark_sent([r.id for r in rows], "msg", T0)
    edited = replace(first, title="Corrected headline", summary="Corrected.", entry_hash="h1b")
    same_text = replace(quiet, entry_hash="h2b")  # entry changed, nothing a reader sees
    assert await store.revise_articles(feed.id, [edited, same_text]) == 1
    assert await store.entry_hashes(feed.id, ["k1", "k2"]) == {"k1": "h1b", "k2": "h2b"}
    (upd,) = await store.lease_story_updates(T0, limit=5, owner="w", lease_seconds=60)
    assert upd.article.title == "Corrected headline" and upd.article.story_key == "story-1"
    assert [a.title for a in await store.search("corrected", limit=5)] == ["Corrected headline"]


async def _until(check, within: float = 5.0):  # type: ignore[no-untyped-def]
    """Poll a store-side fact that follows another session's end (bounded, not a timing test)."""
    async with asyncio.timeout(within):
        while not (result := await check()):  # noqa: ASYNC110 - a server-side fact, no event
            await asyncio.sleep(0.02)
    return result


async def test_running_workers_hold_distinct_names_and_a_dead_ones_leases_come_back(
    store: Store, store_factory
) -> None:
    a = article("k1")
    await _feed_with(store, "https://example.org/a.xml", a, plans=[planned("console:world", a)])
    w1, w2 = await store_factory(), await store_factory()
    assert await w1.hold_worker_name(None, host="h") == ("h#1", True)
    assert await w2.hold_worker_name(None, host="h") == ("h#2", True)
    # A configured name a running worker holds is not ours to release.
    assert await (await store_factory()).hold_worker_name("h#1", host="h") == ("h#1", False)
    assert await w1.worker_name_held()
    [d] = await w1.lease_deliveries(T0, limit=5, owner="h#1", lease_seconds=120)
    assert await w2.dead_workers("h#2") == []  # h#1 is alive
    assert not await w2.reap_worker("h#1")
    await w1.close()  # kill -9 ends the process, and with it the lock, the same way
    assert await _until(lambda: w2.dead_workers("h#2")) == ["h#1"]
    assert await w2.reap_worker("h#1")
    # The dead worker's row is due again at once, not after its 120 s lease; it may have
    # been posted, so it says since when.
    [back] = await w2.lease_deliveries(T0 + timedelta(seconds=3), limit=5, owner="h#2",
                                       lease_seconds=120)
    assert (back.id, back.maybe_sent_since) == (d.id, T0)
    assert await w2.dead_workers("h#2") == []  # reaped once, then forgotten
    # A restarted worker takes the free name again.
    again = await store_factory()
    assert await _until(lambda: again.hold_worker_name(None, host="h")) == ("h#1", True)


async def test_ingest_many_commits_several_feeds_at_once(store: Store) -> None:
    """The poller's group commit: one call, each feed's articles under its own feed, the queued
    rows counted per feed, one post per story across the feeds, and the newest row id back."""

    one, _ = await store.add_feed("https://example.org/one.xml")
    two, _ = await store.add_feed("https://example.org/two.xml")
    a1, a2 = article("k1"), article("k2")
    same_story = replace(article("k1"), story_key=a1.story_key)  # same key, other feed
    batches = [
        IngestBatch(one.id, update_for(one, T0), [a1, a2],
                    [planned("console:world", a1), planned("console:world", a2)], ["k1", "k2"]),
        IngestBatch(two.id, update_for(two, T0), [same_story],
                    [planned("console:world", same_story)], ["k1"]),
    ]
    queued, top = await store.ingest_many(batches, T0)
    assert queued == [2, 0]  # the second feed's copy of the story is not posted again
    rows = await store.story_rows(since=T0 - timedelta(days=1))
    assert [(r.feed_id, r.key) for r in rows] == [(one.id, "k1"), (one.id, "k2"), (two.id, "k1")]
    assert top == max(r.id for r in rows)
    assert await store.ingest_many(batches, T0) == ([0, 0], None)  # all known: nothing new


async def test_ingest_many_confirms_story_keys_under_the_lock_after_inserting(
    store: Store,
) -> None:
    """`confirm` runs once the rows are in, under the ingest lock: another commit waits for it;
    a story key it changes moves the stored row and its planned delivery (one post per story:
    the story another feed queued meanwhile is not queued twice)."""
    one, _ = await store.add_feed("https://example.org/one.xml")
    two, _ = await store.add_feed("https://example.org/two.xml")
    three, _ = await store.add_feed("https://example.org/three.xml")
    theirs = article("t1", story_key="feedface00000001")
    await store.ingest(one.id, update_for(one, T0), [theirs], [planned("console:world", theirs)],
                       T0)
    ours = article("o1", story_key="0123456789abcdef")  # decided before seeing theirs
    other = article("x1", story_key="fedcba9876543210")
    waiting: list[asyncio.Task] = []

    async def confirm(read):
        assert [r.key for r in await read(0, 10)] == ["t1"]  # committed rows, not ours yet
        # Another commit of a new story started now finishes only after ours.
        waiting.append(asyncio.create_task(store.ingest_many(
            [IngestBatch(three.id, update_for(three, T0), [other],
                         [planned("console:world", other)])], T0)))
        await asyncio.sleep(0.3)
        assert not waiting[0].done()
        return [[replace(ours, story_key=theirs.story_key)]]

    queued, top = await store.ingest_many(
        [IngestBatch(two.id, update_for(two, T0), [ours], [planned("console:world", ours)])],
        T0, confirm=confirm,
    )
    assert queued == [0]  # their story was queued already: not posted twice
    assert [a.key for a in await store.story_articles(theirs.story_key)] == ["t1", "o1"]
    assert await store.story_articles(ours.story_key) == []
    assert (await waiting[0])[0] == [1]
    rows = await store.story_rows(after_id=0)
    assert [(r.key, r.story_key) for r in rows] == [
        ("t1", theirs.story_key), ("o1", theirs.story_key), ("x1", other.story_key)]
    assert top == rows[1].id  # the log position of our commit: the next look starts after it
    assert [r.key for r in await store.story_rows(after_id=top)] == ["x1"]


async def test_backlog_rows_stored_without_the_lock_are_seen_not_articles(store: Store) -> None:
    """store_seen: backlog rows alone, before the locked commit of the feed's built articles
    and state; the feed is still on its first poll until a built article is stored."""
    feed, _ = await store.add_feed("https://example.org/seen.xml")
    seen = [replace(article(k, title=f"Item {k}", entry_hash="h" + k), summary="", built=False)
            for k in ("s1", "s2")]
    await store.store_seen([(feed.id, seen)], T0)
    await store.store_seen([(feed.id, [seen[0]]), (feed.id, [])], T0)  # stored: skipped
    assert await store.entry_hashes(feed.id, ["s1", "s2", "b1"]) == {"s1": None, "s2": None}
    assert await store.all_entry_hashes(feed.id) == {"s1": None, "s2": None}
    assert not await store.has_articles(feed.id)  # backlog rows alone: still a first poll
    assert await store.story_rows(after_id=0) == []
    assert (await store.get_feed(feed.id)).last_success_at is None  # type: ignore[union-attr]
    queued, _ = await store.ingest_many(
        [IngestBatch(feed.id, update_for(feed, T0), [article("b1")],
                     [planned("console:world", article("b1"))], ["s1", "s2", "b1"])], T0)
    assert queued == [1] and await store.has_articles(feed.id)


async def test_several_feeds_stored_keys_read_at_once_as_one_by_one(store: Store) -> None:
    """feeds_with_articles / all_entry_hashes_of: `has_articles` and `all_entry_hashes` of a
    batch of feeds in one statement each, the same answers (pruned keys with no hash, backlog
    rows with none, an article stored again under a pruned key with its own, every id a key)."""
    built = await _feed_with(store, "https://example.org/a.xml",
                             article("old", entry_hash="h-old"), article("b1", entry_hash="h-b1"))
    later = T0 + timedelta(days=40)
    assert await store.prune(later - timedelta(days=30)) == 2
    again = article("old", entry_hash="h-old-2")
    await store.ingest(built.id, update_for(built, later), [again], [], later, listed=["old"])
    seen, _ = await store.add_feed("https://example.org/seen.xml")
    await store.store_seen([(seen.id, [replace(article(k, entry_hash="h" + k), built=False)
                                       for k in ("s1", "s2")])], T0)
    empty, _ = await store.add_feed("https://example.org/empty.xml")
    ids = [built.id, seen.id, empty.id]
    assert await store.feeds_with_articles(ids) == {
        i for i in ids if await store.has_articles(i)} == {built.id}
    assert await store.all_entry_hashes_of(ids) == {
        i: await store.all_entry_hashes(i) for i in ids}
    assert (await store.all_entry_hashes_of(ids))[built.id] == {"old": "h-old-2"}  # b1 unlisted
    assert await store.feeds_with_articles([]) == set()
    assert await store.all_entry_hashes_of([]) == {}


async def test_backlog_rows_are_known_and_searchable_but_no_story(store: Store) -> None:
    """`built = False` (a first poll's backlog, poll.backlog = "seen"): stored and searchable,
    never new again nor revised, outside the story index, `latest` and a story's coverage."""
    story = "abcdef0123456789"
    built = article("b1", story_key=story, title="Envoys meet in Geneva", entry_hash="h1")
    seen = replace(article("s1", story_key=story, title="Sanctions on Belarus widened",
                           entry_hash="h2"), summary="", built=False)
    feed = await _feed_with(store, "https://example.org/a.xml", built, seen)
    await store.subscribe(CH, feed.id)
    [found] = await store.search("belarus", limit=10, channel=CH)
    assert found.key == "s1" and found.built is False and found.summary == ""
    got = await store.get_article(str(found.id))
    assert got is not None and got.built is False
    [other] = await store.search("geneva", limit=10)
    assert other.built is True
    # Known (never new again) but never revised: its stored hash reads as None.
    assert await store.entry_hashes(feed.id, ["b1", "s1", "x"]) == {"b1": "h1", "s1": None}
    assert await store.all_entry_hashes(feed.id) == {"b1": "h1", "s1": None}
    assert [r.key for r in await store.story_rows(since=T0 - timedelta(days=1))] == ["b1"]
    assert [r.key for r in await store.story_rows(after_id=0)] == ["b1"]
    assert [a.key for a in await store.latest_articles(limit=10, channel=CH)] == ["b1"]
    assert [a.key for a in await store.story_articles(story)] == ["b1"]
    assert await store.has_articles(feed.id)
    assert await store.prune(T0 + timedelta(days=1)) == 2  # pruned like any article


async def test_followers_of_several_feeds_in_one_read(store: Store) -> None:
    """followers_of: each feed's enabled subscriptions (every feed a key, none too) and their
    channels' settings, defaults for a channel never configured."""
    a, _ = await store.add_feed("https://example.org/a.xml")
    b, _ = await store.add_feed("https://example.org/b.xml")
    c, _ = await store.add_feed("https://example.org/c.xml")
    other = ChannelRef("slack", "C2")
    await store.subscribe(CH, a.id)
    await store.subscribe(other, a.id)
    await store.subscribe(other, b.id)
    await store.save_channel_settings(ChannelSettings(other, threshold=0.9))
    subs, settings = await store.followers_of([a.id, b.id, c.id])
    assert {k: [s.channel for s in v] for k, v in subs.items()} == {
        a.id: [CH, other], b.id: [other], c.id: []}
    assert subs[a.id] == await store.subscriptions_for_feed(a.id)
    assert settings == {CH: await store.channel_settings(CH),
                        other: await store.channel_settings(other)}
    assert settings[other].threshold == 0.9 and settings[CH] == ChannelSettings(CH)
    assert await store.followers_of([]) == ({}, {})
