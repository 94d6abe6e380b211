"""Issue 21 on Discord, against the loopback fake: preview answered privately, choices as
buttons that run the command for whoever presses them, role mentions checked against the
server and allowed only for that role, webhook name and avatar per feed, feed alerts once."""
# ruff: noqa: F811  (pytest fixtures imported from tests.support.discord_fixtures)

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from aiohttp import web
from nacl.signing import SigningKey

from bot.core.errors import NotAFeedError
from bot.core.types import Article, ChannelRef, FeedOptions, Notice
from bot.deliver import digest as digests
from bot.deliver.dispatcher import Dispatcher
from tests.support.discord_fixtures import (  # noqa: F401  (fixtures)
    GUILD_ID,
    MANAGE_GUILD,
    NOW,
    app,
    fake,
    interaction,
    make_adapter,
    option,
    seed_story,
)
from tests.support.fake_discord import FakeDiscord
from tests.support.records import article

CH = ChannelRef("discord", "123456789012345678")
KEY = SigningKey.generate()
PUBLIC = KEY.verify_key.encode().hex()
TS = str(int(NOW.timestamp()))
EDITORS = "1300000000000000007"
ROLES = [{"id": GUILD_ID, "name": "@everyone"}, {"id": EDITORS, "name": "editors"}]
WEBHOOK_URL = f"https://discord.com/api/webhooks/1700000000000000001/{'w' * 68}"


def signed(body: bytes) -> dict[str, str]:
    sig = KEY.sign(TS.encode() + body).signature.hex()
    return {"X-Signature-Ed25519": sig, "X-Signature-Timestamp": TS,
            "Content-Type": "application/json"}


@pytest.fixture
async def rig(make_adapter, aiohttp_client, app, fake: FakeDiscord):  # type: ignore[no-untyped-def]
    adapter = await make_adapter(public_key=PUBLIC, webhooks={"wire": WEBHOOK_URL})
    app.commands.mention_checks["discord"] = adapter.check_mention  # as App.start does
    fake.roles[GUILD_ID] = ROLES
    web_app = web.Application()
    web_app.add_routes(adapter.web_routes())
    client = await aiohttp_client(web_app)

    async def send(payload: dict[str, Any]) -> dict[str, Any]:
        body = json.dumps(payload).encode()
        resp = await client.post("/discord/interactions", data=body, headers=signed(body))
        assert resp.status == 200
        return await resp.json()  # type: ignore[no-any-return]

    return adapter, send


def command(words: list[str], opts: list[dict[str, Any]], *, admin: bool = True,
            roles: list[str] | None = None) -> dict[str, Any]:
    p = interaction(words, opts, channel_id=CH.id, permissions=MANAGE_GUILD if admin else "0")
    p["member"]["roles"] = roles or []
    return p


async def test_preview_is_private_with_the_stories_and_the_drops(rig, app) -> None:
    _, send = rig

    async def load(url: str) -> list[Article]:
        good = Article(key="a", story_key="a" * 12, title="EU sanctions Russian tankers",
                       link="https://w.example/a", summary="EU acts.", text="EU acts.",
                       outlet="Wire", relevance=0.9, published=NOW - timedelta(hours=1))
        return [good, replace(good, key="b", story_key="b" * 12, title="Cup final",
                              relevance=0.1)]

    app.commands.load_feed = load
    answer = await send(command(["preview"], [option("feed", "https://w.example/rss")]))
    data = answer["data"]
    assert data["flags"] == 64  # only the caller sees it
    assert "1 of 2 items would be posted; 1 dropped: 1 below the relevance threshold" in (
        data["content"])
    assert data["embeds"] and "EU sanctions" in json.dumps(data["embeds"])
    refused = await send(command(["preview"], [option("feed", "https://w.example/rss")],
                                 admin=False))
    assert refused["data"]["flags"] == 64 and "is for admins" in refused["data"]["content"]


