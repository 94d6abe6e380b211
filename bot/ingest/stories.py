"""The worker's story index: which recent story a new article belongs to, across workers.

Deciding is split so that the database-wide ingest lock is held briefly:
- `decide` (no lock): match each new article against the index and index it under the story
  chosen (the index as of the last commit: no database read);
- `catch_up` (no lock, before the poller takes it): fold in what other workers stored since the
  last look, their clustering terms made in the process pool;
- `confirm` (under the ingest lock, which the store takes once the batch's rows are inserted,
  before its commit): fold in the few articles other workers committed since `catch_up` and
  re-check the batch against those articles only. Two workers never give one story two keys,
  and the lock covers no matching;
- `stored` (after the commit): the rows just stored are ours and already indexed, so they are
  never read back.

The `Clusterer` is used from two threads, never from the event loop, one at a time (a mutex):
`decide` jobs queue on one thread, `confirm` has its own so the lock never waits behind them.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import partial
from typing import ParamSpec, TypeVar

from bot.content.clustering import Clusterer, FeedContext, Terms, feed_context, lead_of, terms_of
from bot.core.types import Article, StoryRow
from bot.store.base import IngestStore, StoryReader

P = ParamSpec("P")
R = TypeVar("R")
TERMS_CHUNK = 500  # stored articles per pool job when (re)building the index
ROWS_PER_READ = 10_000


def is_story(article: Article) -> bool:
    """articles.is_story, imported when first asked (the poller passes its memo instead)."""
    from bot.content.articles import is_story as asked

    return asked(article)


@dataclass(frozen=True, slots=True)
class Decided:
    """One article's provisional story: the key, the match score, the index handle."""

    article: Article
    terms: Terms
    key: str
    score: float
    handle: int | None
    feed: FeedContext | None = None


