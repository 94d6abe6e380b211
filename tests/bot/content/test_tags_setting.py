"""Region tags from who acts and where the story happens, not its setting (editor's read of
sets 26-30): a venue city in any language, the scope of a reaction, the donors of relief, a
treaty named after a city; places named after another country; the home country (US) as the
story's own place; topic words in another sense."""

from __future__ import annotations

import pytest

from bot.content.tags import derive_tags

CASES = [
    # a venue city, written in the item's language, is no actor of others' talks or hearings
    ("ur", "ایران اور عالمی ایٹمی ادارے کے درمیان نیا معاہدہ",
     "ویانا میں ایران اور عالمی ایٹمی توانائی ایجنسی نے معائنہ کاروں کی واپسی پر اتفاق کر لیا ہے۔",
     {"middle-east"}, {"europe"}),
    ("de", "Iran und IAEA einigen sich auf Rückkehr der Inspekteure",
     "In Wien haben sich Iran und die Internationale Atomenergiebehörde auf die Rückkehr der "
     "Inspekteure verständigt.", {"middle-east"}, {"europe"}),
    ("pt", "Irã e AIEA chegam a acordo sobre inspetores",
     "Em Viena, o Irã e a Agência Internacional de Energia Atômica acertaram o retorno dos "
     "inspetores.", {"middle-east"}, {"europe"}),
    # …but a venue city opening a clause of the headline is its country acting
    ("it", "Dazi, Berna tratta ancora con Bruxelles", "Il governo svizzero prosegue i colloqui.",
     {"europe"}, set()),
    ("it", "Pnrr, la terza rata e i ritardi", "Bruxelles ha sospeso il pagamento di 19 miliardi "
     "in attesa di chiarimenti.", {"europe"}, set()),
    # the scope of a reaction; the home country as the story's own place
    ("en", "World leaders condemn storming of US Capitol",
     "Leaders across Europe and beyond have condemned the storming of the US Capitol as Congress "
     "resumed the count.", {"americas"}, {"europe"}),
    ("it", "Usa 2020, Biden conquista la Pennsylvania e vince le elezioni",
     "Secondo i media americani il candidato democratico ha superato i 270 grandi elettori.",
     {"americas", "elections"}, set()),
    # the US as one party among others stays without a region of its own
    ("en", "US and China extend tariff truce by 90 days",
     "Washington and Beijing agreed to extend their tariff truce.", {"east-asia"}, {"americas"}),
    # donors of relief are no actors; the place hit is
    ("en", "Airlift brings relief to Visayas islands cut off by typhoon",
     "Military transport planes from Japan, Australia and the United States began landing at a "
     "reopened runway in the central Philippines, carrying water and tarpaulins.",
     {"southeast-asia"}, {"east-asia", "oceania", "americas"}),
    ("de", "Hilfsflüge erreichen Überschwemmungsgebiete in Mosambik",
     "Transportflugzeuge aus Norwegen und Japan landeten am Montag in Pemba mit Zelten und "
     "Medikamenten für die Opfer der Überschwemmungen.", {"africa"}, {"europe", "east-asia"}),
    # …while troops from a country in a war story are actors
    ("en", "Troops from Russia cross into eastern Ukraine",
     "Troops from Russia crossed the border overnight, officials said.", {"russia", "europe"},
     set()),
    # treaties named after a city; places named after another country
    ("en", "Climate finance pledges fall short as UN talks close in Antalya",
     "UN climate talks in Antalya ended a day late. Small island states accused major emitters "
     "of backsliding, while the European Union said the agreement kept the Paris goals within "
     "reach.", {"united-nations"}, {"europe"}),
    ("en", "Bird flu outbreak prompts cull at Canadian poultry farms",
     "Canadian authorities ordered the culling of birds at farms in British Columbia's Fraser "
     "Valley.", {"americas"}, {"europe"}),
    ("fr", "Colombie-Britannique : des milliers d'évacués face aux feux",
     "Les autorités canadiennes ont ordonné l'évacuation de 12 000 personnes.", {"americas"},
     {"europe"}),
    ("en", "Irish peacekeepers to remain on Golan Heights for another year",
     "The Government has approved the extension of the deployment with the UN Disengagement "
     "Observer Force.", {"middle-east"}, set()),
    ("en", "Giant container ship still wedged in Suez Canal as queue of vessels grows",
     "Dozens of tankers wait at both ends of the waterway.", {"middle-east"}, set()),
    ("de", "Kölner Delegation reist trotz Krieg nach Tel Aviv",
     "Eine Delegation des Stadtrats ist zum Jahrestag der Städtepartnerschaft gereist.",
     {"middle-east"}, set()),
    # topic words in another sense
    ("en", "Armenia, Azerbaijan trade accusations as humanitarian ceasefire frays",
     "Armenia and Azerbaijan accused each other of violating a humanitarian ceasefire agreed in "
     "Moscow two days ago.", {"conflict"}, {"humanitarian"}),
    ("es", "Sudán: violada la tregua humanitaria", "El ejército y las RSF se acusan de violar "
     "el alto el fuego humanitario.", {"africa"}, {"humanitarian"}),
    ("pt", "Olaf Scholz eleito chanceler. Alemanha vira a página Merkel",
     "O social-democrata foi eleito pelo Bundestag com 395 votos.", {"europe"}, {"diplomacy"}),
    ("pt", "Chanceler brasileiro visita Pequim", "O chanceler brasileiro chegou a Pequim para "
     "conversas com o ministro chinês.", {"diplomacy"}, set()),
    ("ur", "افغانستان میں لڑکیوں کی تعلیم پر پابندی برقرار",
     "طالبان حکومت کی جانب سے لڑکیوں کی ثانوی تعلیم پر پابندی کو چار سال مکمل ہو گئے۔",
     {"south-asia"}, {"sanctions"}),
    ("ur", "ایران پر نئی امریکی پابندیاں", "امریکہ نے ایران کی تیل کی برآمدات پر نئی اقتصادی "
     "پابندیاں عائد کر دیں۔", {"middle-east", "sanctions"}, set()),
]


@pytest.mark.parametrize(("lang", "title", "text", "must", "must_not"), CASES,
                         ids=[f"{c[0]}-{c[1][:30]}" for c in CASES])
def test_region_and_topic_from_actors_not_setting(
    lang: str, title: str, text: str, must: set[str], must_not: set[str]
) -> None:
    tags = set(derive_tags(title, text, lang))
    assert must <= tags, tags
    assert not must_not & tags, tags
