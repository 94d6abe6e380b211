# ruff: noqa: E501  (feed text is data: long lines are the content)
"""South Asian languages: an Urdu daily (12-hour clock), a Hindi daily (zone 'IST'), a Bengali
daily on a Quintype-style CMS."""
from lib import dt
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, cdata, esc, feed, it, q, rfc822, rss, zone_abbr


# ------------------------------------------------------------------ Urdu daily
def sahar():
    base = "https://www.saharnews.pk/news"
    rows = [
        (1298451, "پاکستان اور افغانستان کے درمیان دوحہ میں مذاکرات کا نیا دور شروع",
         "<p>پاکستان اور افغانستان کے وفود کے درمیان سرحدی سلامتی اور تجارت پر مذاکرات کا نیا دور دوحہ میں شروع ہو گیا ہے۔</p><p>ترجمان دفتر خارجہ ثمینہ جاوید نے ہفتہ وار بریفنگ میں کہا کہ ”ہم چاہتے ہیں کہ افغان سرزمین کسی ہمسایہ ملک کے خلاف استعمال نہ ہو۔“</p>",
         "اسلام آباد (عامر رشید)", ["عامر رشید"], dt(2026, 12, 2, 19, 45, 12, 5), True, True,
         [q("ثمینہ جاوید", "دفتر خارجہ")], "Dateline with the reporter in brackets: the person is عامر رشید.", ["اسلام آباد (عامر رشید)"]),
        (1298440, "آئی ایم ایف کا وفد اقتصادی جائزے کے لیے اسلام آباد پہنچ گیا",
         "<p>عالمی مالیاتی فنڈ کا وفد قرض پروگرام کے تیسرے جائزے کے لیے اسلام آباد پہنچ گیا ہے۔وفد دو ہفتے تک وزارت خزانہ کے حکام سے بات چیت کرے گا۔</p>",
         "ویب ڈیسک", [], dt(2026, 12, 2, 17, 20, 0, 5), True, True, None, "Two sentences glued after '۔' without a space.", []),
        (1298433, "پاکستان نے زمبابوے کو ہرا کر ٹی ٹوئنٹی سیریز جیت لی",
         "<p>پاکستان نے تیسرے ٹی ٹوئنٹی میچ میں زمبابوے کو 7 وکٹوں سے شکست دے کر سیریز 0-3 سے اپنے نام کر لی۔</p>",
         "اسپورٹس ڈیسک", [], dt(2026, 12, 2, 16, 2, 30, 5), True, False, None, "Sport.", []),
        (1298420, "غزہ میں جنگ بندی کے دوسرے مرحلے پر قاہرہ میں بات چیت",
         "<p>مصر، قطر اور امریکا کے ثالثوں نے غزہ میں جنگ بندی کے دوسرے مرحلے پر قاہرہ میں نئی بات چیت شروع کر دی ہے۔</p><p>مصری وزیر خارجہ کریم منصور نے کہا کہ ”فریقین پہلے سے زیادہ قریب ہیں۔“</p><p><a href=\"https://www.saharnews.pk/news/1298420\">مزید پڑھیں</a></p>",
         "مانیٹرنگ ڈیسک", [], dt(2026, 12, 2, 13, 10, 0, 5), True, True,
         [q("کریم منصور", "مصری وزیر خارجہ")], None, ["مزید پڑھیں"]),
        (1298415, "ویڈیو: کراچی میں سمندری طوفان کی تیاریوں کا جائزہ",
         "<p>ویڈیو دیکھیں</p>",
         "ویڈیو ڈیسک", [], dt(2026, 12, 2, 11, 0, 0, 5), False, False, None, "Video item.", []),
        (1298402, "ایران کے ساتھ سرحدی تجارت کے لیے تین نئی گزرگاہیں کھولنے کا فیصلہ",
         "<p>پاکستان اور ایران نے بلوچستان میں سرحدی تجارت کے لیے تین نئی گزرگاہیں کھولنے پر اتفاق کیا ہے۔</p><p>کوئٹہ میں مشترکہ کمیشن کے اجلاس کے بعد جاری اعلامیے میں کہا گیا کہ بارٹر تجارت کا حجم دگنا کیا جائے گا</p>",
         "کوئٹہ (نمائندہ سحر)", [], dt(2026, 12, 2, 8, 35, 0, 5), True, True, None,
         "'نمائندہ سحر' is a staff credit, not a name. Last paragraph has no final full stop.", ["نمائندہ سحر"]),
    ]
    xs, items = [], []
    for nid, title, body, author, authors, d, story, rel, quotes, note, junk in rows:
        link = f"{base}/{nid}"
        img = f'<p><img src="https://www.saharnews.pk/assets/uploads/2026/12/{nid}.jpg" alt="" /></p>'
        xs.append(f"""<item>
<title>{cdata(title)}</title>
<link>{link}</link>
<guid>{link}</guid>
<author>{esc(author)}</author>
<pubDate>{rfc822(d, h12=True)}</pubDate>
<description>{cdata(img + body)}</description>
</item>""")
        items.append(it(link, title, d, authors, story, rel, junk, quotes, note))
    channel = """<title>سحر نیوز | بین الاقوامی</title>
<link>https://www.saharnews.pk/category/international</link>
<description>سحر نیوز - تازہ ترین بین الاقوامی خبریں</description>
<language>ur</language>
<copyright>© 2026 Sahar Media Group (Pvt) Ltd. All rights reserved.</copyright>"""
    text = rss(channel, xs)
    return feed("ur_saharnews_international.rss.xml", text, items, lang="ur", outlet="سحر نیوز",
                aliases=["Sahar News"],
                structure="Pakistani Urdu daily section RSS (Jang/Express-style custom CMS): 'Outlet | Section' channel title in Urdu, numeric /news/<id> links, CDATA description with an empty-alt image paragraph then Urdu <p>s with '۔' full stops, <author> holding 'City (Reporter)' datelines, desks ('ویب ڈیسک', 'مانیٹرنگ ڈیسک') or 'City (نمائندہ سحر)', 'مزید پڑھیں' link, 12-hour pubDate with seconds ('07:45:12 PM +0500'), '(Pvt) Ltd.' copyright",
                notes="12-hour clock: 07:45:12 PM is 19:45:12. Desk names and 'نمائندہ سحر' are not people. The video item is not a story; cricket is not relevant.")


