"""The settings model is the only source of defaults: the packaged defaults.toml and the
README's settings table are what it renders."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from bot.core.settings import Settings
from bot.core.settings_doc import render_readme_table, render_toml
from bot.data import DEFAULTS_FILE

README = Path(__file__).resolve().parents[3] / "README.md"


def test_defaults_toml_is_generated_from_the_model() -> None:
    assert DEFAULTS_FILE.read_text(encoding="utf-8") == render_toml(), (
        "run: python -m bot.core.settings_doc toml > bot/data/defaults.toml")


def test_the_rendered_defaults_are_the_model_defaults() -> None:
    data = tomllib.loads(render_toml())
    assert Settings(**data) == Settings()


def test_the_readme_settings_table_is_generated_from_the_model() -> None:
    text = README.read_text(encoding="utf-8")
    found = re.search(r"<!-- settings:start -->\n(.*?)\n<!-- settings:end -->", text, re.S)
    assert found, "README lost its settings:start/end markers"
    assert found[1] == render_readme_table(), "run: python -m bot.core.settings_doc readme"
    for key in ("fetch.timeout", "poll.min_interval", "slack.transport", "discord.admin_role"):
        assert f"`{key}`" in found[1]
