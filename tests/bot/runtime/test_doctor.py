"""`newsbrief doctor` on good and broken installations; online token checks against loopback."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiohttp import web

from bot.cli.main import main
from bot.core.types import ChannelRef, FeedUpdate
from bot.runtime.doctor import (
    DEFAULT_PROBES,
    Finding,
    diagnose,
    exit_code,
    newest_migration,
    render,
)
from bot.store.sqlite import SQLiteStore
from tests.support.ops import clean_env

SLACK_TOKEN = "xoxb-1111111111-2222222222-SeCrEtSeCrEtSeCrEtSeCr"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    clean_env(monkeypatch)


async def _store_with_feeds(path: Path) -> None:
    store = SQLiteStore(str(path))
    await store.open()
    try:
        ok, _ = await store.add_feed("https://ok.example/feed", name="Healthy")
        flaky, _ = await store.add_feed("https://flaky.example/feed", name="Flaky")
        dead, _ = await store.add_feed("https://dead.example/feed", name="Dead")
        for f in (ok, flaky, dead):
            await store.subscribe(ChannelRef("console", "world"), f.id)
        now = datetime.now(UTC)

        def update(url: str, errors: int, error: str | None, disabled: str | None) -> FeedUpdate:
            return FeedUpdate(url=url, next_fetch_at=now + timedelta(hours=1), last_fetched_at=now,
                              last_success_at=None, error_count=errors, last_error=error,
                              disabled_reason=disabled, etag=None, last_modified=None,
                              content_hash=None)

        await store.update_feed(flaky.id, update(flaky.url, 3, "HTTP 503 Service Unavailable",
                                                 None))
        await store.update_feed(dead.id, update(dead.url, 10, "HTTP 410 Gone", "gone (HTTP 410)"))
    finally:
        await store.close()


def _by_status(findings: list[Finding], status: str) -> list[str]:
    return [f"{f.area}: {f.detail}" for f in findings if f.status == status]


async def test_good_setup_exits_zero(tmp_path: Path) -> None:
    db = tmp_path / "nb.db"
    store = SQLiteStore(str(db))
    await store.open()
    feed, _ = await store.add_feed("https://ok.example/feed")
    await store.subscribe(ChannelRef("console", "world"), feed.id)
    await store.close()
    findings = await diagnose(database_url=f"sqlite:///{db}")
    assert exit_code(findings) == 0, findings
    assert not _by_status(findings, "fail") and not _by_status(findings, "warn")
    newest = newest_migration("sqlite")
    assert any(f"schema version {newest} (current)" in f.detail for f in findings)
    assert "all good" in render(findings)


async def test_feed_errors_and_disabled_feeds(tmp_path: Path) -> None:
    db = tmp_path / "nb.db"
    await _store_with_feeds(db)
    findings = await diagnose(database_url=f"sqlite:///{db}")
    assert exit_code(findings) == 1
    fails, warns = _by_status(findings, "fail"), _by_status(findings, "warn")
    assert any("Dead: disabled: gone (HTTP 410)" in f for f in fails)
    assert any("Flaky: 3 failed fetch(es): HTTP 503" in f for f in warns)
    assert any("1 of 3 feeds healthy" in f.detail for f in findings)
    dead = next(f for f in findings if "Dead" in f.detail)
    assert "feeds add https://dead.example/feed" in dead.fix


@pytest.mark.parametrize("kind", ["directory", "garbage", "missing"])
async def test_bad_database_paths(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "nb.db"
    if kind == "directory":
        target.mkdir()
    elif kind == "garbage":
        target.write_bytes(b"this is not a database" * 100)
    findings = await diagnose(database_url=f"sqlite:///{target}")
    db = [f for f in findings if f.area == "database"]
    if kind == "missing":
        assert db[0].status == "warn" and "does not exist yet" in db[0].detail
        assert not target.exists()  # the doctor never creates a database
        assert exit_code(findings) == 0
    else:
        assert db[0].status == "fail"
        assert ("is a directory" if kind == "directory" else "cannot read") in db[0].detail
        assert exit_code(findings) == 1


async def test_pending_migrations_are_a_warning_and_nothing_is_migrated(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as conn:  # an empty, never-migrated database file
        conn.execute("CREATE TABLE unrelated (x)")
    findings = await diagnose(database_url=f"sqlite:///{db}")
    f = next(f for f in findings if f.area == "database")
    newest = newest_migration("sqlite")
    assert f.status == "warn" and f"schema version 0, newest is {newest}" in f.detail
    with sqlite3.connect(db) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert tables == {"unrelated"}


async def test_newer_schema_than_code_fails(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at)")
        conn.execute("INSERT INTO schema_migrations VALUES (999, 'x')")
    findings = await diagnose(database_url=f"sqlite:///{db}")
    assert any(f.status == "fail" and "upgrade newsbrief" in f.fix for f in findings)


async def test_missing_tokens_for_configured_adapters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSBRIEF_ADAPTERS", "console,slack,discord")
    monkeypatch.setenv("SLACK_BOT_TOKEN", SLACK_TOKEN)
    findings = await diagnose(database_url=f"sqlite:///{tmp_path / 'nb.db'}")
    fails = _by_status(findings, "fail")
    assert "adapter slack: SLACK_SIGNING_SECRET is not set" in fails
    assert "adapter discord: DISCORD_TOKEN is not set" in fails
    # Gateway mode (the default) needs no public key; HTTP interactions do.
    assert not any("DISCORD_PUBLIC_KEY" in f for f in fails)
    assert exit_code(findings) == 1
    text = render(findings, width=300)
    assert SLACK_TOKEN not in text and "SeCrEt" not in text  # present, never printed

    monkeypatch.setenv("NEWSBRIEF_DISCORD__GATEWAY", "false")
    monkeypatch.setenv("NEWSBRIEF_SLACK__TRANSPORT", "socket")
    monkeypatch.setenv("SLACK_APP_TOKEN", "xoxb-wrong-kind-of-token")
    findings = await diagnose(database_url=f"sqlite:///{tmp_path / 'nb.db'}")
    assert "adapter discord: DISCORD_PUBLIC_KEY is not set" in _by_status(findings, "fail")
    # Socket Mode: no signing secret needed, but an app-level token, and this one is not.
    assert not any("SLACK_SIGNING_SECRET" in f for f in _by_status(findings, "fail"))
    assert any("SLACK_APP_TOKEN is set but does not look like one (expected xapp-" in w
               for w in _by_status(findings, "warn"))


async def test_subscriptions_without_an_adapter(tmp_path: Path) -> None:
    db = tmp_path / "nb.db"
    store = SQLiteStore(str(db))
    await store.open()
    feed, _ = await store.add_feed("https://ok.example/feed")
    await store.subscribe(ChannelRef("slack", "C0123"), feed.id)
    await store.close()
    findings = await diagnose(database_url=f"sqlite:///{db}")
    f = next(f for f in findings if f.area == "subscriptions")
    assert f.status == "fail" and "slack:C0123" in f.detail
    assert "NEWSBRIEF_ADAPTERS=console,slack" in f.fix


async def test_bad_settings_are_a_finding_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("[poll]\ninterval = -5\nbogus = 1\n")
    findings = await diagnose(str(config))
    assert [f.status for f in findings] == ["fail"]
    assert "poll.interval" in findings[0].detail and "poll.bogus" in findings[0].detail


@pytest.fixture
async def fake_platforms(aiohttp_server) -> AsyncIterator[str]:
    """Slack auth.test and Discord /users/@me on loopback; one good token each."""

    async def auth_test(request: web.Request) -> web.Response:
        ok = request.headers.get("Authorization") == f"Bearer {SLACK_TOKEN}"
        return web.json_response({"ok": True, "user": "newsbrief", "team": "Foreign Desk"}
                                 if ok else {"ok": False, "error": "invalid_auth"})

    async def users_me(request: web.Request) -> web.Response:
        if request.headers.get("Authorization") != "Bot good.discord.token":
            return web.json_response({"message": "401: Unauthorized", "code": 0}, status=401)
        return web.json_response({"id": "1", "username": "newsbrief-bot"})

    app = web.Application()
    app.router.add_post("/slack/api/auth.test", auth_test)
    app.router.add_get("/discord/api/users/@me", users_me)
    server = await aiohttp_server(app)
    yield str(server.make_url(""))


@pytest.mark.parametrize("good", [True, False])
async def test_online_token_checks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_platforms: str, good: bool
) -> None:
    base = fake_platforms.rstrip("/")
    monkeypatch.setenv("NEWSBRIEF_ADAPTERS", "slack,discord")
    monkeypatch.setenv("NEWSBRIEF_SLACK_API_URL", base + "/slack/api")
    monkeypatch.setenv("NEWSBRIEF_DISCORD_API_URL", base + "/discord/api")
    monkeypatch.setenv("SLACK_BOT_TOKEN", SLACK_TOKEN if good else "xoxb-revoked-0000000000")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "s" * 32)
    monkeypatch.setenv("DISCORD_TOKEN", "good.discord.token" if good else "bad.discord.token")
    monkeypatch.setenv("DISCORD_APPLICATION_ID", "123456789012345678")
    monkeypatch.setenv("DISCORD_PUBLIC_KEY", "ab" * 32)
    findings = await diagnose(database_url=f"sqlite:///{tmp_path / 'nb.db'}",
                              probes=DEFAULT_PROBES)
    slack = next(f for f in findings if f.area == "adapter slack")
    discord = next(f for f in findings if f.area == "adapter discord")
    if good:
        assert slack.status == "ok" and "newsbrief in Foreign Desk" in slack.detail
        assert discord.status == "ok" and "newsbrief-bot" in discord.detail
    else:
        assert slack.status == "fail" and "invalid_auth" in slack.detail
        assert discord.status == "fail" and "HTTP 401" in discord.detail
        assert "bad.discord.token" not in render(findings, width=300)


async def test_online_check_without_network_does_not_blame_the_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    monkeypatch.setenv("NEWSBRIEF_ADAPTERS", "slack")
    monkeypatch.setenv("NEWSBRIEF_SLACK_API_URL", f"http://127.0.0.1:{closed}/api")
    monkeypatch.setenv("SLACK_BOT_TOKEN", SLACK_TOKEN)
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "s" * 32)
    findings = await diagnose(database_url=f"sqlite:///{tmp_path / 'nb.db'}",
                              probes=DEFAULT_PROBES)
    slack = next(f for f in findings if f.area == "adapter slack")
    assert slack.status == "warn" and "could not reach" in slack.detail
    assert "reset" not in slack.fix.lower() and "network" in slack.fix


def test_cli_exit_codes_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import asyncio
    import json

    db = tmp_path / "nb.db"
    assert main(["--db", f"sqlite:///{db}", "doctor"]) == 0
    assert "newsbrief doctor" in capsys.readouterr().out
    asyncio.run(_store_with_feeds(db))
    assert main(["--db", f"sqlite:///{db}", "doctor", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert {"area", "status", "detail", "fix"} <= set(data[0])
    assert any(d["status"] == "fail" and "Dead" in d["detail"] for d in data)


def test_doctor_reports_a_broken_optional_dependency(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.runtime.doctor import check_optional_parts

    assert [f.status for f in check_optional_parts()] == ["ok"]
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    (finding,) = check_optional_parts()
    assert finding.status == "fail"
    assert "full-text" in finding.detail and finding.fix
