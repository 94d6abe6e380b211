"""Issue 21's store parts on both backends: subscription options, channel formats, workspace
settings and the notices outbox (unique per key, leased, sent once)."""

from __future__ import annotations

from datetime import timedelta

from bot.core.types import ChannelRef, ChannelSettings, FeedOptions, Notice, WorkspaceSettings
from bot.store.base import Store
from tests.support.records import T0

CH = ChannelRef.parse("console:world")
CH2 = ChannelRef.parse("slack:C0123ABCD")


async def test_options_formats_and_workspaces_round_trip(store: Store) -> None:
    feed, _ = await store.add_feed("https://example.org/feed.xml")
    sub, _ = await store.subscribe(CH, feed.id)
    assert sub.options == FeedOptions()
    opts = FeedOptions(style="compact", quotes=False, mention="<@&555555555555555555>",
                       mention_label="@eds", sender_name="Wire", sender_avatar="https://a/b.png")
    await store.set_options(sub.id, opts)
    (again,) = await store.subscriptions_for_channel(CH)
    assert again.options == opts
    await store.subscribe(CH, feed.id)  # a re-subscribe keeps them
    assert (await store.subscriptions_for_channel(CH))[0].options == opts

    await store.save_channel_settings(ChannelSettings(CH, style="full", tags=False))
    got = await store.channel_settings(CH)
    assert (got.style, got.quotes, got.tags) == ("full", True, False)

    assert await store.channel_workspace(CH) is None
    await store.set_channel_workspace(CH, "console:-")
    await store.set_channel_workspace(CH, "console:-")
    assert await store.channel_workspace(CH) == "console:-"
    assert (await store.channel_settings(CH)).style == "full"  # the settings are untouched
    await store.set_channel_workspace(CH2, "slack:T1")  # a channel without settings yet
    assert await store.channel_workspace(CH2) == "slack:T1"
    assert await store.channel_settings(CH2) == ChannelSettings(CH2)

    assert await store.workspace_settings("slack:T1") == WorkspaceSettings("slack:T1")
    ws = WorkspaceSettings("slack:T1", members="role", members_role="S1", members_label="@eds",
                           alerts="channel", alerts_channel="slack:C0ADMIN")
    await store.save_workspace_settings(ws)
    assert await store.workspace_settings("slack:T1") == ws


async def test_notices_are_unique_per_key_and_sent_once(store: Store, store_factory) -> None:
    feed, _ = await store.add_feed("https://example.org/feed.xml")
    n1 = Notice(key=f"feed:{feed.id}:{CH}:2026-03-01", channel=CH, feed_id=feed.id,
                kind="broken", text="broke")
    n2 = Notice(key=f"feed:{feed.id}:{CH2}:2026-03-01", channel=CH2, feed_id=feed.id,
                kind="broken", text="broke")
    assert await store.queue_notices([n1, n2, n1], T0) == 2
    assert await store.queue_notices([n1], T0) == 0
    assert await store.last_notice_kinds(feed.id) == {CH: "broken", CH2: "broken"}

    other = await store_factory()  # a second worker
    mine = await store.lease_notices(T0, limit=10, owner="a", lease_seconds=60)
    assert [n.key for n in mine] == [n1.key, n2.key]
    assert await other.lease_notices(T0, limit=10, owner="b", lease_seconds=60) == []
    await store.mark_notice_sent(mine[0].id, "m1", T0)
    await store.mark_notice_retry(mine[1].id, "rate limited", T0 + timedelta(minutes=5))
    assert await other.lease_notices(T0, limit=10, owner="b", lease_seconds=60) == []
    (retry,) = await other.lease_notices(T0 + timedelta(minutes=5), limit=10, owner="b",
                                         lease_seconds=60)
    assert retry.key == n2.key and retry.attempts == 2
    await other.mark_notice_failed(retry.id, "gone")
    later = T0 + timedelta(hours=1)
    assert await store.lease_notices(later, limit=10, owner="a", lease_seconds=60) == []

    ok = Notice(key=f"feed:{feed.id}:{CH}:2026-03-02", channel=CH, feed_id=feed.id,
                kind="recovered", text="back")
    assert await store.queue_notices([ok], later) == 1
    assert (await store.last_notice_kinds(feed.id))[CH] == "recovered"


async def test_a_notice_a_dead_lease_may_have_sent_says_so(store: Store) -> None:
    feed, _ = await store.add_feed("https://example.org/feed.xml")
    n = Notice(key="k", channel=CH, feed_id=feed.id, kind="broken", text="broke")
    await store.queue_notices([n], T0)
    (first,) = await store.lease_notices(T0, limit=1, owner="dead", lease_seconds=30)
    assert first.maybe_sent_since is None
    (again,) = await store.lease_notices(T0 + timedelta(minutes=1), limit=1, owner="b",
                                         lease_seconds=30)
    assert again.maybe_sent_since == T0
