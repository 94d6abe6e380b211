"""When is a feed due again? Pure functions of (now, feed state, settings)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta


def next_fetch_time(
    now: datetime,
    *,
    interval: int,
    error_count: int = 0,
    retry_after: float | None = None,
    max_backoff: int = 24 * 3600,
    jitter: float = 0.1,
    rng: random.Random | None = None,
) -> datetime:
    """Next due time: the interval, doubled per consecutive error (capped), plus jitter.

    `retry_after` (from 429/503) is honoured as a lower bound.
    """
    delay = float(interval) * (2 ** min(error_count, 16)) if error_count else float(interval)
    delay = min(delay, float(max(max_backoff, interval)))
    if retry_after:
        delay = max(delay, retry_after)
    spread = (rng or random).uniform(-jitter, jitter) * delay
    return now + timedelta(seconds=max(1.0, delay + spread))
