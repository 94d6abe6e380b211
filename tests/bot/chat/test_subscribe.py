"""One add-and-subscribe service: `feeds add` (CLI and chat) and OPML import give the same
answer for the same URL. Definite failures are refused with the reason and the fix; failures
that may pass are added with a warning. Real fetches against a loopback feed server."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator

import pytest

from bot.chat import opml
from bot.chat.commands import CommandHandler
from bot.chat.subscribe import FeedRefused, check_feed
from bot.core.settings import load_settings
from bot.core.types import ChannelRef, CommandContext
from bot.ingest.probe import standalone_probe
from tests.support.feedserver import FeedServer, Route, html_page, rss_bytes

CH = ChannelRef("console", "world")
ADMIN = CommandContext(channel=CH, user="cli", is_admin=True)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
async def probe():  # type: ignore[no-untyped-def]
    settings = load_settings(allow_private_networks=True, fetch={"timeout": 5})
    async with standalone_probe(settings) as p:
        yield p


@pytest.fixture
async def urls(feedserver: FeedServer) -> AsyncIterator[dict[str, str]]:
    yield {
        "ok": feedserver.feed("/ok.xml", rss_bytes(2)),
        "404": feedserver.status("/missing.xml", 404),
        "410": feedserver.status("/gone.xml", 410),
        "page": feedserver.add("/page", Route(body=html_page(), content_type="text/html")),
        "junk": feedserver.add("/junk.xml", Route(body=b"\x00\x01 not a feed <<<")),
        "500": feedserver.status("/broken.xml", 500),
        "503": feedserver.status("/busy.xml", 503),
        "refused": f"http://127.0.0.1:{_closed_port()}/feed.xml",
        "nxdomain": "http://no-such-host.invalid/feed.xml",
    }


REFUSED = {
    "404": "HTTP 404",
    "410": "removed",
    "page": "is a web page, not a feed",
    "junk": "is not a feed",
    "nxdomain": "does not exist",
}
WARNED = {"500": "HTTP 500", "503": "HTTP 503", "refused": "could not be fetched just now"}


async def test_check_refuses_definite_failures_and_warns_on_temporary_ones(probe, urls) -> None:
    assert (await check_feed(urls["ok"], probe, allow_private_networks=True)).warning is None
    for key, text in REFUSED.items():
        with pytest.raises(FeedRefused, match=text):
            await check_feed(urls[key], probe, allow_private_networks=True)
    for key, text in WARNED.items():
        checked = await check_feed(urls[key], probe, allow_private_networks=True)
        assert checked.warning and text in checked.warning, key


async def test_chat_feeds_add_follows_the_same_rules(probe, urls, sqlite_store) -> None:
    handler = CommandHandler(sqlite_store, probe=probe, allow_private_networks=True)
    missing = await handler.handle(ADMIN, f"feeds add {urls['404']}")
    assert not missing.ok and "HTTP 404" in missing.text and "check the address" in missing.text
    nowhere = await handler.handle(ADMIN, f"feeds add {urls['nxdomain']}")
    assert not nowhere.ok and "check the spelling" in nowhere.text
    busy = await handler.handle(ADMIN, f"feeds add {urls['503']}")
    assert busy.ok and "Added" in busy.text and "Warning:" in busy.text
    assert [f.url for f in await sqlite_store.list_feeds()] == [urls["503"]]


async def test_opml_import_follows_the_same_rules(probe, urls, sqlite_store) -> None:
    entries = [opml.OpmlEntry(u, key, (), i + 1) for i, (key, u) in enumerate(urls.items())]
    plan = await opml.check_plan(opml.plan_import(entries, allow_private_networks=True), probe,
                                 allow_private_networks=True)
    assert {e.title for e in plan.add} == {"ok", *WARNED}
    assert {e.title for e, _ in plan.failed} == set(REFUSED)
    assert {e.title for e, _ in plan.warnings} == set(WARNED)
    report = await opml.apply_import(sqlite_store, plan, CH)
    assert len(report.added) == 1 + len(WARNED)
    lines = "\n".join(report.lines())
    assert "is a web page, not a feed" in lines and "added, but it could not be fetched" in lines
