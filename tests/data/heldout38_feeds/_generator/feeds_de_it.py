# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German and Italian feeds of the thirty-eighth held-out set: a Leipzig daily on Imperia (2013),
a Klagenfurt daily on InterRed (2022), a St. Gallen daily's Atom from Neos (2024), a Bologna daily
on Magnolia (2015) and a Florence daily on WordPress 6.8 (2026). All outlets, people and
quotations are invented."""
from h38 import UTC, cd, d, esc, feed, gmt, it, iso8601, q, rfc822, wpt


# ---------------------------------------------------------------- Leipzig daily, static RSS exported by Imperia (2013)
def pleisse():
    base = "http://www.pleissekurier.example"
    rows, items = [], []

    def add(path, title, when, desc, exp, author=None):
        url = f"{base}{path}"
        au = f"\n    <author>{esc(author)}</author>" if author else ""
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(desc)}</description>{au}\n    <pubDate>{rfc822(when)}</pubDate>\n    <guid>{url}</guid>\n  </item>")
        items.append(exp(url))

    w = d(2013, 8, 31, 14, 10, 0, 2)
    add("/nachrichten/welt/un-inspekteure-verlassen-damaskus-art1183402.html", "Syrien: UN-Inspekteure verlassen Damaskus", w,
        '<img src="/bilder/2013/08/31/damaskus_teaser.jpg" width="90" height="60" align="left"/>Die Chemiewaffen-Inspekteure der Vereinten Nationen haben Syrien am Samstag verlassen. Ihre Proben sollen nun in Laboren in Europa untersucht werden. „Die Welt wartet auf Fakten, nicht auf Vermutungen“, sagte Ilse Brandauer, Abrüstungsexpertin der Stiftung für Friedensforschung in Hamburg. <b>Von Katrin Wendler</b>',
        lambda k: it(k, "Syrien: UN-Inspekteure verlassen Damaskus", w, ["Katrin Wendler"], quotes=[q("Ilse Brandauer", "Stiftung für Friedensforschung")],
                     junk=["damaskus_teaser"], note="Imperia's static export: no author element; the byline is the bold 'Von Name' at the END of the description. Relevant."))
    w = d(2013, 8, 30, 0, 25, 0, 2)
    add("/nachrichten/welt/unterhaus-stimmt-gegen-militaerschlag-art1182977.html", "Britisches Unterhaus stimmt gegen Militärschlag in Syrien", w,
        "Das britische Parlament hat eine Beteiligung an einem Militärschlag gegen Syrien überraschend abgelehnt. 285 Abgeordnete stimmten dagegen, 272 dafür. (dpa)",
        lambda k: it(k, "Britisches Unterhaus stimmt gegen Militärschlag in Syrien", w, [], junk=["(dpa)"], note="Agency tag '(dpa)' at the end. Relevant."))
    w = d(2013, 9, 6, 17, 45, 0, 2)
    add("/nachrichten/welt/g20-gipfel-syrien-ueberschattet-treffen-art1186120.html", "G20-Gipfel: Syrien überschattet Treffen in St. Petersburg", w,
        "Von Jens Hollmann, St. Petersburg<br/>Eigentlich sollte es um Steuerflucht und Wachstum gehen. Doch beim Gipfel der 20 großen Industrie- und Schwellenländer dominierte der Streit um einen Militärschlag. „Man sitzt an einem Tisch und redet aneinander vorbei“, sagte Pjotr Sacharow, Politologe an der Staatlichen Universität St. Petersburg.",
        lambda k: it(k, "G20-Gipfel: Syrien überschattet Treffen in St. Petersburg", w, ["Jens Hollmann"], quotes=[q("Pjotr Sacharow", "Staatliche Universität St. Petersburg")],
                     junk=["Von Jens Hollmann, St. Petersburg"], note="Byline line 'Von Name, Ort' at the top of the description; the place is not part of the name. Relevant."))
    w = d(2013, 9, 5, 19, 0, 0, 2)
    add("/nachrichten/sachsen/bundestagswahl-cdu-sachsen-wahlkampf-art1185731.html", "Bundestagswahl: Sachsens CDU setzt auf Direktmandate", w,
        "Zweieinhalb Wochen vor der Wahl will die sächsische Union alle 16 Wahlkreise direkt gewinnen. Die Leipziger Wahlkreise gelten als umkämpft.",
        lambda k: it(k, "Bundestagswahl: Sachsens CDU setzt auf Direktmandate", w, ["Uwe Sperling"], rel=False, note="German federal election campaign in Saxony: home politics, not relevant. <author> holds a bare name."),
        author="Uwe Sperling")
    w = d(2013, 8, 28, 12, 0, 0, 2)
    add("/nachrichten/welt/fotostrecke-kairo-nach-der-raeumung-art1182210.html", "Fotostrecke: Kairo nach der Räumung der Protestlager", w,
        "22 Bilder",
        lambda k: it(k, "Fotostrecke: Kairo nach der Räumung der Protestlager", w, [], story=False, rel=False,
                     note="Picture gallery: not a story. Title label 'Fotostrecke:' may be kept or dropped."))
    w = d(2013, 8, 27, 21, 30, 0, 2)
    add("/nachrichten/welt/aegypten-muslimbrueder-neue-proteste-art1181899.html", "Ägypten: Muslimbrüder rufen zu neuen Protesten auf", w,
        "Trotz der Festnahme ihrer Führung hat die Muslimbruderschaft für Freitag zu landesweiten Demonstrationen aufgerufen. Die Übergangsregierung verlängerte die nächtliche Ausgangssperre. (AFP/dpa)",
        lambda k: it(k, "Ägypten: Muslimbrüder rufen zu neuen Protesten auf", w, [], junk=["(AFP/dpa)"], note="Relevant."),
        author="AFP/dpa")
    rows, items = zip(*sorted(zip(rows, items, strict=True), key=lambda p: p[1].published, reverse=True), strict=True)
    head = (f"  <title>Pleiße-Kurier - Welt</title>\n  <link>{base}/nachrichten/welt/</link>\n  <description>Nachrichten aus aller Welt</description>\n  <language>de</language>\n"
            f"  <copyright>Pleiße-Kurier Verlagsgesellschaft mbH</copyright>\n  <lastBuildDate>{rfc822(d(2013, 9, 6, 17, 50, 0, 2))}</lastBuildDate>\n  <generator>IMPERIA 8</generator>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("de_pleissekurier_welt_imperia_2013.rss.xml", text, list(items), lang="de", outlet="Pleiße-Kurier", aliases=["Pleisse-Kurier"],
                ctype="application/rss+xml",
                structure="Leipzig daily's 'Welt' feed as a static file exported by Imperia 8 in 2013: no namespaces at all, channel not indented, language 'de', copyright of the publishing company, generator 'IMPERIA 8', '/nachrichten/<ressort>/<slug>-art<id>.html' links repeated as bare guids, escaped descriptions with an align=left teaser image and <b>, bylines only as 'Von Name' at the end or 'Von Name, Ort<br/>' at the start, <author> with a bare name or 'AFP/dpa', „…“ quotes, '(dpa)' and '(AFP/dpa)' tags, a Saxony election story and a Fotostrecke, +0200 dates in August and September 2013 (Germany shows through Sachsen and Leipzig only)")


# ---------------------------------------------------------------- Klagenfurt daily on InterRed (2022)
def karawanken():
    base = "https://www.karawankenzeitung.example"
    rows, items = [], []

    def add(aid, ress, slug, title, when, creator, teaser, img, exp):
        url = f"{base}/{ress}/{slug};art{aid}"
        cr = f"\n\t<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        enc = f'\n\t<enclosure url="{base}/img/{aid}/{img}.jpg?w=640&amp;h=360" type="image/jpeg" length="0"/>' if img else ""
        rows.append(f"<item>\n\t<title>{cd(title)}</title>\n\t<link>{esc(url)}?utm_source=rss&amp;utm_medium=feed&amp;utm_campaign=international</link>\n\t<description>{cd(teaser)}</description>{cr}\n"
                    f"\t<pubDate>{rfc822(when)}</pubDate>\n\t<guid isPermaLink=\"false\">kz-{aid}</guid>{enc}\n</item>")
        items.append(exp(f"kz-{aid}"))

    w = d(2022, 3, 3, 19, 40, 0, 1)
    add(6419223, "international", "ukraine-krieg-zweite-verhandlungsrunde-belarus", "Ukraine-Krieg: Zweite Verhandlungsrunde in Belarus ohne Durchbruch", w, "APA/dpa",
        "Russland und die Ukraine haben sich bei ihren Gesprächen an der belarussisch-polnischen Grenze auf humanitäre Korridore verständigt. Eine Waffenruhe gibt es nicht.",
        "belarus_verhandlungen", lambda k: it(k, "Ukraine-Krieg: Zweite Verhandlungsrunde in Belarus ohne Durchbruch", w, [], note="'APA/dpa' is an agency credit: []. Relevant."))
    w = d(2022, 3, 3, 12, 15, 0, 1)
    add(6418870, "international", "neutralitaet-bundeskanzler-lehnt-nato-debatte-ab", "Neutralität: Bundeskanzler lehnt Debatte über NATO-Beitritt ab", w, "Martina Gasser-Ogris",
        "Österreich bleibt neutral, hieß es nach dem Ministerrat. „Neutralität ist kein Schutzschild, aber sie ist auch kein Auslaufmodell“, sagte der Völkerrechtler Gerold Wutte von der Universität Klagenfurt.",
        "ministerrat", lambda k: it(k, "Neutralität: Bundeskanzler lehnt Debatte über NATO-Beitritt ab", w, ["Martina Gasser-Ogris"], quotes=[q("Gerold Wutte", "Universität Klagenfurt")],
                                     note="Austria's neutrality and NATO: the home country's foreign and security policy, relevant. The chancellor appears only as a setting."))
    w = d(2022, 3, 2, 17, 0, 0, 1)
    add(6417993, "kaernten", "villach-300-vertriebene-aus-der-ukraine-angekommen", "Villach: 300 Vertriebene aus der Ukraine angekommen", w, "Thomas Lassnig",
        "In der Nacht auf Mittwoch sind zwei Busse am Hauptbahnhof eingetroffen. Das Land sucht weitere Quartiere.",
        None, lambda k: it(k, "Villach: 300 Vertriebene aus der Ukraine angekommen", w, ["Thomas Lassnig"], rel=False,
                           note="Refugee reception in Carinthia: a home (regional) story about the war's consequences, not relevant."))
    w = d(2022, 3, 2, 9, 30, 0, 1)
    add(6417511, "international", "slowenien-regierung-legt-wahltermin-fest", "Slowenien: Parlamentswahl am 24. April", w, "Mag. Andrej Kokot",
        "Der slowenische Präsident hat die Parlamentswahl für den 24. April ausgeschrieben. In Umfragen liegt eine neue liberale Bewegung vorn.",
        None, lambda k: it(k, "Slowenien: Parlamentswahl am 24. April", w, ["Andrej Kokot"], note="Academic title 'Mag.' in dc:creator is not part of the name. A neighbour's election: relevant."))
    w = d(2022, 3, 1, 6, 0, 0, 1)
    add(6416800, "international", "live-ticker-krieg-in-der-ukraine", "LIVE-Ticker: Krieg in der Ukraine", w, None,
        "Alle Entwicklungen im Überblick.",
        "liveticker", lambda k: it(k, "LIVE-Ticker: Krieg in der Ukraine", w, [], story=False, rel=False, note="Live ticker: not a story. Title label 'LIVE-Ticker:' may be kept or dropped."))
    w = d(2022, 2, 28, 22, 10, 0, 1)
    add(6416544, "sport", "ski-alpin-kaerntnerin-siegt-in-crans-montana", "Ski alpin: Kärntnerin siegt in Crans-Montana", w, "Sportredaktion",
        "Erster Weltcupsieg für die 22-Jährige aus dem Gailtal.",
        None, lambda k: it(k, "Ski alpin: Kärntnerin siegt in Crans-Montana", w, [], rel=False, note="Home sport: not relevant. 'Sportredaktion' is a desk: []."))
    head = (f"\t<title>Karawanken Zeitung | International</title>\n\t<link>{base}/international</link>\n\t<description>Aktuelle Nachrichten aus aller Welt</description>\n\t<language>de-AT</language>\n"
            f"\t<pubDate>{rfc822(d(2022, 3, 3, 19, 45, 0, 1))}</pubDate>\n\t<image>\n\t\t<url>{base}/img/logo_rss.png</url>\n\t\t<title>Karawanken Zeitung</title>\n\t\t<link>{base}</link>\n\t</image>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n' + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("de_at_karawankenzeitung_international_interred.rss.xml", text, items, lang="de", outlet="Karawanken Zeitung", aliases=["Karawanken-Zeitung"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Klagenfurt daily's 'International' feed from InterRed in March 2022: items not indented (children one tab), channel 'Brand | International', de-AT, image block, CDATA titles and plain-text CDATA teasers, links '/<ressort>/<slug>;art<id>' with utm parameters, 'kz-<id>' non-permalink guids, dc:creator with 'APA/dpa', a reporter, 'Mag. Name', 'Sportredaktion' or absent, enclosures with length 0 and w/h query, „…“ quotes, a LIVE-Ticker, refugees arriving in Villach and a home ski win, +0100 dates")


# ---------------------------------------------------------------- St. Gallen daily, Atom from Neos (2024), Swiss spelling
def saentis():
    base = "https://www.saentiszeitung.example"
    ents, items = [], []

    def add(nid, slug, title, when, authors, cat, summary, exp):
        url = f"{base}/international/{slug}"
        au = "".join(f"\n    <author>\n      <name>{esc(a)}</name>\n    </author>" for a in authors)
        ents.append(f"  <entry>\n    <id>urn:uuid:{nid}</id>\n    <title>{esc(title)}</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n    <published>{iso8601(when)}</published>\n    <updated>{iso8601(when)}</updated>{au}\n"
                    f"    <category term=\"{esc(cat)}\"/>\n    <summary type=\"html\">{esc(summary)}</summary>\n  </entry>")
        items.append(exp(f"urn:uuid:{nid}"))

    w = d(2024, 6, 16, 17, 50, 0, 2)
    add("5b7e0c21-9f4d-4a36-8e12-c3a9d04f6b18", "buergenstock-konferenz-schlusserklaerung", "Bürgenstock-Konferenz: Rund 80 Staaten unterzeichnen Schlusserklärung", w, ["Doris Kleger, Bürgenstock"], "International",
        "<p>Die Konferenz zum Frieden in der Ukraine endete mit einer gemeinsamen Erklärung – nicht alle Teilnehmer unterschrieben. «Die Schweiz hat gezeigt, dass sie Gastgeberin sein kann, mehr war nie realistisch», sagte Beat Zollinger, Sicherheitsexperte an der Universität St. Gallen.</p>",
        lambda k: it(k, "Bürgenstock-Konferenz: Rund 80 Staaten unterzeichnen Schlusserklärung", w, ["Doris Kleger"], quotes=[q("Beat Zollinger", "Universität St. Gallen")],
                     note="Atom author 'Name, Ort': the place is not part of the name. Switzerland hosting a peace conference: its foreign policy, relevant. Swiss spelling (no ß) and «…» quotes."))
    w = d(2024, 6, 10, 7, 30, 0, 2)
    add("a0c4e8f2-1b6d-4e93-9a57-2d8f3e6b1c09", "europawahl-rechte-parteien-legen-zu", "Europawahl: Rechte Parteien legen zu, Macron löst Parlament auf", w, ["sda/dpa"], "International",
        "<p>Bei der Wahl zum EU-Parlament haben rechte Parteien in mehreren Ländern deutlich zugelegt. In Frankreich kündigte der Präsident Neuwahlen an. (sda/dpa)</p>",
        lambda k: it(k, "Europawahl: Rechte Parteien legen zu, Macron löst Parlament auf", w, [], junk=["(sda/dpa)"], note="Agency as Atom author: []. Relevant."))
    w = d(2024, 6, 9, 18, 5, 0, 2)
    add("7f2d9b40-6c1e-4d85-b3a2-0e9c5f8a1d63", "abstimmung-praemien-entlastungs-initiative-scheitert", "Abstimmung: Prämien-Entlastungs-Initiative scheitert am Ständemehr", w, ["Marco Hutter"], "Schweiz",
        "<p>Die Initiative erreichte zwar knapp das Volksmehr, scheiterte aber an den Kantonen.</p>",
        lambda k: it(k, "Abstimmung: Prämien-Entlastungs-Initiative scheitert am Ständemehr", w, ["Marco Hutter"], rel=False, note="Swiss popular vote: home politics, not relevant."))
    w = d(2024, 6, 15, 23, 10, 0, 2)
    add("c91e3a57-8b0f-4c24-9d6e-5a1f7b2c8e40", "euro-2024-nati-gewinnt-gegen-ungarn", "Euro 2024: Nati startet mit 3:1 gegen Ungarn", w, ["Keystone-SDA"], "Sport",
        "<p>Die Schweiz hat ihr erstes Gruppenspiel in Köln gewonnen.</p>",
        lambda k: it(k, "Euro 2024: Nati startet mit 3:1 gegen Ungarn", w, [], rel=False, note="Home national team: not relevant. 'Keystone-SDA' is an agency."))
    w = d(2024, 6, 14, 5, 0, 0, 2)
    add("e4b8f0a3-2d7c-4b19-8e65-9c0a3d5f7b21", "podcast-weltlage-bürgenstock", "Podcast «Weltlage»: Was kann die Bürgenstock-Konferenz erreichen?", w, ["Säntis Zeitung"], "Podcast",
        "<p>Jetzt hören: 31 Minuten.</p>",
        lambda k: it(k, "Podcast «Weltlage»: Was kann die Bürgenstock-Konferenz erreichen?", w, [], story=False, rel=False,
                     note="Podcast: not a story. Title label 'Podcast «Weltlage»:' may be kept or dropped."))
    w = d(2024, 6, 5, 16, 40, 0, 2)
    add("3d6a1c84-0e5b-4f27-a9c3-7b2e8d4f0a15", "analyse-wahl-indien-freihandel-schweiz", "Analyse: Was die Wahl in Indien für das Freihandelsabkommen bedeutet", w, ["Reto Ammann", "Lea Brunner"], "International",
        "<p>Die Regierungspartei hat ihre absolute Mehrheit verloren. Für das im März unterzeichnete Abkommen der Efta-Staaten mit Indien ist das keine schlechte Nachricht, sagen Handelsexperten.</p>",
        lambda k: it(k, "Analyse: Was die Wahl in Indien für das Freihandelsabkommen bedeutet", w, ["Reto Ammann", "Lea Brunner"],
                     note="Two Atom authors. India's election and the EFTA free-trade agreement: relevant. Title label 'Analyse:' may be kept or dropped."))
    ents, items = zip(*sorted(zip(ents, items, strict=True), key=lambda p: p[1].published, reverse=True), strict=True)
    head = (f'  <id>{base}/international</id>\n  <title>International – Säntis Zeitung</title>\n  <updated>{iso8601(d(2024, 6, 16, 17, 55, 0, 2))}</updated>\n'
            f'  <link rel="self" type="application/atom+xml" href="{base}/international.atom"/>\n  <link rel="alternate" type="text/html" href="{base}/international"/>\n  <generator uri="https://www.neos.io">Neos</generator>')
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de-CH">\n' + head + "\n" + "\n".join(ents) + "\n</feed>\n"
    return feed("de_ch_saentiszeitung_international_neos.atom.xml", text, list(items), lang="de", outlet="Säntis Zeitung", aliases=["Säntis-Zeitung"], shape="atom",
                ctype="application/atom+xml; charset=UTF-8",
                structure="St. Gallen daily's 'International' section as Atom from a Neos 8 site package (Fusion template): xml:lang de-CH, title 'International – Brand' with an en dash, generator uri, entries with urn:uuid node identifiers as ids, published and updated +02:00, one <author> per contributor ('Name, Ort', 'sda/dpa', 'Keystone-SDA', the brand, two people), category term, escaped <p> summaries, Swiss spelling without ß and «…» quotes, a popular vote and the Nati at Euro 2024 (home), a podcast, June 2024")


# ---------------------------------------------------------------- Bologna daily on Magnolia (2015)
def duetorri():
    base = "http://www.corrieredueTorri.example".lower()
    rows, items = [], []

    def add(aid, sez, slug, title, when, creator, desc, exp):
        url = f"{base}/{sez}/{when.strftime('%Y/%m/%d')}/{slug}-{aid}.html"
        cr = f"\n      <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{esc(desc)}</description>{cr}\n      <pubDate>{rfc822(when)}</pubDate>\n      <guid isPermaLink=\"false\">{aid}</guid>\n    </item>")
        items.append(exp(aid))

    w = d(2015, 11, 14, 1, 20, 0, 1)
    add("e7b1c5", "esteri", "parigi-attacchi-coordinati-morti", "Parigi, attacchi coordinati: almeno 120 morti. Hollande chiude le frontiere", w, "Redazione Esteri",
        "<p>Sparatorie e esplosioni in sei luoghi diversi della capitale francese, tra cui la sala concerti Bataclan e lo Stade de France. Proclamato lo stato d'emergenza.</p>",
        lambda k: it(k, "Parigi, attacchi coordinati: almeno 120 morti. Hollande chiude le frontiere", w, [], note="'Redazione Esteri' is a desk: []. Relevant."))
    w = d(2015, 11, 17, 20, 30, 0, 1)
    add("e7b9a2", "esteri", "molenbeek-viaggio-nel-quartiere", "Molenbeek, viaggio nel quartiere dove tutto è cominciato", w, "dal nostro inviato Marco Beltrami",
        "<p>BRUXELLES – Nella piazza del municipio i negozi hanno riaperto, ma nessuno vuole parlare con i giornalisti. «Qui ci conosciamo tutti, e adesso il mondo pensa che siamo tutti uguali», ha detto Youssef Amrani, che gestisce una panetteria a due isolati dalla casa perquisita.</p>",
        lambda k: it(k, "Molenbeek, viaggio nel quartiere dove tutto è cominciato", w, ["Marco Beltrami"], quotes=[q("Youssef Amrani")],
                     junk=["dal nostro inviato"], note="dc:creator 'dal nostro inviato Name': the reporter's role is not part of the name. Relevant."))
    w = d(2015, 11, 24, 13, 5, 0, 1)
    add("e7c4f0", "esteri", "turchia-abbatte-jet-russo-confine-siria", "La Turchia abbatte un jet russo al confine con la Siria", w, "ANSA",
        "<p>ANKARA – Due F-16 turchi hanno abbattuto un Sukhoi russo che, secondo Ankara, aveva violato lo spazio aereo del Paese. (ANSA)</p>",
        lambda k: it(k, "La Turchia abbatte un jet russo al confine con la Siria", w, [], junk=["(ANSA)"], note="Agency: []. Relevant."))
    w = d(2015, 11, 23, 18, 0, 0, 1)
    add("e7c2d8", "bologna", "giunta-approva-bilancio-2016", "Bologna, la giunta approva il bilancio: niente aumenti dell'Irpef", w, "Giulia Ferretti",
        "<p>Il bilancio 2016 arriva in consiglio comunale a dicembre. Confermate le tariffe degli asili nido.</p>",
        lambda k: it(k, "Bologna, la giunta approva il bilancio: niente aumenti dell'Irpef", w, ["Giulia Ferretti"], rel=False, note="City news in the feed: not relevant."))
    w = d(2015, 11, 16, 19, 45, 0, 1)
    add("e7b6f1", "foto", "due-torri-illuminate-tricolore-francese", "FOTO | Le Due Torri illuminate con il tricolore francese", w, None,
        "<p>La fotogallery.</p>",
        lambda k: it(k, "FOTO | Le Due Torri illuminate con il tricolore francese", w, [], story=False, rel=False, note="Photo gallery: not a story. Title label 'FOTO |' may be kept or dropped."))
    w = d(2015, 11, 20, 11, 40, 0, 1)
    add("e7be33", "esteri", "libia-onu-governo-unita-nazionale", "Libia, l'Onu insiste sul governo di unità. Roma pronta a ospitare la conferenza", w, "Chiara Fabbri e Luca Morandi",
        "<p>Il nuovo inviato delle Nazioni Unite ha chiesto alle due fazioni di firmare l'accordo entro dicembre. «L'Italia non può permettersi un'altra Somalia a trecento chilometri da Lampedusa», ha dichiarato Paolo Sarti, analista dell'Istituto per gli studi mediterranei.</p>",
        lambda k: it(k, "Libia, l'Onu insiste sul governo di unità. Roma pronta a ospitare la conferenza", w, ["Chiara Fabbri", "Luca Morandi"], quotes=[q("Paolo Sarti", "Istituto per gli studi mediterranei")],
                     note="Two reporters joined by 'e' in one dc:creator. Italy's Libya diplomacy: relevant."))
    rows, items = zip(*sorted(zip(rows, items, strict=True), key=lambda p: p[1].published, reverse=True), strict=True)
    head = (f"    <title>Corriere delle Due Torri - Esteri</title>\n    <link>{base}/esteri</link>\n    <description>Le notizie dal mondo</description>\n    <language>it-it</language>\n"
            f"    <pubDate>{rfc822(d(2015, 11, 24, 13, 10, 0, 1))}</pubDate>\n    <generator>Magnolia CMS 5.3</generator>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">\n  <channel>\n' + head + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("it_corrieredueTorri_esteri_magnolia_2015.rss.xml".lower(), text, list(items), lang="it", outlet="Corriere delle Due Torri", aliases=["Il Corriere delle Due Torri"],
                ctype="text/xml;charset=UTF-8",
                structure="Bologna daily's 'Esteri' feed from Magnolia CMS 5.3's RSS aggregator module in November 2015: channel 'Brand - Esteri', it-it, generator with version, '/<sezione>/YYYY/MM/DD/<slug>-<hex id>.html' links, short hex node ids as non-permalink guids, escaped <p> descriptions with upper-case datelines and an en dash, «…» quotes with 'ha detto'/'ha dichiarato', dc:creator with 'Redazione Esteri', 'dal nostro inviato Name', 'A e B', 'ANSA' or absent, the city budget and a 'FOTO |' gallery, +0100 dates")


# ---------------------------------------------------------------- Florence daily on WordPress 6.8 with Yoast (2026)
def giglio():
    base = "https://www.ilgigliofirenze.example"
    rows, items = [], []

    def add(pid, slug, title, when, creators, cats, excerpt, body, img, exp):
        url = f"{base}/esteri/{slug}/"
        crs = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        med = f'\n\t\t<media:content url="{base}/wp-content/uploads/2026/01/{img}-1200x675.jpg" medium="image" width="1200" height="675"/>' if img else ""
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<comments>{url}#respond</comments>\n\t\t\n\t\t<pubDate>{rfc822(when.astimezone(UTC))}</pubDate>{crs}{cts}\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
                    f"\t\t\t\t\t\n\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t\t<slash:comments>0</slash:comments>{med}\n\t\t\n\t\t\t\t\t\t\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    post = lambda t, u: f'<p>L\'articolo <a href="{u}">{wpt(t)}</a> proviene da <a href="{base}">Il Giglio</a>.</p>\n'  # noqa: E731
    w = d(2026, 1, 18, 22, 40, 0, 1)
    u = f"{base}/esteri/portogallo-presidenziali-ballottaggio/"
    t = "Portogallo, presidenziali: nessuno supera il 50%, si va al ballottaggio"
    add(402118, "portogallo-presidenziali-ballottaggio", t, w, ["Elena Sarti"], ["Esteri", "Europa"],
        "<p>Per la prima volta dal 1986 il nuovo capo dello Stato portoghese sarà scelto al secondo turno [&hellip;]</p>\n" + post(t, u),
        "<p><strong>LISBONA</strong> – Per la prima volta dal 1986 il nuovo capo dello Stato portoghese sarà scelto al secondo turno, previsto per l&#8217;8 febbraio.</p>"
        "<p>«È un Paese più frammentato di quanto dicano i sondaggi», ha detto Rui Cordeiro, politologo dell&#8217;Università di Coimbra.</p>\n" + post(t, u),
        "lisbona-voto", lambda k: it(k, t, w, ["Elena Sarti"], quotes=[q("Rui Cordeiro", "Università di Coimbra")],
                                    junk=["proviene da"], note="WordPress 6.8 with Yoast's 'L'articolo … proviene da …' footer in description and content; excerpt ending '[&hellip;]'. Relevant."))
    w = d(2026, 1, 19, 18, 15, 0, 1)
    u = f"{base}/esteri/davos-forum-apre-dazi-intelligenza-artificiale/"
    t = "Davos, si apre il Forum: dazi e intelligenza artificiale in cima all’agenda"
    add(402205, "davos-forum-apre-dazi-intelligenza-artificiale", t, w, ["Redazione"], ["Esteri", "Economia"],
        "<p>Tremila partecipanti attesi nella località svizzera [&hellip;]</p>\n" + post(t, u),
        "<p>Tremila partecipanti attesi nella località svizzera per la settimana del World Economic Forum. (ANSA)</p>\n" + post(t, u),
        "davos", lambda k: it(k, "Davos, si apre il Forum: dazi e intelligenza artificiale in cima all'agenda", w, [], junk=["(ANSA)", "proviene da"],
                              note="'Redazione' is the newsroom: []. Title apostrophe as '&#8217;'. Relevant."))
    w = d(2026, 1, 20, 9, 0, 0, 1)
    u = f"{base}/esteri/ucraina-nuovi-colloqui-ginevra-inviati/"
    t = "Ucraina, nuovo round di colloqui a Ginevra: gli inviati al lavoro su una tregua"
    add(402260, "ucraina-nuovi-colloqui-ginevra-inviati", t, w, ["Francesco Lodi", "Marta Giannelli"], ["Esteri"],
        "<p>Le delegazioni si incontrano in un albergo sul lago [&hellip;]</p>\n" + post(t, u),
        "<p>Le delegazioni si incontrano in un albergo sul lago, lontano dalle telecamere.</p>"
        "<p>«Nessuno si aspetta una firma, ma tutti vogliono evitare di essere quello che si alza dal tavolo», ha spiegato Anna Kowalczyk, ricercatrice del Centro per la sicurezza europea di Varsavia.</p>\n" + post(t, u),
        "ginevra", lambda k: it(k, t, w, ["Francesco Lodi", "Marta Giannelli"], quotes=[q("Anna Kowalczyk", "Centro per la sicurezza europea")], junk=["proviene da"],
                                note="Two dc:creator elements (a co-authors plugin). Relevant."))
    w = d(2026, 1, 19, 7, 30, 0, 1)
    u = f"{base}/esteri/tramvia-linea-3-cantieri-viali/"
    t = "Tramvia, la linea 3 chiude i viali per tre mesi"
    add(402190, "tramvia-linea-3-cantieri-viali", t, w, ["Niccolò Bardi"], ["Firenze", "Esteri"],
        "<p>Da lunedì deviazioni per 14 linee di bus [&hellip;]</p>\n" + post(t, u),
        "<p>Da lunedì deviazioni per 14 linee di bus. Il Comune promette navette gratuite.</p>\n" + post(t, u),
        None, lambda k: it(k, t, w, ["Niccolò Bardi"], rel=False, junk=["proviene da"], note="City news mis-tagged 'Esteri' too: a story, not relevant."))
    w = d(2026, 1, 17, 8, 0, 0, 1)
    u = f"{base}/esteri/newsletter-il-mondo-in-un-caffe/"
    t = "Il mondo in un caffè: iscriviti alla newsletter degli Esteri"
    add(402077, "newsletter-il-mondo-in-un-caffe", t, w, ["Il Giglio"], ["Newsletter"],
        "<p>Ogni mattina alle 7 [&hellip;]</p>\n" + post(t, u),
        "<p>Ogni mattina alle 7, le notizie dal mondo spiegate in cinque minuti. Iscriviti gratis.</p>\n" + post(t, u),
        None, lambda k: it(k, t, w, [], story=False, rel=False, note="Newsletter promotion: not a story."))
    w = d(2026, 1, 16, 21, 10, 0, 1)
    u = f"{base}/esteri/groenlandia-nuuk-danimarca-vertice-artico/"
    t = "Groenlandia, a Nuuk il vertice con Copenaghen: «Decidiamo noi il nostro futuro»"
    add(402051, "groenlandia-nuuk-danimarca-vertice-artico", t, w, ["Elena Sarti"], ["Esteri", "Europa"],
        "<p>Il governo autonomo groenlandese chiede più voce sulla politica di sicurezza nell&#8217;Artico [&hellip;]</p>\n" + post(t, u),
        "<p>Il governo autonomo groenlandese chiede più voce sulla politica di sicurezza nell&#8217;Artico.</p>"
        "<p>«Decidiamo noi il nostro futuro, con Copenaghen e non contro Copenaghen», ha detto Aqqaluk Petersen, deputato del parlamento di Nuuk.</p>\n" + post(t, u),
        "nuuk", lambda k: it(k, "Groenlandia, a Nuuk il vertice con Copenaghen: «Decidiamo noi il nostro futuro»", w, ["Elena Sarti"], quotes=[q("Aqqaluk Petersen", "parlamento di Nuuk")],
                             junk=["proviene da"], note="Relevant. «…» quote inside the title."))
    rows, items = zip(*sorted(zip(rows, items, strict=True), key=lambda p: p[1].published, reverse=True), strict=True)
    ns = ('xmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
          '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\txmlns:media="http://search.yahoo.com/mrss/" ')
    head = (f"\t<title>Esteri &#8211; Il Giglio</title>\n\t<atom:link href=\"{base}/esteri/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}/esteri/</link>\n"
            f"\t<description>Il quotidiano di Firenze e della Toscana</description>\n\t<lastBuildDate>{rfc822(d(2026, 1, 20, 8, 5, 0, 0))}</lastBuildDate>\n\t<language>it-IT</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.8.3</generator>\n")
    text = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\t{ns}>\n\n<channel>\n' + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("it_ilgiglio_esteri_wp68_2026.rss.xml", text, list(items), lang="it", outlet="Il Giglio", aliases=["Il Giglio Firenze"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Florence daily's 'Esteri' category on WordPress 6.8.3 with Yoast SEO in January 2026: WordPress's stock RSS2 template with its ragged tab indentation and blank lines, namespaces one per line with media added by a theme, channel 'Esteri &#8211; Il Giglio', it-IT, sy:update* whitespace, '/esteri/<slug>/' links (the permalink base includes the category), '?p=<id>' guids, +0000 pubDates (newsroom +0100), one or two CDATA dc:creator (co-authors), 'Redazione' or the brand, CDATA categories including 'Firenze', excerpts ending '[&hellip;]' and Yoast's Italian footer 'L'articolo … proviene da …' in description AND content:encoded, «…» quotes (one in a title), '&#8217;' apostrophes, '(ANSA)', media:content 1200x675, a tramway story and a newsletter promo")


FEEDS = [pleisse, karawanken, saentis, duetorri, giglio]
