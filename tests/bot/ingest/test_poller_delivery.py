"""Poll → outbox → dispatch with a loopback feed server: first poll, edits, retention."""

from __future__ import annotations

import contextlib
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.chat.commands import CommandHandler
from bot.content import jobs
from bot.core.settings import Settings, load_settings
from bot.core.types import ChannelRef, CommandContext
from bot.deliver.dispatcher import Dispatcher
from bot.ingest.fetch import Fetcher, make_session
from bot.ingest.poller import FIRST_POLL_BOUND, Poller
from bot.store.postgres import PostgresStore
from bot.store.sqlite import SQLiteStore
from tests.support.chat import RecordingAdapter
from tests.support.mini_feeds import Item, MiniFeeds
from tests.support.pg import PG_URL, fresh_schema
from tests.support.records import stored_articles

CH = ChannelRef.parse("console:world")


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
async def rig(tmp_path: Path):  # type: ignore[no-untyped-def]
    async with _rig(tmp_path, load_settings(allow_private_networks=True)) as r:
        yield r


@pytest.fixture
async def rig_full(tmp_path: Path):  # type: ignore[no-untyped-def]
    """poll.backlog = "full": a first poll builds every item."""
    async with _rig(tmp_path, load_settings(allow_private_networks=True,
                                            poll={"backlog": "full"})) as r:
        yield r


