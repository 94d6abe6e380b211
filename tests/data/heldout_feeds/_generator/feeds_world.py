# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Non-Latin scripts: Russian (cp1251, no declaration), Arabic, Urdu (Atom), Hebrew
(windows-1255, declared only in the HTTP header), Chinese (GB2312, non-RFC dates),
Japanese (RSS 1.0 in Shift_JIS with cp932-only characters, some items undated)."""
from lib import Feed, Item, cdata, dt, esc, rfc822

# --------------------------------------------------------------------------------------
# 21. Russian agency (RIA/TASS-style with yandex:full-text), bytes cp1251, the prolog
#     has no encoding and the header no charset.
# --------------------------------------------------------------------------------------


def vesti() -> Feed:
    base = "https://vesti-evrazii.ru"
    msk = 3
    rows = [
        ("20261202/mid-indiya-peregovory-1050012345.html",
         "Глава МИД России провел переговоры с индийским коллегой в Москве",
         "Министры обсудили поставки нефти, расчеты в национальных валютах и подготовку визита премьер-министра Индии.",
         "Министры иностранных дел России и Индии провели переговоры в Москве. Стороны обсудили поставки нефти, расчеты в национальных валютах и подготовку визита премьер-министра Индии в начале следующего года. «Наши отношения не зависят от внешнего давления», — заявил глава индийского МИД Раджив Менон на пресс-конференции.",
         "Ирина Соколова", ["Ирина Соколова"], dt(2026, 12, 2, 17, 40, 0, msk), True,
         [{"speaker": "Раджив Менон", "affiliation": "МИД Индии"}]),
        ("20261202/oon-genassambleya-rezolyuciya-1050012301.html",
         "Генассамблея ООН приняла резолюцию о защите гражданской инфраструктуры",
         "За документ проголосовали 121 страна, против — 9, воздержались 38.",
         "Генеральная Ассамблея ООН приняла резолюцию о защите гражданской инфраструктуры в вооруженных конфликтах. За документ проголосовали 121 страна, против — 9, воздержались 38.",
         "Вести Евразии", [], dt(2026, 12, 2, 9, 5, 12, msk), True, None),
        ("20261201/armeniya-azerbaydzhan-delimitaciya-1050012250.html",
         "Армения и Азербайджан завершили делимитацию второго участка границы",
         "Комиссии согласовали 18 километров границы на севере Тавушской области",
         "Правительственные комиссии Армении и Азербайджана согласовали описание еще 18 километров общей границы.Следующий раунд переговоров пройдет в январе",
         "Артем Григорян", ["Артем Григорян"], dt(2026, 12, 1, 15, 30, 0, msk), True, None),
        ("20261201/zenit-spartak-rpl-1050012222.html",
         "«Зенит» обыграл «Спартак» и вернулся на первое место РПЛ",
         "Единственный мяч был забит на 67-й минуте.",
         "Петербургский «Зенит» обыграл московский «Спартак» со счетом 1:0 в матче 17-го тура Российской премьер-лиги.",
         "Спорт", [], dt(2026, 12, 1, 21, 55, 0, msk), False, None),
        ("20261130/mosbirzha-kurs-yuanya-1050012190.html",
         "Курс юаня на Мосбирже опустился ниже 11 рублей",
         "Впервые с июля.",
         "Курс юаня на Московской бирже по итогам основной сессии опустился ниже 11 рублей впервые с июля.",
         "Вести Евразии", [], dt(2026, 11, 30, 19, 0, 0, msk), False, None),
        ("20261130/siriya-rossiya-bazy-peregovory-1050012160.html",
         "Россия и Сирия продолжили переговоры о статусе баз в Тартусе и Хмеймиме",
         "Делегации встретились в Дамаске, сообщил источник в МИД.",
         "Российская и сирийская делегации провели в Дамаске очередной раунд переговоров о статусе российских военных объектов. Итоговых решений пока не принято, сообщил источник в МИД.",
         "Олег Мартынов", ["Олег Мартынов"], dt(2026, 11, 30, 11, 45, 0, msk), True, None),
        ("20261129/foto-pervyy-sneg-moskva-1050012100.html",
         "Первый снег в Москве. Фоторепортаж",
         "Как столица встретила зиму.",
         "",
         "Фотослужба", [], dt(2026, 11, 29, 10, 0, 0, msk), False, None),
        ("20261128/prilozhenie-vesti-1050012000.html",
         "Скачайте новое приложение «Вести Евразии»",
         "Главные новости и push-уведомления — в вашем смартфоне.",
         "",
         "", [], dt(2026, 11, 28, 0, 0, 0, msk), False, None),
    ]
    items_xml, items = [], []
    for path, title, desc, full, author, authors, d, rel, quotes in rows:
        link = f"{base}/{path}"
        au = f"\n      <author>{esc(author)}</author>" if author else ""
        ft = f"\n      <yandex:full-text>{esc(full)}</yandex:full-text>" if full else ""
        items_xml.append(f"""    <item>
      <title>{esc(title)}</title>
      <link>{link}</link>
      <guid>{link}</guid>
      <pubDate>{rfc822(d)}</pubDate>
      <description>{esc(desc)}</description>{au}
      <category>{'В мире' if rel else 'Общество'}</category>{ft}
      <enclosure url="https://cdn.vesti-evrazii.ru/images/{path[-15:-5]}.jpg" type="image/jpeg" length="0"/>
    </item>""")
        story = not ("Фоторепортаж" in title or "приложение" in title)
        items.append(Item(key=link, title=title, published=d, authors=authors, is_story=story,
                          relevant=rel if story else False, junk=["\ufffd", "Ð", "Ã"], quotes=quotes))
    text = f"""<?xml version="1.0"?>
