"""Helpers shared by the feed modules of the thirty-eighth held-out set."""
from datetime import UTC

from mk import esc, it, q, rfc822
from wp import NS_ALL, cd, d, feed, gmt, utc0, wpt

__all__ = ["NS_ALL", "UTC", "cd", "d", "esc", "feed", "gmt", "it", "iso8601", "q", "rfc822", "utc0", "wpt"]


def iso8601(w, z=False):
    """W3C date; with z=True in UTC with a trailing Z."""
    if z:
        return w.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return w.isoformat()
