"""Lines that are no part of a summary (fixtures 2806-2808): a paragraph sending readers to
the outlet's app ('Alle Nachrichten … gibt es in unserer App', 'More … in our app'), a desk
credit naming its bureau's city ('From Our Cox's Bazar Correspondent') and an Urdu courtesy
credit in brackets ('(بشکریہ …)')."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.articles import process_feed
from bot.deliver.preview import preview_items

DATA = Path(__file__).resolve().parents[2] / "data" / "realistic_feeds"


@pytest.mark.parametrize(
    ("name", "junk"),
    [
        ("2806_de_at_app_promo_paragraph.rss.xml", "unserer"),
        ("2807_en_bd_our_city_correspondent_lead.rss.xml", "Our "),
        ("2808_ur_pk_courtesy_credit_bracket.rss.xml", "بشکریہ"),
    ],
)
def test_promo_desk_and_courtesy_lines_leave_the_summary(name: str, junk: str) -> None:
    path = DATA / name
    _, articles = process_feed(path.read_bytes(), url=f"https://feeds.example/{name}")
    summaries = [i["summary"] for i in preview_items(articles)]
    assert summaries and all(s for s in summaries)
    assert [s for s in summaries if junk in s] == []
