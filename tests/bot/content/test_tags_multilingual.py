"""Tags in every supported language: the item's own gazetteer and word lists (issue 17)."""

from __future__ import annotations

import pytest

from bot.content.tags import REGIONS, derive_tags


def regions(title: str, text: str = "", lang: str = "en") -> tuple[str, ...]:
    return tuple(t for t in derive_tags(title, text, lang) if t in REGIONS)


@pytest.mark.parametrize(
    ("lang", "title", "expected"),
    [
        # inflected and suffixed names: Russian case endings, Turkish suffixes after an
        # apostrophe, Arabic prefixes, CJK text without spaces
        ("ru", "В Грузии задержали троих лидеров оппозиции", ("europe",)),
        ("tr", "Irak ve Suriye arasında yeni sınır kapısı açıldı", ("middle-east",)),
        ("tr", "Irak'ta seçim sonuçları açıklandı", ("middle-east",)),
        ("ar", "افتتاح معبر حدودي جديد بين العراق وسوريا", ("middle-east",)),
        ("de", "Russlands Armee meldet Vorstoß bei Charkiw", ("europe", "russia")),
        ("pl", "Prezydent Ukrainy spotkał się z premierem Japonii", ("east-asia", "europe")),
        ("zh", "日本首相访问越南", ("east-asia", "southeast-asia")),
        ("ja", "インドとパキスタンが停戦で合意", ("south-asia",)),
    ],
)
def test_regions_in_the_items_language(lang: str, title: str, expected: tuple[str, ...]) -> None:
    assert regions(title, "", lang) == expected


@pytest.mark.parametrize(
    ("lang", "title", "text", "absent"),
    [
        # a venue is where talks are held, not what the story is about
        ("en", "Cameroon government and separatists open talks in Switzerland",
         "Delegations from Cameroon met on Monday.", "europe"),
        ("en", "NATO leaders gather for summit in Ankara",
         "Allied leaders discussed Ukraine and defence spending.", "middle-east"),
        ("ru", "Саммит НАТО в Анкаре", "Лидеры альянса обсудили помощь Украине.", "middle-east"),
        ("tr", "NATO zirvesi Ankara'da başladı", "Liderler Ukrayna'ya yardımı görüştü.",
         "middle-east"),
        ("fr", "Le Cameroun et les séparatistes ouvrent des pourparlers en Suisse",
         "Les délégations camerounaises se sont réunies lundi.", "europe"),
        ("de", "Kamerun: Friedensgespräche in der Schweiz beginnen",
         "Regierung und Separatisten verhandeln seit Montag.", "europe"),
    ],
)
def test_a_venue_is_no_region(lang: str, title: str, text: str, absent: str) -> None:
    assert absent not in derive_tags(title, text, lang)


def test_a_venue_that_is_also_an_actor_still_tags() -> None:
    assert "middle-east" in derive_tags(
        "Turkey hosts NATO summit in Ankara", "Erdogan welcomed allied leaders.", "en"
    )


@pytest.mark.parametrize(
    ("lang", "title", "text", "tags", "absent"),
    [
        ("en", "US and China agree 90-day tariff truce",
         "Washington and Beijing will suspend new duties while trade talks continue.",
         {"east-asia", "trade"}, {"conflict"}),
        ("en", "Brazil floods: troops deployed to rescue stranded families",
         "Floodwaters have displaced thousands in Rio Grande do Sul; the armed forces sent "
         "helicopters and drones.", {"americas"}, {"conflict"}),
        ("en", "Sudan's warring sides agree three-day truce", "", {"africa", "conflict"}, set()),
        ("de", "Neue Sanktionen gegen den Iran", "", {"middle-east", "sanctions"}, set()),
        ("ru", "Россия и Китай провели переговоры о ядерной программе Ирана", "",
         {"russia", "east-asia", "middle-east", "nuclear"}, set()),
        ("ja", "中国が日本産水産物に関税、貿易摩擦が拡大", "",
         {"east-asia", "trade"}, {"conflict"}),
    ],
)
def test_topics_in_every_language(
    lang: str, title: str, text: str, tags: set[str], absent: set[str]
) -> None:
    got = set(derive_tags(title, text, lang))
    assert tags <= got, got
    assert not absent & got, got


def test_a_venue_is_the_region_when_no_actor_is_named() -> None:
    # the meeting place is all the story says of where it is
    assert regions(
        "Foreign ministers arrive in Vilnius for Baltic security talks",
        "Foreign ministers from the three Baltic states and the Nordic countries arrived in "
        "Vilnius on Thursday for talks on air defence and undersea cables.",
    ) == ("europe",)
    assert regions("东盟外长会议在万象开幕", "", "zh") == ("southeast-asia",)


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        ("uk", "Сили оборони відбили 12 атак на сході", "Російські війська обстрілювали позиції.",
         ("russia", "conflict")),
        ("sv", "FN varnar för svält i Jemen", "Miljoner människor behöver humanitär hjälp.",
         ("middle-east", "humanitarian", "united-nations")),
        ("cs", "EU schválila nové sankce proti Íránu", "Balík sankcí míří na ropný sektor.",
         ("middle-east", "europe", "sanctions")),
        ("nl", "Turkije en Griekenland hervatten diplomatiek overleg",
         "De ministers van Buitenlandse Zaken spraken in Athene.",
         ("middle-east", "europe", "diplomacy")),
        ("vi", "Bầu cử tổng thống Hàn Quốc: cử tri đi bỏ phiếu",
         "Cuộc bầu cử diễn ra hôm nay.", ("east-asia", "elections")),
        # "東南アジア諸国連合" is ASEAN, not the 国連 (UN) inside it
        ("ja", "ASEAN首脳会議、南シナ海の行動規範で合意",
         "東南アジア諸国連合の首脳が会議を開いた。", ("southeast-asia", "diplomacy")),
        ("id", "Pengungsi Rohingya tiba di Aceh",
         "Ratusan pengungsi dari Myanmar mendarat di pantai.", ("southeast-asia", "migration")),
    ],
)
def test_topics_in_the_languages_supported_last(
    lang: str, title: str, text: str, expected: tuple[str, ...]
) -> None:
    """Ukrainian, Swedish, Czech, Dutch, Vietnamese, Indonesian… have their own tag words."""
    assert derive_tags(title, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ar", "الدوري السعودي: الهلال يفوز على النصر في قمة الجولة",
         "حقق الهلال فوزا مهما على النصر في قمة الجولة العاشرة من الدوري السعودي."),
        ("ur", "پاکستان نے کینیا کو ہرا کر ٹی ٹوئنٹی سیریز جیت لی",
         "پاکستان نے تیسرے ٹی ٹوئنٹی میچ میں کینیا کو سات وکٹوں سے شکست دے دی۔"),
    ],
)
def test_a_match_report_names_teams_not_regions(lang: str, title: str, text: str) -> None:
    assert not set(derive_tags(title, text, lang)) & set(REGIONS)


def test_a_venue_named_with_a_meeting_phrase_is_no_actor_in_urdu() -> None:
    # "بات چیت" (talks) is a phrase of two words: Istanbul is where, not who
    tags = derive_tags(
        "افغان طالبان اور پاکستان کے درمیان استنبول میں مذاکرات کا نیا دور شروع",
        "افغان طالبان اور پاکستان کے وفود نے استنبول میں سرحدی کشیدگی پر بات چیت کی۔", "ur",
    )
    assert "south-asia" in tags and "middle-east" not in tags
