"""Issue 21 on Slack, end to end (a real App, the fake Slack Web API and response_url): preview
answered ephemerally, choices as buttons that run for whoever presses, user-group mentions
checked against the workspace, members of a group allowed to subscribe, feed alerts once."""
# ruff: noqa: F811  (pytest fixtures imported from tests.support.slack_fixtures)

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.core.errors import NotAFeedError
from bot.core.settings import Secrets, Settings, SlackSettings
from bot.core.types import (
    Article,
    ChannelRef,
    FeedOptions,
    FeedUpdate,
    Notice,
    PlannedDelivery,
)
from bot.deliver import digest as digests
from bot.runtime.app import App
from tests.support.fake_slack import (
    BOT_TOKEN,
    SIGNING_SECRET,
    TEAM_ID,
    FakeSlack,
    signed_headers,
    slash_body,
)
from tests.support.slack_fixtures import slack_fake  # noqa: F401

CHANNEL = ChannelRef("slack", "C0NEWS")
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
ADMIN, EDITOR, READER = "U0ADMIN", "U0EDITOR", "U0READER"
GROUP = {"id": "S0EDITORS", "handle": "editors", "name": "Editors", "users": [EDITOR]}


@pytest.fixture
async def rig(tmp_path: Path, slack_fake: FakeSlack) -> AsyncIterator[tuple[App, Any]]:
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'nb.db'}", adapters=("slack",),
        slack_api_url=slack_fake.api_url, slack=SlackSettings(messages_per_second=10),
    )
    secrets = Secrets(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET)
    slack_fake.add_user(ADMIN, admin=True)
    slack_fake.add_user(EDITOR)
    slack_fake.add_user(READER)
    slack_fake.usergroups = [GROUP]
    with ThreadPoolExecutor(2) as executor:
        async with App(settings, secrets=secrets, executor=executor, clock=lambda: NOW) as app:
            server = web.Application()
            server.add_routes(app.adapters["slack"].web_routes())
            client = TestClient(TestServer(server, host="127.0.0.1"))
            await client.start_server()

            async def slash(text: str, user: str = ADMIN) -> dict[str, Any]:
                n = len(slack_fake.responses)
                fields = slash_body(text, user=user, response_url=slack_fake.response_url())
                fields["trigger_id"] = f"1.2.{n}"  # each request signed differently (replays)
                body = urlencode(fields)
                resp = await client.post("/slack/events", data=body,
                                         headers=signed_headers(body))
                assert resp.status == 200
                await slack_fake.wait_for(lambda: len(slack_fake.responses) > n)
                return slack_fake.responses[-1]

            async def press(value: str, user: str = ADMIN) -> dict[str, Any]:
                n = len(slack_fake.responses)
                payload = {
                    "type": "block_actions", "team": {"id": TEAM_ID, "domain": "fake"},
                    "user": {"id": user}, "channel": {"id": CHANNEL.id, "name": "news"},
                    "api_app_id": "A0APP", "token": "legacy", "trigger_id": f"2.3.{n}",
                    "response_url": slack_fake.response_url("r2"),
                    "container": {"type": "message", "message_ts": "1.0",
                                  "channel_id": CHANNEL.id, "is_ephemeral": True},
                    "actions": [{"action_id": "newsbrief_choice_1", "block_id": "b",
                                 "type": "button", "value": value, "action_ts": "1.1",
                                 "text": {"type": "plain_text", "text": "x"}}],
                }
                body = urlencode({"payload": json.dumps(payload)})
                resp = await client.post("/slack/events", data=body,
                                         headers=signed_headers(body))
                assert resp.status == 200
                await slack_fake.wait_for(lambda: len(slack_fake.responses) > n)
                return slack_fake.responses[-1]

            try:
                yield app, (slash, press)
            finally:
                await client.close()


def _article(key: str, title: str, relevance: float, feed_id: int | None = None) -> Article:
    return Article(key=key, story_key=key.ljust(12, "0"), title=title,
                   link=f"https://news.example/{key}", summary=f"{title}.", text=f"{title}.",
                   outlet="Example Times", relevance=relevance, feed_id=feed_id,
                   published=NOW - timedelta(hours=1))


async def test_preview_is_ephemeral_and_says_what_is_dropped(rig) -> None:
    app, (slash, _) = rig

    async def load(url: str) -> list[Article]:
        return [_article("a", "Envoys agree ceasefire", 0.9), _article("b", "Cup final", 0.1)]

    app.commands.load_feed = load
    answer = await slash("preview https://news.example/rss")
    assert answer["response_type"] == "ephemeral"
    assert "1 of 2 items would be posted; 1 dropped" in answer["text"]
    assert "Envoys agree ceasefire" in json.dumps(answer["blocks"])
    refused = await slash("preview https://news.example/rss", user=READER)
    assert "is for admins" in refused["text"] and refused["response_type"] == "ephemeral"


async def test_several_feeds_become_buttons_and_a_press_subscribes(rig) -> None:
    app, (slash, press) = rig
    feeds = ("https://site.example/news.xml", "https://site.example/comments.xml")

    async def probe(url: str) -> None:
        if url == "https://site.example/":
            raise NotAFeedError(url, "web page", alternates=feeds)

    app.commands.probe = probe
    answer = await slash("feeds add https://site.example/")
    (actions,) = [b for b in answer["blocks"] if b["type"] == "actions"]
    values = [e["value"] for e in actions["elements"]]
    assert values == [f"feeds add {u}" for u in feeds]
    done = await press(values[1])
    assert "comments.xml" in done["text"] and done["response_type"] == "ephemeral"
    (sub,) = await app.store.subscriptions_for_channel(CHANNEL)
    assert (await app.store.get_feed(sub.feed_id)).url == feeds[1]
    refused = await press(values[0], user=READER)
    assert "is for admins" in refused["text"]


