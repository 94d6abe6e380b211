"""Word-boundary scans that stand for small regexes built around one article's words.

A pattern such as `(?<!\\w)Julián[ \\u00a0]+Lagos(?!\\w)` compiled per call costs ~50–100 µs
the first time each new name is seen, which in a real cycle (thousands of different names) is
every time; it also pushes the module-level patterns out of re's compile cache. These
functions give the same answers with `str.find` and character tests, the character classes
written as re defines them for `str` patterns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator


def is_word_char(ch: str) -> bool:
    """re's `\\w`: a letter, a digit or a numeric character (str.isalnum), or "_"."""
    return ch.isalnum() or ch == "_"


def is_letter(ch: str) -> bool:
    """re's `[^\\W\\d_]`: a `\\w` character that is no decimal digit and no "_"."""
    return ch.isalnum() and not ch.isdecimal()


def pair_starts(first: str, second: str, text: str) -> Iterator[int]:
    r"""Where `(?<!\w)FIRST[ \u00a0]+SECOND(?!\w)` matches in `text`, in finditer's order (a
    match's end is where the next is looked for). `second` starts with no space."""
    pos, size = 0, len(text)
    while (i := text.find(first, pos)) >= 0:
        pos = i + 1
        if i and is_word_char(text[i - 1]):
            continue
        gap = k = i + len(first)
        while k < size and text[k] in " \u00a0":
            k += 1
        # `second` starts with no space: the greedy gap is the match's
        if k == gap or not text.startswith(second, k):
            continue
        end = k + len(second)
        if end < size and is_word_char(text[end]):
            continue
        yield i
        pos = max(end, i + 1)


def word_starts(word: str, text: str) -> Iterator[int]:
    r"""Where `re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)` matches, in its order
    (a match's end is where the next is looked for). `word` is not empty."""
    size, n = len(text), len(word)
    i = text.find(word)
    while i >= 0:
        end = i + n
        if (not i or not is_word_char(text[i - 1])) and (
            end >= size or not is_word_char(text[end])
        ):
            yield i
            i = text.find(word, end)
        else:
            i = text.find(word, i + 1)


def has_word(word: str, text: str) -> bool:
    r"""`re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)` as a bool: `word` somewhere in
    `text` with no word character right before or after it."""
    return _found_between(word, text, is_word_char)


def has_whole_word(word: str, text: str) -> bool:
    r"""`re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", text)` as a bool: `word`
    somewhere in `text` with no letter right before or after it."""
    return _found_between(word, text, is_letter)


def _found_between(word: str, text: str, joins: Callable[[str], bool]) -> bool:
    """`word` in `text` at a place where neither neighbouring character `joins` it."""
    size, n = len(text), len(word)
    i = text.find(word)
    while i >= 0:
        end = i + n
        if (not i or not joins(text[i - 1])) and (end >= size or not joins(text[end])):
            return True
        i = text.find(word, i + 1)
    return False


def _space_run_start(text: str, end: int) -> int:
    """Where the run of whitespace (re's `\\s`: str.isspace) that ends at `end` starts."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def article_before(word: str, text: str, articles: tuple[str, ...]) -> str | None:
    r"""The first match's article in `re.search(rf"(?<!\w)(A|B)\s+{re.escape(word)}", text)`
    for `articles` (A, B: words of equal length), or None. `word` starts with no space."""
    n = len(articles[0])
    i = text.find(word)
    while i >= 0:
        k = _space_run_start(text, i)
        if k < i and k >= n and text[k - n : k] in articles and (
            k == n or not is_word_char(text[k - n - 1])
        ):
            return text[k - n : k]
        i = text.find(word, i + 1)
    return None


def word_before_name(name: str, text: str) -> str | None:
    r"""The word W of the first match of
    `[^\W\d_,;][,;]?\s+([^\W\d_][^\W\d_'’.-]*)\s+{re.escape(name)}(?![^\W\d_])` in `text`
    (a word inside a sentence, then the name), or None. `name` starts with a letter."""
    size, n = len(text), len(name)
    i = text.find(name)
    while i >= 0:
        found = _word_before(text, i)
        end = i + n
        if found is not None and (end >= size or not is_letter(text[end])):
            return found
        i = text.find(name, i + 1)
    return None


def _word_before(text: str, at: int) -> str | None:
    """W when `text[:at]` ends with `[^\\W\\d_,;][,;]?\\s+W\\s+` as in `word_before_name`."""
    k = _space_run_start(text, at)  # W ends at k
    if k == at:
        return None
    s = k
    while s > 0 and is_letter(text[s - 1]):  # W: letters only (the class excludes '’.-)
        s -= 1
    if s == k:  # (and W starts right after whitespace: below)
        return None
    t = _space_run_start(text, s)
    if t == s or t == 0:
        return None
    before = t - 1
    if text[before] in ",;":
        before -= 1
        if before < 0:
            return None
    return text[s:k] if is_letter(text[before]) else None
