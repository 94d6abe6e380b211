"""Held-out set 38's shapes as units (invented text; fixtures 2250-2256 carry them whole):
invisible format characters in feed text, Urdu quote owners of five words and more, 'رکن' as a
role, a mirrored quotation mark before a number, 'Hon.' before a speaker, 'sponsored by' as
the news's own verb, an infographic without text, affiliate disclosures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import feedtext
from bot.content.articles import is_story
from bot.content.clean import clean_html
from bot.content.parse import parse_feed, parse_feed_items
from bot.content.quotes import extract_quotes
from bot.core.types import Article

DATA = Path(__file__).resolve().parents[2] / "data" / "realistic_feeds"
RLM, LRM, BOM, ZWSP, ZWNJ, ZWJ = "\u200f", "\u200e", "\ufeff", "\u200b", "\u200c", "\u200d"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (f"{RLM}پشاور میں بارش{RLM}", "پشاور میں بارش"),
        (f"{BOM}{RLM}ڈاکٹر{LRM} {RLM}نادر خان", "ڈاکٹر نادر خان"),
        (f"کانفرنس {LRM}COP29{LRM} میں", "کانفرنس COP29 میں"),
        ("\u2067מחיר\u2069 \u202bשלום\u202c \u061cنص", "מחיר שלום نص"),
        (f"فائرنگ،{ZWSP} گزرگاہ", "فائرنگ، گزرگاہ"),  # a zero-width space beside a space
        (f"{ZWSP}Title{ZWSP}", "Title"),
        (f"ภาษา{ZWSP}ไทย", f"ภาษา{ZWSP}ไทย"),  # between letters: a Thai word break, it stays
        (f"می{ZWNJ}گوید", f"می{ZWNJ}گوید"),  # Persian's non-joiner shapes the word: it stays
        (f"👩{ZWJ}💻", f"👩{ZWJ}💻"),
        ("plain ASCII", "plain ASCII"),
    ],
)
def test_invisible_format_characters_leave_the_text(text: str, shown: str) -> None:
    assert feedtext.drop_format_marks(text) == shown


def test_format_marks_found_in_the_bytes_raw_or_as_references() -> None:
    assert feedtext.has_format_marks(f"<title>{RLM}x</title>".encode())
    assert feedtext.has_format_marks(b"<title>&#x200F;x</title>")
    assert feedtext.has_format_marks(b"<title>&#8207;x</title>")
    assert not feedtext.has_format_marks(b"\xef\xbb\xbf<rss><title>x</title></rss>")  # a BOM
    assert not feedtext.has_format_marks("<title>میں‌ x</title>".encode())


_FEED = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
    f"<title>{RLM}بین الاقوامی | روزنامہ کوہ پیما{RLM}</title>"
    "<link>https://kohpaima.example/</link><description>x</description>"
    "{items}</channel></rss>"
)
_ITEM = (
    "<item><title>{title}</title><link>https://kohpaima.example/{n}</link>"
    "<guid>https://kohpaima.example/{n}</guid>"
    f"<dc:creator>{BOM}{RLM}عارف شاہ{RLM}</dc:creator>"
    "<description>&lt;p&gt;&amp;rlm;متن{n}&amp;rlm;&lt;/p&gt;</description></item>"
)


def test_every_parse_path_drops_the_marks() -> None:
    one = _ITEM.format(title=f"{BOM}{RLM}خبر اول{RLM}", n=1)
    two = _ITEM.format(title=f"{RLM}خبر دوم{ZWSP} جاری", n=2)
    body = _FEED.format(items=one + two).encode()
    parsed = parse_feed(body, url="https://kohpaima.example/rss")
    assert parsed.title == "بین الاقوامی | روزنامہ کوہ پیما"
    assert [e.title for e in parsed.entries] == ["خبر اول", "خبر دوم جاری"]
    assert {a for e in parsed.entries for a in e.authors} == {"عارف شاہ"}
    # a poll that reads only the new item decides on the whole document alike
    _, digests = parse_feed_items(_FEED.format(items=one).encode(),
                                  url="https://kohpaima.example/rss")
    again, _ = parse_feed_items(body, url="https://kohpaima.example/rss",
                                known=frozenset(digests.listed))
    assert [e.title for e in again.entries] == ["خبر دوم جاری"]
    assert again.entries[0].authors == ("عارف شاہ",)


def test_mark_entities_of_item_html_leave_the_text() -> None:
    assert clean_html("<p>&rlm;متن خبر&lrm; اور&#8207; مزید۔&rlm;</p>") == ["متن خبر اور مزید۔"]


@pytest.mark.parametrize(
    ("paragraph", "speaker", "affiliation"),
    [
        # a body of six words before its genitive, the sentence's first (was cut at four)
        ("سینٹر فار ریجنل اسٹڈیز اینڈ پیس کے سربراہ ڈاکٹر عامر جلیل نے کہا کہ"
         " ”فیصلہ تاخیر سے آیا۔“",
         "عامر جلیل", "سینٹر فار ریجنل اسٹڈیز اینڈ پیس کے سربراہ"),
        # … never back past a dateline's bracketed credit
        ("حیدرآباد (نامہ نگار) عالمی ادارہ صحت کی ترجمان سلمیٰ قریشی نے کہا کہ"
         " ”ویکسین پہنچ گئی ہے۔“",
         "سلمیٰ قریشی", "عالمی ادارہ صحت کی ترجمان"),
        ("سکھر (نامہ نگار) سینٹر فار واٹر پالیسی اینڈ ریسرچ کے سربراہ نوید شاہ نے کہا کہ"
         " ”پانی کم ہے۔“",
         "نوید شاہ", "سینٹر فار واٹر پالیسی اینڈ ریسرچ کے سربراہ"),
        # 'رکن' (member) is a role; 'رکن قومی اسمبلی' with the house after it
        ("وفد کی رکن ڈاکٹر ثمرین گل نے کہا کہ ”ہمیں وعدے نہیں رقم چاہیے۔“",
         "ثمرین گل", "وفد کی رکن"),
        ("رکن قومی اسمبلی علی احمد نے کہا کہ ”بل منظور ہو گا۔“", "علی احمد", "رکن قومی اسمبلی"),
    ],
)
def test_urdu_speaker_and_the_body_owning_the_role(
    paragraph: str, speaker: str, affiliation: str
) -> None:
    (quote,) = extract_quotes([paragraph])
    assert (quote.speaker, quote.affiliation) == (speaker, affiliation)


def test_mirrored_quote_opening_with_a_number() -> None:
    (quote,) = extract_quotes(["ترجمان کمال الدین نے کہا کہ ”40 برس میں ایسی بارش نہیں ہوئی۔“"])
    assert quote.text.startswith("40 برس")
    assert quote.speaker == "کمال الدین"
    # a closing mark after a number ("12” بارش", inches) opens nothing
    assert extract_quotes(["شہر میں 12” بارش ریکارڈ کی گئی۔"]) == ()


@pytest.mark.parametrize(
    "attribution",
    ["said Hon. Achieng Nyamweya-Odera, who moved the motion.",
     "said Hon Achieng Nyamweya-Odera.",
     "said the Hon. Achieng Nyamweya-Odera, the MP for Kisumu West."],
)
def test_hon_is_a_courtesy_title_not_the_speaker(attribution: str) -> None:
    quotes = extract_quotes(["The assembly approved the motion on Tuesday.",
                             f"“A visitor should not queue twice,” {attribution}"])
    assert [q.speaker for q in quotes] == ["Achieng Nyamweya-Odera"]


def _article(title: str, text: str) -> Article:
    link = "https://sentinel.example/world/a1"
    return Article(key=link, story_key=link, title=title, link=link, summary=text, text=text,
                   outlet="The Sentinel")


@pytest.mark.parametrize(
    ("title", "text", "story"),
    [
        ("Sanctions bill sponsored by two senators clears committee",
         "The bill cleared the committee by 19 votes to 2 on Wednesday.", True),
        ("UN panel says attacks were state-backed",
         "The panel said the attacks were planned and sponsored by a neighbouring government.",
         True),
        ("Panel backs ceasefire plan", "The plan, sponsored by Egypt, passed on Monday.", True),
        ("State-sponsored by Tehran, experts say of the hacking campaign",
         "Researchers said the campaign was run from Iran.", True),
        ("Five ways to save on travel", "Sponsored by Harborline Bank. Simple steps save money.",
         False),
        ("Five ways to save on travel", "Simple steps save money (sponsored by Harborline Bank).",
         False),
        ("Five ways to save on travel",
         "This week's newsletter is sponsored by Harborline Bank. Simple steps save money.", False),
    ],
)
def test_sponsored_by_as_the_news_verb_is_no_sponsor_post(
    title: str, text: str, story: bool
) -> None:
    assert is_story(_article(title, text)) is story


@pytest.mark.parametrize(
    ("title", "text", "story"),
    [
        ("Infographic: How rice prices climbed across Asia", "", False),
        ("Infografik: So stiegen die Reispreise in Asien", "", False),
        ("Infographie : la hausse du prix du riz en Asie", "", False),
        ("Infographic: Red Sea detours add ten days to Asia-Europe voyages",
         "Container ships have added ten days to each voyage since carriers began avoiding the "
         "Red Sea, data from three shipping lines show.", True),
    ],
)
def test_an_infographic_without_text_is_no_story(title: str, text: str, story: bool) -> None:
    assert is_story(_article(title, text)) is story


@pytest.mark.parametrize(
    "disclosure",
    [
        "Byteline may earn a commission when you buy through links on this page.",
        "If you buy something through our links, we may earn an affiliate commission.",
        "This review contains affiliate links.",
        "Wenn Sie über diese Links einkaufen, erhalten wir eine kleine Provision.",
        "Si vous achetez via ces liens, nous pouvons percevoir une commission.",
        "Se acquisti tramite i link in questa pagina, potremmo ricevere una commissione.",
    ],
)
def test_affiliate_disclosure_leaves_the_summary(disclosure: str) -> None:
    lead = "The phone has a good camera and a long battery."
    assert clean_html(f"<p>{lead}</p><p><em>{disclosure}</em></p>") == [lead]


def test_a_commission_in_the_news_stays() -> None:
    text = "Estate agents earn a commission of up to 3 per cent on each sale, the regulator said."
    assert clean_html(f"<p>The rules change in May.</p><p>{text}</p>")[-1] == text


def test_fixture_2250_reads_without_marks() -> None:
    body = (DATA / "2250_ur_international_invisible_format_marks.xml").read_bytes()
    parsed = parse_feed(body, url="https://kohesuleman.example/feed/")
    texts = [parsed.title or ""] + [t for e in parsed.entries
                                    for t in (e.title, e.summary_html, *e.authors)]
    assert not any(c in t for t in texts for c in (RLM, LRM, BOM))
