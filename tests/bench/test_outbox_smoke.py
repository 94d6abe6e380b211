"""Smoke run of bench.outbox --quick: it runs, checks exactly-once itself, and writes JSON."""

from __future__ import annotations

import json
from pathlib import Path

from bench import outbox


def test_outbox_bench_quick(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "outbox.json"
    assert outbox.main(["--quick", "--out", str(out)]) == 0
    result = json.loads(out.read_text())
    assert result["bench"] == "outbox" and result["quick"] is True
    sqlite = result["cases"][0]
    assert sqlite["backend"] == "sqlite" and sqlite["deliveries"] == 500
    assert sqlite["per_second"] > 0 and sqlite["ratio_vs_sqlite"] == 1.0
    if result["postgres_skipped"] is None:
        assert [c["workers"] for c in result["cases"][1:]] == [1, 4, "2 processes"]
    assert "per s" in capsys.readouterr().out
