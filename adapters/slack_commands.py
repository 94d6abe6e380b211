"""`/news` on Slack: slack-bolt receives the slash command, we decide who is an admin and run it.

HTTP transport: the `web` process mounts `POST /slack/events` (see `SlackCommands.web_routes`)
and hands it to Bolt, which checks the `X-Slack-Signature` HMAC and refuses timestamps more than
5 minutes old. Bolt does not deduplicate, so we also refuse a signature seen before within that
window (per process): a captured request cannot be replayed. In Socket Mode the same Bolt app
receives the commands over the WebSocket the adapter opens.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Sequence
from typing import Any

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters import slack_blocks as render
from adapters.slack_api import PLATFORM, error_code
from bot.core.adapter import CommandRunner
from bot.core.errors import ConfigError
from bot.core.types import ChannelRef, CommandContext, Reply

log = logging.getLogger(__name__)

COMMAND = "/news"
EVENTS_PATH = "/slack/events"  # Bolt's default path
SIGNATURE_WINDOW = 5 * 60.0  # Bolt refuses older timestamps; remembering longer is pointless
ADMIN_CACHE_SECONDS = 300.0
GROUPS_CACHE_SECONDS = 300.0


class SlackCommands:
    def __init__(
        self,
        client: AsyncWebClient,
        *,
        bot_token: str | None,
        signing_secret: str | None,
        api_url: str,
        admins: Sequence[str] = (),
        commands: CommandRunner | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._admins = frozenset(a.removeprefix("slack:") for a in admins)
        self._commands = commands
        self._clock = clock
        self.team_id: str | None = None  # set once auth.test has answered
        self._admin_cache: dict[str, tuple[bool, float]] = {}
        self._groups: tuple[list[dict[str, Any]], float] | None = None
        self._seen_signatures: dict[str, float] = {}
        # Bolt refuses to exist without a token; the adapter's start() explains what is missing.
        self.bolt: AsyncApp | None = (
            self._build_bolt(bot_token, signing_secret, api_url) if bot_token else None
        )

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
            response = await self._client.users_info(user=user_id)
        except (SlackApiError, aiohttp.ClientError, TimeoutError) as e:
            code = error_code(e) if isinstance(e, SlackApiError) else str(e)
            log.warning("users.info failed; treating the user as not admin",
                        extra={"user": user_id, "error": code})
            return False
        user = response.get("user") or {}
        admin = bool(user.get("is_admin") or user.get("is_owner") or user.get("is_primary_owner"))
        if len(self._admin_cache) > 1000:
            self._admin_cache = {u: v for u, v in self._admin_cache.items() if v[1] > now}
        self._admin_cache[user_id] = (admin, now + ADMIN_CACHE_SECONDS)
        return admin

    async def user_groups(self) -> list[dict[str, Any]]:
        """The workspace's user groups with their members (usergroups.list, cached a few
        minutes). A failed lookup is "no groups" (not cached): nobody gains a right by it."""
        now = self._clock()
        if self._groups is not None and self._groups[1] > now:
            return self._groups[0]
        try:
            response = await self._client.usergroups_list(include_users=True)
        except (SlackApiError, aiohttp.ClientError, TimeoutError) as e:
            code = error_code(e) if isinstance(e, SlackApiError) else str(e)
            log.warning("usergroups.list failed", extra={"error": code})
            return []
        groups = list(response.get("usergroups") or [])
        self._groups = (groups, now + GROUPS_CACHE_SECONDS)
        return groups

    async def _roles_of(self, user_id: str) -> tuple[str, ...]:
        return tuple(str(g["id"]) for g in await self.user_groups()
                     if user_id in (g.get("users") or ()))

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
        admin = await self.is_admin(user)
        ctx = CommandContext(
            channel=channel, user=user, is_admin=admin,
            workspace=str(body.get("team_id") or self.team_id or "") or None,
            # Members of a user group may be allowed what admins do (`/news workspace members`).
            roles=() if admin else await self._roles_of(user),
        )
        try:
            return await self._commands(ctx, str(body.get("text") or ""))
        except Exception:
            log.exception("slash command crashed", extra={"channel": channel_id})
            return Reply(text="Something went wrong on our side; it has been logged.", ok=False)

    def _build_bolt(self, bot_token: str, signing_secret: str | None, api_url: str) -> AsyncApp:
        bolt = AsyncApp(
            name="newsbrief",
            # Our token, not `client=`: given a client, Bolt still reads SLACK_BOT_TOKEN from
            # the environment and warns at every start that it will be unused.
            token=bot_token,
            # An empty secret makes every HTTP request fail verification (401); start() refuses
            # to run HTTP mode without one anyway. Never read from os.environ here.
            signing_secret=signing_secret or "",
            logger=logging.getLogger("newsbrief.slack_bolt"),
        )
        # Bolt's own client (authorization, listener `client`) talks to the same API as ours,
        # and never retries on its own either.
        bolt.client.base_url = api_url
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

        @bolt.action(re.compile(f"^{render.CHOICE_ACTION}_\\d+$"))
        async def on_choice(ack: Any, body: dict[str, Any], respond: Any) -> None:
            """A choice button of an earlier reply: its /news words, run as whoever pressed."""
            await ack()
            action = (body.get("actions") or [{}])[0]
            reply = await self.run_command({
                "team_id": (body.get("team") or {}).get("id"),
                "user_id": (body.get("user") or {}).get("id"),
                "channel_id": (body.get("channel") or {}).get("id"),
                "text": str(action.get("value") or ""),
            })
            try:
                await respond(**reply_payload(reply), replace_original=False)
            except (aiohttp.ClientError, TimeoutError) as e:
                log.error("cannot answer a button through response_url", extra={"error": str(e)})

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
        response: BoltResponse = await next()
        return response

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
