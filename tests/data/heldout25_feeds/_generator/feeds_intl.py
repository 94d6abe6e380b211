# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu feeds of the twenty-fifth held-out set: world sections
of outlets far from the language's home (Buenos Aires, Almaty, New York, Melbourne, São Tomé,
Gilgit) and of regional ones (Stuttgart/Mainz, Belo Horizonte, Lucknow).
All outlets, people and quotations are invented."""
from common25 import d, feed, utc0, wpt
from mk import esc, it, q, rfc822

# ---------------------------------------------------------------- Argentinisches Tageblatt-style (Buenos Aires) German-language weekly on WordPress


def wochenpost():
    rows, items = [], []
    base = "https://www.wochenpost-ar.example"

    def add(pid, slug, title, when, creator, cats, body, exp):
        url = f"{base}/{slug}/"
        cat = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        foot = f"<p>Der Beitrag <a rel=\"nofollow\" href=\"{url}\">{esc(title)}</a> erschien zuerst auf <a rel=\"nofollow\" href=\"{base}\">Argentinische Wochenpost</a>.</p>\n"
        rows.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<comments>{url}#respond</comments>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{utc0(when)}</pubDate>{cat}\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{body}{foot}]]></description>\n\t\t\n\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t\t<slash:comments>0</slash:comments>\n\t\t\n\t\t\t\n\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    o = -3
    w = d(19, 12, 30, 0, o)
    t = "Argentinien und Chile einigen sich auf Grenzverlauf im Südlichen Eisfeld"
    add(48210, "argentinien-und-chile-einigen-sich-auf-grenzverlauf-im-suedlichen-eisfeld", t, w, "Matthias Kröger", ["Argentinien", "Welt"],
        "<p>Buenos Aires/Santiago (AW) – Nach mehr als zwanzig Jahren Verhandlungen haben sich Argentinien und Chile auf den Verlauf der letzten offenen Grenzstrecke im Südlichen Patagonischen Eisfeld geeinigt.</p>\n"
        "<p>Die gemischte Grenzkommission legte am Dienstag eine Karte vor, die beide Außenministerien billigten. Die Parlamente müssen noch zustimmen.</p>\n"
        "<p>„Das ist ein Tag, auf den zwei Generationen von Diplomaten gewartet haben“, sagte Facundo Illia Berardi, Sprecher des argentinischen Außenministeriums.</p>\n",
        lambda k: it(k, t, w, ["Matthias Kröger"], junk=["Der Beitrag", "erschien zuerst auf", "(AW) –"], quotes=[q("Facundo Illia Berardi", "Außenministeriums")],
                     note="Yoast's German 'Der Beitrag … erschien zuerst auf …' footer; 'Ort/Ort (Kürzel) –' dateline."))
    w = d(18, 18, 0, 0, o)
    t = "Mercosur und EU: Neuer Anlauf für das Handelsabkommen"
    add(48196, "mercosur-und-eu-neuer-anlauf-fuer-das-handelsabkommen", t, w, "Carolina Weiß", ["Welt", "Wirtschaft"],
        "<p>Montevideo (dpa) – Die Chefunterhändler der Europäischen Union und des Mercosur wollen die Gespräche über ein Zusatzprotokoll zum Umweltschutz im November in Brüssel wieder aufnehmen.</p>\n"
        "<p>Das Abkommen ist seit 2019 ausverhandelt, wurde aber nie ratifiziert. Frankreich und Österreich verlangen verbindliche Zusagen zum Schutz des Amazonas.</p>\n",
        lambda k: it(k, t, w, ["Carolina Weiß"], junk=["Der Beitrag", "erschien zuerst auf", "(dpa) –"]))
    w = d(18, 10, 15, 0, o)
    t = "Goethe-Schule feiert 125 Jahre mit Festakt im Teatro Colón"
    add(48185, "goethe-schule-feiert-125-jahre", t, w, "Redaktion", ["Gemeinschaft"],
        "<p>Mit einem Festakt im Teatro Colón hat die Goethe-Schule in Buenos Aires ihr 125-jähriges Bestehen gefeiert. Rund 1.200 Gäste kamen.</p>\n",
        lambda k: it(k, t, w, [], rel=False, junk=["Der Beitrag"], note="Community item; 'Redaktion' is a desk credit."))
    w = d(17, 20, 0, 0, o)
    t = "Inflation im September bei 6,2 Prozent"
    add(48170, "inflation-im-september-bei-62-prozent", t, w, "Carolina Weiß", ["Argentinien", "Wirtschaft"],
        "<p>Die Verbraucherpreise in Argentinien sind im September um 6,2 Prozent gestiegen. Auf das Jahr gerechnet liegt die Inflation bei 83 Prozent, teilte das Statistikamt Indec mit.</p>\n",
        lambda k: it(k, t, w, ["Carolina Weiß"], rel=False, junk=["Der Beitrag"]))
    w = d(17, 9, 0, 0, o)
    t = "Veranstaltungskalender: Was läuft diese Woche in der Gemeinschaft?"
    add(48161, "veranstaltungskalender-42", t, w, "Redaktion", ["Termine"],
        "<p>Oktoberfest in Villa General Belgrano, Chorkonzert in der Evangelischen Kirche, Stammtisch in Belgrano.</p>\n",
        lambda k: it(k, t, w, [], story=False, rel=False, junk=["Der Beitrag"], note="Weekly events calendar."))
    w = d(16, 15, 40, 0, o)
    t = "Malwinen: Argentinien bringt Souveränitätsfrage erneut vor UN-Ausschuss"
    add(48152, "malwinen-argentinien-un-ausschuss", t, w, "Matthias Kröger", ["Argentinien", "Welt"],
        "<p>Buenos Aires (AW) – Argentinien hat die Frage der Souveränität über die Malwinen (Falklandinseln) erneut vor den Entkolonialisierungsausschuss der Vereinten Nationen gebracht.</p>\n"
        "<p>Großbritannien lehnt Verhandlungen ab und verweist auf das Referendum von 2013, in dem sich fast alle Inselbewohner für den Verbleib bei Großbritannien aussprachen.</p>\n",
        lambda k: it(k, t, w, ["Matthias Kröger"], junk=["Der Beitrag", "(AW) –"]))
    channel = ("\t<title>Argentinische Wochenpost</title>\n\t<atom:link href=\"https://www.wochenpost-ar.example/category/welt/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n"
               f"\t<link>{base}</link>\n\t<description>Die deutschsprachige Wochenzeitung in Argentinien</description>\n\t<lastBuildDate>{utc0(d(19, 12, 31, 0, o))}</lastBuildDate>\n"
               "\t<language>de-DE</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.0.2</generator>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("de_ar_wochenpost_welt_wp.rss.xml", text, items, lang="de", outlet="Argentinische Wochenpost", aliases=["Wochenpost"],
                structure="Argentinisches Tageblatt-style (Buenos Aires) German-language weekly's 'Welt' category feed on WordPress with Yoast (excerpt-only setting): WordPress's stock RSS2 template with its ragged indentation and blank lines (comments, wfw:commentRss and slash:comments left in), channel titled with the bare brand, '?p=<id>' guids, CDATA dc:creator holding a person or 'Redaktion', CDATA categories, descriptions carrying the whole short article as <p> blocks and ending in Yoast's German 'Der Beitrag … erschien zuerst auf …' paragraph, 'Ort/Ort (AW) –' and 'Ort (dpa) –' datelines, „…“ quotes, an events calendar, +0000 pubDates for a newsroom at -0300")


# ---------------------------------------------------------------- DAZ-style (Almaty) German-language paper of Kazakhstan, Grav CMS feed plugin


def steppe():
    rows, items = [], []
    base = "https://steppenzeitung.example"

    def add(path, title, when, body, cats, exp):
        url = f"{base}/{path}"
        cat = "".join(f"\n            <category>{esc(c)}</category>" for c in cats)
        rows.append(f"                <item>\n            <title>{esc(title)}</title>\n            <link>{url}</link>\n            <guid>{url}</guid>\n            <pubDate>{rfc822(when)}</pubDate>\n"
                    f"            <description>\n                <![CDATA[{body}]]>\n            </description>{cat}\n        </item>")
        items.append(exp(url))

    o = 6
    w = d(19, 15, 10, 0, o)
    add("politik/kasachstan-und-deutschland-vereinbaren-rohstoffpartnerschaft", "Kasachstan und Deutschland vereinbaren Rohstoffpartnerschaft", w,
        "<p>Kasachstan und Deutschland wollen bei seltenen Erden und grünem Wasserstoff enger zusammenarbeiten. Eine entsprechende Absichtserklärung unterzeichneten Vertreter beider Regierungen am Mittwoch in Astana.</p>\n"
        "<p>„Wir wollen nicht nur Rohstoffe liefern, sondern die Verarbeitung ins Land holen“, sagte Nurlan Sarsenbajew, stellvertretender Minister für Industrie und Infrastrukturentwicklung.</p>\n"
        "<p><em>Olga Weber</em></p>",
        ["Politik", "Wirtschaft"],
        lambda k: it(k, "Kasachstan und Deutschland vereinbaren Rohstoffpartnerschaft", w, ["Olga Weber"], junk=["Olga Weber"], quotes=[q("Nurlan Sarsenbajew", "Minister für Industrie")],
                     note="Grav feed plugin: no author element; the author's name is an italic last paragraph."))
    w = d(19, 10, 0, 0, o)
    add("politik/wasser-aus-dem-syrdarja-kasachstan-und-usbekistan-einigen-sich", "Wasser aus dem Syrdarja: Kasachstan und Usbekistan einigen sich", w,
        "<p>Kasachstan und Usbekistan haben sich auf die Wasserverteilung aus dem Syrdarja für den Winter geeinigt. Usbekistan sagt zu, mehr Wasser aus dem Stausee von Tschardara durchzulassen.</p>\n"
        "<p>Die Vereinbarung soll Engpässe in den Reisanbaugebieten des Gebiets Kysylorda verhindern.</p>\n"
        "<p><em>Alexander Reimer</em></p>",
        ["Politik", "Zentralasien"],
        lambda k: it(k, "Wasser aus dem Syrdarja: Kasachstan und Usbekistan einigen sich", w, ["Alexander Reimer"], junk=["Alexander Reimer"]))
    w = d(18, 16, 30, 0, o)
    add("gesellschaft/tage-der-deutschen-kultur-in-pawlodar", "Tage der deutschen Kultur in Pawlodar", w,
        "<p>Mit Chorgesang, einer Ausstellung und einem Sprachquiz haben in Pawlodar die Tage der deutschen Kultur begonnen. Organisiert wird das Fest von der Gesellschaft der Deutschen „Wiedergeburt“.</p>\n"
        "<p><em>Jekaterina Schmidt</em></p>",
        ["Gesellschaft"],
        lambda k: it(k, "Tage der deutschen Kultur in Pawlodar", w, ["Jekaterina Schmidt"], rel=False, junk=["Jekaterina Schmidt"]))
    w = d(18, 9, 0, 0, o)
    add("wirtschaft/cpc-pipeline-oelexporte-ueber-noworossijsk-wieder-voll", "Ölexporte über die CPC-Pipeline wieder auf vollem Niveau", w,
        "<p>Nach monatelangen Unterbrechungen am russischen Schwarzmeerhafen Noworossijsk fließt kasachisches Öl wieder in vollem Umfang durch die Pipeline des Kaspischen Pipeline-Konsortiums.</p>\n"
        "<p>Astana sucht weiter nach Wegen, um Russland zu umgehen, etwa über das Kaspische Meer nach Aserbaidschan.</p>\n"
        "<p><em>Olga Weber</em></p>",
        ["Wirtschaft", "Politik"],
        lambda k: it(k, "Ölexporte über die CPC-Pipeline wieder auf vollem Niveau", w, ["Olga Weber"], junk=["Olga Weber"], note="Export route through Russia; relevant."))
    w = d(17, 14, 0, 0, o)
    add("gesellschaft/metro-almaty-zwei-neue-stationen", "Metro Almaty: Zwei neue Stationen eröffnet", w,
        "<p>Die Metro von Almaty hat zwei neue Stationen in Richtung Kalkaman eröffnet.</p>",
        ["Gesellschaft"],
        lambda k: it(k, "Metro Almaty: Zwei neue Stationen eröffnet", w, [], rel=False))
    w = d(17, 8, 0, 0, o)
    add("ausgabe/ausgabe-41-2022-als-pdf", "Ausgabe 41/2022 als PDF", w,
        "<p>Die aktuelle Ausgabe zum Herunterladen (PDF, 8 MB).</p>",
        ["Ausgabe"],
        lambda k: it(k, "Ausgabe 41/2022 als PDF", w, [], story=False, rel=False, note="PDF edition."))
    channel = (f"        <title>Steppenzeitung</title>\n        <link>{base}</link>\n        <description>Deutsche Zeitung in Kasachstan seit 1966</description>\n        <language>de</language>\n"
               f"        <atom:link href=\"{base}/blog.rss\" rel=\"self\" type=\"application/rss+xml\" />\n        <lastBuildDate>{rfc822(d(19, 15, 10, 0, o))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">\n    <channel>\n' + channel + "\n" + "\n".join(rows) + "\n            </channel>\n</rss>\n")
    return feed("de_kz_steppenzeitung_grav.rss.xml", text, items, lang="de", outlet="Steppenzeitung", aliases=["Steppenzeitung Kasachstan"],
                structure="DAZ-style (Almaty) German-language weekly of Kazakhstan on the Grav flat-file CMS (feed plugin's RSS template, '/blog.rss'): Twig's uneven indentation (items at sixteen spaces, children at twelve, '</channel>' at twelve), only the atom namespace, '/<rubrik>/<slug>' links repeated as bare guids, NO author element (the author's name is an italic last paragraph <p><em>Name</em></p>), CDATA descriptions on their own indented lines, several plain categories AFTER the description, German-transliterated Kazakh names, „…“ quotes, a PDF-edition item, +0600 dates")


# ---------------------------------------------------------------- SWR Aktuell-style public broadcaster 'Ausland' RSS with audio enclosures


def rnw():
    rows, items = [], []
    base = "https://www.rnw.example"

    def add(path, nid, title, when, teaser, audio, exp):
        url = f"{base}/rnw-aktuell/{path}-{nid}.html"
        enc = f"<enclosure url=\"https://avdlswr-a.akamaihd.example/rnw/aktuell/{nid}.l.mp3\" length=\"{audio}\" type=\"audio/mpeg\"/>" if audio else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(teaser)}</description><guid isPermaLink=\"false\">rnw-{nid}</guid><pubDate>{rfc822(when)}</pubDate>{enc}</item>")
        items.append(exp(f"rnw-{nid}"))

    o = 2
    w = d(19, 16, 20, 0, o)
    add("ausland/stromgeneratoren-aus-rheinland-pfalz-fuer-partnerregion-oppeln-und-kiew", 102, "Stromgeneratoren für die Ukraine: Land schickt 60 Aggregate nach Kiew", w,
        "Vor dem Winter schickt das Land 60 Stromgeneratoren in die Ukraine. Sie sollen Krankenhäuser und Wasserwerke in der Region Kiew versorgen. „Jeder Generator rettet im Zweifel Leben“, sagte Europastaatssekretärin Heike Röhrbach in Mainz. Russland greift seit Tagen gezielt die Energieversorgung der Ukraine an.",
        4812345, lambda k: it(k, "Stromgeneratoren für die Ukraine: Land schickt 60 Aggregate nach Kiew", w, [], quotes=[q("Heike Röhrbach", "Europastaatssekretärin")],
                              note="Broadcaster feed without any author; audio enclosure of the radio report."))
    w = d(19, 12, 45, 0, o)
    add("ausland/strassburg-eu-parlament-debattiert-ueber-iran", 98, "EU-Parlament in Straßburg fordert neue Iran-Sanktionen", w,
        "Das Europäische Parlament hat in Straßburg neue Sanktionen gegen Verantwortliche für die Gewalt gegen Demonstrierende im Iran gefordert. Die Abgeordnete Sevim Aydoğan aus Karlsruhe sprach von einem „Aufstand einer ganzen Generation“.",
        3320110, lambda k: it(k, "EU-Parlament in Straßburg fordert neue Iran-Sanktionen", w, [], note="Quote fragment without a full quotation; no quotes expected."))
    w = d(19, 6, 0, 0, o)
    add("wetter/wetter-im-suedwesten-nebel-dann-sonne", 95, "Das Wetter: Erst Nebel, dann viel Sonne", w,
        "Am Mittwoch zunächst Nebel, ab Mittag sonnig bei 14 bis 19 Grad.",
        None, lambda k: it(k, "Das Wetter: Erst Nebel, dann viel Sonne", w, [], story=False, rel=False, note="Weather forecast."))
    w = d(18, 19, 10, 0, o)
    add("ausland/moldau-energiepartnerschaft-mit-baden-wuerttemberg", 91, "Energiekrise in Moldau: Hilfe aus dem Südwesten", w,
        "Die Republik Moldau bekommt Unterstützung bei der Energieversorgung: Stadtwerke aus dem Südwesten schicken Fachleute und Transformatoren nach Chișinău. Das Land hängt fast vollständig von russischem Gas ab.",
        2901004, lambda k: it(k, "Energiekrise in Moldau: Hilfe aus dem Südwesten", w, []))
    w = d(18, 17, 30, 0, o)
    add("sport/vfb-stuttgart-trainerwechsel", 89, "VfB Stuttgart trennt sich von Trainer", w,
        "Der VfB Stuttgart hat sich nach dem siebten sieglosen Spiel in Folge von seinem Trainer getrennt.",
        None, lambda k: it(k, "VfB Stuttgart trennt sich von Trainer", w, [], rel=False))
    w = d(17, 15, 0, 0, o)
    add("rheinland-pfalz/weinlese-an-der-mosel-kleiner-jahrgang", 84, "Weinlese an der Mosel: Kleiner, aber guter Jahrgang", w,
        "Die Winzer an der Mosel rechnen nach dem trockenen Sommer mit einer kleinen Ernte, aber mit sehr guter Qualität.",
        2450900, lambda k: it(k, "Weinlese an der Mosel: Kleiner, aber guter Jahrgang", w, [], rel=False))
    channel = (f"<title>RNW Aktuell - Ausland</title><link>{base}/rnw-aktuell/ausland/</link><description>Nachrichten aus aller Welt von RNW Aktuell</description><language>de</language>"
               f"<copyright>Rundfunk Neckar-Westrich</copyright><lastBuildDate>{rfc822(d(19, 16, 21, 0, o))}</lastBuildDate><image><url>{base}/rnw-logo-100.png</url><title>RNW Aktuell - Ausland</title><link>{base}/rnw-aktuell/ausland/</link></image>")
    text = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>' + channel + "".join(rows) + "</channel></rss>\n"
    return feed("de_rnw_aktuell_ausland.rss.xml", text, items, lang="de", outlet="RNW Aktuell", aliases=["RNW", "Rundfunk Neckar-Westrich"],
                structure="SWR Aktuell-style (Stuttgart/Mainz) regional public broadcaster's 'Ausland' RSS from a custom CMS: the whole document on one line, no namespaces, channel 'Brand - Ausland' with an image block and the broadcaster as copyright, '/<brand>-aktuell/<rubrik>/<slug>-<n>.html' links, 'rnw-<n>' non-permalink guids BEFORE pubDate, no author element anywhere, plain escaped teasers with „…“ quotes (speaker's title before the name), MP3 audio enclosures of the radio reports, sport, wine-harvest and weather items in the 'Ausland' feed, +0200 dates")


# ---------------------------------------------------------------- America Oggi-style (New York) Italian-language daily on Joomla with K2


def hudson():
    rows, items = [], []
    base = "https://www.corrierehudson.example"

    def add(iid, slug, title, when, author, cat, img, intro, full, exp):
        url = f"{base}/{cat.lower()}/item/{iid}-{slug}.html"
        pic = f"<div class=\"K2FeedImage\"><img src=\"{base}/media/k2/items/cache/{img}_S.jpg\" alt=\"{esc(title)}\" /></div>" if img else ""
        body = f"{pic}<div class=\"K2FeedIntroText\">{intro}</div>" + (f"<div class=\"K2FeedFullText\">{full}</div>" if full else "")
        au = f"\n      <author>redazione@corrierehudson.example ({author})</author>" if author else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"true\">{url}</guid>\n      <description>{esc(body)}</description>{au}\n      <category>{cat}</category>\n      <pubDate>{rfc822(when)}</pubDate>\n    </item>")
        items.append(exp(url))

    o = -4
    w = d(19, 13, 15, 0, o)
    add(21877, "onu-italia-e-stati-uniti-insieme-per-la-missione-ad-haiti", "Onu, Italia e Stati Uniti insieme per una missione ad Haiti", w, "Giulia Scarano", "Mondo", "a3f9e1c07b",
        "<p>NEW YORK - Italia e Stati Uniti hanno presentato al Palazzo di Vetro una proposta comune per una missione multinazionale di sostegno alla polizia haitiana.</p>",
        "<p>La proposta prevede un contingente di 1.500 agenti guidato da un Paese dell'America Latina.</p>"
        "<p>\"Haiti non può aspettare che la situazione peggiori ancora\", ha detto Andrea Ferraguti, rappresentante permanente aggiunto dell'Italia all'Onu.</p>"
        "<p>Il Consiglio di Sicurezza dovrebbe votare entro fine mese.</p>",
        lambda k: it(k, "Onu, Italia e Stati Uniti insieme per una missione ad Haiti", w, ["Giulia Scarano"], junk=["NEW YORK -", "K2Feed"],
                     quotes=[q("Andrea Ferraguti", "Italia all'Onu")], note="K2 feed: intro and full text in K2FeedIntroText/K2FeedFullText <div>s; <author> as 'e-mail (Name)'."))
    w = d(19, 9, 0, 0, o)
    add(21870, "columbus-day-la-parata-sulla-quinta-strada", "Columbus Day, in centomila alla parata sulla Quinta Strada", w, "Redazione", "Comunita", "c1d2e3f4a5",
        "<p>Oltre centomila persone hanno assistito alla parata del Columbus Day sulla Quinta Strada, con carri, bande e le associazioni regionali.</p>", None,
        lambda k: it(k, "Columbus Day, in centomila alla parata sulla Quinta Strada", w, [], rel=False, note="Community event; 'Redazione' credit."))
    w = d(18, 17, 40, 0, o)
    add(21862, "roma-e-tunisi-firmano-intesa-sui-rimpatri", "Roma e Tunisi firmano un'intesa su rimpatri e formazione", w, "Marco De Santis", "Mondo", None,
        "<p>ROMA - Italia e Tunisia hanno firmato un'intesa che prevede più rimpatri di cittadini tunisini irregolari e, in cambio, 4.000 visti di lavoro all'anno.</p>",
        "<p>Secondo il Viminale, dall'inizio dell'anno sono arrivati in Italia dalla Tunisia oltre 15.000 migranti.</p>",
        lambda k: it(k, "Roma e Tunisi firmano un'intesa su rimpatri e formazione", w, ["Marco De Santis"], junk=["ROMA -"]))
    w = d(18, 12, 0, 0, o)
    add(21855, "estrazioni-del-lotto-di-martedi-18-ottobre", "Estrazioni del Lotto di martedì 18 ottobre", w, None, "Rubriche", None,
        "<p>Bari 12 45 67 3 88 - Cagliari 9 21 33 70 81 - Firenze 4 18 56 62 90</p>", None,
        lambda k: it(k, "Estrazioni del Lotto di martedì 18 ottobre", w, [], story=False, rel=False, note="Lottery results."))
    w = d(17, 16, 20, 0, o)
    add(21848, "consolato-generale-orari-straordinari-per-i-passaporti", "Consolato generale, aperture straordinarie per i passaporti", w, "Redazione", "Comunita", None,
        "<p>Il Consolato generale d'Italia a New York sarà aperto anche il sabato mattina fino a dicembre per smaltire le richieste di passaporto.</p>", None,
        lambda k: it(k, "Consolato generale, aperture straordinarie per i passaporti", w, [], rel=False, note="Consular service notice for the community; not foreign policy."))
    w = d(17, 11, 5, 0, o)
    add(21841, "ucraina-kiev-chiede-piu-difesa-aerea", "Ucraina, Kiev chiede più difesa aerea dopo l'attacco dei droni", w, "Giulia Scarano", "Mondo", "f0e1d2c3b4",
        "<p>KIEV - Dopo l'attacco con i droni sulla capitale, il governo ucraino ha chiesto agli alleati sistemi di difesa aerea in tempi rapidi.</p>",
        "<p>\"Ogni giorno di ritardo costa vite\", ha detto Oksana Melnyčuk, portavoce del ministero degli Esteri ucraino.</p>",
        lambda k: it(k, "Ucraina, Kiev chiede più difesa aerea dopo l'attacco dei droni", w, ["Giulia Scarano"], junk=["KIEV -"], quotes=[q("Oksana Melnyčuk", "ministero degli Esteri")]))
    channel = (f"    <title>Mondo</title>\n    <description>Corriere dell'Hudson - il quotidiano degli italiani d'America</description>\n    <link>{base}/mondo.html</link>\n"
               f"    <lastBuildDate>{rfc822(d(19, 13, 16, 0, o))}</lastBuildDate>\n    <generator>Joomla! - Open Source Content Management</generator>\n"
               f"    <atom:link rel=\"self\" type=\"application/rss+xml\" href=\"{base}/mondo.feed?type=rss\"/>\n    <language>it-it</language>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("it_us_corrierehudson_mondo_k2.rss.xml", text, items, lang="it", outlet="Corriere dell'Hudson", aliases=["Corriere dell’Hudson"],
                structure="America Oggi-style (New York) Italian-language daily's 'Mondo' RSS from Joomla 3 with the K2 component ('.feed?type=rss'): the Joomla generator COMMENT before <rss>, two-space nesting, channel <title> = the bare category name 'Mondo' (the brand only in the description), '/<categoria>/item/<id>-<alias>.html' permalink guids, escaped descriptions holding K2's <div class=K2FeedImage>, K2FeedIntroText and K2FeedFullText blocks, <author> as 'e-mail (Name)' or '… (Redazione)' or absent, <category> BEFORE pubDate, upper-case 'CITTÀ -' datelines, straight double quotes, lottery results, -0400 dates")


# ---------------------------------------------------------------- Il Globo-style (Melbourne) Italian-language paper, custom CMS


def australe():
    rows, items = [], []
    base = "https://www.corriereaustrale.example"

    def add(nid, sec, slug, title, when, creator, body, exp):
        url = f"{base}/{sec}/{nid}-{slug}"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"\t<item>\n\t\t<title><![CDATA[{title}]]></title>\n\t\t<link>{url}</link>\n\t\t<pubDate>{rfc822(when, 'it')}</pubDate>\n\t\t{cr}\n\t\t<guid isPermaLink=\"false\">{nid}</guid>\n\t\t<description><![CDATA[{body}]]></description>\n\t</item>")
        items.append(exp(str(nid)))

    o = 11
    w = d(19, 18, 30, 0, o)
    add(60214, "australia", "canberra-e-roma-raddoppiano-i-visti-vacanza-lavoro", "Canberra e Roma raddoppiano i visti vacanza-lavoro", w, "Francesca Dinoto",
        "<p><strong>CANBERRA</strong> – Australia e Italia hanno firmato un accordo che porta a 5.000 all'anno i visti vacanza-lavoro per i giovani tra i 18 e i 35 anni.</p>"
        "<p>«È un ponte tra due comunità che già si conoscono bene», ha dichiarato Paolo Cremonesi, ambasciatore d'Italia in Australia.</p>"
        "<p>L'accordo entrerà in vigore a gennaio.</p>",
        lambda k: it(k, "Canberra e Roma raddoppiano i visti vacanza-lavoro", w, ["Francesca Dinoto"], junk=["CANBERRA –"], quotes=[q("Paolo Cremonesi", "ambasciatore d'Italia")],
                     note="Italian day and month names in pubDate ('mer, 19 ott 2022 … +1100'); bold dateline."))
    w = d(19, 12, 0, 0, o)
    add(60209, "mondo", "pacifico-le-isole-salomone-e-la-sicurezza-regionale", "Pacifico, Honiara rassicura Canberra sull'accordo con Pechino", w, "Francesca Dinoto",
        "<p><strong>SYDNEY</strong> – Il governo delle Isole Salomone ha assicurato all'Australia che l'accordo di sicurezza firmato con la Cina non prevede basi militari.</p>"
        "<p>La questione sarà al centro del vertice del Forum delle Isole del Pacifico.</p>",
        lambda k: it(k, "Pacifico, Honiara rassicura Canberra sull'accordo con Pechino", w, ["Francesca Dinoto"], junk=["SYDNEY –"]))
    w = d(18, 21, 0, 0, o)
    add(60201, "sport", "a-league-il-melbourne-victory-vince-il-derby", "A-League, il Melbourne Victory vince il derby", w, "Redazione Sport",
        "<p>Il Melbourne Victory ha battuto il Melbourne City 2-1 davanti a 40.000 spettatori.</p>",
        lambda k: it(k, "A-League, il Melbourne Victory vince il derby", w, [], rel=False, note="Desk credit."))
    w = d(18, 15, 20, 0, o)
    add(60195, "comunita", "elezioni-comites-i-candidati-del-victoria", "Elezioni Comites, ecco i candidati del Victoria", w, "Luca Ardizzone",
        "<p>Sono tre le liste che si presentano per il rinnovo del Comites del Victoria e della Tasmania.</p>",
        lambda k: it(k, "Elezioni Comites, ecco i candidati del Victoria", w, ["Luca Ardizzone"], rel=False, note="Community representative body of Italians abroad; not foreign policy."))
    w = d(17, 19, 0, 0, o)
    add(60188, "mondo", "ue-australia-riprendono-i-negoziati-sul-libero-scambio", "Ue-Australia, riprendono i negoziati sul libero scambio", w, None,
        "<p><strong>BRUXELLES</strong> – Dopo sei mesi di pausa, riprendono a Canberra i negoziati tra l'Unione europea e l'Australia per un accordo di libero scambio. Restano aperte le questioni delle indicazioni geografiche, dal prosecco al parmigiano.</p>",
        lambda k: it(k, "Ue-Australia, riprendono i negoziati sul libero scambio", w, [], junk=["BRUXELLES –"]))
    w = d(17, 10, 0, 0, o)
    add(60180, "concorsi", "concorso-fotografico-l-italia-in-australia", "Concorso fotografico: l'Italia in Australia", w, "Redazione",
        "<p>Inviate le vostre foto entro il 30 novembre. In palio un viaggio in Italia.</p>",
        lambda k: it(k, "Concorso fotografico: l'Italia in Australia", w, [], story=False, rel=False, note="Reader competition."))
    channel = (f"\t\t<title><![CDATA[Corriere Australe]]></title>\n\t\t<link>{base}</link>\n\t\t<description><![CDATA[Il quotidiano italiano d'Australia]]></description>\n\t\t<language>it</language>\n"
               f"\t\t<copyright>Corriere Australe Pty Ltd</copyright>\n\t\t<lastBuildDate>{rfc822(d(19, 18, 31, 0, o), 'it')}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n\t<channel>\n' + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("it_au_corriereaustrale_rss.rss.xml", text, items, lang="it", outlet="Corriere Australe", aliases=["Corriere Australe Pty Ltd"],
                structure="Il Globo-style (Melbourne) Italian-language daily's RSS from a custom CMS: tab indentation (channel children at two tabs, items at one), CDATA channel title and description, pubDate BEFORE dc:creator and with ITALIAN day and month abbreviations ('mer, 19 ott 2022'), an empty tab-indented line where dc:creator is missing, numeric non-permalink guids, '/<sezione>/<id>-<slug>' links, CDATA <p> descriptions opening with a bold upper-case '<strong>CITTÀ</strong> –' dateline, «…» quotes with 'ha dichiarato Nome, ruolo', 'Redazione Sport' and 'Redazione' credits, a photo competition, Pty Ltd copyright, +1100 (Melbourne summer time) dates")


# ---------------------------------------------------------------- Estado de Minas-style (Belo Horizonte) 'Internacional' RSS, custom CMS


def gerais():
    rows, items = [], []
    base = "https://www.estadodasgerais.example"

    def add(nid, slug, title, when, sec, body, exp):
        url = f"{base}/{sec}/2022/10/{when:%d}/interna_{sec},{nid}/{slug}.shtml"
        rows.append(f"<item>\n<title><![CDATA[{title}]]></title>\n<link>{url}</link>\n<guid>{url}</guid>\n<description><![CDATA[{body}]]></description>\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(url))

    o = -3
    w = d(19, 14, 50, 0, o)
    add(1410233, "brasil-e-paraguai-retomam-revisao-do-anexo-c-de-itaipu", "Brasil e Paraguai retomam revisão do Anexo C de Itaipu", w, "internacional",
        "<img src=\"https://i.estadodasgerais.example/itaipu-1410233.jpg\" alt=\"\" /><br/>Os governos do Brasil e do Paraguai retomaram nesta quarta-feira (19/10), em Assunção, a revisão do Anexo C do Tratado de Itaipu, que define a tarifa da energia da usina binacional.<br/><br/>"
        "“Queremos um acordo justo para os dois países e que não pese na conta de luz do consumidor brasileiro”, afirmou o secretário de Energia do Itamaraty, Renato Lopes Sampaio.<br/><br/>"
        "O Paraguai quer vender sua parte excedente da energia a preço de mercado.",
        lambda k: it(k, "Brasil e Paraguai retomam revisão do Anexo C de Itaipu", w, [], junk=["<img"], quotes=[q("Renato Lopes Sampaio", "Itamaraty")],
                     note="Leading <img> and <br/> blocks instead of paragraphs; '(DD/MM)' date after the weekday."))
    w = d(19, 10, 30, 0, o)
    add(1410187, "mercosul-e-ue-nova-rodada-em-bruxelas", "Mercosul e UE marcam nova rodada de negociação em Bruxelas", w, "internacional",
        "Negociadores do Mercosul e da União Europeia se reunirão em novembro, em Bruxelas, para discutir o protocolo ambiental adicional ao acordo comercial.<br/><br/>(Com agências)",
        lambda k: it(k, "Mercosul e UE marcam nova rodada de negociação em Bruxelas", w, [], junk=["(Com agências)"]))
    w = d(18, 22, 40, 0, o)
    add(1410102, "cruzeiro-vence-e-encaminha-titulo-da-serie-b", "Cruzeiro vence e encaminha título da Série B", w, "esportes",
        "O Cruzeiro venceu o Vasco por 2 a 0 no Mineirão e precisa de uma vitória para garantir o título.",
        lambda k: it(k, "Cruzeiro vence e encaminha título da Série B", w, [], rel=False))
    w = d(18, 20, 30, 0, o)
    add(1410088, "mega-sena-concurso-2530-resultado", "Mega-Sena: veja o resultado do concurso 2.530", w, "nacional",
        "Dezenas sorteadas: 05 - 14 - 27 - 39 - 48 - 60. Prêmio estimado para o próximo concurso: R$ 45 milhões.",
        lambda k: it(k, "Mega-Sena: veja o resultado do concurso 2.530", w, [], story=False, rel=False, note="Lottery results in the international feed."))
    w = d(18, 11, 15, 0, o)
    add(1409997, "obras-no-anel-rodoviario-interditam-faixa-em-bh", "Obras no Anel Rodoviário interditam faixa em BH", w, "gerais",
        "Uma faixa do Anel Rodoviário, na altura do Bairro Caiçara, ficará interditada até sexta-feira (21/10) para obras de drenagem.",
        lambda k: it(k, "Obras no Anel Rodoviário interditam faixa em BH", w, [], rel=False))
    w = d(17, 16, 0, 0, o)
    add(1409920, "venezuela-e-colombia-reabrem-ponte-tienditas-para-cargas", "Venezuela e Colômbia reabrem ponte de Tienditas para cargas", w, "internacional",
        "Venezuela e Colômbia reabriram nesta segunda-feira (17/10) a ponte de Tienditas, na fronteira entre Cúcuta e Ureña, para o transporte de cargas.<br/><br/>"
        "A ponte, construída em 2016, nunca havia sido usada por causa da crise entre os dois países.<br/><br/>(Com AFP)",
        lambda k: it(k, "Venezuela e Colômbia reabrem ponte de Tienditas para cargas", w, [], junk=["(Com AFP)"]))
    channel = (f"<title><![CDATA[Estado das Gerais - Internacional]]></title>\n<link>{base}/internacional/</link>\n<description><![CDATA[Notícias de Internacional do Estado das Gerais]]></description>\n"
               f"<language>pt-br</language>\n<copyright>Diários Gerais S/A</copyright>\n<lastBuildDate>{rfc822(d(19, 14, 51, 0, o))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("pt_br_estadodasgerais_internacional.rss.xml", text, items, lang="pt", outlet="Estado das Gerais", aliases=["Estado das Gerais - EG"],
                structure="Estado de Minas-style (Belo Horizonte) daily's 'Internacional' RSS from a custom CMS: no indentation, no namespaces and no author element, CDATA channel title 'Marca - Internacional', '/<seção>/YYYY/MM/DD/interna_<seção>,<7 digits>/<slug>.shtml' links repeated as bare guids (other sections' items mixed in), CDATA descriptions that are plain text with '<br/><br/>' between paragraphs and one leading <img>, the '(19/10)' date after the weekday, “…” quotes with 'afirmou o secretário …, Nome', '(Com agências)' and '(Com AFP)' credits, a lottery result, S/A copyright, -0300 dates")


# ---------------------------------------------------------------- Téla Nón-style (São Tomé) news site on WordPress


def ilheu():
    rows, items = [], []
    base = "https://www.ilheunoticias.example"

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{when:%Y/%m/%d}/{slug}/"
        cat = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        foot = f"<p>O post <a href=\"{url}\">{esc(title)}</a> apareceu primeiro em <a href=\"{base}\">Ilhéu Notícias</a>.</p>\n"
        cont = f"\n\t\t\t\t\t<content:encoded><![CDATA[{body}{foot}]]></content:encoded>" if body else ""
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{utc0(when)}</pubDate>{cat}\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{excerpt} [&#8230;]</p>\n{foot}]]></description>{cont}\n\t\t\n\t\t\n\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    o = 0
    w = d(19, 15, 0, 0, o)
    t = "São Tomé e Príncipe e Portugal assinam programa de cooperação na defesa"
    add(41877, "sao-tome-e-principe-e-portugal-assinam-programa-de-cooperacao-na-defesa", t, w, "Abel Veiga", ["Política"],
        "<p>Os ministros da Defesa de São Tomé e Príncipe e de Portugal assinaram na capital são-tomense um programa-quadro de cooperação técnico-militar para os próximos cinco anos",
        "<p>Os ministros da Defesa de São Tomé e Príncipe e de Portugal assinaram na capital são-tomense um programa-quadro de cooperação técnico-militar para os próximos cinco anos.</p>\n"
        "<p>O programa prevê a formação de oficiais da Guarda Costeira e o apoio à vigilância marítima no Golfo da Guiné.</p>\n"
        "<p>“A segurança do nosso mar é a segurança da nossa economia”, disse o ministro da Defesa e Ordem Interna, Jorge Amado Bragança.</p>\n",
        lambda k: it(k, t, w, ["Abel Veiga"], junk=["apareceu primeiro em", "[…]"], quotes=[q("Jorge Amado Bragança", "Defesa")],
                     note="WordPress excerpt ending ' […]' plus the Portuguese Yoast footer 'O post … apareceu primeiro em …'."))
    w = d(19, 9, 30, 0, o)
    t = "Pirataria: Marinhas do Golfo da Guiné fazem exercício conjunto ao largo do Príncipe"
    add(41869, "pirataria-marinhas-do-golfo-da-guine-exercicio-conjunto", t, w, "Ilhéu Notícias", ["Internacional"],
        "<p>Navios de sete países participam durante uma semana no exercício de combate à pirataria",
        "<p>Navios de sete países participam durante uma semana num exercício de combate à pirataria ao largo da ilha do Príncipe, coordenado pelo centro regional de segurança marítima de Luanda.</p>\n",
        lambda k: it(k, t, w, [], junk=["apareceu primeiro em"], note="The brand as dc:creator."))
    w = d(18, 16, 20, 0, o)
    t = "Preço do cacau sobe e anima produtores do distrito de Cantagalo"
    add(41860, "preco-do-cacau-sobe-e-anima-produtores", t, w, "Abel Veiga", ["Economia"],
        "<p>As cooperativas de cacau biológico vendem este ano a um preço 15% mais alto", None,
        lambda k: it(k, t, w, ["Abel Veiga"], rel=False, junk=["apareceu primeiro em"]))
    w = d(18, 10, 0, 0, o)
    t = "CPLP: Luanda acolhe reunião de ministros dos Negócios Estrangeiros sobre mobilidade"
    add(41852, "cplp-luanda-reuniao-ministros-mobilidade", t, w, "Abel Veiga", ["Internacional", "CPLP"],
        "<p>Os chefes da diplomacia da CPLP discutem em Luanda a aplicação do acordo de mobilidade",
        "<p>Os ministros dos Negócios Estrangeiros da Comunidade dos Países de Língua Portuguesa reúnem-se esta semana em Luanda para discutir a aplicação do acordo de mobilidade, que facilita a emissão de vistos entre os nove Estados-membros.</p>\n"
        "<p>São Tomé e Príncipe defende vistos de longa duração para estudantes.</p>\n",
        lambda k: it(k, t, w, ["Abel Veiga"], junk=["apareceu primeiro em"]))
    w = d(17, 18, 0, 0, o)
    t = "Festival de Teatro de Rua regressa à Baía Ana Chaves"
    add(41845, "festival-teatro-de-rua-baia-ana-chaves", t, w, "Maria de Jesus Trovoada", ["Cultura"],
        "<p>Grupos de Cabo Verde, Angola e Portugal participam na quinta edição", None,
        lambda k: it(k, t, w, ["Maria de Jesus Trovoada"], rel=False, junk=["apareceu primeiro em"]))
    w = d(17, 8, 0, 0, o)
    t = "Nota de pesar"
    add(41839, "nota-de-pesar-4", t, w, "Ilhéu Notícias", ["Sociedade"],
        "<p>A direção do Ilhéu Notícias apresenta sentidas condolências à família", None,
        lambda k: it(k, t, w, [], story=False, rel=False, junk=["apareceu primeiro em"], note="Condolence notice."))
    channel = ("\t<title>Ilhéu Notícias</title>\n\t<atom:link href=\"https://www.ilheunoticias.example/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://www.ilheunoticias.example</link>\n"
               f"\t<description>Notícias de São Tomé e Príncipe</description>\n\t<lastBuildDate>{utc0(d(19, 15, 1, 0, o))}</lastBuildDate>\n\t<language>pt-PT</language>\n"
               "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=5.9.5</generator>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("pt_st_ilheunoticias_wp.rss.xml", text, items, lang="pt", outlet="Ilhéu Notícias", aliases=["Ilheu Noticias"],
                structure="Téla Nón-style (São Tomé) news site on WordPress 5.9 with Yoast: the stock RSS2 template with its ragged indentation (item opened at two tabs, closed at three), '/YYYY/MM/DD/<slug>/' links, '?p=<id>' guids, CDATA dc:creator holding a person with three names or the brand, CDATA categories, auto-excerpt descriptions cut without final stop and ending ' [&#8230;]</p>' plus Yoast's Portuguese 'O post … apareceu primeiro em …' paragraph, content:encoded only on the longer items (with the same footer), “…” quotes ('disse o ministro …, Nome'), a condolence notice, +0000 dates (São Tomé is on GMT)")


# ---------------------------------------------------------------- Gilgit-Baltistan Urdu daily, custom PHP


def shumal():
    rows, items = [], []
    base = "https://www.shumalnama.example"

    def add(nid, title, when, creator, body, exp):
        url = f"{base}/news/{nid}"
        cr = f"\n\t<author>{esc(creator)}</author>" if creator else ""
        rows.append(f"<item>\n\t<title>{esc(title)}</title>\n\t<link>{url}</link>\n\t<guid isPermaLink=\"true\">{url}</guid>{cr}\n\t<description>{esc(body)}</description>\n\t<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(url))

    o = 5
    w = d(19, 17, 10, 0, o)
    add(77218, "خنجراب: پاک چین سرحد سال بھر تجارت کے لیے کھلی رکھنے کا فیصلہ", w, "نامہ نگار",
        "<p>گلگت (نامہ نگار) پاکستان اور چین نے خنجراب کی سرحدی گزرگاہ کو سردیوں میں بھی تجارت کے لیے کھلا رکھنے پر اتفاق کر لیا ہے۔</p>"
        "<p>دونوں ملکوں کے حکام کا اجلاس سست ڈرائی پورٹ پر ہوا جس میں کسٹم اور امیگریشن کے نئے انتظامات کی منظوری دی گئی۔</p>"
        "<p>”اس فیصلے سے گلگت بلتستان کے تاجروں کو سب سے زیادہ فائدہ ہوگا“، گلگت بلتستان چیمبر آف کامرس کے صدر محمد اقبال شگری نے کہا۔</p>",
        lambda k: it(k, "خنجراب: پاک چین سرحد سال بھر تجارت کے لیے کھلی رکھنے کا فیصلہ", w, [], junk=["(نامہ نگار)"], quotes=[q("محمد اقبال شگری", "چیمبر آف کامرس")],
                     note="'گلگت (نامہ نگار)' dateline glued to the first sentence; 'نامہ نگار' (correspondent) in <author> is not a name."))
    w = d(19, 13, 0, 0, o)
    add(77205, "افغان وزیر تجارت کا دورہ اسلام آباد، ٹرانزٹ تجارت پر بات چیت", w, "مانیٹرنگ ڈیسک",
        "<p>اسلام آباد (مانیٹرنگ ڈیسک) افغانستان کے قائم مقام وزیر تجارت نے اسلام آباد میں پاکستانی حکام سے ملاقات کی اور ٹرانزٹ تجارت کے معاہدے کی تجدید پر بات چیت کی۔</p>"
        "<p>دفتر خارجہ کی ترجمان کے مطابق دونوں ممالک نے طورخم اور چمن پر کارگو کی نقل و حرکت تیز کرنے پر اتفاق کیا۔</p>",
        lambda k: it(k, "افغان وزیر تجارت کا دورہ اسلام آباد، ٹرانزٹ تجارت پر بات چیت", w, [], junk=["(مانیٹرنگ ڈیسک)"], note="Desk credit."))
    w = d(18, 19, 0, 0, o)
    add(77190, "استور اور دیامر میں پہلی برفباری، بابوسر ٹاپ بند", w, "نامہ نگار",
        "<p>استور (نامہ نگار) استور اور دیامر کے بالائی علاقوں میں سیزن کی پہلی برفباری کے بعد بابوسر ٹاپ کو ٹریفک کے لیے بند کر دیا گیا۔</p>",
        lambda k: it(k, "استور اور دیامر میں پہلی برفباری، بابوسر ٹاپ بند", w, [], rel=False, note="Local weather and roads story."))
    w = d(18, 11, 30, 0, o)
    add(77181, "شندور پولو فیسٹیول کی تاریخوں کا اعلان", w, "اسپورٹس رپورٹر",
        "<p>گلگت (اسپورٹس رپورٹر) شندور پولو فیسٹیول اگلے سال جولائی کے پہلے ہفتے میں منعقد ہوگا۔</p>",
        lambda k: it(k, "شندور پولو فیسٹیول کی تاریخوں کا اعلان", w, [], rel=False))
    w = d(17, 20, 15, 0, o)
    add(77170, "ایران اور پاکستان کا سرحدی منڈیاں کھولنے پر اتفاق", w, "ایجنسیاں",
        "<p>تہران (ایجنسیاں) ایران اور پاکستان نے سرحد پر مزید تین مشترکہ منڈیاں کھولنے پر اتفاق کیا ہے۔</p>"
        "<p>”سرحدی منڈیاں دونوں طرف کے عوام کے لیے روزگار کا ذریعہ ہیں“، ایرانی وزارت خارجہ کے ترجمان حمید رضا صالحی نے کہا۔</p>",
        lambda k: it(k, "ایران اور پاکستان کا سرحدی منڈیاں کھولنے پر اتفاق", w, [], junk=["(ایجنسیاں)"], quotes=[q("حمید رضا صالحی", "وزارت خارجہ")],
                     note="'ایجنسیاں' (agencies) credit; speaker after the quote."))
    w = d(17, 9, 0, 0, o)
    add(77161, "ٹینڈر نوٹس: محکمہ تعمیرات گلگت", w, None,
        "<p>محکمہ تعمیرات عامہ گلگت سڑکوں کی مرمت کے لیے سربمہر ٹینڈر طلب کرتا ہے۔ آخری تاریخ 31 اکتوبر۔</p>",
        lambda k: it(k, "ٹینڈر نوٹس: محکمہ تعمیرات گلگت", w, [], story=False, rel=False, note="Public tender advertisement."))
    channel = (f"<title>روزنامہ شمال نامہ - بین الاقوامی</title>\n<link>{base}/category/international</link>\n<description>گلگت بلتستان کا مقبول اخبار</description>\n<language>ur</language>\n"
               f"<lastBuildDate>{rfc822(d(19, 17, 11, 0, o))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("ur_pk_shumalnama_international.rss.xml", text, items, lang="ur", outlet="روزنامہ شمال نامہ", aliases=["شمال نامہ", "Shumal Nama"],
                structure="Gilgit-Baltistan (Pakistan) Urdu daily's 'international' RSS from a custom PHP CMS: no indentation of items, tab-indented children, no namespaces, Urdu channel 'روزنامہ برانڈ - بین الاقوامی', '/news/<5 digits>' permalink guids, RSS 2.0 <author> holding desk credits ('نامہ نگار', 'مانیٹرنگ ڈیسک', 'اسپورٹس رپورٹر', 'ایجنسیاں') or nothing, escaped <p> descriptions opening with the Urdu newspaper dateline 'شہر (نامہ نگار)' without a separator, ”…“ quotes with the speaker after, local snow and polo items in the international feed, a tender notice, +0500 dates")


# ---------------------------------------------------------------- Sahafat-style (Lucknow) Urdu daily on WordPress (English Yoast footer)


def gomti():
    rows, items = [], []
    base = "https://gomtiurdu.example"

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{slug}/"
        cat = "".join(f"<category><![CDATA[{c}]]></category>" for c in cats)
        foot = f"<p>The post <a href=\"{url}\">{esc(title)}</a> appeared first on <a href=\"{base}\">روزنامہ گومتی</a>.</p>"
        cont = f"<content:encoded><![CDATA[{body}{foot}]]></content:encoded>" if body else ""
        rows.append(f"<item><title>{wpt(title)}</title><link>{url}</link><dc:creator><![CDATA[{creator}]]></dc:creator><pubDate>{utc0(when)}</pubDate>{cat}"
                    f"<guid isPermaLink=\"false\">{base}/?p={pid}</guid><description><![CDATA[{excerpt}{foot}]]></description>{cont}</item>")
        items.append(exp(f"{base}/?p={pid}"))

    o = 5.5
    w = d(19, 16, 40, 0, o)
    t = "ہند-نیپال سرحد پر مشترکہ گشت بڑھانے کا فیصلہ"
    add(90312, "india-nepal-border-joint-patrol", t, w, "صحافت بیورو", ["بین الاقوامی"],
        "<p>لکھنؤ: ہندوستان اور نیپال نے اتر پردیش سے ملحق سرحد پر مشترکہ گشت بڑھانے کا فیصلہ کیا ہے۔</p>",
        "<p>لکھنؤ: ہندوستان اور نیپال نے اتر پردیش سے ملحق سرحد پر مشترکہ گشت بڑھانے کا فیصلہ کیا ہے۔ یہ فیصلہ دونوں ملکوں کے سرحدی حکام کی مہیندر نگر میں ہوئی میٹنگ میں کیا گیا۔</p>"
        "<p>”کھلی سرحد ہماری دوستی کی علامت ہے، لیکن اسے جرائم پیشہ عناصر کے لیے راستہ نہیں بننے دیا جائے گا“، سشستر سیما بل کے ڈپٹی انسپکٹر جنرل راجیو کمار تیواری نے کہا۔</p>",
        lambda k: it(k, t, w, [], junk=["appeared first on", "لکھنؤ:"], quotes=[q("راجیو کمار تیواری", "سشستر سیما بل")],
                     note="Urdu WordPress site with Yoast's ENGLISH 'The post … appeared first on …' footer; bureau credit."))
    w = d(19, 11, 15, 0, o)
    t = "سعودی عرب نے ہندوستانی عازمین کے لیے عمرہ ویزا کی مدت بڑھا دی"
    add(90301, "saudi-umrah-visa-indian-pilgrims", t, w, "ایجنسی", ["بین الاقوامی", "خلیج"],
        "<p>ریاض: سعودی عرب نے ہندوستانی عازمین کے لیے عمرہ ویزا کی مدت 30 دن سے بڑھا کر 90 دن کر دی ہے۔</p>", None,
        lambda k: it(k, t, w, [], junk=["appeared first on", "ریاض:"], note="Agency credit 'ایجنسی'."))
    w = d(18, 18, 0, 0, o)
    t = "لکھنؤ میٹرو کا دوسرا مرحلہ: چارباغ سے وسنت کنج روٹ کو منظوری"
    add(90288, "lucknow-metro-phase-two", t, w, "شاہد حسین رضوی", ["لکھنؤ"],
        "<p>لکھنؤ: ریاستی کابینہ نے لکھنؤ میٹرو کے دوسرے مرحلے کو منظوری دے دی۔</p>", None,
        lambda k: it(k, t, w, ["شاہد حسین رضوی"], rel=False, junk=["appeared first on"]))
    w = d(18, 9, 30, 0, o)
    t = "اقوام متحدہ میں ہندوستان نے سلامتی کونسل میں اصلاحات کا مطالبہ دہرایا"
    add(90279, "india-un-security-council-reform", t, w, "شاہد حسین رضوی", ["بین الاقوامی"],
        "<p>نیویارک: ہندوستان نے اقوام متحدہ کی جنرل اسمبلی میں سلامتی کونسل میں اصلاحات کا مطالبہ دہرایا ہے۔</p>",
        "<p>نیویارک: ہندوستان نے اقوام متحدہ کی جنرل اسمبلی میں سلامتی کونسل میں اصلاحات کا مطالبہ دہرایا ہے۔</p>"
        "<p>”دنیا بدل چکی ہے لیکن سلامتی کونسل 1945 میں رکی ہوئی ہے“، اقوام متحدہ میں ہندوستان کی نائب مستقل مندوب انورادھا سنگھ چوہان نے کہا۔</p>",
        lambda k: it(k, t, w, ["شاہد حسین رضوی"], junk=["appeared first on", "نیویارک:"], quotes=[q("انورادھا سنگھ چوہان", "اقوام متحدہ")]))
    w = d(17, 19, 45, 0, o)
    t = "ٹی 20 عالمی کپ: ہندوستان کی وارم اپ میچ میں جیت"
    add(90266, "t20-world-cup-warm-up-win", t, w, "اسپورٹس ڈیسک", ["کھیل"],
        "<p>برسبین: ہندوستان نے وارم اپ میچ میں آسٹریلیا کو چھ رن سے شکست دی۔</p>", None,
        lambda k: it(k, t, w, [], rel=False, junk=["appeared first on"]))
    w = d(17, 6, 0, 0, o)
    t = "آج کا ای پیپر"
    add(90258, "todays-e-paper-17-10-2022", t, w, "صحافت بیورو", ["ای پیپر"],
        "<p>روزنامہ گومتی کا آج کا شمارہ پڑھنے کے لیے کلک کریں۔</p>", None,
        lambda k: it(k, t, w, [], story=False, rel=False, junk=["appeared first on"], note="E-paper link."))
    channel = (f"<title>روزنامہ گومتی</title><atom:link href=\"{base}/category/international/feed/\" rel=\"self\" type=\"application/rss+xml\" /><link>{base}</link><description>لکھنؤ سے شائع ہونے والا اردو روزنامہ</description>"
               f"<lastBuildDate>{utc0(d(19, 16, 41, 0, o))}</lastBuildDate><language>ur</language><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency><generator>https://wordpress.org/?v=6.0.3</generator>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"><channel>'
            + channel + "".join(rows) + "</channel></rss>\n")
    return feed("ur_in_gomti_international_wp.rss.xml", text, items, lang="ur", outlet="روزنامہ گومتی", aliases=["گومتی", "Gomti Urdu"],
                structure="Sahafat-style (Lucknow) Urdu daily's 'international' category feed on WordPress, minified onto one line by a caching plugin: channel titled with the Urdu brand, English-transliterated slugs, '?p=<id>' guids, CDATA dc:creator holding a person, 'صحافت بیورو' (bureau), 'ایجنسی', 'اسپورٹس ڈیسک', CDATA categories in Urdu, descriptions = the first paragraph, content:encoded only on longer stories, BOTH ending in Yoast's ENGLISH 'The post … appeared first on …' paragraph around the Urdu title, Urdu 'شہر:' datelines, ”…“ quotes with the speaker after, a Lucknow metro item and a cricket item in the international feed, an e-paper link, +0000 dates for a +0530 newsroom")


FEEDS = [wochenpost, steppe, rnw, hudson, australe, gerais, ilheu, shumal, gomti]
