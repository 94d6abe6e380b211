"""A newsletter's or a column's issue number before the headline ('Issue #87: …', 'Lagebild
#112: …') and a genre label before a headline in German quotes ('Interview: „…“') are not the
headline (editor's read of released set 28; fixtures 2602-2603 carry them whole). A name's own
number stays: 'Resolution No. 2334', 'Apollo 11', a ballot's 'Issue 1'; so does a podcast's or a
thread's ('Podcast #140: …'), whose kind the story gates read, and a roundup's lower-case list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.content.articles import process_feed
from bot.content.attribution.headlines import strip_headline_label
from bot.deliver.preview import preview_items

DATA = Path(__file__).resolve().parents[2] / "data" / "realistic_feeds"


@pytest.mark.parametrize(("title", "want"), [
    ("Issue #87: The ozone hole is big again", "The ozone hole is big again"),
    ("Lagebild #112: Nato-Gipfel in Vilnius – die Ukraine wartet weiter",
     "Nato-Gipfel in Vilnius – die Ukraine wartet weiter"),
    ("Ausgabe 12: Warum der Iran wieder verhandelt", "Warum der Iran wieder verhandelt"),
    ("Interview: „Die Sahelzone braucht keine neue Mission“",
     "„Die Sahelzone braucht keine neue Mission“"),
])
def test_an_issue_number_or_genre_label_goes(title: str, want: str) -> None:
    assert strip_headline_label(title) == want


@pytest.mark.parametrize("title", [
    "Resolution No. 2334: what the vote means for settlements",
    "Issue 1: Ohio voters approve abortion amendment",
    "Apollo 11: fifty years on, the Moon again",
    "#MeToo: Hollywood reckons with abuse claims",
    "Switchboard Weekly #142",
    "G20 #3: Leaders meet",
    "Podcast #140: Who owns Europe's sovereign cloud?",
    "Stack Talk #31: Who pays for the island's 5G?",
    "Open thread #14: your questions on El Niño",
    "The Weekly Relay #24: chips, chargers and crypto winter",
])
def test_a_names_own_number_stays(title: str) -> None:
    assert strip_headline_label(title) == title


@pytest.mark.parametrize("stem", ["2602_", "2603_"])
def test_issue_number_fixtures_show_the_headline(stem: str) -> None:
    (sidecar,) = DATA.glob(f"{stem}*.expect.json")
    (feed,) = DATA.glob(f"{stem}*.rss.xml")
    expect = json.loads(sidecar.read_text(encoding="utf-8"))
    _, articles = process_feed(feed.read_bytes(), url=f"https://feeds.example/{feed.name}")
    items = {str(i["link"]): i for i in preview_items(articles)}
    for link, want in expect["items"].items():
        got = items[link]
        assert got["title"] == want["title"]
        assert got["is_story"] is want["is_story"], got["title"]
        assert got["summary"], got["title"]
