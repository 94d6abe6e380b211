# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu feeds of the seventeenth held-out set.
All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, esc, it, rfc822, rss
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2026, 12, day, h, mi, s, off)


def cd(s):
    return f"<![CDATA[{s}]]>"


# ---------------------------------------------------------------- Stuttgarter Zeitung-style
def neckarbote():
    rows, items = [], []
    o = 1

    def add(aid, slug, title, when, creator, desc, body, exp):
        url = f"https://www.neckarbote.de/inhalt.{slug}.{aid}.html"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        more = f' <a href="{url}">[mehr]</a>'
        rows.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{url}</link>\n  <guid isPermaLink=\"true\">{url}</guid>\n  <pubDate>{rfc822(when, lang='de')}</pubDate>\n  {cr}\n"
                    f"  <description>{esc(desc)}</description>\n  <content:encoded>{cd(body + more)}</content:encoded>\n</item>")
        items.append(exp(url))

    junk = ["[mehr]"]
    w = d(15, 18, 44, 0, o)
    add("a3f1c2d4-9b7e-4f10-8a21-6c5d0e7f1a22", "nato-gipfel-vorbereitung-aussenminister-in-den-haag", "Nato-Gipfel: Außenminister wirbt in Den Haag für Ukraine-Fonds", w, "Friederike Sautter",
        "Vor dem Treffen der Nato-Außenminister will Berlin einen gemeinsamen Fonds für Munitionskäufe durchsetzen",
        "<p>Vor dem Treffen der Nato-Außenminister will Berlin einen gemeinsamen Fonds durchsetzen.</p><ul><li>Volumen: 40 Milliarden Euro</li><li>Ungarn und die Slowakei bremsen</li></ul><p>„Wir dürfen keine Zeit verlieren“, sagte ein Diplomat.</p>",
        lambda k: it(k, "Nato-Gipfel: Außenminister wirbt in Den Haag für Ukraine-Fonds", w, ["Friederike Sautter"], junk=junk))
    w = d(15, 16, 10, 0, o)
    add("b7e2d3a1-1c4f-4e22-9b11-2d3e4f5a6b7c", "venezuela-wahl-opposition-boykott", "Venezuela: Opposition kündigt Boykott der Regionalwahlen an", w, "dpa/AFP",
        "Das Oppositionsbündnis wirft der Regierung Manipulation des Wahlregisters vor.",
        "<p>Das Oppositionsbündnis wirft der Regierung Manipulation vor.Die Wahl ist für März angesetzt</p>",
        lambda k: it(k, "Venezuela: Opposition kündigt Boykott der Regionalwahlen an", w, ["dpa", "AFP"], junk=junk, note="Agency pair as the only credit. [] is also correct"))
    w = d(15, 14, 0, 0, o)
    add("c1d2e3f4-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "vfb-stuttgart-verletzung-kapitaen", "VfB Stuttgart: Kapitän fällt wochenlang aus", w, "Thorsten Gehring",
        "Bitterer Rückschlag für den VfB vor dem Pokalspiel.",
        "<p>Bitterer Rückschlag für den VfB.</p>",
        lambda k: it(k, "VfB Stuttgart: Kapitän fällt wochenlang aus", w, ["Thorsten Gehring"], rel=False, junk=junk))
    w = d(15, 11, 30, 0, o)
    add("d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f7a", "stuttgart-21-eroeffnung-verschoben", "Stuttgart 21: Eröffnung erneut verschoben", w, None,
        "Die Bahn nennt keinen neuen Termin. Die Landesregierung reagiert verärgert.",
        "<p>Die Bahn nennt keinen neuen Termin.</p>",
        lambda k: it(k, "Stuttgart 21: Eröffnung erneut verschoben", w, [], rel=False, junk=junk))
    w = d(15, 9, 15, 0, o)
    add("e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b", "china-taiwan-manoever-analyse", "China und Taiwan: Warum Pekings Manöver diesmal anders sind", w, "Von unserem Korrespondenten Jonas Reinhardt, Peking",
        "Die Volksbefreiungsarmee übt erstmals eine Blockade der Häfen im Süden der Insel",
        "<p>Die Volksbefreiungsarmee übt erstmals eine Blockade.</p><p>Taiwans Verteidigungsministerium sprach von einer „gefährlichen Eskalation“.</p>",
        lambda k: it(k, "China und Taiwan: Warum Pekings Manöver diesmal anders sind", w, ["Jonas Reinhardt"], junk=junk, note="Credit 'Von unserem Korrespondenten Name, Stadt' holds one person."))
    w = d(14, 20, 0, 0, o)
    add("f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f7a8b9c", "gewinnspiel-adventskalender-tag-14", "Adventskalender: Heute gibt es zwei Musicaltickets zu gewinnen", w, None,
        "Machen Sie mit bei unserem Adventskalender-Gewinnspiel.",
        "<p>Teilnahmeschluss ist um Mitternacht.</p>",
        lambda k: it(k, "Adventskalender: Heute gibt es zwei Musicaltickets zu gewinnen", w, [], story=False, rel=False, junk=junk, note="Prize draw."))
    channel = ("<title>Politik - Neckarbote</title>\n<link>https://www.neckarbote.de/politik</link>\n<description>Nachrichten aus Politik und Weltgeschehen</description>\n<language>de</language>\n"
               "<copyright>Neckarbote Verlag GmbH &amp; Co. KG</copyright>")
    return feed("de_neckarbote_politik.rss.xml", rss(channel, rows, ns=NS_CONTENT + NS_DC), items, lang="de", outlet="Neckarbote",
                structure="Stuttgarter Zeitung-style section RSS: channel 'Ressort - Marke', 'inhalt.<slug>.<uuid>.html' links as permalink guids, pubDate with German day and month names, dc:creator with a name, 'dpa/AFP' or 'Von unserem Korrespondenten Name, Stadt', teaser without final stop, content:encoded with <ul> bullets, „…“ quotes, a missing space after a full stop and a trailing '[mehr]' link, Stuttgart 21 and VfB items, an Advent prize draw, GmbH & Co. KG copyright, +0100 dates")


