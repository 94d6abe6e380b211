"""The poller's pure decisions, table-driven: which entries are new or edited (diff_entries),
which new articles go to which channel (select_deliveries)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.content.keys import entry_hash, entry_key
from bot.core.types import (
    Article,
    ChannelRef,
    ChannelSettings,
    Feed,
    FeedEntry,
    Filters,
    ParsedFeed,
    Subscription,
)
from bot.ingest.poller import diff_entries, entry_keys, select_deliveries

A = ChannelRef("slack", "CA")
B = ChannelRef("discord", "42")
T0 = datetime(2026, 11, 20, tzinfo=UTC)


def art(key: str, rel: float, hours: int, title: str = "Talks") -> Article:
    return Article(
        key=key, story_key="s" + key, title=f"{title} {key}", link=None, summary="", text="",
        outlet="Wire", relevance=rel, published=T0 + timedelta(hours=hours),
    )


ARTICLES = [
    art("1", 0.9, 1), art("2", 0.3, 2), art("3", 0.8, 3, "Football"), art("4", 0.95, 4),
    art("5", 0.7, 5),
]


def keys(planned, channel: ChannelRef = A) -> list[str]:
    return [p.article_key for p in planned if p.channel == channel]


@pytest.mark.parametrize(
    ("trusted", "threshold", "filters", "first_poll", "expected"),
    [
        (False, None, Filters(), False, ["1", "3", "4", "5"]),  # default threshold 0.5
        (False, 0.85, Filters(), False, ["1", "4"]),  # the channel's own threshold
        (True, 0.85, Filters(), False, ["1", "2", "3", "4", "5"]),  # trusted: no threshold
        (False, None, Filters(exclude=("football",)), False, ["1", "4", "5"]),
        (False, None, Filters(), True, ["5", "4", "3"]),  # first poll: newest 3 that pass
        (False, 0.85, Filters(), True, ["4", "1"]),  # fewer pass than the first-poll cap
    ],
)
def test_selection(trusted, threshold, filters, first_poll, expected) -> None:
    feed = Feed(id=1, url="https://x.example/rss", trusted=trusted)
    planned = select_deliveries(
        ARTICLES, feed=feed, subscriptions=[Subscription(1, A, 1, filters)],
        settings_for=lambda ch: ChannelSettings(ch, threshold=threshold),
        default_threshold=0.5, first_poll=first_poll, first_poll_items=3,
    )
    assert keys(planned) == expected
    assert all(p.status == "pending" and p.story_key == "s" + p.article_key for p in planned)


def test_each_channel_gets_its_own_mode_and_filters() -> None:
    feed = Feed(id=1, url="u")
    subs = [Subscription(1, A, 1, Filters(include=("football",))), Subscription(2, B, 1)]
    modes = {A: ChannelSettings(A), B: ChannelSettings(B, mode="roundup")}
    planned = select_deliveries(
        ARTICLES, feed=feed, subscriptions=subs, settings_for=modes.__getitem__,
        default_threshold=0.5, first_poll=False, first_poll_items=3,
    )
    assert keys(planned, A) == ["3"]
    assert keys(planned, B) == ["1", "3", "4", "5"]
    assert {p.status for p in planned if p.channel == B} == {"held"}


def test_a_stored_pattern_that_no_longer_compiles_skips_only_that_channel() -> None:
    feed = Feed(id=1, url="u")
    subs = [Subscription(1, A, 1, Filters(include_regex=("(unclosed",))), Subscription(2, B, 1)]
    planned = select_deliveries(
        ARTICLES, feed=feed, subscriptions=subs, settings_for=lambda ch: ChannelSettings(ch),
        default_threshold=0.5, first_poll=False, first_poll_items=3,
    )
    assert keys(planned, A) == [] and keys(planned, B) == ["1", "3", "4", "5"]


def _entry(guid: str, title: str = "Talks") -> FeedEntry:
    return FeedEntry(title=title, guid=guid, summary_html=f"<p>{title} {guid}</p>")


@pytest.mark.parametrize(
    ("stored", "fresh", "edited"),
    [
        ({}, ["a", "b", "c"], []),  # nothing stored: all new
        ({"a": "h-a", "b": "h-b", "c": "h-c"}, [], []),  # stored as they are: nothing to do
        ({"a": "h-a", "b": "other"}, ["c"], ["b"]),  # b edited at the source since
        ({"a": None, "b": "h-b"}, ["c"], []),  # a was pruned but is still listed: never new
        ({"a": "", "b": "h-b"}, ["c"], []),  # stored without a hash (old rows): not an edit
    ],
)
def test_diff_entries(stored, fresh, edited) -> None:
    entries = [_entry("a"), _entry("b"), _entry("c"), _entry("a")]  # a listed twice
    keys = {e.guid: entry_key(e) for e in entries}
    hashes = {e.guid: entry_hash(e) for e in entries}
    by_key = {keys[g]: (hashes[g] if h and h.startswith("h-") else h) for g, h in stored.items()}
    parsed = ParsedFeed(title="F", link=None, entries=tuple(entries))
    diff = diff_entries(parsed, by_key)
    assert [e.guid for e in diff.fresh] == fresh
    assert [e.guid for e in diff.edited] == edited
    assert diff.listed == (keys["a"], keys["b"], keys["c"])
    assert entry_keys(parsed) == list(diff.listed)
