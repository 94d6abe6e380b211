"""Editor pass: a quote's affiliation is a body, never a bare place or nationality. A place the
speaker is or comes from ("speaking by phone from El Arish", "de Buenos Aires") gives none; a
nationality alone gives none unless the text names that country's government; a place or
nationality before a body noun keeps the body ("the Icelandic delegation"). Invented text;
fixture 2332 in tests/data/realistic_feeds."""

from __future__ import annotations

import pytest

from bot.content.quotes import extract_quotes


@pytest.mark.parametrize(
    ("para", "speaker", "affiliation"),
    [
        ("“We have waited for a month,” said Layla Haddad, speaking by phone from Port Said.",
         "Layla Haddad", None),
        ("“We will not sign anything,” a Danish negotiator, Mads Kjeldsen, told reporters.",
         "Mads Kjeldsen", None),
        ("“Fish do not read sanctions lists,” said Ingrid Solheim, head of the Icelandic "
         "delegation.", "Ingrid Solheim", "Icelandic delegation"),
        ("“The results may hold,” said Awa Ouédraogo, a researcher at the Koudougou clinical "
         "research unit.", "Awa Ouédraogo", "Koudougou clinical research unit"),
        ("“Os preços mudam toda semana”, disse a comerciante Rosa Ibarra, de Montevidéu.",
         "Rosa Ibarra", None),
        ("“O turismo voltou”, disse Joana Melo, dona de uma agência em Ponta Verde.",
         "Joana Melo", None),
    ],
)
def test_place_or_nationality_alone_is_no_affiliation(
    para: str, speaker: str, affiliation: str | None
) -> None:
    (quote,) = extract_quotes([para])
    assert (quote.speaker, quote.affiliation) == (speaker, affiliation)


def test_nationality_becomes_the_government_the_text_names() -> None:
    paras = ["The Danish government said it would study the text.",
             "“We will not sign anything,” a Danish negotiator, Mads Kjeldsen, told reporters."]
    quotes = extract_quotes(paras)
    assert [(q.speaker, q.affiliation) for q in quotes if q.speaker] == [
        ("Mads Kjeldsen", "Danish government")]


@pytest.mark.parametrize(
    ("para", "affiliation"),
    [
        # a governor "of" a province: the office's place stays
        ("“Traffic is flowing normally,” said Hedi Ayari, the governor of Tataouine.",
         "Tataouine"),
        # a country's own name stays (a state)
        ("«Belgrado non ha voluto firmare nulla», ha detto Arben Dema, ministro degli Esteri "
         "del Kosovo.", "Kosovo"),
    ],
)
def test_place_an_office_belongs_to_stays(para: str, affiliation: str) -> None:
    (quote,) = extract_quotes([para])
    assert quote.affiliation is not None and affiliation in quote.affiliation


def test_seat_named_for_a_government_stays() -> None:
    para = ("“Não há justificativa para essa medida”, disse Clara Nogueira, porta-voz do "
            "Itamaraty.")
    (quote,) = extract_quotes([para])
    assert quote.affiliation == "Itamaraty"
