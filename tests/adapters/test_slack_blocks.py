"""Block Kit rendering: hostile feed text is shown, never executed; Slack's limits always hold."""

from __future__ import annotations

import json
from typing import Any

import pytest

from adapters import slack_blocks as sb
from bot.core.types import Coverage, Digest, DigestItem, Quote, Reply
from tests.support.slack_fixtures import roundup, story

HOSTILE = "<!channel> <!here> <@U123> <https://evil.example|click> &amp; <#C999>"
LIVE_MARKUP = ("<!channel>", "<!here>", "<@U123>", "<https://evil", "<#C999>")


def hostile_digest() -> Digest:
    item = DigestItem(
        story_key="hostile0001",
        headline=f"Alert {HOSTILE}",
        summary=f"Officials said {HOSTILE}. Nothing else happened.",
        link="https://news.example/a|b>c d",
        outlet=f"Outlet {HOSTILE}",
        via="<!subteam^S123>",
        authors=("<@U123>", "A & B"),
        quotes=(Quote(f"quote {HOSTILE}", "<@U777>", "<!everyone>"),),
        tags=("<!here>",),
        also_covered=(Coverage("<!channel> News", "https://other.example/x", "t"),),
    )
    return Digest(kind="story", title=item.headline, items=(item,))


def mrkdwn_texts(blocks: list[Any]) -> list[str]:
    """Every string Slack parses as mrkdwn in the serialized blocks."""
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "mrkdwn":
                out.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk([b.to_dict() for b in blocks])
    return out


@pytest.mark.parametrize("render", [sb.story_blocks, None])
def test_hostile_feed_text_is_neutralised(render: Any) -> None:
    digest = hostile_digest()
    blocks = sb.digest_blocks(digest) if render is None else render(digest.items[0], "UTC")
    texts = mrkdwn_texts(blocks)
    assert texts
    for text in [*texts, sb.fallback_text(digest)]:
        for markup in LIVE_MARKUP:
            assert markup not in text, (markup, text)
    joined = "\n".join(texts)
    assert "&lt;!channel&gt;" in joined and "&lt;@U123&gt;" in joined
    assert "&amp;amp;" in joined  # a literal "&amp;" in the feed is shown as typed
    # Every mrkdwn object is verbatim: no auto-linking of names either.
    serialized = json.dumps([b.to_dict() for b in blocks])
    assert serialized.count('"type": "mrkdwn"') == serialized.count('"verbatim": true')


def test_quotes_are_rich_text_never_parsed() -> None:
    blocks = [b.to_dict() for b in sb.story_blocks(hostile_digest().items[0], "UTC")]
    (quote_block,) = [b for b in blocks if b["type"] == "rich_text"]
    parts = quote_block["elements"][0]["elements"]
    assert {p["type"] for p in parts} == {"text"}  # no user/broadcast elements: no pings
    assert parts[0]["text"].startswith("“quote <!channel>")


def test_links_are_encoded_and_unsafe_schemes_dropped() -> None:
    blocks = [b.to_dict() for b in sb.story_blocks(hostile_digest().items[0], "UTC")]
    (actions,) = [b for b in blocks if b["type"] == "actions"]
    assert actions["elements"][0]["url"] == "https://news.example/a%7Cb%3Ec%20d"
    assert sb.safe_url("javascript:alert(1)") is None
    assert sb.safe_url("https://x.example/" + "a" * 4000) is None
    bad = story(link="javascript:alert(1)").items[0]
    assert all(b.to_dict()["type"] != "actions" for b in sb.story_blocks(bad, "UTC"))
    assert sb.link("javascript:alert(1)", "<b>") == "&lt;b&gt;"


def _sentences(n: int) -> str:
    return " ".join(
        f"Sentence number {i} says the U.S. envoy met Gen. Smith today." for i in range(n)
    )


def test_huge_title_and_summary_respect_every_limit() -> None:
    item = story(
        "Minister " * 5000, summary=_sentences(2000) + " " + "x" * 100_000
    ).items[0]
    blocks = sb.story_blocks(item, "UTC")
    dicts = [b.to_dict() for b in blocks]  # slack_sdk validates its own limits here too
    header, section = dicts[0], dicts[1]
    assert len(header["text"]["text"]) <= sb.HEADER_MAX
    assert len(section["text"]["text"]) <= sb.SECTION_MAX
    assert len(blocks) <= sb.MAX_BLOCKS
    assert len(sb.fallback_text(story("t", summary=_sentences(2000)))) <= sb.FALLBACK_MAX


def test_summary_is_cut_at_a_sentence_boundary() -> None:
    summary = _sentences(200)
    section = sb.story_blocks(story(summary=summary).items[0], "UTC")[1].to_dict()
    text = section["text"]["text"]
    assert text.endswith("today. …")
    kept = text.removesuffix(" …")
    assert summary.startswith(kept)
    assert len(text) > sb.SECTION_MAX - 120  # it used the room it had
    assert "U.S. envoy" in kept.split("Sentence number")[-1]  # "U.S." did not end a sentence


def test_title_without_sentences_is_cut_between_words() -> None:
    title = " ".join(f"word{i}" for i in range(200))
    header = sb.story_blocks(story(title).items[0], "UTC")[0].to_dict()["text"]["text"]
    assert len(header) <= sb.HEADER_MAX
    kept = header.removesuffix("…")
    assert title.startswith(kept + " ")  # whole words only


