# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German and Italian front-page feeds of the thirty-sixth held-out set: a Hamburg news site's
'Schlagzeilen', a Vienna broadcaster's RSS 1.0 news feed, a Bern broadcaster's 'News' feed, a
Rome agency's 'Top News' and a Milan daily's home page on WordPress. All outlets, people and
quotations are invented."""
from h36 import S, d, esc, exp, feed, html, q, rfc822, utc0, wpt


# ---------------------------------------------------------------- Hamburg news site, "Schlagzeilen"
def elbkurier():
    base = "https://www.elbkurier.example"
    specs = [
        S("politik/deutschland/ruestungsexporte-bundestag-streitet-ueber-lieferungen-nach-israel-a-8c1f2e", "Bundestag streitet über Rüstungsexporte nach Israel", d(2024, 10, 16, 18, 20, 0, 2), "", [],
          ["Die Union wirft der Bundesregierung vor, Genehmigungen für Rüstungslieferungen nach Israel zu verschleppen. Die Grünen verteidigen die Prüfung jedes Einzelfalls.",
           "»Wer liefert, trägt Verantwortung für das, was mit den Waffen geschieht«, sagte die Völkerrechtlerin Miriam Achterberg von der Universität Kiel."],
          rel=True, quotes=[q("Miriam Achterberg", "Universität Kiel")], cat="Politik",
          note="Debatte im eigenen Parlament, aber über Waffenlieferungen an einen Staat im Krieg: Außen- und Sicherheitspolitik, relevant. Keine Autorenangaben im Feed: []."),
        S("sport/fussball/champions-league-bayern-schlaegt-galatasaray-a-7d02aa", "Bayern schlägt Galatasaray – Kane trifft doppelt", d(2024, 10, 16, 23, 5, 0, 2), "", [],
          ["Der FC Bayern hat in der Champions League gegen Galatasaray Istanbul 3:1 gewonnen und ist auf Achtelfinalkurs."],
          cat="Sport", note="Spiel gegen eine ausländische Mannschaft: Sport, nicht relevant."),
        S("wirtschaft/bahn-gdl-kuendigt-neuen-streik-an-a-5e11b0", "GDL kündigt 48-Stunden-Streik im Fernverkehr an", d(2024, 10, 16, 14, 0, 0, 2), "", [],
          ["Die Lokführergewerkschaft will den Fernverkehr ab Donnerstagmorgen bestreiken. Die Bahn spricht von einer »Zumutung für Millionen Reisende«."],
          cat="Wirtschaft", note="Inländische Wirtschaft: nicht relevant. Das Zitat ohne Namen (»die Bahn«) ist kein Personenzitat."),
        S("panorama/unwetter-sueddeutschland-keller-ueberflutet-a-2a9c71", "Unwetter in Süddeutschland: Hunderte Keller überflutet", d(2024, 10, 16, 9, 30, 0, 2), "", [],
          ["Starkregen hat in Teilen Baden-Württembergs und Bayerns Straßen und Keller überflutet. Verletzt wurde nach ersten Angaben niemand."],
          cat="Panorama", note="Wetter im Inland: nicht relevant."),
        S("reise/teneriffa-deutsche-urlauber-bei-busunfall-verletzt-a-1b44e8", "Teneriffa: 14 deutsche Urlauber bei Busunfall verletzt", d(2024, 10, 15, 20, 45, 0, 2), "", [],
          ["Ein Reisebus mit deutschen Urlaubern ist im Norden Teneriffas von der Straße abgekommen. Das Auswärtige Amt steht nach eigenen Angaben mit den Behörden in Kontakt."],
          cat="Reise", note="Unfall deutscher Touristen im Ausland: kein Weltgeschehen, nicht relevant."),
        S("politik/die-lage-am-abend-newsletter-a-0f9d13", "Die Lage am Abend: Was heute wichtig war", d(2024, 10, 15, 18, 0, 0, 2), "", [],
          ["Unser Newsletter mit den wichtigsten Nachrichten des Tages. Hier kostenlos abonnieren."],
          story=False, cat="Politik", note="Newsletter-Ausgabe/Werbung: keine Meldung."),
    ]
    rows, items = [], []
    for s in specs:
        url = f"{base}/{s.slug}"
        rows.append(f"<item>\n<title>{esc(s.title)}</title>\n<link>{url}#ref=rss</link>\n<description>{esc(s.paras[0])}</description>\n"
                    f"<guid>{url}</guid>\n<pubDate>{rfc822(s.when)}</pubDate>\n<content:encoded><![CDATA[{html(s)}]]></content:encoded>\n"
                    f'<enclosure type="image/jpeg" url="https://cdn.elbkurier.example/images/{s.slug[-6:]}-0001-0001.jpg"/>\n<category>{s.cat}</category>\n</item>')
        items.append(exp(s, url))
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" version="2.0">\n<channel>\n<title>ELBKURIER - Schlagzeilen</title>\n'
            f"<link>{base}/</link>\n<description>Nachrichten, Hintergründe und Debatten</description>\n<language>de</language>\n<pubDate>{rfc822(d(2024, 10, 16, 23, 6, 0, 2))}</pubDate>\n"
            f"<lastBuildDate>{rfc822(d(2024, 10, 16, 23, 6, 0, 2))}</lastBuildDate>\n<image>\n<title>ELBKURIER</title>\n<link>{base}/</link>\n<url>{base}/public/rss/logo.png</url>\n</image>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("de_elbkurier_schlagzeilen.rss.xml", text, items, lang="de", outlet="Elbkurier", aliases=["ELBKURIER"], ctype="application/rss+xml; charset=utf-8", topic="mixed",
                structure="Hamburg news site's 'Schlagzeilen' (headlines) feed: no indentation, channel title in capitals 'BRAND - Schlagzeilen', language 'de', channel pubDate and lastBuildDate, <image>, items title/link/description/guid/pubDate/content:encoded/enclosure/category, links with '#ref=rss' and the bare URL as guid, '-a-<hex>' article ids, one-sentence teaser as description and the short text in content:encoded, German »…« quotes, +0200 English RFC dates, NO bylines, politics, sport, economy, weather, travel and a newsletter item, October 2024")


# ---------------------------------------------------------------- Vienna broadcaster, RSS 1.0 news feed
def donauwelle():
    base = "https://news.donauwelle.example"
    specs = [
        S("3149021", "Außenminister reist zu Krisengesprächen nach Teheran", d(2020, 1, 9, 17, 42, 0, 1), "", [],
          ["Nach dem Abschuss des ukrainischen Passagierflugzeugs reist der Außenminister am Freitag nach Teheran. Österreich sieht sich als Gesprächskanal zwischen Iran und der EU."],
          rel=True, cat="Ausland", note="Reise des eigenen Ministers ins Ausland, Diplomatie: relevant."),
        S("3149012", "Rückholung von Österreichern aus Wuhan wird vorbereitet", d(2020, 1, 9, 15, 10, 0, 1), "", [],
          ["Das Außenministerium bereitet gemeinsam mit Frankreich eine Rückholung der sieben in Wuhan festsitzenden Österreicher vor, die Stadt ist wegen des neuen Coronavirus abgeriegelt."],
          rel=True, cat="Chronik", note="Auslandskrise aus heimischer Sicht (Evakuierung eigener Staatsbürger mit einem anderen Staat): relevant, obwohl unter 'Chronik'."),
        S("3149005", "Streif: Schweizer gewinnt Abfahrtstraining in Kitzbühel", d(2020, 1, 9, 13, 0, 0, 1), "", [],
          ["Im ersten Training für das Hahnenkammrennen war ein Schweizer der Schnellste, die ÖSV-Läufer landeten auf den Plätzen drei und fünf."],
          cat="Sport", note="Internationales Sportereignis im Inland: nicht relevant."),
        S("3148998", "Neue Regierung angelobt: Erste Ministerratssitzung am Mittwoch", d(2020, 1, 8, 11, 20, 0, 1), "", [],
          ["Der Bundespräsident hat die türkis-grüne Bundesregierung angelobt. Erstmals sind die Grünen in einer Bundesregierung vertreten."],
          cat="Inland", note="Innenpolitik: nicht relevant."),
        S("3148990", "Wiener Gemeindebau: Mieten steigen um 1,9 Prozent", d(2020, 1, 8, 9, 45, 0, 1), "", [],
          ["Für rund 220.000 Wohnungen im Wiener Gemeindebau steigen ab April die Richtwertmieten."],
          cat="Wien", note="Stadtpolitik: nicht relevant."),
        S("3148981", "Lawinenwarnstufe vier in Teilen Tirols", d(2020, 1, 8, 7, 30, 0, 1), "", [],
          ["Nach ergiebigen Schneefällen gilt in den Tiroler Zentralalpen große Lawinengefahr."],
          cat="Chronik", note="Wetter im Inland: nicht relevant."),
    ]
    seq, rows, items = [], [], []
    for s in specs:
        url = f"{base}/stories/{s.slug}/"
        seq.append(f'        <rdf:li rdf:resource="{url}" />')
        rows.append(f'  <item rdf:about="{url}">\n    <title>{esc(s.title)}</title>\n    <link>{url}</link>\n    <description>{esc(s.paras[0])}</description>\n'
                    f"    <dc:subject>{s.cat}</dc:subject>\n    <dc:date>{s.when.isoformat()}</dc:date>\n    <dw:usid>news:{s.slug}</dw:usid>\n    <dw:storyType>story</dw:storyType>\n  </item>")
        items.append(exp(s, url))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dw="http://donauwelle.example/ns/rss" xmlns="http://purl.org/rss/1.0/">\n'
            f'  <channel rdf:about="{base}/">\n    <title>donauwelle.example news</title>\n    <link>{base}/</link>\n    <description>Nachrichten der Donauwelle</description>\n    <dc:language>de</dc:language>\n'
            f"    <dc:date>{d(2020, 1, 9, 17, 45, 0, 1).isoformat()}</dc:date>\n    <dc:publisher>Donauwelle Rundfunk</dc:publisher>\n    <items>\n      <rdf:Seq>\n" + "\n".join(seq) + "\n      </rdf:Seq>\n    </items>\n  </channel>\n"
            + "\n".join(rows) + "\n</rdf:RDF>\n")
    return feed("de_at_donauwelle_news.rdf", text, items, lang="de", outlet="Donauwelle", aliases=["Donauwelle Rundfunk", "donauwelle.example news"], shape="rss1-rdf", topic="mixed",
                ctype="application/rdf+xml; charset=utf-8",
                structure="Vienna public broadcaster's news feed as RSS 1.0 (rdf:RDF with the rss 1.0 default namespace): channel title 'donauwelle.example news' (the host name, not the brand), dc:language 'de' (Austria shows through 'angelobt', 'Gemeindebau', Tirol, ÖSV), dc:publisher, rdf:Seq of items, items with rdf:about, title, link, a one-sentence description, dc:subject as desk (Ausland, Chronik, Sport, Inland, Wien), ISO dc:date +01:00, the broadcaster's own namespace (usid, storyType), NO bylines, '/stories/<7 digits>/' links, January 2020")


# ---------------------------------------------------------------- Bern broadcaster, "News" feed
def aare():
    base = "https://www.aareradio.example"
    specs = [
        S("a1c4e1d2", "Bundesrat übernimmt fünftes EU-Sanktionspaket gegen Russland", d(2022, 4, 13, 16, 5, 0, 2), "Reto Aebischer", ["Reto Aebischer"],
          ["Die Schweiz übernimmt die neuen Sanktionen der EU gegen Russland, darunter ein Importverbot für Kohle. Das hat der Bundesrat an seiner Sitzung entschieden.",
           "«Die Neutralität verbietet uns nicht, Völkerrechtsbrüche beim Namen zu nennen», sagte die Politologin Corinne Zbinden von der Universität Bern."],
          rel=True, quotes=[q("Corinne Zbinden", "Universität Bern")], cat="Schweiz",
          note="Die einzige Autorenangabe ist die kursive Zeile 'Autor: Name' am Ende der Beschreibung: die Person ist der Autor, die Zeile ist kein Text. Sanktionen gegen einen anderen Staat, unter 'Schweiz' abgelegt: Aussenpolitik, relevant."),
        S("b7f2e990", "Frontex-Vorlage: Justizministerin warnt vor Schengen-Aus bei einem Nein", d(2022, 4, 13, 12, 30, 0, 2), "Nadia Gerber", ["Nadia Gerber"],
          ["Lehnt das Stimmvolk am 15. Mai den höheren Beitrag an die EU-Grenzschutzagentur ab, droht laut Bundesrat das automatische Ende der Schengen-Zusammenarbeit."],
          rel=True, cat="Abstimmungen",
          note="Schwierig: eine Abstimmung im Inland, aber über den Beitrag an eine EU-Agentur und die Schengen-Zusammenarbeit mit der EU (Beziehungen zu einer internationalen Organisation): relevant."),
        S("c03d5a71", "Lawine am Titlis: Zwei Skitourengänger verschüttet", d(2022, 4, 13, 10, 0, 0, 2), "", [],
          ["Eine Lawine hat am Mittwochmorgen zwei Skitourengänger teilweise verschüttet. Sie wurden mit der Rega ins Spital geflogen."],
          cat="Schweiz", note="Unglück im Inland: nicht relevant. Ohne Autor."),
        S("d9e8b4c2", "FC Basel scheidet gegen Marseille aus", d(2022, 4, 14, 23, 15, 0, 2), "Stefan Wyss", ["Stefan Wyss"],
          ["Der FC Basel verliert auch das Rückspiel im Viertelfinal der Conference League gegen Olympique Marseille und scheidet aus."],
          cat="Sport", note="Spiel gegen eine ausländische Mannschaft: nicht relevant."),
        S("e5a27f10", "SBB bauen Angebot zwischen Bern und Zürich aus", d(2022, 4, 13, 8, 15, 0, 2), "Reto Aebischer", ["Reto Aebischer"],
          ["Ab Dezember verkehren zwischen Bern und Zürich stündlich vier Schnellzüge, teilen die SBB mit."],
          cat="Wirtschaft", note="Inland: nicht relevant."),
        S("f61b0c33", "Quiz: Wie gut kennen Sie die Schweizer Pässe?", d(2022, 4, 13, 6, 0, 0, 2), "", [],
          ["Testen Sie Ihr Wissen in zehn Fragen."],
          story=False, cat="Quiz", note="Quiz: keine Meldung. Titel-Label: Title label 'Quiz:' may be kept or dropped."),
    ]
    rows, items = [], []
    for s in specs:
        url = f"{base}/news/{s.cat.lower()}/artikel-{s.slug}"
        key = f"urn:aare:article:{s.slug}-{s.slug[::-1]}"
        img = f'<img src="https://img.aareradio.example/images/{s.slug}/16x9/640" alt="" /><br />'
        who = f"<p><em>Autor: {s.by}</em></p>" if s.by else ""
        rows.append(f"    <item>\n      <title>{esc(s.title)}</title>\n      <link>{url}</link>\n      <description><![CDATA[{img}{html(s)}{who}]]></description>\n"
                    f"      <pubDate>{rfc822(s.when)}</pubDate>\n      <guid isPermaLink=\"false\">{key}</guid>\n    </item>")
        items.append(exp(s, key))
    for s in specs:
        if s.by:
            s.junk.append("Autor:")
    items = [exp(s, f"urn:aare:article:{s.slug}-{s.slug[::-1]}") for s in specs]
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n    <title>Aare Radio News</title>\n'
            f"    <link>{base}/news</link>\n    <description>Aare Radio News - Schweiz, International, Wirtschaft, Sport</description>\n    <language>de-CH</language>\n"
            f'    <atom:link href="{base}/news/bnf/rss/1646" rel="self" type="application/rss+xml" />\n    <lastBuildDate>{rfc822(d(2022, 4, 14, 23, 16, 0, 2))}</lastBuildDate>\n'
            + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("de_ch_aareradio_news.rss.xml", text, items, lang="de", outlet="Aare Radio News", aliases=["Aare Radio"], ctype="application/rss+xml; charset=UTF-8", topic="mixed",
                structure="Bern public broadcaster's 'News' feed ('/news/bnf/rss/<id>'): two-space indentation, channel 'Brand News', language de-CH, atom self link, items title/link/description/pubDate/guid, CDATA descriptions that open with a 16x9 <img> and <br />, then the teaser paragraphs and an italic 'Autor: Name' line at the end (the only byline: no author element), 'urn:<brand>:article:<uuid-ish>' non-permalink guids, Swiss spelling without ß and «…» quotes, +0200 dates, EU sanctions and a Frontex/Schengen vote among an avalanche, football, railways and a quiz, April 2022")


# ---------------------------------------------------------------- Rome news agency, "Top News"
def tevere():
    base = "https://www.agenziatevere.example"
    specs = [
        S("politica/2023/11/06/migranti-firmato-protocollo-italia-albania_7f2b", "Migranti, firmato il protocollo Italia-Albania sui centri di accoglienza", d(2023, 11, 6, 19, 40, 0, 1), "", [],
          ["Italia e Albania hanno firmato a Roma un protocollo per la costruzione di due centri in territorio albanese dove saranno trattenuti fino a 3.000 migranti soccorsi in mare da navi italiane.",
           "\"È un accordo tra due governi, ma decide della vita di persone che non hanno voce\", ha detto Chiara Montalbano, giurista dell'Università di Bologna."],
          rel=True, quotes=[q("Chiara Montalbano", "Università di Bologna")],
          note="Accordo bilaterale con un altro Stato (anche se sul tema interno delle migrazioni): relevant."),
        S("economia/2023/11/06/manovra-via-libera-commissione-senato_a11c", "Manovra, primo via libera in commissione al Senato", d(2023, 11, 6, 17, 5, 0, 1), "", [],
          ["La commissione Bilancio del Senato ha approvato gli emendamenti dei relatori alla legge di bilancio, che approda in aula la prossima settimana."],
          note="Politica interna ed economia: non rilevante."),
        S("sport/calcio/2023/11/05/inter-napoli-3-0_02d9", "Serie A: l'Inter batte il Napoli 3-0 e vola in testa", d(2023, 11, 5, 22, 50, 0, 1), "", [],
          ["Con i gol di Lautaro, Barella e Thuram l'Inter supera il Napoli e allunga in vetta alla classifica."],
          note="Sport nazionale: non rilevante. Title label 'Serie A:' is part of the headline."),
        S("spettacolo/2023/11/05/sanremo-annunciati-i-big_9e1a", "Sanremo, annunciati i 27 big in gara", d(2023, 11, 5, 20, 30, 0, 1), "", [],
          ["Il direttore artistico ha annunciato in tv i 27 artisti in gara al Festival di Sanremo."],
          note="Spettacolo: non rilevante."),
        S("cronaca/2023/11/05/turisti-italiani-morti-incidente-egitto_3c47", "Due turisti italiani morti in un incidente stradale in Egitto", d(2023, 11, 5, 14, 15, 0, 1), "", [],
          ["Due turisti italiani sono morti e altri cinque sono rimasti feriti nello scontro tra un minibus e un camion sulla strada per Luxor. La Farnesina segue il caso."],
          note="Incidente di turisti all'estero: cronaca, non rilevante."),
        S("cronaca/2023/11/05/maltempo-toscana-allerta-rossa_6b20", "Maltempo, allerta rossa in Toscana: scuole chiuse a Prato", d(2023, 11, 5, 8, 0, 0, 1), "", [],
          ["La Regione ha prorogato l'allerta rossa per rischio idrogeologico su gran parte della Toscana."],
          note="Meteo nazionale: non rilevante."),
    ]
    rows, items = [], []
    for s in specs:
        url = f"{base}/sito/notizie/{s.slug}.html"
        rows.append(f"<item>\n<title><![CDATA[{s.title}]]></title>\n<description><![CDATA[{' '.join(s.paras)}]]></description>\n<link>{url}</link>\n"
                    f"<pubDate>{rfc822(s.when)}</pubDate>\n<guid isPermaLink=\"true\">{url}</guid>\n</item>")
        items.append(exp(s, url))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<title>Agenzia Tevere - Top News</title>\n'
            f"<link>{base}/sito/notizie/topnews/topnews.shtml</link>\n<description>Le notizie più importanti della giornata</description>\n<language>it</language>\n"
            f"<copyright>Copyright Agenzia Tevere</copyright>\n<image>\n<title>Agenzia Tevere</title>\n<url>{base}/sito/img/logo_rss.png</url>\n<link>{base}</link>\n</image>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("it_agenziatevere_topnews.rss.xml", text, items, lang="it", outlet="Agenzia Tevere", ctype="text/xml; charset=utf-8", topic="mixed",
                structure="Rome news agency's 'Top News' feed: no indentation, channel 'Brand - Top News', language 'it', copyright and <image>, items title/description/link/pubDate/guid with CDATA titles and plain-text CDATA descriptions, '/sito/notizie/<section>/YYYY/MM/DD/<slug>_<hex>.html' links as permalink guids, English RFC dates +0100, straight double quotes, NO bylines (agency copy), section names only in the URL, November 2023")


# ---------------------------------------------------------------- Milan daily on WordPress, home page feed
def naviglio():
    base = "https://www.gazzettadelnaviglio.example"
    specs = [
        S("milano-cortina-oro-staffetta-italia", "Milano-Cortina, oro azzurro nella staffetta mista: festa ad Anterselva", d(2026, 2, 12, 16, 40, 0, 1), "Luca Brambilla", ["Luca Brambilla"],
          ["L'Italia ha vinto la staffetta mista di biathlon davanti a Norvegia e Francia, primo oro azzurro di questi Giochi olimpici invernali di casa.",
           "«Abbiamo sentito il pubblico per tutto il giro», ha detto la frazionista Martina Oberhofer."],
          quotes=[q("Martina Oberhofer")], cat=["Sport", "Milano-Cortina 2026"],
          note="Evento sportivo internazionale ospitato in casa: sport, non rilevante."),
        S("ministro-esteri-washington-dazi-vino", "Dazi sul vino, il ministro degli Esteri a Washington: «Trattativa ancora aperta»", d(2026, 2, 12, 12, 5, 0, 1), "Federica Colombo", ["Federica Colombo"],
          ["Il ministro degli Esteri ha incontrato a Washington il rappresentante per il Commercio per discutere i dazi americani sui vini europei.",
           "«Il vino italiano non deve pagare per una disputa sugli aerei», ha detto Paolo Gattinoni, presidente del Consorzio vini dell'Oltrepò."],
          rel=True, quotes=[q("Paolo Gattinoni", "Consorzio vini dell'Oltrepò")], cat=["Politica", "Economia"],
          note="Viaggio del ministro all'estero e dazi tra Stati: rilevante."),
        S("legge-elettorale-scontro-commissione", "Legge elettorale, scontro in commissione sul premio di maggioranza", d(2026, 2, 12, 10, 0, 0, 1), "Federica Colombo", ["Federica Colombo"],
          ["Le opposizioni hanno abbandonato la commissione Affari costituzionali della Camera dopo il voto sull'emendamento."],
          cat=["Politica"], note="Politica interna: non rilevante."),
        S("borsa-milano-chiude-in-rialzo-banche", "Piazza Affari chiude in rialzo con le banche", d(2026, 2, 11, 17, 45, 0, 1), "Redazione", [],
          ["Il Ftse Mib ha chiuso in rialzo dell'1,1% trainato dai titoli bancari."],
          cat=["Economia"], note="Mercati: non rilevante. 'Redazione' non è una persona."),
        S("sanremo-scaletta-prima-serata", "Sanremo 2026, la scaletta della prima serata", d(2026, 2, 10, 19, 0, 0, 1), "Redazione", [],
          ["Ecco l'ordine di uscita dei cantanti in gara stasera all'Ariston."],
          cat=["Spettacoli"], note="Spettacolo: non rilevante (una scaletta è comunque un articolo breve)."),
        S("italiani-bloccati-a-nuova-delhi-voli-farnesina", "Scontri al confine tra India e Pakistan, la Farnesina organizza voli per 600 italiani", d(2026, 2, 11, 9, 30, 0, 1), "Luca Brambilla", ["Luca Brambilla"],
          ["Con lo spazio aereo chiuso in gran parte del nord dell'India, la Farnesina ha organizzato due voli speciali da Mumbai per gli italiani rimasti bloccati."],
          rel=True, cat=["Cronaca", "Esteri"],
          note="Crisi estera raccontata dal lato di casa (rimpatrio dei connazionali): rilevante."),
    ]
    rows, items = [], []
    for n, s in enumerate(specs):
        pid = 884210 - n * 11
        url = f"{base}/{s.when.strftime('%Y/%m/%d')}/{s.slug}/"
        cats = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in s.cat)
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(s.title)}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#respond</comments>\n\t\t<pubDate>{utc0(s.when)}</pubDate>\n"
                    f"\t\t<dc:creator><![CDATA[{s.by}]]></dc:creator>{cats}\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[{s.paras[0][:140].rsplit(' ', 1)[0]} [&#8230;]]]></description>\n\t\t<content:encoded><![CDATA[{html(s)}]]></content:encoded>\n"
                    f"\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t\t</item>")
        items.append(exp(s, f"{base}/?p={pid}"))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f'\t<title>Gazzetta del Naviglio</title>\n\t<atom:link href="{base}/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n\t<description>Il quotidiano di Milano</description>\n'
            f"\t<lastBuildDate>{utc0(d(2026, 2, 12, 16, 41, 0, 1))}</lastBuildDate>\n\t<language>it-IT</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
            "\t<generator>https://wordpress.org/?v=6.9</generator>\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("it_gazzettadelnaviglio_home_wp69.rss.xml", text, items, lang="it", outlet="Gazzetta del Naviglio", ctype="application/rss+xml; charset=UTF-8", topic="mixed",
                structure="Milan daily's site-wide WordPress 6.9 feed (/feed/): WordPress's standard rss2 template with tab indentation and sy:update* whitespace, it-IT, '/YYYY/MM/DD/<slug>/' links, '?p=<id>' guids, UTC pubDates (newsroom +0100), CDATA dc:creator with a journalist or 'Redazione', one or two CDATA categories, automatic excerpts cut near 140 characters ending ' [&#8230;]', content:encoded with «…» quotes, home Winter Olympics, a minister in Washington, a repatriation, politics, markets and Sanremo, February 2026")


FEEDS = [elbkurier, donauwelle, aare, tevere, naviglio]
