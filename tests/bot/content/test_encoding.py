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


# Sibling pairs whose differing bytes are letters or ordinary signs, not C1 controls.
PL_NO_C1 = ("Prezydent spotkał się z premierem; obaj chcą zmian w ustawie, są zgodni co do "
            "budżetu i zapowiadają, że będą rozmawiać.")
CS = ("Vláda schválila návrh zákona; ministr řekl, že daně se nezvýší a že opatření přinese "
      "úspory v příštím roce. Šéf opozice to kritizoval, ťukal.")
EL = "Η Άγκυρα και η Αθήνα συμφώνησαν· ο Άρης Παπαδόπουλος είπε ότι η Ένωση στηρίζει."
TR = "Türkiye ve Yunanistan görüşmeleri başladı; Dışişleri Bakanı şöyle dedi."
LT = "Lietuvos Seimas priėmė įstatymą; ministrė sakė, kad tai svarbu ir užtikrins saugumą."
LV = "Latvijas Saeima pieņēma likumu; ministre sacīja, ka tas ir ļoti svarīgi un dārgi."
HE = "הממשלה אישרה את התקציב; המחיר עלה ל-5 ₪ לליטר, אמר השר."
HE_PLAIN = "הממשלה אישרה את התקציב; אמר השר."
AR = "وافقت الحكومة على الميزانية الجديدة، وقال الوزير إن المفاوضات مستمرة مع الشركاء."
# English naming people from abroad: English's alphabet holds neither reading of their letters.
EN_HU = ("Deputy mayor Kőváry Zsolt and Fűzfa Dóra met in Győr; Lőrincz Emese said the Tisza "
         "study costs €12 million.")
EN_FR_PT = ("Mr Dupré met Ms Simões in Mâcon; the Conceição bridge costs €12 million, août "
            "figures show.")
RU_PLAIN = "Россия и Казахстан договорились о ремонте моста, сообщили в министерстве."
# ISO-8859-15 (Latin-9) text: '€' and 'œ', 'š', 'ž' sit where ISO-8859-1 has '¤', '½', '¨', '¸'.
FR_L9 = ("Le Benelux débloque 40 millions € pour le rail ; « c'est le cœur du projet », dit la "
         "ministre. Le billet coûtera 12 € et les sœurs jumelles des gares seront rénovées.")
FI_L9 = ("Suomi ja Viro sopivat tunnelista; hanke maksaa 15 miljardia € ja šekki "
         "allekirjoitetaan Tallinnassa, ministeri Žukov sanoi. Lippu maksaa 30 €.")
FR_L1 = "La séance a duré 1½ heure ; le député a cité l'article 3 ¼ du règlement, dit-elle."


def _xml_lang(text: str, declared: str, lang: str | None) -> str:
    body = _xml(text, declared)
    return body.replace("<title>T</title>", f"<title>T</title><language>{lang}</language>", 1) \
        if lang else body


