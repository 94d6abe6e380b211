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
- **gives a cold cycle's builds to one process** (`cold_split`, `begin_cold`/`end_cold`: the
  poller says when a cycle polls many feeds for the first time): parses stay here, first
  polls' too (`parse_here`: that process, which builds, is the cycle's critical path, while
  this one idled most of it), builds and backlogs go to a single process on the other core,
  so this process never loads the build tables (~16 MB) nor that process the parsers (~9 MB),
  and the tree stays under 150 MB; once this process has built anything itself, its tables
  are loaded and a cold cycle stays here (as before: one process);
- **lets the next cycles' small builds use that process while it is there**
  (`begin_steady`): it holds the tables, so this process does not load them (~0.3 s of CPU)
  and the builds run on the other core; it goes at the first big build (which runs here) or
  after `idle_seconds` without a job (never started for them), and `run --once`'s own process
  (`pool_spawn.prestart`) serves a steady cycle's small builds the same way;
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
import itertools
import logging
import os
import pickle
import queue
import struct
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from functools import partial
from typing import IO, Any

from bot.content import jobs
from bot.runtime import pool_spawn

log = logging.getLogger(__name__)

HEADER = struct.Struct("!Q")
IDLE_SECONDS = 10.0
# Estimated CPU milliseconds at or under which a job runs in this process (see `cost_ms`).
INLINE_MS = 40.0
# Estimated CPU milliseconds queued for this process's thread above which small jobs count as a
# burst (see ContentPool): about what starting a pool process costs (~0.3–0.5 s of imports).
BURST_MS = 300.0
# The interpreter's thread switch interval during a cold split cycle, whose parses run in a
# thread here beside the event loop: at CPython's 5 ms, each time the loop let go of the GIL
# (a socket send, a wait for events) it waited up to 5 ms for a parse to hand it back.
SPLIT_SWITCH_S = 0.0005
LOCAL_WEIGHT = 2.0  # this process's queue counts double: its thread shares the event loop's GIL
# First polls in a cycle from which starting a process for them pays: it costs ~0.5 s of CPU
# (interpreter, imports, tables) and a first poll's builds ~7 ms (a scale-out worker's cycles of
# 25 feeds stay in its thread, as on one core).
COLD_START_FEEDS = 100
# Jobs written to a process ahead of the one it runs (see _Process).
PIPELINE_DEPTH = 4
_BUILD_MS = 3.5  # per article (bench.article_build)
_BACKLOG_MS = 0.25  # per backlog item stored as seen (articles.seen_article)
_PARSE_MS_PER_KB = 0.1  # feed parsing (bench.parse)
# A first poll's job (parse and backlog rows, `jobs.first_poll`): its parse and an item's backlog
# row per ~4 KB of feed
_FIRST_POLL_MS_PER_KB = _PARSE_MS_PER_KB + _BACKLOG_MS / 4
_TERMS_MS = 0.05  # per stored article's clustering terms
# A steady cycle lends its small builds to a kept process only while this process is this
# small: the kept one works at ~50 MB, and the whole tree stays under issue 19's 150 MB.
STEADY_LEND_MAX_MB = 95.0
# What this process grows by in a steady cycle, per feed polled, while it lends its builds
# (bench.memory, 2,000 feeds with a new item each: 90 → 107 MB): it counts against
# STEADY_LEND_MAX_MB, or a worker just under it lent and the tree peaked at 157 MB.
STEADY_GROWTH_MB_PER_FEED = 0.0085


class BrokenWorker(RuntimeError):
    """The pool process died while running a job."""


def default_workers() -> int:
    """One process per core but the event loop's, at least 1, at most 4."""
    return max(1, min(4, (os.cpu_count() or 1) - 1))


