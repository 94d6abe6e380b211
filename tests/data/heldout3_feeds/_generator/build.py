# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Write every feed of the third held-out set and its sidecar: python3 build.py (from this folder)."""
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent.parent / "heldout_common"))
import lib  # the shared generator library, importable once the path is set

lib.OUT = Path(__file__).resolve().parent.parent
MODULES = ["feeds_en", "feeds_eu", "feeds_world"]


def main():
    total = 0
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError as e:
            if e.name != m:
                raise
            continue
        for make in mod.FEEDS:
            f = make()
            f.write()
            total += len(f.items)
            print(f"{f.name:44s} {f.shape:8s} {f.language} {f.encoding:10s} {len(f.items):2d} items")
    print("total items", total)


if __name__ == "__main__":
    main()
