"""Editor's read of released sets 33, 37, 39: the relevance why line built on words that are no
such term. Invented text; fixtures 2400-2404 in tests/data/realistic_feeds."""

from __future__ import annotations

import pytest

from bot.content import geo, relevance


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("Portugal: der Premier verliert seine Wette", {}),  # a bet, no weather
        ("Die Opposition sieht sich schon als Sieger", {"@pol": 1}),  # a winner, no sport
        ("Unwetter in Bayern: das Wetter bleibt schlecht", {"@weather": 2}),
        ("Der Sieg der Mannschaft", {"@sport": 2}),
        ("Der Spieler und das Spiel", {"@sport": 2}),
    ],
)
def test_a_derivational_suffix_the_folding_strips_must_agree(
    text: str, groups: dict[str, int]
) -> None:
    assert relevance.scan(text, lang="de").counts == groups


def test_a_draw_that_draws_crowds_or_lines_is_no_match() -> None:
    assert "@sport" not in relevance.scan("Malawi's opposition draws thousands to a rally").counts
    assert "@sport" not in relevance.scan("The forum will draw a line under the dispute").counts
    assert "@sport" not in relevance.scan("The plan drew attention and draws criticism").counts
    assert "@sport" in relevance.scan("Leeds held to a goalless draw at home").counts
    assert "@sport" in relevance.scan("Super Eagles face Egypt after the AFCON draw").counts


def test_another_languages_function_word_is_no_word_feature() -> None:
    f = relevance.features("Sudan war leaves families in Los Angeles waiting for calls")
    assert "los" not in f.active and "los angel" not in f.active
    assert not any("'los'" in r for r in relevance.score(
        "Sudan war leaves families in Los Angeles waiting for calls").reasons)


@pytest.mark.parametrize("text", ["French-language debate", "Spanish-speaking voters"])
def test_a_language_named_by_its_people_is_no_country(text: str) -> None:
    assert geo.find_mentions(text, lang="en", compounds=True) == []


def test_french_troops_still_name_france() -> None:
    (m,) = geo.find_mentions("French troops", lang="en", compounds=True)
    assert m.entity.name == "France"


def test_a_country_only_in_a_quoted_speakers_attribution_is_not_the_story() -> None:
    r = relevance.score(
        "Security Council deadlocked over chemical attack in Syria's Idlib",
        "Two rival draft resolutions failed. “The council decides nothing,” said Neo Kgathi, "
        "a researcher at the Makgadikgadi Policy Institute in Gaborone.",
    )
    assert any("Syria" in x for x in r.reasons)
    assert not any("Botswana" in x for x in r.reasons)


def test_a_country_also_named_outside_the_attribution_stays() -> None:
    r = relevance.score(
        "Botswana and Namibia open border talks",
        "“We wait three days at the border,” said Kabo Modise, a driver from Gaborone.",
    )
    assert any("Botswana" in x for x in r.reasons)


def test_a_speakers_role_in_the_attribution_gives_no_topic_group() -> None:
    sample = ("Cabo Verde recebe missão de observadores", "A missão terá 30 observadores. "
              "“Estas eleições vão medir a confiança”, disse a investigadora Marta Pinto, "
              "do Centro de Estudos Atlânticos.")
    assert "@tech" not in relevance.features(*sample, lang="pt").active
    # the same word reporting the story's subject still counts
    assert "@tech" in relevance.features(
        "Investigadores descobrem nova espécie", "Os investigadores publicaram o estudo.",
        lang="pt").active


@pytest.mark.parametrize(
    ("title", "text", "country"),
    [
        ("Airliner crash captured on video", "“Nobody thinks it will happen to them,” said a "
         "17-year-old survivor of Tuesday's crash in Mexico.", "Mexico"),
        ("Snowboarder admits error judges missed", "“I missed that grab,” said Max Parrot, who "
         "won the slopestyle contest in China.", "China"),
    ],
)
def test_a_place_the_story_happens_in_after_the_speaker_stays(
    title: str, text: str, country: str
) -> None:
    """Only the appositive of a named speaker is an affiliation: an unnamed speaker's
    description or a relative clause ("who won … in China") tells the story."""
    mentions = geo.find_mentions(relevance.sample_of(title, text), lang="en", compounds=True)
    assert relevance._aside_only(mentions, relevance._asides(relevance.sample_of(title, text),
                                                             "en")) == frozenset()
    assert any(m.entity.name == country for m in mentions)
