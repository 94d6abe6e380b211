# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Helpers shared by the feed modules of the forty-third held-out set (middleware and publishing
plugins between a CMS and the reader): WordPress's feed template, Cloudflare's e-mail
obfuscation, 'The post … appeared first on …' footers and lazy-load markup."""
from mk import esc, it, q, rfc822
from wp import cd, d, feed, gmt, utc0, wpt

__all__ = ["cd", "cfemail", "cflink", "d", "esc", "feed", "gmt", "it", "q", "rfc822", "utc0", "wp_item", "wp_rss", "wpt"]

WP_NS = ('\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
         '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n'
         '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n')


def wp_rss(title, self_url, link, desc, built, lang, ver, rows, extra_ns="", head_extra=""):
    """WordPress 4.x-6.x's feed-rss2.php, namespaces on tab-indented lines."""
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"' + WP_NS + extra_ns + '\t>\n\n<channel>\n'
            f'\t<title>{title}</title>\n\t<atom:link href="{self_url}" rel="self" type="application/rss+xml" />\n'
            f'\t<link>{link}</link>\n\t<description>{desc}</description>\n\t<lastBuildDate>{built}</lastBuildDate>\n'
            f'\t<language>{lang}</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n'
            f'\t<generator>https://wordpress.org/?v={ver}</generator>\n{head_extra}' + "".join(rows) + '\t</channel>\n</rss>\n')


def wp_item(title, url, when, creators, cats, pid, base, excerpt, body, comments=0, extra=""):
    cr = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
    ct = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
    return (f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#respond</comments>\n"
            f"\t\t<pubDate>{utc0(when)}</pubDate>{cr}{ct}\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n"
            f"\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
            f"\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t<slash:comments>{comments}</slash:comments>\n{extra}\t</item>\n")


def cfemail(addr: str, key: int) -> str:
    """Cloudflare's scrape shield: the address XOR-ed with a one-byte key, hex, key first."""
    return f"{key:02x}" + "".join(f"{ord(c) ^ key:02x}" for c in addr)


def cflink(addr: str, key: int) -> str:
    """A mailto link as Cloudflare's e-mail obfuscation rewrites it in HTML."""
    return f'<a href="/cdn-cgi/l/email-protection#{cfemail(addr, key)}"><span class="__cf_email__" data-cfemail="{cfemail(addr, key)}">[email&#160;protected]</span></a>'
