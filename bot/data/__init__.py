"""Package data shipped inside the wheel: model weights, tables, built-in defaults, demo feeds.

Everything the package reads at run time lives here and is found with `importlib.resources`, so
a plain `pip install .` carries it; the repository's `config/` holds only user-facing examples.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

# setuptools installs packages as plain directories (never zipped), so the resource root is a
# real directory; a Path keeps `suffix`, `glob` and friends available to callers.
DATA_DIR = Path(str(files(__name__)))
DEFAULTS_FILE = DATA_DIR / "defaults.toml"
DEMO_DIR = DATA_DIR / "demo"
