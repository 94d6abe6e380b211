# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Urdu, tech, science and broken feeds of the sixth held-out set: a Karachi TV channel's
WordPress Urdu site, a Pakistani TV network's Urdu site, a UK IT news site (Atom), a science
press-release aggregator, a Kenyan daily in windows-1252 labelled UTF-8, a bot-challenge HTML page
at a Nigerian paper's feed URL, and a Philippine site's JSON Feed served as text/plain;
charset=ISO-8859-1. All outlets, people and quotations are invented."""
import json

from lib import dt
from mk import NS_ATOM, NS_DC, cdata, esc, feed, it, q, rfc822, rss, zone_abbr


def d(day, h, mi, s=0, off=0.0):
    return dt(2026, 12, day, h, mi, s, off)


# ---------------------------------------------------------------- ARY Urdu-style WordPress
def savera():
    """ARY News Urdu-style WordPress RSS: Latin slugs, CDATA dc:creator desks or names, '?p='
    guids, CDATA Urdu excerpt opening 'شہر:' and the English trailer 'The post … appeared first
    on …', +0000 dates."""
    rows, items = [], []

    def add(slug, pid, title, when, creator, cat, lead, exp):
        url = f"https://urdu.saveranews.tv/{slug}/"
        rows.append(
            "\t\t<item>\n"
            f"\t\t<title>{esc(title)}</title>\n"
            f"\t\t<link>{url}</link>\n"
            f"\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n"
            f"\t\t<pubDate>{rfc822(when)}</pubDate>\n"
            f"\t\t<category><![CDATA[{cat}]]></category>\n"
            f'\t\t<guid isPermaLink="false">https://urdu.saveranews.tv/?p={pid}</guid>\n'
            f'\t\t<description><![CDATA[<p>{lead}</p>\n<p>The post <a href="{url}">{title}</a> appeared first on <a href="https://urdu.saveranews.tv">Savera News Urdu</a>.</p>\n]]></description>\n'
            "\t\t</item>")
        items.append(exp(f"https://urdu.saveranews.tv/?p={pid}"))

    junk = ["The post", "appeared first on", "Savera News Urdu"]
    w = d(3, 14, 22, 5)
    t = "پاکستان اور افغانستان کے درمیان طورخم سرحد دو ہفتے بعد کھول دی گئی"
    add("torkham-border-reopened-pakistan-afghanistan", 798812, t, w, "ویب ڈیسک", "بین الاقوامی",
        "پشاور: پاکستان اور افغانستان کے درمیان طورخم سرحد دو ہفتے کی بندش کے بعد تجارت اور پیدل آمد و رفت کے لیے کھول دی گئی۔ کسٹمز حکام کے مطابق پہلے روز چار سو سے زائد مال بردار گاڑیاں سرحد پار کر گئیں۔",
        lambda k: it(k, t, w, [], junk=junk, note="dc:creator 'ویب ڈیسک' (web desk) is not a person."))
    w = d(3, 12, 40, 0)
    t = "ایران کا سعودی عرب کے ساتھ نئے سیکیورٹی معاہدے پر اتفاق"
    add("iran-saudi-arabia-security-agreement", 798790, t, w, "ضیاء الرحمٰن", "بین الاقوامی",
        "تہران: ایران اور سعودی عرب نے خلیج میں بحری سلامتی سے متعلق ایک نئے معاہدے پر اتفاق کر لیا ہے۔ ایرانی وزارت خارجہ کے ترجمان حامد رضا نوری نے کہا کہ ”یہ معاہدہ خطے کے ممالک کی مشترکہ کامیابی ہے“۔",
        lambda k: it(k, t, w, ["ضیاء الرحمٰن"], junk=junk, quotes=[q("حامد رضا نوری", "ایرانی وزارت خارجہ")]))
    w = d(3, 11, 5, 0)
    t = "ویڈیو: دبئی میں شدید بارش، سڑکیں زیر آب"
    add("dubai-heavy-rain-video", 798771, t, w, "ویب ڈیسک", "ویڈیوز",
        "دبئی: متحدہ عرب امارات میں شدید بارش کے بعد کئی سڑکیں زیر آب آ گئیں، سوشل میڈیا پر ویڈیوز وائرل ہو گئیں۔",
        lambda k: it(k, "دبئی میں شدید بارش، سڑکیں زیر آب", w, [], story=False, rel=False, junk=junk,
                     note="Video. Title label 'ویڈیو:' may be kept or dropped"))
    w = d(3, 9, 48, 0)
    add("pakistan-beat-sri-lanka-second-odi", 798750, "قومی ٹیم کی شاندار بیٹنگ، پاکستان نے سری لنکا کو شکست دے دی", w, "اسپورٹس ڈیسک", "کھیل",
        "راولپنڈی: دوسرے ون ڈے میچ میں پاکستان نے سری لنکا کو سات وکٹوں سے شکست دے کر سیریز میں ایک صفر کی برتری حاصل کر لی۔",
        lambda k: it(k, "قومی ٹیم کی شاندار بیٹنگ، پاکستان نے سری لنکا کو شکست دے دی", w, [], rel=False, junk=junk))
    w = d(3, 8, 15, 0)
    t = "اقوام متحدہ میں غزہ جنگ بندی کی قرارداد بھاری اکثریت سے منظور"
    add("un-general-assembly-gaza-ceasefire-resolution", 798733, t, w, "ویب ڈیسک", "بین الاقوامی",
        "نیویارک: اقوام متحدہ کی جنرل اسمبلی نے غزہ میں مستقل جنگ بندی کی قرارداد ایک سو اڑسٹھ ووٹوں سے منظور کر لی۔ پاکستان کے مستقل مندوب عارف سلیم نے کہا کہ عالمی برادری کو اب عملی اقدامات کرنا ہوں گے۔",
        lambda k: it(k, t, w, [], junk=junk))
    w = d(3, 6, 30, 0)
    t = "بھارت اور چین کا سرحدی تجارت بحال کرنے کا فیصلہ"
    add("india-china-border-trade-resume", 798710, t, w, "عمیر دبیر", "بین الاقوامی",
        "نئی دہلی: بھارت اور چین نے پانچ سال بعد لپولیکھ اور شپکی لا کے راستے سرحدی تجارت دوبارہ شروع کرنے کا اعلان کیا ہے",
        lambda k: it(k, t, w, ["عمیر دبیر"], junk=junk, note="Excerpt without final '۔'."))

    channel = (
        "\t<title>سویرا نیوز اردو</title>\n"
        '\t<atom:link href="https://urdu.saveranews.tv/category/international/feed/" rel="self" type="application/rss+xml" />\n'
        "\t<link>https://urdu.saveranews.tv</link>\n"
        "\t<description>Savera News Urdu- International Urdu News Channel</description>\n"
        f"\t<lastBuildDate>{rfc822(d(3, 14, 30))}</lastBuildDate>\n"
        "\t<language>ur</language>\n\t<generator>https://wordpress.org/?v=6.6.2</generator>")
    text = rss(channel, rows, ns=NS_DC + NS_ATOM)
    return feed("ur_saveranews_international.rss.xml", text, items, lang="ur", outlet="سویرا نیوز",
                aliases=["Savera News Urdu", "سویرا نیوز اردو", "Savera News"],
                structure="ARY News Urdu-style WordPress category feed (urdu.arynews.tv/…/feed/): tab-indented, Urdu channel title with an English tagline in <description>, Latin-script slugs, CDATA dc:creator with desks ('ویب ڈیسک', 'اسپورٹس ڈیسک') or names, '?p=' non-permalink guids, CDATA Urdu excerpt opening 'شہر:' followed by the English WordPress trailer 'The post <a>…</a> appeared first on <a>…</a>.', ”…“ quotes, a 'ویڈیو:' item and a cricket item, +0000 dates",
                notes="Pakistan's UN envoy is named in one item without a direct quote; no quote expectation there.")


