"""Ctrl-C and SIGTERM stop every command cleanly: exit 130/143, one line, no traceback; what
was in flight is released, and a shutdown is never counted as a feed error.

The signal goes to the whole process group, as a terminal's Ctrl-C does (and `docker stop` or
systemd with KillMode=control-group); the content pool's processes, in a group of their own,
are stopped by the main process.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from pathlib import Path

import pytest

from tests.support.feedserver import FeedServer, rss_bytes

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


async def _start(*args: str, env: dict[str, str] | None = None) -> asyncio.subprocess.Process:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBRIEF_")}
    full_env.update(env or {})
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, cwd=ROOT, env=full_env, start_new_session=True,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )


async def _stop(proc: asyncio.subprocess.Process, sig: int) -> tuple[int, str, str]:
    os.killpg(proc.pid, sig)
    out, err = await asyncio.wait_for(proc.communicate(), timeout=60)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


def _assert_clean(err: str, sig: int) -> None:
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert "Error" not in err, err  # no BrokenProcessPool, EOFError, "Connector is closed"
    name = signal.Signals(sig).name
    assert err.strip().splitlines()[-1] == f"newsbrief: stopped ({name})", err


async def _wait_for(predicate) -> None:  # type: ignore[no-untyped-def]
    for _ in range(60 * 20):
        if predicate():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("condition not reached")


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
async def test_run_stopped_mid_poll_exits_cleanly_and_counts_no_feed_error(
    tmp_path: Path, sig: int
) -> None:
    server = FeedServer()
    await server.start()
    try:
        server.feed("/ok.xml", rss_bytes(3))  # parsed: the parse pool is running
        server.hang("/slow.xml")  # in flight when the signal comes
        cfg = tmp_path / "feeds.toml"
        cfg.write_text(
            "allow_private_networks = true\n"
            f'[[feeds]]\nurl = "{server.url("/ok.xml")}"\n'
            f'[[feeds]]\nurl = "{server.url("/slow.xml")}"\n'
        )
        db = tmp_path / "nb.db"
        proc = await _start("run", "--config", str(cfg), "--db", f"sqlite:///{db}")

        # Both are first polls, held until every feed of the cycle is in (the channel budget's
        # finale, bot/ingest/first_poll.py): the signal comes while /slow.xml hangs, after
        # /ok.xml was fetched and had a moment to be parsed.
        await _wait_for(lambda: server.hits["/slow.xml"] >= 1 and server.hits["/ok.xml"] >= 1)
        await asyncio.sleep(0.5)
        code, _, err = await _stop(proc, sig)
    finally:
        server.release.set()
        await server.close()
    assert code == 128 + sig, err
    _assert_clean(err, sig)
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT url, error_count, last_error, lease_owner FROM feeds"
        ).fetchall()
    for url, errors, last_error, lease_owner in rows:
        assert (errors, last_error) == (0, None), url  # a shutdown is not the feed's fault
        assert lease_owner is None, url  # released: another worker may take it at once
    with sqlite3.connect(db) as conn:  # the held first poll was not committed: still a first poll
        assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM feeds WHERE last_success_at IS NOT NULL"
                            ).fetchone()[0] == 0


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
async def test_run_stopped_while_idle(tmp_path: Path, sig: int) -> None:
    proc = await _start("run", "--db", f"sqlite:///{tmp_path / 'idle.db'}")
    assert proc.stderr is not None
    seen = b""
    while b"pruned old articles" not in seen:  # the first cycle is over: idle now
        line = await asyncio.wait_for(proc.stderr.readline(), timeout=60)
        assert line, "the worker exited early"
        seen += line
    await asyncio.sleep(0.5)
    code, _, err = await _stop(proc, sig)
    assert code == 128 + sig, err
    _assert_clean(err, sig)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
async def test_demo_stopped_while_starting(tmp_path: Path, sig: int) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path)}
    proc = await _start("demo", env=env)
    await asyncio.sleep(0.3)  # still importing
    code, _, err = await _stop(proc, sig)
    assert code == 128 + sig, err
    _assert_clean(err, sig)


async def test_demo_stopped_while_posting(tmp_path: Path) -> None:
    proc = await _start("demo", "--db", f"sqlite:///{tmp_path / 'demo.db'}")
    assert proc.stdout is not None
    line = await asyncio.wait_for(proc.stdout.readline(), timeout=60)  # the first digest
    assert line
    code, _, err = await _stop(proc, signal.SIGINT)
    assert code in (0, 130), err  # it may have finished already; either way, cleanly
    assert "Traceback" not in err and "Error" not in err, err
    if code == 130:
        _assert_clean(err, signal.SIGINT)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
async def test_web_with_worker_stops_cleanly(tmp_path: Path, sig: int) -> None:
    proc = await _start("web", "--with-worker", "--host", "127.0.0.1", "--port", "0",
                        "--db", f"sqlite:///{tmp_path / 'web.db'}")
    assert proc.stderr is not None
    seen = b""
    while b"pruned old articles" not in seen:  # listening, and the worker finished a cycle
        line = await asyncio.wait_for(proc.stderr.readline(), timeout=60)
        assert line, "web exited early"
        seen += line
    code, _, err = await _stop(proc, sig)
    assert code == 128 + sig, err
    _assert_clean(err, sig)
