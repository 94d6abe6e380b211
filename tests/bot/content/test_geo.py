"""Gazetteer: whole words and demonyms, ambiguous names only with corroboration."""

from __future__ import annotations

import pytest

from bot.content import geo


def names(text: str) -> list[str]:
    return [m.entity.name for m in geo.find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iranian drones hit Kyiv", ["Iran", "Ukraine"]),
        ("Iran's foreign minister", ["Iran"]),
        ("Chinatown restaurant week returns", []),
        ("Michael Jordan sells his Chicago mansion", []),
        (
            "Jordan's King Abdullah meets Netanyahu",
            ["Jordan", "King Abdullah II", "Benjamin Netanyahu"],
        ),
        ("Georgia Bulldogs crush Tennessee", []),
        ("Georgia's ruling party wins election amid protests in Tbilisi", ["Georgia", "Georgia"]),
        ("How to roast a turkey", []),
        ("Turkey's Erdogan warns NATO", ["Turkey", "Recep Tayyip Erdogan", "NATO"]),
        ("Let us know", []),
        (
            "The U.S. and the U.N. Security Council",
            ["United States", "United Nations", "United Nations"],
        ),
        ("The EU and the WHO; who knows", ["European Union", "WHO"]),
    ],
)
def test_mentions(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_tokenize_keeps_dotted_acronyms_and_drops_possessives() -> None:
    assert geo.tokenize("U.S. envoy's visit to Côte d'Ivoire") == [
        "US",
        "envoy",
        "visit",
        "to",
        "Côte",
        "d'Ivoire",
    ]


def test_ascii_tokenizer_matches_the_unicode_one_on_ascii_text() -> None:
    import random

    rng = random.Random(5)
    alphabet = [chr(c) for c in range(128)] + ["U.S.", "e-mail", "3.5", "C++", "Iran's"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert geo._TOKEN_ASCII.findall(text) == geo._TOKEN.findall(text), repr(text)


def test_indic_words_keep_their_vowel_signs() -> None:
    # Vowel signs are combining marks, not \w: 'विदेश' was cut into 'व', 'द', 'श'.
    assert geo.tokenize("विदेश मंत्री ने कहा। रूस", "hi") == ["विदेश", "मंत्री", "ने", "कहा", "रूस"]
    assert geo.tokenize("পররাষ্ট্রমন্ত্রী বলেছেন", "bn") == ["পররাষ্ট্রমন্ত্রী", "বলেছেন"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Valet på Grönland", "sv", ["Denmark"]),
        ("Wahl in Grönland", "de", ["Denmark"]),
        ("Czeska koalicja rządowa", "pl", ["Czech Republic"]),
        ("kryzys czeskiej koalicji", "pl", ["Czech Republic"]),
        ("węgierskiego rządu", "pl", ["Hungary"]),
        ("PNG and Bougainville agree talks", "en", ["Papua New Guinea"]),
        ("Chinese coast guard boards boats off Kinmen", "en", ["China", "Taiwan"]),
    ],
)
def test_greenland_bougainville_and_polish_country_adjectives(
    text: str, lang: str, expected: list[str]
) -> None:
    found = geo.find_mentions(text, geo.tokenize(text, lang), lang=lang)
    assert [m.entity.name for m in found] == expected


def test_traditional_chinese_meets_the_simplified_tables() -> None:
    """Taiwan and Hong Kong outlets write 美國, 俄羅斯, 歐盟; the tables hold 美国, 俄罗斯, 欧盟."""
    text = "美國與俄羅斯在歐盟會議上"
    found = geo.find_mentions(text, geo.tokenize(text, "zh"), lang="zh")
    assert [m.entity.name for m in found] == ["United States", "Russia", "European Union"]


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("Russia-Ukraine war enters a fourth winter", "en", ["Russia", "Ukraine"]),
        ("Asean and the US-China chip war", "en", ["ASEAN", "United States", "China"]),
        ("Pro-Russian parties gain in the vote", "en", ["Russia"]),
        ("Lastenteilung an der NATO-Ostflanke", "de", ["NATO"]),
        ("EU-Außenminister beraten über Russland-Sanktionen", "de", ["European Union", "Russia"]),
    ],
)
def test_names_inside_hyphenated_words_with_compounds(
    text: str, lang: str, names: list[str]
) -> None:
    """A hyphenated word that is no name itself holds names ("Russia-Ukraine", "Nato-Gipfel"):
    found when the caller asks for compounds (relevance), not otherwise."""
    found = [m.entity.name for m in geo.find_mentions(text, lang=lang, compounds=True)]
    assert all(n in found for n in names), found
    plain = [m.entity.name for m in geo.find_mentions(text, lang=lang)]
    assert not all(n in plain for n in names), plain


def test_hyphenated_words_without_names_find_nothing() -> None:
    text = "A non-aligned, state-of-the-art, long-term plan"
    assert geo.find_mentions(text, compounds=True) == []


def test_every_supported_language_keeps_its_tables_cached() -> None:
    """A worker reading feeds in every supported language must not evict and rebuild a
    language's gazetteer or lexicon (20-60 ms from JSON each) item after item."""
    from bot.content import relevance

    supported = [lang for lang in geo.languages() if geo.supported(lang)]
    for cached in (geo._table, relevance._lexicon):
        maxsize = cached.cache_info().maxsize
        assert maxsize is None or maxsize >= len(supported)


def _names(text: str, lang: str) -> list[str]:
    return [m.entity.name for m in geo.find_mentions(text, geo.tokenize(text, lang), lang=lang)]


