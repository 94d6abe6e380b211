"""Pool processes die with the worker that started them, kill -9 included.

A ProcessPoolExecutor's processes do not notice their parent's death: each worker holds its own
copy of the task queue's pipe, so it never reads end-of-file, and the forkserver and Python's
resource tracker live on as long as any worker does. Under a supervisor that kills only the main
PID they pile up. `guard_pool_process` is the pool initializer: it runs in each pool process and

- asks Linux to SIGKILL it when its parent (the forkserver) dies (`PR_SET_PDEATHSIG`), and
- watches the *main* process (its grandparent) from a daemon thread: a pidfd becomes readable
  the moment it exits (Linux ≥ 5.3); elsewhere its pid is polled twice a second.

Once the workers are gone the forkserver and the resource tracker see end-of-file on their pipes
and exit by themselves.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import select
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
POLL_SECONDS = 0.5


def init_pool_process(parent_pid: int) -> None:
    """Pool process start: ignore stop signals (the parent stops us) and die with the parent.
    Here, not in app.py, so a spawned pool process imports only this and the job module."""
    from bot.core.signals import ignore_stop_signals

    ignore_stop_signals()
    guard_pool_process(parent_pid)


def guard_pool_process(main_pid: int) -> None:
    """Pool initializer: exit as soon as the process `main_pid` is gone."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if not _alive(main_pid):  # it died before we got here
        os._exit(0)
    threading.Thread(
        target=_exit_when_gone, args=(main_pid,), name="pool-guard", daemon=True
    ).start()


def _exit_when_gone(main_pid: int) -> None:
    try:
        # Linux only: typeshed declares it only there, so on other platforms mypy needs this.
        fd = os.pidfd_open(main_pid)  # type: ignore[attr-defined,unused-ignore]
    except (AttributeError, OSError):
        while _alive(main_pid):
            time.sleep(POLL_SECONDS)
    else:
        select.select([fd], [], [])  # readable once the process has exited
    os._exit(0)  # no cleanup: the parent that would want results is gone


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
