"""Cheap literal tests derived from a compiled regex: run the regex only where it can match.

Cleaning runs dozens of large alternations (junk paragraphs, read-more tails, footers) over
every paragraph and sentence, and almost none match. Each gate here is computed from the
pattern itself (its parse tree, `re._parser`), never written by hand, so a branch added to a
pattern or to a data table (bot/data/junk.json) is gated the moment it exists:

* `Prefixes`: for a pattern anchored as `^\\W*(?:…)`, the literal starts every match has after
  the leading non-word run ("read more", "by", "©", or a character class such as `\\d`);
  a text's start is compared with the few that share its first characters.
* `Literals`: strings one of which every match contains ("appeared first on");
  `LiteralGates` looks for those of several patterns in one RE2 pass over a paragraph.

Both are conservative: where the derivation cannot prove a literal (a branch that may start with
".", an alternative without any literal), the gate is None and the caller always runs the
regex. The comparison is on `str.lower()`: where re.IGNORECASE folds a character differently
(İ, ı, ſ, Greek and old Cyrillic variants: re's own extra-case table), the gate answers "may
match" and the regex decides.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

# re's own parser, compiler and IGNORECASE equivalences beyond simple lower-casing (private
# modules without type stubs; tests/bot/content/test_regex_gates.py pins their behaviour).
_parser: Any = importlib.import_module("re._parser")
_casefix: Any = importlib.import_module("re._casefix")
C: Any = importlib.import_module("re._constants")

log = logging.getLogger(__name__)

_MAX_SET = 8192  # literal sets larger than this are given up (a gate would be slower anyway)
_SET_MAX_MEM = 64 << 20  # bytes RE2 may use for one gate set (its default is 8 MiB)
_MAX_LEN = 24  # prefixes longer than this are cut (still a valid, slightly weaker gate)

_EXTRA = {chr(k): tuple(map(chr, v)) for k, v in _casefix._EXTRA_CASES.items()}


def _odd_fold(words: tuple[str, ...]) -> re.Pattern[str]:
    """Text characters re.IGNORECASE matches to a character of `words` although their
    str.lower() is not that character: İ (its lower case is two characters), and every
    character that lower-cases to an extra case of one of them (re's table: "ı" for "i", "ς" for
    "σ"). Text containing one is never filtered out."""
    chars = set().union(*words)  # each character once, not once per word it is in
    extra = {alt for ch in chars for alt in _EXTRA.get(ch, ())}
    odd = {"\u0130"} | {
        c for alt in extra for c in (alt, alt.upper(), alt.title())
        if len(c) == 1 and c.lower() in extra
    }
    return re.compile("[" + re.escape("".join(sorted(odd))) + "]")


def _char(code: int) -> str | None:
    """The lower-case literal for a pattern character, or None where a text character that
    re.IGNORECASE matches to it could lower-case to something else ("ı" matches "i")."""
    low = chr(code).lower()
    if len(low) != 1 or any(alt.isascii() for alt in _EXTRA.get(low, ())):
        return None
    return low


_Set = frozenset[str]


def _in_chars(items: list[tuple[Any, Any]]) -> _Set | None:
    """The characters of a small `[…]` of plain characters, else None."""
    out = set()
    for op, arg in items:
        if op is not C.LITERAL:
            return None
        ch = _char(arg)
        if ch is None:
            return None
        out.add(ch)
    return frozenset(out) if len(out) <= 16 else None


def _cross(a: _Set, b: _Set) -> _Set | None:
    if len(a) * len(b) > _MAX_SET:
        return None
    return frozenset(x + y for x in a for y in b)


def _items(sub: Any) -> list[Any]:
    """The items of a parsed (sub)pattern, without going through SubPattern.__getitem__."""
    return sub.data if isinstance(sub, _parser.SubPattern) else list(sub)


def _live(alternatives: list[Any]) -> list[Any]:
    """The alternatives that can match: not the `(?!)` placeholder ("no alternative yet")."""
    return [
        alt for alt in alternatives
        if not any(op is C.ASSERT_NOT and not _items(arg[1]) for op, arg in _items(alt))
    ]


# ---- prefixes ------------------------------------------------------------------------------
# A prefix set: (string, complete) pairs; complete = the element matched exactly that string, so
# what follows it extends the prefix. A branch that starts with a character class (`\d`, `[A-Z]`)
# starts with a marker instead: _CLASS then the class's index in the `classes` list being built.
_PSet = frozenset[tuple[str, bool]]
_EMPTY: _PSet = frozenset({("", True)})
_OPEN: _PSet = frozenset({("", False)})
_CLASS = "\x00"


# `\s` is a literal " " in a start: `may_match` turns each space of a text (str.isspace, what
# `\s` matches in a str pattern) into " " first. So "by\s+" requires "by " at a text's start,
# not "by" (which "Bypass", "Bylaws" … start): a literal's class after it is no longer dropped.
_SPACE_CLASS = [(C.CATEGORY, C.CATEGORY_SPACE)]


class _Blanks(dict[int, str | int]):
    """`str.translate`'s table turning each space but " " (str.isspace) into " ": each character
    is looked up the first time a text has it, not all 1,114,112 of them when this module is
    imported (~0.1 s of every process's start); the others map to themselves."""

    def __missing__(self, code: int) -> str | int:
        value: str | int = " " if code != 0x20 and chr(code).isspace() else code
        self[code] = value
        return value


_BLANKS = _Blanks()

_RUN = object()  # a pseudo-operation: a run of literal characters, merged (one step, not one each)


def _runs(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """`items` with each run of plain literal characters as one (_RUN, lower-case string)."""
    out: list[tuple[Any, Any]] = []
    run: list[str] = []
    for op, arg in items:
        ch = _char(arg) if op is C.LITERAL else None
        if ch is not None:
            run.append(ch)
            continue
        if run:
            out.append((_RUN, "".join(run)))
            run = []
        out.append((op, arg))
    if run:
        out.append((_RUN, "".join(run)))
    return out


def _p_seq(items: list[tuple[Any, Any]], classes: list[Any]) -> _PSet | None:
    out: _PSet = _EMPTY
    for item in _runs(items):
        if all(not complete for _, complete in out):
            break
        nxt = _p_item(item, classes)
        if nxt is None:
            return None
        grown = set()
        for s, complete in out:
            if not complete:
                grown.add((s, False))
                continue
            for t, c2 in nxt:
                if s and t.startswith(_CLASS):
                    grown.add((s, False))  # literal then class: the literal is the prefix
                elif len(s + t) > _MAX_LEN:
                    grown.add(((s + t)[:_MAX_LEN], False))
                else:
                    grown.add((s + t, c2))
        if len(grown) > _MAX_SET:
            # Too many ways to go on (a list of agencies joined by "/", "," or "and"): what
            # every match starts with so far is still a valid, weaker gate (at the sequence's
            # start, where that is nothing: the ways on, cut shorter).
            if any(not s for s, _ in out):
                return _shrink(grown)
            return frozenset((s, False) for s, _ in out)
        out = frozenset(grown)
    return out


def _shrink(found: AbstractSet[tuple[str, bool]]) -> _PSet:
    """A prefix set of at most _MAX_SET strings (if it can be): its literals cut to the longest
    length that gets there (what starts with a literal starts with its first characters: a
    weaker gate, still valid). Class markers are kept whole."""
    for n in range(_MAX_LEN, 0, -1):
        cut = frozenset(
            (s, c) if len(s) <= n or s.startswith(_CLASS) else (s[:n], False) for s, c in found
        )
        if len(cut) <= _MAX_SET:
            return cut
    return cut


def _p_item(item: tuple[Any, Any], classes: list[Any]) -> _PSet | None:
    op, arg = item
    if op is _RUN:
        return frozenset({(arg, True)})
    if op is C.LITERAL:
        ch = _char(arg)
        return _OPEN if ch is None else frozenset({(ch, True)})
    if op is C.IN:
        if arg == _SPACE_CLASS:  # `\s`: the blank that `may_match` makes of every space
            return frozenset({(" ", True)})
        chars = _in_chars(arg)
        if chars is not None:
            return frozenset((c, True) for c in chars)
        classes.append(item)
        return frozenset({(f"{_CLASS}{len(classes) - 1}", False)})
    if op is C.SUBPATTERN:
        if (arg[1] | arg[2]) & (re.ASCII | re.LOCALE):
            return None  # "(?a:…)": \w and \W mean other things there
        return _p_seq(_items(arg[3]), classes)
    if op is C.ATOMIC_GROUP:
        return _p_seq(_items(arg), classes)
    if op is C.BRANCH:
        out: set[tuple[str, bool]] = set()
        for alt in _live(arg[1]):
            sub = _p_seq(_items(alt), classes)
            if sub is None:
                return None
            out |= sub
        return frozenset(out) if len(out) <= _MAX_SET else _shrink(out)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, body = arg
        once = _p_seq(_items(body), classes)
        if once is None:
            return None
        if low == high == 1:
            return once
        if high == 1:  # optional
            return once | _EMPTY
        open_once = frozenset((s, False) for s, _ in once)
        return open_once | (_EMPTY if low == 0 else frozenset())
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _EMPTY  # zero width: a lookaround only narrows what matches
    return _OPEN  # ".", a back reference: anything may start here


@dataclass(frozen=True, slots=True)
class Prefixes:
    """`pattern` is `^\\W*(?:…)` and every match starts, after some of its leading non-word run,
    with one of the literals in `starts` (lower case, by first character) or with a character
    one of `firsts` matches."""

    starts: dict[str, tuple[str, ...]]  # by their first _KEY characters (all, if shorter)
    longest: int
    firsts: tuple[re.Pattern[str], ...]
    odd: re.Pattern[str]
    # `odd` matches some ASCII character (else ASCII text needs no search for it)
    odd_ascii: bool = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "odd_ascii", any(self.odd.match(chr(c)) for c in range(128)))

    def may_match(self, text: str) -> bool:
        """False only where the pattern cannot match `text` (match(), from position 0)."""
        first_char = text[:1]
        if first_char.isalnum() or first_char == "_":  # = \w: no run (most texts), no regex
            k = 0
        else:
            run = _NON_WORD_RUN.match(text)
            k = run.end() if run else 0
        head = text[: k + self.longest]
        if (self.odd_ascii or not head.isascii()) and self.odd.search(head):
            return True
        low = head.lower()
        if not head.isprintable():  # (a printable text's only space is " " already)
            low = low.translate(_BLANKS)  # each space as " " (see _SPACE_CLASS)
        starts = self.starts
        for p in range(k + 1):  # `\W*` may take any part of the run: the body starts there
            for first in self.firsts:
                if first.match(text, p):
                    return True
            for size in (1, 2, _KEY):  # the literals by their first one, two, three characters
                bucket = starts.get(low[p : p + size])
                if bucket is not None and low.startswith(bucket, p):
                    return True
        return False


    def to_data(self) -> dict[str, Any]:
        """The gate as a data-file entry (`from_data` makes it again, exactly)."""
        return {
            "starts": {k: list(ws) for k, ws in sorted(self.starts.items())},
            "longest": self.longest,
            "firsts": [[f.pattern, int(f.flags)] for f in self.firsts],
            "odd": self.odd.pattern,
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Prefixes:
        return cls(
            {k: tuple(ws) for k, ws in data["starts"].items()},
            int(data["longest"]),
            tuple(re.compile(src, flags) for src, flags in data["firsts"]),
            re.compile(data["odd"]),
        )


_NON_WORD_RUN = re.compile(r"\W*")  # what the patterns' own leading `\W*` can take


_KEY = 3
_START_LEN = 10


def _by_key(literals: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Literals grouped by their first _KEY characters (a shorter one: by itself), so that a
    text's start is compared with the few that share its first characters. A literal that
    another one starts is left out: wherever it starts a text, the shorter one does too."""
    groups: dict[str, list[str]] = {}
    kept: list[str] = []
    # Cut to _START_LEN characters (a weaker test, still exact: what starts with the literal
    # starts with its first characters): "this article was…", "this article has…" become one.
    for w in sorted({w[:_START_LEN] for w in literals}):  # sorts right after what it extends
        if kept and w.startswith(kept[-1]):
            continue
        kept.append(w)
        groups.setdefault(w[:_KEY], []).append(w)
    return {k: tuple(ws) for k, ws in groups.items()}


_CATEGORY_SOURCE = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}


def _class_source(items: list[tuple[Any, Any]]) -> str:
    """A character class's parse (`[…]`: negation, characters, ranges, categories) written back
    as a regex, every character as an escape (no character can mean anything else there)."""
    out = []
    for op, arg in items:
        if op is C.NEGATE:
            out.append("^")
        elif op is C.LITERAL:
            out.append(f"\\U{arg:08x}")
        elif op is C.RANGE:
            out.append(f"\\U{arg[0]:08x}-\\U{arg[1]:08x}")
        elif op is C.CATEGORY:
            out.append(_CATEGORY_SOURCE[arg])
        else:
            raise ValueError(f"unexpected class item {op}")  # prefixes(): no gate
    return "[" + "".join(out) + "]"


def any_prefix(*gates: Prefixes | None) -> Prefixes | None:
    """One gate for several patterns: False only where none of them can match (None if one of
    them has no gate)."""
    if any(g is None for g in gates):
        return None
    literal = tuple(sorted({w for g in gates if g is not None for ws in g.starts.values()
                            for w in ws}))
    return Prefixes(
        _by_key(literal),
        max(g.longest for g in gates if g is not None),
        tuple(f for g in gates if g is not None for f in g.firsts),
        _odd_fold(literal),
    )


def prefixes(pattern: re.Pattern[str]) -> Prefixes | None:
    """The start gate of a pattern of the form `^\\W*(?:A|B|…)…`, or None if it is not of that
    form or some branch can start with anything ("." or a back reference)."""
    try:
        return _prefixes(pattern)
    except Exception:  # re's private parse tree changed shape: no gate, the regex always runs
        log.warning("no start gate for %.60r", pattern.pattern, exc_info=True)
        return None


def _prefixes(pattern: re.Pattern[str]) -> Prefixes | None:
    if pattern.flags & re.ASCII:
        return None  # `may_match` scans the run with the Unicode `\W`
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    tree = _items(parsed)
    if not tree or tree[0] != (C.AT, C.AT_BEGINNING):
        return None
    tree = tree[1:]
    if tree and tree[0][0] is C.MAX_REPEAT and tree[0][1][:2] == (0, C.MAXREPEAT) and (
        _items(tree[0][1][2]) == [(C.IN, [(C.CATEGORY, C.CATEGORY_NOT_WORD)])]
    ):
        tree = tree[1:]
    else:
        return None  # the `may_match` scan assumes the leading \W*
    classes: list[Any] = []
    found = _p_seq(tree, classes)
    if found is None or any(not s for s, _ in found):
        return None
    literal = sorted({s for s, _ in found if not s.startswith(_CLASS)})
    used = sorted({int(s[1:]) for s, _ in found if s.startswith(_CLASS)})
    firsts: tuple[re.Pattern[str], ...] = ()
    if used:  # one pattern of the classes that can start a match, written out from their parse
        # (a source, so the gate can be stored: `Prefixes.to_data`). Case-insensitive: a class
        # inside "(?-i:…)" then matches more, never less.
        source = "|".join(_class_source(classes[i][1]) for i in used)
        firsts = (re.compile(source, pattern.flags | re.IGNORECASE),)
    return Prefixes(
        _by_key(literal),
        max(map(len, literal), default=1),
        firsts,
        _odd_fold(tuple(literal)),
    )


# ---- required literals ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Info:
    exact: _Set | None  # every string the node can match, when few and finite
    need: _Set | None  # one of these is inside every match (None: nothing known)


def _better(a: _Set | None, b: _Set | None) -> _Set | None:
    """The more selective of two requirement sets (longest shortest string, then fewest).
    Lengths are in UTF-8 bytes: a character outside ASCII ("©", "«") is rarer in text than
    an ASCII one, so "©" alone gates "© (?:afp|ap|…)" better than "ap" does (in nearly
    every paragraph)."""
    def rank(s: _Set | None) -> tuple[int, int]:
        if not s or "" in s:
            return (0, 0)
        return (min(len(w.encode("utf-8", "surrogatepass")) for w in s), -len(s))

    return a if rank(a) >= rank(b) else b


def _r_seq(items: list[tuple[Any, Any]]) -> _Info:
    whole: _Set | None = frozenset({""})  # the sequence's strings, while all items are exact
    run: _Set = frozenset({""})  # strings of the current run of exact items (contiguous text)
    need: _Set | None = None
    for item in _runs(items):
        info = _r_item(item)
        need = _better(need, info.need)
        if info.exact is None:
            need = _better(need, run)
            run, whole = frozenset({""}), None
            continue
        crossed = _cross(run, info.exact)
        if crossed is None:  # too many strings: each half is still required
            need = _better(_better(need, run), info.exact)
            run = info.exact
        else:
            run = crossed
        whole = None if whole is None else _cross(whole, info.exact)
    return _Info(whole, _better(need, run))


def _r_item(item: tuple[Any, Any]) -> _Info:
    op, arg = item
    if op is _RUN:
        return _Info(frozenset({arg}), frozenset({arg}))
    if op is C.LITERAL:
        ch = _char(arg)
        return _Info(None, None) if ch is None else _Info(frozenset({ch}), frozenset({ch}))
    if op is C.IN:
        chars = _in_chars(arg)
        return _Info(chars, chars)
    if op is C.SUBPATTERN:
        return _r_seq(_items(arg[3]))
    if op is C.ATOMIC_GROUP:
        return _r_seq(_items(arg))
    if op is C.BRANCH:
        exact: _Set | None = frozenset()
        need: _Set | None = frozenset()
        for alt in _live(arg[1]):
            info = _r_seq(_items(alt))
            exact = None if exact is None or info.exact is None else exact | info.exact
            alt_need = _better(info.need, info.exact)
            need = None if need is None or not alt_need or "" in alt_need else need | alt_need
        if exact is not None and len(exact) > _MAX_SET:
            exact = None
        if need is not None and len(need) > _MAX_SET:
            need = None
        return _Info(exact, need)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, body = arg
        info = _r_seq(_items(body))
        if low == high == 1:
            return info
        if high == 1:
            return _Info(None if info.exact is None else info.exact | {""}, None)
        return _Info(None, _better(info.need, info.exact) if low >= 1 else None)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _Info(frozenset({""}), None)  # zero width: text around it stays contiguous
    return _Info(None, None)


@dataclass(frozen=True, slots=True)
class Literals:
    """Every match of the pattern contains one of `words` (lower case)."""

    words: tuple[str, ...]
    odd: re.Pattern[str]

    def may_match(self, text: str) -> bool:
        """False only where the pattern cannot match anywhere in `text`."""
        if self.odd.search(text):
            return True
        low = text.lower()
        return any(w in low for w in self.words)


def _hex_escaped(word: str) -> str:
    """`word`'s UTF-8 bytes as RE2 escapes ("ab" → "\\x61\\x62"), in C: a gate holds ~1,000
    words, once per process."""
    return "\\x" + word.encode("utf-8").hex(" ").replace(" ", "\\x") if word else ""


class LiteralGates:
    """Which of several patterns can match somewhere in a text: their `literals` searched in one
    pass (an RE2 set over the text's lower-cased UTF-8 bytes: plain byte strings, so no regex
    semantics can differ). The answer for a text holds for every substring of it."""

    def __init__(
        self, patterns: dict[str, re.Pattern[str]], built: Mapping[str, Any] | None = None,
        max_words: Mapping[str, int] | None = None,
    ) -> None:
        """`built`: `built_words` entries by name, derived at build time (a data file); one
        whose source is not the pattern's is ignored and the gate derived here. `max_words`:
        the word limit of some of the gates, by name (see `literals`)."""
        import re2  # google-re2: a DFA, one pass for any number of words

        self.names = frozenset(patterns)
        limits = max_words or {}
        gates = {name: gate(p, (built or {}).get(name), limits.get(name))
                 for name, p in patterns.items()}
        self.always = frozenset(name for name, g in gates.items() if g is None)
        self.odd = _odd_fold(tuple(w for g in gates.values() if g is not None for w in g.words))
        # no ASCII character among them (the usual case): ASCII text needs no search for them
        self._odd_ascii = any(self.odd.match(chr(c)) for c in range(128))
        options = re2.Options()
        options.encoding = re2.Options.Encoding.LATIN1  # bytes as they are
        # ~5,000 literals of the story tables outgrow RE2's default 8 MiB program budget
        # ("failed to compile Set"); the set is built once per process
        options.max_mem = _SET_MAX_MEM
        self._set = re2.Set.SearchSet(options)
        self._index: list[str] = []
        for name, g in gates.items():
            if g is not None:
                self._set.Add("|".join(_hex_escaped(w) for w in g.words))
                self._index.append(name)
        self._set.Compile()

    def possible(self, text: str) -> frozenset[str]:
        """The names of the patterns that may match in `text` (or in any part of it)."""
        if (self._odd_ascii or not text.isascii()) and self.odd.search(text):
            return self.names
        hits = self._set.Match(text.lower().encode("utf-8", "surrogatepass"))
        if not hits:
            return self.always
        return self.always | {self._index[i] for i in hits}


def source_key(pattern: re.Pattern[str]) -> str:
    """What a stored gate was derived from: a digest of the pattern's source and flags (a
    lazy_re stand-in's too, without compiling it)."""
    flags = getattr(pattern, "_flags", None)
    if flags is None:
        flags = pattern.flags & ~re.UNICODE  # as given: re.compile adds UNICODE to str patterns
    text = f"{int(flags)}\x00{pattern.pattern}"
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def sources_key(patterns: Sequence[re.Pattern[str]]) -> str:
    """What a gate stored for several patterns was derived from (`source_key` of each)."""
    return digest("\n".join(source_key(p) for p in patterns))


def built_words(pattern: re.Pattern[str], max_words: int | None = None) -> dict[str, Any]:
    """The literal gate of `pattern` as a data-file entry (for a bench/ build script)."""
    gate = literals(pattern, max_words)
    words = None if gate is None else sorted(gate.words, key=lambda w: (len(w), w))
    entry: dict[str, Any] = {"source": source_key(pattern), "words": words}
    if max_words is not None:
        entry["max_words"] = max_words
    return entry


def gate(
    pattern: re.Pattern[str], entry: Mapping[str, Any] | None, max_words: int | None = None
) -> Literals | None:
    """The stored gate when it was derived from this very pattern (and word limit), else a fresh
    derivation."""
    if entry is not None and entry.get("source") == source_key(pattern) and (
        entry.get("max_words") == max_words
    ):
        words = entry["words"]
        return None if words is None else Literals(tuple(words), _odd_fold(tuple(words)))
    return literals(pattern, max_words)


def literals(pattern: re.Pattern[str], max_words: int | None = None) -> Literals | None:
    """The required-literal gate of `pattern`, or None if some match need contain no literal;
    `max_words`: at most that many words (each cut to a prefix, see `_fewer`)."""
    try:
        return _literals(pattern, max_words)
    except Exception:  # re's private parse tree changed shape: no gate, the regex always runs
        log.warning("no literal gate for %.60r", pattern.pattern, exc_info=True)
        return None


def _literals(pattern: re.Pattern[str], max_words: int | None = None) -> Literals | None:
    need = _r_seq(_items(_parser.parse(pattern.pattern, pattern.flags))).need
    if not need or "" in need:
        return None
    words = tuple(_minimal(need if max_words is None else _fewer(need, max_words)))
    return Literals(words, _odd_fold(words))


def _fewer(words: _Set, limit: int) -> _Set:
    """`words` cut to the longest prefix length that leaves at most `limit` of them (what
    contains a word contains its prefix: a weaker gate, still valid). A phrase table crossed
    out ("loan copy is sent", "test unit was lent", …: 2,160 words) costs RE2 time to build in
    every process, where its first words gate nearly as well."""
    for n in range(max(map(len, words), default=0), 0, -1):
        cut = frozenset(w[:n] for w in words)
        if len(cut) <= limit:
            return cut
    return words


def _minimal(words: _Set) -> list[str]:
    """`words` without those that contain another (the shorter one is found wherever it is),
    shortest first. Kept words are indexed by their first three characters (shorter ones in a
    set), so a word is compared only with those that start where its own text does: ~2,000
    promo words, where comparing each with every kept one was ~1.8 M `in` tests."""
    kept: list[str] = []
    short: set[str] = set()  # kept words of one or two characters
    by_head: dict[str, list[str]] = {}  # the longer kept words by their first three
    for w in sorted(words, key=len):
        n = len(w)
        if short and any(w[i : i + k] in short for k in (1, 2) for i in range(n - k + 1)):
            continue
        if any(
            w.startswith(k, i)
            for i in range(n - 2) for k in by_head.get(w[i : i + 3], ())
        ):
            continue
        kept.append(w)
        if n < 3:
            short.add(w)
        else:
            by_head.setdefault(w[:3], []).append(w)
    return kept
