"""Chat command words: apostrophes and backslashes are ordinary; balanced quotes group."""

from __future__ import annotations

import pytest

from bot.chat.words import split_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("search côte d'ivoire", ["search", "côte", "d'ivoire"]),
        ("search O'Brien", ["search", "O'Brien"]),
        ("filters 6 include o'brien", ["filters", "6", "include", "o'brien"]),
        (r"filters 6 include-regex \bsudan\b", ["filters", "6", "include-regex", r"\bsudan\b"]),
        ('search "north korea" talks', ["search", "north korea", "talks"]),
        ("search 'north korea'", ["search", "north korea"]),
        ("search “north korea”", ["search", "north korea"]),
        ('search "kim jong', ["search", '"kim', "jong"]),  # unbalanced: just a character
        ("search rock 'n' roll", ["search", "rock", "n", "roll"]),
        ("search the '90s", ["search", "the", "'90s"]),
        ("  latest   5 ", ["latest", "5"]),
        ("", []),
    ],
)
def test_split_words(text: str, words: list[str]) -> None:
    assert split_words(text) == words
