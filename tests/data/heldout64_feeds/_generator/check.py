"""Consistency check of this held-out set: runs ../../heldout_common/check.py on it, then checks
that every sidecar date equals the date feedparser reads from that same item."""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.argv[1:] = [str(HERE.parent)]
spec = importlib.util.spec_from_file_location("common_check", HERE.parent.parent / "heldout_common" / "check.py")
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
mod.ENC.update({"kz1048": "kz1048", "iso8859_7": "iso8859_7"})
sys.exit(mod.main_with_dates())
