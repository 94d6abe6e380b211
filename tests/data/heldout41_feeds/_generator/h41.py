# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Helpers shared by the feed modules of the forty-first held-out set."""
from mk import cdata, esc, it, q, rfc822, zone_abbr
from wp import NS_ALL, cd, d, feed, gmt, utc0, wpt

__all__ = ["NS_ALL", "P", "cd", "cdata", "d", "esc", "feed", "gmt", "it", "newest", "q", "rfc822", "utc0", "wpt", "zone_abbr"]


def P(*paras):
    """Paragraphs as a CMS writes them."""
    return "".join(f"<p>{p}</p>" for p in paras)


def newest(rows, items):
    """Rows and items newest first (CMS feeds list by date)."""
    order = sorted(range(len(rows)), key=lambda i: items[i].published, reverse=True)
    return [rows[i] for i in order], [items[i] for i in order]
