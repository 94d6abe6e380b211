"""Previews of a feed, one implementation for `newsbrief preview` (the host CLI) and
`/news preview` (chat): which items a channel would be sent under its threshold, filters and
format, and how many its rules drop and why (`plan_preview`, `preview_digest`).

`preview_items` is what `newsbrief preview --json` prints: one dict per item, as a reader would
see it; the digest lint (bench/digest_lint.py) checks exactly that.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from bot.core.types import Article, ChannelSettings, Digest, FeedOptions, Filters
from bot.deliver.digest import item_from_article


def _is_story(article: Article) -> bool:
    from bot.content.articles import is_story  # the build's tables: imported when used

    return is_story(article)


def preview_items(articles: Sequence[Article]) -> list[dict[str, Any]]:
    out = []
    for a in articles:
        item = item_from_article(a)
        out.append({
            "title": a.title,
            "summary": a.summary,
            "outlet": a.outlet,
            "via": a.via,
            "authors": list(a.authors),
            "link": a.link,
            "published": a.published.isoformat() if a.published else None,
            "quotes": [asdict(q) for q in item.quotes],
            "relevance": a.relevance,
            "reasons": list(a.reasons),
            "tags": list(a.tags),
            "story_key": a.story_key,
            "is_story": _is_story(a),
            "headline_only": item.headline_only,
            "words": len(a.text.split()),
        })
    return out


# -- what a channel would get: `/news preview` and `newsbrief preview` ------------------------

NOT_A_STORY = "not news (a gallery, promo or untitled stub)"
TOO_OLD = "older than the retention window"
RE_POSTED = "an earlier version of a story the feed posted again (one post, updated)"


@dataclass(frozen=True, slots=True)
class PreviewPlan:
    """A feed's items split into what a channel would be sent and what its rules drop."""

    posted: tuple[Article, ...]
    dropped: tuple[tuple[str, int], ...]  # (reason, how many), most first
    threshold: float
    total: int

    @property
    def dropped_count(self) -> int:
        return sum(n for _, n in self.dropped)

    def summary(self) -> str:
        """One line, then one per reason: "3 of 12 items would be posted; 9 dropped: …"."""
        head = f"{len(self.posted)} of {self.total} items would be posted"
        if not self.dropped:
            return head + "; the rules drop none."
        reasons = "; ".join(f"{n} {reason}" for reason, n in self.dropped)
        return f"{head}; {self.dropped_count} dropped: {reasons}."


def plan_preview(
    articles: Sequence[Article],
    *,
    threshold: float,
    trusted: bool = False,
    filters: Filters | None = None,
    cutoff: datetime | None = None,
) -> PreviewPlan:
    """The poller's rule (filters.delivers) item by item, keeping the first reason each dropped
    item fails: not a story, too old, below the threshold, or the filter that stopped it."""
    from bot.content.filters import compile_filters, rejection

    compiled = compile_filters(filters or Filters())
    posted: list[Article] = []
    reasons: Counter[str] = Counter()
    for a in articles:
        if not _is_story(a):
            reasons[NOT_A_STORY] += 1
        elif cutoff is not None and a.published is not None and a.published < cutoff:
            reasons[TOO_OLD] += 1
        elif not trusted and (a.relevance or 0.0) < threshold:
            reasons[f"below the relevance threshold {threshold:.2f}"] += 1
        elif (why := rejection(a, compiled)) is not None:
            reasons[f"filtered: {why}"] += 1
        else:
            posted.append(a)
    earlier = _earlier_versions(posted)
    if earlier:
        posted = [a for i, a in enumerate(posted) if i not in earlier]
        reasons[RE_POSTED] += len(earlier)
    return PreviewPlan(
        posted=tuple(posted), dropped=tuple(reasons.most_common()), threshold=threshold,
        total=len(articles),
    )


def _earlier_versions(articles: Sequence[Article]) -> set[int]:
    """Indexes of items the poller would not post as stories of their own: an outlet that
    re-posts an update under a new id ("Bosnia: … overrules election law" twice, the second
    with a sentence more) gives one story key (the clusterer the poller uses), and the channel
    gets one post, edited. Of each story the newest version stays."""
    from bot.content.clustering import Clusterer, feed_context, lead_of, terms_of

    epoch = datetime.min.replace(tzinfo=UTC)
    newest = max((a.published for a in articles if a.published), default=None)
    clusterer = Clusterer(clock=lambda: newest or datetime.now(UTC))
    order = sorted(range(len(articles)), key=lambda i: articles[i].published or epoch)
    # One feed: what all its items say (brand, home country, column labels) joins none of them.
    outlets = Counter(a.outlet for a in articles if a.outlet).most_common(1)
    feed = feed_context("preview", outlets[0][0] if outlets else None)
    keys = {}
    for i in order:
        a = articles[i]
        keys[i] = clusterer.assign_terms(
            a.key, terms_of(a.title, lead_of(a.text, a.summary)), a.published, feed)[0]
    latest = {clusterer.canonical(keys[i]): i for i in order}  # stories merge as they grow
    return set(range(len(articles))) - set(latest.values())


def preview_digest(
    plan: PreviewPlan,
    *,
    title: str,
    settings: ChannelSettings,
    options: FeedOptions | None = None,
    limit: int = 10,
) -> Digest:
    """The stories as the channel would see them (its format and the feed's), newest first."""
    epoch = datetime.min.replace(tzinfo=UTC)
    newest = sorted(plan.posted, key=lambda a: a.published or epoch, reverse=True)[:limit]
    fmt = settings.format_for(options)
    items = tuple(item_from_article(a, (), fmt) for a in newest)
    return Digest(kind="roundup", title=title, items=items, timezone=settings.timezone)
