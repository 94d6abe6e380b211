"""Posting digests through discord.py to the loopback fake."""
# ruff: noqa: F811  (pytest fixtures imported from tests.support.discord_fixtures)

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.core.errors import ChannelGone, ConfigError, DeliveryError, RateLimited
from bot.core.types import ChannelRef, CommandContext, Coverage, Digest, DigestItem, Quote, Reply
from tests.support.discord_fixtures import app, fake, make_adapter  # noqa: F401
from tests.support.fake_discord import FakeDiscord, discord_snowflake

CH = ChannelRef("discord", "123456789012345678")


def story(headline: str = "Ministers meet in Geneva", **kw) -> Digest:
    item = DigestItem(
        story_key="abcdef1234567890",
        headline=headline,
        summary="Talks resumed. Both sides spoke.",
        link="https://example.com/a",
        outlet="Reuters",
        via="Google News",
        authors=("Jane Doe",),
        published=datetime(2026, 11, 25, 9, 30, tzinfo=UTC),
        quotes=(Quote("We are ready", "Jane Roe", "Foreign Ministry"),),
        **kw,
    )
    return Digest(kind="story", title=headline, items=(item,))


async def test_story_posts_one_embed_without_mentions(fake: FakeDiscord, make_adapter) -> None:
    adapter = await make_adapter()
    message_id = await adapter.post(CH, story("@everyone <@&42> look"), key="nb:discord:1:abc")
    [body] = fake.messages(CH.id)
    assert message_id.isdigit()
    assert body["allowed_mentions"] == {"parse": []}
    assert body["enforce_nonce"] is True and len(body["nonce"]) <= 25
    [embed] = body["embeds"]
    assert embed["url"] == "https://example.com/a"
    assert embed["author"]["name"] == "Reuters · Jane Doe"
    assert embed["footer"]["text"] == "via Google News · story abcdef12"
    assert "“We are ready” — Jane Roe, Foreign Ministry" in embed["description"]


def huge_item(i: int) -> DigestItem:
    sentence = f"Sentence {i} about the talks in Geneva continues at length. "
    return DigestItem(
        story_key=f"{i:016x}",
        headline="H" * 1000 + f" {i}",
        summary=sentence * 2000,
        link=f"https://example.com/{i}",
        outlet="O" * 500,
        via="V" * 3000,
        authors=tuple(f"Author {n}" for n in range(200)),
        published=datetime(2026, 11, 25, 9, 30, tzinfo=UTC),
        quotes=(Quote("q " * 5000, "S" * 400, "A" * 400),),
        tags=tuple(f"tag{n}" for n in range(500)),
        also_covered=tuple(
            Coverage(f"Outlet {n}", f"https://o{n}.example/x", "t") for n in range(300)
        ),
    )


def assert_within_limits(body: dict) -> None:
    embeds = body["embeds"]
    assert len(embeds) <= 10
    total = 0
    for e in embeds:
        assert len(e["title"]) <= 256 and len(e.get("description", "")) <= 4096
        assert len(e["author"]["name"]) <= 256 and len(e["footer"]["text"]) <= 2048
        assert len(e.get("fields", [])) <= 25
        for f in e.get("fields", []):
            assert len(f["name"]) <= 256 and len(f["value"]) <= 1024
        total += len(e["title"]) + len(e.get("description", "")) + len(e["author"]["name"])
        total += len(e["footer"]["text"]) + sum(
            len(f["name"]) + len(f["value"]) for f in e.get("fields", [])
        )
    assert total <= 6000
    assert len(body.get("content") or "") <= 2000


async def test_huge_story_fits_discord_limits(fake: FakeDiscord, make_adapter) -> None:
    adapter = await make_adapter()
    await adapter.post(CH, Digest("story", "big", (huge_item(1),)), key="k-huge")
    [body] = fake.messages(CH.id)
    assert_within_limits(body)
    [embed] = body["embeds"]
    # Cut at a sentence end, marked, never mid-word.
    assert embed["description"].split("\n\n")[0].endswith("length.…")


