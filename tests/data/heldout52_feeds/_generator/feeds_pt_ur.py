# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The Portuguese and Urdu world desks of the fifty-second held-out set."""
from h52 import cd, d, esc, feed, gmt, it, ordered, q, utc0, wpt, yoast


# ---------------------------------------------------------------- São Paulo daily, Arc XP outbound feeds
def diario_paulistano():
    base = "https://www.diariopaulistano.example"
    rows = [
        ("internacional/acordo-mercosul-uniao-europeia-assinatura-foz-do-iguacu", "Mercosul e União Europeia assinam acordo após 26 anos de negociação", "Renata Kawamura, Felipe Albuquerque",
         "Cerimônia em Foz do Iguaçu encerra uma das negociações comerciais mais longas do mundo; ratificação ainda depende do Parlamento Europeu",
         "<p>FOZ DO IGUAÇU – Os blocos do Mercosul e da União Europeia assinaram neste sábado, 20, o acordo de livre-comércio negociado desde 1999.</p><p>“É um sinal de que o multilateralismo ainda funciona”, disse a embaixadora Helena Vasconcellos, negociadora-chefe do Itamaraty.</p><p><b>Leia também</b></p><ul><li><a href=\"" + base + "/economia/agronegocio-acordo-ue/\">O que muda para o agronegócio</a></li></ul>",
         d(2025, 12, 20, 14, 22, 0, -3), ["Renata Kawamura", "Felipe Albuquerque"], True, True, [q("Helena Vasconcellos", "Itamaraty")], ["Leia também"], "Brazil's own trade diplomacy: relevant."),
        ("internacional/venezuela-bloqueio-petroleiros-caribe-eua", "EUA ampliam bloqueio a petroleiros venezuelanos; Caracas fala em ‘pirataria’", "Agência Diário",
         "Navios da Guarda Costeira interceptaram mais uma embarcação no Caribe",
         "<p>WASHINGTON – A Guarda Costeira dos Estados Unidos interceptou mais um petroleiro que deixava a Venezuela, informaram autoridades americanas nesta sexta-feira, 19.</p><p><i>Com informações da Reuters e da AFP</i></p>",
         d(2025, 12, 19, 21, 5, 0, -3), [], True, True, None, ["Com informações da Reuters"], "Desk credit ('Agência Diário') is no person."),
        ("politica/stf-julgamento-emendas-parlamentares-dezembro", "STF retoma julgamento sobre emendas parlamentares", "Bruno Tavares Lins",
         "Ministros analisam transparência de repasses",
         "<p>BRASÍLIA – O Supremo Tribunal Federal retomou nesta sexta-feira o julgamento sobre as emendas parlamentares.</p>",
         d(2025, 12, 19, 16, 40, 0, -3), ["Bruno Tavares Lins"], True, False, None, None, "Brazilian home politics: not relevant."),
        ("internacional/chile-segundo-turno-resultado-analise", "Análise: O que a virada à direita no Chile diz sobre a América do Sul", "Marcelo Oyarzún",
         "Eleição chilena reforça uma onda que já passou por Argentina, Equador e Bolívia",
         "<p>A vitória da direita no segundo turno chileno consolida uma mudança no mapa político da região.</p><p><i>Marcelo Oyarzún é correspondente em Santiago.</i></p>",
         d(2025, 12, 19, 10, 0, 0, -3), ["Marcelo Oyarzún"], True, True, None, ["é correspondente em Santiago"], "Title label 'Análise:' may be kept or dropped."),
        ("fotos/internacional/natal-pelo-mundo-2025", "Fotos: Natal pelo mundo", None,
         "Veja imagens das decorações em Roma, Nova York e Tóquio",
         "<p>Veja imagens das decorações em Roma, Nova York e Tóquio.</p>",
         d(2025, 12, 18, 22, 0, 0, -3), [], False, False, None, None, "Gallery: not a story. Title label 'Fotos:' may be kept or dropped."),
        ("newsletters/boletim-internacional-inscreva-se", "Receba o boletim Internacional no seu e-mail", None,
         "Inscreva-se gratuitamente e receba toda semana uma seleção das principais notícias do mundo",
         "<p>Inscreva-se gratuitamente. <a href=\"" + base + "/newsletters/\">Clique aqui</a>.</p>",
         d(2025, 12, 18, 9, 0, 0, -3), [], False, False, None, None, "Newsletter promo: not a story."),
    ]
    items_xml, items = [], []
    for path, title, creator, desc, body, w, authors, story, rel, quotes, junk, note in rows:
        link = f"{base}/{path}/"
        cr = f"<dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        items_xml.append(f"<item><title>{cd(title)}</title><link>{link}</link><guid isPermaLink=\"true\">{link}</guid>{cr}"
                         f"<description>{cd(desc)}</description><pubDate>{utc0(w)}</pubDate><content:encoded>{cd(body)}</content:encoded></item>")
        clean = title.removeprefix("Análise: ").removeprefix("Fotos: ")
        items.append(it(link, clean, w, authors, story=story, rel=rel, quotes=quotes, junk=junk or [], note=note))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" version="2.0"><channel>'
            f'<title>{cd("Diário Paulistano")}</title><link>{base}</link><atom:link href="{base}/arc/outboundfeeds/rss/category/internacional/?outputType=xml" rel="self" type="application/rss+xml"/>'
            f'<description>{cd("Diário Paulistano News Feed")}</description><lastBuildDate>{utc0(d(2025, 12, 20, 14, 30, 0, -3))}</lastBuildDate><language>{cd("pt-BR")}</language>'
            '<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency>' + "".join(items_xml) + "</channel></rss>")
    return feed("pt_br_diariopaulistano_internacional_arcxp_2025.rss.xml", text, items, lang="pt", outlet="Diário Paulistano",
                aliases=["O Diário Paulistano"],
                structure="São Paulo daily's 'Internacional' section from Arc XP Outbound Feeds (/arc/outboundfeeds/rss/category/internacional/?outputType=xml, December 2025): one line after the prolog, atom/content/dc/sy namespaces, CDATA brand-only channel title and '<brand> News Feed' description, CDATA pt-BR language, permalink guids, CDATA dc:creator joining authors with a comma or holding a desk ('Agência Diário') or absent, +0000 pubDates (newsroom -0300), CDATA content:encoded with upper-case datelines and an en dash, “…” quotes, a bold 'Leia também' box with a list, italic 'Com informações da Reuters e da AFP' and correspondent tails, a 'Fotos:' gallery and a newsletter promo",
                notes="Brazilian outlet: Brazil's trade diplomacy is relevant; the Supreme Court ruling on budget amendments is home politics.")


