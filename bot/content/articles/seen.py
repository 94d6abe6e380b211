"""A first poll's backlog item stored as seen (built=False): headline, link, date, outlet,
authors and a standfirst's text, none of the costly stages; scored only when asked (score_seen)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from html import unescape

from bot.content import attribution, clean, clustering, kickers, language, relevance
from bot.content.articles.media import _scored_title, with_medium
from bot.content.articles.tables import _TAGS, UNTITLED
from bot.content.articles.web_links import web_link
from bot.content.keys import entry_hash, entry_key
from bot.core import lazy_re as re  # compiles each pattern on first use
from bot.core.types import Article, FeedEntry, ParsedFeed

SEEN_TEXT_CHARS = 600  # what relevance reads of a text (relevance.score samples 600)
_SEEN_HTML_CHARS = 8000  # a standfirst's markup, at most: a seen row never parses a whole body


def _without_lead(other_html: str, block_html: str) -> str:
    """`other_html` without `block_html`'s text where it opens with it (tags, entities and
    spacing aside): the byline block the body opens with, glued to a teaser's first words."""
    words = unescape(_TAGS.sub(" ", block_html)).split()
    if not words or not other_html:
        return other_html
    gap = r"(?:\s|&nbsp;|<[^>]*>)+"
    opening = re.compile(
        rf"^(?:\s|<[^>]*>)*{gap.join(re.escape(w) for w in words)}(?:\s*(?:</[^>]*>))*\s*"
    )
    return opening.sub("", other_html, count=1)


def seen_text(entry: FeedEntry) -> str:
    """The plain text a backlog row is searched and scored by: the entry's standfirst (its
    summary, else the start of its body), tags stripped and entities decoded
    (`clean.fix_entities`), cut at a word end. No cleaning, no paragraphs: a regex or two."""
    html = (entry.summary_html or entry.content_html)[:_SEEN_HTML_CHARS]
    if "<" in html:
        html = _TAGS.sub(" ", html)
    # = _SPACE_RUN.sub(" ", …).strip(): str.split splits on what \s matches (str.isspace)
    text = " ".join(clean.fix_entities(html).split())
    if len(text) > SEEN_TEXT_CHARS:
        text = text[:SEEN_TEXT_CHARS].rsplit(" ", 1)[0] + " …"
    return text


def seen_article(
    entry: FeedEntry, feed: ParsedFeed, *, feed_url: str, feed_id: int | None = None
) -> Article:
    """A first poll's backlog item, stored as seen (`built=False`): what `build_article` makes
    of the headline, link, date, outlet and author fields and `seen_text`, and none of the
    costly stages (cleaning the body, summary, quotes, tags, byline from the text). It is never
    posted, clustered or shown by `/news latest` (poll.backlog). It is stored unscored: only
    `/news search` and `why` read a backlog row's relevance, and they score it then
    (`score_seen`); scoring here was ~0.15 ms an item, a fifth of a 150-feed cold cycle."""
    link = web_link(attribution.article_link(entry, feed), feed_url)
    outlet, via = attribution.resolve_outlet(entry, feed, feed_url)
    labelled = clean.clean_title(entry.title)
    title = kickers.unglue_kicker(
        attribution.clean_headline(labelled, outlet, entry.authors), link) or UNTITLED
    text = seen_text(entry)
    key = entry_key(entry)
    return Article(
        key=key,
        story_key=clustering.story_key_for_link(link, key),
        title=title,
        link=link,
        summary="",
        text=text,
        outlet=outlet,
        via=via,
        authors=_authors(tuple(entry.authors), outlet, feed.title or ""),
        published=entry.published,
        categories=with_medium(entry, labelled),
        feed_id=feed_id,
        entry_hash=entry_hash(entry),
        built=False,
    )


def score_seen(article: Article, feed_url: str | None) -> Article:
    """A backlog row with its relevance, scored on its headline and standfirst as a built
    article is on its text (the feed's region from its domain; its declared language is not
    stored, so the text's language decides the rest). Others are returned as they are."""
    if article.built or article.relevance is not None:
        return article
    title = _scored_title(article.title) if article.title != UNTITLED else article.text[:120]
    rel = relevance.score(title, article.text, article.categories,
                          language_hint=language.feed_hint(None, feed_url))
    return replace(article, relevance=round(rel.score, 4) if rel.scored else None,
                   reasons=rel.reasons)


@lru_cache(maxsize=1024)
def _authors(names: tuple[str, ...], outlet: str, feed_title: str) -> tuple[str, ...]:
    """attribution.clean_authors of an item's author fields, remembered: a feed's items repeat
    the same bylines and desks (it is a pure function of these three)."""
    return attribution.clean_authors(names, outlet=outlet, feed_title=feed_title)
