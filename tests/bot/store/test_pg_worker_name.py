"""PostgreSQL holds a worker name in its own session: a lost session (server restart, network)
is noticed and the name taken again, unless another worker took it meanwhile."""

from __future__ import annotations

import asyncpg
import pytest

from bot.core.errors import StoreError
from bot.store.postgres import PostgresStore
from tests.support.pg import PG_URL, fresh_schema

pytestmark = pytest.mark.postgres


async def _kill_name_session(store: PostgresStore) -> None:
    """End the session that holds `store`'s worker name, as a server restart would."""
    assert store._name_conn is not None
    pid = store._name_conn.get_server_pid()
    conn = await asyncpg.connect(PG_URL)
    try:
        await conn.execute("SELECT pg_terminate_backend($1)", pid)
    finally:
        await conn.close()


async def test_a_lost_session_takes_the_name_again_unless_another_worker_has_it() -> None:
    async with fresh_schema() as schema:
        w1, w2 = (PostgresStore(PG_URL, schema=schema, max_size=2) for _ in range(2))
        await w1.open()
        await w2.open()
        try:
            assert await w1.hold_worker_name("alpha", host="h") == ("alpha", True)
            await _kill_name_session(w1)
            assert await w1.worker_name_held()  # taken again on a fresh session
            assert await w2.hold_worker_name("alpha", host="h") == ("alpha", False)
            await _kill_name_session(w1)
            assert await w2.hold_worker_name("alpha", host="h") == ("alpha", True)
            assert not await w1.worker_name_held()  # w2 holds it now: w1 must stop
        finally:
            await w1.close()
            await w2.close()


async def _terminate(pid: int) -> None:
    conn = await asyncpg.connect(PG_URL)
    try:
        await conn.execute("SELECT pg_terminate_backend($1)", pid)
    finally:
        await conn.close()


async def test_a_moment_lock_on_a_killed_session_is_a_store_error_and_leaks_nothing() -> None:
    async with fresh_schema() as schema:
        store = PostgresStore(PG_URL, schema=schema, min_size=1, max_size=1)
        await store.open()
        try:
            token = await store.lock_name("beta")
            assert token is not None
            await _terminate(token[0].get_server_pid())
            with pytest.raises(StoreError, match=r"^database refused the write"):
                await store.unlock_name(token)  # one line, not asyncpg's error
            # The one pool connection came back (a fresh one): a second lock is possible.
            again = await store.lock_name("beta")
            assert again is not None
            await store.unlock_name(again)
        finally:
            await store.close()


async def test_close_after_the_server_dropped_every_session_says_nothing() -> None:
    async with fresh_schema() as schema:
        store = PostgresStore(PG_URL, schema=schema, min_size=2, max_size=2)
        await store.open()
        assert await store.hold_worker_name("gamma", host="h") == ("gamma", True)
        token = await store.lock_name("delta")
        assert token is not None
        await _terminate(token[0].get_server_pid())
        await _kill_name_session(store)
        await store.close()  # must not raise
        with pytest.raises(StoreError, match="not open"):
            _ = store.pool