# ---------------------------------------------------------------- Lisbon daily, WordPress VIP + Yoast (Portuguese)
def o_lisboeta():
    base = "https://olisboeta.example"
    brand = "O Lisboeta"
    rows = [
        (3390211, "2026/01/20/mne-luanda-visita-cooperacao-angola", "Ministro dos Negócios Estrangeiros em Luanda para relançar cooperação", "Inês Cardoso Valente",
         "Visita de dois dias inclui encontro com o Presidente angolano e assinatura de acordos na área da energia.",
         "<p>O ministro dos Negócios Estrangeiros chegou esta terça-feira a Luanda para uma visita de dois dias.</p><p>“Angola é um parceiro estratégico e queremos passar das palavras aos atos”, afirmou o secretário de Estado da Cooperação, Duarte Pimentel, que acompanha a comitiva.</p>",
         d(2026, 1, 20, 13, 5, 0, 0), ["Inês Cardoso Valente"], True, True, [q("Duarte Pimentel", "secretário de Estado da Cooperação")], "Portugal's own foreign policy: relevant."),
        (3390188, "2026/01/20/presidenciais-segunda-volta-sondagem", "Presidenciais: sondagem dá empate técnico na segunda volta", "Tiago Mourão",
         "Estudo de opinião feito esta semana mostra os dois candidatos separados por menos de dois pontos.",
         "<p>Os dois candidatos à segunda volta das eleições presidenciais estão separados por menos de dois pontos.</p>",
         d(2026, 1, 20, 10, 40, 0, 0), ["Tiago Mourão"], True, False, None, "Portuguese home politics: not relevant."),
        (3390160, "2026/01/19/mocambique-cabo-delgado-ataques-deslocados", "Moçambique. Novos ataques em Cabo Delgado fazem milhares de deslocados", "Lusa",
         "Grupos armados atacaram três aldeias no distrito de Macomia, segundo fontes locais.",
         "<p>Pemba, 19 jan 2026 (Lusa) – Novos ataques de grupos armados no distrito de Macomia, em Cabo Delgado, provocaram a fuga de milhares de pessoas, disseram fontes locais à Lusa.</p>",
         d(2026, 1, 19, 19, 22, 0, 0), [], True, True, None, "Lusa copy: the agency is no author. Title label 'Moçambique.' may be kept or dropped."),
        (3390142, "2026/01/19/direto-groenlandia-dinamarca-eua", "Groenlândia. Siga ao minuto as reações europeias", "Observatório Internacional",
         "Acompanhe aqui todas as atualizações.",
         "<p>Acompanhe aqui todas as atualizações sobre a crise.</p>",
         d(2026, 1, 19, 8, 0, 0, 0), [], False, False, None, "Live page ('Siga ao minuto'): not a story. Title label 'Groenlândia.' may be kept or dropped."),
        (3390120, "2026/01/18/davos-forum-economico-mundial-o-que-esperar", "Fórum de Davos arranca com guerra comercial e Ucrânia em pano de fundo", "Ana Sofia Brás e Rui Pestana",
         "Líderes mundiais reúnem-se na Suíça a partir de segunda-feira.",
         "<p>DAVOS – O Fórum Económico Mundial arranca segunda-feira com as tensões comerciais e a guerra na Ucrânia no centro da agenda.</p><h2>Quem vai estar presente</h2><p>Mais de 60 chefes de Estado e de Governo.</p>",
         d(2026, 1, 18, 21, 30, 0, 0), ["Ana Sofia Brás", "Rui Pestana"], True, True, None, None),
        (3390101, "2026/01/18/fotogaleria-cheias-rio-tejo", "Fotogaleria. As cheias do Tejo vistas do ar", "Fotografia",
         "As imagens da subida das águas no Ribatejo.",
         "<p>As imagens da subida das águas no Ribatejo.</p>",
         d(2026, 1, 18, 15, 0, 0, 0), [], False, False, None, "Gallery: not a story. Title label 'Fotogaleria.' may be kept or dropped."),
    ]
    items_xml, items = [], []
    for pid, slug, title, creator, exc, body, w, authors, story, rel, quotes, note in rows:
        link = f"{base}/{slug}/"
        tail = yoast(link, wpt(title), base, brand, text="O post {p} apareceu primeiro em {b}.")
        items_xml.append(f"""		<item>
		<title>{wpt(title)}</title>
		<link>{link}</link>
		<dc:creator><![CDATA[{creator}]]></dc:creator>
		<pubDate>{utc0(w)}</pubDate>
				<category><![CDATA[Mundo]]></category>
		<guid isPermaLink="false">{base}/?p={pid}</guid>
					<description><![CDATA[{exc}]]></description>
										<content:encoded><![CDATA[{body}
{tail}]]></content:encoded>
		</item>""")
        clean = title
        for lab in ("Moçambique. ", "Groenlândia. ", "Fotogaleria. "):
            clean = clean.removeprefix(lab)
        items.append(it(f"{base}/?p={pid}", clean, w, authors, story=story, rel=rel, quotes=quotes, junk=["apareceu primeiro em"], note=note))
    text = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>Mundo &#8211; {brand}</title>
	<atom:link href="{base}/seccao/mundo/feed/" rel="self" type="application/rss+xml" />
	<link>{base}</link>
	<description>Jornal diário online, independente e livre</description>
	<lastBuildDate>{utc0(d(2026, 1, 20, 13, 10, 0, 0))}</lastBuildDate>
	<language>pt-PT</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.9</generator>
