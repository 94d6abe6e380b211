"""Non-stories told by their headline or link, and a story that is not one (fixtures
2820-2822): a news agency's bulletins ('Il Gr Esteri delle 13', 'Il notiziario della sera
alle 21.30') and an Urdu newsletter sign-up ('ہماری ای میل نیوز لیٹر: …') are not posted; an
article whose own slug, closed by a slash, holds 'assinatura' (a treaty's signing) is no
subscription campaign page ('/assinaturas/' still is)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.content.articles import process_feed
from bot.deliver.preview import preview_items

DATA = Path(__file__).resolve().parents[2] / "data" / "realistic_feeds"


@pytest.mark.parametrize(
    "name",
    [
        "2820_pt_br_trailing_slash_slug_assinatura",
        "2821_it_agency_bulletin_titles",
        "2822_ur_newsletter_promo_title",
    ],
)
def test_story_or_not_as_the_sidecar_says(name: str) -> None:
    path = DATA / f"{name}.rss.xml"
    expected = json.loads((DATA / f"{name}.expect.json").read_text(encoding="utf-8"))["items"]
    _, articles = process_feed(path.read_bytes(), url=f"https://feeds.example/{name}")
    got = {i["link"]: i["is_story"] for i in preview_items(articles)}
    assert got == {link: exp["is_story"] for link, exp in expected.items()}
