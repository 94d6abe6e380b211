"""The real outbox dispatcher driving the Discord adapter against the fake."""
# ruff: noqa: F811  (pytest fixtures imported from tests.support.discord_fixtures)

from __future__ import annotations

from bot.core.types import ChannelRef
from bot.deliver.dispatcher import Dispatcher
from tests.support.discord_fixtures import NOW, app, fake, make_adapter, seed_story  # noqa: F401
from tests.support.fake_discord import FakeDiscord

CH = ChannelRef("discord", "123456789012345678")


async def test_rate_limited_once_then_everything_is_delivered(
    fake: FakeDiscord, make_adapter, app
) -> None:
    for i in range(3):
        await seed_story(app.store, CH, f"Story {i}", outlet=f"Outlet {i}", deliver=True)
    fake.script(
        f"/channels/{CH.id}/messages",
        (429, {"message": "rate limited", "retry_after": 0.01, "global": False}),
    )
    adapter = await make_adapter()
    stats = await Dispatcher(app.store, {"discord": adapter}, clock=lambda: NOW).run_once()
    assert (stats.sent, stats.retried, stats.failed) == (3, 0, 0)
    titles = [b["embeds"][0]["title"] for b in fake.messages(CH.id)[1:]]
    assert sorted(titles) == ["Story 0", "Story 1", "Story 2"]


async def test_gone_channel_disables_its_subscriptions_with_a_reason(
    fake: FakeDiscord, make_adapter, app
) -> None:
    await seed_story(app.store, CH, "Story", deliver=True)
    fake.gone[CH.id] = 403
    adapter = await make_adapter()
    stats = await Dispatcher(app.store, {"discord": adapter}, clock=lambda: NOW).run_once()
    assert stats.failed == 1
    [sub] = await app.store.subscriptions_for_channel(CH)
    assert sub.disabled_reason and "discord refused the channel" in sub.disabled_reason
    assert "403" in sub.disabled_reason and "Missing Access" in sub.disabled_reason
