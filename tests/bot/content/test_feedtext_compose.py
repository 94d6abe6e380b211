"""A feed whose strings are Unicode NFD (base letter + combining mark, as a slug script stores
them) is read with its letters composed: desk credits, names and word lists match again.
Invented text; fixture 2341 in tests/data/realistic_feeds."""

from __future__ import annotations

import unicodedata

from bot.content.articles import process_feed
from bot.content.feedtext import compose, has_decomposed


def test_compose_only_letter_runs() -> None:
    text = unicodedata.normalize("NFD", "João Fonsêca, Redação")
    assert compose(text) == "João Fonsêca, Redação"
    assert compose("plain ascii") == "plain ascii"
    assert has_decomposed(text.encode()) and not has_decomposed("João".encode())


def test_nfd_feed_reads_as_composed() -> None:
    rss = unicodedata.normalize("NFD", (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Folha do Sul</title>'
        "<link>https://folhadosul.example/</link><language>pt</language><item>"
        "<title>Guiné-Bissau: Presidente dissolve parlamento</title>"
        "<link>https://folhadosul.example/a</link><dc:creator>Redação</dc:creator>"
        "<pubDate>Mon, 07 Dec 2026 10:00:00 +0000</pubDate><description>&lt;p&gt;O Presidente "
        "dissolveu o parlamento e marcou eleições antecipadas para dezembro.&lt;/p&gt;&lt;p&gt;"
        "“A CEDEAO vai ter de acompanhar de perto este processo”, disse o jurista João "
        "Baptista Fonsêca.&lt;/p&gt;</description></item></channel></rss>"
    )).encode()
    _, (article,) = process_feed(rss, url="https://folhadosul.example/feed")
    assert article.title == "Guiné-Bissau: Presidente dissolve parlamento"
    assert article.authors == ()
    assert [q.speaker for q in article.quotes] == ["João Baptista Fonsêca"]
