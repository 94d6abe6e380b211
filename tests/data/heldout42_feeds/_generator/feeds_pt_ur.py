# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese and Urdu feeds of the forty-second held-out set (a Mindelo weekly on WordPress
4.7, a Belém site's Atom from the jpmonette/feed package, a Peshawar daily on WordPress 5.9,
a Hyderabad (India) daily's hand-written Atom). All outlets, people and quotations are invented."""
from html import unescape

from h42 import P, cd, d, esc, feed, gmt, it, ordered, q, rfc822, utc0, wpt

LBL = "Title label '{}' may be kept or dropped"


# ---------------------------------------------------------------- Mindelo (Cabo Verde) weekly on WordPress 4.7 (2017)
def mindelo():
    base = "http://www.jornaldomindelo.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{slug}/"
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(unescape(title))}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#respond</comments>\n\t\t<pubDate>{utc0(when)}</pubDate>\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>{cts}\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[{excerpt} [&#8230;]]]></description>\n\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2017, 2, 22, 17, 0, 0, -1)
    add(18840, "entrevista-embaixadora-cabo-verde-uniao-africana", "Entrevista: &#8220;Cabo Verde é pequeno em terra, grande no mar&#8221;", w, "Djamila Lopes Évora", ["Mundo", "Entrevistas"],
        "A embaixadora junto da União Africana fala da candidatura de Cabo Verde à Comissão e da segurança marítima",
        P("<em>A embaixadora de Cabo Verde junto da União Africana, Maria de Fátima Delgado Tavares, esteve no Mindelo esta semana. Falámos com ela sobre a cimeira de Adis Abeba e a segurança no Atlântico.</em>",
          "<strong>P: O que ganhou Cabo Verde na cimeira?</strong>",
          "R: &#8220;Ganhámos voz. Cabo Verde é pequeno em terra, grande no mar, e a pesca ilegal e o tráfico passam pelas nossas águas. A União Africana começa a ouvir isso.&#8221;",
          "<strong>P: E o regresso de Marrocos à organização?</strong>",
          "R: &#8220;É uma boa notícia se servir para falar, e não para dividir.&#8221;"),
        lambda k: it(k, "“Cabo Verde é pequeno em terra, grande no mar”", w, ["Djamila Lopes Évora"], quotes=[q("Maria de Fátima Delgado Tavares", "União Africana")],
                     note=LBL.format("Entrevista:") + ". Entrevista com 'P:'/'R:': as citações são da entrevistada; a autora é a entrevistadora. Política externa na UA: relevante."))
    w = d(2017, 2, 21, 12, 0, 0, -1)
    add(18826, "opiniao-a-diaspora-e-o-muro-de-trump", "Opinião: A diáspora cabo-verdiana e o muro de Washington", w, "Colaborador", ["Mundo", "Opinião"],
        "Há mais cabo-verdianos em Boston do que no Mindelo. A nova política de imigração americana é assunto nosso",
        P("Há mais cabo-verdianos na região de Boston do que no Mindelo. A nova política de imigração de Washington, com as ordens executivas de Janeiro, é por isso assunto nosso.",
          "O Governo deve negociar já um acordo consular que proteja os nossos emigrantes em situação irregular.",
          "<em>Armando Silva Fonseca é jurista e foi cônsul-geral de Cabo Verde em Boston. Escreve de acordo com a antiga ortografia.</em>"),
        lambda k: it(k, "A diáspora cabo-verdiana e o muro de Washington", w, ["Armando Silva Fonseca"],
                     junk=["Escreve de acordo com a antiga ortografia", "foi cônsul-geral de Cabo Verde em Boston"],
                     note=LBL.format("Opinião:") + ". Artigo de opinião de colaborador: autor na nota biográfica final ('Colaborador' não é pessoa). Relevante."))
    w = d(2017, 2, 20, 19, 30, 0, -1)
    add(18810, "gambia-novo-presidente-regresso-banjul", "Gâmbia: novo Presidente regressa a Banjul sob protecção da CEDEAO", w, "Redacção", ["Mundo", "África"],
        "O novo chefe de Estado gambiano regressou ao país depois de semanas no Senegal",
        P("Banjul, 20 fev (Lusa) &#8211; O novo Presidente da Gâmbia regressou hoje a Banjul, protegido por tropas da CEDEAO, depois de semanas no Senegal durante a crise com o antecessor, que acabou por partir para o exílio.",
          "Cabo Verde, membro da CEDEAO, saudou o regresso num comunicado do Ministério dos Negócios Estrangeiros."),
        lambda k: it(k, "Gâmbia: novo Presidente regressa a Banjul sob protecção da CEDEAO", w, [], note="'Redacção' e 'Lusa': nenhuma pessoa. Relevante."))
    w = d(2017, 2, 19, 10, 0, 0, -1)
    add(18795, "analise-china-e-o-porto-de-sao-vicente", "Análise: O que a China quer do Porto Grande", w, "Edson Ramos Brito", ["Mundo", "Análise"],
        "A proposta chinesa para uma zona económica especial em São Vicente levanta perguntas",
        P("A proposta de um grupo chinês para criar uma zona económica especial marítima em São Vicente levanta perguntas sobre dívida e soberania.",
          "&#8220;Um porto de águas profundas no meio do Atlântico interessa a muita gente, e não só por razões comerciais&#8221;, diz o economista Jorge Brito Andrade, da Universidade de Cabo Verde."),
        lambda k: it(k, "O que a China quer do Porto Grande", w, ["Edson Ramos Brito"], quotes=[q("Jorge Brito Andrade", "Universidade de Cabo Verde")],
                     note=LBL.format("Análise:") + ". Análise (notícia): investimento de um Estado estrangeiro, relevante."))
    w = d(2017, 2, 18, 16, 0, 0, -1)
    add(18780, "galeria-carnaval-do-mindelo-2017", "Galeria: o Carnaval do Mindelo em 40 fotografias", w, "Fotografia", ["Galeria"],
        "As imagens do desfile de domingo",
        '<div class="gallery"><figure><img src="' + base + '/wp-content/uploads/2017/02/carnaval1.jpg" alt=""/></figure></div>',
        lambda k: it(k, "o Carnaval do Mindelo em 40 fotografias", w, [], story=False, rel=False, note="Galeria de fotografias: não é notícia. " + LBL.format("Galeria:")))
    w = d(2017, 2, 17, 9, 0, 0, -1)
    add(18766, "tacv-voos-boston-suspensos", "TACV suspende voos para Boston durante a reestruturação", w, "Edson Ramos Brito", ["Economia"],
        "A companhia aérea nacional suspende a rota durante três meses",
        P("A companhia aérea nacional suspende os voos para Boston durante três meses, no âmbito da reestruturação anunciada pelo Governo."),
        lambda k: it(k, "TACV suspende voos para Boston durante a reestruturação", w, ["Edson Ramos Brito"], rel=False, note="Economia nacional: não relevante."))
    rows, items = ordered(rows, items)
    head = (f"\t<title>Mundo &#8211; Jornal do Mindelo</title>\n\t<atom:link href=\"{base}/category/mundo/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n"
            f"\t<description>Semanário independente de São Vicente</description>\n\t<lastBuildDate>{utc0(d(2017, 2, 22, 17, 1, 0, -1))}</lastBuildDate>\n\t<language>pt-PT</language>\n"
            "\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t<sy:updateFrequency>1</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=4.7.2</generator>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("pt_cv_jornaldomindelo_mundo_wp47.rss.xml", text, items, lang="pt", outlet="Jornal do Mindelo",
                ctype="application/rss+xml; charset=UTF-8",
                structure="Mindelo (São Vicente, Cabo Verde) weekly's 'Mundo' category on WordPress 4.7.2 (pt-PT install: the country shows through Mindelo, São Vicente, TACV, CEDEAO membership), channel 'Mundo &#8211; Brand', sy:update* without whitespace, '/<slug>/' links, '?p=' guids, +0000 pubDates (newsroom -0100), CDATA dc:creator with journalists, 'Colaborador', 'Redacção' or 'Fotografia', excerpts ending ' [&#8230;]', content:encoded with an 'Entrevista:' kicker over bold 'P:' and plain 'R:' paragraphs with “…” as numeric references, an 'Opinião:' column with an italic bio and an orthography note, an 'Análise:' kicker, a 'Banjul, 20 fev (Lusa) –' dateline, a 'Galeria:' photo gallery, February 2017",
                notes="País: Cabo Verde.")


