"""Helpers shared by the feed modules of the fiftieth held-out set."""
import uuid

from mk import esc, it, q, rfc822
from wp import NS_ALL, cd, d, feed, gmt, utc0, wpt

__all__ = ["NS_ALL", "cd", "d", "esc", "feed", "gmt", "it", "q", "rfc822", "uid", "utc0", "wpt"]


def uid(*parts):
    """A stable UUID for a CMS id (BLOX, Sitecore, Arc)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "/".join(str(p) for p in parts)))
