# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German and Italian feeds of the thirty-ninth held-out set (an Oldenburg daily on WordPress,
a Salzburg daily's Atom, a Solothurn daily's JSON Feed; a Massa daily on WordPress and a
Benevento daily's Atom). All outlets, people and quotations are invented."""
from h39 import ad, atom_doc, atom_entry, audio, bio, d, feed, fig, insta, it, jsonfeed, q, tweet, wp_feed, yt


def hunte():
    B = "https://www.hunte-bote.example"
    la = lambda t: f'<p class="read-also"><strong>Lesen Sie auch:</strong> <a href="{B}/ausland/">{t}</a></p>'
    w1, w2, w3, w4, w5, w6 = (d(2022, 2, 24, 19, 30, 0, 1), d(2022, 2, 24, 8, 10, 0, 1), d(2022, 2, 23, 17, 0, 0, 1), d(2022, 2, 23, 9, 0, 0, 1), d(2022, 2, 22, 20, 0, 0, 1), d(2022, 2, 22, 7, 0, 0, 1))
    S = [
        (70112, "russland-greift-ukraine-an-oldenburg", "Russland greift die Ukraine an – Ukrainer in Oldenburg bangen um Angehörige", w1, ["Friederike Janssen-Kuhl"], ["Ausland"], "Russland hat die Ukraine angegriffen.",
         audio("Artikel anhören", B + "/audio/70112.mp3", "4 Min.") + '<p>Russland hat in der Nacht zu Donnerstag die Ukraine angegriffen. In Oldenburg versammelten sich am Abend rund 400 Menschen am Schlossplatz.</p>' + la("Was wir über den Angriff wissen") + ad("Anzeige", "mr1") +
         '<p>„Meine Mutter sitzt in Charkiw im Keller“, sagte Olena Bondarenko-Meyer, die seit zwölf Jahren in Oldenburg lebt.</p>',
         lambda k: it(k, "Russland greift die Ukraine an – Ukrainer in Oldenburg bangen um Angehörige", w1, ["Friederike Janssen-Kuhl"], quotes=[q("Olena Bondarenko-Meyer")], junk=["Artikel anhören", "4 Min.", "Lesen Sie auch", "Was wir über den Angriff wissen", "Anzeige"],
                      note="Audio player 'Artikel anhören', 'Lesen Sie auch:' box and an 'Anzeige' ad label in the full text. A war abroad with a local angle: relevant.")),
        (70098, "scholz-stoppt-nord-stream-2", "Scholz stoppt Zertifizierung von Nord Stream 2", w2, ["dpa"], ["Ausland", "Politik"], "Die Bundesregierung legt die Pipeline auf Eis.",
         '<p>Die Bundesregierung hat das Genehmigungsverfahren für die Ostsee-Pipeline Nord Stream 2 gestoppt.</p>' + tweet("BReg_example", "Regierungssprecher", "Das Zertifizierungsverfahren wird ausgesetzt.", "22. Februar 2022", 1496101, "de") + '<p>(dpa)</p>',
         lambda k: it(k, "Scholz stoppt Zertifizierung von Nord Stream 2", w2, [], junk=["Regierungssprecher", "(dpa)"], note="Germany's own foreign and energy policy toward Russia: relevant. 'dpa' is an agency: [].")),
        (70085, "kramermarkt-2022-abgesagt", "Kramermarkt: Stadt plant trotz Corona", w3, ["Hauke Brünjes"], ["Oldenburg"], "Die Stadt plant den Kramermarkt.",
         '<p>Die Stadt Oldenburg plant den Kramermarkt im Herbst wieder in voller Größe.</p>' + la("Corona-Regeln im Überblick"),
         lambda k: it(k, "Kramermarkt: Stadt plant trotz Corona", w3, ["Hauke Brünjes"], rel=False, junk=["Lesen Sie auch"], note="City news in the foreign feed: not relevant.")),
        (70071, "mali-bundeswehr-einsatz-zukunft", "Zukunft des Mali-Einsatzes: Ministerin lässt Abzug prüfen", w4, ["Friederike Janssen-Kuhl", "Jan-Ole Wübbenhorst"], ["Ausland"], "Der Bundeswehr-Einsatz steht auf dem Prüfstand.",
         '<h2>Frankreich zieht ab</h2><p>Nach dem Abzug Frankreichs lässt das Verteidigungsministerium den Bundeswehr-Einsatz in Mali prüfen.</p><p>„Ohne französischen Schutz wird es schwierig“, sagte Oberst a. D. Reinhard Köster, Sicherheitsexperte am Institut für Sahelstudien.</p>'
         '<div class="box-newsletter"><p>Newsletter „Welt am Abend“ – jetzt kostenlos abonnieren</p></div>',
         lambda k: it(k, "Zukunft des Mali-Einsatzes: Ministerin lässt Abzug prüfen", w4, ["Friederike Janssen-Kuhl", "Jan-Ole Wübbenhorst"], quotes=[q("Reinhard Köster", "Institut für Sahelstudien")], junk=["Welt am Abend", "abonnieren"],
                      note="Two dc:creator; 'Oberst a. D.' is a rank, not part of the name. German military abroad: relevant.")),
        (70060, "video-kiew-vor-dem-angriff", "Video: So war die Stimmung in Kiew vor dem Angriff", w5, ["Video-Redaktion"], ["Ausland", "Video"], "Video.", yt("kIeW22vid"),
         lambda k: it(k, "Video: So war die Stimmung in Kiew vor dem Angriff", w5, [], story=False, rel=False, note="Video: not a story. Title label 'Video:' may be kept or dropped.")),
        (70049, "gewinnspiel-freikarten", "Gewinnspiel: Freikarten für das Staatstheater", w6, ["Hunte-Bote"], ["Aktion"], "Mitmachen.", '<p>Mitmachen und gewinnen.</p>',
         lambda k: it(k, "Gewinnspiel: Freikarten für das Staatstheater", w6, [], story=False, rel=False, note="Reader competition: not a story.")),
    ]
    return wp_feed("de_huntebote_ausland_wp59.rss.xml", "Hunte-Bote", "de", "de-DE", B, "Ausland &#8211; Hunte-Bote", "Nachrichten aus Oldenburg und der Welt", d(2022, 2, 24, 18, 40, 0, 0), S,
                   structure="Oldenburg daily's 'Ausland' category on WordPress: WordPress namespace block, de-DE, '/YYYY/MM/DD/<slug>/' links, '?p=<id>' guids, +0000 pubDates (newsroom +0100), CDATA dc:creator (reporters, two for one story, 'dpa', 'Video-Redaktion', the brand), content:encoded with 'Artikel anhören' audio, 'Lesen Sie auch:' boxes, 'Anzeige' labels, an embedded German tweet, h2, a newsletter box, a video and a reader competition, February 2022")


