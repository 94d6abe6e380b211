"""Dots inside names and titles ("U.S.", "Gen.", "John F. Kennedy") swapped for a look-alike
while the attribution patterns match, and swapped back after."""

from __future__ import annotations

from bot.content import wordscan
from bot.content.quotes.tables import _TABLES
from bot.core import lazy_re as re  # compiles each pattern on first use

# Dots inside names and titles ("U.S.", "Gen.", "John F. Kennedy") would end a clause for the
# attribution patterns; they are swapped for a look-alike while matching.
_DOT = "\u2024"
# Abbreviated titles and ranks ("Brig. Gen.", "Cmdr.", "Dr."): bot/data/quotes.json (words
# of letters only: `_mask_abbreviations` relies on it).
_ABBREVIATIONS = frozenset(_TABLES["title_abbreviations_en"])
_ABBREVIATION_MAX = max(map(len, _ABBREVIATIONS))


# "\b([A-Z])\.(?=…)" written from its dot (a literal the search finds fast), the initial
# behind it: the same matches, where a leading "\b" made the search try every position.
_INITIAL_DOT = re.compile(r"\.(?<=\b[A-Z]\.)(?=[A-Z]\.|\s+[A-Z]|[,’'])")
_NEXT_INITIAL_DOT = re.compile(r"(?<=[A-Z]\u2024[A-Z])\.")


# "Brig. (Retd.) Tariq Jamil": the retired mark's full stop ends no sentence.
_RETIRED_DOT = re.compile(r"\((retd|rtd|ret)\.\)", re.IGNORECASE)


def _mask(text: str) -> str:
    if ".)" in text:
        text = _RETIRED_DOT.sub(lambda m: f"({m[1]}{_DOT})", text)
    # Dotted initials: "U.S." → both dots; a loop is needed for consecutive letters.
    masked = _INITIAL_DOT.sub(_DOT, text)
    if _DOT in masked:  # (the second pattern only follows a first one's dot)
        masked = _NEXT_INITIAL_DOT.sub(_DOT, masked)
    return _mask_abbreviations(masked)


def _mask_abbreviations(text: str) -> str:
    r"""`_DOT` for the full stop of an abbreviated title or a single capital, as
    `\b(?:(?<![\w.])[A-Z](?=\.)|ABBREVIATION)\.(?=\s|[A-Z,])` would replace it (that regex
    began with `\b`, so its search tried every position of every text): each match ends at a
    full stop and holds none before it, so every "." is looked at on its own, backwards."""
    size = len(text)
    cut: list[int] = []
    d = text.find(".", 1)
    while 0 < d < size - 1:
        nxt = text[d + 1]
        # ... also before a hyphen joining the next abbreviation of a compound rank
        # ("Lt.-Gen.", "Maj.-Gen.": Canadian and British style) or initial ("J.-P.")
        if nxt.isspace() or nxt == "," or "A" <= nxt <= "Z" or (
            nxt == "-" and d + 2 < size and "A" <= text[d + 2] <= "Z"
        ):
            s = d  # the run of word characters before the stop (no longer than a title)
            while s > 0 and d - s <= _ABBREVIATION_MAX and wordscan.is_word_char(text[s - 1]):
                s -= 1
            word = text[s:d]
            if len(word) == 1:
                if "A" <= word <= "Z" and (s == 0 or text[s - 1] != "."):
                    cut.append(d)
            elif word in _ABBREVIATIONS and (s == 0 or not wordscan.is_word_char(text[s - 1])):
                cut.append(d)
        d = text.find(".", d + 1)
    if not cut:
        return text
    parts, begin = [], 0
    for d in cut:
        parts.append(text[begin:d])
        begin = d + 1
    parts.append(text[begin:])
    return _DOT.join(parts)


def _unmask(text: str) -> str:
    return text.replace(_DOT, ".")