# ---------------------------------------------------------------- Augsburger Allgemeine-style (inverted bylines)
def lechkurier():
    rows, items = [], []
    o = 1

    def add(aid, title, when, author, desc, exp):
        url = f"https://www.lechkurier.de/politik/{aid}.html"
        rows.append(f"<item><title>{cd(title)}</title><link>{url}</link><description>{cd(desc)}</description><author>{esc(author)}</author>"
                    f"<guid isPermaLink=\"false\">id-{aid}</guid><pubDate>{rfc822(when)}</pubDate><category>Politik</category></item>")
        items.append(exp(f"id-{aid}"))

    w = d(15, 17, 12, 0, o)
    add(110482217, "Frankreich: Präsident ernennt dritten Premier in einem Jahr", w, "Bernhard, K.",
        "<p>Paris steckt in der Dauerkrise</p><p>Der neue Regierungschef kommt aus dem Zentrum. Die Linke droht sofort mit einem Misstrauensantrag.</p>",
        lambda k: it(k, "Frankreich: Präsident ernennt dritten Premier in einem Jahr", w, ["K. Bernhard"], note="Inverted byline 'Surname, I.'. [\"Bernhard, K.\"] is also correct"))
    w = d(15, 15, 0, 0, o)
    add(110482101, "Staatskanzlei verlangt Grenzkontrollen auch an der Grenze zu Tschechien", w, "Weigl, A. und Huber, M.",
        "<p>Die bayerische Staatsregierung setzt die Bundesregierung unter Druck.</p>",
        lambda k: it(k, "Staatskanzlei verlangt Grenzkontrollen auch an der Grenze zu Tschechien", w, ["A. Weigl", "M. Huber"], rel=False, note="Two inverted bylines. Domestic (Bavarian) politics."))
    w = d(15, 12, 40, 0, o)
    add(110481990, "Gaza: Erste Hilfskonvois über neuen Korridor aus Zypern", w, "dpa",
        "<p>Die Lieferungen sollen über einen schwimmenden Pier kommen</p><ul><li>UN: Bedarf zehnmal höher</li></ul>",
        lambda k: it(k, "Gaza: Erste Hilfskonvois über neuen Korridor aus Zypern", w, ["dpa"], note="Agency as the only credit. [] is also correct"))
    w = d(15, 10, 5, 0, o)
    add(110481875, "FCA: Augsburg verliert Heimspiel gegen Mainz", w, "Rieger, T.",
        "<p>Drei Gegentore nach der Pause.</p>",
        lambda k: it(k, "FCA: Augsburg verliert Heimspiel gegen Mainz", w, ["T. Rieger"], rel=False))
    w = d(15, 8, 0, 0, o)
    add(110481802, "Newsblog: Der Ukraine-Krieg am Dienstag", w, "Redaktion",
        "<p>Alle Entwicklungen im Liveticker.</p>",
        lambda k: it(k, "Newsblog: Der Ukraine-Krieg am Dienstag", w, [], story=False, note="Live blog; desk credit."))
    w = d(14, 19, 30, 0, o)
    add(110481700, "Warum Indien auf russisches Öl nicht verzichten will", w, "Lindner, S. (Neu-Delhi)",
        "<p>Ein Besuch in Gujarat zeigt, wie abhängig die Raffinerien sind.Neu-Delhi sieht keinen Grund zum Umsteuern</p>",
        lambda k: it(k, "Warum Indien auf russisches Öl nicht verzichten will", w, ["S. Lindner"], note="Inverted byline with the place in brackets. [\"Lindner, S.\"] is also correct"))
    channel = (f"<title>Lechkurier: Politik</title><link>https://www.lechkurier.de/politik/</link><description>Politik-Nachrichten</description><language>de-de</language>"
               f"<copyright>Lechkurier Mediengruppe GmbH</copyright><pubDate>{rfc822(d(15, 17, 20, 0, o))}</pubDate>")
    return feed("de_lechkurier_politik.rss.xml", rss(channel, rows, sep=""), items, lang="de", outlet="Lechkurier",
                structure="Augsburger Allgemeine-style section RSS: single line, channel 'Marke: Ressort', CDATA titles and descriptions, <author> holding inverted bylines ('Surname, I.', 'A und B' inverted, with the place in brackets) or 'dpa' or 'Redaktion', 'id-<9 digits>' non-permalink guids, standfirst <p> without final stop and <ul>, a missing space after a full stop, a Bavarian politics item, a football result and a live blog, GmbH copyright, +0100 dates")


