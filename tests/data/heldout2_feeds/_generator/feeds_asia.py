# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Feeds of the second held-out set in Russian (Meduza-style), Japanese (NHK-style), Korean
(Yonhap-style), Indonesian (Kompas-style, Indonesian date names) and traditional Chinese
(Central News Agency-style, Big5)."""
from lib import Feed, Item, cdata, dt, esc, rfc822


def _it(key, title, d, authors=(), story=True, rel=True, junk=(), quotes=None, note=None, outlet=None):
    return Item(key=key, title=title, published=d, authors=list(authors), is_story=story, relevant=rel,
                junk=list(junk), quotes=quotes, note=note, outlet=outlet)


# --------------------------------------------------------------------------------------
# 18. Meduza-style Russian exile outlet (meduza.io/rss/all): CDATA lead paragraphs, the
#     mandatory upper-case "foreign agent" notice, enclosure images, feature types.
# --------------------------------------------------------------------------------------

AGENT = "ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ МАССОВОЙ ИНФОРМАЦИИ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА, И (ИЛИ) РОССИЙСКИМ ЮРИДИЧЕСКИМ ЛИЦОМ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА"


def mediana() -> Feed:
    base = "https://mediana.media/ru"
    rows = [
        ("news/2026/12/02/armeniya-priostanovila-uchastie-v-odkb-okonchatelno", "Армения окончательно вышла из ОДКБ",
         "<p>Парламент Армении ратифицировал выход страны из Организации Договора о коллективной безопасности. «Эта организация не выполнила своих обязательств перед нами», — заявил премьер-министр Армении Арам Петросян.</p>",
         dt(2026, 12, 2, 16, 12, 0, 3), True, True, [{"speaker": "Арам Петросян", "affiliation": "премьер-министр Армении"}]),
        ("feature/2026/12/02/kak-rossiya-obhodit-potolok-tsen-na-neft", "Как Россия обходит потолок цен на нефть. Объясняем на карточках",
         "<p>Теневой флот, новые страховщики и торговля через ОАЭ</p><p>Рассказываем, почему санкции работают хуже, чем рассчитывали в Брюсселе.</p>",
         dt(2026, 12, 2, 10, 0, 0, 3), True, True, None),
        ("shapito/2026/12/01/kot-v-metro", "В Петербурге кот проехал по кольцевой линии метро три круга",
         "<p>Пассажиры сняли его на видео.</p>", dt(2026, 12, 1, 19, 30, 0, 3), True, False, None),
        ("gallery/2026/12/01/protesty-v-tbilisi-foto", "Фотографии: протесты в Тбилиси, ночь седьмая",
         "", dt(2026, 12, 1, 9, 0, 0, 3), False, False, None),
        ("news/2026/11/30/kazahstan-referendum-aes", "В Казахстане начали строить первую АЭС. Подрядчик — «Росатом»",
         "<p>Церемония прошла на берегу озера Балхаш. Казахстан получит кредит на строительство от российского правительства.</p>",
         dt(2026, 11, 30, 14, 40, 0, 3), True, True, None),
        ("podcasts/2026/11/30/chto-sluchilos-vypusk", "«Что случилось»: почему в Грузии снова протестуют",
         "<p>Новый выпуск подкаста. Слушайте на всех платформах.</p>", dt(2026, 11, 30, 7, 0, 0, 3), False, False, None),
        ("news/2026/11/29/finlyandiya-granitsa-zakryta-do-leta", "Финляндия продлила закрытие границы с Россией до лета",
         "<p>Правительство Финляндии сослалось на «инструментализацию миграции» со стороны России.</p>",
         dt(2026, 11, 29, 12, 5, 0, 3), True, True, None),
    ]
    items_xml, items = [], []
    for path, title, body, d, story, rel, quotes in rows:
        link = f"{base}/{path}"
        desc = f"<p>{AGENT}</p>{body}" if body else ""
        items_xml.append(f"""    <item>
      <title>{esc(title)}</title>
      <link>{link}</link>
      <description>{cdata(desc)}</description>
      <pubDate>{rfc822(d)}</pubDate>
      <guid isPermaLink="true">{link}</guid>
      <enclosure url="https://mediana.media/imgly/share/{len(path) * 7919 + d.day}/{path.split('/')[-1]}.png" type="image/png" length="0"/>
    </item>""")
        items.append(_it(link, title, d, [], story, rel, ["ДАННОЕ СООБЩЕНИЕ", "ИНОСТРАННОГО АГЕНТА", "Слушайте на всех платформах"], quotes))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Медиана</title>
    <link>{base}</link>
    <description>Медиана — главные новости о России и мире</description>
    <language>ru</language>
    <copyright>© 2026 SIA Mediana</copyright>
    <atom:link href="https://mediana.media/rss/all" rel="self" type="application/rss+xml"/>
{chr(10).join(items_xml)}
  </channel>
</rss>
"""
    return Feed(name="ru_mediana_all.rss.xml", text=text, encoding="utf-8",
                content_type="application/rss+xml; charset=utf-8",
                outlet_structure="Meduza RSS (meduza.io/rss/all): CDATA lead paragraphs opening with the upper-case 'foreign agent' notice, enclosure share images, news/feature/shapito/gallery/podcast types",
                language="ru", outlet="Медиана", shape="rss2", topic="world", items=items,
                declared_encoding="UTF-8",
                notes="Every description opens with the legally required foreign-agent notice, which is not summary text. 'SIA Mediana' is the company. Photo gallery and podcast episode are not stories; the cat on the metro is a story but not relevant.")


