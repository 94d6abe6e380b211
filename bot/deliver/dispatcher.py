"""The outbox dispatcher: send pending deliveries, record message ids, retry with backoff.

A row is leased before sending and marked after, so a crash between the two leaves it pending;
the next attempt passes the same idempotency key to the adapter, which uses the platform's own
deduplication (Discord nonce, a Slack history check) so the story is not posted twice.

Channels in quiet hours keep their rows: they are postponed to the end of the quiet hours
without counting an attempt. A channel's rows are sent in order and only while the lease is
comfortably valid; the rest are handed back, so a slow platform never lets a lease expire
under a row that is still being sent (another worker would send it too).
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.core.adapter import Adapter, Editable, Notifiable
from bot.core.errors import ConfigError
from bot.core.types import Article, ChannelRef, ChannelSettings, Delivery, FeedOptions
from bot.deliver import digest as digests
from bot.deliver import roundups
from bot.deliver.outcome import Outcome, classify
from bot.store.base import OutboxStore

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 10
BASE_RETRY = 30.0  # seconds; doubled per attempt
MAX_RETRY = 3600.0
NO_ADAPTER_RETRY = 300.0


def delivery_key(channel: ChannelRef, story_key: str) -> str:
    """Idempotency key of one story in one channel, stable across retries and restarts."""
    return f"nb:{channel}:{story_key}"


def retry_delay(attempts: int) -> float:
    return min(MAX_RETRY, BASE_RETRY * 2.0 ** max(0, attempts - 1))


@dataclass
class DispatchStats:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    postponed: int = 0
    errors: int = 0


class Dispatcher:
    def __init__(
        self,
        store: OutboxStore,
        adapters: Mapping[str, Adapter],
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        owner: str = "worker",
        batch: int = 100,
        lease_seconds: float = 120.0,
    ) -> None:
        self._store = store
        self._adapters = adapters
        self._clock = clock
        self._owner = owner
        self._batch = batch
        self._lease = lease_seconds

    async def run_once(self) -> DispatchStats:
        """Send what is due now: channels in parallel, each channel's stories in order."""
        stats = DispatchStats()
        leased_at = self._clock()
        leased = await self._store.lease_deliveries(
            leased_at, limit=self._batch, owner=self._owner, lease_seconds=self._lease
        )
        # Stop starting new sends well before the lease runs out.
        deadline = leased_at + timedelta(seconds=self._lease * 0.6)
        by_channel: dict[ChannelRef, list[Delivery]] = defaultdict(list)
        for d in leased:
            by_channel[d.channel].append(d)
        results = await asyncio.gather(
            *(self._send_channel(ch, ds, stats, deadline) for ch, ds in by_channel.items()),
            return_exceptions=True,
        )
        for channel, result in zip(by_channel, results, strict=True):
            # A store failure mid-channel: its leased rows come back when the lease expires.
            if isinstance(result, BaseException):
                log.error("sending to a channel failed", exc_info=result,
                          extra={"channel": str(channel)})
                stats.errors += 1
        return stats

    async def drain(self, max_rounds: int = 100) -> DispatchStats:
        """Send until nothing is due (used by `run --once` and the demo)."""
        total = DispatchStats()
        for _ in range(max_rounds):
            stats = await self.run_once()
            total.sent += stats.sent
            total.retried += stats.retried
            total.failed += stats.failed
            total.postponed += stats.postponed
            total.errors += stats.errors
            if not (stats.sent or stats.failed):
                break
        return total

    async def update_stories(self) -> int:
        """Edit posted stories that other outlets have covered since ("also covered by …").

        Best effort: a platform without editing, or a failed edit, leaves the post as it was;
        the coverage still shows in `/news digest` and roundups. Returns messages edited.
        """
        edited = 0
        for d in await self._store.lease_story_updates(
            self._clock(), limit=self._batch, owner=self._owner, lease_seconds=self._lease
        ):
            adapter = self._adapters.get(d.channel.platform)
            if isinstance(adapter, Editable) and d.message_id:
                others = [
                    a for a in await self._store.story_articles(d.article.story_key)
                    if a.id != d.article.id
                ]
                settings = await self._store.channel_settings(d.channel)
                digest = digests.story_post(
                    d.article, others, settings, await self._options(d.channel, d.article)
                )
                try:
                    await adapter.edit(d.channel, d.message_id, digest)
                    edited += 1
                except Exception as e:
                    log.warning("could not edit a posted story",
                                extra={"channel": str(d.channel), "error": str(e)})
            await self._store.mark_updated(d.id)
        return edited

    async def send_notices(self) -> DispatchStats:
        """Send queued feed alerts (bot/ingest/alerts.py): their own outbox, leased and marked
        like stories, with the notice's key for the platform's duplicate check. An adapter
        with `notify(channel, text, *, key, since) -> message id` posts them; others show them
        with `report_error`."""
        stats = DispatchStats()
        for n in await self._store.lease_notices(
            self._clock(), limit=self._batch, owner=self._owner, lease_seconds=self._lease
        ):
            assert n.id is not None
            adapter = self._adapters.get(n.channel.platform)
            if adapter is None:
                await self._store.mark_notice_retry(
                    n.id, f"no {n.channel.platform!r} adapter is configured",
                    self._clock() + timedelta(seconds=NO_ADAPTER_RETRY))
                stats.retried += 1
                continue
            try:
                if isinstance(adapter, Notifiable):
                    message_id = await adapter.notify(n.channel, n.text, key=n.key,
                                                      since=n.maybe_sent_since)
                else:
                    await adapter.report_error(n.channel, n.text)
                    message_id = "reported"
            except Exception as e:
                failure = classify(e, n.channel.platform)
                if failure.outcome is Outcome.CRASHED:
                    log.exception("adapter crashed", extra={"channel": str(n.channel)})
                if failure.outcome is Outcome.GONE or (
                    failure.outcome is not Outcome.RATE_LIMITED and n.attempts >= MAX_ATTEMPTS
                ):
                    await self._store.mark_notice_failed(n.id, failure.reason)
                    stats.failed += 1
                    continue
                delay = (failure.retry_after if failure.outcome is Outcome.RATE_LIMITED
                         else retry_delay(n.attempts))
                await self._store.mark_notice_retry(
                    n.id, failure.reason, self._clock() + timedelta(seconds=delay or 0.0))
                stats.retried += 1
                continue
            await self._store.mark_notice_sent(n.id, message_id, self._clock())
            stats.sent += 1
            log.info("feed alert sent", extra={"channel": str(n.channel), "key": n.key})
        return stats

    async def _send_channel(
        self,
        channel: ChannelRef,
        deliveries: Sequence[Delivery],
        stats: DispatchStats,
        deadline: datetime,
    ) -> None:
        adapter = self._adapters.get(channel.platform)
        settings = await self._store.channel_settings(channel)
        quiet_end = _quiet_end(settings, self._clock())
        if quiet_end is not None:
            await self._store.postpone([d.id for d in deliveries], quiet_end)
            stats.postponed += len(deliveries)
            log.info("quiet hours: deliveries held", extra={"channel": str(channel),
                     "count": len(deliveries), "until": quiet_end.isoformat()})
            return
        options = {s.feed_id: s.options
                   for s in await self._store.subscriptions_for_channel(channel)}
        for i, d in enumerate(deliveries):
            if self._clock() >= deadline:
                # Hand the rest back (no attempt counted) rather than race the lease.
                await self._store.postpone([r.id for r in deliveries[i:]], self._clock())
                stats.postponed += len(deliveries) - i
                return
            if adapter is None:
                await self._store.mark_retry(
                    d.id,
                    f"no {channel.platform!r} adapter is configured",
                    self._clock() + timedelta(seconds=NO_ADAPTER_RETRY),
                )
                stats.retried += 1
                continue
            others = [
                a for a in await self._store.story_articles(d.article.story_key)
                if a.id != d.article.id
            ]
            digest = digests.story_post(
                d.article, others, settings, options.get(d.article.feed_id or 0)
            )
            try:
                # A row an earlier lease may have posted is checked against the platform's
                # fresh state first (`since`), where the platform allows it.
                message_id = await adapter.post(
                    channel, digest, key=delivery_key(channel, d.article.story_key),
                    since=d.maybe_sent_since,
                )
            except Exception as e:
                failure = classify(e, channel.platform)
                if failure.outcome is Outcome.CRASHED:
                    log.exception("adapter crashed", extra={"channel": str(channel)})
                if failure.outcome is Outcome.GONE:
                    await self._store.disable_channel(channel, failure.reason)
                    for rest in deliveries[i:]:
                        await self._store.mark_failed(rest.id, failure.reason)
                    stats.failed += len(deliveries) - i
                    log.error("channel gone; subscriptions disabled",
                              extra={"channel": str(channel), "error": str(e)})
                    return
                if failure.outcome is Outcome.RATE_LIMITED:
                    # Not a failure: wait as told; this and later rows go back to the queue.
                    until = self._clock() + timedelta(seconds=failure.retry_after or 0.0)
                    for rest in deliveries[i:]:
                        await self._store.mark_retry(rest.id, failure.reason, until)
                    stats.retried += len(deliveries) - i
                    return
                await self._retry_or_fail(d, failure.reason, stats)
                continue
            await self._store.mark_sent([d.id], message_id, self._clock())
            stats.sent += 1
            log.info("delivered", extra={"channel": str(channel), "story": d.article.story_key,
                                         "message_id": message_id})

    async def _options(self, channel: ChannelRef, article: Article) -> FeedOptions | None:
        for sub in await self._store.subscriptions_for_channel(channel):
            if sub.feed_id == article.feed_id:
                return sub.options
        return None

    async def _retry_or_fail(self, d: Delivery, error: str, stats: DispatchStats) -> None:
        if d.attempts >= MAX_ATTEMPTS:
            await self._store.mark_failed(d.id, f"gave up after {d.attempts} attempts: {error}")
            stats.failed += 1
            log.error("delivery failed", extra={"delivery": d.id, "error": error})
        else:
            when = self._clock() + timedelta(seconds=retry_delay(d.attempts))
            await self._store.mark_retry(d.id, error, when)
            stats.retried += 1
            log.warning("delivery will be retried", extra={"delivery": d.id, "error": error})


def _quiet_end(settings: ChannelSettings, now: datetime) -> datetime | None:
    try:
        return roundups.quiet_hours_end(settings, now)
    except ConfigError as e:  # a bad stored setting must not block delivery
        log.warning("quiet hours ignored", extra={"channel": str(settings.channel),
                                                  "error": str(e)})
        return None
