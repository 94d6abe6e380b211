"""Consistency check of this held-out set: runs ../../heldout_common/check.py on it."""
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.argv[1:] = [str(HERE.parent)]
runpy.run_path(str(HERE.parent.parent / "heldout_common" / "check.py"), run_name="__main__")
