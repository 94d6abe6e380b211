"""A fault-injecting feed server on 127.0.0.1 for tests and benchmarks.

    server = FeedServer(); await server.start()
    url = server.feed("/a.xml", rss_bytes(3), etag='"v1"')     # 200, then 304 on If-None-Match
    server.redirect("/old", "/a.xml", status=301)
    server.add("/slow", Route(body=..., delay=0.3))
    server.hits["/a.xml"], server.requests["/a.xml"][-1]["If-None-Match"]

Every route is a `Route` (status, body, headers, delay, validators, faults). Fault helpers build
the common ones: hang (until `server.release` is set), gzip bomb, huge streamed body, truncated
body, redirect chains and loops, HTML page with alternate links, 410, 429 with Retry-After.
`handler(prefix, fn)` serves computed routes (the benchmark's thousands of feeds).
`serve_in_process(...)` runs a server in another process, so that it does not share our loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import multiprocessing
import zlib
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from functools import cache

import pytest
from aiohttp import web

RSS = "application/rss+xml; charset=utf-8"


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str | None = RSS
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None  # 304 when If-None-Match matches
    last_modified: str | None = None  # 304 when If-Modified-Since equals it
    delay: float = 0.0  # simulated latency, seconds
    hang: bool = False  # answer only once `server.release` is set (timeout tests)
    gzip: bool = False  # gzip the body on the wire
    raw_encoding: str | None = None  # body is already encoded (e.g. a gzip bomb): send as is
    stream_bytes: int = 0  # stream this many filler bytes after `body`, never built in memory
    truncate_at: int | None = None  # announce the full length, send this many bytes, drop
    drip: float = 0.0  # seconds between 1 KiB pieces of the body (a slow-loris server)


def rss_bytes(
    n_items: int = 3,
    *,
    title: str = "Test Feed",
    encoding: str = "utf-8",
    item_title: str = "Item {i}",
    pad: int = 0,
    bom: bool = False,
) -> bytes:
    """A valid RSS 2.0 document with `n_items` items (optionally padded with `pad` chars each).

    `item_title` may use `{i}` (the item's number) and `{w}` (three invented words that differ
    from item to item, so that items are different stories, not one story reposted)."""
    filler = ("Lorem ipsum dolor sit amet, foreign ministers met in Geneva. " * (pad // 60 + 1))[
        :pad
    ]
    items = "".join(
        f"<item><title>{item_title.format(i=i, w=_words(i))}</title>"
        f"<link>https://news.example/{i}</link><guid>https://news.example/{i}</guid>"
        f"<pubDate>Mon, 0{1 + i % 9} Jan 2024 10:00:00 GMT</pubDate>"
        f"<description>Story {i}. {filler}</description></item>"
        for i in range(n_items)
    )
    text = (
        f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://news.example/</link>"
        f"<description>test</description>{items}</channel></rss>"
    )
    data = text.encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


def _words(i: int) -> str:
    """Three pronounceable invented words unique to `i` (no two items share one)."""
    syllables = ("ka", "lo", "mi", "ru", "te", "sa", "no", "vi", "du", "pe")
    def word(n: int) -> str:
        digits = f"{n:04d}"
        return "".join(syllables[int(d)] for d in digits).capitalize()
    return " ".join(word(3 * i + k) for k in range(3))


def html_page(*alternates: tuple[str, str], title: str = "A web page") -> bytes:
    """An HTML page advertising feeds: alternates are (type, href) pairs."""
    links = "".join(f'<link rel="alternate" type="{t}" href="{h}">' for t, h in alternates)
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{links}</head>"
        f"<body><p>Hello</p></body></html>"
    ).encode()


@cache
def gzip_bomb(inflated: int) -> bytes:
    """gzip bytes that inflate to `inflated` zero bytes (~1000:1), built in 1 MiB steps."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits 31: gzip container
    block = bytes(1024 * 1024)
    parts = []
    left = inflated
    while left > 0:
        parts.append(comp.compress(block[: min(left, len(block))]))
        left -= len(block)
    parts.append(comp.flush())
    return b"".join(parts)


