"""PostgreSQL store (asyncpg pool): the scale-out backend for several worker processes.

`PostgresStore(url, schema="nb_test")` (or `?schema=nb_test` in the URL) keeps every table in
one schema: tests get a fresh schema each, deployments may share a database.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import asyncpg

from bot.core.errors import ConfigError, StoreError
from bot.store.sql import READ_FAILED, WRITE_FAILED, Conn, Dialect, Row, failing
from bot.store.tables import SQLStore

log = logging.getLogger(__name__)

# Server refusals, a broken connection, a closed pool: all are "the database failed". (A
# session the server ended can also surface as a client protocol error: InternalClientError.)
_DB_ERRORS = (asyncpg.PostgresError, asyncpg.InterfaceError, asyncpg.InternalClientError, OSError)
# A worker name is held as a session advisory lock: the server drops it when the session ends.
_NAME_KEY = "hashtextextended('newsbrief-worker:' || current_schema() || ':' || $1, 0)"
_TRY_LOCK = f"SELECT pg_try_advisory_lock({_NAME_KEY})"
_UNLOCK = f"SELECT pg_advisory_unlock({_NAME_KEY})"
# The lock's session notices a vanished worker host within ~25 s instead of hours.
_KEEPALIVE = {"tcp_keepalives_idle": "10", "tcp_keepalives_interval": "5",
              "tcp_keepalives_count": "3", "application_name": "newsbrief-worker"}
_SCHEMA_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def split_schema(url: str) -> tuple[str, str | None]:
    """Take a `schema=` query parameter out of the URL (asyncpg would pass it to the server)."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    schema = next((v for k, v in query if k == "schema"), None)
    rest = urlencode([(k, v) for k, v in query if k != "schema"])
    return urlunsplit(parts._replace(query=rest)), schema


@lru_cache(maxsize=512)
def numbered(sql: str) -> str:
    """`?` placeholders → `$1, $2, …` (outside quoted literals)."""
    parts, n = sql.split("'"), 0
    for i in range(0, len(parts), 2):
        pieces = parts[i].split("?")
        out = [pieces[0]]
        for piece in pieces[1:]:
            n += 1
            out.append(f"${n}{piece}")
        parts[i] = "".join(out)
    return "'".join(parts)


class PostgresDialect(Dialect):
    name, ts_type = "postgres", "TIMESTAMPTZ"
    # Concurrent workers never lease the same row; a dead worker's expired lease is due again.
    skip_locked, passes_text = " FOR UPDATE SKIP LOCKED", False
    # One advisory lock per schema and name, released by the commit (or rollback).
    xact_lock = "SELECT pg_advisory_xact_lock(hashtext('newsbrief-{}:' || current_schema()))"

    def ts(self, value: datetime | None) -> datetime | None:
        return value.astimezone(UTC) if value is not None else None

    def text(self, value: Any) -> Any:
        """PostgreSQL text cannot hold NUL; feeds and users can send it. Drop it, keep the rest."""
        return value.replace("\x00", "") if isinstance(value, str) else value

    def any(self, column: str, values: Sequence[Any], type_: str = "text") -> tuple[str, Any]:
        return f"{column} = ANY(?::{type_}[])", list(values)

    def rows(self, types: Sequence[str], rows: Sequence[Sequence[Any]]) -> tuple[str, list[Any]]:
        arrays = ", ".join(f"?::{t}[]" for t in types)
        cols = ", ".join(f"c{i}" for i in range(len(types)))
        columns = [list(c) for c in zip(*rows, strict=True)]
        return f"unnest({arrays}) WITH ORDINALITY AS t({cols}, n)", columns

    def search(self, query: str) -> tuple[str, str, Any] | None:
        query = self.text(query)
        if not query.strip():
            return None
        # Over a generated tsvector column (GIN index). websearch_to_tsquery never raises on
        # user input: quotes, OR, "-" are hints, not syntax.
        return (
            "articles a, websearch_to_tsquery('english', ?) q WHERE a.search @@ q",
            "ts_rank(a.search, q) DESC",
            query,
        )


class PostgresConn(Conn):
    errors = _DB_ERRORS

    async def _exec(self, sql: str, args: Sequence[Any]) -> int:
        status = await self.raw.execute(numbered(sql), *args)  # "UPDATE 3", "INSERT 0 1", …
        last = status.rsplit(" ", 1)[-1]
        return int(last) if last.isdigit() else 0

    async def _fetch(self, sql: str, args: Sequence[Any]) -> list[Row]:
        return list(await self.raw.fetch(numbered(sql), *args))

    async def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        await self.raw.executemany(numbered(sql), rows)

    async def script(self, sql: str) -> None:
        with failing(self.errors, self.failure):
            await self.raw.execute(sql)  # several statements: the simple query protocol


