# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Urdu, tech, science and broken feeds of the fifth held-out set: an international
broadcaster's Urdu service (Pangea-style), a Lahore TV news site with 12-hour clocks, a
link aggregator, an academic-news site's Atom feed, a UTF-8 feed with a BOM and a wrong
declaration plus one double-encoded item, a Zola Atom feed served as windows-1252 HTML, an
empty feed and a news sitemap at a feed URL. All outlets, people and quotations are invented."""
from datetime import datetime

from lib import dt
from mk import NS_ATOM, NS_CONTENT, NS_DC, atom, cdata, esc, feed, it, q, rfc822, rss


def d(day, h, mi, s=0, off=0.0):
    return dt(2026, 12, day, h, mi, s, off)


# ---------------------------------------------------------------- VOA Urdu-style (Pangea)
def sada():
    """Pangea CMS-style Urdu service RSS: '/a/<id>.html' links as guids, <author> in RFC form
    'mail (Name)', enclosure length 0, plain description plus content:encoded, +0000."""
    rows, items = [], []

    def add(aid, title, when, author, desc, body, exp, cat="دنیا"):
        url = f"https://www.sadaealam.com/a/{aid}.html"
        rows.append(
            "<item>\n"
            f"<title>{esc(title)}</title>\n"
            f"<description>{esc(desc)}</description>\n"
            f"<link>{url}</link>\n"
            f"<guid>{url}</guid>\n"
            f"<pubDate>{rfc822(when)}</pubDate>\n"
            f"<category>{cat}</category>\n"
            + (f"<author>{esc(author)}</author>\n" if author else "")
            + f'<enclosure url="https://gdb.sadaealam.com/{aid}_w800_h450.jpg" length="0" type="image/jpeg"/>\n'
            + (f"<content:encoded>{cdata(body)}</content:encoded>\n" if body else "")
            + "</item>")
        items.append(exp(url))

    w = d(2, 14, 5, 11)
    add("8123401", "پاکستان اور افغانستان کے درمیان سرحدی مذاکرات کا نیا دور دوحہ میں شروع", w,
        "urdu@sadaealam.com (ثنا احمد)",
        "مذاکرات میں طورخم اور چمن کی سرحدی گزرگاہیں دوبارہ کھولنے پر بات ہو گی۔",
        "<p>اسلام آباد — پاکستان اور افغانستان کے وفود نے بدھ کو دوحہ میں سرحدی تنازع پر مذاکرات کا نیا دور شروع کیا۔</p>"
        "<p>پاکستانی دفترِ خارجہ کے ترجمان عبدالوہاب خان نے کہا، ”ہم چاہتے ہیں کہ تجارت بحال ہو مگر سرحد پار حملے بند ہونے چاہئیں۔“</p>"
        "<p>طالبان حکومت کی جانب سے فوری طور پر کوئی ردِعمل سامنے نہیں آیا۔</p>",
        lambda k: it(k, "پاکستان اور افغانستان کے درمیان سرحدی مذاکرات کا نیا دور دوحہ میں شروع", w, ["ثنا احمد"],
                     junk=["urdu@sadaealam.com", "اسلام آباد —"],
                     quotes=[q("عبدالوہاب خان", "پاکستانی دفترِ خارجہ")]))

    w = d(2, 19, 40, 0)
    add("8123488", "امریکہ نے ایران کے ڈرون پروگرام سے منسلک کمپنیوں پر نئی پابندیاں عائد کر دیں", w,
        "urdu@sadaealam.com (صدائے عالم)",
        "امریکی محکمۂ خزانہ کے مطابق پابندیوں کی زد میں چین اور متحدہ عرب امارات میں قائم سات کمپنیاں بھی آئی ہیں۔",
        "",
        lambda k: it(k, "امریکہ نے ایران کے ڈرون پروگرام سے منسلک کمپنیوں پر نئی پابندیاں عائد کر دیں", w, [],
                     junk=["urdu@sadaealam.com"]))

    w = d(2, 16, 0, 0)
    add("8123440", "جہاں رنگ: دو دسمبر 2026 کا پروگرام", w, "",
        "سنیے صدائے عالم کا روزانہ ریڈیو پروگرام جہاں رنگ۔", "",
        lambda k: it(k, "جہاں رنگ: دو دسمبر 2026 کا پروگرام", w, [], story=False, rel=False,
                     note="Radio programme episode."), cat="ریڈیو")

    w = d(2, 11, 22, 48)
    add("8123377", "غزہ میں امدادی ٹرکوں کی آمد میں اضافہ، اقوامِ متحدہ کا خیرمقدم", w,
        "urdu@sadaealam.com (نیوز ڈیسک)",
        "اقوامِ متحدہ کے مطابق منگل کو 340 ٹرک غزہ میں داخل ہوئے جو اکتوبر کے بعد سب سے زیادہ تعداد ہے۔",
        "",
        lambda k: it(k, "غزہ میں امدادی ٹرکوں کی آمد میں اضافہ، اقوامِ متحدہ کا خیرمقدم", w, [],
                     junk=["نیوز ڈیسک"]))

    w = d(2, 13, 15, 0)
    add("8123410", "کرکٹ: پاکستان نے جنوبی افریقہ کو تیسرے ون ڈے میں شکست دے دی", w,
        "urdu@sadaealam.com (اسپورٹس ڈیسک)",
        "پاکستان نے سیریز دو ایک سے جیت لی۔", "",
        lambda k: it(k, "کرکٹ: پاکستان نے جنوبی افریقہ کو تیسرے ون ڈے میں شکست دے دی", w, [], rel=False), cat="کھیل")

    w = d(2, 21, 30, 0)
    add("8123502", "تجزیہ: بنگلہ دیش کے انتخابات اور ریفرنڈم، خطے کے لیے کیا معنی رکھتے ہیں؟", w,
        "urdu@sadaealam.com (فرحان حیدر)",
        "ماہرین کا کہنا ہے کہ فروری کے انتخابات بنگلہ دیش کی خارجہ پالیسی کا رخ بدل سکتے ہیں",
        "<p>واشنگٹن — بنگلہ دیش میں فروری میں ہونے والے عام انتخابات اور آئینی ریفرنڈم پر بھارت، چین اور امریکہ کی نظریں ہیں۔</p>"
        "<p>جنوبی ایشیائی امور کی ماہر ڈاکٹر نائلہ قریشی نے کہا، ”ڈھاکہ اب کسی ایک دارالحکومت پر انحصار نہیں کرنا چاہتا۔“</p>",
        lambda k: it(k, "بنگلہ دیش کے انتخابات اور ریفرنڈم، خطے کے لیے کیا معنی رکھتے ہیں؟", w, ["فرحان حیدر"],
                     junk=["urdu@sadaealam.com", "واشنگٹن —"],
                     quotes=[q("نائلہ قریشی", "جنوبی ایشیائی امور کی ماہر")],
                     note="Title label 'تجزیہ:' may be kept or dropped"))

    channel = (
        "<title>صدائے عالم - دنیا</title>\n<link>https://www.sadaealam.com/z/2271</link>\n"
        "<description>صدائے عالم اردو سروس</description>\n<language>ur</language>\n"
        "<copyright>Sada-e-Alam International Broadcasting Agency</copyright>\n"
        f"<lastBuildDate>{rfc822(d(2, 21, 35, 0))}</lastBuildDate>\n"
        "<ttl>60</ttl>\n"
        "<image><url>https://www.sadaealam.com/img/logo.png</url><title>صدائے عالم - دنیا</title><link>https://www.sadaealam.com/z/2271</link></image>")
    text = rss(channel, rows, ns=NS_CONTENT + NS_ATOM, decl="utf-8", sep="\n")
    return feed("ur_sadaealam_dunya.rss.xml", text, items, lang="ur", outlet="صدائے عالم",
                aliases=["Sada-e-Alam"],
                structure="VOA Urdu-style Pangea CMS RSS (urduvoa.com/api/z…): channel 'Outlet - Section', '/a/<id>.html' links repeated as guids, <author> in RFC 822 form 'mail (Name)' holding a reporter, the outlet or a desk, plain description plus content:encoded with 'شہر —' datelines and ”…“ quotes, enclosure length 0, a radio programme episode, +0000 dates, agency name in <copyright>",
                notes="Only the name in parentheses of <author> can be a person; the outlet and desks are not.")


# ---------------------------------------------------------------- Lahore TV news site, 12-hour clock
def _h12(w: datetime) -> str:
    """'Wed, 02 Dec 2026 7:45:12 PM +0500': 12-hour clock, hour without leading zero."""
    s = rfc822(w, h12=True)
    day, rest = s.split(", ", 1)
    dd, mon, year, clock, ampm, zone = rest.split(" ")
    return f"{day}, {dd} {mon} {year} {int(clock[:2])}{clock[2:]} {ampm} {zone}"


def aaina():
    rows, items = [], []

    def add(nid, title, when, author, desc, exp):
        url = f"https://urdu.aainanews.tv/news/{nid}"
        rows.append(
            "<item>"
            f"<title>{cdata(title)}</title>"
            f"<link>{url}</link>"
            f"<guid isPermaLink=\"true\">{url}</guid>"
            + (f"<author>{cdata(author)}</author>" if author else "")
            + f"<description>{cdata(desc)}</description>"
            + (f"<pubDate>{_h12(when)}</pubDate>" if when else "")
            + "</item>")
        items.append(exp(url))

    w = d(2, 19, 45, 12, 5)
    add("912040", "پاکستان اور سعودی عرب کا دفاعی معاہدے پر عملدرآمد کے لیے مشترکہ کمیٹی بنانے کا فیصلہ", w,
        "اسلام آباد: (شاہد محمود)",
        "<p>دونوں ممالک کے وزرائے دفاع کی ملاقات میں کمیٹی کے قیام پر اتفاق ہوا۔کمیٹی تین ماہ میں سفارشات پیش کرے گی۔</p>",
        lambda k: it(k, "پاکستان اور سعودی عرب کا دفاعی معاہدے پر عملدرآمد کے لیے مشترکہ کمیٹی بنانے کا فیصلہ", w,
                     ["شاہد محمود"], junk=["اسلام آباد: (شاہد محمود)"]))

    w = d(2, 9, 5, 40, 5)
    add("911874", "بھارت: پارلیمنٹ میں وقف ترمیمی بل پر ہنگامہ، اجلاس ملتوی", w,
        "نئی دہلی: (ایجنسیاں)",
        "<p>اپوزیشن جماعتوں نے ایوان میں شدید احتجاج کیا جس کے بعد اسپیکر نے اجلاس جمعرات تک ملتوی کر دیا۔</p>",
        lambda k: it(k, "بھارت: پارلیمنٹ میں وقف ترمیمی بل پر ہنگامہ، اجلاس ملتوی", w, [], junk=["(ایجنسیاں)"]))

    w = d(2, 12, 30, 0, 5)
    add("911950", "تصاویر: مری میں سیزن کی پہلی برفباری", w, "لاہور: (ویب ڈیسک)",
        "<p>برفباری کے بعد سیاحوں کی بڑی تعداد مری پہنچ گئی۔</p>",
        lambda k: it(k, "تصاویر: مری میں سیزن کی پہلی برفباری", w, [], story=False, rel=False, note="Photo gallery."))

    w = d(2, 16, 20, 5, 5)
    add("911990", "سونے کی فی تولہ قیمت میں 3 ہزار روپے کا اضافہ", w, "کراچی: (بزنس ڈیسک)",
        "<p>آل پاکستان جیمز اینڈ جیولرز ایسوسی ایشن کے مطابق فی تولہ سونا 4 لاکھ 52 ہزار روپے کا ہو گیا۔</p>",
        lambda k: it(k, "سونے کی فی تولہ قیمت میں 3 ہزار روپے کا اضافہ", w, [], rel=False))

    add("912001", "چین اور جاپان کے درمیان کشیدگی، بیجنگ نے جاپانی سمندری خوراک کی درآمد روک دی", None,
        "بیجنگ: (مانیٹرنگ ڈیسک)",
        "<p>چینی وزارتِ تجارت نے کہا ہے کہ یہ فیصلہ عوامی صحت کے تحفظ کے لیے کیا گیا۔</p>",
        lambda k: it(k, "چین اور جاپان کے درمیان کشیدگی، بیجنگ نے جاپانی سمندری خوراک کی درآمد روک دی", None, [],
                     note="The item has no pubDate."))

    w = d(2, 22, 10, 33, 5)
    add("912077", "اقوامِ متحدہ کا افغان خواتین پر پابندیاں ختم کرنے کا مطالبہ", w, "نیویارک: (ایجنسیاں)",
        "<p>اقوامِ متحدہ کی نائب سیکرٹری جنرل ماریا ایلینا سوسا نے کہا، ”تعلیم کوئی رعایت نہیں، حق ہے۔“</p><p>طالبان حکومت نے بیان کو اندرونی معاملات میں مداخلت قرار دیا۔مزید پڑھیں</p>",
        lambda k: it(k, "اقوامِ متحدہ کا افغان خواتین پر پابندیاں ختم کرنے کا مطالبہ", w, [],
                     junk=["مزید پڑھیں", "(ایجنسیاں)"],
                     quotes=[q("ماریا ایلینا سوسا", "اقوامِ متحدہ")]))

    channel = (
        "<title>آئینہ نیوز | دنیا</title><link>https://urdu.aainanews.tv/world</link>"
        "<description>آئینہ نیوز - تازہ ترین عالمی خبریں</description><language>ur-PK</language>"
        "<copyright>Copyright © 2026 Aaina Media Network (Pvt.) Limited</copyright>")
    text = rss(channel, rows, ns="", decl="utf-8", sep="")
    return feed("ur_aainanews_dunya.rss.xml", text, items, lang="ur", outlet="آئینہ نیوز",
                aliases=["Aaina News"],
                structure="Dunya News-style Urdu TV news site RSS from a .NET CMS: single line, channel 'Outlet | دنیا', numeric /news/<id> links as guids, CDATA titles, CDATA <author> holding 'City: (Name)' or 'City: (Desk/ایجنسیاں)', CDATA <p> descriptions with '۔' glued to the next sentence and a glued 'مزید پڑھیں', pubDate with a 12-hour clock and an unpadded hour ('Wed, 02 Dec 2026 7:45:12 PM +0500'), one item without pubDate, '(Pvt.) Limited' copyright",
                notes="A 12-hour clock: 7:45:12 PM is 19:45:12 +05:00. The undated item must stay undated.")


# ---------------------------------------------------------------- link aggregator (hnrss-style)
def junction():
    rows, items = [], []

    def add(hid, title, when, user, url, points, comments, exp, text=""):
        c = f"https://news.hackerjunction.com/item?id={hid}"
        if url:
            body = (f'\n<p>Article URL: <a href="{url}">{url}</a></p>\n<p>Comments URL: <a href="{c}">{c}</a></p>\n'
                    f"<p>Points: {points}</p>\n<p># Comments: {comments}</p>\n")
        else:
            body = (f"\n<p>{text}</p>\n<hr>\n<p>Comments URL: <a href=\"{c}\">{c}</a></p>\n"
                    f"<p>Points: {points}</p>\n<p># Comments: {comments}</p>\n")
        rows.append(
            "<item>"
            f"<title>{cdata(title)}</title>"
            f"<description>{cdata(body)}</description>"
            f"<pubDate>{rfc822(when, gmt=True)}</pubDate>"
            f"<link>{url or c}</link>"
            f"<dc:creator>{user}</dc:creator>"
            f"<comments>{c}</comments>"
            f'<guid isPermaLink="false">{c}</guid>'
            "</item>")
        items.append(exp(c))

    junk = ["Article URL:", "Comments URL:", "Points:", "# Comments:"]
    w = d(2, 16, 41, 7)
    add("46120331", "A deep dive into the new EEVDF scheduler in Linux 6.18", w, "kernelfan",
        "https://lwn-like.example.net/Articles/1001234/", 412, 187,
        lambda k: it(k, "A deep dive into the new EEVDF scheduler in Linux 6.18", w, [], rel=False, junk=junk))

    w = d(2, 14, 3, 55)
    add("46119200", "EU Council adopts rules forcing app stores to verify users' ages", w, "brusselsbyte",
        "https://eu-policy-tracker.example.org/2026/12/02/council-age-verification", 233, 301,
        lambda k: it(k, "EU Council adopts rules forcing app stores to verify users' ages", w, [], junk=junk))

    w = d(2, 12, 10, 0)
    add("46118020", "Ask HJ: How do you back up your family photos?", w, "quietmoth", "", 88, 142,
        lambda k: it(k, "Ask HJ: How do you back up your family photos?", w, [], story=False, rel=False,
                     junk=junk, note="Discussion thread."),
        text="I have about 2 TB of photos spread over three laptops and a NAS. What do you use?")

    w = d(2, 10, 30, 0)
    add("46117544", "Show HJ: A spreadsheet that runs in your terminal", w, "tabulate_dev",
        "https://github.com/tabulate-dev/termsheet", 156, 64,
        lambda k: it(k, "Show HJ: A spreadsheet that runs in your terminal", w, [], story=False, rel=False,
                     junk=junk, note="Maker's self-promotion post."))

    w = d(2, 19, 22, 13)
    add("46121005", "Undersea cable to Taiwan's Matsu islands cut for the third time this year", w, "seacable",
        "https://straitsdispatch.example.com/2026/12/02/matsu-cable-cut", 521, 390,
        lambda k: it(k, "Undersea cable to Taiwan's Matsu islands cut for the third time this year", w, [], junk=junk))

    w = d(2, 9, 0, 0)
    add("46117001", "Quantifier (JL W26) Is Hiring a Founding Engineer", w, "quantifier_hq",
        "https://jobs.hackerjunction.com/quantifier/founding-engineer", 1, 0,
        lambda k: it(k, "Quantifier (JL W26) Is Hiring a Founding Engineer", w, [], story=False, rel=False,
                     junk=junk, note="Job ad."))

    w = d(2, 8, 12, 40)
    add("46116820", "The history of the QWERTY layout (2019)", w, "oldkeys",
        "https://typewriter-history.example.com/qwerty", 97, 58,
        lambda k: it(k, "The history of the QWERTY layout (2019)", w, [], rel=False, junk=junk))

    channel = (
        "<title>Hacker Junction: Front Page</title><link>https://news.hackerjunction.com/</link>"
        "<description>Hacker Junction RSS</description><docs>https://hjrss.org/</docs>"
        "<generator>hjrss v2.1.1</generator>"
        f"<lastBuildDate>{rfc822(d(2, 19, 30, 0), gmt=True)}</lastBuildDate>"
        '<atom:link href="https://hjrss.org/frontpage" rel="self" type="application/rss+xml"></atom:link>')
    text = rss(channel, rows, ns=NS_DC + NS_ATOM, decl="UTF-8", sep="")
    return feed("en_tech_hackerjunction_frontpage.rss.xml", text, items, lang="en", outlet="Hacker Junction",
                topic="tech", aliases=["hjrss"],
                structure="hnrss-style link aggregator feed (hnrss.org/frontpage): single line, CDATA titles, CDATA descriptions made only of 'Article URL:', 'Comments URL:', 'Points:' and '# Comments:' paragraphs (Ask posts: text, <hr>, then the same), dc:creator user handles, <comments> and comment-page guids, GMT dates; 'Ask HJ', 'Show HJ' and '(JL W26) Is Hiring' posts",
                notes="Link posts are headline-only stories (their descriptions are all boilerplate). User handles are not authors. The outlet is the aggregator: the feed names no source outlet.")


# ---------------------------------------------------------------- The Conversation-style Atom
def colloquy():
    base = "https://thecolloquy.org"
    entries, items = [], []

    def add(aid, slug, title, when, authors, summary, content, exp):
        url = f"{base}/{slug}-{aid}"
        eid = f"tag:thecolloquy.org,2014:article/{aid}"
        entries.append(
            "  <entry>\n"
            f"    <id>{eid}</id>\n"
            f"    <published>{when.isoformat().replace('+00:00', 'Z')}</published>\n"
            f"    <updated>{when.isoformat().replace('+00:00', 'Z')}</updated>\n"
            f'    <link rel="alternate" type="text/html" href="{url}"/>\n'
            f"    <title>{esc(title)}</title>\n"
            f'    <content type="html">{esc(content)}</content>\n'
            f"    <summary>{esc(summary)}</summary>\n"
            + "".join(f"    <author>\n      <name>{esc(a)}</name>\n    </author>\n" for a in authors)
            + "  </entry>")
        items.append(exp(eid))

    def body(aid, caption, credit, paras, disclosure):
        return (f'<figure><img src="https://images.thecolloquy.org/files/{aid}/original/file.jpg"><figcaption><span class="caption">{caption}</span> <span class="attribution"><a class="source" href="https://www.example-photos.com/">{credit}</a></span></figcaption></figure>'
                + "".join(f"<p>{p}</p>" for p in paras)
                + f'<img src="https://counter.thecolloquy.org/content/{aid}/count.gif?distributor=feed-factory" alt="The Colloquy" width="1" height="1" />'
                + f"<p><span>{disclosure}</span></p>")

    w = d(2, 13, 22, 45)
    add("261101", "why-red-sea-corals-may-outlast-the-rest", "Why Red Sea corals may outlast the rest of the world’s reefs", w,
        ["Leila Haddad, Associate Professor of Marine Biology, Coastal State University"],
        "Corals in the northern Red Sea tolerate heat that bleaches reefs elsewhere. Their secret lies in their history.",
        body("261101", "A reef off Eilat.", "Yossi Ben-Ami/Getty Images",
             ["Corals in the northern Red Sea tolerate heat that bleaches reefs elsewhere.", "Their ancestors had to pass through the hot southern strait after the last ice age."],
             "Leila Haddad receives funding from the National Science Foundation."),
        lambda k: it(k, "Why Red Sea corals may outlast the rest of the world’s reefs", w, ["Leila Haddad"], rel=False,
                     junk=["receives funding from", "Getty Images", "A reef off Eilat."]))

    w = d(2, 11, 5, 0)
    add("260987", "drought-not-politics-is-emptying-lake-chads-islands", "Drought, not politics, is emptying Lake Chad’s islands – and feeding the insurgency", w,
        ["Amina Bukar, Lecturer in Geography, University of Maiduguri", "Peter Olsson, Senior Research Fellow, Nordic Africa Research Centre"],
        "Satellite data show the islands losing people years before the jihadist attacks began.",
        body("260987", "Fishermen on Lake Chad.", "Issa Kaboré/AFP via Getty Images",
             ["Satellite data show the islands losing people years before the jihadist attacks began.", "Young men without land or fish became recruits for armed groups."],
             "The authors do not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article."),
        lambda k: it(k, "Drought, not politics, is emptying Lake Chad’s islands – and feeding the insurgency", w,
                     ["Amina Bukar", "Peter Olsson"],
                     junk=["do not work for, consult", "Getty Images", "Fishermen on Lake Chad."]))

    w = d(2, 17, 40, 2)
    add("261230", "what-the-new-iaea-report-says-about-irans-enrichment", "What the new IAEA report says about Iran’s enrichment – a nuclear physicist explains", w,
        ["Daniel Roth, Professor of Nuclear Engineering, Midwest Institute of Technology"],
        "The inspectors can account for less of Iran’s enriched uranium than at any time since 2015.",
        body("261230", "The IAEA board in Vienna.", "Markus Ebner/AFP via Getty Images",
             ["The inspectors can account for less of Iran’s enriched uranium than at any time since 2015.", "“We have lost continuity of knowledge,” the agency’s report says."],
             "Daniel Roth has previously consulted for the U.S. Department of Energy."),
        lambda k: it(k, "What the new IAEA report says about Iran’s enrichment – a nuclear physicist explains", w, ["Daniel Roth"],
                     junk=["has previously consulted", "Getty Images", "The IAEA board in Vienna."]))

    w = d(2, 9, 30, 0)
    add("260900", "a-new-antibiotic-from-soil-bacteria", "A new antibiotic from soil bacteria kills drug-resistant gut infections in mice", w,
        ["Sofia Marquez, Assistant Professor of Microbiology, Pacific Coast University"],
        "The molecule targets a part of the bacterial membrane that no approved drug touches.",
        body("260900", "Soil samples in a lab.", "Ana Costa/The Colloquy",
             ["The molecule targets a part of the bacterial membrane that no approved drug touches."],
             "Sofia Marquez receives funding from the National Institutes of Health."),
        lambda k: it(k, "A new antibiotic from soil bacteria kills drug-resistant gut infections in mice", w, ["Sofia Marquez"], rel=False,
                     junk=["receives funding from", "Soil samples in a lab."]))

    w = d(2, 7, 0, 0)
    add("260855", "curious-kids-why-do-cats-purr", "Curious Kids: why do cats purr?", w,
        ["Grace Whitfield, Veterinary Behaviourist, Northern Downs University"],
        "Cats purr when they are happy – but also when they are hurt.",
        body("260855", "A cat.", "Unsplash",
             ["Cats purr when they are happy – but also when they are hurt."],
             "Grace Whitfield does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article."),
        lambda k: it(k, "Curious Kids: why do cats purr?", w, ["Grace Whitfield"], rel=False,
                     junk=["does not work for, consult"]))

    w = d(2, 6, 0, 0)
    add("260800", "our-year-end-appeal", "Help us keep facts free: our year-end appeal", w,
        ["Maya Chen, Editor, The Colloquy"],
        "We are a nonprofit. Your donation keeps research-based journalism free for everyone.",
        "<p>We are a nonprofit. Your donation keeps research-based journalism free for everyone. Donate now.</p>",
        lambda k: it(k, "Help us keep facts free: our year-end appeal", w, ["Maya Chen"], story=False, rel=False,
                     note="Donation appeal."))

    head = ('  <id>tag:thecolloquy.org,2014:/us/articles</id>\n'
            f'  <link rel="alternate" type="text/html" href="{base}/us/articles"/>\n'
            f'  <link rel="self" type="application/atom+xml" href="{base}/us/articles.atom"/>\n'
            "  <title>The Colloquy – Articles (US)</title>\n"
            f"  <updated>{d(2, 17, 45, 0).isoformat().replace('+00:00', 'Z')}</updated>\n"
            "  <author>\n    <name>The Colloquy</name>\n    <uri>https://thecolloquy.org</uri>\n  </author>")
    text = atom(head, entries, ns=' xml:lang="en-US"', sep="\n", decl='<?xml version="1.0" encoding="UTF-8"?>')
    return feed("en_science_thecolloquy_articles.atom.xml", text, items, lang="en", outlet="The Colloquy",
                shape="atom", topic="science", ctype="application/atom+xml; charset=utf-8",
                structure="The Conversation-style Atom (theconversation.com/us/articles.atom): 'Outlet – Articles (US)' title with an en dash, tag: ids, one <author> per academic whose <name> holds 'Name, Job title, University', escaped-HTML content opening with <figure>/<figcaption> caption and photo attribution, 1×1 counter pixel, funding-disclosure paragraph at the end, plain <summary>, Z timestamps; a 'Curious Kids' explainer and a donation appeal",
                notes="Authors are the people only; the job title and university after the first comma are affiliations.")


# ---------------------------------------------------------------- broken: BOM + wrong declaration + double-encoded item
def _double(s: str) -> str:
    """UTF-8 bytes read as windows-1252 (bytes it leaves undefined pass through as C1
    characters, as Windows' converters do)."""
    out = []
    for b in s.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def volta():
    rows, items = [], []

    def add(path, title, when, author, desc, exp):
        url = f"https://www.voltachronicle.com.gh/{path}"
        rows.append(
            "  <item>\r\n"
            f"    <title>{esc(title)}</title>\r\n"
            f"    <link>{url}</link>\r\n"
            f"    <description>{esc(desc)}</description>\r\n"
            + (f"    <author>{esc(author)}</author>\r\n" if author else "")
            + f"    <pubDate>{rfc822(when, gmt=True)}</pubDate>\r\n"
            f"    <guid>{url}</guid>\r\n"
            "  </item>")
        items.append(exp(url))

    w = d(2, 15, 2, 0)
    add("world/ecowas-summit-abuja-sahel-states", "ECOWAS summit in Abuja offers Sahel states ‘a door, not a demand’", w, "Asante-Boateng, Kwame",
        "West African leaders invited Mali, Burkina Faso and Niger to talks on a trade and security pact. “We are offering a door, not a demand,” said Adjoa Mensima, Ghana’s minister for regional integration.",
        lambda k: it(k, "ECOWAS summit in Abuja offers Sahel states ‘a door, not a demand’", w, ["Kwame Asante-Boateng"],
                     junk=["â€", "Ã"], quotes=[q("Adjoa Mensima", "Ghana’s minister for regional integration")]))

    title = "Côte d’Ivoire’s president sworn in for a fourth term as opposition boycotts ceremony"
    desc = "The ceremony in Yamoussoukro was attended by 14 heads of state. Opposition leaders, who called the October vote “a coronation”, stayed away."
    w = d(2, 12, 40, 0)
    add("world/cote-divoire-president-sworn-in-fourth-term", _double(title), w, "Reuters", _double(desc),
        lambda k: it(k, title, w, [], junk=["Ã´", "â€™", "â€œ", "Ã"],
                     note="This item alone is double-encoded (UTF-8 read as windows-1252 and re-encoded) in the feed; the clean title is the repaired text."))

    w = d(2, 10, 15, 0)
    add("world/togo-opposition-protests-lome", "Togo: police fire tear gas at opposition protest in Lomé", w, "AFP",
        "Hundreds marched against the new constitution, which the opposition says lets the president rule for life.",
        lambda k: it(k, "Togo: police fire tear gas at opposition protest in Lomé", w, [], junk=["Ã©"]))

    w = d(2, 8, 0, 0)
    add("photos/harmattan-season-arrives-in-pictures", "In pictures: Harmattan haze settles over Accra", w, "Chronicle Photo Desk",
        "A selection of our photographers’ images of the dusty season.",
        lambda k: it(k, "Harmattan haze settles over Accra", w, [], story=False, rel=False,
                     note="Photo gallery. Title label 'In pictures:' may be kept or dropped"))

    w = d(2, 17, 30, 0)
    add("world/ghana-china-debt-restructuring-deal", "Ghana &amp; China sign debt restructuring deal worth $1.9bn", w, "Efua Ampofo, Business Editor",
        "The agreement, signed in Beijing, extends maturities by 12 years; Finance Ministry officials said it completes Ghana’s bilateral restructuring.",
        lambda k: it(k, "Ghana & China sign debt restructuring deal worth $1.9bn", w, ["Efua Ampofo"],
                     junk=["Business Editor", "â€", "&amp;"],
                     note="The CMS escaped the ampersand twice: the title element holds '&amp;amp;'."))

    w = d(2, 18, 5, 0)
    add("node/88812", "", w, "", "",
        lambda k: it(k, "", w, [], story=False, rel=False, note="Untitled item without text (a CMS leftover)."))

    w = d(2, 19, 10, 0)
    add("sports/black-stars-draw-for-afcon", "AFCON 2027 draw: Black Stars placed in group with Morocco", w, "Sports Desk",
        "Ghana will open against Morocco in Nairobi on 12 June.",
        lambda k: it(k, "AFCON 2027 draw: Black Stars placed in group with Morocco", w, [], rel=False))

    channel = (
        "    <title>The Volta Chronicle - World</title>\r\n    <link>https://www.voltachronicle.com.gh/world</link>\r\n"
        "    <description>World news from Ghana's independent daily</description>\r\n    <language>en-gh</language>\r\n"
        "    <copyright>© 2026 Volta Chronicle Publications Ltd</copyright>\r\n")
    text = rss(channel, rows, ns="", decl="windows-1252", sep="\r\n")
    return feed("en_gh_voltachronicle_world_bom_wrongdecl.rss.xml", text, items, lang="en", outlet="The Volta Chronicle",
                aliases=["Volta Chronicle"], encoding="utf-8-sig", declared="windows-1252",
                ctype="text/xml", acceptable=("decoded", "refused"),
                structure="Ghanaian daily's PHP-CMS section RSS as it arrives from a misconfigured server: a UTF-8 byte-order mark followed by an XML declaration saying windows-1252, Content-Type 'text/xml' without charset, CRLF line ends and four-space indentation; <author> holding an inverted 'Surname, Given' name, 'Name, Business Editor', agencies and desks; a title with a double-escaped '&amp;amp;'; an untitled item without text; one item double-encoded (UTF-8 bytes read as windows-1252 and written out again: 'CÃ´te dâ€™Ivoireâ€™s'); GMT dates; 'Ltd' copyright",
                notes="TRAP: the BOM says UTF-8 and wins over the declaration (XML 1.0 appendix F); decoding as windows-1252 turns every curly quote into 'â€'. Refusing the whole feed is acceptable; mojibake is not. The double-encoded item should come out repaired or at least without 'Ã'/'â€'.")


# ---------------------------------------------------------------- broken: Zola Atom served as windows-1252 HTML
def steppe():
    base = "https://steppeandstrait.net"
    entries, items = [], []

    def add(slug, title, when, author, content, exp, summary=False):
        url = f"{base}/posts/{slug}/"
        entries.append(
            '\n    <entry xml:lang="en">\n'
            f"        <title>{esc(title)}</title>\n"
            f"        <published>{when.isoformat()}</published>\n"
            f"        <updated>{when.isoformat()}</updated>\n"
            "        <author>\n"
            f"          <name>\n            {esc(author)}\n          </name>\n"
            "        </author>\n"
            f'        <link rel="alternate" type="text/html" href="{url}"/>\n'
            f"        <id>{url}</id>\n"
            + (f'        <summary type="html">{esc(content)}</summary>\n' if summary
               else f'        <content type="html" xml:base="{url}">{esc(content)}</content>\n')
            + "    </entry>")
        items.append(exp(url))

    w = d(2, 0, 0, 0)
    add("caspian-corridor-after-the-ceasefire", "The Middle Corridor after the Armenia–Azerbaijan treaty", w, "Arman Seitkali",
        "<p>Kazakhstan’s port of Aktau has doubled its container traffic since the treaty was signed. But the bottleneck has moved to Georgia’s Black Sea ports.</p><p>“We built the road and forgot the door,” a Kazakh logistics official told me in Aktau.</p>",
        lambda k: it(k, "The Middle Corridor after the Armenia–Azerbaijan treaty", w, ["Arman Seitkali"], junk=["â€", "Ã"]))

    w = d(1, 0, 0, 0)
    add("uzbekistan-water-deal-tajikistan", "Uzbekistan and Tajikistan’s water deal, explained", w, "Unknown",
        "<p>The Rogun dam will fill faster under the new schedule; Tashkent gets guaranteed summer flows in return.</p>",
        lambda k: it(k, "Uzbekistan and Tajikistan’s water deal, explained", w, [], junk=["â€", "Ã"],
                     note="Zola writes 'Unknown' when a page has no author: not a person."))

    w = d(1, 0, 0, 0)
    add("reading-notes-november", "Reading notes, November", w, "Unknown",
        "<ul><li>Two good pieces on Kyrgyz remittances</li><li>A long read on Turkmen gas</li></ul>",
        lambda k: it(k, "Reading notes, November", w, [], story=False, note="Link roundup."), summary=True)

    w = d(28, 0, 0, 0).replace(month=11)
    add("kazakhstan-nuclear-plant-rosatom", "Why Kazakhstan chose Rosatom – and what Astana got in return", w, "Arman Seitkali",
        "<p>The contract for Kazakhstan’s first nuclear plant went to Russia’s Rosatom, with China’s CNNC promised the second. Astana is buying balance, not reactors.</p>",
        lambda k: it(k, "Why Kazakhstan chose Rosatom – and what Astana got in return", w, ["Arman Seitkali"], junk=["â€", "Ã"]))

    w = d(27, 0, 0, 0).replace(month=11)
    add("site-update-new-newsletter", "Site update: a newsletter, finally", w, "Unknown",
        "<p>You can now get posts by e-mail. Subscribe at the bottom of any page.</p>",
        lambda k: it(k, "Site update: a newsletter, finally", w, [], story=False, rel=False, note="Housekeeping note."))

    w = d(25, 0, 0, 0).replace(month=11)
    add("kyrgyz-election-results", "Kyrgyzstan’s snap election: what the results mean for the presidency", w, "Dinara Abenova",
        "<p>Turnout fell to 31%, the lowest since independence. The ruling party’s list won 58 of 90 seats; two opposition parties crossed the threshold.</p>",
        lambda k: it(k, "Kyrgyzstan’s snap election: what the results mean for the presidency", w, ["Dinara Abenova"], junk=["â€", "Ã"]))

    head = ("    <title>Steppe &amp; Strait</title>\n"
            "    <subtitle>Notes on Central Asia, the Caucasus and the Caspian</subtitle>\n"
            f'    <link rel="self" type="application/atom+xml" href="{base}/atom.xml"/>\n'
            f'    <link rel="alternate" type="text/html" href="{base}"/>\n'
            '    <generator uri="https://www.getzola.org/">Zola</generator>\n'
            f"    <updated>{d(2, 0, 0, 0).isoformat()}</updated>\n"
            f"    <id>{base}/atom.xml</id>")
    text = atom(head, entries, ns=' xml:lang="en"', sep="\n", decl='<?xml version="1.0" encoding="UTF-8"?>')
    return feed("en_zola_steppeandstrait_atom_served_as_html.xml", text, items, lang="en", outlet="Steppe & Strait",
                shape="atom", ctype="text/html; charset=windows-1252", declared="utf-8",
                acceptable=("decoded", "refused"),
                structure="Zola static-site Atom feed (/atom.xml) of a regional-analysis blog: 'Steppe &amp; Strait' title, entries with xml:lang, author names padded with newlines and spaces, 'Unknown' for pages without author, midnight +00:00 dates, content type=\"html\" with xml:base (summary on one entry); TRAP: the server sends it as 'Content-Type: text/html; charset=windows-1252' while bytes and prolog are UTF-8",
                notes="TRAP: honouring the HTTP charset turns ’ into 'â€™' and – into 'â€“'. Sniffing the XML prolog gives clean text. Refusal is acceptable (the server calls it an HTML page); mojibake is not.")


# ---------------------------------------------------------------- broken: empty feed
def lariana():
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            "<title>Esteri - La Gazzetta Lariana</title>\n<link>https://www.gazzettalariana.it/esteri</link>\n"
            "<description>Le ultime notizie dal mondo</description>\n<language>it-IT</language>\n"
            '<atom:link href="https://www.gazzettalariana.it/rss/esteri.xml" rel="self" type="application/rss+xml"/>\n'
            f"<lastBuildDate>{rfc822(d(2, 6, 0, 0, 1))}</lastBuildDate>\n"
            "<copyright>Editoriale Lariana S.r.l.</copyright>\n"
            "</channel>\n</rss>\n")
    return feed("it_gazzettalariana_esteri_empty.rss.xml", text, [], lang="it", outlet="La Gazzetta Lariana",
                acceptable=("decoded", "refused"),
                structure="Italian local daily's section RSS after a CMS migration: a well-formed channel (title 'Esteri - Outlet', atom:link, S.r.l. copyright) with no <item> at all",
                notes="Empty feed: posting nothing (or a one-line note that the feed is empty) is correct; inventing items from the channel is not.")


