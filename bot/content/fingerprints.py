"""`fingerprint`, the duplicate key of a text, in a module of its own: a digest
(bot/deliver/digest.py) compares quotes with summaries without importing the cleaning module and
its tables (bot.content.clean, ~5 MB), which a `run --once` main process otherwise never loads
(its builds run in the pool process)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from bot.core import lazy_re as re  # compiles each pattern on first use

# Private-use markers around link text (never in real text; stripped before output).
LINK_OPEN, LINK_CLOSE = "\ue000", "\ue001"
MARKERS = re.compile("[\ue000\ue001]")
_NON_WORD = re.compile(r"[\W_]+")
_ASCII_NON_WORD = bytes(b for b in range(128) if not chr(b).isalnum())


# The summarizer fingerprints the sentences cleaning did: a feed's items are all cleaned before
# the first is summarised (articles.learn_articles), so the cache holds a batch's sentences.
@lru_cache(maxsize=2048)
def fingerprint(text: str) -> str:
    """Case-, space-, punctuation- and quote-style-insensitive key for duplicate detection."""
    if LINK_OPEN in text or LINK_CLOSE in text:
        text = MARKERS.sub("", text)
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii():  # [\W_] in ASCII is every byte but a letter or digit: delete them at once
        return text.encode("ascii").translate(None, _ASCII_NON_WORD).decode("ascii")
    # Spaces first (the most common non-word character): the regex then has far less to cut.
    return _NON_WORD.sub("", text.replace(" ", ""))
