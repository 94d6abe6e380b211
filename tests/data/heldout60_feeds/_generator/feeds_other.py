# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu feeds of the sixtieth held-out set."""
from h60 import cd, d, esc, feed, gmt, it, plain_doc, plain_item, q, rfc822, wp_channel, wp_doc, wp_item

TL = "Title label '{}' may be kept or dropped"


def _rows_plain(B, rows, guidfmt, creator_el=True, datelang="en"):
    items, exp = [], []
    for n, (title, date, by, desc, kw) in enumerate(rows):
        g = guidfmt(n, date)
        link = f"{B}/{g}" if not g.startswith("http") else g
        items.append(plain_item(title, link, g, date, desc, creator=by if creator_el else None, author=None if creator_el else by,
                                perma=g.startswith("http"), datefmt=rfc822(date, datelang) if datelang != "en" else None))
        exp.append(it(g, title, date, **kw))
    return items, exp


def emden():
    B = "https://www.ems-zeitung.example"
    rows = [
        ("Reederei-Crew in Westafrika entführt: Auswärtiges Amt richtet Krisenstab ein", d(2019, 11, 20, 16, 40, 0, 1), "Von Jan Hinrichs",
         "Emden. Piraten haben im Golf von Guinea vor Benin ein Containerschiff einer Leeraner Reederei überfallen und neun Seeleute verschleppt, darunter zwei Deutsche. Das Auswärtige Amt bestätigte, dass ein Krisenstab eingerichtet worden sei. „Wir stehen in engem Kontakt mit den Familien und den Behörden vor Ort“, sagte eine Sprecherin.",
         dict(authors=["Jan Hinrichs"], quotes=[q("Sprecherin", "Auswärtiges Amt")], note="Entführung deutscher Seeleute im Ausland (Konsularfall): relevant. Namenlose Sprecherin: so gezeigt, wie der Text sie beschreibt ('eine Sprecherin'); ihre Behörde ist das zuvor genannte Auswärtige Amt.")),
        ("Neue Kaje im Außenhafen: Land gibt 40 Millionen Euro", d(2019, 11, 20, 9, 0, 0, 1), "Von Wiebke Janssen",
         "Emden. Das Land Niedersachsen finanziert den Ausbau der Kaje im Außenhafen. „Das ist ein guter Tag für Emden“, sagte Oberbürgermeister Jens Ubbens.",
         dict(authors=["Wiebke Janssen"], rel=False, quotes=[q("Jens Ubbens", "Oberbürgermeister")], note="Hafen- und Stadtnachricht der Heimat: nicht relevant.")),
        ("Niederlande und Deutschland einigen sich über Grenzverlauf im Dollart", d(2019, 11, 19, 18, 0, 0, 1), "Von Jan Hinrichs und Wiebke Janssen",
         "Berlin/Den Haag. Nach jahrzehntelangem Streit haben Deutschland und die Niederlande einen Vertrag über die Nutzung der Ems-Mündung unterzeichnet. Der niederländische Staatssekretär Pieter de Vries sprach von einem „pragmatischen Kompromiss unter Nachbarn“.\n\n„Der Vertrag regelt Schifffahrt, Windparks und Fischerei“, ergänzte er.",
         dict(authors=["Jan Hinrichs", "Wiebke Janssen"], quotes=[q("Pieter de Vries", "Niederlande")], note="Deutsch-niederländischer Vertrag: relevant. Zitat über zwei Absätze ('ergänzte er'). 'Der niederländische Staatssekretär' nennt den Staat mit seinem Adjektiv: Zugehörigkeit 'Niederlande' (Root-README, wie 'ministro degli Esteri egiziano' → 'Egitto'; Label korrigiert).")),
        ("Bildergalerie: Matjesfest am Ratsdelft", d(2019, 11, 18, 20, 0, 0, 1), "Fotos: Heiko Ulferts",
         "Die schönsten Bilder vom Fest. Fotos: Heiko Ulferts", dict(authors=[], story=False, rel=False, junk=["Fotos: Heiko Ulferts"], note="Galerie: keine Meldung. " + TL.format("Bildergalerie:"))),
        ("Hochwasser in Venedig: Emder Reisegruppe sitzt fest", d(2019, 11, 13, 15, 0, 0, 1), "Von Wiebke Janssen",
         "Venedig/Emden. Eine Reisegruppe aus Emden erlebt das Hochwasser in Venedig. „Das Wasser stand uns bis zu den Knien“, sagte Reiseleiterin Gesa Onken am Telefon.",
         dict(authors=["Wiebke Janssen"], rel=False, quotes=[q("Gesa Onken")], note="Ausländische Katastrophe nur über Einheimische erzählt: nicht relevant. 'Reiseleiterin' ohne Organisation: keine Zugehörigkeit.")),
        ("Handelsstreit: EU droht USA mit Gegenzöllen auf Autos", d(2019, 11, 12, 12, 0, 0, 1), "dpa",
         "Brüssel. Die EU-Kommission hat im Streit um Autozölle mit Gegenmaßnahmen gedroht. EU-Handelskommissarin Ingrid Vahlberg sagte: „Wir sind vorbereitet.“",
         dict(authors=[], quotes=[q("Ingrid Vahlberg", "EU-Kommission")], note="Agenturkürzel: []. Handelsstreit EU–USA: relevant.")),
    ]
    items, exp = _rows_plain(B, rows, lambda n, dd: f"{B}/nachrichten/welt/artikel/{301944 - n * 11}.html", datelang="en")
    head = (f"<title>Welt</title>\n<link>{B}/nachrichten/welt</link>\n<description>Nachrichten aus aller Welt</description>\n<language>de-DE</language>\n"
            f"<copyright>© Ems-Zeitung 2019</copyright>")
    return feed("de_ni_emszeitung_welt_section.rss.xml", plain_doc(head, items), exp, lang="de", outlet="Ems-Zeitung",
                structure="Emden (Ostfriesland) Tageszeitung, Redaktionssystem mit Rubrik-Titel 'Welt' (2019); Marke nur im copyright; 'Von A und B' als dc:creator, 'Ort.'-Spitzmarke, 'Fotos:'-Credit, Agenturkürzel.",
                notes="Home country: Germany.")


