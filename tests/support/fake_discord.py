"""A loopback fake of Discord: the REST API discord.py calls, and a gateway websocket.

    async with FakeDiscord(token="t") as fake:
        monkeypatch.setattr(discord.http.Route, "BASE", fake.api_url)  # restored after the test
        ...
        fake.requests            # every REST request: method, path, query, json
        fake.messages("123")     # JSON bodies posted to channel 123
        await fake.dispatch("INTERACTION_CREATE", payload)   # over the gateway

Scripted trouble: `fake.script(path, (429, {...}), ...)` answers the next requests to `path`
with those statuses before falling back to normal handling; `fake.gone[channel] = 403|404`.
Messages with an already-seen nonce return the original message (Discord's enforce_nonce).
`GET /channels/{id}/messages?after=…&limit=…` pages the channel's messages as Discord does
(newest first). `post_delay = (0.05, 0.4)`: a posted message is stored at once and answered
that many seconds later (a worker killed meanwhile never learns that it exists).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import random
from collections import defaultdict, deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import WSMsgType, web

APP_ID = "1100000000000000001"
BOT_ID = "1100000000000000002"
OWNER_ID = "1100000000000000003"

BOT_USER = {
    "id": BOT_ID,
    "username": "newsbrief",
    "discriminator": "0",
    "avatar": None,
    "bot": True,
    "global_name": None,
}


@dataclass
class Recorded:
    method: str
    path: str  # without the /api/v10 prefix
    query: dict[str, str]
    json: Any
    headers: dict[str, str] = field(repr=False, default_factory=dict)


def discord_snowflake(when: datetime) -> int:
    return (int(when.timestamp() * 1000) - 1420070400000) << 22


def _json(payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    # discord.py decodes JSON only when Content-Type is exactly application/json (no charset).
    return web.Response(
        body=json.dumps(payload).encode(),
        status=status,
        headers=headers,
        content_type="application/json",
    )


class FakeDiscord:
    def __init__(self, *, token: str = "fake-token") -> None:
        self.token = token
        self.requests: list[Recorded] = []
        self.gone: dict[str, int] = {}  # channel id → 403/404
        self.identified = asyncio.Event()
        self.identify_payload: dict[str, Any] | None = None
        self.request_seen = asyncio.Event()  # set on every recorded request; tests clear it
        self._scripts: dict[str, deque[tuple[int, Any]]] = defaultdict(deque)
        self._last_id = 0
        self.history_nonces = True  # False: history omits nonces (match by content then)
        self._by_nonce: dict[tuple[str, str], dict[str, Any]] = {}
        self.stored: dict[str, list[dict[str, Any]]] = defaultdict(list)  # channel → messages
        self.post_delay: tuple[float, float] | None = None
        self.roles: dict[str, list[dict[str, Any]]] = {}  # guild id → its roles (with @everyone)
        self._ws: web.WebSocketResponse | None = None
        self._seq = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.port = 0

    # server lifecycle --------------------------------------------------------------------------
    async def __aenter__(self) -> FakeDiscord:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._ws is not None and not self._ws.closed:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    # test helpers ------------------------------------------------------------------------------
    def script(self, path: str, *responses: tuple[int, Any]) -> None:
        self._scripts[path].extend(responses)

    def calls(self, method: str, prefix: str) -> list[Recorded]:
        return [r for r in self.requests if r.method == method and r.path.startswith(prefix)]

    def messages(self, channel_id: str) -> list[dict[str, Any]]:
        return [r.json for r in self.calls("POST", f"/channels/{channel_id}/messages")]

    async def wait_for(
        self, method: str, prefix: str, count: int = 1, *, within: float = 5.0
    ) -> list[Recorded]:
        """Wait (event-driven, bounded) until `count` matching requests were recorded."""
        async with asyncio.timeout(within):
            while len(found := self.calls(method, prefix)) < count:
                self.request_seen.clear()
                await self.request_seen.wait()
        return found

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        assert self._ws is not None, "no gateway client connected"
        await self._ws.send_str(json.dumps({"op": 0, "t": event, "s": next(self._seq), "d": data}))

    def _next_id(self) -> int:
        """Snowflakes from the wall clock, as Discord's, so `after=<time snowflake>` works."""
        self._last_id = max(discord_snowflake(datetime.now(UTC)), self._last_id + 1)
        return self._last_id

    def message(self, channel_id: str, body: dict[str, Any] | None) -> dict[str, Any]:
        body = body or {}
        return {
            "id": str(self._next_id()),
            "channel_id": channel_id,
            "type": 0,
            "content": body.get("content") or "",
            "author": BOT_USER,
            "timestamp": datetime.now(UTC).isoformat(),
            "edited_timestamp": None,
            "embeds": body.get("embeds") or [],
            "attachments": [],
            "mentions": [],
            "mention_roles": [],
            "pinned": False,
            "tts": False,
            "flags": body.get("flags", 0),
            "nonce": body.get("nonce"),
        }

    # REST --------------------------------------------------------------------------------------
    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body: Any = None
        if request.can_read_body:
            raw = await request.read()
            body = json.loads(raw) if raw and request.content_type == "application/json" else raw
        self.requests.append(
            Recorded(request.method, path, dict(request.query), body, dict(request.headers))
        )
        self.request_seen.set()
        if self._scripts.get(path):
            status, payload = self._scripts[path].popleft()
            headers = {}
            if status == 429:
                # discord.py treats a 429 without `Via` as a Cloudflare ban, not a rate limit.
                headers = {
                    "Retry-After": str(payload.get("retry_after", 0)),
                    "X-RateLimit-Scope": "user",
                    "Via": "1.1 google",
                }
            return _json(payload, status=status, headers=headers)
        uses_token = not path.startswith(("/webhooks/", "/interactions/"))
        if uses_token and request.headers.get("Authorization") != f"Bot {self.token}":
            return _json({"message": "401: Unauthorized", "code": 0}, status=401)
        return await self._route(request.method, path, request.query, body)

    async def _route(self, method: str, path: str, query: Any, body: Any) -> web.StreamResponse:
        parts = path.strip("/").split("/")
        if (method, path) == ("GET", "/users/@me"):
            return _json(BOT_USER)
        if (method, path) == ("GET", "/oauth2/applications/@me"):
            return _json(
                {
                    "id": APP_ID,
                    "name": "newsbrief",
                    "description": "",
                    "icon": None,
                    "bot_public": False,
                    "bot_require_code_grant": False,
                    "verify_key": "00" * 32,
                    "owner": {**BOT_USER, "id": OWNER_ID, "username": "owner", "bot": False},
                    "flags": 0,
                    "interactions_endpoint_url": None,
                }
            )
        if (method, path) == ("GET", "/gateway/bot"):
            return _json(
                {
                    "url": self.gateway_url,
                    "shards": 1,
                    "session_start_limit": {
                        "total": 1000,
                        "remaining": 999,
                        "reset_after": 0,
                        "max_concurrency": 1,
                    },
                }
            )
        if method == "PUT" and parts[0] == "applications" and parts[-1] == "commands":
            return _json(
                [
                    {
                        **c,
                        "id": str(self._next_id()),
                        "application_id": APP_ID,
                        "version": "1",
                        "type": c.get("type", 1),
                    }
                    for c in body
                ]
            )
        if method == "GET" and parts[0] == "guilds" and parts[2:] == ["roles"]:
            if parts[1] not in self.roles:
                return _json({"message": "Unknown Guild", "code": 10004}, status=404)
            return _json(self.roles[parts[1]])
        if method == "POST" and parts[0] == "channels" and parts[2:] == ["messages"]:
            channel = parts[1]
            if channel in self.gone:
                status = self.gone[channel]
                text = "Missing Access" if status == 403 else "Unknown Channel"
                return _json(
                    {"message": text, "code": 50001 if status == 403 else 10003}, status=status
                )
            nonce = body.get("nonce") if isinstance(body, dict) else None
            if nonce and body.get("enforce_nonce") and (channel, nonce) in self._by_nonce:
                return _json(self._by_nonce[(channel, nonce)])
            msg = self.message(channel, body)
            if nonce:
                self._by_nonce[(channel, nonce)] = msg
            self.stored[channel].append(msg)
            if self.post_delay is not None:
                await asyncio.sleep(random.uniform(*self.post_delay))  # stored, not answered
            return _json(msg)
        if method == "GET" and parts[0] == "channels" and parts[2:] == ["messages"]:
            after = int(query.get("after") or 0)
            limit = min(100, int(query.get("limit") or 50))
            newer = [m for m in self.stored[parts[1]] if int(m["id"]) > after][:limit]
            if not self.history_nonces:
                newer = [{k: v for k, v in m.items() if k != "nonce"} for m in newer]
            return _json(list(reversed(newer)))
        if method == "PATCH" and parts[0] == "channels" and parts[2:3] == ["messages"]:
            if parts[1] in self.gone:
                return _json({"message": "Unknown Message", "code": 10008}, status=404)
            msg = {**self.message(parts[1], body), "id": parts[3]}
            msg["edited_timestamp"] = datetime.now(UTC).isoformat()
            return _json(msg)
        if method == "POST" and parts[0] == "interactions" and parts[-1] == "callback":
            kind = body.get("type")
            data = body.get("data") or {}
            resource: dict[str, Any] = {"type": kind}
            if kind == 4:
                resource["message"] = self.message("0", data)
            return _json(
                {
                    "interaction": {
                        "id": parts[1],
                        "type": 2,
                        "response_message_loading": kind == 5,
                        "response_message_ephemeral": bool(data.get("flags", 0) & 64),
                    },
                    "resource": resource,
                }
            )
        if parts[0] == "webhooks":
            if method == "DELETE":
                return web.Response(status=204)
            if method in ("POST", "PATCH"):
                if method == "POST" and query.get("wait") not in ("true", "1") and len(parts) == 3:
                    return web.Response(status=204)
                return _json(self.message("0", body if isinstance(body, dict) else {}))
        return _json({"message": f"fake has no route {method} {path}"}, status=404)

    # gateway -----------------------------------------------------------------------------------
    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 45000}}))
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                break
            frame = json.loads(msg.data)
            if frame["op"] == 1:  # heartbeat
                await ws.send_str(json.dumps({"op": 11}))
            elif frame["op"] == 2:  # identify
                self.identify_payload = frame["d"]
                await self.dispatch(
                    "READY",
                    {
                        "v": 10,
                        "user": BOT_USER,
                        "guilds": [],
                        "session_id": "fake-session",
                        "resume_gateway_url": self.gateway_url,
                        "shard": [0, 1],
                        "application": {"id": APP_ID, "flags": 0},
                    },
                )
                self.identified.set()
        return ws