# ---------------------------------------------------------------- Geo Urdu-style TV site
def nawaejahan():
    """Geo Urdu-style RSS: '/latest/<id>-' links as guids, CDATA titles and CDATA descriptions
    starting with an <img> then Urdu text, 'فوٹو: فائل' caption, no authors, +0500 dates."""
    rows, items = [], []

    def add(nid, title, when, body, exp):
        url = f"https://urdu.nawaejahan.tv/latest/{nid}-"
        rows.append(
            "<item>"
            f"<title>{cdata(title)}</title>"
            f"<link>{url}</link>"
            f"<guid>{url}</guid>"
            f'<description>{cdata(f"<img src={chr(39)}https://urdu.nawaejahan.tv/assets/uploads/updates/2026-12-03/{nid}_thumb.jpg{chr(39)} />{body}")}</description>'
            f"<pubDate>{rfc822(when)}</pubDate>"
            "</item>")
        items.append(exp(url))

    o = 5.0
    w = d(3, 21, 10, 0, o)
    t = "امریکا نے پاکستان کو نایاب معدنیات کے شعبے میں سرمایہ کاری کی پیشکش کر دی"
    add(412871, t, w,
        "<p>فوٹو: فائل</p><p>امریکی نائب وزیر خارجہ برائے اقتصادی امور ربیکا ہالورسن نے اسلام آباد میں ملاقاتوں کے دوران پاکستان کو معدنیات کے شعبے میں پانچ سو ملین ڈالر کی سرمایہ کاری کی پیشکش کی ہے۔</p><p>انہوں نے کہا کہ ”ہم پاکستان کے ساتھ طویل مدتی شراکت داری چاہتے ہیں“۔</p>",
        lambda k: it(k, t, w, [], junk=["فوٹو: فائل"], quotes=[q("ربیکا ہالورسن", "امریکی نائب وزیر خارجہ")]))
    w = d(3, 19, 45, 0, o)
    t = "بنگلادیش میں عام انتخابات کا شیڈول جاری، ووٹنگ فروری میں ہوگی"
    add(412850, t, w,
        "<p>بنگلادیش کے الیکشن کمیشن نے عام انتخابات کا شیڈول جاری کر دیا ہے جس کے مطابق پولنگ بارہ فروری کو ہوگی۔</p><p>چیف الیکشن کمشنر نے ڈھاکا میں پریس کانفرنس میں بتایا کہ کاغذات نامزدگی بیس دسمبر تک جمع کرائے جا سکیں گے۔</p>",
        lambda k: it(k, t, w, []))
    w = d(3, 18, 20, 0, o)
    t = "سونے کی قیمت میں مزید اضافہ، فی تولہ نئی بلند ترین سطح پر پہنچ گیا"
    add(412833, t, w,
        "<p>فوٹو: فائل</p><p>ملک میں سونے کی فی تولہ قیمت میں 2500 روپے کا اضافہ ہوا ہے جس کے بعد نئی قیمت چار لاکھ اسی ہزار روپے ہو گئی۔</p>",
        lambda k: it(k, t, w, [], rel=False, junk=["فوٹو: فائل"]))
    w = d(3, 16, 5, 0, o)
    t = "روس اور یوکرین کے درمیان استنبول میں مذاکرات کا نیا دور شروع"
    add(412809, t, w,
        "<p>روس اور یوکرین کے وفود کے درمیان ترکیہ کی میزبانی میں استنبول میں مذاکرات کا نیا دور شروع ہو گیا ہے۔</p><p>ترک وزیر خارجہ کے دفتر کے مطابق بات چیت میں قیدیوں کے تبادلے اور بحیرہ اسود میں جہاز رانی پر توجہ دی جائے گی۔</p>",
        lambda k: it(k, t, w, []))
    w = d(3, 14, 30, 0, o)
    t = "ویڈیو: افغان طالبان کے وزیر خارجہ کا دورہ ماسکو"
    add(412790, t, w,
        "<p>افغان عبوری حکومت کے وزیر خارجہ ماسکو پہنچ گئے جہاں ان کا استقبال روسی نائب وزیر خارجہ نے کیا۔ دیکھیے ویڈیو</p>",
        lambda k: it(k, "افغان طالبان کے وزیر خارجہ کا دورہ ماسکو", w, [], story=False,
                     note="Video. Title label 'ویڈیو:' may be kept or dropped"))
    w = d(3, 11, 55, 0, o)
    t = "سعودی عرب میں پاکستانی ورکرز کے لیے نئی ویزا پالیسی کا اعلان"
    add(412770, t, w,
        "<p>سعودی وزارت داخلہ نے پاکستان سمیت آٹھ ممالک کے ہنرمند کارکنوں کے لیے ورک ویزا کے قواعد میں نرمی کا اعلان کیا ہے۔</p><p>سمندر پار پاکستانیوں کی وزارت کے ترجمان کامران شفیق کا کہنا ہے کہ ”اس فیصلے سے آئندہ سال ایک لاکھ اضافی ملازمتیں ملنے کی توقع ہے“۔</p>",
        lambda k: it(k, t, w, [], quotes=[q("کامران شفیق", "سمندر پار پاکستانیوں کی وزارت")]))

    channel = (
        "<title><![CDATA[Nawa-e-Jahan Urdu - تازہ ترین]]></title><link>https://urdu.nawaejahan.tv</link>"
        "<description><![CDATA[نوائے جہاں اردو - تازہ ترین خبریں]]></description><language>ur-PK</language>"
        "<copyright>Copyright © 2026 Nawa-e-Jahan Television Network</copyright>"
        f"<lastBuildDate>{rfc822(d(3, 21, 15, 0, o))}</lastBuildDate>")
    text = rss(channel, rows, sep="")
    return feed("ur_nawaejahan_latest.rss.xml", text, items, lang="ur", outlet="نوائے جہاں",
                aliases=["Nawa-e-Jahan Urdu", "Nawa-e-Jahan", "نوائے جہاں اردو"],
                structure="Geo Urdu-style RSS (urdu.geo.tv/rss/1/…): single line, CDATA channel title mixing Latin outlet name and Urdu section ('Outlet Urdu - تازہ ترین'), '/latest/<id>-' links (trailing hyphen) repeated as guids, CDATA titles, CDATA descriptions '<img src=\\'…\\' />' glued to <p>s with 'فوٹو: فائل' (file photo) caption paragraphs, ”…“ quotes, no authors, a 'ویڈیو:' item and a gold-price item, +0500 dates, 'Television Network' copyright",
                notes="'فوٹو: فائل' is a photo caption, not text.")