def schwerin():
    B = "https://www.schweriner-blatt.example"
    rows = [
        ("Ostsee-Pipeline: Dänemark genehmigt Reparatur vor Bornholm", d(2022, 10, 12, 13, 0, 0, 2), "Katrin Mahnke",
         "<p><strong>Kopenhagen/Schwerin</strong> – Die dänische Energiebehörde hat Reparaturarbeiten an der beschädigten Pipeline genehmigt. Die Landesregierung in Schwerin begrüßte die Entscheidung.</p><p>„Sicherheit in der Ostsee ist eine gemeinsame Aufgabe“, sagte Lars Nørgaard, Direktor der dänischen Energiebehörde.</p>",
         dict(authors=["Katrin Mahnke"], quotes=[q("Lars Nørgaard", "dänische Energiebehörde")], note="Internationale Energiesicherheit: relevant. Rolle nach dem Namen.")),
        ("Landtag debattiert über Energiehilfen für Mittelstand", d(2022, 10, 12, 9, 0, 0, 2), "Katrin Mahnke",
         "<p>Der Landtag hat über Hilfen für kleine Betriebe gestritten.</p>", dict(authors=["Katrin Mahnke"], rel=False, note="Landespolitik: nicht relevant.")),
        ("Liveblog: Krieg in der Ukraine – alle Entwicklungen", d(2022, 10, 11, 6, 0, 0, 2), "Redaktion",
         "<p>Alle Entwicklungen im Liveblog.</p>", dict(authors=[], story=False, rel=False, note="Liveblog: keine Meldung.")),
        ("Ukrainische Partnerstadt bittet Schwerin um Generatoren", d(2022, 10, 10, 17, 0, 0, 2), "Thomas Rieck und Katrin Mahnke",
         "<p>Die ukrainische Partnerstadt hat nach russischen Angriffen auf das Stromnetz um Hilfe gebeten. Die Ukrainische Botschaft in Berlin vermittelt den Transport.</p><p>„Jeder Generator rettet im Winter Leben“, so Oksana Hrytsenko, Bürgermeisterin der Partnerstadt.</p>",
         dict(authors=["Thomas Rieck", "Katrin Mahnke"], quotes=[q("Oksana Hrytsenko", "Bürgermeisterin")], note="Krieg und internationale Hilfe, Botschaft beteiligt: relevant. Zitat mit 'so Name, Rolle'.")),
        ("Gewinnspiel: Zwei Karten für das Staatstheater", d(2022, 10, 10, 8, 0, 0, 2), "Schweriner Blatt",
         "<p>Jetzt mitmachen!</p>", dict(authors=[], story=False, rel=False, note="Gewinnspiel: keine Meldung.")),
        ("Erdbeben in Indonesien: Zahl der Toten steigt auf 160", d(2022, 11, 22, 10, 0, 0, 1), "AFP/dpa",
         "<p>Nach dem Erdbeben auf Java ist die Zahl der Toten nach Behördenangaben auf 160 gestiegen.</p>", dict(authors=[], note="Katastrophe im Ausland: relevant.")),
    ]
    items, exp = [], []
    for n, (title, date, by, body, kw) in enumerate(rows):
        link = f"{B}/politik/welt/id-{38021994 - n * 301}.html"
        items.append(wp_item(title, link, link, date, [by], ["Welt"], body.split("</p>")[0].replace("<p>", ""), body, comments=False))
        exp.append(it(link, title, date, **kw))
    ch = wp_channel("Schweriner Blatt – Welt", B + "/politik/welt/", "Nachrichten aus Mecklenburg-Vorpommern und der Welt", "de-DE", d(2022, 11, 22, 10, 5, 0, 1), "https://wordpress.org/?v=6.0.3")
    return feed("de_mv_schwerinerblatt_welt_wp60.rss.xml", wp_doc(ch, items), exp, lang="de", outlet="Schweriner Blatt",
                structure="Schwerin (Landeshauptstadt Mecklenburg-Vorpommern) Tageszeitung, WordPress 6.0 (2022); Link als GUID, fette Ortsmarke, 'A und B', 'Redaktion', 'AFP/dpa', Liveblog, Gewinnspiel.",
                notes="Home country: Germany.")


