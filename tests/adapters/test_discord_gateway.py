"""discord.py itself connects to the fake gateway, gets a `/news` interaction and answers it."""
# ruff: noqa: F811  (pytest fixtures imported from tests.support.discord_fixtures)

from __future__ import annotations

import asyncio

from bot.core.types import ChannelRef
from tests.support.discord_fixtures import (  # noqa: F401
    GUILD_ID,
    MANAGE_GUILD,
    app,
    fake,
    interaction,
    make_adapter,
    option,
    seed_story,
)
from tests.support.fake_discord import APP_ID, FakeDiscord

CH = ChannelRef("discord", "123456789012345678")


async def start_gateway(fake: FakeDiscord, make_adapter):
    adapter = await make_adapter(gateway=True, sync_commands=True, guild_id=int(GUILD_ID))
    async with asyncio.timeout(5):
        await fake.identified.wait()
    return adapter


async def test_commands_sync_to_the_dev_guild(fake: FakeDiscord, make_adapter) -> None:
    await start_gateway(fake, make_adapter)
    [put] = fake.calls("PUT", f"/applications/{APP_ID}/guilds/{GUILD_ID}/commands")
    [news] = put.json
    assert news["name"] == "news"
    subs = {o["name"]: o for o in news["options"]}
    assert set(subs) >= {
        "latest",
        "search",
        "digest",
        "sources",
        "why",
        "subscribe",
        "unsubscribe",
        "feeds",
        "filters",
        "settings",
        "help",
    }
    assert {o["name"] for o in subs["feeds"]["options"]} == {"add", "remove", "list", "import"}
    assert fake.identify_payload["token"] == "fake-bot-token"


async def test_latest_over_the_gateway(fake: FakeDiscord, make_adapter, app) -> None:
    await seed_story(app.store, CH, "Sanctions on @everyone widen")
    await seed_story(app.store, CH, "Summit set for Geneva", outlet="Harbor Times")
    await start_gateway(fake, make_adapter)
    await fake.dispatch(
        "INTERACTION_CREATE",
        interaction(["latest"], [option("count", 3, kind=4)], channel_id=CH.id),
    )
    [call] = await fake.wait_for("POST", "/interactions/1400000000000000001/interaction-token")
    body = call.json
    assert body["type"] == 4
    data = body["data"]
    assert data["allowed_mentions"] == {"parse": []}
    assert data["flags"] & 64  # only the caller sees `latest`
    assert data["content"].startswith("Latest 2 stories")
    titles = [e["title"] for e in data["embeds"]]
    assert "Summit set for Geneva" in titles
    assert "Sanctions on @\u200beveryone widen" in titles


async def test_admin_command_refused_without_manage_guild(
    fake: FakeDiscord, make_adapter, app
) -> None:
    await start_gateway(fake, make_adapter)
    payload = interaction(
        ["feeds", "add"],
        [option("url", "https://feeds.example/rss")],
        channel_id=CH.id,
        permissions="0",
    )
    await fake.dispatch("INTERACTION_CREATE", payload)
    [call] = await fake.wait_for("POST", "/interactions/")
    data = call.json["data"]
    assert data["flags"] & 64
    assert "for admins" in data["content"]
    assert await app.store.list_feeds() == []


async def test_admin_command_runs_with_manage_guild(fake: FakeDiscord, make_adapter, app) -> None:
    await start_gateway(fake, make_adapter)
    payload = interaction(
        ["feeds", "add"],
        [option("url", "https://feeds.example/rss"), option("name", "Feeds Example")],
        channel_id=CH.id,
        permissions=MANAGE_GUILD,
    )
    await fake.dispatch("INTERACTION_CREATE", payload)
    [call] = await fake.wait_for("POST", "/interactions/")
    assert "Added Feeds Example" in call.json["data"]["content"]
    [feed] = await app.store.list_feeds()
    assert feed.name == "Feeds Example"


async def test_slow_command_is_deferred_then_edited(fake: FakeDiscord, make_adapter, app) -> None:
    release = asyncio.Event()

    async def slow_check(url: str) -> str:
        await release.wait()
        return url

    app.commands.probe = slow_check
    adapter = await make_adapter(gateway=True, defer_after=0.05)
    async with asyncio.timeout(5):
        await fake.identified.wait()
    await fake.dispatch(
        "INTERACTION_CREATE",
        interaction(
            ["feeds", "add"],
            [option("url", "https://slow.example/rss")],
            channel_id=CH.id,
            permissions=MANAGE_GUILD,
        ),
    )
    [defer] = await fake.wait_for("POST", "/interactions/")
    assert defer.json["type"] == 5 and defer.json["data"]["flags"] == 64
    release.set()
    [edit] = await fake.wait_for(
        "PATCH", f"/webhooks/{APP_ID}/interaction-token/messages/@original"
    )
    assert "Added" in edit.json["content"] and edit.json["allowed_mentions"] == {"parse": []}
    assert adapter is not None


async def test_autocomplete_over_the_gateway(fake: FakeDiscord, make_adapter, app) -> None:
    await app.store.add_feed("https://a.example/rss", name="Asia Desk")
    await app.store.add_feed("https://b.example/rss", name="Europe Desk")
    await start_gateway(fake, make_adapter)
    await fake.dispatch(
        "INTERACTION_CREATE",
        interaction(
            ["feeds", "remove"], [option("feed", "desk", focused=True)], channel_id=CH.id, kind=4
        ),
    )
    [call] = await fake.wait_for("POST", "/interactions/")
    assert call.json == {
        "type": 8,
        "data": {
            "choices": [
                {"name": "#1 Asia Desk", "value": "1"},
                {"name": "#2 Europe Desk", "value": "2"},
            ]
        },
    }


async def test_digest_is_public_and_errors_are_private(
    fake: FakeDiscord, make_adapter, app
) -> None:
    await seed_story(app.store, CH, "Ceasefire holds")
    await start_gateway(fake, make_adapter)
    await fake.dispatch(
        "INTERACTION_CREATE", interaction(["digest"], [option("since", "2d")], channel_id=CH.id)
    )
    [call] = await fake.wait_for("POST", "/interactions/")
    assert not call.json["data"].get("flags", 0) & 64
    assert call.json["data"]["embeds"][0]["title"] == "Ceasefire holds"
    await fake.dispatch(
        "INTERACTION_CREATE",
        interaction(
            ["digest"],
            [option("since", "forever")],
            channel_id=CH.id,
            interaction_id="1400000000000000002",
        ),
    )
    [_, err] = await fake.wait_for("POST", "/interactions/", 2)
    assert err.json["data"]["flags"] & 64 and "duration" in err.json["data"]["content"]


async def test_configured_admin_role_over_the_gateway(fake: FakeDiscord, make_adapter, app) -> None:
    adapter = await make_adapter(gateway=True, admin_role="777")
    async with asyncio.timeout(5):
        await fake.identified.wait()
    payload = interaction(
        ["feeds", "add"], [option("url", "https://roles.example/rss")], channel_id=CH.id
    )
    payload["member"]["roles"] = ["777"]
    await fake.dispatch("INTERACTION_CREATE", payload)
    [call] = await fake.wait_for("POST", "/interactions/")
    assert "Added" in call.json["data"]["content"]
    assert adapter is not None
