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
    leaked thread never exits, so a leak still fails)."""
    for _ in range(200):
        if _workers() == expected:
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
    assert await _settled_workers(before) == before
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
