# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Urdu feeds and broken/odd feeds of the twelfth held-out set: two Pakistani TV news channels'
Urdu websites, a Trinidad daily's WordPress feed with PHP warnings printed before the XML, and a
Brazilian regional portal whose feed double-encodes UTF-8 (mojibake).
All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_ATOM, NS_CONTENT, NS_DC, cdata, esc, it, q, rfc822, rss
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=5.0):
    return dt(2026, 12, day, h, mi, s, off)


# ---------------------------------------------------------------- Geo Urdu-style TV channel site
def roshan():
    rows, items = [], []

    def add(n, title, when, desc, exp):
        url = f"https://urdu.roshan.tv/latest/{n}-"
        rows.append(f"<item><title>{cdata(title)}</title><link>{url}</link><guid>{url}</guid>"
                    f"<description>{cdata(desc)}</description><pubDate>{rfc822(when)}</pubDate></item>")
        items.append(exp(url))

    img = '<img src="https://urdu.roshan.tv/assets/uploads/updates/2026-12-04/{}_s.jpg" width="700" /><br>'
    w = d(4, 14, 20)
    add(412230, "ایران اور سعودی عرب کے وزرائے خارجہ کی ریاض میں ملاقات، علاقائی کشیدگی پر تبادلہ خیال", w,
        img.format(412230) + "ایران اور سعودی عرب کے وزرائے خارجہ نے ریاض میں ملاقات کی جس میں خطے کی صورتحال اور یمن میں جنگ بندی پر بات چیت کی گئی۔",
        lambda k: it(k, "ایران اور سعودی عرب کے وزرائے خارجہ کی ریاض میں ملاقات، علاقائی کشیدگی پر تبادلہ خیال", w, []))
    w = d(4, 12, 5)
    add(412198, "اقوام متحدہ نے غزہ میں قحط کے خطرے سے خبردار کر دیا", w,
        img.format(412198) + "اقوام متحدہ کے ادارہ برائے خوراک کا کہنا ہے کہ غزہ کی نصف آبادی شدید غذائی قلت کا شکار ہے۔",
        lambda k: it(k, "اقوام متحدہ نے غزہ میں قحط کے خطرے سے خبردار کر دیا", w, []))
    w = d(4, 11, 40)
    add(412187, "افغان حکومت کا پاکستان کے ساتھ طورخم سرحد پر تجارت بحال کرنے کا اعلان", w,
        img.format(412187) + "کابل میں وزارت تجارت کے ترجمان کے مطابق سرحد پیر سے تجارتی گاڑیوں کے لیے کھول دی جائے گی۔",
        lambda k: it(k, "افغان حکومت کا پاکستان کے ساتھ طورخم سرحد پر تجارت بحال کرنے کا اعلان", w, []))
    w = d(4, 10, 15)
    add(412160, "ویڈیو: ترکیہ میں شدید برفباری، کئی شاہراہیں بند", w,
        img.format(412160) + "",
        lambda k: it(k, "ترکیہ میں شدید برفباری، کئی شاہراہیں بند", w, [], story=False, rel=False, note="Video with no text. Title label 'ویڈیو:' may be kept or dropped"))
    w = d(4, 15, 2)
    add(412251, "سہ ملکی سیریز: پاکستان کا جنوبی افریقا کے خلاف ٹاس جیت کر بیٹنگ کا فیصلہ", w,
        img.format(412251) + "قومی ٹیم میں دو تبدیلیاں کی گئی ہیں۔",
        lambda k: it(k, "سہ ملکی سیریز: پاکستان کا جنوبی افریقا کے خلاف ٹاس جیت کر بیٹنگ کا فیصلہ", w, [], rel=False))
    w = d(4, 9, 30)
    add(412141, "امریکا اور چین کے درمیان تجارتی مذاکرات کا نیا دور جنیوا میں شروع", w,
        img.format(412141) + "امریکی محکمہ تجارت کی نائب سیکرٹری ایلن ہارٹ مین نے کہا کہ ’’ہم کسی جلد بازی میں نہیں ہیں‘‘۔",
        lambda k: it(k, "امریکا اور چین کے درمیان تجارتی مذاکرات کا نیا دور جنیوا میں شروع", w, [], quotes=[q("ایلن ہارٹ مین", "امریکی محکمہ تجارت")]))
    channel = (f"<title>{cdata('Roshan Urdu - بین الاقوامی')}</title><link>https://urdu.roshan.tv/category/international</link>"
               f"<description>{cdata('Roshan Urdu - بین الاقوامی')}</description><language>ur</language>"
               f"<lastBuildDate>{rfc822(d(4, 15, 3))}</lastBuildDate>")
    return feed("ur_roshantv_international.rss.xml", rss(channel, rows, sep=""), items, lang="ur", outlet="Roshan Urdu", aliases=["Roshan TV", "روشن نیوز"],
                structure="Geo Urdu-style TV channel website RSS (urdu.geo.tv/rss/…): single line, channel 'Outlet Urdu - بین الاقوامی' in CDATA with a Latin outlet name, '/latest/<id>-' links (trailing hyphen) as guids without isPermaLink, CDATA descriptions opening with <img …/><br>, one empty description on a 'ویڈیو:' item, no authors, ’’…‘‘ quotes, cricket item, +0500 dates")