# ---------------------------------------------------------------- broken: news sitemap at a feed URL
def thames():
    urls = [
        ("world/2026/dec/02/ukraine-russia-prisoner-swap", "Ukraine and Russia swap 212 prisoners", d(2, 15, 0, 0)),
        ("world/2026/dec/02/georgia-media-law-protests", "Thousands protest Georgia's media law", d(2, 19, 20, 0)),
        ("world/2026/dec/02/chile-runoff-preview", "Chile's runoff: the lithium election", d(2, 21, 0, 0)),
    ]
    body = "".join(
        f"<url><loc>https://www.thamesgazette.co.uk/{p}</loc><news:news><news:publication><news:name>The Thames Gazette</news:name>"
        f"<news:language>en</news:language></news:publication><news:publication_date>{w.isoformat()}</news:publication_date>"
        f"<news:title>{esc(t)}</news:title></news:news></url>\n"
        for p, t, w in urls)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
            + body + "</urlset>\n")
    return feed("en_gb_thamesgazette_world_news_sitemap.xml", text, [], lang="en", outlet="The Thames Gazette",
                shape="sitemap", ctype="application/xml; charset=utf-8", acceptable=("refused",),
                structure="What a UK site serves at its old world-RSS URL after a redesign: a Google News sitemap (<urlset> with news:news, news:title, news:publication_date) instead of a feed",
                notes="Not a feed: the only correct outcome is a one-line refusal. Its sidecar has no items.")


FEEDS = [sada, aaina, junction, colloquy, volta, steppe, lariana, thames]