# ---------------------------------------------------------------- CH Media / Aargauer Zeitung-style (Swiss)
def limmatbote():
    rows, items = [], []
    o = 1

    def add(aid, path, title, when, desc, caption, exp):
        url = f"https://www.limmatbote.ch/{path}-ld.{aid}"
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"false\">ld.{aid}</guid>\n      <pubDate>{rfc822(when)}</pubDate>\n"
                    f"      <description>{esc(desc)}</description>\n      <media:content url=\"https://img.limmatbote.ch/{aid}.jpg\" medium=\"image\"><media:description>{esc(caption)}</media:description></media:content>\n    </item>")
        items.append(exp(f"ld.{aid}"))

    w = d(15, 18, 5, 0, o)
    add(2811455, "international/iran-gespraeche-in-genf-schweiz-vermittelt-erneut", "Iran-Gespräche: Die Schweiz vermittelt in Genf erneut", w,
        "Erstmals seit zwei Jahren sitzen Vertreter aus Washington und Teheran wieder am selben Tisch. Das EDA bestätigt das Treffen, schweigt aber zu den Inhalten.",
        "Das Hotel in Genf, in dem die Gespräche stattfinden. Bild: Keystone",
        lambda k: it(k, "Iran-Gespräche: Die Schweiz vermittelt in Genf erneut", w, [], junk=["Bild: Keystone"]))
    w = d(15, 15, 40, 0, o)
    add(2811390, "schweiz/bundesrat-verabschiedet-eu-vertraege", "Bundesrat verabschiedet EU-Verträge – jetzt ist das Parlament am Zug", w,
        "Das Paket umfasst die Personenfreizügigkeit und den Stromhandel. Die SVP kündigt das Referendum an.",
        "Bundesratssitzung in Bern. Bild: Peter Klaunzer",
        lambda k: it(k, "Bundesrat verabschiedet EU-Verträge – jetzt ist das Parlament am Zug", w, [], junk=["Bild: Peter Klaunzer"]))
    w = d(15, 13, 0, 0, o)
    add(2811322, "sport/ski-alpin-odermatt-gewinnt-in-val-d-isere", "Ski alpin: Schweizer Doppelsieg in Val d'Isère", w,
        "Die Schweizer Speedfahrer dominieren auch das zweite Rennen des Wochenendes.",
        "Jubel im Zielraum. Bild: AP",
        lambda k: it(k, "Ski alpin: Schweizer Doppelsieg in Val d'Isère", w, [], rel=False, junk=["Jubel im Zielraum"]))
    w = d(15, 11, 20, 0, o)
    add(2811250, "aargau/baden/weihnachtsmarkt-baden-rekordbesuch", "Baden: Weihnachtsmarkt meldet Besucherrekord", w,
        "Über 90'000 Personen strömten am Wochenende in die Altstadt.",
        "Gedränge in der Weiten Gasse. Bild: Sandra Ardizzone",
        lambda k: it(k, "Baden: Weihnachtsmarkt meldet Besucherrekord", w, [], rel=False, junk=["Gedränge in der Weiten Gasse"]))
    w = d(15, 9, 0, 0, o)
    add(2811201, "international/kommentar-europa-muss-sich-selbst-verteidigen", "Kommentar: Europa muss lernen, sich selbst zu verteidigen", w,
        "Die USA ziehen Truppen aus Osteuropa ab. Das ist kein Grund zur Panik, aber zur Eile. Ein Kommentar von Reto Ammann",
        "Amerikanische Soldaten in Polen. Bild: Keystone",
        lambda k: it(k, "Europa muss lernen, sich selbst zu verteidigen", w, ["Reto Ammann"], junk=["Ein Kommentar von Reto Ammann"], note="Byline only in the teaser. Title label 'Kommentar:' may be kept or dropped"))
    w = d(14, 18, 0, 0, o)
    add(2811140, "leben/rezept-der-woche-basler-brunsli", "Rezept der Woche: Basler Brunsli", w,
        "So gelingen die Klassiker aus Schokolade und Mandeln.",
        "Brunsli auf einem Backblech. Bild: zvg",
        lambda k: it(k, "Rezept der Woche: Basler Brunsli", w, [], story=False, rel=False, note="Recipe."))
    channel = ("    <title>International | Limmatbote</title>\n    <link>https://www.limmatbote.ch/international</link>\n    <description>Nachrichten aus aller Welt</description>\n    <language>de-CH</language>\n"
               "    <copyright>Limmatbote AG</copyright>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + NS_MEDIA + ">\n  <channel>\n" + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("de_ch_limmatbote_international.rss.xml", text, items, lang="de", outlet="Limmatbote",
                structure="CH Media (Aargauer Zeitung)-style section RSS: nested indentation, channel 'Ressort | Marke', no author element, 'ld.<7 digits>' non-permalink guids, Swiss spelling without ß and 90'000 thousands separators, media:description photo captions ending 'Bild: Credit', teaser ending 'Ein Kommentar von Name', 'Kommentar:' label, ski, city and recipe items, AG copyright, +0100 dates")