# ---------------------------------------------------------------- Dunya News Urdu-style TV channel site
def sitara():
    rows, items = [], []

    def add(n, sec, title, when, desc, exp):
        url = f"https://urdu.sitaranews.tv/index.php/ur/{sec}/{n}"
        stamp = rfc822(when)[:-5] + "PKT"
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(desc)}</description>\n"
                    f"    <pubDate>{stamp}</pubDate>\n    <guid isPermaLink=\"true\">{url}</guid>\n  </item>")
        items.append(exp(url))

    w = d(4, 13, 10)
    add(912344, "World", "روس اور یوکرین کے درمیان قیدیوں کا تبادلہ، 300 افراد رہا", w,
        "ابوظہبی: (ستارہ نیوز) روس اور یوکرین نے متحدہ عرب امارات کی ثالثی میں 150، 150 قیدیوں کا تبادلہ کیا ہے۔",
        lambda k: it(k, "روس اور یوکرین کے درمیان قیدیوں کا تبادلہ، 300 افراد رہا", w, [], junk=["(ستارہ نیوز)"]))
    w = d(4, 11, 55)
    add(912320, "Pakistan", "بھارتی وزیر کا بیان غیر ذمہ دارانہ ہے: دفتر خارجہ", w,
        "اسلام آباد: (ستارہ نیوز) دفتر خارجہ کی ترجمان ثمینہ درانی نے کہا ہے کہ ’’بھارتی وزیر کا بیان غیر ذمہ دارانہ اور خطے کے امن کے لیے خطرہ ہے‘‘۔",
        lambda k: it(k, "بھارتی وزیر کا بیان غیر ذمہ دارانہ ہے: دفتر خارجہ", w, [], junk=["(ستارہ نیوز)"], quotes=[q("ثمینہ درانی", "دفتر خارجہ")]))
    w = d(4, 10, 30)
    add(912301, "Business", "سونے کی قیمت میں مزید 2 ہزار روپے فی تولہ اضافہ", w,
        "کراچی: (ستارہ نیوز) عالمی منڈی میں تیزی کے بعد مقامی مارکیٹ میں سونا مہنگا ہو گیا۔",
        lambda k: it(k, "سونے کی قیمت میں مزید 2 ہزار روپے فی تولہ اضافہ", w, [], rel=False, junk=["(ستارہ نیوز)"]))
    w = d(4, 9, 45)
    add(912290, "World", "یورپی یونین کا ایران پر نئی پابندیاں عائد کرنے کا فیصلہ", w,
        "برسلز: (ویب ڈیسک) یورپی یونین کے وزرائے خارجہ نے ڈرون پروگرام سے منسلک 8 ایرانی اداروں پر پابندیوں کی منظوری دے دی۔",
        lambda k: it(k, "یورپی یونین کا ایران پر نئی پابندیاں عائد کرنے کا فیصلہ", w, [], junk=["(ویب ڈیسک)"]))
    w = d(4, 14, 40)
    add(912360, "Entertainment", "ترک ڈرامے کی معروف اداکارہ لاہور پہنچ گئیں", w,
        "لاہور: (ستارہ نیوز) اداکارہ کا ایئرپورٹ پر مداحوں نے پرتپاک استقبال کیا۔",
        lambda k: it(k, "ترک ڈرامے کی معروف اداکارہ لاہور پہنچ گئیں", w, [], rel=False, junk=["(ستارہ نیوز)"]))
    w = d(4, 8, 20)
    add(912275, "World", "اسرائیلی فوج کا مغربی کنارے میں آپریشن، 5 فلسطینی شہید", w,
        "جنین: (ستارہ نیوز) فلسطینی وزارت صحت کے مطابق اسرائیلی فوج کی کارروائی میں 5 افراد شہید اور 12 زخمی ہو گئے۔",
        lambda k: it(k, "اسرائیلی فوج کا مغربی کنارے میں آپریشن، 5 فلسطینی شہید", w, [], junk=["(ستارہ نیوز)"]))
    channel = ("  <title>Sitara News Urdu</title>\n  <link>https://urdu.sitaranews.tv</link>\n  <description>ستارہ نیوز - تازہ ترین خبریں</description>\n"
               f"  <language>ur-PK</language>\n  <copyright>Copyright © 2026 Sitara News. All rights reserved.</copyright>\n  <lastBuildDate>{rfc822(d(4, 14, 41))[:-5]}PKT</lastBuildDate>")
    return feed("ur_sitaranews_latest_pkt.rss.xml", rss(channel, rows), items, lang="ur", outlet="Sitara News", aliases=["ستارہ نیوز", "Sitara News Urdu"],
                notes="Dates carry the zone abbreviation 'PKT' (+05:00), which RFC 822 does not define.",
                structure="Dunya News Urdu-style TV channel website RSS (urdu.dunyanews.tv/index.php/ur/…): two-space indentation, channel with the Latin name 'Outlet Urdu' and an Urdu description, '/index.php/ur/<Section>/<id>' permalink guids mixing World, Pakistan, Business and Entertainment, plain descriptions opening 'شہر: (ستارہ نیوز)' or '(ویب ڈیسک)' dateline credits, ’’…‘‘ quotes, no authors, pubDate with the non-standard 'PKT' zone, 'All rights reserved' copyright")