async def test_huge_roundup_is_split_over_messages_and_nothing_is_lost(
    fake: FakeDiscord, make_adapter
) -> None:
    adapter = await make_adapter(channel_rate=(100, 1.0))  # no pacing pauses in this test
    items = tuple(huge_item(i) for i in range(23))
    first_id = await adapter.post(CH, Digest("roundup", "Morning roundup", items), key="k-r")
    bodies = fake.messages(CH.id)
    assert len(bodies) >= 3
    for body in bodies:
        assert_within_limits(body)
    footers = [e["footer"]["text"] for b in bodies for e in b["embeds"]]
    assert len(footers) == 23  # every story went out, in order
    assert [f.rsplit("story ", 1)[1] for f in footers] == [f"{i:016x}"[:8] for i in range(23)]
    assert bodies[0]["content"] == "**Morning roundup**"
    assert first_id.isdigit()
    assert len({b["nonce"] for b in bodies}) == len(bodies)


async def test_resend_with_same_key_returns_the_original_message(
    fake: FakeDiscord, make_adapter
) -> None:
    adapter = await make_adapter()
    first = await adapter.post(CH, story(), key="nb:discord:1:abc")
    again = await adapter.post(CH, story(), key="nb:discord:1:abc")
    assert first == again
    other = await adapter.post(CH, story(), key="nb:discord:1:other")
    assert other != first


async def test_a_maybe_sent_story_found_in_history_is_not_sent_again(
    fake: FakeDiscord, make_adapter
) -> None:
    # Worker A posted the story and died before recording it; Discord's nonce window has long
    # passed (the fake forgets nonces here), so only the history check can tell.
    since = datetime.now(UTC) - timedelta(minutes=30)
    first = await (await make_adapter()).post(CH, story(), key="nb:discord:1:abc")
    fake._by_nonce.clear()
    fake.history_nonces = False  # as on Discord, whose history may not carry nonces
    adapter = await make_adapter()
    again = await adapter.post(CH, story(), key="nb:discord:1:abc", since=since)
    assert again == first and len(fake.messages(CH.id)) == 1
    [read] = fake.calls("GET", f"/channels/{CH.id}/messages")
    assert int(read.query["after"]) <= discord_snowflake(since)
    # Another story, not in the history, is sent.
    await adapter.post(CH, story("Another story"), key="nb:discord:1:def", since=since)
    assert len(fake.messages(CH.id)) == 2


async def test_a_maybe_sent_roundup_sends_only_its_missing_parts(
    fake: FakeDiscord, make_adapter
) -> None:
    adapter = await make_adapter(channel_rate=(100, 1.0))
    digest = Digest("roundup", "Morning roundup", tuple(huge_item(i) for i in range(23)))
    since = datetime.now(UTC)
    await adapter.post(CH, digest, key="k-r")
    parts = len(fake.messages(CH.id))
    # The crash came after the first part: the others never reached Discord.
    del fake.stored[CH.id][1:]
    fake._by_nonce.clear()
    await adapter.post(CH, digest, key="k-r", since=since)
    assert len(fake.messages(CH.id)) == parts + parts - 1
    assert len(fake.stored[CH.id]) == parts


async def test_history_unreadable_falls_back_to_the_nonce(fake: FakeDiscord, make_adapter) -> None:
    adapter = await make_adapter()
    first = await adapter.post(CH, story(), key="k-n")
    fake.script(f"/channels/{CH.id}/messages", (403, {"message": "Missing Access", "code": 50001}))
    assert await adapter.post(CH, story(), key="k-n", since=datetime.now(UTC)) == first
    assert len(fake.stored[CH.id]) == 1


async def test_history_check_failing_is_retried_later_not_posted(
    fake: FakeDiscord, make_adapter
) -> None:
    adapter = await make_adapter()
    fake.script(f"/channels/{CH.id}/messages", (400, {"message": "oops", "code": 0}))
    with pytest.raises(DeliveryError):
        await adapter.post(CH, story(), key="k-x", since=datetime.now(UTC))
    assert fake.stored[CH.id] == []


async def test_429_once_is_waited_out_and_nothing_is_dropped(
    fake: FakeDiscord, make_adapter
) -> None:
    adapter = await make_adapter()
    fake.script(
        f"/channels/{CH.id}/messages",
        (429, {"message": "You are being rate limited.", "retry_after": 0.01, "global": False}),
    )
    message_id = await adapter.post(CH, story(), key="k-429")
    calls = fake.calls("POST", f"/channels/{CH.id}/messages")
    assert len(calls) == 2 and calls[0].json == calls[1].json
    assert message_id.isdigit()


async def test_long_rate_limit_becomes_ratelimited_for_the_dispatcher(
    fake: FakeDiscord, make_adapter
) -> None:
    adapter = await make_adapter()
    fake.script(
        f"/channels/{CH.id}/messages",
        (429, {"message": "slow down", "retry_after": 120.0, "global": False}),
    )
    with pytest.raises(RateLimited) as err:
        await adapter.post(CH, story(), key="k-429-long")
    assert err.value.retry_after == 120.0 and err.value.platform == "discord"


