"""Editor pass: a broadcast transcript's turns ("LINDQVIST: The prime minister told me …"),
its greetings and the station's notes about the transcript are no summary sentences; the
host's introduction is. One capitals label alone ("ISLAMABAD: …") is a dateline, not a turn.
Invented text; fixture 2395 in tests/data/realistic_feeds."""

from __future__ import annotations

from bot.content.summarize import summarize

INTRO = ("Iceland has a new coalition government, and it says a referendum on joining the "
         "European Union could be held as early as next year. Good morning.")
TURNS = [
    "TOBIAS LINDQVIST, BYLINE: Good morning.",
    "OKONKWO-HART: So how soon?",
    "LINDQVIST: The prime minister told me by next autumn. Fishermen want guarantees.",
    "PWR transcripts are created on a rush deadline. Accuracy and availability may vary.",
]


def test_transcript_summary_is_the_hosts_introduction() -> None:
    note = "A transcript of a radio interview about Iceland's plans."
    out = summarize("Iceland's coalition plans an EU vote", [note, "HOST:", INTRO, *TURNS],
                    dek=[note])
    assert out == INTRO.removesuffix(" Good morning.")


def test_one_capitals_label_is_a_dateline_and_stays() -> None:
    text = ("ISLAMABAD: Pakistan's finance ministry said on Monday that the budget deficit "
            "narrowed to 5.9 percent of output in the last fiscal year.")
    out = summarize("Pakistan deficit narrows", [text, "The IMF had set a target of 6 percent."])
    assert "deficit narrowed to 5.9 percent" in out