async def test_several_feeds_become_buttons_that_run_for_whoever_presses(rig, app) -> None:
    _, send = rig
    feeds = ("https://site.example/news.xml", "https://site.example/comments.xml")

    async def probe(url: str) -> None:
        if url == "https://site.example/":
            raise NotAFeedError(url, "web page", alternates=feeds)

    app.commands.probe = probe
    answer = await send(command(["feeds", "add"], [option("url", "https://site.example/")]))
    (row,) = answer["data"]["components"]
    assert [b["custom_id"] for b in row["components"]] == [f"nb:feeds add {u}" for u in feeds]
    assert [b["label"] for b in row["components"]] == list(feeds)

    pressed = command(["feeds", "add"], [])
    pressed.update(type=3, data={"custom_id": row["components"][1]["custom_id"],
                                 "component_type": 2})
    done = await send(pressed)
    assert done["data"]["flags"] == 64 and "comments.xml" in done["data"]["content"]
    (sub,) = await app.store.subscriptions_for_channel(CH)
    assert (await app.store.get_feed(sub.feed_id)).url == feeds[1]
    # A member who is no admin pressing the same button is refused like the command.
    pressed["member"]["permissions"] = "0"
    pressed["data"]["custom_id"] = row["components"][0]["custom_id"]
    assert "is for admins" in (await send(pressed))["data"]["content"]


async def test_role_mentions_are_checked_against_the_server(rig, app) -> None:
    _, send = rig
    await seed_story(app.store, CH, "Ministers meet")
    (sub,) = await app.store.subscriptions_for_channel(CH)

    async def mention(value: str) -> str:
        answer = await send(command(["filters"], [option("feed", str(sub.feed_id)),
                                                  option("action", "mention"),
                                                  option("value", value)]))
        return str(answer["data"]["content"])

    assert "ping everyone" in await mention("@everyone")
    assert "ping everyone" in await mention("@here")
    assert "no role" in await mention(f"<@&{GUILD_ID}>")  # the @everyone role by its id
    assert "no role '@nobody'" in await mention("@nobody")
    assert "mentions @editors" in await mention("@editors")
    (sub,) = await app.store.subscriptions_for_channel(CH)
    assert sub.options.mention == f"<@&{EDITORS}>"


async def test_members_of_the_workspace_role_may_subscribe(rig, app) -> None:
    _, send = rig
    await app.store.add_feed("https://w.example/rss", name="Wire")
    editor = command(["subscribe"], [option("feed", "Wire")], admin=False, roles=[EDITORS])
    assert "is for admins" in (await send(editor))["data"]["content"]
    await send(command(["workspace"], [option("key", "members"), option("value", "@editors")]))
    assert "Now following Wire" in (await send(editor))["data"]["content"]
    other = command(["subscribe"], [option("feed", "Wire")], admin=False)
    assert "is for admins" in (await send(other))["data"]["content"]


async def test_a_feeds_mention_pings_only_that_role_and_webhooks_post_as_the_feed(
    rig, app, fake: FakeDiscord
) -> None:
    adapter, _ = rig
    await seed_story(app.store, CH, "Ministers meet in Geneva", deliver=True)
    (sub,) = await app.store.subscriptions_for_channel(CH)
    await app.store.set_options(sub.id, FeedOptions(mention=f"<@&{EDITORS}>", style="compact"))
    dispatcher = Dispatcher(app.store, {"discord": adapter}, clock=lambda: NOW)
    assert (await dispatcher.drain()).sent == 1
    (call,) = fake.calls("POST", f"/channels/{CH.id}/messages")
    assert call.json["content"].startswith(f"<@&{EDITORS}>")
    assert [str(r) for r in call.json["allowed_mentions"]["roles"]] == [EDITORS]
    assert not call.json["allowed_mentions"].get("parse")  # never everyone, never users

    hook = ChannelRef("discord", "webhook-wire")
    await seed_story(app.store, hook, "Envoys agree ceasefire", outlet="Example Times",
                     deliver=True)
    subs = await app.store.subscriptions_for_channel(hook)
    await app.store.set_options(subs[0].id, FeedOptions(
        sender_name="Example Times Desk", sender_avatar="https://times.example/logo.png"))
    assert (await dispatcher.drain()).sent == 1
    (posted,) = fake.calls("POST", "/webhooks/")
    assert posted.json["username"] == "Example Times Desk"
    assert posted.json["avatar_url"] == "https://times.example/logo.png"
    assert posted.json["allowed_mentions"] == {"parse": []}


