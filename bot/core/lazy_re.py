"""`re`, with `compile` deferred to a pattern's first use.

The content modules hold hundreds of module-level patterns (per-language tables, large
alternations built from bot/data); compiling them all at import cost every process (`newsbrief
run --once`, each pool worker) most of a second before any feed, although a run only uses the
patterns of the languages and cases it meets. Those modules import this module as `re`
(`from bot.core import lazy_re as re`), so their tables stay written as `re.compile(...)`: the
regex is compiled the first time one of its attributes is used. A module-level name that holds
it then holds the compiled pattern instead (later calls cost exactly what they did before); one
in a table (a dict of languages) keeps the stand-in, with the compiled pattern's methods bound on
it (~40 ns more a call).

A lazy pattern stands in for a `re.Pattern` wherever its attributes are used (`.search`, `.sub`,
`.pattern`, `.flags`, …), which is all the content code does; it is not one for `isinstance` or
for the module-level functions (`re.sub(p, …)` needs the compiled pattern or a string).
Everything else is `re`'s own.

Compiling is itself costly: `re`'s compiler is Python, and the ~180 patterns a cold cycle meets
(large alternations among them) took ~0.4 s of every `newsbrief run --once` and every pool
process. bot/data/re_cache.bin (bench/build_re_cache.py) holds what `re` compiles each lazy
pattern to (its SRE code, groups and flags) for this Python's regex engine: a pattern found there
is made by `_sre.compile` from that code, which `re` would have made, in microseconds. A pattern
not found (new or edited since the file was built), or a file built for another Python or engine
version, is compiled as usual: the file can only save time.
"""

from __future__ import annotations

import hashlib
import importlib
import marshal
import re as _re
import sys
import weakref
import zlib
from array import array
from importlib import resources
from re import *  # noqa: F403 - the rest of `re`, as it is
from typing import Any, AnyStr, cast

_sre: Any = importlib.import_module("_sre")  # re's engine (no type stubs)

# Everything a compiled pattern offers, bound on first use (none of it changes afterwards).
_BOUND = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
          "scanner", "flags", "groups", "groupindex")


CACHE_FILE = "re_cache.bin"
# (pattern, flags) → (flags compiled, SRE code as bytes, groups, groupindex, indexgroup)
Compiled = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_cache: dict[bytes, bytes] | None = None  # cache_key → compressed parts
_made: dict[bytes, _re.Pattern[Any]] = {}  # cache_key → the pattern made of its entry
# Every lazy pattern alive (bench/build_re_cache.py reads them after importing the modules);
# weak: one made in a function, per call, is not kept.
ALL: weakref.WeakSet[LazyPattern] = weakref.WeakSet()


def engine() -> list[Any]:
    """What the cached code is valid for: this Python's version and its regex engine's."""
    return [list(sys.version_info[:2]), _sre.MAGIC, _sre.CODESIZE, sys.byteorder]


def sre_parts(pattern: str | bytes, flags: int) -> Compiled:
    """What `re.compile(pattern, flags)` makes, as `_sre.compile` takes it (the steps of
    re._compiler.compile; bench/build_re_cache.py checks the result equals re's, code and all)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | parsed.state.flags), array("I", [int(c) for c in code]).tobytes(),
            parsed.state.groups - 1, groupindex, tuple(indexgroup))


def from_parts(pattern: str | bytes, parts: Compiled) -> _re.Pattern[Any]:
    cflags, code, groups, groupindex, indexgroup = parts
    return _sre.compile(  # type: ignore[no-any-return]
        pattern, cflags, array("I", code).tolist(), groups, groupindex, indexgroup)


def cache_key(pattern: str | bytes, flags: int) -> bytes:
    """A pattern's key in the cache file: a digest (the file need not hold the patterns)."""
    text = pattern.encode("utf-8", "surrogatepass") if isinstance(pattern, str) else pattern
    kind = b"s" if isinstance(pattern, str) else b"b"
    return hashlib.sha256(kind + str(flags).encode() + b"\x00" + text).digest()[:16]


def load_cache(data: bytes) -> dict[bytes, bytes]:
    """The cache file's entries (key → compressed parts), or none when it was built for
    another engine. Each entry stays compressed until its pattern is first used."""
    head, entries = marshal.loads(data)
    return dict(entries) if head == engine() else {}


def dump_cache(entries: list[tuple[str | bytes, int, Compiled]]) -> bytes:
    return marshal.dumps([engine(), sorted(
        (cache_key(p, f), zlib.compress(marshal.dumps(parts), 9)) for p, f, parts in entries
    )])


def _cached(pattern: str | bytes, flags: int) -> _re.Pattern[Any] | None:
    global _cache
    if _cache is None:
        try:
            _cache = load_cache(resources.files("bot.data").joinpath(CACHE_FILE).read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            _cache = {}
    key = cache_key(pattern, flags)
    if (made := _made.get(key)) is not None:  # the same pattern in another module
        return made
    entry = _cache.pop(key, None)  # decompressed once
    if entry is None:
        return None
    try:
        made = _made[key] = from_parts(pattern, marshal.loads(zlib.decompress(entry)))
    except (RuntimeError, TypeError, ValueError, EOFError, zlib.error):  # refused: compile it
        return None
    return made


def compile_now(pattern: str | bytes, flags: int) -> _re.Pattern[Any]:
    """The compiled pattern, from the cache file when it holds it."""
    return _cached(pattern, flags) or _re.compile(pattern, flags)


class LazyPattern:
    def __init__(self, pattern: str | bytes, flags: int, module: dict[str, Any]) -> None:
        self.pattern = pattern  # as re.compile keeps it: readable without compiling
        self._flags = flags
        self._module = module  # the globals of the module that made it
        ALL.add(self)

    def __getattr__(self, name: str) -> Any:  # only for attributes not bound yet
        if name.startswith("__") or name in ("_flags", "_module"):
            raise AttributeError(name)
        compiled = compile_now(self.pattern, self._flags)
        for attr in _BOUND:
            setattr(self, attr, getattr(compiled, attr))
        for key in [k for k, v in self._module.items() if v is self]:
            self._module[key] = compiled
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_re.compile({self.pattern!r}, {self._flags})"


def compile(pattern: AnyStr, flags: int | _re.RegexFlag = 0) -> _re.Pattern[AnyStr]:  # type: ignore[no-redef]
    """`re.compile(pattern, flags)`, compiled when first used (see the module's docstring)."""
    module = sys._getframe(1).f_globals
    return cast("_re.Pattern[AnyStr]", LazyPattern(pattern, int(flags), module))
