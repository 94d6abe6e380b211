"""The operations subcommands, registered from `bot/cli/main.py` with two calls so the main CLI
module stays small: `web`, `doctor`, `setup slack|discord`, `feeds import-opml|export-opml`.
Their arguments are declared here (argparse only); each handler lives beside its feature
(bot/runtime/web.py, bot/runtime/doctor.py, bot/runtime/setup_manifests.py, bot/chat/opml.py)
and is imported only when its command runs, so `newsbrief --help` loads none of them."""

from __future__ import annotations

import argparse
from typing import Any


def add_parsers(sub: Any, feeds_sub: Any) -> None:
    """`sub`: the top-level subparsers; `feeds_sub`: the `feeds` subcommand's subparsers."""
    _web(sub)
    _doctor(sub)
    _setup(sub)
    _opml(feeds_sub)


def _web(sub: Any) -> None:
    p = sub.add_parser(
        "web", help="serve /healthz, /metrics and Slack/Discord endpoints",
        description="HTTP endpoints for a deployment. The worker (`newsbrief run`) is a separate "
        "process unless --with-worker is given.",
    )
    p.add_argument("--host", default="0.0.0.0", help="interface to listen on (default 0.0.0.0)")
    p.add_argument("--port", type=int, default=None, help="default: $PORT or 8080")
    p.add_argument("--with-worker", action="store_true",
                   help="also poll feeds and deliver digests in this process (single dyno)")
    p.add_argument("--max-poll-age", type=float, default=None, metavar="SECONDS",
                   help="/healthz turns 503 after this long without a successful poll "
                   "(default: 3 × poll.interval)")


def _doctor(sub: Any) -> None:
    p = sub.add_parser("doctor", help="check settings, database, tokens and feeds; say what to fix")
    p.add_argument("--online", action="store_true",
                   help="also ask Slack/Discord whether the tokens work (network)")
    p.add_argument("--json", action="store_true", help="findings as JSON")


def _setup(sub: Any) -> None:
    p = sub.add_parser("setup", help="print what to paste into Slack or Discord (docs/setup.md)")
    psub = p.add_subparsers(dest="platform", required=True, parser_class=type(p))
    slack = psub.add_parser("slack", help="print a Slack app manifest (JSON) on stdout")
    slack.add_argument("--base-url", help="public https address of `newsbrief web`")
    slack.add_argument("--socket-mode", action="store_true",
                       help="no public URL: the bot connects out with SLACK_APP_TOKEN")
    slack.add_argument("--name", default="newsbrief", help="app and bot display name")
    discord = psub.add_parser("discord", help="print the Discord bot invite URL")
    discord.add_argument("--client-id", help="application id (default: $DISCORD_APPLICATION_ID)")
    discord.add_argument("--base-url", help="public https address of `newsbrief web`, to print "
                         "the Interactions Endpoint URL")


def _opml(fsub: Any) -> None:
    imp = fsub.add_parser("import-opml", help="add every feed of an OPML file to a channel")
    imp.add_argument("file", help="OPML file (from Feedly, Inoreader, NetNewsWire, …)")
    imp.add_argument("--channel", required=True, help="channel to subscribe, e.g. slack:C0123")
    imp.add_argument("--dry-run", action="store_true", help="report what would happen; add nothing")
    imp.add_argument("--strict", action="store_true", help="add nothing if any outline is bad")
    imp.add_argument("--no-check", action="store_true",
                     help="skip the test fetch of each feed (offline; format checks only)")
    exp = fsub.add_parser("export-opml", help="write all feeds as OPML (stdout by default)")
    exp.add_argument("file", nargs="?", help="output file (default: stdout)")


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
        from bot.runtime import doctor

        return await doctor.cli_doctor(args)  # loads settings itself: bad settings are a finding
    if command == "setup":
        from bot.runtime import setup_manifests

        return setup_manifests.cli_setup(args)
    if command == "web":
        from bot.runtime import web

        return await web.cli_web(args, _settings(args), reload=lambda: _load(args))
    if command == "feeds" and action in ("import-opml", "export-opml"):
        from bot.chat import opml

        cli = opml.cli_import if action == "import-opml" else opml.cli_export
        return await cli(args, _settings(args))
    return None
