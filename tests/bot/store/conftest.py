"""`store`: one fresh, opened store per test, for each backend (SQLite file, PostgreSQL schema)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.store.base import Store
from bot.store.postgres import PostgresStore
from bot.store.sqlite import SQLiteStore
from tests.support.pg import PG_URL, fresh_schema


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def store_factory(backend: str, tmp_path: Path) -> AsyncIterator[object]:
    """Opens stores on the same database (several workers); all are closed afterwards."""
    opened: list[Store] = []
    async with _database(backend, tmp_path) as make:

        async def factory() -> Store:
            s = make()
            await s.open()
            opened.append(s)
            return s

        try:
            yield factory
        finally:
            for s in opened:
                await s.close()


@pytest.fixture
async def store(store_factory) -> Store:  # type: ignore[no-untyped-def]
    return await store_factory()


def _database(backend: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    import contextlib

    @contextlib.asynccontextmanager
    async def sqlite():  # type: ignore[no-untyped-def]
        yield lambda: SQLiteStore(str(tmp_path / "nb.db"))

    @contextlib.asynccontextmanager
    async def postgres():  # type: ignore[no-untyped-def]
        async with fresh_schema() as schema:
            yield lambda: PostgresStore(PG_URL, schema=schema, max_size=4)

    return sqlite() if backend == "sqlite" else postgres()
