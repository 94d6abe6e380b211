"""Shapes found on released held-out set 51 (world desks of big outlets, 2016–23), each fixed
with an invented fixture in tests/data/realistic_feeds (2780–2783). Invented text throughout."""

from __future__ import annotations

import pytest

from bot.content.articles.listings import _numbered_issue_contents
from bot.content.attribution.authors import clean_authors
from bot.content.clean import clean_paragraphs
from bot.content.service_items import service_label


# fixture 2780: a closing line that credits the genre to a desk with no name, plugs the print
# issue or gives the reporter's contact is junk, in any of the product's languages
@pytest.mark.parametrize(
    ("paragraphs", "kept"),
    [
        (["The offer convinces no one. Analysis by our Asia-Pacific editor."],
         ["The offer convinces no one."]),
        (["Sanctions have not stopped the tests. Analysis from our foreign affairs desk."],
         ["Sanctions have not stopped the tests."]),
        (["Die Waffenruhe hält vorerst. Eine Analyse unseres Nahost-Korrespondenten."],
         ["Die Waffenruhe hält vorerst."]),
        (["Il governo ha deciso. Analisi del nostro corrispondente da Bruxelles."],
         ["Il governo ha deciso."]),
        (["O governo decidiu. Análise do nosso correspondente em Bruxelas."],
         ["O governo decidiu."]),
        (["El gobierno decidió. Análisis de nuestra corresponsal en Bruselas."],
         ["El gobierno decidió."]),
        (["The planets may hold air.", "This story appears in the May issue of Orbit Weekly."],
         ["The planets may hold air."]),
        (["Le gouvernement a tranché. Cet article est paru dans le numéro de mars de notre revue."],
         ["Le gouvernement a tranché."]),
        (["Der Streit geht weiter.", "Dieser Artikel erschien in der Printausgabe vom Samstag."],
         ["Der Streit geht weiter."]),
        (["Tariffs could cost growers millions.", "Rosa Lindqvist: 206-555-0187, @rlindqvist"],
         ["Tariffs could cost growers millions."]),
        (["Growers are worried. Reach Tom Lee at 555-0101 or tlee@ledger.example."],
         ["Growers are worried."]),
        # a sentence that reports stays
        (["Analysis by the World Bank team shows growth slowed."],
         ["Analysis by the World Bank team shows growth slowed."]),
        (["Analysis by our correspondent suggests a deal is near, officials said."],
         ["Analysis by our correspondent suggests a deal is near, officials said."]),
    ],
)
def test_closing_credit_plug_and_contact_lines_are_junk(paragraphs: list[str],
                                                        kept: list[str]) -> None:
    assert clean_paragraphs(paragraphs) == kept


# fixture 2781: a wire byline with the agency's article run on; state honours before a name
@pytest.mark.parametrize(
    ("field", "authors"),
    [
        ("By Warren Tisdale The Associated Press", ("Warren Tisdale",)),
        ("By Ana Mera and Dae-jung Ryu The Associated Press", ("Ana Mera", "Dae-jung Ryu")),
        ("Gabrielle Thibodeau The Canadian Press", ("Gabrielle Thibodeau",)),
        ("Tom Lee Associated Press", ("Tom Lee",)),
        ("An Nguyen Associated Press", ("An Nguyen",)),
        ("Dato' Kamal Hisham Zainuddin", ("Kamal Hisham Zainuddin",)),
        ("Dato’ Sri Aminah Yusof", ("Aminah Yusof",)),
        ("Datin Paduka Noraini Yusof", ("Noraini Yusof",)),
        ("Tan Wei Ming", ("Tan Wei Ming",)),
        ("Sri Mulyani Indrawati", ("Sri Mulyani Indrawati",)),
    ],
)
def test_wire_article_and_state_honours_leave_the_name(field: str,
                                                       authors: tuple[str, ...]) -> None:
    assert clean_authors([field]) == authors


# fixture 2782: an exchange-rate page's label over a caption naming the table; a report stays
@pytest.mark.parametrize(
    ("title", "text", "service"),
    [
        ("Câmbio do dia: rand recupera face ao metical",
         "Tabela de câmbio oficial publicada esta manhã pelo banco central.", True),
        ("Exchange rates: rupee steady against the dollar",
         "Exchange rates set by the central bank this morning.", True),
        ("Wechselkurse: Euro fällt auf Jahrestief",
         "Der Euro fiel am Montag auf den tiefsten Stand seit einem Jahr.", False),
        ("Weather: storm kills two in Tyrol",
         "A storm killed two people in Tyrol on Sunday, the weather service said.", False),
    ],
)
def test_rates_page_label_over_its_caption(title: str, text: str, service: bool) -> None:
    assert service_label(title, text) is service


@pytest.mark.parametrize(
    ("title", "roundup"),
    [
        ("Limpopo Semanal #42: eleições, ciclone e o preço do caju", True),
        ("DevTide Weekly #212: Go 1.22, a Kafka fix and a Rust book", True),
        ("Bulletin Ausgabe 31: Wahlen, Zölle und Wetter", True),
        ("Lagebild #112: Nato-Gipfel in Vilnius – die Ukraine wartet weiter", False),
        ("Brújula Sur #41: Mercosur y la UE, lo que cambia con el acuerdo", False),
        ("Apollo 11: fifty years on, the crew and the rocket", False),
    ],
)
def test_numbered_issue_over_a_list_of_contents(title: str, roundup: bool) -> None:
    assert _numbered_issue_contents(title) is roundup


# fixture 2783: an Urdu dateline whose place is parted from the date by the full stop or a dash
@pytest.mark.parametrize(
    ("lead", "text"),
    [
        ("ویانا ۔ 7 دسمبر (ایجنسیاں) ", "ایران اور عالمی طاقتوں کے درمیان مذاکرات شروع ہو گئے۔"),
        ("کولمبو - 6 دسمبر (یو این آئی) ", "سری لنکا میں ایندھن کی قلت برقرار رہی۔"),
        ("ہانگ کانگ ۔ 5 اگست (ایجنسیاں) ", "مظاہرین کی ہڑتال کے باعث پروازیں منسوخ کر دی گئیں۔"),
    ],
)
def test_urdu_dateline_with_full_stop_or_dash_before_the_date(lead: str, text: str) -> None:
    assert clean_paragraphs([lead + text]) == [text]
