# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Urdu feeds of the twenty-sixth held-out set. All outlets, people and quotations are invented."""
from h26 import cd, d, esc, feed, it, q, rfc822, utc0, wpt


# ---------------------------------------------------------------- ETV Bharat Urdu-style (Hyderabad) international RSS, long bodies
def bharatvani():
    rows, items = [], []
    base = "https://www.bharatvani.example/urdu"

    def add(sec, slug, nid, title, when, creator, desc, body, exp):
        url = f"{base}/{sec}/{slug}-urs{nid}"
        rows.append(f"<item>\n<title>{cd(title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>\n<dc:creator>{cd(creator)}</dc:creator>\n"
                    f"<pubDate>{rfc822(when)}</pubDate>\n<description>{cd(desc)}</description>\n<content:encoded>{cd(body)}</content:encoded>\n</item>")
        items.append(exp(url))

    def ybp(head):
        return f"<p><strong>یہ بھی پڑھیں:</strong> <a href=\"{base}/international/x\">{head}</a></p>"

    def fig(cap):
        return f"<figure><img src=\"https://etvb-img.bharatvani.example/x.jpg\" alt=\"\"/><figcaption>{cap}</figcaption></figure>"

    o = 5.5
    w = d(2024, 10, 15, 21, 30, 0, o)
    add("international", "india-canada-diplomats-expelled-row", 24101507, "بھارت اور کینیڈا نے ایک دوسرے کے چھ سفارت کاروں کو ملک بدر کر دیا", w, "محمد عارف خان",
        "سفارتی تنازع میں شدت، دونوں ممالک نے اعلیٰ سفارت کاروں کو واپس جانے کا حکم دیا",
        "<p>نئی دہلی: بھارت اور کینیڈا کے درمیان سفارتی تنازع اس وقت مزید شدت اختیار کر گیا جب دونوں ممالک نے منگل کو ایک دوسرے کے چھ چھ سفارت کاروں کو ملک بدر کرنے کا اعلان کیا۔</p>"
        + fig("نئی دہلی میں وزارت خارجہ کی عمارت (تصویر: اے این آئی)") +
        "<p>وزارت خارجہ کے ترجمان ونود سکسینہ نے کہا: “کینیڈا کی حکومت کے الزامات بے بنیاد ہیں اور ہم اپنے سفارت کاروں کی حفاظت پر کوئی سمجھوتہ نہیں کریں گے۔”</p>"
        + ybp("بھارت اور کینیڈا کے تعلقات: کب کیا ہوا؟") +
        "<p>اوٹاوا میں کینیڈا کی وزارت خارجہ کی ترجمان کلیئر بوشار نے ایک بیان میں کہا: “ہم نے یہ فیصلہ اپنے شہریوں کی سلامتی کو مدنظر رکھتے ہوئے کیا ہے۔”</p>"
        "<p>خارجہ امور کے ماہر پروفیسر سلمان حیدر، جو جامعہ ملیہ اسلامیہ میں بین الاقوامی تعلقات پڑھاتے ہیں، کا کہنا ہے: “اس تنازع کا سب سے زیادہ نقصان طلبہ اور تارکین وطن کو ہوگا۔”</p>"
        "<p>کینیڈا میں تقریباً چار لاکھ بھارتی طلبہ زیر تعلیم ہیں۔</p>"
        + ybp("کینیڈا میں بھارتی طلبہ کے لیے ویزا قوانین میں تبدیلی") +
        "<p>دونوں ممالک نے ابھی تک ویزا خدمات معطل کرنے کا کوئی اعلان نہیں کیا ہے۔</p>"
        "<p><em>(مصنف بھارت وانی اردو کے سینئر نامہ نگار ہیں اور خارجہ پالیسی پر لکھتے ہیں۔)</em></p>",
        lambda k: it(k, "بھارت اور کینیڈا نے ایک دوسرے کے چھ سفارت کاروں کو ملک بدر کر دیا", w, ["محمد عارف خان"],
                     junk=["یہ بھی پڑھیں", "تصویر: اے این آئی", "مصنف بھارت وانی اردو کے سینئر نامہ نگار"],
                     quotes=[q("ونود سکسینہ", "وزارت خارجہ"), q("کلیئر بوشار", "کینیڈا کی وزارت خارجہ"), q("سلمان حیدر", "جامعہ ملیہ اسلامیہ")],
                     note="Long content:encoded: 'شہر:' dateline, figure caption '(تصویر: …)', two bold 'یہ بھی پڑھیں:' link blocks and an italic bracketed author note at the end."))
    w = d(2024, 10, 15, 18, 10, 0, o)
    add("international", "sco-summit-islamabad-indian-minister", 24101488, "شنگھائی تعاون تنظیم کا اجلاس: بھارتی وزیر خارجہ اسلام آباد پہنچ گئے", w, "اردو ڈیسک",
        "نو برس میں کسی بھارتی وزیر خارجہ کا پہلا دورۂ پاکستان",
        "<p>اسلام آباد: شنگھائی تعاون تنظیم کے سربراہان حکومت کے اجلاس میں شرکت کے لیے بھارت کے وزیر خارجہ منگل کو اسلام آباد پہنچ گئے۔ یہ نو برس میں کسی بھارتی وزیر خارجہ کا پہلا دورۂ پاکستان ہے۔</p>"
        + fig("اسلام آباد کے نور خان ایئربیس پر استقبال (تصویر: پی ٹی آئی)") +
        "<p>پاکستانی دفتر خارجہ کی ترجمان نازیہ شیرازی نے کہا: “ہم تمام رکن ممالک کے وفود کا خیرمقدم کرتے ہیں۔”</p>"
        + ybp("ایس سی او کیا ہے اور بھارت کے لیے اس کی اہمیت") +
        "<p>بھارتی حکام نے واضح کیا ہے کہ دورے کے دوران کوئی دو طرفہ ملاقات طے نہیں ہے۔</p>"
        "<p>اجلاس میں چین اور روس کے وزرائے اعظم بھی شریک ہیں۔</p>",
        lambda k: it(k, "شنگھائی تعاون تنظیم کا اجلاس: بھارتی وزیر خارجہ اسلام آباد پہنچ گئے", w, [],
                     junk=["یہ بھی پڑھیں", "تصویر: پی ٹی آئی"], quotes=[q("نازیہ شیرازی", "دفتر خارجہ")], note="Desk credit 'اردو ڈیسک'; real office holders only as settings."))
    w = d(2024, 10, 15, 15, 0, 0, o)
    add("international", "indians-iran-israel-travel-advisory", 24101460, "ایران اسرائیل کشیدگی: بھارتی شہریوں کے لیے نئی ایڈوائزری جاری", w, "آئی اے این ایس",
        "بھارتی سفارت خانے نے شہریوں کو غیر ضروری سفر سے گریز کا مشورہ دیا",
        "<p>تہران: ایران میں بھارتی سفارت خانے نے منگل کو ایک نئی ایڈوائزری جاری کرتے ہوئے بھارتی شہریوں کو غیر ضروری سفر سے گریز کرنے کا مشورہ دیا ہے۔</p>"
        "<p>سفارت خانے کے مطابق ہنگامی صورت میں ہیلپ لائن نمبر پر رابطہ کیا جا سکتا ہے۔</p>",
        lambda k: it(k, "ایران اسرائیل کشیدگی: بھارتی شہریوں کے لیے نئی ایڈوائزری جاری", w, ["آئی اے این ایس"], note="Agency (IANS in Urdu) as the only credit. [] is also correct"))
    w = d(2024, 10, 15, 12, 20, 0, o)
    add("videos", "video-hyderabad-rain-flooded-roads", 24101433, "ویڈیو: حیدرآباد میں موسلادھار بارش، سڑکیں زیر آب", w, "اردو ڈیسک",
        "ویڈیو دیکھیں", "<p>ویڈیو دیکھیں۔</p>",
        lambda k: it(k, "ویڈیو: حیدرآباد میں موسلادھار بارش، سڑکیں زیر آب", w, [], story=False, rel=False, note="Video item. Title label 'ویڈیو:' may be kept or dropped."))
    w = d(2024, 10, 15, 10, 0, 0, o)
    add("sports", "india-new-zealand-bengaluru-test-preview", 24101410, "بنگلورو ٹیسٹ: بھارت اور نیوزی لینڈ کی ٹیمیں آمنے سامنے", w, "اسپورٹس ڈیسک",
        "تین میچوں کی سیریز کا پہلا ٹیسٹ بدھ سے",
        "<p>بنگلورو: بھارت اور نیوزی لینڈ کے درمیان تین میچوں کی ٹیسٹ سیریز کا پہلا میچ بدھ سے چناسوامی اسٹیڈیم میں کھیلا جائے گا۔</p>",
        lambda k: it(k, "بنگلورو ٹیسٹ: بھارت اور نیوزی لینڈ کی ٹیمیں آمنے سامنے", w, [], rel=False, note="Sport; desk credit."))
    w = d(2024, 10, 14, 20, 45, 0, o)
    add("state/telangana", "hyderabad-metro-phase-two-approval", 24101388, "حیدرآباد میٹرو کے دوسرے مرحلے کو منظوری", w, "نکہت فاطمہ",
        "ریاستی کابینہ نے 76 کلومیٹر طویل توسیع کی منظوری دی",
        "<p>حیدرآباد: تلنگانہ کابینہ نے حیدرآباد میٹرو کے دوسرے مرحلے کی منظوری دے دی ہے۔</p>",
        lambda k: it(k, "حیدرآباد میٹرو کے دوسرے مرحلے کو منظوری", w, ["نکہت فاطمہ"], rel=False, note="City news."))
    channel = (f"<title>{cd('بھارت وانی اردو - بین الاقوامی')}</title>\n<link>{base}/international</link>\n<description>{cd('بھارت وانی اردو: تازہ ترین خبریں')}</description>\n<language>ur</language>\n"
               f"<lastBuildDate>{rfc822(d(2024, 10, 15, 21, 35, 0, o))}</lastBuildDate>\n<copyright>Bharat Vani Media Pvt. Ltd.</copyright>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("ur_in_bharatvani_international.rss.xml", text, items, lang="ur", outlet="بھارت وانی اردو", aliases=["Bharat Vani Urdu", "بھارت وانی"],
                structure="ETV Bharat Urdu-style (Hyderabad) multi-language network's Urdu section RSS from a custom CMS: no indentation, CDATA Urdu channel title 'برانڈ - بین الاقوامی', Latin-script slugs with '-urs<8 digits>' ids as permalink guids, CDATA dc:creator BEFORE pubDate holding a person, 'اردو ڈیسک', 'اسپورٹس ڈیسک' or the agency 'آئی اے این ایس' (IANS), CDATA descriptions without final '۔', LONG content:encoded bodies (6–9 blocks) with Urdu 'شہر:' datelines, <figcaption>s ending '(تصویر: اے این آئی)', bold 'یہ بھی پڑھیں:' link paragraphs, “…” quotes from three speakers ('نے کہا:' before the quote, 'کا کہنا ہے:') and an italic bracketed author note, a 'ویڈیو:' item, +0530 dates in October 2024")


