"""The Discord adapter: digests as embeds, `/news` slash commands, webhook channels.

Two ways in for commands, one command code path:
- gateway: discord.py's client keeps a websocket open and dispatches INTERACTION_CREATE to the
  app_commands tree (adapters/discord_commands.py);
- HTTP interactions: Discord POSTs signed interactions to `/discord/interactions` on the `web`
  process (adapters/discord_http.py), for deployments without a persistent connection.
Both read the options with `command_text()` and answer through `_reply()`.

Two ways out for digests: the bot user (`discord:<channel id>`) or a channel webhook
(`discord:webhook-<name>`, URL from the DISCORD_WEBHOOKS secret) with the outlet as its name.
Every message goes out with `allowed_mentions` = none: feed text can never ping anyone. The
one exception is a role an admin chose (the channel's `ping_roles`, or a feed's `mention`,
checked against the server's roles when it was set): that role, and nothing else, is allowed.
A webhook channel posts each feed under its own name and avatar (default: the outlet's name).

Exactly once in bot channels: every message carries a nonce derived from the idempotency key,
with `enforce_nonce`, so Discord answers a resend within its nonce window (a few minutes) with
the original message. A story an earlier lease may have posted (`since`) is also looked up in
the channel's fresh history since that lease began (our bot's messages, by nonce or by content),
which covers a resend after the nonce window. Webhook channels can do neither: Discord offers
no nonce and no history for a webhook, so a crash between posting and recording the post may
repeat that one story (docs/delivery.md).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import secrets
from collections.abc import Callable, Coroutine, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

import aiohttp
import discord
from aiohttp import web
from aiolimiter import AsyncLimiter
from discord import app_commands

from adapters.discord_client import Client, webhook_session
from adapters.discord_commands import (
    build_group,
    command_path,
    command_text,
    feed_choices,
    focused_option,
    is_admin,
)
from adapters.discord_http import HttpAnswer, InteractionsEndpoint, check_public_key
from adapters.discord_render import (
    CONTENT_MAX,
    digest_messages,
    fit,
    nonce_for,
    reply_messages,
)
from bot.chat.adapter_services import AdapterServices
from bot.core.adapter import CommandRunner
from bot.core.errors import ChannelGone, CommandError, ConfigError, DeliveryError, RateLimited
from bot.core.types import ChannelRef, CommandContext, Digest, Reply

if TYPE_CHECKING:
    from discord.types.interactions import Interaction as InteractionPayload

    from bot.store.base import CatalogStore

log = logging.getLogger(__name__)

PLATFORM = "discord"
WEBHOOK_PREFIX = "webhook-"
EPHEMERAL = 64
DEFAULT_API_URL = "https://discord.com/api/v10"
NO_MENTIONS = discord.AllowedMentions.none()
NO_MENTIONS_JSON: dict[str, list[str]] = {"parse": []}
# discord.py waits out short 429s itself; longer ones come back to the dispatcher as RateLimited.
MAX_RATELIMIT_WAIT = 30.0
TRIES_DEFAULT_WAIT = 5.0
HISTORY_PAGE = 100  # Discord's maximum per history request
HISTORY_MAX_PAGES = 20  # a fresh duplicate check reads at most 2,000 messages
CLOCK_SKEW = 60.0  # seconds our clock may be ahead of Discord's; the check starts this early
_BAD_WEBHOOK_NAME = re.compile(r"discord|clyde|[@#:]|```", re.IGNORECASE)
CHOICE_PREFIX = "nb:"  # custom_id of a choice button: the prefix, then the /news words
CUSTOM_ID_MAX = 100
_ROLE_MENTION = re.compile(r"^<@&(\d{17,20})>$")


@dataclass(frozen=True)
class DiscordConfig:
    token: str | None = field(repr=False)  # secrets never reach logs or reprs
    api_url: str | None = None  # REST base, e.g. http://127.0.0.1:8123/api/v10 in tests
    public_key: str | None = None  # hex Ed25519 key of the application (HTTP interactions)
    guild_id: int | None = None  # sync commands to this guild only (development: instant)
    gateway: bool = True  # False: commands come only through the HTTP interactions endpoint
    sync_commands: bool = True
    admins: tuple[str, ...] = ()
    admin_role: str | None = None
    ping_roles: Mapping[str, str] | None = None  # channel id → role id, set by an admin
    webhooks: Mapping[str, str] | None = field(default=None, repr=False)  # name → URL (secret)
    defer_after: float = 2.0  # seconds before a slow command is deferred (Discord allows 3)
    channel_rate: tuple[int, float] = (5, 5.0)  # our own pacing: messages per seconds, per channel


class DiscordAdapter:
    platform = PLATFORM

    def __init__(
        self,
        config: DiscordConfig,
        *,
        commands: CommandRunner | None = None,
        catalog: CatalogStore | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.config = config
        self._commands = commands
        self._catalog = catalog
        self._clock = clock
        self._client: Client | None = None
        self._tree: app_commands.CommandTree | None = None
        self._session: aiohttp.ClientSession | None = None
        self._gateway_task: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._limiters: dict[str, AsyncLimiter] = {}
        self._webhooks: dict[str, discord.Webhook] = {}
        if config.public_key:
            check_public_key(config.public_key)
        for channel_id, role in (config.ping_roles or {}).items():
            if not role.isdigit():
                raise ConfigError(f"discord.ping_roles[{channel_id!r}] must be a numeric role id")

    # lifecycle ---------------------------------------------------------------------------------
    @property
    def client(self) -> Client:
        if self._client is None:
            raise RuntimeError("DiscordAdapter is not started")
        return self._client

    async def start(self) -> None:
        cfg = self.config
        if not cfg.token or not cfg.token.strip():
            raise ConfigError(
                "DISCORD_TOKEN is not set: copy the bot token from the Discord developer portal "
                "(Bot → Reset Token) into the environment; see docs/discord.md"
            )
        api_url = (cfg.api_url or DEFAULT_API_URL).rstrip("/")
        self._session = session = webhook_session(cfg.api_url)
        self._webhooks = self._parse_webhooks(cfg.webhooks or {}, session)
        client = Client(
            api_url=cfg.api_url,
            intents=discord.Intents.none(),
            max_ratelimit_timeout=MAX_RATELIMIT_WAIT,
        )
        self._client = client
        try:
            await client.login(cfg.token.strip())
        except discord.LoginFailure:
            await self.close()
            raise ConfigError(
                "Discord rejected DISCORD_TOKEN (401 Unauthorized): reset the bot token in the "
                "developer portal and export the new one"
            ) from None
        except (discord.HTTPException, aiohttp.ClientError, OSError) as e:
            await self.close()
            raise ConfigError(f"cannot verify DISCORD_TOKEN at {api_url}: {e}") from None
        except BaseException:
            await self.close()
            raise
        tree = app_commands.CommandTree(client)
        guild = discord.Object(cfg.guild_id) if cfg.guild_id else None
        tree.add_command(build_group(self._run_gateway, self._complete_feed), guild=guild)
        self._tree = tree
        if cfg.sync_commands:
            await self._sync_commands(tree, guild)
        if cfg.gateway:
            # A proxy or test server names its own gateway; discord.py defaults to Discord's.
            await client.learn_gateway()
            self._gateway_task = asyncio.create_task(self._connect(client), name="discord-gateway")
        log.info(
            "discord adapter started",
            extra={"user": str(client.user), "gateway": cfg.gateway, "guild": cfg.guild_id},
        )

    async def _sync_commands(
        self, tree: app_commands.CommandTree, guild: discord.Object | None
    ) -> None:
        try:
            synced = await tree.sync(guild=guild)
        except discord.HTTPException as e:
            # Posting still works without commands; say what to fix and carry on.
            log.error(
                "could not register /news commands: invite the bot with the "
                "applications.commands scope (see docs/discord.md)",
                extra={"status": e.status, "error": e.text},
            )
            return
        log.info(
            "slash commands synced", extra={"count": len(synced), "guild": self.config.guild_id}
        )

    async def _connect(self, client: Client) -> None:
        try:
            await client.connect(reconnect=True)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("discord gateway connection ended")

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._client is not None:
            await self._client.close()
        if self._gateway_task is not None:
            self._gateway_task.cancel()
            await asyncio.gather(self._gateway_task, return_exceptions=True)
            self._gateway_task = None
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> asyncio.Task[Any]:
        """Background work we keep a reference to, log on failure and cancel on close."""
        task = asyncio.create_task(coro, name=name)
        self._tasks.add(task)

        def done(t: asyncio.Task[Any]) -> None:
            self._tasks.discard(t)
            if not t.cancelled() and t.exception() is not None:
                log.error("discord background task failed", exc_info=t.exception())

        task.add_done_callback(done)
        return task

    # posting -----------------------------------------------------------------------------------
    def _parse_webhooks(
        self, urls: Mapping[str, str], session: aiohttp.ClientSession
    ) -> dict[str, discord.Webhook]:
        hooks = {}
        for name, url in urls.items():
            try:
                hooks[name] = discord.Webhook.from_url(url, session=session)
            except ValueError:
                raise ConfigError(
                    f"DISCORD_WEBHOOKS[{name!r}] is not a Discord webhook URL "
                    "(https://discord.com/api/webhooks/<id>/<token>)"
                ) from None
        return hooks

    def _limiter(self, channel: ChannelRef) -> AsyncLimiter:
        if channel.id not in self._limiters:
            rate, period = self.config.channel_rate
            self._limiters[channel.id] = AsyncLimiter(rate, period)
        return self._limiters[channel.id]

    async def post(
        self, channel: ChannelRef, digest: Digest, *, key: str, since: datetime | None = None
    ) -> str:
        """Send the digest (one or more messages); returns the first message's id.

        `since`: an earlier attempt may have posted it since then; in a bot channel, parts
        already in the channel's history are not sent again (webhooks cannot be checked).
        """
        messages = digest_messages(digest)
        # Feeds' mentions (validated when an admin set them; a roundup carries those of its
        # stories' feeds) win over the channel's ping role.
        feed_roles = _roles_of(digest.mentions)
        if channel.id.startswith(WEBHOOK_PREFIX):
            username = digest.sender_name or (
                digest.items[0].outlet if digest.kind == "story" and digest.items else None)
            ids = [await self._send_webhook(channel, m, username, digest.sender_avatar,
                                            feed_roles if i == 0 else ())
                   for i, m in enumerate(messages)]
        else:
            roles = self._roles_for(channel, digest)
            posted = await self._posted_since(channel, since) if since is not None else {}
            ids = []
            for i, m in enumerate(messages):
                nonce = nonce_for(key, i)
                found = posted.get(nonce) or posted.get(
                    _signature(_with_role(m["content"], roles if i == 0 else ()), m["embeds"])
                )
                if found is not None:
                    log.info("posted by an earlier attempt; not posting again",
                             extra={"channel": str(channel), "key": key, "message_id": found})
                    ids.append(found)
                else:
                    ids.append(await self._send_channel(
                        channel, m, nonce, roles if i == 0 else ()
                    ))
        return ids[0]

    async def _posted_since(self, channel: ChannelRef, since: datetime) -> dict[str, str]:
        """Our bot's messages in the channel since `since`, read from Discord now: message id
        by nonce (when Discord returns it) and by content signature."""
        channel_id = self._channel_id(channel)
        me = str(self.client.user.id) if self.client.user else None
        after = discord.utils.time_snowflake(since - timedelta(seconds=CLOCK_SKEW))
        found: dict[str, str] = {}
        for _ in range(HISTORY_MAX_PAGES):
            try:
                page = await self.client.http.logs_from(channel_id, HISTORY_PAGE, after=after)
            except discord.Forbidden as e:
                # No Read Message History permission: the nonce is the only guard left.
                log.warning("cannot read channel history for duplicates; relying on the nonce",
                            extra={"channel": str(channel), "error": e.text})
                return found
            except discord.NotFound as e:
                raise ChannelGone(PLATFORM, f"{channel}: 404 {e.text}") from e
            except (discord.HTTPException, aiohttp.ClientError, OSError, TimeoutError) as e:
                # Unverified is not "not posted": try again later rather than risk a duplicate.
                raise DeliveryError(
                    PLATFORM, f"{channel}: cannot check history before a resend: {e!r}"
                ) from e
            for m in page:
                if me is not None and str((m.get("author") or {}).get("id")) != me:
                    continue
                if m.get("nonce"):
                    found[str(m["nonce"])] = str(m["id"])
                found[_signature(m.get("content") or "", m.get("embeds") or [])] = str(m["id"])
            if len(page) < HISTORY_PAGE:
                return found
            after = max(int(m["id"]) for m in page)
        log.warning("too many messages since the earlier attempt to check them all",
                    extra={"channel": str(channel)})
        return found

    def _roles_for(self, channel: ChannelRef, digest: Digest) -> tuple[str, ...]:
        """The roles a post in a bot channel mentions: its feeds', else the channel's."""
        ping = (self.config.ping_roles or {}).get(channel.id)
        return _roles_of(digest.mentions) or ((ping,) if ping else ())

    async def edit(self, channel: ChannelRef, message_id: str, digest: Digest) -> None:
        """Replace a posted story's message, e.g. to add "also covered by". The role mention
        it was posted with stays shown (an edit pings nobody: no allowed mentions)."""
        message = digest_messages(digest)[0]
        embeds = [discord.Embed.from_dict(e) for e in message["embeds"]]
        roles = (_roles_of(digest.mentions) if channel.id.startswith(WEBHOOK_PREFIX)
                 else self._roles_for(channel, digest))
        message = {**message, "content": _with_role(message["content"], roles)}
        async with self._limiter(channel):
            with _delivery_errors(channel):
                if channel.id.startswith(WEBHOOK_PREFIX):
                    hook = self._webhooks.get(channel.id.removeprefix(WEBHOOK_PREFIX))
                    if hook is None:
                        raise ChannelGone(PLATFORM, f"no webhook URL for {channel}")
                    await hook.edit_message(
                        int(message_id), content=message["content"], embeds=embeds,
                        allowed_mentions=NO_MENTIONS,
                    )
                    return
                target = self.client.get_partial_messageable(self._channel_id(channel))
                await target.get_partial_message(int(message_id)).edit(
                    content=message["content"], embeds=embeds, allowed_mentions=NO_MENTIONS
                )

    def _channel_id(self, channel: ChannelRef) -> int:
        try:
            return int(channel.id)
        except ValueError:
            raise ChannelGone(
                PLATFORM,
                f"{channel} is not a Discord channel id: use discord:<numeric id> or "
                "discord:webhook-<name>",
            ) from None

    async def _send_channel(
        self,
        channel: ChannelRef,
        message: dict[str, Any],
        nonce: str | None,
        roles: Sequence[str] = (),
    ) -> str:
        target = self.client.get_partial_messageable(self._channel_id(channel))
        content, mentions = _with_role(message["content"], roles), _mentions(roles)
        async with self._limiter(channel):
            with _delivery_errors(channel):
                sent = await target.send(
                    content=content,
                    embeds=[discord.Embed.from_dict(e) for e in message["embeds"]],
                    # A resend with the same nonce (after a crash) returns the first message.
                    # No nonce: a random one, as discord.py itself picks (its typed overloads
                    # do not take None).
                    nonce=nonce if nonce is not None else secrets.randbits(64),
                    allowed_mentions=mentions,
                )
        return str(sent.id)

    async def _send_webhook(
        self, channel: ChannelRef, message: dict[str, Any], username: str | None,
        avatar: str | None = None, roles: Sequence[str] = (),
    ) -> str:
        name = channel.id.removeprefix(WEBHOOK_PREFIX)
        hook = self._webhooks.get(name)
        if hook is None:
            raise ChannelGone(
                PLATFORM,
                f"no webhook URL for {channel}: add {name!r} to the DISCORD_WEBHOOKS secret",
            )
        async with self._limiter(channel):
            with _delivery_errors(channel):
                sent = await hook.send(
                    content=_with_role(message["content"], roles) or discord.utils.MISSING,
                    embeds=[discord.Embed.from_dict(e) for e in message["embeds"]],
                    username=_webhook_name(username),
                    avatar_url=avatar or discord.utils.MISSING,
                    allowed_mentions=_mentions(roles),
                    wait=True,
                )
        return str(sent.id)

    async def _send_text(self, channel: ChannelRef, text: str) -> str:
        content = fit(text, CONTENT_MAX)
        message: dict[str, Any] = {"content": content, "embeds": []}
        if channel.id.startswith(WEBHOOK_PREFIX):
            return await self._send_webhook(channel, message, None)
        return await self._send_channel(channel, message, nonce_for(f"text:{text}"))

    async def report_error(self, channel: ChannelRef, message: str) -> None:
        # Same text within Discord's nonce window → one message: repeated alerts do not spam.
        await self._send_text(channel, f"⚠️ newsbrief: {message}")

    async def notify(
        self, channel: ChannelRef, text: str, *, key: str, since: datetime | None = None
    ) -> str:
        """A feed alert: plain text with the notice's key as nonce (a resend within Discord's
        nonce window returns the first message); after a possible earlier post (`since`) the
        channel's history is checked first."""
        content = fit(text, CONTENT_MAX)
        message: dict[str, Any] = {"content": content, "embeds": []}
        if channel.id.startswith(WEBHOOK_PREFIX):
            return await self._send_webhook(channel, message, None)
        nonce = nonce_for(key)
        if since is not None:
            posted = await self._posted_since(channel, since)
            found = posted.get(nonce) or posted.get(_signature(content, []))
            if found is not None:
                return found
        return await self._send_channel(channel, message, nonce)

    async def check_mention(self, ctx: CommandContext, text: str) -> tuple[str, str]:
        """A role of this server, by mention, id or name; never @everyone (whose id is the
        server's). Returns ("<@&id>", "@name"); CommandError if the server has no such role."""
        if not ctx.workspace or not ctx.workspace.isdigit():
            raise CommandError("roles can be mentioned only in a server's channels")
        try:
            roles = await self.client.http.get_roles(int(ctx.workspace))
        except (discord.HTTPException, aiohttp.ClientError, OSError, TimeoutError) as e:
            raise CommandError(f"cannot read this server's roles now: {e}") from e
        wanted = text.strip()
        m = _ROLE_MENTION.match(wanted)
        wanted_id = m[1] if m else (wanted if wanted.isdigit() else None)
        name = wanted.removeprefix("@").lower()
        for role in roles:
            rid, rname = str(role.get("id")), str(role.get("name") or "")
            if rid == ctx.workspace or rname in ("@everyone", "@here"):
                continue  # the @everyone role
            if rid == wanted_id or (wanted_id is None and rname.lower() == name):
                return f"<@&{rid}>", "@" + rname.removeprefix("@")
        raise CommandError(f"this server has no role {text!r}: use @role as Discord shows it")

    async def answer(self, ctx: CommandContext, reply: Reply) -> None:
        """A reply outside an interaction (e.g. from the CLI): posted in the channel."""
        for m in reply_messages(reply):
            if ctx.channel.id.startswith(WEBHOOK_PREFIX):
                await self._send_webhook(ctx.channel, m, None)
            else:
                await self._send_channel(ctx.channel, m, None)  # a fresh answer: no dedup

    # commands ----------------------------------------------------------------------------------
    async def _complete_feed(self, current: str) -> list[tuple[str, str]]:
        if self._catalog is None:
            return []
        return feed_choices(await self._catalog.list_feeds(), current)

    async def _handle(self, ctx: CommandContext, text: str) -> Reply:
        if self._commands is None:
            return Reply(text="newsbrief is not ready yet; try again in a minute.", ok=False)
        try:
            return await self._commands(ctx, text)
        except Exception:
            log.exception("command crashed", extra={"command": text, "channel": str(ctx.channel)})
            return Reply(
                text="Something went wrong on our side. Try again in a minute; `/news help` "
                "lists the commands.",
                ok=False,
            )

    def _context(
        self, channel_id: Any, user_id: Any, permissions: int, roles: Any, guild_id: Any = None
    ) -> CommandContext:
        role_ids = tuple(str(r) for r in roles or ())
        admin = is_admin(
            permissions=permissions,
            user_id=str(user_id),
            role_ids=role_ids,
            admins=self.config.admins,
            admin_role=self.config.admin_role,
        )
        return CommandContext(ChannelRef(PLATFORM, str(channel_id)), str(user_id), is_admin=admin,
                              workspace=str(guild_id) if guild_id else None, roles=role_ids)

    async def _run_gateway(self, interaction: discord.Interaction) -> None:
        """The app_commands callback of every `/news` subcommand (gateway mode)."""
        user = interaction.user
        ctx = self._context(
            interaction.channel_id,
            user.id,
            interaction.permissions.value,
            getattr(user, "_roles", ()),  # role ids as sent; Member.roles needs a guild cache
            interaction.guild_id,
        )
        data: Mapping[str, Any] = interaction.data or {}
        task = asyncio.create_task(self._handle(ctx, command_text(data)))
        done, _ = await asyncio.wait({task}, timeout=self.config.defer_after)
        deferred_ephemeral: bool | None = None
        if not done:
            deferred_ephemeral = _likely_ephemeral(data)
            await interaction.response.defer(ephemeral=deferred_ephemeral, thinking=True)
        await self._reply(interaction, await task, deferred_ephemeral)

    async def _reply(
        self, interaction: discord.Interaction, reply: Reply, deferred_ephemeral: bool | None
    ) -> None:
        """Send a reply to an interaction: first message as the response, the rest as
        follow-ups. Errors are always ephemeral."""
        ephemeral = reply.ephemeral or not reply.ok
        messages = reply_messages(reply)
        first, rest = messages[0], messages[1:]
        embeds = [discord.Embed.from_dict(e) for e in first["embeds"]]
        if deferred_ephemeral is None and not interaction.response.is_done():
            await interaction.response.send_message(
                content=first["content"],
                embeds=embeds,
                ephemeral=ephemeral,
                allowed_mentions=NO_MENTIONS,
                view=self._choice_view(reply) or discord.utils.MISSING,
            )
        elif deferred_ephemeral is False and ephemeral:
            # The "thinking…" placeholder is public; a private answer must not replace it.
            await interaction.delete_original_response()
            rest = messages
        else:
            await interaction.edit_original_response(
                content=first["content"], embeds=embeds, allowed_mentions=NO_MENTIONS
            )
        await self._followups(interaction, reply, rest)

    def _choice_view(self, reply: Reply) -> discord.ui.View | None:
        """Buttons for a reply's choices (gateway mode); pressing one runs its command as the
        member who pressed it and answers privately."""
        buttons = _choice_buttons(reply)
        if not buttons:
            return None
        view = discord.ui.View(timeout=900)
        for label, custom_id in buttons:
            button: discord.ui.Button[discord.ui.View] = discord.ui.Button(
                label=label, custom_id=custom_id, style=discord.ButtonStyle.secondary)

            async def pressed(interaction: discord.Interaction, cid: str = custom_id) -> None:
                user = interaction.user
                ctx = self._context(interaction.channel_id, user.id,
                                    interaction.permissions.value,
                                    getattr(user, "_roles", ()), interaction.guild_id)
                reply = await self._handle(ctx, cid.removeprefix(CHOICE_PREFIX))
                await self._reply(interaction, reply, None)

            button.callback = pressed  # type: ignore[method-assign]
            view.add_item(button)
        return view

    # HTTP interactions -------------------------------------------------------------------------
    def web_routes(self) -> list[web.RouteDef]:
        """`POST /discord/interactions` for the `web` process (needs DISCORD_PUBLIC_KEY)."""
        if not self.config.public_key:
            raise ConfigError(
                "DISCORD_PUBLIC_KEY is not set: copy the application's public key from the "
                "developer portal (General Information) to serve /discord/interactions"
            )
        endpoint = InteractionsEndpoint(
            self.config.public_key, self._http_interaction, self._clock, self._spawn
        )
        return [web.post("/discord/interactions", endpoint.handle)]

    async def _http_interaction(self, payload: dict[str, Any]) -> HttpAnswer:
        """Answer one verified, non-PING interaction: the HTTP response, then follow-ups."""
        kind = payload.get("type")
        data = payload.get("data") or {}
        if kind == 4:  # autocomplete
            choices = await self._complete_feed(focused_option(data))
            return HttpAnswer(
                {"type": 8, "data": {"choices": [{"name": n, "value": v} for n, v in choices]}}
            )
        if kind not in (2, 3) or (kind == 2 and data.get("name") != "news"):
            return HttpAnswer(
                _http_message(Reply(text="This interaction is not supported.", ok=False))
            )
        member = payload.get("member") or {}
        user = member.get("user") or payload.get("user") or {}
        channel_id = payload.get("channel_id") or (payload.get("channel") or {}).get("id")
        ctx = self._context(
            channel_id, user.get("id", ""), int(member.get("permissions") or 0),
            member.get("roles"), payload.get("guild_id"),
        )
        if kind == 3:  # a choice button of an earlier reply: run its command as this member
            custom_id = str(data.get("custom_id") or "")
            if not custom_id.startswith(CHOICE_PREFIX):
                return HttpAnswer(_http_message(Reply(text="This button is not ours.", ok=False)))
            reply = await self._handle(ctx, custom_id.removeprefix(CHOICE_PREFIX))
            return HttpAnswer(_http_message(reply))
        # The same discord.py Interaction as in gateway mode, for follow-ups and edits over REST.
        interaction = discord.Interaction(
            data=cast("InteractionPayload", payload), state=self.client._connection
        )
        task = asyncio.create_task(self._handle(ctx, command_text(data)))
        done, _ = await asyncio.wait({task}, timeout=self.config.defer_after)
        if not done:
            private = _likely_ephemeral(data)
            return HttpAnswer(
                {"type": 5, "data": {"flags": EPHEMERAL if private else 0}},
                self._finish_deferred(interaction, task, private),
            )
        reply = task.result()
        messages = reply_messages(reply)
        later = self._followups(interaction, reply, messages[1:]) if len(messages) > 1 else None
        return HttpAnswer(_http_message(reply, messages[0]), later)

    async def _finish_deferred(
        self, interaction: discord.Interaction, task: asyncio.Task[Reply], private: bool
    ) -> None:
        await self._reply(interaction, await task, private)

    async def _followups(
        self, interaction: discord.Interaction, reply: Reply, messages: list[dict[str, Any]]
    ) -> None:
        for m in messages:
            await interaction.followup.send(
                content=m["content"] or discord.utils.MISSING,
                embeds=[discord.Embed.from_dict(e) for e in m["embeds"]],
                ephemeral=reply.ephemeral or not reply.ok,
                allowed_mentions=NO_MENTIONS,
            )


