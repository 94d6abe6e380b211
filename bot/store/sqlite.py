"""SQLite store (aiosqlite): the zero-setup default. WAL mode, versioned migrations, FTS5 search."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import sqlite3
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiosqlite

from bot.core.errors import StoreError
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

_ARTICLE_COLUMNS = (
    "key, story_key, title, link, summary, text, outlet, via, authors, published, quotes, "
    "categories, tags, relevance, reasons, entry_hash"
)

_KEYS_IN_FEED = (
    "SELECT {} FROM articles WHERE feed_id = ? AND key IN (SELECT value FROM json_each(?))"
)


def sqlite_path(url: str) -> str:
    """`sqlite:///relative.db`, `sqlite:////abs/path.db` or `sqlite://:memory:` → a path."""
    rest = url.removeprefix("sqlite://")
    if rest in (":memory:", "/:memory:"):
        return ":memory:"
    return rest[1:] if rest.startswith("/") else rest


class SQLiteStore:
    def __init__(self, path: str) -> None:
        self._path = path
        self._db: aiosqlite.Connection | None = None
        # One connection, many coroutines: transactions must not interleave on it.
        self._write_lock = asyncio.Lock()
        self._ingest_local = asyncio.Lock()
        self._held_lock: int | None = None  # flock descriptor of the worker name we hold

    @property
    def db(self) -> aiosqlite.Connection:
        if self._db is None:
            raise StoreError("store is not open")
        return self._db

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
            await self._migrate()
        except BaseException as e:
            # Not a usable database (corrupt, read-only, a newer schema…): release the
            # connection's worker thread, or it would keep the process from exiting.
            await self.close()
            if isinstance(e, sqlite3.Error):
                raise StoreError(f"cannot use SQLite database {self._path}: {e}") from e
            raise

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

    @asynccontextmanager
    async def ingest_lock(self) -> AsyncIterator[None]:
        # SQLite serves one worker process: an in-process lock is all it takes.
        async with self._ingest_local:
            yield

    async def close(self) -> None:
        if self._held_lock is not None:
            worker_names.unflock(self._held_lock)
            self._held_lock = None
        if self._db is not None:
            await self._db.close()
            self._db = None

    @asynccontextmanager
    async def _tx(self) -> AsyncIterator[aiosqlite.Connection]:
        db = self.db
        async with self._write_lock:
            await db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException as e:
                await db.execute("ROLLBACK")
                if isinstance(e, sqlite3.Error):
                    raise StoreError(f"database refused the write: {e}") from e
                raise
            else:
                await db.execute("COMMIT")

    async def _migrate(self) -> None:
        db = self.db
        await db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations"
            " (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        for version, sql in load_migrations("sqlite"):
            if version <= await self.schema_version():
                continue
            async with self._tx() as tx:
                # Re-read under the write lock: another process may have just applied it.
                if version <= await self.schema_version():
                    continue
                log.info("applying migration", extra={"version": version, "backend": "sqlite"})
                for statement in _split_sql(sql):
                    await tx.execute(statement)
                await tx.execute(
                    "INSERT INTO schema_migrations VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ'))",
                    (version,),
                )

    async def schema_version(self) -> int:
        async with self.db.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations") as c:
            row = await c.fetchone()
        return int(row[0]) if row else 0

    async def _one(self, sql: str, params: Sequence[Any] = ()) -> aiosqlite.Row | None:
        async with self.db.execute(sql, params) as cur:
            return await cur.fetchone()

    async def _all(self, sql: str, params: Sequence[Any] = ()) -> list[aiosqlite.Row]:
        async with self.db.execute(sql, params) as cur:
            return list(await cur.fetchall())

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
            async with db.execute("SELECT id FROM feeds WHERE url = ?", (url,)) as cur:
                existing = await cur.fetchone()
            if existing:
                await db.execute(
                    "UPDATE feeds SET disabled_reason = NULL, error_count = 0,"
                    " name = COALESCE(?, name), interval = COALESCE(?, interval),"
                    " trusted = MAX(trusted, ?), full_text = MAX(full_text, ?) WHERE id = ?",
                    (name, interval, int(trusted), int(full_text), existing["id"]),
                )
                feed_id, created = existing["id"], False
            else:
                now = codec.ts(datetime.now().astimezone())
                cur = await db.execute(
                    "INSERT INTO feeds (url, name, interval, trusted, full_text, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (url, name, interval, int(trusted), int(full_text), now),
                )
                feed_id, created = cur.lastrowid, True
        feed = await self.get_feed(int(feed_id))
        assert feed is not None
        return feed, created

    async def get_feed(self, feed_id: int) -> Feed | None:
        row = await self._one("SELECT * FROM feeds WHERE id = ?", (feed_id,))
        return codec.feed_from_row(row) if row else None

    async def find_feed(self, ref: str) -> Feed | None:
        ref = ref.strip()
        if ref.isdigit() and len(ref) < 19:  # larger would overflow a 64-bit rowid
            feed = await self.get_feed(int(ref))
            if feed:
                return feed
        row = await self._one(
            "SELECT * FROM feeds WHERE url = ? OR lower(name) = lower(?) ORDER BY id LIMIT 1",
            (ref, ref),
        )
        return codec.feed_from_row(row) if row else None

    async def list_feeds(self) -> list[Feed]:
        return [codec.feed_from_row(r) for r in await self._all("SELECT * FROM feeds ORDER BY id")]

    async def remove_feed(self, feed_id: int) -> bool:
        async with self._tx() as db:
            cur = await db.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))
            return cur.rowcount > 0

    async def update_feed(self, feed_id: int, update: FeedUpdate) -> None:
        async with self._tx() as db:
            await self._write_feed_update(db, feed_id, update)

    async def _write_feed_update(
        self, db: aiosqlite.Connection, feed_id: int, u: FeedUpdate
    ) -> None:
        await db.execute(
            # A permanent redirect onto a URL another feed already has keeps the old URL.
            "UPDATE feeds SET url = CASE WHEN EXISTS (SELECT 1 FROM feeds o WHERE o.url = ?"
            " AND o.id != feeds.id) THEN url ELSE ? END, next_fetch_at = ?, last_fetched_at = ?,"
            " last_success_at = ?, error_count = ?, last_error = ?, disabled_reason = ?,"
            " etag = ?, last_modified = ?, content_hash = ?, title = COALESCE(?, title),"
            " lease_owner = NULL, lease_until = NULL WHERE id = ?",
            (
                u.url, u.url, codec.ts(u.next_fetch_at), codec.ts(u.last_fetched_at),
                codec.ts(u.last_success_at), u.error_count, u.last_error, u.disabled_reason,
                u.etag, u.last_modified, u.content_hash, u.title, feed_id,
            ),
        )

    async def lease_due_feeds(
        self, now: datetime, *, limit: int, owner: str, lease_seconds: float
    ) -> list[Feed]:
        now_s = codec.ts(now)
        until = codec.ts(now + timedelta(seconds=lease_seconds))
        async with self._tx() as db, db.execute(
            "UPDATE feeds SET lease_owner = ?, lease_until = ? WHERE id IN ("
            " SELECT id FROM feeds WHERE disabled_reason IS NULL"
            " AND (next_fetch_at IS NULL OR next_fetch_at <= ?)"
            " AND (lease_until IS NULL OR lease_until <= ?)"
            " ORDER BY next_fetch_at IS NOT NULL, next_fetch_at, id LIMIT ?)"
            " RETURNING *",
            (owner, until, now_s, now_s, limit),
        ) as cur:
            rows = await cur.fetchall()
        return sorted((codec.feed_from_row(r) for r in rows), key=lambda f: f.id)

    async def has_articles(self, feed_id: int) -> bool:
        row = await self._one("SELECT 1 FROM articles WHERE feed_id = ? LIMIT 1", (feed_id,))
        return row is not None

    async def entry_hashes(self, feed_id: int, keys: Sequence[str]) -> dict[str, str | None]:
        found: dict[str, str | None] = {}
        keys = list(keys)
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = await self._all(
                f"SELECT key, NULL AS entry_hash FROM pruned_keys"
                f" WHERE feed_id = ? AND key IN ({marks}) UNION ALL"
                f" SELECT key, entry_hash FROM articles WHERE feed_id = ? AND key IN ({marks})",
                (feed_id, *chunk, feed_id, *chunk),
            )
            found.update((r["key"], r["entry_hash"]) for r in rows)  # articles win: listed last
        return found

    async def revise_articles(self, feed_id: int, articles: Sequence[Article]) -> int:
        flagged = 0
        async with self._tx() as db:
            for article in articles:
                values = codec.article_values(article)
                values.pop("key")
                values.pop("story_key")  # a story keeps its identity when its text changes
                async with db.execute(
                    "SELECT title, summary FROM articles WHERE feed_id = ? AND key = ?",
                    (feed_id, article.key),
                ) as cur:
                    before = await cur.fetchone()
                sets = ", ".join(f"{k} = ?" for k in values)
                await db.execute(
                    f"UPDATE articles SET {sets} WHERE feed_id = ? AND key = ?",
                    (*values.values(), feed_id, article.key),
                )
                if before is None or (before["title"], before["summary"]) == (
                    article.title, article.summary
                ):
                    continue  # nothing a reader sees changed: no edit
                cur = await db.execute(
                    "UPDATE deliveries SET needs_update = 1 WHERE status = 'sent'"
                    " AND message_id IS NOT NULL AND article_id ="
                    " (SELECT id FROM articles WHERE feed_id = ? AND key = ?)",
                    (feed_id, article.key),
                )
                flagged += cur.rowcount
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
        now_s = codec.ts(now)
        queued = 0
        async with self._tx() as db:
            await self._write_feed_update(db, feed_id, update)
            if listed:  # an empty listing (a feed briefly serving nothing) forgets nothing
                # Pruned keys the feed no longer lists cannot reappear as new: forget them.
                await db.execute(
                    "DELETE FROM pruned_keys WHERE feed_id = ? AND key NOT IN"
                    " (SELECT value FROM json_each(?))",
                    (feed_id, json.dumps(list(listed))),
                )
            # A few statements per feed, not one per row: the ingest lock is held meanwhile.
            ids = await self._insert_articles(db, feed_id, articles, now_s)
            rows = [
                (str(p.channel), p.story_key, ids[p.article_key], p.status, now_s, now_s)
                for p in deliveries if p.article_key in ids
            ]
            if rows:
                cur = await db.executemany(
                    "INSERT INTO deliveries (channel, story_key, article_id, status,"
                    " next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (channel, story_key) DO NOTHING",
                    rows,
                )
                queued = max(cur.rowcount, 0)
                # A channel that already got the story gets the new outlet's coverage added to
                # that message by the dispatcher ("also covered by"). Rows just queued are not
                # sent, so flagging every planned pair touches only those posted before.
                await db.executemany(
                    "UPDATE deliveries SET needs_update = 1 WHERE channel = ?"
                    " AND story_key = ? AND status = 'sent' AND message_id IS NOT NULL",
                    sorted({r[:2] for r in rows}),
                )
        return queued

    @staticmethod
    async def _insert_articles(
        db: aiosqlite.Connection, feed_id: int, articles: Sequence[Article], now_s: str | None
    ) -> dict[str, int]:
        """Insert the articles whose key the feed has not stored yet; their new row ids."""
        if not articles:
            return {}
        keys = json.dumps([a.key for a in articles])
        async with db.execute(
            _KEYS_IN_FEED.format("key"), (feed_id, keys),
        ) as cur:
            known = {r[0] for r in await cur.fetchall()}
        new: dict[str, Article] = {}
        for a in articles:
            if a.key not in known:
                new.setdefault(a.key, a)  # the first of a key wins, as row by row
        if not new:
            return {}
        placeholders = ", ".join("?" * 16)
        await db.executemany(
            f"INSERT INTO articles (feed_id, {_ARTICLE_COLUMNS}, fetched_at)"
            f" VALUES (?, {placeholders}, ?) ON CONFLICT (feed_id, key) DO NOTHING",
            [(feed_id, *codec.article_values(a).values(), now_s) for a in new.values()],
        )
        async with db.execute(
            _KEYS_IN_FEED.format("key, id"), (feed_id, json.dumps(list(new))),
        ) as cur:
            return {r[0]: int(r[1]) for r in await cur.fetchall()}

    # subscriptions and channels ------------------------------------------------------------
    async def subscribe(
        self, channel: ChannelRef, feed_id: int, filters: Filters | None = None
    ) -> tuple[Subscription, bool]:
        async with self._tx() as db:
            async with db.execute(
                "SELECT disabled_reason FROM subscriptions WHERE channel = ? AND feed_id = ?",
                (str(channel), feed_id),
            ) as cur:
                existing = await cur.fetchone()
            # A re-subscribe re-enables a subscription that was disabled (channel came back).
            created = existing is None or existing["disabled_reason"] is not None
            await db.execute(
                "INSERT INTO subscriptions (channel, feed_id, filters, created_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (channel, feed_id)"
                " DO UPDATE SET disabled_reason = NULL",
                (str(channel), feed_id, codec.filters_to_json(filters or Filters()),
                 codec.ts(datetime.now().astimezone())),
            )
        row = await self._one(
            "SELECT * FROM subscriptions WHERE channel = ? AND feed_id = ?", (str(channel), feed_id)
        )
        assert row is not None
        sub = codec.subscription_from_row(row)
        if filters is not None and sub.filters != filters:
            await self.set_filters(sub.id, filters)
            sub = codec.subscription_from_row(
                await self._one("SELECT * FROM subscriptions WHERE id = ?", (sub.id,))  # type: ignore[arg-type]
            )
        return sub, created

    async def unsubscribe(self, channel: ChannelRef, feed_id: int) -> bool:
        async with self._tx() as db:
            cur = await db.execute(
                "DELETE FROM subscriptions WHERE channel = ? AND feed_id = ?",
                (str(channel), feed_id),
            )
            return cur.rowcount > 0

    async def subscriptions_for_feed(self, feed_id: int) -> list[Subscription]:
        rows = await self._all(
            "SELECT * FROM subscriptions WHERE feed_id = ? AND disabled_reason IS NULL ORDER BY id",
            (feed_id,),
        )
        return [codec.subscription_from_row(r) for r in rows]

    async def subscriptions_for_channel(self, channel: ChannelRef) -> list[Subscription]:
        rows = await self._all(
            "SELECT * FROM subscriptions WHERE channel = ? ORDER BY id", (str(channel),)
        )
        return [codec.subscription_from_row(r) for r in rows]

    async def set_filters(self, subscription_id: int, filters: Filters) -> None:
        async with self._tx() as db:
            await db.execute(
                "UPDATE subscriptions SET filters = ? WHERE id = ?",
                (codec.filters_to_json(filters), subscription_id),
            )

    async def disable_channel(self, channel: ChannelRef, reason: str) -> int:
        async with self._tx() as db:
            cur = await db.execute(
                "UPDATE subscriptions SET disabled_reason = ? WHERE channel = ?",
                (reason, str(channel)),
            )
            return cur.rowcount

    async def channel_settings(self, channel: ChannelRef) -> ChannelSettings:
        row = await self._one("SELECT settings FROM channels WHERE channel = ?", (str(channel),))
        if row is None:
            return ChannelSettings(channel=channel)
        return codec.channel_settings_from_json(channel, row["settings"])

    async def save_channel_settings(self, settings: ChannelSettings) -> None:
        async with self._tx() as db:
            await db.execute(
                "INSERT INTO channels (channel, settings) VALUES (?, ?)"
                " ON CONFLICT (channel) DO UPDATE SET settings = excluded.settings",
                (str(settings.channel), codec.channel_settings_to_json(settings)),
            )

    async def channels(self) -> list[ChannelRef]:
        rows = await self._all("SELECT DISTINCT channel FROM subscriptions ORDER BY channel")
        return [ChannelRef.parse(r["channel"]) for r in rows]

    # articles ------------------------------------------------------------------------------
    async def get_article(self, ref: str) -> Article | None:
        ref = ref.strip()
        if ref.isdigit() and len(ref) < 19:  # larger would overflow a 64-bit rowid
            row = await self._one("SELECT * FROM articles WHERE id = ?", (int(ref),))
            if row:
                return codec.article_from_row(row)
        if len(ref) >= 4 and re.fullmatch(r"[0-9a-f]+", ref):
            row = await self._one(
                "SELECT * FROM articles WHERE story_key LIKE ? OR key LIKE ?"
                " ORDER BY id DESC LIMIT 1",
                (ref + "%", ref + "%"),
            )
            if row:
                return codec.article_from_row(row)
        return None

    def _channel_clause(self, channel: ChannelRef | None) -> tuple[str, list[Any]]:
        if channel is None:
            return "", []
        return (
            " AND a.feed_id IN (SELECT feed_id FROM subscriptions WHERE channel = ?)",
            [str(channel)],
        )

    async def latest_articles(
        self, *, limit: int, channel: ChannelRef | None = None, since: datetime | None = None
    ) -> list[Article]:
        clause, params = self._channel_clause(channel)
        if since is not None:
            clause += " AND a.fetched_at >= ?"
            params.append(codec.ts(since))
        rows = await self._all(
            f"SELECT a.* FROM articles a WHERE 1=1{clause}"
            " ORDER BY COALESCE(a.published, a.fetched_at) DESC, a.id DESC LIMIT ?",
            (*params, limit),
        )
        return [codec.article_from_row(r) for r in rows]

    async def search(
        self, query: str, *, limit: int, channel: ChannelRef | None = None
    ) -> list[Article]:
        terms = re.findall(r"\w+", query, flags=re.UNICODE)
        if not terms:
            return []
        # Quote every term: user text never reaches FTS5 query syntax (no injection, no errors).
        match = " ".join('"' + t.replace('"', "") + '"' for t in terms)
        clause, params = self._channel_clause(channel)
        rows = await self._all(
            "SELECT a.* FROM articles_fts f JOIN articles a ON a.id = f.rowid"
            f" WHERE articles_fts MATCH ?{clause} ORDER BY bm25(articles_fts, 5.0, 2.0, 1.0,"
            " 1.0, 1.0), a.id DESC LIMIT ?",
            (match, *params, limit),
        )
        return [codec.article_from_row(r) for r in rows]

    async def recent_articles(self, since: datetime, *, limit: int = 10_000) -> list[Article]:
        rows = await self._all(
            "SELECT * FROM articles WHERE fetched_at >= ? ORDER BY id DESC LIMIT ?",
            (codec.ts(since), limit),
        )
        return [codec.article_from_row(r) for r in rows]

    async def articles_after(self, after_id: int, *, limit: int = 10_000) -> list[Article]:
        rows = await self._all(
            "SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?", (after_id, limit)
        )
        return [codec.article_from_row(r) for r in rows]

    async def story_rows(
        self, *, since: datetime | None = None, after_id: int | None = None, limit: int = 10_000
    ) -> list[StoryRow]:
        if after_id is not None:
            rows = await self._all(
                f"SELECT {codec.STORY_ROW_COLUMNS} FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                (after_id, limit),
            )
        else:
            rows = await self._all(
                f"SELECT {codec.STORY_ROW_COLUMNS} FROM articles WHERE fetched_at >= ?"
                " ORDER BY id DESC LIMIT ?",
                (codec.ts(since) or "", limit),
            )
            rows.reverse()
        return [codec.story_row_from_row(r) for r in rows]

    async def story_articles(self, story_key: str) -> list[Article]:
        rows = await self._all(
            "SELECT * FROM articles WHERE story_key = ? ORDER BY id", (story_key,)
        )
        return [codec.article_from_row(r) for r in rows]

    # outbox --------------------------------------------------------------------------------
    async def _deliveries(
        self, where: str, params: Sequence[Any], *, since: datetime | None = None
    ) -> list[Delivery]:
        """Rows with their articles. A row whose first unfinished lease began before its
        current one may have been posted by that lease (`maybe_sent_since`); `since` sets it
        for every row instead (a resumed roundup)."""
        rows = await self._all(
            "SELECT d.id AS d_id, d.channel AS d_channel, d.attempts AS d_attempts,"
            " d.status AS d_status, d.message_id AS d_message_id, CASE WHEN"
            " d.first_leased_at < d.leased_at THEN d.first_leased_at END AS d_maybe_sent, a.*"
            f" FROM deliveries d JOIN articles a ON a.id = d.article_id WHERE {where}"
            " ORDER BY d.id",
            params,
        )
        return [
            Delivery(
                id=r["d_id"],
                channel=ChannelRef.parse(r["d_channel"]),
                article=codec.article_from_row(r),
                attempts=r["d_attempts"],
                status=r["d_status"],
                message_id=r["d_message_id"],
                maybe_sent_since=since or codec.parse_ts(r["d_maybe_sent"]),
            )
            for r in rows
        ]

    async def _lease_deliveries_where(
        self, update_sql: str, params: Sequence[Any]
    ) -> list[Delivery]:
        """Run a leasing `UPDATE … RETURNING id`, then load the leased rows with articles."""
        async with self._tx() as db, db.execute(update_sql, params) as cur:
            ids = [r["id"] for r in await cur.fetchall()]
        if not ids:
            return []
        return await self._deliveries(f"d.id IN ({','.join('?' * len(ids))})", ids)

    async def lease_deliveries(
        self, now: datetime, *, limit: int, owner: str, lease_seconds: float
    ) -> list[Delivery]:
        now_s = codec.ts(now)
        until = codec.ts(now + timedelta(seconds=lease_seconds))
        return await self._lease_deliveries_where(
            "UPDATE deliveries SET lease_owner = ?, lease_until = ?, attempts = attempts + 1,"
            " leased_at = ?, first_leased_at = COALESCE(first_leased_at, ?)"
            " WHERE id IN (SELECT id FROM deliveries WHERE status = 'pending'"
            " AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?)"
            " ORDER BY next_attempt_at, id LIMIT ?) RETURNING id",
            (owner, until, now_s, now_s, now_s, now_s, limit),
        )

    async def lease_story_updates(
        self, now: datetime, *, limit: int, owner: str, lease_seconds: float
    ) -> list[Delivery]:
        now_s = codec.ts(now)
        until = codec.ts(now + timedelta(seconds=lease_seconds))
        return await self._lease_deliveries_where(
            "UPDATE deliveries SET lease_owner = ?, lease_until = ? WHERE id IN ("
            " SELECT id FROM deliveries WHERE needs_update = 1 AND status = 'sent'"
            " AND (lease_until IS NULL OR lease_until <= ?) ORDER BY id LIMIT ?) RETURNING id",
            (owner, until, now_s, limit),
        )

    async def mark_updated(self, delivery_id: int) -> None:
        async with self._tx() as db:
            await db.execute(
                "UPDATE deliveries SET needs_update = 0, lease_owner = NULL, lease_until = NULL"
                " WHERE id = ?",
                (delivery_id,),
            )

    async def held_deliveries(self, channel: ChannelRef) -> list[Delivery]:
        return await self._deliveries(
            "d.status = 'held' AND d.channel = ?", (str(channel),)
        )

    async def mark_sent(self, delivery_ids: Sequence[int], message_id: str, now: datetime) -> None:
        async with self._tx() as db:
            await db.executemany(
                "UPDATE deliveries SET status = 'sent', message_id = ?, sent_at = ?,"
                " lease_owner = NULL, lease_until = NULL, last_error = NULL WHERE id = ?",
                [(message_id, codec.ts(now), i) for i in delivery_ids],
            )

    async def mark_retry(self, delivery_id: int, error: str, next_attempt_at: datetime) -> None:
        async with self._tx() as db:
            await db.execute(
                "UPDATE deliveries SET last_error = ?, next_attempt_at = ?, lease_owner = NULL,"
                " lease_until = NULL WHERE id = ?",
                (error, codec.ts(next_attempt_at), delivery_id),
            )

    async def mark_failed(self, delivery_id: int, error: str) -> None:
        async with self._tx() as db:
            await db.execute(
                "UPDATE deliveries SET status = 'failed', last_error = ?, lease_owner = NULL,"
                " lease_until = NULL WHERE id = ?",
                (error, delivery_id),
            )

    async def postpone(self, delivery_ids: Sequence[int], until: datetime) -> None:
        async with self._tx() as db:
            # The lease counted an attempt; a quiet-hours hold is not one. Nor did this lease
            # post the row: if it was the row's first, nothing may have posted it yet.
            await db.executemany(
                "UPDATE deliveries SET next_attempt_at = ?, attempts = MAX(attempts - 1, 0),"
                " first_leased_at = CASE WHEN first_leased_at >= leased_at THEN NULL"
                " ELSE first_leased_at END,"
                " lease_owner = NULL, lease_until = NULL WHERE id = ? AND status = 'pending'",
                [(codec.ts(until), i) for i in delivery_ids],
            )

    async def release_held(self, channel: ChannelRef) -> int:
        async with self._tx() as db:
            cur = await db.execute(
                "UPDATE deliveries SET status = 'pending', roundup_key = NULL"
                " WHERE channel = ? AND status = 'held'",
                (str(channel),),
            )
            return cur.rowcount

    async def release_leases(self, owner: str) -> None:
        async with self._tx() as db:
            for table in ("feeds", "deliveries", "channel_roundups"):
                await db.execute(
                    f"UPDATE {table} SET lease_owner = NULL, lease_until = NULL"
                    " WHERE lease_owner = ?",
                    (owner,),
                )

    # worker names (bot/store/worker_names.py) ------------------------------------------------
    def _names_lockable(self) -> bool:
        return self._path != ":memory:" and worker_names.fcntl is not None

    async def hold_worker_name(self, name: str | None, *, host: str) -> tuple[str, bool]:
        if not self._names_lockable():
            # One process and nothing to lock: a configured name is ours, else host:pid.
            return (name, True) if name else (worker_names.fallback(host), False)
        for candidate in worker_names.candidates(name, host):
            fd = worker_names.try_flock(self._path, candidate)
            if fd is not None:
                self._held_lock = fd
                async with self._tx() as db:
                    await db.execute(
                        "INSERT INTO workers (name, host, pid, started_at) VALUES (?, ?, ?, ?)"
                        " ON CONFLICT (name) DO UPDATE SET host = excluded.host,"
                        " pid = excluded.pid, started_at = excluded.started_at",
                        (candidate, host, os.getpid(), codec.ts(datetime.now(UTC))),
                    )
                return candidate, True
        return (name, False) if name else (worker_names.fallback(host), False)

    async def worker_name_held(self) -> bool:
        return True  # an flock lasts as long as the process

    async def dead_workers(self, me: str) -> list[str]:
        if not self._names_lockable():
            return []
        dead = []
        for r in await self._all("SELECT name FROM workers WHERE name != ? ORDER BY name", (me,)):
            fd = worker_names.try_flock(self._path, r["name"])
            if fd is not None:
                worker_names.unflock(fd)
                dead.append(r["name"])
        return dead

    async def reap_worker(self, name: str) -> bool:
        if not self._names_lockable():
            return False
        fd = worker_names.try_flock(self._path, name)
        if fd is None:
            return False  # it came back
        try:
            await self.release_leases(name)
            async with self._tx() as db:
                await db.execute("DELETE FROM workers WHERE name = ?", (name,))
        finally:
            worker_names.unflock(fd)
        return True

    async def delivery_counts(self) -> dict[str, int]:
        rows = await self._all("SELECT status, COUNT(*) AS n FROM deliveries GROUP BY status")
        return {r["status"]: r["n"] for r in rows}

    # roundups ------------------------------------------------------------------------------
    async def last_roundup(self, channel: ChannelRef) -> datetime | None:
        row = await self._one(
            "SELECT last_slot_at FROM channel_roundups WHERE channel = ?", (str(channel),)
        )
        return codec.parse_ts(row["last_slot_at"]) if row else None

    async def set_last_roundup(self, channel: ChannelRef, slot_at: datetime) -> None:
        async with self._tx() as db:
            await db.execute(
                "INSERT INTO channel_roundups (channel, last_slot_at) VALUES (?, ?)"
                " ON CONFLICT (channel) DO UPDATE SET last_slot_at = excluded.last_slot_at",
                (str(channel), codec.ts(slot_at)),
            )

    async def claim_roundup(
        self, channel: ChannelRef, key: str, *, owner: str, now: datetime, lease_seconds: float
    ) -> tuple[str, list[Delivery]] | None:
        now_s = codec.ts(now)
        until = codec.ts(now + timedelta(seconds=lease_seconds))
        ch = str(channel)
        async with self._tx() as db:
            await db.execute(
                "INSERT INTO channel_roundups (channel) VALUES (?) ON CONFLICT DO NOTHING", (ch,)
            )
            async with db.execute(
                "UPDATE channel_roundups SET lease_owner = ?, lease_until = ? WHERE channel = ?"
                " AND (lease_until IS NULL OR lease_until <= ? OR lease_owner = ?) RETURNING 1",
                (owner, until, ch, now_s, owner),
            ) as cur:
                if await cur.fetchone() is None:
                    return None
            async with db.execute(
                "SELECT d.roundup_key, r.claimed_at FROM deliveries d JOIN channel_roundups r"
                " ON r.channel = d.channel WHERE d.channel = ? AND d.status = 'held'"
                " AND d.roundup_key IS NOT NULL ORDER BY d.id LIMIT 1",
                (ch,),
            ) as cur:
                row = await cur.fetchone()
            since: datetime | None = None
            if row is not None:
                # An unfinished claim: its roundup may have been posted since it began.
                key = row["roundup_key"]
                since = codec.parse_ts(row["claimed_at"]) or now - timedelta(days=1)
            else:
                await db.execute(
                    "UPDATE deliveries SET roundup_key = ? WHERE channel = ? AND status = 'held'",
                    (key, ch),
                )
                await db.execute(
                    "UPDATE channel_roundups SET claimed_at = ? WHERE channel = ?", (now_s, ch)
                )
        rows = await self._deliveries(
            "d.status = 'held' AND d.channel = ? AND d.roundup_key = ?", (ch, key), since=since
        )
        return key, rows

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
            await db.executemany(
                "UPDATE deliveries SET status = 'sent', message_id = ?, sent_at = ?,"
                " last_error = NULL WHERE id = ? AND roundup_key = ? AND status = 'held'",
                [(message_id, codec.ts(now), i, key) for i in sent_ids],
            )
            await db.execute(
                "UPDATE deliveries SET status = 'skipped', sent_at = ?,"
                " last_error = 'not among the top stories of its roundup'"
                " WHERE channel = ? AND roundup_key = ? AND status = 'held'",
                (codec.ts(now), ch, key),
            )
            await db.execute(
                "UPDATE channel_roundups SET lease_owner = NULL, lease_until = NULL,"
                " last_slot_at = COALESCE(?, last_slot_at) WHERE channel = ?",
                (codec.ts(slot_at), ch),
            )

    async def prune(self, before: datetime) -> int:
        # Keep articles that still wait in the outbox: pruning never loses a story.
        doomed = (
            "FROM articles WHERE fetched_at < ? AND id NOT IN"
            " (SELECT article_id FROM deliveries WHERE status IN ('pending', 'held'))"
        )
        before_s = codec.ts(before)
        async with self._tx() as db:
            await db.execute(
                f"INSERT OR IGNORE INTO pruned_keys (feed_id, key, pruned_at)"
                f" SELECT feed_id, key, ? {doomed}",
                (codec.ts(datetime.now(UTC)), before_s),
            )
            cur = await db.execute(f"DELETE {doomed}", (before_s,))
            return cur.rowcount


def _split_sql(sql: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (BEGIN … END;) whole."""
    statements, buf, depth = [], [], 0
    for line in sql.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        buf.append(line)
        upper = stripped.upper()
        if upper.endswith("BEGIN"):
            depth += 1
        if upper == "END;":
            depth -= 1
        if stripped.endswith(";") and depth == 0:
            statements.append("\n".join(buf))
            buf = []
    if buf:
        statements.append("\n".join(buf))
    return statements