# ---------------------------------------------------------------- Il Mattino-style (Naples)
def golfonapoli():
    rows, items = [], []
    o = 1

    def add(aid, path, title, when, desc, exp):
        url = f"https://www.ilgolfo.it/{path}/{aid}.html"
        rows.append(f"<item><title>{cd(title)}</title><link>{url}</link><description>{cd(desc)}</description><pubDate>{rfc822(when, lang='it')}</pubDate><guid isPermaLink=\"true\">{url}</guid></item>")
        items.append(exp(url))

    w = d(15, 19, 2, 0, o)
    add("nato_vertice_italia_spese_difesa-9230114", "esteri", "Vertice Nato, l'Italia chiede di scorporare le spese per la difesa dal Patto di stabilità", w,
        "<p>La proposta sarà discussa a Bruxelles</p><p>di Giovanna Esposito</p><p>Il governo punta a un'intesa con Francia e Spagna.Il Tesoro frena</p>",
        lambda k: it(k, "Vertice Nato, l'Italia chiede di scorporare le spese per la difesa dal Patto di stabilità", w, ["Giovanna Esposito"], junk=["di Giovanna Esposito"], note="Byline 'di Name' in its own paragraph of the description."))
    w = d(15, 16, 30, 0, o)
    add("libano_unifil_militari_italiani_razzo-9230055", "esteri", "Libano, razzo vicino alla base Unifil: illesi i militari italiani", w,
        "<p>L'attacco nella notte a Shama. Il ministro: «Nessun ferito»</p>",
        lambda k: it(k, "Libano, razzo vicino alla base Unifil: illesi i militari italiani", w, []))
    w = d(15, 14, 0, 0, o)
    add("napoli_tecnico_formazione_champions-9229980", "sport/calcionapoli", "Napoli, il tecnico ritrova il centravanti per la Champions", w,
        "<p>Il tecnico recupera il bomber per la sfida di mercoledì</p>",
        lambda k: it(k, "Napoli, il tecnico ritrova il centravanti per la Champions", w, [], rel=False))
    w = d(15, 11, 45, 0, o)
    add("campi_flegrei_scossa_magnitudo-9229901", "napoli/cronaca", "Campi Flegrei, scossa di magnitudo 3.1 avvertita a Pozzuoli", w,
        "<p>Nessun danno segnalato. Scuole aperte</p>",
        lambda k: it(k, "Campi Flegrei, scossa di magnitudo 3.1 avvertita a Pozzuoli", w, [], rel=False))
    w = d(15, 9, 10, 0, o)
    add("oroscopo_oggi-9229850", "societa/oroscopo", "L'oroscopo di oggi, martedì 15 dicembre 2026", w,
        "<p>Le previsioni segno per segno</p>",
        lambda k: it(k, "L'oroscopo di oggi, martedì 15 dicembre 2026", w, [], story=False, rel=False, note="Horoscope."))
    w = d(14, 21, 15, 0, o)
    add("tunisia_migranti_accordo_ue_roma-9229777", "esteri", "Migranti, Roma e Tunisi firmano il nuovo accordo sui rimpatri", w,
        "<p>Intesa anche su formazione e visti di lavoro</p><ul><li>3 mila ingressi regolari l'anno</li><li>Fondi Ue per i pattugliatori</li></ul>",
        lambda k: it(k, "Migranti, Roma e Tunisi firmano il nuovo accordo sui rimpatri", w, []))
    channel = ("<title>Il Golfo - Esteri</title><link>https://www.ilgolfo.it/esteri/</link><description>Il Golfo - Notizie dal mondo</description><language>it</language>"
               "<copyright>Copyright © 2026 Il Golfo Editoriale S.p.A.</copyright>")
    return feed("it_ilgolfo_esteri.rss.xml", rss(channel, rows, sep=""), items, lang="it", outlet="Il Golfo",
                structure="Il Mattino-style (Caltagirone group) section RSS: single line, channel 'Testata - Sezione', CDATA titles 'Luogo, fatto' and CDATA <p> descriptions with a standfirst without final stop, the byline 'di Nome' as its own paragraph, <ul> bullets, «…» quotes and a missing space after a full stop, '<slug>-<7 digits>.html' permalink guids, pubDate with Italian day and month names, football, Campi Flegrei and horoscope items, S.p.A. copyright, +0100 dates")


