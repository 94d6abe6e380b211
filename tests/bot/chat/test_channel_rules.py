"""Issue 21 in the platform-free core: preview, formats per channel and feed, mentions,
one feed from a site, who may subscribe — commands on a real SQLite store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.chat.commands import CommandHandler, pings_everyone
from bot.core.errors import CommandError, FetchError, NotAFeedError
from bot.core.types import Article, ChannelRef, CommandContext

CH = ChannelRef("discord", "123456789012345678")
OTHER = ChannelRef("discord", "223456789012345678")
ADMIN = CommandContext(channel=CH, user="1", is_admin=True, workspace="G1")
MEMBER = CommandContext(channel=CH, user="2", is_admin=False, workspace="G1")
EDITOR = CommandContext(channel=CH, user="3", is_admin=False, workspace="G1",
                        roles=("555555555555555555",))
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
URL = "https://wire.example/feed.xml"


def _article(title: str, relevance: float, *, hours: float = 1, text: str = "") -> Article:
    return Article(
        key=title, story_key=title[:12].ljust(12, "0"), title=title,
        link="https://wire.example/" + title.replace(" ", "-"),
        summary=f"{title}. The ministry said talks continue.",
        text=text or f"{title}. The ministry said talks continue.",
        outlet="Meridian Wire", relevance=relevance, tags=("europe",),
        published=NOW - timedelta(hours=hours),
    )


ITEMS = [
    _article("EU sanctions Russian tankers", 0.9),
    _article("NATO ministers meet on Ukraine aid", 0.8),
    _article("Local football club wins cup", 0.1),
    _article("Old treaty talks resume", 0.9, hours=24 * 40),
]


async def _load(url: str) -> list[Article]:
    if "gone" in url:
        raise FetchError(url, "HTTP 404 Not Found", status=404)
    return list(ITEMS)


async def _check(ctx: CommandContext, value: str) -> tuple[str, str]:
    """The Discord adapter's check, minus Discord: one known role."""
    if value in ("<@&555555555555555555>", "@editors", "editors"):
        return "<@&555555555555555555>", "@editors"
    if value == "@evil":  # a platform answering something that pings everyone
        return "@everyone", "@evil"
    raise CommandError(f"no role {value!r} on this server")


@pytest.fixture
async def handler(sqlite_store) -> CommandHandler:
    return CommandHandler(sqlite_store, now=lambda: NOW, load_feed=_load, retention_days=30,
                          mention_checks={"discord": _check})


async def _follow(store, url: str = URL) -> int:
    feed, _ = await store.add_feed(url, name="Meridian")
    await store.subscribe(CH, feed.id)
    return feed.id


async def test_preview_shows_what_the_channel_would_get_and_why_the_rest_is_dropped(
    handler, sqlite_store
) -> None:
    reply = await handler.handle(ADMIN, f"preview {URL}")
    assert reply.ok and reply.ephemeral
    assert reply.digest is not None
    assert [i.headline for i in reply.digest.items] == [
        "EU sanctions Russian tankers", "NATO ministers meet on Ukraine aid"]
    assert "2 of 4 items would be posted; 2 dropped" in reply.text
    assert "1 below the relevance threshold 0.50" in reply.text
    assert "1 older than the retention window" in reply.text
    assert await sqlite_store.list_feeds() == []  # a preview stores nothing


async def test_preview_applies_the_channels_threshold_filters_and_format(
    handler, sqlite_store
) -> None:
    feed_id = await _follow(sqlite_store)
    await handler.handle(ADMIN, f"filters {feed_id} exclude NATO")
    await handler.handle(ADMIN, "settings format compact")
    reply = await handler.handle(ADMIN, f"preview {feed_id}")
    assert reply.digest is not None
    (item,) = reply.digest.items
    assert item.headline == "EU sanctions Russian tankers"
    assert item.summary == "" and item.tags == () and item.link  # compact
    assert "filtered: excluded keyword 'nato'" in reply.text.lower()
    await handler.handle(ADMIN, "settings threshold 0.05")
    lower = await handler.handle(ADMIN, "preview Meridian")  # the football item passes now
    assert "2 of 4" in lower.text and "below the relevance" not in lower.text