class StoryIndex:
    def __init__(
        self,
        store: IngestStore,
        terms_in_pool: Callable[[list[tuple[str, str]]], Awaitable[list[Terms]]],
        *,
        window: timedelta,
        clock: Callable[[], datetime],
        cycle_grace: timedelta = timedelta(0),
        story: Callable[[Article], bool] = is_story,
        contexts: Callable[[int | None, str | None], FeedContext] = feed_context,
    ) -> None:
        self._store = store
        self._is_story = story  # articles.is_story, or the poller's memo of it
        self._contexts = contexts  # clustering.feed_context, or the poller's memo of it
        self._terms_in_pool = terms_in_pool
        self._window = window
        self._clock = clock
        self._clusterer = Clusterer(window=window, clock=clock, cycle_grace=cycle_grace)
        self._mutex = threading.Lock()  # the Clusterer is not thread-safe
        self._gate = threading.Lock()  # held by a confirm waiting for the mutex: decides wait
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="stories")
        self._urgent = ThreadPoolExecutor(1, thread_name_prefix="stories-commit")
        self._own: set[tuple[int | None, str]] = set()  # ours, indexed, not yet seen stored
        self._upto: int | None = None  # newest article row folded into the index
        self._refreshing = asyncio.Lock()

    def close(self) -> None:
        self._thread.shutdown(wait=False, cancel_futures=True)
        self._urgent.shutdown(wait=False, cancel_futures=True)

    async def _in_thread(
        self, fn: Callable[P, R], *args: P.args, **kwargs: P.kwargs
    ) -> R:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._thread, partial(self._locked, fn, *args, **kwargs))

    async def _urgently(self, fn: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
        """Run under the ingest lock: waits for one article's matching at most (decides take
        the mutex per article, and the gate keeps them out while we wait)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._urgent, partial(self._first, fn, *args, **kwargs))

    def _first(self, fn: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
        with self._gate, self._mutex:
            return fn(*args, **kwargs)

    def _locked(self, fn: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
        with self._gate:
            pass
        with self._mutex:
            return fn(*args, **kwargs)

    async def decide(self, built: Sequence[tuple[Article, Terms]]) -> list[Decided]:
        if self._upto is None:  # a new process: load the window once (terms from the pool)
            await self.catch_up()
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._thread, self._decide, built)

    async def confirm(self, decided: Sequence[Decided]) -> list[Article]:
        """Call under the ingest lock: the final articles, story keys set."""
        return (await self.confirm_many([decided]))[0]

    async def confirm_many(
        self, batches: Sequence[Sequence[Decided]], read: StoryReader | None = None
    ) -> list[list[Article]]:
        """`confirm` for several feeds' batches at once (one commit); `read`: the store's
        story log as the committing transaction reads it (see `IngestStore.ingest_many`)."""
        async with self._refreshing:
            foreign = await self._foreign_rows(read)
            if not foreign:  # nobody else stored anything since the catch-up: nothing to re-check
                return self.provisional(batches)
            return await self._urgently(self._confirm_all, batches, foreign)

    @staticmethod
    def provisional(batches: Sequence[Sequence[Decided]]) -> list[list[Article]]:
        """The articles with the story keys decided (what they are stored with before the lock;
        `confirm` rarely changes one)."""
        return [[d.article if d.key == d.article.story_key
                 else replace(d.article, story_key=d.key) for d in decided]
                for decided in batches]

    def stored(self, batches: Sequence[Sequence[Decided]], upto: int | None) -> None:
        """Call after the commit: log positions up to `upto` are ours or were read by the
        confirm (positions follow commit order, taken under the lock), ours indexed when
        decided; the next look starts after them."""
        for decided in batches:
            for d in decided:
                self._own.discard((d.article.feed_id, d.article.key))
        if upto is not None and self._upto is not None:
            self._upto = max(self._upto, upto)

    async def catch_up(self) -> list[int]:
        """Fold articles stored since the last look (by any worker) into the index, their terms
        made in the pool; returns the handles of the ones other workers stored."""
        async with self._refreshing:  # feeds of this worker must not fold the same rows twice
            foreign = await self._foreign_rows()
            if not foreign:
                return []
            chunks = [foreign[i : i + TERMS_CHUNK] for i in range(0, len(foreign), TERMS_CHUNK)]
            terms = await asyncio.gather(
                *(self._terms_in_pool([(r.title, r.lead) for r in c]) for c in chunks)
            )
            return await self._in_thread(
                self._add_rows, foreign, [t for chunk in terms for t in chunk]
            )

    async def _foreign_rows(self, read: StoryReader | None = None) -> list[StoryRow]:
        """Rows stored since the last look that this index has not indexed itself."""
        foreign: list[StoryRow] = []
        while True:
            if self._upto is None:
                rows = await self._store.story_rows(since=self._clock() - self._window)
            elif read is not None:
                rows = await read(self._upto, ROWS_PER_READ)
            else:
                rows = await self._store.story_rows(after_id=self._upto, limit=ROWS_PER_READ)
            for row in rows:
                mine = (row.feed_id, row.key)
                if mine in self._own:
                    self._own.discard(mine)  # indexed when we decided its story
                else:
                    foreign.append(row)
                self._upto = max(self._upto or 0, row.id)
            if self._upto is None:
                self._upto = 0
                return foreign
            if len(rows) < ROWS_PER_READ:
                return foreign

    def _add_rows(self, rows: Sequence[StoryRow], terms: Sequence[Terms]) -> list[int]:
        handles = []
        for row, t in zip(rows, terms, strict=True):
            feed = None if row.feed_id is None else FeedContext(row.feed_id)
            handle = self._clusterer.add_terms(row.story_key, t, row.published, feed)
            if handle is not None:
                handles.append(handle)
        return handles

    def _decide(self, built: Sequence[tuple[Article, Terms]]) -> list[Decided]:
        out = []
        feeds = _feed_contexts(built, self._contexts)
        for article, terms in built:
            feed = feeds.get(article.feed_id)
            if not self._is_story(article):
                # A gallery or promo never seeds or joins a story (it is folded in like any
                # stored article once seen stored, as before).
                out.append(Decided(article, terms, article.story_key, 0.0, None))
                continue
            key, score, handle = self._locked(
                self._clusterer.assign_terms, article.story_key, terms, article.published, feed
            )
            # Remember it, so the next catch-up does not index our own article a second time.
            self._own.add((article.feed_id, article.key))
            out.append(Decided(article, terms, key, score, handle, feed))
        return out

    def _confirm_all(
        self, batches: Sequence[Sequence[Decided]], foreign: Sequence[StoryRow]
    ) -> list[list[Article]]:
        # The few rows other workers committed since the last catch-up: terms made here (a pool
        # job would wait behind article builds while we hold the lock).
        fresh = set(self._add_rows(
            foreign, [terms_of(r.title, lead_of(r.lead)) for r in foreign]
        ))
        return [self._confirm(decided, fresh) for decided in batches]

    def _confirm(self, decided: Sequence[Decided], fresh: set[int]) -> list[Article]:
        moved: dict[str, str] = {}  # stories this batch founded that joined another worker's
        out = []
        for d in decided:
            if not self._is_story(d.article):
                out.append(d.article)
                continue
            key = moved.get(d.key, d.key)
            if fresh:
                best = self._clusterer.similar_terms(d.terms, d.article.published, only=fresh,
                                                     feed=d.feed)
                if best and best[0][0] >= self._clusterer.threshold and best[0][0] > d.score:
                    if key == d.article.story_key:
                        moved[key] = best[0][1]
                    key = best[0][1]
            if key != d.key:
                self._clusterer.rekey(d.handle, key)
            same = key == d.article.story_key
            out.append(d.article if same else replace(d.article, story_key=key))
        return out


def _feed_contexts(
    built: Sequence[tuple[Article, Terms]],
    context: Callable[[int | None, str | None], FeedContext] = feed_context,
) -> dict[int | None, FeedContext]:
    """Each feed's context in a batch: its outlet's terms and the column labels (the clusterer
    adds what many of the feed's stories in the window say)."""
    outlets: dict[int | None, str | None] = {}
    for article, _ in built:
        if article.feed_id is not None and not outlets.get(article.feed_id):
            outlets[article.feed_id] = article.outlet
    return {feed_id: context(feed_id, outlet) for feed_id, outlet in outlets.items()}
