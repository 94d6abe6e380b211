"""Urdu text typed with Arabic letters (bot/content/letters.py)."""

from __future__ import annotations

import re

from bot.content.letters import fold_variants, with_variants


def test_pattern_with_urdu_letters_matches_arabic_stand_ins() -> None:
    pattern = re.compile(with_variants(r"(?:ویب|نیوز) ڈیسک[یے]?"))
    assert pattern.fullmatch("ویب ڈیسک")
    assert pattern.fullmatch("نيوز ڈيسک")  # Arabic yeh
    assert pattern.fullmatch("ويب ڈيسك")  # Arabic yeh and kaf
    assert pattern.fullmatch("ويب ڈيسکي")  # inside a character class too
    assert with_variants(r"[^\]ی]") == r"[^\]یي]"
    assert with_variants("abc") == "abc"


def test_fold_only_urdu_text() -> None:
    assert fold_variants("آج کا اي پيپر") == "آج کا ای پیپر"
    assert fold_variants("آج کا ای پیپر") is None  # nothing to fold
    assert fold_variants("وزير الخارجية في القاهرة") is None  # Arabic keeps its letters
