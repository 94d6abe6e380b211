# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The tech feed, the science feed and the two encoding traps of the fifty-second held-out set."""
from h52 import cd, d, esc, feed, gmt, isoz, it, ordered, q, rfc822, wpt


# ---------------------------------------------------------------- consumer tech site, WordPress VIP Atom, full content
def ferrite():
    base = "https://www.ferrite.example"
    rows = [
        (1182045, "2026/02/04/eu-dma-cloud-investigation-hyperscalers", "The EU is investigating whether cloud giants should be DMA gatekeepers", ["Margit Lindholm", "Theo Blackwood"],
         d(2026, 2, 4, 16, 32, 0, -5), d(2026, 2, 4, 18, 1, 0, -5), "Policy",
         "Brussels opens market investigations into three cloud providers.",
         "<p>The European Commission has opened market investigations into whether three US cloud providers should be designated as gatekeepers under the Digital Markets Act, a move that could force them to change how they bundle services.</p><p>“Cloud is the infrastructure of everything now,” said Sofie Vandamme, a Commission official who briefed reporters. “The rules have to apply there too.”</p><ul><li>The probes can last up to 12 months.</li><li>Companies can offer commitments.</li></ul><p><strong>Related</strong></p><ul><li><a href=\"" + base + "/2025/12/05/eu-fine-x-dsa/\">The EU just fined X under the Digital Services Act</a></li></ul>",
         True, True, [q("Sofie Vandamme", "European Commission")], ["Related"], "State regulation of tech across borders: relevant."),
        (1182031, "2026/02/04/pixel-10a-review", "Pixel 10a review: the sensible phone gets a little less sensible", ["Dana Whitcombe"],
         d(2026, 2, 4, 9, 0, 0, -5), d(2026, 2, 4, 9, 0, 0, -5), "Reviews",
         "Good camera, brighter screen, higher price.",
         "<p>The a-series has always been about value. This year the value argument is harder to make.</p><figure><img src=\"" + base + "/wp-content/uploads/2026/02/pixel10a.jpg\" alt=\"\"/><figcaption>Photo by Dana Whitcombe / Ferrite</figcaption></figure><p><em>Ferrite may earn a commission when you buy through links on our site.</em></p>",
         True, False, None, ["may earn a commission", "Photo by Dana Whitcombe"], "Product review: not relevant."),
        (1182019, "2026/02/03/commerce-nvidia-h200-china-licenses", "US grants first licenses for Nvidia H200 exports to China", ["Ravi Chaudhuri"],
         d(2026, 2, 3, 19, 45, 0, -5), d(2026, 2, 3, 20, 2, 0, -5), "Policy",
         "The Commerce Department takes a cut of the sales.",
         "<p>The Commerce Department has issued the first licenses allowing Nvidia to sell its H200 accelerators to approved customers in China, with the US government taking a 25 percent share of revenue.</p><p>Beijing has told some domestic firms to prefer local chips, according to two people familiar with the guidance.</p>",
         True, True, None, None, "Export controls between states: relevant."),
        (1182002, "2026/02/03/best-headphone-deals-this-week", "The best headphone deals this week", ["Ferrite Deals"],
         d(2026, 2, 3, 12, 0, 0, -5), d(2026, 2, 3, 12, 0, 0, -5), "Deals",
         "Noise-canceling cans at their lowest prices.",
         "<p>Noise-canceling headphones at their lowest prices of the year.</p>",
         False, False, None, None, "Affiliate deals post: not a story."),
        (1181990, "2026/02/02/ferritecast-episode-612", "The Ferritecast: Is the AI bubble about to pop?", ["Jules Ambrose"],
         d(2026, 2, 2, 18, 30, 0, -5), d(2026, 2, 2, 18, 30, 0, -5), "Podcasts",
         "This week on the Ferritecast.",
         "<p>This week on the Ferritecast, we talk chips, capex and courage.</p><iframe src=\"https://podcasts.ferrite.example/embed/612\"></iframe>",
         False, False, None, None, "Podcast episode: not a story. Title label 'The Ferritecast:' may be kept or dropped."),
        (1181975, "2026/02/02/salt-typhoon-european-telecoms-breach", "Chinese state hackers breached European telecoms, agencies warn", ["Theo Blackwood"],
         d(2026, 2, 2, 11, 14, 0, -5), d(2026, 2, 2, 11, 14, 0, -5), "Security",
         "A joint advisory names a Chinese state-backed group.",
         "<p>Cybersecurity agencies from nine countries said in a joint advisory that a Chinese state-backed group had breached telecom operators across Europe.</p><p>“This is espionage at scale,” said Henrik Aalto, director of Finland’s national cyber security centre.</p>",
         True, True, [q("Henrik Aalto", "Finland’s national cyber security centre")], None, "State-attributed hacking: relevant."),
    ]
    entries, items = [], []
    for pid, slug, title, authors, pub, upd, cat, summ, body, story, rel, quotes, junk, note in rows:
        link = f"{base}/{slug}/"
        auth = "".join(f"""
		<author>
			<name>{a}</name>
							<uri>{base}/authors/{a.lower().replace(' ', '-')}/</uri>
					</author>""" for a in authors)
        entries.append(f"""	<entry>{auth}

		<title type="html"><![CDATA[{title}]]></title>
		<link rel="alternate" type="text/html" href="{link}" />

		<id>{base}/?p={pid}</id>
		<updated>{isoz(upd)}</updated>
		<published>{isoz(pub)}</published>
		<category scheme="{base}" term="{cat}" />
		<summary type="html"><![CDATA[{summ}]]></summary>
					<content type="html" xml:base="{link}"><![CDATA[{body}]]></content>
\t\t
			</entry>""")
        clean = title.removeprefix("The Ferritecast: ")
        items.append(it(f"{base}/?p={pid}", clean, pub, authors if story else [], story=story, rel=rel, quotes=quotes, junk=junk or [], note=note))
    text = f"""<?xml version="1.0" encoding="UTF-8"?><feed
	xmlns="http://www.w3.org/2005/Atom"
	xmlns:thr="http://purl.org/syndication/thread/1.0"
	xml:lang="en-US"
	>
	<title type="text">Ferrite</title>
	<subtitle type="text">Technology news, reviews and culture</subtitle>

	<updated>{isoz(d(2026, 2, 4, 18, 1, 0, -5))}</updated>

	<link rel="alternate" type="text/html" href="{base}/" />
	<id>{base}/feed/atom/</id>
	<link rel="self" type="application/atom+xml" href="{base}/feed/atom/" />

	<generator uri="https://wordpress.org/" version="6.9">WordPress</generator>
""" + "\n".join(entries) + "\n	</feed>\n"
    return feed("en_tech_ferrite_all_wpvip_atom_2026.atom.xml", text, items, lang="en", outlet="Ferrite", shape="atom", topic="tech",
                ctype="application/atom+xml; charset=UTF-8",
                structure="New York consumer-technology news and reviews site on WordPress VIP, its full-content Atom feed (/feed/atom/, February 2026): WordPress's feed-atom template with namespaces on tab-indented lines and a lone '>', thr namespace, xml:lang en-US, title type text, generator 'WordPress' with version, entries with one <author> per Co-Authors-Plus author (name and uri, a 'Ferrite Deals' account), CDATA title type html, '?p=<id>' ids, updated and published in UTC 'Z' (newsroom -0500; updated later than published for edited posts), category with scheme, a short CDATA summary and the FULL article as CDATA content with xml:base: paragraphs, bullet lists, a 'Related' list, a figure caption with a photo credit, an affiliate disclosure, a podcast iframe",
                notes="Tech feed (US): relevant means world-affairs weight (EU regulation of US firms, export controls, state-backed hacking), not products.")


