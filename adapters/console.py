"""The console adapter: digests and command replies printed to a terminal (the default)."""

from __future__ import annotations

import itertools
import sys
from datetime import datetime
from typing import IO, TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.chat.adapter_services import AdapterServices

if TYPE_CHECKING:
    from rich.console import Console
from bot.core.types import (
    HEADLINE_ONLY_NOTE,
    ChannelRef,
    CommandContext,
    Digest,
    DigestItem,
    Reply,
)


def _local(when: datetime | None, tz: str) -> str:
    if when is None:
        return "undated"
    return when.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M %Z")


def render_item(item: DigestItem, tz: str) -> str:
    """Plain text of one story: used by the console and as a fallback text elsewhere."""
    byline = item.outlet + (f" · {', '.join(item.authors)}" if item.authors else "")
    byline += f" · {_local(item.published, tz)}"
    if item.via:
        byline += f" · via {item.via}"
    lines = [item.headline, byline]
    if item.summary:
        lines += ["", item.summary]
    elif item.headline_only:
        lines += ["", HEADLINE_ONLY_NOTE]
    for q in item.quotes:
        lines.append(f"  “{q.text}” — {q.attribution}")
    if item.tags:
        lines.append("tags: " + ", ".join(item.tags))
    if item.also_covered:
        lines.append("also covered by: " + ", ".join(c.outlet for c in item.also_covered))
    if item.link:
        lines.append(item.link)
    lines.append(f"[{item.story_key[:8]}]")
    return "\n".join(lines)


_PANEL_MARGIN = 4  # a panel's border and padding: "│ " and " │"


class ConsoleAdapter:
    platform = "console"

    def __init__(self, stream: IO[str] | None = None, *, color: bool | None = None) -> None:
        self._stream, self._color = stream, color
        self._made: Console | None = None
        self._ids = itertools.count(1)

    @property
    def _console(self) -> Console:
        """rich (~3.6 MB) is imported with the first output, not with the adapter: `run --once`
        prints after its poll, when its pool process is gone, not at the peak beside it."""
        if self._made is None:
            self._made = self._make()
        return self._made

    def _make(self, width: int | None = None) -> Console:
        from rich.console import Console

        return Console(
            file=self._stream or sys.stdout,
            highlight=False,
            no_color=self._color is False,
            force_terminal=self._color,
            soft_wrap=False,
            emoji=False,  # feed and channel text is text: "console:x:" must not be an emoji
            width=width,
        )

    def _fitting(self, digest: Digest) -> Console:
        """The console, or one as wide as the longest link needs: a link cut over two lines of
        the box, "│" between its halves, can be neither opened nor copied. (A terminal narrower
        than that wraps the box's lines itself; the link stays one piece.)"""
        need = max((len(i.link) for i in digest.items if i.link), default=0) + _PANEL_MARGIN
        console = self._console
        return self._make(need) if need > console.width else console

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    async def post(
        self, channel: ChannelRef, digest: Digest, *, key: str, since: datetime | None = None
    ) -> str:
        from rich.markup import escape
        from rich.panel import Panel
        from rich.text import Text

        title = f"#{channel.id}" if digest.kind == "story" else f"#{channel.id} · {digest.title}"
        body = "\n\n".join(render_item(i, digest.timezone) for i in digest.items)
        # Feed text is shown as text: escape() keeps "[bold]" in a headline from being markup.
        self._fitting(digest).print(Panel(Text(body), title=escape(title), title_align="left"))
        return f"console-{next(self._ids)}"

    async def edit(self, channel: ChannelRef, message_id: str, digest: Digest) -> None:
        """A terminal cannot change what it printed: print the update, marked as one."""
        from rich.markup import escape
        from rich.panel import Panel
        from rich.text import Text

        body = "\n\n".join(render_item(i, digest.timezone) for i in digest.items)
        title = f"#{channel.id} · updated {message_id}"
        self._fitting(digest).print(Panel(Text(body), title=escape(title), title_align="left"))

    async def answer(self, ctx: CommandContext, reply: Reply) -> None:
        from rich.text import Text

        # soft_wrap: a reply is one line per line (a terminal wraps it; a pipe or grep sees it
        # whole), never broken inside a URL or a sentence.
        self._console.print(Text(reply.text), style=None if reply.ok else "red", soft_wrap=True)
        if reply.digest is not None:
            for item in reply.digest.items:
                self._console.print(Text(render_item(item, reply.digest.timezone)))
                self._console.print()
        # A terminal has no buttons: each choice is the command to run, numbered.
        for n, choice in enumerate(reply.choices, 1):
            self._console.print(Text(f"  {n}) /news {choice.command}"), soft_wrap=True)

    async def notify(
        self, channel: ChannelRef, text: str, *, key: str, since: datetime | None = None
    ) -> str:
        """A feed alert, printed once per key by this process (the outbox sends each once)."""
        from rich.text import Text

        self._console.print(Text(f"[{channel}] {text}"), style="yellow", soft_wrap=True)
        return f"console-{next(self._ids)}"

    async def report_error(self, channel: ChannelRef, message: str) -> None:
        from rich.text import Text

        self._console.print(Text(f"[{channel}] {message}"), style="red")


def create(services: AdapterServices) -> ConsoleAdapter:
    """The adapter factory (see bot.core.adapter): the console needs nothing configured."""
    return ConsoleAdapter()
