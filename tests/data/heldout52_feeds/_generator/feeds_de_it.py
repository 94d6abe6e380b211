# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The German and Italian world desks of the fifty-second held-out set."""
from h52 import cd, d, esc, feed, gmt, isoz, it, ordered, q, rfc822, utc0


# ---------------------------------------------------------------- Hamburg news magazine, custom Rails (builder) feed
def elbwoche():
    base = "https://www.elbwoche.example"
    rows = [
        ("ausland/gaza-waffenruhe-zweite-phase-stockt-a-5e2c9d41-7b0a-4d1e-9c3f-1a2b3c4d5e6f", "Waffenruhe in Gaza", "Warum die zweite Phase nicht vorankommt",
         "Die Vermittler aus Ägypten, Katar und der Türkei drängen, doch bei der Entwaffnung der Hamas bewegt sich nichts. Ein Diplomat spricht von einer »gefährlichen Pause«.",
         d(2025, 12, 2, 18, 47, 0, 1), True, True, None),
        ("ausland/ukraine-genfer-plan-europa-a-8f7e6d5c-4b3a-4291-8f7e-6d5c4b3a2918", "Ukrainekrieg", "Europäer legen Gegenentwurf zum US-Friedensplan vor",
         "Berlin, Paris und London wollen die Obergrenze für die ukrainische Armee anheben und eingefrorenes russisches Vermögen anders regeln. Das Papier liegt dem Magazin vor.",
         d(2025, 12, 2, 15, 3, 0, 1), True, True, None),
        ("politik/deutschland/rentenpaket-junge-union-a-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "Streit um Rentenpaket", "Junge Abgeordnete drohen mit Nein",
         "Achtzehn Unionsabgeordnete wollen dem Gesetz in dieser Form nicht zustimmen. Die Koalition sucht einen Ausweg.",
         d(2025, 12, 2, 12, 30, 0, 1), True, False, "German home politics: not relevant."),
        ("ausland/venezuela-usa-militaer-karibik-a-0f1e2d3c-4b5a-4697-8877-665544332211", "Machtprobe in der Karibik", "Was hinter dem US-Aufmarsch vor Venezuela steckt",
         "Kriegsschiffe, Luftangriffe auf Boote, gesperrter Luftraum: Washington erhöht den Druck auf Caracas. Eine Analyse.",
         d(2025, 12, 2, 9, 0, 0, 1), True, True, None),
        ("ausland/fotostrecke-adventsmaerkte-europa-fs-9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "Fotostrecke", "Adventszauber zwischen Wien und Krakau",
         "Lichter, Glühwein, Gedränge: Bilder von Weihnachtsmärkten in Europa.",
         d(2025, 12, 1, 20, 0, 0, 1), False, False, "Gallery: not a story."),
        ("ausland/podcast-die-lage-am-abend-sudan-a-3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", "Podcast »Die Lage am Abend«", "Warum niemand den Krieg im Sudan stoppt",
         "Die Lage am Abend, der Nachrichtenpodcast der Elbwoche. Jetzt hören.",
         d(2025, 12, 1, 17, 30, 0, 1), False, False, "Podcast episode: not a story."),
    ]
    items_xml, items = [], []
    for path, kicker, head, desc, w, story, rel, note in rows:
        link = f"{base}/{path}#ref=rss"
        guid = f"{base}/{path}"
        title = f"{kicker}: {head}"
        items_xml.append(f"""    <item>
      <title>{esc(title)}</title>
      <link>{link}</link>
      <description>{esc(desc)}</description>
      <enclosure type="image/jpeg" url="https://cdn.elbwoche.example/images/{path[-36:-28]}/crop-16x9-w520.jpg"/>
      <guid>{guid}</guid>
      <pubDate>{rfc822(w)}</pubDate>
      <category>{"Ausland" if path.startswith("ausland") else "Politik"}</category>
    </item>""")
        n = f"Title label '{kicker}:' may be kept or dropped."
        items.append(it(guid, head, w, [], story=story, rel=rel, note=(note + " " + n) if note else n))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>DIE ELBWOCHE - Ausland</title>
    <link>{base}/ausland/</link>
    <description>Deutschlands führendes Nachrichtenmagazin – Nachrichten aus dem Ausland</description>
    <language>de</language>
    <pubDate>{rfc822(d(2025, 12, 2, 18, 50, 0, 1))}</pubDate>
    <lastBuildDate>{rfc822(d(2025, 12, 2, 18, 50, 0, 1))}</lastBuildDate>
    <image>
      <title>DIE ELBWOCHE</title>
      <link>{base}/</link>
      <url>{base}/public/rss/logo.png</url>
    </image>
