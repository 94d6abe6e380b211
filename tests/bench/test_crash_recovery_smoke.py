"""Smoke run of bench.crash_recovery --quick: a real worker killed while it holds a feed's lease
and while it holds an outbox row delivers again after its restart, and posts nothing twice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import crash_recovery


@pytest.mark.slow
def test_crash_recovery_bench_quick(tmp_path: Path) -> None:
    out = tmp_path / "crash_recovery.json"
    assert crash_recovery.main(["--quick", "--out", str(out)]) == 0
    result = json.loads(out.read_text())
    rows = result["rows"]
    assert rows[0]["mode"] == "after" and rows[0]["backend"] == "sqlite"
    assert all(r["duplicates"] == 0 for r in rows)
    # Held names: no lease is waited out (a dead worker's run for 120 s).
    assert all(r["worst_s"] < 60 for r in rows)
