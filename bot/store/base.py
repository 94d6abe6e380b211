"""The store contract. SQLite (embedded default) and PostgreSQL (scale-out) both implement it,
and one test suite (tests/bot/store/) runs against both.

Rules every implementation keeps:
- `ingest` is one transaction: feed state, new articles and their outbox rows land together or
  not at all, so a crash between steps loses nothing and duplicates nothing.
- Articles are unique per (feed, key); outbox rows are unique per (channel, story_key): one post
  per story per channel, however many feeds carry it.
- `lease_*` hand out rows to one worker at a time until the lease expires; a dead worker's rows
  come back after `lease_seconds`, or at once when it restarts under the same owner name and
  calls `release_leases`, or when another worker finds its held name free (`reap_worker`).
- A roundup is claimed (its held rows tagged with the roundup's key) before it is posted and
  finished after, so a crash in between re-posts exactly the same rows under the same key.
- Database failures surface as `StoreError`; a failed write leaves nothing behind.
- All datetimes are timezone-aware UTC.

The contract is split into the roles its callers use: the poller needs `IngestStore`, the
dispatcher `OutboxStore`, the roundup scheduler `RoundupStore`, chat commands `CatalogStore`,
the worker's housekeeping `WorkerStore`; `Store` is all of them (what a backend implements).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

from bot.core.types import (
    Article,
    ChannelRef,
    ChannelSettings,
    Delivery,
    Feed,
    FeedOptions,
    FeedUpdate,
    Filters,
    Notice,
    NoticeKind,
    PlannedDelivery,
    StoryRow,
    Subscription,
    WorkspaceSettings,
)


@dataclass(frozen=True, slots=True)
class IngestBatch:
    """One feed's part of `ingest_many`: what `ingest` takes for one feed."""

    feed_id: int
    update: FeedUpdate
    articles: Sequence[Article]
    deliveries: Sequence[PlannedDelivery]
    listed: Sequence[str] | None = None


# Called by `ingest_many` under the ingest lock, with the batches' rows inserted but not yet
# committed: the batches' final articles (same order), whose story keys may differ from the
# ones given (another worker committed the story meanwhile: see bot/ingest/stories.py).
# `confirm` reads the story log through the transaction's connection (no wait for another):
# rows committed after a log position, at most `limit` (`story_rows(after_id=…)`).
StoryReader = Callable[[int, int], Awaitable[list[StoryRow]]]
Confirm = Callable[[StoryReader], Awaitable[Sequence[Sequence[Article]]]]


class Channels(Protocol):
    """What every stage reads of channels and stories."""

    async def channel_settings(self, channel: ChannelRef) -> ChannelSettings: ...

    async def disable_channel(self, channel: ChannelRef, reason: str) -> int:
        """Disable every subscription of a channel (it is gone); returns how many."""

    async def story_articles(self, story_key: str) -> list[Article]:
        """The story's built articles, oldest first (its coverage)."""

    async def subscriptions_for_channel(self, channel: ChannelRef) -> list[Subscription]: ...

    async def channel_workspace(self, channel: ChannelRef) -> str | None:
        """The workspace the channel's commands came from (None: never seen one)."""

    async def workspace_settings(self, workspace: str) -> WorkspaceSettings: ...


class NoticeStore(Channels, Protocol):
    """Feed alerts: queued by the poller (idempotent per key), sent by the dispatcher."""

    async def queue_notices(self, notices: Sequence[Notice], now: datetime) -> int:
        """Queue notices; one whose key exists already is skipped. Returns how many."""

    async def last_notice_kinds(self, feed_id: int) -> dict[ChannelRef, NoticeKind]:
        """The kind of the latest notice queued per channel about the feed."""

    async def lease_notices(
        self, now: datetime, *, limit: int, owner: str, lease_seconds: float
    ) -> list[Notice]: ...

    async def mark_notice_sent(self, notice_id: int, message_id: str, now: datetime) -> None: ...

    async def mark_notice_retry(self, notice_id: int, error: str, when: datetime) -> None: ...

    async def mark_notice_failed(self, notice_id: int, error: str) -> None: ...


class FeedState(NoticeStore, Protocol):
    """A feed's fetch state and followers: the poller's, and chat's when (un)following
    re-enables or parks a feed."""

    async def update_feed(self, feed_id: int, update: FeedUpdate) -> None:
        """Store fetch state and release the lease."""

    async def subscriptions_for_feed(self, feed_id: int) -> list[Subscription]:
        """Enabled subscriptions only."""

    async def followers_of(
        self, feed_ids: Sequence[int]
    ) -> tuple[dict[int, list[Subscription]], dict[ChannelRef, ChannelSettings]]:
        """Enabled subscriptions of each feed (every id a key), and the settings of their
        channels (defaults for a channel never configured): two statements for a batch."""


