"""Consistency check of this held-out set: runs ../../heldout_common/check.py on it (with the
windows-1257 and windows-1255 codecs of the two traps registered), then checks that every
sidecar date is the instant feedparser reads from that same item (decoded with the true codec)."""
import importlib.util
import json
import sys
from calendar import timegm
from datetime import datetime
from pathlib import Path

import feedparser

HERE = Path(__file__).resolve().parent
FOLDER = HERE.parent
sys.argv[1:] = [str(FOLDER)]
spec = importlib.util.spec_from_file_location("heldout_common_check", FOLDER.parent / "heldout_common" / "check.py")
common = importlib.util.module_from_spec(spec)
spec.loader.exec_module(common)
common.ENC.update({"cp1257": "cp1257", "cp1255": "cp1255"})


def dates() -> int:
    bad = 0
    for side in sorted(FOLDER.glob("*.expect.json")):
        exp = json.loads(side.read_text(encoding="utf-8"))
        path = FOLDER / side.name.removesuffix(".expect.json")
        text = path.read_bytes().decode(common.ENC[exp["feed"]["encoding"]])
        parsed = feedparser.parse(text)
        for e in parsed.entries:
            key = e.get("id") or e.get("link")
            want = exp["items"][key]["published"]
            st = e.get("published_parsed") or e.get("updated_parsed")
            got = None if st is None else timegm(st)
            want_ts = None if want is None else int(datetime.fromisoformat(want).timestamp())
            if got != want_ts:
                bad += 1
                print(f"DATE {path.name} {key}: sidecar {want}, feedparser {got}")
    return bad


if __name__ == "__main__":
    rc = common.main()
    bad = dates()
    print(f"date mismatches: {bad}")
    sys.exit(1 if rc or bad else 0)