def wilhelmshaven():
    B = "https://jade-anzeiger.example"
    rows = [
        ("Marine: Fregatte kehrt aus dem Roten Meer zurück", d(2024, 4, 20, 11, 0, 0, 2), "Hauke Eilers",
         "Wilhelmshaven. Die Fregatte „Hessen“ ist nach ihrem Einsatz zum Schutz von Handelsschiffen vor Angriffen der Huthi in ihren Heimathafen zurückgekehrt. „Die Besatzung hat Außergewöhnliches geleistet“, sagte Flottillenadmiral Henning Brandt, Kommandeur der Einsatzflottille 2.",
         dict(authors=["Hauke Eilers"], quotes=[q("Henning Brandt", "Einsatzflottille 2")], note="Auslandseinsatz der Marine (Rotes Meer): relevant, obwohl Heimkehr in der Heimatstadt.")),
        ("JadeWeserPort: Chinesische Reederei steigt ein", d(2024, 4, 19, 15, 0, 0, 2), "Hauke Eilers und Merle Tjaden",
         "Wilhelmshaven. Eine Reederei aus Shanghai übernimmt Anteile am Terminalbetreiber. Kritik kommt aus Berlin: Die Bundesregierung prüfe die Beteiligung, hieß es aus dem Wirtschaftsministerium.",
         dict(authors=["Hauke Eilers", "Merle Tjaden"], note="Chinesische Investition in kritische Infrastruktur, Prüfung durch die Bundesregierung: relevant. Keine namentlichen Zitate.")),
        ("Kommentar: Der Hafen braucht Partner, keine Abhängigkeit", d(2024, 4, 19, 18, 0, 0, 2), "Merle Tjaden",
         "Ein Kommentar von Merle Tjaden. Die Beteiligung einer Staatsreederei aus Shanghai mag Ladung und Arbeitsplätze bringen. Doch wer Anteile an Terminals nach Peking verkauft, macht den einzigen deutschen Tiefwasserhafen politisch erpressbar.", dict(authors=["Merle Tjaden"], junk=["Ein Kommentar von Merle Tjaden"], note="Kommentar ist eine Meldung; relevant. " + TL.format("Kommentar:"))),
        ("Deichbau in Hooksiel beginnt", d(2024, 4, 18, 9, 0, 0, 2), "Merle Tjaden", "Die Arbeiten am Deich beginnen im Mai.", dict(authors=["Merle Tjaden"], rel=False, note="Lokales: nicht relevant.")),
        ("Podcast „Jadegeflüster“: Folge 48", d(2024, 4, 17, 6, 0, 0, 2), "Jade-Anzeiger", "Die neue Folge ist online.", dict(authors=[], story=False, rel=False, note="Podcast: keine Meldung.")),
        ("Zwei Deutsche nach Bootsunglück vor Kreta vermisst", d(2024, 4, 16, 20, 0, 0, 2), "dpa",
         "Heraklion. Nach dem Kentern eines Ausflugsboots vor Kreta werden zwei deutsche Urlauber vermisst. Das Auswärtige Amt bestätigte den Fall. Die griechische Küstenwache sucht weiter; ein Sprecher sagte, die Chancen seien „gering“.",
         dict(authors=[], rel=False, note="Bootsunglück deutscher Urlauber, das Auswärtige Amt bestätigt nur den Fall: privates Unglück, nicht relevant (Regel C). Namenloser Sprecher: kein Zitat.")),
    ]
    ents, exp = [], []
    for n, (title, date, by, txt, kw) in enumerate(rows):
        eid = f"urn:uuid:6f1a{n:04d}-2b7c-4e11-9a0d-5c3e8f71b{n:03d}"
        auth = "".join(f"<author><name>{esc(a)}</name></author>" for a in by.split(" und "))
        ents.append(f'  <entry>\n    <id>{eid}</id>\n    <title>{esc(title)}</title>\n    <link rel="alternate" href="{B}/lokales/{n}"/>\n    <published>{date.isoformat()}</published>\n    <updated>{date.isoformat()}</updated>\n    {auth}\n    <summary>{esc(txt)}</summary>\n  </entry>')
        exp.append(it(eid, title, date, **kw))
    doc = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">\n  <title>Nachrichten</title>\n  <id>' + B + '/</id>\n  <updated>2024-04-20T11:00:00+02:00</updated>\n'
           '  <rights>© 2024 Jade-Anzeiger GmbH &amp; Co. KG</rights>\n' + "\n".join(ents) + "\n</feed>\n")
    return feed("de_ni_jadeanzeiger_nachrichten_uuid.atom.xml", doc, exp, lang="de", outlet="Jade-Anzeiger", shape="atom", ctype="application/atom+xml",
                structure="Wilhelmshaven Tageszeitung, Atom aus einem Headless-CMS (2024): urn:uuid-IDs, Titel nur 'Nachrichten', Marke nur in <rights>, ein <author> je Person, Kommentar mit Autorzeile im summary, Podcast.",
                notes="Home country: Germany.")