""" + "\n".join(items_xml) + "\n	</channel>\n</rss>\n"
    return feed("pt_pt_olisboeta_mundo_wpvip_yoast_2026.rss.xml", text, items, lang="pt", outlet=brand,
                aliases=["Lisboeta"],
                structure="Lisbon online daily's 'Mundo' section on WordPress VIP 6.9 with Yoast SEO (/seccao/mundo/feed/, January 2026): the WordPress feed-rss2 prolog, channel 'Mundo &#8211; Brand', pt-PT, generator, no comments elements, CDATA dc:creator (a reporter, 'A e B', 'Lusa', a desk name, 'Fotografia'), '?p=<id>' guids, +0000 pubDates (Lisbon winter time), a plain CDATA excerpt as description and content:encoded ending with Yoast's suffix in Portuguese ('O post <link> apareceu primeiro em <brand link>.'), titles with 'Country.' kickers, a Lusa dateline 'Cidade, DD mmm AAAA (Lusa) –', an h2 sub-heading, a 'Siga ao minuto' live page and a 'Fotogaleria'",
                notes="Portuguese outlet: Portugal's diplomacy in Luanda is relevant; the presidential run-off poll is home politics.")


# ---------------------------------------------------------------- international broadcaster's Urdu service, Ghost 5
def sada_e_alam():
    base = "https://urdu.sadaealam.example"
    rows = [
        ("67a1f3c2e4b0a1d2c3e4f501", "afghanistan-pakistan-border-trade-torkham", "طورخم سرحد دو ماہ بعد تجارت کے لیے کھول دی گئی", "ثنا اللہ بلوچ",
         "پاکستان اور افغانستان نے دوحہ مذاکرات کے بعد طورخم سرحد کو تجارتی سامان کے لیے دوبارہ کھولنے پر اتفاق کیا ہے۔",
         "<p>پاکستان اور افغانستان نے دوحہ مذاکرات کے بعد طورخم سرحد کو تجارتی سامان کے لیے دوبارہ کھولنے پر اتفاق کیا ہے۔</p><p>افغان وزارتِ تجارت کے ترجمان عبدالسلام جواد نے کہا کہ ”یہ دونوں ملکوں کے عوام کی جیت ہے۔“</p><p><strong>یہ بھی پڑھیے:</strong> <a href=\"" + base + "/doha-talks/\">دوحہ مذاکرات: کیا طے پایا؟</a></p>",
         d(2026, 1, 27, 11, 20, 0, 0), ["ثنا اللہ بلوچ"], True, True, [q("عبدالسلام جواد", "افغان وزارتِ تجارت")], ["یہ بھی پڑھیے"], None),
        ("67a1d9b0e4b0a1d2c3e4f4f7", "iran-protests-internet-shutdown", "ایران میں مظاہرے: انٹرنیٹ کی بندش تیسرے ہفتے میں داخل", "صدائے عالم",
         "ایران میں حکومت مخالف مظاہروں کے بعد انٹرنیٹ کی بندش کو تین ہفتے ہو گئے ہیں۔",
         "<p>ایران میں حکومت مخالف مظاہروں کے بعد انٹرنیٹ کی بندش کو تین ہفتے ہو گئے ہیں۔ انسانی حقوق کی تنظیموں کے مطابق ہزاروں افراد گرفتار ہیں۔</p>",
         d(2026, 1, 27, 7, 45, 0, 0), [], True, True, None, None, "The broadcaster's own name as creator is no person."),
        ("67a1c04de4b0a1d2c3e4f4e9", "gaza-rafah-crossing-reopening", "رفح کراسنگ کھولنے پر اتفاق، غزہ کے مریضوں کو مصر منتقل کیا جائے گا", "مریم ظفر, عدنان شیخ",
         "اسرائیل اور مصر نے رفح کراسنگ کو محدود پیمانے پر کھولنے پر اتفاق کیا ہے۔",
         "<p>اسرائیل اور مصر نے رفح کراسنگ کو محدود پیمانے پر کھولنے پر اتفاق کیا ہے۔</p><p>عالمی ادارۂ صحت کی نمائندہ ڈاکٹر ریحانہ قاسم نے کہا: ”ہزاروں مریض علاج کے منتظر ہیں۔“</p>",
         d(2026, 1, 26, 18, 5, 0, 0), ["مریم ظفر", "عدنان شیخ"], True, True, [q("ریحانہ قاسم", "عالمی ادارۂ صحت")], None, "Two authors joined by a comma in one dc:creator; 'ڈاکٹر' is a title, not part of the name."),
        ("67a1a8f2e4b0a1d2c3e4f4d3", "cricket-world-cup-t20-squad", "ٹی ٹوئنٹی ورلڈ کپ: سکواڈ کا اعلان، دو نئے کھلاڑی شامل", "کھیل ڈیسک",
         "ورلڈ کپ کے لیے پندرہ رکنی سکواڈ کا اعلان کر دیا گیا۔",
         "<p>ورلڈ کپ کے لیے پندرہ رکنی سکواڈ کا اعلان کر دیا گیا۔</p>",
         d(2026, 1, 26, 12, 0, 0, 0), [], True, False, None, None, "Sport: not relevant."),
        ("67a19a11e4b0a1d2c3e4f4c8", "video-davos-explainer", "ویڈیو: ڈیووس میں عالمی رہنما کیا کہہ رہے ہیں؟", "ویڈیو ڈیسک",
         "اس ویڈیو میں دیکھیے۔",
         "<figure class=\"kg-card kg-embed-card\"><iframe src=\"https://video.sadaealam.example/embed/8841\"></iframe></figure><p>اس ویڈیو میں دیکھیے۔</p>",
         d(2026, 1, 26, 9, 30, 0, 0), [], False, False, None, None, "Video: not a story. Title label 'ویڈیو:' may be kept or dropped."),
        ("67a18c37e4b0a1d2c3e4f4b2", "newsletter-signup-urdu", "ہمارا نیوز لیٹر: ہر صبح اہم خبریں آپ کے ان باکس میں", "صدائے عالم",
         "سائن اپ کیجیے اور روزانہ خبریں حاصل کیجیے۔",
         "<p>سائن اپ کیجیے اور روزانہ خبریں حاصل کیجیے۔</p><div class=\"kg-card kg-signup-card\"><p>سبسکرائب</p></div>",
         d(2026, 1, 25, 6, 0, 0, 0), [], False, False, None, None, "Newsletter promo: not a story."),
    ]
    items_xml, items = [], []
    for gid, slug, title, creator, exc, body, w, authors, story, rel, quotes, junk, note in rows:
        link = f"{base}/{slug}/"
        items_xml.append(f"<item><title>{cd(title)}</title><description>{cd(exc)}</description><link>{link}</link>"
                         f"<guid isPermaLink=\"false\">{gid}</guid><category>{cd('عالمی خبریں')}</category><dc:creator>{cd(creator)}</dc:creator>"
                         f"<pubDate>{gmt(w)}</pubDate><media:content url=\"{base}/content/images/2026/01/{slug[:12]}.jpg\" medium=\"image\"/>"
                         f"<content:encoded>{cd(body)}</content:encoded></item>")
        clean = title.removeprefix("ویڈیو: ")
        items.append(it(gid, clean, w, authors, story=story, rel=rel, quotes=quotes, junk=list(junk or []), note=note))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
            f"<title>{cd('صدائے عالم اردو')}</title><description>{cd('دنیا بھر کی خبریں، اردو میں')}</description><link>{base}/</link>"
            f"<image><url>{base}/favicon.png</url><title>صدائے عالم اردو</title><link>{base}/</link></image><generator>Ghost 5.105</generator>"
            f"<lastBuildDate>{gmt(d(2026, 1, 27, 11, 25, 0, 0))}</lastBuildDate><atom:link href=\"{base}/rss/\" rel=\"self\" type=\"application/rss+xml\"/><ttl>60</ttl>"
            + "".join(items_xml) + "</channel></rss>")
    return feed("ur_sadaealam_urdu_ghost5_2026.rss.xml", text, items, lang="ur", outlet="صدائے عالم اردو",
                aliases=["صدائے عالم"],
                structure="A London-based international broadcaster's Urdu digital service on Ghost 5 (/rss/, January 2026): one line after the prolog, media declared after version, CDATA channel title and description in Urdu, image, generator 'Ghost 5.105', ttl 60, items in Ghost's order (title, description, link, guid, category, dc:creator, pubDate, media:content, content:encoded), 24-hex post ids as non-permalink guids, ONE CDATA dc:creator joining several authors with ', ' or holding a desk ('کھیل ڈیسک', 'ویڈیو ڈیسک') or the service's name, GMT pubDates, Koenig cards (embed, signup) in content:encoded, a bold 'یہ بھی پڑھیے:' link, ”…“ quotes after 'نے کہا', a video and a newsletter card",
                notes="International broadcaster (home: United Kingdom): Pakistan-Afghanistan trade, Iran and Gaza are relevant; a cricket squad is not.")


# ---------------------------------------------------------------- Karachi Urdu TV news site, WordPress VIP + Yoast
def bahr_e_arab():
    base = "https://urdu.bahrearab.example"
    brand = "بحرِ عرب نیوز"
    rows = [
        (910442, "پاکستان-سعودی-عرب-دفاعی-معاہدہ-اجلاس", "پاک سعودی دفاعی معاہدہ: مشترکہ کمیٹی کا پہلا اجلاس ریاض میں", "ویب ڈیسک",
         "<p><strong>ریاض: </strong>پاکستان اور سعودی عرب کے درمیان باہمی دفاعی معاہدے کے تحت قائم مشترکہ کمیٹی کا پہلا اجلاس ریاض میں ہوا۔</p><p>دفتر خارجہ کی ترجمان عائشہ درانی نے کہا کہ ”یہ تعاون کسی تیسرے ملک کے خلاف نہیں ہے۔“</p>",
         d(2025, 10, 14, 16, 10, 0, 5), [], True, True, [q("عائشہ درانی", "دفتر خارجہ")], "Desk account ('ویب ڈیسک') is no author; Pakistan's own defence diplomacy is relevant."),
        (910431, "غزہ-جنگ-بندی-یرغمالیوں-کی-رہائی", "غزہ جنگ بندی: یرغمالیوں اور قیدیوں کا تبادلہ مکمل", "نمائندہ خصوصی",
         "<p><strong>قاہرہ: </strong>غزہ میں جنگ بندی معاہدے کے پہلے مرحلے کے تحت یرغمالیوں اور فلسطینی قیدیوں کا تبادلہ مکمل ہو گیا۔</p>",
         d(2025, 10, 14, 9, 35, 0, 5), [], True, True, None, None),
        (910420, "کراچی-بارش-الرٹ-محکمہ-موسمیات", "کراچی میں آج رات بارش کا امکان، محکمہ موسمیات", "کامران احمد",
         "<p><strong>کراچی: </strong>محکمہ موسمیات نے شہر میں آج رات ہلکی بارش کا امکان ظاہر کیا ہے۔</p><p>رپورٹ: کامران احمد</p>",
         d(2025, 10, 13, 22, 0, 0, 5), ["کامران احمد"], True, False, None, "Karachi weather: not relevant."),
        (910415, "امریکا-چین-ٹیرف-تنازع-نیا-مرحلہ", "امریکا اور چین کے درمیان ٹیرف تنازع نئے مرحلے میں داخل", "ویب ڈیسک",
         "<p><strong>واشنگٹن: </strong>امریکا نے چینی مصنوعات پر اضافی محصولات کا اعلان کیا ہے جس کے جواب میں بیجنگ نے نایاب معدنیات کی برآمد پر پابندیاں سخت کر دیں۔</p><p><em>بشکریہ: خبر ایجنسیاں</em></p>",
         d(2025, 10, 13, 18, 40, 0, 5), [], True, True, None, None),
        (910407, "ویڈیو-لاہور-اسموگ-مناظر", "ویڈیو: لاہور میں اسموگ کے مناظر", "ویڈیو ڈیسک",
         "<p>[embed]https://video.bahrearab.example/watch/55102[/embed]</p>",
         d(2025, 10, 13, 12, 0, 0, 5), [], False, False, None, "Video: not a story. Title label 'ویڈیو:' may be kept or dropped."),
        (910399, "پی-ایس-ایل-ڈرافٹ-تاریخ-کا-اعلان", "پی ایس ایل ڈرافٹ کی تاریخ کا اعلان", "اسپورٹس ڈیسک",
         "<p><strong>لاہور: </strong>پاکستان سپر لیگ کے اگلے سیزن کے ڈرافٹ کی تاریخ کا اعلان کر دیا گیا۔</p>",
         d(2025, 10, 13, 10, 15, 0, 5), [], True, False, None, "Sport: not relevant."),
    ]
    items_xml, items = [], []
    from urllib.parse import quote as urlq
    for pid, slug, title, creator, body, w, authors, story, rel, quotes, note in rows:
        link = f"{base}/{urlq(slug)}/"
        tail = yoast(link, wpt(title), base, brand)
        first = body.split("</p>")[0].split("</strong>")[-1]
        items_xml.append(f"""		<item>
		<title>{wpt(title)}</title>
		<link>{link}</link>
		<dc:creator><![CDATA[{creator}]]></dc:creator>
		<pubDate>{utc0(w)}</pubDate>
				<category><![CDATA[دنیا]]></category>
		<guid isPermaLink="false">{base}/?p={pid}</guid>
					<description><![CDATA[<p>{first} [&#8230;]</p>
{tail}]]></description>
										<content:encoded><![CDATA[{body}
{tail}]]></content:encoded>
		</item>""")
        clean = title.removeprefix("ویڈیو: ")
        junk = ["appeared first on"] + (["رپورٹ:"] if authors else []) + (["بشکریہ"] if "بشکریہ" in body else [])
        items.append(it(f"{base}/?p={pid}", clean, w, authors, story=story, rel=rel, quotes=quotes, junk=junk, note=note))
    text = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>دنیا &#8211; {brand}</title>
	<atom:link href="{base}/category/world/feed/" rel="self" type="application/rss+xml" />
	<link>{base}</link>
	<description>تازہ ترین خبریں، بریکنگ نیوز</description>
	<lastBuildDate>{utc0(d(2025, 10, 14, 16, 15, 0, 5))}</lastBuildDate>
	<language>ur</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.8.3</generator>
""" + "\n".join(items_xml) + "\n	</channel>\n</rss>\n"
    return feed("ur_pk_bahrearab_duniya_wpvip_yoast_2025.rss.xml", text, items, lang="ur", outlet=brand,
                aliases=["بحرِ عرب"],
                structure="Karachi Urdu TV channel's news site, 'دنیا' (world) category on WordPress VIP 6.8 with Yoast SEO (/category/world/feed/, October 2025): the WordPress feed-rss2 prolog, channel 'دنیا &#8211; Brand', language 'ur', percent-encoded Urdu slugs in links, CDATA dc:creator holding desk accounts ('ویب ڈیسک', 'نمائندہ خصوصی', 'ویڈیو ڈیسک', 'اسپورٹس ڈیسک') or a reporter, '?p=<id>' guids, +0000 pubDates (newsroom +0500), the auto-excerpt ending ' [&#8230;]' and content:encoded, both ending with Yoast's suffix left in ENGLISH ('The post <link> appeared first on <Urdu brand link>.'), bold run-in datelines 'شہر: ', a 'رپورٹ:' sign-off, an italic 'بشکریہ: خبر ایجنسیاں' credit, an unrendered [embed] shortcode in a video post and a cricket league item",
                notes="Pakistani outlet: the Pakistan-Saudi defence pact (Pakistan's foreign policy) is relevant; Karachi weather and the PSL are not.")


FEEDS = [diario_paulistano, o_lisboeta, sada_e_alam, bahr_e_arab]
