"""Held-out set 42's shapes as units (invented text; fixtures 2290-2293 carry them whole):
world desks' genre pieces — op-eds and letters whose writer is named only at the end (a bio
note, a signature, a sign-off) under a generic creator, letter salutations, a single letter
against a letters page, a camel-case brand against a glued kicker."""

from __future__ import annotations

import pytest

from bot.content import kickers
from bot.content.articles import is_story
from bot.content.attribution.authors import clean_authors
from bot.content.attribution.bylines import byline_from_text
from bot.content.clean import clean_html
from bot.core.types import Article


@pytest.mark.parametrize(
    ("html", "people"),
    [
        # an italic bio note opening with the writer's name (a title before it is no name)
        ("<p>The pact has no teeth.</p><p><em>Dr Hemi Tautahi teaches law in Wellington. "
         "The views expressed are his own.</em></p>", ("Hemi Tautahi",)),
        ("<p>Text.</p><hr><p><em>Dr. Ama Okello-Byrne is a former envoy to the AU.</em></p>",
         ("Ama Okello-Byrne",)),
        ("<p>Tariffs hurt.</p><p><em>Dale Moreno-Ives farms barley near Salem.</em></p>",
         ("Dale Moreno-Ives",)),
        ("<p>Neutralität ist kein Schweigen.</p><p><em>Dr. Lisa Pfandl-Osei war Botschafterin "
         "in Prag. Der Kommentar gibt ihre Meinung wieder.</em></p>", ("Lisa Pfandl-Osei",)),
        ("<p>A diáspora conta.</p><p><em>Rui Mesquita Alvarenga é economista.</em></p>",
         ("Rui Mesquita Alvarenga",)),
        # two writers' notes in one
        ("<p>Ice.</p><p><em>Oskar Lindqvist is a fellow at a maritime institute. Amara Oduya "
         "is a professor at a university.</em></p>", ("Oskar Lindqvist", "Amara Oduya")),
        # a signature: the name then the job, the name then the reader's town
        ("<p>A ponte atravessa-se a pé.</p><p>Helena Barbosa Queirós - Professora de "
         "geografia em Amarante</p>", ("Helena Barbosa Queirós",)),
        ("<p>L'Europa deve parlare.</p><p><strong>Marisa Tonoli-Abate, Desenzano</strong></p>",
         ("Marisa Tonoli-Abate",)),
        ("<div>Sir, your report missed it.<br /><br /><b>Ruta Sefo-Kingi</b><br />Otara</div>",
         ("Ruta Sefo-Kingi",)),
        # an italic sign-off, also before a repost footer with links
        ("<div>The loan was signed.<br /><br /><i>- Leilani Marsters-Vaine</i></div>",
         ("Leilani Marsters-Vaine",)),
        ("<p>La guerra è vicina.</p><p><em>Ottavio Benacchio-Serra</em></p><p>L'articolo "
         "<a href='https://x.example/a/'>La guerra</a> proviene da <a href='https://x.example'>"
         "X</a>.</p>", ("Ottavio Benacchio-Serra",)),
    ],
)
def test_writer_named_only_at_the_end_is_the_author(html: str, people: tuple[str, ...]) -> None:
    assert clean_authors(byline_from_text(html)) == people


@pytest.mark.parametrize(
    "html",
    [
        "<p>Text of the report.</p><p><em>Photo: Reuters</em></p>",
        "<p>Text of the report.</p><p><b>Follow Us</b></p>",
        "<p>Notícia.</p><p>Lisboa - RTM</p>",
        "<p>Fiji recalled its envoy.</p><p><em>- The Harbour Ledger</em></p>",
        # a bio of someone the text quotes, in the body, is no signature
        "<p>Jane Roe is a professor at Otago.</p><p>She said the pact was weak.</p>",
    ],
)
def test_closing_blocks_that_are_no_signature(html: str) -> None:
    assert byline_from_text(html) == ()


@pytest.mark.parametrize(
    "field", ["Il Direttore", "Núcleo de Checagem", "مہمان کالم نگار", "Guest Columnist",
              # a reader's letter credited to the role (set 17's WordPress "Reader" account)
              "Reader", "Leserin", "Lettore", "Leitor"]
)
def test_generic_creators_are_no_person(field: str) -> None:
    assert clean_authors([field]) == ()


