"""The worker and its pool processes collect young garbage less often (bot/runtime/gc_tuning.py)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from bot.core.settings import Settings
from bot.runtime.app import App
from bot.runtime.gc_tuning import YOUNG, tune_gc


@pytest.fixture
def default_gc() -> Iterator[None]:
    saved = gc.get_threshold()
    gc.set_threshold(700, 10, 10)  # CPython's default
    try:
        yield
    finally:
        gc.set_threshold(*saved)


def test_the_young_threshold_is_raised_and_the_older_ones_kept(default_gc: None) -> None:
    assert tune_gc() is True
    assert gc.get_threshold() == (YOUNG, 10, 10)
    assert tune_gc() is False  # idempotent


@pytest.mark.parametrize("own", [0, 50_000])
def test_a_process_s_own_choice_is_kept(default_gc: None, own: int) -> None:
    gc.set_threshold(own, 10, 10)
    assert tune_gc() is False
    assert gc.get_threshold() == (own, 10, 10)


async def test_the_worker_tunes_it_when_it_starts(
    default_gc: None, settings: Settings, thread_executor
) -> None:
    async with App(settings, adapters={}, executor=thread_executor):
        assert gc.get_threshold()[0] == YOUNG
