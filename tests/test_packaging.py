"""What the package reads at run time ships in the wheel: every data file matches package-data."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_data_file_is_declared_as_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["bot"]
    bot = ROOT / "bot"
    files = [
        p.relative_to(bot).as_posix()
        for p in (bot / "data").rglob("*")
        if p.is_file() and p.suffix not in {".py", ".pyc"} and "__pycache__" not in p.parts
    ]
    files += [p.relative_to(bot).as_posix() for p in (bot / "store" / "migrations").rglob("*.sql")]
    # setuptools' "*" does not cross "/": the same as fnmatch on each pattern's directory depth.
    missing = [
        f
        for f in files
        if not any(
            fnmatch.fnmatch(f, pat) and f.count("/") == pat.count("/") for pat in patterns
        )
    ]
    assert missing == []
