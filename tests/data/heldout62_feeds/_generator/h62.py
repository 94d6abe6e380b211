# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Helpers shared by the feed modules of the sixty-second held-out set (item templates of the
mid-era CMSs the set imitates: WordPress 4.4–5.3, FeedBurner, Blox, Drupal 8, Joomla 3,
eZ Publish, TYPO3 8, Escenic)."""
from mk import esc, it, q, rfc822
from wp import cd, d, feed, gmt, wpt

__all__ = ["TL", "cd", "d", "esc", "feed", "gmt", "it", "q", "rfc822", "rows_to", "wpt"]

TL = "Title label '{}' may be kept or dropped"

NS_WP = (' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"'
         ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"'
         ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"')


def rows_to(rows, make):
    """rows: (key, title, date, byline, body, labels); make(n, row) -> (item xml, sidecar key)."""
    items, exp = [], []
    for n, r in enumerate(rows):
        xml, key = make(n, r)
        items.append(xml)
        exp.append(it(key, r[1], r[2], **r[5]))
    return items, exp


def wp_item(title, link, guid, date, creators, cats, desc, content=None, extra=""):
    """An item as WordPress's feed-rss2.php writes it (4.4–5.3)."""
    cr = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
    ca = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
    body = f"\n\t\t<content:encoded><![CDATA[{content}]]></content:encoded>" if content else ""
    return (f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{link}</link>\n\t\t<comments>{link}#respond</comments>\n"
            f"\t\t<pubDate>{gmt(date)}</pubDate>{cr}{ca}\n\n\t\t<guid isPermaLink=\"false\">{guid}</guid>\n"
            f"\t\t<description><![CDATA[{desc}]]></description>{body}\n\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>\n"
            f"\t\t<slash:comments>0</slash:comments>{extra}\n\t\t</item>")


def wp_doc(title, link, self_href, desc, lang, built, ver, items, ns=NS_WP, extra=""):
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"{ns}>\n\n<channel>\n\t<title>{esc(title)}</title>\n'
            f"\t<atom:link href=\"{self_href}\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{link}</link>\n"
            f"\t<description>{esc(desc)}</description>\n\t<lastBuildDate>{gmt(built)}</lastBuildDate>\n\t<language>{lang}</language>\n"
            f"\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t<sy:updateFrequency>1</sy:updateFrequency>\n"
            f"\t<generator>https://wordpress.org/?v={ver}</generator>{extra}\n" + "\n".join(items) + "\n\t</channel>\n</rss>\n")


def plain_doc(head, items, ns="", decl="UTF-8", ind=""):
    return (f'<?xml version="1.0" encoding="{decl}"?>\n<rss version="2.0"{ns}>\n<channel>\n{head}\n' + "\n".join(items)
            + "\n</channel>\n</rss>\n")


__all__ += ["NS_WP", "plain_doc", "wp_doc", "wp_item"]
