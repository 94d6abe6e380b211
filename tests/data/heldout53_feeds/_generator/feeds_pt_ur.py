# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese and Urdu world desks of the fifty-third held-out set: a Rio de Janeiro news portal of
a large media group (in-house, 2020), a Lisbon online daily on Joomla 4 (2023), a Lahore Urdu
daily of a large group on Umbraco 8 (2021) and an Urdu news TV channel's site on WordPress 6.0
(2022). All outlets, people and quotations are invented."""
from datetime import UTC

from h53 import cd, d, esc, feed, it, ordered, q, rfc822, wpt


def minus0(w):
    """RFC 822 in UTC written with '-0000' (the portal's template)."""
    return rfc822(w.astimezone(UTC))[:-5] + "-0000"


# ---------------------------------------------------------------- Rio de Janeiro portal, in-house platform, November 2020
def guanabara():
    rows, items = [], []
    base = "https://pg.guanabara.example"

    def add(path, title, when, img, text, exp, cat="Mundo"):
        url = f"{base}/{path}.ghtml"
        desc = (f'<img src="{img}" /><br />   {text}' if img else text)
        rows.append(f"<item><title><![CDATA[{title}]]></title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid><description><![CDATA[{desc}]]></description>"
                    + (f'<media:content url="{img}" medium="image" />' if img else "") + f"<category>{cat}</category><pubDate>{minus0(when)}</pubDate></item>")
        items.append(exp(url))

    s3 = "https://s3.glbimg.guanabara.example/v1/AUTH_59edd4/internal_photos/bs/2020/"
    w = d(2020, 11, 7, 13, 34, 51, -3)
    add("mundo/eleicoes-nos-eua/2020/noticia/2020/11/07/biden-vence-na-pensilvania-e-e-projetado-presidente", "Biden vence na Pensilvânia e é projetado presidente eleito dos EUA", w, s3 + "k/2/AbC9xQ/biden.jpg",
        "Com a vitória no estado, democrata passa dos 270 delegados no Colégio Eleitoral, segundo projeções da imprensa americana. “É uma virada de página para a diplomacia americana, inclusive com o Brasil”, disse ao portal o professor Henrique Lacerda Vaz, da UFRJ.",
        lambda k: it(k, "Biden vence na Pensilvânia e é projetado presidente eleito dos EUA", w, [], quotes=[q("Henrique Lacerda Vaz", "UFRJ")],
                     note="No author element in this feed. The description is an <img> then '<br />' and three spaces before the subtitle. pubDate in UTC written '-0000'. Relevant."))
    w = d(2020, 11, 8, 18, 2, 10, -3)
    add("mundo/noticia/2020/11/08/arce-toma-posse-na-bolivia", "Luis Arce toma posse como presidente da Bolívia um ano após crise política", w, s3 + "m/7/QwErTy/arce.jpg",
        "Cerimônia em La Paz teve presença de delegações estrangeiras; Brasil enviou o vice-presidente.",
        lambda k: it(k, "Luis Arce toma posse como presidente da Bolívia um ano após crise política", w, [], note="A head of state as the setting of a real event. Relevant."))
    w = d(2020, 11, 10, 1, 15, 0, -3)
    add("mundo/noticia/2020/11/10/armenia-e-azerbaijao-assinam-acordo-para-encerrar-guerra-em-nagorno-karabakh", "Armênia e Azerbaijão assinam acordo mediado pela Rússia para encerrar guerra em Nagorno-Karabakh", w, s3 + "x/1/ZxCvBn/karabakh.jpg",
        "Rússia enviará cerca de 2 mil soldados de paz à região; em Yerevan, manifestantes invadiram o Parlamento.",
        lambda k: it(k, "Armênia e Azerbaijão assinam acordo mediado pela Rússia para encerrar guerra em Nagorno-Karabakh", w, [], note="Relevant."))
    w = d(2020, 11, 9, 20, 40, 0, -3)
    add("ap/noticia/2020/11/09/apagao-no-amapa-chega-ao-sexto-dia", "Apagão no Amapá chega ao sexto dia; moradores enfrentam filas por água", w, s3 + "p/4/PoIuYt/amapa.jpg",
        "Governo federal diz que energia deve ser restabelecida em até 10 dias.",
        lambda k: it(k, "Apagão no Amapá chega ao sexto dia; moradores enfrentam filas por água", w, [], rel=False, note="Home news: a story, not relevant."), cat="Amapá")
    w = d(2020, 11, 7, 22, 0, 0, -3)
    add("mundo/video/2020/11/07/video-eleitores-comemoram-em-frente-a-casa-branca", "VÍDEO: eleitores comemoram em frente à Casa Branca", w, s3 + "v/9/LkJhGf/casa-branca.jpg",
        "Veja imagens.",
        lambda k: it(k, "VÍDEO: eleitores comemoram em frente à Casa Branca", w, [], story=False, rel=False, note="Video: not a story."))
    w = d(2020, 11, 10, 6, 0, 0, -3)
    add("podcast/o-resumo/noticia/2020/11/10/o-resumo-312-o-que-muda-com-biden", "O Resumo #312: o que muda para o Brasil com Biden na Casa Branca", w, None,
        "Ouça o episódio.",
        lambda k: it(k, "O Resumo #312: o que muda para o Brasil com Biden na Casa Branca", w, [], story=False, rel=False, note="Podcast episode: not a story."), cat="Podcast")
    rows, items = ordered(rows, items)
    head = (f"<title>Portal Guanabara &gt; Mundo</title><link>{base}/mundo/</link><description>Últimas notícias do mundo</description><language>pt-BR</language>"
            f'<atom:link href="{base}/rss/pg/mundo/" rel="self" type="application/rss+xml" /><image><url>{base}/static/logo-pg.png</url><title>Portal Guanabara &gt; Mundo</title><link>{base}/mundo/</link></image>')
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>' + head + "".join(rows) + "</channel></rss>")
    return feed("pt_br_portalguanabara_mundo_inhouse_2020.rss.xml", text, items, lang="pt", outlet="Portal Guanabara", aliases=["PG"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Rio de Janeiro news portal of a large media group, /rss/pg/mundo/ from its in-house platform (November 2020): one line, no trailing newline, atom and media namespaces, channel 'Brand > Mundo' (escaped &gt;), pt-BR, items with CDATA titles, '.ghtml' permalink guids, CDATA descriptions made of '<img src=… /><br />' plus three spaces and the subtitle, media:content image, one category, pubDates in UTC written '-0000', no authors anywhere, a video ('VÍDEO:'), a podcast episode and a state news item")


# ---------------------------------------------------------------- Lisbon online daily on Joomla 4.3, June–August 2023
def tejo():
    rows, items = [], []
    base = "https://www.diariodotejo.example"

    def add(aid, slug, title, when, author, text, exp, cat="Mundo"):
        url = f"{base}/mundo/{aid}-{slug}"
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<guid isPermaLink=\"true\">{url}</guid>\n"
                    f"\t\t\t<description><![CDATA[{text}]]></description>\n\t\t\t<author>redacao@diariodotejo.example ({esc(author)})</author>\n\t\t\t<category>{cat}</category>\n\t\t\t<pubDate>{rfc822(when.astimezone(UTC))}</pubDate>\n\t\t</item>")
        items.append(exp(url))

    w = d(2023, 6, 24, 21, 30, 0, 1)
    add(28411, "wagner-recua-apos-marcha-sobre-moscovo", "Rússia. Grupo Wagner recua após marcha sobre Moscovo", w, "Lusa",
        '<p>O líder do grupo paramilitar Wagner anunciou este sábado que os seus homens iam dar meia-volta, a cerca de 200 quilómetros de Moscovo, para “evitar um banho de sangue”, depois de uma mediação da Bielorrússia.</p><p><em>Leia também: <a href="/mundo/28390-o-que-e-o-grupo-wagner">O que é o grupo Wagner</a></em></p>',
        lambda k: it(k, "Rússia. Grupo Wagner recua após marcha sobre Moscovo", w, [], junk=["Leia também", "redacao@"],
                     note="Joomla writes <author> as 'site e-mail (Name)'; here the name is the agency Lusa: []. Title in the 'País. Manchete' form. Relevant."))
    w = d(2023, 7, 11, 17, 45, 0, 1)
    add(28702, "cimeira-nato-vilnius-portugal-reforca-contingente-romenia", "Cimeira da NATO. Portugal reforça contingente na Roménia", w, "Teresa Valadares",
        '<p>Portugal vai enviar mais 120 militares para a Roménia no próximo ano, anunciou a ministra da Defesa à margem da cimeira da Aliança Atlântica em Vílnius.</p>'
        '<p>“É a resposta certa a uma ameaça que não vai desaparecer”, disse o investigador Rui Pestana Correia, do Instituto Português de Relações Internacionais.</p>',
        lambda k: it(k, "Cimeira da NATO. Portugal reforça contingente na Roménia", w, ["Teresa Valadares"], junk=["redacao@"],
                     quotes=[q("Rui Pestana Correia", "Instituto Português de Relações Internacionais")], note="Home defence policy at a NATO summit: relevant."))
    w = d(2023, 8, 7, 10, 5, 0, 1)
    add(29120, "incendio-odemira-mil-operacionais", "Incêndio em Odemira mobiliza mais de mil operacionais", w, "Teresa Valadares",
        "<p>O fogo que deflagrou no sábado já obrigou a retirar 1400 pessoas.</p>",
        lambda k: it(k, "Incêndio em Odemira mobiliza mais de mil operacionais", w, ["Teresa Valadares"], rel=False, junk=["redacao@"],
                     note="Home news in the Mundo feed: a story, not relevant."), cat="País")
    w = d(2023, 8, 6, 9, 0, 0, 1)
    add(29101, "niger-ao-minuto-junta-fecha-espaco-aereo", "Níger. Ao minuto: junta fecha espaço aéreo no fim do ultimato da CEDEAO", w, "Super User",
        "<p>Acompanhe aqui ao minuto.</p>",
        lambda k: it(k, "Níger. Ao minuto: junta fecha espaço aéreo no fim do ultimato da CEDEAO", w, [], story=False, rel=False, junk=["redacao@"],
                     note="Live page ('Ao minuto'): not a story. 'Super User' (Joomla's default admin account) is not a person."))
    w = d(2023, 7, 20, 12, 0, 0, 1)
    add(28840, "passatempo-ganhe-bilhetes-para-o-nos-alive", "Passatempo: ganhe bilhetes para o último dia do festival", w, "Super User",
        "<p>Responda à pergunta e habilite-se.</p>",
        lambda k: it(k, "Passatempo: ganhe bilhetes para o último dia do festival", w, [], story=False, rel=False, note="Reader competition: not a story."), cat="Promoções")
    w = d(2023, 8, 10, 22, 20, 0, 1)
    add(29180, "cedeao-ativa-forca-de-reserva-niger", "CEDEAO ativa força de reserva para restaurar ordem constitucional no Níger", w, "Marta Figueiredo Antunes",
        "<p>Os chefes de Estado da África Ocidental, reunidos em Abuja, ordenaram a ativação de uma força de reserva, mas disseram preferir uma solução diplomática.</p>"
        "<p>Portugal tem cerca de 40 cidadãos registados no Níger, segundo o Ministério dos Negócios Estrangeiros.</p>",
        lambda k: it(k, "CEDEAO ativa força de reserva para restaurar ordem constitucional no Níger", w, ["Marta Figueiredo Antunes"], junk=["redacao@"], note="Relevant."))
    rows, items = ordered(rows, items)
    head = (f"\t\t<title>Mundo</title>\n\t\t<description><![CDATA[Diário do Tejo - notícias online de Portugal e do mundo]]></description>\n\t\t<link>{base}/mundo</link>\n"
            f"\t\t<lastBuildDate>{rfc822(d(2023, 8, 10, 21, 22, 3))}</lastBuildDate>\n\t\t<generator>Joomla! - Open Source Content Management</generator>\n"
            f'\t\t<atom:link rel="self" type="application/rss+xml" href="{base}/mundo?format=feed&amp;type=rss"/>\n\t\t<language>pt-pt</language>\n')
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("pt_pt_diariodotejo_mundo_joomla4_2023.rss.xml", text, items, lang="pt", outlet="Diário do Tejo", aliases=["Diario do Tejo"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Lisbon online daily's 'Mundo' category blog feed on Joomla 4.3 (?format=feed&type=rss, June–August 2023): the generator comment after the prolog, tab indentation, channel title = the menu item title only ('Mundo', no brand; the brand is only in the CDATA description), pt-pt, atom self link with &amp;, permalink guids, CDATA intro-text descriptions with “…” quotes and an italic 'Leia também' link, <author> as 'site e-mail (Name)' holding a person, the agency 'Lusa' or Joomla's 'Super User', category, pubDates in +0000 (Lisbon +0100), 'País. Manchete' titles, a live page ('Ao minuto') and a reader competition")


# ---------------------------------------------------------------- Lahore Urdu daily of a large group, Umbraco 8 Razor RSS template, August 2021
def shahrah():
    rows, items = [], []
    base = "https://urdu.shahrah.example"

    def add(nid, slug, title, when, creator, text, exp):
        url = f"{base}/international/{when.strftime('%Y/%m/%d')}/{slug}"
        cr = f"\r\n      <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"    <item>\r\n      <title>{esc(title)}</title>\r\n      <link>{url}</link>\r\n      <guid isPermaLink=\"false\">{nid}</guid>\r\n      <pubDate>{rfc822(when.astimezone(UTC), gmt=True)}</pubDate>{cr}\r\n"
                    f"      <description><![CDATA[{text}]]></description>\r\n    </item>")
        items.append(exp(str(nid)))

    w = d(2021, 8, 15, 21, 10, 0, 5)
    add(118204, "taliban-enter-kabul", "طالبان کابل میں داخل، افغان صدر ملک چھوڑ گئے", w, "نمائندہ خصوصی",
        "<p><strong>کابل/اسلام آباد (نمائندہ خصوصی)</strong> افغان طالبان اتوار کو دارالحکومت کابل میں داخل ہوگئے جبکہ افغان صدر ملک چھوڑ کر چلے گئے۔</p>"
        "<p>امریکا اور دیگر مغربی ممالک نے اپنے سفارتی عملے کو کابل ایئرپورٹ منتقل کرنا شروع کردیا ہے۔</p>"
        "<p>تجزیہ کار ڈاکٹر نوید اختر نے کہا ہے کہ ”پاکستان کے لیے اصل امتحان اب شروع ہوا ہے۔“</p>",
        lambda k: it(k, "طالبان کابل میں داخل، افغان صدر ملک چھوڑ گئے", w, [], quotes=[q("نوید اختر")],
                     note="dc:creator 'نمائندہ خصوصی' (special correspondent) is a desk credit: []. The bold dateline '(نمائندہ خصوصی)' opens the text. Urdu quotes ”…“ with نے کہا. Relevant."))
    w = d(2021, 8, 16, 18, 30, 0, 5)
    add(118290, "pakistan-offers-help-evacuation", "پاکستان کی افغانستان سے غیر ملکیوں کے انخلا میں مدد کی پیشکش", w, "عمران شاہد، اسلام آباد",
        "<p>اسلام آباد: پاکستان نے کابل سے غیر ملکی سفارتکاروں اور عالمی اداروں کے عملے کے انخلا کے لیے خصوصی پروازیں چلانے کی پیشکش کی ہے۔</p>"
        "<p>قائداعظم یونیورسٹی کی پروفیسر ڈاکٹر سلمیٰ رحمان نے کہا کہ ”اس پیشکش سے دنیا کو پیغام جائے گا کہ پاکستان حل کا حصہ ہے۔“</p>"
        "<p><strong>یہ بھی پڑھیں:</strong> <a href=\"/international/2021/08/15/taliban-enter-kabul\">طالبان کابل میں داخل</a></p>",
        lambda k: it(k, "پاکستان کی افغانستان سے غیر ملکیوں کے انخلا میں مدد کی پیشکش", w, ["عمران شاہد"], junk=["یہ بھی پڑھیں"],
                     quotes=[q("سلمیٰ رحمان", "قائداعظم یونیورسٹی")],
                     note="dc:creator 'Name، City' (Urdu comma): the person only. 'یہ بھی پڑھیں' (read also) link at the end. Home foreign policy: relevant."))
    w = d(2021, 8, 13, 20, 0, 0, 5)
    add(118020, "china-pakistan-dasu-joint-probe", "چین اور پاکستان کا داسو حملے کی مشترکہ تحقیقات مکمل کرنے پر اتفاق", w, "خبر ایجنسی",
        "<p>بیجنگ (خبر ایجنسی) چین اور پاکستان نے داسو میں چینی انجینئروں کی بس پر حملے کی مشترکہ تحقیقات مکمل کرنے اور ذمہ داروں کو سزا دلوانے پر اتفاق کیا ہے۔</p>",
        lambda k: it(k, "چین اور پاکستان کا داسو حملے کی مشترکہ تحقیقات مکمل کرنے پر اتفاق", w, [], note="'خبر ایجنسی' (news agency) is not a person. Relevant."))
    w = d(2021, 8, 14, 11, 0, 0, 5)
    add(118101, "lahore-monsoon-rain", "لاہور میں مون سون کی بارش، نشیبی علاقے زیر آب", w, "اسٹاف رپورٹر",
        "<p>لاہور (اسٹاف رپورٹر) شہر میں ہفتے کی صبح ہونے والی موسلا دھار بارش سے کئی نشیبی علاقے زیر آب آگئے۔</p>",
        lambda k: it(k, "لاہور میں مون سون کی بارش، نشیبی علاقے زیر آب", w, [], rel=False, note="Home weather news: a story, not relevant."))
    w = d(2021, 8, 16, 23, 0, 0, 5)
    add(118301, "video-kabul-airport-chaos", "ویڈیو: کابل ایئرپورٹ پر افراتفری کے مناظر", w, "",
        '<p><iframe src="https://www.youtube.example/embed/kBl16aUg" width="560" height="315"></iframe></p>',
        lambda k: it(k, "ویڈیو: کابل ایئرپورٹ پر افراتفری کے مناظر", w, [], story=False, rel=False, note="Video embed: not a story."))
    w = d(2021, 8, 17, 9, 30, 0, 5)
    add(118340, "pakistan-beat-west-indies-second-test", "دوسرا ٹیسٹ: پاکستان نے ویسٹ انڈیز کو 109 رنز سے ہرا دیا", w, "اسپورٹس ڈیسک",
        "<p>کنگسٹن (اسپورٹس ڈیسک) پاکستان نے دوسرے ٹیسٹ میں ویسٹ انڈیز کو 109 رنز سے شکست دے کر سیریز برابر کردی۔</p>",
        lambda k: it(k, "دوسرا ٹیسٹ: پاکستان نے ویسٹ انڈیز کو 109 رنز سے ہرا دیا", w, [], rel=False, note="Cricket: a story, not relevant."))
    rows, items = ordered(rows, items)
    head = (f"    <title>بین الاقوامی - روزنامہ شاہراہ</title>\r\n    <link>{base}/international</link>\r\n    <description>روزنامہ شاہراہ - بین الاقوامی خبریں</description>\r\n"
            f"    <language>ur-PK</language>\r\n    <copyright>© 2021 شاہراہ گروپ آف نیوز پیپرز</copyright>\r\n    <lastBuildDate>{rfc822(d(2021, 8, 17, 4, 35, 0), gmt=True)}</lastBuildDate>\r\n")
    text = ('<?xml version="1.0" encoding="utf-8"?>\r\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\r\n  <channel>\r\n' + head + "\r\n".join(rows) + "\r\n  </channel>\r\n</rss>")
    return feed("ur_pk_roznamashahrah_international_umbraco8_2021.rss.xml", text, items, lang="ur", outlet="روزنامہ شاہراہ", aliases=["شاہراہ", "Roznama Shahrah"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Lahore Urdu daily of a large newspaper group, international section feed from an Umbraco 8 Razor template (August 2021): CRLF line ends, two-space indentation, no trailing newline, dc namespace, channel 'بین الاقوامی - روزنامہ …', ur-PK, copyright of the 'گروپ آف نیوز پیپرز', Umbraco node ids as non-permalink guids, pubDate with 'GMT' (newsroom +0500) BEFORE dc:creator, dc:creator holding desk credits ('نمائندہ خصوصی', 'اسٹاف رپورٹر', 'خبر ایجنسی', 'اسپورٹس ڈیسک') or 'Name، City', CDATA HTML with bold or plain datelines '<City> (<credit>)', ”…“ quotes with نے کہا, a 'یہ بھی پڑھیں:' link, a video embed and a cricket report")


# ---------------------------------------------------------------- Urdu news TV channel's site on WordPress 6.0, September 2022
def aaina():
    rows, items = [], []
    base = "https://urdu.aainanews.example"

    def add(pid, slug, title, when, creator, cats, body, exp):
        url = f"{base}/{slug}/"
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        exc = body.split("</p>")[0].replace("<p>", "")[:120]
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<comments>{url}#respond</comments>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{rfc822(when.astimezone(UTC))}</pubDate>{cts}\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{exc}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
                    f"\t\t\t\t\t\n\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t\t<slash:comments>0</slash:comments>\n\t\t\n\t\t\n\t\t\t\t\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    app = '<p><strong>آئینہ نیوز کی ایپ ڈاؤن لوڈ کریں اور تازہ ترین خبریں اپنے موبائل پر حاصل کریں</strong></p>'
    w = d(2022, 9, 23, 23, 50, 0, 5)
    add(512330, "unga-flood-appeal-pakistan", "جنرل اسمبلی: سیلاب زدگان کے لیے عالمی برادری سے مدد کی اپیل", w, "ویب ڈیسک", ["بین الاقوامی", "پاکستان"],
        "<p>نیویارک: اقوام متحدہ کی جنرل اسمبلی کے اجلاس میں پاکستان نے تباہ کن سیلاب سے متاثرہ تین کروڑ سے زائد افراد کی مدد کے لیے عالمی برادری سے اپیل کی۔</p>"
        "<p>ماحولیاتی امور کی ماہر ڈاکٹر عائشہ قریشی نے آئینہ نیوز سے گفتگو میں کہا کہ ”امیر ملکوں کو یہ سمجھنا ہوگا کہ یہ آفت ان کے اخراج کا نتیجہ ہے۔“</p>" + app,
        lambda k: it(k, "جنرل اسمبلی: سیلاب زدگان کے لیے عالمی برادری سے مدد کی اپیل", w, [], junk=["ایپ ڈاؤن لوڈ کریں"],
                     quotes=[q("عائشہ قریشی")],
                     note="dc:creator 'ویب ڈیسک' (web desk): []. Channel's app promo closes each body. Home country at the UN: relevant."))
    w = d(2022, 9, 8, 22, 45, 0, 5)
    add(509870, "queen-elizabeth-passes-away", "برطانیہ کی ملکہ الزبتھ دوم 96 برس کی عمر میں انتقال کرگئیں", w, "سارہ ملک", ["بین الاقوامی"],
        "<p>لندن: برطانیہ کی ملکہ الزبتھ دوم 96 برس کی عمر میں اسکاٹ لینڈ کے بالمورل کیسل میں انتقال کرگئیں۔ ان کے بیٹے چارلس اب بادشاہ ہیں۔</p>" + app,
        lambda k: it(k, "برطانیہ کی ملکہ الزبتھ دوم 96 برس کی عمر میں انتقال کرگئیں", w, ["سارہ ملک"], junk=["ایپ ڈاؤن لوڈ کریں"],
                     note="A head of state's death abroad (setting only). Relevant."))
    w = d(2022, 9, 21, 15, 20, 0, 5)
    add(511902, "iran-protests-woman-custody-death", "ایران میں پولیس حراست میں خاتون کی موت کے بعد مظاہرے پھیل گئے", w, "ویب ڈیسک", ["بین الاقوامی"],
        "<p>تہران: ایران میں اخلاقی پولیس کی حراست میں ایک نوجوان خاتون کی موت کے بعد شروع ہونے والے مظاہرے کئی شہروں تک پھیل گئے ہیں۔</p>" + app,
        lambda k: it(k, "ایران میں پولیس حراست میں خاتون کی موت کے بعد مظاہرے پھیل گئے", w, [], junk=["ایپ ڈاؤن لوڈ کریں"], note="Relevant."))
    w = d(2022, 9, 15, 19, 0, 0, 5)
    add(510760, "karachi-petrol-price-cut", "پیٹرول کی قیمت میں 2 روپے 7 پیسے فی لیٹر کمی", w, "ویب ڈیسک", ["پاکستان", "بین الاقوامی"],
        "<p>کراچی: حکومت نے پیٹرول کی قیمت میں 2 روپے 7 پیسے فی لیٹر کمی کا اعلان کیا ہے۔</p>" + app,
        lambda k: it(k, "پیٹرول کی قیمت میں 2 روپے 7 پیسے فی لیٹر کمی", w, [], rel=False, junk=["ایپ ڈاؤن لوڈ کریں"],
                     note="Home fuel prices cross-filed in international: a story, not relevant."))
    w = d(2022, 9, 19, 17, 0, 0, 5)
    add(511450, "video-queen-funeral-london", "ویڈیو: ملکہ الزبتھ کی آخری رسومات کے مناظر", w, "ویب ڈیسک", ["ویڈیوز", "بین الاقوامی"],
        '<p><iframe title="YouTube video player" src="https://www.youtube.example/embed/qF9r2Lx" width="560" height="315"></iframe></p>',
        lambda k: it(k, "ویڈیو: ملکہ الزبتھ کی آخری رسومات کے مناظر", w, [], story=False, rel=False, note="Video embed: not a story."))
    w = d(2022, 9, 12, 10, 0, 0, 5)
    add(510301, "watch-aaina-news-live", "آئینہ نیوز لائیو دیکھیں", w, "ویب ڈیسک", ["بین الاقوامی"],
        "<p>آئینہ نیوز کی براہ راست نشریات یہاں دیکھیں۔</p>" + app,
        lambda k: it(k, "آئینہ نیوز لائیو دیکھیں", w, [], story=False, rel=False, note="Live-stream promo: not a story."))
    rows, items = ordered(rows, items)
    head = (f'\t<title>بین الاقوامی &#8211; Aaina News Urdu</title>\n\t<atom:link href="{base}/category/international/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f'\t<description>تازہ ترین خبریں</description>\n\t<lastBuildDate>{rfc822(d(2022, 9, 23, 18, 52, 0))}</lastBuildDate>\n\t<language>ur</language>\n'
            '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.0.2</generator>\n')
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n'
            '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n' + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("ur_pk_aainanews_international_wp60_2022.rss.xml", text, items, lang="ur", outlet="آئینہ نیوز", aliases=["Aaina News", "Aaina News Urdu"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Urdu news TV channel's site, 'International' category on WordPress 6.0.2 (September 2022): the 6.x feed-rss2 template, channel 'بین الاقوامی &#8211; Aaina News Urdu' (the site name in Latin letters), language 'ur', CDATA dc:creator BEFORE pubDate ('ویب ڈیسک' or a person), Urdu CDATA categories, '?p=' guids, +0000 pubDates (newsroom +0500), descriptions that are the first 120 characters of the first paragraph cut mid-word without an ellipsis, content:encoded with 'City:' datelines, ”…“ quotes and the channel's bold app-download promo at the end of every body, a video and a live-stream promo")


FEEDS = [guanabara, tejo, shahrah, aaina]
