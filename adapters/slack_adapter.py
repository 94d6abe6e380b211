"""The Slack adapter: posts digests as Block Kit and serves `/news` through slack-bolt.

Two transports for incoming commands (outgoing posts always use the Web API):
- HTTP (`slack.transport = "http"`, the default): the `web` process mounts `web_routes()`, which
  hands `POST /slack/events` to Bolt; Bolt checks the `X-Slack-Signature` HMAC and refuses
  timestamps more than 5 minutes old. Bolt does not deduplicate, so we also refuse a signature
  seen before within that window (per process): a captured request cannot be replayed.
- Socket Mode (`slack.transport = "socket"`): `start()` opens the WebSocket with
  `SLACK_APP_TOKEN`, for workspaces without a public URL.

Sending (`post`): one message per second per channel (aiolimiter; the rest wait in line), a 429
is waited out inline when short, else raised as `RateLimited` so the dispatcher requeues. Every
message carries its idempotency key in `metadata`; a key this process has not confirmed is
looked up in the channel's last 20 messages first, so a resend after a crash returns the
existing message instead of posting twice. A story an earlier lease may have posted (`since`:
a crashed or replaced worker) is looked up in the channel's *fresh* history since that lease
began, every page of it, never in the cached snapshot: another worker may have posted it a
moment ago. Message ids are `"{channel_id}:{ts}"`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

import aiohttp
from aiohttp import web
from aiolimiter import AsyncLimiter
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.models.blocks import Block
from slack_sdk.web.async_client import AsyncWebClient

from adapters import slack_blocks as render
from bot.core.errors import ChannelGone, ConfigError, DeliveryError, RateLimited
from bot.core.settings import Secrets, Settings, SlackSettings
from bot.core.types import ChannelRef, CommandContext, Digest, Reply

if TYPE_CHECKING:
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

    from bot.runtime.app import App

log = logging.getLogger(__name__)

PLATFORM = "slack"
COMMAND = "/news"
EVENTS_PATH = "/slack/events"  # Bolt's default path
METADATA_EVENT = "newsbrief_story"
HISTORY_LOOKBACK = 20
HISTORY_TTL = 60.0  # seconds one history read of a channel answers duplicate checks
HISTORY_PAGE = 200  # messages per page of a fresh history check (Slack allows up to 999)
HISTORY_MAX_PAGES = 25  # a fresh check reads at most this many pages (5,000 messages)
CLOCK_SKEW = 60.0  # seconds our clock may be ahead of Slack's; a fresh check starts this early
NEEDS_FIXING_RETRY = 600.0  # seconds between retries while the token or scopes are broken
SIGNATURE_WINDOW = 5 * 60.0  # Bolt refuses older timestamps; remembering longer is pointless
ADMIN_CACHE_SECONDS = 300.0
SENT_CACHE = 10_000
SOCKET_CONNECT_TIMEOUT = 15.0

GONE_ERRORS = frozenset({
    "channel_not_found", "not_in_channel", "is_archived", "channel_is_archived",
    "restricted_action", "team_access_not_granted", "access_denied",
})
AUTH_ERRORS = frozenset({
    "invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive",
    "org_login_required", "ekm_access_denied",
})
SCOPE_ERRORS = frozenset({"missing_scope", "no_permission"})


class NeedsFixing(RateLimited):
    """Slack refused us for a reason only a person can fix (token, scopes).

    A RateLimited on purpose: the dispatcher then keeps the story, and the rest of the channel,
    queued and retries every NEEDS_FIXING_RETRY seconds without counting towards giving up, so
    nothing is lost while the token is being replaced.
    """

    def __init__(self, message: str) -> None:
        super().__init__(PLATFORM, message, NEEDS_FIXING_RETRY)


class TokenRejected(NeedsFixing):
    """invalid_auth, token_revoked…: SLACK_BOT_TOKEN no longer works."""


class MissingScope(NeedsFixing):
    """The app lacks an OAuth scope for this call (docs/slack.md lists them)."""


CommandRunner = Callable[[CommandContext, str], Awaitable[Reply]]


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
        self._admins = frozenset(a.removeprefix("slack:") for a in admins)
        self._commands = commands
        self._clock = clock
        self._sleep = sleep
        # No SDK-internal retries: a retried chat.postMessage after a dropped connection could
        # post twice. Failures go back to the dispatcher, whose resend checks history first.
        self.client = AsyncWebClient(token=bot_token, base_url=self._api_url, retry_handlers=[])
        # Bolt refuses to exist without a token; start() then explains what is missing.
        self.bolt: AsyncApp | None = self._build_bolt() if bot_token else None
        self._session: aiohttp.ClientSession | None = None
        self._socket: AsyncSocketModeHandler | None = None
        self.team_id: str | None = None
        self.bot_user_id: str | None = None
        self.bot_id: str | None = None
        self._history: dict[str, tuple[float, dict[str, str]]] = {}  # channel → (until, keys)
        self._limiters: dict[str, AsyncLimiter] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self._sent: OrderedDict[str, str] = OrderedDict()  # key → ts, confirmed by Slack
        self._admin_cache: dict[str, tuple[bool, float]] = {}
        self._seen_signatures: dict[str, float] = {}

    @classmethod
    def from_settings(cls, settings: Settings, secrets: Secrets, app: App) -> SlackAdapter:
        def secret(value: Any) -> str | None:
            return value.get_secret_value() if value is not None else None

        async def run_command(ctx: CommandContext, text: str) -> Reply:
            return await app.commands.handle(ctx, text)  # app.commands exists once app started

        return cls(
            bot_token=secret(secrets.slack_bot_token),
            signing_secret=secret(secrets.slack_signing_secret),
            app_token=secret(secrets.slack_app_token),
            config=settings.slack,
            api_url=settings.slack_api_url,
            admins=settings.admins,
            commands=run_command,
        )

    # lifecycle -------------------------------------------------------------------------------
    async def start(self) -> None:
        """Check the tokens (auth.test) and, in Socket Mode, connect. ConfigError if wrong."""
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
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        self.client.session = self._session
        try:
            await self._connect()
        except BaseException:
            await self.close()  # App.start() failing never reaches App.close(): leak nothing
            raise

    async def _connect(self) -> None:
        try:
            auth = await self.client.auth_test()
        except SlackApiError as e:
            raise ConfigError(
                f"Slack rejected SLACK_BOT_TOKEN: auth.test answered {_error_code(e)}"
            ) from None
        except (aiohttp.ClientError, TimeoutError) as e:
            raise ConfigError(f"cannot reach the Slack API at {self._api_url}: {e}") from None
        self.team_id = auth.get("team_id")
        self.bot_user_id = auth.get("user_id")
        self.bot_id = auth.get("bot_id")
        log.info("slack connected", extra={"team": auth.get("team"), "bot": auth.get("user")})
        if self.config.transport == "socket":
            await self._connect_socket()

    async def _connect_socket(self) -> None:
        from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

        try:
            opened = await self.client.apps_connections_open(app_token=self._app_token or "")
        except SlackApiError as e:
            raise ConfigError(
                f"Slack rejected SLACK_APP_TOKEN: apps.connections.open answered {_error_code(e)}"
            ) from None
        except (aiohttp.ClientError, TimeoutError) as e:
            raise ConfigError(f"cannot reach the Slack API at {self._api_url}: {e}") from None
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
        async with self._lock(channel_id):  # one post per channel at a time, in order
            if (ts := self._sent.get(key)) is not None:
                return f"{channel_id}:{ts}"
            if since is not None:
                found = await self._find_fresh(channel_id, key, since)
            else:
                found = await self._find_by_key(channel_id, key)
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
        await self._call(
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
            posted = await self._thread_keys(channel_id, parent)
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
        response = await self._call(
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

    async def _find_by_key(self, channel_id: str, key: str) -> str | None:
        """The ts of a recent message of ours carrying `key`, if Slack already has one.

        One history read per channel serves for HISTORY_TTL seconds: whatever this process
        posts meanwhile is in `_sent`, and only rows no earlier lease can have posted come this
        way (the others go through `_find_fresh`), so the snapshot cannot miss a duplicate.
        """
        now = self._clock()
        cached = self._history.get(channel_id)
        if cached is not None and cached[0] > now:
            return cached[1].get(key)
        try:
            response = await self._call(
                "conversations.history", channel_id,
                lambda: self.client.conversations_history(
                    channel=channel_id, limit=HISTORY_LOOKBACK, include_all_metadata=True
                ),
            )
        except (ChannelGone, MissingScope) as e:
            # No history access (scope, or chat:write.public without joining) is not proof
            # that posting fails: post, and let chat.postMessage say whether the channel is gone.
            log.warning("cannot check channel history for duplicates; posting anyway",
                        extra={"channel": channel_id, "error": str(e)})
            return None
        keys = {
            k: str(m["ts"]) for m in response.get("messages") or []
            if self._is_ours(m) and (k := _metadata_key(m))
        }
        self._history[channel_id] = (now + HISTORY_TTL, keys)
        return keys.get(key)

    async def _find_fresh(self, channel_id: str, key: str, since: datetime) -> str | None:
        """The ts of our message carrying `key` posted since `since`, read from Slack now.

        For a row an earlier lease may have posted: another worker may have posted it seconds
        ago, so no cache is trusted. Every page since then is read (a busy channel may have
        had more than a screenful of messages since).
        """
        oldest = f"{since.timestamp() - CLOCK_SKEW:.6f}"
        cursor: str | None = None
        for _ in range(HISTORY_MAX_PAGES):
            try:
                response = await self._call(
                    "conversations.history", channel_id,
                    lambda c=cursor: self.client.conversations_history(  # type: ignore[misc]
                        channel=channel_id, oldest=oldest, inclusive=True, limit=HISTORY_PAGE,
                        include_all_metadata=True, cursor=c,
                    ),
                )
            except (ChannelGone, MissingScope) as e:
                log.warning("cannot check channel history for duplicates; posting anyway",
                            extra={"channel": channel_id, "error": str(e)})
                return None
            for m in response.get("messages") or []:
                if self._is_ours(m) and _metadata_key(m) == key:
                    log.info("posted by an earlier attempt; not posting again",
                             extra={"channel": channel_id, "key": key, "ts": m["ts"]})
                    return str(m["ts"])
            cursor = (response.get("response_metadata") or {}).get("next_cursor")
            if not response.get("has_more") or not cursor:
                return None
        log.warning("too many messages since the earlier attempt to check them all; posting",
                    extra={"channel": channel_id, "key": key})
        return None

    def _is_ours(self, message: dict[str, Any]) -> bool:
        """Only our own bot's messages count: another app cannot suppress a story by copying
        its metadata."""
        if self.bot_user_id is None:
            return True
        return message.get("user") == self.bot_user_id or (
            self.bot_id is not None and message.get("bot_id") == self.bot_id
        )

    async def _thread_keys(self, channel_id: str, parent_ts: str) -> set[str]:
        try:
            response = await self._call(
                "conversations.replies", channel_id,
                lambda: self.client.conversations_replies(
                    channel=channel_id, ts=parent_ts, limit=200, include_all_metadata=True
                ),
            )
        except (ChannelGone, MissingScope):
            return set()
        messages = response.get("messages") or []
        return {k for m in messages if self._is_ours(m) and (k := _metadata_key(m))}

    async def _call(
        self, method: str, channel_id: str, request: Callable[[], Awaitable[Any]], *,
        paced: bool = False,
    ) -> Any:
        """One Web API call with pacing and error mapping; a short 429 is waited out once."""
        waited = False
        while True:
            if paced:
                await self._limiter(channel_id).acquire()
            try:
                return await request()
            except SlackApiError as e:
                code = _error_code(e)
                if e.response.status_code == 429 or code == "ratelimited":
                    retry_after = _retry_after(e)
                    if not waited and retry_after <= self.config.max_inline_wait:
                        waited = True
                        await self._sleep(retry_after)
                        continue
                    raise RateLimited(
                        PLATFORM, f"Slack rate limit on {method} in {channel_id}: "
                        f"retry in {retry_after:g} s", retry_after,
                    ) from None
                if code in GONE_ERRORS:
                    raise ChannelGone(PLATFORM, f"{method} in {channel_id}: {code}") from None
                if code in SCOPE_ERRORS:
                    # Loud: nothing reaches Slack until a person fixes the scopes. (A missing
                    # history scope is caught by the caller and only warned about.)
                    error: NeedsFixing = MissingScope(
                        f"{method}: the Slack app lacks a scope ({code}); see docs/slack.md"
                    )
                    if method != "conversations.history" and method != "conversations.replies":
                        log.critical("slack app is missing a scope",
                                     extra={"method": method, "error": code})
                    raise error from None
                if code in AUTH_ERRORS:
                    # Loud: nothing reaches Slack until a person fixes the token.
                    log.critical("slack refused our token; fix SLACK_BOT_TOKEN",
                                 extra={"method": method, "error": code})
                    raise TokenRejected(
                        f"Slack refused the bot token on {method}: {code}; stories wait "
                        f"until SLACK_BOT_TOKEN is fixed"
                    ) from None
                raise DeliveryError(PLATFORM, f"{method} in {channel_id} failed: {code}") from None
            except (aiohttp.ClientError, TimeoutError) as e:
                raise DeliveryError(PLATFORM, f"cannot reach Slack for {method}: {e}") from None

    def _limiter(self, channel_id: str) -> AsyncLimiter:
        if channel_id not in self._limiters:
            # max_rate=1 per 1/rate seconds: a burst of one, then evenly spaced.
            self._limiters[channel_id] = AsyncLimiter(1, 1 / self.config.messages_per_second)
        return self._limiters[channel_id]

    def _lock(self, channel_id: str) -> asyncio.Lock:
        return self._locks.setdefault(channel_id, asyncio.Lock())

    def _remember(self, key: str, ts: str) -> None:
        self._sent[key] = ts
        self._sent.move_to_end(key)
        while len(self._sent) > SENT_CACHE:
            self._sent.popitem(last=False)

    # commands ------------------------------------------------------------------------------
    async def answer(self, ctx: CommandContext, reply: Reply) -> None:
        """A reply outside a slash-command request: ephemeral to the user, or in the channel."""
        payload = reply_payload(reply)
        channel_id = ctx.channel.id
        if payload["response_type"] == "ephemeral":
            await self._call(
                "chat.postEphemeral", channel_id,
                lambda: self.client.chat_postEphemeral(
                    channel=channel_id, user=ctx.user, text=payload["text"],
                    blocks=payload["blocks"],
                ),
                paced=True,
            )
        else:
            await self._call("chat.postMessage", channel_id, lambda: self.client.chat_postMessage(
                channel=channel_id, text=payload["text"], blocks=payload["blocks"],
                unfurl_links=False, unfurl_media=False,
            ), paced=True)

    async def report_error(self, channel: ChannelRef, message: str) -> None:
        text = ":warning: newsbrief: " + render.fit(message, 2900, render.escape)
        await self._call("chat.postMessage", channel.id, lambda: self.client.chat_postMessage(
            channel=channel.id, text=text, unfurl_links=False, unfurl_media=False,
        ), paced=True)

    async def is_admin(self, user_id: str) -> bool:
        """Workspace admin or owner (users.info, cached a few minutes), or in settings.admins.

        Decided server-side from Slack's own answer: nothing in the request can claim it.
        A failed lookup means "not admin" (and is not cached), never a guess.
        """
        if user_id in self._admins:
            return True
        now = self._clock()
        cached = self._admin_cache.get(user_id)
        if cached is not None and cached[1] > now:
            return cached[0]
        try:
            response = await self.client.users_info(user=user_id)
        except (SlackApiError, aiohttp.ClientError, TimeoutError) as e:
            code = _error_code(e) if isinstance(e, SlackApiError) else str(e)
            log.warning("users.info failed; treating the user as not admin",
                        extra={"user": user_id, "error": code})
            return False
        user = response.get("user") or {}
        admin = bool(user.get("is_admin") or user.get("is_owner") or user.get("is_primary_owner"))
        if len(self._admin_cache) > 1000:
            self._admin_cache = {u: v for u, v in self._admin_cache.items() if v[1] > now}
        self._admin_cache[user_id] = (admin, now + ADMIN_CACHE_SECONDS)
        return admin

    async def run_command(self, body: dict[str, Any]) -> Reply:
        """Build the CommandContext from a slash-command payload and run the core handler."""
        if self.team_id and body.get("team_id") and body["team_id"] != self.team_id:
            return Reply(text="This newsbrief is installed in another workspace.", ok=False)
        if self._commands is None:
            return Reply(text="newsbrief is not ready yet; try again in a minute.", ok=False)
        user = str(body.get("user_id", ""))
        channel_id = str(body.get("channel_id", ""))
        try:
            channel = ChannelRef.parse(f"{PLATFORM}:{channel_id}")
        except ConfigError:
            return Reply(text="This command cannot be used here.", ok=False)
        ctx = CommandContext(channel=channel, user=user, is_admin=await self.is_admin(user))
        try:
            return await self._commands(ctx, str(body.get("text") or ""))
        except Exception:
            log.exception("slash command crashed", extra={"channel": channel_id})
            return Reply(text="Something went wrong on our side; it has been logged.", ok=False)

    # Bolt ------------------------------------------------------------------------------------
    def _build_bolt(self) -> AsyncApp:
        bolt = AsyncApp(
            name="newsbrief",
            # Our token, not `client=`: given a client, Bolt still reads SLACK_BOT_TOKEN from
            # the environment and warns at every start that it will be unused.
            token=self._bot_token,
            # An empty secret makes every HTTP request fail verification (401); start() refuses
            # to run HTTP mode without one anyway. Never read from os.environ here.
            signing_secret=self._signing_secret or "",
            logger=logging.getLogger("newsbrief.slack_bolt"),
        )
        # Bolt's own client (authorization, listener `client`) talks to the same API as ours,
        # and never retries on its own either.
        bolt.client.base_url = self._api_url
        bolt.client.retry_handlers = []
        bolt.middleware(self._refuse_replays)

        @bolt.command(COMMAND)
        async def on_news(ack: Any, command: dict[str, Any], respond: Any) -> None:
            await ack()  # within Slack's 3 s; the answer follows through response_url
            reply = await self.run_command(command)
            try:
                response = await respond(**reply_payload(reply))
            except (aiohttp.ClientError, TimeoutError) as e:
                log.error("cannot answer through response_url", extra={"error": str(e)})
                return
            if response.status_code != 200:
                log.warning("response_url refused our answer",
                            extra={"status": response.status_code, "body": response.body[:200]})

        @bolt.action(render.OPEN_ACTION)
        async def on_open_link(ack: Any) -> None:
            # A link button opens the browser by itself, but with interactivity enabled Slack
            # still sends block_actions and shows a warning unless it is acknowledged.
            await ack()

        return bolt

    async def _refuse_replays(self, req: Any, resp: BoltResponse, next: Any) -> BoltResponse:
        """Bolt verified the signature; refuse one we have already seen within its window."""
        signature = (req.headers.get("x-slack-signature") or [None])[0]
        if signature and req.mode == "http":
            now = self._clock()
            if len(self._seen_signatures) > 1000:
                self._seen_signatures = {
                    s: t for s, t in self._seen_signatures.items() if t > now
                }
            expires = self._seen_signatures.get(signature)
            if expires is not None and expires > now:
                log.warning("replayed Slack request refused")
                return BoltResponse(status=401, body="replayed request")
            self._seen_signatures[signature] = now + SIGNATURE_WINDOW
        return await next()  # type: ignore[no-any-return]

    def web_routes(self) -> list[web.RouteDef]:
        """Routes for the `web` process: Slack's Events API, slash commands, interactivity."""
        return [web.post(EVENTS_PATH, self.handle_http)]

    async def handle_http(self, request: web.Request) -> web.Response:
        if self.bolt is None:
            return web.Response(status=503, text="Slack is not configured (SLACK_BOT_TOKEN)")
        bolt_response = await self.bolt.async_dispatch(await to_bolt_request(request))
        return await to_aiohttp_response(bolt_response)


