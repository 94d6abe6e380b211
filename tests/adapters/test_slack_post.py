"""SlackAdapter.post / start against the loopback fake Web API."""
# ruff: noqa: F811  (pytest fixtures imported from tests.support.slack_fixtures)

from __future__ import annotations

import asyncio
import logging
import time
from datetime import UTC, datetime, timedelta

import pytest

from adapters.slack_adapter import NeedsFixing, SlackAdapter
from bot.core.errors import ChannelGone, ConfigError, DeliveryError, RateLimited
from bot.core.settings import SlackSettings
from bot.core.types import ChannelRef, CommandContext, Reply
from tests.support.fake_slack import BOT_TOKEN, FakeSlack
from tests.support.slack_fixtures import (  # noqa: F401  (fixtures)
    Sleeps,
    make_adapter,
    roundup,
    slack_adapter,
    slack_fake,
    sleeps,
    story,
)

CHANNEL = ChannelRef("slack", "C0NEWS")


async def test_post_sends_blocks_metadata_and_no_unfurl(
    slack_adapter: SlackAdapter, slack_fake: FakeSlack
) -> None:
    message_id = await slack_adapter.post(CHANNEL, story(), key="nb:slack:C0NEWS:a1b2")
    (call,) = slack_fake.calls_to("chat.postMessage")
    body = call.body
    assert call.token == BOT_TOKEN
    assert message_id == f"C0NEWS:{slack_fake.history['C0NEWS'][0]['ts']}"
    assert body["channel"] == "C0NEWS"
    assert body["metadata"] == {
        "event_type": "newsbrief_story", "event_payload": {"key": "nb:slack:C0NEWS:a1b2"}
    }
    assert body["unfurl_links"] is False and body["unfurl_media"] is False
    assert "link_names" not in body and "parse" not in body
    types = [b["type"] for b in body["blocks"]]
    assert types == ["header", "section", "context", "rich_text", "actions", "context"]
    assert body["blocks"][0]["text"]["text"] == "Foreign ministers meet in Geneva"
    assert body["blocks"][4]["elements"][0]["url"] == "https://news.example/geneva"
    byline = body["blocks"][2]["elements"][0]["text"]
    assert "Example Times · Jane Doe · 2026-11-25 13:00 CET" in byline
    assert body["text"].startswith("Foreign ministers meet in Geneva — Example Times")


async def test_second_post_of_a_known_key_returns_the_same_message(
    slack_adapter: SlackAdapter, slack_fake: FakeSlack
) -> None:
    first = await slack_adapter.post(CHANNEL, story(), key="k1")
    again = await slack_adapter.post(CHANNEL, story(), key="k1")
    assert first == again
    assert len(slack_fake.calls_to("chat.postMessage")) == 1


async def test_key_already_in_channel_history_is_not_posted_again(
    slack_adapter: SlackAdapter, slack_fake: FakeSlack
) -> None:
    # Another process (or this one before a crash) posted it, but the outbox never heard back.
    ts = slack_fake.add_message("C0NEWS", key="k-crashed")
    slack_fake.add_message("C0NEWS", key="another-key")
    message_id = await slack_adapter.post(CHANNEL, story(), key="k-crashed")
    assert message_id == f"C0NEWS:{ts}"
    assert slack_fake.calls_to("chat.postMessage") == []
    (history,) = slack_fake.calls_to("conversations.history")
    assert history.body["limit"] == "20" and history.body["include_all_metadata"] in ("1", "true")


async def test_another_apps_message_with_our_key_does_not_suppress_the_story(
    slack_adapter: SlackAdapter, slack_fake: FakeSlack
) -> None:
    slack_fake.add_message("C0NEWS", key="k-spoof", user="U0OTHERAPP")
    await slack_adapter.post(CHANNEL, story(), key="k-spoof")
    assert len(slack_fake.calls_to("chat.postMessage")) == 1


async def test_one_history_read_per_channel_serves_a_burst(slack_fake: FakeSlack) -> None:
    now = [0.0]
    adapter = make_adapter(slack_fake, clock=lambda: now[0])
    await adapter.start()
    try:
        for i in range(3):
            await adapter.post(CHANNEL, story(), key=f"burst{i}")
        assert len(slack_fake.calls_to("conversations.history")) == 1
        now[0] += 61  # the snapshot expires: the next unknown key is looked up again
        await adapter.post(CHANNEL, story(), key="later")
        assert len(slack_fake.calls_to("conversations.history")) == 2
        assert len(slack_fake.calls_to("chat.postMessage")) == 4
    finally:
        await adapter.close()


