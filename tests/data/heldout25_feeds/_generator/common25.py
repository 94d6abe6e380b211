# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Helpers shared by the feed modules of the twenty-fifth held-out set."""
from datetime import UTC

from lib import dt
from mk import esc, rfc822
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    """A moment in the set's week (Monday 17 to Wednesday 19 October 2022; Sunday 16 too)."""
    return dt(2022, 10, day, h, mi, s, off)


def cd(s):
    return f"<![CDATA[{s}]]>"


WP_ENT = {"’": "&#8217;", "‘": "&#8216;", "“": "&#8220;", "”": "&#8221;", "—": "&#8212;", "–": "&#8211;", "…": "&#8230;"}


def wpt(s):
    """A title as WordPress's the_title_rss writes it: escaped, curly punctuation as numeric references."""
    s = esc(s)
    for ch, ent in WP_ENT.items():
        s = s.replace(ch, ent)
    return s


def gmt(w):
    return rfc822(w.astimezone(UTC), gmt=True)


def utc0(w):
    return rfc822(w.astimezone(UTC))
