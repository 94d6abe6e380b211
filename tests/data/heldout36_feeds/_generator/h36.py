# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Helpers shared by the feed modules of the thirty-sixth held-out set: a story spec and the
expected item made from it (every feed module renders the spec in its own CMS's shape)."""
from mk import esc, it, q, rfc822
from wp import NS_ALL, cd, d, feed, gmt, utc0, wpt

__all__ = ["NS_ALL", "S", "cd", "d", "esc", "exp", "feed", "gmt", "html", "it", "q", "rfc822", "utc0", "wpt"]


class S:
    """One item as the newsroom wrote it: what the feed shows and what a reader should get."""

    def __init__(self, slug, title, when, by, authors, paras, *, rel=False, story=True, quotes=(), junk=(),
                 note=None, cat="", lead=None, shown=None):
        self.slug, self.title, self.when, self.by = slug, title, when, by
        self.authors, self.paras, self.rel, self.story = list(authors), list(paras), rel, story
        self.quotes, self.junk, self.note, self.cat = list(quotes), list(junk), note, cat
        self.lead = lead if lead is not None else (paras[0] if paras else "")
        self.shown = shown or title  # the expected title when the feed's own differs (labels kept)


def html(s, extra=""):
    """The body as <p> paragraphs plus any trailing template HTML."""
    return "".join(f"<p>{p}</p>" for p in s.paras) + extra


def exp(s, key):
    return it(key, s.shown, s.when, s.authors, story=s.story, rel=s.rel, junk=s.junk, quotes=s.quotes or None, note=s.note)
