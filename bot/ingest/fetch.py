"""Download feeds over one shared aiohttp session: polite, bounded, SSRF-safe, with clear errors.

- Politeness: an honest User-Agent, conditional GET (ETag / Last-Modified), bounded concurrency
  globally and per host, Retry-After passed on to the scheduler.
- Limits: `timeout` seconds of network time per fetch across all redirect hops (time spent queued
  for a concurrency slot does not count), at most `max_redirects` hops, bodies capped at
  `max_body_bytes` *after* decompression while streaming (a gzip bomb is cut off, never inflated
  whole: aiohttp ≥ 3.14.4 decompresses in bounded steps as we read).
- Safety: redirects are followed here, one hop at a time, so that every hop goes through the
  `UrlGuard`; host names are checked after DNS resolution by the session's `GuardedResolver`.
- No blocking work: parsing is the caller's job (in an executor); we only hash the body.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import hashlib
import logging
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

import aiohttp
from yarl import URL

from bot.content import discovery
from bot.core.errors import BlockedURLError, ConfigError, FetchError, NotAFeedError
from bot.core.settings import FetchSettings
from bot.core.types import FetchResult
from bot.ingest.urlguard import BlockedAddressError, GuardedResolver, UrlGuard

log = logging.getLogger(__name__)

T = TypeVar("T")

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECTS = frozenset({301, 308})
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
HTML_DISCOVERY_BYTES = 1024 * 1024  # feed links live in <head>; never read a whole big page
MAX_RETRY_AFTER = 30 * 24 * 3600.0
_MIB = 1024 * 1024


def make_session(
    settings: FetchSettings,
    *,
    allow_private_networks: bool = False,
    guard: UrlGuard | None = None,
    resolver: aiohttp.abc.AbstractResolver | None = None,
) -> aiohttp.ClientSession:
    """The app's one HTTP session: SSRF-guarded resolver, connection limits, honest User-Agent.

    `guard` and `resolver` are seams for tests and intranets (e.g. a StaticResolver pinning host
    names, a guard trusting one (ip, port)). Call it inside the running event loop.
    """
    guard = guard or UrlGuard(allow_private_networks=allow_private_networks)
    connector = aiohttp.TCPConnector(
        resolver=GuardedResolver(guard, resolver),
        limit=settings.concurrency,
        limit_per_host=settings.per_host,
        ttl_dns_cache=60,
    )
    return aiohttp.ClientSession(
        connector=connector,
        headers={"User-Agent": settings.user_agent},
        # The Fetcher enforces the total budget itself; these catch a stalled socket early.
        timeout=aiohttp.ClientTimeout(
            total=None, sock_connect=settings.timeout, sock_read=settings.timeout
        ),
        cookie_jar=aiohttp.DummyCookieJar(),  # feeds get no cookies: nothing leaks between them
        trust_env=False,  # a proxy from the environment would resolve names past our guard
        auto_decompress=True,
    )


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds from `now`: delta-seconds or an HTTP date; None if absent/invalid."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return min(max(0.0, (when - now).total_seconds()), MAX_RETRY_AFTER)


# hashlib lets go of the GIL to hash this many bytes or more at once (CPython's
# HASHLIB_GIL_MINSIZE). The event loop hashes each body as it arrives; let go, it waited for the
# GIL behind the content thread's parses (up to sys.getswitchinterval() each time, ~0.8 ms a feed
# in a cold cycle), while the hashing itself is ~0.05 ms for 80 KB.
_GIL_MINSIZE = 2048


def _hash_holding_gil(hasher: hashlib._Hash, data: bytes | bytearray) -> None:
    """`hasher.update(data)` in pieces small enough that hashlib keeps the GIL."""
    if len(data) < _GIL_MINSIZE:
        hasher.update(data)
        return
    view = memoryview(data)
    step = _GIL_MINSIZE - 1
    for i in range(0, len(view), step):
        hasher.update(view[i:i + step])


class _HostSlots:
    """One semaphore per host, dropped when idle so the dict does not grow with every host seen."""

    def __init__(self, per_host: int) -> None:
        self._per_host = per_host
        self._slots: dict[str, tuple[asyncio.Semaphore, list[int]]] = {}

    @contextlib.asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        sem, users = self._slots.setdefault(host, (asyncio.Semaphore(self._per_host), [0]))
        users[0] += 1
        try:
            async with sem:
                yield
        finally:
            users[0] -= 1
            if users[0] == 0:
                del self._slots[host]


@dataclass(slots=True)
class _Hop:
    """Where the redirect walk stands: the URL in hand and whether every hop was permanent."""

    url: URL
    redirects: int = 0
    permanent: bool = True


class Fetcher:
    """Fetches feed URLs and article pages. Owns no session: the app passes its one session in.

    With a session from `make_session`, the guard is taken from the session's resolver; a session
    without the guarded resolver is refused unless `allow_private_networks=True` (fail closed).
    """

    def __init__(
        self,
        session: aiohttp.ClientSession,
        settings: FetchSettings,
        *,
        allow_private_networks: bool = False,
        guard: UrlGuard | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        resolver = getattr(session.connector, "_resolver", None)  # no public accessor in aiohttp
        session_guard = resolver.guard if isinstance(resolver, GuardedResolver) else None
        if session_guard is None and not allow_private_networks:
            raise ConfigError(
                "Fetcher needs a session from bot.ingest.fetch.make_session "
                "(SSRF-guarded resolver), or allow_private_networks=True"
            )
        self._guard = guard or session_guard or UrlGuard(allow_private_networks=True)
        self._session = session
        self._settings = settings
        self._clock = clock or (lambda: datetime.now(UTC))
        self._global = asyncio.Semaphore(settings.concurrency)
        self._hosts = _HostSlots(settings.per_host)

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """GET a feed. 304 → `body is None`. Raises FetchError / NotAFeedError / BlockedURLError."""
        headers = {"Accept": FEED_ACCEPT}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified

        async def final(resp: aiohttp.ClientResponse, hop: _Hop) -> FetchResult:
            where = str(hop.url)
            moved = where if hop.redirects and hop.permanent else None
            if resp.status == 304:
                return FetchResult(
                    url=where, status=304, body=None,
                    etag=resp.headers.get("ETag") or etag,
                    last_modified=resp.headers.get("Last-Modified") or last_modified,
                    permanent_redirect=moved,
                )
            self._raise_for_status(url, resp, hop)
            body, digest = await self._read_feed(url, resp, hop)
            return FetchResult(
                url=where, status=resp.status, body=body,
                etag=resp.headers.get("ETag"),
                last_modified=resp.headers.get("Last-Modified"),
                content_type=resp.headers.get("Content-Type"),
                content_hash=digest,
                permanent_redirect=moved,
            )

        return await self._get(url, headers, final)

    async def fetch_page(self, url: str) -> tuple[bytes, str | None]:
        """GET an HTML article page (full-text extraction): same limits and SSRF rules."""

        async def final(resp: aiohttp.ClientResponse, hop: _Hop) -> tuple[bytes, str | None]:
            self._raise_for_status(url, resp, hop)
            ctype = resp.headers.get("Content-Type")
            mtype = discovery.media_type(ctype)
            body, _ = await self._read(url, resp, self._settings.max_body_bytes)
            if mtype not in discovery.HTML_TYPES and not (
                mtype in discovery.LENIENT_TYPES and discovery.sniff(body) == "html"
            ):
                raise FetchError(url, f"not a web page: the server sent {mtype or 'no type'}",
                                 status=resp.status)
            return body, ctype

        return await self._get(url, {"Accept": PAGE_ACCEPT}, final)

    async def fetch_document(self, url: str, *, max_bytes: int, accept: str = "*/*") -> bytes:
        """GET any document (an OPML file to import): same SSRF rules, redirects, time budget;
        refused past `max_bytes`. What the bytes are is for the caller to judge."""

        async def final(resp: aiohttp.ClientResponse, hop: _Hop) -> bytes:
            self._raise_for_status(url, resp, hop)
            body, _ = await self._read(url, resp, max_bytes)
            return body

        return await self._get(url, {"Accept": accept}, final)

    # -- redirect walk -----------------------------------------------------------------------

    async def _get(
        self,
        url: str,
        headers: dict[str, str],
        final: Callable[[aiohttp.ClientResponse, _Hop], Awaitable[T]],
    ) -> T:
        headers = {"User-Agent": self._settings.user_agent, **headers}
        hop = _Hop(self._guard.check_url(url))
        seen = {str(hop.url)}
        budget = self._settings.timeout
        loop = asyncio.get_running_loop()
        while True:
            host = hop.url.host or ""
            async with self._hosts.slot(host), self._global:
                started = loop.time()
                try:
                    async with asyncio.timeout(budget):
                        async with self._session.get(
                            hop.url, headers=headers, allow_redirects=False
                        ) as resp:
                            location = self._redirect_target(url, resp, hop)
                            if location is None:
                                return await final(resp, hop)
                except (BlockedURLError, FetchError):
                    raise  # ours already, with the feed's URL and a readable message
                except TimeoutError:
                    raise FetchError(url, self._timeout_message(hop)) from None
                except aiohttp.ClientConnectorDNSError as e:
                    raise self._dns_error(url, hop, e) from None
                except aiohttp.ClientError as e:
                    raise FetchError(url, _describe(e, hop.url)) from None
                finally:
                    budget -= loop.time() - started
            hop.redirects += 1
            hop.permanent = hop.permanent and resp.status in PERMANENT_REDIRECTS
            if hop.redirects > self._settings.max_redirects:
                raise FetchError(
                    url, f"more than {self._settings.max_redirects} redirects (next: {location})",
                    status=resp.status,
                )
            if str(location) in seen:
                raise FetchError(url, f"redirect loop: {hop.url} redirects back to {location}",
                                 status=resp.status)
            seen.add(str(location))
            try:
                hop.url = self._guard.check_url(str(location))
            except BlockedURLError as e:  # stored against the feed, not the hop
                raise BlockedURLError(url, f"redirected, then {e}") from None
            if budget <= 0:
                raise FetchError(url, self._timeout_message(hop))

    def _redirect_target(self, url: str, resp: aiohttp.ClientResponse, hop: _Hop) -> URL | None:
        if resp.status not in REDIRECT_STATUSES:
            return None
        location = resp.headers.get("Location")
        if not location:
            raise FetchError(url, f"HTTP {resp.status} redirect without a Location header",
                             status=resp.status)
        try:
            return hop.url.join(URL(location.strip())).with_fragment(None)
        except ValueError:
            raise FetchError(url, f"HTTP {resp.status} redirect to an invalid URL {location!r}",
                             status=resp.status) from None

    def _timeout_message(self, hop: _Hop) -> str:
        where = f" (at {hop.url})" if hop.redirects else ""
        return f"timed out after {self._settings.timeout:g} s{where}"

    def _dns_error(
        self, url: str, hop: _Hop, error: aiohttp.ClientConnectorDNSError
    ) -> BlockedURLError | FetchError:
        if isinstance(error.os_error, BlockedAddressError):
            return BlockedURLError(url, f"refused {hop.url}: {error.os_error}")
        if getattr(error.os_error, "errno", None) == socket.EAI_NONAME:
            return FetchError(url, f"host {hop.url.host} does not exist (DNS has no such name)",
                              no_such_host=True)
        return FetchError(url, f"cannot resolve host {hop.url.host}")

    def _raise_for_status(self, url: str, resp: aiohttp.ClientResponse, hop: _Hop) -> None:
        status = resp.status
        if 200 <= status < 300 and status != 204:
            return
        where = f" (at {hop.url})" if hop.redirects else ""
        text = f"HTTP {status} {resp.reason or ''}".strip() + where
        if status == 410:
            raise FetchError(url, f"{text}: the feed was removed", status=status, permanent=True)
        retry_after = None
        if status in (429, 503):
            retry_after = parse_retry_after(resp.headers.get("Retry-After"), self._clock())
            if retry_after is not None:
                text += f"; retry after {retry_after:.0f} s"
        raise FetchError(url, text, status=status, retry_after=retry_after)

    # -- bodies --------------------------------------------------------------------------------

    async def _read_feed(
        self, url: str, resp: aiohttp.ClientResponse, hop: _Hop
    ) -> tuple[bytes, str]:
        """Read a feed body, deciding from the content type and its first bytes what it is."""
        cap = self._settings.max_body_bytes
        mtype = discovery.media_type(resp.headers.get("Content-Type"))
        head, hasher, done = await self._read_some(url, resp, discovery.SNIFF_BYTES, cap)
        kind = discovery.sniff(head)
        if kind != "feed" and (kind == "html" or mtype in discovery.HTML_TYPES):
            if not done:  # read a bounded head only; stopping early is fine here
                want = min(HTML_DISCOVERY_BYTES, cap)
                head, _, _ = await self._read_some(url, resp, want, want + _MIB, head)
            alternates = discovery.find_feed_links(head, str(hop.url))
            offer = (
                "; it advertises: " + ", ".join(alternates) if alternates
                else "; it advertises no feed"
            )
            raise NotAFeedError(url, f"this is a web page, not a feed{offer}", alternates)
        if kind != "feed" and not discovery.is_feed_type(mtype):
            if not head.strip():
                raise FetchError(url, "empty response: no feed in it", status=resp.status)
            shown = mtype or "no content type"
            raise FetchError(
                url,
                f"not an RSS/Atom/JSON feed: the server sent {shown} and the body does not "
                "start like one",
                status=resp.status,
            )
        if done:
            return head, hasher.hexdigest()
        body, hasher, _ = await self._read_some(url, resp, cap + 1, cap, head, hasher)
        return body, hasher.hexdigest()

    async def _read(self, url: str, resp: aiohttp.ClientResponse, cap: int) -> tuple[bytes, str]:
        body, hasher, _ = await self._read_some(url, resp, cap + 1, cap)
        return body, hasher.hexdigest()

    async def _read_some(
        self,
        url: str,
        resp: aiohttp.ClientResponse,
        want: int,
        cap: int,
        have: bytes = b"",
        hasher: hashlib._Hash | None = None,
    ) -> tuple[bytes, hashlib._Hash, bool]:
        """Read until `want` bytes (decompressed) or EOF; refuse more than `cap`. → (body, sha256
        of it, reached EOF). Chunks are counted as they arrive, so nothing over the cap is held."""
        length = resp.content_length
        encoded = "Content-Encoding" in resp.headers  # then Content-Length is the compressed size
        if want > cap and length is not None and length > cap and not encoded:
            raise FetchError(url, _too_big(cap, length), status=resp.status)
        buf = bytearray(have)
        if hasher is None:
            hasher = hashlib.sha256()
            _hash_holding_gil(hasher, have)
        while len(buf) < want:
            chunk = await resp.content.readany()
            if not chunk:
                return bytes(buf), hasher, True
            if len(buf) + len(chunk) > cap:
                resp.close()  # drop the connection: never drain the rest of a huge body
                raise FetchError(url, _too_big(cap), status=resp.status)
            buf += chunk
            _hash_holding_gil(hasher, chunk)
        return bytes(buf), hasher, resp.content.at_eof()


def _too_big(cap: int, length: int | None = None) -> str:
    limit = f"{cap / _MIB:g} MiB" if cap >= _MIB else f"{cap} bytes"
    size = f" ({length / _MIB:.1f} MiB announced)" if length else ""
    return f"response larger than the {limit} limit{size}; refused"


def _describe(error: aiohttp.ClientError, url: URL) -> str:
    """One readable line for an aiohttp failure."""
    if isinstance(error, aiohttp.ClientConnectorError):
        reason = error.os_error.strerror or str(error.os_error)
        return f"cannot connect to {url.host}:{url.port}: {reason}"
    if isinstance(error, aiohttp.ServerDisconnectedError):
        return f"{url.host} closed the connection before answering"
    if isinstance(error, aiohttp.ClientPayloadError):
        return f"response body incomplete or corrupt ({_first_line(error)})"
    if isinstance(error, aiohttp.ClientResponseError):
        return f"invalid HTTP response from {url.host}: {error.message}"
    if isinstance(error, aiohttp.InvalidURL):
        return f"invalid URL {error.url}"
    return f"cannot fetch {url}: {_first_line(error) or type(error).__name__}"


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0][:200] if text else ""
