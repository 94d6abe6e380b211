# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese and Urdu feeds of the thirty-third held-out set: a São Paulo daily's 'Mundo' feed
with redirect links and no guids, a Lisbon daily's 'Mundo' feed with media credits, a Lahore Urdu
daily's international section from a custom PHP CMS and a Hyderabad (India) Urdu daily's
international category on WordPress. All outlets, people and quotations are invented."""
from h33 import d, esc, feed, it, q, rfc822, utc0


# ---------------------------------------------------------------- São Paulo daily (Folha-like): redirect links, no guid
def bandeirante():
    rows, items = [], []
    base = "https://www1.folhabandeirante.example"
    redir = "https://redir.folhabandeirante.example/redir/online/mundo/rss091/*"

    def add(path, title, desc, when, exp):
        url = f"{redir}{base}/mundo/{path}.shtml"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<pubDate>{rfc822(when)}</pubDate>\n<description>{esc(desc)}</description>\n</item>")
        items.append(exp(url))

    w = d(2025, 1, 10, 19, 40, 0, -3)
    add("2025/01/itamaraty-envia-apenas-embaixadora-a-posse-em-caracas", "Itamaraty envia apenas embaixadora à posse em Caracas e evita reconhecer resultado",
        "Governo brasileiro manteve a posição de que não viu as atas eleitorais. \"O Brasil não rompe, mas também não carimba\", disse o diplomata aposentado Rubens Tavares Aguiar.", w,
        lambda k: it(k, "Itamaraty envia apenas embaixadora à posse em Caracas e evita reconhecer resultado", w, [], quotes=[q("Rubens Tavares Aguiar")],
                     note="Folha-style item: NO guid (the link is the key), link through the '/redir/online/mundo/rss091/*' redirect with the real URL after the asterisk, pubDate BEFORE the description, plain-text description, no author. Brazil's foreign policy toward Venezuela: relevant."))
    w = d(2025, 1, 10, 16, 5, 0, -3)
    add("2025/01/argentina-registra-menor-inflacao-mensal-em-quatro-anos", "Argentina registra menor inflação mensal em quatro anos, e governo fala em fim do ajuste",
        "Índice de dezembro ficou em 2,1%; oposição diz que queda veio à custa de salários e aposentadorias.", w,
        lambda k: it(k, "Argentina registra menor inflação mensal em quatro anos, e governo fala em fim do ajuste", w, [],
                     note="A neighbour's economy and politics: relevant (foreign affairs for a Brazilian outlet)."))
    w = d(2025, 1, 10, 11, 0, 0, -3)
    add("2025/01/receba-a-newsletter-que-mundo-e-esse", "Receba a newsletter Que Mundo é Esse, com o essencial da semana internacional",
        "Inscreva-se gratuitamente e receba toda sexta-feira no seu email.", w,
        lambda k: it(k, "Receba a newsletter Que Mundo é Esse, com o essencial da semana internacional", w, [], story=False, rel=False, note="Newsletter promotion: not a story."))
    w = d(2025, 1, 9, 21, 15, 0, -3)
    add("2025/01/turista-brasileira-morre-apos-queda-em-trilha-de-vulcao-na-indonesia", "Turista brasileira morre após queda em trilha de vulcão na Indonésia",
        "Jovem de 26 anos, de Niterói, fazia a subida do monte Rinjani com um guia; família pede ajuda para traslado do corpo.", w,
        lambda k: it(k, "Turista brasileira morre após queda em trilha de vulcão na Indonésia", w, [], rel=False,
                     note="Accident abroad told through a Brazilian victim: a story, not relevant (no world-affairs content)."))
    w = d(2025, 1, 9, 17, 30, 0, -3)
    add("colunas/luciaguimaraesprado/2025/01/a-europa-descobre-que-esta-sozinha", "Lúcia Guimarães-Prado: A Europa descobre que está sozinha",
        "Sem garantia americana, os europeus terão de decidir se querem pagar pela própria defesa.", w,
        lambda k: it(k, "Lúcia Guimarães-Prado: A Europa descobre que está sozinha", w, ["Lúcia Guimarães-Prado"],
                     note="Opinion column whose only byline is the columnist's name as the title prefix 'Name: headline' (and the /colunas/<name>/ path): ['Lúcia Guimarães-Prado'] expected; [] is also correct. The title is kept whole. Relevant."))
    w = d(2025, 1, 9, 9, 45, 0, -3)
    add("2025/01/oposicao-venezuelana-convoca-protestos-na-vespera-da-posse", "Oposição venezuelana convoca protestos na véspera da posse de Maduro",
        "Líder opositora apareceu em público pela primeira vez em cinco meses. \"Quem estiver na rua amanhã estará do lado certo da história\", afirmou Carmen Aristeguieta, coordenadora de campanha da oposição.", w,
        lambda k: it(k, "Oposição venezuelana convoca protestos na véspera da posse de Maduro", w, [], quotes=[q("Carmen Aristeguieta", "coordenadora de campanha da oposição")],
                     note="Foreign politics: relevant. The head of state appears only as a setting."))
    head = (f"<title>Folha Bandeirante - Mundo - Principal</title>\n<link>{base}/mundo/</link>\n<description>Mundo: notícias internacionais da Folha Bandeirante</description>\n<language>pt-br</language>\n"
            "<copyright>Copyright Folha Bandeirante. Todos os direitos reservados. Nenhum conteúdo desta página pode ser reproduzido, em meio impresso ou eletrônico, sem autorização por escrito do Grupo Bandeirante de Comunicação.</copyright>\n"
            f"<image>\n<title>Folha Bandeirante - Mundo - Principal</title>\n<url>https://f.fbimg.example/img/logo-folha.gif</url>\n<link>{base}/mundo/</link>\n</image>\n")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("pt_br_folhabandeirante_mundo_redir.rss.xml", text, items, lang="pt", outlet="Folha Bandeirante", aliases=["Folha"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="São Paulo daily's 'Mundo - Principal' feed in the Folha de S.Paulo's shape: no namespaces, no indentation, channel 'Brand - Mundo - Principal', pt-br, a long reproduction-forbidden copyright; items with title, link through the tracking redirect '…/redir/online/mundo/rss091/*https://…' (the real URL after an asterisk), pubDate BEFORE the description (-0300), plain-text description, NO guid and NO author; a columnist's piece whose byline is only the title prefix 'Name: headline', a newsletter promo, a tourist's death abroad; January 2025")


# ---------------------------------------------------------------- Lisbon daily (Público-like)
def tejo():
    rows, items = [], []
    base = "https://www.jornaldotejo.example"

    def add(path, nid, title, desc, when, creator, credit, exp):
        url = f"{base}/{path}"
        cr = f"\n    <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        med = (f'\n    <media:content url="https://imagens.jtimg.example/{nid}/1200x675.jpg" medium="image" type="image/jpeg">\n      <media:credit>{esc(credit)}</media:credit>\n    </media:content>' if credit else "")
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(desc)}</description>{cr}\n    <pubDate>{rfc822(when)}</pubDate>\n"
                    f"    <guid isPermaLink=\"false\">{nid}</guid>{med}\n  </item>")
        items.append(exp(str(nid)))

    w = d(2026, 9, 24, 20, 10, 0, 1)
    add("2026/09/24/mundo/noticia/guine-bissau-cplp-missao-eleitoral-2141888", 2141888, "CPLP envia missão de observação às eleições na Guiné-Bissau com liderança portuguesa",
        "<p>A missão, chefiada por um antigo ministro português, terá 40 observadores. “A credibilidade desta eleição decide o futuro da relação com Bissau”, disse a investigadora Teresa Moniz Quaresma, do Instituto de Estudos Africanos.</p>", w,
        "Ana Sofia Menezes", "Nuno Ferreira Santos/Reuters",
        lambda k: it(k, "CPLP envia missão de observação às eleições na Guiné-Bissau com liderança portuguesa", w, ["Ana Sofia Menezes"], quotes=[q("Teresa Moniz Quaresma", "Instituto de Estudos Africanos")],
                     junk=["Nuno Ferreira Santos/Reuters"], note="Escaped <p> description with “…” quotes; numeric non-permalink guid; media:credit is the photographer. Portugal's foreign policy through the CPLP: relevant."))
    w = d(2026, 9, 24, 16, 45, 0, 1)
    add("2026/09/24/politica/noticia/orcamento-2027-governo-entrega-proposta-2141850", 2141850, "Orçamento do Estado para 2027: Governo promete baixar IRS e manter excedente",
        "<p>A proposta chega ao Parlamento a 10 de Outubro. Os partidos da oposição já anunciaram voto contra.</p>", w,
        "Mariana Leote e Duarte Pimentel", "Rui Gaudêncio",
        lambda k: it(k, "Orçamento do Estado para 2027: Governo promete baixar IRS e manter excedente", w, ["Mariana Leote", "Duarte Pimentel"], rel=False, junk=["Rui Gaudêncio"],
                     note="Home budget story in the feed: a story, not relevant. dc:creator 'A e B': two people."))
    w = d(2026, 9, 24, 12, 30, 0, 1)
    add("2026/09/24/mundo/noticia/mocambique-cabo-delgado-deslocados-regressam-2141799", 2141799, "Moçambique: milhares de deslocados regressam a Mocímboa da Praia",
        "<p>Maputo, 24 set (Lusa) – Mais de 12 mil pessoas regressaram nas últimas três semanas ao distrito de Mocímboa da Praia, em Cabo Delgado, segundo a Organização Internacional para as Migrações.</p>", w,
        "Lusa", None,
        lambda k: it(k, "Moçambique: milhares de deslocados regressam a Mocímboa da Praia", w, [], junk=["(Lusa)"],
                     note="Agency copy: dc:creator 'Lusa' and the dateline 'Maputo, 24 set (Lusa) –'. Relevant."))
    w = d(2026, 9, 23, 19, 0, 0, 1)
    add("2026/09/23/podcasts/mundo-em-ponto-episodio-301", 2141702, "Mundo em Ponto: o que está em jogo na Assembleia Geral da ONU",
        "<p>Ouça o episódio desta semana do nosso podcast de política internacional.</p>", w,
        "Mundo em Ponto", None,
        lambda k: it(k, "Mundo em Ponto: o que está em jogo na Assembleia Geral da ONU", w, [], story=False, rel=False, note="Podcast episode: not a story. Title label 'Mundo em Ponto:' may be kept or dropped."))
    w = d(2026, 9, 23, 14, 20, 0, 1)
    add("2026/09/23/culturaipsilon/fotogaleria/prado-reabre-sala-goya-restauro-2141655", 2141655, "Fotogaleria: Museu do Prado reabre a sala de Goya depois do restauro",
        "<p>As Pinturas Negras voltam a ser vistas com nova iluminação. Veja as imagens.</p>", w,
        "Isabel Salema Castro", "Museo del Prado",
        lambda k: it(k, "Fotogaleria: Museu do Prado reabre a sala de Goya depois do restauro", w, [], story=False, rel=False,
                     note="Photo gallery: not a story. Title label 'Fotogaleria:' may be kept or dropped."))
    w = d(2026, 9, 23, 8, 0, 0, 1)
    add("2026/09/23/opiniao/opiniao/europa-alargamento-ucrania-moldavia-2141601", 2141601, "Opinião: O alargamento que a Europa adia para não ter de decidir",
        "<p>Ucrânia e Moldávia fizeram o trabalho de casa. A União Europeia ainda não.</p>", w,
        "Francisco Seixas Brandão", None,
        lambda k: it(k, "Opinião: O alargamento que a Europa adia para não ter de decidir", w, ["Francisco Seixas Brandão"],
                     note="Opinion piece: a story. Title label 'Opinião:' may be kept or dropped. EU enlargement: relevant."))
    head = (f"  <title>Jornal do Tejo - Mundo</title>\n  <link>{base}/mundo</link>\n  <description>Notícias de Mundo no Jornal do Tejo</description>\n  <language>pt-PT</language>\n"
            f"  <copyright>© Jornal do Tejo, Comunicação Social S.A.</copyright>\n  <lastBuildDate>{rfc822(d(2026, 9, 24, 20, 15, 0, 1))}</lastBuildDate>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">\n<channel>\n'
            + head + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("pt_pt_jornaldotejo_mundo.rss.xml", text, items, lang="pt", outlet="Jornal do Tejo", aliases=["O Jornal do Tejo"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Lisbon daily's 'Mundo' feed from its custom CMS: channel 'Brand - Mundo', pt-PT, '© … S.A.' copyright; items with title, '/YYYY/MM/DD/<section>/noticia/<slug>-<id>' links, escaped <p> description, dc:creator BEFORE pubDate ('Name', 'A e B', 'Lusa', a podcast name), +0100 (WEST) pubDate, numeric non-permalink guid, media:content with a nested media:credit ('Name/Reuters', a museum); a home budget story, a Lusa dateline, a podcast, a 'Fotogaleria:', an 'Opinião:' piece; September 2026")


# ---------------------------------------------------------------- Lahore Urdu daily, custom PHP
def sehrenau():
    rows, items = [], []
    base = "https://www.sehrenau.example"

    def add(sid, title, desc, when, creator, cat, exp, img=True):
        url = f"{base}/story/{sid}/"
        pic = f'<img src="https://www.sehrenau.example/images/news/{when.strftime("%Y/%m")}/{sid}_1.jpg" width="640" /><br />' if img else ""
        rows.append(f"\t<item>\n\t\t<title><![CDATA[{title}]]></title>\n\t\t<link>{url}</link>\n\t\t<description><![CDATA[{pic}{desc}]]></description>\n"
                    f"\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<category><![CDATA[{cat}]]></category>\n\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t<guid isPermaLink=\"true\">{url}</guid>\n\t</item>")
        items.append(exp(url))

    w = d(2026, 6, 16, 21, 20, 0, 5)
    add(2781405, "طورخم سرحد دوبارہ کھولنے پر پاکستان اور افغانستان میں اتفاق",
        "<p><strong>اسلام آباد:</strong> پاکستان اور افغانستان نے طورخم سرحد کو تجارت کے لیے دوبارہ کھولنے پر اتفاق کرلیا ہے۔ دفتر خارجہ کے مطابق دونوں ممالک کے وفود کے درمیان کابل میں دو روزہ مذاکرات ہوئے۔</p>"
        "<p>تجارتی امور کے ماہر ڈاکٹر عرفان قریشی نے کہا کہ ”سرحد کی بندش سے دونوں طرف کے تاجروں کو روزانہ کروڑوں روپے کا نقصان ہو رہا تھا۔“</p>", w, "ویب ڈیسک", "بین الاقوامی",
        lambda k: it(k, "طورخم سرحد دوبارہ کھولنے پر پاکستان اور افغانستان میں اتفاق", w, [], quotes=[q("عرفان قریشی")],
                     note="Custom PHP item: CDATA title, description with an <img><br /> before the text and a bold dateline 'اسلام آباد:', CDATA dc:creator 'ویب ڈیسک' (web desk, not a person: []). ”…“ quote after 'نے کہا کہ'; the honorific 'ڈاکٹر' is not part of the name. Pakistan–Afghanistan: relevant."))
    w = d(2026, 6, 16, 18, 5, 0, 5)
    add(2781377, "قومی اسمبلی نے بجٹ منظور کرلیا، اپوزیشن کا واک آؤٹ",
        "<p><strong>اسلام آباد:</strong> قومی اسمبلی نے آئندہ مالی سال کا وفاقی بجٹ کثرت رائے سے منظور کرلیا، اپوزیشن نے ایوان سے واک آؤٹ کیا۔</p>", w, "نمائندہ خصوصی", "پاکستان",
        lambda k: it(k, "قومی اسمبلی نے بجٹ منظور کرلیا، اپوزیشن کا واک آؤٹ", w, [], rel=False,
                     note="Home politics in the international feed: a story, not relevant. 'نمائندہ خصوصی' (special correspondent) is a credit: []."))
    w = d(2026, 6, 16, 14, 40, 0, 5)
    add(2781342, "ویڈیو: دبئی میں طوفانی بارش، سڑکیں زیرِ آب",
        "", w, "ویب ڈیسک", "بین الاقوامی",
        lambda k: it(k, "ویڈیو: دبئی میں طوفانی بارش، سڑکیں زیرِ آب", w, [], story=False, rel=False,
                     note="Video item with an image only: not a story. Title label 'ویڈیو:' may be kept or dropped."))
    w = d(2026, 6, 16, 11, 15, 0, 5)
    add(2781310, "معروف بھارتی اداکارہ نے شادی کی تصاویر شیئر کردیں",
        "<p><strong>ممبئی:</strong> بالی ووڈ اداکارہ نیہا کپاڈیا نے اپنی شادی کی تصاویر سوشل میڈیا پر شیئر کیں جنہیں مداحوں نے بے حد پسند کیا۔</p>", w, "شوبز ڈیسک", "شوبز",
        lambda k: it(k, "معروف بھارتی اداکارہ نے شادی کی تصاویر شیئر کردیں", w, [], rel=False,
                     note="Entertainment news from abroad (Bollywood): a story, not relevant."))
    w = d(2026, 6, 15, 22, 0, 0, 5)
    add(2781266, "غزہ میں امدادی ٹرکوں کا داخلہ پھر روک دیا گیا، اقوام متحدہ کا اظہارِ تشویش",
        "<p><strong>غزہ:</strong> اقوام متحدہ نے کہا ہے کہ کرم ابو سالم کی گزرگاہ تیسرے روز بھی بند رہی جس سے 600 ٹرک سرحد پر کھڑے ہیں۔</p>"
        "<p>اقوام متحدہ کے امدادی ادارے کی ترجمان جولیا ہارٹمین نے کہا کہ ”ہر بند دن کا مطلب ہے کہ ہزاروں خاندان خوراک کے بغیر رہ جاتے ہیں۔“</p>", w, "ویب ڈیسک", "بین الاقوامی",
        lambda k: it(k, "غزہ میں امدادی ٹرکوں کا داخلہ پھر روک دیا گیا، اقوام متحدہ کا اظہارِ تشویش", w, [], quotes=[q("جولیا ہارٹمین", "اقوام متحدہ")],
                     note="Relevant. The speaker's affiliation precedes the name in Urdu word order."))
    w = d(2026, 6, 15, 17, 30, 0, 5)
    add(2781221, "سعودی عرب نے پاکستان کا حج کوٹہ 20 ہزار بڑھا دیا",
        "<p><strong>ریاض:</strong> سعودی وزارت حج نے پاکستان کے لیے آئندہ سال کا کوٹہ بڑھانے کا اعلان کیا ہے۔ وزارت مذہبی امور کے مطابق دونوں ممالک کے درمیان معاہدے پر دستخط آئندہ ماہ ہوں گے۔</p>", w, "محمد عاصم بٹ", "بین الاقوامی",
        lambda k: it(k, "سعودی عرب نے پاکستان کا حج کوٹہ 20 ہزار بڑھا دیا", w, ["محمد عاصم بٹ"],
                     note="dc:creator holds a reporter's name. A bilateral agreement: relevant."), img=False)
    head = (f"\t<title>بین الاقوامی - روزنامہ سحرِ نو</title>\n\t<link>{base}/international/</link>\n\t<description>دنیا بھر کی تازہ ترین خبریں</description>\n"
            f"\t<language>ur</language>\n\t<copyright>Copyright © 2026 Sehr-e-Nau. All rights reserved.</copyright>\n\t<lastBuildDate>{rfc822(d(2026, 6, 16, 21, 25, 0, 5))}</lastBuildDate>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
            + head + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("ur_pk_sehrenau_international_php.rss.xml", text, items, lang="ur", outlet="روزنامہ سحرِ نو", aliases=["سحرِ نو", "Sehr-e-Nau"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Lahore Urdu daily's international section from a custom PHP CMS (Express/Jang-style '/story/<id>/' URLs): tab indentation, Urdu channel title 'بین الاقوامی - Brand', language ur, an English copyright line; items with CDATA title, link, CDATA description opening with a 640-wide <img><br /> (empty text on a video) and <p> paragraphs with bold datelines 'City:', CDATA dc:creator ('ویب ڈیسک', 'نمائندہ خصوصی', 'شوبز ڈیسک' or a reporter), CDATA category (بین الاقوامی, پاکستان, شوبز), +0500 pubDate, permalink guid; ”…“ quotes after 'نے کہا کہ', a home budget story, a Bollywood item, a video; June 2026")


# ---------------------------------------------------------------- Hyderabad (India) Urdu daily on WordPress
def golconda():
    rows, items = [], []
    base = "https://golcondanews.example"

    def add(pid, slug_enc, title, creator, cats, excerpt, body, when, exp):
        url = f"{base}/{slug_enc}/"
        foot = f'<p>The post <a href="{url}">{esc(title)}</a> appeared first on <a href="{base}">گولکنڈہ نیوز</a>.</p>\n'
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<comments>{url}#respond</comments>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n"
                    f"\t\t<pubDate>{utc0(when)}</pubDate>{cts}\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n"
                    f"\t\t\t\t\t<description><![CDATA[<p>{excerpt} [&#8230;]</p>\n{foot}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}{foot}]]></content:encoded>\n"
                    f"\t\t\t\t\t\n\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t\t<slash:comments>0</slash:comments>\n\t\t\n\t\t\n\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    def enc(s):
        from urllib.parse import quote
        return quote(s, safe="-").lower()

    w = d(2026, 10, 20, 22, 15, 0, 5.5)
    t = "ہندوستان اور امریکہ کے درمیان تجارتی معاہدے کا پہلا مرحلہ طے"
    add(418822, enc("ہندوستان-امریکہ-تجارتی-معاہدہ"), t, "ایجنسیز", ["بین الاقوامی", "تجارت"],
        "نئی دہلی: ہندوستان اور امریکہ نے دو طرفہ تجارتی معاہدے کے پہلے مرحلے کو حتمی شکل دے دی ہے جس کے تحت",
        "<p><strong>نئی دہلی: </strong>ہندوستان اور امریکہ نے دو طرفہ تجارتی معاہدے کے پہلے مرحلے کو حتمی شکل دے دی ہے جس کے تحت زرعی مصنوعات اور الیکٹرانکس پر محصولات کم کیے جائیں گے۔</p>"
        "<p>تجارتی امور کے ماہر پروفیسر اجے کرشنن نے کہا کہ ”یہ معاہدہ چھوٹا ہے لیکن اس نے دروازہ کھول دیا ہے۔“</p>\n", w,
        lambda k: it(k, t, w, [], quotes=[q("اجے کرشنن")], junk=["appeared first on", "[…]"],
                     note="WordPress RSS2 on an Urdu site: the link is a percent-encoded Urdu slug, guid '?p=<id>', CDATA dc:creator 'ایجنسیز' (agencies: []), UTC pubDate (newsroom +0530), excerpt ending ' [&#8230;]', and the English Yoast footer 'The post … appeared first on …' in description AND content. The title 'پروفیسر' is not part of the name. India–US trade: relevant."))
    w = d(2026, 10, 20, 17, 40, 0, 5.5)
    t = "حیدرآباد میٹرو ریل کے دوسرے مرحلے کا کام اگلے ماہ شروع ہوگا"
    add(418790, enc("حیدرآباد-میٹرو-دوسرا-مرحلہ"), t, "سٹی رپورٹر", ["حیدرآباد"],
        "حیدرآباد: شہر میں میٹرو ریل کے دوسرے مرحلے کے تحت شمس آباد ایئرپورٹ تک نئی لائن",
        "<p><strong>حیدرآباد: </strong>شہر میں میٹرو ریل کے دوسرے مرحلے کے تحت شمس آباد ایئرپورٹ تک نئی لائن پر کام اگلے ماہ شروع ہوگا۔</p>\n", w,
        lambda k: it(k, t, w, [], rel=False, junk=["appeared first on"], note="City news: a story, not relevant. 'سٹی رپورٹر' (city reporter) is a credit: []."))
    w = d(2026, 10, 20, 13, 5, 0, 5.5)
    t = "سعودی عرب میں غیر ملکی مزدوروں کے لیے نئے قوانین، ہندوستانی سفارت خانے کی ایڈوائزری"
    add(418761, enc("سعودی-عرب-مزدور-نئے-قوانین"), t, "سید فاروق احمد", ["بین الاقوامی", "خلیج"],
        "ریاض: سعودی عرب نے غیر ملکی کارکنوں کے لیے ملازمت کی تبدیلی کے قوانین میں نرمی کا اعلان",
        "<p><strong>ریاض: </strong>سعودی عرب نے غیر ملکی کارکنوں کے لیے ملازمت کی تبدیلی کے قوانین میں نرمی کا اعلان کیا ہے۔ ہندوستانی سفارت خانے نے مزدوروں کے لیے ہدایات جاری کی ہیں۔</p>\n"
        "<p><em>سید فاروق احمد، جدہ</em></p>\n", w,
        lambda k: it(k, t, w, ["سید فاروق احمد"], junk=["appeared first on"],
                     note="dc:creator holds the reporter; the italic sign-off 'Name، جدہ' repeats it with a city after the Urdu comma. Labour rules affecting millions of Indian workers, an embassy advisory: relevant."))
    w = d(2026, 10, 20, 9, 30, 0, 5.5)
    t = "تصویری جھلکیاں: دسہرہ کی تقریبات"
    add(418733, enc("تصویری-جھلکیاں-دسہرہ"), t, "فوٹو ڈیسک", ["تصاویر"],
        "شہر بھر میں دسہرہ کی تقریبات کی تصاویر",
        '<figure class="wp-block-gallery"><img src="https://golcondanews.example/wp-content/uploads/2026/10/dussehra-1.jpg" alt="" /><img src="https://golcondanews.example/wp-content/uploads/2026/10/dussehra-2.jpg" alt="" /></figure>\n', w,
        lambda k: it(k, t, w, [], story=False, rel=False, note="Photo gallery: not a story. Title label 'تصویری جھلکیاں:' may be kept or dropped."))
    w = d(2026, 10, 19, 21, 0, 0, 5.5)
    t = "ایران اور اسرائیل کے درمیان کشیدگی، خلیجی ممالک کی ثالثی کی پیشکش"
    add(418701, enc("ایران-اسرائیل-کشیدگی-ثالثی"), t, "ایجنسیز", ["بین الاقوامی", "مشرق وسطیٰ"],
        "دوحہ: خلیجی ممالک نے ایران اور اسرائیل کے درمیان بڑھتی کشیدگی کم کرنے کے لیے",
        "<p><strong>دوحہ: </strong>خلیجی ممالک نے ایران اور اسرائیل کے درمیان بڑھتی کشیدگی کم کرنے کے لیے ثالثی کی پیشکش کی ہے۔</p>"
        "<p>خلیج تعاون کونسل کے سابق عہدیدار عبدالرحمن المری نے کہا کہ ”خطہ ایک اور جنگ کا متحمل نہیں ہوسکتا۔“</p>\n", w,
        lambda k: it(k, t, w, [], quotes=[q("عبدالرحمن المری", "خلیج تعاون کونسل")], junk=["appeared first on"], note="Relevant."))
    w = d(2026, 10, 19, 15, 20, 0, 5.5)
    t = "ہندوستان اور بنگلہ دیش میں گنگا آبی معاہدے کی تجدید پر بات چیت"
    add(418677, enc("ہندوستان-بنگلہ-دیش-گنگا-معاہدہ"), t, "گولکنڈہ نیوز", ["بین الاقوامی"],
        "ڈھاکہ: ہندوستان اور بنگلہ دیش کے آبی وسائل کے وزرا نے گنگا آبی معاہدے کی تجدید پر",
        "<p><strong>ڈھاکہ: </strong>ہندوستان اور بنگلہ دیش کے آبی وسائل کے وزرا نے گنگا آبی معاہدے کی تجدید پر بات چیت کی۔ موجودہ معاہدہ دسمبر میں ختم ہو رہا ہے۔</p>\n", w,
        lambda k: it(k, t, w, [], junk=["appeared first on"], note="dc:creator is the brand: []. Bilateral treaty: relevant."))
    head = (f"\t<title>بین الاقوامی &#8211; گولکنڈہ نیوز</title>\n\t<atom:link href=\"{base}/category/international/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n"
            f"\t<link>{base}</link>\n\t<description>حیدرآباد کا اردو روزنامہ</description>\n\t<lastBuildDate>{utc0(d(2026, 10, 20, 22, 16, 0, 5.5))}</lastBuildDate>\n"
            "\t<language>ur</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.6.2</generator>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n'
            '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n' + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("ur_in_golcondanews_international_wp66.rss.xml", text, items, lang="ur", outlet="گولکنڈہ نیوز", aliases=["Golconda News"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Hyderabad (India) Urdu daily's 'بین الاقوامی' category on WordPress 6.6 (/category/international/feed/): the '<rss version=\"2.0\"\\n\\txmlns:…' prolog, channel 'Category &#8211; Brand', language ur (no country: India shows through نئی دہلی, حیدرآباد, ہندوستانی سفارت خانے), sy:update* with WordPress's whitespace, generator; items with PERCENT-ENCODED Urdu slugs as links, comments, CDATA dc:creator ('ایجنسیز', 'سٹی رپورٹر', 'فوٹو ڈیسک', the brand or a reporter), UTC +0000 pubDate (newsroom +0530), CDATA categories, '?p=<id>' guids, CDATA excerpt ending ' [&#8230;]' and the English Yoast footer in description and content:encoded, bold datelines 'City: ', an italic sign-off 'Name، City', wfw:commentRss, slash:comments; a city story and a photo gallery; October 2026")


FEEDS = [bandeirante, tejo, sehrenau, golconda]
