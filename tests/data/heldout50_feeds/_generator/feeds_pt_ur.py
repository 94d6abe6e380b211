# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese and Urdu feeds of the fiftieth held-out set: a São Paulo news portal's own feed
service, a Lisbon daily on WordPress 6 with Yoast, a Karachi TV news channel's site on WordPress 6
and an international broadcaster's Urdu service (Atom). All outlets, people and quotations are
invented."""
from feeds_en import _wp
from h50 import cd, d, esc, feed, gmt, it, q, rfc822, uid


# ---------------------------------------------------------------- São Paulo portal, own feed service
def horizonte():
    rows, items = [], []
    base = "https://noticias.portalhorizonte.example"

    def add(slug, title, when, author, desc, exp, img=True):
        link = f"{base}/mundo/noticia/{when:%Y/%m/%d}/{slug}.ghtml"
        au = f"\n      <author>{esc(author)}</author>" if author else ""
        media = f'\n      <media:content url="https://s2.horizonteimg.example/{uid(slug)[:12]}/1200x675/{slug[:20]}.jpg" medium="image"/>' if img else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{link}</link>\n      <guid isPermaLink=\"true\">{link}</guid>{au}\n      <category>Mundo</category>\n"
                    f"      <description>{cd(desc)}</description>{media}\n      <pubDate>{rfc822(when)}</pubDate>\n    </item>")
        items.append(exp(link))

    w = d(2026, 1, 13, 19, 25, 0, -3)
    add("venezuela-presos-politicos-libertados-fronteira", "Venezuela liberta 80 presos políticos; famílias aguardam na fronteira com o Brasil", w, "Por Camila Rezende, g1 Roraima",
        '<img src="https://s2.horizonteimg.example/x/pacaraima.jpg" /><br />Famílias venezuelanas acampadas em Pacaraima aguardam notícias de parentes libertados. "Meu irmão ficou três anos preso sem julgamento", disse a enfermeira Yusmary Contreras, que mora em Boa Vista.',
        lambda k: it(k, "Venezuela liberta 80 presos políticos; famílias aguardam na fronteira com o Brasil", w, ["Camila Rezende"], quotes=[q("Yusmary Contreras")], junk=["g1 Roraima"],
                     note="<author> is 'Por Name, <regional desk>' (plain name, not e-mail): the person is Camila Rezende. The description starts with an <img> and a <br />. Neighbour's crisis at the border: relevant."))
    w = d(2026, 1, 13, 15, 10, 0, -3)
    add("mercosul-ue-acordo-assinatura-assuncao", "Mercosul e UE assinam acordo comercial após 25 anos de negociação", w, "Por Redação, com agências internacionais",
        '<img src="https://s2.horizonteimg.example/x/assuncao.jpg" /><br />O acordo cria uma área de livre comércio com cerca de 720 milhões de pessoas. Agricultores franceses protestaram em Bruxelas.',
        lambda k: it(k, "Mercosul e UE assinam acordo comercial após 25 anos de negociação", w, [], junk=["com agências internacionais"], note="Newsroom credit, no person. Relevant."))
    w = d(2026, 1, 13, 10, 40, 0, -3)
    add("ao-vivo-protestos-ira", "AO VIVO: acompanhe os protestos no Irã", w, "",
        "Acompanhe em tempo real.",
        lambda k: it(k, "AO VIVO: acompanhe os protestos no Irã", w, [], story=False, rel=False, note="Live page teaser: not a story."), img=False)
    w = d(2026, 1, 12, 21, 0, 0, -3)
    add("groenlandia-eua-dinamarca-tensao", "Groenlândia: Dinamarca convoca embaixador dos EUA após novas declarações de Washington", w, "Por Henrique Lacerda",
        '<img src="https://s2.horizonteimg.example/x/nuuk.jpg" /><br />O governo dinamarquês convocou o embaixador americano em Copenhague. "A Groenlândia não é um imóvel", disse a deputada groenlandesa Aviaja Lynge ao portal.',
        lambda k: it(k, "Groenlândia: Dinamarca convoca embaixador dos EUA após novas declarações de Washington", w, ["Henrique Lacerda"], quotes=[q("Aviaja Lynge")], note="Relevant."))
    w = d(2026, 1, 12, 14, 30, 0, -3)
    add("argentina-milei-inflacao-2025", "Argentina fecha 2025 com inflação de 31%, a menor em oito anos", w, "Por Lucía Ferreyra, de Buenos Aires",
        '<img src="https://s2.horizonteimg.example/x/buenosaires.jpg" /><br />O índice ficou abaixo das projeções do mercado. "A inflação caiu, mas o salário ainda não voltou", afirmou o economista Martín Oksecki, da Universidade de Buenos Aires.',
        lambda k: it(k, "Argentina fecha 2025 com inflação de 31%, a menor em oito anos", w, ["Lucía Ferreyra"], quotes=[q("Martín Oksecki", "Universidade de Buenos Aires")],
                     note="Author with a place after a comma ('de Buenos Aires'). Relevant."))
    w = d(2026, 1, 12, 8, 5, 0, -3)
    add("siria-refugiados-retorno-libano", "Um ano após queda de Assad, 1 milhão de sírios voltaram para casa, diz ONU", w, "Por Redação",
        '<img src="https://s2.horizonteimg.example/x/damasco.jpg" /><br />A agência da ONU para refugiados afirma que o retorno é maior do que o previsto, mas que faltam casas e serviços.',
        lambda k: it(k, "Um ano após queda de Assad, 1 milhão de sírios voltaram para casa, diz ONU", w, [], note="Relevant."))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
            f"    <title>Portal Horizonte &gt; Mundo</title>\n    <link>{base}/mundo/</link>\n    <description>Notícias do mundo no Portal Horizonte</description>\n    <language>pt-BR</language>\n"
            f"    <image>\n      <url>https://s2.horizonteimg.example/logo.png</url>\n      <title>Portal Horizonte &gt; Mundo</title>\n      <link>{base}/mundo/</link>\n    </image>\n"
            f"    <atom:link href=\"https://feeds.portalhorizonte.example/rss/mundo/\" rel=\"self\" type=\"application/rss+xml\"/>\n"
            + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("pt_br_portalhorizonte_mundo_feedservice.rss.xml", text, items, lang="pt", outlet="Portal Horizonte", aliases=["Horizonte"],
                ctype="application/rss+xml; charset=utf-8",
                structure="São Paulo news portal's world section from its own feed service (feeds.<domain>/rss/mundo/): channel 'Brand &gt; Mundo', pt-BR, image, media namespace, '.ghtml' permalink guids, <author> as 'Por Name' with a regional desk or place after a comma, 'Por Redação' credits, CDATA descriptions starting with an <img> and a <br /> and then plain text, media:content, a live page, -0300 dates in January 2026")


# ---------------------------------------------------------------- Lisbon daily on WordPress 6 + Yoast (pt-PT)
def tejo():
    base, brand = "https://www.diariodoalfama.example", "Diário de Alfama"
    E = []

    def yo(title, link):
        return f'<p>O artigo <a href="{link}">{esc(title)}</a> apareceu primeiro em <a href="{base}">{brand}</a>.</p>'

    def add(pid, slug, title, when, creator, cats, paras, exp):
        link = f"{base}/{when:%Y/%m/%d}/{slug}/"
        body = "".join(f"<p>{p}</p>\n" for p in paras) + yo(title, link)
        excerpt = f"<p>{paras[0][:160].rsplit(' ', 1)[0]} [&#8230;]</p>\n" + yo(title, link)
        # label built now: the lambda reads the enclosing `w`, which later items rebind (audit fix)
        E.append((pid, slug, title, when, creator, cats, excerpt, body, exp(f"{base}/?p={pid}")))

    w = d(2025, 5, 19, 21, 30, 0, 1)
    add(712044, "romenia-presidenciais-segunda-volta", "Roménia: candidato pró-europeu vence segunda volta das presidenciais", w, "Inês Barata Moura", ["Mundo", "Europa"],
        ["O presidente da câmara de Bucareste venceu a segunda volta das eleições presidenciais romenas, derrotando o candidato nacionalista com cerca de 54% dos votos.",
         "“Foi uma escolha sobre a Europa, não apenas sobre um presidente”, disse ao Diário de Alfama o investigador Radu Ionescu, do Centro de Estudos Europeus de Cluj."],
        lambda k: it(k, "Roménia: candidato pró-europeu vence segunda volta das presidenciais", w, ["Inês Barata Moura"], quotes=[q("Radu Ionescu", "Centro de Estudos Europeus de Cluj")], junk=["apareceu primeiro em"],
                     note="pt-PT spelling ('Roménia', 'segunda volta'). Yoast's Portuguese 'O artigo … apareceu primeiro em …'. Relevant."))
    w = d(2025, 5, 19, 16, 0, 0, 1)
    add(712030, "legislativas-2025-resultados-lisboa", "Legislativas: AD vence mas sem maioria, Chega empata com PS", w, "Rui Pedro Antunes", ["Política"],
        ["A AD venceu as eleições legislativas de domingo, mas continua longe da maioria absoluta. O Chega empatou em deputados com o PS."],
        lambda k: it(k, "Legislativas: AD vence mas sem maioria, Chega empata com PS", w, ["Rui Pedro Antunes"], rel=False, junk=["apareceu primeiro em"], note="Home politics in the feed: a story, not relevant."))
    w = d(2025, 5, 19, 11, 45, 0, 1)
    add(712012, "angola-greve-professores-luanda", "Angola: professores em greve exigem aumento salarial de 100%", w, "Lusa", ["Mundo", "Lusofonia"],
        ["Luanda, 19 mai 2025 (Lusa) – Os professores do ensino geral angolano iniciaram hoje uma greve de três semanas, exigindo a duplicação dos salários.",
         "“Um professor ganha menos do que um guarda de condomínio”, afirmou o sindicalista Admar Jinguma."],
        lambda k: it(k, "Angola: professores em greve exigem aumento salarial de 100%", w, [], quotes=[q("Admar Jinguma")], junk=["(Lusa)", "apareceu primeiro em"],
                     note="Agency copy: dc:creator 'Lusa' is not a person; Lusa dateline at the start. Relevant."))
    w = d(2025, 5, 18, 20, 20, 0, 1)
    add(711990, "polonia-presidenciais-primeira-volta", "Polónia: presidenciais vão a segunda volta entre liberal e conservador", w, "Inês Barata Moura", ["Mundo", "Europa"],
        ["O candidato liberal e o conservador apoiado pelo PiS passaram à segunda volta das presidenciais polacas, marcada para 1 de junho."],
        lambda k: it(k, "Polónia: presidenciais vão a segunda volta entre liberal e conservador", w, ["Inês Barata Moura"], junk=["apareceu primeiro em"], note="Relevant."))
    w = d(2025, 5, 18, 13, 0, 0, 1)
    add(711975, "opiniao-papa-leao-e-o-mundo", "Opinião | Um papa americano num mundo sem americanos", w, "Francisco Seixas Vaz", ["Opinião", "Mundo"],
        ["A eleição de um papa nascido em Chicago chega num momento em que Washington se afasta de tudo o que é multilateral.",
         "<em>Francisco Seixas Vaz é professor de Relações Internacionais na Universidade Nova de Lisboa.</em>"],
        lambda k: it(k, "Opinião | Um papa americano num mundo sem americanos", w, ["Francisco Seixas Vaz"], junk=["apareceu primeiro em", "é professor de Relações Internacionais"],
                     note="Opinion with a bio line; title label 'Opinião |' may be kept or dropped. Relevant."))
    w = d(2025, 5, 18, 8, 30, 0, 1)
    add(711960, "brasil-inss-fraude-descontos-aposentados", "Brasil: escândalo de descontos ilegais a reformados abala Governo de Lula", w, "Marta Gusmão, correspondente em São Paulo", ["Mundo", "Lusofonia"],
        ["Um esquema de descontos não autorizados nas pensões de milhões de reformados brasileiros levou à demissão do ministro da Previdência.",
         "“O escândalo atinge o eleitorado que mais confia no Presidente”, disse a politóloga Fernanda Quintela."],
        lambda k: it(k, "Brasil: escândalo de descontos ilegais a reformados abala Governo de Lula", w, ["Marta Gusmão"], quotes=[q("Fernanda Quintela")], junk=["apareceu primeiro em"],
                     note="dc:creator 'Name, correspondente em São Paulo': the person is Marta Gusmão. Relevant."))
    text, items = _wp(base, brand, "6.8.1", "pt-PT", "Notícias de Lisboa, de Portugal e do mundo", E, 1, chan=f"Arquivo de Mundo - {brand}", cat="mundo")
    return feed("pt_pt_diariodealfama_mundo_wp68_yoast.rss.xml", text, items, lang="pt", outlet=brand, aliases=["Diario de Alfama"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Lisbon daily's 'Mundo' category on WordPress 6.8 with Yoast SEO: Portuguese Yoast channel title 'Arquivo de Mundo - Brand', pt-PT, tab-indented template, CDATA dc:creator (the agency 'Lusa', 'Name, correspondente em City'), '?p=' guids, excerpts ending in '[&#8230;]', Yoast's 'O artigo … apareceu primeiro em …' paragraph, pt-PT spelling, a Lusa dateline, an opinion with 'Opinião |' label and a bio line, a domestic election story, GMT dates, May 2025")


# ---------------------------------------------------------------- Karachi TV news channel on WordPress 6 (Urdu)
def sindhu():
    base, brand = "https://urdu.sindhutv.example", "سندھو نیوز"
    E = []

    def add(pid, slug, title, when, creator, cats, paras, exp):
        body = "".join(f"<p>{p}</p>\n" for p in paras)
        excerpt = f"<p>{paras[0][:120].rsplit(' ', 1)[0]} [&hellip;]</p>\n"
        # label built now: the lambda reads the enclosing `w`, which later items rebind (audit fix)
        E.append((pid, slug, title, when, creator, cats, excerpt, body, exp(f"{base}/?p={pid}")))

    w = d(2025, 5, 11, 22, 10, 0, 5)
    add(560431, "pak-india-ceasefire-reactions", "پاکستان اور بھارت کے درمیان جنگ بندی، عالمی برادری کا خیرمقدم", w, "ویب ڈیسک", ["انٹرنیشنل"],
        ["پاکستان اور بھارت کے درمیان جنگ بندی کے اعلان کا اقوام متحدہ، برطانیہ، چین اور خلیجی ممالک نے خیرمقدم کیا ہے۔",
         "بین الاقوامی امور کی ماہر ڈاکٹر عائشہ رضوی نے کہا کہ ”جنگ بندی پہلا قدم ہے، اصل امتحان بات چیت کا ہے۔“"],
        lambda k: it(k, "پاکستان اور بھارت کے درمیان جنگ بندی، عالمی برادری کا خیرمقدم", w, [], quotes=[q("عائشہ رضوی")],
                     note="dc:creator 'ویب ڈیسک' (Web Desk) is not a person. Speaker with the title 'ڈاکٹر'. The home country's foreign relations: relevant."))
    w = d(2025, 5, 11, 17, 35, 0, 5)
    add(560420, "iran-us-talks-oman-fourth-round", "ایران اور امریکا کے درمیان مذاکرات کا چوتھا دور مسقط میں مکمل", w, "ویب ڈیسک", ["انٹرنیشنل"],
        ["ایران اور امریکا کے درمیان جوہری پروگرام پر بالواسطہ مذاکرات کا چوتھا دور عمان کے دارالحکومت مسقط میں مکمل ہو گیا۔",
         "عمانی وزارت خارجہ کے مطابق دونوں فریقین نے بات چیت جاری رکھنے پر اتفاق کیا ہے۔"],
        lambda k: it(k, "ایران اور امریکا کے درمیان مذاکرات کا چوتھا دور مسقط میں مکمل", w, [], note="Relevant."))
    w = d(2025, 5, 11, 12, 0, 0, 5)
    add(560402, "gaza-aid-blockade-unicef", "غزہ میں امدادی ناکہ بندی کو دس ہفتے مکمل، یونیسف کا انتباہ", w, "فرحان علی خان", ["انٹرنیشنل", "مشرق وسطیٰ"],
        ["اقوام متحدہ کے بچوں کے ادارے یونیسف نے خبردار کیا ہے کہ غزہ میں امداد کی بندش کے باعث ہزاروں بچے شدید غذائی قلت کا شکار ہیں۔",
         "غزہ میں کام کرنے والی امدادی کارکن سلمیٰ ابو ندیٰ نے کہا کہ ”ہمارے گوداموں میں اب آٹا بھی ختم ہو چکا ہے۔“"],
        lambda k: it(k, "غزہ میں امدادی ناکہ بندی کو دس ہفتے مکمل، یونیسف کا انتباہ", w, ["فرحان علی خان"], quotes=[q("سلمیٰ ابو ندیٰ")], note="Relevant."))
    w = d(2025, 5, 10, 20, 45, 0, 5)
    add(560377, "video-special-transmission-ceasefire", "ویڈیو: جنگ بندی پر خصوصی ٹرانسمیشن", w, "سندھو نیوز", ["ویڈیوز"],
        ['<iframe src="https://www.youtube.example/embed/sindhu-live-0510" width="560" height="315"></iframe>'],
        lambda k: it(k, "ویڈیو: جنگ بندی پر خصوصی ٹرانسمیشن", w, [], story=False, rel=False, note="Video embed of a TV transmission: not a story."))
    w = d(2025, 5, 10, 14, 15, 0, 5)
    add(560360, "pope-leo-first-sunday-address", "نئے پوپ لیو چہاردہم کا پہلا خطاب، دنیا میں امن کی اپیل", w, "ویب ڈیسک", ["انٹرنیشنل"],
        ["کیتھولک مسیحیوں کے نئے سربراہ پوپ لیو چہاردہم نے اپنے پہلے خطاب میں دنیا بھر میں جاری جنگوں کے خاتمے کی اپیل کی۔",
         "کراچی کے سینٹ پیٹرک کیتھیڈرل کے پادری فادر مائیکل جوزف نے کہا کہ ”پاکستانی مسیحی برادری کے لیے یہ خوشی کا دن ہے۔“"],
        lambda k: it(k, "نئے پوپ لیو چہاردہم کا پہلا خطاب، دنیا میں امن کی اپیل", w, [], quotes=[q("مائیکل جوزف", "سینٹ پیٹرک کیتھیڈرل")], note="Speaker with the title 'فادر' (Father). Relevant."))
    w = d(2025, 5, 10, 9, 30, 0, 5)
    add(560341, "uk-immigration-white-paper-pakistanis", "برطانیہ کی نئی امیگریشن پالیسی، پاکستانی طلبہ اور کیئر ورکرز متاثر ہوں گے", w, "لندن سے نمائندہ خصوصی، عمران شیخ", ["انٹرنیشنل", "برطانیہ"],
        ["برطانوی حکومت کی نئی امیگریشن پالیسی کے تحت کیئر ورکرز کے ویزے ختم کیے جا رہے ہیں، جس سے ہزاروں پاکستانی متاثر ہو سکتے ہیں۔"],
        lambda k: it(k, "برطانیہ کی نئی امیگریشن پالیسی، پاکستانی طلبہ اور کیئر ورکرز متاثر ہوں گے", w, ["عمران شیخ"],
                     note="dc:creator 'لندن سے نمائندہ خصوصی، عمران شیخ' (special correspondent from London, then the name): the person is عمران شیخ. Relevant."))
    text, items = _wp(base, brand, "6.5.3", "ur", "سندھو نیوز - تازہ ترین خبریں", E, 5, chan=f"انٹرنیشنل Archives - {brand}", cat="international")
    return feed("ur_pk_sindhunews_international_wp65.rss.xml", text, items, lang="ur", outlet=brand, aliases=["Sindhu News", "سندھو ٹی وی"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Karachi TV news channel's Urdu site, 'International' category on WordPress 6.5 (Yoast installed but its title pattern left untranslated: 'انٹرنیشنل Archives - Brand'), language 'ur', tab-indented template, CDATA dc:creator ('ویب ڈیسک' desk, the channel's name, a 'special correspondent from London' prefix before a name), '?p=' guids, excerpts ending in '[&hellip;]', Urdu ”…“ quotes, a video of a special transmission, GMT dates, May 2025")


# ---------------------------------------------------------------- international broadcaster's Urdu service (Atom)
def orbis():
    entries, items = [], []
    base = "https://www.radioorbis.example/urdu"

    def add(aid, title, when, summary, exp, author=None):
        link = f"{base}/articles/c{aid}"
        au = f"<author><name>{esc(author)}</name></author>" if author else ""
        entries.append(f"  <entry>\n    <id>{link}</id>\n    <title type=\"text\">{esc(title)}</title>\n    <summary type=\"text\">{esc(summary)}</summary>\n"
                       f"    <link href=\"{link}\" rel=\"alternate\" type=\"text/html\"/>\n    <published>{when.isoformat()}</published>\n    <updated>{when.isoformat()}</updated>\n    {au}\n  </entry>")
        items.append(exp(link))

    w = d(2024, 8, 6, 16, 40, 0, 0)
    add("8x2kq7ln1o", "بنگلہ دیش: شیخ حسینہ کے استعفے کے بعد عبوری حکومت کی تشکیل کی کوششیں", w,
        "بنگلہ دیش میں وزیر اعظم شیخ حسینہ کے استعفے اور ملک چھوڑنے کے بعد فوج کے سربراہ نے کہا ہے کہ جلد عبوری حکومت قائم کی جائے گی۔ ڈھاکہ یونیورسٹی کی طالبہ نصرت جہاں نے ریڈیو اوربس کو بتایا کہ ’ہم نے یہ تحریک کسی ایک شخص کو ہٹانے کے لیے نہیں بلکہ نظام بدلنے کے لیے شروع کی تھی۔‘",
        lambda k: it(k, "بنگلہ دیش: شیخ حسینہ کے استعفے کے بعد عبوری حکومت کی تشکیل کی کوششیں", w, [], quotes=[q("نصرت جہاں", "ڈھاکہ یونیورسٹی")],
                     note="Feed-level author only (the service); no personal bylines in the feed. Single ’…‘ quotes as the service writes them. Relevant."))
    w = d(2024, 8, 6, 11, 15, 0, 0)
    add("v1rq9mdz3o", "برطانیہ میں پرتشدد مظاہرے: مساجد کی سکیورٹی میں اضافہ", w,
        "برطانیہ کے کئی شہروں میں تارکین وطن مخالف پرتشدد مظاہروں کے بعد حکومت نے مساجد کی حفاظت کے لیے اضافی فنڈز کا اعلان کیا ہے۔ مانچسٹر کی ایک مسجد کے منتظم حاجی عبدالرشید نے کہا کہ ’لوگ جمعے کی نماز کے لیے آنے سے ڈر رہے ہیں۔‘",
        lambda k: it(k, "برطانیہ میں پرتشدد مظاہرے: مساجد کی سکیورٹی میں اضافہ", w, ["ثنا ملک"], quotes=[q("عبدالرشید")],
                     note="One entry names its reporter in <author>. The speaker's honorific 'حاجی' is not part of the name. Relevant."), author="ثنا ملک")
    w = d(2024, 8, 5, 19, 0, 0, 0)
    add("p4tz8ke2wo", "عالمی منڈیوں میں شدید مندی: جاپان کا نکئی انڈیکس 12 فیصد گر گیا", w,
        "امریکہ میں کساد بازاری کے خدشات کے باعث دنیا بھر کی سٹاک مارکیٹوں میں شدید مندی دیکھی گئی، جبکہ جاپان کا نکئی انڈیکس 1987 کے بعد سب سے زیادہ گرا۔",
        lambda k: it(k, "عالمی منڈیوں میں شدید مندی: جاپان کا نکئی انڈیکس 12 فیصد گر گیا", w, [], note="Relevant."))
    w = d(2024, 8, 5, 13, 30, 0, 0)
    add("q7mz3ha6ko", "ویڈیو: ڈھاکہ میں وزیر اعظم ہاؤس میں داخل ہوتے مظاہرین", w,
        "ویڈیو",
        lambda k: it(k, "ویڈیو: ڈھاکہ میں وزیر اعظم ہاؤس میں داخل ہوتے مظاہرین", w, [], story=False, rel=False, note="Video page with a one-word summary: not a story."))
    w = d(2024, 8, 4, 20, 10, 0, 0)
    add("d9wx2pl4eo", "اسماعیل ہنیہ کی ہلاکت کے بعد مشرق وسطیٰ میں کشیدگی، ایران کی جوابی کارروائی کی دھمکی", w,
        "حماس کے سیاسی سربراہ اسماعیل ہنیہ کی تہران میں ہلاکت کے بعد ایران نے جوابی کارروائی کی دھمکی دی ہے، جبکہ کئی ممالک نے اپنے شہریوں کو لبنان چھوڑنے کی ہدایت کی ہے۔",
        lambda k: it(k, "اسماعیل ہنیہ کی ہلاکت کے بعد مشرق وسطیٰ میں کشیدگی، ایران کی جوابی کارروائی کی دھمکی", w, [], note="Relevant."))
    w = d(2024, 8, 4, 9, 45, 0, 0)
    add("k2nd7rt5xo", "پیرس اولمپکس: ارشد ندیم جیولن تھرو کے فائنل کے لیے پرعزم", w,
        "پاکستان کے ارشد ندیم جیولن تھرو کے کوالیفائنگ راؤنڈ میں حصہ لیں گے۔ ان کے کوچ سلمان اقبال بٹ نے کہا کہ ’ارشد اس بار صرف تمغے کے لیے آئے ہیں۔‘",
        lambda k: it(k, "پیرس اولمپکس: ارشد ندیم جیولن تھرو کے فائنل کے لیے پرعزم", w, [], quotes=[q("سلمان اقبال بٹ")], rel=False,
                     note="Sport: a story, not relevant for a world-affairs digest."))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ur">\n'
            f"  <title type=\"text\">ریڈیو اوربس اردو - عالمی خبریں</title>\n  <subtitle type=\"text\">ریڈیو اوربس اردو کی ویب سائٹ</subtitle>\n  <id>{base}/international/index.xml</id>\n"
            f"  <link href=\"{base}/international\" rel=\"alternate\" type=\"text/html\"/>\n  <link href=\"{base}/international/index.xml\" rel=\"self\" type=\"application/atom+xml\"/>\n"
            f"  <author><name>ریڈیو اوربس اردو</name></author>\n  <rights>© 2024 Radio Orbis</rights>\n  <updated>{d(2024, 8, 6, 16, 45).isoformat()}</updated>\n"
            + "\n".join(entries) + "\n</feed>\n")
    return feed("ur_radioorbis_international_atom.atom.xml", text, items, lang="ur", outlet="ریڈیو اوربس اردو", aliases=["Radio Orbis Urdu", "ریڈیو اوربس", "Radio Orbis"], shape="atom",
                ctype="application/atom+xml; charset=utf-8",
                structure="International public broadcaster's Urdu service, world index as Atom (/urdu/international/index.xml): xml:lang ur, type=text title and plain-text summaries (no HTML), a FEED-level <author> naming the service, one entry with its own reporter, empty author slots as blank lines, permalink ids with '/articles/c<id>o' paths, rights '© 2024 Radio Orbis', single ’…‘ quotes, a video page and a sports item, +00:00 ISO dates in August 2024")


FEEDS = [horizonte, tejo, sindhu, orbis]
