# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese and Urdu feeds of the fifty-ninth held-out set: a Teresina daily's classic-ASP
feed in ISO-8859-1 with Portuguese day names, a Leiria weekly-turned-daily on Blogger, a
Gujranwala Urdu daily on WordPress 3.4 and a Sukkur Urdu news site's PHP feed. All outlets,
people and quotations are invented."""
from h59 import cd, d, esc, feed, it, q, rfc822


# ---------------------------------------------------------------- Teresina daily, classic ASP (March 2011)
def parnaiba():
    base = "http://www.diariodoparnaiba.example"
    rows, items = [], []

    def add(nid, title, when, author, body, exp):
        link = f"{base}/noticia.asp?cod={nid}&amp;ed=mundo"
        a = f"\r\n<autor>{esc(author)}</autor>" if author else ""
        rows.append(f"<item>\r\n<title>{esc(title)}</title>\r\n<link>{link}</link>\r\n<description>{esc(body)}</description>{a}\r\n<pubDate>{rfc822(when, 'pt')}</pubDate>\r\n</item>")
        items.append(exp(link.replace("&amp;", "&")))

    w = d(2011, 3, 17, 21, 40, 0, -3)
    add(88412, "ONU aprova zona de exclusão aérea na Líbia; Brasil se abstém", w, "Da Redação, com agências",
        "Nova York - O Conselho de Segurança da ONU aprovou nesta quinta-feira uma zona de exclusão aérea sobre a Líbia. O Brasil, membro rotativo do conselho, absteve-se ao lado de China, Rússia, Índia e Alemanha. \"A abstenção não é indiferença, é prudência\", disse o professor de relações internacionais Otávio Carvalhêdo, da Universidade Federal do Piauí.",
        lambda k: it(k, "ONU aprova zona de exclusão aérea na Líbia; Brasil se abstém", w, [], quotes=[q("Otávio Carvalhêdo", "Universidade Federal do Piauí")],
                     note="Classic ASP feed: pubDate with PORTUGUESE day names ('qui, 17 mar 2011 21:40:00 -0300'), a non-RSS <autor> element, CRLF line ends, ISO-8859-1 declared and used. 'Da Redação, com agências' is no person. Brazil's UN Security Council vote: relevant."))
    w = d(2011, 3, 16, 18, 5, 0, -3)
    add(88398, "Japão: Itamaraty localiza 14 piauienses na região do tsunami", w, "Raimundo Nonato Brito",
        "Teresina - O Itamaraty localizou 14 dos 16 piauienses que viviam nas províncias atingidas pelo tsunami no Japão. \"Minha filha ligou de um abrigo em Sendai e disse que está bem\", contou a aposentada Francisca das Chagas Leal, do bairro Dirceu.",
        lambda k: it(k, "Japão: Itamaraty localiza 14 piauienses na região do tsunami", w, ["Raimundo Nonato Brito"], quotes=[q("Francisca das Chagas Leal")],
                     note="The foreign ministry accounts for its nationals after a major disaster abroad: relevant (rule C-b; relabelled, was not relevant). 'das Chagas' is part of the name; a neighbourhood is no affiliation."))
    w = d(2011, 3, 16, 9, 30, 0, -3)
    add(88390, "Visita de Obama: Brasília e Washington devem assinar acordos de comércio", w, "Da Redação, com agências",
        "Brasília - Os governos do Brasil e dos Estados Unidos devem assinar no sábado acordos sobre comércio, energia e cooperação espacial durante a visita do presidente americano.",
        lambda k: it(k, "Visita de Obama: Brasília e Washington devem assinar acordos de comércio", w, [], note="Bilateral visit and trade agreements; the head of state is only a setting. Relevant."))
    w = d(2011, 3, 15, 19, 0, 0, -3)
    add(88377, "Prefeitura de Teresina anuncia recuperação da Avenida Frei Serafim", w, "Raimundo Nonato Brito",
        "Teresina - A Prefeitura anunciou obras de recuperação do asfalto da Avenida Frei Serafim a partir de abril.",
        lambda k: it(k, "Prefeitura de Teresina anuncia recuperação da Avenida Frei Serafim", w, ["Raimundo Nonato Brito"], rel=False, note="City news: not relevant."))
    w = d(2011, 3, 15, 10, 0, 0, -3)
    add(88369, "Vídeo: imagens do tsunami em Miyako", w, None,
        "Assista ao vídeo.",
        lambda k: it(k, "Imagens do tsunami em Miyako", w, [], story=False, rel=False, note="Video: not a story. Title label 'Vídeo:' may be kept or dropped."))
    w = d(2011, 3, 14, 17, 20, 0, -3)
    add(88355, "Kadafi avança sobre Benghazi e rebeldes pedem ajuda ao Ocidente", w, "Da Redação, com agências",
        "Trípoli - As forças leais a Muamar Kadafi retomaram Brega e avançam em direção a Benghazi, reduto dos rebeldes, que pediram ao Ocidente uma zona de exclusão aérea.",
        lambda k: it(k, "Kadafi avança sobre Benghazi e rebeldes pedem ajuda ao Ocidente", w, [], note="War abroad: relevant."))
    text = ('<?xml version="1.0" encoding="ISO-8859-1"?>\r\n<rss version="2.0">\r\n<channel>\r\n<title>Diário do Parnaíba - Mundo</title>\r\n'
            f'<link>{base}/</link>\r\n<description>Notícias do Piauí, do Brasil e do mundo</description>\r\n<language>pt-br</language>\r\n'
            + "\r\n".join(rows) + "\r\n</channel>\r\n</rss>")
    return feed("pt_br_pi_diariodoparnaiba_mundo_asp_latin1.rss.xml", text, items, lang="pt", outlet="Diário do Parnaíba", aliases=["Diario do Parnaiba"],
                encoding="latin-1", declared="ISO-8859-1", ctype="text/xml; charset=ISO-8859-1",
                structure="Teresina (Piauí) daily's 'Mundo' feed written by a classic ASP page (noticia.asp?cod=…&amp;ed=mundo, 2011): ISO-8859-1 declared and used, CRLF line ends, no trailing newline, no indentation, channel 'Brand - Mundo', pt-br, items without guid, plain-text escaped descriptions with straight double quotes and 'Cidade - ' datelines, a non-standard <autor> element (a reporter or 'Da Redação, com agências'), pubDate written with the server's Portuguese locale ('qui, 17 mar 2011 21:40:00 -0300', 'ter', 'seg'), a video, March 2011",
                notes="Home country: Brazil (Piauí). Dates with Portuguese day and month names must be read, not dropped; the <autor> element is not RSS and is the only byline.")


# ---------------------------------------------------------------- Leiria paper on Blogger (November 2012)
def jornaldolis():
    base = "http://jornaldolis.blogspot.example"
    blog = "tag:blogger.com,1999:blog-7390217745539421021"
    rows, items = [], []

    def add(pid, slug, title, when, cats, body, exp):
        link = f"{base}/{when:%Y/%m}/{slug}.html"
        c = "".join(f"<category domain='http://www.blogger.com/atom/ns#'>{x}</category>" for x in cats)
        upd = when.astimezone(d(2012, 1, 1, 0, 0).tzinfo)
        rows.append(f"<item><guid isPermaLink='false'>{blog}.post-{pid}</guid><pubDate>{rfc822(upd)}</pubDate><atom:updated>{when.isoformat(timespec='milliseconds')}</atom:updated>{c}"
                    f"<title>{esc(title)}</title><description>{esc(body)}</description><link>{link}</link><author>noreply@blogger.com (Jornal do Lis)</author><thr:total>0</thr:total></item>")
        items.append(exp(f"{blog}.post-{pid}"))

    w = d(2012, 11, 17, 19, 20, 0)
    add("4417720918356602211", "gaza-bombardeamentos-continuam", "Gaza: bombardeamentos continuam, Egipto tenta mediar tréguas", w, ["Mundo"],
        "<div style=\"text-align: justify;\">Os bombardeamentos israelitas sobre Gaza e o lançamento de rockets contra Israel prosseguiram pelo quarto dia, enquanto o Egipto tenta mediar uma trégua.<br /><br />\"Nenhuma das partes quer uma invasão terrestre, mas ambas se preparam para ela\", disse ao Jornal do Lis o investigador Duarte Pinheiro Mascarenhas, do Instituto Português de Relações Internacionais.<br /><br /><b>Texto: Carla Vieira Ladeira</b></div>",
        lambda k: it(k, "Gaza: bombardeamentos continuam, Egipto tenta mediar tréguas", w, ["Carla Vieira Ladeira"], quotes=[q("Duarte Pinheiro Mascarenhas", "Instituto Português de Relações Internacionais")], junk=["Texto: Carla Vieira Ladeira"],
                     note="Blogger RSS: every <author> is the blog owner 'noreply@blogger.com (Jornal do Lis)', no person; the byline is the bold 'Texto: Name' line at the end of the post. Paragraphs are <br /><br /> inside a justified <div>. Relevant."))
    w = d(2012, 11, 15, 10, 0, 0)
    add("8820145563019874402", "greve-geral-leiria", "Greve geral: fábricas da Marinha Grande param, escolas fechadas", w, ["Região", "Mundo"],
        "<div style=\"text-align: justify;\">A greve geral de ontem parou a maioria das fábricas de vidro e moldes da Marinha Grande e fechou metade das escolas do concelho de Leiria.<br /><br /><b>Texto: Rui Gaspar Frazão</b></div>",
        lambda k: it(k, "Greve geral: fábricas da Marinha Grande param, escolas fechadas", w, ["Rui Gaspar Frazão"], rel=False, junk=["Texto: Rui Gaspar Frazão"], note="Home labour news: not relevant."))
    w = d(2012, 11, 13, 16, 30, 0)
    add("1203987745120993154", "portugal-angola-vistos", "Portugal e Angola assinam acordo para facilitar vistos", w, ["Mundo", "Economia"],
        "<div style=\"text-align: justify;\">Portugal e Angola assinaram em Luanda um acordo que reduz os prazos de emissão de vistos para empresários e estudantes.<br /><br />Há mais de 100 mil portugueses a trabalhar em Angola, segundo o consulado em Luanda. Várias empresas de moldes da região exportam para o mercado angolano.<br /><br /><b>Texto: Carla Vieira Ladeira</b></div>",
        lambda k: it(k, "Portugal e Angola assinam acordo para facilitar vistos", w, ["Carla Vieira Ladeira"], junk=["Texto: Carla Vieira Ladeira"], note="Bilateral agreement: relevant."))
    w = d(2012, 11, 7, 8, 0, 0)
    add("5530287761204458120", "eleicoes-americanas-reeleicao", "Eleições americanas: reeleição confirmada, Congresso dividido", w, ["Mundo"],
        "<div style=\"text-align: justify;\">O presidente norte-americano foi reeleito para um segundo mandato, mas os republicanos mantêm a maioria na Câmara dos Representantes.<br /><br /><i>Com Lusa</i></div>",
        lambda k: it(k, "Eleições americanas: reeleição confirmada, Congresso dividido", w, [], junk=["Com Lusa"], note="Election abroad: relevant. 'Com Lusa' is an agency credit."))
    w = d(2012, 11, 6, 12, 0, 0)
    add("3391027745512093387", "feira-dos-santos-balanco", "Feira dos Santos fecha com mais visitantes do que em 2011", w, ["Região"],
        "<div style=\"text-align: justify;\">A Feira dos Santos, na Marinha Grande, recebeu cerca de 40 mil visitantes em cinco dias.<br /><br /><b>Texto: Rui Gaspar Frazão</b></div>",
        lambda k: it(k, "Feira dos Santos fecha com mais visitantes do que em 2011", w, ["Rui Gaspar Frazão"], rel=False, junk=["Texto: Rui Gaspar Frazão"], note="Local event news: not relevant."))
    w = d(2012, 11, 5, 9, 0, 0)
    add("7712003398541120775", "edicao-impressa-desta-semana", "Edição impressa desta semana: os destaques", w, ["Edição impressa"],
        "<div style=\"text-align: justify;\">Já nas bancas: a nova variante da A17, o Orçamento do Estado e os 50 anos do Hóquei Clube. Assine a edição digital.</div>",
        lambda k: it(k, "Edição impressa desta semana: os destaques", w, [], story=False, rel=False, note="Print-edition promo: not a story."))
    head = (f"<atom:id>{blog}</atom:id><lastBuildDate>{rfc822(d(2012, 11, 17, 19, 25, 33))}</lastBuildDate><category>Mundo</category><category>Região</category><category>Economia</category>"
            f"<title>Jornal do Lis</title><description>Semanário regional de Leiria, Marinha Grande, Batalha e Porto de Mós</description><link>{base}/</link>"
            "<managingEditor>noreply@blogger.com (Jornal do Lis)</managingEditor><generator>Blogger</generator><openSearch:totalResults>3184</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex><openSearch:itemsPerPage>25</openSearch:itemsPerPage>")
    text = ("<?xml version='1.0' encoding='UTF-8'?><rss xmlns:atom='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' "
            "xmlns:georss='http://www.georss.org/georss' xmlns:gd=\"http://schemas.google.com/g/2005\" xmlns:thr='http://purl.org/syndication/thread/1.0' version='2.0'><channel>" + head + "".join(rows) + "</channel></rss>")
    return feed("pt_pt_jornaldolis_mundo_blogger.rss.xml", text, items, lang="pt", outlet="Jornal do Lis",
                structure="Leiria regional paper publishing on Blogger, its 'Mundo' label as RSS (feeds/posts/default/-/Mundo?alt=rss, 2012): one line, single-quoted attributes, the Blogger namespaces (openSearch, blogger, georss, gd, thr), atom:id of the blog, the blog's label list as channel categories, openSearch counts, managingEditor and every item <author> 'noreply@blogger.com (Jornal do Lis)', guid 'tag:blogger.com,1999:blog-<id>.post-<id>', pubDate +0000 before atom:updated with milliseconds, label categories with the blogger atom domain, escaped HTML descriptions in a justified <div> with <br /><br /> paragraphs and a bold 'Texto: Name' line at the end, 'Com Lusa' credit, a print-edition promo, November 2012",
                notes="Home country: Portugal. No language element (Blogger's RSS writes none); the text is European Portuguese ('Egipto', 'israelitas').")


# ---------------------------------------------------------------- Gujranwala Urdu daily, WordPress 3.4 (September 2012)
def chenab():
    base = "http://www.chenabrang.example"
    rows, items = [], []

    def add(pid, title, when, user, body, exp):
        link = f"{base}/?p={pid}"
        rows.append(f"\t\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{link}</link>\n\t\t<comments>{link}#comments</comments>\n\t\t<pubDate>{rfc822(when.astimezone(d(2012,1,1,0,0).tzinfo))}</pubDate>\n"
                    f"\t\t<dc:creator>{user}</dc:creator>\n\t\t\t\t<category><![CDATA[بین الاقوامی]]></category>\n\n\t\t<guid isPermaLink=\"false\">{link}</guid>\n\t\t<description><![CDATA[{body[:120].rsplit(' ', 1)[0]} [...]]]></description>\n"
                    f"\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n\t\t\t<wfw:commentRss>{base}/?feed=rss2&#038;p={pid}</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t\t</item>")
        items.append(exp(link))

    w = d(2012, 9, 22, 20, 0, 0, 5)
    add(9321, "گستاخانہ فلم: امریکی سفارت خانے نے اسلام آباد میں ویزا سروس معطل کر دی", w, "نمائندہ خصوصی",
        "<p><strong>اسلام آباد (نمائندہ خصوصی)</strong> امریکی سفارت خانے نے گستاخانہ فلم کے خلاف ملک گیر احتجاج کے بعد ویزا سروس تین روز کے لیے معطل کر دی ہے۔</p>\n<p>دفتر خارجہ کے ترجمان عامر شہزاد گوندل نے کہا: ”ہم نے واشنگٹن سے فلم بنانے والوں کے خلاف کارروائی کا مطالبہ کیا ہے۔“</p>",
        lambda k: it(k, "گستاخانہ فلم: امریکی سفارت خانے نے اسلام آباد میں ویزا سروس معطل کر دی", w, [], quotes=[q("عامر شہزاد گوندل", "دفتر خارجہ")], junk=["(نمائندہ خصوصی)"],
                     note="WordPress 3.4: plain dc:creator (a desk credit, no person), automatic excerpt ending ' [...]' (WordPress 3.x's literal form). Relations with the United States: relevant. Affiliation: the body before 'کے ترجمان'."))
    w = d(2012, 9, 21, 15, 30, 0, 5)
    add(9314, "پاک بھارت نیا ویزا معاہدہ، کاروباری افراد کو سہولت", w, "ذیشان احمد چیمہ",
        "<p><strong>لاہور</strong> پاکستان اور بھارت کے درمیان نئے ویزا معاہدے کے تحت کاروباری افراد کو ایک سال کا ملٹی پل ویزا ملے گا۔</p>\n<p>گوجرانوالہ چیمبر آف کامرس کے صدر طارق محمود بٹ نے کہا کہ ”اس سے گوجرانوالہ کے برتن اور پنکھے امرتسر تک پہنچ سکیں گے۔“</p>",
        lambda k: it(k, "پاک بھارت نیا ویزا معاہدہ، کاروباری افراد کو سہولت", w, ["ذیشان احمد چیمہ"], quotes=[q("طارق محمود بٹ", "گوجرانوالہ چیمبر آف کامرس")],
                     note="Bilateral visa agreement with India: relevant, though told with a local business angle (the agreement is the news)."))
    w = d(2012, 9, 21, 9, 0, 0, 5)
    add(9306, "گوجرانوالہ: لوڈشیڈنگ کے خلاف تاجروں کا جی ٹی روڈ پر احتجاج", w, "ذیشان احمد چیمہ",
        "<p>گوجرانوالہ میں بیس گھنٹے کی لوڈشیڈنگ کے خلاف تاجروں نے جی ٹی روڈ بند کر کے احتجاج کیا۔</p>",
        lambda k: it(k, "گوجرانوالہ: لوڈشیڈنگ کے خلاف تاجروں کا جی ٹی روڈ پر احتجاج", w, ["ذیشان احمد چیمہ"], rel=False, note="City news: not relevant."))
    w = d(2012, 9, 20, 18, 0, 0, 5)
    add(9299, "لائیو اسکور: ٹی ٹوئنٹی ورلڈ کپ، پاکستان بمقابلہ نیوزی لینڈ", w, "اسپورٹس ڈیسک",
        "<p><strong>رات 10:40</strong> پاکستان 177/6، بیس اوور مکمل۔</p><p><strong>رات 10:05</strong> عمران نذیر آؤٹ۔</p><p>لمحہ بہ لمحہ اسکور کے لیے یہ صفحہ ریفریش کرتے رہیں۔</p>",
        lambda k: it(k, "لائیو اسکور: ٹی ٹوئنٹی ورلڈ کپ، پاکستان بمقابلہ نیوزی لینڈ", w, [], story=False, rel=False,
                     note="Live score page (time-stamped entries): not a story. Title label 'لائیو اسکور:' may be kept or dropped. 'اسپورٹس ڈیسک' is a desk."))
    w = d(2012, 9, 19, 22, 0, 0, 5)
    add(9291, "ویڈیو: شمالی وزیرستان سے نقل مکانی کرنے والے خاندان", w, "ایڈمن",
        '<p><iframe width="560" height="315" src="http://www.youtube.example/embed/Xk2p9Qa" frameborder="0" allowfullscreen></iframe></p>',
        lambda k: it(k, "شمالی وزیرستان سے نقل مکانی کرنے والے خاندان", w, [], story=False, rel=False, note="Video embed: not a story. Title label 'ویڈیو:' may be kept or dropped. 'ایڈمن' is the admin account."))
    w = d(2012, 9, 19, 11, 0, 0, 5)
    add(9284, "نیٹو سپلائی بحالی کے بعد پہلا قافلہ طورخم سے افغانستان داخل", w, "ایجنسیاں",
        "<p><strong>پشاور (ایجنسیاں)</strong> نیٹو سپلائی کی بحالی کے معاہدے کے بعد کنٹینروں کا ایک اور قافلہ طورخم سرحد عبور کر کے افغانستان میں داخل ہو گیا۔</p>",
        lambda k: it(k, "نیٹو سپلائی بحالی کے بعد پہلا قافلہ طورخم سے افغانستان داخل", w, [], junk=["(ایجنسیاں)"], note="'ایجنسیاں' is no person; the dateline credit '(ایجنسیاں)' is junk. NATO supply routes: relevant."))
    head = (f'\t<title>روزنامہ چناب رنگ &#187; بین الاقوامی</title>\n\t<atom:link href="{base}/?feed=rss2&#038;cat=5" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f'\t<description>گوجرانوالہ سے شائع ہونے والا روزنامہ</description>\n\t<lastBuildDate>{rfc822(d(2012, 9, 22, 15, 0, 0))}</lastBuildDate>\n\t<language>ur</language>\n'
            '\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t<sy:updateFrequency>1</sy:updateFrequency>\n\t<generator>http://wordpress.org/?v=3.4.2</generator>\n')
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("ur_pk_chenabrang_international_wp34.rss.xml", text, items, lang="ur", outlet="روزنامہ چناب رنگ", aliases=["چناب رنگ", "Chenab Rang"],
                structure="Gujranwala Urdu daily on WordPress 3.4.2 without pretty permalinks (?feed=rss2&cat=5): channel 'Brand &#187; بین الاقوامی', language 'ur', the self link with '&#038;', '?p=<id>' links AND guids, +0000 pubDates (newsroom +0500), plain dc:creator without CDATA ('نمائندہ خصوصی', 'اسپورٹس ڈیسک', 'ایڈمن', 'ایجنسیاں' or a person), one CDATA category, automatic excerpts ending in WordPress 3.x's literal ' [...]', content:encoded with bold datelines '(نمائندہ خصوصی)' / '(ایجنسیاں)', ”…“ quotes after 'نے کہا:' or 'نے کہا کہ', a YouTube embed, comment feeds as '?feed=rss2&#038;p=', September 2012",
                notes="Home country: Pakistan.")


# ---------------------------------------------------------------- Sukkur Urdu news site, custom PHP (June 2014)
def mehran():
    base = "http://www.mehrankinara.example"
    rows, items = [], []

    def add(nid, title, when, author, body, exp):
        link = f"{base}/khabar/{nid}"
        a = f"\n    <author>{esc(author)}</author>" if author else ""
        rows.append(f"  <item>\n    <title>{cd(title)}</title>\n    <link>{link}</link>\n    <guid>{link}</guid>{a}\n    <description>{cd(body)}</description>\n    <pubDate>{rfc822(when)}</pubDate>\n  </item>")
        items.append(exp(link))

    w = d(2014, 6, 12, 21, 10, 0, 5)
    add(40512, "عراق: شدت پسندوں کا موصل کے بعد تکریت پر بھی قبضہ", w, "ویب ڈیسک",
        "<p>بغداد: عراق میں شدت پسند تنظیم نے موصل کے بعد تکریت پر بھی قبضہ کر لیا ہے۔ اقوام متحدہ کے مطابق پانچ لاکھ افراد گھر بار چھوڑ چکے ہیں۔</p><p>دفتر خارجہ نے کہا ہے کہ عراق میں مقیم پاکستانیوں کے لیے بغداد میں ہیلپ ڈیسک قائم کر دیا گیا ہے۔</p>",
        lambda k: it(k, "عراق: شدت پسندوں کا موصل کے بعد تکریت پر بھی قبضہ", w, [], note="'ویب ڈیسک' is a desk. War abroad: relevant."))
    w = d(2014, 6, 12, 13, 0, 0, 5)
    add(40506, "تفتان: ایرانی سرحدی محافظوں کی فائرنگ، دفتر خارجہ کا احتجاج", w, "رپورٹ: غلام مصطفیٰ سومرو",
        "<p>کوئٹہ: ایرانی سرحدی محافظوں کی جانب سے بلوچستان کے علاقے میں مارٹر گولے فائر کیے جانے پر پاکستان نے ایرانی سفیر سے احتجاج کیا ہے۔</p><p>دفتر خارجہ کی ترجمان مہرین خان درانی نے کہا: ”سرحد کی خلاف ورزی کسی صورت قبول نہیں۔“</p>",
        lambda k: it(k, "تفتان: ایرانی سرحدی محافظوں کی فائرنگ، دفتر خارجہ کا احتجاج", w, ["غلام مصطفیٰ سومرو"], quotes=[q("مہرین خان درانی", "دفتر خارجہ")],
                     note="<author> 'رپورٹ: Name': the person. Border incident with Iran: relevant."))
    w = d(2014, 6, 11, 18, 0, 0, 5)
    add(40498, "سکھر بیراج کے دروازوں کی مرمت، نہروں میں پانی کی بندش", w, "نمائندہ سکھر",
        "<p>سکھر: محکمہ آبپاشی نے سکھر بیراج کے دروازوں کی مرمت کے لیے دس روز تک نہروں میں پانی بند رکھنے کا اعلان کیا ہے۔</p>",
        lambda k: it(k, "سکھر بیراج کے دروازوں کی مرمت، نہروں میں پانی کی بندش", w, [], rel=False, note="Local news; 'نمائندہ سکھر' is a correspondent credit without a name: no person. Not relevant."))
    w = d(2014, 6, 10, 22, 30, 0, 5)
    add(40490, "کراچی ایئرپورٹ حملہ: آپریشن مکمل، ہلاکتیں 36 ہو گئیں", w, "ویب ڈیسک",
        "<p>کراچی: جناح انٹرنیشنل ایئرپورٹ پر حملے کے بعد سیکیورٹی فورسز نے آپریشن مکمل کر لیا ہے۔</p>",
        lambda k: it(k, "کراچی ایئرپورٹ حملہ: آپریشن مکمل، ہلاکتیں 36 ہو گئیں", w, [], rel=False, note="Terror attack at home: home security news, not relevant."))
    w = d(2014, 6, 10, 10, 0, 0, 5)
    add(40484, "تصویری جھلکیاں: شدید گرمی میں دریائے سندھ کنارے شہری", w, None,
        '<p><img src="http://www.mehrankinara.example/uploads/2014/06/garmi1.jpg" /></p>',
        lambda k: it(k, "شدید گرمی میں دریائے سندھ کنارے شہری", w, [], story=False, rel=False, note="Photo gallery: not a story. Title label 'تصویری جھلکیاں:' may be kept or dropped."))
    w = d(2014, 6, 9, 19, 0, 0, 5)
    add(40477, "افغان صدارتی انتخاب کا دوسرا مرحلہ 14 جون کو، سرحد پر سیکیورٹی سخت", w, "رپورٹ: غلام مصطفیٰ سومرو اور عبدالرزاق مہر",
        "<p>اسلام آباد: افغانستان میں صدارتی انتخاب کے دوسرے مرحلے کے موقع پر پاکستان نے افغان سرحد پر سیکیورٹی سخت کرنے کا فیصلہ کیا ہے۔</p>",
        lambda k: it(k, "افغان صدارتی انتخاب کا دوسرا مرحلہ 14 جون کو، سرحد پر سیکیورٹی سخت", w, ["غلام مصطفیٰ سومرو", "عبدالرزاق مہر"], note="Two reporters after 'رپورٹ:' joined by 'اور'. Election next door and border policy: relevant."))
    text = ('<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0">\n<channel>\n  <title>مہران کنارہ - بین الاقوامی خبریں</title>\n'
            f'  <link>{base}/</link>\n  <description>سکھر اور سندھ کی تازہ ترین خبریں</description>\n  <language>ur-PK</language>\n  <copyright>© 2014 مہران کنارہ</copyright>\n'
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("ur_pk_mehrankinara_international_php.rss.xml", text, items, lang="ur", outlet="مہران کنارہ", aliases=["Mehran Kinara"],
                structure="Sukkur (Sindh) Urdu news site's hand-written PHP feed (2014): the prolog with a space before '?>', two-space indentation, channel 'Brand - بین الاقوامی خبریں', language ur-PK, a © copyright line, '/khabar/<id>' links repeated as guids, CDATA titles and CDATA HTML descriptions with 'City:' datelines, <author> with 'ویب ڈیسک', 'نمائندہ سکھر', 'رپورٹ: Name' or 'رپورٹ: A اور B', +0500 dates, a home terror attack and city news, a photo gallery, June 2014",
                notes="Home country: Pakistan.")


FEEDS = [parnaiba, jornaldolis, chenab, mehran]
