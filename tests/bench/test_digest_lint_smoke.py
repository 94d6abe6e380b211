"""Smoke runs of the digest lint and tag benchmarks: the real fetch path over loopback."""

from __future__ import annotations

import json
from pathlib import Path

from bench import digest_lint, tags

ROOT = Path(__file__).resolve().parents[2]


def test_digest_lint_serves_previews_and_counts(tmp_path: Path) -> None:
    out = tmp_path / "digest_lint.json"
    demo = ROOT / "bot" / "data" / "demo"
    assert digest_lint.main([str(demo), "--out", str(out)]) == 0
    rows = {r["defect"]: r for r in json.loads(out.read_text())["table"]}
    (column,) = [k for k in rows["outlet"] if k != "defect"]
    assert column.startswith("demo (") and not column.startswith("demo (0 ")
    assert rows["items with any defect"][column] == 0


def test_tags_benchmark_reports_precision_and_recall(tmp_path: Path) -> None:
    out = tmp_path / "tags.json"
    assert tags.main(["--out", str(out)]) == 0
    (row,) = json.loads(out.read_text())["table"]
    assert row["items"] >= 30 and 0 < row["precision"] <= 1 and 0 < row["recall"] <= 1


def test_tags_heldout_reports_each_split_language_and_tag(tmp_path: Path) -> None:
    out = tmp_path / "tags_heldout.json"
    assert tags.main(["--heldout", "--out", str(out)]) == 0
    report = json.loads(out.read_text())
    assert set(report["splits"]) == {"tune", "report"}
    for split, row in report["splits"].items():
        assert row["items"] >= 80 and row["unmatched"] == 0, split
        assert 0 < row["precision"] <= 1 and 0 < row["recall"] <= 1
        assert {"en", "de", "it", "pt", "ur"} <= set(report["languages"][split])
        assert "europe" in report["tags"][split]
    # the report split is only counted: no item of it is listed for tuning
    report_titles = {json.loads(line)["title"] for line in tags.HELDOUT.read_text().splitlines()
                     if json.loads(line)["split"] == "report"}
    assert not report_titles & {m["title"] for m in report["tune_misses"]}
