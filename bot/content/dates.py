"""Feed dates that feedparser alone does not read: RFC 822 dates written with Italian,
Portuguese, German, French or Spanish day and month names ("Gio, 03 Dic 2026 08:55:30 +0100"),
and 12-hour clocks with seconds ("Thu, 03 Dec 2026 02:02:33 PM +0500", read as 02:02 before),
named zones feedparser reads as UTC ("CET", "JST", "IST"), "GMT+2"/"UTC+8" offsets, numeric dates
("04.05.2026 14:00", "2026/05/04 14:00", "2026年5月4日 14:00", "2026-05-04 02:00:00 PM") and
"May 4, 2026 2:00 PM".

A date with no zone is read here as UTC wall-clock time; `zone_offset` tells the caller so, and
bot/content/parse.py moves it to the feed's home zone (`home_zone`; the rule is in
bot/data/dates.json, "home_zones_comment") or leaves it for the article build to place in the
zone of the country the feed's items say (`country_zone`). Zone abbreviations a country uses
for another zone ("EST" in Australia) are read as it does (`zone_names`).

Registered as a feedparser date handler (`register`): feedparser tries it before its own, so a
date it would misread as a morning time never gets that far. The name table is data
(bot/data/dates.json).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime, timedelta
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import feedparser
from feedparser.datetimes.rfc822 import _parse_date_rfc822, timezone_names

from bot.content.language import GENERIC_TLDS
from bot.core import lazy_re as re  # compiles each pattern on first use

_TABLE = json.loads(resources.files("bot.data").joinpath("dates.json").read_text("utf-8"))
# CLDR's names of many languages (bench/build_date_names.py), then the hand-written ones CLDR
# lacks; a name that means two months in two languages is read only for a feed in one of them.
_CLDR = json.loads(resources.files("bot.data").joinpath("date_names.json").read_text("utf-8"))
_BY_LANGUAGE: dict[str, dict[str, dict[str, str]]] = _CLDR["by_language"]
_AMBIGUOUS = {k for t in _BY_LANGUAGE.values() for kind in t.values() for k in kind}
_NAMES: dict[str, str] = {"m:" + k: v for k, v in _CLDR["months"].items()}
_NAMES |= {"d:" + k: v for k, v in _CLDR["days"].items()}
_NAMES |= {"d:" + k: "day" for k in _AMBIGUOUS}  # a day's name is never read, only known
for _kind, _prefix in (("days", "d:"), ("months", "m:")):
    for _english, _names in _TABLE[_kind].items():
        for _name in _names:
            if _name.casefold() not in _AMBIGUOUS:
                _NAMES.setdefault(_prefix + _name.casefold(), _english)
# Names of several words ("thg 12", "thứ năm"): read as one word before matching.
_PHRASES = {k: v for k, v in _NAMES.items() if " " in k}
_PHRASE = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(k[2:]) for k in sorted(_PHRASES, key=len, reverse=True))
    + r")(?!\w)"
)
# The first word of every phrase (each opens with one, after a non-word character or the
# start): a text none of whose words is one of them holds no phrase, and the alternation above
# (a lookbehind first: tried at every character) is not run over it (~7 µs a date).
_WORD_RUN = re.compile(r"\w+")
_PHRASE_HEADS = frozenset(m[0] for k in _PHRASES if (m := _WORD_RUN.match(k[2:])))
if len(_PHRASE_HEADS) and any(not _WORD_RUN.match(k[2:]) for k in _PHRASES):
    _PHRASE_HEADS = frozenset()  # a phrase that opens with no word: no gate
_LANGUAGE: ContextVar[str | None] = ContextVar("feed_language", default=None)
_ZONES: dict[str, str] = _TABLE["zones"]
_COUNTRY_ZONES: dict[str, str] = _TABLE["country_zones"]
_LANGUAGE_COUNTRIES: dict[str, str] = _TABLE["language_zones"]
_COUNTRY_NAMES: dict[str, dict[str, str]] = _TABLE["country_zone_names"]
# "GMT+2", "UTC+05:30", "GMT-3": an offset written after a zone name.
_GMT_OFFSET = re.compile(r"^(?:GMT|UTC|UT)(?P<sign>[+-])(?P<hh>\d{1,2})(?::?(?P<mm>\d{2}))?$", re.I)

# "<day>, DD <month> YYYY HH:MM[:SS] [AM|PM] [zone]"; day name optional, dots after names allowed,
# the day run on to the month ("Sun, 30Mar 2025": a CMS template's slip);
# names may hold hyphens, apostrophes and marks ("terça-feira", "d’abr", "ינו׳", "জানু").
_LOCAL_RFC822 = re.compile(
    r"^\s*(?:(?P<day>[^\W\d_][^\d\s,]{0,19}?)\.?,?\s+)?(?P<dd>\d{1,2})\.?\s*"  # "30Mar" too
    r"(?P<month>[^\W\d_][^\d\s]{1,19}?)\.?"
    r"\s+(?P<year>\d{4})(?:\s+(?P<hh>\d{1,2}):(?P<mi>\d{2})(?::(?P<ss>\d{2}))?"
    # the clock may be missing ("03 دسمبر 2026", "3 dicembre 2026"): midnight, as feedparser
    # reads "03 December 2026"
    r"(?:\s*(?P<ampm>[AaPp])\.?\s?[Mm]\.?)?)?(?:\s+(?P<zone>\S+))?\s*$"
)


def parse_local_rfc822(text: str) -> time.struct_time | None:
    """An RFC 822 date in another language or with a 12-hour clock, as UTC; None otherwise."""
    folded = text.casefold()
    if _PHRASES and (
        not _PHRASE_HEADS or not _PHRASE_HEADS.isdisjoint(_WORD_RUN.findall(folded))
    ) and _PHRASE.search(folded):
        text = _PHRASE.sub(lambda p: _NAMES[_phrase_key(p[1])], folded)
    m = _LOCAL_RFC822.match(text)
    if not m:
        return None
    month = month_name(m["month"], _LANGUAGE.get())
    if not month:
        return None
    hour, minute = int(m["hh"] or 0), m["mi"] or "00"
    if m["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["ampm"].lower() == "p" else 0)
    english = f"{int(m['dd']):02d} {month} {m['year']} {hour:02d}:{minute}:{m['ss'] or '00'}"
    # "CET", "JST", "IST": zones feedparser reads as UTC; no zone at all: UTC (the outlet's
    # own zone is not known here), where feedparser would drop the date.
    zone = _zone_text(m["zone"])
    english += " " + zone
    day = _NAMES.get("d:" + (m["day"] or "").casefold())
    english_only = m["day"] and not day and m["month"].casefold() == month and not m["ampm"]
    if english_only and m["zone"] and _zone_text(m["zone"]) == m["zone"]:
        return None  # an English date feedparser reads itself
    if _NUMERIC_ZONE.fullmatch(zone) and (number := _MONTH_NUMBERS.get(month.lower()[:3])):
        # what _parse_date_rfc822 makes of `english` when its zone is an offset (the usual
        # case), without writing the date out and reading it back (~6 µs of 20 a date)
        sign = -1 if zone[0] == "-" else 1
        return _utc_struct(int(m["year"]), number, int(m["dd"]), hour, int(minute),
                           int(m["ss"] or 0), sign * int(zone[1:3]), sign * int(zone[3:5]))
    parsed = _parse_date_rfc822(english)
    return parsed if parsed else None


_NUMERIC_ZONE = re.compile(r"[+-]\d{4}")
_MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}


def _utc_struct(
    year: int, month: int, day: int, hour: int, minute: int, second: int, zone_hours: int,
    zone_minutes: int,
) -> time.struct_time | None:
    """feedparser's _parse_date_rfc822 from the date's parts: UTC, None when not a date."""
    try:
        stamp = datetime(year, month, day, hour, minute, second)
        return (stamp - timedelta(hours=zone_hours, minutes=zone_minutes)).utctimetuple()
    except (OverflowError, ValueError):
        return None


def _phrase_key(phrase: str) -> str:
    return ("m:" if "m:" + phrase in _PHRASES else "d:") + phrase


def month_name(name: str, language: str | None = None) -> str | None:
    """English RFC 822 month of a month name in any language ("grudnia" → "dec"); a name that
    means different months in two languages ("lis") only with the feed's `language`."""
    key = name.casefold()
    if month := _NAMES.get("m:" + key):
        return month
    lang = (language or "").replace("_", "-").casefold().partition("-")[0]
    return _BY_LANGUAGE.get(lang, {}).get("months", {}).get(key)


