"""Quote speakers after a title or role the tables lacked, and bodies named with where they sit
(held-out set 62 shapes, fixtures 3222 and 3223)."""

from __future__ import annotations

from bot.content.quotes import extract_quotes


def _who(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.affiliation) for q in extract_quotes(list(paragraphs))]


def test_us_council_title_speaks_for_the_council_named() -> None:
    text = ("The Pinecrest City Council voted 6-1 on Tuesday. “Rents have risen faster than "
            "wages,” said Councilwoman Dana Whitfield.")
    assert _who(text) == [("Dana Whitfield", "Pinecrest City Council")]


def test_dean_of_students_speaks_for_the_university_named() -> None:
    assert _who(
        "A 20-year-old Mesa Verde State University student drowned on Sunday.",
        "“Our thoughts are with her family,” dean of students Gordon Leaske said.",
    ) == [("Gordon Leaske", "Mesa Verde State University")]


def test_district_collector_is_the_role_and_the_initial_stays() -> None:
    text = ("“We have restored power to a third of the villages,” said District Collector "
            "R. Venkata Ramana.")
    assert _who(text) == [("R. Venkata Ramana", "District Collector")]


def test_body_before_a_controller() -> None:
    text = "“Stay off the roads,” Upper Wairau Civil Defence controller Mere Tāwhiri said."
    assert _who(text) == [("Mere Tāwhiri", "Upper Wairau Civil Defence")]


def test_a_based_place_and_the_body_kind_are_no_part_of_its_name() -> None:
    for at in ("Graz-based consultancy Murblick Research", "Graz-based Murblick Research"):
        text = f"“Nobody can plan a roll-out,” said Katrin Oberholzer, a telecoms analyst at {at}."
        assert _who(text) == [("Katrin Oberholzer", "Murblick Research")]


def test_german_role_name_von_der_one_word_company() -> None:
    text = ("„Wir verlangen nur fairen Wettbewerb“, sagte Betriebsratschef Jörg Wendland "
            "von der Ilsenhütte AG.")
    assert _who(text) == [("Jörg Wendland", "Ilsenhütte AG")]
    # a name with "von der" of its own stays whole
    text = "„Wir verlangen fairen Wettbewerb“, sagte Kommissionspräsidentin Ursula von der Leyen."
    assert _who(text) == [("Ursula von der Leyen", "Kommissionspräsidentin")]
