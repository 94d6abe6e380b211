"""Broken entities and glued words: "&amp;amp;", "word.Next", quotes run into words."""

from __future__ import annotations

import html as htmllib
from collections.abc import Callable

from bot.core import lazy_re as re  # compiles each pattern on first use

# "Nepal#8217;s": a numeric entity that lost its "&" on the way (double-escaping CMSs); not
# "&amp;#8217;", an entity escaped twice, which decoding twice reads whole.
_BROKEN_ENTITY = re.compile(r"(?<!&)(?<!&amp;)#(?:(\d{2,7})|[xX]([0-9a-fA-F]{2,6}));")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# "…on Wednesday.President Rasheed said", "…in 2024.The", "…Kayseri'ye.Şimdi": a full stop
# with no space after it (any script with case; not in "example.com", "U.S.", "3.5"); also a
# one-letter word opening the next sentence ("…por dois anos.O ministro", "…today.A new").
_GLUED = re.compile(r"(?<=[^\W_]{2}[.!?])(?=[^\W\d_](?:[^\W\d_]| [^\W\d_]{2}))")


def _unglue(text: str) -> str:
    def space(m: re.Match[str]) -> str:
        i = m.start()
        left, right = text[i - 2], text[i : i + 2]
        if not ((left.islower() or left.isdigit()) and right[0].isupper() and (
            right[1].islower() or (right[1] == " " and (
                text[i + 2 : i + 3].islower()
                # "…União Europeia.O Itamaraty", "…today.I think": a word of one letter
                # opens the sentence, a name may follow it
                or (right[0] in _ONE_LETTER_WORDS and text[i + 2 : i + 3].isupper())
            ))
        )):
            return ""
        token = text[max(0, i - 30) : i + 30]
        return "" if _URLISH.search(token) else " "

    # A _GLUED match sits between ".", "!" or "?" and a letter, a _GLUED_QUOTE one before an
    # opening mark: where neither is (most paragraphs), nothing to do, found in one pass.
    if not _glue_hint(text):
        return text
    text = _sub_after_hints(_GLUED, _GLUED_HINT, space, text)
    return _sub_after_hints(_GLUED_QUOTE, _GLUED_QUOTE_HINT, _quote_space, text)


def _sub_after_hints(
    pattern: re.Pattern[str], hint: re.Pattern[str], repl: Callable[[re.Match[str]], str],
    text: str,
) -> str:
    """`pattern.sub(repl, text)` for a pattern whose matches are all empty and each right after
    the first character of a `hint` match (two characters, the second never a first one, so
    `finditer` sees every such place): the pattern is tried there only, not at every position
    (its lookbehind still sees the text before the position)."""
    parts: list[str] = []
    at = 0
    for h in hint.finditer(text):
        i = h.start() + 1
        if (m := pattern.match(text, i)) is not None and (put := repl(m)):
            parts += (text[at:i], put)
            at = i
    if not parts:
        return text
    parts.append(text[at:])
    return "".join(parts)


_GLUED_HINT = re.compile(r"[.!?][^\W\d_]")
_GLUE_HINT = re.compile(r"[.!?](?:[^\W\d_]|[“«‘„\"])")  # _GLUED_HINT or _GLUED_QUOTE_HINT
# In ASCII text [^\W\d_] is [A-Za-z]: each letter as "a", each "!" and "?" as ".", a _GLUE_HINT
# match is '.a' or '."' in the bytes (substring tests, ~5x faster than the search).
_GLUE_BYTES = bytes(
    97 if chr(c).isascii() and chr(c).isalpha() else 46 if chr(c) in "!?" else c
    for c in range(256)
)


def _glue_hint(text: str) -> bool:
    """_GLUE_HINT.search(text) is not None."""
    if text.isascii():
        b = text.encode("ascii").translate(_GLUE_BYTES)
        return b".a" in b or b'."' in b
    return _GLUE_HINT.search(text) is not None
# "…local officials said.“They were farmers,” said …", "… dal 2029.«È un passo …»": a full
# stop after a word or a year, then at once the opening mark of a quotation and its first
# capital, the space between the sentences lost.
_GLUED_QUOTE = re.compile(r"(?<=(?:[^\W\d_]{2}|\d{2})[.!?])(?=[“«‘„\"][^\W\d_])")
_GLUED_QUOTE_HINT = re.compile(r"[.!?][“«‘„\"]")


def _quote_space(m: re.Match[str]) -> str:
    i, text = m.start(), m.string
    if not text[i + 1].isupper():
        return ""
    # "…sagte er.“Das …" in German: with a „ still open before it, the “ closes that quotation
    if text[i] == "“" and text.count("„", 0, i) > text.count("“", 0, i):
        return ""
    # '…border."This corridor …', '…Mali."Serve …': a straight mark opens a quotation when the
    # marks before it are paired; after an odd one it closes one ('… he said."Then …' stays)
    return "" if text[i] == '"' and text.count('"', 0, i) % 2 else " "


# Capital letters that are words of their own (pt/it/es/fr articles and conjunctions, en "A"
# and "I", it "È"): after a glued full stop and before a name, the start of a sentence. An
# initial ("J.R.R. Tolkien", "U.S.A. Today") has a capital before its full stop, never a
# lower-case pair, so it never reaches this test.
_ONE_LETTER_WORDS = frozenset("AEOIÈÀÉY")


_URLISH = re.compile(r"(?i)https?://|www\.|\.(?:com|org|net|gov|edu|io)\b")


def fix_entities(text: str) -> str:
    """Entities left in text: "&amp;quot;" (escaped twice) and "#8217;" (lost its "&")."""

    def numeric(m: re.Match[str]) -> str:
        code = int(m.group(1)) if m.group(1) else int(m.group(2), 16)
        return chr(code) if 32 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else ""

    if "#" in text:  # the patterns need "#" and "&": skip them when absent
        text = _BROKEN_ENTITY.sub(numeric, text)
    for _ in range(2):  # at most twice escaped in practice
        if "&" not in text or not _ENTITY.search(text):
            break
        text = htmllib.unescape(text)
    return text