class IngestStore(FeedState, Protocol):
    """The poller: due feeds, what they already gave us, and storing what is new."""

    async def lease_due_feeds(
        self, now: datetime, *, limit: int, owner: str, lease_seconds: float
    ) -> list[Feed]: ...

    async def has_articles(self, feed_id: int) -> bool:
        """Whether the feed has built articles (backlog rows alone do not count: a first poll
        whose commit failed after its backlog was stored is still a first poll)."""

    async def store_seen(
        self, feeds: Sequence[tuple[int, Sequence[Article]]], now: datetime
    ) -> None:
        """Store backlog rows (`Article.built` false: no story, no delivery) of several feeds,
        (feed id, rows) pairs, in one transaction without the ingest lock and without the
        feeds' state; keys already stored are skipped. A first poll's backlog is most of its
        rows: stored so, they keep the lock for story commits."""

    async def entry_hashes(self, feed_id: int, keys: Sequence[str]) -> dict[str, str | None]:
        """Known items of the feed among `keys`, with the entry hash they were stored with.

        Pruned items the feed still lists are known too, with hash None: never new again.
        So are backlog rows (`Article.built` false): never new again, and never revised.
        """

    async def all_entry_hashes(self, feed_id: int) -> dict[str, str | None]:
        """`entry_hashes` of every key the feed has stored (a first poll's: none, or the
        backlog rows of a first poll whose commit failed), read before its body is parsed."""

    async def feeds_with_articles(self, feed_ids: Sequence[int]) -> set[int]:
        """`has_articles` of several feeds in one statement: the ids of those that have."""

    async def all_entry_hashes_of(
        self, feed_ids: Sequence[int]
    ) -> dict[int, dict[str, str | None]]:
        """`all_entry_hashes` of several feeds in one statement (every id a key): a cold
        cycle's first polls read theirs when it begins, not two statements a feed."""

    async def revise_articles(self, feed_id: int, articles: Sequence[Article]) -> int:
        """Replace stored articles whose entry changed (same key and story); posts of them are
        flagged for an edit. Returns how many posted messages need one."""

    async def ingest(
        self, feed_id: int, update: FeedUpdate, articles: Sequence[Article],
        deliveries: Sequence[PlannedDelivery], now: datetime, *,
        listed: Sequence[str] | None = None,
    ) -> int:
        """Atomically store feed state, new articles and their outbox rows; returns rows queued.

        `listed` is every entry key the feed lists right now: pruned keys it no longer lists
        are forgotten (see `prune`). None, or an empty listing (a feed briefly serving no
        items), leaves them alone.

        Articles whose key is already stored for the feed and deliveries whose (channel,
        story_key) already exists are skipped silently.
        """

    async def ingest_many(
        self, batches: Sequence[IngestBatch], now: datetime, *, confirm: Confirm | None = None
    ) -> tuple[list[int], int | None]:
        """`ingest` for several feeds in one transaction (the poller commits the feeds decided
        meanwhile together): rows queued per batch, and the story log position of the last
        built article stored (None: no built article was new; see `story_rows`).

        Feed state, article rows and outbox rows are written first; the ingest lock is taken
        (when a built article is new) only for the rest, and held until the commit: `confirm`
        is called under it and may change story keys (the rows and their outbox rows follow),
        then the articles' story log rows are written. So two workers never give one story two
        keys, and log positions follow commit order."""

    async def story_rows(
        self, *, since: datetime | None = None, after_id: int | None = None, limit: int = 10_000
    ) -> list[StoryRow]:
        """Articles for the story index in commit order, oldest first: committed after log
        position `after_id` (a `StoryRow.id`), or the newest `limit` fetched since `since`.
        Built articles only: backlog rows are no story."""


class OutboxStore(NoticeStore, Protocol):
    """The dispatcher: outbox rows leased, sent, retried, failed or postponed."""

    async def lease_deliveries(
        self, now: datetime, *, limit: int, owner: str, lease_seconds: float
    ) -> list[Delivery]:
        """Pending rows due now, oldest first."""

    async def lease_story_updates(
        self, now: datetime, *, limit: int, owner: str, lease_seconds: float
    ) -> list[Delivery]:
        """Sent rows whose story another outlet covered since: their message gets edited."""

    async def mark_updated(self, delivery_id: int) -> None: ...

    async def mark_sent(
        self, delivery_ids: Sequence[int], message_id: str, now: datetime
    ) -> None: ...

    async def mark_retry(
        self, delivery_id: int, error: str, next_attempt_at: datetime
    ) -> None: ...

    async def mark_failed(self, delivery_id: int, error: str) -> None: ...

    async def postpone(self, delivery_ids: Sequence[int], until: datetime) -> None:
        """Release leased rows until `until` without counting an attempt (quiet hours)."""

    async def release_held(self, channel: ChannelRef) -> int:
        """Held rows of a channel that left roundup mode become pending; returns how many."""

    async def delivery_counts(self) -> dict[str, int]: ...