class PostgresStore(SQLStore):
    d = PostgresDialect()

    def __init__(
        self, url: str, *, schema: str | None = None, min_size: int = 1, max_size: int = 10
    ) -> None:
        self._url, url_schema = split_schema(url)
        self._schema = schema or url_schema
        if self._schema is not None and not _SCHEMA_RE.match(self._schema):
            raise ConfigError(f"invalid PostgreSQL schema name {self._schema!r}: use [a-z0-9_]")
        self._min, self._max = min_size, max_size
        self._pool: asyncpg.Pool | None = None
        self._name_conn: asyncpg.Connection | None = None  # holds our worker name's lock
        self._held_name: str | None = None

    @property
    def pool(self) -> asyncpg.Pool:
        if self._pool is None:
            raise StoreError("store is not open")
        return self._pool

    @property
    def q(self) -> Conn:
        return PostgresConn(self.pool)

    async def write(self, sql: str, *args: Any) -> int:
        # One statement, its own implicit transaction: one round trip instead of three.
        return await PostgresConn(self.pool, WRITE_FAILED).exec(sql, *args)

    @asynccontextmanager
    async def tx(self) -> AsyncIterator[Conn]:
        with failing(_DB_ERRORS, WRITE_FAILED):
            async with self.pool.acquire() as conn, conn.transaction():
                yield PostgresConn(conn, WRITE_FAILED)

    async def open(self) -> None:
        settings = {"search_path": self._schema} if self._schema else {}
        try:
            self._pool = await asyncpg.create_pool(
                self._url, min_size=self._min, max_size=self._max, server_settings=settings,
                command_timeout=60,
            )
        except (OSError, asyncpg.PostgresError, ValueError) as e:
            parts = urlsplit(self._url)  # name the server, never the password
            where = f"{parts.hostname or ''}{f':{parts.port}' if parts.port else ''}"
            safe = parts._replace(netloc=where)
            raise StoreError(f"cannot connect to PostgreSQL at {urlunsplit(safe)}: {e}") from e
        await self.migrate()

    async def close(self) -> None:
        if self._name_conn is not None:
            with contextlib.suppress(*_DB_ERRORS):
                await self._name_conn.close()
            self._name_conn = None
        if self._pool is not None:
            pool, self._pool = self._pool, None
            try:
                await pool.close()
            except _DB_ERRORS:  # a server gone mid-shutdown: drop what is left, say nothing
                pool.terminate()

    # worker names: a session advisory lock (bot/store/tables/workers.py) ----------------------
    async def _lock_session(self) -> asyncpg.Connection:
        settings = dict(_KEEPALIVE)
        if self._schema:
            settings["search_path"] = self._schema
        with failing((*_DB_ERRORS, ValueError),
                     "cannot open a PostgreSQL session for the worker name"):
            return await asyncpg.connect(self._url, server_settings=settings)

    async def hold_first(self, names: list[str]) -> str | None:
        # One session holds our name (not a pool connection: the pool may reset or drop it).
        conn = await self._lock_session()
        try:
            for name in names:
                if await conn.fetchval(_TRY_LOCK, name):
                    self._name_conn, self._held_name = conn, name
                    return name
        except _DB_ERRORS as e:
            await conn.close()
            raise StoreError(f"cannot take a worker name: {e}") from e
        await conn.close()
        return None

    async def lock_name(self, name: str) -> tuple[asyncpg.Connection, str] | None:
        with failing(_DB_ERRORS, READ_FAILED):
            conn = await self.pool.acquire()
        try:
            with failing(_DB_ERRORS, READ_FAILED):
                if await conn.fetchval(_TRY_LOCK, name):
                    return conn, name
        except StoreError:
            await self._release(conn)
            raise
        await self._release(conn)
        return None

    async def _release(self, conn: asyncpg.Connection) -> None:
        # Releasing a broken connection closes it; a driver error here is not news.
        with contextlib.suppress(*_DB_ERRORS):
            await self.pool.release(conn)

    async def unlock_name(self, token: tuple[asyncpg.Connection, str]) -> None:
        conn, name = token
        try:
            with failing(_DB_ERRORS, WRITE_FAILED):
                await conn.fetchval(_UNLOCK, name)
        finally:
            await self._release(conn)

    async def worker_name_held(self) -> bool:
        """Still ours? A lost session (network, server restart) lost the lock: take it again
        unless another worker has taken the name meanwhile (then False: stop)."""
        if self._held_name is None:
            return True
        conn = self._name_conn
        if conn is not None and not conn.is_closed():
            with contextlib.suppress(*_DB_ERRORS):
                await conn.fetchval("SELECT 1")
                return True
            with contextlib.suppress(*_DB_ERRORS):
                await conn.close()
        self._name_conn = None
        if await self.hold_first([self._held_name]) is None:
            return False
        log.warning("worker name lock re-taken after its session was lost",
                    extra={"worker": self._held_name})
        return True
