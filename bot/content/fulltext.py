"""Full text for teaser-only feeds: pick the article's main text out of its web page.

Pure functions only: the caller fetches the page through the safe fetcher (size cap, SSRF
guard) and hands the bytes here. trafilatura does the main-text extraction (boilerplate,
navigation, comments and sidebars out); its HTML output then goes through our own cleaner so
full text and feed text look the same downstream.
"""

from __future__ import annotations

import importlib
import logging
import re
from collections.abc import Sequence
from types import ModuleType

from selectolax.lexbor import LexborHTMLParser as HTMLParser

log = logging.getLogger(__name__)

MAX_PAGE_BYTES = 3_000_000  # article pages are ~50-500 KB; more is not an article
TEASER_MAX_WORDS = 120  # fewer words than this is a teaser, not an article

_TRUNCATION = re.compile(
    r"(?:…|\.\.\.|\[…\]|\[\.\.\.\]|read more|continue reading|read the full (?:story|article))"
    r"\W*$",
    re.IGNORECASE,
)


def load_extractor() -> ModuleType:
    """trafilatura, imported on first use: it pulls in lxml and a tree of parsers, and one
    broken optional dependency (lxml's separate html_clean project, say) must cost only
    full-text mode, never the whole CLI. Raises ImportError with the cause."""
    return importlib.import_module("trafilatura")


def extractor_problem() -> str | None:
    """Why full-text extraction cannot run here, or None when it can (for `doctor`)."""
    try:
        load_extractor()
    except Exception as e:  # ImportError, or whatever a half-installed dependency raises
        return f"{type(e).__name__}: {e}".splitlines()[0]
    return None


def extract_main_text(html: str | bytes, url: str) -> list[str]:
    """Paragraphs of the page's main text, cleaned like feed text; [] when there is none.

    Never raises on bad pages: broken, hostile or empty markup gives [] and a log line.
    """
    if not html:
        return []
    if len(html) > MAX_PAGE_BYTES:
        log.info("page %s is %d bytes; only the first %d are read", url, len(html), MAX_PAGE_BYTES)
        html = html[:MAX_PAGE_BYTES]
    try:
        trafilatura = load_extractor()
    except Exception as e:
        log.error("full-text extraction unavailable, keeping the feed's teaser: %s", e)
        return []
    try:
        extracted = trafilatura.extract(
            html,
            url=url,
            output_format="html",
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            favor_precision=True,
        )
    except Exception as e:  # trafilatura/lxml raise many types on broken markup
        log.warning("main-text extraction failed for %s: %s", url, e)
        return []
    if not extracted:
        log.info("no main text found in %s", url)
        return []
    from bot.content.clean import clean_html  # the cleaning tables: with the first page

    return clean_html(_drop_headline(extracted))


def _drop_headline(html: str) -> str:
    """trafilatura puts the page's <h1> first: that is the item's title, not its text."""
    tree = HTMLParser(html)
    body = tree.body
    first = body.child if body is not None else None
    while first is not None and first.tag == "-text":
        first = first.next
    if first is not None and first.tag == "h1":
        first.decompose()
    return tree.html or ""


def is_teaser(paragraphs: Sequence[str], *, max_words: int = TEASER_MAX_WORDS) -> bool:
    """Does the feed carry only a teaser (short, or visibly cut off) rather than the article?"""
    words = sum(len(p.split()) for p in paragraphs)
    if words < max_words:
        return True
    return bool(paragraphs) and bool(_TRUNCATION.search(paragraphs[-1]))