@pytest.mark.parametrize(
    ("text", "actual", "declared", "lang"),
    [
        # the Windows codepage declared as its ISO sibling: switched
        (PL_NO_C1, "cp1250", "ISO-8859-2", "pl"),
        (PL_NO_C1, "cp1250", "ISO-8859-2", None),  # no <language>: Polish letters tell
        (FR_L9, "iso8859_15", "ISO-8859-1", "fr"),  # '¤' and 'c½ur' are '€' and 'cœur'
        (FR_L9, "iso8859_15", "ISO-8859-1", None),
        (FI_L9, "iso8859_15", "ISO-8859-1", "fi"),
        (EL, "cp1253", "ISO-8859-7", "el"),
        (TR, "cp1254", "ISO-8859-9", "tr"),
        (LT, "cp1257", "ISO-8859-13", "lt"),
        (LV, "cp1257", "ISO-8859-4", "lv"),
        (UK, "koi8_u", "KOI8-R", "uk"),
        (RU_PLAIN, "cp1251", "ISO-8859-5", "ru"),
        (HE, "cp1255", "ISO-8859-8", "he"),
        (AR, "cp1256", "ISO-8859-6", "ar"),
        (EN_HU, "cp1250", "windows-1252", "en"),  # Hungarian names: 'ő' is not 'õ'
        (TR, "cp1254", "windows-1252", "tr"),  # 'ş ı' are not 'þ ý'
        (TR, "cp1254", "windows-1252", None),
        (TR, "iso8859_9", "ISO-8859-1", "tr"),
        # the ISO codepage declared as its Windows sibling: switched back
        (CS, "iso8859_2", "windows-1250", "cs"),
        (EL, "iso8859_7", "windows-1253", "el"),
        (TR, "iso8859_9", "windows-1254", "tr"),
        (LT, "iso8859_13", "windows-1257", "lt"),
        (LV, "iso8859_4", "windows-1257", "lv"),
        (RU_PLAIN, "koi8_r", "KOI8-U", "ru"),
        (RU_PLAIN, "iso8859_5", "windows-1251", "ru"),
        (HE_PLAIN, "iso8859_8", "windows-1255", "he"),
        (AR, "iso8859_6", "windows-1256", "ar"),
        # correctly declared: kept as is
        (FR_L1, "iso8859_1", "ISO-8859-1", "fr"),  # '1½' and '3 ¼' are Latin-1 signs
        (CS, "iso8859_2", "ISO-8859-2", "cs"),
        (CS, "iso8859_2", "ISO-8859-2", None),
        (PL_NO_C1, "cp1250", "windows-1250", "pl"),
        (EL, "iso8859_7", "ISO-8859-7", "el"),
        (EL, "cp1253", "windows-1253", "el"),
        (LT, "iso8859_13", "ISO-8859-13", "lt"),
        (LV, "iso8859_4", "ISO-8859-4", "lv"),
        (HE, "cp1255", "windows-1255", "he"),
        (AR, "iso8859_6", "ISO-8859-6", "ar"),
        (AR, "cp1256", "windows-1256", "ar"),
        (RU_PLAIN, "iso8859_5", "ISO-8859-5", "ru"),
        (EN_FR_PT, "cp1252", "windows-1252", "en"),  # French and Portuguese names stay
    ],
)
def test_sibling_codepages_differing_in_letters_read_right(
    text: str, actual: str, declared: str, lang: str | None
) -> None:
    body = _xml_lang(text, declared, lang).encode(actual)
    got, _ = encoding.decode_feed(body, url="https://x.example/rss")
    assert text in got


@pytest.mark.parametrize(
    ("text", "actual", "declared", "used"),
    [
        (PL_NO_C1, "cp1250", "ISO-8859-2", "cp1250"),
        (EL, "cp1253", "ISO-8859-7", "cp1253"),
        (LV, "cp1257", "ISO-8859-4", "cp1257"),
        (HE, "cp1255", "ISO-8859-8", "cp1255"),
        (CS, "iso8859_2", "ISO-8859-2", "iso8859_2"),
        (EL, "iso8859_7", "ISO-8859-7", "iso8859_7"),
    ],
)
def test_the_codec_used_is_reported(text: str, actual: str, declared: str, used: str) -> None:
    body = _xml_lang(text, declared, None).encode(actual)
    assert encoding.decode_feed(body, url="https://x.example/rss")[1] == used


TR_QUOTES = ("“Masaya dönmek için güven lazım” dedi Cumhurbaşkanlığı sözcüsü; Lefkoşa’da "
             "iki lider ayrı ayrı görüştü – İstanbul’dan da heyet geldi.")


@pytest.mark.parametrize("lang", ["tr", None])
def test_a_clean_sibling_of_a_garbled_declaration_is_still_checked_for_letters(
    lang: str | None,
) -> None:
    # windows-1254 under ISO-8859-1: its curly quotes are C1 controls, and windows-1252 (the
    # first clean reading) still has 'þ ý Ý' for 'ş ı İ'.
    body = _xml_lang(TR_QUOTES, "ISO-8859-1", lang).encode("cp1254")
    got, used = encoding.decode_feed(body, url="https://x.example/rss")
    assert used == "cp1254"
    assert TR_QUOTES in got


