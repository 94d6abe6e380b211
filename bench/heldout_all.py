"""Every held-out feed set in one table: its first (blind) measurement and what it shows now.

    python -m bench.heldout_all [--code WORKTREE] [--sets 2,3,…] [--jobs N] [--out PATH]

Runs `bench.heldout` (counts only, as always) on each `tests/data/heldout*_feeds/` set, in a
subprocess each, and writes bench/results/heldout.json, which `python -m bench report` renders
in the README. The first measurement of each set (taken blind, before anyone changing the code
had read it) and whether the set is still blind come from `tests/data/heldout_index.json`, kept
by hand as sets are written and released; the rest is measured here.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
INDEX = DATA / "heldout_index.json"
OUT = ROOT / "bench" / "results" / "heldout.json"


def folder(n: int) -> Path:
    return DATA / ("heldout_feeds" if n == 1 else f"heldout{n}_feeds")


def measure(n: int, code: Path) -> dict[str, Any]:
    """One set's `bench.heldout` JSON report (counts only) for the code in `code`."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        env = {**os.environ, "PYTHONPATH": str(code)}
        subprocess.run(
            [sys.executable, "-m", "bench.heldout", str(folder(n)), "--code", str(code),
             "--out", str(out)],
            cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL,
        )
        report: dict[str, Any] = json.loads(out.read_text("utf-8"))
        return report


def _share(part: int, whole: int) -> str:
    return f"{part} / {whole} ({100 * part / whole:.1f}%)" if whole else "–"


def row(n: int, entry: dict[str, Any], report: dict[str, Any]) -> dict[str, str]:
    first = entry.get("first")
    rel = report["relevance"]
    return {
        "set": f"**{n}**" if entry.get("blind") else str(n),
        "imitates": entry["theme"],
        "first measured (blind)": (f"{_share(first['defective'], first['items'])}, "
                                   f"{first['code']}" if first else "–"),
        "now": _share(report["defective"], report["items"])
        + (", **blind**" if entry.get("blind") else ", in-sample"),
        "strict now": _share(report["defective_strict"], report["items"]),
        "relevance P / R now": f"{rel['precision']:.3f} / {rel['recall']:.3f}",
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--code", type=Path, default=ROOT, help="worktree whose code to measure")
    ap.add_argument("--sets", help="comma-separated set numbers (default: every indexed set)")
    ap.add_argument("--jobs", type=int, default=1,
                    help="sets measured at once (each in its own process)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    index: dict[str, dict[str, Any]] = json.loads(INDEX.read_text("utf-8"))["sets"]
    wanted = [int(s) for s in args.sets.split(",")] if args.sets else sorted(map(int, index))
    rows, commit = [], ""
    totals = {"defective": 0, "strict": 0, "items": 0}
    code = args.code.resolve()
    with ThreadPoolExecutor(max(args.jobs, 1)) as pool:
        reports = list(pool.map(lambda n: measure(n, code), wanted))
    for n, report in zip(wanted, reports, strict=True):
        commit = report.get("commit", commit)
        rows.append(row(n, index[str(n)], report))
        if not index[str(n)].get("blind"):
            totals["defective"] += report["defective"]
            totals["strict"] += report["defective_strict"]
            totals["items"] += report["items"]
        print(f"set {n}: {report['defective']}/{report['items']}", file=sys.stderr)
    result = {
        "title": (f"Held-out sets, every one (`bench.heldout_all`, code {commit}; bold: still "
                  "blind; released sets together: "
                  f"{_share(totals['defective'], totals['items'])} items with a visible defect, "
                  f"strict {_share(totals['strict'], totals['items'])})"),
        "table": rows,
    }
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
