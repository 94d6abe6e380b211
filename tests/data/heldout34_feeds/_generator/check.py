"""Consistency check of this held-out set: runs ../../heldout_common/check.py on it, with the
Mac OS Roman codec of the broken press-review feed added to its table of true codecs."""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.argv[1:] = [str(HERE.parent)]
COMMON = HERE.parent.parent / "heldout_common" / "check.py"
spec = importlib.util.spec_from_file_location("common_check", COMMON)
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
mod.ENC["mac_roman"] = "mac_roman"
sys.exit(mod.main())
