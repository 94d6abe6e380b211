"""Bylines and boilerplate as real outlets and CMSs write them (issue 17, authors and junk):
separators before an agency or the outlet ("Name • Reuters", "Name / The Outlet"), Urdu "اور",
a lower-case "dott."; "read more" in a story's own sentence (kept) against read-on links; reader
prompts opening or closing the text in en/de/it/pt/ur; WordPress caption shortcodes left
unrendered; photo credit lines; AGI's "(AGI) - Roma, 3 dic. -" lead. Invented text; fixtures
2620-2628 in tests/data/realistic_feeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.content import lint
from bot.content.articles import process_feed
from bot.content.attribution import clean_authors, lead_byline
from bot.content.clean import clean_html
from bot.deliver.preview import preview_items

DATA = Path(__file__).resolve().parents[2] / "data" / "realistic_feeds"


@pytest.mark.parametrize(("field", "outlet", "people"), [
    ("Tamsin Okafor • Reuters", "Meridian Courier", ("Tamsin Okafor",)),
    ("Marcel·lí Vidal · AFP", "Meridian Courier", ("Marcel·lí Vidal",)),
    ("Marcel·lí Vidal", "Meridian Courier", ("Marcel·lí Vidal",)),  # the name's own dot stays
    ("Rui Almeida / The Meridian Courier", "Meridian Courier", ("Rui Almeida",)),
    ("احمد رضا اور سلمان خالد", "روزنامہ ساحل", ("احمد رضا", "سلمان خالد")),
    ("اورنگزیب خان", "روزنامہ ساحل", ("اورنگزیب خان",)),  # a name opening with the same letters
    ("dott. Carlo Benvenuti", "Gazzetta del Porto", ("Carlo Benvenuti",)),
])
def test_author_field_separators_and_titles(
    field: str, outlet: str, people: tuple[str, ...]
) -> None:
    assert clean_authors((field,), outlet=outlet) == people


@pytest.mark.parametrize("sentence", [
    "Librarians said the money would help children read more books over the summer.",
    "Members will read the full text in committee on Friday, the speaker said.",
    "She urged them to continue reading the small print before they sign, he said.",
])
def test_read_on_words_inside_a_story_sentence_are_no_junk(sentence: str) -> None:
    assert lint.junk_match(sentence) is None


@pytest.mark.parametrize("summary", [
    "Ferry fares stay frozen. Read more: Island transport in numbers",
    "Ferry fares stay frozen until 2028 Read more",
    "Ferry fares stay frozen until 2028. Continue reading…",
])
def test_read_on_links_are_still_junk(summary: str) -> None:
    assert lint.junk_match(summary) is not None


_STORY = "<p>The transport board said on Wednesday that fares would stay frozen until 2028.</p>"


@pytest.mark.parametrize("prompt", [
    "Download our app for breaking news alerts.",
    "Read our full coverage of the storm here.",
    "Jetzt den Newsletter abonnieren!",
    "Per approfondire: <a href='https://x.example/a'>Il Pireo e i nuovi investitori</a>",
    "Ti potrebbe interessare anche",
    "Clique aqui para receber as notícias no WhatsApp",
    "ہمارا واٹس ایپ چینل جوائن کریں",
    "Join our WhatsApp channel for the latest news.",
    "Únete a nuestro canal de WhatsApp",
    "Featured image: Sacks of millet at a market. Photo: Sahel Dispatch",
    "Issa Compaoré/AFP via Getty Images",
    "Picture Alliance/dpa | Lukas Förster",
    "Foto di Ivan Petrov",
])
def test_reader_prompts_and_credit_lines_go_before_or_after_the_text(prompt: str) -> None:
    for html in (f"<p>{prompt}</p>{_STORY}", f"{_STORY}<p>{prompt}</p>"):
        assert clean_html(html) == [clean_html(_STORY)[0]], html


def test_wordpress_caption_shortcode_goes_with_its_caption() -> None:
    html = ('[caption id="attachment_8812" align="aligncenter" width="800"]<img src="x.jpg" '
            'alt="Trucks" /> Trucks queue at the crossing.[/caption]' + _STORY)
    assert clean_html(html) == clean_html(_STORY)
    # an excerpt cut before the closing tag: the opening tag alone is debris
    cut = '[caption id="attachment_8812" align="alignnone" width="300"] ' + _STORY
    assert clean_html(cut) == clean_html(_STORY)


def test_a_caps_read_on_block_is_no_lead_byline() -> None:
    html = "<p>LEIA MAIS</p><p>O governo de Cabo Verde anunciou nesta quarta-feira uma rota.</p>"
    assert lead_byline(html) is None
    assert lead_byline("<p>Renata Albuquerque</p>" + html.split("</p>", 1)[1]) is not None


def _items(number: str) -> dict[str, dict[str, object]]:
    (path,) = DATA.glob(f"{number}_*.xml")
    _, articles = process_feed(path.read_bytes(), url=f"https://feeds.example/{path.name}")
    return {str(i["link"]).rsplit("/", 1)[-1]: i for i in preview_items(articles)}


def test_promo_closing_a_short_teaser_leaves_a_story() -> None:
    items = _items("2623")
    assert items["ferry-fares-freeze"]["is_story"]
    assert "Download" not in str(items["ferry-fares-freeze"]["summary"])
    assert "read more books" in str(items["library-levy-vote"]["summary"])
    assert _items("2624")["nordsee-windpark-genehmigt"]["is_story"]


def test_agency_then_mixed_case_place_and_date_lead_goes() -> None:
    summary = str(_items("2622")["libia-elezioni-rinvio"]["summary"])
    assert summary.startswith("La commissione elettorale libica"), summary


def test_sidecars_of_this_set_name_the_fixtures() -> None:
    for number in ("2620", "2621", "2622", "2623", "2624", "2625", "2626", "2627", "2628"):
        (sidecar,) = DATA.glob(f"{number}_*.expect.json")
        assert json.loads(sidecar.read_text("utf-8"))["items"]


def test_an_item_that_is_only_its_promo_keeps_the_words() -> None:
    """Fixture 21's app page: the promo is all its text, which tells is_story it is no story."""
    promo = "Download our app for iOS and Android to get breaking news alerts."
    assert clean_html(f"<p>{promo}</p>") == [promo]