# ---------------------------------------------------------------- Belém site, Atom from the jpmonette/feed package (2022)
def guama():
    base = "https://www.folhadoguama.example"
    entries, items = [], []

    def add(slug, title, when, author, summary, content, exp):
        url = f"{base}/mundo/{slug}"
        au = f"\n        <author>\n            <name>{esc(author)}</name>\n            <uri>{base}/autor/{slug[:8]}</uri>\n        </author>" if author else ""
        entries.append(f"    <entry>\n        <title type=\"html\"><![CDATA[{title}]]></title>\n        <id>{url}</id>\n        <link href=\"{url}\"/>\n        <updated>{when.astimezone(d(2022, 1, 1, 0, 0).tzinfo).isoformat(timespec='milliseconds').replace('+00:00', 'Z')}</updated>\n"
                       f"        <summary type=\"html\"><![CDATA[{summary}]]></summary>\n        <content type=\"html\"><![CDATA[{content}]]></content>{au}\n        <published>{when.astimezone(d(2022, 1, 1, 0, 0).tzinfo).isoformat(timespec='milliseconds').replace('+00:00', 'Z')}</published>\n    </entry>")
        items.append(exp(url))

    w = d(2022, 10, 26, 18, 0, 0, -3)
    add("analise-cop27-amazonia-e-a-diplomacia-do-clima", "Análise | COP27: a Amazônia volta à mesa da diplomacia", w, "Raimunda Pinheiro Sarmento",
        "Com o resultado do segundo turno, governos estrangeiros reabrem conversas sobre o Fundo Amazônia.",
        P("A COP27 começa em Sharm el-Sheikh no dia 6 de novembro, e a Amazônia deve voltar ao centro das conversas. Noruega e Alemanha, que congelaram repasses ao Fundo Amazônia em 2019, sinalizam disposição de retomar o diálogo depois do segundo turno.",
          "&ldquo;O Pará tem muito a ganhar se a diplomacia do clima voltar a funcionar&rdquo;, diz o pesquisador Benedito Cardoso Ohene, do Museu Paraense Emílio Goeldi."),
        lambda k: it(k, "COP27: a Amazônia volta à mesa da diplomacia", w, ["Raimunda Pinheiro Sarmento"], quotes=[q("Benedito Cardoso Ohene", "Museu Paraense Emílio Goeldi")],
                     note=LBL.format("Análise |") + ". Análise é notícia. Cooperação internacional e COP: relevante."))
    w = d(2022, 10, 26, 10, 0, 0, -3)
    add("checagem-e-falso-que-venezuela-enviou-urnas", "Checagem: É FALSO que a Venezuela enviou urnas eletrônicas ao Brasil", w, "Núcleo de Checagem",
        "Vídeo que circula no WhatsApp mostra urnas de outro país e outra eleição.",
        P("<strong>Conteúdo checado:</strong> vídeo afirma que a Venezuela enviou urnas eletrônicas para a eleição brasileira.",
          "<strong>Veredito: FALSO</strong>",
          "As urnas do vídeo são de uma eleição regional na Venezuela em 2021. O Tribunal Superior Eleitoral informou que todas as urnas brasileiras são fabricadas no país.",
          "<em>Recebeu algo suspeito? Envie para o nosso WhatsApp de checagem.</em>"),
        lambda k: it(k, "É FALSO que a Venezuela enviou urnas eletrônicas ao Brasil", w, [], rel=False, junk=["Envie para o nosso WhatsApp"],
                     note=LBL.format("Checagem:") + ". Checagem com veredito: uma notícia; 'Núcleo de Checagem' não é pessoa. Desinformação sobre a eleição nacional (a Venezuela só como pretexto): não relevante (política interna)."))
    w = d(2022, 10, 25, 21, 0, 0, -3)
    add("ao-vivo-reino-unido-sunak-assume", "AO VIVO: Rishi Sunak assume como primeiro-ministro do Reino Unido", w, "Redação",
        "Acompanhe em tempo real.",
        P("<strong>11h42</strong> &ndash; Sunak chega a Downing Street.", "<strong>10h15</strong> &ndash; O rei Charles III recebe Sunak no Palácio de Buckingham.", "<strong>9h00</strong> &ndash; Bom dia, acompanhe aqui."),
        lambda k: it(k, "Rishi Sunak assume como primeiro-ministro do Reino Unido", w, [], story=False, rel=False, note="Página ao vivo com entradas horárias: não é notícia. " + LBL.format("AO VIVO:")))
    w = d(2022, 10, 25, 12, 30, 0, -3)
    add("integra-discurso-vice-chanceler-colombiano-belem", "Leia a íntegra do discurso do vice-chanceler colombiano em Belém", w, "Redação",
        "O discurso na abertura do encontro de países amazônicos, na íntegra.",
        P("<em>Leia abaixo a íntegra do discurso proferido pelo vice-ministro das Relações Exteriores da Colômbia, Esteban Múnera Gallo, na abertura do encontro técnico dos países da Organização do Tratado de Cooperação Amazônica, em Belém.</em>",
          "Senhoras e senhores, boa tarde.",
          "A floresta não conhece fronteiras, e as nossas políticas também não deveriam conhecer. Viemos a Belém para propor um mecanismo comum de vigilância.",
          "Muito obrigado."),
        lambda k: it(k, "Leia a íntegra do discurso do vice-chanceler colombiano em Belém", w, [],
                     note="Transcrição de discurso ('íntegra'): uma notícia pelas regras deste conjunto, relevante (cooperação entre Estados). 'Redação' não é pessoa; todo o texto é do orador, nenhuma citação isolada esperada."))
    w = d(2022, 10, 24, 17, 0, 0, -3)
    add("china-xi-terceiro-mandato-comite-permanente", "China: Xi Jinping inicia terceiro mandato e apresenta novo comitê permanente", w, "Agência Folha",
        "Congresso do Partido Comunista termina com a cúpula renovada.",
        P("PEQUIM &ndash; O líder chinês iniciou neste domingo um terceiro mandato à frente do Partido Comunista e apresentou os seis novos membros do Comitê Permanente do Politburo, todos aliados."),
        lambda k: it(k, "China: Xi Jinping inicia terceiro mandato e apresenta novo comitê permanente", w, [], note="Crédito de agência: nenhuma pessoa. Relevante."))
    w = d(2022, 10, 24, 9, 0, 0, -3)
    add("cirio-de-nazare-balanco", "Círio de Nazaré teve 2,5 milhões de fiéis, diz organização", w, "Alcione Moraes",
        "Primeira procissão completa desde a pandemia.",
        P("A procissão do Círio de Nazaré reuniu 2,5 milhões de pessoas nas ruas de Belém, segundo a diretoria da festa."),
        lambda k: it(k, "Círio de Nazaré teve 2,5 milhões de fiéis, diz organização", w, ["Alcione Moraes"], rel=False, note="Notícia local: não relevante."))
    entries, items = ordered(entries, items)
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n    <id>' + base + '/mundo</id>\n    <title>Folha do Guamá - Mundo</title>\n'
            f"    <updated>{d(2022, 10, 26, 21, 0, 3, 0).isoformat(timespec='milliseconds').replace('+00:00', 'Z')}</updated>\n    <generator>https://github.com/jpmonette/feed</generator>\n"
            "    <author>\n        <name>Folha do Guamá</name>\n        <email>redacao@folhadoguama.example</email>\n        <uri>" + base + "</uri>\n    </author>\n"
            f"    <link rel=\"alternate\" href=\"{base}/mundo\"/>\n    <link rel=\"self\" href=\"{base}/feeds/mundo.atom\"/>\n    <subtitle>Notícias do mundo, de Belém do Pará</subtitle>\n"
            f"    <logo>{base}/logo.png</logo>\n    <icon>{base}/favicon.ico</icon>\n    <rights>© 2022 Folha do Guamá</rights>\n"
            + "\n".join(entries) + "\n</feed>")
    return feed("pt_br_folhadoguama_mundo_jpmonette_atom.atom.xml", text, items, lang="pt", outlet="Folha do Guamá", shape="atom",
                ctype="application/atom+xml; charset=utf-8",
                structure="Belém (Pará) news site on Nuxt with the jpmonette/feed package's atom1() output: four-space indentation, no trailing newline, feed-level <author> with the brand, e-mail and uri (inherited by entries without an author), generator URL, logo, icon, rights with ©, entries with CDATA title type=html, URL id, href-only link, millisecond 'Z' updated BEFORE summary and published LAST, CDATA summary and content, entry authors with uri ('Núcleo de Checagem', 'Redação', 'Agência Folha', reporters), HTML named entities (&ldquo; &ndash;) inside CDATA, kickers 'Análise |', 'Checagem:' (with 'Veredito: FALSO'), 'AO VIVO:', a speech 'na íntegra', October 2022",
                notes="País: Brasil (eleição de 2022 é política interna).")


