"""Opening SQLite files: an unusable file is a clear error with no leaked thread; a new file
opened by several processes at once works for all of them."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from bot.core.errors import StoreError
from bot.store.sqlite import SQLiteStore


def _workers() -> int:
    return sum(1 for t in threading.enumerate() if "_connection_worker_thread" in t.name)


async def _settled_workers(expected: int) -> int:
    """aiosqlite's thread exits just after close() returns: give it up to 2 s, not forever (a
    leaked thread never exits, so a leak still fails). At most `expected`: an earlier test's
    thread still exiting when `expected` was counted may be gone by now (seen under load)."""
    for _ in range(200):
        if _workers() <= expected:
            break
        await asyncio.sleep(0.01)  # polling another thread's lifetime
    return _workers()


async def test_corrupt_file_is_a_clear_error_and_releases_the_connection(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"this is not an SQLite database at all" * 200)
    before = _workers()
    store = SQLiteStore(str(path))
    with pytest.raises(StoreError, match=r"cannot use SQLite database .*not a database"):
        await store.open()
    assert await _settled_workers(before) <= before
    assert path.read_bytes().startswith(b"this is not")  # nothing was overwritten


async def test_processes_opening_a_new_file_together_all_succeed(tmp_path: Path) -> None:
    """Web and worker starting at once on a fresh file: switching it to WAL must not fail one of
    them with "database is locked" (SQLite runs no busy handler for that switch)."""
    for round_ in range(10):
        path = str(tmp_path / f"nb{round_}.db")
        stores = [SQLiteStore(path) for _ in range(6)]
        try:
            await asyncio.gather(*(s.open() for s in stores))
            assert {await s.schema_version() for s in stores} == {
                await stores[0].schema_version()
            }
        finally:
            for s in stores:
                await s.close()


async def test_articles_stored_before_the_backlog_migration_read_as_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Migration 0008 (`built`): every row an older version stored was built in full, so it
    stays in the story index and `latest`."""
    from bot.store import codec, sql
    from bot.store.sql import load_migrations
    from tests.support.records import T0

    path = str(tmp_path / "nb.db")
    older = [m for m in load_migrations("sqlite") if m[0] < 8]
    monkeypatch.setattr(sql, "load_migrations", lambda _: older)
    store = SQLiteStore(path)
    await store.open()
    feed, _ = await store.add_feed("https://example.org/feed.xml")
    await store.write(
        "INSERT INTO articles (feed_id, key, story_key, title, outlet, fetched_at)"
        " VALUES (?, 'k1', 's1', 'Envoys meet in Geneva', 'Wire', ?)", feed.id, codec.ts(T0),
    )
    await store.close()
    monkeypatch.undo()
    store = SQLiteStore(path)
    await store.open()
    try:
        assert await store.schema_version() >= 8
        assert [r.key for r in await store.story_rows(after_id=0)] == ["k1"]
        [article] = await store.latest_articles(limit=5)
        assert article.built is True
    finally:
        await store.close()
