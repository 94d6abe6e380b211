"""Consistency check of this held-out set: runs ../../heldout_common/check.py on it (sidecar keys
against feed items, counts), then checks that every sidecar date is the instant feedparser reads
from that same item (published, else updated), decoding each feed with its true codec."""
import calendar
import json
import runpy
import sys
from datetime import datetime
from pathlib import Path

import feedparser

HERE = Path(__file__).resolve().parent
FOLDER = HERE.parent
sys.argv[1:] = [str(FOLDER)]
common = runpy.run_path(str(FOLDER.parent / "heldout_common" / "check.py"))
common["ENC"]["utf-16-be"] = "utf-16-be"  # the UTF-16BE-with-BOM trap (read by the BOM)


def dates() -> int:
    bad = 0
    for side in sorted(FOLDER.glob("*.expect.json")):
        exp = json.loads(side.read_text(encoding="utf-8"))
        path = FOLDER / side.name.removesuffix(".expect.json")
        parsed = feedparser.parse(path.read_bytes().decode(common["ENC"][exp["feed"]["encoding"]]))
        for e in parsed.entries:
            key = e.get("id") or e.get("link")
            want = exp["items"][key]["published"]
            got = e.get("published_parsed") or e.get("updated_parsed")
            got_ts = calendar.timegm(got) if got else None
            want_ts = int(datetime.fromisoformat(want).timestamp()) if want else None
            if got_ts != want_ts:
                bad += 1
                print(f"DATE MISMATCH {path.name} {key}: sidecar {want} feedparser {got_ts}")
    return bad


if __name__ == "__main__":
    rc = common["main"]()
    sys.exit(1 if rc or dates() else 0)