<rss xmlns:yandex="http://news.yandex.ru" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">
  <channel>
    <title>Вести Евразии — В мире</title>
    <link>{base}/world/</link>
    <description>Новости в мире: главные события</description>
    <language>ru</language>
    <copyright>© 2026 ФГУП «Международное информационное агентство «Вести Евразии»</copyright>
    <image>
      <url>{base}/i/logo_rss.png</url>
      <title>Вести Евразии</title>
      <link>{base}/</link>
    </image>
{chr(10).join(items_xml)}
  </channel>
</rss>
"""
    return Feed(name="ru_vestievrazii_world_cp1251.rss.xml", acceptable_outcomes=["decoded", "refused"], text=text, encoding="cp1251",
                content_type="text/xml",
                outlet_structure="RIA Novosti / TASS RSS with yandex:full-text; legacy windows-1251 bytes without any declaration",
                language="ru", outlet="Вести Евразии", shape="rss2", topic="mixed", items=items,
                declared_encoding=None,
                notes="Encoding trap: no XML encoding, no HTTP charset, bytes are windows-1251. Decode as cp1251 or refuse with a one-line error. Outlet is 'Вести Евразии', not the ФГУП from <copyright>.")


# --------------------------------------------------------------------------------------
# 22. Arabic broadcaster website (Al Jazeera-style): UTF-8, no authors on news items,
#     video ("شاهد") and photo ("بالصور") items, analysis with a quoted professor.
# --------------------------------------------------------------------------------------


def manara() -> Feed:
    base = "https://www.almanara.net"
    ast = 3
    rows = [
        ("news/2026/12/2/قمة-عربية-طارئة-في-القاهرة", "قمة عربية طارئة في القاهرة لبحث إعادة إعمار غزة",
         "يجتمع القادة العرب في القاهرة غدا لبحث خطة إعادة إعمار قطاع غزة وتمويلها، وسط خلافات حول الجهة التي ستدير القطاع.",
         "", [], dt(2026, 12, 2, 20, 10, 0, ast), True, None),
        ("news/2026/12/2/إيران-والوكالة-الذرية-خارطة-طريق", "إيران والوكالة الدولية للطاقة الذرية تتفقان على خارطة طريق لاستئناف التفتيش",
         "أعلنت الوكالة الدولية للطاقة الذرية أن مفتشيها سيعودون إلى موقعين للتخصيب بحلول مارس/آذار المقبل",
         "", [], dt(2026, 12, 2, 15, 45, 0, ast), True, None),
        ("news/2026/12/1/السودان-الأمم-المتحدة-الفاشر", "الأمم المتحدة: أول قافلة مساعدات تصل إلى الفاشر منذ 6 أشهر",
         "قال برنامج الأغذية العالمي إن 22 شاحنة وصلت إلى المدينة المحاصرة.وأضاف أن الكميات لا تكفي سوى جزء صغير من السكان",
         "", [], dt(2026, 12, 1, 13, 20, 0, ast), True, None),
        ("sport/2026/12/1/الهلال-يفوز-على-النصر", "الهلال يفوز على النصر ويبتعد بصدارة الدوري السعودي",
         "سجل الهلال هدفي المباراة في الشوط الثاني.",
         "", [], dt(2026, 12, 1, 22, 30, 0, ast), False, None),
        ("ebusiness/2026/11/30/أسعار-النفط-تتراجع", "أسعار النفط تتراجع بعد قرار أوبك بلس تثبيت الإنتاج",
         "انخفض خام برنت بنسبة 1.2% في التعاملات الصباحية.",
         "", [], dt(2026, 11, 30, 10, 0, 0, ast), False, None),
        ("gallery/2026/11/30/بالصور-أمطار-غزيرة-في-جدة", "بالصور.. أمطار غزيرة تغرق شوارع جدة",
         "", "", [], dt(2026, 11, 30, 8, 0, 0, ast), False, None),
        ("politics/2026/11/29/لبنان-تمديد-وقف-إطلاق-النار", "لبنان: تمديد وقف إطلاق النار 60 يوما إضافيا",
         "أعلنت الولايات المتحدة وفرنسا موافقة إسرائيل وحزب الله على تمديد الهدنة، على أن ينتشر الجيش اللبناني في مزيد من المواقع جنوب الليطاني.",
         "", [], dt(2026, 11, 29, 18, 5, 0, ast), True, None),
        ("opinions/2026/11/28/تحليل-الممر-الاقتصادي", "الممر الاقتصادي بين الهند والخليج وأوروبا.. حلم مؤجل؟",
         "تراجعت وتيرة العمل في المشروع منذ بدء أزمة البحر الأحمر. \"المشروع لم يمت، لكنه ينتظر استقرارا إقليميا لم يتحقق بعد\"، قال الأستاذ سامي الحلبي من جامعة الساحل للعلوم السياسية.",
         "رنا الخطيب", ["رنا الخطيب"], dt(2026, 11, 28, 9, 30, 0, ast), True,
         [{"speaker": "سامي الحلبي", "affiliation": "جامعة الساحل للعلوم السياسية"}]),
    ]
    items_xml, items = [], []
    for path, title, desc, _, authors, d, rel, quotes in rows:
        link = f"{base}/{path}"
        dc = "".join(f"\n      <dc:creator>{esc(a)}</dc:creator>" for a in authors)
        items_xml.append(f"""    <item>
      <link>{link}</link>
      <title>{esc(title)}</title>
      <description>{cdata(desc)}</description>
      <pubDate>{rfc822(d)}</pubDate>
      <guid isPermaLink="false">{base}/?p={7700000 + len(items_xml)}</guid>{dc}
      <category>{path.split('/')[0]}</category>
    </item>""")
        story = not path.startswith("gallery")
        items.append(Item(key=f"{base}/?p={7700000 + len(items)}", title=title, published=d, authors=authors,
                          is_story=story, relevant=rel if story else False, junk=["\ufffd"], quotes=quotes))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>المنارة نت | أخبار</title>
    <link>{base}/news/</link>
    <description>آخر الأخبار العربية والعالمية من المنارة نت</description>
    <language>ar</language>
    <copyright>© 2026 شبكة المنارة الإعلامية ذ.م.م</copyright>
    <atom:link href="{base}/feed/news" rel="self" type="application/rss+xml"/>
    <lastBuildDate>{rfc822(dt(2026, 12, 2, 20, 15, 0, ast))}</lastBuildDate>
{chr(10).join(items_xml)}
  </channel>
</rss>
"""
    return Feed(name="ar_almanara_news.rss.xml", text=text, encoding="utf-8",
                content_type="application/rss+xml; charset=utf-8",
                outlet_structure="Al Jazeera Arabic RSS (aljazeera.net/aljazeerarss/...): CDATA descriptions, no authors on news items",
                language="ar", outlet="المنارة نت", shape="rss2", topic="mixed", items=items,
                declared_encoding="UTF-8",
                notes="Channel title 'Outlet | section'. The company in <copyright> (شبكة المنارة الإعلامية ذ.م.م) is not the outlet.")


