# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Helpers the feed modules of held-out sets 26 and later share on top of `mk`: CDATA, titles as
WordPress writes them, UTC dates, the usual RSS namespaces and an escaped element."""
from datetime import UTC

from lib import dt
from mk import esc, rfc822
from mk import feed as _feed

__all__ = ["NS_ALL", "WP_ENT", "cd", "d", "feed", "gmt", "tag", "utc0", "wpt"]


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(y, mo, day, h, mi, s=0, off=0.0):
    return dt(y, mo, day, h, mi, s, off)


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


NS_ALL = (' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
          ' xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"')


def tag(name, s):
    """An element whose text is escaped."""
    return f"<{name}>{esc(s)}</{name}>"