def cost_ms(fn: Callable[..., Any]) -> float:
    """Rough CPU cost of a job (`partial(jobs.x, ...)`, as run_in_executor passes it); unknown
    jobs count as big."""
    if fn is jobs.warm:
        return 0.0
    if not isinstance(fn, partial):
        return float("inf")
    args = fn.args
    if fn.func in (jobs.build, jobs.learn, jobs.build_marked, jobs.learn_marked) and args:
        return _BUILD_MS * len(args[0])
    if fn.func is jobs.backlog and args:
        return _BACKLOG_MS * len(args[0])
    if fn.func in (jobs.parse, jobs.parse_items) and args:
        return _PARSE_MS_PER_KB * len(args[0]) / 1024
    if fn.func is jobs.first_poll and args:
        return _FIRST_POLL_MS_PER_KB * len(args[0]) / 1024
    if fn.func is jobs.terms and args:
        return _TERMS_MS * len(args[0])
    return float("inf")


def _loads_build_tables(fn: Callable[..., Any]) -> bool:
    """A job whose tables (cleaning, attribution, gazetteer, tags, quotes, story rules) this
    process need not hold unless it runs one."""
    if fn is jobs.warm:
        return True
    return not (isinstance(fn, partial) and fn.func in (jobs.parse, jobs.parse_items, jobs.terms))


def _builds(fn: Callable[..., Any]) -> bool:
    """An article build or a backlog: a job that needs the build's tables."""
    return isinstance(fn, partial) and fn.func in (
        jobs.build, jobs.learn, jobs.build_marked, jobs.learn_marked, jobs.backlog)


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
    return pickle.loads(_read_data(src))


def _read_data(src: IO[bytes]) -> bytes:
    head = src.read(HEADER.size)
    if len(head) < HEADER.size:
        raise EOFError
    size = HEADER.unpack(head)[0]
    data = src.read(size)
    if len(data) < size:
        raise EOFError
    return data


class _Process:
    """One worker process and its pipes. Up to `depth` jobs are written ahead of the one it
    runs (a reader thread takes the results, in order): the process never waits for this
    one's GIL between jobs, which the event loop and the parses hold most of a cold cycle."""

    def __init__(self, depth: int = PIPELINE_DEPTH) -> None:
        # The one `run --once` started first thing, or a new one (bot/runtime/pool_spawn.py).
        self.proc = pool_spawn.take() or pool_spawn.spawn()
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.stdin, self.stdout = self.proc.stdin, self.proc.stdout
        self.broken = False
        self._waiting: deque[Future[Any]] = deque()  # written, result not read yet, in order
        self._room = threading.Semaphore(depth)
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, name="content-pool-results",
                                        daemon=True)
        self._reader.start()

    @property
    def busy(self) -> bool:
        """Jobs written whose results have not come back."""
        with self._lock:
            return bool(self._waiting)

    def submit(self, future: Future[Any], fn: Callable[[], Any]) -> None:
        """Write the job (blocks while `depth` jobs are waiting); its result or error reaches
        `future` from the reader thread. Raises what pickling the job raises."""
        data = pickle.dumps(fn, protocol=pickle.HIGHEST_PROTOCOL)
        self._room.acquire()
        with self._lock:
            if self.broken:
                self._room.release()
                raise BrokenWorker(f"pool process died (exit {self.proc.poll()})")
            self._waiting.append(future)
        try:
            self.stdin.write(HEADER.pack(len(data)) + data)
            self.stdin.flush()
        except OSError:
            pass  # the process is gone: the reader sees end-of-file and fails what waits

    def _read(self) -> None:
        try:
            while True:
                data = _read_data(self.stdout)
                with self._lock:
                    future = self._waiting.popleft()
                self._room.release()
                try:
                    ok, value = pickle.loads(data)
                except Exception as e:  # a result this side cannot unpickle: that job's error
                    future.set_exception(e)
                    continue
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)
        except (EOFError, OSError):  # it died, or was closed
            with self._lock:
                self.broken = True
                waiting, self._waiting = list(self._waiting), deque()
            for _ in range(len(waiting) + 1):
                self._room.release()  # a writer blocked on the room sees `broken`
            if waiting:
                code = self.proc.wait()
                for future in waiting:
                    future.set_exception(BrokenWorker(f"pool process died (exit {code})"))

    def close(self, timeout: float = 5.0) -> None:
        with contextlib.suppress(OSError):
            self.stdin.close()  # end-of-file: the worker exits after its jobs
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._reader.join(timeout)
        with contextlib.suppress(OSError):
            self.stdout.close()


