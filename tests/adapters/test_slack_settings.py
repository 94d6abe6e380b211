"""The [slack] settings section: environment overrides and clear errors for bad values."""

from __future__ import annotations

import pytest

from bot.core.errors import ConfigError
from bot.core.settings import load_settings


def test_slack_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBRIEF_SLACK__TRANSPORT", "socket")
    monkeypatch.setenv("NEWSBRIEF_SLACK__ROUNDUP_STYLE", "thread")
    monkeypatch.setenv("NEWSBRIEF_SLACK_API_URL", "http://127.0.0.1:1/api/")
    settings = load_settings()
    assert settings.slack.transport == "socket"
    assert settings.slack.roundup_style == "thread"
    assert settings.slack.unfurl is False and settings.slack.messages_per_second == 1.0
    assert settings.slack_api_url == "http://127.0.0.1:1/api/"


def test_a_bad_transport_names_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBRIEF_SLACK__TRANSPORT", "carrier-pigeon")
    with pytest.raises(ConfigError, match=r"slack\.transport"):
        load_settings()
