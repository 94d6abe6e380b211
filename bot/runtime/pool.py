"""The content pool: where the poller's CPU-bound jobs (bot/content/jobs.py) run, at a small
memory cost.

A `ProcessPoolExecutor` costs a resource-tracker process (~15 MB, it lives as long as the
worker) and one process per core (~40–58 MB each), started before any work is known. This pool:

- **runs small jobs in a thread of this process**: a feed with a few new items, a feed body
  under ~400 KB. Steady-state cycles (a new item here and there) start no process at all, and
  leave the processes of an earlier big batch idle, so they go;
- **spreads a burst of small jobs over the cores**: when the jobs waiting for this process's
  thread add up to more than `burst_ms` (a cold cycle: many feeds, each a small job), a
  process is started as for a big job, and while the burst lasts each job goes to whichever
  side has less estimated work waiting (this side's queue counts double: its thread shares the
  GIL with the event loop);
- **starts processes lazily**, when a job is big enough to be worth one (a cold cycle, a first
  poll), one fewer than the cores (the event loop keeps one; at least one, at most 4);
- **releases them when idle** (`idle_seconds` without a job): a worker's memory comes back
  between cycles;
- talks to each process over its stdin/stdout (length-prefixed pickles): no semaphores, so no
  resource tracker; the process is `python -S -m bot.runtime.pool_worker`, which imports only
  what unpickling the job needs (bot.content.jobs: no aiohttp, pydantic, store or chat SDK).

A process that dies under a job fails that job (`BrokenWorker`, counted against its feed as any
processing error) and is replaced on the next one. Processes die with this one (stdin reaches
end-of-file; bot/runtime/pool_guard.py covers kill -9) and ignore stop signals: the main
process stops them.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import queue
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import IO, Any

from bot.content import jobs
from bot.core.signals import stop_signals_ignored

log = logging.getLogger(__name__)

HEADER = struct.Struct("!Q")
IDLE_SECONDS = 10.0
# Estimated CPU milliseconds at or under which a job runs in this process (see `cost_ms`).
INLINE_MS = 40.0
# Estimated CPU milliseconds queued for this process's thread above which small jobs count as a
# burst (see ContentPool): about what starting a pool process costs (~0.3–0.5 s of imports).
BURST_MS = 300.0
LOCAL_WEIGHT = 2.0  # this process's queue counts double: its thread shares the event loop's GIL
_BUILD_MS = 3.5  # per article (bench.article_build)
_BACKLOG_MS = 0.25  # per backlog item stored as seen (articles.seen_article)
_PARSE_MS_PER_KB = 0.1  # feed parsing (bench.parse)
_TERMS_MS = 0.05  # per stored article's clustering terms


class BrokenWorker(RuntimeError):
    """The pool process died while running a job."""


def default_workers() -> int:
    """One process per core but the event loop's, at least 1, at most 4."""
    return max(1, min(4, (os.cpu_count() or 1) - 1))


def cost_ms(fn: Callable[..., Any]) -> float:
    """Rough CPU cost of a job (`partial(jobs.x, ...)`, as run_in_executor passes it); unknown
    jobs count as big."""
    if not isinstance(fn, partial):
        return float("inf")
    args = fn.args
    if fn.func in (jobs.build, jobs.learn) and args:
        return _BUILD_MS * len(args[0])
    if fn.func is jobs.backlog and args:
        return _BACKLOG_MS * len(args[0])
    if fn.func in (jobs.parse, jobs.parse_items) and args:
        return _PARSE_MS_PER_KB * len(args[0]) / 1024
    if fn.func is jobs.terms and args:
        return _TERMS_MS * len(args[0])
    return float("inf")


def _parses_here(fn: Callable[..., Any]) -> bool:
    """A small parse stays in this process even while a batch runs in the pool: a process that
    only builds never loads the parsers (feedparser-rs, feedparser, chardet: ~10 MB of its
    ~60 MB), and a parse is a few milliseconds (the fast path, bench.parse)."""
    return isinstance(fn, partial) and fn.func in (jobs.parse, jobs.parse_items)


def write_frame(out: IO[bytes], obj: object) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(HEADER.pack(len(data)) + data)
    out.flush()


def read_frame(src: IO[bytes]) -> Any:
    """The next object, or raises EOFError when the other side is gone."""
    head = src.read(HEADER.size)
    if len(head) < HEADER.size:
        raise EOFError
    size = HEADER.unpack(head)[0]
    data = src.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)


def _worker_env() -> dict[str, str]:
    """The worker runs without site (-S, ~5 MB less): it gets this process's import path, and
    the folder holding `bot` (an editable install finds it through a .pth hook site would run)."""
    root = str(Path(__file__).resolve().parents[2])
    paths = [root, *(p for p in sys.path if p and p != root)]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


class _Process:
    """One worker process and its pipes."""

    def __init__(self) -> None:
        # A process group of its own: a terminal's Ctrl-C (sent to the foreground group) never
        # reaches it, not even while it starts (a slot thread cannot ignore signals for it);
        # the main process stops it by closing its stdin. Ignored stop signals (inherited over
        # exec when started from the main thread) cover a SIGTERM to the whole cgroup.
        with stop_signals_ignored():
            self.proc = subprocess.Popen(
                [sys.executable, "-S", "-m", "bot.runtime.pool_worker", str(os.getpid())],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=_worker_env(),
                process_group=0,
            )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.stdin, self.stdout = self.proc.stdin, self.proc.stdout

    def run(self, fn: Callable[[], Any]) -> tuple[bool, Any]:
        write_frame(self.stdin, fn)
        return read_frame(self.stdout)  # type: ignore[no-any-return]

    def close(self, timeout: float = 5.0) -> None:
        with contextlib.suppress(OSError):
            self.stdin.close()  # end-of-file: the worker exits after its job
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        with contextlib.suppress(OSError):
            self.stdout.close()


