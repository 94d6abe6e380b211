# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Write every held-out feed and its sidecar: python3 build.py (from this folder)."""
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent.parent / "heldout_common"))
import lib  # the shared generator library, importable once the path is set

lib.OUT = Path(__file__).resolve().parent.parent
MODULES = ["feeds_en", "feeds_en2", "feeds_sci", "feeds_eu", "feeds_world", "feeds_more"]

def main():
    total = 0
    for m in MODULES:
        mod = importlib.import_module(m)
        for make in mod.FEEDS:
            f = make()
            f.write()
            total += len(f.items)
            print(f"{f.name:40s} {f.shape:8s} {f.language} {f.encoding:10s} {len(f.items):2d} items")
    print("total items", total)

if __name__ == "__main__":
    main()
