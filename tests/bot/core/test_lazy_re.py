"""bot.core.lazy_re: patterns compile on first use and then behave as re's own."""

from __future__ import annotations

import re
import types

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
