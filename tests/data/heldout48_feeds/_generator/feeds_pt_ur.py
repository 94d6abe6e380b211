# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese and Urdu feeds of the forty-eighth held-out set: a Viseu daily on Protecmedia
Milenium, a Campina Grande daily on a PHP-Nuke fork, a Mirpur (Azad Kashmir) Urdu daily on
PHP-Fusion and a Malegaon Urdu daily on XOOPS. All outlets, people and quotations are invented."""
from h48 import cd, d, esc, feed, gmt, it, q, rfc822


# ---------------------------------------------------------------- Viseu: Protecmedia Milenium section RSS (2015)
def viriato():
    base = "https://www.diariodeviriato.example"
    rows, items = [], []

    def add(nid, path, title, w, author, sub, body, exp):
        a = f"\n<author>{esc(author)}</author>" if author else ""
        rows.append(f"<item>\n<title>{cd(title)}</title>\n<link>{base}{path}_{nid}_102.html</link>\n<description>{cd(body)}</description>{a}\n<pubDate>{rfc822(w)}</pubDate>\n"
                    f"<guid isPermaLink=\"true\">{base}{path}_{nid}_102.html</guid>\n<category>{sub}</category>\n</item>")
        items.append(exp(f"{base}{path}_{nid}_102.html"))

    w = d(2015, 11, 20, 17, 30, 0, 0)
    add(1186452, "/noticia/mundo/2015/11/20/ministros-ue-controlos-fronteiras-schengen", "Atentados de Paris: ministros da UE reforçam controlos nas fronteiras externas", w, "Sofia Loureiro, em Bruxelas", "Mundo",
        "<p><strong>Os ministros do Interior da União Europeia acordaram esta sexta-feira controlos sistemáticos a todos os viajantes nas fronteiras externas do espaço Schengen.</strong></p>"
        "<p>A decisão surge uma semana depois dos atentados que mataram 130 pessoas em Paris.</p>"
        "<p>“Schengen sobrevive se as fronteiras de fora funcionarem; se não, voltam as de dentro”, disse Henrique Loureiro Matos, investigador do Instituto Português de Relações Internacionais.</p>",
        lambda k: it(k, "Atentados de Paris: ministros da UE reforçam controlos nas fronteiras externas", w, ["Sofia Loureiro"], quotes=[q("Henrique Loureiro Matos", "Instituto Português de Relações Internacionais")],
                     note="<author> holds a plain name with 'em Cidade' (not an e-mail): the person only. Bold lead paragraph. EU security policy after the November 2015 attacks (setting): relevant."))
    w = d(2015, 11, 24, 12, 10, 0, 0)
    add(1187033, "/noticia/mundo/2015/11/24/turquia-abate-caca-russo", "Turquia abate caça russo na fronteira com a Síria", w, "Lusa", "Mundo",
        "<p>Ancara, 24 nov (Lusa) - A Turquia abateu hoje um avião militar russo que, segundo o exército turco, violou o seu espaço aéreo na fronteira com a Síria.</p>"
        "<p>A NATO convocou uma reunião extraordinária para o final do dia.</p>",
        lambda k: it(k, "Turquia abate caça russo na fronteira com a Síria", w, [],
                     note="Agency item: <author> 'Lusa' is not a person, []. Lusa dateline 'Ancara, 24 nov (Lusa) -'. Relevant."))
    w = d(2015, 11, 23, 19, 0, 0, 0)
    add(1186890, "/noticia/mundo/2015/11/23/portugal-recebe-primeiros-refugiados-recolocacao", "Portugal prepara chegada dos primeiros refugiados do programa europeu", w, "Rui Almeida Figueiredo e Marta Pinheiro", "Mundo",
        "<p>Portugal deverá receber em dezembro os primeiros requerentes de asilo ao abrigo do programa europeu de recolocação a partir da Grécia e de Itália.</p>"
        "<p>Viseu é um dos municípios que se disponibilizaram para acolher famílias.</p>"
        "<p class=\"pie\">Foto: Paulo Novais/Lusa</p>",
        lambda k: it(k, "Portugal prepara chegada dos primeiros refugiados do programa europeu", w, ["Rui Almeida Figueiredo", "Marta Pinheiro"], junk=["Foto: Paulo Novais/Lusa"],
                     note="Two people joined by 'e'. A caption-credit paragraph ('Foto: …/Lusa') ends the body. Portugal's part in EU relocation: relevant."))
    w = d(2015, 11, 23, 9, 0, 0, 0)
    add(1186800, "/noticia/regiao/2015/11/23/feira-de-sao-mateus-balanco", "Feira de São Mateus fecha contas com 900 mil visitantes", w, "Carla Ferreira", "Região",
        "<p>A Feira de São Mateus recebeu este ano cerca de 900 mil visitantes, anunciou a empresa municipal que a organiza.</p>",
        lambda k: it(k, "Feira de São Mateus fecha contas com 900 mil visitantes", w, ["Carla Ferreira"], rel=False, note="Regional news: a story, not relevant."))
    w = d(2015, 11, 22, 15, 0, 0, 0)
    add(1186702, "/galeria/regiao/2015/11/22/magusto-escolas", "Galeria: Magusto nas escolas de Viseu", w, None, "Galerias",
        "<p><img src=\"https://www.diariodeviriato.example/img/galerias/2015/11/magusto-1.jpg\" /></p>",
        lambda k: it(k, "Galeria: Magusto nas escolas de Viseu", w, [], story=False, rel=False, note="Gallery: not a story."))
    w = d(2015, 11, 21, 10, 0, 0, 0)
    add(1186655, "/passatempos/2015/11/21/ganhe-bilhetes-teatro-viriato", "Passatempo: ganhe bilhetes para o Teatro Viriato", w, None, "Passatempos",
        "<p>Responda à pergunta e habilite-se.</p>",
        lambda k: it(k, "Passatempo: ganhe bilhetes para o Teatro Viriato", w, [], story=False, rel=False, note="Reader competition: not a story."))
    head = (f"<title>{cd('Diário de Viriato | Mundo')}</title>\n<link>{base}/mundo</link>\n<description>{cd('Diário de Viriato | Mundo')}</description>\n<language>pt-PT</language>\n"
            f"<copyright>{cd('© Viriato Media, S.A.')}</copyright>\n<generator>Milenium</generator>\n<lastBuildDate>{rfc822(d(2015, 11, 24, 12, 15, 0, 0))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n' + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("pt_pt_diariodeviriato_mundo_milenium_2015.rss.xml", text, items, lang="pt", outlet="Diário de Viriato", aliases=["Diario de Viriato"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Viseu daily's 'Mundo' section RSS from Protecmedia Milenium (/rss/mundo.xml, November 2015): no namespaces, no indentation, CDATA channel 'Brand | Mundo' repeated as description, pt-PT, CDATA '© Viriato Media, S.A.' copyright, generator 'Milenium', links '/noticia/<section>/YYYY/MM/DD/<slug>_<id>_102.html' as permalink guids, CDATA HTML descriptions with the article, <author> holding a plain name ('Name, em Bruxelas', 'A e B', 'Lusa' or absent), <category> last, items NOT in date order (an edited story moved down), Lusa dateline 'Cidade, 24 nov (Lusa) -', a 'Foto: …/Lusa' caption paragraph, +0000 dates (Lisbon winter time), a gallery and a reader competition",
                notes="Home country Portugal.")


# ---------------------------------------------------------------- Campina Grande: RavenNuke (PHP-Nuke fork) backend.php (2012)
def borborema():
    base = "http://www.jornaldaborborema.example"
    rows, items = [], []

    def add(sid, title, w, poster, body, exp):
        link = f"{base}/modules.php?name=News&amp;file=article&amp;sid={sid}"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{link}</link>\n<description>{esc(body)} &lt;br /&gt;&lt;i&gt;Enviado por {poster}&lt;/i&gt;</description>\n<pubDate>{rfc822(w)}</pubDate>\n</item>\n")
        items.append(exp(link.replace("&amp;", "&")))

    w = d(2012, 6, 22, 21, 30, 0, -3)
    add(18844, "Senado paraguaio aprova impeachment de Lugo; Brasil convoca embaixador", w, "Redacao",
        "<p>ASSUNÇÃO - O Senado do Paraguai aprovou nesta sexta-feira (22) o impeachment do presidente Fernando Lugo, num julgamento que durou menos de dois dias. O Itamaraty chamou o embaixador brasileiro em Assunção para consultas.</p>"
        "<p>\"Um processo relâmpago não é um processo, é uma formalidade\", afirmou o professor de direito internacional Marcelo Queiroga, da Universidade Estadual da Paraíba.</p>"
        "<p><i>Por Luciana Araújo, com agências</i></p>",
        lambda k: it(k, "Senado paraguaio aprova impeachment de Lugo; Brasil convoca embaixador", w, ["Luciana Araújo"], quotes=[q("Marcelo Queiroga", "Universidade Estadual da Paraíba")],
                     junk=["Enviado por", "com agências"],
                     note="PHP-Nuke's description ends with an italic 'Enviado por <user>' line (the posting account 'Redacao', not a byline); the reporter is in the italic 'Por Name, com agências' line. The impeachment of June 2012 and the head of state are only the setting. Brazilian diplomatic response: relevant."))
    w = d(2012, 6, 22, 12, 0, 0, -3)
    add(18839, "Rio+20 termina com documento criticado por ONGs", w, "Redacao",
        "<p>RIO DE JANEIRO - A Conferência das Nações Unidas sobre Desenvolvimento Sustentável, a Rio+20, terminou nesta sexta-feira com a aprovação do documento \"O Futuro que Queremos\", criticado por organizações ambientalistas como pouco ambicioso.</p>"
        "<p><i>Da Agência Brasil</i></p>",
        lambda k: it(k, "Rio+20 termina com documento criticado por ONGs", w, [], junk=["Enviado por", "Da Agência Brasil"],
                     note="Agency copy ('Da Agência Brasil'): no person, []. The quoted document title is not a quotation. A UN summit hosted by Brazil: relevant."))
    w = d(2012, 6, 24, 15, 10, 0, -3)
    add(18851, "Egito anuncia vencedor da primeira eleição presidencial após queda de Mubarak", w, "joaopedro",
        "<p>CAIRO - A comissão eleitoral do Egito anunciou neste domingo (24) o resultado do segundo turno da primeira eleição presidencial desde a queda de Hosni Mubarak.</p>"
        "<p><i>Por João Pedro Cavalcanti</i></p>",
        lambda k: it(k, "Egito anuncia vencedor da primeira eleição presidencial após queda de Mubarak", w, ["João Pedro Cavalcanti"], junk=["Enviado por"],
                     note="The posting account 'joaopedro' is a login; the byline is the italic 'Por Name' line. Items are not in date order (this one was listed after older ones). Relevant."))
    w = d(2012, 6, 21, 19, 0, 0, -3)
    add(18830, "São João de Campina Grande bate recorde de público no Parque do Povo", w, "Redacao",
        "<p>O Parque do Povo recebeu mais de 300 mil pessoas na noite de quarta-feira, segundo a organização do Maior São João do Mundo.</p>"
        "<p>\"Nunca vi tanta gente, nem nos anos 80\", disse o sanfoneiro Zé Lourenço, que toca na festa há 31 anos.</p>",
        lambda k: it(k, "São João de Campina Grande bate recorde de público no Parque do Povo", w, [], rel=False, quotes=[q("Zé Lourenço")], junk=["Enviado por"],
                     note="City festival: a story, not relevant. No byline; 'Redacao' is the posting account. 'sanfoneiro' is an occupation, no affiliation."))
    w = d(2012, 6, 21, 10, 0, 0, -3)
    add(18826, "Enquete: Você vai ao Parque do Povo este ano?", w, "Redacao",
        "<p>Vote na enquete da semana na página inicial.</p>",
        lambda k: it(k, "Enquete: Você vai ao Parque do Povo este ano?", w, [], story=False, rel=False, junk=["Enviado por"], note="Reader poll: not a story."))
    w = d(2012, 6, 20, 20, 0, 0, -3)
    add(18820, "Galeria de fotos: quadrilhas juninas no Açude Velho", w, "fotografia",
        "<p>Confira as fotos na nossa galeria.</p>",
        lambda k: it(k, "Galeria de fotos: quadrilhas juninas no Açude Velho", w, [], story=False, rel=False, junk=["Enviado por"], note="Gallery: not a story."))
    head = (f"<title>Jornal da Borborema</title>\n<link>{base}</link>\n<description>Not\u00edcias de Campina Grande, da Para\u00edba e do mundo</description>\n<language>pt-br</language>\n"
            f"<webMaster>webmaster@jornaldaborborema.example</webMaster>\n<generator>RavenNuke(tm) CMS</generator>\n\n")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + head + "".join(rows) + "</channel>\n</rss>\n"
    return feed("pt_br_jornaldaborborema_noticias_ravennuke_2012.rss.xml", text, items, lang="pt", outlet="Jornal da Borborema",
                ctype="text/xml; charset=UTF-8",
                structure="Campina Grande (Paraíba) daily's all-news feed from RavenNuke 2.4, a PHP-Nuke fork (backend.php, June 2012): no namespaces, no indentation, channel title = brand, pt-br, webMaster, generator 'RavenNuke(tm) CMS', NO guid: links 'modules.php?name=News&amp;file=article&amp;sid=<n>' identify the items, escaped HTML descriptions ending with PHP-Nuke's italic 'Enviado por <account>' line, reporters only in an italic 'Por Name[, com agências]' line, 'Da Agência Brasil', straight double quotes, items NOT in date order, -0300 dates, Brazilian '(22)' day references, a poll and a gallery",
                notes="Home country Brazil.")


# ---------------------------------------------------------------- Mirpur (Azad Kashmir): PHP-Fusion 7 news RSS (2015)
def mangla():
    base = "http://www.roznamamangla.example"
    rows, items = [], []

    def add(nid, title, w, body, exp):
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{base}/news.php?readmore={nid}</link>\n<description>{esc(body)}</description>\n<pubDate>{rfc822(w)}</pubDate>\n"
                    f"<guid>{base}/news.php?readmore={nid}</guid>\n</item>")
        items.append(exp(f"{base}/news.php?readmore={nid}"))

    w = d(2015, 4, 10, 20, 15, 0, 5)
    add(6612, "پارلیمنٹ کی قرارداد: یمن تنازع میں غیر جانبدار رہنے کا فیصلہ", w,
        "<p>اسلام آباد (نمائندہ خصوصی) پارلیمنٹ کے مشترکہ اجلاس نے متفقہ قرارداد منظور کر لی جس میں کہا گیا ہے کہ پاکستان یمن کے تنازع میں غیر جانبدار رہے گا اور سفارتی کوششوں کی حمایت کرے گا۔</p>"
        "<p>بین الاقوامی امور کی ماہر ڈاکٹر نسرین اختر نے کہا کہ ”یہ فیصلہ خلیجی دوستوں کے لیے آسان نہیں ہوگا مگر پاکستان کے اندرونی حالات کے لیے ضروری تھا۔“</p>"
        "<p>رپورٹ: راجہ طارق محمود</p>",
        lambda k: it(k, "پارلیمنٹ کی قرارداد: یمن تنازع میں غیر جانبدار رہنے کا فیصلہ", w, ["راجہ طارق محمود"], quotes=[q("نسرین اختر")],
                     junk=["رپورٹ: راجہ طارق محمود"],
                     note="No author element: the reporter is named only in a 'رپورٹ:' line at the end; the dateline credit 'نمائندہ خصوصی' is a role, not a name. The speaker is described as an expert ('بین الاقوامی امور کی ماہر') with no organisation: speaker only. 'ڈاکٹر' is a title. Pakistan's foreign policy on Yemen (April 2015): relevant."))
    w = d(2015, 4, 21, 18, 0, 0, 5)
    add(6671, "چین پاکستان اقتصادی راہداری: 46 ارب ڈالر کے معاہدوں پر دستخط", w,
        "<p>اسلام آباد (ایجنسیاں) چین اور پاکستان نے اقتصادی راہداری کے تحت توانائی اور مواصلات کے 51 معاہدوں اور مفاہمتی یادداشتوں پر دستخط کیے ہیں۔</p>"
        "<p>آزاد کشمیر میں کوہالہ پن بجلی منصوبہ بھی ان منصوبوں میں شامل ہے۔</p>",
        lambda k: it(k, "چین پاکستان اقتصادی راہداری: 46 ارب ڈالر کے معاہدوں پر دستخط", w, [],
                     note="Agency dateline credit 'ایجنسیاں': no person. The April 2015 state visit is the setting. Relations with China: relevant."))
    w = d(2015, 4, 26, 11, 30, 0, 5)
    add(6690, "نیپال میں تباہ کن زلزلہ، ہلاکتیں دو ہزار سے تجاوز کر گئیں", w,
        "<p>کٹھمنڈو (ایجنسیاں) نیپال میں ہفتے کے روز آنے والے 7.8 شدت کے زلزلے میں ہلاکتوں کی تعداد دو ہزار سے تجاوز کر گئی ہے۔</p>"
        "<p>پاکستان نے امدادی ٹیمیں اور سامان بھیجنے کا اعلان کیا ہے۔</p>",
        lambda k: it(k, "نیپال میں تباہ کن زلزلہ، ہلاکتیں دو ہزار سے تجاوز کر گئیں", w, [],
                     note="Items are not in date order (PHP-Fusion lists sticky news first). Foreign disaster and Pakistani aid: relevant."))
    w = d(2015, 4, 9, 9, 0, 0, 5)
    add(6605, "منگلا ڈیم میں پانی کی سطح بڑھنے لگی", w,
        "<p>میرپور (نامہ نگار) برف پگھلنے کے باعث منگلا ڈیم میں پانی کی آمد میں اضافہ ہو گیا ہے۔ واپڈا حکام کے مطابق جھیل کی سطح 1,142 فٹ تک پہنچ گئی ہے۔</p>",
        lambda k: it(k, "منگلا ڈیم میں پانی کی سطح بڑھنے لگی", w, [], rel=False, note="Local news: a story, not relevant. 'نامہ نگار' (correspondent) is not a name."))
    w = d(2015, 4, 8, 12, 0, 0, 5)
    add(6599, "رائے شماری: کیا میرپور میں نیا ہوائی اڈہ بننا چاہیے؟", w,
        "<p>اپنی رائے دیں، نتائج اگلے ہفتے شائع کیے جائیں گے۔</p>",
        lambda k: it(k, "رائے شماری: کیا میرپور میں نیا ہوائی اڈہ بننا چاہیے؟", w, [], story=False, rel=False, note="Reader poll: not a story."))
    w = d(2015, 4, 7, 17, 0, 0, 5)
    add(6594, "تصویری جھلکیاں: منگلا جھیل پر کشتی رانی کا میلہ", w,
        "<p><img src=\"http://www.roznamamangla.example/images/news/boat-mela-1.jpg\" alt=\"\" /></p>",
        lambda k: it(k, "تصویری جھلکیاں: منگلا جھیل پر کشتی رانی کا میلہ", w, [], story=False, rel=False, note="Photo gallery: not a story."))
    head = (f"<title>روزنامہ منگلا - خبریں</title>\n<link>{base}</link>\n<description>میرپور آزاد کشمیر سے شائع ہونے والا روزنامہ</description>\n<language>ur</language>\n"
            f"<generator>PHP-Fusion</generator>\n<copyright>Copyright © 2015 Roznama Mangla</copyright>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("ur_pk_roznamamangla_khabrein_phpfusion_2015.rss.xml", text, items, lang="ur", outlet="روزنامہ منگلا", aliases=["Roznama Mangla", "منگلا"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Mirpur (Azad Kashmir) Urdu daily's news feed from PHP-Fusion 7's RSS feeds infusion (/infusions/rss_feeds_panel/feeds/rss_news.php, April 2015): no namespaces, no indentation, channel 'Brand - خبریں', Urdu description naming the city, language 'ur', generator 'PHP-Fusion', an English copyright line, 'news.php?readmore=<id>' links repeated as guids, NO author element: the reporter only in a 'رپورٹ:' line at the end of the body, run-in datelines 'شہر (نمائندہ خصوصی)', '(ایجنسیاں)', '(نامہ نگار)', ”…“ quotes after 'نے کہا کہ', items NOT in date order (sticky news first), +0500 dates, a poll and a photo gallery",
                notes="Home country Pakistan (Azad Jammu and Kashmir).")


# ---------------------------------------------------------------- Malegaon: XOOPS 2.5 news module backend (2014)
def girna():
    base = "http://www.girnatimes.example"
    rows, items = [], []

    def add(sid, title, w, body, exp):
        link = f"{base}/modules/news/article.php?storyid={sid}"
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{link}</link>\n      <description>{esc(body)}</description>\n      <pubDate>{rfc822(w)}</pubDate>\n      <guid>{link}</guid>\n    </item>")
        items.append(exp(link))

    w = d(2014, 7, 18, 13, 20, 0, 5.5)
    add(9921, "یوکرین میں ملیشیائی طیارہ گر کر تباہ، 298 افراد ہلاک", w,
        "<p>کیف/ماسکو (ایجنسیاں) ملیشیا ایئر لائنز کا ایمسٹرڈیم سے کوالالمپور جانے والا مسافر طیارہ مشرقی یوکرین میں گر کر تباہ ہو گیا جس میں سوار تمام 298 افراد ہلاک ہو گئے۔</p>"
        "<p>ہوا بازی کے ماہر کیپٹن (ر) انیس الرحمٰن قریشی نے کہا: ”اس بلندی پر کسی مسافر طیارے کو صرف زمین سے فضا میں مار کرنے والا بڑا میزائل ہی گرا سکتا ہے۔“</p>",
        lambda k: it(k, "یوکرین میں ملیشیائی طیارہ گر کر تباہ، 298 افراد ہلاک", w, [], quotes=[q("انیس الرحمٰن قریشی")],
                     note="No author element and only an agency dateline credit: []. Rank 'کیپٹن (ر)' is not part of the speaker's name. The MH17 crash of 17 July 2014 is the setting. Relevant."))
    w = d(2014, 7, 17, 19, 45, 0, 5.5)
    add(9915, "غزہ پر اسرائیلی بمباری جاری، اقوام متحدہ کی جنگ بندی کی اپیل", w,
        "<p>غزہ (ایجنسیاں) غزہ پر اسرائیلی فضائی حملوں کا سلسلہ دسویں روز بھی جاری رہا۔ اقوام متحدہ نے فوری جنگ بندی کی اپیل کی ہے۔</p>"
        "<p>مالیگاؤں میں جمعہ کے بعد فلسطینیوں سے اظہار یکجہتی کے لیے پرامن جلوس نکالا جائے گا۔</p>"
        "<p>— شکیل احمد انصاری</p>",
        lambda k: it(k, "غزہ پر اسرائیلی بمباری جاری، اقوام متحدہ کی جنگ بندی کی اپیل", w, ["شکیل احمد انصاری"], junk=["— شکیل احمد انصاری"],
                     note="The compiler's name is a dash-led sign-off at the end of the body: the byline to show. War in Gaza (July 2014): relevant."))
    w = d(2014, 7, 16, 11, 0, 0, 5.5)
    add(9904, "عراق میں پھنسے باقی ہندوستانیوں کی واپسی کی کوششیں تیز", w,
        "<p>نئی دہلی (ایجنسیاں) وزارت خارجہ نے کہا ہے کہ عراق میں پھنسے باقی ہندوستانی شہریوں کی واپسی کی کوششیں تیز کر دی گئی ہیں۔ اس ماہ کے اوائل میں موصل سے 46 ہندوستانی نرسیں وطن واپس پہنچی تھیں۔</p>"
        "<p>واپس آنے والی نرس میری جوزف نے کہا کہ ”ہم نے کبھی نہیں سوچا تھا کہ زندہ واپس آئیں گے۔“</p>",
        lambda k: it(k, "عراق میں پھنسے باقی ہندوستانیوں کی واپسی کی کوششیں تیز", w, [], quotes=[q("میری جوزف")],
                     note="The foreign ministry's effort to bring Indians home from Iraq: relevant. The speaker is one of the nurses who returned; no affiliation."))
    w = d(2014, 7, 15, 20, 0, 0, 5.5)
    add(9897, "مالیگاؤں: پاورلوم صنعت بجلی کٹوتی سے پریشان", w,
        "<p>مالیگاؤں (نامہ نگار) شہر میں روزانہ آٹھ گھنٹے کی بجلی کٹوتی سے پاورلوم صنعت بری طرح متاثر ہوئی ہے۔ پاورلوم مالکان کی انجمن کے صدر عبدالحمید مومن نے کہا کہ ”اگر یہی حال رہا تو ہزاروں مزدور بے روزگار ہو جائیں گے۔“</p>",
        lambda k: it(k, "مالیگاؤں: پاورلوم صنعت بجلی کٹوتی سے پریشان", w, [], rel=False, quotes=[q("عبدالحمید مومن", "پاورلوم مالکان کی انجمن")],
                     note="Local industry: a story, not relevant. Title label 'مالیگاؤں:' is the place, part of the headline."))
    w = d(2014, 7, 15, 6, 0, 0, 5.5)
    add(9890, "نظام الاوقات سحر و افطار — 17 رمضان المبارک", w,
        "<p>سحری: 4:41 — افطار: 7:14 (مالیگاؤں اور اطراف)</p>",
        lambda k: it(k, "نظام الاوقات سحر و افطار — 17 رمضان المبارک", w, [], story=False, rel=False, note="Sehri and iftar timetable: not a story."))
    w = d(2014, 7, 14, 12, 0, 0, 5.5)
    add(9884, "تصاویر: موسم باراں میں گرنا ندی کا منظر", w,
        "<p><img src=\"http://www.girnatimes.example/uploads/girna-monsoon.jpg\" alt=\"\" /></p>",
        lambda k: it(k, "تصاویر: موسم باراں میں گرنا ندی کا منظر", w, [], story=False, rel=False, note="Photo gallery: not a story."))
    head = (f"    <title>روزنامہ گرنا ٹائمز</title>\n    <link>{base}/</link>\n    <description>مالیگاؤں کا اردو روزنامہ</description>\n    <lastBuildDate>{rfc822(d(2014, 7, 18, 13, 25, 0, 5.5))}</lastBuildDate>\n"
            "    <docs>http://backend.userland.com/rss/</docs>\n    <generator>XOOPS</generator>\n    <category>خبریں</category>\n"
            "    <managingEditor>editor@girnatimes.example</managingEditor>\n    <webMaster>editor@girnatimes.example</webMaster>\n    <language>ur</language>\n"
            f"    <image>\n      <title>روزنامہ گرنا ٹائمز</title>\n      <url>{base}/images/logo.png</url>\n      <link>{base}/</link>\n      <width>92</width>\n      <height>52</height>\n    </image>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n' + head + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n"
    return feed("ur_in_girnatimes_khabrein_xoops25_2014.rss.xml", text, items, lang="ur", outlet="روزنامہ گرنا ٹائمز", aliases=["Girna Times", "گرنا ٹائمز"],
                ctype="text/xml; charset=utf-8",
                structure="Malegaon (Maharashtra) Urdu daily's news module backend from XOOPS 2.5 (/modules/news/backendt.php, July 2014): the XOOPS backend's channel order (title, link, description, lastBuildDate, docs, generator 'XOOPS', category, managingEditor, webMaster, language, image with width/height), two-space indentation, 'modules/news/article.php?storyid=<n>' links repeated as guids, NO author element, escaped HTML descriptions with run-in datelines 'شہر (ایجنسیاں)' / '(نامہ نگار)', a dash-led compiler sign-off, ”…“ quotes after 'نے کہا کہ' or 'نے کہا:', a rank '(ر)', +0530 dates, a Ramadan timetable and a photo gallery",
                notes="Home country India.")


FEEDS = [viriato, borborema, mangla, girna]
