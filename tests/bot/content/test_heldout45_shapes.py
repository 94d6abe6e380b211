"""Held-out set 45's shapes as units (invented text; fixtures 2360-2369 carry them whole): dates
as real CMSs write them. Zone abbreviations another country reads otherwise ('AST' Arabia in
the Gulf, Atlantic elsewhere; Brazil's 'AMST'), read with the country the feed names."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.content.articles import process_feed


def _feed(description: str, language: str, date: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>The Ledger | World</title>
<link>https://www.ledger.example/</link><description>{description}</description>
<language>{language}</language>
<item><title>Ministers meet over river water shares</title>
<link>https://www.ledger.example/news/1</link><pubDate>{date}</pubDate>
<description>&lt;p&gt;Water ministers of two neighbouring states agreed to meet again next
month on releases from upstream dams.&lt;/p&gt;</description></item>
</channel></rss>""".encode()


def _published(body: bytes) -> datetime | None:
    _, (article,) = process_feed(body, url="https://feeds.example/ledger.xml")
    return article.published


@pytest.mark.parametrize(
    ("description", "language", "date", "utc"),
    [
        # the channel names a Gulf city: Arabia Standard Time
        ("The Ledger, Kuwait City", "en", "Tue, 08 Sep 2026 23:15:00 AST", (2026, 9, 8, 20, 15)),
        ("Jeddah's English daily", "en", "Tue, 08 Sep 2026 23:15:00 AST", (2026, 9, 8, 20, 15)),
        # a Caribbean channel, or none: RFC 822's Atlantic Standard Time, as before
        ("The Ledger, Bridgetown, Barbados", "en", "Tue, 08 Sep 2026 23:15:00 AST",
         (2026, 9, 9, 3, 15)),
        ("World news", "en", "Tue, 08 Sep 2026 23:15:00 AST", (2026, 9, 9, 3, 15)),
        # Brazil's Amazon Summer Time with a 12-hour clock (a name no reader knows: was UTC)
        ("Mundo", "pt-BR", "Thu, 15 Nov 2018 03:35:00 PM AMST", (2018, 11, 15, 18, 35)),
        ("Mundo", "pt-BR", "Thu, 15 Jun 2017 03:35:00 PM AMT", (2017, 6, 15, 19, 35)),
    ],
)
def test_a_zone_name_is_read_as_the_feeds_country_reads_it(
    description: str, language: str, date: str, utc: tuple[int, ...]
) -> None:
    assert _published(_feed(description, language, date)) == datetime(*utc, tzinfo=UTC)


@pytest.mark.parametrize(
    ("html", "feed_date", "utc"),
    [
        # Imperia: the pubDate is the update the stamp line names; 'Erstellt' is the publication
        ("<p><em>Erstellt: 14.10.2025, 07:48 Uhr | Aktualisiert: 14.10.2025, 19:05 Uhr</em></p>"
         "<p>Die Koalition hielt.</p>", (2025, 10, 14, 17, 5), (2025, 10, 14, 5, 48)),
        ("<p>Published: 03/05/2026 08:10 | Updated: 14:30</p><p>Talks resumed.</p>",
         (2026, 5, 3, 13, 30), (2026, 5, 3, 7, 10)),
        ("<p>Publicado em 03/05/2026 às 08h10 | Atualizado em 03/05/2026 às 14h30</p>",
         (2026, 5, 3, 17, 30), (2026, 5, 3, 11, 10)),
        ("<p>Pubblicato il 03/05/2026 alle 08:10 - Aggiornato alle 14:30</p>",
         (2026, 5, 3, 12, 30), (2026, 5, 3, 6, 10)),
        # the feed's date is not the update the line names, or there is no update: as it is
        ("<p>Published: 03/05/2026 08:10 | Updated: 14:30</p>", (2026, 5, 3, 13, 37), None),
        ("<p><em>Erstellt: 13.10.2025, 22:10 Uhr</em></p><p>dpa</p>", (2025, 10, 13, 20, 10),
         None),
        ("<p>The minister posted 12.02.2015 figures at 09:14.</p>", (2025, 10, 13, 20, 10),
         None),
    ],
)
def test_a_stamp_lines_first_publication_wins_over_a_feed_date_that_is_its_update(
    html: str, feed_date: tuple[int, ...], utc: tuple[int, ...] | None
) -> None:
    from bot.content.stamps import stamped_publication

    got = stamped_publication(html, datetime(*feed_date, tzinfo=UTC))
    assert got == (datetime(*utc, tzinfo=UTC) if utc else None)


