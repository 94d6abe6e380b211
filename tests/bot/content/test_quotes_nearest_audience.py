"""Issue 17, "who is quoted" (editors' shapes, fixtures 2520-2529): a pronoun resolved to the
person named right before it, whom the words were said to never the speaker, affiliations the
text supports (a council, a government, no unnamed mission), summaries that neither end inside
a quotation nor open on a credit, and the German body lookup with its one flag."""

from __future__ import annotations

import pytest

from bot.content.quotes import extract_quotes
from bot.content.quotes.bodies import _de_named
from bot.content.summarize import summarize, without_own_outlet
from bot.core.types import Quote


def _by_text(paragraphs: list[str], start: str) -> Quote:
    (quote,) = [q for q in extract_quotes(paragraphs) if q.text.startswith(start)]
    return quote


# -- 1. a pronoun after a sentence opening on another named person -------------------------

@pytest.mark.parametrize(("paragraphs", "start", "speaker", "affiliation"), [
    (["“We were asked to sign without seeing the flood survey,” said Anna Berg, leader of the "
      "Harwick council.",
      "Mayor Tom Hale has backed the depot for months. “It is a bad day for the town,” he told "
      "reporters."], "It is a bad day", "Tom Hale", "Mayor"),
    (["“Nobody on this council wanted to do this,” said Martin Cole, the finance chief.",
      "Councillor Priya Shah has campaigned against every closure. “We are closing the warmest "
      "rooms in town,” she told the Courier."], "We are closing", "Priya Shah", "Councillor"),
    # (the title before her name is her role where the text names no council: fixture 3105)
    (["«Abbiamo chiesto un incontro con la società», ha detto Luca Gatti, presidente dei "
      "pendolari.",
      "L'assessore ai trasporti Paola Sarti difende l'aumento. «Senza queste entrate la linea "
      "d'inverno non regge», ha detto a Radio Valdora."], "Senza queste", "Paola Sarti",
     "assessore ai trasporti"),
    (["„Wir sollten ohne Gutachten unterschreiben“, sagte Anna Berg, Vorsitzende des Stadtrats.",
      "Bürgermeister Tom Hale wirbt seit Monaten für das Depot. „Das ist ein schlechter Tag für "
      "die Stadt“, sagte er der Zeitung."], "Das ist ein schlechter", "Tom Hale", "Bürgermeister"),
    (["«Ci hanno chiesto di firmare senza la perizia», ha detto Anna Berg, presidente del "
      "consiglio comunale.",
      "Il sindaco Marco Neri sostiene il progetto da mesi. «È una brutta giornata per la città», "
      "ha detto ai giornalisti."], "È una brutta", "Marco Neri", "sindaco"),
    (["“Pediram-nos para assinar sem o estudo de cheias”, disse Ana Berg, presidente da "
      "assembleia municipal.",
      "O prefeito Rui Tavares apoia o projeto há meses. “É um mau dia para a cidade”, disse ele "
      "ao jornal."], "É um mau dia", "Rui Tavares", "prefeito"),
])
def test_pronoun_is_the_nearest_named_person(
    paragraphs: list[str], start: str, speaker: str, affiliation: str | None
) -> None:
    quote = _by_text(paragraphs, start)
    assert (quote.speaker, quote.affiliation) == (speaker, affiliation)


def test_pronoun_after_a_bare_other_name_is_nobodys() -> None:
    """A bare name of two words the text gives no role: someone else than the last speaker
    may be meant, so no speaker rather than a wrong one."""
    paragraphs = [
        "“We were asked to sign without seeing the flood survey,” said Anna Berg, leader of the "
        "Harwick council.",
        "Tom Hale has backed the depot for months. “It is a bad day for the town,” he said.",
    ]
    assert all(q.speaker != "Anna Berg" for q in extract_quotes(paragraphs)
               if q.text.startswith("It is a bad day"))


@pytest.mark.parametrize("middle", [
    "Berg has opposed the plan for months.",  # the last speaker again, by surname
    "The European Commission has opposed the plan for months.",  # a body, not a person
])
def test_pronoun_keeps_the_last_speaker(middle: str) -> None:
    paragraphs = [
        "“We will not sign this contract,” said Anna Berg, leader of the Harwick council. "
        f"{middle} “It is a bad deal for the town,” she said."
    ]
    assert _by_text(paragraphs, "It is a bad deal").speaker == "Anna Berg"


# -- 2. whom the words were said to ------------------------------------------------------

@pytest.mark.parametrize(("text", "speaker", "affiliation"), [
    ("Staatssekretär Jan Müller kündigte die Prüfung an. „Wir rechnen mit höheren Preisen“, "
     "sagte Müller Reportern am Mittwoch.", "Jan Müller", "Staatssekretär"),
    ("„Das sichert die Arbeit für drei Jahre“, sagte Betriebsratschef Jan Claussen der Zeitung.",
     "Jan Claussen", "Betriebsratschef"),
    ("„Das ist ein schlechter Vertrag“, sagte Stadtsprecher Jan Müller Journalisten.",
     "Jan Müller", "Stadtsprecher"),
    ("„Das ist ein schlechter Vertrag“, sagte Jan Müller dem Fernsehsender Phoenix.",
     "Jan Müller", None),
    ("„So kann es nicht weitergehen“, sagte Landrätin Anna Roth der Deutschen Presse-Agentur.",
     "Anna Roth", "Landrätin"),
    ("Die Reederei stellte den Fahrplan vor. Ihr Sprecher, Henrik Lund, war zufrieden. „Die "
     "Nachfrage ist da“, sagte der Sprecher Journalisten im Kieler Hafen.", "Henrik Lund",
     "Sprecher"),
    ("«È un cattivo accordo», ha detto ai giornalisti il sindaco Marco Neri.", "Marco Neri",
     "sindaco"),
])
def test_audience_is_no_speaker(text: str, speaker: str, affiliation: str | None) -> None:
    (quote,) = extract_quotes([text])
    assert (quote.speaker, quote.affiliation) == (speaker, affiliation)