# --------------------------------------------------------------------------------------
# 23. Urdu broadcaster website as Atom (BBC Urdu-style content): author is the outlet,
#     an empty entry, gallery, quote with speaker.
# --------------------------------------------------------------------------------------


def awaz() -> Feed:
    base = "https://www.awazurdu.com/urdu"
    pkt = 5
    rows = [
        ("pakistan-61203345", "طورخم سرحد ایک بار پھر بند، سینکڑوں ٹرک پھنس گئے",
         "پاکستان اور افغانستان کی سرحدی فورسز کے درمیان فائرنگ کے تبادلے کے بعد طورخم کی گزرگاہ کو ہر قسم کی آمد و رفت کے لیے بند کر دیا گیا ہے۔ تاجروں کا کہنا ہے کہ روزانہ کروڑوں روپے کا نقصان ہو رہا ہے۔",
         ["عمران حیدر"], dt(2026, 12, 2, 18, 0, 0, pkt), True, None),
        ("world-61203311", "ایران اور جوہری توانائی کی عالمی ایجنسی میں معائنوں کی بحالی پر اتفاق",
         "عالمی ایجنسی کے مطابق اس کے معائنہ کار مارچ تک ایران کی دو تنصیبات میں واپس جا سکیں گے",
         ["آواز اردو"], dt(2026, 12, 2, 14, 30, 0, pkt), True, None),
        ("pakistan-61203290", "آئی ایم ایف کا وفد اگلے ہفتے اسلام آباد پہنچے گا",
         "وزارت خزانہ کے مطابق قرض پروگرام کے دوسرے جائزے کے مذاکرات پیر سے شروع ہوں گے۔ ’محصولات کا ہدف حاصل کرنا ہماری اولین ترجیح ہے‘، وزیر مملکت برائے خزانہ فرحان ملک نے کہا۔",
         ["نادیہ شفیق"], dt(2026, 12, 1, 20, 15, 0, pkt), True,
         [{"speaker": "فرحان ملک", "affiliation": "وزیر مملکت برائے خزانہ"}]),
        ("sport-61203255", "نیپیئر ون ڈے: کپتان کی سنچری کے باوجود پاکستان کو شکست",
         "نیوزی لینڈ نے پہلا ون ڈے 19 رنز سے جیت لیا۔",
         ["آواز اردو"], dt(2026, 12, 1, 15, 40, 0, pkt), False, None),
        ("world-61203230", "بنگلہ دیش میں انتخابات فروری میں ہوں گے، الیکشن کمیشن کا اعلان",
         "الیکشن کمیشن کے مطابق پولنگ 12 فروری کو ہو گی۔عبوری حکومت نے تمام جماعتوں سے ضابطہ اخلاق کی پابندی کی اپیل کی ہے",
         ["آواز اردو"], dt(2026, 11, 30, 11, 0, 0, pkt), True, None),
        ("in-pictures-61203200", "تصاویر میں: لاہور میں سموگ کا راج",
         "", ["آواز اردو"], dt(2026, 11, 29, 9, 0, 0, pkt), False, None),
        ("live-61203190", "", "", [], dt(2026, 11, 29, 0, 5, 0, pkt), False, None),
    ]
    entries, items = [], []
    for slug, title, summary, auth, d, rel, quotes in rows:
        link = f"{base}/articles/{slug}"
        a = "".join(f"<author><name>{esc(x)}</name></author>" for x in auth)
        entries.append(f"""  <entry>
    <id>urn:awaz:urdu:{slug}</id>
    <title type="text">{esc(title)}</title>
    <link rel="alternate" href="{link}"/>
    <published>{d.isoformat()}</published>
    <updated>{d.isoformat()}</updated>
    {a}
    <summary type="text">{esc(summary)}</summary>
  </entry>""")
        people = [x for x in auth if x != "آواز اردو"]
        story = bool(title) and not slug.startswith("in-pictures")
        items.append(Item(key=f"urn:awaz:urdu:{slug}", title=title, published=d, authors=people, is_story=story,
                          relevant=rel if story else False, junk=["\ufffd"], quotes=quotes))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ur">
  <title>آواز اردو - پاکستان اور دنیا</title>
  <subtitle>آواز اردو: تازہ ترین خبریں</subtitle>
  <id>urn:awaz:urdu:feed</id>
  <link rel="alternate" href="{base}"/>
  <link rel="self" href="{base}/index.xml"/>
  <updated>2026-12-02T18:05:00+05:00</updated>
  <rights>© 2026 آواز میڈیا نیٹ ورک (پرائیویٹ) لمیٹڈ</rights>
  <icon>{base}/favicon.ico</icon>
{chr(10).join(entries)}
</feed>
"""
    return Feed(name="ur_awazurdu.atom.xml", text=text, encoding="utf-8",
                content_type="application/atom+xml",
                outlet_structure="BBC Urdu-style Urdu news site (bbc.com/urdu/index.xml content), served as Atom",
                language="ur", outlet="آواز اردو", shape="atom", topic="mixed", items=items,
                declared_encoding="UTF-8",
                notes="Author 'آواز اردو' is the outlet, not a person. One entry is empty (no title, no text).")


# --------------------------------------------------------------------------------------
# 24. Hebrew daily (Haaretz-style), bytes windows-1255; the prolog has no encoding,
#     only the HTTP header names the charset.
# --------------------------------------------------------------------------------------


def hazman() -> Feed:
    base = "https://www.hazman.co.il"
    ist = 2
    rows = [
        ("world/2026-12-02/ty-article/0000019a-iran-iaea", "איראן וסבא\"א הסכימו על מפת דרכים לחידוש הפיקוח",
         "לפי ההסכם, הפקחים יחזרו לשני אתרי העשרה עד מרץ. בירושלים הגיבו בספקנות", "נעמה כהן", ["נעמה כהן"],
         dt(2026, 12, 2, 17, 20, 0, ist), True),
        ("news/politics/2026-12-02/ty-article/0000019a-budget", "הכנסת אישרה בקריאה ראשונה את תקציב 2027",
         "61 חברי כנסת תמכו בהצעה ו-54 התנגדו. האופוזיציה: \"תקציב של גזירות\"", "רון גלבוע", ["רון גלבוע"],
         dt(2026, 12, 2, 1, 40, 0, ist), True),
        ("world/middle-east/2026-12-01/ty-article/0000019a-lebanon", "לבנון: הפסקת האש הוארכה ב-60 יום",
         "ארה\"ב וצרפת הודיעו כי ישראל וחיזבאללה הסכימו להאריך את ההסכם.צבא לבנון ייפרס בעמדות נוספות בדרום", "סוכנויות הידיעות", [],
         dt(2026, 12, 1, 19, 0, 0, ist), True),
        ("sport/basketball/2026-12-01/ty-article/0000019a-euroleague", "מכבי תל אביב ניצחה את ריאל מדריד ביורוליג",
         "הצהובים גברו 88:84 אחרי הארכה בבלגרד", "מערכת הספורט", [],
         dt(2026, 12, 1, 23, 10, 0, ist), False),
        ("markets/2026-11-30/ty-article/0000019a-tase", "הבורסה בתל אביב ננעלה בשיא חדש",
         "מדד ת\"א 35 עלה ב-1.4% בהובלת מניות הבנקים", "ליאור שמש", ["ליאור שמש"],
         dt(2026, 11, 30, 17, 45, 0, ist), False),
        ("gallery/2026-11-29/0000019a-jerusalem-lights", "גלריה: פסטיבל האור בירושלים",
         "", "", [], dt(2026, 11, 29, 20, 0, 0, ist), False),
        ("opinion/2026-11-28/ty-article/0000019a-analysis-egypt", "ניתוח | הקרע השקט בין ירושלים לקהיר",
         "הסכם הגז נשמר, אבל התיאום הביטחוני בגבול נחלש. \"קהיר מאותתת שהסבלנות שלה נגמרת\", אמרה ד\"ר מיכל ברק ממכון השרון לחקר המזרח התיכון", "דנה אלמוג", ["דנה אלמוג"],
         dt(2026, 11, 28, 6, 0, 0, ist), True),
    ]
    items_xml, items = [], []
    for path, title, desc, author, authors, d, rel in rows:
        link = f"{base}/{path}"
        au = f"\n<author>{esc(author)}</author>" if author else ""
        items_xml.append(f"""<item>