@pytest.mark.parametrize("status", [403, 404])
async def test_forbidden_or_unknown_channel_is_gone(
    fake: FakeDiscord, make_adapter, status: int
) -> None:
    adapter = await make_adapter()
    fake.gone[CH.id] = status
    with pytest.raises(ChannelGone) as err:
        await adapter.post(CH, story(), key="k-gone")
    assert str(status) in str(err.value) and CH.id in str(err.value)


# 500/502/504 are retried inside discord.py with real sleeps (1 + 2n s); 503 and 400 are not.
@pytest.mark.parametrize("status", [400, 503])
async def test_other_errors_are_retryable_delivery_errors(
    fake: FakeDiscord, make_adapter, status: int
) -> None:
    adapter = await make_adapter()
    fake.script(f"/channels/{CH.id}/messages", (status, {"message": "boom", "code": 0}))
    with pytest.raises(DeliveryError) as err:
        await adapter.post(CH, story(), key="k-500")
    assert not isinstance(err.value, ChannelGone | RateLimited)
    assert str(status) in str(err.value)
    await adapter.post(CH, story(), key="k-500")  # the dispatcher's retry then goes through
    assert len(fake.messages(CH.id)) == 2


async def test_not_a_channel_id_is_gone_with_a_hint(make_adapter) -> None:
    adapter = await make_adapter()
    with pytest.raises(ChannelGone, match="discord:<numeric id>"):
        await adapter.post(ChannelRef("discord", "general"), story(), key="k")


async def test_unreachable_discord_is_a_delivery_error(fake: FakeDiscord, make_adapter) -> None:
    adapter = await make_adapter()
    await fake.__aexit__(None, None, None)  # the server goes away after start
    with pytest.raises(DeliveryError, match="cannot reach Discord"):
        await adapter.post(CH, story(), key="k-down")


WEBHOOK_ID = "1700000000000000001"
WEBHOOK_TOKEN = "w" * 68
WEBHOOK_URL = f"https://discord.com/api/webhooks/{WEBHOOK_ID}/{WEBHOOK_TOKEN}"


async def test_webhook_channel_posts_with_the_outlet_as_name(
    fake: FakeDiscord, make_adapter
) -> None:
    adapter = await make_adapter(webhooks={"world": WEBHOOK_URL})
    hook = ChannelRef("discord", "webhook-world")
    message_id = await adapter.post(hook, story(), key="k-hook")
    [call] = fake.calls("POST", f"/webhooks/{WEBHOOK_ID}/{WEBHOOK_TOKEN}")
    assert call.query.get("wait") in ("true", "1")
    assert call.json["username"] == "Reuters"
    assert call.json["allowed_mentions"] == {"parse": []}
    assert call.json["embeds"][0]["title"] == "Ministers meet in Geneva"
    assert message_id.isdigit()
    assert "Authorization" not in call.headers  # the webhook token is in the URL, not the bot's


async def test_webhook_name_discord_refuses_is_replaced(fake: FakeDiscord, make_adapter) -> None:
    adapter = await make_adapter(webhooks={"world": WEBHOOK_URL})
    digest = story()
    item = replace(digest.items[0], outlet="Discord @everyone")
    await adapter.post(
        ChannelRef("discord", "webhook-world"), replace(digest, items=(item,)), key="k"
    )
    [call] = fake.calls("POST", "/webhooks/")
    assert "discord" not in call.json["username"].lower() and "@" not in call.json["username"]


async def test_unknown_webhook_name_is_gone_with_a_hint(make_adapter) -> None:
    adapter = await make_adapter(webhooks={"world": WEBHOOK_URL})
    with pytest.raises(ChannelGone, match="DISCORD_WEBHOOKS"):
        await adapter.post(ChannelRef("discord", "webhook-asia"), story(), key="k")


async def test_deleted_webhook_is_gone(fake: FakeDiscord, make_adapter) -> None:
    adapter = await make_adapter(webhooks={"world": WEBHOOK_URL})
    fake.script(
        f"/webhooks/{WEBHOOK_ID}/{WEBHOOK_TOKEN}",
        (404, {"message": "Unknown Webhook", "code": 10015}),
    )
    with pytest.raises(ChannelGone, match="404"):
        await adapter.post(ChannelRef("discord", "webhook-world"), story(), key="k")


