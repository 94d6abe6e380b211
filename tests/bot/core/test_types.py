"""Domain types: what crosses the pool's pipe (bot/runtime/pool.py)."""

from __future__ import annotations

import pickle
from dataclasses import fields
from datetime import UTC, datetime

import pytest

from bot.core.types import Article, FeedEntry, ParsedFeed, Quote

ENTRY = FeedEntry(title="Ministers meet", link="https://news.example/1", guid="n-1",
                  content_html="<p>Text</p>", authors=("A. Writer",),
                  published=datetime(2026, 1, 2, 3, 4, tzinfo=UTC), categories=("World",))
ARTICLE = Article(key="k" * 32, story_key="s" * 32, title="Ministers meet",
                  link="https://news.example/1", summary="", text="Text", outlet="News",
                  quotes=(Quote("We met", "A. Minister", "Ministry"),), feed_id=3, built=False)


@pytest.mark.parametrize("value", [
    ENTRY, ARTICLE, ARTICLE.quotes[0],
    ParsedFeed(title="News", link="https://news.example/", entries=(ENTRY, ENTRY)),
])
def test_hot_types_pickle_as_their_class_and_field_values(value: object) -> None:
    """A cold cycle sends ~20,000 entries and rows across the pool's pipe: each pickles as
    (class, field values), not through the dataclass's per-object walk of `fields()`."""
    reduced = value.__reduce__()
    assert isinstance(reduced, tuple)
    cls, args = reduced[:2]
    assert cls is type(value)
    assert args == tuple(getattr(value, f.name) for f in fields(value))  # type: ignore[arg-type]
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        back = pickle.loads(pickle.dumps(value, protocol=protocol))
        assert back == value and type(back) is type(value)
