"""The Slack adapter: posts digests as Block Kit and serves `/news` through slack-bolt.

Split like the Discord adapter: this module holds the lifecycle and posting; the Web API calls
with their pacing and error mapping are in `slack_api`, the duplicate checks against channel
history in `slack_history`, the slash commands (Bolt, admins, replay guard, the HTTP route) in
`slack_commands`, and Block Kit rendering in `slack_blocks`.

Two transports for incoming commands (outgoing posts always use the Web API):
- HTTP (`slack.transport = "http"`, the default): the `web` process mounts `web_routes()`;
- Socket Mode (`slack.transport = "socket"`): `start()` opens the WebSocket with
  `SLACK_APP_TOKEN`, for workspaces without a public URL.

Sending (`post`): one post per channel at a time, in order. Every message carries its
idempotency key in `metadata`; a key this process has confirmed is answered from memory, any
other is looked up in the channel's history first (`slack_history`), so a resend after a crash
returns the existing message instead of posting twice. Message ids are `"{channel_id}:{ts}"`.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

import aiohttp
from aiohttp import web
from slack_sdk.errors import SlackApiError
from slack_sdk.models.blocks import Block
from slack_sdk.web.async_client import AsyncWebClient

from adapters import slack_blocks as render
from adapters.slack_api import PLATFORM, NeedsFixing, SlackApi, error_code
from adapters.slack_commands import SlackCommands, reply_payload
from adapters.slack_history import METADATA_EVENT, SlackHistory
from bot.chat.adapter_services import AdapterServices
from bot.core.adapter import CommandRunner
from bot.core.errors import CommandError, ConfigError, DeliveryError
from bot.core.settings import SlackSettings
from bot.core.types import ChannelRef, CommandContext, Digest, Reply

if TYPE_CHECKING:
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
    from slack_bolt.async_app import AsyncApp

__all__ = ["NeedsFixing", "SlackAdapter", "create", "reply_payload"]

log = logging.getLogger(__name__)

SENT_CACHE = 10_000
SOCKET_CONNECT_TIMEOUT = 15.0


class SlackAdapter:
    platform = PLATFORM

    def __init__(
        self,
        *,
        bot_token: str | None,
        signing_secret: str | None = None,
        app_token: str | None = None,
        config: SlackSettings | None = None,
        api_url: str | None = None,
        admins: Sequence[str] = (),
        commands: CommandRunner | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.config = config or SlackSettings()
        self._bot_token = bot_token
        self._signing_secret = signing_secret
        self._app_token = app_token
        self._api_url = api_url or "https://slack.com/api/"
        # No SDK-internal retries: a retried chat.postMessage after a dropped connection could
        # post twice. Failures go back to the dispatcher, whose resend checks history first.
        self.client = AsyncWebClient(token=bot_token, base_url=self._api_url, retry_handlers=[])
        self._api = SlackApi(self.client, self.config, sleep)
        self._history = SlackHistory(self._api, clock)
        self.commands = SlackCommands(
            self.client, bot_token=bot_token, signing_secret=signing_secret,
            api_url=self._api_url, admins=admins, commands=commands, clock=clock,
        )
        self._session: aiohttp.ClientSession | None = None
        self._socket: AsyncSocketModeHandler | None = None
        self._locks: dict[str, asyncio.Lock] = {}
        self._sent: OrderedDict[str, str] = OrderedDict()  # key → ts, confirmed by Slack

    @property
    def bolt(self) -> AsyncApp | None:
        return self.commands.bolt

    # lifecycle -------------------------------------------------------------------------------
    async def start(self) -> None:
        """Check the tokens (auth.test) and, in Socket Mode, connect. ConfigError if wrong."""
        self._check_tokens()
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        self.client.session = self._session
        try:
            await self._connect()
        except BaseException:
            await self.close()  # App.start() failing never reaches App.close(): leak nothing
            raise

    def _check_tokens(self) -> None:
        if not self._bot_token:
            raise ConfigError(
                "SLACK_BOT_TOKEN is not set: export the app's Bot User OAuth Token (xoxb-…); "
                "see docs/slack.md"
            )
        if not self._bot_token.startswith("xoxb-"):
            raise ConfigError("SLACK_BOT_TOKEN must be a bot token starting with xoxb-")
        if self.config.transport == "http" and not self._signing_secret:
            raise ConfigError(
                "SLACK_SIGNING_SECRET is not set: HTTP mode needs it to verify Slack's requests "
                "(or set slack.transport = \"socket\" and SLACK_APP_TOKEN)"
            )
        if self.config.transport == "socket" and not (self._app_token or "").startswith("xapp-"):
            raise ConfigError(
                "Socket Mode needs SLACK_APP_TOKEN, an app-level token starting with xapp- "
                "with the connections:write scope"
                + ("" if self._app_token else " (it is not set)")
            )

    async def _checked(self, token: str, method: str, call: Awaitable[Any]) -> Any:
        """A start-up call whose failure is a ConfigError naming the token to fix."""
        try:
            return await call
        except SlackApiError as e:
            code = error_code(e)
            raise ConfigError(f"Slack rejected {token}: {method} answered {code}") from None
        except (aiohttp.ClientError, TimeoutError) as e:
            raise ConfigError(f"cannot reach the Slack API at {self._api_url}: {e}") from None

    async def _connect(self) -> None:
        auth = await self._checked("SLACK_BOT_TOKEN", "auth.test", self.client.auth_test())
        self.commands.team_id = auth.get("team_id")
        self._history.bot_user_id = auth.get("user_id")
        self._history.bot_id = auth.get("bot_id")
        log.info("slack connected", extra={"team": auth.get("team"), "bot": auth.get("user")})
        if self.config.transport == "socket":
            await self._connect_socket()

    async def _connect_socket(self) -> None:
        from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

        opened = await self._checked(
            "SLACK_APP_TOKEN", "apps.connections.open",
            self.client.apps_connections_open(app_token=self._app_token or ""),
        )
        assert self.bolt is not None  # start() checked the token
        handler = AsyncSocketModeHandler(self.bolt, self._app_token, web_client=self.client)
        handler.client.wss_uri = opened["url"]
        self._socket = handler
        try:
            # The SDK retries a failing WebSocket forever; at start-up we want a clear error.
            async with asyncio.timeout(SOCKET_CONNECT_TIMEOUT):
                await handler.connect_async()
        except TimeoutError:
            await handler.close_async()
            self._socket = None
            raise ConfigError("could not open the Slack Socket Mode connection") from None
        log.info("slack socket mode connected")

    async def close(self) -> None:
        if self._socket is not None:
            await self._socket.close_async()
            self._socket = None
        if self._session is not None:
            await self._session.close()
            self._session = None
            self.client.session = None

    # posting ---------------------------------------------------------------------------------
    async def post(
        self, channel: ChannelRef, digest: Digest, *, key: str, since: datetime | None = None
    ) -> str:
        channel_id = channel.id
        async with self._locks.setdefault(channel_id, asyncio.Lock()):  # in order, one at a time
            if (ts := self._sent.get(key)) is not None:
                return f"{channel_id}:{ts}"
            if since is not None:
                found = await self._history.find_fresh(channel_id, key, since)
            else:
                found = await self._history.find_by_key(channel_id, key)
            threaded = (
                digest.kind == "roundup"
                and self.config.roundup_style == "thread"
                and len(digest.items) > 1
            )
            if threaded:
                ts = await self._post_thread(channel_id, digest, key, found)
            elif found is not None:
                log.info("already posted; not posting again",
                         extra={"channel": str(channel), "key": key, "ts": found})
                ts = found
            else:
                ts = await self._post_message(
                    channel_id, render.digest_blocks(digest), render.fallback_text(digest), key
                )
            self._remember(key, ts)
            return f"{channel_id}:{ts}"

    async def edit(self, channel: ChannelRef, message_id: str, digest: Digest) -> None:
        """Replace a posted story (`chat.update`), e.g. to add "also covered by"."""
        channel_id, _, ts = message_id.rpartition(":")
        if not channel_id or not ts:
            raise DeliveryError(PLATFORM, f"not a Slack message id: {message_id!r}")
        await self._api.call(
            "chat.update",
            channel_id,
            lambda: self.client.chat_update(
                channel=channel_id, ts=ts, text=render.fallback_text(digest),
                blocks=render.digest_blocks(digest),
            ),
            paced=True,
        )

    async def _post_thread(
        self, channel_id: str, digest: Digest, key: str, parent: str | None
    ) -> str:
        """Headline list as the parent, one reply per story; a resend fills in missing replies."""
        posted: set[str] = set()
        if parent is None:
            parent = await self._post_message(
                channel_id, render.headline_list_blocks(digest), render.fallback_text(digest), key
            )
        else:
            posted = await self._history.thread_keys(channel_id, parent)
        for n, item in enumerate(digest.items, 1):
            child_key = f"{key}#{n}"
            if child_key in posted:
                continue
            story = Digest(kind="story", title=item.headline, items=(item,),
                           timezone=digest.timezone)
            await self._post_message(
                channel_id, render.digest_blocks(story), render.fallback_text(story), child_key,
                thread_ts=parent,
            )
        return parent

    async def _post_message(
        self, channel_id: str, blocks: list[Block], text: str, key: str, *,
        thread_ts: str | None = None,
    ) -> str:
        response = await self._api.call(
            "chat.postMessage",
            channel_id,
            lambda: self.client.chat_postMessage(
                channel=channel_id,
                text=text,
                blocks=blocks,
                thread_ts=thread_ts,
                metadata={"event_type": METADATA_EVENT, "event_payload": {"key": key}},
                unfurl_links=self.config.unfurl,
                unfurl_media=self.config.unfurl,
                # never link_names: names in feed text must not become mentions
            ),
            paced=True,
        )
        return str(response["ts"])

    def _remember(self, key: str, ts: str) -> None:
        self._sent[key] = ts
        self._sent.move_to_end(key)
        while len(self._sent) > SENT_CACHE:
            self._sent.popitem(last=False)

    # commands --------------------------------------------------------------------------------
    async def answer(self, ctx: CommandContext, reply: Reply) -> None:
        """A reply outside a slash-command request: ephemeral to the user, or in the channel."""
        payload = reply_payload(reply)
        channel_id = ctx.channel.id
        if payload["response_type"] == "ephemeral":
            await self._api.call(
                "chat.postEphemeral", channel_id,
                lambda: self.client.chat_postEphemeral(
                    channel=channel_id, user=ctx.user, text=payload["text"],
                    blocks=payload["blocks"],
                ),
                paced=True,
            )
        else:
            await self._api.call(
                "chat.postMessage", channel_id,
                lambda: self.client.chat_postMessage(
                    channel=channel_id, text=payload["text"], blocks=payload["blocks"],
                    unfurl_links=False, unfurl_media=False,
                ),
                paced=True,
            )

    async def report_error(self, channel: ChannelRef, message: str) -> None:
        text = ":warning: newsbrief: " + render.fit(message, 2900, render.escape)
        await self._api.call("chat.postMessage", channel.id, lambda: self.client.chat_postMessage(
            channel=channel.id, text=text, unfurl_links=False, unfurl_media=False,
        ), paced=True)

    async def notify(
        self, channel: ChannelRef, text: str, *, key: str, since: datetime | None = None
    ) -> str:
        """A feed alert: one message carrying its key in metadata, looked up in the channel's
        history before posting (as `post` does), so a resend never posts it twice."""
        channel_id = channel.id
        async with self._locks.setdefault(channel_id, asyncio.Lock()):
            if (ts := self._sent.get(key)) is None:
                if since is not None:
                    ts = await self._history.find_fresh(channel_id, key, since)
                else:
                    ts = await self._history.find_by_key(channel_id, key)
            if ts is None:
                blocks, shown = render.notice_blocks(text)
                ts = await self._post_message(channel_id, blocks, shown, key)
            self._remember(key, ts)
            return f"{channel_id}:{ts}"

    async def check_mention(self, ctx: CommandContext, text: str) -> tuple[str, str]:
        """A user group of this workspace, by mention, id, @handle or name. Returns
        ("<!subteam^ID>", "@handle"); CommandError when the workspace has none such."""
        wanted = text.strip()
        m = re.match(r"^<!subteam\^([A-Z0-9]+)(\|[^>]*)?>$", wanted)
        wanted_id = m[1] if m else None
        name = wanted.removeprefix("@").lower()
        for group in await self.commands.user_groups():
            gid, handle = str(group.get("id")), str(group.get("handle") or "")
            if group.get("date_delete"):
                continue
            names = (handle.lower(), str(group.get("name")).lower())
            if gid in (wanted_id, wanted) or (wanted_id is None and name in names):
                return f"<!subteam^{gid}>", "@" + (handle or gid)
        raise CommandError(f"this workspace has no user group {text!r}: use @handle as Slack "
                           "shows it (the app needs the usergroups:read scope)")

    async def is_admin(self, user_id: str) -> bool:
        return await self.commands.is_admin(user_id)

    async def run_command(self, body: dict[str, Any]) -> Reply:
        return await self.commands.run_command(body)

    def web_routes(self) -> list[web.RouteDef]:
        """Routes for the `web` process: Slack's Events API, slash commands, interactivity."""
        return self.commands.web_routes()


def create(services: AdapterServices) -> SlackAdapter:
    """The adapter factory (see bot.core.adapter)."""
    settings, secrets = services.settings, services.secrets

    def secret(value: Any) -> str | None:
        return value.get_secret_value() if value is not None else None

    return SlackAdapter(
        bot_token=secret(secrets.slack_bot_token),
        signing_secret=secret(secrets.slack_signing_secret),
        app_token=secret(secrets.slack_app_token),
        config=settings.slack,
        api_url=settings.slack_api_url,
        admins=settings.admins,
        commands=services.commands.handle if services.commands else None,
    )
