"""The console adapter prints text, never markup or emoji codes, and replies unbroken."""

from __future__ import annotations

import io

from adapters.console import ConsoleAdapter
from bot.core.types import ChannelRef, CommandContext, Digest, DigestItem, Reply


async def test_emoji_codes_and_markup_stay_text() -> None:
    out = io.StringIO()
    console = ConsoleAdapter(out, color=False)
    item = DigestItem(story_key="abcdef0123", headline="Talks :x: [bold]resume[/bold]",
                      summary="Envoys met :thumbsup:.", link=None, outlet="Wire")
    await console.post(ChannelRef("console", "x:"), Digest("story", "t", (item,)), key="k")
    await console.answer(CommandContext(ChannelRef("console", "x"), "u", True),
                         Reply(text="console:x: added"))
    text = out.getvalue()
    assert "console:x: added" in text and "#x:" in text
    assert ":x: [bold]resume[/bold]" in text and ":thumbsup:" in text
    assert "❌" not in text and "👍" not in text


async def test_a_long_reply_is_not_broken_into_lines() -> None:
    out = io.StringIO()
    reply = "cannot add http://no-such-host.invalid/feed.xml: " + "word " * 40
    await ConsoleAdapter(out, color=False).answer(
        CommandContext(ChannelRef("console", "x"), "u", True), Reply(text=reply.strip()))
    assert out.getvalue().strip() == reply.strip()