# ---------------------------------------------------------------- The Register-style tech Atom
def relay():
    """The Register-style Atom headlines: tag: ids, one <author> with <name> and a search <uri>,
    summary type="html" holding '<h4>strapline</h4> <p>first paragraph</p>', title type="html"."""
    entries, items = [], []

    def add(sid, slug, title, when, author, strap, para, exp, sect="2026/12/03"):
        url = f"https://go.therelay.co.uk/feed/www.therelay.co.uk/{sect}/{slug}/"
        tid = f"tag:therelay.co.uk,2005:story/{sect}/{slug}/"
        summary = f"<h4>{strap}</h4> <p>{para}…</p>"
        entries.append(
            "<entry>"
            f"<id>{tid}</id>"
            f"<updated>{when.isoformat()}</updated>"
            f"<author><name>{esc(author)}</name><uri>https://search.therelay.co.uk/?author={author.replace(' ', '%20')}</uri></author>"
            f'<link rel="alternate" type="text/html" href="{url}"/>'
            f'<title type="html">{esc(title)}</title>'
            f'<summary type="html" xml:base="https://www.therelay.co.uk/">{esc(summary)}</summary>'
            "</entry>")
        items.append(exp(tid))

    w = d(3, 17, 2, 11)
    t = "US adds six Chinese chip toolmakers to Entity List, Beijing vows 'necessary measures'"
    add(231904, "us_entity_list_chinese_chip_tools", t, w, "Tobias Marsh",
        "Export curbs now cover etch and deposition kit, not just lithography",
        "The US Commerce Department has added six Chinese semiconductor equipment makers to its Entity List, barring American suppliers from selling them components without a licence.",
        lambda k: it(k, t, w, ["Tobias Marsh"], junk=["Export curbs now cover etch"],
                     note="The <h4> strapline is a subtitle; the summary should come from the paragraph."))
    w = d(3, 15, 30, 0)
    t = "Patch Tuesday preview: 57 flaws, two under active attack"
    add(231899, "patch_tuesday_preview_december", t, w, "Jessica Lyndon",
        "Exchange admins, cancel your weekend",
        "This month's security bundle fixes 57 vulnerabilities, including two that attackers are already exploiting in a widely used mail server.",
        lambda k: it(k, t, w, ["Jessica Lyndon"], rel=False))
    w = d(3, 13, 12, 40)
    t = "EU and US strike deal on data transfers after court threw out the last one"
    add(231887, "eu_us_data_transfer_deal", t, w, "Lindsay Crane",
        "Third time lucky? Privacy campaigners already drafting the legal challenge",
        "Brussels and Washington have agreed a replacement for the transatlantic data framework struck down by the EU's top court in October, the European Commission said on Wednesday.",
        lambda k: it(k, t, w, ["Lindsay Crane"]))
    w = d(3, 11, 45, 0)
    t = "Who, Me? Printer driver 'fix' takes down a hospital's night shift"
    add(231870, "who_me", t, w, "Simon Pettigrew",
        "Reader's tale of a midnight update and a lot of angry nurses",
        "Welcome once again to Who, Me? in which readers share stories of the times they broke things.",
        lambda k: it(k, t, w, ["Simon Pettigrew"], story=False, rel=False, note="Weekly reader-confession column."), sect="2026/12/03")
    w = d(3, 9, 20, 0)
    t = "Single-board computer prices go up again as memory costs bite"
    add(231861, "raspberry_pi_price_rise", t, w, "Lindsay Crane",
        "Blame the AI datacenter boom",
        "The Pi-style board maker Bramble Computing has raised prices on its 4GB and 8GB boards by $5 and $10 respectively, citing a sharp rise in the cost of LPDDR memory.",
        lambda k: it(k, t, w, ["Lindsay Crane"], rel=False))
    w = d(3, 8, 0, 0)
    t = "Russia-linked crew hit Baltic grid operators with wiper malware, say Estonian spooks"
    add(231850, "baltic_grid_wiper_attack", t, w, "Jessica Lyndon",
        "Attack timed to coincide with disconnection anniversary",
        "Estonia's foreign intelligence service says a group linked to Russian military intelligence deployed wiper malware against two Baltic electricity grid operators last month.",
        lambda k: it(k, t, w, ["Jessica Lyndon"]))
    w = d(2, 22, 30, 0)
    t = "Open source maintainers say they're 'drowning' in AI-generated bug reports"
    add(231842, "ai_bug_report_spam", t, w, "Tobias Marsh",
        "One maintainer: 'It's a DDoS on volunteers'",
        "Maintainers of several widely used open source projects say AI-generated security reports are now the majority of submissions they receive.",
        lambda k: it(k, t, w, ["Tobias Marsh"], rel=False), sect="2026/12/02")

    head = (
        '<id>tag:therelay.co.uk,2005:feed/therelay.co.uk/headlines/</id>'
        "<title>The Relay</title>"
        "<subtitle>Plugging you into IT — enterprise tech news and views for the world</subtitle>"
        '<link rel="self" type="application/atom+xml" href="https://www.therelay.co.uk/headlines.atom"/>'
        '<link rel="alternate" type="text/html" href="https://www.therelay.co.uk/"/>'
        f"<updated>{d(3, 17, 5).isoformat()}</updated>"
        "<icon>https://www.therelay.co.uk/design_picker/favicon.ico</icon>"
        "<rights>Copyright © 2026, Situation Publishing Relay Ltd</rights>"
        "<author><name>Team Relay</name><email>webmaster@therelay.co.uk</email><uri>https://www.therelay.co.uk/about/contact/</uri></author>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">'
            + head + "".join(entries) + "</feed>\n")
    return feed("en_tech_therelay_headlines.atom.xml", text, items, lang="en", outlet="The Relay",
                shape="atom", topic="tech", ctype="application/atom+xml; charset=utf-8",
                structure="The Register-style Atom headlines (theregister.com/headlines.atom): single line, xml:lang on <feed>, feed-level <author> 'Team Outlet' with e-mail, 'tag:site,2005:story/YYYY/MM/DD/slug/' ids, links through a go.site/feed/ redirector, summary with xml:base and a truncation ellipsis inside the <p>, <updated> only (no <published>), one <author> with <name> and a search <uri>, title type=\"html\" with straight apostrophes, summary type=\"html\" '<h4>strapline</h4> <p>first paragraph</p>', British tech-slang straplines, a 'Who, Me?' reader column, subtitle tagline with an em dash, 'Ltd' in <rights>",
                notes="Three of the six stories are foreign-affairs relevant: export controls on Chinese firms, the EU-US data-transfer deal between governments, and a state-linked cyberattack on Baltic grids.")


