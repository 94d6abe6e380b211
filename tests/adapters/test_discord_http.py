"""The HTTP interactions endpoint: Ed25519 checks, PING, commands, autocomplete, deferral."""
# ruff: noqa: F811  (pytest fixtures imported from tests.support.discord_fixtures)

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from aiohttp import web
from nacl.signing import SigningKey

from bot.chat.commands import CommandHandler
from bot.core.errors import ConfigError
from bot.core.types import ChannelRef
from tests.support.discord_fixtures import (  # noqa: F401  (fixtures)
    MANAGE_GUILD,
    NOW,
    app,
    fake,
    interaction,
    make_adapter,
    option,
    seed_story,
)
from tests.support.fake_discord import APP_ID, FakeDiscord

CH = ChannelRef("discord", "123456789012345678")
KEY = SigningKey.generate()
PUBLIC = KEY.verify_key.encode().hex()
TS = str(int(NOW.timestamp()))


def signed(body: bytes, *, key: SigningKey = KEY, ts: str = TS) -> dict[str, str]:
    sig = key.sign(ts.encode() + body).signature.hex()
    return {
        "X-Signature-Ed25519": sig,
        "X-Signature-Timestamp": ts,
        "Content-Type": "application/json",
    }


@pytest.fixture
async def endpoint(make_adapter, aiohttp_client):
    async def make(**overrides: Any):
        adapter = await make_adapter(public_key=PUBLIC, **overrides)
        web_app = web.Application()
        web_app.add_routes(adapter.web_routes())
        return await aiohttp_client(web_app)

    return make


async def post(client, payload: Any, **kw: Any):
    body = json.dumps(payload).encode()
    return await client.post("/discord/interactions", data=body, headers=signed(body, **kw))


async def test_signed_ping_gets_pong(endpoint) -> None:
    client = await endpoint()
    resp = await post(client, {"type": 1, "id": "1", "application_id": APP_ID})
    assert resp.status == 200
    assert await resp.json() == {"type": 1}


@pytest.mark.parametrize(
    "case", ["missing", "bad-hex", "other-key", "tampered", "stale", "future", "bad-timestamp"]
)
async def test_bad_signatures_are_refused_with_401(endpoint, case: str) -> None:
    client = await endpoint()
    body = b'{"type": 1}'
    headers = signed(body)
    if case == "missing":
        headers.pop("X-Signature-Ed25519")
    elif case == "bad-hex":
        headers["X-Signature-Ed25519"] = "zz" * 64
    elif case == "other-key":
        headers = signed(body, key=SigningKey.generate())
    elif case == "tampered":
        body = b'{"type": 1 }'
    elif case == "stale":
        headers = signed(body, ts=str(int(NOW.timestamp()) - 301))
    elif case == "future":
        headers = signed(body, ts=str(int(NOW.timestamp()) + 301))
    elif case == "bad-timestamp":
        headers = signed(body, ts="yesterday")
    resp = await client.post("/discord/interactions", data=body, headers=headers)
    assert resp.status == 401
    assert (await resp.json())["error"]


async def test_signed_garbage_is_a_400_and_huge_bodies_a_413(endpoint) -> None:
    client = await endpoint()
    body = b"not json"
    resp = await client.post("/discord/interactions", data=body, headers=signed(body))
    assert resp.status == 400 and "JSON" in (await resp.json())["error"]
    big = b"{" + b" " * (300 * 1024) + b"}"
    resp = await client.post("/discord/interactions", data=big, headers=signed(big))
    assert resp.status == 413


async def test_latest_over_http_answers_in_the_response(endpoint, app) -> None:
    await seed_story(app.store, CH, "Talks resume in Vienna")
    client = await endpoint()
    resp = await post(
        client, interaction(["latest"], [option("count", 5, kind=4)], channel_id=CH.id)
    )
    body = await resp.json()
    assert body["type"] == 4
    assert body["data"]["flags"] == 64
    assert body["data"]["allowed_mentions"] == {"parse": []}
    assert body["data"]["embeds"][0]["title"] == "Talks resume in Vienna"


async def test_long_replies_continue_as_followups_after_the_response(
    endpoint, app, fake: FakeDiscord
) -> None:
    for i in range(12):
        await seed_story(app.store, CH, f"Story number {i}", outlet=f"Outlet {i}")
    client = await endpoint()
    resp = await post(
        client, interaction(["latest"], [option("count", 12, kind=4)], channel_id=CH.id)
    )
    body = await resp.json()
    assert len(body["data"]["embeds"]) == 10
    [follow] = await fake.wait_for("POST", f"/webhooks/{APP_ID}/interaction-token")
    assert len(follow.json["embeds"]) == 2
    assert follow.json["flags"] == 64 and follow.json["allowed_mentions"] == {"parse": []}


