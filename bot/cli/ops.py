"""The operations subcommands, registered from `bot/cli/main.py` with two calls so the main CLI
module stays small: `web`, `doctor`, `setup slack|discord`, `feeds import-opml|export-opml`.
Each handler lives beside its feature (bot/runtime/web.py, bot/runtime/doctor.py,
bot/runtime/setup_manifests.py, bot/chat/opml.py)."""

from __future__ import annotations

import argparse
from typing import Any

from bot.chat import opml
from bot.runtime import doctor, setup_manifests, web


def add_parsers(sub: Any, feeds_sub: Any) -> None:
    """`sub`: the top-level subparsers; `feeds_sub`: the `feeds` subcommand's subparsers."""
    web.add_parser(sub)
    doctor.add_parser(sub)
    setup_manifests.add_parser(sub)
    opml.add_parsers(feeds_sub)


def _load(args: argparse.Namespace) -> Any:
    from bot.core.settings import load_settings

    overrides = {"database_url": args.db} if getattr(args, "db", None) else {}
    return load_settings(args.config, **overrides)


def _settings(args: argparse.Namespace) -> Any:
    from bot.core.logs import configure_logging

    settings = _load(args)
    configure_logging(settings.log_level, settings.log_format)
    return settings


async def dispatch(args: argparse.Namespace) -> int | None:
    """Run an operations subcommand; None when `args` names another command."""
    command, action = args.command, getattr(args, "action", None)
    if command == "doctor":
        return await doctor.cli_doctor(args)  # loads settings itself: bad settings are a finding
    if command == "setup":
        return setup_manifests.cli_setup(args)
    if command == "web":
        return await web.cli_web(args, _settings(args), reload=lambda: _load(args))
    if command == "feeds" and action == "import-opml":
        return await opml.cli_import(args, _settings(args))
    if command == "feeds" and action == "export-opml":
        return await opml.cli_export(args, _settings(args))
    return None
