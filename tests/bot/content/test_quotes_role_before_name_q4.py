"""Set 60's quote shapes (fixtures 3080-3082): a possessive role with the name as an
appositive before the verb ("His mother, X, said:", "The port's chairman, X, said:"); a title
before the name after the quote ("Councillor X said"); both are of the body the text named just
before, and a relative speaks for no body. A role noun in the speaker slot ("the official
said") is the one person named with a title before. Invented text."""

from __future__ import annotations

import pytest

from bot.content.quotes import extract_quotes


def _who(paragraphs: list[str]) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.affiliation) for q in extract_quotes(paragraphs)]


@pytest.mark.parametrize(("paragraphs", "speaker", "affiliation"), [
    (["Robert Kessler, 58, was not recovered after the boat went down.",
      "His daughter, Janet Kessler, said: “He knew those waters better than anyone.”"],
     "Janet Kessler", None),
    (["The boy's uncle, Tom Reid, said: “Nobody from the school has called us once.”"],
     "Tom Reid", None),
    (["The Harwick Port Trust has signed a lease for the north quay.",
      "The trust's chief executive, Morag Lindsay, said: “This brings two hundred jobs back.”"],
     "Morag Lindsay", "Harwick Port Trust's chief executive"),
    (["Cromarty Port Authority will build a second cruise berth.",
      "The port’s chairman, Duncan Ure, said: “The ships are getting bigger every season.”"],
     "Duncan Ure", "Cromarty Port Authority’s chairman"),
])
def test_possessive_role_then_appositive_name(paragraphs: list[str], speaker: str,
                                              affiliation: str | None) -> None:
    assert (speaker, affiliation) in _who(paragraphs), _who(paragraphs)


def test_owned_role_without_a_named_body_has_no_affiliation() -> None:
    # "the port's chairman" and no port body named: says whose, not who
    found = _who(["The port’s chairman, Duncan Ure, said: “The ships are getting bigger.”"])
    assert ("Duncan Ure", None) in found, found


# "“…,” <title> X said" where the text named the body the title belongs to before the quote
@pytest.mark.parametrize(("paragraphs", "speaker", "affiliation"), [
    (["The county water authority’s board voted 5-2 on Monday to raise rates.",
      "“Those pipes are ninety years old,” board chairman Walter Brisco said after the vote."],
     "Walter Brisco", "county water authority"),
    (["The Western Coastal Provincial Council approved a fuel subsidy on Friday.",
      "\"Every fisherman will get the subsidy,\" Councillor K. Rajendran said."],
     "K. Rajendran", "Western Coastal Provincial Council"),
    (["Dues will rise by four per cent next year, the harbour board said.",
      "“We cannot keep the dredger running on last year’s money,” harbour master Iain Corbett "
      "said."], "Iain Corbett", "harbour board"),
])
def test_title_before_name_is_of_the_body_named_before(
    paragraphs: list[str], speaker: str, affiliation: str
) -> None:
    assert (speaker, affiliation) in _who(paragraphs), _who(paragraphs)


@pytest.mark.parametrize("paragraphs", [
    # no council named: the title names no body, the title is the role
    ["“We will not close the library,” Councillor Jane Platt said."],
    # two councils named: whose is not said
    ["The Leith City Council and the Fife County Council met on Monday.",
     "“We will not close the library,” Councillor Jane Platt said."],
])
def test_title_without_one_body_named_stays_the_role(paragraphs: list[str]) -> None:
    # README stop 41: "a role stays a role when no body or two bodies are named. So does a
    # title written before the name" (was no affiliation; fixture 3105's 'ward councillor')
    assert ("Jane Platt", "Councillor") in _who(paragraphs), _who(paragraphs)


# "“…,” the official said" a paragraph after the one titled person the text named
@pytest.mark.parametrize(("paragraphs", "speaker"), [
    (["The Ministry of External Affairs has taken up the case of ten fishermen.",
      "MEA spokesperson Kavitha Raman said the men were in good health.",
      "“We expect all ten to be handed over by Friday,” the official said."], "Kavitha Raman"),
    (["Eastern Naval Command rescue commander Capt. Suresh Pillai said two men had burns.",
      "The Indonesian consulate thanked the Navy. “The other six will fly home,” the commander "
      "said."], "Suresh Pillai"),
])
def test_role_noun_refers_back_to_the_titled_person(paragraphs: list[str], speaker: str) -> None:
    assert speaker in [s for s, _ in _who(paragraphs)], _who(paragraphs)


def test_role_noun_with_two_titled_people_names_nobody() -> None:
    found = _who(["Navy spokesperson Vikram Desai and army spokesperson Anil Mehta said the ship "
                  "had left.", "“We will keep watching,” the official said."])
    assert all(s not in ("Vikram Desai", "Anil Mehta") for s, _ in found), found
