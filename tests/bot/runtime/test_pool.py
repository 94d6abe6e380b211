"""The content pool: small jobs stay in this process, big ones go to lean worker processes that
come and go with the work (bot/runtime/pool.py)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import pytest

from bot.content import jobs
from bot.core.settings import SummarySettings
from bot.runtime import pool as pool_module
from bot.runtime.pool import INLINE_MS, BrokenWorker, ContentPool, cost_ms
from tests.support.feedserver import rss_bytes

ROOT = Path(__file__).resolve().parents[3]
URL = "https://news.example/rss"


def _build_job(items: int) -> partial[list[object]]:
    parsed = jobs.parse(rss_bytes(items, pad=300), URL, None)[0]
    s = SummarySettings()
    return partial(jobs.build, parsed.entries, jobs.feed_context(parsed), URL, 1,
                   jobs.Budget(s.max_words, s.max_sentences))


def test_small_jobs_run_here_and_start_no_process() -> None:
    pool = ContentPool(workers=1)
    try:
        job = _build_job(2)
        assert cost_ms(job) <= pool.inline_ms
        assert pool.submit(job).result(30) == job()
        assert pool.processes == 0
    finally:
        pool.shutdown()


def test_big_jobs_run_in_a_process_released_when_idle() -> None:
    pool = ContentPool(workers=1, idle_seconds=2)
    try:
        job = _build_job(25)
        assert cost_ms(job) > pool.inline_ms
        expected = job()  # built here first: on a loaded machine this alone can outlast the idle
        assert pool.submit(job).result(60) == expected
        assert pool.processes == 1
        deadline = time.monotonic() + 10
        while pool.processes and time.monotonic() < deadline:
            time.sleep(0.1)
        assert pool.processes == 0
        assert pool.submit(job).result(60) == expected  # started again on demand
    finally:
        pool.shutdown()
    assert pool.processes == 0


def test_a_learning_build_brings_the_feeds_template_memory_back_from_a_process() -> None:
    """jobs.learn (the poller's build of new items) costs as a build, runs in a worker process
    and returns the feed's template memory with the articles: plain bytes, pickled both ways."""
    parsed = jobs.parse(rss_bytes(25, pad=300), URL, None)[0]
    s = SummarySettings()
    budget = jobs.Budget(s.max_words, s.max_sentences)
    memory = jobs.learn(parsed.entries[:1], jobs.feed_context(parsed), URL, 1, budget)[1]
    job = partial(jobs.learn, parsed.entries[1:], jobs.feed_context(parsed), URL, 1, budget,
                  None, memory)
    pool = ContentPool(workers=1)
    try:
        assert cost_ms(job) == cost_ms(_build_job(24)) > pool.inline_ms
        built, learnt = pool.submit(job).result(60)
        assert pool.processes == 1
        assert (built, learnt) == job()
        assert isinstance(learnt, bytes) and learnt != memory
    finally:
        pool.shutdown()


def test_a_burst_of_small_jobs_is_shared_with_a_process() -> None:
    """A cold cycle is many small jobs (a feed each): once the estimated work queued here passes
    `burst_ms`, a process starts and takes a share, so both cores work."""
    pool = ContentPool(workers=1, burst_ms=20, idle_seconds=5)
    try:
        job = _build_job(2)
        assert cost_ms(job) <= pool.inline_ms
        futures = [pool.submit(job) for _ in range(60)]
        expected = job()
        assert all(f.result(60) == expected for f in futures)
        assert pool.processes == 1
    finally:
        pool.shutdown()
    assert pool.processes == 0


def test_small_parses_stay_here_while_a_batch_runs_in_a_process() -> None:
    """A refill sends every feed's builds to a process; the feeds' parses (a few ms each) stay
    here, so that process never loads the parsers (feedparser-rs, feedparser, chardet)."""
    pool = ContentPool(workers=1, idle_seconds=5)
    try:
        big = pool.submit(_build_job(25))
        body = rss_bytes(20, pad=1000)
        parse = partial(jobs.parse_items, body, URL, None, frozenset())
        assert cost_ms(parse) <= pool.inline_ms
        # more work queued here than there (as builds went): a small build would go there now
        futures = [pool.submit(parse) for _ in range(60)]
        assert all(f.result(60)[0] == jobs.parse(body, URL, None)[0] for f in futures)
        big.result(60)
        assert pool.processes == 1
        names = ("feedparser", "feedparser_rs", "chardet", "charset_normalizer")
        code = f"sorted(m for m in __import__('sys').modules if m in {names!r})"
        assert pool.submit(partial(eval, code)).result(30) == []
    finally:
        pool.shutdown()


def test_a_job_error_reaches_the_caller_and_the_process_stays() -> None:
    pool = ContentPool(workers=1)
    try:
        with pytest.raises(ZeroDivisionError):
            pool.submit(partial(divmod, 1, 0)).result(30)
        assert pool.submit(partial(divmod, 7, 2)).result(30) == (3, 1)
        assert pool.processes == 1
    finally:
        pool.shutdown()


def test_a_dead_process_fails_its_job_and_is_replaced() -> None:
    pool = ContentPool(workers=1)
    try:
        pid = pool.submit(os.getpid).result(30)
        assert pid != os.getpid()
        with pytest.raises(BrokenWorker):
            pool.submit(partial(os.kill, pid, signal.SIGKILL)).result(30)
        assert pool.submit(os.getpid).result(30) not in (pid, os.getpid())
    finally:
        pool.shutdown()


def test_a_pool_process_imports_no_network_settings_or_chat_library() -> None:
    """Building articles loads the content stages only: not even feedparser (feeds are parsed
    in the main process unless huge)."""
    pool = ContentPool(workers=1)
    try:
        pool.submit(_build_job(25)).result(60)
        names = ("aiohttp", "pydantic", "trafilatura", "bot.store", "asyncpg", "slack_sdk",
                 "discord", "bot.runtime.app", "feedparser", "charset_normalizer")
        code = f"sorted(m for m in __import__('sys').modules if m in {names!r})"
        assert pool.submit(partial(eval, code)).result(30) == []
    finally:
        pool.shutdown()


def test_pool_processes_die_with_their_parent_even_by_kill_9() -> None:
    code = (
        "import os, sys; from bot.runtime.pool import ContentPool; "
        "pool = ContentPool(workers=1); print(pool.submit(os.getpid).result(30), flush=True); "
        "sys.stdin.read()"
    )
    parent = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    child = int(parent.stdout.readline())
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        pytest.fail("the pool process outlived its parent")


def test_on_two_cores_the_worker_keeps_big_batches_in_its_thread() -> None:
    """With two cores the pool's one process only moves a batch off the event loop's core (for
    ~50 MB more): the worker keeps every job in its thread there; with more cores, big batches
    go to processes; asked to spread bursts, it does so on two cores as before."""
    from bot.runtime.app import default_executor
    from bot.runtime.pool import INLINE_MS

    two, four = default_executor(cores=2), default_executor(cores=4)
    spread = default_executor(spread_bursts=True, cores=2)
    try:
        job = _build_job(25)
        assert isinstance(two, ContentPool) and two.inline_ms == float("inf")
        assert two.submit(job).result(60) == job()
        assert two.processes == 0
        assert isinstance(four, ContentPool) and four.inline_ms == INLINE_MS
        assert isinstance(spread, ContentPool) and spread.inline_ms == INLINE_MS
    finally:
        for pool in (two, four, spread):
            pool.shutdown()


def test_the_worker_spreads_bursts_only_when_asked() -> None:
    """poll.spread_bursts is off by default: a cold cycle's small jobs stay in the worker (a
    second process would take a 2,000-feed tree over 150 MB); on, a burst starts one."""
    from bot.runtime.app import default_executor
    from bot.runtime.pool import BURST_MS

    off, on = default_executor(), default_executor(spread_bursts=True)
    try:
        assert isinstance(off, ContentPool) and off.burst_ms == float("inf")
        assert isinstance(on, ContentPool) and on.burst_ms == BURST_MS
    finally:
        off.shutdown()
        on.shutdown()


def _marked_job(items: int) -> partial[list[object]]:
    job = _build_job(items)
    return partial(jobs.build_marked, *job.args)


def _in_process(pool: ContentPool, code: str) -> object:
    """`code` evaluated where the pool runs a build (a process during a cold cycle)."""
    return pool.submit(partial(eval, code)).result(30)


def test_a_cold_cycle_builds_in_one_process_and_parses_here() -> None:
    """On two cores (`cold_split`), between begin_cold and end_cold every build and backlog job
    goes to one process (warmed as the cycle begins) however small, and parses stay here: this
    process never loads the build's stages, so the two stay near 150 MB together."""
    pool = ContentPool(workers=1, inline_ms=float("inf"), cold_split=True, idle_seconds=5)
    try:
        pool.begin_cold()  # its warm-up job starts the process
        deadline = time.monotonic() + 30
        while pool.processes == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert pool.processes == 1
        body = rss_bytes(20, pad=300)
        parse = partial(jobs.parse_items, body, URL, None, frozenset())
        parsed = pool.submit(parse).result(30)[0]
        job = _marked_job(2)
        builds = [pool.submit(job) for _ in range(8)]
        expected = job()
        assert all(f.result(60) == expected for f in builds)
        pids = {pool.submit(os.getpid).result(30) for _ in range(3)}
        assert len(pids) == 1 and os.getpid() not in pids
        assert parsed == jobs.parse_items(body, URL, None, frozenset())[0]
        assert _in_process(pool, "'bot.content.articles' in __import__('sys').modules") is True
        pool.end_cold()
        assert pool.submit(os.getpid).result(30) == os.getpid()  # after it: here again
    finally:
        pool.shutdown()
    assert pool.processes == 0


def test_a_cold_split_cycle_parses_its_first_polls_here_and_its_process_never_loads_parsers(
) -> None:
    """`parse_here`: between begin_cold and end_cold of a cold split cycle this process parses
    the first polls (the process, the cycle's critical path, makes their backlog rows and
    builds), so the parsers are loaded here and never in that process (the two stay under
    issue 19's 150 MB). Not outside a cold cycle, nor without `cold_split`."""
    pool = ContentPool(workers=1, inline_ms=float("inf"), cold_split=True, idle_seconds=5)
    switch = sys.getswitchinterval()
    try:
        assert not pool.parse_here()
        pool.begin_cold()
        assert pool.parse_here()
        # its parses share the GIL with the event loop: handed back sooner meanwhile
        assert sys.getswitchinterval() == min(switch, pool_module.SPLIT_SWITCH_S)
        parsed = pool.submit(partial(jobs.parse_items, rss_bytes(20, pad=300), URL, None,
                                     frozenset())).result(30)[0]
        rows = pool.submit(partial(jobs.backlog, parsed.entries, jobs.feed_context(parsed),
                                   URL, 1)).result(60)
        assert pool.processes == 1 and len(rows) == 20
        names = ("feedparser", "feedparser_rs", "bot.content.parse", "bot.content.dates")
        code = f"sorted(m for m in __import__('sys').modules if m in {names!r})"
        assert _in_process(pool, code) == []
        pool.end_cold()
        assert not pool.parse_here()
        assert sys.getswitchinterval() == switch
    finally:
        pool.shutdown()
        sys.setswitchinterval(switch)
    one_core = ContentPool(workers=1, inline_ms=float("inf"))
    try:
        one_core.begin_cold()
        assert not one_core.parse_here()
        one_core.end_cold()
    finally:
        one_core.shutdown()


def test_a_pool_that_built_here_keeps_a_cold_cycle_here() -> None:
    """Once this process has built an article its tables are loaded: a process on top of them
    would only add ~55 MB, so a later cold cycle stays here."""
    pool = ContentPool(workers=1, inline_ms=float("inf"), cold_split=True)
    try:
        job = _marked_job(2)
        assert pool.submit(job).result(30) == job()
        pool.begin_cold()
        assert not pool.parse_here()  # no split: first polls are read whole, here
        assert pool.submit(os.getpid).result(30) == os.getpid()
        assert pool.processes == 0
        pool.end_cold()
    finally:
        pool.shutdown()


def test_jobs_are_written_ahead_and_results_come_back_in_order() -> None:
    """The process gets the next jobs while it runs one (it never waits for this process to
    hand it the next), and each result reaches its own caller."""
    pool = ContentPool(workers=1, inline_ms=0.0)
    try:
        futures = [pool.submit(partial(pow, 2, k)) for k in range(50)]
        assert [f.result(30) for f in futures] == [2 ** k for k in range(50)]
        assert pool.processes == 1
    finally:
        pool.shutdown()


def test_a_job_longer_than_idle_seconds_keeps_its_process() -> None:
    """Idle time counts from a process's last result: a job written ahead is never cut off by
    the slot's idle timeout while the process still runs it."""
    pool = ContentPool(workers=1, inline_ms=0.0, idle_seconds=0.2)
    try:
        slow = pool.submit(partial(time.sleep, 1.0))
        pid = pool.submit(os.getpid)
        assert slow.result(30) is None
        assert pid.result(30) != os.getpid()
    finally:
        pool.shutdown()
    assert pool.processes == 0


def test_a_dead_process_fails_every_job_written_to_it() -> None:
    pool = ContentPool(workers=1, inline_ms=0.0)
    try:
        pid = pool.submit(os.getpid).result(30)
        first = pool.submit(partial(time.sleep, 0.5))  # the next two are written meanwhile
        kill = pool.submit(partial(os.kill, pid, signal.SIGKILL))
        after = pool.submit(partial(time.sleep, 0.1))
        assert first.result(30) is None
        with pytest.raises(BrokenWorker):
            kill.result(30)
        with pytest.raises(BrokenWorker):
            after.result(30)
        assert pool.submit(os.getpid).result(30) not in (pid, os.getpid())
    finally:
        pool.shutdown()


def test_on_two_cores_the_worker_splits_a_cold_cycle() -> None:
    from bot.runtime.app import default_executor

    one, two = default_executor(cores=1), default_executor(cores=2)
    try:
        assert isinstance(one, ContentPool) and not one.cold_split
        assert isinstance(two, ContentPool) and two.cold_split
    finally:
        one.shutdown()
        two.shutdown()


def test_the_worker_process_imports_no_article_stages() -> None:
    """The worker's main process compares, stores and delivers; building (and `is_story`) runs
    in the pool during a cold cycle: importing the worker loads none of the build's stages."""
    code = ("import sys, bot.cli.main, bot.runtime.app, adapters.console; "
            "print(sorted(m for m in sys.modules if m in ('bot.content.articles', "
            "'bot.content.attribution', 'bot.content.quotes', 'bot.content.summarize', "
            "'bot.content.clean')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.stdout.strip() == "[]"


def test_a_cold_cycle_stays_here_when_no_process_can_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A process that cannot be started (no fork allowed, no memory) fails the job that asked
    for it; the rest of the cold cycle is built here, as on one core."""
    from bot.runtime import pool_spawn

    def refuse() -> subprocess.Popen[bytes]:
        raise OSError("fork refused")

    monkeypatch.setattr(pool_spawn, "spawn", refuse)
    pool = ContentPool(workers=1, inline_ms=float("inf"), cold_split=True)
    try:
        pool.begin_cold()
        job = _marked_job(2)
        first = pool.submit(job)  # sent after the warm-up job, which found no process
        with contextlib.suppress(BrokenWorker):
            first.result(30)
        assert pool.submit(job).result(30) == job()
        assert pool.submit(os.getpid).result(30) == os.getpid()
        pool.end_cold()
    finally:
        pool.shutdown()


def test_steady_builds_go_to_a_cold_cycles_process_while_it_is_there(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After a cold cycle its process holds the build's tables: the next cycles' builds go
    there (the other core; this process never loads them) until it has idled out. Then builds
    run here, and from then on no process is kept or started for them."""
    monkeypatch.setattr(pool_module, "_resident_mb", lambda: 60.0)  # a small worker
    # idle_seconds leaves room for a loaded machine: three builds must not outlast it
    pool = ContentPool(workers=1, inline_ms=float("inf"), burst_ms=float("inf"), cold_split=True,
                       idle_seconds=4)
    try:
        pool.begin_cold()
        job = _marked_job(2)
        expected = job()
        assert pool.submit(job).result(60) == expected
        pool.end_cold()
        pool.begin_steady()
        assert pool.processes == 1  # kept: this process has not loaded the tables
        assert [pool.submit(job).result(60) for _ in range(3)] == [expected] * 3
        assert pool.processes == 1 and not pool._built_here
        assert pool.submit(os.getpid).result(30) == os.getpid()  # other jobs: here
        deadline = time.monotonic() + 20
        while pool.processes and time.monotonic() < deadline:
            time.sleep(0.05)
        assert pool.processes == 0  # idle: gone
        assert pool.submit(job).result(60) == expected and pool._built_here  # here now
        pool.begin_steady()
        assert [pool.submit(job).result(60) for _ in range(3)] == [expected] * 3
        assert pool.processes == 0
    finally:
        pool.shutdown()


def test_a_big_steady_build_runs_here_and_lets_a_cold_cycles_process_go(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A feed's whole page new (a refill) is built here, as on two cores before: the process
    goes then, so the two never hold the tables at once (a refill at 500 feeds kept them at
    172 MB)."""
    monkeypatch.setattr(pool_module, "_resident_mb", lambda: 60.0)  # a small worker
    pool = ContentPool(workers=1, inline_ms=float("inf"), burst_ms=float("inf"), cold_split=True,
                       idle_seconds=30)
    try:
        pool.begin_cold()
        assert pool.submit(_marked_job(2)).result(60)
        pool.end_cold()
        pool.begin_steady()
        big = _marked_job(20)
        assert cost_ms(big) > INLINE_MS
        assert pool.submit(big).result(60) == big() and pool._built_here
        deadline = time.monotonic() + 10
        while pool.processes and time.monotonic() < deadline:
            time.sleep(0.05)
        assert pool.processes == 0
    finally:
        pool.shutdown()


def test_a_big_worker_lets_a_cold_cycles_process_go_and_builds_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Over STEADY_LEND_MAX_MB (many feeds, a full story window) a kept process would take the
    tree over 150 MB: it goes when the steady cycle begins and the builds run here."""
    monkeypatch.setattr(pool_module, "_resident_mb", lambda: pool_module.STEADY_LEND_MAX_MB + 1)
    pool = ContentPool(workers=1, inline_ms=float("inf"), burst_ms=float("inf"), cold_split=True,
                       idle_seconds=30)
    try:
        pool.begin_cold()
        job = _marked_job(2)
        assert pool.submit(job).result(60) == job()
        pool.end_cold()
        pool.begin_steady()
        assert pool.submit(job).result(60) == job() and pool._built_here
        deadline = time.monotonic() + 10
        while pool.processes and time.monotonic() < deadline:
            time.sleep(0.05)
        assert pool.processes == 0
    finally:
        pool.shutdown()


def test_a_steady_cycle_of_many_feeds_counts_what_the_worker_will_grow_by(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A worker just under STEADY_LEND_MAX_MB grows while it polls 2,000 feeds (~17 MB): the
    kept process goes when the cycle begins; a cycle of a few feeds still lends to it."""
    monkeypatch.setattr(pool_module, "_resident_mb", lambda: pool_module.STEADY_LEND_MAX_MB - 5)
    pool = ContentPool(workers=1, inline_ms=float("inf"), burst_ms=float("inf"), cold_split=True,
                       idle_seconds=30)
    try:
        pool.begin_cold()
        assert pool.submit(_marked_job(2)).result(60)
        pool.end_cold()
        pool.begin_steady(10)
        assert pool._lend and pool.processes == 1
        pool.begin_steady(2000)
        assert not pool._lend
        deadline = time.monotonic() + 10
        while pool.processes and time.monotonic() < deadline:
            time.sleep(0.05)
        assert pool.processes == 0
    finally:
        pool.shutdown()


def test_resident_memory_is_read() -> None:
    assert 5 < pool_module._resident_mb() < 4096


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="run --once starts none on one core")
def test_a_steady_cycle_builds_in_the_process_run_once_started(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`run --once` starts a pool process first thing (it loads the tables while the worker
    starts up): a steady cycle's builds use it, and this process loads no tables."""
    monkeypatch.setattr(pool_module, "_resident_mb", lambda: 60.0)  # a small worker
    from bot.runtime import pool_spawn

    pool_spawn.prestart()
    pool = ContentPool(workers=1, inline_ms=float("inf"), burst_ms=float("inf"), cold_split=True)
    try:
        pool.begin_steady()
        job = _marked_job(2)
        assert pool.submit(job).result(60) == job()
        assert pool.processes == 1 and not pool._built_here
    finally:
        pool.shutdown()
        pool_spawn.discard()
    assert pool.processes == 0


def test_a_few_first_polls_are_not_worth_a_process() -> None:
    """A process costs ~0.5 s of CPU to start: a cycle of a few dozen first polls (a scale-out
    worker's lease) stays in the thread, unless a process is already there."""
    from bot.runtime.pool import COLD_START_FEEDS

    pool = ContentPool(workers=1, inline_ms=float("inf"), burst_ms=float("inf"), cold_split=True)
    try:
        assert pool.begin_cold(COLD_START_FEEDS - 1) is False
        assert pool.submit(os.getpid).result(30) == os.getpid()
        assert pool.processes == 0
    finally:
        pool.shutdown()


def test_released_waits_for_the_processes_to_end() -> None:
    """`run --once` lets the processes go after its poll and waits for them to end before it
    delivers: the main process's delivery work never sits beside them."""
    pool = ContentPool(workers=1, idle_seconds=60)
    try:
        job = _build_job(25)
        assert pool.submit(job).result(60) == job()
        assert pool.processes == 1
        pool.release()
        assert pool.released(10) and pool.processes == 0
    finally:
        pool.shutdown()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="F_SETPIPE_SZ is Linux's")
def test_a_pool_process_pipes_hold_a_whole_job_and_its_result() -> None:
    """A 78 KB feed body or a ~55 KB first-poll result overflowed a 64 KB pipe: the process
    waited mid-read or mid-write for this process's threads (pool_spawn.PIPE_BYTES)."""
    import fcntl

    from bot.runtime import pool_spawn

    proc = pool_spawn.spawn()
    try:
        assert proc.stdin is not None and proc.stdout is not None
        for pipe in (proc.stdin, proc.stdout):
            assert fcntl.fcntl(pipe.fileno(), fcntl.F_GETPIPE_SZ) >= 256 * 1024
    finally:
        pool_spawn._close(proc)


def test_a_cold_split_cycle_imports_the_parsers_in_the_content_thread_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """begin_cold of a split cycle has this process's content thread import the parsers while
    the first requests are under way (jobs.warm_parsers), once; no process job for it."""
    from bot.content import jobs
    from bot.runtime import pool as pool_mod

    calls: list[str] = []
    monkeypatch.setattr(jobs, "warm_parsers", lambda: calls.append("parsers"))
    monkeypatch.setattr(jobs, "warm", lambda: calls.append("tables"))
    monkeypatch.delitem(sys.modules, "bot.content.parse", raising=False)
    p = pool_mod.ContentPool(2, inline_ms=float("inf"), burst_ms=float("inf"), cold_split=True)
    submitted: list[object] = []
    monkeypatch.setattr(p, "submit", lambda fn, *a, **k: submitted.append(fn))
    try:
        assert p.begin_cold(300)
        assert p.parse_here()
        assert p._local is not None
        p._local.submit(lambda: None).result(timeout=10)  # after the warm-up in its queue
        assert calls == ["parsers"]
        assert submitted == [jobs.warm]  # the build tables' warm-up goes to the process
    finally:
        p.end_cold()
        p.shutdown(wait=True)
