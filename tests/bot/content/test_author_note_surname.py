"""Editor pass: an op-ed's closing bio naming its credited author by the surname alone, a job
title set off by commas ("Asante-Mensah, a former ambassador, writes from Accra."), leaves the
text; a sentence opening on that surname without the commas ("Boateng is a name traders know")
is news and stays. Invented text; fixture 2393 in tests/data/realistic_feeds."""

from __future__ import annotations

from bot.content.clean import drop_author_notes

TEXT = "Weapons and smugglers cross the northern border faster than envoys do."


def test_surname_bio_with_a_job_title_leaves_the_text() -> None:
    paragraphs = [TEXT, "Asante-Mensah, a former ambassador, writes from Accra."]
    assert drop_author_notes(paragraphs, ["Kwabena Asante-Mensah"]) == [TEXT]


def test_surname_opening_a_news_sentence_stays() -> None:
    paragraphs = [TEXT, "Boateng is a name traders in Dapaong know."]
    assert drop_author_notes(paragraphs, ["Efua Boateng"]) == paragraphs


def test_another_surname_stays() -> None:
    paragraphs = [TEXT, "Mensah, a former ambassador, writes from Accra."]
    assert drop_author_notes(paragraphs, ["Efua Boateng"]) == paragraphs
