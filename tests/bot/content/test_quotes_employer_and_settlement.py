"""A speaker's employer is the body after "at" when the appositive first names their
subject's body ('docente di diritto dell’Unione europea all’Università di Salerno'); a place
inside a settlement's phrase after a locative ('in the border town of Beled Hawo', 'in one of
the Teknaf camps') is where they are, no affiliation. Invented text; fixtures 2343 and 2344 in
tests/data/realistic_feeds."""

from __future__ import annotations

import pytest

from bot.content.quotes import extract_quotes


@pytest.mark.parametrize(
    ("para", "affiliation"),
    [
        ("«Senza un meccanismo comune la crisi si ripeterà», ha detto Lucia Ferrandino, docente "
         "di diritto dell’Unione europea all’Università di Salerno.", "Università di Salerno"),
        ("“As cláusulas vão decidir a ratificação”, disse Renata Souto, professora de direito "
         "da União Europeia na Universidade de Coimbra.", "Universidade de Coimbra"),
        ("„Ohne gemeinsame Quote wiederholt sich 2015“, sagte Anna Gruber, Dozentin für Recht "
         "der Europäischen Union an der Universität Graz.", "Universität Graz"),
        ("“Sin una cuota común se repetirá 2015”, dijo Lucía Prieto, profesora de derecho de la "
         "Unión Europea en la Universidad de Sevilla.", "Universidad de Sevilla"),
        # no "at": the body named stays
        ("«Senza una quota comune», ha detto Lucia Ferrandino, portavoce della Commissione "
         "europea a Bruxelles.", "Commissione europea"),
    ],
)
def test_employer_after_subject_body(para: str, affiliation: str) -> None:
    (quote,) = extract_quotes([para])
    assert quote.affiliation == affiliation


@pytest.mark.parametrize(
    "para",
    [
        "“We had eaten the seed grain,” said Hassan Abdi Warsame, an elder in the border town "
        "of Beled Hawo, speaking by telephone.",
        "“The children will eat once a day,” said Nur Kamal, a teacher in one of the Teknaf "
        "camps.",
        "«Non c’è più acqua», ha detto Ahmad Rahimi, un medico nella città di Herat.",
    ],
)
def test_settlement_place_is_no_affiliation(para: str) -> None:
    (quote,) = extract_quotes([para])
    assert quote.speaker and quote.affiliation is None


@pytest.mark.parametrize(
    ("para", "affiliation"),
    [
        ("“Traffic is flowing normally,” said Hedi Ayari, the governor of Tataouine.",
         "Tataouine"),
        ("“Traffic is flowing,” said Hedi Ayari, head of operations in the region for Oxfam.",
         "Oxfam"),
    ],
)
def test_office_and_employer_places_stay(para: str, affiliation: str) -> None:
    (quote,) = extract_quotes([para])
    assert quote.affiliation == affiliation


@pytest.mark.parametrize(
    ("para", "speaker", "affiliation"),
    [
        # a body's name with "in", then its kind in lower case (fixture 2345)
        ("\"They cleared the streets,\" said Rosa Amalia Cárdenas of the Mothers in Black "
         "movement.", "Rosa Amalia Cárdenas", "Mothers in Black movement"),
        # a unit the body owns: the body named
        ("\"Both sides want to avoid another incident,\" said Professor Imran Haque Talukder of "
         "the University of Chittagong's international relations department.",
         "Imran Haque Talukder", "University of Chittagong"),
        ("\"They cleared the streets,\" said Rosa Cárdenas of the foreign ministry.",
         "Rosa Cárdenas", "foreign ministry"),
    ],
)
def test_name_of_body_with_in_or_owned_unit(para: str, speaker: str, affiliation: str) -> None:
    (quote,) = extract_quotes([para])
    assert (quote.speaker, quote.affiliation) == (speaker, affiliation)


@pytest.mark.parametrize(
    ("para", "speaker"),
    [
        # the outlet's kind before the outlet the words were said to (fixture 2346)
        ("“O resultado mostra um país dividido”, disse à agência Lusa o investigador Tomás "
         "Lacerda, da Universidade de Aveiro.", "Tomás Lacerda"),
        ("«Il risultato mostra un paese diviso», ha detto all’agenzia Dire il ricercatore Marco "
         "Salis, dell’Università di Sassari.", "Marco Salis"),
        ("“El resultado muestra un país dividido”, dijo a la agencia EFE el investigador Pablo "
         "Ruiz, de la Universidad de Granada.", "Pablo Ruiz"),
    ],
)
def test_told_outlet_with_its_kind_is_no_speaker(para: str, speaker: str) -> None:
    (quote,) = extract_quotes([para])
    assert quote.speaker == speaker
