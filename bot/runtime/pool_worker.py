"""A content pool process (bot/runtime/pool.py):
`python -S -m bot.runtime.pool_worker PARENT_PID [--warm]`.

Reads jobs (pickled `partial(bot.content.jobs.x, ...)`) from stdin and writes `(ok, result or
exception)` to stdout, until stdin ends. Imports nothing but the frame helpers and, when the
first job is unpickled, bot.content.jobs.
"""

from __future__ import annotations

import os
import sys


def main(parent_pid: int, warm: bool = False) -> int:
    from bot.runtime.gc_tuning import tune_gc
    from bot.runtime.pool import read_frame, write_frame
    from bot.runtime.pool_guard import init_pool_process

    init_pool_process(parent_pid)  # stop signals ignored, exit with the parent (kill -9 too)
    tune_gc()  # builds free their containers by reference counting, not the collector
    if warm:  # load the content tables before the first job arrives
        from bot.content import jobs

        jobs.warm()
        from bot.runtime.malloc import trim

        trim()  # what loading the tables freed goes back (~2 MB)
    src = os.fdopen(os.dup(0), "rb")
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything printed by a library goes to stderr, never into the protocol
    while True:
        try:
            job = read_frame(src)
        except EOFError:
            return 0
        try:
            result: tuple[bool, object] = (True, job())
        except Exception as e:  # the job's own error: the caller gets it
            result = (False, e)
        try:
            write_frame(out, result)  # pickled whole before anything is written
        except Exception as e:  # a result or exception that does not pickle
            write_frame(out, (False, RuntimeError(f"{type(e).__name__}: {e}")))


if __name__ == "__main__":
    code = main(int(sys.argv[1]), warm="--warm" in sys.argv[2:])
    sys.stderr.flush()
    # Nothing to tear down (every result is written and flushed): freeing the tables one by one
    # took ~30 ms, which `run --once` waits for before it delivers (ContentPool.released).
    os._exit(code)
