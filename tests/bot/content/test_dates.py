"""Dates in many languages: RFC 822 shapes written with CLDR's day and month names, the expected
instant built independently (babel formats a known datetime; the test compares the instant)."""

from __future__ import annotations

import calendar
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from feedparser.datetimes import _parse_date

from bot.content import dates, parse

ROOT = Path(__file__).resolve().parents[3]
NAMES = json.loads((ROOT / "bot" / "data" / "date_names.json").read_text("utf-8"))
# Month names that are numbers in CLDR ("12月", "12월", "tháng 12" is read, "١٢" is not a name).
NUMERIC_MONTHS = {"ja", "zh", "ko"}
PATTERNS = (
    "EEE, dd MMM yyyy HH:mm:ss",    # abbreviated, format (genitive) forms
    "EEEE, d MMMM yyyy HH:mm:ss",   # wide, format forms: "3 grudnia", "3 декабря"
    "ccc, dd LLL yyyy HH:mm:ss",    # abbreviated stand-alone
    "cccc, d LLLL yyyy HH:mm:ss",   # wide stand-alone: "3 grudzień", "3 декабрь"
)


def _instant(parsed: object) -> datetime:
    assert parsed is not None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", [x for x in NAMES["languages"] if x not in NUMERIC_MONTHS])
def test_every_month_in_every_form_reads_as_its_instant(lang: str) -> None:
    babel_dates = pytest.importorskip("babel.dates")
    for month in range(1, 13):
        wall = datetime(2026, month, 3, 14, 5, 7)
        for pattern in PATTERNS:
            text = babel_dates.format_datetime(wall, pattern, locale=lang)
            with dates.reading_language(lang):
                got = _parse_date(text + " +0300")  # our handlers, then feedparser's
            if got is None and any(c.isdigit() for c in text.split(",")[-1].split()[1]):
                continue  # a month written as a number in this locale ("1-р сар"): not a name
            assert got is not None, f"{lang}: {text!r} not read"
            assert _instant(got) == wall.replace(tzinfo=UTC) - timedelta(hours=3), (lang, text)


@pytest.mark.parametrize(
    ("text", "utc"),
    [
        ("Pazartesi, 02 Ara 2026 14:05:00 TRT", "2026-12-02T11:05"),
        ("Per, 03 ARALIK 2026 10:00:00 +0300", "2026-12-03T07:00"),  # dotless ı casefolded
        ("Senin, 2 Des 2026 14:05:00 WIB", "2026-12-02T07:05"),
        ("Rabu, 02 Des 2026 20:00:00 WITA", "2026-12-02T12:00"),
        ("Kamis, 03 Dis 2026 09:00:00 +0800", "2026-12-03T01:00"),  # Malay "Dis"
        ("pon., 2 gru 2026 14:05:00 CET", "2026-12-02T13:05"),
        ("czw., 3 grudnia 2026 08:00:00 +0100", "2026-12-03T07:00"),
        ("Πέμ, 03 Δεκεμβρίου 2026 10:00:00 EET", "2026-12-03T08:00"),
        ("ΠΕΜ, 03 ΔΕΚ 2026 10:00:00 +0200", "2026-12-03T08:00"),
        ("чт, 03 декабря 2026 11:00:00 MSK", "2026-12-03T08:00"),
        ("Чт, 03 дек. 2026 11:00:00 +0300", "2026-12-03T08:00"),
        ("чт, 03 грудня 2026 11:00:00 EET", "2026-12-03T09:00"),
        ("do, 03 dec 2026 09:00:00 CET", "2026-12-03T08:00"),
        ("čt, 03 pro 2026 09:00:00 CET", "2026-12-03T08:00"),
        ("joi, 03 dec. 2026 10:00:00 EET", "2026-12-03T08:00"),
        ("cs, 03 dec. 2026 09:00:00 CET", "2026-12-03T08:00"),
        ("tors, 03 dec. 2026 09:00:00 CET", "2026-12-03T08:00"),
        ("Thứ Năm, 03 thg 12 2026 08:00:00 +0700", "2026-12-03T01:00"),
        ("Thu, 03 Dec 2026 14:30:00 IST", "2026-12-03T09:00"),
        ("Thu, 03 Dec 2026 18:00:00 KST", "2026-12-03T09:00"),
        ("Thu, 03 Dec 2026 19:00:00 AEDT", "2026-12-03T08:00"),
        ("Thu, 03 Dec 2026 05:00:00 BRT", "2026-12-03T08:00"),
        ("Thu, 03 Dec 2026 13:00:00 PKT", "2026-12-03T08:00"),
        ("Thu, 03Dec 2026 13:30:00 +0530", "2026-12-03T08:00"),  # day run on to the month
    ],
)
def test_real_shapes(text: str, utc: str) -> None:
    assert _instant(dates.parse_local_rfc822(text)).isoformat()[:16] == utc


