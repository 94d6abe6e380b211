# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German and Italian feeds of the forty-eighth held-out set: a Trier daily's NewsGate web
export, a Bregenz daily on Jahia, a Bamberg daily on Directus, a Brescia daily on October CMS
and a Taranto daily on Orchard Core. All outlets, people and quotations are invented."""
from h48 import cd, d, esc, feed, gmt, it, q, rfc822, utc0


# ---------------------------------------------------------------- Trier: CCI NewsGate web-channel export through XSLT (2013)
def moselbote():
    base = "http://www.trierer-moselbote.example"
    rows, items = [], []

    def add(oid, path, title, w, creator, body, exp, kicker=None):
        t = f"{kicker}: {title}" if kicker else title
        c = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item><title>{esc(t)}</title><link>{base}{path};art{oid}</link><description>{esc(body)}</description>{c}"
                    f"<pubDate>{rfc822(w)}</pubDate><guid isPermaLink=\"false\">NG-{oid}</guid></item>")
        items.append(exp(f"NG-{oid}"))

    w = d(2013, 10, 30, 18, 12, 0, 1)
    add(3619044, "/nachrichten/welt/luxemburg-koalition", "Dreierbündnis in Luxemburg nimmt Gestalt an", w, "Von Claudine Weber, Luxemburg",
        "<p><b>Luxemburg.</b> Zehn Tage nach der vorgezogenen Parlamentswahl haben Liberale, Sozialisten und Grüne in Luxemburg ihre Koalitionsgespräche aufgenommen. Die Christsozialen, seit 1979 ununterbrochen an der Regierung, müssten damit in die Opposition.</p>"
        "<p>„Für die Grenzpendler aus der Region Trier ändert sich zunächst wenig, für das Land selbst ist es eine Zäsur“, sagte Marc Theis, Politikwissenschaftler an der Universität Luxemburg.</p>"
        "<p>Rund 40 000 Menschen aus Rheinland-Pfalz arbeiten im Großherzogtum.</p>",
        lambda k: it(k, "Nach der Wahl: Dreierbündnis in Luxemburg nimmt Gestalt an", w, ["Claudine Weber"], quotes=[q("Marc Theis", "Universität Luxemburg")],
                     note="dc:creator 'Von Name, Ort': the person only. The CMS writes the kicker into the title; title label 'Nach der Wahl:' may be kept or dropped. Politics in the neighbouring state: relevant; the October 2013 election is the setting."),
        kicker="Nach der Wahl")
    w = d(2013, 10, 30, 11, 40, 0, 1)
    add(3618870, "/nachrichten/welt/nsa-abhoeraffaere-botschafter", "Abhöraffäre: Berlin schickt Geheimdienstchefs nach Washington", w, "dpa/AFP",
        "<p><b>Berlin.</b> Wegen der Abhöraffäre um den US-Geheimdienst NSA reisen die Präsidenten des Bundesnachrichtendienstes und des Verfassungsschutzes in dieser Woche nach Washington. Die Bundesregierung will dort über ein Abkommen sprechen, das gegenseitiges Ausspähen ausschließt.</p>"
        "<p>„Ein No-Spy-Abkommen ist kein Vertrag unter Freunden, sondern ein Eingeständnis, dass man keine mehr ist“, sagte Ulrike Brandstetter von der Stiftung Wissenschaft und Politik.</p>",
        lambda k: it(k, "Abhöraffäre: Berlin schickt Geheimdienstchefs nach Washington", w, [], quotes=[q("Ulrike Brandstetter", "Stiftung Wissenschaft und Politik")],
                     note="Agency credit 'dpa/AFP': not a person, []. The affair of autumn 2013 is the setting. German foreign relations: relevant."))
    w = d(2013, 10, 29, 16, 5, 0, 1)
    add(3618512, "/nachrichten/welt/lampedusa-eu-seenotrettung", "Nach Lampedusa: EU streitet über Seenotrettung", w, "Von Jens Hartmann und Petra Köhl",
        "<p><b>Brüssel/Rom.</b> Nach den Bootsunglücken vor Lampedusa mit mehr als 360 Toten streiten die EU-Staaten über eine gemeinsame Seenotrettung im Mittelmeer.</p>"
        "<p>Italien verlangt mehr Geld aus Brüssel; Deutschland lehnt eine Änderung der Dublin-Regeln ab.</p>"
        "<p><i>Mitarbeit: Anna Scholl</i></p>",
        lambda k: it(k, "Nach Lampedusa: EU streitet über Seenotrettung", w, ["Jens Hartmann", "Petra Köhl"], junk=["Mitarbeit: Anna Scholl"],
                     note="'Von A und B': two people. The italic 'Mitarbeit:' contributor line is not a byline. EU migration policy: relevant."))
    w = d(2013, 10, 29, 9, 0, 0, 1)
    add(3618390, "/region/trier/porta-nigra-geruest", "Porta Nigra bleibt bis Frühjahr eingerüstet", w, "Von Sabine Molitor",
        "<p><b>Trier.</b> Die Sanierung der Porta Nigra dauert länger als geplant. Das Gerüst an der Westseite bleibt bis zum Frühjahr stehen, teilte die Stadt mit.</p>",
        lambda k: it(k, "Porta Nigra bleibt bis Frühjahr eingerüstet", w, ["Sabine Molitor"], rel=False, note="Local news: a story, not relevant."))
    w = d(2013, 10, 28, 14, 0, 0, 1)
    add(3618201, "/region/bilder/weinfest-olewig", "Bildergalerie: Weinfest in Olewig", w, None,
        "<p>38 Bilder</p>",
        lambda k: it(k, "Bildergalerie: Weinfest in Olewig", w, [], story=False, rel=False, note="Gallery: not a story. Title label 'Bildergalerie:' may be kept or dropped."))
    w = d(2013, 10, 28, 8, 0, 0, 1)
    add(3618150, "/service/gewinnspiel-musical", "Gewinnspiel: Zweimal zwei Karten für „Cats“ in Luxemburg", w, None,
        "<p>Mitmachen und gewinnen! Teilnahmeschluss ist der 4. November.</p>",
        lambda k: it(k, "Gewinnspiel: Zweimal zwei Karten für „Cats“ in Luxemburg", w, [], story=False, rel=False, note="Reader competition: not a story."))
    head = (f"<title>Trierer Moselbote - Welt</title><link>{base}/nachrichten/welt</link><description>Nachrichten aus aller Welt</description><language>de-DE</language>"
            f"<copyright>Copyright 2013 Moselbote Medienhaus GmbH &amp; Co. KG</copyright><lastBuildDate>{rfc822(d(2013, 10, 30, 18, 15, 0, 1))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0"><channel>' + head + "".join(rows) + "</channel></rss>\n")
    return feed("de_de_trierermoselbote_welt_newsgate_2013.rss.xml", text, items, lang="de", outlet="Trierer Moselbote", aliases=["Moselbote"],
                ctype="text/xml; charset=UTF-8",
                structure="Trier daily's 'Welt' feed produced by an XSLT over CCI NewsGate's web-channel export (October 2013): prolog on its own line, then the whole document on one line, dc namespace before version, channel 'Brand - Welt', de-DE, copyright of the 'Medienhaus GmbH &amp; Co. KG', links '/<path>;art<object id>', guids 'NG-<object id>' (isPermaLink false), kickers written into the title ('Nach der Wahl: …', 'Bildergalerie: …', 'Gewinnspiel: …'), escaped HTML descriptions opening with a bold dateline 'Ort.', „…“ quotes, dc:creator AFTER the description ('Von Name, Ort', 'Von A und B', 'dpa/AFP' or absent), an italic 'Mitarbeit:' line, +0100 dates, a gallery and a reader competition",
                notes="Home country Germany (Trier borders Luxembourg).")


# ---------------------------------------------------------------- Bregenz: Jahia 7 RSS (2018)
def voabendblatt():
    base = "https://www.vorarlberger-abendblatt.example"
    rows, items = [], []

    def add(uuid, path, title, w, author, teaser, exp):
        a = f"\n      <author>{esc(author)}</author>" if author else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{base}/sites/vab/home/{path}.html</link>\n      <description>{cd(teaser)}</description>{a}\n"
                    f"      <pubDate>{utc0(w)}</pubDate>\n      <guid isPermaLink=\"false\">{uuid}</guid>\n      <dc:date>{w.isoformat(timespec='milliseconds')}</dc:date>\n    </item>")
        items.append(exp(uuid))

    w = d(2018, 10, 15, 7, 45, 0, 2)
    add("6e1c2b40-8a1f-4d3e-9b77-0c5f2a9d1e31", "welt/bayern-wahl-csu-verliert-absolute-mehrheit", "Bayern-Wahl: CSU verliert absolute Mehrheit", w, "redaktion@vorarlberger-abendblatt.example (Lukas Feuerstein)",
        "<p>Die CSU hat bei der Landtagswahl in Bayern die absolute Mehrheit deutlich verfehlt. Die Grünen wurden zweitstärkste Kraft.</p><p>„Für Vorarlberg ist Bayern der wichtigste Nachbar nach der Schweiz, da schaut man genau hin“, sagte Martina Dür, Politologin an der Universität Innsbruck.</p>",
        lambda k: it(k, "Bayern-Wahl: CSU verliert absolute Mehrheit", w, ["Lukas Feuerstein"], quotes=[q("Martina Dür", "Universität Innsbruck")],
                     note="RSS <author> 'e-mail (Name)': the person. The Bavarian state election of 14 October 2018 is the setting (a neighbouring country's region). Relevant."))
    w = d(2018, 10, 14, 16, 20, 0, 2)
    add("0b9f3e12-77c4-4b8a-a1d2-5e6f7a8b9c0d", "welt/brexit-gipfel-kein-durchbruch", "Brexit: Kein Durchbruch vor dem EU-Gipfel", w, "APA/dpa",
        "<p><strong>Brüssel</strong> – Die Gespräche über den britischen EU-Austritt sind am Sonntag ohne Einigung unterbrochen worden. Streitpunkt bleibt die Grenze auf der irischen Insel.</p><p>Österreich führt derzeit den Vorsitz im Rat der EU.</p>",
        lambda k: it(k, "Brexit: Kein Durchbruch vor dem EU-Gipfel", w, [],
                     note="Agency credit 'APA/dpa' in <author>: not a person, []. Brexit talks under Austria's EU presidency: relevant."))
    w = d(2018, 10, 13, 11, 0, 0, 2)
    add("7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f", "welt/schweiz-rahmenabkommen-lohnschutz", "Schweiz: Streit um Lohnschutz blockiert Rahmenabkommen mit der EU", w, "redaktion@vorarlberger-abendblatt.example (Mag. Sandra Bischof, St. Gallen)",
        "<p>Die Verhandlungen zwischen der Schweiz und der EU über ein institutionelles Rahmenabkommen stecken fest. Die Gewerkschaften lehnen jede Lockerung des Lohnschutzes ab.</p>"
        "<p>Rund 8000 Vorarlberger pendeln täglich in die Schweiz.</p>",
        lambda k: it(k, "Schweiz: Streit um Lohnschutz blockiert Rahmenabkommen mit der EU", w, ["Sandra Bischof"],
                     note="'Mag. Name, Ort' in the brackets: academic title and place are not part of the name. Swiss-EU relations: relevant."))
    w = d(2018, 10, 12, 18, 30, 0, 2)
    add("3a4b5c6d-7e8f-4091-a2b3-c4d5e6f70819", "vorarlberg/bregenz-seebuehne-rigoletto-abbau", "Seebühne: Abbau des „Rigoletto“-Kopfs beginnt", w, "redaktion@vorarlberger-abendblatt.example (Elias Moosbrugger)",
        "<p>Auf der Bregenzer Seebühne hat der Abbau des riesigen Clownkopfs begonnen. Im nächsten Sommer folgt ein neues Bühnenbild.</p>",
        lambda k: it(k, "Seebühne: Abbau des „Rigoletto“-Kopfs beginnt", w, ["Elias Moosbrugger"], rel=False, note="Local culture news: a story, not relevant."))
    w = d(2018, 10, 12, 6, 0, 0, 2)
    add("9d8c7b6a-5f4e-4d3c-b2a1-0f9e8d7c6b5a", "wetter/wetter-wochenende-foehn", "Wetter: Föhnsturm am Wochenende", w, None,
        "<p>Bis zu 120 km/h in den Bergen, 24 Grad in Bregenz.</p>",
        lambda k: it(k, "Wetter: Föhnsturm am Wochenende", w, [], story=False, rel=False, note="Weather forecast: not a story."))
    w = d(2018, 10, 11, 10, 0, 0, 2)
    add("1f2e3d4c-5b6a-4789-9a0b-1c2d3e4f5a6b", "leserreisen/leserreise-apulien", "Leserreise: Acht Tage Apulien im Frühling", w, None,
        "<p>Jetzt buchen: Flug ab Friedrichshafen, Halbpension, Reiseleitung.</p>",
        lambda k: it(k, "Leserreise: Acht Tage Apulien im Frühling", w, [], story=False, rel=False, note="Reader travel offer: not a story."))
    head = (f"    <title>Welt - Vorarlberger Abendblatt</title>\n    <link>{base}/sites/vab/home/welt.html</link>\n    <description>Welt - Vorarlberger Abendblatt</description>\n    <language>de</language>\n"
            f"    <copyright>Vorarlberger Abendblatt Zeitungs- und Verlags GmbH</copyright>\n    <generator>Jahia</generator>\n    <dc:date>2018-10-15T07:46:02.118+02:00</dc:date>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">\n  <channel>\n'
            + head + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n\n")
    return feed("de_at_vorarlbergerabendblatt_welt_jahia7_2018.rss.xml", text, items, lang="de", outlet="Vorarlberger Abendblatt",
                ctype="application/rss+xml;charset=UTF-8",
                structure="Bregenz daily's 'Welt' page feed from Jahia 7 (…/welt.rss, a ROME-rendered RSS 2.0, October 2018): a blank line after the prolog and two after </rss>, dc namespace only, channel 'Welt - Brand' repeated as description, language 'de', copyright of the 'Zeitungs- und Verlags GmbH', generator 'Jahia', channel dc:date with milliseconds, '/sites/vab/home/<path>.html' links, JCR node UUIDs as guids, CDATA HTML teasers, RSS <author> 'e-mail (Name)' with a person, 'Mag. Name, Ort' or the agency credit 'APA/dpa', pubDates in +0000 AND dc:date with +02:00 for the same instant, 'Brüssel –' datelines, „…“ quotes, a weather item and a reader travel offer",
                notes="Home country Austria (Vorarlberg borders Bavaria, Switzerland and Liechtenstein).")


# ---------------------------------------------------------------- Bamberg: Directus + Nuxt server route (2023)
def regnitz():
    base = "https://www.regnitz-kurier.example"
    rows, items = [], []

    def add(uid, slug, title, w, creator, lead, body, exp):
        c = f"\n<dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item>\n<title>{cd(title)}</title>\n<link>{base}/artikel/{slug}</link>\n<guid isPermaLink=\"false\">{uid}</guid>{c}\n<pubDate>{gmt(w)}</pubDate>\n"
                    f"<description>{cd(lead)}</description>\n<content:encoded>{cd(body)}</content:encoded>\n</item>")
        items.append(exp(uid))

    w = d(2023, 10, 16, 20, 10, 0, 2)
    add("c2f1a7e4-3b9d-4e52-8f06-1d2c3b4a5e6f", "polen-wahl-opposition-mehrheit", "Polen-Wahl: Opposition kommt auf Mehrheit im Sejm", w, "Katharina Dorsch, Warschau",
        "Nach acht Jahren könnte die nationalkonservative PiS die Macht in Warschau verlieren.",
        "<p>Nach acht Jahren könnte die nationalkonservative PiS die Macht in Warschau verlieren.</p><p>Nach Auszählung fast aller Stimmen kommen die drei Oppositionsbündnisse zusammen auf eine Mehrheit der Sitze im Sejm. Die Wahlbeteiligung lag bei rund 74 Prozent, so hoch wie nie seit 1989.</p>"
        "<p>„Das ist ein Signal an ganz Europa, dass eine Abwahl möglich ist, auch wenn die Medien einseitig sind“, sagte Tomasz Wróbel vom Zentrum für Osteuropastudien der Universität Bamberg.</p>"
        "<h3>Was bedeutet das für Deutschland?</h3><p>Berlin hofft auf ein Ende des Streits über Reparationsforderungen.</p>",
        lambda k: it(k, "Polen-Wahl: Opposition kommt auf Mehrheit im Sejm", w, ["Katharina Dorsch"], quotes=[q("Tomasz Wróbel", "Zentrum für Osteuropastudien der Universität Bamberg")],
                     note="Standfirst as description and again as the first paragraph of content:encoded (must not be repeated in the summary); a sub-heading inside the body. dc:creator 'Name, City': the person. The Polish election of 15 October 2023 is the setting. Relevant."))
    w = d(2023, 10, 16, 12, 30, 0, 2)
    add("a9e8d7c6-b5a4-4392-8170-6f5e4d3c2b1a", "nahost-evakuierung-deutsche-aus-israel", "Lufthansa-Sonderflüge holen weitere Deutsche aus Israel", w, "dpa",
        "Mehr als 3000 Menschen sind bisher ausgeflogen worden.",
        "<p>Mehr als 3000 Menschen sind bisher ausgeflogen worden.</p><p>Die Bundesregierung hat weitere Sonderflüge aus Tel Aviv organisiert. Das Auswärtige Amt rät von Reisen nach Israel und in die Palästinensischen Gebiete ab.</p>"
        "<div class=\"related\"><strong>Mehr zum Thema</strong><ul><li><a href=\"/artikel/nahost-liveblog\">Nahost-Krieg im Liveblog</a></li><li><a href=\"/artikel/bamberger-familie-in-haifa\">Bamberger Familie in Haifa: „Wir warten jeden Tag“</a></li></ul></div>",
        lambda k: it(k, "Lufthansa-Sonderflüge holen weitere Deutsche aus Israel", w, [], junk=["Mehr zum Thema", "Nahost-Krieg im Liveblog", "Bamberger Familie in Haifa"],
                     note="'dpa' only: []. A 'Mehr zum Thema' related-links box ends the body (its headlines are not the story, and the quotation marks in a linked headline are not a quote). Evacuation of citizens during the war in the Middle East: relevant."))
    w = d(2023, 10, 15, 17, 0, 0, 2)
    add("5d4c3b2a-1f0e-4d9c-8b7a-6e5f4d3c2b1a", "eu-migrationspakt-krisenverordnung", "EU-Staaten einigen sich auf Krisenverordnung", w, "Florian Hümmer und Lea Schraut mit dpa",
        "Der Weg für die Asylreform ist frei.",
        "<p>Der Weg für die Asylreform ist frei.</p><p>Die Botschafter der EU-Staaten haben sich auf die sogenannte Krisenverordnung geeinigt, das letzte fehlende Teil der Reform des Gemeinsamen Europäischen Asylsystems.</p>",
        lambda k: it(k, "EU-Staaten einigen sich auf Krisenverordnung", w, ["Florian Hümmer", "Lea Schraut"],
                     note="'A und B mit dpa': two people, the agency dropped. EU asylum reform: relevant."))
    w = d(2023, 10, 15, 9, 0, 0, 2)
    add("e1d2c3b4-a596-4877-9685-a4b3c2d1e0f9", "bamberg-kettenbruecke-sperrung", "Kettenbrücke wird ab November für Autos gesperrt", w, "Redaktion Bamberg",
        "Der Stadtrat hat die Sperrung beschlossen.",
        "<p>Der Stadtrat hat die Sperrung beschlossen.</p><p>Ab November dürfen über die Kettenbrücke nur noch Busse, Radfahrer und Fußgänger fahren.</p>",
        lambda k: it(k, "Kettenbrücke wird ab November für Autos gesperrt", w, [], rel=False, note="'Redaktion Bamberg' is a desk: []. Local news: a story, not relevant."))
    w = d(2023, 10, 14, 19, 0, 0, 2)
    add("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "nahost-liveblog", "Nahost-Krieg im Liveblog: Alle Entwicklungen", w, None,
        "Hier halten wir Sie auf dem Laufenden.",
        "<p>Hier halten wir Sie auf dem Laufenden.</p><p><em>Dieser Liveblog wird laufend aktualisiert.</em></p>",
        lambda k: it(k, "Nahost-Krieg im Liveblog: Alle Entwicklungen", w, [], story=False, rel=False, note="Live blog: not a story."))
    w = d(2023, 10, 14, 6, 0, 0, 2)
    add("9f8e7d6c-5b4a-4392-a1b0-c9d8e7f6a5b4", "podcast-domberg-funk-folge-88", "Domberg-Funk, Folge 88: Was wird aus dem Bamberger Schlachthof?", w, "Podcast-Team",
        "Unser Stadtpodcast, jeden Samstag neu.",
        "<p>Unser Stadtpodcast, jeden Samstag neu.</p><p><audio controls src=\"https://cdn.regnitz-kurier.example/podcast/88.mp3\"></audio></p>",
        lambda k: it(k, "Domberg-Funk, Folge 88: Was wird aus dem Bamberger Schlachthof?", w, [], story=False, rel=False, note="Podcast episode: not a story."))
    head = (f"<title>{cd('Regnitz-Kurier')}</title>\n<link>{base}</link>\n<description>{cd('Nachrichten aus Bamberg, Franken und der Welt')}</description>\n<language>de</language>\n"
            f"<lastBuildDate>{gmt(d(2023, 10, 16, 20, 12, 0, 2))}</lastBuildDate>\n<atom:link href=\"{base}/api/rss/politik\" rel=\"self\" type=\"application/rss+xml\"/>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>")
    return feed("de_de_regnitzkurier_politik_directus_nuxt_2023.rss.xml", text, items, lang="de", outlet="Regnitz-Kurier", aliases=["Regnitz Kurier"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Bamberg daily's politics feed from a Nuxt server route over Directus items (/api/rss/politik, October 2023): no indentation, no trailing newline, CDATA channel title (brand only) and description, language 'de', Directus UUIDs as non-permalink guids, CDATA dc:creator BEFORE pubDate ('Name, Ort', 'A und B mit dpa', 'dpa', 'Redaktion Bamberg', 'Podcast-Team' or absent), GMT pubDates (newsroom +0200), the lead as CDATA description and again as the first paragraph of content:encoded, an h3 sub-heading, a 'Mehr zum Thema' related-links box, a live blog and a podcast",
                notes="Home country Germany.")


# ---------------------------------------------------------------- Brescia: October CMS (RainLab.Blog + a feed partial) (2020)
def leonessa():
    base = "https://www.corrieredellaleonessa.example"
    rows, items = [], []

    def add(pid, slug, title, w, author, excerpt, content, exp):
        a = f"\n            <author>{esc(author)}</author>" if author else ""
        rows.append(f"        <item>\n            <title>{esc(title)}</title>\n            <link>{base}/notizie/{slug}</link>\n            <guid>{base}/notizie/{slug}</guid>\n"
                    f"            <pubDate>{rfc822(w)}</pubDate>{a}\n            <description>{esc(excerpt)}</description>\n            <content:encoded>{cd(content)}</content:encoded>\n        </item>")
        items.append(exp(f"{base}/notizie/{slug}"))

    w = d(2020, 11, 10, 13, 5, 0, 1)
    add(21870, "nagorno-karabakh-tregua-mosca", "Nagorno-Karabakh, firmata la tregua: truppe russe nel corridoio di Lachin", w, "esteri@corrieredellaleonessa.example (Giulia Bonomelli)",
        "Dopo sei settimane di combattimenti Armenia e Azerbaigian hanno firmato un cessate il fuoco mediato da Mosca.",
        "<p>Dopo sei settimane di combattimenti Armenia e Azerbaigian hanno firmato un cessate il fuoco mediato da Mosca. L'accordo prevede il dispiegamento di circa 2000 soldati russi lungo la linea del fronte e nel corridoio di Lachin.</p>"
        "<p>«È una pace dettata dai fatti sul terreno, non una soluzione», ha detto Paolo Gatta, ricercatore dell'Istituto per gli studi di politica internazionale.</p>"
        "<p>A Erevan migliaia di persone hanno protestato contro l'accordo.</p>",
        lambda k: it(k, "Nagorno-Karabakh, firmata la tregua: truppe russe nel corridoio di Lachin", w, ["Giulia Bonomelli"], quotes=[q("Paolo Gatta", "Istituto per gli studi di politica internazionale")],
                     note="RSS <author> 'e-mail (Nome)': the person. The excerpt is repeated as the body's first sentence. «…» quotes with the speaker after 'ha detto'. The November 2020 ceasefire is the setting. Relevant."))
    w = d(2020, 11, 9, 18, 40, 0, 1)
    add(21855, "usa-2020-reazioni-europa", "Usa 2020, l'Europa guarda a Washington: «Ricostruire l'alleanza»", w, "esteri@corrieredellaleonessa.example (Marco Pedrali e Chiara Zanetti)",
        "Dalle cancellerie europee messaggi di apertura dopo l'esito del voto americano.",
        "<p><strong>BRUXELLES</strong> – Dalle cancellerie europee arrivano messaggi di apertura dopo l'esito delle presidenziali americane.</p>"
        "<p>«Sul clima e sul commercio c'è un'agenda pronta da anni, aspettava solo un interlocutore», ha spiegato Elena Rovetta, docente di relazioni internazionali all'Università di Brescia.</p>"
        "<blockquote class=\"instagram-media\" data-instgrm-permalink=\"https://www.instagram.example/p/CHXa1\"><a href=\"https://www.instagram.example/p/CHXa1\">Visualizza questo post su Instagram</a></blockquote>",
        lambda k: it(k, "Usa 2020, l'Europa guarda a Washington: «Ricostruire l'alleanza»", w, ["Marco Pedrali", "Chiara Zanetti"], quotes=[q("Elena Rovetta", "Università di Brescia")],
                     junk=["Visualizza questo post su Instagram"],
                     note="Two reporters joined by 'e' in the author brackets. An Instagram embed blockquote ends the body. The quotation in the headline is not attributed in the title; the body quote is by Elena Rovetta. US election result of November 2020 as setting. Relevant."))
    w = d(2020, 11, 9, 10, 15, 0, 1)
    add(21840, "covid-europa-lockdown-francia-germania", "Covid, mezza Europa torna in lockdown: le misure paese per paese", w, "esteri@corrieredellaleonessa.example (Redazione Esteri)",
        "Dalla Francia all'Austria, le nuove restrizioni in vigore.",
        "<p>Dalla Francia all'Austria, le nuove restrizioni in vigore.</p><ul><li><strong>Francia</strong>: confinamento nazionale fino al 1° dicembre</li><li><strong>Germania</strong>: chiusi bar e ristoranti, scuole aperte</li><li><strong>Austria</strong>: coprifuoco dalle 20 alle 6</li></ul>",
        lambda k: it(k, "Covid, mezza Europa torna in lockdown: le misure paese per paese", w, [],
                     note="'Redazione Esteri' is a desk: []. A country-by-country list: list items must stay separate. European measures: relevant."))
    w = d(2020, 11, 8, 17, 0, 0, 1)
    add(21822, "brescia-zona-rossa-commercianti", "Brescia in zona rossa, i commercianti di corso Zanardelli: «Così chiudiamo per sempre»", w, "cronaca@corrieredellaleonessa.example (Andrea Ghidini)",
        "Negozi chiusi e strade vuote nel primo fine settimana di zona rossa.",
        "<p>Negozi chiusi e strade vuote nel primo fine settimana di zona rossa.</p><p>«Così chiudiamo per sempre», ha detto Franca Lonati, titolare di un negozio di scarpe in corso Zanardelli.</p>",
        lambda k: it(k, "Brescia in zona rossa, i commercianti di corso Zanardelli: «Così chiudiamo per sempre»", w, ["Andrea Ghidini"], rel=False, quotes=[q("Franca Lonati")],
                     note="Local news: a story, not relevant. The speaker is a shop owner; 'titolare di un negozio' is a role, no organisation to show."))
    w = d(2020, 11, 8, 9, 0, 0, 1)
    add(21815, "oroscopo-settimana-9-15-novembre", "L'oroscopo della settimana dal 9 al 15 novembre", w, None,
        "Ariete, Toro, Gemelli: ecco cosa dicono le stelle.",
        "<p>Ariete, Toro, Gemelli: ecco cosa dicono le stelle.</p>",
        lambda k: it(k, "L'oroscopo della settimana dal 9 al 15 novembre", w, [], story=False, rel=False, note="Horoscope: not a story."))
    w = d(2020, 11, 7, 20, 0, 0, 1)
    add(21808, "fotogallery-brescia-deserta", "FOTO | Brescia deserta nel primo sabato di zona rossa", w, None,
        "Le immagini del centro storico.",
        "<p>Le immagini del centro storico.</p><p><img src=\"https://www.corrieredellaleonessa.example/storage/app/media/brescia-deserta-1.jpg\" /></p>",
        lambda k: it(k, "FOTO | Brescia deserta nel primo sabato di zona rossa", w, [], story=False, rel=False, note="Photo gallery: not a story. Title label 'FOTO |' may be kept or dropped."))
    head = (f"        <title>Esteri | Corriere della Leonessa</title>\n        <link>{base}/esteri</link>\n        <description>Le notizie dal mondo del quotidiano di Brescia</description>\n        <language>it-it</language>\n"
            f"        <copyright>© 2020 Leonessa Editoriale S.r.l. - P.IVA 03518770987</copyright>\n        <atom:link href=\"{base}/feed/esteri\" rel=\"self\" type=\"application/rss+xml\" />")
    text = ('<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n    <channel>\n'
            + head + "\n" + "\n".join(rows) + "\n    </channel>\n</rss>\n")
    return feed("it_corrieredellaleonessa_esteri_octobercms_2020.rss.xml", text, items, lang="it", outlet="Corriere della Leonessa",
                ctype="application/rss+xml; charset=UTF-8",
                structure="Brescia daily's 'Esteri' feed from an October CMS page with a RainLab.Blog feed partial (/feed/esteri, November 2020): four-space indentation, '<?xml … ?>' with a space before '?>', channel 'Esteri | Brand', it-it, copyright '© 2020 Leonessa Editoriale S.r.l. - P.IVA …', the link as guid, RSS <author> as 'e-mail (Nome)' (one person, 'A e B', 'Redazione Esteri'), escaped excerpt as description and CDATA content:encoded repeating it, «…» quotes after 'ha detto'/'ha spiegato', upper-case dateline with an en dash, an Instagram embed, a country list, +0100 dates, a horoscope and a 'FOTO |' gallery",
                notes="Home country Italy (a Covid lockdown abroad is world news; Brescia's own red zone is home news).")


# ---------------------------------------------------------------- Taranto: Orchard Core syndication (2022)
def duemari():
    base = "https://www.gazzettadeiduemari.example"
    rows, items = [], []

    def add(cid, slug, title, w, author, desc, exp):
        a = f"\n      <dc:creator>{esc(author)}</dc:creator>" if author else ""
        rows.append(f"    <item>\n      <guid isPermaLink=\"false\">{cid}</guid>\n      <title>{esc(title)}</title>\n      <link>{base}/mondo/{slug}</link>\n"
                    f"      <description>{esc(desc)}</description>{a}\n      <pubDate>{rfc822(w)}</pubDate>\n    </item>")
        items.append(exp(cid))

    w = d(2022, 2, 26, 19, 30, 0, 1)
    add("4h2k7m9p3r5t8v1w6y0z2b4d6f", "ucraina-italiani-in-fuga-confine-polonia", "Ucraina, gli italiani in fuga al confine con la Polonia: «Dodici ore di coda»", w, "Di Vito Caramia, inviato a Medyka",
        "<p>MEDYKA (Polonia) – Al valico di Medyka la coda di auto supera i 20 chilometri. Tra chi fugge dall'Ucraina ci sono decine di italiani, molti pugliesi che lavoravano a Leopoli.</p>"
        "<p>«Abbiamo fatto dodici ore di coda con due bambini e un cane», ha raccontato Rosanna De Florio, originaria di Martina Franca.</p>"
        "<p>La Farnesina ha allestito un punto di assistenza al confine.</p>",
        lambda k: it(k, "Ucraina, gli italiani in fuga al confine con la Polonia: «Dodici ore di coda»", w, ["Vito Caramia"], quotes=[q("Rosanna De Florio")],
                     note="dc:creator 'Di Nome, inviato a Luogo': the person only (not 'Di', not 'inviato a Medyka'). Italians fleeing the war and the consular response: relevant."))
    w = d(2022, 2, 26, 12, 0, 0, 1)
    add("9q8w7e6r5t4y3u2i1o0p9a8s7d", "ue-sanzioni-swift-russia", "Sanzioni, la Ue verso l'esclusione delle banche russe da Swift", w, "Redazione Web",
        "<p>L'Unione europea si prepara a escludere alcune banche russe dal sistema Swift. L'Italia ha chiesto garanzie sui pagamenti del gas.</p>"
        "<p><strong>Leggi anche:</strong> <a href=\"https://www.gazzettadeiduemari.example/mondo/gas-italia-dipendenza-russia\">Gas, quanto dipende l'Italia dalla Russia</a></p>",
        lambda k: it(k, "Sanzioni, la Ue verso l'esclusione delle banche russe da Swift", w, [], junk=["Leggi anche:", "Gas, quanto dipende l'Italia dalla Russia"],
                     note="'Redazione Web' is a desk: []. A bold 'Leggi anche:' link ends the description. EU sanctions: relevant."))
    w = d(2022, 2, 25, 17, 45, 0, 1)
    add("1a2s3d4f5g6h7j8k9l0z1x2c3v", "nato-navi-mar-nero-taranto", "Nato, due navi partite da Taranto verso il Mediterraneo orientale", w, "Di Cosimo Lippolis e Ansa",
        "<p>Due unità della Marina militare sono partite dalla base di Mar Grande per rafforzare il dispositivo Nato nel Mediterraneo orientale.</p>"
        "<p>«Sono missioni di presenza e di deterrenza, non di combattimento», ha precisato l'ammiraglio in congedo Nicola Sportelli, analista del Centro studi strategici di Taranto.</p>",
        lambda k: it(k, "Nato, due navi partite da Taranto verso il Mediterraneo orientale", w, ["Cosimo Lippolis"], quotes=[q("Nicola Sportelli", "Centro studi strategici di Taranto")],
                     note="'Di Nome e Ansa': the person only, the agency dropped. 'ammiraglio in congedo' is a rank, not part of the name. NATO deployment: relevant."))
    w = d(2022, 2, 25, 9, 20, 0, 1)
    add("5t6y7u8i9o0p1a2s3d4f5g6h7j", "ex-ilva-cassa-integrazione", "Ex Ilva, cassa integrazione per altri 3000 lavoratori", w, "Di Angela Mastronuzzi",
        "<p>L'azienda ha annunciato la cassa integrazione per altri 3000 dipendenti dello stabilimento di Taranto a partire da marzo.</p>",
        lambda k: it(k, "Ex Ilva, cassa integrazione per altri 3000 lavoratori", w, ["Angela Mastronuzzi"], rel=False, note="Local industry news filed in the feed: a story, not relevant."))
    w = d(2022, 2, 24, 21, 0, 0, 1)
    add("8j7h6g5f4d3s2a1p0o9i8u7y6t", "diretta-guerra-ucraina-24-febbraio", "DIRETTA | Guerra in Ucraina, le notizie di oggi", w, None,
        "<p>Segui con noi gli aggiornamenti in tempo reale.</p>",
        lambda k: it(k, "DIRETTA | Guerra in Ucraina, le notizie di oggi", w, [], story=False, rel=False, note="Live page: not a story. Title label 'DIRETTA |' may be kept or dropped."))
    w = d(2022, 2, 24, 8, 0, 0, 1)
    add("3r4t5y6u7i8o9p0a1s2d3f4g5h", "video-pace-piazza-della-vittoria", "VIDEO | Fiaccolata per la pace in piazza della Vittoria", w, None,
        "<p><iframe src=\"https://www.youtube.example/embed/pa1x\"></iframe></p>",
        lambda k: it(k, "VIDEO | Fiaccolata per la pace in piazza della Vittoria", w, [], story=False, rel=False, note="Video: not a story."))
    head = (f"    <title>Mondo - Gazzetta dei Due Mari</title>\n    <link>{base}/mondo</link>\n    <description>Gazzetta dei Due Mari - Mondo</description>\n    <language>it-IT</language>\n"
            f"    <copyright>Due Mari Editrice Soc. Coop.</copyright>\n    <ttl>15</ttl>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n'
            + head + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>")
    return feed("it_gazzettadeiduemari_mondo_orchardcore_2022.rss.xml", text, items, lang="it", outlet="Gazzetta dei Due Mari",
                ctype="application/rss+xml; charset=utf-8",
                structure="Taranto daily's 'Mondo' list as Orchard Core's syndication feed (/mondo/rss, February 2022): no trailing newline, channel 'Mondo - Brand' and 'Brand - Mondo' as description, it-IT, copyright of a 'Soc. Coop.', ttl 15, guid FIRST in each item holding Orchard's 26-character content item id, escaped HTML descriptions with the whole short article, dc:creator 'Di Nome, inviato a Luogo', 'Di Nome e Ansa', 'Di Nome', 'Redazione Web' or absent, «…» quotes, a bold 'Leggi anche:' link, upper-case datelines with the country in brackets, +0100 dates, a live page and a video",
                notes="Home country Italy (Taranto hosts a major navy base).")


FEEDS = [moselbote, voabendblatt, regnitz, leonessa, duemari]