async def test_user_group_mentions_are_checked_and_posted(rig, slack_fake: FakeSlack) -> None:
    app, (slash, _) = rig
    feed, _ = await app.store.add_feed("https://news.example/rss", name="Times")
    await app.store.subscribe(CHANNEL, feed.id)
    for bad in ("<!channel>", "@here", "<!everyone>"):
        assert "ping everyone" in (await slash(f"filters Times mention {bad}"))["text"]
    assert "no user group '@nobody'" in (await slash("filters Times mention @nobody"))["text"]
    assert "mentions @editors" in (await slash("filters Times mention @editors"))["text"]
    (sub,) = await app.store.subscriptions_for_channel(CHANNEL)
    assert sub.options == FeedOptions(mention="<!subteam^S0EDITORS>", mention_label="@editors")

    article = _article("c", "Envoys agree <!channel> talks", 0.9, feed.id)
    update = FeedUpdate(url=feed.url, next_fetch_at=NOW, last_fetched_at=NOW,
                        last_success_at=NOW, error_count=0, last_error=None,
                        disabled_reason=None, etag=None, last_modified=None, content_hash=None)
    await app.store.ingest(feed.id, update, [article],
                           [PlannedDelivery(CHANNEL, article.key, article.story_key)], NOW)
    assert (await app.dispatcher.drain()).sent == 1
    (call,) = slack_fake.calls_to("chat.postMessage")
    assert call.body["text"].startswith("<!subteam^S0EDITORS> ")
    assert "<!channel>" not in call.body["text"]  # feed text still never pings
    assert call.body["blocks"][0]["elements"][0]["text"] == "<!subteam^S0EDITORS>"


async def test_members_of_the_workspace_group_may_subscribe(rig) -> None:
    app, (slash, _) = rig
    await app.store.add_feed("https://news.example/rss", name="Times")
    assert "is for admins" in (await slash("subscribe Times", user=EDITOR))["text"]
    assert "members of @editors" in (await slash("workspace members @editors"))["text"]
    assert "Now following Times" in (await slash("subscribe Times", user=EDITOR))["text"]
    assert "is for admins" in (await slash("unsubscribe Times", user=READER))["text"]
    assert "is for admins" in (await slash("filters Times exclude x", user=EDITOR))["text"]


async def test_feed_alerts_are_posted_once_with_their_key(rig, slack_fake: FakeSlack) -> None:
    app, _ = rig
    feed, _ = await app.store.add_feed("https://news.example/rss")
    notice = Notice(key=f"feed:{feed.id}:{CHANNEL}:2026-11-25", channel=CHANNEL,
                    feed_id=feed.id, kind="broken",
                    text=f"Times (feed #{feed.id}) stopped. `/news feeds remove {feed.id}`")
    await app.store.queue_notices([notice], NOW)
    assert (await app.dispatcher.send_notices()).sent == 1
    assert (await app.dispatcher.send_notices()).sent == 0
    (call,) = slack_fake.calls_to("chat.postMessage")
    assert call.body["metadata"]["event_payload"] == {"key": notice.key}
    assert "feeds remove" in call.body["text"]
    # A resend after a crash (an earlier lease may have posted it: `since`) finds it in the
    # channel's fresh history instead of posting again.
    adapter = app.adapters["slack"]
    adapter._sent.clear()
    await adapter.notify(CHANNEL, notice.text, key=notice.key,
                         since=datetime.now(UTC) - timedelta(minutes=5))
    assert len(slack_fake.calls_to("chat.postMessage")) == 1


async def test_a_roundup_mentions_its_feeds_user_groups_once(rig, slack_fake: FakeSlack) -> None:
    """A roundup carries its feeds' groups, each once; a forged <!channel> among the mentions
    is never written."""
    app, _ = rig
    roundup = replace(
        digests.roundup([_article("a", "Envoys meet", 0.9), _article("b", "Talks end", 0.8)],
                        title="News roundup"),
        mentions=("<!subteam^S0EDITORS>", "<!subteam^S0DESK>", "<!subteam^S0EDITORS>",
                  "<!channel>"),
    )
    await app.adapters["slack"].post(CHANNEL, roundup, key="roundup:slack:x")
    (parent,) = slack_fake.calls_to("chat.postMessage")
    assert parent.body["text"].startswith("<!subteam^S0EDITORS> <!subteam^S0DESK> ")
    assert "<!channel>" not in json.dumps(parent.body)
    assert parent.body["blocks"][0]["elements"][0]["text"] == (
        "<!subteam^S0EDITORS> <!subteam^S0DESK>")


async def test_an_alert_for_an_admin_channel_links_the_channels_and_escapes_the_title(
    rig, slack_fake: FakeSlack
) -> None:
    app, _ = rig
    feed, _ = await app.store.add_feed("https://news.example/rss")
    text = (f"Breaking <!channel> <#C0EVIL> (feed #{feed.id}) stopped: gone. If it does not come "
            f"back, `/news feeds remove {feed.id}`. Followed by <#C0NEWS>, <#C0WORLD> "
            "(run it there).")
    await app.adapters["slack"].notify(CHANNEL, text, key=f"feed:{feed.id}:x")
    (call,) = slack_fake.calls_to("chat.postMessage")
    shown = call.body["blocks"][0]["text"]["text"]
    assert "Followed by <#C0NEWS>, <#C0WORLD>" in shown  # links, not "&lt;#C0NEWS&gt;"
    assert "<!channel>" not in shown and "&lt;!channel&gt; &lt;#C0EVIL&gt;" in shown