# ---------------------------------------------------------------- science journal news, RSS 1.0 with PRISM
def polymath():
    base = "https://www.polymath.example"
    rows = [
        ("d41586-026-00391-4", "US exit from WHO takes effect, leaving global disease surveillance scrambling", ["Helen Marchetti"],
         "2026-01-23", "Researchers warn that data sharing on influenza and other outbreaks will suffer.",
         True, True, "US withdrawal from an international body: world affairs."),
        ("d41586-026-00377-2", "Plastics treaty talks to resume in Geneva after collapse last year", ["Oskar Nyberg", "Amara Eze"],
         "2026-01-22", "Negotiators will try again to agree on production caps.",
         True, True, "International negotiations: relevant."),
        ("d41586-026-00365-6", "Ancient DNA traces first farmers’ route into the Nile Valley", ["Ruth Okonjo-Halley"],
         "2026-01-22", "Genomes from 40 individuals reveal a mix of Levantine and local ancestry.",
         True, False, "A single paper: not relevant."),
        ("d41586-026-00360-1", "Daily briefing: Why some bats shrug off viruses", [],
         "2026-01-22", "Plus, the plastics treaty restarts and the week in science.",
         False, False, "Briefing digest: not a story. Title label 'Daily briefing:' may be kept or dropped."),
        ("d41586-026-00352-3", "China and the EU sign research pact on climate and health", ["Li Wenjing"],
         "2026-01-21", "The agreement revives joint calls frozen since 2023. “It is a signal that science can still cross political lines,” said Aurélie Montreuil, a European Commission research official.",
         True, True, "Science diplomacy between states: relevant."),
        ("d41586-026-00349-x", "Correction: How the brain stores spatial memories", [],
         "2026-01-21", "An earlier version of this article misstated the number of participants.",
         False, False, "Correction notice: not a story. Title label 'Correction:' may be kept or dropped."),
    ]
    items_xml, items, lis = [], [], []
    for aid, title, authors, date, summ, story, rel, note in rows:
        link = f"{base}/articles/{aid}"
        doi = f"10.9999/{aid}"
        lis.append(f'<rdf:li rdf:resource="{link}"/>')
        cr = "".join(f"<dc:creator>{a}</dc:creator>" for a in authors)
        y, m, dd = date.split("-")
        items_xml.append(f"""<item rdf:about="{link}"><title><![CDATA[{title}]]></title><link>{link}</link><content:encoded><![CDATA[<p>Polymath, Published online: {dd} January {y}; <a href="{link}">doi:{doi}</a></p>{summ}]]></content:encoded><dc:title><![CDATA[{title}]]></dc:title>{cr}<dc:identifier>doi:{doi}</dc:identifier><dc:source>Polymath, Published online: {date}; | doi:{doi}</dc:source><dc:date>{date}</dc:date><prism:publicationName>Polymath</prism:publicationName><prism:doi>{doi}</prism:doi><prism:url>{link}</prism:url></item>""")
        clean = title.removeprefix("Daily briefing: ").removeprefix("Correction: ")
        quotes = [q("Aurélie Montreuil", "European Commission")] if "Montreuil" in summ else None
        items.append(it(link, clean, d(int(y), int(m), int(dd), 0, 0, 0, 0), authors if story else [], story=story, rel=rel,
                        quotes=quotes, junk=["Published online", f"doi:{doi}"], note=note + " dc:date is a bare date: midnight UTC."))
    text = f"""<?xml version="1.0" encoding="UTF-8"?><rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><channel rdf:about="{base}/polymath.rss"><title>Polymath</title><description>Polymath, the international weekly journal of science</description><link>{base}/polymath.rss</link><dc:publisher>Polymath Publishing Group</dc:publisher><dc:language>en</dc:language><dc:rights>© 2026 Polymath Publishing Group Limited</dc:rights><prism:publicationName>Polymath</prism:publicationName><prism:issn>2999-0001</prism:issn><prism:eIssn>2999-001X</prism:eIssn><prism:copyright>© 2026 Polymath Publishing Group Limited</prism:copyright><prism:rightsAgent>permissions@polymath.example</prism:rightsAgent><image rdf:resource="{base}/uploads/product/polymath/rss.gif"/><items><rdf:Seq>{"".join(lis)}</rdf:Seq></items></channel><image rdf:about="{base}/uploads/product/polymath/rss.gif"><title>Polymath</title><url>{base}/uploads/product/polymath/rss.gif</url><link>{base}/polymath.rss</link></image>""" + "".join(items_xml) + "</rdf:RDF>"
    return feed("en_science_polymath_news_rss1_prism_2026.rdf", text, items, lang="en", outlet="Polymath", shape="rss1-rdf", topic="science",
                ctype="application/rdf+xml; charset=UTF-8",
                structure="London weekly science journal's news feed as RSS 1.0 with PRISM 2.0 (/polymath.rss, January 2026): the whole document on one line, no trailing newline, channel with dc:publisher, dc:rights, prism:publicationName/issn/eIssn/copyright/rightsAgent, an rdf:Seq, items with CDATA title, link, CDATA content:encoded opening with '<p>Polymath, Published online: DD Month YYYY; <a>doi:…</a></p>' before the standfirst, CDATA dc:title, one dc:creator per author (none for briefings and corrections), dc:identifier 'doi:…', dc:source, dc:date as a BARE DATE (no time), prism:publicationName/doi/url; a daily briefing and a correction",
                notes="Science feed (UK journal): relevant means world-affairs weight (WHO membership, treaty talks, state science pacts), not single papers.")


