"""When is a feed due again, and what state does an attempt leave? Pure functions, no I/O.

Like reader's update "decider": they take `now` and stored state and return the new state, so
the rules (backoff, disabling, redirects) are tested with plain tables.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from bot.core.errors import BlockedURLError, FeedError, FetchError, NotAFeedError
from bot.core.settings import PollSettings
from bot.core.types import Feed, FeedUpdate, FetchResult


def effective_interval(feed: Feed, poll: PollSettings) -> int:
    """The feed's own interval, else the global one, never below the floor `min_interval`."""
    return max(poll.min_interval, feed.interval or poll.interval)


def backoff_delay(interval: float, error_count: int, max_backoff: float) -> float:
    """interval × 2^errors, capped at `max_backoff` (but never below the interval itself)."""
    cap = max(float(max_backoff), float(interval))
    if error_count <= 0:
        return float(interval)
    return min(float(interval) * 2.0 ** min(error_count, 32), cap)


def next_fetch_time(
    now: datetime,
    *,
    interval: int,
    error_count: int = 0,
    retry_after: float | None = None,
    max_backoff: int = 24 * 3600,
    jitter: float = 0.1,
    floor: float = 1.0,
    rng: random.Random | None = None,
) -> datetime:
    """Next due time: the interval doubled per consecutive error (capped), ± jitter.

    Jitter is a uniform ±`jitter` fraction of the (capped) delay, so feeds added together
    drift apart instead of all firing at once; the result is never below `floor`. `retry_after`
    (from 429/503) is honoured as a lower bound, itself capped at `max_backoff` so that a hostile
    Retry-After cannot park a feed for years.
    """
    delay = backoff_delay(interval, error_count, max_backoff)
    delay += (rng or random).uniform(-jitter, jitter) * delay
    delay = max(float(floor), delay)
    if retry_after:
        delay = max(delay, min(float(retry_after), float(max(max_backoff, interval))))
    return now + timedelta(seconds=delay)


def plan_success(
    feed: Feed,
    result: FetchResult,
    now: datetime,
    poll: PollSettings,
    *,
    title: str | None = None,
    rng: random.Random | None = None,
) -> FeedUpdate:
    """State after a successful fetch (200 or 304): errors reset, validators stored.

    On 200 the response's validators replace the stored ones (a missing ETag clears a stale
    one); on 304 the stored ones are kept unless the server sent fresh ones. A permanent redirect
    (every hop 301/308) moves the feed to its new URL.
    """
    return FeedUpdate(
        url=result.permanent_redirect or feed.url,
        next_fetch_at=next_fetch_time(
            now,
            interval=effective_interval(feed, poll),
            jitter=poll.jitter,
            floor=poll.min_interval,
            rng=rng,
        ),
        last_fetched_at=now,
        last_success_at=now,
        error_count=0,
        last_error=None,
        disabled_reason=None,
        etag=result.etag if result.body is not None else (result.etag or feed.etag),
        last_modified=(
            result.last_modified if result.body is not None
            else (result.last_modified or feed.last_modified)
        ),
        content_hash=result.content_hash or feed.content_hash,
        title=title or feed.title,
    )


def plan_failure(
    feed: Feed,
    error: FeedError,
    now: datetime,
    poll: PollSettings,
    *,
    rng: random.Random | None = None,
) -> FeedUpdate:
    """State after a failed attempt: back off, and disable after `max_errors` in a row.

    A permanent error (410 Gone), or a web page where the feed was, disables the feed at once.
    Validators and the content hash are kept, so the next success can still be a cheap 304.
    """
    # A URL the guard refuses is a setting problem (allow_private_networks), not the feed's
    # fault: it does not count towards disabling the feed (nor lengthen its backoff).
    blocked = isinstance(error, BlockedURLError)
    errors = feed.error_count + (0 if blocked else 1)
    retry_after = error.retry_after if isinstance(error, FetchError) else None
    permanent = isinstance(error, FetchError) and error.permanent
    disabled = None
    if permanent:
        disabled = f"gone for good: {error}"
    elif isinstance(error, NotAFeedError):
        # It answered with a web page where the feed was: the feed moved or was taken down.
        disabled = f"the address now serves a web page, not a feed ({error})"
    elif errors >= poll.max_errors:
        disabled = f"{errors} consecutive errors; last: {error}"
    return FeedUpdate(
        url=feed.url,
        next_fetch_at=next_fetch_time(
            now,
            interval=effective_interval(feed, poll),
            error_count=errors,
            retry_after=retry_after,
            max_backoff=poll.max_backoff,
            jitter=poll.jitter,
            floor=poll.min_interval,
            rng=rng,
        ),
        last_fetched_at=now,
        last_success_at=feed.last_success_at,
        error_count=errors,
        last_error=str(error),
        disabled_reason=disabled,
        etag=feed.etag,
        last_modified=feed.last_modified,
        content_hash=feed.content_hash,
        title=feed.title,
    )
