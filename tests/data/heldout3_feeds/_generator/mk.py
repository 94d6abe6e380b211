# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Small shared helpers for the third held-out set's feed modules."""
from lib import Item


def it(key, title, d, authors=(), story=True, rel=True, junk=(), quotes=None, note=None, outlet=None, lang=None):
    return Item(key=key, title=title, published=d, authors=list(authors), is_story=story, relevant=rel,
                junk=list(junk), quotes=quotes, note=note, outlet=outlet, language=lang)


def q(speaker, affiliation=None):
    return {"speaker": speaker, "affiliation": affiliation} if affiliation else {"speaker": speaker}


def rss(channel, items_xml, ns="", decl="utf-8"):
    d = f' encoding="{decl}"' if decl else ""
    return (f'<?xml version="1.0"{d}?>\n<rss version="2.0"{ns}>\n<channel>\n{channel}\n'
            + "\n".join(items_xml) + "\n</channel>\n</rss>\n")


NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
NS_MEDIA = ' xmlns:media="http://search.yahoo.com/mrss/"'
NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_ATOM = ' xmlns:atom="http://www.w3.org/2005/Atom"'


def simple(name, *, lang, outlet, structure, notes, channel, rows, base, date_fn, ns="", decl="utf-8", encoding="utf-8",
           ctype="application/rss+xml; charset=utf-8", creator_tag="dc:creator", cdata_desc=True, guid_fn=None, extra="",
           aliases=(), acceptable=("decoded",), common_junk=(), declared=None, topic="world"):
    """rows: (path, title, desc_html, creator, authors, date, story, relevant, quotes, note, junk)."""
    from lib import Feed, cdata, esc
    xs, items = [], []
    for path, title, desc, creator, authors, d, story, rel, quotes, note, junk in rows:
        link = path if path.startswith("http") else f"{base}/{path}"
        guid = guid_fn(link) if guid_fn else link
        perma = "true" if guid == link else "false"
        body = cdata(desc) if cdata_desc else esc(desc)
        cr = f"<{creator_tag}>{esc(creator)}</{creator_tag}>" if creator else ""
        xs.append(f"""<item>
<title>{esc(title)}</title>
<link>{link}</link>
<guid isPermaLink="{perma}">{guid}</guid>
<pubDate>{date_fn(d)}</pubDate>
{cr}<description>{body}</description>{extra.format(link=link, n=len(xs))}
</item>""")
        items.append(it(guid, title, d, authors, story, rel, list(common_junk) + list(junk), quotes, note))
    text = rss(channel, xs, ns, decl)
    return Feed(name=name, text=text, encoding=encoding, content_type=ctype, outlet_structure=structure, language=lang,
                outlet=outlet, shape="rss2", topic=topic, items=items, declared_encoding=declared or decl.lower(),
                notes=notes, outlet_aliases=list(aliases), acceptable_outcomes=list(acceptable))