def test_a_name_two_languages_read_differently_needs_the_feeds_language() -> None:
    # "lis" is November in Polish and Czech, October in Croatian: never guessed.
    assert dates.parse_local_rfc822("wt., 3 lis 2026 10:00:00 +0100") is None
    with dates.reading_language("pl-PL"):
        assert _instant(dates.parse_local_rfc822("wt., 3 lis 2026 10:00:00 +0100")).month == 11
    with dates.reading_language("hr"):
        assert _instant(dates.parse_local_rfc822("uto, 3 lis 2026 10:00:00 +0100")).month == 10
    assert dates.month_name("lipca", None) == "jul"  # unambiguous genitive form: no language needed
    assert dates.month_name("lip", None) is None
    assert dates.month_name("lip", "pl") == "jul" and dates.month_name("lip", "hr") == "jun"


def test_the_feeds_language_tag_reaches_the_date_reader() -> None:
    body = b"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>
<link>https://x.example/</link><language>hr-HR</language><item><title>A</title>
<link>https://x.example/a</link><pubDate>uto, 03 lis 2026 10:00:00 +0100</pubDate></item>
</channel></rss>"""
    feed = parse.parse_feed(body, url="https://x.example/rss")
    assert feed.entries[0].published == datetime(2026, 10, 3, 9, 0, tzinfo=UTC)
    feed = parse.parse_feed(body.replace(b"hr-HR", b"pl"), url="https://x.example/rss")
    assert feed.entries[0].published == datetime(2026, 11, 3, 9, 0, tzinfo=UTC)


def test_committed_date_names_match_the_build_script() -> None:
    """bot/data/date_names.json is what bench.build_date_names makes from babel's CLDR data."""
    pytest.importorskip("babel")
    from bench import build_date_names

    assert build_date_names.main(["--check"]) == 0


