"""Settings: defaults, file, environment, and clear errors naming the bad key."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.errors import ConfigError
from bot.core.settings import load_secrets, load_settings


def test_defaults() -> None:
    s = load_settings()
    assert s.fetch.timeout == 20 and s.fetch.max_redirects == 5
    assert s.poll.interval == 600 and s.poll.max_errors == 10 and s.poll.first_poll_items == 3
    assert s.adapters == ("console",) and s.allow_private_networks is False
    assert s.resolved_database_url.startswith("sqlite:///")


def test_file_then_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text(
        'adapters = ["console", "slack"]\n[poll]\ninterval = 300\n'
        '[[feeds]]\nurl = "https://e.example/rss"\nchannel = "slack:C1"\n'
    )
    monkeypatch.setenv("NEWSBRIEF_POLL__INTERVAL", "120")
    monkeypatch.setenv("NEWSBRIEF_ALLOW_PRIVATE_NETWORKS", "1")
    s = load_settings(cfg)
    assert s.poll.interval == 120 and s.poll.max_errors == 10
    assert s.adapters == ("console", "slack") and s.allow_private_networks is True
    assert s.feeds[0].channel == "slack:C1"


def test_comma_separated_env_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBRIEF_ADAPTERS", "console, discord")
    assert load_settings().adapters == ("console", "discord")


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[fetch]\ntimeout = -1\n", "fetch.timeout"),
        ("[poll]\ninterval = 'often'\n", "poll.interval"),
        ("colour = 'red'\n", "colour: unknown setting"),
        ('[[feeds]]\nurl = "https://x"\nchannel = "nochannel"\n', "invalid channel"),
        ("log_format = 'xml'\n", "log_format"),
        ("[poll]\nfirst_poll_channel_items = -1\n", "poll.first_poll_channel_items"),
    ],
)
def test_bad_values_name_the_key(tmp_path: Path, toml: str, message: str) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text(toml)
    with pytest.raises(ConfigError) as err:
        load_settings(cfg)
    assert message in str(err.value) and "\n" not in str(err.value)  # one clear line


def test_missing_config_file() -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_settings("/no/such/file.toml")


def test_secrets_only_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-secret")
    secrets = load_secrets()
    assert secrets.slack_bot_token is not None
    assert secrets.slack_bot_token.get_secret_value() == "xoxb-secret"
    assert "xoxb-secret" not in repr(secrets)


def test_platform_credentials_turn_their_adapter_on(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SLACK_BOT_TOKEN", "DISCORD_TOKEN", "DISCORD_WEBHOOKS", "DISCORD_PUBLIC_KEY",
                 "NEWSBRIEF_ADAPTERS", "NEWSBRIEF_WEBHOOK_URL"):
        monkeypatch.delenv(name, raising=False)
    plain = load_settings()
    assert plain.adapters == ("console",) and "console only" in plain.adapters_reason
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "s")
    monkeypatch.setenv("DISCORD_TOKEN", "d")
    auto = load_settings()
    assert auto.adapters == ("console", "slack", "discord")
    assert "SLACK_BOT_TOKEN" in auto.adapters_reason and "DISCORD_TOKEN" in auto.adapters_reason


def test_an_explicit_adapter_list_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    cfg = tmp_path / "c.toml"
    cfg.write_text('adapters = ["console"]\n')
    assert load_settings(cfg).adapters == ("console",)
    assert "explicitly" in load_settings(cfg).adapters_reason
    monkeypatch.setenv("NEWSBRIEF_ADAPTERS", "discord")
    assert load_settings(cfg).adapters == ("discord",)


@pytest.mark.parametrize("raw", ['["console","slack"]', '[ "console", "slack" ]', "console,slack"])
def test_adapters_from_the_environment_as_json_or_commas(
    raw: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSBRIEF_ADAPTERS", raw)
    assert load_settings().adapters == ("console", "slack")


def test_adapters_bad_json_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBRIEF_ADAPTERS", '["console", slack]')
    with pytest.raises(ConfigError, match=r"adapters: .*not a JSON list"):
        load_settings()


def test_a_bad_value_names_where_it_came_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSBRIEF_FETCH__TIMEOUT", "-1")
    with pytest.raises(ConfigError) as env:
        load_settings()
    text = str(env.value)
    assert "fetch.timeout" in text and "NEWSBRIEF_FETCH__TIMEOUT" in text
    assert "defaults.toml" not in text
    monkeypatch.delenv("NEWSBRIEF_FETCH__TIMEOUT")
    cfg = tmp_path / "mine.toml"
    cfg.write_text("[poll]\ninterval = 0\n")
    with pytest.raises(ConfigError) as file:
        load_settings(cfg)
    assert "poll.interval" in str(file.value) and str(cfg) in str(file.value)


def test_unknown_keys_get_a_did_you_mean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "typo.toml"
    cfg.write_text("[fetch]\ntimout = 5\n")
    with pytest.raises(ConfigError, match=r"fetch\.timout: unknown setting; did you mean "
                                          r"fetch\.timeout\?"):
        load_settings(cfg)
    monkeypatch.setenv("NEWSBRIEF_ADAPTRES", "console")
    with pytest.raises(ConfigError, match=r"adaptres: unknown setting; did you mean adapters\? "
                                          r"\(from NEWSBRIEF_ADAPTRES\)"):
        load_settings()


@pytest.mark.parametrize("zone", ["Mars/X", "utc+2", ""])
def test_an_unknown_timezone_is_refused(zone: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBRIEF_TIMEZONE", zone)
    with pytest.raises(ConfigError, match=r"timezone: .*unknown timezone.*NEWSBRIEF_TIMEZONE"):
        load_settings()


def test_secrets_read_the_environment_as_pydantic_settings_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Any case of the variable's name; values given to the constructor win; DISCORD_WEBHOOKS
    is JSON, and a broken one is a configuration error naming it."""
    from bot.core.errors import ConfigError
    from bot.core.settings import Secrets

    monkeypatch.setenv("discord_token", "d-env")
    monkeypatch.setenv("DISCORD_WEBHOOKS", '{"ops": "https://discord.test/api/webhooks/1/x"}')
    secrets = load_secrets()
    assert secrets.discord_token is not None
    assert secrets.discord_token.get_secret_value() == "d-env"
    assert secrets.discord_webhooks["ops"].get_secret_value().endswith("/1/x")
    given = Secrets(DISCORD_TOKEN="d-arg")
    assert given.discord_token is not None and given.discord_token.get_secret_value() == "d-arg"
    named = Secrets(discord_token="d-name").discord_token
    assert named is not None and named.get_secret_value() == "d-name"
    monkeypatch.setenv("DISCORD_WEBHOOKS", "{not json")
    with pytest.raises(ConfigError, match="DISCORD_WEBHOOKS"):
        load_secrets()


def test_loading_settings_imports_no_pydantic_settings() -> None:
    """pydantic-settings cost ~35 ms of every start; nothing on the load path needs it."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[3])
    code = ("import sys; from bot.core.settings import load_settings, load_secrets; "
            "load_settings(); load_secrets(); print('pydantic_settings' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": root}, cwd=root)
    assert out.stdout.strip() == "False"
