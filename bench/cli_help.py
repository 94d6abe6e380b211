"""`newsbrief --help` start-up time, as a ratio to a bare `python -c pass` in the same run.

    python -m bench.cli_help [--quick] [--out PATH] [--before REV]

Runs `python -m bot --help` with this tree's code and with the code at `--before` (a temporary
git worktree; default BEFORE_REV, the code before issue 19's CLI work), interleaved with
`python -c pass`, and takes the median of each. The ratio is what carries over between
machines: on a loaded machine all three are slower together. Writes bench/results/cli_help.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "cli_help.json"
BEFORE_REV = "6bf10ad"


def _time(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="5 runs each, no 'before' code")
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--before", default=None, help=f"git revision (default {BEFORE_REV})")
    args = ap.parse_args(argv)
    runs = 5 if args.quick else 21
    before_rev = ("" if args.quick else BEFORE_REV) if args.before is None else args.before
    trees = {"after": ROOT}
    tmp = None
    if before_rev:
        tmp = Path(tempfile.mkdtemp(prefix="nb-before-"))
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tmp),
                        before_rev], check=True)
        trees["before"] = tmp
    base_env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBRIEF_")}
    times: dict[str, list[float]] = {"python": [], **{name: [] for name in trees}}
    try:
        for _ in range(runs):  # interleaved: every figure sees the same moment's load
            times["python"].append(_time([sys.executable, "-c", "pass"], base_env))
            for name, tree in trees.items():
                env = {**base_env, "PYTHONPATH": str(tree)}
                times[name].append(_time([sys.executable, "-m", "bot", "--help"], env))
    finally:
        if tmp is not None:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tmp)],
                           check=False)
    med = {k: statistics.median(v) for k, v in times.items()}
    result: dict[str, Any] = {
        "quick": args.quick, "runs": runs, "before_rev": before_rev or None,
        "python_ms": round(med["python"] * 1000),
        **{f"{name}_ms": round(med[name] * 1000) for name in trees},
        **{f"{name}_vs_python": round(med[name] / med["python"], 2) for name in trees},
        "title": f"`newsbrief --help` start-up (`bench.cli_help`, median of {runs} runs each, "
                 "interleaved with a bare `python -c pass`)",
    }
    result["table"] = [
        {"code": name, "`python -m bot --help`": f"{result[f'{name}_ms']} ms",
         "`python -c pass`": f"{result['python_ms']} ms",
         "ratio": f"{result[f'{name}_vs_python']:.2f}×",
         "time over bare python": f"{result[f'{name}_ms'] - result['python_ms']} ms"}
        for name in ("before", "after") if name in trees
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "table"}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