class FeedServer:
    """Serves registered paths; counts requests per path and records their headers."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.handlers: list[tuple[str, Callable[[web.Request], Route]]] = []
        self.hits: Counter[str] = Counter()
        self.requests: dict[str, list[dict[str, str]]] = defaultdict(list)
        self.release = asyncio.Event()
        self.in_flight: Counter[str] = Counter()  # per Host header, and "*" for all
        self.max_in_flight: Counter[str] = Counter()
        self.host = "127.0.0.1"
        self.port = 0
        self._runner: web.AppRunner | None = None

    # -- registration ---------------------------------------------------------------------------

    def url(self, path: str, host: str | None = None) -> str:
        return f"http://{host or self.host}:{self.port}{path}"

    def add(self, path: str, route: Route) -> str:
        self.routes[path] = route
        return self.url(path)

    def handler(self, prefix: str, fn: Callable[[web.Request], Route]) -> None:
        """Serve every path starting with `prefix` from `fn(request)`."""
        self.handlers.append((prefix, fn))

    def feed(self, path: str, body: bytes | None = None, **kw: object) -> str:
        return self.add(path, Route(body=rss_bytes() if body is None else body, **kw))  # type: ignore[arg-type]

    def redirect(self, path: str, to: str, status: int = 301) -> str:
        target = to if "://" in to else self.url(to)
        return self.add(path, Route(status=status, content_type=None,
                                    headers={"Location": target}))

    def status(self, path: str, status: int, **headers: str) -> str:
        return self.add(path, Route(status=status, body=b"error", content_type="text/plain",
                                    headers=headers))

    def hang(self, path: str) -> str:
        return self.add(path, Route(hang=True))

    def bomb(self, path: str, inflated: int) -> str:
        return self.add(path, Route(body=gzip_bomb(inflated), raw_encoding="gzip"))

    def huge(self, path: str, size: int, content_type: str | None = RSS) -> str:
        head = b'<?xml version="1.0"?><rss version="2.0"><channel><title>big</title><!-- '
        return self.add(path, Route(body=head, stream_bytes=size - len(head),
                                    content_type=content_type))

    # -- serving -------------------------------------------------------------------------------

    def _route_for(self, request: web.Request) -> Route | None:
        route = self.routes.get(request.path_qs) or self.routes.get(request.path)
        if route is not None:
            return route
        for prefix, fn in self.handlers:
            if request.path.startswith(prefix):
                return fn(request)
        return None

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.hits[request.path] += 1
        self.requests[request.path].append(dict(request.headers))
        keys = (request.host, "*")
        for key in keys:
            self.in_flight[key] += 1
            self.max_in_flight[key] = max(self.max_in_flight[key], self.in_flight[key])
        try:
            return await self._respond(request)
        finally:
            for key in keys:
                self.in_flight[key] -= 1

    async def _respond(self, request: web.Request) -> web.StreamResponse:
        route = self._route_for(request)
        if route is None:
            return web.Response(status=404, text="no such feed")
        if route.hang:
            await self.release.wait()
        if route.delay:
            await asyncio.sleep(route.delay)
        headers = dict(route.headers)
        if route.etag:
            headers["ETag"] = route.etag
        if route.last_modified:
            headers["Last-Modified"] = route.last_modified
        if route.status == 200 and (
            (route.etag and request.headers.get("If-None-Match") == route.etag)
            or (route.last_modified
                and request.headers.get("If-Modified-Since") == route.last_modified)
        ):
            return web.Response(status=304, headers=headers)
        if route.content_type:
            headers["Content-Type"] = route.content_type
        body = route.body
        if route.gzip:
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        elif route.raw_encoding:
            headers["Content-Encoding"] = route.raw_encoding
        if route.stream_bytes or route.truncate_at is not None or route.drip:
            return await self._stream(request, route, body, headers)
        return web.Response(status=route.status, body=body, headers=headers)

    async def _stream(
        self, request: web.Request, route: Route, body: bytes, headers: dict[str, str]
    ) -> web.StreamResponse:
        total = len(body) + route.stream_bytes
        resp = web.StreamResponse(status=route.status, headers=headers)
        resp.content_length = total
        await resp.prepare(request)
        with contextlib.suppress(ConnectionError, RuntimeError):
            if route.truncate_at is not None:
                await resp.write(body[: route.truncate_at])
                request.transport.close()  # type: ignore[union-attr]
                return resp
            if route.drip:
                for start in range(0, len(body), 1024):
                    await resp.write(body[start : start + 1024])
                    await asyncio.sleep(route.drip)
            else:
                await resp.write(body)
            block = b"x" * (64 * 1024)
            left = route.stream_bytes
            while left > 0:
                await resp.write(block[: min(left, len(block))])
                left -= len(block)
            await resp.write_eof()
        return resp

    async def start(self, hosts: tuple[str, ...] = ("127.0.0.1",), port: int = 0) -> None:
        """Listen on every host in `hosts` (loopback aliases 127.0.0.x), all on one port."""
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        self.host = hosts[0]
        for host in hosts:
            site = web.TCPSite(self._runner, host, port or self.port)
            await site.start()
            if not self.port:
                self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def close(self) -> None:
        self.release.set()
        if self._runner is not None:
            await self._runner.cleanup()


@pytest.fixture
async def feedserver() -> AsyncIterator[FeedServer]:
    server = FeedServer()
    await server.start()
    try:
        yield server
    finally:
        await server.close()


# -- a server in another process (benchmarks, chaos tests) -----------------------------------------


def _serve(setup: Callable[[FeedServer], None], hosts: tuple[str, ...], ready: object,
           stop: object) -> None:
    async def main() -> None:
        server = FeedServer()
        setup(server)
        await server.start(hosts)
        ready.put(server.port)  # type: ignore[attr-defined]
        await asyncio.to_thread(stop.wait)  # type: ignore[attr-defined]
        await server.close()

    asyncio.run(main())


@contextlib.contextmanager
def serve_in_process(
    setup: Callable[[FeedServer], None], hosts: tuple[str, ...] = ("127.0.0.1",)
) -> Iterator[int]:
    """Run a FeedServer configured by `setup` (a module-level function) in a child process;
    yields its port."""
    ctx = multiprocessing.get_context("spawn")
    ready, stop = ctx.Queue(), ctx.Event()
    proc = ctx.Process(target=_serve, args=(setup, hosts, ready, stop), daemon=True)
    proc.start()
    try:
        yield ready.get(timeout=30)
    finally:
        stop.set()
        proc.join(10)
        if proc.is_alive():
            proc.terminate()
