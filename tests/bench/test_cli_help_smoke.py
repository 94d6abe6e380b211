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
    ratio = result["after_cpu_ms"] / result["python_cpu_ms"]
    assert abs(result["after_vs_python"] - ratio) < 0.05  # from unrounded times
    assert "before_ms" not in result
