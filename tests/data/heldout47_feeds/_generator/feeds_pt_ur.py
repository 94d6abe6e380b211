# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese and Urdu feeds of the forty-seventh held-out set: a Vitória (Espírito Santo) daily
on Protecmedia ITER, an Aveiro daily on Crownpeak, a Bahawalpur Urdu daily on Webiny, a Mirpur
(Azad Kashmir) Urdu daily on October CMS. All outlets, people and quotations are invented."""
from h47 import cd, d, esc, feed, it, ordered, q, rfc822


# ---------------------------------------------------------------- Vitória (ES, Brazil) daily on Protecmedia ITER
def capixaba():
    base = "https://www.tribunacapixaba.example"
    rows, items = [], []

    def add(nid, slug, title, when, creator, desc, exp, img=None):
        link = f"{base}/mundo/{slug}_1_{nid}.html"
        cr = f"<dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        m = f'<enclosure url="{base}/binrepository/1200x675/0c0/1200d675/none/11418/{img}/{slug[:16]}_{nid}_20251113.jpg" type="image/jpeg" length="0"/>' if img else ""
        rows.append(f"<item><title>{cd(title)}</title><link>{link}</link><description>{cd(desc)}</description>{cr}<pubDate>{rfc822(when)}</pubDate>"
                    f"<guid isPermaLink=\"true\">{link}</guid>{m}</item>")
        items.append(exp(link))

    w = d(2025, 11, 13, 18, 20, 0, -3)
    add(1102387, "cop30-fundo-florestas-tropicais-ganha-adesao", "COP30: fundo para florestas tropicais ganha adesão de mais 12 países", w, "Mariana Zanotti, enviada especial a Belém",
        "<p>O fundo proposto pelo Brasil para remunerar países que mantêm florestas tropicais em pé recebeu nesta quinta-feira (13) a adesão de mais 12 países, durante a COP30, em Belém.</p>"
        "<p>\"O mecanismo só funciona se o dinheiro chegar a quem vive na floresta\", afirmou Renata Loureiro, diretora de políticas do Instituto Clima e Sociedade.</p>"
        "<p><b>LEIA TAMBÉM:</b> Empresas capixabas apresentam projetos de carbono na COP</p>",
        lambda k: it(k, "COP30: fundo para florestas tropicais ganha adesão de mais 12 países", w, ["Mariana Zanotti"], quotes=[q("Renata Loureiro", "Instituto Clima e Sociedade")],
                     junk=["LEIA TAMBÉM:", "enviada especial"],
                     note="dc:creator 'Nome, enviada especial a Belém': só o nome. A cúpula do clima sediada pelo Brasil (evento real como cenário): relevante."), img="c5a")
    w = d(2025, 11, 13, 9, 40, 0, -3)
    add(1102301, "acordo-mercosul-ue-exportadores-cafe-conilon", "Acordo Mercosul-UE: exportadores de café conilon veem abertura na Europa", w, "Paulo Scárdua",
        "<p>Exportadores de café conilon do Espírito Santo esperam ampliar as vendas à Europa com o acordo entre Mercosul e União Europeia, cuja assinatura está prevista para dezembro.</p>"
        "<p>\"A tarifa zero nos coloca no mesmo patamar do Vietnã pela primeira vez\", disse Wagner Pimentel, presidente do Centro do Comércio de Café de Vitória.</p>",
        lambda k: it(k, "Acordo Mercosul-UE: exportadores de café conilon veem abertura na Europa", w, ["Paulo Scárdua"], quotes=[q("Wagner Pimentel", "Centro do Comércio de Café de Vitória")],
                     note="Acordo comercial entre blocos: relevante, apesar do gancho local."))
    w = d(2025, 11, 12, 16, 5, 0, -3)
    add(1102214, "chuvas-defesa-civil-alerta-deslizamentos-grande-vitoria", "Chuvas: Defesa Civil alerta para deslizamentos na Grande Vitória", w, "Da Redação",
        "<p>A Defesa Civil estadual emitiu alerta laranja para deslizamentos em Vitória, Vila Velha, Serra e Cariacica.</p>",
        lambda k: it(k, "Chuvas: Defesa Civil alerta para deslizamentos na Grande Vitória", w, [], rel=False, note="'Da Redação' não é pessoa. Notícia local: não relevante."))
    w = d(2025, 11, 11, 20, 0, 0, -3)
    add(1102150, "video-navio-de-cruzeiro-inaugura-temporada-no-porto-de-vitoria", "VÍDEO: Navio de cruzeiro abre a temporada no Porto de Vitória", w, "TV Tribuna",
        '<p><iframe src="https://www.youtube.example/embed/Kq2sX" width="640" height="360"></iframe></p>',
        lambda k: it(k, "Navio de cruzeiro abre a temporada no Porto de Vitória", w, [], story=False, rel=False,
                     note="Vídeo: não é notícia. Title label 'VÍDEO:' may be kept or dropped"))
    w = d(2025, 11, 11, 7, 0, 0, -3)
    add(1102098, "receba-as-noticias-da-tribuna-no-whatsapp", "Receba as notícias da Tribuna Capixaba no WhatsApp", w, None,
        "<p>Entre no nosso canal e receba as principais notícias do dia. Clique aqui.</p>",
        lambda k: it(k, "Receba as notícias da Tribuna Capixaba no WhatsApp", w, [], story=False, rel=False, note="Promoção de canal: não é notícia."))
    w = d(2025, 11, 10, 14, 30, 0, -3)
    add(1102011, "itamaraty-condena-ataque-a-navio-com-tripulantes-brasileiros-no-mar-vermelho", "Itamaraty condena ataque a navio com tripulantes brasileiros no Mar Vermelho", w, "Da Redação, com agências",
        "<p>O Ministério das Relações Exteriores condenou nesta segunda-feira (10) o ataque com drones a um graneleiro no Mar Vermelho que tinha quatro brasileiros entre os tripulantes. Ninguém ficou ferido.</p>",
        lambda k: it(k, "Itamaraty condena ataque a navio com tripulantes brasileiros no Mar Vermelho", w, [],
                     note="'Da Redação, com agências': sem pessoa. Nota diplomática sobre ataque no Mar Vermelho: relevante."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
            f'<title>{cd("Tribuna Capixaba - Mundo")}</title><link>{base}/mundo/</link><description>{cd("Notícias de Mundo na Tribuna Capixaba")}</description><language>pt-BR</language>'
            f'<lastBuildDate>{rfc822(d(2025, 11, 13, 18, 25, 0, -3))}</lastBuildDate><generator>ITER - Protecmedia</generator>')
    text = head + "".join(rows) + "</channel></rss>"
    return feed("pt_br_tribunacapixaba_mundo_iter_2025.rss.xml", text, items, lang="pt", outlet="Tribuna Capixaba", aliases=["A Tribuna Capixaba"],
                structure="Vitória (Espírito Santo) daily's 'Mundo' section on Protecmedia ITER (November 2025): one line, no trailing newline, CDATA channel 'Brand - Mundo', pt-BR, generator, links '/mundo/<slug>_1_<id>.html' as permalink guids, CDATA HTML descriptions with straight quotes, a bold 'LEIA TAMBÉM:' line and Brazilian 'nesta quinta-feira (13)' references, CDATA dc:creator BEFORE pubDate ('Nome, enviada especial a Belém', a reporter, 'Da Redação', 'Da Redação, com agências', 'TV Tribuna' or absent), binrepository enclosures with length 0, -0300 dates, a video and a WhatsApp promo",
                notes="Home country Brazil: COP30 in Belém, the Mercosur-EU agreement and a diplomatic note on the Red Sea are relevant; rains in Greater Vitória are not.")


# ---------------------------------------------------------------- Aveiro daily on Crownpeak (published XML template)
def ria():
    base = "https://www.diariodaria.example"
    rows, items = [], []

    def add(aid, slug, title, when, author, lead, exp):
        link = f"{base}/mundo/{slug}.html"
        a = f"\n  <author>{esc(author)}</author>" if author else ""
        rows.append(f" <item>\n  <title>{esc(title)}</title>\n  <description>{esc(lead)}</description>\n  <link>{link}</link>\n  <guid isPermaLink=\"false\">CP-{aid}</guid>{a}\n  <pubDate>{rfc822(when)}</pubDate>\n </item>")
        items.append(exp(f"CP-{aid}"))

    w = d(2026, 1, 18, 20, 0)
    add(771204, "presidenciais-2026-acompanhe-a-noite-eleitoral", "Presidenciais 2026: acompanhe a noite eleitoral em direto", w, "Diário da Ria",
        "<p>Resultados, reações e análise, minuto a minuto.</p>",
        lambda k: it(k, "Presidenciais 2026: acompanhe a noite eleitoral em direto", w, [], story=False, rel=False,
                     note="Página em direto sobre a eleição nacional: não é notícia; a marca não é pessoa."))
    w = d(2026, 1, 16, 13, 10)
    add(771150, "mocambique-portugal-envia-equipa-de-protecao-civil-apos-cheias", "Moçambique: Portugal envia equipa de proteção civil após cheias no Limpopo", w, "Inês Marques",
        "<p>Uma equipa de 24 operacionais da Proteção Civil parte esta sexta-feira para Gaza, no sul de Moçambique, onde as cheias do Limpopo deslocaram milhares de pessoas.</p>"
        "<p>«Levamos bombas de água e uma unidade de purificação, é o que nos pediram», disse o comandante Rui Valente, da Autoridade Nacional de Emergência e Proteção Civil.</p>",
        lambda k: it(k, "Moçambique: Portugal envia equipa de proteção civil após cheias no Limpopo", w, ["Inês Marques"], quotes=[q("Rui Valente", "Autoridade Nacional de Emergência e Proteção Civil")],
                     note="O posto 'comandante' não faz parte do nome. Ajuda externa portuguesa: relevante."))
    w = d(2026, 1, 15, 17, 45)
    add(771098, "nato-fragata-portuguesa-missao-baltico", "NATO: fragata portuguesa integra missão de vigilância no Báltico", w, "Inês Marques e Tiago Pinho",
        "<p>A fragata Álvares Cabral junta-se em fevereiro à missão da NATO de vigilância de cabos submarinos no Báltico.</p>"
        "<p>«É a primeira vez que um navio português fica seis meses no Báltico», afirmou o contra-almirante Sérgio Pimenta, porta-voz da Marinha.</p>",
        lambda k: it(k, "NATO: fragata portuguesa integra missão de vigilância no Báltico", w, ["Inês Marques", "Tiago Pinho"], quotes=[q("Sérgio Pimenta", "Marinha")],
                     note="'A e B': duas pessoas. Missão internacional: relevante."))
    w = d(2026, 1, 14, 10, 20)
    add(771043, "ria-de-aveiro-dragagens-arrancam-em-marco", "Ria de Aveiro: dragagens arrancam em março", w, "Tiago Pinho",
        "<p>As dragagens dos canais da ria começam em março e custam 18 milhões de euros.</p>",
        lambda k: it(k, "Ria de Aveiro: dragagens arrancam em março", w, ["Tiago Pinho"], rel=False, note="Notícia regional: não relevante."))
    w = d(2026, 1, 13, 9, 0)
    add(770991, "passatempo-bilhetes-concerto-teatro-aveirense", "Passatempo: Ganhe bilhetes para o concerto de Ano Novo no Teatro Aveirense", w, None,
        "<p>Responda à pergunta e habilite-se. Regulamento no site.</p>",
        lambda k: it(k, "Ganhe bilhetes para o concerto de Ano Novo no Teatro Aveirense", w, [], story=False, rel=False,
                     note="Passatempo: não é notícia. Title label 'Passatempo:' may be kept or dropped"))
    w = d(2026, 1, 12, 15, 30)
    add(770940, "angola-e-portugal-assinam-acordo-de-mobilidade", "Angola e Portugal assinam acordo de mobilidade para estudantes e investigadores", w, "Lusa",
        "<p>Luanda, 12 jan 2026 (Lusa) - Angola e Portugal assinaram hoje em Luanda um acordo que facilita vistos para estudantes e investigadores dos dois países.</p>",
        lambda k: it(k, "Angola e Portugal assinam acordo de mobilidade para estudantes e investigadores", w, [], junk=["(Lusa) -"],
                     note="Crédito da agência Lusa: sem pessoa. Acordo bilateral: relevante."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n <title>Diário da Ria | Mundo</title>\n'
            f' <link>{base}/mundo/</link>\n <description>As notícias do mundo no Diário da Ria</description>\n <language>pt-PT</language>\n <copyright>© Diário da Ria</copyright>\n')
    text = head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("pt_pt_diariodaria_mundo_crownpeak_2026.rss.xml", text, items, lang="pt", outlet="Diário da Ria", aliases=["Diario da Ria"],
                structure="Aveiro daily's 'Mundo' feed from a Crownpeak (DXM) published XML template (January 2026): one-space indentation, no namespaces, channel 'Brand | Mundo', pt-PT, © copyright, items with description BEFORE link, 'CP-<asset id>' non-permalink guids, RSS <author> with plain names, 'A e B', 'Lusa', the brand or absent, escaped HTML leads with «…» quotes and a 'Luanda, 12 jan 2026 (Lusa) -' dateline, +0000 dates (Lisbon winter time), an election-night live page and a reader competition",
                notes="Home country Portugal: aid to Mozambique, a NATO mission and an agreement with Angola are relevant; Aveiro's lagoon and the home election live page are not.")


# ---------------------------------------------------------------- Bahawalpur Urdu daily on Webiny (headless; Next.js route)
def cholistan():
    base = "https://www.cholistanakhbar.example"
    rows, items = [], []

    def add(wid, slug, title, when, creator, desc, exp):
        link = f"{base}/international/{slug}"
        cr = f"\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>" if creator else ""
        rows.append(f"\t<item>\n\t\t<title><![CDATA[{title}]]></title>\n\t\t<link>{link}</link>\n\t\t<guid isPermaLink=\"false\">{wid}#0001</guid>{cr}"
                    f"\n\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t<description><![CDATA[{desc}]]></description>\n\t</item>")
        items.append(exp(f"{wid}#0001"))

    w = d(2025, 10, 16, 19, 30, 0, 5)
    add("68f0c3a91b2e4d0009a1b2c3", "pak-saudi-defence-pact-first-joint-committee", "پاک سعودی دفاعی معاہدہ: مشترکہ کمیٹی کا پہلا اجلاس ریاض میں", w, "عمران خالد",
        "<p><strong>اسلام آباد (عمران خالد)</strong> پاکستان اور سعودی عرب کے درمیان گزشتہ ماہ طے پانے والے باہمی دفاعی معاہدے کے تحت مشترکہ کمیٹی کا پہلا اجلاس ریاض میں ہوا۔</p>"
        "<p>دفاعی تجزیہ کار ڈاکٹر عائشہ ملک نے کہا کہ ”یہ معاہدہ کاغذ پر نیا ہے، مگر تعاون کی جڑیں پچاس برس پرانی ہیں۔“</p>",
        lambda k: it(k, "پاک سعودی دفاعی معاہدہ: مشترکہ کمیٹی کا پہلا اجلاس ریاض میں", w, ["عمران خالد"], quotes=[q("عائشہ ملک", "دفاعی تجزیہ کار")],
                     junk=["اسلام آباد (عمران خالد)"],
                     note="The reporter's name appears in dc:creator and in the bold run-in dateline 'شہر (نام)'; the dateline is not summary text. 'ڈاکٹر' is a title, not part of the name. Defence agreement with Saudi Arabia (a real 2025 pact as setting): relevant."))
    w = d(2025, 10, 15, 12, 10, 0, 5)
    add("68ef71d24c3a5e000ab2c3d4", "torkham-border-closed-for-trade", "طورخم سرحد پانچویں روز بھی تجارت کے لیے بند", w, "خبر ایجنسیاں",
        "<p><strong>پشاور (خبر ایجنسیاں)</strong> افغانستان کے ساتھ کشیدگی کے باعث طورخم سرحد پانچویں روز بھی تجارت کے لیے بند رہی اور سینکڑوں ٹرک دونوں جانب پھنسے ہوئے ہیں۔</p>",
        lambda k: it(k, "طورخم سرحد پانچویں روز بھی تجارت کے لیے بند", w, [], junk=["(خبر ایجنسیاں)"], note="Agencies, not a person. Border tension with Afghanistan: relevant."))
    w = d(2025, 10, 14, 17, 45, 0, 5)
    add("68ee1a7f5d4b6f000bc3d4e5", "bahawalpur-dengue-cases-rise", "بہاولپور میں ڈینگی کے کیسز میں اضافہ، وکٹوریہ ہسپتال میں خصوصی وارڈ قائم", w, "نمائندہ خصوصی",
        "<p><strong>بہاولپور (نمائندہ خصوصی)</strong> شہر میں ڈینگی کے مریضوں کی تعداد 140 ہو گئی ہے۔</p>",
        lambda k: it(k, "بہاولپور میں ڈینگی کے کیسز میں اضافہ، وکٹوریہ ہسپتال میں خصوصی وارڈ قائم", w, [], rel=False, junk=["(نمائندہ خصوصی)"], note="Local health news; 'special correspondent' is not a name."))
    w = d(2025, 10, 13, 20, 0, 0, 5)
    add("68ed2c3e6e5c70000cd4e5f6", "video-noor-mahal-lights", "ویڈیو: نور محل روشنیوں میں نہا گیا", w, "ویڈیو ڈیسک",
        '<p><iframe src="https://www.youtube.example/embed/nm2025"></iframe></p>',
        lambda k: it(k, "نور محل روشنیوں میں نہا گیا", w, [], story=False, rel=False, note="A video: not a story. Title label 'ویڈیو:' may be kept or dropped"))
    w = d(2025, 10, 13, 6, 0, 0, 5)
    add("68ec5b117f6d81000de5f6a7", "epaper-today", "آج کا ای پیپر پڑھیں", w, None,
        "<p>روزنامہ چولستان کا آج کا مکمل اخبار آن لائن پڑھیں۔</p>",
        lambda k: it(k, "آج کا ای پیپر پڑھیں", w, [], story=False, rel=False, note="E-paper promotion: not a story."))
    w = d(2025, 10, 12, 15, 20, 0, 5)
    add("68eb79a2806e92000ef6a7b8", "gaza-stabilisation-force-pakistan-considers-role", "غزہ امن فورس: پاکستان شمولیت پر غور کر رہا ہے", w, "ویب ڈیسک",
        "<p><strong>اسلام آباد (ویب ڈیسک)</strong> پاکستان غزہ کے لیے مجوزہ بین الاقوامی استحکام فورس میں شمولیت پر غور کر رہا ہے۔</p>"
        "<p>بین الاقوامی امور کے ماہر طارق محمود جوئیہ نے کہا کہ ”فوج بھیجنے سے پہلے مینڈیٹ واضح ہونا ضروری ہے۔“</p>",
        lambda k: it(k, "غزہ امن فورس: پاکستان شمولیت پر غور کر رہا ہے", w, [], quotes=[q("طارق محمود جوئیہ", "بین الاقوامی امور کے ماہر")], junk=["(ویب ڈیسک)"],
                     note="Web desk, not a person. Pakistan's possible role in an international force: relevant."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
            f'\t<title>بین الاقوامی | روزنامہ چولستان</title>\n\t<link>{base}/international</link>\n\t<description>بین الاقوامی خبریں</description>\n\t<language>ur-PK</language>\n')
    text = head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("ur_pk_cholistanakhbar_international_webiny_2025.rss.xml", text, items, lang="ur", outlet="روزنامہ چولستان", aliases=["چولستان"],
                structure="Bahawalpur Urdu daily's 'بین الاقوامی' feed from Webiny's headless CMS through a Next.js route (October 2025): tab indentation, channel 'Section | Brand' in Urdu, ur-PK, Webiny revision ids '<24 hex>#0001' as non-permalink guids, CDATA titles, CDATA dc:creator BEFORE pubDate (a reporter, 'خبر ایجنسیاں', 'نمائندہ خصوصی', 'ویڈیو ڈیسک', 'ویب ڈیسک' or absent), CDATA HTML descriptions opening with a bold run-in dateline 'شہر (نام)', ”…“ quotes after 'نے کہا کہ', +0500 dates, a video and an e-paper promo",
                notes="Home country Pakistan: the Saudi defence pact, the Afghan border and a Gaza force are relevant; local dengue is not.")


# ---------------------------------------------------------------- Mirpur (Azad Kashmir) Urdu daily on October CMS (RainLab Blog RSS)
def mangla():
    base = "https://roznamamangla.example"
    rows, items = [], []

    def add(pid, slug, title, when, desc, exp):
        link = f"{base}/blog/post/{slug}"
        rows.append(f"        <item>\n            <title>{esc(title)}</title>\n            <link>{link}</link>\n            <guid>{link}</guid>\n            <pubDate>{rfc822(when)}</pubDate>\n            <description>{esc(desc)}</description>\n        </item>")
        items.append(exp(link))

    w = d(2026, 3, 20, 18, 0, 0, 5)
    add(5521, "uk-immigration-rules-mirpur-families", "برطانیہ کے نئے امیگریشن قواعد، میرپور کے خاندان پریشان", w,
        "<p><strong>میرپور (محمد سلیم چودھری)</strong> برطانیہ کی جانب سے فیملی ویزا کے لیے کم از کم آمدنی کی شرط بڑھانے کے اعلان نے میرپور کے سینکڑوں خاندانوں کو پریشان کر دیا ہے۔</p>"
        "<p>برمنگھم میں مقیم امیگریشن وکیل شازیہ اکرم نے کہا کہ ”بہت سے خاندان اب برسوں الگ رہنے پر مجبور ہوں گے۔“</p>",
        lambda k: it(k, "برطانیہ کے نئے امیگریشن قواعد، میرپور کے خاندان پریشان", w, ["محمد سلیم چودھری"], quotes=[q("شازیہ اکرم", "امیگریشن وکیل")],
                     junk=["میرپور (محمد سلیم چودھری)"],
                     note="October CMS's blog RSS has no author element: the reporter is named only in the run-in dateline 'شہر (نام)'; that name is the author. A foreign government's visa rules for the region's diaspora: relevant."))
    w = d(2026, 3, 19, 11, 30, 0, 5)
    add(5514, "loc-firing-kotli-sector", "کنٹرول لائن پر بھارتی فائرنگ، کوٹلی سیکٹر میں دو شہری زخمی", w,
        "<p><strong>کوٹلی (نمائندہ منگلا)</strong> کنٹرول لائن کے کوٹلی سیکٹر میں بھارتی فوج کی فائرنگ سے دو شہری زخمی ہو گئے۔ آئی ایس پی آر کے مطابق پاک فوج نے بھرپور جواب دیا۔</p>",
        lambda k: it(k, "کنٹرول لائن پر بھارتی فائرنگ، کوٹلی سیکٹر میں دو شہری زخمی", w, [], junk=["(نمائندہ منگلا)"],
                     note="'نمائندہ منگلا' (the paper's correspondent) is not a name. Firing across the Line of Control: relevant."))
    w = d(2026, 3, 18, 16, 15, 0, 5)
    add(5506, "mangla-dam-water-level", "منگلا ڈیم میں پانی کی سطح ڈیڈ لیول کے قریب", w,
        "<p><strong>میرپور (اسٹاف رپورٹر)</strong> منگلا ڈیم میں پانی کی سطح 1060 فٹ تک گر گئی ہے۔</p>",
        lambda k: it(k, "منگلا ڈیم میں پانی کی سطح ڈیڈ لیول کے قریب", w, [], rel=False, junk=["(اسٹاف رپورٹر)"], note="Home news; staff reporter is not a name."))
    w = d(2026, 3, 17, 20, 0, 0, 5)
    add(5499, "photos-mirpur-spring-festival", "تصاویر: میرپور میں جشن بہاراں", w,
        "<p>جشن بہاراں کی رنگا رنگ تصاویر۔</p>",
        lambda k: it(k, "میرپور میں جشن بہاراں", w, [], story=False, rel=False, note="A photo gallery: not a story. Title label 'تصاویر:' may be kept or dropped"))
    w = d(2026, 3, 16, 10, 0, 0, 5)
    add(5490, "live-ajk-assembly-budget-session", "لائیو: آزاد کشمیر اسمبلی کا بجٹ اجلاس", w,
        "<p>اسمبلی کی کارروائی کی لمحہ بہ لمحہ اپ ڈیٹس۔</p>",
        lambda k: it(k, "آزاد کشمیر اسمبلی کا بجٹ اجلاس", w, [], story=False, rel=False, note="A live page on home politics: not a story. Title label 'لائیو:' may be kept or dropped"))
    w = d(2026, 3, 15, 14, 45, 0, 5)
    add(5483, "saudi-visa-fee-cut-pakistani-workers", "سعودی عرب نے پاکستانی کارکنوں کے لیے ورک ویزا فیس کم کر دی", w,
        "<p><strong>اسلام آباد (اے پی پی)</strong> سعودی عرب نے پاکستانی کارکنوں کے لیے ورک ویزا فیس میں 30 فیصد کمی کر دی ہے۔</p>",
        lambda k: it(k, "سعودی عرب نے پاکستانی کارکنوں کے لیے ورک ویزا فیس کم کر دی", w, [], junk=["(اے پی پی)"], note="Agency APP, not a person. A foreign government's policy for Pakistani workers: relevant."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n    <channel>\n'
            f'        <title>روزنامہ منگلا</title>\n        <link>{base}</link>\n        <description>میرپور، آزاد کشمیر اور دنیا بھر کی خبریں</description>\n'
            f'        <atom:link href="{base}/blog/rss" rel="self" type="application/rss+xml" />\n')
    text = head + "\n".join(rows) + "\n    </channel>\n</rss>\n"
    return feed("ur_pk_roznamamangla_international_octobercms_2026.rss.xml", text, items, lang="ur", outlet="روزنامہ منگلا", aliases=["منگلا"],
                structure="Mirpur (Azad Kashmir) Urdu daily on October CMS with the RainLab Blog RSS page (March 2026): a space before '?>', four-space indentation, channel brand only, no language, atom self link '/blog/rss', '/blog/post/<slug>' links as guids, NO author element at all (bylines only in the bold run-in dateline 'شہر (نام)': a reporter, 'نمائندہ منگلا', 'اسٹاف رپورٹر', 'اے پی پی'), escaped HTML descriptions with ”…“ quotes, +0500 dates, a gallery and a live page",
                notes="Home country Pakistan (Azad Kashmir): UK visa rules for the diaspora, the Line of Control and Saudi work visas are relevant; the dam level is not.")


FEEDS = [capixaba, ria, cholistan, mangla]
