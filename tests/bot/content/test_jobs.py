"""The process-pool jobs: what a pool worker imports, and that they build what the stages build."""

from __future__ import annotations

import pickle
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.content import articles, clustering, jobs
from bot.content.entries import diff_entries, known_blob, newest_first
from bot.content.keys import entry_key
from bot.content.parse import parse_feed
from bot.core.errors import ParseError
from bot.core.settings import SummarySettings
from tests.support.feedserver import rss_bytes

ROOT = Path(__file__).resolve().parents[3]


def test_a_pool_worker_imports_no_network_settings_or_extraction_library() -> None:
    code = (
        "import sys, bot.content.jobs;"
        "print(sorted(m for m in ('aiohttp', 'pydantic', 'trafilatura', 'bot.store', 'asyncpg')"
        " if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_build_is_build_article_plus_clustering_terms() -> None:
    body = rss_bytes(3, pad=300)
    parsed, took = jobs.parse(body, "https://news.example/rss", None)
    assert took >= 0 and parsed == parse_feed(body, url="https://news.example/rss")
    settings = SummarySettings()
    built = jobs.build(parsed.entries, jobs.feed_context(parsed), "https://news.example/rss", 7,
                       jobs.Budget(settings.max_words, settings.max_sentences))
    assert jobs.feed_context(parsed).entries == ()
    for entry, (article, terms) in zip(parsed.entries, built, strict=True):
        assert article == articles.build_article(
            entry, parsed, feed_url="https://news.example/rss", feed_id=7, summary=settings
        )
        lead = clustering.lead_of(article.text, article.summary)
        assert terms == clustering.terms_of(article.title, lead)
    docs = [(a.title, clustering.lead_of(a.text, a.summary)) for a, _ in built]
    assert jobs.terms(docs) == [t for _, t in built]


def test_build_marked_answers_is_story_and_the_feed_context_where_it_builds() -> None:
    """What the poller asks of every new article besides the build (`is_story`, the feed's
    common terms) comes back with it: the worker's main process loads neither table."""
    body = rss_bytes(3, pad=300)
    parsed, _ = jobs.parse(body, "https://news.example/rss", None)
    budget = jobs.Budget(SummarySettings().max_words, SummarySettings().max_sentences)
    context = jobs.feed_context(parsed)
    marked = jobs.build_marked(parsed.entries, context, "https://news.example/rss", 7, budget)
    built = jobs.build(parsed.entries, context, "https://news.example/rss", 7, budget)
    assert [(a, t) for a, t, _, _ in marked] == built
    for article, _, story, common in marked:
        assert story == articles.is_story(article)
        assert common == clustering.feed_context(7, article.outlet).common


def test_a_warm_pool_worker_has_loaded_the_build_and_nothing_of_the_network() -> None:
    code = (
        "import sys, bot.content.jobs as j; j.warm();"
        "print('bot.content.articles' in sys.modules,"
        " sorted(m for m in ('aiohttp', 'pydantic', 'bot.store') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "True []"


def test_a_warm_pool_worker_keeps_no_stopword_package() -> None:
    """stopwordsiso keeps every language's list (~3.6 MB) once imported: clustering reads the
    few lists it needs from the package's file instead, and gets the same words."""
    code = (
        "import sys, bot.content.jobs as j; j.warm();"
        "from bot.content import clustering as c; print('stopwordsiso' in sys.modules);"
        "import stopwordsiso as s;"
        "print(set().union(*c._stopword_lists(c.FOREIGN_STOPWORD_LANGS))"
        " == s.stopwords(c.FOREIGN_STOPWORD_LANGS))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    assert out.stdout.split() == ["False", "True"]


def test_first_poll_is_the_parse_diff_and_backlog_the_poller_made_of_a_first_poll() -> None:
    """`jobs.first_poll` (a first poll read in one pool job) gives what parsing the body, diffing
    it with the feed's stored keys, choosing the candidates and making every fresh entry a
    backlog row gave in the worker's process: the same rows, candidates and keys."""
    url = "https://news.example/rss"
    body = rss_bytes(9, pad=300)
    parsed, digests, _ = jobs.parse_items(body, url, None, frozenset())
    keys = [entry_key(e) for e in parsed.entries]
    stored = {keys[0]: None, keys[1]: "not-its-hash", "elsewhere": "h"}  # a backlog row, an edit
    cutoff = datetime(2024, 1, 3, tzinfo=UTC)  # items 0, 1, 9: too old to post
    read = jobs.first_poll(body, url, None, {}, stored, 7, cutoff, 4)
    read = pickle.loads(pickle.dumps(read))  # it comes back from a pool process
    diff = diff_entries(parsed, stored)
    context = jobs.feed_context(parsed)
    candidates = [e for e in newest_first(diff.fresh) if e.published and e.published >= cutoff][:4]
    rest = [e for e in diff.fresh if e not in candidates]
    assert read.context == context and read.fresh
    assert read.listed == diff.listed == tuple(keys) and read.edited == diff.edited
    assert [e.title for e in read.edited] == ["Item 1"]
    assert list(read.candidates) == candidates and len(candidates) == 4
    assert read.backlog == jobs.backlog(rest, context, url, 7)
    assert read.seen == jobs.backlog(candidates, context, url, 7)
    key_of = dict(zip(digests.entries, keys, strict=True))
    assert read.remember == known_blob(digests.listed, key_of)
    # Nothing new: no candidate, no row, the feed's keys still.
    again = jobs.first_poll(body, url, None, {}, dict.fromkeys(keys), 7, cutoff, 4)
    assert not again.fresh and again.candidates == () and again.backlog == again.seen == []
    assert again.listed == tuple(keys)


def test_a_first_poll_that_is_no_feed_fails_as_a_parse_does_even_from_a_pool_process() -> None:
    with pytest.raises(ParseError) as raised:
        jobs.first_poll(b"<html>no feed</html>", "https://news.example/rss", "text/html", {}, {},
                        7, datetime(2024, 1, 1, tzinfo=UTC), 4)
    back = pickle.loads(pickle.dumps(raised.value))  # as a pool process's error reaches us
    assert type(back) is ParseError and str(back) == str(raised.value)
    assert back.url == "https://news.example/rss"


def test_a_parse_loads_chardet_only_when_a_feed_needs_it() -> None:
    """jobs.parse_items leaves chardet unloaded (`jobs.defer_chardet`: ~1.7 MB in each
    process that parses, the worker's own in a cold cycle) until feedparser asks it of a
    body no declared encoding decodes; what it answers then is chardet's own."""
    sample = "été café naïve bientôt très français à l'hôtel".encode("cp1252")
    code = (
        "import sys\n"
        "from bot.content import jobs\n"
        "from tests.support.feedserver import rss_bytes\n"
        "jobs.parse_items(rss_bytes(5, pad=300), 'https://news.example/rss', None, frozenset())\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('chardet.'))\n"
        "import feedparser.encodings\n"
        f"found = feedparser.encodings.lazy_chardet_encoding({sample!r})\n"
        "print(loaded, 'chardet.detector' in sys.modules, found)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    import chardet

    assert out.stdout.split() == ["[]", "True", chardet.detect(sample)["encoding"]]