async def test_a_maybe_sent_story_is_checked_in_fresh_history_not_the_cache(
    slack_fake: FakeSlack,
) -> None:
    # Worker B read the channel's history for an earlier story; then worker A posted story k2
    # and died before recording it. B's cached snapshot cannot know; the fresh check does.
    adapter = make_adapter(slack_fake, clock=lambda: 0.0)  # the snapshot never expires
    await adapter.start()
    try:
        await adapter.post(CHANNEL, story(), key="k1")
        since = datetime.now(UTC)
        ts = slack_fake.add_message("C0NEWS", key="k2")
        message_id = await adapter.post(CHANNEL, story(), key="k2", since=since)
        assert message_id == f"C0NEWS:{ts}"
        assert len(slack_fake.calls_to("chat.postMessage")) == 1  # k1 only
        fresh = slack_fake.calls_to("conversations.history")[-1].body
        assert float(fresh["oldest"]) <= since.timestamp() and fresh["inclusive"] in ("1", "true")
        # A story nobody posted is posted once, after the same fresh check.
        await adapter.post(CHANNEL, story(), key="k3", since=since)
        assert len(slack_fake.calls_to("chat.postMessage")) == 2
    finally:
        await adapter.close()


async def test_the_fresh_check_reads_every_page_since_the_earlier_attempt(
    slack_adapter: SlackAdapter, slack_fake: FakeSlack
) -> None:
    since = datetime.now(UTC)
    ts = slack_fake.add_message("C0NEWS", key="k-early")
    for i in range(450):  # a busy channel since: the story is on the third page
        slack_fake.add_message("C0NEWS", text=f"chatter {i}", user="U0HUMAN")
    assert await slack_adapter.post(CHANNEL, story(), key="k-early", since=since) == (
        f"C0NEWS:{ts}"
    )
    assert len(slack_fake.calls_to("conversations.history")) == 3
    assert slack_fake.calls_to("chat.postMessage") == []


async def test_a_message_older_than_the_earlier_attempt_is_not_looked_at(
    slack_adapter: SlackAdapter, slack_fake: FakeSlack
) -> None:
    slack_fake.add_message("C0NEWS", key="k-old")
    later = datetime.now(UTC) + timedelta(minutes=5)  # beyond the allowed clock skew
    await slack_adapter.post(CHANNEL, story(), key="k-old", since=later)
    assert len(slack_fake.calls_to("chat.postMessage")) == 1


async def test_bolt_does_not_warn_about_the_token_at_start(
    slack_fake: FakeSlack, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)  # as in every real deployment
    with caplog.at_level(logging.DEBUG):
        adapter = make_adapter(slack_fake)
        await adapter.start()
        await adapter.close()
    assert adapter.bolt is not None and adapter.bolt.client.base_url == slack_fake.api_url
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text


async def test_history_without_scope_still_posts(
    slack_adapter: SlackAdapter, slack_fake: FakeSlack
) -> None:
    slack_fake.fail("conversations.history", "missing_scope")
    await slack_adapter.post(CHANNEL, story(), key="k2")
    assert len(slack_fake.calls_to("chat.postMessage")) == 1


async def test_short_429_is_waited_out_and_retried(
    slack_adapter: SlackAdapter, slack_fake: FakeSlack, sleeps: Sleeps
) -> None:
    slack_fake.fail("chat.postMessage", "ratelimited", status=429, headers={"Retry-After": "3"})
    message_id = await slack_adapter.post(CHANNEL, story(), key="k3")
    assert sleeps.waits == [3.0]
    assert len(slack_fake.calls_to("chat.postMessage")) == 2
    assert message_id.startswith("C0NEWS:")


async def test_long_429_raises_rate_limited_with_retry_after(
    slack_adapter: SlackAdapter, slack_fake: FakeSlack, sleeps: Sleeps
) -> None:
    slack_fake.fail("chat.postMessage", "ratelimited", status=429, headers={"Retry-After": "120"})
    with pytest.raises(RateLimited) as info:
        await slack_adapter.post(CHANNEL, story(), key="k4")
    assert info.value.retry_after == 120.0
    assert "retry in 120 s" in str(info.value)
    assert sleeps.waits == []
    # Nothing lost: the next attempt (the dispatcher requeues) posts it.
    await slack_adapter.post(CHANNEL, story(), key="k4")
    assert len(slack_fake.history["C0NEWS"]) == 1


