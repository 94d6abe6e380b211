"""Editor pass (issue 17): a paragraph ending "… he twittered:" / "X wrote:" / "a écrit :" hands
over to someone's words, set as the next plain paragraph without quotation marks; that block
is no summary sentence without the intro (fixture 1112, invented text)."""

from __future__ import annotations

import pytest

from bot.content.summarize import summarize

LEDE = ("Kyrgyzstan and Uzbekistan signed an agreement on sharing the water of the Naryn river on "
        "Tuesday, ending a dispute that closed parts of their border for a month.")


@pytest.mark.parametrize(
    ("intro", "words"),
    [
        ("Reactions online were mixed. One farmer followed the ceremony and twittered:",
         "A good day for farmers on both banks of the river."),
        ("The blogger Nurlan Sadykov wrote:",
         "Nobody in Bishkek has told us how much water we are giving away this summer."),
        ("Sur son blog, le pêcheur Ousmane Diatta a écrit :",
         "Nos pirogues rentrent vides depuis trois saisons et personne ne nous a consultés."),
        ("Die Ministerin schrieb:", "Wir werden das Abkommen genau prüfen lassen."),
    ],
)
def test_handed_over_words_left_out(intro: str, words: str) -> None:
    summary = summarize("Water deal signed", [LEDE, intro, words])
    assert LEDE in summary
    assert words not in summary


def test_colon_without_speech_verb_hands_over_nothing() -> None:
    facts = "The river supplies two thirds of the valley's irrigation water in summer."
    summary = summarize("Water deal signed", [LEDE, "The deal covers three points:", facts])
    assert facts in summary


def test_handed_over_words_kept_when_they_are_all_there_is() -> None:
    words = "Nobody in Bishkek has told us how much water we are giving away this summer."
    assert words in summarize("Water deal", ["The blogger wrote:", words])