@contextmanager
def reading_language(language: str | None) -> Iterator[None]:
    """Dates parsed inside this block are from a feed in `language` (its <language> tag)."""
    token = _LANGUAGE.set(language)
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def _zone_text(zone: str | None) -> str:
    """A zone as RFC 822 wants it: "CEST" → "+0200", "GMT+2" → "+0200", none → "+0000"."""
    if not zone:
        return "+0000"
    if zone.upper() in _ZONES:
        return _ZONES[zone.upper()]
    if m := _GMT_OFFSET.match(zone):
        return f"{m['sign']}{int(m['hh']):02d}{m['mm'] or '00'}"
    return zone


_AMPM = r"(?:\s*(?P<ampm>[AaPp])\.?\s?[Mm]\.?)?"
_CLOCK = r"(?P<hh>\d{1,2})[:h](?P<mi>\d{2})(?::(?P<ss>\d{2})(?:\.\d+)?)?" + _AMPM
_ZONE = r"(?:\s*(?P<zone>Z|[+-]\d{2}:?\d{2}|[A-Za-z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?))?"
# Numeric dates RFC 822 and ISO 8601 do not cover, each with an optional time and zone.
_NUMERIC = (
    # "04.05.2026 14:00" (day first wherever dots are used), "04.05.2026, 14:00 Uhr"
    re.compile(r"^\s*(?P<dd>\d{1,2})\.(?P<mm>\d{1,2})\.(?P<year>\d{4}),?\s*(?:-\s*)?" + _CLOCK
               + r"(?:\s*Uhr)?" + _ZONE + r"\s*$"),
    # "2026/05/04 14:00", "2026-05-04 02:00:00 PM", "2026-05-04T02:00 PM"
    re.compile(r"^\s*(?P<year>\d{4})[/-](?P<mm>\d{1,2})[/-](?P<dd>\d{1,2})(?:[T\s]+)" + _CLOCK
               + _ZONE + r"\s*$"),
    # "2026年5月4日 14:00", "2026年05月04日 14時00分"
    re.compile(r"^\s*(?P<year>\d{4})年(?P<mm>\d{1,2})月(?P<dd>\d{1,2})日\s*(?:\([^)]*\)\s*)?"
               r"(?P<hh>\d{1,2})[:時](?P<mi>\d{2})分?(?::(?P<ss>\d{2}))?(?P<ampm>)" + _ZONE
               + r"\s*$"),
)
# "May 4, 2026 2:00 PM", "Monday, May 4, 2026 - 14:00"
_MONTH_FIRST = re.compile(
    r"^\s*(?:[^\W\d_]{2,12},?\s+)?(?P<month>[^\W\d_]{3,10})\.?\s+(?P<dd>\d{1,2}),?\s+(?P<year>\d{4})"
    r",?\s*(?:-|at|um|à|às|a las)?\s*" + _CLOCK + _ZONE + r"\s*$"
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


# "7/31/2012 9:40:10 PM" (.NET's DateTime.ToString() in en-US), "31/07/2012 21:40": which
# number is the month is read in `_slash_month`.
_SLASHED = re.compile(r"^\s*(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}),?\s+" + _CLOCK + _ZONE
                      + r"\s*$")
_MONTH_FIRST_TAGS = frozenset(_TABLE["month_first_languages"])


def _slash_month(m: re.Match[str]) -> tuple[int, int]:
    """(month, day) of a slashed date: the number above 12 is the day; when both could be the
    month, the first is (US order) for a 12-hour clock in a feed whose language is US English
    or English without a region (bot/data/dates.json, "month_first_languages"), else the
    second (the day-first order of most of the world)."""
    a, b = int(m["a"]), int(m["b"])
    if a > 12 or b > 12:
        return (b, a) if a > 12 else (a, b)
    tag = (_LANGUAGE.get() or "").replace("_", "-").casefold()
    return (a, b) if m["ampm"] and tag in _MONTH_FIRST_TAGS else (b, a)


def parse_other_forms(text: str) -> time.struct_time | None:
    """Numeric and month-first dates (see the module docstring), as UTC; no zone: UTC."""
    m = None
    for pattern in _NUMERIC:
        if m := pattern.match(text):
            month, day = int(m["mm"]), int(m["dd"])
            break
    else:
        if (m := _SLASHED.match(text)) is not None:
            return _numeric_struct(m, *_slash_month(m))
        m = _MONTH_FIRST.match(text)
        if not m:
            return None
        name = m["month"].casefold()
        english = _NAMES.get("m:" + name) or (
            _NAMES.get("m:" + name[:3]) if name[:3] in _MONTHS else None  # "December"
        )
        if english is None:
            return None
        month = _MONTHS.index(english.casefold()[:3]) + 1
        day = int(m["dd"])
    return _numeric_struct(m, month, day)


def _numeric_struct(m: re.Match[str], month: int, day: int) -> time.struct_time | None:
    """The UTC struct_time of a matched numeric or month-first date's `month` and `day` and its
    clock, year and zone groups; None when they make no date."""
    hour, minute = int(m["hh"]), int(m["mi"])
    if m["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["ampm"].lower() == "p" else 0)
    try:
        wall = datetime(int(m["year"]), month, day, hour, minute, int(m["ss"] or 0))
    except ValueError:
        return None
    offset = _offset_minutes(m["zone"]) if m["zone"] else 0
    if offset is None:
        return None
    return (wall - timedelta(minutes=offset)).timetuple()


_OFFSET = re.compile(r"([+-])(\d{2}):?(\d{2})")


@lru_cache(maxsize=256)  # pure; a feed's dates carry one zone or a few ("+0000", "GMT")
def _offset_minutes(zone: str) -> int | None:
    """UTC offset of a zone token in minutes: "+0530" → 330, "CEST" → 120, "EST" → -300."""
    zone = zone.strip().strip("()")
    if zone.upper() == "Z":
        return 0
    text = _zone_text(zone)
    if m := _OFFSET.fullmatch(text):
        minutes = int(m[2]) * 60 + int(m[3])
        return -minutes if m[1] == "-" else minutes
    hours = timezone_names.get(zone.casefold())
    return None if hours is None or len(zone) == 1 else hours * 60


# The zone at the end of a date: "+0800", "+08:00", "Z", "GMT", "CEST", "GMT+2", "(JST)".
_TRAILING_ZONE = re.compile(
    r"(?:\d|\s)(?P<zone>Z|[+-]\d{2}:?\d{2}|[A-Za-z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)"
    r"(?:\s*\([A-Za-z]{2,5}\))?\s*$"
)
# The two shapes of fastparse.common_date (English RFC 822 with a numeric or UTC zone, ISO 8601
# with seconds and a zone; not "UTC", which _offset_minutes does not know): what _TRAILING_ZONE
# and _offset_minutes read of them, read at once
# (tests/bot/content/test_date_fast_path.py compares both on every fixture date).
_COMMON_ZONED = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-3]\d (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r" \d{4} [0-2]\d:[0-5]\d:[0-5]\d (?:([+-])([01]\d)([0-5]\d)|GMT)"
    r"|\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|([+-])([01]\d):([0-5]\d))",
    re.ASCII,
)
_TRAILING_CLOCK = re.compile(
    r"\d{1,2}[:h時]\d{2}(?::\d{2}(?:\.\d+)?)?分?\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s*Uhr)?\s*$"
)


def zone_offset(text: str | None) -> int | bool | None:
    """What zone a feed's date string carries: its UTC offset in minutes; False when it has a
    time of day but no zone ("2026-05-04 14:00:00"); None when that is not known (no date, a
    date without a time, a zone name not in the tables)."""
    if not text:
        return None
    text = text.strip()
    if common := _COMMON_ZONED.fullmatch(text):  # most dates: the zone is their last field
        sign = common[1] or common[4]
        offset = int(common[2] or common[5]) * 60 + int(common[3] or common[6]) if sign else 0
        return -offset if sign == "-" else offset
    return _zone_offset(text)


def _zone_offset(text: str) -> int | bool | None:
    """`zone_offset` of a stripped date text of any shape."""
    if m := _TRAILING_ZONE.search(text):
        zone = m["zone"]
        if zone.casefold() in ("am", "pm", "uhr"):
            return False if _TRAILING_CLOCK.search(text) else None
        return _offset_minutes(zone)
    return False if _TRAILING_CLOCK.search(text) else None


_NATIONAL_SLD = frozenset(("com", "co", "org", "net", "gov", "edu", "ac", "gob", "go", "or", "ne"))


def _countries(language: str | None, link: str | None) -> list[str]:
    """The countries a feed names, strongest first: its language tag's region, its link's
    ccTLD, the country of a language whose press is in one zone."""
    lang, _, region = (language or "").replace("_", "-").casefold().partition("-")
    found = [region[:2].upper()] if len(region) >= 2 and region[:2].isalpha() else []
    if link:
        host = re.sub(r"^[a-z]+://", "", link.casefold()).split("/")[0].split(":")[0]
        labels = host.split(".")
        # a ccTLD sold as generic (.tv, .io, .me) names its country only under its national
        # second level (".com.co", ".gov.ws")
        if labels[-1] not in GENERIC_TLDS or (len(labels) > 2 and labels[-2] in _NATIONAL_SLD):
            found.append(labels[-1].upper())
    if lang in _LANGUAGE_COUNTRIES:
        found.append(_LANGUAGE_COUNTRIES[lang])
    return found


def home_zone(language: str | None, link: str | None) -> ZoneInfo | None:
    """The zone a feed's zone-less times are in: from the country in its language tag, its
    link's ccTLD, or a language whose press is in one zone (see bot/data/dates.json)."""
    return country_zone(next((c for c in _countries(language, link) if c in _COUNTRY_ZONES), ""))


def country_zone(country: str | None) -> ZoneInfo | None:
    """The one time zone of `country`'s press (ISO code), None for a country of several zones
    (US, CA, AU…) or one not in the table."""
    name = _COUNTRY_ZONES.get((country or "").upper())
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:  # no tz database: the caller keeps UTC
        return None


def zone_names(language: str | None, link: str | None) -> dict[str, int]:
    """Zone abbreviations that mean another zone in the feed's country than the US or India
    one a reader takes them for ("EST" in Australia is +10:00, "CST" in China +08:00, "IST"
    in Ireland +01:00), as UTC offsets in minutes; from bot/data/dates.json."""
    country = next((c for c in _countries(language, link) if c in _COUNTRY_NAMES), "")
    return {k: _offset_minutes(v) or 0 for k, v in _COUNTRY_NAMES.get(country, {}).items()}


def named_offset(text: str | None, names: dict[str, int]) -> int | None:
    """The offset `names` (`zone_names`) gives the zone abbreviation ending the date `text`,
    None when it ends in no such name."""
    if not names or not text:
        return None
    m = _TRAILING_ZONE.search(text.strip())
    return names.get(m["zone"].upper()) if m else None


def register() -> None:
    """Make feedparser read these dates (idempotent)."""
    for handler in (parse_other_forms, parse_local_rfc822):
        if handler not in feedparser.datetimes._date_handlers:
            feedparser.registerDateHandler(handler)