# ---------------------------------------------------------------- ScienceDaily-style aggregator
def scienceloom():
    """ScienceDaily-style RSS: 'ScienceLoom: Top Science News', non-permalink 'tag:' guids,
    one-paragraph plain descriptions, no authors, EST zone abbreviations."""
    rows, items = [], []

    def add(rid, title, when, desc, exp):
        url = f"https://www.scienceloom.com/releases/2026/12/{rid}.htm"
        gid = f"tag:scienceloom.com,2026:releases/2026/12/{rid}"
        rows.append(
            "<item>\n"
            f"<title>{esc(title)}</title>\n"
            f"<link>{url}</link>\n"
            f"<description>{esc(desc)}</description>\n"
            f"<pubDate>{zone_abbr(when, 'EST')}</pubDate>\n"
            f'<guid isPermaLink="false">{gid}</guid>\n'
            "</item>")
        items.append(exp(gid))

    e = -5.0
    w = d(3, 14, 22, 31, e)
    t = "Satellite data reveal scale of cropland lost to conflict in Sudan"
    add("261203142231", t, w,
        "Researchers combined radar and optical satellite images to show that nearly a third of cultivated land in Sudan's Darfur and Kordofan regions went unplanted in 2025, as fighting displaced farmers and blocked access to fields.",
        lambda k: it(k, t, w, [], note="Research on a war's effect on food supply in Sudan: a humanitarian/conflict story, relevant."))
    w = d(3, 13, 5, 10, e)
    t = "Ancient DNA traces first farmers' route into the Baltic"
    add("261203130510", t, w,
        "A study of genomes from 74 skeletons suggests farming reached the eastern Baltic through two separate migrations, centuries apart.",
        lambda k: it(k, t, w, [], rel=False))
    w = d(3, 11, 48, 0, e)
    t = "Bats use Earth's magnetic field as a compass during long migrations"
    add("261203114800", t, w,
        "Tracking experiments with common noctule bats show they recalibrate a magnetic compass at sunset before setting off.",
        lambda k: it(k, t, w, [], rel=False))
    w = d(3, 10, 2, 44, e)
    t = "Microplastics found in 90 percent of tested human artery plaques"
    add("261203100244", t, w,
        "Patients whose plaques contained microplastics had a higher risk of heart attack and stroke over three years of follow-up, a clinical study reports.",
        lambda k: it(k, t, w, [], rel=False))
    w = d(3, 9, 15, 0, e)
    t = "Melting Himalayan glaciers raise flood risk for downstream nations, study warns"
    add("261203091500", t, w,
        "Glacial lakes along the border between Nepal and China have grown by 40 percent since 1990, and an outburst flood could reach settlements in India and Bangladesh, researchers say, calling for a cross-border warning system.",
        lambda k: it(k, t, w, [], rel=False, note="Science story with a transboundary angle; not about relations between states."))
    w = d(2, 16, 30, 0, e)
    t = "New battery chemistry promises cheaper grid storage"
    add("261202163000", t, w,
        "A sodium-sulfur battery that works at room temperature could cut the cost of storing renewable energy.",
        lambda k: it(k, t, w, [], rel=False))

    channel = (
        "<title>ScienceLoom: Top Science News</title>\n<link>https://www.scienceloom.com/news/top/science/</link>\n"
        "<description>Top stories featured on ScienceLoom's Science News sections.</description>\n<language>en-us</language>\n"
        f"<lastBuildDate>{zone_abbr(d(3, 14, 30, 0, e), 'EST')}</lastBuildDate>\n<ttl>60</ttl>\n"
        "<image><title>ScienceLoom</title><url>https://www.scienceloom.com/images/scienceloom.gif</url><link>https://www.scienceloom.com/</link></image>")
    text = rss(channel, rows, ns=NS_ATOM)
    return feed("en_science_scienceloom_top.rss.xml", text, items, lang="en", outlet="ScienceLoom",
                topic="science",
                structure="ScienceDaily-style top-news RSS (sciencedaily.com/rss/top/science.xml): channel 'Outlet: Top Science News', one-paragraph plain descriptions rewritten from university press releases, no authors, 'tag:site,2026:releases/…' non-permalink guids, pubDate with the zone abbreviation EST, <ttl>",
                notes="Dates use 'EST' (-05:00).")


