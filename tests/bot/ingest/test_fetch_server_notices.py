"""A feed behind PHP notices (held-out set 43's shape, fixture 2301): a plugin printed
'Deprecated'/'Warning' notices before the XML declaration, so the server sent text/html. The
feed after the notices is whole: it is fetched and read, not refused as a web page; a real web
page behind the same notices is still one."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.content.parse import parse_feed
from bot.core.errors import NotAFeedError
from bot.core.settings import FetchSettings
from bot.ingest.fetch import Fetcher, make_session
from bot.ingest.urlguard import StaticResolver
from tests.support.feedserver import FeedServer, Route

FIXTURE = (Path(__file__).resolve().parents[2] / "data" / "realistic_feeds"
           / "2301_en_my_php_notices_before_declaration.rss.xml")
NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


@pytest.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    settings = FetchSettings(timeout=2.0, max_body_bytes=1024 * 1024)
    resolver = StaticResolver({"a.test": "127.0.0.1"})
    async with make_session(settings, allow_private_networks=True, resolver=resolver) as session:
        yield Fetcher(session, settings, clock=lambda: NOW)


async def test_feed_after_php_notices_is_read(feedserver: FeedServer, fetcher: Fetcher) -> None:
    body = FIXTURE.read_bytes()
    url = feedserver.add("/feed/", Route(body=body, content_type="text/html; charset=UTF-8"))
    result = await fetcher.fetch(url)
    assert result.body is not None
    parsed = parse_feed(result.body, url=url, content_type=result.content_type)
    assert [e.title for e in parsed.entries] == [
        "Manila and Kuala Lumpur agree hotline on Sulu Sea patrols",
        "Tawau council approves new market hall",
    ]
    assert parsed.title == "Kinabalu Evening Post"
    assert all("Deprecated" not in e.summary_html + e.content_html for e in parsed.entries)


async def test_web_page_after_php_notices_is_still_a_page(feedserver: FeedServer,
                                                          fetcher: Fetcher) -> None:
    notices = FIXTURE.read_bytes().split(b"<?xml", 1)[0]
    page = notices + b"<!doctype html><html><head><title>Error</title></head><body></body></html>"
    url = feedserver.add("/page", Route(body=page, content_type="text/html; charset=UTF-8"))
    with pytest.raises(NotAFeedError):
        await fetcher.fetch(url)
