"""Kickers and badges a page scraper glued to the headline ("NahostIsraelische Armee …",
"PremiumTaiwan hat gewählt …", "USASenat billigt …"): the card's kicker line and its headline
line lose the break between them when a page-to-feed service takes the card's text.

The article's own address tells where the headline starts: its slug spells the headline's first
words ("/israelische-armee-weitet-…"), not the kicker glued to them. A brand written in camel
case ("WhatsApp-Störung", "BioNTech") is left alone: its slug spells the whole word.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import unquote, urlsplit

from bot.core import lazy_re as re  # compiled on first use

# A lower-case letter or a capital run, then a capital opening a word: where two words met.
_HUMP = re.compile(r"(?<=[^\W\d_])(?=[A-ZÄÖÜÀ-ÞĀ-Ž][a-zß-ÿā-ž])")
_SPLIT_WORDS = 4  # a kicker is one to three words; the glued word is among the first four
_MIN_LETTERS = 3
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def _fold(text: str) -> str:
    """"Aufklärungsflugzeug" → "aufklaerungsflugzeug": as CMSs write words in a slug."""
    text = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _NON_ALNUM.sub("-", text).strip("-")


def _slug(link: str | None) -> str:
    """The path segment that spells the headline: the longest one made of hyphenated words."""
    if not link:
        return ""
    try:
        path = unquote(urlsplit(link).path)
    except ValueError:
        return ""
    words = [_fold(s.rsplit(".", 1)[0]) for s in path.split("/")]
    words = [s for s in words if s.count("-") >= 2]
    return max(words, key=len, default="")


def _kicker_word(kicker: str) -> bool:
    """Could `kicker` be a card's kicker, where the slug spells it and the headline's first word
    apart ("nahost-israelische-armee-…")? A brand written in camel case has a slug that does the
    same ("TriMet" → "tri-met-fares-…"), its first part a short syllable: a kicker of one word is
    a word of four letters or more, or an acronym in capitals ("USASenat")."""
    last = kicker.split(" ")[-1]
    return " " in kicker.strip() or len(last) >= 4 or (last.isupper() and len(last) >= 2)


def unglue_kicker(title: str, link: str | None) -> str:
    """The headline without a kicker glued to its first word, when the link's slug starts with
    the headline's first word (after the glue) and not with the glued word itself."""
    words = title.split(" ")
    # one search over the first words joined: a hump needs a letter before it, never a space
    if not _HUMP.search(" ".join(words[:_SPLIT_WORDS])):
        return title  # no two words met in one (most headlines): no slug to read
    slug = _slug(link)
    if not slug:
        return title
    for i, word in enumerate(words[:_SPLIT_WORDS]):
        for m in _HUMP.finditer(word):
            kicker, head = " ".join([*words[:i], word[: m.start()]]), word[m.start():]
            first = _fold(head)
            if (
                len(first) < _MIN_LETTERS
                or sum(c.isalpha() for c in kicker) < _MIN_LETTERS
                or slug.startswith(_fold(word) + "-")
            ):
                continue
            if slug.startswith(first + "-") or (
                slug.startswith(f"{_fold(kicker)}-{first}-") and _kicker_word(kicker)
            ):
                return " ".join([head, *words[i + 1:]])
    return title
