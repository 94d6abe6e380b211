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


async def test_choices_are_numbered_commands_on_the_console(sqlite_store) -> None:
    """Issue 21 on the console: a site with several feeds lists them as commands to run."""
    from bot.chat.commands import CommandHandler
    from bot.core.errors import NotAFeedError

    async def probe(url: str) -> None:
        if url == "https://site.example/":
            raise NotAFeedError(url, "page", alternates=("https://site.example/a.xml",
                                                         "https://site.example/b.xml"))

    ctx = CommandContext(ChannelRef("console", "world"), "cli", True)
    handler = CommandHandler(sqlite_store, probe=probe)
    out = io.StringIO()
    console = ConsoleAdapter(out, color=False)
    await console.answer(ctx, await handler.handle(ctx, "feeds add https://site.example/"))
    text = out.getvalue()
    assert "1. https://site.example/a.xml" in text
    assert "  2) /news feeds add https://site.example/b.xml" in text
    await console.answer(ctx, await handler.handle(ctx, "feeds add https://site.example/b.xml"))
    assert "Added https://site.example/b.xml" in out.getvalue()
    await console.notify(ctx.channel, "Wire (feed #1) stopped.", key="k")
    assert "[console:world] Wire (feed #1) stopped." in out.getvalue()


def test_rich_is_imported_with_the_first_output_not_with_the_adapter() -> None:
    """`run --once` prints after its poll: rich need not sit beside the pool process's peak."""
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys, io; from adapters.console import ConsoleAdapter;"
            "a = ConsoleAdapter(io.StringIO()); print('rich' in sys.modules);"
            "a._console.print('x'); print('rich' in sys.modules)")
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                         check=True)
    assert out.stdout.split() == ["False", "True"]


async def test_a_long_link_is_printed_whole() -> None:
    """A link longer than the box is wide was cut over two lines of the box, "│" between its
    halves: no reader could open or copy it (editor's read of the demo: 8 of 18 cards)."""
    out = io.StringIO()
    link = ("https://www.karoosentinel.example/2026/12/05/"
            "rival-factions-accused-of-blocking-aid-as-talks-close-in-juba/")
    item = DigestItem(story_key="abcdef0123", headline="Rival factions accused of blocking aid",
                      summary="Aid agencies accused both sides of stopping lorries. " * 4,
                      link=link, outlet="The Karoo Sentinel")
    await ConsoleAdapter(out, color=False).post(
        ChannelRef("console", "world"), Digest("story", "t", (item,)), key="k")
    lines = out.getvalue().splitlines()
    assert any(link in line for line in lines), out.getvalue()
    assert len({len(line) for line in lines}) == 1  # still a box: every line as wide