# --------------------------------------------------------------------------------------
# 19. NHK-style Japanese news RSS (www3.nhk.or.jp/rss/news/cat6.xml): +0900 dates,
#     one plain paragraph, no authors, video and feature items.
# --------------------------------------------------------------------------------------


def retto() -> Feed:
    base = "https://www.retto-hoso.jp/news/html/20261202"
    rows = [
        ("k10014681231000", "日中外相会談 水産物輸入再開の手続き加速で一致",
         "高森外務大臣は北京で中国の外相と会談し、日本産水産物の輸入再開に向けた手続きを加速させることで一致しました。会談のあと高森大臣は「率直な意見交換ができた」と述べました。",
         dt(2026, 12, 2, 17, 3, 2, 9), True, True, [{"speaker": "高森", "affiliation": "外務大臣"}]),
        ("k10014681221000", "ASEAN首脳会議 南シナ海の行動規範 年内妥結を確認",
         "ASEANの首脳会議がクアラルンプールで開かれ、南シナ海での行動規範について、中国との交渉を年内に妥結させる方針を確認しました。",
         dt(2026, 12, 2, 12, 44, 10, 9), True, True, None),
        ("k10014681211000", "【動画】富士山で初冠雪 平年より遅く",
         "", dt(2026, 12, 2, 9, 0, 0, 9), False, False, None),
        ("k10014681201000", "大相撲九州場所 大関が初優勝",
         "大相撲九州場所の千秋楽、大関が結びの一番に勝って初めての優勝を果たしました。",
         dt(2026, 11, 30, 18, 20, 0, 9), True, False, None),
        ("k10014681191000", "北朝鮮 弾道ミサイル発射 EEZ外に落下か",
         "防衛省によりますと、北朝鮮から弾道ミサイルの可能性があるものが発射され、日本のEEZ＝排他的経済水域の外側に落下したと推定されるということです。",
         dt(2026, 11, 30, 7, 12, 33, 9), True, True, None),
        ("k10014681181000", "ウクライナ 東部の要衝めぐり激しい戦闘続く",
         "ウクライナ東部ドネツク州で、ロシア軍が攻勢を強めていて、ウクライナ軍は防衛線の維持に苦しんでいます。",
         dt(2026, 11, 29, 21, 5, 0, 9), True, True, None),
        ("k10014681171000", "【特集】年末年始の旅行 混雑予想は",
         "年末年始の旅行の混雑予想をまとめました。", dt(2026, 11, 29, 10, 0, 0, 9), False, False, None),
    ]
    items_xml, items = [], []
    for nid, title, desc, d, story, rel, quotes in rows:
        link = f"{base}/{nid}.html"
        items_xml.append(f"""<item>
<title>{esc(title)}</title>
<link>{link}</link>
<guid>{link}</guid>
<pubDate>{rfc822(d)}</pubDate>
<description>{esc(desc)}</description>
</item>""")
        items.append(_it(link, title, d, [], story, rel, [], quotes))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<language>ja</language>
