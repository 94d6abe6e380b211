"""A feed's entries → Articles: process_feed from bytes, build_articles and learn_articles with
the feed's template memory (bot/content/boilerplate.py)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

from bot.content import attribution, boilerplate, geo, home, language
from bot.content.articles.build import SummaryBudget, body_of, build_article, feed_template
from bot.content.articles.kinds import release_section, without_release_category
from bot.content.keys import entry_key
from bot.core.types import Article, FeedEntry, ParsedFeed


def process_feed(
    body: bytes,
    *,
    url: str,
    content_type: str | None = None,
    feed_id: int | None = None,
    summary: SummaryBudget | None = None,
    skip_keys: frozenset[str] = frozenset(),
    newest: int | None = None,
) -> tuple[ParsedFeed, list[Article]]:
    """Parse `body` and build an Article for every entry whose key is not in `skip_keys`
    (only the `newest` entries by date, if given: a preview of a feed of thousands)."""
    from bot.content.parse import parse_feed  # feedparser: not needed to build an article

    parsed = parse_feed(body, url=url, content_type=content_type)
    entries = parsed.entries
    if newest is not None and len(entries) > newest:
        epoch = datetime.min.replace(tzinfo=UTC)
        entries = tuple(sorted(entries, key=lambda e: e.published or epoch, reverse=True)[:newest])
    entries = tuple(e for e in entries if entry_key(e) not in skip_keys)
    return parsed, build_articles(entries, parsed, feed_url=url, feed_id=feed_id,
                                  summary=summary)


def build_articles(
    entries: Sequence[FeedEntry],
    feed: ParsedFeed,
    *,
    feed_url: str,
    feed_id: int | None = None,
    summary: SummaryBudget | None = None,
    page_html: str | bytes | None = None,
    memory: boilerplate.Memory = b"",
) -> list[Article]:
    """An Article for each of `entries` of one feed document: the boilerplate they repeat
    (`feed_template`, read from the text each entry is cleaned to once) is cut from each.
    The preview (`process_feed`) and the pool (`bot.content.jobs.build`) both build this way."""
    return learn_articles(entries, feed, feed_url=feed_url, feed_id=feed_id, summary=summary,
                          page_html=page_html, memory=memory)[0]


def learn_articles(
    entries: Sequence[FeedEntry],
    feed: ParsedFeed,
    *,
    feed_url: str,
    feed_id: int | None = None,
    summary: SummaryBudget | None = None,
    page_html: str | bytes | None = None,
    memory: boilerplate.Memory = b"",
) -> tuple[list[Article], boilerplate.Memory]:
    """`build_articles`, the template voted by these entries and the feed's recent items
    (`memory`: a poll in steady state brings one or two); returns the memory with them."""
    bodies = [body_of(e) for e in entries]
    template_memory, home_memory = home.split_memory(memory)
    template, template_memory = feed_template(entries, bodies, template_memory)
    guess = None
    read: list[home.ItemEvidence | None] = [None] * len(entries)
    hint = language.feed_hint(feed.language, feed_url, feed.link, feed.description,
                              feed.rights)
    if language.region(hint) is None:
        # no country in the feed's domain, language tag or description: its items say it
        guess, home_memory, read = home.learn_items(
            feed, feed_url, [(e.title, b.paragraphs, b.html) for e, b in zip(entries, bodies,
                                                                           strict=True)],
            home_memory, [(e.link, e.categories) for e in entries],
        )
    country = guess.code if guess else None
    base = language.base(hint) or "en"
    if country is None and language.region(hint) is None and geo.supported(base) and (
        usual := geo.default_home(base)
    ) and usual <= home.filed_abroad([e.link for e in entries], hint):
        # "/world/us/…" in an English feed: the US is abroad for this outlet, wherever it is
        country = home.ABROAD_ONLY
    memory = home.join_memory(template_memory, home_memory)
    # "Copyright 2026 Meridian Press. All rights reserved." closing one item: that name credited
    # as an author of any item of the feed is the agency ("Dana Whitfield and Meridian Press").
    holders = attribution.rights_holders(
        itertools.chain.from_iterable((b.html, b.other) for b in bodies)
    )
    articles = [
        build_article(e, feed, feed_url=feed_url, feed_id=feed_id, summary=summary,
                      page_html=page_html, prepared=b, template=template,
                      rights_holders=holders, home_country=country,
                      scanned=r.scanned if r else None)
        for e, b, r in zip(entries, bodies, read, strict=True)
    ]
    if release_section(feed.title):
        # a press office's feed of its releases: "Media releases" is its section, not a kind
        articles = [replace(a, categories=without_release_category(a.categories))
                    for a in articles]
    return articles, memory