@pytest.mark.parametrize("error", ["channel_not_found", "not_in_channel", "is_archived"])
async def test_channel_problems_are_channel_gone(
    slack_adapter: SlackAdapter, slack_fake: FakeSlack, error: str
) -> None:
    slack_fake.fail("chat.postMessage", error)
    with pytest.raises(ChannelGone, match=error) as info:
        await slack_adapter.post(CHANNEL, story(), key="k5")
    assert info.value.platform == "slack"


@pytest.mark.parametrize("error", ["invalid_auth", "token_revoked", "missing_scope"])
async def test_broken_token_keeps_the_story_queued_and_logs_loudly(
    slack_adapter: SlackAdapter, slack_fake: FakeSlack, error: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    slack_fake.fail("chat.postMessage", error)
    with pytest.raises(DeliveryError, match=error) as info:
        await slack_adapter.post(CHANNEL, story(), key="k6")
    # Not ChannelGone; a RateLimited so the dispatcher requeues it without ever giving up.
    assert isinstance(info.value, NeedsFixing) and isinstance(info.value, RateLimited)
    assert info.value.retry_after == 600
    assert any(r.levelname == "CRITICAL" for r in caplog.records)


@pytest.mark.parametrize(
    ("body", "status"), [("<html>Bad gateway</html>", 502), ('{"ok": tru', 200), ("", 500)]
)
async def test_garbage_answers_are_delivery_errors_and_nothing_is_lost(
    slack_adapter: SlackAdapter, slack_fake: FakeSlack, body: str, status: int
) -> None:
    slack_fake.fail("chat.postMessage", body, status=status, raw=True)
    with pytest.raises(DeliveryError, match=rf"chat\.postMessage.*HTTP {status}") as info:
        await slack_adapter.post(CHANNEL, story(), key="k7")
    assert not isinstance(info.value, ChannelGone)
    await slack_adapter.post(CHANNEL, story(), key="k7")  # the retry goes through, once
    assert len(slack_fake.history["C0NEWS"]) == 1


async def test_slack_unreachable_while_posting_is_a_delivery_error(
    slack_adapter: SlackAdapter, slack_fake: FakeSlack
) -> None:
    await slack_fake.server.close()
    with pytest.raises(DeliveryError, match="cannot reach Slack"):
        await slack_adapter.post(CHANNEL, story(), key="k8")


async def test_posts_to_one_channel_are_paced(slack_fake: FakeSlack) -> None:
    adapter = make_adapter(slack_fake, config=SlackSettings(messages_per_second=10))
    await adapter.start()
    try:
        started = time.monotonic()
        await asyncio.gather(
            *(adapter.post(CHANNEL, story(), key=f"pace{i}") for i in range(3)),
            adapter.post(ChannelRef("slack", "C0OTHER"), story(), key="other"),
        )
        elapsed = time.monotonic() - started
    finally:
        await adapter.close()
    # 3 posts at 10/s in one channel need >= 2 gaps of 100 ms; nothing is dropped.
    assert elapsed >= 0.18
    assert len(slack_fake.history["C0NEWS"]) == 3
    assert len(slack_fake.history["C0OTHER"]) == 1


async def test_threaded_roundup_posts_headlines_then_details(slack_fake: FakeSlack) -> None:
    adapter = make_adapter(
        slack_fake, config=SlackSettings(messages_per_second=10, roundup_style="thread")
    )
    await adapter.start()
    try:
        message_id = await adapter.post(CHANNEL, roundup(3), key="r1")
        posts = slack_fake.calls_to("chat.postMessage")
        parent_ts = message_id.split(":", 1)[1]
        assert len(posts) == 4
        assert "thread_ts" not in posts[0].body
        headlines = posts[0].body["blocks"][1]["text"]["text"]
        assert "1. <https://news.example/0|Story number 0>" in headlines
        assert [p.body.get("thread_ts") for p in posts[1:]] == [parent_ts] * 3
        assert posts[2].body["metadata"]["event_payload"] == {"key": "r1#2"}

        # A crash after two replies: a fresh process finds the parent and posts only the rest.
        slack_fake.history["C0NEWS"] = [
            m for m in slack_fake.history["C0NEWS"]
            if m.get("metadata", {}).get("event_payload", {}).get("key") != "r1#3"
        ]
        fresh = make_adapter(
            slack_fake, config=SlackSettings(messages_per_second=10, roundup_style="thread")
        )
        await fresh.start()
        try:
            assert await fresh.post(CHANNEL, roundup(3), key="r1") == message_id
        finally:
            await fresh.close()
        resent = slack_fake.calls_to("chat.postMessage")[4:]
        assert [p.body["metadata"]["event_payload"]["key"] for p in resent] == ["r1#3"]
    finally:
        await adapter.close()


async def test_sectioned_roundup_fits_in_one_message(
    slack_adapter: SlackAdapter, slack_fake: FakeSlack
) -> None:
    await slack_adapter.post(CHANNEL, roundup(30), key="r2")
    (call,) = slack_fake.calls_to("chat.postMessage")
    blocks = call.body["blocks"]
    assert len(blocks) <= 50
    assert blocks[0]["type"] == "header"
    assert blocks[0]["text"]["text"] == "Morning roundup"
    assert sum(b["type"] == "section" for b in blocks) == 30


# start-up ------------------------------------------------------------------------------------
async def test_start_without_token_is_a_clear_config_error(slack_fake: FakeSlack) -> None:
    with pytest.raises(ConfigError, match="SLACK_BOT_TOKEN is not set"):
        await make_adapter(slack_fake, bot_token=None).start()


async def test_start_with_a_rejected_token_names_the_error(slack_fake: FakeSlack) -> None:
    adapter = make_adapter(slack_fake, bot_token="xoxb-wrong")
    with pytest.raises(ConfigError, match=r"SLACK_BOT_TOKEN: auth\.test answered invalid_auth"):
        await adapter.start()
    await adapter.close()


async def test_start_http_mode_needs_the_signing_secret(slack_fake: FakeSlack) -> None:
    with pytest.raises(ConfigError, match="SLACK_SIGNING_SECRET is not set"):
        await make_adapter(slack_fake, signing_secret=None).start()


async def test_start_with_unreachable_api_is_a_config_error() -> None:
    adapter = SlackAdapter(bot_token=BOT_TOKEN, signing_secret="s",
                           api_url="http://127.0.0.1:9/api/")
    with pytest.raises(ConfigError, match=r"cannot reach the Slack API at http://127\.0\.0\.1:9"):
        await adapter.start()
    await adapter.close()


async def test_report_error_is_escaped_and_not_unfurled(
    slack_adapter: SlackAdapter, slack_fake: FakeSlack
) -> None:
    await slack_adapter.report_error(CHANNEL, "feed <!channel> & co failed")
    (call,) = slack_fake.calls_to("chat.postMessage")
    assert call.body["text"] == ":warning: newsbrief: feed &lt;!channel&gt; &amp; co failed"
    assert call.body["unfurl_links"] in (False, "0", "false")


async def test_answer_outside_a_request_is_ephemeral_to_the_user_or_public(
    slack_adapter: SlackAdapter, slack_fake: FakeSlack
) -> None:
    ctx = CommandContext(channel=CHANNEL, user="U0USER")
    await slack_adapter.answer(ctx, Reply(text="only <@U1> you"))
    await slack_adapter.answer(ctx, Reply(text="everyone", digest=roundup(2), ephemeral=False))
    (private,) = slack_fake.calls_to("chat.postEphemeral")
    assert private.body["user"] == "U0USER"
    assert private.body["text"] == "only &lt;@U1&gt; you"
    (public,) = slack_fake.calls_to("chat.postMessage")
    assert sum(b["type"] == "section" for b in public.body["blocks"]) == 3


async def test_edit_adds_later_coverage_to_the_posted_message(
    slack_adapter: SlackAdapter, slack_fake: FakeSlack
) -> None:
    from bot.core.types import Coverage

    message_id = await slack_adapter.post(CHANNEL, story(), key="nb:slack:C0NEWS:e1")
    also = (Coverage("Policy <!channel> Review", "https://review.example/1", "Geneva talks"),)
    await slack_adapter.edit(CHANNEL, message_id, story(also_covered=also))
    (call,) = slack_fake.calls_to("chat.update")
    assert (call.body["channel"], call.body["ts"]) == tuple(message_id.split(":"))
    (message,) = slack_fake.history["C0NEWS"]
    rendered = str(message["blocks"])
    assert "Policy &lt;!channel&gt; Review" in rendered and "<!channel>" not in rendered
    assert message["edited"]
    assert len(slack_fake.calls_to("chat.postMessage")) == 1


async def test_edit_of_a_vanished_message_is_a_delivery_error(
    slack_adapter: SlackAdapter, slack_fake: FakeSlack
) -> None:
    with pytest.raises(DeliveryError):
        await slack_adapter.edit(CHANNEL, "C0NEWS:1700000000.000999", story())
    with pytest.raises(DeliveryError, match="not a Slack message id"):
        await slack_adapter.edit(CHANNEL, "garbage", story())
