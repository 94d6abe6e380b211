"""A chat platform for tests: records every post and can be told to fail like a real one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot.core.errors import ChannelGone, DeliveryError, RateLimited
from bot.core.types import ChannelRef, CommandContext, Digest, Reply


@dataclass
class RecordingAdapter:
    platform: str = "console"
    posts: list[tuple[ChannelRef, Digest, str]] = field(default_factory=list)
    answers: list[tuple[CommandContext, Reply]] = field(default_factory=list)
    errors: list[tuple[ChannelRef, str]] = field(default_factory=list)
    # Failures to raise on the next posts, in order: "rate", "gone", "error".
    fail_next: list[str] = field(default_factory=list)

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    async def post(
        self, channel: ChannelRef, digest: Digest, *, key: str, since: datetime | None = None
    ) -> str:
        if self.fail_next:
            kind = self.fail_next.pop(0)
            if kind == "rate":
                raise RateLimited(self.platform, "slow down", retry_after=30)
            if kind == "gone":
                raise ChannelGone(self.platform, "channel_not_found")
            raise DeliveryError(self.platform, "server error")
        self.posts.append((channel, digest, key))
        return f"msg-{len(self.posts)}"

    async def answer(self, ctx: CommandContext, reply: Reply) -> None:
        self.answers.append((ctx, reply))

    async def report_error(self, channel: ChannelRef, message: str) -> None:
        self.errors.append((channel, message))

    @property
    def headlines(self) -> list[str]:
        return [item.headline for _, d, _ in self.posts for item in d.items]