def salzach():
    B = "https://www.salzach-kurier.example"
    E, items = [], []

    def add(nid, slug, title, when, authors, cats, summ, body, lab):
        url = f"{B}/ausland/{slug}/{nid}"
        E.append(atom_entry(url, title, when, when, authors, cats, summ, body, eid=f"tag:salzach-kurier.example,2025:{nid}"))
        items.append(lab(f"tag:salzach-kurier.example,2025:{nid}"))

    la = '<div class="news-related"><h3>Lesen Sie auch</h3><ul><li><a href="/ausland/x/1">Koalition in Berlin: Die Ressorts sind verteilt</a></li></ul></div>'
    w = d(2025, 4, 9, 16, 0, 0, 2)
    add(884120, "zoelle-usa-oesterreich-exporte", "US-Zölle: Salzburger Exporteure rechnen mit Einbußen", w, ["Mag. Theresa Hofbauer"], ["Ausland", "Wirtschaft"], "Die Zölle treffen auch Salzburg.",
        '<p>Die US-Zölle von 20 Prozent auf EU-Waren treffen Salzburger Exporteure.</p>' + la + '<p>„Wir verkaufen ein Drittel unserer Maschinen in die USA“, sagte Gernot Aigner, Geschäftsführer der Pongauer Anlagenbau GmbH.</p>'
        '<p class="korrektur"><em>Korrektur: In einer früheren Version hieß es, die Zölle beträgen 25 Prozent.</em></p>',
        lambda k: it(k, "US-Zölle: Salzburger Exporteure rechnen mit Einbußen", w, ["Theresa Hofbauer"], quotes=[q("Gernot Aigner", "Pongauer Anlagenbau GmbH")], junk=["Lesen Sie auch", "Die Ressorts sind verteilt", "Korrektur"],
                     note="'Mag.' is an academic title, not part of the name. Trade policy abroad with a local angle: relevant."))
    w = d(2025, 4, 9, 9, 0, 0, 2)
    add(884101, "papst-franziskus-gesundheit", "Vatikan: Papst empfängt erstmals wieder Gäste", w, ["APA/AFP"], ["Ausland"], "Erster Empfang nach der Klinik.",
        '<p>Der Papst hat erstmals seit seiner Entlassung aus der Klinik wieder Besucher empfangen. (APA/AFP)</p>',
        lambda k: it(k, "Vatikan: Papst empfängt erstmals wieder Gäste", w, [], junk=["(APA/AFP)"], note="Agency credit: []. Relevant (foreign news)."))
    w = d(2025, 4, 8, 18, 0, 0, 2)
    add(884090, "salzburger-festspiele-programm", "Festspiele: Kartenverkauf startet mit Rekord", w, ["Lukas Eder"], ["Kultur"], "Rekord beim Vorverkauf.",
        '<p>Der Kartenverkauf für die Festspiele ist mit einem Rekord gestartet.</p>',
        lambda k: it(k, "Festspiele: Kartenverkauf startet mit Rekord", w, ["Lukas Eder"], rel=False, note="Home culture: not relevant."))
    w = d(2025, 4, 8, 11, 0, 0, 2)
    add(884077, "serbien-proteste-studenten", "Serbien: Studenten marschieren nach Brüssel", w, ["Mag. Theresa Hofbauer", "Dragan Petković"], ["Ausland"], "Radfahrer unterwegs nach Brüssel.",
        '<h2>3000 Kilometer Protest</h2><p>Serbische Studierende sind mit dem Rad nach Brüssel aufgebrochen, um auf die Proteste aufmerksam zu machen.</p>' + insta("DIsrb25", "Auf nach Brüssel!") +
        '<p>„Wir wollen, dass Europa hinschaut“, sagte die Studentin Milica Jovanović.</p>' + bio("Dragan Petković", "berichtet als freier Korrespondent aus Belgrad."),
        lambda k: it(k, "Serbien: Studenten marschieren nach Brüssel", w, ["Theresa Hofbauer", "Dragan Petković"], quotes=[q("Milica Jovanović")], junk=["View this post on Instagram", "freier Korrespondent aus Belgrad"], note="Relevant."))
    w = d(2025, 4, 7, 20, 0, 0, 2)
    add(884060, "podcast-ausland-aktuell", "Podcast „Ausland aktuell“: Wie weiter mit der Ukraine?", w, [], ["Podcast"], "Neue Folge.", '<audio src="/p/12.mp3"></audio>',
        lambda k: it(k, "Podcast „Ausland aktuell“: Wie weiter mit der Ukraine?", w, [], story=False, rel=False, note="Podcast: not a story."))
    w = d(2025, 4, 7, 8, 0, 0, 2)
    add(884051, "bundesregierung-nahost-hilfe", "Außenministerin kündigt weitere Hilfe für Gaza an", w, ["Lukas Eder"], ["Ausland"], "Österreich stockt auf.",
        '<p>Österreich stockt seine humanitäre Hilfe für Gaza um zwei Millionen Euro auf, kündigte das Außenministerium am Montag an.</p><div class="ad"><span>Werbung</span></div>',
        lambda k: it(k, "Außenministerin kündigt weitere Hilfe für Gaza an", w, ["Lukas Eder"], junk=["Werbung"], note="Austria's own foreign policy: relevant."))
    text = atom_doc("de-AT", "Salzach-Kurier | Ausland", B, B + "/ausland/atom.xml", d(2025, 4, 9, 16, 5, 0, 2), E)
    return feed("de_at_salzachkurier_ausland_typo3.atom.xml", text, items, lang="de", outlet="Salzach-Kurier", shape="atom", ctype="application/atom+xml; charset=utf-8",
                structure="Salzburg daily's 'Ausland' section as Atom from TYPO3's news extension: xml:lang de-AT, tag: URIs as entry ids, published and updated with +02:00, authors 'Mag. Name', two authors, 'APA/AFP' or none, category terms, summary and content type=html (escaped) with a 'Lesen Sie auch' related list, a correction note ('Korrektur:'), an Instagram embed, a bio box, h2, a 'Werbung' ad label and a podcast, April 2025")


