"""Slack Web API calls with pacing and error mapping, shared by posting, history and commands.

One message per second per channel (aiolimiter; the rest wait in line); a 429 is waited out
inline when short, else raised as `RateLimited` so the dispatcher requeues. Slack's error codes
become ours: a gone channel is `ChannelGone`; a broken token or a missing scope is
`NeedsFixing`, which the dispatcher treats like a long rate limit, so nothing is lost while a
person fixes it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from aiolimiter import AsyncLimiter
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.core.errors import ChannelGone, DeliveryError, RateLimited
from bot.core.settings import SlackSettings

log = logging.getLogger(__name__)

PLATFORM = "slack"
NEEDS_FIXING_RETRY = 600.0  # seconds between retries while the token or scopes are broken
HISTORY_METHODS = frozenset({"conversations.history", "conversations.replies"})

GONE_ERRORS = frozenset({
    "channel_not_found", "not_in_channel", "is_archived", "channel_is_archived",
    "restricted_action", "team_access_not_granted", "access_denied",
})
AUTH_ERRORS = frozenset({
    "invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive",
    "org_login_required", "ekm_access_denied",
})
SCOPE_ERRORS = frozenset({"missing_scope", "no_permission"})


class NeedsFixing(RateLimited):
    """Slack refused us for a reason only a person can fix (token, scopes).

    A RateLimited on purpose: the dispatcher then keeps the story, and the rest of the channel,
    queued and retries every NEEDS_FIXING_RETRY seconds without counting towards giving up, so
    nothing is lost while the token is being replaced.
    """

    def __init__(self, message: str) -> None:
        super().__init__(PLATFORM, message, NEEDS_FIXING_RETRY)


class TokenRejected(NeedsFixing):
    """invalid_auth, token_revoked…: SLACK_BOT_TOKEN no longer works."""


class MissingScope(NeedsFixing):
    """The app lacks an OAuth scope for this call (docs/slack.md lists them)."""


class SlackApi:
    """The Web API client of one adapter, its per-channel pacing and its error mapping."""

    def __init__(
        self,
        client: AsyncWebClient,
        config: SlackSettings,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.client = client
        self._config = config
        self._sleep = sleep
        self._limiters: dict[str, AsyncLimiter] = {}

    async def call(
        self, method: str, channel_id: str, request: Callable[[], Awaitable[Any]], *,
        paced: bool = False,
    ) -> Any:
        """One Web API call with pacing and error mapping; a short 429 is waited out once."""
        waited = False
        while True:
            if paced:
                await self._limiter(channel_id).acquire()
            try:
                return await request()
            except SlackApiError as e:
                code = error_code(e)
                if e.response.status_code == 429 or code == "ratelimited":
                    delay = retry_after(e)
                    if not waited and delay <= self._config.max_inline_wait:
                        waited = True
                        await self._sleep(delay)
                        continue
                    raise RateLimited(
                        PLATFORM, f"Slack rate limit on {method} in {channel_id}: "
                        f"retry in {delay:g} s", delay,
                    ) from None
                raise _mapped(method, channel_id, code) from None
            except (aiohttp.ClientError, TimeoutError) as e:
                raise DeliveryError(PLATFORM, f"cannot reach Slack for {method}: {e}") from None

    def _limiter(self, channel_id: str) -> AsyncLimiter:
        if channel_id not in self._limiters:
            # max_rate=1 per 1/rate seconds: a burst of one, then evenly spaced.
            self._limiters[channel_id] = AsyncLimiter(1, 1 / self._config.messages_per_second)
        return self._limiters[channel_id]


def _mapped(method: str, channel_id: str, code: str) -> DeliveryError:
    """Our error for Slack's error `code` on `method` (other than a rate limit)."""
    if code in GONE_ERRORS:
        return ChannelGone(PLATFORM, f"{method} in {channel_id}: {code}")
    if code in SCOPE_ERRORS:
        # Loud: nothing reaches Slack until a person fixes the scopes. (A missing history
        # scope is caught by the caller and only warned about.)
        if method not in HISTORY_METHODS:
            log.critical("slack app is missing a scope", extra={"method": method, "error": code})
        return MissingScope(f"{method}: the Slack app lacks a scope ({code}); see docs/slack.md")
    if code in AUTH_ERRORS:
        # Loud: nothing reaches Slack until a person fixes the token.
        log.critical("slack refused our token; fix SLACK_BOT_TOKEN",
                     extra={"method": method, "error": code})
        return TokenRejected(
            f"Slack refused the bot token on {method}: {code}; stories wait "
            f"until SLACK_BOT_TOKEN is fixed"
        )
    return DeliveryError(PLATFORM, f"{method} in {channel_id} failed: {code}")


def error_code(e: SlackApiError) -> str:
    """Slack's error code, or a description of an answer that is not a Slack API answer."""
    status = getattr(e.response, "status_code", "?")
    try:
        code = e.response.get("error")
    except Exception:  # a body that is not JSON at all
        code = None
    return str(code) if code else f"HTTP {status} without a Slack error code"


def retry_after(e: SlackApiError) -> float:
    headers = {k.lower(): v for k, v in (e.response.headers or {}).items()}
    value = headers.get("retry-after")
    if isinstance(value, list):
        value = value[0] if value else None
    try:
        return max(0.0, float(value)) if value is not None else 1.0
    except ValueError:
        return 1.0
