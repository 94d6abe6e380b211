"""Editor's read of released sets 33, 37 and 39: global bodies, sea lanes and passing lists in the
tags. A UN agency names a united-nations story, a sea lane or a Syrian town its region, a navy's
ship prefix its country; a parliament's vote is no election, a troop withdrawal from a garrison
no war, people made homeless by a fire no migrants, and the states a country joins in doing the
same no actors. Invented text; fixtures 2410-2414 in tests/data/realistic_feeds."""

from __future__ import annotations

import pytest

from bot.content.tags import derive_tags


@pytest.mark.parametrize(
    ("title", "text", "lang", "want"),
    [
        ("WHO urges governments to pause a second round of measles boosters",
         "The agency said stocks should go first to poorer districts.", "en", "united-nations"),
        ("High-seas treaty parties meet for the first time to pick protected areas",
         "Delegates will choose the first marine reserves in international waters.", "en",
         "united-nations"),
        ("Insurers raise war-risk premiums for tankers in the Strait of Hormuz",
         "Shipowners say the cost of a passage has tripled.", "en", "middle-east"),
        ("Inspectors publish final report on the Douma attack",
         "The report points to a chlorine cylinder dropped from the air.", "en", "middle-east"),
        ("Pacific Islands Forum turns down offer to fund a regional coastguard school",
         "Leaders said training would stay with the forum's own members.", "en", "oceania"),
        ("Royal Navy submarine docks at HMAS Stirling for first AUKUS rotation",
         "The boat and its crew will stay for three months.", "en", "oceania"),
        ("عالمی ادارۂ صحت نے خسرہ کو عالمی خطرہ قرار دے دیا",
         "ادارے نے کہا کہ تیس ممالک میں کیسز بڑھ رہے ہیں۔", "ur", "united-nations"),
    ],
)
def test_global_bodies_and_sea_lanes_tag(title: str, text: str, lang: str, want: str) -> None:
    assert want in derive_tags(title, text, lang)


@pytest.mark.parametrize(
    ("title", "text", "lang", "unwanted"),
    [
        ("Corea del Nord, lanci di missili dopo il voto del parlamento di Seul",
         "I lanci arrivano due giorni dopo.", "it", {"elections"}),
        ("US-Truppenabzug: Bangen in der Garnisonsstadt Baumholder",
         "Der Abzug von 4000 US-Soldaten aus Deutschland sorgt für Unruhe.", "de", {"conflict"}),
        ("کینیڈا کے جنگلات میں آگ، ہزاروں افراد بے گھر",
         "آگ سے اب تک بارہ افراد ہلاک ہو چکے ہیں۔", "ur", {"migration"}),
        ("Canada grounds its new regional airliners after second engine fire",
         "Canadian regulators suspended all flights by the type on Tuesday, joining China, "
         "Indonesia and Australia.", "en", {"east-asia", "southeast-asia", "oceania"}),
    ],
)
def test_other_senses_tag_nothing(title: str, text: str, lang: str, unwanted: set[str]) -> None:
    assert not unwanted & set(derive_tags(title, text, lang))


def test_a_vote_for_parliament_stays_an_election() -> None:
    assert "elections" in derive_tags("Portogallo, urne aperte per il voto anticipato",
                                      "Si vota fino alle 20 in tutto il paese.", "it")
