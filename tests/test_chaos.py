"""Chaos: `python -m bot run` is killed with SIGKILL at random points, again and again, while
feeds keep publishing; in the end every story was posted exactly once.

Real peers on loopback: a feed server and a webhook receiver that deduplicates by
`Idempotency-Key` (as Discord does with a nonce). The receiver answers slowly, so some kills land
between "posted" and "marked sent"; the restarted worker re-sends those with the same key.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import signal
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.store import make_store
from tests.support.chat import FakeWebhook
from tests.support.mini_feeds import MiniFeeds, distinct_items
from tests.support.pg import PG_URL, fresh_schema

ROOT = Path(__file__).resolve().parent.parent
FEEDS = 4
CHANNEL = "webhook:chaos"


def _config(path: Path, feeds: MiniFeeds) -> Path:
    lines = [
        'adapters = ["webhook"]',
        "allow_private_networks = true",
        'log_level = "WARNING"',
        'log_format = "json"',
        "[poll]",
        "interval = 1",
        "min_interval = 1",
        "jitter = 0",
        "first_poll_items = 1000",  # every story counts here, even on a feed's first poll
        "first_poll_channel_items = 100000",
    ]
    for f in range(FEEDS):
        lines += ["[[feeds]]", f'url = "{feeds.url(f"f{f}")}"', f'channel = "{CHANNEL}"',
                  "trusted = true"]
    path.write_text("\n".join(lines) + "\n")
    return path


async def _start(env: dict[str, str], log: Path) -> asyncio.subprocess.Process:
    with log.open("ab") as out:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=ROOT, env=env,
            stdout=out, stderr=out, start_new_session=True,  # its own group: kill it whole
        )


async def _kill(proc: asyncio.subprocess.Process, sig: int = signal.SIGKILL) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, sig)
    async with asyncio.timeout(20):
        await proc.wait()
    if sig != signal.SIGKILL:
        with contextlib.suppress(ProcessLookupError):  # its parser processes go with it
            os.killpg(proc.pid, signal.SIGKILL)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("backend", "kills"),
    [("sqlite", 12), pytest.param("postgres", 8, marks=pytest.mark.postgres)],
)
async def test_kill_9_loses_and_repeats_nothing(backend: str, kills: int, tmp_path: Path) -> None:
    rng = random.Random(int(os.environ.get("CHAOS_SEED", "9")))
    recent = datetime.now(UTC) - timedelta(hours=1)  # the real worker's clock judges retention
    async with (
        FakeWebhook() as hook,
        MiniFeeds(base_time=recent) as feeds,
        _database(backend, tmp_path) as url,
    ):
        hook.delay = 0.05
        published = dict.fromkeys(range(FEEDS), 2)
        for f, n in published.items():
            feeds.set(f"f{f}", distinct_items(f, n))
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBRIEF_")}
        env |= {
            "NEWSBRIEF_CONFIG": str(_config(tmp_path / "chaos.toml", feeds)),
            "NEWSBRIEF_DATABASE_URL": url,
            "NEWSBRIEF_WEBHOOK_URL": hook.url,
            "NEWSBRIEF_WORKER_ID": "chaos-worker",
            "PYTHONPATH": str(ROOT),
        }
        log = tmp_path / "worker.log"
        for _ in range(kills):
            proc = await _start(env, log)
            await asyncio.sleep(rng.uniform(0.3, 2.5))  # the chaos schedule, not a wait
            await _kill(proc)
            for f in rng.sample(range(FEEDS), 2):  # the world keeps publishing
                published[f] += rng.randint(1, 3)
                feeds.set(f"f{f}", distinct_items(f, published[f]))

        total = sum(published.values())
        proc = await _start(env, log)
        try:
            async with asyncio.timeout(40):
                await hook.wait_for_messages(total)
            await asyncio.sleep(0.5)  # a duplicate would arrive now, if there were one
        except TimeoutError:
            pytest.fail(f"only {len(hook.messages)} of {total} stories arrived; worker log:\n"
                        + log.read_text()[-3000:])
        finally:
            await _kill(proc, signal.SIGTERM)

        titles = sorted(t.title for f, n in published.items() for t in distinct_items(f, n))
        seen = sorted(m["digest"]["items"][0]["headline"] for m in hook.messages.values())
        assert seen == titles  # every story once: none lost, none under two keys
        assert all(m["channel"] == CHANNEL for m in hook.messages.values())
        resent = sum(1 for n in hook.requests.values() if n > 1)
        print(f"chaos[{backend}]: {kills} kills, {total} stories, {sum(hook.requests.values())} "
              f"requests, {resent} re-sent after a crash and deduplicated by key")
        store = make_store(url)
        await store.open()
        try:
            assert await store.delivery_counts() == {"sent": total}
        finally:
            await store.close()


def _database(backend: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    @contextlib.asynccontextmanager
    async def db():  # type: ignore[no-untyped-def]
        if backend == "sqlite":
            yield f"sqlite:///{tmp_path / 'chaos.db'}"
            return
        async with fresh_schema() as schema:
            yield f"{PG_URL}?schema={schema}"

    return db()
