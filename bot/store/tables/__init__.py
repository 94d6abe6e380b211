"""The store's SQL, one part per table, written once for both databases (see bot/store/sql.py).
`SQLStore` joins the parts; a backend adds its connection, migrations, ingest lock, search
and worker-name locks."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from bot.store.tables.articles import Articles
from bot.store.tables.roundups import Roundups
from bot.store.tables.subscriptions import Subscriptions


class SQLStore(Articles, Subscriptions, Roundups):
    async def register_worker(self, name: str, host: str) -> None:
        """Record a worker name we now hold (bot/store/worker_names.py)."""
        await self.write(
            "INSERT INTO workers (name, host, pid, started_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (name) DO UPDATE SET host = excluded.host, pid = excluded.pid,"
            " started_at = excluded.started_at",
            name, host, os.getpid(), self.d.ts(datetime.now(UTC)),
        )

    async def worker_names_except(self, me: str) -> list[str]:
        rows = await self.q.all("SELECT name FROM workers WHERE name <> ? ORDER BY name", me)
        return [r["name"] for r in rows]


__all__ = ["SQLStore"]
