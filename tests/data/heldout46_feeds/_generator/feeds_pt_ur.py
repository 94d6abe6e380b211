# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese and Urdu feeds of the forty-sixth held-out set (a Funchal daily on WordPress 4.7,
a Goiânia portal on CakePHP, a Sialkot Urdu daily on Yii 2, an Oslo Urdu weekly on WordPress 6.2
with Polylang). All outlets, people and quotations are invented."""
from gen import build
from h46 import cd, d, esc, rfc822, utc0, wpt

WPNS = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n')


def wprow(base, perma):
    def row(tail, title, when, creator, body):
        pid, slug = tail.split(":")
        url = perma(base, when, slug)
        exc = body.split("</p>")[0].replace("<p>", "")
        return f"{base}/?p={pid}", (f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#respond</comments>\n\t\t<pubDate>{utc0(when)}</pubDate>\n"
                                    f"\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t\t\t<category><![CDATA[Mundo]]></category>\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n"
                                    f"\t\t<description><![CDATA[{exc} [&hellip;]]]></description>\n\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
                                    f"\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t\t</item>")
    return row


# ---------------------------------------------------------------- Funchal (Madeira) daily on WordPress 4.7
def funchal():
    base = "https://www.correiodofunchal.example"
    row = wprow(base, lambda b, w, s: f"{b}/{w.strftime('%Y/%m/%d')}/{s}/")

    def wrap(head, rows):
        return WPNS + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"

    w = [d(2017, 11, 16, 18, 20, 0, 0), d(2017, 11, 16, 10, 0, 0, 0), d(2017, 11, 15, 17, 30, 0, 0), d(2017, 11, 15, 9, 15, 0, 0), d(2017, 11, 14, 15, 0, 0, 0), d(2017, 11, 14, 8, 0, 0, 0)]
    rows = [
        ("80412:venezuela-madeirenses-regresso", "Venezuela: «Já não há remédios nem pão», contam madeirenses que regressam", w[0], "Sónia Freitas",
         "<p>Chegam todas as semanas ao aeroporto. «Já não há remédios nem pão. Vendemos tudo o que tínhamos», conta Manuel Gouveia, 61 anos, natural de São Vicente, que viveu 40 anos em Caracas.</p><p>O secretário de Estado das Comunidades, Henrique Vasconcelos Sá, afirmou que o Governo está «a acompanhar a situação com toda a atenção».</p><p>Segundo o consulado em Caracas, mais de cinco mil luso-venezuelanos pediram documentos este ano.</p>",
         ["Sónia Freitas"], [("Manuel Gouveia",)], True, True,
         "pt-PT uses «…» guillemets; 'conta', 'afirmou', 'segundo'. The Venezuelan crisis through returning emigrants: relevant (world affairs and foreign policy)."),
        ("80398:zimbabue-militares-mugabe", "Zimbabué: militares garantem que não se trata de um golpe", w[1], "Lusa",
         "<p>Harare, 16 nov (Lusa) – Os militares do Zimbabué afirmaram que a operação em curso «não é um golpe de Estado».</p><p>— Estamos apenas a visar criminosos à volta do Presidente — disse um porta-voz militar na televisão estatal.</p><p>Um diplomata ocidental em Harare, que pediu o anonimato, disse à Lusa que a situação estava «calma mas tensa».</p>",
         [], [("um porta-voz militar",)], True, True,
         "Quote by travessão (em-dash dialogue lines '— … — disse X'). The army's statement as an organisation's. Agency 'Lusa' as author: []. The head of state appears only as a setting."),
        ("80380:funchal-obras-avenida-do-mar", "Obras na Avenida do Mar prolongam-se até março", w[2], "Rui Camacho",
         "<p>As obras vão durar mais quatro meses. «Não há outra solução», disse o vereador Bruno Pereira Teixeira.</p>",
         ["Rui Camacho"], [("Bruno Pereira Teixeira",)], True, False, "City news: not relevant."),
        ("80371:brexit-madeirenses-reino-unido", "Brexit: madeirenses em Jersey e Londres pedem garantias", w[3], "Sónia Freitas",
         "<p>A comunidade madeirense no Reino Unido pede garantias.</p><p>«Pagamos impostos há vinte anos. Queremos saber se amanhã ainda cá estamos», disse Paula Nóbrega, presidente da associação Madeira-em-Londres.</p><p>«É uma preocupação legítima», afirmou, por seu lado, fonte do Ministério dos Negócios Estrangeiros.</p>",
         ["Sónia Freitas"], [("Paula Nóbrega", "Madeira-em-Londres"), ("fonte do Ministério dos Negócios Estrangeiros",)], True, True,
         "'fonte do Ministério': an unnamed source. Relevant."),
        ("80360:video-festa-do-vinho", "VÍDEO: Festa da Castanha no Curral das Freiras", w[4], "Multimédia", "<p>[embed]https://video.example/v/8812[/embed]</p>", [], [], False, False, "Video: not a story. Title label 'VÍDEO:' may be kept or dropped."),
        ("80351:cop23-bona-ilhas", "COP23: pequenas ilhas exigem «ação, não promessas»", w[5], "Lusa",
         "<p>Bona, 14 nov (Lusa) – Os pequenos Estados insulares exigiram na COP23 «ação, não promessas». «Para nós, meio grau é a diferença entre ter um país e não ter», afirmou o ministro do Ambiente de Tuvalu, Talia Ioane Faleafa.</p>",
         [], [("Talia Ioane Faleafa", "Tuvalu")], True, True, "Relevant."),
    ]
    head = (f"\t<title>Mundo &#8211; Correio do Funchal</title>\n\t<atom:link href=\"{base}/category/mundo/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n"
            f"\t<description>Diário da Madeira</description>\n\t<lastBuildDate>{utc0(w[0])}</lastBuildDate>\n\t<language>pt-PT</language>\n\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t<sy:updateFrequency>1</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=4.7.8</generator>\n")
    return build({"name": "pt_correiodofunchal_mundo_wp47.rss.xml"}, rows, row, head, wrap, lang="pt", outlet="Correio do Funchal", ctype="application/rss+xml; charset=UTF-8",
                 structure="Funchal (Madeira) daily's 'Mundo' category on WordPress 4.7.8: pt-PT, '/YYYY/MM/DD/<slug>/' links, '?p=<id>' guids, +0000 dates (Madeira on WET), CDATA dc:creator with a journalist, 'Lusa' or 'Multimédia', excerpts ending ' [&hellip;]', content:encoded with «…» quotes (European Portuguese), travessão dialogue ('— … — disse X'), 'conta', 'afirmou', 'segundo', 'fonte do Ministério', Lusa datelines 'Harare, 16 nov (Lusa) –', an unrendered [embed] shortcode, November 2017")


# ---------------------------------------------------------------- Goiânia news portal on CakePHP 4 (RssView helper)
def cerrado():
    base = "https://www.diariodocerrado.example"

    def row(tail, title, when, creator, body):
        url = f"{base}/noticias/mundo/{tail}"
        nid = tail.split("-")[0]
        return url, (f"<item><title>{esc(title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid><description>{esc(body)}</description>"
                     f"<pubDate>{rfc822(when)}</pubDate>" + (f"<dc:creator>{esc(creator)}</dc:creator>" if creator else "") + "<category>Mundo</category></item>")

    def wrap(head, rows):
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0"><channel>' + head + "".join(rows) + "</channel></rss>")

    w = [d(2022, 8, 24, 19, 10, 0, -3), d(2022, 8, 24, 11, 0, 0, -3), d(2022, 8, 23, 16, 45, 0, -3), d(2022, 8, 23, 9, 30, 0, -3), d(2022, 8, 22, 14, 0, 0, -3), d(2022, 8, 22, 8, 0, 0, -3)]
    rows = [
        ("88231-ucrania-seis-meses-guerra", "Seis meses de guerra: “Não sabemos quando vamos voltar”, diz brasileira em Kiev", w[0], "Larissa Amaral",
         "<p>Há seis meses a goiana Fernanda Queiroz decidiu ficar em Kiev. “Não sabemos quando vamos voltar para casa, nem se a casa ainda vai estar lá”, disse ela por telefone.</p><p>O Itamaraty informou, em nota, que mantém “canais abertos” com os cerca de 500 brasileiros que permanecem no país.</p>",
         ["Larissa Amaral"], [("Fernanda Queiroz",)], True, True, "Brazilian “…” quotes, 'disse ela', a ministry by metonymy ('Itamaraty') in a note. Relevant."),
        ("88226-chile-plebiscito-constituicao", "Chile vota nova Constituição em 4 de setembro; pesquisas indicam rejeição", w[1], "Estadão Conteúdo",
         "<p>SANTIAGO – Os chilenos vão às urnas no dia 4 de setembro. Segundo a pesquisa Cadem, 48% pretendem rejeitar o texto. “O país está dividido ao meio”, afirmou a cientista política Javiera Montalva, da Universidade Diego Portales.</p>",
         [], [("Javiera Montalva", "Universidade Diego Portales")], True, True, "Agency credit: []. 'segundo a pesquisa' is a source, not a quote speaker in the strict sense (may be omitted)."),
        ("88219-goiania-chuva-granizo", "Chuva de granizo atinge bairros de Goiânia", w[2], "Pedro Henrique Rocha",
         "<p>Uma chuva de granizo atingiu o Setor Bueno. “Foi assustador”, disse a comerciante Márcia Lopes.</p>",
         ["Pedro Henrique Rocha"], [("Márcia Lopes",)], True, False, "City weather: not relevant."),
        ("88210-taiwan-exercicios-militares", "China encerra exercícios perto de Taiwan; Taipé fala em “ameaça contínua”", w[3], "Da Redação, com agências",
         "<p>A China anunciou o fim dos exercícios militares. O Ministério da Defesa de Taiwan, porém, classificou a atividade como uma “ameaça contínua”. De acordo com um diplomata asiático ouvido pela reportagem sob condição de anonimato, “a crise mudou de patamar”.</p>",
         [], [], True, True, "'Da Redação, com agências' is no person. 'De acordo com' + anonymous diplomat."),
        ("88202-agro-soja-exportacao", "Goiás bate recorde de exportação de soja", w[4], "Pedro Henrique Rocha",
         "<p>O estado exportou 9 milhões de toneladas. “É resultado de tecnologia”, afirmou o secretário de Agricultura.</p>", ["Pedro Henrique Rocha"], [("o secretário de Agricultura",)], True, False, "Home economy: not relevant."),
        ("88195-enquete-eleicoes", "Enquete: você já decidiu seu voto?", w[5], "", "<p>Participe.</p>", [], [], False, False, "Reader poll: not a story."),
    ]
    head = (f"<title>Diário do Cerrado - Mundo</title><link>{base}/noticias/mundo</link><description>Últimas notícias de Mundo</description><language>pt-br</language>")
    return build({"name": "pt_br_diariodocerrado_mundo_cakephp.rss.xml"}, rows, row, head, wrap, lang="pt", outlet="Diário do Cerrado", ctype="application/rss+xml; charset=UTF-8",
                 structure="Goiânia (Goiás) news portal on CakePHP 4 with the RssView/XML helper: prolog on its own line and everything else on one line, dc namespace before version, language pt-br, '/noticias/mundo/<id>-<slug>' permalink guids, escaped <p> descriptions, pubDate -0300, dc:creator with a reporter, 'Estadão Conteúdo', 'Da Redação, com agências' or absent, category 'Mundo', Brazilian “…” quotes with 'disse', 'afirmou', 'segundo', 'de acordo com', 'informou, em nota', a reader poll, August 2022")


# ---------------------------------------------------------------- Sialkot Urdu daily on Yii 2 (custom RSS action)
def iqbal():
    base = "https://www.roznamaiqbalnama.example"

    def row(tail, title, when, creator, body):
        url = f"{base}/news/{tail}"
        return url, (f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(body)}</description>\n    <pubDate>{rfc822(when)}</pubDate>\n    <guid>{url}</guid>\n"
                     + (f"    <author>{esc(creator)}</author>\n" if creator else "") + "  </item>")

    def wrap(head, rows):
        return '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n"

    w = [d(2020, 12, 10, 20, 0, 0, 5), d(2020, 12, 10, 13, 30, 0, 5), d(2020, 12, 9, 18, 0, 0, 5), d(2020, 12, 9, 10, 0, 0, 5), d(2020, 12, 8, 16, 0, 0, 5), d(2020, 12, 8, 9, 0, 0, 5)]
    rows = [
        ("48821", "افغان امن مذاکرات: ”پیش رفت سست مگر جاری ہے“، قطر", w[0], "نمائندہ خصوصی",
         "<p><strong>دوحہ (ایجنسیاں)</strong> قطر کی وزارت خارجہ کے ترجمان ماجد الحمیدی نے کہا ہے کہ افغان امن مذاکرات میں ”پیش رفت سست مگر جاری ہے“۔</p><p>ایک سینئر مغربی سفارت کار نے نام ظاہر نہ کرنے کی شرط پر بتایا کہ فریقین ایجنڈے پر متفق ہو گئے ہیں۔</p>",
         [], [], True, True,
         "Urdu ”…“ quotes after 'نے کہا ہے کہ'; an anonymous diplomat 'نام ظاہر نہ کرنے کی شرط پر'. 'نمائندہ خصوصی' is a credit. Relevant."),
        ("48815", "بھارتی کسانوں کا احتجاج، برطانوی ارکان پارلیمنٹ کا خط", w[1], "ایجنسیاں",
         "<p><strong>نئی دہلی (ایجنسیاں)</strong> بھارت میں کسانوں کا احتجاج تیسرے ہفتے میں داخل ہو گیا۔ کسان رہنما گرمیت سنگھ سندھو نے کہا کہ ”ہم قانون واپس ہونے تک گھر نہیں جائیں گے“۔ بھارتی وزارت خارجہ نے بیرونی تبصروں کو ”غیر ضروری“ قرار دیا۔</p>",
         [], [("گرمیت سنگھ سندھو",)], True, True, "A ministry's statement ('قرار دیا'). Neighbour's domestic unrest with foreign reactions: relevant."),
        ("48809", "سیالکوٹ: ایکسپورٹرز کا بجلی کے نرخوں پر احتجاج", w[2], "محمد عمران بٹ",
         "<p>سیالکوٹ چیمبر آف کامرس کے صدر خواجہ نعیم اشرف نے کہا کہ ”بجلی مہنگی ہوئی تو برآمدات گریں گی“۔</p>",
         ["محمد عمران بٹ"], [("خواجہ نعیم اشرف", "سیالکوٹ چیمبر آف کامرس")], True, False, "Home business news: not relevant. 'خواجہ' is an honorific/clan title kept as in common use."),
        ("48802", "ایران کے جوہری سائنسدان کا قتل: اقوام متحدہ کی تحقیقات کا مطالبہ", w[3], "ایجنسیاں",
         "<p><strong>تہران (ایجنسیاں)</strong> ایرانی وزیر خارجہ کے ترجمان حمید رضا نوری نے کہا کہ ”اس جرم کا جواب دیا جائے گا“۔ اقوام متحدہ کے ترجمان نے تحمل کی اپیل کی۔</p>",
         [], [("حمید رضا نوری", "ایرانی وزیر خارجہ")], True, True, "Relevant."),
        ("48796", "ویڈیو: سیالکوٹ میں دھند کا راج", w[4], "", "<p>ویڈیو دیکھیں</p>", [], [], False, False, "Video: not a story. Title label 'ویڈیو:' may be kept or dropped."),
        ("48790", "آرمینیا آذربائیجان جنگ بندی، روسی امن فوج تعینات", w[5], "ڈاکٹر فرحانہ قریشی",
         "<p>روسی وزارت دفاع کے مطابق امن فوج کے دو ہزار اہلکار تعینات کر دیے گئے ہیں۔ آذربائیجانی شہری علی یوف نے کہا، ”ہم تیس سال بعد گھر جا رہے ہیں“۔</p>",
         ["فرحانہ قریشی"], [("علی یوف",)], True, True, "Byline with the title 'ڈاکٹر' (Dr): the name is 'فرحانہ قریشی'. 'کے مطابق' (according to) an organisation."),
    ]
    head = (f"<title>روزنامہ اقبال نامہ - بین الاقوامی</title>\n<link>{base}/category/international</link>\n<description>تازہ ترین بین الاقوامی خبریں</description>\n<language>ur</language>\n")
    return build({"name": "ur_pk_iqbalnama_international_yii2.rss.xml"}, rows, row, head, wrap, lang="ur", outlet="روزنامہ اقبال نامہ", aliases=["اقبال نامہ", "Roznama Iqbal Nama"],
                 ctype="application/rss+xml; charset=UTF-8",
                 structure="Sialkot Urdu daily's 'بین الاقوامی' feed from a Yii 2 controller action with a hand-written view: no namespaces, language 'ur', '/news/<id>' links as bare guids, escaped <p> bodies with bold 'شہر (ایجنسیاں)' datelines, ”…“ quotes after 'نے کہا کہ' and 'نے کہا،', 'کے مطابق', 'قرار دیا', 'نام ظاہر نہ کرنے کی شرط پر', <author> with a reporter, 'ڈاکٹر Name', 'ایجنسیاں', 'نمائندہ خصوصی' or absent, +0500 dates, a video, December 2020")


# ---------------------------------------------------------------- Oslo Urdu weekly on WordPress 6.2 with Polylang (Urdu language feed)
def oslo():
    base = "https://urdu.nordlys-avis.example"
    row0 = wprow(base, lambda b, w, s: f"{b}/ur/{s}/")

    def row(tail, title, when, creator, body):
        k, x = row0(tail, title, when, creator, body)
        return k, x.replace("<![CDATA[Mundo]]>", "<![CDATA[بین الاقوامی]]>").replace("[&hellip;]", "[&#8230;]")

    def wrap(head, rows):
        return WPNS + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"

    w = [d(2023, 6, 15, 17, 0, 0, 2), d(2023, 6, 15, 9, 0, 0, 2), d(2023, 6, 14, 16, 30, 0, 2), d(2023, 6, 14, 8, 0, 0, 2), d(2023, 6, 13, 15, 0, 0, 2), d(2023, 6, 13, 7, 0, 0, 2)]
    rows = [
        ("7712:greece-boat-disaster", "یونان کشتی حادثہ: ”میرا بھائی اسی کشتی پر تھا“", w[0], "شازیہ ملک، اوسلو",
         "<p>یونان کے ساحل کے قریب تارکین وطن کی کشتی ڈوبنے سے درجنوں افراد ہلاک ہو گئے جن میں پاکستانی بھی شامل ہیں۔ اوسلو میں مقیم گجرات کے عمران چوہدری نے بتایا، ”میرا بھائی اسی کشتی پر تھا، ہمیں ابھی تک کوئی خبر نہیں ملی“۔</p><p>یونانی کوسٹ گارڈ کے ترجمان نکوس الیگزاندرو نے کہا کہ امدادی کارروائی جاری ہے۔</p>",
         ["شازیہ ملک"], [("عمران چوہدری",)], True, True,
         "Byline 'Name، City' (the Urdu comma before the city). Headline quote from the body. Relevant (Norway's home country; Greece and Pakistan are foreign)."),
        ("7705:norway-pakistan-visa", "ناروے: پاکستانی طلبہ کے ویزوں میں تاخیر، وزارت کا جواب", w[1], "نمائندہ",
         "<p>ناروے کی وزارت انصاف کے ایک ترجمان نے کہا کہ تاخیر ”عارضی“ ہے۔ طلبہ تنظیم کی رہنما عائشہ ناز نے کہا، ”ہمارا سمسٹر شروع ہونے والا ہے“۔</p>",
         [], [("عائشہ ناز", "طلبہ تنظیم")], True, False, "Home (Norwegian) immigration administration: not relevant. 'نمائندہ' (correspondent) is a credit."),
        ("7698:imf-pakistan-budget", "آئی ایم ایف کا پاکستانی بجٹ پر اعتراض", w[2], "ویب ڈیسک",
         "<p>آئی ایم ایف کی نمائندہ ایستھر پیریز روئز نے ایک بیان میں کہا کہ بجٹ ”پروگرام کے اہداف سے مطابقت نہیں رکھتا“۔ وزارت خزانہ کے ذرائع کے مطابق بات چیت جاری ہے۔</p>",
         [], [], True, True, "'ویب ڈیسک' is a desk. Relevant (foreign from Oslo)."),
        ("7690:sudan-ceasefire-jeddah", "سوڈان: جدہ مذاکرات معطل", w[3], "ویب ڈیسک",
         "<p>امریکی محکمہ خارجہ نے کہا ہے کہ جدہ مذاکرات معطل کر دیے گئے ہیں۔</p>", [], [], True, True, "Organisation's statement only. Relevant."),
        ("7684:eid-prayer-times-oslo", "اوسلو میں عید الاضحیٰ کی نماز کے اوقات", w[4], "ادارہ", "<p>مساجد کی فہرست</p>", [], [], False, False, "Community notice: not a story."),
        ("7679:e-paper", "ای پیپر: شمارہ 24", w[5], "ادارہ", "<p>پی ڈی ایف ڈاؤن لوڈ کریں</p>", [], [], False, False, "E-paper notice: not a story."),
    ]
    head = (f"\t<title>بین الاقوامی &#8211; نارڈلیز اردو</title>\n\t<atom:link href=\"{base}/ur/category/international/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}/ur/</link>\n"
            f"\t<description>ناروے سے اردو ہفت روزہ</description>\n\t<lastBuildDate>{utc0(w[0])}</lastBuildDate>\n\t<language>ur</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.2.2</generator>\n")
    return build({"name": "ur_no_nordlysurdu_international_wp62_polylang.rss.xml"}, rows, row, head, wrap, lang="ur", outlet="نارڈلیز اردو", aliases=["Nordlys Urdu", "Nordlys"],
                 ctype="application/rss+xml; charset=UTF-8",
                 structure="Oslo Urdu weekly (the Urdu edition of a Norwegian multilingual site) on WordPress 6.2.2 with Polylang: '/ur/' language prefix in links and feed URL, language 'ur' from Polylang, channel 'Category &#8211; Brand', the 6.x sy:update* whitespace, '?p=<id>' guids, +0000 dates (newsroom CEST +0200), CDATA dc:creator with 'Name، City', 'نمائندہ', 'ویب ڈیسک' or 'ادارہ', excerpts ending ' [&#8230;]', ”…“ quotes after 'نے بتایا،' and 'نے کہا،', 'کے ذرائع کے مطابق', ministries and agencies quoted, a community notice and an e-paper notice, June 2023")


FEEDS = [funchal, cerrado, iqbal, oslo]
