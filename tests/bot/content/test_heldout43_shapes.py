"""Held-out set 43's shapes as units (invented text; fixtures 2300-2304 carry them whole):
feeds behind middleware and publishing plugins. A newsletter platform's '<Brand> Archive Feed',
a writer's dash sign-off before an e-mail's footer, e-mail and affiliate boilerplate, PHP
notices printed before the XML declaration, German ranks with their retirement mark, a body
named after its city and kind, Urdu roles after a quote, a Ramadan timetable."""

from __future__ import annotations

import pytest

from bot.content import discovery
from bot.content.articles import is_story
from bot.content.attribution.bylines import byline_from_text
from bot.content.attribution.feed_titles import feed_outlet_name
from bot.content.clean import clean_html
from bot.content.quotes import extract_quotes
from bot.core.types import Article


@pytest.mark.parametrize(
    ("title", "hints", "name"),
    [
        ("The Red River Courier Archive Feed", ("redrivercourier",), "The Red River Courier"),
        ("Prairie Notes Archive Feed", ("us5",), "Prairie Notes"),
    ],
)
def test_newsletter_archive_feed_words_are_no_part_of_the_name(
    title: str, hints: tuple[str, ...], name: str
) -> None:
    assert feed_outlet_name(title, hints) == name


_FOOTER = (
    "<p><em>Copyright &copy; 2026 The Courier, All rights reserved.</em><br>You are receiving "
    "this email because you opted in at courier.example.<br>Our mailing address is:<br>The "
    "Courier<br>45 Main St<br>Winnipeg<br>Canada<br>You can <a href='*|UNSUB|*'>unsubscribe"
    "</a>.</p>"
)


@pytest.mark.parametrize(
    ("html", "names"),
    [
        ("<p>Talks stalled in Tromsø on Wednesday.</p><p>Nobody set a date.</p>"
         "<p>&mdash; Tomasz Wierzba, international correspondent<br>Hit reply to write to me."
         "</p>" + _FOOTER, ("Tomasz Wierzba",)),
        ("<p>Ships left Odesa again.</p><p>– Ana Lindqvist, foreign editor</p>",
         ("Ana Lindqvist",)),
        # a dash crediting a quotation, a pull quote, a place or no job: no byline
        ("<p>Ships left Odesa again.</p><p>“The sea does not wait.”</p>"
         "<p>— Ana Lindqvist, marine analyst</p>", ()),
        ("<p>Ships left Odesa again.</p><blockquote><p>The sea does not wait.</p>"
         "<p>— Ana Lindqvist, marine analyst</p></blockquote><p>More later.</p>", ()),
        ("<p>Ships left Odesa again.</p><p>— Winnipeg, international correspondent</p>", ()),
        ("<p>Ships left Odesa again.</p><p>— Ana Lindqvist, Stockholm</p>", ()),
    ],
)
def test_dash_signoff_names_the_writer(html: str, names: tuple[str, ...]) -> None:
    assert byline_from_text(html) == names


@pytest.mark.parametrize(
    ("html", "kept", "dropped"),
    [
        ("<p><em>Signal &amp; Statute may earn a commission from links on this page.</em></p>"
         "<p>The e-reader is waterproof to two metres.</p>", "waterproof", "commission"),
        ("<p>The phone has a brighter screen. The Ledger may earn an affiliate commission "
         "when you buy through links on our site.</p>", "brighter screen", "commission"),
        ("<p>Ships left Odesa again on Tuesday.</p><p>You are receiving this email because "
         "you signed up for World Brief at ledger.example.</p>", "Odesa", "receiving this"),
        # news about a commission stays
        ("<p>The agent will receive a commission of 5 percent on the sale of the club.</p>",
         "commission of 5 percent", "@@"),
    ],
)
def test_email_and_affiliate_boilerplate_is_dropped(html: str, kept: str,
                                                    dropped: str) -> None:
    text = " ".join(clean_html(html))
    assert kept in text
    assert dropped not in text


_NOTICES = (
    b"<br />\n<b>Deprecated</b>:  Function create_function() is deprecated in "
    b"<b>/srv/www/wp-content/plugins/share/share.php</b> on line <b>41</b><br />\n"
    b"<br />\n<b>Warning</b>:  Cannot modify header information - headers already sent by "
    b"(output started at /srv/www/wp-content/plugins/share/share.php:41) in "
    b"<b>/srv/www/wp-includes/feed-rss2.php</b> on line <b>8</b><br />\n"
)
_FEED = b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel></channel></rss>'


def test_php_notices_before_the_declaration_are_skipped() -> None:
    assert discovery.strip_server_notices(_NOTICES + _FEED) == _FEED
    assert discovery.sniff(_NOTICES + _FEED) == "feed"
    plain = b"PHP Warning:  Undefined index: id in /var/www/feed.php on line 12\n" + _FEED
    assert discovery.strip_server_notices(plain) == _FEED