# ---------------------------------------------------------------- Kenyan daily: cp1252 declared UTF-8
def lakeside():
    """Kenyan daily section RSS whose bytes are windows-1252 (curly quotes, en dash) while the
    prolog and the HTTP header say UTF-8; <author> with names or 'Standard Reporter', +0300."""
    rows, items = [], []

    def add(aid, slug, title, when, author, desc, exp):
        url = f"https://www.lakesidestandard.co.ke/world/article/{aid}/{slug}"
        rows.append(
            "<item>\r\n"
            f"  <title>{esc(title)}</title>\r\n"
            f"  <link>{url}</link>\r\n"
            f"  <guid>{url}</guid>\r\n"
            f"  <description>{esc(desc)}</description>\r\n"
            + (f"  <author>{esc(author)}</author>\r\n" if author else "")
            + f"  <pubDate>{rfc822(when)}</pubDate>\r\n"
            "</item>")
        items.append(exp(url))

    o = 3.0
    w = d(3, 19, 40, 0, o)
    add(2001533801, "special-envoy-addis-ethiopia-eritrea-tensions", "Nairobi’s envoy in Addis as Ethiopia–Eritrea tensions rise", w, "Brian Otieno",
        "Kenya has dispatched a special envoy to Addis Ababa as fears grow of a new war in the Horn of Africa. “We cannot afford another conflict on our doorstep,” said the envoy, former Foreign Affairs Principal Secretary Grace Wambui.",
        lambda k: it(k, "Nairobi’s envoy in Addis as Ethiopia–Eritrea tensions rise", w, ["Brian Otieno"],
                     quotes=[q("Grace Wambui", "special envoy")]))
    w = d(3, 17, 15, 0, o)
    add(2001533790, "uganda-opposition-candidate-arrested-campaign", "Uganda: Opposition candidate arrested at campaign rally – party", w, "Reuters",
        "Ugandan police arrested an opposition presidential candidate at a rally in Masaka on Wednesday, his party said, weeks before the January election.",
        lambda k: it(k, "Uganda: Opposition candidate arrested at campaign rally – party", w, [], note="Agency in <author>."))
    w = d(3, 15, 2, 0, o)
    add(2001533774, "kenya-tanzania-border-trucks-namanga", "Truckers stranded at Namanga as Tanzania’s new levy bites", w, "Standard Reporter",
        "More than 300 trucks are stuck at the Namanga border post after Tanzania introduced a Sh12,000 “road maintenance” charge on foreign-registered lorries.",
        lambda k: it(k, "Truckers stranded at Namanga as Tanzania’s new levy bites", w, [], note="'Standard Reporter' is a desk credit."))
    w = d(3, 13, 30, 0, o)
    add(2001533760, "harambee-stars-draw-afcon-qualifier", "Harambee Stars held 1–1 in Kampala", w, "Omondi Onyatta",
        "A late penalty earned Uganda a draw against Kenya’s Harambee Stars in Tuesday’s friendly at Mandela National Stadium.",
        lambda k: it(k, "Harambee Stars held 1–1 in Kampala", w, ["Omondi Onyatta"], rel=False))
    w = d(3, 11, 45, 0, o)
    add(2001533745, "somalia-al-shabaab-attack-beledweyne", "Al-Shabaab attack on Somali base kills 12 soldiers", w, "AFP",
        "Al-Shabaab militants stormed a military base near Beledweyne in central Somalia before dawn on Wednesday, killing at least 12 soldiers, officials said. “The attackers came with two car bombs,” local commander Abdirahman Farah told reporters…",
        lambda k: it(k, "Al-Shabaab attack on Somali base kills 12 soldiers", w, [], quotes=[q("Abdirahman Farah", "local commander")]))
    w = d(3, 9, 10, 0, o)
    add(2001533730, "opinion-why-eac-must-reform", "Opinion: Why the EAC must reform or die", w, "Prof Wanjiru Kamau",
        "The East African Community is 25 years old. It has a flag, an anthem and a parliament – but no money. It is time for a frank conversation.",
        lambda k: it(k, "Why the EAC must reform or die", w, ["Wanjiru Kamau"],
                     note="Opinion. Title label 'Opinion:' may be kept or dropped. The author's title 'Prof' is not part of the name; ['Prof Wanjiru Kamau'] is also correct"))

    channel = (
        "<title>The Lakeside Standard | World</title>\r\n<link>https://www.lakesidestandard.co.ke/world</link>\r\n"
        "<description>Latest world news from The Lakeside Standard</description>\r\n<language>en-us</language>\r\n"
        "<copyright>© Lakeside Media Group Ltd – 2026</copyright>\r\n"
        f"<lastBuildDate>{rfc822(d(3, 19, 45, 0, o))}</lastBuildDate>")
    text = rss(channel, rows, sep="\r\n")
    return feed("en_ke_lakesidestandard_world_cp1252_as_utf8.rss.xml", text, items, lang="en", outlet="The Lakeside Standard",
                encoding="cp1252", ctype="application/rss+xml; charset=utf-8", declared="utf-8",
                acceptable=("decoded", "refused"),
                structure="Kenyan daily section RSS (Standard Media-style, /rss/world.php): CRLF line ends, channel 'Outlet | World', '/world/article/<10-digit id>/slug' links repeated as guids, plain escaped descriptions, <author> holding names, 'Prof Name', 'Reuters', 'AFP' or 'Standard Reporter', 'Uganda:' and 'Opinion:' title labels, Sh amounts, +0300 dates; TRAP: the bytes are windows-1252 (curly quotes 0x91-0x94, en dash 0x96, ellipsis 0x85) while the prolog says encoding=\"utf-8\" and the HTTP header says charset=utf-8, so strict UTF-8 decoding fails on the first curly quote",
                notes="Decoding as windows-1252 (and posting repaired text) is the good outcome; refusing the feed with a clear error is acceptable. The credit 'Standard Reporter' is a desk.")


