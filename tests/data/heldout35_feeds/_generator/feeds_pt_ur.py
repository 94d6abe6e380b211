# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese and Urdu feeds of the thirty-fifth held-out set (2011–2016): a Porto Alegre daily's
Java feed in ISO-8859-1 with pt_BR-localised dates (2014), a Lisbon daily on Ruby on Rails'
atom_feed (2011), a Karachi Urdu daily on WordPress 3.5 (2013) and a Hyderabad Urdu daily on
Blogger (2016). All outlets, people and quotations are invented."""
from h35 import d, esc, feed, it, q, rfc822, utc0


# ---------------------------------------------------------------- Porto Alegre daily, Java/JSP feed, ISO-8859-1, localised dates, March 2014
def guaiba():
    rows, items = [], []
    base = "http://www.folhadoguaiba.example"

    def add(nid, sect, slug, title, when, desc, exp, author=""):
        url = f"{base}/{sect}/noticia/{when.strftime('%Y/%m')}/{slug}-{nid}.html"
        au = f"\n      <author>{esc(author)}</author>" if author else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{esc(desc)}</description>{au}\n"
                    f"      <pubDate>{rfc822(when, lang='pt')}</pubDate>\n      <guid isPermaLink=\"false\">{nid}</guid>\n    </item>")
        items.append(exp(str(nid)))

    w = d(2014, 3, 18, 17, 40, 0, -3)
    add(4452108, "mundo", "putin-assina-anexacao-da-crimeia", "Putin assina anexação da Crimeia e desafia o Ocidente", w,
        "<img src='http://www.folhadoguaiba.example/fotos/2014/03/crimeia_p.jpg' align='left' width='120' />O presidente russo assinou nesta terça-feira o tratado que incorpora a Crimeia à Rússia. O Itamaraty pediu \"moderação\" às partes.<br/><br/>\"O Brasil não vai aderir a sanções\", avaliou o professor Renato Lemos Fagundes, da UFRGS.",
        lambda k: it(k, "Putin assina anexação da Crimeia e desafia o Ocidente", w, ["Mariana Dorneles"], quotes=[q("Renato Lemos Fagundes", "UFRGS")],
                     note="Java feed: pubDate written with a pt_BR SimpleDateFormat ('ter, 18 mar 2014 17:40:00 -0300': Portuguese day and month abbreviations that RFC 822 readers do not know). ISO-8859-1 declared and true. Description: inline <img align=left> then text with <br/><br/>. Relevant (Brazil's own position included)."), author="Mariana Dorneles")
    w = d(2014, 3, 17, 11, 5, 0, -3)
    add(4451877, "mundo", "malasia-amplia-buscas-por-aviao", "Malásia amplia buscas por avião desaparecido para 26 países", w,
        "Dez dias depois do desaparecimento do voo com 239 pessoas, a Malásia pediu ajuda a 26 países.",
        lambda k: it(k, "Malásia amplia buscas por avião desaparecido para 26 países", w, [], note="No author. Relevant."))
    w = d(2014, 3, 16, 20, 30, 0, -3)
    add(4451650, "esportes", "gremio-vence-gre-nal", "Grêmio vence Gre-Nal no Beira-Rio e segue líder do Gauchão", w,
        "O Tricolor venceu por 2 a 1.",
        lambda k: it(k, "Grêmio vence Gre-Nal no Beira-Rio e segue líder do Gauchão", w, [], rel=False, note="Home sport: a story, not relevant."))
    w = d(2014, 3, 15, 14, 0, 0, -3)
    add(4451402, "mundo", "venezuela-protestos-mortos", "Venezuela: número de mortos em protestos chega a 28", w,
        "Caracas - O número de mortos nos protestos contra o governo chegou a 28, segundo o Ministério Público. (Com agências)",
        lambda k: it(k, "Venezuela: número de mortos em protestos chega a 28", w, [], junk=["(Com agências)"], note="Relevant."))
    w = d(2014, 3, 14, 10, 0, 0, -3)
    add(4451200, "geral", "obras-copa-arena-porto-alegre", "Copa 2014: obras no entorno do estádio atrasam e prefeitura promete entrega em maio", w,
        "A prefeitura de Porto Alegre promete concluir as obras viárias até maio.",
        lambda k: it(k, "Copa 2014: obras no entorno do estádio atrasam e prefeitura promete entrega em maio", w, ["Tiago Bettio"], rel=False,
                     note="Home city news: a story, not relevant."), author="Tiago Bettio")
    w = d(2014, 3, 13, 18, 0, 0, -3)
    add(4451011, "mundo", "veja-fotos-papa-um-ano", "Veja fotos: o primeiro ano do papa Francisco", w,
        "Galeria com 30 imagens.",
        lambda k: it(k, "Veja fotos: o primeiro ano do papa Francisco", w, [], story=False, rel=False, note="Photo gallery: not a story. Title label 'Veja fotos:' may be kept or dropped."))
    head = (f"    <title>Folha do Guaíba - Mundo</title>\n    <link>{base}/mundo/</link>\n    <description>Últimas notícias de Mundo</description>\n    <language>pt-br</language>\n"
            f"    <lastBuildDate>{rfc822(d(2014, 3, 18, 17, 41, 0, -3), lang='pt')}</lastBuildDate>\n")
    text = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0">\n  <channel>\n' + head + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("pt_br_folhadoguaiba_mundo_jsp_latin1.rss.xml", text, items, lang="pt", outlet="Folha do Guaíba", encoding="latin-1", declared="iso-8859-1",
                ctype="text/xml;charset=ISO-8859-1",
                structure="Porto Alegre daily's 'Mundo' feed from a Java (JSP) portal as of March 2014: ISO-8859-1 declared in prolog and header (written 'text/xml;charset=ISO-8859-1' without a space) and TRUE, two-space indentation, channel 'Brand - Mundo', language pt-br, lastBuildDate and pubDates from a pt_BR SimpleDateFormat ('ter, 18 mar 2014 17:40:00 -0300', Portuguese abbreviations), '/<section>/noticia/YYYY/MM/<slug>-<7 digits>.html' links, numeric non-permalink guids, escaped descriptions with an inline <img align='left'> and <br/><br/>, straight-quote citations, <author> on some items, '(Com agências)', home football and World Cup works, a 'Veja fotos:' gallery")


# ---------------------------------------------------------------- Lisbon daily on Ruby on Rails' atom_feed, February 2011
def tejo():
    entries, items = [], []
    base = "http://www.diariodotejo.example"

    def add(aid, slug, title, when, author, html, exp):
        url = f"{base}/mundo/{aid}-{slug}"
        tag = f"tag:www.diariodotejo.example,2005:Article/{aid}"
        entries.append(f"  <entry>\n    <id>{tag}</id>\n    <published>{when.isoformat().replace('+00:00', 'Z')}</published>\n    <updated>{when.isoformat().replace('+00:00', 'Z')}</updated>\n"
                       f"    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n    <title>{esc(title)}</title>\n    <content type=\"html\">{esc(html)}</content>\n"
                       f"    <author>\n      <name>{esc(author)}</name>\n    </author>\n  </entry>")
        items.append(exp(tag))

    w = d(2011, 2, 11, 17, 20)
    add(1478812, "mubarak-demite-se", "Mubarak demite-se e entrega o poder aos militares", w, "Inês Cardoso Lobo",
        "<p>Hosni Mubarak demitiu-se esta sexta-feira ao fim de 18 dias de protestos, anunciou o vice-presidente na televisão estatal.</p>"
        "<p>«Foi a praça que ganhou», disse ao <em>Diário do Tejo</em> Karim Mansour, um engenheiro de 31 anos que dormia na Praça Tahrir desde 28 de Janeiro.</p>",
        lambda k: it(k, "Mubarak demite-se e entrega o poder aos militares", w, ["Inês Cardoso Lobo"], quotes=[q("Karim Mansour")],
                     note="Rails 2 atom_feed: ids 'tag:<host>,2005:Article/<id>', published and updated in Z, content type=html escaped, one author per entry. Relevant."))
    w = d(2011, 2, 10, 21, 0)
    add(1478760, "egipto-mubarak-recusa-sair", "Egipto: Mubarak recusa sair e transfere poderes para o vice-presidente", w, "Lusa",
        "<p>Cairo, 10 fev (Lusa) - O Presidente egípcio recusou demitir-se num discurso transmitido pela televisão.</p>",
        lambda k: it(k, "Egipto: Mubarak recusa sair e transfere poderes para o vice-presidente", w, [], junk=["(Lusa)"],
                     note="Author 'Lusa' (agency): []. Pre-Acordo spelling 'Egipto'. Relevant."))
    w = d(2011, 2, 10, 13, 30)
    add(1478711, "juros-divida-portuguesa-recorde", "Juros da dívida portuguesa a dez anos batem novo recorde", w, "Rui Pedro Antunes",
        "<p>A taxa de juro das obrigações do Tesouro a dez anos subiu para 7,6%, o valor mais alto desde a entrada no euro.</p>",
        lambda k: it(k, "Juros da dívida portuguesa a dez anos batem novo recorde", w, ["Rui Pedro Antunes"], rel=False,
                     note="Home economy filed in the Mundo feed: a story, not relevant."))
    w = d(2011, 2, 9, 18, 45)
    add(1478650, "sudao-do-sul-resultados", "Sul do Sudão confirma independência com 98,8% dos votos", w, "Inês Cardoso Lobo",
        "<p>Os resultados finais do referendo confirmam a secessão. O novo país nasce a 9 de Julho.</p>",
        lambda k: it(k, "Sul do Sudão confirma independência com 98,8% dos votos", w, ["Inês Cardoso Lobo"], note="Relevant."))
    w = d(2011, 2, 9, 10, 0)
    add(1478611, "benfica-porto-taca", "Benfica e FC Porto empatam na primeira mão da Taça", w, "Desporto",
        "<p>Um golo em cada parte.</p>",
        lambda k: it(k, "Benfica e FC Porto empatam na primeira mão da Taça", w, [], rel=False, note="Home sport; 'Desporto' is a desk. A story, not relevant."))
    w = d(2011, 2, 8, 16, 0)
    add(1478590, "multimedia-tahrir", "Multimédia: 14 dias na Praça Tahrir", w, "Diário do Tejo",
        "<p><object width=\"480\" height=\"385\"><param name=\"movie\" value=\"http://www.youtube.example/v/aB3dE\"></param><embed src=\"http://www.youtube.example/v/aB3dE\" type=\"application/x-shockwave-flash\" width=\"480\" height=\"385\"></embed></object></p>",
        lambda k: it(k, "Multimédia: 14 dias na Praça Tahrir", w, [], story=False, rel=False,
                     note="Flash video embed (<object>/<embed>, as in 2011): not a story. Title label 'Multimédia:' may be kept or dropped."))
    head = (f'  <id>tag:www.diariodotejo.example,2005:/mundo</id>\n  <link rel="alternate" type="text/html" href="{base}"/>\n'
            f'  <link rel="self" type="application/atom+xml" href="{base}/mundo.atom"/>\n  <title>Diário do Tejo | Mundo</title>\n  <updated>2011-02-11T17:22:41Z</updated>')
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<feed xml:lang="pt-PT" xmlns="http://www.w3.org/2005/Atom">\n' + head + "\n" + "\n".join(entries) + "\n</feed>\n"
    return feed("pt_pt_diariodotejo_mundo_rails_atom.atom.xml", text, items, lang="pt", outlet="Diário do Tejo", shape="atom", ctype="application/atom+xml; charset=utf-8",
                structure="Lisbon daily's 'Mundo' feed from Ruby on Rails 2.3's atom_feed builder as of February 2011: xml:lang pt-PT before xmlns, two-space indentation, feed id 'tag:<host>,2005:/mundo', alternate and self links, title 'Brand | Mundo', entries in the builder's order (id 'tag:<host>,2005:Article/<id>', published, updated, alternate link, title, content type=html, author/name), Z dates (Lisbon is on UTC in winter), authors a person, 'Lusa', 'Desporto' or the brand, Lusa dateline 'Cairo, 10 fev (Lusa) -', «…» quotes, home debt news in the feed, a Flash video embed")


# ---------------------------------------------------------------- Karachi Urdu daily on WordPress 3.5, September 2013
def jahannau():
    rows, items = [], []
    base = "http://www.jahannau.example"

    def add(pid, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/?p={pid}"
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#comments</comments>\n\t\t<pubDate>{utc0(when)}</pubDate>\n\t\t<dc:creator>{esc(creator)}</dc:creator>\n{cts}\n\n"
                    f"\t\t<guid isPermaLink=\"false\">{url}</guid>\n\t\t<description><![CDATA[{excerpt} [&hellip;]]]></description>\n\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
                    f"\t\t\t<wfw:commentRss>{url}&#038;feed=rss2</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t\t</item>")
        items.append(exp(url))

    w = d(2013, 9, 23, 18, 10, 0, 5)
    add(58810, "نیروبی: شاپنگ مال پر حملہ، ہلاکتیں 68 ہو گئیں", w, "ویب ڈیسک", ["بین الاقوامی"],
        "نیروبی کے ویسٹ گیٹ شاپنگ مال میں مسلح افراد کے حملے میں ہلاک ہونے والوں کی تعداد 68 ہو گئی",
        "<p><strong>نیروبی (ایجنسیاں)</strong> کینیا کے دارالحکومت نیروبی کے ویسٹ گیٹ شاپنگ مال میں مسلح افراد کے حملے میں ہلاک ہونے والوں کی تعداد 68 ہو گئی ہے۔ صومالی تنظیم الشباب نے حملے کی ذمہ داری قبول کی ہے۔</p>\n"
        "<p>نیروبی میں مقیم پاکستانی تاجر عمران قریشی نے بتایا کہ ”ہم نے مال کے اندر سے فائرنگ کی آوازیں سنیں اور سب لوگ بھاگ نکلے۔“</p>",
        lambda k: it(k, "نیروبی: شاپنگ مال پر حملہ، ہلاکتیں 68 ہو گئیں", w, [], quotes=[q("عمران قریشی")], junk=["(ایجنسیاں)"],
                     note="WordPress 3.5 with ugly '?p=<id>' permalinks (link = guid), plain dc:creator 'ویب ڈیسک' (web desk: not a person), excerpt ending ' [&hellip;]', wfw:commentRss with '&#038;'. Relevant."))
    w = d(2013, 9, 22, 21, 0, 0, 5)
    add(58791, "پشاور: گرجا گھر پر خودکش حملے میں 80 افراد جاں بحق", w, "نمائندہ خصوصی", ["قومی"],
        "پشاور کے کوہاٹی گیٹ میں واقع گرجا گھر پر دو خودکش حملوں میں 80 افراد جاں بحق ہو گئے",
        "<p><strong>پشاور (نمائندہ خصوصی)</strong> کوہاٹی گیٹ میں واقع گرجا گھر پر دو خودکش حملوں میں 80 افراد جاں بحق ہو گئے۔</p>",
        lambda k: it(k, "پشاور: گرجا گھر پر خودکش حملے میں 80 افراد جاں بحق", w, [], rel=False, note="Home news (Pakistan) in the feed: a story, not relevant. 'نمائندہ خصوصی' is a credit."))
    w = d(2013, 9, 24, 20, 30, 0, 5)
    add(58842, "ایرانی صدر کا جنرل اسمبلی سے خطاب، جوہری مذاکرات کی پیشکش", w, "سید فیصل عباس", ["بین الاقوامی"],
        "ایران کے صدر نے اقوام متحدہ کی جنرل اسمبلی سے خطاب میں جوہری پروگرام پر مذاکرات کی پیشکش کی",
        "<p><strong>نیویارک (سید فیصل عباس)</strong> ایران کے صدر نے اقوام متحدہ کی جنرل اسمبلی سے خطاب میں جوہری پروگرام پر بامعنی مذاکرات کی پیشکش کی ہے۔</p>\n"
        "<p>بین الاقوامی امور کے ماہر ڈاکٹر نوید اختر نے کہا کہ ”یہ لہجہ پچھلے آٹھ برسوں سے بالکل مختلف ہے۔“</p>",
        lambda k: it(k, "ایرانی صدر کا جنرل اسمبلی سے خطاب، جوہری مذاکرات کی پیشکش", w, ["سید فیصل عباس"], quotes=[q("نوید اختر")], note="Relevant. 'ڈاکٹر' is a title."))
    w = d(2013, 9, 25, 12, 0, 0, 5)
    add(58861, "نیویارک میں پاک بھارت وزرائے اعظم کی ملاقات طے", w, "سید فیصل عباس", ["بین الاقوامی", "قومی"],
        "پاکستان اور بھارت کے وزرائے اعظم اتوار کو نیویارک میں ملاقات کریں گے",
        "<p><strong>نیویارک (سید فیصل عباس)</strong> پاکستان اور بھارت کے وزرائے اعظم اتوار کو نیویارک میں ملاقات کریں گے۔ دفتر خارجہ کے مطابق کنٹرول لائن کی صورتحال ایجنڈے میں شامل ہے۔</p>",
        lambda k: it(k, "نیویارک میں پاک بھارت وزرائے اعظم کی ملاقات طے", w, ["سید فیصل عباس"], note="Pakistan's own foreign policy: relevant."))
    w = d(2013, 9, 21, 16, 0, 0, 5)
    add(58770, "کرکٹ: زمبابوے کے خلاف ٹیسٹ اسکواڈ کا اعلان", w, "اسپورٹس ڈیسک", ["کھیل"],
        "پی سی بی نے زمبابوے کے خلاف ٹیسٹ سیریز کے لیے اسکواڈ کا اعلان کر دیا",
        "<p>پی سی بی نے زمبابوے کے خلاف ٹیسٹ سیریز کے لیے 16 رکنی اسکواڈ کا اعلان کر دیا۔</p>",
        lambda k: it(k, "کرکٹ: زمبابوے کے خلاف ٹیسٹ اسکواڈ کا اعلان", w, [], rel=False, note="Home sport: a story, not relevant."))
    w = d(2013, 9, 21, 10, 0, 0, 5)
    add(58761, "ویڈیو: ہفتے کی اہم خبریں", w, "ویب ڈیسک", ["ویڈیو"],
        "دیکھیے",
        '<p><iframe width="560" height="315" src="http://www.youtube.example/embed/Qw7rT" frameborder="0" allowfullscreen></iframe></p>',
        lambda k: it(k, "ویڈیو: ہفتے کی اہم خبریں", w, [], story=False, rel=False, note="Video: not a story. Title label 'ویڈیو:' may be kept or dropped."))
    rows_items = sorted(zip(rows, items, strict=True), key=lambda p: p[1].published, reverse=True)
    rows, items = [r for r, _ in rows_items], [i for _, i in rows_items]
    head = (f"\t<title>روزنامہ جہانِ نو &#187; بین الاقوامی</title>\n\t<atom:link href=\"{base}/?feed=rss2&#038;cat=7\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n"
            f"\t<description>کراچی سے شائع ہونے والا اردو روزنامہ</description>\n\t<lastBuildDate>{utc0(d(2013, 9, 25, 12, 2, 0, 5))}</lastBuildDate>\n\t<language>ur</language>\n"
            "\t\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t\t<sy:updateFrequency>1</sy:updateFrequency>\n\t<generator>http://wordpress.org/?v=3.5.1</generator>\n")
    ns = ('\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
          '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t')
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + ns + ">\n\n<channel>\n" + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("ur_pk_jahannau_intl_wp35.rss.xml", text, items, lang="ur", outlet="روزنامہ جہانِ نو", aliases=["جہانِ نو"], ctype="application/rss+xml; charset=UTF-8",
                structure="Karachi Urdu daily's 'بین الاقوامی' category on WordPress 3.5.1 with default ('?p=<id>') permalinks as of September 2013: channel 'Brand &#187; Category' (WordPress 3.x's » separator), self link '?feed=rss2&#038;cat=7', language 'ur', sy:update* indented one tab deeper, links = guids '?p=<id>', UTC +0000 pubDates (newsroom +0500), plain dc:creator ('ویب ڈیسک', 'نمائندہ خصوصی', 'اسپورٹس ڈیسک' or a person), CDATA categories, excerpts ending ' [&hellip;]', content:encoded with bold datelines 'شہر (credit)' and ”…“ quotes, wfw:commentRss with '&#038;feed=rss2', home attack and cricket news, a video")


# ---------------------------------------------------------------- Hyderabad Urdu daily on Blogger (Atom), June 2016
def deccan():
    entries, items = [], []
    blog = "7730915528410624113"
    base = "http://www.deccannama.example"

    def add(pid, slug, title, when, author, labels, html, exp, replies=0):
        url = f"{base}/{when.strftime('%Y/%m')}/{slug}.html"
        tag = f"tag:blogger.com,1999:blog-{blog}.post-{pid}"
        stamp = when.isoformat(timespec="milliseconds")
        cats = "".join(f"<category scheme='http://www.blogger.com/atom/ns#' term='{c}'/>" for c in labels)
        entries.append(f"<entry><id>{tag}</id><published>{stamp}</published><updated>{stamp}</updated>{cats}<title type='text'>{esc(title)}</title>"
                       f"<content type='html'>{esc(html)}</content><link rel='replies' type='application/atom+xml' href='{base}/feeds/{pid}/comments/default' title='تبصرے شائع کریں'/>"
                       f"<link rel='replies' type='text/html' href='{url}#comment-form' title='{replies} تبصرے'/><link rel='edit' type='application/atom+xml' href='http://www.blogger.com/feeds/{blog}/posts/default/{pid}'/>"
                       f"<link rel='self' type='application/atom+xml' href='http://www.blogger.com/feeds/{blog}/posts/default/{pid}'/><link rel='alternate' type='text/html' href='{url}' title='{esc(title)}'/>"
                       f"<author><name>{esc(author)}</name><uri>https://www.blogger.com/profile/0912{pid[-8:]}</uri><email>noreply@blogger.com</email>"
                       "<gd:image rel='http://schemas.google.com/g/2005#thumbnail' width='16' height='16' src='https://img1.blogblog.com/img/b16-rounded.gif'/></author>"
                       f"<thr:total>{replies}</thr:total></entry>")
        items.append(exp(tag))

    w = d(2016, 6, 24, 11, 20, 0, 5.5)
    add("5521190348822710145", "brexit-britain-votes-to-leave", "برطانیہ کا یورپی یونین سے علیحدگی کا فیصلہ", w, "دکن نامہ نیوز ڈیسک", ["بین الاقوامی", "یورپ"],
        "<div dir='rtl' style='text-align: right;'><b>لندن، 24 جون (ایجنسیاں)</b> برطانیہ کے عوام نے ریفرنڈم میں 52 فیصد ووٹوں سے یورپی یونین سے علیحدگی کے حق میں فیصلہ دیا ہے۔ وزیراعظم نے استعفیٰ کا اعلان کر دیا۔<br /><br />"
        "لندن میں مقیم حیدرآبادی تاجر سید عبدالمقتدر نے کہا کہ ”برطانیہ میں رہنے والے ہندوستانیوں کے لیے یہ بے یقینی کا دور ہے۔“<br /><br />بازارِ حصص میں بھاری گراوٹ دیکھی گئی۔</div>",
        lambda k: it(k, "برطانیہ کا یورپی یونین سے علیحدگی کا فیصلہ", w, [], quotes=[q("سید عبدالمقتدر")], junk=["(ایجنسیاں)"],
                     note="Blogger Atom: single-quoted attributes, ids 'tag:blogger.com,1999:blog-<n>.post-<n>', dates with milliseconds and +05:30, labels as categories, content type=html escaped with a right-to-left <div> and <br /><br /> paragraphs, author = the Blogger profile ('… نیوز ڈیسک': a desk) with noreply@blogger.com. Relevant."))
    w = d(2016, 6, 24, 20, 0, 0, 5.5)
    add("1093384425516020987", "nsg-seoul-india-bid", "این ایس جی: سیول اجلاس میں ہندوستان کی رکنیت پر فیصلہ نہیں ہو سکا", w, "محمد فصیح الدین", ["بین الاقوامی", "قومی"],
        "<div dir='rtl' style='text-align: right;'><b>نئی دہلی، 24 جون (محمد فصیح الدین)</b> نیوکلیئر سپلائرز گروپ کے سیول اجلاس میں ہندوستان کی رکنیت کی درخواست پر کوئی فیصلہ نہیں ہو سکا۔ چین سمیت کئی ممالک نے مخالفت کی۔</div>",
        lambda k: it(k, "این ایس جی: سیول اجلاس میں ہندوستان کی رکنیت پر فیصلہ نہیں ہو سکا", w, ["محمد فصیح الدین"],
                     note="Author is a person's Blogger profile. India's own bid at an international body: foreign policy, relevant."))
    w = d(2016, 6, 23, 15, 40, 0, 5.5)
    add("8842017736650912234", "telangana-haritha-haram", "تلنگانہ: ہریتا ہارم مہم کے تحت 46 کروڑ پودے لگانے کا نشانہ", w, "دکن نامہ نیوز ڈیسک", ["تلنگانہ"],
        "<div dir='rtl' style='text-align: right;'><b>حیدرآباد، 23 جون (پریس نوٹ)</b> ریاستی حکومت نے شجرکاری مہم کے تیسرے مرحلے کا اعلان کیا۔</div>",
        lambda k: it(k, "تلنگانہ: ہریتا ہارم مہم کے تحت 46 کروڑ پودے لگانے کا نشانہ", w, [], rel=False, note="Home state news: a story, not relevant."))
    w = d(2016, 6, 22, 19, 10, 0, 5.5)
    add("3310029485571209933", "orlando-senate-gun-vote", "اورلینڈو سانحہ: امریکی سینیٹ نے اسلحہ قوانین کی تجاویز مسترد کر دیں", w, "دکن نامہ نیوز ڈیسک", ["بین الاقوامی"],
        "<div dir='rtl' style='text-align: right;'><b>واشنگٹن، 22 جون (ایجنسیاں)</b> امریکی سینیٹ نے اورلینڈو کے نائٹ کلب میں فائرنگ کے بعد پیش کی گئی اسلحہ قوانین کی چار تجاویز مسترد کر دیں۔</div>",
        lambda k: it(k, "اورلینڈو سانحہ: امریکی سینیٹ نے اسلحہ قوانین کی تجاویز مسترد کر دیں", w, [], junk=["(ایجنسیاں)"], note="Relevant."))
    w = d(2016, 6, 22, 9, 0, 0, 5.5)
    add("6620194473381129054", "ramzan-sehri-iftar-timings", "رمضان المبارک: سحر و افطار کے اوقات", w, "دکن نامہ نیوز ڈیسک", ["رمضان"],
        "<div dir='rtl' style='text-align: right;'>جمعرات: سحر 4:12، افطار 6:52</div>",
        lambda k: it(k, "رمضان المبارک: سحر و افطار کے اوقات", w, [], story=False, rel=False, note="Prayer-time table: not a story."))
    w = d(2016, 6, 21, 8, 0, 0, 5.5)
    add("4419902215560043318", "epaper-21-june-2016", "آج کا ای پیپر", w, "دکن نامہ نیوز ڈیسک", ["ای پیپر"],
        "<div dir='rtl' style='text-align: right;'><a href='http://epaper.deccannama.example/'>یہاں کلک کریں</a></div>",
        lambda k: it(k, "آج کا ای پیپر", w, [], story=False, rel=False, note="E-paper notice: not a story."))
    entries_items = sorted(zip(entries, items, strict=True), key=lambda p: p[1].published, reverse=True)
    entries, items = [e for e, _ in entries_items], [i for _, i in entries_items]
    head = (f"<id>tag:blogger.com,1999:blog-{blog}</id><updated>2016-06-24T20:03:11.522+05:30</updated><category term='بین الاقوامی'/><title type='text'>روزنامہ دکن نامہ</title>"
            f"<subtitle type='html'>حیدرآباد دکن کا اردو روزنامہ</subtitle><link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='{base}/feeds/posts/default'/>"
            f"<link rel='self' type='application/atom+xml' href='http://www.blogger.com/feeds/{blog}/posts/default/-/%D8%A8%DB%8C%D9%86'/><link rel='alternate' type='text/html' href='{base}/search/label/%D8%A8%DB%8C%D9%86'/>"
            "<link rel='hub' href='http://pubsubhubbub.appspot.com/'/><author><name>دکن نامہ نیوز ڈیسک</name><uri>https://www.blogger.com/profile/09120344556677</uri><email>noreply@blogger.com</email></author>"
            "<generator version='7.00' uri='http://www.blogger.com'>Blogger</generator><openSearch:totalResults>1836</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex><openSearch:itemsPerPage>25</openSearch:itemsPerPage>")
    text = ("<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href=\"http://www.blogger.com/styles/atom.css\" type=\"text/css\"?><feed xmlns='http://www.w3.org/2005/Atom' "
            "xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:georss='http://www.georss.org/georss' "
            "xmlns:gd=\"http://schemas.google.com/g/2005\" xmlns:thr='http://purl.org/syndication/thread/1.0'>" + head + "".join(entries) + "</feed>")
    return feed("ur_in_deccannama_intl_blogger.atom.xml", text, items, lang="ur", outlet="روزنامہ دکن نامہ", aliases=["دکن نامہ"], shape="atom",
                ctype="application/atom+xml; charset=UTF-8",
                structure="Hyderabad (Telangana) Urdu daily published on Blogger with a custom domain, label feed /feeds/posts/default/-/<label> as of June 2016: one line, single-quoted attributes, the atom.css stylesheet PI, openSearch/blogger/georss/gd/thr namespaces, feed-level author and generator 'Blogger' version 7.00, openSearch totals, entries with 'tag:blogger.com,1999:blog-<n>.post-<n>' ids, published/updated with milliseconds and +05:30, labels as categories with the Blogger scheme, title type=text, escaped content in a right-to-left <div> with <b> datelines 'شہر، تاریخ (credit)' and <br /><br /> paragraphs, replies/edit/self/alternate links, author with profile uri, noreply@blogger.com and gd:image, thr:total; authors are the desk profile or a person; a home state notice, a Ramadan timetable and an e-paper notice")


FEEDS = [guaiba, tejo, jahannau, deccan]
