# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Small helpers the feed modules of held-out sets 4, 5 and 6 share (item, quote, RSS and Atom
wrappers, namespaces, the sidecar-carrying Feed)."""
from datetime import datetime

from lib import Feed, Item, cdata, esc, rfc822


def it(key, title, d, authors=(), story=True, rel=True, junk=(), quotes=None, note=None, outlet=None, lang=None):
    return Item(key=key, title=title, published=d, authors=list(authors), is_story=story, relevant=rel,
                junk=list(junk), quotes=quotes, note=note, outlet=outlet, language=lang)


def q(speaker, affiliation=None):
    return {"speaker": speaker, "affiliation": affiliation} if affiliation else {"speaker": speaker}


def rss(channel, items_xml, ns="", decl="utf-8", sep="\n"):
    d = f' encoding="{decl}"' if decl else ""
    return (f'<?xml version="1.0"{d}?>{sep}<rss version="2.0"{ns}>{sep}<channel>{sep}{channel}{sep}'
            + sep.join(items_xml) + f"{sep}</channel>{sep}</rss>\n")


NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
NS_MEDIA = ' xmlns:media="http://search.yahoo.com/mrss/"'
NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_ATOM = ' xmlns:atom="http://www.w3.org/2005/Atom"'


def atom(head, entries, ns="", sep="\n", decl='<?xml version="1.0" encoding="utf-8"?>'):
    return (f'{decl}{sep}<feed xmlns="http://www.w3.org/2005/Atom"{ns}>{sep}{head}{sep}'
            + sep.join(entries) + f"{sep}</feed>\n")


def zone_abbr(d: datetime, abbr: str) -> str:
    """RFC 822 date with a zone abbreviation instead of an offset (EST, IST, ...)."""
    return rfc822(d)[:-5] + abbr


def feed(name, text, items, *, lang, outlet, structure, notes, shape="rss2", encoding="utf-8",
         ctype="application/rss+xml; charset=utf-8", declared="utf-8", topic="world", aliases=(),
         acceptable=("decoded",)):
    return Feed(name=name, text=text, encoding=encoding, content_type=ctype, outlet_structure=structure,
                language=lang, outlet=outlet, shape=shape, topic=topic, items=items, declared_encoding=declared,
                notes=notes, outlet_aliases=list(aliases), acceptable_outcomes=list(acceptable))


__all__ = [
    "NS_ATOM",
    "NS_CONTENT",
    "NS_DC",
    "NS_MEDIA",
    "atom",
    "cdata",
    "esc",
    "feed",
    "it",
    "q",
    "rfc822",
    "rss",
    "zone_abbr",
]
