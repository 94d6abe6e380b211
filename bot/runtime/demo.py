"""`newsbrief demo`: serve the bundled feeds from loopback and run one full cycle, offline."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path

from aiohttp import web

from bot.data import DEMO_DIR

log = logging.getLogger(__name__)

DEMO_PORT = 8765  # stable, so a second demo run finds the same feed URLs
_TYPES = {".xml": "application/rss+xml", ".atom": "application/atom+xml"}


def demo_files(folder: Path = DEMO_DIR) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in _TYPES)


def demo_app(folder: Path = DEMO_DIR) -> web.Application:
    app = web.Application()

    async def serve(request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        path = folder / name
        if "/" in name or path.suffix not in _TYPES or not path.is_file():
            raise web.HTTPNotFound()
        # Content-Type without charset: the XML declaration names the encoding (cp1252 feed).
        return web.Response(body=path.read_bytes(), content_type=_TYPES[path.suffix])

    app.router.add_get("/feeds/{name}", serve)
    return app


@contextlib.asynccontextmanager
async def serve_demo_feeds(folder: Path = DEMO_DIR) -> AsyncIterator[str]:
    """Serve the demo feeds on 127.0.0.1; yields the base URL."""
    runner = web.AppRunner(demo_app(folder), access_log=None)
    await runner.setup()
    site = None
    for port in (DEMO_PORT, 0):
        try:
            site = web.TCPSite(runner, "127.0.0.1", port)
            await site.start()
            break
        except OSError:
            log.warning("demo port busy, using a random port", extra={"port": port})
    assert site is not None
    host, port = runner.addresses[0][:2]
    try:
        yield f"http://{host}:{port}/feeds/"
    finally:
        await runner.cleanup()
