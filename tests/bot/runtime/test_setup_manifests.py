"""`newsbrief setup slack|discord`: outputs parse, URLs and the permission integer are right."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest

from bot.cli.main import main
from bot.core.errors import ConfigError
from bot.runtime.setup_manifests import (
    SLACK_BOT_SCOPES,
    discord_invite_url,
    discord_permissions,
    slack_manifest,
)
from tests.support.ops import clean_env


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    clean_env(monkeypatch)


def test_discord_permission_integer() -> None:
    # View Channel (1<<10) + Send Messages (1<<11) + Embed Links (1<<14) + Read Message History
    # (1<<16): without View Channel the bot cannot see a channel whose overwrites deny it
    assert discord_permissions() == 1024 + 2048 + 16384 + 65536 == 84992


def test_discord_invite_url() -> None:
    url = discord_invite_url("123456789012345678")
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "discord.com", "/oauth2/authorize")
    q = parse_qs(parts.query)
    assert q == {"client_id": ["123456789012345678"], "scope": ["bot applications.commands"],
                 "permissions": ["84992"]}


@pytest.mark.parametrize("bad", ["", "abc", "12345", "1234567890123456789012", "123 456"])
def test_discord_bad_client_id(bad: str) -> None:
    with pytest.raises(ConfigError, match="Application ID"):
        discord_invite_url(bad)


def test_slack_manifest_http_mode() -> None:
    m = slack_manifest("https://bot.example.com/", socket_mode=False)
    assert m["oauth_config"]["scopes"]["bot"] == list(SLACK_BOT_SCOPES) == [
        "chat:write", "commands", "users:read", "channels:history", "groups:history",
        "usergroups:read"]
    cmd = m["features"]["slash_commands"][0]
    assert cmd["command"] == "/news" and cmd["url"] == "https://bot.example.com/slack/events"
    assert m["settings"]["socket_mode_enabled"] is False
    assert m["settings"]["interactivity"]["request_url"] == "https://bot.example.com/slack/events"


def test_slack_manifest_socket_mode_needs_no_url() -> None:
    m = slack_manifest(None, socket_mode=True)
    assert m["settings"]["socket_mode_enabled"] is True
    assert "url" not in m["features"]["slash_commands"][0]


@pytest.mark.parametrize("base", [None, "http://insecure.example.com", "bot.example.com"])
def test_slack_http_mode_needs_an_https_base(base: str | None) -> None:
    with pytest.raises(ConfigError, match="base-url"):
        slack_manifest(base, socket_mode=False)


def test_cli_outputs_parse(capsys: pytest.CaptureFixture[str],
                           monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["setup", "slack", "--base-url", "https://bot.example.com"]) == 0
    out, err = capsys.readouterr()
    manifest = json.loads(out)  # stdout is only the manifest: `> manifest.json` works
    yaml = pytest.importorskip("yaml")
    assert yaml.safe_load(out) == manifest  # JSON is YAML: either manifest tab accepts it
    assert manifest["display_information"]["name"] == "newsbrief"
    assert "SLACK_SIGNING_SECRET" in err

    assert main(["setup", "discord"]) == 1
    assert "DISCORD_APPLICATION_ID" in capsys.readouterr().err
    monkeypatch.setenv("DISCORD_APPLICATION_ID", "123456789012345678")
    assert main(["setup", "discord", "--base-url", "https://bot.example.com"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == discord_invite_url("123456789012345678")
    assert "https://bot.example.com/discord/interactions" in err
    assert main(["setup", "discord", "--client-id", "987654321098765432"]) == 0
    assert "client_id=987654321098765432" in capsys.readouterr().out


def test_the_manifest_in_docs_slack_md_is_the_generated_one() -> None:
    import json
    import re
    from pathlib import Path

    from bot.runtime.setup_manifests import slack_manifest

    doc = (Path(__file__).resolve().parents[3] / "docs" / "slack.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- manifest:start -->\n```json\n(.*?)\n```\n<!-- manifest:end -->",
                      doc, re.S)
    assert found, "docs/slack.md lost its manifest:start/end markers"
    assert json.loads(found[1]) == slack_manifest("https://newsbrief.example.org")
