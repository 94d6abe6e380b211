# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German and Italian feeds of the forty-sixth held-out set (a Kiel daily on Imperia, a Chur
daily on Squidex with an ASP.NET Core Atom, an Erfurt daily on Sulu, a Perugia daily on Bolt 3,
a Udine daily on Prismic with Next.js and the 'rss' npm package). All invented."""
from gen import build
from h46 import cd, d, esc, rfc822, utc0


# ---------------------------------------------------------------- Kiel daily on Imperia (hand-written RSS template, German day names)
def foerde():
    base = "https://www.foerde-nachrichten.example"

    def row(tail, title, when, creator, body):
        url = f"{base}/politik/ausland/{tail}.html"
        return url, (f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<guid>{url}</guid>\n<pubDate>{rfc822(when, 'de')}</pubDate>\n<description>{esc(body)}</description>\n"
                     + (f"<author>{esc(creator)}</author>\n" if creator else "") + "</item>")

    def wrap(head, rows):
        return '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n"

    w = [d(2015, 4, 15, 17, 45, 0, 2), d(2015, 4, 15, 11, 20, 0, 2), d(2015, 4, 14, 19, 0, 0, 2), d(2015, 4, 14, 9, 30, 0, 2), d(2015, 4, 13, 16, 0, 0, 2), d(2015, 4, 13, 8, 0, 0, 2)]
    rows = [
        ("ostsee-russische-manoever-id3318807", "Russische Manöver in der Ostsee: Dänemark bestellt Botschafter ein", w[0], "Jens Thomsen",
         "Kopenhagen. Nach erneuten Manövern russischer Kriegsschiffe vor Bornholm hat das dänische Außenministerium den russischen Botschafter einbestellt. „Das ist kein Routinevorgang mehr“, sagte Außenamtssprecherin Mette Kjærgaard. Ein Diplomat aus einem Nato-Staat, der nicht namentlich genannt werden wollte, sprach von einer „gezielten Provokation“. Moskau wies die Vorwürfe zurück: Die Übungen fänden in internationalen Gewässern statt, hieß es aus dem russischen Verteidigungsministerium.",
         ["Jens Thomsen"], [("Mette Kjærgaard", "dänisches Außenministerium")], True, True,
         "German „…“ quotes with 'sagte X'; the Russian ministry's position is reported in indirect speech (Konjunktiv 'fänden'): a reported statement of an organisation, may be labelled as 'russisches Verteidigungsministerium'. Relevant."),
        ("griechenland-schulden-athen-id3318122", "Athen ringt um Einigung: „Wir brauchen Zeit, kein Ultimatum“", w[1], "dpa",
         "Athen. Im Schuldenstreit mit den Geldgebern hat die griechische Regierung um mehr Zeit gebeten. „Wir brauchen Zeit, kein Ultimatum“, sagte Vize-Finanzminister Kostas Dimitrakopoulos am Mittwoch in Athen. Die Gespräche seien „konstruktiv, aber schwierig“, so ein EU-Beamter in Brüssel.",
         [], [("Kostas Dimitrakopoulos", "griechische Regierung")], True, True,
         "Quote inside the headline after a colon. 'so ein EU-Beamter' attribution. Agency 'dpa' as author: []."),
        ("kiel-kieler-woche-programm-id3317950", "Kieler Woche: Programm steht", w[2], "Birte Hansen",
         "Kiel. Das Programm der Kieler Woche steht. „Wir erwarten drei Millionen Besucher“, sagte Kiels Oberbürgermeister Henning Albers.",
         ["Birte Hansen"], [("Henning Albers", "Stadt Kiel")], True, False, "Home city news in the foreign feed: not relevant. (Invented mayor name.)"),
        ("mittelmeer-fluechtlinge-id3317601", "Hunderte Tote befürchtet: Flüchtlingsboot vor Libyen gekentert", w[3], "Jens Thomsen, mit Material von AFP",
         "Rom. Vor der libyschen Küste ist ein Flüchtlingsboot mit mehreren Hundert Menschen an Bord gekentert. »Die Überlebenden berichten von mehr als 400 Menschen an Bord«, sagte Carla Serafini, Sprecherin des UN-Flüchtlingshilfswerks UNHCR in Italien. Die italienische Küstenwache teilte mit, man habe 144 Menschen gerettet.",
         ["Jens Thomsen"], [("Carla Serafini", "UNHCR")], True, True, "Chevrons »…« as quotation marks. 'mit Material von AFP' is not part of the byline. Coast guard statement reported indirectly."),
        ("bildergalerie-hafen-id3317400", "Bildergalerie: Kreuzfahrtsaison im Kieler Hafen eröffnet", w[4], "", "Die ersten Kreuzfahrtschiffe haben festgemacht.", [], [], False, False, "Gallery: not a story. Title label 'Bildergalerie:' may be kept or dropped."),
        ("ukraine-waffenruhe-osze-id3317100", "OSZE: Waffenruhe in der Ostukraine brüchig", w[5], "Reuters",
         "Kiew. Die Waffenruhe in der Ostukraine ist nach Angaben der OSZE zunehmend brüchig. Beobachter hätten in der Nacht mehr als 200 Explosionen registriert, teilte die Organisation mit. „Die schweren Waffen sind nicht abgezogen“, sagte Missionsvize Markus Wendelin.",
         [], [("Markus Wendelin", "OSZE")], True, True, "Organisation's report in indirect speech ('hätten … registriert, teilte … mit'), plus one direct quote."),
    ]
    head = (f"<title>Förde-Nachrichten - Ausland</title>\n<link>{base}/politik/ausland/</link>\n<description>Nachrichten aus aller Welt</description>\n<language>de-DE</language>\n"
            f"<copyright>Förde-Nachrichten Verlag GmbH &amp; Co. KG</copyright>\n<lastBuildDate>{rfc822(w[0], 'de')}</lastBuildDate>\n")
    return build({"name": "de_foerdenachrichten_ausland_imperia.rss.xml"}, rows, row, head, wrap, lang="de", outlet="Förde-Nachrichten",
                 ctype="application/rss+xml; charset=UTF-8",
                 structure="Kiel daily's 'Ausland' feed published statically by the Imperia CMS from a hand-written template: no namespaces, no indentation, language de-DE, copyright 'Verlag GmbH & Co. KG', '/politik/ausland/<slug>-id<7 digits>.html' links as bare guids, pubDate BEFORE description and with GERMAN day and month names from the server locale ('Mi, 15 Apr 2015 17:45:00 +0200'), escaped plain-text teasers with 'Ort.' datelines, „…“ and »…« quotes, 'sagte X', 'so ein EU-Beamter', indirect speech, <author> with a name, an agency or 'Name, mit Material von AFP', a gallery, April 2015")


# ---------------------------------------------------------------- Chur daily on Squidex, Atom from ASP.NET Core (Atom10FeedFormatter)
def calanda():
    base = "https://www.calanda-zeitung.example"

    def row(tail, title, when, creator, body):
        url = f"{base}/international/{tail}"
        ts = when.strftime("%Y-%m-%dT%H:%M:%S+01:00")
        return url, (f"<entry><id>{url}</id><title type=\"text\">{esc(title)}</title><summary type=\"html\">{esc(body)}</summary><published>{ts}</published><updated>{ts}</updated>"
                     + (f"<author><name>{esc(creator)}</name></author>" if creator else "") + f"<link rel=\"alternate\" href=\"{url}\" /></entry>")

    def wrap(head, rows):
        return '<?xml version="1.0" encoding="utf-8"?><feed xml:lang="de-CH" xmlns="http://www.w3.org/2005/Atom">' + head + "".join(rows) + "</feed>"

    w = [d(2021, 1, 27, 16, 30, 0, 1), d(2021, 1, 27, 9, 10, 0, 1), d(2021, 1, 26, 18, 0, 0, 1), d(2021, 1, 26, 11, 45, 0, 1), d(2021, 1, 25, 15, 0, 0, 1), d(2021, 1, 25, 7, 30, 0, 1)]
    rows = [
        ("italien-regierungskrise-conte-ruecktritt-7f3a", "Italiens Regierung in der Krise: «Es gibt keine Mehrheit mehr»", w[0], "Reto Casutt, Rom",
         "Nach dem Rücktritt des Ministerpräsidenten sucht Italien eine neue Regierung. «Es gibt keine Mehrheit mehr, nur noch Rechnungen», sagt der Politologe Giorgio Vitali von der Universität Bologna. Ein Senator der Regierungspartei, der anonym bleiben will, meint: «Wir spielen auf Zeit.»",
         ["Reto Casutt"], [("Giorgio Vitali", "Universität Bologna"), ("ein Senator der Regierungspartei",)], True, True,
         "Swiss spelling (no ß) and «…» guillemets; present-tense 'sagt', 'meint'. 'Name, Rom' byline: the place is not part of the name. Neighbour's politics: relevant; the head of government appears only as a setting."),
        ("eu-schweiz-rahmenabkommen-bruessel-2b91", "Rahmenabkommen: Brüssel verliert die Geduld mit Bern", w[1], "Sabine Caflisch, Brüssel",
         "Die EU-Kommission drängt auf eine Antwort zum institutionellen Abkommen. «Die Tür ist offen, aber nicht ewig», sagte ein hoher EU-Diplomat. Das Aussendepartement in Bern liess verlauten, man führe die Gespräche «mit dem nötigen Ernst».",
         ["Sabine Caflisch"], [("ein hoher EU-Diplomat",)], True, True, "Switzerland's relations with the EU: foreign policy, relevant."),
        ("graubuenden-lawinen-warnstufe-4-c4d0", "Lawinengefahr: Warnstufe 4 in Mittelbünden", w[2], "Calanda-Zeitung",
         "Das Lawinenforschungsinstitut SLF warnt vor grosser Gefahr. «Verzichten Sie auf Touren abseits der Pisten», sagt SLF-Sprecher Curdin Derungs.",
         [], [("Curdin Derungs", "SLF")], True, False, "Home weather and safety: not relevant. Brand as author: []."),
        ("usa-biden-pariser-abkommen-9e2f", "USA kehren ins Pariser Klimaabkommen zurück", w[3], "SDA/AFP",
         "Washington. Die USA sind wieder Teil des Pariser Klimaabkommens. «Das ist ein gutes Signal, aber Signale senken keine Emissionen», sagte die Klimaforscherin Annina Tschudi von der ETH Zürich.",
         [], [("Annina Tschudi", "ETH Zürich")], True, True, "Agency credit 'SDA/AFP': []. Relevant."),
        ("ticker-coronavirus-graubuenden-55aa", "Ticker: Coronavirus in Graubünden", w[4], "", "Laufend aktualisiert.", [], [], False, False, "Live ticker: not a story. Title label 'Ticker:' may be kept or dropped."),
        ("nawalny-rueckkehr-proteste-1d7c", "Tausende demonstrieren in Russland – über 3000 Festnahmen", w[5], "Reto Casutt",
         "Moskau. In zahlreichen russischen Städten sind Tausende auf die Strasse gegangen. Laut der Bürgerrechtsorganisation Swoboda-Monitor wurden über 3000 Menschen festgenommen. «Wir haben keine Angst mehr», sagte eine Demonstrantin in Moskau, die nur ihren Vornamen, Darja, nennen wollte.",
         ["Reto Casutt"], [("Darja",)], True, True, "'Laut' + organisation: a reported figure. A speaker known only by her first name."),
    ]
    head = (f"<title type=\"text\">Calanda-Zeitung – International</title><subtitle type=\"text\">Nachrichten aus aller Welt</subtitle><id>{base}/international</id><rights type=\"text\">© Calanda Medien AG</rights>"
            f"<updated>{w[0].strftime('%Y-%m-%dT%H:%M:%S+01:00')}</updated><link rel=\"alternate\" href=\"{base}/international\" />")
    return build({"name": "de_ch_calandazeitung_international_squidex_atom.atom.xml"}, rows, row, head, wrap, lang="de", outlet="Calanda-Zeitung", shape="atom",
                 ctype="application/atom+xml; charset=utf-8",
                 structure="Chur (Graubünden) daily whose content sits in the Squidex headless CMS and whose ASP.NET Core front writes Atom with System.ServiceModel.Syndication's Atom10FeedFormatter: everything on one line without a trailing newline, xml:lang de-CH, title/subtitle/rights with type=\"text\", entries as id, title, summary type=html (escaped plain text), published, updated, author (absent when empty), alternate link, +01:00 offsets, Swiss spelling and «…» quotes with present-tense 'sagt', 'Name, Ort' authors, 'SDA/AFP', 'laut' + organisation, a live ticker, January 2021")


# ---------------------------------------------------------------- Erfurt daily on Sulu 2 (Symfony) with a Twig RSS template
def domplatz():
    base = "https://www.domplatz-kurier.example"

    def row(tail, title, when, creator, body):
        url = f"{base}/welt/{tail}"
        return url, (f"    <item>\n      <title><![CDATA[{title}]]></title>\n      <link>{url}</link>\n      <guid isPermaLink=\"true\">{url}</guid>\n      <pubDate>{rfc822(when)}</pubDate>\n"
                     + "".join(f"      <dc:creator><![CDATA[{c}]]></dc:creator>\n" for c in creator.split("|") if c)
                     + f"      <description><![CDATA[{body}]]></description>\n    </item>")

    def wrap(head, rows):
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n' + head + "\n".join(rows) + "\n  </channel>\n</rss>\n")

    w = [d(2023, 3, 22, 18, 15, 0, 1), d(2023, 3, 22, 12, 0, 0, 1), d(2023, 3, 21, 17, 30, 0, 1), d(2023, 3, 21, 9, 0, 0, 1), d(2023, 3, 20, 14, 0, 0, 1), d(2023, 3, 20, 8, 0, 0, 1)]
    rows = [
        ("frankreich-rentenreform-proteste", "Frankreich: Premierministerin übersteht Misstrauensvotum knapp", w[0], "Claire Dubois-Weber",
         "<p><strong>Paris.</strong> Die französische Regierung hat zwei Misstrauensanträge knapp überstanden. „Das ist kein Sieg, das ist eine Galgenfrist“, sagte der Abgeordnete Julien Marchetti von der Oppositionsfraktion.</p><p>Die Gewerkschaften kündigten weitere Streiks an. Man werde „nicht lockerlassen“, erklärte CGT-Sprecherin Sophie Lenormand.</p>",
         ["Claire Dubois-Weber"], [("Julien Marchetti",)], True, True, "„…“ quotes, 'erklärte X'. The head of government appears only as a setting. Relevant."),
        ("israel-justizreform-gantz", "Israel: Zehntausende gegen Justizreform auf der Straße", w[1], "Dr. Miriam Adler|Thomas Krause",
         "<p><strong>Tel Aviv.</strong> Zum elften Mal in Folge haben in Israel Zehntausende demonstriert.</p><p>„Wir verteidigen die Gewaltenteilung“, sagte die Juristin Noa Ben-Ami, Professorin an der Hebräischen Universität. Ein ranghoher Regierungsvertreter sagte dagegen, die Reform stelle „nur das Gleichgewicht wieder her“.</p>",
         ["Miriam Adler", "Thomas Krause"], [("Noa Ben-Ami", "Hebräische Universität")], True, True,
         "Two dc:creator elements; 'Dr.' is a title. Mixed direct and indirect quotation ('sagte …, die Reform stelle „…“')."),
        ("erfurt-stadtrat-haushalt", "Erfurter Stadtrat beschließt Haushalt", w[2], "Tobias Lenz",
         "<p>Der Stadtrat hat den Doppelhaushalt beschlossen. „Ein Kompromiss, mit dem alle leben können“, so Finanzbeigeordneter Steffen Hübner.</p>",
         ["Tobias Lenz"], [("Steffen Hübner",)], True, False, "City politics: not relevant. 'so X' attribution."),
        ("ukraine-getreideabkommen-verlaengert", "Getreideabkommen verlängert – Moskau spricht von „Zugeständnis“", w[3], "dpa",
         "<p><strong>Istanbul.</strong> Das Abkommen über Getreideexporte aus der Ukraine wird verlängert. Das teilten die Vereinten Nationen mit. Das russische Außenministerium sprach von einem „Zugeständnis“, das an Bedingungen geknüpft sei.</p>",
         [], [], True, True, "Statements of organisations only, partly as indirect speech. A quoted word in the title."),
        ("newsletter-welt-am-abend", "Newsletter: Welt am Abend", w[4], "Domplatz-Kurier", "<p>Jetzt abonnieren.</p>", [], [], False, False, "Newsletter promo: not a story."),
        ("thueringen-landtag-rot-rot-gruen", "Landtag: Streit um Finanzausgleich", w[5], "Tobias Lenz",
         "<p>Im Thüringer Landtag ist der Streit eskaliert. „Das ist unseriös“, sagte CDU-Fraktionschef Mario Bräutigam.</p>",
         ["Tobias Lenz"], [("Mario Bräutigam", "CDU")], True, False, "State politics: not relevant."),
    ]
    head = (f"    <title>Domplatz-Kurier | Welt</title>\n    <link>{base}/welt</link>\n    <description>Nachrichten aus der Welt</description>\n    <language>de</language>\n"
            f"    <atom:link href=\"{base}/welt/rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>\n")
    return build({"name": "de_domplatzkurier_welt_sulu.rss.xml"}, rows, row, head, wrap, lang="de", outlet="Domplatz-Kurier",
                 ctype="application/rss+xml; charset=UTF-8",
                 structure="Erfurt (Thuringia) daily on Sulu 2 (Symfony) with a Twig RSS template: two-space indentation, language 'de', no lastBuildDate, CDATA titles, permalink guids, pubDate before dc:creator, one CDATA dc:creator per author ('Dr. Name' for one), CDATA <p> teasers with bold 'Ort.' datelines, „…“ quotes with 'sagte', 'so', 'erklärte', indirect speech and organisations' statements, +0100 dates in March 2023")


# ---------------------------------------------------------------- Perugia daily on Bolt 3 (feed/rss.twig)
def fontivegge():
    base = "https://www.gazzettafontivegge.example"

    def row(tail, title, when, creator, body):
        url = f"{base}/articoli/{tail}"
        return url, (f"        <item>\n            <title>{esc(title)}</title>\n            <link>{url}</link>\n            <pubDate>{rfc822(when)}</pubDate>\n            <guid>{url}</guid>\n"
                     f"            <author><![CDATA[{creator}]]></author>\n            <description><![CDATA[{body}]]></description>\n        </item>")

    def wrap(head, rows):
        return '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n    <channel>\n' + head + "\n".join(rows) + "\n    </channel>\n</rss>\n"

    w = [d(2018, 5, 24, 19, 0, 0, 2), d(2018, 5, 24, 11, 30, 0, 2), d(2018, 5, 23, 17, 0, 0, 2), d(2018, 5, 23, 8, 45, 0, 2), d(2018, 5, 22, 15, 0, 0, 2), d(2018, 5, 22, 9, 0, 0, 2)]
    rows = [
        ("trump-kim-vertice-annullato", "Salta il vertice Usa-Corea del Nord, Seul: «Sconcertati»", w[0], "Redazione",
         "<p>Il vertice di Singapore è stato annullato. «Siamo sconcertati e cerchiamo di capire le intenzioni di Washington», ha detto il portavoce della presidenza sudcoreana, Park Jin-woo.</p><p>Secondo fonti diplomatiche a Pechino, la Cina «non era stata avvertita».</p>",
         [], [("Park Jin-woo", "presidenza sudcoreana")], True, True,
         "«…» quotes with 'ha detto'. 'secondo fonti diplomatiche': anonymous sources. 'Redazione' is no person. Quote in the headline."),
        ("ue-italia-governo-bilancio", "Bruxelles avverte Roma: «I conti vanno rispettati»", w[1], "Chiara Baldelli",
         "<p>La Commissione europea richiama il nuovo governo italiano al rispetto dei vincoli di bilancio. «I conti vanno rispettati, chiunque governi», ha dichiarato in conferenza stampa il portavoce della Commissione, Anders Holmqvist. Secondo un alto funzionario Ue che ha chiesto l'anonimato, a Bruxelles «c'è preoccupazione ma non allarme».</p>",
         ["Chiara Baldelli"], [("Anders Holmqvist", "Commissione europea")], True, True,
         "EU pressure on Italy's budget: foreign/EU affairs from an Italian viewpoint, relevant (borderline; Italy's relations with Brussels). A spokesman named after his role."),
        ("perugia-minimetro-guasto", "Minimetrò fermo per un guasto, disagi a Pian di Massiano", w[2], "Luca Ranieri",
         "<p>Il Minimetrò si è fermato per due ore. «Un problema elettrico», ha spiegato l'azienda.</p>",
         ["Luca Ranieri"], [("l'azienda",)], True, False, "City news: not relevant."),
        ("gaza-vittime-marcia-ritorno", "Gaza, l'Onu chiede un'inchiesta indipendente", w[3], "Chiara Baldelli",
         "<p>Il Consiglio per i diritti umani dell'Onu ha votato per un'inchiesta sulle vittime della «Marcia del ritorno». «Non si può sparare su manifestanti disarmati», ha affermato l'ambasciatrice Helga Lindqvist, rappresentante permanente della Svezia a Ginevra.</p>",
         ["Chiara Baldelli"], [("Helga Lindqvist", "Svezia")], True, True, "Guillemets also mark a name ('«Marcia del ritorno»'), not a quote. Relevant."),
        ("fotogallery-umbria-jazz-presentazione", "FOTO | Presentata l'edizione 2018 di Umbria Jazz", w[4], "Redazione", "<p>Le immagini della conferenza stampa.</p>", [], [], False, False, "Gallery: not a story. Title label 'FOTO |' may be kept or dropped."),
        ("venezuela-maduro-rielezione-ue", "Venezuela, l'Ue non riconosce il voto: «Elezioni né libere né eque»", w[5], "Redazione (ANSA)",
         "<p>L'Unione europea non riconosce il risultato delle presidenziali in Venezuela. «Le elezioni non sono state né libere né eque», si legge in una dichiarazione dei Ventotto. Secondo l'opposizione l'affluenza si è fermata al 32%.</p>",
         [], [("Unione europea",)], True, True, "Statement of an organisation ('si legge in una dichiarazione'). The head of state appears only as a setting."),
    ]
    head = (f"        <title>La Gazzetta di Fontivegge - Esteri</title>\n        <description>Notizie dall'Umbria e dal mondo</description>\n        <link>{base}/</link>\n"
            f"        <atom:link href=\"{base}/esteri/rss.xml\" rel=\"self\" type=\"application/rss+xml\" />\n        <language>it-IT</language>\n")
    return build({"name": "it_gazzettafontivegge_esteri_bolt3.rss.xml"}, rows, row, head, wrap, lang="it", outlet="La Gazzetta di Fontivegge", aliases=["Gazzetta di Fontivegge"],
                 ctype="application/rss+xml; charset=UTF-8",
                 structure="Perugia daily's 'Esteri' contenttype feed on Bolt 3.4 (feed/rss.twig): prolog with a space before '?>', four-space indentation, description before link in the channel, language it-IT, '/articoli/<slug>' links as bare guids, pubDate before guid, CDATA <author> holding a name, 'Redazione' or 'Redazione (ANSA)', CDATA <p> teasers, «…» quotes with 'ha detto', 'ha dichiarato', 'ha affermato', 'secondo X', anonymous officials, roles without names, +0200 dates in May 2018, a 'FOTO |' gallery")


# ---------------------------------------------------------------- Udine daily on Prismic + Next.js with the 'rss' npm package (single line)
def tagliamento():
    base = "https://www.iltagliamento.example"

    def row(tail, title, when, creator, body):
        url = f"{base}/mondo/{tail}"
        return tail.split("-")[-1], (f"<item><title><![CDATA[{title}]]></title><description><![CDATA[{body}]]></description><link>{url}</link><guid isPermaLink=\"false\">{tail.split('-')[-1]}</guid>"
                                     + (f"<dc:creator><![CDATA[{creator}]]></dc:creator>" if creator else "") + f"<pubDate>{utc0(when).replace('+0000', 'GMT')}</pubDate></item>")

    def wrap(head, rows):
        return ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel>'
                + head + "".join(rows) + "</channel></rss>")

    w = [d(2025, 9, 18, 18, 40, 0, 2), d(2025, 9, 18, 10, 15, 0, 2), d(2025, 9, 17, 16, 0, 0, 2), d(2025, 9, 17, 8, 30, 0, 2), d(2025, 9, 16, 13, 0, 0, 2), d(2025, 9, 16, 7, 0, 0, 2)]
    rows = [
        ("slovenia-confine-controlli-ZmQ3aH8AACQA1b2c", "Controlli al confine con la Slovenia prorogati, Lubiana: «Misura sproporzionata»", w[0], "Marta Zanier",
         "<p>Il governo ha prorogato di sei mesi i controlli al confine con la Slovenia. «È una misura sproporzionata che danneggia i lavoratori transfrontalieri», ha detto il sottosegretario sloveno agli Esteri, Matej Kralj. Il Viminale ha replicato in una nota che i controlli restano «necessari per la sicurezza».</p>",
         ["Marta Zanier"], [("Matej Kralj", "sottosegretario sloveno agli Esteri")], True, True,
         "Prismic document IDs as non-permalink guids. Border dispute with a neighbour: relevant. The interior ministry by metonymy ('il Viminale')."),
        ("ucraina-colloqui-ginevra-ZmQ2bX8AACMA9f0e", "Ucraina, a Ginevra nuovo round di colloqui. Fonti: «Distanze ancora ampie»", w[1], "Redazione",
         "<p>Nuovo round di colloqui a Ginevra. «Le distanze restano ampie, soprattutto sui territori», ha riferito una fonte diplomatica europea a condizione di anonimato.</p><p>«Nessuno si alza dal tavolo, ed è già qualcosa», ha aggiunto.</p>",
         [], [("una fonte diplomatica europea",)], True, True, "Anonymous source quoted twice ('ha aggiunto' with no name). 'Redazione': []."),
        ("udine-stadio-concerto-ZmQ1cX8AACUAab12", "Udine, concerto allo stadio: strade chiuse sabato", w[2], "Redazione",
         "<p>Sabato strade chiuse intorno allo stadio. «Consigliamo i mezzi pubblici», ha detto l'assessore alla Mobilità.</p>",
         [], [("l'assessore alla Mobilità",)], True, False, "City news: not relevant."),
        ("argentina-friulani-emigrazione-ZmQ0dX8AACIA7c3d", "Dai fogolârs dell'Argentina: «Il Friuli ci manca, ma qui siamo a casa»", w[3], "Giulia Del Frate",
         "<p>Nei fogolârs furlans di Buenos Aires e Córdoba si celebra il centenario. «Il Friuli ci manca, ma qui siamo a casa», racconta Nelly Bortolussi, 84 anni, presidente del sodalizio di Colonia Caroya.</p>",
         ["Giulia Del Frate"], [("Nelly Bortolussi", "Fogolâr Furlan di Colonia Caroya")], True, False, "Diaspora feature: a story, not world affairs; not relevant (culture/community)."),
        ("video-barcolana-ZmQzeX8AACAAd4e5", "VIDEO | Barcolana, le immagini della regata", w[4], "", "<p>Il video.</p>", [], [], False, False, "Video: not a story. Title label 'VIDEO |' may be kept or dropped."),
        ("onu-assemblea-generale-ZmQyfX8AAB8Ae5f6", "Onu, al via l'Assemblea generale: «Il mondo è in ritardo su tutto»", w[5], "Marta Zanier",
         "<p>Si è aperta a New York l'80ª Assemblea generale delle Nazioni Unite. Nel discorso d'apertura la presidente dell'Assemblea, la diplomatica namibiana Ndapewa Shikongo, ha detto che «il mondo è in ritardo su tutto: clima, sviluppo, pace».</p>",
         ["Marta Zanier"], [], True, True, "Indirect-then-direct quotation ('ha detto che «…»'); the role and nationality come before the name. Relevant."),
    ]
    head = (f"<title><![CDATA[Il Tagliamento - Mondo]]></title><description><![CDATA[Notizie dal mondo]]></description><link>{base}/mondo</link><generator>RSS for Node</generator>"
            f"<lastBuildDate>{utc0(w[0]).replace('+0000', 'GMT')}</lastBuildDate><atom:link href=\"{base}/mondo/rss.xml\" rel=\"self\" type=\"application/rss+xml\"/><language><![CDATA[it]]></language>")
    return build({"name": "it_iltagliamento_mondo_prismic_noderss.rss.xml"}, rows, row, head, wrap, lang="it", outlet="Il Tagliamento",
                 ctype="application/rss+xml; charset=utf-8",
                 structure="Udine (Friuli) daily on the Prismic headless CMS with a Next.js front that writes RSS with the 'rss' npm package (node-rss): the whole feed on one line, namespaces before version, CDATA channel title, description and language, <generator>RSS for Node</generator>, GMT dates (newsroom +0200), CDATA titles and descriptions, Prismic document IDs as non-permalink guids, CDATA dc:creator or absent, «…» quotes with 'ha detto', 'ha riferito', 'ha aggiunto', 'racconta', a ministry by metonymy, quotes in headlines, September 2025")


FEEDS = [foerde, calanda, domplatz, fontivegge, tagliamento]
