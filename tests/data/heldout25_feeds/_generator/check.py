"""Consistency check of this held-out set: runs ../../heldout_common/check.py on it, with the
codec of its Turkish windows-1254 feed added to the shared codec table (that table is read-only
shared code; this set only extends its own copy in memory)."""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.argv[1:] = [str(HERE.parent)]
COMMON = HERE.parent.parent / "heldout_common" / "check.py"
spec = importlib.util.spec_from_file_location("heldout_check", COMMON)
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
mod.ENC.setdefault("cp1254", "cp1254")
sys.exit(mod.main())
