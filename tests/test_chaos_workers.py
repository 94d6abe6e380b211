"""Chaos with several workers on one PostgreSQL database: each `python -m bot run` is killed
with SIGKILL (its whole process group) at random and restarted, again and again, while feeds
keep publishing; in the end every story was posted exactly once.

The platforms are the loopback fakes of Slack and Discord in their slow mode: a message is stored
at once and answered 50–400 ms later, so kills land between "the platform has it" and "the
worker recorded it", and another worker (or the same one restarted) takes the row over. Only
the platform's fresh state tells it that the story is already there.

Workers run with their default names (host#N): no NEWSBRIEF_WORKER_ID, as most deployments.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import signal
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.store import make_store
from tests.support.fake_discord import FakeDiscord
from tests.support.fake_slack import BOT_TOKEN, SIGNING_SECRET, FakeSlack
from tests.support.mini_feeds import MiniFeeds, distinct_items
from tests.support.pg import PG_URL, fresh_schema

ROOT = Path(__file__).resolve().parent.parent
FEEDS = 6  # one channel each: per-channel pacing does not hold the stories back
KILLS = int(os.environ.get("CHAOS_KILLS", "14"))  # more for a longer outside run
SLOW_PLATFORM = (0.05, 0.4)


def _config(path: Path, feeds: MiniFeeds, platform: str) -> Path:
    lines = [
        f'adapters = ["{platform}"]',
        "allow_private_networks = true",
        'log_level = "WARNING"',
        'log_format = "json"',
        "[poll]",
        "interval = 1",
        "min_interval = 1",
        "jitter = 0",
        "first_poll_items = 1000",  # every story counts here, even on a feed's first poll
        "first_poll_channel_items = 100000",
        "[slack]",
        "messages_per_second = 10",
        "[discord]",
        "gateway = false",
        "sync_commands = false",
    ]
    for f in range(FEEDS):
        lines += ["[[feeds]]", f'url = "{feeds.url(f"f{f}")}"',
                  f'channel = "{_channel(platform, f)}"', "trusted = true"]
    path.write_text("\n".join(lines) + "\n")
    return path


def _channel(platform: str, f: int) -> str:
    return f"slack:C0CHAOS{f}" if platform == "slack" else f"discord:{100000000000000000 + f}"


class Workers:
    """N worker processes, each in its own process group, killed and restarted at will."""

    def __init__(self, env: dict[str, str], logs: Path) -> None:
        self.env, self.logs = env, logs
        self.procs: dict[int, asyncio.subprocess.Process] = {}
        self.lives = 0

    async def start(self, slot: int) -> None:
        self.lives += 1
        with (self.logs / f"worker{slot}.log").open("ab") as out:
            self.procs[slot] = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", cwd=ROOT, env=self.env,
                stdout=out, stderr=out, start_new_session=True,
            )

    async def kill(self, slot: int) -> None:
        proc = self.procs.pop(slot)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # the worker and its parse pool, at once
        async with asyncio.timeout(20):
            await proc.wait()

    async def kill_all(self) -> None:
        for slot in list(self.procs):
            await self.kill(slot)

    def tail(self) -> str:
        return "\n".join(
            f"--- {p.name}\n{p.read_text()[-1500:]}" for p in sorted(self.logs.glob("*.log"))
        )


@contextlib.asynccontextmanager
async def _platform(platform: str) -> AsyncIterator[tuple[dict[str, str], Callable[[], list[str]]]]:
    """The fake platform in slow mode: env for the workers, and the headlines it shows."""
    if platform == "slack":
        slack = await FakeSlack().start()
        slack.post_delay = SLOW_PLATFORM
        try:
            yield (
                {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
                 "NEWSBRIEF_SLACK_API_URL": slack.api_url},
                lambda: [m["blocks"][0]["text"]["text"]
                         for ms in slack.history.values() for m in ms],
            )
        finally:
            await slack.close()
    else:
        async with FakeDiscord(token="chaos-token") as discord:
            discord.post_delay = SLOW_PLATFORM
            yield (
                {"DISCORD_TOKEN": "chaos-token", "NEWSBRIEF_DISCORD_API_URL": discord.api_url},
                lambda: [m["embeds"][0]["title"]
                         for ms in discord.stored.values() for m in ms],
            )


async def _next_post(headlines: Callable[[], list[str]], within: float) -> None:
    before = len(headlines())
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(within):
            while len(headlines()) == before:  # noqa: ASYNC110 - another process posts
                await asyncio.sleep(0.01)


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.timeout(300)  # ~60 s alone; more on a loaded machine or with CHAOS_KILLS raised
@pytest.mark.parametrize("workers", [2, 3])
@pytest.mark.parametrize("platform", ["slack", "discord"])
async def test_workers_killed_and_restarted_post_every_story_exactly_once(
    platform: str, workers: int, tmp_path: Path
) -> None:
    rng = random.Random(int(os.environ.get("CHAOS_SEED", "20")) + workers)
    recent = datetime.now(UTC) - timedelta(hours=1)  # the real worker's clock judges retention
    async with (
        _platform(platform) as (platform_env, headlines),
        MiniFeeds(base_time=recent) as feeds,
        fresh_schema() as schema,
    ):
        published = dict.fromkeys(range(FEEDS), 1)
        for f, n in published.items():
            feeds.set(f"f{f}", distinct_items(f, n))
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("NEWSBRIEF_", "SLACK_", "DISCORD_"))}
        env |= platform_env | {
            "NEWSBRIEF_CONFIG": str(_config(tmp_path / "chaos.toml", feeds, platform)),
            "NEWSBRIEF_DATABASE_URL": f"{PG_URL}?schema={schema}",
            "PYTHONPATH": str(ROOT),
        }
        pool = Workers(env, tmp_path)
        try:
            for slot in range(workers):
                await pool.start(slot)
            for _ in range(KILLS):
                await asyncio.sleep(rng.uniform(0.4, 2.2))  # the chaos schedule, not a wait
                # Aim at the dangerous moment: a post the platform has stored and not answered.
                await _next_post(headlines, within=3.0)
                victim = rng.randrange(workers)
                await pool.kill(victim)
                for f in rng.sample(range(FEEDS), 2):  # the world keeps publishing
                    published[f] += rng.randint(1, 2)
                    feeds.set(f"f{f}", distinct_items(f, published[f]))
                await pool.start(victim)

            expected = sorted(t.title for f, n in published.items()
                              for t in distinct_items(f, n))
            started = time.monotonic()
            try:
                async with asyncio.timeout(45):
                    while len(headlines()) < len(expected):  # noqa: ASYNC110 - another process
                        await asyncio.sleep(0.2)
                await asyncio.sleep(1.0)  # a duplicate would arrive now, if there were one
            except TimeoutError:
                pytest.fail(f"only {len(headlines())} of {len(expected)} stories arrived; "
                            f"worker logs:\n{pool.tail()}")
            drained = time.monotonic() - started
        finally:
            await pool.kill_all()

        seen = headlines()
        repeated = {h: n for h, n in Counter(seen).items() if n > 1}
        assert repeated == {}, f"posted twice: {repeated}\n{pool.tail()}"
        assert sorted(seen) == expected  # every story once: none lost
        store = make_store(env["NEWSBRIEF_DATABASE_URL"])
        await store.open()
        try:
            assert await store.delivery_counts() == {"sent": len(expected)}
        finally:
            await store.close()
        print(f"chaos[{platform}, {workers} workers]: {KILLS} kills, {pool.lives} lives, "
              f"{len(expected)} stories, drained {drained:.1f} s after the last restart")
