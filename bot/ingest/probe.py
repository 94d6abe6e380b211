"""A test fetch of a feed URL before it is added: fetched and parsed the way the poller will,
so a URL that answers 404, names no host or serves no feed is caught while the admin is there.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable

from bot.core.settings import Settings, SummarySettings
from bot.core.types import Article
from bot.ingest import fetch


def make_probe(fetcher: fetch.Fetcher) -> Callable[[str], Awaitable[None]]:
    async def probe(url: str) -> None:
        from bot.content.parse import parse_feed  # the parsers: with the first probe

        result = await fetcher.fetch(url)
        if result.body:  # parsing one feed is quick: a thread, not the pool
            await asyncio.to_thread(
                parse_feed, result.body, url=url, content_type=result.content_type
            )

    return probe


# A preview builds at most this many items, the newest: a feed of thousands (a 15 MiB body
# can hold 70,000) would otherwise take minutes of CPU in the command's thread.
PREVIEW_ITEMS = 200


def make_loader(
    fetcher: fetch.Fetcher, summary: SummarySettings, *, newest: int = PREVIEW_ITEMS
) -> Callable[[str], Awaitable[list[Article]]]:
    """Fetch a feed and process its `newest` items as the poller would, storing nothing
    (`/news preview`). One feed: a thread, not the pool."""

    async def load(url: str) -> list[Article]:
        result = await fetcher.fetch(url)
        if not result.body:
            return []
        from bot.content.articles import process_feed  # the build's stages: when first used

        _, articles = await asyncio.to_thread(
            process_feed, result.body, url=url, content_type=result.content_type,
            summary=summary, newest=newest,
        )
        return articles

    return load


@contextlib.asynccontextmanager
async def standalone_probe(settings: Settings) -> AsyncIterator[Callable[[str], Awaitable[None]]]:
    """A probe with its own HTTP session, for CLI commands that run without the app."""
    session = fetch.make_session(
        settings.fetch, allow_private_networks=settings.allow_private_networks
    )
    async with session:
        yield make_probe(fetch.Fetcher(
            session, settings.fetch, allow_private_networks=settings.allow_private_networks
        ))