<title>{esc(title)}</title>
<link>{link}</link>
<description>{esc(desc)}</description>{au}
<pubDate>{rfc822(d)}</pubDate>
<guid isPermaLink="true">{link}</guid>
</item>""")
        story = not path.startswith("gallery")
        q = [{"speaker": "מיכל ברק", "affiliation": "מכון השרון לחקר המזרח התיכון"}] if "מיכל ברק" in desc else None
        t = title
        items.append(Item(key=link, title=t, published=d, authors=authors, is_story=story,
                          relevant=rel if story else False, junk=["\ufffd", "×"], quotes=q,
                          note="Title label 'ניתוח |' (analysis) may be kept or dropped." if title.startswith('ניתוח') else None))
    text = f"""<?xml version="1.0"?>
<rss version="2.0">
<channel>
<title>הזמן - חדשות</title>
<link>{base}/</link>
<description>הזמן: חדשות, ניתוחים ודעות</description>
<language>he</language>
<copyright>כל הזכויות שמורות להוצאת עיתון הזמן בע"מ</copyright>
<lastBuildDate>{rfc822(dt(2026, 12, 2, 17, 25, 0, ist))}</lastBuildDate>
{chr(10).join(items_xml)}
</channel>
</rss>
"""
    return Feed(name="he_hazman_news_cp1255.rss.xml", acceptable_outcomes=["decoded", "refused"], text=text, encoding="cp1255",
                content_type="text/xml; charset=windows-1255",
                outlet_structure="Haaretz/Ynet-style Hebrew RSS served as windows-1255; prolog without encoding (only the HTTP header is right)",
                language="he", outlet="הזמן", shape="rss2", topic="mixed", items=items,
                declared_encoding=None,
                notes="Encoding trap: the XML prolog declares nothing (XML default UTF-8); the HTTP header says windows-1255, which is correct. Parsing the bytes alone as UTF-8 fails.")


# --------------------------------------------------------------------------------------
# 25. Chinese portal (People's Daily / Xinhua-style): encoding="gb2312" declared,
#     pubDate in "YYYY-MM-DD HH:MM:SS" without zone, editor lines in the text.
# --------------------------------------------------------------------------------------


def huaxia() -> Feed:
    base = "http://world.huaxiaonline.cn"
    cst = 8
    rows = [
        ("n1/2026/1202/c1002-40612345.html", "外交部：希望有关各方保持克制 共同维护半岛和平稳定",
         "外交部发言人在2日的例行记者会上表示，中方注意到朝鲜发射弹道导弹的报道，希望有关各方保持克制。（责任编辑：王芳）",
         [], dt(2026, 12, 2, 16, 20, 5, cst), True),
        ("n1/2026/1202/c1002-40612301.html", "伊朗与国际原子能机构就恢复核查达成路线图",
         "据新华社报道，国际原子能机构总干事2日在维也纳表示，核查人员将于明年3月前返回伊朗两处浓缩设施。（记者 刘洋）（责任编辑：李明）",
         ["刘洋"], dt(2026, 12, 2, 22, 5, 0, cst), True),
        ("n1/2026/1201/c1002-40612250.html", "中欧就电动汽车最低价格承诺达成一致",
         "商务部新闻发言人表示，双方经过多轮磋商，就以价格承诺替代反补贴税达成原则一致。“这是通过对话解决贸易摩擦的积极成果。”（责任编辑：王芳）",
         [], dt(2026, 12, 1, 10, 30, 0, cst), True),
        ("n1/2026/1201/c1002-40612222.html", "联合国安理会通过海地问题决议",
         "安理会1日以12票赞成、3票弃权通过决议，决定设立新的多国安全部队。中国常驻联合国代表表示，中方支持海地人民自主解决问题。（记者 陈静）",
         ["陈静"], dt(2026, 12, 1, 6, 45, 0, cst), True),
        ("n1/2026/1130/c1004-40612190.html", "CBA常规赛：广东队主场击败辽宁队",
         "广东队以102比95战胜辽宁队，取得七连胜。（责任编辑：赵磊）",
         [], dt(2026, 11, 30, 21, 50, 0, cst), False),
        ("n1/2026/1130/c1004-40612160.html", "A股三大指数集体收涨 沪指重回3500点",
         "截至收盘，沪指涨0.85%，深成指涨1.12%，创业板指涨1.35%。（责任编辑：赵磊）",
         [], dt(2026, 11, 30, 15, 10, 0, cst), False),
        ("n1/2026/1129/c1002-40612100.html", "组图：各地迎来今冬首场降雪",
         "", [], dt(2026, 11, 29, 9, 0, 0, cst), False),
        ("n1/2026/1128/c1002-40612050.html", "中国-东盟自贸区3.0版升级议定书正式生效",
         "议定书涵盖数字经济、绿色经济和供应链互联互通等领域。商务部有关负责人表示，这将为区域经济一体化注入新动力。（责任编辑：李明）",
         [], dt(2026, 11, 28, 11, 0, 0, cst), True),
    ]
    items_xml, items = [], []
    for path, title, desc, authors, d, rel in rows:
        link = f"{base}/{path}"
        items_xml.append(f"""<item>
