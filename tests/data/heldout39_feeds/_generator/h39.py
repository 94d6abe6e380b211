# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Helpers shared by the feed modules of the thirty-ninth held-out set: the usual item, quote
and feed wrappers, plus the embeds and boxes full-text CMSs put inside an article body."""
from mk import esc, it, q, rfc822
from wp import NS_ALL, cd, d, feed, gmt, utc0, wpt

__all__ = ["atom_doc", "atom_entry", "jsonfeed", "NS_ALL", "ad", "audio", "bio", "cd", "d", "esc", "feed", "fig", "gmt", "insta", "it", "ordered", "q", "rfc822", "tweet", "utc0", "wpt", "yt"]


def ordered(rows, items):
    """Rows and items newest first (CMS feeds list by date)."""
    order = sorted(range(len(rows)), key=lambda i: items[i].published, reverse=True)
    return [rows[i] for i in order], [items[i] for i in order]


def tweet(handle, name, text, when, sid, lang="en"):
    return (f'<blockquote class="twitter-tweet" data-width="550" data-dnt="true"><p lang="{lang}" dir="ltr">{text}</p>&mdash; {name} (@{handle}) '
            f'<a href="https://twitter.example/{handle}/status/{sid}?ref_src=twsrc%5Etfw">{when}</a></blockquote>'
            '<script async src="https://platform.twitter.example/widgets.js" charset="utf-8"></script>')


def insta(code, caption):
    return (f'<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.example/p/{code}/?utm_source=ig_embed&amp;utm_campaign=loading" data-instgrm-version="14" '
            f'style="background:#FFF; border:0; margin: 1px; max-width:540px; min-width:326px; padding:0; width:99.375%;"><div style="padding:16px;"><a href="https://www.instagram.example/p/{code}/" target="_blank">View this post on Instagram</a>'
            f'<p style="margin:8px 0 0 0; padding:0 4px;">{caption}</p></div></blockquote><script async src="//www.instagram.example/embed.js"></script>')


def yt(vid, title="YouTube video player"):
    return (f'<iframe width="560" height="315" src="https://www.youtube.example/embed/{vid}" title="{title}" frameborder="0" '
            'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen></iframe>')


def fig(src, alt, caption, credit, cls="wp-block-image size-large"):
    return (f'<figure class="{cls}"><img loading="lazy" decoding="async" width="1024" height="683" src="{src}" alt="{alt}"/>'
            f'<figcaption>{caption} <span class="credit">{credit}</span></figcaption></figure>')


def ad(label="Advertisement", slot="inarticle-1"):
    return f'<div class="ad-slot" data-slot="{slot}"><span class="ad-label">{label}</span><div id="div-gpt-ad-{slot}"></div></div>'


def audio(label, src, dur):
    return (f'<div class="article-audio"><p class="audio-label">{label}</p><audio controls preload="none" src="{src}"></audio>'
            f'<span class="audio-duration">{dur}</span></div>')


def bio(name, text, cls="author-bio"):
    return f'<div class="{cls}"><img src="/avatars/{name.lower().replace(" ", "-")}.jpg" alt="{name}"/><p><strong>{name}</strong> {text}</p></div>'


def jsonfeed(title, home, feed_url, lang, items, desc=None, extra=None):
    import json
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": title, "home_page_url": home, "feed_url": feed_url}
    if desc:
        doc["description"] = desc
    doc["language"] = lang
    if extra:
        doc.update(extra)
    doc["items"] = items
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def atom_doc(lang, title, base, self_url, updated, entries, extra=""):
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">\n  <title>{title}</title>\n'
            f'  <link rel="alternate" type="text/html" href="{base}/"/>\n  <link rel="self" type="application/atom+xml" href="{self_url}"/>\n  <id>{self_url}</id>\n'
            f"  <updated>{updated.isoformat()}</updated>\n{extra}" + "\n".join(entries) + "\n</feed>\n")


def atom_entry(url, title, when, upd, authors, cats, summary, body, eid=None):
    au = "".join(f"\n    <author>\n      <name>{esc(a)}</name>\n    </author>" for a in authors)
    ct = "".join(f'\n    <category term="{esc(c)}"/>' for c in cats)
    sm = f'\n    <summary type="html">{esc(summary)}</summary>' if summary else ""
    return (f'  <entry>\n    <title type="html">{esc(title)}</title>\n    <link rel="alternate" type="text/html" href="{url}"/>\n    <id>{eid or url}</id>\n'
            f"    <published>{when.isoformat()}</published>\n    <updated>{upd.isoformat()}</updated>{au}{ct}{sm}\n    <content type=\"html\">{esc(body)}</content>\n  </entry>")


def wp_feed(name, outlet, lang, langcode, base, chan, tagline, built, specs, structure, aliases=(), creators_many=False, topic="world"):
    """A WordPress category feed from compact item specs: (pid, slug, title, when, creators, cats, excerpt, body, label)."""
    from feeds_en import wp_doc, wp_item
    rows, items = [], []
    for pid, slug, title, when, creators, cats, excerpt, body, label in specs:
        url = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
        rows.append(wp_item(base, pid, url, title, when, creators, cats, excerpt, body))
        items.append(label(f"{base}/?p={pid}"))
    rows, items = ordered(rows, items)
    text = wp_doc(chan, base, tagline, langcode, built, rows)
    return feed(name, text, items, lang=lang, outlet=outlet, aliases=list(aliases), structure=structure, topic=topic,
                ctype="application/rss+xml; charset=UTF-8")
