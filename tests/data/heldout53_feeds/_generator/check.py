"""Consistency check of this held-out set: runs ../../heldout_common/check.py on it, then checks
that every sidecar date is the instant feedparser reads from that same item (None where the item
has no date)."""
import calendar
import importlib.util
import json
import sys
from datetime import datetime
from pathlib import Path

import feedparser

HERE = Path(__file__).resolve().parent
sys.argv[1:] = [str(HERE.parent)]
spec = importlib.util.spec_from_file_location("heldout_check", HERE.parent.parent / "heldout_common" / "check.py")
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)


def dates() -> int:
    bad = 0
    for side in sorted(HERE.parent.glob("*.expect.json")):
        exp = json.loads(side.read_text(encoding="utf-8"))
        feed = side.with_name(side.name.removesuffix(".expect.json"))
        parsed = feedparser.parse(feed.read_bytes().decode(mod.ENC[exp["feed"]["encoding"]]))
        for e in parsed.entries:
            key = e.get("id") or e.get("link")
            st = e.get("published_parsed") or e.get("updated_parsed")
            got = calendar.timegm(st) if st else None
            want = exp["items"][key]["published"]
            want = int(datetime.fromisoformat(want).timestamp()) if want else None
            if got != want:
                bad += 1
                print(f"DATE MISMATCH {feed.name} {key}: feed {got} sidecar {want}")
    return bad


if __name__ == "__main__":
    rc = mod.main()
    sys.exit(1 if (dates() or rc) else 0)
