"""Prometheus metrics. Each `App` owns one `Metrics` with its own `CollectorRegistry`, so two
apps (or two tests) in one process never collide and `/metrics` shows only this app's numbers.

Where the numbers come from (hooks are one-liners, so the core stays metrics-free):
- fetches by outcome + fetch latency: `instrument_fetcher()` wraps the app's `Fetcher`;
- parse time (`timed_call` in the pool), stories accepted/filtered: `Poller._poll_feed`;
- deliveries by outcome: `observe_cycle()` from `App.run_once` (the `DispatchStats`);
- queue depth: `refresh_queue(store)` reads `store.delivery_counts()` at scrape time;
- event-loop lag: `monitor_loop_lag()`, a small task the web server runs.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from bot.core.errors import BlockedURLError, FetchError, NotAFeedError
from bot.core.types import FetchResult, PlannedDelivery

log = logging.getLogger(__name__)

# Fetches of 20 s time out; parsing big feeds takes ~50 ms (REFERENCE.md).
_FETCH_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30)
_PARSE_BUCKETS = (0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5)
QUEUE_STATUSES = ("pending", "held", "sent", "failed")


class _Fetches(Protocol):
    async def fetch(self, url: str, **kwargs: Any) -> FetchResult: ...


class Metrics:
    """The app's instruments. Methods are cheap and never raise into the caller's work."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry(auto_describe=True)
        r = self.registry
        self.fetches = Counter(
            "newsbrief_fetches", "Feed fetches by outcome", ["outcome"], registry=r
        )
        self.fetch_seconds = Histogram(
            "newsbrief_fetch_seconds", "Feed fetch latency (all outcomes)",
            buckets=_FETCH_BUCKETS, registry=r,
        )
        self.parse_seconds = Histogram(
            "newsbrief_parse_seconds", "Feed parse time in the worker pool (excludes queueing)",
            buckets=_PARSE_BUCKETS, registry=r,
        )
        self.stories = Counter(
            "newsbrief_stories", "New stories: accepted for at least one channel, or filtered out",
            ["outcome"], registry=r,
        )
        self.deliveries = Counter(
            "newsbrief_deliveries", "Delivery attempts by outcome", ["outcome"], registry=r
        )
        self.cycles = Counter("newsbrief_poll_cycles", "Poll cycles run", registry=r)
        self.queue = Gauge(
            "newsbrief_queue_depth", "Outbox rows by status (read at scrape time)", ["status"],
            registry=r,
        )
        self.loop_lag = Gauge(
            "newsbrief_event_loop_lag_seconds", "How late the last event-loop tick woke up",
            registry=r,
        )
        self.last_poll_ok = Gauge(
            "newsbrief_last_successful_poll_timestamp_seconds",
            "Unix time of the last poll cycle with at least one feed fetched", registry=r,
        )
        # Label values exist from the start, so dashboards show 0 instead of "no data".
        for outcome in ("ok", "not_modified", "error", "blocked", "not_a_feed"):
            self.fetches.labels(outcome)
        for outcome in ("accepted", "filtered"):
            self.stories.labels(outcome)
        for outcome in ("sent", "retried", "failed"):
            self.deliveries.labels(outcome)
        for status in QUEUE_STATUSES:
            self.queue.labels(status)

    # hooks ---------------------------------------------------------------------------------

    def instrument_fetcher(self, fetcher: Any) -> Any:
        """A drop-in `Fetcher` that counts outcomes and times every fetch."""
        return _TimedFetcher(fetcher, self)

    def observe_stories(self, new_articles: int, planned: Sequence[PlannedDelivery]) -> None:
        """A story counts as accepted once if any channel gets it; the rest were filtered."""
        accepted = len({p.article_key for p in planned})
        self.stories.labels("accepted").inc(accepted)
        self.stories.labels("filtered").inc(max(0, new_articles - accepted))

    def observe_cycle(self, polled: Any, sent: Any, *, now: float | None = None) -> None:
        """From `App.run_once`: a `CycleStats` and a `DispatchStats`."""
        self.cycles.inc()
        if polled.feeds and polled.errors < polled.feeds:
            self.last_poll_ok.set(time.time() if now is None else now)
        self.deliveries.labels("sent").inc(sent.sent)
        self.deliveries.labels("retried").inc(sent.retried)
        self.deliveries.labels("failed").inc(sent.failed)

    async def refresh_queue(self, store: Any) -> None:
        counts: dict[str, int] = await store.delivery_counts()
        for status in set(QUEUE_STATUSES) | set(counts):
            self.queue.labels(status).set(counts.get(status, 0))

    def render(self) -> bytes:
        return generate_latest(self.registry)


class _TimedFetcher:
    def __init__(self, inner: _Fetches, metrics: Metrics) -> None:
        self._inner = inner
        self._metrics = metrics

    def __getattr__(self, name: str) -> Any:  # everything else is the real fetcher's
        return getattr(self._inner, name)

    async def fetch(self, url: str, **kwargs: Any) -> FetchResult:
        m = self._metrics
        start = time.perf_counter()
        outcome = "error"
        try:
            result = await self._inner.fetch(url, **kwargs)
            outcome = "not_modified" if result.body is None else "ok"
            return result
        except BlockedURLError:
            outcome = "blocked"
            raise
        except NotAFeedError:
            outcome = "not_a_feed"
            raise
        except FetchError:
            raise
        finally:
            m.fetches.labels(outcome).inc()
            m.fetch_seconds.observe(time.perf_counter() - start)


def timed_call(fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> tuple[Any, float]:
    """Run `fn` and return (result, seconds). Module-level so a process pool can pickle it:
    the time is measured where the work runs, not including the wait for a free worker."""
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - start


NO_METRICS = Metrics()  # what an un-wired Poller reports to; the App gives it its own


def loop_lag(expected: float, actual: float) -> float:
    """How much later than asked a sleep returned (never negative)."""
    return max(0.0, actual - expected)


async def monitor_loop_lag(
    metrics: Metrics,
    *,
    interval: float = 1.0,
    clock: Callable[[], float] = time.perf_counter,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    on_sample: Callable[[float], None] | None = None,
) -> None:
    """Sleep `interval` forever and record how late each wake-up was: a blocked loop shows up
    here before it shows up as missed Slack acknowledgements. Cancel the task to stop it."""
    while True:
        start = clock()
        await sleep(interval)
        lag = loop_lag(interval, clock() - start)
        metrics.loop_lag.set(lag)
        if lag > 0.25:
            log.warning("event loop lag", extra={"lag_seconds": round(lag, 3)})
        if on_sample is not None:
            on_sample(lag)