def test_a_date_with_an_offset_reads_as_feedparser_reads_it_written_out() -> None:
    """parse_local_rfc822 reads a date whose zone is (or maps to) an offset from its parts, not
    through feedparser's RFC 822 reader: the same result as that reader gives the date written
    out in English, impossible dates (day 0 or 32, second 60, hour 25, past year 9999) too."""
    import random

    from feedparser.datetimes.rfc822 import _parse_date_rfc822

    rng = random.Random(19)
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    local = {"Dec": "dic", "Aug": "ago", "May": "mag", "Oct": "ott"}  # Italian, read too
    for _ in range(4000):
        year = rng.choice((1899, 1970, 2000, 2024, 2026, 9999))
        name = rng.choice(months)
        day, hour = rng.choice((0, 1, 9, 28, 29, 30, 31, 32)), rng.randint(0, 25)
        minute, second = rng.randint(0, 59), rng.choice((0, 7, 59, 60))
        zone = rng.choice((
            f"{rng.choice('+-')}{rng.randint(0, 14):02d}{rng.choice((0, 30, 45, 99)):02d}",
            "CET", "CEST", "JST", "IST", "GMT", "UTC", "EST", "PDT", "GMT+2", "UTC-05:30", "",
        ))
        ampm = rng.choice(("", "", " AM", " PM"))
        clock = f"{hour if not ampm else rng.randint(0, 13):02d}:{minute:02d}:{second:02d}"
        shown = local.get(name, name) if rng.random() < 0.3 else name
        text = f"{rng.choice(('Sun, ', 'Thu, ', ''))}{day:02d} {shown} {year} {clock}{ampm}"
        text += f" {zone}" if zone else ""
        h = int(clock[:2])
        if ampm:
            h = h % 12 + (12 if ampm == " PM" else 0)
        english = (f"{day:02d} {name.lower()} {year} {h:02d}:{minute:02d}:{second:02d} "
                   f"{dates._zone_text(zone or None)}")
        if ampm and not 1 <= int(clock[:2]) <= 12:
            expected = None
        else:
            expected = _parse_date_rfc822(english) or None
        assert dates.parse_local_rfc822(text) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    ("03 دسمبر 2026", (2026, 12, 3, 0, 0)),  # Urdu, no clock (fixture 1180)
    ("3 dicembre 2026", (2026, 12, 3, 0, 0)),
    ("03 Dezember 2026", (2026, 12, 3, 0, 0)),
    ("Dezember 2026", None),  # no day: no date
])
def test_local_date_without_clock_is_midnight(text: str, expected: tuple[int, ...] | None) -> None:
    from bot.content.dates import parse_local_rfc822

    got = parse_local_rfc822(text)
    assert (tuple(got[:5]) if got else None) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # .NET's DateTime.ToString() in en-US: month first, 12-hour clock, no zone (read as UTC)
        ("7/31/2026 9:40:10 PM", "en-us", (2026, 7, 31, 21, 40, 10)),
        ("7/6/2026 9:40:10 AM", "en-us", (2026, 7, 6, 9, 40, 10)),
        ("7/6/2026 9:40:10 AM", None, (2026, 7, 6, 9, 40, 10)),
        # both numbers could be the month: day first outside US English or with a 24-hour clock
        ("7/6/2026 9:40:10 AM", "en-au", (2026, 6, 7, 9, 40, 10)),
        ("7/6/2026 21:40", "en-us", (2026, 6, 7, 21, 40, 0)),
        # a number above 12 is the day whatever the feed says
        ("31/07/2026 21:40:10", "en-us", (2026, 7, 31, 21, 40, 10)),
        ("7/31/2026 21:40 +0530", "fr", (2026, 7, 31, 16, 10, 0)),
        ("13/13/2026 9:40:10 PM", "en-us", None),  # no month: unread, never a guess
        ("7/31/2026 13:40:10 PM", "en-us", None),
    ],
)
def test_slashed_dates_read_in_their_cultures_order(
    text: str, language: str | None, expected: tuple[int, ...] | None
) -> None:
    with dates.reading_language(language):
        parsed = dates.parse_other_forms(text)
    if expected is None:
        assert parsed is None
    else:
        assert _instant(parsed) == datetime(*expected, tzinfo=UTC)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("language", "link", "text", "offset"),
    [
        ("en-au", None, "Fri, 17 Jul 2026 19:30:00 EST", 600),  # AEST, not US Eastern
        ("en", "https://www.paper.example.au/", "Fri, 17 Jul 2026 19:30:00 CST", 570),
        ("zh-CN", None, "Fri, 17 Jul 2026 19:30:00 CST", 480),  # Java's China Standard Time
        ("en-ie", None, "Fri, 17 Jul 2026 19:30:00 IST", 60),  # Irish summer time
        ("he", None, "Fri, 17 Jul 2026 19:30:00 IST", 120),
        ("en-us", None, "Fri, 17 Jul 2026 19:30:00 EST", None),  # what a reader takes it for
        ("en-au", None, "Fri, 17 Jul 2026 19:30:00 +1000", None),  # an offset is an offset
        ("en-au", None, "Fri, 17 Jul 2026 19:30:00", None),
    ],
)
def test_zone_names_read_as_the_feeds_country_uses_them(
    language: str, link: str | None, text: str, offset: int | None
) -> None:
    assert dates.named_offset(text, dates.zone_names(language, link)) == offset


def test_zone_name_of_the_feeds_country_moves_the_instant() -> None:
    """'EST' in an Australian feed: 19:30 in Brisbane is 09:30 UTC (not 00:30 the next day)."""
    item = ("<item><title>T</title><link>https://p.example/1</link>"
            "<pubDate>Fri, 17 Jul 2026 19:30:00 EST</pubDate></item>")
    for lang in ("en-au", "en-us"):
        body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>P</title>'
                f"<language>{lang}</language>{item}</channel></rss>").encode()
        (entry,) = parse.parse_feed(body, url="https://p.example/rss").entries
        want = datetime(2026, 7, 17, 9, 30) if lang == "en-au" else datetime(2026, 7, 18, 0, 30)
        assert entry.published == want.replace(tzinfo=UTC) and not entry.floating


def test_a_zone_less_time_without_a_home_zone_is_left_floating() -> None:
    """No zone and no country in the feed: read as UTC wall-clock time and marked, so the
    article build can place it once the outlet's country is inferred; with a country's
    language tag it is placed at once."""
    item = ("<item><title>T</title><link>https://p.example/1</link>"
            "<pubDate>2026-04-25 22:10:00</pubDate></item>")
    for lang, hour, floating in (("en", 22, True), ("en-pk", 17, False)):
        body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>P</title>'
                f"<language>{lang}</language>{item}</channel></rss>").encode()
        (entry,) = parse.parse_feed(body, url="https://p.example/rss").entries
        assert entry.published == datetime(2026, 4, 25, hour, 10, tzinfo=UTC)
        assert entry.floating is floating
