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


def test_has_decomposed_answers_as_the_one_pattern() -> None:
    """The split look (raw marks by their lead bytes, references where one opens) answers as
    the single pattern it replaced."""
    import random

    from bot.content.feedtext import _DECOMPOSED_BYTES

    pieces = [b"a", b"&", b"&amp;", b"#", b"&#", b"&amp;#", b"x", b"X", b"0", b"3", b"36f", b"7",
              b"769", b"879", b"880", b";", b"\xcc", b"\x81", b"\xcd", b"\xaf", b"\xb0", b"\xc3",
              b"&#x301;", b"&amp;#769;", b"&#x0036F;", b"&#x370;", b" ", b"e\xcc\x81"]
    rng = random.Random(7)
    for _ in range(20000):
        body = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert has_decomposed(body) == (_DECOMPOSED_BYTES.search(body) is not None), body
