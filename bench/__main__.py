"""Run every benchmark, then refresh the README's results table.

    python -m bench all [--quick]     every benchmark, one after another, each in its own process
    python -m bench NAME [--quick]    one benchmark (poll_cycle, summary_quality, relevance, …)
    python -m bench report            rewrite the README table from bench/results/*.json

Each benchmark compares against a baseline measured in the same run (a peer library, Lead-3,
SQLite vs PostgreSQL…) and writes bench/results/NAME.json. `--quick` runs are smoke tests: they
write to a temporary folder so the committed full-run figures stay as they are.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from bench.report import update_readme

HERE = Path(__file__).resolve().parent
# Order: cheap first, so a broken environment shows up fast.
BENCHMARKS = (
    "cli_help", "article_build", "parse", "relevance", "clustering", "summary_quality",
    "digest_lint", "tags", "outbox",
    "delivery_latency",
    "poll_cycle",
    "memory",
    "crash_recovery",
    "pipeline",
    "cli_cycle",
)


def available() -> list[str]:
    return [name for name in BENCHMARKS if (HERE / f"{name}.py").exists()]


def run(name: str, quick: bool) -> int:
    cmd = [sys.executable, "-m", f"bench.{name}"]
    if quick:
        out = Path(tempfile.mkdtemp(prefix="nb-bench-")) / f"{name}.json"
        cmd += ["--quick", "--out", str(out)]
    print(f"\n=== bench.{name}{' --quick' if quick else ''}", flush=True)
    return subprocess.call(cmd, cwd=HERE.parent)


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    what, quick = argv[0], "--quick" in argv[1:]
    if what == "report":
        update_readme()
        return 0
    names = available() if what == "all" else [what]
    unknown = [n for n in names if n not in available()]
    if unknown:
        print(f"unknown benchmark {unknown[0]!r}; have: {', '.join(available())}", file=sys.stderr)
        return 2
    failed = [n for n in names if run(n, quick) != 0]
    if not quick:
        update_readme()
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