@pytest.mark.parametrize(
    ("html", "names"),
    [
        # a teaser opening with its byline as a sentence of its own (Plone descriptions)
        ("By Teboho Mokoena. Malawi's central bank devalued the kwacha.", ("Teboho Mokoena",)),
        ("By Palesa Ntsane. The department said the post stays open.", ("Palesa Ntsane",)),
        ("By Mpho Letsie with agency reports. Namibia declared an emergency.", ("Mpho Letsie",)),
        # agencies credited after the writer in the byline block
        ("<p><strong>By Varney Kollie with agency reports</strong></p><p>Schools stayed shut.</p>",
         ("Varney Kollie",)),
        ("<p>Von Oliver Brinkmann mit Material von AFP</p><p>Die Kommission begründete das.</p>",
         ("Oliver Brinkmann",)),
        ("<p>Von Jonas Brüggemann mit Material von dpa und Reuters</p><p>Die Regierung.</p>",
         ("Jonas Brüggemann",)),
        ("<p>di Anna Neri con agenzie</p><p>Il governo ha deciso.</p>", ("Anna Neri",)),
        # a time, not a byline
        ("By Tuesday Morning. The talks had stalled.", ()),
    ],
)
def test_a_byline_sentence_or_agency_tail_names_the_writer(
    html: str, names: tuple[str, ...]
) -> None:
    from bot.content.attribution.bylines import byline_from_text

    assert byline_from_text(html) == names


@pytest.mark.parametrize(
    "html",
    [
        "<p><strong>By Varney Kollie with agency reports</strong></p><p>Schools stayed shut.</p>",
        "<p>Von Oliver Brinkmann mit Material von AFP</p><p>Schools stayed shut.</p>",
        "<p>di Anna Neri con agenzie</p><p>Schools stayed shut.</p>",
    ],
)
def test_a_byline_paragraph_with_an_agency_tail_leaves_the_text(html: str) -> None:
    from bot.content.clean import clean_html

    assert clean_html(html) == ["Schools stayed shut."]


@pytest.mark.parametrize(
    ("html", "kept"),
    [
        ("<p>Updated 9.45am: Departures to Gatwick are running late.</p>",
         ["Departures to Gatwick are running late."]),
        ("<p>Last updated 5.40pm: Fishermen say the rise will cost £900.</p>",
         ["Fishermen say the rise will cost £900."]),
        ("<p>Aktualisiert 14:30 Uhr: Die Polizei hat die Straße freigegeben.</p>",
         ["Die Polizei hat die Straße freigegeben."]),
        # a sentence about an update is no stamp
        ("<p>Updated figures: the ministry counted 400 cases.</p>",
         ["Updated figures: the ministry counted 400 cases."]),
    ],
)
def test_an_update_note_before_a_colon_leaves_the_text(html: str, kept: list[str]) -> None:
    from bot.content.clean import clean_html

    assert clean_html(html) == kept


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("Il meteo del weekend nelle Marche ????", "Il meteo del weekend nelle Marche"),
        ("Cile, incendi a Valparaíso ????????", "Cile, incendi a Valparaíso"),
        # a question's own marks stay
        ("Why???? Really", "Why???? Really"),
        ("Chi ha vinto?", "Chi ha vinto?"),
    ],
)
def test_an_emoji_lost_as_four_question_marks_leaves_the_title(text: str, clean: str) -> None:
    from bot.content import repair

    assert repair.title(text) == clean


@pytest.mark.parametrize(
    ("title", "service"),
    [
        ("Tides and weather for Friday", True),
        ("Tide times for Luganville", True),
        ("Il meteo del weekend nelle Marche", True),
        ("Meteo di domani in Abruzzo", True),
        # a headline that only opens with the word
        ("Tides turn against the government", False),
        ("Il meteo impazzito: grandine a luglio", False),
    ],
)
def test_a_tide_or_weather_service_title_is_no_story(title: str, service: bool) -> None:
    from bot.content.articles.headlines import _title_start

    assert _title_start(title) is service
