"""Consistency check of this held-out set: runs ../../heldout_common/check.py on it, then checks
that every sidecar date equals the date feedparser reads from that same item."""
import importlib.util
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import feedparser

HERE = Path(__file__).resolve().parent
sys.argv[1:] = [str(HERE.parent)]
spec = importlib.util.spec_from_file_location("common_check", HERE.parent.parent / "heldout_common" / "check.py")
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
mod.ENC.update({"iso-8859-9": "iso-8859-9", "euc_jp": "euc_jp"})
rc = mod.main()
bad = 0
for side in sorted(HERE.parent.glob("*.expect.json")):
    exp = json.loads(side.read_text(encoding="utf-8"))
    raw = (HERE.parent / side.name.removesuffix(".expect.json")).read_bytes().decode(mod.ENC[exp["feed"]["encoding"]])
    for e in feedparser.parse(raw).entries:
        key = e.get("id") or e.get("link")
        want = exp["items"][key]["published"]
        t = e.get("published_parsed") or e.get("updated_parsed")
        got = datetime(*t[:6], tzinfo=UTC) if t else None
        if (want and datetime.fromisoformat(want) != got) or (not want and got):
            bad += 1
            print(f"DATE {side.name} {key}: sidecar {want} feedparser {got}")
print("dates ok" if not bad else f"{bad} date mismatches")
sys.exit(rc or (1 if bad else 0))
