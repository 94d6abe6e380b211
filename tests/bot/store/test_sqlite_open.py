"""Opening a file that is not a usable SQLite database: a clear error, no leaked thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from bot.errors import StoreError
from bot.store.sqlite import SQLiteStore


def _workers() -> int:
    return sum(1 for t in threading.enumerate() if "_connection_worker_thread" in t.name)


async def test_corrupt_file_is_a_clear_error_and_releases_the_connection(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"this is not an SQLite database at all" * 200)
    before = _workers()
    store = SQLiteStore(str(path))
    with pytest.raises(StoreError, match=r"cannot use SQLite database .*not a database"):
        await store.open()
    assert _workers() == before
    assert path.read_bytes().startswith(b"this is not")  # nothing was overwritten