async def test_bad_webhook_url_is_a_config_error_at_start(make_adapter) -> None:
    adapter = await make_adapter(start=False, webhooks={"world": "https://example.com/hook"})
    with pytest.raises(ConfigError, match=r"DISCORD_WEBHOOKS\['world'\]"):
        await adapter.start()
    await adapter.close()


async def test_report_error_and_answer_never_ping(fake: FakeDiscord, make_adapter) -> None:
    adapter = await make_adapter()
    await adapter.report_error(CH, "feed <@&1> @everyone failed")
    await adapter.answer(CommandContext(CH, "u1"), Reply(text="x" * 4500))
    bodies = fake.messages(CH.id)
    assert len(bodies) == 4  # the error, then the 4,500-character reply in three parts
    assert all(b["allowed_mentions"] == {"parse": []} for b in bodies)
    assert all(len(b["content"]) <= 2000 for b in bodies)
    assert "".join(b["content"] for b in bodies[1:]) == "x" * 4500


async def test_only_the_configured_role_can_be_pinged(fake: FakeDiscord, make_adapter) -> None:
    adapter = await make_adapter(ping_roles={CH.id: "777"})
    await adapter.post(CH, story("@everyone <@&42> <@1>"), key="k-role")
    await adapter.post(ChannelRef("discord", "999"), story(), key="k-other")
    [body] = fake.messages(CH.id)
    assert body["content"] == "<@&777>"
    assert body["allowed_mentions"] == {"parse": [], "roles": [777]}
    [other] = fake.messages("999")
    assert other["allowed_mentions"] == {"parse": []} and not other.get("content")


async def test_ping_role_must_be_an_id(make_adapter) -> None:
    with pytest.raises(ConfigError, match="ping_roles"):
        await make_adapter(start=False, ping_roles={CH.id: "@everyone"})


async def test_edit_replaces_the_embed_with_later_coverage(fake: FakeDiscord, make_adapter) -> None:
    adapter = await make_adapter()
    message_id = await adapter.post(CH, story(), key="nb:discord:1:edit")
    also = (Coverage("Policy Review @everyone", "https://review.example/1", "Geneva"),)
    await adapter.edit(CH, message_id, story(also_covered=also))
    [patch] = fake.calls("PATCH", f"/channels/{CH.id}/messages/{message_id}")
    assert patch.json["allowed_mentions"] == {"parse": []}
    assert "Policy Review" in str(patch.json["embeds"])
    assert len(fake.messages(CH.id)) == 1  # edited in place, not posted again


async def test_edit_in_a_deleted_channel_is_channel_gone(fake: FakeDiscord, make_adapter) -> None:
    adapter = await make_adapter()
    message_id = await adapter.post(CH, story(), key="nb:discord:1:gone")
    fake.gone[CH.id] = 404
    with pytest.raises((ChannelGone, DeliveryError)):
        await adapter.edit(CH, message_id, story())


async def test_edit_through_a_webhook(fake: FakeDiscord, make_adapter) -> None:
    adapter = await make_adapter(webhooks={"world": WEBHOOK_URL})
    hook = ChannelRef("discord", "webhook-world")
    message_id = await adapter.post(hook, story(), key="k-hook-edit")
    also = (Coverage("Policy Review", "https://review.example/1", "Geneva"),)
    await adapter.edit(hook, message_id, story(also_covered=also))
    [patch] = fake.calls("PATCH", f"/webhooks/{WEBHOOK_ID}/{WEBHOOK_TOKEN}/messages/{message_id}")
    assert patch.json["allowed_mentions"] == {"parse": []}
    assert "Policy Review" in str(patch.json["embeds"])


async def test_an_edit_keeps_the_role_shown_and_pings_nobody(
    fake: FakeDiscord, make_adapter
) -> None:
    """An edit ("also covered by") rebuilt the content without the feed's role, so the
    message stopped showing whom it was for."""
    adapter = await make_adapter()
    role = "1300000000000000007"
    posted = replace(story(), mentions=(f"<@&{role}>",))
    message_id = await adapter.post(CH, posted, key="nb:discord:1:edit-role")
    also = (Coverage("Policy Review", "https://review.example/1", "Geneva"),)
    await adapter.edit(CH, message_id, replace(story(also_covered=also), mentions=posted.mentions))
    [patch] = fake.calls("PATCH", f"/channels/{CH.id}/messages/{message_id}")
    assert patch.json["content"] == f"<@&{role}>"
    assert patch.json["allowed_mentions"] == {"parse": []}
