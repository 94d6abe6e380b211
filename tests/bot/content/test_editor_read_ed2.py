"""Classes an editor's read of released held-out sets 50, 51, 52, 53, 54 and 57 found in the
posted digests (not counted by the benchmark), each fixed with an invented fixture in
tests/data/realistic_feeds (3020–3039). Invented text throughout."""

from __future__ import annotations

import pytest

from bot.content import tags
from bot.content.clean.sentence_fixes import sentence_case_lead
from tests.support.realistic import previewed as _fixture


# fixtures 3020, 3021: the outlet's own people abroad ("Australians told to leave Niger", "Dois
# portugueses detidos em Caracas") are tagged where it happened, not with the home region; the
# home state acting beside another (a pact with Jakarta, with Rabat) still tags it
def test_own_people_abroad_are_tagged_where_it_happened() -> None:
    assert [i["tags"] for i in _fixture("3020")] == [
        ["africa"], ["southeast-asia", "humanitarian"], ["southeast-asia", "oceania"]]
    assert [i["tags"] for i in _fixture("3021")] == [
        ["americas"], ["middle-east"], ["europe", "africa"]]


@pytest.mark.parametrize(
    ("title", "lead", "lang", "home", "want", "not_want"),
    [
        ("Canadians urged to leave Lebanon as Israeli strikes intensify", "", "en", "CA",
         "middle-east", "americas"),
        ("Tánaiste says 40 Irish citizens still waiting at Rafah crossing", "", "en", "IE",
         "middle-east", "europe"),
        ("Canadian volunteer killed fighting near Bakhmut, family says", "", "en", "CA",
         "europe", "americas"),
        ("Due italiani liberati in Venezuela", "", "it", "IT", "americas", "europe"),
        ("Tres españoles detenidos en Irán", "", "es", "ES", "middle-east", "europe"),
    ],
)
def test_own_people_are_no_home_actor(title: str, lead: str, lang: str, home: str, want: str,
                                      not_want: str) -> None:
    got = tags.derive_tags(title, lead, lang, home=home)
    assert want in got and not_want not in got, got


@pytest.mark.parametrize(
    ("title", "lang", "home", "want"),
    [
        # the state acts: its region stays
        ("Canada sanctions Iran's morality police", "en", "CA", {"middle-east", "americas"}),
        ("Ottawa and New Delhi restart visa talks", "en", "CA", {"south-asia", "americas"}),
        # a capital is no plural demonym ("Paris" is no "Pari" people)
        ("Paris and Berlin back Kyiv loan", "en", "FR", {"europe"}),
    ],
)
def test_own_state_still_tags_its_region(title: str, lang: str, home: str,
                                         want: set[str]) -> None:
    assert want <= set(tags.derive_tags(title, "", lang, home=home))


# fixture 3022: the why-line names no word in a sense the story does not use ('forces' and
# 'force' as verbs, 'ship' as a verb, 'charging' a laptop or 'free of charge' as crime)
def test_why_line_shows_no_verb_or_other_sense_word() -> None:
    items = _fixture("3022")
    shown = [r for i in items for r in i["reasons"]]
    assert len(items) == 4
    for word in ("forces", "force", "ship", "charging", "charge"):
        assert not any(f"'{word}'" in r or r.endswith(f" {word}") for r in shown), shown


@pytest.mark.parametrize(
    ("term", "text", "lang", "other"),
    [
        ("forces", "Typhoon Krathon forces mass evacuations in the south", "en", True),
        ("force", "It was a typing error in a force eight gale", "en", True),
        ("forces", "US forces withdrew to the border", "en", False),  # the noun keeps its sense
        ("ship", "Rescue ship with 629 migrants stranded off Malta", "en", False),
        ("all-weather", "the fruit of an all-weather friendship", "en", True),
        ("aplicação", "o Senado autorizou a aplicação do artigo 155", "pt", True),
        ("لیگ", "عرب لیگ نے ہنگامی اجلاس طلب کر لیا", "ur", True),
    ],
)
def test_word_sense_guards(term: str, text: str, lang: str, other: bool) -> None:
    assert tags.other_sense(term, text, lang) is other


# an underwater search drone is no conflict (the MH370 search, held-out set 54)
def test_underwater_search_drone_is_no_conflict() -> None:
    got = tags.derive_tags(
        "Missing airliner: search focuses on new signals",
        "An underwater drone was deployed for the first time to search the seabed for the "
        "missing Malaysian jet.", "en")
    assert "conflict" not in got, got


# fixture 3023: a standfirst's closing genre label ("Eine Analyse.") is no sentence of the
# summary; the words opening a sentence that reports stay
def test_standfirst_genre_label_leaves_the_summary() -> None:
    items = _fixture("3023")
    assert items[0]["summary"] == (
        "Die Regierungspartei setzt auf Distanz zur EU, die Opposition ist zersplittert.")
    assert "Eine Analyse der Grenzschutzbehörde" in items[2]["summary"]


# fixture 3024: print capitals up to an acronym ("THE UN has warned") read in sentence case
def test_print_capitals_up_to_an_acronym() -> None:
    items = _fixture("3024")
    assert [i["summary"].split(" ", 3)[:3] for i in items] == [
        ["The", "UN", "has"], ["An", "EU", "envoy"], ["Talks", "between", "Armenia"]]


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        ("THE EU is preparing new sanctions.", "The EU is preparing new sanctions."),
        ("THE UN Security Council met.", "The UN Security Council met."),
        ("A UN official said.", "A UN official said."),
        ("IS fighters seized the town.", "IS fighters seized the town."),
        ("NATO defence ministers met.", "NATO defence ministers met."),
    ],
)
def test_sentence_case_lead_keeps_the_acronym(lead: str, want: str) -> None:
    assert sentence_case_lead(lead) == want


# fixture 3025: European Portuguese country names ("Polónia", "Quénia", "Vietname") tag their
# region though the gazetteer spells them the Brazilian way
def test_european_portuguese_country_names_tag_their_region() -> None:
    assert [i["tags"][:1] for i in _fixture("3025")] == [
        ["europe"], ["africa"], ["southeast-asia"]]


@pytest.mark.parametrize(
    ("title", "region"),
    [("Roménia: governo cai após moção de censura", "europe"),
     ("Iémen: trégua prolongada por dois meses", "middle-east"),
     ("Zimbabué suspende importações de milho", "africa")],
)
def test_european_portuguese_names(title: str, region: str) -> None:
    assert region in tags.derive_tags(title, "", "pt", home="PT")
