"""The summary benchmark's quick mode runs end to end and writes its results."""

from __future__ import annotations

import json

from bench import summary_quality


def test_quick_mode(tmp_path, monkeypatch) -> None:
    out = tmp_path / "summary_quality.json"
    monkeypatch.setattr(summary_quality, "RESULTS", out)
    result = summary_quality.main(["--quick"])
    assert json.loads(out.read_text()) == result
    for system in ("ours", "lead3", "lead60", "lexrank3"):
        scores = result["rouge_f1"][system]
        assert 0 < scores["rouge2"] <= scores["rouge1"] <= 1
    speed = result["throughput_articles_per_s"]
    assert speed["ours"] > 0 and speed["lexrank3"] > 0
