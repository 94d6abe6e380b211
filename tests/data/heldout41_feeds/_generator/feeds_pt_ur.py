# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese and Urdu world desks of the forty-first held-out set: a Manaus daily on WordPress
4.1 (2015), a Braga daily on Pimcore with Laminas\\Feed (2024), a Rawalpindi Urdu daily on
WordPress 5.1 (2019) and a Bhopal Urdu daily on Blogger (2026). All outlets, people and
quotations are invented."""
from h41 import P, cd, d, esc, feed, gmt, it, newest, q, rfc822, utc0, wpt


def wp_head(title, base, path, desc, lang, ver, built, ws=True):
    sy = ('\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n' if ws
          else '\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t<sy:updateFrequency>1</sy:updateFrequency>\n')
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f'\t<title>{title}</title>\n\t<atom:link href="{base}{path}" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f'\t<description>{desc}</description>\n\t<lastBuildDate>{utc0(built)}</lastBuildDate>\n\t<language>{lang}</language>\n{sy}\t<generator>https://wordpress.org/?v={ver}</generator>\n')


def wp_item(base, url, pid, title, when, creators, cats, excerpt, body):
    crs = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
    cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
    return (f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#respond</comments>\n\t\t<pubDate>{utc0(when)}</pubDate>{crs}{cts}\n\n"
            f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
            f"\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t\t</item>")


# ---------------------------------------------------------------- Manaus daily on WordPress 4.1 (March 2015)
def rionegro():
    base = "http://www.diariodorionegro.example"
    rows, items = [], []

    def add(pid, slug, title, when, creators, cats, excerpt, body, exp):
        url = f"{base}/mundo/{slug}/"
        rows.append(wp_item(base, url, pid, title, when, creators, cats, excerpt, body))
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2015, 3, 24, 14, 30, 0, -4)
    add(99812, "aviao-cai-nos-alpes-franceses-com-150-pessoas", "Avião cai nos Alpes franceses com 150 pessoas a bordo", w, ["Agência Estado"], ["Mundo"],
        "Um Airbus A320 da companhia low cost Germanwings, que fazia a rota entre Barcelona e Düsseldorf, caiu nesta terça-feira nos Alpes franceses [&#8230;]",
        P("<strong>PARIS</strong> &#8211; Um Airbus A320 da companhia de baixo custo Germanwings, que fazia a rota entre Barcelona e Düsseldorf, caiu nesta terça-feira nos Alpes franceses com 144 passageiros e seis tripulantes. Não há sobreviventes, segundo o governo francês.",
          "Entre os passageiros havia 16 alunos de uma escola alemã que voltavam de um intercâmbio na Espanha.",
          "O Itamaraty informou que não há registro de brasileiros a bordo."),
        lambda k: it(k, "Avião cai nos Alpes franceses com 150 pessoas a bordo", w, [], junk=["[…]"], note="A news agency as dc:creator: []."))
    w = d(2015, 3, 9, 21, 0, 0, -4)
    add(99102, "eua-declaram-venezuela-ameaca", "EUA declaram Venezuela ameaça à segurança nacional e sancionam sete autoridades", w, ["Raimundo Nonato Bezerra"], ["Mundo", "América Latina"],
        "O governo americano congelou bens de sete autoridades venezuelanas [&#8230;]",
        P("<strong>WASHINGTON</strong> &#8211; O governo dos Estados Unidos declarou nesta segunda-feira que a situação na Venezuela representa uma &#8220;ameaça extraordinária&#8221; à segurança nacional americana e congelou bens de sete autoridades venezuelanas.",
          "Caracas chamou a medida de agressão. Em Manaus, comerciantes que dependem do comércio com Santa Elena de Uairén temem novas restrições na fronteira em Roraima.",
          "&#8220;Quando Caracas fecha a fronteira, quem perde somos nós&#8221;, disse o empresário Sebastião Lira Cavalcante, que exporta alimentos para a Venezuela."),
        lambda k: it(k, "EUA declaram Venezuela ameaça à segurança nacional e sancionam sete autoridades", w, ["Raimundo Nonato Bezerra"], quotes=[q("Sebastião Lira Cavalcante")], junk=["[…]"],
                     note="Three-part Brazilian name kept whole."))
    w = d(2015, 3, 29, 19, 10, 0, -4)
    add(100120, "nigeria-vota-em-eleicao-adiada", "Nigéria vota em eleição presidencial adiada por violência do Boko Haram", w, ["Redação", "Agências"], ["Mundo", "África"],
        "Milhões de nigerianos foram às urnas [&#8230;]",
        P("<strong>LAGOS</strong> &#8211; Milhões de nigerianos foram às urnas neste sábado e domingo numa eleição presidencial adiada por seis semanas por causa da violência do grupo Boko Haram no nordeste do país.",
          "A contagem deve levar dois dias. <em>(Com agências internacionais)</em>"),
        lambda k: it(k, "Nigéria vota em eleição presidencial adiada por violência do Boko Haram", w, [], junk=["[…]", "Com agências"], note="Two desk credits as dc:creator: []."))
    w = d(2015, 3, 15, 20, 40, 0, -4)
    add(99430, "protesto-reune-milhares-em-manaus", "Protesto contra o governo reúne milhares na Ponta Negra", w, ["Lúcia Andrade"], ["Política", "Mundo"],
        "Manifestantes vestidos de verde e amarelo [&#8230;]",
        P("Manifestantes vestidos de verde e amarelo ocuparam a avenida da Ponta Negra neste domingo em protesto contra o governo federal e a corrupção na Petrobras."),
        lambda k: it(k, "Protesto contra o governo reúne milhares na Ponta Negra", w, ["Lúcia Andrade"], rel=False, junk=["[…]"], note="Home politics filed also under Mundo: not relevant."))
    w = d(2015, 3, 22, 18, 0, 0, -4)
    add(99750, "nacional-vence-classico", "Nacional vence o Rio Negro e assume a liderança do Barezão", w, ["Esportes"], ["Esportes", "Mundo"],
        "Leão da Vila [&#8230;]",
        P("O Nacional venceu o Rio Negro por 2 a 0 na Arena da Amazônia e assumiu a liderança do Campeonato Amazonense."),
        lambda k: it(k, "Nacional vence o Rio Negro e assume a liderança do Barezão", w, [], rel=False, junk=["[…]"], note="Home sport: not relevant. 'Esportes' is a desk."))
    w = d(2015, 3, 25, 12, 0, 0, -4)
    add(99860, "galeria-alpes-resgate", "Galeria: as buscas no local da queda do avião", w, ["Redação"], ["Galerias", "Mundo"],
        "Veja as fotos [&#8230;]",
        '[gallery ids="99861,99862,99863,99864"]',
        lambda k: it(k, "as buscas no local da queda do avião", w, [], story=False, rel=False, junk=["[…]"], note="Gallery shortcode: not a story. Title label 'Galeria:' may be kept or dropped; a title starting with a lower-case letter after the label is as the site wrote it."))
    rows, items = newest(rows, items)
    text = wp_head("Mundo &#8211; Diário do Rio Negro", base, "/category/mundo/feed/", "O jornal do Amazonas", "pt-BR", "4.1.1", d(2015, 3, 29, 19, 10, 0, -4), ws=False) + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("pt_br_diariodorionegro_mundo_wp41.rss.xml", text, items, lang="pt", outlet="Diário do Rio Negro",
                ctype="application/rss+xml; charset=UTF-8",
                structure="Manaus daily's 'Mundo' category on WordPress 4.1.1 (March 2015): WordPress's namespace block, channel 'Mundo &#8211; Brand', pt-BR, sy:update* without whitespace, http:// URLs, '/mundo/<slug>/' links, '?p=<id>' guids, +0000 pubDates (newsroom -0400, Amazonas time), CDATA dc:creator with a person, 'Agência Estado', 'Redação' AND 'Agências', or 'Esportes', CDATA categories, hand-written excerpts ending '[&#8230;]', content:encoded with bold upper-case datelines and '&#8211;', “…” quotes with 'disse', an italic '(Com agências internacionais)' tail, an unexpanded [gallery] shortcode, home protest and football under Mundo",
                notes="Brazil is the home country.")


# ---------------------------------------------------------------- Braga daily on Pimcore 11 + Laminas\Feed (October 2024)
def cavado():
    base = "https://www.diariodocavado.example"
    rows, items = [], []

    def add(oid, slug, title, when, authors, cats, desc, body, exp):
        url = f"{base}/mundo/{slug}~{oid}"
        au = "".join(f"\n      <dc:creator>{esc(a)}</dc:creator>" for a in authors)
        cts = "".join(f"\n      <category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"    <item>\n      <title><![CDATA[{title}]]></title>\n      <description><![CDATA[{desc}]]></description>\n      <pubDate>{rfc822(when)}</pubDate>\n      <link>{url}</link>\n"
                    f"      <guid isPermaLink=\"false\">pimcore-object-{oid}</guid>{au}{cts}\n      <content:encoded><![CDATA[{body}]]></content:encoded>\n    </item>")
        items.append(exp(f"pimcore-object-{oid}"))

    w = d(2024, 10, 21, 9, 40, 0, 1)
    add(58213, "moldavia-referendo-ue", "Moldávia aprova por margem mínima adesão à UE na Constituição", w, ["Inês Macedo Araújo"], ["Mundo", "Europa"],
        "Resultado apertado no referendo; Presidente fala em compra de votos.",
        P("Os eleitores da Moldávia aprovaram por pouco mais de 50% a inclusão do objetivo de adesão à União Europeia na Constituição, num referendo que coincidiu com a primeira volta das presidenciais.",
          "&#8220;O resultado mostra um país dividido ao meio e muito exposto à interferência externa&#8221;, disse à agência Lusa o investigador Rui Valadares, da Universidade do Minho.",
          "Bruxelas saudou o resultado."),
        lambda k: it(k, "Moldávia aprova por margem mínima adesão à UE na Constituição", w, ["Inês Macedo Araújo"], quotes=[q("Rui Valadares", "Universidade do Minho")],
                     note="Laminas\\Feed writer output: CDATA title and description, pubDate BEFORE link, 'pimcore-object-<id>' guids, dc:creator from the DublinCore extension."))
    w = d(2024, 10, 28, 8, 15, 0, 0)
    add(58377, "brasil-segunda-volta-municipais", "Municipais no Brasil: segunda volta confirma avanço da direita", w, ["Lusa"], ["Mundo", "Brasil"],
        "Partidos de centro e de direita venceram na maioria das capitais.",
        P("<strong>São Paulo, 28 out 2024 (Lusa)</strong> &#8211; Os partidos de centro e de direita venceram na maioria das capitais estaduais na segunda volta das eleições municipais brasileiras, realizada no domingo.",
          "Em São Paulo, o atual prefeito foi reeleito com 59% dos votos."),
        lambda k: it(k, "Municipais no Brasil: segunda volta confirma avanço da direita", w, [], junk=["(Lusa)"],
                     note="Lusa dateline and agency credit: []. The feed straddles the change from summer time: +0000 after 27 October."))
    w = d(2024, 10, 30, 19, 5, 0, 0)
    add(58460, "eua-eleicoes-emigrantes-portugueses", "Eleições nos EUA: emigrantes minhotos divididos entre os dois candidatos", w, ["Carlos Peixoto", "Joana Fernandes Rego"], ["Mundo", "EUA"],
        "Em Newark e em Fall River, a comunidade portuguesa vota dividida.",
        P("Em Newark e em Fall River, onde vivem milhares de emigrantes oriundos do Minho, a comunidade portuguesa chega dividida às presidenciais norte-americanas de 5 de novembro.",
          "&#8220;Os mais velhos votam pela economia, os filhos votam pelo resto&#8221;, disse Manuel Barbosa Lopes, dono de uma padaria no bairro Ironbound."),
        lambda k: it(k, "Eleições nos EUA: emigrantes minhotos divididos entre os dois candidatos", w, ["Carlos Peixoto", "Joana Fernandes Rego"], quotes=[q("Manuel Barbosa Lopes")],
                     note="Two dc:creator elements, both people. 'Eleições nos EUA:' is part of the headline."))
    w = d(2024, 10, 10, 18, 30, 0, 1)
    add(57802, "orcamento-2025-aprovado-generalidade", "Orçamento do Estado para 2025: Governo e PS chegam a acordo", w, ["Redação"], ["Política", "Mundo"],
        "Abstenção socialista viabiliza aprovação na generalidade.",
        P("O Governo e o PS chegaram a acordo para a viabilização do Orçamento do Estado para 2025 na votação na generalidade."),
        lambda k: it(k, "Orçamento do Estado para 2025: Governo e PS chegam a acordo", w, [], rel=False, note="Portuguese home politics with a Mundo category: not relevant."))
    w = d(2024, 10, 20, 21, 10, 0, 1)
    add(58190, "sc-braga-vence-em-guimaraes", "SC Braga vence dérbi minhoto em Guimarães", w, ["Desporto"], ["Desporto", "Mundo"],
        "Golo nos descontos decide o dérbi.",
        P("O SC Braga venceu o Vitória por 1-0 em Guimarães, com um golo nos descontos."),
        lambda k: it(k, "SC Braga vence dérbi minhoto em Guimarães", w, [], rel=False, note="Home sport: not relevant."))
    w = d(2024, 10, 25, 7, 0, 0, 1)
    add(58300, "podcast-mundo-em-15-minutos-ep-88", "Podcast Mundo em 15 minutos #88: Moldávia, Geórgia e a sombra de Moscovo", w, ["Diário do Cávado"], ["Podcasts"],
        "Ouça o episódio desta semana.",
        '<p><iframe src="https://open.spotify.example/embed/episode/4fT7mundo88" width="100%" height="152" frameborder="0"></iframe></p><p>Ouça no Spotify, Apple Podcasts ou na sua aplicação de podcasts.</p>',
        lambda k: it(k, "Moldávia, Geórgia e a sombra de Moscovo", w, [], story=False, rel=False, note="Podcast episode: not a story. Title label 'Podcast Mundo em 15 minutos #88:' may be kept or dropped."))
    rows, items = newest(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">\n  <channel>\n'
            '    <title>Diário do Cávado | Mundo</title>\n    <description>Notícias do mundo</description>\n'
            f'    <generator uri="https://getlaminas.org">Laminas_Feed_Writer</generator>\n    <link>{base}/mundo</link>\n    <copyright>© 2024 Diário do Cávado – Edições do Minho, S.A.</copyright>\n'
            f'    <language>pt-PT</language>\n    <docs>http://www.rssboard.org/rss-specification</docs>\n    <atom:link rel="self" type="application/rss+xml" href="{base}/feed/mundo.xml"/>\n'
            + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("pt_pt_diariodocavado_mundo_pimcore_laminas.rss.xml", text, items, lang="pt", outlet="Diário do Cávado",
                ctype="application/rss+xml; charset=UTF-8",
                structure="Braga daily's 'Mundo' feed from Pimcore 11 through Laminas\\Feed\\Writer (October 2024): namespaces BEFORE version on <rss>, two-space indentation, channel 'Brand | Mundo', generator with uri attribute and no version, <docs>, copyright '© … – Edições do Minho, S.A.', pt-PT, items with CDATA title and description FIRST, pubDate before link, 'pimcore-object-<id>' non-permalink guids, dc:creator per author (people, 'Lusa', 'Redação', 'Desporto', the brand), CDATA categories, CDATA content:encoded with “…” as numeric references and a bold Lusa dateline, +0100 then +0000 dates across the end of summer time, home budget and football, a podcast",
                notes="Portugal is the home country; Portuguese emigrants voting abroad in the US election is foreign news (relevant).")


# ---------------------------------------------------------------- Rawalpindi Urdu daily on WordPress 5.1 (March 2019)
def pothohar():
    base = "https://www.roznamapothohar.example"
    rows, items = [], []

    def add(pid, slug, title, when, creators, cats, excerpt, body, exp):
        url = f"{base}/{slug}/"
        rows.append(wp_item(base, url, pid, title, when, creators, cats, excerpt, body))
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2019, 3, 1, 22, 15, 0, 5)
    add(145520, "indian-pilot-handed-over-wagah", "گرفتار بھارتی پائلٹ واہگہ بارڈر پر بھارتی حکام کے حوالے", w, ["ویب ڈیسک"], ["بین الاقوامی", "پاکستان"],
        "پاکستان نے خیرسگالی کے جذبے کے تحت گرفتار بھارتی پائلٹ کو واہگہ بارڈر پر بھارتی حکام کے حوالے کر دیا [&hellip;]",
        P("<strong>لاہور (نمائندہ خصوصی)</strong> پاکستان نے خیرسگالی کے جذبے کے تحت گرفتار بھارتی پائلٹ کو جمعہ کی رات واہگہ بارڈر پر بھارتی حکام کے حوالے کر دیا۔",
          "دفتر خارجہ کے مطابق یہ اقدام کشیدگی کم کرنے کے لیے کیا گیا ہے۔",
          "قائداعظم یونیورسٹی کے شعبہ بین الاقوامی تعلقات کی استاد ڈاکٹر نائلہ شفیق نے کہا کہ ”گیند اب نئی دہلی کے کورٹ میں ہے، دونوں ملکوں کو بات چیت کی میز پر آنا ہوگا۔“"),
        lambda k: it(k, "گرفتار بھارتی پائلٹ واہگہ بارڈر پر بھارتی حکام کے حوالے", w, [], quotes=[q("نائلہ شفیق", "قائداعظم یونیورسٹی")], junk=["نمائندہ خصوصی"],
                     note="'ویب ڈیسک' is a desk; the bold dateline 'لاہور (نمائندہ خصوصی)' credits a correspondent without a name. 'ڈاکٹر' is a title. Pakistan–India crisis: relevant."))
    w = d(2019, 3, 14, 19, 40, 0, 5)
    add(146310, "kartarpur-talks-attari", "کرتارپور راہداری: پاکستان اور بھارت کے وفود کے درمیان اٹاری میں مذاکرات", w, ["شاہد محمود اعوان"], ["بین الاقوامی"],
        "دونوں ممالک نے مذاکرات کو مثبت قرار دیا [&hellip;]",
        P("<strong>اٹاری (شاہد محمود اعوان)</strong> کرتارپور راہداری کے معاملے پر پاکستان اور بھارت کے وفود کے درمیان پہلا باضابطہ اجلاس اٹاری میں ہوا۔",
          "دفتر خارجہ کے ترجمان کے مطابق اگلا اجلاس 2 اپریل کو واہگہ میں ہوگا۔"),
        lambda k: it(k, "کرتارپور راہداری: پاکستان اور بھارت کے وفود کے درمیان اٹاری میں مذاکرات", w, ["شاہد محمود اعوان"], note="Reporter in dc:creator and in the bold dateline."))
    w = d(2019, 3, 15, 16, 5, 0, 5)
    add(146390, "christchurch-mosques-attack", "نیوزی لینڈ: کرائسٹ چرچ کی دو مساجد پر حملہ، 49 افراد جاں بحق", w, ["ویب ڈیسک", "ایجنسیاں"], ["بین الاقوامی"],
        "جاں بحق ہونے والوں میں پاکستانی بھی شامل [&hellip;]",
        P("<strong>ولنگٹن (ایجنسیاں)</strong> نیوزی لینڈ کے شہر کرائسٹ چرچ میں جمعہ کی نماز کے دوران دو مساجد پر فائرنگ سے 49 افراد جاں بحق ہو گئے۔",
          "دفتر خارجہ نے تصدیق کی ہے کہ جاں بحق ہونے والوں میں پاکستانی شہری بھی شامل ہیں۔"),
        lambda k: it(k, "نیوزی لینڈ: کرائسٹ چرچ کی دو مساجد پر حملہ، 49 افراد جاں بحق", w, [], junk=["(ایجنسیاں)"], note="Two desk credits: []."))
    w = d(2019, 3, 12, 11, 0, 0, 5)
    add(146120, "metro-bus-fare-rawalpindi", "راولپنڈی: میٹرو بس کا کرایہ بڑھانے کی تجویز مسترد", w, ["عمران حیدر"], ["راولپنڈی", "بین الاقوامی"],
        "پنجاب ماس ٹرانزٹ اتھارٹی کا اجلاس [&hellip;]",
        P("<strong>راولپنڈی (عمران حیدر)</strong> پنجاب ماس ٹرانزٹ اتھارٹی نے میٹرو بس کا کرایہ 20 روپے سے بڑھانے کی تجویز مسترد کر دی۔"),
        lambda k: it(k, "راولپنڈی: میٹرو بس کا کرایہ بڑھانے کی تجویز مسترد", w, ["عمران حیدر"], rel=False, note="City news: not relevant."))
    w = d(2019, 3, 17, 23, 30, 0, 5)
    add(146480, "psl-final-karachi", "پی ایس ایل فائنل: کراچی میں شائقین کا جوش و خروش", w, ["اسپورٹس ڈیسک"], ["کھیل", "بین الاقوامی"],
        "نیشنل اسٹیڈیم کھچا کھچ بھرا رہا [&hellip;]",
        P("<strong>کراچی (اسپورٹس ڈیسک)</strong> پاکستان سپر لیگ کے فائنل کے لیے نیشنل اسٹیڈیم کھچا کھچ بھرا رہا۔"),
        lambda k: it(k, "پی ایس ایل فائنل: کراچی میں شائقین کا جوش و خروش", w, [], rel=False, note="Home sport: not relevant."))
    w = d(2019, 3, 2, 10, 0, 0, 5)
    add(145560, "video-wagah-scenes", "ویڈیو: واہگہ بارڈر پر رات گئے کے مناظر", w, ["ویب ڈیسک"], ["ویڈیو", "بین الاقوامی"],
        "دیکھیے [&hellip;]",
        '<p><iframe width="640" height="360" src="https://www.youtube.example/embed/wgh0301" frameborder="0" allowfullscreen></iframe></p>',
        lambda k: it(k, "واہگہ بارڈر پر رات گئے کے مناظر", w, [], story=False, rel=False, note="Video: not a story. Title label 'ویڈیو:' may be kept or dropped."))
    rows, items = newest(rows, items)
    text = wp_head("بین الاقوامی &#8211; روزنامہ پوٹھوہار", base, "/category/international/feed/", "راولپنڈی اسلام آباد کا اپنا اخبار", "ur", "5.1.1", d(2019, 3, 17, 23, 30, 0, 5)) + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("ur_pk_roznamapothohar_international_wp51.rss.xml", text, items, lang="ur", outlet="روزنامہ پوٹھوہار", aliases=["پوٹھوہار"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Rawalpindi Urdu daily's 'بین الاقوامی' category on WordPress 5.1.1 (March 2019): WordPress's namespace block, channel 'Section &#8211; Brand', language 'ur', sy:update* whitespace, Latin '/<slug>/' links, '?p=<id>' guids, +0000 pubDates (newsroom +0500), CDATA dc:creator with a reporter, 'ویب ڈیسک', 'ایجنسیاں' as a second creator, 'اسپورٹس ڈیسک', Urdu CDATA categories, excerpts ending '[&hellip;]', content:encoded opening with bold 'شہر (credit)' datelines naming a reporter, 'نمائندہ خصوصی' or 'ایجنسیاں', ”…“ quotes after 'نے کہا کہ', a video, city news and PSL cricket",
                notes="Pakistan is the home country; relations with India are foreign affairs (relevant).")


# ---------------------------------------------------------------- Bhopal Urdu daily on Blogger (January 2026)
def badatalab():
    blog = "tag:blogger.com,1999:blog-4418273305127719920"
    base = "https://www.badatalab.example"
    entries, items = [], []

    def add(pid, path, title, when, upd, author, label_list, html, exp):
        url = f"{base}/{path}"
        cats = "".join(f"<category scheme=\"http://www.blogger.com/atom/ns#\" term=\"{c}\"/>" for c in label_list)
        entries.append(f"<entry><id>{blog}.post-{pid}</id><published>{when.isoformat(timespec='milliseconds')}</published><updated>{upd.isoformat(timespec='milliseconds')}</updated>{cats}"
                       f"<title type='text'>{esc(title)}</title><content type='html'>{esc(html)}</content>"
                       f"<link rel='replies' type='application/atom+xml' href='{base}/feeds/{pid}/comments/default' title='تبصرے شائع کریں'/>"
                       f"<link rel='alternate' type='text/html' href='{url}' title='{esc(title)}'/>"
                       f"<author><name>{author}</name><uri>https://www.blogger.com/profile/07731920418822016655</uri><email>noreply@blogger.com</email><gd:image rel='http://schemas.google.com/g/2005#thumbnail' width='16' height='16' src='https://img1.blogblog.example/img/b16-rounded.gif'/></author>"
                       f"<thr:total>0</thr:total></entry>")
        items.append(exp(f"{blog}.post-{pid}"))

    w = d(2026, 1, 14, 18, 20, 0, 5.5)
    add("8812390021457700311", "2026/01/haj-quota-talks.html", "حج کوٹے پر سعودی عرب سے بات چیت، ہندوستانی عازمین کی تعداد میں اضافے کا امکان", w, d(2026, 1, 14, 19, 2, 0, 5.5), "بڑا تالاب نیوز", ["بین الاقوامی", "حج"],
        "<b>نئی دہلی، 14 جنوری (ایجنسیاں)</b> ہندوستان اور سعودی عرب کے درمیان حج 2026 کے دو طرفہ معاہدے پر جدہ میں بات چیت مکمل ہو گئی۔<br /><br />ذرائع کے مطابق ہندوستانی عازمین کا کوٹہ بڑھنے کا امکان ہے۔ بھوپال کے حج ٹور آپریٹر سید انور علی نے کہا کہ ”مدھیہ پردیش سے اس سال درخواستیں پچھلے سال سے زیادہ ہیں۔“<br />",
        lambda k: it(k, "حج کوٹے پر سعودی عرب سے بات چیت، ہندوستانی عازمین کی تعداد میں اضافے کا امکان", w, [], quotes=[q("سید انور علی")], junk=["(ایجنسیاں)"],
                     note="Blogger Atom: one line, the blog's display name as author, Blogger's default-avatar gd:image. Text separated by <br /><br /> instead of paragraphs. An India–Saudi agreement: relevant. 'سید' is part of the name as the site writes it."))
    w = d(2026, 1, 10, 21, 5, 0, 5.5)
    add("2290471185633390012", "2026/01/iran-protests-tehran.html", "ایران: مہنگائی کے خلاف تہران اور مشہد میں مظاہرے", w, w, "بڑا تالاب نیوز", ["بین الاقوامی"],
        "<b>تہران، 10 جنوری (ایجنسیاں)</b> ایران کے دارالحکومت تہران اور مشہد میں مہنگائی اور کرنسی کی قدر میں کمی کے خلاف مظاہرے ہوئے۔<br /><br />پولیس نے متعدد افراد کو حراست میں لے لیا۔<br />",
        lambda k: it(k, "ایران: مہنگائی کے خلاف تہران اور مشہد میں مظاہرے", w, [], junk=["(ایجنسیاں)"], note="Agency copy posted under the blog's name: []."))
    w = d(2026, 1, 7, 16, 45, 0, 5.5)
    add("5567120938847612204", "2026/01/bangladesh-india-ties.html", "بنگلہ دیش کے ساتھ تجارتی راہداری پر ہندوستان کی نئی تجویز", w, w, "محمد عارف خان", ["بین الاقوامی", "جنوبی ایشیا"],
        "<b>نئی دہلی، 7 جنوری (محمد عارف خان)</b> ہندوستان نے بنگلہ دیش کے ساتھ تجارتی راہداری کھولنے کی نئی تجویز پیش کی ہے۔<br /><br />جواہر لعل نہرو یونیورسٹی کی پروفیسر ڈاکٹر شبنم قریشی نے کہا کہ ”دونوں پڑوسیوں کو تجارت کو سیاست سے الگ رکھنا ہوگا۔“<br />",
        lambda k: it(k, "بنگلہ دیش کے ساتھ تجارتی راہداری پر ہندوستان کی نئی تجویز", w, ["محمد عارف خان"], quotes=[q("شبنم قریشی", "جواہر لعل نہرو یونیورسٹی")], note="Reporter as Blogger author and in the dateline. 'پروفیسر ڈاکٹر' are titles."))
    w = d(2026, 1, 12, 12, 10, 0, 5.5)
    add("7781220394415526018", "2026/01/bhopal-municipal-budget.html", "بھوپال میونسپل کارپوریشن کا بجٹ اجلاس ہنگامہ آرائی کی نذر", w, w, "نمائندہ", ["بھوپال", "بین الاقوامی"],
        "<b>بھوپال (نمائندہ)</b> بھوپال میونسپل کارپوریشن کا بجٹ اجلاس اپوزیشن کے ہنگامے کی وجہ سے ملتوی کر دیا گیا۔<br />",
        lambda k: it(k, "بھوپال میونسپل کارپوریشن کا بجٹ اجلاس ہنگامہ آرائی کی نذر", w, [], rel=False, note="City news labelled also بین الاقوامی: not relevant. 'نمائندہ' is a credit."))
    w = d(2026, 1, 11, 22, 30, 0, 5.5)
    add("3309127745128873301", "2026/01/cricket-odi-vadodara.html", "کرکٹ: وڈودرا ون ڈے میں ہندوستان کی جیت", w, w, "بڑا تالاب نیوز", ["کھیل", "بین الاقوامی"],
        "<b>وڈودرا (ایجنسیاں)</b> ہندوستان نے پہلے ون ڈے میں نیوزی لینڈ کو چار وکٹوں سے شکست دے دی۔<br />",
        lambda k: it(k, "کرکٹ: وڈودرا ون ڈے میں ہندوستان کی جیت", w, [], rel=False, junk=["(ایجنسیاں)"], note="Sport: not relevant. 'کرکٹ:' is part of the headline."))
    w = d(2026, 1, 15, 8, 0, 0, 5.5)
    add("6620018834471290055", "2026/01/epaper-15-january.html", "ای پیپر: 15 جنوری 2026", w, w, "بڑا تالاب نیوز", ["ای پیپر"],
        '<a href="https://www.badatalab.example/epaper/2026-01-15.pdf"><img border="0" src="https://blogger.googleusercontent.example/img/b/R29vZ2xl/epaper-15-01-2026.jpg" width="400" /></a><br />',
        lambda k: it(k, "15 جنوری 2026", w, [], story=False, rel=False, note="E-paper page: not a story. Title label 'ای پیپر:' may be kept or dropped."))
    order = sorted(range(len(entries)), key=lambda i: items[i].published, reverse=True)
    entries, items = [entries[i] for i in order], [items[i] for i in order]
    text = ("<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href=\"http://www.blogger.com/styles/atom.css\" type=\"text/css\"?>"
            "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:georss='http://www.georss.org/georss' xmlns:gd=\"http://schemas.google.com/g/2005\" xmlns:thr='http://purl.org/syndication/thread/1.0'>"
            f"<id>{blog}</id><updated>2026-01-15T08:00:12.114+05:30</updated><category term=\"بین الاقوامی\"/><title type='text'>روزنامہ بڑا تالاب</title><subtitle type='html'>بھوپال کا اردو روزنامہ</subtitle>"
            f"<link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='{base}/feeds/posts/default'/><link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/4418273305127719920/posts/default/-/%D8%A8%DB%8C%D9%86'/>"
            f"<link rel='alternate' type='text/html' href='{base}/search/label/%D8%A8%DB%8C%D9%86%20%D8%A7%D9%84%D8%A7%D9%82%D9%88%D8%A7%D9%85%DB%8C'/><author><name>بڑا تالاب نیوز</name><uri>https://www.blogger.com/profile/07731920418822016655</uri><email>noreply@blogger.com</email></author>"
            "<generator version='7.00' uri='http://www.blogger.com'>Blogger</generator><openSearch:totalResults>6</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex><openSearch:itemsPerPage>25</openSearch:itemsPerPage>"
            + "".join(entries) + "</feed>")
    return feed("ur_in_badatalab_international_blogger.atom.xml", text, items, lang="ur", outlet="روزنامہ بڑا تالاب", aliases=["بڑا تالاب"], shape="atom",
                ctype="application/atom+xml; charset=UTF-8",
                structure="Bhopal Urdu daily's label feed on Blogger (/feeds/posts/default/-/<label>, January 2026): the whole document on one line with Blogger's stylesheet PI, single-quoted attributes, openSearch/blogger/georss/gd/thr namespaces, blog title in Urdu with no xml:lang or language anywhere, 'tag:blogger.com,1999:blog-<id>.post-<id>' ids, published/updated with milliseconds and +05:30, label categories with the Blogger scheme, escaped HTML content with <br /><br /> instead of paragraphs and bold 'شہر، تاریخ (credit)' datelines, authors = the blog's display name, a reporter or 'نمائندہ', with noreply e-mail and the default-avatar gd:image, replies links with Urdu titles, thr:total, ”…“ quotes after 'نے کہا کہ', city news, cricket and an e-paper page",
                notes="India is the home country.")


FEEDS = [rionegro, cavado, pothohar, badatalab]
