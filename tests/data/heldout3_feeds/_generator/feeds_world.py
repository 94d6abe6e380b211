# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Feeds of the third held-out set from outside Western Europe: BBC Mundo (es), BBC Arabic (ar),
Ukrainska Pravda (uk), Novaya Gazeta Europe as Atom (ru), VnExpress (vi), Mainichi-style RSS 1.0
(ja) and a Blogger Atom blog (es-AR)."""
from lib import Feed, cdata, dt, esc, rfc822
from mk import NS_ATOM, NS_DC, NS_MEDIA, it, q, simple

R = rfc822


def _bbc_like(name, lang, outlet, title, base, rows, structure, notes, chan_desc, copyright_):
    out = []
    for path, t, desc, d, story, rel, quotes, note, junk in rows:
        out.append((f"{base}/{path}?at_medium=RSS&amp;at_campaign=rss", t, desc, "", [], d, story, rel, quotes, note, junk))
    ch = f"""    <title>{cdata(title)}</title>
    <description>{cdata(chan_desc)}</description>
    <link>{base}</link>
    <image><url>{base}/static/images/logo.png</url><title>{esc(title)}</title><link>{base}</link></image>
    <generator>RSS for Node</generator>
    <lastBuildDate>{R(dt(2026, 12, 2, 18, 0, 0), gmt=True)}</lastBuildDate>
    <copyright>{cdata(copyright_)}</copyright>
    <language>{cdata(lang)}</language>
    <ttl>15</ttl>"""
    f = simple(name, lang=lang, outlet=outlet, structure=structure, notes=notes, channel=ch, rows=out, base=base,
               date_fn=lambda d: R(d, gmt=True), ns=NS_DC + ' xmlns:content="http://purl.org/rss/1.0/modules/content/"' + NS_ATOM + NS_MEDIA,
               guid_fn=lambda link: link.split("?")[0], ctype="application/rss+xml; charset=utf-8")
    # BBC-style: link carries tracking parameters, guid is the bare URL (isPermaLink true)
    f.text = f.text.replace('isPermaLink="false"', 'isPermaLink="true"')
    return f


def ondasur() -> Feed:
    base = "https://www.ondasur.news/mundo"
    rows = [
        ("articles/c9x2kq4lmz7o", "Quién es Beatriz Almada, la primera mujer que gobernará Paraguay",
         "La exsenadora ganó la segunda vuelta con el 52% de los votos. \"Gobernaré para todos\", dijo Almada en su discurso de victoria en Asunción.", dt(2026, 12, 2, 17, 12, 45), True, True, [q("Beatriz Almada")], None, []),
        ("articles/cz7y1r3wpe2o", "3 claves para entender la crisis entre Colombia y Ecuador",
         "Los dos países retiraron a sus embajadores tras un incidente en la frontera.", dt(2026, 12, 2, 10, 30, 0), True, True, None, None, []),
        ("articles/cr8m5n2vqx4o", "\"Nos quitaron todo\": el testimonio de los desplazados por las inundaciones en Bahía Blanca",
         "Onda Sur Noticias Mundo visitó los barrios más afectados.", dt(2026, 12, 1, 22, 0, 0), True, True, None, None, []),
        ("videos/c0p4jk8xwq1o", "El video de la ballena que sorprendió a turistas en la Patagonia",
         "Las imágenes se hicieron virales en redes sociales.", dt(2026, 12, 1, 15, 0, 0), False, False, None, None, []),
        ("articles/cn2v6x9tre3o", "Qué se sabe del acuerdo comercial entre Mercosur y Japón",
         "Las negociaciones duraron seis años.", dt(2026, 12, 1, 9, 45, 0), True, True, None, None, []),
        ("articles/cl5b7d1mqo9o", "Por qué el café está más caro que nunca",
         "Los precios internacionales alcanzaron un récord esta semana.", dt(2026, 11, 30, 12, 0, 0), True, False, None, None, []),
        ("newsletters/c1a2b3c4d5e6", "Suscríbete a nuestro boletín para recibir las noticias más importantes",
         "Haz clic aquí para suscribirte.", dt(2026, 11, 29, 8, 0, 0), False, False, None, None, []),
    ]
    return _bbc_like("es_ondasur_mundo.rss.xml", "es", "Onda Sur Noticias", "Onda Sur Noticias Mundo - Portada", base, rows,
                     "BBC News Mundo RSS (feeds.bbci.co.uk/mundo/rss.xml): CDATA channel fields, 'RSS for Node' generator, links with ?at_medium=RSS&at_campaign=rss while guids are the bare URLs, GMT dates, no authors, headline explainers ('3 claves…', 'Qué se sabe…')",
                     "'Mundo' and '- Portada' are section and page names. Viral video and newsletter promo are not stories.",
                     "Onda Sur Noticias Mundo - Portada", "Copyright 2026 Onda Sur. Todos los derechos reservados.")


def ufuq() -> Feed:
    base = "https://www.alufuqnews.net/arabic"
    rows = [
        ("articles/c4e8n2x7l1ko", "الأمم المتحدة تحذر من مجاعة وشيكة في شمال دارفور",
         "قال برنامج الأغذية العالمي إن أكثر من نصف مليون شخص معرضون لخطر المجاعة. وقالت المديرة الإقليمية للبرنامج، سلمى عبد الرحمن: \"الوقت ينفد\".", dt(2026, 12, 2, 16, 20, 0), True, True, [q("سلمى عبد الرحمن", "برنامج الأغذية العالمي")], None, []),
        ("articles/c7w3r9p2m5qo", "البرلمان العراقي ينتخب رئيسا جديدا بعد أشهر من الجمود",
         "حصل المرشح على 201 صوتا في الجولة الثانية.", dt(2026, 12, 2, 11, 5, 0), True, True, None, None, []),
        ("articles/cg1k5t8y3v2o", "بالصور: مهرجان الضوء في الأقصر",
         "", dt(2026, 12, 1, 19, 0, 0), False, False, None, None, []),
        ("articles/cd9h2l6n4x8o", "الجزائر والمغرب: هل تنفرج الأزمة الدبلوماسية؟",
         "تحليل لآفاق الوساطة السعودية بين البلدين.", dt(2026, 12, 1, 8, 40, 0), True, True, None, None, []),
        ("articles/cx2m8q4w6z1o", "الدوري السعودي: الهلال يفوز على النصر في قمة الجولة",
         "سجل الفريق هدفين في الشوط الثاني.", dt(2026, 11, 30, 21, 30, 0), True, False, None, None, []),
        ("articles/cb6r1t9y2u3o", "لبنان: الحكومة تقر خطة لإعادة إعمار الجنوب بتمويل دولي",
         "تبلغ كلفة الخطة 11 مليار دولار بحسب وزير المالية.", dt(2026, 11, 30, 10, 15, 0), True, True, None, None, []),
    ]
    return _bbc_like("ar_alufuqnews_arabic.rss.xml", "ar", "الأفق نيوز", "الأفق نيوز عربي - الرئيسية", base, rows,
                     "BBC News Arabic RSS (feeds.bbci.co.uk/arabic/rss.xml): same BBC generator shape as Mundo, Arabic CDATA titles, 'بالصور:' galleries, no authors",
                     "'عربي - الرئيسية' is the service and page name. The photo gallery is not a story.",
                     "الأفق نيوز عربي - الرئيسية", "حقوق النشر 2026 الأفق نيوز")


def dnipro() -> Feed:
    base = "https://www.dniprovska.com.ua"
    rows = [
        ("news/2026/12/2/7512345/", "Президент підписав закон про множинне громадянство",
         "Президент України підписав закон, який дозволяє множинне громадянство для іноземців українського походження.", "", [], dt(2026, 12, 2, 17, 5, 0, 2), True, True, None, None, []),
        ("news/2026/12/2/7512330/", "Сили оборони відбили 14 штурмів на Покровському напрямку – Генштаб",
         "Про це повідомив Генштаб ЗСУ у ранковому зведенні.", "", [], dt(2026, 12, 2, 8, 0, 0, 2), True, True, None, "Title label '– Генштаб' may be kept or dropped", []),
        ("articles/2026/12/1/7512301/", "Як Угорщина блокує переговори: пояснюємо",
         "Автори: Олена Ковальчук, Андрій Мельник. Будапешт вже вчетверте блокує відкриття кластера.", "Олена Ковальчук, Андрій Мельник", ["Олена Ковальчук", "Андрій Мельник"], dt(2026, 12, 1, 19, 30, 0, 2), True, True, None, None, ["Автори:"]),
        ("news/2026/12/1/7512290/", "Сидоренко: \"Ми не погодимося на заморожування конфлікту\"",
         "\"Ми не погодимося на заморожування конфлікту на умовах агресора\", – заявив міністр закордонних справ Андрій Сидоренко.", "", [], dt(2026, 12, 1, 14, 20, 0, 2), True, True, [q("Андрій Сидоренко", "міністр закордонних справ")], None, []),
        ("news/2026/12/1/7512277/", "Динамо обіграло Шахтар у Кубку України",
         "Гол забив Віталій Бойко.", "", [], dt(2026, 12, 1, 21, 45, 0, 2), True, False, None, None, []),
        ("columns/2026/11/30/7512250/", "Колонка: Чому Європі потрібна українська армія",
         "Колонка відображає точку зору автора. Тарас Гнатюк, військовий експерт.", "Тарас Гнатюк", ["Тарас Гнатюк"], dt(2026, 11, 30, 10, 0, 0, 2), True, True, None, None, ["Колонка відображає точку зору автора"]),
        ("news/2026/11/30/7512233/", "Гороскоп на грудень для всіх знаків зодіаку",
         "Що обіцяють зірки.", "", [], dt(2026, 11, 30, 6, 0, 0, 2), False, False, None, None, []),
    ]
    ch = f"""<title>Дніпровська правда</title>
