"""Adding a feed and subscribing a channel: the one service behind `newsbrief feeds add`,
`/news feeds add` and OPML import (CLI and chat), so the same URL gets the same answer.

A URL is checked before anything is stored:
- definitely wrong — refused with the reason and the fix: a URL the guard refuses, HTTP 404 or
  410, a host that does not exist (NXDOMAIN), a web page or other bytes that are not a feed;
- maybe temporary — added, with a warning, and polled with backoff: a timeout, a refused
  connection, a 5xx, a 429, a DNS server that did not answer.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.core.errors import (
    BlockedURLError,
    CommandError,
    FeedError,
    FetchError,
    NotAFeedError,
    ParseError,
)
from bot.core.types import ChannelRef, Feed, FeedUpdate
from bot.ingest.urlguard import validate_feed_url
from bot.store.base import CatalogStore

# Fetches (and parses) a URL the way the poller will; raises FeedError subclasses.
Probe = Callable[[str], Awaitable[object]]

CHECK_CONCURRENCY = 8  # OPML imports check their feeds this many at a time


# disabled_reason of a feed nobody follows: not fetched until a channel follows it again.
NO_FOLLOWERS = "no channel follows it"


class FeedRefused(CommandError):
    """A URL that will not work as given; the message says why and what to do."""

    def __init__(self, url: str, message: str) -> None:
        super().__init__(message)
        self.url = url


@dataclass(frozen=True, slots=True)
class Checked:
    url: str  # normalised
    warning: str | None = None  # it may work later: added anyway


@dataclass(frozen=True, slots=True)
class Added:
    feed: Feed
    created: bool  # a new feed (else one already known)
    subscribed: bool  # the channel did not follow it before
    warning: str | None = None

    def message(self) -> str:
        name = f"{self.feed.display_name} (feed #{self.feed.id})"
        if self.created:
            text = f"Added {name}. New stories appear here."
        elif self.subscribed:
            text = f"This channel now follows {name}. New stories appear here."
        else:
            text = f"Already following {name}."
        return text + (f"\nWarning: {self.warning}" if self.warning else "")


def blocked(verb: str, url: str, error: BlockedURLError) -> str:
    """"cannot add <url>: <why>" — without the error's own "refused <url>: " again."""
    return f"cannot {verb} {url}: " + str(error).removeprefix(f"refused {error.url}: ")


def refusal(url: str, error: FeedError, *, verb: str = "add") -> FeedRefused | None:
    """The refusal for a definite error; None when the failure may be temporary. `verb`: what
    could not be done ("add", "preview")."""
    if isinstance(error, BlockedURLError):
        return FeedRefused(url, blocked(verb, url, error))
    if isinstance(error, NotAFeedError):
        if error.alternates:
            options = "\n".join(f"• {u}" for u in error.alternates[:5])
            return FeedRefused(
                url, f"{url} is a web page, not a feed. It advertises these feeds; {verb} one:"
                f"\n{options}")
        return FeedRefused(url, f"{url} is a web page, not a feed, and lists none: look on the "
                                f"site for an RSS, Atom or JSON Feed link and {verb} that address")
    if isinstance(error, ParseError):
        return FeedRefused(url, f"{url} is not a feed ({error}): add the address of the site's "
                                "RSS, Atom or JSON feed")
    if isinstance(error, FetchError):
        if error.no_such_host:
            return FeedRefused(url, f"cannot {verb} {url}: {error}; check the spelling of the "
                                    "address")
        if error.status in (404, 410):
            return FeedRefused(url, f"cannot {verb} {url}: {error}; check the address (copy the "
                                    "feed link from the site) or find the site's current feed")
    return None


async def check_feed(url: str, probe: Probe | None, *, allow_private_networks: bool) -> Checked:
    """Refuse (FeedRefused) or accept `url`, with a warning when it failed in a way that may
    pass. Without a probe (no network at hand) only the URL's form is checked."""
    try:
        url = validate_feed_url(url, allow_private_networks=allow_private_networks)
    except BlockedURLError as e:
        raise FeedRefused(url, blocked("add", url, e)) from e
    if probe is None:
        return Checked(url)
    try:
        await probe(url)
    except FeedError as e:
        refused = refusal(url, e)
        if refused is not None:
            raise refused from e
        return Checked(url, f"it could not be fetched just now ({e}); it is added and will be "
                            "retried with backoff")
    return Checked(url)


async def check_feeds(
    urls: Sequence[str], probe: Probe | None, *, allow_private_networks: bool
) -> list[Checked | FeedRefused]:
    """`check_feed` for many URLs (an OPML import), a few at a time; results in input order."""
    gate = asyncio.Semaphore(CHECK_CONCURRENCY)

    async def one(url: str) -> Checked | FeedRefused:
        async with gate:
            try:
                return await check_feed(url, probe, allow_private_networks=allow_private_networks)
            except FeedRefused as e:
                return e

    return list(await asyncio.gather(*(one(u) for u in urls)))


async def add_and_subscribe(
    store: CatalogStore,
    channel: ChannelRef,
    checked: Checked,
    *,
    name: str | None = None,
    interval: int | None = None,
    trusted: bool = False,
    full_text: bool = False,
) -> Added:
    """Store a checked feed (or find it) and subscribe `channel`. Idempotent."""
    feed, created = await store.add_feed(
        checked.url, name=name, interval=interval, trusted=trusted, full_text=full_text
    )
    _, subscribed = await store.subscribe(channel, feed.id)
    return Added(feed, created, subscribed, checked.warning)


async def follow(store: CatalogStore, channel: ChannelRef, feed: Feed, now: datetime) -> bool:
    """Subscribe `channel` to a known feed; a feed paused for want of followers is fetched
    again at once. True if the channel did not follow it before."""
    _, subscribed = await store.subscribe(channel, feed.id)
    if feed.disabled_reason == NO_FOLLOWERS:
        await store.update_feed(feed.id, feed_state(feed, disabled_reason=None, next_fetch_at=now))
    return subscribed


async def unfollow(store: CatalogStore, channel: ChannelRef, feed: Feed, now: datetime) -> str:
    """Unsubscribe `channel`; the last follower leaving pauses the feed (no fetches for nobody).
    Returns what happened, for the reply. Refuses when the channel did not follow it."""
    if not await store.unsubscribe(channel, feed.id):
        raise CommandError(f"this channel does not follow {feed.display_name}; nothing changed "
                           "(`/news sources` lists what it follows)")
    text = f"This channel no longer follows {feed.display_name}."
    if not await store.subscriptions_for_feed(feed.id):
        await store.update_feed(feed.id, feed_state(feed, disabled_reason=NO_FOLLOWERS,
                                               next_fetch_at=feed.next_fetch_at or now))
        text += " No channel follows it now, so it is no longer fetched."
    return text


def feed_state(feed: Feed, *, disabled_reason: str | None, next_fetch_at: datetime) -> FeedUpdate:
    """The feed's stored state, unchanged but for these two."""
    return FeedUpdate(
        url=feed.url, next_fetch_at=next_fetch_at, last_fetched_at=feed.last_fetched_at,
        last_success_at=feed.last_success_at, error_count=feed.error_count,
        last_error=feed.last_error, disabled_reason=disabled_reason, etag=feed.etag,
        last_modified=feed.last_modified, content_hash=feed.content_hash,
    )