# ---------------------------------------------------------------- Nigerian paper: bot challenge page
def harmattan():
    """What a Nigerian daily's CDN returns to a feed reader: a JavaScript bot-challenge HTML page
    ('Just a moment...') with HTTP 200, instead of the RSS."""
    text = (
        "<!DOCTYPE html><html lang=\"en-US\"><head><title>Just a moment...</title>"
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
        "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=Edge\">"
        "<meta name=\"robots\" content=\"noindex,nofollow\">"
        "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
        "<style>*{box-sizing:border-box;margin:0;padding:0}html{line-height:1.15;-webkit-text-size-adjust:100%;color:#313131;font-family:system-ui,-apple-system,BlinkMacSystemFont,\"Segoe UI\",Roboto}body{display:flex;flex-direction:column;height:100vh;min-height:100vh}.main-content{margin:8rem auto;max-width:60rem;padding-left:1.5rem}</style>"
        "<meta http-equiv=\"refresh\" content=\"390\"></head><body class=\"no-js\">"
        "<div class=\"main-wrapper\" role=\"main\"><div class=\"main-content\">"
        "<h1 class=\"zone-name-title h1\">www.harmattantimes.ng</h1>"
        "<h2 class=\"h2\" id=\"challenge-running\">Checking if the site connection is secure</h2>"
        "<noscript><div id=\"challenge-error-title\"><div class=\"h2\"><span class=\"icon-wrapper\"><div class=\"heading-icon warning-icon\"></div></span>"
        "<span id=\"challenge-error-text\">Enable JavaScript and cookies to continue</span></div></div></noscript>"
        "<div id=\"challenge-body-text\" class=\"core-msg spacer\">www.harmattantimes.ng needs to review the security of your connection before proceeding.</div>"
        "<form id=\"challenge-form\" action=\"/world/feed/?__shield_chl_f_tk=a8f2c1d0e9b74f6aa3c5\" method=\"POST\" enctype=\"application/x-www-form-urlencoded\">"
        "<input type=\"hidden\" name=\"md\" value=\"Zk1YQ2pLbXh2VnRyUjNhSG9lUVpX\"></form></div></div>"
        "<script>(function(){window._shOpt={cvId: '3',cZone: 'www.harmattantimes.ng',cType: 'managed',cRay: '8f3a2b1c0d9e8f7a',cH: 'Qm9vdHN0cmFw'};"
        "var cpo=document.createElement('script');cpo.src='/shield-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=8f3a2b1c0d9e8f7a';"
        "document.getElementsByTagName('head')[0].appendChild(cpo);}());</script>"
        "<div class=\"footer\" role=\"contentinfo\"><div class=\"footer-inner\"><div class=\"clearfix diagnostic-wrapper\">"
        "<div class=\"ray-id\">Ray ID: <code>8f3a2b1c0d9e8f7a</code></div></div>"
        "<div class=\"text-center\" id=\"footer-text\">Performance &amp; security by EdgeShield</div></div></div></body></html>\n")
    return feed("en_ng_harmattantimes_world_bot_challenge.html", text, [], lang="en", outlet="The Harmattan Times",
                shape="html", topic="world", ctype="text/html; charset=UTF-8", declared="utf-8",
                acceptable=("refused",),
                structure="What a Nigerian daily's WordPress site behind a CDN bot shield returns to a feed reader at /world/feed/: an HTML 'Just a moment...' JavaScript challenge page ('Checking if the site connection is secure', 'Enable JavaScript and cookies to continue', a Ray ID) served with HTTP 200 and text/html instead of the RSS",
                notes="Not a feed: refusing it with a clear error is the only correct outcome; posting its text as news is a defect.")


