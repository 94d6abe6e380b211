# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Helpers of the sixty-fourth held-out set: CMS bodies with wire credits, syndication notes and
partner boxes, and one generic feed writer (WordPress, plain RSS, Atom, a portal's partner feed
with <source>, an alert service's Atom, a feed reader's re-export)."""
from mk import esc, it, q, rfc822
from wp import NS_ALL, cd, d, feed, gmt, wpt  # noqa: F401

TL = "Title label '{}' may be kept or dropped"


def p(*xs):
    return "".join(f"<p>{x}</p>\n" for x in xs)


def fig(src, cap, credit):
    return f'<figure class="wp-block-image size-large"><img src="{src}" alt="" loading="lazy" /><figcaption>{cap} {credit}</figcaption></figure>\n'


def tweet(text, name, handle, date, lang="en"):
    return (f'<blockquote class="twitter-tweet"><p lang="{lang}" dir="ltr">{text}</p>&mdash; {name} (@{handle}) '
            f'<a href="https://twitter.com/{handle}/status/1">{date}</a></blockquote>\n<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>\n')


def insta(text, handle, date):
    return (f'<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C{handle[:4]}x/" data-instgrm-version="14">'
            f'<div><p>{text}</p><p>A post shared by {handle} (@{handle}) on {date}</p></div></blockquote>\n')


def rel(label, titles, base):
    lis = "".join(f'<li><a href="{base}/{i}">{t}</a></li>' for i, t in enumerate(titles))
    return f'<div class="related"><p><strong>{label}</strong></p><ul>{lis}</ul></div>\n'


def box(title, lines):
    return f'<aside class="factbox"><h4>{title}</h4><ul>' + "".join(f"<li>{x}</li>" for x in lines) + "</ul></aside>\n"


def pq(x):
    return f'<blockquote class="pullquote"><p>{x}</p></blockquote>\n'


def news(x):
    return f'<div class="newsletter-signup"><p>{x}</p><form><input type="email" /><button>OK</button></form></div>\n'


def bio(x):
    return f'<div class="author-bio"><p><em>{x}</em></p></div>\n'


def live(entries):
    return "".join(f'<div class="live-entry"><p><strong>{t}</strong></p><p>{x}</p></div>\n' for t, x in entries)


def h(n, x):
    return f"<h{n}>{x}</h{n}>\n"


def first_text(body):
    import re
    m = re.search(r"<p>(?!<strong>)(.*?)</p>", body)
    return re.sub(r"<[^>]+>", "", m.group(1)) if m else ""


def credit(x):
    """A wire story's closing credit line as local sites print it."""
    return f'<p class="credit"><em>{x}</em></p>\n'


def synd(x):
    """A 'syndicated from' / republish note (WordPress syndication plugins, partner boxes)."""
    inner = x if x.startswith("<p>") else f"<p>{x}</p>"
    return f'<div class="syndication-note">{inner}</div>\n'


