"""Shapes found on released held-out set 59 (world desks as feeds looked in 2009–14, older CMS
generations), each fixed with an invented fixture in tests/data/realistic_feeds (3120–3139).
Invented text throughout."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.content import encoding
from bot.content.articles import process_feed
from bot.deliver.preview import preview_items

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "realistic_feeds"


def _fixture(prefix: str) -> list[dict[str, Any]]:
    """Every previewed item of the fixture whose name starts with `prefix`, served with the
    Content-Type its sidecar gives."""
    (path,) = [p for p in FIXTURES.glob(f"{prefix}_*") if not p.name.endswith(".expect.json")]
    sidecar = path.with_name(path.name.rsplit(".", 1)[0] + ".expect.json")
    content_type = None
    if sidecar.exists():
        content_type = json.loads(sidecar.read_text("utf-8"))["feed"].get("content_type")
    _, articles = process_feed(path.read_bytes(), url=f"https://feeds.example/{path.name}",
                               content_type=content_type)
    return list(preview_items(articles))


# fixtures 3120, 3121: ISO-2022-JP is 7-bit (every byte ASCII, ESC $ B / ESC ( B shifts), so
# reading ASCII-looking bytes as ASCII posted '$B…(B' runs; the escapes are what prove it,
# whether the prolog names it (3120) or nothing does (3121)
@pytest.mark.parametrize("prefix", ["3120", "3121"])
def test_iso2022jp_feed_is_read_in_iso2022jp(prefix: str) -> None:
    items = _fixture(prefix)
    assert items
    for item in items:
        assert item["outlet"] == "北陸新報", item
        assert "$B" not in item["title"] + item["summary"], item
        assert "\x1b" not in item["title"] + item["summary"] + item["outlet"], item


JA = "日本とインドネシア、経済連携協定の見直し協議へ"


@pytest.mark.parametrize(
    ("prolog", "content_type"),
    [
        ('<?xml version="1.0" encoding="ISO-2022-JP"?>', "text/xml"),
        ('<?xml version="1.0"?>', None),
        ('<?xml version="1.0" encoding="UTF-8"?>', None),  # a wrong declaration
        ('<?xml version="1.0" encoding="us-ascii"?>', "text/xml; charset=us-ascii"),
    ],
)
def test_iso2022jp_escapes_decide_over_an_ascii_reading(prolog: str,
                                                        content_type: str | None) -> None:
    body = f"{prolog}<rss><channel><title>{JA}</title></channel></rss>".encode("iso2022_jp")
    assert body.isascii()
    text, used = encoding.decode_feed(body, url="https://x.example/f", content_type=content_type)
    assert JA in text and used.startswith("iso2022")
    assert encoding.to_utf8(body, url="https://x.example/f",
                            content_type=content_type).decode("utf-8").count(JA) == 1


def test_iso2022_escapes_no_codec_reads_are_refused_in_one_line() -> None:
    body = b'<?xml version="1.0" encoding="ISO-2022-JP"?><rss><title>\x1b$B\x7f\x7f</title></rss>'
    with pytest.raises(encoding.EncodingError) as e:
        encoding.decode_feed(body, url="https://x.example/f")
    assert "\n" not in str(e.value) and "ISO-2022" in str(e.value)


def test_plain_ascii_and_a_stray_escape_stay_ascii() -> None:
    body = b'<?xml version="1.0"?><rss><title>Plain \x1b[1m text</title></rss>'
    assert encoding.decode_feed(body, url="https://x.example/f")[1] == "utf_8"


# fixtures 3122–3126: an old CMS's own service items filed in the world section: a sign-up page
# whose headline says the news come by e-mail, an event notice whose text is only its terms
# ('Free, over-19s only, 19:00-23:00.'), a call for readers' letters to an e-mail address, the
# week's print-edition promo, a live-score page, a bracketed notice label ('【お知らせ】')
@pytest.mark.parametrize(
    ("prefix", "stories"),
    [
        ("3122", [True, False, False, False, False, False, True]),
        ("3123", [False, False, True]),
        ("3124", [False, True]),
        ("3125", [False, True]),
        ("3126", [False, True]),
    ],
)
def test_service_items_of_old_cms_world_sections_are_no_stories(prefix: str,
                                                                stories: list[bool]) -> None:
    assert [bool(i["is_story"]) for i in _fixture(prefix)] == stories


# fixtures 3127–3130: author fields of older CMSs: 'Name, Brand, Place' creators (3127), a
# non-RSS <autor> element (3128), a Japanese desk or bureau as dc:creator (3129), Ukrainian
# source notes as dc:creator (3130)
@pytest.mark.parametrize(
    ("prefix", "authors"),
    [
        ("3127", [["Baiq Nurul Hidayati"], ["Made Arya Wiguna"]]),
        ("3128", [["Maria do Socorro Lima"], []]),
        ("3129", [[], [], ["阿部直樹"]]),
        ("3130", [[], [], ["Ірина Савченко"]]),
    ],
)
def test_old_cms_author_fields(prefix: str, authors: list[list[str]]) -> None:
    assert [list(i["authors"]) for i in _fixture(prefix)] == authors


# fixture 3131: a byline paragraph closing on the writer's e-mail address, a dateline with the
# country in round brackets and the agency before a dash, a closing '<Brand> wire services.'
def test_email_byline_bracketed_country_dateline_and_wire_services_credit_are_cut() -> None:
    (path,) = FIXTURES.glob("3131_*.xml")
    _, articles = process_feed(path.read_bytes(), url="https://feeds.example/3131.xml")
    texts = [a.text for a in articles]
    assert not texts[0].startswith("By") and "@" not in texts[0], texts[0]
    assert texts[1].startswith("The death toll"), texts[1]
    assert "wire services" not in texts[2], texts[2]
    assert [list(a.authors) for a in articles] == [["Renata Ocampo-Hill"], [], []]


# fixtures 3132–3134: quote credits of older desks: a role over a body in the genitive, then a
# rank and the name (it, uk); a title before the name ('Consul …'); a rank abbreviation
# ('Comr.') that ends no sentence
@pytest.mark.parametrize(
    ("prefix", "speakers"),
    [
        ("3132", [("Marco Desiati", "comandante provinciale della Guardia di Finanza")]),
        ("3133", [("Павло Остапчук", "аналітик Сумського інституту прикордонних досліджень")]),
        ("3134", [("Marisol Aguilar Reyes", "Consul"), ("Made Sujana", "Klungkung Police")]),
    ],
)
def test_quote_speakers_after_roles_bodies_titles_and_ranks(
        prefix: str, speakers: list[tuple[str, str]]) -> None:
    got = [(q["speaker"], q["affiliation"]) for i in _fixture(prefix) for q in i["quotes"]]
    assert got == speakers


# fixture 3135: 'the Ministry’s official spokesperson' (the kind capitalised) after the text
# named 'the Ministry of External Affairs': the body named earlier
def test_capitalised_kind_in_a_possessive_role_is_the_body_named_earlier() -> None:
    (item,) = _fixture("3135")
    assert [q["affiliation"] for q in item["quotes"]] == [
        "Ministry of External Affairs’s official spokesperson"]
