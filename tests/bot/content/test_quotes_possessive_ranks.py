"""Quote speakers after a possessive-owned role, a bracketed retired mark between rank and
name, and Urdu role words in the oblique case."""

from __future__ import annotations

from bot.content.quotes import extract_quotes


def _who(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.affiliation) for q in extract_quotes([text])]


def test_possessive_role_then_the_name_in_apposition() -> None:
    # the role's noun need not be a known one: the possessive, the comma and the name say it
    text = "“We saw the effect within weeks,” said the study’s lead author, Dr Farah Isaacs."
    assert _who(text) == [("Farah Isaacs", None)]
    text = "“We saw the effect within weeks,” said the trial's chief investigator, Tomas Brandt."
    assert _who(text) == [("Tomas Brandt", None)]
    # a named owner is the affiliation
    text = "“The samples are intact,” said Uppsala's head curator, Lena Holm."
    assert _who(text) == [("Lena Holm", "Uppsala")]


def test_possessive_role_without_a_name_after_it_names_nobody() -> None:
    text = "“We saw the effect within weeks,” said the company's statement, issued on Monday."
    assert _who(text) in ([], [(None, None)])
