"""SQLite store (aiosqlite): the zero-setup default. WAL mode, versioned migrations, FTS5 search."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import re
import sqlite3
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import aiosqlite

from bot.core.errors import StoreError
from bot.core.types import Article
from bot.store import codec
from bot.store.sql import WRITE_FAILED, Conn, Dialect, Row
from bot.store.tables import SQLStore
from bot.store.tables.workers import fallback_name

try:  # POSIX only; elsewhere SQLite workers fall back to host:pid names and lease expiry
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def sqlite_path(url: str) -> str:
    """`sqlite:///relative.db`, `sqlite:////abs/path.db` or `sqlite://:memory:` → a path."""
    rest = url.removeprefix("sqlite://")
    if rest in (":memory:", "/:memory:"):
        return ":memory:"
    return rest[1:] if rest.startswith("/") else rest


class SQLiteDialect(Dialect):
    name, ts_type = "sqlite", "TEXT"
    # One writer at a time anyway: a transaction (BEGIN IMMEDIATE) holds the database's write
    # lock from its start, and this process runs one at a time.
    skip_locked = xact_lock = ""

    def ts(self, value: datetime | None) -> str | None:
        return codec.ts(value)  # fixed-width UTC text: string order is time order

    def any(self, column: str, values: Sequence[Any], type_: str = "text") -> tuple[str, Any]:
        return f"{column} IN (SELECT value FROM json_each(?))", json.dumps(list(values))

    def rows(self, types: Sequence[str], rows: Sequence[Sequence[Any]]) -> tuple[str, list[Any]]:
        cols = ", ".join(f"json_extract(value, '$[{i}]') AS c{i}" for i in range(len(types)))
        return f"(SELECT {cols}, key AS n FROM json_each(?)) AS t", [json.dumps(list(rows))]

    def search(self, query: str) -> tuple[str, str, Any] | None:
        terms = re.findall(r"\w+", query, flags=re.UNICODE)
        if not terms:
            return None
        # Quote every term: user text never reaches FTS5 query syntax (no injection, no errors).
        match = " ".join('"' + t.replace('"', "") + '"' for t in terms)
        return (
            "articles_fts f JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH ?",
            "bm25(articles_fts, 5.0, 2.0, 1.0, 1.0, 1.0)",
            match,
        )


# New articles are staged here (TEMP: this connection's own, never in the database file) and
# copied into `articles` with one statement: see SQLiteStore._insert.
_STAGED_COLUMNS = ("feed_id", *codec.ARTICLE_COLUMNS, "fetched_at")
_STAGED = ", ".join(_STAGED_COLUMNS)
_STAGE_TABLE = f"CREATE TEMP TABLE IF NOT EXISTS article_stage ({_STAGED})"  # no types: as given
_STAGE = (
    f"INSERT INTO temp.article_stage ({_STAGED}) VALUES ({', '.join('?' * len(_STAGED_COLUMNS))})"
)
_UNSTAGE = (
    f"INSERT INTO main.articles ({_STAGED}) SELECT {_STAGED} FROM temp.article_stage"
    " WHERE TRUE ORDER BY rowid ON CONFLICT (feed_id, key) DO NOTHING"
)


class SQLiteConn(Conn):
    errors = (sqlite3.Error,)

    # One hand-off to aiosqlite's thread a statement: `async with execute()` took two or three
    # (execute, fetchall, close), each waiting for the GIL while the content thread works, and
    # the ingest lock is held across ~10 statements. The cursor is not closed by hand (as with
    # executemany): it goes with its last reference.
    async def _exec(self, sql: str, args: Sequence[Any]) -> int:
        cur = await self.raw.execute(sql, args)
        rowcount: int = cur.rowcount
        return max(rowcount, 0)

    async def _fetch(self, sql: str, args: Sequence[Any]) -> list[Row]:
        return list(await self.raw.execute_fetchall(sql, args))

    async def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        await self.raw.executemany(sql, rows)

    async def script(self, sql: str) -> None:
        # Statement by statement: executescript would COMMIT first. SQLite's own tokenizer
        # ends them (trigger bodies, `BEGIN … END;`, stay whole).
        statement = ""
        for line in sql.splitlines(keepends=True):
            statement += line
            if sqlite3.complete_statement(statement):
                await self.exec(statement)
                statement = ""
        if statement.strip():
            await self.exec(statement)


class SQLiteStore(SQLStore):
    d = SQLiteDialect()

    def __init__(self, path: str) -> None:
        self._path = path
        self._db: aiosqlite.Connection | None = None
        # One connection, many coroutines: transactions must not interleave on it.
        self._write_lock = asyncio.Lock()
        self._held_lock: int | None = None  # flock descriptor of the worker name we hold

    @property
    def db(self) -> aiosqlite.Connection:
        if self._db is None:
            raise StoreError("store is not open")
        return self._db

    @property
    def q(self) -> Conn:
        return SQLiteConn(self.db)

    @asynccontextmanager
    async def tx(self) -> AsyncIterator[Conn]:
        c = SQLiteConn(self.db, WRITE_FAILED)
        async with self._write_lock:
            try:
                await c.exec("BEGIN IMMEDIATE")
                yield c
                await c.exec("COMMIT")
            except BaseException:
                # Also when cancelled (Ctrl-C) while BEGIN or COMMIT waited: the statement still
                # runs in aiosqlite's thread, so end what it left open before the next BEGIN
                # (queued after this ROLLBACK). None is left if COMMIT had ended it.
                with contextlib.suppress(StoreError):
                    await asyncio.shield(c.exec("ROLLBACK"))
                raise

    async def open(self) -> None:
        if self._path != ":memory:":
            Path(self._path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = await aiosqlite.connect(self._path, isolation_level=None)
        except Exception as e:
            raise StoreError(f"cannot open SQLite database {self._path}: {e}") from e
        self._db.row_factory = aiosqlite.Row
        try:
            await self._db.execute("PRAGMA busy_timeout=10000")
            await self._enable_wal()
            await self._db.execute("PRAGMA synchronous=NORMAL")
            await self._db.execute("PRAGMA foreign_keys=ON")
            await self.migrate()
            await self._db.execute(_STAGE_TABLE)
        except BaseException as e:
            # Not a usable database (corrupt, read-only, a newer schema…): release the
            # connection's worker thread, or it would keep the process from exiting.
            await self.close()
            cause = e.__cause__ if isinstance(e, StoreError) else e
            if isinstance(cause, sqlite3.Error):
                raise StoreError(f"cannot use SQLite database {self._path}: {cause}") from e
            raise

    async def _insert(self, c: Conn, rows: Sequence[tuple[int, Article]], now: Any) -> None:
        """Store (feed id, article) pairs as tables/articles.py does, in one INSERT … SELECT
        from a staging table. FTS5 writes out the terms it has pending at the end of every
        statement: inserted one executemany row at a time, each article's row in
        `articles_fts` (its trigger, articles_ai) became a segment of its own to merge, ~40 µs
        a row, ~0.25 s of a cold 300-feed cycle's 6,000 backlog rows; in one statement ~5 µs.
        The rows, their order (the first of a key wins), their ids and their index are the
        same; the stage is emptied in the same transaction."""
        if not rows:
            return
        await c.many(_STAGE, [(feed, *self._row(a), now) for feed, a in rows])
        await c.exec(_UNSTAGE)
        await c.exec("DELETE FROM temp.article_stage")

    async def _enable_wal(self, attempts: int = 100) -> None:
        """Switch to WAL. The switch needs an exclusive lock and SQLite does not run the busy
        handler for it, so processes opening a new file together (web and worker starting at
        once) retry briefly instead of failing with "database is locked"."""
        for attempt in range(attempts):
            try:
                await self.db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) or attempt == attempts - 1:
                    raise
                await asyncio.sleep(0.05)

    async def close(self) -> None:
        if self._held_lock is not None:
            await self.unlock_name(self._held_lock)
            self._held_lock = None
        if self._db is not None:
            await self._db.close()
            self._db = None

    # worker names (tables/workers.py): an flock on a file next to the database -------------
    def _names_lockable(self) -> bool:
        return self._path != ":memory:" and fcntl is not None

    async def hold_worker_name(self, name: str | None, *, host: str) -> tuple[str, bool]:
        if not self._names_lockable():
            # One process and nothing to lock: a configured name is ours, else host:pid.
            return (name, True) if name else (fallback_name(host), False)
        return await super().hold_worker_name(name, host=host)

    async def hold_first(self, names: list[str]) -> str | None:
        for name in names:
            self._held_lock = await self.lock_name(name)
            if self._held_lock is not None:
                return name
        return None

    async def lock_name(self, name: str) -> int | None:
        return _try_flock(self._path, name) if self._names_lockable() else None

    async def unlock_name(self, token: int) -> None:
        with contextlib.suppress(OSError):
            os.close(token)  # closing the descriptor drops the lock

    async def worker_name_held(self) -> bool:
        return True  # an flock lasts as long as the process


def _try_flock(db_path: str, name: str) -> int | None:
    """Open and exclusively lock `name`'s file (in `newsbrief.db.workers/`): its descriptor,
    or None if another process holds it."""
    folder = Path(db_path + ".workers")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        key = hashlib.sha256(name.encode()).hexdigest()[:24]
        fd = os.open(folder / f"{key}.lock", os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return None  # a read-only directory: no name can be held (host:pid, lease expiry)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd
