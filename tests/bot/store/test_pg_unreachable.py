"""An unreachable PostgreSQL: the store says so clearly; CI fails instead of skipping."""

from __future__ import annotations

import socket

import pytest

from bot.core.errors import ConfigError, StoreError
from bot.store import make_store
from bot.store.postgres import PostgresStore, split_schema
from tests.support.pg import require_postgres


def _dead_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"postgresql://postgres:secret@127.0.0.1:{port}/test"


async def test_store_open_names_the_server_not_the_password() -> None:
    store = make_store(_dead_url())
    assert isinstance(store, PostgresStore)
    expected = r"cannot connect to PostgreSQL at postgresql://127\.0\.0\.1:\d+/test"
    with pytest.raises(StoreError, match=expected) as e:
        await store.open()
    assert "secret" not in str(e.value)


async def test_ci_fails_loudly_and_local_runs_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    url = _dead_url()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        await require_postgres(url)
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="not reachable"):
        await require_postgres(url)


def test_schema_option() -> None:
    assert split_schema("postgresql://h/db?schema=nb_x&sslmode=disable") == (
        "postgresql://h/db?sslmode=disable", "nb_x")
    with pytest.raises(ConfigError, match="schema"):
        PostgresStore("postgresql://h/db", schema="x; DROP SCHEMA public")