async def test_preview_refuses_unknown_feeds_and_unreachable_urls(handler) -> None:
    unknown = await handler.handle(ADMIN, "preview nosuchfeed")
    assert not unknown.ok and "no feed 'nosuchfeed'" in unknown.text
    gone = await handler.handle(ADMIN, "preview https://wire.example/gone.xml")
    assert not gone.ok and "404" in gone.text
    blocked = await handler.handle(ADMIN, "preview http://127.0.0.1/feed")
    assert not blocked.ok and "cannot preview" in blocked.text


async def test_members_may_subscribe_only_where_the_workspace_allows(
    handler, sqlite_store
) -> None:
    feed, _ = await sqlite_store.add_feed(URL, name="Meridian")
    await sqlite_store.subscribe(OTHER, feed.id)
    for command in ("subscribe Meridian", "unsubscribe Meridian", f"preview {URL}"):
        refused = await handler.handle(MEMBER, command)
        assert not refused.ok and "is for admins" in refused.text, command
    assert not (await handler.handle(MEMBER, "workspace members everyone")).ok

    saved = await handler.handle(ADMIN, "workspace members @editors")
    assert saved.ok and "members of @editors" in saved.text
    assert not (await handler.handle(MEMBER, "subscribe Meridian")).ok  # not in the role
    assert (await handler.handle(EDITOR, "subscribe Meridian")).text.startswith("Now following")
    assert (await handler.handle(EDITOR, f"preview {URL}")).ok
    # Feed creation and filters stay admin-only.
    for command in ("feeds add https://x.example/rss", "filters Meridian exclude x",
                    "feeds remove Meridian", "workspace alerts off"):
        assert not (await handler.handle(EDITOR, command)).ok, command

    await handler.handle(ADMIN, "workspace members everyone")
    assert (await handler.handle(MEMBER, "unsubscribe Meridian")).ok
    # Another workspace is not affected.
    elsewhere = CommandContext(channel=CH, user="2", workspace="G2")
    assert not (await handler.handle(elsewhere, "subscribe Meridian")).ok


async def test_formats_per_channel_and_per_feed(handler, sqlite_store) -> None:
    feed_id = await _follow(sqlite_store)
    bad = await handler.handle(ADMIN, "settings format tiny")
    assert not bad.ok and "unknown format 'tiny'" in bad.text
    bad = await handler.handle(ADMIN, f"filters {feed_id} format huge")
    assert not bad.ok and "unknown format 'huge'" in bad.text
    assert not (await handler.handle(ADMIN, "settings quotes maybe")).ok
    assert (await handler.handle(ADMIN, "settings tags off")).ok
    saved = await handler.handle(ADMIN, f"filters {feed_id} format full")
    assert saved.ok and "format full" in saved.text
    (sub,) = await sqlite_store.subscriptions_for_channel(CH)
    assert sub.options.style == "full"
    sources = await handler.handle(MEMBER, "sources")
    assert "format full" in sources.text and "tags off" in sources.text
    await handler.handle(ADMIN, f"filters {feed_id} format default")
    (sub,) = await sqlite_store.subscriptions_for_channel(CH)
    assert sub.options.style is None
    assert not (await handler.handle(MEMBER, f"filters {feed_id} format compact")).ok


@pytest.mark.parametrize("value", ["@everyone", "@here", "<!channel>", "<!here>", "everyone",
                                   "<!everyone>", "@Channel"])
async def test_a_mention_that_would_ping_everyone_is_refused(handler, sqlite_store,
                                                             value: str) -> None:
    feed_id = await _follow(sqlite_store)
    reply = await handler.handle(ADMIN, f'filters {feed_id} mention "{value}"')
    assert not reply.ok and "ping everyone" in reply.text
    assert pings_everyone(value)
    (sub,) = await sqlite_store.subscriptions_for_channel(CH)
    assert sub.options.mention is None


