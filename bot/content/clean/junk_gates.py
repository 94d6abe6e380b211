"""The junk patterns' gates: which patterns a text can match at all, read from
clean_gates.json (bench/build_clean_gates.py) or built on first use; the literal-gated tail
patterns; and the junk test itself."""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

from bot.content import regex_gates
from bot.content.clean.captions_and_tails import _BY_TAIL, _INLINE_CREDIT, _WP_FOOTER
from bot.content.clean.tables import _JUNK, _JUNK_ANYWHERE, _JUNK_TABLE, _JUNK_TAIL, _words
from bot.content.clean.wire_leads import (
    _CREDIT_VERB,
    _JUNK_MORE,
    _JUNK_MORE_TAIL,
    _KO_TAIL,
    _SHOW_WORD,
)
from bot.core import lazy_re as re  # compiles each pattern on first use

# Literal gates derived from the patterns themselves (bot/content/regex_gates.py): a branch
# added to a pattern or to bot/data/junk.json is gated from the moment it exists, so no gate can
# skip it. None (no literal provable) means the pattern always runs.
# The whole-label pattern runs as two, its table's entries split by how they start (the same
# matches: a text matches an alternation where it matches one of its alternatives): those that
# start with a literal ("advertisement", "(end)") share the start gate of _JUNK and _JUNK_MORE;
# those that start with a character class ("[\w'’. -]{3,60}, enviado especial") would open that
# gate to nearly every text, and are gated by the literals their matches contain (_gates()).
# Those run as one pattern each ("whole:N"), each gated by its own literals: gated together,
# their union was " " (one entry's only provable literal), which opened the whole alternation,
# ~75 µs a text, to nearly every sentence (a quarter of the article build).


def _whole_pattern(entries: list[str]) -> re.Pattern[str] | None:
    alternation = "|".join(f"(?:{w})" for w in entries)
    return re.compile(rf"^\W*(?:{alternation})\W*$", re.IGNORECASE) if entries else None


def _starts_with_literal(entry: str) -> bool:
    gate = regex_gates.prefixes(re.compile(rf"^\W*(?:{entry})", re.IGNORECASE))
    return gate is not None and not gate.firsts


def _publication_stamp() -> str:
    """A run of one to three stamps of when the item was published or updated ("Publiziert:
    15.06.2027 um 16:55 Uhr | Aktualisiert: 15.06.2027 um 11:40 Uhr", "Updated: 11:40 BST, 15
    June 2027"): the labels from junk.json's publication_stamp, the date and clock here."""
    table = _JUNK_TABLE["publication_stamp"]
    label = "|".join(
        f"(?:{w})" for lang, ws in table["labels"].items() if not lang.startswith("_") for w in ws
    )
    linker = "|".join(table["linkers"])
    day = r"(?:\d{1,2}[/.-]\s?\d{1,2}[/.-]\s?\d{2,4}" \
        r"|\d{1,2}(?:\.|º| de)? [^\W\d_]{3,10}\.?(?: de)?,? \d{4}|[^\W\d_]{3,9}\.? \d{1,2},? \d{4})"
    date = rf"(?:[^\W\d_]{{3,12}},? )?{day}"  # "Tuesday, 15 June 2027", "Di., 15.06.2027"
    clock = r"\d{1,2}[:.h]\d{2}(?:min)?(?: ?[ap]\.?m\.?)?(?: (?:uhr|hrs?|h|[a-z]{2,4}))?"
    at = rf"(?:(?:{linker}|ore|-|\|)\s)?(?:ore )?"  # "um 16:55", "alle ore 10", "- 10:05"
    ago = "|".join(
        f"(?:{w})" for lang, ws in table["relative"].items() if not lang.startswith("_")
        for w in ws
    )  # "2 hours ago", "vor 3 Stunden", "há 2 horas"
    when = rf"(?:{date}(?:,?\s?{at}{clock})?|{clock}(?:,?\s{date})?|{ago})"
    stamp = rf"(?:{label})(?: (?:{linker}))?\s?:?\s?{when}"
    return rf"{stamp}(?:\s*[|·/,–—-]?\s*{stamp}){{0,2}}"


# The stamp run into the text after a dash: a broadcaster's teaser opens "Stand: 13.01.2024
# 18:40 Uhr – Taiwans Regierungspartei …" (Sophora), "Aggiornato alle 10:05 – …": the stamp goes,
# the sentence stays; or after a colon, as a local paper's update note ("Updated 9.45am:
# Departures to Gatwick are …").
_STAMP_LEAD = re.compile(
    rf"^\W{{0,3}}(?:{_publication_stamp()})\s*(?:[–—|]|[-:](?=\s))\s*(?=[^\W\d_]|[\"“„«‘])",
    re.IGNORECASE,
)


