"""Smoke run of the parser comparison: both parsers read every input with the same items."""

from __future__ import annotations

import json
from pathlib import Path

from bench import parse


def test_quick_run_compares_both_parsers(tmp_path: Path) -> None:
    out = tmp_path / "parse.json"
    assert parse.main(["--quick", "--out", str(out)]) == 0
    rows = json.loads(out.read_text())["table"]
    assert len(rows) == 6  # five demo feeds + one synthetic size
    for row in rows:
        ours, fast = row["items (ours / fast)"].split(" / ")
        assert int(ours) > 0 and ours == fast
        assert row["feedparser ms"] > 0 and row["fastfeedparser ms"] > 0