""" + "\n".join(items_xml) + "\n  </channel>\n</rss>\n"
    return feed("de_de_elbwoche_ausland_rails_builder_2025.rss.xml", text, items, lang="de", outlet="Die Elbwoche",
                aliases=["DIE ELBWOCHE", "Elbwoche"],
                structure="Hamburg weekly news magazine's 'Ausland' feed from its Ruby on Rails site (a builder template, /ausland/index.rss, December 2025): two-space indentation, content namespace declared and unused, upper-case channel 'DIE BRAND - Ausland', language 'de', channel pubDate and lastBuildDate, image, titles 'Kicker: Headline' (the magazine's Dachzeile), links with '#ref=rss' and the bare URL as guid (no isPermaLink), '-a-<uuid>' article ids and '-fs-<uuid>' for a gallery, plain-text teasers with »…« quotes, image enclosure BEFORE guid, NO author element, +0100 dates, a 'Fotostrecke' gallery and a podcast",
                notes="German outlet: German home politics (pension bill) is not relevant; Gaza, Ukraine and Venezuela are.")


# ---------------------------------------------------------------- public broadcaster news portal, Sophora-like CMS
def tagesblick():
    base = "https://www.tagesblick.example"
    rows = [
        ("ausland/europa/moldau-transnistrien-gas-100.html", "Transnistrien droht erneut Gasnotstand",
         "Die abtrünnige Region Transnistrien hat kaum noch Gas für den Winter. Die Regierung in Chisinau bietet Hilfe an – unter Bedingungen.",
         d(2025, 12, 12, 16, 5, 22, 1), True, True, None, None),
        ("ausland/asien/thailand-kambodscha-grenze-gefechte-102.html", "Neue Gefechte an Grenze zwischen Thailand und Kambodscha",
         "Trotz der im Oktober vereinbarten Waffenruhe ist es an der Grenze erneut zu Kämpfen gekommen. Tausende Menschen sind auf der Flucht.",
         d(2025, 12, 12, 11, 42, 3, 1), True, True, None, None),
        ("inland/innenpolitik/bundesrat-wehrdienst-gesetz-104.html", "Bundesrat billigt neuen Wehrdienst",
         "Ab Januar bekommen alle 18-Jährigen einen Fragebogen. Die Länderkammer ließ das Gesetz passieren.",
         d(2025, 12, 12, 10, 58, 40, 1), True, False, None, "German home politics: not relevant."),
        ("ausland/amerika/chile-stichwahl-praesident-106.html", "Chile vor der Stichwahl: Zwei Lager, kein Kompromiss",
         "Am Sonntag entscheiden die Chilenen, wer das Land künftig regiert. Korrespondentin Lea Hoffstätter über einen polarisierten Wahlkampf.",
         d(2025, 12, 12, 7, 0, 0, 1), True, True, ["Lea Hoffstätter"], "A correspondent's report named only in the teaser (no author element); politics abroad is relevant. [] is also correct."),
        ("multimedia/video/video-1523344.html", "Video: Weihnachtsbaum für den Vatikan kommt aus Südtirol",
         "Der Baum auf dem Petersplatz stammt in diesem Jahr aus dem Ultental.",
         d(2025, 12, 11, 20, 15, 0, 1), False, False, None, "Video: not a story. Title label 'Video:' may be kept or dropped."),
        ("ausland/liveblog-ukraine-montag-108.html", "Liveblog: ++ Selenskyj reist zu Gesprächen nach Berlin ++",
         "Der ukrainische Präsident wird zu Gesprächen mit Vertretern der USA und Europas in Berlin erwartet. Alle Entwicklungen im Liveblog.",
         d(2025, 12, 11, 18, 30, 0, 1), False, False, None, "Live blog: not a story. Title label 'Liveblog:' may be kept or dropped."),
    ]
    items_xml, items = [], []
    for path, title, desc, w, story, rel, authors, note in rows:
        link = f"{base}/{path}"
        img = f"{base}/multimedia/bilder/{path.split('/')[-1].removesuffix('.html')}~_v-grossgross16x9.jpg"
        body = (f' <p> <a href="{link}"><img src="{img}" alt="Symbolbild" /></a> <br/> <br/>{esc(desc)}</p> '
                f'<p><a href="{link}">mehr</a></p> ')
        items_xml.append(f"""<item>
