# ruff: noqa: E501
"""Helpers shared by the feed modules of the forty-fifth held-out set: dates the way CMSs write
them (zone abbreviations, localized day and month names, two-digit years, ISO without a colon
or with fractional seconds, Urdu digits) and a compact item row."""
from datetime import UTC

from lib import DAYS, MONTHS
from mk import esc, it, q, rfc822
from wp import cd, d, feed, gmt, utc0, wpt

__all__ = ["UR_DIG", "abbr", "cd", "d", "esc", "feed", "gmt", "iso_frac", "iso_nocolon", "it", "q", "rfc822", "ur_date", "utc0", "wpt", "yy"]


def abbr(w, zone, lang="en", h12=False, day=None):
    """RFC 822 with a zone abbreviation; `day` forces a (wrong) weekday name."""
    s = rfc822(w, lang, h12=h12)
    s = s[: s.rfind(" ")] + " " + zone
    if day:
        s = day + s[s.index(","):]
    return s


def yy(w, zone=None, day=None):
    """RFC 822 with a two-digit year (as old PHP date('D, d M y H:i:s') writes it)."""
    s = f"{DAYS['en'][w.weekday()]}, {w.day:02d} {MONTHS['en'][w.month - 1]} {w.year % 100:02d} {w:%H:%M:%S} {zone or w.strftime('%z')}"
    if day:
        s = day + s[s.index(","):]
    return s


def iso_nocolon(w):
    return w.strftime("%Y-%m-%dT%H:%M:%S%z")


def iso_frac(w, ms, z=False):
    if z:
        return w.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z"
    return w.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}" + w.strftime("%z")[:3] + ":" + w.strftime("%z")[3:]


UR_DIG = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
UR_MON = ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"]
UR_DAY = ["پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار"]


def ur_date(w, zone="PKT"):
    """'جمعہ، ۱۲ جون ۲۰۲۰ ۱۰:۳۰ PKT' – an Urdu CMS's localized date string."""
    return f"{UR_DAY[w.weekday()]}، {str(w.day).translate(UR_DIG)} {UR_MON[w.month - 1]} {str(w.year).translate(UR_DIG)} {w:%H:%M}".translate(UR_DIG) + f" {zone}"