class RoundupStore(OutboxStore, Protocol):
    """The roundup scheduler: a channel's held rows posted together at its slots."""

    async def channels(self) -> list[ChannelRef]:
        """Every channel with at least one subscription."""

    async def last_roundup(self, channel: ChannelRef) -> datetime | None:
        """The slot of the channel's last finished roundup (None: never)."""

    async def set_last_roundup(self, channel: ChannelRef, slot_at: datetime) -> None: ...

    async def claim_roundup(
        self, channel: ChannelRef, key: str, *, owner: str, now: datetime, lease_seconds: float
    ) -> tuple[str, list[Delivery]] | None:
        """Lease the channel's roundup and tag its held rows with `key`.

        If rows are still tagged from an unfinished roundup (a crash after claiming), that key
        and those rows are returned instead, so the same post is retried. None: another worker
        holds the lease.
        """

    async def finish_roundup(
        self, channel: ChannelRef, key: str, *, sent_ids: Sequence[int], message_id: str | None,
        slot_at: datetime | None, now: datetime,
    ) -> None:
        """Rows tagged `key`: those in `sent_ids` become sent, the rest "skipped" (not in the
        top N); `slot_at` (if given) becomes the last roundup; the lease is released."""


class CatalogStore(FeedState, Protocol):
    """Chat commands and the CLI: feeds, subscriptions, channel settings, article lookups."""

    async def add_feed(
        self, url: str, *, name: str | None = None, interval: int | None = None,
        trusted: bool = False, full_text: bool = False,
    ) -> tuple[Feed, bool]:
        """Insert or re-enable a feed by URL; returns (feed, created)."""

    async def get_feed(self, feed_id: int) -> Feed | None: ...

    async def find_feed(self, ref: str) -> Feed | None:
        """By id, exact URL or case-insensitive name."""

    async def list_feeds(self) -> list[Feed]: ...

    async def subscribe(
        self, channel: ChannelRef, feed_id: int, filters: Filters | None = None
    ) -> tuple[Subscription, bool]:
        """Subscribe (or re-enable a disabled subscription); returns (it, created). Filters
        given replace the stored ones; None keeps them."""

    async def unsubscribe(self, channel: ChannelRef, feed_id: int) -> bool: ...

    async def set_filters(self, subscription_id: int, filters: Filters) -> None: ...

    async def set_options(self, subscription_id: int, options: FeedOptions) -> None: ...

    async def save_workspace_settings(self, settings: WorkspaceSettings) -> None: ...

    async def set_channel_workspace(self, channel: ChannelRef, workspace: str) -> None: ...

    async def save_channel_settings(self, settings: ChannelSettings) -> None: ...

    async def get_article(self, ref: str) -> Article | None:
        """By row id or key/story_key prefix (as shown to users)."""

    async def latest_articles(
        self, *, limit: int, channel: ChannelRef | None = None, since: datetime | None = None
    ) -> list[Article]:
        """Newest first; built articles only (a first poll's backlog is history, not news)."""

    async def search(
        self, query: str, *, limit: int, channel: ChannelRef | None = None
    ) -> list[Article]: ...


class WorkerStore(Protocol):
    """A worker's housekeeping: its name, dead workers' leases, pruning."""

    async def release_leases(self, owner: str) -> None:
        """Drop every lease `owner` holds: a restarted worker takes its own work back at once."""

    async def hold_worker_name(self, name: str | None, *, host: str) -> tuple[str, bool]:
        """Hold `name` (or, if None, the first free `host#N`) until close(): no other live
        worker of this database can hold it. Returns (name, held); not held: `name` is held by
        a running worker, or none could be held (then a unique `host:pid`)."""

    async def worker_name_held(self) -> bool:
        """Whether we still hold our name (False: another worker took it; stop working)."""

    async def dead_workers(self, me: str) -> list[str]:
        """Registered worker names nobody holds now: those workers are dead."""

    async def reap_worker(self, name: str) -> bool:
        """Release a dead worker's leases (holding its name meanwhile); False if it is back."""

    async def prune(self, before: datetime) -> int:
        """Delete articles fetched before `before` (and their delivered rows); returns count.

        Articles still waiting in the outbox are kept. The keys of deleted articles are kept
        (as pruned keys) until their feed stops listing them, so they never come back as new.
        """


@runtime_checkable
class Store(IngestStore, RoundupStore, CatalogStore, WorkerStore, Protocol):
    """Every role: what a backend implements (bot/store/sqlite.py, bot/store/postgres.py)."""

    async def open(self) -> None:
        """Connect and apply pending migrations."""

    async def close(self) -> None: ...

    async def schema_version(self) -> int: ...