def aare():
    B = "https://www.aare-zeitung.example"
    js, items = [], []

    def add(i, title, when, authors, html, lab):
        url = f"{B}/international/{title.lower()[:30].replace(' ', '-')}-ld.{i}"
        e = {"id": f"ld.{i}", "url": url, "title": title, "content_html": html, "date_published": when.isoformat()}
        if authors:
            e["authors"] = [{"name": a} for a in authors]
        js.append(e)
        items.append(lab(f"ld.{i}"))

    mz = '<div class="related-articles"><h3>Mehr zum Thema</h3><ul><li>EU-Verträge: Der Bundesrat legt vor</li><li>Schutzklausel: Was die Kantone wollen</li></ul></div>'
    w = d(2023, 6, 14, 18, 0, 0, 2)
    add(1742201, "Bürgenstock-Konferenz: Bern lädt 160 Staaten ein", w, ["Corinne Studer"],
        '<p>Der Bundesrat hat 160 Staaten zu einer Konferenz über den Frieden in der Ukraine eingeladen.</p>' + mz + '<p>«Die Schweiz kann Gastgeberin sein, aber nicht Vermittlerin», sagte Urs Bichsel, Politologe an der Universität Bern.</p>',
        lambda k: it(k, "Bürgenstock-Konferenz: Bern lädt 160 Staaten ein", w, ["Corinne Studer"], quotes=[q("Urs Bichsel", "Universität Bern")], junk=["Mehr zum Thema", "EU-Verträge"], note="Swiss foreign policy: relevant. Swiss spelling without ß."))
    w = d(2023, 6, 14, 9, 0, 0, 2)
    add(1742180, "Griechenland: Bootsunglück vor Pylos – Hunderte vermisst", w, [],
        '<p>Vor der Küste Griechenlands ist ein Fischerboot mit Hunderten Migranten gesunken.</p>' + tweet("hellenic_cg_ex", "Küstenwache", "Search operation continues.", "14. Juni 2023", 1668901) + '<p>(sda/dpa)</p>',
        lambda k: it(k, "Griechenland: Bootsunglück vor Pylos – Hunderte vermisst", w, [], junk=["Search operation continues", "(sda/dpa)"], note="Relevant; no author."))
    w = d(2023, 6, 13, 16, 0, 0, 2)
    add(1742150, "Frauenstreik: Zehntausende auf der Strasse in Solothurn und Olten", w, ["Reto Kaufmann"],
        '<p>Zehntausende Frauen haben in Solothurn und Olten für Lohngleichheit demonstriert.</p>',
        lambda k: it(k, "Frauenstreik: Zehntausende auf der Strasse in Solothurn und Olten", w, ["Reto Kaufmann"], rel=False, note="Home news: not relevant."))
    w = d(2023, 6, 13, 7, 0, 0, 2)
    add(1742133, "Analyse: Warum Erdogans neue Regierung auf Orthodoxie setzt", w, ["Corinne Studer", "Mehmet Aydın-Roth"],
        '<h2>Ein neuer Finanzminister</h2><p>Die Ernennung eines marktfreundlichen Finanzministers überrascht die Märkte.</p><p>«Das ist eine Kehrtwende auf Zeit», sagte Selin Arslan, Ökonomin bei der Bosporus Research AG.</p>'
        '<aside class="author"><p>Mehmet Aydın-Roth ist Türkei-Korrespondent der Aare-Zeitung.</p></aside>',
        lambda k: it(k, "Analyse: Warum Erdogans neue Regierung auf Orthodoxie setzt", w, ["Corinne Studer", "Mehmet Aydın-Roth"], quotes=[q("Selin Arslan", "Bosporus Research AG")], junk=["Türkei-Korrespondent der Aare-Zeitung"],
                     note="Title label 'Analyse:' may be kept or dropped. Relevant."))
    w = d(2023, 6, 12, 12, 0, 0, 2)
    add(1742101, "Quiz: Kennen Sie die Hauptstädte Europas?", w, [], '<p>Zehn Fragen.</p>',
        lambda k: it(k, "Quiz: Kennen Sie die Hauptstädte Europas?", w, [], story=False, rel=False, note="Quiz: not a story."))
    w = d(2023, 6, 12, 8, 0, 0, 2)
    add(1742090, "Bildstrecke: Die Krönung in London", w, [], fig("/img/kroenung.jpg", "", "Die Kutsche.", "Bild: Keystone"),
        lambda k: it(k, "Bildstrecke: Die Krönung in London", w, [], story=False, rel=False, note="Gallery: not a story. Title label 'Bildstrecke:' may be kept or dropped."))
    text = jsonfeed("Aare-Zeitung – International", B + "/international", B + "/international.json", "de-CH", js)
    return feed("de_ch_aarezeitung_international_livingdocs.feed.json", text, items, lang="de", outlet="Aare-Zeitung", shape="jsonfeed", ctype="application/feed+json",
                structure="Solothurn daily's 'International' JSON Feed 1.1 from a Livingdocs headless front: 'ld.<id>' ids, language de-CH, +02:00 dates, authors arrays (two on an analysis, none on agency copy), content_html with a 'Mehr zum Thema' related list, «…» quotes, an embedded tweet, '(sda/dpa)', h2, an author aside, a figure with 'Bild: Keystone', a quiz and a gallery, June 2023")


