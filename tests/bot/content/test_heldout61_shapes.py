"""Shapes found on released training set 61 (world desks as feeds look in 2025–26), each fixed
with an invented fixture in tests/data/realistic_feeds (3200–3219). Invented text throughout."""

from __future__ import annotations

from typing import Any

from tests.support.realistic import previewed as _fixture


def _speakers(item: dict[str, Any]) -> list[str | None]:
    return [q["speaker"] for q in item["quotes"]]


# fixture 3200: speakers the text describes ("a Department of … spokeswoman", "one colleague")
# are the speakers; a friend named in apposition after the description is the name
def test_described_english_speakers_and_named_friend() -> None:
    items = _fixture("3200")
    assert [_speakers(i)[:1] for i in items] == [
        ["a Department of Enterprise and Employment spokeswoman"],
        ["one colleague"],
        ["Gráinne Moloney"],
    ]


# fixture 3201: German "ein Sprecher des Außenministeriums" (an unnamed role of a named body)
# and "der Bruder des Entführten, Markus Heller" (the relative's name)
def test_german_unnamed_role_of_body_and_relative_named() -> None:
    items = _fixture("3201")
    assert [_speakers(i)[:1] for i in items] == [
        ["ein Sprecher des Außenministeriums"],
        ["eine Sprecherin des Auswärtigen Amts"],
        ["Markus Heller"],
    ]


# fixture 3202: "La sorella, X: «…»", "racconta un sopravvissuto nel villaggio di Y" (not Y),
# "disse ao jornal a estudante … X" (the name after the audience and the role)
def test_relative_before_colon_unnamed_witness_and_role_after_audience() -> None:
    items = _fixture("3202")
    assert [_speakers(i)[:1] for i in items] == [
        ["Chiara Petrucci"],
        ["un sopravvissuto"],
        ["Renata Moura"],
    ]
    assert all(q["affiliation"] is None for i in items for q in i["quotes"])
