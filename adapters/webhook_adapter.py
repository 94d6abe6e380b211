"""The webhook adapter: each digest is POSTed as JSON to one configured URL.

For teams that pipe digests into their own tools (n8n, Zapier, an internal service). Channels
are named `webhook:<name>`; the name travels in the payload so one endpoint can route.

Request:  POST $NEWSBRIEF_WEBHOOK_URL
          Idempotency-Key: <key>            (stable per story × channel, or per roundup)
          {"channel": "webhook:ops", "key": "...", "digest": {...}}
Response: 2xx with JSON {"id": "<message id>"} (any other 2xx body: the key is the id).
          429 + Retry-After → retried later; 404/410 → the channel is gone (subscriptions
          disabled); anything else → retried with backoff.

The receiver must treat a repeated Idempotency-Key as the same message (answer with the original
id): after a crash between sending and recording, newsbrief sends again with the same key.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict
from datetime import datetime
from typing import Any

import aiohttp

from bot.chat.adapter_services import AdapterServices
from bot.core.errors import ChannelGone, ConfigError, DeliveryError, RateLimited
from bot.core.types import ChannelRef, CommandContext, Digest, Reply

log = logging.getLogger(__name__)

PLATFORM = "webhook"


def digest_payload(digest: Digest) -> dict[str, Any]:
    """The digest as plain JSON types (datetimes as ISO 8601)."""

    def plain(value: Any) -> Any:
        if isinstance(value, datetime):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        return value

    return plain(asdict(digest))  # type: ignore[no-any-return]


def _retry_after(value: str | None, default: float = 30.0) -> float:
    try:
        return max(0.0, float(value)) if value else default
    except ValueError:
        return default


class WebhookAdapter:
    platform = PLATFORM

    def __init__(
        self, url: str, *, session: aiohttp.ClientSession | None = None, timeout: float = 15.0
    ) -> None:
        if not url.startswith(("http://", "https://")):
            raise ConfigError(f"webhook_url must be an http(s) URL, got {url!r}")
        self._url = url
        self._session = session
        self._own_session = session is None
        self._timeout = aiohttp.ClientTimeout(total=timeout)

    async def start(self) -> None:
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=self._timeout)

    async def close(self) -> None:
        if self._own_session and self._session is not None:
            await self._session.close()
        self._session = None

    async def post(
        self, channel: ChannelRef, digest: Digest, *, key: str, since: datetime | None = None
    ) -> str:
        if self._session is None:
            raise DeliveryError(PLATFORM, "webhook adapter is not started")
        body = {"channel": str(channel), "key": key, "digest": digest_payload(digest)}
        try:
            async with self._session.post(
                self._url,
                data=json.dumps(body, ensure_ascii=False),
                headers={"Content-Type": "application/json", "Idempotency-Key": key},
                timeout=self._timeout,
            ) as resp:
                text = await resp.text(errors="replace")
                status = resp.status
                retry_after = resp.headers.get("Retry-After")
        except (aiohttp.ClientError, TimeoutError) as e:
            raise DeliveryError(PLATFORM, f"webhook unreachable: {e!r}") from e
        if status == 429:
            wait = _retry_after(retry_after)
            raise RateLimited(PLATFORM, f"webhook rate limited: retry in {wait:.0f}s", wait)
        if status in (404, 410):
            raise ChannelGone(PLATFORM, f"webhook answered HTTP {status} for {channel}")
        if not 200 <= status < 300:
            raise DeliveryError(PLATFORM, f"webhook answered HTTP {status}: {text[:200]}")
        try:
            data = json.loads(text) if text else {}
        except ValueError:
            data = {}
        message_id = data.get("id") if isinstance(data, dict) else None
        return str(message_id) if message_id not in (None, "") else key

    async def answer(self, ctx: CommandContext, reply: Reply) -> None:
        # Webhooks are outbound only: there is no user to answer.
        log.info("webhook adapter cannot answer commands", extra={"channel": str(ctx.channel)})

    async def report_error(self, channel: ChannelRef, message: str) -> None:
        log.warning("webhook channel needs attention",
                    extra={"channel": str(channel), "error": message})


def create(services: AdapterServices) -> WebhookAdapter:
    """The adapter factory (see bot.core.adapter)."""
    url = services.settings.webhook_url
    if not url:
        raise ConfigError(
            "the webhook adapter needs a URL: set NEWSBRIEF_WEBHOOK_URL (or webhook_url)"
        )
    return WebhookAdapter(url)
