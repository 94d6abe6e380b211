"""Agencies' credits opening or closing the text without a dash, as a bare list or with an
agency's end mark (fixture 853)."""

from __future__ import annotations

import pytest

from bot.content.attribution import clean_authors
from bot.content.clean import clean_paragraphs


@pytest.mark.parametrize(
    ("paragraphs", "want"),
    [
        (["(AP) The two governments signed a deal on Monday."],
         ["The two governments signed a deal on Monday."]),
        (["Bern (sda) Der Bundesrat hat die Sanktionen verlängert."],
         ["Der Bundesrat hat die Sanktionen verlängert."]),
        (["BERN (sda) - Der Bundesrat hat die Sanktionen verlängert."],
         ["Der Bundesrat hat die Sanktionen verlängert."]),
        (["Berlin (dpa/AFP) Die Regierung hat das Abkommen gebilligt."],
         ["Die Regierung hat das Abkommen gebilligt."]),
        (["Die Regierung hat das Abkommen gebilligt. dpa/AFP/Reuters"],
         ["Die Regierung hat das Abkommen gebilligt."]),
        (["Die Regierung hat das Abkommen gebilligt. dpa, AFP"],
         ["Die Regierung hat das Abkommen gebilligt."]),
        (["Die Regierung hat das Abkommen gebilligt.", "sda/awp"],
         ["Die Regierung hat das Abkommen gebilligt."]),
        (["Il governo ha approvato oggi l'accordo. (ANSA-AFP)."],
         ["Il governo ha approvato oggi l'accordo."]),
        (["O Governo aprovou hoje o acordo.", "JPF // JPF", "Lusa/Fim"],
         ["O Governo aprovou hoje o acordo."]),
        (["O Governo aprovou hoje o acordo. Lusa/fim"], ["O Governo aprovou hoje o acordo."]),
        (["El Gobierno aprobó hoy el acuerdo. EFE mmr/jlp"],
         ["El Gobierno aprobó hoy el acuerdo."]),
        (["O governo aprovou o acordo. *Com Agência Brasil"], ["O governo aprovou o acordo."]),
        (["The deal was approved on Monday. AFP/RTR"], ["The deal was approved on Monday."]),
    ],
)
def test_wire_credit_goes(paragraphs: list[str], want: list[str]) -> None:
    assert clean_paragraphs(paragraphs) == want


@pytest.mark.parametrize(
    "text",
    [
        "Paris (France) The talks resumed on Monday.",  # a bracket that names no agency
        "He spoke to the AP on Monday.",
        "The sky over the city was red.",
    ],
)
def test_text_like_a_credit_stays(text: str) -> None:
    assert clean_paragraphs([text]) == [text]


@pytest.mark.parametrize(
    "creator", ["Keystone-ATS", "Prensa Latina", "Inforpress", "Thomson Reuters", "ANGOP"]
)
def test_agency_as_creator_is_no_person(creator: str) -> None:
    assert clean_authors([creator]) == ()
