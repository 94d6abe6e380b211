# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German and Italian feeds of the forty-seventh held-out set: an Osnabrück daily on Stibo DX
CUE, a St. Pölten daily on Orchard Core, a Schaffhausen daily on Agility CMS, a Messina daily on
DatoCMS, a Brescia daily on Contentful (Atom). All outlets, people and quotations are invented."""
from h47 import cd, d, esc, feed, gmt, it, ordered, q, rfc822


# ---------------------------------------------------------------- Osnabrück daily on Stibo DX CUE (section feed)
def hasekurier():
    base = "https://www.hase-kurier.example"
    rows, items = [], []

    def add(aid, slug, title, when, creator, teaser, exp, img=None):
        link = f"{base}/ausland/{slug}-{aid}"
        cr = f"\n    <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        m = (f'\n    <media:thumbnail url="{base}/image/{aid}/16x9/960/540/{img[0]}/{slug[:20]}.jpg" width="960" height="540"/>'
             f'\n    <media:credit>{esc(img[1])}</media:credit>') if img else ""
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{link}</link>\n    <guid isPermaLink=\"false\">cue-article-{aid}</guid>\n    <pubDate>{rfc822(when)}</pubDate>{cr}"
                    f"\n    <description>{cd(teaser)}</description>{m}\n  </item>")
        items.append(exp(f"cue-article-{aid}"))

    w = d(2025, 11, 20, 17, 42, 0, 1)
    add("48213377", "sudan-bundesregierung-sagt-weitere-nothilfe-zu", "Sudan: Bundesregierung sagt weitere 120 Millionen Euro Nothilfe zu", w, "Von Jonas Riedel, Berlin",
        "<p>Die Bundesregierung stockt ihre humanitäre Hilfe für den Sudan um 120 Millionen Euro auf. Das Geld soll vor allem an Organisationen in Darfur und im Tschad fließen.</p>"
        "<p>„Die Lage in El Fascher ist die schlimmste, die wir in diesem Jahrzehnt gesehen haben“, sagte Katrin Albers, Sprecherin des Auswärtigen Amts.</p>"
        "<p><strong>Lesen Sie auch:</strong> Wie Osnabrücker Helfer im Tschad arbeiten</p>",
        lambda k: it(k, "Sudan: Bundesregierung sagt weitere 120 Millionen Euro Nothilfe zu", w, ["Jonas Riedel"], quotes=[q("Katrin Albers", "Auswärtigen Amts")],
                     junk=["Lesen Sie auch:", "Von Jonas Riedel"],
                     note="dc:creator 'Von Name, Berlin': the name alone. German humanitarian aid abroad: relevant."),
        img=("a7f3c2", "Foto: Marwan Ali/dpa"))
    w = d(2025, 11, 20, 9, 15, 0, 1)
    add("48210954", "niederlande-verlaengern-grenzkontrollen-zu-deutschland", "Niederlande verlängern Grenzkontrollen zu Deutschland bis Juni", w, "Von Lea Brinkmann und Jonas Riedel",
        "<p>Die Niederlande kontrollieren ihre Grenze zu Deutschland mindestens bis Ende Juni weiter. Pendler aus dem Osnabrücker Land klagen über Staus bei Bad Bentheim.</p>"
        "<p>„Für uns ist die Grenze seit dreißig Jahren unsichtbar gewesen, jetzt steht sie wieder im Weg“, sagte Henk Stegeman, Bürgermeister der Gemeinde Oldenzaal.</p>",
        lambda k: it(k, "Niederlande verlängern Grenzkontrollen zu Deutschland bis Juni", w, ["Lea Brinkmann", "Jonas Riedel"], quotes=[q("Henk Stegeman", "Gemeinde Oldenzaal")],
                     note="'Von A und B': two people. Border policy of a neighbouring state: relevant."))
    w = d(2025, 11, 19, 18, 30, 0, 1)
    add("48208816", "osnabrueck-hauptbahnhof-umbau-verzoegert-sich", "Osnabrücker Hauptbahnhof: Umbau verzögert sich bis 2028", w, "Von Lea Brinkmann",
        "<p>Der Umbau des Osnabrücker Hauptbahnhofs wird erst 2028 fertig, ein Jahr später als geplant.</p>",
        lambda k: it(k, "Osnabrücker Hauptbahnhof: Umbau verzögert sich bis 2028", w, ["Lea Brinkmann"], rel=False, note="Lokalnachricht: nicht relevant."))
    w = d(2025, 11, 19, 11, 5, 0, 1)
    add("48207120", "gaza-hilfskonvois-erreichen-den-norden", "Gaza: Erste Hilfskonvois seit Wochen erreichen den Norden", w, "dpa",
        "<p>Gaza/Tel Aviv (dpa) - Erstmals seit Wochen haben Lastwagen mit Lebensmitteln den Norden des Gazastreifens erreicht.</p>"
        "<p>„Das sind 40 Lastwagen für Hunderttausende Menschen“, sagte Yusuf Haddad vom Palästinensischen Roten Halbmond.</p>",
        lambda k: it(k, "Gaza: Erste Hilfskonvois seit Wochen erreichen den Norden", w, [], quotes=[q("Yusuf Haddad", "Palästinensischen Roten Halbmond")], junk=["(dpa) -"],
                     note="Agency credit only: [] expected. Nahost: relevant."))
    w = d(2025, 11, 18, 7, 0, 0, 1)
    add("48204433", "liveblog-ukraine-krieg", "Liveblog zum Krieg in der Ukraine: Alle Entwicklungen", w, "Hase-Kurier Nachrichtenteam",
        "<p>Die aktuellen Entwicklungen im Liveblog. Dieser Beitrag wird laufend aktualisiert.</p>",
        lambda k: it(k, "Liveblog zum Krieg in der Ukraine: Alle Entwicklungen", w, [], story=False, rel=False,
                     note="Ein Liveblog: keine Einzelmeldung; das Nachrichtenteam ist keine Person."))
    w = d(2025, 11, 17, 16, 0, 0, 1)
    add("48201987", "podcast-hase-talk-folge-112", "Hase-Talk, Folge 112: Wie sicher ist das Osnabrücker Land?", w, None,
        "<p>Jetzt reinhören - überall, wo es Podcasts gibt.</p>",
        lambda k: it(k, "Hase-Talk, Folge 112: Wie sicher ist das Osnabrücker Land?", w, [], story=False, rel=False, junk=["Jetzt reinhören"], note="Podcastfolge: keine Meldung."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">\n<channel>\n'
            f'  <title>Ausland | Hase-Kurier</title>\n  <link>{base}/ausland</link>\n  <description>Nachrichten aus aller Welt</description>\n  <language>de-DE</language>\n'
            f'  <lastBuildDate>{rfc822(d(2025, 11, 20, 17, 45, 0, 1))}</lastBuildDate>\n  <generator>CUE Front</generator>\n')
    text = head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("de_de_hasekurier_ausland_stibocue_2025.rss.xml", text, items, lang="de", outlet="Hase-Kurier",
                structure="Osnabrück daily's 'Ausland' section feed from Stibo DX CUE Front (November 2025): two-space indentation, channel 'Ausland | Brand', de-DE, generator 'CUE Front', links '/ausland/<slug>-<8-digit id>', 'cue-article-<id>' non-permalink guids, pubDate BEFORE dc:creator ('Von Name, Berlin', 'Von A und B', 'dpa', a newsroom team or absent), CDATA HTML teasers with „…“ quotes, a bold 'Lesen Sie auch:' line and a 'Ort (dpa) -' dateline, media:thumbnail with a separate media:credit 'Foto: Name/dpa', +0100 dates, a live blog and a podcast",
                notes="Home country Germany: Sudan aid, Dutch border checks and Gaza are relevant; Osnabrück's station is not.")


# ---------------------------------------------------------------- St. Pölten daily on Orchard Core (RSS module)
def traisen():
    base = "https://www.traisentaler.example"
    rows, items = [], []

    def add(cid, slug, title, when, desc, exp):
        link = f"{base}/ausland/{slug}"
        rows.append(f"<item><title>{esc(title)}</title><link>{link}</link><description>{esc(desc)}</description><pubDate>{gmt(when)}</pubDate>"
                    f"<guid isPermaLink=\"false\">{cid}</guid></item>")
        items.append(exp(cid))

    w = d(2026, 1, 21, 15, 20, 0, 1)
    add("4x7kq2m9r8bt3w6v1c5n0pzhsd", "bundesheer-stockt-eufor-kontingent-in-bosnien-auf", "Bundesheer stockt Kontingent für EU-Mission in Bosnien auf", w,
        "<p><em>Von Michaela Haslinger</em></p><p>Österreich schickt 80 zusätzliche Soldatinnen und Soldaten zur EU-Mission Althea nach Bosnien-Herzegowina.</p>"
        "<p>„Die Lage in der Republika Srpska ist so angespannt wie seit Jahren nicht“, sagte Oberst Gerald Wimmer, Sprecher des Verteidigungsministeriums.</p>",
        lambda k: it(k, "Bundesheer stockt Kontingent für EU-Mission in Bosnien auf", w, ["Michaela Haslinger"], quotes=[q("Gerald Wimmer", "Verteidigungsministeriums")],
                     junk=["Von Michaela Haslinger"],
                     note="Orchard Core's RSS has no author element: the byline is an italic first paragraph of the description ('Von Name'), the author; it is not summary text. The rank 'Oberst' is not part of the name. Austrian troops abroad: relevant. Dates in GMT, newsroom +0100."))
    w = d(2026, 1, 21, 8, 45, 0, 1)
    add("4x7kp8a1f3gd6h2j9k0l5m4nqr", "iaea-gouverneursrat-beraet-in-wien-ueber-iran", "Atomenergiebehörde berät in Wien über Inspektionen im Iran", w,
        "<p>Wien (APA) - Der Gouverneursrat der Internationalen Atomenergiebehörde (IAEA) ist am Mittwoch in der Wiener UNO-City zu einer Sondersitzung über den Zugang der Inspektoren im Iran zusammengetreten.</p>",
        lambda k: it(k, "Atomenergiebehörde berät in Wien über Inspektionen im Iran", w, [], junk=["(APA) -"], note="Nur Agenturkennung 'APA' im Text: [] expected. Relevant."))
    w = d(2026, 1, 20, 17, 0, 0, 1)
    add("4x7kn5s2t7uv0w1x3y8z6a9bcd", "landtag-beschliesst-budget-2026", "Landtag beschließt Budget 2026 mit Stimmen von ÖVP und FPÖ", w,
        "<p><em>Von Thomas Fuchs</em></p><p>Der niederösterreichische Landtag hat das Budget für 2026 beschlossen.</p>",
        lambda k: it(k, "Landtag beschließt Budget 2026 mit Stimmen von ÖVP und FPÖ", w, ["Thomas Fuchs"], rel=False, junk=["Von Thomas Fuchs"], note="Landespolitik: nicht relevant."))
    w = d(2026, 1, 20, 10, 10, 0, 1)
    add("4x7km2e4f6g8h0j1k3l5m7n9pq", "gewinnspiel-frequency-tickets", "Gewinnspiel: Zwei Festivalpässe für das Frequency gewinnen", w,
        "<p>Beantworten Sie unsere Gewinnfrage und gewinnen Sie zwei Festivalpässe. Teilnahmeschluss ist der 31. Jänner.</p>",
        lambda k: it(k, "Zwei Festivalpässe für das Frequency gewinnen", w, [], story=False, rel=False,
                     note="Gewinnspiel: keine Meldung. Title label 'Gewinnspiel:' may be kept or dropped"))
    w = d(2026, 1, 19, 14, 30, 0, 1)
    add("4x7kk9b1c3d5e7f9g1h3j5k7lm", "ukraine-oesterreich-nimmt-an-minenraeum-koalition-teil", "Ukraine: Österreich beteiligt sich an Minenräum-Koalition", w,
        "<p><em>Von Michaela Haslinger und Thomas Fuchs</em></p><p>Österreich tritt der internationalen Koalition zur Räumung von Minen in der Ukraine bei und stellt Spezialgeräte zur Verfügung.</p>"
        "<p>„Entminung ist mit unserer Neutralität vereinbar, sie rettet Bauern, nicht Armeen“, sagte Sabine Lechner, Völkerrechtlerin an der Universität Wien.</p>",
        lambda k: it(k, "Ukraine: Österreich beteiligt sich an Minenräum-Koalition", w, ["Michaela Haslinger", "Thomas Fuchs"], quotes=[q("Sabine Lechner", "Universität Wien")],
                     junk=["Von Michaela Haslinger"], note="Zwei Namen in der kursiven Zeile. Außenpolitik eines neutralen Staates: relevant."))
    w = d(2026, 1, 18, 19, 0, 0, 1)
    add("4x7kj6r8s0t2u4v6w8x0y2z4ab", "video-eistraum-am-rathausplatz", "Video: So voll war der Eistraum am Rathausplatz", w,
        '<p><iframe src="https://player.traisentaler.example/v/8821" allowfullscreen></iframe></p>',
        lambda k: it(k, "So voll war der Eistraum am Rathausplatz", w, [], story=False, rel=False,
                     note="Video: keine Meldung. Title label 'Video:' may be kept or dropped"))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Traisentaler Nachrichten - Ausland</title>'
            f'<link>{base}/ausland</link><description>Aktuelle Nachrichten aus dem Ausland</description>')
    text = head + "".join(rows) + "</channel></rss>"
    return feed("de_at_traisentaler_ausland_orchardcore_2026.rss.xml", text, items, lang="de", outlet="Traisentaler Nachrichten",
                structure="St. Pölten daily's 'Ausland' list from Orchard Core's RSS module (January 2026): one line, no trailing newline, no namespaces, no language, channel 'Brand - Ausland', items title/link/description/pubDate/guid, Orchard content-item ids (26 characters) as non-permalink guids, pubDate in GMT ('r' format; newsroom +0100), escaped HTML descriptions whose first paragraph is an italic 'Von Name' / 'Von A und B' byline (no author element), an '(APA) -' dateline, 'Jänner', a reader competition and a video iframe",
                notes="Home country Austria: EU missions, the IAEA meeting in Vienna and Ukraine demining are relevant; Landtag politics is not.")


# ---------------------------------------------------------------- Schaffhausen daily on Agility CMS (Swiss spelling, «» quotes)
def munot():
    base = "https://www.munot-zeitung.example"
    rows, items = [], []

    def add(cid, slug, title, when, author, lead, body, exp):
        link = f"{base}/international/{slug}"
        a = f"\r\n      <author>{esc(author)}</author>" if author else ""
        rows.append(f"    <item>\r\n      <guid isPermaLink=\"false\">agility-{cid}</guid>\r\n      <link>{link}</link>{a}\r\n      <title>{esc(title)}</title>"
                    f"\r\n      <description>{esc(lead)}</description>\r\n      <content:encoded>{esc(body)}</content:encoded>\r\n      <pubDate>{rfc822(when)}</pubDate>\r\n    </item>")
        items.append(exp(f"agility-{cid}"))

    w = d(2025, 9, 12, 16, 40, 0, 2)
    add(20931, "zollstreit-schaffhauser-exporteure-hoffen-auf-abkommen", "Zollstreit mit den USA: Schaffhauser Exporteure hoffen auf ein Abkommen", w, "Nadine Schwyn",
        "Seit August gelten 39 Prozent Zoll auf Schweizer Waren.",
        "<p>Seit Anfang August belasten die USA Schweizer Waren mit 39 Prozent Zoll. Die Maschinenbauer im Kanton spüren das bereits in den Auftragsbüchern.</p>"
        "<p>«Wir verlieren Aufträge an deutsche Konkurrenten, die nur 15 Prozent zahlen», sagte Reto Bührer, Präsident der Industrievereinigung Schaffhausen.</p>"
        "<p>Der Bundesrat verhandelt weiter mit Washington.</p>",
        lambda k: it(k, "Zollstreit mit den USA: Schaffhauser Exporteure hoffen auf ein Abkommen", w, ["Nadine Schwyn"], quotes=[q("Reto Bührer", "Industrievereinigung Schaffhausen")],
                     note="Handelsstreit der Schweiz mit den USA (real als Kulisse): relevant, trotz lokalem Aufhänger – es geht um Schweizer Aussenhandelspolitik."))
    w = d(2025, 9, 11, 10, 5, 0, 2)
    add(20917, "eu-vertraege-vernehmlassung-was-die-kantone-sagen", "EU-Verträge: Was die Kantone in der Vernehmlassung fordern", w, "Lukas Meister und Nadine Schwyn",
        "Die Kantone wollen beim Lohnschutz mitreden.",
        "<p>Die Kantone unterstützen das Vertragspaket mit der EU grundsätzlich, verlangen aber mehr Mitsprache beim Lohnschutz.</p>"
        "<p>«Die dynamische Rechtsübernahme ist kein Automatismus, das muss im Gesetz stehen», sagte Prof. Andrea Gisler, Europarechtlerin an der Universität Zürich.</p>",
        lambda k: it(k, "EU-Verträge: Was die Kantone in der Vernehmlassung fordern", w, ["Lukas Meister", "Nadine Schwyn"], quotes=[q("Andrea Gisler", "Universität Zürich")],
                     note="'A und B': zwei Personen. Der Titel 'Prof.' gehört nicht zum Namen. Beziehungen Schweiz-EU: relevant."))
    w = d(2025, 9, 10, 14, 0, 0, 2)
    add(20902, "rheinfall-rekord-besucher", "Rheinfall: Rekord bei den Besucherzahlen im August", w, "Lukas Meister",
        "Über 300'000 Besucherinnen und Besucher.",
        "<p>Noch nie kamen so viele Menschen im August an den Rheinfall: über 300'000.</p>",
        lambda k: it(k, "Rheinfall: Rekord bei den Besucherzahlen im August", w, ["Lukas Meister"], rel=False, note="Regionales: nicht relevant."))
    w = d(2025, 9, 9, 8, 30, 0, 2)
    add(20888, "deutschland-kontrolliert-grenze-bei-thayngen-weiter", "Deutschland kontrolliert Grenze bei Thayngen weiter", w, "sda",
        "Berlin verlängert die Binnengrenzkontrollen um sechs Monate.",
        "<p>Berlin (sda) Deutschland verlängert die Kontrollen an der Grenze zur Schweiz um weitere sechs Monate. Betroffen ist auch der Übergang Thayngen-Bietingen.</p>",
        lambda k: it(k, "Deutschland kontrolliert Grenze bei Thayngen weiter", w, [], junk=["(sda)"], note="Agenturkürzel 'sda': keine Person. Grenzpolitik des Nachbarlandes: relevant."))
    w = d(2025, 9, 28, 11, 0, 0, 2)
    add(20871, "ticker-abstimmungssonntag-28-september", "Ticker: Alle Resultate vom Abstimmungssonntag", w, None,
        "Die Resultate aus dem Kanton und der Schweiz laufend im Ticker.",
        "<p>11.00 Uhr - Die Urnen in der Stadt Schaffhausen sind geschlossen.</p>",
        lambda k: it(k, "Alle Resultate vom Abstimmungssonntag", w, [], story=False, rel=False,
                     note="Ein Ticker zur Schweizer Abstimmung: keine Meldung. Title label 'Ticker:' may be kept or dropped"))
    w = d(2025, 9, 6, 7, 0, 0, 2)
    add(20860, "newsletter-morgenpost", "Die MZ-Morgenpost: Jetzt kostenlos abonnieren", w, None,
        "Das Wichtigste aus Schaffhausen und der Welt, jeden Morgen um 6 Uhr.",
        "<p>Melden Sie sich jetzt an.</p>",
        lambda k: it(k, "Die MZ-Morgenpost: Jetzt kostenlos abonnieren", w, [], story=False, rel=False, note="Newsletter-Werbung: keine Meldung."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="utf-8"?>\r\n<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" version="2.0">\r\n  <channel>\r\n'
            f'    <title>International – Munot-Zeitung</title>\r\n    <link>{base}/international</link>\r\n    <description>Nachrichten aus aller Welt</description>\r\n    <language>de-CH</language>\r\n')
    text = head + "\r\n".join(rows) + "\r\n  </channel>\r\n</rss>"
    return feed("de_ch_munotzeitung_international_agility_2025.rss.xml", text, items, lang="de", outlet="Munot-Zeitung", aliases=["Munot Zeitung"],
                structure="Schaffhausen daily's 'International' feed from an Agility CMS RSS page module rendered by ASP.NET (September 2025, with a vote ticker from the 28th): CRLF line ends and no trailing newline, content namespace before version, channel 'International – Brand' (an en dash), de-CH (Swiss spelling without ß, 300'000), items in the order guid/link/author/title/description/content:encoded/pubDate, 'agility-<content id>' non-permalink guids, RSS <author> with plain names, 'A und B', 'sda' or absent, escaped content with «…» quotes and an 'Ort (sda)' dateline without dash, +0200 dates, a vote ticker and a newsletter promo",
                notes="Home country Switzerland: the US tariff dispute, the EU treaty package and German border checks are relevant; the Rhine Falls and the home vote ticker are not.")


# ---------------------------------------------------------------- Messina daily on DatoCMS (Astro front end)
def stretto():
    base = "https://www.gazzettadellostretto.example"
    rows, items = [], []

    def add(rid, slug, title, when, creator, abstract, exp, img=None):
        link = f"{base}/esteri/{slug}"
        cr = f"\n\t\t\t<dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        m = (f'\n\t\t\t<media:content url="https://www.datocms-assets.example/118877/{rid}-{slug[:18]}.jpg?auto=format&amp;fit=crop&amp;w=1200" medium="image">'
             f'\n\t\t\t\t<media:credit>{esc(img)}</media:credit>\n\t\t\t</media:content>') if img else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{cd(title)}</title>\n\t\t\t<link>{link}</link>\n\t\t\t<guid isPermaLink=\"false\">{rid}</guid>{cr}"
                    f"\n\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t\t<description>{cd(abstract)}</description>{m}\n\t\t</item>")
        items.append(exp(rid))

    w = d(2025, 11, 27, 18, 10, 0, 1)
    add("Cq3vT8pXRk2mB0aL7yNwEg", "libia-motovedette-accordo-guardia-costiera", "Migranti, nuove motovedette alla Libia: l'accordo firmato a Roma", w, "Francesca Arigò",
        "<p>L'Italia consegnerà altre sei motovedette alla Guardia costiera libica entro la primavera, secondo l'intesa firmata ieri a Roma.</p>"
        "<p>«Si delega il soccorso a chi non ha le garanzie per farlo», ha detto Giovanna Scuderi, responsabile per il Mediterraneo di Medici per i diritti umani.</p>"
        "<p><strong>Leggi anche:</strong> Sbarchi a Messina, i numeri del 2025</p>",
        lambda k: it(k, "Migranti, nuove motovedette alla Libia: l'accordo firmato a Roma", w, ["Francesca Arigò"], quotes=[q("Giovanna Scuderi", "Medici per i diritti umani")],
                     junk=["Leggi anche:"], note="Accordo Italia-Libia: relevant."),
        img="Foto Ansa")
    w = d(2025, 11, 27, 9, 0, 0, 1)
    add("Ft6kW1bYQo9nC4dH2sJzUa", "ponte-sullo-stretto-nuovo-esame-corte-dei-conti", "Ponte sullo Stretto, il progetto torna alla Corte dei conti", w, "Redazione",
        "<p>Il governo ha trasmesso di nuovo la delibera alla Corte dei conti.</p>",
        lambda k: it(k, "Ponte sullo Stretto, il progetto torna alla Corte dei conti", w, [], rel=False,
                     note="'Redazione' non è una persona. Politica interna e infrastrutture: non rilevante."))
    w = d(2025, 11, 26, 16, 35, 0, 1)
    add("Hb8mR5tVNc1xE7gK3pLqYi", "ucraina-tredicesimo-pacchetto-aiuti-italia", "Ucraina, via libera al tredicesimo pacchetto di aiuti militari italiani", w, "Davide Cannistrà",
        "<p>Il Consiglio dei ministri ha approvato il tredicesimo pacchetto di aiuti militari all'Ucraina, con sistemi di difesa aerea.</p>"
        "<p>«Il contenuto resta secretato, ma la direzione è chiara: protezione delle infrastrutture civili», ha spiegato Chiara Morabito, ricercatrice dell'Ispi.</p>",
        lambda k: it(k, "Ucraina, via libera al tredicesimo pacchetto di aiuti militari italiani", w, ["Davide Cannistrà"], quotes=[q("Chiara Morabito", "Ispi")], note="Politica estera italiana: relevant."))
    w = d(2025, 11, 25, 12, 0, 0, 1)
    add("Jd2pL9vZTe4yG6hN8rMwXo", "fotogallery-mareggiata-lungomare-ganzirri", "FOTO | La mareggiata sul lungomare di Ganzirri", w, None,
        "<p>Le immagini dei danni dopo la notte di maltempo.</p>",
        lambda k: it(k, "La mareggiata sul lungomare di Ganzirri", w, [], story=False, rel=False,
                     note="Fotogallery: non è una notizia. Title label 'FOTO |' may be kept or dropped"))
    w = d(2025, 11, 24, 19, 20, 0, 1)
    add("Kf5sN3wAUg7zI1jP4tOyVb", "pescherecci-mazara-sequestrati-bengasi", "Due pescherecci di Mazara sequestrati al largo di Bengasi", w, "Redazione Esteri",
        "<p>Due pescherecci di Mazara del Vallo sono stati sequestrati dalle autorità della Cirenaica a 40 miglia da Bengasi.</p>"
        "<p>La Farnesina ha attivato l'ambasciata a Tripoli e il consolato a Bengasi.</p>",
        lambda k: it(k, "Due pescherecci di Mazara sequestrati al largo di Bengasi", w, [],
                     note="Sequestro in acque contese e azione diplomatica della Farnesina: relevant. 'Redazione Esteri' non è una persona."))
    w = d(2025, 11, 23, 8, 0, 0, 1)
    add("Lh9tP6xBVi2aJ5kQ7uRzWc", "podcast-stretto-indispensabile-puntata-58", "Stretto indispensabile, puntata 58: chi paga il ponte?", w, "Gazzetta dello Stretto",
        "<p>Ascolta il podcast settimanale della redazione.</p>",
        lambda k: it(k, "Stretto indispensabile, puntata 58: chi paga il ponte?", w, [], story=False, rel=False, note="Podcast: non è una notizia."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">\n\t<channel>\n'
            f'\t\t<title>{cd("Esteri - Gazzetta dello Stretto")}</title>\n\t\t<link>{base}/esteri</link>\n\t\t<description>{cd("Le notizie dal mondo della Gazzetta dello Stretto")}</description>\n\t\t<language>it</language>\n'
            f'\t\t<lastBuildDate>{rfc822(d(2025, 11, 27, 18, 12, 0, 1))}</lastBuildDate>\n')
    text = head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("it_gazzettadellostretto_esteri_datocms_2025.rss.xml", text, items, lang="it", outlet="Gazzetta dello Stretto", aliases=["La Gazzetta dello Stretto"],
                structure="Messina daily's 'Esteri' feed on DatoCMS with an Astro endpoint (November 2025): tab indentation, CDATA channel title 'Esteri - Brand' and description, language 'it', DatoCMS record ids (22-character base64url) as non-permalink guids, CDATA titles, CDATA dc:creator (a reporter, 'Redazione', 'Redazione Esteri', the brand or absent) BEFORE pubDate, CDATA HTML abstracts with «…» quotes and a bold 'Leggi anche:', media:content from the DatoCMS imgix assets CDN with '&amp;w=1200' and media:credit 'Foto Ansa', +0100 dates, a 'FOTO |' gallery and a podcast",
                notes="Home country Italy: the Libya agreement, aid to Ukraine and fishing boats seized off Benghazi are relevant; the Strait bridge is not.")


# ---------------------------------------------------------------- Brescia daily on Contentful (Atom from a Next.js route)
def cidneo():
    base = "https://www.giornaledelcidneo.example"
    rows, items = [], []

    def add(eid, slug, title, when, authors, summary, body, exp, cat="Esteri"):
        link = f"{base}/{cat.lower()}/{slug}"
        au = "".join(f"<author><name>{esc(a)}</name></author>" for a in authors)
        rows.append(f"<entry><title type=\"html\">{esc(title)}</title><id>{base}/entry/{eid}</id><link href=\"{link}\"/><updated>{when.astimezone(__import__('datetime').UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z')}</updated>"
                    f"{au}<summary type=\"html\">{esc(summary)}</summary><content type=\"html\">{esc(body)}</content><category label=\"{cat}\" term=\"{cat.lower()}\"/></entry>")
        items.append(exp(f"{base}/entry/{eid}"))

    w = d(2026, 7, 8, 19, 5, 0, 2)
    add("5KsDBWseXY6QegucYAoacS", "nato-vertice-ankara-spesa-difesa-italia", "Nato, ad Ankara l'Italia promette il 2,5% per la difesa entro il 2028", w, ["Paolo Zanetti"],
        "Al vertice dell'Alleanza il governo presenta il piano di spesa.",
        "<p>All'apertura del vertice Nato di Ankara l'Italia ha presentato un piano per portare la spesa per la difesa al 2,5% del Pil entro il 2028.</p>"
        "<p>«È un impegno credibile solo se entra nella legge di bilancio d'autunno», ha detto il generale in congedo Marco Fenaroli, analista del Centro studi strategici di Brescia.</p>"
        "<p><em>© Riproduzione riservata</em></p>",
        lambda k: it(k, "Nato, ad Ankara l'Italia promette il 2,5% per la difesa entro il 2028", w, ["Paolo Zanetti"], quotes=[q("Marco Fenaroli", "Centro studi strategici di Brescia")],
                     junk=["Riproduzione riservata"], note="Il grado 'generale in congedo' non fa parte del nome. Vertice Nato (evento reale come sfondo): relevant."))
    w = d(2026, 7, 7, 11, 30, 0, 2)
    add("2hJqYkLm8NvP4xRt6WzA1b", "mercosur-agricoltori-bresciani-contro-accordo", "Mercosur, gli allevatori bresciani in piazza contro l'accordo Ue", w, ["Elena Bonomi", "Paolo Zanetti"],
        "Presidio davanti alla Prefettura.",
        "<p>Circa duecento allevatori hanno manifestato davanti alla Prefettura contro l'entrata in vigore provvisoria dell'accordo commerciale tra Ue e Mercosur.</p>"
        "<p>«Ci chiedono regole che in Brasile nessuno controlla», ha detto Giacomo Pedrali, presidente di Coldiretti Brescia.</p>",
        lambda k: it(k, "Mercosur, gli allevatori bresciani in piazza contro l'accordo Ue", w, ["Elena Bonomi", "Paolo Zanetti"], quotes=[q("Giacomo Pedrali", "Coldiretti Brescia")],
                     note="Due autori Atom. Accordo commerciale Ue-Mercosur: relevant (politica commerciale internazionale, anche con aggancio locale)."))
    w = d(2026, 7, 6, 17, 0, 0, 2)
    add("7cRtUvWx3YzA5bCd9EfGh2", "metro-concesio-via-libera-progetto", "Metro fino a Concesio, via libera al progetto definitivo", w, ["Elena Bonomi"],
        "Cantieri dal 2027.", "<p>Il Comune ha approvato il progetto definitivo del prolungamento della metropolitana fino a Concesio.</p>",
        lambda k: it(k, "Metro fino a Concesio, via libera al progetto definitivo", w, ["Elena Bonomi"], rel=False, note="Cronaca locale: non rilevante."), cat="Brescia")
    w = d(2026, 7, 5, 6, 0, 0, 2)
    add("9dSeFgHi4JkL6mNo8PqRs3", "oroscopo-settimana-6-12-luglio", "L'oroscopo della settimana dal 6 al 12 luglio", w, ["Redazione"],
        "Le previsioni segno per segno.", "<p>Ariete: settimana di scelte.</p>",
        lambda k: it(k, "L'oroscopo della settimana dal 6 al 12 luglio", w, [], story=False, rel=False, note="Oroscopo: non è una notizia."), cat="Rubriche")
    w = d(2026, 7, 4, 21, 15, 0, 2)
    add("1aBcDeFg2HiJ3kLm4NoPq5", "ue-patto-migrazione-asilo-cosa-cambia", "Patto Ue su migrazione e asilo, cosa cambia da oggi alle frontiere", w, [],
        "Le nuove procedure in vigore in tutti gli Stati membri.",
        "<p>(ANSA) - Sono entrate in vigore le nuove procedure del Patto europeo su migrazione e asilo, con controlli preliminari alle frontiere esterne.</p>",
        lambda k: it(k, "Patto Ue su migrazione e asilo, cosa cambia da oggi alle frontiere", w, [], junk=["(ANSA)"],
                     note="Nessun autore: []. Politica migratoria europea: relevant."))
    w = d(2026, 6, 19, 22, 0, 0, 2)
    add("3pQrStUv6WxY7zAb8CdEf9", "video-mille-miglia-passaggio-piazza-vittoria", "VIDEO | Mille Miglia, il passaggio in piazza della Vittoria", w, ["Redazione Web"],
        "Le auto storiche nel centro città.", '<p><video src="https://videos.ctfassets.example/mm2026.mp4" controls></video></p>',
        lambda k: it(k, "Mille Miglia, il passaggio in piazza della Vittoria", w, [], story=False, rel=False,
                     note="Video: non è una notizia. Title label 'VIDEO |' may be kept or dropped"), cat="Video")
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f'<id>{base}/</id><title>Giornale del Cidneo - Esteri</title><updated>2026-07-08T17:06:12.481Z</updated><generator>Feed for Node.js</generator>'
            f'<link rel="alternate" href="{base}/esteri"/><link rel="self" href="{base}/feed/esteri.atom"/><subtitle>Le notizie dal mondo</subtitle>')
    text = head + "".join(rows) + "</feed>"
    return feed("it_giornaledelcidneo_esteri_contentful_2026.atom.xml", text, items, lang="it", outlet="Giornale del Cidneo", aliases=["Il Giornale del Cidneo"],
                shape="atom", ctype="application/atom+xml; charset=utf-8",
                structure="Brescia daily's 'Esteri' Atom feed from Contentful entries rendered by a Next.js route (June-July 2026): the head on one line after the prolog, no xml:lang, title 'Brand - Esteri', millisecond UTC timestamps, entries with escaped title type=html, ids '<base>/entry/<Contentful entry id>', only <updated> (no <published>; newsroom +0200), one <author><name> per author (a reporter, two people, 'Redazione', 'Redazione Web' or none), html summary and content with «…» quotes, '(ANSA) -' and '© Riproduzione riservata', category label/term, sections mixed in (Brescia, Rubriche, Video): an horoscope and a 'VIDEO |' item",
                notes="Home country Italy: the NATO summit in Ankara, the EU-Mercosur agreement and the EU migration pact are relevant; the metro, the horoscope and the Mille Miglia video are not. Atom entries carry only <updated>: it is the item's date.")


FEEDS = [hasekurier, traisen, munot, stretto, cidneo]
