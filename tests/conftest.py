"""Fixtures shared across the suite: settings on a temp database, a SQLite store, the demo
feed server on loopback, and a recording chat adapter."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot.core.settings import Settings, load_settings
from bot.runtime.demo import demo_app
from bot.store.sqlite import SQLiteStore
from tests.support.loopback import serve_app
from tests.support.recording_adapter import RecordingAdapter


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see the developer's own NEWSBRIEF_* settings or tokens."""
    import os

    for name in list(os.environ):
        if name.startswith("NEWSBRIEF_") or name in (
            "SLACK_BOT_TOKEN",
            "SLACK_SIGNING_SECRET",
            "SLACK_APP_TOKEN",
            "DISCORD_TOKEN",
        ):
            monkeypatch.delenv(name)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'newsbrief.db'}"


@pytest.fixture
def settings(db_url: str) -> Settings:
    return load_settings(database_url=db_url, allow_private_networks=True)


@pytest.fixture
async def sqlite_store(tmp_path: Path) -> AsyncIterator[SQLiteStore]:
    store = SQLiteStore(str(tmp_path / "store.db"))
    await store.open()
    yield store
    await store.close()


@pytest.fixture
async def demo_base_url() -> AsyncIterator[str]:
    """The bundled demo feeds served from 127.0.0.1 on a free port: `<base>/<file>`."""
    async with serve_app(demo_app()) as base:
        yield f"{base}/feeds/"


@pytest.fixture
def thread_executor() -> Iterator[ThreadPoolExecutor]:
    with ThreadPoolExecutor(2) as pool:
        yield pool


@pytest.fixture
def recorder() -> RecordingAdapter:
    return RecordingAdapter()


def pytest_unconfigure(config: pytest.Config) -> None:
    """Safety net: an aiosqlite connection some test forgot to close runs a non-daemon thread
    that would keep the test process alive after the run; stop any that are left."""
    import gc

    import aiosqlite

    for obj in gc.get_objects():
        if isinstance(obj, aiosqlite.Connection) and obj._thread.is_alive():
            obj.stop()
