"""A speaker's appositive after the name: what runs on after the body is no part of it (a second
role joined by a conjunction, a dangling preposition), a body named in lower case keeps its chain,
a capitalised body after the role is no second speaker, and a country's role in the possessive
keeps the role (fixtures 991-993)."""

from __future__ import annotations

import pytest

from bot.content.quotes import extract_quotes


@pytest.mark.parametrize(
    ("text", "speaker", "affiliation"),
    [
        # a second role joined by "e"/"y"/"und": the body ends before it
        ("«Sentiamo che l’Europa parla con una voce sola», ha commentato Taras Hnatiuk, "
         "deputato della Rada e membro della commissione Esteri.", "Taras Hnatiuk", "Rada"),
        ("«Esto es un paso atrás para toda la región», dijo Lucía Ferrer, diputada del Congreso "
         "y miembro de la comisión de Exteriores.", "Lucía Ferrer", "Congreso"),
        ("„Das ist ein Schritt zurück“, sagte Jana Novak, Sprecherin der Deutschen Bank und "
         "Mitglied des Vorstands.", "Jana Novak", "Deutsche Bank"),
        # ", Sprecherin des …": the genitive body, not the next genitive inside it
        ("„Das ist ein Schritt zurück“, sagte Jana Novak, Sprecherin des Verbands der "
         "Exporteure.", "Jana Novak", "Verband der Exporteure"),
        # an elided article inside the body, no dangling preposition
        ("«Il percorso di adesione dipende dai risultati», ha dichiarato Ilse Vandamme, "
         "portavoce della Commissione europea per l’allargamento.", "Ilse Vandamme",
         "Commissione europea per l’allargamento"),
        ("« Nous ne céderons pas sur ce point », a déclaré Claire Morel, porte-parole de la "
         "Commission européenne pour l’élargissement.", "Claire Morel",
         "Commission européenne pour l’élargissement"),
        # a body in lower case: its chain, not the capitalised subject deep in it
        ("«Chiediamo che le istituzioni restino indipendenti», ha detto Zuzana Horváthová, "
         "portavoce del coordinamento degli studenti della facoltà di Giurisprudenza.",
         "Zuzana Horváthová", "coordinamento degli studenti della facoltà di Giurisprudenza"),
        # the name first, then a role of a body of several capitalised words
        ("“Cada mês de sobretaxa custa contratos”, afirmou Beatriz Falcão, diretora da "
         "Associação Nacional dos Produtores de Soja.", "Beatriz Falcão",
         "Associação Nacional dos Produtores de Soja"),
        # a country's role in the possessive: the role with its owner
        ("“These textiles belong to the people of Peru,” said Rosa Quispe Huamán, Peru's deputy "
         "minister of culture, at a ceremony.", "Rosa Quispe Huamán",
         "Peru's deputy minister of culture"),
        ("“We will not accept this outcome,” said Wanjiru Kamau, Kenya's transport minister.",
         "Wanjiru Kamau", "Kenya's transport minister"),
        # a nationality before a body named in lower case: the body, not the country
        ("“We support a fair investigation,” said Lin Hao, a spokesperson for the Chinese "
         "foreign ministry, at a briefing.", "Lin Hao", "Chinese foreign ministry"),
    ],
)
def test_the_appositive_gives_the_body_or_role(text: str, speaker: str, affiliation: str) -> None:
    (quote,) = extract_quotes([text])
    assert (quote.speaker, quote.affiliation) == (speaker, affiliation)


def test_a_place_after_the_body_is_still_cut() -> None:
    (quote,) = extract_quotes(["„Wir sind dankbar“, sagte Rana Haddad, Sprecherin des "
                               "Auswärtigen Amtes in Berlin."])
    assert quote.affiliation == "Auswärtiges Amt"