_WHOLE_ENTRIES = [
    w for lang, ws in _JUNK_TABLE["boilerplate_whole"].items() if not lang.startswith("_")
    for w in ws
] + [_publication_stamp()]


class _JunkGates(NamedTuple):
    """The whole-label split and the start gate (see _built_gates)."""

    whole_literal: re.Pattern[str] | None
    whole_other: re.Pattern[str] | None
    # whole_other's entries, one pattern each, by their literal gate's name ("whole:N")
    whole_parts: tuple[tuple[str, re.Pattern[str]], ...]
    whole_names: frozenset[str]  # their names (a text's gates hold one or two)
    whole_by_name: dict[str, re.Pattern[str]]
    patterns: tuple[re.Pattern[str], ...]  # _JUNK, _JUNK_MORE, whole_literal: start-gated
    starts: regex_gates.Prefixes | None  # the start gate of `patterns`


# The gates below are derived from the patterns on first use, or read from
# bot/data/clean_gates.json, which bench/build_clean_gates.py derives at build time (a test
# checks it is fresh): deriving them here was ~0.2 s of parsing in every process that cleans.
# Each stored entry records what it was derived from (the table's entries, the patterns'
# sources); one that no longer matches is ignored and derived here, so the file can only save
# time.
@cache
def _built_gates() -> dict[str, Any]:
    path = resources.files("bot.data").joinpath("clean_gates.json")
    return json.loads(path.read_text("utf-8")) if path.is_file() else {}


def whole_entries_key() -> str:
    return regex_gates.digest("\x00".join(_WHOLE_ENTRIES))


def whole_split() -> list[bool]:
    """For each whole-label entry, whether every match starts with a literal."""
    entry = _built_gates().get("whole_split")
    if entry is not None and entry.get("source") == whole_entries_key():
        return [bool(b) for b in entry["literal"]]
    return [_starts_with_literal(w) for w in _WHOLE_ENTRIES]


def junk_start_patterns(split: Sequence[bool]) -> tuple[re.Pattern[str], ...]:
    """The start-gated junk patterns: _JUNK, _JUNK_MORE and the literal-led whole labels."""
    whole_literal = _whole_pattern([w for w, lit in zip(_WHOLE_ENTRIES, split, strict=True) if lit])
    return tuple(p for p in (_JUNK, _JUNK_MORE, whole_literal) if p is not None)


def start_gate(patterns: Sequence[re.Pattern[str]]) -> regex_gates.Prefixes | None:
    entry = _built_gates().get("starts")
    if entry is not None and entry.get("source") == regex_gates.sources_key(patterns):
        gate = entry["gate"]
        return None if gate is None else regex_gates.Prefixes.from_data(gate)
    return regex_gates.any_prefix(*(regex_gates.prefixes(p) for p in patterns))


@cache
def _junk_gates() -> _JunkGates:
    split = whole_split()
    patterns = junk_start_patterns(split)
    whole_literal = patterns[-1] if any(split) else None
    other = [w for w, lit in zip(_WHOLE_ENTRIES, split, strict=True) if not lit]
    parts = whole_parts(other)
    return _JunkGates(whole_literal, _whole_pattern(other), parts,
                      frozenset(name for name, _ in parts), dict(parts), patterns,
                      start_gate(patterns))