def livorno():
    B = "https://www.ilfanalelabronico.example"
    rows = [
        ("Migranti, la nave Ong attracca a Livorno con 68 persone", d(2023, 1, 14, 10, 0, 0, 1), "di Chiara Bientinesi",
         "LIVORNO. La nave di una Ong tedesca è arrivata al porto di Livorno con 68 migranti soccorsi nel Mediterraneo centrale. «Ci hanno assegnato un porto a mille chilometri dalla zona dei soccorsi», ha detto Mareike Vogt, portavoce dell'organizzazione SeaBridge.",
         dict(authors=["Chiara Bientinesi"], quotes=[q("Mareike Vogt", "SeaBridge")], note="Politica migratoria e Ong straniera: rilevante.")),
        ("Porto, la Darsena Europa ottiene il via libera", d(2023, 1, 13, 16, 0, 0, 1), "di Marco Lenzi",
         "LIVORNO. Approvato il progetto della nuova darsena. «Un passo storico», ha commentato il presidente dell'Autorità di sistema portuale, Stefano Bracci.",
         dict(authors=["Marco Lenzi"], rel=False, quotes=[q("Stefano Bracci", "Autorità di sistema portuale")], note="Notizia locale del porto: non rilevante.")),
        ("Turchia, il terremoto visto dai soccorritori toscani", d(2023, 2, 9, 12, 0, 0, 1), "di Chiara Bientinesi e Marco Lenzi",
         "ANTAKYA. I vigili del fuoco toscani partiti con la colonna mobile della Protezione civile scavano tra le macerie. «Abbiamo estratto due persone vive stamattina», racconta il caposquadra Andrea Pacini.\n\n«Qui è tutto distrutto», aggiunge.",
         dict(authors=["Chiara Bientinesi", "Marco Lenzi"], quotes=[q("Andrea Pacini")], note="Catastrofe all'estero con la missione ufficiale della Protezione civile italiana: rilevante. Caposquadra senza ente esplicito: nessuna affiliazione.")),
        ("Calcio, il Livorno vince il derby", d(2023, 1, 12, 22, 0, 0, 1), "Redazione", "Tre a uno al Picchi.", dict(authors=[], rel=False, note="Sport locale: non rilevante.")),
        ("FOTO | La mareggiata sul lungomare", d(2023, 1, 12, 9, 0, 0, 1), "Redazione", "Le immagini della mareggiata. Foto Novi", dict(authors=[], story=False, rel=False, junk=["Foto Novi"], note="Galleria: non è una notizia.")),
        ("Marittimo livornese detenuto in Libia, la Farnesina segue il caso", d(2023, 1, 11, 18, 0, 0, 1), "di Marco Lenzi",
         "LIVORNO. Un marittimo livornese è trattenuto a Bengasi da tre settimane. La Farnesina ha fatto sapere di seguire il caso «con la massima attenzione» attraverso il consolato.",
         dict(authors=["Marco Lenzi"], note="Caso consolare: rilevante. Nessun parlante nominato: nessuna citazione.")),
    ]
    items, exp = [], []
    for n, (title, date, by, desc, kw) in enumerate(rows):
        g = f"1.{42511877 - n * 93}"
        link = f"{B}/livorno/cronaca/{date:%Y/%m/%d}/news/{g}"
        items.append(f"<item>\n<title>{esc(title)}</title>\n<link>{link}</link>\n<guid isPermaLink=\"false\">{g}</guid>\n<author>{esc(by)}</author>\n<pubDate>{rfc822(date)}</pubDate>\n<description>{esc(desc)}</description>\n</item>")
        exp.append(it(g, title, date, **kw))
    head = f"<title>Il Fanale Labronico - Mondo</title>\n<link>{B}/mondo</link>\n<description>Il Fanale Labronico</description>\n<language>it</language>"
    return feed("it_li_fanalelabronico_mondo_polopoly.rss.xml", plain_doc(head, items), exp, lang="it", outlet="Il Fanale Labronico",
                structure="Livorno quotidiano, CMS in stile Polopoly (2023): guid '1.<id>', <author> 'di A e B', 'CITTÀ.' datelines, virgolette «», 'FOTO |', 'Redazione'.",
                notes="Home country: Italy.")


