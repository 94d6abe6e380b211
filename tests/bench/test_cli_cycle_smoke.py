"""Smoke run of issue 19's outside check: `newsbrief run --once` as a fresh process vs reader."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(300)  # three fresh processes: ours, reader, and the feed server
def test_cli_cycle_quick(tmp_path: Path) -> None:
    out = tmp_path / "cli_cycle.json"
    proc = subprocess.run(
        [sys.executable, "-m", "bench.cli_cycle", "--quick", "-n", "6", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=240, check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(out.read_text())
    [run] = result["runs"]
    # reader stored every item of the 6 feeds; ours ran the whole command, its tree measured
    assert run["reader"]["entries"] == 6 * 20
    assert run["ours"]["cpu_s"] > 0 and run["ours"]["peak_tree_mb"] > 0
    assert run["ours"]["vs_reader_update"] > 0
    assert [row["code"] for row in result["table"]] == ["after", "reader"]
    # measured as installed: the tree's modules compiled to bytecode before the runs
    assert result["bytecode"] is True
    assert any((ROOT / "bot" / "ingest" / "__pycache__").glob("poller.*.pyc"))