async def test_mentions_are_checked_against_the_platform(handler, sqlite_store) -> None:
    feed_id = await _follow(sqlite_store)
    unknown = await handler.handle(ADMIN, f"filters {feed_id} mention @nobody")
    assert not unknown.ok and "no role '@nobody'" in unknown.text
    sneaky = await handler.handle(ADMIN, f"filters {feed_id} mention @evil")
    assert not sneaky.ok
    ok = await handler.handle(ADMIN, f"filters {feed_id} mention @editors")
    assert ok.ok and "mentions @editors" in ok.text
    (sub,) = await sqlite_store.subscriptions_for_channel(CH)
    assert sub.options.mention == "<@&555555555555555555>"
    console = CommandContext(channel=ChannelRef("console", "world"), user="cli", is_admin=True)
    feed, _ = await sqlite_store.add_feed("https://b.example/rss")
    await sqlite_store.subscribe(console.channel, feed.id)
    assert "no roles" in (await handler.handle(console, f"filters {feed.id} mention @x")).text


async def test_webhook_name_and_avatar_are_checked(handler, sqlite_store) -> None:
    feed_id = await _follow(sqlite_store)
    assert not (await handler.handle(ADMIN, f"filters {feed_id} avatar http://x/a.png")).ok
    assert not (await handler.handle(ADMIN, f'filters {feed_id} name "Discord news"')).ok
    assert (await handler.handle(ADMIN, f'filters {feed_id} name "Meridian Wire"')).ok
    assert (await handler.handle(ADMIN, f"filters {feed_id} avatar https://m.example/a.png")).ok
    (sub,) = await sqlite_store.subscriptions_for_channel(CH)
    assert (sub.options.sender_name, sub.options.sender_avatar) == (
        "Meridian Wire", "https://m.example/a.png")


async def test_one_feed_from_a_site_is_subscribed_several_are_offered(sqlite_store) -> None:
    async def probe(url: str) -> None:
        if url == "https://one.example/":
            raise NotAFeedError(url, "web page", alternates=("https://one.example/rss",))
        if url == "https://many.example/":
            raise NotAFeedError(url, "web page", alternates=tuple(
                f"https://many.example/{n}.xml" for n in range(7)))

    handler = CommandHandler(sqlite_store, probe=probe)
    one = await handler.handle(ADMIN, "feeds add https://one.example/")
    assert one.ok and "advertises one feed, https://one.example/rss" in one.text
    (sub,) = await sqlite_store.subscriptions_for_channel(CH)
    feed = await sqlite_store.get_feed(sub.feed_id)
    assert feed is not None and feed.url == "https://one.example/rss"

    many = await handler.handle(ADMIN, "feeds add https://many.example/")
    assert len(many.choices) == 5 and "advertises 7 feeds" in many.text
    assert "1. https://many.example/0.xml" in many.text and "and 2 more" in many.text
    assert len(await sqlite_store.list_feeds()) == 1  # nothing added until one is chosen
    chosen = await handler.handle(ADMIN, many.choices[2].command)
    assert chosen.ok and "https://many.example/2.xml" in chosen.text
    assert len(await sqlite_store.subscriptions_for_channel(CH)) == 2


async def test_workspace_alerts_setting(handler) -> None:
    assert "feed alerts: in each channel" in (await handler.handle(ADMIN, "workspace")).text
    routed = await handler.handle(ADMIN, "workspace alerts <#323456789012345678>")
    assert routed.ok and "all to discord:323456789012345678" in routed.text
    assert not (await handler.handle(ADMIN, "workspace alerts slack:C0123ABCD")).ok
    assert not (await handler.handle(ADMIN, "workspace alerts sometimes")).ok
    assert "feed alerts: off" in (await handler.handle(ADMIN, "workspace alerts off")).text


async def test_help_lists_the_commands_opened_to_this_member_with_theirs(handler) -> None:
    def readers_part(text: str) -> str:
        return text.split("For admins:")[0]

    closed = (await handler.handle(MEMBER, "help")).text
    assert "/news subscribe" not in readers_part(closed)
    assert "where an admin allowed it" in closed

    await handler.handle(ADMIN, "workspace members @editors")
    assert "/news subscribe" not in readers_part((await handler.handle(MEMBER, "help")).text)
    opened = (await handler.handle(EDITOR, "help")).text
    for command in ("subscribe", "unsubscribe", "preview"):
        assert f"/news {command} " in readers_part(opened), command
    assert "/news feeds add" not in readers_part(opened)  # still admin-only
    # Admins see the admin section as it is.
    assert "/news subscribe" not in readers_part((await handler.handle(ADMIN, "help")).text)
