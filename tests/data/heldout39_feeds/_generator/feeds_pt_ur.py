# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese and Urdu feeds of the thirty-ninth held-out set (a Recife daily on WordPress, a
Coimbra daily's Atom; a Lahore daily on WordPress, a Lucknow daily's Atom). All invented."""
from h39 import ad, atom_doc, atom_entry, audio, bio, d, feed, fig, it, q, tweet, wp_feed, yt


def capibaribe():
    B = "https://www.correiodocapibaribe.example"
    lt = lambda t: f'<p><strong>Leia também</strong></p><ul><li><a href="{B}/">{t}</a></li></ul>'
    w = [d(2022, 10, 5, 20, 0, 0, -3), d(2022, 10, 5, 11, 0, 0, -3), d(2022, 10, 4, 18, 0, 0, -3), d(2022, 10, 4, 9, 0, 0, -3), d(2022, 10, 3, 15, 0, 0, -3), d(2022, 10, 3, 8, 0, 0, -3)]
    S = [
        (90231, "ucrania-referendos-anexacao-onu", "Brasil se abstém em votação da ONU sobre anexações russas", w[0], ["Beatriz Cavalcanti"], ["Mundo"], "Itamaraty explica a abstenção.",
         '<p>O Brasil se absteve na votação do Conselho de Segurança sobre as anexações russas no leste da Ucrânia.</p>' + lt("Itamaraty: o que diz a nota oficial") + ad("Publicidade", "p1") +
         '<p>“A abstenção preserva a posição de mediador”, afirmou Henrique Lacerda Moura, professor de relações internacionais da UFPE.</p>',
         lambda k: it(k, "Brasil se abstém em votação da ONU sobre anexações russas", w[0], ["Beatriz Cavalcanti"], quotes=[q("Henrique Lacerda Moura", "UFPE")], junk=["Leia também", "Publicidade", "o que diz a nota oficial"], note="Brazil's own UN vote: relevant.")),
        (90220, "segundo-turno-pernambuco-pesquisa", "Segundo turno em Pernambuco: nova pesquisa mostra empate técnico", w[1], ["Redação"], ["Política"], "Empate técnico.",
         '<p>Pesquisa divulgada nesta quarta mostra empate técnico no segundo turno para o governo do estado.</p>' + lt("Debate na TV: veja datas"),
         lambda k: it(k, "Segundo turno em Pernambuco: nova pesquisa mostra empate técnico", w[1], [], rel=False, junk=["Leia também"], note="Home politics: not relevant.")),
        (90209, "argentina-inflacao-recife-turistas", "Inflação na Argentina leva recifenses a Buenos Aires", w[2], ["Thiago Albuquerque"], ["Mundo", "Turismo"], "Câmbio favorece turistas.",
         '<h2>Câmbio paralelo</h2><p>Com a inflação argentina acima de 80%, agências do Recife registram alta nas vendas para Buenos Aires.</p>'
         + tweet("turismo_ar_ex", "Turismo AR", "¡Bienvenidos, brasileños!", "4 de outubro de 2022", 1577111, "es") +
         '<p>“O real nunca comprou tanto em Buenos Aires”, disse Marília Lins, dona de uma agência em Boa Viagem.</p>',
         lambda k: it(k, "Inflação na Argentina leva recifenses a Buenos Aires", w[2], ["Thiago Albuquerque"], quotes=[q("Marília Lins")], junk=["Bienvenidos"], note="A neighbour's economic crisis with a local angle: relevant (borderline travel piece; the subject is Argentina's inflation).")),
        (90198, "video-ciclone-recife", "VÍDEO: Chuva forte alaga avenidas do Recife", w[3], ["TV Capibaribe"], ["Vídeos"], "Vídeo.", yt("rEcIfechuva"),
         lambda k: it(k, "VÍDEO: Chuva forte alaga avenidas do Recife", w[3], [], story=False, rel=False, note="Video: not a story. Title label 'VÍDEO:' may be kept or dropped.")),
        (90187, "portugal-orcamento-2023", "Portugal apresenta Orçamento com alívio no IRS", w[4], ["Agência Lusa"], ["Mundo"], "Orçamento português.",
         '<p>Lisboa, 3 out (Lusa) – O Governo português apresentou um Orçamento com redução do IRS para a classe média.</p>' + bio("Agência Lusa", "é parceira de conteúdo do Correio."),
         lambda k: it(k, "Portugal apresenta Orçamento com alívio no IRS", w[4], [], junk=["(Lusa)", "parceira de conteúdo"], note="Agency: []. Foreign politics: relevant.")),
        (90176, "newsletter-mundo-em-5", "Receba a newsletter O Mundo em 5 Minutos", w[5], ["Redação"], ["Newsletter"], "Assine.", '<p>Assine grátis.</p>',
         lambda k: it(k, "Receba a newsletter O Mundo em 5 Minutos", w[5], [], story=False, rel=False, note="Newsletter promo: not a story.")),
    ]
    return wp_feed("pt_br_correiodocapibaribe_mundo_wp60.rss.xml", "Correio do Capibaribe", "pt", "pt-BR", B, "Mundo &#8211; Correio do Capibaribe", "Notícias de Pernambuco e do mundo", d(2022, 10, 5, 23, 5, 0, 0), S,
                   structure="Recife daily's 'Mundo' category on WordPress: WordPress namespace block, pt-BR, '?p=<id>' guids, +0000 pubDates (newsroom -0300), CDATA dc:creator (reporters, 'Redação', 'TV Capibaribe', 'Agência Lusa'), content:encoded with 'Leia também' lists, 'Publicidade' labels, an embedded Spanish tweet, h2, a YouTube iframe, a partner box, October 2022")


def mondego():
    B = "https://www.diariodomondego.example"
    E, items = [], []

    def add(nid, title, when, authors, body, lab):
        url = f"{B}/mundo/{nid}"
        E.append(atom_entry(url, title, when, when, authors, ["Mundo"], None, body))
        items.append(lab(url))

    w = d(2025, 11, 19, 18, 0, 0, 0)
    add(7711, "COP30 em Belém termina sem acordo sobre combustíveis fósseis", w, ["Inês Vasconcelos Prata"],
        audio("Ouça este artigo", "/tts/7711.mp3", "3 min") + '<p>A cimeira do clima em Belém terminou sem acordo sobre o abandono dos combustíveis fósseis.</p><p><strong>Leia também:</strong> <a href="/mundo/7700">Portugal leva metas de 2030 a Belém</a></p>'
        '<p>“Saímos com promessas e sem calendário”, disse Rui Tavares Quintela, investigador do Centro de Estudos Climáticos de Coimbra.</p>',
        lambda k: it(k, "COP30 em Belém termina sem acordo sobre combustíveis fósseis", w, ["Inês Vasconcelos Prata"], quotes=[q("Rui Tavares Quintela", "Centro de Estudos Climáticos de Coimbra")], junk=["Ouça este artigo", "Leia também", "metas de 2030"], note="Relevant."))
    w = d(2025, 11, 19, 9, 0, 0, 0)
    add(7702, "Queima das Fitas: reitoria aprova novo regulamento", w, ["Duarte Melo"], '<p>A reitoria aprovou o novo regulamento.</p>',
        lambda k: it(k, "Queima das Fitas: reitoria aprova novo regulamento", w, ["Duarte Melo"], rel=False, note="Local news: not relevant."))
    w = d(2025, 11, 18, 16, 0, 0, 0)
    add(7693, "Guiné-Bissau: militares tomam o poder a dias dos resultados", w, ["Lusa"],
        '<p>Bissau, 18 nov (Lusa) – Militares anunciaram ter tomado o poder na Guiné-Bissau.</p><p class="nota"><em>Nota da redação: notícia atualizada às 17h00.</em></p>',
        lambda k: it(k, "Guiné-Bissau: militares tomam o poder a dias dos resultados", w, [], junk=["(Lusa)", "Nota da redação"], note="Agency: []. Relevant."))
    w = d(2025, 11, 18, 8, 0, 0, 0)
    add(7684, "Galeria: o Mondego em cheia", w, [], fig("/g/1.jpg", "", "A Baixa alagada.", "Foto: Paulo Novais"),
        lambda k: it(k, "Galeria: o Mondego em cheia", w, [], story=False, rel=False, note="Gallery: not a story. Title label 'Galeria:' may be kept or dropped."))
    w = d(2025, 11, 17, 15, 0, 0, 0)
    add(7675, "Governo português reforça consulados no Reino Unido", w, ["Duarte Melo", "Inês Vasconcelos Prata"],
        '<h2>Filas em Londres</h2><p>O Ministério dos Negócios Estrangeiros vai reforçar os consulados em Londres e Manchester.</p><p>“Há esperas de seis meses”, disse Sandra Pires Lemos, do Conselho das Comunidades Portuguesas.</p>'
        + bio("Duarte Melo", "é jornalista do Diário do Mondego desde 2015."),
        lambda k: it(k, "Governo português reforça consulados no Reino Unido", w, ["Duarte Melo", "Inês Vasconcelos Prata"], quotes=[q("Sandra Pires Lemos", "Conselho das Comunidades Portuguesas")], junk=["jornalista do Diário do Mondego desde 2015"], note="Portugal's consular/foreign policy: relevant."))
    w = d(2025, 11, 17, 8, 0, 0, 0)
    add(7666, "Podcast Mundo Lento: episódio 52", w, [], '<iframe src="https://player.example/ml/52"></iframe>',
        lambda k: it(k, "Podcast Mundo Lento: episódio 52", w, [], story=False, rel=False, note="Podcast: not a story."))
    text = atom_doc("pt-PT", "Diário do Mondego — Mundo", B, B + "/mundo/atom", d(2025, 11, 19, 18, 2, 0, 0), E)
    return feed("pt_pt_diariodomondego_mundo_atom.atom.xml", text, items, lang="pt", outlet="Diário do Mondego", shape="atom", ctype="application/atom+xml",
                structure="Coimbra daily's 'Mundo' section as Atom: xml:lang pt-PT, URL ids, +00:00 dates (Lisbon winter time), authors (two on one story, 'Lusa'), content type=html with 'Ouça este artigo' audio, 'Leia também:' link, an editor's note, a gallery, h2, a bio box and a podcast, November 2025")


def ravi():
    B = "https://www.ravinama.example"
    yb = lambda t: f'<p><strong>یہ بھی پڑھیں:</strong> <a href="{B}/">{t}</a></p>'
    w = [d(2023, 8, 10, 20, 0, 0, 5), d(2023, 8, 10, 11, 0, 0, 5), d(2023, 8, 9, 18, 0, 0, 5), d(2023, 8, 9, 9, 0, 0, 5), d(2023, 8, 8, 16, 0, 0, 5), d(2023, 8, 8, 8, 0, 0, 5)]
    S = [
        (61201, "niger-coup-ecowas", "نائجر: ایکوواس کا فوجی مداخلت کے لیے دستے تیار رکھنے کا اعلان", w[0], ["ویب ڈیسک"], ["بین الاقوامی"], "ایکوواس نے دستے تیار رکھنے کا حکم دیا۔",
         '<p>مغربی افریقی ممالک کی تنظیم ایکوواس نے نائجر میں فوجی بغاوت کے بعد دستے تیار رکھنے کا حکم دیا ہے۔</p>' + yb("مالی اور برکینا فاسو کا نائجر کی حمایت کا اعلان") + ad("اشتہار", "u1"),
         lambda k: it(k, "نائجر: ایکوواس کا فوجی مداخلت کے لیے دستے تیار رکھنے کا اعلان", w[0], [], junk=["یہ بھی پڑھیں", "اشتہار"], note="'ویب ڈیسک' is a desk: []. 'یہ بھی پڑھیں' box and 'اشتہار' label. Relevant.")),
        (61190, "qaumi-assembly-tahleel", "قومی اسمبلی تحلیل، نگران وزیراعظم کے لیے مشاورت شروع", w[1], ["عامر شہزاد"], ["پاکستان"], "اسمبلی تحلیل۔",
         '<p>صدر مملکت نے وزیراعظم کی سفارش پر قومی اسمبلی تحلیل کر دی۔</p>',
         lambda k: it(k, "قومی اسمبلی تحلیل، نگران وزیراعظم کے لیے مشاورت شروع", w[1], ["عامر شہزاد"], rel=False, note="Home politics: not relevant.")),
        (61179, "china-pak-cpec-10-saal", "سی پیک کے دس سال: چینی نائب وزیراعظم کا دورۂ اسلام آباد", w[2], ["عامر شہزاد", "صبا ناز"], ["بین الاقوامی"], "چینی نائب وزیراعظم اسلام آباد پہنچے۔",
         '<h2>نئے منصوبے</h2><p>چین کے نائب وزیراعظم سی پیک کے دس سال مکمل ہونے پر اسلام آباد پہنچ گئے۔</p>' + tweet("MoFA_pk_ex", "Foreign Office", "Welcome to Pakistan.", "August 9, 2023", 1689111) +
         '<p>ماہر معاشیات ڈاکٹر فرحان قریشی نے کہا کہ ”اصل امتحان قرضوں کی ادائیگی ہے“۔</p>',
         lambda k: it(k, "سی پیک کے دس سال: چینی نائب وزیراعظم کا دورۂ اسلام آباد", w[2], ["عامر شہزاد", "صبا ناز"], quotes=[q("فرحان قریشی")], junk=["Welcome to Pakistan"], note="Pakistan–China relations: relevant. 'ڈاکٹر' is a title.")),
        (61168, "video-lahore-barish", "ویڈیو: لاہور میں موسلا دھار بارش", w[3], ["ویڈیو ڈیسک"], ["ویڈیو"], "ویڈیو۔", yt("lHrbArish"),
         lambda k: it(k, "ویڈیو: لاہور میں موسلا دھار بارش", w[3], [], story=False, rel=False, note="Video: not a story. Title label 'ویڈیو:' may be kept or dropped.")),
        (61157, "afghanistan-torkham", "طورخم سرحد تجارت کے لیے دوبارہ کھول دی گئی", w[4], ["نمائندہ خصوصی"], ["بین الاقوامی"], "سرحد کھل گئی۔",
         '<p>پاکستان اور افغانستان کے درمیان طورخم سرحد چار روز بعد تجارت کے لیے کھول دی گئی۔</p>' + yb("افغان مہاجرین کی واپسی کا نیا منصوبہ") +
         '<p>سرحد چیمبر آف کامرس کے صدر حاجی گل ولی آفریدی نے کہا کہ ”روزانہ کروڑوں کا نقصان ہوا“۔</p>',
         lambda k: it(k, "طورخم سرحد تجارت کے لیے دوبارہ کھول دی گئی", w[4], [], quotes=[q("گل ولی آفریدی", "سرحد چیمبر آف کامرس")], junk=["یہ بھی پڑھیں"], note="'نمائندہ خصوصی' is a credit: []. 'حاجی' is an honorific. Relations with a neighbour: relevant.")),
        (61146, "ecricket-asia-cup-squad", "ایشیا کپ کے لیے قومی ٹیم کا اعلان", w[5], ["اسپورٹس ڈیسک"], ["کھیل"], "ٹیم کا اعلان۔", '<p>ایشیا کپ کے لیے 17 رکنی قومی اسکواڈ کا اعلان کر دیا گیا۔</p>',
         lambda k: it(k, "ایشیا کپ کے لیے قومی ٹیم کا اعلان", w[5], [], rel=False, note="Home sport: not relevant.")),
    ]
    return wp_feed("ur_pk_ravinama_international_wp62.rss.xml", "روزنامہ راوی نامہ", "ur", "ur", B, "بین الاقوامی &#8211; روزنامہ راوی نامہ", "لاہور سے", d(2023, 8, 10, 15, 5, 0, 0), S,
                   structure="Lahore Urdu daily's 'بین الاقوامی' category on WordPress: WordPress namespace block, language ur, '?p=<id>' guids, +0000 pubDates (newsroom +0500), CDATA dc:creator with desks ('ویب ڈیسک', 'ویڈیو ڈیسک', 'اسپورٹس ڈیسک', 'نمائندہ خصوصی') or reporters (two on one story), content:encoded with bold 'یہ بھی پڑھیں:' links, 'اشتہار' labels, an English tweet embed, h2, ”…“ quotes, a YouTube iframe, August 2023")


def gangajamna():
    B = "https://www.gangajamna.example"
    E, items = [], []

    def add(nid, title, when, authors, body, lab):
        url = f"{B}/international/{nid}"
        E.append(atom_entry(url, title, when, when, authors, ["بین الاقوامی"], None, body))
        items.append(lab(url))

    yb = '<div class="yeh-bhi"><strong>یہ بھی پڑھیں</strong> <a href="/international/100">سعودی عرب نے عمرہ ویزے معطل کر دیے</a></div>'
    w = d(2020, 3, 12, 20, 0, 0, 5.5)
    add(4412, "عالمی ادارۂ صحت نے کورونا وائرس کو عالمی وبا قرار دے دیا", w, ["ایجنسیاں"],
        '<p><strong>جنیوا، 11 مارچ (ایجنسیاں)</strong> عالمی ادارۂ صحت نے کورونا وائرس کو عالمی وبا قرار دے دیا۔</p>' + yb,
        lambda k: it(k, "عالمی ادارۂ صحت نے کورونا وائرس کو عالمی وبا قرار دے دیا", w, [], junk=["یہ بھی پڑھیں", "عمرہ ویزے"], note="'ایجنسیاں' is not a person. Relevant."))
    w = d(2020, 3, 12, 10, 0, 0, 5.5)
    add(4405, "لکھنؤ: اسکول 31 مارچ تک بند", w, ["شاہد انصاری"], '<p>ریاستی حکومت نے اسکول 31 مارچ تک بند کر دیے۔</p>',
        lambda k: it(k, "لکھنؤ: اسکول 31 مارچ تک بند", w, ["شاہد انصاری"], rel=False, note="Home news: not relevant."))
    w = d(2020, 3, 11, 18, 0, 0, 5.5)
    add(4398, "ایران سے ہندوستانی زائرین کی واپسی، پہلا طیارہ پہنچا", w, ["شاہد انصاری", "نمائندہ خصوصی"],
        '<h3>زائرین کی تعداد</h3><p>ایران میں پھنسے ہندوستانی زائرین کا پہلا گروپ واپس پہنچ گیا۔</p><blockquote class="pull-quote">”ہم نے دو ہفتے ہوٹل میں گزارے“</blockquote>'
        '<p>زائرین کے ایک رشتہ دار محمد عارف نقوی نے کہا کہ ”ہم نے دو ہفتے ہوٹل میں گزارے“۔</p><div class="fact-box"><h4>اہم نکات</h4><ul><li>ایران میں ہندوستانی: تقریباً 6000</li></ul></div>',
        lambda k: it(k, "ایران سے ہندوستانی زائرین کی واپسی، پہلا طیارہ پہنچا", w, ["شاہد انصاری"], quotes=[q("محمد عارف نقوی")], junk=["اہم نکات", "تقریباً 6000"],
                     note="Two authors listed, one a credit ('نمائندہ خصوصی'): only the person. Pull quote repeats the quote; fact box. Evacuation from abroad and India's foreign ministry: relevant."))
    w = d(2020, 3, 11, 9, 0, 0, 5.5)
    add(4391, "ویڈیو: اٹلی میں لاک ڈاؤن کے مناظر", w, [], yt("iTalylock20"),
        lambda k: it(k, "ویڈیو: اٹلی میں لاک ڈاؤن کے مناظر", w, [], story=False, rel=False, note="Video: not a story. Title label 'ویڈیو:' may be kept or dropped."))
    w = d(2020, 3, 10, 16, 0, 0, 5.5)
    add(4384, "افغانستان: غنی اور عبداللہ دونوں نے صدارت کا حلف اٹھا لیا", w, ["ایجنسیاں"],
        '<p><strong>کابل، 9 مارچ (ایجنسیاں)</strong> اشرف غنی اور عبداللہ عبداللہ نے الگ الگ تقریبات میں صدارت کا حلف اٹھایا۔</p>' + bio("ادارتی نوٹ", "یہ خبر ایجنسیوں کی مدد سے تیار کی گئی ہے۔"),
        lambda k: it(k, "افغانستان: غنی اور عبداللہ دونوں نے صدارت کا حلف اٹھا لیا", w, [], junk=["ادارتی نوٹ", "ایجنسیوں کی مدد سے"], note="Relevant."))
    w = d(2020, 3, 10, 8, 0, 0, 5.5)
    add(4377, "ای پیپر: آج کا اخبار پڑھیں", w, [], '<p>آج کا ای پیپر۔</p>',
        lambda k: it(k, "ای پیپر: آج کا اخبار پڑھیں", w, [], story=False, rel=False, note="E-paper notice: not a story."))
    text = atom_doc("ur", "روزنامہ گنگا جمنا - بین الاقوامی", B, B + "/international/atom.xml", d(2020, 3, 12, 20, 1, 0, 5.5), E)
    return feed("ur_in_gangajamna_international_atom.atom.xml", text, items, lang="ur", outlet="روزنامہ گنگا جمنا", shape="atom", ctype="application/atom+xml; charset=utf-8",
                structure="Lucknow Urdu daily's 'بین الاقوامی' section as Atom: xml:lang ur (no country), URL ids, +05:30 dates, authors ('ایجنسیاں', a reporter with 'نمائندہ خصوصی'), content type=html with bold datelines 'شہر، تاریخ (ایجنسیاں)', a 'یہ بھی پڑھیں' box, h3, a pull quote, a fact box 'اہم نکات', an editorial-note box, a video and an e-paper notice, March 2020")


FEEDS = [capibaribe, mondego, ravi, gangajamna]
