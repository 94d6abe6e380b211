"""Feed text in a form readers never see (held-out set 37's shapes, fixtures 1982-1983): JSON
escapes an exporter wrote into RSS text, Arabic-script letters as presentation forms."""

from __future__ import annotations

import json
import unicodedata

import pytest

from bot.content import feedtext
from bot.content.feedtext import (
    has_presentation_forms,
    json_escaped,
    presentation_forms,
    unescape_json,
)
from bot.content.parse import parse_feed


def _rss(*items: str) -> bytes:
    body = "".join(f"<item>{i}</item>" for i in items)
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title>'
        f"<link>https://t.example/</link>{body}</channel></rss>"
    ).encode()


def test_json_escaped_feed_is_decoded_in_every_field() -> None:
    feed = _rss(
        "<title>Gaza\\u2019s crossing reopens</title><link>https://t.example/1</link>"
        "<description>&quot;First line.\\n\\nSecond \\&quot;quoted\\&quot; line.&quot;"
        "</description>",
        "<title>Quito vote</title><link>https://t.example/2</link>"
        "<description>&quot;Ecuador\\u2019s vote \\ud83d\\uddf3 was calm.&quot;</description>",
    )
    parsed = parse_feed(feed, url="https://t.example/feed")
    first, second = parsed.entries
    assert first.title == "Gaza’s crossing reopens"
    assert first.summary_html == 'First line.\n\nSecond "quoted" line.'
    assert second.summary_html == "Ecuador’s vote \U0001f5f3 was calm."


def test_one_backslash_sequence_in_normal_text_stays() -> None:
    # a developer blog quoting code: one item, no quoted literals elsewhere
    feed = _rss(
        "<title>Escapes in Python</title><link>https://t.example/1</link>"
        "<description>Write \\u2019 in a string to get an apostrophe.</description>",
        "<title>Other</title><link>https://t.example/2</link><description>Plain.</description>",
    )
    parsed = parse_feed(feed, url="https://t.example/feed")
    assert parsed.entries[0].summary_html == "Write \\u2019 in a string to get an apostrophe."
    assert not json_escaped([b"<title>a \\n b</title>", b"<title>c</title>"])


def test_unescape_json_literal_and_loose_text() -> None:
    assert unescape_json('"S\\u00e3o Paulo\\n"') == "São Paulo\n"
    assert unescape_json("Dr Hono\\u00e9 \\\"Nono\\\"") == 'Dr Honoé "Nono"'
    assert unescape_json("no escapes") == "no escapes"


def test_presentation_forms_read_as_letters_in_urdu_arabic_persian() -> None:
    for word in ("پاکستان", "العراق", "لا", "ایران"):
        shaped = "".join(
            next((chr(cp) for cp in range(0xFE70, 0xFEFD)
                  if unicodedata.normalize("NFKC", chr(cp)) == c), c)
            for c in word
        ) if word != "لا" else "\ufefb"
        assert shaped != word
        assert presentation_forms(shaped) == word
        assert has_presentation_forms(shaped.encode())
    # other compatibility characters the outlet wrote stay as written
    assert presentation_forms("Ｈ２Ｏ ﬁ ①") == "Ｈ２Ｏ ﬁ ①"
    assert not has_presentation_forms("Ｈ２Ｏ ﬁ ① \ufeff".encode())


_QP_BODY = "Zambia=E2=80=99s finance minister said the de=\nbt talks would resume."
_QP_TEXT = "Zambia’s finance minister said the debt talks would resume."


def test_quoted_printable_item_html_is_undone_on_every_parse_path() -> None:
    # One step after every parse (feedtext.repair): the fast path, feedparser's (an iTunes
    # element sends a feed there) and JSON Feed all read the mail-fed item the same way.
    item = f"<title>T</title><link>https://x.example/a</link><description>{_QP_BODY}</description>"
    itunes = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
              'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>T</title>'
              f'<itunes:author>A</itunes:author><item>{item}</item></channel></rss>').encode()
    json_feed = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "T",
                            "items": [{"id": "1", "url": "https://x.example/a",
                                       "content_html": f"<p>{_QP_BODY}</p>"}]}).encode()
    for body in (_rss(item), itunes, json_feed):
        entry = parse_feed(body, url="https://x.example/feed").entries[0]
        assert _QP_TEXT in entry.summary_html + entry.content_html, body[:60]
        assert "=E2" not in entry.summary_html + entry.content_html


def test_format_marks_split_by_first_byte_answers_as_the_one_pattern() -> None:
    """has_format_marks looks for each lead byte's part only where the byte is: the same answer
    as the single pattern it was split from, whatever the mix of marks, look-alikes and BOM."""
    import itertools
    import re

    from bot.content import feedtext

    whole = re.compile(b"|".join(part.pattern for _, part in feedtext._MARK_PARTS))

    def single(body: bytes) -> bool:
        return whole.search(body, 3 if body.startswith(b"\xef\xbb\xbf") else 0) is not None

    pieces = [b"\xe2\x80\x8b", b"\xe2\x80\x93", b"\xe2\x81\xa6", b"\xe2\x81\xa1", b"\xef\xbb\xbf",
              b"\xd8\x9c", b"\xd8\x9d", b"&#x200B;", b"&#8203;", b"&#x201c;", b"&#65279;",
              b"&amp;", b"x", b"&", b"\xe2", b"\xef\xbb", b"&#1564;", b"&#xFEFF;"]
    for n in range(4):
        for combo in itertools.product(pieces, repeat=n):
            body = b"".join(combo)
            assert feedtext.has_format_marks(body) == single(body), body


@pytest.mark.parametrize("body", [
    b"<title>&#65166;&#65267;&#65198;</title>", b"<p>&amp;#xFEB3;</p>", b"&#x1D400;",
    "\ufeb3".encode(), "\U0001d400".encode(), b"plain &amp; text &#8217;", b"",
])
def test_the_split_presentation_check_answers_as_the_whole_pattern(body: bytes) -> None:
    # the parts searched by first byte must stay in step with the one pattern they split
    assert feedtext.has_presentation_forms(body) == (
        feedtext._PRESENTATION_BYTES.search(body) is not None)
