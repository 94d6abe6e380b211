"""Issue 17, "who is quoted" (editor's read of set 46, fixtures 2880-2883): a speech verb and
its speaker split by an aside in commas ("afirmou, por seu lado, fonte do Ministério …",
"dijo, por su parte, el canciller X") give the words to the one after the aside, or to the
unnamed source as the text describes it (or nobody); never to the last speaker, as a verb with
a dropped subject would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.content.articles import process_feed
from bot.content.quotes import extract_quotes

DATA = Path(__file__).resolve().parents[2] / "data" / "realistic_feeds"
FIXTURES = ("2880_", "2881_", "2882_", "2883_")


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), [
    (["«Pagamos impostos há vinte anos nesta terra», disse Paula Nóbrega, presidente da "
      "associação.",
      "«É uma preocupação legítima de muitas famílias», afirmou, por seu lado, fonte do "
      "Ministério dos Negócios Estrangeiros."], "É uma preocupação",
     "fonte do Ministério dos Negócios Estrangeiros"),
    (["«Pagamos impostos há vinte anos nesta terra», disse Paula Nóbrega, presidente da "
      "associação.",
      "«É uma preocupação legítima de muitas famílias», disse, por sua vez, o ministro João "
      "Calado."], "É uma preocupação", "João Calado"),
    (["«Pagamos impuestos hace veinte años en este país», dijo Paula Núñez, presidenta de la "
      "asociación.",
      "«Es una preocupación legítima de muchas familias», dijo, por su parte, el ministro Juan "
      "Calero."], "Es una preocupación", "Juan Calero"),
    (["«Nous payons des impôts ici depuis vingt ans», a déclaré Paula Noël, présidente de "
      "l'association.",
      "«C'est une inquiétude légitime de nombreuses familles», a estimé, pour sa part, le "
      "ministre Jean Calmet."], "C'est une inquiétude", "Jean Calmet"),
    (["«Paghiamo le tasse in questo Paese da vent'anni», ha detto Paola Neri, presidente "
      "dell'associazione.",
      "«È una preoccupazione legittima di molte famiglie», ha replicato, dal canto suo, il "
      "ministro Gianni Calò."], "È una preoccupazione", "Gianni Calò"),
])
def test_aside_after_the_verb_is_no_dropped_subject(
    paragraphs: list[str], start: str, speaker: str | None
) -> None:
    quotes = [q for q in extract_quotes(paragraphs) if q.text.startswith(start)]
    assert quotes and all(q.speaker == speaker for q in quotes), quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ("«É uma preocupação legítima de muitas famílias», afirmou fonte do Ministério dos Negócios "
     "Estrangeiros.", "fonte do Ministério dos Negócios Estrangeiros"),
    ("«É uma preocupação legítima de muitas famílias», disse fonte diplomática portuguesa.", None),
])
def test_unnamed_source_is_as_described_never_the_body_after_it(
    text: str, speaker: str | None
) -> None:
    # the root README: an anonymous speaker is shown as the text describes them; a description
    # read no further than the source noun gives nobody, never the tail of the body's name
    quotes = extract_quotes([text])
    assert quotes and all(q.speaker == speaker for q in quotes), quotes


def test_pronoun_after_a_bare_verb_still_resolves() -> None:
    (quote,) = [q for q in extract_quotes([
        "O ministro João Calado esteve em Toronto. «Vamos ajudar todas as famílias que pedirem "
        "apoio», disse, em Toronto.",
    ]) if q.text.startswith("Vamos")]
    assert quote.speaker == "João Calado"


@pytest.mark.parametrize("prefix", FIXTURES)
def test_fixtures_never_hand_the_words_to_the_speaker_before(prefix: str) -> None:
    (sidecar,) = DATA.glob(f"{prefix}*.expect.json")
    (feed,) = [p for p in DATA.glob(f"{prefix}*") if p != sidecar]
    expect = json.loads(sidecar.read_text(encoding="utf-8"))
    _, built = process_feed(feed.read_bytes(), url=f"https://feeds.example/{feed.name}",
                            content_type=expect["feed"]["content_type"])
    by_link = {a.link: a for a in built}
    for link, want in expect["items"].items():
        quotes = by_link[link].quotes
        assert any(q.speaker == want["quote_speaker"] for q in quotes), quotes
        for rule in want["quotes_not_by"]:
            assert all(not (q.speaker or "").startswith(rule["speaker"])
                       for q in quotes if q.text.startswith(rule["text"])), quotes
