"""Consistency check of this held-out set: runs ../../heldout_common/check.py on it (with the two
codecs this set adds, KOI8-U and ISO-2022-JP), then checks that every sidecar date equals the
date feedparser reads from that same item."""
import importlib.util
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import feedparser

# pubDates some period CMSs wrote with the server locale's day and month names (TYPO3 tt_news
# under a German locale, a Portuguese Joomla): read them as the bot must, for the date check
_NAMES = {"Mo": "Mon", "Di": "Tue", "Mi": "Wed", "Do": "Thu", "Fr": "Fri", "Sa": "Sat", "So": "Sun",
          "Mär": "Mar", "Mai": "May", "Okt": "Oct", "Dez": "Dec",
          "seg": "Mon", "ter": "Tue", "qua": "Wed", "qui": "Thu", "sex": "Fri", "sáb": "Sat", "dom": "Sun",
          "fev": "Feb", "abr": "Apr", "mai": "May", "ago": "Aug", "set": "Sep", "out": "Oct", "dez": "Dec"}


def _localised(s):
    import email.utils
    import re
    s = re.sub(r"[^\W\d_]+", lambda m: _NAMES.get(m.group(0), m.group(0)), s)
    t = email.utils.parsedate_tz(s)
    if not t:
        return None
    import calendar
    import time
    return time.gmtime(calendar.timegm(t[:9]) - (t[9] or 0))


feedparser.registerDateHandler(_localised)

HERE = Path(__file__).resolve().parent
sys.argv[1:] = [str(HERE.parent)]
spec = importlib.util.spec_from_file_location("common_check", HERE.parent.parent / "heldout_common" / "check.py")
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
mod.ENC.update({"koi8-u": "koi8_u", "iso-2022-jp": "iso2022_jp"})
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