<title>{esc(title)}</title>
<link>{link}</link>
<pubDate>{rfc822(w)}</pubDate>
<description>{esc(desc)}</description>
<content:encoded><![CDATA[{body}]]></content:encoded>
<guid>{link}</guid>
</item>""")
        clean = title.removeprefix("Video: ").removeprefix("Liveblog: ")
        items.append(it(link, clean, w, authors or [], story=story, rel=rel, junk=["mehr"], note=note))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>tagesblick.example - Ausland</title>
<link>{base}/ausland</link>
<description>Nachrichten aus aller Welt - tagesblick.example</description>
<language>de</language>
<copyright>Rundfunkverbund-aktuell / tagesblick.example</copyright>
<lastBuildDate>{rfc822(d(2025, 12, 12, 16, 10, 0, 1))}</lastBuildDate>
<docs>http://blogs.law.harvard.edu/tech/rss</docs>
<ttl>5</ttl>
""" + "\n".join(items_xml) + "\n</channel>\n</rss>\n"
    return feed("de_de_tagesblick_ausland_sophoralike_2025.rss.xml", text, items, lang="de", outlet="tagesblick",
                aliases=["tagesblick.example", "Tagesblick"],
                structure="Hamburg-based public broadcaster network's news portal, 'Ausland' feed from a Sophora-like editorial CMS (/ausland/index~rss2.xml, December 2025): no indentation, content namespace, channel '<portal domain> - Ausland', language 'de', copyright '<newsroom> / <domain>', docs and ttl 5, items in the order title, link, pubDate, description, content:encoded, guid (the link, no isPermaLink), '-<n>.html' article paths, a plain-text teaser as description and a CDATA content:encoded with spaces around a linked image, two <br/> and the teaser again, then a '<p><a>mehr</a></p>' link; NO author element (a correspondent named in the teaser), +0100 dates, 'Video:' and 'Liveblog: ++ … ++' items",
                notes="German outlet: the Bundesrat's military service law is home politics; a correspondent named only in the teaser ('Korrespondentin Name über …') is the author.")


