"""Credits and bylines that are no part of a summary (fixtures 2823-2825, held-out set 52's
review): an agency's closing bracket that repeats its dateline's ('(NLA) - LIMA, 13 GEN - …
pensioni.(NLA)'), 'With (additional) input(s) from …' closing the text, a teaser signed
'Analysis by Name, job.', and a Swiss or German reporter line 'Aus Ort berichtet Name.' /
'Aus A und B berichten X und Y.'. The same words inside news stay ('… sanità (OMS).', 'drawn
up with input from the IMF', 'Aus Genf berichtet die Uno, dass …')."""

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
        "2823_it_agency_closing_bracket_signoff",
        "2824_en_input_from_agencies_analysis_by_tails",
        "2825_de_aus_ort_berichtet_lead",
    ],
)
def test_credit_and_reporter_lines_leave_the_summary(name: str) -> None:
    expected = json.loads((DATA / f"{name}.expect.json").read_text(encoding="utf-8"))["items"]
    raw = (DATA / f"{name}.rss.xml").read_bytes()
    _, articles = process_feed(raw, url=f"https://feeds.example/{name}")
    got = {i["link"]: i for i in preview_items(articles)}
    assert set(got) == set(expected)
    for link, want in expected.items():
        summary = got[link]["summary"]
        assert summary
        assert [s for s in want.get("summary_must_not_contain", ()) if s in summary] == []
        assert all(s in summary for s in want.get("summary_must_contain", ()))
        assert got[link]["authors"] == want["authors"]
