"""Consistency check of this held-out set: runs ../../heldout_common/check.py on it, with the two
legacy codecs of this set's odd feeds (EBCDIC cp500, UTF-7) added to its codec table."""
import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.argv[1:] = [str(HERE.parent)]
spec = importlib.util.spec_from_file_location("hcheck", HERE.parent.parent / "heldout_common" / "check.py")
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
mod.ENC.update({"cp500": "cp500", "utf-7": "utf-7"})
_parse = mod.feedparser.parse


def _parse_text(text):
    """feedparser re-reads a str by its prolog, which it cannot do for IBM500 or UTF-7: the text is
    already decoded here, so the prolog's encoding is dropped before parsing (ids only)."""
    if isinstance(text, str):
        text = re.sub(r'(<\?xml[^>]*?) encoding="[^"]*"', r"\1", text, count=1)
    return _parse(text)


mod.feedparser = type("fp", (), {"parse": staticmethod(_parse_text)})
sys.exit(mod.main())