_STOP = object()


def _built_first(fn: Callable[..., Any]) -> bool:
    """An article build: a process takes it before the reads and backlogs queued earlier. A
    cold cycle's finale waits for its builds, and `run --once` reads the next batch's first
    polls ahead (bot/ingest/poller.py, FETCHED_AHEAD) while it does: queued behind them the
    builds came last, and the process idled while the finale committed and the next cycle
    began (bench.cli_cycle). Jobs are pure (their arguments in, their result out): their
    order changes no result."""
    return isinstance(fn, partial) and fn.func in (
        jobs.build, jobs.learn, jobs.build_marked, jobs.learn_marked)


# A job's rank in the processes' queue (`_Jobs`)
FIRST = 0  # article builds (`_built_first`)
NEXT = 1  # the others, and the stop signals
LAST = 2  # jobs read ahead (`ContentPool.submit_ahead`)


class _Jobs:
    """The processes' job queue: by rank (FIRST, NEXT, LAST), first in, first out within one."""

    def __init__(self) -> None:
        self._queue: queue.PriorityQueue[tuple[int, int, Any]] = queue.PriorityQueue()
        self._order = itertools.count()

    def put(self, job: Any, rank: int = NEXT) -> None:
        self._queue.put((rank, next(self._order), job))

    def get(self, timeout: float | None = None) -> Any:
        return self._queue.get(timeout=timeout)[2]

    def get_nowait(self) -> Any:
        return self._queue.get_nowait()[2]

    def empty(self) -> bool:
        return self._queue.empty()


