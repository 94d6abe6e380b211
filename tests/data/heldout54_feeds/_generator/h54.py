# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Helpers shared by the feed modules of the fifty-fourth held-out set."""
from datetime import UTC

from lib import dt
from mk import esc, it, q, rfc822
from wp import NS_ALL, cd, feed, gmt, utc0, wpt

__all__ = ["NS_ALL", "UTC", "cd", "d", "esc", "feed", "gmt", "isoz", "it", "q", "rfc822", "utc0", "wpt"]


def d(y, mo, day, h, mi, s=0, off=0.0):
    return dt(y, mo, day, h, mi, s, off)


def isoz(w, utc=False):
    """An RFC 3339 timestamp as Atom feeds write it (local offset, or Z)."""
    if utc:
        return w.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return w.isoformat()
