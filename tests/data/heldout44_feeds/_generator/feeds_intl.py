# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu world sections of the forty-fourth held-out set: a
Regensburg daily on CoreMedia (2014), a Klagenfurt daily on Escenic (2018), a Plauen daily on
InterRed (2020), an Emilian daily on WordPress VIP (2022), a Romagna daily on Drupal 8 (2016),
a Rio daily on Arc XP (2023), a Setúbal daily on Escenic (2016), a Hyderabad (Sindh) Urdu daily
on WordPress 5.1 (2019) and a Peshawar Urdu daily on Drupal 9 (2022). All outlets, people and
quotations are invented."""
from h44 import S, cd, d, esc, feed, gmt, newest_first, rfc822, utc0, wpt


# ---------------------------------------------------------------- Regensburg daily, CoreMedia CMS 7 (March 2014)
def oberpfalz():
    base = "http://www.oberpfaelzer-tagblatt.example"
    specs = [
        S("krim-russland-annexion", "Putin unterzeichnet Vertrag über Aufnahme der Krim", d(2014, 3, 18, 17, 2, 0, 1), "Von Katharina Brunner, dpa", ["Katharina Brunner"],
          ["Moskau. Russland hat die Aufnahme der ukrainischen Halbinsel Krim besiegelt. Der Vertrag wurde am Dienstag im Kreml unterzeichnet, zwei Tage nach dem umstrittenen Referendum.",
           "„Europa hat es mit einer Grenzverschiebung zu tun, die es seit 1945 nicht mehr gab“, sagte der Osteuropa-Experte Dr. Lukas Hainzlmaier von der Universität Passau-Land."],
          quotes=[("Lukas Hainzlmaier", "Universität Passau-Land")], junk=["dpa"],
          note="dc:creator 'Von Name, dpa': the person only; 'Dr.' is not part of the speaker's name. Relevant."),
        S("mh370-suche-indischer-ozean", "Suche nach MH370: Satellit entdeckt mögliche Wrackteile", d(2014, 3, 20, 9, 40, 0, 1), "dpa", [],
          ["Perth. Ein Satellit hat im südlichen Indischen Ozean zwei Objekte entdeckt, die zu der verschollenen Malaysia-Airlines-Maschine gehören könnten. Flugzeuge aus Australien suchen das Gebiet ab."],
          junk=["dpa"], note="Agency copy: []. Relevant."),
        S("eu-sanktionen-reisesperren", "EU verhängt Reisesperren gegen 21 Russen und Ukrainer", d(2014, 3, 17, 19, 15, 0, 1), "Von Martin Eichinger", ["Martin Eichinger"],
          ["Brüssel. Die EU-Außenminister haben als Reaktion auf das Krim-Referendum Einreiseverbote und Kontosperren gegen 21 Politiker und Militärs verhängt.",
           "„Das ist ein Anfang, mehr nicht“, sagte die Grünen-Europaabgeordnete Renate Wimmer-Stolz."],
          quotes=[("Renate Wimmer-Stolz", "Grünen")], note="'Von Name' prefix in dc:creator: the name only. Germany takes part in the EU decision: relevant."),
        S("mindestlohn-koalition-einigt-sich", "Mindestlohn: Koalition einigt sich auf Ausnahmen", d(2014, 3, 19, 14, 0, 0, 1), "Von Martin Eichinger", ["Martin Eichinger"],
          ["Berlin. Union und SPD haben sich beim Mindestlohn von 8,50 Euro auf Ausnahmen für Langzeitarbeitslose und Jugendliche unter 18 geeinigt."],
          rel=False, note="Home politics in the 'Politik' list that the Ausland feed draws from: a story, not relevant."),
        S("bildergalerie-krim-referendum", "Bildergalerie: So stimmte die Krim ab", d(2014, 3, 16, 21, 30, 0, 1), "", [],
          ["Bilder vom Referendumstag in Simferopol und Sewastopol."],
          story=False, rel=False, note="Photo gallery: not a story. Title label 'Bildergalerie:' may be kept or dropped."),
        S("liveticker-krim-krise", "Liveticker zur Krim-Krise", d(2014, 3, 18, 7, 0, 0, 1), "", [],
          ["Die Entwicklungen im Überblick."],
          story=False, rel=False, note="Live ticker: not a story."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        cid = 4187211 - i * 233
        url = f"{base}/nachrichten/ausland/{s['k']};art47,{cid}"
        by = f"\n<dc:creator>{esc(s['by'])}</dc:creator>" if s["by"] else ""
        rows.append(f"<item>\n<title>{esc(s['title'])}</title>\n<link>{url}</link>\n<description>{esc(' '.join(s['paras']))}</description>\n"
                    f"<pubDate>{rfc822(s['w'])}</pubDate>\n<guid isPermaLink=\"false\">art47,{cid}</guid>{by}\n"
                    f'<enclosure url="{base}/storage/scl/bilder/{cid}_m3w560h330q75v1234_{s["k"][:6]}.jpg" type="image/jpeg" length="0"/>\n</item>')
        items.append(s.exp(f"art47,{cid}"))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
            f"<title>Oberpfälzer Tagblatt - Ausland</title>\n<link>{base}/nachrichten/ausland</link>\n<description>Nachrichten aus aller Welt</description>\n<language>de-DE</language>\n"
            f"<copyright>Oberpfälzer Tagblatt Verlag GmbH &amp; Co. KG</copyright>\n<lastBuildDate>{rfc822(d(2014, 3, 20, 9, 45, 0, 1))}</lastBuildDate>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("de_de_oberpfaelzertagblatt_ausland_coremedia_2014.rss.xml", text, items, lang="de", outlet="Oberpfälzer Tagblatt", aliases=["Oberpfaelzer Tagblatt"],
                structure="Regensburg daily's 'Ausland' feed from CoreMedia CMS 7 (March 2014): no indentation, channel 'Brand - Ausland', de-DE, copyright of the 'Verlag GmbH &amp; Co. KG', links '/nachrichten/ausland/<slug>;art47,<content id>' with the matrix-parameter style, 'art47,<id>' non-permalink guids, escaped plain-text descriptions with the whole short story opening 'Ort.' (German dateline with a full stop), „…“ quotes, pubDate BEFORE guid, dc:creator after the guid ('Von Name, dpa', 'Von Name', 'dpa' or absent), enclosures with length 0 from the image scaler, a gallery and a live ticker, +0100 dates, listed newest first",
                notes="Home country: Germany.")


# ---------------------------------------------------------------- Klagenfurt daily, Escenic 5.7 (June 2018)
def kaernten():
    base = "https://www.kaerntner-landeszeitung.example"
    specs = [
        S("gipfel-singapur-trump-kim", "Gipfel in Singapur: Trump und Kim unterzeichnen vage Erklärung", d(2018, 6, 12, 11, 20, 0, 2), "APA/Reuters", [],
          ["Singapur. Bei ihrem ersten Treffen haben der US-Präsident und Nordkoreas Machthaber eine Erklärung unterzeichnet, die eine „vollständige Denuklearisierung“ der koreanischen Halbinsel in Aussicht stellt, aber keinen Zeitplan nennt."],
          junk=["APA/Reuters"], note="Agency credit in <author>: []. Heads of state appear only as a setting. Relevant."),
        S("aquarius-valencia-fluechtlinge", "Rettungsschiff Aquarius: Spanien nimmt 629 Migranten auf", d(2018, 6, 11, 18, 45, 0, 2), "Mag. Sabine Krassnig", ["Sabine Krassnig"],
          ["Madrid/Rom. Nach der Weigerung Italiens und Maltas darf das Rettungsschiff „Aquarius“ mit 629 Migranten an Bord in Valencia anlegen.",
           "„Das ist eine Entscheidung für diesmal, keine Lösung“, sagte der Migrationsforscher Johannes Pirker von der Universität Klagenfurt-Süd."],
          quotes=[("Johannes Pirker", "Universität Klagenfurt-Süd")], note="'Mag.' is an academic title, not part of the name. Relevant."),
        S("eu-ratsvorsitz-oesterreich-programm", "EU-Ratsvorsitz: Wien setzt auf Grenzschutz und Westbalkan", d(2018, 6, 13, 16, 0, 0, 2), "Stefan Ogris, Wien", ["Stefan Ogris"],
          ["Wien. Österreich will während seines EU-Ratsvorsitzes ab 1. Juli den Schutz der Außengrenzen und die Annäherung der Westbalkan-Staaten in den Mittelpunkt stellen, hieß es aus dem Kanzleramt."],
          note="Austria's own EU presidency programme: its European/foreign policy, relevant. Byline 'Name, Wien': the place is not part of the name."),
        S("zwoelfstundentag-nationalrat", "12-Stunden-Tag: Regierung bringt Gesetz im Eilverfahren ein", d(2018, 6, 14, 19, 30, 0, 2), "Stefan Ogris, Wien", ["Stefan Ogris"],
          ["Wien. ÖVP und FPÖ wollen die Arbeitszeitflexibilisierung ohne Begutachtung durch den Nationalrat bringen. Die Gewerkschaft kündigte Proteste an."],
          rel=False, note="Austrian home politics: a story, not relevant."),
        S("gewinnspiel-wm-tippspiel", "Gewinnspiel: Jetzt beim großen WM-Tippspiel mitmachen", d(2018, 6, 13, 8, 0, 0, 2), "", [],
          ["Tippen Sie die Ergebnisse der Fußball-WM und gewinnen Sie eine Reise nach Lignano."],
          story=False, rel=False, note="Reader competition: not a story."),
        S("video-vulkan-guatemala", "Video: Die Zerstörung nach dem Vulkanausbruch in Guatemala", d(2018, 6, 12, 20, 10, 0, 2), "", [],
          ["Luftaufnahmen aus der Gegend um den Fuego."],
          story=False, rel=False, note="Video: not a story. Title label 'Video:' may be kept or dropped."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        aid = 5448713 - i * 177
        url = f"{base}/ausland/{s['k']}/article{aid}.ece"
        au = f"\n      <author>{esc(s['by'])}</author>" if s["by"] else ""
        rows.append(f"    <item>\n      <title>{esc(s['title'])}</title>\n      <link>{url}</link>\n      <description>{esc(s['paras'][0])}</description>{au}\n"
                    f"      <pubDate>{rfc822(s['w'])}</pubDate>\n      <guid isPermaLink=\"true\">{url}</guid>\n"
                    f"      <content:encoded>{esc(s.html())}</content:encoded>\n    </item>")
        items.append(s.exp(url))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n  <channel>\n'
            f"    <title>Ausland | Kärntner Landeszeitung</title>\n    <link>{base}/ausland/</link>\n    <description>Ausland | Kärntner Landeszeitung</description>\n    <language>de</language>\n"
            f"    <pubDate>{rfc822(d(2018, 6, 14, 19, 31, 0, 2))}</pubDate>\n    <generator>Escenic Content Engine</generator>\n"
            + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("de_at_kaerntnerlandeszeitung_ausland_escenic_2018.rss.xml", text, items, lang="de", outlet="Kärntner Landeszeitung", aliases=["Kaerntner Landeszeitung"],
                structure="Klagenfurt daily's 'Ausland' section feed on Escenic Content Engine 5.7 (June 2018): channel 'Ausland | Brand' repeated as description, language 'de' (no region: Austria shows through 'Nationalrat', 'ÖVP und FPÖ', 'Kanzleramt', Lignano trips), generator, '/ausland/<slug>/article<7 digits>.ece' permalink guids, RSS <author> holding a plain name ('Mag. Name', 'Name, Wien') or the agency credit 'APA/Reuters' (not an e-mail), escaped first-paragraph descriptions, escaped content:encoded, double-slash datelines 'Madrid/Rom.', +0200 dates, a reader competition and a video",
                notes="Home country: Austria. Austria's EU presidency programme is European/foreign policy (relevant).")


# ---------------------------------------------------------------- Plauen daily, InterRed (November 2020)
def vogtland():
    base = "https://www.vogtland-anzeiger.example"
    specs = [
        S("us-wahl-biden-gewinnt", "US-Wahl: Biden gewinnt nach tagelanger Auszählung", d(2020, 11, 7, 18, 12, 0, 1), "dpa", [],
          ["Washington (dpa) - Nach tagelanger Auszählung steht der Demokrat als Sieger der Präsidentschaftswahl fest. Mit dem Sieg in Pennsylvania überschritt er die Schwelle von 270 Wahlleuten."],
          junk=["(dpa)"], note="Agency copy with the '(dpa) -' dateline: []. Relevant."),
        S("bergkarabach-waffenstillstand", "Waffenstillstand in Bergkarabach: Russische Friedenstruppen rücken ein", d(2020, 11, 10, 12, 30, 0, 1), "Torsten Fleischer", ["Torsten Fleischer"],
          ["Eriwan/Baku. Nach sechs Wochen Krieg haben Armenien und Aserbaidschan einen von Moskau vermittelten Waffenstillstand unterzeichnet. Rund 2000 russische Soldaten sollen ihn überwachen.",
           "„Für Armenien ist das eine Niederlage, die man zu Hause erst noch erklären muss“, sagte die Kaukasus-Expertin Dr. Ilka Sommerfeld aus Leipzig."],
          quotes=[("Ilka Sommerfeld",)], note="Relevant."),
        S("wien-anschlag-ermittlungen", "Nach Anschlag in Wien: Ermittler prüfen Hinweise aus der Slowakei", d(2020, 11, 4, 16, 45, 0, 1), "Torsten Fleischer mit dpa", ["Torsten Fleischer"],
          ["Wien. Zwei Tage nach dem Anschlag in der Wiener Innenstadt mit vier Toten prüfen die Ermittler Hinweise, der Täter habe in der Slowakei Munition kaufen wollen."],
          junk=["mit dpa"], note="Byline 'Name mit dpa': the person only. Austria is abroad for a German paper: relevant."),
        S("lockdown-verlaengert-vogtland", "Teil-Lockdown verlängert: Was jetzt im Vogtland gilt", d(2020, 11, 26, 9, 0, 0, 1), "Anja Rödel", ["Anja Rödel"],
          ["Plauen. Der Teil-Lockdown wird bis mindestens 20. Dezember verlängert. Für Schulen und Geschäfte im Vogtlandkreis ändert sich zunächst wenig."],
          rel=False, note="Home (regional) news in the feed: a story, not relevant."),
        S("corona-liveblog-welt", "Corona weltweit: Der Liveblog", d(2020, 11, 26, 6, 0, 0, 1), "", [],
          ["Alle Entwicklungen im Überblick."],
          story=False, rel=False, note="Live blog: not a story."),
        S("podcast-weltlage-folge-31", "Podcast „Weltlage“: Folge 31 – Amerika nach der Wahl", d(2020, 11, 12, 5, 0, 0, 1), "", [],
          ["Hören Sie die neue Folge auf allen gängigen Plattformen."],
          story=False, rel=False, note="Podcast episode: not a story."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        a, b = 20 + i, 1711209 - i * 311
        url = f"{base}/nachrichten/welt/{s['k']}-art{a},{b}"
        by = f"\n\t\t\t<dc:creator>{esc(s['by'])}</dc:creator>" if s["by"] else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(s['title'])}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<description>{cd(s.html())}</description>\n"
                    f"\t\t\t<category>Welt</category>{by}\n\t\t\t<pubDate>{rfc822(s['w'])}</pubDate>\n\t\t\t<guid>{url}</guid>\n\t\t</item>")
        items.append(s.exp(url))
    text = ('<?xml version="1.0" encoding="utf-8" ?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n\t<channel>\n'
            f"\t\t<title>Welt - Vogtland-Anzeiger</title>\n\t\t<link>{base}/nachrichten/welt</link>\n\t\t<description>Aktuelle Nachrichten aus der Welt</description>\n\t\t<language>de</language>\n"
            "\t\t<generator>InterRed</generator>\n"
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("de_de_vogtlandanzeiger_welt_interred_2020.rss.xml", text, items, lang="de", outlet="Vogtland-Anzeiger", aliases=["Vogtland Anzeiger"],
                structure="Plauen (Saxony) daily's 'Welt' feed from InterRed (November 2020): '<?xml … ?>' with a space before the closing mark, tab indentation, channel 'Welt - Brand', language 'de', generator 'InterRed', links '/nachrichten/welt/<slug>-art<n>,<id>' (InterRed's article-id style) used as guids without isPermaLink, CDATA HTML descriptions carrying the story, <category>, dc:creator before pubDate ('dpa', a name, 'Name mit dpa' or absent), '(dpa) -' and 'Ort.' datelines, a live blog and a podcast, +0100 dates",
                notes="Home country: Germany (a Vienna attack is foreign news for a Saxon paper).")


# ---------------------------------------------------------------- Modena daily, WordPress VIP (WordPress 6.0, September 2022)
def emilia():
    base = "https://www.gazzettaemiliana.example"
    specs = [
        S("iran-proteste-mahsa-amini", "Iran, le proteste per la morte di Mahsa Amini arrivano in 80 città", d(2022, 9, 22, 17, 30, 0, 2), "Chiara Montanari", ["Chiara Montanari"],
          ["Le proteste scoppiate dopo la morte della ventiduenne arrestata dalla polizia morale si sono estese a più di 80 città iraniane, secondo gruppi per i diritti umani.",
           "«Le donne stanno guidando, gli uomini le seguono: è una novità assoluta», ha detto Parisa Tehrani-Boldrini, ricercatrice all’Istituto per gli studi mediorientali di Bologna."],
          quotes=[("Parisa Tehrani-Boldrini", "Istituto per gli studi mediorientali")], note="Relevant."),
        S("nord-stream-fughe-sabotaggio", "Nord Stream, tre falle nei gasdotti. L’Ue: «Sabotaggio»", d(2022, 9, 28, 12, 10, 0, 2), "Redazione Esteri", [],
          ["Tre perdite sono state individuate nei gasdotti Nord Stream 1 e 2 nel Baltico. La Commissione europea parla di «atto deliberato».",
           "(ANSA)"],
          junk=["(ANSA)"], note="Desk credit 'Redazione Esteri': []. Relevant."),
        S("referendum-annessione-russia", "Referendum nei territori occupati, Kiev: «Farsa»", d(2022, 9, 27, 20, 45, 0, 2), "Luca Ferretti, Chiara Montanari", ["Luca Ferretti", "Chiara Montanari"],
          ["Si sono chiusi i referendum organizzati da Mosca in quattro regioni ucraine occupate. Il governo ucraino e i Paesi occidentali non ne riconosceranno l’esito."],
          note="Two co-authors in one dc:creator joined by a comma. Relevant."),
        S("elezioni-risultati-definitivi", "Elezioni, i risultati definitivi: il centrodestra ha la maggioranza in entrambe le Camere", d(2022, 9, 26, 15, 0, 0, 2), "Luca Ferretti", ["Luca Ferretti"],
          ["Con lo scrutinio completato, la coalizione di centrodestra ottiene la maggioranza assoluta alla Camera e al Senato."],
          rel=False, note="Home (Italian) politics, tagged Esteri for the foreign reactions: a story, not relevant."),
        S("video-uragano-ian-florida", "VIDEO | L’uragano Ian si abbatte sulla Florida", d(2022, 9, 29, 8, 0, 0, 2), "Redazione Web", [],
          ["[jwplayer Xy7Qk2aB]"],
          story=False, rel=False, note="Video (shortcode only): not a story. Title label 'VIDEO |' may be kept or dropped."),
        S("newsletter-il-mondo-in-cinque-minuti", "«Il mondo in cinque minuti»: iscriviti alla newsletter", d(2022, 9, 23, 7, 0, 0, 2), "Redazione Web", [],
          ["Ogni mattina le notizie dall’estero più importanti. <a href=\"/newsletter\">Iscriviti gratis</a>."],
          story=False, rel=False, note="Newsletter promotion: not a story."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        pid = 2210457 - i * 63
        url = f"{base}/esteri/{s['w'].strftime('%Y/%m/%d')}/news/{s['k']}-{pid}/"
        mc = f'\n\t\t<media:content url="https://www.gazzettaemiliana.example/image/policy:1.{pid}:{s["k"][:6]}/foto.jpg?f=16x9&amp;w=1200" medium="image" />' if s["story"] else ""
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(s['title'])}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<dc:creator><![CDATA[{s['by']}]]></dc:creator>\n\t\t<pubDate>{utc0(s['w'])}</pubDate>\n"
                    f"\t\t<category><![CDATA[Esteri]]></category>\n\t\t<guid isPermaLink=\"false\">https://www.gazzettaemiliana.example/?p={pid}</guid>\n"
                    f"\t\t\t\t\t<description><![CDATA[{s['paras'][0]}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{s.html()}]]></content:encoded>{mc}\n\t\t</item>")
        items.append(s.exp(f"https://www.gazzettaemiliana.example/?p={pid}"))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n'
            '\txmlns:media="http://search.yahoo.com/mrss/"\n\t>\n\n<channel>\n'
            f'\t<title>Esteri &#8211; Gazzetta Emiliana</title>\n\t<atom:link href="{base}/esteri/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f'\t<description>Il quotidiano di Modena e dell&#039;Emilia</description>\n\t<lastBuildDate>{utc0(d(2022, 9, 29, 8, 1, 0, 2))}</lastBuildDate>\n\t<language>it-IT</language>\n'
            '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.0.2</generator>\n'
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("it_gazzettaemiliana_esteri_wpvip_2022.rss.xml", text, items, lang="it", outlet="Gazzetta Emiliana", aliases=["La Gazzetta Emiliana"],
                structure="Modena daily's 'Esteri' category on WordPress VIP (WordPress 6.0.2, September 2022) after a migration from Polopoly: media namespace, channel 'Esteri &#8211; Brand', it-IT, WordPress 5+ whitespace, legacy-shaped links '/esteri/YYYY/MM/DD/news/<slug>-<id>/', '?p=<id>' guids, the feed template's deep tab indentation, CDATA dc:creator BEFORE pubDate ('Redazione Esteri', 'Redazione Web', a person, 'A, B' from Co-Authors Plus), +0000 pubDates (newsroom +0200), CDATA first-paragraph descriptions, content:encoded with «…» quotes and '(ANSA)', media:content keeping the old 'policy:1.<id>' image path with '&amp;w=1200', a 'VIDEO |' label, an unrendered jwplayer shortcode and a newsletter promo",
                notes="Home country: Italy (the Italian general election is home politics).")


# ---------------------------------------------------------------- Forlì daily, Drupal 8 views (June 2016)
def romagna():
    base = "http://www.giornaledellaromagna.example"
    specs = [
        S("brexit-vince-il-leave", "Brexit, vince il Leave con il 51,9%. Cameron annuncia le dimissioni", d(2016, 6, 24, 9, 30, 0, 2), "Francesca Zauli", ["Francesca Zauli"],
          ["LONDRA – Il Regno Unito ha votato per uscire dall’Unione europea. Il primo ministro ha annunciato che lascerà l’incarico entro ottobre.",
           "«Per i romagnoli che lavorano a Londra cambia poco subito, ma molto tra due anni», ha spiegato Davide Casadei, presidente dell’associazione Romagnoli nel Regno Unito."],
          quotes=[("Davide Casadei", "Romagnoli nel Regno Unito")], note="Relevant; the local angle in the quote does not make it home news."),
        S("istanbul-attentato-aeroporto", "Istanbul, attentato all’aeroporto Atatürk: almeno 41 morti", d(2016, 6, 29, 8, 15, 0, 2), "redazione_web", [],
          ["ISTANBUL – Tre attentatori suicidi hanno aperto il fuoco e si sono fatti esplodere all’aeroporto Atatürk. Le autorità turche attribuiscono l’attacco all’Isis. (ANSA)"],
          junk=["(ANSA)", "redazione_web"], note="dc:creator is a CMS account: []. Relevant."),
        S("spagna-voto-rajoy-primo", "Spagna, Rajoy primo ma senza maggioranza. Tiene Podemos", d(2016, 6, 27, 7, 50, 0, 2), "Giorgio Bertaccini", ["Giorgio Bertaccini"],
          ["MADRID – Il Partito popolare vince le elezioni spagnole ripetute a sei mesi dalle precedenti, ma resta lontano dalla maggioranza assoluta."],
          note="Relevant."),
        S("ballottaggio-forli-nuovo-sindaco", "Ballottaggio, Forlì ha il nuovo sindaco", d(2016, 6, 20, 0, 40, 0, 2), "Giorgio Bertaccini", ["Giorgio Bertaccini"],
          ["Forlì ha scelto il suo nuovo sindaco al ballottaggio, con un’affluenza del 48 per cento."],
          rel=False, note="City election: a story, not relevant."),
        S("foto-brexit-le-reazioni", "FOTO | Brexit, le reazioni a Londra", d(2016, 6, 24, 13, 0, 0, 2), "redazione_web", [],
          ["<div class=\"gallery\"></div>"],
          story=False, rel=False, note="Gallery: not a story. Title label 'FOTO |' may be kept or dropped."),
        S("diretta-euro-2016-italia-spagna", "DIRETTA | Euro 2016, Italia-Spagna 2-0", d(2016, 6, 27, 19, 55, 0, 2), "redazione_sport", [],
          ["Segui la partita minuto per minuto."],
          story=False, rel=False, note="Live sports page: not a story."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        nid = 98211 - i * 17
        path = f"/esteri/{s['k']}"
        desc = (f'<span property="schema:name">{esc(s["title"])}</span>\n<div property="schema:text" class="field field--name-body">{s.html()}</div>\n'
                f'<a href="{path}">Leggi tutto</a>')
        rows.append(f"  <item>\n    <title>{esc(s['title'])}</title>\n    <link>{base}{path}</link>\n    <description>{esc(desc)}</description>\n"
                    f"  <pubDate>{rfc822(s['w'])}</pubDate>\n    <dc:creator>{s['by']}</dc:creator>\n    <guid isPermaLink=\"false\">{nid} at {base}</guid>\n    </item>")
        s["junk"] = [*s["junk"], "Leggi tutto"]
        items.append(s.exp(f"{nid} at {base}"))
    text = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{base}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:og="http://ogp.me/ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#" xmlns:schema="http://schema.org/" xmlns:sioc="http://rdfs.org/sioc/ns#" xmlns:sioct="http://rdfs.org/sioc/types#" xmlns:skos="http://www.w3.org/2004/02/skos/core#" xmlns:xsd="http://www.w3.org/2001/XMLSchema#">\n  <channel>\n'
            f"    <title>Esteri</title>\n    <link>{base}/</link>\n    <description>Il Giornale della Romagna</description>\n    <language>it</language>\n    \n"
            + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("it_giornaledellaromagna_esteri_drupal8_2016.rss.xml", text, items, lang="it", outlet="Il Giornale della Romagna", aliases=["Giornale della Romagna"],
                structure="Forlì daily's 'Esteri' view on Drupal 8.1 (June 2016): xml:base and the RDF namespace block Drupal 8.1 put on <rss> (foaf, og, rdfs, schema, sioc, skos, xsd), channel title just 'Esteri' with the brand in the description, language 'it', an empty whitespace line after the head, escaped node-teaser descriptions repeating the title in a schema:name span and ending 'Leggi tutto', pubDate indented less than its siblings, dc:creator with CMS user names ('redazione_web', 'redazione_sport') or a reporter's display name, '<nid> at <base>' guids, upper-case datelines with an en dash, '(ANSA)', a gallery and a live football page, +0200 dates",
                notes="Home country: Italy.")


FEEDS = [oberpfalz, kaernten, vogtland, emilia, romagna]
