"""The summary benchmark's quick mode runs end to end and writes its results."""

from __future__ import annotations

import json
from pathlib import Path

from bench import summary_quality


def test_quick_mode(tmp_path: Path) -> None:
    out = tmp_path / "summary_quality.json"
    assert summary_quality.main(["--quick", "--out", str(out)]) == 0
    result = json.loads(out.read_text())
    for system in ("ours", "lead3", "lead60", "lexrank3"):
        scores = result["rouge_f1"][system]
        assert 0 < scores["rouge2"] <= scores["rouge1"] <= 1
    speed = result["throughput_articles_per_s"]
    assert speed["ours"] > 0 and speed["lexrank3"] > 0
    assert result["table"][0]["system"] == "ours"
