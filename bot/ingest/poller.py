"""One poll cycle: lease due feeds, fetch, parse and process off the loop, decide per channel,
and store articles with their outbox rows in one transaction."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import partial

from bot.content import articles as process
from bot.content import clustering, fulltext
from bot.content.filters import compile_filters, delivers
from bot.content.parse import parse_feed
from bot.core.errors import FeedError, NewsbriefError, ParseError
from bot.core.metrics import NO_METRICS, Metrics, timed_call
from bot.core.settings import Settings
from bot.core.types import (
    Article,
    ChannelRef,
    ChannelSettings,
    DeliveryStatus,
    Feed,
    FeedEntry,
    FetchResult,
    ParsedFeed,
    PlannedDelivery,
    Subscription,
)
from bot.ingest import schedule
from bot.ingest.fetch import Fetcher
from bot.ingest.llm import LLMSummarizer
from bot.store import Store

log = logging.getLogger(__name__)

CLUSTER_WINDOW = timedelta(hours=48)
CLUSTER_CYCLE_GRACE = timedelta(hours=1)  # a cycle's articles are never evicted mid-cycle


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


def _build_articles(
    entries: Sequence[FeedEntry], parsed: ParsedFeed, url: str, feed_id: int, summary: object
) -> list[Article]:
    """Runs in the executor (process pool): the CPU-heavy cleaning and summarizing."""
    return [
        process.build_article(e, parsed, feed_url=url, feed_id=feed_id, summary=summary)  # type: ignore[arg-type]
        for e in entries
    ]


def select_deliveries(
    articles: Sequence[Article],
    *,
    feed: Feed,
    subscriptions: Sequence[Subscription],
    settings_for: Callable[[ChannelRef], ChannelSettings],
    default_threshold: float,
    first_poll: bool,
    first_poll_items: int,
) -> list[PlannedDelivery]:
    """Which new articles go to which channel. Pure: no I/O, tested with tables.

    Per subscription: relevance threshold (unless the feed is trusted), then the channel's
    filters; on a feed's first poll only the newest `first_poll_items` that pass are kept, so
    adding a feed never floods a channel.
    """
    epoch = datetime.min.replace(tzinfo=UTC)
    planned: list[PlannedDelivery] = []
    for sub in subscriptions:
        ch = settings_for(sub.channel)
        threshold = ch.threshold if ch.threshold is not None else default_threshold
        try:
            compiled = compile_filters(sub.filters)
        except NewsbriefError as e:  # a stored pattern that no longer compiles: skip, say why
            log.warning("invalid filters", extra={"subscription": sub.id, "error": str(e)})
            continue
        passing = [
            a for a in articles
            if delivers(a, trusted=feed.trusted, threshold=threshold, compiled=compiled)
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
    metrics: Metrics = NO_METRICS  # the App sets its own (bot/core/metrics.py)

    def __init__(
        self,
        store: Store,
        fetcher: Fetcher,
        settings: Settings,
        *,
        executor: Executor | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        owner: str = "worker",
        rng: random.Random | None = None,
    ) -> None:
        self._store = store
        self._fetcher = fetcher
        self._settings = settings
        self._executor = executor
        self._clock = clock
        self._owner = owner
        self._rng = rng or random.Random()
        # One long-lived story index (not thread-safe: used on the loop only). Articles stored by
        # other workers are folded in at the start of each cycle.
        self._clusterer = clustering.Clusterer(
            window=CLUSTER_WINDOW, clock=clock, cycle_grace=CLUSTER_CYCLE_GRACE
        )
        self._own: set[tuple[int | None, str]] = set()  # ours, indexed, not yet seen stored
        self._clustered_upto: int | None = None  # newest article row folded into the index
        self._refreshing = asyncio.Lock()
        self.summarizer: LLMSummarizer | None = None  # set by the app when an LLM is configured

    async def run_cycle(self) -> CycleStats:
        now = self._clock()
        lease = self._settings.fetch.timeout * 3 + 60
        feeds = await self._store.lease_due_feeds(
            now, limit=self._settings.poll.batch, owner=self._owner, lease_seconds=lease
        )
        stats = CycleStats(feeds=len(feeds))
        if not feeds:
            return stats
        # Bound feeds in flight (fetch → parse → store): without it a 2,000-feed cycle holds
        # every parsed feed in memory while it waits for the parse pool.
        inflight = asyncio.Semaphore(self._settings.fetch.concurrency)

        async def bounded(feed: Feed) -> None:
            async with inflight:
                await self._poll_feed(feed, stats)

        await asyncio.gather(*(bounded(feed) for feed in feeds))
        log.info(
            "poll cycle done",
            extra={k: v for k, v in vars(stats).items()},
        )
        return stats

    async def _run(self, fn: Callable, *args: object) -> object:  # type: ignore[type-arg]
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, partial(fn, *args))

    async def _poll_feed(self, feed: Feed, stats: CycleStats) -> None:
        poll = self._settings.poll
        try:
            result = await self._fetcher.fetch(
                feed.url, etag=feed.etag, last_modified=feed.last_modified
            )
            if result.body is None or (
                result.content_hash and result.content_hash == feed.content_hash
            ):
                stats.not_modified += result.body is None
                stats.unchanged += result.body is not None
                update = schedule.plan_success(feed, result, self._clock(), poll, rng=self._rng)
                await self._store.update_feed(feed.id, update)
                return
            parsed: ParsedFeed
            parsed, took = await self._run(  # type: ignore[misc]
                partial(timed_call, parse_feed, url=feed.url, content_type=result.content_type),
                result.body,
            )
            self.metrics.parse_seconds.observe(took)
        except FeedError as e:
            stats.errors += 1
            update = schedule.plan_failure(feed, e, self._clock(), poll, rng=self._rng)
            log.warning(
                "feed failed",
                extra={"feed_id": feed.id, "url": feed.url, "error": str(e),
                       "disabled": update.disabled_reason},
            )
            await self._store.update_feed(feed.id, update)
            return
        stats.fetched += 1
        if parsed.warning:
            log.warning(
                "malformed feed used", extra={"feed_id": feed.id, "warning": parsed.warning}
            )
        keyed = {process.entry_key(e): e for e in parsed.entries}
        stored = await self._store.entry_hashes(feed.id, list(keyed))
        fresh = [e for k, e in keyed.items() if k not in stored]
        # Items edited at the source since we stored them: refreshed, and their posts edited.
        edited = [
            e for k, e in keyed.items()
            if stored.get(k) and stored[k] != process.entry_hash(e)
        ]
        first_poll = feed.last_success_at is None and not await self._store.has_articles(feed.id)
        built: list[Article] = []
        if fresh:
            try:
                built = await self._run(
                    _build_articles, fresh, parsed, feed.url, feed.id, self._settings.summary
                )
            except Exception as e:
                log.exception("processing failed", extra={"feed_id": feed.id})
                err = ParseError(feed.url, f"could not process items: {e}")
                await self._store.update_feed(
                    feed.id, schedule.plan_failure(feed, err, self._clock(), poll, rng=self._rng)
                )
                stats.errors += 1
                return
            if feed.full_text:
                built = await self._expand_teasers(
                    feed, parsed, fresh, built,  # type: ignore[arg-type]
                    limit=poll.first_poll_items if first_poll else None,
                )
            if self.summarizer is not None:
                built = await self._rewrite_summaries(built)  # type: ignore[arg-type]
        # Story assignment and ingestion happen under the store's ingest lock, after folding in
        # what other workers stored: two workers never give one story two keys.
        async with self._store.ingest_lock():
            await self._refresh_clusterer()
            articles = [self._cluster(a) for a in built]  # type: ignore[union-attr]
            await self._ingest(feed, result, parsed, articles, first_poll, stats, list(keyed))
        if edited:
            await self._revise(feed, parsed, edited, stats)

    async def _ingest(
        self,
        feed: Feed,
        result: FetchResult,
        parsed: ParsedFeed,
        articles: list[Article],
        first_poll: bool,
        stats: CycleStats,
        listed: list[str],
    ) -> None:
        poll = self._settings.poll
        subs = await self._store.subscriptions_for_feed(feed.id)
        channel_settings = {
            s.channel: await self._store.channel_settings(s.channel) for s in subs
        }
        # Items older than the retention window are stored as seen but never posted: an old item
        # seen for the first time (a new feed, a resurfaced entry) is history, not news.
        cutoff = self._clock() - timedelta(days=poll.retention_days)
        planned = select_deliveries(
            [a for a in articles if a.published is None or a.published >= cutoff],
            feed=feed,
            subscriptions=subs,
            settings_for=channel_settings.__getitem__,
            default_threshold=self._settings.relevance.threshold,
            first_poll=first_poll,
            first_poll_items=poll.first_poll_items,
        )
        self.metrics.observe_stories(len(articles), planned)
        now = self._clock()
        update = schedule.plan_success(
            feed, result, now, poll, title=parsed.title, rng=self._rng
        )
        stats.new_articles += len(articles)
        queued = await self._store.ingest(feed.id, update, articles, planned, now, listed=listed)
        stats.queued += queued  # not `+= await …`: that reads the total before awaiting

    async def _revise(
        self, feed: Feed, parsed: ParsedFeed, entries: list[FeedEntry], stats: CycleStats
    ) -> None:
        """Store the new version of edited items; never re-posted, their messages are edited."""
        try:
            revised = await self._run(
                _build_articles, entries, parsed, feed.url, feed.id, self._settings.summary
            )
            await self._store.revise_articles(feed.id, revised)  # type: ignore[arg-type]
        except Exception:
            log.exception("could not store edited items", extra={"feed_id": feed.id})
            return
        stats.revised += len(entries)

    async def _expand_teasers(
        self,
        feed: Feed,
        parsed: ParsedFeed,
        entries: Sequence[FeedEntry],
        built: list[Article],
        *,
        limit: int | None,
    ) -> list[Article]:
        """Full-text mode: for teaser-only items, fetch the article page (same SSRF rules and
        limits as feeds) and rebuild the article from its main text. A failure keeps the
        teaser: a page we cannot read never costs us the story."""
        epoch = datetime.min.replace(tzinfo=UTC)
        order = sorted(range(len(built)), key=lambda i: built[i].published or epoch, reverse=True)
        chosen = [
            i for i in order
            if built[i].link and fulltext.is_teaser(built[i].text.split("\n\n"))
        ][:limit]

        async def expand(i: int) -> None:
            link = built[i].link  # absolute, http(s) only (process.web_link)
            assert link is not None
            try:
                page, _ = await self._fetcher.fetch_page(link)
                built[i] = await self._run(  # type: ignore[assignment]
                    partial(
                        process.build_article, entries[i], parsed, feed_url=feed.url,
                        feed_id=feed.id, summary=self._settings.summary, page_html=page,
                    )
                )
            except FeedError as e:
                log.warning("full text unavailable; keeping the teaser",
                            extra={"feed_id": feed.id, "url": link, "error": str(e)})

        await asyncio.gather(*(expand(i) for i in chosen))
        return built

    async def _rewrite_summaries(self, built: list[Article]) -> list[Article]:
        """Optional LLM summaries; the summarizer falls back to the extractive one itself."""
        assert self.summarizer is not None

        async def one(a: Article) -> Article:
            text = await self.summarizer.summarize(a.title, a.text.split("\n\n"), a.summary)
            return a if text == a.summary else replace(a, summary=text)

        return list(await asyncio.gather(*(one(a) for a in built)))

    async def _refresh_clusterer(self) -> None:
        """Fold articles stored since the last look (by any worker) into the story index."""
        async with self._refreshing:  # feeds of this worker must not fold the same rows twice
            await self._fold_new_articles()

    async def _fold_new_articles(self) -> None:
        if self._clustered_upto is None:
            recent = await self._store.recent_articles(self._clock() - CLUSTER_WINDOW)
            recent.reverse()  # oldest first
        else:
            recent = await self._store.articles_after(self._clustered_upto)
        for a in recent:
            mine = (a.feed_id, a.key)
            if mine in self._own:
                self._own.discard(mine)  # indexed when we clustered it
            else:
                self._clusterer.add(a.story_key, a.title, a.summary or a.text, a.published)
            if a.id is not None:
                self._clustered_upto = max(self._clustered_upto or 0, a.id)
        if self._clustered_upto is None:
            self._clustered_upto = 0

    def _cluster(self, article: Article) -> Article:
        if not process.is_story(article):
            return article  # a gallery or promo never seeds or joins a story
        story = self._clusterer.assign(
            article.story_key, article.title, article.summary or article.text, article.published
        )
        # Remember it, so the next refresh does not index our own article a second time.
        self._own.add((article.feed_id, article.key))
        return article if story == article.story_key else replace(article, story_key=story)
