# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese and Urdu feeds of the twenty-eighth held-out set: a Brazilian foreign-affairs
newsletter on beehiiv, a Portuguese regional daily's opinion section, an Urdu columns aggregator
and a Lahore opinion magazine on WordPress. All outlets, people and quotations are invented."""
from h28 import cd, d, esc, feed, it, q, rfc822, utc0, wpt

BH_STYLE = ("<style>\n  .bh__table, .bh__table_header, .bh__table_cell { border: 1px solid #C0C0C0; }\n  .bh__table_cell { padding: 5px; background-color: #FFFFFF; }\n"
            "  .bh__table_cell p { color: #2D2D2D; font-family: 'Helvetica',Arial,sans-serif !important; overflow-wrap: break-word; }\n"
            "  .bh__table_header { padding: 5px; background-color:#F1F1F1; }\n  .bh__table_header p { color: #2A2A2A; font-family:'Trebuchet MS','Lucida Grande',Tahoma,sans-serif !important; overflow-wrap: break-word; }\n</style>")


# ---------------------------------------------------------------- Brazilian foreign-affairs newsletter on beehiiv
def pauta():
    rows, items = [], []
    base = "https://www.pautaglobal.example"

    def add(slug, title, sub, when, author, paras, exp):
        url = f"{base}/p/{slug}"
        body = "<div class='beehiiv'>" + BH_STYLE + "<div class='beehiiv__body'>" + "".join(paras) + "</div></div>"
        au = f"<dc:creator>{cd(author)}</dc:creator>" if author else ""
        rows.append(f"<item><title>{cd(title)}</title><description>{cd(sub)}</description><link>{url}</link><guid isPermaLink=\"true\">{url}</guid>"
                    f"<pubDate>{utc0(when)}</pubDate>{au}<content:encoded>{cd(body)}</content:encoded></item>")
        items.append(exp(url))

    def p(t):
        return f'<p class="paragraph" style="text-align:left;">{t}</p>'

    utm = "?utm_source=www.pautaglobal.example&amp;utm_medium=newsletter&amp;utm_campaign="
    sponsor = ('<div class="section" style="background-color:#F5F1E8;border-radius:10px;margin:0px 0px 0px 0px;padding:12px 12px 12px 12px;">'
               '<p class="paragraph" style="text-align:left;"><span style="color:rgb(130, 130, 130);font-size:0.7rem;">PATROCINADO POR</span></p>'
               '<p class="paragraph" style="text-align:left;"><b>Câmbio Vértice</b>: envie dinheiro para o exterior com a menor taxa do mercado. <a class="link" href="https://cambiovertice.example/?utm_source=pautaglobal" target="_blank" rel="noopener noreferrer nofollow">Abra sua conta grátis</a></p></div>')
    o = -3
    w = d(2023, 8, 24, 7, 0, 0, o)
    add("cupula-brics-joanesburgo-o-que-o-brasil-leva", "Cúpula do BRICS em Joanesburgo: o que o Brasil leva para casa", "Seis novos membros, nenhuma moeda comum e um Itamaraty dividido", w, "Luana Bastos Ferreira",
        [p("Bom dia! Aqui é a Luana, e hoje a edição é toda sobre Joanesburgo."),
         p("O bloco anunciou ontem a entrada de Arábia Saudita, Argentina, Egito, Emirados Árabes Unidos, Etiópia e Irã a partir de janeiro. Para o Brasil, que resistia a uma expansão rápida, o resultado é uma vitória parcial: os critérios de adesão foram discutidos, mas não publicados."),
         p("“O Brasil conseguiu evitar que o bloco virasse um clube anti-Ocidente, mas perdeu peso relativo”, disse Rodrigo Salles Amaral, professor de relações internacionais da Universidade Federal do Planalto."),
         sponsor,
         p(f'Para ir além: <a class="link" href="https://www.correiodocerrado.example/mundo/brics-expansao/{utm}cupula-do-brics" target="_blank" rel="noopener noreferrer nofollow">a análise do Correio do Cerrado</a>.')],
        lambda k: it(k, "Cúpula do BRICS em Joanesburgo: o que o Brasil leva para casa", w, ["Luana Bastos Ferreira"], quotes=[q("Rodrigo Salles Amaral", "Universidade Federal do Planalto")],
                     junk=["PATROCINADO POR", "Câmbio Vértice", "Abra sua conta grátis", "Bom dia! Aqui é a Luana", ".bh__table", "Para ir além"],
                     note="beehiiv body: an inline <style> block of table CSS before the text, a sponsored section, utm-tagged links."))
    w = d(2023, 8, 30, 12, 30, 0, o)
    add("golpe-no-gabao", "Golpe no Gabão, o segundo em um mês na África", "Militares anulam eleição minutos depois do resultado", w, "Luana Bastos Ferreira",
        [p("Edição extra."),
         p("Militares gaboneses anunciaram na televisão estatal, na madrugada desta quarta-feira, a anulação da eleição presidencial e a dissolução das instituições, pouco depois de a comissão eleitoral declarar a reeleição do presidente."),
         p("É o oitavo golpe na África Ocidental e Central desde 2020, e o segundo em pouco mais de um mês, depois do Níger.")],
        lambda k: it(k, "Golpe no Gabão, o segundo em um mês na África", w, ["Luana Bastos Ferreira"], junk=[".bh__table", "Edição extra."]))
    w = d(2023, 8, 11, 7, 0, 0, o)
    add("pauta-global-58", "Pauta Global #58: Argentina, Níger e a cúpula da Amazônia", "As prévias argentinas, o prazo da Cedeao e o que saiu de Belém", w, "Luana Bastos Ferreira",
        [p("Bom dia! Três assuntos nesta sexta."),
         '<h2 class="heading" style="text-align:left;">🇦🇷 Argentina</h2>',
         p("As primárias de domingo vão medir a força do candidato libertário, que promete dolarizar a economia."),
         '<h2 class="heading" style="text-align:left;">🇳🇪 Níger</h2>',
         p("Venceu o prazo da Cedeao para a junta devolver o poder. O bloco ativou uma força de prontidão, mas ninguém quer ser o primeiro a cruzar a fronteira."),
         '<h2 class="heading" style="text-align:left;">🌳 Amazônia</h2>',
         p("A declaração de Belém criou uma aliança contra o desmatamento, mas sem meta comum de desmatamento zero."),
         sponsor],
        lambda k: it(k, "Argentina, Níger e a cúpula da Amazônia", w, ["Luana Bastos Ferreira"], junk=["PATROCINADO POR", "Câmbio Vértice", ".bh__table"],
                     note="Weekly issue with three world-affairs sections under emoji-flag <h2> headings: labelled one relevant story. Title label 'Pauta Global #58:' may be kept or dropped."))
    w = d(2023, 8, 18, 7, 0, 0, o)
    add("marco-temporal-stf", "Marco temporal: o que está em jogo no STF", "O julgamento que pode redefinir as terras indígenas", w, "Caio Medeiros",
        [p("O Supremo retoma na próxima semana o julgamento da tese do marco temporal, que limita a demarcação de terras indígenas às áreas ocupadas em 1988."),
         p("<i>Caio Medeiros é repórter de política em Brasília e colabora com a Pauta Global.</i>")],
        lambda k: it(k, "Marco temporal: o que está em jogo no STF", w, ["Caio Medeiros"], rel=False, junk=[".bh__table", "colabora com a Pauta Global"],
                     note="Brazilian domestic court case: not relevant."))
    w = d(2023, 8, 15, 10, 0, 0, o)
    add("indique-e-ganhe", "Indique a Pauta Global e ganhe uma caneca", "Três indicações e a caneca é sua", w, "",
        [p("Gosta da Pauta? Compartilhe seu link exclusivo: {{rp_refer_url}}"), p("Você tem {{rp_num_referrals}} indicações.")],
        lambda k: it(k, "Indique a Pauta Global e ganhe uma caneca", w, [], story=False, rel=False,
                     note="Referral promotion with unrendered beehiiv merge tags ({{rp_refer_url}}): not a story, no author element."))
    w = d(2023, 8, 8, 7, 0, 0, o)
    add("copa-feminina-brasil-caiu-cedo", "Copa do Mundo feminina: por que o Brasil caiu cedo", "Sem vitória sobre a Jamaica, a seleção sai na fase de grupos", w, "Caio Medeiros",
        [p("Pela primeira vez desde 1995, a seleção feminina não passou da fase de grupos."), p("<i>Caio Medeiros é repórter de política em Brasília e colabora com a Pauta Global.</i>")],
        lambda k: it(k, "Copa do Mundo feminina: por que o Brasil caiu cedo", w, ["Caio Medeiros"], rel=False, junk=[".bh__table"], note="Sport: not relevant."))
    channel = (f"<title>Pauta Global</title><description>O mundo explicado em 5 minutos, toda sexta de manhã.</description><link>{base}/</link>"
               f"<atom:link href=\"https://rss.beehiiv.example/feeds/Xq81LpTz0a.xml\" rel=\"self\"/><language>pt-BR</language><copyright>Pauta Global</copyright>"
               f"<lastBuildDate>{utc0(d(2023, 8, 30, 12, 31, 0, o))}</lastBuildDate><image><url>https://media.beehiiv.example/uploads/publication/logo/pauta-global.png</url><title>Pauta Global</title><link>{base}/</link></image>")
    order = sorted(range(len(rows)), key=lambda i: items[i].published, reverse=True)
    rows = [rows[i] for i in order]
    items = [items[i] for i in order]
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel>'
            + channel + "".join(rows) + "</channel></rss>")
    return feed("pt_br_pautaglobal_beehiiv.rss.xml", text, items, lang="pt", outlet="Pauta Global",
                structure="beehiiv newsletter (São Paulo) on a custom domain: declaration on its own line, the rest on one line without a trailing newline, atom:link self to the platform's RSS host, CDATA title and subtitle description, '/p/<slug>' permalink guids, +0000 pubDates (newsroom at -0300) BEFORE an optional CDATA dc:creator, content:encoded wrapped in <div class='beehiiv'> with an inline <style> block of table CSS, <p class=\"paragraph\" style=…> paragraphs, emoji-flag <h2> section headings, a 'PATROCINADO POR' sponsor box, utm_source/utm_medium=newsletter links, “…” quotes, a salutation ('Bom dia! Aqui é a …'), an extra edition, a referral promo with unrendered {{merge tags}}, August 2023")


# ---------------------------------------------------------------- Portuguese regional daily's opinion section (custom CMS, Portuguese day and month names)
def correio():
    rows, items = [], []
    base = "https://www.correiododouro.example"

    def add(aid, sec, slug, title, when, author, desc, exp):
        url = f"{base}/{sec}/{slug}-{aid}"
        au = f"\n      <dc:creator>{esc(author)}</dc:creator>" if author else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{cd(desc)}</description>{au}\n"
                    f"      <pubDate>{rfc822(when, 'pt-pt')}</pubDate>\n      <guid>{url}</guid>\n    </item>")
        items.append(exp(url))

    o = 0
    w = d(2023, 2, 24, 6, 0, 0, o)
    add(1102881, "opiniao", "a-guerra-na-ucrania-um-ano-depois", "A guerra na Ucrânia, um ano depois", w, "Manuel Teixeira Pinto",
        "<p>Faz hoje um ano que os tanques russos cruzaram a fronteira. A Europa descobriu que a paz não era um dado adquirido e que a energia barata tinha um preço político.</p>"
        "<p>Portugal enviou carros de combate e acolheu mais de 50 mil refugiados ucranianos, muitos deles aqui no Norte.</p>"
        "<p><em>*Professor catedrático jubilado de Relações Internacionais</em></p><p><em>O autor escreve segundo o antigo acordo ortográfico.</em></p>",
        lambda k: it(k, "A guerra na Ucrânia, um ano depois", w, ["Manuel Teixeira Pinto"], junk=["O autor escreve segundo o antigo acordo ortográfico", "Professor catedrático jubilado"],
                     note="Opinion column; the asterisked author note and the orthography disclaimer close the text."))
    w = d(2023, 2, 27, 6, 0, 0, o)
    add(1102977, "opiniao", "vinho-do-porto-e-os-novos-mercados-asiaticos", "Vinho do Porto e os novos mercados asiáticos", w, "Rita Magalhães",
        "<p>As exportações para a Coreia do Sul e para o Vietname cresceram a dois dígitos. Os produtores do Douro precisam de uma estratégia comum, não de feiras avulsas.</p>"
        "<p><em>*Economista</em></p>",
        lambda k: it(k, "Vinho do Porto e os novos mercados asiáticos", w, ["Rita Magalhães"], rel=False, junk=["*Economista"], note="Regional wine exports (business): not relevant."))
    w = d(2023, 3, 1, 6, 0, 0, o)
    add(1103054, "opiniao/editorial", "a-europa-e-o-mediterraneo-dos-afogados", "Editorial: A Europa e o Mediterrâneo dos afogados", w, "",
        "<p>O naufrágio ao largo da Calábria, com dezenas de mortos, repete uma tragédia que a União Europeia conhece de cor. O novo pacto sobre migrações continua na gaveta.</p>",
        lambda k: it(k, "A Europa e o Mediterrâneo dos afogados", w, [], note="Unsigned editorial on EU migration policy: relevant. Title label 'Editorial:' may be kept or dropped."))
    w = d(2023, 3, 6, 6, 0, 0, o)
    add(1103201, "opiniao", "cronica-o-fc-porto-e-a-arte-de-sofrer", "Crónica: O FC Porto e a arte de sofrer", w, "Zé Tó Barbosa",
        "<p>Ganhar nos descontos, outra vez. O Dragão já não sabe viver de outra maneira.</p>",
        lambda k: it(k, "O FC Porto e a arte de sofrer", w, ["Zé Tó Barbosa"], rel=False, note="Sport column. Title label 'Crónica:' may be kept or dropped."))
    w = d(2023, 3, 8, 6, 0, 0, o)
    add(1103299, "opiniao", "brasil-o-regresso-de-brasilia-a-diplomacia", "Brasil: o regresso de Brasília à diplomacia", w, "Helena Cardoso Vilar",
        "<p>O novo governo brasileiro quer voltar a ter voz na Amazónia, em África e nas Nações Unidas. Lisboa tem aqui uma oportunidade que não pode desperdiçar.</p>"
        "<p>«Portugal deve ser a ponte natural entre a União Europeia e o Mercosul», defendeu o eurodeputado Álvaro Reis Nogueira num debate no Porto.</p>"
        "<p><em>*Investigadora do Centro de Estudos Atlânticos</em></p>",
        lambda k: it(k, "Brasil: o regresso de Brasília à diplomacia", w, ["Helena Cardoso Vilar"], quotes=[q("Álvaro Reis Nogueira")],
                     junk=["*Investigadora do Centro de Estudos Atlânticos"]))
    w = d(2023, 3, 10, 6, 0, 0, o)
    add(1103350, "opiniao/cartoon", "cartoon-da-semana-10-marco", "Cartoon da semana", w, "Rui Falcão",
        '<p><img src="https://www.correiododouro.example/img/cartoon-10032023.jpg" alt="Cartoon" /></p>',
        lambda k: it(k, "Cartoon da semana", w, ["Rui Falcão"], story=False, rel=False, note="Weekly cartoon (an image only): not a story."))
    channel = (f"    <title>Correio do Douro - Opinião</title>\n    <link>{base}/opiniao</link>\n    <description>Correio do Douro - Opinião</description>\n    <language>pt-PT</language>\n"
               f"    <copyright>© Correio do Douro - Edições Regionais, S.A.</copyright>\n    <lastBuildDate>{rfc822(d(2023, 3, 10, 6, 5, 0, o), 'pt-pt')}</lastBuildDate>")
    order = sorted(range(len(rows)), key=lambda i: items[i].published, reverse=True)
    rows = [rows[i] for i in order]
    items = [items[i] for i in order]
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n' + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n"
    return feed("pt_pt_correiododouro_opiniao.rss.xml", text, items, lang="pt", outlet="Correio do Douro",
                structure="Jornal de Notícias-style (Porto region) regional daily's opinion RSS from a custom CMS: channel 'Brand - Opinião' (also as description), S.A. copyright, pubDates with PORTUGUESE (pt-PT) day and month abbreviations ('Sex, 24 Fev 2023 06:00:00 +0000', 'Qua, 01 Mar 2023'), dc:creator BEFORE pubDate holding the columnist or absent, CDATA <p> descriptions holding the whole column with an italic asterisked author note ('*Economista') and the 'O autor escreve segundo o antigo acordo ortográfico.' disclaimer, «…» quotes, 'Editorial:' and 'Crónica:' title labels, a cartoon, '/<secção>/<slug>-<7 digits>' bare guids, 06:00 print timestamps, February–March 2023")


# ---------------------------------------------------------------- Urdu columns aggregator (each item a column from a different paper, <source>)
def kada():
    rows, items = [], []
    base = "https://www.columnkada.example"

    def add(n, slug, title, when, columnist, paper, paperurl, excerpt, exp):
        url = f"{base}/column/{n}/{slug}"
        sr = f"<source url=\"{paperurl}\">{esc(paper)}</source>" if paper else ""
        cr = f"<dc:creator>{cd(columnist)}</dc:creator>" if columnist else ""
        rows.append(f"<item>\n<title>{cd(title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>\n{cr}\n<pubDate>{rfc822(when)}</pubDate>\n"
                    f"<description>{cd(excerpt)}</description>\n{sr}\n</item>")
        items.append(exp(url))

    more = '<p><a href="{u}">مکمل کالم پڑھیں</a></p>'
    o = 5
    w = d(2023, 6, 18, 8, 10, 0, o)
    add(44120, "yunan-kashti-hadsa-naujawan", "یونان کشتی حادثہ: ہمارے نوجوان کیوں ڈوب رہے ہیں؟", w, "ثمینہ قریشی", "روزنامہ آئینۂ وقت", "https://www.aainaewaqt.example",
        "<p>پیلوس کے قریب ڈوبنے والی کشتی میں سینکڑوں پاکستانی سوار تھے۔ یورپ کی سرحدوں پر ہونے والی اس تباہی نے انسانی اسمگلنگ کے پورے نظام کو بے نقاب کر دیا ہے۔</p>" + more.format(u="https://www.aainaewaqt.example/columns/2023-06-18/samina-qureshi"),
        lambda k: it(k, "یونان کشتی حادثہ: ہمارے نوجوان کیوں ڈوب رہے ہیں؟", w, ["ثمینہ قریشی"], outlet="روزنامہ آئینۂ وقت", junk=["مکمل کالم پڑھیں"],
                     note="Aggregated column: the outlet a reader expects is the newspaper in <source>; the columnist is in dc:creator. International migration and the Greek shipwreck: relevant."))
    w = d(2023, 6, 17, 9, 0, 0, o)
    add(44102, "shanghai-tanzeem-pakistan-sifarat", "شنگھائی تعاون تنظیم اور پاکستان کی سفارت کاری", w, "ڈاکٹر عارف محمود", "روزنامہ قندیل", "https://www.qandeel-daily.example",
        "<p>اگلے ماہ ہونے والا ورچوئل سربراہی اجلاس پاکستان کے لیے ایک امتحان ہے۔ بھارت کی میزبانی میں پاکستان کی شرکت کا فیصلہ محض رسمی نہیں۔</p>" + more.format(u="https://www.qandeel-daily.example/column/arif-mehmood/sco"),
        lambda k: it(k, "شنگھائی تعاون تنظیم اور پاکستان کی سفارت کاری", w, ["عارف محمود"], outlet="روزنامہ قندیل", junk=["مکمل کالم پڑھیں"],
                     note="Columnist with the title 'ڈاکٹر' (Dr) in dc:creator: the person is عارف محمود."))
    w = d(2023, 6, 16, 7, 45, 0, o)
    add(44087, "budget-tankhwahdar-tabqa", "بجٹ 2023-24: تنخواہ دار طبقہ کہاں جائے؟", w, "نوید اختر", "روزنامہ مشرقی ہوا", "https://www.mashriqihawa.example",
        "<p>نئے بجٹ میں ایک بار پھر سارا بوجھ انہی پر ڈالا گیا ہے جن کی آمدنی پہلے ہی کٹ کر ملتی ہے۔</p>" + more.format(u="https://www.mashriqihawa.example/opinion/naveed-akhtar-budget"),
        lambda k: it(k, "بجٹ 2023-24: تنخواہ دار طبقہ کہاں جائے؟", w, ["نوید اختر"], outlet="روزنامہ مشرقی ہوا", rel=False, junk=["مکمل کالم پڑھیں"], note="Domestic budget: not relevant."))
    w = d(2023, 6, 15, 10, 30, 0, o)
    add(44071, "cricket-world-cup-bharat-jane-ka-sawal", "ورلڈ کپ اور بھارت جانے کا سوال", w, "شاہد رضا", "روزنامہ آئینۂ وقت", "https://www.aainaewaqt.example",
        "<p>کرکٹ بورڈ کہتا ہے فیصلہ حکومت کرے گی، حکومت کہتی ہے کھیل کو سیاست سے الگ رکھیں۔ شیڈول آ چکا ہے، جواب ابھی باقی ہے۔</p>" + more.format(u="https://www.aainaewaqt.example/columns/2023-06-15/shahid-raza"),
        lambda k: it(k, "ورلڈ کپ اور بھارت جانے کا سوال", w, ["شاہد رضا"], outlet="روزنامہ آئینۂ وقت", rel=False, junk=["مکمل کالم پڑھیں"],
                     note="Cricket scheduling column: sport, not relevant (borderline: it touches India–Pakistan relations)."))
    w = d(2023, 6, 14, 8, 20, 0, o)
    add(44055, "amrika-cheen-taluqat-asia", "امریکہ چین تعلقات اور ایشیا کا مستقبل", w, "پروفیسر زاہدہ حسین", "روزنامہ قندیل", "https://www.qandeel-daily.example",
        "<p>امریکی وزیر خارجہ کا متوقع دورۂ بیجنگ کشیدگی کم کرنے کی کوشش ہے، مگر تائیوان اور ٹیکنالوجی کے معاملات پر دونوں طاقتوں کے موقف میں کوئی نرمی دکھائی نہیں دیتی۔ ”یہ مقابلہ اب سرد جنگ نہیں بلکہ گرم معیشت ہے“، لاہور اسکول آف ایشین اسٹڈیز کے ڈاکٹر فرحان ملک کہتے ہیں۔</p>"
        + more.format(u="https://www.qandeel-daily.example/column/zahida-hussain/us-china"),
        lambda k: it(k, "امریکہ چین تعلقات اور ایشیا کا مستقبل", w, ["زاہدہ حسین"], outlet="روزنامہ قندیل", quotes=[q("فرحان ملک", "لاہور اسکول آف ایشین اسٹڈیز")],
                     junk=["مکمل کالم پڑھیں"], note="Columnist with the title 'پروفیسر' in dc:creator; Urdu ”…“ quote with the speaker after it."))
    w = d(2023, 6, 18, 6, 0, 0, o)
    add(44119, "aaj-ke-muntakhib-column", "آج کے منتخب کالم", w, "", "", "",
        '<ul><li><a href="https://www.columnkada.example/column/44120/yunan-kashti-hadsa-naujawan">یونان کشتی حادثہ</a></li><li><a href="https://www.columnkada.example/column/44102/shanghai-tanzeem-pakistan-sifarat">شنگھائی تعاون تنظیم</a></li></ul>',
        lambda k: it(k, "آج کے منتخب کالم", w, [], story=False, rel=False, note="The aggregator's own daily list of links ('today's selected columns'): not a story; its outlet is the aggregator."))
    channel = (f"<title>{cd('کالم کدہ - اردو کالم، ایک جگہ')}</title>\n<link>{base}/</link>\n<description>{cd('پاکستان کے اردو اخبارات کے منتخب کالم')}</description>\n<language>ur</language>\n"
               f"<lastBuildDate>{rfc822(d(2023, 6, 18, 8, 15, 0, o))}</lastBuildDate>")
    order = sorted(range(len(rows)), key=lambda i: items[i].published, reverse=True)
    rows = [rows[i] for i in order]
    items = [items[i] for i in order]
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("ur_pk_columnkada_aggregator.rss.xml", text, items, lang="ur", outlet="کالم کدہ", topic="aggregator",
                structure="Urdu columns aggregator (Pakistan) from a custom PHP CMS: no indentation, CDATA Urdu channel title with a slogan ('برانڈ - اردو کالم، ایک جگہ'), '/column/<n>/<Latin slug>' permalink guids, CDATA dc:creator holding the columnist with titles ('ڈاکٹر', 'پروفیسر') or absent, CDATA Urdu excerpts ending in a 'مکمل کالم پڑھیں' link to the newspaper's own site, the newspaper named in an RSS <source url=…> LAST, ”…“ quotes with the speaker after them, the aggregator's own 'آج کے منتخب کالم' link list, +0500 dates in June 2023",
                notes="Aggregator: the outlet a reader expects is each column's newspaper (<source>), not the aggregator (except its own link list).")


# ---------------------------------------------------------------- Lahore Urdu opinion magazine on WordPress
def zaviya():
    rows, items = [], []
    base = "https://www.zaviyaenigah.example"

    def add(pid, slug, title, when, author, cats, excerpt, body, exp):
        url = f"{base}/{pid}/{slug}/"
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        desc = f'{excerpt}&#8230; <a class="more-link" href="{url}">مزید پڑھیں</a>'
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<comments>{url}#respond</comments>\n\t\t\n\t\t<dc:creator><![CDATA[{author}]]></dc:creator>\n"
                    f"\t\t<pubDate>{rfc822(when)}</pubDate>{cts}\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{desc}]]></description>\n"
                    f"\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n\t\t\t\t\t\n\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t\t<slash:comments>0</slash:comments>\n\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    note = "<p><strong>نوٹ:</strong> ادارے کا لکھاری کی رائے سے متفق ہونا ضروری نہیں۔</p>"
    junk = ["مزید پڑھیں", "ادارے کا لکھاری کی رائے سے متفق ہونا ضروری نہیں"]
    o = 0
    w = d(2023, 9, 12, 14, 20, 0, o)
    add(31877, "g20-delhi-declaration-pakistan-sabaq", "جی 20 دہلی اعلامیہ: پاکستان کے لیے کیا سبق ہے؟", w, "عائشہ ملک", ["بین الاقوامی", "تجزیہ"],
        "نئی دہلی میں جی 20 کا مشترکہ اعلامیہ ایک سفارتی کامیابی کے طور پر پیش کیا جا رہا ہے",
        "<p>نئی دہلی میں جی 20 کا مشترکہ اعلامیہ ایک سفارتی کامیابی کے طور پر پیش کیا جا رہا ہے۔ یوکرین پر نرم زبان اور افریقی یونین کی مستقل رکنیت نے میزبان کو عالمی جنوب کی آواز بنا دیا۔</p>"
        "<p>پاکستان کے لیے سبق یہ ہے کہ معیشت کے بغیر سفارت کاری محض بیانات تک محدود رہتی ہے۔</p>"
        "<p><em>(عائشہ ملک اسلام آباد میں مقیم بین الاقوامی امور کی تجزیہ کار ہیں۔)</em></p>" + note,
        lambda k: it(k, "جی 20 دہلی اعلامیہ: پاکستان کے لیے کیا سبق ہے؟", w, ["عائشہ ملک"], junk=[*junk, "تجزیہ کار ہیں"],
                     note="Urdu WordPress: excerpt ends '&#8230;' and an Urdu 'read more' link; the body ends with a bracketed italic author note and the Urdu editorial disclaimer."))
    w = d(2023, 9, 8, 10, 5, 0, o)
    add(31840, "torkham-sarhad-bandish", "طورخم کی بندش: سرحد پر پھنسے ٹرک اور بگڑتے تعلقات", w, "عمران خٹک", ["بین الاقوامی", "افغانستان"],
        "فائرنگ کے تبادلے کے بعد طورخم سرحد دوسرے روز بھی بند رہی",
        "<p>فائرنگ کے تبادلے کے بعد طورخم سرحد دوسرے روز بھی بند رہی اور دونوں جانب ہزاروں ٹرک کھڑے ہیں۔</p>"
        "<p>خیبر چیمبر آف کامرس کے صدر حاجی نصیر آفریدی نے کہا: ”ہر روز کی بندش سے تاجروں کو کروڑوں کا نقصان ہو رہا ہے۔“</p>"
        "<p><em>(عمران خٹک پشاور کے صحافی ہیں۔)</em></p>" + note,
        lambda k: it(k, "طورخم کی بندش: سرحد پر پھنسے ٹرک اور بگڑتے تعلقات", w, ["عمران خٹک"], quotes=[q("نصیر آفریدی", "خیبر چیمبر آف کامرس")],
                     junk=[*junk, "پشاور کے صحافی ہیں"], note="Pakistan–Afghanistan border closure: relevant. The speaker carries the honorific 'حاجی'."))
    w = d(2023, 9, 5, 9, 0, 0, o)
    add(31802, "mehngi-bijli-awami-ehtijaj", "مہنگی بجلی اور عوامی احتجاج", w, "سلمان ارشد", ["پاکستان", "معیشت"],
        "بجلی کے بلوں کے خلاف احتجاج چھوٹے شہروں سے بڑے شہروں تک پھیل چکا ہے",
        "<p>بجلی کے بلوں کے خلاف احتجاج چھوٹے شہروں سے بڑے شہروں تک پھیل چکا ہے۔</p>" + note,
        lambda k: it(k, "مہنگی بجلی اور عوامی احتجاج", w, ["سلمان ارشد"], rel=False, junk=junk, note="Domestic electricity prices: not relevant."))
    w = d(2023, 9, 21, 16, 0, 0, o)
    add(31950, "qarabagh-bohran-armenia-azerbaijan", "قرہ باغ کا بحران: ایک دن کی جنگ، ایک قوم کی ہجرت", w, "عائشہ ملک", ["بین الاقوامی"],
        "آذربائیجان کی ایک روزہ فوجی کارروائی کے بعد علیحدگی پسند انتظامیہ نے ہتھیار ڈال دیے",
        "<p>آذربائیجان کی ایک روزہ فوجی کارروائی کے بعد علیحدگی پسند انتظامیہ نے ہتھیار ڈال دیے۔ اب سوال آرمینیائی آبادی کے مستقبل کا ہے۔</p>"
        "<p><em>(عائشہ ملک اسلام آباد میں مقیم بین الاقوامی امور کی تجزیہ کار ہیں۔)</em></p>" + note,
        lambda k: it(k, "قرہ باغ کا بحران: ایک دن کی جنگ، ایک قوم کی ہجرت", w, ["عائشہ ملک"], junk=[*junk, "تجزیہ کار ہیں"]))
    w = d(2023, 9, 15, 13, 0, 0, o)
    add(31901, "video-zaviya-mukalma-17", "ویڈیو: زاویۂ نگاہ مکالمہ ۔ قسط 17", w, "زاویۂ نگاہ", ["ویڈیو"],
        "ہمارے ہفتہ وار مکالمے کی نئی قسط دیکھیے",
        '<p><iframe width="560" height="315" src="https://www.videos.example/embed/zv17" frameborder="0" allowfullscreen></iframe></p>',
        lambda k: it(k, "ویڈیو: زاویۂ نگاہ مکالمہ ۔ قسط 17", w, [], story=False, rel=False, note="Video episode credited to the magazine: not a story."))
    w = d(2023, 9, 11, 18, 30, 0, o)
    add(31866, "asia-cup-barish-schedule-tanaza", "ایشیا کپ: بارش، شیڈول اور ریزرو ڈے کا تنازع", w, "فہد علی", ["کھیل"],
        "کولمبو میں بارش نے ایک بار پھر منتظمین کے فیصلوں پر سوال اٹھا دیے",
        "<p>کولمبو میں بارش نے ایک بار پھر منتظمین کے فیصلوں پر سوال اٹھا دیے۔</p>" + note,
        lambda k: it(k, "ایشیا کپ: بارش، شیڈول اور ریزرو ڈے کا تنازع", w, ["فہد علی"], rel=False, junk=junk, note="Cricket: not relevant."))
    channel = (f"\t<title>زاویۂ نگاہ</title>\n\t<atom:link href=\"{base}/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n\t<description>سوچ کا نیا زاویہ</description>\n"
               f"\t<lastBuildDate>{rfc822(d(2023, 9, 21, 16, 0, 0, o))}</lastBuildDate>\n\t<language>ur</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.3.1</generator>")
    order = sorted(range(len(rows)), key=lambda i: items[i].published, reverse=True)
    rows = [rows[i] for i in order]
    items = [items[i] for i in order]
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("ur_pk_zaviya_opinion_wp.rss.xml", text, items, lang="ur", outlet="زاویۂ نگاہ",
                structure="Lahore Urdu digital opinion magazine on WordPress (/feed/): declaration and <rss> on one line, one namespace per line, bare Urdu brand as channel title with an Urdu slogan, '/<id>/<Latin slug>/' links and '?p=<id>' guids, CDATA dc:creator holding a person or the magazine, Urdu CDATA categories, theme excerpts ending '&#8230; <a class=\"more-link\">مزید پڑھیں</a>', content:encoded ending with a bracketed italic author note '(… ہیں۔)' and the bold editorial disclaimer 'نوٹ: ادارے کا لکھاری کی رائے سے متفق ہونا ضروری نہیں۔', ”…“ quotes after 'نے کہا:', an embedded video episode, +0000 dates in September 2023")


FEEDS = [pauta, correio, kada, zaviya]
