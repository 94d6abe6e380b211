# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Urdu feeds (a Karachi daily, a Delhi-based public broadcaster's Urdu service), a tech site on
Ghost and a science news site on Jekyll (jekyll-feed Atom) of the thirty-seventh held-out set.
All outlets, people and quotations are invented."""
from datetime import UTC

from h37 import cd, d, esc, feed, it, ordered, q, rfc822, ri

LBL = "Title label '{}' may be kept or dropped."


# ---------------------------------------------------------------- Karachi Urdu daily
def saahil():
    base = "https://urdu.roznamasaahil.example"
    rows, items = [], []

    def add(nid, title, w, body, exp):
        link = f"{base}/latest/{nid}"
        rows.append(ri(cd(title), link, link, rfc822(w), cd(body), ind="  "))
        items.append(exp(link))

    w = d(2021, 9, 5, 20, 10, 0, 5)
    add(948812, "طالبان کا پنجشیر پر مکمل کنٹرول کا دعویٰ", w,
        "<p>کابل (ایجنسیاں) طالبان نے دعویٰ کیا ہے کہ وادی پنجشیر پر ان کا مکمل کنٹرول ہے۔ مزاحمتی محاذ کے ترجمان فرید احمد زئی نے کہا کہ ”لڑائی ابھی ختم نہیں ہوئی“۔</p>",
        lambda k: it(k, "طالبان کا پنجشیر پر مکمل کنٹرول کا دعویٰ", w, [], quotes=[q("فرید احمد زئی")], note="Agency dateline '(ایجنسیاں)': no author. Afghanistan: world news, relevant."))
    w = d(2021, 9, 5, 15, 0, 0, 5)
    add(948790, "گنی میں فوجی بغاوت، صدر گرفتار", w,
        "<p>کوناکری (اے ایف پی) گنی میں فوج نے صدر کو گرفتار کر کے آئین معطل کر دیا۔</p>",
        lambda k: it(k, "گنی میں فوجی بغاوت، صدر گرفتار", w, []))
    w = d(2021, 9, 5, 10, 0, 0, 5)
    add(948760, "کراچی میں بارش، نشیبی علاقے زیر آب", w,
        "<p>کراچی (اسٹاف رپورٹر) شہر میں موسلا دھار بارش سے کئی علاقے زیر آب آگئے۔</p>",
        lambda k: it(k, "کراچی میں بارش، نشیبی علاقے زیر آب", w, [], rel=False, note="Karachi city news: not relevant."))
    w = d(2021, 9, 4, 21, 0, 0, 5)
    add(948730, "وزیر خارجہ کا دورہ تہران، افغان صورتحال پر مشاورت", w,
        "<p>اسلام آباد (نمائندہ خصوصی) وزیر خارجہ افغانستان کے ہمسایہ ممالک کے اجلاس میں شرکت کے لیے تہران روانہ ہو گئے۔ دفتر خارجہ کی ترجمان ثمینہ گیلانی نے کہا کہ ”خطے کا امن ہماری ترجیح ہے“۔</p>",
        lambda k: it(k, "وزیر خارجہ کا دورہ تہران، افغان صورتحال پر مشاورت", w, [], quotes=[q("ثمینہ گیلانی", "دفتر خارجہ")], note="Pakistan's foreign policy: relevant."))
    w = d(2021, 9, 4, 14, 0, 0, 5)
    add(948700, "تجزیہ: کابل کی نئی حکومت اور خطے کی سیاست — تحریر: ڈاکٹر عارف نقوی", w,
        "<p>طالبان کی واپسی نے خطے کے تمام ممالک کو نئی حکمت عملی پر مجبور کر دیا ہے۔</p>",
        lambda k: it(k, "تجزیہ: کابل کی نئی حکومت اور خطے کی سیاست — تحریر: ڈاکٹر عارف نقوی", w, ["عارف نقوی"],
                     note="Column: the author is named in the title after 'تحریر:' with the title 'ڈاکٹر'; the author is عارف نقوی. A cleaner title without the byline is also acceptable."))
    w = d(2021, 9, 4, 9, 0, 0, 5)
    add(948680, "ویڈیو: کابل ایئرپورٹ پر پروازوں کی بحالی", w,
        "<p>ویڈیو دیکھیں</p>",
        lambda k: it(k, "ویڈیو: کابل ایئرپورٹ پر پروازوں کی بحالی", w, [], story=False, rel=False, note="Video. " + LBL.format("ویڈیو:")))
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n  <title>روزنامہ ساحل - دنیا</title>\n  <link>' + base + '/world</link>\n  <description>بین الاقوامی خبریں</description>\n  <language>ur</language>\n'
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("ur_pk_roznamasaahil_dunya.rss.xml", text, items, lang="ur", outlet="روزنامہ ساحل", structure="Karachi Urdu daily RSS (CDATA, agency datelines)",
                notes="September 2021. Home country Pakistan.", aliases=["Roznama Saahil"])


# ---------------------------------------------------------------- Delhi public broadcaster's Urdu service
def akashvani():
    base = "https://urdu.bharatvani.example"
    rows, items = [], []

    def add(nid, title, w, body, exp):
        link = f"{base}/Urdu/NewsDetail.aspx?id={nid}"
        rows.append(ri(esc(title), link, str(nid), rfc822(w), esc(body), perma=False))
        items.append(exp(str(nid)))

    w = d(2023, 9, 10, 19, 0, 0, 5.5)
    add(77123, "جی-20 سربراہ کانفرنس: نئی دہلی اعلامیہ پر اتفاق", w,
        "نئی دہلی میں جی-20 سربراہ کانفرنس کے اختتام پر رکن ممالک نے مشترکہ اعلامیہ منظور کر لیا۔ وزارت خارجہ کے ترجمان ونود کمار شرما نے کہا کہ ”یہ اتفاق رائے کی جیت ہے“۔",
        lambda k: it(k, "جی-20 سربراہ کانفرنس: نئی دہلی اعلامیہ پر اتفاق", w, [], quotes=[q("ونود کمار شرما", "وزارت خارجہ")], note="Numeric non-permalink guid; plain-text escaped description. India hosting the G20: international affairs, relevant."))
    w = d(2023, 9, 10, 13, 0, 0, 5.5)
    add(77110, "مراکش زلزلہ: ہلاکتوں کی تعداد دو ہزار سے تجاوز", w,
        "مراکش کے اٹلس پہاڑی علاقے میں آنے والے زلزلے میں ہلاکتوں کی تعداد دو ہزار سے بڑھ گئی ہے۔",
        lambda k: it(k, "مراکش زلزلہ: ہلاکتوں کی تعداد دو ہزار سے تجاوز", w, []))
    w = d(2023, 9, 9, 20, 0, 0, 5.5)
    add(77098, "افریقی یونین جی-20 کی مستقل رکن بن گئی", w,
        "افریقی یونین کو گروپ کی مستقل رکنیت دے دی گئی۔ ایتھوپیا کے ماہر اقتصادیات ڈاکٹر تسفائے ولدے نے کہا کہ ”یہ افریقہ کے لیے تاریخی دن ہے“۔",
        lambda k: it(k, "افریقی یونین جی-20 کی مستقل رکن بن گئی", w, [], quotes=[q("تسفائے ولدے")]))
    w = d(2023, 9, 9, 11, 0, 0, 5.5)
    add(77085, "چندریان مشن کے بعد اسرو کا سورج مشن اگلے مرحلے میں", w,
        "آدتیہ مشن نے زمین کے گرد دوسرا مدار کامیابی سے مکمل کیا۔",
        lambda k: it(k, "چندریان مشن کے بعد اسرو کا سورج مشن اگلے مرحلے میں", w, [], rel=False, note="Indian space programme (home science/news): not relevant."))
    w = d(2023, 9, 8, 21, 0, 0, 5.5)
    add(77070, "خبرنامہ: رات نو بجے کی اردو خبریں", w,
        "آج رات کا خبرنامہ سنیے۔",
        lambda k: it(k, "خبرنامہ: رات نو بجے کی اردو خبریں", w, [], story=False, rel=False, note="Audio news bulletin: not a story."))
    w = d(2023, 9, 8, 15, 0, 0, 5.5)
    add(77055, "بھارت اور سعودی عرب کے درمیان توانائی راہداری پر بات چیت", w,
        "دونوں ممالک نے بحری راہداری منصوبے پر تعاون بڑھانے پر اتفاق کیا۔ نامہ نگار: شبنم انصاری",
        lambda k: it(k, "بھارت اور سعودی عرب کے درمیان توانائی راہداری پر بات چیت", w, ["شبنم انصاری"], note="Reporter credited at the end ('نامہ نگار: Name'). India's foreign relations: relevant."))
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n<title>بھارت وانی اردو - بین الاقوامی</title>\n<link>' + base + '/Urdu/</link>\n<description>بھارت وانی اردو سروس</description>\n<language>ur-IN</language>\n'
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("ur_in_bharatvani_urdu_international.rss.xml", text, items, lang="ur", outlet="بھارت وانی اردو", structure="public broadcaster's Urdu service, ASP.NET RSS (numeric guids)",
                notes="September 2023. Home country India.", aliases=["Bharat Vani Urdu"])


# ---------------------------------------------------------------- tech site on Ghost
def circuit():
    base = "https://thecircuitrelay.example"
    rows, items = [], []

    def add(slug, gid, title, w, author, excerpt, exp, tags=("News",)):
        link = f"{base}/{slug}/"
        cats = "".join(f"<category>{cd(t)}</category>" for t in tags)
        rows.append(f"<item><title>{cd(title)}</title><description>{cd(excerpt)}</description><link>{link}</link><guid isPermaLink=\"false\">{gid}</guid>{cats}"
                    f"<dc:creator>{cd(author)}</dc:creator><pubDate>{rfc822(w.astimezone(UTC), gmt=True)}</pubDate><media:content url=\"{base}/content/images/2022/06/{slug[:10]}.jpg\" medium=\"image\"/></item>")
        items.append(exp(gid))

    w = d(2022, 6, 14, 15, 0, 0, 1)
    add("eu-agrees-usb-c-common-charger", "62a8a1f0c3b4e20001a1b2c3", "EU agrees USB-C common charger rule for phones by 2024", w, "Ines Vasquez-Holm",
        "Brussels negotiators struck a deal that will force phone makers to adopt USB-C. “It is the end of the drawer full of cables,” said Marit Ellingsen, an MEP on the internal market committee.",
        lambda k: it(k, "EU agrees USB-C common charger rule for phones by 2024", w, ["Ines Vasquez-Holm"], quotes=[q("Marit Ellingsen", "internal market committee")], note="Ghost: hex guid, CDATA title/description/dc:creator, single line items. EU regulation: relevant."), tags=("Policy", "Europe"))
    w = d(2022, 6, 13, 18, 0, 0, 1)
    add("review-pixelbook-rival-laptop", "62a7421ec3b4e20001a1b2b0", "Review: the Meridian Slate 14 is the quietest laptop we have tested", w, "Owen Tran",
        "Fanless, light and with a battery that lasts two days.",
        lambda k: it(k, "Review: the Meridian Slate 14 is the quietest laptop we have tested", w, ["Owen Tran"], rel=False, note="Product review: a story, not relevant. " + LBL.format("Review:")), tags=("Reviews",))
    w = d(2022, 6, 13, 10, 0, 0, 1)
    add("russia-blocks-more-vpn-services", "62a6e110c3b4e20001a1b2a1", "Russia blocks more VPN services as censorship widens", w, "Katya Orlova-Banks and Sam Whitcombe",
        "Roskomnadzor added a dozen providers to its list.",
        lambda k: it(k, "Russia blocks more VPN services as censorship widens", w, ["Katya Orlova-Banks", "Sam Whitcombe"], note="Two authors in one dc:creator. World affairs (censorship): relevant."), tags=("Security",))
    w = d(2022, 6, 12, 9, 0, 0, 1)
    add("weekly-relay-newsletter-24", "62a5a0aac3b4e20001a1b299", "The Weekly Relay #24: chips, chargers and crypto winter", w, "The Circuit Relay",
        "Our newsletter. Subscribe to get it every Sunday.",
        lambda k: it(k, "The Weekly Relay #24: chips, chargers and crypto winter", w, [], story=False, rel=False, note="Newsletter."), tags=("Newsletter",))
    w = d(2022, 6, 10, 16, 0, 0, 1)
    add("crypto-lender-freezes-withdrawals", "62a35d3ec3b4e20001a1b280", "Crypto lender freezes withdrawals as bitcoin slides below $25,000", w, "Darius Fenwick",
        "Customers can no longer move funds.",
        lambda k: it(k, "Crypto lender freezes withdrawals as bitcoin slides below $25,000", w, ["Darius Fenwick"], rel=False, note="Crypto markets: business, not relevant."))
    w = d(2022, 6, 9, 12, 0, 0, 1)
    add("taiwan-chip-export-controls-analysis", "62a1d8e0c3b4e20001a1b270", "Analysis: why chip export controls put Taiwan at the centre of the US-China rivalry", w, "Ines Vasquez-Holm",
        "Export rules are turning foundries into geopolitical assets.",
        lambda k: it(k, "Analysis: why chip export controls put Taiwan at the centre of the US-China rivalry", w, ["Ines Vasquez-Holm"], note=LBL.format("Analysis:")), tags=("Analysis", "Policy"))
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
            f"<title>{cd('The Circuit Relay')}</title><description>{cd('Technology news and analysis')}</description><link>{base}/</link><generator>Ghost 5.2</generator>"
            f"<lastBuildDate>{rfc822(d(2022, 6, 14, 15, 5, 0, 0), gmt=True)}</lastBuildDate><atom:link href=\"{base}/rss/\" rel=\"self\" type=\"application/rss+xml\"/><ttl>60</ttl>" + "".join(rows) + "</channel></rss>")
    return feed("en_tech_circuitrelay_ghost.rss.xml", text, items, lang="en", outlet="The Circuit Relay", structure="Ghost 5 RSS (single line, hex guids)", topic="tech", notes="June 2022, Ghost writes GMT.")


# ---------------------------------------------------------------- science news on Jekyll (jekyll-feed Atom)
def stratum():
    base = "https://stratumscience.example"
    ents, items = [], []

    def add(slug, title, w, authors, summary, exp):
        link = f"{base}/news/{w:%Y/%m/%d}/{slug}.html"
        au = "".join(f"<author><name>{esc(a)}</name></author>" for a in authors)
        ents.append(f'<entry><title type="html">{esc(title)}</title><link href="{link}" rel="alternate" type="text/html" title="{esc(title)}" /><published>{w.isoformat()}</published><updated>{w.isoformat()}</updated>'
                    f'<id>{link}</id><content type="html" xml:base="{link}">{esc(summary)}</content>{au}<summary type="html">{esc(summary[:120])}</summary></entry>')
        items.append(exp(link))

    w = d(2021, 8, 9, 10, 0, 0, 2)
    add("ipcc-report-warming-1-5-degrees", "IPCC report: 1.5C of warming likely within two decades", w, ["Hanne Vestergaard"],
        "<p>The UN climate panel's new assessment says every region faces more extremes. “There is no longer any doubt about the cause,” said Dr Amara Nwosu-Lindt, a climate scientist at the Coastal Systems Institute.</p>",
        lambda k: it(k, "IPCC report: 1.5C of warming likely within two decades", w, ["Hanne Vestergaard"], quotes=[q("Amara Nwosu-Lindt", "Coastal Systems Institute")], note="jekyll-feed Atom: content then author then a truncated summary. Global climate assessment: relevant."))
    w = d(2021, 8, 6, 14, 0, 0, 2)
    add("ancient-dna-wallacea-woman", "Ancient DNA from Sulawesi points to an unknown human lineage", w, ["Teodor Halvorsen", "Priya Natarajan-Cole"],
        "<p>The 7,200-year-old genome belongs to a hunter-gatherer.</p>",
        lambda k: it(k, "Ancient DNA from Sulawesi points to an unknown human lineage", w, ["Teodor Halvorsen", "Priya Natarajan-Cole"], rel=False, note="Palaeogenetics: science, not world affairs."))
    w = d(2021, 8, 5, 9, 0, 0, 2)
    add("who-calls-booster-moratorium", "WHO calls for a moratorium on Covid booster shots", w, ["Hanne Vestergaard"],
        "<p>The agency wants rich countries to wait until poorer ones vaccinate 10% of their people.</p>",
        lambda k: it(k, "WHO calls for a moratorium on Covid booster shots", w, ["Hanne Vestergaard"], note="Global health policy: relevant."))
    w = d(2021, 8, 4, 16, 0, 0, 2)
    add("podcast-episode-112-permafrost", "Podcast episode 112: what the permafrost is telling us", w, ["Stratum Science"],
        "<p>Listen now.</p>",
        lambda k: it(k, "Podcast episode 112: what the permafrost is telling us", w, [], story=False, rel=False, note="Podcast; brand as author."))
    w = d(2021, 8, 3, 11, 0, 0, 2)
    add("perseverance-first-sample-attempt", "Perseverance's first rock sample attempt comes up empty", w, ["Jonah Abernethy"],
        "<p>The rover's drill worked, but the rock crumbled.</p>",
        lambda k: it(k, "Perseverance's first rock sample attempt comes up empty", w, ["Jonah Abernethy"], rel=False, note="Space science: not world affairs."))
    w = d(2021, 8, 2, 8, 0, 0, 2)
    add("webinar-science-journalism-summer-school", "Webinar: join our science journalism summer school", w, [],
        "<p>Register now for the August sessions.</p>",
        lambda k: it(k, "Webinar: join our science journalism summer school", w, [], story=False, rel=False, note="Event promo."))
    ents, items = ordered(ents, items)
    text = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" ><generator uri="https://jekyllrb.com/" version="4.2.0">Jekyll</generator>'
            f'<link href="{base}/feed.xml" rel="self" type="application/atom+xml" /><link href="{base}/" rel="alternate" type="text/html" /><updated>{d(2021, 8, 9, 10, 5, 0, 2).isoformat()}</updated><id>{base}/feed.xml</id>'
            '<title type="html">Stratum Science</title><subtitle>Independent science news</subtitle>' + "".join(ents) + "</feed>")
    return feed("en_science_stratum_jekyll.atom.xml", text, items, lang="en", outlet="Stratum Science", structure="jekyll-feed Atom (single line, content before author)",
                shape="atom", ctype="application/atom+xml; charset=utf-8", topic="science", notes="August 2021.")


FEEDS = [saahil, akashvani, circuit, stratum]
