"""bench.outlet_names runs on a few lines and scores names the way its docstring says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import outlet_names


def _write(folder: Path, name: str, rows: list[dict[str, object]]) -> None:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    (folder / f"outlet_names_{name}.jsonl").write_text(text, encoding="utf-8")


def test_bench_runs_and_reports_per_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path, "dev", [
        {"title": "World news | The Northern Ledger", "feed_url": "https://www.northernledger.example/world/rss",
         "lang": "en", "outlet": "The Northern Ledger", "also": []},
        {"title": "Ausland - Der Abendkurier", "feed_url": "https://www.abendkurier.example/ausland/index.rss",
         "lang": "de", "outlet": "Der Abendkurier", "also": ["Abendkurier"]},
    ])
    _write(tmp_path, "test", [
        {"title": "Esteri | Il Vespro", "feed_url": "https://www.ilvespro.example/esteri/rss.xml",
         "lang": "it", "outlet": "Il Vespro", "also": []},
    ])
    assert outlet_names.main(["--data", str(tmp_path), "--failures"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("dev: 2/2 = 100.0%")
    assert "de 1/1" in out and "en 1/1" in out
    assert "test: 1/1" in out and "MISS" not in out


def test_names_compare_without_case_punctuation_or_leading_article() -> None:
    case = outlet_names.Case("x", "https://a.example/rss", "en", "The A.V. Club", ("AV Club",))
    assert outlet_names.Outcome(case, "the av club").right
    assert not outlet_names.Outcome(case, "Club").right


def test_test_failures_are_never_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path, "test", [
        {"title": "Home Page", "feed_url": "https://www.somewhere.example/rss", "lang": "en",
         "outlet": "Nothing Like It", "also": []},
    ])
    outlet_names.main(["--set", "test", "--failures", "--data", str(tmp_path)])
    out = capsys.readouterr().out
    assert "test: 0/1" in out and "MISS" not in out
