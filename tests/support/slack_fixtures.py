"""pytest fixtures for the Slack adapter tests: import them into a test module by name."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from adapters.slack_adapter import SlackAdapter
from bot.core.settings import SlackSettings
from bot.core.types import CommandContext, Digest, DigestItem, Quote, Reply
from tests.support.fake_slack import BOT_TOKEN, SIGNING_SECRET, FakeSlack


class Sleeps:
    """An injected `sleep` that records what it was asked to wait, and returns at once."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


async def echo_commands(ctx: CommandContext, text: str) -> Reply:
    return Reply(text=f"ran {text!r} admin={ctx.is_admin} in {ctx.channel}")


@pytest.fixture
async def slack_fake() -> AsyncIterator[FakeSlack]:
    fake = await FakeSlack().start()
    yield fake
    await fake.close()


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def make_adapter(fake: FakeSlack, **kwargs: object) -> SlackAdapter:
    options: dict[str, object] = {
        "bot_token": BOT_TOKEN,
        "signing_secret": SIGNING_SECRET,
        "api_url": fake.api_url,
        "config": SlackSettings(messages_per_second=10),
        "commands": echo_commands,
    }
    options.update(kwargs)
    return SlackAdapter(**options)  # type: ignore[arg-type]


@pytest.fixture
async def slack_adapter(slack_fake: FakeSlack, sleeps: Sleeps) -> AsyncIterator[SlackAdapter]:
    adapter = make_adapter(slack_fake, sleep=sleeps)
    await adapter.start()
    yield adapter
    await adapter.close()


def story(headline: str = "Foreign ministers meet in Geneva", **kwargs: object) -> Digest:
    item = DigestItem(
        story_key=str(kwargs.pop("story_key", "a1b2c3d4e5f6")),
        headline=headline,
        summary=str(kwargs.pop("summary", "The talks lasted six hours. A deal is not expected.")),
        link=kwargs.pop("link", "https://news.example/geneva"),  # type: ignore[arg-type]
        outlet=str(kwargs.pop("outlet", "Example Times")),
        authors=("Jane Doe",),
        published=datetime(2026, 11, 25, 12, 0, tzinfo=UTC),
        quotes=(Quote("We will keep talking.", "Anna Berg", "Foreign Ministry"),),
        tags=("europe",),
        **kwargs,  # type: ignore[arg-type]
    )
    return Digest(kind="story", title=item.headline, items=(item,), timezone="Europe/Berlin")


def roundup(n: int) -> Digest:
    items = tuple(
        story(f"Story number {i}", story_key=f"key{i:04d}", link=f"https://news.example/{i}")
        .items[0]
        for i in range(n)
    )
    return Digest(kind="roundup", title="Morning roundup", items=items)
