"""Exactly once on Slack: find a message of ours by its idempotency key before posting.

Every message carries its key in `metadata`. A key this process has not confirmed is looked
up in the channel's last 20 messages first (one read per channel serves for a minute), so a
resend after a crash returns the existing message instead of posting twice. A story an earlier
lease may have posted (`since`: a crashed or replaced worker) is looked up in the channel's
*fresh* history since that lease began, every page of it, never in the cached snapshot:
another worker may have posted it a moment ago. Only our own bot's messages count.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from adapters.slack_api import MissingScope, SlackApi
from bot.core.errors import ChannelGone

log = logging.getLogger(__name__)

METADATA_EVENT = "newsbrief_story"
HISTORY_LOOKBACK = 20
HISTORY_TTL = 60.0  # seconds one history read of a channel answers duplicate checks
HISTORY_PAGE = 200  # messages per page of a fresh history check (Slack allows up to 999)
HISTORY_MAX_PAGES = 25  # a fresh check reads at most this many pages (5,000 messages)
CLOCK_SKEW = 60.0  # seconds our clock may be ahead of Slack's; a fresh check starts this early


class SlackHistory:
    def __init__(self, api: SlackApi, clock: Callable[[], float] = time.monotonic) -> None:
        self._api = api
        self._clock = clock
        self._cache: dict[str, tuple[float, dict[str, str]]] = {}  # channel → (until, keys)
        self.bot_user_id: str | None = None  # set once auth.test has answered
        self.bot_id: str | None = None

    async def find_by_key(self, channel_id: str, key: str) -> str | None:
        """The ts of a recent message of ours carrying `key`, if Slack already has one.

        One history read per channel serves for HISTORY_TTL seconds: whatever this process
        posts meanwhile the adapter remembers, and only rows no earlier lease can have posted
        come this way (the others go through `find_fresh`), so the snapshot cannot miss a
        duplicate.
        """
        now = self._clock()
        cached = self._cache.get(channel_id)
        if cached is not None and cached[0] > now:
            return cached[1].get(key)
        client = self._api.client
        try:
            response = await self._api.call(
                "conversations.history", channel_id,
                lambda: client.conversations_history(
                    channel=channel_id, limit=HISTORY_LOOKBACK, include_all_metadata=True
                ),
            )
        except (ChannelGone, MissingScope) as e:
            # No history access (scope, or chat:write.public without joining) is not proof
            # that posting fails: post, and let chat.postMessage say whether the channel is gone.
            log.warning("cannot check channel history for duplicates; posting anyway",
                        extra={"channel": channel_id, "error": str(e)})
            return None
        keys = {
            k: str(m["ts"]) for m in response.get("messages") or []
            if self.is_ours(m) and (k := metadata_key(m))
        }
        self._cache[channel_id] = (now + HISTORY_TTL, keys)
        return keys.get(key)

    async def find_fresh(self, channel_id: str, key: str, since: datetime) -> str | None:
        """The ts of our message carrying `key` posted since `since`, read from Slack now.

        For a row an earlier lease may have posted: another worker may have posted it seconds
        ago, so no cache is trusted. Every page since then is read (a busy channel may have
        had more than a screenful of messages since).
        """
        oldest = f"{since.timestamp() - CLOCK_SKEW:.6f}"
        cursor: str | None = None
        client = self._api.client
        for _ in range(HISTORY_MAX_PAGES):
            try:
                response = await self._api.call(
                    "conversations.history", channel_id,
                    lambda c=cursor: client.conversations_history(  # type: ignore[misc]
                        channel=channel_id, oldest=oldest, inclusive=True, limit=HISTORY_PAGE,
                        include_all_metadata=True, cursor=c,
                    ),
                )
            except (ChannelGone, MissingScope) as e:
                log.warning("cannot check channel history for duplicates; posting anyway",
                            extra={"channel": channel_id, "error": str(e)})
                return None
            for m in response.get("messages") or []:
                if self.is_ours(m) and metadata_key(m) == key:
                    log.info("posted by an earlier attempt; not posting again",
                             extra={"channel": channel_id, "key": key, "ts": m["ts"]})
                    return str(m["ts"])
            cursor = (response.get("response_metadata") or {}).get("next_cursor")
            if not response.get("has_more") or not cursor:
                return None
        log.warning("too many messages since the earlier attempt to check them all; posting",
                    extra={"channel": channel_id, "key": key})
        return None

    async def thread_keys(self, channel_id: str, parent_ts: str) -> set[str]:
        """Keys of our replies in a thread (a resend of a threaded roundup fills in the rest)."""
        client = self._api.client
        try:
            response = await self._api.call(
                "conversations.replies", channel_id,
                lambda: client.conversations_replies(
                    channel=channel_id, ts=parent_ts, limit=200, include_all_metadata=True
                ),
            )
        except (ChannelGone, MissingScope):
            return set()
        messages = response.get("messages") or []
        return {k for m in messages if self.is_ours(m) and (k := metadata_key(m))}

    def is_ours(self, message: dict[str, Any]) -> bool:
        """Only our own bot's messages count: another app cannot suppress a story by copying
        its metadata."""
        if self.bot_user_id is None:
            return True
        return message.get("user") == self.bot_user_id or (
            self.bot_id is not None and message.get("bot_id") == self.bot_id
        )


def metadata_key(message: dict[str, Any]) -> str | None:
    metadata = message.get("metadata") or {}
    if metadata.get("event_type") != METADATA_EVENT:
        return None
    key = (metadata.get("event_payload") or {}).get("key")
    return key if isinstance(key, str) else None
