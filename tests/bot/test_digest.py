"""Digest building: one story, coverage by other outlets, roundup ranking."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.digest import item_from_article, rank_stories, roundup
from bot.types import Article, Quote


def art(key: str, story: str, outlet: str, rel: float, hour: int = 1, **kw) -> Article:
    return Article(
        key=key,
        story_key=story,
        title=f"{story} by {outlet}",
        link=f"https://{outlet}.example",
        summary="S.",
        text="T.",
        outlet=outlet,
        relevance=rel,
        published=datetime(2026, 11, 25, hour, tzinfo=UTC),
        **kw,
    )


def test_item_keeps_attribution_and_at_most_two_attributed_quotes() -> None:
    quotes = (Quote("a"), Quote("b", "Ann Lee", "UN"), Quote("c", "Bo Li"), Quote("d", "Cy Ng"))
    item = item_from_article(art("1", "s", "wire", 0.9, authors=("Jo",), quotes=quotes, via="Agg"))
    assert (item.outlet, item.authors, item.via) == ("wire", ("Jo",), "Agg")
    assert [q.speaker for q in item.quotes] == ["Ann Lee", "Bo Li"]
    assert item.speakers == ("Ann Lee", "Bo Li")


def test_also_covered_lists_other_outlets_once() -> None:
    main = art("1", "s", "wire", 0.9)
    others = [art("2", "s", "paper", 0.8), art("3", "s", "paper", 0.8), art("4", "s", "wire", 0.7)]
    item = item_from_article(main, others)
    assert [c.outlet for c in item.also_covered] == ["paper"]


def test_roundup_ranks_by_relevance_and_coverage_one_item_per_story() -> None:
    articles = [
        art("1", "minor", "wire", 0.55),
        art("2", "big", "wire", 0.8),
        art("3", "big", "paper", 0.8),
        art("4", "big", "review", 0.8),
        art("5", "solo", "wire", 0.85),
    ]
    d = roundup(articles, title="Roundup", limit=2)
    assert [i.story_key for i in d.items] == ["big", "solo"]
    assert len(d.items[0].also_covered) == 2
    assert d.kind == "roundup"


def test_rank_breaks_ties_by_recency() -> None:
    groups = [[art("1", "old", "w", 0.7, hour=1)], [art("2", "new", "w", 0.7, hour=5)]]
    assert [g[0].story_key for g in rank_stories(groups)] == ["new", "old"]
