"""Storage: `open_store(url)` picks SQLite (default) or PostgreSQL from the database URL."""

from __future__ import annotations

from bot.core.errors import ConfigError
from bot.store.base import Store


def make_store(url: str) -> Store:
    """A store for `url` (not yet opened): sqlite:///path.db or postgresql://…"""
    if url.startswith("sqlite:"):
        from bot.store.sqlite import SQLiteStore, sqlite_path

        return SQLiteStore(sqlite_path(url))
    if url.startswith(("postgresql:", "postgres:")):
        try:
            from bot.store.postgres import PostgresStore  # type: ignore[import-not-found]
        except ImportError as e:  # pragma: no cover - until the backend lands
            raise ConfigError(f"PostgreSQL store unavailable: {e}") from e
        return PostgresStore(url)
    raise ConfigError(
        f"unsupported database_url {url!r}: use sqlite:///path.db or postgresql://host/db"
    )


async def open_store(url: str) -> Store:
    store = make_store(url)
    await store.open()
    return store


__all__ = ["Store", "make_store", "open_store"]