@pytest.mark.parametrize(
    ("html", "first"),
    [
        ("<p>Caro direttore, tra pochi giorni si vota.</p>", "Tra pochi giorni si vota."),
        ("<p>Gentile direttore, i soldati sono in Kosovo.</p>", "I soldati sono in Kosovo."),
        ("<p>Sir, your editorial missed the point.</p>", "Your editorial missed the point."),
        ("<p>Sir Keir Starmer said it.</p>", "Sir Keir Starmer said it."),
    ],
)
def test_letter_salutation_leaves_the_text(html: str, first: str) -> None:
    assert clean_html(html)[0] == first


def _item(title: str) -> Article:
    link = "https://x.example/opinion/letters/a1/"
    return Article(key=link, story_key=link, title=title, link=link,
                   summary="Friends turn up with tools, not words.",
                   text="Friends turn up with tools, not words.", outlet="Kestrel Post")


def test_a_single_letter_is_a_story_a_letters_page_is_not() -> None:
    assert is_story(_item("LETTER: Samoa deserves more than a tweet"))
    assert is_story(_item("Letter to the editor: Samoa deserves more"))
    assert not is_story(_item("Letters: Parking fees, the library and a missing cat"))


@pytest.mark.parametrize(
    ("title", "link", "want"),
    [
        ("BayLink ferry fares rise", "https://x.example/news/bay-link-ferry-fares-rise/",
         "BayLink ferry fares rise"),
        ("NahostIsraelische Armee rückt vor", "https://x.example/a/nahost-israelische-armee-rueckt/",
         "Israelische Armee rückt vor"),
        ("USASenat billigt Hilfe", "https://x.example/a/usa-senat-billigt-hilfe/",
         "Senat billigt Hilfe"),
    ],
)
def test_camel_case_brand_keeps_its_first_syllable(title: str, link: str, want: str) -> None:
    assert kickers.unglue_kicker(title, link) == want


@pytest.mark.parametrize(
    ("html", "outlet", "people"),
    [
        ("<p><em>Der Attaché über das Rote Meer. Mit ihm sprach Sabine Wörner.</em></p>"
         "<p>Frage: Reicht das?</p><p>Antwort: Nein.</p>", "", ("Sabine Wörner",)),
        ("<p>As jobs go, the Courier's Revathi Natarajan spoke to Dr. Joseph Kurian.</p>"
         "<p>Why?</p>", "The Coromandel Courier", ("Revathi Natarajan",)),
        # someone who spoke to reporters is no interviewer, nor another outlet's reporter
        ("<p>President Ana Ruiz spoke to reporters on Monday.</p><p>More.</p>", "The Courier",
         ()),
        ("<p>The Post's Jane Doe spoke to the minister.</p><p>More.</p>", "The Courier", ()),
    ],
)
def test_the_interviewer_named_in_the_intro_is_the_author(
    html: str, outlet: str, people: tuple[str, ...]
) -> None:
    assert clean_authors(byline_from_text(html, outlet)) == people


def test_a_custom_byline_element_is_the_author_field() -> None:
    from bot.content.parse import parse_feed

    body = (b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title>'
            b"<link>https://x.example/</link><description>d</description><item><title>Talks"
            b"</title><link>https://x.example/a/1.html</link><pubDate>Mon, 12 Sep 2016 18:20:00"
            b" +0530</pubDate><byline>Meenakshi Sundaram, Diplomatic Editor</byline>"
            b"<description>Text.</description></item></channel></rss>")
    feed = parse_feed(body, url="https://x.example/rss.xml")
    assert clean_authors(feed.entries[0].authors) == ("Meenakshi Sundaram",)


@pytest.mark.parametrize(
    ("paragraph", "speaker", "affiliation"),
    [
        ("«Trazia sempre notícias do mundo», recorda o presidente da junta, Albino Sousa "
         "Barreiros.", "Albino Sousa Barreiros", "presidente da junta"),
        ("«Ainda nos perguntam quando voltamos», conta Fernanda Rocha Amorim, emigrante em "
         "Genebra.", "Fernanda Rocha Amorim", None),
    ],
)
def test_portuguese_present_tense_speech_verbs(
    paragraph: str, speaker: str, affiliation: str | None
) -> None:
    from bot.content.quotes import extract_quotes

    got = extract_quotes([paragraph], headline="X", outlet="Y")
    assert [(q.speaker, q.affiliation) for q in got] == [(speaker, affiliation)]
