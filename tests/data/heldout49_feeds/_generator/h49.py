"""Helpers shared by the feed modules of the forty-ninth held-out set."""
from mk import esc, it, q, rfc822
from wp import NS_ALL, cd, d, feed, gmt, utc0, wpt

__all__ = ["S", "newest_first", "NS_ALL", "cd", "d", "esc", "feed", "gmt", "isoz", "it", "q", "rfc822", "utc0", "wpt"]


class S(dict):
    """One item's data: what the CMS writes (raw byline, paragraphs) and what an editor expects."""

    def __init__(self, k, title, w, by, authors, paras, story=True, rel=True, quotes=(), junk=(), note=None, **x):
        super().__init__(k=k, title=title, w=w, by=by, authors=list(authors), paras=list(paras), story=story, rel=rel,
                         quotes=[q(*a) for a in quotes], junk=list(junk), note=note, **x)

    def exp(self, key, title=None):
        return it(key, title or self["title"], self["w"], self["authors"], story=self["story"], rel=self["rel"],
                  junk=self["junk"], quotes=self["quotes"] or None, note=self["note"])

    def html(self):
        return "".join(f"<p>{p}</p>" for p in self["paras"])

    def text(self, sep=" "):
        return sep.join(self["paras"])


def newest_first(specs):
    return sorted(specs, key=lambda s: s["w"], reverse=True)


def isoz(w, z=False):
    """ISO 8601 as Atom writers print it: '+05:00' offsets, or 'Z' for UTC when z is set."""
    s = w.isoformat()
    return s.replace("+00:00", "Z") if z else s
