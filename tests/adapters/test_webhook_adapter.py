"""The webhook adapter against a real loopback HTTP receiver."""

from __future__ import annotations

import socket
from datetime import UTC, datetime

import pytest

from adapters.webhook_adapter import WebhookAdapter, create
from bot.chat.adapter_services import AdapterServices
from bot.core.errors import ChannelGone, ConfigError, DeliveryError, RateLimited
from bot.core.settings import load_secrets, load_settings
from bot.core.types import ChannelRef, Digest, DigestItem, Quote
from tests.support.chat import FakeWebhook

CH = ChannelRef.parse("webhook:ops")
DIGEST = Digest(
    kind="story", title="Talks resume", timezone="Europe/Berlin",
    generated_at=datetime(2026, 1, 1, tzinfo=UTC),
    items=(DigestItem(story_key="abc", headline="Talks resume", summary="Envoys met.",
                      link="https://x.example/1", outlet="Meridian Wire",
                      published=datetime(2026, 1, 1, 8, tzinfo=UTC),
                      quotes=(Quote("We will talk", "A. Envoy", "UN"),)),),
)


@pytest.fixture
async def hook():  # type: ignore[no-untyped-def]
    async with FakeWebhook() as h:
        yield h


@pytest.fixture
async def adapter(hook: FakeWebhook):  # type: ignore[no-untyped-def]
    a = WebhookAdapter(hook.url, timeout=5)
    await a.start()
    yield a
    await a.close()


async def test_posts_json_and_returns_the_receivers_id(hook: FakeWebhook, adapter) -> None:  # type: ignore[no-untyped-def]
    mid = await adapter.post(CH, DIGEST, key="nb:webhook:ops:abc")
    assert mid == "wh-1"
    payload = hook.messages["nb:webhook:ops:abc"]
    assert payload["channel"] == "webhook:ops" and payload["key"] == "nb:webhook:ops:abc"
    item = payload["digest"]["items"][0]
    assert item["headline"] == "Talks resume" and item["published"] == "2026-01-01T08:00:00+00:00"
    assert item["quotes"][0]["speaker"] == "A. Envoy"
    # A resend with the same key is the same message.
    assert await adapter.post(CH, DIGEST, key="nb:webhook:ops:abc") == "wh-1"
    assert len(hook.messages) == 1 and hook.requests["nb:webhook:ops:abc"] == 2


@pytest.mark.parametrize(
    ("status", "headers", "error", "match"),
    [
        (429, {"Retry-After": "7"}, RateLimited, "retry in 7s"),
        (429, {"Retry-After": "soon"}, RateLimited, "retry in 30s"),
        (410, {}, ChannelGone, "HTTP 410"),
        (404, {}, ChannelGone, "HTTP 404"),
        (500, {}, DeliveryError, "HTTP 500"),
        (401, {}, DeliveryError, "HTTP 401"),
    ],
)
async def test_errors_map_to_the_error_tree(hook, adapter, status, headers, error, match) -> None:  # type: ignore[no-untyped-def]
    hook.script.append((status, headers))
    with pytest.raises(error, match=match) as info:
        await adapter.post(CH, DIGEST, key="k")
    assert info.value.platform == "webhook"
    if status == 429:
        assert info.value.retry_after in (7.0, 30.0)
    assert hook.messages == {}  # nothing was recorded as posted


async def test_unreachable_receiver_is_a_transient_error() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    a = WebhookAdapter(f"http://127.0.0.1:{port}/hook", timeout=2)
    await a.start()
    try:
        with pytest.raises(DeliveryError, match="unreachable"):
            await a.post(CH, DIGEST, key="k")
    finally:
        await a.close()


def test_configuration_errors_are_clear() -> None:
    with pytest.raises(ConfigError, match="http"):
        WebhookAdapter("ftp://example.org/hook")
    with pytest.raises(ConfigError, match="NEWSBRIEF_WEBHOOK_URL"):
        create(AdapterServices(load_settings(), load_secrets()))
    assert create(AdapterServices(
        load_settings(webhook_url="https://hooks.example/x"), load_secrets())).platform == "webhook"
