"""Metrics: a real poll cycle against a loopback feed, scraped over real HTTP."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.core.metrics import Metrics, loop_lag, monitor_loop_lag
from bot.core.types import ChannelRef, Filters
from bot.runtime.app import App
from bot.runtime.web import make_web_app
from tests.support.ops import RSS, QuietAdapter, clean_env, make_settings, serve

WORLD = ChannelRef("console", "world")


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    clean_env(monkeypatch)


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    out = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


async def test_metrics_after_a_cycle_over_http(tmp_path: Path, aiohttp_client) -> None:
    settings = make_settings(tmp_path, poll={"first_poll_items": 50,
                                                     "first_poll_channel_items": 50})
    async with serve({"/good.xml": (200, RSS), "/gone.xml": (500, b"oops")}) as base:
        with ThreadPoolExecutor(2) as pool:
            async with App(settings, adapters={"console": QuietAdapter()}, executor=pool) as app:
                good, _ = await app.store.add_feed(base + "/good.xml", trusted=True)
                bad, _ = await app.store.add_feed(base + "/gone.xml")
                # The filter drops the football story: 2 accepted, 1 filtered.
                await app.store.subscribe(WORLD, good.id, Filters(exclude=("football",)))
                await app.store.subscribe(WORLD, bad.id)
                polled, sent = await app.run_once()
                assert polled.feeds == 2 and sent.sent == 2

                client = await aiohttp_client(make_web_app(app, lag_interval=None))
                resp = await client.get("/metrics")
                assert resp.status == 200
                assert resp.headers["Content-Type"].startswith("text/plain")
                got = samples(await resp.text())

    assert got[("newsbrief_fetches_total", (("outcome", "ok"),))] == 1
    assert got[("newsbrief_fetches_total", (("outcome", "error"),))] == 1
    assert got[("newsbrief_fetch_seconds_count", ())] == 2
    assert got[("newsbrief_parse_seconds_count", ())] == 1
    assert got[("newsbrief_stories_total", (("outcome", "accepted"),))] == 2
    assert got[("newsbrief_stories_total", (("outcome", "filtered"),))] == 1
    assert got[("newsbrief_deliveries_total", (("outcome", "sent"),))] == 2
    assert got[("newsbrief_poll_cycles_total", ())] == 1
    # Queue depth is read from the store at scrape time.
    assert got[("newsbrief_queue_depth", (("status", "sent"),))] == 2
    assert got[("newsbrief_queue_depth", (("status", "pending"),))] == 0
    assert got[("newsbrief_last_successful_poll_timestamp_seconds", ())] > 0


def test_two_apps_have_separate_registries() -> None:
    a, b = Metrics(), Metrics()
    a.deliveries.labels("sent").inc(3)
    assert "newsbrief_deliveries_total{outcome=\"sent\"} 0.0" in b.render().decode()
    assert "newsbrief_deliveries_total{outcome=\"sent\"} 3.0" in a.render().decode()


async def test_scrape_survives_a_database_that_is_down(tmp_path: Path, aiohttp_client) -> None:
    settings = make_settings(tmp_path)
    with ThreadPoolExecutor(1) as pool:
        async with App(settings, adapters={"console": QuietAdapter()}, executor=pool) as app:
            client = await aiohttp_client(make_web_app(app, lag_interval=None))
            store = app.store
            await store.close()  # the connection is gone; the App still holds the store
            resp = await client.get("/metrics")
            assert resp.status == 200
            assert "newsbrief_fetches_total" in await resp.text()
            await store.open()  # so the App can close cleanly


@pytest.mark.parametrize(
    ("expected", "actual", "lag"), [(1.0, 1.0, 0.0), (1.0, 1.3, 0.3), (1.0, 0.9, 0.0)]
)
def test_loop_lag(expected: float, actual: float, lag: float) -> None:
    assert loop_lag(expected, actual) == pytest.approx(lag)


async def test_lag_monitor_records_late_wakeups() -> None:
    """Fake clock and sleep: each 'sleep' returns 0.5 s late."""
    metrics = Metrics()
    now = [100.0]
    seen: list[float] = []
    done = asyncio.Event()

    async def late_sleep(seconds: float) -> None:
        now[0] += seconds + 0.5
        await asyncio.sleep(0)

    def on_sample(lag: float) -> None:
        seen.append(lag)
        if len(seen) == 3:
            done.set()

    task = asyncio.create_task(
        monitor_loop_lag(metrics, interval=1.0, clock=lambda: now[0], sleep=late_sleep,
                         on_sample=on_sample)
    )
    async with asyncio.timeout(5):
        await done.wait()
    task.cancel()
    assert seen[:3] == [pytest.approx(0.5)] * 3
    gauge = metrics.registry.get_sample_value("newsbrief_event_loop_lag_seconds")
    assert gauge == pytest.approx(0.5)