def _roles_of(mentions: Sequence[str]) -> tuple[str, ...]:
    """The role ids of validated feed mentions ("<@&123>"), once each; anything else is
    dropped."""
    found = (_ROLE_MENTION.match(m) for m in mentions)
    return tuple(dict.fromkeys(m[1] for m in found if m))


def _mentions(roles: Sequence[str]) -> discord.AllowedMentions:
    """Nobody, or the roles an admin chose: never @everyone, @here or a user."""
    if not roles:
        return NO_MENTIONS
    return discord.AllowedMentions(
        everyone=False, users=False, roles=[discord.Object(int(r)) for r in roles],
        replied_user=False,
    )


def _choice_buttons(reply: Reply) -> list[tuple[str, str]]:
    """(label, custom_id) per choice whose command fits a custom_id; at most 5 (one row)."""
    out = []
    for c in reply.choices[:5]:
        custom_id = CHOICE_PREFIX + c.command
        if len(custom_id) <= CUSTOM_ID_MAX:
            out.append((fit(c.label, 80), custom_id))
    return out


def _with_role(content: str | None, roles: Sequence[str]) -> str | None:
    if not roles:
        return content
    return (" ".join(f"<@&{r}>" for r in roles) + f" {content or ''}").strip()


def _signature(content: str | None, embeds: Iterable[Mapping[str, Any]]) -> str:
    """What identifies one of our messages in history when Discord does not return its nonce:
    its text and its embeds' titles and links (a story's link is unique in its channel)."""
    parts = [content or ""] + [f"{e.get('title', '')}\x1f{e.get('url', '')}" for e in embeds]
    return "sig:" + "\x1e".join(parts)


