"""Feed dates that feedparser alone does not read: RFC 822 dates written with Italian,
Portuguese, German, French or Spanish day and month names ("Gio, 03 Dic 2026 08:55:30 +0100"),
and 12-hour clocks with seconds ("Thu, 03 Dec 2026 02:02:33 PM +0500", read as 02:02 before),
named zones feedparser reads as UTC ("CET", "JST", "IST") and dates with no zone (UTC).

Registered as a feedparser date handler (`register`): feedparser tries it before its own, so a
date it would misread as a morning time never gets that far. The name table is data
(bot/data/dates.json).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from importlib import resources

import feedparser
from feedparser.datetimes.rfc822 import _parse_date_rfc822

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
_LANGUAGE: ContextVar[str | None] = ContextVar("feed_language", default=None)
_ZONES: dict[str, str] = _TABLE["zones"]

# "<day>, DD <month> YYYY HH:MM[:SS] [AM|PM] [zone]"; day name optional, dots after names allowed;
# names may hold hyphens, apostrophes and marks ("terça-feira", "d’abr", "ינו׳", "জানু").
_LOCAL_RFC822 = re.compile(
    r"^\s*(?:(?P<day>[^\W\d_][^\d\s,]{0,19}?)\.?,?\s+)?(?P<dd>\d{1,2})\.?\s+"
    r"(?P<month>[^\W\d_][^\d\s]{1,19}?)\.?"
    r"\s+(?P<year>\d{4})\s+(?P<hh>\d{1,2}):(?P<mi>\d{2})(?::(?P<ss>\d{2}))?"
    r"(?:\s*(?P<ampm>[AaPp])\.?\s?[Mm]\.?)?(?:\s+(?P<zone>\S+))?\s*$"
)


def parse_local_rfc822(text: str) -> time.struct_time | None:
    """An RFC 822 date in another language or with a 12-hour clock, as UTC; None otherwise."""
    if _PHRASES and _PHRASE.search(folded := text.casefold()):
        text = _PHRASE.sub(lambda p: _NAMES[_phrase_key(p[1])], folded)
    m = _LOCAL_RFC822.match(text)
    if not m:
        return None
    month = month_name(m["month"], _LANGUAGE.get())
    if not month:
        return None
    hour = int(m["hh"])
    if m["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["ampm"].lower() == "p" else 0)
    english = f"{int(m['dd']):02d} {month} {m['year']} {hour:02d}:{m['mi']}:{m['ss'] or '00'}"
    # "CET", "JST", "IST": zones feedparser reads as UTC; no zone at all: UTC (the outlet's
    # own zone is not known here), where feedparser would drop the date.
    zone = _ZONES.get((m["zone"] or "").upper(), m["zone"] or "+0000")
    english += " " + zone
    day = _NAMES.get("d:" + (m["day"] or "").casefold())
    english_only = m["day"] and not day and m["month"].casefold() == month and not m["ampm"]
    if english_only and m["zone"] and m["zone"].upper() not in _ZONES:
        return None  # an English date feedparser reads itself
    parsed = _parse_date_rfc822(english)
    return parsed if parsed else None


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


def register() -> None:
    """Make feedparser read these dates (idempotent)."""
    if parse_local_rfc822 not in feedparser.datetimes._date_handlers:
        feedparser.registerDateHandler(parse_local_rfc822)
