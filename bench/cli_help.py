"""`newsbrief --help` start-up time, as a ratio to a bare `python -c pass` in the same run.

    python -m bench.cli_help [--quick] [--out PATH] [--before REV]

Runs `python -m bot --help` with this tree's code and with the code at `--before` (a temporary
git worktree; default BEFORE_REV, the code before issue 19's CLI work), interleaved with
`python -c pass`, and takes the median of each, in CPU time (wall time is reported too). The
ratio is what carries over between machines: on a loaded machine all three are slower
together. Writes bench/results/cli_help.json.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
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


def _time(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of `cmd`. CPU time (user + system of the child)
    is what the ratio uses: on a machine shared with other work, wall time mostly measures the
    wait for a core."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


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
    times: dict[str, list[tuple[float, float]]] = {"python": [], **{n: [] for n in trees}}
    try:
        for _ in range(runs):  # interleaved: every figure sees the same moment's load
            times["python"].append(_time([sys.executable, "-c", "pass"], base_env, ROOT))
            for name, tree in trees.items():
                # cwd too: `-m` puts the current folder first on the path
                env = {**base_env, "PYTHONPATH": str(tree)}
                times[name].append(_time([sys.executable, "-m", "bot", "--help"], env, tree))
    finally:
        if tmp is not None:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tmp)],
                           check=False)
    wall = {k: statistics.median(w for w, _ in v) for k, v in times.items()}
    cpu = {k: statistics.median(c for _, c in v) for k, v in times.items()}
    result: dict[str, Any] = {
        "quick": args.quick, "runs": runs, "before_rev": before_rev or None,
        "python_ms": round(wall["python"] * 1000), "python_cpu_ms": round(cpu["python"] * 1000),
        **{f"{name}_ms": round(wall[name] * 1000) for name in trees},
        **{f"{name}_cpu_ms": round(cpu[name] * 1000) for name in trees},
        **{f"{name}_vs_python": round(cpu[name] / cpu["python"], 2) for name in trees},
        "title": f"`newsbrief --help` start-up (`bench.cli_help`, median of {runs} runs each, "
                 "interleaved with a bare `python -c pass`; ratio of CPU times)",
    }
    result["table"] = [
        {"code": name,
         "`python -m bot --help`": f"{result[f'{name}_cpu_ms']} ms CPU "
                                   f"({result[f'{name}_ms']} ms wall)",
         "`python -c pass`": f"{result['python_cpu_ms']} ms CPU ({result['python_ms']} ms wall)",
         "ratio": f"{result[f'{name}_vs_python']:.2f}×",
         "CPU over bare python": f"{result[f'{name}_cpu_ms'] - result['python_cpu_ms']} ms"}
        for name in ("before", "after") if name in trees
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "table"}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