def test_icelandic_in_windows_1252_stays_windows_1252() -> None:
    text = "Þingið samþykkti fjárlögin; ráðherra sagði að þjóðin væri ánægð með niðurstöðuna."
    for lang in ("is", None):
        body = _xml_lang(text, "windows-1252", lang).encode("cp1252")
        assert encoding.decode_feed(body, url="https://x.example/rss") == (
            encoding.decode_feed(body, url="https://x.example/rss")[0], "cp1252")
        assert text in encoding.decode_feed(body, url="https://x.example/rss")[0]


def test_one_odd_letter_is_not_evidence_enough() -> None:
    # A single 'ą' in ISO-8859-2 reads 'š': one implausible letter does not switch the codec.
    text = "Sasiedzi chcą zmian."
    one = (f'<?xml version="1.0" encoding="ISO-8859-2"?><rss version="2.0"><channel>'
           f"<title>T</title><item><title>{text}</title></item></channel></rss>").encode("cp1250")
    assert encoding.decode_feed(one, url="https://x.example/rss")[1] == "iso8859_2"


def test_byte_order_mark_beats_the_declared_encoding() -> None:
    from bot.content.encoding import decode_feed

    body = ('<?xml version="1.0" encoding="windows-1252"?><rss><channel><title>Côte d’Ivoire'
            "</title></channel></rss>").encode("utf-8-sig")
    text, used = decode_feed(body, url="https://x.example/rss",
                             content_type="application/rss+xml; charset=windows-1252")
    assert "Côte d’Ivoire" in text and used.startswith("utf_8")


@pytest.mark.parametrize("declared", ["windows-1251", "windows-1252", "ISO-8859-2"])
def test_valid_utf8_under_a_stale_single_byte_declaration_is_utf8(declared: str) -> None:
    # A template's old declaration over UTF-8 bytes read '“' as 'вЂњ' (windows-1251) without a
    # control character; the parser sees UTF-8 with its declaration rewritten (fixture 724).
    text = "Talks on the Osh–Andijan road: “a step forward”, said Bakyt Usenov (Бакыт Усенов)."
    body = _xml(text, declared).encode("utf-8")
    for content_type in ("application/xml", f"application/rss+xml; charset={declared}"):
        got, used = encoding.decode_feed(body, url="https://x.example/rss",
                                         content_type=content_type)
        assert used == "utf_8" and text in got
        utf8 = encoding.to_utf8(body, url="https://x.example/rss", content_type=content_type)
        assert utf8.startswith(b'<?xml version="1.0" encoding="utf-8"?>')
        assert text.encode("utf-8") in utf8


def test_legacy_bytes_with_one_utf8_like_pair_keep_their_declaration() -> None:
    # 'Ã©' in a windows-1252 feed is valid UTF-8 for 'é', but one pair is no evidence.
    body = _xml("Caf\u00c3\u00a9 des Arts: la m\u00e9t\u00e9o", "windows-1252").encode("cp1252")
    assert encoding.decode_feed(body, url="https://x.example/rss")[1] != "utf_8"


@pytest.mark.parametrize(("stored", "text"), [
    ("CÃ´te dâ€™Ivoire", "Côte d’Ivoire"),
    ("â€œa bridgeâ€\x9d", "“a bridge”"),  # 0x9D, undefined in windows-1252, kept as U+009D
    ("SÃ£o TomÃ© e PrÃ­ncipe", "São Tomé e Príncipe"),
    ("Ã la carte, Âge", "Ã la carte, Âge"),  # no UTF-8 bytes spelled: unchanged
])
def test_double_encoded_utf8_is_repaired(stored: str, text: str) -> None:
    from bot.content.encoding import repair_double_encoded

    assert repair_double_encoded(stored) == text


def _stored_as_cp1252(text: str) -> str:
    """UTF-8 bytes read as windows-1252 (undefined bytes kept as their C1 controls)."""
    return "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
        for b in text.encode("utf-8")
    )


@pytest.mark.parametrize("text", [
    "ملائیشیا میں سیلاب سے 20 ہزار افراد بے گھر",  # Urdu (fixture 1176)
    "Правительство объявило о выборах",  # Russian
    "Η κυβέρνηση ανακοίνωσε εκλογές",  # Greek
])
def test_double_encoded_item_in_other_scripts_is_repaired(text: str) -> None:
    # a valid UTF-8 feed with one item stored double-encoded, no Latin 'Ã' anywhere: the
    # non-Latin lead characters in a row make the repair run
    body = _xml(f"Ok. {_stored_as_cp1252(text)}", "utf-8").encode("utf-8")
    got, used = encoding.decode_feed(body, url="https://x.example/rss")
    assert text in got and used.endswith("+repaired")


