"""Consistency check of this held-out set: runs ../../heldout_common/check.py on it, with the
OEM code page 850 added to the shared checker's codec table (one feed is cp850 bytes)."""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.argv[1:] = [str(HERE.parent)]
spec = importlib.util.spec_from_file_location("heldout_check", HERE.parent.parent / "heldout_common" / "check.py")
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
mod.ENC["cp850"] = "cp850"
sys.exit(mod.main())