@pytest.fixture
async def rig_pg(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The same with PostgreSQL (a fresh schema)."""
    async with fresh_schema() as schema, _rig(
        tmp_path, load_settings(allow_private_networks=True),
        PostgresStore(PG_URL, schema=schema, max_size=4),
    ) as r:
        yield r


@contextlib.asynccontextmanager
async def _rig(tmp_path: Path, settings: Settings,  # type: ignore[no-untyped-def]
               store: SQLiteStore | PostgresStore | None = None):
    store = store or SQLiteStore(str(tmp_path / "nb.db"))
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


# Other stories, for a feed's second poll.
LATER = [
    "Qatar hosts Gaza ceasefire talks in Doha",
    "Chile and Peru sign water sharing pact",
    "Kenya sends police mission to Haiti",
    "Turkey and Greece agree Aegean hotline",
    "Vietnam and Philippines protest South China Sea drills",
    "Armenia and Azerbaijan open border demarcation talks",
    "Norway mediates Colombia peace negotiations in Oslo",
    "Egypt and Ethiopia resume Nile dam negotiations",
]


def _items(n: int) -> list[Item]:
    return [Item(f"g{i}", TOPICS[i], minutes=i) for i in range(n)]


async def test_first_poll_posts_only_the_newest_items(rig) -> None:  # type: ignore[no-untyped-def]
    store, feeds, clock, chat, cycle = rig
    feeds.set("world", _items(10))
    feed, _ = await store.add_feed(feeds.url("world"), trusted=True)
    await store.subscribe(CH, feed.id)
    assert await cycle() == 3  # poll.first_poll_items
    # A trusted feed: its 3 newest pass, so only they are built; the rest is backlog.
    stored = await stored_articles(store, clock.now - timedelta(days=1))
    assert {a.title for a in stored if a.built} == set(TOPICS[7:10])
    assert {p.digest.items[0].headline for p in chat.posts} == set(TOPICS[7:10])
    assert len(await stored_articles(store, clock.now - timedelta(days=1))) == 10  # all seen

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
    assert len(await stored_articles(store, clock.now - timedelta(days=1))) == 2


# Newest first: five items no foreign-policy channel wants, then TOPICS (the oldest).
NOT_NEWS = [
    ("Arsenal beat Chelsea 2-1 in Premier League derby", "The match ended late on Saturday."),
    ("Taylor Swift announces new album and world tour", "The singer told fans on Instagram."),
    ("Recipe: the perfect sourdough loaf", "Flour, water and patience are all you need."),
    ("Local bakery wins award for best croissant", "The owners celebrated with customers."),
    ("Weekend weather: sunny spells and light winds", "Forecasters expect a mild Sunday."),
]


def _not_news(n: int, start: int = 100) -> list[Item]:
    return [Item(f"x{i}", f"{NOT_NEWS[i % 5][0]} ({i})", NOT_NEWS[i % 5][1], minutes=start + i)
            for i in range(n)]


async def test_first_poll_builds_chunks_until_the_newest_relevant_items_are_found(
    rig,  # type: ignore[no-untyped-def]
) -> None:
    store, feeds, clock, chat, cycle = rig
    feeds.set("world", [*_not_news(5), *_items(10)])  # not trusted: the threshold applies
    feed, _ = await store.add_feed(feeds.url("world"))
    await store.subscribe(CH, feed.id)
    assert await cycle() == 3
    assert {p.digest.items[0].headline for p in chat.posts} == set(TOPICS[7:10])
    stored = await stored_articles(store, clock.now - timedelta(days=1))
    assert len(stored) == 15  # everything is stored as seen
    # Rounds of what the channel lacks, newest first: 3 not-news; 2 not-news and TOPICS[9];
    # then the 2 it still lacks, TOPICS[8] and [7].
    built = {a.title for a in stored if a.built}
    assert len(built) == 8 and set(TOPICS[7:10]) <= built
    backlog = [a for a in stored if not a.built]
    assert {a.title for a in backlog} == set(TOPICS[:7])
    # Stored unscored (a fifth of a cold cycle was scoring rows only a command reads):
    # `search` and `why` score them when they read them.
    assert all(a.summary == "" and a.text and a.relevance is None for a in backlog)

    # The backlog is searchable by headline, by the channel's usual rule; `latest` skips it.
    handler = CommandHandler(store)
    ctx = CommandContext(channel=CH, user="u", is_admin=False)
    found = await handler.handle(ctx, "search mercosur")
    assert found.digest is not None
    assert [i.headline for i in found.digest.items] == [TOPICS[1]]
    latest = await handler.handle(ctx, "latest 20")
    assert latest.digest is not None
    assert {i.headline for i in latest.digest.items} == set(TOPICS[7:10])  # built ones
    why = await handler.handle(ctx, f"why {backlog[0].id}")
    assert "backlog" in why.text and "not scored" not in why.text
    assert re.search(r"relevance: (0\.[5-9]|1\.0)", why.text), why.text  # a world story

    # Next poll: the backlog is not new (one edited, too: not rebuilt, not posted); one new
    # item is posted, built.
    clock.now += timedelta(hours=1)
    fresh = Item("g10", "Qatar hosts Gaza ceasefire talks in Doha", minutes=200)
    edited = Item("g1", TOPICS[1] + " (updated)", "Corrected text.", minutes=1)
    feeds.set("world", [fresh, *_not_news(5), edited, *_items(10)[2:], _items(1)[0]])
    assert await cycle() == 1
    assert chat.posts[-1].digest.items[0].headline == fresh.title
    after = await stored_articles(store, clock.now - timedelta(days=1))
    assert len(after) == 16
    assert [a.built for a in after if a.title == fresh.title] == [True]
    assert {a.title for a in after if not a.built} == set(TOPICS[:7])
    assert len(chat.posts) == 4 and max(chat.attempts.values()) == 1


async def test_search_scores_backlog_rows_by_the_channel_rule(
    rig,  # type: ignore[no-untyped-def]
) -> None:
    """Backlog rows are scored when `search` reads them: one the channel would not be sent
    (not news) is not found, however well its words match; a world story is."""
    store, feeds, clock, _chat, cycle = rig
    feeds.set("world", _items(10))
    feed, _ = await store.add_feed(feeds.url("world"))
    await store.subscribe(CH, feed.id)
    await cycle()
    stored = await stored_articles(store, clock.now - timedelta(days=1))
    seen = next(a for a in stored if not a.built)
    rows = [replace(seen, key=f"nn{i}", title=title, text=text, link=None, id=None)
            for i, (title, text) in enumerate(NOT_NEWS)]
    await store.store_seen([(feed.id, rows)], clock.now)
    handler = CommandHandler(store)
    ctx = CommandContext(channel=CH, user="u", is_admin=False)
    assert (await handler.handle(ctx, "search arsenal chelsea")).digest is None
    assert (await handler.handle(ctx, "search sourdough")).digest is None
    found = await handler.handle(ctx, f"search {seen.title.split()[0]}")
    assert found.digest is not None and seen.title in {i.headline for i in found.digest.items}


async def test_first_poll_builds_at_most_the_bound(rig) -> None:  # type: ignore[no-untyped-def]
    """A feed with nothing the channel wants: 4 × first_poll_items built, the rest seen."""
    store, feeds, clock, _chat, cycle = rig
    feeds.set("world", [*_not_news(30), *_items(1)])  # the one story is the oldest item
    feed, _ = await store.add_feed(feeds.url("world"))
    await store.subscribe(CH, feed.id)
    assert await cycle() == 0
    stored = await stored_articles(store, clock.now - timedelta(days=1))
    assert len(stored) == 31
    assert sum(a.built for a in stored) == FIRST_POLL_BOUND * 3
    assert [a.built for a in stored if a.title == TOPICS[0]] == [False]


async def test_backlog_full_builds_every_item(rig_full) -> None:  # type: ignore[no-untyped-def]
    store, feeds, clock, chat, cycle = rig_full
    feeds.set("world", [*_not_news(5), *_items(10)])
    feed, _ = await store.add_feed(feeds.url("world"))
    await store.subscribe(CH, feed.id)
    assert await cycle() == 3
    assert {p.digest.items[0].headline for p in chat.posts} == set(TOPICS[7:10])
    stored = await stored_articles(store, clock.now - timedelta(days=1))
    assert len(stored) == 15 and all(a.built and a.summary for a in stored)


async def test_a_feed_polled_again_parses_only_the_items_it_has_not_read(  # type: ignore[no-untyped-def]
    rig, monkeypatch
) -> None:
    """Items stored as they read now are left out of the next parse (their bytes unchanged);
    a new item and an edited one are parsed, posted and revised as before."""
    store, feeds, clock, chat, cycle = rig
    parsed: list[int] = []
    real = jobs.parse_items

    def counting(*args):  # type: ignore[no-untyped-def]
        out = real(*args)
        parsed.append(len(out[0].entries))
        return out

    monkeypatch.setattr(jobs, "parse_items", counting)
    feeds.set("world", _items(10))
    feed, _ = await store.add_feed(feeds.url("world"), trusted=True)
    await store.subscribe(CH, feed.id)
    assert await cycle() == 3
    clock.now += timedelta(hours=1)
    edited = Item("g9", TOPICS[9] + " (updated)", "Corrected text.", minutes=9)
    fresh = Item("g10", "Qatar hosts Gaza ceasefire talks in Doha", minutes=60)
    feeds.set("world", [*_items(9), edited, fresh])
    assert await cycle() == 1
    assert parsed == [10, 2]  # the first poll read all; then only the edited and the new item
    titles = {a.title for a in await stored_articles(store, clock.now - timedelta(days=1))}
    assert TOPICS[9] + " (updated)" in titles and len(titles) == 11
    clock.now += timedelta(hours=1)
    feeds.set("world", [*_items(9), edited, fresh, Item("g11", "Chile and Peru sign water pact",
                                                        minutes=70)])
    assert await cycle() == 1 and parsed[-1] == 1
    assert len(chat.posts) == 5 and max(chat.attempts.values()) == 1


async def test_a_cycle_asks_is_story_once_per_built_article(  # type: ignore[no-untyped-def]
    rig, monkeypatch
) -> None:
    """is_story (~0.3 ms) is asked once per new article in a cycle, though the first poll's
    chunks, the story match and the deliveries planned at the commit each need its answer."""
    from bot.content import articles

    store, feeds, clock, _chat, cycle = rig
    asked: list[str] = []
    real = articles.is_story

    def counting(article):  # type: ignore[no-untyped-def]
        asked.append(article.key)
        return real(article)

    monkeypatch.setattr(articles, "is_story", counting)
    feeds.set("world", [*_not_news(5), *_items(10)])  # three rounds built: 8 articles
    feed, _ = await store.add_feed(feeds.url("world"))
    await store.subscribe(CH, feed.id)
    assert await cycle() == 3
    built = [a for a in await stored_articles(store, clock.now - timedelta(days=1)) if a.built]
    assert len(built) == 8
    assert sorted(asked) == sorted(a.key for a in built)


# An outlet's own footer, in no junk list: two sentences closing every item.
FOOTER = ("The Quayside Ledger is published by the Eastport Harbour Cooperative."
          " Our correspondents file from Dunmore, Eastport and the islands.")
SIGN_OFF_TOPICS = [
    "Envoys meet in Geneva over Iran nuclear programme",
    "Brazil and Argentina sign Mercosur trade pact",
    "Japan protests Chinese coast guard patrols near Senkakus",
    "NATO ministers debate Baltic air defence",
    "African Union mediates Sudan ceasefire in Addis Ababa",
]


ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _footed(guid: str, title: str, minutes: int, footer: str = FOOTER) -> Item:
    n = int(guid[1:])
    lead = (f"{title}: the talks opened in the {ORDINALS[n]} week of the session. Delegates "
            f"from {n + 3} countries took part, and a statement is due on {DAYS[n % 7]}.")
    return Item(guid, title, f"<p>{lead}</p><p>{footer}</p>", minutes)


async def test_one_new_items_footer_is_told_by_the_items_polled_before(  # type: ignore[no-untyped-def]
    rig,
) -> None:
    """A poll in steady state brings one new item: alone it repeats nothing, but the feed's
    template memory (stored with its state) remembers the footer its earlier items closed on."""
    await _footer_told(rig)


async def test_the_template_memory_with_postgres(rig_pg) -> None:  # type: ignore[no-untyped-def]
    await _footer_told(rig_pg)


async def _footer_told(rig) -> None:  # type: ignore[no-untyped-def]
    store, feeds, clock, chat, cycle = rig
    feeds.set("world", [_footed(f"g{i}", t, i) for i, t in enumerate(SIGN_OFF_TOPICS[:4])])
    feed, _ = await store.add_feed(feeds.url("world"), trusted=True)
    await store.subscribe(CH, feed.id)
    assert await cycle() == 3
    stored = await store.q.one("SELECT template_memory FROM feeds WHERE id = ?", feed.id)
    assert stored["template_memory"]
    clock.now += timedelta(hours=1)
    fresh = _footed("g9", SIGN_OFF_TOPICS[4], 60)
    feeds.set("world", [*feeds.items["world"], fresh])
    assert await cycle() == 1
    [new] = [a for a in await stored_articles(store, clock.now - timedelta(minutes=5))]
    assert new.title == SIGN_OFF_TOPICS[4]
    assert "Cooperative" not in new.text and "Cooperative" not in new.summary
    assert "Dunmore" not in chat.posts[-1].digest.items[0].summary
    assert "talks opened" in new.summary


async def test_footer_learnt_one_item_a_poll(rig_full) -> None:  # type: ignore[no-untyped-def]
    """A feed whose polls each bring one item: the memory gathers the votes poll by poll (the
    first items, whose edges recurred nowhere yet, keep their footer), then cuts it."""
    store, feeds, clock, _chat, cycle = rig_full
    feed, _ = await store.add_feed(feeds.url("world"), trusted=True)
    await store.subscribe(CH, feed.id)
    items: list[Item] = []
    for i, topic in enumerate(TOPICS[:6]):
        items.append(_footed(f"g{i}", topic, i * 60))
        feeds.set("world", items)
        await cycle()
        clock.now += timedelta(hours=1)
    built = {a.title: a for a in await stored_articles(store, clock.now - timedelta(days=1))}
    kept = [t for t in TOPICS[:6] if "Cooperative" in built[t].text]
    assert kept == TOPICS[:2]
async def test_parsed_feeds_waiting_for_their_commit_are_bounded(  # type: ignore[no-untyped-def]
    rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fetches run at fetch.concurrency, but at most PARSED_IN_FLIGHT feeds are parsed and not
    yet committed: a body waiting for its turn is bytes, not parsed entries and builds."""
    import time

    from bot.ingest import poller as poller_module

    store, feeds, clock, _chat, cycle = rig
    # First polls are held for the cycle's finale, never committed one by one: the bound is
    # that of the polls after them.
    for k in range(8):
        feeds.set(f"f{k}", [Item(f"g{k}", TOPICS[k], minutes=k)])
        feed, _ = await store.add_feed(feeds.url(f"f{k}"), trusted=True)
        await store.subscribe(CH, feed.id)
    assert await cycle() == 8
    clock.now += timedelta(hours=1)
    monkeypatch.setattr(poller_module, "PARSED_IN_FLIGHT", 2)
    live, most = 0, 0
    parse_items = jobs.parse_items

    def slow_parse(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal live, most
        live += 1
        most = max(most, live)
        time.sleep(0.02)  # the parses would overlap the commits
        return parse_items(*args, **kwargs)

    commit = Poller._commit

    async def counted_commit(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal live
        try:
            return await commit(self, *args, **kwargs)
        finally:
            live -= 1

    monkeypatch.setattr(jobs, "parse_items", slow_parse)
    monkeypatch.setattr(Poller, "_commit", counted_commit)
    for k in range(8):
        feeds.set(f"f{k}", [Item(f"g{k}", TOPICS[k], minutes=k),
                            Item(f"n{k}", LATER[k], minutes=60 + k)])
    assert await cycle() == 8
    assert live == 0 and most == 2


NG_DAILY = (Path(__file__).resolve().parents[2] / "data" / "realistic_feeds"
            / "1400_en_ng_generic_domain_daily_home_inferred.xml")


async def test_one_new_item_is_scored_with_the_home_its_feed_remembers(  # type: ignore[no-untyped-def]
    rig_full,
) -> None:
    """A Nigerian paper on a generic domain with a bare language tag (fixture 1400): its first
    poll's items say its home (bot/content/home.py), remembered with the feed's template
    memory, so a later poll's one item about a Lagos levy is home news, not news from abroad."""
    from bot.content.parse import parse_feed

    store, feeds, clock, _chat, cycle = rig_full
    entries = parse_feed(NG_DAILY.read_bytes(), url="https://feeds.example/ng.xml").entries
    items = [Item(f"g{i}", e.title, e.summary_html, minutes=i) for i, e in enumerate(entries)]
    (levy,) = [i for i in items if "transport levy" in i.title]
    feeds.set("daily", [i for i in items if i is not levy])
    feed, _ = await store.add_feed(feeds.url("daily"))
    await store.subscribe(CH, feed.id)
    await cycle()
    clock.now += timedelta(hours=1)
    feeds.set("daily", [*feeds.items["daily"], replace(levy, minutes=60)])
    await cycle()
    [new] = [a for a in await stored_articles(store, clock.now - timedelta(minutes=5))]
    assert new.title == levy.title
    assert new.relevance is not None and new.relevance < 0.5, new.reasons
