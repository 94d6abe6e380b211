"""What the poller writes and reads: feeds' fetch state and leases, articles (and the keys of
pruned ones) and the story log: ingest, revisions, lookups, search, pruning."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from typing import Any

from bot.core.types import Article, ChannelRef, Feed, FeedUpdate, PlannedDelivery, StoryRow
from bot.store import codec
from bot.store.base import Confirm, IngestBatch
from bot.store.sql import UNLEASED, Conn, SQLBase

_COLUMNS = ", ".join(codec.ARTICLE_COLUMNS)
_PUBLISHED = codec.ARTICLE_COLUMNS.index("published")
# What a revision rewrites: all but the keys (a story keeps its identity when its text changes).
_REVISED = [c for c in codec.ARTICLE_COLUMNS if c not in ("key", "story_key")]
_INSERT_VALUES = ", ".join("?" * (len(codec.ARTICLE_COLUMNS) + 2))  # feed_id, …, fetched_at
# Posted messages whose story changed: the dispatcher edits them (lease_story_updates).
_FLAG_EDIT = (
    "UPDATE deliveries SET needs_update = TRUE WHERE status = 'sent' AND message_id IS NOT NULL AND"
)
LEAD_CHARS = 400  # what clustering reads of an article's text (clustering.LEAD_CHARS, lead_of)
# The story index's rows (StoryRow): a row's id is its place in commit order (the log's seq).
_STORY_ROWS = (
    "SELECT l.seq AS id, a.feed_id, a.key, a.story_key, a.title, a.published,"
    f" substr(COALESCE(NULLIF(a.text, ''), a.summary), 1, {LEAD_CHARS}) AS lead"
    " FROM story_log l JOIN articles a ON a.id = l.article_id WHERE a.built"
)
_IN_CHANNEL = " AND a.feed_id IN (SELECT feed_id FROM subscriptions WHERE channel = ?)"
_FEED_UPDATE = (
    # A permanent redirect onto a URL another feed already has keeps the old URL.
    "UPDATE feeds SET url = CASE WHEN EXISTS (SELECT 1 FROM feeds o WHERE o.url = ?"
    " AND o.id <> feeds.id) THEN url ELSE ? END, next_fetch_at = ?, last_fetched_at = ?,"
    " last_success_at = ?, error_count = ?, last_error = ?, disabled_reason = ?,"
    " etag = ?, last_modified = ?, content_hash = ?, title = COALESCE(?, title),"
    " template_memory = COALESCE(?, template_memory),"
    f" {UNLEASED} WHERE id = ?"
)


class Articles(SQLBase):
    async def lease_due_feeds(
        self, now: datetime, *, limit: int, owner: str, lease_seconds: float
    ) -> list[Feed]:
        rows = await self.lease(
            "feeds", "disabled_reason IS NULL AND (next_fetch_at IS NULL OR next_fetch_at <= ?)",
            "next_fetch_at NULLS FIRST, id", now, limit, owner, lease_seconds,
        )
        return sorted((codec.from_row(Feed, r) for r in rows), key=lambda f: f.id)

    async def update_feed(self, feed_id: int, update: FeedUpdate) -> None:
        await self.write(_FEED_UPDATE, *self._feed_update_args(feed_id, update))

    def _feed_update_args(self, feed_id: int, u: FeedUpdate) -> tuple[Any, ...]:
        """The values of `_FEED_UPDATE` (several feeds' updates go in one executemany)."""
        ts = self.d.ts
        return (
            u.url, u.url, ts(u.next_fetch_at), ts(u.last_fetched_at), ts(u.last_success_at),
            u.error_count, u.last_error, u.disabled_reason, u.etag, u.last_modified,
            u.content_hash, u.title, u.template_memory, feed_id,
        )

    async def has_articles(self, feed_id: int) -> bool:
        sql = "SELECT 1 FROM articles WHERE feed_id = ? AND built LIMIT 1"
        return await self.q.one(sql, feed_id) is not None

    async def store_seen(
        self, feeds: Sequence[tuple[int, Sequence[Article]]], now: datetime
    ) -> None:
        rows = [(feed_id, a) for feed_id, articles in feeds for a in articles]
        if rows:
            async with self.tx() as c:
                await self._insert(c, rows, self.d.ts(now))

    async def entry_hashes(self, feed_id: int, keys: Sequence[str]) -> dict[str, str | None]:
        known, keys_ = self.d.any("key", keys)
        rows = await self.q.all(
            f"SELECT key, NULL AS entry_hash FROM pruned_keys WHERE feed_id = ? AND {known}"
            # A backlog row (built = FALSE) answers None like a pruned key: never new again,
            # and an edit of it is not rebuilt (it was never posted: nothing to edit).
            " UNION ALL SELECT key, CASE WHEN built THEN entry_hash END AS entry_hash"
            f" FROM articles WHERE feed_id = ? AND {known}",
            feed_id, keys_, feed_id, keys_,
        )
        return {r["key"]: r["entry_hash"] for r in rows}  # articles win: listed last

    async def all_entry_hashes(self, feed_id: int) -> dict[str, str | None]:
        rows = await self.q.all(
            "SELECT key, NULL AS entry_hash FROM pruned_keys WHERE feed_id = ?"
            " UNION ALL SELECT key, CASE WHEN built THEN entry_hash END AS entry_hash"
            " FROM articles WHERE feed_id = ?",
            feed_id, feed_id,
        )
        return {r["key"]: r["entry_hash"] for r in rows}  # articles win: listed last

    async def feeds_with_articles(self, feed_ids: Sequence[int]) -> set[int]:
        if not feed_ids:
            return set()
        feeds, ids = self.d.any("feed_id", list(feed_ids), "bigint")
        rows = await self.q.all(f"SELECT DISTINCT feed_id FROM articles WHERE {feeds} AND built",
                                ids)
        return {int(r["feed_id"]) for r in rows}

    async def all_entry_hashes_of(
        self, feed_ids: Sequence[int]
    ) -> dict[int, dict[str, str | None]]:
        found: dict[int, dict[str, str | None]] = {int(i): {} for i in feed_ids}
        if not feed_ids:
            return found
        feeds, ids = self.d.any("feed_id", list(feed_ids), "bigint")
        rows = await self.q.all(
            f"SELECT feed_id, key, NULL AS entry_hash, 0 AS stored FROM pruned_keys WHERE {feeds}"
            " UNION ALL SELECT feed_id, key, CASE WHEN built THEN entry_hash END AS entry_hash,"
            f" 1 AS stored FROM articles WHERE {feeds} ORDER BY stored",
            ids, ids,
        )
        for r in rows:  # articles win: read last, as in `all_entry_hashes`
            found[int(r["feed_id"])][r["key"]] = r["entry_hash"]
        return found

    async def revise_articles(self, feed_id: int, articles: Sequence[Article]) -> int:
        flagged, where = 0, "WHERE feed_id = ? AND key = ?"
        sets = ", ".join(f"{k} = ?" for k in _REVISED)
        async with self.tx() as c:
            for article in articles:
                values = dict(zip(codec.ARTICLE_COLUMNS, self._row(article), strict=True))
                # Before the update: only a change a reader sees (title, summary) is edited.
                flagged += await c.exec(
                    f"{_FLAG_EDIT} article_id = (SELECT id FROM articles {where}"
                    " AND (title <> ? OR summary <> ?))",
                    feed_id, article.key, values["title"], values["summary"],
                )
                await c.exec(f"UPDATE articles SET {sets} {where}",
                             *[values[k] for k in _REVISED], feed_id, article.key)
        return flagged

    async def ingest(
        self, feed_id: int, update: FeedUpdate, articles: Sequence[Article],
        deliveries: Sequence[PlannedDelivery], now: datetime, *,
        listed: Sequence[str] | None = None,
    ) -> int:
        queued, _ = await self.ingest_many(
            [IngestBatch(feed_id, update, articles, deliveries, listed)], now
        )
        return queued[0]

    async def ingest_many(
        self, batches: Sequence[IngestBatch], now: datetime, *, confirm: Confirm | None = None
    ) -> tuple[list[int], int | None]:
        """A handful of statements for the whole batch of feeds, not a few per feed or one per
        row. The feeds' state and the new articles (their full-text indexing included) are
        written and the outbox rows queued first; the ingest lock is taken only for what
        settles story keys: `confirm` (the final articles), their story log rows, the commit."""
        now_ = self.d.ts(now)
        async with self.tx() as c:
            await c.many(_FEED_UPDATE, [self._feed_update_args(b.feed_id, b.update)
                                         for b in batches])
            # Pruned keys a feed no longer lists cannot reappear as new: forget them. An empty
            # listing (a feed briefly serving nothing) forgets nothing.
            listing = [b for b in batches if b.listed]
            if listing:
                feeds, ids_ = self.d.any("feed_id", [b.feed_id for b in listing], "bigint")
                table, args = self.d.rows(
                    ("bigint", "text"), [(b.feed_id, k) for b in listing for k in b.listed or ()]
                )
                await c.exec(
                    f"DELETE FROM pruned_keys WHERE {feeds} AND (feed_id, key) NOT IN"
                    f" (SELECT t.c0, t.c1 FROM {table})", ids_, *args,
                )
            ids = await self._insert_articles(c, batches, now_)
            built = list(dict.fromkeys((b.feed_id, a.key) for b in batches for a in b.articles
                                       if a.built and (b.feed_id, a.key) in ids))
            if not built:  # no new story (backlog rows at most): no lock, nothing to queue
                return [0] * len(batches), None
            # Queued under the keys decided: the outbox's (channel, story) key keeps a story to
            # one row whatever the lock, and a key `confirm` changes is queued again below.
            queued_ids = set(await self._queue(c, batches, ids, now_))
            await self.lock(c, "ingest")  # until the commit
            if confirm is not None:
                final = await confirm(partial(self._story_rows_after, c))
                batches, moved = await self._rekey(c, batches, final, ids)
                if moved:
                    cond, moved_ = self.d.any("article_id", sorted(moved), "bigint")
                    await c.exec(f"DELETE FROM deliveries WHERE {cond}", moved_)
                    again = {k: i for k, i in ids.items() if i in moved}
                    queued_ids = (queued_ids - moved) | set(
                        await self._queue(c, batches, again, now_)
                    )
            table, args = self.d.rows(("bigint",), [(ids[k],) for k in sorted(
                built, key=ids.__getitem__)])
            logged = await c.all(
                f"INSERT INTO story_log (article_id) SELECT t.c0 FROM {table} WHERE TRUE"
                " ORDER BY t.n RETURNING seq", *args,
            )
            upto = max(int(r["seq"]) for r in logged)
        feed_of = {i: feed for (feed, _), i in ids.items()}
        per_feed = Counter(feed_of[i] for i in queued_ids)
        return [per_feed[b.feed_id] for b in batches], upto

    async def _rekey(
        self, c: Conn, batches: Sequence[IngestBatch], final: Sequence[Sequence[Article]],
        ids: dict[tuple[int, str], int],
    ) -> tuple[list[IngestBatch], set[int]]:
        """The batches with the story keys `confirm` settled on (rarely any other than the ones
        the rows were inserted with: another worker committed the story meanwhile), and the
        row ids of the new articles moved to another story (their rows updated)."""
        out, moved = [], []
        for b, articles in zip(batches, final, strict=True):
            keys: dict[str, str] = {}
            for a in articles:
                keys.setdefault(a.key, a.story_key)  # the first of a key is the one stored
            changed = {a.key: keys[a.key] for a in b.articles if keys[a.key] != a.story_key}
            if not changed:
                out.append(b)
                continue
            moved += [(k, ids[(b.feed_id, a)]) for a, k in changed.items()
                      if (b.feed_id, a) in ids]
            out.append(replace(b, articles=list(articles), deliveries=[
                replace(p, story_key=changed.get(p.article_key, p.story_key))
                for p in b.deliveries
            ]))
        await c.many("UPDATE articles SET story_key = ? WHERE id = ?", moved)
        return out, {i for _, i in moved}

    async def _queue(
        self, c: Conn, batches: Sequence[IngestBatch], ids: dict[tuple[int, str], int], now: Any
    ) -> list[int]:
        """Queue the planned deliveries of new articles; the article ids of the rows queued."""
        planned = [
            (str(p.channel), p.story_key, ids[(b.feed_id, p.article_key)], p.status)
            for b in batches for p in b.deliveries if (b.feed_id, p.article_key) in ids
        ]
        if not planned:
            return []
        table, args = self.d.rows(("text", "text", "bigint", "text"), planned)
        queued_ids = [int(r["article_id"]) for r in await c.all(
            "INSERT INTO deliveries (channel, story_key, article_id, status,"
            " next_attempt_at, created_at) SELECT t.c0, t.c1, t.c2, t.c3, ?, ?"
            f" FROM {table} WHERE TRUE ORDER BY t.n"
            " ON CONFLICT (channel, story_key) DO NOTHING RETURNING article_id",
            now, now, *args,
        )]
        # A channel that already got the story gets the new outlet's coverage added to that
        # message by the dispatcher ("also covered by"). Rows just queued are not sent, so
        # flagging every planned pair touches only those posted before.
        table, args = self.d.rows(("text", "text"), [p[:2] for p in planned])
        await c.exec(
            f"{_FLAG_EDIT} (channel, story_key) IN (SELECT t.c0, t.c1 FROM {table})", *args
        )
        return queued_ids

    async def _insert_articles(
        self, c: Conn, batches: Sequence[IngestBatch], now: Any
    ) -> dict[tuple[int, str], int]:
        """Insert the articles whose key their feed has not stored yet; their new row ids."""
        wanted = [(b.feed_id, a.key) for b in batches for a in b.articles]
        known = await self._row_ids(c, wanted) if wanted else {}
        new: dict[tuple[int, str], Article] = {}
        for b in batches:
            for a in b.articles:
                if (b.feed_id, a.key) not in known:
                    new.setdefault((b.feed_id, a.key), a)  # the first of a key wins
        if not new:
            return {}
        await self._insert(c, [(feed, a) for (feed, _), a in new.items()], now)
        return await self._row_ids(c, list(new))

    async def _insert(self, c: Conn, rows: Sequence[tuple[int, Article]], now: Any) -> None:
        """Store (feed id, article) pairs; a key its feed has stored already is skipped (the
        first of a key in `rows` is the one stored)."""
        await c.many(
            f"INSERT INTO articles (feed_id, {_COLUMNS}, fetched_at) VALUES ({_INSERT_VALUES})"
            " ON CONFLICT (feed_id, key) DO NOTHING",
            [(feed, *self._row(a), now) for feed, a in rows],
        )

    def _row(self, article: Article) -> list[Any]:
        """An article's stored columns (all but its ids) as this database takes them, in
        `codec.ARTICLE_COLUMNS` order (made without dicts: thousands per cold cycle)."""
        row = codec.article_row(article)
        if not self.d.passes_text:
            row = [self.d.text(v) for v in row]
        row[_PUBLISHED] = self.d.ts(article.published)
        return row

    async def _row_ids(self, c: Conn, keys: list[tuple[int, str]]) -> dict[tuple[int, str], int]:
        """The row ids of the stored articles among (feed id, key) pairs."""
        table, args = self.d.rows(("bigint", "text"), keys)
        rows = await c.all(
            f"SELECT a.feed_id, a.key, a.id FROM {table} JOIN articles a"
            " ON a.feed_id = t.c0 AND a.key = t.c1", *args,
        )
        return {(int(r["feed_id"]), r["key"]): int(r["id"]) for r in rows}

    async def get_article(self, ref: str) -> Article | None:
        ref = ref.strip()
        found = None
        if ref.isdigit() and len(ref) < 19:  # larger would overflow a 64-bit id
            found = await self.q.one_as(Article, "SELECT * FROM articles WHERE id = ?", int(ref))
        if found is None and len(ref) >= 4 and re.fullmatch(r"[0-9a-f]+", ref):
            found = await self.q.one_as(
                Article, "SELECT * FROM articles WHERE story_key LIKE ? OR key LIKE ?"
                " ORDER BY id DESC LIMIT 1", ref + "%", ref + "%",
            )
        return found

    async def latest_articles(
        self, *, limit: int, channel: ChannelRef | None = None, since: datetime | None = None
    ) -> list[Article]:
        where, args = "", []
        if channel is not None:
            where, args = _IN_CHANNEL, [str(channel)]
        if since is not None:
            where += " AND a.fetched_at >= ?"
            args.append(self.d.ts(since))
        return await self.q.all_as(
            Article, f"SELECT a.* FROM articles a WHERE a.built{where}"
            " ORDER BY COALESCE(a.published, a.fetched_at) DESC, a.id DESC LIMIT ?", *args, limit,
        )

    async def search(
        self, query: str, *, limit: int, channel: ChannelRef | None = None
    ) -> list[Article]:
        found = self.d.search(query)
        if found is None:
            return []
        source, order, match = found
        where, args = (_IN_CHANNEL, [str(channel)]) if channel is not None else ("", [])
        return await self.q.all_as(
            Article, f"SELECT a.* FROM {source}{where} ORDER BY {order}, a.id DESC LIMIT ?",
            match, *args, limit,
        )

    async def story_rows(
        self, *, since: datetime | None = None, after_id: int | None = None, limit: int = 10_000
    ) -> list[StoryRow]:
        if after_id is not None:
            return await self._story_rows_after(self.q, after_id, limit)
        where, args = (" AND a.fetched_at >= ?", [self.d.ts(since)]) if since else ("", [])
        newest = await self.q.all_as(StoryRow, f"{_STORY_ROWS}{where} ORDER BY l.seq DESC LIMIT ?",
                                     *args, limit)
        return newest[::-1]

    async def _story_rows_after(self, c: Conn, after_id: int, limit: int) -> list[StoryRow]:
        return await c.all_as(StoryRow, f"{_STORY_ROWS} AND l.seq > ? ORDER BY l.seq LIMIT ?",
                              after_id, limit)

    async def story_articles(self, story_key: str) -> list[Article]:
        return await self.q.all_as(
            Article, "SELECT * FROM articles WHERE story_key = ? AND built ORDER BY id", story_key
        )

    async def prune(self, before: datetime) -> int:
        async with self.tx() as c:
            gone = await c.all(
                "DELETE FROM articles WHERE fetched_at < ? AND NOT EXISTS (SELECT 1 FROM"
                " deliveries WHERE article_id = articles.id AND status IN ('pending', 'held'))"
                " RETURNING feed_id, key",
                self.d.ts(before),
            )
            now = self.d.ts(datetime.now(UTC))
            await c.many(
                "INSERT INTO pruned_keys (feed_id, key, pruned_at) VALUES (?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                [(r["feed_id"], r["key"], now) for r in gone],
            )
        return len(gone)
