"""Build platform-free digests: one story (instant) or a ranked roundup."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from bot.content.clean import fingerprint
from bot.content.sentences import split_sentences
from bot.core.types import Article, Coverage, Digest, DigestItem, Quote

MAX_QUOTES = 2


def shown_quotes(article: Article) -> tuple[Quote, ...]:
    """Up to MAX_QUOTES quotes with a named or described speaker, not already in the summary:
    a quote is there to say who said what, and repeating the summary's words adds nothing."""
    summary = fingerprint(article.summary)  # quote marks and punctuation don't hide a repeat
    shown = []
    for q in article.quotes:
        if not q.speaker or fingerprint(q.text) in summary:
            continue
        # A long quote whose first sentence the summary already carries: show the rest.
        rest = [s for s in split_sentences(q.text) if fingerprint(s) not in summary]
        if not rest:
            continue
        text = " ".join(rest)
        shown.append(q if text == q.text else replace(q, text=text))
    return tuple(shown[:MAX_QUOTES])


def item_from_article(article: Article, also: Sequence[Article] = ()) -> DigestItem:
    """A story as readers see it; `also` are other outlets' articles on the same story."""
    seen = {article.outlet}
    coverage = []
    for other in also:
        if other.outlet in seen:
            continue
        seen.add(other.outlet)
        coverage.append(Coverage(outlet=other.outlet, link=other.link, title=other.title))
    return DigestItem(
        story_key=article.story_key,
        headline=article.title,
        summary=article.summary,
        link=article.link,
        outlet=article.outlet,
        via=article.via,
        authors=article.authors,
        published=article.published,
        quotes=shown_quotes(article),
        tags=article.tags,
        relevance=article.relevance,
        also_covered=tuple(coverage),
    )


def story_digest(item: DigestItem, *, timezone: str = "UTC") -> Digest:
    return Digest(kind="story", title=item.headline, items=(item,), timezone=timezone)


def group_by_story(articles: Sequence[Article]) -> list[list[Article]]:
    """Articles grouped by story_key, each group in input order, groups by first appearance."""
    groups: dict[str, list[Article]] = {}
    for article in articles:
        groups.setdefault(article.story_key, []).append(article)
    return list(groups.values())


def rank_stories(groups: Sequence[Sequence[Article]]) -> list[Sequence[Article]]:
    """Most relevant and most widely covered first; newer first on ties."""

    def weight(group: Sequence[Article]) -> tuple[float, float]:
        relevance = max((a.relevance or 0.0) for a in group)
        outlets = len({a.outlet for a in group})
        newest = max((a.published.timestamp() for a in group if a.published), default=0.0)
        return (relevance + 0.1 * min(outlets - 1, 4), newest)

    return sorted(groups, key=weight, reverse=True)


def roundup(
    articles: Sequence[Article],
    *,
    title: str,
    limit: int = 10,
    timezone: str = "UTC",
    now: datetime | None = None,
) -> Digest:
    """The top `limit` stories among `articles`, one item per story with its other coverage."""
    ranked = rank_stories(group_by_story(articles))[:limit]
    items = tuple(item_from_article(group[0], group[1:]) for group in ranked)
    return Digest(kind="roundup", title=title, items=items, timezone=timezone, generated_at=now)