<link>{base}/</link>
<description>Дніпровська правда: новини України та світу</description>
<language>uk</language>
<image><url>{base}/images/logo.png</url><title>Дніпровська правда</title><link>{base}/</link></image>"""
    return simple("uk_dniprovska_news.rss.xml", lang="uk", outlet="Дніпровська правда",
                  structure="Ukrainska Pravda RSS (pravda.com.ua/rss/): <author> only on articles and columns, numeric article paths, '– Генштаб' source suffixes in titles, 'Автори:' lines, column disclaimers, +0200 dates",
                  notes="Source suffix '– Генштаб' is part of the headline style. Column disclaimer is boilerplate. Horoscope is not a story.",
                  channel=ch, rows=rows, base=base, date_fn=R, creator_tag="author", cdata_desc=False)


def volnaya() -> Feed:
    base = "https://volnaya.eu"
    rows = [
        ("2026/12/02/v-gruzii-zaderzhali-liderov-oppozitsii-news", "В Грузии задержали троих лидеров оппозиции",
         "<p>Задержания прошли ночью в Тбилиси. «Это политическое преследование», — заявил адвокат задержанных Георгий Накашидзе.</p>", ["Анна Лебедева"], dt(2026, 12, 2, 15, 3, 0, 1), True, True, [q("Георгий Накашидзе", "адвокат")]),
        ("2026/12/02/kak-rossiia-obkhodit-sanktsii-cherez-kirgiziiu", "Как Россия обходит санкции через Киргизию. Расследование",
         "<p>Объем реэкспорта вырос втрое за год.</p>", ["Дмитрий Орлов", "Вера Соколова", "Иван Петренко"], dt(2026, 12, 2, 9, 0, 0, 1), True, True, None),
        ("2026/12/01/v-moskve-proshel-koncert", "В Москве прошел концерт памяти музыканта",
         "<p>На концерт пришли несколько тысяч человек.</p>", ["Редакция"], dt(2026, 12, 1, 21, 0, 0, 1), True, False, None),
        ("2026/12/01/podderzhite-volnuyu", "Поддержите «Вольную газету Европа»",
         "<p>Мы работаем благодаря читателям. Оформите ежемесячное пожертвование.</p>", ["Редакция"], dt(2026, 12, 1, 12, 0, 0, 1), False, False, None),
        ("2026/11/30/v-moldove-referendum-news", "Молдова назначила референдум о нейтралитете",
         "<p>Голосование пройдет в апреле.</p><p><em>Материал подготовлен с использованием данных агентств Reuters и AFP.</em></p>", [], dt(2026, 11, 30, 18, 20, 0, 1), True, True, None),
        ("2026/11/30/kartochki-chto-izvestno-o-mobilizatsii", "Что известно о новой волне мобилизации. Карточки",
         "<p>Отвечаем на главные вопросы.</p>", ["Полина Гурова"], dt(2026, 11, 30, 10, 0, 0, 1), True, True, None),
    ]
    entries, items = [], []
    for slug, title, html, authors, d, story, rel, quotes in rows:
        link = f"{base}/ru/{slug}/"
        au = "".join(f"<author><name>{esc(a)}</name></author>" for a in authors)
        entries.append(f"""  <entry>
    <title type="html">{esc(title)}</title>
    <link rel="alternate" type="text/html" href="{link}"/>
    <id>tag:volnaya.eu,2026:{slug}</id>
    <published>{d.isoformat()}</published>
    <updated>{d.isoformat()}</updated>
    {au}
    <summary type="html">{esc(html)}</summary>
  </entry>""")
        people = [a for a in authors if a != "Редакция"]
        items.append(it(f"tag:volnaya.eu,2026:{slug}", title, d, people, story, rel, ["Материал подготовлен", "Reuters и AFP"], quotes))
    text = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">
  <title>Вольная газета Европа</title>
  <subtitle>Независимая журналистика</subtitle>
  <link rel="self" href="{base}/ru/feed.atom"/>
  <link rel="alternate" href="{base}/ru/"/>
  <id>{base}/ru/</id>
  <updated>{rows[0][4].isoformat()}</updated>
  <rights>© 2026 Volnaya Media Foundation</rights>
{chr(10).join(entries)}
</feed>
"""
    return Feed(name="ru_volnaya_eu.atom.xml", text=text, encoding="utf-8", content_type="application/atom+xml; charset=utf-8",
                outlet_structure="Novaya Gazeta Europe-style Atom feed: tag: URIs as ids, one <author> per person or 'Редакция', escaped HTML summaries with an italic agency note, genre suffixes in titles ('. Расследование', '. Карточки'), +0100 offsets",
                language="ru", outlet="Вольная газета Европа", shape="atom", topic="world", items=items, declared_encoding="utf-8",
                notes="'Редакция' (the editors) is not a person; 'Volnaya Media Foundation' is the publisher. The donation appeal is not a story.")


