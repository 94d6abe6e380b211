"""Language identification: scripts, function words, the feed's declared language."""

from __future__ import annotations

import pytest

from bot.content import language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russland greift Kiew an, sagt die Regierung", "de"),
        ("La Russie et l'Ukraine reprennent les négociations", "fr"),
        ("El Gobierno aprueba los presupuestos para el próximo año", "es"),
        ("Il governo approva la manovra, scontro con l'opposizione", "it"),
        ("O Governo aprova a descida do IRS para os jovens", "pt"),
        ("Путин провел переговоры с премьером", "ru"),
        ("الأمم المتحدة تدعو إلى وقف إطلاق النار", "ar"),
        ("پوتین و ترامپ درباره اوکراین گفتگو کردند", "fa"),
        ("امریکا اور چین کے درمیان تجارتی مذاکرات", "ur"),
        ("习近平与普京在莫斯科举行会谈", "zh"),
        ("岸田首相、ゼレンスキー大統領と会談へ", "ja"),
        ("Rusko zaútočilo na Ukrajinu v noci na pondelok", "sk"),
        ("북한, 동해상으로 탄도미사일 발사", "ko"),
        ("রোহিঙ্গা প্রত্যাবাসন নিয়ে আলোচনায় বসছে ঢাকা", "bn"),
        ("विदेश मंत्री ने युद्धविराम पर बातचीत की", "hi"),
        ("Ngoại trưởng của Mỹ và Trung Quốc hội đàm tại Hà Nội", "vi"),
        ("Rusko zaútočilo na Ukrajinu, válka jako by pokračovala", "cs"),
        ("De minister van Buitenlandse Zaken is naar Kyiv gereisd", "nl"),
        ("Ulkoministeri sanoi, että sota ei ole ohi", "fi"),
        ("Senate passes spending bill hours before shutdown deadline", "en"),
    ],
)
def test_detect(text: str, expected: str) -> None:
    assert language.detect(text) == expected


def test_the_declared_language_breaks_ties_and_covers_short_text() -> None:
    assert language.detect("Putin in Peking") == "en"
    assert language.detect("Putin in Peking", "de-DE") == "de"
    # ...but a text clearly in another language overrules a wrong declaration.
    french = "Le gouvernement et la France, selon le ministre des Affaires"
    assert language.detect(french, "en") == "fr"


@pytest.mark.parametrize(
    ("text", "declared"),
    [
        # Function words shared with Russian ("у", "о") outnumber the Ukrainian ones here; the
        # letters і, ї, є, ґ (and no ы, э, ъ, ё) say Ukrainian (a news agency's feed without a
        # <language>, or with Russian category names).
        ("Суд у справі збиття літака: наступне засідання о 10:00 у листопаді", None),
        ("Суд у справі збиття літака: наступне засідання о 10:00 у листопаді", "ru"),
        ("Лікарі у Дніпрі рятують сапера, який підірвався на міні", None),
    ],
)
def test_ukrainian_letters_decide_between_ukrainian_and_russian(
    text: str, declared: str | None
) -> None:
    assert language.detect(text, declared) == "uk"


def test_russian_text_naming_a_ukrainian_place_stays_russian() -> None:
    assert language.detect("Президент прибыл в Київ, сообщили в администрации") == "ru"


def test_nothing_to_read() -> None:
    assert language.detect("", None) == language.UNKNOWN
    assert language.detect("2026 — 3:1", "it") == "it"


@pytest.mark.parametrize(
    ("tag", "base", "region"),
    [("pt-BR", "pt", "BR"), ("en_gb", "en", "GB"), ("de", "de", None), ("", None, None),
     (None, None, None), ("zh-Hans-CN", "zh", None)],
)
def test_tags(tag: str | None, base: str | None, region: str | None) -> None:
    assert language.base(tag) == base
    assert language.region(tag) == region


