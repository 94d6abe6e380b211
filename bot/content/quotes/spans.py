"""Quoted spans: the quotation marks of each language (curly, straight, German, French, Nordic,
Swiss, Japanese, mirrored right-to-left) and dash quotes ("– …, sade X")."""

from __future__ import annotations

from collections.abc import Sequence

from bot.content.quotes.multilingual import _who_before_verb
from bot.content.quotes.patterns import _VERBS_ML
from bot.content.quotes.records import _Segment
from bot.content.quotes.tables import _VERBS
from bot.core import lazy_re as re  # compiles each pattern on first use

_PAIRS = {"“": "”", "„": "“”", "«": "»", '"': '"', "‟": "”", "「": "」", "『": "』"}
_OPENER = re.compile("[" + re.escape("".join(_PAIRS)) + "]")
_CLOSER = {o: re.compile("[" + re.escape(c) + "]") for o, c in _PAIRS.items()}
# British single quotes: ‘…’; a ’ inside a word ("don’t") is an apostrophe, not the end.
_PAIRS["‘"] = "’"
_OPENER = re.compile("[" + re.escape("".join(_PAIRS)) + "]")
_CLOSER["‘"] = re.compile(r"’(?!\w)")
# Straight single quotes ('We will…,' she said) only open before a capital, after a non-letter.
_PAIRS["'"] = "'"
_CLOSER["'"] = re.compile(r"'(?!\w)")
# Swedish and Finnish ”…”, Swedish »…», German and Danish »…«, Swiss ‹…›, German ‚…‘: these
# marks also close other styles' quotes, so they open one only before a letter, after a non-letter.
_PAIRS.update({"”": "”", "»": "«»", "›": "‹›", "‹": "›", "‚": "‘"})
_CLOSER.update({o: re.compile("[" + re.escape(_PAIRS[o]) + "]") for o in "”»›‹‚"})
_AMBIGUOUS_OPENERS = "”»›‹‚"
_OPENER = re.compile("[" + re.escape("".join(_PAIRS) + "’") + "]")
# Urdu and Persian outlets write ”…“ and ’…‘ (the marks mirrored for right-to-left text).
_RTL_LETTER = re.compile("[\u0590-\u05ff\u0600-\u06ff]")
_RTL_CLOSER = {"”": re.compile("[“”]"), "’": re.compile("[‘’]")}
# … its first letter right after the mark, or after a number ("”2022 کے سیلاب …“", "”20 برس …")
_RTL_START = re.compile("(?:\\d[\\d.,/:%-]{0,11} ?)?[\u0590-\u05ff\u0600-\u06ff]")
_URDU_DOUBLE_CLOSER = re.compile("‘‘|’’")


def _opens_name(ch: str) -> bool:
    """A capital, or a letter of a script without case (Bengali ‘…’, Hindi '…')."""
    return ch.isupper() or (ch.isalpha() and not ch.islower())


