"""PostgreSQL store (asyncpg pool): the scale-out backend for several worker processes.

Same contract as the SQLite store (see bot/store/base.py). What PostgreSQL adds:
- Leases use `SELECT … FOR UPDATE SKIP LOCKED`, so concurrent workers never take the same feed,
  delivery or roundup, and an expired lease (a dead worker) is simply due again.
- Migrations run under a transaction-scoped advisory lock: workers starting together apply
  them once, the others wait and then see the new version.
- Search is full-text over a generated `tsvector` column with a GIN index; user text only ever
  reaches `websearch_to_tsquery`, which accepts any string without syntax errors.

`PostgresStore(url, schema="nb_test")` (or `?schema=nb_test` in the URL) keeps every table in
one schema: tests get a fresh schema each, deployments may share a database.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import asyncpg

from bot.core.errors import ConfigError, StoreError
from bot.core.types import (
    Article,
    ChannelRef,
    ChannelSettings,
    Delivery,
    Feed,
    FeedUpdate,
    Filters,
    PlannedDelivery,
    StoryRow,
    Subscription,
)
from bot.store import codec, worker_names
from bot.store.migrations import load_migrations

log = logging.getLogger(__name__)

# Server refusals, a broken connection, a closed pool: all are "the database failed".
_DB_ERRORS = (asyncpg.PostgresError, asyncpg.InterfaceError, OSError)
# A worker name is held as a session advisory lock: the server drops it when the session ends.
_NAME_KEY = "hashtextextended('newsbrief-worker:' || current_schema() || ':' || $1, 0)"
_TRY_LOCK = f"SELECT pg_try_advisory_lock({_NAME_KEY})"
_UNLOCK = f"SELECT pg_advisory_unlock({_NAME_KEY})"
# The lock's session notices a vanished worker host within ~25 s instead of hours.
_KEEPALIVE = {"tcp_keepalives_idle": "10", "tcp_keepalives_interval": "5",
              "tcp_keepalives_count": "3", "application_name": "newsbrief-worker"}
_SCHEMA_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
_ARTICLE_COLUMNS = (
    "key", "story_key", "title", "link", "summary", "text", "outlet", "via", "authors",
    "published", "quotes", "categories", "tags", "relevance", "reasons", "entry_hash",
)
# d_maybe_sent: the start of an earlier, unfinished lease that may have posted the row.
_DELIVERY_SELECT = (
    "SELECT d.id AS d_id, d.channel AS d_channel, d.attempts AS d_attempts,"
    " d.status AS d_status, d.message_id AS d_message_id, CASE WHEN"
    " d.first_leased_at < d.leased_at THEN d.first_leased_at END AS d_maybe_sent, a.*"
    " FROM deliveries d JOIN articles a ON a.id = d.article_id"
)


def split_schema(url: str) -> tuple[str, str | None]:
    """Take a `schema=` query parameter out of the URL (asyncpg would pass it to the server)."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    schema = next((v for k, v in query if k == "schema"), None)
    rest = urlencode([(k, v) for k, v in query if k != "schema"])
    return urlunsplit(parts._replace(query=rest)), schema


def _no_nul(value: Any) -> Any:
    """PostgreSQL text cannot hold NUL; feeds and users can send it. Drop it, keep the rest."""
    return value.replace("\x00", "") if isinstance(value, str) else value


def _utc(value: datetime | None) -> datetime | None:
    return value.astimezone(UTC) if value is not None else None


def _delivery(r: asyncpg.Record, since: datetime | None = None) -> Delivery:
    return Delivery(
        id=r["d_id"],
        channel=ChannelRef.parse(r["d_channel"]),
        article=codec.article_from_row(r),
        attempts=r["d_attempts"],
        status=r["d_status"],
        message_id=r["d_message_id"],
        maybe_sent_since=since or _utc(r["d_maybe_sent"]),
    )


