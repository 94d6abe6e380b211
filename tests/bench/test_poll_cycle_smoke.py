"""Smoke run of the poll-cycle benchmark in quick mode: it runs, and every feed is accounted for."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_poll_cycle_quick(tmp_path: Path):
    out = tmp_path / "poll_cycle.json"
    proc = subprocess.run(
        [sys.executable, "-m", "bench.poll_cycle", "--quick", "-n", "40", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "ours-process" in proc.stdout and "reader" in proc.stdout
    results = json.loads(out.read_text())
    ours = results["contenders"]["ours-process"]
    assert ours["cold"]["parsed"] == 40 and ours["cold"]["errors"] == 0
    assert ours["cold"]["entries"] == 40 * 25
    assert ours["all_304"]["not_modified"] == 40
    assert results["contenders"]["reader"]["cold"]["entries"] == 40 * 25
    assert "cold_time_vs_reader" in ours
