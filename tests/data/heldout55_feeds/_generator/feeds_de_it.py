# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German and Italian feeds of the fifty-fifth held-out set: a Hamburg weekly news magazine, a
Frankfurt national daily, an Austrian public broadcaster (RSS 1.0), a Milan and a Rome national
daily. All outlets, people and quotations are invented."""
from h55 import cd, d, esc, feed, isoz, it, newest_first, q, rfc822


# ---------------------------------------------------------------- Hamburg weekly news magazine, Ausland (SPIEGEL-style)
def lotse():
    base = "https://www.lotse.example"
    rows, items = [], []

    def add(uid, slug, title, when, teaser, exp, sect="ausland"):
        url = f"{base}/{sect}/{slug}-a-{uid}"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}#ref=rss</link>\n<description>{esc(teaser)}</description>\n"
                    f'<enclosure type="image/jpeg" url="https://cdn.lotse.example/images/{uid[:8]}-0001-0004-0000-000001234567_w520_r1.77_fpx50_fpy40.jpg" length="0"/>\n'
                    f"<guid>{url}</guid>\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(url))

    w = d(2025, 12, 8, 18, 2, 0, 1)
    add("4c1e7f2a-93b0-4d6e-8a15-2f7c9d0e3b61", "ukraine-krieg-russland-greift-energieanlagen-in-odessa-an", "Ukraine-Krieg: Russland greift Energieanlagen in Odessa an – Hunderttausende ohne Strom", w,
        "Die Hafenstadt liegt im Dunkeln: Nach nächtlichen Drohnen- und Raketenangriffen sind in Odessa zwei Umspannwerke ausgefallen. »Wir reparieren, was wir können, aber die Angriffe kommen schneller als die Ersatzteile«, sagte Oleksandr Hrytsenko, Sprecher des regionalen Energieversorgers.",
        lambda k: it(k, "Ukraine-Krieg: Russland greift Energieanlagen in Odessa an – Hunderttausende ohne Strom", w, [],
                     quotes=[q("Oleksandr Hrytsenko")],
                     note="Link carries '#ref=rss'; the guid is the link without it (the key). No author field in this feed. 'Ukraine-Krieg:' is the magazine's topic kicker, part of the headline. 'Sprecher des regionalen Energieversorgers' names no body: no affiliation label. Relevant."))
    w = d(2025, 12, 8, 15, 41, 0, 1)
    add("8e2d0b5c-1f7a-4a9e-b3c6-5d0f8e1a2c47", "honduras-wahl-auszaehlung-stockt-beide-kandidaten-erklaeren-sich-zum-sieger", "Wahl in Honduras: Auszählung stockt – beide Kandidaten erklären sich zum Sieger", w,
        "Eine Woche nach der Präsidentschaftswahl ist in Honduras noch immer kein Ergebnis in Sicht. Die Wahlbehörde spricht von technischen Problemen, die Opposition von Betrug.",
        lambda k: it(k, "Wahl in Honduras: Auszählung stockt – beide Kandidaten erklären sich zum Sieger", w, [], note="Foreign election: relevant."))
    w = d(2025, 12, 8, 6, 30, 0, 1)
    add("0b9a3c7e-5d2f-4e81-9c4a-7e6b1d8f2a03", "die-lage-am-morgen-honduras-odessa-klimageld", "Die Lage am Morgen: Warum Honduras nicht zur Ruhe kommt", w,
        "Heute geht es um eine Wahl ohne Ergebnis, eine Stadt ohne Strom und ein Versprechen der Bundesregierung. Den Newsletter können Sie hier abonnieren.",
        lambda k: it(k, "Die Lage am Morgen: Warum Honduras nicht zur Ruhe kommt", w, [], story=False, rel=False,
                     note="The morning newsletter ('Die Lage am Morgen', 'Den Newsletter können Sie hier abonnieren'): not a story."), sect="politik")
    w = d(2025, 12, 7, 20, 15, 0, 1)
    add("6f4c2e8a-0d1b-4b7f-a2e9-3c8d5f0b1e96", "aegypten-reisebus-verunglueckt-zwei-tote-aus-bayern", "Ägypten: Reisebus mit deutschen Urlaubern verunglückt – zwei Tote aus Bayern", w,
        "Auf der Straße von Hurghada nach Luxor ist ein Reisebus von der Fahrbahn abgekommen. Unter den Toten sind nach Angaben des Auswärtigen Amts ein Ehepaar aus dem Landkreis Rosenheim.",
        lambda k: it(k, "Ägypten: Reisebus mit deutschen Urlaubern verunglückt – zwei Tote aus Bayern", w, [], rel=False,
                     note="An accident abroad told through its German victims: a story, not relevant."), sect="panorama")
    w = d(2025, 12, 7, 17, 0, 0, 1)
    add("2a7e9d1c-4b3f-4c05-8e6a-9f1b0c2d7e58", "podcast-weltlage-chile-rueckt-nach-rechts", "»Weltlage«-Podcast: Warum Chile nach rechts rückt", w,
        "Chile hat einen neuen Präsidenten gewählt, der die Migration begrenzen will. Was steckt dahinter? Darüber sprechen wir in dieser Folge. Hören Sie den Podcast überall, wo es Podcasts gibt.",
        lambda k: it(k, "»Weltlage«-Podcast: Warum Chile nach rechts rückt", w, [], story=False, rel=False,
                     note="A podcast episode ('in dieser Folge', 'Hören Sie den Podcast'): not a story."))
    w = d(2025, 12, 7, 11, 24, 0, 1)
    add("9d5b0e3f-7c2a-4f16-b8d0-1e4a6c9f3b72", "venezuela-usa-versenken-weiteres-boot-in-der-karibik", "Venezuela: USA versenken weiteres Boot in der Karibik", w,
        "Das US-Militär hat nach eigenen Angaben erneut ein mutmaßliches Schmugglerboot vor der venezolanischen Küste zerstört. »Das ist keine Drogenbekämpfung, das ist Einschüchterung«, sagte die venezolanische Oppositionspolitikerin María Elena Castillo.",
        lambda k: it(k, "Venezuela: USA versenken weiteres Boot in der Karibik", w, [], quotes=[q("María Elena Castillo")],
                     note="Quote with »…« marks; the speaker is named with a role, no body (no affiliation label). Relevant."))

    rows, items = newest_first(rows, items)
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" version="2.0">\n<channel>\n<title>DER LOTSE - Ausland</title>\n'
            f"<link>{base}/ausland/</link>\n<description>Deutschlands Nachrichtenmagazin aus Hamburg: Politik, Wirtschaft, Kultur und mehr.</description>\n<language>de</language>\n"
            f"<pubDate>{rfc822(items[0].published)}</pubDate>\n<lastBuildDate>{rfc822(items[0].published)}</lastBuildDate>\n"
            f"<image>\n<title>DER LOTSE</title>\n<link>{base}/</link>\n<url>https://cdn.lotse.example/public/lotse/img/rss-logo.png</url>\n</image>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("de_lotse_ausland_rss.rss.xml", text, items, lang="de", outlet="DER LOTSE", aliases=["Der Lotse"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Hamburg weekly news magazine's 'Ausland' RSS, December 2025: channel 'DER LOTSE - Ausland' (brand in capitals), no indentation; items with the kicker as part of the title ('Ukraine-Krieg: …'), links ending '#ref=rss' and guids without it ('…-a-<uuid>'), a plain-text teaser as description, an image enclosure with length 0, '+0100' pubDates; no author field at all; quotes in »…«; a morning newsletter, a podcast episode and a travel accident under /panorama/ mixed in.",
                notes="Home country: Germany.")


# ---------------------------------------------------------------- Frankfurt national daily, Politik/Ausland
def morgen():
    base = "https://www.frankfurter-morgen.example"
    rows, items = [], []

    def add(aid, path, title, when, creator, img_alt, teaser, exp):
        url = f"{base}/aktuell/politik/{path}-{aid}.html"
        html = (f'<p><img src="https://media.frankfurter-morgen.example/ppmedia/aktuell/{aid}/1_formatOriginal/bild.jpg" alt="{esc(img_alt)}" width="200" height="133" /></p>'
                f"<p>{teaser}</p>")
        by = f"\n  <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f" <item>\n  <title>{esc(title)}</title>\n  <link>{url}?GEPC=s3</link>\n  <description>{esc(html)}</description>{by}\n"
                    f"  <category>Politik</category>\n  <pubDate>{rfc822(when)}</pubDate>\n  <guid isPermaLink=\"false\">{aid}</guid>\n </item>")
        items.append(exp(str(aid)))

    w = d(2026, 1, 14, 19, 5, 0, 1)
    add(110812345, "ausland/groenland-daenemark-verstaerkt-militaerpraesenz-in-der-arktis", "Grönland: Dänemark verstärkt Militärpräsenz in der Arktis", w, "Katharina Wendelin, Kopenhagen",
        "Ein dänisches Inspektionsschiff vor Nuuk",
        "Kopenhagen schickt zwei weitere Schiffe und Aufklärungsdrohnen nach Grönland. „Dänemark zeigt damit, dass es die Arktis nicht anderen überlassen will“, sagte Lars Vinther, Forscher am Institut für Arktisstudien in Aarhus.",
        lambda k: it(k, "Grönland: Dänemark verstärkt Militärpräsenz in der Arktis", w, ["Katharina Wendelin"],
                     quotes=[q("Lars Vinther", "Institut für Arktisstudien")],
                     junk=["Ein dänisches Inspektionsschiff vor Nuuk"],
                     note="dc:creator 'Name, Ort': the person is Katharina Wendelin, 'Kopenhagen' is her posting. The image's alt text is not the summary. Relevant."))
    w = d(2026, 1, 14, 16, 48, 0, 1)
    add(110811876, "ausland/iran-proteste-weiten-sich-nach-waehrungsabsturz-aus", "Iran: Proteste weiten sich nach Währungsabsturz aus", w, "Jonas Reimold, Beirut",
        "Demonstranten in Isfahan",
        "Nach dem Absturz des Rial gehen in mehreren iranischen Städten Händler und Studenten auf die Straße. Die Behörden sperren das mobile Internet.",
        lambda k: it(k, "Iran: Proteste weiten sich nach Währungsabsturz aus", w, ["Jonas Reimold"],
                     junk=["Demonstranten in Isfahan"], note="'Name, Ort' byline. Relevant."))
    w = d(2026, 1, 14, 12, 30, 0, 1)
    add(110811302, "ausland/bundeswehr-brigade-litauen-erste-kampfpanzer-eingetroffen", "Bundeswehr-Brigade in Litauen: Erste Kampfpanzer eingetroffen", w, "dpa",
        "Kampfpanzer auf einem Tieflader",
        "Die ersten Leopard-2-Panzer der in Litauen stationierten Brigade sind auf dem Truppenübungsplatz Rūdninkai angekommen. Bis 2027 sollen dort rund 5000 Soldaten stehen.",
        lambda k: it(k, "Bundeswehr-Brigade in Litauen: Erste Kampfpanzer eingetroffen", w, [],
                     junk=["Kampfpanzer auf einem Tieflader"],
                     note="dc:creator is the agency 'dpa': []. Germany's own defence commitment abroad (NATO's eastern flank): relevant."))
    w = d(2026, 1, 13, 21, 10, 0, 1)
    add(110810770, "inland/kommunalwahl-hessen-frankfurter-parteien-streiten-ueber-wohnungsbau", "Vor der Kommunalwahl: Frankfurter Parteien streiten über Wohnungsbau", w, "Matthias Trautwein, Frankfurt",
        "Neubauten im Stadtteil Riedberg",
        "Zwei Monate vor der Kommunalwahl in Hessen rückt in Frankfurt der Wohnungsbau in den Mittelpunkt. Die Koalition im Römer ist uneins über neue Baugebiete.",
        lambda k: it(k, "Vor der Kommunalwahl: Frankfurter Parteien streiten über Wohnungsbau", w, ["Matthias Trautwein"], rel=False,
                     junk=["Neubauten im Stadtteil Riedberg"], note="Home politics (Frankfurt, Hesse) in the Politik feed: not relevant."))
    w = d(2026, 1, 13, 7, 15, 0, 1)
    add(110809955, "ausland/liveticker-zum-ukrainekrieg-kiew-meldet-naechtliche-drohnenangriffe", "Liveticker zum Ukrainekrieg: Kiew meldet nächtliche Drohnenangriffe", w, None,
        "Feuerwehrleute in Kiew",
        "Alle Entwicklungen im Liveticker.",
        lambda k: it(k, "Liveticker zum Ukrainekrieg: Kiew meldet nächtliche Drohnenangriffe", w, [], story=False, rel=False,
                     note="A live ticker ('Liveticker …', 'Alle Entwicklungen im Liveticker'): not a story."))
    w = d(2026, 1, 12, 18, 0, 0, 1)
    add(110809121, "ausland/serbien-zwischen-bruessel-und-moskau", "Serbien zwischen Brüssel und Moskau: Die Kunst, sich nicht zu entscheiden", w, "Stefan Lorch, Wien",
        "Demonstration in Belgrad",
        "Belgrad verhandelt mit der EU über den Beitritt und kauft zugleich russisches Gas zu Vorzugspreisen. „Serbien verkauft seine Unentschiedenheit als Strategie“, sagt Jelena Marković vom Belgrader Zentrum für Außenpolitik.",
        lambda k: it(k, "Serbien zwischen Brüssel und Moskau: Die Kunst, sich nicht zu entscheiden", w, ["Stefan Lorch"],
                     quotes=[q("Jelena Marković", "Belgrader Zentrum für Außenpolitik")],
                     junk=["Demonstration in Belgrad"], note="Analysis is news: a story. 'vom Belgrader Zentrum für Außenpolitik': the body's name. Relevant."))

    rows, items = newest_first(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n <title>Ausland – Frankfurter Morgen</title>\n'
            f" <link>{base}/aktuell/politik/ausland/</link>\n <description>Nachrichten aus der Politik im Ausland</description>\n <language>de-de</language>\n"
            f" <copyright>Frankfurter Morgen GmbH 2026</copyright>\n <lastBuildDate>{rfc822(items[0].published)}</lastBuildDate>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("de_frankfurtermorgen_politik_ausland.rss.xml", text, items, lang="de", outlet="Frankfurter Morgen",
                ctype="application/rss+xml",
                structure="Frankfurt national daily's 'Politik – Ausland' RSS, January 2026: channel 'Ausland – Frankfurter Morgen', copyright 'Frankfurter Morgen GmbH 2026', one-space indentation; items with links carrying a '?GEPC=s3' tracking parameter and numeric article ids as guid (isPermaLink false), escaped HTML description of an image paragraph (alt text = a caption) and a teaser paragraph, dc:creator 'Name, Ort' or the agency 'dpa' or absent, a single category 'Politik', '+0100' pubDates; quotes in „…“; a live ticker; a Frankfurt local election story from /inland/.",
                notes="Home country: Germany.")


# ---------------------------------------------------------------- Austrian public broadcaster, news feed as RSS 1.0 (ORF-style)
def oerd():
    rows, items = [], []

    def add(sid, title, when, subject, exp, stype="Story"):
        url = f"https://oerd.example/stories/{sid}/"
        rows.append(f'<item rdf:about="{url}">\n<title>{esc(title)}</title>\n<link>{url}</link>\n<dc:subject>{subject}</dc:subject>\n<dc:date>{isoz(when)}</dc:date>\n'
                    f'<orfon:storyType rdf:resource="https://rss.oerd.example/1.0/storytypes/{stype}"/>\n<orfon:usid>news:{sid}</orfon:usid>\n</item>')
        items.append(exp(url))

    w = d(2025, 11, 26, 18, 34, 2, 1)
    add(3412345, "Israel billigt Ausbau von Siedlungen im Westjordanland", w, "Ausland",
        lambda k: it(k, "Israel billigt Ausbau von Siedlungen im Westjordanland", w, [],
                     note="RSS 1.0 item with title, link, dc:subject, dc:date and orfon: elements only: no description, no author (a headline-only item). Relevant."))
    w = d(2025, 11, 26, 17, 2, 40, 1)
    add(3412331, "Pensionen: Regierung einigt sich auf Anpassung für 2026", w, "Inland",
        lambda k: it(k, "Pensionen: Regierung einigt sich auf Anpassung für 2026", w, [], rel=False,
                     note="dc:subject 'Inland': Austrian home politics, not relevant."))
    w = d(2025, 11, 26, 15, 48, 11, 1)
    add(3412302, "Sudan: UNO warnt vor Hungersnot in Kordofan", w, "Ausland",
        lambda k: it(k, "Sudan: UNO warnt vor Hungersnot in Kordofan", w, [], note="Relevant."))
    w = d(2025, 11, 26, 14, 5, 0, 1)
    add(3412288, "Weltcup-Slalom in Gurgl wegen Schneemangels abgesagt", w, "Sport",
        lambda k: it(k, "Weltcup-Slalom in Gurgl wegen Schneemangels abgesagt", w, [], rel=False, note="Sport: not relevant."))
    w = d(2025, 11, 26, 11, 30, 0, 1)
    add(3412260, "Ukraine-Gespräche in Genf: Der Tag im Überblick", w, "Ausland",
        lambda k: it(k, "Ukraine-Gespräche in Genf: Der Tag im Überblick", w, [], story=False, rel=False,
                     note="orfon:storyType 'Ticker': a live ticker page, not a story (the headline alone does not say 'live')."), stype="Ticker")
    w = d(2025, 11, 26, 9, 12, 55, 1)
    add(3412241, "Bundesheer beteiligt sich an EU-Mission im Roten Meer", w, "Inland",
        lambda k: it(k, "Bundesheer beteiligt sich an EU-Mission im Roten Meer", w, [],
                     note="Filed under 'Inland', but Austria joining an EU naval mission is foreign and security policy: relevant."))

    rows, items = newest_first(rows, items)
    lis = [f'<rdf:li rdf:resource="{i.key}"/>' for i in items]
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:orfon="https://rss.oerd.example/1.0/">\n'
            '<channel rdf:about="https://rss.oerd.example/news.xml">\n<title>ÖRD News</title>\n<link>https://oerd.example/</link>\n<description>Nachrichten aus Österreich und der Welt</description>\n'
            f"<dc:language>de</dc:language>\n<dc:date>{isoz(items[0].published)}</dc:date>\n<dc:publisher>Österreichischer Rundfunkdienst</dc:publisher>\n<dc:rights>© Österreichischer Rundfunkdienst</dc:rights>\n"
            "<items>\n<rdf:Seq>\n" + "\n".join(lis) + "\n</rdf:Seq>\n</items>\n</channel>\n" + "\n".join(rows) + "\n</rdf:RDF>\n")
    return feed("de_at_oerd_news_rdf.rdf", text, items, lang="de", outlet="ÖRD News", aliases=["ÖRD", "Österreichischer Rundfunkdienst"],
                shape="rss1-rdf", ctype="application/rdf+xml; charset=utf-8", topic="mixed",
                structure="Austrian public broadcaster's news feed (rss.<host>/news.xml) as RSS 1.0, November 2025: rdf:RDF with the RSS 1.0 default namespace, dc: and a broadcaster namespace 'orfon:'; channel 'ÖRD News' with dc:language, dc:date, dc:publisher and dc:rights, an rdf:Seq of the items; each item has ONLY title, link, dc:subject (Ausland/Inland/Sport), dc:date with '+01:00' and orfon:storyType/orfon:usid: no description and no author (headline-only items); a 'Ticker' story type marks a live page whose headline does not say so; a Red Sea mission filed under 'Inland'.",
                notes="Home country: Austria. All items are headline-only (the feed gives no text).")


# ---------------------------------------------------------------- Milan national daily, Esteri
def meneghino():
    base = "https://www.ilmeneghino.example"
    rows, items = [], []

    def add(aid, path, title, when, desc, exp):
        url = f"{base}/{path}_{aid}.shtml"
        rows.append(f"<item>\n<title><![CDATA[{title}]]></title>\n<link>{url}</link>\n<description><![CDATA[{desc}]]></description>\n"
                    f"<pubDate>{rfc822(when)}</pubDate>\n<guid isPermaLink=\"true\">{url}</guid>\n</item>")
        items.append(exp(url))

    w = d(2026, 2, 17, 20, 12, 0, 1)
    add("c4e1a7b2-0d3f-11f1-9a2b-6c8e0f3d1a5e", "esteri/26_febbraio_17/iran-colloqui-nucleare-muscat", "Iran, nuovi colloqui sul nucleare a Muscat: Teheran apre alle ispezioni", w,
        "di Viviana Mazzoleni<br/>Il negoziato riprende dopo tre mesi di stallo. L’Oman fa da mediatore tra le delegazioni iraniana e americana, che non si incontrano direttamente.",
        lambda k: it(k, "Iran, nuovi colloqui sul nucleare a Muscat: Teheran apre alle ispezioni", w, ["Viviana Mazzoleni"],
                     junk=["di Viviana Mazzoleni"],
                     note="The byline 'di Nome Cognome' opens the description before a <br/>: the author. Relevant."))
    w = d(2026, 2, 17, 16, 40, 0, 1)
    add("a8f20c61-0d1e-11f1-8b7c-2e4a6f9d0b3c", "esteri/26_febbraio_17/londra-pub-senza-alcol-city", "Londra, la nuova moda dei pub senza alcol conquista la City", w,
        "dalla nostra corrispondente Chiara Bellotti<br/>Birre analcoliche alla spina, cocktail a zero gradi e sale piene a mezzogiorno: il fenomeno che i birrifici inglesi non avevano previsto.",
        lambda k: it(k, "Londra, la nuova moda dei pub senza alcol conquista la City", w, ["Chiara Bellotti"], rel=False,
                     junk=["dalla nostra corrispondente"],
                     note="Byline with a role ('dalla nostra corrispondente Chiara Bellotti'): the person only. A foreign lifestyle story: not relevant."))
    w = d(2026, 2, 17, 13, 5, 0, 1)
    add("70b3e9d4-0cfa-11f1-a3d5-8f1c2b4e6a70", "video-esteri/26_febbraio_17/gaza-camion-aiuti-valico-rafah", "Gaza, le immagini dei camion di aiuti al valico di Rafah | Video", w,
        "Le immagini della colonna di camion in attesa al valico.",
        lambda k: it(k, "Gaza, le immagini dei camion di aiuti al valico di Rafah | Video", w, [], story=False, rel=False,
                     note="A video page (video-esteri path, '| Video' suffix, a line about the footage): not a story."))
    w = d(2026, 2, 16, 22, 18, 0, 1)
    add("52d8c1f0-0c6e-11f1-b9e4-1a3c5e7f9b2d", "esteri/26_febbraio_16/ucraina-raid-russo-kharkiv", "Ucraina, raid russo su Kharkiv: colpito un condominio, otto morti", w,
        "Missili e droni nella notte sulla seconda città del Paese. «Hanno colpito mentre la gente dormiva, non c’era nessun obiettivo militare nel quartiere», ha detto Olena Marchuk, portavoce dell’amministrazione militare regionale.",
        lambda k: it(k, "Ucraina, raid russo su Kharkiv: colpito un condominio, otto morti", w, [],
                     quotes=[q("Olena Marchuk", "amministrazione militare regionale")],
                     note="No byline. Quote in «…» with 'ha detto Name, portavoce dell’amministrazione…': the body as written. Relevant."))
    w = d(2026, 2, 16, 18, 0, 0, 1)
    add("3e6a9f12-0c4b-11f1-8d2e-4b6d8f0a1c3e", "esteri/26_febbraio_16/germania-cdu-candidato-baden-wuerttemberg", "Germania, la Cdu punta sul voto nel Baden-Württemberg per rilanciare il governo", w,
        "dal nostro corrispondente Paolo Brambati<br/>L’8 marzo si vota nel Land più ricco del Paese. Nei sondaggi i cristianodemocratici sono avanti, ma i Verdi tengono.",
        lambda k: it(k, "Germania, la Cdu punta sul voto nel Baden-Württemberg per rilanciare il governo", w, ["Paolo Brambati"],
                     junk=["dal nostro corrispondente"], note="Foreign politics (a German state election with national weight): relevant."))
    w = d(2026, 2, 16, 8, 0, 0, 1)
    add("1c4e7a90-0bf2-11f1-a6c8-0e2a4c6e8f1b", "esteri/newsletter-mappamondo-iscriviti", "Mappamondo, la newsletter degli Esteri: come iscriversi", w,
        "Ogni martedì le storie dal mondo scelte dalla redazione Esteri. Iscriviti gratuitamente.",
        lambda k: it(k, "Mappamondo, la newsletter degli Esteri: come iscriversi", w, [], story=False, rel=False, note="Newsletter promotion: not a story."))

    rows, items = newest_first(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<title>Il Meneghino - Esteri</title>\n'
            f"<link>{base}/esteri/</link>\n<description>Il Meneghino - Esteri: le notizie dal mondo</description>\n<language>it-it</language>\n"
            "<copyright>Copyright 2026 © Il Meneghino Editoriale S.p.A. - Tutti i diritti riservati</copyright>\n"
            f"<lastBuildDate>{rfc822(items[0].published)}</lastBuildDate>\n<image>\n<url>{base}/img/logo-rss.gif</url>\n<title>Il Meneghino</title>\n<link>{base}/</link>\n</image>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("it_meneghino_esteri_rss.rss.xml", text, items, lang="it", outlet="Il Meneghino",
                ctype="text/xml; charset=UTF-8",
                structure="Milan national daily's 'Esteri' RSS, February 2026: channel 'Il Meneghino - Esteri', it-it, copyright naming the publishing company 'Il Meneghino Editoriale S.p.A.', logo image; items with CDATA title and description, '…_<uuid>.shtml' permalinks as guid, '+0100' pubDates; the byline opens the description before a <br/> ('di Nome Cognome', 'dal nostro corrispondente Nome Cognome', 'dalla nostra corrispondente …') or is absent; no author element; quotes in «…»; a '| Video' page under video-esteri and a newsletter promo.",
                notes="Home country: Italy.")


# ---------------------------------------------------------------- Rome national daily, Esteri
def palatino():
    base = "https://www.ilpalatino.example"
    rows, items = [], []

    def add(num, path, title, when, author, desc, exp, credit="Ansa"):
        url = f"{base}/esteri/{when.strftime('%Y/%m/%d')}/news/{path}-{num}/"
        au = f"\n      <author>{esc(author)}</author>" if author else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{cd(desc)}</description>{au}\n"
                    f"      <pubDate>{rfc822(when)}</pubDate>\n      <guid isPermaLink=\"true\">{url}</guid>\n"
                    f'      <media:content url="https://www.ilpalatino.example/images/{when.strftime("%Y/%m/%d")}/{num}-a.jpg" type="image/jpeg" medium="image">\n        <media:credit>{esc(credit)}</media:credit>\n      </media:content>\n    </item>')
        items.append(exp(url))

    w = d(2026, 4, 12, 21, 30, 0, 2)
    add(425119876, "ungheria_al_voto_affluenza_record_a_budapest", "Ungheria al voto, affluenza record a Budapest", w, "dalla nostra inviata Giulia Ferranti",
        '<img src="https://www.ilpalatino.example/images/2026/04/12/425119876-a.jpg" width="140" /><br/>Code ai seggi fino a sera nella capitale. «Non ho mai visto così tanta gente votare, nemmeno nel 1990», dice Zsófia Bartók, 34 anni, insegnante.',
        lambda k: it(k, "Ungheria al voto, affluenza record a Budapest", w, ["Giulia Ferranti"], quotes=[q("Zsófia Bartók")],
                     junk=["dalla nostra inviata"],
                     note="<author> holds a role before the name ('dalla nostra inviata Giulia Ferranti'): the person only. Age and job are no affiliation. Foreign election: relevant."))
    w = d(2026, 4, 12, 17, 5, 0, 2)
    add(425119301, "italiani_bloccati_a_dubai_farnesina_organizza_i_rientri", "Italiani bloccati a Dubai dopo la tempesta di sabbia, la Farnesina organizza i rientri", w, "Redazione Esteri",
        '<img src="https://www.ilpalatino.example/images/2026/04/12/425119301-a.jpg" width="140" /><br/>Sono circa 1.500 i connazionali in attesa di un volo. L’unità di crisi ha attivato un numero dedicato.',
        lambda k: it(k, "Italiani bloccati a Dubai dopo la tempesta di sabbia, la Farnesina organizza i rientri", w, [],
                     note="'Redazione Esteri' is the desk: []. The Farnesina's crisis unit organises the return of stranded Italians: relevant (rule C-b)."))
    w = d(2026, 4, 12, 11, 48, 0, 2)
    add(425118620, "libia_guardia_costiera_intercetta_400_migranti", "Libia, la Guardia costiera intercetta 400 migranti: tensione con Roma sui respingimenti", w, "Alessandro Rotondi",
        '<img src="https://www.ilpalatino.example/images/2026/04/12/425118620-a.jpg" width="140" /><br/>Le motovedette donate dall’Italia riportano i barconi a Tripoli. «Sono respingimenti per procura», accusa Marco Feltrinelli, portavoce della ong Mare Aperto.',
        lambda k: it(k, "Libia, la Guardia costiera intercetta 400 migranti: tensione con Roma sui respingimenti", w, ["Alessandro Rotondi"],
                     quotes=[q("Marco Feltrinelli", "Mare Aperto")],
                     note="Italy's migration co-operation with Libya: relevant. 'della ong Mare Aperto': the body is 'Mare Aperto'."))
    w = d(2026, 4, 11, 19, 0, 0, 2)
    add(425117455, "il_mondo_in_10_minuti_podcast_perù", "Il mondo in 10 minuti – Il podcast: il Perù sceglie tra 35 candidati", w, None,
        '<img src="https://www.ilpalatino.example/images/2026/04/11/425117455-a.jpg" width="140" /><br/>Ascolta la puntata di oggi del podcast della redazione Esteri.',
        lambda k: it(k, "Il mondo in 10 minuti – Il podcast: il Perù sceglie tra 35 candidati", w, [], story=False, rel=False,
                     note="A podcast episode ('Ascolta la puntata'): not a story."), credit="Il Palatino")
    w = d(2026, 4, 11, 14, 22, 0, 2)
    add(425116810, "peru_si_vota_per_il_presidente", "Perù, si vota per il presidente: 35 candidati e un Paese sfiduciato", w, "Agenzia Ansa",
        '<img src="https://www.ilpalatino.example/images/2026/04/11/425116810-a.jpg" width="140" /><br/>Domenica oltre 27 milioni di peruviani alle urne. Nessun candidato supera il 12 per cento nei sondaggi.',
        lambda k: it(k, "Perù, si vota per il presidente: 35 candidati e un Paese sfiduciato", w, [],
                     note="<author> is the agency ('Agenzia Ansa'): []. Foreign election: relevant."), credit="Afp")
    w = d(2026, 4, 10, 20, 0, 0, 2)
    add(425115300, "le_foto_della_settimana_nel_mondo", "Le foto della settimana nel mondo", w, None,
        '<img src="https://www.ilpalatino.example/images/2026/04/10/425115300-a.jpg" width="140" /><br/>Dall’Ungheria al Perù, le immagini più belle dei nostri fotografi e delle agenzie. Sfoglia la gallery.',
        lambda k: it(k, "Le foto della settimana nel mondo", w, [], story=False, rel=False, note="A photo gallery ('Sfoglia la gallery'): not a story."), credit="Reuters")

    rows, items = newest_first(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
            f"    <title>Il Palatino &gt; Esteri</title>\n    <link>{base}/esteri/</link>\n    <description>Notizie dal mondo: politica internazionale, conflitti, diplomazia</description>\n"
            f'    <language>it</language>\n    <atom:link href="{base}/rss/esteri/rss2.0.xml" rel="self" type="application/rss+xml"/>\n'
            f"    <copyright>Copyright © Il Palatino</copyright>\n    <lastBuildDate>{rfc822(items[0].published)}</lastBuildDate>\n"
            + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("it_palatino_esteri_rss2.rss.xml", text, items, lang="it", outlet="Il Palatino",
                ctype="application/rss+xml; charset=UTF-8",
                structure="Rome national daily's 'Esteri' rss2.0.xml, April 2026: channel 'Il Palatino > Esteri' (escaped '>'); items with CDATA description opening with a thumbnail <img width=140> and <br/>, an <author> element holding a role and a name ('dalla nostra inviata Name'), a person, the desk ('Redazione Esteri'), the agency ('Agenzia Ansa') or absent, '+0200' pubDates, permalink guids under /esteri/YYYY/MM/DD/news/<slug>-<num>/, media:content with a media:credit agency name; quotes in «…»; a podcast episode and a photo gallery.",
                notes="Home country: Italy.")


FEEDS = [lotse, morgen, oerd, meneghino, palatino]
