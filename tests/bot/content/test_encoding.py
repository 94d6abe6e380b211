"""Mislabelled single-byte encodings: a sibling codepage is used when the declared one yields
characters real text never has (C1 controls, box-drawing signs); otherwise a one-line refusal."""

from __future__ import annotations

import pytest

from bot.content import encoding

PL = "„Śląsk i Morawy chcą wspólnie walczyć ze smogiem” – powiedział marszałek Woźniak."
FR = "L’Union européenne débloque 2 milliards € : « c’est une œuvre commune » – dit-elle."
UK = "Україна і Молдова відкрили новий міст; її будівництво фінансував Європейський банк ґрунтовно."
RU = ("Казахстан и Россия договорились о ремонте моста — «работы начнутся весной», "
      "сообщили в министерстве.")


def _xml(text: str, declared: str) -> str:
    items = "".join(f"<item><title>{text}</title><description>{text} {text}</description></item>"
                    for _ in range(3))
    return (f'<?xml version="1.0" encoding="{declared}"?><rss version="2.0"><channel>'
            f"<title>T</title>{items}</channel></rss>")


@pytest.mark.parametrize(
    ("text", "actual", "declared", "used"),
    [
        (PL, "cp1250", "ISO-8859-2", "cp1250"),
        (FR, "cp1252", "ISO-8859-1", "cp1252"),
        (UK, "koi8_u", "KOI8-R", "koi8_u"),
        (RU, "cp1251", "ISO-8859-5", "cp1251"),
    ],
)
def test_a_sibling_codepage_reads_what_the_declared_one_garbles(
    text: str, actual: str, declared: str, used: str
) -> None:
    body = _xml(text, declared).encode(actual)
    for content_type in (f"application/rss+xml; charset={declared}", None):
        got, name = encoding.decode_feed(body, url="https://x.example/rss",
                                         content_type=content_type)
        assert name == used
        assert text in got
        assert not any("\u0080" <= c <= "\u009f" for c in got)


def test_the_right_declaration_is_kept() -> None:
    body = _xml(PL, "windows-1250").encode("cp1250")
    assert encoding.decode_feed(body, url="https://x.example/rss")[1] == "cp1250"
    body = _xml("Zażółć gęślą jaźń, powiedział minister w Gdańsku.", "ISO-8859-2").encode(
        "iso8859_2")
    assert encoding.decode_feed(body, url="https://x.example/rss")[1] == "iso8859_2"


def test_control_characters_no_codepage_explains_are_refused_in_one_line() -> None:
    # Bytes 0x81/0x8D/0x8F/0x90/0x9D: C1 in ISO-8859-1, undefined in windows-1252.
    body = _xml("Bericht", "ISO-8859-1").encode("ascii").replace(
        b"Bericht", b"Ber\x81ic\x8dht \x8f\x90\x9d")
    with pytest.raises(encoding.EncodingError) as e:
        encoding.decode_feed(body, url="https://x.example/rss")
    assert "\n" not in str(e.value) and "control characters" in str(e.value)