def apuane():
    B = "https://www.corrieredelleapuane.example"
    la = lambda t: f'<p><strong>Leggi anche:</strong> <a href="{B}/">{t}</a></p>'
    w = [d(2021, 1, 20, 21, 0, 0, 1), d(2021, 1, 20, 12, 0, 0, 1), d(2021, 1, 19, 18, 0, 0, 1), d(2021, 1, 19, 9, 0, 0, 1), d(2021, 1, 18, 17, 0, 0, 1), d(2021, 1, 18, 8, 0, 0, 1)]
    S = [
        (33120, "biden-giuramento-washington", "Biden giura a Washington: «L'America è tornata»", w[0], ["Giulia Bertolucci"], ["Mondo"], "Il nuovo presidente ha giurato.",
         '<p>Joe Biden ha giurato come 46° presidente degli Stati Uniti davanti a una Washington blindata.</p>' + la("Carrara, gli emigrati in America seguono la diretta") + ad("Pubblicità", "a1") +
         '<p>«Per i nostri marmisti negli Usa è una buona notizia», ha detto Renzo Pucciarelli, presidente dell\'Associazione Apuani nel Mondo.</p>',
         lambda k: it(k, "Biden giura a Washington: «L'America è tornata»", w[0], ["Giulia Bertolucci"], quotes=[q("Renzo Pucciarelli", "Associazione Apuani nel Mondo")], junk=["Leggi anche", "Pubblicità", "gli emigrati in America"], note="Head of state only as setting. Relevant.")),
        (33108, "crisi-governo-conte-senato", "Crisi di governo, Conte ottiene la fiducia al Senato con 156 voti", w[1], ["Redazione"], ["Politica"], "Fiducia al Senato.",
         '<p>Il governo ha ottenuto la fiducia al Senato con 156 voti.</p>' + la("Renzi: «Ora un governo più forte»"),
         lambda k: it(k, "Crisi di governo, Conte ottiene la fiducia al Senato con 156 voti", w[1], [], rel=False, junk=["Leggi anche"], note="Home politics: not relevant; 'Redazione' is not a person.")),
        (33097, "navalny-arrestato-mosca", "Navalny arrestato al rientro a Mosca, l'Ue chiede il rilascio", w[2], ["Marco Lazzerini"], ["Mondo"], "L'Ue chiede il rilascio.",
         '<h2>La reazione di Bruxelles</h2><p>L\'oppositore russo è stato fermato all\'aeroporto di Sheremetyevo al rientro dalla Germania.</p>' + tweet("eu_ex", "EU", "We call for his immediate release.", "17 gennaio 2021", 1350111) +
         '<p>«È un segnale a tutta l\'opposizione», ha detto Anna Ferrucci, docente di relazioni internazionali all\'Università di Pisa.</p>',
         lambda k: it(k, "Navalny arrestato al rientro a Mosca, l'Ue chiede il rilascio", w[2], ["Marco Lazzerini"], quotes=[q("Anna Ferrucci", "Università di Pisa")], junk=["We call for his immediate release"], note="Relevant.")),
        (33085, "video-neve-passo-cerreto", "VIDEO | Neve al passo del Cerreto", w[3], ["Redazione"], ["Video"], "Video.", yt("nEvEcerr21"),
         lambda k: it(k, "VIDEO | Neve al passo del Cerreto", w[3], [], story=False, rel=False, note="Video: not a story. Title label 'VIDEO |' may be kept or dropped.")),
        (33071, "marmo-export-cina", "Marmo, l'export verso la Cina crolla del 30%", w[4], ["Giulia Bertolucci"], ["Economia"], "Export in calo.",
         '<p>Le esportazioni di marmo verso la Cina sono calate del 30% nel 2020.</p>',
         lambda k: it(k, "Marmo, l'export verso la Cina crolla del 30%", w[4], ["Giulia Bertolucci"], rel=False, note="Home business: not relevant.")),
        (33060, "uganda-elezioni-museveni", "Uganda, Museveni rieletto tra le proteste. Bobi Wine denuncia brogli", w[5], ["Marco Lazzerini"], ["Mondo"], "Proteste in Uganda.",
         '<p>La commissione elettorale ha dichiarato vincitore il presidente uscente.</p>' + bio("Marco Lazzerini", "è giornalista, segue la politica estera per il Corriere delle Apuane."),
         lambda k: it(k, "Uganda, Museveni rieletto tra le proteste. Bobi Wine denuncia brogli", w[5], ["Marco Lazzerini"], junk=["segue la politica estera"], note="Relevant. Bio box at the end.")),
    ]
    return wp_feed("it_corrieredelleapuane_mondo_wp56.rss.xml", "Corriere delle Apuane", "it", "it-IT", B, "Mondo &#8211; Corriere delle Apuane", "Massa, Carrara e il mondo", d(2021, 1, 20, 20, 0, 0, 0), S,
                   structure="Massa-Carrara daily's 'Mondo' category on WordPress: WordPress namespace block, it-IT, '?p=<id>' guids, +0000 pubDates (newsroom +0100), CDATA dc:creator (reporters, 'Redazione'), content:encoded with bold 'Leggi anche:' links, 'Pubblicità' ad label, an embedded tweet, h2, a YouTube iframe, a bio box, «…» quotes, January 2021")


