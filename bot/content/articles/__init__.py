"""Feed bytes → Articles: parse, clean, summarize, quotes, attribution, relevance, tags.

Everything here is synchronous and CPU-bound; the poller runs `process_feed` in an executor so
the event loop never waits on it.

Each module imports only those above it: tables (non_story.json), headlines (kind labels in a
headline), kinds, structure (kinds told by structure), media (clips, episodes, live pages,
galleries; a written report with a clip), web_links, seen (a backlog's seen rows), listings,
stories (is_story), build (build_article), feeds (process_feed, build_articles,
learn_articles). This package re-exports their public names.
"""

from __future__ import annotations

from bot.content.articles.build import Body, SummaryBudget, body_of, build_article, feed_template
from bot.content.articles.feeds import build_articles, learn_articles, process_feed
from bot.content.articles.headlines import opens_with_kind_label
from bot.content.articles.media import (
    MEDIA_PAGE,
    TOPIC_TAGGED_CATEGORIES,
    TOPIC_TAGGED_WORDS,
    clip_labelled_report,
    is_media_item,
    with_medium,
    written_report,
)
from bot.content.articles.seen import SEEN_TEXT_CHARS, score_seen, seen_article, seen_text
from bot.content.articles.stories import is_story, story_gate_patterns
from bot.content.articles.tables import UNTITLED
from bot.content.articles.web_links import MAX_LINK_CHARS, web_link

__all__ = [
    "MAX_LINK_CHARS",
    "MEDIA_PAGE",
    "SEEN_TEXT_CHARS",
    "TOPIC_TAGGED_CATEGORIES",
    "TOPIC_TAGGED_WORDS",
    "UNTITLED",
    "Body",
    "SummaryBudget",
    "body_of",
    "build_article",
    "build_articles",
    "clip_labelled_report",
    "feed_template",
    "is_media_item",
    "is_story",
    "learn_articles",
    "opens_with_kind_label",
    "process_feed",
    "score_seen",
    "seen_article",
    "seen_text",
    "story_gate_patterns",
    "web_link",
    "with_medium",
    "written_report",
]
