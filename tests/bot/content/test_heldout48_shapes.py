"""Shapes found on released held-out set 48 (world desks, mixed years, odd encodings), each
fixed with an invented fixture in tests/data/realistic_feeds (2450–2459). Invented text
throughout."""

from __future__ import annotations

import pytest

from bot.content.articles import is_story
from bot.content.attribution.authors import clean_authors
from bot.content.attribution.bylines import byline_from_text, closing_signature
from bot.content.clean import clean_paragraphs
from bot.content.encoding import decode_feed, repair_double_encoded_references
from bot.content.service_items import bulletin, reader_poll, ticket_notice
from bot.core.types import Article


# fixture 2450: PHP htmlentities() with the ISO-8859-1 default over UTF-8 text writes the
# UTF-8 bytes of each letter as references; runs that spell UTF-8 are repaired
@pytest.mark.parametrize(
    ("written", "repaired"),
    [
        ("Li&Atilde;&uml;ge", "Li&#232;ge"),  # named, one escaping level
        ("Actualit&amp;Atilde;&amp;copy;s", "Actualit&amp;#233;s"),  # escaped once more
        ("&Acirc;&laquo; Oui &Acirc;&raquo;", "&#171; Oui &#187;"),
        ("&Atilde;&#137;lodie", "&#201;lodie"),  # a C1 byte as a numeric reference
        ("S&#195;&#163;o Paulo", "S&#227;o Paulo"),  # decimal references
        ("&Icirc;&#x91;&Icirc;&#xB8;&Icirc;&reg;&Icirc;&frac12;&Icirc;&plusmn;",
         "&#913;&#952;&#942;&#957;&#945;"),  # Greek: 'Αθήνα'
        ("d&acirc;&euro;&trade;Ivoire", "d&#8217;Ivoire"),  # windows-1252 entities
        # real references that spell no UTF-8 stay as written
        ("Ren&eacute;e &copy; 2013 &amp; &lt;b&gt;", "Ren&eacute;e &copy; 2013 &amp; &lt;b&gt;"),
        ("&Atilde;&Atilde; &eacute;&copy;", "&Atilde;&Atilde; &eacute;&copy;"),
    ],
)
def test_utf8_bytes_written_as_latin1_references_are_repaired(written: str, repaired: str) -> None:
    assert repair_double_encoded_references(written) == repaired


def test_a_pure_ascii_feed_of_such_references_decodes_repaired() -> None:
    body = b'<?xml version="1.0" encoding="utf-8"?><rss><title>Jo&Atilde;&laquo;l</title></rss>'
    text, used = decode_feed(body, url="https://feeds.example/x")
    assert "Jo&#235;l" in text and used.endswith("+repaired")


# fixture 2451: a byline prefix that is also a surname particle, capitalised at the start of an
# author field before a whole name, is the prefix; a name with the particle keeps it
@pytest.mark.parametrize(
    ("field", "authors"),
    [
        ("Di Vito Caramia, inviato a Medyka", ("Vito Caramia",)),
        ("Di Cosimo Lippolis e Ansa", ("Cosimo Lippolis",)),
        ("Door Pieter Vanhaverbeke, correspondent in Boekarest", ("Pieter Vanhaverbeke",)),
        ("Av Kari Nordmann", ("Kari Nordmann",)),
        ("Marco Di Stefano", ("Marco Di Stefano",)),
        ("Di Maio", ("Di Maio",)),
        ("Marieke De Smet", ("Marieke De Smet",)),
    ],
)
def test_capitalised_particle_prefix_before_a_whole_name(field: str, authors: tuple[str, ...]
                                                          ) -> None:
    assert clean_authors([field], outlet="Gazzetta") == authors


# fixture 2452: a byline set off from the text by a bar at the start of a plain-text summary:
# its names are the authors (a place after "in" is not), and it leaves the text
@pytest.mark.parametrize(
    ("text", "authors", "lead"),
    [
        ("By Imogen Fairweather and Kofi St. Louis | The port reopened on Monday after the "
         "storm.", ("Imogen Fairweather", "Kofi St. Louis"), "The port reopened"),
        ("Por Ignacio Vera en Santiago | El gobierno boliviano solicitó una misión.",
         ("Ignacio Vera",), "El gobierno boliviano"),
        ("Von Jana Kowalczyk | Die Regierung in Warschau hat am Montag entschieden.",
         ("Jana Kowalczyk",), "Die Regierung"),
    ],
)
def test_bar_byline_lead_names_the_authors_and_leaves_the_text(
    text: str, authors: tuple[str, ...], lead: str
) -> None:
    assert clean_authors(list(byline_from_text(f"<p>{text}</p>"))) == authors
    (para,) = clean_paragraphs([text])
    assert para.startswith(lead)


def test_a_stopped_byline_does_not_end_at_a_name_abbreviation() -> None:
    text = "<p>By Kwame St. Bernard. Grenada's cabinet met on Monday to discuss the budget.</p>"
    assert byline_from_text(text) == ("Kwame St. Bernard",)


# fixture 2453: "Name, St. Gallen": a comma part led by a saint's title is a place, not a person
@pytest.mark.parametrize(
    ("field", "authors"),
    [
        ("Mag. Sandra Bischof, St. Gallen", ("Sandra Bischof",)),
        ("Luciana Figueiredo, São José dos Campos", ("Luciana Figueiredo",)),
        ("Hans Moser, Sankt Johann im Pongau", ("Hans Moser",)),
        ("Megan Doyle and St. John Hughes", ("Megan Doyle", "St. John Hughes")),
        ("Kofi St. Louis", ("Kofi St. Louis",)),
    ],
)
def test_saint_place_after_a_name_is_no_author(field: str, authors: tuple[str, ...]) -> None:
    assert clean_authors([field]) == authors


