"""The one SQL layer under both backends: a dialect (what SQLite and PostgreSQL spell
differently) and a connection wrapper that speaks it and turns every driver error into
`StoreError`. Queries are written once, with `?` placeholders, in bot/store/tables/."""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, contextmanager
from datetime import UTC, datetime, timedelta
from importlib import resources
from typing import Any, ClassVar

from bot.core.errors import StoreError
from bot.store import codec
from bot.store.codec import T

log = logging.getLogger(__name__)
Row = Mapping[str, Any]
READ_FAILED = "database query failed"
WRITE_FAILED = "database refused the write"
# What the outboxes (deliveries, notices) set when a row is sent, retried or given up.
SENT = "status = 'sent', message_id = ?, sent_at = ?, last_error = NULL"
RETRY = "last_error = ?, next_attempt_at = ?"
FAILED = "status = 'failed', last_error = ?"
UNLEASED = "lease_owner = NULL, lease_until = NULL"


def load_migrations(backend: str) -> list[tuple[int, str]]:
    """The backend's migrations (migrations/<backend>/NNNN_name.sql) as (NNNN, SQL), in order."""
    folder = resources.files(__package__) / "migrations" / backend
    return sorted((int(f.name.split("_", 1)[0]), f.read_text(encoding="utf-8"))
                  for f in folder.iterdir() if f.name.endswith(".sql"))


@contextmanager
def failing(errors: tuple[type[BaseException], ...], message: str) -> Iterator[None]:
    """A driver error (one of `errors`) raised inside becomes `StoreError("message: …")`."""
    try:
        yield
    except errors as e:
        raise StoreError(f"{message}: {e}") from e


class Dialect(ABC):
    """What differs between the databases, as SQL fragments and bound values."""

    name: ClassVar[str]  # its migrations' folder
    ts_type: ClassVar[str]  # the column type of a datetime
    skip_locked: ClassVar[str]  # appended to the SELECT that picks rows to lease
    xact_lock: ClassVar[str]  # takes the lock {} until the transaction ends ("": no statement)
    passes_text: ClassVar[bool] = True  # `text` returns every value as it is (no call needed)

    @abstractmethod
    def ts(self, value: datetime | None) -> Any:
        """A datetime as the database stores it."""

    def text(self, value: Any) -> Any:
        """A value from outside (feeds, users) as the database can store it."""
        return value

    @abstractmethod
    def any(self, column: str, values: Sequence[Any], type_: str = "text") -> tuple[str, Any]:
        """`column` is one of `values`: a condition with one `?` and the value to bind."""

    @abstractmethod
    def rows(self, types: Sequence[str], rows: Sequence[Sequence[Any]]) -> tuple[str, list[Any]]:
        """`rows` as a derived table `t(c0, c1, …, n)` (n: the row's position) to select from."""

    @abstractmethod
    def search(self, query: str) -> tuple[str, str, Any] | None:
        """Full-text search of `a` (articles): FROM…WHERE with one `?`, ORDER BY, the value;
        None when the query has nothing to search for."""


class Conn(ABC):
    """One driver connection (or pool) in a dialect. `?` placeholders; errors → StoreError."""

    errors: ClassVar[tuple[type[BaseException], ...]]

    def __init__(self, raw: Any, failure: str = READ_FAILED) -> None:
        self.raw, self.failure = raw, failure

    @abstractmethod
    async def _exec(self, sql: str, args: Sequence[Any]) -> int: ...

    @abstractmethod
    async def _fetch(self, sql: str, args: Sequence[Any]) -> list[Row]: ...

    @abstractmethod
    async def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    @abstractmethod
    async def script(self, sql: str) -> None:
        """Run several statements (a migration), in the transaction if one is open."""

    async def exec(self, sql: str, *args: Any) -> int:
        """Run a statement; how many rows it changed."""
        with failing(self.errors, self.failure):
            return await self._exec(sql, args)

    async def all(self, sql: str, *args: Any) -> list[Row]:
        with failing(self.errors, self.failure):
            return await self._fetch(sql, args)

    async def one(self, sql: str, *args: Any) -> Row | None:
        rows = await self.all(sql, *args)
        return rows[0] if rows else None

    async def all_as(self, cls: type[T], sql: str, *args: Any) -> list[T]:
        """`all`, each row as a `cls` (its columns named like the fields, see codec.from_row)."""
        return [codec.from_row(cls, r) for r in await self.all(sql, *args)]

    async def one_as(self, cls: type[T], sql: str, *args: Any) -> T | None:
        row = await self.one(sql, *args)
        return codec.from_row(cls, row) if row else None

    async def many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            with failing(self.errors, self.failure):
                await self._many(sql, rows)


