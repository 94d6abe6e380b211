# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese and Urdu feeds of the fifty-first held-out set: a Porto daily's custom CMS, a
Mozambican site on WordPress 5.8, a Hyderabad Urdu daily on WordPress 5.2 and a Lahore Urdu daily's
custom PHP feed. All outlets, people and quotations are invented."""
from h51 import cd, d, esc, feed, gmt, it, q, rfc822, utc0, wpt


# ---------------------------------------------------------------- Porto daily, custom CMS (2018)
def douro():
    base = "https://www.jornaldodouro.example"
    rows, items = [], []

    def add(aid, slug, title, when, author, authors, desc, story=True, rel=True, quotes=None, junk=(), note=None, sec="mundo"):
        url = f"{base}/{sec}/{slug}-{aid}.html"
        au = f"\n\t\t\t<author>{esc(author)}</author>" if author else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{cd(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<description>{cd(desc)}</description>{au}\n\t\t\t<pubDate>{rfc822(when)}</pubDate>\n"
                    f"\t\t\t<guid>{url}</guid>\n\t\t\t<enclosure url=\"{base}/files/2018-10/{aid}_thumb.jpg\" type=\"image/jpeg\" length=\"15000\"/>\n\t\t</item>")
        items.append(it(url, title, when, authors, story, rel, junk, quotes, note))

    w = d(2018, 10, 28, 23, 50, 0, 0)
    add("10017433", "bolsonaro-eleito-presidente-do-brasil", "Bolsonaro eleito presidente do Brasil com 55% dos votos", w, "Lusa", [],
        "O candidato do PSL venceu a segunda volta das presidenciais brasileiras. O Governo português disse que trabalhará \"com as autoridades democraticamente eleitas\".",
        note="Agency credit (Lusa): []. Relevant.")
    w = d(2018, 10, 28, 18, 0, 0, 0)
    add("10017402", "brasileiros-no-porto-votam-em-massa", "Brasileiros no Porto fazem fila de horas para votar", w, "Helena Queirós Magalhães", ["Helena Queirós Magalhães"],
        "Na Escola Secundária Rodrigues de Freitas, a fila chegou à Praça da Batalha. \"Vim de Braga às seis da manhã\", contou Thiago Amorim, engenheiro.",
        quotes=[q("Thiago Amorim")], note="A foreign election voted in Porto: a story, relevant (a foreign election seen locally).")
    w = d(2018, 10, 27, 20, 15, 0, 1)
    add("10017351", "pittsburgh-tiroteio-sinagoga", "Tiroteio numa sinagoga em Pittsburgh faz 11 mortos", w, "Agências", [],
        "Um atirador abriu fogo durante a cerimónia de sábado. A polícia deteve um suspeito de 46 anos.",
        note="'Agências' is not a person. +0100 before the clocks changed on 28 October. Relevant.")
    w = d(2018, 10, 27, 11, 0, 0, 1)
    add("10017299", "khashoggi-opiniao-europa-armas-arabia-saudita", "Opinião: A Europa deve parar de vender armas a Riade", w, "Rui Pinto Ferraz", ["Rui Pinto Ferraz"],
        "O caso Khashoggi mostrou que os princípios da política externa europeia têm preço. Portugal não deve fingir que não sabe qual é.",
        note="Opinion: a story, relevant. Title label 'Opinião:' may be kept or dropped.")
    w = d(2018, 10, 26, 17, 30, 0, 1)
    add("10017250", "metro-do-porto-linha-rosa-concurso", "Metro do Porto lança concurso da Linha Rosa", w, "Joaquim Teixeira", ["Joaquim Teixeira"],
        "A nova linha ligará São Bento à Casa da Música em 2023, se o calendário for cumprido.", rel=False,
        note="Local news listed in the world feed: a story, not relevant.", sec="porto")
    w = d(2018, 10, 26, 9, 0, 0, 1)
    add("10017213", "video-brexit-portugueses-em-londres", "Vídeo: Portugueses em Londres preparam-se para o Brexit", w, "JD Vídeo", [],
        "Reportagem em Stockwell, o \"Little Portugal\".", story=False, rel=False,
        note="Video page: not a story. Title label 'Vídeo:' may be kept or dropped.")
    head = (f"\t\t<title>Jornal do Douro - Mundo</title>\n\t\t<link>{base}/mundo.html</link>\n\t\t<description>Jornal do Douro - Mundo</description>\n\t\t<language>pt-pt</language>\n"
            f"\t\t<copyright>Jornal do Douro</copyright>\n\t\t<lastBuildDate>{rfc822(d(2018, 10, 28, 23, 52, 0, 0))}</lastBuildDate>\n")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n\t<channel>\n' + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("pt_jornaldodouro_mundo.rss.xml", text, items, lang="pt", outlet="Jornal do Douro",
                structure="Porto daily's 'Mundo' feed from a newspaper group's custom CMS: tab indentation, channel 'Brand - Mundo' repeated as description, pt-pt, '/<section>/<slug>-<8 digits>.html' links as bare guids, CDATA titles and plain-text descriptions, RSS <author> holding a journalist, 'Lusa', 'Agências' or 'JD Vídeo', enclosures with a length, dates across the end of summer time (+0100 then +0000) in October 2018, an opinion piece, a local item and a video")


# ---------------------------------------------------------------- Mozambican outlet on WordPress 5.8 with Jetpack (2021)
def zambeze():
    base = "https://zambezeonline.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, authors, cats, excerpt, body, story=True, rel=True, quotes=None, junk=(), note=None):
        url = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{utc0(when)}</pubDate>{cts}\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
                    f"\t\t\t\t\t\n\t\t\n\t\t<media:content url=\"{base}/wp-content/uploads/2021/08/{slug[:20]}.jpg\" medium=\"image\" />\n\t</item>")
        items.append(it(f"{base}/?p={pid}", title, when, authors, story, rel, junk, quotes, note))

    jp = '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Partilhe isto:</h3></div></div>'
    w = d(2021, 8, 16, 14, 20, 0, 2)
    add(55812, "cabul-cai-nas-maos-dos-talibas", "Cabul cai nas mãos dos talibãs, Presidente afegão foge do país", w, "Redacção", [], ["Mundo"],
        "Os talibãs entraram em Cabul no domingo e tomaram o palácio presidencial. [&hellip;]",
        "<p>Os talibãs entraram em Cabul no domingo e tomaram o palácio presidencial, vinte anos depois de terem sido afastados do poder.</p>" + jp,
        junk=["Partilhe isto"], note="'Redacção' is not a person. Jetpack sharing block 'Partilhe isto:' is junk. Relevant.")
    w = d(2021, 8, 15, 19, 0, 0, 2)
    add(55790, "sadc-cimeira-lilongwe-missao-cabo-delgado", "Cimeira da SADC em Lilongwe prolonga missão militar em Cabo Delgado", w, "Aníbal Muianga", ["Aníbal Muianga"], ["Mundo", "África"],
        "Os chefes de Estado da SADC aprovaram a extensão do mandato da força regional. [&hellip;]",
        "<p><strong>Lilongwe</strong> &#8211; Os chefes de Estado da SADC aprovaram a extensão do mandato da força regional destacada em Cabo Delgado.</p><p>&#8220;A presença regional é necessária, mas não substitui o diálogo com as comunidades&#8221;, disse o investigador Celso Macuácua Ngovene.</p>" + jp,
        quotes=[q("Celso Macuácua Ngovene")], junk=["Partilhe isto"], note="Regional bloc's decision on a mission in the home country: relevant (foreign and regional policy).")
    w = d(2021, 8, 14, 16, 30, 0, 2)
    add(55771, "haiti-sismo-mortos", "Sismo de magnitude 7,2 faz centenas de mortos no Haiti", w, "Lusa", [], ["Mundo"],
        "Um sismo atingiu o sudoeste do Haiti, destruindo casas e igrejas. [&hellip;]",
        "<p>Um sismo atingiu o sudoeste do Haiti, destruindo casas e igrejas. (Lusa)</p>" + jp,
        junk=["(Lusa)", "Partilhe isto"], note="Agency copy; '(Lusa)' tag is junk. Relevant.")
    w = d(2021, 8, 13, 11, 15, 0, 2)
    add(55750, "zambia-eleicoes-hichilema-lidera", "Zâmbia: Hichilema lidera contagem, Lungu denuncia irregularidades", w, "Aníbal Muianga", ["Aníbal Muianga"], ["Mundo", "África"],
        "A contagem parcial dá vantagem ao líder da oposição. [&hellip;]",
        "<p>A contagem parcial dá vantagem ao líder da oposição. &#8220;Os zambianos votaram pela mudança&#8221;, disse à nossa reportagem Mwila Banda, observadora em Lusaka.</p>" + jp,
        quotes=[q("Mwila Banda")], junk=["Partilhe isto"], note="Neighbouring country's election: relevant.")
    w = d(2021, 8, 12, 9, 0, 0, 2)
    add(55733, "cambio-metical-dolar-12-agosto", "Câmbio do dia: metical estável face ao dólar e ao rand", w, "Zambeze Online", [], ["Economia"],
        "Tabela de câmbio do Banco de Moçambique.",
        "<table><tr><td>USD</td><td>63,83 MT</td></tr><tr><td>ZAR</td><td>4,37 MT</td></tr></table>" + jp,
        story=False, rel=False, note="Exchange-rate table: not a story.")
    w = d(2021, 8, 11, 18, 40, 0, 2)
    add(55712, "malawi-exporta-energia-mocambique-acordo", "Moçambique e Malawi assinam acordo de interligação eléctrica", w, "Redacção", [], ["Mundo", "Economia"],
        "A linha de 218 quilómetros ligará Matambo a Phombeya até 2024. [&hellip;]",
        "<p>A linha de 218 quilómetros ligará Matambo a Phombeya até 2024, com financiamento do Banco Mundial.</p>" + jp,
        junk=["Partilhe isto"], note="Bilateral agreement with a neighbour: relevant.")
    head = (f"\t<title>Mundo &#8211; Zambeze Online</title>\n\t<atom:link href=\"{base}/category/mundo/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n"
            f"\t<description>Notícias de Moçambique e do mundo</description>\n\t<lastBuildDate>{utc0(d(2021, 8, 16, 14, 22, 0, 2))}</lastBuildDate>\n\t<language>pt-PT</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=5.8</generator>\n")
    ns = ('xmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n'
          '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\txmlns:media="http://search.yahoo.com/mrss/"')
    text = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\t{ns}\n\t>\n\n<channel>\n' + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("pt_mz_zambezeonline_mundo_wp58.rss.xml", text, items, lang="pt", outlet="Zambeze Online",
                ctype="application/rss+xml; charset=UTF-8",
                structure="Mozambican news site (Beira/Maputo) on WordPress 5.8 with Jetpack: channel 'Mundo &#8211; Brand', pt-PT, sy:update* whitespace, '/YYYY/MM/DD/<slug>/' links, '?p=<id>' guids, UTC dates (newsroom +0200), CDATA dc:creator with a journalist, 'Redacção', 'Lusa' or the brand, CDATA categories, excerpts ending '[&hellip;]', content:encoded with the Jetpack 'Partilhe isto:' sharing block, a '(Lusa)' tag, media:content, August 2021, an exchange-rate table")


# ---------------------------------------------------------------- Hyderabad Urdu daily on WordPress 5.2 (2019)
def deccan():
    base = "https://www.roznamadeccanawaz.example"
    rows, items = [], []

    def add(pid, title, when, creator, authors, excerpt, body, story=True, rel=True, quotes=None, junk=(), note=None, cats=("عالمی خبریں",)):
        url = f"{base}/?p={pid}"
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#respond</comments>\n\t\t<pubDate>{utc0(when)}</pubDate>\n"
                    f"\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>{cts}\n\n\t\t<guid isPermaLink=\"false\">{url}</guid>\n\t\t<description><![CDATA[{excerpt}]]></description>\n"
                    f"\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n\t\t\t\t\t\t\t</item>")
        items.append(it(url, title, when, authors, story, rel, junk, quotes, note))

    w = d(2019, 8, 6, 20, 30, 0, 5.5)
    add(198442, "کشمیر پر بھارتی فیصلہ: پاکستان نے سفارتی تعلقات محدود کر دیے", w, "ایجنسیاں", [],
        "اسلام آباد ۔ پاکستان نے ہندوستان کے ساتھ سفارتی تعلقات محدود کرنے اور دوطرفہ تجارت معطل کرنے کا اعلان کیا ہے۔ [&hellip;]",
        "<p><strong>اسلام آباد ۔ 6 اگست (ایجنسیاں)</strong> پاکستان نے ہندوستان کے ساتھ سفارتی تعلقات محدود کرنے اور دوطرفہ تجارت معطل کرنے کا اعلان کیا ہے۔</p><p>دفتر خارجہ کے مطابق ہندوستانی ہائی کمشنر کو واپس بھیجا جائے گا۔</p>",
        junk=["(ایجنسیاں)"], note="'ایجنسیاں' (agencies) is not a person; the bold dateline with the agency tag is junk. A neighbour's reaction to India's decision: relevant.")
    w = d(2019, 8, 6, 15, 0, 0, 5.5)
    add(198420, "ہانگ کانگ میں عام ہڑتال، پروازیں منسوخ", w, "ایجنسیاں", [],
        "ہانگ کانگ میں مظاہرین کی عام ہڑتال کے باعث دو سو سے زائد پروازیں منسوخ کر دی گئیں۔ [&hellip;]",
        "<p><strong>ہانگ کانگ ۔ 5 اگست (ایجنسیاں)</strong> ہانگ کانگ میں مظاہرین کی عام ہڑتال کے باعث دو سو سے زائد پروازیں منسوخ کر دی گئیں۔</p>",
        junk=["(ایجنسیاں)"], note="Relevant.")
    w = d(2019, 8, 5, 21, 0, 0, 5.5)
    add(198391, "امریکہ میں فائرنگ کے دو واقعات، 29 ہلاک", w, "محمد فصیح الدین", ["محمد فصیح الدین"],
        "ٹیکساس اور اوہائیو میں چوبیس گھنٹوں کے اندر فائرنگ کے دو واقعات میں 29 افراد ہلاک ہو گئے۔ [&hellip;]",
        "<p>ٹیکساس اور اوہائیو میں چوبیس گھنٹوں کے اندر فائرنگ کے دو واقعات میں 29 افراد ہلاک ہو گئے۔</p><p>ڈیلاس میں مقیم حیدرآبادی ڈاکٹر سلمان قریشی نے کہا کہ ”کمیونٹی میں خوف ہے لیکن ہم متحد ہیں“۔</p>",
        quotes=[q("سلمان قریشی")], note="A person as dc:creator. Relevant.")
    w = d(2019, 8, 5, 12, 0, 0, 5.5)
    add(198370, "خلیجی ممالک میں ہندوستانی ورکرس کیلئے نئے ویزا قواعد", w, "نمائندہ خصوصی", [],
        "سعودی عرب اور متحدہ عرب امارات نے ہندوستانی ورکرس کیلئے ویزا قواعد میں تبدیلی کی ہے جس کا اثر تلنگانہ کے ہزاروں خاندانوں پر پڑے گا۔ [&hellip;]",
        "<p>سعودی عرب اور متحدہ عرب امارات نے ہندوستانی ورکرس کیلئے ویزا قواعد میں تبدیلی کی ہے جس کا اثر تلنگانہ کے ہزاروں خاندانوں پر پڑے گا۔</p>",
        note="'نمائندہ خصوصی' (special correspondent) is a credit: []. Gulf states' visa rules for Indian workers: relevant.", cats=("عالمی خبریں", "خلیج"))
    w = d(2019, 8, 4, 19, 0, 0, 5.5)
    add(198349, "ویڈیو: مکہ مکرمہ میں حجاج کرام کی آمد", w, "ویب ڈیسک", [],
        "ویڈیو دیکھئے",
        '<p><iframe src="https://www.youtube.example/embed/h7Ka2" width="560" height="315"></iframe></p>',
        story=False, rel=False, note="Video embed: not a story. Title label 'ویڈیو:' may be kept or dropped.")
    w = d(2019, 8, 4, 10, 0, 0, 5.5)
    add(198330, "تجزیہ: افغان امن مذاکرات اور خطے پر اثرات", w, "ڈاکٹر عارف الدین احمد", ["عارف الدین احمد"],
        "دوحہ میں امریکہ اور طالبان کے درمیان مذاکرات کا آٹھواں دور جاری ہے۔ [&hellip;]",
        "<p>دوحہ میں امریکہ اور طالبان کے درمیان مذاکرات کا آٹھواں دور جاری ہے۔ اس کا اثر ہندوستان کی علاقائی حکمت عملی پر بھی پڑے گا۔</p>",
        note="Analysis: a story, relevant. 'ڈاکٹر' (Dr) is a title, not part of the name. Title label 'تجزیہ:' may be kept or dropped.")
    head = (f"\t<title>عالمی خبریں &#8211; روزنامہ دکن آواز</title>\n\t<atom:link href=\"{base}/?cat=7&#038;feed=rss2\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n"
            f"\t<description>حیدرآباد کا اردو روزنامہ</description>\n\t<lastBuildDate>{utc0(d(2019, 8, 6, 20, 31, 0, 5.5))}</lastBuildDate>\n\t<language>ur</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=5.2.2</generator>\n")
    ns = (' xmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
          '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"')
    text = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\t{ns.strip()}\n\t>\n\n<channel>\n' + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("ur_in_deccanawaz_alami_wp52.rss.xml", text, items, lang="ur", outlet="روزنامہ دکن آواز", aliases=["دکن آواز"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Hyderabad (Telangana) Urdu daily's 'عالمی خبریں' category on WordPress 5.2 with plain permalinks ('?p=<id>' as link AND guid, the self link '?cat=7&#038;feed=rss2'), channel 'Category &#8211; Brand', language 'ur', UTC dates (newsroom +0530), CDATA dc:creator with 'ایجنسیاں', 'نمائندہ خصوصی', 'ویب ڈیسک', a person or 'ڈاکٹر Name', Urdu CDATA categories, excerpts ending '[&hellip;]', bold datelines 'شہر ۔ تاریخ (ایجنسیاں)', ”…“ quotes, August 2019, a video and an analysis")


# ---------------------------------------------------------------- Lahore Urdu daily, custom PHP (2023)
def ravi():
    base = "https://www.roznamaravi.example"
    rows, items = [], []

    def add(nid, title, when, desc, story=True, rel=True, quotes=None, junk=(), note=None, authors=(), cat="بین الاقوامی"):
        url = f"{base}/news/{nid}"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>\n<description>{cd(desc)}</description>\n"
                    f"<category>{cat}</category>\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(it(url, title, when, list(authors), story, rel, junk, quotes, note))

    w = d(2023, 10, 18, 22, 10, 0, 5)
    add(1129384, "غزہ کے ہسپتال پر حملہ، سینکڑوں افراد جاں بحق", w,
        "<p>غزہ (مانیٹرنگ ڈیسک) غزہ کے ایک ہسپتال پر حملے میں سینکڑوں افراد جاں بحق ہو گئے، عرب لیگ نے ہنگامی اجلاس طلب کر لیا۔</p>",
        junk=["(مانیٹرنگ ڈیسک)"], note="Dateline with a desk credit in brackets: junk; no author. Relevant.")
    w = d(2023, 10, 18, 16, 0, 0, 5)
    add(1129350, "چین کا بیلٹ اینڈ روڈ فورم، پاکستان کیلئے نئے منصوبوں کا اعلان", w,
        "<p>بیجنگ (نمائندہ روزنامہ راوی) بیلٹ اینڈ روڈ فورم میں پاکستان کیلئے سی پیک کے دوسرے مرحلے کے منصوبوں کا اعلان کیا گیا۔</p><p>ماہر معاشیات ڈاکٹر ثمینہ اشرف نے کہا کہ ”اصل امتحان منصوبوں پر عمل درآمد ہے“۔</p>",
        quotes=[q("ثمینہ اشرف")], junk=["(نمائندہ روزنامہ راوی)"], note="Pakistan's relations with China: relevant. 'ڈاکٹر' is a title.")
    w = d(2023, 10, 17, 20, 30, 0, 5)
    add(1129311, "افغان مہاجرین کی واپسی کی ڈیڈ لائن، کابل کا احتجاج", w,
        "<p>کابل (اے ایف پی) افغان حکومت نے غیر قانونی مقیم افغان شہریوں کو یکم نومبر تک ملک چھوڑنے کے پاکستانی فیصلے پر احتجاج کیا ہے۔</p>",
        junk=["(اے ایف پی)"], note="Agency tag in the dateline. Pakistan's policy toward Afghan refugees and Kabul's reaction: relevant.")
    w = d(2023, 10, 17, 11, 0, 0, 5)
    add(1129290, "لاہور میں اسموگ، اسکول ہفتے میں دو دن بند", w,
        "<p>لاہور (سٹاف رپورٹر) پنجاب حکومت نے اسموگ کے باعث نجی و سرکاری اسکول ہفتہ اور اتوار بند رکھنے کا اعلان کیا ہے۔</p>",
        rel=False, junk=["(سٹاف رپورٹر)"], note="Home city news in the feed: a story, not relevant.", cat="لاہور")
    w = d(2023, 10, 16, 19, 0, 0, 5)
    add(1129255, "کالم: مشرق وسطیٰ کی آگ اور ہماری خارجہ پالیسی", w,
        "<p>غزہ کی جنگ نے ایک بار پھر ثابت کیا ہے کہ مسلم دنیا کی آواز منقسم ہے۔</p><p>تحریر: جاوید اقبال چوہدری</p>",
        authors=["جاوید اقبال چوہدری"], junk=["تحریر:"], note="Column: a story, relevant; the writer is named in the closing 'تحریر:' line. Title label 'کالم:' may be kept or dropped.")
    w = d(2023, 10, 16, 9, 0, 0, 5)
    add(1129230, "کرکٹ ورلڈ کپ: پاکستان کو بھارت کے ہاتھوں شکست", w,
        "<p>احمد آباد (سپورٹس ڈیسک) ورلڈ کپ کے میچ میں بھارت نے پاکستان کو سات وکٹوں سے ہرا دیا۔</p>",
        rel=False, junk=["(سپورٹس ڈیسک)"], note="Sport: a story, not relevant.", cat="کھیل")
    head = (f"<title>روزنامہ راوی - بین الاقوامی</title>\n<link>{base}/international</link>\n<description>روزنامہ راوی لاہور</description>\n<language>ur-PK</language>\n"
            f"<lastBuildDate>{rfc822(d(2023, 10, 18, 22, 12, 0, 5))}</lastBuildDate>\n")
    text = '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("ur_pk_roznamaravi_international.rss.xml", text, items, lang="ur", outlet="روزنامہ راوی", aliases=["راوی"],
                ctype="application/xml; charset=UTF-8",
                structure="Lahore Urdu daily's 'بین الاقوامی' feed from a custom PHP CMS: '<?xml … ?>' with a space, no indentation, channel 'Brand - بین الاقوامی', ur-PK, '/news/<7 digits>' permalink guids BEFORE the description, no author element, CDATA <p> descriptions opening with 'شہر (credit)' datelines (desk, agency or staff reporter), ”…“ quotes, a closing 'تحریر: Name' line on a column, Urdu categories, +0500 dates in October 2023, a Lahore item and a cricket result")


FEEDS = [douro, zambeze, deccan, ravi]
