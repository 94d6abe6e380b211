"""bench.relevance_heldout: the blind set is never listed, the split is fixed, figures add up."""

from __future__ import annotations

import json

from bench import relevance_heldout as rh


def test_the_blind_set_is_never_read_and_the_split_is_disjoint() -> None:
    index = json.loads((rh.DATA / "heldout_index.json").read_text(encoding="utf-8"))["sets"]
    assert tuple(sorted(int(n) for n, s in index.items() if not s["blind"])) == rh.RELEASED
    assert not any(index[str(n)]["blind"] for n in rh.RELEASED)
    assert {64, 65} <= {int(n) for n, s in index.items() if s["blind"]}  # never opened
    assert set(rh.TUNE) | set(rh.REPORT) == set(rh.RELEASED)
    assert not set(rh.TUNE) & set(rh.REPORT)
    assert all(rh.folder(n).is_dir() for n in rh.RELEASED)


def test_figures_count_posted_items_at_the_threshold() -> None:
    recs = [{"relevant": True, "s": 0.9}, {"relevant": True, "s": 0.2},
            {"relevant": False, "s": 0.7}, {"relevant": False, "s": 0.1}]
    f = rh.figures(recs, lambda r: r["s"])
    assert (f["tp"], f["fp"], f["fn"], f["tn"]) == (1, 1, 1, 1)
    assert f["precision"] == 0.5 and f["recall"] == 0.5


def test_one_set_is_captured_through_the_pipeline() -> None:
    recs = rh.capture_set(9)
    assert recs and all({"title", "text", "hint", "relevant", "score"} <= r.keys() for r in recs)
    assert all(abs(rh.rescore(r)[0] - r["score"]) < 1e-3 for r in recs)