class SQLBase(ABC):
    """What the table parts need of a backend: its dialect, reads, transactions, migrations."""

    d: Dialect

    @property
    @abstractmethod
    def q(self) -> Conn:
        """Reads outside a transaction."""

    @abstractmethod
    def tx(self) -> AbstractAsyncContextManager[Conn]:
        """A transaction: everything inside lands together or not at all."""

    async def schema_version(self, c: Conn | None = None) -> int:
        """The last migration applied (read in transaction `c` if given)."""
        sql = "SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations"
        row = await (c or self.q).one(sql)
        return int(row["v"]) if row else 0

    async def migrate(self) -> None:
        """Apply the pending migrations in one transaction. Processes opening the database
        together serialize on its lock (`xact_lock`, SQLite's BEGIN IMMEDIATE): the later ones
        find them applied. Transaction-scoped, so a crash cannot leave a lock held."""
        async with self.tx() as c:
            await self.lock(c, "migrate")
            await c.exec(f"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER"
                         f" PRIMARY KEY, applied_at {self.d.ts_type} NOT NULL)")
            current = await self.schema_version(c)
            for version, sql in load_migrations(self.d.name):
                if version > current:
                    log.info("applying migration", extra={"version": version,
                                                          "backend": self.d.name})
                    await c.script(sql)
                    await c.exec("INSERT INTO schema_migrations VALUES (?, ?)",
                                 version, self.d.ts(datetime.now(UTC)))

    async def lock(self, c: Conn, name: str) -> None:
        """Take the database-wide lock `name` in transaction `c`, held until it ends."""
        if self.d.xact_lock:
            await c.exec(self.d.xact_lock.format(name))

    async def write(self, sql: str, *args: Any) -> int:
        """One statement in its own transaction; rows changed."""
        async with self.tx() as c:
            return await c.exec(sql, *args)

    async def upsert(self, table: str, row: Mapping[str, Any], *, key: str,
                     update: Sequence[str] | None = None, where: str = "") -> int:
        """Insert `row`, or where its `key` exists set the columns `update` (default: the
        others) to the row's, if `where`."""
        sets = ", ".join(f"{c} = excluded.{c}" for c in update or [c for c in row if c != key])
        return await self.write(
            f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})"
            f" ON CONFLICT ({key}) DO UPDATE SET {sets}{where}", *row.values(),
        )

    async def lease(
        self, table: str, where: str, order: str, now: datetime, limit: int, owner: str,
        lease_seconds: float, *, counted: bool = False, returning: str = "*",
    ) -> list[Row]:
        """Lease to `owner` up to `limit` rows of `table` that match `where` (each `?` in it is
        `now`) and no live lease holds, first by `order`. `counted`: the lease is an attempt."""
        now_, until = self.d.ts(now), self.d.ts(now + timedelta(seconds=lease_seconds))
        sets = (", attempts = attempts + 1, leased_at = ?,"
                " first_leased_at = COALESCE(first_leased_at, ?)") if counted else ""
        async with self.tx() as c:
            return await c.all(
                f"UPDATE {table} SET lease_owner = ?, lease_until = ?{sets} WHERE id IN"
                f" (SELECT id FROM {table} WHERE {where}"
                " AND (lease_until IS NULL OR lease_until <= ?)"
                f" ORDER BY {order} LIMIT ?{self.d.skip_locked}) RETURNING {returning}",
                # Every value between the lease's end and the limit is `now`.
                owner, until, *[now_] * (sets.count("?") + where.count("?") + 1), limit,
            )

    async def settle(self, table: str, sets: str, where: str, *args: Any) -> None:
        """Update the rows `where` (of an outbox) and end their lease."""
        await self.write(f"UPDATE {table} SET {sets}, {UNLEASED} WHERE {where}", *args)

    async def release(self, c: Conn, owner: str) -> None:
        for table in ("feeds", "deliveries", "channel_roundups", "notices"):
            await c.exec(f"UPDATE {table} SET {UNLEASED} WHERE lease_owner = ?", owner)
