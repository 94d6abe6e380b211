"""Letters one script writes two ways, for the patterns that read text.

Urdu and Persian text typed on an Arabic keyboard, or stored in windows-1256 (which has no Farsi
yeh), writes the Arabic yeh and kaf (ي, ك) for the Urdu ی and ک: "ميں" for "میں", "ڈيسک" for
"ڈیسک". The text is shown as the outlet wrote it; a pattern from a data table written with the
Urdu letter is widened to match both (bot/data/encodings.json, arabic_letter_variants).
"""

from __future__ import annotations

import json
from importlib import resources

_VARIANTS: dict[str, str] = json.loads(
    resources.files("bot.data").joinpath("encodings.json").read_text("utf-8")
)["arabic_letter_variants"]


def with_variants(pattern: str) -> str:
    """`pattern` (a regular expression) with each Urdu letter of the table also matching its
    Arabic stand-in: "ڈیسک" → "ڈ[یي]س[کك]", "[یے]" → "[یيے]". Other patterns come back as
    they are."""
    if not any(letter in pattern for letter in _VARIANTS):
        return pattern
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":  # an escape and what it escapes stay together
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if c in _VARIANTS:
            out.append(c + _VARIANTS[c] if in_class else f"[{c}{_VARIANTS[c]}]")
        else:
            if c == "[" and not in_class:
                in_class = True
                # a "]" right after "[" or "[^" is a member of the class, not its end
                j = i + 1 + (pattern[i + 1 : i + 2] == "^")
                if pattern[j : j + 1] == "]":
                    out.append(pattern[i : j + 1])
                    i = j + 1
                    continue
            elif c == "]" and in_class:
                in_class = False
            out.append(c)
        i += 1
    return "".join(out)


# Letters only Urdu (and, some of them, Persian) writes: a text holding one is read as Urdu.
_URDU_LETTERS = frozenset("ٹڈڑںھہےۓگکپچژ")
_FOLD = str.maketrans({arabic: urdu for urdu, arabic in _VARIANTS.items()})


def fold_variants(text: str) -> str | None:
    """An Urdu text written with Arabic stand-ins ("ميں") with the Urdu letters ("میں"), the
    same length, for matching only; None where there is nothing to fold (no stand-in, or
    no Urdu letter: Arabic text keeps its own letters)."""
    if not any(arabic in text for arabic in _FOLD_FROM) or _URDU_LETTERS.isdisjoint(text):
        return None
    return text.translate(_FOLD)


_FOLD_FROM = tuple(_VARIANTS.values())