@pytest.mark.parametrize(
    "body",
    [
        _NOTICES + b"<!doctype html><html><body>Error</body></html>",  # a page, not a feed
        b"<html><body><b>Warning</b>: maintenance</body></html>",
        _FEED,
    ],
)
def test_other_bodies_are_left_as_they_are(body: bytes) -> None:
    assert discovery.strip_server_notices(body) == body


@pytest.mark.parametrize(
    ("text", "speaker", "affiliation"),
    [
        ("Die Nato übt. „Moskau testet die Nordflanke“, sagte Fregattenkapitän a.D. Hauke "
         "Bruns vom Institut für Maritime Strategie.", "Hauke Bruns",
         "Institut für Maritime Strategie"),
        ("Die Kabel sind beschädigt. „Das ist kein Zufall mehr“, sagte Kapitän zur See a. D. "
         "Swantje Ohlsen vom Zentrum für Ostseesicherheit.", "Swantje Ohlsen",
         "Zentrum für Ostseesicherheit"),
        ("Die Lage ist ruhig. „Wir beobachten weiter“, sagte Oberst i.G. Jan Lenz vom "
         "Landeskommando.", "Jan Lenz", "Landeskommando"),
        # a relative clause after the name ends on its verb: no part of the body
        ("Die Wende stockt. „Wir haben das Geld, aber nicht die Verfahren“, sagt Oberst a. D. "
         "Jan Lenz, der bis 2021 im Planungsamt der Bundeswehr tätig war.", "Jan Lenz",
         "Planungsamt der Bundeswehr"),
        ("Two data links were damaged. “Most of these incidents are accidents,” said Ingrid "
         "Solberg, a cable-security analyst at the Bergen consultancy Fjordlys.",
         "Ingrid Solberg", "Fjordlys"),
        ("Talks resumed. “We need water now,” said Amina Otieno, a manager at the Nairobi "
         "charity Maji Safi, on Monday.", "Amina Otieno", "Maji Safi"),
        # a body named with "of" after the city keeps its whole name
        ("Talks resumed. “We need water now,” said Amina Otieno, an engineer at the Nairobi "
         "office of Water Aid.", "Amina Otieno", "Nairobi office of Water Aid"),
        ("عمان نے فیس بڑھا دی۔ “اب قرض لینا پڑے گا”، کریم نگر کے سماجی کارکن شیخ معین الدین "
         "نے کہا۔", "معین الدین", "کریم نگر کے سماجی کارکن"),
        ("کھیپیں رک گئی ہیں۔ “خریدار ادائیگی روک رہے ہیں”، ٹیکسٹائل برآمد کنندہ سلیم احمد "
         "نے بتایا۔", "سلیم احمد", "ٹیکسٹائل برآمد کنندہ"),
    ],
)
def test_speaker_after_ranks_kinds_and_roles(text: str, speaker: str, affiliation: str) -> None:
    (quote,) = extract_quotes([text])
    assert (quote.speaker, quote.affiliation) == (speaker, affiliation)


def _item(title: str, text: str) -> Article:
    link = "https://urdu.example/item-1/"
    return Article(key=link, story_key=link, title=title, link=link, summary=text, text=text,
                   outlet="روزنامہ دکن پیغام")


@pytest.mark.parametrize(
    ("title", "text", "story"),
    [
        ("رمضان 2027: حیدرآباد میں سحری و افطار کے اوقات",
         "پہلے روزے کی سحری 5 بج کر 18 منٹ اور افطار 6 بج کر 25 منٹ پر ہو گی۔", False),
        ("Ramadan 2027: Sehri and iftar timings for Lahore",
         "The first sehri ends at 5:12 am and iftar is at 5:58 pm.", False),
        ("سعودی عرب میں رمضان کا چاند نظر آ گیا، پہلا روزہ کل ہوگا",
         "سعودی عرب کی سپریم کورٹ نے اعلان کیا ہے کہ رمضان کا چاند نظر آ گیا ہے۔", True),
    ],
)
def test_ramadan_timetable_under_a_label_is_a_service_page(title: str, text: str,
                                                           story: bool) -> None:
    assert is_story(_item(title, text)) is story


@pytest.mark.parametrize(
    ("text", "outlet", "speaker", "affiliation"),
    [
        ("A crise continua. “Os meus pais passam as noites ao frio”, contou ao Gazeta do Lima "
         "Ana Rusu, presidente da Associação de Moldavos do Alto Minho.", "Gazeta do Lima",
         "Ana Rusu", "Associação de Moldavos do Alto Minho"),
        ("Il vertice è saltato. «Non ci sono le condizioni», ha detto al Piccolo di Gorizia "
         "Marco Zanetti, portavoce della Regione Friuli Venezia Giulia.", "Piccolo di Gorizia",
         "Marco Zanetti", "Regione Friuli Venezia Giulia"),
    ],
)
def test_the_outlet_the_speaker_told_is_no_part_of_the_name(
    text: str, outlet: str, speaker: str, affiliation: str
) -> None:
    (quote,) = extract_quotes([text], outlet=outlet)
    assert (quote.speaker, quote.affiliation) == (speaker, affiliation)
