"""`python -m bench NAME --quick` runs a benchmark as a smoke test without touching results."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_quick_run_leaves_committed_results_alone() -> None:
    results = ROOT / "bench" / "results" / "parse.json"
    before = results.read_bytes()
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "parse", "--quick"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "=== bench.parse --quick" in proc.stdout
    assert results.read_bytes() == before


def test_unknown_benchmark_is_a_clear_error() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "nope"], cwd=ROOT, capture_output=True, text=True,
        timeout=60,
    )
    assert proc.returncode == 2 and "unknown benchmark 'nope'" in proc.stderr
