"""Consistency check of this held-out set: runs ../../heldout_common/check.py on it, with the
codecs of this set's odd feeds (UTF-32, DOS code page 860) added to its codec table."""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.argv[1:] = [str(HERE.parent)]
spec = importlib.util.spec_from_file_location("heldout_check", HERE.parent.parent / "heldout_common" / "check.py")
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
mod.ENC.update({"utf-32": "utf-32", "cp860": "cp860"})
sys.exit(mod.main())
