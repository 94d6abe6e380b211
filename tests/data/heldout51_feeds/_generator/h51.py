"""Helpers shared by the feed modules of the fifty-first held-out set."""
from mk import esc, it, q, rfc822
from wp import NS_ALL, cd, d, feed, gmt, utc0, wpt

__all__ = ["NS_ALL", "cd", "d", "esc", "feed", "gmt", "it", "q", "rfc822", "utc0", "wpt"]
