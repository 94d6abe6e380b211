"""workers: the names live workers hold (bot/store/worker_names.py). The backend supplies the
lock: `hold_first` keeps one until close(), `lock_name`/`unlock_name` take one for a moment."""

from __future__ import annotations

import os
from abc import abstractmethod
from datetime import UTC, datetime
from typing import Any

from bot.store import worker_names
from bot.store.sql import SQLBase


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
        held = await self.hold_first(worker_names.candidates(name, host))
        if held is None:
            return (name, False) if name else (worker_names.fallback(host), False)
        await self.write(
            "INSERT INTO workers (name, host, pid, started_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (name) DO UPDATE SET host = excluded.host,"
            " pid = excluded.pid, started_at = excluded.started_at",
            held, host, os.getpid(), self.d.ts(datetime.now(UTC)),
        )
        return held, True

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