<title>列島放送ニュース 国際</title>
<link>https://www.retto-hoso.jp/news/</link>
<description>列島放送のニュースサイトに掲載された国際ニュースの一覧です。</description>
<copyright>Copyright 列島放送</copyright>
<lastBuildDate>{rfc822(dt(2026, 12, 2, 17, 10, 0, 9))}</lastBuildDate>
{chr(10).join(items_xml)}
</channel>
</rss>
"""
    return Feed(name="ja_retto_kokusai.rss.xml", text=text, encoding="utf-8",
                content_type="application/xml; charset=UTF-8",
                outlet_structure="NHK news category RSS (www3.nhk.or.jp/rss/news/cat6.xml): +0900 dates, one plain paragraph, no authors, 【動画】/【特集】 items",
                language="ja", outlet="列島放送", shape="rss2", topic="world", items=items,
                declared_encoding="UTF-8", outlet_aliases=["列島放送ニュース"],
                notes="Channel title '列島放送ニュース 国際' carries the section. A video clip and a travel feature are not stories; sumo is a story but not relevant. The quoted minister is named by surname and title only.")


# --------------------------------------------------------------------------------------
# 20. Yonhap-style Korean agency RSS (yna.co.kr/rss/international.xml): dc:creator,
#     '(서울=누리통신) 김민준 기자 =' leads, reporter e-mail and the copyright/no-AI notice.
# --------------------------------------------------------------------------------------


def nuri() -> Feed:
    base = "https://www.nuri.co.kr/view"
    notice = "&lt;저작권자(c) 누리통신, 무단 전재-재배포, AI 학습 및 활용 금지&gt;"
    rows = [
        ("AKR20261202151200071", "한미 외교장관 통화…\"북한 비핵화 공조 재확인\"",
         "(서울=누리통신) 김민준 기자 = 한도윤 외교부 장관은 2일 미국 국무장관과 통화하고 북한 비핵화를 위한 공조를 재확인했다. 한 장관은 \"한미동맹은 흔들림이 없다\"고 말했다. mjkim@nuri.co.kr",
         "김민준", ["김민준"], dt(2026, 12, 2, 16, 20, 0, 9), True, True, [{"speaker": "한도윤", "affiliation": "외교부 장관"}]),
        ("AKR20261202098700009", "[속보] 일본 총리, 내년 1월 방한 발표",
         "(도쿄=누리통신) 박서연 특파원 = 일본 총리가 내년 1월 한국을 방문한다고 일본 정부가 2일 발표했다. syp@nuri.co.kr",
         "박서연", ["박서연"], dt(2026, 12, 2, 11, 2, 0, 9), True, True, None),
        ("AKR20261201176500007", "[포토] 서울 첫눈",
         "", "누리통신", [], dt(2026, 12, 1, 8, 0, 0, 9), False, False, None),
        ("AKR20261201160300080", "중국·필리핀, 남중국해 암초서 또 충돌…물대포 발사",
         "(베이징·하노이=누리통신) 이도윤 특파원 정하린 통신원 = 중국 해경선이 1일 남중국해 세컨드 토머스 암초 인근에서 필리핀 보급선에 물대포를 발사했다. dylee@nuri.co.kr",
         "이도윤, 정하린", ["이도윤", "정하린"], dt(2026, 12, 1, 15, 44, 0, 9), True, True, None),
        ("AKR20261130045600007", "김태양, 리그 10호 골…토트넘 3연승",
         "(런던=누리통신) 최준호 기자 = 김태양이 시즌 10호 골을 터뜨렸다. jhchoi@nuri.co.kr",
         "최준호", ["최준호"], dt(2026, 11, 30, 6, 30, 0, 9), True, False, None),
        ("AKR20261129032100071", "유엔 안보리, 수단 휴전 결의안 채택",
         "(뉴욕=누리통신) 강지은 특파원 = 유엔 안전보장이사회는 29일 수단 내전의 즉각 휴전을 촉구하는 결의안을 채택했다. jekang@nuri.co.kr",
         "강지은", ["강지은"], dt(2026, 11, 29, 7, 15, 0, 9), True, True, None),
    ]
    items_xml, items = [], []
    for aid, title, desc, creator, authors, d, story, rel, quotes in rows:
        link = f"{base}/{aid}"
        body = f"{desc} {notice}" if desc else ""
        items_xml.append(f"""<item>