# ------------------------------------------------------------------ Hindi daily
def janvani():
    base = "https://www.janvani.in/world"
    rows = [
        ("india-us-trade-deal-talks-washington-2026-12-02", "भारत-अमेरिका व्यापार समझौता: वाशिंगटन में अंतिम दौर की बातचीत शुरू, शुल्क पर अटकी बात",
         "भारत और अमेरिका के बीच प्रस्तावित व्यापार समझौते पर अंतिम दौर की बातचीत बुधवार को वाशिंगटन में शुरू हुई। वाणिज्य सचिव अनुराधा मेहता ने कहा, \"हम एक संतुलित समझौते के बहुत करीब हैं।\"",
         "वर्ल्ड डेस्क, जनवाणी, नई दिल्ली", [], dt(2026, 12, 2, 20, 15, 0, 5.5), True, True, [q("अनुराधा मेहता", "वाणिज्य सचिव")], None, []),
        ("nepal-coalition-government-crisis-2026-12-02", "नेपाल में गठबंधन सरकार पर संकट, दो दलों ने समर्थन वापस लिया",
         "नेपाल में सत्तारूढ़ गठबंधन के दो सहयोगी दलों ने सरकार से समर्थन वापस ले लिया है। प्रधानमंत्री को 30 दिन के भीतर विश्वास मत हासिल करना होगा।",
         "एजेंसी, काठमांडू", [], dt(2026, 12, 2, 18, 40, 0, 5.5), True, True, None, None, []),
        ("actress-london-film-festival-award-2026-12-02", "लंदन फिल्म फेस्टिवल में भारतीय अभिनेत्री को सर्वश्रेष्ठ अभिनय का पुरस्कार",
         "अभिनेत्री मीरा सहगल को उनकी फिल्म 'धूप' के लिए सम्मानित किया गया।",
         "मनोरंजन डेस्क, जनवाणी", [], dt(2026, 12, 2, 16, 5, 0, 5.5), True, False, None, "Entertainment: not relevant.", []),
        ("india-bangladesh-teesta-talks-january-2026-12-02", "तीस्ता जल बंटवारा: भारत और बांग्लादेश जनवरी में फिर करेंगे बातचीत",
         "भारत और बांग्लादेश तीस्ता नदी के पानी के बंटवारे पर जनवरी में बातचीत फिर शुरू करेंगे।यह भी पढ़ें: बांग्लादेश में आम चुनाव की तारीख घोषित ढाका में विदेश मामलों की सलाहकार महफूजा रहमान ने कहा, \"दोनों पक्ष शुष्क मौसम से पहले समझौता चाहते हैं।\"",
         "राहुल शर्मा, नई दिल्ली", ["राहुल शर्मा"], dt(2026, 12, 2, 13, 25, 0, 5.5), True, True, [q("महफूजा रहमान", "विदेश मामलों की सलाहकार")],
         "Inline 'यह भी पढ़ें:' link text glued into the text.", ["यह भी पढ़ें", "आम चुनाव की तारीख घोषित"]),
        ("photos-dubai-national-day-2026-12-02", "तस्वीरों में देखें: दुबई में नेशनल डे का जश्न, आतिशबाजी से जगमगाया आसमान",
         "देखें तस्वीरें",
         "फोटो डेस्क, जनवाणी", [], dt(2026, 12, 2, 11, 0, 0, 5.5), False, False, None, "Photo gallery.", []),
        ("pakistan-afghanistan-talks-doha-2026-12-02", "पाकिस्तान और अफगानिस्तान के बीच दोहा में बातचीत, सीमा सुरक्षा पर फोकस",
         "पाकिस्तान और अफगानिस्तान के प्रतिनिधिमंडलों के बीच सीमा सुरक्षा और व्यापार पर दोहा में नए दौर की बातचीत शुरू हुई है।",
         "एजेंसी, इस्लामाबाद", [], dt(2026, 12, 2, 9, 50, 0, 5.5), True, True, None, None, []),
    ]
    xs, items = [], []
    for slug, title, desc, creator, authors, d, story, rel, quotes, note, junk in rows:
        link = f"{base}/{slug}"
        img = f'<img src="https://spiderimg.janvani.in/assets/images/2026/12/02/{slug[:24]}.jpg" width="400" height="225" />'
        xs.append(f"""<item>
<title>{cdata(title)}</title>
<link>{link}</link>
<guid isPermaLink="true">{link}</guid>
<description>{cdata(img + desc)}</description>
<dc:creator>{esc(creator)}</dc:creator>
<pubDate>{zone_abbr(d, 'IST')}</pubDate>
</item>""")
        n = "pubDate zone 'IST' means India Standard Time (+05:30)."
        items.append(it(link, title, d, authors, story, rel, junk, quotes, (note + " " if note else "") + n))
    channel = """<title>World News in Hindi: दुनिया की ताज़ा खबरें | जनवाणी</title>
<link>https://www.janvani.in/world</link>
<description>विदेश समाचार, अंतरराष्ट्रीय खबरें हिंदी में - जनवाणी</description>
<language>hi</language>
<copyright>Copyright © 2026 Janvani Publications Limited. All rights reserved.</copyright>"""
    text = rss(channel, xs, NS_DC)
    return feed("hi_janvani_world.rss.xml", text, items, lang="hi", outlet="जनवाणी",
                aliases=["Janvani"],
                structure="Hindi daily section RSS (Amar Ujala/Dainik Jagran-style): mixed English/Hindi channel title 'World News in Hindi: … | Outlet', CDATA titles and descriptions with a leading <img>, dc:creator 'Desk, Outlet, City' / 'एजेंसी, City' / 'Name, City', pubDate with the zone abbreviation IST, Limited copyright",
                notes="'IST' is +05:30. Desk and agency credits are not people; 'राहुल शर्मा, नई दिल्ली' is one person with a dateline. The photo gallery is not a story; the film award is not relevant.")


