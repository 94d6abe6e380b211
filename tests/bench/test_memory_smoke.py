"""Smoke run of the memory benchmark: seven compressed-time cycles complete and are measured."""

from __future__ import annotations

import json
from pathlib import Path

from bench import memory


def test_quick_run_measures_an_hour_of_cycles(tmp_path: Path) -> None:
    out = tmp_path / "memory.json"
    assert memory.main(["--quick", "--feeds", "20", "--out", str(out)]) == 0
    result = json.loads(out.read_text())
    samples = result["samples"]
    assert [s["minute"] for s in samples] == [0, 10, 20, 30, 40, 50, 60]
    assert samples[0]["fetched"] == 20 and samples[0]["errors"] == 0
    assert sum(s["not_modified"] for s in samples) > 0  # conditional GET at work
    assert all(s["worker_mb"] > 0 for s in samples)
