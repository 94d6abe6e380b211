"""Smoke run of the `--help` start-up benchmark: a ratio to bare python comes out."""

from __future__ import annotations

import json
from pathlib import Path

from bench import cli_help


def test_quick_run_reports_help_time_against_bare_python(tmp_path: Path) -> None:
    out = tmp_path / "cli_help.json"
    assert cli_help.main(["--quick", "--out", str(out)]) == 0
    result = json.loads(out.read_text())
    assert result["python_ms"] > 0 and result["after_ms"] > 0 and result["after_cpu_ms"] > 0
    # The ratio comes from unrounded times, the ms fields are rounded to whole ms: the ratio must
    # lie within what that rounding allows (± 0.5 ms each; ± 0.005 for the ratio's own rounding).
    after, python = result["after_cpu_ms"], result["python_cpu_ms"]
    low, high = (after - 0.5) / (python + 0.5), (after + 0.5) / max(python - 0.5, 0.5)
    assert low - 0.005 <= result["after_vs_python"] <= high + 0.005
    assert "before_ms" not in result
