"""bench.heldout_all: the index covers every held-out set, and rows render from a report."""

from __future__ import annotations

import json

from bench import heldout_all
from tests.bench.test_heldout_corpora import SETS


def _index() -> dict[str, dict[str, object]]:
    data: dict[str, dict[str, object]] = json.loads(heldout_all.INDEX.read_text("utf-8"))["sets"]
    return data


def test_every_held_out_folder_is_indexed_once() -> None:
    folders = {p.name for p in heldout_all.DATA.glob("heldout*_feeds") if p.is_dir()}
    assert {heldout_all.folder(int(n)).name for n in _index()} == folders


def test_first_measurements_count_the_sets_items() -> None:
    for n, entry in _index().items():
        name = heldout_all.folder(int(n)).name
        first = entry["first"]
        assert isinstance(first, dict) and first["defective"] <= first["items"]
        if name in SETS:  # the corpus test's (feeds, items) for the sets it checks
            assert first["items"] == SETS[name][1], n
        assert len(str(entry["theme"])) <= 70


def test_a_row_shows_first_and_now_and_marks_blind_sets() -> None:
    report = {"defective": 3, "items": 126, "defective_strict": 5,
              "relevance": {"precision": 0.9, "recall": 0.8}}
    entry = {"theme": "t", "first": {"defective": 30, "items": 126, "code": "abc"},
             "blind": True}
    row = heldout_all.row(33, entry, report)
    assert row["set"] == "**33**"
    assert row["first measured (blind)"] == "30 / 126 (23.8%), abc"
    assert row["now"] == "3 / 126 (2.4%), **blind**"
    assert row["strict now"] == "5 / 126 (4.0%)"
    entry["blind"] = False
    assert heldout_all.row(34, entry, report)["now"].endswith("in-sample")
