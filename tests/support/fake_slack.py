"""A loopback fake of the Slack Web API, response_url and Socket Mode, for adapter tests.

Point `AsyncWebClient(base_url=fake.api_url)` (or `NEWSBRIEF_SLACK_API_URL`) at it. It records
every call (method, token, merged query/form/JSON body), keeps per-channel history with message
metadata, and can be told to fail: `fake.fail("chat.postMessage", "channel_not_found")`,
`fake.fail("chat.postMessage", "ratelimited", status=429, headers={"Retry-After": "30"})`.
Wait for a side effect with `await fake.wait_for(lambda: ..., within=5)`, never a sleep.

Message ts are wall-clock seconds (unique, increasing), as Slack's are, so `oldest`/`latest`
work; `conversations.history` pages with `cursor`. `post_delay = (0.05, 0.4)` makes
chat.postMessage store the message first and answer that many seconds later (a slow Slack:
a worker killed meanwhile never learns that its message exists).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web
from aiohttp.test_utils import TestServer

BOT_TOKEN = "xoxb-test-token"
APP_TOKEN = "xapp-test-token"
SIGNING_SECRET = "test-signing-secret"
TEAM_ID = "T0TEAM"
BOT_USER = "U0BOT"


@dataclass
class Call:
    method: str
    token: str | None
    body: dict[str, Any]


@dataclass
class Failure:
    error: str
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    times: int = 1
    raw: bool = False  # send `error` as the body as-is (a proxy's HTML page, broken JSON)


class FakeSlack:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.responses: list[dict[str, Any]] = []  # bodies POSTed to response_url
        self.socket_acks: list[dict[str, Any]] = []
        self.history: dict[str, list[dict[str, Any]]] = {}  # channel → messages, newest first
        self.users: dict[str, dict[str, Any]] = {}
        self.usergroups: list[dict[str, Any]] = []  # id, handle, name, users
        self.valid_tokens = {BOT_TOKEN, APP_TOKEN}
        self._failures: dict[str, list[Failure]] = {}
        self._last_ts = 0.0
        self.post_delay: tuple[float, float] | None = None
        self._changed = asyncio.Condition()
        self._sockets: list[web.WebSocketResponse] = []
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/response/{token}", self._response_url)
        app.router.add_get("/socket", self._socket)
        self.server = TestServer(app, host="127.0.0.1")

    async def start(self) -> FakeSlack:
        await self.server.start_server()
        return self

    async def close(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        await self.server.close()

    @property
    def base(self) -> str:
        return str(self.server.make_url("")).rstrip("/")

    @property
    def api_url(self) -> str:
        return self.base + "/api/"

    def response_url(self, token: str = "r1") -> str:
        return f"{self.base}/response/{token}"

    # scripting -------------------------------------------------------------------------------
    def fail(self, method: str, error: str, *, status: int = 200,
             headers: dict[str, str] | None = None, times: int = 1, raw: bool = False) -> None:
        self._failures.setdefault(method, []).append(
            Failure(error, status, headers or {}, times, raw)
        )

    def add_user(self, user_id: str, *, admin: bool = False, owner: bool = False) -> None:
        self.users[user_id] = {"id": user_id, "name": user_id.lower(), "is_admin": admin,
                               "is_owner": owner, "is_primary_owner": False}

    def add_message(self, channel: str, *, key: str | None = None, text: str = "old",
                    user: str = BOT_USER) -> str:
        ts = self._next_ts()
        message: dict[str, Any] = {"type": "message", "ts": ts, "text": text, "user": user}
        if key is not None:
            message["metadata"] = {"event_type": "newsbrief_story", "event_payload": {"key": key}}
        self.history.setdefault(channel, []).insert(0, message)
        return ts

    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    async def wait_for(self, predicate: Callable[[], bool], within: float = 5.0) -> None:
        async with asyncio.timeout(within), self._changed:
            await self._changed.wait_for(predicate)

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    def _next_ts(self) -> str:
        self._last_ts = max(time.time(), self._last_ts + 1e-6)
        return f"{self._last_ts:.6f}"

    # handlers --------------------------------------------------------------------------------
    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        body: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            body.update(await request.json())
        elif request.can_read_body:
            body.update(dict(await request.post()))
        auth = request.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ") or body.get("token")
        self.calls.append(Call(method, token, body))
        await self._notify()
        queued = self._failures.get(method)
        if queued:
            failure = queued[0]
            failure.times -= 1
            if failure.times <= 0:
                queued.pop(0)
            if failure.raw:
                return web.Response(text=failure.error, status=failure.status,
                                    headers=failure.headers, content_type="text/html")
            return web.json_response({"ok": False, "error": failure.error},
                                     status=failure.status, headers=failure.headers)
        if token not in self.valid_tokens:
            return web.json_response({"ok": False, "error": "invalid_auth"})
        handler = getattr(self, "_m_" + method.replace(".", "_"), None)
        if handler is None:
            return web.json_response({"ok": False, "error": "unknown_method"})
        answer = web.json_response({"ok": True, **handler(body)})
        if method == "chat.postMessage" and self.post_delay is not None:
            await self._notify()
            await asyncio.sleep(random.uniform(*self.post_delay))  # stored, not yet answered
        return answer

    def _m_auth_test(self, body: dict[str, Any]) -> dict[str, Any]:
        return {"url": "https://fake.slack.com/", "team": "Fake", "user": "newsbrief",
                "team_id": TEAM_ID, "user_id": BOT_USER, "bot_id": "B0BOT"}

    def _m_chat_postMessage(self, body: dict[str, Any]) -> dict[str, Any]:
        ts = self._next_ts()
        message = {"type": "message", "ts": ts, "text": body.get("text", ""), "user": BOT_USER,
                   "blocks": _json(body.get("blocks"))}
        if body.get("metadata"):
            message["metadata"] = _json(body["metadata"])
        if body.get("thread_ts"):
            message["thread_ts"] = body["thread_ts"]
        self.history.setdefault(body["channel"], []).insert(0, message)
        return {"channel": body["channel"], "ts": ts, "message": message}

    def _m_chat_update(self, body: dict[str, Any]) -> dict[str, Any]:
        for message in self.history.get(body["channel"], []):
            if message["ts"] == body["ts"]:
                message.update(text=body.get("text", ""), blocks=_json(body.get("blocks")),
                               edited={"user": BOT_USER})
                return {"channel": body["channel"], "ts": body["ts"], "text": message["text"]}
        return {"ok": False, "error": "message_not_found"}

    def _m_chat_postEphemeral(self, body: dict[str, Any]) -> dict[str, Any]:
        return {"message_ts": self._next_ts()}

    def _m_conversations_history(self, body: dict[str, Any]) -> dict[str, Any]:
        limit = int(body.get("limit", 100))
        with_metadata = str(body.get("include_all_metadata")).lower() in ("1", "true")
        inclusive = str(body.get("inclusive")).lower() in ("1", "true")
        oldest = float(body.get("oldest") or 0)
        latest = float(body.get("latest") or "inf")
        start = int(body.get("cursor") or 0)

        def within(ts: float) -> bool:
            if inclusive:
                return oldest <= ts <= latest
            return oldest < ts < latest

        top = [m for m in self.history.get(body["channel"], [])
               if "thread_ts" not in m and within(float(m["ts"]))]
        page = top[start:start + limit]
        if not with_metadata:
            page = [{k: v for k, v in m.items() if k != "metadata"} for m in page]
        more = start + limit < len(top)
        return {"messages": page, "has_more": more,
                "response_metadata": {"next_cursor": str(start + limit) if more else ""}}

    def _m_conversations_replies(self, body: dict[str, Any]) -> dict[str, Any]:
        parent = body["ts"]
        messages = self.history.get(body["channel"], [])
        thread = [m for m in messages if m["ts"] == parent or m.get("thread_ts") == parent]
        return {"messages": list(reversed(thread)), "has_more": False}

    def _m_users_info(self, body: dict[str, Any]) -> dict[str, Any]:
        user = self.users.get(body["user"])
        if user is None:
            return {"user": {"id": body["user"], "is_admin": False, "is_owner": False}}
        return {"user": user}

    def _m_usergroups_list(self, body: dict[str, Any]) -> dict[str, Any]:
        with_users = str(body.get("include_users")).lower() in ("1", "true")
        return {"usergroups": [g if with_users else {k: v for k, v in g.items() if k != "users"}
                               for g in self.usergroups]}

    def _m_apps_connections_open(self, body: dict[str, Any]) -> dict[str, Any]:
        return {"url": self.base.replace("http://", "ws://") + "/socket"}

    async def _response_url(self, request: web.Request) -> web.Response:
        self.responses.append(await request.json())
        await self._notify()
        return web.Response(text="ok")

    # Socket Mode -----------------------------------------------------------------------------
    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_json({"type": "hello", "num_connections": 1,
                            "connection_info": {"app_id": "A0APP"}})
        await self._notify()
        async for msg in ws:
            if msg.type == WSMsgType.TEXT:
                self.socket_acks.append(json.loads(msg.data))
                await self._notify()
        self._sockets.remove(ws)
        await self._notify()
        return ws

    @property
    def socket_connected(self) -> bool:
        return bool(self._sockets)

    async def send_slash_command(self, envelope_id: str, payload: dict[str, Any]) -> None:
        await self._sockets[0].send_json({
            "envelope_id": envelope_id, "type": "slash_commands", "payload": payload,
            "accepts_response_payload": True,
        })


def _json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def slash_body(text: str, *, user: str = "U0USER", channel: str = "C0NEWS",
               response_url: str = "", team: str = TEAM_ID) -> dict[str, str]:
    return {
        "token": "legacy", "team_id": team, "team_domain": "fake", "channel_id": channel,
        "channel_name": "news", "user_id": user, "user_name": user.lower(), "command": "/news",
        "text": text, "api_app_id": "A0APP", "response_url": response_url,
        "trigger_id": "1.2.3",
    }


def signed_headers(body: str, *, secret: str = SIGNING_SECRET,
                   timestamp: int | None = None) -> dict[str, str]:
    """Headers Slack sends: `v0=` HMAC-SHA256 of `v0:{timestamp}:{body}`."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": f"v0={digest}",
        "Content-Type": "application/x-www-form-urlencoded",
    }
