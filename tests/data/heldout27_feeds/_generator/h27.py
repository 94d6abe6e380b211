
"""Helpers shared by the feed modules of the twenty-seventh held-out set."""
from datetime import UTC

from lib import dt
from mk import esc, it, q, rfc822
from mk import feed as _feed

__all__ = ["cd", "d", "esc", "feed", "gmt", "isoz", "it", "q", "rfc822", "utc0"]


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(y, mo, day, h, mi, s=0, off=0.0):
    return dt(y, mo, day, h, mi, s, off)


def cd(s):
    return f"<![CDATA[{s}]]>"


def gmt(w):
    return rfc822(w.astimezone(UTC), gmt=True)


def utc0(w):
    return rfc822(w.astimezone(UTC))


def isoz(w, z=True):
    """RFC 3339 as Atom writes it: 'Z' in UTC, or the local offset with a colon."""
    return w.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if z else w.isoformat()