@pytest.mark.parametrize(
    ("declared", "url", "hint"),
    [
        ("de", "https://www.derstandard.at/rss", "de-AT"),
        # the domain wins over a declared region: "en-gb", "pt-PT" are CMS defaults
        ("de-DE", "https://www.example.at/rss", "de-AT"),
        ("en-gb", "https://www.herald.example.co.tz/feed", "en-TZ"),
        ("de-DE", "https://www.example.com/rss", "de-DE"),  # no country domain: declared
        ("en", "https://news.example.eu/rss", "en"),  # .eu: no country
        ("en", "http://127.0.0.1:8080/feed.xml", "en"),  # an IP address: no domain
        ("en", "https://www.dw.de/rss/en", "en-DE"),
        (None, "https://www.bbc.co.uk/news/rss.xml", "und-GB"),
        ("en", "https://feeds.example.com/world", "en"),
        ("en", "https://news.example.io/feed", "en"),  # .io is sold as a generic name
        (None, None, None),
    ],
)
def test_feed_hint(declared: str | None, url: str | None, hint: str | None) -> None:
    assert language.feed_hint(declared, url) == hint


@pytest.mark.parametrize(
    ("declared", "url", "site", "hint"),
    [
        # served from loopback, a proxy or a feed service: the channel's link names the country
        ("en", "http://127.0.0.1:8080/feed.xml", "https://pohjola.example.fi/", "en-FI"),
        ("ur", "https://feeds.service.example/x", "https://urdu.example.cn/", "ur-CN"),
        ("en-au", "http://127.0.0.1/feed", "https://www.courier.example.com.pg/", "en-PG"),
        ("en", "https://www.example.co.uk/rss", "https://www.example.ie/", "en-GB"),  # feed first
        # "en-US" as a CMS installs it names no country on a generic domain (the US stays
        # the default home of English: `test_a_cms_default_tag_yields_to_the_description`)
        ("en-US", "https://feeds.example.com/x", "https://www.example.com/", "en"),
        ("en-US", "https://feeds.example.com/x", "https://www.example.com.ng/", "en-NG"),
    ],
)
def test_feed_hint_from_the_site(
    declared: str | None, url: str | None, site: str | None, hint: str | None
) -> None:
    assert language.feed_hint(declared, url, site) == hint


def test_ascii_letter_count_matches_the_regex() -> None:
    import re

    for text in ("Talks stall in Geneva", "Ünïcödé ÀZaz ßẞ ıİ", "", "12 — 34", "a\ud800b"):
        assert language._count_ascii_letters(text) == len(re.findall("[A-Za-z]", text))


@pytest.mark.parametrize(
    ("description", "hint"),
    [
        ("The English service of the Danube public broadcaster's Hungarian desk", "en"),
        ("The English service of the Hungarian public broadcaster Duna Hang", "en-HU"),
        ("Kestrel – Kenyan National News Agency. World news", "en-KE"),
        ("Malaysia's national news agency in English", "en-MY"),
        ("News about the Czech radio market", "en"),
        ("World news from Coralbay News", "en"),
        (None, "en"),
    ],
)
def test_a_feed_describing_a_countrys_broadcaster_or_agency_names_home(
    description: str | None, hint: str
) -> None:
    """A world service on a generic domain (set 27): its channel description names whose
    broadcaster or agency it is, and that country is home."""
    assert language.feed_hint("en", "https://news.example.org/feed", None, description) == hint


def test_a_domain_or_a_declared_region_wins_over_the_description() -> None:
    described = "The English service of the Czech public broadcaster"
    assert language.feed_hint("en-gb", "https://x.example.org/", None, described) == "en-gb"
    assert language.feed_hint("en", "https://x.example.pl/", None, described) == "en-PL"


@pytest.mark.parametrize(
    ("declared", "description", "hint"),
    [
        # WordPress's "en-US" left as installed on a non-US outlet's generic domain
        ("en-US", "Bhutan’s national newspaper", "en-BT"),
        ("en-us", "Nepal's first online newspaper", "en-NP"),
        ("en-US", "Malaysia's national news agency in English", "en-MY"),
        ("en", "Kenya's leading daily", "en-KE"),
        ("en", "Kenya's daily briefing", "en"),  # a daily only with what kind it is
        ("en-US", "News and views from around the world", "en"),
        ("en-US", None, "en"),
        ("en-gb", "Bhutan's national newspaper", "en-gb"),  # not a tag whose region is default
    ],
)
def test_a_cms_default_tag_yields_to_the_description(
    declared: str, description: str | None, hint: str
) -> None:
    """A region that is only the CMS's installed default ("en-US") is no evidence against what
    the channel says of its outlet; dropped, it leaves the language's usual country as home."""
    assert language.feed_hint(declared, "https://news.example.org/feed", None, description) == hint
    from bot.content import geo

    if hint == "en":
        assert geo.default_home("en") == frozenset({"US"})
