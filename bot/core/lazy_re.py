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
"""

from __future__ import annotations

import re as _re
import sys
from re import *  # noqa: F403 - the rest of `re`, as it is
from typing import Any, AnyStr, cast

# Everything a compiled pattern offers, bound on first use (none of it changes afterwards).
_BOUND = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
          "scanner", "flags", "groups", "groupindex")


class LazyPattern:
    def __init__(self, pattern: str | bytes, flags: int, module: dict[str, Any]) -> None:
        self.pattern = pattern  # as re.compile keeps it: readable without compiling
        self._flags = flags
        self._module = module  # the globals of the module that made it

    def __getattr__(self, name: str) -> Any:  # only for attributes not bound yet
        if name.startswith("__") or name in ("_flags", "_module"):
            raise AttributeError(name)
        compiled = _re.compile(self.pattern, self._flags)
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