# ---------------------------------------------------------------- TRAP 1: UTF-8 BOM + utf-8 prolog, header says ISO-8859-1
def folha_do_mussulo():
    base = "https://www.folhadomussulo.example"
    rows = [
        (20931, "Angola acolhe nova ronda de conversações entre Kinshasa e o M23", "Kiala Domingos",
         "<p><b>Por Kiala Domingos</b></p><p>Luanda – O Governo angolano vai acolher na próxima semana uma nova ronda de conversações entre a República Democrática do Congo e o movimento M23, anunciou o Ministério das Relações Exteriores.</p><p>“Angola continua empenhada na paz na região dos Grandes Lagos”, afirmou o porta-voz do ministério, Nzinga Ferraz.</p>",
         d(2025, 12, 5, 16, 40, 0, 1), ["Kiala Domingos"], True, True, [q("Nzinga Ferraz", "Ministério das Relações Exteriores")], ["Por Kiala Domingos"], "Angola's own mediation abroad: relevant."),
        (20925, "Cimeira UA-UE: Luanda defende reforma do Conselho de Segurança", "Redacção",
         "<p>Luanda – A presidência angolana da União Africana defendeu hoje, na cimeira com a União Europeia, dois lugares permanentes para África no Conselho de Segurança das Nações Unidas.</p><p><i>Com ANGOP</i></p>",
         d(2025, 12, 5, 11, 5, 0, 1), [], True, True, None, ["Com ANGOP"], None),
        (20918, "Preço do táxi colectivo sobe em Luanda a partir de Janeiro", "Celestina Mbala",
         "<p><b>Por Celestina Mbala</b></p><p>Luanda – As associações de taxistas anunciaram um aumento da tarifa para 300 kwanzas.</p>",
         d(2025, 12, 4, 19, 30, 0, 1), ["Celestina Mbala"], True, False, None, ["Por Celestina Mbala"], "Luanda city news: not relevant."),
        (20911, "Moçambique: Maputo e Kigali prolongam presença militar em Cabo Delgado", "Redacção",
         "<p>Maputo – Os governos de Moçambique e do Ruanda acordaram prolongar por mais um ano a presença das forças ruandesas em Cabo Delgado.</p><p><i>Com Lusa</i></p>",
         d(2025, 12, 4, 14, 0, 0, 1), [], True, True, None, ["Com Lusa"], None),
        (20904, "Galeria: 50 anos de independência em imagens", "Fotografia",
         "<p>Reveja em imagens as celebrações do cinquentenário.</p>",
         d(2025, 12, 3, 20, 0, 0, 1), [], False, False, None, [], "Gallery: not a story. Title label 'Galeria:' may be kept or dropped."),
        (20899, "Assine a Folha do Mussulo digital e leia sem limites", "Marketing",
         "<p>Assinatura anual com 30% de desconto. Válido até 31 de Dezembro.</p>",
         d(2025, 12, 3, 9, 0, 0, 1), [], False, False, None, [], "Subscription promo: not a story."),
    ]
    items_xml, items = [], []
    for nid, title, creator, body, w, authors, story, rel, quotes, junk, note in rows:
        link = f"{base}/noticia.aspx?id={nid}"
        items_xml.append(f"""    <item>
      <title>{esc(title)}</title>
      <link>{link}</link>
      <description>{esc(body)}</description>
      <author>{esc(creator)}</author>
      <category>Mundo</category>
      <pubDate>{gmt(w)}</pubDate>
      <guid isPermaLink="false">{nid}</guid>
    </item>""")
        items.append(it(str(nid), title.removeprefix("Galeria: "), w, authors, story=story, rel=rel, quotes=quotes, junk=junk, note=note))
    text = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>Folha do Mussulo - Mundo</title>
    <link>{base}/</link>
    <description>As últimas notícias de Angola e do Mundo</description>
    <language>pt-AO</language>
    <copyright>© 2025 Folha do Mussulo - Edições Kianda, Lda.</copyright>
    <lastBuildDate>{gmt(d(2025, 12, 5, 16, 45, 0, 1))}</lastBuildDate>
