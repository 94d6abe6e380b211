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
from importlib import resources

import feedparser
from feedparser.datetimes.rfc822 import _parse_date_rfc822

_TABLE = json.loads(resources.files("bot.data").joinpath("dates.json").read_text("utf-8"))
_NAMES: dict[str, str] = {}
for _english, _names in _TABLE["days"].items():
    for _name in _names:
        _NAMES.setdefault("d:" + _name, _english)
for _english, _names in _TABLE["months"].items():
    for _name in _names:
        _NAMES["m:" + _name] = _english
_ZONES: dict[str, str] = _TABLE["zones"]

# "<day>, DD <month> YYYY HH:MM[:SS] [AM|PM] [zone]"; day name optional, dots after names allowed.
_LOCAL_RFC822 = re.compile(
    r"^\s*(?:(?P<day>[^\W\d_]{2,12})\.?,?\s+)?(?P<dd>\d{1,2})\.?\s+(?P<month>[^\W\d_]{3,10})\.?"
    r"\s+(?P<year>\d{4})\s+(?P<hh>\d{1,2}):(?P<mi>\d{2})(?::(?P<ss>\d{2}))?"
    r"(?:\s*(?P<ampm>[AaPp])\.?\s?[Mm]\.?)?(?:\s+(?P<zone>\S+))?\s*$"
)


def parse_local_rfc822(text: str) -> time.struct_time | None:
    """An RFC 822 date in another language or with a 12-hour clock, as UTC; None otherwise."""
    m = _LOCAL_RFC822.match(text)
    if not m:
        return None
    month = _NAMES.get("m:" + m["month"].casefold())
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


def register() -> None:
    """Make feedparser read these dates (idempotent)."""
    if parse_local_rfc822 not in feedparser.datetimes._date_handlers:
        feedparser.registerDateHandler(parse_local_rfc822)