def reply_payload(reply: Reply) -> dict[str, Any]:
    """A Reply as a response_url / chat message body; errors are always ephemeral."""
    ephemeral = reply.ephemeral or not reply.ok
    return {
        "text": render.reply_fallback(reply),
        "blocks": render.reply_blocks(reply),
        "response_type": "ephemeral" if ephemeral else "in_channel",
        "unfurl_links": False,
        "unfurl_media": False,
    }


def _metadata_key(message: dict[str, Any]) -> str | None:
    metadata = message.get("metadata") or {}
    if metadata.get("event_type") != METADATA_EVENT:
        return None
    key = (metadata.get("event_payload") or {}).get("key")
    return key if isinstance(key, str) else None


def _error_code(e: SlackApiError) -> str:
    """Slack's error code, or a description of an answer that is not a Slack API answer."""
    status = getattr(e.response, "status_code", "?")
    try:
        code = e.response.get("error")
    except Exception:  # a body that is not JSON at all
        code = None
    return str(code) if code else f"HTTP {status} without a Slack error code"


def _retry_after(e: SlackApiError) -> float:
    headers = {k.lower(): v for k, v in (e.response.headers or {}).items()}
    value = headers.get("retry-after")
    if isinstance(value, list):
        value = value[0] if value else None
    try:
        return max(0.0, float(value)) if value is not None else 1.0
    except ValueError:
        return 1.0
