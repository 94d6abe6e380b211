# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese and Urdu feeds of the fifty-sixth held-out set: a São Paulo national daily on Arc
XP's outbound feeds, a Lisbon weekly, an Indian Urdu daily and a Lahore Urdu daily. All
outlets, people and quotations are invented."""
from h56 import cd, d, esc, feed, gmt, it, ordered, q, rfc822


# ---------------------------------------------------------------- São Paulo national daily on Arc XP outbound feeds (October 2022)
def tiete():
    rows, items = [], []
    base = "https://www.folhadotiete.example"

    def add(arcid, sect, slug, title, when, creator, desc, body, exp):
        url = f"{base}/{sect}/{slug}/"
        rows.append(f"<item><title>{cd(title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid><dc:creator>{cd(creator)}</dc:creator>"
                    f"<description>{cd(desc)}</description><pubDate>{gmt(when)}</pubDate><content:encoded>{cd(body)}</content:encoded></item>")
        items.append(exp(url))

    w = d(2022, 10, 30, 20, 5, 0, -3)
    t = "Lula vence Bolsonaro na eleição mais apertada desde a redemocratização"
    add("JX4TQ2", "politica/eleicoes", "lula-vence-bolsonaro-eleicao-mais-apertada", t, w, "Redação",
        "Petista teve 50,9% dos votos válidos; diferença é a menor da história do segundo turno",
        "<p>O ex-presidente venceu o segundo turno com 50,9% dos votos válidos, na disputa mais apertada desde a redemocratização.</p><p>“O País sai da eleição dividido ao meio, e o governo vai precisar de uma coalizão ampla para aprovar qualquer coisa”, afirmou o cientista político Rodrigo Camargo Leme, da Fundação de Estudos Políticos de São Paulo.</p>",
        lambda k: it(k, t, w, [], rel=False, quotes=[q("Rodrigo Camargo Leme", "Fundação de Estudos Políticos de São Paulo")],
                     note="Arc XP outbound feed: CDATA dc:creator 'Redação' (the newsroom, not a person). Home election: not relevant. Candidates, one of them the sitting head of state, only as the setting."))
    w = d(2022, 10, 20, 11, 12, 0, -3)
    t = "Liz Truss renuncia após 45 dias e se torna a premiê mais breve da história britânica"
    add("PL8RW1", "internacional", "liz-truss-renuncia-apos-45-dias", t, w, "Redação, com agências internacionais",
        "Primeira-ministra deixa o cargo depois de plano fiscal provocar turbulência nos mercados",
        "<p>LONDRES – A primeira-ministra britânica anunciou nesta quinta-feira sua renúncia, 45 dias depois de assumir o cargo.</p>",
        lambda k: it(k, t, w, [], junk=["com agências internacionais"],
                     note="dc:creator 'Redação, com agências internacionais': no person. A foreign head of government only as the setting. Relevant."))
    w = d(2022, 10, 23, 7, 40, 0, -3)
    t = "Xi garante terceiro mandato e enche cúpula do partido de aliados"
    add("KQ2ZB7", "internacional", "xi-garante-terceiro-mandato", t, w, "Marina Seixas Albuquerque",
        "Novo Comitê Permanente do Politburo não tem nenhum nome de facções rivais",
        "<p>PEQUIM – O Partido Comunista Chinês apresentou neste domingo o novo Comitê Permanente do Politburo, formado apenas por aliados do líder.</p><p>“Não há mais contrapesos dentro do partido. Tudo o que acontecer daqui em diante terá um único responsável”, disse o professor Li Wenhao, do Instituto de Estudos Asiáticos de Xangai.</p>",
        lambda k: it(k, t, w, ["Marina Seixas Albuquerque"], quotes=[q("Li Wenhao", "Instituto de Estudos Asiáticos de Xangai")],
                     note="Upper-case dateline with an en dash 'PEQUIM –'. Relevant."))
    w = d(2022, 10, 30, 13, 30, 0, -3)
    t = "Em Lisboa, brasileiros enfrentam fila de três horas para votar no segundo turno"
    add("MD5VN3", "politica/eleicoes", "em-lisboa-brasileiros-enfrentam-fila-para-votar", t, w, "Carolina Vieira Matos, especial para o Tietê",
        "Capital portuguesa tem o maior colégio eleitoral de brasileiros no exterior",
        "<p>LISBOA – A fila para votar na Cidade Universitária dava a volta no quarteirão às 9h da manhã.</p><p>“Vim de Coimbra de madrugada porque no primeiro turno não consegui votar”, disse a designer Renata Oliveira, de 41 anos.</p>",
        lambda k: it(k, t, w, ["Carolina Vieira Matos"], rel=False, quotes=[q("Renata Oliveira")], junk=["especial para o Tietê"],
                     note="Dateline abroad, but the home election told through emigrants voting in Lisbon: home news, not relevant. dc:creator 'Name, especial para o Tietê': the person is the author. 'a designer' is not a body: no affiliation."))
    w = d(2022, 10, 24, 6, 0, 0, -3)
    t = "Podcast Tietê Notícias: O que o novo Politburo diz sobre a China dos próximos anos"
    add("RT6CX9", "podcasts", "podcast-tiete-noticias-novo-politburo", t, w, "Tietê Notícias",
        "Ouça o episódio desta segunda-feira",
        "<p>No episódio de hoje, a correspondente em Pequim explica quem são os novos integrantes da cúpula chinesa. Ouça no player acima ou na sua plataforma de áudio preferida.</p>",
        lambda k: it(k, t, w, [], story=False, rel=False, note="Daily podcast episode: a non-story."))
    w = d(2022, 10, 8, 9, 25, 0, -3)
    t = "Explosão danifica ponte que liga a Crimeia à Rússia"
    add("GH3LS0", "internacional", "explosao-danifica-ponte-crimeia-russia", t, w, "Ana Beatriz Prado, Guilherme Tsuda",
        "Moscou diz que um caminhão-bomba causou a explosão; trecho rodoviário desabou parcialmente",
        "<p>Uma explosão danificou neste sábado a ponte sobre o Estreito de Kerch, principal ligação terrestre entre a Rússia e a Península da Crimeia, anexada em 2014.</p>",
        lambda k: it(k, t, w, ["Ana Beatriz Prado", "Guilherme Tsuda"], note="Two reporters in one dc:creator separated by a comma. Relevant."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" version="2.0"><channel>'
            f"<title>{cd('Folha do Tietê')}</title><link>{base}</link><atom:link href=\"{base}/arc/outboundfeeds/rss/category/internacional/?outputType=xml\" rel=\"self\" type=\"application/rss+xml\"/>"
            f"<description>{cd('Folha do Tietê News Feed')}</description><lastBuildDate>{gmt(d(2022, 10, 30, 20, 10, 0, -3))}</lastBuildDate><language>pt-BR</language>"
            "<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency>")
    text = head + "".join(rows) + "</channel></rss>"
    return feed("pt_br_folhadotiete_internacional_arcxp.rss.xml", text, items, lang="pt", outlet="Folha do Tietê",
                structure="São Paulo national daily's feed on Arc XP's outbound feeds (/arc/outboundfeeds/rss/category/internacional/?outputType=xml), October 2022: the whole document on one line without a trailing newline, atom, content, dc and sy namespaces, CDATA channel title and '<Brand> News Feed' description, pt-BR, sy:update* hourly; items CDATA title, link '/<section>/<slug>/' as permalink guid, CDATA dc:creator holding a reporter, 'Name, Name', 'Name, especial para o Tietê', 'Redação' or 'Redação, com agências internacionais', CDATA subtitle as description, GMT pubDate (newsroom -0300), content:encoded with 'CIDADE –' datelines and “…” quotes with 'afirmou'/'disse'; the feed mixes the election section and a podcast into Internacional",
                notes="Relevance from Brazil.")


# ---------------------------------------------------------------- Lisbon weekly (January 2021)
def restelo():
    rows, items = [], []
    base = "https://semanariorestelo.example"

    def add(aid, sect, slug, title, when, creator, desc, exp):
        url = f"{base}/{sect}/{when.year}-{when.month:02d}-{when.day:02d}-{slug}"
        cr = f"\n\t<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item>\n\t<title>{esc(title)}</title>\n\t<link>{url}</link>\n\t<description>{esc(desc)}</description>\n\t<pubDate>{rfc822(when)}</pubDate>\n\t<guid isPermaLink=\"false\">{aid}</guid>{cr}\n</item>")
        items.append(exp(str(aid)))

    w = d(2021, 1, 1, 9, 0, 0, 0)
    t = "Presidência portuguesa da UE arranca com vacinas, recuperação e a relação com Londres na agenda"
    add(1001893, "internacional", "presidencia-portuguesa-da-ue-arranca", t, w, "David Lourenço Dinis",
        "<p>Portugal assume hoje, pela quarta vez, a presidência rotativa do Conselho da União Europeia. «Lisboa herda um semestre em que quase tudo já está decidido, menos o que é urgente», afirma Rita Campos Saraiva, investigadora do Instituto de Estudos Europeus de Lisboa.</p>",
        lambda k: it(k, t, w, ["David Lourenço Dinis"], quotes=[q("Rita Campos Saraiva", "Instituto de Estudos Europeus de Lisboa")],
                     note="Lisbon weekly's section RSS: escaped <p> description, +0000 pubDates (Lisbon in winter), numeric non-permalink guid, dc:creator with a person, 'Name, correspondente em …', the agency 'Lusa', the show or absent; «…» quotes (European Portuguese). The home country's EU presidency: relevant."))
    w = d(2021, 1, 7, 8, 30, 0, 0)
    t = "Invasão do Capitólio: «Vi pessoas a partir janelas com bandeiras americanas»"
    add(1002271, "internacional", "invasao-do-capitolio-vi-pessoas-a-partir-janelas", t, w, "Luís Pinto Coelho, correspondente em Washington",
        "<p>Apoiantes do presidente cessante invadiram o Congresso durante a certificação dos resultados. «Vi pessoas a partir janelas com bandeiras americanas nas mãos», contou ao Restelo Mark Ellison, funcionário de um gabinete parlamentar.</p>",
        lambda k: it(k, t, w, ["Luís Pinto Coelho"], quotes=[q("Mark Ellison")], junk=["correspondente em Washington"],
                     note="dc:creator 'Name, correspondente em Washington': the role and place are not part of the name. 'funcionário de um gabinete parlamentar' names no body: no affiliation. Relevant."))
    w = d(2021, 1, 18, 10, 15, 0, 0)
    t = "Rússia: Navalny detido à chegada a Moscovo"
    add(1003107, "internacional", "russia-navalny-detido-a-chegada-a-moscovo", t, w, "Lusa",
        "<p>O opositor russo foi detido no controlo de passaportes do aeroporto de Sheremetyevo, cinco meses depois de ter sido envenenado.</p>",
        lambda k: it(k, t, w, [], note="Agency copy ('Lusa' in dc:creator). A real opposition politician appears only as the subject, not quoted. Relevant."))
    w = d(2021, 1, 24, 22, 40, 0, 0)
    t = "Presidenciais: reeleição à primeira volta com abstenção recorde"
    add(1003688, "politica", "presidenciais-reeleicao-a-primeira-volta", t, w, "",
        "<p>O Presidente da República foi reeleito com mais de 60% dos votos, numa eleição marcada pela pandemia e pela abstenção.</p>",
        lambda k: it(k, t, w, [], rel=False, note="Home election, no dc:creator: not relevant."))
    w = d(2021, 1, 15, 18, 0, 0, 0)
    t = "Podcast «A Semana»: Trump, o impeachment e o dia seguinte"
    add(1002850, "podcasts", "podcast-a-semana-impeachment", t, w, "A Semana",
        "<p>Ouça o episódio desta semana do podcast de política internacional do Restelo. Disponível em todas as plataformas.</p>",
        lambda k: it(k, t, w, [], story=False, rel=False, note="Weekly podcast episode, dc:creator = the show's name: a non-story."))
    w = d(2021, 1, 22, 7, 0, 0, 0)
    t = "Bom dia, Restelo: o confinamento volta às escolas e o que muda a partir de hoje"
    add(1003455, "newsletters", "bom-dia-restelo-confinamento-escolas", t, w, "",
        "<p>Bom dia. Esta é a newsletter diária do Restelo. Hoje falamos do fecho das escolas, da nova administração em Washington e do Orçamento europeu. Subscreva aqui.</p>",
        lambda k: it(k, t, w, [], story=False, rel=False, junk=["Subscreva"], note="Daily newsletter edition: a non-story."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n<title>Semanário Restelo - Internacional</title>\n'
            f"<link>{base}/internacional</link>\n<description>Semanário Restelo - Internacional</description>\n<language>pt-PT</language>\n<ttl>5</ttl>\n")
    text = head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("pt_pt_semanariorestelo_internacional.rss.xml", text, items, lang="pt", outlet="Semanário Restelo",
                structure="Lisbon weekly's 'Internacional' RSS from its own CMS, January 2021: dc namespace only, channel 'Brand - Internacional' repeated as description, pt-PT, ttl 5, tab-indented item children; items title, link '/<section>/YYYY-MM-DD-<slug>', escaped <p> description, +0000 pubDate, numeric non-permalink guid, dc:creator with a person, 'Name, correspondente em Washington', 'Lusa', the podcast's name or absent; «…» quotes with 'afirma', 'contou ao Restelo'; a home election, a weekly podcast and the daily newsletter edition in the section feed",
                notes="Relevance from Portugal.")


# ---------------------------------------------------------------- Indian Urdu daily (December 2023)
def gulshan():
    rows, items = [], []
    base = "https://urdu.gulshanehind.example"

    def add(nid, sect, slug, title, when, creator, html, exp, img=True):
        url = f"{base}/{sect}/{slug}-{nid}"
        media = f'\n    <media:content url="https://img.gulshanehind.example/2023/12/{nid}.jpg" medium="image" width="1200" height="675"/>' if img else ""
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <guid isPermaLink=\"false\">gh-{nid}</guid>\n    <description>{cd(html)}</description>\n"
                    f"    <pubDate>{rfc822(when)}</pubDate>\n    <dc:creator>{cd(creator)}</dc:creator>{media}\n  </item>")
        items.append(exp(f"gh-{nid}"))

    w = d(2023, 12, 1, 14, 20, 0, 5.5)
    t = "غزہ میں عارضی جنگ بندی ختم، اسرائیلی حملے دوبارہ شروع"
    add(318420, "international", "gaza-truce-ends", t, w, "ایجنسیاں",
        "<p><strong>غزہ/یروشلم (ایجنسیاں)</strong> سات دن کی عارضی جنگ بندی جمعہ کی صبح ختم ہو گئی اور اسرائیل نے غزہ کے جنوبی علاقوں پر دوبارہ فضائی حملے شروع کر دیے۔</p>"
        "<p>فلسطینی ہلال احمر کی ترجمان لیلیٰ حداد نے کہا کہ ”ہماری ایمبولینسیں ایک گھنٹے کے اندر دوبارہ ملبے تک پہنچ رہی تھیں۔“</p>",
        lambda k: it(k, t, w, [], quotes=[q("لیلیٰ حداد", "فلسطینی ہلال احمر")], junk=["(ایجنسیاں)"],
                     note="Indian Urdu daily's feed from its custom CMS: non-permalink 'gh-<id>' guids, CDATA HTML with a bold 'City (credit)' dateline, +0530 pubDates, CDATA dc:creator 'ایجنسیاں' (agencies, not a person). ”…“ quotes. Relevant."))
    w = d(2023, 12, 11, 13, 5, 0, 5.5)
    t = "آرٹیکل 370 کی منسوخی برقرار، سپریم کورٹ کا فیصلہ"
    add(319905, "national", "article-370-supreme-court-verdict", t, w, "نمائندہ خصوصی",
        "<p><strong>نئی دہلی (نمائندہ خصوصی)</strong> سپریم کورٹ کی پانچ رکنی آئینی بنچ نے جموں و کشمیر کو خصوصی درجہ دینے والی آئین کی دفعہ 370 کی منسوخی کو برقرار رکھا اور ستمبر 2024 تک اسمبلی انتخابات کرانے کی ہدایت دی۔</p>",
        lambda k: it(k, t, w, [], rel=False, junk=["(نمائندہ خصوصی)"], note="Home constitutional ruling: not relevant. 'نمائندہ خصوصی' (special correspondent) is not a person."))
    w = d(2023, 12, 9, 19, 40, 0, 5.5)
    t = "کوپ 28: کوئلے پر بھارت کا موقف سخت، ترقی پذیر ممالک کے لیے مالی امداد کا مطالبہ"
    add(319610, "international", "cop28-india-coal-stance", t, w, "محمد ارشد ندوی",
        "<p><strong>دبئی</strong> اقوام متحدہ کی ماحولیاتی کانفرنس میں بھارت نے کوئلے کے استعمال کو مرحلہ وار ختم کرنے کی تجویز کی مخالفت کی ہے۔</p>"
        "<p>سینٹر فار کلائمیٹ پالیسی کی ڈائریکٹر ڈاکٹر سنیتا رائے نے کہا کہ ”جو ممالک ڈیڑھ صدی تک کوئلہ جلاتے رہے، وہ آج ہمیں بجلی کے بغیر رہنے کا مشورہ دے رہے ہیں۔“</p>",
        lambda k: it(k, t, w, ["محمد ارشد ندوی"], quotes=[q("سنیتا رائے", "سینٹر فار کلائمیٹ پالیسی")],
                     note="The home country's position at an intergovernmental conference: relevant. 'ڈاکٹر' (Dr) is a title, not part of the name; the body is named before her role."))
    w = d(2023, 12, 13, 16, 0, 0, 5.5)
    t = "حج 2024: تلنگانہ حج کمیٹی کی قرعہ اندازی، 7 ہزار عازمین منتخب"
    add(320188, "state", "hajj-2024-telangana-lottery", t, w, "عبدالرحیم قریشی",
        "<p><strong>حیدرآباد</strong> تلنگانہ اسٹیٹ حج کمیٹی کے دفتر میں بدھ کو قرعہ اندازی کے ذریعے حج 2024 کے لیے عازمین کا انتخاب کیا گیا۔ منتخب عازمین کو پہلی قسط 20 دسمبر تک جمع کرانی ہوگی۔</p>",
        lambda k: it(k, t, w, ["عبدالرحیم قریشی"], rel=False,
                     note="Looks foreign (the Hajj, Saudi Arabia) but is home news: a state committee's lottery in Hyderabad (not relevant)."))
    w = d(2023, 12, 7, 21, 15, 0, 5.5)
    t = "ویڈیو: چنئی میں سیلاب کے بعد امدادی کارروائیاں جاری"
    add(319350, "video", "video-chennai-flood-relief", t, w, "ویب ڈیسک",
        "<p>سمندری طوفان کے بعد چنئی کے کئی علاقے اب بھی پانی میں ڈوبے ہوئے ہیں۔ دیکھیے ویڈیو۔</p>",
        lambda k: it(k, t, w, [], story=False, rel=False, note="Video item ('ویڈیو:' label, /video/ section, 'دیکھیے ویڈیو'): a non-story."), img=False)
    w = d(2023, 12, 1, 9, 30, 0, 5.5)
    t = "امریکی سرزمین پر قتل کی سازش: بھارت نے اعلیٰ سطحی تحقیقاتی کمیٹی تشکیل دی"
    add(318355, "international", "us-plot-india-probe-committee", t, w, "ویب ڈیسک",
        "<p><strong>نئی دہلی/واشنگٹن</strong> امریکی محکمہ انصاف کی جانب سے ایک بھارتی شہری پر فرد جرم عائد کیے جانے کے بعد وزارت خارجہ نے کہا ہے کہ معاملے کی جانچ کے لیے ایک اعلیٰ سطحی کمیٹی بنائی گئی ہے۔</p>",
        lambda k: it(k, t, w, [], note="A diplomatic row with the United States: relevant. 'ویب ڈیسک' (web desk) is not a person."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            f"  <title>روزنامہ گلشن ہند - تازہ ترین خبریں</title>\n  <link>{base}</link>\n  <description>روزنامہ گلشن ہند: بین الاقوامی، قومی اور ریاستی خبریں</description>\n"
            f'  <atom:link href="{base}/rss/latest.xml" rel="self" type="application/rss+xml"/>\n  <language>ur-IN</language>\n  <lastBuildDate>{rfc822(d(2023, 12, 13, 16, 5, 0, 5.5))}</lastBuildDate>\n')
    text = head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("ur_in_gulshanehind_latest_custom.rss.xml", text, items, lang="ur", outlet="روزنامہ گلشن ہند", aliases=["Gulshan-e-Hind"],
                structure="Indian Urdu daily's 'latest news' RSS from its custom CMS (/rss/latest.xml), December 2023: dc, media and atom namespaces, two-space indentation, channel 'روزنامہ … - تازہ ترین خبریں', ur-IN; items title, link '/<section>/<latin slug>-<id>', non-permalink 'gh-<id>' guid, CDATA HTML description with a bold '<City> (<credit>)' or '<City>' dateline, +0530 pubDate, CDATA dc:creator holding 'ایجنسیاں', 'نمائندہ خصوصی', 'ویب ڈیسک' or a reporter, media:content (absent on a video); ”…“ quotes with 'نے کہا کہ'; national and state news and a video among world stories",
                notes="Relevance from India.")


# ---------------------------------------------------------------- Lahore Urdu daily (March 2020)
def minar():
    rows, items = [], []
    base = "https://www.dailyminar.example"

    def add(nid, title, when, creator, html, exp):
        url = f"{base}/news/{nid}"
        cr = f"\r\n<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item>\r\n<title>{esc(title)}</title>\r\n<link>{url}</link>\r\n<guid>{url}</guid>\r\n<pubDate>{rfc822(when)}</pubDate>{cr}\r\n<description>{esc(html)}</description>\r\n</item>")
        items.append(exp(url))

    w = d(2020, 3, 5, 16, 10, 0, 5)
    t = "کورونا وائرس: تفتان بارڈر مزید دو ہفتے بند رہے گا، زائرین قرنطینہ میں"
    add(712044, t, w, "نمائندہ خصوصی",
        "<p><b>اسلام آباد (نمائندہ خصوصی)</b> حکومت نے ایران کے ساتھ تفتان سرحد مزید دو ہفتے بند رکھنے کا فیصلہ کیا ہے جبکہ ایران سے واپس آنے والے زائرین کو قرنطینہ مراکز میں رکھا جائے گا۔</p>"
        "<p>ترجمان دفتر خارجہ نائلہ بخاری نے ہفتہ وار بریفنگ میں کہا کہ ”ایران میں موجود پاکستانیوں کی واپسی دونوں حکومتوں کے رابطے سے مرحلہ وار ہوگی۔“</p>",
        lambda k: it(k, t, w, [], quotes=[q("نائلہ بخاری", "دفتر خارجہ")], junk=["(نمائندہ خصوصی)"],
                     note="Lahore Urdu daily's PHP feed: CRLF line ends, no indentation, the link repeated as <guid>, +0500 pubDate BEFORE dc:creator, escaped HTML description with a bold '<City> (<credit>)' dateline. A border closure agreed with a neighbour: relevant. The speaker's role 'ترجمان دفتر خارجہ' (Foreign Office spokesperson) contains the body; the affiliation is the body."))
    w = d(2020, 3, 1, 11, 0, 0, 5)
    t = "امریکا اور طالبان میں امن معاہدہ، غیر ملکی افواج 14 ماہ میں نکل جائیں گی"
    add(711530, t, w, "مانیٹرنگ ڈیسک",
        "<p><b>دوحہ (مانیٹرنگ ڈیسک)</b> امریکا اور افغان طالبان نے قطر کے دارالحکومت میں امن معاہدے پر دستخط کر دیے جس کے تحت غیر ملکی افواج 14 ماہ میں افغانستان سے نکل جائیں گی۔ تقریب میں پاکستان کے وزیر خارجہ بھی شریک ہوئے۔</p>",
        lambda k: it(k, t, w, [], junk=["(مانیٹرنگ ڈیسک)"], note="'مانیٹرنگ ڈیسک' (monitoring desk) is not a person. Relevant."))
    w = d(2020, 3, 2, 20, 35, 0, 5)
    t = "سعودی عرب نے عمرہ ویزوں کا اجرا عارضی طور پر معطل کر دیا، ہزاروں پاکستانی عازمین پریشان"
    add(711702, t, w, "عائشہ رحمان",
        "<p><b>لاہور</b> سعودی حکومت کی جانب سے کورونا وائرس کے باعث عمرہ پر عارضی پابندی کے بعد ہزاروں پاکستانی عازمین کی پروازیں منسوخ ہو گئیں۔ ٹریول ایجنٹس ایسوسی ایشن کے صدر کامران چودھری نے کہا کہ ”ایجنٹوں کے کروڑوں روپے سعودی کمپنیوں کے پاس پھنس گئے ہیں۔“</p>",
        lambda k: it(k, t, w, ["عائشہ رحمان"], quotes=[q("کامران چودھری", "ٹریول ایجنٹس ایسوسی ایشن")],
                     note="A foreign government's measure hitting the home country's pilgrims: relevant (borderline: told from Lahore through travel agents). The speaker's role 'صدر' is attached to the body named before it."))
    w = d(2020, 3, 8, 23, 30, 0, 5)
    t = "پی ایس ایل: لاہور قلندرز نے کراچی کنگز کو 5 وکٹوں سے ہرا دیا"
    add(712510, t, w, "اسپورٹس ڈیسک",
        "<p><b>لاہور (اسپورٹس ڈیسک)</b> قذافی اسٹیڈیم میں کھیلے گئے میچ میں لاہور قلندرز نے کراچی کنگز کو پانچ وکٹوں سے شکست دے دی۔</p>",
        lambda k: it(k, t, w, [], rel=False, junk=["(اسپورٹس ڈیسک)"], note="Home sport: not relevant."))
    w = d(2020, 3, 10, 18, 0, 0, 5)
    t = "ویڈیو: اٹلی میں لاک ڈاؤن کے بعد سڑکیں ویران"
    add(712780, t, w, "",
        "<p>اٹلی کے شہروں میں سناٹا، ویڈیو دیکھیے۔</p>",
        lambda k: it(k, t, w, [], story=False, rel=False, note="Video ('ویڈیو:'), no dc:creator: a non-story."))
    w = d(2020, 3, 13, 21, 10, 0, 5)
    t = "پنجاب بھر میں تعلیمی ادارے 5 اپریل تک بند"
    add(713105, t, w, "",
        "<p><b>لاہور</b> پنجاب حکومت نے کورونا وائرس کے پیش نظر صوبے بھر کے سرکاری اور نجی تعلیمی ادارے 5 اپریل تک بند کرنے کا اعلان کر دیا ہے۔ بورڈ کے امتحانات بھی ملتوی کر دیے گئے ہیں۔</p><p><b>رپورٹ: محمد عرفان بٹ</b></p>",
        lambda k: it(k, t, w, ["محمد عرفان بٹ"], rel=False, junk=["رپورٹ:"],
                     note="No dc:creator; the reporter is named only in the bold closing line 'رپورٹ: Name', which is the byline. Home news: not relevant."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="utf-8"?>\r\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\r\n<channel>\r\n<title>روزنامہ مینار</title>\r\n'
            f"<link>{base}</link>\r\n<description>روزنامہ مینار لاہور - تازہ ترین خبریں</description>\r\n<language>ur</language>\r\n<pubDate>{rfc822(d(2020, 3, 13, 21, 15, 0, 5))}</pubDate>\r\n")
    text = head + "\r\n".join(rows) + "\r\n</channel>\r\n</rss>"
    return feed("ur_pk_dailyminar_latest_php.rss.xml", text, items, lang="ur", outlet="روزنامہ مینار", aliases=["Daily Minar"],
                structure="Lahore Urdu daily's 'latest news' feed from a home-grown PHP script, March 2020: CRLF line ends, no indentation, no trailing newline, dc namespace only, channel 'روزنامہ مینار', language 'ur'; items title, link '/news/<id>', the link again as <guid> without attribute, +0500 pubDate BEFORE dc:creator (desk credits 'نمائندہ خصوصی', 'مانیٹرنگ ڈیسک', 'اسپورٹس ڈیسک', a reporter, or absent), escaped HTML description with bold '<City> (<credit>)' datelines, ”…“ quotes with 'نے کہا کہ', a bold closing 'رپورٹ: Name' byline; home sport and schools and a video among world stories",
                notes="Relevance from Pakistan.")


FEEDS = [tiete, restelo, gulshan, minar]
