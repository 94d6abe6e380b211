"""Consistency check of this held-out set: runs ../../heldout_common/check.py on it, with the
two codecs this set adds (windows-1256 and UTF-16BE without a BOM) known to its decoder and,
as bench/heldout.py does, the XML declaration's encoding label dropped once the bytes are
decoded with the true codec (feedparser would otherwise re-read the text as UTF-16)."""
import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.argv[1:] = [str(HERE.parent)]
COMMON = HERE.parent.parent / "heldout_common" / "check.py"
spec = importlib.util.spec_from_file_location("heldout_check", COMMON)
assert spec and spec.loader
check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check)
check.ENC.update({"cp1256": "cp1256", "utf-16-be": "utf-16-be"})


def ids(path: Path, exp: dict) -> list[str]:
    text = path.read_bytes().decode(check.ENC[exp["feed"]["encoding"]])
    text = re.sub(r"^(\s*<\?xml[^>]*?)\sencoding=[\"'][^\"']*[\"']", r"\1", text, count=1)
    return [e.get("id") or e.get("link") for e in check.feedparser.parse(text).entries]


check.ids = ids
sys.exit(check.main())
