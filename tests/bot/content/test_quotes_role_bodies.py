"""Quote affiliations (held-out set 19 shapes, fixtures 726–728): a German compound role glued
before the name, a title then an appositive naming a unit of the body the text named, an Urdu
body of several words owning the role in the genitive."""

from __future__ import annotations

import pytest

from bot.content.quotes import extract_quotes


@pytest.mark.parametrize(
    ("text", "speaker", "affiliation"),
    [
        ("Das Parlament soll im Frühling entscheiden. «Die Versorgung ist jetzt gesichert», "
         "sagt Chefunterhändlerin Corinne Vogt.", "Corinne Vogt", "Chefunterhändlerin"),
        ("Die Pendler profitieren. «Das entlastet beide Seiten spürbar», sagte "
         "Verhandlungsführer Jonas Keller am Mittwoch.", "Jonas Keller", "Verhandlungsführer"),
        ("The Ministry of Foreign Affairs condemned the attack on the convoy. “Brazil calls on "
         "all parties to let aid through,” said ambassador Henrique Vasconcelos, head of the "
         "ministry's Africa division.", "Henrique Vasconcelos", "Ministry of Foreign Affairs"),
        # no body named in the appositive: the title stays
        ("The two governments signed in Buenos Aires. “The pipeline is now a long-term bet,” "
         "said ambassador Tiago Prates, who negotiated the deal.", "Tiago Prates", "ambassador"),
        ("معاہدے پر دستخط ہو گئے۔ “یہ معاہدہ نوجوانوں کے لیے بڑی خوشخبری ہے”، پاکستانی ہائی "
         "کمیشن کے ترجمان عارف ملک نے کہا۔", "عارف ملک", "پاکستانی ہائی کمیشن کے ترجمان"),
        ("ٹیم غزہ پہنچ گئی۔ “ہمیں فوری طور پر ایندھن کی ضرورت ہے”، جنیوا میں پاکستان کے مستقل "
         "مندوب عامر خان نے کہا۔", "عامر خان", "پاکستان کے مستقل مندوب"),
    ],
)
def test_affiliation_is_the_role_or_the_body_named(text: str, speaker: str,
                                                   affiliation: str) -> None:
    (quote,) = extract_quotes([text])
    assert (quote.speaker, quote.affiliation) == (speaker, affiliation)
