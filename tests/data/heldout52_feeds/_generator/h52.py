"""Helpers shared by the feed modules of the fifty-second held-out set."""
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, atom, esc, it, q, rfc822, rss
from wp import cd, d, feed, gmt, utc0, wpt

__all__ = ["NS_ATOM", "NS_CONTENT", "NS_DC", "NS_MEDIA", "atom", "cd", "d", "esc", "feed", "gmt", "isoz",
           "it", "ordered", "q", "rfc822", "rss", "utc0", "wpt", "yoast"]


def ordered(rows, items):
    """Rows and items newest first (CMS feeds list by date)."""
    order = sorted(range(len(rows)), key=lambda i: items[i].published, reverse=True)
    return [rows[i] for i in order], [items[i] for i in order]


def isoz(w, ms=False):
    """W3C date-time in UTC with 'Z' (optionally with milliseconds, as JavaScript writes it)."""
    from datetime import UTC
    u = w.astimezone(UTC)
    s = u.strftime("%Y-%m-%dT%H:%M:%S")
    return s + (".000Z" if ms else "Z")


def yoast(link, title, home, brand, text="The post {p} appeared first on {b}."):
    """Yoast SEO's default RSS suffix (a paragraph with two links), in the site's wording."""
    p = f'<a href="{link}">{title}</a>'
    b = f'<a href="{home}">{brand}</a>'
    return "<p>" + text.format(p=p, b=b) + "</p>"
