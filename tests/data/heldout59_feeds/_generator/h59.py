# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Helpers shared by the feed modules of the fifty-ninth held-out set."""
from mk import esc, it, q, rfc822
from wp import NS_ALL, cd, d, feed, gmt, utc0, wpt

__all__ = ["NS_ALL", "cd", "d", "esc", "feed", "gmt", "iso8601", "it", "q", "rfc822", "utc0", "wpt"]


def iso8601(w):
    return w.isoformat()
