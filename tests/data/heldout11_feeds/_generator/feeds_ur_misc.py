# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Urdu feeds and the broken or odd feeds of the eleventh held-out set: an international
broadcaster's Urdu service, a Karachi Urdu daily, a Cypriot English daily whose UTF-8 feed
declares ISO-8859-1, a Malaysian English daily whose feed carries raw control characters, and a
Scottish daily whose old feed URL now serves the section's HTML page. All outlets, people and
quotations are invented."""
from lib import dt
from mk import NS_ATOM, NS_DC, NS_MEDIA, cdata, esc, it, q, rfc822, rss
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, off=0.0):
    return dt(2026, 12, day, h, mi, 0, off)


# ---------------------------------------------------------------- BBC Urdu-style
def wbsurdu():
    rows, items = [], []

    def add(aid, title, when, desc, exp):
        url = f"https://www.wbs.com/urdu/articles/{aid}"
        rows.append(f"        <item>\n            <title>{cdata(title)}</title>\n            <description>{cdata(desc)}</description>\n            <link>{url}?at_medium=RSS&amp;at_campaign=rss</link>\n            <guid isPermaLink=\"false\">{url}</guid>\n            <pubDate>{rfc822(when, gmt=True)}</pubDate>\n        </item>")
        items.append(exp(url))

    w = d(4, 16, 12)
    add("c9x4kq2m7d1o", "افغان طالبان اور پاکستان کے درمیان دوحہ میں مذاکرات کا نیا دور", w,
        "قطر اور ترکی کی ثالثی میں ہونے والے مذاکرات میں سرحدی گزرگاہیں کھولنے پر بات ہوئی۔",
        lambda k: it(k, "افغان طالبان اور پاکستان کے درمیان دوحہ میں مذاکرات کا نیا دور", w))
    w = d(4, 14, 40)
    add("cz8lm3n0p5wo", "’ہم واپس جانا چاہتے ہیں مگر گھر ہی نہیں بچا‘: غزہ کے بے گھر خاندانوں کی کہانی", w,
        "جنگ بندی کے دو ماہ بعد بھی ہزاروں خاندان خیموں میں رہنے پر مجبور ہیں۔",
        lambda k: it(k, "’ہم واپس جانا چاہتے ہیں مگر گھر ہی نہیں بچا‘: غزہ کے بے گھر خاندانوں کی کہانی", w))
    w = d(4, 12, 5)
    add("c1vr7gk2e6yo", "ویڈیو: لاہور میں سموگ، سکول ایک ہفتے کے لیے بند", w,
        "شہر میں فضائی آلودگی خطرناک حد تک بڑھ گئی ہے۔",
        lambda k: it(k, "لاہور میں سموگ، سکول ایک ہفتے کے لیے بند", w, story=False, rel=False, note="Video. Title label 'ویڈیو:' may be kept or dropped"))
    w = d(4, 10, 30)
    add("c5n2jd8w4k0o", "ایران کا جوہری پروگرام: یورپی ممالک پابندیاں بحال کرنے کی تیاری میں", w,
        "فرانس، جرمنی اور برطانیہ کا کہنا ہے کہ تہران نے معائنہ کاروں سے تعاون نہیں کیا۔",
        lambda k: it(k, "ایران کا جوہری پروگرام: یورپی ممالک پابندیاں بحال کرنے کی تیاری میں", w))
    w = d(4, 8, 50)
    add("c7p0qz3x9l2o", "پاکستان بمقابلہ نیوزی لینڈ: قادر کی سنچری کے باوجود شکست", w,
        "نیپئر میں کھیلے گئے پہلے ون ڈے میں میزبان ٹیم نے دو اوورز پہلے ہدف حاصل کر لیا۔",
        lambda k: it(k, "پاکستان بمقابلہ نیوزی لینڈ: قادر کی سنچری کے باوجود شکست", w, rel=False))
    w = d(4, 6, 15)
    add("c3k8re1t5m7o", "انڈیا اور چین کے وزرائے خارجہ کی ملاقات، سرحدی تنازع پر ’مثبت پیش رفت‘", w,
        "دونوں ممالک نے لداخ میں گشت کے نئے انتظامات پر اتفاق کیا ہے۔",
        lambda k: it(k, "انڈیا اور چین کے وزرائے خارجہ کی ملاقات، سرحدی تنازع پر ’مثبت پیش رفت‘", w))
    channel = (f"        <title>{cdata('WBS News اردو - صفحۂ اول')}</title>\n        <description>{cdata('WBS News اردو - صفحۂ اول')}</description>\n        <link>https://www.wbs.com/urdu</link>\n"
               f"        <image>\n            <url>https://news.files.wbs.co.uk/include/articles/public/urdu/images/metadata/poster-1024x576.png</url>\n            <title>WBS News اردو - صفحۂ اول</title>\n            <link>https://www.wbs.com/urdu</link>\n        </image>\n"
               f"        <generator>RSS for Node</generator>\n        <lastBuildDate>{rfc822(d(4, 16, 20), gmt=True)}</lastBuildDate>\n        <copyright>{cdata('حقوق اشاعت WBS 2026')}</copyright>\n        <language>{cdata('ur')}</language>")
    body = rss(channel, rows, ns=' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"' + NS_ATOM + NS_MEDIA, decl="UTF-8")
    return feed("ur_wbsurdu_frontpage.rss.xml", body, items, lang="ur", outlet="WBS News اردو", aliases=["WBS Urdu", "WBS News Urdu"],
                structure="BBC Urdu-style RSS (feeds.bbci.co.uk/urdu/rss.xml): 'RSS for Node' generator, eight-space indentation, CDATA channel title = description 'Outlet اردو - صفحۂ اول' (front page) mixing a Latin brand and Urdu, CDATA language and Urdu copyright, CDATA titles (one opening with a ’…‘ quote, one 'ویڈیو:' label) and one-sentence CDATA descriptions, links with '?at_medium=RSS&at_campaign=rss' while non-permalink guids are clean '/articles/<id>' URLs, no authors, a cricket item, GMT dates")


# ---------------------------------------------------------------- Express Urdu-style
def paigham():
    rows, items = [], []

    def add(nid, title, when, by, desc, exp):
        url = f"https://www.paigham.pk/story/{nid}/10/"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid><author>{esc(by)}</author><description>{cdata(desc)}</description><pubDate>{rfc822(when)}</pubDate><category>{cdata('انٹرنیشنل')}</category></item>")
        items.append(exp(url))

    w = d(4, 22, 18, 5)
    add(2730412, "سعودی ولی عہد کا دورہ پاکستان، 10 ارب ڈالر کے معاہدے متوقع", w, "ویب ڈیسک",
        "<p>اسلام آباد: سعودی ولی عہد آئندہ ماہ پاکستان کا دورہ کریں گے جس دوران متعدد معاہدوں پر دستخط ہوں گے۔</p>",
        lambda k: it(k, "سعودی ولی عہد کا دورہ پاکستان، 10 ارب ڈالر کے معاہدے متوقع", w, note="Only the desk 'ویب ڈیسک' is credited: authors [] expected"))
    w = d(4, 21, 2, 5)
    add(2730398, "امریکا نے چین کی 12 کمپنیوں پر نئی پابندیاں عائد کردیں", w, "خبر ایجنسی",
        "<p>واشنگٹن: امریکی محکمہ تجارت نے چپ سازی کی ٹیکنالوجی سے متعلق کمپنیوں کو بلیک لسٹ کردیا۔</p>",
        lambda k: it(k, "امریکا نے چین کی 12 کمپنیوں پر نئی پابندیاں عائد کردیں", w, note="Credit 'خبر ایجنسی' (news agency, unnamed): authors [] expected"))
    w = d(4, 19, 45, 5)
    add(2730377, "بھارت میں شادی کی تقریب میں آتشزدگی، 11 افراد ہلاک", w, "ویب ڈیسک",
        "<p>نئی دہلی: ریاست راجستھان میں شادی ہال میں آگ لگنے سے 11 افراد ہلاک ہوگئے۔</p>",
        lambda k: it(k, "بھارت میں شادی کی تقریب میں آتشزدگی، 11 افراد ہلاک", w, note="Mass-casualty fire abroad (11 dead): relevant (rule D)"))
    w = d(4, 18, 10, 5)
    add(2730360, "غزہ جنگ بندی: قاہرہ میں مذاکرات کا دوسرا مرحلہ شروع", w, "کامران حسین",
        "<p>قاہرہ: مصر اور قطر کی ثالثی میں اسرائیل اور حماس کے وفود کے درمیان بالواسطہ مذاکرات دوبارہ شروع ہوگئے۔</p>",
        lambda k: it(k, "غزہ جنگ بندی: قاہرہ میں مذاکرات کا دوسرا مرحلہ شروع", w, ["کامران حسین"]))
    w = d(4, 16, 35, 5)
    add(2730344, "ایکسپو 2030: ریاض میں پاکستانی پویلین کا سنگ بنیاد", w, "ویب ڈیسک",
        "<p>ریاض: پاکستانی سفیر نے تقریب سے خطاب کرتے ہوئے کہا کہ ’یہ دونوں ملکوں کی دوستی کی علامت ہے‘۔</p>",
        lambda k: it(k, "ایکسپو 2030: ریاض میں پاکستانی پویلین کا سنگ بنیاد", w, note="Only the desk is credited: authors [] expected"))
    w = d(4, 15, 0, 5)
    add(2730329, "افغانستان میں زلزلے کے جھٹکے، کابل میں شہری گھروں سے نکل آئے", w, "ویب ڈیسک",
        "<p>کابل: ریکٹر اسکیل پر زلزلے کی شدت 5.8 ریکارڈ کی گئی۔</p>",
        lambda k: it(k, "افغانستان میں زلزلے کے جھٹکے، کابل میں شہری گھروں سے نکل آئے", w, rel=False, note="Natural disaster abroad; relevant=true is also correct"))
    w = d(4, 13, 30, 5)
    add(2730311, "یوکرین پر روس کے ڈرون حملے، کیف میں بجلی کا نظام متاثر", w, "اے ایف پی",
        "<p>کیف: روسی ڈرون حملوں کے بعد دارالحکومت کے کئی علاقوں میں بجلی منقطع ہوگئی۔</p>",
        lambda k: it(k, "یوکرین پر روس کے ڈرون حملے، کیف میں بجلی کا نظام متاثر", w, ["اے ایف پی"]))
    channel = ("<title>روزنامہ پیغام - انٹرنیشنل</title><link>https://www.paigham.pk/international/</link><description>Daily Paigham Urdu - International News</description><language>ur</language>"
               f"<copyright>Copyright © 2026 Paigham Media Group</copyright><lastBuildDate>{rfc822(d(4, 22, 20, 5))}</lastBuildDate>")
    return feed("ur_paigham_international.rss.xml", rss(channel, rows, sep=""), items, lang="ur", outlet="روزنامہ پیغام", aliases=["Daily Paigham", "پیغام"],
                structure="Express Urdu-style section RSS (express.pk/feed/international): single line, Urdu channel title 'روزنامہ Outlet - انٹرنیشنل' with an English description, '/story/<id>/<section no>/' permalink guids, <author> holding desks ('ویب ڈیسک'), 'خبر ایجنسی' (an unnamed agency) or a person, CDATA '<p>City: lead</p>' descriptions with an Urdu dateline, ’…‘ quotes, Urdu CDATA category, an accident and an earthquake abroad, +0500 dates")


# ---------------------------------------------------------------- Cyprus Mail-style, UTF-8 declared ISO-8859-1
def levantine():
    rows, items = [], []

    def add(slug, title, when, by, desc, exp):
        url = f"https://levantinemail.com.cy/2026/12/04/{slug}/"
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<dc:creator>{cdata(by)}</dc:creator>\n\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t<guid isPermaLink=\"false\">{url}</guid>\n\t\t<description>{cdata(desc)}</description>\n\t</item>")
        items.append(exp(url))

    w = d(4, 18, 40, 2)
    add("kyriakou-geneva-talks", "Kyriakou: ‘No return to two-state talk’ before Geneva meeting", w, "Andreas Pieridis",
        "President Stavros Kyriakou said on Thursday that the UN’s envoy had assured him the agenda would be “a federal solution, nothing else”.",
        lambda k: it(k, "Kyriakou: ‘No return to two-state talk’ before Geneva meeting", w, ["Andreas Pieridis"], quotes=[q("Stavros Kyriakou", "Cyprus")]))
    w = d(4, 17, 5, 2)
    add("eu-approves-e200m-cable-link", "EU approves €200m for Great Sea power cable to Crete", w, "Elena Stylianou",
        "The Commission said the Cyprus–Greece interconnector was a “strategic project” for the bloc’s energy security.",
        lambda k: it(k, "EU approves €200m for Great Sea power cable to Crete", w, ["Elena Stylianou"]))
    w = d(4, 15, 30, 2)
    add("larnaca-marina-development", "Larnaca marina: works to start in spring – €1.2bn project", w, "Staff Reporter",
        "Developers said the first phase would include 600 berths.",
        lambda k: it(k, "Larnaca marina: works to start in spring – €1.2bn project", w, rel=False, note="Only 'Staff Reporter' is credited: authors [] expected"))
    w = d(4, 13, 55, 2)
    add("lebanon-refugee-boats-intercepted", "Two boats carrying Syrians intercepted off Cape Greco", w, "Reuters",
        "Cyprus has asked Lebanon to step up patrols; Beirut says it lacks the means – “we need Europe’s help,” an official said.",
        lambda k: it(k, "Two boats carrying Syrians intercepted off Cape Greco", w, ["Reuters"]))
    w = d(4, 12, 20, 2)
    add("our-view-athens-ankara-detente", "Our View: Athens and Ankara’s détente is Cyprus’s opportunity", w, "Levantine Mail",
        "Greek–Turkish rapprochement gives Nicosia room to move… if it is willing.",
        lambda k: it(k, "Athens and Ankara’s détente is Cyprus’s opportunity", w, note="Unsigned editorial credited to the outlet: authors [] expected. Title label 'Our View:' may be kept or dropped"))
    w = d(4, 10, 0, 2)
    add("apoel-omonia-derby-preview", "Apoel v Omonia: derby with Çelik back for the visitors", w, "Sports Desk",
        "Omonia’s Turkish-Cypriot striker Murat Çelik returns after a three-week injury.",
        lambda k: it(k, "Apoel v Omonia: derby with Çelik back for the visitors", w, rel=False, note="Only the desk is credited: authors [] expected"))
    channel = ("\t<title>Levantine Mail</title>\n\t<atom:link href=\"https://levantinemail.com.cy/category/world/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://levantinemail.com.cy</link>\n"
               f"\t<description>Cyprus’s English daily since 1952</description>\n\t<lastBuildDate>{rfc822(d(4, 18, 45, 2))}</lastBuildDate>\n\t<language>en-GB</language>")
    body = rss(channel, rows, ns=NS_DC + NS_ATOM, decl="ISO-8859-1")
    return feed("en_cy_levantinemail_world_utf8_declared_latin1.rss.xml", body, items, lang="en", outlet="Levantine Mail", declared="ISO-8859-1",
                ctype="application/rss+xml",
                notes="TRAP: the bytes are UTF-8 but the XML prolog declares ISO-8859-1 and the HTTP header has no charset; read as Latin-1 the curly quotes, €, –, é, Ç and … become mojibake ('â€™', 'Ã©'). The expected titles are the correctly decoded text.",
                structure="Cyprus Mail-style WordPress category feed behind a caching plugin that rewrote the prolog: tab indentation, channel titled with the bare outlet and a tagline, CDATA dc:creator holding a name, 'Staff Reporter', 'Sports Desk', 'Reuters' or the outlet (unsigned 'Our View:' editorial), guid = link without permalink, CDATA plain descriptions with curly quotes, euro signs, en dashes and a Turkish 'Ç'; TRAP: UTF-8 bytes declared encoding=\"ISO-8859-1\", Content-Type without charset, +0200 dates")


# ---------------------------------------------------------------- The Star (Malaysia)-style with control characters
def straitsmirror():
    rows, items = [], []

    def add(path, title_raw, title, when, desc_raw, exp):
        url = f"https://www.straitsmirror.com.my/news/world/2026/12/04/{path}"
        rows.append(f"<item>\n<title>{title_raw}</title>\n<link>{url}</link>\n<description>{cdata(desc_raw)}</description>\n<pubDate>{rfc822(when)}</pubDate>\n<guid isPermaLink=\"true\">{url}</guid>\n</item>")
        items.append(exp(url, title))

    w = d(4, 21, 30, 8)
    add("asean-foreign-ministers-agree-on-myanmar-envoy-rotation", "Asean foreign ministers agree on Myanmar\x0benvoy rotation", "Asean foreign ministers agree on Myanmar envoy rotation", w,
        "KUALA LUMPUR: Asean foreign ministers agreed on Thursday to rotate the special envoy on Myanmar every six months, Wisma Putra said.\x08",
        lambda k, t: it(k, t, w, junk=["\x08", "\x0b"]))
    w = d(4, 20, 15, 8)
    add("china-coast-guard-vessel-spotted-near-luconia-shoals", "China coast guard vessel spotted near Luconia Shoals", "China coast guard vessel spotted near Luconia Shoals", w,
        "MIRI: A Chinese coast guard ship has been loitering near the shoals off Sarawak for a third week, the maritime agency said.\x1a\x1a",
        lambda k, t: it(k, t, w, junk=["\x1a"]))
    w = d(4, 18, 50, 8)
    add("indonesia-saudi-migrant-workers-pact", "Indonesia, Saudi Arabia sign pact on migrant domestic workers\x0c", "Indonesia, Saudi Arabia sign pact on migrant domestic workers", w,
        "JAKARTA: The agreement sets a minimum wage and bans passport confiscation.",
        lambda k, t: it(k, t, w, junk=["\x0c"]))
    w = d(4, 17, 40, 8)
    add("badminton-world-tour-finals-draw", "Badminton: Arif-Wei Liang drawn in group of death", "Badminton: Arif-Wei Liang drawn in group of death", w,
        "HANGZHOU: National doubles pair face the top seeds in their opening match.",
        lambda k, t: it(k, t, w, rel=False))
    w = d(4, 16, 5, 8)
    add("thai-cambodian-border-clash-leaves-two-soldiers-dead", "Thai-Cambodian border clash leaves two soldiers dead", "Thai-Cambodian border clash leaves two soldiers dead", w,
        "BANGKOK: Both sides blamed each other\x0bfor the exchange of fire near the Preah Vihear temple.\x00",
        lambda k, t: it(k, t, w, junk=["\x00", "\x0b"]))
    w = d(4, 14, 45, 8)
    add("starpicks-year-end-sale-gadgets", "StarPicks: Year-end deals on gadgets you don\x92t want to miss", "StarPicks: Year-end deals on gadgets you don’t want to miss", w,
        "Sponsored: Save up to 40% on headphones and smartwatches.",
        lambda k, t: it(k, t, w, story=False, rel=False, note="Sponsored shopping post. The apostrophe is a raw C1 control character U+0092 (a cp1252 byte pasted into UTF-8 text): a straight or curly apostrophe is also correct"))
    channel = ("<title>The Straits Mirror - World</title>\n<link>https://www.straitsmirror.com.my/news/world</link>\n<description>The Straits Mirror Online - World News</description>\n"
               f"<language>en-my</language>\n<copyright>Straits Mirror Media Group Berhad (Company No. 10894-D)</copyright>\n<lastBuildDate>{rfc822(d(4, 21, 35, 8))}</lastBuildDate>")
    return feed("en_my_straitsmirror_world_control_chars.rss.xml", rss(channel, rows), items, lang="en", outlet="The Straits Mirror",
                notes="TRAP: not well-formed XML 1.0: raw control characters pasted from a print CMS (U+000B vertical tab between words, U+0008 backspace, U+001A, U+000C form feed, U+0000 NUL, and a C1 U+0092 in a title). A strict parser stops at the first one; the items should still be read and the control characters dropped (a vertical tab between words is a space).",
                structure="The Star (Malaysia)-style section RSS from a print-first CMS: channel 'Outlet - World', upper-case 'CITY:' datelines opening the CDATA descriptions, permalink guids, no authors, 'Badminton:' sport kicker and a sponsored 'StarPicks:' post, +0800 dates, 'Berhad (Company No.)' copyright; TRAP: raw C0 control characters (VT, BS, SUB, FF, NUL) and a C1 U+0092 inside titles and descriptions")


# ---------------------------------------------------------------- HTML section page at the feed URL
def clydeherald():
    html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>World news | The Clyde Herald</title>
<meta name="description" content="The latest world news, analysis and comment from The Clyde Herald.">
<link rel="canonical" href="https://www.clydeherald.co.uk/news/world/">
<link rel="alternate" type="application/rss+xml" title="The Clyde Herald - World" href="https://www.clydeherald.co.uk/news/world/rss/">
<meta property="og:site_name" content="The Clyde Herald">
</head>
<body class="section section-world">
<header><a class="logo" href="/">The Clyde Herald</a><nav><a href="/news/">News</a> <a href="/news/world/">World</a> <a href="/sport/">Sport</a> <a href="/subscribe/">Subscribe</a></nav></header>
<main>
<h1>World</h1>
<article class="teaser teaser--lead"><a href="/news/world/25112874.nato-ministers-meet-glasgow-arctic/"><h2>Nato ministers to meet in Glasgow as Arctic tensions rise</h2></a><p class="standfirst">Defence chiefs will discuss patrols in the High North.</p><time datetime="2026-12-04T17:20:00Z">2 hours ago</time></article>
<article class="teaser"><a href="/news/world/25112850.scots-aid-workers-freed-sudan/"><h2>Scots aid workers freed in Sudan after 40 days</h2></a><time datetime="2026-12-04T15:05:00Z">4 hours ago</time></article>
<article class="teaser"><a href="/news/world/25112811.iceland-volcano-flights/"><h2>Iceland volcano: flights from Edinburgh cancelled</h2></a><time datetime="2026-12-04T12:40:00Z">7 hours ago</time></article>
<aside class="newsletter">Sign up to our World Briefing newsletter</aside>
</main>
<footer><p>© 2026 Clyde Newspapers Ltd. All rights reserved.</p></footer>
</body>
</html>
"""
    return feed("en_gb_clydeherald_world_rss_redirected_to_html.xml", html, [], lang="en", outlet="The Clyde Herald", shape="html",
                ctype="text/html; charset=utf-8", acceptable=("refused",),
                notes="No items: the old feed URL (…/news/world/rss.xml) redirects (301) to the section's HTML front page, served 200 text/html. The page lists headlines and even advertises the new feed in <link rel=\"alternate\">, but it is not a feed: it must be refused, not read as items.",
                structure="What a Scottish daily's old world RSS URL returns after a CMS migration: a 301 redirect to the HTML section page (200, text/html; charset=utf-8) with <article class=\"teaser\"> headline blocks, <time> stamps, a newsletter aside and a <link rel=\"alternate\" type=\"application/rss+xml\"> to the new feed URL")


FEEDS = [wbsurdu, paigham, levantine, straitsmirror, clydeherald]
