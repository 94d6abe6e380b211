"""Posting digests through discord.py to the loopback fake."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.types import ChannelRef, Digest, DigestItem, Quote
from tests.support.discord_fixtures import app, fake, make_adapter  # noqa: F401
from tests.support.fake_discord import FakeDiscord

CH = ChannelRef("discord", "123456789012345678")


def story(headline: str = "Ministers meet in Geneva", **kw) -> Digest:
    item = DigestItem(
        story_key="abcdef1234567890", headline=headline, summary="Talks resumed. Both sides spoke.",
        link="https://example.com/a", outlet="Reuters", via="Google News", authors=("Jane Doe",),
        published=datetime(2026, 11, 25, 9, 30, tzinfo=UTC),
        quotes=(Quote("We are ready", "Jane Roe", "Foreign Ministry"),), **kw,
    )
    return Digest(kind="story", title=headline, items=(item,))


async def test_story_posts_one_embed_without_mentions(fake: FakeDiscord, make_adapter) -> None:
    adapter = await make_adapter()
    message_id = await adapter.post(CH, story("@everyone <@&42> look"), key="nb:discord:1:abc")
    [body] = fake.messages(CH.id)
    assert message_id.isdigit()
    assert body["allowed_mentions"] == {"parse": []}
    assert body["enforce_nonce"] is True and len(body["nonce"]) <= 25
    [embed] = body["embeds"]
    assert embed["url"] == "https://example.com/a"
    assert embed["author"]["name"] == "Reuters · Jane Doe"
    assert embed["footer"]["text"] == "via Google News · story abcdef12"
    assert "“We are ready” — Jane Roe, Foreign Ministry" in embed["description"]
