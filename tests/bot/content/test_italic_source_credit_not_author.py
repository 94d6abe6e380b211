"""An emphasised last line crediting a source ('<i>Com PANA</i>', '<em>Com AIM</em>': an agency
the credit tables need not know) is no writer's signature (fixture 2826, held-out set 52's
review); an italic name alone still is."""

from __future__ import annotations

import json
from pathlib import Path

from bot.content.articles import process_feed
from bot.content.attribution.bylines import byline_from_text
from bot.deliver.preview import preview_items

DATA = Path(__file__).resolve().parents[2] / "data" / "realistic_feeds"
NAME = "2826_pt_ao_italic_agency_credit_com"


def test_agency_credit_is_no_author() -> None:
    expected = json.loads((DATA / f"{NAME}.expect.json").read_text(encoding="utf-8"))["items"]
    _, articles = process_feed((DATA / f"{NAME}.rss.xml").read_bytes(),
                               url=f"https://feeds.example/{NAME}")
    got = {i["link"]: i["authors"] for i in preview_items(articles)}
    assert got == {link: want["authors"] for link, want in expected.items()}


def test_credit_word_before_a_name_is_a_name() -> None:
    assert byline_from_text("<p>Texto.</p><p><em>With AFP</em></p>") == ()
    assert byline_from_text("<p>Text.</p><p><i>Con Coughlin</i></p>") == ("Con Coughlin",)
