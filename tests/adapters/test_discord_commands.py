"""Interaction options → CommandHandler text (shared by gateway and HTTP), admin decisions."""

from __future__ import annotations

import pytest

from adapters.discord_commands import (
    command_text,
    feed_choices,
    focused_option,
    is_admin,
)
from bot.chat.words import split_words
from bot.core.types import Feed
from tests.support.discord_fixtures import interaction, option


def text(path: list[str], *opts: dict) -> str:
    return command_text(interaction(path, list(opts), channel_id="1")["data"])


@pytest.mark.parametrize(
    ("path", "opts", "expected"),
    [
        (["latest"], [], "latest"),
        (["latest"], [option("count", 7, kind=4)], "latest 7"),
        (["search"], [option("words", "kim jong un")], "search kim jong un"),
        (
            ["feeds", "add"],
            [option("name", "Asia Desk"), option("url", "https://a.example/f")],
            "feeds add https://a.example/f Asia Desk",
        ),
        (["feeds", "list"], [], "feeds list"),
        (
            ["filters"],
            [
                option("feed", "3"),
                option("action", "include-regex"),
                option("value", r"sanction(s|ed)"),
            ],
            "filters 3 include-regex sanction(s|ed)",
        ),
        (
            ["settings"],
            [option("key", "times"), option("value", "08:00,18:00")],
            "settings times 08:00,18:00",
        ),
        (["help"], [], "help"),
    ],
)
def test_command_text(path: list[str], opts: list[dict], expected: str) -> None:
    assert text(path, *opts) == expected


def test_option_values_reach_the_handler_as_typed() -> None:
    """The last option is the rest of the line, exactly as on Slack; an earlier one with spaces
    stays one word."""
    value = 'it\'s "quoted" ; rm -rf / $(x) `y` \\bsudan\\b'
    assert text(["search"], option("words", value)) == "search " + value
    out = text(["filters"], option("feed", "Asia Desk"), option("action", "remove"),
               option("value", "include north korea"))
    assert split_words(out) == ["filters", "Asia Desk", "remove", "include", "north", "korea"]


def test_unknown_options_and_empty_data_are_ignored() -> None:
    assert text(["latest"], option("bogus", "x")) == "latest"
    assert command_text({}) == "help"


def test_focused_option_in_a_subcommand_group() -> None:
    data = interaction(["feeds", "remove"], [option("feed", "as", focused=True)], channel_id="1")[
        "data"
    ]
    assert focused_option(data) == "as"


@pytest.mark.parametrize(
    ("permissions", "user", "roles", "expected"),
    [
        (0, "u1", [], False),
        (1 << 5, "u1", [], True),  # Manage Guild
        (1 << 3, "u1", [], True),  # Administrator
        ((1 << 11) | (1 << 14), "u1", [], False),  # Send Messages + Embed Links only
        (0, "boss", [], True),  # settings.admins
        (0, "u1", ["777"], True),  # configured admin role
        (0, "u1", ["778"], False),
    ],
)
def test_is_admin(permissions: int, user: str, roles: list[str], expected: bool) -> None:
    assert (
        is_admin(
            permissions=permissions,
            user_id=user,
            role_ids=roles,
            admins=("boss",),
            admin_role="777",
        )
        is expected
    )


def test_feed_choices_match_name_or_url_and_cap_at_25() -> None:
    feeds = [Feed(id=i, url=f"https://f{i}.example/rss", name=f"Desk {i}") for i in range(1, 40)]
    assert len(feed_choices(feeds, "")) == 25
    assert feed_choices(feeds, "f7.example") == [("#7 Desk 7", "7")]
    long = [Feed(id=1, url="https://x.example/" + "a" * 300)]
    [(label, value)] = feed_choices(long, "")
    assert len(label) <= 100 and value == "1"
