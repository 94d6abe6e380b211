"""The one small protocol every chat platform implements.

An adapter is a thin translator (like bolt-python's): it turns a platform-free `Digest` or
`Reply` into the platform's format and sends it, and turns the platform's slash-command events
into calls of `bot.chat.commands.CommandHandler`. It never fetches, filters or summarizes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol, runtime_checkable

from bot.core.types import ChannelRef, CommandContext, Digest, Reply


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

    # Optional: `async def edit(self, channel, message_id, digest) -> None` replaces a posted
    # story (used to add "also covered by" when other outlets report it later). Adapters for
    # platforms that cannot edit simply do not define it.
    #
    # Optional: `async def notify(self, channel, text, *, key, since=None) -> str` posts a short
    # notice (a feed alert) with the same idempotency rules as `post`; without it the
    # dispatcher shows notices with `report_error`.

    async def answer(self, ctx: CommandContext, reply: Reply) -> None:
        """Show a command's reply to the user who ran it."""

    async def report_error(self, channel: ChannelRef, message: str) -> None:
        """Tell a channel's admins that something needs their attention."""
