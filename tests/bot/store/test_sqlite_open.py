"""Opening a file that is not a usable SQLite database: a clear error, no leaked thread."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from bot.errors import StoreError
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
