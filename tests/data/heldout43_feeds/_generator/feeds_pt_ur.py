# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese and Urdu feeds of the forty-third held-out set: a Florianópolis daily with Yoast's
Brazilian footer and 'Continua depois da publicidade' slots (2021), a Braga weekly's site with
Zemanta related articles and pixel (2014), a Faisalabad Urdu daily's AMP feed with Google AMP
cache links (2017) and a Hyderabad Urdu daily with an Urdu 'appeared first on' footer and share
row (2026). All outlets, people and quotations are invented."""
from h43 import cd, d, esc, feed, it, q, rfc822, utc0, wp_item, wp_rss, wpt


def _sorted(rows, items):
    pairs = sorted(zip(rows, items, strict=True), key=lambda r: r[1].published, reverse=True)
    return [r for r, _ in pairs], [i for _, i in pairs]


# ---------------------------------------------------------------- Florianópolis: 'O post … apareceu primeiro em …', Publicidade slots, WhatsApp CTA, 2021
def desterro():
    base = "https://www.diariododesterro.example"
    rows, items = [], []
    pub = '<div class="dd-publicidade"><span>Continua depois da publicidade</span><div class="dd-ad" id="dd-ad-meio"></div></div>'
    zap = '<p class="dd-whatsapp"><strong>📲 Receba as notícias do Diário do Desterro no WhatsApp.</strong> <a href="https://chat.whatsapp.com/Dd7rT2kQ9mXp">Clique aqui e entre no grupo</a>.</p>'

    def add(pid, slug, title, when, creator, cats, excerpt, paras, exp):
        url = f"{base}/{cats[0].lower()}/{slug}/"
        foot = f'<p>O post <a rel="nofollow" href="{url}">{wpt(title)}</a> apareceu primeiro em <a rel="nofollow" href="{base}">Diário do Desterro</a>.</p>\n'
        body = paras[0] + (pub if len(paras) > 1 else "") + "".join(paras[1:]) + zap + foot
        rows.append(wp_item(title, url, when, [creator], cats, pid, base, f"<p>{excerpt}</p>\n{foot}", body))
        items.append(exp(f"{base}/?p={pid}"))

    junk = ["apareceu primeiro em", "publicidade", "WhatsApp", "Clique aqui"]
    w = d(2021, 8, 17, 20, 15, 0, -3)
    add(154410, "afeganistao-brasileiros-cabul-retirada", "Afeganistão: Itamaraty tenta retirar brasileiros de Cabul", w, "Luana Bittencourt", ["Mundo"],
        "Ao menos cinco brasileiros pediram ajuda para deixar o país depois da tomada de Cabul pelo Talibã.",
        ["<p>O Itamaraty tenta retirar de Cabul ao menos cinco brasileiros que pediram ajuda para deixar o Afeganistão depois da tomada da capital pelo Talibã, no domingo (15).</p>",
         "<p>Sem embaixada no país, o Brasil depende de voos organizados por aliados. &#8220;Nessas horas a rede de contatos vale mais do que qualquer avião&#8221;, disse o ex-diplomata Rogério Amaral Kfouri, que serviu no Paquistão.</p>",
         "<p>O aeroporto de Cabul está sob controle de tropas americanas.</p>"],
        lambda k: it(k, "Afeganistão: Itamaraty tenta retirar brasileiros de Cabul", w, ["Luana Bittencourt"], quotes=[q("Rogério Amaral Kfouri")], junk=junk,
                     note="'Continua depois da publicidade' slot after the first paragraph, a WhatsApp-group call to action with an emoji, and Yoast's Brazilian footer 'O post … apareceu primeiro em …' (also after the excerpt in the description). Relevant."))
    w = d(2021, 8, 16, 14, 0, 0, -3)
    add(154388, "haiti-terremoto-ajuda-brasileira", "Terremoto no Haiti: Brasil envia ajuda humanitária", w, "Luana Bittencourt", ["Mundo"],
        "O terremoto de sábado matou mais de 1.400 pessoas no sudoeste do país.",
        ["<p>O governo brasileiro anunciou o envio de ajuda humanitária ao Haiti, onde o terremoto de magnitude 7,2 de sábado (14) matou mais de 1.400 pessoas no sudoeste do país.</p>",
         "<p>&#8220;Muitos haitianos que vivem em Santa Catarina ainda não conseguiram falar com a família&#8221;, disse Jean-Robert Augustin, presidente de uma associação de imigrantes em Florianópolis.</p>"],
        lambda k: it(k, "Terremoto no Haiti: Brasil envia ajuda humanitária", w, ["Luana Bittencourt"], quotes=[q("Jean-Robert Augustin")], junk=junk, note="Relevant."))
    w = d(2021, 8, 16, 9, 30, 0, -3)
    add(154380, "cpi-covid-depoimento-semana", "CPI da Covid ouve empresário nesta semana", w, "Agência Estado", ["Política"],
        "A comissão retoma os depoimentos na terça-feira.",
        ["<p>A CPI da Covid no Senado retoma os depoimentos na terça-feira (17) com um empresário ligado à negociação de vacinas.</p>"],
        lambda k: it(k, "CPI da Covid ouve empresário nesta semana", w, [], rel=False, junk=junk, note="Home politics; an agency in dc:creator. A story, not relevant."))
    w = d(2021, 8, 15, 18, 40, 0, -3)
    add(154371, "taliba-entra-em-cabul-presidente-deixa-pais", "Talibã entra em Cabul e presidente afegão deixa o país", w, "Redação", ["Mundo"],
        "Os insurgentes tomaram a capital sem resistência 20 anos depois de serem expulsos do poder.",
        ["<p>O Talibã entrou em Cabul neste domingo (15) sem encontrar resistência, e o presidente afegão deixou o país, 20 anos depois de o grupo ter sido expulso do poder.</p>",
         "<p>Países ocidentais aceleraram a retirada de diplomatas.</p>"],
        lambda k: it(k, "Talibã entra em Cabul e presidente afegão deixa o país", w, [], junk=junk, note="'Redação' is not a person. Relevant."))
    w = d(2021, 8, 14, 11, 0, 0, -3)
    add(154355, "avai-vence-e-sobe-na-serie-b", "Avaí vence o Vasco e entra no G4 da Série B", w, "Thiago Sell", ["Esportes"],
        "O time da Ressacada venceu por 1 a 0.",
        ["<p>O Avaí venceu o Vasco por 1 a 0 na Ressacada e entrou no G4 da Série B.</p>"],
        lambda k: it(k, "Avaí vence o Vasco e entra no G4 da Série B", w, ["Thiago Sell"], rel=False, junk=junk, note="Sport: a story, not relevant."))
    w = d(2021, 8, 13, 7, 0, 0, -3)
    add(154340, "previsao-tempo-frio-serra-catarinense", "Previsão do tempo: frente fria traz neve à serra catarinense", w, "Redação", ["Tempo"],
        "Urubici e São Joaquim podem ter neve no fim de semana.",
        ["<p>Uma nova frente fria deve trazer temperaturas negativas e possibilidade de neve a Urubici e São Joaquim no fim de semana.</p>"],
        lambda k: it(k, "Previsão do tempo: frente fria traz neve à serra catarinense", w, [], story=False, rel=False, junk=junk, note="Weather forecast: not a story."))
    rows, items = _sorted(rows, items)
    text = wp_rss("Diário do Desterro", f"{base}/feed/", base, "Notícias de Florianópolis, Santa Catarina e do mundo", rfc822(d(2021, 8, 17, 23, 15, 0, 0)), "pt-BR", "5.8", rows)
    return feed("pt_br_diariododesterro_feed_yoast_publicidade_2021.rss.xml", text, items, lang="pt", outlet="Diário do Desterro", aliases=["Diario do Desterro"], topic="mixed",
                structure="Florianópolis daily's main WordPress 5.8 feed in August 2021: rss2 template (pt-BR, +0000 dates, newsroom -0300), '/<section>/<slug>/' links, dc:creator people, 'Redação' or 'Agência Estado'; content:encoded with a 'Continua depois da publicidade' slot after the first paragraph, a bold WhatsApp-group call to action with 📲 and Yoast's 'O post … apareceu primeiro em …' footer, which the description repeats after the excerpt; day-of-week dates in parentheses ('domingo (15)'), home politics, sport and a weather forecast")


# ---------------------------------------------------------------- Braga: Zemanta related articles and pixie, 'Publicidade', 2014
def cavado():
    base = "http://gazetadocavado.example"
    rows, items = [], []

    def zem(pid, rel):
        lis = "".join(f'<li class="zemanta-article-ul-li"><a href="{u}" target="_blank">{t}</a> ({s})</li>' for u, t, s in rel)
        return (f'<h6 class="zemanta-related-title" style="font-size:1em;">Artigos relacionados</h6><ul class="zemanta-article-ul">{lis}</ul>'
                f'<div class="zemanta-pixie" style="margin-top:10px;height:15px;"><a class="zemanta-pixie-a" href="http://www.zemanta.com/?px" title="Enhanced by Zemanta"><img class="zemanta-pixie-img" style="border:none;float:right;" src="http://img.zemanta.com/zemified_e.png?x-id=6c1{pid}b2e-8f4d-4c1a-9d0e" alt="Enhanced by Zemanta" /></a></div>')

    pub = '<p style="text-align:center;"><small>Publicidade</small></p><div class="gc-banner"><a href="http://gazetadocavado.example/publicidade/"><img src="http://gazetadocavado.example/wp-content/uploads/2014/02/banner-stand-braga.gif" alt="" width="468" height="60" /></a></div>'

    def add(pid, slug, title, when, creator, cats, excerpt, body, rel, exp):
        url = f"{base}/?p={pid}"
        rows.append(wp_item(title, url, when, [creator], cats, pid, base, excerpt + " [&#8230;]", body + pub + zem(pid, rel)).replace(f"{url}feed/", f"{base}/?feed=rss2&amp;p={pid}"))
        items.append(exp(f"{base}/?p={pid}"))

    junk = ["Artigos relacionados", "Enhanced by Zemanta", "Publicidade"]
    w = d(2014, 3, 18, 19, 30, 0, 0)
    add(9120, "crimeia", "Crimeia: Portugal junta-se aos parceiros europeus e não reconhece anexação", w, "Sérgio Macedo", ["Mundo"],
        "O Governo português condenou a assinatura do tratado de anexação da Crimeia pela Rússia.",
        "<p>O Governo português condenou esta terça-feira a assinatura do tratado que anexa a Crimeia à Rússia e disse que não reconhecerá a alteração de fronteiras, em linha com os parceiros da União Europeia.</p>"
        "<p>&#8220;Há bracarenses casados com ucranianas que não dormem desde domingo&#8221;, contou ao <em>Gazeta do Cávado</em> Olena Ferreira, presidente da Associação de Ucranianos do Minho.</p>",
        [("http://www.diariolusitano.example/mundo/crimeia-tratado", "Putin assina tratado de anexação", "diariolusitano.example"), ("http://www.worldwireservice.example/news/europe/crimea-what-next", "Crimea referendum: what next?", "worldwireservice.example")],
        lambda k: it(k, "Crimeia: Portugal junta-se aos parceiros europeus e não reconhece anexação", w, ["Sérgio Macedo"], quotes=[q("Olena Ferreira", "Associação de Ucranianos do Minho")], junk=junk,
                     note="'?p=<id>' links (no pretty permalinks). The body ends with a 'Publicidade' banner and Zemanta's 'Artigos relacionados' list of OTHER outlets' articles plus the 'Enhanced by Zemanta' pixie image. Relevant."))
    w = d(2014, 3, 17, 12, 0, 0, 0)
    add(9112, "venezuela", "Venezuela: comunidade madeirense e minhota vive com medo dos protestos", w, "Sérgio Macedo", ["Mundo"],
        "Os protestos contra o Governo venezuelano já fizeram 28 mortos desde fevereiro.",
        "<p>Os protestos contra o Governo venezuelano já fizeram 28 mortos desde fevereiro, e a comunidade portuguesa, uma das maiores do país, diz viver com medo.</p>"
        "<p>&#8220;O meu irmão fechou a padaria em Valência há duas semanas e ainda não reabriu&#8221;, disse Manuel Araújo Pinto, natural de Vila Verde.</p>",
        [("http://www.noticiasdoatlantico.example/mundo/venezuela-protestos", "Venezuela: mais dois mortos em Caracas", "noticiasdoatlantico.example")],
        lambda k: it(k, "Venezuela: comunidade madeirense e minhota vive com medo dos protestos", w, ["Sérgio Macedo"], quotes=[q("Manuel Araújo Pinto")], junk=junk, note="Relevant."))
    w = d(2014, 3, 15, 10, 30, 0, 0)
    add(9101, "mh370", "Avião da Malaysia Airlines terá sido desviado deliberadamente", w, "Lusa", ["Mundo"],
        "O primeiro-ministro malaio disse que os sistemas de comunicação foram desligados.",
        "<p>Kuala Lumpur, 15 mar (Lusa) &#8211; O primeiro-ministro da Malásia afirmou hoje que o avião da Malaysia Airlines desaparecido há uma semana com 239 pessoas a bordo foi desviado de forma deliberada.</p>",
        [("http://www.jornaldoalto-minho.example/mundo/mh370", "MH370: as hipóteses em cima da mesa", "jornaldoalto-minho.example")],
        lambda k: it(k, "Avião da Malaysia Airlines terá sido desviado deliberadamente", w, [], junk=[*junk, "(Lusa)"], note="Agency copy with a Lusa dateline; 'Lusa' is not a person. Relevant."))
    w = d(2014, 3, 14, 16, 0, 0, 0)
    add(9095, "juros", "Juros da dívida a 10 anos abaixo dos 5%", w, "Ana Rita Gomes", ["Economia"],
        "A dois meses do fim do programa de ajustamento.",
        "<p>Os juros da dívida portuguesa a dez anos mantêm-se abaixo de 5%, um mínimo desde 2010, a dois meses do fim do programa de ajustamento.</p>",
        [("http://www.semanarioeconomico.example/economia/juros", "Saída limpa ou programa cautelar?", "semanarioeconomico.example")],
        lambda k: it(k, "Juros da dívida a 10 anos abaixo dos 5%", w, ["Ana Rita Gomes"], rel=False, junk=junk, note="Home economy: a story, not relevant."))
    w = d(2014, 3, 16, 22, 0, 0, 0)
    add(9108, "sporting-braga", "Braga empata em Alvalade", w, "Desporto", ["Desporto"],
        "Um golo para cada lado em Lisboa.",
        "<p>O Sporting de Braga empatou 1-1 em Alvalade e continua no sexto lugar.</p>",
        [("http://www.desportominhoto.example/futebol/braga", "Braga: as notas dos jogadores", "desportominhoto.example")],
        lambda k: it(k, "Braga empata em Alvalade", w, [], rel=False, junk=junk, note="Sport: a story, not relevant. 'Desporto' is a desk."))
    w = d(2014, 3, 13, 9, 0, 0, 0)
    add(9088, "agenda", "Agenda cultural: o que fazer em Braga este fim de semana", w, "Gazeta do Cávado", ["Agenda"],
        "Concertos, teatro e uma feira do livro.",
        "<p>Sexta: concerto no Theatro Circo. Sábado: feira do livro na Avenida Central. Domingo: teatro infantil.</p>",
        [("http://www.agendabracarense.example/agenda", "Agenda municipal", "agendabracarense.example")],
        lambda k: it(k, "Agenda cultural: o que fazer em Braga este fim de semana", w, [], story=False, rel=False, junk=junk, note="Listings: not a story."))
    rows, items = _sorted(rows, items)
    text = wp_rss("Gazeta do Cávado", f"{base}/?feed=rss2", base, "Semanário regional de Braga", rfc822(d(2014, 3, 18, 19, 30, 0, 0)), "pt-PT", "3.8.1", rows)
    return feed("pt_pt_gazetadocavado_feed_zemanta_2014.rss.xml", text, items, lang="pt", outlet="Gazeta do Cávado", aliases=["Gazeta do Cavado"], topic="mixed",
                structure="Braga regional weekly's WordPress 3.8 feed in March 2014 (default '?feed=rss2' and '?p=<id>' permalinks, no pretty URLs): rss2 template (pt-PT, +0000 dates = Lisbon winter time), dc:creator people, 'Lusa', 'Desporto' or the brand; content:encoded ending with a 'Publicidade' banner and Zemanta's 'Artigos relacionados' list (links to other outlets with their hosts in parentheses) and the 'Enhanced by Zemanta' pixie image; Lusa dateline, home economy, sport and listings")


# ---------------------------------------------------------------- Faisalabad Urdu daily: AMP feed with Google AMP cache links, 2017
def lyallpur():
    host = "www.roznamalyallpur.example"
    amp = "www-roznamalyallpur-example.cdn.ampproject.org"
    rows, items = [], []

    def add(nid, title, when, creator, cat, desc, body, exp):
        link = f"https://{amp}/c/s/{host}/amp/story/{nid}"
        content = (f'<amp-img src="https://{host}/images/{nid}.jpg" width="640" height="360" layout="responsive" alt=""></amp-img>' + body
                   + '<div class="amp-ad-wrapper"><span class="amp-ad-label">اشتہار</span><amp-ad width="300" height="250" type="adsense" data-ad-client="ca-pub-3019987712209914" data-ad-slot="2290118843"></amp-ad></div>')
        cr = f"\n<dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item>\n<title>{cd(title)}</title>\n<link>{link}</link>\n<guid isPermaLink=\"false\">{host}-{nid}</guid>\n<pubDate>{rfc822(when)}</pubDate>{cr}\n"
                    f"<category>{cd(cat)}</category>\n<description>{cd(desc)}</description>\n<content:encoded>{cd(content)}</content:encoded>\n</item>")
        items.append(exp(f"{host}-{nid}"))

    junk = ["اشتہار", "amp-ad"]
    w = d(2017, 11, 15, 20, 10, 0, 5)
    add(88231, "زمبابوے میں فوج کا کنٹرول، صدر گھر میں نظر بند", w, "ویب ڈیسک", "بین الاقوامی",
        "زمبابوے کی فوج نے سرکاری ٹی وی پر قبضہ کر لیا ہے اور صدر کو ہرارے میں ان کی رہائش گاہ پر نظر بند کر دیا گیا ہے۔",
        "<p>ہرارے: زمبابوے کی فوج نے سرکاری ٹی وی پر قبضہ کر لیا ہے اور 93 سالہ صدر کو ان کی رہائش گاہ پر نظر بند کر دیا گیا ہے۔ فوج کا کہنا ہے کہ یہ بغاوت نہیں بلکہ صدر کے گرد موجود &#8216;مجرموں&#8217; کے خلاف کارروائی ہے۔</p>"
        "<p>جنوبی افریقہ نے صورتحال پر بات کے لیے ایلچی بھیجنے کا اعلان کیا ہے۔</p>",
        lambda k: it(k, "زمبابوے میں فوج کا کنٹرول، صدر گھر میں نظر بند", w, [], junk=junk,
                     note="AMP-derived feed: every link is the Google AMP cache URL (<host-with-dashes>.cdn.ampproject.org/c/s/<host>/amp/story/<id>), the guid a '<host>-<id>' string; content:encoded holds AMP markup (<amp-img> and an <amp-ad> under an 'اشتہار' label). 'ویب ڈیسک' is a desk. Relevant."))
    w = d(2017, 11, 13, 11, 30, 0, 5)
    add(88190, "ایران عراق سرحد پر زلزلہ، 400 سے زائد افراد جاں بحق", w, "ویب ڈیسک", "بین الاقوامی",
        "ایران اور عراق کے سرحدی علاقے میں 7.3 شدت کے زلزلے سے 400 سے زائد افراد جاں بحق ہو گئے۔",
        "<p>تہران: ایران اور عراق کے سرحدی علاقے میں 7.3 شدت کے زلزلے سے 400 سے زائد افراد جاں بحق اور ہزاروں زخمی ہو گئے ہیں۔ سب سے زیادہ نقصان ایران کے صوبہ کرمانشاہ میں ہوا۔</p>"
        "<p>پاکستان کے دفتر خارجہ نے ایران سے اظہار یکجہتی کرتے ہوئے امداد کی پیشکش کی ہے۔</p>",
        lambda k: it(k, "ایران عراق سرحد پر زلزلہ، 400 سے زائد افراد جاں بحق", w, [], junk=junk, note="Relevant."))
    w = d(2017, 11, 10, 17, 45, 0, 5)
    add(88142, "سعودی عرب میں گرفتاریاں: پاکستانی سرمایہ کار پریشان", w, "محمد عارف چیمہ", "بین الاقوامی",
        "سعودی عرب میں انسداد بدعنوانی مہم کے تحت درجنوں شہزادوں اور کاروباری شخصیات کی گرفتاری کے بعد پاکستانی تاجر بھی محتاط ہو گئے ہیں۔",
        "<p>فیصل آباد: سعودی عرب میں انسداد بدعنوانی مہم کے تحت درجنوں شہزادوں، وزرا اور کاروباری شخصیات کی گرفتاری کے بعد سعودی شراکت داروں کے ساتھ کام کرنے والے فیصل آباد کے ٹیکسٹائل تاجر بھی محتاط ہو گئے ہیں۔</p>"
        "<p>&#8220;ہمارے دو بڑے آرڈر رکے ہوئے ہیں، کوئی فون نہیں اٹھا رہا&#8221;، ٹیکسٹائل برآمد کنندہ شیخ نوید اقبال نے بتایا۔</p>",
        lambda k: it(k, "سعودی عرب میں گرفتاریاں: پاکستانی سرمایہ کار پریشان", w, ["محمد عارف چیمہ"], quotes=[q("نوید اقبال")], junk=junk,
                     note="Honorific 'شیخ' before the speaker's name is not part of it. Local angle on a foreign government's crackdown: relevant."))
    w = d(2017, 11, 14, 22, 0, 0, 5)
    add(88211, "فیض آباد دھرنا: مذاکرات ناکام، راستے بدستور بند", w, "نمائندہ خصوصی", "قومی",
        "اسلام آباد اور راولپنڈی کو ملانے والے فیض آباد انٹرچینج پر دھرنا دوسرے ہفتے میں داخل ہو گیا۔",
        "<p>اسلام آباد: فیض آباد انٹرچینج پر مذہبی جماعت کا دھرنا دوسرے ہفتے میں داخل ہو گیا ہے اور حکومت سے مذاکرات ناکام ہو گئے ہیں۔ جڑواں شہروں کے شہریوں کو شدید مشکلات کا سامنا ہے۔</p>",
        lambda k: it(k, "فیض آباد دھرنا: مذاکرات ناکام، راستے بدستور بند", w, [], rel=False, junk=junk, note="Home politics: a story, not relevant. 'نمائندہ خصوصی' (special correspondent) is not a name."))
    w = d(2017, 11, 12, 19, 0, 0, 5)
    add(88170, "ویڈیو: اقبال اسٹیڈیم میں قائداعظم ٹرافی کا میچ", w, "", "کھیل",
        "دیکھیے میچ کی جھلکیاں۔",
        '<amp-youtube data-videoid="Qa7T2lyp" layout="responsive" width="480" height="270"></amp-youtube>',
        lambda k: it(k, "ویڈیو: اقبال اسٹیڈیم میں قائداعظم ٹرافی کا میچ", w, [], story=False, rel=False, junk=junk,
                     note="A video (amp-youtube) only: not a story. Title label 'ویڈیو:' may be kept or dropped. No dc:creator."))
    w = d(2017, 11, 11, 10, 20, 0, 5)
    add(88151, "امریکی وزیر دفاع کا دورہ: افغانستان پالیسی پر بات چیت متوقع", w, "محمد عارف چیمہ", "بین الاقوامی",
        "امریکی وزیر دفاع آئندہ ماہ اسلام آباد کا دورہ کریں گے۔",
        "<p>اسلام آباد: سفارتی ذرائع کے مطابق امریکی وزیر دفاع آئندہ ماہ اسلام آباد کا دورہ کریں گے جہاں افغانستان سے متعلق نئی امریکی پالیسی اور سرحدی انتظام پر بات ہو گی۔</p>"
        "<p>&#8220;دونوں ملک ایک دوسرے سے ناراض ہیں مگر ایک دوسرے کے بغیر کام نہیں چلا سکتے&#8221;، بین الاقوامی امور کی ماہر ڈاکٹر سعدیہ ملک نے کہا۔</p>",
        lambda k: it(k, "امریکی وزیر دفاع کا دورہ: افغانستان پالیسی پر بات چیت متوقع", w, ["محمد عارف چیمہ"], quotes=[q("سعدیہ ملک")], junk=junk,
                     note="Title 'ڈاکٹر' before the speaker's name is not part of it. Pakistan–US relations: relevant."))
    rows, items = _sorted(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            f"<title>{cd('روزنامہ لائل پور - اے ایم پی')}</title>\n<link>https://{host}/amp</link>\n<description>{cd('فیصل آباد کا اپنا اخبار')}</description>\n<language>ur</language>\n"
            f"<atom:link href=\"https://{host}/amp/feed\" rel=\"self\" type=\"application/rss+xml\"/>\n<lastBuildDate>{rfc822(d(2017, 11, 15, 20, 15, 0, 5))}</lastBuildDate>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("ur_pk_roznamalyallpur_amp_feed_ampcache_2017.rss.xml", text, items, lang="ur", outlet="روزنامہ لائل پور", aliases=["Roznama Lyallpur"], topic="mixed",
                structure="Faisalabad Urdu daily's AMP feed (/amp/feed) from its custom PHP CMS in November 2017: no indentation, CDATA channel title 'Brand - اے ایم پی' and description, language ur, +0500 dates; items with CDATA titles, links that are Google AMP cache URLs (host with dashes under .cdn.ampproject.org, '/c/s/<host>/amp/story/<id>'), '<host>-<id>' non-permalink guids, CDATA dc:creator (a person, 'ویب ڈیسک', 'نمائندہ خصوصی' or absent), CDATA category, CDATA plain-text description, content:encoded with <amp-img>, an <amp-ad> under an 'اشتہار' label and <amp-youtube>; datelines 'City:', curly quotes as &#8220;/&#8221;, home politics and a cricket video")


# ---------------------------------------------------------------- Hyderabad Urdu daily: Urdu 'appeared first on' footer, share row, JSON-LD-free, 2026
def golconda():
    base = "https://urdu.golcondatimes.example"
    rows, items = [], []
    share = ('<div class="gt-share"><span>شیئر کریں:</span> <a href="https://wa.me/?text={u}">واٹس ایپ</a> | <a href="https://www.facebook.com/sharer.php?u={u}">فیس بک</a> | '
             '<a href="https://x.com/intent/post?url={u}">ایکس</a> | <a href="https://t.me/share/url?url={u}">ٹیلی گرام</a></div>')

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{slug}-{pid}/"
        foot = f'<p>یہ تحریر <a rel="nofollow" href="{url}">{wpt(title)}</a> سب سے پہلے <a rel="nofollow" href="{base}">روزنامہ گولکنڈہ ٹائمز</a> پر شائع ہوئی۔</p>\n'
        ad = '<div class="gt-ad"><small>اشتہار</small><div id="gt-ad-incontent"></div></div>'
        paras = body.split("</p>", 1)
        full = paras[0] + "</p>" + ad + paras[1] + share.replace("{u}", url) + foot
        rows.append(wp_item(title, url, when, [creator], cats, pid, base, f"<p>{excerpt}</p>\n{foot}", full))
        items.append(exp(f"{base}/?p={pid}"))

    junk = ["سب سے پہلے", "شائع ہوئی", "شیئر کریں", "اشتہار", "واٹس ایپ"]
    w = d(2026, 2, 20, 21, 30, 0, 5.5)
    add(310488, "hajj-2026-indian-pilgrims-quota", "حج 2026: سعودی عرب کے ساتھ معاہدہ، ہندوستانی عازمین کا کوٹہ برقرار", w, "سید فیصل حسینی", ["بین الاقوامی"],
        "ہندوستان اور سعودی عرب کے درمیان حج معاہدے پر دستخط ہو گئے۔",
        "<p>نئی دہلی: ہندوستان اور سعودی عرب کے درمیان حج 2026 کے معاہدے پر دستخط ہو گئے ہیں، جس کے تحت ہندوستانی عازمین کا کوٹہ گزشتہ سال کی سطح پر برقرار رہے گا۔</p>"
        "<p>&#8220;تلنگانہ سے درخواستیں اس بار پہلے سے زیادہ ہیں، پروازوں کا شیڈول جلد آنا چاہیے&#8221;، حیدرآباد کی ایک حج سوسائٹی کے سیکریٹری محمد عبدالقدیر نے کہا۔</p>",
        lambda k: it(k, "حج 2026: سعودی عرب کے ساتھ معاہدہ، ہندوستانی عازمین کا کوٹہ برقرار", w, ["سید فیصل حسینی"], quotes=[q("محمد عبدالقدیر")], junk=junk,
                     note="Yoast's footer in Urdu ('یہ تحریر … سب سے پہلے … پر شائع ہوئی۔') after the body and after the excerpt; an 'اشتہار' slot after the first paragraph and a 'شیئر کریں:' row of share links. India–Saudi agreement: relevant."))
    w = d(2026, 2, 19, 18, 0, 0, 5.5)
    add(310455, "gaza-aid-crossings-talks-cairo", "غزہ: امدادی راستوں پر قاہرہ میں مذاکرات کا نیا دور", w, "ایجنسیاں", ["بین الاقوامی"],
        "مصر کی میزبانی میں ثالثوں کی ملاقات جاری ہے۔",
        "<p>قاہرہ: غزہ میں امدادی سامان کی ترسیل کے راستوں پر مصر کی میزبانی میں ثالثوں کے درمیان مذاکرات کا نیا دور جاری ہے۔</p>"
        "<p>اقوام متحدہ کے اداروں کا کہنا ہے کہ سرحدی گزرگاہوں پر ٹرکوں کی تعداد ضرورت سے بہت کم ہے۔</p>",
        lambda k: it(k, "غزہ: امدادی راستوں پر قاہرہ میں مذاکرات کا نیا دور", w, [], junk=junk, note="'ایجنسیاں' (agencies) is not a person. Relevant."))
    w = d(2026, 2, 18, 20, 45, 0, 5.5)
    add(310430, "ramadan-2026-sehri-iftar-timings-hyderabad", "رمضان 2026: حیدرآباد میں سحری و افطار کے اوقات", w, "ویب ڈیسک", ["شہر"],
        "پہلے روزے کے اوقات اور مکمل نظام الاوقات۔",
        "<p>حیدرآباد: پہلے روزے کی سحری 5 بج کر 22 منٹ اور افطار 6 بج کر 21 منٹ پر ہو گی۔</p><p>مکمل نظام الاوقات نیچے دیکھیں۔</p>",
        lambda k: it(k, "رمضان 2026: حیدرآباد میں سحری و افطار کے اوقات", w, [], story=False, rel=False, junk=junk, note="Service timetable: not a story."))
    w = d(2026, 2, 17, 16, 10, 0, 5.5)
    add(310402, "telangana-budget-minority-welfare", "تلنگانہ بجٹ: اقلیتی بہبود کے لیے رقم میں اضافہ", w, "سید فیصل حسینی", ["تلنگانہ"],
        "ریاستی اسمبلی میں بجٹ پیش کر دیا گیا۔",
        "<p>حیدرآباد: تلنگانہ اسمبلی میں پیش کیے گئے بجٹ میں اقلیتی بہبود کے لیے رقم میں اضافہ کیا گیا ہے۔</p><p>اپوزیشن نے اسے ناکافی قرار دیا۔</p>",
        lambda k: it(k, "تلنگانہ بجٹ: اقلیتی بہبود کے لیے رقم میں اضافہ", w, ["سید فیصل حسینی"], rel=False, junk=junk, note="State politics: a story, not relevant."))
    w = d(2026, 2, 16, 12, 30, 0, 5.5)
    add(310377, "gulf-indian-workers-remittances-kuwait-rules", "کویت میں ویزا قوانین میں تبدیلی، ہندوستانی کارکنوں کو تشویش", w, "نامہ نگار، جدہ", ["بین الاقوامی"],
        "نئے قوانین کا اثر تلنگانہ کے ہزاروں خاندانوں پر پڑ سکتا ہے۔",
        "<p>کویت نے غیر ملکی کارکنوں کے ویزا کی تجدید کے قوانین میں تبدیلی کا اعلان کیا ہے، جس سے تلنگانہ اور آندھرا پردیش کے ہزاروں خاندانوں کی آمدنی متاثر ہو سکتی ہے۔</p>"
        "<p>&#8220;ہمارے گاؤں کا ہر تیسرا گھر خلیج کی کمائی پر چلتا ہے&#8221;، نظام آباد کے سماجی کارکن شیخ رفیع الدین نے کہا۔ وزارت خارجہ نے کہا ہے کہ وہ کویتی حکام سے رابطے میں ہے۔</p>",
        lambda k: it(k, "کویت میں ویزا قوانین میں تبدیلی، ہندوستانی کارکنوں کو تشویش", w, [], quotes=[q("رفیع الدین")], junk=junk,
                     note="dc:creator 'نامہ نگار، جدہ' (correspondent, Jeddah) is a role and place, not a name: []. Honorific 'شیخ' is not part of the speaker's name. Foreign rules affecting the home country's workers, with the foreign ministry involved: relevant."))
    w = d(2026, 2, 15, 22, 0, 0, 5.5)
    add(310350, "cricket-india-t20-world-cup-match-report", "ٹی20 عالمی کپ: ہندوستان کی سپر ایٹ میں رسائی", w, "اسپورٹس ڈیسک", ["کھیل"],
        "ہندوستان نے مسلسل تیسری کامیابی حاصل کی۔",
        "<p>احمد آباد: ہندوستان نے ٹی20 عالمی کپ میں مسلسل تیسری کامیابی کے ساتھ سپر ایٹ مرحلے میں جگہ بنا لی۔</p><p>میچ کی تفصیل کھیل کے صفحے پر۔</p>",
        lambda k: it(k, "ٹی20 عالمی کپ: ہندوستان کی سپر ایٹ میں رسائی", w, [], rel=False, junk=junk, note="Sport: a story, not relevant."))
    text = wp_rss("روزنامہ گولکنڈہ ٹائمز", f"{base}/feed/", base, "حیدرآباد دکن کا اردو روزنامہ", rfc822(d(2026, 2, 20, 16, 0, 0, 0)), "ur", "6.9.1", rows)
    return feed("ur_in_golcondatimes_feed_yoast_urdu_2026.rss.xml", text, items, lang="ur", outlet="روزنامہ گولکنڈہ ٹائمز", aliases=["گولکنڈہ ٹائمز", "Golconda Times"], topic="mixed",
                structure="Hyderabad (Deccan) Urdu daily's WordPress 6.9 feed on an 'urdu.' subdomain in February 2026: rss2 template (language ur, +0000 dates, newsroom +0530), '/<latin-slug>-<id>/' links, dc:creator people, 'ایجنسیاں', 'ویب ڈیسک', 'اسپورٹس ڈیسک' or 'نامہ نگار، جدہ'; content:encoded with an 'اشتہار' slot after the first paragraph, a 'شیئر کریں:' row (واٹس ایپ | فیس بک | ایکس | ٹیلی گرام) and Yoast's footer translated into Urdu ('یہ تحریر … سب سے پہلے … پر شائع ہوئی۔'), which the description repeats; Gulf and Hajj diplomacy, a Ramadan timetable, state politics and cricket")


FEEDS = [desterro, cavado, lyallpur, golconda]