def reggio():
    B = "https://www.strettonews.example"
    rows = [
        ("Naufragio a Cutro, la Procura indaga sui soccorsi", d(2023, 3, 2, 12, 0, 0, 1), ["Antonio Morabito"],
         "<p>La Procura di Crotone ha aperto un fascicolo sui ritardi nei soccorsi. «Vogliamo la verità», ha detto un sopravvissuto afghano.</p>",
         dict(rel=False, quotes=[q("sopravvissuto afghano")], note="Naufragio sulle coste italiane: catastrofe in patria, non rilevante. Sopravvissuto anonimo: mostrato come lo descrive il testo ('un sopravvissuto afghano'), senza affiliazione.")),
        ("Il ministro degli Esteri greco a Reggio per il corridoio marittimo", d(2023, 3, 1, 17, 0, 0, 1), ["Antonio Morabito", "Giusy Laganà"],
         "<p>Il ministro degli Esteri greco Nikos Andreou ha firmato con il governo italiano un memorandum sul collegamento marittimo Reggio–Patrasso.</p><p>«Il Mediterraneo unisce, non divide», ha dichiarato Andreou.</p>",
         dict(quotes=[q("Nikos Andreou", "ministro degli Esteri greco")], note="Accordo bilaterale Italia–Grecia: rilevante. Riferimento successivo con il solo cognome.")),
        ("Ponte sullo Stretto, nuovo vertice in Regione", d(2023, 2, 28, 10, 0, 0, 1), ["Redazione"],
         "<p>Vertice sul progetto del ponte.</p>", dict(authors=[], rel=False, note="Politica regionale: non rilevante.")),
        ("Il punto della settimana: la newsletter di Stretto News", d(2023, 2, 27, 7, 0, 0, 1), ["Redazione"],
         "<p>Iscriviti alla newsletter.</p>", dict(authors=[], story=False, rel=False, note="Newsletter: non è una notizia.")),
        ("Tunisia, arrestati pescatori siciliani: tensione tra Roma e Tunisi", d(2023, 2, 26, 19, 0, 0, 1), ["Giusy Laganà"],
         "<p>La guardia costiera tunisina ha fermato un peschereccio di Mazara del Vallo. La Farnesina ha convocato l'ambasciatore tunisino. «Chiediamo il rilascio immediato», ha detto il sottosegretario agli Esteri, Gianluca Fiore.</p>",
         dict(quotes=[q("Gianluca Fiore", "Esteri")], note="Caso consolare e diplomatico Italia–Tunisia: rilevante. Affiliazione: il ministero degli Esteri ('sottosegretario agli Esteri').")),
        ("Alluvione in Libia, da Reggio partono aiuti della Caritas", d(2023, 9, 15, 11, 0, 0, 2), ["Antonio Morabito"],
         "<p>Un container di aiuti partirà dal porto di Gioia Tauro per Derna. «La solidarietà non ha confini», ha detto don Nino Scordo, direttore della Caritas diocesana.</p>",
         dict(quotes=[q("Nino Scordo", "Caritas diocesana")], note="Catastrofe all'estero e aiuti: rilevante.")),
    ]
    items, exp = [], []
    for n, (title, date, cr, body, kw) in enumerate(rows):
        pid = 203344 - n * 17
        link = f"{B}/{title.lower()[:20].replace(' ', '-').replace(',', '')}/"
        kw.setdefault("authors", cr)
        items.append(wp_item(title, link, f"{B}/?p={pid}", date, cr, ["Esteri"], body.split("</p>")[0].replace("<p>", "") + " […]", body))
        exp.append(it(f"{B}/?p={pid}", title, date, **kw))
    ch = wp_channel("Esteri – Stretto News", B + "/category/esteri/", "Notizie da Reggio Calabria", "it-IT", d(2023, 9, 15, 11, 5, 0, 2), "https://wordpress.org/?v=6.1.1")
    return feed("it_rc_strettonews_esteri_wp61.rss.xml", wp_doc(ch, items), exp, lang="it", outlet="Stretto News",
                structure="Reggio Calabria news site, WordPress 6.1 (2023): two dc:creator elements, 'Redazione', '?p=' guids, local disasters in Esteri.",
                notes="Home country: Italy.")