<title><![CDATA[{title}]]></title>
<link>{link}</link>
<pubDate>{d.strftime('%Y-%m-%d %H:%M:%S')}</pubDate>
<author></author>
<description><![CDATA[{desc}]]></description>
</item>""")
        story = not title.startswith("组图")
        items.append(Item(key=link, title=title, published=d, authors=authors, is_story=story,
                          relevant=rel if story else False,
                          junk=["责任编辑", "（记者", "\ufffd"],
                          note="pubDate has no zone; the outlet's local time is China Standard Time (+08:00)."))
    text = f"""<?xml version="1.0" encoding="gb2312"?>
<rss version="2.0">
<channel>
<title>华夏在线-国际频道</title>
<image>
<title>华夏在线-国际频道</title>
<link>{base}</link>
<url>http://www.huaxiaonline.cn/img/logo.gif</url>
</image>
<description>华夏在线国际新闻</description>
<link>{base}</link>
<language>zh-cn</language>
<generator>www.huaxiaonline.cn</generator>
<copyright>Copyright 1997-2026 by www.huaxiaonline.cn. all rights reserved 华夏在线网络传媒股份有限公司</copyright>
<pubDate>2026-12-02 22:10:00</pubDate>
{chr(10).join(items_xml)}
</channel>
</rss>
"""
    return Feed(name="zh_huaxiaonline_world_gb2312.rss.xml", text=text, encoding="gb2312",
                content_type="text/xml",
                outlet_structure="People's Daily Online channel RSS (people.com.cn rss/world.xml): encoding gb2312, 'YYYY-MM-DD HH:MM:SS' dates, editor lines",
                language="zh", outlet="华夏在线", shape="rss2", topic="mixed", items=items,
                declared_encoding="gb2312",
                notes="Declared encoding is right (gb2312); the HTTP header has no charset. Editor/reporter lines in parentheses are not summary text.")


# --------------------------------------------------------------------------------------
# 26. Japanese newspaper RSS 1.0 (Asahi/ITmedia-style RDF), prolog Shift_JIS, bytes cp932
#     with NEC special characters (①, ㈱) that strict Shift_JIS decoders reject; some
#     items without dc:date.
# --------------------------------------------------------------------------------------


def toto() -> Feed:
    base = "https://www.toto-shimbun.jp"
    jst = 9
    rows = [
        ("articles/ASV1202XYZ01.html", "日韓首脳、シャトル外交の定例化で合意　電話会談",
         "日韓両首脳は2日、電話で会談し、年2回以上の相互訪問を行うことで合意した。サプライチェーンに関する次官級協議の新設でも一致した。",
         "佐藤美咲", ["佐藤美咲"], dt(2026, 12, 2, 18, 30, 0, jst), True),
        ("articles/ASV1202XYZ02.html", "北朝鮮が弾道ミサイル発射　日本のEEZ外に落下か",
         "防衛省によると、北朝鮮は2日朝、東岸付近から弾道ミサイル1発を発射した。3カ月ぶりの発射とみられる",
         "", [], dt(2026, 12, 2, 7, 55, 0, jst), True),
        ("articles/ASV1201XYZ03.html", "検証・日中関係①　冷え込む交流、戻らない観光客",
         "シリーズ「検証・日中関係」の第1回。「民間交流の回復がなければ、政治の対話も続かない」と、東都大学の山本健一教授は話す。",
         "北京＝中村大輔", ["中村大輔"], dt(2026, 12, 1, 5, 0, 0, jst), True),
        ("articles/ASV1201XYZ04.html", "尖閣周辺の領海に中国海警船が侵入　今年30回目",
         "第11管区海上保安本部によると、中国海警局の船2隻が1日午前、尖閣諸島周辺の領海に侵入した。",
         "", [], None, True),
        ("articles/ASV1130XYZ05.html", "プロ野球　東都ドームで日本シリーズ優勝パレード",
         "約30万人のファンが沿道に詰めかけた。主催は㈱東都スポーツ企画。",
         "", [], dt(2026, 11, 30, 14, 0, 0, jst), False),
        ("articles/ASV1130XYZ06.html", "日経平均、最高値を更新　円安が追い風",
         "2日の東京株式市場で日経平均株価は続伸し、終値で最高値を更新した。",
         "", [], None, False),
        ("photo/ASV1129XYZ07.html", "【写真特集】紅葉の京都、最後の見頃",
         "", "", [], dt(2026, 11, 29, 9, 0, 0, jst), False),
        ("articles/ASV1128XYZ08.html", "衆院解散、来月投開票へ　首相が表明",
         "首相は28日夜、記者会見を開き、臨時国会冒頭で衆院を解散する意向を表明した。投開票は来月下旬の見通し。",
         "", [], dt(2026, 11, 28, 21, 10, 0, jst), True),
    ]
    seq = "\n".join(f'<rdf:li rdf:resource="{base}/{p}?ref=rss"/>' for p, *_ in rows)
    items_xml, items = [], []
    for path, title, desc, creator, authors, d, rel in rows:
        link = f"{base}/{path}?ref=rss"
        dd = f"\n<dc:date>{d.isoformat()}</dc:date>" if d else ""
        cr = f"\n<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        items_xml.append(f"""<item rdf:about="{link}">