def tinnhanh() -> Feed:
    base = "https://tinnhanhviet.net"
    rows = [
        ("the-gioi/thai-lan-giai-tan-quoc-hoi-4812345.html", "Thái Lan giải tán quốc hội, bầu cử sớm vào tháng 2",
         "Thủ tướng Thái Lan tuyên bố giải tán quốc hội sau khi liên minh cầm quyền tan rã.", dt(2026, 12, 2, 16, 0, 0, 7), True, True, None),
        ("the-gioi/trung-quoc-va-philippines-dat-thoa-thuan-bien-dong-4812330.html", "Trung Quốc và Philippines đạt thỏa thuận về bãi cạn",
         "\"Đây là bước tiến quan trọng\", Ngoại trưởng Philippines Maria Santos nói.", dt(2026, 12, 2, 10, 30, 0, 7), True, True, [q("Maria Santos", "Ngoại trưởng Philippines")]),
        ("the-gioi/anh-nguoi-dan-xep-hang-xem-cay-thong-noel-4812301.html", "Người dân xếp hàng xem cây thông Noel khổng lồ ở London",
         "Cây thông cao 25 m được Na Uy tặng.", dt(2026, 12, 1, 20, 0, 0, 7), True, False, None),
        ("the-gioi/lao-duong-sat-cao-toc-4812290.html", "Lào khánh thành tuyến đường sắt cao tốc thứ hai",
         "Tuyến đường dài 150 km nối Vientiane với biên giới Thái Lan.", dt(2026, 12, 1, 14, 0, 0, 7), True, True, None),
        ("video/the-gioi/khoanh-khac-nui-lua-phun-trao-4812277.html", "Khoảnh khắc núi lửa phun trào ở Indonesia",
         "Video.", dt(2026, 12, 1, 9, 0, 0, 7), False, False, None),
        ("the-gioi/my-han-che-xuat-khau-chip-4812250.html", "Mỹ siết xuất khẩu chip sang Trung Quốc",
         "Quy định mới có hiệu lực từ tháng 1. Như Tâm (Theo Reuters)", dt(2026, 11, 30, 22, 0, 0, 7), True, True, "Credit line 'Như Tâm (Theo Reuters)' names the translator-editor; ['Như Tâm'] is also correct"),
    ]
    out = []
    for path, title, text_, d, story, rel, extra in rows:
        link = f"{base}/{path}"
        quotes = extra if isinstance(extra, list) else None
        note = extra if isinstance(extra, str) else None
        desc = f'<a href="{link}"><img width=130 height=100 src="https://i1-vnexpress.tinnhanhviet.net/2026/12/02/{path[-12:-5]}_180x108.jpg" ></a></br>{text_}'
        out.append((link, title, desc, "", [], d, story, rel, quotes, note, ["</br>", "Theo Reuters", "(Theo Reuters)"]))
    ch = f"""<title>Thế giới - Tin Nhanh Việt RSS</title>
<description>Tin Nhanh Việt RSS</description>
<image><url>{base}/assets/images/logo_rss.png</url><title>Tin Nhanh Việt - Đọc báo, tin tức online 24h</title><link>{base}</link></image>
<pubDate>{R(dt(2026, 12, 2, 16, 5, 0, 7))}</pubDate>
<generator>Tin Nhanh Việt</generator>
<link>{base}/rss/the-gioi.rss</link>"""
    return simple("vi_tinnhanhviet_thegioi.rss.xml", lang="vi", outlet="Tin Nhanh Việt",
                  structure="VnExpress section RSS (vnexpress.net/rss/the-gioi.rss): CDATA description opening with a linked <img width=130 height=100 …> (unquoted attributes) and a non-standard '</br>', slash:comments, image title 'Outlet - Đọc báo, tin tức online 24h', then one sentence; translator credit '(Theo Reuters)' at the end; +0700 dates; no authors; channel title 'Section - Outlet RSS'",
                  notes="'Thế giới' is the section and ' RSS' a suffix. Video item is not a story.",
                  channel=ch, rows=out, base=base, date_fn=R, ns=' xmlns:slash="http://purl.org/rss/1.0/modules/slash/"', extra="\n<slash:comments>0</slash:comments>")


