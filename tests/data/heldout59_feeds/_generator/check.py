"""Consistency check of this held-out set: runs ../../heldout_common/check.py on it (with the two
codecs this set adds, KOI8-U and ISO-2022-JP), then checks that every sidecar date equals the
date feedparser reads from that same item."""
import importlib.util
import sys
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
sys.exit(mod.main_with_dates())