@pytest.mark.parametrize("limit", [10, 50, 150, 3000])
def test_fit_never_splits_an_escape_or_exceeds_the_limit(limit: int) -> None:
    text = "&<> " * 2000
    out = sb.fit(text, limit, sb.escape)
    assert len(out) <= limit
    body = out.rstrip("…").rstrip()
    assert body.replace("&amp;", "").replace("&lt;", "").replace("&gt;", "").strip() == ""
    blob = sb.fit("&" * 5000, limit, sb.escape)
    assert len(blob) <= limit and blob.removesuffix("…").replace("&amp;", "") == ""


@pytest.mark.parametrize("n", [1, 10, 24, 25, 49, 100])
def test_roundups_stay_within_50_blocks(n: int) -> None:
    digest = roundup(n)
    blocks = sb.roundup_blocks(digest)
    assert len(blocks) <= sb.MAX_BLOCKS
    for b in blocks:
        b.to_dict()
    sections = [b for b in blocks if b.to_dict()["type"] == "section"]
    # A header and one section per story; past 49 stories, 48 and an "and N more" line.
    assert len(sections) == (n if n <= sb.MAX_BLOCKS - 1 else sb.MAX_BLOCKS - 2)
    if n > sb.MAX_BLOCKS - 1:
        assert "more stories" in json.dumps(blocks[-1].to_dict())
    assert len(sb.headline_list_blocks(digest)) <= sb.MAX_BLOCKS


def test_reply_text_is_escaped_and_split_into_sections() -> None:
    lines = [f"• feed {i} <!channel> {'y' * 80}" for i in range(100)]
    reply = Reply(text="*Sources*\n" + "\n".join(lines), digest=roundup(40))
    blocks = sb.reply_blocks(reply)
    assert len(blocks) <= sb.MAX_BLOCKS
    texts = mrkdwn_texts(blocks)
    assert all(len(t) <= sb.SECTION_MAX for t in texts)
    assert texts[0].startswith("*Sources*")
    assert not any("<!channel>" in t for t in texts)
    assert "<!channel>" not in sb.reply_fallback(reply)


def huge_roundup(n: int) -> Digest:
    item = DigestItem(
        story_key="huge",
        headline="Headline words " * 1000,
        summary=_sentences(500),
        link="https://news.example/" + "p" * 2500,
        outlet="Outlet " * 50,
        authors=tuple(f"Author {i}" for i in range(40)),
        quotes=(Quote("q " * 5000, "s " * 500, "a " * 500),) * 2,
        tags=tuple(f"tag{i}" for i in range(200)),
        also_covered=tuple(Coverage(f"O{i}", "https://x.example/" + "c" * 900, "t")
                           for i in range(20)),
    )
    return Digest(kind="roundup", title="T " * 500, items=(item,) * n)


@pytest.mark.parametrize("n", [1, 3, 10, 25, 60])
def test_every_message_stays_under_the_total_text_limit(n: int) -> None:
    digest = huge_roundup(n)
    reply = Reply(text="\n".join(["line " * 100] * 300), digest=digest)
    candidates = {
        "roundup": sb.roundup_blocks(digest),
        "headlines": sb.headline_list_blocks(digest),
        "story": sb.story_blocks(digest.items[0], "UTC"),
        "reply": sb.reply_blocks(reply),
    }
    for name, blocks in candidates.items():
        assert sb.text_size(blocks) <= sb.TEXT_BUDGET, name
        assert len(blocks) <= sb.MAX_BLOCKS, name
        assert blocks, name


def test_a_normal_roundup_shows_every_story_with_its_summary() -> None:
    digest = roundup(10)
    blocks = [b.to_dict() for b in sb.roundup_blocks(digest)]
    sections = [b["text"]["text"] for b in blocks if b["type"] == "section"]
    assert len(sections) == 10
    assert all("The talks lasted six hours. A deal is not expected." in s for s in sections)
    assert sum(b["type"] == "context" for b in blocks) == 10  # a byline under each


def test_a_long_roundup_shares_the_room_and_says_how_many_are_left_out() -> None:
    items = tuple(
        story(f"Story {i}", summary=_sentences(30), link=f"https://n.example/{i}").items[0]
        for i in range(25)
    )
    blocks = sb.roundup_blocks(Digest(kind="roundup", title="R", items=items))
    assert sb.text_size(blocks) <= sb.TEXT_BUDGET
    last = json.dumps(blocks[-1].to_dict())
    shown = sum(b.to_dict()["type"] == "section" for b in blocks)
    assert shown >= 10
    if shown < 25:
        assert f"and {25 - shown} more stories" in last


def test_a_threaded_roundups_parent_carries_its_feeds_groups_once() -> None:
    d = roundup(3)
    d = Digest(kind=d.kind, title=d.title, items=d.items,
               mentions=("<!subteam^S0EDS>", "<!subteam^S0EDS>", "<!here>"))
    blocks = sb.headline_list_blocks(d)
    assert mrkdwn_texts(blocks)[0] == "<!subteam^S0EDS>"
    assert not any("<!here>" in t for t in mrkdwn_texts(blocks))
    assert sb.fallback_text(d).startswith("<!subteam^S0EDS> ")