def test_genitive_after_a_role_stays_the_employer() -> None:
    (quote,) = extract_quotes(["„Das ist ein schlechter Vertrag“, sagte Anna Roth, "
                               "Chefredakteurin der Zeitung."])
    assert quote.speaker == "Anna Roth" and "Zeitung" in (quote.affiliation or "")


# -- 3. affiliations the text supports -----------------------------------------------------

@pytest.mark.parametrize(("paragraphs", "speaker", "affiliation"), [
    (["The Fenmoor Town Council on Tuesday approved a new fee for market stalls.",
      "“The fee pays for the lights and nothing else,” said Helen Dory, the town clerk."],
     "Helen Dory", "Fenmoor Town Council"),
    (["Die portugiesische Regierung bat um Aufschub. „Wir brauchen Zeit“, sagte "
      "Vize-Finanzminister Rui Almeida."], "Rui Almeida", "portugiesische Regierung"),
    (["Das griechische Finanzministerium bat um Aufschub. „Wir brauchen Zeit“, sagte "
      "Vize-Finanzministerin Eleni Pappa."], "Eleni Pappa", "griechisches Finanzministerium"),
    # an opposition title speaks for no government the text names
    (["Die griechische Regierung bat um Aufschub. „Wir brauchen Zeit“, sagte "
      "Schattenfinanzminister Nikos Pappas."], "Nikos Pappas", "Schattenfinanzminister"),
    (["“The situation is calm but the villages are tense,” said deputy mission head Jan "
      "Kowalski."], "Jan Kowalski", None),
    (["Die Beobachter sollen bleiben. „Die Lage ist ruhig“, sagte Jan Kowalski, Vize der "
      "Mission."], "Jan Kowalski", None),
    (["Die EU-Beobachtermission soll bleiben. „Die Lage ist ruhig“, sagte Jan Kowalski, "
      "Sprecher der Mission."], "Jan Kowalski", "EU-Beobachtermission"),
])
def test_affiliation_the_text_supports(
    paragraphs: list[str], speaker: str, affiliation: str | None
) -> None:
    (quote,) = extract_quotes(paragraphs)
    assert (quote.speaker, quote.affiliation) == (speaker, affiliation)


def test_town_clerk_without_a_named_council_keeps_the_title() -> None:
    (quote,) = extract_quotes(["“The fees pay for the drains,” Town Clerk Savitri Ramkissoon "
                               "said."])
    assert quote.affiliation == "Town Clerk"


# -- 4. summaries: no open quotation at the end, no credit at the start --------------------

@pytest.mark.parametrize("paragraphs", [
    ["The Harwick town council voted 7-2 on Wednesday to reject a contract for a new bus depot. "
     "Council leader Anna Berg said the deal had been rushed. \"We were asked to sign a lease "
     "without seeing the flood survey, and that is not something this council."],
    ["Die Stadtwerke Nordstadt erhöhen den Fernwärmepreis zum Januar um zwölf Prozent. "
     "Geschäftsführer Paul Brandt begründete das mit höheren Gaspreisen. „Wir haben die "
     "Erhöhung so lange wie möglich hinausgezögert, aber irgendwann müssen auch wir."],
    ["Il biglietto del traghetto costerà l'otto per cento in più da marzo, ha annunciato la "
     "società. Il presidente dei pendolari, Luca Gatti, ha criticato la decisione. «Ogni anno "
     "ci chiedono di più e ogni anno le corse sono meno puntuali, e questo non è più."],
])
def test_summary_never_ends_inside_a_quotation(paragraphs: list[str]) -> None:
    out = summarize("Prices rise", paragraphs)
    assert out and not any(mark in out for mark in "\"„«")


def test_summary_credit_of_an_agency_opens_no_sentence() -> None:
    out = summarize("Schools to share a head", [
        "(AP Photo/Jane Doe) Two village schools near Harwick will share a head teacher from "
        "January. (AP) Council officers said the move would save both schools from closing."
    ])
    assert "(AP" not in out and out.startswith("Two village schools")


@pytest.mark.parametrize("credit", ["(Harwick Courier) ", "(HARWICK COURIER) – ",
                                    "(The Harwick Courier) "])
def test_summary_opening_on_the_outlets_own_credit(credit: str) -> None:
    text = "Ferry fares will rise by 8 percent from March, the operator said."
    assert without_own_outlet(credit + text, "Harwick Courier", "en") == text
    assert without_own_outlet(credit + text, "Other Paper", "en") == credit + text


# -- 5. one German body lookup, two readings -----------------------------------------------

def test_de_named_flag() -> None:
    text = "Die österreichische Regierung und das Außenministerium; norwegische Ministerium."
    # a role's genitive: compounds only, in any case
    assert _de_named("ministerium", text) == {"Außenministerium"}
    assert _de_named("regierung", text) == set()
    # a role's stem: the bare noun with its adjective too, in the nominative
    assert _de_named("regierung", text, bare_too=True) == {"österreichische Regierung"}
    assert _de_named("ministerium", text, bare_too=True) == {
        "Außenministerium", "norwegisches Ministerium"}
