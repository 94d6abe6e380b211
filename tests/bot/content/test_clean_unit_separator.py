"""A unit separator (U+001F) inside a word is a layout system's discretionary hyphen: the word
stays whole; elsewhere it and the vertical tab still part words (set 36's Java XSLT shape)."""

from __future__ import annotations

from bot.content.clean import clean_title, drop_controls


def test_unit_separator_between_letters_joins_the_word() -> None:
    assert clean_title("Festa nella notte del\x1fl'Euganeo") == "Festa nella notte dell'Euganeo"


def test_other_separators_still_part_words() -> None:
    assert drop_controls("fine.\x0bLa società") == "fine. La società"
    assert drop_controls("ore 22\x1f23") == "ore 22 23"
    assert drop_controls("fine.\x1f La") == "fine.  La"
