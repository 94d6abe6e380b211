"""Build bot/data/re_cache.bin: what `re` compiles each lazy pattern of the bot to.

    python3 -m bench.build_re_cache [--check]

`bot.core.lazy_re` compiles a content module's pattern on first use; `re`'s compiler is Python,
and the patterns a cold cycle meets took ~0.4 s of every process. This file holds, for every
lazy pattern made when the bot's modules are imported, its SRE code, groups and flags (keyed by
a digest of the pattern and flags), for this Python's regex engine: `lazy_re` makes a pattern
found there with `_sre.compile`. Each entry is checked to equal what `re.compile` makes (code
and all) before it is written. A stale file (a pattern edited since) or one built for another
Python only costs time: those patterns are compiled as before. Rebuild after editing patterns.
"""

from __future__ import annotations

import gc
import importlib
import pkgutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bot" / "data" / "re_cache.bin"


def lazy_patterns() -> list[tuple[str | bytes, int]]:
    """Every lazy pattern the bot's modules make when imported (adapters' SDKs left out), and
    the tables the content build makes on first use (`_first_use`)."""
    import bot
    from bot.core import lazy_re

    for info in pkgutil.walk_packages(bot.__path__, "bot."):
        if info.name.endswith("__main__"):  # runs the CLI
            continue
        try:
            importlib.import_module(info.name)
        except ImportError:  # an optional dependency's module
            continue
    found = {(p.pattern, p._flags) for p in lazy_re.ALL}
    # Those made on first use and kept (tables); one made per article (a name's pattern) is
    # dropped after its call, and so from ALL (a weak set), and left out.
    _first_use()
    gc.collect()
    found |= {(p.pattern, p._flags) for p in lazy_re.ALL}
    return sorted(found, key=repr)


FIRST_USE_FEEDS = ROOT / "tests" / "data" / "realistic_feeds"


def _first_use() -> None:
    """Build the realistic fixture feeds' items: the tables compiled when first needed (the
    junk labels' whole-text alternation, ~10,000 characters and ~40 ms to compile, summarize's
    source-only leads, …) are made then, in every process's first build. Over the 2,298 items
    of the released sets they are five patterns, all tables': no pattern made per article."""
    from bench.article_dump import _feeds
    from bot.content.articles import is_story, process_feed
    from bot.core.errors import ParseError

    for path, content_type in _feeds():
        if path.parent != FIRST_USE_FEEDS:
            continue
        try:
            _, built = process_feed(path.read_bytes(), url=f"https://feeds.example/{path.name}",
                                    content_type=content_type)
        except ParseError:
            continue
        for article in built:
            is_story(article)


def build() -> bytes:
    import re

    from bot.core import lazy_re

    entries = []
    for pattern, flags in lazy_patterns():
        parts = lazy_re.sre_parts(pattern, flags)
        if lazy_re.from_parts(pattern, parts) != re.compile(pattern, flags):
            raise SystemExit(f"not what re makes: {pattern!r:.80}")
        entries.append((pattern, flags, parts))
    return lazy_re.dump_cache(entries)


def lazy_re_key(pattern: tuple[str | bytes, int]) -> bytes:
    from bot.core import lazy_re

    return lazy_re.cache_key(*pattern)


def _process_varying() -> set[tuple[str | bytes, int]]:
    """The lazy patterns that differ in a process with another hash seed."""
    import ast
    import os
    import subprocess

    code = "from bench.build_re_cache import lazy_patterns; print(repr(lazy_patterns()))"
    env = {**os.environ, "PYTHONHASHSEED": str(os.getpid() % 1000 + 1)}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True).stdout
    other = set(ast.literal_eval(out))
    return set(lazy_patterns()) ^ other


def _entries(data: bytes) -> dict[bytes, object]:
    import marshal
    import zlib

    from bot.core import lazy_re

    return {k: marshal.loads(zlib.decompress(v)) for k, v in lazy_re.load_cache(data).items()}


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the committed file is stale")
    args = ap.parse_args(argv)
    data = build()
    if args.check:  # compared as entries: marshal's bytes vary with reference counts
        fresh, stored = _entries(data), _entries(OUT.read_bytes()) if OUT.exists() else {}
        # A few alternations are joined in set order, which varies by process: those are
        # missed now and then at run time (compiled as before), and left out of the check.
        unstable = {lazy_re_key(p) for p in _process_varying()}
        same = all(stored.get(k) == v for k, v in fresh.items() if k not in unstable)
        print(f"{OUT.name} " + ("up to date" if same else "is stale: run bench.build_re_cache"))
        return 0 if same else 1
    OUT.write_bytes(data)
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
