"""Front-page feeds (set 36's shapes, invented text): soft news abroad told through home is not
world affairs, and states agreeing a tax or a treaty abroad is."""

from __future__ import annotations

from bot.content.relevance import score


def test_accident_abroad_of_a_home_national_is_not_world_news() -> None:
    rel = score(
        "Dunedin tramper dies in fall on Swiss glacier",
        "The 31-year-old was walking with friends near Grindelwald when he slipped, Swiss police"
        " said. The Ministry of Foreign Affairs and Trade is providing consular assistance to the"
        " family.",
        language_hint="en-NZ",
    )
    assert rel.score < 0.5, rel
    assert any("accident term" in r for r in rel.reasons), rel.reasons


def test_vaccine_trial_abroad_is_science_not_crime_abroad() -> None:
    rel = score(
        "Cholera vaccine trial in Malawi shows strong protection",
        "Researchers said the clinical trial of 12,000 volunteers found 80 per cent efficacy.",
        language_hint="en-NZ",
    )
    assert rel.score < 0.5, rel
    assert not any("crime term" in r for r in rel.reasons), rel.reasons


def test_emigrant_community_festival_abroad_is_not_world_news() -> None:
    rel = score(
        "Emigrantes portugueses em França celebram os Santos Populares",
        "Milhares de emigrantes juntaram-se num arraial nos arredores de Paris.",
        language_hint="pt-PT",
    )
    assert rel.score < 0.5, rel


def test_summit_agreeing_a_global_minimum_tax_is_world_news() -> None:
    rel = score(
        "Vertice G20, accordo sulla tassa minima globale",
        "I leader hanno firmato la dichiarazione finale dopo due giorni di negoziati.",
        language_hint="it-IT",
    )
    assert rel.score >= 0.5, rel


def test_evacuation_abroad_stays_world_news() -> None:
    rel = score(
        "Government charters flights to evacuate New Zealanders from Lebanon",
        "The foreign minister said two flights would leave Beirut as fighting escalated.",
        language_hint="en-NZ",
    )
    assert rel.score >= 0.5, rel
