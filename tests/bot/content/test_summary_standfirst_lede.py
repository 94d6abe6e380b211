"""A standfirst (dek) the body's lede says again, or no sentence to open a summary with, gives
way to the lede (editor's read of held-out sets 41-43, kind D; invented text, fixture 2490)."""

from __future__ import annotations

import pytest

from bot.content.summarize import summarize


@pytest.mark.parametrize(("title", "dek", "body", "gone", "opens"), [
    (  # the lede says the standfirst's fact with who, where and when (names as the gazetteer's)
        "Turkey halts Iraqi oil flows through Ceyhan pipeline",
        "Ankara said it would no longer guarantee the flow of Iraqi crude through its pipeline.",
        ["Turkey on Tuesday shut the pipeline that carries Iraq's oil exports to the "
         "Mediterranean port of Ceyhan, saying Baghdad had not paid an arbitration award.",
         "The Iraqi oil ministry said talks would resume next week in Istanbul."],
        "Ankara said", "Turkey on Tuesday",
    ),
    (  # two headline fragments joined by a semicolon: no sentence
        "Geórgia: partido no poder vence legislativas por margem curta",
        "Vitória tangencial nas legislativas da Geórgia; oposição fala em fraude.",
        ["O partido no poder na Geórgia venceu as eleições legislativas de sábado com pouco "
         "mais de 51% dos votos, segundo a comissão eleitoral.",
         "Os observadores da OSCE relataram pressão sobre funcionários públicos."],
        "Vitória tangencial", "O partido no poder",
    ),
    (  # a standfirst pointing back ("Sie …", then "Nun …") to what the reader never saw
        "Nachruf: Irmgard Hollwede ist tot",
        "Sie verhandelte 1994 den Nachbarschaftsvertrag mit Prag. Nun ist die "
        "oberösterreichische Diplomatin im Alter von 88 Jahren gestorben.",
        ["Irmgard Hollwede, die als Gesandte in Prag den Nachbarschaftsvertrag "
         "mitverhandelte, ist am Sonntag in Linz gestorben.",
         "Später leitete sie die Kulturabteilung des Außenministeriums in Wien."],
        "Nun ist", "Irmgard Hollwede",
    ),
    (  # "Questa volta …": which time?
        "Deficit, Bruxelles concede alla Spagna altri sei mesi",
        "Questa volta il rinvio arriva con condizioni precise per il bilancio.",
        ["La Commissione europea ha concesso alla Spagna altri sei mesi per presentare un "
         "piano credibile di riduzione del deficit, che supera il 4 per cento del Pil.",
         "Il governo di Madrid dovrà indicare entro maggio i tagli alla spesa."],
        "Questa volta", "La Commissione europea",
    ),
    (  # the standfirst only announces the label the lede opens on
        "Faktencheck: Zahlt Deutschland jedem Geflüchteten 1.500 Euro?",
        "Die Behauptung verbreitet sich seit einer Woche in Telegram-Gruppen.",
        ["Die Behauptung: Deutschland zahle jedem Geflüchteten 1.500 Euro im Monat aus.",
         "Tatsächlich erhalten alleinstehende Asylbewerber rund 200 Euro Taschengeld im "
         "Monat, Unterkunft und Essen werden als Sachleistung gestellt."],
        "verbreitet sich", "Die Behauptung:",
    ),
])
def test_the_summary_opens_with_the_lede_not_the_standfirst(
    title: str, dek: str, body: list[str], gone: str, opens: str,
) -> None:
    out = summarize(title, [dek, *body], dek=[dek])
    assert gone not in out, out
    assert out.startswith(opens), out


def test_a_standfirst_with_a_fact_of_its_own_stays() -> None:
    dek = "Fewer than half of the country's 330 townships are taking part, the military says."
    body = ["Voters in Myanmar went to the polls on Sunday in the first election since the "
            "military seized power in 2021, with fighting still under way.",
            "Western governments have called the vote a sham."]
    out = summarize("Myanmar votes in first election since the coup", [dek, *body], dek=[dek])
    assert out.startswith("Fewer than half"), out
