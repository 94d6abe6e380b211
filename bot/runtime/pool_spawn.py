"""Starting a content pool process (bot/runtime/pool.py): light enough to import first thing.

`run --once` starts its pool process (`prestart`) before it imports the rest of the worker:
the process imports the content stages and loads their tables (~0.3 s) on the other core while
this one starts up, so a cold cycle's first builds need not wait for it. The pool takes it
(`take`) for its first process; a cycle with nothing to build leaves it unused, and the pool's
shutdown ends it (`discard`).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

_prestarted: subprocess.Popen[bytes] | None = None


def worker_env() -> dict[str, str]:
    """The worker runs without site (-S, ~5 MB less): it gets this process's import path, and
    the folder holding `bot` (an editable install finds it through a .pth hook site would run)."""
    root = str(Path(__file__).resolve().parents[2])
    paths = [root, *(p for p in sys.path if p and p != root)]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def spawn() -> subprocess.Popen[bytes]:
    """A pool process that loads the content tables before its first job (`--warm`)."""
    from bot.core.signals import stop_signals_ignored

    # A process group of its own: a terminal's Ctrl-C (sent to the foreground group) never
    # reaches it; the main process stops it by closing its stdin. Ignored stop signals
    # (inherited over exec when started from the main thread) cover a SIGTERM to the cgroup.
    with stop_signals_ignored():
        proc = subprocess.Popen(
            [sys.executable, "-S", "-m", "bot.runtime.pool_worker", str(os.getpid()), "--warm"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=worker_env(), process_group=0,
        )
    for pipe in (proc.stdin, proc.stdout):
        _widen(pipe)
    return proc


# A cold cycle's job (a 78 KB feed body) and its result (~55 KB of rows and candidates) each
# overflowed a 64 KB pipe: the pool process waited, mid-read or mid-write, for this process's
# writer or reader thread to get the GIL back from the event loop. Pages are only taken as
# data waits in the pipe (PIPELINE_DEPTH jobs at most), never counted in either RSS.
PIPE_BYTES = 1 << 20


def _widen(pipe: object) -> None:
    """Give the pipe PIPE_BYTES of buffer where Linux allows it (F_SETPIPE_SZ; capped by
    /proc/sys/fs/pipe-max-size, 1 MB by default): elsewhere it keeps its size."""
    try:
        import fcntl  # POSIX only
    except ImportError:
        return
    setsize = getattr(fcntl, "F_SETPIPE_SZ", None)
    fileno = getattr(pipe, "fileno", None)
    if setsize is None or fileno is None:
        return
    with contextlib.suppress(OSError, ValueError):
        fcntl.fcntl(fileno(), setsize, PIPE_BYTES)


def prestart() -> None:
    """Start the pool process now, where a second core can run it (see the module docstring)."""
    global _prestarted
    if _prestarted is None and (os.cpu_count() or 1) >= 2:
        with contextlib.suppress(OSError):  # the pool starts one itself when it needs one
            _prestarted = spawn()


def prestarted() -> bool:
    """A process `prestart` started waits for a pool to take it."""
    return _prestarted is not None


def take() -> subprocess.Popen[bytes] | None:
    """The process `prestart` started, if it is still alive (once)."""
    global _prestarted
    proc, _prestarted = _prestarted, None
    if proc is not None and proc.poll() is not None:
        _close(proc)
        return None
    return proc


def discard() -> None:
    """End the prestarted process if no pool took it."""
    proc = take()
    if proc is not None:
        _close(proc)


def _close(proc: subprocess.Popen[bytes], timeout: float = 5.0) -> None:
    for pipe in (proc.stdin, proc.stdout):
        with contextlib.suppress(OSError):
            if pipe is not None:
                pipe.close()  # end-of-file: the worker exits
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
