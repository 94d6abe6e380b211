"""The newsbrief command line (argparse only).

`main` is the entry point (`newsbrief`, `python -m bot`). It is kept light on purpose: it turns
SIGINT and SIGTERM into one line and exit status 128+signal before anything heavy is imported,
so Ctrl-C at any moment (importing, starting, polling, posting) ends the same clean way.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from bot.core.signals import STOP_SIGNALS, Stopped


def _raise_stopped(signum: int, frame: FrameType | None) -> None:
    quiet_threads()
    raise Stopped(signum)


def quiet_threads() -> None:
    """Once stopping, a worker thread that is still finishing must not print a traceback: e.g.
    aiosqlite's connection thread answering a connect the stop cancelled, on a loop that is
    already closed ("Event loop is closed"). The process is on its way out either way."""
    threading.excepthook = _ignore_thread_exception


def _ignore_thread_exception(args: threading.ExceptHookArgs) -> None:
    return None


def install_stop_handlers() -> None:
    """Outside the event loop, a stop signal raises Stopped wherever the program is."""
    for sig in STOP_SIGNALS:
        signal.signal(sig, _raise_stopped)


def main(argv: Sequence[str] | None = None) -> int:
    install_stop_handlers()
    try:
        from bot.cli.main import main as run_cli

        return run_cli(argv)
    except Stopped as e:
        return stopped(e.signum)
    except KeyboardInterrupt:
        return stopped(signal.SIGINT)


def stopped(signum: int) -> int:
    # Further signals while we say goodbye must not print a traceback either.
    for sig in STOP_SIGNALS:
        signal.signal(sig, signal.SIG_IGN)
    quiet_threads()
    name = signal.Signals(signum).name
    print(f"newsbrief: stopped ({name})", file=sys.stderr)  # noqa: T201 - the CLI's own output
    return 128 + signum
