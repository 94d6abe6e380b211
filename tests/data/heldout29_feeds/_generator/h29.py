"""Helpers shared by the feed modules of the twenty-ninth held-out set."""
from mk import esc, it, q, rfc822
from wp import NS_ALL, cd, d, feed, gmt, tag, utc0, wpt

__all__ = ["NS_ALL", "cd", "d", "esc", "feed", "gmt", "it", "q", "rfc822", "tag", "utc0", "wpt"]