def toyo() -> Feed:
    base = "https://toyonippo.jp"
    rows = [
        ("articles/20261202/k00/00m/030/123000c", "ＡＳＥＡＮ首脳会議　南シナ海の行動規範で合意見送り",
         "東南アジア諸国連合（ＡＳＥＡＮ）首脳会議は２日、南シナ海の行動規範の最終合意を見送った。【クアラルンプール田中健太】", dt(2026, 12, 2, 21, 3, 0, 9), True, True, ["田中健太"]),
        ("articles/20261202/k00/00m/030/118000c", "米上院、対中関税法案を可決",
         "米上院は１日、中国製品への追加関税を定める法案を可決した。【ワシントン山本美咲、北京・佐藤大輔】", dt(2026, 12, 2, 8, 15, 0, 9), True, True, ["山本美咲", "佐藤大輔"]),
        ("articles/20261201/k00/00m/040/200000c", "衆院予算委　首相「防衛費の財源は増税で」",
         "石田首相は１日の衆院予算委員会で「防衛費の財源は増税でまかなう」と述べた。", dt(2026, 12, 1, 18, 0, 0, 9), True, True, []),
        ("articles/20261201/k00/00m/050/150000c", "日経平均、一時５００円高",
         "東京株式市場は半導体株が上昇した。", dt(2026, 12, 1, 15, 30, 0, 9), True, False, []),
        ("graphs/20261201/hpj/00m/040/001000g", "【写真特集】紅葉の京都",
         "", dt(2026, 12, 1, 9, 0, 0, 9), False, False, []),
        ("articles/20261130/k00/00m/030/090000c", "ミャンマー軍政、総選挙の第２段階を実施",
         "投票率は公表されていない。（共同）", dt(2026, 11, 30, 20, 0, 0, 9), True, True, []),
    ]
    seq, xs, items = [], [], []
    for path, title, desc, d, story, rel, authors in rows:
        link = f"{base}/{path}"
        seq.append(f'<rdf:li rdf:resource="{link}"/>')
        xs.append(f"""<item rdf:about="{link}">
<title>{esc(title)}</title>
<link>{link}</link>
<description>{esc(desc)}</description>
<dc:date>{d.isoformat()}</dc:date>
<dc:subject>国際</dc:subject>
</item>""")
        quotes = [q("石田首相", "首相")] if "石田" in desc else None
        note = "Quote speaker '石田' or '石田首相' both fine." if quotes else None
        items.append(it(link, title, d, authors, story, rel, ["【クアラルンプール田中健太】", "【ワシントン山本美咲、北京・佐藤大輔】", "（共同）"], quotes, note))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:lang="ja">