# ---------------------------------------------------------------- Trinidad WordPress with PHP warnings before the XML
def tidings():
    rows, items = [], []

    def add(pid, slug, title, when, creator, desc, exp):
        url = f"https://tidingstt.com/2026/12/04/{slug}/"
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n"
                    f"\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t<category><![CDATA[World]]></category>\n\t\t<guid isPermaLink=\"false\">https://tidingstt.com/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[{desc} [&#8230;]</p>\n<p>The post <a href=\"{url}\">{esc(title)}</a> appeared first on <a href=\"https://tidingstt.com\">Tidings TT</a>.</p>\n]]></description>\n\t</item>")
        items.append(exp(f"https://tidingstt.com/?p={pid}"))

    w = d(4, 8, 12, off=-4)
    add(1100341, "venezuela-migrants-coast-guard-intercepts-pirogue", "Coast guard intercepts pirogue with 31 Venezuelans off Icacos", w, "Shamila Ramdass-Pierre",
        "<p>THE Coast Guard intercepted a pirogue carrying 31 Venezuelan nationals, including nine children, off Icacos Point early on Thursday.",
        lambda k: it(k, "Coast guard intercepts pirogue with 31 Venezuelans off Icacos", w, ["Shamila Ramdass-Pierre"], junk=["appeared first on", "[…]"]))
    w = d(4, 9, 40, off=-4)
    add(1100358, "pm-caricom-must-speak-with-one-voice-on-us-deportations", "PM: Caricom must speak with one voice on US deportations", w, "Kevon Alleyne-Baptiste",
        "<p>PRIME Minister Dr Carlton Rampersad says regional leaders must agree a common position before meeting US officials in Washington next month.",
        lambda k: it(k, "PM: Caricom must speak with one voice on US deportations", w, ["Kevon Alleyne-Baptiste"], junk=["appeared first on"]))
    w = d(4, 10, 5, off=-4)
    add(1100362, "guyana-oil-output-record", "Guyana oil output hits record 900,000 barrels a day", w, "Tidings TT",
        "<p>GEORGETOWN – Guyana’s oil production reached a record in November, the energy ministry said.",
        lambda k: it(k, "Guyana oil output hits record 900,000 barrels a day", w, [], rel=False, junk=["appeared first on"], note="Energy/business; the creator is the outlet"))
    w = d(4, 11, 30, off=-4)
    add(1100377, "soca-warriors-coach-names-squad", "Soca Warriors coach names squad for Gold Cup qualifier", w, "Nicholas Ganpat",
        "<p>THE national men’s football team will face Haiti in Port of Spain on December 14.",
        lambda k: it(k, "Soca Warriors coach names squad for Gold Cup qualifier", w, ["Nicholas Ganpat"], rel=False, junk=["appeared first on"]))
    w = d(4, 12, 15, off=-4)
    add(1100385, "haiti-gangs-seize-town-near-border", "Gangs seize town near Haiti’s border with Dominican Republic", w, "Associated Press",
        "<p>PORT-AU-PRINCE, Haiti (AP) — Gang members seized the town of Ouanaminthe on Thursday, forcing thousands to flee into the Dominican Republic.",
        lambda k: it(k, "Gangs seize town near Haiti’s border with Dominican Republic", w, ["Associated Press"], junk=["(AP) —", "appeared first on"]))
    w = d(4, 13, 0, off=-4)
    add(1100392, "editorial-the-venezuela-question", "EDITORIAL: The Venezuela question", w, "Tidings TT",
        "<p>THE Government’s silence on the gas licence talks with Caracas is not diplomacy; it is drift.",
        lambda k: it(k, "The Venezuela question", w, [], junk=["appeared first on"], note="Unsigned editorial. Title label 'EDITORIAL:' may be kept or dropped"))
    channel = ("\t<title>World &#8211; Tidings TT</title>\n\t<atom:link href=\"https://tidingstt.com/category/world/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n"
               "\t<link>https://tidingstt.com</link>\n\t<description>Trinidad and Tobago&#039;s independent daily</description>\n"
               f"\t<lastBuildDate>{rfc822(d(4, 13, 0, off=-4))}</lastBuildDate>\n\t<language>en-US</language>\n\t<generator>https://wordpress.org/?v=6.5.5</generator>")
    body = rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM)
    warn = ("<br />\n<b>Warning</b>:  Undefined array key \"HTTP_X_FORWARDED_PROTO\" in <b>/home/tidingstt/public_html/wp-config.php</b> on line <b>94</b><br />\n"
            "<br />\n<b>Deprecated</b>:  Creation of dynamic property Tidings_Ads::$slot is deprecated in <b>/home/tidingstt/public_html/wp-content/plugins/tidings-ads/ads.php</b> on line <b>212</b><br />\n")
    return feed("en_tt_tidings_world_php_warnings.rss.xml", warn + body, items, lang="en", outlet="Tidings TT", aliases=["Tidings"],
                ctype="application/rss+xml; charset=UTF-8",
                notes="TRAP: a misconfigured PHP host prints HTML warning lines (<br />, <b>Warning</b>, <b>Deprecated</b>) BEFORE the XML declaration, so the document is not well-formed; a reader that skips the leading garbage gets a normal WordPress feed.",
                structure="Newsday (Trinidad)-style WordPress category feed served by a misconfigured PHP host: PHP 'Warning' and 'Deprecated' HTML lines before '<?xml', then a normal tab-indented feed: channel 'World &#8211; Outlet', '?p=' guids, CDATA dc:creator (names, 'Associated Press', the outlet), CDATA descriptions with an upper-case first word, ' [&#8230;]' and 'The post … appeared first on …', 'PM:' and 'EDITORIAL:' labels, -0400 dates")


