"""The work the poller sends to its process pool, in one module a pool worker can import alone.

A pool worker unpickles these functions and their arguments, so everything they pull in is
what a worker process costs: the content stages, selectolax, rapidfuzz (feedparser only once a
feed is parsed there). No aiohttp, no pydantic, no store (tests/bot/content/test_jobs.py checks).
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import time
import types
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bot.content import boilerplate, clustering
from bot.content.entries import diff_entries, first_poll_candidates, known_blob
from bot.content.keys import entry_key
from bot.core.types import Article, FeedEntry, ParsedFeed

Marked = tuple[Article, clustering.Terms, bool, frozenset[str]]  # is_story, feed common terms

if TYPE_CHECKING:  # feedparser is imported with the first parse, not with this module
    from bot.content.parse import ItemDigests


@dataclass(frozen=True, slots=True)
class Budget:
    """The summary budget, as plain numbers (settings objects would import pydantic here)."""

    max_words: int
    max_sentences: int


class _DeferredChardet(types.ModuleType):
    """Stands for chardet in sys.modules until one of its names is asked for: then chardet
    is imported (in its place) and the name read from it."""

    def __getattr__(self, name: str) -> Any:
        if sys.modules.get("chardet") is self:
            del sys.modules["chardet"]
        return getattr(importlib.import_module("chardet"), name)


def defer_chardet() -> None:
    """chardet loaded on first use, not when feedparser imports it: feedparser asks it only of
    a feed none of whose declared or sniffed encodings decode it, and loading it costs ~1.7 MB
    (a mypyc build) in every process that parses. (importlib's LazyLoader would not do: the
    import statement itself reads the module's `__spec__`, which loads it.) Nothing when
    chardet is loaded already or not installed."""
    if "chardet" not in sys.modules and importlib.util.find_spec("chardet") is not None:
        sys.modules["chardet"] = _DeferredChardet("chardet")


def parse(body: bytes, url: str, content_type: str | None) -> tuple[ParsedFeed, float]:
    """Parse a feed body; returns it with the seconds it took (for the parse-time metric).
    feedparser is imported here, not with the module: a pool process that only builds
    articles (feeds are usually parsed in the main process, see bot/runtime/pool.py) never
    loads it (~12 MB)."""
    defer_chardet()
    from bot.content.parse import parse_feed

    started = time.perf_counter()
    parsed = parse_feed(body, url=url, content_type=content_type)
    return parsed, time.perf_counter() - started


def parse_items(
    body: bytes, url: str, content_type: str | None, known: frozenset[bytes]
) -> tuple[ParsedFeed, ItemDigests, float]:
    """`parse`, leaving out the items read before byte for byte (`known` digests): see
    bot.content.parse.parse_feed_items. Returns the feed, its items' digests and the seconds."""
    defer_chardet()
    from bot.content.parse import parse_feed_items

    started = time.perf_counter()
    parsed, digests = parse_feed_items(body, url=url, content_type=content_type, known=known)
    return parsed, digests, time.perf_counter() - started


def warm_parsers() -> None:
    """Import what `parse_items` reads with (feedparser-rs, feedparser with its date handlers,
    the encoding checks: ~50 ms of CPU): run in the thread that parses a cold cycle's first
    polls (ContentPool.begin_cold) while the event loop sends the cycle's first requests and
    waits for their answers, not on the first body's arrival, with the loop waiting on it."""
    defer_chardet()
    import bot.content.parse  # noqa: F401 - imported for its side effect here


def feed_context(parsed: ParsedFeed) -> ParsedFeed:
    """What building an article needs of its feed: everything but the other entries (so a
    feed's entries are not pickled to the pool once per batch)."""
    return replace(parsed, entries=())


def build(
    entries: Sequence[FeedEntry],
    feed: ParsedFeed,
    url: str,
    feed_id: int,
    budget: Budget,
    page_html: str | bytes | None = None,
    memory: boilerplate.Memory = b"",
) -> list[tuple[Article, clustering.Terms]]:
    """Articles for `entries`, each with its clustering terms (title + summary lead). The
    boilerplate the entries repeat, with the votes of the feed's recent items (`memory`,
    `articles.feed_template`), is cut from each."""
    return learn(entries, feed, url, feed_id, budget, page_html, memory)[0]


def learn(
    entries: Sequence[FeedEntry],
    feed: ParsedFeed,
    url: str,
    feed_id: int,
    budget: Budget,
    page_html: str | bytes | None = None,
    memory: boilerplate.Memory = b"",
) -> tuple[list[tuple[Article, clustering.Terms]], boilerplate.Memory]:
    """`build`, and the feed's template memory with these entries added (the poller stores it
    with the feed's state, for the next poll's one or two new items)."""
    from bot.content import articles  # the stages and their tables: with the first build

    built, memory = articles.learn_articles(
        entries, feed, feed_url=url, feed_id=feed_id, summary=budget, page_html=page_html,
        memory=memory,
    )
    return [(a, clustering.terms_of(a.title, clustering.lead_of(a.text, a.summary)))
            for a in built], memory


def build_marked(
    entries: Sequence[FeedEntry],
    feed: ParsedFeed,
    url: str,
    feed_id: int,
    budget: Budget,
    page_html: str | bytes | None = None,
) -> list[Marked]:
    """`learn_marked` without the template memory."""
    return learn_marked(entries, feed, url, feed_id, budget, page_html)[0]


def learn_marked(
    entries: Sequence[FeedEntry],
    feed: ParsedFeed,
    url: str,
    feed_id: int,
    budget: Budget,
    page_html: str | bytes | None = None,
    memory: boilerplate.Memory = b"",
) -> tuple[list[Marked], boilerplate.Memory]:
    """`learn`, each article with `articles.is_story`'s answer and its feed's common terms
    (`clustering.feed_context(feed_id, article.outlet).common`) too: the poller asks both of
    every new article, and asked here (in a pool process) the main process loads neither the
    story tables nor the term tables (the gazetteer)."""
    from bot.content.articles import is_story

    built, memory = learn(entries, feed, url, feed_id, budget, page_html, memory)
    return [(a, t, is_story(a), clustering.feed_context(feed_id, a.outlet).common)
            for a, t in built], memory


def warm() -> None:
    """Load what a build reads (the content tables, ~0.1 s): run as a pool process's first job
    when a cold cycle begins, while this side still fetches its first feeds."""
    entry = FeedEntry(
        title="Ministers meet in Geneva to discuss the ceasefire",
        link="https://news.example/world/1",
        content_html="<p>Foreign ministers met in Geneva on Monday, officials said. "
                     "\u201cWe made progress,\u201d the minister told reporters.</p>",
    )
    feed = ParsedFeed(title="Example News", link="https://news.example/", entries=())
    build_marked([entry], feed, "https://news.example/rss", 0, Budget(60, 3))
    backlog([entry], feed, "https://news.example/rss", 0)


def backlog(
    entries: Sequence[FeedEntry], feed: ParsedFeed, url: str, feed_id: int
) -> list[Article]:
    """A first poll's backlog, stored as seen (`articles.seen_article`, ~0.25 ms an item)."""
    from bot.content.articles import seen_article

    return [seen_article(e, feed, feed_url=url, feed_id=feed_id) for e in entries]


class BacklogFailed(Exception):
    """`first_poll` parsed the feed but could not make its backlog rows (the poller records it
    as a processing failure, as a failed `backlog` job)."""


@dataclass(frozen=True, slots=True)
class FirstPoll:
    """A first poll's body read in one job (`first_poll`): what the poller holds of it for its
    cycle's finale, or (`candidates` empty: nothing new) stores as any poll's."""

    context: ParsedFeed  # the feed without its entries (`feed_context`)
    took: float  # seconds the parse took
    listed: tuple[str, ...]  # every entry key the feed lists (EntryDiff.listed)
    edited: tuple[FeedEntry, ...]  # stored, but edited at the source since (EntryDiff.edited)
    fresh: bool  # any entry never stored
    candidates: tuple[FeedEntry, ...]  # the newest `bound` fresh ones not too old, newest first
    backlog: list[Article]  # the other fresh ones, as backlog rows
    seen: list[Article]  # each candidate as a backlog row (stored so unless it is built)
    remember: bytes | None  # its items as read now (entries.known_blob), None: none parsed


def first_poll(
    body: bytes,
    url: str,
    content_type: str | None,
    known: Mapping[bytes, str],
    stored: Mapping[str, str | None],
    feed_id: int,
    cutoff: datetime,
    bound: int,
) -> FirstPoll:
    """A first poll (poll.backlog = "seen") in one job: the body parsed (`parse_items`, the items
    read before byte for byte left out: `known`, digest → entry key), its entries diffed with
    what the feed has stored (`stored`, all its keys: `all_entry_hashes`), its candidates
    chosen (the newest `bound` fresh entries published at or after `cutoff`, or undated) and
    every fresh entry made a backlog row (`backlog`). Run in a pool process of a cold cycle
    (one not split between two cores, where the worker parses them: ContentPool.parse_here),
    the worker's own process never parses a first poll nor pickles its entries there and back:
    it gets the rows to store and the candidates to hold. A parse error is raised as
    `parse_items` raises it; a backlog that fails raises BacklogFailed."""
    parsed, items, took = parse_items(body, url, content_type, frozenset(known))
    keys = [entry_key(e) for e in parsed.entries]
    diff = diff_entries(parsed, stored, keys)
    context = feed_context(parsed)
    key_of: dict[bytes, str] = {}
    listed = diff.listed
    if items.entries:  # every item's key: the parsed ones' and those read before
        key_of = {**known, **dict(zip(items.entries, keys, strict=True))}
        listed = tuple(dict.fromkeys(key_of[d] for d in items.listed))
    remember = known_blob(items.listed, key_of) if key_of else None
    if not diff.fresh:
        return FirstPoll(context, took, listed, diff.edited, False, (), [], [], remember)
    candidates, rest = first_poll_candidates(diff.fresh, cutoff, bound)
    try:
        rows = backlog(rest + candidates, context, url, feed_id)
    except Exception as e:
        raise BacklogFailed(str(e)) from e
    return FirstPoll(context, took, listed, diff.edited, True, tuple(candidates),
                     rows[: len(rest)], rows[len(rest):], remember)


def terms(docs: Sequence[tuple[str, str]]) -> list[clustering.Terms]:
    """Clustering terms of stored articles (title, the first LEAD_CHARS of their text): the
    story index of a new process, and other workers' articles."""
    return [clustering.terms_of(title, clustering.lead_of(lead)) for title, lead in docs]