# fixture 2454: a reader poll's label over a question and a figure-less call is no story; a
# poll's result under the same label is
@pytest.mark.parametrize(
    ("title", "text", "poll"),
    [
        ("Sondage : Le Canada doit-il rejoindre le bouclier antimissile américain?",
         "Les résultats de la semaine seront publiés samedi dans notre édition papier.", True),
        ("Umfrage: Soll Bregenz eine Seilbahn bauen?", "Stimmen Sie jetzt ab.", True),
        ("Enquete: O Brasil deve sediar a próxima cúpula do clima?", "Deixe o seu voto.", True),
        ("Sondage : les Canadiens divisés sur le bouclier antimissile",
         "Une enquête montre que 48 % des Canadiens appuient une participation.", False),
        ("Poll: Do voters trust the coalition?",
         "A survey of 1,200 voters found 40 percent do, the institute said.", False),
        ("Poll: Should the port be sold?", "The council debated for three hours on Monday "
         "night before the vote, and the mayor said a decision would come in spring after "
         "the auditors report on the port's accounts.", False),
    ],
)
def test_reader_poll_label_over_a_call_is_no_story(title: str, text: str, poll: bool) -> None:
    assert reader_poll(title, text) is poll


# fixture 2456: a text of only "label: figure" pairs on one line (a timetable) is a bulletin
@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("İmsak: 04:12 | İftar: 19:48 (Trabzon ve çevresi)", True),
        ("Imsak: 04.21 — Maghrib: 17.52", True),
        ("Minister: We will not resign — Opposition: he must go now and call new elections.",
         False),
        ("Berlin: Die Regierung hat am Montag beschlossen, die Steuern zu senken.", False),
    ],
)
def test_one_line_of_label_figure_pairs_is_a_bulletin(text: str, listed: bool) -> None:
    assert bulletin(text) is listed


# fixture 2455: the paper's reader trip ("Viaggi dei lettori: …", "Leserreise: …") is an offer
@pytest.mark.parametrize(
    ("title", "story"),
    [
        ("Viaggi dei lettori: cinque giorni a Cracovia e Auschwitz", False),
        ("Leserreise: Eine Woche Masuren im Mai", False),
        ("Readers' holidays: a week on the Dalmatian coast", False),
        ("Voyages des lecteurs : l'Islande en juin", False),
        ("Lettori in viaggio verso Cracovia bloccati dallo sciopero", True),
    ],
)
def test_reader_travel_offer_label_is_no_story(title: str, story: bool) -> None:
    article = Article(
        key="a", story_key="a", title=title, link="https://x.example/a", summary="",
        outlet="Il Corriere",
        text="Partenza il 12 marzo, volo diretto e albergo. Quota 890 euro a persona. Una "
             "corriera con quaranta lettori è rimasta ferma al confine per sei ore ieri.",
    )
    assert is_story(article) is story


# fixture 2457: the text's last block signed with a name alone after a dash (no job) in a
# script without capitals is the writer; a desk, an agency or a place is not
@pytest.mark.parametrize(
    ("last", "writer"),
    [
        ("— سالم عبد الله الكعبي", "سالم عبد الله الكعبي"),
        ("— شکیل احمد انصاری", "شکیل احمد انصاری"),
        ("— Ana Lindqvist", None),  # plain, in capitals: may credit an epigraph
        ("— وكالات", None),
        ("— مانیٹرنگ ڈیسک", None),
        ("— اسلام آباد", None),
        ("— Reuters", None),
    ],
)
def test_dash_signoff_with_the_name_alone_as_last_block(last: str, writer: str | None) -> None:
    html = f"<p>The talks ended without a deal.</p><p>They resume in May.</p><p>{last}</p>"
    assert closing_signature(html, ["a", "b", last]) == writer


def test_a_dash_name_after_a_quotation_credits_the_quote() -> None:
    html = "<p>The talks ended.</p><p>“We will fight on.”</p><p>— Ana Lindqvist</p>"
    assert closing_signature(html, ["a", "b", "— Ana Lindqvist"]) is None


# fixture 2458: a headline whose last part is only a ticket-sale phrase (and when) over a
# sentence or two is a notice; a sale that makes news says more and stays
@pytest.mark.parametrize(
    ("title", "text", "notice"),
    [
        ("Festival dei Due Laghi, biglietti in vendita da lunedì",
         "I biglietti saranno in vendita al botteghino e online a partire da lunedì.", True),
        ("Bregenzer Seebühne: Karten ab sofort im Vorverkauf",
         "Karten gibt es an der Kasse und online.", True),
        ("Festival de Jazz de Lisboa: bilhetes à venda a partir de sábado",
         "Os bilhetes estão à venda nas lojas habituais.", True),
        ("Glastonbury: tickets on sale sell out in 30 minutes", "Fans waited for hours.", False),
        ("Ue, multe a tre compagnie aeree per i biglietti",
         "La Commissione ha multato tre compagnie aeree.", False),
        ("Ohrid Summer Festival: tickets on sale from Monday", "The festival opens in July "
         "with a concert. The mayor said on Saturday that the city would cover half the "
         "cost of the new stage, and the culture ministry added funds for the restoration "
         "of the old theatre.", False),
    ],
)
def test_ticket_sale_notice_is_no_story(title: str, text: str, notice: bool) -> None:
    assert ticket_notice(title, text) is notice
