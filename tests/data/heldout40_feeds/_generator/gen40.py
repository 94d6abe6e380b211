# ruff: noqa: E501  (feed text is data: long lines are the content)
"""A small table-driven writer for the simpler feeds of the fortieth held-out set: each feed is a
list of rows (id, title, date, raw byline, HTML or text body, expected item) and a style that
decides how the CMS writes them."""
from h40 import cd, esc, feed, gmt, ordered, rfc822, wpt


def rss_feed(name, base, rows, *, style, lang, outlet, structure, chan_title, chan_desc, language, date_lang="en",
             decl="utf-8", encoding="utf-8", ctype="application/rss+xml; charset=utf-8", declared="utf-8", aliases=(),
             acceptable=("decoded",), generator=None, crlf=False, link=None):
    """rows: (key, url, title, when, creator, body, cats, expected item)."""
    out, items = [], []
    for key, url, title, when, creator, body, cats, exp in rows:
        if style == "wp":
            crs = f"\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>" if creator else ""
            cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
            out.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\n\t\t<pubDate>{gmt(when)}</pubDate>{crs}{cts}\n"
                       f"\t\t<guid isPermaLink=\"false\">{key}</guid>\n\n\t\t\t\t\t<description>{cd(body)}</description>\n\t\t\t\t\t\t\t\t\t\t\t\n\t\t</item>")
        elif style == "drupal7":
            crs = f"\n    <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
            cts = "".join(f'\n    <category domain="{base}/categoria/{c.lower()}">{esc(c)}</category>' for c in cats)
            out.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(body)}</description>{cts}\n"
                       f"    <pubDate>{rfc822(when, date_lang)}</pubDate>{crs}\n    <guid isPermaLink=\"false\">{key}</guid>\n  </item>")
        elif style == "joomla":
            au = f"\n\t\t\t<author>redazione@{base.split('//')[1].removeprefix('www.')} ({creator})</author>" if creator else ""
            cts = "".join(f"\n\t\t\t<category>{esc(c)}</category>" for c in cats)
            out.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<guid isPermaLink=\"true\">{key}</guid>\n"
                       f"\t\t\t<description>{cd(body)}</description>{au}{cts}\n\t\t\t<pubDate>{rfc822(when, date_lang)}</pubDate>\n\t\t</item>")
        elif style == "php":
            au = f"<author>{esc(creator)}</author>" if creator else "<author></author>"
            out.append(f"<item><title>{esc(title)}</title><link>{url}</link><guid isPermaLink=\"false\">{key}</guid>"
                       f"<description>{cd(body)}</description>{au}<pubDate>{rfc822(when, date_lang)}</pubDate></item>")
        else:
            raise ValueError(style)
        items.append(exp(key))
    out, items = ordered(out, items)
    nl = "\r\n" if crlf else "\n"
    link = link or base + "/"
    gen = f"<generator>{generator}</generator>" if generator else ""
    last = rfc822(items[0].published, date_lang) if style != "wp" else gmt(items[0].published)
    if style == "wp":
        head = (f'<?xml version="1.0" encoding="{decl}"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
                '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n'
                f'\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n\t<title>{chan_title}</title>\n\t<atom:link href="{link}feed/" rel="self" type="application/rss+xml" />\n'
                f"\t<link>{base}</link>\n\t<description>{chan_desc}</description>\n\t<lastBuildDate>{last}</lastBuildDate>\n\t<language>{language}</language>\n"
                f"\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t{gen}\n")
        text = head + "\n".join(out) + "\n\t</channel>\n</rss>\n"
    else:
        d = f' encoding="{decl}"' if decl else ""
        ind = "\t" if style == "joomla" else ("  " if style == "drupal7" else "")
        ns = ' xmlns:dc="http://purl.org/dc/elements/1.1/"' if style == "drupal7" else ""
        xb = f' xml:base="{base}"' if style == "drupal7" else ""
        head = (f'<?xml version="1.0"{d}?>{nl}<rss version="2.0"{xb}{ns}>{nl}{ind}<channel>{nl}{ind}<title>{chan_title}</title>{nl}{ind}<link>{link}</link>{nl}'
                f"{ind}<description>{chan_desc}</description>{nl}{ind}<language>{language}</language>{nl}" + (f"{ind}{gen}{nl}" if gen else "")
                + f"{ind}<lastBuildDate>{last}</lastBuildDate>{nl}")
        sep = "" if style == "php" else nl
        body = sep.join(o.replace("\n", nl) for o in out)
        text = head + body + f"{nl}{ind}</channel>{nl}</rss>{nl}"
    return feed(name, text, items, lang=lang, outlet=outlet, structure=structure, encoding=encoding, ctype=ctype,
                declared=declared, aliases=aliases, acceptable=acceptable)
