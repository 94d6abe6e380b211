"""Smoke run of bench.why_lines on a small hand-made dump: each defect kind is counted."""

from __future__ import annotations

import json
from pathlib import Path

from bench import why_lines


def _item(title: str, reasons: list[str], text: str = "") -> dict[str, object]:
    return {"title": title, "text": text, "relevance": 0.5, "reasons": reasons}


def test_why_lines_counts_each_kind(tmp_path: Path) -> None:
    dump = {
        "a#0": _item("Chile's output falls", ["+ mentions Chile", "+ percent"]),
        "a#1": _item("Pixel review", ["- culture/lifestyle term 'review'", "- 'does'"]),
        "a#2": _item("Tram works", []),
        "a#3": _item("Spagna, il «terremoto» dopo il voto",
                     ["+ mentions Spain", "+ weather term abroad 'terremoto'"]),
        "a#4": _item("Iran talks", ["+ mentions Iran", "+ foreign-affairs term 'talks'"]),
        "a#5": _item("Tram works", ["- no foreign country, body or topic named"]),
    }
    path = tmp_path / "dump.json"
    path.write_text(json.dumps(dump), "utf-8")
    out = tmp_path / "why_lines.json"
    assert why_lines.main(["--dump", str(path), "--out", str(out)]) == 0
    result = json.loads(out.read_text("utf-8"))["dump.json"]
    assert result["items"] == 6 and result["why_lines_with_defect"] == 4
    assert result["per_kind"] == {"function_word": 1, "number_unit": 1, "quoted_metaphor": 1,
                                  "empty": 1, "unlisted_word": 2}
