"""PostgreSQL holds a worker name in its own session: a lost session (server restart, network)
is noticed and the name taken again, unless another worker took it meanwhile."""

from __future__ import annotations

import asyncpg
import pytest

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
