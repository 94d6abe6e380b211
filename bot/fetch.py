"""Download feeds over one shared aiohttp session: conditional GET, size cap, clear errors."""

from __future__ import annotations

import asyncio
import hashlib

import aiohttp

from bot.errors import FetchError
from bot.settings import FetchSettings
from bot.types import FetchResult


class Fetcher:
    """Fetches feed URLs. Owns no session: the app passes its one shared session in."""

    def __init__(self, session: aiohttp.ClientSession, settings: FetchSettings) -> None:
        self._session = session
        self._settings = settings
        self._limit = asyncio.Semaphore(settings.concurrency)

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        headers = {"User-Agent": self._settings.user_agent, "Accept-Encoding": "gzip, deflate"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        timeout = aiohttp.ClientTimeout(total=self._settings.timeout)
        async with self._limit:
            try:
                async with self._session.get(
                    url,
                    headers=headers,
                    timeout=timeout,
                    max_redirects=self._settings.max_redirects,
                ) as resp:
                    if resp.status == 304:
                        return FetchResult(url=str(resp.url), status=304, body=None,
                                           etag=etag, last_modified=last_modified)
                    if resp.status >= 400:
                        raise FetchError(url, f"HTTP {resp.status} {resp.reason or ''}".strip(),
                                         status=resp.status, permanent=resp.status == 410)
                    body = await self._read_capped(url, resp)
                    return FetchResult(
                        url=str(resp.url),
                        status=resp.status,
                        body=body,
                        etag=resp.headers.get("ETag"),
                        last_modified=resp.headers.get("Last-Modified"),
                        content_type=resp.headers.get("Content-Type"),
                        content_hash=hashlib.sha256(body).hexdigest(),
                    )
            except TimeoutError:
                raise FetchError(url, f"timed out after {self._settings.timeout:g} s") from None
            except aiohttp.TooManyRedirects:
                raise FetchError(url, "too many redirects") from None
            except aiohttp.ClientError as e:
                raise FetchError(url, f"cannot fetch: {e}") from None

    async def _read_capped(self, url: str, resp: aiohttp.ClientResponse) -> bytes:
        cap = self._settings.max_body_bytes
        chunks: list[bytes] = []
        size = 0
        async for chunk in resp.content.iter_chunked(64 * 1024):
            size += len(chunk)
            if size > cap:
                raise FetchError(url, f"response larger than {cap // (1024 * 1024)} MiB")
            chunks.append(chunk)
        return b"".join(chunks)


def make_session(
    settings: FetchSettings, *, allow_private_networks: bool = False
) -> aiohttp.ClientSession:
    """The app's one HTTP session (created inside the running loop)."""
    connector = aiohttp.TCPConnector(limit=settings.concurrency, limit_per_host=settings.per_host)
    return aiohttp.ClientSession(
        connector=connector, headers={"User-Agent": settings.user_agent}
    )