# ---------------------------------------------------------------- Peshawar Urdu daily on WordPress 5.9 (2022)
def khyber():
    base = "https://www.khybernama.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{pid}/{slug}/"
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(unescape(title))}</title>\n\t\t<link>{url}</link>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{utc0(when)}</pubDate>{cts}\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n"
                    f"\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n\t\t\t\t\t\n\t\t\n\t\t\t\t\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2022, 12, 14, 18, 0, 0, 5)
    add(77120, "interview-afghan-border-trade", "انٹرویو: ’طورخم بند ہو تو پشاور کا بازار بھی بند ہو جاتا ہے‘", w, "شمیم آفریدی", ["بین الاقوامی", "انٹرویو"],
        "سرحد پار تجارت کے ماہر سے افغانستان کے ساتھ تعلقات پر گفتگو",
        P("<em>طورخم سرحد کی بار بار بندش پر ہم نے سرحد چیمبر آف کامرس کے سابق صدر حاجی گل زمان شنواری سے بات کی۔</em>",
          "<strong>سوال:</strong> سرحد کی بندش سے سب سے زیادہ نقصان کس کو ہوتا ہے؟",
          "<strong>جواب:</strong> ”طورخم بند ہو تو پشاور کا بازار بھی بند ہو جاتا ہے۔ دونوں طرف کے مزدور اور ٹرک ڈرائیور سب سے پہلے متاثر ہوتے ہیں۔“",
          "<strong>سوال:</strong> کابل کی نئی حکومت سے بات چیت کا کوئی فائدہ ہوا؟",
          "<strong>جواب:</strong> ”وعدے بہت ہوئے، لیکن تجارت کو سیاست سے الگ رکھنے کا کوئی نظام ابھی تک نہیں بنا۔“"),
        lambda k: it(k, "’طورخم بند ہو تو پشاور کا بازار بھی بند ہو جاتا ہے‘", w, ["شمیم آفریدی"], quotes=[q("حاجی گل زمان شنواری", "سرحد چیمبر آف کامرس")],
                     note=LBL.format("انٹرویو:") + ". سوال/جواب انٹرویو: اقتباسات انٹرویو دینے والے کے ہیں، مصنف انٹرویو لینے والا۔ پاک افغان سرحد اور تجارت: relevant. (The speaker's title 'حاجی' may be part of how he is named.)"))
    w = d(2022, 12, 14, 9, 30, 0, 5)
    add(77104, "analysis-pakistan-imf-saudi-deposit", "تجزیہ: سعودی ڈپازٹ، آئی ایم ایف اور خارجہ پالیسی کی مجبوریاں", w, "ڈاکٹر نوید اختر یوسفزئی", ["بین الاقوامی", "تجزیہ"],
        "زرمبادلہ کے ذخائر کم ہونے کے بعد اسلام آباد پھر دوست ممالک کی طرف دیکھ رہا ہے",
        P("زرمبادلہ کے ذخائر چھ ارب ڈالر سے نیچے آنے کے بعد اسلام آباد ایک بار پھر ریاض اور بیجنگ کی طرف دیکھ رہا ہے۔ سعودی عرب کے تین ارب ڈالر کے ڈپازٹ کی مدت بڑھانے پر بات چیت جاری ہے۔",
          "آئی ایم ایف پروگرام کا نواں جائزہ تاخیر کا شکار ہے، اور ہر تاخیر خارجہ پالیسی کو معیشت کا قیدی بنا رہی ہے۔"),
        lambda k: it(k, "سعودی ڈپازٹ، آئی ایم ایف اور خارجہ پالیسی کی مجبوریاں", w, ["نوید اختر یوسفزئی"],
                     note=LBL.format("تجزیہ:") + ". تجزیہ (خبر)۔ مصنف کے نام سے پہلے 'ڈاکٹر' نام کا حصہ نہیں۔ relevant."))
    w = d(2022, 12, 13, 16, 0, 0, 5)
    add(77090, "column-fifa-qatar-soft-power", "قطر کا ورلڈ کپ اور چھوٹے ملکوں کی بڑی سفارت کاری", w, "مہمان کالم نگار", ["کالم", "بین الاقوامی"],
        "ایک چھوٹے خلیجی ملک نے دنیا کو اپنا مہمان بنا لیا",
        P("ایک چھوٹے خلیجی ملک نے ایک مہینے کے لیے پوری دنیا کو اپنا مہمان بنا لیا۔ یہ کھیل سے زیادہ سفارت کاری ہے۔",
          "پاکستان کو بھی سوچنا چاہیے کہ اس کی نرم طاقت کہاں ہے۔",
          "<em>مصنفہ فرزانہ بی بی خٹک سابق سفارت کار ہیں اور دوحہ میں تعینات رہ چکی ہیں۔ ادارے کا کالم نگار کی رائے سے متفق ہونا ضروری نہیں۔</em>"),
        lambda k: it(k, "قطر کا ورلڈ کپ اور چھوٹے ملکوں کی بڑی سفارت کاری", w, ["فرزانہ بی بی خٹک"], junk=["ادارے کا کالم نگار کی رائے سے متفق ہونا ضروری نہیں"],
                     note="مہمان کالم (زمرہ 'کالم'، عنوان پر کوئی لیبل نہیں): رائے، ایک خبر کے طور پر شمار۔ مصنفہ کا نام آخری سطر میں؛ 'مہمان کالم نگار' کوئی شخص نہیں؛ ادارتی اعلان خلاصے میں نہیں ہونا چاہیے۔ relevant."))
    w = d(2022, 12, 13, 8, 0, 0, 5)
    add(77075, "chaman-border-firing", "چمن سرحد پر فائرنگ، پاکستان کا افغان عبوری حکومت سے احتجاج", w, "ویب ڈیسک", ["بین الاقوامی"],
        "دفتر خارجہ نے کابل سے شدید احتجاج کیا",
        P("اسلام آباد (ویب ڈیسک) چمن سرحد پر افغان فورسز کی فائرنگ سے شہریوں کی ہلاکت پر دفتر خارجہ نے کابل کی عبوری حکومت سے شدید احتجاج کیا ہے۔",
          "ترجمان دفتر خارجہ ثمینہ رشید ملک نے کہا کہ ”ایسے واقعات دونوں ملکوں کے تعلقات کے لیے نقصان دہ ہیں۔“"),
        lambda k: it(k, "چمن سرحد پر فائرنگ، پاکستان کا افغان عبوری حکومت سے احتجاج", w, [], quotes=[q("ثمینہ رشید ملک", "دفتر خارجہ")],
                     note="'ویب ڈیسک' کوئی شخص نہیں۔ relevant."))
    w = d(2022, 12, 12, 20, 0, 0, 5)
    add(77060, "peshawar-brt-new-route", "پشاور بی آر ٹی کا نیا روٹ حیات آباد تک", w, "نمائندہ خصوصی", ["پشاور"],
        "نیا روٹ اگلے ماہ سے شروع ہوگا",
        P("پشاور بس ریپڈ ٹرانزٹ کا نیا روٹ اگلے ماہ سے حیات آباد فیز سات تک چلے گا۔"),
        lambda k: it(k, "پشاور بی آر ٹی کا نیا روٹ حیات آباد تک", w, [], rel=False, note="مقامی خبر: not relevant."))
    w = d(2022, 12, 12, 10, 0, 0, 5)
    add(77041, "video-kabul-hotel-attack", "ویڈیو: کابل کے ہوٹل پر حملے کے مناظر", w, "ویب ڈیسک", ["ویڈیو", "بین الاقوامی"],
        "حملے کے بعد کی ویڈیو",
        '<p><iframe src="https://www.video.example/embed/k9x2" width="560" height="315"></iframe></p>',
        lambda k: it(k, "کابل کے ہوٹل پر حملے کے مناظر", w, [], story=False, rel=False, note="ویڈیو: not a story. " + LBL.format("ویڈیو:")))
    rows, items = ordered(rows, items)
    head = (f"\t<title>بین الاقوامی &#8211; روزنامہ خیبر نامہ</title>\n\t<atom:link href=\"{base}/category/international/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n"
            f"\t<description>پشاور سے شائع ہونے والا اردو روزنامہ</description>\n\t<lastBuildDate>{utc0(d(2022, 12, 14, 18, 1, 0, 5))}</lastBuildDate>\n\t<language>ur</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=5.9.5</generator>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("ur_pk_khybernama_international_wp59.rss.xml", text, items, lang="ur", outlet="روزنامہ خیبر نامہ", aliases=["خیبر نامہ"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Peshawar Urdu daily's 'بین الاقوامی' category on WordPress 5.9.5: channel 'بین الاقوامی &#8211; Brand', language 'ur', sy:update* whitespace, '/<id>/<slug>/' links, '?p=' guids, dc:creator before pubDate with reporters, 'ڈاکٹر Name', 'مہمان کالم نگار', 'ویب ڈیسک', 'نمائندہ خصوصی', +0000 pubDates (newsroom +0500), Urdu CDATA categories ('انٹرویو', 'تجزیہ', 'کالم', 'ویڈیو'), titles with 'انٹرویو:', 'تجزیہ:' and 'ویڈیو:' kickers and ’…‘ quotes, an interview with bold 'سوال:'/'جواب:' paragraphs and ”…“ quoted answers, a guest column with an italic bio and the paper's disclaimer, an 'اسلام آباد (ویب ڈیسک)' dateline, December 2022",
                notes="Home country Pakistan.")


