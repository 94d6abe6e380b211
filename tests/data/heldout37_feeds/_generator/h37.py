# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Helpers shared by the feed modules of the thirty-seventh held-out set."""
from mk import esc, it, q, rfc822
from wp import NS_ALL, cd, d, feed, gmt, utc0, wpt

__all__ = ["NS_ALL", "cd", "d", "esc", "feed", "gmt", "it", "ordered", "q", "rfc822", "ri", "utc0", "wpt"]


def ordered(rows, items):
    """Rows and items newest first (CMS feeds list by date)."""
    order = sorted(range(len(rows)), key=lambda i: items[i].published, reverse=True)
    return [rows[i] for i in order], [items[i] for i in order]


def ri(title, link, guid, date, desc, extra="", perma=True, ind="    "):
    """A plain RSS 2.0 item: title, link, guid, pubDate, extra elements, description."""
    p = "" if perma else ' isPermaLink="false"'
    return (f"{ind}<item>\n{ind}  <title>{title}</title>\n{ind}  <link>{link}</link>\n"
            f"{ind}  <guid{p}>{guid}</guid>\n{ind}  <pubDate>{date}</pubDate>\n{extra}"
            f"{ind}  <description>{desc}</description>\n{ind}</item>")
