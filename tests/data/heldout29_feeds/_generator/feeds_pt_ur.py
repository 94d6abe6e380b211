# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese and Urdu feeds of the twenty-ninth held-out set: a São Paulo daily's RSS 0.91 in
ISO-8859-1 (2016), a Lisbon daily's FeedBurner feed (2017), a public broadcaster's Urdu service
Atom feed (2015) and a Lahore/Karachi Urdu daily's world page feed (2018). All outlets, people
and quotations are invented."""
from h29 import cd, d, esc, feed, it, q, rfc822


# ---------------------------------------------------------------- São Paulo daily, RSS 0.91 in ISO-8859-1 with the redir prefix (2016)
def folheto():
    rows, items = [], []
    redir = "http://redir.folhetopaulista.example/redirect/online/mundo/rss091/*"
    base = "http://www1.folhetopaulista.example/mundo/2016/11"

    def add(n, slug, title, when, desc, exp):
        url = f"{redir}{base}/{n}-{slug}.shtml"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>\n{esc(desc)}\n</description>\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(url))

    o = -2
    w = d(2016, 11, 9, 6, 42, 0, o)
    add("1830644", "trump-vence-eleicao-e-sera-o-45-presidente-dos-eua", "Trump vence eleição e será o 45º presidente dos EUA", w,
        "O republicano Donald Trump venceu a eleição presidencial americana nesta terça-feira (8), contrariando as pesquisas, ao conquistar Estados decisivos como Flórida, Ohio e Pensilvânia. A candidata democrata reconheceu a derrota por telefone.",
        lambda k: it(k, "Trump vence eleição e será o 45º presidente dos EUA", w,
                     note="RSS 0.91 item (title, link, description, plus a pubDate the CMS adds): the only link is the redir URL with the article URL after '*'; description text surrounded by newlines; ISO-8859-1 bytes."))
    w = d(2016, 11, 9, 13, 15, 0, o)
    add("1830801", "itamaraty-diz-que-relacao-com-eua-sera-pragmatica", "Itamaraty diz que relação com novo governo dos EUA será 'pragmática'", w,
        "O governo brasileiro afirmou que manterá com o presidente eleito dos EUA a mesma relação de parceria. \"Não há razão para alarme. Os interesses do Brasil e dos EUA são permanentes\", disse o porta-voz do Itamaraty, Renato Azevedo Lins.",
        lambda k: it(k, "Itamaraty diz que relação com novo governo dos EUA será 'pragmática'", w, quotes=[q("Renato Azevedo Lins", "Itamaraty")]))
    w = d(2016, 11, 9, 11, 30, 0, o)
    add("1830752", "bolsa-cai-e-dolar-dispara-apos-resultado-nos-eua", "Bolsa cai e dólar dispara após resultado nos EUA", w,
        "O dólar chegou a subir 5% ante o real na abertura do mercado, e a Bolsa de São Paulo recuava 3% no fim da manhã.",
        lambda k: it(k, "Bolsa cai e dólar dispara após resultado nos EUA", w, rel=False, note="Domestic market reaction: not relevant."))
    w = d(2016, 11, 9, 9, 0, 0, o)
    add("1830700", "veja-fotos-da-noite-eleitoral-nos-eua", "Veja fotos da noite eleitoral nos EUA", w,
        "Eleitores acompanharam a apuração em Nova York, Chicago e Miami.",
        lambda k: it(k, "Veja fotos da noite eleitoral nos EUA", w, story=False, rel=False, note="Photo gallery ('Veja fotos'): not a story."))
    w = d(2016, 11, 8, 20, 10, 0, o)
    add("1830590", "colombia-e-farc-anunciam-novo-acordo-de-paz", "Colômbia e Farc anunciam novo acordo de paz após derrota no plebiscito", w,
        "Negociadores do governo colombiano e da guerrilha disseram em Havana que o novo texto incorpora propostas dos opositores do primeiro acordo, rejeitado nas urnas em outubro.",
        lambda k: it(k, "Colômbia e Farc anunciam novo acordo de paz após derrota no plebiscito", w))
    w = d(2016, 11, 8, 15, 45, 0, o)
    add("1830512", "terremoto-de-magnitude-6-atinge-nova-zelandia", "Terremoto de magnitude 6 atinge ilha Sul da Nova Zelândia", w,
        "Não há registro de vítimas. O tremor foi sentido em Christchurch, cidade devastada por um terremoto em 2011.",
        lambda k: it(k, "Terremoto de magnitude 6 atinge ilha Sul da Nova Zelândia", w, rel=False, note="Natural event abroad without casualties or policy angle: not relevant."))
    order = sorted(range(len(rows)), key=lambda i: items[i].published, reverse=True)  # newest first, as the CMS lists them
    rows = [rows[i] for i in order]
    items = [items[i] for i in order]
    channel = ("<title>Folheto Paulista - Mundo - Principal</title>\n<link>http://www1.folhetopaulista.example/mundo/</link>\n<description>Folheto Paulista - Mundo - Principal</description>\n"
               "<language>pt-br</language>\n<copyright>Copyright Folheto Paulista. Todos os direitos reservados. É proibida a reprodução do conteúdo desta página em qualquer meio de comunicação, eletrônico ou impresso, sem autorização escrita da Folhetopress.</copyright>\n"
               "<image>\n<title>Folheto Paulista - Mundo - Principal</title>\n<url>http://f.folhetoimg.example/folha/images/logo-folheto-rss.gif</url>\n<link>http://www1.folhetopaulista.example/mundo/</link>\n<width>120</width>\n<height>34</height>\n</image>")
    text = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n'
            '<rss version="0.91">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("pt_br_folhetopaulista_mundo_rss091.xml", text, items, lang="pt", outlet="Folheto Paulista", encoding="latin-1", declared="iso-8859-1",
                ctype="text/xml; charset=ISO-8859-1", shape="rss091",
                structure="Folha de S.Paulo-style (São Paulo) daily's 'Mundo - Principal' feed ('/mundo/rss091.xml') as of November 2016: ISO-8859-1 declared and used (ã ç é º as single bytes), the Netscape RSS 0.91 DOCTYPE with its external DTD, <rss version=\"0.91\">, channel title repeated as description, the long 'É proibida a reprodução…' copyright, image 120x34, items with no guid and no author: title, link through the 'redir…/rss091/*http://…' redirect prefix, description text between newlines, a pubDate with -0200 (Brazilian summer time), straight double quotes, a 'Veja fotos' gallery")


# ---------------------------------------------------------------- Lisbon daily, Mundo feed through FeedBurner (2017)
def pulso():
    rows, items = [], []
    fb = "http://feeds.feedburner.example/~r/PulsoMundo/~3"

    def add(tok, path, title, when, creator, desc, exp, cat="Mundo"):
        orig = f"https://www.pulso.example/{path}"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{fb}/{tok}/{path.rsplit('/', 1)[-1]}</link><guid isPermaLink=\"false\">{orig}</guid>"
                    f"<description>{esc(desc)}&lt;img src=\"http://feeds.feedburner.example/~r/PulsoMundo/~4/{tok}\" height=\"1\" width=\"1\" alt=\"\"/&gt;</description>"
                    f"<category>{cat}</category>{cr}<pubDate>{rfc822(when)}</pubDate><feedburner:origLink>{orig}</feedburner:origLink></item>")
        items.append(exp(orig))

    o = 1
    w = d(2017, 10, 1, 21, 30, 0, o)
    add("aB3dF9kLmN0", "2017/10/01/mundo/noticia/referendo-na-catalunha-cargas-policiais-e-centenas-de-feridos-1787345", "Referendo na Catalunha: cargas policiais e centenas de feridos", w,
        "Nuno Ribeiro Sá, em Barcelona",
        "A polícia espanhola carregou sobre eleitores em dezenas de assembleias de voto. O governo regional fala em 844 feridos; Madrid diz que o referendo \"não existiu\". \"Hoje ganhámos o direito a ser ouvidos\", afirmou o porta-voz do governo catalão, Jordi Puigventós.",
        lambda k: it(k, "Referendo na Catalunha: cargas policiais e centenas de feridos", w, ["Nuno Ribeiro Sá"], quotes=[q("Jordi Puigventós")], junk=['height="1"'],
                     note="dc:creator 'Name, em City' (the place after ', em' is not part of the name); FeedBurner 1-pixel tracking <img> escaped at the end of the description."))
    w = d(2017, 10, 1, 18, 5, 0, o)
    add("cD4eG0lMnO1", "2017/10/01/mundo/noticia/onu-pede-investigacao-a-violencia-policial-na-catalunha-1787330", "ONU pede investigação à violência policial na Catalunha", w,
        "Inês Carvalhosa",
        "O Alto Comissariado para os Direitos Humanos diz estar \"profundamente perturbado\" com as imagens de Barcelona e pede às autoridades espanholas uma investigação independente.",
        lambda k: it(k, "ONU pede investigação à violência policial na Catalunha", w, ["Inês Carvalhosa"], junk=['height="1"']))
    w = d(2017, 10, 1, 12, 0, 0, o)
    add("eF5fH1mNoP2", "2017/10/01/mundo/opiniao/a-europa-e-o-precedente-catalao-1787301", "A Europa e o precedente catalão", w,
        "Teresa Castro Sarmento",
        "Bruxelas pode continuar a dizer que é um assunto interno de Espanha. Mas o que se passou hoje em Barcelona já não é apenas um problema espanhol.",
        lambda k: it(k, "A Europa e o precedente catalão", w, ["Teresa Castro Sarmento"], junk=['height="1"'], note="Opinion column (category Opinião): a story, relevant."), cat="Opinião")
    w = d(2017, 10, 1, 9, 0, 0, o)
    add("gH6iJ2nOpQ3", "2017/10/01/mundo/podcast/p24-o-dia-do-referendo-1787290", "P24: O que está em jogo no referendo catalão", w,
        "",
        "O podcast diário do PULSO. Ouça aqui a edição deste domingo.",
        lambda k: it(k, "P24: O que está em jogo no referendo catalão", w, [], story=False, rel=False, note="Daily podcast episode: not a story."), cat="Podcast")
    w = d(2017, 9, 30, 19, 40, 0, o)
    add("iJ7kL3oPqR4", "2017/09/30/sociedade/noticia/incendios-governo-prolonga-situacao-de-alerta-no-centro-1787260", "Incêndios: Governo prolonga situação de alerta no Centro do país", w,
        "Carla Moutinho",
        "O calor e a seca levaram o Ministério da Administração Interna a manter os meios de combate em prontidão até meados de Outubro.",
        lambda k: it(k, "Incêndios: Governo prolonga situação de alerta no Centro do país", w, ["Carla Moutinho"], rel=False, junk=['height="1"'],
                     note="Portuguese domestic item in the feed: not relevant."), cat="Sociedade")
    w = d(2017, 9, 30, 15, 12, 0, o)
    add("kL8mN4pQrS5", "2017/09/30/mundo/noticia/eua-retiram-metade-dos-diplomatas-de-havana-1787241", "EUA retiram metade dos diplomatas de Havana após \"ataques\" misteriosos", w,
        "",
        "Washington suspende a emissão de vistos em Cuba e aconselha os americanos a não viajarem para a ilha. Pelo menos 21 funcionários da embaixada sofreram sintomas como perda de audição.",
        lambda k: it(k, "EUA retiram metade dos diplomatas de Havana após \"ataques\" misteriosos", w, [], junk=['height="1"']))
    channel = ("<title>PULSO - Mundo</title><link>https://www.pulso.example/mundo</link><description>As últimas notícias do mundo no PULSO</description><language>pt-PT</language>"
               f"<lastBuildDate>{rfc822(d(2017, 10, 1, 21, 35, 0, o))}</lastBuildDate>"
               '<atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="self" type="application/rss+xml" href="http://feeds.feedburner.example/PulsoMundo" /><feedburner:info uri="pulsomundo" />'
               '<atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="hub" href="http://pubsubhubbub.appspot.com/" />')
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" media="screen" href="/~d/styles/rss2full.xsl"?><?xml-stylesheet type="text/css" media="screen" href="http://feeds.feedburner.example/~d/styles/itemcontent.css"?>'
            '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" version="2.0"><channel>' + channel + "".join(rows) + "</channel></rss>\n")
    return feed("pt_pt_pulso_mundo_feedburner_2017.rss.xml", text, items, lang="pt", outlet="Pulso", aliases=["PULSO"],
                structure="PÚBLICO-style (Lisbon) daily's Mundo feed through FeedBurner as of October 2017: two xml-stylesheet PIs glued to <rss>, dc and feedburner namespaces, upper-case brand 'BRAND - Mundo', pt-PT, feedburner self/hub/info links, one-line items: title, '/~r/BrandMundo/~3/<token>/<slug>' redirect link, the original '/YYYY/MM/DD/<section>/<noticia|opiniao|podcast>/<slug>-<7 digits>' URL as non-permalink guid and origLink LAST, plain description ending in an escaped 1-pixel FeedBurner <img>, <category> section, dc:creator 'Name, em City' or absent, an opinion column, a daily podcast, a domestic item, +0100 dates with English day/month names")


# ---------------------------------------------------------------- public broadcaster's Urdu service, Atom (2015)
def albion_urdu():
    entries, items = [], []
    base = "http://www.albionnews.example/urdu"

    def add(path, title, summary, when, exp):
        url = f"{base}/{path}"
        tag = f"tag:www.albionurdu.example,2005:/urdu/{path.rsplit('.', 1)[0]}"
        entries.append(f"<entry>\n<title type=\"text\">{esc(title)}</title>\n<summary type=\"text\">{esc(summary)}</summary>\n"
                       f"<link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n<id>{tag}</id>\n<published>{when.isoformat()}</published>\n<updated>{when.isoformat()}</updated>\n"
                       f"<link rel=\"related\" type=\"image/jpeg\" href=\"http://wscdn.albionnews.example/worldservice/assets/images/2015/09/{path[-20:-6]}_304x171.jpg\"/>\n</entry>")
        items.append(exp(tag))

    w = d(2015, 9, 3, 10, 12, 44, 0)
    add("world/2015/09/150903_hungary_budapest_station_migrants_sz.shtml", "ہنگری: بوڈاپیسٹ کے ریلوے سٹیشن پر ہزاروں پناہ گزین پھنس گئے",
        "ہنگری کی حکومت نے دارالحکومت کے مرکزی ریلوے سٹیشن سے مغربی یورپ جانے والی ٹرینیں روک دی ہیں جس کے بعد ہزاروں پناہ گزین وہیں پھنس کر رہ گئے ہیں۔", w,
        lambda k: it(k, "ہنگری: بوڈاپیسٹ کے ریلوے سٹیشن پر ہزاروں پناہ گزین پھنس گئے", w,
                     note="Atom: tag: URI ids, type=text title and summary, published/updated +00:00, a related image link; no author."))
    w = d(2015, 9, 3, 8, 30, 5, 0)
    add("world/2015/09/150903_eu_refugee_quota_plan_rh.shtml", "یورپی یونین کا پناہ گزینوں کی لازمی تقسیم کا منصوبہ",
        "یورپی کمیشن نے رکن ممالک کے درمیان ایک لاکھ بیس ہزار پناہ گزینوں کی لازمی تقسیم کی تجویز تیار کی ہے۔ کمیشن کے ترجمان کارل ہینرک ووس نے کہا: ”یہ یورپ کی یکجہتی کا امتحان ہے۔“", w,
        lambda k: it(k, "یورپی یونین کا پناہ گزینوں کی لازمی تقسیم کا منصوبہ", w, quotes=[q("کارل ہینرک ووس", "یورپی کمیشن")]))
    w = d(2015, 9, 3, 6, 0, 0, 0)
    add("multimedia/2015/09/150903_video_turkey_beach_child_image_zz.shtml", "ویڈیو: ترکی کے ساحل پر ملنے والی تصویر جس نے دنیا کو ہلا دیا",
        "اس تصویر کے بعد یورپ میں پناہ گزینوں کے بارے میں بحث کا رخ بدل گیا ہے۔", w,
        lambda k: it(k, "ترکی کے ساحل پر ملنے والی تصویر جس نے دنیا کو ہلا دیا", w, story=False, rel=False,
                     note="Video item (/multimedia/ path): not a story. Title label 'ویڈیو:' may be kept or dropped."))
    w = d(2015, 9, 3, 4, 15, 20, 0)
    add("world/2015/09/150903_china_military_parade_troop_cut_sa.shtml", "چین کی فوجی پریڈ: فوج میں تین لاکھ اہلکاروں کی کمی کا اعلان",
        "دوسری عالمی جنگ کے خاتمے کی 70ویں سالگرہ پر بیجنگ میں ہونے والی پریڈ میں چین کے صدر نے کہا کہ ان کا ملک کبھی بالادستی نہیں چاہے گا۔", w,
        lambda k: it(k, "چین کی فوجی پریڈ: فوج میں تین لاکھ اہلکاروں کی کمی کا اعلان", w))
    w = d(2015, 9, 3, 2, 40, 0, 0)
    add("world/2015/09/150903_guatemala_president_resigns_hk.shtml", "گوئٹے مالا کے صدر مستعفی، گرفتاری کا وارنٹ جاری",
        "کسٹمز کے محکمے میں رشوت کے ایک بڑے سکینڈل میں نام آنے کے بعد گوئٹے مالا کے صدر نے استعفیٰ دے دیا ہے۔", w,
        lambda k: it(k, "گوئٹے مالا کے صدر مستعفی، گرفتاری کا وارنٹ جاری", w, note="A head of state's resignation abroad: world politics, relevant."))
    w = d(2015, 9, 2, 15, 5, 0, 0)
    add("sport/2015/09/150902_tokyo_olympics_logo_withdrawn_ss.shtml", "ٹوکیو اولمپکس کا لوگو نقل کے الزام کے بعد واپس",
        "منتظمین نے 2020 کے اولمپک کھیلوں کا لوگو ایک بیلجیئن ڈیزائنر کے الزامات کے بعد واپس لے لیا ہے۔", w,
        lambda k: it(k, "ٹوکیو اولمپکس کا لوگو نقل کے الزام کے بعد واپس", w, rel=False, note="Sport/design dispute: not relevant."))
    head = ("<title>Albion Urdu - عالمی خبریں</title>\n<subtitle>البیون اردو ڈاٹ کام، دنیا بھر کی خبریں</subtitle>\n<id>tag:www.albionurdu.example,2005:/urdu/world/index.xml</id>\n"
            f"<link rel=\"self\" href=\"{base}/world/index.xml\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{base}/world\"/>\n"
            f"<updated>{d(2015, 9, 3, 10, 15, 0, 0).isoformat()}</updated>\n<rights>Albion Broadcasting Corporation</rights>\n"
            "<logo>http://wscdn.albionnews.example/worldservice/assets/images/2013/07/21/130721173522_albion_urdu_logo.png</logo>\n<author><name>Albion Urdu</name></author>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ur">\n' + head + "\n" + "\n".join(entries) + "\n</feed>\n"
    return feed("ur_albionurdu_world_2015.atom.xml", text, items, lang="ur", outlet="Albion Urdu", aliases=["البیون اردو", "Albion News Urdu", "Albion News"],
                shape="atom", ctype="application/atom+xml", declared="utf-8",
                structure="BBC Urdu-style (London/Islamabad) public broadcaster's Urdu service Atom feed ('/urdu/world/index.xml') as of September 2015: xml:lang=ur, feed title 'Brand Urdu - عالمی خبریں' (Latin brand, Urdu section), Urdu subtitle, tag: URI feed and entry ids ('tag:www.brandurdu…,2005:/urdu/<section>/YYYY/MM/<YYMMDD>_<slug>_<initials>'), feed-level <author> the service itself, rights of the Corporation, entries: type=text title and summary, alternate '.shtml' link, published and updated +00:00, a rel=related image link; Urdu text with ”…“ quotes after 'نے کہا:', a 'ویڈیو:' multimedia item, a sport item")


# ---------------------------------------------------------------- Urdu daily, international page feed (2018)
def naqeeb():
    rows, items = [], []
    base = "https://naqeeb.example"

    def add(n, title, when, body, exp, cat="انٹرنیشنل"):
        url = f"{base}/news/{n}"
        rows.append(f"<item>\n<title>{cd(title)}</title>\n<link>{url}</link>\n<description>{cd(body)}</description>\n<category>{cd(cat)}</category>\n"
                    f"<pubDate>{rfc822(when)}</pubDate>\n<guid isPermaLink=\"true\">{url}</guid>\n</item>")
        items.append(exp(url))

    o = 5
    more = '<a href="{}">مزید پڑھیں</a>'
    w = d(2018, 7, 16, 23, 40, 0, o)
    add(512340, "ٹرمپ پیوٹن ملاقات، تعلقات بہتر بنانے پر اتفاق", w,
        f'<img src="{base}/assets/uploads/updates/2018-07-16/512340_6754_updates.jpg" /><p>ہیلسنکی (ایجنسیاں) امریکی اور روسی صدور نے فن لینڈ کے دارالحکومت میں اپنی پہلی باضابطہ ملاقات کے بعد دوطرفہ تعلقات بہتر بنانے پر اتفاق کیا ہے۔ دونوں رہنماؤں نے شام اور اسلحے پر کنٹرول پر بھی بات کی۔</p>{more.format(base + "/news/512340")}',
        lambda k: it(k, "ٹرمپ پیوٹن ملاقات، تعلقات بہتر بنانے پر اتفاق", w, junk=["مزید پڑھیں"],
                     note="Urdu newspaper dateline 'CITY (ایجنسیاں)' = wire agencies, not a person; 'مزید پڑھیں' read-more link."))
    w = d(2018, 7, 16, 21, 5, 0, o)
    add(512322, "ایران جوہری معاہدہ: یورپی کمپنیوں کو امریکی پابندیوں سے بچانے کا قانون نافذ", w,
        f'<p>برسلز (ایجنسیاں) یورپی یونین نے اپنی کمپنیوں کو ایران پر دوبارہ عائد ہونے والی امریکی پابندیوں سے تحفظ دینے کے لیے قانون نافذ کرنے کا اعلان کیا ہے۔ ”ہم معاہدے پر قائم ہیں جب تک ایران اس پر قائم ہے“، یورپی یونین کی ترجمان ہیلینا بیرگ نے کہا۔</p>{more.format(base + "/news/512322")}',
        lambda k: it(k, "ایران جوہری معاہدہ: یورپی کمپنیوں کو امریکی پابندیوں سے بچانے کا قانون نافذ", w, quotes=[q("ہیلینا بیرگ", "یورپی یونین")], junk=["مزید پڑھیں"]))
    w = d(2018, 7, 16, 18, 30, 0, o)
    add(512301, "افغانستان: عید پر جنگ بندی کے بعد طالبان سے براہ راست مذاکرات کا مطالبہ", w,
        f'<p>پشاور (شاہد رضا) افغان حکومت کی جانب سے عید الفطر پر کی گئی جنگ بندی کے بعد سرحد کے دونوں جانب قبائلی عمائدین نے طالبان اور کابل کے درمیان براہ راست مذاکرات کا مطالبہ کیا ہے۔ ”بندوق سے کوئی مسئلہ حل نہیں ہوا“، جرگے کے سربراہ ملک نور زمان نے کہا۔</p>{more.format(base + "/news/512301")}',
        lambda k: it(k, "افغانستان: عید پر جنگ بندی کے بعد طالبان سے براہ راست مذاکرات کا مطالبہ", w, ["شاہد رضا"], quotes=[q("ملک نور زمان")], junk=["مزید پڑھیں", "(شاہد رضا)"],
                     note="The reporter's name is in the dateline parentheses 'CITY (NAME)': that is the byline."))
    w = d(2018, 7, 16, 15, 0, 0, o)
    add(512280, "فٹبال ورلڈ کپ: فرانس نے کروشیا کو ہرا کر دوسری بار ٹائٹل جیت لیا", w,
        f'<p>ماسکو (ایجنسیاں) فرانس نے فائنل میں کروشیا کو چار کے مقابلے میں دو گول سے شکست دے کر بیس سال بعد دوبارہ عالمی کپ جیت لیا۔</p>{more.format(base + "/news/512280")}',
        lambda k: it(k, "فٹبال ورلڈ کپ: فرانس نے کروشیا کو ہرا کر دوسری بار ٹائٹل جیت لیا", w, rel=False, junk=["مزید پڑھیں"], note="Sport: not relevant."), cat="کھیل")
    w = d(2018, 7, 16, 11, 20, 0, o)
    add(512255, "تھائی لینڈ: غار سے نکالے گئے بچے ہسپتال سے جلد فارغ ہوں گے", w,
        f'<p>بنکاک (ایجنسیاں) تھائی حکام کا کہنا ہے کہ غار سے بحفاظت نکالے گئے بارہ بچوں اور ان کے کوچ کی صحت بہتر ہے اور انہیں جمعرات کو ہسپتال سے فارغ کر دیا جائے گا۔</p>{more.format(base + "/news/512255")}',
        lambda k: it(k, "تھائی لینڈ: غار سے نکالے گئے بچے ہسپتال سے جلد فارغ ہوں گے", w, rel=False, junk=["مزید پڑھیں"], note="Rescue human-interest follow-up: not relevant."))
    w = d(2018, 7, 16, 6, 0, 0, o)
    add(512230, "روزنامہ نقیب کا ای پیپر: آج کا اخبار پڑھیں", w,
        f'<p>روزنامہ نقیب کا آج کا شمارہ آن لائن پڑھنے کے لیے یہاں کلک کریں۔</p><a href="{base}/epaper">ای پیپر</a>',
        lambda k: it(k, "روزنامہ نقیب کا ای پیپر: آج کا اخبار پڑھیں", w, story=False, rel=False, note="E-paper promo: not a story."), cat="ای پیپر")
    channel = (f"<title>{cd('روزنامہ نقیب - انٹرنیشنل')}</title>\n<link>{base}/category/international</link>\n<description>{cd('روزنامہ نقیب، پاکستان کا مقبول اردو اخبار')}</description>\n"
               f"<language>ur</language>\n<copyright>{cd('© 2018 Naqeeb Group of Newspapers')}</copyright>\n<lastBuildDate>{rfc822(d(2018, 7, 16, 23, 45, 0, o))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("ur_pk_naqeeb_international_2018.rss.xml", text, items, lang="ur", outlet="روزنامہ نقیب", aliases=["نقیب", "Naqeeb"],
                structure="Daily Jang-style (Karachi/Lahore) Urdu daily's international page feed from a custom PHP CMS as of July 2018: no namespaces, CDATA Urdu channel title 'روزنامہ BRAND - انٹرنیشنل', English 'Group of Newspapers' copyright, '/news/<6 digits>' permalink guids AFTER pubDate, CDATA Urdu titles and bodies with an <img> first, the Urdu newspaper dateline 'CITY (ایجنسیاں)' or 'CITY (Reporter Name)' opening the text, ”…“ quotes with the speaker after them ('…، NAME نے کہا'), a 'مزید پڑھیں' read-more link, CDATA Urdu <category> (انٹرنیشنل, کھیل, ای پیپر), an e-paper promo, +0500 dates")


FEEDS = [folheto, pulso, albion_urdu, naqeeb]
