"""`App` wires the real objects together (the one place that does) and owns their lifecycle.

    async with App(settings) as app:
        await app.run_once()          # one poll-and-deliver cycle
        await app.run_forever(stop)   # the worker loop

It wires; it does not work: fetching, deciding and sending live in their own modules.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import os
import socket
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Executor
from datetime import UTC, datetime, timedelta
from types import TracebackType

import aiohttp

from bot.chat import opml, subscribe
from bot.chat.adapter_services import AdapterFactory, AdapterServices
from bot.chat.commands import CommandHandler
from bot.core.adapter import Adapter, MentionChecker
from bot.core.errors import ConfigError, StoreError
from bot.core.metrics import Metrics
from bot.core.settings import Secrets, Settings, load_secrets
from bot.core.types import ChannelRef
from bot.deliver.dispatcher import Dispatcher, DispatchStats
from bot.deliver.roundups import RoundupScheduler
from bot.ingest import fetch
from bot.ingest.llm import LLMSummarizer
from bot.ingest.poller import CycleStats, Poller
from bot.ingest.probe import PREVIEW_ITEMS, make_loader, make_probe
from bot.ingest.urlguard import validate_feed_url
from bot.runtime.gc_tuning import tune_gc
from bot.runtime.malloc import limit_arenas
from bot.store import Store, open_store

log = logging.getLogger(__name__)

REAP_EVERY = 2.0  # seconds between checks for dead workers (and that we still hold our name)
REAP_SETTLE = 3.0  # seconds a worker must have been dead before its leases are released


# Adapter modules, imported lazily: a console-only install never loads a chat SDK. Each module
# has the one factory `create(services: AdapterServices) -> Adapter`.
ADAPTER_MODULES = {
    "console": "adapters.console",
    "slack": "adapters.slack_adapter",
    "discord": "adapters.discord_adapter",
    "webhook": "adapters.webhook_adapter",
}


def build_adapter(name: str, services: AdapterServices) -> Adapter:
    module = ADAPTER_MODULES.get(name)
    if module is None:
        raise ConfigError(
            f"unknown adapter {name!r} in settings.adapters: use {', '.join(ADAPTER_MODULES)}"
        )
    factory: AdapterFactory = importlib.import_module(module).create
    return factory(services)


def default_executor(spread_bursts: bool = False, cores: int | None = None) -> Executor:
    """Where the CPU-bound content work runs (bot/content/jobs.py): small jobs in a thread of
    this process, big batches in pool processes started on demand, one per core but the event
    loop's, released when idle (bot/runtime/pool.py). The processes import only the job module,
    ignore stop signals and exit when this process does, even by kill -9. `spread_bursts`
    (poll.spread_bursts): a burst of small jobs starts a process too; off by default, because
    that process (~50 MB) takes a 2,000-feed worker's tree over 150 MB in its cold cycle.

    On two cores or fewer big batches stay in the thread too (unless `spread_bursts`): the one
    process there only moved a batch off the event loop's core, which waits for the batch
    meanwhile, for ~50 MB and ~1.5 s of CPU more (a refill of 150 feeds × 20 new items in one
    run on a shared machine: 105 MB, CPU 10.3 s, 20 s in the thread; 155 MB, CPU 11.9 s, 35 s
    with the process). A cold cycle is the exception on two cores or more (`cold_split`): its
    builds go to one process while this one fetches, parses and stores (this process then
    never loads the build's tables: the two stay under 150 MB), and so are the next cycles'
    builds while that process is there (`ContentPool.begin_steady`)."""
    from bot.runtime.pool import BURST_MS, INLINE_MS, ContentPool

    cores = cores or os.cpu_count() or 1
    inline_ms = INLINE_MS if cores > 2 or spread_bursts else float("inf")
    return ContentPool(inline_ms=inline_ms, burst_ms=BURST_MS if spread_bursts else float("inf"),
                       cold_split=cores >= 2)


class App:
    def __init__(
        self,
        settings: Settings,
        *,
        secrets: Secrets | None = None,
        adapters: Mapping[str, Adapter] | None = None,
        executor: Executor | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        owner: str | None = None,
    ) -> None:
        self.settings = settings
        self.secrets = secrets or load_secrets()
        self.clock = clock
        # Decided in start(): the configured name, or the first free host#N of the database
        # (bot/store/tables/workers.py), held while we run so a restart takes it back at once.
        self._wanted_owner = owner or settings.worker_id or None
        self.owner = self._wanted_owner or f"{socket.gethostname()}:{os.getpid()}"
        self._dead_since: dict[str, float] = {}  # dead workers seen, by name → first seen
        self._held = False
        self._name_lost = False
        self.reap_settle = REAP_SETTLE
        self._given_adapters = dict(adapters) if adapters is not None else None
        self._given_executor = executor
        self.adapters: dict[str, Adapter] = {}
        self._store: Store | None = None
        self._session: aiohttp.ClientSession | None = None
        self._executor: Executor | None = None
        self.poller: Poller
        self.dispatcher: Dispatcher
        self.commands: CommandHandler
        self.fetcher: fetch.Fetcher
        self.roundups: RoundupScheduler
        self.last_poll_ok: datetime | None = None
        self._next_prune: datetime | None = None
        self.metrics = Metrics()  # own registry per app: see bot/core/metrics.py

    @property
    def store(self) -> Store:
        if self._store is None:
            raise RuntimeError("App is not started")
        return self._store

    async def __aenter__(self) -> App:
        try:
            await self.start()
        except BaseException:
            # A failed start (a rejected token, an unreachable database) must not leak the
            # session, the process pool or the database connection it already opened.
            await self.close()
            raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def start(self, *, with_adapters: bool = True) -> None:
        s = self.settings
        limit_arenas()  # before the store and the content pool start their threads
        tune_gc()  # a cold cycle's containers are freed by reference counting, not the collector
        self._store = await open_store(s.resolved_database_url)
        self.owner, held = await self._store.hold_worker_name(
            self._wanted_owner, host=socket.gethostname()
        )
        self._held = held
        if held:
            # Leases under our name belong to a previous run of this worker, which is dead now.
            await self._store.release_leases(self.owner)
        else:
            log.warning("worker name not held: a dead worker's leases wait for their expiry",
                        extra={"worker": self.owner})
        self._session = fetch.make_session(s.fetch, allow_private_networks=s.allow_private_networks)
        self.fetcher = fetch.Fetcher(
            self._session, s.fetch, allow_private_networks=s.allow_private_networks
        )
        self.fetcher = self.metrics.instrument_fetcher(self.fetcher)
        self._executor = self._given_executor or default_executor(s.poll.spread_bursts)
        summarizer = None
        if s.summary.llm_base_url and s.summary.llm_model:
            summarizer = LLMSummarizer(
                self._session,
                base_url=s.summary.llm_base_url,
                model=s.summary.llm_model,
                api_key=self.secrets.llm_api_key,
                timeout=s.summary.llm_timeout,
                max_words=s.summary.max_words,
            )
        self.poller = Poller(
            self.store, self.fetcher, s, executor=self._executor, clock=self.clock,
            owner=self.owner, metrics=self.metrics, summarizer=summarizer,
        )
        self.commands = CommandHandler(
            self.store, default_threshold=s.relevance.threshold, probe=make_probe(self.fetcher),
            fetch_opml=self.fetch_opml, allow_private_networks=s.allow_private_networks,
            now=self.clock, config_feeds=frozenset((f.url, f.channel) for f in s.feeds),
            min_interval=s.poll.min_interval,
            load_feed=make_loader(self.fetcher, s.summary), retention_days=s.poll.retention_days,
            # one feed added alone: its own cap, or the channel's if that is smaller
            first_poll_items=min(s.poll.first_poll_items, s.poll.first_poll_channel_items),
            preview_items=PREVIEW_ITEMS,
        )
        if with_adapters:
            if self._given_adapters is not None:
                self.adapters = self._given_adapters
            else:
                log.info("adapters", extra={"adapters": list(s.adapters),
                                            "why": s.adapters_reason})
                services = AdapterServices(
                    settings=s, secrets=self.secrets, commands=self.commands,
                    catalog=self.store, metrics=self.metrics,
                )
                self.adapters = {n: build_adapter(n, services) for n in s.adapters}
            for adapter in self.adapters.values():
                await adapter.start()
                # A platform with roles or user groups checks the mentions admins set.
                if isinstance(adapter, MentionChecker):
                    self.commands.mention_checks[adapter.platform] = adapter.check_mention
        self.dispatcher = Dispatcher(self.store, self.adapters, clock=self.clock, owner=self.owner)
        self.roundups = RoundupScheduler(
            self.store, self.adapters, clock=self.clock, owner=self.owner
        )
        await self.sync_config_feeds()

    async def close(self) -> None:
        if self._store is not None and self._held:
            # A clean stop: what we still hold is free for the others now, not after expiry.
            try:
                await self._store.release_leases(self.owner)
            except Exception:
                log.exception("could not release this worker's leases")
        for adapter in self.adapters.values():
            try:
                await adapter.close()
            except Exception:
                log.exception("adapter close failed")
        if self._session is not None:
            await self._session.close()
        if hasattr(self, "poller"):
            self.poller.close()
        if self._executor is not None and self._given_executor is None:
            self._executor.shutdown(wait=True, cancel_futures=True)
        if self._store is not None:
            await self._store.close()
            self._store = None

    async def sync_config_feeds(self) -> None:
        """Feeds listed in the config file are added and subscribed (idempotent)."""
        for fc in self.settings.feeds:
            # An existing feed keeps what admins changed since (and is not re-enabled here).
            feed = await self.store.find_feed(fc.url)
            if feed is None:
                feed, _ = await self.store.add_feed(
                    fc.url, name=fc.name, interval=fc.interval, trusted=fc.trusted
                )
            await subscribe.follow(self.store, ChannelRef.parse(fc.channel), feed, self.clock())

    async def fetch_opml(self, url: str) -> bytes:
        """Used by `/news feeds import <url>`: the OPML file, through the SSRF-safe fetcher."""
        url = validate_feed_url(url, allow_private_networks=self.settings.allow_private_networks)
        return await self.fetcher.fetch_document(
            url, max_bytes=opml.MAX_OPML_BYTES,
            accept="text/x-opml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
        )

    async def run_once(self, *, all_due: bool = False) -> tuple[CycleStats, DispatchStats]:
        """One poll-and-deliver cycle. A cycle leases at most `poll.batch` feeds; `all_due`
        (cron mode, `run --once`, the demo) repeats the poll until no feed is due."""
        polled = await self.poller.run_cycle(ahead=all_due)
        rounds = 1
        while all_due and polled.feeds >= rounds * self.settings.poll.batch and rounds < 1000:
            more = await self.poller.run_cycle(ahead=all_due and rounds < 999)
            polled = CycleStats(**{k: v + getattr(more, k) for k, v in vars(polled).items()})
            rounds += 1
        if all_due and (release := getattr(self._executor, "release", None)) is not None:
            release()  # the content pool's processes: delivery needs none (~55 MB each)
            if (released := getattr(self._executor, "released", None)) is not None:
                await asyncio.to_thread(released)  # gone before delivery's work begins
        if polled.feeds and polled.errors < polled.feeds:
            self.last_poll_ok = self.clock()
        await self.roundups.run_once()
        sent = await self.dispatcher.drain()
        await self.dispatcher.send_notices()
        await self.dispatcher.update_stories()
        self.metrics.observe_cycle(polled, sent)
        return polled, sent

    async def prune_if_due(self) -> int | None:
        """Delete articles older than `poll.retention_days`, at most once an hour."""
        now = self.clock()
        if self._next_prune is not None and now < self._next_prune:
            return None
        self._next_prune = now + timedelta(hours=1)
        removed = await self.store.prune(now - timedelta(days=self.settings.poll.retention_days))
        log.info("pruned old articles", extra={"removed": removed})
        return removed

    async def reap_dead_workers(self) -> list[str]:
        """Release the leases of workers that died (their name is held by nobody), once each
        has been seen dead for `reap_settle` seconds: a post a dying worker had in flight has
        reached the platform by then, where the duplicate check will find it."""
        now = time.monotonic()
        dead = set(await self.store.dead_workers(self.owner))
        self._dead_since = {n: t for n, t in self._dead_since.items() if n in dead}
        reaped = []
        for name in sorted(dead):
            first = self._dead_since.setdefault(name, now)
            if now - first >= self.reap_settle and await self.store.reap_worker(name):
                # Also a worker or CLI command that exited cleanly: then there was nothing.
                log.info("worker gone; its leases released", extra={"worker": name})
                del self._dead_since[name]
                reaped.append(name)
        return reaped

    async def _watch_workers(self, stop: asyncio.Event, every: float) -> None:
        """Keep our name (or stop), and take dead workers' work back within seconds."""
        while not stop.is_set():
            try:
                if not await self.store.worker_name_held():
                    log.critical("another worker took this worker's name; stopping",
                                 extra={"worker": self.owner})
                    self._name_lost = True
                    stop.set()
                    return
                await self.reap_dead_workers()
            except Exception:
                log.exception("checking for dead workers failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=every)

    async def run_forever(self, stop: asyncio.Event, *, tick: float = 5.0) -> None:
        """Poll due feeds, post due roundups and deliveries, prune hourly, until `stop`."""
        self._name_lost = False
        watcher = asyncio.create_task(self._watch_workers(stop, REAP_EVERY), name="workers")
        try:
            while not stop.is_set():
                try:
                    await self.run_once()
                    await self.prune_if_due()
                except Exception:
                    log.exception("cycle failed")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=tick)
        finally:
            watcher.cancel()
            await asyncio.gather(watcher, return_exceptions=True)
        if self._name_lost:
            raise StoreError(
                f"another worker now runs as {self.owner!r}: this one stopped so that two "
                "workers never share leases; restart it"
            )

