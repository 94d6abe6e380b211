"""App wiring of the worker duties: own leases back on restart, hourly retention pruning."""

from __future__ import annotations

import socket
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.core.settings import load_settings
from bot.runtime.app import App
from tests.support.chat import RecordingAdapter
from tests.support.records import article, planned, stored_articles, update_for


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


async def test_restart_under_the_same_worker_id_takes_its_leases_back(tmp_path: Path) -> None:
    settings = load_settings(database_url=f"sqlite:///{tmp_path / 'nb.db'}", worker_id="w-1")
    clock = Clock(datetime(2026, 3, 1, 12, tzinfo=UTC))
    with ThreadPoolExecutor(1) as pool:
        async with App(settings, adapters={}, executor=pool, clock=clock) as app:
            assert app.owner == "w-1"
            await app.store.add_feed("https://example.org/feed.xml")
            assert await app.store.lease_due_feeds(clock(), limit=5, owner=app.owner,
                                                   lease_seconds=3600)
            # … and the process dies here with the feed leased for an hour.
        async with App(settings, adapters={}, executor=pool, clock=clock) as app:
            back = await app.store.lease_due_feeds(clock(), limit=5, owner=app.owner,
                                                   lease_seconds=60)
            assert len(back) == 1


async def test_prune_runs_at_most_hourly_and_keeps_waiting_stories(tmp_path: Path) -> None:
    settings = load_settings(database_url=f"sqlite:///{tmp_path / 'nb.db'}",
                             poll={"retention_days": 30})
    start = datetime(2026, 3, 1, 12, tzinfo=UTC)
    clock = Clock(start)
    with ThreadPoolExecutor(1) as pool:
        async with App(settings, adapters={"console": RecordingAdapter()}, executor=pool,
                       clock=clock) as app:
            feed, _ = await app.store.add_feed("https://example.org/feed.xml")
            old, waiting = article("old"), article("waiting")
            await app.store.ingest(feed.id, update_for(feed, start), [old, waiting],
                                   [planned("slack:C0123ABCD", waiting)], start)
            clock.now = start + timedelta(days=31)
            assert await app.prune_if_due() == 1  # "waiting" has an unsent delivery: kept
            assert await app.prune_if_due() is None  # not again within the hour
            clock.now += timedelta(minutes=61)
            assert await app.prune_if_due() == 0
            assert [a.key for a in await stored_articles(app.store, start)] == ["waiting"]


async def test_default_names_are_per_host_slots_and_a_dead_workers_leases_are_reaped(
    tmp_path: Path,
) -> None:
    settings = load_settings(database_url=f"sqlite:///{tmp_path / 'nb.db'}")
    clock = Clock(datetime(2026, 3, 1, 12, tzinfo=UTC))
    host = socket.gethostname()
    with ThreadPoolExecutor(1) as pool:
        async with App(settings, adapters={}, executor=pool, clock=clock) as survivor:
            assert survivor.owner == f"{host}#1"
            dying = App(settings, adapters={}, executor=pool, clock=clock)
            await dying.start()
            assert dying.owner == f"{host}#2"  # two running workers never share a name
            await dying.store.add_feed("https://example.org/feed.xml")
            assert await dying.store.lease_due_feeds(clock(), limit=5, owner=dying.owner,
                                                     lease_seconds=3600)
            assert await survivor.reap_dead_workers() == []  # alive: nothing to take
            # … it dies (kill -9) with the feed leased for an hour: its lock goes, the lease
            # stays. (A clean stop would have released the lease itself.)
            await dying.store.close()
            survivor.reap_settle = 0.0
            assert await survivor.reap_dead_workers() == [f"{host}#2"]
            back = await survivor.store.lease_due_feeds(clock(), limit=5, owner=survivor.owner,
                                                        lease_seconds=60)
            assert len(back) == 1
            await dying.close()


async def test_a_clean_stop_releases_the_workers_leases(tmp_path: Path) -> None:
    settings = load_settings(database_url=f"sqlite:///{tmp_path / 'nb.db'}")
    clock = Clock(datetime(2026, 3, 1, 12, tzinfo=UTC))
    with ThreadPoolExecutor(1) as pool:
        async with App(settings, adapters={}, executor=pool, clock=clock) as other:
            async with App(settings, adapters={}, executor=pool, clock=clock) as stopping:
                await stopping.store.add_feed("https://example.org/feed.xml")
                assert await stopping.store.lease_due_feeds(
                    clock(), limit=5, owner=stopping.owner, lease_seconds=3600)
            back = await other.store.lease_due_feeds(clock(), limit=5, owner=other.owner,
                                                     lease_seconds=60)
            assert len(back) == 1


async def test_a_configured_name_a_running_worker_holds_releases_nothing(tmp_path: Path) -> None:
    settings = load_settings(database_url=f"sqlite:///{tmp_path / 'nb.db'}", worker_id="w-1")
    clock = Clock(datetime(2026, 3, 1, 12, tzinfo=UTC))
    with ThreadPoolExecutor(1) as pool:
        async with App(settings, adapters={}, executor=pool, clock=clock) as first:
            await first.store.add_feed("https://example.org/feed.xml")
            assert await first.store.lease_due_feeds(clock(), limit=5, owner="w-1",
                                                     lease_seconds=3600)
            # A second process started by mistake with the same NEWSBRIEF_WORKER_ID.
            async with App(settings, adapters={}, executor=pool, clock=clock) as second:
                assert second.owner == "w-1"
                assert await second.store.lease_due_feeds(clock(), limit=5, owner="w-1",
                                                          lease_seconds=60) == []