def sannio():
    B = "https://www.ecodelsannio.example"
    E, items = [], []

    def add(nid, title, when, authors, body, lab):
        url = f"{B}/mondo/{nid}"
        E.append(atom_entry(url, title, when, when, authors, ["Mondo"], None, body))
        items.append(lab(url))

    w = d(2024, 10, 2, 19, 0, 0, 2)
    add(55012, "Missili iraniani su Israele, Farnesina: «Italiani restino al riparo»", w, ["Raffaella Iannace"],
        '<p>L\'Iran ha lanciato circa 180 missili contro Israele. La Farnesina ha invitato gli italiani nella regione a restare al riparo.</p><div class="leggi-anche"><span>LEGGI ANCHE</span> <a href="/mondo/55001">Libano, truppe italiane Unifil in allerta</a></div>'
        '<p>«Abbiamo 1.200 connazionali nei siti Unifil», ha detto il generale Pasquale Di Meo, ex comandante del contingente.</p><p class="nota"><em>Nota della redazione: articolo aggiornato alle 21.</em></p>',
        lambda k: it(k, "Missili iraniani su Israele, Farnesina: «Italiani restino al riparo»", w, ["Raffaella Iannace"], quotes=[q("Pasquale Di Meo", "Unifil")], junk=["LEGGI ANCHE", "truppe italiane Unifil in allerta", "Nota della redazione"],
                     note="'generale' and 'ex comandante del contingente' are titles; affiliation as written refers to Unifil. Italy's foreign ministry: relevant."))
    w = d(2024, 10, 2, 10, 0, 0, 2)
    add(55003, "Benevento, il Consiglio comunale approva il bilancio", w, ["Carmine Zollo"], '<p>Il Consiglio comunale ha approvato il bilancio.</p>',
        lambda k: it(k, "Benevento, il Consiglio comunale approva il bilancio", w, ["Carmine Zollo"], rel=False, note="City news: not relevant."))
    w = d(2024, 10, 1, 17, 0, 0, 2)
    add(54990, "Messico, Sheinbaum si insedia: prima donna presidente", w, ["Raffaella Iannace"],
        audio("Ascolta l'articolo", "/tts/54990.mp3", "3:10") + '<p>Claudia Sheinbaum si è insediata come prima donna presidente del Messico.</p>',
        lambda k: it(k, "Messico, Sheinbaum si insedia: prima donna presidente", w, ["Raffaella Iannace"], junk=["Ascolta l'articolo", "3:10"], note="Audio player first. Relevant."))
    w = d(2024, 10, 1, 9, 0, 0, 2)
    add(54981, "Podcast | Il mondo in dieci minuti", w, [], '<iframe src="https://player.example/p/77"></iframe>',
        lambda k: it(k, "Podcast | Il mondo in dieci minuti", w, [], story=False, rel=False, note="Podcast: not a story."))
    w = d(2024, 9, 30, 16, 0, 0, 2)
    add(54970, "Emigrati sanniti in Argentina, la crisi spinge i rientri", w, ["Carmine Zollo"],
        '<h3>Il peso della crisi</h3><p>Sempre più discendenti di emigrati sanniti chiedono la cittadinanza e tornano in Italia.</p><p>«Riceviamo dieci richieste a settimana», ha detto Lucia Pepe, funzionaria del Comune di Morcone.</p>'
        '<div class="box-autore"><p>Carmine Zollo, giornalista, collabora con L\'Eco del Sannio dal 2009.</p></div>',
        lambda k: it(k, "Emigrati sanniti in Argentina, la crisi spinge i rientri", w, ["Carmine Zollo"], quotes=[q("Lucia Pepe", "Comune di Morcone")], junk=["collabora con L'Eco del Sannio"], note="Foreign crisis seen through emigrants: relevant."))
    w = d(2024, 9, 30, 8, 0, 0, 2)
    add(54961, "Newsletter: iscriviti a «Sannio & Mondo»", w, [], '<p>Ogni venerdì nella tua casella.</p>',
        lambda k: it(k, "Newsletter: iscriviti a «Sannio & Mondo»", w, [], story=False, rel=False, note="Newsletter promo: not a story."))
    text = atom_doc("it", "L'Eco del Sannio - Mondo", B, B + "/mondo/feed.atom", d(2024, 10, 2, 19, 1, 0, 2), E)
    return feed("it_ecodelsannio_mondo_drupal_atom.atom.xml", text, items, lang="it", outlet="L'Eco del Sannio", aliases=["Eco del Sannio"], shape="atom", ctype="application/atom+xml; charset=utf-8",
                structure="Benevento daily's 'Mondo' section as Atom (Drupal views_atom): xml:lang it, URL ids, +02:00 dates, authors or none, no summary, content type=html with a 'LEGGI ANCHE' box, an editor's note, an audio player 'Ascolta l'articolo', h3, an author box, a podcast and a newsletter promo, September–October 2024")


FEEDS = [hunte, salzach, aare, apuane, sannio]
