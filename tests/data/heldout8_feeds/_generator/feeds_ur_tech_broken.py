# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Urdu desks, a tech site, a science press-release service and three broken or odd feeds of
the eighth held-out set. All outlets, people and quotations are invented."""
from g8 import d, item
from lib import Feed
from mk import NS_ATOM, NS_CONTENT, NS_DC, atom, cdata, esc, feed, it, q, rfc822, rss


def _h12(w) -> str:
    """'Thu, 03 Dec 2026 07:45:00 PM +0500' (UrduPoint-style 12-hour clock)."""
    return rfc822(w, h12=True)


# ---------------------------------------------------------------- UrduPoint-style
def markaz():
    """UrduPoint Urdu RSS: CDATA titles/descriptions, 12-hour pubDate with AM/PM and +0500,
    guid numeric, link with '-<id>.html', no author; 'ویڈیو' and cricket items."""
    rows, items = [], []

    def add(nid, slug, title, when, desc, exp, cat="بین الاقوامی"):
        url = f"https://www.urdumarkaz.com/urdu/news/{slug}-{nid}.html"
        rows.append(item([("title", cdata(title)), ("link", url), ("description", cdata(desc)),
                          ("category", cdata(cat)), ("pubDate", _h12(when)), ('guid isPermaLink="false"', str(nid))], sep="\n"))
        items.append(exp(str(nid)))

    w = d(3, 19, 45, 0, 5)
    add(4188201, "iran-saudi-talks", "ایران اور سعودی عرب کے وزرائے خارجہ کی ریاض میں ملاقات", w,
        "ریاض (اردو مرکز ۔ 03 دسمبر 2026ء) ایران اور سعودی عرب کے وزرائے خارجہ نے علاقائی سلامتی پر تبادلہ خیال کیا۔ سعودی وزیر خارجہ نے کہا کہ ”خطے کا امن ہماری مشترکہ ذمہ داری ہے“۔",
        lambda k: it(k, "ایران اور سعودی عرب کے وزرائے خارجہ کی ریاض میں ملاقات", w, junk=["(اردو مرکز ۔ 03 دسمبر 2026ء)"]))
    w = d(3, 17, 10, 0, 5)
    add(4188177, "afghan-refugees-deadline", "افغان مہاجرین کی واپسی کی ڈیڈ لائن میں توسیع نہیں ہوگی، دفتر خارجہ", w,
        "اسلام آباد (اردو مرکز ۔ 03 دسمبر 2026ء) ترجمان دفتر خارجہ ثمینہ رضوی نے ہفتہ وار بریفنگ میں کہا کہ ”ڈیڈ لائن میں مزید توسیع کا کوئی امکان نہیں“۔",
        lambda k: it(k, "افغان مہاجرین کی واپسی کی ڈیڈ لائن میں توسیع نہیں ہوگی، دفتر خارجہ", w, junk=["(اردو مرکز ۔ 03 دسمبر 2026ء)"],
                     quotes=[q("ثمینہ رضوی", "دفتر خارجہ")]))
    w = d(3, 15, 0, 0, 5)
    add(4188150, "pak-vs-nz-odi", "پاکستان نے نیوزی لینڈ کو دوسرے ون ڈے میں 5 وکٹوں سے ہرا دیا", w,
        "ویلنگٹن (اردو مرکز ۔ 03 دسمبر 2026ء) قومی ٹیم نے سیریز برابر کر دی۔",
        lambda k: it(k, "پاکستان نے نیوزی لینڈ کو دوسرے ون ڈے میں 5 وکٹوں سے ہرا دیا", w, rel=False), cat="کھیل")
    w = d(3, 12, 30, 0, 5)
    add(4188122, "video-gaza-aid", "ویڈیو: غزہ میں امدادی سامان کی تقسیم کے مناظر", w,
        '<iframe src="https://www.youtube.com/embed/aQ9x7Lm2Pk0" width="560" height="315"></iframe>',
        lambda k: it(k, "غزہ میں امدادی سامان کی تقسیم کے مناظر", w, story=False, note="Video embed only. Title label 'ویڈیو:' may be kept or dropped"), cat="ویڈیوز")
    w = d(3, 10, 5, 0, 5)
    add(4188099, "india-pakistan-indus-water", "سندھ طاس معاہدہ: پاکستان کا عالمی بینک سے رجوع کرنے کا فیصلہ", w,
        "اسلام آباد (اردو مرکز ۔ 03 دسمبر 2026ء) وفاقی وزیر آبی وسائل سردار عمران لغاری نے کہا ہے کہ ”بھارت کی یکطرفہ کارروائی قبول نہیں“۔ مزید پڑھیں",
        lambda k: it(k, "سندھ طاس معاہدہ: پاکستان کا عالمی بینک سے رجوع کرنے کا فیصلہ", w, junk=["مزید پڑھیں", "(اردو مرکز ۔ 03 دسمبر 2026ء)"],
                     quotes=[q("سردار عمران لغاری", "وفاقی وزیر آبی وسائل")]))
    w = d(3, 8, 15, 0, 5)
    add(4188060, "china-cpec-second-phase", "چین اور پاکستان کا سی پیک کے دوسرے مرحلے پر اتفاق", w,
        "بیجنگ (اردو مرکز ۔ 03 دسمبر 2026ء) دونوں ممالک نے نئے صنعتی زونز پر کام تیز کرنے کا فیصلہ کیا۔",
        lambda k: it(k, "چین اور پاکستان کا سی پیک کے دوسرے مرحلے پر اتفاق", w, junk=["(اردو مرکز ۔ 03 دسمبر 2026ء)"]))
    channel = ("\n<title>اردو مرکز - بین الاقوامی خبریں</title>\n<link>https://www.urdumarkaz.com/urdu/</link>\n<description>تازہ ترین بین الاقوامی خبریں</description>\n"
               "<language>ur</language>\n<copyright>Copyright © 1997-2026 Urdu Markaz (Pvt) Ltd</copyright>")
    text = rss(channel, rows, ns=NS_ATOM, decl="utf-8")
    return feed("ur_urdumarkaz_international.rss.xml", text, items, lang="ur", outlet="اردو مرکز", aliases=["Urdu Markaz"],
                structure="UrduPoint-style Urdu RSS: CDATA titles and descriptions opening with a 'شہر (Outlet ۔ date)' dateline credit, ”…“ quotes, trailing 'مزید پڑھیں', 12-hour pubDate with AM/PM ('Thu, 03 Dec 2026 07:45:00 PM +0500'), numeric non-permalink guids, 'ویڈیو:' iframe-only video, cricket item, '(Pvt) Ltd' copyright",
                notes="No bylines: authors empty. The '(اردو مرکز ۔ date)' dateline credit is junk in a summary.")


# ---------------------------------------------------------------- Nawa-i-Waqt-style (WordPress)
def nawa():
    """Nawa-i-Waqt-style WordPress RSS: dc:creator 'ویب ڈیسک', 'نامہ نگار', names; content:encoded;
    '?p=' guids, +0000 dates, 'The post … appeared first on …' tails."""
    rows, items = [], []

    def add(pid, title, when, creator, body, exp, cat="بین الاقوامی"):
        url = f"https://www.nawaemanzil.pk/{when.strftime('%d-%b-%Y').lower()}/{pid}"
        tail = f'<p>The post <a href="{url}">{esc(title)}</a> appeared first on <a href="https://www.nawaemanzil.pk">Nawa-e-Manzil</a>.</p>'
        rows.append(item([("title", esc(title)), ("link", url), ("dc:creator", cdata(creator)), ("pubDate", rfc822(when)),
                          ("category", cdata(cat)), ('guid isPermaLink="false"', f"https://www.nawaemanzil.pk/?p={pid}"),
                          ("description", cdata(body[:120] + " […]" + tail)), ("content:encoded", cdata(body + tail))], sep="\n\t\t"))
        items.append(exp(f"https://www.nawaemanzil.pk/?p={pid}"))

    w = d(3, 14, 20, 0)
    add(812201, "امریکی وزیر خارجہ کا دورہ اسلام آباد، دو طرفہ تعلقات پر بات چیت", w, "ویب ڈیسک",
        "<p>اسلام آباد (نمائندہ خصوصی) امریکی نائب وزیر خارجہ جیمز ہارلو نے وزیر خارجہ سے ملاقات کی۔ انہوں نے کہا کہ ”پاکستان ایک اہم شراکت دار ہے“۔</p>",
        lambda k: it(k, "امریکی وزیر خارجہ کا دورہ اسلام آباد، دو طرفہ تعلقات پر بات چیت", w, [], junk=["appeared first on", "(نمائندہ خصوصی)"],
                     quotes=[q("جیمز ہارلو", "امریکی نائب وزیر خارجہ")], note="'ویب ڈیسک' (web desk) is not a person"))
    w = d(3, 12, 5, 0)
    add(812188, "اقوام متحدہ: کشمیر پر قرارداد، پاکستان کا خیرمقدم", w, "نامہ نگار",
        "<p>نیویارک (نامہ نگار) اقوام متحدہ میں پاکستان کے مستقل مندوب طارق مسعود نے کہا کہ ”عالمی برادری کو اپنا وعدہ یاد رکھنا ہوگا“۔</p>",
        lambda k: it(k, "اقوام متحدہ: کشمیر پر قرارداد، پاکستان کا خیرمقدم", w, [], junk=["appeared first on"],
                     quotes=[q("طارق مسعود", "اقوام متحدہ میں پاکستان کے مستقل مندوب")], note="'نامہ نگار' (correspondent) is not a name"))
    w = d(3, 10, 40, 0)
    add(812160, "ترکیہ میں زلزلہ، 3 افراد جاں بحق", w, "ویب ڈیسک",
        "<p>انقرہ (ویب ڈیسک) ترکیہ کے مشرقی صوبے میں 5.8 شدت کا زلزلہ آیا۔</p>",
        lambda k: it(k, "ترکیہ میں زلزلہ، 3 افراد جاں بحق", w, [], junk=["appeared first on"]))
    w = d(3, 8, 0, 0)
    add(812130, "کالم: خارجہ پالیسی کی نئی سمت", w, "ڈاکٹر فرحت عباسی",
        "<p>گزشتہ ایک سال میں خطے کی صورتحال تیزی سے بدلی ہے اور ہمیں بھی اپنی ترجیحات بدلنا ہوں گی۔</p>",
        lambda k: it(k, "کالم: خارجہ پالیسی کی نئی سمت", w, ["ڈاکٹر فرحت عباسی"], junk=["appeared first on"], note="Column. ['فرحت عباسی'] is also correct (honorific dropped)"),
        cat="کالم")
    w = d(2, 19, 30, 0)
    add(812101, "سونے کی قیمت میں مزید اضافہ", w, "کامرس رپورٹر",
        "<p>کراچی (کامرس رپورٹر) عالمی منڈی میں اضافے کے بعد مقامی سطح پر بھی سونا مہنگا ہو گیا۔</p>",
        lambda k: it(k, "سونے کی قیمت میں مزید اضافہ", w, [], rel=False, junk=["appeared first on"]), cat="کاروبار")
    w = d(2, 16, 45, 0)
    add(812077, "ایران اور افغانستان کے درمیان پانی کے تنازع پر مذاکرات", w, "ویب ڈیسک",
        "<p>تہران (ویب ڈیسک) ایرانی وزارت خارجہ کے ترجمان نے بتایا کہ ہلمند کے پانی پر بات چیت ہوئی۔</p>",
        lambda k: it(k, "ایران اور افغانستان کے درمیان پانی کے تنازع پر مذاکرات", w, [], junk=["appeared first on"]))
    channel = ("\n\t<title>بین الاقوامی &#8211; Nawa-e-Manzil</title>\n\t<atom:link href=\"https://www.nawaemanzil.pk/category/international/feed\" rel=\"self\" type=\"application/rss+xml\" />\n"
               "\t<link>https://www.nawaemanzil.pk</link>\n\t<description>Daily Nawa-e-Manzil</description>\n"
               f"\t<lastBuildDate>{rfc822(d(3, 14, 25))}</lastBuildDate>\n\t<language>ur</language>\n\t<generator>https://wordpress.org/?v=6.5.5</generator>")
    text = rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM, decl="UTF-8")
    return feed("ur_nawaemanzil_international.rss.xml", text, items, lang="ur", outlet="Nawa-e-Manzil", aliases=["نوائے منزل"],
                structure="Nawa-i-Waqt-style WordPress category feed: channel 'زمرہ &#8211; Outlet' with a Latin outlet name, dated links '/03-dec-2026/<id>', CDATA dc:creator holding 'ویب ڈیسک', 'نامہ نگار', 'کامرس رپورٹر' (desks) or a name with 'ڈاکٹر', CDATA description cut with ' […]' plus 'The post … appeared first on …' English tail, '(نامہ نگار)'-style credits after the city, +0000 dates",
                notes="Desk credits in dc:creator are not people.")


# ---------------------------------------------------------------- The Verge-style Atom
def lathe():
    """The Verge Atom (theverge.com/rss/index.xml): entries with <author><name>, published and
    updated, <content type="html"> with figure and 'Related' lists, <id> the URL with a numeric id."""
    entries, items = [], []

    def add(nid, slug, title, when, author, summary, content, exp):
        url = f"https://www.thelathe.com/news/{nid}/{slug}"
        entries.append(f"<entry>\n<published>{when.isoformat()}</published>\n<updated>{when.isoformat()}</updated>\n"
                       f"<title type=\"html\">{esc(title)}</title>\n<content type=\"html\">{esc(content)}</content>\n"
                       f"<link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n<id>{url}</id>\n"
                       f"<author>\n<name>{esc(author)}</name>\n</author>\n<summary type=\"html\">{esc(summary)}</summary>\n</entry>")
        items.append(exp(url))

    def body(text):
        return ('<figure><img alt="" src="https://cdn.thelathe.com/uploads/chorus_asset/file/2.jpg"/><figcaption><em>Image: The Lathe</em></figcaption></figure>'
                f"<p>{text}</p>" '<h2>Related</h2><ul><li><a href="https://www.thelathe.com/x">The best laptops to buy right now</a></li></ul>')

    w = d(3, 18, 32, 0, -5)
    add(845521, "chip-export-rules-china-data-centers", "US tightens chip export rules for China, closing data-center loophole", w, "Ronan Lawless",
        "The Commerce Department says cloud providers can no longer rent top GPUs to Chinese firms.",
        body("The Commerce Department says cloud providers can no longer rent top GPUs to Chinese firms. “This is about national security,” Under Secretary Alan Whitmore said."),
        lambda k: it(k, "US tightens chip export rules for China, closing data-center loophole", w, ["Ronan Lawless"],
                     junk=["Image: The Lathe", "The best laptops", "Related"], quotes=[q("Alan Whitmore", "Under Secretary")]))
    w = d(3, 16, 0, 0, -5)
    add(845502, "lumen-phone-11-leak-camera", "Lumen's Phone 11 leaks in full ahead of launch", w, "Chris Welchman",
        "A new set of renders shows a redesigned camera bar.", body("A new set of renders shows a redesigned camera bar."),
        lambda k: it(k, "Lumen's Phone 11 leaks in full ahead of launch", w, ["Chris Welchman"], rel=False, junk=["Image: The Lathe", "The best laptops"]))
    w = d(3, 14, 10, 0, -5)
    add(845480, "eu-dma-quince-fine-app-store", "EU fines Quince €600 million over app store steering rules", w, "Tom Warrington",
        "The European Commission says Quince still blocks developers from pointing users to cheaper deals.",
        body("The European Commission says Quince still blocks developers from pointing users to cheaper deals."),
        lambda k: it(k, "EU fines Quince €600 million over app store steering rules", w, ["Tom Warrington"], rel=False, junk=["Image: The Lathe"],
                     note="Tech regulation, not foreign policy"))
    w = d(3, 12, 0, 0, -5)
    add(845455, "vergecast-ai-glasses", "The Lathecast: are AI glasses finally good?", w, "David Pierceson",
        "On this episode, we try three pairs.", '<iframe src="https://megaphone.fm/embed/LTH123"></iframe>',
        lambda k: it(k, "The Lathecast: are AI glasses finally good?", w, ["David Pierceson"], story=False, rel=False, note="Podcast episode"))
    w = d(3, 10, 30, 0, -5)
    add(845431, "orbitlink-iran-satellite-terminals", "Orbitlink terminals are being smuggled into Iran by the thousands", w, "Emma Rothwell",
        "Activists say the service is a lifeline during internet shutdowns.", body("Activists say the service is a lifeline during internet shutdowns."),
        lambda k: it(k, "Orbitlink terminals are being smuggled into Iran by the thousands", w, ["Emma Rothwell"], junk=["Image: The Lathe"]))
    w = d(3, 8, 0, 0, -5)
    add(845410, "best-black-friday-deals-still-live", "The best Cyber Week deals you can still get", w, "Sheena Vasquez",
        "Discounts on headphones, TVs and more.", body("Discounts on headphones, TVs and more."),
        lambda k: it(k, "The best Cyber Week deals you can still get", w, ["Sheena Vasquez"], story=False, rel=False, note="Shopping list"))
    head = ("<title type=\"text\">The Lathe -  All Posts</title>\n<icon>https://cdn.thelathe.com/icons/favicon.png</icon>\n"
            f"<updated>{d(3, 18, 32, 0, -5).isoformat()}</updated>\n<id>https://www.thelathe.com/rss/index.xml</id>\n"
            "<link type=\"text/html\" href=\"https://www.thelathe.com/\" rel=\"alternate\"/>")
    text = atom(head, entries, ns=' xml:lang="en-US"', decl='<?xml version="1.0" encoding="UTF-8"?>')
    return feed("en_tech_thelathe_all.atom.xml", text, items, lang="en", outlet="The Lathe", shape="atom", topic="tech",
                ctype="application/atom+xml; charset=utf-8",
                structure="The Verge-style Atom (/rss/index.xml): title 'Outlet -  All Posts' with double space, published before title, escaped HTML content with a <figure>/<figcaption> image credit and an '<h2>Related</h2>' list, summary after author, megaphone iframe podcast, deals post, -05:00 dates",
                notes="Only the export-controls and Orbitlink-in-Iran items are foreign-policy relevant.")


# ---------------------------------------------------------------- EurekAlert-style science releases
def sciwire():
    """EurekAlert RSS: titles, descriptions of press releases, <author> absent, dc:publisher
    holding the university, GMT dates; relevance mostly false."""
    rows, items = [], []

    def add(nid, title, when, pub, desc, exp):
        url = f"https://www.sciencewirealert.org/news-releases/{nid}"
        rows.append(item([("title", esc(title)), ("link", url), ("description", esc(desc)), ("dc:publisher", esc(pub)),
                          ("pubDate", rfc822(when, gmt=True)), ("guid", url)], sep="\n"))
        items.append(exp(url))

    w = d(3, 19, 0, 0)
    add(1108801, "Ancient DNA shows farmers reached the Baltic 400 years earlier than thought", w, "Tartu-Lindqvist Institute",
        "Genomes from 52 skeletons rewrite the timeline. “We were surprised,” said lead author Dr. Kaisa Mets.",
        lambda k: it(k, "Ancient DNA shows farmers reached the Baltic 400 years earlier than thought", w, rel=False,
                     quotes=[q("Kaisa Mets")], note="dc:publisher is the issuing institution, not an author"))
    w = d(3, 17, 0, 0)
    add(1108790, "Glacial melt in the Andes threatens water supply for 10 million, study finds", w, "Pacific Northern University",
        "Researchers modelled three river basins shared by Peru and Bolivia.",
        lambda k: it(k, "Glacial melt in the Andes threatens water supply for 10 million, study finds", w, rel=False))
    w = d(3, 15, 0, 0)
    add(1108771, "Sanctions slowed Russian scientific output, bibliometric study shows", w, "Leiden Centre for Science Metrics",
        "International co-authorship with Russian institutions fell by 40% after 2022.",
        lambda k: it(k, "Sanctions slowed Russian scientific output, bibliometric study shows", w,
                     note="Science-policy release with a geopolitical subject: relevant"))
    w = d(3, 13, 0, 0)
    add(1108755, "New antibiotic candidate kills drug-resistant tuberculosis in mice", w, "Institute for Tropical Medicine",
        "The compound cleared infections in four weeks.",
        lambda k: it(k, "New antibiotic candidate kills drug-resistant tuberculosis in mice", w, rel=False))
    w = d(3, 11, 0, 0)
    add(1108733, "Media advisory: Briefing on Arctic sea ice at AGU meeting", w, "American Polar Society",
        "Reporters are invited to a press briefing on 10 December in San Francisco.",
        lambda k: it(k, "Media advisory: Briefing on Arctic sea ice at AGU meeting", w, story=False, rel=False, note="Media advisory"))
    w = d(3, 9, 0, 0)
    add(1108710, "Sea-level rise could displace 2 million in Pacific island states by 2070", w, "University of the South Pacific Region",
        "The study was presented ahead of the UN climate talks.",
        lambda k: it(k, "Sea-level rise could displace 2 million in Pacific island states by 2070", w, rel=False))
    channel = ("<title>ScienceWire Alert! - Breaking News</title><link>https://www.sciencewirealert.org</link>"
               "<description>The latest research news from ScienceWire Alert!</description><language>en-us</language>"
               "<copyright>Copyright 2026 by the Association for Science Communication</copyright>")
    text = rss(channel, rows, ns=NS_DC + NS_ATOM, decl="UTF-8", sep="")
    return feed("en_science_sciencewirealert_breaking.rss.xml", text, items, lang="en", outlet="ScienceWire Alert!",
                aliases=["ScienceWire Alert"], topic="science",
                structure="EurekAlert-style press-release RSS: channel 'Outlet! - Breaking News' with an exclamation mark in the outlet name, plain descriptions, dc:publisher with the issuing institution, no authors, 'Media advisory:' item, GMT dates, association copyright",
                notes="dc:publisher names institutions, not authors. One release (sanctions and Russian science) is relevant.")


# ---------------------------------------------------------------- broken 1: UTF-16 with wrong header
def utf16():
    rows, items = [], []

    def add(nid, title, when, author, desc, exp):
        url = f"https://www.savannahdaily.co.ke/world/article/{nid}"
        rows.append(item([("title", esc(title)), ("link", url), ("description", esc(desc)), ("author", esc(author)),
                          ("pubDate", rfc822(when, lang="en")), ("guid", url)], sep="\r\n"))
        items.append(exp(url))

    w = d(3, 16, 0, 0, 3)
    add(2001550, "Kenya, Ethiopia agree to fast-track border security pact", w, "editor@savannahdaily.co.ke (Wanjiru Kamau)",
        "Nairobi and Addis Ababa will set up a joint command at Moyale, Interior Cabinet Secretary Joseph Keter said. “We share the threat, we will share the response,” Keter said.",
        lambda k: it(k, "Kenya, Ethiopia agree to fast-track border security pact", w, ["Wanjiru Kamau"],
                     junk=["editor@savannahdaily.co.ke"], quotes=[q("Joseph Keter", "Interior Cabinet Secretary")]))
    w = d(3, 14, 0, 0, 3)
    add(2001541, "Somalia: AU mission funding gap widens as donors hold back", w, "editor@savannahdaily.co.ke (Savannah Daily)",
        "The African Union mission is short of $90 million for next year, officials in Mogadishu said.",
        lambda k: it(k, "Somalia: AU mission funding gap widens as donors hold back", w, [], junk=["editor@"]))
    w = d(3, 12, 0, 0, 3)
    add(2001533, "Harambee Stars coach names squad for AFCON qualifiers", w, "editor@savannahdaily.co.ke (Sports Desk)",
        "Three foreign-based players return.",
        lambda k: it(k, "Harambee Stars coach names squad for AFCON qualifiers", w, [], rel=False))
    w = d(3, 10, 0, 0, 3)
    add(2001520, "DR Congo and Rwanda delegations meet in Doha", w, "editor@savannahdaily.co.ke (Ochieng Otieno)",
        "Qatar-hosted talks resumed after a three-month pause.",
        lambda k: it(k, "DR Congo and Rwanda delegations meet in Doha", w, ["Ochieng Otieno"], junk=["editor@"]))
    w = d(3, 8, 0, 0, 3)
    add(2001511, "Tanzania opposition leader's treason trial adjourned again", w, "editor@savannahdaily.co.ke (Amina Said)",
        "The High Court in Dar es Salaam set a new date in January.",
        lambda k: it(k, "Tanzania opposition leader's treason trial adjourned again", w, ["Amina Said"], junk=["editor@"]))
    w = d(2, 20, 0, 0, 3)
    add(2001500, "Uganda to host regional summit on refugees", w, "editor@savannahdaily.co.ke (Savannah Daily)",
        "Leaders from seven countries are expected in Kampala.",
        lambda k: it(k, "Uganda to host regional summit on refugees", w, []))
    channel = ("\r\n<title>Savannah Daily - World</title>\r\n<link>https://www.savannahdaily.co.ke/world</link>\r\n<description>World news from Savannah Daily</description>\r\n"
               "<language>en-ke</language>\r\n<copyright>Savannah Media Group PLC</copyright>")
    text = rss(channel, rows, decl="utf-16", sep="\r\n")
    return Feed(name="en_ke_savannahdaily_world_utf16_served_utf8.rss.xml", text=text, encoding="utf-16",
                content_type="text/xml; charset=utf-8", outlet_structure=(
                    "Kenyan daily's world RSS written by a .NET XmlWriter: UTF-16 (little-endian with BOM) bytes and an honest encoding=\"utf-16\" prolog, CRLF line ends, <author> in RFC 822 'mail (Name)' form holding a reporter, a desk or the outlet; TRAP: the server sends 'Content-Type: text/xml; charset=utf-8'"),
                language="en", outlet="Savannah Daily", shape="rss2", topic="world", items=items, declared_encoding="utf-16",
                notes="TRAP: decoding as UTF-8 per the header gives NUL-laced garbage or a failure; the BOM and the prolog both say UTF-16. Refusal is acceptable; garbage is not. Desk and outlet names in the author parentheses are not people.",
                acceptable_outcomes=["decoded", "refused"])


# ---------------------------------------------------------------- broken 2: RSS 1.0 in cp1252, no declaration
def rdf_cp1252():
    lis, rows, items = [], [], []

    def add(slug, title, when, creator, desc, exp):
        url = f"https://www.alpinewatch.ch/en/news/{slug}"
        lis.append(f'<rdf:li rdf:resource="{url}"/>')
        rows.append(f'<item rdf:about="{url}">\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>\n'
                    f"<dc:creator>{esc(creator)}</dc:creator>\n<dc:date>{when.isoformat()}</dc:date>\n<dc:subject>International</dc:subject>\n</item>")
        items.append(exp(url))

    w = d(3, 15, 0, 0, 1)
    add("swiss-mediation-armenia-azerbaijan", "Swiss diplomats host Armenia–Azerbaijan talks in Geneva", w, "Beat Amstutz",
        "The Federal Department of Foreign Affairs said the talks were “constructive”. State Secretary Léonie Graf: “Switzerland offers a room, not a solution.”",
        lambda k: it(k, "Swiss diplomats host Armenia–Azerbaijan talks in Geneva", w, ["Beat Amstutz"], quotes=[q("Léonie Graf", "State Secretary")]))
    w = d(3, 12, 0, 0, 1)
    add("frozen-assets-switzerland-russia", "Switzerland freezes a further CHF 300 million in Russian assets", w, "Swiss News Agency",
        "The State Secretariat for Economic Affairs announced the figure on Wednesday.",
        lambda k: it(k, "Switzerland freezes a further CHF 300 million in Russian assets", w, [], note="Agency credit, not a person"))
    w = d(3, 10, 0, 0, 1)
    add("davos-forum-guest-list", "Davos forum confirms 60 heads of state for January", w, "Corinne Fässler",
        "Organisers say security costs will rise by 12%.",
        lambda k: it(k, "Davos forum confirms 60 heads of state for January", w, ["Corinne Fässler"]))
    w = d(3, 8, 0, 0, 1)
    add("zermatt-ski-season-opens", "Zermatt opens ski season with record snow – and record prices", w, "Corinne Fässler",
        "Day passes now cost CHF 98.",
        lambda k: it(k, "Zermatt opens ski season with record snow – and record prices", w, ["Corinne Fässler"], rel=False))
    w = d(2, 18, 0, 0, 1)
    add("unhcr-geneva-funding-cuts", "UNHCR to cut 1,200 jobs in Geneva after donor shortfall", w, "Beat Amstutz",
        "The agency’s budget for 2027 is 30% lower than this year’s.",
        lambda k: it(k, "UNHCR to cut 1,200 jobs in Geneva after donor shortfall", w, ["Beat Amstutz"]))
    text = ('<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
            '<channel rdf:about="https://www.alpinewatch.ch/en/rss">\n<title>AlpineWatch – International</title>\n<link>https://www.alpinewatch.ch/en</link>\n'
            "<description>Swiss perspectives on world affairs</description>\n<dc:language>en</dc:language>\n<dc:rights>© AlpineWatch AG</dc:rights>\n"
            "<items>\n<rdf:Seq>\n" + "\n".join(lis) + "\n</rdf:Seq>\n</items>\n</channel>\n" + "\n".join(rows) + "\n</rdf:RDF>\n")
    return Feed(name="en_ch_alpinewatch_international_rdf_cp1252_undeclared.rdf", text=text, encoding="cp1252",
                content_type="application/rdf+xml", outlet_structure=(
                    "Swiss English-language site's RSS 1.0 (RDF) feed: rdf:Seq of items, dc:creator, dc:date ISO dates, dc:subject, dc:rights; TRAP: windows-1252 bytes (curly quotes, en dashes, ä, é) with NO encoding in the prolog and no charset in the header, so XML's UTF-8 default fails"),
                language="en", outlet="AlpineWatch", shape="rss1-rdf", topic="world", items=items, declared_encoding=None,
                notes="Correct decoding needs a windows-1252 fallback after UTF-8 fails; refusing is acceptable, mojibake or U+FFFD in titles is not. 'Swiss News Agency' is an agency credit.",
                acceptable_outcomes=["decoded", "refused"])


# ---------------------------------------------------------------- broken 3: Atom with HTML entities undefined in XML + embed-only entries
def entities():
    entries, items = [], []

    def add(slug, title, when, author, content, exp):
        url = f"https://blog.meridianlines.org/{slug}/"
        entries.append(f'<entry>\n<title>{title}</title>\n<link href="{url}"/>\n<id>{url}</id>\n<published>{when.isoformat()}</published>\n'
                       f"<updated>{when.isoformat()}</updated>\n<author><name>{author}</name></author>\n<content type=\"html\">{content}</content>\n</entry>")
        items.append(exp(url))

    w = d(3, 14, 0, 0)
    add("baltic-cables-nato", "NATO&rsquo;s Baltic cable patrols: what has changed", w, "Ingrid Sol&eacute;",
        "&lt;p&gt;Six months on, allied navies have logged 300 patrols.&nbsp;&ldquo;Deterrence is working,&rdquo; said Rear Admiral Jonas Berg, the mission&rsquo;s commander.&lt;/p&gt;",
        lambda k: it(k, "NATO’s Baltic cable patrols: what has changed", w, ["Ingrid Solé"], junk=["&nbsp;", "&rsquo;"],
                     quotes=[q("Jonas Berg", "commander")]))
    w = d(3, 11, 0, 0)
    add("video-sahel-briefing", "Video: Sahel briefing &mdash; December", w, "Meridian Lines",
        '&lt;iframe src="https://player.vimeo.com/video/912233445" width="640" height="360" frameborder="0" allowfullscreen&gt;&lt;/iframe&gt;',
        lambda k: it(k, "Sahel briefing — December", w, [], story=False, note="Embed-only video entry; author is the outlet. Title label 'Video:' may be kept or dropped"))
    w = d(3, 9, 0, 0)
    add("podcast-ep-41", "Podcast episode 41: Caf&eacute; diplomacy in Vienna", w, "Meridian Lines",
        '&lt;iframe src="https://open.spotify.com/embed/episode/7xQ2" width="100%" height="152"&gt;&lt;/iframe&gt;',
        lambda k: it(k, "Podcast episode 41: Café diplomacy in Vienna", w, [], story=False, rel=False, note="Embed-only podcast entry"))
    w = d(2, 16, 0, 0)
    add("mercosur-eu-ratification", "Mercosur&ndash;EU deal: the ratification maze", w, "Tom&aacute;s Ib&aacute;&ntilde;ez",
        "&lt;p&gt;Four parliaments and a court stand in the way.&nbsp;France&rsquo;s farm lobby is only the first.&lt;/p&gt;",
        lambda k: it(k, "Mercosur–EU deal: the ratification maze", w, ["Tomás Ibáñez"], junk=["&nbsp;", "&ndash;"]))
    w = d(2, 12, 0, 0)
    add("tweet-un-vote", "UN vote on Sudan arms embargo", w, "Ingrid Sol&eacute;",
        '&lt;blockquote class="twitter-tweet"&gt;&lt;a href="https://x.com/meridianlines/status/1996"&gt;&lt;/a&gt;&lt;/blockquote&gt;&lt;script async src="https://platform.x.com/widgets.js"&gt;&lt;/script&gt;',
        lambda k: it(k, "UN vote on Sudan arms embargo", w, ["Ingrid Solé"], story=False,
                     note="Entry whose content is only an embedded post: no text to summarise"))
    w = d(1, 10, 0, 0)
    add("iran-snapback-explainer", "Snapback sanctions on Iran, explained", w, "Priya Ramaswamy",
        "&lt;p&gt;The European trio triggered the mechanism in August &hellip; here is what happens next.&lt;/p&gt;",
        lambda k: it(k, "Snapback sanctions on Iran, explained", w, ["Priya Ramaswamy"], junk=["&hellip;"]))
    head = ("<title>Meridian Lines &mdash; Analysis</title>\n<link href=\"https://blog.meridianlines.org/\"/>\n<id>https://blog.meridianlines.org/</id>\n"
            f"<updated>{d(3, 14, 0).isoformat()}</updated>\n<rights>&copy; 2026 Meridian Lines</rights>")
    text = atom(head, entries)
    return feed("en_meridianlines_analysis_undefined_entities.atom.xml", text, items, lang="en", outlet="Meridian Lines",
                shape="atom", ctype="application/atom+xml", declared="utf-8",
                structure="Hand-rolled PHP Atom feed of a foreign-policy analysis blog: HTML named entities (&rsquo; &eacute; &nbsp; &mdash; &ndash; &hellip; &copy;) used raw in titles, names and escaped content although XML defines none of them (not well-formed), entries whose content is only a Vimeo or Spotify iframe or an embedded X post, the outlet as author on those",
                notes="TRAP: a strict XML parser rejects the feed; a lenient parse must map the HTML entities to characters (’ é — – …) rather than drop them or leave '&rsquo;'. Refusal is acceptable.",
                acceptable=("decoded", "refused"))


FEEDS = [markaz, nawa, lathe, sciwire, utf16, rdf_cp1252, entities]
