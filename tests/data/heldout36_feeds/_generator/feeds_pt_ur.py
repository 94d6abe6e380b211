# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese and Urdu front-page feeds of the thirty-sixth held-out set: a São Paulo portal's
'todas as notícias', a Lisbon daily's 'Últimas' as Atom, a Karachi Urdu daily's 'تازہ ترین' and
a Hyderabad Urdu daily on Blogger. All outlets, people and quotations are invented."""
from h36 import S, d, esc, exp, feed, html, q, rfc822


# ---------------------------------------------------------------- São Paulo portal, "todas as notícias"
def paulista():
    base = "https://portalpaulista.example"
    specs = [
        S("mundo/noticia/2024/10/05/voo-da-fab-com-brasileiros-repatriados-do-libano-pousa-em-guarulhos.ghtml", "Voo da FAB com 229 brasileiros repatriados do Líbano pousa em Guarulhos", d(2024, 10, 5, 6, 40, 0, -3), "",
          [], ["Avião da Força Aérea Brasileira trouxe o terceiro grupo de brasileiros que deixaram o Líbano em meio aos bombardeios israelenses.", "O Itamaraty diz que mais de 3 mil pessoas pediram para sair do país."],
          rel=True, note="Crise no exterior contada pelo lado de casa (repatriação de cidadãos pelo governo): relevante. Sem autor no feed: []."),
        S("politica/noticia/2024/10/04/stf-forma-maioria-para-manter-regras-das-emendas.ghtml", "STF forma maioria para manter novas regras de transparência das emendas", d(2024, 10, 4, 21, 15, 0, -3), "", [],
          ["Seis ministros já votaram para manter a decisão que exige identificação dos autores das emendas parlamentares."],
          note="Política e Justiça internas: não relevante."),
        S("esporte/futebol/libertadores/noticia/2024/10/03/flamengo-empata-com-penarol-e-e-eliminado.ghtml", "Flamengo empata com o Peñarol no Uruguai e é eliminado da Libertadores", d(2024, 10, 3, 23, 50, 0, -3), "", [],
          ["O Flamengo ficou no 0 a 0 em Montevidéu e deu adeus à competição nas quartas de final."],
          note="Jogo contra time estrangeiro, no exterior: esporte, não relevante."),
        S("rs/rio-grande-do-sul/noticia/2024/10/04/chuva-volta-a-alagar-ruas-em-porto-alegre.ghtml", "Chuva volta a alagar ruas em Porto Alegre", d(2024, 10, 4, 18, 5, 0, -3), "", [],
          ["A Defesa Civil registrou 90 milímetros em seis horas na capital gaúcha."],
          note="Clima no país: não relevante."),
        S("economia/noticia/2024/10/04/dolar-fecha-em-alta.ghtml", "Dólar fecha em alta de 0,8% com dados de emprego nos EUA", d(2024, 10, 4, 17, 20, 0, -3), "", [],
          ["A moeda americana subiu para R$ 5,51 após dados mais fortes que o esperado do mercado de trabalho americano."],
          note="Mercado com menção passageira ao exterior: não relevante."),
        S("pop-arte/musica/noticia/2024/10/03/cantora-brasileira-lota-estadio-em-lisboa.ghtml", "Cantora brasileira lota estádio em Lisboa e canta com fãs portugueses", d(2024, 10, 3, 10, 0, 0, -3), "", [],
          ["Foram 48 mil pessoas no primeiro de dois shows da turnê europeia."],
          note="Celebridade no exterior: cultura, não relevante."),
    ]
    rows, items = [], []
    for s in specs:
        url = f"{base}/{s.slug}"
        img = f'<img src="https://s2.portalpaulista.example/{s.slug[-20:-6]}.jpg" /><br />'
        rows.append(f"<item><title>{esc(s.title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid>"
                    f"<description><![CDATA[{img}   {s.paras[0]}]]></description>"
                    f'<media:content url="https://s2.portalpaulista.example/{s.slug[-20:-6]}.jpg" medium="image" /><category>Brasil</category>'
                    f"<pubDate>{rfc822(s.when.astimezone(d(2024, 1, 1, 0, 0).tzinfo)).replace('+0000', '-0000')}</pubDate>"
                    + (f"<atom:subtitle>{esc(s.paras[1])}</atom:subtitle>" if len(s.paras) > 1 else "") + "</item>")
        items.append(exp(s, url))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">'
            f"<channel><title>portal paulista &gt; Todas as notícias</title><link>{base}/</link><description>Últimas notícias do portal paulista</description><language>pt-BR</language>"
            f"<copyright>© Copyright 2000-2024 Portal Paulista</copyright><atom:link href=\"{base}/rss/todas.xml\" rel=\"self\" type=\"application/rss+xml\" />"
            + "".join(rows) + "</channel></rss>")
    return feed("pt_br_portalpaulista_todas.rss.xml", text, items, lang="pt", outlet="Portal Paulista", aliases=["portal paulista"], ctype="application/rss+xml; charset=utf-8", topic="mixed",
                structure="São Paulo news portal's 'todas as notícias' feed: one line, channel 'brand > Todas as notícias' with an escaped '&gt;', pt-BR, copyright with a year range, items title/link/guid/description/media:content/category/pubDate/atom:subtitle, '.ghtml' links under /<section>/noticia/YYYY/MM/DD/ as permalink guids, CDATA descriptions opening with <img> and <br /> then three spaces and the standfirst, the second standfirst only in atom:subtitle, the same 'Brasil' category on every item, UTC dates written '-0000', no bylines, October 2024")


# ---------------------------------------------------------------- Lisbon daily, "Últimas" as Atom
def tejo():
    base = "https://www.correiodotejo.example"
    specs = [
        S("web-summit-arranca-em-lisboa-com-70-mil-participantes", "Web Summit arranca em Lisboa com 70 mil participantes e 2.600 startups", d(2023, 11, 13, 19, 30), "Rita Magalhães", ["Rita Magalhães"],
          ["A cimeira tecnológica abriu esta segunda-feira na Altice Arena com um número recorde de startups, numa semana marcada pela crise política.",
           "“Lisboa continua a ser a porta de entrada para a Europa”, disse o fundador de uma startup de Braga, Tiago Sampaio."],
          quotes=[q("Tiago Sampaio")], cat="Economia",
          note="Evento internacional organizado em casa (conferência de tecnologia): não relevante."),
        S("ministro-dos-negocios-estrangeiros-em-luanda", "Ministro dos Negócios Estrangeiros em Luanda para preparar cimeira luso-angolana", d(2023, 11, 13, 16, 45), "Nuno Quaresma", ["Nuno Quaresma"],
          ["O chefe da diplomacia portuguesa reuniu-se com o homólogo angolano para preparar a cimeira bilateral de Dezembro, com a mobilidade e a dívida em cima da mesa.",
           "“Angola e Portugal precisam de acordos concretos, não de discursos”, afirmou a investigadora Luísa Ventura, do Instituto de Estudos Estratégicos."],
          rel=True, quotes=[q("Luísa Ventura", "Instituto de Estudos Estratégicos")], cat="Política",
          note="Viagem de um ministro ao estrangeiro para negociações com outro Estado: relevante, embora arquivada em Política."),
        S("orcamento-do-estado-votacao-final-global-mantida", "Orçamento do Estado vai a votação final apesar da demissão do Governo", d(2023, 11, 13, 12, 10), "Nuno Quaresma", ["Nuno Quaresma"],
          ["O Presidente da República confirmou que o Orçamento será votado a 29 de Novembro antes da dissolução do Parlamento."],
          cat="Política", note="Política interna: não relevante."),
        S("benfica-perde-com-real-sociedad", "Benfica perde em San Sebastián e fica sem hipóteses na Champions", d(2023, 11, 12, 22, 55), "Redação", [],
          ["Os encarnados perderam por 3-1 e já não podem passar aos oitavos de final."],
          cat="Desporto", note="Jogo contra equipa estrangeira: desporto, não relevante. 'Redação' não é pessoa."),
        S("emigrantes-portugueses-na-suica-festejam-sao-martinho", "Emigrantes portugueses na Suíça enchem pavilhão para o São Martinho", d(2023, 11, 12, 18, 0), "Carla Pinheiro, em Genebra", ["Carla Pinheiro"],
          ["Mais de cinco mil emigrantes juntaram-se num pavilhão em Genebra para a festa das castanhas e do vinho novo."],
          cat="Sociedade", note="Comunidade emigrante no estrangeiro: não relevante. Autor 'Nome, em Cidade': só o nome."),
        S("incendio-em-odemira-consumiu-300-hectares", "Incêndio em Odemira consumiu 300 hectares e obrigou a cortar a EN120", d(2023, 11, 12, 9, 20), "Lusa", [],
          ["O fogo, que deflagrou na madrugada de sábado, foi dado como dominado ao início da manhã."],
          cat="País", note="Notícia do país: não relevante. 'Lusa' é agência: []."),
    ]
    ents, items = [], []
    for n, s in enumerate(specs):
        url = f"{base}/{s.cat.lower().replace('í', 'i')}/{s.slug}-{1124500 - n * 3}"
        ents.append(f'  <entry>\n    <title>{esc(s.title)}</title>\n    <link rel="alternate" type="text/html" href="{url}"/>\n    <id>{url}</id>\n'
                    f"    <published>{s.when.isoformat()}</published>\n    <updated>{s.when.isoformat()}</updated>\n    <author>\n      <name>{esc(s.by)}</name>\n    </author>\n"
                    f'    <category term="{esc(s.cat)}" label="{esc(s.cat)}"/>\n    <summary type="text">{esc(" ".join(s.paras))}</summary>\n  </entry>')
        items.append(exp(s, url))
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="pt-PT">\n  <title>Correio do Tejo - Últimas</title>\n'
            f'  <link rel="alternate" type="text/html" href="{base}/"/>\n  <link rel="self" type="application/atom+xml" href="{base}/feeds/ultimas.atom"/>\n  <id>{base}/feeds/ultimas.atom</id>\n'
            f"  <updated>{d(2023, 11, 13, 19, 31).isoformat()}</updated>\n  <rights>Correio do Tejo, S.A.</rights>\n" + "\n".join(ents) + "\n</feed>\n")
    return feed("pt_pt_correiodotejo_ultimas.atom.xml", text, items, lang="pt", outlet="Correio do Tejo", shape="atom", topic="mixed", ctype="application/atom+xml; charset=utf-8",
                structure="Lisbon daily's 'Últimas' (latest) Atom feed from its own CMS: xml:lang pt-PT, title 'Brand - Últimas', alternate and self links, rights naming the company, entries title/link/id/published/updated/author/category(term and label)/summary type=text with the standfirst and one more sentence, ids = URLs ending in a numeric id, +00:00 offsets (Lisbon in winter), authors a journalist, 'Nome, em Cidade', 'Redação' or 'Lusa', the Web Summit at home among a minister in Luanda, the budget, football, emigrants and a fire, November 2023")


# ---------------------------------------------------------------- Karachi Urdu daily, "تازہ ترین"
def saahil():
    base = "https://urdu.saahilnews.example"
    specs = [
        S("2561021", "وزیر خارجہ بیجنگ پہنچ گئے، سی پیک کے دوسرے مرحلے پر بات چیت", d(2025, 2, 20, 21, 10, 0, 5), "ویب ڈیسک", [],
          ["بیجنگ: وزیر خارجہ تین روزہ سرکاری دورے پر چین پہنچ گئے جہاں وہ اپنے چینی ہم منصب سے سی پیک کے دوسرے مرحلے اور سیکیورٹی تعاون پر بات چیت کریں گے۔",
           "بین الاقوامی امور کی ماہر ڈاکٹر صائمہ قریشی نے کہا کہ ”یہ دورہ سرمایہ کاروں کو اعتماد دلانے کے لیے اہم ہے“۔"],
          rel=True, quotes=[q("صائمہ قریشی", "بین الاقوامی امور کی ماہر")],
          note="Minister's trip abroad for talks with a foreign government: relevant. 'ویب ڈیسک' is a desk: []."),
        S("2561008", "چیمپئنز ٹرافی: پاک بھارت ٹاکرا اتوار کو دبئی میں ہوگا", d(2025, 2, 20, 18, 30, 0, 5), "اسپورٹس ڈیسک", [],
          ["کراچی: چیمپئنز ٹرافی میں پاکستان اور بھارت کا میچ اتوار کو دبئی میں کھیلا جائے گا، ٹکٹیں چند منٹوں میں فروخت ہو گئیں۔"],
          note="A match against a foreign team in a tournament the country hosts (this match abroad): sport, not relevant."),
        S("2560994", "کراچی کے کئی علاقوں میں گیس کی لوڈشیڈنگ، شہری پریشان", d(2025, 2, 20, 15, 0, 0, 5), "اسٹاف رپورٹر", [],
          ["کراچی: شہر کے کئی علاقوں میں صبح اور شام کے اوقات میں گیس کی فراہمی معطل رہی۔"],
          note="City news: not relevant."),
        S("2560981", "سونے کی فی تولہ قیمت میں 2 ہزار روپے کا اضافہ", d(2025, 2, 20, 12, 40, 0, 5), "بزنس ڈیسک", [],
          ["کراچی: عالمی مارکیٹ میں تیزی کے بعد مقامی صرافہ بازار میں سونے کی قیمت نئی بلند ترین سطح پر پہنچ گئی۔"],
          note="Markets with a passing world-market cue: not relevant."),
        S("2560967", "سعودی عرب سے ترسیلات زر ریکارڈ سطح پر پہنچ گئیں", d(2025, 2, 20, 10, 15, 0, 5), "عمران شیخ", ["عمران شیخ"],
          ["اسلام آباد: سعودی عرب میں مقیم پاکستانیوں نے جنوری میں 72 کروڑ ڈالر وطن بھیجے جو ایک ریکارڈ ہے۔"],
          note="Diaspora remittances: home economy, not relevant."),
        S("2560950", "معروف اداکارہ کی شادی کی تصاویر وائرل", d(2025, 2, 20, 8, 0, 0, 5), "انٹرٹینمنٹ ڈیسک", [],
          ["لاہور: معروف اداکارہ کی شادی کی تقریب کی تصاویر سوشل میڈیا پر وائرل ہو گئیں۔"],
          note="Showbiz: not relevant."),
    ]
    rows, items = [], []
    for s in specs:
        url = f"{base}/story/{s.slug}/"
        rows.append(f"    <item>\n      <title><![CDATA[{s.title}]]></title>\n      <link>{url}</link>\n      <description><![CDATA[{html(s)}]]></description>\n"
                    f"      <author><![CDATA[{s.by}]]></author>\n      <pubDate>{rfc822(s.when)}</pubDate>\n      <guid>{url}</guid>\n    </item>")
        items.append(exp(s, url))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n    <title><![CDATA[ساحل نیوز - تازہ ترین]]></title>\n'
            f"    <link>{base}/</link>\n    <description><![CDATA[تازہ ترین خبریں]]></description>\n    <language>ur</language>\n    <lastBuildDate>{rfc822(d(2025, 2, 20, 21, 12, 0, 5))}</lastBuildDate>\n"
            + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("ur_pk_saahilnews_tazatareen.rss.xml", text, items, lang="ur", outlet="ساحل نیوز", aliases=["Saahil News"], ctype="application/rss+xml; charset=UTF-8", topic="mixed",
                structure="Karachi Urdu daily's 'تازہ ترین' (latest) feed from a custom CMS: two-space indentation, CDATA channel title 'برانڈ - تازہ ترین' and description, language 'ur' (Pakistan shows through datelines 'کراچی:', 'اسلام آباد:' and روپے), items title/link/description/author/pubDate/guid, CDATA titles, CDATA <p> descriptions opening with 'شہر:' datelines, RSS <author> in CDATA with desks ('ویب ڈیسک', 'اسپورٹس ڈیسک', 'اسٹاف رپورٹر', 'بزنس ڈیسک', 'انٹرٹینمنٹ ڈیسک') or a reporter, link guids without isPermaLink, +0500 dates, February 2025 (the Champions Trophy)")


# ---------------------------------------------------------------- Hyderabad Urdu daily on Blogger
def deccan():
    blog = "7731904456120983311"
    base = "https://www.roznamadeccanurdu.example"
    specs = [
        S("4410", "بہار اسمبلی انتخابات: پہلے مرحلے میں 64 فیصد سے زیادہ پولنگ", d(2025, 11, 6, 20, 15, 0, 5.5), "نمائندہ خصوصی", [],
          ["پٹنہ، 6 نومبر: بہار اسمبلی انتخابات کے پہلے مرحلے میں 121 نشستوں کے لیے جمعرات کو 64 فیصد سے زیادہ ووٹ ڈالے گئے۔"],
          cat="قومی", note="Home elections: not relevant."),
        S("4409", "حج 2026: ہندوستان اور سعودی عرب کے درمیان معاہدے پر دستخط", d(2025, 11, 6, 17, 40, 0, 5.5), "ایجنسیاں", [],
          ["نئی دہلی، 6 نومبر: ہندوستان اور سعودی عرب نے جدہ میں حج 2026 کے دوطرفہ معاہدے پر دستخط کیے جس کے تحت ہندوستانی عازمین کا کوٹہ 1,75,025 برقرار رکھا گیا۔",
           "مرکزی حج کمیٹی کے رکن ڈاکٹر سید فرحان قادری نے کہا کہ ”عازمین کے لیے رہائش کے انتظامات اس بار پہلے سے مکمل ہوں گے“۔"],
          rel=True, quotes=[q("سید فرحان قادری", "مرکزی حج کمیٹی")], cat="قومی",
          note="Hard call: a pilgrimage quota, but fixed in an agreement signed between two governments: relevant. 'ایجنسیاں' (agencies) is no person."),
        S("4408", "حیدرآباد میں موسلا دھار بارش، کئی علاقے زیر آب", d(2025, 11, 6, 14, 0, 0, 5.5), "نامہ نگار", [],
          ["حیدرآباد، 6 نومبر: شہر میں چار گھنٹے کی موسلا دھار بارش سے نشیبی علاقوں میں پانی بھر گیا۔"],
          cat="شہر", note="City weather: not relevant."),
        S("4407", "غزہ میں جنگ بندی کے بعد امدادی ٹرکوں کی آمد میں اضافہ", d(2025, 11, 5, 22, 30, 0, 5.5), "ایجنسیاں", [],
          ["غزہ، 5 نومبر: اقوام متحدہ کے مطابق جنگ بندی کے بعد رفح کراسنگ سے روزانہ چھ سو امدادی ٹرک غزہ میں داخل ہو رہے ہیں۔"],
          rel=True, cat="بین الاقوامی", note="World affairs: relevant."),
        S("4406", "ہندوستان نے ویسٹ انڈیز کو اننگز سے شکست دے دی", d(2025, 11, 5, 18, 10, 0, 5.5), "اسپورٹس ڈیسک", [],
          ["احمد آباد، 5 نومبر: ہندوستان نے پہلے ٹیسٹ میچ میں ویسٹ انڈیز کو ایک اننگز اور 140 رنز سے شکست دی۔"],
          cat="کھیل", note="A match against a foreign team at home: not relevant."),
        S("4405", "ممتاز اردو شاعر پروفیسر انیس الدین فاروقی کا انتقال", d(2025, 11, 5, 11, 0, 0, 5.5), "نمائندہ خصوصی", [],
          ["حیدرآباد، 5 نومبر: ممتاز اردو شاعر اور عثمانیہ یونیورسٹی کے سابق صدر شعبہ اردو پروفیسر انیس الدین فاروقی کا 84 برس کی عمر میں انتقال ہو گیا۔"],
          cat="ادب", note="Culture, an obituary: not relevant."),
    ]
    ents, items = [], []
    for s in specs:
        url = f"{base}/{s.when.strftime('%Y/%m')}/post-{s.slug}.html"
        pid = f"tag:blogger.com,1999:blog-{blog}.post-{int(s.slug) * 7919 + 5550000000000000000}"
        upd = s.when.isoformat(timespec="milliseconds")
        ents.append(f"<entry><id>{pid}</id><published>{upd}</published><updated>{upd}</updated><category scheme='http://www.blogger.com/atom/ns#' term='{s.cat}'/>"
                    f"<title type='text'>{esc(s.title)}</title><content type='html'>{esc(html(s, f'<p>({s.by})</p>'))}</content>"
                    f"<link rel='replies' type='application/atom+xml' href='{base}/feeds/{pid[-19:]}/comments/default' title='تبصرے شائع کریں'/>"
                    f"<link rel='edit' type='application/atom+xml' href='https://www.blogger.com/feeds/{blog}/posts/default/{pid[-19:]}'/>"
                    f"<link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/{blog}/posts/default/{pid[-19:]}'/>"
                    f"<link rel='alternate' type='text/html' href='{url}' title='{esc(s.title)}'/>"
                    "<author><name>Roznama Deccan Urdu</name><uri>http://www.blogger.com/profile/04187765512309871234</uri><email>noreply@blogger.com</email>"
                    "<gd:image rel='http://schemas.google.com/g/2005#thumbnail' width='16' height='16' src='https://img1.blogblog.com/img/b16-rounded.gif'/></author><thr:total>0</thr:total></entry>")
        s.junk.append(f"({s.by})")
        items.append(exp(s, pid))
    text = ("<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href=\"http://www.blogger.com/styles/atom.css\" type=\"text/css\"?>"
            "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' "
            "xmlns:georss='http://www.georss.org/georss' xmlns:gd=\"http://schemas.google.com/g/2005\" xmlns:thr='http://purl.org/syndication/thread/1.0'>"
            f"<id>tag:blogger.com,1999:blog-{blog}</id><updated>{d(2025, 11, 6, 20, 16, 0, 5.5).isoformat(timespec='milliseconds')}</updated>"
            + "".join(f"<category term='{c}'/>" for c in ["ادب", "بین الاقوامی", "شہر", "قومی", "کھیل"])
            + "<title type='text'>روزنامہ دکن اردو</title><subtitle type='html'>حیدرآباد دکن کا اردو روزنامہ</subtitle>"
            f"<link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='{base}/feeds/posts/default'/>"
            f"<link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/{blog}/posts/default'/><link rel='alternate' type='text/html' href='{base}/'/>"
            "<author><name>Roznama Deccan Urdu</name><uri>http://www.blogger.com/profile/04187765512309871234</uri><email>noreply@blogger.com</email></author>"
            "<generator version='7.00' uri='http://www.blogger.com'>Blogger</generator><openSearch:totalResults>4410</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex><openSearch:itemsPerPage>25</openSearch:itemsPerPage>"
            + "".join(ents) + "</feed>")
    return feed("ur_in_roznamadeccan_blogger.atom.xml", text, items, lang="ur", outlet="روزنامہ دکن اردو", aliases=["Roznama Deccan Urdu"], shape="atom", topic="mixed",
                ctype="application/atom+xml; charset=UTF-8",
                structure="Hyderabad Urdu daily's Blogger feed (/feeds/posts/default): single-quoted attributes, the atom.css stylesheet PI, openSearch, blogger, georss, gd and thr namespaces, tag:blogger.com post ids, a category list in the head, published/updated with milliseconds and +05:30, Blogger's replies/edit/self/alternate links, every entry's author the blog account 'Roznama Deccan Urdu' with noreply@blogger.com and the default 16px image (the real credit is a '(نمائندہ خصوصی)', '(ایجنسیاں)', '(نامہ نگار)' or '(اسپورٹس ڈیسک)' line at the end of the HTML content), datelines 'شہر، تاریخ:', thr:total, November 2025")


FEEDS = [paulista, tejo, saahil, deccan]
