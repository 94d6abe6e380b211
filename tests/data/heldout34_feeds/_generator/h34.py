# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Helpers shared by the feed modules of the thirty-fourth held-out set: Google-News-style
article ids, Bing-style click links, ISO dates, and the mk/wp helpers re-exported."""
import base64
import re
from urllib.parse import quote

from mk import esc, it, q, rfc822
from wp import cd, d, feed, gmt, utc0, wpt

__all__ = ["bing_link", "cbmi", "cd", "d", "esc", "feed", "gmt", "isoz", "it", "q", "rfc822", "utc0", "wpt"]


def cbmi(url: str) -> str:
    """An older Google News article id: base64url of a small protobuf holding the publisher's
    URL (field 4, length-delimited), as news.google.com/rss/articles/CBMi… ids were until 2024."""
    raw = url.encode()
    n = len(raw)
    var = bytes([n]) if n < 128 else bytes([(n & 0x7F) | 0x80, n >> 7])
    blob = b"\x08\x13\x22" + var + raw + b"\xd2\x01\x00"
    return base64.urlsafe_b64encode(blob).decode().rstrip("=")


def bing_link(url: str, tid: str, c: str, mkt: str) -> str:
    """A Bing-News-style click-through link (escaped for XML)."""
    enc = re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), quote(url, safe=""))
    return f"http://www.bing.com/news/apiclick.aspx?ref=FexRss&amp;aid=&amp;tid={tid}&amp;url={enc}&amp;c={c}&amp;mkt={mkt}"


def isoz(w, z=False):
    """ISO 8601 with seconds; 'Z' for UTC when z is set."""
    s = w.isoformat()
    return s.replace("+00:00", "Z") if z else s
