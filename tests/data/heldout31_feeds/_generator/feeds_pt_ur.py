# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese and Urdu feeds of the thirty-first held-out set: a Luanda daily on WordPress 5.3,
a Pemba/Maputo news site on Laravel with spatie/laravel-feed (Atom), a Delhi Urdu daily's
hand-written Atom and a London Urdu weekly's WordPress Atom feed. All outlets, people and
quotations are invented."""
from h31 import d, esc, feed, it, ordered, q, utc0, wpt


# ---------------------------------------------------------------- Luanda daily on WordPress 5.3
def mutamba():
    rows, items = [], []
    base = "https://www.diariodamutamba.example"

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#respond</comments>\n\t\t<pubDate>{utc0(when)}</pubDate>\n"
                    f"\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>{cts}\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
                    f"\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    rel = lambda t: f'<p><strong>Leia também:</strong> <a href="{base}/mundo/">{t}</a></p>'  # noqa: E731
    w = d(2019, 11, 28, 17, 40, 0, 1)
    add(96123, "namibia-vai-as-urnas-com-swapo-sob-pressao", "Namíbia vai às urnas com a SWAPO sob pressão de escândalo de pescas", w, "Domingos Cassoma", ["Mundo", "África Austral"],
        "Os namibianos votam hoje para eleger o Presidente e a Assembleia Nacional, dias depois de um escândalo de corrupção no sector das pescas ter levado à demissão de dois ministros [&hellip;]",
        '<p><strong>Windhoek</strong> &#8211; Os namibianos votam hoje para eleger o Presidente e a Assembleia Nacional, dias depois de um escândalo de corrupção no sector das pescas ter levado à demissão de dois ministros.</p>'
        '<p>A SWAPO, no poder desde a independência em 1990, continua favorita, mas analistas admitem que perca a maioria de dois terços no Parlamento.</p>'
        '<p>&#8220;Pela primeira vez há uma candidatura independente com hipóteses reais&#8221;, disse ao Diário da Mutamba o politólogo Hilário Nangolo, da Universidade da Namíbia.</p>'
        '<p>Cerca de 1,3 milhões de eleitores estão recenseados. Os resultados provisórios são esperados no fim-de-semana.</p>'
        + rel("Angola e Namíbia reforçam cooperação na fronteira do Cunene"),
        lambda k: it(k, "Namíbia vai às urnas com a SWAPO sob pressão de escândalo de pescas", w, ["Domingos Cassoma"], quotes=[q("Hilário Nangolo", "Universidade da Namíbia")],
                     junk=["Leia também", "reforçam cooperação na fronteira"],
                     note="WordPress 5.3 with pt-PT: excerpt ends with the named entity '[&hellip;]' (inside CDATA); bold dateline 'Windhoek –'; a 'Leia também:' link. A neighbour's election: relevant."))
    w = d(2019, 11, 27, 12, 15, 0, 1)
    add(96088, "observadores-da-sadc-validam-eleicoes-mocambicanas", "Observadores da SADC consideram eleições moçambicanas “livres”, oposição contesta", w, "Redacção", ["Mundo", "SADC"],
        "A missão da SADC apresentou o relatório final em Maputo.",
        '<p>Maputo &#8211; A missão de observação da Comunidade de Desenvolvimento da África Austral (SADC) considerou as eleições gerais de Outubro em Moçambique &#8220;livres e ordeiras&#8221;, apesar de irregularidades em algumas mesas.</p>'
        '<p>A Renamo, principal partido da oposição, pediu a anulação do escrutínio junto do Conselho Constitucional.</p>'
        '<p>(Com Lusa)</p>',
        lambda k: it(k, "Observadores da SADC consideram eleições moçambicanas “livres”, oposição contesta", w, [], junk=["(Com Lusa)"],
                     note="'Redacção' (pre-reform spelling, as Angolan papers write it) is not a person. Curly quotes in the title stay."))
    w = d(2019, 11, 26, 20, 0, 0, 1)
    add(96051, "obras-na-marginal-de-luanda-condicionam-transito", "Obras na Marginal de Luanda condicionam trânsito até Janeiro", w, "Isabel Kiala", ["Sociedade", "Mundo"],
        "O troço entre a Mutamba e a Ilha terá uma faixa encerrada.",
        '<p>O troço da Avenida 4 de Fevereiro entre o Largo da Mutamba e a Ilha de Luanda terá uma faixa encerrada até Janeiro, informou o Governo Provincial.</p>'
        '<p>Os taxistas queixam-se de perdas de até 5.000 kwanzas por dia.</p>',
        lambda k: it(k, "Obras na Marginal de Luanda condicionam trânsito até Janeiro", w, ["Isabel Kiala"], rel=False,
                     note="City news also tagged Mundo: a story, not relevant. 'kwanzas' is the home hint."))
    w = d(2019, 11, 25, 9, 30, 0, 1)
    add(96010, "russia-e-angola-assinam-acordo-sobre-diamantes", "Rússia e Angola assinam acordo para exploração de diamantes na Lunda Norte", w, "Domingos Cassoma", ["Mundo", "Economia"],
        "Acordo foi negociado à margem da cimeira de Sochi.",
        '<p>A Rússia e Angola assinaram um acordo que permite a uma empresa estatal russa participar na exploração de um novo kimberlito na Lunda Norte, concretizando um dos entendimentos negociados na cimeira Rússia-África de Sochi, em Outubro.</p>'
        '<p>&#8220;É um sinal de que Luanda quer diversificar os parceiros&#8221;, disse o economista Fernando Vunge, do Centro de Estudos e Investigação Científica.</p>'
        '<p>O acordo tem de ser ainda ratificado pela Assembleia Nacional.</p>',
        lambda k: it(k, "Rússia e Angola assinam acordo para exploração de diamantes na Lunda Norte", w, ["Domingos Cassoma"], quotes=[q("Fernando Vunge", "Centro de Estudos e Investigação Científica")],
                     note="Intergovernmental agreement with a foreign state: relevant."))
    w = d(2019, 11, 24, 15, 0, 0, 1)
    add(95980, "video-kuduro-festival-paris", "VÍDEO: Kuduro angolano conquista festival em Paris", w, "Multimédia", ["Vídeos", "Mundo"],
        "Veja as imagens.",
        '<p><iframe src="https://www.youtube-nocookie.example/embed/kd8Qp" width="560" height="315"></iframe></p>',
        lambda k: it(k, "VÍDEO: Kuduro angolano conquista festival em Paris", w, [], story=False, rel=False,
                     note="Video: not a story. Title label 'VÍDEO:' may be kept or dropped."))
    w = d(2019, 11, 24, 6, 0, 0, 1)
    add(95961, "edicao-impressa-24-de-novembro", "Edição impressa de 24 de Novembro de 2019", w, "Diário da Mutamba", ["Edição Impressa"],
        "Leia a edição de hoje em PDF.",
        '<p><a href="https://www.diariodamutamba.example/pdf/2019-11-24.pdf">Descarregar PDF</a></p>',
        lambda k: it(k, "Edição impressa de 24 de Novembro de 2019", w, [], story=False, rel=False, note="E-paper edition link: not a story."))
    rows, items = ordered(rows, items)
    head = (f'\t<title>Mundo &#8211; Diário da Mutamba</title>\n\t<atom:link href="{base}/category/mundo/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f"\t<description>Informação com rigor</description>\n\t<lastBuildDate>{utc0(d(2019, 11, 28, 17, 42, 0, 1))}</lastBuildDate>\n\t<language>pt-PT</language>\n"
            "\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t<sy:updateFrequency>1</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=5.3</generator>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("pt_diariodamutamba_mundo_wp53.rss.xml", text, items, lang="pt", outlet="Diário da Mutamba", aliases=["Diario da Mutamba"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Luanda daily's 'Mundo' category on WordPress 5.3 (pt-PT install, so nothing says Angola: the home country shows through 'kwanzas', the Largo da Mutamba, 'Luanda quer diversificar'): channel 'Mundo &#8211; Brand', Portuguese slogan, sy:update* without the usual whitespace (a theme override), '/YYYY/MM/DD/<slug>/' links, '?p=<id>' guids, UTC pubDates (newsroom +0100), CDATA dc:creator with a journalist, 'Redacção', 'Multimédia' or the brand, CDATA categories, plain-text excerpts in description (one ending '[&hellip;]'), content:encoded with a bold dateline and '&#8211;', “…” quotes as numeric references, '(Com Lusa)', a 'Leia também:' link, a video and the e-paper edition, November 2019")


# ---------------------------------------------------------------- Mozambican news site on Laravel + spatie/laravel-feed (Atom)
def rovuma():
    entries, items = [], []
    base = "https://rovumaexpresso.example"

    def add(aid, slug, title, when, author, summary, cat, exp):
        url = f"{base}/noticias/{aid}/{slug}"
        entries.append(f"        <entry>\n            <title><![CDATA[{title}]]></title>\n            <link rel=\"alternate\" href=\"{url}\" />\n            <id>{url}</id>\n"
                       f"            <author>\n                <name> <![CDATA[{author}]]></name>\n            </author>\n"
                       f"            <summary type=\"html\">\n                <![CDATA[{summary}]]>\n            </summary>\n"
                       f"            <category type=\"html\">\n                <![CDATA[{cat}]]>\n            </category>\n"
                       f"            <updated>{when.isoformat()}</updated>\n        </entry>")
        items.append(exp(url))

    w = d(2023, 4, 20, 16, 35, 12, 2)
    add(20431, "sudao-combates-cartum-estrangeiros-retirados", "Sudão: combates em Cartum entram na segunda semana, países preparam retirada de estrangeiros", w, "Armando Cossa",
        '<p>Os combates entre o exército sudanês e as Forças de Apoio Rápido entraram na segunda semana, com o aeroporto de Cartum fora de serviço e vários países a prepararem a retirada dos seus cidadãos por terra, através de Port Sudan.</p>'
        '<p>Segundo a Organização Mundial de Saúde, mais de 300 pessoas morreram desde 15 de Abril.</p>'
        '<p>&#8220;Não há corredores seguros, há apenas pausas que ninguém respeita&#8221;, disse à Rovuma Expresso, por telefone, a enfermeira moçambicana Celeste Machava, que trabalha numa ONG em Omdurman.</p>'
        '<p>O Ministério dos Negócios Estrangeiros e Cooperação disse estar a acompanhar a situação de quatro cidadãos nacionais.</p>'
        '<p><em>Siga a Rovuma Expresso no WhatsApp e no Telegram.</em></p>',
        "Mundo",
        lambda k: it(k, "Sudão: combates em Cartum entram na segunda semana, países preparam retirada de estrangeiros", w, ["Armando Cossa"], quotes=[q("Celeste Machava")],
                     junk=["Siga a Rovuma Expresso"],
                     note="spatie/laravel-feed Atom: only <updated> (no <published>), the author's name in CDATA after a stray space, summary and category CDATA wrapped in whitespace and newlines. Relevant."))
    w = d(2023, 4, 19, 11, 5, 40, 2)
    add(20418, "malawi-reconstrucao-apos-ciclone-freddy-apoio-mocambicano", "Malawi: reconstrução após o Freddy avança devagar, camiões moçambicanos levam ajuda pelo corredor da Beira", w, "Rovuma Expresso",
        '<p>Um mês depois do ciclone Freddy, a reconstrução no sul do Malawi avança devagar. Comboios de camiões com ajuda alimentar seguem da Beira para Blantyre, pelo corredor que liga o porto moçambicano ao país vizinho.</p>'
        '<p>O Programa Alimentar Mundial estima que 600 mil pessoas precisem de ajuda até à próxima colheita.</p>',
        "África",
        lambda k: it(k, "Malawi: reconstrução após o Freddy avança devagar, camiões moçambicanos levam ajuda pelo corredor da Beira", w, [],
                     note="The brand as author is not a person. Regional humanitarian crisis in a neighbour: relevant."))
    w = d(2023, 4, 18, 19, 50, 3, 2)
    add(20402, "africa-do-sul-cortes-energia-importacao-electricidade-cahora-bassa", "África do Sul quer comprar mais energia de Cahora Bassa para travar cortes", w, "Benedito Nhantumbo",
        '<p>A eléctrica sul-africana Eskom pediu à Hidroeléctrica de Cahora Bassa mais 150 megawatts, numa altura em que a África do Sul enfrenta cortes de energia diários.</p>'
        '<p>&#8220;Temos capacidade, mas a linha de transporte é o estrangulamento&#8221;, disse o administrador Zacarias Mabunda.</p>'
        '<p>Moçambique exporta a maior parte da energia de Cahora Bassa para o país vizinho ao abrigo de um acordo de longo prazo.</p>',
        "Economia",
        lambda k: it(k, "África do Sul quer comprar mais energia de Cahora Bassa para travar cortes", w, ["Benedito Nhantumbo"], quotes=[q("Zacarias Mabunda")],
                     note="Cross-border energy deal with a neighbour: relevant (borderline: economy, but an interstate supply agreement)."))
    w = d(2023, 4, 18, 8, 0, 0, 2)
    add(20395, "cambios-do-dia-18-de-abril", "Câmbios do dia: metical face ao rand, ao dólar e ao euro (18 de Abril)", w, "Rovuma Expresso",
        '<table><tr><td>USD</td><td>63,25</td></tr><tr><td>ZAR</td><td>3,49</td></tr><tr><td>EUR</td><td>69,48</td></tr></table><p>Fonte: Banco de Moçambique</p>',
        "Economia",
        lambda k: it(k, "Câmbios do dia: metical face ao rand, ao dólar e ao euro (18 de Abril)", w, [], story=False, rel=False, note="Exchange-rate table: not a story."))
    w = d(2023, 4, 17, 14, 20, 0, 2)
    add(20381, "portugal-mocambique-acordo-mobilidade-cplp-vistos", "Portugal e Moçambique assinam acordo de mobilidade no quadro da CPLP", w, "Armando Cossa",
        '<p>Lisboa &#8211; Portugal e Moçambique assinaram um acordo que facilita a concessão de vistos de trabalho e de estudo, no quadro do acordo de mobilidade da Comunidade dos Países de Língua Portuguesa (CPLP).</p>'
        '<p>&#8220;É uma porta que se abre para os nossos estudantes&#8221;, disse a embaixadora Glória Macuácua.</p>',
        "Mundo",
        lambda k: it(k, "Portugal e Moçambique assinam acordo de mobilidade no quadro da CPLP", w, ["Armando Cossa"], quotes=[q("Glória Macuácua")],
                     note="Bilateral agreement: relevant."))
    w = d(2023, 4, 17, 7, 0, 0, 2)
    add(20370, "podcast-conversas-do-rovuma-episodio-48", "Podcast Conversas do Rovuma #48: o gás de Cabo Delgado e o mundo", w, "Rovuma Expresso",
        '<p>Ouça o episódio desta semana no Spotify ou no nosso site.</p>',
        "Podcast",
        lambda k: it(k, "Podcast Conversas do Rovuma #48: o gás de Cabo Delgado e o mundo", w, [], story=False, rel=False, note="Podcast: not a story."))
    head = (f"        <id>{base}/feed</id>\n        <link href=\"{base}/feed\" rel=\"self\"></link>\n        <title><![CDATA[Rovuma Expresso]]></title>\n"
            "        <subtitle>Notícias de Moçambique e do mundo</subtitle>\n        <language>pt-PT</language>\n"
            f"        <updated>{d(2023, 4, 20, 16, 35, 12, 2).isoformat()}</updated>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="pt-PT">\n' + head + "\n" + "\n".join(entries) + "\n</feed>\n")
    return feed("pt_mz_rovumaexpresso_laravel.atom.xml", text, items, lang="pt", outlet="Rovuma Expresso", shape="atom",
                ctype="application/xml; charset=UTF-8",
                structure="Mozambican news site (Pemba/Maputo) on Laravel with spatie/laravel-feed's default Atom view (/feed): eight-space indentation, self link written as '<link …></link>', a non-Atom <language> element in the feed head, entries with CDATA title, alternate link, id = URL, author <name> holding ' <![CDATA[Name]]>' (a stray space before the CDATA), summary type=html and category type=html whose CDATA is wrapped in newlines and indentation, ONLY <updated> per entry (no <published>) in +02:00, reporters or the brand as authors, a WhatsApp/Telegram follow line, an exchange-rate table and a podcast, April 2023")


# ---------------------------------------------------------------- Delhi Urdu daily: hand-written PHP Atom
def chiragh():
    entries, items = [], []
    base = "https://www.chiraghrah.example"

    def add(nid, title, when, author, summary, exp):
        url = f"{base}/international/{nid}"
        au = f"\n    <author><name>{esc(author)}</name></author>" if author else ""
        entries.append(f"  <entry>\n    <title type=\"text\">{esc(title)}</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n"
                       f"    <id>tag:chiraghrah.example,{when.strftime('%Y-%m-%d')}:/international/{nid}</id>\n    <published>{when.isoformat()}</published>\n    <updated>{when.isoformat()}</updated>{au}\n"
                       f"    <summary type=\"html\">{esc(summary)}</summary>\n  </entry>")
        items.append(exp(f"tag:chiraghrah.example,{when.strftime('%Y-%m-%d')}:/international/{nid}"))

    w = d(2021, 3, 28, 22, 10, 0, 5.5)
    add(77812, "میانمار میں فوجی کریک ڈاؤن، ایک دن میں ۱۰۰ سے زائد مظاہرین ہلاک", w, "ایجنسیاں",
        "<p><strong>ینگون، ۲۸ مارچ (ایجنسیاں)</strong> میانمار میں فوجی حکومت کے خلاف مظاہرین پر سنیچر کو ہونے والی فائرنگ میں سو سے زائد افراد ہلاک ہو گئے، جو یکم فروری کی فوجی بغاوت کے بعد سب سے خونریز دن تھا۔</p>"
        "<p>اقوام متحدہ کے ایک عہدیدار نے کہا کہ ”یہ نہتے شہریوں کا قتلِ عام ہے۔“ ہندوستان سمیت کئی ممالک کے فوجی اتاشی اسی دن نیپیدا میں فوجی پریڈ میں شریک تھے، جس پر انسانی حقوق کی تنظیموں نے تنقید کی ہے۔</p>"
        "<p>سرحدی ریاست میزورم میں میانمار سے آنے والے پناہ گزینوں کی تعداد بڑھ رہی ہے۔</p>",
        lambda k: it(k, "میانمار میں فوجی کریک ڈاؤن، ایک دن میں ۱۰۰ سے زائد مظاہرین ہلاک", w, [],
                     note="Hand-written PHP Atom: tag: URIs as ids, published and updated with +05:30. 'ایجنسیاں' (agencies) is not a person; bold dateline 'ینگون، ۲۸ مارچ (ایجنسیاں)' with Urdu digits. Anonymous UN official. A neighbour's coup, with 'ہندوستان' showing the Indian viewpoint: relevant."))
    w = d(2021, 3, 27, 19, 0, 0, 5.5)
    add(77790, "بنگلہ دیش کی گولڈن جوبلی: وزیر اعظم کا دورۂ ڈھاکہ، پانچ معاہدوں پر دستخط", w, "نمائندہ خصوصی",
        "<p><strong>نئی دہلی</strong> بنگلہ دیش کی آزادی کے پچاس سال مکمل ہونے پر وزیر اعظم کے دو روزہ دورۂ ڈھاکہ کے دوران دونوں ملکوں نے آفات سے نمٹنے، تجارت اور کھیلوں سمیت پانچ معاہدوں پر دستخط کیے۔</p>"
        "<p>خارجہ امور کے ماہر پروفیسر شمیم اختر فاروقی نے کہا کہ ”تیستا کے پانی کا مسئلہ اب بھی دونوں ملکوں کے تعلقات پر سایہ ڈالے ہوئے ہے۔“</p>"
        "<p>دورے کے دوران ڈھاکہ میں کچھ مقامات پر احتجاج بھی ہوا۔</p>",
        lambda k: it(k, "بنگلہ دیش کی گولڈن جوبلی: وزیر اعظم کا دورۂ ڈھاکہ، پانچ معاہدوں پر دستخط", w, [], quotes=[q("شمیم اختر فاروقی")],
                     note="'نمائندہ خصوصی' (special correspondent) is a credit, not a name. Head of government appears only as a setting. India's foreign relations: relevant."))
    w = d(2021, 3, 26, 21, 30, 0, 5.5)
    add(77771, "کسانوں کا بھارت بند: شمالی ریاستوں میں ریل اور سڑک ٹریفک متاثر", w, "محمد عارف انصاری",
        "<p><strong>نئی دہلی</strong> زرعی قوانین کے خلاف کسان تنظیموں کے بھارت بند کے باعث پنجاب، ہریانہ اور مغربی اتر پردیش میں ریل اور سڑک ٹریفک متاثر رہی۔</p>",
        lambda k: it(k, "کسانوں کا بھارت بند: شمالی ریاستوں میں ریل اور سڑک ٹریفک متاثر", w, ["محمد عارف انصاری"], rel=False,
                     note="Indian domestic politics in the international section: a story, not relevant."))
    w = d(2021, 3, 24, 18, 45, 0, 5.5)
    add(77730, "ہند-پاک مستقل انڈس کمیشن کا اجلاس ڈھائی برس بعد نئی دہلی میں", w, "محمد عارف انصاری",
        "<p><strong>نئی دہلی</strong> ہندوستان اور پاکستان کے مستقل انڈس کمیشن کا دو روزہ اجلاس ڈھائی برس کے وقفے کے بعد بدھ کو نئی دہلی میں ختم ہو گیا۔</p>"
        "<p>پاکستانی وفد کے ایک رکن نے کہا کہ ”بات چیت خوشگوار ماحول میں ہوئی۔“ دونوں فریقوں نے آئندہ اجلاس اسلام آباد میں کرنے پر اتفاق کیا۔</p>",
        lambda k: it(k, "ہند-پاک مستقل انڈس کمیشن کا اجلاس ڈھائی برس بعد نئی دہلی میں", w, ["محمد عارف انصاری"],
                     note="Bilateral water commission: relevant. Unnamed delegate quoted."))
    w = d(2021, 3, 23, 12, 0, 0, 5.5)
    add(77702, "سعودی عرب: رمضان میں عمرہ صرف ویکسین لگوانے والوں کے لیے", w, "ایجنسیاں",
        "<p><strong>ریاض (ایجنسیاں)</strong> سعودی عرب کی وزارت حج و عمرہ نے اعلان کیا ہے کہ رمضان میں عمرہ اور مسجد الحرام میں نماز کی اجازت صرف انہی افراد کو ملے گی جنہوں نے کورونا ویکسین لگوا لی ہو۔</p>"
        "<p>ہندوستانی عازمین کے لیے ٹور آپریٹروں نے کہا ہے کہ بین الاقوامی پروازوں پر پابندی برقرار رہنے تک عمرہ ممکن نہیں۔</p>",
        lambda k: it(k, "سعودی عرب: رمضان میں عمرہ صرف ویکسین لگوانے والوں کے لیے", w, [],
                     note="A foreign government's rule affecting Indian pilgrims: relevant."))
    w = d(2021, 3, 22, 20, 0, 0, 5.5)
    add(77688, "ویڈیو: سری نگر میں برفباری کے بعد ڈل جھیل کا منظر", w, "",
        "<p>دیکھیے ویڈیو</p>",
        lambda k: it(k, "ویڈیو: سری نگر میں برفباری کے بعد ڈل جھیل کا منظر", w, [], story=False, rel=False,
                     note="Video: not a story. Title label 'ویڈیو:' may be kept or dropped. No author element."))
    head = ("  <title type=\"text\">روزنامہ چراغِ راہ - بین الاقوامی</title>\n  <subtitle type=\"text\">اردو کا قومی روزنامہ</subtitle>\n"
            f"  <link rel=\"alternate\" type=\"text/html\" href=\"{base}/international\"/>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"{base}/atom/international.xml\"/>\n"
            f"  <id>tag:chiraghrah.example,2012:/international</id>\n  <updated>{d(2021, 3, 28, 22, 12, 0, 5.5).isoformat()}</updated>\n  <rights>© چراغِ راہ پبلیکیشنز</rights>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ur">\n' + head + "\n" + "\n".join(entries) + "\n</feed>\n")
    return feed("ur_chiraghrah_international.atom.xml", text, items, lang="ur", outlet="روزنامہ چراغِ راہ", aliases=["چراغِ راہ", "Chiragh-e-Rah"], shape="atom",
                ctype="application/atom+xml; charset=utf-8",
                structure="Delhi Urdu daily's 'بین الاقوامی' section as a hand-written PHP Atom feed: xml:lang='ur' (no country anywhere: India shows only through 'ہندوستان', 'نئی دہلی' datelines, 'بھارت بند' and Indian pilgrims), title 'Brand - بین الاقوامی', Urdu subtitle and rights, tag: URIs as feed and entry ids, alternate links, published and updated with +05:30, author names 'ایجنسیاں', 'نمائندہ خصوصی', a person or absent, escaped HTML summaries with bold datelines 'شہر، تاریخ (ایجنسیاں)' in Urdu digits, ”…“ quotes after 'نے کہا کہ', a video, March 2021")


# ---------------------------------------------------------------- London Urdu weekly on WordPress (category Atom feed)
def vilayat():
    entries, items = [], []
    base = "https://vilayatnama.example"

    def add(pid, slug, title, when, author, summary, content, exp, cat="بین الاقوامی"):
        url = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
        z = when.astimezone(d(2024, 1, 1, 0, 0).tzinfo).strftime("%Y-%m-%dT%H:%M:%SZ")
        entries.append(f"\t<entry>\n\t\t<author>\n\t\t\t<name>{author}</name>\n\t\t\t\t\t</author>\n\n\t\t<title type=\"html\"><![CDATA[{title}]]></title>\n"
                       f"\t\t<link rel=\"alternate\" type=\"text/html\" href=\"{url}\" />\n\n\t\t<id>{base}/?p={pid}</id>\n\t\t<updated>{z}</updated>\n\t\t<published>{z}</published>\n"
                       f"\t\t<category scheme=\"{base}\" term=\"{cat}\" />\n\t\t<summary type=\"html\"><![CDATA[{summary}]]></summary>\n\n"
                       f"\t\t\t\t\t<content type=\"html\" xml:base=\"{url}\"><![CDATA[{content}]]></content>\n\t\t\n"
                       f"\t\t\t\t\t<link rel=\"replies\" type=\"text/html\" href=\"{url}#respond\" thr:count=\"0\" />\n\t\t\t<link rel=\"replies\" type=\"application/atom+xml\" href=\"{url}feed/atom/\" thr:count=\"0\" />\n\t\t\t<thr:total>0</thr:total>\n\t\t\t</entry>")
        items.append(exp(f"{base}/?p={pid}"))

    ep = '<p>ولایت نامہ کا ای پیپر ہر جمعرات کو شائع ہوتا ہے۔ <a href="https://vilayatnama.example/e-paper/">یہاں پڑھیں</a></p>'
    w = d(2024, 4, 19, 21, 40, 0, 1)
    add(58214, "india-election-first-phase-polling", "بھارت میں عام انتخابات کا پہلا مرحلہ، ۱۰۲ نشستوں پر ووٹنگ", w, "ویب ڈیسک",
        "دنیا کی سب سے بڑی جمہوریت میں چھ ہفتوں پر محیط انتخابی عمل کا آغاز ہو گیا [&#8230;]",
        "<p>بھارت میں سات مرحلوں پر مشتمل عام انتخابات کے پہلے مرحلے میں جمعہ کو اکیس ریاستوں کی ۱۰۲ نشستوں پر ووٹ ڈالے گئے۔ الیکشن کمیشن کے مطابق ٹرن آؤٹ ساٹھ فیصد سے زیادہ رہا۔</p>"
        "<p>لیسٹر میں مقیم بھارتی نژاد تجزیہ کار ڈاکٹر رمیش پٹیل نے کہا کہ ”برطانیہ میں مقیم دونوں برادریاں اس انتخاب کو بہت قریب سے دیکھ رہی ہیں۔“</p>"
        "<p>نتائج کا اعلان چار جون کو ہو گا۔</p>" + ep,
        lambda k: it(k, "بھارت میں عام انتخابات کا پہلا مرحلہ، ۱۰۲ نشستوں پر ووٹنگ", w, [], quotes=[q("رمیش پٹیل")], junk=["ای پیپر", "یہاں پڑھیں"],
                     note="WordPress category Atom (/category/international/feed/atom/): UTC 'Z' times, author <name> 'ویب ڈیسک' (web desk, not a person), summary ending '[&#8230;]', content with xml:base, replies links and thr:total. A foreign election from a London newsroom: relevant."))
    w = d(2024, 4, 18, 14, 0, 0, 1)
    add(58190, "rwanda-bill-passes-parliament", "روانڈا بل پارلیمنٹ سے منظور، پناہ گزینوں کی پہلی پرواز جولائی میں متوقع", w, "شازیہ ملک",
        "ہاؤس آف لارڈز اور دارالعوام کے درمیان کئی ہفتوں کی کشمکش کے بعد بل منظور ہو گیا [&#8230;]",
        "<p>ہاؤس آف لارڈز اور دارالعوام کے درمیان کئی ہفتوں کی کشمکش کے بعد حکومت کا روانڈا بل منظور ہو گیا ہے۔ وزیر داخلہ کے مطابق پناہ گزینوں کی پہلی پرواز جولائی میں روانہ ہو گی۔</p>"
        "<p>بریڈفورڈ میں پناہ گزینوں کی مدد کرنے والی تنظیم کی سربراہ نسرین اختر نے کہا کہ ”ہمارے پاس آنے والے خاندان خوف میں مبتلا ہیں۔“</p>" + ep,
        lambda k: it(k, "روانڈا بل پارلیمنٹ سے منظور، پناہ گزینوں کی پہلی پرواز جولائی میں متوقع", w, ["شازیہ ملک"], rel=False, quotes=[q("نسرین اختر")], junk=["ای پیپر"],
                     note="UK home politics (the outlet's own country), although the policy concerns another state: not relevant (borderline)."))
    w = d(2024, 4, 15, 10, 30, 0, 1)
    add(58122, "iran-drone-missile-attack-israel", "ایران کا اسرائیل پر ڈرونز اور میزائلوں سے حملہ، بیشتر فضا میں تباہ", w, "ویب ڈیسک",
        "ایران نے دمشق میں اپنے قونصل خانے پر حملے کے جواب میں پہلی بار براہ راست اسرائیل کو نشانہ بنایا [&#8230;]",
        "<p>ایران نے یکم اپریل کو دمشق میں اپنے قونصل خانے پر حملے کے جواب میں سنیچر کی رات پہلی بار براہ راست اسرائیل پر تین سو سے زائد ڈرونز اور میزائل داغے۔ اسرائیلی فوج کے مطابق ان میں سے بیشتر کو فضا میں ہی تباہ کر دیا گیا۔</p>"
        "<p>برطانیہ کے شاہی فضائیہ کے طیاروں نے بھی کئی ڈرون مار گرائے۔</p>"
        "<p>مشرق وسطیٰ کے امور کے ماہر ڈاکٹر فرحان قریشی نے کہا کہ ”دونوں ملک ایک دوسرے کو پیغام دے رہے ہیں کہ حد کہاں ہے۔“</p>" + ep,
        lambda k: it(k, "ایران کا اسرائیل پر ڈرونز اور میزائلوں سے حملہ، بیشتر فضا میں تباہ", w, [], quotes=[q("فرحان قریشی")], junk=["ای پیپر"],
                     note="Relevant."))
    w = d(2024, 4, 14, 18, 0, 0, 1)
    add(58101, "bradford-eid-mela-photos", "تصویری جھلکیاں: بریڈفورڈ کا عید میلہ", w, "نمائندہ ولایت نامہ، بریڈفورڈ",
        "عید میلے کی تصاویر [&#8230;]",
        '<figure class="wp-block-gallery"><img src="https://vilayatnama.example/wp-content/uploads/2024/04/mela1.jpg" alt=""/><img src="https://vilayatnama.example/wp-content/uploads/2024/04/mela2.jpg" alt=""/></figure>' + ep,
        lambda k: it(k, "تصویری جھلکیاں: بریڈفورڈ کا عید میلہ", w, [], story=False, rel=False,
                     note="Photo gallery of a local event: not a story. The credit 'نمائندہ ولایت نامہ، بریڈفورڈ' (the paper's correspondent, Bradford) is not a person. Title label 'تصویری جھلکیاں:' may be kept or dropped."), cat="برطانیہ")
    w = d(2024, 4, 12, 16, 20, 0, 1)
    add(58077, "pakistan-new-government-imf-programme", "پاکستان کی نئی حکومت کا آئی ایم ایف سے بڑے اور طویل پروگرام کا مطالبہ", w, "عمران حیدر، اسلام آباد",
        "وزیر خزانہ واشنگٹن میں موسم بہار کے اجلاسوں میں شرکت کریں گے [&#8230;]",
        "<p>پاکستان کی نئی حکومت نے بین الاقوامی مالیاتی فنڈ سے کم از کم تین سال کے نئے پروگرام کی درخواست کا فیصلہ کیا ہے۔ وزیر خزانہ اگلے ہفتے واشنگٹن میں فنڈ اور عالمی بینک کے موسم بہار کے اجلاسوں میں شرکت کریں گے۔</p>"
        "<p>ماہر معاشیات ڈاکٹر سعدیہ نواز نے کہا کہ ”اصل سوال یہ ہے کہ کیا اس بار ٹیکس کا دائرہ وسیع ہو گا۔“</p>"
        "<p>برطانیہ میں مقیم پاکستانیوں کی جانب سے بھیجی جانے والی ترسیلات زر گزشتہ ماہ ریکارڈ سطح پر رہیں۔</p>" + ep,
        lambda k: it(k, "پاکستان کی نئی حکومت کا آئی ایم ایف سے بڑے اور طویل پروگرام کا مطالبہ", w, ["عمران حیدر"], quotes=[q("سعدیہ نواز")], junk=["ای پیپر"],
                     note="Author 'Name، City' with an Urdu comma: the person only. Pakistan is a foreign country for this London weekly: relevant."))
    w = d(2024, 4, 11, 9, 0, 0, 1)
    add(58050, "vilayat-nama-e-paper-april-11", "ولایت نامہ کا تازہ شمارہ: ۱۱ اپریل ۲۰۲۴", w, "ولایت نامہ",
        "تازہ شمارہ پڑھیں [&#8230;]",
        "<p>اس ہفتے کا شمارہ پی ڈی ایف میں پڑھیں۔</p>",
        lambda k: it(k, "ولایت نامہ کا تازہ شمارہ: ۱۱ اپریل ۲۰۲۴", w, [], story=False, rel=False, note="E-paper notice: not a story."))
    entries, items = ordered(entries, items)
    head = ("\t<title type=\"text\">بین الاقوامی &#8211; ہفت روزہ ولایت نامہ</title>\n\t<subtitle type=\"text\">برطانیہ میں اردو صحافت کی آواز</subtitle>\n\n"
            f"\t<updated>{d(2024, 4, 19, 20, 40, 0, 0).strftime('%Y-%m-%dT%H:%M:%SZ')}</updated>\n\n"
            f"\t<link rel=\"alternate\" type=\"text/html\" href=\"{base}/category/international/\" />\n\t<id>{base}/category/international/feed/atom/</id>\n"
            f"\t<link rel=\"self\" type=\"application/atom+xml\" href=\"{base}/category/international/feed/atom/\" />\n\n\t<generator uri=\"https://wordpress.org/\" version=\"6.5.2\">WordPress</generator>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?><feed\n  xmlns="http://www.w3.org/2005/Atom"\n  xmlns:thr="http://purl.org/syndication/thread/1.0"\n  xml:lang="ur"\n  >\n'
            + head + "\n".join(entries) + "\n</feed>\n")
    return feed("ur_gb_vilayatnama_international_wp_atom.atom.xml", text, items, lang="ur", outlet="ہفت روزہ ولایت نامہ", aliases=["ولایت نامہ", "Vilayat Nama"], shape="atom",
                ctype="application/atom+xml; charset=UTF-8",
                structure="London Urdu weekly's 'بین الاقوامی' category as WordPress 6.5's Atom feed (/category/international/feed/atom/): the '<feed\\n  xmlns=…' prolog, thr namespace, xml:lang 'ur', title 'Category &#8211; Brand', subtitle, UTC 'Z' updated/published, entries starting with <author><name> ('ویب ڈیسک', a person, 'Name، City', the paper's correspondent credit, the brand), CDATA title type=html, '?p=<id>' ids, category scheme/term ('بین الاقوامی' or 'برطانیہ'), CDATA summary ending '[&#8230;]', content type=html with xml:base, replies links with thr:count and thr:total, an e-paper line at the end of every post, a photo gallery and an e-paper notice item, April 2024",
                notes="Home country is the UK (the paper's place of publication): Pakistani and Indian affairs are foreign; the Rwanda bill and Bradford are home.")


FEEDS = [mutamba, rovuma, chiragh, vilayat]
