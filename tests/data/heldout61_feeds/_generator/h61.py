# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Helpers shared by the feed modules of the sixty-first held-out set: an element writer and a
document writer that keep each CMS's element order, plus the WordPress pieces of set 60."""
from datetime import UTC

from mk import esc, it, q, rfc822
from wp import cd, d, feed, gmt, wpt

__all__ = ["NS", "cd", "d", "doc", "el", "esc", "feed", "gmt", "httpdate", "it", "q", "rfc822", "wpt"]

NS = {
    "dc": ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    "content": ' xmlns:content="http://purl.org/rss/1.0/modules/content/"',
    "atom": ' xmlns:atom="http://www.w3.org/2005/Atom"',
    "media": ' xmlns:media="http://search.yahoo.com/mrss/"',
    "sy": ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"',
    "wfw": ' xmlns:wfw="http://wellformedweb.org/CommentAPI/"',
    "slash": ' xmlns:slash="http://purl.org/rss/1.0/modules/slash/"',
}


def httpdate(w):
    """RFC 822 date in GMT as JavaScript's toUTCString() and Ghost write it."""
    return rfc822(w.astimezone(UTC), gmt=True)


def el(tag, text, mode="esc", attrs=""):
    """One element: mode 'esc' escapes the text, 'cd' wraps it in CDATA, 'raw' writes it as is."""
    body = esc(text) if mode == "esc" else cd(text) if mode == "cd" else text
    return f"<{tag}{attrs}>{body}</{tag}>"


def doc(channel_els, items, ns=("dc", "content", "atom", "media"), decl="UTF-8", ind="  ", extra_root=""):
    """An RSS 2.0 document: channel elements then items (each a list of element strings)."""
    n = "".join(NS[k] for k in ns)
    d_ = f' encoding="{decl}"' if decl else ""
    out = [f'<?xml version="1.0"{d_}?>', f'<rss version="2.0"{n}{extra_root}>', f"{ind}<channel>"]
    out += [f"{ind * 2}{c}" for c in channel_els]
    for els in items:
        out.append(f"{ind * 2}<item>")
        out += [f"{ind * 3}{e}" for e in els]
        out.append(f"{ind * 2}</item>")
    out += [f"{ind}</channel>", "</rss>", ""]
    return "\n".join(out)