def test_vietnamese_one_syllable_names_count_only_with_their_capital() -> None:
    # "anh" (brother, you), "pháp luật" (law), "thẩm mỹ" (aesthetics), "áo" (shirt), "xi măng"
    # (cement) are common words; "Anh", "Pháp", "Mỹ" with their capital are the countries.
    assert _names("anh ấy nói pháp luật về thẩm mỹ, áo dài và xi măng", "vi") == []
    assert _names("Thủ tướng Anh gặp Tổng thống Pháp và Mỹ", "vi") == [
        "United Kingdom", "France", "United States"
    ]


def test_a_phrase_that_names_nothing_hides_its_name_word() -> None:
    assert _names("Học tiếng Anh qua bài hát", "vi") == []  # the English language


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Après le Brexit, le FMI revoit la croissance", "fr", "IMF"),
        ("El FMI y la OMC advierten", "es", "IMF"),
        ("МВФ выделит кредит", "ru", "IMF"),
        ("Το ΔΝΤ ζητά μέτρα", "el", "IMF"),
        ("中國加入世界貿易組織的社會成本", "zh", "WTO"),
        ("Thủ tướng: APEC sẽ không thành công nếu thiếu lòng tin", "vi", "APEC"),
    ],
)
def test_international_bodies_by_their_local_names(text: str, lang: str, expected: str) -> None:
    assert expected in _names(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bitcoin im Wert von 64 Millionen US-Dollar gestohlen", "de"),
        ("ущерб оценили в 5 млн долларов США", "ru"),
        ("une amende de 10 millions de dollars américains", "fr"),
    ],
)
def test_a_currency_names_no_country(text: str, lang: str) -> None:
    assert geo.find_mentions(text, lang=lang, compounds=True) == []


def test_a_currency_beside_the_country_keeps_the_country() -> None:
    found = geo.find_mentions("Die US-Regierung zahlt 5 Millionen US-Dollar", lang="de",
                          compounds=True)
    assert [m.entity.name for m in found] == ["United States"]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Drought in rural Rajasthan", "en", "India"),
        ("The Archbishop of Brisbane said", "en", "Australia"),
        ("встретить Ангелу Меркель в аэропорту", "ru", "Angela Merkel"),
        ("Меркель прибула до Вільнюса", "uk", "Angela Merkel"),
    ],
)
def test_states_cities_and_cyrillic_leaders(text: str, lang: str, name: str) -> None:
    assert name in [m.entity.name for m in geo.find_mentions(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wahl in Moldau: Proteste in Chisinau", ["Moldova", "Moldova"]),
        ("Die moldauische Regierung tritt zurück", ["Moldova"]),
        ("Kirgistan schließt die Grenze", ["Kyrgyzstan"]),
        ("Unruhen in der Elfenbeinküste", ["Ivory Coast"]),
        ("Die tschechische Regierung", ["Czech Republic"]),
        ("Osttimor wählt ein Parlament", ["Timor-Leste"]),
        ("Kämpfe im Osten des Kongo", ["Congo"]),
        ("Wahlen in Kap Verde", ["Cabo Verde"]),
    ],
)
def test_german_country_name_variants(text: str, expected: list[str]) -> None:
    # common German names beside CLDR's ("Republik Moldau", "Kirgisistan", "Côte d’Ivoire")
    assert [m.entity.name for m in geo.find_mentions(text, lang="de")] == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("Georgia and Jordan met Turkey's envoy in Tbilisi; the US-China talks and a US-Dollar "
     "loan to Chad; Biden, Putin and NATO", "en"),
    ("Georgia's senate runoff: Jordan scores as Chad Smith beats Turkey", "en"),
    ("Russlands Ukraine-Krieg: die NATO-Ostflanke und der US-Dollar", "de"),
    ("A Itália e o Brasil assinam acordo com a ONU", "pt"),
    ("پاکستان اور بھارت کے درمیان اقوام متحدہ میں بات چیت", "ur"),
    ("日米首脳会談、中国とインド", "ja"),
])
def test_one_walk_serves_every_reader(text: str, lang: str) -> None:
    """A text's names walked once (`scan_names`) give each reader (its own home, compounds or
    not) the mentions a walk of its own gives."""
    scan = geo.scan_names(text, lang=lang)
    for home in (None, frozenset(), frozenset({"US"}), frozenset({"GE", "TR"}),
                 frozenset({"DE"}), frozenset({"PK", "JP"})):
        for compounds in (False, True):
            assert geo.find_mentions(text, lang=lang, home=home, compounds=compounds,
                                     scan=scan) == geo.find_mentions(
                text, lang=lang, home=home, compounds=compounds)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "nato" is "born" in Italian, "innate" in Spanish and Portuguese: NATO only with its
        # capital (geo/<lang>.json capitalised_only; held-out set 33's panda born at a zoo)
        ("Giappone, nato un panda allo zoo di Ueno", "it", ["Japan"]),
        ("Es un líder nato del partido", "es", []),
        ("O presidente é um líder nato", "pt", []),
        ("La Nato si riunisce a Bruxelles", "it", ["NATO", "Belgium"]),
        ("A NATO reúne-se em Bruxelas", "pt", ["NATO", "Belgium"]),
    ],
)
def test_nato_only_with_its_capital_where_nato_is_a_word(
    text: str, lang: str, expected: list[str]
) -> None:
    assert [m.entity.name for m in geo.find_mentions(text, lang=lang)] == expected
