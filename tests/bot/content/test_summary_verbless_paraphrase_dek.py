"""Editor pass (issue 17): a verbless headline-like standfirst ("Chaos at the border for lorry
drivers.") before a full lede that gives half its words or more, and a standfirst that names
no one and says the lede's fact in other words ("Os aluguéis sobem …" / "… subiram …"), do not
open the summary; one with a word of its own stays. Invented text; fixtures 2582–2583 in
tests/data/realistic_feeds."""

from __future__ import annotations

import pytest

from bot.content.summarize import summarize

TAIL = "The ministry promised to send extra staff by the end of the week."


@pytest.mark.parametrize(
    ("standfirst", "lede"),
    [
        ("Chaos at the border for lorry drivers.",
         "Lorries queued for up to 30 hours at the border on Monday after customs officers "
         "began checking every vehicle, hauliers said."),
        ("Chaos an der Grenze für Lastwagenfahrer.",
         "Lastwagen stauten sich am Montag bis zu 30 Stunden an der Grenze, nachdem der Zoll "
         "begonnen hatte, jedes Fahrzeug zu kontrollieren, teilten Spediteure mit."),
        ("Le chaos à la frontière pour les camions.",
         "Des camions ont attendu jusqu'à 30 heures à la frontière lundi après que les "
         "douaniers ont commencé à contrôler chaque véhicule, ont indiqué les transporteurs."),
    ],
)
def test_verbless_standfirst_does_not_open_the_summary(standfirst: str, lede: str) -> None:
    out = summarize("Border delays", [standfirst, lede, TAIL], dek=[standfirst])
    assert out.startswith(lede)
    assert standfirst not in out


@pytest.mark.parametrize(
    ("standfirst", "lede"),
    [
        ("Die Mieten steigen schneller als die Löhne.",
         "Die Mieten in den großen Städten sind im vergangenen Jahr um neun Prozent gestiegen, "
         "während die Löhne nur um drei Prozent zulegten, teilte das Statistikamt am Dienstag "
         "mit."),
        ("Os aluguéis sobem muito mais do que os salários.",
         "Os aluguéis médios nas grandes cidades subiram nove por cento no ano passado, "
         "enquanto os salários cresceram apenas três por cento, informou nesta terça-feira o "
         "instituto de estatística."),
        ("Los alquileres suben mucho más que los salarios.",
         "Los alquileres medios en las grandes ciudades subieron un nueve por ciento el año "
         "pasado, mientras los salarios crecieron solo un tres por ciento, informó el martes el "
         "instituto de estadística."),
    ],
)
def test_nameless_paraphrase_standfirst_does_not_open(standfirst: str, lede: str) -> None:
    out = summarize("Housing costs", [standfirst, lede, TAIL], dek=[standfirst])
    assert out.startswith(lede)
    assert standfirst not in out


@pytest.mark.parametrize(
    ("standfirst", "lede"),
    [
        # verbless, with words of its own the lede does not give
        ("Border chaos, army on alert, schools shut.",
         "Lorries queued for up to 30 hours at the border on Monday after customs officers "
         "began checking every vehicle, hauliers said."),
        ("Ein Empfang mit Protesten.",
         "Die slowenische Präsidentin hat erstmals seit ihrer Rückkehr aus der Reha wieder "
         "Besucher empfangen."),
        # a German verb before its capitalised subject ("reagiert Belgrad"): no fragment
        ("Nach einem Zwischenfall am Hafen reagiert Lissabon.",
         "Nach einem Brand am Hafen hat Portugal zwei Fähren aus dem Verkehr gezogen, teilte "
         "die Regierung am Montag mit."),
        # a verb, and a word of its own that is no verb
        ("Il premier ha giurato in ritardo.",
         "Anders Halvorsen ha giurato come premier della Norvegia davanti al re a Oslo."),
        ("Die Mieten steigen schneller als die Renten.",
         "Die Mieten in den großen Städten sind im vergangenen Jahr um neun Prozent gestiegen, "
         "teilte das Statistikamt am Dienstag mit."),
    ],
)
def test_standfirst_with_a_word_of_its_own_stays(standfirst: str, lede: str) -> None:
    out = summarize("Headline", [standfirst, lede, TAIL], dek=[standfirst])
    assert standfirst in out
