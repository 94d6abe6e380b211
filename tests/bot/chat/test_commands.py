"""/news commands through the platform-free handler, on a real SQLite store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.chat.commands import CommandHandler, parse_duration
from bot.core.errors import CommandError, NotAFeedError
from bot.core.settings import PollSettings
from bot.core.types import Article, ChannelRef, CommandContext, FetchResult
from bot.ingest.schedule import plan_success

CH = ChannelRef("slack", "C0123ABCD")
ADMIN = CommandContext(channel=CH, user="U1", is_admin=True)
READER = CommandContext(channel=CH, user="U2", is_admin=False)
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
async def handler(sqlite_store) -> CommandHandler:
    return CommandHandler(sqlite_store, now=lambda: NOW)


async def _story(
    store, title: str, *, relevance: float = 0.9, outlet: str = "Meridian Wire",
    hours_ago: float = 1, subscribe: bool = True,
) -> None:
    feed, _ = await store.add_feed(f"https://{outlet.replace(' ', '').lower()}.example/feed")
    if subscribe:
        await store.subscribe(CH, feed.id)
    a = Article(
        key=title,
        story_key=str(abs(hash(title)))[:12].ljust(12, "0"),
        title=title,
        link="https://x.example/" + title.replace(" ", "-"),
        summary=title + ".",
        text=title,
        outlet=outlet,
        relevance=relevance,
        reasons=("+ sanctions",),
        tags=("europe",),
        published=NOW - timedelta(hours=hours_ago),
        feed_id=feed.id,
    )
    update = plan_success(
        feed, FetchResult(url=feed.url, status=200, body=b""), NOW, PollSettings()
    )
    await store.ingest(feed.id, update, [a], [], NOW)


async def test_help_and_unknown_command(handler) -> None:
    assert "/news latest" in (await handler.handle(READER, "/news")).text
    reply = await handler.handle(READER, "/news frobnicate")
    assert not reply.ok and "unknown command 'frobnicate'" in reply.text and "help" in reply.text


async def test_apostrophes_backslashes_and_lone_quotes_are_ordinary(handler, sqlite_store) -> None:
    await _story(sqlite_store, "O'Brien meets envoys in Côte d'Ivoire")
    for text in ("search O'Brien", "search côte d'ivoire", 'search "kim jong'):
        reply = await handler.handle(READER, text)
        assert reply.ok, (text, reply.text)
    found = await handler.handle(READER, "search O'Brien")
    assert found.digest is not None and len(found.digest.items) == 1
    feed = (await sqlite_store.list_feeds())[0]
    await handler.handle(ADMIN, f"filters {feed.id} include o'brien")
    reply = await handler.handle(ADMIN, rf"filters {feed.id} include-regex \bsudan\b")
    assert reply.ok, reply.text
    sub = (await sqlite_store.subscriptions_for_channel(CH))[0]
    assert sub.filters.include == ("o'brien",)
    assert sub.filters.include_regex == (r"\bsudan\b",)


async def test_admin_commands_refuse_non_admins(handler, sqlite_store) -> None:
    for text in (
        "feeds add https://example.com/rss",
        "filters 1 clear",
        "subscribe 1",
        "settings mode roundup",
    ):
        reply = await handler.handle(READER, text)
        assert not reply.ok and "admins" in reply.text
    assert await sqlite_store.list_feeds() == []


async def test_feeds_add_list_remove(handler, sqlite_store) -> None:
    reply = await handler.handle(ADMIN, 'feeds add https://example.com/rss "Example News"')
    assert reply.ok and "Added Example News" in reply.text
    again = await handler.handle(ADMIN, "feeds add https://example.com/rss")
    assert again.ok and "Already following" in again.text
    listing = await handler.handle(READER, "feeds list")
    assert listing.ok and "#1 Example News" in listing.text
    assert (await handler.handle(ADMIN, "feeds remove 1")).ok
    assert "follows no feeds" in (await handler.handle(READER, "feeds list")).text
    bad = await handler.handle(ADMIN, "feeds add ftp://example.com/x")
    assert not bad.ok and "only http and https" in bad.text


async def test_feeds_add_offers_discovered_feeds(sqlite_store) -> None:
    async def check(url: str) -> str:
        raise NotAFeedError(url, "web page", alternates=("https://example.com/feed.xml",
                                                        "https://example.com/comments.xml"))

    handler = CommandHandler(sqlite_store, probe=check)
    reply = await handler.handle(ADMIN, "feeds add https://example.com/")
    assert "https://example.com/feed.xml" in reply.text
    assert [c.command for c in reply.choices] == ['feeds add https://example.com/feed.xml',
                                                  'feeds add https://example.com/comments.xml']
    assert await sqlite_store.list_feeds() == []


async def test_latest_search_why_digest(handler, sqlite_store) -> None:
    await _story(sqlite_store, "EU sanctions Russian tankers")
    await _story(sqlite_store, "Kim Jong Un inspects missile plant", outlet="NK Desk")
    latest = await handler.handle(READER, "latest 2")
    assert latest.digest and len(latest.digest.items) == 2
    assert not (await handler.handle(READER, "latest 99")).ok
    found = await handler.handle(READER, "search kim jong un")
    assert found.digest and found.digest.items[0].headline.startswith("Kim Jong Un")
    assert "No stories match" in (await handler.handle(READER, "search zanzibar")).text
    hostile = await handler.handle(READER, 'search "a" OR NOT (')
    assert hostile.ok
    story = found.digest.items[0].story_key[:8]
    why = await handler.handle(READER, f"why {story}")
    assert "relevance: 0.90" in why.text and "+ sanctions" in why.text
    assert not (await handler.handle(READER, "why ffffffff")).ok
    digest = await handler.handle(READER, "digest 12h")
    assert digest.digest and len(digest.digest.items) == 2
    assert not (await handler.handle(READER, "digest yesterday")).ok


async def test_latest_and_search_list_what_the_channel_would_receive(
    handler, sqlite_store
) -> None:
    """Rejected stories (under the threshold, filtered out, from feeds the channel does not
    follow) never show; latest is newest first; digest SINCE counts from publication."""
    await _story(sqlite_store, "Sanctions talks resume in Geneva", hours_ago=5)
    await _story(sqlite_store, "Ceasefire holds in Sudan", outlet="Desk B", hours_ago=0.5)
    await _story(sqlite_store, "Envoys meet on Sudan aid", outlet="Desk C", hours_ago=2)
    await _story(sqlite_store, "Bakery wins sourdough prize in Sudan", outlet="Local Bakery",
                 relevance=0.02, hours_ago=0.1)
    await _story(sqlite_store, "Sudan talks from an unfollowed feed", outlet="Elsewhere",
                 hours_ago=0.2, subscribe=False)
    latest = await handler.handle(READER, "latest 10")
    assert latest.digest is not None
    assert [i.headline for i in latest.digest.items] == [
        "Ceasefire holds in Sudan", "Envoys meet on Sudan aid", "Sanctions talks resume in Geneva",
    ]
    found = await handler.handle(READER, "search sudan")
    assert found.digest is not None
    assert {i.headline for i in found.digest.items} == {
        "Ceasefire holds in Sudan", "Envoys meet on Sudan aid"}
    desk_c = await sqlite_store.find_feed("https://deskc.example/feed")
    await handler.handle(ADMIN, f"filters {desk_c.id} exclude aid")
    found = await handler.handle(READER, "search sudan")
    assert [i.headline for i in found.digest.items] == ["Ceasefire holds in Sudan"]
    recent = await handler.handle(READER, "digest 1h")
    assert recent.digest is not None
    assert [i.headline for i in recent.digest.items] == ["Ceasefire holds in Sudan"]


async def test_filters_are_validated_before_storing(handler, sqlite_store) -> None:
    await handler.handle(ADMIN, "feeds add https://example.com/rss News")
    ok = await handler.handle(ADMIN, "filters News include sanctions")
    assert ok.ok and "'sanctions'" in ok.text and "include" in ok.text
    bad = await handler.handle(ADMIN, "filters News include-regex (unclosed")
    assert not bad.ok and "invalid regular expression" in bad.text
    sub = (await sqlite_store.subscriptions_for_channel(CH))[0]
    assert sub.filters.include == ("sanctions",) and sub.filters.include_regex == ()


async def test_settings_validate_and_persist(handler, sqlite_store) -> None:
    assert (await handler.handle(ADMIN, "settings mode roundup")).ok
    assert (await handler.handle(ADMIN, "settings timezone Europe/Berlin")).ok
    assert (await handler.handle(ADMIN, "settings times 08:00,18:00")).ok
    assert (await handler.handle(ADMIN, "settings quiet 22:00-07:00")).ok
    for bad in (
        "settings mode hourly",
        "settings timezone Mars/Base",
        "settings times 25:00",
        "settings threshold 2",
        "settings quiet late",
        "settings colour blue",
    ):
        assert not (await handler.handle(ADMIN, bad)).ok, bad
    # A roundup inside the quiet hours contradicts them: refused either way round, with the fix.
    clash = await handler.handle(ADMIN, "settings times 08:00,23:30")
    assert not clash.ok and "23:30 fall in the quiet hours 22:00-07:00" in clash.text
    assert "settings quiet" in clash.text
    assert not (await handler.handle(ADMIN, "settings quiet 17:00-19:00")).ok
    s = await sqlite_store.channel_settings(CH)
    assert (s.mode, s.timezone, s.roundup_times, s.quiet_hours) == (
        "roundup",
        "Europe/Berlin",
        ("08:00", "18:00"),
        ("22:00", "07:00"),
    )


@pytest.mark.parametrize(
    ("text", "seconds"), [("30m", 1800), ("12h", 43200), ("2d", 172800), ("1w", 604800)]
)
def test_parse_duration(text: str, seconds: int) -> None:
    assert parse_duration(text).total_seconds() == seconds


@pytest.mark.parametrize("text", ["", "0h", "12", "h", "99w", "-1d"])
def test_parse_duration_rejects(text: str) -> None:
    with pytest.raises(CommandError):
        parse_duration(text)


async def test_removing_the_last_follower_stops_fetching_and_says_what_happened(
    sqlite_store,
) -> None:
    handler = CommandHandler(sqlite_store, now=lambda: NOW,
                             config_feeds=frozenset({("https://cfg.example/rss", str(CH))}))
    other = CommandContext(channel=ChannelRef("slack", "C999"), user="U1", is_admin=True)
    await handler.handle(ADMIN, "feeds add https://a.example/rss A")
    await handler.handle(other, "subscribe A")
    first = await handler.handle(ADMIN, "feeds remove A")
    assert first.ok and "no longer follows A" in first.text and "fetched" not in first.text
    last = await handler.handle(other, "unsubscribe A")
    assert last.ok and "No channel follows it now, so it is no longer fetched" in last.text
    far = NOW + timedelta(days=365)
    assert await sqlite_store.lease_due_feeds(far, limit=10, owner="w", lease_seconds=60) == []
    again = await handler.handle(ADMIN, "feeds remove A")
    assert not again.ok and "does not follow A" in again.text
    back = await handler.handle(ADMIN, "subscribe A")
    assert back.ok
    leased = await sqlite_store.lease_due_feeds(far, limit=10, owner="w", lease_seconds=60)
    assert [f.url for f in leased] == ["https://a.example/rss"]  # fetched again
    await handler.handle(ADMIN, "feeds add https://cfg.example/rss Cfg")
    cfg = await handler.handle(ADMIN, "feeds remove Cfg")
    assert cfg.ok and "config file" in cfg.text and "next start" in cfg.text


async def test_why_shows_the_headline_latest_shows(handler, sqlite_store) -> None:
    """One story from two outlets: `why <id>` explains the article `latest` lists."""
    # The older report is stored last (a slower feed): it has the higher row id.
    for outlet, title, hours in (("New Desk", "Geneva talks reach a deal", 1),
                                 ("Old Desk", "Talks open in Geneva", 5)):
        feed, _ = await sqlite_store.add_feed(f"https://{outlet.replace(' ', '')}.example/f")
        await sqlite_store.subscribe(CH, feed.id)
        a = Article(key=title, story_key="abcdef123456", title=title, link=None,
                    summary=title + ".", text=title, outlet=outlet, relevance=0.9,
                    published=NOW - timedelta(hours=hours), feed_id=feed.id)
        update = plan_success(feed, FetchResult(url=feed.url, status=200, body=b""), NOW,
                              PollSettings())
        await sqlite_store.ingest(feed.id, update, [a], [], NOW)
    latest = await handler.handle(READER, "latest 1")
    assert latest.digest is not None
    shown = latest.digest.items[0].headline
    why = await handler.handle(READER, "why abcdef12")
    assert why.ok and shown in why.text