# ---------------------------------------------------------------- Il Tirreno-style (Tuscany)
def sentinella():
    rows, items = [], []
    o = 1

    def add(aid, title, when, creator, desc, exp):
        url = f"https://www.lasentinella.it/mondo/2026/12/{when.day:02d}/news/{aid}"
        cr = f"<dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t{cr}\n\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t<guid isPermaLink=\"false\">{aid}</guid>\n"
                    f"\t\t<description>{esc(desc)}</description>\n\t</item>")
        items.append(exp(str(aid)))

    w = d(15, 18, 30, 0, o)
    add(14801221, "Ucraina, Kiev: «Pronti a una tregua sul Mar Nero se Mosca libera i porti»", w, "Marco Bellandi, inviato a Odessa",
        "<p>L'offerta arriva alla vigilia dei colloqui di Istanbul. <a href=\"https://www.lasentinella.it/mondo\">Leggi tutto</a></p>",
        lambda k: it(k, "Ucraina, Kiev: «Pronti a una tregua sul Mar Nero se Mosca libera i porti»", w, ["Marco Bellandi"], junk=["Leggi tutto"], note="Credit with role ', inviato a City'."))
    w = d(15, 15, 10, 0, o)
    add(14801190, "Livorno, la nave della marina americana attraccata al porto: proteste in Darsena", w, "Redazione",
        "<p>Presidio pacifista davanti alla Fortezza Vecchia. <a href=\"https://www.lasentinella.it/mondo\">Leggi tutto</a></p>",
        lambda k: it(k, "Livorno, la nave della marina americana attraccata al porto: proteste in Darsena", w, [], rel=False, junk=["Leggi tutto"], note="Local protest; desk credit."))
    w = d(15, 12, 20, 0, o)
    add(14801120, "Usa, la Corte Suprema blocca l'ordine sui dazi: «Serve il Congresso»", w, "Ansa",
        "<p>Decisione a maggioranza di sei a tre. <a href=\"https://www.lasentinella.it/mondo\">Leggi tutto</a></p>",
        lambda k: it(k, "Usa, la Corte Suprema blocca l'ordine sui dazi: «Serve il Congresso»", w, [], junk=["Leggi tutto"], note="Agency credit. [\"Ansa\"] is also correct"))
    w = d(15, 10, 0, 0, o)
    add(14801077, "Serie B, il Pisa frena a Bari: 1-1 al San Nicola", w, "Lorenzo Guidi",
        "<p>Pareggio nel recupero. <a href=\"https://www.lasentinella.it/mondo\">Leggi tutto</a></p>",
        lambda k: it(k, "Serie B, il Pisa frena a Bari: 1-1 al San Nicola", w, ["Lorenzo Guidi"], rel=False, junk=["Leggi tutto"]))
    w = d(15, 8, 0, 0, o)
    add(14801030, "Le foto del giorno dal mondo", w, None,
        "<p></p>",
        lambda k: it(k, "Le foto del giorno dal mondo", w, [], story=False, rel=False, note="Photo gallery, empty description."))
    w = d(14, 20, 45, 0, o)
    add(14800988, "Siria, a Damasco riapre l'ambasciata italiana dopo 14 anni", w, "Chiara Mazzei e Paolo Serni",
        "<p>Il ministro degli Esteri all'inaugurazione: «Un segnale al popolo siriano»</p>",
        lambda k: it(k, "Siria, a Damasco riapre l'ambasciata italiana dopo 14 anni", w, ["Chiara Mazzei", "Paolo Serni"]))
    channel = ("\t<title>La Sentinella » Mondo</title>\n\t<link>https://www.lasentinella.it/mondo</link>\n\t<description>Notizie dal mondo</description>\n\t<language>it-IT</language>\n"
               "\t<copyright>SAE Toscana S.p.A.</copyright>")
    return feed("it_lasentinella_mondo.rss.xml", rss(channel, rows, ns=NS_DC), items, lang="it", outlet="La Sentinella",
                structure="Il Tirreno-style (Tuscan regional) section RSS: tab indentation, channel 'Testata » Sezione', CDATA dc:creator holding 'Nome, inviato a Città', 'A e B', 'Redazione', 'Ansa' or nothing, numeric non-permalink guids, escaped <p> descriptions ending with a 'Leggi tutto' link, «…» quotes in titles, port protest, Serie B and photo gallery items, S.p.A. copyright, +0100 dates")