def build_feed(name, fmt, base, head, rows, *, outlet, structure, notes, lang="en", encoding="utf-8", decl="UTF-8",
               ctype="application/rss+xml; charset=utf-8", aliases=(), topic="world", acceptable=("decoded",), excerpt=True, datef=None):
    """rows: (title, date, byline, cats, body, kw). fmt: wp | plain | atom | ghost | drupal | portal | alerts | reader.
    kw may carry 'src' = (publisher, url): a portal's <source>, a reader's <source>, an alert's target URL."""
    from datetime import UTC
    from urllib.parse import quote
    items, exp = [], []
    for n, (title, date, by, cats, body, kw) in enumerate(rows):
        kw = dict(kw)
        src = kw.pop("src", None)
        pid = 10000 + hash_(name) % 80000 + 37 * (len(rows) - n)
        # WordPress writes the entity inside CDATA; legacy codecs without an ellipsis get three dots
        cut = " [&#8230;]" if fmt == "wp" else (" …" if encoding == "utf-8" else " ...")
        if fmt == "drupal":  # CKEditor's caption markup in Drupal bodies
            body = body.replace('<figure class="wp-block-image size-large">', '<figure role="group" class="caption caption-img">')
        elif fmt != "wp":
            body = body.replace('<figure class="wp-block-image size-large">', '<figure class="article-image">')
        ft = first_text(body)
        desc = (ft[:200].rsplit(" ", 1)[0] + cut) if excerpt and len(ft) > 200 else ft
        pub = datef(date) if datef else rfc822(date)
        if fmt == "wp":
            link = f"{base}/{date:%Y/%m/%d}/{pid}/"
            key = f"{base}/?p={pid}"
            creators = by if isinstance(by, list) else ([by] if by else [])
            items.append(wp_item(title, link, key, date, creators, cats, desc, body))
        elif fmt == "plain":
            key = link = f"{base}/{cats[0].lower().replace(' ', '-')}/{date:%Y%m%d}-{pid}.html" if cats else f"{base}/a/{pid}"
            ca = "".join(f"\n  <category>{esc(c)}</category>" for c in cats)
            cr = f"\n  <dc:creator>{esc(by)}</dc:creator>" if by else ""
            items.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{link}</link>\n  <guid isPermaLink=\"true\">{key}</guid>\n"
                         f"  <pubDate>{pub}</pubDate>{cr}{ca}\n  <description>{esc(desc)}</description>\n"
                         f"  <content:encoded>{cd(body)}</content:encoded>\n</item>")
        elif fmt == "ghost":
            slug = "-".join(w for w in "".join(c if c.isalnum() else " " for c in title.lower()).split()[:9])
            link = f"{base}/{slug}/"
            key = f"65{pid:06x}{hash_(title) % 16**16:016x}"
            cr = f"<dc:creator><![CDATA[{by}]]></dc:creator>" if by else ""
            ca = "".join(f"<category><![CDATA[{c}]]></category>" for c in cats)
            items.append(f"<item><title><![CDATA[{title}]]></title><description><![CDATA[{ft}]]></description><link>{link}</link>"
                         f"<guid isPermaLink=\"false\">{key}</guid>{ca}{cr}<pubDate>{gmt(date)}</pubDate>"
                         f"<media:content url=\"{base}/content/images/{date:%Y/%m}/{slug[:20]}.jpg\" medium=\"image\"/><content:encoded><![CDATA[{body}]]></content:encoded></item>")
        elif fmt == "drupal":
            link = f"{base}/{cats[0].lower().replace(' ', '-')}/{date:%Y/%m/%d}/{pid}" if cats else f"{base}/node/{pid}"
            key = f"{pid} at {base}"
            cr = f"\n    <dc:creator>{esc(by)}</dc:creator>" if by else ""
            items.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{link}</link>\n  <description>{esc(body)}</description>\n"
                         f"  <pubDate>{pub}</pubDate>{cr}\n    <guid isPermaLink=\"false\">{key}</guid>\n    </item>")
        elif fmt == "portal":
            slug = "-".join(w for w in "".join(c if c.isalnum() else " " for c in title.lower()).split()[:8])
            link = f"{base}/news/{slug}-{pid}.html"
            key = f"{slug}-{pid}"
            cr = f"<dc:creator>{esc(by)}</dc:creator>" if by else ""
            items.append(f"<item><title>{esc(title)}</title><link>{link}</link><pubDate>{date.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</pubDate>"
                         f"<source url=\"{src[1]}\">{esc(src[0])}</source><guid isPermaLink=\"false\">{key}</guid>{cr}"
                         f"<media:content height=\"86\" url=\"{base}/img/{pid}.jpg\" width=\"130\"/><media:credit role=\"publishing company\"/>"
                         f"<description>{esc(body)}</description></item>")
        elif fmt == "reader":
            link = src[2] if len(src) > 2 else f"{src[1]}/{pid}"
            key = f"tag:reader.example,{date:%Y}:item/{pid:016x}"
            cr = f"\n  <dc:creator>{esc(by)}</dc:creator>" if by else ""
            items.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{link}</link>\n  <guid isPermaLink=\"false\">{key}</guid>\n"
                         f"  <pubDate>{pub}</pubDate>{cr}\n  <source url=\"{src[1]}/feed\">{esc(src[0])}</source>\n"
                         f"  <description>{esc(body)}</description>\n</item>")
        elif fmt == "alerts":
            target = f"{src[1]}/{date:%Y/%m/%d}/{pid}"
            link = f"https://alerts.searchco.example/url?rct=j&amp;sa=t&amp;url={quote(target, safe='')}&amp;ct=ga&amp;cd=CAIyG{pid:05d}&amp;usg=AOvVaw{pid:x}q"
            key = f"tag:alerts.searchco.example,2013:alert:{pid}{n}"
            items.append(f"<entry><id>{key}</id><title type=\"html\">{esc(kw.pop('raw_title'))}</title><link href=\"{link}\"/>"
                         f"<published>{date.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</published><updated>{date.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</updated>"
                         f"<content type=\"html\">{esc(body)}</content><author><name></name></author></entry>")
        else:
            key = f"tag:{base.split('//')[1]},{date:%Y}:post-{pid}"
            link = f"{base}/p/{pid}"
            names = by if isinstance(by, list) else ([by] if by else [])
            au = "".join(f"<author><name>{esc(a)}</name></author>" for a in names)
            ca = "".join(f'<category term="{esc(c)}"/>' for c in cats)
            items.append(f"<entry><title type=\"html\">{esc(title)}</title><link href=\"{link}\" rel=\"alternate\" type=\"text/html\"/>"
                         f"<id>{key}</id><published>{date.isoformat()}</published><updated>{date.isoformat()}</updated>{au}{ca}"
                         f"<summary type=\"html\">{esc(desc)}</summary><content type=\"html\">{esc(body)}</content></entry>")
        authors = kw.pop("authors", None)
        if authors is None:
            authors = by if isinstance(by, list) else ([by] if by else [])
        if src and "outlet" not in kw:
            kw["outlet"] = src[0]
        exp.append(it(key, kw.pop("t", title), date, authors, **kw))
    prolog = f'<?xml version="1.0" encoding="{decl}"?>' if decl else '<?xml version="1.0"?>'
    shape = "rss2"
    if fmt == "wp":
        text = wp_doc(head, items)
    elif fmt in ("plain", "reader"):
        text = (f'{prolog}\n<rss version="2.0"{NS_ALL}>\n<channel>\n{head}\n' + "\n".join(items) + "\n</channel>\n</rss>\n")
    elif fmt == "ghost":
        text = (f'{prolog}<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>{head}'
                + "".join(items) + "</channel></rss>")
    elif fmt == "drupal":
        text = (f'{prolog}\n<rss version="2.0" xml:base="{base}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n{head}\n    '
                + "\n".join(items) + "\n  </channel>\n</rss>\n")
    elif fmt == "portal":
        text = (f'{prolog}<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>{head}'
                + "".join(items) + "</channel></rss>\n")
    elif fmt == "alerts":
        text = (f'{prolog}<feed xmlns="http://www.w3.org/2005/Atom" xmlns:idx="urn:atom-extension:indexing">{head}' + "".join(items) + "</feed>")
        ctype, shape = "application/atom+xml; charset=utf-8", "atom"
    else:
        text = f'{prolog}\n<feed xmlns="http://www.w3.org/2005/Atom">{head}' + "".join(items) + "</feed>\n"
        ctype, shape = "application/atom+xml; charset=utf-8", "atom"
    return feed(name, text, exp, lang=lang, outlet=outlet, structure=structure, notes=notes, encoding=encoding, declared=decl.lower() if decl else None,
                ctype=ctype, aliases=aliases, topic=topic, acceptable=acceptable, shape=shape)


