"""Quote affiliations in shapes held-out set 52 showed (fixtures 2827-2829): a body named in
the possessive with three lower-case words before its noun ('… of Estonia’s national maritime
safety bureau', not 'Estonia'); a body's kind in lower case before its name ('of the relief
charity Riverside Aid'); a role followed by a relative clause ('a Commission official who
spoke to reporters …' → the 'European Commission' the text names); a German spokesman's
compound after a hyphenated body ('Kommissionssprecher' after 'die EU-Kommission'); and a
state named by its adjective in the role ('il ministro dell'Interno giordano') while an
earlier sentence names it as a place ('nel nord della Giordania')."""

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
        "2827_en_quote_bodies_possessive_kind_relative_clause",
        "2828_de_quote_hyphenated_body_compound_role",
        "2829_it_quote_country_adjective_place_earlier",
    ],
)
def test_affiliation_is_the_body_or_state_the_text_names(name: str) -> None:
    expected = json.loads((DATA / f"{name}.expect.json").read_text(encoding="utf-8"))["items"]
    _, articles = process_feed((DATA / f"{name}.rss.xml").read_bytes(),
                               url=f"https://feeds.example/{name}")
    got = {i["link"]: [(q["speaker"], q["affiliation"]) for q in i["quotes"]]
           for i in preview_items(articles)}
    assert got == {link: [(want["quote_speaker"], want["quote_affiliation"])]
                   for link, want in expected.items()}