# ---------------------------------------------------------------- Metrópoles-style (Brasília, WordPress)
def planaltocentral():
    rows, items = [], []
    o = -3

    def add(pid, slug, title, when, creator, desc, exp):
        url = f"https://www.planaltocentral.com.br/mundo/{slug}"
        rows.append(f"<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<dc:creator>{cd(creator)}</dc:creator>\n\t\t<pubDate>{rfc822(when)}</pubDate>\n"
                    f"\t\t<guid isPermaLink=\"false\">https://www.planaltocentral.com.br/?p={pid}</guid>\n\t\t<description>{cd(desc)}</description>\n\t</item>")
        items.append(exp(f"https://www.planaltocentral.com.br/?p={pid}"))

    w = d(15, 18, 20, 0, o)
    add(2201455, "lula-e-milei-reatam-dialogo-em-cupula-do-mercosul", "Lula e Milei reatam diálogo em cúpula do Mercosul em Montevidéu", w, "Renata Albuquerque",
        "<p>Encontro bilateral durou 40 minutos</p><p>Os dois presidentes trataram de energia e do acordo com a União Europeia.O Itamaraty falou em &#8220;tom cordial&#8221;</p>",
        lambda k: it(k, "Lula e Milei reatam diálogo em cúpula do Mercosul em Montevidéu", w, ["Renata Albuquerque"]))
    w = d(15, 16, 0, 0, o)
    add(2201430, "venezuela-liberta-brasileiros-presos", "Venezuela liberta quatro brasileiros presos desde agosto", w, "Agência Brasil",
        "<p>Eles foram detidos na fronteira com Roraima.</p>",
        lambda k: it(k, "Venezuela liberta quatro brasileiros presos desde agosto", w, [], note="Agency credit. [\"Agência Brasil\"] is also correct"))
    w = d(15, 13, 30, 0, o)
    add(2201402, "flamengo-x-palmeiras-onde-assistir", "Flamengo x Palmeiras: onde assistir e escalações", w, "Redação",
        "<p>Partida decide o título do Brasileirão.</p>",
        lambda k: it(k, "Flamengo x Palmeiras: onde assistir e escalações", w, [], story=False, rel=False, note="'Where to watch' service post."))
    w = d(15, 11, 0, 0, o)
    add(2201377, "china-compra-recorde-soja-brasileira", "China compra volume recorde de soja brasileira em novembro", w, "Tiago Menezes, do Planalto Central",
        "<p>Embarques somaram 9,1 milhões de toneladas.</p>",
        lambda k: it(k, "China compra volume recorde de soja brasileira em novembro", w, ["Tiago Menezes"], note="Credit ', do Brand' is not part of the name."))
    w = d(15, 9, 40, 0, o)
    add(2201350, "df-chuva-alagamentos-asa-norte", "DF: chuva forte provoca alagamentos na Asa Norte", w, "Redação",
        "<p>Defesa Civil emitiu alerta laranja.</p>",
        lambda k: it(k, "DF: chuva forte provoca alagamentos na Asa Norte", w, [], rel=False))
    w = d(14, 22, 10, 0, o)
    add(2201311, "israel-ira-itamaraty-nota", "Itamaraty condena ataque e pede contenção a Israel e Irã", w, "Juliana Castro e Pedro Lins",
        "<p>Nota do governo brasileiro fala em &#8220;risco de escalada regional&#8221;</p>",
        lambda k: it(k, "Itamaraty condena ataque e pede contenção a Israel e Irã", w, ["Juliana Castro", "Pedro Lins"]))
    channel = ("\t<title>Mundo &#8211; Planalto Central</title>\n\t<atom:link href=\"https://www.planaltocentral.com.br/mundo/feed\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://www.planaltocentral.com.br</link>\n"
               f"\t<description>Notícias de Brasília e do mundo</description>\n\t<lastBuildDate>{rfc822(d(15, 18, 25, 0, o))}</lastBuildDate>\n\t<language>pt-BR</language>")
    return feed("pt_br_planaltocentral_mundo_wp.rss.xml", rss(channel, rows, ns=NS_DC + NS_ATOM), items, lang="pt", outlet="Planalto Central",
                structure="Metrópoles-style (Brasília) WordPress category feed: tab indentation, channel 'Seção &#8211; Marca', CDATA dc:creator holding a person, 'A e B', 'Nome, do Marca', 'Redação' or an agency, CDATA <p> descriptions with standfirst without final stop and a missing space after a full stop, &#8220; entities in CDATA, a 'where to watch' football post and a Federal District weather item, '?p=' guids, -0300 dates")


# ---------------------------------------------------------------- O País (Mozambique)-style
def vozdoindico():
    rows, items = [], []
    o = 2

    def add(nid, slug, title, when, desc, exp):
        url = f"https://www.vozdoindico.co.mz/{slug}/"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><pubDate>{rfc822(when, lang='pt-pt')}</pubDate><guid isPermaLink=\"false\">{nid}</guid><description>{esc(desc)}</description></item>")
        items.append(exp(str(nid)))

    w = d(15, 17, 30, 0, o)
    add(98412, "ruanda-retira-tropas-de-cabo-delgado", "Ruanda anuncia retirada parcial das tropas de Cabo Delgado", w,
        "<p>Kigali vai manter mil militares em Mocímboa da Praia</p><p>Texto: Albino Cossa</p>",
        lambda k: it(k, "Ruanda anuncia retirada parcial das tropas de Cabo Delgado", w, ["Albino Cossa"], junk=["Texto: Albino Cossa"], note="Byline 'Texto: Name' at the end of the description."))
    w = d(15, 15, 0, 0, o)
    add(98401, "sadc-cimeira-extraordinaria-maputo", "SADC convoca cimeira extraordinária em Maputo sobre a RDC", w,
        "<p>Os chefes de Estado reúnem-se na próxima semana. A situação em Goma continua tensa.</p>",
        lambda k: it(k, "SADC convoca cimeira extraordinária em Maputo sobre a RDC", w, []))
    w = d(15, 12, 10, 0, o)
    add(98390, "mocambola-sorteio-resultados", "Mocambola: resultados do sorteio desta terça-feira", w,
        "<p>Confira os números sorteados.</p>",
        lambda k: it(k, "Mocambola: resultados do sorteio desta terça-feira", w, [], story=False, rel=False, note="Lottery results."))
    w = d(15, 10, 0, 0, o)
    add(98377, "mambas-empatam-com-zambia", "Mambas empatam com a Zâmbia no Zimpeto", w,
        "<p>Um golo para cada lado.</p>",
        lambda k: it(k, "Mambas empatam com a Zâmbia no Zimpeto", w, [], rel=False))
    w = d(15, 8, 20, 0, o)
    add(98360, "portugal-linha-de-credito-mocambique", "Portugal abre linha de crédito de 500 milhões de euros a Moçambique", w,
        "<p>O acordo foi assinado em Lisboa pelos ministros das Finanças.Metade destina-se a infra-estruturas</p><p>Texto: Redacção</p>",
        lambda k: it(k, "Portugal abre linha de crédito de 500 milhões de euros a Moçambique", w, [], junk=["Texto: Redacção"]))
    w = d(14, 19, 0, 0, o)
    add(98341, "maputo-precos-do-pao-sobem", "Maputo: preço do pão sobe pela segunda vez este ano", w,
        "<p>Padarias citam o custo da farinha importada.</p>",
        lambda k: it(k, "Maputo: preço do pão sobe pela segunda vez este ano", w, [], rel=False))
    channel = (f"<title>Voz do Índico | Internacional</title><link>https://www.vozdoindico.co.mz</link><description>O jornal da nação</description><language>pt-MZ</language>"
               f"<copyright>© 2026 Voz do Índico, S.A.</copyright><lastBuildDate>{rfc822(d(15, 17, 35, 0, o), lang='pt-pt')}</lastBuildDate>")
    return feed("pt_mz_vozdoindico_internacional.rss.xml", rss(channel, rows, sep=""), items, lang="pt", outlet="Voz do Índico",
                structure="O País (Mozambique)-style RSS from a custom CMS: single line, channel 'Marca | Secção', no author element, the byline 'Texto: Nome' as the last <p> of the description, numeric non-permalink guids, pubDate with Portuguese day and month names ('Ter, 15 Dez 2026'), pre-reform spellings ('Redacção', 'infra-estruturas'), a lottery and a football result, S.A. copyright, +0200 dates")