async def test_http_admin_check_uses_member_permissions(endpoint, app) -> None:
    client = await endpoint()
    args = [option("url", "https://feeds.example/rss")]
    refused = await (
        await post(client, interaction(["feeds", "add"], args, channel_id=CH.id))
    ).json()
    assert refused["data"]["flags"] == 64 and "for admins" in refused["data"]["content"]
    assert await app.store.list_feeds() == []
    ok = await (
        await post(
            client, interaction(["feeds", "add"], args, channel_id=CH.id, permissions=MANAGE_GUILD)
        )
    ).json()
    assert "Added" in ok["data"]["content"]
    assert len(await app.store.list_feeds()) == 1


async def test_configured_admin_user_and_role_are_admins(endpoint, app) -> None:
    client = await endpoint(admins=("1500000000000000009",), admin_role="777")
    args = [option("url", "https://a.example/rss")]
    by_user = interaction(["feeds", "add"], args, channel_id=CH.id, user_id="1500000000000000009")
    assert "Added" in (await (await post(client, by_user)).json())["data"]["content"]
    by_role = interaction(
        ["feeds", "add"], [option("url", "https://b.example/rss")], channel_id=CH.id
    )
    by_role["member"]["roles"] = ["777"]
    assert "Added" in (await (await post(client, by_role)).json())["data"]["content"]


async def test_feed_autocomplete_over_http(endpoint, app) -> None:
    await app.store.add_feed("https://a.example/rss", name="Asia Desk")
    await app.store.add_feed("https://b.example/rss", name="Europe Desk")
    client = await endpoint()
    payload = interaction(
        ["subscribe"], [option("feed", "asi", focused=True)], channel_id=CH.id, kind=4
    )
    body = await (await post(client, payload)).json()
    assert body == {"type": 8, "data": {"choices": [{"name": "#1 Asia Desk", "value": "1"}]}}


async def test_slow_command_is_deferred_then_completed(endpoint, app, fake: FakeDiscord) -> None:
    release = asyncio.Event()

    async def slow_check(url: str) -> str:
        await release.wait()
        return url

    app.commands.probe = slow_check
    client = await endpoint(defer_after=0.05)
    payload = interaction(
        ["feeds", "add"],
        [option("url", "https://slow.example/rss")],
        channel_id=CH.id,
        permissions=MANAGE_GUILD,
    )
    body = await (await post(client, payload)).json()
    assert body == {"type": 5, "data": {"flags": 64}}
    release.set()
    [edit] = await fake.wait_for(
        "PATCH", f"/webhooks/{APP_ID}/interaction-token/messages/@original"
    )
    assert "Added" in edit.json["content"]
    assert edit.json["allowed_mentions"] == {"parse": []}


async def test_a_crashing_command_is_an_ephemeral_error_with_a_hint(endpoint, app) -> None:
    async def broken(url: str) -> str:
        raise RuntimeError("bug")

    app.commands.probe = broken
    client = await endpoint()
    payload = interaction(
        ["feeds", "add"],
        [option("url", "https://x.example/rss")],
        channel_id=CH.id,
        permissions=MANAGE_GUILD,
    )
    body = await (await post(client, payload)).json()
    assert body["data"]["flags"] == 64
    assert "went wrong" in body["data"]["content"] and "/news help" in body["data"]["content"]


async def test_routes_need_a_valid_public_key(make_adapter) -> None:
    adapter = await make_adapter()
    with pytest.raises(ConfigError, match="DISCORD_PUBLIC_KEY is not set"):
        adapter.web_routes()
    with pytest.raises(ConfigError, match="64-character hex"):
        await make_adapter(start=False, public_key="not-hex")


async def test_signed_but_malformed_interaction_is_a_400(endpoint, app) -> None:
    client = await endpoint()
    payload = interaction(["latest"], channel_id=CH.id)
    del payload["token"]
    resp = await post(client, payload)
    assert resp.status == 400 and "malformed interaction" in (await resp.json())["error"]


class GatedCommands(CommandHandler):
    """The real handler, held at a gate: makes any command slow without touching its logic."""

    gate: asyncio.Event

    async def handle(self, ctx, text):  # type: ignore[no-untyped-def]
        await self.gate.wait()
        return await super().handle(ctx, text)


async def test_public_deferral_with_a_private_error_deletes_the_placeholder(
    endpoint, app, fake: FakeDiscord
) -> None:
    gated = GatedCommands(app.store, now=lambda: NOW)
    gated.gate = asyncio.Event()
    app.commands = gated
    client = await endpoint(defer_after=0.05)
    payload = interaction(["digest"], [option("since", "forever")], channel_id=CH.id)
    body = await (await post(client, payload)).json()
    assert body == {"type": 5, "data": {"flags": 0}}  # `digest` is public: public "thinking…"
    gated.gate.set()
    [follow] = await fake.wait_for("POST", f"/webhooks/{APP_ID}/interaction-token")
    assert fake.calls("DELETE", f"/webhooks/{APP_ID}/interaction-token/messages/@original")
    assert follow.json["flags"] == 64 and "duration" in follow.json["content"]
