"""workers: the names a live worker *holds*, so that a dead worker's leases come back in seconds.

A worker leases rows under its name (its `worker_id`, else the first free `host#1`, `host#2`, …)
and holds the name while it runs: a lock the operating system (SQLite: an flock on a file next
to the database) or the server (PostgreSQL: a session advisory lock) drops the moment the
process dies, kill -9 included. So two running workers never hold one name, and a restarted
worker takes the name its dead predecessor left, and with it its leases (released at once).
Every name held is registered (the `workers` table): another worker that finds a registered
name nobody holds releases its leases, holding the name meanwhile so the dead worker cannot
come back halfway through. A configured name that a running worker holds already is kept, but
releases nothing (its leases are someone else's). The backend supplies the lock: `hold_first`
keeps one until close(), `lock_name`/`unlock_name` take one for a moment.
"""

from __future__ import annotations

import os
from abc import abstractmethod
from datetime import UTC, datetime
from typing import Any

from bot.store.sql import SQLBase

MAX_SLOTS = 64  # host#1 … host#64: more workers per host and database get host:pid names


def fallback_name(host: str) -> str:
    """A name unique to this process, for when no name can be held."""
    return f"{host}:{os.getpid()}"


class Workers(SQLBase):
    @abstractmethod
    async def hold_first(self, names: list[str]) -> str | None:
        """Take the lock of the first of `names` no live worker holds, until close()."""

    @abstractmethod
    async def lock_name(self, name: str) -> Any | None:
        """Take `name`'s lock for a moment: a token for `unlock_name`, None if it is held."""

    @abstractmethod
    async def unlock_name(self, token: Any) -> None: ...

    async def hold_worker_name(self, name: str | None, *, host: str) -> tuple[str, bool]:
        slots = [f"{host}#{n}" for n in range(1, MAX_SLOTS + 1)]
        held = await self.hold_first([name] if name else slots)
        if held is None:
            return (name, False) if name else (fallback_name(host), False)
        await self.upsert("workers", {"name": held, "host": host, "pid": os.getpid(),
                                      "started_at": self.d.ts(datetime.now(UTC))}, key="name")
        return held, True

    async def release_leases(self, owner: str) -> None:
        async with self.tx() as c:
            await self.release(c, owner)

    async def dead_workers(self, me: str) -> list[str]:
        dead = []
        for r in await self.q.all("SELECT name FROM workers WHERE name <> ? ORDER BY name", me):
            token = await self.lock_name(r["name"])
            if token is not None:
                await self.unlock_name(token)
                dead.append(r["name"])
        return dead

    async def reap_worker(self, name: str) -> bool:
        token = await self.lock_name(name)
        if token is None:
            return False  # it came back
        try:
            async with self.tx() as c:
                await self.release(c, name)
                await c.exec("DELETE FROM workers WHERE name = ?", name)
        finally:
            await self.unlock_name(token)
        return True