# ---------------------------------------------------------------- Hyderabad (India) Urdu daily, hand-written Atom (2015)
def deccan():
    base = "http://www.deccannaqeeb.example"
    entries, items = [], []

    def add(n, title, when, author, summary, exp):
        url = f"{base}/aalami/{n}.html"
        au = f"<author><name>{author}</name></author>" if author else ""
        entries.append(f"<entry>\n<title>{esc(title)}</title>\n<link href=\"{url}\" />\n<id>{url}</id>\n<updated>{when.isoformat()}</updated>\n{au}\n<summary type=\"html\">{esc(summary)}</summary>\n</entry>")
        items.append(exp(url))

    w = d(2015, 1, 28, 20, 0, 0, 5.5)
    add(30411, "سابق سفیر میر احمد علی خان انتقال کر گئے", w, "نمائندہ خصوصی",
        P("<b>حیدرآباد، 28 جنوری</b> — سعودی عرب اور مصر میں ہندوستان کے سابق سفیر میر احمد علی خان کا آج بنجارہ ہلز میں ان کی رہائش گاہ پر انتقال ہو گیا۔ وہ 91 برس کے تھے۔",
          "انہوں نے 1970 کی دہائی میں خلیجی ممالک میں ہندوستانی محنت کشوں کے لیے پہلا قونصلر معاہدہ طے کرنے میں اہم کردار ادا کیا تھا۔",
          "سابق سفارت کار سید ذاکر حسین رضوی نے کہا کہ ”وہ خاموش سفارت کاری کے استاد تھے۔“",
          "نماز جنازہ کل بعد نماز ظہر مکہ مسجد میں ادا کی جائے گی۔"),
        lambda k: it(k, "سابق سفیر میر احمد علی خان انتقال کر گئے", w, [], quotes=[q("سید ذاکر حسین رضوی")],
                     note="ایک سفارت کار کا انتقال (obituary): a story; his career was foreign relations with the Gulf: relevant. 'نمائندہ خصوصی' is no person."))
    w = d(2015, 1, 27, 21, 30, 0, 5.5)
    add(30398, "مکمل متن: خلیجی ممالک میں ہندوستانی کارکنوں پر سفیر عبداللہ سالم الکعبی کا خطاب", w, "ایجنسیاں",
        P("<i>متحدہ عرب امارات کے سفیر عبداللہ سالم الکعبی نے منگل کو حیدرآباد کے ایک ہوٹل میں تاجروں اور کارکنوں کی تنظیموں سے خطاب کیا۔ سفارت خانے کی جانب سے جاری کردہ متن کا اردو ترجمہ پیش ہے۔</i>",
          "معزز مہمانو، السلام علیکم۔",
          "حیدرآباد اور خلیج کا رشتہ صدیوں پرانا ہے۔ آج امارات میں تقریباً دو لاکھ تلنگانہ کے شہری کام کرتے ہیں، اور ان کی حفاظت ہماری مشترکہ ذمہ داری ہے۔",
          "ہم نے ہندوستانی حکومت کے ساتھ بھرتی کے نئے ضابطوں پر اتفاق کیا ہے تاکہ کوئی ایجنٹ کسی مزدور کا پاسپورٹ نہ روک سکے۔",
          "شکریہ۔"),
        lambda k: it(k, "خلیجی ممالک میں ہندوستانی کارکنوں پر سفیر عبداللہ سالم الکعبی کا خطاب", w, [],
                     note="Speech text as released (translated): a story under this set's rules, relevant (labour agreement between states). " + LBL.format("مکمل متن:") + " 'ایجنسیاں' is no person. The whole text is the ambassador's: no single quote expected."))
    w = d(2015, 1, 27, 12, 0, 0, 5.5)
    add(30385, "ہند امریکہ جوہری معاہدے پر تعطل ختم، اوباما کا اعلان", w, "ایجنسیاں",
        P("<b>نئی دہلی، 25 جنوری (ایجنسیاں)</b> — ہندوستان اور امریکہ نے سول جوہری معاہدے پر برسوں سے جاری تعطل ختم کرنے کا اعلان کیا ہے۔ جوہری حادثے کی صورت میں ذمہ داری کے مسئلے پر دونوں ملکوں میں مفاہمت ہو گئی ہے۔"),
        lambda k: it(k, "ہند امریکہ جوہری معاہدے پر تعطل ختم، اوباما کا اعلان", w, [], note="relevant. 'ایجنسیاں' is no person."))
    w = d(2015, 1, 26, 18, 0, 0, 5.5)
    add(30372, "تجزیہ: یمن میں حوثیوں کی پیش قدمی اور خلیج میں مقیم ہندوستانی", w, "محمد عبدالقدیر فاروقی",
        P("صنعا میں صدر کے استعفے کے بعد یمن ایک نئے بحران میں داخل ہو گیا ہے۔ حیدرآباد کے ہزاروں خاندانوں کے افراد یمن اور سعودی عرب میں مقیم ہیں، اور ان کی سلامتی پر تشویش بڑھ رہی ہے۔",
          "حکومت کو انخلا کا منصوبہ پہلے سے تیار رکھنا چاہیے۔"),
        lambda k: it(k, "یمن میں حوثیوں کی پیش قدمی اور خلیج میں مقیم ہندوستانی", w, ["محمد عبدالقدیر فاروقی"],
                     note=LBL.format("تجزیہ:") + ". تجزیہ (news). relevant."))
    w = d(2015, 1, 26, 9, 0, 0, 5.5)
    add(30360, "ویڈیو: یوم جمہوریہ پریڈ کی جھلکیاں", w, None,
        '<p><iframe src="http://www.video.example/embed/r26" width="560" height="315"></iframe></p>',
        lambda k: it(k, "یوم جمہوریہ پریڈ کی جھلکیاں", w, [], story=False, rel=False, note="Video: not a story. " + LBL.format("ویڈیو:")))
    w = d(2015, 1, 25, 19, 0, 0, 5.5)
    add(30351, "حیدرآباد میٹرو کا پہلا ٹرائل رن کامیاب", w, "نمائندہ خصوصی",
        P("<b>حیدرآباد، 25 جنوری</b> — حیدرآباد میٹرو ریل کا پہلا ٹرائل رن ناگول اور میٹوگوڑہ کے درمیان کامیابی سے مکمل ہو گیا۔"),
        lambda k: it(k, "حیدرآباد میٹرو کا پہلا ٹرائل رن کامیاب", w, [], rel=False, note="Home city news: not relevant."))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ur">\n<title>روزنامہ دکن نقیب - عالمی خبریں</title>\n'
            f"<link href=\"{base}/aalami/\" />\n<link rel=\"self\" href=\"{base}/atom.php?cat=aalami\" />\n<id>{base}/aalami/</id>\n<updated>{d(2015, 1, 28, 20, 5, 0, 5.5).isoformat()}</updated>\n"
            + "\n".join(entries) + "\n</feed>\n")
    return feed("ur_in_deccannaqeeb_aalami_atom.atom.xml", text, items, lang="ur", outlet="روزنامہ دکن نقیب", aliases=["دکن نقیب"], shape="atom",
                ctype="application/atom+xml; charset=UTF-8",
                structure="Hyderabad (India) Urdu daily's 'عالمی خبریں' section as a hand-written PHP Atom (atom.php?cat=aalami): xml:lang 'ur', title 'Brand - عالمی خبریں', link without rel, URL ids, ONLY <updated> per entry (+05:30), <author><name> with 'نمائندہ خصوصی', 'ایجنسیاں', a person or absent (an empty line then), escaped HTML summaries with bold 'City، date' datelines and an em dash, an obituary ('انتقال کر گئے'), a 'مکمل متن:' speech translation, a 'تجزیہ:' kicker, a 'ویڈیو:' embed, January 2015",
                notes="Home country India (Hyderabad, Telangana).")


FEEDS = [mindelo, guama, khyber, deccan]
