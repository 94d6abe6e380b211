"""Issue 21 as a new admin tries it: preview of a site's page, refusals that name the command,
mentions spelled to look like @everyone, where feed alerts may be routed. Real fetches from
the loopback feed server, a real SQLite store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.chat.commands import CommandHandler, pings_everyone
from bot.core.settings import FetchSettings, SummarySettings
from bot.core.types import ChannelRef, CommandContext
from bot.ingest.fetch import Fetcher, make_session
from bot.ingest.probe import make_loader
from tests.support.feedserver import FeedServer, Route, html_page, rss_bytes
from tests.support.records import update_for

RSS_TYPE = "application/rss+xml"
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
CONSOLE = CommandContext(channel=ChannelRef("console", "world"), user="cli", is_admin=True)


@pytest.fixture
async def handler(sqlite_store) -> AsyncIterator[CommandHandler]:
    settings = FetchSettings(timeout=2.0)
    async with make_session(settings, allow_private_networks=True) as session:
        fetcher = Fetcher(session, settings, allow_private_networks=True)
        yield CommandHandler(sqlite_store, allow_private_networks=True,
                             load_feed=make_loader(fetcher, SummarySettings()))


async def test_preview_of_a_sites_page_previews_its_one_feed(
    handler: CommandHandler, feedserver: FeedServer
) -> None:
    feed = feedserver.feed("/rss.xml", rss_bytes(3, title="One Feed"))
    page = feedserver.add("/", Route(content_type="text/html", body=html_page((RSS_TYPE, feed))))
    reply = await handler.handle(CONSOLE, f"preview {page}")
    assert reply.ok, reply.text
    assert reply.text.startswith(f"{page} is a web page; it advertises one feed, {feed}. "
                                 f"Preview of {feed}")
    assert "of 3 items" in reply.text


async def test_preview_of_a_page_with_several_feeds_offers_a_preview_of_each(
    handler: CommandHandler, feedserver: FeedServer
) -> None:
    a = feedserver.feed("/a.xml", rss_bytes(2))
    b = feedserver.feed("/b.xml", rss_bytes(2))
    page = feedserver.add("/", Route(content_type="text/html",
                                     body=html_page((RSS_TYPE, a), (RSS_TYPE, b))))
    reply = await handler.handle(CONSOLE, f"preview {page}")
    assert "advertises 2 feeds; pick one" in reply.text
    assert [c.command for c in reply.choices] == [f"preview {a}", f"preview {b}"]
    chosen = await handler.handle(CONSOLE, reply.choices[1].command)
    assert chosen.ok and chosen.text.startswith(f"Preview of {b}")
    assert await handler.store.list_feeds() == []  # previews add nothing


async def test_a_preview_that_fails_says_preview_not_add(
    handler: CommandHandler, feedserver: FeedServer
) -> None:
    reply = await handler.handle(CONSOLE, f"preview {feedserver.url('/missing.xml')}")
    assert not reply.ok
    assert reply.text.startswith(f"cannot preview {feedserver.url('/missing.xml')}: HTTP 404")
    empty = feedserver.add("/empty", Route(content_type="text/html", body=html_page()))
    reply = await handler.handle(CONSOLE, f"preview {empty}")
    assert not reply.ok and "and preview that address" in reply.text


@pytest.mark.parametrize("value", [
    "＠everyone",  # full-width commercial at
    "﹫here",  # small commercial at
    "@\u200beveryone",  # zero-width space inside
    "@\u2060here",  # word joiner inside
    "@еveryone",  # Cyrillic е
    "@һere",  # Cyrillic һ
    "<!chаnnel>",  # Cyrillic а
    "＜!here＞",  # full-width brackets
    "@EVERYONE",
])
def test_look_alike_spellings_of_everyone_are_refused(value: str) -> None:
    assert pings_everyone(value)


@pytest.mark.parametrize("value", ["@editors", "@hereford", "everyone-eu", "@еditors"])
def test_roles_that_only_start_like_everyone_are_not_refused(value: str) -> None:
    assert not pings_everyone(value)


async def test_workspace_alerts_accept_here_a_name_and_a_bare_id(sqlite_store) -> None:
    handler = CommandHandler(sqlite_store)
    here = await handler.handle(CONSOLE, "workspace alerts here")
    assert here.ok and "all to console:world" in here.text
    named = await handler.handle(CONSOLE, "workspace alerts #ops")  # the error offered #channel
    assert named.ok and "all to console:ops" in named.text
    slack = CommandContext(channel=ChannelRef("slack", "C0000000A"), user="U1", is_admin=True,
                           workspace="T1")
    bare = await handler.handle(slack, "workspace alerts C0000000B")
    assert bare.ok and "all to slack:C0000000B" in bare.text
    by_name = await handler.handle(slack, "workspace alerts #ops")  # Slack sends it as text
    assert not by_name.ok and by_name.text.count("\n") == 0
    assert "`here` (this channel)" in by_name.text and "#channel" not in by_name.text


async def test_alerts_cannot_be_routed_into_another_workspaces_channel(sqlite_store) -> None:
    handler = CommandHandler(sqlite_store)
    ours = CommandContext(channel=ChannelRef("slack", "C0000000A"), user="U1", is_admin=True,
                          workspace="T1")
    theirs = CommandContext(channel=ChannelRef("slack", "C0000000Z"), user="U9", is_admin=True,
                            workspace="T2")
    assert (await handler.handle(theirs, "help")).ok  # a command there: its workspace is known
    refused = await handler.handle(ours, "workspace alerts <#C0000000Z>")
    assert not refused.ok and "belongs to another workspace" in refused.text
    ws = await sqlite_store.workspace_settings(ours.workspace_key)
    assert ws.alerts == "on"


async def test_preview_says_what_following_the_feed_would_post_now(
    sqlite_store, feedserver: FeedServer
) -> None:
    """"8 of 8 items would be posted" read as eight posts, where adding the feed posts the
    newest poll.first_poll_items and subscribing to a fetched feed posts none of them."""
    url = feedserver.feed("/rss.xml", rss_bytes(6, item_title="Ministers of {w} meet"))
    settings = FetchSettings(timeout=2.0)
    async with make_session(settings, allow_private_networks=True) as session:
        fetcher = Fetcher(session, settings, allow_private_networks=True)
        handler = CommandHandler(sqlite_store, allow_private_networks=True, first_poll_items=3,
                                 default_threshold=0.0,
                                 load_feed=make_loader(fetcher, SummarySettings()))
        new = await handler.handle(CONSOLE, f"preview {url}")
        assert "6 of 6 items would be posted" in new.text
        assert "Following it posts only the newest 3 stories of these now" in new.text
        feed, _ = await sqlite_store.add_feed(url)
        await sqlite_store.subscribe(ChannelRef("console", "other"), feed.id)
        fetched = await handler.handle(CONSOLE, f"preview {url}")
        assert "only the newest 3" in fetched.text  # known, but never fetched: as a new one
        update = replace(update_for(feed, NOW), url=url)
        await sqlite_store.update_feed(feed.id, update)
        fetched = await handler.handle(CONSOLE, f"preview {url}")
        assert "Following it posts none of these now" in fetched.text
        await sqlite_store.subscribe(CONSOLE.channel, feed.id)
        following = await handler.handle(CONSOLE, f"preview {url}")
        assert "Following it" not in following.text


async def test_bad_arguments_get_one_clear_line(sqlite_store) -> None:
    handler = CommandHandler(sqlite_store)
    feed, _ = await sqlite_store.add_feed("https://w.example/rss", name="Wire")
    await sqlite_store.subscribe(CONSOLE.channel, feed.id)
    # The usage listed the filter kinds only, not the new per-feed options.
    bogus = await handler.handle(CONSOLE, "filters Wire bogus x")
    assert not bogus.ok and "unknown filters action 'bogus'" in bogus.text
    assert "format" in bogus.text and "mention" in bogus.text and "\n" not in bogus.text
    # "admins extra" was taken for a role name: "console has no roles or user groups".
    extra = await handler.handle(CONSOLE, "workspace members admins extra")
    assert not extra.ok and "members is `admins`, `everyone` or one role" in extra.text
    # "@everyone" for members was answered "that would ping everyone".
    at = await handler.handle(CONSOLE, "workspace members @everyone")
    assert not at.ok and "use `workspace members everyone`" in at.text
    # An option was stored as the feed's name: "Added --trusted (feed #2)".
    option = await handler.handle(CONSOLE, "feeds add https://x.example/rss --trusted")
    assert not option.ok and "takes no options such as --trusted" in option.text
    assert len(await sqlite_store.list_feeds()) == 1


async def test_preview_of_a_followed_feed_without_filters_says_so_once(
    handler: CommandHandler, feedserver: FeedServer
) -> None:
    url = feedserver.feed("/rss.xml", rss_bytes(2))
    feed, _ = await handler.store.add_feed(url)
    await handler.store.subscribe(CONSOLE.channel, feed.id)
    reply = await handler.handle(CONSOLE, f"preview {feed.id}")
    assert "(threshold 0.50, no filters, format standard)" in reply.text


async def test_a_blocked_preview_says_why_once(sqlite_store, feedserver: FeedServer) -> None:
    """Was "cannot preview URL: refused URL: localhost resolves to 127.0.0.1 is a loopback
    address": the URL twice and a broken sentence."""
    url = feedserver.feed("/rss.xml", rss_bytes(2))
    settings = FetchSettings(timeout=2.0)
    async with make_session(settings) as session:
        handler = CommandHandler(sqlite_store,
                                 load_feed=make_loader(Fetcher(session, settings),
                                                       SummarySettings()))
        literal = await handler.handle(CONSOLE, f"preview {url}")
        assert literal.text.startswith(f"cannot preview {url}: 127.0.0.1 is a loopback address")
        named = url.replace("127.0.0.1", "localhost")
        reply = await handler.handle(CONSOLE, f"preview {named}")
        assert not reply.ok and reply.text.count(named) == 1 and "refused" not in reply.text
        assert reply.text.startswith(
            f"cannot preview {named}: localhost resolves to 127.0.0.1, a loopback address")
    assert feedserver.hits["/rss.xml"] == 0


async def test_preview_of_a_feed_of_thousands_builds_only_the_newest(
    sqlite_store, feedserver: FeedServer
) -> None:
    """A 5,000-item feed took ~10 s of CPU to preview (every item built, 10 shown); a 15 MiB
    feed could hold 70,000. The newest `preview_items` are built, and the reply says so."""
    url = feedserver.feed("/big.xml", rss_bytes(3000, item_title="Ministers of {w} meet"))
    settings = FetchSettings(timeout=5.0)
    async with make_session(settings, allow_private_networks=True) as session:
        fetcher = Fetcher(session, settings, allow_private_networks=True)
        handler = CommandHandler(sqlite_store, allow_private_networks=True, preview_items=50,
                                 default_threshold=0.0,
                                 load_feed=make_loader(fetcher, SummarySettings(), newest=50))
        reply = await handler.handle(CONSOLE, f"preview {url}")
    assert reply.ok and "of 50 items would be posted" in reply.text
    assert "Only the feed's newest 50 items were checked." in reply.text
    assert reply.digest is not None and len(reply.digest.items) == 10