def _likely_ephemeral(data: Mapping[str, Any]) -> bool:
    """Whether to defer privately, before the reply is known: only `digest` posts publicly."""
    path, _ = command_path(data)
    return path[:1] != ["digest"]


def _http_message(reply: Reply, message: dict[str, Any] | None = None) -> dict[str, Any]:
    message = message or reply_messages(reply)[0]
    body: dict[str, Any] = {"allowed_mentions": NO_MENTIONS_JSON, "embeds": message["embeds"]}
    if message["content"]:
        body["content"] = message["content"]
    if reply.ephemeral or not reply.ok:
        body["flags"] = EPHEMERAL
    if buttons := _choice_buttons(reply):
        body["components"] = [{"type": 1, "components": [
            {"type": 2, "style": 2, "label": label, "custom_id": custom_id}
            for label, custom_id in buttons]}]
    return {"type": 4, "data": body}


def _webhook_name(outlet: str | None) -> str:
    """Discord refuses webhook names containing "discord", "clyde", @, #, : or ```."""
    name = _BAD_WEBHOOK_NAME.sub("", outlet or "").strip()[:80]
    return name if len(name) >= 2 and name.lower() not in ("everyone", "here") else "newsbrief"


@contextlib.contextmanager
def _delivery_errors(ch: ChannelRef) -> Iterator[None]:
    """Map discord.py errors to ours: 403/404 → ChannelGone, long waits → RateLimited."""
    try:
        yield
    except discord.RateLimited as exc:
        raise RateLimited(
            PLATFORM, f"Discord asks us to wait {exc.retry_after:.0f}s", exc.retry_after
        ) from exc
    except (discord.Forbidden, discord.NotFound) as exc:
        raise ChannelGone(
            PLATFORM,
            f"{ch}: {exc.status} {exc.text or exc.response.reason} (bot removed, channel "
            "deleted, or missing Send Messages/Embed Links permission)",
        ) from exc
    except discord.HTTPException as exc:
        if exc.status == 429:
            raise RateLimited(
                PLATFORM, f"{ch}: still rate limited after retries", TRIES_DEFAULT_WAIT
            ) from exc
        raise DeliveryError(PLATFORM, f"{ch}: Discord answered {exc.status}: {exc.text}") from exc
    except (aiohttp.ClientError, OSError, TimeoutError) as exc:
        raise DeliveryError(PLATFORM, f"{ch}: cannot reach Discord: {exc!r}") from exc


def create(services: AdapterServices) -> DiscordAdapter:
    """The adapter factory (see bot.core.adapter)."""
    settings, secrets = services.settings, services.secrets
    token = secrets.discord_token.get_secret_value() if secrets.discord_token else None
    webhooks = {k: v.get_secret_value() for k, v in secrets.discord_webhooks.items()}
    return DiscordAdapter(
        DiscordConfig(
            token=token,
            api_url=settings.discord_api_url,
            public_key=secrets.discord_public_key,
            guild_id=settings.discord.guild_id,
            gateway=settings.discord.gateway,
            sync_commands=settings.discord.sync_commands,
            admins=settings.admins,
            admin_role=settings.discord.admin_role,
            ping_roles=settings.discord.ping_roles,
            webhooks=webhooks,
        ),
        commands=services.commands.handle if services.commands else None,
        catalog=services.catalog,
    )
