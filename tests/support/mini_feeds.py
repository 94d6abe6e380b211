"""A minimal loopback RSS server for delivery tests: feeds whose items tests change at will.

    async with MiniFeeds() as feeds:
        feeds.set("world", [Item("g1", "Iran talks resume"), ...])
        url = feeds.url("world")        # http://127.0.0.1:PORT/world.xml
        feeds.hits["world"]             # how many times it was fetched
"""

from __future__ import annotations

import contextlib
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from types import TracebackType
from xml.sax.saxutils import escape

from aiohttp import web

from tests.support.loopback import serve_app

BASE_TIME = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Item:
    guid: str
    title: str
    description: str = ""
    minutes: int = 0  # published base time (MiniFeeds.base_time) + minutes
    link: str | None = None

    def xml(self, base: datetime = BASE_TIME) -> str:
        link = self.link or f"https://news.example.org/{self.guid}"
        # Each item's text is its own: shared boilerplate would make stories cluster together.
        desc = self.description or f"{self.title}, the foreign ministry said on Tuesday."
        published = format_datetime(base + timedelta(minutes=self.minutes))
        return (
            f"<item><title>{escape(self.title)}</title><link>{escape(link)}</link>"
            f'<guid isPermaLink="false">{escape(self.guid)}</guid>'
            f"<pubDate>{published}</pubDate><description>{escape(desc)}</description></item>"
        )


def distinct_items(feed: int, n: int) -> list[Item]:
    """Items whose titles share no story words, so clustering keeps them apart."""
    words = ("alpha", "bravo", "charlie", "delta", "echo")
    out = []
    for i in range(n):
        tag = f"{feed}x{i}"
        title = " ".join(f"{w}{tag}" for w in words) + " summit"
        out.append(Item(f"f{feed}-i{i}", title, f"{title}. Ministers of {tag} met.", minutes=i))
    return out


def rss(name: str, items: list[Item], base: datetime = BASE_TIME) -> bytes:
    body = "".join(i.xml(base) for i in items)
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(name)} desk</title><link>https://news.example.org/</link>"
        f"<description>test feed</description>{body}</channel></rss>"
    ).encode()


class MiniFeeds:
    def __init__(self, base_time: datetime = BASE_TIME) -> None:
        self.base_time = base_time
        self.items: dict[str, list[Item]] = {}
        self.hits: Counter[str] = Counter()
        self._stack = contextlib.AsyncExitStack()
        self.base = ""

    def set(self, name: str, items: list[Item]) -> None:
        self.items[name] = list(items)

    def url(self, name: str) -> str:
        return f"{self.base}/{name}.xml"

    async def _serve(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        self.hits[name] += 1
        if name not in self.items:
            raise web.HTTPNotFound()
        body = rss(name, self.items[name], self.base_time)
        return web.Response(body=body, content_type="application/rss+xml")

    async def __aenter__(self) -> MiniFeeds:
        app = web.Application()
        app.router.add_get("/{name}.xml", self._serve)
        base = await self._stack.enter_async_context(serve_app(app))
        self.base = base
        return self

    async def __aexit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self._stack.aclose()
