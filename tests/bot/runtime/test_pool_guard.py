"""kill -9 of a real worker's main process leaves no pool process behind: a supervisor that
kills only the main PID must not pile them up."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from pathlib import Path

import pytest

from tests.support.mini_feeds import MiniFeeds, distinct_items

ROOT = Path(__file__).resolve().parents[3]


def _children() -> dict[int, list[int]]:
    """ppid → live pids, from /proc (zombies count as gone: they are only waiting for init)."""
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            stat = (entry / "stat").read_text()
            state, ppid = stat.rsplit(")", 1)[1].split()[:2]
            if state != "Z":
                tree.setdefault(int(ppid), []).append(int(entry.name))
    return tree


def _descendants(pid: int) -> set[int]:
    tree, found, todo = _children(), set(), [pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pids: set[int]) -> set[int]:
    live = {p for ps in _children().values() for p in ps}
    return pids & live


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
async def test_kill_9_of_the_main_process_leaves_no_pool_process(tmp_path: Path) -> None:
    async with MiniFeeds() as feeds:
        feeds.set("world", distinct_items(0, 30))
        config = tmp_path / "nb.toml"
        config.write_text(
            'allow_private_networks = true\nlog_level = "WARNING"\n[poll]\ninterval = 1\n'
            # spread_bursts: a worker on two cores keeps even big batches in its thread without
            'spread_bursts = true\n'
            # backlog = "full": the first poll builds every item (the default builds 3)
            f'min_interval = 1\nbacklog = "full"\n[[feeds]]\nurl = "{feeds.url("world")}"\n'
            'channel = "console:world"\n'
        )
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBRIEF_")}
        env |= {"NEWSBRIEF_CONFIG": str(config), "PYTHONPATH": str(ROOT),
                "NEWSBRIEF_DATABASE_URL": f"sqlite:///{tmp_path / 'nb.db'}"}
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=ROOT, env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )
        try:
            # The first poll builds all 30 new items: enough to start a pool process (small jobs
            # run in the main process; on two cores big ones too, unless bursts are spread).
            async with asyncio.timeout(30):
                while len(pool := _descendants(proc.pid)) < 1:  # noqa: ASYNC110 - /proc has no event
                    await asyncio.sleep(0.1)
            os.kill(proc.pid, signal.SIGKILL)  # the main PID only, as a supervisor would
            await proc.wait()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(5):
                    while _alive(pool):  # noqa: ASYNC110 - /proc has no event
                        await asyncio.sleep(0.1)
            left = _alive(pool)
        finally:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
            for pid in _alive(locals().get("pool", set())):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)  # never leave them to the next test
        assert left == set(), f"pool processes outlived the main process: {sorted(left)}"