# ---------------------------------------------------------------- Zurich daily, Drupal 10 views RSS
def limmat_zeitung():
    base = "https://www.limmatzeitung.example"
    rows = [
        (88412, "international/schweiz-eu-vertraege-bruessel-unterschrift", "Bundesrat schickt EU-Verträge in die Vernehmlassung – Brüssel drängt auf Tempo", "Delphine Gasser",
         "<p><strong>Brüssel.</strong> Die EU-Kommission hat die Schweiz aufgefordert, das Vertragspaket rasch zu ratifizieren. «Wir haben lange genug verhandelt», sagte der zuständige Kommissionssprecher Matthias Lindqvist am Dienstag.</p><p>In der Schweiz formiert sich derweil der Widerstand.</p>",
         d(2025, 11, 25, 17, 32, 0, 1), ["Delphine Gasser"], True, True, [q("Matthias Lindqvist", "EU-Kommission")], None, "The Swiss-EU treaty package is Swiss foreign policy: relevant."),
        (88409, "international/iran-atomprogramm-iaea-resolution", "IAEA-Gouverneursrat verurteilt Iran – Teheran droht mit Konsequenzen", "Reto Kälin, Wien",
         "<p>Der Gouverneursrat der Internationalen Atomenergiebehörde hat Iran am Donnerstag wegen mangelnder Zusammenarbeit gerügt.</p><p>Iran kündigte an, die Kooperation weiter einzuschränken.</p>",
         d(2025, 11, 25, 12, 10, 0, 1), ["Reto Kälin"], True, True, None, None, "dc:creator 'Name, City': the city is no part of the name."),
        (88401, "zuerich/stadtrat-tempo-30-abstimmung", "Stadtrat will Tempo 30 auf weiteren Achsen", "Sandro Bürgi",
         "<p>Der Zürcher Stadtrat will auf 20 weiteren Strassen Tempo 30 einführen. Das Gewerbe wehrt sich.</p>",
         d(2025, 11, 25, 9, 45, 0, 1), ["Sandro Bürgi"], True, False, None, None, "Zurich city news: not relevant."),
        (88398, "international/sudan-el-fasher-fluechtlinge-tschad", "Die Geflohenen von El-Fasher: Ein Besuch im Lager Tiné", "Noémie Oberholzer (Text), Yannick Suter (Bilder)",
         "<p><em>Aus Tiné berichtet Noémie Oberholzer.</em></p><p>Zehntausende sind aus El-Fasher in den Tschad geflohen. «Wir haben nichts mehr», sagt Halima Abakar, eine Mutter von vier Kindern.</p><h3>Hilfe reicht nicht</h3><p>Das Welternährungsprogramm warnt vor einer Hungersnot.</p>",
         d(2025, 11, 24, 18, 0, 0, 1), ["Noémie Oberholzer"], True, True, [q("Halima Abakar")], "berichtet Noémie Oberholzer", "The photographer credited '(Bilder)' is not an author of the text. ['Noémie Oberholzer', 'Yannick Suter'] is also correct."),
        (88390, "international/briefing-der-morgen-newsletter", "Der Morgen: Unser Newsletter zum Tagesbeginn", "Redaktion",
         "<p>Jeden Morgen um 6 Uhr das Wichtigste aus der Schweiz und der Welt. <a href=\"" + base + "/newsletter\">Jetzt abonnieren</a>.</p>",
         d(2025, 11, 24, 6, 0, 0, 1), [], False, False, None, None, "Newsletter promo: not a story."),
        (88384, "international/ukraine-friedensplan-buergenstock-erinnerung", "Kommentar: Die Schweiz sollte sich nicht als Gastgeberin aufdrängen", "Andrea Fluri",
         "<p>Seit dem Bürgenstock-Gipfel träumt Bern von einer Rolle als Vermittlerin im Ukrainekrieg. Diesmal ist Zurückhaltung gefragt.</p><p><em>Andrea Fluri ist Auslandchefin der Limmat-Zeitung.</em></p>",
         d(2025, 11, 24, 5, 30, 0, 1), ["Andrea Fluri"], True, True, None, "ist Auslandchefin", "Opinion on Swiss mediation in the Ukraine war: relevant. Title label 'Kommentar:' may be kept or dropped."),
    ]
    items_xml, items = [], []
    for nid, path, title, creator, body, w, authors, story, rel, quotes, junk, note in rows:
        link = f"{base}/{path}"
        items_xml.append(f"""  <item>
    <title>{esc(title)}</title>
    <link>{link}</link>
    <description>{esc(body)}</description>
  <pubDate>{rfc822(w)}</pubDate>
    <dc:creator>{esc(creator)}</dc:creator>
    <guid isPermaLink="false">{nid} at {base}</guid>
    </item>""")
        clean = title.removeprefix("Kommentar: ")
        items.append(it(f"{nid} at {base}", clean, w, authors, story=story, rel=rel, quotes=quotes, junk=[j for j in [junk] if j], note=note))
    text = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="{base}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>International | Limmat-Zeitung</title>
    <link>{base}/</link>
    <description></description>
    <language>de-CH</language>
    <atom:link href="{base}/international/rss.xml" rel="self" type="application/rss+xml" />