def test_latin_text_with_one_lead_character_is_left_alone() -> None:
    body = _xml("Ørsted and Ñuñoa: Ú… no run of three", "utf-8").encode("utf-8")
    got, used = encoding.decode_feed(body, url="https://x.example/rss")
    assert "Ørsted and Ñuñoa: Ú…" in got and not used.endswith("+repaired")


# Names and places of one language in a feed of another: neither reading fits <language>.
HU_NAMES = "Réka Szűcs and Bence Lőrincz report from Hősök tere; Szőke Péter spoke."
CS_NAMES = "Jiří Horák reports from Plzeň; Kateřina Černá and Petr Dvořák spoke."
PT_NAMES = "João Simões met Conceição Guimarães in Lisbon; the envoys agreed."


@pytest.mark.parametrize(
    ("text", "actual", "declared"),
    [
        (HU_NAMES, "cp1250", "windows-1252"),  # 'Lõrincz', 'Szûcs' read as windows-1252
        (CS_NAMES, "cp1250", "windows-1252"),  # 'Jiøí', 'Èerná'
        (PT_NAMES, "cp1252", "windows-1252"),  # Portuguese names stay as declared
    ],
)
def test_foreign_names_in_an_english_feed_pick_the_codepage_of_their_language(
    text: str, actual: str, declared: str
) -> None:
    body = _xml_lang(text, declared, "en").encode(actual)
    got, _ = encoding.decode_feed(body, url="https://x.example/rss")
    assert text in got


EN_EL = ("Athens and Ankara agree to resume talks; the Greek word for the process, «ήρεμα νερά», "
         "means “calm waters”. The seamen’s union (ΠΝΕ) called off its strike – €2.1bn.")
EN_RU = ("Moscow calls the ruling “hostile”; the daily’s headline read «Холодный расчёт» "
         "and the agency (РИА) quoted the ministry – €40m in assets are frozen.")
RU_UNDECLARED = ("Парламент Молдовы одобрил «закон о нейтралитете» — за проголосовали 56 "
                 "депутатов, сообщили в пресс-службе.")


@pytest.mark.parametrize(
    ("text", "actual", "lang"),
    [
        (EN_EL, "cp1253", "en"),  # Greek words in an English feed, no charset anywhere
        (EN_EL, "cp1253", None),
        (EN_RU, "cp1251", "en"),
        (HE_PLAIN, "cp1255", "he"),
        (RU_UNDECLARED, "cp1251", "ru"),
        (EN_FR_PT, "cp1252", "en"),  # windows-1252 names stay windows-1252
        (EN_HU, "cp1250", "en"),
    ],
)
def test_undeclared_legacy_bytes_read_in_the_codepage_whose_words_are_real(
    text: str, actual: str, lang: str | None
) -> None:
    """No charset, not UTF-8: the codepage whose reading gives words in one script and letters
    one alphabet holds, not Latin-1 letters for Greek ones («Çñåìá íåñÜ»)."""
    head = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
    head += f"<language>{lang}</language>" if lang else ""
    items = "".join(f"<item><title>Item {i}</title><description>{text}</description></item>"
                    for i in range(3))
    body = (head + items + "</channel></rss>").encode(actual)
    got, _ = encoding.decode_feed(body, url="https://x.example/rss")
    assert text in got


def test_surrogate_pair_references_join_into_one_character() -> None:
    """A charCodeAt() escaper writes an emoji as two surrogate references: one character, and
    a lone surrogate reference is dropped, never decoded to U+FFFD."""
    from bot.content.encoding import join_surrogate_references

    body = b"<t><![CDATA[&#55357;&#56628; x &#xD83C;&#xDF0D; &#55357; &#1587;]]></t>"
    assert join_surrogate_references(body) == (
        b"<t><![CDATA[&#128308; x &#127757;  &#1587;]]></t>"
    )
    plain = b"<t>&#1587; &#65533;</t>"
    assert join_surrogate_references(plain) is plain