# ------------------------------------------------------------------ Bengali daily on a Quintype-style CMS
def nobalok():
    base = "https://www.nobalok.com/international"
    rows = [
        ("4e1d2c3b-5a69-4f70-8e91-a2b3c4d5e6f1", "tista-water-talks", "তিস্তার পানি বণ্টন নিয়ে জানুয়ারিতে আবার আলোচনায় বসছে ঢাকা-দিল্লি",
         "শুষ্ক মৌসুমের আগেই চুক্তি চায় দুই পক্ষ",
         "<p>তিস্তা নদীর পানি বণ্টন নিয়ে আগামী জানুয়ারিতে আবার আলোচনায় বসবে বাংলাদেশ ও ভারত। বুধবার ঢাকায় পররাষ্ট্র উপদেষ্টা মাহফুজা রহমান সাংবাদিকদের এ কথা জানান।</p><p>তিনি বলেন, ‘দুই পক্ষই শুষ্ক মৌসুমের আগে একটি চুক্তি চায়।’</p>",
         "ছবি: সংগৃহীত", "কূটনৈতিক প্রতিবেদক, ঢাকা", [], dt(2026, 12, 2, 14, 5, 0), True, True,
         [q("মাহফুজা রহমান", "পররাষ্ট্র উপদেষ্টা")], None, ["ছবি: সংগৃহীত"]),
        ("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c62", "rohingya-repatriation-unhcr", "রোহিঙ্গা প্রত্যাবাসন: মিয়ানমারের প্রস্তাবে আস্থা নেই জাতিসংঘের",
         "রাখাইনে নিরাপত্তা নিশ্চিত না হলে প্রত্যাবাসন সম্ভব নয়, বলছে ইউএনএইচসিআর",
         "<p>মিয়ানমার সরকারের নতুন প্রত্যাবাসন প্রস্তাব নিয়ে সন্দেহ প্রকাশ করেছে জাতিসংঘের শরণার্থী সংস্থা ইউএনএইচসিআর।</p><p>ইউএনএইচসিআরের আঞ্চলিক মুখপাত্র লিনা হালভরসেন বলেন, ‘রাখাইনে এখনো যুদ্ধ চলছে। এ অবস্থায় কাউকে ফেরত পাঠানো যায় না।’</p>",
         "কক্সবাজারের একটি আশ্রয়শিবির। ছবি: রয়টার্স", "আন্তর্জাতিক ডেস্ক", [], dt(2026, 12, 2, 11, 40, 0), True, True,
         [q("লিনা হালভরসেন", "ইউএনএইচসিআর")], None, ["ছবি: রয়টার্স", "কক্সবাজারের একটি আশ্রয়শিবির"]),
        ("1b2c3d4e-6f70-4a81-b92c-3d4e5f6a7b83", "bangladesh-cricket-series-win", "শেষ ওভারের নাটকীয়তায় সিরিজ জিতল বাংলাদেশ",
         "চট্টগ্রামে তৃতীয় ওয়ানডেতে ২ উইকেটের জয়",
         "<p>চট্টগ্রামে তৃতীয় ওয়ানডেতে আয়ারল্যান্ডকে ২ উইকেটে হারিয়ে সিরিজ ২-১ ব্যবধানে জিতেছে বাংলাদেশ।</p>",
         "ছবি: নবালোক", "ক্রীড়া প্রতিবেদক", [], dt(2026, 12, 2, 10, 15, 0), True, False, None, "Sport.", ["ছবি: নবালোক"]),
        ("5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e94", "us-china-tariff-truce-extension", "শুল্কযুদ্ধে আরও ৯০ দিনের বিরতি দিল যুক্তরাষ্ট্র ও চীন",
         "জেনেভায় দুই দিনের আলোচনার পর সিদ্ধান্ত",
         "<p>জেনেভায় দুই দিনের আলোচনার পর শুল্ক বাড়ানোর ওপর স্থগিতাদেশ আরও ৯০ দিন বাড়িয়েছে যুক্তরাষ্ট্র ও চীন।</p><p><strong>আরও পড়ুন</strong></p><p><a href=\"https://www.nobalok.com/business/yuan-dollar\">ডলারের বিপরীতে ইউয়ানের দরপতন</a></p><p>বার্তা সংস্থা রয়টার্সের খবরে বলা হয়েছে, চুক্তির বিস্তারিত শুক্রবার প্রকাশ করা হবে।</p>",
         "জেনেভায় আলোচনার ভেন্যু। ছবি: এএফপি", "আন্তর্জাতিক ডেস্ক", [], dt(2026, 12, 2, 6, 30, 0), True, True, None, None,
         ["আরও পড়ুন", "ডলারের বিপরীতে ইউয়ানের দরপতন", "ছবি: এএফপি"]),
        ("7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9aa5", "nobalok-app-download", "নবালোক অ্যাপ ডাউনলোড করুন, সব খবর পান এক জায়গায়",
         "অ্যান্ড্রয়েড ও আইফোনে পাওয়া যাচ্ছে",
         "<p>গুগল প্লে স্টোর ও অ্যাপ স্টোর থেকে নবালোক অ্যাপ ডাউনলোড করুন।</p>",
         "", "নবালোক ডেস্ক", [], dt(2026, 12, 1, 18, 0, 0), False, False, None, "App promo.", []),
        ("2f3a4b5c-6d7e-4f8a-9b0c-1d2e3f4a5bb6", "analysis-us-policy-south-asia", "বিশ্লেষণ: দক্ষিণ এশিয়ায় ওয়াশিংটনের নতুন কৌশল কী বার্তা দেয়",
         "বাণিজ্য আর নিরাপত্তাকে এক সুতোয় বাঁধতে চায় যুক্তরাষ্ট্র",
         "<p>যুক্তরাষ্ট্রের পররাষ্ট্র দপ্তরের নতুন দক্ষিণ এশিয়া কৌশলপত্রে বাণিজ্য ও নিরাপত্তাকে একসঙ্গে দেখা হয়েছে। ঢাকার জন্য এর অর্থ কী, তা এখনো স্পষ্ট নয়।</p>",
         "পররাষ্ট্র দপ্তর, ওয়াশিংটন। ছবি: রয়টার্স", "সাব্বির হোসেন, ওয়াশিংটন থেকে", ["সাব্বির হোসেন"], dt(2026, 12, 1, 15, 20, 0), True, True, None,
         "Title label 'বিশ্লেষণ:' may be kept or dropped.", ["ওয়াশিংটন থেকে", "ছবি: রয়টার্স"]),
    ]
    xs, items = [], []
    for guid, slug, title, sub, body, cap, creator, authors, d, story, rel, quotes, note, junk in rows:
        link = f"{base}/{slug}"
        fig = f'<figure><img src="https://images.nobalok.com/nobalok/2026-12/{guid[:8]}.jpg" /><figcaption>{cap}</figcaption></figure>' if cap else ""
        xs.append(f"""<item><title>{cdata(title)}</title><link>{link}</link><guid isPermaLink="false">{guid}</guid><description>{cdata(sub)}</description><content:encoded>{cdata(fig + body)}</content:encoded><dc:creator>{cdata(creator)}</dc:creator><pubDate>{rfc822(d, gmt=True)}</pubDate><media:content url="https://images.nobalok.com/nobalok/2026-12/{guid[:8]}.jpg" medium="image"/></item>""")
        items.append(it(guid, title.removeprefix("বিশ্লেষণ: "), d, authors, story, rel, junk, quotes, note))
    channel = """<title>নবালোক</title><link>https://www.nobalok.com</link><description>নবালোক | আন্তর্জাতিক</description><language>bn</language><atom:link href="https://www.nobalok.com/stories.rss?section=international" rel="self" type="application/rss+xml"/><lastBuildDate>Wed, 02 Dec 2026 14:10:00 GMT</lastBuildDate><generator>Quintype</generator>"""
    text = rss(channel, xs, NS_ATOM + NS_CONTENT + NS_DC + NS_MEDIA, sep="")
    return feed("bn_nobalok_international.rss.xml", text, items, lang="bn", outlet="নবালোক",
                aliases=["Nobalok"],
                structure="Prothom Alo-style Quintype RSS (stories.rss?section=…): single line, UUID non-permalink guids, subheadline as <description> (no final stop), content:encoded opening with <figure><img><figcaption>caption। ছবি: Agency</figcaption></figure>, 'আরও পড়ুন' related-link paragraphs, CDATA dc:creator with desks ('আন্তর্জাতিক ডেস্ক', 'কূটনৈতিক প্রতিবেদক, ঢাকা') or 'Name, City থেকে', GMT dates, Bengali digits",
                notes="Photo captions with 'ছবি:' credits lead each content:encoded. Desks are not people. The app promo is not a story; cricket is not relevant.")


FEEDS = [sahar, janvani, nobalok]
