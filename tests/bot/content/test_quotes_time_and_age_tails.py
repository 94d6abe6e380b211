"""What follows a speech verb or a name and says when, where or how old, never who or for whom:
a time or place after the verb is no speaker ("sagte die Ministerin am Abend", "zei de minister
Dinsdag"); a named body ends before the time it acted at ("the City Council on Wednesday"); an
age alone after a name still gives its speaker, and a hometown after an age is no affiliation
("Dana Whitlock, 67, of Dartmouth"). Invented text; fixtures 2480-2482 in
tests/data/realistic_feeds."""

from __future__ import annotations

import pytest

from bot.content.quotes import extract_quotes
from bot.content.quotes.bodies import _named_body


def _speakers(paras: list[str]) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.affiliation) for q in extract_quotes(paras)]


@pytest.mark.parametrize(
    "para",
    [
        "„Wir haben keinen Winter mehr zu verschenken“, sagte die Ministerin am Abend.",
        "„Wir haben keinen Winter mehr zu verschenken“, sagte die Ministerin am Morgen.",
        "„Wir haben keinen Winter mehr zu verschenken“, sagte die Ministerin am Rande.",
        "„Wir haben keinen Winter mehr zu verschenken“, sagte der Sprecher am Wochenende.",
        "„Wir haben keinen Winter mehr zu verschenken“, sagte der Sprecher am Donnerstagabend.",
        "„Wir haben keinen Winter mehr zu verschenken“, sagte die Ministerin Gestern.",
        "\"We hebben geen winter meer te verliezen\", zei de minister Dinsdag.",
        "\"We hebben geen winter meer te verliezen\", zei de woordvoerder Maandagavond.",
        "\"We hebben geen winter meer te verliezen\", zei de minister Gisteren.",
        "\"Non abbiamo più un inverno da perdere\", ha detto la ministra Lunedì.",
        "\"Non abbiamo più un inverno da perdere\", ha detto la ministra Ieri.",
        "\"Não temos mais um inverno a perder\", disse a ministra Segunda.",
        "«Nous n'avons plus un hiver à perdre», a déclaré la ministre Mardi.",
        "\"No tenemos otro invierno que perder\", dijo la ministra Lunes.",
    ],
)
def test_time_after_the_verb_is_no_speaker(para: str) -> None:
    assert all(speaker is None for speaker, _ in _speakers([para]))


@pytest.mark.parametrize(
    ("paras", "speaker"),
    [
        (["Bundesbauministerin Henrike Solbach hat in Nordenham ein Sofortprogramm vorgestellt.",
          "„Wir haben keinen Winter mehr zu verschenken“, sagte die Ministerin am Abend."],
         "Henrike Solbach"),
        (["La ministra Paola Verdi ha presentato il piano a Genova.",
          "\"Non abbiamo più un inverno da perdere\", ha detto ieri sera la ministra."],
         "Paola Verdi"),
    ],
)
def test_role_before_a_time_refers_back(paras: list[str], speaker: str) -> None:
    assert [s for s, _ in _speakers(paras)] == [speaker]


@pytest.mark.parametrize(
    ("noun", "text", "body"),
    [
        ("council", "The City Council on Wednesday approved the harbour plan.", "City Council"),
        ("council", "The City Council on Wednesday voted. The City Council meets again soon.",
         "City Council"),
        ("council", "On Tuesday City Council members voted.", "City Council"),
        ("council", "The Town Council in March rejected the plan.", "Town Council"),
        ("court", "The International Court of Justice on Friday ruled.",
         "International Court of Justice"),
        ("council", "The Council of Europe said it would send observers.", "Council of Europe"),
        ("corporation", "A study by the Rand Corporation found otherwise.", "Rand Corporation"),
    ],
)
def test_named_body_ends_before_its_time(noun: str, text: str, body: str) -> None:
    assert _named_body(noun, text) == body


def test_role_of_the_body_named_with_a_time() -> None:
    paras = ["The City Council on Wednesday approved a new parking plan for the harbour.",
             "\"We read every complaint,\" said Mara Quillon, a spokeswoman for the council."]
    assert _speakers(paras) == [("Mara Quillon", "City Council")]


@pytest.mark.parametrize(
    ("paras", "want"),
    [
        (["\"We lost everything in one night,\" Dana Whitlock, 41, said."],
         [("Dana Whitlock", None)]),
        (["\"We lost everything in one night,\" Dana Whitlock, 41, told reporters."],
         [("Dana Whitlock", None)]),
        (["Dana Whitlock, 41, said the water came within minutes.",
          "\"We lost everything in one night,\" she said."], [("Dana Whitlock", None)]),
        (["\"We lost everything in one night,\" said Dana Whitlock, 67, of Dartmouth."],
         [("Dana Whitlock", None)]),
        (["\"We lost everything in one night,\" said Omar Haddad, 34, from Aleppo, who asked "
          "that his family name be withheld."], [("Omar Haddad", None)]),
        (["\"We lost everything in one night,\" said Dana Whitlock, 67, in Bolton."],
         [("Dana Whitlock", None)]),
        # an age before what the person is: the appositive still says it
        (["\"We lost everything in one night,\" said Dana Whitlock, 67, a nurse at Mercy "
          "Hospital."], [("Dana Whitlock", "Mercy Hospital")]),
        (["\"We lost everything in one night,\" said Dana Whitlock, 67, of the Dartmouth "
          "Fishermen's Association."], [("Dana Whitlock", "Dartmouth Fishermen's Association")]),
        (["\"Abbiamo perso tutto in una notte\", ha detto Efisio Sanna, 41 anni, di Quartu."],
         [("Efisio Sanna", None)]),
    ],
)
def test_age_and_hometown_after_a_name(
    paras: list[str], want: list[tuple[str | None, str | None]]
) -> None:
    assert _speakers(paras) == want
