"""`newsbrief setup slack|discord`: what a new user pastes into Slack / Discord to install the
bot. Pure functions build the data (tested); the CLI prints it. See docs/setup.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from typing import Any
from urllib.parse import urlencode, urlsplit

from bot.chat import spec
from bot.core.errors import ConfigError

SLACK_BOT_SCOPES = (
    "chat:write",  # post digests
    "commands",  # the /news slash command
    "users:read",  # names in replies; admin checks
    "channels:history",  # dedup check before re-posting after a crash (public channels)
    "groups:history",  # the same in private channels
    "usergroups:read",  # feed mentions and `/news workspace members @group` (issue 21)
)
SLACK_EVENTS_PATH = "/slack/events"
DISCORD_INTERACTIONS_PATH = "/discord/interactions"

# https://discord.com/developers/docs/topics/permissions — bit positions of the flags we need.
DISCORD_PERMISSION_BITS = {
    "VIEW_CHANNEL": 10,  # see the channel at all (private channels: add the bot to them too)
    "SEND_MESSAGES": 11,
    "EMBED_LINKS": 14,
    "READ_MESSAGE_HISTORY": 16,
}
DISCORD_SCOPES = ("bot", "applications.commands")
_SNOWFLAKE = re.compile(r"^\d{17,20}$")


def _base_url(base: str) -> str:
    parts = urlsplit(base.strip())
    if parts.scheme != "https" or not parts.netloc:
        raise ConfigError(
            f"--base-url must be the public https:// address of `newsbrief web`, got {base!r}"
        )
    return base.strip().rstrip("/")


def slack_manifest(
    base_url: str | None, *, socket_mode: bool = False, name: str = "newsbrief"
) -> dict[str, Any]:
    """A Slack app manifest (JSON form). Socket Mode needs no public URL; HTTP mode does."""
    if not socket_mode and not base_url:
        raise ConfigError("HTTP mode needs --base-url https://your-host (or use --socket-mode)")
    url = None if socket_mode else _base_url(base_url or "") + SLACK_EVENTS_PATH
    command: dict[str, Any] = {
        "command": "/news",
        "description": "Foreign-policy news digests",
        "usage_hint": spec.slack_usage_hint(),
        "should_escape": False,
    }
    settings: dict[str, Any] = {
        "org_deploy_enabled": False,
        "socket_mode_enabled": socket_mode,
        "token_rotation_enabled": False,
    }
    if url:
        command["url"] = url
        settings["interactivity"] = {"is_enabled": True, "request_url": url}
    else:
        settings["interactivity"] = {"is_enabled": True}
    return {
        "_metadata": {"major_version": 1, "minor_version": 1},
        "display_information": {
            "name": name,
            "description": "Cleaned, summarized foreign-policy news from RSS feeds",
            "background_color": "#1d3557",
        },
        "features": {
            "bot_user": {"display_name": name, "always_online": True},
            "slash_commands": [command],
        },
        "oauth_config": {"scopes": {"bot": list(SLACK_BOT_SCOPES)}},
        "settings": settings,
    }


def discord_permissions(names: tuple[str, ...] = tuple(DISCORD_PERMISSION_BITS)) -> int:
    value = 0
    for n in names:
        value |= 1 << DISCORD_PERMISSION_BITS[n]
    return value


def discord_invite_url(client_id: str) -> str:
    client_id = client_id.strip()
    if not _SNOWFLAKE.match(client_id):
        raise ConfigError(
            f"Discord client id must be the application's numeric id (17-20 digits), got "
            f"{client_id!r}: Developer Portal → your app → General Information → Application ID"
        )
    query = urlencode(
        {"client_id": client_id, "scope": " ".join(DISCORD_SCOPES),
         "permissions": str(discord_permissions())}
    )
    return f"https://discord.com/oauth2/authorize?{query}"


# CLI ----------------------------------------------------------------------------------------


def _note(text: str) -> None:
    """Instructions go to stderr, so stdout stays machine-readable (`> manifest.json`)."""
    sys.stderr.write(text + "\n")


def cli_setup(args: argparse.Namespace) -> int:
    if args.platform == "slack":
        manifest = slack_manifest(args.base_url, socket_mode=args.socket_mode, name=args.name)
        sys.stdout.write(json.dumps(manifest, indent=2) + "\n")
        _note(
            "Create the app: https://api.slack.com/apps → Create New App → From an app manifest"
            " → paste the JSON above.\nThen: Install to Workspace, and set SLACK_BOT_TOKEN"
            " (xoxb-…) and " + ("SLACK_APP_TOKEN (xapp-…, Basic Information → App-Level Tokens"
                                ", scope connections:write)" if args.socket_mode
                                else "SLACK_SIGNING_SECRET (Basic Information)")
            + " in the bot's environment" + (", and set slack.transport = \"socket\""
                                               if args.socket_mode else "")
            + ". Slack turns on when SLACK_BOT_TOKEN is set (unless adapters is set explicitly)."
            " Invite the bot: /invite @" + args.name + " (see docs/slack.md)"
        )
        return 0
    client_id = args.client_id or os.environ.get("DISCORD_APPLICATION_ID")
    if not client_id:
        raise ConfigError(
            "no Discord client id: pass --client-id or set DISCORD_APPLICATION_ID "
            "(Developer Portal → your app → General Information → Application ID)"
        )
    sys.stdout.write(discord_invite_url(client_id) + "\n")
    _note(
        "Open the URL above, pick your server, authorize. Permissions: View Channel, Send Messages,"
        f" Embed Links, Read Message History (= {discord_permissions()}). A private channel also"
        " needs the bot added to it (channel settings → Permissions → add the bot's role).\n"
        "Discord turns on when DISCORD_TOKEN (or DISCORD_PUBLIC_KEY, or DISCORD_WEBHOOKS) is set"
        " in the bot's environment, unless adapters is set explicitly."
    )
    if args.base_url:
        _note("Interactions Endpoint URL (General Information): "
              + _base_url(args.base_url) + DISCORD_INTERACTIONS_PATH)
    return 0
