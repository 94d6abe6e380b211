"""The one small protocol every chat platform implements, and its optional capabilities.

An adapter is a thin translator (like bolt-python's): it turns a platform-free `Digest` or
`Reply` into the platform's format and sends it, and turns the platform's slash-command events
into calls of `bot.chat.commands.CommandHandler`. It never fetches, filters or summarizes.

What a platform can do beyond `Adapter` is a capability protocol of its own, checked with
`isinstance` (they are runtime-checkable): `Editable` (replace a posted story) and
`HasWebRoutes` (endpoints mounted on the `web` process), `Notifiable` (feed alerts as their
own messages) and `MentionChecker` (roles / user groups a feed may mention). Every adapter
module exposes one factory, `create(services) -> Adapter`, taking
`bot.chat.adapter_services.AdapterServices`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from bot.core.types import ChannelRef, CommandContext, Digest, Reply

if TYPE_CHECKING:
    from aiohttp import web

# How an adapter runs a `/news` command: `CommandHandler.handle`, or a stand-in in tests.
CommandRunner = Callable[[CommandContext, str], Awaitable[Reply]]


@runtime_checkable
class Adapter(Protocol):
    platform: str  # the `platform` part of channel names this adapter serves ("slack")

    async def start(self) -> None:
        """Connect and verify credentials; raise ConfigError with a clear message if wrong."""

    async def close(self) -> None: ...

    async def post(
        self, channel: ChannelRef, digest: Digest, *, key: str, since: datetime | None = None
    ) -> str:
        """Post `digest` to `channel` and return the platform message id.

        `key` is stable per (channel, story/roundup): adapters use it for idempotency (Discord
        nonce, a Slack metadata check) so that a resend after a crash does not duplicate.
        `since` is set when an earlier attempt (a crashed or replaced worker) may have posted
        this digest, at or after that time: an adapter that can ask the platform must check
        its *fresh* state (no cache) for a message with `key` before posting again.
        Raises RateLimited (transient, retry later) or ChannelGone (permanent).
        """

    async def answer(self, ctx: CommandContext, reply: Reply) -> None:
        """Show a command's reply to the user who ran it."""

    async def report_error(self, channel: ChannelRef, message: str) -> None:
        """Tell a channel's admins that something needs their attention."""


@runtime_checkable
class Editable(Protocol):
    """Can replace a posted story (used to add "also covered by" when other outlets report it
    later). Platforms that cannot edit simply do not implement it."""

    async def edit(self, channel: ChannelRef, message_id: str, digest: Digest) -> None: ...


@runtime_checkable
class HasWebRoutes(Protocol):
    """Serves endpoints on the `web` process (Slack events, Discord interactions).

    May raise ConfigError when a credential the endpoint needs is missing."""

    def web_routes(self) -> Sequence[web.RouteDef]: ...


@runtime_checkable
class Notifiable(Protocol):
    """Posts short notices (feed alerts) with the same idempotency rules as `post`: `key` is
    the notice's dedupe key, `since` set when an earlier attempt may have posted it. Without
    it the dispatcher shows notices with `report_error`."""

    async def notify(
        self, channel: ChannelRef, text: str, *, key: str, since: datetime | None = None
    ) -> str: ...


@runtime_checkable
class MentionChecker(Protocol):
    """Knows the platform's roles / user groups: `check_mention(ctx, text)` returns the token to
    post ("<@&123>", "<!subteam^S1>") and a label ("@editors"), or raises CommandError."""

    async def check_mention(self, ctx: CommandContext, text: str) -> tuple[str, str]: ...
