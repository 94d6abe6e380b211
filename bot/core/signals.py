"""Stopping on SIGINT/SIGTERM: what the CLI and the parse pool share.

A stop is not an error: `Stopped` derives from BaseException (like KeyboardInterrupt), so no
`except Exception` in a feed or delivery path can mistake a shutdown for a feed failure.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Iterator

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Stopped(BaseException):
    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


@contextlib.contextmanager
def stop_signals_ignored() -> Iterator[None]:
    """Ignore stop signals while starting a helper process, which inherits the disposition.
    Only the main thread may change handlers; elsewhere this does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, signal.SIG_IGN) for sig in STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def ignore_stop_signals() -> None:
    """Initializer of the parse pool's processes. Ctrl-C reaches the whole process group; the
    workers leave stopping to the main process, which cancels their jobs and shuts the pool
    down. A worker whose parent is gone exits: nobody is left to shut it down."""
    for sig in STOP_SIGNALS:
        signal.signal(sig, signal.SIG_IGN)
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="orphan-watch", daemon=True).start()
