# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese and Urdu feeds of the thirty-eighth held-out set: a Salvador daily on Strapi with a
custom Express RSS (2023), a Lisbon daily on eZ Publish (2014), a Multan Urdu daily on CodeIgniter
(2020) and a Patna Urdu daily on ASP.NET WebForms (2019). All outlets, people and quotations are
invented."""
from h38 import cd, d, esc, feed, it, q, rfc822


# ---------------------------------------------------------------- Salvador daily: Strapi 4 + custom Express RSS route (2023)
def reconcavo():
    base = "https://www.correiodoreconcavo.example"
    rows, items = [], []

    def add(aid, slug, title, when, author, cat, desc, img, credit, exp):
        url = f"{base}/mundo/{slug}-{aid}"
        au = f"\n      <author>{esc(author)}</author>" if author else ""
        med = (f'\n      <media:content url="https://cdn.correiodoreconcavo.example/uploads/{img}.webp" type="image/webp" medium="image">\n        <media:credit>{esc(credit)}</media:credit>\n      </media:content>' if img else "")
        rows.append(f"    <item>\n      <title>{cd(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"true\">{url}</guid>\n      <description>{cd(desc)}</description>\n"
                    f"      <category>{esc(cat)}</category>{au}\n      <pubDate>{rfc822(when)}</pubDate>{med}\n    </item>")
        items.append(exp(url))

    w = d(2023, 1, 10, 21, 15, 0, -3)
    add(88412, "peru-protestos-deixam-17-mortos-em-juliaca", "Peru: protestos deixam 17 mortos em Juliaca, no dia mais violento da crise", w, "redacao@correiodoreconcavo.example (Da Redação, com agências)", "Mundo",
        "<p>Ao menos 17 pessoas morreram em confrontos entre manifestantes e forças de segurança na cidade de Juliaca, no sul do Peru, nesta segunda-feira (9).</p>"
        "<p>“O governo perdeu o controle do sul do país”, disse o sociólogo peruano Arturo Quispe Mamani, da Universidade Nacional do Altiplano.</p>",
        "juliaca_protestos", "Foto: Juan Carlos Cisneros/AFP",
        lambda k: it(k, "Peru: protestos deixam 17 mortos em Juliaca, no dia mais violento da crise", w, [], quotes=[q("Arturo Quispe Mamani", "Universidade Nacional do Altiplano")],
                     note="<author> in 'e-mail (Name)' form holding a desk credit ('Da Redação, com agências'): []. The media:credit is a photographer, not a byline. Relevant."))
    w = d(2023, 1, 24, 19, 40, 0, -3)
    add(89307, "cupula-da-celac-brasil-volta-ao-bloco", "Cúpula da Celac: Brasil volta ao bloco e defende integração regional", w, "marina.queiroz@correiodoreconcavo.example (Marina Queiroz, enviada especial a Buenos Aires)", "Mundo",
        "<p>Depois de três anos fora, o Brasil voltou a participar da Comunidade de Estados Latino-Americanos e Caribenhos. “A cadeira vazia custou caro ao país”, afirmou a diplomata aposentada Lúcia Helena Barreto, ex-embaixadora em Caracas.</p>",
        "celac_buenos_aires", "Foto: Divulgação",
        lambda k: it(k, "Cúpula da Celac: Brasil volta ao bloco e defende integração regional", w, ["Marina Queiroz"], quotes=[q("Lúcia Helena Barreto")],
                     note="Name inside the parentheses with a role ('enviada especial a Buenos Aires') that is not part of it. Brazil's own foreign policy: relevant."))
    w = d(2023, 1, 25, 14, 5, 0, -3)
    add(89390, "alemanha-autoriza-envio-de-tanques-leopard-a-ucrania", "Alemanha autoriza envio de tanques Leopard à Ucrânia", w, "Reuters", "Mundo",
        "<p>O governo alemão anunciou nesta quarta-feira (25) que vai enviar 14 tanques Leopard 2 à Ucrânia e autorizar outros países a fazer o mesmo.</p>",
        None, None, lambda k: it(k, "Alemanha autoriza envio de tanques Leopard à Ucrânia", w, [], note="Agency in <author> without e-mail: []. Relevant."))
    w = d(2023, 1, 13, 18, 0, 0, -3)
    add(88790, "atos-em-brasilia-stf-mantem-prisoes", "Atos em Brasília: STF mantém presos 942 investigados", w, "fabio.menezes@correiodoreconcavo.example (Fábio Menezes)", "Brasil",
        "<p>O ministro relator decidiu manter as prisões preventivas de 942 pessoas detidas após os ataques às sedes dos Três Poderes.</p>",
        "stf_brasilia", "Foto: Marcelo Camargo/Agência Brasil",
        lambda k: it(k, "Atos em Brasília: STF mantém presos 942 investigados", w, ["Fábio Menezes"], rel=False, note="Home politics (category 'Brasil') in the world feed: not relevant."))
    w = d(2023, 1, 12, 12, 30, 0, -3)
    add(88701, "video-lavagem-do-bonfim-reune-milhares", "VÍDEO: Lavagem do Bonfim reúne milhares na Cidade Baixa", w, None, "Vídeos",
        '<p><iframe src="https://www.youtube.example/embed/bonfim2023" width="560" height="315"></iframe></p>',
        None, None, lambda k: it(k, "VÍDEO: Lavagem do Bonfim reúne milhares na Cidade Baixa", w, [], story=False, rel=False,
                                 note="Video: not a story. Title label 'VÍDEO:' may be kept or dropped."))
    w = d(2023, 1, 15, 9, 0, 0, -3)
    add(88915, "opiniao-o-que-a-crise-no-peru-ensina", "Opinião | O que a crise no Peru ensina ao continente", w, "opiniao@correiodoreconcavo.example (Prof. Dr. Hélio Brandão)", "Opinião",
        "<p>A instabilidade peruana não é uma exceção andina; é um aviso.</p><p><em>Hélio Brandão é professor de relações internacionais da UFBA.</em></p>",
        None, None, lambda k: it(k, "Opinião | O que a crise no Peru ensina ao continente", w, ["Hélio Brandão"],
                                 note="'Prof. Dr.' is not part of the name. Column on regional affairs: a story, relevant. Title label 'Opinião |' may be kept or dropped."))
    head = (f"    <title>Mundo - Correio do Recôncavo</title>\n    <link>{base}/mundo</link>\n    <description>Notícias internacionais</description>\n    <language>pt-br</language>\n"
            f"    <lastBuildDate>{rfc822(d(2023, 1, 25, 14, 10, 0, -3))}</lastBuildDate>\n    <atom:link href=\"{base}/rss/mundo.xml\" rel=\"self\" type=\"application/rss+xml\"/>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">\n  <channel>\n'
            + head + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("pt_br_correiodoreconcavo_mundo_strapi.rss.xml", text, items, lang="pt", outlet="Correio do Recôncavo", aliases=["Correio do Reconcavo"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Salvador (Bahia) daily's 'Mundo' feed from a custom Express route over Strapi 4 in January 2023: two-space indentation, channel 'Mundo - Brand', pt-br, items in the order the editors pinned them (not by date), '/mundo/<slug>-<id>' permalink guids, CDATA titles and descriptions, <author> in RSS's 'e-mail (Name)' form holding a desk credit, 'Name, enviada especial a City', 'Prof. Dr. Name' or a plain agency, media:content webp with a media:credit photographer ('Foto: Name/AFP'), “…” quotes with 'disse'/'afirmou', '(9)' day-of-month references, a home politics story, a VÍDEO and an opinion column, -0300 dates")


# ---------------------------------------------------------------- Lisbon daily on eZ Publish 4 (RSS export, 2014)
def chiado():
    base = "http://www.diariodochiado.example"
    rows, items = [], []

    def add(path, title, when, desc, exp):
        url = f"{base}/{path}"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description><pubDate>{rfc822(when)}</pubDate></item>")
        items.append(exp(url))

    w = d(2014, 10, 7, 11, 20, 0, 1)
    add("Mundo/Ebola-auxiliar-de-enfermagem-infetada-em-Madrid", "Ébola: auxiliar de enfermagem infetada em Madrid", w,
        "<p><strong>Por Ana Lúcia Pestana</strong></p><p>Uma auxiliar de enfermagem que tratou um missionário repatriado da Serra Leoa é o primeiro caso de contágio de ébola fora de África.</p>"
        "<p>“Os protocolos falharam algures, e é isso que temos de perceber rapidamente”, afirmou Teresa Gouveia Lemos, da Ordem dos Enfermeiros.</p>",
        lambda k: it(k, "Ébola: auxiliar de enfermagem infetada em Madrid", w, ["Ana Lúcia Pestana"], quotes=[q("Teresa Gouveia Lemos", "Ordem dos Enfermeiros")],
                     junk=["Por Ana Lúcia Pestana"], note="eZ Publish's RSS export: no guid (the link is the key), no author element; the byline is a bold 'Por Name' paragraph at the top of the description. Relevant."))
    w = d(2014, 10, 6, 23, 50, 0, 1)
    add("Mundo/Brasil-decide-presidencia-na-segunda-volta-mais-renhida", "Brasil decide presidência na segunda volta mais renhida desde 1989", w,
        "<p><strong>Por Rodrigo Vaz, no Rio de Janeiro</strong></p><p>A segunda volta, a 26 de outubro, opõe a Presidente em funções ao candidato do PSDB, separados por poucos pontos nas sondagens.</p>",
        lambda k: it(k, "Brasil decide presidência na segunda volta mais renhida desde 1989", w, ["Rodrigo Vaz"], junk=["no Rio de Janeiro"],
                     note="'Por Name, no Rio de Janeiro': the place is not part of the name. Brazil's election from Lisbon: relevant."))
    w = d(2014, 10, 8, 16, 5, 0, 1)
    add("Mundo/Hong-Kong-estudantes-e-Governo-aceitam-dialogar", "Hong Kong: estudantes e Governo aceitam dialogar", w,
        "<p>Os líderes estudantis e o Governo de Hong Kong acordaram iniciar conversações na sexta-feira, depois de dez dias de ocupação das ruas. (Lusa)</p>",
        lambda k: it(k, "Hong Kong: estudantes e Governo aceitam dialogar", w, [], junk=["(Lusa)"], note="Agency tag only: []. Relevant."))
    w = d(2014, 10, 15, 19, 30, 0, 1)
    add("Politica/Orcamento-do-Estado-para-2015-entregue-no-Parlamento", "Orçamento do Estado para 2015 entregue no Parlamento", w,
        "<p><strong>Por Miguel Sarmento</strong></p><p>O Governo prevê um défice de 2,7% e mantém a sobretaxa de IRS.</p>",
        lambda k: it(k, "Orçamento do Estado para 2015 entregue no Parlamento", w, ["Miguel Sarmento"], rel=False, junk=["Por Miguel Sarmento"],
                     note="Portuguese budget (section 'Politica') in the feed: home politics, not relevant."))
    w = d(2014, 10, 15, 9, 0, 0, 1)
    add("Mundo/Mocambique-vota-em-eleicoes-gerais", "Moçambique vota em eleições gerais com Renamo de regresso", w,
        "<p><strong>Por Sérgio Mabunda, em Maputo</strong></p><p>Mais de dez milhões de moçambicanos são chamados hoje às urnas. “É a primeira vez que voto sem medo”, disse Albertina Cossa, vendedora no mercado de Xipamanine.</p>",
        lambda k: it(k, "Moçambique vota em eleições gerais com Renamo de regresso", w, ["Sérgio Mabunda"], quotes=[q("Albertina Cossa")], junk=["em Maputo"],
                     note="Relevant."))
    w = d(2014, 10, 9, 14, 0, 0, 1)
    add("Multimedia/Galeria-Hong-Kong-a-revolucao-dos-guarda-chuvas", "Galeria: Hong Kong, a revolução dos guarda-chuvas", w,
        '<p><img src="/var/chiado/storage/images/multimedia/galeria-hong-kong/1204887-1-por-PT/galeria_hk_thumb.jpg" alt="" /></p>',
        lambda k: it(k, "Galeria: Hong Kong, a revolução dos guarda-chuvas", w, [], story=False, rel=False, note="Photo gallery: not a story. Title label 'Galeria:' may be kept or dropped."))
    rows, items = zip(*sorted(zip(rows, items, strict=True), key=lambda p: p[1].published, reverse=True), strict=True)
    head = (f"<title>Diário do Chiado - Mundo</title><link>{base}/Mundo</link><description></description><language>por-PT</language>"
            f"<managingEditor>redaccao@diariodochiado.example</managingEditor><pubDate>{rfc822(d(2014, 10, 15, 19, 35, 0, 1))}</pubDate><generator>eZ Publish</generator>")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>' + head + "".join(rows) + "</channel></rss>\n"
    return feed("pt_pt_diariodochiado_mundo_ezpublish_2014.rss.xml", text, list(items), lang="pt", outlet="Diário do Chiado", aliases=["Diario do Chiado"],
                ctype="application/rss+xml",
                structure="Lisbon daily's 'Mundo' RSS export from eZ Publish 4.7 in October 2014: the document on one line after the prolog, an EMPTY channel description, language 'por-PT' (eZ's three-letter locale code, not a BCP 47 tag), managingEditor e-mail, generator 'eZ Publish', items with NO guid and NO author ('/Mundo/<Url-Alias>' links as keys, one under '/Politica/', one under '/Multimedia/'), escaped descriptions opening with a bold 'Por Name' or 'Por Name, em City' paragraph, “…” quotes with 'afirmou'/'disse', '(Lusa)', a gallery with an eZ '/var/<site>/storage/images/…-por-PT/' path, the State Budget (home), +0100 dates")


# ---------------------------------------------------------------- Multan Urdu daily on CodeIgniter (custom view, 2020)
def panjnad():
    base = "https://www.dailypanjnad.example"
    rows, items = [], []

    def add(nid, title, when, creator, desc, exp):
        url = f"{base}/news/detail/{nid}"
        cr = f"\n<dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item>\n<title>{cd(title)}</title>\n<link>{url}</link>\n<guid>{url}</guid>\n<description>{cd(desc)}</description>{cr}\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(url))

    w = d(2020, 6, 16, 20, 30, 0, 5)
    add(318842, "لداخ میں چین اور بھارت کی فوجوں میں جھڑپ، 20 بھارتی فوجی ہلاک", w, "ویب ڈیسک",
        "<p>بیجنگ، نئی دہلی (ویب ڈیسک) وادی گلوان میں چینی اور بھارتی فوجیوں کے درمیان جھڑپ میں کم از کم 20 بھارتی فوجی ہلاک ہو گئے، یہ 45 برس میں دونوں ملکوں کی سرحد پر پہلا جانی نقصان ہے۔</p>",
        lambda k: it(k, "لداخ میں چین اور بھارت کی فوجوں میں جھڑپ، 20 بھارتی فوجی ہلاک", w, [], junk=["(ویب ڈیسک)"], note="'ویب ڈیسک' (web desk) is not a person. A clash between two neighbours: relevant."))
    w = d(2020, 6, 14, 11, 0, 0, 5)
    add(318571, "امریکہ میں نسلی امتیاز کے خلاف مظاہرے تیسرے ہفتے میں داخل", w, "خبر ایجنسیاں",
        "<p>واشنگٹن (خبر ایجنسیاں) امریکہ کے مختلف شہروں میں پولیس تشدد اور نسلی امتیاز کے خلاف مظاہرے تیسرے ہفتے بھی جاری رہے۔</p>",
        lambda k: it(k, "امریکہ میں نسلی امتیاز کے خلاف مظاہرے تیسرے ہفتے میں داخل", w, [], junk=["(خبر ایجنسیاں)"], note="Agencies: []. Relevant."))
    w = d(2020, 6, 18, 17, 45, 0, 5)
    add(319120, "افغان امن عمل: بین الافغان مذاکرات جلد شروع ہونے کا امکان", w, "شاہد محمود، اسلام آباد",
        "<p>اسلام آباد (شاہد محمود) پاکستان نے امید ظاہر کی ہے کہ بین الافغان مذاکرات آئندہ چند ہفتوں میں شروع ہو جائیں گے۔ انسٹی ٹیوٹ برائے علاقائی امن کے ڈائریکٹر ڈاکٹر فرحان عزیز نے کہا کہ ”قیدیوں کی رہائی مکمل ہوئے بغیر میز پر بیٹھنا مشکل ہو گا۔“</p>",
        lambda k: it(k, "افغان امن عمل: بین الافغان مذاکرات جلد شروع ہونے کا امکان", w, ["شاہد محمود"], quotes=[q("فرحان عزیز", "انسٹی ٹیوٹ برائے علاقائی امن")],
                     note="dc:creator 'Name، City' with the Urdu comma: the city is not part of the name. Pakistan's Afghan diplomacy: relevant. The quote follows 'نے کہا کہ' and sits in ”…“."))
    w = d(2020, 6, 25, 21, 10, 0, 5)
    add(319804, "جعلی لائسنس اسکینڈل: 262 پائلٹس گراؤنڈ کرنے کا فیصلہ", w, "عائشہ ملک",
        "<p>اسلام آباد (عائشہ ملک) وفاقی حکومت نے مشکوک لائسنس رکھنے والے 262 پائلٹس کو فوری طور پر گراؤنڈ کرنے کا فیصلہ کیا ہے۔</p>",
        lambda k: it(k, "جعلی لائسنس اسکینڈل: 262 پائلٹس گراؤنڈ کرنے کا فیصلہ", w, ["عائشہ ملک"], rel=False, note="Home (Pakistani) aviation scandal: not relevant."))
    w = d(2020, 6, 27, 9, 0, 0, 5)
    add(319950, "ویڈیو: ملتان کے نواحی دیہات میں ٹڈی دل کا حملہ", w, None,
        '<p><iframe src="https://www.youtube.example/embed/tiddi2020" width="560" height="315"></iframe></p>',
        lambda k: it(k, "ویڈیو: ملتان کے نواحی دیہات میں ٹڈی دل کا حملہ", w, [], story=False, rel=False,
                     note="Video: not a story. Title label 'ویڈیو:' may be kept or dropped."))
    w = d(2020, 6, 22, 7, 0, 0, 5)
    add(319433, "کالم: کورونا کے بعد کی دنیا اور پاکستان کی خارجہ پالیسی", w, "ڈاکٹر نعیم اختر",
        "<p>وبا نے عالمی طاقتوں کے درمیان مقابلے کو تیز کر دیا ہے، اور پاکستان کو واشنگٹن اور بیجنگ کے درمیان توازن کی نئی حکمت عملی درکار ہے۔</p>",
        lambda k: it(k, "کالم: کورونا کے بعد کی دنیا اور پاکستان کی خارجہ پالیسی", w, ["نعیم اختر"],
                     note="'ڈاکٹر' (Dr) is a title, not part of the name. A column on foreign policy: a story, relevant. Title label 'کالم:' may be kept or dropped."))
    rows, items = zip(*sorted(zip(rows, items, strict=True), key=lambda p: p[1].published, reverse=True), strict=True)
    head = (f"<title>{cd('روزنامہ پنجند - بین الاقوامی')}</title>\n<link>{base}/category/international</link>\n<description>{cd('روزنامہ پنجند ملتان کی تازہ ترین بین الاقوامی خبریں')}</description>\n"
            f"<language>ur</language>\n<atom:link href=\"{base}/rss/international\" rel=\"self\" type=\"application/rss+xml\" />")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("ur_pk_dailypanjnad_international_codeigniter.rss.xml", text, list(items), lang="ur", outlet="روزنامہ پنجند", aliases=["پنجند", "Daily Panjnad"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Multan Urdu daily's 'بین الاقوامی' feed from a CodeIgniter 3 view in June 2020: no indentation, CDATA channel title 'Brand - Section' and description naming Multan, language 'ur', '/news/detail/<id>' links repeated as guids without isPermaLink, CDATA titles and <p> descriptions opening with the 'City (credit)' dateline, CDATA dc:creator with 'ویب ڈیسک', 'خبر ایجنسیاں', 'Name، City', 'ڈاکٹر Name' or absent, ”…“ quotes after 'نے کہا کہ', a home aviation scandal, a ویڈیو and a کالم, +0500 dates")


# ---------------------------------------------------------------- Patna Urdu daily on ASP.NET WebForms (hand-built RSS, 2019)
def gangakinare():
    base = "http://www.gangakinare.example"
    rows, items = [], []

    def add(nid, title, when, author, desc, exp):
        url = f"{base}/NewsDetail.aspx?NewsID={nid}&CatID=4"
        au = f"\r\n      <author>{esc(author)}</author>" if author else ""
        rows.append(f"    <item>\r\n      <title>{esc(title)}</title>\r\n      <link>{esc(url)}</link>\r\n      <description>{esc(desc)}</description>{au}\r\n      <pubDate>{rfc822(when)}</pubDate>\r\n      <guid isPermaLink=\"false\">{nid}</guid>\r\n    </item>")
        items.append(exp(str(nid)))

    w = d(2019, 8, 8, 13, 40, 0, 5.5)
    add(204417, "پاکستان نے بھارت کے ساتھ سفارتی تعلقات محدود کر دیے، تجارت معطل", w, "ایجنسیاں",
        "<p>نئی دہلی، 8 اگست (ایجنسیاں) پاکستان نے جموں و کشمیر کی خصوصی حیثیت ختم کیے جانے کے بعد بھارت کے ساتھ سفارتی تعلقات محدود کرنے اور دو طرفہ تجارت معطل کرنے کا اعلان کیا ہے۔ وزارت خارجہ نے اسے ”یکطرفہ اور افسوسناک“ قدم قرار دیا۔</p>",
        lambda k: it(k, "پاکستان نے بھارت کے ساتھ سفارتی تعلقات محدود کر دیے، تجارت معطل", w, [], junk=["(ایجنسیاں)"],
                     note="'ایجنسیاں' (agencies): []. A neighbour downgrading relations with India is India's foreign relations: relevant."))
    w = d(2019, 8, 13, 10, 15, 0, 5.5)
    add(204702, "ہانگ کانگ: ہوائی اڈے پر مظاہرین کا دھرنا، سیکڑوں پروازیں منسوخ", w, "ویب ڈیسک",
        "<p>ہانگ کانگ، 13 اگست (ویب ڈیسک) ہانگ کانگ کے بین الاقوامی ہوائی اڈے پر مسلسل دوسرے دن مظاہرین کے دھرنے کے باعث سیکڑوں پروازیں منسوخ کر دی گئیں۔</p>",
        lambda k: it(k, "ہانگ کانگ: ہوائی اڈے پر مظاہرین کا دھرنا، سیکڑوں پروازیں منسوخ", w, [], junk=["(ویب ڈیسک)"], note="Relevant."))
    w = d(2019, 8, 23, 19, 0, 0, 5.5)
    add(205388, "ایمیزون کے جنگلات میں آگ، برازیل پر عالمی دباؤ میں اضافہ", w, "نمائندہ خصوصی",
        "<p>برازیل کے ایمیزون جنگلات میں لگی آگ پر عالمی تشویش بڑھ گئی ہے۔ ماحولیاتی ماہر ڈاکٹر سلمیٰ پروین نے کہا کہ ”یہ صرف برازیل کا نہیں، پوری دنیا کے پھیپھڑوں کا مسئلہ ہے۔“</p>",
        lambda k: it(k, "ایمیزون کے جنگلات میں آگ، برازیل پر عالمی دباؤ میں اضافہ", w, [], quotes=[q("سلمیٰ پروین")],
                     note="'نمائندہ خصوصی' (special correspondent) is a credit, not a person. Relevant."))
    w = d(2019, 8, 19, 21, 30, 0, 5.5)
    add(205121, "بہار میں سیلاب: دربھنگہ اور مدھوبنی میں لاکھوں افراد متاثر", w, "محمد انور عالم، دربھنگہ",
        "<p>دربھنگہ (محمد انور عالم) شمالی بہار کے کئی اضلاع میں سیلابی صورتحال بدستور سنگین ہے۔</p>",
        lambda k: it(k, "بہار میں سیلاب: دربھنگہ اور مدھوبنی میں لاکھوں افراد متاثر", w, ["محمد انور عالم"], rel=False,
                     note="Home (Bihar) flood story: not relevant. The city after the Urdu comma is not part of the name."))
    w = d(2019, 8, 15, 18, 0, 0, 5.5)
    add(204890, "تصویری جھلکیاں: گاندھی میدان میں یوم آزادی کی تقریب", w, None,
        "<p>تصاویر دیکھیں</p>",
        lambda k: it(k, "تصویری جھلکیاں: گاندھی میدان میں یوم آزادی کی تقریب", w, [], story=False, rel=False,
                     note="Photo gallery: not a story. Title label 'تصویری جھلکیاں:' may be kept or dropped."))
    w = d(2019, 8, 26, 8, 0, 0, 5.5)
    add(205540, "تجزیہ: جی سیون اجلاس اور بدلتی عالمی صف بندی", w, "پروفیسر شمیم احمد",
        "<p>بیارٹز میں جی سیون ممالک کے اجلاس نے دکھا دیا کہ تجارت اور ماحولیات پر مغربی اتحاد میں دراڑیں گہری ہو رہی ہیں۔</p>",
        lambda k: it(k, "تجزیہ: جی سیون اجلاس اور بدلتی عالمی صف بندی", w, ["شمیم احمد"],
                     note="'پروفیسر' (Professor) is a title. Analysis of the G7 summit: a story, relevant. Title label 'تجزیہ:' may be kept or dropped."))
    rows, items = zip(*sorted(zip(rows, items, strict=True), key=lambda p: p[1].published, reverse=True), strict=True)
    nl = "\r\n"
    head = (f"    <title>{esc('گنگا کنارے :: بین الاقوامی')}</title>{nl}    <link>{base}/</link>{nl}    <description>{esc('روزنامہ گنگا کنارے، پٹنہ')}</description>{nl}"
            f"    <language>ur-IN</language>{nl}    <copyright>Copyright 2019 Ganga Kinare</copyright>")
    text = ('<?xml version="1.0" encoding="utf-8"?>' + nl + '<rss version="2.0">' + nl + "  <channel>" + nl + head + nl + nl.join(rows) + nl + "  </channel>" + nl + "</rss>")
    return feed("ur_in_gangakinare_international_aspx.rss.xml", text, list(items), lang="ur", outlet="روزنامہ گنگا کنارے", aliases=["گنگا کنارے", "Ganga Kinare"],
                ctype="text/xml; charset=utf-8",
                structure="Patna Urdu daily's international page as an RSS written by hand in an ASP.NET WebForms page (RSS.aspx?CatID=4) in August 2019: CRLF line ends, no trailing newline, no namespaces, channel 'Brand :: Section', ur-IN, copyright in English, 'NewsDetail.aspx?NewsID=<n>&amp;CatID=4' links, numeric non-permalink guids LAST, escaped <p> descriptions with the 'City، date (credit)' dateline, <author> with 'ایجنسیاں', 'ویب ڈیسک', 'نمائندہ خصوصی', 'Name، City', 'پروفیسر Name' or absent, ”…“ quotes after 'نے کہا کہ', a Bihar flood story and an Independence Day picture set, +0530 dates")


FEEDS = [reconcavo, chiado, panjnad, gangakinare]
