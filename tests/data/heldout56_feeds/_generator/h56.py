"""Helpers shared by the feed modules of the fifty-sixth held-out set."""
from mk import esc, it, q, rfc822
from wp import NS_ALL, cd, d, feed, gmt, utc0, wpt

__all__ = ["NS_ALL", "cd", "d", "esc", "feed", "gmt", "it", "ordered", "q", "rfc822", "utc0", "wpt", "zone"]


def ordered(rows, items):
    """Rows and items newest first (CMS feeds list by date)."""
    order = sorted(range(len(rows)), key=lambda i: items[i].published, reverse=True)
    return [rows[i] for i in order], [items[i] for i in order]


def zone(w, abbr):
    """RFC 822 date with a North American zone abbreviation (EDT, EST) instead of the offset."""
    return rfc822(w)[:-5] + abbr