def hash_(s):
    return sum(ord(c) * (i + 1) for i, c in enumerate(s))


def wp_item(title, link, guid, date, creators, cats, desc, content):
    cr = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
    ca = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
    return (f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{link}</link>\n\t\t<comments>{link}#respond</comments>\n"
            f"\t\t<pubDate>{gmt(date)}</pubDate>{cr}{ca}\n\t\t<guid isPermaLink=\"false\">{guid}</guid>\n"
            f"\t\t<description><![CDATA[{desc}]]></description>\n\t\t<content:encoded><![CDATA[{content}]]></content:encoded>\n\t</item>")


def wp_head(title, link, desc, lang, built, ver):
    return (f"<channel>\n\t<title>{esc(title)}</title>\n\t<atom:link href=\"{link}/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n"
            f"\t<link>{link}</link>\n\t<description>{esc(desc)}</description>\n\t<lastBuildDate>{gmt(built)}</lastBuildDate>\n"
            f"\t<language>{lang}</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
            f"\t<generator>https://wordpress.org/?v={ver}</generator>\n")


NS_WP = (' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"'
         ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"'
         ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"')


def wp_doc(channel, items):
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"{NS_WP}>\n\n' + channel + "\n".join(items) + "\n\t</channel>\n</rss>\n"


def plain_head(title, link, desc, lang, built, copy, gen):
    return (f"<title>{esc(title)}</title>\n<link>{link}</link>\n<description>{esc(desc)}</description>\n<language>{lang}</language>\n"
            f"<copyright>{esc(copy)}</copyright>\n<lastBuildDate>{rfc822(built)}</lastBuildDate>\n<generator>{esc(gen)}</generator>")


def atom_head(title, link, sub, built, rights, gen, name):
    return (f"<title>{esc(title)}</title><subtitle>{esc(sub)}</subtitle><link href=\"{link}/\" rel=\"alternate\" type=\"text/html\"/>"
            f"<link href=\"{link}/feed.atom\" rel=\"self\" type=\"application/atom+xml\"/><id>{link}/</id><updated>{built.isoformat()}</updated>"
            f"<rights>{esc(rights)}</rights><generator>{esc(gen)}</generator><author><name>{esc(name)}</name></author>")


__all__ = ["TL", "atom_head", "bio", "box", "build_feed", "credit", "synd", "d", "fig", "h", "insta", "live", "news", "p", "plain_head", "pq", "q", "rel", "tweet", "wp_head"]
