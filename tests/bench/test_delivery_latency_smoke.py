"""Smoke run of the delivery-latency benchmark: every new item reaches the fake Slack API."""

from __future__ import annotations

import json
from pathlib import Path

from bench import delivery_latency


def test_quick_run_delivers_every_item(tmp_path: Path) -> None:
    out = tmp_path / "dl.json"
    assert delivery_latency.main(["--quick", "--interval", "1", "--out", str(out)]) == 0
    result = json.loads(out.read_text())
    assert result["items"] == 5
    # Polling every second, no item may wait more than a few intervals.
    assert 0 < result["p50_s"] <= result["p99_s"] < 5
