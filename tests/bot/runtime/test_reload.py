"""Config reload (SIGHUP): new feeds and log level apply at once, the rest is reported."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot.core.settings import load_settings
from bot.core.types import ChannelRef
from bot.runtime.app import App
from bot.runtime.reload import reload_settings
from tests.support.ops import QuietAdapter, clean_env


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    clean_env(monkeypatch)
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:], root.level = handlers, level  # reload reconfigures the root logger


FIRST = """
log_level = "INFO"
[[feeds]]
url = "https://one.example/feed"
channel = "console:world"
"""

SECOND = """
log_level = "DEBUG"
[poll]
interval = 900
[[feeds]]
url = "https://two.example/feed"
channel = "slack:C0123"
name = "Two"
"""


async def test_reload_applies_feeds_and_reports_the_rest(tmp_path: Path) -> None:
    config = tmp_path / "newsbrief.toml"
    config.write_text(FIRST)
    db = f"sqlite:///{tmp_path / 'nb.db'}"

    def load():  # type: ignore[no-untyped-def]
        return load_settings(config, database_url=db)

    with ThreadPoolExecutor(1) as pool:
        async with App(load(), adapters={"console": QuietAdapter()}, executor=pool) as app:
            assert [f.url for f in await app.store.list_feeds()] == ["https://one.example/feed"]

            config.write_text("[poll\nbroken")
            bad = await reload_settings(app, load)
            assert not bad.ok and "not valid TOML" in (bad.error or "")
            assert app.settings.log_level == "INFO"

            config.write_text(SECOND)
            result = await reload_settings(app, load)
            assert result.ok and result.feeds_added == 1
            assert set(result.applied) == {"feeds", "log_level"}
            assert result.needs_restart == ("poll",)
            assert "stay subscribed" in result.notes[0]
            two = await app.store.find_feed("https://two.example/feed")
            assert two is not None and two.name == "Two"
            subs = await app.store.subscriptions_for_channel(ChannelRef("slack", "C0123"))
            assert [s.feed_id for s in subs] == [two.id]
            # The running settings take only what was applied.
            assert app.settings.log_level == "DEBUG" and app.settings.poll.interval == 600

            again = await reload_settings(app, load)
            assert again.feeds_added == 0 and again.needs_restart == ("poll",)