def _resident_mb() -> float:
    """This process's resident memory now (Linux /proc; 0 where it cannot be read)."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


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
        cold_split: bool = False,
    ) -> None:
        self.workers = workers or default_workers()
        self.inline_ms = inline_ms
        self.burst_ms = burst_ms
        self.idle_seconds = idle_seconds
        self._jobs = _Jobs()
        self._lock = threading.RLock()  # re-entered: a done callback may run inside submit
        self._slots: list[threading.Thread] = []
        self._threads: set[threading.Thread] = set()  # slots, until their process has exited
        self._idle = 0  # slots waiting for a job
        self._local: ThreadPoolExecutor | None = None
        self._processes: set[_Process] = set()
        self._last_big = float("-inf")  # monotonic time of the last big job (or burst)
        self._local_ms = 0.0  # estimated CPU ms submitted to this process's thread, not done
        self._remote_ms = 0.0  # the same for the processes
        self._shutdown = False
        self.cold_split = cold_split
        self._cold = 0  # cold cycles under way (begin_cold … end_cold)
        self._built_here = False  # a build ran in this process: its tables are loaded here
        self._no_process = False  # a process could not be started: cold cycles stay here
        self._lend = True  # this steady cycle's small builds may go to a kept process
        self._switch: float | None = None  # the switch interval before a cold split cycle

    def begin_cold(self, feeds: int = COLD_START_FEEDS) -> bool:
        """A cycle that polls `feeds` feeds for the first time begins: until `end_cold`, with
        `cold_split`, its builds go to one pool process (see the module docstring), started
        now, its tables loaded while the first feeds are fetched. Fewer than COLD_START_FEEDS
        are not worth starting one (a process already there, or started by `run --once`, is
        used): False then, and the cycle is no cold one (no `end_cold`)."""
        with self._lock:
            if (feeds < COLD_START_FEEDS and not self._processes
                    and not pool_spawn.prestarted()):
                return False
            self._cold += 1
            split = self.cold_split and not self._built_here
            warm = split and not self._processes
        if warm:
            self.submit(jobs.warm)
        if split and self._cold == 1:
            self._switch = sys.getswitchinterval()
            sys.setswitchinterval(min(self._switch, SPLIT_SWITCH_S))
        if split and not self._no_process and "bot.content.parse" not in sys.modules:
            self._warm_parsers()
        return True

    def _warm_parsers(self) -> None:
        """The parsers imported in this process's content thread now (`jobs.warm_parsers`): a
        cold split cycle parses its first polls here, and its first requests are under way."""
        with self._lock:
            if self._shutdown:
                return
            if self._local is None:
                self._local = ThreadPoolExecutor(1, thread_name_prefix="content")
            self._local.submit(jobs.warm_parsers)

    def parse_here(self) -> bool:
        """Whether a first poll is parsed in this process now (its backlog rows made in the
        pool's process, `jobs.backlog`), not read whole there (`jobs.first_poll`): in a cold
        cycle split between the two (`cold_split`). That process, which builds, is the cycle's
        critical path (busy from its start to the end) while this one idled most of it; and
        the parsers (feedparser-rs, feedparser, the date tables: ~9 MB) are loaded in one of
        the two only, as the build's tables are."""
        # read without the lock (asked once a feed): a stale answer only places one parse
        return (self.cold_split and self._cold > 0 and not self._built_here
                and not self._no_process)

    def begin_steady(self, feeds: int = 0) -> None:
        """A cycle that is not cold begins. While this process has not loaded the build's
        tables, a process kept from a cold cycle (or started by `run --once`) takes the
        cycle's small builds (a few new items a feed): they run on the other core, and this
        process does not load the tables (~0.3 s of CPU) while one that has them is there
        (bench.pipeline, 150 feeds, one new item each: 2.3 s and 1.3 s of CPU against 3.1 s
        and 1.6 s, the tree 137 MB against 106 MB). A big build (a feed's whole page new, as
        on two cores before) runs here and lets it go: a refill at 500 feeds kept the two at
        172 MB. It goes too after `idle_seconds` without a job; once this process has built,
        a process kept from a cold cycle goes now (the two would hold the tables twice), and so
        does one while this process is over STEADY_LEND_MAX_MB (a kept one adds ~50 MB), with
        what polling `feeds` feeds will add to it (STEADY_GROWTH_MB_PER_FEED)."""
        rss = _resident_mb() + feeds * STEADY_GROWTH_MB_PER_FEED
        with self._lock:
            # a big worker (many feeds, a full story window) keeps the tree small instead
            self._lend = rss <= STEADY_LEND_MAX_MB
            if (self.cold_split and self._cold == 0 and self._cold_only
                    and (self._built_here or not self._lend)):
                self.release()

    def _warm_process(self) -> bool:
        """A process whose build tables are loaded is there to take a job now (kept from a cold
        cycle, or started by `run --once`): never one to start. Call holding the lock."""
        return self._lend and (bool(self._slots and self._processes)
                               or pool_spawn.prestarted())

    @property
    def _cold_only(self) -> bool:
        """Processes serve cold cycles only: no job counts as big, no burst is spread (two
        cores, `default_executor`)."""
        return self.inline_ms == float("inf") and self.burst_ms == float("inf")

    def end_cold(self) -> None:
        with self._lock:
            self._cold = max(0, self._cold - 1)
            if self._cold == 0 and self._switch is not None:
                sys.setswitchinterval(self._switch)
                self._switch = None

    def release(self) -> None:
        """Let the processes go once the jobs given them are done (`run --once`: polling is
        over, delivery needs none; new jobs start them again)."""
        with self._lock:
            for _ in self._slots:
                self._jobs.put(_STOP)

    def released(self, timeout: float = 10.0) -> bool:
        """Wait until the processes `release` let go have ended (`run --once`: before delivery,
        whose work in this process would otherwise sit beside them at the tree's peak). True
        when none is left."""
        with self._lock:
            threads = set(self._slots) | self._threads
        deadline = time.monotonic() + timeout
        for slot in threads:
            slot.join(max(0.0, deadline - time.monotonic()))
        return self.processes == 0

    @property
    def processes(self) -> int:
        """Worker processes alive now."""
        with self._lock:
            return len(self._processes)

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        call = partial(fn, *args, **kwargs) if args or kwargs else fn
        return self._submit(call, FIRST if _built_first(call) else NEXT)

    def submit_ahead(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        """`submit`, for a job read ahead (the next batch's first polls, `run --once`): a
        process takes it after every other job waiting, so the cycle under way is never held
        up by it, and it fills the process's idle time while that cycle's finale commits."""
        call = partial(fn, *args, **kwargs) if args or kwargs else fn
        return self._submit(call, LAST)

    def _submit(self, call: Callable[[], Any], rank: int) -> Future[Any]:
        cost = cost_ms(call)
        with self._lock:
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            # Small jobs stay here unless a big batch or a burst is under way: then each goes
            # to the side with less work waiting, sparing the event loop's core. A trickle of
            # small jobs alone never keeps a process alive: `idle_seconds` after the last big
            # job or burst they all stay here again.
            now = time.monotonic()
            # ... and after one, its small builds while its process is there (`begin_steady`)
            split = (self.cold_split and not self._built_here and not self._no_process
                     and not _parses_here(call)
                     and (self._cold > 0 or (_builds(call) and cost <= INLINE_MS
                                             and self._warm_process())))
            if cost > self.inline_ms or self._local_ms > self.burst_ms or split:
                self._last_big = now
            # Two cores (no job counts as big, no burst spreading): outside a cold cycle every
            # job stays here, as it always did, never with a process kept from a cold cycle.
            if not split and cost <= self.inline_ms and (
                _parses_here(call)
                or self._cold_only
                or now - self._last_big > self.idle_seconds
                or self._local_ms * LOCAL_WEIGHT <= self._remote_ms
            ):
                if not self._built_here and _loads_build_tables(call):
                    self._built_here = True
                    if self.cold_split:
                        # This process loads the build's tables now: a process kept from a
                        # cold cycle would add its ~55 MB to them (the next steady cycle).
                        self.release()
                if self._local is None:
                    self._local = ThreadPoolExecutor(1, thread_name_prefix="content")
                self._local_ms += cost
                local = self._local.submit(call)
                local.add_done_callback(partial(self._done, "_local_ms", cost))
                return local
            future: Future[Any] = Future()
            self._remote_ms += min(cost, 1e6)
            future.add_done_callback(partial(self._done, "_remote_ms", min(cost, 1e6)))
            self._jobs.put((future, call), rank)
            # A cold cycle's small jobs share one process: a process per core would cost
            # ~55 MB each.
            slots = self.workers if cost > self.inline_ms else 1
            if self._idle == 0 and len(self._slots) < slots:
                slot = threading.Thread(target=self._serve, name="content-pool", daemon=True)
                self._slots.append(slot)
                self._threads.add(slot)
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
                        if process is not None and process.busy and not self._shutdown:
                            continue  # idle counts from its last result, not its last job
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
                if process is not None and process.broken:  # died: its jobs failed
                    self._stop(process)
                    process = None
                if process is None:
                    try:
                        process = self._start()
                    except OSError as e:
                        with self._lock:
                            self._no_process = True
                        future.set_exception(BrokenWorker(f"cannot start a pool process: {e}"))
                        continue
                try:
                    process.submit(future, call)
                except BaseException as e:  # the job would not pickle, or the process died
                    future.set_exception(e)
        finally:
            if process is not None:
                self._stop(process)
            with self._lock:
                self._threads.discard(me)

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
        pool_spawn.discard()  # a process `run --once` started that no job needed
        if wait:  # the slots told to stop, and those already stopping their process
            with self._lock:
                threads = set(slots) | self._threads
            for slot in threads:
                slot.join()
