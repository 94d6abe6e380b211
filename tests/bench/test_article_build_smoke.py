"""Smoke run of the per-article build benchmark: a rate and a per-stage split come out."""

from __future__ import annotations

import json
from pathlib import Path

from bench import article_build


def test_quick_run_measures_the_rate_and_the_stages(tmp_path: Path) -> None:
    out = tmp_path / "article_build.json"
    article_build.main(["--quick", "--out", str(out)])
    result = json.loads(out.read_text())
    after = result["after"]
    assert after["articles"] == 40 and 500 <= after["mean_words"] <= 600
    assert after["articles_per_s"] > 0
    assert set(after["stage_ms"]) == {"clean", "summarize", "quotes", "tags", "relevance", "rest"}
    assert result["before"] is None and result["table"][0]["code"] == "after"