# ---------------------------------------------------------------- Brazilian regional portal with double-encoded UTF-8
def mojibake(s: str) -> str:
    """UTF-8 bytes read as windows-1252 and written out as UTF-8 again ('é' -> 'Ã©', '’' -> 'â€™');
    the five bytes windows-1252 leaves undefined pass through as latin-1 control characters."""
    out = []
    for b in s.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def tocantins():
    rows, items = [], []

    def add(n, title, when, desc, exp, broken=True):
        url = f"https://www.portaldoaraguaia.com.br/noticia.php?id={n}"
        t, dsc = (mojibake(title), mojibake(desc)) if broken else (title, desc)
        rows.append(f"<item>\r\n<title>{esc(t)}</title>\r\n<link>{url}</link>\r\n<description>{esc(dsc)}</description>\r\n"
                    f"<pubDate>{rfc822(when)}</pubDate>\r\n</item>")
        items.append(exp(url))

    w = d(4, 9, 0, off=-3)
    add(58812, "Brasil e Paraguai assinam acordo sobre hidrovia do Paraná", w,
        "Os chanceleres dos dois países assinaram em Assunção o acordo que regula a navegação de barcaças no rio Paraná.",
        lambda k: it(k, "Brasil e Paraguai assinam acordo sobre hidrovia do Paraná", w, [], note="Title and description are double-encoded UTF-8 in the bytes ('ParanÃ¡'); the repaired text is expected"))
    w = d(4, 10, 30, off=-3)
    add(58820, "Itamaraty convoca embaixador da Venezuela após incidente na fronteira de Roraima", w,
        "O Ministério das Relações Exteriores — o Itamaraty — pediu explicações sobre a presença de militares venezuelanos em território brasileiro.",
        lambda k: it(k, "Itamaraty convoca embaixador da Venezuela após incidente na fronteira de Roraima", w, [], note="Double-encoded UTF-8 ('apÃ³s'; the em dashes of the description became 'â€”'); the repaired text is expected"))
    w = d(4, 11, 45, off=-3)
    add(58833, "Safra de soja em Araguaína deve bater recorde, diz Conab", w,
        "A estimativa é de 1,2 milhão de toneladas na região.",
        lambda k: it(k, "Safra de soja em Araguaína deve bater recorde, diz Conab", w, [], rel=False, note="Double-encoded UTF-8; the repaired text is expected"))
    w = d(4, 12, 20, off=-3)
    add(58840, "ONU pede cessar-fogo “imediato” no Sudão", w,
        "O secretário-geral disse que a situação em Darfur é “catastrófica” e pediu acesso humanitário.",
        lambda k: it(k, "ONU pede cessar-fogo “imediato” no Sudão", w, [], note="Double-encoded via windows-1252: the curly quotes became 'â€œ' and 'â€' plus a C1 control character, which a latin-1 round trip cannot undo; the repaired text is expected"))
    w = d(4, 13, 5, off=-3)
    add(58847, "Argentina anuncia saída do Mercosul em 2027", w,
        "O governo argentino comunicou a decisão aos demais membros do bloco nesta quinta-feira.",
        lambda k: it(k, "Argentina anuncia saída do Mercosul em 2027", w, [], note="This item was saved through the new editor: its text is correct UTF-8, unlike the others"), broken=False)
    w = d(4, 14, 10, off=-3)
    add(58851, "Vídeo: veja como ficou a ponte sobre o rio Tocantins após a cheia", w,
        "Confira as imagens.",
        lambda k: it(k, "Veja como ficou a ponte sobre o rio Tocantins após a cheia", w, [], story=False, rel=False, note="Video; double-encoded UTF-8. Title label 'Vídeo:' may be kept or dropped"))
    channel = (f"<title>{esc(mojibake('Portal do Araguaia - Notícias'))}</title>\r\n<link>https://www.portaldoaraguaia.com.br/</link>\r\n"
               f"<description>{esc(mojibake('As últimas notícias do Tocantins, do Brasil e do mundo'))}</description>\r\n<language>pt-br</language>")
    text = rss(channel, rows, decl="utf-8", sep="\r\n")
    return feed("pt_br_portaldoaraguaia_noticias_double_utf8.rss.xml", text, items, lang="pt", outlet="Portal do Araguaia", topic="mixed",
                ctype="text/xml; charset=utf-8",
                notes="TRAP: the bytes are valid UTF-8 and correctly declared, but most text fields were converted to UTF-8 twice (UTF-8 bytes read as windows-1252, then written out as UTF-8), so readers see 'NotÃ­cias' / 'apÃ³s' and, where curly quotes or dashes occur, 'â€œ' / 'â€”', which a plain latin-1 round trip cannot undo; one item is clean. A good reader repairs the mojibake; the expected titles are the repaired ones.",
                structure="Brazilian regional news portal's hand-written PHP RSS (noticia.php?id=<n>): CRLF line ends, no guids (links are the ids), no authors, double-encoded UTF-8 (via windows-1252, so curly quotes and dashes turn into 'â€œ', 'â€”') in the channel and in five of six items, plain descriptions, 'Vídeo:' label, -0300 dates, mixed local and world news")


FEEDS = [roshan, sitara, tidings, tocantins]
