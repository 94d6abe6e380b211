"""One poll cycle: lease due feeds, fetch, parse and process off the loop, decide per channel,
and store articles with their outbox rows in one transaction."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime, timedelta
from functools import partial
from operator import attrgetter
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from bot.content import fulltext, jobs
from bot.content.clustering import FeedContext, Terms, feed_context, lead_of
from bot.content.entries import (  # noqa: F401 - entry_keys: the poller's API, as before
    EntryDiff,
    diff_entries,
    entry_keys,
    first_poll_candidates,
    newest_first,
)
from bot.content.entries import known_blob as _known_blob
from bot.content.filters import compile_filters, delivers
from bot.content.keys import entry_key
from bot.core.errors import FeedError, NewsbriefError, ParseError
from bot.core.metrics import NO_METRICS, Metrics
from bot.core.settings import Settings
from bot.core.types import (
    Article,
    ChannelRef,
    ChannelSettings,
    DeliveryStatus,
    Feed,
    FeedEntry,
    FeedUpdate,
    FetchResult,
    ParsedFeed,
    PlannedDelivery,
    Subscription,
)
from bot.ingest import alerts, schedule
from bot.ingest.fetch import Fetcher
from bot.ingest.first_poll import (
    Order,
    PackedKeys,
    Tops,
    channel_lists,
    choose,
    next_builds,
    order_of,
)
from bot.ingest.llm import LLMSummarizer
from bot.ingest.stories import Decided, StoryIndex
from bot.store.base import IngestBatch, IngestStore, StoryReader

if TYPE_CHECKING:  # the parsers load with the first parse (in the content thread)
    from bot.content.parse import ItemDigests

log = logging.getLogger(__name__)

CLUSTER_WINDOW = timedelta(hours=48)
CLUSTER_CYCLE_GRACE = timedelta(hours=1)  # a cycle's articles are never evicted mid-cycle
COMMIT_BATCH = 200  # feeds committed together at most (one ingest lock, one transaction)
# How long the group commit waits for feeds still being fetched or built to join its batch
# (never when every feed in flight is already waiting): a steady cycle's feeds come one by one,
# a few milliseconds apart, and committed as they came each was its own transaction of ~14
# statements (bench.pipeline, one new item per feed: 134 transactions for 150 feeds).
GROUP_WAIT = 0.03
# poll.backlog = "seen": a first poll's candidates are its newest this many times
# poll.first_poll_items items (a feed of sport with a channel for diplomacy stops there: 12 at
# the default 3, not the feed's whole backlog); and a channel looks at most this many times
# poll.first_poll_channel_items of its new feeds' candidates (bot/ingest/first_poll.py).
FIRST_POLL_BOUND = 4
# A held first poll's backlog rows (bot/ingest/first_poll.py) are stored in one transaction
# once this many wait, and with the finale: not held in memory until then, not one
# transaction each.
SEEN_FLUSH = 1000
# Feeds polled for the first time in one cycle from which it counts as cold (a new install, an
# OPML import): a few first polls are no burst worth a process.
COLD_FEEDS = 20
# Feeds parsed and not yet committed at once (fetches stay at `fetch.concurrency`): a fetched
# body waits as its bytes, not as parsed entries, builds and pickles (bench.cli_cycle, 500 feeds:
# 64 → 24 took ~5 MB off the tree's peak, the same wall time; 12, 1 MB more for ~3% more wall).
PARSED_IN_FLIGHT = 24
# `run_cycle(ahead=True)` (`run --once`): once a full batch's feeds are all taken, the next
# batch is leased and this many of its feeds fetched while the cycle's last feeds are parsed
# and its first polls decided (bench.cli_cycle, 300 feeds in batches of 200: the second
# batch's fetches no longer wait for the first's finale). Their bodies wait as bytes, as a
# fetched feed waits for a parse slot.
FETCHED_AHEAD = PARSED_IN_FLIGHT
P = ParamSpec("P")
R = TypeVar("R")
Built = list[tuple[Article, Terms]]


@dataclass
class CycleStats:
    feeds: int = 0
    fetched: int = 0
    not_modified: int = 0
    unchanged: int = 0
    errors: int = 0
    new_articles: int = 0
    queued: int = 0
    revised: int = 0  # items edited at the source since we stored them
    backlog: int = 0  # of new_articles: a first poll's items stored as seen, not built
    lock_seconds: float = 0.0  # time this worker held the ingest lock (story commit)


@dataclass(frozen=True, slots=True)
class _Pending:
    """A feed's decided articles waiting for the group commit."""

    feed: Feed
    update: FeedUpdate
    decided: list[Decided]
    backlog: Sequence[Article]  # stored as seen (Article.built false): no story, no delivery
    followers: _Followers | None  # read for a first poll; else read with the batch's at commit
    first_poll: bool
    listed: Sequence[str]
    stats: CycleStats
    done: asyncio.Future[int]
    # A held first poll's deliveries: (channel, article key) chosen by the finale, which the
    # feed's own first-poll rule planned (None: all it plans)
    chosen: frozenset[tuple[ChannelRef, str]] | None = None


# An article's fields but its story key, as a tuple (Poller._is_story's memo key).
_memo_key = attrgetter(*(f.name for f in fields(Article) if f.name != "story_key"))


@dataclass(frozen=True, slots=True)
class _Followers:
    """A feed's subscriptions and their channels' settings, read once per feed."""

    subs: Sequence[Subscription]
    channel_settings: Mapping[ChannelRef, ChannelSettings]


@dataclass(slots=True)
class _Held:
    """A first poll waiting for its cycle's finale (`Poller._finale`): its feed's state is
    stored only then, so a crash before it leaves the feed a first poll (its backlog rows,
    stored already, are no articles: `has_articles`). The body and the backlog's entries are
    gone; its candidates' entries stay until built (or stored as seen)."""

    feed: Feed
    result: FetchResult  # body dropped
    context: ParsedFeed  # the feed without its entries
    listed: PackedKeys
    edited: tuple[FeedEntry, ...]
    memory: bytes  # the feed's template memory, with the chunks built so far
    candidates: list[FeedEntry | None]  # newest first; None when not needed any more
    orders: list[Order | None]  # each candidate's place in its channels' lists; None: dropped
    seen: list[Article | None]  # each candidate as a backlog row, stored so unless built
    built: dict[int, tuple[Article, Terms]]  # by candidate index
    stats: CycleStats
    remember: bytes | None  # its items as read now, for `_read_before` (`_known_blob`)
    followers: _Followers
    failed: bool = False


def _discard(task: asyncio.Task[Any]) -> None:
    """A task whose result is no longer wanted: cancelled, or its exception retrieved."""
    if task.done():
        if not task.cancelled():
            task.exception()
    else:
        task.cancel()


