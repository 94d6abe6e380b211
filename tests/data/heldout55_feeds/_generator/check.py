# ruff: noqa: E501
"""Consistency check of this held-out set: (1) a rebuild into a temporary folder gives the
committed files byte for byte; (2) ../../heldout_common/check.py compares sidecar keys with the
feed items and prints the counts (with the EUC-KR codec registered); (3) every sidecar date
equals the date feedparser reads from that same item (bytes decoded with the true codec)."""
import json
import runpy
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import feedparser

HERE = Path(__file__).resolve().parent
SET = HERE.parent


def rebuild() -> int:
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "data"
        shutil.copytree(HERE, copy / SET.name / "_generator",
                        ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copytree(SET.parent / "heldout_common", copy / "heldout_common",
                        ignore=shutil.ignore_patterns("__pycache__"))
        subprocess.run([sys.executable, "build.py"], cwd=copy / SET.name / "_generator",
                       check=True, capture_output=True)
        built = {p.name: p.read_bytes() for p in (copy / SET.name).iterdir() if p.is_file()}
        have = {p.name: p.read_bytes() for p in SET.iterdir() if p.is_file() and p.name != "README.md"}
        if sorted(built) != sorted(have):
            print("REBUILD file lists differ:", set(built) ^ set(have))
            bad += 1
        for name in sorted(set(built) & set(have)):
            if built[name] != have[name]:
                print("REBUILD differs:", name)
                bad += 1
    print("rebuild byte for byte:", "ok" if not bad else f"{bad} problem(s)")
    return bad


def dates() -> int:
    bad = 0
    for side in sorted(SET.glob("*.expect.json")):
        exp = json.loads(side.read_text(encoding="utf-8"))
        path = SET / side.name.removesuffix(".expect.json")
        text = path.read_bytes().decode(exp["feed"]["encoding"])
        parsed = feedparser.parse(text)
        for e in parsed.entries:
            key = e.get("id") or e.get("link")
            want = exp["items"][key]["published"]
            tt = e.get("published_parsed") or e.get("updated_parsed")
            got = datetime(*tt[:6], tzinfo=UTC) if tt else None
            want_dt = datetime.fromisoformat(want) if want else None
            if got != want_dt:
                print(f"DATE {path.name} {key}: sidecar {want} feedparser {got}")
                bad += 1
    print("sidecar dates equal feedparser's:", "ok" if not bad else f"{bad} mismatch(es)")
    return bad


def counts() -> int:
    sys.argv[1:] = [str(SET)]
    mod = runpy.run_path(str(SET.parent / "heldout_common" / "check.py"), run_name="heldout_common_check")
    mod["ENC"]["euc-kr"] = "euc-kr"
    mod["main"].__globals__["ENC"]["euc-kr"] = "euc-kr"
    return mod["main"]()


if __name__ == "__main__":
    problems = counts()
    problems += rebuild() + dates()
    sys.exit(1 if problems else 0)
