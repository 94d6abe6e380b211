"""Storage: `open_store(url)` picks SQLite (default) or PostgreSQL from the database URL.

base.py is the contract (split into the roles its callers use), sql.py the one SQL layer and
its dialect hooks, tables/ the queries per table, sqlite.py and postgres.py the backends."""

from __future__ import annotations

from bot.core.errors import ConfigError
from bot.store.base import CatalogStore, IngestStore, OutboxStore, RoundupStore, Store, WorkerStore


def make_store(url: str) -> Store:
    """A store for `url` (not yet opened): sqlite:///path.db or postgresql://…"""
    if url.startswith("sqlite:"):
        from bot.store.sqlite import SQLiteStore, sqlite_path

        return SQLiteStore(sqlite_path(url))
    if url.startswith(("postgresql:", "postgres:")):
        from bot.store.postgres import PostgresStore

        return PostgresStore(url)
    raise ConfigError(
        f"unsupported database_url {url!r}: use sqlite:///path.db or postgresql://host/db"
    )


async def open_store(url: str) -> Store:
    store = make_store(url)
    await store.open()
    return store


__all__ = [
    "CatalogStore",
    "IngestStore",
    "OutboxStore",
    "RoundupStore",
    "Store",
    "WorkerStore",
    "make_store",
    "open_store",
]