class PostgresStore:
    def __init__(
        self, url: str, *, schema: str | None = None, min_size: int = 1, max_size: int = 10
    ) -> None:
        self._url, url_schema = split_schema(url)
        self._schema = schema or url_schema
        if self._schema is not None and not _SCHEMA_RE.match(self._schema):
            raise ConfigError(f"invalid PostgreSQL schema name {self._schema!r}: use [a-z0-9_]")
        self._min, self._max = min_size, max_size
        self._pool: asyncpg.Pool | None = None
        self._ingest_local = asyncio.Lock()
        self._name_conn: asyncpg.Connection | None = None  # holds our worker name's lock
        self._held_name: str | None = None

    @property
    def pool(self) -> asyncpg.Pool:
        if self._pool is None:
            raise StoreError("store is not open")
        return self._pool

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
        await self._migrate()

    async def close(self) -> None:
        if self._name_conn is not None:
            with contextlib.suppress(*_DB_ERRORS):
                await self._name_conn.close()
            self._name_conn = None
        if self._pool is not None:
            await self._pool.close()
            self._pool = None

    @asynccontextmanager
    async def ingest_lock(self) -> AsyncIterator[None]:
        # One ingester per process waits for the database lock (so waiting coroutines do not
        # hold pool connections), and one per database holds it. A session-level advisory lock
        # is released by the server if this worker dies.
        async with self._ingest_local, self.pool.acquire() as conn:
            key = "SELECT {}(hashtext('newsbrief-ingest:' || current_schema()))"
            await conn.execute(key.format("pg_advisory_lock"))
            try:
                yield
            finally:
                await conn.execute(key.format("pg_advisory_unlock"))

    @asynccontextmanager
    async def _tx(self) -> AsyncIterator[asyncpg.Connection]:
        try:
            async with self.pool.acquire() as conn, conn.transaction():
                yield conn
        except _DB_ERRORS as e:
            raise StoreError(f"database refused the write: {e}") from e

    async def _exec(self, sql: str, *args: Any) -> None:
        """One statement, its own implicit transaction: one round trip instead of three."""
        try:
            await self.pool.execute(sql, *args)
        except _DB_ERRORS as e:
            raise StoreError(f"database refused the write: {e}") from e

    async def _one(self, sql: str, *args: Any) -> asyncpg.Record | None:
        try:
            return await self.pool.fetchrow(sql, *args)
        except _DB_ERRORS as e:
            raise StoreError(f"database query failed: {e}") from e

    async def _all(self, sql: str, *args: Any) -> list[asyncpg.Record]:
        try:
            return list(await self.pool.fetch(sql, *args))
        except _DB_ERRORS as e:
            raise StoreError(f"database query failed: {e}") from e

    async def _migrate(self) -> None:
        async with self._tx() as db:
            # One lock per schema: concurrent workers serialize here, the later ones find the
            # migrations applied. Transaction-scoped, so a crash cannot leave it held.
            await db.execute(
                "SELECT pg_advisory_xact_lock(hashtext('newsbrief-migrate:' || current_schema()))"
            )
            await db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations"
                " (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
            )
            current = await db.fetchval("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")
            for version, sql in load_migrations("postgres"):
                if version <= current:
                    continue
                log.info("applying migration", extra={"version": version, "backend": "postgres"})
                await db.execute(sql)
                await db.execute("INSERT INTO schema_migrations (version) VALUES ($1)", version)

    async def schema_version(self) -> int:
        return int(await self.pool.fetchval(
            "SELECT COALESCE(MAX(version), 0) FROM schema_migrations"
        ))

    # feeds ---------------------------------------------------------------------------------
    async def add_feed(
        self,
        url: str,
        *,
        name: str | None = None,
        interval: int | None = None,
        trusted: bool = False,
        full_text: bool = False,
    ) -> tuple[Feed, bool]:
        async with self._tx() as db:
            row = await db.fetchrow(
                "INSERT INTO feeds (url, name, interval, trusted, full_text)"
                " VALUES ($1, $2, $3, $4, $5)"
                " ON CONFLICT (url) DO UPDATE SET disabled_reason = NULL, error_count = 0,"
                " name = COALESCE(EXCLUDED.name, feeds.name),"
                " interval = COALESCE(EXCLUDED.interval, feeds.interval),"
                " trusted = feeds.trusted OR EXCLUDED.trusted,"
                " full_text = feeds.full_text OR EXCLUDED.full_text"
                " RETURNING *, (xmax = 0) AS created",
                url, name, interval, trusted, full_text,
            )
        assert row is not None
        return codec.feed_from_row(row), bool(row["created"])

    async def get_feed(self, feed_id: int) -> Feed | None:
        row = await self._one("SELECT * FROM feeds WHERE id = $1", feed_id)
        return codec.feed_from_row(row) if row else None

    async def find_feed(self, ref: str) -> Feed | None:
        ref = ref.strip()
        if ref.isdigit() and len(ref) < 19:
            feed = await self.get_feed(int(ref))
            if feed:
                return feed
        row = await self._one(
            "SELECT * FROM feeds WHERE url = $1 OR lower(name) = lower($1) ORDER BY id LIMIT 1",
            ref,
        )
        return codec.feed_from_row(row) if row else None

    async def list_feeds(self) -> list[Feed]:
        return [codec.feed_from_row(r) for r in await self._all("SELECT * FROM feeds ORDER BY id")]

    async def remove_feed(self, feed_id: int) -> bool:
        async with self._tx() as db:
            return await db.fetchval("DELETE FROM feeds WHERE id = $1 RETURNING 1", feed_id) == 1

    async def update_feed(self, feed_id: int, update: FeedUpdate) -> None:
        async with self._tx() as db:
            await self._write_feed_update(db, feed_id, update)

    async def _write_feed_update(self, db: asyncpg.Connection, feed_id: int, u: FeedUpdate) -> None:
        await db.execute(
            # A permanent redirect onto a URL another feed already has keeps the old URL.
            "UPDATE feeds SET url = CASE WHEN EXISTS (SELECT 1 FROM feeds o WHERE o.url = $1"
            " AND o.id <> feeds.id) THEN url ELSE $1 END, next_fetch_at = $2, last_fetched_at = $3,"
            " last_success_at = $4, error_count = $5, last_error = $6, disabled_reason = $7,"
            " etag = $8, last_modified = $9, content_hash = $10, title = COALESCE($11, title),"
            " lease_owner = NULL, lease_until = NULL WHERE id = $12",
            u.url, _utc(u.next_fetch_at), _utc(u.last_fetched_at), _utc(u.last_success_at),
            u.error_count, u.last_error, u.disabled_reason, u.etag, u.last_modified,
            u.content_hash, u.title, feed_id,
        )

    async def lease_due_feeds(
        self, now: datetime, *, limit: int, owner: str, lease_seconds: float
    ) -> list[Feed]:
        async with self._tx() as db:
            rows = await db.fetch(
                "UPDATE feeds SET lease_owner = $1, lease_until = $2 WHERE id IN ("
                " SELECT id FROM feeds WHERE disabled_reason IS NULL"
                " AND (next_fetch_at IS NULL OR next_fetch_at <= $3)"
                " AND (lease_until IS NULL OR lease_until <= $3)"
                " ORDER BY next_fetch_at NULLS FIRST, id LIMIT $4 FOR UPDATE SKIP LOCKED)"
                " RETURNING *",
                owner, now + timedelta(seconds=lease_seconds), now, limit,
            )
        return sorted((codec.feed_from_row(r) for r in rows), key=lambda f: f.id)

    async def has_articles(self, feed_id: int) -> bool:
        row = await self._one("SELECT 1 FROM articles WHERE feed_id = $1 LIMIT 1", feed_id)
        return row is not None

    async def entry_hashes(self, feed_id: int, keys: Sequence[str]) -> dict[str, str | None]:
        rows = await self._all(
            "SELECT key, NULL AS entry_hash FROM pruned_keys"
            " WHERE feed_id = $1 AND key = ANY($2::text[]) UNION ALL"
            " SELECT key, entry_hash FROM articles WHERE feed_id = $1 AND key = ANY($2::text[])",
            feed_id, list(keys),
        )
        return {r["key"]: r["entry_hash"] for r in rows}  # articles win: listed last

    async def revise_articles(self, feed_id: int, articles: Sequence[Article]) -> int:
        flagged = 0
        async with self._tx() as db:
            for article in articles:
                values = {k: _no_nul(v) for k, v in codec.article_values(article).items()}
                values["published"] = _utc(article.published)
                values.pop("key")
                values.pop("story_key")  # a story keeps its identity when its text changes
                before = await db.fetchrow(
                    "SELECT title, summary FROM articles WHERE feed_id = $1 AND key = $2",
                    feed_id, article.key,
                )
                sets = ", ".join(f"{k} = ${i}" for i, k in enumerate(values, start=3))
                await db.execute(
                    f"UPDATE articles SET {sets} WHERE feed_id = $1 AND key = $2",
                    feed_id, article.key, *values.values(),
                )
                if before is None or (before["title"], before["summary"]) == (
                    values["title"], values["summary"]
                ):
                    continue  # nothing a reader sees changed: no edit
                flagged += await db.fetchval(
                    "WITH upd AS (UPDATE deliveries SET needs_update = TRUE WHERE status = 'sent'"
                    " AND message_id IS NOT NULL AND article_id ="
                    " (SELECT id FROM articles WHERE feed_id = $1 AND key = $2) RETURNING 1)"
                    " SELECT count(*) FROM upd",
                    feed_id, article.key,
                )
        return flagged

    async def ingest(
        self,
        feed_id: int,
        update: FeedUpdate,
        articles: Sequence[Article],
        deliveries: Sequence[PlannedDelivery],
        now: datetime,
        *,
        listed: Sequence[str] | None = None,
    ) -> int:
        queued = 0
        async with self._tx() as db:
            await self._write_feed_update(db, feed_id, update)
            if listed:  # an empty listing (a feed briefly serving nothing) forgets nothing
                # Pruned keys the feed no longer lists cannot reappear as new: forget them.
                await db.execute(
                    "DELETE FROM pruned_keys WHERE feed_id = $1 AND NOT key = ANY($2::text[])",
                    feed_id, list(listed),
                )
            # A few statements per feed, not one per row: the ingest lock is held meanwhile.
            ids = await self._insert_articles(db, feed_id, articles, now)
            rows = [p for p in deliveries if p.article_key in ids]
            if rows:
                channels = [str(p.channel) for p in rows]
                stories = [p.story_key for p in rows]
                queued = await db.fetchval(
                    "WITH ins AS (INSERT INTO deliveries (channel, story_key, article_id, status,"
                    " next_attempt_at, created_at) SELECT c, s, a, st, $5, $5 FROM"
                    " unnest($1::text[], $2::text[], $3::bigint[], $4::text[]) WITH ORDINALITY"
                    " AS t(c, s, a, st, n) ORDER BY n"
                    " ON CONFLICT (channel, story_key) DO NOTHING RETURNING 1)"
                    " SELECT count(*) FROM ins",
                    channels, stories, [ids[p.article_key] for p in rows],
                    [p.status for p in rows], now,
                )
                # Already posted: the dispatcher adds the new outlet to that message. Rows just
                # queued are not sent, so flagging every planned pair touches only older posts.
                await db.execute(
                    "UPDATE deliveries d SET needs_update = TRUE"
                    " FROM unnest($1::text[], $2::text[]) AS t(c, s) WHERE d.channel = t.c"
                    " AND d.story_key = t.s AND d.status = 'sent' AND d.message_id IS NOT NULL",
                    channels, stories,
                )
        return queued

    @staticmethod
    async def _insert_articles(
        db: asyncpg.Connection, feed_id: int, articles: Sequence[Article], now: datetime
    ) -> dict[str, int]:
        """Insert the articles whose key the feed has not stored yet; their new row ids."""
        if not articles:
            return {}
        known = {r["key"] for r in await db.fetch(
            "SELECT key FROM articles WHERE feed_id = $1 AND key = ANY($2::text[])",
            feed_id, [a.key for a in articles],
        )}
        new: dict[str, Article] = {}
        for a in articles:
            if a.key not in known:
                new.setdefault(a.key, a)  # the first of a key wins, as row by row
        if not new:
            return {}
        marks = ", ".join(f"${i}" for i in range(2, len(_ARTICLE_COLUMNS) + 3))
        rows = []
        for article in new.values():
            values = {k: _no_nul(v) for k, v in codec.article_values(article).items()}
            values["published"] = _utc(article.published)
            rows.append((feed_id, *values.values(), now))
        await db.executemany(
            f"INSERT INTO articles (feed_id, {', '.join(_ARTICLE_COLUMNS)}, fetched_at)"
            f" VALUES ($1, {marks}) ON CONFLICT (feed_id, key) DO NOTHING",
            rows,
        )
        found = await db.fetch(
            "SELECT key, id FROM articles WHERE feed_id = $1 AND key = ANY($2::text[])",
            feed_id, list(new),
        )
        return {r["key"]: r["id"] for r in found}

    # subscriptions and channels ------------------------------------------------------------
    async def subscribe(
        self, channel: ChannelRef, feed_id: int, filters: Filters | None = None
    ) -> tuple[Subscription, bool]:
        async with self._tx() as db:
            row = await db.fetchrow(
                # `prev` is read before the upsert: new, or re-enabled, counts as created.
                "WITH prev AS (SELECT disabled_reason FROM subscriptions"
                " WHERE channel = $1 AND feed_id = $2)"
                " INSERT INTO subscriptions (channel, feed_id, filters) VALUES ($1, $2, $3)"
                " ON CONFLICT (channel, feed_id) DO UPDATE SET disabled_reason = NULL,"
                " filters = CASE WHEN $4 THEN EXCLUDED.filters ELSE subscriptions.filters END"
                " RETURNING *, (NOT EXISTS (SELECT 1 FROM prev)"
                " OR (SELECT disabled_reason FROM prev) IS NOT NULL) AS created",
                str(channel), feed_id, codec.filters_to_json(filters or Filters()),
                filters is not None,
            )
        assert row is not None
        return codec.subscription_from_row(row), bool(row["created"])

    async def unsubscribe(self, channel: ChannelRef, feed_id: int) -> bool:
        async with self._tx() as db:
            return await db.fetchval(
                "DELETE FROM subscriptions WHERE channel = $1 AND feed_id = $2 RETURNING 1",
                str(channel), feed_id,
            ) == 1

    async def subscriptions_for_feed(self, feed_id: int) -> list[Subscription]:
        rows = await self._all(
            "SELECT * FROM subscriptions WHERE feed_id = $1 AND disabled_reason IS NULL"
            " ORDER BY id",
            feed_id,
        )
        return [codec.subscription_from_row(r) for r in rows]

    async def subscriptions_for_channel(self, channel: ChannelRef) -> list[Subscription]:
        rows = await self._all(
            "SELECT * FROM subscriptions WHERE channel = $1 ORDER BY id", str(channel)
        )
        return [codec.subscription_from_row(r) for r in rows]

    async def set_filters(self, subscription_id: int, filters: Filters) -> None:
        await self._exec(
            "UPDATE subscriptions SET filters = $1 WHERE id = $2",
            codec.filters_to_json(filters), subscription_id,
        )

    async def disable_channel(self, channel: ChannelRef, reason: str) -> int:
        async with self._tx() as db:
            return int(await db.fetchval(
                "WITH u AS (UPDATE subscriptions SET disabled_reason = $1 WHERE channel = $2"
                " RETURNING 1) SELECT count(*) FROM u",
                reason, str(channel),
            ))

    async def channel_settings(self, channel: ChannelRef) -> ChannelSettings:
        row = await self._one("SELECT settings FROM channels WHERE channel = $1", str(channel))
        if row is None:
            return ChannelSettings(channel=channel)
        return codec.channel_settings_from_json(channel, row["settings"])

    async def save_channel_settings(self, settings: ChannelSettings) -> None:
        await self._exec(
            "INSERT INTO channels (channel, settings) VALUES ($1, $2)"
            " ON CONFLICT (channel) DO UPDATE SET settings = EXCLUDED.settings",
            str(settings.channel), codec.channel_settings_to_json(settings),
        )

    async def channels(self) -> list[ChannelRef]:
        rows = await self._all("SELECT DISTINCT channel FROM subscriptions ORDER BY channel")
        return [ChannelRef.parse(r["channel"]) for r in rows]

    # articles ------------------------------------------------------------------------------
    async def get_article(self, ref: str) -> Article | None:
        ref = ref.strip()
        if ref.isdigit() and len(ref) < 19:
            row = await self._one("SELECT * FROM articles WHERE id = $1", int(ref))
            if row:
                return codec.article_from_row(row)
        if len(ref) >= 4 and re.fullmatch(r"[0-9a-f]+", ref):
            row = await self._one(
                "SELECT * FROM articles WHERE story_key LIKE $1 OR key LIKE $1"
                " ORDER BY id DESC LIMIT 1",
                ref + "%",
            )
            if row:
                return codec.article_from_row(row)
        return None

    def _channel_clause(self, channel: ChannelRef | None, args: list[Any]) -> str:
        if channel is None:
            return ""
        args.append(str(channel))
        return f" AND a.feed_id IN (SELECT feed_id FROM subscriptions WHERE channel = ${len(args)})"

    async def latest_articles(
        self, *, limit: int, channel: ChannelRef | None = None, since: datetime | None = None
    ) -> list[Article]:
        args: list[Any] = []
        clause = self._channel_clause(channel, args)
        if since is not None:
            args.append(since)
            clause += f" AND a.fetched_at >= ${len(args)}"
        args.append(limit)
        rows = await self._all(
            f"SELECT a.* FROM articles a WHERE TRUE{clause}"
            f" ORDER BY COALESCE(a.published, a.fetched_at) DESC, a.id DESC LIMIT ${len(args)}",
            *args,
        )
        return [codec.article_from_row(r) for r in rows]

    async def search(
        self, query: str, *, limit: int, channel: ChannelRef | None = None
    ) -> list[Article]:
        query = _no_nul(query)
        if not query.strip():
            return []
        # websearch_to_tsquery never raises on user input: quotes, OR, "-" are hints, not syntax.
        args: list[Any] = [query]
        clause = self._channel_clause(channel, args)
        args.append(limit)
        rows = await self._all(
            "SELECT a.* FROM articles a, websearch_to_tsquery('english', $1) q"
            f" WHERE a.search @@ q{clause}"
            f" ORDER BY ts_rank(a.search, q) DESC, a.id DESC LIMIT ${len(args)}",
            *args,
        )
        return [codec.article_from_row(r) for r in rows]

    async def recent_articles(self, since: datetime, *, limit: int = 10_000) -> list[Article]:
        rows = await self._all(
            "SELECT * FROM articles WHERE fetched_at >= $1 ORDER BY id DESC LIMIT $2", since, limit
        )
        return [codec.article_from_row(r) for r in rows]

    async def articles_after(self, after_id: int, *, limit: int = 10_000) -> list[Article]:
        rows = await self._all(
            "SELECT * FROM articles WHERE id > $1 ORDER BY id LIMIT $2", after_id, limit
        )
        return [codec.article_from_row(r) for r in rows]

    async def story_rows(
        self, *, since: datetime | None = None, after_id: int | None = None, limit: int = 10_000
    ) -> list[StoryRow]:
        if after_id is not None:
            rows = await self._all(
                f"SELECT {codec.STORY_ROW_COLUMNS} FROM articles WHERE id > $1 ORDER BY id"
                " LIMIT $2",
                after_id, limit,
            )
        else:
            rows = await self._all(
                f"SELECT {codec.STORY_ROW_COLUMNS} FROM articles WHERE fetched_at >= $1"
                " ORDER BY id DESC LIMIT $2",
                since or datetime.min.replace(tzinfo=UTC), limit,
            )
            rows.reverse()
        return [codec.story_row_from_row(r) for r in rows]

    async def story_articles(self, story_key: str) -> list[Article]:
        rows = await self._all("SELECT * FROM articles WHERE story_key = $1 ORDER BY id", story_key)
        return [codec.article_from_row(r) for r in rows]

    # outbox --------------------------------------------------------------------------------
    async def _lease_deliveries_where(self, update_sql: str, *args: Any) -> list[Delivery]:
        """Run a leasing `UPDATE … RETURNING id`, then load the leased rows with articles."""
        async with self._tx() as db:
            ids = [r["id"] for r in await db.fetch(update_sql, *args)]
        if not ids:
            return []
        rows = await self._all(f"{_DELIVERY_SELECT} WHERE d.id = ANY($1) ORDER BY d.id", ids)
        return [_delivery(r) for r in rows]

    async def lease_deliveries(
        self, now: datetime, *, limit: int, owner: str, lease_seconds: float
    ) -> list[Delivery]:
        return await self._lease_deliveries_where(
            "UPDATE deliveries SET lease_owner = $1, lease_until = $2, attempts = attempts + 1,"
            " leased_at = $3, first_leased_at = COALESCE(first_leased_at, $3)"
            " WHERE id IN (SELECT id FROM deliveries WHERE status = 'pending'"
            " AND next_attempt_at <= $3 AND (lease_until IS NULL OR lease_until <= $3)"
            " ORDER BY next_attempt_at, id LIMIT $4 FOR UPDATE SKIP LOCKED) RETURNING id",
            owner, now + timedelta(seconds=lease_seconds), now, limit,
        )

    async def lease_story_updates(
        self, now: datetime, *, limit: int, owner: str, lease_seconds: float
    ) -> list[Delivery]:
        return await self._lease_deliveries_where(
            "UPDATE deliveries SET lease_owner = $1, lease_until = $2 WHERE id IN ("
            " SELECT id FROM deliveries WHERE needs_update AND status = 'sent'"
            " AND (lease_until IS NULL OR lease_until <= $3) ORDER BY id LIMIT $4"
            " FOR UPDATE SKIP LOCKED) RETURNING id",
            owner, now + timedelta(seconds=lease_seconds), now, limit,
        )

    async def mark_updated(self, delivery_id: int) -> None:
        await self._exec(
            "UPDATE deliveries SET needs_update = FALSE, lease_owner = NULL, lease_until = NULL"
            " WHERE id = $1",
            delivery_id,
        )

    async def held_deliveries(self, channel: ChannelRef) -> list[Delivery]:
        rows = await self._all(
            f"{_DELIVERY_SELECT} WHERE d.status = 'held' AND d.channel = $1 ORDER BY d.id",
            str(channel),
        )
        return [_delivery(r) for r in rows]

    async def mark_sent(self, delivery_ids: Sequence[int], message_id: str, now: datetime) -> None:
        await self._exec(
            "UPDATE deliveries SET status = 'sent', message_id = $1, sent_at = $2,"
            " lease_owner = NULL, lease_until = NULL, last_error = NULL WHERE id = ANY($3)",
            message_id, now, list(delivery_ids),
        )

    async def mark_retry(self, delivery_id: int, error: str, next_attempt_at: datetime) -> None:
        await self._exec(
            "UPDATE deliveries SET last_error = $1, next_attempt_at = $2, lease_owner = NULL,"
            " lease_until = NULL WHERE id = $3",
            error, next_attempt_at, delivery_id,
        )

    async def mark_failed(self, delivery_id: int, error: str) -> None:
        await self._exec(
            "UPDATE deliveries SET status = 'failed', last_error = $1, lease_owner = NULL,"
            " lease_until = NULL WHERE id = $2",
            error, delivery_id,
        )

    async def postpone(self, delivery_ids: Sequence[int], until: datetime) -> None:
        await self._exec(
            # Not posted by this lease: if it was the row's first, nothing may have posted it.
            "UPDATE deliveries SET next_attempt_at = $1, attempts = GREATEST(attempts - 1, 0),"
            " first_leased_at = CASE WHEN first_leased_at >= leased_at THEN NULL"
            " ELSE first_leased_at END, lease_owner = NULL, lease_until = NULL"
            " WHERE id = ANY($2) AND status = 'pending'",
            until, list(delivery_ids),
        )

    async def release_held(self, channel: ChannelRef) -> int:
        async with self._tx() as db:
            return int(await db.fetchval(
                "WITH u AS (UPDATE deliveries SET status = 'pending', roundup_key = NULL"
                " WHERE channel = $1 AND status = 'held' RETURNING 1) SELECT count(*) FROM u",
                str(channel),
            ))

    async def release_leases(self, owner: str) -> None:
        async with self._tx() as db:
            for table in ("feeds", "deliveries", "channel_roundups"):
                await db.execute(
                    f"UPDATE {table} SET lease_owner = NULL, lease_until = NULL"
                    " WHERE lease_owner = $1",
                    owner,
                )

    # worker names (bot/store/worker_names.py) ------------------------------------------------
    async def _lock_session(self) -> asyncpg.Connection:
        settings = dict(_KEEPALIVE)
        if self._schema:
            settings["search_path"] = self._schema
        try:
            return await asyncpg.connect(self._url, server_settings=settings)
        except (*_DB_ERRORS, ValueError) as e:
            raise StoreError(f"cannot open a PostgreSQL session for the worker name: {e}") from e

    async def _take_name(self, conn: asyncpg.Connection, name: str, host: str) -> bool:
        if not await conn.fetchval(_TRY_LOCK, name):
            return False
        self._name_conn, self._held_name = conn, name
        await self._exec(
            "INSERT INTO workers (name, host, pid, started_at) VALUES ($1, $2, $3, now())"
            " ON CONFLICT (name) DO UPDATE SET host = EXCLUDED.host, pid = EXCLUDED.pid,"
            " started_at = EXCLUDED.started_at",
            name, host, os.getpid(),
        )
        return True

    async def hold_worker_name(self, name: str | None, *, host: str) -> tuple[str, bool]:
        conn = await self._lock_session()
        try:
            for candidate in worker_names.candidates(name, host):
                if await self._take_name(conn, candidate, host):
                    return candidate, True
        except _DB_ERRORS as e:
            await conn.close()
            raise StoreError(f"cannot take a worker name: {e}") from e
        await conn.close()
        return (name, False) if name else (worker_names.fallback(host), False)

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
        fresh = await self._lock_session()
        try:
            if await fresh.fetchval(_TRY_LOCK, self._held_name):
                self._name_conn = fresh
                log.warning("worker name lock re-taken after its session was lost",
                            extra={"worker": self._held_name})
                return True
        except _DB_ERRORS as e:
            await fresh.close()
            raise StoreError(f"cannot check the worker name: {e}") from e
        await fresh.close()
        return False

    async def dead_workers(self, me: str) -> list[str]:
        dead = []
        try:
            async with self.pool.acquire() as conn:
                for r in await conn.fetch(
                    "SELECT name FROM workers WHERE name <> $1 ORDER BY name", me
                ):
                    if await conn.fetchval(_TRY_LOCK, r["name"]):
                        await conn.fetchval(_UNLOCK, r["name"])
                        dead.append(r["name"])
        except _DB_ERRORS as e:
            raise StoreError(f"database query failed: {e}") from e
        return dead

    async def reap_worker(self, name: str) -> bool:
        try:
            async with self.pool.acquire() as conn:
                if not await conn.fetchval(_TRY_LOCK, name):
                    return False  # it came back
                try:
                    async with conn.transaction():
                        for table in ("feeds", "deliveries", "channel_roundups"):
                            await conn.execute(
                                f"UPDATE {table} SET lease_owner = NULL, lease_until = NULL"
                                " WHERE lease_owner = $1",
                                name,
                            )
                        await conn.execute("DELETE FROM workers WHERE name = $1", name)
                finally:
                    await conn.fetchval(_UNLOCK, name)
        except _DB_ERRORS as e:
            raise StoreError(f"database refused the write: {e}") from e
        return True

    async def delivery_counts(self) -> dict[str, int]:
        rows = await self._all("SELECT status, COUNT(*) AS n FROM deliveries GROUP BY status")
        return {r["status"]: r["n"] for r in rows}

    # roundups ------------------------------------------------------------------------------
    async def last_roundup(self, channel: ChannelRef) -> datetime | None:
        row = await self._one(
            "SELECT last_slot_at FROM channel_roundups WHERE channel = $1", str(channel)
        )
        return row["last_slot_at"] if row else None

    async def set_last_roundup(self, channel: ChannelRef, slot_at: datetime) -> None:
        await self._exec(
            "INSERT INTO channel_roundups (channel, last_slot_at) VALUES ($1, $2)"
            " ON CONFLICT (channel) DO UPDATE SET last_slot_at = EXCLUDED.last_slot_at",
            str(channel), slot_at,
        )

    async def claim_roundup(
        self, channel: ChannelRef, key: str, *, owner: str, now: datetime, lease_seconds: float
    ) -> tuple[str, list[Delivery]] | None:
        ch = str(channel)
        async with self._tx() as db:
            await db.execute(
                "INSERT INTO channel_roundups (channel) VALUES ($1) ON CONFLICT DO NOTHING", ch
            )
            got = await db.fetchval(
                "UPDATE channel_roundups SET lease_owner = $1, lease_until = $2"
                " WHERE channel = (SELECT channel FROM channel_roundups WHERE channel = $3"
                " AND (lease_until IS NULL OR lease_until <= $4 OR lease_owner = $1)"
                " FOR UPDATE SKIP LOCKED) RETURNING 1",
                owner, now + timedelta(seconds=lease_seconds), ch, now,
            )
            if got is None:
                return None
            pending = await db.fetchrow(
                "SELECT d.roundup_key, r.claimed_at FROM deliveries d JOIN channel_roundups r"
                " ON r.channel = d.channel WHERE d.channel = $1 AND d.status = 'held'"
                " AND d.roundup_key IS NOT NULL ORDER BY d.id LIMIT 1",
                ch,
            )
            since: datetime | None = None
            if pending is not None:
                # An unfinished claim: its roundup may have been posted since it began.
                key = pending["roundup_key"]
                since = _utc(pending["claimed_at"]) or now - timedelta(days=1)
            else:
                await db.execute(
                    "UPDATE deliveries SET roundup_key = $1 WHERE channel = $2 AND status = 'held'",
                    key, ch,
                )
                await db.execute(
                    "UPDATE channel_roundups SET claimed_at = $1 WHERE channel = $2", now, ch
                )
        rows = await self._all(
            f"{_DELIVERY_SELECT} WHERE d.status = 'held' AND d.channel = $1"
            " AND d.roundup_key = $2 ORDER BY d.id",
            ch, key,
        )
        return key, [_delivery(r, since) for r in rows]

    async def finish_roundup(
        self,
        channel: ChannelRef,
        key: str,
        *,
        sent_ids: Sequence[int],
        message_id: str | None,
        slot_at: datetime | None,
        now: datetime,
    ) -> None:
        ch = str(channel)
        async with self._tx() as db:
            await db.execute(
                "UPDATE deliveries SET status = 'sent', message_id = $1, sent_at = $2,"
                " last_error = NULL WHERE id = ANY($3) AND roundup_key = $4 AND status = 'held'",
                message_id, now, list(sent_ids), key,
            )
            await db.execute(
                "UPDATE deliveries SET status = 'skipped', sent_at = $1,"
                " last_error = 'not among the top stories of its roundup'"
                " WHERE channel = $2 AND roundup_key = $3 AND status = 'held'",
                now, ch, key,
            )
            await db.execute(
                "UPDATE channel_roundups SET lease_owner = NULL, lease_until = NULL,"
                " last_slot_at = COALESCE($1, last_slot_at) WHERE channel = $2",
                slot_at, ch,
            )

    async def prune(self, before: datetime) -> int:
        async with self._tx() as db:
            # Keep articles that still wait in the outbox: pruning never loses a story.
            # The keys of pruned articles are kept until their feed stops listing them.
            return int(await db.fetchval(
                "WITH d AS (DELETE FROM articles WHERE fetched_at < $1 AND NOT EXISTS ("
                " SELECT 1 FROM deliveries WHERE article_id = articles.id"
                " AND status IN ('pending', 'held')) RETURNING feed_id, key),"
                " k AS (INSERT INTO pruned_keys (feed_id, key, pruned_at)"
                " SELECT DISTINCT feed_id, key, now() FROM d ON CONFLICT DO NOTHING)"
                " SELECT count(*) FROM d",
                before,
            ))
