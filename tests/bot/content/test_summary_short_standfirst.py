"""Editor pass: a standfirst of a few words every content word of which the lede just after it
says again ("Erster Empfang nach der Reha." / "Die Präsidentin hat erstmals seit ihrer Rückkehr
aus der Reha wieder Besucher empfangen."), or says with a word of the same sense ("truce" /
"ceasefire"), leaves the summary; a short standfirst with a word, name or number of its own
stays. Invented text; fixture 2390 in tests/data/realistic_feeds."""

from __future__ import annotations

import pytest

from bot.content.summarize import summarize

TAIL = "Die Opposition hat eine Anfrage im Parlament angekündigt."


@pytest.mark.parametrize(
    ("standfirst", "lede"),
    [
        ("Erster Empfang nach der Reha.",
         "Die slowenische Präsidentin hat erstmals seit ihrer Rückkehr aus der Reha wieder "
         "Besucher empfangen."),
        ("Il nuovo premier ha giurato.",
         "Anders Halvorsen ha giurato come premier della Norvegia davanti al re "
         "a Oslo."),
        ("Tbilisi said it was ready for an immediate truce.",
         "Georgia said on Friday it was ready to accept a 14-day ceasefire proposed by Turkey "
         "after talks in Ankara, and the European Union said it would send monitors."),
    ],
)
def test_short_standfirst_the_lede_says_again_goes(standfirst: str, lede: str) -> None:
    out = summarize("Headline", [standfirst, lede, TAIL], dek=[standfirst])
    assert standfirst not in out
    assert lede in out


@pytest.mark.parametrize(
    ("standfirst", "lede"),
    [
        ("Budapest verzichtet auf 900 Millionen Euro.",
         "Die ungarische Regierung senkt ab Jänner die Mehrwertsteuer auf Brot, Milch und "
         "Gemüse von 18 auf fünf Prozent, teilte das Finanzministerium in Budapest mit."),
        ("Ein Empfang mit Protesten.",
         "Die slowenische Präsidentin hat erstmals seit ihrer Rückkehr aus der Reha wieder "
         "Besucher empfangen."),
        ("Il premier ha giurato in ritardo.",
         "Anders Halvorsen ha giurato come premier della Norvegia davanti al re "
         "a Oslo."),
    ],
)
def test_short_standfirst_with_a_word_of_its_own_stays(standfirst: str, lede: str) -> None:
    out = summarize("Headline", [standfirst, lede, TAIL], dek=[standfirst])
    assert standfirst in out


def test_dated_correction_note_is_no_summary_sentence() -> None:
    """(with the standfirst gone, the room it left must not go to the correction note)"""
    from bot.content.clean import clean_html

    html = ("<p>Georgia said on Friday it was ready to accept a ceasefire.</p>"
            "<p>Correction, March 12th: An earlier version of this article said the talks "
            "took place in Baku.</p><p>Correction (Dec. 3): The minister is 54.</p>")
    assert clean_html(html) == ["Georgia said on Friday it was ready to accept a ceasefire."]