def _order(h: _Held, i: int) -> Order:
    """A built candidate's order: it was in its channels' lists, so `Tops` never dropped it."""
    order = h.orders[i]
    assert order is not None
    return order


def is_story(article: Article) -> bool:
    """articles.is_story, imported when first asked here: the worker's builds (which answer it
    for the articles they build, `jobs.build_marked`) and their tables may live in a pool
    process only (bot/runtime/pool.py)."""
    from bot.content.articles import is_story as asked

    return asked(article)


def select_deliveries(
    articles: Sequence[Article],
    *,
    feed: Feed,
    subscriptions: Sequence[Subscription],
    settings_for: Callable[[ChannelRef], ChannelSettings],
    default_threshold: float,
    first_poll: bool,
    first_poll_items: int,
    story: Callable[[Article], bool] = is_story,
) -> list[PlannedDelivery]:
    """Which new articles go to which channel. Pure: no I/O, tested with tables.

    Per subscription: relevance threshold (unless the feed is trusted), then the channel's
    filters; on a feed's first poll only the newest `first_poll_items` that pass are kept, so
    adding a feed never floods a channel. `story`: articles.is_story, or a memo of it.
    """
    epoch = datetime.min.replace(tzinfo=UTC)
    planned: list[PlannedDelivery] = []
    stories = [a for a in articles if story(a)]  # asked once per article, not per subscription
    for sub in subscriptions:
        ch = settings_for(sub.channel)
        threshold = ch.threshold if ch.threshold is not None else default_threshold
        try:
            compiled = compile_filters(sub.filters)
        except NewsbriefError as e:  # a stored pattern that no longer compiles: skip, say why
            log.warning("invalid filters", extra={"subscription": sub.id, "error": str(e)})
            continue
        passing = [
            a for a in stories
            if delivers(a, trusted=feed.trusted, threshold=threshold, compiled=compiled,
                        story=True)
        ]
        if first_poll:
            passing = sorted(passing, key=lambda a: a.published or epoch, reverse=True)
            passing = passing[:first_poll_items]
        status: DeliveryStatus = "held" if ch.mode == "roundup" else "pending"
        planned.extend(
            PlannedDelivery(sub.channel, a.key, a.story_key, status) for a in passing
        )
    return planned


