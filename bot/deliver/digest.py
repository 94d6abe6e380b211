"""Build platform-free digests: one story (instant) or a ranked roundup."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime

from bot.content import genre
from bot.content.fingerprints import fingerprint
from bot.content.sentences import split_sentences
from bot.core.types import (
    STYLES,
    Article,
    ChannelSettings,
    Coverage,
    Digest,
    DigestFormat,
    DigestItem,
    FeedOptions,
    Quote,
)

MAX_QUOTES = 2  # standard
FULL_QUOTES = 4  # full
STANDARD = DigestFormat()
# What each style shows, for help and replies.
STYLE_HELP = {
    "compact": "headline, outlet and link",
    "standard": "headline, summary, up to 2 quotes, tags and other outlets (as always)",
    "full": "headline, summary, up to 4 quotes, tags and every other outlet",
}
assert tuple(STYLE_HELP) == STYLES


def shown_quotes(article: Article, limit: int = MAX_QUOTES) -> tuple[Quote, ...]:
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
    return tuple(shown[:limit])


def item_from_article(
    article: Article, also: Sequence[Article] = (), fmt: DigestFormat = STANDARD
) -> DigestItem:
    """A story as readers see it; `also` are other outlets' articles on the same story.
    `fmt` is the channel's (or the feed's) format: it changes what is shown, never what is
    sent, so changing it re-posts nothing."""
    seen = {article.outlet}
    coverage = []
    for other in also:
        if other.outlet in seen:
            continue
        seen.add(other.outlet)
        coverage.append(Coverage(outlet=other.outlet, link=other.link, title=other.title))
    compact = fmt.style == "compact"
    quotes = shown_quotes(article, FULL_QUOTES if fmt.style == "full" else MAX_QUOTES)
    return DigestItem(
        story_key=article.story_key,
        # An opinion piece says so ("Meinung: …") where the feed's label left the headline.
        headline=f"{label}: {article.title}" if (
            label := genre.opinion_label(article.title, article.categories, article.link)
        ) else article.title,
        summary="" if compact else article.summary,
        link=article.link,
        outlet=article.outlet,
        via=article.via,
        authors=() if compact else article.authors,
        published=article.published,
        quotes=quotes if fmt.quotes and not compact else (),
        tags=article.tags if fmt.tags and not compact else (),
        relevance=article.relevance,
        also_covered=() if compact else tuple(coverage),
        headline_only=not compact and not article.summary.strip(),
    )


def story_post(
    article: Article,
    also: Sequence[Article],
    settings: ChannelSettings,
    options: FeedOptions | None = None,
) -> Digest:
    """One story as a channel posts it: its format, its feed's mention and webhook sender."""
    o = options or FeedOptions()
    item = item_from_article(article, also, settings.format_for(o))
    return replace(
        story_digest(item, timezone=settings.timezone),
        mentions=(o.mention,) if o.mention else (), sender_name=o.sender_name,
        sender_avatar=o.sender_avatar,
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
    format_of: Callable[[Article], DigestFormat] | None = None,
) -> Digest:
    """The top `limit` stories among `articles`, one item per story with its other coverage;
    `format_of` gives each story's format (by the feed of its first article)."""
    ranked = rank_stories(group_by_story(articles))[:limit]
    fmt = format_of or (lambda _a: STANDARD)
    items = tuple(item_from_article(group[0], group[1:], fmt(group[0])) for group in ranked)
    return Digest(kind="roundup", title=title, items=items, timezone=timezone, generated_at=now)


def formats_by_feed(
    settings: ChannelSettings, options: Mapping[int, FeedOptions]
) -> Callable[[Article], DigestFormat]:
    """Each article's format in a channel: the channel's, with its feed's own choices on top."""
    return lambda a: settings.format_for(options.get(a.feed_id) if a.feed_id is not None else None)
