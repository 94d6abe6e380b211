"""Notes about the item's own author (an op-ed's bio) in its text."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from bot.content import regex_gates
from bot.content.clean.junk_gates import _built_gates
from bot.content.clean.paragraphs import _join
from bot.content.clean.tables import _JUNK_TABLE
from bot.content.sentences import split_sentences
from bot.core import lazy_re as re  # compiles each pattern on first use

_NOTE_TABLE = _JUNK_TABLE["author_note"]
# The verb may follow an appositive job title ("Carmine Zollo, giornalista, collabora con …").
_NOTE_AFTER = re.compile(
    r"\s*(?:,\s*[^,.;:()]{2,40},)?\s*(?:" + "|".join(
        re.escape(w) for ws in _NOTE_TABLE["after_name"].values() for w in sorted(ws, key=len)[::-1]
    ) + r")\s"
)
_NOTE_LAST = tuple(w for ws in _NOTE_TABLE["last"].values() for w in ws)
# What may stand before the name: a bracket, an asterisk, a title ("Dr", "Lt Gen (Retd) Sir")
_NOTE_OPENING = re.compile(r"^[\W_]*(?:(?:[A-Z][\w.]{0,11}|\([\w.]{1,8}\))\s+){0,4}")
# "Kevin Roy, Assistant Professor, School of Planning, University of X": a credit line, the
# name then title-case words and their joining words only
_CREDIT_TAIL = re.compile(
    r"^,\s*(?:(?:[A-ZÀ-Ý][\w.'’&-]*|of|for|and|the|at|in|de|da|do|di|del|della|für|der|des|an|"
    r"la|le|et|y|e|und)[\s,]+){1,20}$"
)
# "Vikram Deshpande in Washington", "Ana Ruiz, desde Lima": the author's sign-off, the name then
# only where the report was filed (a table-layout CMS's closing <font> line).
_PLACE_TAIL = re.compile(
    r"^,?\s+(?:in|from|aus|en|em|à|desde|из)\s+"  # "… in GABORONE, Botswana": place, country
    r"[A-ZÀ-ÝА-Я][\w'’.-]*(?:,?[\s-]+[A-ZÀ-ÝА-Я][\w'’.-]*){0,3}\s*\.?\s*$"
)
_JOINERS = frozenset(w.casefold() for w in _NOTE_TABLE["joiners"])
_NOTE_MAX_WORDS = 45
# "Anna Berg is the paper's Moscow correspondent", "Luca Neri è il nostro inviato a Kiev": a
# full name (two to four capitalised words) that is the outlet's own staff, credited or not
_STAFF = "|".join(f"(?:{p})" for p in _NOTE_TABLE["staff"].values())
_STAFF_NOTE = re.compile(
    r"[\w’'-]*(?:\s+[A-ZÀ-ÝА-ЯЁІЇЄ][\w’'-]+){1,3}" + _NOTE_AFTER.pattern + r"\s*(?:" + _STAFF
    + r")\b"
)
_STAFF_HINT = re.compile(r"(?:" + _STAFF + r")\b")  # (a cheap look before the sentence split)


@cache
def staff_gate() -> regex_gates.LiteralGates:
    """The literals every _STAFF_HINT match holds ("correspondent", "nuestra "), looked for in
    one RE2 pass: the pattern has no literal start, so re tries it at every position (~18 µs a
    paragraph, most of cleaning's regex time); stored in clean_gates.json (author_staff)."""
    return regex_gates.LiteralGates({"staff": _STAFF_HINT}, {"staff": _built_gates().get(
        "author_staff")})


def _author_note(sentence: str, names: Sequence[str]) -> bool:
    """A sentence about one of `names` (the item's authors): their bio, credit line or
    sign-off."""
    if len(sentence.split()) > _NOTE_MAX_WORDS:
        return False
    opening = _NOTE_OPENING.match(sentence)
    reach = opening.end() if opening else 0
    if _staff_note(sentence):
        return True
    if _names_only(sentence, names):
        return True
    for name in names:
        at = sentence.find(name, 0, reach + len(name))
        if at < 0:
            continue
        after = sentence[at + len(name):]
        if (_NOTE_AFTER.match(after) or _CREDIT_TAIL.match(after.rstrip(" .") + " ")
                or _PLACE_TAIL.match(after)):
            return True
        end = re.sub(r"[\s.。۔)）]+$", "", after)  # the closing stop and bracket
        if _NOTE_LAST and end.endswith(_NOTE_LAST):
            return True
    return False


def _names_only(sentence: str, names: Sequence[str]) -> bool:
    """Is the sentence nothing but the item's credited authors, joined ("Shamima Akter and
    Rafiqul Islam Bhuiyan", a bold byline paragraph repeating the credit)?"""
    rest = sentence
    for name in sorted(names, key=len, reverse=True):
        rest = rest.replace(name, " ")
    if rest == sentence:
        return False
    return all(w.casefold() in _JOINERS for w in re.findall(r"[^\W\d_]+|&", rest))


def drop_author_notes(paragraphs: list[str], authors: Sequence[str]) -> list[str]:
    """The text without the sentences that are notes about its own authors ("Marta Kowalczyk
    is a senior fellow at …", "(عمران خٹک پشاور کے صحافی ہیں۔)"): an op-ed's or a guest
    post's bio, wherever it stands (bot/data/junk.json author_note). Only full names (two
    words or more) count: an expert the text introduces is no author. The same list when
    there is no such note; an empty one when the text was only the note."""
    names = [a for a in authors if len(a.split()) >= 2]
    # "Adesanya-Roberts, a former diplomat, writes from Abuja.": an op-ed's bio naming its
    # credited author by the surname alone (only as the sentence's subject, before its verb)
    surnames = [s for n in names if len(s := n.split()[-1]) >= _SURNAME_MIN and s[:1].isupper()]
    staff = [False] * len(paragraphs)
    gate = staff_gate()
    # no literal of the pattern in the whole text (the usual case): in none of its paragraphs
    if "staff" in gate.possible("\n".join(paragraphs)):
        staff = [
            "staff" in gate.possible(p) and _STAFF_HINT.search(p) is not None for p in paragraphs
        ]
    if not any(staff) and (not names or not any(
        n in p for p in paragraphs for n in [*names, *surnames]
    )):
        return paragraphs
    kept: list[str] = []
    for para, hint in zip(paragraphs, staff, strict=True):
        if not hint and not any(n in para for n in [*names, *surnames]):
            kept.append(para)
            continue
        sentences = split_sentences(para)
        rest = [s for s in sentences
                if not (_author_note(s, names) or _surname_note(s, surnames))]
        if rest == sentences:
            kept.append(para)
        elif rest:
            kept.append(_join(rest))
    # A text that is only its writer's bio ("Special to The Ledger. Jane Roe is a former
    # diplomat.") says nothing of the story: nothing is left, the headline stands alone.
    return kept


_SURNAME_MIN = 4


def _surname_note(sentence: str, surnames: Sequence[str]) -> bool:
    """A sentence opening on the author's surname, a job title set off by commas and a bio
    verb ("Roberts, a former diplomat, writes from Abuja."; the commas keep "Boateng is a name
    traders know" in the text)."""
    if not surnames or len(sentence.split()) > _NOTE_MAX_WORDS:
        return False
    head = sentence.lstrip("([*•–— ")
    return any(head.startswith(n) and head[len(n):len(n) + 1] == ","
               and _NOTE_AFTER.match(head, len(n)) for n in surnames)


def _staff_note(sentence: str) -> bool:
    """A sentence that opens with a full name the outlet's own staff: a note about its writer
    whether or not the item credits them (bot/data/junk.json author_note staff)."""
    opening = _NOTE_OPENING.match(sentence)
    start = 0
    if opening and opening.end():
        # the opening's capitalised words may be the name itself: the name is read from the
        # first letter after a bracket or asterisk
        start = len(sentence) - len(sentence.lstrip("([*•–— "))
    first = sentence[start:start + 1]
    return bool(first.isupper() and _STAFF_NOTE.match(sentence, start))
