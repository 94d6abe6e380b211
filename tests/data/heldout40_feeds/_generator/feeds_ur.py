# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Urdu feeds of the fortieth held-out set (Lahore, Karachi, Lucknow, Mumbai). All outlets, people
and quotations are invented."""
from feeds_pt import mk
from h40 import d, q

J1 = ["(اے پی پی)"]


def shalamar():
    return mk("ur_pk_shalamar_bainulaqwami_php.rss.xml", "https://www.shalamar-urdu.example", [
        ("trump-afghan-policy-fo-response", "امریکی صدر کی نئی افغان پالیسی، دفتر خارجہ نے الزامات مسترد کر دیے", d(2017, 8, 22, 21, 0, 0, 5), "اے پی پی", "<p><b>اسلام آباد (اے پی پی)</b> ترجمان دفتر خارجہ عامر نسیم نے کہا کہ ’’پاکستان پر الزام تراشی سے افغانستان میں امن نہیں آئے گا‘‘۔</p>", [], [], True, True, J1, [q("عامر نسیم", "دفتر خارجہ")], "Pakistan's own foreign policy: relevant. Agency 'اے پی پی' in <author>: []. Quote in ’’…‘‘ with 'نے کہا کہ'."),
        ("panama-case-review-petition", "پاناما کیس: نظرثانی درخواستوں کی سماعت کل ہو گی", d(2017, 8, 22, 14, 30, 0, 5), "نمائندہ خصوصی", "<p><b>اسلام آباد (نمائندہ خصوصی)</b> سپریم کورٹ کا بنچ سماعت کرے گا۔</p>", [], [], False, True, [], None, "Home politics in the international feed: a story, not relevant. 'نمائندہ خصوصی' is a credit."),
        ("rohingya-rakhine-violence", "میانمار: راکھین میں تشدد، ہزاروں روہنگیا بنگلہ دیش کی طرف روانہ", d(2017, 8, 27, 10, 0, 0, 5), "ویب ڈیسک", "<p><b>ینگون (ایجنسیاں)</b> اقوام متحدہ کے مطابق تین دن میں اٹھارہ ہزار افراد سرحد پار کر گئے۔</p>", [], [], True, True, ["(ایجنسیاں)"], None, "Relevant."),
        ("loc-firing-indian-envoy-summoned", "ایل او سی پر فائرنگ، بھارتی ڈپٹی ہائی کمشنر دفتر خارجہ طلب", d(2017, 8, 25, 18, 0, 0, 5), "محمد عثمان قریشی", "<p><b>اسلام آباد (محمد عثمان قریشی)</b> دفتر خارجہ نے شدید احتجاج ریکارڈ کرایا۔</p>", [], ["محمد عثمان قریشی"], True, True, [], None, "Pakistan's relations with India: relevant. The reporter's name stands in the dateline brackets too."),
        ("video-lahore-rain-mall-road", "ویڈیو: لاہور میں طوفانی بارش، مال روڈ زیر آب", d(2017, 8, 26, 16, 0, 0, 5), "", "<p>دیکھیں ویڈیو</p>", [], [], False, False, [], None, "Video: not a story. Title label 'ویڈیو:' may be kept or dropped."),
        ("cricket-world-xi-lahore-tour", "ورلڈ الیون کا دورہ لاہور، سکیورٹی پلان منظور", d(2017, 8, 24, 12, 0, 0, 5), "سپورٹس ڈیسک", "<p>قذافی اسٹیڈیم میں تین میچ ہوں گے۔</p>", [], [], False, True, [], None, "Home sport: not relevant."),
    ], "php", "روزنامہ شالامار", "روزنامہ شالامار - بین الاقوامی", "بین الاقوامی خبریں", "ur",
        "Lahore Urdu daily's 'بین الاقوامی' feed from a custom PHP CMS: one line, 'ur' language, link guids, CDATA HTML with bold datelines 'شہر (اے پی پی)', <author> with the agency, a desk credit, a reporter or empty, ’’…‘‘ quotes with 'نے کہا کہ', a home court story, a video and cricket in the feed, +0500 dates, August 2017", path="international", lang="ur", aliases=["Shalamar"])


def absindh():
    return mk("ur_pk_absindhnews_international_wp68.rss.xml", "https://urdu.absindhnews.example", [
        ("pak-india-ceasefire-understanding", "پاکستان اور بھارت کے درمیان جنگ بندی پر اتفاق", d(2025, 5, 10, 17, 30, 0, 5), "ویب ڈیسک", "<p>ترجمان دفتر خارجہ نے کہا ”جنگ بندی کا خیرمقدم کرتے ہیں“۔</p>", ["بین الاقوامی"], [], True, True, [], None, "Pakistan's own foreign affairs: relevant. Unnamed spokesperson: no speaker expected."),
        ("karachi-heatwave-load-shedding", "کراچی میں گرمی کی شدید لہر، لوڈشیڈنگ کا دورانیہ بڑھ گیا", d(2025, 5, 9, 13, 0, 0, 5), "فرحان علی", "<p>شہر میں درجہ حرارت 42 ڈگری تک پہنچ گیا۔</p>", ["کراچی"], ["فرحان علی"], False, True, [], None, "Home city story: not relevant."),
        ("live-updates-pak-india-tensions", "لائیو اپڈیٹس: پاک بھارت کشیدگی", d(2025, 5, 8, 9, 0, 0, 5), "آب سندھ نیوز", "<p>تازہ ترین صورتحال</p>", ["بین الاقوامی"], [], False, False, [], None, "Live page: not a story. Title label 'لائیو اپڈیٹس:' may be kept or dropped."),
        ("iran-us-talks-oman-round", "ایران امریکا مذاکرات کا چوتھا دور مسقط میں", d(2025, 5, 11, 20, 0, 0, 5), "نادیہ شیخ", "<p>تجزیہ کار ڈاکٹر سلمان بٹ نے کہا ’’معاہدہ قریب ہے مگر آسان نہیں‘‘۔</p>", ["بین الاقوامی"], ["نادیہ شیخ"], True, True, [], [q("سلمان بٹ")], "Relevant. 'ڈاکٹر' is a title, not part of the speaker's name."),
        ("psl-10-final-lahore", "پی ایس ایل کا فائنل 25 مئی کو لاہور میں ہو گا", d(2025, 5, 9, 22, 0, 0, 5), "اسپورٹس ڈیسک", "<p>پی سی بی نے نیا شیڈول جاری کر دیا۔</p>", ["کھیل"], [], False, True, [], None, "Home sport: not relevant."),
        ("afghan-refugees-deadline-kabul-talks", "افغان مہاجرین کی واپسی: پاکستانی وفد کابل پہنچ گیا", d(2025, 5, 7, 15, 0, 0, 5), "نادیہ شیخ", "<p>وفد طالبان حکومت سے سرحدی امور پر بات کرے گا۔</p>", ["بین الاقوامی"], ["نادیہ شیخ"], True, True, [], None, "Pakistan–Afghanistan diplomacy: relevant."),
    ], "wp", "آب سندھ نیوز", "بین الاقوامی &#8211; آب سندھ نیوز", "تازہ ترین خبریں", "ur",
        "Karachi TV channel's Urdu site, 'بین الاقوامی' category on WordPress 6.8: channel 'Section &#8211; Brand', language 'ur', GMT pubDates (newsroom +0500), CDATA dc:creator with a reporter, 'ویب ڈیسک', 'اسپورٹس ڈیسک' or the brand, Urdu CDATA categories, ”…“ and ’’…‘‘ quotes with 'نے کہا', a live page, home city and sport, May 2025", gen="https://wordpress.org/?v=6.8.1", path="international", lang="ur", aliases=["Ab-e-Sindh News"])


def awadh():
    return mk("ur_in_awadhparcham_aalami_joomla.rss.xml", "https://www.awadhparcham.example", [
        ("us-election-biden-wins", "امریکی صدارتی انتخاب: جو بائیڈن کامیاب", d(2020, 11, 8, 9, 0, 0, 5.5), "ایجنسیاں", "<p><b>واشنگٹن، 7 نومبر (ایجنسیاں)</b> ووٹوں کی گنتی مکمل ہونے کے قریب ہے۔</p>", ["عالمی خبریں"], [], True, True, ["(ایجنسیاں)"], None, "Relevant (president-elect only as a setting)."),
        ("india-china-lac-corps-commander-talks", "ہندوستان اور چین کے درمیان کور کمانڈر سطح کی آٹھویں بات چیت", d(2020, 11, 6, 20, 0, 0, 5.5), "پی ٹی آئی", "<p><b>نئی دہلی، 6 نومبر (پی ٹی آئی)</b> وزارت خارجہ کے ترجمان انوراگ ورما نے کہا کہ ’’بات چیت مثبت رہی‘‘۔</p>", ["عالمی خبریں"], [], True, True, ["(پی ٹی آئی)"], [q("انوراگ ورما", "وزارت خارجہ")], "India's own foreign policy: relevant. Agency credit: []."),
        ("lucknow-nagar-nigam-sanitation", "لکھنؤ نگر نگم کی صفائی مہم، 40 محلوں میں کارروائی", d(2020, 11, 7, 13, 0, 0, 5.5), "شاہد رضوی", "<p>میئر نے معائنہ کیا۔</p>", ["شہر"], ["شاہد رضوی"], False, True, [], None, "Home city story: not relevant."),
        ("bihar-election-results-counting", "بہار اسمبلی انتخابات: ووٹوں کی گنتی 10 نومبر کو", d(2020, 11, 7, 18, 0, 0, 5.5), "نمائندہ", "<p>پٹنہ میں انتظامات مکمل۔</p>", ["قومی خبریں"], [], False, True, [], None, "Home politics: not relevant."),
        ("nagorno-karabakh-ceasefire-russia", "نگورنو کاراباخ: روس کی ثالثی میں جنگ بندی کا معاہدہ", d(2020, 11, 10, 8, 30, 0, 5.5), "شاہد رضوی", "<p>آرمینیا اور آذربائیجان نے معاہدے پر دستخط کر دیے۔</p>", ["عالمی خبریں"], ["شاہد رضوی"], True, True, [], None, "Relevant."),
        ("video-diwali-aminabad-market", "ویڈیو: دیوالی سے پہلے امین آباد کے بازار میں رونق", d(2020, 11, 9, 19, 0, 0, 5.5), "", "<p>دیکھیں ویڈیو</p>", ["ویڈیو"], [], False, False, [], None, "Video: not a story. Title label 'ویڈیو:' may be kept or dropped."),
    ], "joomla", "روزنامہ اودھ پرچم", "عالمی خبریں", "روزنامہ اودھ پرچم - لکھنؤ", "ur-in",
        "Lucknow Urdu daily's 'عالمی خبریں' category on Joomla 3 with Urdu (India) installed: tab indentation, channel title only the section (brand in the description), language 'ur-in', permalink guids, CDATA intro text with bold datelines 'شہر، تاریخ (ایجنسیاں)' in Urdu month names, <author> as 'address (Name)' with a reporter, 'ایجنسیاں', 'پی ٹی آئی', 'نمائندہ' or absent, ’’…‘‘ quotes with 'نے کہا کہ', +0530 dates, home city and state-election items, a video, November 2020", gen="Joomla! - Open Source Content Management", path="aalami", lang="ur", aliases=["اودھ پرچم"])


def mumbai():
    return mk("ur_in_bambaiurdutimes_international_drupal10.rss.xml", "https://www.bambaiurdutimes.example", [
        ("bangladesh-election-results-2026", "بنگلہ دیش انتخابات: نتائج کا اعلان، نئی حکومت کی تشکیل کی تیاری", d(2026, 2, 13, 10, 0, 0, 5.5), "بمبئی اردو ٹائمز ڈیسک", "<p><b>ڈھاکہ، 13 فروری (ایجنسیاں)</b> الیکشن کمیشن نے سرکاری نتائج جاری کر دیے۔</p>", ["بین الاقوامی"], [], True, True, ["(ایجنسیاں)"], None, "Desk credit: []. Relevant."),
        ("india-eu-trade-agreement-signing", "ہندوستان اور یورپی یونین تجارتی معاہدے پر عمل درآمد کی جانب", d(2026, 2, 11, 19, 0, 0, 5.5), "ثناء قاضی", "<p>تجزیہ کار پروفیسر عارف انصاری نے کہا ”یہ معاہدہ برآمدات کا رخ بدل دے گا“۔</p>", ["بین الاقوامی"], ["ثناء قاضی"], True, True, [], [q("عارف انصاری")], "India's own trade diplomacy: relevant. 'پروفیسر' is a title."),
        ("bmc-budget-2026-27", "بی ایم سی کا بجٹ پیش، تعلیم کے لیے اضافی رقم", d(2026, 2, 10, 15, 0, 0, 5.5), "ثناء قاضی", "<p>ممبئی میونسپل کارپوریشن کا بجٹ۔</p>", ["ممبئی"], ["ثناء قاضی"], False, True, [], None, "Home city budget: not relevant."),
        ("saudi-indian-workers-labour-reform", "سعودی عرب میں لیبر اصلاحات، ہندوستانی کارکنوں کو فائدہ", d(2026, 2, 9, 12, 0, 0, 5.5), "نمائندہ خصوصی", "<p>ہندوستانی سفارت خانے نے ہدایات جاری کیں۔</p>", ["بین الاقوامی", "خلیج"], [], True, True, [], None, "Foreign labour reform with India's embassy involved: relevant."),
        ("podcast-duniya-is-hafte", "پوڈکاسٹ: دنیا اس ہفتے", d(2026, 2, 8, 8, 0, 0, 5.5), "", "<p>سنیے ہمارا ہفتہ وار پوڈکاسٹ۔</p>", ["پوڈکاسٹ"], [], False, False, [], None, "Podcast: not a story. Title label 'پوڈکاسٹ:' may be kept or dropped."),
        ("ranji-trophy-mumbai-semifinal", "رنجی ٹرافی: ممبئی سیمی فائنل میں", d(2026, 2, 12, 21, 0, 0, 5.5), "اسپورٹس ڈیسک", "<p>ممبئی نے کوارٹر فائنل جیت لیا۔</p>", ["کھیل"], [], False, True, [], None, "Home sport: not relevant."),
    ], "drupal7", "بمبئی اردو ٹائمز", "بین الاقوامی | بمبئی اردو ٹائمز", "", "ur",
        "Mumbai Urdu daily's 'بین الاقوامی' taxonomy feed from Drupal (views RSS, the Drupal 7-era row style kept on a Drupal 10 site): xml:base, dc namespace, empty channel description, language 'ur', escaped HTML teasers with bold Urdu datelines, '<nid> at <base>' guids, dc:creator with a reporter, a desk, 'نمائندہ خصوصی' or absent, ”…“ quotes with 'نے کہا', +0530 dates, a podcast, home city budget and cricket, February 2026", path="international", lang="ur", aliases=["Bambai Urdu Times"])


FEEDS = [shalamar, absindh, awadh, mumbai]
