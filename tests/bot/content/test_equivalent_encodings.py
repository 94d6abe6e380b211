"""The same item written in equivalent encodings gives the same digest (bench/feed_variants.py,
the metamorphic check): paragraphs as <div> blocks instead of <p>, a CDATA section escaped
into the HTML, a module's namespace under another prefix. Fixtures 2760–2769."""

from __future__ import annotations

import html

import pytest

from bot.content.articles import process_feed
from bot.content.clean import emphasis_keys, html_to_paragraphs
from bot.core.types import Article

_RSS = (
    '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"{ns}><channel>'
    "<title>Harbourlight Review</title><link>https://harbourlight.example/</link>"
    "<item><title>{title}</title><link>https://harbourlight.example/1</link>"
    "<pubDate>Fri, 04 Dec 2026 14:10:00 +0000</pubDate>{body}</item></channel></rss>"
)


def _build(body: str, title: str = "Chile and Peru reopen talks on a fishing quota",
           ns: str = "") -> Article:
    doc = _RSS.format(title=title, body=body, ns=ns).encode()
    _, (article,) = process_feed(doc, url="https://feeds.example/harbourlight.xml")
    return article


def _described(blocks: list[str], tag: str) -> str:
    inner = "".join(f"<{tag}>{b}</{tag}>" for b in blocks)
    return f"<description>{html.escape(inner, quote=False)}</description>"


_STORY = [
    "Fisheries officials from Chile and Peru met in Arica on Thursday to restart negotiations "
    "on a joint quota for anchovy stocks that migrate across their maritime border.",
    "The last agreement lapsed in 2024, and fleets from both countries have since fished the "
    "shared stock without a common limit.",
]


@pytest.mark.parametrize("signoff", ["<em>Posted by Valentina Osorio</em>",
                                     "<i>Valentina Osorio, fisheries correspondent</i>"])
def test_an_italic_signoff_in_a_div_is_the_byline(signoff: str) -> None:
    """Fixture 2761: "<div><em>Posted by Name</em></div>" signs the item as a <p> would."""
    for tag in ("p", "div"):
        article = _build(_described([*_STORY, signoff], tag))
        assert article.authors == ("Valentina Osorio",), tag
        assert "Osorio" not in article.summary


def test_a_bold_div_is_an_interview_question() -> None:
    """Fixture 2762: an interview's questions set apart as <div><strong>…</strong></div>."""
    question = "What has changed since the agreement was signed?"
    for tag in ("p", "div"):
        page = (f"<{tag}>Intro text by <b>A Writer</b>.</{tag}>"
                f"<{tag}><strong>{question}</strong></{tag}><{tag}>The answer.</{tag}>")
        assert emphasis_keys(page) == {"whathaschangedsincetheagreementwassigned"}, tag
    # a <div> wrapping blocks is no paragraph: its own blocks are read
    wrapped = f"<div><p><strong>{question}</strong></p><p>The answer, in plain words.</p></div>"
    assert emphasis_keys(wrapped) == {"whathaschangedsincetheagreementwassigned"}


def test_an_escaped_cdata_section_is_read_as_its_html() -> None:
    """Fixture 2763: "&lt;![CDATA[&lt;div&gt;…&lt;/div&gt;]]&gt;" in a description."""
    for tag in ("p", "div"):
        got = html_to_paragraphs(f"<![CDATA[<{tag}>Die Brücke ist offen. Der Bau dauerte drei "
                                 f"Jahre.</{tag}>]]>")
        assert got == ["Die Brücke ist offen. Der Bau dauerte drei Jahre."], tag


def test_the_content_module_under_another_prefix_is_the_body() -> None:
    """Fixture 2760: <c:encoded> with the content module's URI is the item's body."""
    body = "<c:encoded><![CDATA[<p>" + " ".join(_STORY) + "</p>]]></c:encoded>"
    article = _build(body, ns=' xmlns:c="http://purl.org/rss/1.0/modules/content/"')
    assert "restart negotiations on a joint quota" in article.summary


def test_combining_marks_as_references_are_composed() -> None:
    """Fixture 2764: "Fonse&#770;ca" (NFD text, each mark a character reference) reads as
    "Fonsêca", as raw combining marks do."""
    title = "Joa&#771;o Fonse&#770;ca visita a Guine&#769;-Bissau"
    for written in (title, html.unescape(title)):
        article = _build(f"<description>{html.escape(written)} hoje.</description>",
                         title=written)
        assert article.title == "João Fonsêca visita a Guiné-Bissau", written


def test_presentation_forms_as_references_are_letters() -> None:
    """Arabic presentation forms written as character references (XML's, or HTML's inside an
    escaped description) are the letters, as the raw forms are."""
    from bot.content import feedtext

    forms = "\ufe8e\ufef3\ufeae\ufe8d"  # ایرا in contextual forms ("&#65166;…")
    refs = "".join(f"&#{ord(c)};" for c in forms)
    assert feedtext.has_presentation_forms(f"<title>{refs}</title>".encode())
    assert feedtext.has_presentation_forms(f"<d>&amp;{refs[1:]}</d>".encode())
    assert feedtext.presentation_forms(refs) == feedtext.presentation_forms(forms)


def test_a_category_term_with_references_reads_as_its_characters() -> None:
    """An Atom category term written with character references: the fast path (feedparser-rs
    keeps them as written) reads it as feedparser does."""
    from bot.content import fastparse

    assert fastparse.attribute("&#1576;&#1740;&#1606; &amp; B") == "بین & B"
    assert fastparse.attribute("plain") == "plain"


@pytest.mark.parametrize("pair", ["&#55357;&#56628;", "&amp;#55357;&amp;#56628;",
                                  "&amp;#xD83D;&amp;#xDD34;"])
def test_a_surrogate_pair_of_references_is_one_character(pair: str) -> None:
    """Fixture 2765: an emoji as a UTF-16 pair of references, escaped once or twice."""
    article = _build("<description>The council voted on Monday.</description>",
                     title=f"{pair} Security Council extends the Libya mission")
    assert article.title == "🔴 Security Council extends the Libya mission"


@pytest.mark.parametrize("fast", [True, False])
@pytest.mark.parametrize("category", ["<![CDATA[Europe &amp; Eurasia]]>",
                                      "Europe &amp;amp; Eurasia"])
def test_an_escaped_category_name_reads_as_text(category: str, fast: bool,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """WordPress writes a category's name HTML-escaped, in CDATA or escaped once more: the
    name a why-line quotes is "Europe & Eurasia", on either parse path."""
    from bot.content import parse

    monkeypatch.setattr(parse, "FAST", fast)
    body = _RSS.format(ns="", title="Talks resume", body=f"<category>{category}</category>"
                       "<description>The talks resumed on Monday.</description>").encode()
    (entry,) = parse.parse_feed(body, url="https://feeds.example/h.xml").entries
    assert entry.categories == ("Europe & Eurasia",)