# ---------------------------------------------------------------- Philippine JSON Feed as latin-1 text
def bayanihan():
    """JSON Feed 1.1 of a Philippine news site served as 'text/plain; charset=ISO-8859-1' while
    the bytes are UTF-8 (ñ, curly quotes, en dashes); authors arrays, content_html, +08:00."""
    o = 8.0
    base = "https://bayanihandispatch.ph"
    raw, items = [], []

    def add(pid, slug, title, when, authors, summary, html, exp, tags=("World",)):
        url = f"{base}/{slug}/"
        entry = {"id": f"{base}/?p={pid}", "url": url, "title": title, "summary": summary,
                 "content_html": html, "date_published": when.isoformat(),
                 "authors": [{"name": a} for a in authors], "tags": list(tags),
                 "image": f"{base}/wp-content/uploads/2026/12/{pid}.jpg"}
        raw.append(entry)
        items.append(exp(entry["id"]))

    w = d(4, 9, 30, 0, o)
    t = "Manila, Hanoi sign coast guard pact as Beijing warns against ‘ganging up’"
    add(90231, "manila-hanoi-coast-guard-pact", t, w, ["Ma. Cristina Peñaflor"],
        "The agreement covers joint patrols and search-and-rescue in the South China Sea.",
        "<p>The Philippines and Vietnam signed a coast guard cooperation agreement in Manila on Thursday, covering joint patrols, information sharing and search-and-rescue in the South China Sea.</p>"
        "<p>“Two neighbors that both depend on these waters should have spoken to each other much earlier,” said Commodore Rogelio Dimaculangan, the Philippine coast guard’s spokesman.</p>"
        "<p>China’s embassy in Manila warned against countries “ganging up” in the region.</p>",
        lambda k: it(k, t, w, ["Ma. Cristina Peñaflor"], quotes=[q("Rogelio Dimaculangan", "Philippine coast guard")]))
    w = d(4, 8, 5, 0, o)
    t = "OFWs in Kuwait get amnesty window until February – DMW"
    add(90229, "ofw-kuwait-amnesty-february", t, w, ["Jerome Añonuevo", "Katrina Salonga"],
        "Undocumented Filipino workers can leave Kuwait without penalties.",
        "<p>Undocumented overseas Filipino workers in Kuwait can leave the country without paying fines until February 28 under an amnesty agreed with the Kuwaiti government, the Department of Migrant Workers said.</p>"
        "<p>About 4,000 Filipinos are expected to benefit.</p>",
        lambda k: it(k, t, w, ["Jerome Añonuevo", "Katrina Salonga"]))
    w = d(4, 7, 0, 0, o)
    t = "PBA: San Miguel rallies past Ginebra in Game 3"
    add(90226, "pba-san-miguel-ginebra-game-3", t, w, ["Niño Villareal"],
        "The Beermen now lead the series 2–1.",
        "<p>San Miguel came back from 15 points down to beat Ginebra 98–94 and take a 2–1 lead in the Philippine Cup finals.</p>",
        lambda k: it(k, "PBA: San Miguel rallies past Ginebra in Game 3", w, ["Niño Villareal"], rel=False), tags=("Sports",))
    w = d(3, 21, 40, 0, o)
    t = "Explainer: What the Japan–Philippines troop pact allows"
    add(90221, "explainer-japan-philippines-reciprocal-access", t, w, ["Bayanihan Dispatch Research"],
        "A quick guide to the Reciprocal Access Agreement, which takes effect this month.",
        "<p>The Reciprocal Access Agreement between Japan and the Philippines takes effect on December 11. Here is what it allows.</p>"
        "<ul><li>Japanese troops can train in the Philippines, and Filipino troops in Japan</li><li>Joint disaster-relief operations without a separate agreement</li></ul>",
        lambda k: it(k, "What the Japan–Philippines troop pact allows", w, [],
                     note="The credit is a desk, not a person. Title label 'Explainer:' may be kept or dropped"))
    w = d(3, 19, 15, 0, o)
    t = "LIVE UPDATES: Typhoon Rosal makes landfall in Samar"
    add(90218, "live-updates-typhoon-rosal", t, w, ["Bayanihan Dispatch"],
        "Follow our live coverage.",
        "<p>Follow our live coverage of Typhoon Rosal.</p>",
        lambda k: it(k, "Typhoon Rosal makes landfall in Samar", w, [], story=False, rel=False,
                     note="Live blog. Title label 'LIVE UPDATES:' may be kept or dropped"), tags=("Nation",))
    w = d(3, 17, 50, 0, o)
    t = "Taiwan opens first labor office in Mindanao as demand for Filipino workers grows"
    add(90215, "taiwan-labor-office-mindanao", t, w, ["Ma. Cristina Peñaflor"],
        "The office in Davao will process hiring for factories and care homes.",
        "<p>Taiwan’s de facto embassy opened a labor office in Davao City on Wednesday, its first in Mindanao, as Taiwanese factories and care homes seek more Filipino workers.</p>",
        lambda k: it(k, t, w, ["Ma. Cristina Peñaflor"]))

    doc = {"version": "https://jsonfeed.org/version/1.1", "title": "Bayanihan Dispatch – World",
           "home_page_url": f"{base}/world/", "feed_url": f"{base}/world/feed/json/",
           "language": "en-PH", "description": "News for Filipinos at home and abroad",
           "icon": f"{base}/wp-content/uploads/2024/03/icon-512.png", "items": raw}
    text = json.dumps(doc, ensure_ascii=False, indent=4) + "\n"
    return feed("en_ph_bayanihandispatch_world_jsonfeed_as_latin1.json", text, items, lang="en", outlet="Bayanihan Dispatch",
                shape="jsonfeed", ctype="text/plain; charset=ISO-8859-1", declared="ISO-8859-1",
                structure="JSON Feed 1.1 of a Philippine WordPress news site (plugin output at /world/feed/json/): four-space indentation, title 'Outlet – World' with an en dash, '?p=' ids, authors arrays (names with ñ and 'Ma.', two authors, a research desk, the outlet), summary plus content_html with a <ul>, 'Explainer:', 'PBA:' and 'LIVE UPDATES:' title labels, +08:00 date_published; TRAP: served as 'Content-Type: text/plain; charset=ISO-8859-1' while the bytes are UTF-8 (JSON is UTF-8 by definition): decoding by the header gives 'PeÃ±aflor' and 'â€™'",
                notes="Authors 'Bayanihan Dispatch Research' and 'Bayanihan Dispatch' are desks/the outlet, not people.")


FEEDS = [savera, nawaejahan, relay, scienceloom, lakeside, harmattan, bayanihan]