""" + "\n".join(items_xml) + "\n  </channel>\n</rss>\n"
    return feed("de_ch_limmatzeitung_international_drupal10_2025.rss.xml", text, items, lang="de", outlet="Limmat-Zeitung",
                structure="Zurich daily's 'International' feed from Drupal 10 Views RSS (/international/rss.xml, November 2025): xml:base on <rss>, dc and atom namespaces, channel 'Section | Brand' with an EMPTY description, language de-CH, the Views row style's uneven indentation, '<nid> at <site>' guids, escaped HTML descriptions with a bold 'Ort.' dateline, Swiss spelling without ß and «…» quotes, dc:creator holding the byline field as typed ('Name', 'Name, Wien', 'A (Text), B (Bilder)', 'Redaktion'), an italic 'Aus Ort berichtet Name.' line, an h3 sub-heading, an italic author-bio tail, +0100 dates, a newsletter promo and a comment",
                notes="Swiss outlet: Swiss foreign policy (EU treaties, mediation) is relevant; Zurich city traffic is not.")


# ---------------------------------------------------------------- Rome daily (large group), Brightspot
def corriere_capitolino():
    base = "https://www.corrierecapitolino.example"
    rows = [
        ("0000019b-f1a2-d3c4-a5e6-f7a8b9c00000", "esteri/2026/02/10/news/ucraina_negoziati_abu_dhabi_prigionieri-4120233", "Ucraina, nuovo round di negoziati ad Abu Dhabi: accordo sullo scambio di prigionieri",
         ["Francesca Aliberti"], "Delegazioni russa, ucraina e americana di nuovo al tavolo. Kiev: «Passi avanti, ma nessuna intesa sui territori»",
         "<p>ABU DHABI – Si è chiuso con un accordo su un nuovo scambio di prigionieri il secondo giro di colloqui negli Emirati.</p><p>«Ci sono passi avanti, ma sul nodo dei territori siamo ancora lontani», ha detto Oleh Marchenko, consigliere della delegazione ucraina.</p><p><strong>Leggi anche:</strong> <a href=\"" + base + "/esteri/2026/02/08/news/ucraina_energia-4120100\">Kiev al buio, la guerra dell'energia</a></p>",
         d(2026, 2, 10, 19, 44, 0, 1), True, True, [q("Oleh Marchenko", "delegazione ucraina")], ["Leggi anche:"], None),
        ("0000019b-f0e9-d1a7-abf3-f5ef92b10000", "esteri/2026/02/10/news/iran_proteste_teheran-4120198", "Iran, le proteste arrivano al bazar di Teheran. Arresti di massa",
         ["dal nostro corrispondente Luca Pellegrini-Rossi"], "Chiusi i negozi per il terzo giorno. Le autorità bloccano internet",
         "<p>Dal nostro corrispondente <strong>Luca Pellegrini-Rossi</strong></p><p>ISTANBUL – I commercianti del Gran Bazar hanno abbassato le serrande per il terzo giorno consecutivo.</p>",
         d(2026, 2, 10, 16, 2, 0, 1), True, True, None, ["Dal nostro corrispondente"], "The byline 'dal nostro corrispondente Name' gives the person only."),
        ("0000019b-f0a1-dd7e-a9bf-fdf3c1d70000", "roma/2026/02/10/news/metro_c_colosseo_apertura-4120150", "Metro C, la stazione Colosseo apre a marzo: ecco le date",
         ["Giorgio Santarelli"], "Il Campidoglio conferma il calendario. Disagi in via dei Fori Imperiali",
         "<p>La stazione Colosseo-Fori Imperiali della Metro C aprirà a metà marzo.</p>",
         d(2026, 2, 10, 12, 30, 0, 1), True, False, None, None, "Rome city news: not relevant."),
        ("0000019b-efd2-d4b0-a3ff-efd7e6f80000", "esteri/2026/02/09/news/groenlandia_danimarca_usa_tensione-4120071", "Groenlandia, la Danimarca manda altre truppe. Tensione con Washington",
         ["Marta Ferrante", "Paolo De Simone"], "Copenaghen rafforza la presenza militare sull'isola. La Nato cerca una mediazione",
         "<p>COPENAGHEN – Il governo danese ha annunciato l'invio di altri 300 soldati in Groenlandia.</p><ul><li>Le basi coinvolte</li><li>La posizione di Nuuk</li></ul>",
         d(2026, 2, 9, 21, 15, 0, 1), True, True, None, None, None),
        ("0000019b-ef80-d8c3-a7ff-ffc2d5e90000", "esteri/2026/02/09/news/foto_carnevale_rio-4120044", "Il carnevale di Rio nelle foto più belle",
         [], "Carri, piume e samba al Sambódromo",
         "<p>Le immagini della prima notte di sfilate.</p>",
         d(2026, 2, 9, 15, 0, 0, 1), False, False, None, None, "Gallery: not a story."),
        ("0000019b-ef31-d2e9-a1fb-efb3a8c40000", "esteri/2026/02/09/news/podcast_il_mondo_in_10_minuti-4120012", "Il mondo in 10 minuti - Puntata del 9 febbraio",
         ["Elena Vitale"], "Il podcast quotidiano degli Esteri. Ascolta la puntata",
         "<p>Il podcast quotidiano della redazione Esteri.</p>",
         d(2026, 2, 9, 7, 0, 0, 1), False, False, None, None, "Podcast episode: not a story."),
    ]
    items_xml, items = [], []
    for guid, path, title, creators, desc, body, w, story, rel, quotes, junk, note in rows:
        link = f"{base}/{path}/"
        cr = "".join(f"\n      <dc:creator>{esc(c)}</dc:creator>" for c in creators)
        items_xml.append(f"""    <item>
      <title>{esc(title)}</title>
      <link>{link}</link>
      <description>{esc(desc)}</description>
      <pubDate>{gmt(w)}</pubDate>
      <guid isPermaLink="false">{guid}</guid>{cr}
      <content:encoded>{cd(body)}</content:encoded>
    </item>""")
        authors = ["Luca Pellegrini-Rossi"] if creators and creators[0].startswith("dal nostro") else ([] if not story else list(creators))
        items.append(it(guid, title, w, authors, story=story, rel=rel, quotes=quotes, junk=junk or [], note=note))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">
  <channel>
    <title>Corriere Capitolino - Esteri</title>
    <link>{base}/esteri/</link>
    <atom:link href="{base}/rss/esteri" rel="self" type="application/rss+xml"/>
    <description>Corriere Capitolino - Esteri</description>
    <language>it</language>
    <copyright>Copyright © Gruppo Editoriale Tiberino S.p.A. - P.IVA 01234567890</copyright>
    <lastBuildDate>{gmt(d(2026, 2, 10, 19, 50, 0, 1))}</lastBuildDate>
""" + "\n".join(items_xml) + "\n  </channel>\n</rss>"
    return feed("it_corrierecapitolino_esteri_brightspot_2026.rss.xml", text, items, lang="it", outlet="Corriere Capitolino",
                aliases=["Il Corriere Capitolino"],
                structure="Rome daily of a large publishing group, 'Esteri' feed from Brightspot (/rss/esteri, February 2026): content/dc/media/atom namespaces before version, two-space indentation, no trailing newline, channel 'Brand - Esteri' repeated as description, language 'it', '© Gruppo … S.p.A. - P.IVA' copyright, Brightspot record UUIDs as non-permalink guids, '/<section>/YYYY/MM/DD/news/<slug>-<7 digits>/' links, the occhiello (standfirst) as escaped description, GMT pubDates (newsroom +0100), one dc:creator per author AFTER the guid ('dal nostro corrispondente Name' as typed), CDATA content:encoded with upper-case datelines and an en dash, «…» quotes after 'ha detto', a bold 'Leggi anche:' link, a bullet list, a photo gallery and a podcast",
                notes="Italian outlet: Rome city transport is not relevant; Ukraine, Iran and Greenland are.")