""" + "\n".join(items_xml) + "\n  </channel>\n</rss>"
    return feed("pt_ao_folhadomussulo_mundo_aspnet_utf8bom_header_latin1_2025.rss.xml", text, items, lang="pt", outlet="Folha do Mussulo",
                encoding="utf-8-sig", declared="utf-8", ctype="text/xml; charset=iso-8859-1",
                structure="Luanda daily's 'Mundo' feed from an ASP.NET WebForms handler (rss.ashx, December 2025) that writes with XmlTextWriter(Response.OutputStream, Encoding.UTF8) and Formatting.Indented: a UTF-8 BOM (EF BB BF), then the prolog encoding=\"utf-8\", but web.config's <globalization responseEncoding=\"iso-8859-1\"> makes IIS send 'Content-Type: text/xml; charset=iso-8859-1'; two-space indentation, no namespaces, no trailing newline, channel 'Brand - Mundo', pt-AO, an 'Edições …, Lda.' copyright, '/noticia.aspx?id=<n>' links, numeric non-permalink guids, escaped HTML descriptions with a bold 'Por Name' paragraph, 'Luanda –' datelines, italic 'Com ANGOP'/'Com Lusa' credits, RSS <author> holding a plain name or a desk ('Redacção', 'Fotografia', 'Marketing'), GMT pubDates (newsroom +0100), a gallery and a subscription promo",
                notes="TRAP: the HTTP header says ISO-8859-1, but the body starts with a UTF-8 BOM and the prolog says utf-8. The BOM is authoritative over the charset parameter (RFC 7303 §3, the WHATWG encoding sniffing order) and agrees with the prolog: a careful reader decodes UTF-8 and shows every item ('ç', 'ã', '–', '“' intact). Decoding by the header gives 'Ã§'/'â€“' mojibake and a stray 'ï»¿'. Angolan outlet: Angola's mediation and AU diplomacy are relevant; Luanda taxi fares are not.")


# ---------------------------------------------------------------- TRAP 2: UTF-16BE with BOM, prolog AND header say UTF-8
def corriere_del_trasimeno():
    base = "https://www.corrieretrasimeno.example"
    rows = [
        ("art-118842", "Ucraina, Roma ospiterà la conferenza sulla ricostruzione: «Pronti a fare la nostra parte»", "Giulia Brancaleoni",
         "Il ministro degli Esteri ha confermato che l'Italia ospiterà a luglio la nuova conferenza internazionale. «Siamo pronti a fare la nostra parte», ha detto il sottosegretario Andrea Ciuffini.",
         d(2026, 3, 12, 17, 20, 0, 1), ["Giulia Brancaleoni"], True, True, [q("Andrea Ciuffini", "sottosegretario")], None, "Italy's own foreign policy: relevant."),
        ("art-118839", "Sudan, l'Onu: «La peggiore crisi umanitaria del mondo». Appello per i fondi", "Redazione Esteri",
         "Le agenzie delle Nazioni Unite chiedono 4 miliardi di dollari. «Senza fondi la carestia si estenderà», ha avvertito la portavoce dell'Unicef Clara Mbeki-Rossi.",
         d(2026, 3, 12, 11, 45, 0, 1), [], True, True, [q("Clara Mbeki-Rossi", "Unicef")], None, None),
        ("art-118833", "Perugia, la Fontana Maggiore torna visibile dopo il restauro", "Matteo Gubbiotti",
         "Conclusi i lavori sul monumento simbolo della città. Festa in piazza IV Novembre.",
         d(2026, 3, 11, 19, 0, 0, 1), ["Matteo Gubbiotti"], True, False, None, None, "Perugia city news: not relevant."),
        ("art-118827", "Taiwan, manovre cinesi nello Stretto. Washington: «Provocazione»", "Redazione Esteri",
         "Decine di navi e aerei coinvolti nelle esercitazioni. Il Dipartimento di Stato chiede moderazione.",
         d(2026, 3, 11, 8, 30, 0, 1), [], True, True, None, None, None),
        ("art-118820", "FOTO | La Marcia della pace Perugia-Assisi", "Redazione",
         "Le immagini della manifestazione.",
         d(2026, 3, 10, 18, 0, 0, 1), [], False, False, None, None, "Gallery: not a story. Title label 'FOTO |' may be kept or dropped."),
        ("art-118815", "Oroscopo di mercoledì 11 marzo", "Redazione",
         "Le previsioni segno per segno.",
         d(2026, 3, 10, 6, 0, 0, 1), [], False, False, None, None, "Horoscope: not a story."),
    ]
    items_xml, items = [], []
    for aid, title, creator, desc, w, authors, story, rel, quotes, _junk, note in rows:
        link = f"{base}/esteri/{aid}.html"
        items_xml.append(f"""    <item>\r
      <title>{esc(title)}</title>\r
      <link>{link}</link>\r
      <description>{esc(desc)}</description>\r
      <pubDate>{gmt(w)}</pubDate>\r
      <guid>{link}</guid>\r
      <dc:creator>{esc(creator)}</dc:creator>\r
      <dc:date>{isoz(w)}</dc:date>\r
    </item>""")
        items.append(it(link, title.removeprefix("FOTO | "), w, authors, story=story, rel=rel, quotes=quotes, junk=[], note=note))
    text = "\ufeff" + f"""<?xml version="1.0" encoding="UTF-8"?>\r
