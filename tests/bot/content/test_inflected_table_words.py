"""Table words of languages that inflect unlike English (non_story.json, junk.json): every form
a headline or text writes must match, not an English '-s?' guess. Italian changes the last vowel
(concerto/concerti, mostra/mostre, estrazione/estrazioni), German plurals may take an umlaut
(Markt/Märkte, Vortrag/Vorträge), Brazilian Portuguese 'cupom/cupons'. Fixtures 3060–3062 in
tests/data/realistic_feeds; invented text throughout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.content.articles import headlines, listings, process_feed
from bot.deliver.preview import preview_items

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "realistic_feeds"


def _stories(prefix: str) -> list[bool]:
    (path,) = [p for p in FIXTURES.glob(f"{prefix}_*") if not p.name.endswith(".expect.json")]
    _, articles = process_feed(path.read_bytes(), url=f"https://feeds.example/{path.name}")
    return [bool(i["is_story"]) for i in preview_items(articles)]


def _items(prefix: str) -> list[dict[str, Any]]:
    (path,) = [p for p in FIXTURES.glob(f"{prefix}_*") if not p.name.endswith(".expect.json")]
    _, articles = process_feed(path.read_bytes(), url=f"https://feeds.example/{path.name}")
    return list(preview_items(articles))


# fixture 3060: a weekend guide listing singular kinds ('concerto …, mostra … e sagra …') and
# 'Estrazione del Lotto: …' are no stories; 'in concerto con' ('together with') stays a report
def test_italian_singular_event_kinds_and_lotto_draw_are_no_stories() -> None:
    assert _stories("3060") == [False, False, True, True]


# fixture 3060: 'Contatto stampa: …' (singular) is a press contact line, dropped like 'Contatti'
def test_italian_singular_press_contact_line_is_dropped() -> None:
    summary = _items("3060")[3]["summary"]
    assert "convogli merci" in summary and "Contatto stampa" not in summary


# fixture 3061: 'Tipps fürs Wochenende: Flohmarkt, Vortrag und Konzert' (singulars, no umlaut)
def test_german_singular_event_kinds_title_is_no_story() -> None:
    assert _stories("3061") == [False, True]


# fixture 3062: 'Cupom de desconto: …' (Brazilian singular of 'cupons') is a promo
def test_brazilian_singular_coupon_headline_is_no_story() -> None:
    assert _stories("3062") == [False, True]


@pytest.mark.parametrize(
    "word",
    ["concerto", "concerti", "mostra", "mostre", "sagra", "sagre", "lettura", "spettacolo",
     "corso", "laboratorio", "conferenza", "incontro", "presentazione", "rassegna",
     "proiezione", "mercato", "mercatino", "mercatini", "visita", "Markt", "Märkte",
     "Flohmarkt", "Vortrag", "Vorträge"],
)
def test_event_kind_matches_every_number(word: str) -> None:
    assert listings._EVENT_KIND.match(word)


@pytest.mark.parametrize("word", ["mostr", "lettur", "laborator", "märkt", "vorträg"])
def test_event_kind_matches_no_stem(word: str) -> None:
    assert not listings._EVENT_KIND.match(word)


@pytest.mark.parametrize("text", ["Weihnachtsmärkte in Kleinau", "Jahrmärkte im Landkreis"])
def test_german_plural_festivity_notice_kinds(text: str) -> None:
    assert listings._NOTICE_KIND.search(text)


@pytest.mark.parametrize(
    ("title", "labelled"),
    [
        ("Codice sconto: 20% su tutto il catalogo", True),
        ("Codici sconto: le offerte della settimana", True),
        ("Cupões de desconto: as promoções do mês", True),
        ("Estrazioni del Lotto: i numeri di sabato", True),
        ("Estrazione mineraria, nuovo piano in Sardegna", False),
        ("Estrazione di gas, il governo rinvia il decreto", False),
    ],
)
def test_singular_service_headline_labels(title: str, labelled: bool) -> None:
    assert bool(headlines._TITLE_START.match(title)) is labelled


@pytest.mark.parametrize(
    "text",
    ["Mettiti alla prova sulla geografia europea: ecco il quiz.",
     "Mettiti alla prova sul calcio mondiale con le nostre domande."],
)
def test_italian_quiz_promo_with_every_preposition(text: str) -> None:
    assert headlines._PROMO.search(text)