def whole_parts(entries: Sequence[str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each entry as a whole-text pattern of its own: a text matches `_whole_pattern(entries)`
    exactly where it matches one of them (an anchored alternation matches where one of its
    alternatives does)."""
    return tuple((f"whole:{n}", p) for n, w in enumerate(entries)
                 if (p := _whole_pattern([w])) is not None)


def _is_junk(text: str, gates: frozenset[str] | None = None) -> bool:
    """`gates`: _gates().possible() of `text` or of the paragraph it is part of (a sentence
    holds no literal its paragraph does not)."""
    if len(text) >= 400:
        return False
    if gates is None:
        gates = _gates().possible(text)
    if "wp_footer" in gates and _WP_FOOTER.match(text):
        return True
    junk = _junk_gates()
    if (junk.starts is None or junk.starts.may_match(text)) and any(
        p.match(text) for p in junk.patterns
    ):
        return True
    if any(junk.whole_by_name[name].match(text) for name in junk.whole_names & gates):
        return True
    if "anywhere" in gates and _JUNK_ANYWHERE.match(text):
        return True
    return "credit" in gates and _is_show_credit(text)


def _is_show_credit(text: str) -> bool:
    """ "Foreign Desk is hosted by A and produced by B.", "Producer: C. Sound design: D." """
    # A sentence is asked with its paragraph's gates: its own literals first (~1 µs against
    # ~11 µs for the pattern, tried at every position).
    if (words := _credit_literals()) is not None and not words.may_match(text):
        return False
    credits = len(_CREDIT_VERB.findall(text))
    return credits >= 2 or (credits == 1 and bool(_SHOW_WORD.search(text)))


# _JUNK_MORE_TAIL without its "[+123 chars]" branches (NewsAPI's cut marker): for text without
# "[+", where those cannot match, and far cheaper than the whole pattern.
_READ_MORE_TAIL = re.compile(
    rf"(?:(?<=[.!?。！？؟۔\"”’)…])|^)\s*(?:{_words('read_more')})(?=\W|$)[^.!?。]{{0,60}}[\W]*$",
    re.IGNORECASE,
)
# A closing "Here's why." / "; veja perguntas e respostas." / "Our earlier brief explains …":
# the reader sent on, not news (junk.json's read_on). After a clause mark the sentence before
# it is closed ("…Emirados Árabes Unidos."); a spaced hyphen is one too ("… בתי חולים - פרטים
# נוספים בחדשה", where a plain keyboard's dash stands for "–").
_READ_ON_TAIL = re.compile(
    rf"(?:(?<=[.!?。！？\"”’)…])\s*|(?P<clause>\s*[;:–—]|\s+-(?=\s))\s*)(?:{_words('read_on')})"
    r"(?=\W|$)"
    r"[^.!?;:]{0,60}[.!?…]*\s*$",
    re.IGNORECASE,
)
# "… nicht. vor 5 Std. Lesezeit: 2 Min.": a scraped news card's age and reading time after the
# teaser's last sentence (junk.json's card_meta_reading_time, publication_stamp's ages).
_CARD_META_TAIL = re.compile(
    r"(?:(?<=[.!?。！？؟۔\"”’)…])|^)\s*(?:(?:"
    + "|".join(f"(?:{w})" for lang, ws in _JUNK_TABLE["publication_stamp"]["relative"].items()
               if not lang.startswith("_") for w in ws)
    + "|" + _words("card_meta_reading_time")
    + r")\.?\s*[|·•,–—-]?\s*){1,3}$",
    re.IGNORECASE,
)
# The literal-gated patterns of _clean, each tried on a paragraph (its tail, its sentences)
# only where one of its literals is in it: one pass over the paragraph answers for all of them.
# Built on first use, or read from clean_gates.json (see _built_gates).
def literal_gate_patterns(
    whole_parts: Sequence[tuple[str, re.Pattern[str]]],
) -> dict[str, re.Pattern[str]]:
    return {
        "junk_tail": _JUNK_TAIL, "read_more": _READ_MORE_TAIL, "more_tail": _JUNK_MORE_TAIL,
        "read_on": _READ_ON_TAIL, "card_meta": _CARD_META_TAIL,
        "by_tail": _BY_TAIL, "wp_footer": _WP_FOOTER, "ko_tail": _KO_TAIL,
        "inline_credit": _INLINE_CREDIT, "anywhere": _JUNK_ANYWHERE, "credit": _CREDIT_VERB,
        **dict(whole_parts),
    }


@cache
def _credit_literals() -> regex_gates.Literals | None:
    return regex_gates.gate(_CREDIT_VERB, (_built_gates().get("gates") or {}).get("credit"))


@cache
def _gates() -> regex_gates.LiteralGates:
    return regex_gates.LiteralGates(
        literal_gate_patterns(_junk_gates().whole_parts), _built_gates().get("gates"),
        literal_gate_limits(_junk_gates().whole_parts),
    )


# A whole label's gate words: at most this many (cut to prefixes), so that its crossed phrases
# ("loan copy is sent", … 2,160 of them) cost no RE2 build time or memory in every process that
# cleans (32: the gate set as large as with the one pattern, +0.2 MB; its prefixes, "can earn",
# "loan cop", still let the labels' patterns run on almost no news sentence).
WHOLE_PART_WORDS = 32


def literal_gate_limits(whole_parts: Sequence[tuple[str, re.Pattern[str]]]) -> dict[str, int]:
    return {name: WHOLE_PART_WORDS for name, _ in whole_parts}
