"""Editor pass: a closing note naming the writer as the outlet's own staff ("Anna Berglund is
the paper's Moscow correspondent.", "Luca Ferraresi è il nostro inviato a Kiev.") leaves the
text though the item credits no author; a sentence about someone else stays. Invented text;
fixture 2331 in tests/data/realistic_feeds."""

from __future__ import annotations

import pytest

from bot.content.clean import drop_author_notes

NEWS = "A court on Tuesday extended the detention of a French researcher by three months."


@pytest.mark.parametrize(
    "note",
    [
        "Anna Berglund is the paper's Moscow correspondent.",
        "Luca Ferraresi è il nostro inviato a Kiev.",
        "Marta Ruiz es nuestra corresponsal en Bogotá.",
        "Jonas Weber ist unser Korrespondent in Warschau.",
        "Иван Петров — наш корреспондент в Киеве.",
        "Carla Dias é a nossa correspondente em Luanda.",
    ],
)
def test_staff_note_dropped_without_credited_author(note: str) -> None:
    assert drop_author_notes([NEWS, note], []) == [NEWS]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sergei Lavrov is our main problem, the minister said.",
        "Ivan Petrov is the country's top diplomat.",
        "Marta Kowalczyk is a senior fellow at the Centre.",  # an expert the text introduces
    ],
)
def test_other_sentences_about_people_stay(sentence: str) -> None:
    assert drop_author_notes([NEWS, sentence], []) == [NEWS, sentence]