<title>{cdata(title)}</title>
<link>{link}</link>
<description>{cdata(body)}</description>
<dc:creator>{esc(creator)}</dc:creator>
<pubDate>{rfc822(d)}</pubDate>
<guid isPermaLink="false">{aid}</guid>
</item>""")
        clean = title.removeprefix("[속보] ").removeprefix("[포토] ")
        note = None
        if clean != title:
            note = f"Title label '{title.split(' ')[0]}' may be kept or dropped."
        items.append(_it(aid, clean, d, authors, story, rel, ["기자 =", "특파원 =", "@nuri.co.kr", "저작권자", "무단 전재"], quotes, note))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>누리통신 | 국제</title>
<link>https://www.nuri.co.kr/international</link>
<description>누리통신 국제 기사</description>
<language>ko</language>
<copyright>Copyright (c) 누리통신. All rights reserved.</copyright>
<lastBuildDate>{rfc822(dt(2026, 12, 2, 16, 30, 0, 9))}</lastBuildDate>
{chr(10).join(items_xml)}
</channel>
</rss>
"""
    return Feed(name="ko_nuri_international.rss.xml", text=text, encoding="utf-8",
                content_type="application/rss+xml; charset=utf-8",
                outlet_structure="Yonhap News Korean RSS (yna.co.kr/rss/international.xml): '(서울=연합뉴스) 홍길동 기자 =' leads, reporter e-mail, '<저작권자(c) …, 무단 전재-재배포, AI 학습 및 활용 금지>' notice, dc:creator",
                language="ko", outlet="누리통신", shape="rss2", topic="world", items=items,
                declared_encoding="UTF-8",
                notes="Channel title '누리통신 | 국제'. Dateline-and-reporter leads, e-mail addresses and the copyright notice are not summary text. '이도윤, 정하린' is two people. The photo item is not a story; football is a story but not relevant.")


# --------------------------------------------------------------------------------------
# 21. Kompas-style Indonesian RSS: Indonesian day and month names in pubDate ('Rab, 02 Des
#     2026 … +0700'), 'JAKARTA, NUSANTARAPOS.com -' leads, inline 'Baca juga:' links,
#     dc:creator with two comma-separated names.
# --------------------------------------------------------------------------------------


