"""Scheduled roundups and quiet hours.

The pure part (`next_roundup_at`, `last_roundup_slot`, `in_quiet_hours`, `quiet_hours_end`)
turns a channel's local wall-clock settings into UTC instants with zoneinfo, DST-correct:
- a time that does not exist that day (02:30 on the spring-forward Sunday in Europe/Berlin)
  happens once, shifted forward by the gap (03:30 local, the same UTC instant as 01:30 UTC);
- a time that exists twice (02:30 on the fall-back Sunday) happens once, at its first
  occurrence (CEST).

`RoundupScheduler.run_once()` is the step the worker calls each tick: for every channel in
roundup mode whose slot has passed since its last roundup, it claims the held rows, posts one
roundup `Digest` under the key `roundup:{channel}:{slot}` and marks the rows. A crash between
claim and finish re-posts the same rows under the same key (the platform deduplicates).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.core.adapter import Adapter
from bot.core.errors import ConfigError
from bot.core.types import Article, ChannelRef, ChannelSettings, Delivery, Digest, FeedOptions
from bot.deliver import digest as digests
from bot.deliver.outcome import Outcome, classify
from bot.store.base import RoundupStore

log = logging.getLogger(__name__)


def _hhmm(text: str) -> time:
    try:
        hour, minute = text.split(":")
        return time(int(hour), int(minute))
    except ValueError:
        raise ConfigError(f"invalid local time {text!r}: use HH:MM, e.g. 08:00") from None


def _zone(settings: ChannelSettings) -> ZoneInfo:
    try:
        return ZoneInfo(settings.timezone)
    except (KeyError, ValueError):
        raise ConfigError(
            f"unknown timezone {settings.timezone!r}: use e.g. Europe/Berlin"
        ) from None


def local_instant(day: date, at: time, tz: ZoneInfo) -> datetime:
    """The UTC instant of local `day` `at`. fold=0: a skipped time lands after the gap (its
    pre-transition offset), a repeated time is its first occurrence."""
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC)


def _slots_around(settings: ChannelSettings, moment: datetime) -> list[datetime]:
    tz = _zone(settings)
    today = moment.astimezone(tz).date()
    times = sorted({_hhmm(t) for t in settings.roundup_times})
    return sorted(
        {local_instant(today + timedelta(days=d), t, tz) for d in range(-2, 3) for t in times}
    )


def next_roundup_at(settings: ChannelSettings, after: datetime) -> datetime:
    """The first roundup instant strictly after `after` (UTC)."""
    if not settings.roundup_times:
        raise ConfigError("a roundup channel needs at least one roundup time, e.g. 08:00")
    return next(s for s in _slots_around(settings, after) if s > after)


def last_roundup_slot(settings: ChannelSettings, now: datetime) -> datetime | None:
    """The latest roundup instant at or before `now` (UTC); None without roundup times."""
    if not settings.roundup_times:
        return None
    return max(s for s in _slots_around(settings, now) if s <= now)


def _quiet_window(settings: ChannelSettings) -> tuple[time, time] | None:
    if not settings.quiet_hours:
        return None
    start, end = (_hhmm(t) for t in settings.quiet_hours)
    return None if start == end else (start, end)  # "22:00-22:00" is no window at all


def in_quiet_hours(settings: ChannelSettings, now: datetime) -> bool:
    """Whether local wall-clock time is inside [start, end); windows may cross midnight."""
    window = _quiet_window(settings)
    if window is None:
        return False
    start, end = window
    local = now.astimezone(_zone(settings)).time().replace(tzinfo=None)
    if start < end:
        return start <= local < end
    return local >= start or local < end


def roundup_times_in_quiet_hours(settings: ChannelSettings) -> tuple[str, ...]:
    """Roundup times (local HH:MM) that fall inside the quiet hours: a contradiction we refuse
    when it is configured, rather than guess which of the two settings the admin meant."""
    window = _quiet_window(settings)
    if window is None:
        return ()
    start, end = window
    inside = (lambda t: start <= t < end) if start < end else (lambda t: t >= start or t < end)
    return tuple(t for t in settings.roundup_times if inside(_hhmm(t)))


def quiet_hours_end(settings: ChannelSettings, now: datetime) -> datetime | None:
    """When the current quiet hours end (UTC); None if `now` is not in quiet hours."""
    window = _quiet_window(settings)
    if window is None or not in_quiet_hours(settings, now):
        return None
    tz = _zone(settings)
    today = now.astimezone(tz).date()
    ends = (local_instant(today + timedelta(days=d), window[1], tz) for d in range(3))
    return min(at for at in ends if at > now)


def roundup_key(channel: ChannelRef, slot: datetime) -> str:
    """Idempotency key of one roundup: stable across retries, restarts and workers."""
    return f"roundup:{channel}:{slot.astimezone(UTC).strftime('%Y-%m-%dT%H:%MZ')}"


def roundup_title(settings: ChannelSettings, slot: datetime) -> str:
    local = slot.astimezone(_zone(settings))
    return f"News roundup · {local:%a %d %b %H:%M} {local.tzname()}"


def build_roundup(
    rows: Sequence[Delivery],
    coverage: Mapping[str, Sequence[Article]],
    settings: ChannelSettings,
    slot: datetime,
    options: Mapping[int, FeedOptions] | None = None,
) -> tuple[Digest, list[int]]:
    """The roundup of held rows (top `roundup_size` stories) and the row ids it includes.

    `coverage` maps story_key → every stored article on that story (other outlets), so the
    ranking counts cross-outlet coverage. Pure.
    """
    articles: list[Article] = []
    for row in rows:
        articles.append(row.article)  # first in its group: the article this channel accepted
        articles += [a for a in coverage.get(row.article.story_key, ()) if a.id != row.article.id]
    digest = digests.roundup(
        articles, title=roundup_title(settings, slot), limit=settings.roundup_size,
        timezone=settings.timezone, now=slot,
        format_of=digests.formats_by_feed(settings, options or {}),
    )
    included = {item.story_key for item in digest.items}
    ids = [r.id for r in rows if r.article.story_key in included]
    # The feeds' mentions, once each, in the order of their stories: whoever asked to be told
    # about a feed is told when a roundup carries one of its stories.
    chosen = options or {}
    feeds = {r.article.story_key: r.article.feed_id for r in reversed(rows)}
    mentions = dict.fromkeys(
        o.mention for item in digest.items
        if (o := chosen.get(feeds.get(item.story_key) or 0)) is not None and o.mention
    )
    return replace(digest, mentions=tuple(mentions)), ids


@dataclass
class RoundupStats:
    posted: int = 0
    stories: int = 0
    skipped: int = 0
    empty: int = 0
    errors: int = 0


class RoundupScheduler:
    def __init__(
        self,
        store: RoundupStore,
        adapters: Mapping[str, Adapter],
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        owner: str = "worker",
        lease_seconds: float = 300.0,
        every: float = 30.0,
    ) -> None:
        self._store = store
        self._adapters = adapters
        self._clock = clock
        self._owner = owner
        self._lease = lease_seconds
        self._retry_at: dict[ChannelRef, datetime] = {}  # backoff after a failed post
        self._every = timedelta(seconds=every)
        self._next_run: datetime | None = None

    async def run_once(self, *, force: bool = False) -> RoundupStats:
        """Check every channel; between checks at most every `every` seconds it does nothing
        (roundups are minute-precise; the worker ticks faster)."""
        stats = RoundupStats()
        now = self._clock()
        if not force and self._next_run is not None and now < self._next_run:
            return stats
        self._next_run = now + self._every
        for channel in await self._store.channels():
            settings = await self._store.channel_settings(channel)
            if settings.mode != "roundup":
                # Switched back to instant: what was held for a roundup goes out now.
                if released := await self._store.release_held(channel):
                    log.info("held stories released", extra={"channel": str(channel),
                                                             "count": released})
                continue
            try:
                await self._run_channel(channel, settings, stats)
            except ConfigError as e:  # a bad stored time or zone must not stop other channels
                log.error("roundup settings invalid", extra={"channel": str(channel),
                                                             "error": str(e)})
                stats.errors += 1
        return stats

    async def _run_channel(
        self, channel: ChannelRef, settings: ChannelSettings, stats: RoundupStats
    ) -> None:
        now = self._clock()
        if (retry := self._retry_at.get(channel)) and now < retry:
            return
        last = await self._store.last_roundup(channel)
        if last is None:
            # A channel new to roundups starts counting now: its first roundup is the next slot.
            await self._store.set_last_roundup(channel, now)
            return
        slot = last_roundup_slot(settings, now)
        if slot is None or slot <= last:
            return
        current = roundup_key(channel, slot)
        for _ in range(2):  # at most one leftover roundup (from a crash) before the current one
            claim = await self._store.claim_roundup(
                channel, current, owner=self._owner, now=now, lease_seconds=self._lease
            )
            if claim is None:
                return  # another worker is posting it
            key, rows = claim
            is_current = key == current
            if not await self._post(channel, settings, key, rows, slot, is_current, stats):
                return
            if is_current:
                return

    async def _post(
        self,
        channel: ChannelRef,
        settings: ChannelSettings,
        key: str,
        rows: Sequence[Delivery],
        slot: datetime,
        is_current: bool,
        stats: RoundupStats,
    ) -> bool:
        slot_at = slot if is_current else None
        if not rows:
            stats.empty += 1
            await self._store.finish_roundup(channel, key, sent_ids=[], message_id=None,
                                             slot_at=slot_at, now=self._clock())
            return True
        adapter = self._adapters.get(channel.platform)
        if adapter is None:
            return self._backoff(channel, f"no {channel.platform!r} adapter", 300.0, stats)
        coverage = {r.article.story_key: await self._store.story_articles(r.article.story_key)
                    for r in rows}
        options = {s.feed_id: s.options
                   for s in await self._store.subscriptions_for_channel(channel)}
        digest, sent_ids = build_roundup(rows, coverage, settings, slot, options)
        try:
            # A resumed claim (a crash after claiming) may have been posted: check first.
            resumed = [r.maybe_sent_since for r in rows if r.maybe_sent_since is not None]
            message_id = await adapter.post(
                channel, digest, key=key, since=min(resumed) if resumed else None
            )
        except Exception as e:
            failure = classify(e, channel.platform)
            if failure.outcome is Outcome.CRASHED:
                log.exception("adapter crashed posting a roundup", extra={"channel": str(channel)})
            if failure.outcome is not Outcome.GONE:
                delay = failure.retry_after if failure.retry_after is not None else 60.0
                return self._backoff(channel, failure.reason, delay, stats)
            await self._store.disable_channel(channel, failure.reason)
            for row in rows:
                await self._store.mark_failed(row.id, failure.reason)
            await self._store.finish_roundup(channel, key, sent_ids=[], message_id=None,
                                             slot_at=slot_at, now=self._clock())
            stats.errors += 1
            log.error("channel gone; subscriptions disabled", extra={"channel": str(channel)})
            return False
        await self._store.finish_roundup(channel, key, sent_ids=sent_ids, message_id=message_id,
                                         slot_at=slot_at, now=self._clock())
        self._retry_at.pop(channel, None)
        stats.posted += 1
        stats.stories += len(sent_ids)
        stats.skipped += len(rows) - len(sent_ids)
        log.info("roundup posted", extra={"channel": str(channel), "key": key,
                                          "stories": len(sent_ids), "message_id": message_id})
        return True

    def _backoff(self, channel: ChannelRef, error: str, delay: float, stats: RoundupStats) -> bool:
        # The claim stays: the retry posts the same rows under the same key.
        self._retry_at[channel] = self._clock() + timedelta(seconds=delay)
        stats.errors += 1
        log.warning("roundup will be retried", extra={"channel": str(channel), "error": error,
                                                      "retry_in": delay})
        return False
