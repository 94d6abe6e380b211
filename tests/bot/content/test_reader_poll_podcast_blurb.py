"""A reader poll ('POLL:' over a short call to the reader, no figure) and a podcast episode
('This week on the Harbourcast, …') are no stories; a poll's result is. Invented text;
fixture 2342 in tests/data/realistic_feeds."""

from __future__ import annotations

import pytest

from bot.content.articles import is_story, process_feed


def _item(title: str, text: str, link: str) -> bool:
    rss = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        "<title>The Harbour Lantern</title><link>https://harbourlantern.example/</link>"
        f"<item><title>{title}</title><link>{link}</link>"
        f"<description>&lt;p&gt;{text}&lt;/p&gt;</description>"
        "<pubDate>Mon, 07 Dec 2026 10:00:00 +0000</pubDate></item></channel></rss>"
    ).encode()
    _, (article,) = process_feed(rss, url="https://harbourlantern.example/feed")
    return is_story(article)


@pytest.mark.parametrize(
    ("title", "text", "link", "story"),
    [
        ("POLL: Should the region adopt a single tourist visa?",
         "Have your say. Cast your vote in our online poll and see what other readers think.",
         "https://harbourlantern.example/poll-visa", False),
        ("Poll: most islanders back a single tourist visa",
         "A survey of 1,200 residents found 61 percent in favour of a common visa, the "
         "university's polling unit said on Monday.",
         "https://harbourlantern.example/poll-result", True),
        ("Harbourcast: the summit that wasn’t",
         "This week on the Harbourcast, the cancelled summit, the shipping fees and what comes "
         "next.", "https://harbourlantern.example/harbourcast-summit-podcast", False),
    ],
)
def test_poll_and_episode(title: str, text: str, link: str, story: bool) -> None:
    assert _item(title, text, link) is story
