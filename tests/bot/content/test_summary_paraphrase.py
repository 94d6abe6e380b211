"""Editor pass: a standfirst the lede just after it says again in other words, its subject named
otherwise (a capital for its country, an acronym for a body, a number written another way, a
verb of the same sense), leaves the summary; a standfirst with a fact of its own stays. Invented
text; fixture 2330 in tests/data/realistic_feeds."""

from __future__ import annotations

import pytest

from bot.content.summarize import _paraphrased, candidate_sentences, summarize

TAIL = "Shipping insurers have raised premiums for the route twice since October."


@pytest.mark.parametrize(
    ("standfirst", "lede"),
    [
        ("Kyiv says it is ready to resume grain talks.",
         "Ukraine said on Tuesday it was ready to restart negotiations with Russia on grain "
         "exports through the Black Sea if Moscow guaranteed safe passage for its ships."),
        ("The UN now seeks $1.2bn.",
         "The United Nations raised its appeal for Sudan to $1.2 billion from $500 million on "
         "Monday, warning that famine had spread to five more regions."),
        ("The ICJ hears Belize's case again.",
         "The International Court of Justice opens hearings on Monday in the border case "
         "between Belize and Guatemala."),
        ("Washington zieht 3000 Soldaten aus Polen ab.",
         "Nach Angaben des Pentagons verlassen bis Ende März rund 3.000 der etwa 10.000 in "
         "Polen stationierten US-Soldaten das Land."),
    ],
)
def test_standfirst_said_again_in_other_words_goes(standfirst: str, lede: str) -> None:
    out = summarize("Headline", [standfirst, lede, TAIL], dek=[standfirst])
    assert standfirst not in out
    assert lede in out


@pytest.mark.parametrize(
    ("standfirst", "lede"),
    [
        ("Ankara will cover half the cost of the road.",
         "Turkey and Iraq signed an agreement in Baghdad on Sunday to build a motorway from the "
         "port of Basra to the Turkish border, the first section of a new trade route."),
        ("Erstmals seit Jahren wollen Tokio und Seoul wieder gemeinsam üben.",
         "Das teilten die Außenministerien beider Länder in Tokio und Seoul mit, nachdem sie "
         "sich am Montag in Busan auf den Ablauf geeinigt hatten."),
    ],
)
def test_standfirst_with_a_fact_of_its_own_stays(standfirst: str, lede: str) -> None:
    out = summarize("Headline", [standfirst, lede, TAIL], dek=[standfirst])
    assert standfirst in out
    assert lede in out


@pytest.mark.parametrize(
    ("standfirst", "lede"),
    [
        ("Duties on Scotch fall from 150% to 75% while visas for Indian professionals are eased.",
         "The first tranche of tariff cuts agreed under the UK-India trade agreement came into "
         "force on Monday, with Indian duties on Scotch whisky halved."),
        ("Estonia says the buoys were on its side of the river.",
         "The Russian Foreign Ministry summoned Estonia's ambassador on Thursday over what it "
         "called the unauthorised removal of border buoys on the Narva River."),
    ],
)
def test_numbers_or_words_of_its_own_are_no_paraphrase(standfirst: str, lede: str) -> None:
    """(other rules may still drop these: the paraphrase test itself does not)"""
    small, big = candidate_sentences("Headline", [standfirst, lede])
    assert not _paraphrased(small, big)
