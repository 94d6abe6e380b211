"""The shared tail of the `bench.build_*` scripts: write a generated data table, or with
`--check` fail when the committed copy is stale (the tests run the check)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def babel_version() -> str:
    import babel

    return str(babel.__version__)


def main(
    argv: list[str] | None,
    *,
    doc: str | None,
    out: Path,
    make: Callable[[], str],
    module: str,
    summary: Callable[[str], str] | None = None,
    babel: bool = False,
) -> int:
    """Build `out` from `make()`; `babel`: the committed table records the babel version it was
    built with, and a check under another version says "not comparable" instead of failing."""
    ap = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the committed file is stale")
    args = ap.parse_args(argv)
    text = make()
    if args.check:
        if babel and out.exists():
            built_with = json.loads(out.read_text("utf-8")).get("_babel")
            if built_with not in (None, babel_version()):
                print(f"{out.name} was built with babel {built_with}: not comparable")
                return 0
        same = out.exists() and out.read_text("utf-8") == text
        print(f"{out.name} " + ("up to date" if same else f"is stale: run bench.{module}"))
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    extra = summary(text) if summary else f"{out.stat().st_size // 1024} KiB"
    print(f"wrote {out.relative_to(ROOT)} ({extra})")
    return 0
