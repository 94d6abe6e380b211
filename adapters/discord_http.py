"""`POST /discord/interactions`: Discord's HTTP interactions, verified with Ed25519 (PyNaCl).

Discord signs `timestamp + body` with the application's key and refuses to keep an endpoint
whose checks are lax (it probes with bad signatures), so: missing or bad signature → 401, a
timestamp older or newer than MAX_SKEW → 401, PING → PONG, everything else to the adapter.
The response is written and flushed before any follow-up starts, so Discord has the initial
answer before a follow-up for the same interaction arrives.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from aiohttp import web
from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

from bot.core.errors import ConfigError

log = logging.getLogger(__name__)

MAX_SKEW = 300.0  # seconds, as for Slack's signed requests
MAX_BODY = 256 * 1024  # interactions are a few KB; refuse anything much larger unread


@dataclass(frozen=True)
class HttpAnswer:
    body: dict[str, Any]
    then: Coroutine[Any, Any, Any] | None = None  # follow-ups, started once the body is sent


Dispatch = Callable[[dict[str, Any]], Awaitable[HttpAnswer]]
Spawn = Callable[[Coroutine[Any, Any, Any], str], Any]


def check_public_key(public_key: str) -> VerifyKey:
    try:
        return VerifyKey(bytes.fromhex(public_key.strip()))
    except (ValueError, TypeError) as e:
        raise ConfigError(
            "DISCORD_PUBLIC_KEY must be the application's 64-character hex public key "
            f"(developer portal → General Information): {e}"
        ) from None


class InteractionsEndpoint:
    def __init__(
        self,
        public_key: str,
        dispatch: Dispatch,
        clock: Callable[[], datetime],
        spawn: Spawn,
        *,
        max_skew: float = MAX_SKEW,
    ) -> None:
        self._key = check_public_key(public_key)
        self._dispatch = dispatch
        self._clock = clock
        self._spawn = spawn
        self._max_skew = max_skew

    def verify(self, signature: str | None, timestamp: str | None, body: bytes) -> str | None:
        """None if the request is genuine and fresh, else why it is refused."""
        if not signature or not timestamp:
            return "missing X-Signature-Ed25519 or X-Signature-Timestamp header"
        try:
            sent_at = float(timestamp)
        except ValueError:
            return "invalid X-Signature-Timestamp"
        if abs(self._clock().timestamp() - sent_at) > self._max_skew:
            return "stale X-Signature-Timestamp"
        try:
            self._key.verify(timestamp.encode() + body, bytes.fromhex(signature))
        except (BadSignatureError, ValueError):
            return "invalid request signature"
        return None

    async def handle(self, request: web.Request) -> web.StreamResponse:
        if request.content_length is not None and request.content_length > MAX_BODY:
            return web.json_response({"error": "request body too large"}, status=413)
        body = await request.content.read(MAX_BODY + 1)
        if len(body) > MAX_BODY:
            return web.json_response({"error": "request body too large"}, status=413)
        problem = self.verify(
            request.headers.get("X-Signature-Ed25519"),
            request.headers.get("X-Signature-Timestamp"),
            body,
        )
        if problem is not None:
            log.warning("discord interaction refused", extra={"reason": problem})
            return web.json_response({"error": problem}, status=401)
        try:
            payload = json.loads(body)
            if not isinstance(payload, dict):
                raise ValueError("not an object")
        except ValueError as e:
            return web.json_response({"error": f"body is not a JSON object: {e}"}, status=400)
        if payload.get("type") == 1:
            return web.json_response({"type": 1})
        try:
            answer = await self._dispatch(payload)
        except (KeyError, TypeError, ValueError) as e:
            # A signed but malformed interaction: say so rather than answer with a bare 500.
            log.warning("malformed discord interaction", extra={"error": repr(e)})
            return web.json_response({"error": f"malformed interaction: {e!r}"}, status=400)
        response = web.json_response(answer.body)
        if answer.then is None:
            return response
        await response.prepare(request)
        await response.write_eof()
        self._spawn(answer.then, "discord-followups")
        return response
