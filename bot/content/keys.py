"""An item's identity and version (entry key, entry hash): what the poller compares with the
store for every item it fetches. Apart from bot.content.articles so that a process that only
compares (the worker's main process, whose builds run in a pool process) never imports the
build's stages and tables (bot/runtime/pool.py)."""

from __future__ import annotations

import hashlib

from bot.content import clustering
from bot.core.types import FeedEntry

__all__ = ["entry_hash", "entry_key"]


def entry_key(entry: FeedEntry) -> str:
    """Stable identity of an item: guid, else canonical link, else a hash of its content."""
    basis = (
        ("guid:" + entry.guid) if entry.guid
        else ("link:" + (clustering.canonical_link(entry.link) or "")) if entry.link
        else "hash:" + entry.title + "\x00" + entry.summary_html[:2000]
    )
    return hashlib.sha256(basis.encode("utf-8", "replace")).hexdigest()[:32]


def entry_hash(entry: FeedEntry) -> str:
    """Hash of what a reader sees of an entry: an edited title or text changes it."""
    basis = "\x00".join((entry.title, entry.summary_html, entry.content_html))
    return hashlib.sha256(basis.encode("utf-8", "replace")).hexdigest()[:24]
