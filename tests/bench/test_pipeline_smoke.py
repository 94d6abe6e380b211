"""Smoke run of the whole-pipeline benchmark: every cycle of both contenders is measured."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(300)  # two contenders and a PostgreSQL pair, each a fresh process
def test_pipeline_quick(tmp_path: Path) -> None:
    out = tmp_path / "pipeline.json"
    proc = subprocess.run(
        [sys.executable, "-m", "bench.pipeline", "--quick", "-n", "6", "--workers", "2",
         "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=240, check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(out.read_text())
    ours, reader = result["contenders"]["ours"], result["contenders"]["reader"]
    assert ours["cycles"]["cold"]["new_articles"] == 6 * 20
    assert reader["cycles"]["cold"]["new_articles"] == 6 * 20
    assert ours["cycles"]["all_304"]["not_modified"] == 6
    assert ours["cycles"]["one_new"]["new_articles"] == 6
    assert ours["cycles"]["refill"]["new_articles"] == 6 * 20
    assert ours["cycles"]["cold"]["cpu_s"] > 0 and reader["cycles"]["cold"]["cpu_s"] > 0
    # The whole process tree is counted: the worker and its content pool's process (a refill's
    # 20-item builds are big jobs; a 6-feed first poll's small jobs stay in the worker). On two
    # cores or fewer the worker keeps big batches in its own thread: no pool process starts.
    refill = ours["cycles"]["refill"]["peak"]
    if (os.cpu_count() or 1) > 2:
        assert refill["processes"] >= 2
        assert refill["tree_mb"] > refill["main_mb"]
    else:
        assert refill["processes"] == 1
        assert refill["tree_mb"] >= refill["main_mb"] > 0
    assert set(ours["vs_reader"]) == {"cold", "all_304", "one_new", "refill"}
    for run in result.get("postgres", []):  # when the PostgreSQL server is there
        assert run["feeds"] >= 6 and run["articles"] >= 6 * 20
