"""PostgreSQL for tests: the server on 127.0.0.1:5432 (trust auth, user postgres, db test).

Each user gets a fresh schema (`nb_<random>`), dropped afterwards. When the server is
unreachable the tests skip locally with the reason, and FAIL under CI (CI=true): a CI run that
silently skipped the PostgreSQL backend would prove nothing about it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import AsyncIterator

import asyncpg
import pytest

PG_URL = os.environ.get("NEWSBRIEF_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")


async def require_postgres(url: str = PG_URL) -> None:
    try:
        conn = await asyncpg.connect(url, timeout=5)
    except (OSError, asyncpg.PostgresError, TimeoutError) as e:
        reason = f"PostgreSQL not reachable at {url}: {e}"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(reason + " (CI=true: the PostgreSQL backend must be tested)")
        pytest.skip(reason)
    await conn.close()


@contextlib.asynccontextmanager
async def fresh_schema() -> AsyncIterator[str]:
    """Create `nb_<random>` and drop it (with everything in it) afterwards."""
    await require_postgres()
    name = f"nb_{secrets.token_hex(6)}"
    conn = await asyncpg.connect(PG_URL)
    try:
        await conn.execute(f"CREATE SCHEMA {name}")
        yield name
    finally:
        await conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")
        await conn.close()