# ---------------------------------------------------------------- Roznama Ummat-style (Karachi) Urdu daily on WordPress with an RSS footer plugin
def amanat():
    rows, items = [], []
    base = "https://www.amanatnews.example"
    footer = "<p>The post <a href=\"{u}\">{t}</a> appeared first on <a href=\"https://www.amanatnews.example\">روزنامہ امانت</a>.</p>"

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{slug}/"
        cat = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{utc0(when)}</pubDate>{cat}\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[<p>{excerpt} [&#8230;]</p>\n" + footer.format(u=url, t=esc(title)) + "]]></description>\n"
                    f"\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}\n" + footer.format(u=url, t=esc(title)) + "]]></content:encoded>\n\t\t\n\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    o = 5
    ft = "appeared first on"
    w = d(2025, 1, 20, 22, 40, 0, o)
    add(912044, "pak-afghan-talks-kabul-ttp", "پاکستانی وفد کابل میں، ٹی ٹی پی کے معاملے پر مذاکرات", w, "ویب ڈیسک", ["پاکستان", "بین الاقوامی"],
        "اسلام آباد(امانت نیوز)پاکستان کا اعلیٰ سطحی وفد افغان عبوری حکومت سے مذاکرات کے لیے کابل پہنچ گیا",
        "<p>اسلام آباد(امانت نیوز)پاکستان کا اعلیٰ سطحی وفد افغان عبوری حکومت سے مذاکرات کے لیے پیر کو کابل پہنچ گیا، جہاں سرحدی سلامتی اور کالعدم ٹی ٹی پی کے معاملے پر بات چیت ہوگی۔</p>"
        "<p>دفتر خارجہ کے ترجمان شفقت علی بلوچ نے ہفتہ وار بریفنگ میں کہا کہ ”ہم افغانستان کے ساتھ تمام مسائل بات چیت کے ذریعے حل کرنا چاہتے ہیں“۔</p>"
        "<p>کابل میں افغان وزارت خارجہ کے نائب ترجمان حمیداللہ ذاکری نے کہا کہ ”افغان سرزمین کسی ملک کے خلاف استعمال نہیں ہونے دی جائے گی“۔</p>",
        lambda k: it(k, "پاکستانی وفد کابل میں، ٹی ٹی پی کے معاملے پر مذاکرات", w, [], junk=["امانت نیوز", ft, "[…]"],
                     quotes=[q("شفقت علی بلوچ", "دفتر خارجہ"), q("حمیداللہ ذاکری", "افغان وزارت خارجہ")],
                     note="'ویب ڈیسک' (web desk) is not a person; 'City(Brand News)' dateline glued to the text without a space; WordPress 'The post … appeared first on …' footer in description and content."))
    w = d(2025, 1, 20, 19, 5, 0, o)
    add(912011, "iran-pakistan-border-markets-reopen", "ایران اور پاکستان کا سرحدی بازار دوبارہ کھولنے کا فیصلہ", w, "نمائندہ امانت", ["بین الاقوامی"],
        "کوئٹہ(نمائندہ امانت)پاکستان اور ایران نے سرحدی بازاروں کو دوبارہ کھولنے پر اتفاق کر لیا",
        "<p>کوئٹہ(نمائندہ امانت)پاکستان اور ایران نے تفتان اور ماشکیل میں سرحدی بازاروں کو دوبارہ کھولنے پر اتفاق کر لیا ہے۔</p>"
        "<p>ایرانی قونصل جنرل محسن رضائی پور نے کہا کہ ”سرحدی تجارت دونوں طرف کے عوام کے لیے روزگار کا ذریعہ ہے“۔</p>",
        lambda k: it(k, "ایران اور پاکستان کا سرحدی بازار دوبارہ کھولنے کا فیصلہ", w, [], junk=["نمائندہ امانت", ft],
                     quotes=[q("محسن رضائی پور", "ایرانی قونصل جنرل")], note="Staff credit 'نمائندہ امانت' (correspondent) as dc:creator and in the dateline."))
    w = d(2025, 1, 20, 16, 30, 0, o)
    add(911980, "us-president-inauguration-pakistan-reaction", "نئی امریکی انتظامیہ سے تعلقات کی نئی شروعات کی امید ہے، دفتر خارجہ", w, "ویب ڈیسک", ["پاکستان", "امریکہ"],
        "اسلام آباد(امانت نیوز)پاکستان نے امریکہ کی نئی انتظامیہ کے ساتھ مل کر کام کرنے کی خواہش ظاہر کی ہے",
        "<p>اسلام آباد(امانت نیوز)پاکستان نے امریکہ کی نئی انتظامیہ کے ساتھ تجارت، انسداد دہشت گردی اور علاقائی استحکام کے شعبوں میں مل کر کام کرنے کی خواہش ظاہر کی ہے۔</p>"
        "<p>واشنگٹن میں پاکستانی سفارت خانے نے بھی ایک بیان جاری کیا۔</p>",
        lambda k: it(k, "نئی امریکی انتظامیہ سے تعلقات کی نئی شروعات کی امید ہے، دفتر خارجہ", w, [], junk=[ft],
                     note="Headline ending in ', دفتر خارجہ' (the source after a comma, Urdu headline style)."))
    w = d(2025, 1, 20, 12, 0, 0, o)
    add(911951, "gold-price-today-karachi", "سونے کی قیمت میں آج پھر اضافہ", w, "ویب ڈیسک", ["کاروبار"],
        "کراچی(بزنس رپورٹر)فی تولہ سونے کی قیمت میں 1500 روپے کا اضافہ",
        "<p>کراچی(بزنس رپورٹر)آل پاکستان جیمز اینڈ جیولرز ایسوسی ایشن کے مطابق فی تولہ سونا 1500 روپے مہنگا ہو کر 2 لاکھ 82 ہزار روپے کا ہو گیا۔</p>",
        lambda k: it(k, "سونے کی قیمت میں آج پھر اضافہ", w, [], story=False, rel=False, junk=[ft], note="Daily gold-price service item."))
    w = d(2025, 1, 20, 9, 15, 0, o)
    add(911920, "karachi-water-shortage-korangi", "کراچی کے کئی علاقوں میں پانی کا بحران شدت اختیار کر گیا", w, "اسٹاف رپورٹر", ["کراچی"],
        "کراچی(اسٹاف رپورٹر)کورنگی اور لانڈھی میں شہری پانی کی بوند بوند کو ترس گئے",
        "<p>کراچی(اسٹاف رپورٹر)کورنگی اور لانڈھی میں شہری ایک ہفتے سے پانی سے محروم ہیں۔</p>",
        lambda k: it(k, "کراچی کے کئی علاقوں میں پانی کا بحران شدت اختیار کر گیا", w, [], rel=False, junk=["اسٹاف رپورٹر", ft], note="City news; staff credit."))
    w = d(2025, 1, 19, 21, 0, 0, o)
    add(911899, "pakistan-west-indies-multan-test", "ملتان ٹیسٹ: پاکستان نے ویسٹ انڈیز کو شکست دے دی", w, "اسپورٹس ڈیسک", ["کھیل"],
        "ملتان(اسپورٹس ڈیسک)پاکستان نے پہلے ٹیسٹ میں ویسٹ انڈیز کو 127 رنز سے ہرا دیا",
        "<p>ملتان(اسپورٹس ڈیسک)پاکستان نے پہلے ٹیسٹ میں ویسٹ انڈیز کو 127 رنز سے ہرا کر سیریز میں برتری حاصل کر لی۔</p>",
        lambda k: it(k, "ملتان ٹیسٹ: پاکستان نے ویسٹ انڈیز کو شکست دے دی", w, [], rel=False, junk=[ft], note="Sport; desk credit."))
    channel = (f"\t<title>روزنامہ امانت</title>\n\t<atom:link href=\"{base}/category/international/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n"
               f"\t<description>پاکستان کا مقبول اردو اخبار</description>\n\t<lastBuildDate>{utc0(d(2025, 1, 20, 22, 41, 0, o))}</lastBuildDate>\n\t<language>ur</language>\n"
               "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.7.1</generator>")
    ns = ('\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
          '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t')
    text = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"' + ns + ">\n\n<channel>\n" + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("ur_pk_amanat_international_wp.rss.xml", text, items, lang="ur", outlet="روزنامہ امانت", aliases=["امانت", "Roznama Amanat", "Amanat"],
                structure="Roznama Ummat-style (Karachi) Urdu daily on WordPress (/category/international/feed/) with an RSS-footer plugin: declaration and <rss> on one line, one namespace per tab-indented line, channel titled with the bare Urdu brand, '?p=<id>' non-permalink guids, Urdu-transliterated Latin slugs, CDATA dc:creator holding 'ویب ڈیسک', 'نمائندہ امانت', 'اسٹاف رپورٹر' or 'اسپورٹس ڈیسک' (never a person), Urdu CDATA categories, WordPress's deep-indented description and content:encoded, auto-excerpts ending ' [&#8230;]', and the 'The post <a>Title</a> appeared first on <a>Brand</a>.' footer in BOTH description and content, Pakistani 'شہر(امانت نیوز)' datelines glued to the text, ”…“ quotes closed before '۔', a gold-price item, +0000 pubDates (newsroom at +0500) in January 2025")


FEEDS = [bharatvani, amanat]