class Poller:
    def __init__(
        self,
        store: IngestStore,
        fetcher: Fetcher,
        settings: Settings,
        *,
        executor: Executor | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        owner: str = "worker",
        rng: random.Random | None = None,
        metrics: Metrics = NO_METRICS,
        summarizer: LLMSummarizer | None = None,
    ) -> None:
        self._store = store
        self._fetcher = fetcher
        self._settings = settings
        self._executor = executor
        self._clock = clock
        self._owner = owner
        self._rng = rng or random.Random()
        self._metrics = metrics
        self._summarizer = summarizer  # optional LLM summaries (summary.llm_* settings)
        self._budget = jobs.Budget(settings.summary.max_words, settings.summary.max_sentences)
        # One long-lived story index; articles stored by other workers are folded in as we go.
        self._stories = StoryIndex(
            store, self._terms, window=CLUSTER_WINDOW, clock=lambda: self._clock(),
            cycle_grace=CLUSTER_CYCLE_GRACE, story=self._is_story, contexts=self._feed_context,
        )
        # clustering.feed_context's common terms of this cycle's feeds, as the builds gave them
        # (jobs.build_marked): this process need not load the term tables to ask it
        self._contexts: dict[tuple[int | None, str | None], frozenset[str]] = {}
        # articles.is_story of this cycle's new articles until they are committed (`_is_story`)
        self._story_memo: dict[tuple[object, ...], bool] = {}
        self._pending: list[_Pending] = []  # decided feeds waiting for the group commit
        # Per feed, the items stored as they read now: (digest of the item's bytes, entry key)
        # pairs, 32 bytes each (see `_known_blob`). A feed polled again parses only the others.
        self._read_before: dict[int, bytes] = {}
        self._committer: asyncio.Task[None] | None = None
        self._processing = 0  # feeds being fetched or processed, their commit not ended
        self._arrived: asyncio.Future[None] | None = None  # the committer waits for a feed
        self._parsing = asyncio.Semaphore(PARSED_IN_FLIGHT)  # see PARSED_IN_FLIGHT
        self._held: list[_Held] = []  # this cycle's first polls, waiting for its finale
        self._held_by_id: dict[int, _Held] = {}
        self._tops = Tops(0)  # their channels' newest candidates so far (see Tops)
        self._seen: list[tuple[int, Sequence[Article]]] = []  # their backlogs, to store
        self._followers_read: dict[int, _Followers] = {}  # first polls' followers (run_cycle)
        # first polls' `has_articles` and `all_entry_hashes`, read by run_cycle
        self._first_reads: dict[int, tuple[bool, dict[str, str | None]]] = {}
        # This cycle's first polls are read whole in one job (`_process_first`): a cold cycle's
        # (the pool's process has the tables and takes them), or wherever jobs all run alike
        # (an executor that is no content pool); else parsed here as other polls (`_hold_parsed`),
        # as a cold cycle split between two cores parses them too (`_parse_here`)
        self._whole_first_polls = True
        self._seen_rows = 0
        # The next cycle's feeds, leased ahead, its stats and its feeds fetched ahead (`ahead`)
        self._next: tuple[list[Feed], CycleStats] | None = None
        self._fetched_ahead: dict[int, asyncio.Task[FetchResult | None]] = {}
        # ... and the first polls among them read whole (`jobs.first_poll`) as soon as fetched,
        # while this cycle ends: the pool's process had idled 40-75 ms between the last parse
        # of one batch and the first of the next (bench.cli_cycle). Only the read is early:
        # the next cycle holds them and its own finale decides them, as before.
        self._read_ahead: dict[int, asyncio.Task[jobs.FirstPoll | None]] = {}
        # A content pool's cold cycle is under way (begin_cold … end_cold): its jobs go to the
        # pool's process. A job read ahead between two cycles would run here and load the
        # build's tables into this process (ContentPool.submit): it waits for its cycle then.
        self._cold_now = False

    def close(self) -> None:
        if self._committer is not None:
            self._committer.cancel()
        for task in (*self._fetched_ahead.values(), *self._read_ahead.values()):
            task.cancel()
        self._fetched_ahead, self._read_ahead = {}, {}
        self._stories.close()

    async def run_cycle(self, *, ahead: bool = False) -> CycleStats:
        """Poll a batch of due feeds. `ahead` (a caller that polls until no feed is due, as
        `run --once`): a full batch leases the next one once its own feeds are all taken, and
        fetches its first FETCHED_AHEAD feeds while this cycle ends; the next call polls them
        (each batch's first polls are still decided by its own finale)."""
        if self._next is not None:
            feeds, stats = self._next
            self._next = None
        else:
            feeds = await self._lease()
            stats = CycleStats(feeds=len(feeds))
        if not feeds:
            return stats
        ahead = ahead and len(feeds) >= self._settings.poll.batch
        # Bound feeds in flight (fetch → parse → store): without it a 2,000-feed cycle holds
        # every parsed feed in memory while it waits for the parse pool. `fetch.concurrency`
        # tasks take the feeds in turn: not a task, a coroutine and a semaphore waiter per
        # feed of the cycle, all made at once (~2 MB at 2,000 feeds, bench.memory).
        todo = iter(feeds)
        self._parsing = asyncio.Semaphore(PARSED_IN_FLIGHT)  # this cycle's loop's

        failures: list[Exception] = []

        async def poll_in_turn() -> None:
            nonlocal ahead
            for feed in todo:
                try:
                    await self._poll_feed(feed, stats)
                except Exception as e:  # the others' feeds are still polled, as with a task each
                    failures.append(e)
            if ahead and not failures:  # every feed taken: the next batch's fetches begin
                ahead = False
                try:
                    await self._fetch_ahead()
                except Exception as e:
                    failures.append(e)

        # A cold cycle (many feeds never polled): the pool may give its builds to a process
        # on another core (bot/runtime/pool.py, ContentPool.begin_cold).
        first_polls = sum(f.last_success_at is None for f in feeds)
        # Their followers in two statements, not two per feed as each is held (`_followers`):
        # a cold 300-feed `run --once` made 600 of its ~1,250 queries there.
        self._followers_read = {}
        self._first_reads = {}
        if first_polls > 1:
            firsts = [f.id for f in feeds if f.last_success_at is None]
            subs, channels = await self._store.followers_of(firsts)
            self._followers_read = {
                i: _Followers(s, {c.channel: channels[c.channel] for c in s})
                for i, s in subs.items()
            }
            # And what `_process` and `_process_first` read of each (`has_articles`,
            # `all_entry_hashes`): two statements, not two a feed between its fetch and its
            # job, each waiting behind the store's thread (a backlog's flush, a commit).
            self._first_reads = await self._first_reads_of(firsts)
        begin = getattr(self._executor, "begin_cold", None)
        cold = first_polls >= COLD_FEEDS and begin is not None and begin(first_polls)
        self._cold_now = cold
        self._whole_first_polls = cold or begin is None
        if not cold and (steady := getattr(self._executor, "begin_steady", None)) is not None:
            steady(len(feeds))  # the worker grows with them (ContentPool.begin_steady)
        self._held, self._seen, self._seen_rows = [], [], 0
        self._tops = Tops(FIRST_POLL_BOUND * self._settings.poll.first_poll_channel_items)
        try:
            tasks = min(len(feeds), max(1, self._settings.fetch.concurrency))
            await asyncio.gather(*(poll_in_turn() for _ in range(tasks)))
            if failures:
                raise failures[0]
            await self._finale()  # the first polls, once every feed of the cycle is fetched
        finally:
            for feed in feeds:  # read ahead, but not polled after all (the cycle failed)
                if (task := self._read_ahead.pop(feed.id, None)) is not None:
                    _discard(task)
            self._held, self._held_by_id, self._seen, self._seen_rows = [], {}, [], 0
            self._followers_read, self._first_reads = {}, {}
            self._story_memo.clear()
            self._contexts.clear()
            self._cold_now = False
            if cold:
                self._executor.end_cold()  # type: ignore[union-attr]
        log.info(
            "poll cycle done",
            extra={k: v for k, v in vars(stats).items()},
        )
        return stats

    async def _lease(self) -> list[Feed]:
        lease = self._settings.fetch.timeout * 3 + 60
        return await self._store.lease_due_feeds(
            self._clock(), limit=self._settings.poll.batch, owner=self._owner,
            lease_seconds=lease,
        )

    async def _fetch_ahead(self) -> None:
        """Lease the next batch now and start fetching its first feeds (`run_cycle`'s
        `ahead`); their results wait in `_fetched_ahead` for the next cycle's `_poll_feed`."""
        feeds = await self._lease()
        stats = CycleStats(feeds=len(feeds))
        self._next = (feeds, stats)
        early = feeds[:FETCHED_AHEAD]
        for feed in early:
            self._fetched_ahead[feed.id] = asyncio.ensure_future(self._fetch(feed, stats))
        # (read while they are fetched; this cycle ends only once this returns)
        reads = await self._first_reads_ahead(feeds)
        for feed in early:
            if (read := reads.get(feed.id)) is not None and not read[0]:
                self._read_ahead[feed.id] = asyncio.ensure_future(
                    self._first_poll_job(feed, self._fetched_ahead[feed.id], read[1]))

    async def _first_reads_ahead(
        self, feeds: Sequence[Feed]
    ) -> dict[int, tuple[bool, dict[str, str | None]]]:
        """What `_process_first` reads of the next batch's first few first polls, when the next
        cycle will be cold as this one is (so it reads its first polls whole, not here:
        `_parse_here`): else nothing."""
        firsts = [f.id for f in feeds if f.last_success_at is None]
        if (len(firsts) < COLD_FEEDS or not self._whole_first_polls or self._parse_here()
                or self._settings.poll.backlog != "seen"):
            return {}
        return await self._first_reads_of(
            [f.id for f in feeds[:FETCHED_AHEAD] if f.last_success_at is None])

    async def _first_reads_of(
        self, ids: list[int]
    ) -> dict[int, tuple[bool, dict[str, str | None]]]:
        """Whether each feed has articles and its stored entry hashes (`has_articles`,
        `all_entry_hashes`): two statements for them all."""
        built = await self._store.feeds_with_articles(ids)
        hashes = await self._store.all_entry_hashes_of(ids)
        return {i: (i in built, hashes[i]) for i in ids}

    async def _first_poll_job(
        self, feed: Feed, fetch: asyncio.Task[FetchResult | None],
        stored: dict[str, str | None],
    ) -> jobs.FirstPoll | None:
        """`_process_first`'s job for a feed fetched ahead, started once its body is here."""
        result = await asyncio.shield(fetch)  # its own waiter (`_poll_feed`) must not lose it
        if result is None or result.body is None:
            return None
        if not self._cold_now and getattr(self._executor, "begin_cold", None) is not None:
            return None  # between the cycles: `_process_first` submits it in its own
        return await self._first_poll(feed, result, stored, ahead=True)

    async def _first_poll(
        self, feed: Feed, result: FetchResult, stored: dict[str, str | None],
        ahead: bool = False,
    ) -> jobs.FirstPoll:
        """`jobs.first_poll` of a fetched body, in the pool; `ahead`: read ahead for the next
        cycle, after the jobs of this one (ContentPool.submit_ahead)."""
        assert result.body is not None
        poll = self._settings.poll
        cutoff = self._clock() - timedelta(days=poll.retention_days)
        call = partial(
            jobs.first_poll, result.body, feed.url, result.content_type, self._known(feed.id),
            stored, feed.id, cutoff, FIRST_POLL_BOUND * poll.first_poll_items,
        )
        if ahead and (submit := getattr(self._executor, "submit_ahead", None)) is not None:
            return await asyncio.wrap_future(submit(call))
        return await self._in_pool(call)

    def _is_story(self, article: Article) -> bool:
        """articles.is_story (~0.3 ms), asked once per new article in a cycle, though a first
        poll's plan, the story match and the deliveries each need it. Keyed by the article's
        fields but its story key, which the match may change and is_story does not read (a
        tuple of them: copying the article without it was ~10 µs a call). Called from the
        story index's thread too: a race only asks twice."""
        key = _memo_key(article)
        try:
            story = self._story_memo.get(key)
        except TypeError:  # a field that does not hash (a list where a tuple belongs)
            return is_story(article)
        if story is None:
            story = self._story_memo[key] = is_story(article)
        return story

    def _feed_context(self, feed_id: int | None, outlet: str | None) -> FeedContext:
        common = self._contexts.get((feed_id, outlet))
        if common is None:
            return feed_context(feed_id, outlet)
        return FeedContext(feed_id, common)

    def _forget_stories(self, batches: Sequence[Sequence[Decided]]) -> None:
        for decided in batches:
            for d in decided:
                with contextlib.suppress(TypeError):
                    self._story_memo.pop(_memo_key(d.article), None)

    async def _in_pool(self, fn: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        """Run CPU-bound content work in the process pool (functions of bot.content.jobs)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, partial(fn, *args, **kwargs))

    async def _build_job(
        self, entries: Sequence[FeedEntry], context: ParsedFeed, feed: Feed,
        page_html: str | bytes | None = None, memory: bytes = b"",
    ) -> tuple[Built, bytes]:
        """Articles built (`jobs.learn_marked`, in the pool), with their clustering terms, and
        the feed's template memory with them; each one's `is_story` answer and its feed's
        common terms go to the cycle's memos, so this process never asks them."""
        marked, memory = await self._in_pool(
            jobs.learn_marked, entries, context, feed.url, feed.id, self._budget, page_html,
            memory,
        )
        built: Built = []
        for article, terms, story, common in marked:
            with contextlib.suppress(TypeError):  # a field that does not hash: asked again
                self._story_memo[_memo_key(article)] = story
            self._contexts[(article.feed_id, article.outlet)] = common
            built.append((article, terms))
        return built, memory

    async def _terms(self, docs: list[tuple[str, str]]) -> list[Terms]:
        return await self._in_pool(jobs.terms, docs)

    async def _poll_feed(self, feed: Feed, stats: CycleStats) -> None:
        self._processing += 1
        try:
            early = self._fetched_ahead.pop(feed.id, None)
            result = await early if early is not None else await self._fetch(feed, stats)
            if result is None:
                return
            async with self._parsing:  # the body waits as bytes; parsed, for its commit
                await self._process(feed, result, stats)
        finally:
            self._processing -= 1
            self._wake_committer()  # one fewer feed to wait for

    async def _process(self, feed: Feed, result: FetchResult, stats: CycleStats) -> None:
        read_ahead = self._read_ahead.pop(feed.id, None)
        known = self._first_reads.get(feed.id)  # read by run_cycle, or asked now
        first_poll = feed.last_success_at is None and not (
            known[0] if known is not None else await self._store.has_articles(feed.id)
        )
        held = first_poll and self._settings.poll.backlog == "seen"  # see _finale
        here = held and read_ahead is None and self._parse_here()
        if held and self._whole_first_polls and not here:
            await self._process_first(feed, result, stats, read_ahead)
            return
        if read_ahead is not None:  # this cycle reads it otherwise after all
            _discard(read_ahead)
        try:
            fetched = await self._parse(feed, result, stats)
        except Exception as e:  # read whole in the pool it failed alone (`_process_first`)
            if not here:
                raise
            await self._processing_failed(feed, e, stats)
            return
        if fetched is None:
            return
        result, parsed, items = fetched
        # The body is parsed: its bytes need not wait for the commit with the feed (`body` is
        # only asked whether it is None: a 304).
        del fetched
        result = replace(result, body=b"")
        stats.fetched += 1
        keys = [entry_key(e) for e in parsed.entries]
        reads = self._first_reads.pop(feed.id, None) if here else None  # `_process_first`'s
        stored = reads[1] if reads is not None else await self._store.entry_hashes(
            feed.id, list(dict.fromkeys(keys)))
        diff = diff_entries(parsed, stored, keys)
        context = jobs.feed_context(parsed)  # the feed without its entries: all that is kept
        del parsed
        remember: bytes | None = None
        if items.entries:  # every item's key: the parsed ones' and those read before
            key_of = {**self._known(feed.id), **dict(zip(items.entries, keys, strict=True))}
            diff = replace(diff, listed=tuple(dict.fromkeys(key_of[d] for d in items.listed)))
            remember = _known_blob(items.listed, key_of)
        if held and diff.fresh:
            await self._hold_parsed(feed, result, context, diff, stats, remember)
            return
        await self._store_polled(feed, result, context, diff, first_poll, stats, remember)

    def _parse_here(self) -> bool:
        """A cold cycle's first poll parsed in this process (`_hold_parsed`), not read whole in
        the pool's process, the cycle's critical path (ContentPool.parse_here)."""
        here = getattr(self._executor, "parse_here", None)
        return self._cold_now and here is not None and bool(here())

    async def _hold_parsed(
        self, feed: Feed, result: FetchResult, context: ParsedFeed, diff: EntryDiff,
        stats: CycleStats, remember: bytes | None,
    ) -> None:
        """A first poll parsed here (a cycle that is not cold: its builds and backlogs run
        here, or in a process kept with the tables that never parses; or a cold one split
        between two cores, `_parse_here`): its candidates chosen
        as `jobs.first_poll` chooses them, its backlog rows made in the pool (`jobs.backlog`,
        the candidates' too), then held as `_process_first` holds one."""
        poll = self._settings.poll
        cutoff = self._clock() - timedelta(days=poll.retention_days)
        candidates, rest = first_poll_candidates(
            diff.fresh, cutoff, FIRST_POLL_BOUND * poll.first_poll_items
        )
        try:
            rows = await self._in_pool(jobs.backlog, rest + candidates, context, feed.url, feed.id)
        except Exception as e:
            await self._processing_failed(feed, e, stats)
            return
        read = jobs.FirstPoll(
            context, 0.0, diff.listed, diff.edited, True, tuple(candidates), rows[: len(rest)],
            rows[len(rest):], remember,
        )
        await self._hold(feed, result, read, stats)

    async def _process_first(
        self, feed: Feed, result: FetchResult, stats: CycleStats,
        read_ahead: asyncio.Task[jobs.FirstPoll | None] | None = None,
    ) -> None:
        """A first poll (poll.backlog = "seen"): parsed, diffed with what its feed has stored
        and made backlog rows in one job (`jobs.first_poll`), which a cold cycle runs in its
        pool process: this process gets the rows to store and the candidates to hold for the
        cycle's finale (`_hold`), and never parses the body nor pickles its entries."""
        assert result.body is not None  # _fetch returns only bodies
        known = self._first_reads.pop(feed.id, None)  # read by run_cycle, or asked now
        stored = known[1] if known is not None else await self._store.all_entry_hashes(feed.id)
        try:
            early = await read_ahead if read_ahead is not None else None
            read = early if early is not None else await self._first_poll(feed, result, stored)
        except FeedError as e:
            await self._failed(feed, e, stats)
            return
        except Exception as e:  # its rows could not be made, or the pool process died
            stats.fetched += isinstance(e, jobs.BacklogFailed)  # parsed
            await self._processing_failed(feed, e, stats)
            return
        self._metrics.parse_seconds.observe(read.took)
        if read.context.warning:
            log.warning(
                "malformed feed used", extra={"feed_id": feed.id, "warning": read.context.warning}
            )
        result = replace(result, body=b"")
        stats.fetched += 1
        if read.fresh:
            await self._hold(feed, result, read, stats)  # see _finale
            return
        diff = EntryDiff(read.listed, (), read.edited)
        await self._store_polled(feed, result, read.context, diff, True, stats, read.remember)

    async def _store_polled(
        self, feed: Feed, result: FetchResult, context: ParsedFeed, diff: EntryDiff,
        first_poll: bool, stats: CycleStats, remember: bytes | None,
    ) -> None:
        """A parsed feed's new items built and committed with its state, its edited ones
        revised; `remember`: its items as read now (`_known_blob`), for its next poll."""
        made = await self._build(feed, context, diff.fresh, first_poll, stats)
        if made is None:
            return
        built, backlog, memory = made
        diff = replace(diff, fresh=())  # built: the new entries need not wait for the commit
        if built:
            await self._commit(
                feed, result, context, diff, built, backlog, first_poll, stats, None, memory
            )
        else:  # no article to build: no story to decide, no lock (backlog rows are no story)
            update = schedule.plan_success(
                feed, result, self._clock(), self._settings.poll, title=context.title,
                rng=self._rng,
            )
            if memory != feed.template_memory:
                update = replace(update, template_memory=memory)
            await self._alert(feed, update)
            await self._store.ingest(
                feed.id, update, backlog, [], self._clock(), listed=diff.listed
            )
            stats.new_articles += len(backlog)
            stats.backlog += len(backlog)
        revised = (
            await self._revise(feed, context, diff.edited, stats, memory) if diff.edited else True
        )
        if remember is not None and revised:
            self._read_before[feed.id] = remember
        else:
            self._read_before.pop(feed.id, None)

    def _known(self, feed_id: int) -> dict[bytes, str]:
        """Digest → entry key of the feed's items stored as they read now."""
        blob = self._read_before.get(feed_id, b"")
        return {blob[i:i + 16]: blob[i + 16:i + 32].hex() for i in range(0, len(blob), 32)}

    async def _commit(
        self,
        feed: Feed,
        result: FetchResult,
        parsed: ParsedFeed,
        diff: EntryDiff,
        built: Built,
        backlog: Sequence[Article],
        first_poll: bool,
        stats: CycleStats,
        followers: _Followers | None,
        memory: bytes,
    ) -> None:
        done = await self._queue_commit(
            feed, result, parsed.title, diff.listed, built, backlog, first_poll, stats,
            followers, memory,
        )
        queued = await done
        stats.new_articles += len(built) + len(backlog)
        stats.backlog += len(backlog)
        stats.queued += queued

    async def _queue_commit(
        self,
        feed: Feed,
        result: FetchResult,
        title: str | None,
        listed: Sequence[str],
        built: Built,
        backlog: Sequence[Article],
        first_poll: bool,
        stats: CycleStats,
        followers: _Followers | None,
        memory: bytes,
        chosen: frozenset[tuple[ChannelRef, str]] | None = None,
    ) -> asyncio.Future[int]:
        """Queue a feed for the group commit: its state, its articles with their stories
        decided, its backlog as seen. Stories are matched outside the ingest lock; under it only
        the few articles other workers stored meanwhile are checked, and the batch is committed
        (bot/ingest/stories.py). The future gives the deliveries queued."""
        decided = await self._stories.decide(built) if built else []
        update = schedule.plan_success(
            feed, result, self._clock(), self._settings.poll, title=title, rng=self._rng,
        )
        if memory != feed.template_memory:  # stored with the articles it learnt from
            update = replace(update, template_memory=memory)
        await self._alert(feed, update)  # before the state is stored: see _alert
        done: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self._enqueue(_Pending(
            feed, update, decided, backlog, followers, first_poll, listed, stats, done, chosen,
        ))
        return done

    def _enqueue(self, pending: _Pending) -> None:
        self._pending.append(pending)
        if self._committer is None or self._committer.done():
            self._committer = asyncio.create_task(self._commit_pending())
        self._wake_committer()

    async def _commit_pending(self) -> None:
        """Group commit: the feeds decided while the last commit ran are committed together,
        under one ingest lock and in one transaction; a failing batch is retried feed by feed,
        so one feed's bad data fails that feed only."""
        while self._pending:
            await self._gather_batch()
            batch, self._pending = self._pending[:COMMIT_BATCH], self._pending[COMMIT_BATCH:]
            try:
                results = await self._commit_batch(batch)
            except Exception as e:
                if len(batch) == 1:
                    if not batch[0].done.done():
                        batch[0].done.set_exception(e)
                else:
                    for p in batch:
                        await self._commit_one(p)
                continue
            except BaseException:  # cancelled (shutdown): the feeds waiting are cancelled too
                for p in (*batch, *self._pending):
                    p.done.cancel()
                self._pending = []
                raise
            for p, queued in zip(batch, results, strict=True):
                if not p.done.done():
                    p.done.set_result(queued)

    async def _gather_batch(self) -> None:
        """Wait up to GROUP_WAIT for the feeds being fetched or processed to join the pending
        batch (each commit costs its statements whatever the batch's size); at once when all
        have, or when as many wait as may be parsed at once (the others wait for room)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + GROUP_WAIT
        while len(self._pending) < min(self._processing, COMMIT_BATCH, PARSED_IN_FLIGHT):
            left = deadline - loop.time()
            if left <= 0:
                return
            self._arrived = arrived = loop.create_future()
            try:
                await asyncio.wait([arrived], timeout=left)
            finally:
                self._arrived = None

    def _wake_committer(self) -> None:
        if self._arrived is not None and not self._arrived.done():
            self._arrived.set_result(None)

    async def _commit_one(self, p: _Pending) -> None:
        try:
            [queued] = await self._commit_batch([p])
        except Exception as e:
            if not p.done.done():
                p.done.set_exception(e)
        else:
            if not p.done.done():
                p.done.set_result(queued)

    async def _commit_batch(self, batch: Sequence[_Pending]) -> list[int]:
        await self._stories.catch_up()  # other workers' new articles, before the lock
        # Backlog rows are no story: stored first, outside the lock, in one transaction for the
        # batch (the feeds' state, articles and deliveries are committed under it, below).
        await self._store.store_seen([(p.feed.id, p.backlog) for p in batch], self._clock())
        # Who follows each feed, read once for the batch, just before its deliveries are planned.
        subs, channel_settings = await self._store.followers_of(
            [p.feed.id for p in batch if p.followers is None]
        )
        followers = {
            p.feed.id: p.followers or _Followers(subs[p.feed.id], channel_settings) for p in batch
        }
        decided = [p.decided for p in batch]
        # Planned with the keys decided: the store moves a delivery with its article when the
        # confirm under the lock settles on another key.
        batches = [
            IngestBatch(
                p.feed.id, p.update, articles,
                self._plan(p.feed, articles, followers[p.feed.id], p.first_poll, p.chosen),
                p.listed,
            )
            for p, articles in zip(batch, self._stories.provisional(decided), strict=True)
        ]
        locked_at: float | None = None

        async def confirm(read: StoryReader) -> list[list[Article]]:
            nonlocal locked_at
            locked_at = time.perf_counter()  # the store holds the ingest lock from here
            return await self._stories.confirm_many(decided, read)

        try:
            queued, upto = await self._store.ingest_many(batches, self._clock(), confirm=confirm)
        finally:
            self._forget_stories(decided)  # is_story is not asked again: let the texts go
            if locked_at is not None:
                held = time.perf_counter() - locked_at  # until the commit ended
                for stats in {id(p.stats): p.stats for p in batch}.values():
                    stats.lock_seconds += held
        self._stories.stored(decided, upto)
        return queued

    async def _fetch(self, feed: Feed, stats: CycleStats) -> FetchResult | None:
        """Fetch; None when there is nothing new (its state is stored then)."""
        poll = self._settings.poll
        try:
            result = await self._fetcher.fetch(
                feed.url, etag=feed.etag, last_modified=feed.last_modified
            )
        except FeedError as e:
            await self._failed(feed, e, stats)
            return None
        if result.body is None or (
            result.content_hash and result.content_hash == feed.content_hash
        ):
            stats.not_modified += result.body is None
            stats.unchanged += result.body is not None
            update = schedule.plan_success(feed, result, self._clock(), poll, rng=self._rng)
            await self._alert(feed, update)
            await self._store.update_feed(feed.id, update)
            return None
        return result

    async def _parse(
        self, feed: Feed, result: FetchResult, stats: CycleStats
    ) -> tuple[FetchResult, ParsedFeed, ItemDigests] | None:
        """Parse a fetched body; None when it fails (its state is stored then)."""
        assert result.body is not None  # _fetch returns only bodies
        try:
            parsed, items, took = await self._in_pool(
                jobs.parse_items, result.body, feed.url, result.content_type,
                frozenset(self._known(feed.id)),
            )
            self._metrics.parse_seconds.observe(took)
        except FeedError as e:
            await self._failed(feed, e, stats)
            return None
        if parsed.warning:
            log.warning(
                "malformed feed used", extra={"feed_id": feed.id, "warning": parsed.warning}
            )
        return result, parsed, items

    async def _failed(self, feed: Feed, e: FeedError, stats: CycleStats) -> None:
        stats.errors += 1
        update = schedule.plan_failure(feed, e, self._clock(), self._settings.poll, rng=self._rng)
        log.warning(
            "feed failed",
            extra={"feed_id": feed.id, "url": feed.url, "error": str(e),
                   "disabled": update.disabled_reason},
        )
        await self._alert(feed, update, e)
        await self._store.update_feed(feed.id, update)

    async def _alert(
        self, feed: Feed, update: FeedUpdate, error: FeedError | None = None
    ) -> None:
        """Queue the feed alerts this attempt calls for (bot/ingest/alerts.py), before its state
        is stored: queuing is idempotent, so a crash in between loses no alert and doubles none.
        An alert that cannot be queued never costs the feed its state."""
        if alerts.transition(feed, update, self._clock()) is None:
            return
        try:
            followers = [s.channel for s in await self._store.subscriptions_for_feed(feed.id)]
            queued = await alerts.after_attempt(
                self._store, feed, update, self._clock(), followers=followers, error=error
            )
        except NewsbriefError as e:
            log.warning("feed alert not queued", extra={"feed_id": feed.id, "error": str(e)})
            return
        if queued:
            log.info("feed alert queued", extra={"feed_id": feed.id, "notices": queued})

    async def _followers(self, feed: Feed) -> _Followers:
        read = self._followers_read.pop(feed.id, None)  # read with the cycle's first polls
        if read is not None:
            return read
        subs = await self._store.subscriptions_for_feed(feed.id)
        return _Followers(
            subs, {s.channel: await self._store.channel_settings(s.channel) for s in subs}
        )

    async def _build(
        self, feed: Feed, parsed: ParsedFeed, fresh: Sequence[FeedEntry], first_poll: bool,
        stats: CycleStats,
    ) -> tuple[Built, list[Article], bytes] | None:
        """New articles with their clustering terms, no backlog (a first poll with
        poll.backlog = "seen" is held: see `_hold`; "full" builds every item) and the feed's
        template memory with the new items (bot/content/boilerplate.py: one new item's footer
        is told by the items before it); None when processing failed (recorded)."""
        memory = feed.template_memory
        if not fresh:
            return [], [], memory
        context = jobs.feed_context(parsed)
        try:
            built, memory = await self._build_job(fresh, context, feed, None, memory)
        except Exception as e:
            await self._processing_failed(feed, e, stats)
            return None
        if feed.full_text:
            built = await self._expand_teasers(
                feed, context, fresh, built, memory,
                limit=self._settings.poll.first_poll_items if first_poll else None,
            )
        if self._summarizer is not None:
            built = await self._rewrite_summaries(built)
        return built, [], memory

    async def _processing_failed(self, feed: Feed, e: Exception, stats: CycleStats) -> None:
        log.exception("processing failed", extra={"feed_id": feed.id})
        err = ParseError(feed.url, f"could not process items: {e}")
        await self._store.update_feed(
            feed.id,
            schedule.plan_failure(feed, err, self._clock(), self._settings.poll, rng=self._rng),
        )
        stats.errors += 1

    async def _hold(
        self, feed: Feed, result: FetchResult, read: jobs.FirstPoll, stats: CycleStats
    ) -> None:
        """A first poll: its candidates (the newest FIRST_POLL_BOUND × poll.first_poll_items
        items that are not too old to post, poll.retention_days: `jobs.first_poll`) wait for
        the cycle's finale, which builds what its channels need of them
        (bot/ingest/first_poll.py). The rest is the backlog, stored as seen
        (`articles.seen_article`: headline, link, date, a standfirst to search): never new
        again, never posted, no story; and so is a candidate as soon as it is in no channel's
        newest FIRST_POLL_BOUND × poll.first_poll_channel_items so far (`Tops`: the finale
        would never build it). The candidates came as backlog rows too, from the same job:
        those never built are stored without a job of their own."""
        candidates, backlog = read.candidates, read.backlog
        followers = await self._followers(feed)
        orders = [order_of(e, feed.id, i) for i, e in enumerate(candidates)]
        held = _Held(
            feed, result, read.context, PackedKeys(read.listed), read.edited,
            feed.template_memory, list(candidates), list(orders),
            list(read.seen), {}, stats, read.remember, followers,
        )
        del read
        self._held.append(held)
        self._held_by_id[feed.id] = held
        log.debug("first poll held", extra={"feed_id": feed.id, "candidates": len(candidates),
                                            "backlog": len(backlog)})
        self._queue_seen(held, backlog)
        # Candidates in no channel's newest so far are backlog now (this feed's or earlier
        # ones'): stored with it, their entries dropped.
        channels = [s.channel for s in followers.subs]
        for feed_id, i in self._tops.add(feed.id, channels, orders):
            dropped = self._held_by_id[feed_id]
            row = dropped.seen[i]
            dropped.candidates[i] = dropped.seen[i] = dropped.orders[i] = None
            if row is not None:
                self._queue_seen(dropped, [row])
        if self._seen_rows >= SEEN_FLUSH:
            await self._flush_seen()

    def _queue_seen(self, h: _Held, rows: list[Article]) -> None:
        if rows:
            h.stats.new_articles += len(rows)
            h.stats.backlog += len(rows)
            self._seen.append((h.feed.id, rows))
            self._seen_rows += len(rows)

    async def _flush_seen(self) -> None:
        batch, self._seen, self._seen_rows = self._seen, [], 0
        if batch:
            await self._store.store_seen(batch, self._clock())

    async def _finale(self) -> None:
        """The cycle's first polls, decided together: each channel gets at most
        poll.first_poll_channel_items of them in all, the newest its feeds' own first-poll rule
        (poll.first_poll_items each) plans; built in rounds of what each channel still lacks,
        several feeds at once (bot/ingest/first_poll.py). Then each feed is committed as any
        other: its built articles with the deliveries chosen, its other candidates as seen.
        In feed id order: the same posts whatever order the feeds were fetched in."""
        held = sorted(self._held, key=lambda h: h.feed.id)
        self._held, self._held_by_id = [], {}
        if not held:
            await self._flush_seen()
            return
        # The backlog rows still waiting are stored while the rounds build (the store's thread
        # and the pool's process work at once).
        flushing = asyncio.ensure_future(self._flush_seen())
        try:
            await self._build_rounds(held)
        finally:
            await flushing
        held = [h for h in held if not h.failed]
        await asyncio.gather(*(self._finish_held(h) for h in held))
        final = {h.feed.id: self._planned_at(h, self._held_plan(h)) for h in held}
        chosen = choose(
            ((p.channel, _order(h, i)) for h in held for p, i in final[h.feed.id]),
            budget=self._settings.poll.first_poll_channel_items,
        )
        futures: list[tuple[_Held, asyncio.Future[int], int, int]] = []
        for h in held:
            backlog = [a for i, a in enumerate(h.seen) if a is not None and i not in h.built]
            mine = frozenset(
                (p.channel, p.article_key) for p, i in final[h.feed.id]
                if (p.channel, _order(h, i)) in chosen
            )
            done = await self._commit_held(h, backlog, mine)
            futures.append((h, done, len(h.built), len(backlog)))
            # queued with its commit: what waited for the finale need not wait for the others
            h.seen, h.orders, h.built = [], [], {}
        failure: Exception | None = None
        for h, done, n_built, n_backlog in futures:
            try:
                h.stats.queued += await done
            except Exception as e:  # raised once the others are done, as a commit's would be
                failure = failure or e
                self._read_before.pop(h.feed.id, None)
                continue
            h.stats.new_articles += n_built + n_backlog
            h.stats.backlog += n_backlog
            revised = (
                await self._revise(h.feed, h.context, h.edited, h.stats, h.memory)
                if h.edited else True
            )
            if h.remember is not None and revised:
                self._read_before[h.feed.id] = h.remember
            else:
                self._read_before.pop(h.feed.id, None)
        if failure is not None:
            raise failure

    async def _build_rounds(self, held: Sequence[_Held]) -> None:
        """Build what each channel needs of the held feeds' candidates, in rounds of what it
        still lacks (bot/ingest/first_poll.py), several feeds at once."""
        poll = self._settings.poll
        budget = poll.first_poll_channel_items
        lists = channel_lists(
            ((h.feed.id, [s.channel for s in h.followers.subs], h.orders) for h in held),
            budget=budget, bound=FIRST_POLL_BOUND,
        )
        by_id = {h.feed.id: h for h in held}
        plans: dict[int, list[PlannedDelivery]] = {}
        while True:
            for h in held:
                if h.feed.id not in plans and not h.failed:
                    plans[h.feed.id] = self._held_plan(h)
            counts: dict[ChannelRef, Counter[int]] = {}
            for feed_id, planned in plans.items():
                for p in planned:
                    counts.setdefault(p.channel, Counter())[feed_id] += 1
            todo = next_builds(
                lists, counts, {(h.feed.id, i) for h in held for i in h.built},
                budget=budget, per_feed=poll.first_poll_items,
                failed={h.feed.id for h in held if h.failed},
            )
            if not todo:
                break
            await asyncio.gather(*(self._build_held(by_id[f], ix) for f, ix in todo.items()))
            for f in todo:
                plans.pop(f, None)

    def _held_plan(self, h: _Held) -> list[PlannedDelivery]:
        """What the feed's own first-poll rule plans of its articles built so far."""
        articles = [h.built[i][0] for i in sorted(h.built)]
        return self._select(h.feed, articles, h.followers, first_poll=True) if articles else []

    @staticmethod
    def _planned_at(
        h: _Held, planned: Sequence[PlannedDelivery]
    ) -> list[tuple[PlannedDelivery, int]]:
        """Each planned delivery with its article's candidate index."""
        at = {a.key: i for i, (a, _) in h.built.items()}
        return [(p, at[p.article_key]) for p in planned]

    async def _build_held(self, h: _Held, indexes: Sequence[int]) -> None:
        """Build these candidates of a held feed (its template memory learns from each
        chunk); a failure fails the feed, recorded as any processing failure."""
        entries = [h.candidates[i] for i in indexes]
        assert all(e is not None for e in entries)
        try:
            pairs, h.memory = await self._build_job(
                entries, h.context, h.feed, None, h.memory  # type: ignore[arg-type]
            )
        except Exception as e:
            h.failed = True
            await self._processing_failed(h.feed, e, h.stats)
            return
        for i, pair in zip(indexes, pairs, strict=True):
            h.built[i] = pair
            if not h.feed.full_text:  # a teaser's entry is read again by `_expand_teasers`
                h.candidates[i] = None

    async def _finish_held(self, h: _Held) -> None:
        """A held feed's full text and LLM summaries of what was built."""
        indexes = sorted(h.built)
        if indexes and h.feed.full_text:
            built = await self._expand_teasers(
                h.feed, h.context, [h.candidates[i] for i in indexes],  # type: ignore[misc]
                [h.built[i] for i in indexes], h.memory,
                limit=self._settings.poll.first_poll_items,
            )
            h.built = dict(zip(indexes, built, strict=True))
        if indexes and self._summarizer is not None:
            built = await self._rewrite_summaries([h.built[i] for i in indexes])
            h.built = dict(zip(indexes, built, strict=True))
        h.candidates = []

    async def _commit_held(
        self, h: _Held, backlog: list[Article], chosen: frozenset[tuple[ChannelRef, str]]
    ) -> asyncio.Future[int]:
        """Queue a held feed for the group commit (`_queue_commit`): its built articles with
        the deliveries the finale chose, its candidates not built as seen."""
        built = [h.built[i] for i in sorted(h.built)]
        return await self._queue_commit(
            h.feed, h.result, h.context.title, h.listed, built, backlog, True, h.stats,
            h.followers, h.memory, chosen,
        )

    def _plan(
        self, feed: Feed, articles: list[Article], followers: _Followers, first_poll: bool,
        chosen: frozenset[tuple[ChannelRef, str]] | None = None,
    ) -> list[PlannedDelivery]:
        planned = self._select(feed, articles, followers, first_poll)
        if chosen is not None:  # a held first poll: what the finale chose of it
            planned = [p for p in planned if (p.channel, p.article_key) in chosen]
        self._metrics.observe_stories(len(articles), planned)
        return planned

    def _select(
        self, feed: Feed, articles: Sequence[Article], followers: _Followers, first_poll: bool
    ) -> list[PlannedDelivery]:
        poll = self._settings.poll
        # Items older than the retention window are stored as seen but never posted: an old item
        # seen for the first time (a new feed, a resurfaced entry) is history, not news.
        cutoff = self._clock() - timedelta(days=poll.retention_days)
        return select_deliveries(
            [a for a in articles if a.published is None or a.published >= cutoff],
            feed=feed,
            subscriptions=followers.subs,
            settings_for=followers.channel_settings.__getitem__,
            default_threshold=self._settings.relevance.threshold,
            first_poll=first_poll,
            first_poll_items=poll.first_poll_items,
            story=self._is_story,
        )

    async def _revise(
        self, feed: Feed, parsed: ParsedFeed, entries: Sequence[FeedEntry], stats: CycleStats,
        memory: bytes,
    ) -> bool:
        """Store the new version of edited items; never re-posted, their messages are edited.
        False when they could not be stored (logged): tried again on the next poll. The feed's
        template (`memory`) is cut as from new items."""
        try:
            revised = await self._in_pool(
                jobs.build, entries, jobs.feed_context(parsed), feed.url, feed.id, self._budget,
                None, memory,
            )
            await self._store.revise_articles(feed.id, [a for a, _ in revised])
        except Exception:
            log.exception("could not store edited items", extra={"feed_id": feed.id})
            return False
        stats.revised += len(entries)
        return True

    async def _expand_teasers(
        self,
        feed: Feed,
        context: ParsedFeed,
        entries: Sequence[FeedEntry],
        built: Built,
        memory: bytes,
        *,
        limit: int | None,
    ) -> Built:
        """Full-text mode: for teaser-only items, fetch the article page (same SSRF rules and
        limits as feeds) and rebuild the article from its main text. A failure keeps the
        teaser: a page we cannot read never costs us the story."""
        epoch = datetime.min.replace(tzinfo=UTC)
        order = sorted(
            range(len(built)), key=lambda i: built[i][0].published or epoch, reverse=True
        )
        chosen = [
            i for i in order
            if built[i][0].link and fulltext.is_teaser(built[i][0].text.split("\n\n"))
        ][:limit]

        async def expand(i: int) -> None:
            link = built[i][0].link  # absolute, http(s) only (articles.web_link)
            assert link is not None
            try:
                page, _ = await self._fetcher.fetch_page(link)
                rebuilt, _ = await self._build_job([entries[i]], context, feed, page, memory)
                built[i] = rebuilt[0]
            except FeedError as e:
                log.warning("full text unavailable; keeping the teaser",
                            extra={"feed_id": feed.id, "url": link, "error": str(e)})

        await asyncio.gather(*(expand(i) for i in chosen))
        return built

    async def _rewrite_summaries(self, built: Built) -> Built:
        """Optional LLM summaries; the summarizer falls back to the extractive one itself.
        A new summary is a new clustering lead only for an article without text (`lead_of`):
        those terms are computed again."""
        summarizer = self._summarizer
        assert summarizer is not None

        async def one(a: Article) -> Article:
            text = await summarizer.summarize(a.title, a.text.split("\n\n"), a.summary)
            return a if text == a.summary else replace(a, summary=text)

        articles = list(await asyncio.gather(*(one(a) for a, _ in built)))
        changed = [
            i for i, a in enumerate(articles)
            if lead_of(a.text, a.summary) != lead_of(built[i][0].text, built[i][0].summary)
        ]
        if not changed:
            return [(a, old[1]) for a, old in zip(articles, built, strict=True)]
        terms = await self._terms(
            [(articles[i].title, lead_of(articles[i].text, articles[i].summary)) for i in changed]
        )
        fresh = dict(zip(changed, terms, strict=True))
        pairs = zip(articles, built, strict=True)
        return [(a, fresh.get(i, old[1])) for i, (a, old) in enumerate(pairs)]
