"""The word scans give the answers of the per-call regexes they stand for (differential tests
on texts built from the characters that matter: letters, digits, "_", spaces, punctuation)."""

from __future__ import annotations

import random
import re

from bot.content import wordscan

_PARTS = ["Julián", "Lagos", " ", "\u00a0", "  ", "\n", ".", ",", ";", "x", "_", "é", "4", "²",
          "-", "'", "’", "Lagos Lagos", "des", "der", "Salcedo", "Rodrigo", "the", "«"]


def _texts(words: tuple[str, ...], n: int = 4000) -> list[str]:
    rng = random.Random(19)
    return ["".join(rng.choice([*_PARTS, *words]) for _ in range(rng.randrange(1, 14)))
            for _ in range(n)]


def test_pair_starts_are_the_finditer_starts() -> None:
    for first, second in (("Julián", "Lagos"), ("Lagos", "Lagos"), ("Ana", "Costa Rica")):
        pair = re.compile(rf"(?<!\w){re.escape(first)}[ \u00a0]+{re.escape(second)}(?!\w)")
        for text in _texts((first, second, "Costa")):
            assert list(wordscan.pair_starts(first, second, text)) == [
                m.start() for m in pair.finditer(text)
            ], text


def test_has_whole_word_is_the_search() -> None:
    for word in ("Salcedo", "Lagos", "Ana"):
        pattern = re.compile(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])")
        for text in _texts((word, "Salcedos", "xSalcedo")):
            assert wordscan.has_whole_word(word, text) == bool(pattern.search(text)), text


def test_article_before_is_the_search_group() -> None:
    for word in ("Außenministeriums", "Rates der Stadt", "Lagos"):
        pattern = re.compile(r"(?<!\w)(des|der)\s+" + re.escape(word))
        for text in _texts((word, "Außen", "ministeriums", "ades", "desx")):
            m = pattern.search(text)
            assert wordscan.article_before(word, text, ("des", "der")) == (
                m[1] if m else None
            ), text


def test_word_before_name_is_the_search_word() -> None:
    for name in ("Salcedo", "Lagos"):
        pattern = re.compile(
            rf"[^\W\d_,;][,;]?\s+[^\W\d_][^\W\d_'’.-]*\s+{re.escape(name)}(?![^\W\d_])"
        )
        for text in _texts((name, "Rodrigo", "O'Neil", "Jr.", "St-Luc", "a,", "b;")):
            m = pattern.search(text)
            assert wordscan.word_before_name(name, text) == (
                m.group(0).split()[-2] if m else None
            ), text


def test_quotes_abbreviation_stops_are_masked_where_the_regex_masked_them() -> None:
    """quotes.masking._mask_abbreviations stands for the sub of the regex it replaced."""
    from bot.content.quotes import masking as quotes
    from bot.content.quotes.tables import _alternation

    pattern = re.compile(
        r"\b(?:(?<![\w.])[A-Z](?=\.)|" + _alternation(quotes._ABBREVIATIONS)
        + r")\.(?=\s|[A-Z,])"
    )
    rng = random.Random(24)
    parts = ["Gen", "Gens", "Brig", "Dr", "Mr", "Mrs", "A", "U", "S", "x", ".", ". ", ",", "_",
             "3", "é", " ", "\n", "Sen", "Senator", "DrX", "aGen", "\u2024", "Supt", "Z"]
    for _ in range(6000):
        text = "".join(rng.choice(parts) for _ in range(rng.randrange(1, 12)))
        assert quotes._mask_abbreviations(text) == pattern.sub(
            lambda m: m.group(0)[:-1] + quotes._DOT, text
        ), text


def test_has_word_is_the_search() -> None:
    for word in ("Ledger", "TUT.BY", "Lagos"):
        pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
        for text in _texts((word, "Ledgers", "xLedger", "TUT", ".BY")):
            assert wordscan.has_word(word, text) == bool(pattern.search(text)), text


def test_word_starts_are_the_finditer_starts() -> None:
    for word in ("Ledger", "TUT.BY", "Lagos", "Lagos Lagos", "the Spiegel", "_x", "é"):
        pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
        for text in _texts((word, "Ledgers", "xLedger", "TUT", ".BY", "Spiegel")):
            assert list(wordscan.word_starts(word, text)) == [
                m.start() for m in pattern.finditer(text)
            ], text