# ---------------------------------------------------------------- Mashriq (Peshawar)-style Urdu
def mashriqain():
    rows, items = [], []
    o = 5

    def add(nid, title, when, author, desc, exp):
        url = f"https://www.mashriqain.com.pk/news/{nid}"
        au = f"<dc:creator>{esc(author)}</dc:creator>" if author else ""
        rows.append(f"<item>\n<title>{cd(title)}</title>\n<link>{url}</link>\n{au}\n<description>{cd(desc)}</description>\n<pubDate>{rfc822(when)}</pubDate>\n<guid isPermaLink=\"true\">{url}</guid>\n</item>")
        items.append(exp(url))

    w = d(15, 19, 10, 0, o)
    add(411280, "افغان طالبان سے مذاکرات کا نیا دور دوحہ میں شروع", w, "خصوصی نمائندہ",
        "<p>پاکستانی وفد سرحد پار حملوں کا معاملہ اٹھائے گا</p><p>دفتر خارجہ کے مطابق بات چیت دو روز جاری رہے گی۔طورخم سرحد بدستور بند ہے</p>",
        lambda k: it(k, "افغان طالبان سے مذاکرات کا نیا دور دوحہ میں شروع", w, [], note="Desk credit 'special correspondent' is not a person."))
    w = d(15, 16, 45, 0, o)
    add(411262, "ایران پاکستان گیس پائپ لائن: امریکی پابندیوں پر وضاحت طلب", w, "شاہد آفریدی",
        "<p>وزارت پٹرولیم نے واشنگٹن سے تحریری یقین دہانی مانگ لی۔</p>",
        lambda k: it(k, "ایران پاکستان گیس پائپ لائن: امریکی پابندیوں پر وضاحت طلب", w, ["شاہد آفریدی"]))
    w = d(15, 14, 0, 0, o)
    add(411240, "پشاور: بی آر ٹی کے کرایوں میں اضافہ", w, "اسٹاف رپورٹر",
        "<p>نئے کرائے یکم جنوری سے نافذ ہوں گے۔</p>",
        lambda k: it(k, "پشاور: بی آر ٹی کے کرایوں میں اضافہ", w, [], rel=False))
    w = d(15, 11, 30, 0, o)
    add(411221, "غزہ: جنگ بندی کے باوجود امداد کی ترسیل سست", w, "ایجنسیاں",
        "<p>اقوام متحدہ کے مطابق روزانہ صرف ۱۲۰ ٹرک داخل ہو رہے ہیں۔</p>",
        lambda k: it(k, "غزہ: جنگ بندی کے باوجود امداد کی ترسیل سست", w, [], note="'Agencies' credit is not a person."))
    w = d(15, 9, 0, 0, o)
    add(411205, "کرکٹ: پشاور زلمی نے نئے کپتان کا اعلان کر دیا", w, "اسپورٹس ڈیسک",
        "<p>اعلان فرنچائز کے مالک نے کیا۔</p>",
        lambda k: it(k, "کرکٹ: پشاور زلمی نے نئے کپتان کا اعلان کر دیا", w, [], rel=False))
    w = d(14, 23, 55, 0, o)
    add(411190, "آج کا دن کیسا رہے گا؟ ستاروں کی روشنی میں", w, "",
        "<p>حمل: آج کا دن خوشگوار رہے گا۔</p>",
        lambda k: it(k, "آج کا دن کیسا رہے گا؟ ستاروں کی روشنی میں", w, [], story=False, rel=False, note="Horoscope."))
    channel = ("<title>روزنامہ مشرقین - بین الاقوامی</title>\n<link>https://www.mashriqain.com.pk</link>\n<description>خیبر پختونخوا کا سب سے بڑا اخبار</description>\n<language>ur</language>\n"
               f"<lastBuildDate>{rfc822(d(15, 19, 15, 0, o))}</lastBuildDate>")
    return feed("ur_pk_mashriqain_international.rss.xml", rss(channel, rows, ns=NS_DC), items, lang="ur", outlet="روزنامہ مشرقین", aliases=["Mashriqain", "مشرقین"],
                structure="Mashriq (Peshawar)-style Urdu daily RSS: Urdu channel 'برانڈ - سیکشن', CDATA titles with Urdu colon kickers, dc:creator with Urdu desk credits ('خصوصی نمائندہ', 'اسٹاف رپورٹر', 'ایجنسیاں', 'اسپورٹس ڈیسک'), a person or empty, CDATA <p> descriptions with a standfirst without final stop and a missing space after '۔', Urdu digits, Afghan and Iran items beside city, cricket and a horoscope, numeric permalink guids, +0500 dates")