<channel rdf:about="{base}/rss/etc/kokusai.rss">
<title>東洋日報 国際</title>
<link>{base}/world/</link>
<description>東洋日報のニュースサイト。国際ニュースの速報</description>
<dc:language>ja</dc:language>
<dc:publisher>株式会社東洋日報社</dc:publisher>
<items><rdf:Seq>
{chr(10).join(seq)}
</rdf:Seq></items>
</channel>
{chr(10).join(xs)}
</rdf:RDF>
"""
    return Feed(name="ja_toyonippo_kokusai.rdf", text=text, encoding="utf-8", content_type="application/rdf+xml; charset=utf-8",
                outlet_structure="Mainichi Shimbun-style RSS 1.0 (mainichi.jp/rss/etc/*.rss): rdf:RDF, dc:date with +09:00, full-width digits and letters, correspondent bylines at the end in 【place+name】 brackets (two reporters joined with '、'), '（共同）' agency credit, 【写真特集】 galleries",
                language="ja", outlet="東洋日報", shape="rss1-rdf", topic="world", items=items, declared_encoding="utf-8",
                notes="Authors appear only in the 【place name】 trailer (place glued to the name). '株式会社東洋日報社' is the company; ' 国際' is the section. Photo feature is not a story.")


def atalaya() -> Feed:
    base = "https://atalayageopolitica.blogspot.com"
    blog = "tag:blogger.com,1999:blog-4412345678901234567"
    rows = [
        ("2026/12/el-mercosur-despues-de-la-cumbre.html", "1001", "El Mercosur después de la cumbre de Montevideo",
         "<div dir=\"ltr\"><p>La cumbre dejó más preguntas que respuestas.</p><p>El canciller uruguayo, Martín Sosa, lo resumió así: \"Avanzamos, pero despacio\".</p></div>", dt(2026, 12, 2, 9, 14, 0, -3), True, True, [q("Martín Sosa", "canciller uruguayo")]),
        ("2026/11/bolivia-y-el-litio.html", "1002", "Bolivia y el litio: la ley que nadie quiere votar",
         "<div><p>El proyecto lleva ocho meses en comisión.</p><br /><p>Seguir leyendo »</p></div>", dt(2026, 11, 28, 18, 2, 0, -3), True, True, None),
        ("2026/11/aviso-pausa-del-blog.html", "1003", "Aviso: pausa del blog hasta el 25",
         "<p>Me tomo unos días. ¡Gracias por leer!</p>", dt(2026, 11, 25, 10, 0, 0, -3), False, False, None),
        ("2026/11/chile-segunda-vuelta-claves.html", "1004", "Chile: claves de la segunda vuelta",
         "<p>Los dos candidatos compiten por el voto de centro.</p><span class=\"fullpost\"><p>Análisis completo a continuación.</p></span>", dt(2026, 11, 20, 22, 30, 0, -3), True, True, None),
        ("2026/11/mis-libros-de-geopolitica.html", "1005", "Mis cinco libros de geopolítica favoritos",
         "<p>Una lista personal.</p>", dt(2026, 11, 15, 12, 0, 0, -3), True, False, None),
        ("2026/11/venezuela-negociacion-barbados.html", "1006", "Venezuela: qué queda de la negociación de Barbados",
         "<p>Escriben Lucía Ferreyra y Tomás Aguirre.</p><p>El proceso está congelado desde julio.</p>", dt(2026, 11, 10, 16, 45, 0, -3), True, True, None),
    ]
    entries, items = [], []
    for path, pid, title, html, d, story, rel, quotes in rows:
        link = f"{base}/{path}"
        key = f"{blog}.post-{pid}"
        two = "Ferreyra" in html
        auth_xml = "<author><name>Lucía Ferreyra</name><uri>https://www.blogger.com/profile/0123</uri><email>noreply@blogger.com</email><gd:image rel=\"http://schemas.google.com/g/2005#thumbnail\" width=\"16\" height=\"16\" src=\"https://img1.blogblog.com/img/b16-rounded.gif\"/></author>"
        entries.append(f"""<entry><id>{key}</id><published>{d.isoformat(timespec='milliseconds')}</published><updated>{d.isoformat(timespec='milliseconds')}</updated><category scheme="http://www.blogger.com/atom/ns#" term="Sudamérica"/><title type="text">{esc(title)}</title><content type="html">{esc(html)}</content><link rel="replies" type="application/atom+xml" href="{base}/feeds/{pid}/comments/default" title="Comentarios de la entrada"/><link rel="replies" type="text/html" href="{link}#comment-form" title="0 comentarios"/><link rel="edit" type="application/atom+xml" href="https://www.blogger.com/feeds/4412345678901234567/posts/default/{pid}"/><link rel="self" type="application/atom+xml" href="https://www.blogger.com/feeds/4412345678901234567/posts/default/{pid}"/><link rel="alternate" type="text/html" href="{link}" title="{esc(title)}"/>{auth_xml}<thr:total>0</thr:total></entry>""")
        authors = ["Lucía Ferreyra", "Tomás Aguirre"] if two else ["Lucía Ferreyra"]
        items.append(it(key, title, d, authors if story else [], story, rel, ["Seguir leyendo", "Escriben Lucía Ferreyra", "Análisis completo a continuación"], quotes,
                        "The blog owner posts alone except here; ['Lucía Ferreyra'] is also correct" if two else None))
    text = f"""<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href="https://www.blogger.com/styles/atom.css" type="text/css"?><feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:georss='http://www.georss.org/georss' xmlns:gd="http://schemas.google.com/g/2005" xmlns:thr='http://purl.org/syndication/thread/1.0'><id>{blog}</id><updated>2026-12-02T09:14:00.000-03:00</updated><category term="Sudamérica"/><title type='text'>Atalaya Geopolítica</title><subtitle type='html'>Apuntes sobre política internacional desde Buenos Aires</subtitle><link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='{base}/feeds/posts/default'/><link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/4412345678901234567/posts/default'/><link rel='alternate' type='text/html' href='{base}/'/><author><name>Lucía Ferreyra</name><uri>https://www.blogger.com/profile/0123</uri><email>noreply@blogger.com</email></author><generator version='7.00' uri='https://www.blogger.com'>Blogger</generator><openSearch:totalResults>6</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex><openSearch:itemsPerPage>25</openSearch:itemsPerPage>{''.join(entries)}</feed>"""
    return Feed(name="es_ar_blogger_atalaya.atom.xml", text=text, encoding="utf-8", content_type="application/atom+xml; charset=UTF-8",
                outlet_structure="Blogger/Blogspot Atom feed (<blog>.blogspot.com/feeds/posts/default): single line, tag:blogger.com post ids, openSearch, five links per entry (replies, edit, self, alternate), author with noreply@blogger.com e-mail and gd:image, .000-03:00 timestamps, 'Seguir leyendo »' and span.fullpost leftovers",
                language="es", outlet="Atalaya Geopolítica", shape="atom", topic="world", items=items, declared_encoding="utf-8",
                notes="An Argentine analyst's blog; the owner is the author of the posts (the housekeeping note is not a story).")


FEEDS = [ondasur, ufuq, dnipro, volnaya, tinnhanh, toyo, atalaya]