<title>{esc(title)}</title>
<link>{link}</link>
<description>{esc(desc)}</description>{dd}{cr}
<dc:subject>{'国際' if rel else '経済・スポーツ'}</dc:subject>
</item>""")
        story = not title.startswith("【写真特集】")
        q = [{"speaker": "山本健一", "affiliation": "東都大学"}] if "山本健一" in desc else None
        items.append(Item(key=link, title=title, published=d, authors=authors, is_story=story,
                          relevant=rel if story else False, junk=["\ufffd", "?"] if "①" in title else ["\ufffd"],
                          quotes=q, note=("No dc:date on this item." if d is None else None)))
    text = f"""<?xml version="1.0" encoding="Shift_JIS"?>
<rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:lang="ja">
<channel rdf:about="{base}/rss/international.rdf">
<title>東都新聞デジタル：国際</title>
<link>{base}/international/</link>
<description>東都新聞デジタルの国際ニュース</description>
<dc:language>ja</dc:language>
<dc:rights>Copyright (c) The Toto Shimbun Company. All rights reserved.</dc:rights>
<dc:date>2026-12-02T18:35:00+09:00</dc:date>
<items>
<rdf:Seq>
{seq}
</rdf:Seq>
</items>
</channel>
{chr(10).join(items_xml)}
</rdf:RDF>
"""
    return Feed(name="ja_totoshimbun_intl_sjis.rdf", acceptable_outcomes=["decoded", "refused"], text=text, encoding="cp932",
                content_type="application/rdf+xml",
                outlet_structure="Asahi Shimbun / ITmedia-style RSS 1.0 (.rdf) in Shift_JIS",
                language="ja", outlet="東都新聞", shape="rss1-rdf", topic="mixed", items=items,
                declared_encoding="Shift_JIS",
                notes="Bytes are cp932 (Windows-31J) and contain ① and ㈱, which a strict Shift_JIS (JIS X 0208) decoder rejects; decode as cp932 or refuse, never post with replacement characters. Two items carry no dc:date. Channel title 'Outlet：section' (full-width colon).")


FEEDS = [vesti, manara, awaz, hazman, huaxia, toto]
