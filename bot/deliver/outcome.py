"""What a failed `adapter.post` means for the outbox: the one ladder dispatcher and roundups share.

    ChannelGone  → GONE          permanent for the channel: disable its subscriptions
    RateLimited  → RATE_LIMITED  not a failure: wait `retry_after` seconds, keep the order
    DeliveryError→ RETRY         transient: retry later (with backoff)
    anything else→ CRASHED       an adapter bug: logged with its traceback, retried like RETRY
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from bot.core.errors import ChannelGone, DeliveryError, RateLimited


class Outcome(enum.Enum):
    GONE = "gone"
    RATE_LIMITED = "rate_limited"
    RETRY = "retry"
    CRASHED = "crashed"


@dataclass(frozen=True)
class Failure:
    outcome: Outcome
    reason: str  # for the row's error column and the log
    retry_after: float | None = None  # seconds, for RATE_LIMITED


def classify(error: Exception, platform: str) -> Failure:
    """Map an exception raised by an adapter's `post` to what the outbox does about it."""
    if isinstance(error, ChannelGone):
        return Failure(Outcome.GONE, f"{platform} refused the channel: {error}")
    if isinstance(error, RateLimited):
        return Failure(Outcome.RATE_LIMITED, str(error), error.retry_after)
    if isinstance(error, DeliveryError):
        return Failure(Outcome.RETRY, str(error))
    return Failure(Outcome.CRASHED, f"unexpected error: {error}")
