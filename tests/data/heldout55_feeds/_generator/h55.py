# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Helpers shared by the feed modules of the fifty-fifth held-out set."""
from datetime import UTC

from mk import esc, it, q, rfc822
from wp import cd, d, feed, gmt, wpt

__all__ = ["UTC", "cd", "d", "esc", "feed", "gmt", "isoz", "it", "newest_first", "q", "rfc822", "wpt"]


def newest_first(rows, items):
    """Rows and items newest first (CMS feeds list by date)."""
    order = sorted(range(len(rows)), key=lambda i: items[i].published, reverse=True)
    return [rows[i] for i in order], [items[i] for i in order]


def isoz(w):
    """An ISO 8601 date with its offset as '+01:00' (W3C-DTF, dc:date and Atom)."""
    return w.isoformat()