<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">\r
  <channel>\r
    <title>Corriere del Trasimeno - Esteri</title>\r
    <link>{base}/esteri/</link>\r
    <description>Notizie dal mondo</description>\r
    <language>it</language>\r
    <copyright>Editrice Umbra Trasimeno S.r.l.</copyright>\r
    <pubDate>{gmt(d(2026, 3, 12, 17, 25, 0, 1))}</pubDate>\r
    <dc:date>{isoz(d(2026, 3, 12, 17, 25, 0, 1))}</dc:date>\r
""" + "\r\n".join(items_xml) + "\r\n  </channel>\r\n</rss>\r\n\r\n"
    return feed("it_corrieretrasimeno_esteri_rome_utf16be_bom_declared_utf8_2026.rss.xml", text, items, lang="it", outlet="Corriere del Trasimeno",
                encoding="utf-16-be", declared="UTF-8", ctype="application/rss+xml; charset=UTF-8",
                structure="Perugia daily's 'Esteri' feed from a Java servlet using the ROME library (/rss/esteri, March 2026): ROME's WireFeedOutput declares encoding=\"UTF-8\" and the servlet sets 'Content-Type: application/rss+xml; charset=UTF-8', but the bytes go through new OutputStreamWriter(out, \"UTF-16\"), so the document is UTF-16 BIG-ENDIAN with a BOM (FE FF); JDOM pretty format with CRLF line ends and two-space indentation, a blank line at the end, dc namespace, channel 'Brand - Esteri', language 'it', an 'S.r.l.' copyright, channel pubDate and dc:date, items with title, link, plain-text description with «…» quotes after 'ha detto', GMT pubDate, the link as guid, dc:creator (a reporter or 'Redazione …') and dc:date in UTC 'Z' for the same instant, a 'FOTO |' gallery and a horoscope",
                notes="TRAP: the prolog AND the HTTP header say UTF-8, but the body is UTF-16BE with a BOM. The BOM is authoritative (XML 1.0 Appendix F; RFC 7303 §3): a careful reader decodes UTF-16BE and shows every item. Decoding as UTF-8 fails on the first bytes or yields NUL-riddled text. Italian outlet: Italy's diplomacy is relevant; Perugia city news is not.")


FEEDS = [ferrite, polymath, folha_do_mussulo, corriere_del_trasimeno]