_STOP = object()


class ContentPool(Executor):
    """An Executor for bot.content.jobs: small jobs in a thread here, big ones in processes
    started on demand and released when idle (see the module docstring)."""

    def __init__(
        self,
        workers: int | None = None,
        *,
        inline_ms: float = INLINE_MS,
        burst_ms: float = BURST_MS,
        idle_seconds: float = IDLE_SECONDS,
    ) -> None:
        self.workers = workers or default_workers()
        self.inline_ms = inline_ms
        self.burst_ms = burst_ms
        self.idle_seconds = idle_seconds
        self._jobs: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._lock = threading.RLock()  # re-entered: a done callback may run inside submit
        self._slots: list[threading.Thread] = []
        self._idle = 0  # slots waiting for a job
        self._local: ThreadPoolExecutor | None = None
        self._processes: set[_Process] = set()
        self._last_big = float("-inf")  # monotonic time of the last big job (or burst)
        self._local_ms = 0.0  # estimated CPU ms submitted to this process's thread, not done
        self._remote_ms = 0.0  # the same for the processes
        self._shutdown = False

    @property
    def processes(self) -> int:
        """Worker processes alive now."""
        with self._lock:
            return len(self._processes)

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        call = partial(fn, *args, **kwargs) if args or kwargs else fn
        cost = cost_ms(call)
        with self._lock:
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            # Small jobs stay here unless a big batch or a burst is under way: then each goes
            # to the side with less work waiting, sparing the event loop's core. A trickle of
            # small jobs alone never keeps a process alive: `idle_seconds` after the last big
            # job or burst they all stay here again.
            now = time.monotonic()
            if cost > self.inline_ms or self._local_ms > self.burst_ms:
                self._last_big = now
            if cost <= self.inline_ms and (
                _parses_here(call)
                or now - self._last_big > self.idle_seconds
                or self._local_ms * LOCAL_WEIGHT <= self._remote_ms
            ):
                if self._local is None:
                    self._local = ThreadPoolExecutor(1, thread_name_prefix="content")
                self._local_ms += cost
                local = self._local.submit(call)
                local.add_done_callback(partial(self._done, "_local_ms", cost))
                return local
            future: Future[Any] = Future()
            self._remote_ms += min(cost, 1e6)
            future.add_done_callback(partial(self._done, "_remote_ms", min(cost, 1e6)))
            self._jobs.put((future, call))
            if self._idle == 0 and len(self._slots) < self.workers:
                slot = threading.Thread(target=self._serve, name="content-pool", daemon=True)
                self._slots.append(slot)
                slot.start()
            return future

    def _done(self, side: str, cost: float, _: Future[Any]) -> None:
        with self._lock:
            setattr(self, side, max(0.0, getattr(self, side) - cost))

    def _serve(self) -> None:
        """One slot: takes jobs, runs each in its process (started on the first), and gives
        the process back after `idle_seconds` without work."""
        process: _Process | None = None
        me = threading.current_thread()
        try:
            while True:
                with self._lock:
                    self._idle += 1
                try:
                    job = self._jobs.get(timeout=self.idle_seconds)
                except queue.Empty:
                    with self._lock:
                        self._idle -= 1
                        if self._jobs.empty() or self._shutdown:
                            self._slots.remove(me)  # new jobs start a new slot
                            return
                    continue
                with self._lock:
                    self._idle -= 1
                if job is _STOP:
                    with self._lock:
                        self._slots.remove(me)
                    return
                future, call = job
                if not future.set_running_or_notify_cancel():
                    continue
                if process is None:
                    try:
                        process = self._start()
                    except OSError as e:
                        future.set_exception(BrokenWorker(f"cannot start a pool process: {e}"))
                        continue
                try:
                    ok, value = process.run(call)
                except (EOFError, OSError):
                    code = process.proc.poll()
                    self._stop(process)
                    process = None
                    future.set_exception(BrokenWorker(f"pool process died (exit {code})"))
                    continue
                except BaseException as e:  # the job itself would not pickle
                    future.set_exception(e)
                    continue
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)
        finally:
            if process is not None:
                self._stop(process)

    def _start(self) -> _Process:
        process = _Process()
        with self._lock:
            self._processes.add(process)
        log.debug("pool process started", extra={"pid": process.proc.pid})
        return process

    def _stop(self, process: _Process) -> None:
        process.close()
        with self._lock:
            self._processes.discard(process)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._lock:
            self._shutdown = True
            slots = list(self._slots)
            local, self._local = self._local, None
        if cancel_futures:
            while True:
                try:
                    job = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if job is not _STOP:
                    job[0].cancel()
        for _ in slots:
            self._jobs.put(_STOP)
        if local is not None:
            local.shutdown(wait=wait, cancel_futures=cancel_futures)
        if wait:
            for slot in slots:
                slot.join()
