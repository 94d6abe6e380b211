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


# fixture 3203: an institute's own news feed ("News – <institute>"): its "Media releases" are
# its news (stories), "the Institute’s director" is the outlet's role; its event stays none
def test_institute_feed_media_releases_are_its_news() -> None:
    items = _fixture("3203")
    assert [bool(i["is_story"]) for i in items] == [True, True, False]
    assert [(q["speaker"], q["affiliation"]) for q in items[0]["quotes"]] == [
        ("Lena Marsh", "Moreton Bay Marine Institute’s director")
    ]


# fixture 3204: a festivity's notice giving the weekday and hour it opens (no days it runs)
def test_festivity_opening_notice_is_no_story() -> None:
    assert [bool(i["is_story"]) for i in _fixture("3204")] == [False, True]


# fixture 3205: a kicker ending in "Meetup" and a post addressed to paid subscribers are a
# newsletter's notices; a kicker over a report stays a story
def test_meetup_kicker_and_paid_subscribers_post_are_no_stories() -> None:
    assert [bool(i["is_story"]) for i in _fixture("3205")] == [False, False, True]


# fixture 3206: ", Betriebsratsvorsitzender im <Betrieb>" gives the body after "im"; a
# "Baudezernentin" before the name is a role, no part of it
def test_german_compound_role_im_body_and_dezernentin() -> None:
    items = _fixture("3206")
    assert [[(q["speaker"], q["affiliation"]) for q in i["quotes"]] for i in items] == [
        [("Herbert Pichler", "Antriebswerk Garsten")],
        [("Monika Aigner", "Baudezernentin")],
    ]


# fixture 3207: Urdu "… کے ترجمان X کے مطابق “…”" (according to): X speaks, the role his
def test_urdu_according_to_role_and_name() -> None:
    (item,) = _fixture("3207")
    assert [(q["speaker"], q["affiliation"]) for q in item["quotes"]] == [
        ("فیصل قریشی", "وزارت مذہبی امور کے ترجمان")
    ]
