# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Tech, science and the two oddly encoded feeds of the forty-first held-out set: a technology
site's Chorus-style Atom (2021), a London science magazine on Craft CMS (2019), a Thuringian
weekly's feed written by a Windows batch job in OEM code page 850 under an ISO-8859-1 label
(2013), and a Mindelo (Cape Verde) paper whose feed text is entirely in Unicode NFD (2022).
All outlets, people and quotations are invented."""
import unicodedata

from h41 import P, cd, d, esc, feed, it, newest, q, rfc822


# ---------------------------------------------------------------- tech site, Chorus-style Atom (October 2021)
def circuit():
    base = "https://www.circuitboard.example"
    entries, items = [], []

    def add(path, title, when, upd, authors, html, exp):
        url = f"{base}/{path}"
        au = "".join(f"\n    <author>\n      <name>{esc(a)}</name>\n    </author>" for a in authors)
        entries.append(f"  <entry>\n    <published>{when.isoformat()}</published>\n    <updated>{upd.isoformat()}</updated>\n    <title>{esc(title)}</title>\n"
                       f"    <content type=\"html\">{esc(html)}</content>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n    <id>{url}</id>{au}\n  </entry>")
        items.append(exp(url))

    fig = lambda img, cap, cred: f'<figure>\n      <img alt="" src="https://cdn.circuitboard.example/uploads/chorus_asset/file/{img}" />\n        <figcaption>{cap} <cite>{cred}</cite></figcaption>\n    </figure>\n\n  '
    w = d(2021, 10, 8, 16, 12, 0, -4)
    add("2021/10/8/22716044/global-minimum-tax-deal-oecd-tech-giants", "136 countries agree on a global minimum tax that will hit Big Tech", w, d(2021, 10, 8, 17, 40, 0, -4), ["Priya Venkataraman"],
        fig("22911837/tax.jpg", "The OECD headquarters in Paris.", "Photo by Ludovic Marin / AFP via Getty Images") +
        "<p id=\"p1\">After years of talks, 136 countries have signed on to a global minimum corporate tax of 15 percent and to new rules that let countries tax some profits of the largest multinationals where their customers are, not where they book the profits.</p>\n<p id=\"p2\">Ireland, Estonia and Hungary, which had held out, joined the deal this week. Kenya, Nigeria, Pakistan and Sri Lanka did not sign.</p>\n<p id=\"p3\">“This ends the race to the bottom, at least on paper,” said Martina Øvergaard, a tax policy researcher at the University of Copenhagen. Countries must now pass the rules into law, with 2023 as the target.</p>\n<p id=\"p4\"><em>Update October 8th, 5:40PM ET: Added the list of countries that did not sign.</em></p>",
        lambda k: it(k, "136 countries agree on a global minimum tax that will hit Big Tech", w, ["Priya Venkataraman"], quotes=[q("Martina Øvergaard", "University of Copenhagen")], junk=["Getty Images", "Update October 8th"],
                     note="Chorus-style Atom: published first, html content with a <figure> and photo credit in <cite>, italic update note. An international tax agreement: relevant."))
    w = d(2021, 10, 5, 13, 30, 0, -4)
    add("2021/10/5/22710810/facebook-whistleblower-senate-hearing-takeaways", "Five takeaways from the Facebook whistleblower’s Senate hearing", w, w, ["Dana Whitcombe", "Luis Ocampo"],
        "<p id=\"x1\">A former Facebook product manager told a Senate subcommittee on Tuesday that the company knew its products harmed teenagers and chose profit over safety.</p>\n<p id=\"x2\">Senators from both parties said they would push for new rules on children’s privacy.</p>",
        lambda k: it(k, "Five takeaways from the Facebook whistleblower's Senate hearing", w, ["Dana Whitcombe", "Luis Ocampo"], rel=False, note="US domestic tech regulation: a story, not world affairs."))
    w = d(2021, 10, 4, 18, 50, 0, -4)
    add("2021/10/4/22709575/facebook-instagram-whatsapp-outage-bgp", "Facebook, Instagram, and WhatsApp are down in a massive outage", w, d(2021, 10, 4, 23, 55, 0, -4), ["Tom Albrecht"],
        "<p id=\"o1\">Facebook and its apps have been unreachable for more than six hours after a configuration change withdrew the routes to its DNS servers from the internet.</p>",
        lambda k: it(k, "Facebook, Instagram, and WhatsApp are down in a massive outage", w, ["Tom Albrecht"], rel=False, note="Outage: a tech story, not relevant."))
    w = d(2021, 10, 7, 9, 0, 0, -4)
    add("2021/10/7/22713620/russia-fines-google-banned-content-moscow-court", "Russia fines Google again as pressure on US tech grows", w, w, ["Priya Venkataraman"],
        "<p id=\"r1\">A Moscow court fined Google 3 million rubles on Thursday for failing to delete content banned in Russia, the latest in a series of penalties as the Kremlin presses foreign tech companies to open local offices.</p>\n<p id=\"r2\">Russia has also slowed Twitter’s service in the country since March.</p>",
        lambda k: it(k, "Russia fines Google again as pressure on US tech grows", w, ["Priya Venkataraman"], note="A state's pressure on foreign companies: relevant."))
    w = d(2021, 10, 6, 9, 0, 0, -4)
    add("2021/10/6/22712001/iphone-13-pro-review-camera-battery", "iPhone 13 Pro review: the battery is the story", w, w, ["Nilay Ramaswamy"],
        fig("22901113/iphone.jpg", "", "Photo by Nilay Ramaswamy / Circuitboard") + "<p id=\"i1\">The best thing about the iPhone 13 Pro is that you can forget to charge it.</p>",
        lambda k: it(k, "iPhone 13 Pro review: the battery is the story", w, ["Nilay Ramaswamy"], rel=False, junk=["Photo by"], note="Product review: a story, not relevant. 'iPhone 13 Pro review:' is part of the headline."))
    w = d(2021, 10, 8, 11, 0, 0, -4)
    add("2021/10/8/22715860/circuitcast-facebook-outage-whistleblower-podcast", "Circuitcast: Facebook’s very bad week", w, w, ["Circuitboard Staff"],
        '<p id="c1">This week on the Circuitcast, the outage, the hearing and what comes next.</p>\n<p id="c2"><iframe frameborder="0" height="200" scrolling="no" src="https://playlist.megaphone.example/?e=VMP8812345" width="100%"></iframe></p>',
        lambda k: it(k, "Facebook's very bad week", w, [], story=False, rel=False, note="Podcast episode: not a story. Title label 'Circuitcast:' may be kept or dropped."))
    order = sorted(range(len(entries)), key=lambda i: items[i].published, reverse=True)
    entries, items = [entries[i] for i in order], [items[i] for i in order]
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">\n  <title type="text">Circuitboard -  All Posts</title>\n'
            '  <icon>https://cdn.circuitboard.example/community_logos/52801/favicon.ico</icon>\n  <updated>2021-10-08T17:40:00-04:00</updated>\n'
            f'  <id>{base}/rss/full.xml</id>\n  <link type="text/html" href="{base}/" rel="alternate"/>\n' + "\n".join(entries) + "\n</feed>\n")
    return feed("en_tech_circuitboard_chorus.atom.xml", text, items, lang="en", outlet="Circuitboard", shape="atom", topic="tech",
                ctype="application/xml; charset=utf-8",
                structure="US technology site's 'All Posts' Atom from a Chorus-style platform (October 2021): xml:lang en, title 'Brand -  All Posts' with a double space, <icon>, feed id = the feed URL, entries with published BEFORE updated BEFORE title, html content with p ids, <figure> with figcaption and a <cite> photo credit ('Photo by … via Getty Images'), italic update notes, curly quotes, link then id (= URL), one or two authors or a staff credit, -04:00 dates, a podcast embed, a review, served as application/xml",
                notes="Tech feed: world affairs only (international agreements, states versus foreign companies) are relevant.")


# ---------------------------------------------------------------- London science magazine on Craft CMS 3 (June 2019)
def halflife():
    base = "https://www.halflifemag.example"
    rows, items = [], []

    def add(eid, slug, section, title, when, author, desc, img, exp):
        url = f"{base}/{section}/{slug}"
        au = f"\n      <dc:creator>{esc(author)}</dc:creator>" if author else ""
        th = f'\n      <media:thumbnail url="{base}/uploads/_thumb/{img}" width="300" height="200"/>' if img else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"false\">{base}/?entry={eid}</guid>\n      <pubDate>{rfc822(when)}</pubDate>{au}\n"
                    f"      <category>{section.title()}</category>\n      <description>{esc(desc)}</description>{th}\n    </item>")
        items.append(exp(f"{base}/?entry={eid}"))

    w = d(2019, 6, 12, 15, 20, 0, 1)
    add(30118, "ebola-crosses-into-uganda", "news", "Ebola crosses into Uganda as outbreak in Congo nears 2,000 cases", w, "Rosalind Achterberg",
        "A five-year-old boy who travelled from the Democratic Republic of the Congo has died of Ebola in Uganda, the first cross-border case of the outbreak.\n\n\"Vaccination at the border has bought time, but not immunity for the region,\" says Dr Kwame Asante-Boateng, an epidemiologist at the London School of Tropical Health. The World Health Organization will decide on Friday whether to declare an international emergency.",
        "ebola-uganda.jpg",
        lambda k: it(k, "Ebola crosses into Uganda as outbreak in Congo nears 2,000 cases", w, ["Rosalind Achterberg"], quotes=[q("Kwame Asante-Boateng", "London School of Tropical Health")],
                     note="Craft CMS Twig template: plain-text description with blank lines, media:thumbnail, 'says' quotes. A cross-border epidemic and an international emergency decision: relevant."))
    w = d(2019, 6, 28, 10, 0, 0, 1)
    add(30287, "japan-resumes-commercial-whaling", "news", "Japan resumes commercial whaling after leaving IWC", w, "Tomasz Wilk",
        "Japan's whaling fleet will set sail on Monday for the first commercial hunt in 31 years, after the country's withdrawal from the International Whaling Commission takes effect.\n\nScientists say the catch quotas are small but the precedent matters.",
        "whaling.jpg",
        lambda k: it(k, "Japan resumes commercial whaling after leaving IWC", w, ["Tomasz Wilk"], note="Withdrawal from an international treaty body: relevant."))
    w = d(2019, 6, 20, 18, 0, 0, 1)
    add(30201, "new-frog-species-madagascar", "news", "Eleven new species of tiny frog found in Madagascar", w, "Rosalind Achterberg",
        "Researchers have described 11 new species of frog from Madagascar's rainforests, several small enough to sit on a fingernail.",
        "frog.jpg",
        lambda k: it(k, "Eleven new species of tiny frog found in Madagascar", w, ["Rosalind Achterberg"], rel=False, note="Science story: not world affairs."))
    w = d(2019, 6, 6, 9, 30, 0, 1)
    add(30055, "us-halts-fetal-tissue-research", "news", "US government ends its own research using fetal tissue", w, "Hannah Oyelaran",
        "The US Department of Health and Human Services says it will end in-house research that uses human fetal tissue and review outside grants.",
        None,
        lambda k: it(k, "US government ends its own research using fetal tissue", w, ["Hannah Oyelaran"], rel=False, note="A country's domestic research policy: not world affairs."))
    w = d(2019, 6, 25, 14, 0, 0, 1)
    add(30250, "ask-a-scientist-why-do-cats-purr", "features", "Ask a scientist: why do cats purr?", w, None,
        "Our readers' questions, answered by researchers.",
        "cat.jpg",
        lambda k: it(k, "Ask a scientist: why do cats purr?", w, [], story=False, rel=False, note="Reader Q&A column ('Our readers' questions, answered by researchers.'): not a news story (label correction, see README). No author."))
    w = d(2019, 6, 14, 7, 0, 0, 1)
    add(30140, "halflife-weekly-newsletter-14-june", "newsletter", "The Halflife Weekly: 14 June 2019", w, "Halflife",
        "This week's best science, in your inbox every Friday. Sign up free.",
        None,
        lambda k: it(k, "The Halflife Weekly: 14 June 2019", w, [], story=False, rel=False, note="Newsletter edition: not a story."))
    rows, items = newest(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
            f'    <title>Halflife Magazine</title>\n    <link>{base}/</link>\n    <atom:link href="{base}/feed.rss" rel="self" type="application/rss+xml"/>\n    <description>Science news and ideas</description>\n'
            f'    <language>en-gb</language>\n    <pubDate>{rfc822(d(2019, 6, 28, 10, 5, 0, 1))}</pubDate>\n' + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_science_halflifemag_craft3.rss.xml", text, items, lang="en", outlet="Halflife Magazine", aliases=["Halflife"], topic="science",
                ctype="application/rss+xml; charset=utf-8",
                structure="London science magazine's RSS from a Craft CMS 3 Twig template (June 2019): two-space indentation, channel pubDate, en-gb, '?entry=<id>' non-permalink guids, pubDate with the |rss filter (+0100 BST), dc:creator with a person, the brand or absent, the section as <category>, escaped plain-text descriptions with blank lines and 'says' quotes, media:thumbnail, news, features and newsletter sections mixed",
                notes="Science feed: world affairs (cross-border epidemics, treaty withdrawals) are relevant; science and national research policy are not.")


# ---------------------------------------------------------------- Thuringian weekly, Windows batch job writing OEM code page 850 under an ISO-8859-1 label (January 2013)
def ilmbote():
    base = "http://www.ilm-bote.example"
    rows, items = [], []

    def add(nr, title, when, author, text, exp):
        url = f"{base}/ausland/artikel.php?nr={nr}"
        lines = ["<item> ", f"<title>{esc(title)}</title> ", f"<link>{url}</link> ", f"<guid isPermaLink=\"true\">{url}</guid> ",
                 f"<pubDate>{rfc822(when)}</pubDate> "]
        if author:
            lines.append(f"<author>{esc(author)}</author> ")
        lines += [f"<description>{esc(text)}</description> ", "</item> "]
        rows.append("\r\n".join(lines))
        items.append(exp(url))

    w = d(2013, 1, 11, 20, 10, 0, 1)
    add(2204, "Frankreich greift in Mali ein", w, "Ilm-Bote / dpa",
        "Paris/Bamako. Frankreich hat am Freitag in den Konflikt in Mali eingegriffen. Kampfflugzeuge griffen Stellungen islamistischer Rebellen an, die auf die Hauptstadt Bamako vorrücken. Die Bundesregierung prüft eine Unterstützung mit Transportflugzeugen. (dpa)",
        lambda k: it(k, "Frankreich greift in Mali ein", w, [], junk=["(dpa)"],
                     note="Bytes are OEM code page 850 (ä=0x84, ö=0x94, ü=0x81, ß=0xE1) while prolog and header say ISO-8859-1: decoding right or refusing are acceptable; Latin-1 letters or C1 controls in place of umlauts are mojibake. 'Ilm-Bote / dpa' is brand and agency."))
    w = d(2013, 1, 17, 18, 45, 0, 1)
    add(2219, "Geiselnahme in Algerien: Armee stürmt Gasfeld", w, "Von Katrin Höfling",
        "Algier. Die algerische Armee hat das von Islamisten besetzte Gasfeld bei In Amenas gestürmt. Über das Schicksal der ausländischen Geiseln gibt es widersprüchliche Angaben. \"Wir wissen nur, dass unsere Kollegen nicht mehr anrufen\", sagte ein Ingenieur aus Ilmenau, der bis Dezember auf der Anlage gearbeitet hatte.",
        lambda k: it(k, "Geiselnahme in Algerien: Armee stürmt Gasfeld", w, ["Katrin Höfling"], junk=["Von Katrin"], note="Straight double quotes (the batch job cannot write „“ in cp850). The speaker is unnamed: no quote label."))
    w = d(2013, 1, 22, 22, 30, 0, 1)
    add(2231, "Israel: Netanjahu gewinnt knapp, Mitte legt zu", w, "Ilm-Bote / AFP",
        "Jerusalem. Bei der Parlamentswahl in Israel ist das Bündnis von Regierungschef Netanjahu stärkste Kraft geworden, hat aber deutlich verloren. Überraschend stark schnitt die neue Zukunftspartei ab. (AFP)",
        lambda k: it(k, "Israel: Netanjahu gewinnt knapp, Mitte legt zu", w, [], junk=["(AFP)"], note="'Israel:' is part of the headline."))
    w = d(2013, 1, 16, 16, 0, 0, 1)
    add(2214, "Landtag: Streit um Gebietsreform geht weiter", w, "Von Uwe Stöckel",
        "Erfurt. Im Thüringer Landtag ist der Streit um die Gebietsreform erneut aufgeflammt. Die Opposition wirft der Landesregierung vor, die Kreise zu übergehen.",
        lambda k: it(k, "Landtag: Streit um Gebietsreform geht weiter", w, ["Uwe Stöckel"], rel=False, junk=["Von Uwe"], note="State politics in the Ausland feed: not relevant."))
    w = d(2013, 1, 13, 17, 20, 0, 1)
    add(2208, "Biathlon in Oberhof: Deutsche Staffel auf Platz zwei", w, "",
        "Oberhof. Die deutsche Männerstaffel ist beim Weltcup in Oberhof hinter Norwegen auf Platz zwei gelaufen. 22 000 Zuschauer säumten trotz Schneetreibens die Strecke.",
        lambda k: it(k, "Biathlon in Oberhof: Deutsche Staffel auf Platz zwei", w, [], rel=False, note="Sport: not relevant. Empty <author>: none."))
    w = d(2013, 1, 18, 9, 0, 0, 1)
    add(2222, "Termine: Vorträge und Lesungen im Januar", w, "",
        "Volkshochschule Ilmenau, Montag 19 Uhr: Reisebericht Island. Stadtbibliothek, Mittwoch 18 Uhr: Lesung. Eintritt frei.",
        lambda k: it(k, "Termine: Vorträge und Lesungen im Januar", w, [], story=False, rel=False, note="Events listing: not a story."))
    rows, items = newest(rows, items)
    head = ["<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?> ", "<rss version=\"2.0\"> ", "<channel> ", "<title>Ilm-Bote - Ausland</title> ", f"<link>{base}/ausland/</link> ",
            "<description>Nachrichten aus aller Welt - Ilm-Bote, Wochenzeitung für Ilmenau und den Ilm-Kreis</description> ", "<language>de</language> ",
            f"<lastBuildDate>{rfc822(d(2013, 1, 22, 22, 35, 0, 1))}</lastBuildDate> "]
    text = "\r\n".join(head) + "\r\n" + "\r\n".join(rows) + "\r\n</channel> \r\n</rss> \r\n"
    return feed("de_ilmbote_ausland_cp850_as_latin1.rss.xml", text, items, lang="de", outlet="Ilm-Bote", encoding="cp850", declared="ISO-8859-1",
                ctype="text/xml; charset=ISO-8859-1", acceptable=("decoded", "refused"),
                structure="Ilmenau weekly's 'Ausland' feed written line by line by a Windows batch job (echo … >> feed.xml from cmd.exe, January 2013): the bytes are in the console's OEM code page 850 (ä 0x84, ö 0x94, ü 0x81, Ü 0x9A, ß 0xE1: most of them C1 controls when read as Latin-1) while the prolog says encoding=\"ISO-8859-1\" and the server sends 'text/xml; charset=ISO-8859-1'; CRLF line ends with a trailing space before each (echo's), no namespaces, no indentation, '/ausland/artikel.php?nr=<n>' permalink guids, <author> with 'Von Name', 'Brand / agency' or empty, escaped plain-text descriptions with 'Ort.' datelines, straight double quotes, '(dpa)' and '(AFP)' tails, Landtag politics, biathlon and an events listing, +0100 dates",
                notes="Germany is the home country. Decoding with cp850 or refusing with one clear line are both acceptable.")


# ---------------------------------------------------------------- Mindelo (Cape Verde) paper, python-feedgen output with every string in Unicode NFD (May–June 2022)
def montecara():
    base = "https://www.folhadomontecara.example"
    rows, items = [], []
    nfd = lambda s: unicodedata.normalize("NFD", s)

    def add(slug, title, when, author, desc, exp):
        url = f"{base}/mundo/{slug}"
        au = f"<author>redacao@folhadomontecara.example ({esc(nfd(author))})</author>" if author else ""
        rows.append(f"<item><title>{esc(nfd(title))}</title><link>{url}</link><description>{esc(nfd(desc))}</description>{au}<guid isPermaLink=\"false\">{url}</guid><pubDate>{rfc822(when)}</pubDate></item>")
        items.append(exp(url))

    w = d(2022, 5, 16, 19, 30, 0, -1)
    add("guine-bissau-presidente-dissolve-parlamento", "Guiné-Bissau: Presidente dissolve parlamento e convoca eleições antecipadas", w, "Adélia Lopes Évora",
        "<p>O Presidente da Guiné-Bissau dissolveu esta segunda-feira a Assembleia Nacional Popular e marcou eleições legislativas antecipadas para dezembro, alegando uma “crise política persistente”.</p><p>“A CEDEAO e a CPLP vão ter de acompanhar de perto este processo”, disse o jurista cabo-verdiano João Baptista Fonsêca, antigo assessor da missão da União Africana em Bissau.</p><p>O Governo de Cabo Verde apelou ao diálogo.</p>",
        lambda k: it(k, "Guiné-Bissau: Presidente dissolve parlamento e convoca eleições antecipadas", w, ["Adélia Lopes Évora"], quotes=[q("João Baptista Fonsêca", "União Africana")],
                     note="Every string of the feed is in Unicode NFD (ã as a + U+0303, é as e + U+0301, ç as c + U+0327): valid UTF-8, decoding expected; titles and names compared after normalisation. A neighbour's political crisis: relevant."))
    w = d(2022, 6, 4, 20, 15, 0, -1)
    add("cimeira-cedeao-accra-mali-sancoes", "Cimeira da CEDEAO em Acra mantém sanções ao Mali", w, "Inforpress",
        "<p>Acra, 04 jun (Inforpress) – Os chefes de Estado da CEDEAO decidiram hoje manter as sanções ao Mali, à Guiné-Conacri e ao Burkina Faso, e adiaram a decisão para uma cimeira extraordinária em julho.</p><p>Cabo Verde esteve representado pelo ministro dos Negócios Estrangeiros.</p>",
        lambda k: it(k, "Cimeira da CEDEAO em Acra mantém sanções ao Mali", w, [], junk=["(Inforpress)"], note="Agency as author: []. Cape Verde's own regional diplomacy: relevant."))
    w = d(2022, 5, 27, 11, 0, 0, -1)
    add("angola-mpla-lista-candidatos-eleicoes", "Angola: MPLA entrega listas de candidatos às eleições de agosto", w, "Redação",
        "<p>O MPLA, partido no poder em Angola, entregou ao Tribunal Constitucional as listas de candidatos às eleições gerais de 24 de agosto.</p>",
        lambda k: it(k, "Angola: MPLA entrega listas de candidatos às eleições de agosto", w, [], note="'Redação' is a desk. Foreign election: relevant."))
    w = d(2022, 5, 30, 16, 40, 0, -1)
    add("camara-sao-vicente-plano-orla-maritima", "Câmara de São Vicente aprova plano para a orla marítima do Mindelo", w, "Nélson Brito Ramos",
        "<p>A Câmara Municipal de São Vicente aprovou o plano de requalificação da orla marítima entre a Avenida Marginal e a Laginha.</p>",
        lambda k: it(k, "Câmara de São Vicente aprova plano para a orla marítima do Mindelo", w, ["Nélson Brito Ramos"], rel=False, note="Home municipal news: not relevant."))
    w = d(2022, 6, 2, 12, 30, 0, -1)
    add("tubaroes-azuis-convocados-eliminatorias-can", "Tubarões Azuis: selecionador divulga convocados para eliminatórias da CAN", w, "Desporto",
        "<p>O selecionador nacional divulgou a lista de 25 convocados para os jogos frente ao Togo e ao Burkina Faso.</p>",
        lambda k: it(k, "Tubarões Azuis: selecionador divulga convocados para eliminatórias da CAN", w, [], rel=False, note="Sport: not relevant."))
    w = d(2022, 6, 3, 9, 0, 0, -1)
    add("agenda-cultural-fim-de-semana", "Agenda cultural: o que fazer no Mindelo este fim de semana", w, "",
        "<p>Concertos no Centro Cultural do Mindelo, exposição na Alliance Française e teatro no Centro Nacional de Artesanato.</p>",
        lambda k: it(k, "o que fazer no Mindelo este fim de semana", w, [], story=False, rel=False, note="Events listing: not a story. Title label 'Agenda cultural:' may be kept or dropped."))
    rows, items = newest(rows, items)
    text = ("<?xml version='1.0' encoding='UTF-8'?>\n<rss xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" version=\"2.0\"><channel>"
            f"<title>{nfd('Folha do Monte Cara – Mundo')}</title><link>{base}/mundo</link><description>{nfd('Notícias de São Vicente, de Cabo Verde e do mundo')}</description>"
            f"<atom:link href=\"{base}/mundo/rss\" rel=\"self\"/><docs>http://www.rssboard.org/rss-specification</docs><generator>python-feedgen</generator><language>pt</language>"
            f"<lastBuildDate>{rfc822(d(2022, 6, 4, 21, 2, 17, 0))}</lastBuildDate>" + "".join(rows) + "</channel></rss>\n")
    return feed("pt_cv_folhadomontecara_mundo_nfd.rss.xml", text, items, lang="pt", outlet="Folha do Monte Cara",
                ctype="application/rss+xml; charset=utf-8",
                structure="Mindelo (São Vicente, Cape Verde) weekly's 'Mundo' feed from a Flask app using python-feedgen (May–June 2022) whose text passed through unicodedata.normalize('NFD') (meant for slugs, stored by mistake): EVERY accented letter in titles, descriptions, author names and the channel is a base letter plus a combining mark (U+0301, U+0303, U+0327, U+0302, U+0300), valid UTF-8 and well-formed; feedgen's layout: single-quoted prolog, namespaces before version, everything after it on one line, docs and generator 'python-feedgen', language 'pt' (no region: Cape Verde shows through Mindelo, São Vicente, Inforpress, the Tubarões Azuis), link URLs as non-permalink guids, escaped HTML descriptions with “…” quotes and 'disse', <author> as 'e-mail (Name)' with a person, 'Inforpress', 'Redação' or 'Desporto', an Inforpress dateline 'Acra, 04 jun (Inforpress) –', -0100 dates",
                notes="Cape Verde is the home country. Decoding is expected; output in NFC or NFD is the same text.")


FEEDS = [circuit, halflife, ilmbote, montecara]