def santos():
    B = "https://www.diariodocais.example"
    rows = [
        ("Porto de Santos bate recorde de exportação de soja para a China", d(2021, 5, 12, 14, 0, 0, -3), "Da Redação",
         "Santos (SP) – O porto embarcou 7,2 milhões de toneladas de soja em abril, a maior parte para a China, informou a autoridade portuária.", dict(authors=[], note="Comércio exterior Brasil–China: relevante.")),
        ("Marinheiro santista preso na Espanha com cocaína no navio pede ajuda ao Itamaraty", d(2021, 5, 11, 17, 0, 0, -3), "Rafael Tavares",
         "Santos (SP) – A família de um marinheiro de Santos detido em Algeciras pede ajuda ao Itamaraty. “Ele não sabia de nada”, diz a mãe, Marlene Souza. O Ministério das Relações Exteriores informou que o consulado acompanha o caso.",
         dict(authors=["Rafael Tavares"], quotes=[q("Marlene Souza")], note="Caso consular: relevante.")),
        ("Vereadores aprovam nova tarifa de ônibus", d(2021, 5, 11, 10, 0, 0, -3), "Beatriz Leal", "A Câmara aprovou o reajuste.", dict(authors=["Beatriz Leal"], rel=False, note="Política municipal: não relevante.")),
        ("Argentina suspende exportação de carne; frigoríficos da Baixada avaliam impacto", d(2021, 5, 18, 16, 0, 0, -3), "Rafael Tavares e Beatriz Leal",
         "O governo argentino suspendeu por 30 dias as exportações de carne bovina. “É uma oportunidade para o Brasil ocupar mercado”, afirmou Otávio Prado, diretor da Associação Paulista de Exportadores de Carne.",
         dict(authors=["Rafael Tavares", "Beatriz Leal"], quotes=[q("Otávio Prado", "Associação Paulista de Exportadores de Carne")], note="Decisão de comércio exterior de país vizinho: relevante.")),
        ("Assine o Diário do Cais e ganhe 3 meses grátis", d(2021, 5, 10, 8, 0, 0, -3), "Diário do Cais", "Oferta por tempo limitado.", dict(authors=[], story=False, rel=False, note="Promoção: não é notícia.")),
        ("Ao vivo: acompanhe a CPI da Covid no Senado", d(2021, 5, 12, 9, 0, 0, -3), "Da Redação", "Acompanhe em tempo real.", dict(authors=[], story=False, rel=False, note="Página ao vivo: não é notícia.")),
    ]
    items, exp = _rows_plain(B, rows, lambda n, dd: f"https://www.diariodocais.example/noticia/{dd:%Y/%m}/{88120 - n}.html", creator_el=True)
    head = f"<title>Diário do Cais | Mundo</title>\n<link>{B}/mundo</link>\n<description>Notícias de Santos e do mundo</description>\n<language>pt-br</language>"
    return feed("pt_br_sp_diariodocais_mundo_java.rss.xml", plain_doc(head, items), exp, lang="pt", outlet="Diário do Cais",
                structure="Santos (SP) daily, custom Java CMS (2021): 'Da Redação', 'A e B', 'Cidade (UF) –' datelines, -0300 dates, subscription promo and live page.",
                notes="Home country: Brazil.")


def funchal():
    B = "https://www.atlanticomadeira.example"
    rows = [
        ("Venezuela: Governo Regional apoia madeirenses que regressam", d(2018, 3, 20, 12, 0, 0, 0), ["Sara Gouveia"],
         "<p>O secretário regional Duarte Figueira disse que 800 famílias regressaram da Venezuela este ano. “Não vamos deixar ninguém para trás”, afirmou.</p><p>O Ministério dos Negócios Estrangeiros reforçou o consulado em Caracas.</p>",
         dict(quotes=[q("Duarte Figueira", "secretário regional")], note="Comunidade portuguesa na Venezuela e reforço consular: relevante.")),
        ("Funchal recebe navio de cruzeiro com 4 mil passageiros", d(2018, 3, 19, 9, 0, 0, 0), ["Redação"], "<p>O maior navio do ano atracou no Funchal.</p>", dict(authors=[], rel=False, note="Notícia local: não relevante.")),
        ("Reino Unido e UE chegam a acordo sobre período de transição", d(2018, 3, 19, 18, 0, 0, 0), ["Lusa"],
         "<p>Bruxelas – O negociador da UE anunciou acordo. Para os madeirenses residentes no Reino Unido, nada muda até 2020.</p>", dict(authors=[], note="Brexit e direitos dos emigrantes: relevante. Agência: [].")),
        ("Opinião | O arquipélago e a Europa", d(2018, 3, 18, 10, 0, 0, 0), ["Tiago Freitas"], "<p>Crónica sobre o papel das regiões ultraperiféricas.</p>", dict(note="Opinião é notícia; relevante (UE). " + TL.format("Opinião |"))),
        ("Vídeo: o Carnaval em imagens", d(2018, 2, 14, 20, 0, 0, 0), ["Redação"], "<p>Veja o vídeo.</p>", dict(authors=[], story=False, rel=False, note="Vídeo: não é notícia.")),
        ("Naufrágio em Moçambique: dois portugueses entre as vítimas", d(2018, 3, 17, 15, 0, 0, 0), ["Sara Gouveia", "Lusa"],
         "<p>Dois portugueses morreram no naufrágio de um barco de pesca ao largo da Beira, confirmou o Ministério dos Negócios Estrangeiros. O secretário de Estado das Comunidades Portuguesas, Rui Meneses, disse que as famílias estão a ser acompanhadas.</p>",
         dict(authors=["Sara Gouveia"], note="Catástrofe no estrangeiro com portugueses: relevante. Discurso indireto: sem citação.")),
    ]
    items, exp = [], []
    for n, (title, date, cr, body, kw) in enumerate(rows):
        pid = 55120 - n * 9
        link = f"{B}/{pid}/"
        kw.setdefault("authors", cr)
        items.append(wp_item(title, link, f"{B}/?p={pid}", date, cr, ["Mundo"], body.split("</p>")[0].replace("<p>", "") + f" O artigo {title} aparece primeiro no Atlântico Madeira.", None))
        exp.append(it(f"{B}/?p={pid}", title, date, junk=["aparece primeiro no Atlântico Madeira"], **kw))
    ch = wp_channel("Mundo Arquivo - Atlântico Madeira", B + "/category/mundo/", "Jornal digital da Madeira", "pt-PT", d(2018, 3, 20, 12, 5, 0, 0), "https://wordpress.org/?v=4.9.4")
    return feed("pt_pt_ma_atlanticomadeira_mundo_wp49_yoast.rss.xml", wp_doc(ch, items), exp, lang="pt", outlet="Atlântico Madeira",
                structure="Funchal (Madeira) digital paper, WordPress 4.9 + Yoast (2018): 'Mundo Arquivo - Outlet' title, Portuguese Yoast footer 'O artigo … aparece primeiro no …', 'Lusa' as a second dc:creator, 'Opinião |'.",
                notes="Home country: Portugal.")


