"""Helpers shared by the feed modules of the fifty-third held-out set."""
from mk import esc, it, q, rfc822
from wp import NS_ALL, cd, d, feed, gmt, utc0, wpt

__all__ = ["NS_ALL", "cd", "d", "esc", "feed", "gmt", "it", "ordered", "q", "rfc822", "utc0", "wpt"]


def ordered(rows, items):
    """Rows and items newest first (CMS feeds list by date)."""
    order = sorted(range(len(rows)), key=lambda i: items[i].published, reverse=True)
    return [rows[i] for i in order], [items[i] for i in order]