def nusantara() -> Feed:
    base = "https://internasional.nusantarapos.com/read/2026"
    rows = [
        ("12/02/17334651/asean-sepakati-kode-etik-laut-china-selatan", "ASEAN dan China Sepakati Draf Akhir Kode Etik Laut China Selatan",
         ["<p><strong>KUALA LUMPUR, NUSANTARAPOS.com</strong> - Negara-negara ASEAN dan China menyepakati draf akhir kode etik di Laut China Selatan.</p>",
          "<p><strong>Baca juga: </strong><a href=\"https://internasional.nusantarapos.com/read/2026/11/30/1\">Filipina Protes Kapal China</a></p>",
          "<p>\"Ini kemajuan besar setelah dua dekade perundingan,\" kata Menteri Luar Negeri Indonesia, Sari Wulandari.</p>"],
         "Rizky Pratama, Dewi Anggraini Lubis", ["Rizky Pratama", "Dewi Anggraini Lubis"], dt(2026, 12, 2, 17, 33, 46, 7), True, True,
         [{"speaker": "Sari Wulandari", "affiliation": "Menteri Luar Negeri Indonesia"}]),
        ("12/02/11200011/australia-indonesia-perjanjian-pertahanan", "Indonesia dan Australia Teken Perjanjian Kerja Sama Pertahanan",
         ["<p><strong>CANBERRA, NUSANTARAPOS.com</strong> - Indonesia dan Australia menandatangani perjanjian kerja sama pertahanan baru.</p>"],
         "Agus Setiawan Wirawan", ["Agus Setiawan Wirawan"], dt(2026, 12, 2, 11, 20, 0, 7), True, True, None),
        ("12/01/19000012/foto-banjir-di-thailand-selatan", "FOTO: Banjir Rendam Thailand Selatan",
         [], "Tim Redaksi", [], dt(2026, 12, 1, 19, 0, 0, 7), False, False, None),
        ("12/01/08150013/myanmar-junta-umumkan-pemilu-tahap-kedua", "Junta Myanmar Umumkan Pemilu Tahap Kedua di Tengah Konflik",
         ["<p><strong>YANGON, NUSANTARAPOS.com</strong> - Junta militer Myanmar mengumumkan pemilu tahap kedua akan digelar pada Januari</p>",
          "<p>Kelompok oposisi menyebut pemilu itu tidak sah.</p>"],
         "Kirana Safira", ["Kirana Safira"], dt(2026, 12, 1, 8, 15, 0, 7), True, True, None),
        ("11/30/21000014/timnas-indonesia-menang", "Timnas Indonesia Menang 2-0 atas Vietnam di Piala AFF",
         ["<p><strong>HANOI, NUSANTARAPOS.com</strong> - Timnas Indonesia menang 2-0.</p>"],
         "Tim Redaksi", [], dt(2026, 11, 30, 21, 0, 0, 7), True, False, None),
        ("11/30/10000015/promo-langganan", "Langganan Nusantara Pos+ Diskon 50 Persen",
         ["<p>Nikmati berita tanpa iklan.</p>"], "Tim Redaksi", [], dt(2026, 11, 30, 10, 0, 0, 7), False, False, None),
        ("11/29/14300016/pm-malaysia-kunjungi-jakarta", "PM Malaysia Kunjungi Jakarta, Bahas Perbatasan Kalimantan",
         ["<p><strong>JAKARTA, NUSANTARAPOS.com</strong> - Perdana Menteri Malaysia tiba di Jakarta untuk membahas penegasan batas darat di Kalimantan.</p>"],
         "Ardi Ramdhani Putra", ["Ardi Ramdhani Putra"], dt(2026, 11, 29, 14, 30, 0, 7), True, True, None),
    ]
    items_xml, items = [], []
    for path, title, blocks, creator, authors, d, story, rel, quotes in rows:
        link = f"{base}/{path}"
        items_xml.append(f"""<item>
<title><![CDATA[{title}]]></title>
<link>{link}</link>
<guid>{link}</guid>
<pubDate>{rfc822(d, 'id')}</pubDate>
<dc:creator><![CDATA[{creator}]]></dc:creator>
<description><![CDATA[{''.join(blocks)}]]></description>
<enclosure url="https://asset.nusantarapos.com/crop/0x0:0x0/750x500/data/photo/{path[:5]}/x.jpg" length="1000" type="image/jpeg" />
</item>""")
        clean = title.removeprefix("FOTO: ")
        note = "Title label 'FOTO:' may be kept or dropped." if clean != title else None
        items.append(_it(link, clean, d, authors, story, rel, ["Baca juga", "NUSANTARAPOS.com -"], quotes, note))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Nusantara Pos - Internasional</title>