DE_MAC = ("Die Außenminister prüfen die Verträge über die Grenze; „wir sind bereit“, "
          "sagte die Sprecherin in Lübeck – für Größeres.")
PT_MAC = "A comissão vai reunir-se três vezes por ano e publicar os caudais das barragens – já."


@pytest.mark.parametrize("text", [DE_MAC, PT_MAC])
def test_mac_os_roman_under_a_latin1_declaration_reads_as_mac_os_roman(text: str) -> None:
    # A Mac desktop feed editor's export: 'ü' 0x9F is a C1 control in ISO-8859-1 and 'Ÿ' in
    # windows-1252 ("Ÿber"); 'ç' 0x8D is undefined in windows-1252.
    body = _xml(text, "ISO-8859-1").encode("mac_roman")
    got, name = encoding.decode_feed(body, url="https://x.example/rss",
                                     content_type="application/rss+xml")
    assert name == "mac_roman"
    assert text in got


def test_utf7_declared_is_decoded_and_broken_runs_are_refused_in_one_line() -> None:
    """A classic-ASP feed in UTF-7 (CodePage 65000) is ASCII bytes: read as ASCII it would post
    'Assun+AOcA4w-o'. Declared so, it is decoded; a '+' run that is no UTF-7 is refused."""
    text = '<?xml version="1.0" encoding="utf-7"?><rss><title>Assunção “já”</title></rss>'
    body = text.encode("utf-7")
    assert body.isascii()
    assert encoding.decode_feed(body, url="https://x.example/f")[0] == text
    assert encoding.decode_feed(body, url="https://x.example/f",
                                content_type="text/xml; charset=utf-7")[0] == text
    with pytest.raises(encoding.EncodingError) as e:
        encoding.decode_feed(b'<?xml version="1.0" encoding="utf-7"?><t>+2D3-</t>',
                             url="https://x.example/f")
    assert "\n" not in str(e.value)


DE = "Grenzöffnung: Österreich lässt Pendler ohne Test einreisen, sagte Günther Weiß."


@pytest.mark.parametrize(("codec", "declared"), [("cp273", "IBM273"), ("cp500", "IBM500"),
                                                   ("cp037", "IBM037")])
def test_an_ebcdic_document_reads_in_the_code_page_it_declares(codec: str, declared: str) -> None:
    # IBM i / z/OS output served unconverted as text/xml: the declaration itself is EBCDIC.
    body = _xml(DE, declared).encode(codec).replace(b"><", b">\x15<")  # NEL line ends
    text, used = encoding.decode_feed(body, url="https://x.example/rss", content_type="text/xml")
    assert used == codec and DE in text and "\x85" not in text
    assert encoding.to_utf8(body, url="https://x.example/rss").startswith(
        b'<?xml version="1.0" encoding="utf-8"?>')


@pytest.mark.parametrize("declared", [None, "IBM01141"])
def test_an_ebcdic_document_without_a_readable_code_page_is_refused(declared: str | None) -> None:
    xml = _xml(DE, "x")
    xml = xml.replace(' encoding="x"', "" if declared is None else f' encoding="{declared}"')
    with pytest.raises(encoding.EncodingError) as e:
        encoding.decode_feed(xml.encode("cp273"), url="https://x.example/rss")
    assert "\n" not in str(e.value) and "EBCDIC" in str(e.value)


def test_latin9_under_a_latin1_declaration_reads_euro_and_oe() -> None:
    """A few '€' and 'œ' in a long ISO-8859-15 feed declared ISO-8859-1 (fixture 2800): read
    as declared they are '¤' and '½', too few for a detector; the sibling reads them."""
    from pathlib import Path
    path = (Path(__file__).resolve().parents[2] / "data" / "realistic_feeds"
            / "2800_fr_be_latin9_declared_latin1.xml")
    text, used = encoding.decode_feed(path.read_bytes(), url="https://x.example/rss")
    assert used == "iso8859_15"
    assert "38 millions d'€" in text and "au cœur du programme" in text
    assert "¤" not in text and "½" not in text
