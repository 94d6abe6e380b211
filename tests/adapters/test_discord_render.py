"""Pure rendering: fitting text at sentence boundaries, escaping, packing, nonces."""

from __future__ import annotations

import pytest

from adapters.discord_render import (
    digest_messages,
    escape,
    fit,
    nonce_for,
    pack,
    reply_markdown,
    reply_messages,
    split_content,
)
from bot.core.types import Digest, DigestItem, Reply


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Short.", 10, "Short."),
        (
            "The U.S. envoy met Gen. Smith. Then he left. More words here.",
            40,
            "The U.S. envoy met Gen. Smith.…",
        ),
        ("One two three four five six seven", 20, "One two three four…"),
        ("x" * 50, 10, "x" * 9 + "…"),
        ("", 5, ""),
    ],
)
def test_fit(text: str, limit: int, expected: str) -> None:
    assert fit(text, limit) == expected
    assert len(fit(text, limit)) <= limit


def test_fit_is_fast_and_bounded_on_a_megabyte() -> None:
    text = "A sentence that goes on. " * 40_000
    out = fit(text, 4096)
    assert len(out) <= 4096 and out.endswith("on.…")


def test_fit_never_leaves_a_dangling_escape() -> None:
    # A cut between "\\" and "*" would leave "\\…", which escapes the ellipsis instead.
    assert fit(escape("*" * 100), 52) == "\\*" * 25 + "…"


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("[click](https://evil.example)", "\\[click\\](https://evil.example)"),
        (
            "**bold** _it_ ~~s~~ ||spoiler|| `code`",
            "\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\`code\\`",
        ),
        ("# Heading\n> quote\n- item", "\\# Heading\n\\> quote\n\\- item"),
        ("@everyone and @here", "@\u200beveryone and @\u200bhere"),
        ("U.S.-China talks #1", "U.S.-China talks #1"),
    ],
)
def test_escape(raw: str, shown: str) -> None:
    assert escape(raw) == shown


def test_pack_respects_count_and_characters() -> None:
    small = [{"title": "t", "description": "d" * 10}] * 25
    assert [len(b) for b in pack(small)] == [10, 10, 5]
    big = [{"title": "t", "description": "d" * 2500}] * 5
    assert [len(b) for b in pack(big)] == [2, 2, 1]


def test_empty_roundup_still_says_something() -> None:
    [message] = digest_messages(Digest("roundup", "Nothing today", ()))
    assert message["content"] == "**Nothing today**" and message["embeds"] == []


def test_item_without_link_or_date_has_no_url_or_timestamp() -> None:
    item = DigestItem(
        story_key="k" * 12, headline="", summary="", link="javascript:alert(1)", outlet="Wire"
    )
    [message] = digest_messages(Digest("story", "x", (item,)))
    [embed] = message["embeds"]
    assert "url" not in embed and "timestamp" not in embed and "description" not in embed
    assert embed["title"] == "(untitled)"


def test_reply_text_becomes_discord_markdown_and_chunks() -> None:
    assert reply_markdown("*newsbrief* — `x*y` and *Two words*") == (
        "**newsbrief** — `x*y` and **Two words**"
    )
    chunks = split_content("line\n" * 1000)
    assert all(len(c) <= 2000 for c in chunks) and "".join(chunks).count("line") == 1000
    messages = reply_messages(Reply(text="a" * 2500))
    assert [len(m["content"]) for m in messages] == [2000, 500]


def test_nonce_is_short_stable_and_distinct_per_part() -> None:
    key = "nb:discord:123456789012345678:" + "f" * 64
    assert len(nonce_for(key)) == 25 and nonce_for(key) == nonce_for(key)
    assert nonce_for(key, 1) != nonce_for(key)