<link>https://internasional.nusantarapos.com</link>
<description>Berita internasional terkini</description>
<language>id</language>
<copyright>PT Nusantara Media Digital</copyright>
<lastBuildDate>{rfc822(dt(2026, 12, 2, 17, 40, 0, 7), 'id')}</lastBuildDate>
{chr(10).join(items_xml)}
</channel>
</rss>
"""
    return Feed(name="id_nusantarapos_internasional.rss.xml", text=text, encoding="utf-8",
                content_type="application/rss+xml; charset=UTF-8",
                outlet_structure="Kompas.com-style section RSS: Indonesian day/month names in pubDate, 'JAKARTA, KOMPAS.com -' leads, inline 'Baca juga:' links, dc:creator with two comma-separated names",
                language="id", outlet="Nusantara Pos", shape="rss2", topic="world", items=items,
                declared_encoding="UTF-8",
                notes="Dates are RFC 822 with Indonesian names ('Rab, 02 Des 2026 17:33:46 +0700'). 'PT Nusantara Media Digital' is the company; 'Tim Redaksi' is the desk. Photo item and subscription promo are not stories; football is a story but not relevant.")


# --------------------------------------------------------------------------------------
# 22. Taiwan's Central News Agency-style traditional-Chinese RSS in Big5 (correctly
#     declared), '（中央社記者X台北2日電）' datelines and '（編輯：X）' editor lines.
# --------------------------------------------------------------------------------------


def zhongxun() -> Feed:
    base = "https://www.zhongxun.com.tw/news/aopl"
    rows = [
        ("202612020123", "美國國務院批准對台軍售 總統府表示感謝",
         "（中訊社記者林志豪台北2日電）美國國務院今天宣布批准一項對台軍售案。總統府發言人陳怡君表示：「感謝美方對台灣安全的長期支持。」（編輯：王美玲）1151202",
         dt(2026, 12, 2, 10, 15, 0, 8), True, True, [{"speaker": "陳怡君", "affiliation": "總統府發言人"}]),
        ("202612020098", "菲律賓與日本簽署互惠准入協定 生效",
         "（中訊社記者黃建華馬尼拉2日專電）菲律賓與日本的互惠准入協定今天正式生效。（編輯：張文彬）1151202",
         dt(2026, 12, 2, 8, 40, 0, 8), True, True, None),
        ("202612010210", "影／台北跨年煙火彩排",
         "", dt(2026, 12, 1, 21, 0, 0, 8), False, False, None),
        ("202612010155", "歐盟外長會議 討論對俄新一輪制裁",
         "（中訊社記者蔡佳穎布魯塞爾1日專電）歐盟外長今天開會，討論對俄羅斯的新一輪制裁措施。（編輯：陳正德）1151201",
         dt(2026, 12, 1, 18, 30, 0, 8), True, True, None),
        ("202611300077", "中職總冠軍賽 統一獅奪冠",
         "（中訊社記者吳宗翰台南30日電）統一獅今天在總冠軍賽第七戰獲勝，奪下冠軍。（編輯：李宜庭）1151130",
         dt(2026, 11, 30, 22, 0, 0, 8), True, False, None),
        ("202611300031", "越南國會通過新憲法修正案",
         "（中訊社記者郭明宏河內30日專電）越南國會今天通過憲法修正案，精簡地方行政層級。（編輯：王美玲）1151130",
         dt(2026, 11, 30, 9, 5, 0, 8), True, True, None),
    ]
    items_xml, items = [], []
    for nid, title, desc, d, story, rel, quotes in rows:
        link = f"{base}/{nid}.aspx"
        items_xml.append(f"""<item>
<title>{esc(title)}</title>
<link>{link}</link>
<description>{esc(desc)}</description>
<pubDate>{rfc822(d)}</pubDate>
<guid>{link}</guid>
</item>""")
        clean = title.removeprefix("影／")
        note = "Title label '影／' may be kept or dropped." if clean != title else None
        items.append(_it(link, clean, d, [], story, rel, ["（編輯：", "中訊社記者", "1151"], quotes,
                         " ".join(x for x in (note, "Reporter names appear only inside the dateline; [] is the expected author list." if desc else None) if x) or None))
    text = f"""<?xml version="1.0" encoding="big5"?>
<rss version="2.0">
<channel>
<title>中訊社 即時新聞 國際</title>
<link>https://www.zhongxun.com.tw/</link>
<description>中訊社 國際新聞</description>
<language>zh-tw</language>
<copyright>中訊社 版權所有</copyright>
{chr(10).join(items_xml)}
</channel>
</rss>
"""
    return Feed(name="zh_tw_zhongxun_intl_big5.rss.xml", text=text, encoding="big5",
                content_type="text/xml; charset=big5",
                outlet_structure="Central News Agency (Taiwan)-style RSS in Big5: '（中央社記者X台北2日電）' datelines, '（編輯：X）' editor lines and ROC-date codes '1151202' at the end",
                language="zh", outlet="中訊社", shape="rss2", topic="world", items=items,
                declared_encoding="big5",
                notes="Correctly declared Big5 (prolog and header). Channel title '中訊社 即時新聞 國際' carries sections. Editor lines and ROC date codes are not summary text. The video item is not a story; baseball is a story but not relevant.")


FEEDS = [mediana, retto, nuri, nusantara, zhongxun]
