"""SQLite's full-text index of new articles (articles_fts): written in one statement per batch,
not one per row (SQLiteStore._insert), and the same index either way."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from bot.core.types import ChannelRef
from bot.store.sqlite import SQLiteStore
from tests.support.records import T0, article

CH = ChannelRef("console", "world")
ROWS = 300  # a cold feed's backlog is 20 rows; a cycle stores up to 1,000 at once (SEEN_FLUSH)
_FTS_WRITE = re.compile(r"-- (REPLACE|INSERT) INTO .*articles_fts_data")
# FTS5's check that the index holds exactly the table's rows (an error if not)
_INTEGRITY = "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)"


async def test_a_batch_of_backlog_rows_is_indexed_in_one_statement(tmp_path: Path) -> None:
    """FTS5 writes the terms it has pending out at the end of each statement: an executemany
    into `articles` (its trigger indexing each row) wrote every article as a segment of its own
    to merge, ~40 µs a row, 0.25 s of a cold 300-feed `run --once`. One statement writes a
    batch's rows and their terms; they are searchable at once, and the index agrees with the
    table (FTS5's integrity check)."""
    store = SQLiteStore(str(tmp_path / "nb.db"))
    await store.open()
    try:
        feed, _ = await store.add_feed("https://example.org/feed.xml")
        await store.subscribe(CH, feed.id)
        statements: list[str] = []
        await store.db.set_trace_callback(statements.append)
        rows = [replace(article(f"s{i}", title=f"Envoys meet in Geneva round {i}"), built=False)
                for i in range(ROWS)]
        await store.store_seen([(feed.id, rows)], T0)
        await store.db.set_trace_callback(None)
        # FTS5's own writes of its segments (the trace shows them as "-- REPLACE INTO …")
        flushes = [s for s in statements if _FTS_WRITE.match(s)]
        assert len(flushes) < 20, len(flushes)  # one per row (at least) before
        found = await store.search("geneva", limit=ROWS + 1, channel=CH)
        assert sorted(a.key for a in found) == sorted(a.key for a in rows)
        await store.write(_INTEGRITY)
    finally:
        await store.close()


async def test_staged_rows_keep_their_order_the_first_of_a_key_and_leave_no_stage(
    tmp_path: Path,
) -> None:
    """Ids in the order given, a key stored already or twice in a batch kept as first stored,
    and the stage empty after each batch (also after a failed one: it rolls back with it)."""
    store = SQLiteStore(str(tmp_path / "nb.db"))
    await store.open()
    try:
        feed, _ = await store.add_feed("https://example.org/feed.xml")
        seen = [replace(article(k, title=f"Talks {k}"), built=False) for k in ("b", "a", "c")]
        await store.store_seen([(feed.id, seen)], T0)
        again = [replace(article(k, title=f"Other {k}"), built=False) for k in ("d", "a", "d")]
        await store.store_seen([(feed.id, again)], T0)
        rows = await store.q.all("SELECT key, title FROM articles ORDER BY id")
        assert [(r["key"], r["title"]) for r in rows] == [
            ("b", "Talks b"), ("a", "Talks a"), ("c", "Talks c"), ("d", "Other d")]
        assert [a.key for a in await store.search("other", limit=10)] == ["d"]
        stage = await store.q.one("SELECT count(*) AS n FROM temp.article_stage")
        assert stage is not None and stage["n"] == 0
        await store.write(_INTEGRITY)
    finally:
        await store.close()
