"""Consistency check of this held-out set: runs ../../heldout_common/check.py on it, with the
EBCDIC codec of the IBM i feed added to its codec table (the decoded text is handed to
feedparser without its encoding="IBM273" declaration, which feedparser would try to honour)."""
import re
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.argv[1:] = [str(HERE.parent)]
ns = runpy.run_path(str(HERE.parent.parent / "heldout_common" / "check.py"), run_name="check39")
g = ns["main"].__globals__
g["ENC"]["cp273"] = "cp273"
_ids = g["ids"]


def ids(path, exp):
    if exp["feed"]["encoding"] != "cp273":
        return _ids(path, exp)
    text = re.sub(r'\sencoding="[^"]*"', "", path.read_bytes().decode("cp273"), count=1)
    return [e.get("id") or e.get("link") for e in g["feedparser"].parse(text).entries]


g["ids"] = ids
sys.exit(ns["main"]())
