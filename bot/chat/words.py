"""Splitting a chat command into words.

Chat is not a shell: apostrophes (O'Brien, côte d'ivoire) and backslashes (\\bsudan\\b) are
ordinary characters. Only a balanced pair of quotes — straight or typographic, opening at the
start of a word and closing at the end of one — groups words into one: `"north korea"`.
A quote without its partner is just a character.
"""

from __future__ import annotations

_PAIRS = {'"': '"', "'": "'", "“": "”", "„": "“", "‘": "’", "«": "»"}


def split_words(text: str) -> list[str]:
    words: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        close = _PAIRS.get(text[i])
        if close is not None:
            end = _closing(text, i + 1, close)
            if end is not None:
                words.append(text[i + 1 : end])
                i = end + 1
                continue
        j = i
        while j < n and not text[j].isspace():
            j += 1
        words.append(text[i:j])
        i = j
    return words


def _closing(text: str, start: int, close: str) -> int | None:
    """Index of a `close` quote that ends a word (followed by whitespace or the end)."""
    j = start
    while (j := text.find(close, j)) != -1:
        if j + 1 == len(text) or text[j + 1].isspace():
            return j
        j += 1
    return None


def quote_word(value: str) -> str:
    """`value` written so that `split_words` reads it back as one word."""
    if value and not any(c.isspace() for c in value) and value[0] not in _PAIRS:
        return value
    return f'"{value}"'
