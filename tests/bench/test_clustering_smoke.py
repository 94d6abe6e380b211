"""Quick run of the clustering benchmark."""

from __future__ import annotations

import json
from pathlib import Path

from bench import clustering as bench_clustering


def test_clustering_bench_quick(tmp_path: Path) -> None:
    out = tmp_path / "clustering.json"
    assert bench_clustering.main(["--quick", "--out", str(out)]) == 0
    report = json.loads(out.read_text())
    assert report["scale"]["articles"] > 2000
    assert report["scale"]["reworded_copy_recall"] >= 0.9
    assert report["story_pairs"]["fresh_items_50_62"]["precision"] == 1.0
