# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Helpers shared by the feed modules of the sixtieth held-out set."""
from mk import esc, it, q, rfc822
from wp import NS_ALL, cd, d, feed, gmt, utc0, wpt

__all__ = ["NS_ALL", "cd", "d", "esc", "feed", "gmt", "iso8601", "it", "q", "rfc822", "utc0", "wpt"]


def iso8601(w):
    return w.isoformat()


def wp_item(title, link, guid, date, creators, cats, desc, content=None, comments=True, media=None):
    """An item as WordPress's feed-rss2.php writes it."""
    cr = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
    ca = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
    com = f"\n\t\t<comments>{link}#respond</comments>" if comments else ""
    body = f"\n\t\t<content:encoded><![CDATA[{content}]]></content:encoded>" if content else ""
    med = f"\n\t\t{media}" if media else ""
    return (f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{link}</link>{com}\n"
            f"\t\t<pubDate>{gmt(date)}</pubDate>{cr}{ca}\n\t\t<guid isPermaLink=\"false\">{guid}</guid>\n"
            f"\t\t<description><![CDATA[{desc}]]></description>{body}{med}\n\t</item>")


def wp_channel(title, link, desc, lang, built, gen, extra=""):
    return (f"<channel>\n\t<title>{esc(title)}</title>\n\t<atom:link href=\"{link}feed/\" rel=\"self\" type=\"application/rss+xml\" />\n"
            f"\t<link>{link}</link>\n\t<description>{esc(desc)}</description>\n\t<lastBuildDate>{gmt(built)}</lastBuildDate>\n"
            f"\t<language>{lang}</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
            f"\t<generator>{gen}</generator>{extra}\n")


NS_WP = (' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"'
         ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"'
         ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"')


def wp_doc(channel, items, ns=NS_WP):
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"{ns}>\n\n' + channel + "\n".join(items)
            + "\n\t</channel>\n</rss>\n")


def plain_item(title, link, guid, date, desc, author=None, creator=None, cats=(), extra="", perma=True, datefmt=None):
    """A plain RSS 2.0 item as hand-written PHP/Java/.NET CMS templates write it."""
    a = f"\n  <author>{esc(author)}</author>" if author else ""
    c = f"\n  <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
    ca = "".join(f"\n  <category>{esc(x)}</category>" for x in cats)
    g = f'<guid isPermaLink="{"true" if perma else "false"}">{guid}</guid>'
    pd = datefmt if datefmt is not None else rfc822(date)
    return (f"<item>\n  <title>{esc(title)}</title>\n  <link>{link}</link>\n  {g}\n  <pubDate>{pd}</pubDate>{a}{c}{ca}\n"
            f"  <description>{esc(desc)}</description>{extra}\n</item>")


def plain_doc(head, items, ns=NS_ALL, decl="UTF-8"):
    return (f'<?xml version="1.0" encoding="{decl}"?>\n<rss version="2.0"{ns}>\n<channel>\n{head}\n' + "\n".join(items)
            + "\n</channel>\n</rss>\n")


__all__ += ["NS_WP", "plain_doc", "plain_item", "wp_channel", "wp_doc", "wp_item"]
