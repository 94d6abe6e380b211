"""Write every feed of the sixty-fourth held-out set and its sidecar:
python3 build.py (from this folder)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent.parent / "heldout_common"))
import lib  # the shared generator library, importable once the path is set

MODULES = ["feeds_en", "feeds_other", "feeds_odd"]

if __name__ == "__main__":
    lib.OUT = Path(__file__).resolve().parent.parent
    lib.build(MODULES)