def gwadar():
    B = "https://www.gwadarnama.example"
    rows = [
        ("گوادر بندرگاہ سے عمان کے لیے نئی فیری سروس کا آغاز", d(2022, 8, 10, 14, 0, 0, 5), ["رپورٹ: نصیر بلوچ"],
         "<p>گوادر اور مسقط کے درمیان مسافر فیری سروس کا آغاز ہو گیا۔ عمان کے سفیر ڈاکٹر سالم الحارثی نے کہا: ”یہ دونوں ملکوں کے عوام کو قریب لائے گی۔“</p>",
         dict(authors=["نصیر بلوچ"], quotes=[q("سالم الحارثی", "عمان کے سفیر")], note="پاکستان–عمان تعلقات: متعلقہ۔")),
        ("ایران سرحد پر ماہی گیروں کی کشتیاں تحویل میں، دفتر خارجہ رابطے میں", d(2022, 8, 9, 18, 0, 0, 5), ["نصیر بلوچ", "شازیہ رند"],
         "<p>ایرانی کوسٹ گارڈ نے جیوانی کے قریب چار کشتیاں تحویل میں لے لیں۔ دفتر خارجہ کے ترجمان فیصل احمد خان نے ہفتہ وار بریفنگ میں کہا کہ ”ہم ایرانی حکام سے رابطے میں ہیں اور ماہی گیروں کی جلد رہائی کی توقع ہے۔“</p>",
         dict(authors=["نصیر بلوچ", "شازیہ رند"], quotes=[q("فیصل احمد خان", "دفتر خارجہ")], note="قونصلر معاملہ، پاکستان–ایران: متعلقہ۔")),
        ("گوادر میں پانی کی قلت، شہریوں کا احتجاج", d(2022, 8, 9, 10, 0, 0, 5), ["ویب ڈیسک"], "<p>شہریوں نے پانی کی قلت کے خلاف احتجاج کیا۔</p>", dict(authors=[], rel=False, note="مقامی خبر: غیر متعلقہ۔")),
        ("ویڈیو: گوادر کا ساحل بارش کے بعد", d(2022, 8, 8, 19, 0, 0, 5), ["ویب ڈیسک"], "<p>ویڈیو دیکھیں۔</p>", dict(authors=[], story=False, rel=False, note="ویڈیو: خبر نہیں۔")),
        ("افغانستان میں زلزلہ: پاکستان کی امدادی ٹیم روانہ", d(2022, 6, 23, 12, 0, 0, 5), ["ایجنسیاں"],
         "<p>پاکستان نے پکتیکا میں زلزلہ متاثرین کے لیے امدادی سامان روانہ کر دیا۔ تصاویر: اے ایف پی</p>", dict(authors=[], junk=["تصاویر: اے ایف پی"], note="بیرون ملک آفت اور پاکستانی امداد: متعلقہ۔")),
        ("سی پیک: چینی کمپنی کا گوادر میں نیا پلانٹ", d(2022, 8, 7, 11, 0, 0, 5), ["شازیہ رند"],
         "<p>ایک چینی کمپنی نے فری زون میں پلانٹ کا افتتاح کیا۔ ”یہ پاک چین دوستی کی علامت ہے“، گوادر پورٹ اتھارٹی کے چیئرمین جمیل زہری نے کہا۔</p>",
         dict(authors=["شازیہ رند"], quotes=[q("جمیل زہری", "گوادر پورٹ اتھارٹی")], note="سی پیک، پاکستان–چین: متعلقہ۔ اقتباس مقرر سے پہلے۔")),
    ]
    items, exp = [], []
    for n, (title, date, cr, body, kw) in enumerate(rows):
        pid = 9012 - n * 3
        link = f"{B}/{pid}/"
        items.append(wp_item(title, link, f"{B}/?p={pid}", date, cr, ["بین الاقوامی"], body.replace("<p>", "").replace("</p>", ""), body))
        exp.append(it(f"{B}/?p={pid}", title, date, **kw))
    ch = wp_channel("بین الاقوامی – گوادر نامہ", B + "/category/international/", "گوادر اور بلوچستان کی خبریں", "ur", d(2022, 8, 10, 14, 5, 0, 5), "https://wordpress.org/?v=6.0.1")
    return feed("ur_pk_gwadarnama_international_wp60.rss.xml", wp_doc(ch, items), exp, lang="ur", outlet="گوادر نامہ",
                structure="Gwadar (Balochistan) Urdu site, WordPress 6.0 (2022): 'رپورٹ: Name' creator, two dc:creator for co-authors, 'ویب ڈیسک' and 'ایجنسیاں', 'تصاویر:' credit, quotes in ”…“.",
                notes="Home country: Pakistan.")


