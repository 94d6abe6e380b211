"""Chat peers for delivery tests.

`RecordingAdapter` is an in-process platform that deduplicates by key the way Discord's nonce
does (a resend returns the original message), and records every attempt. `FakeWebhook` is the
same as a real loopback HTTP server for the webhook adapter (used by the chaos test too).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from types import TracebackType

from aiohttp import web

from bot.core.types import ChannelRef, CommandContext, Digest, Reply
from tests.support.loopback import serve_app


@dataclass
class Post:
    channel: ChannelRef
    digest: Digest
    key: str
    message_id: str


@dataclass
class RecordingAdapter:
    platform: str = "console"
    posts: list[Post] = field(default_factory=list)  # visible messages, one per key
    attempts: Counter[str] = field(default_factory=Counter)
    failures: list[Exception] = field(default_factory=list)  # raised by the next posts, in order
    on_post: Callable[[], None] | None = None  # e.g. advance a test clock
    posted: asyncio.Event = field(default_factory=asyncio.Event)
    since: dict[str, datetime | None] = field(default_factory=dict)  # key → last `since` given

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    async def post(
        self, channel: ChannelRef, digest: Digest, *, key: str, since: datetime | None = None
    ) -> str:
        self.attempts[key] += 1
        self.since[key] = since
        if self.on_post is not None:
            self.on_post()
        if self.failures:
            raise self.failures.pop(0)
        for p in self.posts:
            if p.key == key:
                return p.message_id
        post = Post(channel, digest, key, f"m{len(self.posts) + 1}")
        self.posts.append(post)
        self.posted.set()
        return post.message_id

    async def answer(self, ctx: CommandContext, reply: Reply) -> None:
        return None

    async def report_error(self, channel: ChannelRef, message: str) -> None:
        return None


class FakeWebhook:
    """A loopback webhook receiver that dedupes by Idempotency-Key and can misbehave."""

    def __init__(self) -> None:
        self.messages: dict[str, dict] = {}  # key → first payload (what users see)
        self.requests: Counter[str] = Counter()
        self.script: list[tuple[int, dict[str, str]]] = []  # (status, headers) for next requests
        self.delay = 0.0  # seconds between recording a message and answering (a slow platform)
        self._changed = asyncio.Event()
        self._stack = contextlib.AsyncExitStack()
        self.url = ""

    async def _hook(self, request: web.Request) -> web.Response:
        key = request.headers.get("Idempotency-Key", "")
        self.requests[key] += 1
        if self.script:
            status, headers = self.script.pop(0)
            return web.Response(status=status, headers=headers, text="scripted")
        payload = await request.json()
        if key not in self.messages:
            self.messages[key] = payload
            self._changed.set()
        if self.delay:
            await asyncio.sleep(self.delay)  # the post is visible; the answer is late
        return web.json_response({"id": f"wh-{list(self.messages).index(key) + 1}"})

    async def wait_for_messages(self, n: int) -> None:
        """Return once at least `n` distinct messages were posted (use under asyncio.timeout)."""
        while len(self.messages) < n:
            self._changed.clear()
            await self._changed.wait()

    async def __aenter__(self) -> FakeWebhook:
        app = web.Application()
        app.router.add_post("/hook", self._hook)
        base = await self._stack.enter_async_context(serve_app(app))
        self.url = base + "/hook"
        return self

    async def __aexit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self._stack.aclose()


def dumps(payload: dict) -> str:
    return json.dumps(payload, sort_keys=True)