def _segments(paragraphs: Sequence[str]) -> list[_Segment]:
    """Quoted spans, joining a quote that runs on into the next paragraph (no closing mark)."""
    out: list[_Segment] = []
    pending: tuple[int, int, str] | None = None  # (start_para, start, text so far)
    for p, para in enumerate(paragraphs):
        i = 0
        n = len(para)
        if pending and para[:1] not in _PAIRS:
            pending = None  # the run-on quote did not continue: not a quote we trust
        while i < n:
            opener = _OPENER.search(para, i)  # the next quotation mark, found in C
            if opener is None:
                break
            i = opener.start()
            if para.startswith("’’", i) and _RTL_LETTER.match(para, i + 2):
                # Urdu ’’…‘‘ (a doubled mark each side): one quotation, not two apostrophes
                close = _URDU_DOUBLE_CLOSER.search(para, i + 2)
                if close is not None:
                    out.append(_Segment(p, p, i, close.end(), para[i + 2 : close.start()].strip()))
                    i = close.end()
                    continue
            rtl = (
                para[i] in _RTL_CLOSER and bool(_RTL_START.match(para, i + 1))
                and not (i > 0 and para[i - 1].isalnum())
            )
            if (para[i] == "’" and not rtl) or (
                para[i] == '"' and 0 < i < n - 1 and para[i - 1].isalpha() and para[i + 1].isalpha()
            ):
                i += 1  # an apostrophe, or the gershayim of a Hebrew abbreviation ('ד"ר')
                continue
            if para[i] in "'‘" and (
                (i > 0 and para[i - 1].isalnum()) or not _opens_name(para[i + 1 : i + 2])
            ):
                i += 1  # an apostrophe ("Côte d'Ivoire", "'90s"), not a quotation
                continue
            if para[i] in _AMBIGUOUS_OPENERS and (
                (i > 0 and para[i - 1].isalnum()) or not para[i + 1 : i + 2].isalnum()
            ):
                i += 1  # a closing mark ("Lire la suite »", 5” pipes), not an opening one
                continue
            closer = (_RTL_CLOSER[para[i]] if rtl else _CLOSER[para[i]]).search(para, i + 1)
            j = closer.start() if closer else n
            if closer is None and rtl and para.rstrip().endswith(("۔", ".", "؟", "!")):
                # ”… ۔ at the paragraph's end: the closing “ was lost (cleaning drops a trailing
                # opening mark), the sentence end shows the quote ends here
                out.append(_Segment(p, p, i, n, para[i + 1 :].strip()))
                break
            if j >= n:  # unclosed: may continue in the next paragraph
                text = para[i + 1 :].strip()
                if pending and i == 0:
                    pending = (pending[0], pending[1], pending[2] + " " + text)
                else:
                    pending = (p, i, text)
                break
            text = para[i + 1 : j].strip()
            if pending and i == 0:
                out.append(_Segment(p, pending[0], pending[1], j + 1, pending[2] + " " + text))
                pending = None
            else:
                out.append(_Segment(p, p, i, j + 1, text))
            i = j + 1
        if "–" in para or "—" in para or para.startswith("- ") or (" - " in para and any(
            end in para for end in (". - ", "! - ", "? - ")
        )):
            out.extend(_dash_segments(p, para, out))
    out.sort(key=lambda s: (s.para, s.start_para, s.start))  # dash quotes in reading order
    return out


# Dash quotes (Nordic, Finnish, Slavic): "– Det här är historiskt, sade X." opens a paragraph
# or follows a sentence; the quote runs to the comma before the attribution, a speech verb
# right after it ("sade X", "— заявил X") or after at most six words ("Heikkinen sanoo.").
# A hyphen-minus stands for the dash where a portal's editors type it (Polish "… Kowalski. -
# Jesteśmy w kontakcie - zapewnił minister …"): spaced, after a sentence's end, and closed by
# another spaced one without a comma.
_DASH_START = re.compile(r"(?:^|(?<=[.!?…]\s))(?:[–—]\s*|-\s+)(?=\w)")
_DASH_COMMA = re.compile(r",\s*(?:[–—-]\s*)?|\s[–—-]\s+")
_DASH_VERB_FIRST = re.compile(rf"(?:{_VERBS_ML}|{_VERBS})(?!\w)", re.IGNORECASE)
_DASH_WHO_FIRST = re.compile(r"(?:[^\s,.;:!?]+\s+){1,6}[^\s,.;:!?]+\s*(?:[.,!?]|$)")
DASH_QUOTE_CHARS = 1000  # a dash quote's longest run before its attribution


def _dash_segments(p: int, para: str, found: Sequence[_Segment]) -> list[_Segment]:
    spans = [(s.start, s.end) for s in found if s.para == p == s.start_para]
    out: list[_Segment] = []
    for m in _DASH_START.finditer(para):
        end = next((c for c in _DASH_COMMA.finditer(para, m.end(), m.end() + DASH_QUOTE_CHARS)
                    if _says(para, c.end())), None)
        if end is None or any(a < end.start() and m.start() < b for a, b in spans):
            continue  # no attribution, or marks inside: not a dash quote
        out.append(_Segment(p, p, m.start(), end.start(), para[m.end() : end.start()], True))
    return out


def _says(para: str, at: int) -> bool:
    """Does a speech verb follow at `at` ("sade X"), or end the clause there ("X sanoo.")?"""
    if _DASH_VERB_FIRST.match(para, at):
        return True
    clause = _DASH_WHO_FIRST.match(para, at)
    return bool(clause and _who_before_verb(clause.group(0).rstrip(" .,!?")))