def mirpur():
    B = "https://mirpurtimes.example"
    rows = [
        ("برطانیہ میں مقیم کشمیریوں کے لیے ویزا قواعد میں نرمی", d(2017, 10, 3, 13, 0, 0, 5), "محمد عارف",
         "برطانوی ہائی کمیشن نے میرپور سے برطانیہ جانے والوں کے لیے نئے قواعد کا اعلان کیا۔ ”درخواستوں کا فیصلہ پندرہ دن میں ہو گا“، ہائی کمیشن کی ترجمان سارہ ملز نے کہا۔",
         dict(authors=["محمد عارف"], quotes=[q("سارہ ملز", "ہائی کمیشن")], note="پاکستان–برطانیہ ویزا پالیسی: متعلقہ۔")),
        ("منگلا ڈیم میں پانی کی سطح بلند", d(2017, 10, 2, 10, 0, 0, 5), "نمائندہ خصوصی", "ڈیم میں پانی کی سطح میں اضافہ۔", dict(authors=[], rel=False, note="مقامی خبر: غیر متعلقہ۔")),
        ("سعودی عرب میں قید میرپوری شہری کی رہائی کے لیے اپیل", d(2017, 10, 1, 16, 0, 0, 5), "محمد عارف اور ثمینہ شاہ",
         "ریاض میں قید ایک شہری کے اہل خانہ نے حکومت سے اپیل کی۔ وزارت خارجہ نے کہا کہ سفارت خانہ رابطے میں ہے۔ ”ہمیں صرف انصاف چاہیے“، ان کے بھائی طارق محمود نے کہا۔",
         dict(authors=["محمد عارف", "ثمینہ شاہ"], quotes=[q("طارق محمود")], note="قونصلر معاملہ: متعلقہ۔")),
        ("کرکٹ: آزاد کشمیر لیگ کا فائنل آج", d(2017, 9, 30, 9, 0, 0, 5), "اسپورٹس ڈیسک", "فائنل میرپور میں کھیلا جائے گا۔", dict(authors=[], rel=False, note="کھیل: غیر متعلقہ۔")),
        ("میکسیکو زلزلہ: ہلاکتیں 300 سے تجاوز", d(2017, 9, 22, 8, 0, 0, 5), "ویب ڈیسک", "میکسیکو سٹی میں امدادی کارروائیاں جاری ہیں۔", dict(authors=[], note="بیرون ملک آفت: متعلقہ۔")),
        ("ہمارا واٹس ایپ چینل جوائن کریں", d(2017, 9, 21, 8, 0, 0, 5), "میرپور ٹائمز", "تازہ خبروں کے لیے۔", dict(authors=[], story=False, rel=False, note="پروموشن: خبر نہیں۔")),
    ]
    items, exp = [], []
    for n, (title, date, by, desc, kw) in enumerate(rows):
        g = f"{B}/news.php?id={7711 - n}"
        items.append(plain_item(title, g.replace("&", "&amp;"), g, date, desc, author=by))
        exp.append(it(g, title, date, **kw))
    head = f"<title>میرپور ٹائمز</title>\n<link>{B}/</link>\n<description>آزاد کشمیر کی آواز</description>\n<language>ur-PK</language>"
    return feed("ur_pk_ajk_mirpurtimes_latest_php.rss.xml", plain_doc(head, items), exp, lang="ur", outlet="میرپور ٹائمز",
                structure="Mirpur (Azad Kashmir) Urdu site, hand-written PHP feed (2017): Urdu names in <author> (not e-mail), 'A اور B', desk credits 'نمائندہ خصوصی', 'اسپورٹس ڈیسک', 'ویب ڈیسک'.",
                notes="Home country: Pakistan.")


FEEDS = [emden, schwerin, wilhelmshaven, livorno, reggio, santos, funchal, gwadar, mirpur]
