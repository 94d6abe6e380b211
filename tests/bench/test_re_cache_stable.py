"""bot/data/re_cache.bin is keyed by each lazy pattern's text: a pattern built from a set's
iteration order changes with every process's string hashing, so no cache file can ever hold
it and every process compiles it again (a ~93,000-character wire-lead pattern cost each pool
process 0.3–0.7 s that way until its names were sorted). The lazy patterns the modules make on
import must be the same under any hash seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import hashlib, importlib, pkgutil
import bot
from bot.core import lazy_re
for info in pkgutil.walk_packages(bot.__path__, "bot."):
    if info.name.endswith("__main__"):
        continue
    try:
        importlib.import_module(info.name)
    except ImportError:
        continue
pats = sorted(repr((p.pattern, p._flags)) for p in lazy_re.ALL)
print(len(pats), hashlib.sha256("\\n".join(pats).encode()).hexdigest())
"""


def _patterns_digest(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                         text=True, timeout=120, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    return run.stdout.strip()


def test_lazy_patterns_do_not_depend_on_the_hash_seed() -> None:
    first = _patterns_digest("0")
    assert int(first.split()[0]) > 100  # the probe saw the modules' patterns
    assert _patterns_digest("1") == first
    assert _patterns_digest("2") == first
