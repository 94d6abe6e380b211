"""Quick runs of the relevance benchmark and of the training script's staleness check."""

from __future__ import annotations

import json
from pathlib import Path

from bench import relevance as bench_relevance
from bench import train_relevance


def test_relevance_bench_quick(tmp_path: Path) -> None:
    out = tmp_path / "relevance.json"
    assert bench_relevance.main(["--quick", "--out", str(out)]) == 0
    report = json.loads(out.read_text())
    sets = {r["set"]: r for r in report["results"]}
    assert set(sets) == {"huffpost-test", "huffpost-test-no-politics", "cross-source"}
    assert sets["cross-source"]["roc_auc"] >= 0.93
    assert report["articles_per_s"] > 0


def test_committed_model_matches_the_training_script() -> None:
    """Retrains (a few seconds, scikit-learn) and compares with bot/data/relevance_model.json."""
    assert train_relevance.main(["--check"]) == 0