# ---------------------------------------------------------------- Italian national news agency, custom Django feed
def agenzia_tirrenia():
    base = "https://www.agenziatirrenia.example"
    rows = [
        ("mondo/2026/03/04/libano-israele-raid-sud-tregua_7f3e2a1b.html", "Libano: raid israeliani nel sud, Beirut denuncia violazione della tregua",
         "(AGT) - BEIRUT, 04 MAR - Raid aerei israeliani hanno colpito nella notte diverse località del Libano meridionale. Lo riferisce l'agenzia ufficiale libanese. \"È una violazione flagrante del cessate il fuoco\", ha dichiarato il ministro degli Esteri libanese Youssef Karam. (AGT).",
         d(2026, 3, 4, 9, 41, 0, 1), True, True, [q("Youssef Karam", "Libano")], ["(AGT)"], None),
        ("mondo/2026/03/04/ue-consiglio-esteri-sanzioni-russia_9a8b7c6d.html", "Ue: Consiglio Esteri, via libera al ventesimo pacchetto di sanzioni",
         "(AGT) - BRUXELLES, 04 MAR - I ministri degli Esteri dell'Ue hanno dato il via libera al ventesimo pacchetto di sanzioni contro la Russia. \"Manteniamo la pressione finché Mosca non accetterà un cessate il fuoco\", ha detto la portavoce del Servizio europeo per l'azione esterna, Kaja Lindgren. (AGT).",
         d(2026, 3, 4, 8, 15, 0, 1), True, True, [q("Kaja Lindgren", "Servizio europeo per l'azione esterna")], ["(AGT)"], None),
        ("mondo/2026/03/03/tajani-telefonata-omologo-turco_1b2c3d4e.html", "Farnesina: telefonata tra il ministro e l'omologo turco su Libia e migranti",
         "(AGT) - ROMA, 03 MAR - Il ministro degli Esteri ha avuto un colloquio telefonico con l'omologo turco. Al centro la stabilizzazione della Libia e i flussi migratori nel Mediterraneo centrale, riferisce la Farnesina in una nota. (AGT).",
         d(2026, 3, 3, 19, 2, 0, 1), True, True, None, ["(AGT)"], "Italy's own foreign policy: relevant."),
        ("cronaca/2026/03/03/maltempo-allerta-arancione-liguria_5e6f7a8b.html", "Maltempo: allerta arancione in Liguria e Toscana",
         "(AGT) - GENOVA, 03 MAR - La Protezione civile ha diramato l'allerta arancione per piogge e temporali su Liguria e Toscana settentrionale. (AGT).",
         d(2026, 3, 3, 14, 30, 0, 1), True, False, None, ["(AGT)"], "Italian weather: not relevant."),
        ("mondo/2026/03/03/video-giappone-fioritura-anticipata_2c3d4e5f.html", "VIDEO | Giappone, fioritura dei ciliegi in anticipo a Tokyo",
         "(AGT) - TOKYO, 03 MAR - Le immagini dei primi fiori nel parco di Ueno. (AGT).",
         d(2026, 3, 3, 10, 0, 0, 1), False, False, None, [], "Video: not a story. Title label 'VIDEO |' may be kept or dropped."),
        ("mondo/2026/03/02/notiziario-mondo-ore-20_3d4e5f6a.html", "Il notiziario Mondo delle 20",
         "Le principali notizie dal mondo della giornata, a cura della redazione Esteri.",
         d(2026, 3, 2, 20, 0, 0, 1), False, False, None, [], "Briefing digest: not a story."),
    ]
    items_xml, items = [], []
    for path, title, desc, w, story, rel, quotes, junk, note in rows:
        link = f"{base}/{path}"
        items_xml.append(f"<item><title>{esc(title)}</title><link>{link}</link><description>{esc(desc)}</description>"
                         f"<pubDate>{rfc822(w)}</pubDate><guid>{link}</guid></item>")
        clean = title.removeprefix("VIDEO | ")
        items.append(it(link, clean, w, [], story=story, rel=rel, quotes=quotes, junk=junk, note=note))
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel><title>Mondo - AGT Agenzia Tirrenia</title>'
            f'<link>{base}/mondo/</link><description>Le ultime notizie dal mondo dell\'Agenzia Tirrenia</description><atom:link href="{base}/mondo/rss.xml" rel="self"></atom:link>'
            f'<language>it</language><copyright>Copyright AGT - Agenzia Tirrenia Soc. Coop. - Tutti i diritti riservati</copyright><lastBuildDate>{rfc822(d(2026, 3, 4, 9, 45, 0, 1))}</lastBuildDate>'
            + "".join(items_xml) + "</channel></rss>")
    return feed("it_agenziatirrenia_mondo_django_2026.rss.xml", text, items, lang="it", outlet="Agenzia Tirrenia",
                aliases=["AGT", "AGT Agenzia Tirrenia"],
                structure="Rome-based national news agency's 'Mondo' feed from its Django site's syndication framework (/mondo/rss.xml, March 2026): the prolog on its own line and the rest on ONE line without trailing newline, atom namespace only, an empty atom:link element written as start and end tag, channel 'Mondo - <acronym> <Brand>', language 'it', a 'Soc. Coop.' copyright, the link as guid, plain-text descriptions in the agency's form '(AGT) - CITTÀ, DD MMM - … (AGT).' with straight double quotes, NO author element, +0100 dates, a 'VIDEO |' clip and a news-bulletin digest",
                notes="Italian agency: Italy's own diplomacy is relevant; Italian weather is not. The unnamed minister (no name in the text) carries no quote.")


FEEDS = [elbwoche, tagesblick, limmat_zeitung, corriere_capitolino, agenzia_tirrenia]