async def test_feed_alerts_are_posted_once(rig, app, fake: FakeDiscord) -> None:
    adapter, _ = rig
    feed, _ = await app.store.add_feed("https://w.example/rss")
    notice = Notice(key=f"feed:{feed.id}:{CH}:2026-11-25", channel=CH, feed_id=feed.id,
                    kind="broken", text="Wire (feed #1) stopped: gone. `/news feeds remove 1`")
    assert await app.store.queue_notices([notice, notice], NOW) == 1
    dispatcher = Dispatcher(app.store, {"discord": adapter}, clock=lambda: NOW)
    assert (await dispatcher.send_notices()).sent == 1
    assert (await dispatcher.send_notices()).sent == 0
    (call,) = fake.calls("POST", f"/channels/{CH.id}/messages")
    assert "feeds remove 1" in call.json["content"] and call.json["nonce"]
    # A resend of the same notice (a crash before it was marked) returns the first message.
    again = await adapter.notify(CH, notice.text, key=notice.key)
    assert len(fake.stored[CH.id]) == 1 and again == fake.stored[CH.id][0]["id"]


async def test_choice_buttons_over_the_gateway(fake: FakeDiscord, make_adapter, app) -> None:
    """Gateway mode: discord.py sends the buttons as a view; a press comes back as a component
    interaction, runs `feeds add <url>` for the member who pressed and answers privately."""
    import asyncio

    feeds = ("https://site.example/news.xml", "https://site.example/comments.xml")

    async def probe(url: str) -> None:
        if url == "https://site.example/":
            raise NotAFeedError(url, "web page", alternates=feeds)

    app.commands.probe = probe
    await make_adapter(gateway=True, sync_commands=True, guild_id=int(GUILD_ID))
    async with asyncio.timeout(5):
        await fake.identified.wait()
    await fake.dispatch("INTERACTION_CREATE", command(["feeds", "add"],
                                                      [option("url", "https://site.example/")]))
    [call] = await fake.wait_for("POST", "/interactions/1400000000000000001/interaction-token")
    (row,) = call.json["data"]["components"]
    assert [b["custom_id"] for b in row["components"]] == [f"nb:feeds add {u}" for u in feeds]

    pressed = command(["feeds", "add"], [])
    pressed.update(type=3, id="1400000000000000002", token="press-token",
                   data={"custom_id": row["components"][0]["custom_id"], "component_type": 2},
                   message={**fake.message(CH.id, {"content": "x"}), "flags": 64})
    await fake.dispatch("INTERACTION_CREATE", pressed)
    [answer] = await fake.wait_for("POST", "/interactions/1400000000000000002/press-token")
    assert answer.json["data"]["flags"] & 64 and "news.xml" in answer.json["data"]["content"]
    (sub,) = await app.store.subscriptions_for_channel(CH)
    assert (await app.store.get_feed(sub.feed_id)).url == feeds[0]


async def test_a_roundup_pings_the_roles_of_its_feeds_and_nobody_else(
    rig, fake: FakeDiscord
) -> None:
    adapter, _ = rig
    desk = "1300000000000000008"
    roundup = replace(
        digests.roundup([article("a"), article("b")], title="News roundup"),
        # Two feeds' roles, one twice; a forged token is dropped, never sent.
        mentions=(f"<@&{EDITORS}>", f"<@&{desk}>", f"<@&{EDITORS}>", "@everyone"),
    )
    await adapter.post(CH, roundup, key="roundup:discord:x")
    (call,) = fake.calls("POST", f"/channels/{CH.id}/messages")
    assert call.json["content"].startswith(f"<@&{EDITORS}> <@&{desk}>")
    assert "@everyone" not in call.json["content"]
    assert [str(r) for r in call.json["allowed_mentions"]["roles"]] == [EDITORS, desk]
    assert not call.json["allowed_mentions"].get("parse")
