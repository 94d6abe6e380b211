"""`newsbrief web` as a real process: honours $PORT, answers /healthz and /metrics, reloads
its config file on SIGHUP, stops cleanly on SIGTERM. Waits on the process's own log lines,
never on a timer."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sys
from pathlib import Path

import aiohttp
import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[3]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_web_process_honours_port_sighup_and_sigterm(tmp_path: Path) -> None:
    port = _free_port()
    config = tmp_path / "newsbrief.toml"
    config.write_text("# feeds come later\n")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("NEWSBRIEF_", "SLACK_", "DISCORD_"))}
    env.update(PORT=str(port), NEWSBRIEF_LOG_FORMAT="json", NEWSBRIEF_ADAPTERS="console",
               NEWSBRIEF_DATABASE_URL=f"sqlite:///{tmp_path / 'nb.db'}", PYTHONPATH=str(ROOT),
               NEWSBRIEF_CONFIG=str(config))
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "web", "--host", "127.0.0.1", cwd=str(ROOT), env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
    )
    assert proc.stderr is not None
    try:
        async with asyncio.timeout(30):
            while True:
                line = await proc.stderr.readline()
                assert line, "newsbrief web exited before listening"
                if b"web server listening" in line:
                    assert json.loads(line)["port"] == port
                    break
            async with aiohttp.ClientSession() as http:
                async with http.get(f"http://127.0.0.1:{port}/healthz") as resp:
                    body = await resp.json()
                    assert resp.status == 200 and body["ready"] and body["database"] == "ok"
                async with http.get(f"http://127.0.0.1:{port}/metrics") as resp:
                    assert "newsbrief_queue_depth" in await resp.text()
            # SIGHUP: a feed added to the config file is picked up without a restart.
            config.write_text(
                '[[feeds]]\nurl = "https://new.example/feed"\nchannel = "console:world"\n'
            )
            proc.send_signal(signal.SIGHUP)
            while True:
                line = await proc.stderr.readline()
                assert line, "newsbrief web exited on SIGHUP"
                if b"settings reloaded" in line:
                    assert json.loads(line)["feeds_added"] == 1
                    break
            proc.send_signal(signal.SIGTERM)
            assert await proc.wait() == 143  # 128 + SIGTERM: stopped by a signal, cleanly
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
