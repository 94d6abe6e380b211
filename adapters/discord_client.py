"""discord.py's client pointed at a configured API, without touching discord.py's globals.

discord.py builds every REST URL from the class attribute `discord.http.Route.BASE` and opens
the gateway at `DiscordWebSocket.DEFAULT_GATEWAY`; setting those would redirect every client in
the process. Instead each adapter's client has its own `HTTPClient` subclass whose aiohttp
session rebases the URLs of its own requests (an aiohttp client middleware) and whose
`ws_connect` opens the gateway the configured API names; channel webhooks get a session with
the same middleware. Without `api_url` (production) nothing is rebased: discord.py talks to Discord.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import discord
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import DiscordClientWebSocketResponse, HTTPClient, Route
from discord.utils import MISSING

DISCORD_API = Route.BASE  # https://discord.com/api/v10, as discord.py builds its routes


def rebase(url: str, api_url: str) -> str:
    """`url` on discord.py's API base moved onto `api_url`; any other URL unchanged."""
    if url.startswith(DISCORD_API):
        return api_url.rstrip("/") + url[len(DISCORD_API):]
    return url


class RebasedHTTP(HTTPClient):
    """discord.py's REST client sending to `api_url` and connecting to `gateway_url`.

    discord.py opens its aiohttp session in `static_login`; ours carries a middleware that
    rebases every request of that session: REST calls, and interaction responses and
    follow-ups (which discord.py sends through the same session as webhook calls).
    """

    api_url: str = DISCORD_API
    gateway_url: str | None = None  # learnt from GET /gateway/bot of the configured API

    async def static_login(self, token: str) -> Any:
        if self.connector is MISSING:
            self.connector = aiohttp.TCPConnector(limit=0)
        session = aiohttp.ClientSession(
            connector=self.connector,
            ws_response_class=DiscordClientWebSocketResponse,
            cookie_jar=aiohttp.DummyCookieJar(),
            middlewares=(rebasing(self.api_url),),
        )
        setattr(self, "_HTTPClient__session", session)  # noqa: B010 (name-mangled in discord.py)
        self._global_over = asyncio.Event()
        self._global_over.set()
        old_token, self.token = self.token, token
        try:
            return await self.request(Route("GET", "/users/@me"))
        except discord.HTTPException as exc:
            self.token = old_token
            if exc.status == 401:
                raise discord.LoginFailure("Improper token has been passed.") from exc
            raise

    async def ws_connect(self, url: str, *, compress: int = 0) -> aiohttp.ClientWebSocketResponse:
        default = DiscordWebSocket.DEFAULT_GATEWAY
        wanted = yarl.URL(url)
        if self.gateway_url and wanted.with_query(None) == default.with_query(None):
            url = str(yarl.URL(self.gateway_url).with_query(wanted.query))
        return await super().ws_connect(url, compress=compress)


class Client(discord.Client):
    """A `discord.Client` whose requests go to `api_url` (a proxy, or the loopback fake)."""

    http: HTTPClient

    def __init__(self, *, api_url: str | None = None, **options: Any) -> None:
        super().__init__(**options)
        if api_url:
            rebased = RebasedHTTP(
                self.loop,
                options.get("connector"),
                max_ratelimit_timeout=options.get("max_ratelimit_timeout"),
            )
            rebased.api_url = api_url.rstrip("/")
            self.http = rebased
            self._connection.http = rebased

    async def learn_gateway(self) -> None:
        """Connect the gateway where the configured API says (it names its own)."""
        if isinstance(self.http, RebasedHTTP):
            _, url, _ = await self.http.get_bot_gateway()
            self.http.gateway_url = url


def rebasing(api_url: str) -> aiohttp.ClientMiddlewareType:
    """An aiohttp client middleware sending requests for discord.py's API base to `api_url`."""

    async def to_api(
        request: aiohttp.ClientRequest, handler: aiohttp.ClientHandlerType
    ) -> aiohttp.ClientResponse:
        moved = rebase(str(request.url), api_url)
        if moved != str(request.url):
            request.url = yarl.URL(moved)
            request.headers["Host"] = request.url.raw_authority
        return await handler(request)

    return to_api


def webhook_session(api_url: str | None) -> aiohttp.ClientSession:
    """The session channel webhooks post with; with `api_url`, their requests go there."""
    return aiohttp.ClientSession(middlewares=(rebasing(api_url),) if api_url else ())
