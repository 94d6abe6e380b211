"""bot.core.lazy_re: patterns compile on first use and then behave as re's own."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import types
from pathlib import Path

from bot.core import lazy_re


def _module(source: str) -> types.ModuleType:
    mod = types.ModuleType("lazy_probe")
    exec(compile(source, "lazy_probe", "exec"), mod.__dict__)
    return mod


def test_a_module_level_pattern_is_compiled_on_first_use_and_replaced_by_it() -> None:
    mod = _module("from bot.core import lazy_re as re\nWORD = re.compile(r'b(a+)', re.I)\n")
    assert isinstance(mod.WORD, lazy_re.LazyPattern)
    assert mod.WORD.pattern == "b(a+)"  # readable without compiling
    assert isinstance(mod.WORD, lazy_re.LazyPattern)
    match = mod.WORD.search("xBAAy")
    assert match is not None and match.group(1) == "AA"
    # the module's name now holds the real pattern: later calls cost what re's do
    assert isinstance(mod.WORD, re.Pattern) and mod.WORD.flags & re.I


def test_a_pattern_in_a_table_keeps_working_through_the_stand_in() -> None:
    mod = _module("from bot.core import lazy_re as re\n"
                  "TABLE = {'en': re.compile(r'\\bread more\\b'),\n"
                  "         'de': re.compile(r'\\[mehr\\]')}\n")
    en = mod.TABLE["en"]
    assert en.sub("", "Talks end. Read more", count=1) == "Talks end. Read more"
    assert en.sub("", "Talks end. read more") == "Talks end. "
    assert mod.TABLE["de"].findall("a [mehr] b [mehr]") == ["[mehr]", "[mehr]"]
    assert en.groups == 0 and en.split("x read more y") == ["x ", " y"]


def test_the_rest_of_re_is_re_itself() -> None:
    assert lazy_re.IGNORECASE is re.IGNORECASE and lazy_re.escape is re.escape
    assert lazy_re.sub(r"\s+", " ", "a  b") == "a b"


_SAMPLES: list[tuple[str | bytes, int]] = [
    (r"(?P<who>[A-Z]\w+) (?:said|told)\b", 0),
    (r"^\W*(?:live|watch|in pictures)\W*$", int(re.IGNORECASE)),
    (r"(?i)ça (va)?", 0),  # an inline flag: kept in the compiled flags
    (rb"<\w+:link\b", 0),
]


def test_the_cache_file_makes_what_re_compiles(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A pattern in bot/data/re_cache.bin is made from its stored SRE code: equal to what
    `re.compile` makes (Pattern equality compares the code), and `re`'s compiler is not run."""
    data = lazy_re.dump_cache([(p, f, lazy_re.sre_parts(p, f)) for p, f in _SAMPLES])
    monkeypatch.setattr(lazy_re, "_cache", lazy_re.load_cache(data))
    monkeypatch.setattr(lazy_re, "_made", {})
    expected = {(p, f): re.compile(p, f) for p, f in _SAMPLES}

    def refuse(*_: object) -> None:
        raise AssertionError("compiled by re")

    monkeypatch.setattr(re, "compile", refuse)  # lazy_re's `_re` is re itself
    for (p, f), want in expected.items():
        got = lazy_re.compile_now(p, f)
        assert got == want and got.groupindex == want.groupindex and got.flags == want.flags
    assert lazy_re._cache == {}  # each entry is decompressed once, then dropped
    # the same pattern made in another module: the same compiled pattern (as re's cache does)
    assert lazy_re.compile_now(*_SAMPLES[0]) is lazy_re.compile_now(*_SAMPLES[0])


def test_a_pattern_not_in_the_cache_or_another_engines_file_is_compiled(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    data = lazy_re.dump_cache([(p, f, lazy_re.sre_parts(p, f)) for p, f in _SAMPLES])
    monkeypatch.setattr(lazy_re, "engine", lambda: ["another python"])
    assert lazy_re.load_cache(data) == {}
    monkeypatch.setattr(lazy_re, "_cache", {})
    assert lazy_re.compile_now(r"new (pattern)", 0) == re.compile(r"new (pattern)")


def test_the_content_patterns_a_cycle_meets_come_from_the_shipped_cache() -> None:
    """is_story's patterns (long alternations of hundreds of phrases among them: re's
    compiler took ~0.1 s for those in every process) are in bot/data/re_cache.bin (kept up to
    date by bench.build_re_cache; --check). A fresh process: none of them compiled yet."""
    code = """
import re
from bot.core import lazy_re
from bot.content import articles
mine = [p for p in lazy_re.ALL if p._module["__name__"].startswith(articles.__name__)]
real, compiled = re.compile, []
re.compile = lambda *a: compiled.append(a) or real(*a)
made = [lazy_re.compile_now(p.pattern, p._flags) == real(p.pattern, p._flags) for p in mine]
print(len(mine), all(made), len(compiled))
"""
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                         text=True, check=True, env={**os.environ, "PYTHONPATH": str(root)})
    patterns, equal, compiled = out.stdout.split()
    assert int(patterns) > 30 and equal == "True" and compiled == "0"