# ---------------------------------------------------------------- Munsif (Hyderabad)-style Urdu, WordPress
def deccanurdu():
    rows, items = [], []
    o = 5.5

    def add(pid, title, when, creator, desc, exp):
        url = f"https://www.deccanurdu.in/?p={pid}"
        more = f' <a href="https://www.deccanurdu.in/archives/{pid}">مزید پڑھیں&#8230;</a>'
        rows.append(f"<item><title>{esc(title)}</title><link>https://www.deccanurdu.in/archives/{pid}</link><dc:creator>{cd(creator)}</dc:creator><pubDate>{rfc822(when)}</pubDate>"
                    f"<category>{cd('بین الاقوامی')}</category><guid isPermaLink=\"false\">{url}</guid><description>{cd(desc + more)}</description></item>")
        items.append(exp(url))

    junk = ["مزید پڑھیں"]
    w = d(15, 20, 5, 0, o)
    add(305512, "سعودی عرب میں ہندوستانی کارکنوں کے لیے نیا ویزا نظام", w, "ایجنسیز",
        "ریاض: سعودی وزارت داخلہ نے غیر ملکی کارکنوں کے لیے ڈیجیٹل ویزا کا اعلان کیا ہے",
        lambda k: it(k, "سعودی عرب میں ہندوستانی کارکنوں کے لیے نیا ویزا نظام", w, [], junk=junk))
    w = d(15, 17, 20, 0, o)
    add(305498, "بنگلہ دیش میں انتخابات کی تاریخ کا اعلان", w, "محمد عارف الدین",
        "ڈھاکہ: الیکشن کمیشن نے فروری میں عام انتخابات کرانے کا اعلان کیا۔اپوزیشن نے خیرمقدم کیا",
        lambda k: it(k, "بنگلہ دیش میں انتخابات کی تاریخ کا اعلان", w, ["محمد عارف الدین"], junk=junk))
    w = d(15, 14, 40, 0, o)
    add(305480, "حیدرآباد: میٹرو ریل کا دوسرا مرحلہ منظور", w, "نمائندہ منصف",
        "حیدرآباد: ریاستی کابینہ نے پرانے شہر تک میٹرو کی توسیع کو منظوری دے دی",
        lambda k: it(k, "حیدرآباد: میٹرو ریل کا دوسرا مرحلہ منظور", w, [], rel=False, junk=junk))
    w = d(15, 12, 0, 0, o)
    add(305466, "ٹرمپ کا یوکرین امن منصوبہ: یورپی ممالک کے تحفظات", w, "ایجنسیز",
        "برسلز: یورپی یونین کے وزرائے خارجہ نے منصوبے کے کئی نکات پر اعتراض کیا",
        lambda k: it(k, "ٹرمپ کا یوکرین امن منصوبہ: یورپی ممالک کے تحفظات", w, [], junk=junk))
    w = d(15, 9, 30, 0, o)
    add(305450, "تصاویر: چارمینار پر سرد صبح", w, "فوٹو ڈیسک",
        "",
        lambda k: it(k, "تصاویر: چارمینار پر سرد صبح", w, [], story=False, rel=False, note="Photo gallery."))
    w = d(14, 21, 0, 0, o)
    add(305431, "غزہ میں امدادی کارکنوں پر حملے کی عالمی مذمت", w, "ایجنسیز",
        "اقوام متحدہ: سکریٹری جنرل نے واقعہ کی آزادانہ تحقیقات کا مطالبہ کیا",
        lambda k: it(k, "غزہ میں امدادی کارکنوں پر حملے کی عالمی مذمت", w, [], junk=junk))
    channel = (f"<title>بین الاقوامی &#8211; Deccan Urdu</title><atom:link href=\"https://www.deccanurdu.in/archives/category/international/feed\" rel=\"self\" type=\"application/rss+xml\" /><link>https://www.deccanurdu.in</link>"
               f"<description>روزنامہ دکن اردو</description><lastBuildDate>{rfc822(d(15, 20, 10, 0, o))}</lastBuildDate><language>ur</language>")
    return feed("ur_in_deccanurdu_international_wp.rss.xml", rss(channel, rows, ns=NS_DC + NS_ATOM, sep=""), items, lang="ur", outlet="Deccan Urdu", aliases=["دکن اردو", "روزنامہ دکن اردو"],
                structure="Munsif (Hyderabad)-style Urdu WordPress category feed: single line, channel 'Urdu category &#8211; Latin brand', '/archives/<id>' links with '?p=' guids, CDATA dc:creator holding 'ایجنسیز', desk credits ('نمائندہ …', 'فوٹو ڈیسک') or a person, plain excerpts opening with an Urdu city dateline 'شہر:' and ending 'مزید پڑھیں…' links, a missing space after '۔', a photo gallery with an empty excerpt, +0530 dates")


FEEDS = [neckarbote, lechkurier, limmatbote, golfonapoli, sentinella, planaltocentral, vozdoindico, mashriqain, deccanurdu]
