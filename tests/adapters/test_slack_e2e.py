"""End to end: a real App (SQLite in tmp_path, thread executor) with the Slack adapter against
the fake Slack: a stored story reaches chat.postMessage; a signed `/news latest` is answered."""
# ruff: noqa: F811  (pytest fixtures imported from tests.support.slack_fixtures)

from __future__ import annotations

from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from adapters.slack_adapter import SlackAdapter
from bot.core.errors import ConfigError
from bot.core.settings import Secrets, Settings, SlackSettings
from bot.core.types import Article, ChannelRef, FeedUpdate, PlannedDelivery, Quote
from bot.deliver.dispatcher import MAX_ATTEMPTS, Dispatcher
from bot.runtime.app import App
from tests.support.fake_slack import (
    BOT_TOKEN,
    SIGNING_SECRET,
    FakeSlack,
    signed_headers,
    slash_body,
)
from tests.support.slack_fixtures import slack_fake  # noqa: F401

CHANNEL = ChannelRef("slack", "C0NEWS")
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
async def app(tmp_path: Path, slack_fake: FakeSlack) -> AsyncIterator[App]:
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'nb.db'}",
        adapters=("slack",),
        slack_api_url=slack_fake.api_url,
        slack=SlackSettings(messages_per_second=10),
    )
    secrets = Secrets(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET)
    with ThreadPoolExecutor(2) as executor:
        async with App(settings, secrets=secrets, executor=executor, clock=lambda: NOW) as app:
            yield app


async def store_story(app: App) -> Article:
    feed, _ = await app.store.add_feed("https://feeds.example/world.xml", name="World")
    await app.store.subscribe(CHANNEL, feed.id)
    article = Article(
        key="guid-1",
        story_key="story0001abcd",
        title="Envoys agree <!channel> ceasefire talks & next steps",
        link="https://news.example/ceasefire",
        summary="Envoys agreed to meet again. The U.S. delegation welcomed the step.",
        text="Envoys agreed to meet again.",
        outlet="Example Times",
        authors=("Jane Doe",),
        published=NOW - timedelta(hours=1),
        quotes=(Quote("This is a first step.", "Anna Berg", "Foreign Ministry"),),
        tags=("europe",),
        relevance=0.9,
    )
    update = FeedUpdate(
        url=feed.url, next_fetch_at=NOW + timedelta(minutes=10), last_fetched_at=NOW,
        last_success_at=NOW, error_count=0, last_error=None, disabled_reason=None,
        etag=None, last_modified=None, content_hash=None,
    )
    queued = await app.store.ingest(
        feed.id, update, [article],
        [PlannedDelivery(channel=CHANNEL, article_key=article.key, story_key=article.story_key)],
        NOW,
    )
    assert queued == 1
    return article


async def test_stored_story_is_posted_as_blocks(app: App, slack_fake: FakeSlack) -> None:
    assert isinstance(app.adapters["slack"], SlackAdapter)
    await store_story(app)
    stats = await app.dispatcher.drain()
    assert (stats.sent, stats.failed) == (1, 0)
    (call,) = slack_fake.calls_to("chat.postMessage")
    blocks = call.body["blocks"]
    assert blocks[0]["text"]["text"] == "Envoys agree <!channel> ceasefire talks & next steps"
    assert "Example Times · Jane Doe" in blocks[2]["elements"][0]["text"]
    assert blocks[3]["type"] == "rich_text"
    assert blocks[4]["elements"][0]["url"] == "https://news.example/ceasefire"
    assert "&lt;!channel&gt;" in call.body["text"] and "<!channel>" not in call.body["text"]
    assert call.body["metadata"]["event_payload"] == {"key": "nb:slack:C0NEWS:story0001abcd"}
    counts = await app.store.delivery_counts()
    assert counts.get("sent") == 1 and not counts.get("pending")


async def test_channel_gone_disables_the_subscription(app: App, slack_fake: FakeSlack) -> None:
    await store_story(app)
    slack_fake.fail("chat.postMessage", "channel_not_found")
    stats = await app.dispatcher.drain()
    assert stats.failed == 1
    (sub,) = await app.store.subscriptions_for_channel(CHANNEL)
    assert sub.disabled_reason and "channel_not_found" in sub.disabled_reason


async def test_rate_limited_story_stays_queued(app: App, slack_fake: FakeSlack) -> None:
    await store_story(app)
    slack_fake.fail("chat.postMessage", "ratelimited", status=429, headers={"Retry-After": "90"})
    stats = await app.dispatcher.drain()
    assert (stats.sent, stats.retried, stats.failed) == (0, 1, 0)
    assert (await app.store.delivery_counts()).get("pending") == 1


async def test_revoked_token_keeps_the_story_until_it_is_fixed(
    app: App, slack_fake: FakeSlack
) -> None:
    await store_story(app)
    slack_fake.fail("chat.postMessage", "token_revoked", times=MAX_ATTEMPTS + 2)
    now = [NOW]
    dispatcher = Dispatcher(app.store, app.adapters, clock=lambda: now[0])
    for _ in range(MAX_ATTEMPTS + 2):  # more attempts than the dispatcher's give-up limit
        await dispatcher.run_once()
        now[0] += timedelta(hours=2)
    assert len(slack_fake.calls_to("chat.postMessage")) == MAX_ATTEMPTS + 2
    counts = await app.store.delivery_counts()
    assert counts.get("pending") == 1 and not counts.get("failed")
    await dispatcher.run_once()  # the token is fixed: it goes out
    assert (await app.store.delivery_counts()).get("sent") == 1


async def test_slash_command_latest_is_answered_through_response_url(
    app: App, slack_fake: FakeSlack
) -> None:
    await store_story(app)
    adapter = app.adapters["slack"]
    assert isinstance(adapter, SlackAdapter)
    server = web.Application()
    server.add_routes(adapter.web_routes())
    client = TestClient(TestServer(server, host="127.0.0.1"))
    await client.start_server()
    try:
        body = urlencode(slash_body("latest 5", response_url=slack_fake.response_url()))
        response = await client.post("/slack/events", data=body, headers=signed_headers(body))
        assert response.status == 200
        await slack_fake.wait_for(lambda: len(slack_fake.responses) == 1)
    finally:
        await client.close()
    (answer,) = slack_fake.responses
    assert answer["text"].startswith("Latest 1 story")
    texts = [b["text"]["text"] for b in answer["blocks"] if b["type"] == "section"]
    assert any("<https://news.example/ceasefire|Envoys agree &lt;!channel&gt;" in t for t in texts)
    assert answer["response_type"] == "ephemeral"


async def test_app_with_slack_but_no_token_fails_with_one_clear_line(
    tmp_path: Path, slack_fake: FakeSlack
) -> None:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'nb.db'}", adapters=("slack",),
                        slack_api_url=slack_fake.api_url)
    with ThreadPoolExecutor(1) as executor:
        app = App(settings, secrets=Secrets(), executor=executor)
        try:
            with pytest.raises(ConfigError, match=r"^SLACK_BOT_TOKEN is not set") as info:
                await app.start()
            assert "\n" not in str(info.value)
        finally:
            await app.close()
    assert slack_fake.calls == []
