"""The outlet's own country, places where something merely happens and negated events
(issue 17: "tags say what a story is about, not every place it mentions")."""

from __future__ import annotations

import pytest

from bot.content.tags import derive_tags


@pytest.mark.parametrize(
    ("lang", "home", "title", "text", "must", "must_not"),
    [
        # the outlet's own people abroad: tagged where it happens, not by their own region
        ("de", "AT", "Hunderte Österreicher sitzen am Flughafen Bangkok fest",
         "Hunderte Österreicherinnen und Österreicher warten in Bangkok auf ihre Heimreise.",
         {"southeast-asia"}, {"europe"}),
        ("en", "GB", "British honeymooners stranded in Bali after volcano ash cloud",
         "Thousands of tourists, among them British honeymooners, are stranded in Bali.",
         {"southeast-asia"}, {"europe"}),
        ("pt", "BR", "Brasileiros retidos no aeroporto de Bangkok",
         "Centenas de brasileiros estão retidos no aeroporto de Bangkok.",
         {"southeast-asia"}, {"americas"}),
        # a home story alone is no world region
        ("en", "NA", "Swapo supporters celebrate into the night in Windhoek",
         "Thousands danced in the streets of Windhoek as results came in.", set(), {"africa"}),
        # the outlet's government acting beside another state keeps its region
        ("de", "AT", "Österreich und Ungarn streiten über Grenzkontrollen",
         "Wien und Budapest streiten über Kontrollen an der gemeinsamen Grenze.",
         {"europe"}, set()),
        # a hospital abroad is where a foreign actor's story happened
        ("en", "GB", "Zimbabwe's former president dies in Singapore hospital aged 95",
         "He had been treated in a Singapore hospital for months, the government in Harare said.",
         {"africa"}, {"southeast-asia"}),
        ("it", "IT", "L'ex presidente dello Zimbabwe muore in un ospedale di Singapore",
         "Era ricoverato da mesi, ha detto il governo di Harare.", {"africa"},
         {"southeast-asia"}),
        # ... but not where a war hits it
        ("en", "GB", "Russian missile hits hospital in Kyiv",
         "A Russian missile struck a children's hospital in Kyiv, killing 20 people.",
         {"europe", "russia", "conflict"}, set()),
        # a wedding's security is no conflict
        ("it", "IT", "Matrimonio blindato sul lago di Como",
         "Droni vietati, cecchini sui tetti: la villa è blindata per le nozze del miliardario "
         "americano.", set(), {"conflict", "europe"}),
        ("de", "CH", "Hochzeit am Comer See: Milliardär heiratet unter Polizeischutz",
         "Drohnen verboten, Scharfschützen auf den Dächern: Die Villa wurde abgeriegelt.",
         set(), {"conflict"}),
    ],
)
def test_home_country_and_incidental_places(
    lang: str, home: str, title: str, text: str, must: set[str], must_not: set[str]
) -> None:
    tags = set(derive_tags(title, text, lang, home=home))
    assert must <= tags, tags
    assert not must_not & tags, tags


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("it", "Pensioni, la riforma passa senza voto in Aula",
         "La riforma è stata approvata senza voto dopo la questione di fiducia."),
        ("pt", "Reforma da previdência aprovada sem votação no parlamento",
         "O governo francês aprovou a reforma sem votação na Assembleia Nacional."),
        ("de", "Rentenreform ohne Abstimmung durchgesetzt",
         "Die Regierung in Paris hat die Reform ohne Abstimmung im Parlament durchgesetzt."),
        ("es", "Francia aprueba la reforma de las pensiones sin votación",
         "El Gobierno francés aprobó la reforma sin votación en la Asamblea Nacional."),
    ],
)
def test_a_negated_event_is_no_topic(lang: str, title: str, text: str) -> None:
    assert "elections" not in derive_tags(title, text, lang)


def test_an_event_that_happened_keeps_its_topic() -> None:
    assert "elections" in derive_tags(
        "Pensioni, referendum: affluenza record al voto", "Gli italiani al voto sul referendum.",
        "it")
