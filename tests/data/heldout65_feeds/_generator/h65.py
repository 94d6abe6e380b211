# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Helpers of the sixty-fifth held-out set (broadcasters' feeds): CMS bodies with video and audio
embeds (Brightcove, JW Player, YouTube iframes), 'Listen' blocks, transcripts, 'Posted/Updated'
timestamps, presenter and reporter credits, and one generic feed writer (WordPress, plain RSS,
Atom) that can add enclosures and media:content."""
import re

from mk import esc, it, q, rfc822
from wp import cd, d, feed, gmt, wpt

TL = "Title label '{}' may be kept or dropped"


def p(*xs):
    return "".join(f"<p>{x}</p>\n" for x in xs)


def fig(src, cap, credit):
    return f'<figure class="wp-block-image size-large"><img src="{src}" alt="" loading="lazy" /><figcaption>{cap} {credit}</figcaption></figure>\n'


def bc(vid, account="6057940592001"):
    """A Brightcove player iframe."""
    return (f'<div class="video-embed brightcove"><iframe src="https://players.brightcove.net/{account}/default_default/index.html?videoId={vid}" '
            'allowfullscreen="" allow="encrypted-media" width="640" height="360"></iframe></div>\n')


def jw(media, caption=""):
    """A JW Player embed (div + script), with an optional caption under it."""
    cap = f'<p class="jw-caption"><em>{caption}</em></p>' if caption else ""
    return (f'<div id="jwplayer_{media}" class="jwplayer-embed"></div><script src="https://cdn.jwplayer.com/players/{media}-Xk2pL9aQ.js"></script>{cap}\n')


def yt(vid, title):
    return (f'<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper">'
            f'<iframe title="{title}" width="560" height="315" src="https://www.youtube.com/embed/{vid}?feature=oembed" frameborder="0" allowfullscreen></iframe></div></figure>\n')


def listen(label, src, dur):
    """A 'Listen' block with an HTML5 audio player."""
    return (f'<div class="listen-block"><p><strong>{label}</strong></p><audio controls preload="none" src="{src}"></audio>'
            f'<p class="duration">{dur}</p></div>\n')


def stamp(x):
    """'Posted … | Updated …' line as broadcaster CMSs print it at the top of the body."""
    return f'<p class="timestamp">{x}</p>\n'


def transcript(lines):
    return '<div class="transcript"><p><strong>Transcript</strong></p>' + "".join(f"<p>{x}</p>" for x in lines) + "</div>\n"


def rel(label, titles, base):
    lis = "".join(f'<li><a href="{base}/{i}">{t}</a></li>' for i, t in enumerate(titles))
    return f'<div class="related"><p><strong>{label}</strong></p><ul>{lis}</ul></div>\n'


def box(title, lines):
    return f'<aside class="factbox"><h4>{title}</h4><ul>' + "".join(f"<li>{x}</li>" for x in lines) + "</ul></aside>\n"


def promo(x):
    return f'<div class="station-promo"><p>{x}</p></div>\n'


def h(n, x):
    return f"<h{n}>{x}</h{n}>\n"


def first_text(body):
    m = re.search(r'<p>(?!<strong>)(.*?)</p>', body)
    return re.sub(r"<[^>]+>", "", m.group(1)) if m else ""


def hash_(s):
    return sum(ord(c) * (i + 1) for i, c in enumerate(s))


def enclosure(url, typ, length):
    return f'<enclosure url="{url}" length="{length}" type="{typ}" />'


def media(url, typ, dur, medium="video"):
    return f'<media:content url="{url}" type="{typ}" medium="{medium}" duration="{dur}" />'


NS = (' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"'
      ' xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"')
NS_WP = (' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"'
         ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"'
         ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"'
         ' xmlns:media="http://search.yahoo.com/mrss/"')


def build_feed(name, fmt, base, head, rows, *, outlet, structure, notes, lang="en", encoding="utf-8", decl="UTF-8",
               ctype="application/rss+xml; charset=utf-8", aliases=(), topic="world", acceptable=("decoded",), excerpt=True, path="news"):
    """rows: (title, date, byline, cats, body, kw). fmt: wp | plain | atom. kw may hold 'x' (extra item
    XML: enclosure, media:content), 'desc' (a description instead of the first paragraph), 't' (the
    expected title) and 'authors' (the expected authors) besides the Item fields."""
    items, exp = [], []
    for n, (title, date, by, cats, body, kw) in enumerate(rows):
        kw = dict(kw)
        extra = kw.pop("x", "")
        pid = 20000 + hash_(name) % 70000 + 41 * (len(rows) - n)
        ft = first_text(body)
        desc = kw.pop("desc", None)
        if desc is None:
            desc = (ft[:200].rsplit(" ", 1)[0] + " [&#8230;]") if excerpt and len(ft) > 200 else ft
        names = by if isinstance(by, list) else ([by] if by else [])
        if fmt == "wp":
            link = f"{base}/{date:%Y/%m/%d}/{pid}/"
            key = f"{base}/?p={pid}"
            cr = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in names)
            ca = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
            ex = f"\n\t\t{extra}" if extra else ""
            items.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{link}</link>\n\t\t<comments>{link}#respond</comments>\n"
                         f"\t\t<pubDate>{gmt(date)}</pubDate>{cr}{ca}\n\t\t<guid isPermaLink=\"false\">{key}</guid>\n"
                         f"\t\t<description><![CDATA[{desc}]]></description>\n\t\t<content:encoded><![CDATA[{body}]]></content:encoded>{ex}\n\t</item>")
        elif fmt == "plain":
            sect = cats[0].lower().replace(" ", "-") if cats else path
            key = link = f"{base}/{sect}/{date:%Y%m%d}-{pid}"
            ca = "".join(f"\n  <category>{esc(c)}</category>" for c in cats)
            cr = "".join(f"\n  <dc:creator>{esc(c)}</dc:creator>" for c in names)
            ex = f"\n  {extra}" if extra else ""
            items.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{link}</link>\n  <guid isPermaLink=\"true\">{key}</guid>\n"
                         f"  <pubDate>{rfc822(date)}</pubDate>{cr}{ca}\n  <description>{esc(desc)}</description>\n"
                         f"  <content:encoded>{cd(body)}</content:encoded>{ex}\n</item>")
        else:
            key = f"tag:{base.split('//')[1]},{date:%Y}:{path}-{pid}"
            link = f"{base}/{path}/{pid}"
            au = "".join(f"<author><name>{esc(a)}</name></author>" for a in names)
            ca = "".join(f'<category term="{esc(c)}"/>' for c in cats)
            items.append(f"<entry><title type=\"html\">{esc(title)}</title><link href=\"{link}\" rel=\"alternate\" type=\"text/html\"/>{extra}"
                         f"<id>{key}</id><published>{date.isoformat()}</published><updated>{date.isoformat()}</updated>{au}{ca}"
                         f"<summary type=\"html\">{esc(desc)}</summary><content type=\"html\">{esc(body)}</content></entry>")
        authors = kw.pop("authors", None)
        if authors is None:
            authors = names
        exp.append(it(key, kw.pop("t", title), date, authors, **kw))
    if fmt == "wp":
        text = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"{NS_WP}>\n\n' + head + "\n".join(items) + "\n\t</channel>\n</rss>\n"
    elif fmt == "plain":
        pro = f'<?xml version="1.0" encoding="{decl}"?>\n' if decl else '<?xml version="1.0"?>\n'
        text = pro + f'<rss version="2.0"{NS}>\n<channel>\n{head}\n' + "\n".join(items) + "\n</channel>\n</rss>\n"
    else:
        text = f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">{head}' + "".join(items) + "</feed>\n"
        ctype = "application/atom+xml; charset=utf-8"
    return feed(name, text, exp, lang=lang, outlet=outlet, structure=structure, notes=notes, encoding=encoding, declared=decl.lower() if decl else None,
                ctype=ctype, aliases=aliases, topic=topic, acceptable=acceptable, shape="atom" if fmt == "atom" else "rss2")


def wp_head(title, link, desc, lang, built, ver):
    return (f"<channel>\n\t<title>{esc(title)}</title>\n\t<atom:link href=\"{link}/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n"
            f"\t<link>{link}</link>\n\t<description>{esc(desc)}</description>\n\t<lastBuildDate>{gmt(built)}</lastBuildDate>\n"
            f"\t<language>{lang}</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
            f"\t<generator>https://wordpress.org/?v={ver}</generator>\n")


def plain_head(title, link, desc, lang, built, copy, gen):
    return (f"<title>{esc(title)}</title>\n<link>{link}</link>\n<description>{esc(desc)}</description>\n<language>{lang}</language>\n"
            f"<copyright>{esc(copy)}</copyright>\n<lastBuildDate>{rfc822(built)}</lastBuildDate>\n<generator>{esc(gen)}</generator>")


def atom_head(title, link, sub, built, rights, gen, name):
    return (f"<title>{esc(title)}</title><subtitle>{esc(sub)}</subtitle><link href=\"{link}/\" rel=\"alternate\" type=\"text/html\"/>"
            f"<link href=\"{link}/feed.atom\" rel=\"self\" type=\"application/atom+xml\"/><id>{link}/</id><updated>{built.isoformat()}</updated>"
            f"<rights>{esc(rights)}</rights><generator>{esc(gen)}</generator><author><name>{esc(name)}</name></author>")


__all__ = ["TL", "atom_head", "bc", "box", "build_feed", "d", "enclosure", "fig", "h", "jw", "listen", "media", "p", "plain_head",
           "promo", "q", "rel", "stamp", "transcript", "wp_head", "yt"]
