"""Names made comparable: spaces collapsed, Latin letters without their accents, and a name
squashed to its letters ("The Northern Ledger" → "northernledger") to hold against a domain."""

from __future__ import annotations

import unicodedata

from bot.core import lazy_re as re  # compiles each pattern on first use


def _collapse(text: str) -> str:
    return " ".join(text.split())


_LETTERS = re.compile(r"[\W\d_]+")


def _squash(text: str) -> str:
    """"The Northern Ledger" → "northernledger", "Kıyı Gazetesi" → "kiyigazetesi": comparable
    with a domain label, which spells a name's Latin letters without their accents."""
    key = _LETTERS.sub("", _fold_latin(text.casefold()))
    return key.removeprefix("the") if len(key) > 6 else key


# Latin letters that do not decompose into a base letter and an accent.
_LATIN_FOLD = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "æ": "ae", "œ": "oe"}
)


def _fold_latin(text: str) -> str:
    """"diário atlântico" → "diario atlantico"; other scripts stay as they are."""
    if text.isascii():
        return text
    out = []
    for ch in text.translate(_LATIN_FOLD):
        if "\u00c0" <= ch <= "\u024f":
            ch = "".join(
                c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
            )
        out.append(ch)
    return "".join(out)
