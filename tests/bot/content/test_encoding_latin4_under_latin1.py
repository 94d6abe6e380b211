"""A Baltic or Welsh codepage under an ISO-8859-1 declaration (held-out set 62's trap, fixture
3220): Latin-4 Lithuanian names in an English feed read as Latin-4, not 'Klaipìda', while
Turkish windows-1254 and Welsh ISO-8859-14 text keep their readings."""

from __future__ import annotations

from bot.content import encoding


def _xml_lang(text: str, declared: str, lang: str | None) -> str:
    items = "".join(f"<item><title>{text}</title><description>{text} {text}</description></item>"
                    for _ in range(3))
    language = f"<language>{lang}</language>" if lang else ""
    return (f'<?xml version="1.0" encoding="{declared}"?><rss version="2.0"><channel>'
            f"<title>T</title>{language}{items}</channel></rss>")


LT_NAMES_EN = ("Šiauliai airbase to host more jets, said Živilė Bružaitė in Klaipėda; "
               "Rūtenis Žukauskas and Dovilė Šimkutė met at Juodkrantė.")


def test_latin4_bytes_under_a_latin1_declaration_read_in_latin4() -> None:
    """Lithuanian names in an English feed whose server says ISO-8859-1 (fixture 3220): Latin-4
    'ė ū Š Ž' read as 'ì þ © ®'; no C1 control shows it, the letters of Latin-4 do."""
    body = _xml_lang(LT_NAMES_EN, "ISO-8859-1", "en").encode("iso8859_4")
    for content_type in ("text/xml; charset=ISO-8859-1", None):
        got, used = encoding.decode_feed(body, url="https://x.example/rss",
                                         content_type=content_type)
        assert LT_NAMES_EN in got, used


def test_latin4_fixture_under_a_latin1_declaration() -> None:
    from pathlib import Path
    path = (Path(__file__).resolve().parents[2] / "data" / "realistic_feeds"
            / "3220_en_lt_latin4_declared_latin1.xml")
    text, used = encoding.decode_feed(path.read_bytes(), url="https://x.example/rss",
                                      content_type="text/xml; charset=ISO-8859-1")
    assert used == "iso8859_4"
    assert "The Kuršė Harbour Herald" in text and "Šiauliai airbase" in text


def test_turkish_with_curly_quotes_under_latin1_is_not_read_as_baltic() -> None:
    # windows-1254 under ISO-8859-1 with curly quotes (C1 controls as declared): Latin-4 is
    # compared letter by letter only, never a clean reading of C1 bytes
    text = ("“Masaya dönmek için önce güven lazım” dedi Şükrü Ağaoğlu; Yeşil Hat Tüzüğü "
            "kapsamında Kıbrıslı Türklerin ürünleri genişletildi.")
    body = _xml_lang(text, "ISO-8859-1", "tr").encode("cp1254")
    got, used = encoding.decode_feed(body, url="https://x.example/rss",
                                     content_type="text/xml; charset=ISO-8859-1")
    assert used == "cp1254" and text in got


def test_welsh_latin8_names_keep_their_western_letters_under_latin1() -> None:
    # ISO-8859-14 Welsh names declared ISO-8859-1: 'Siân' stays 'Siân' (no Latvian 'Siān')
    text = "Siân Llŷr and Gwilym Ŵynn spoke; the council of Ceredigion met on Tuesday."
    body = _xml_lang(text, "ISO-8859-1", "en").encode("iso8859_14")
    got, used = encoding.decode_feed(body, url="https://x.example/rss")
    assert "Siân" in got and used != "iso8859_4"
