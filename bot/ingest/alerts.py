"""Feed alerts: tell the channels that follow a feed when it breaks, and when it works again.

A feed *breaks* when it is disabled (`poll.max_errors` errors in a row, 410 Gone, moved to a
web page that is no feed) or has failed for a day; it *recovers* on the next success. Each
channel that follows it gets one short notice with the reason and the fix, and one when it
recovers — only if it got the first. Notices go where the channel's workspace says
(`/news workspace alerts on|off|here|<channel>`) and are unique per feed, channel and UTC day: never
more than one a day (a second one that day waits for the next free day), and queuing the same
notice twice (a crash, two workers) queues it once.
They are queued before the feed's new state is stored, so a crash in between loses none.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.errors import FeedError, NotAFeedError
from bot.core.types import ChannelRef, Feed, FeedUpdate, Notice, NoticeKind, workspace_key
from bot.store.base import NoticeStore

FAILING_FOR = timedelta(days=1)


def transition(feed: Feed, update: FeedUpdate, now: datetime) -> NoticeKind | None:
    """What this attempt changed for the channels: it broke, it recovered, or nothing. Pure."""
    if update.error_count == 0 and update.disabled_reason is None:
        return "recovered" if (feed.error_count or feed.last_error) else None
    if update.disabled_reason and not feed.disabled_reason:
        return "broken"
    since = feed.last_success_at or feed.created_at
    if update.error_count and since is not None and now - since >= FAILING_FOR:
        return "broken"
    return None


def notice_text(
    feed: Feed, update: FeedUpdate, kind: NoticeKind, error: FeedError | None = None
) -> str:
    """One short notice: what happened and the fix."""
    name = f"{feed.display_name} (feed #{feed.id})"
    if kind == "recovered":
        return f"{name} works again; its new stories will appear as usual."
    if update.disabled_reason:
        what = f"stopped: {update.disabled_reason}"
    else:
        since = feed.last_success_at or feed.created_at
        day = f" since {since:%Y-%m-%d %H:%M} UTC" if since else ""
        what = f"has been failing{day}: {update.last_error}"
    alternates = error.alternates if isinstance(error, NotAFeedError) else ()
    if len(alternates) >= 1:
        new = alternates[0]
        fix = (f"The site now advertises {new}: `/news feeds add {new}`, then "
               f"`/news feeds remove {feed.id}`.")
    else:
        fix = f"If it does not come back, `/news feeds remove {feed.id}`."
    return f"{name} {what}. {fix}"


def notice_key(feed_id: int, target: ChannelRef, now: datetime) -> str:
    return f"feed:{feed_id}:{target}:{now:%Y-%m-%d}"


# How many UTC days ahead a notice may be put off when each day's one notice is taken.
MAX_DAYS_AHEAD = 7


async def targets(
    store: NoticeStore, channels: list[ChannelRef]
) -> dict[ChannelRef, list[ChannelRef]]:
    """Where notices for these channels go (by their workspace's `alerts` setting), each with
    the channels it speaks for."""
    out: dict[ChannelRef, list[ChannelRef]] = {}
    for channel in channels:
        # A channel no command came from with a workspace (the console's, a config file's)
        # follows its platform's workspace-less settings, which commands without a workspace
        # set (`/news workspace` on the console).
        workspace = (await store.channel_workspace(channel)
                     or workspace_key(channel.platform, None))
        ws = await store.workspace_settings(workspace)
        if ws.alerts == "on":
            out.setdefault(channel, []).append(channel)
        elif ws.alerts == "channel" and ws.alerts_channel:
            out.setdefault(ChannelRef.parse(ws.alerts_channel), []).append(channel)
    return out


def _for_channels(text: str, target: ChannelRef, channels: list[ChannelRef]) -> str:
    """An admin channel's notice names the channels that follow the feed (run the fix there)."""
    if channels == [target]:
        return text
    return text + " Followed by " + ", ".join(_mention(c) for c in channels) + " (run it there)."


def _mention(channel: ChannelRef) -> str:
    """A channel as its platform links it: <#C0123> on Slack and Discord, else platform:id."""
    if channel.platform in ("slack", "discord") and not channel.id.startswith("webhook-"):
        return f"<#{channel.id}>"
    return str(channel)


async def after_attempt(
    store: NoticeStore,
    feed: Feed,
    update: FeedUpdate,
    now: datetime,
    *,
    followers: list[ChannelRef],
    error: FeedError | None = None,
) -> int:
    """Queue the notices this attempt calls for (call before storing `update`); returns how
    many were queued."""
    kind = transition(feed, update, now)
    if kind is None or not followers:
        return 0
    last = await store.last_notice_kinds(feed.id)
    text = notice_text(feed, update, kind, error)
    queued = 0
    for target, channels in (await targets(store, followers)).items():
        told = last.get(target)
        if (kind == "broken" and told == "broken") or (kind == "recovered" and told != "broken"):
            continue
        shown = text if kind == "recovered" else _for_channels(text, target, channels)
        # One notice per feed, channel and UTC day: when today's is taken (it broke and came
        # back the same day), this one waits for the first free day instead of being lost —
        # else a channel told "broken" would never hear it works again, or one told it
        # recovered would never hear it was disabled after all.
        midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
        for ahead in range(MAX_DAYS_AHEAD + 1):
            day = midnight + timedelta(days=ahead)
            notice = Notice(notice_key(feed.id, target, day), target, feed.id, kind, shown,
                            not_before=day if ahead else None)
            if await store.queue_notices([notice], now):
                queued += 1
                break
    return queued
