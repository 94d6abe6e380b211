"""One command spec: help, admin flags, handlers, the Slack usage hint and the README table all
come from bot/chat/spec.py."""

from __future__ import annotations

import re
from pathlib import Path

from bot.chat import spec
from bot.chat.commands import HANDLERS, CommandHandler
from bot.core.types import ChannelRef, CommandContext
from bot.runtime.setup_manifests import slack_manifest

README = Path(__file__).resolve().parents[3] / "README.md"
CONSOLE = CommandContext(channel=ChannelRef("console", "world"), user="cli", is_admin=True)
READER = CommandContext(channel=ChannelRef("console", "world"), user="u", is_admin=False)


def test_every_command_has_exactly_one_handler() -> None:
    assert set(HANDLERS) == set(spec.BY_NAME)


async def test_help_is_plain_text_and_complete(sqlite_store) -> None:
    reply = await CommandHandler(sqlite_store).handle(CONSOLE, "/news help")
    assert reply.text == spec.help_text()
    assert "`" not in reply.text and "*" not in reply.text  # no Slack markup on a console
    assert "/news settings size 10" in reply.text
    assert "remove <kind> <value>" in reply.text
    for command in spec.COMMANDS:
        assert f"/news {command.usage}" in reply.text


async def test_admin_flags_come_from_the_spec(sqlite_store) -> None:
    handler = CommandHandler(sqlite_store)
    for command in spec.COMMANDS:
        reply = await handler.handle(READER, command.name)
        refused = "is for admins" in reply.text
        assert refused == command.admin, command.name


async def test_an_unknown_subcommand_lists_the_real_ones(sqlite_store) -> None:
    reply = await CommandHandler(sqlite_store).handle(CONSOLE, "feeds frobnicate")
    assert not reply.ok and "use add, remove, list, import" in reply.text


def test_the_slack_manifest_hint_comes_from_the_spec() -> None:
    manifest = slack_manifest(None, socket_mode=True)
    (command,) = manifest["features"]["slash_commands"]
    assert command["usage_hint"] == spec.slack_usage_hint()


def test_the_readme_command_table_is_the_generated_one() -> None:
    text = README.read_text(encoding="utf-8")
    found = re.search(r"<!-- commands:start -->\n(.*?)\n<!-- commands:end -->", text, re.S)
    assert found, "README lost its commands:start/end markers"
    assert found[1] == spec.readme_table(), "run: python -m bot.chat.spec, paste into README"
