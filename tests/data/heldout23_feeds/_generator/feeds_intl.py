# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu feeds of the twenty-third held-out set.
All outlets, people and quotations are invented."""
from lib import dt
from mk import esc, it, q, rfc822, rss
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2027, 6, day, h, mi, s, off)


def cd(s):
    return f"<![CDATA[{s}]]>"


NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_MEDIA = ' xmlns:media="http://search.yahoo.com/mrss/"'


# ---------------------------------------------------------------- BILD-style tabloid (Berlin), upper-case bylines in the body, +0200
def tagblitz():
    rows, items = [], []
    o = 2

    def add(aid, path, title, when, teaser, body, caption, exp):
        url = f"https://www.tagblitz.example/{path}-{aid}.tagblitz.html"
        media = (f"\n<media:content url=\"https://images.tagblitz.example/{aid}/1200x675.jpg\" medium=\"image\" type=\"image/jpeg\"><media:description>{esc(caption)}</media:description></media:content>" if caption else "")
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>\n<pubDate>{rfc822(when)}</pubDate>\n<description>{esc(teaser)}</description>\n"
                    f"<content:encoded>{cd(body)}</content:encoded>{media}\n</item>")
        items.append(exp(url))

    w = d(15, 17, 48, 0, o)
    add(90311842, "politik/ausland/politik-ausland/schattenflotte-eu-sanktionen", "Schattenflotte: EU verhängt Sanktionen gegen 120 weitere Tanker", w,
        "Die EU-Außenminister einigen sich in Luxemburg. Ungarn gibt seine Blockade auf",
        "<p>Von HANS-JÖRG VETTER und LEA MARX</p><p>Die EU-Außenminister haben sich in Luxemburg auf ein Hafenverbot für 120 weitere Tanker der russischen Schattenflotte geeinigt.Ungarn gab seine Blockade auf, nachdem die Druschba-Pipeline ausgenommen wurde.</p><p>„Jeder Tanker weniger ist ein Rubel weniger für Putins Krieg“, sagte die estnische Außenministerin Kadri Lepp.</p>",
        "Ein Tanker der Schattenflotte vor der Ostseeküste Foto: Bernd Wüstneck/dpa",
        lambda k: it(k, "Schattenflotte: EU verhängt Sanktionen gegen 120 weitere Tanker", w, ["Hans-Jörg Vetter", "Lea Marx"], junk=["Von HANS-JÖRG VETTER", "Foto: Bernd Wüstneck/dpa"], quotes=[q("Kadri Lepp", "Außenministerin")], note="Upper-case byline only in the body; the same event as the Rheinwelle item in this set."))
    w = d(15, 15, 30, 0, o)
    add(90311790, "politik/inland/politik-inland/irre-szenen-im-bundestag", "Irre Szenen im Bundestag: Abgeordneter fliegt aus dem Plenum", w,
        "Bundestagspräsidentin greift durch",
        "<p>Von TIM STRAUB</p><p>Zum ersten Mal seit 2019 hat die Bundestagspräsidentin einen Abgeordneten des Saales verwiesen.</p>",
        None,
        lambda k: it(k, "Irre Szenen im Bundestag: Abgeordneter fliegt aus dem Plenum", w, ["Tim Straub"], rel=False, junk=["Von TIM STRAUB"]))
    w = d(15, 12, 5, 0, o)
    add(90311711, "politik/ausland/politik-ausland/russland-ostsee-geheimplan", "TAGBLITZplus: Was Russland an der Ostsee plant", w,
        "Satellitenbilder zeigen neue Raketenstellungen in Kaliningrad",
        "<p>Von PAUL REINHOLZ-LANG</p><p>Satellitenbilder zeigen neue Raketenstellungen in Kaliningrad. Militärexperten warnen vor einer Bedrohung für Litauen und Polen.</p><p>Lesen Sie mit TAGBLITZplus, was die Bilder verraten.</p>",
        "Satellitenbild der Stellung bei Tschernjachowsk Foto: Orbit Imaging",
        lambda k: it(k, "Was Russland an der Ostsee plant", w, ["Paul Reinholz-Lang"], junk=["Lesen Sie mit TAGBLITZplus", "Foto: Orbit Imaging", "Von PAUL"], note="Paywall label. Title label 'TAGBLITZplus:' may be kept or dropped"))
    w = d(16, 19, 15, 0, o)
    add(90311922, "ratgeber/lotto/lotto-am-mittwoch-gewinnzahlen", "Lotto am Mittwoch: Die aktuellen Gewinnzahlen", w,
        "Alle Zahlen und Quoten der Ziehung vom 16. Juni",
        "<p>Alle Zahlen und Quoten der Ziehung vom 16. Juni.</p>",
        None,
        lambda k: it(k, "Lotto am Mittwoch: Die aktuellen Gewinnzahlen", w, [], story=False, rel=False, note="Lottery numbers, not a story."))
    w = d(15, 9, 40, 0, o)
    add(90311655, "politik/ausland/politik-ausland/trump-droht-europa-mit-zoellen", "Nach Gipfel-Eklat: Trump droht Europa mit neuen Zöllen", w,
        "Der US-Präsident verlässt den G7-Gipfel vorzeitig",
        "<p>Von JAN W. SCHÄFER</p><p>Der US-Präsident verlässt den G7-Gipfel in Evian vorzeitig und kündigt Strafzölle von 30 Prozent auf europäische Autos an.</p><p>MEHR ZUM THEMA: G7-Gipfel im Liveticker</p>",
        None,
        lambda k: it(k, "Nach Gipfel-Eklat: Trump droht Europa mit neuen Zöllen", w, ["Jan W. Schäfer"], junk=["MEHR ZUM THEMA", "Von JAN"]))
    w = d(15, 7, 20, 0, o)
    add(90311602, "news/inland/news-inland/hitze-alarm-bis-zu-38-grad", "Hitze-Alarm! Bis zu 38 Grad am Wochenende", w,
        "Der Deutsche Wetterdienst warnt für den Süden und Osten",
        "<p>Der Deutsche Wetterdienst warnt für den Süden und Osten.</p>",
        None,
        lambda k: it(k, "Hitze-Alarm! Bis zu 38 Grad am Wochenende", w, [], rel=False))
    channel = ("<title>TAGBLITZ Politik</title>\n<link>https://www.tagblitz.example/politik/</link>\n<description>Alle Nachrichten aus der Politik bei TAGBLITZ.example</description>\n<language>de</language>\n"
               "<copyright>TAGBLITZ.example - ein Angebot der Hauptstadt Medien SE</copyright>")
    text = rss(channel, rows, ns=NS_CONTENT + NS_MEDIA)
    return feed("de_tagblitz_politik.rss.xml", text, items, lang="de", outlet="TAGBLITZ", aliases=["Tagblitz", "TAGBLITZ.example"],
                structure="BILD-style (Berlin) tabloid's politics RSS from a custom CMS: no indentation, channel 'BRAND Politik', '/<ressort>/<sub>/<ressort-sub>/<slug>-<id>.brand.html' permalink guids, items not in date order, no author element: the byline is the first paragraph of content:encoded in UPPER CASE ('Von HANS-JÖRG VETTER und LEA MARX', 'Von JAN W. SCHÄFER'), teaser without final stop plus CDATA content:encoded, a missing space after a full stop, „…“ quotes with the speaker after 'sagte die … Außenministerin', an upper-case 'MEHR ZUM THEMA:' line, a 'BRANDplus:' paywall title label with an upsell sentence, media:description captions ending 'Foto: Name/dpa', exclamation-mark headlines, lottery numbers, 'ein Angebot der … SE' copyright, +0200 dates")


# ---------------------------------------------------------------- Kronen Zeitung-style (Vienna), +0200
def stephansblatt():
    rows, items = [], []
    o = 2

    def add(aid, title, when, creator, desc, exp):
        url = f"https://www.stephansblatt.example/{aid}"
        cr = f"\n\t\t\t<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<guid isPermaLink=\"false\">sb-{aid}</guid>{cr}\n\t\t\t<pubDate>{rfc822(when)}</pubDate>\n"
                    f"\t\t\t<description>{cd(desc)}</description>\n\t\t</item>")
        items.append(exp(f"sb-{aid}"))

    w = d(15, 16, 30, 0, o)
    add(3512904, "Grenzkontrollen: Slowenien und Österreich einigen sich auf Ende", w, "APA/red",
        "<p>Nach fast zehn Jahren sollen die Kontrollen an der Grenze in Spielfeld und am Karawankentunnel Ende September fallen</p><p>Das vereinbarten die Innenminister beider Länder in Ljubljana.Die Wirtschaft in der Steiermark begrüßt die Einigung</p>",
        lambda k: it(k, "Grenzkontrollen: Slowenien und Österreich einigen sich auf Ende", w, [], note="'APA/red' is an agency-and-desk credit. ['APA'] is also correct"))
    w = d(15, 13, 10, 0, o)
    add(3512870, "Nahost-Reise: Außenministerin in Amman: „Brauchen politische Lösung“", w, "Stefan Hofbauer",
        "<p>„Ohne eine politische Lösung wird es keine Sicherheit geben, weder für Israel noch für die Palästinenser“, sagte Außenministerin Karin Leitgeb am Dienstag in Amman.</p><p>Die Ministerin trifft am Mittwoch ihren israelischen Amtskollegen.</p>",
        lambda k: it(k, "Nahost-Reise: Außenministerin in Amman: „Brauchen politische Lösung“", w, ["Stefan Hofbauer"], quotes=[q("Karin Leitgeb", "Außenministerin")]))
    w = d(15, 10, 45, 0, o)
    add(3512833, "Wiener Linien: Erste U5-Züge fahren ab Oktober", w, "Lisa Pröll, Wien",
        "<p>Die neue Linie fährt zunächst zwischen Karlsplatz und Rathaus.</p>",
        lambda k: it(k, "Wiener Linien: Erste U5-Züge fahren ab Oktober", w, ["Lisa Pröll"], rel=False, note="'Name, Stadt' credit."))
    w = d(15, 18, 5, 0, o)
    add(3512931, "LIVE: Unwetter in der Steiermark – alle Infos im Ticker", w, "stephansblatt.example",
        "<p>Hagel und Starkregen – wir berichten laufend.</p>",
        lambda k: it(k, "LIVE: Unwetter in der Steiermark – alle Infos im Ticker", w, [], story=False, rel=False, note="Live ticker."))
    w = d(14, 21, 50, 0, o)
    add(3512790, "Wiener Derby: Rapid dreht Spiel gegen die Austria", w, "Sport-Redaktion",
        "<p>Zwei Tore in der Nachspielzeit.</p>",
        lambda k: it(k, "Wiener Derby: Rapid dreht Spiel gegen die Austria", w, [], rel=False, note="Desk credit."))
    w = d(14, 19, 20, 0, o)
    add(3512772, "Serbien: Zehntausende demonstrieren in Belgrad gegen Regierung", w, "AFP, APA",
        "<p>Es ist die größte Kundgebung seit dem Einsturz des Bahnhofsvordachs in Novi Sad</p><ul><li>Studenten blockieren die Autobahn</li><li>Präsident spricht von „ausländischer Einmischung“</li><li>EU-Kommission ruft zum Dialog auf</li></ul>",
        lambda k: it(k, "Serbien: Zehntausende demonstrieren in Belgrad gegen Regierung", w, ["AFP", "APA"], note="Agency list as the only credit. [] is also correct"))
    channel = ("\t\t<title>stephansblatt.example - Nachrichten</title>\n\t\t<link>https://www.stephansblatt.example</link>\n\t\t<description>Österreichs größte Tageszeitung</description>\n\t\t<language>de-AT</language>\n"
               "\t\t<copyright>Stephansblatt Verlag GmbH &amp; Co KG</copyright>\n\t\t<ttl>5</ttl>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + NS_DC + ">\n\t<channel>\n" + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("de_at_stephansblatt_nachrichten.rss.xml", text, items, lang="de", outlet="Stephansblatt", aliases=["stephansblatt.example"],
                structure="Kronen Zeitung-style (Vienna) mass-market daily's news RSS from a custom CMS: tab indentation, channel titled with the domain 'brand.tld - Nachrichten', ttl 5, '/<id>' links with 'sb-<id>' non-permalink guids, dc:creator holding 'APA/red', a person, 'Name, Wien', the domain, 'Sport-Redaktion' or 'AFP, APA', CDATA <p> descriptions with a standfirst without final stop, <ul> bullets, a missing space after a full stop, „…“ quotes in a title and a double colon, 'LIVE:' ticker, items not in date order, GmbH & Co KG copyright, +0200 dates")


# ---------------------------------------------------------------- Blick-style Swiss tabloid (Zurich), Swiss spelling, job titles in bylines
def klartext():
    rows, items = [], []
    o = 2

    def add(aid, path, title, when, creator, desc, exp):
        url = f"https://www.klartext.example/{path}-id{aid}.html"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description>{cr}<pubDate>{rfc822(when)}</pubDate><guid isPermaLink=\"true\">{url}</guid></item>")
        items.append(exp(url))

    w = d(15, 16, 55, 0, o)
    add(20391455, "ausland/ukraine-konferenz-in-luzern-diese-staaten-sagen-zu", "Ukraine-Konferenz in Luzern: Diese Staaten sagen zu", w, "Guido Feldhaus, Ausland-Redaktor",
        "<p>Publiziert: 15.06.2027 um 16:55 Uhr</p><p>Über 70 Staaten haben ihre Teilnahme an der Wiederaufbau-Konferenz bestätigt. Die grosse Frage bleibt, ob Indien und Brasilien kommen</p><p>«Wir sind auf gutem Weg», sagte Bundesrätin Elisabeth Amstutz am Dienstag in Bern.</p>",
        lambda k: it(k, "Ukraine-Konferenz in Luzern: Diese Staaten sagen zu", w, ["Guido Feldhaus"], junk=["Publiziert:", "16:55 Uhr"], quotes=[q("Elisabeth Amstutz", "Bundesrätin")], note="Byline with the job title after a comma."))
    w = d(15, 13, 20, 0, o)
    add(20391402, "ausland/moldau-und-ukraine-eroeffnen-gemeinsamen-grenzuebergang", "Moldau und Ukraine eröffnen gemeinsamen Grenzübergang", w, "SDA",
        "<p>Publiziert: 15.06.2027 um 13:20 Uhr</p><p>Am Übergang Palanca kontrollieren Zöllner beider Länder künftig gemeinsam. Die EU zahlt 18 Millionen Euro</p>",
        lambda k: it(k, "Moldau und Ukraine eröffnen gemeinsamen Grenzübergang", w, ["SDA"], junk=["Publiziert:"], note="Agency as the only credit. [] is also correct. Same event as the ROE/RH item in this set."))
    w = d(15, 10, 5, 0, o)
    add(20391360, "schweiz/gotthard-basistunnel-schon-wieder-gesperrt", "Gotthard-Basistunnel schon wieder gesperrt", w, "Nicole Brunner, Redaktorin News",
        "<p>Publiziert: 15.06.2027 um 10:05 Uhr | Aktualisiert: 15.06.2027 um 11:40 Uhr</p><p>Ein Güterzug blockiert die Oströhre. Reisende müssen über die Bergstrecke ausweichen.</p>",
        lambda k: it(k, "Gotthard-Basistunnel schon wieder gesperrt", w, ["Nicole Brunner"], rel=False, junk=["Publiziert:", "Aktualisiert:"]))
    w = d(14, 20, 40, 0, o)
    add(20391322, "sport/fussball/nati-trainer-nominiert-drei-neulinge", "Nati-Trainer nominiert drei Neulinge", w, "Stefan Kreuzer und Marco Gisler",
        "<p>Publiziert: 14.06.2027 um 20:40 Uhr</p><p>Für die Spiele gegen Schweden und Kosovo.</p>",
        lambda k: it(k, "Nati-Trainer nominiert drei Neulinge", w, ["Stefan Kreuzer", "Marco Gisler"], rel=False, junk=["Publiziert:"]))
    w = d(14, 17, 0, 0, o)
    add(20391301, "schweiz/quiz-wie-gut-kennen-sie-die-kantone", "Quiz: Wie gut kennen Sie die Schweizer Kantone?", w, "",
        "<p>Testen Sie Ihr Wissen!</p>",
        lambda k: it(k, "Quiz: Wie gut kennen Sie die Schweizer Kantone?", w, [], story=False, rel=False, note="Quiz, not a story."))
    w = d(14, 14, 15, 0, o)
    add(20391277, "ausland/iran-atomgespraeche-in-genf-geplatzt", "Iran lässt Atomgespräche in Genf platzen", w, "Samuel Schaller, Ausland-Reporter",
        "<p>Publiziert: 14.06.2027 um 14:15 Uhr</p><p>Die Delegation aus Teheran reiste vorzeitig ab.Die E3 sprechen von einem «schweren Rückschlag»</p>",
        lambda k: it(k, "Iran lässt Atomgespräche in Genf platzen", w, ["Samuel Schaller"], junk=["Publiziert:"]))
    channel = ("<title>Klartext - Ausland</title><link>https://www.klartext.example/ausland</link><description>Aktuelle News aus aller Welt</description><language>de-CH</language>"
               "<copyright>Copyright Klartext Medien AG</copyright>")
    return feed("de_ch_klartext_ausland.rss.xml", rss(channel, rows, ns=NS_DC, sep=""), items, lang="de", outlet="Klartext", aliases=["klartext.example"],
                structure="Blick-style (Zurich) tabloid's 'Ausland' RSS from a custom CMS: single line, channel 'Marke - Ressort', '/<ressort>/<slug>-id<n>.html' permalink guids AFTER pubDate, description BEFORE dc:creator, dc:creator holding 'Name, Ausland-Redaktor' (job title after a comma), 'Name, Redaktorin News', 'A und B', 'SDA' or nothing, escaped <p> descriptions opening with a 'Publiziert: DD.MM.YYYY um HH:MM Uhr' (and '| Aktualisiert: …') paragraph, Swiss spelling without ß ('grosse'), «…» guillemet quotes, a standfirst without final stop, a missing space after a full stop, a quiz, AG copyright, +0200 dates")


# ---------------------------------------------------------------- askanews-style Italian agency (Rome), +0200
def ermes():
    rows, items = [], []
    o = 2

    def add(slug, sec, title, when, desc, exp):
        url = f"https://www.ermesnews.example/{sec}/2027/06/15/{slug}/"
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t<category>{cd(sec.title())}</category>\n"
                    f"\t\t<guid isPermaLink=\"false\">{url}</guid>\n\t\t<description>{cd(desc)}</description>\n\t</item>")
        items.append(exp(url))

    w = d(15, 18, 12, 0, o)
    add("libia-missione-italiana-a-bengasi-per-i-rimpatri", "esteri", "Libia, missione italiana a Bengasi per i rimpatri volontari", w,
        "Roma, 15 giu. (ermes) - Una delegazione del Viminale e della Farnesina è arrivata a Bengasi per concordare con le autorità della Cirenaica un programma di rimpatri volontari assistiti verso Niger e Mali.\"Serve una gestione comune dei flussi\", ha detto il sottosegretario all'Interno Marco Dellavalle. (Segue)",
        lambda k: it(k, "Libia, missione italiana a Bengasi per i rimpatri volontari", w, [], junk=["(ermes)", "Roma, 15 giu.", "(Segue)"], quotes=[q("Marco Dellavalle", "sottosegretario all'Interno")]))
    w = d(15, 15, 40, 0, o)
    add("cina-italia-firmato-memorandum-su-auto-elettriche", "economia", "Cina-Italia, firmato memorandum su auto elettriche e batterie", w,
        "Pechino, 15 giu. (ermes) - di Laura Gentile<br />Italia e Cina hanno firmato a Pechino un memorandum d'intesa sulla produzione di auto elettriche e batterie, che apre la strada a uno stabilimento di un gruppo cinese in Piemonte",
        lambda k: it(k, "Cina-Italia, firmato memorandum su auto elettriche e batterie", w, ["Laura Gentile"], junk=["(ermes)", "di Laura Gentile"], note="'di Nome' byline after the dateline."))
    w = d(15, 8, 30, 0, o)
    add("maturita-2027-al-via-la-prima-prova", "cronaca", "Maturità 2027, al via la prima prova: le tracce", w,
        "Roma, 15 giu. (ermes) - Oltre 520mila studenti affrontano oggi il tema di italiano.",
        lambda k: it(k, "Maturità 2027, al via la prima prova: le tracce", w, [], rel=False, junk=["(ermes)"]))
    w = d(15, 17, 45, 0, o)
    add("borsa-milano-chiude-in-rialzo", "economia", "Borsa, Milano chiude in rialzo: Ftse Mib +1,2%", w,
        "Milano, 15 giu. (ermes) - Bene le banche, in calo Stellantis.",
        lambda k: it(k, "Borsa, Milano chiude in rialzo: Ftse Mib +1,2%", w, [], rel=False, junk=["(ermes)"]))
    w = d(15, 7, 0, 0, o)
    add("gli-appuntamenti-di-oggi-15-giugno", "cronaca", "Gli appuntamenti di oggi, martedì 15 giugno", w,
        "Roma, 15 giu. (ermes) - Ore 10: Roma, conferenza sulla ricostruzione dell'Ucraina. Ore 12: Bruxelles, Eurogruppo. Ore 15: Milano, assemblea Confcommercio.",
        lambda k: it(k, "Gli appuntamenti di oggi, martedì 15 giugno", w, [], story=False, rel=False, note="Daily agenda, not a story."))
    w = d(15, 12, 25, 0, o)
    add("ucraina-zelensky-a-roma-per-la-conferenza-sulla-ricostruzione", "esteri", "Ucraina, Zelensky a Roma per la conferenza sulla ricostruzione", w,
        "Roma, 15 giu. (ermes) - Il presidente ucraino è arrivato a Roma per la conferenza sulla ricostruzione, che riunisce 60 delegazioni governative e 2.000 imprese.In agenda un fondo europeo da 50 miliardi",
        lambda k: it(k, "Ucraina, Zelensky a Roma per la conferenza sulla ricostruzione", w, [], junk=["(ermes)"]))
    channel = ("\t<title>ermes | Esteri, Politica, Economia</title>\n\t<link>https://www.ermesnews.example</link>\n\t<description>Agenzia di stampa ermes</description>\n\t<language>it-IT</language>\n"
               "\t<copyright>ermes srl - P.IVA 01234567890</copyright>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("it_ermes_agenzia.rss.xml", text, items, lang="it", outlet="ermes", aliases=["Ermes", "Agenzia ermes"],
                structure="askanews-style (Rome) news agency's RSS from a custom CMS: tab indentation, a lower-case brand ('ermes'), channel 'brand | Sezioni', pubDate and CDATA category before the URL as a non-permalink guid, no author element, CDATA wire copy opening with the 'Città, D mes. (brand) -' dateline, a 'di Nome<br />' byline after the dateline, a trailing '(Segue)', straight quotes with the speaker after 'ha detto il sottosegretario…', missing spaces after full stops, texts without final stop, 'Luogo, frase' titles, a daily agenda, 'srl - P.IVA' copyright, +0200 dates")


# ---------------------------------------------------------------- il manifesto-style left daily (Rome), Italian day and month names in pubDate
def lasponda():
    rows, items = [], []
    o = 2

    def add(pid, slug, title, when, creators, excerpt, exp):
        url = f"https://lasponda.example/{slug}/"
        cr = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>{cr}\n\t\t<pubDate>{rfc822(when, lang='it')}</pubDate>\n\t\t<category><![CDATA[Internazionale]]></category>\n"
                    f"\t\t<guid isPermaLink=\"false\">https://lasponda.example/?p={pid}</guid>\n\t\t<description><![CDATA[{excerpt}]]></description>\n\t</item>")
        items.append(exp(f"https://lasponda.example/?p={pid}"))

    w = d(15, 20, 10, 0, o)
    add(884120, "sudan-el-fasher-assedio-terzo-anno", "Sudan, a El Fasher l’assedio entra nel terzo anno", w, ["Chiara Moretti"],
        "<p>Reportage Dai campi profughi del Ciad orientale: «Nessuno ci ascolta», dice Amna, fuggita con quattro figli</p><p>L’Onu parla di carestia in tredici aree del Darfur.</p>",
        lambda k: it(k, "Sudan, a El Fasher l’assedio entra nel terzo anno", w, ["Chiara Moretti"], note="Kicker 'Reportage' glued to the first word of the standfirst; the quoted refugee has only a first name."))
    w = d(15, 16, 0, 0, o)
    add(884101, "brasile-lula-amazzonia-cop", "Brasile, Lula offre all’Europa un patto sull’Amazzonia", w, ["Claudia Ferri"],
        "<p>Il governo propone ai Paesi europei un fondo comune per le foreste prima della conferenza di Belém.Le associazioni indigene chiedono di sedere al tavolo</p>",
        lambda k: it(k, "Brasile, Lula offre all’Europa un patto sull’Amazzonia", w, ["Claudia Ferri"]))
    w = d(15, 12, 30, 0, o)
    add(884088, "scuola-sciopero-precari-20-giugno", "Scuola, i precari in sciopero il 20 giugno", w, ["Redazione"],
        "<p>I sindacati di base contestano il nuovo concorso.</p>",
        lambda k: it(k, "Scuola, i precari in sciopero il 20 giugno", w, [], rel=False, note="'Redazione' is not a person."))
    w = d(14, 22, 15, 0, o)
    add(884070, "argentina-piazza-contro-i-tagli-alle-universita", "Argentina, mezzo milione in piazza contro i tagli alle università", w, ["Roberto Lenzi", "Giulia Sardi"],
        "<p>A Buenos Aires il corteo più grande dal 2019. Il governo: «Protesta politica». Il Fondo monetario rinvia la revisione del prestito da 20 miliardi</p>",
        lambda k: it(k, "Argentina, mezzo milione in piazza contro i tagli alle università", w, ["Roberto Lenzi", "Giulia Sardi"]))
    w = d(14, 23, 55, 0, o)
    add(884075, "la-prima-pagina-di-domani-15-giugno", "La prima pagina di domani", w, ["la sponda"],
        "<p><img src=\"https://lasponda.example/wp-content/uploads/2027/06/prima-0615.jpg\" alt=\"\" /></p>",
        lambda k: it(k, "La prima pagina di domani", w, [], story=False, rel=False, note="Front-page image."))
    w = d(14, 18, 40, 0, o)
    add(884062, "bologna-festival-cinema-ritrovato", "Cinema, a Bologna si apre il festival del film restaurato", w, ["Silvana Ruggeri"],
        "<p>Trecento titoli in dieci giorni in piazza Maggiore.</p>",
        lambda k: it(k, "Cinema, a Bologna si apre il festival del film restaurato", w, ["Silvana Ruggeri"], rel=False))
    channel = ("\t<title>Internazionale &#8211; la sponda</title>\n\t<link>https://lasponda.example</link>\n\t<description>quotidiano comunista</description>\n\t<language>it-IT</language>\n"
               "\t<copyright>la sponda coop. editrice a r.l.</copyright>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + NS_DC + ">\n<channel>\n" + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("it_lasponda_internazionale.rss.xml", text, items, lang="it", outlet="la sponda", aliases=["La Sponda"],
                structure="il manifesto-style (Rome) left daily's 'Internazionale' RSS from a customised WordPress theme: tab indentation, lower-case brand, channel 'Sezione &#8211; brand', one CDATA dc:creator per credit (persons, 'Redazione', the brand), pubDate with ITALIAN day and month abbreviations ('mar, 15 giu 2027 20:10:00 +0200'), '?p=<id>' guids, CDATA <p> excerpts with «…» quotes, curly apostrophes in titles, a 'Reportage' kicker glued to the standfirst, a standfirst without final stop, a missing space after a full stop, a front-page image item, items not in date order, 'coop. editrice a r.l.' copyright")


# ---------------------------------------------------------------- O Globo-style (Rio de Janeiro), -0300
def ofarol():
    rows, items = [], []
    o = -3

    def add(path, title, when, desc, exp):
        url = f"https://ofarol.example/{path}.ghtml"
        rows.append(f"<item><title>{cd(title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid><pubDate>{rfc822(when)}</pubDate><category>Mundo</category>"
                    f"<description>{cd(desc)}</description></item>")
        items.append(exp(url))

    w = d(15, 19, 30, 0, o)
    add("mundo/noticia/2027/06/15/lula-recebe-premie-chines-em-brasilia", "Lula recebe premiê chinês em Brasília e assina 20 acordos", w,
        "<img src=\"https://s2.ofarol.example/img/2027/06/15/premie.jpg\" /><br />Por Ana Beatriz Lins — Brasília<br />Acordos incluem ferrovia ligando o Centro-Oeste ao porto de Ilhéus e cotas para carne bovina.“É a maior carteira de investimentos desde 2009”, disse o chanceler Paulo Rezende Matos",
        lambda k: it(k, "Lula recebe premiê chinês em Brasília e assina 20 acordos", w, ["Ana Beatriz Lins"], junk=["Por Ana Beatriz Lins", "— Brasília"], quotes=[q("Paulo Rezende Matos", "chanceler")], note="'Por Nome — Cidade' byline only in the description; the same event as the Jornal do Mondego item in this set."))
    w = d(15, 16, 10, 0, o)
    add("mundo/noticia/2027/06/15/venezuela-libera-presos-politicos-mediacao-catar", "Venezuela liberta 40 presos políticos após mediação do Catar", w,
        "<img src=\"https://s2.ofarol.example/img/2027/06/15/caracas.jpg\" /><br />Por Janaína Ortega — Caracas<br />Entre os libertados estão dois jornalistas e um ex-deputado",
        lambda k: it(k, "Venezuela liberta 40 presos políticos após mediação do Catar", w, ["Janaína Ortega"], junk=["Por Janaína Ortega"]))
    w = d(15, 13, 0, 0, o)
    add("rio/noticia/2027/06/15/chuva-alerta-defesa-civil", "Chuva forte: Defesa Civil emite alerta para a Zona Oeste", w,
        "<br />Por O Farol — Rio<br />Sirenes foram acionadas em cinco comunidades.",
        lambda k: it(k, "Chuva forte: Defesa Civil emite alerta para a Zona Oeste", w, [], rel=False, junk=["Por O Farol"]))
    w = d(14, 23, 40, 0, o)
    add("esportes/futebol/noticia/2027/06/14/flamengo-vence-palmeiras", "Flamengo vence o Palmeiras no Maracanã e assume a liderança", w,
        "<br />Por Rodrigo Cunha — Rio<br />Gol da vitória saiu nos acréscimos.",
        lambda k: it(k, "Flamengo vence o Palmeiras no Maracanã e assume a liderança", w, ["Rodrigo Cunha"], rel=False, junk=["Por Rodrigo Cunha"]))
    w = d(14, 21, 0, 0, o)
    add("economia/noticia/2027/06/14/mega-sena-concurso-2890", "Mega-Sena: veja as dezenas sorteadas no concurso 2.890", w,
        "<br />Por O Farol<br />Prêmio acumulado é de R$ 45 milhões.",
        lambda k: it(k, "Mega-Sena: veja as dezenas sorteadas no concurso 2.890", w, [], story=False, rel=False, note="Lottery results."))
    w = d(14, 10, 15, 0, o)
    add("mundo/noticia/2027/06/14/analise-eleicao-peru-brasil", "Análise: O que a eleição no Peru significa para o Brasil", w,
        "<br />Por Marcelo Nobre Prado<br />O segundo turno coloca em jogo a rodovia Interoceânica e o acordo de gás",
        lambda k: it(k, "O que a eleição no Peru significa para o Brasil", w, ["Marcelo Nobre Prado"], junk=["Por Marcelo"], note="Title label 'Análise:' may be kept or dropped"))
    channel = ("<title>O Farol - Mundo</title><link>https://ofarol.example/mundo/</link><description>Últimas notícias de Mundo</description><language>pt-BR</language>"
               "<copyright>© 1925 - 2027. Todos direitos reservados a Editora O Farol S.A.</copyright>")
    return feed("pt_br_ofarol_mundo.rss.xml", rss(channel, rows, sep=""), items, lang="pt", outlet="O Farol", aliases=["Farol"],
                structure="O Globo-style (Rio de Janeiro) national daily's 'Mundo' RSS from a custom CMS: single line, channel 'Marca - Seção', '/<seção>/noticia/YYYY/MM/DD/<slug>.ghtml' permalink guids, CDATA titles, no author element: CDATA descriptions open with an <img>, then 'Por Nome — Cidade' (or 'Por Marca — Cidade') between <br /> tags, then the text; curly quotes, a missing space after a full stop, texts without final stop, an 'Análise:' label, lottery results, 'Todos direitos reservados a Editora … S.A.' copyright, -0300 dates")


# ---------------------------------------------------------------- Correio da Manhã-style (Lisbon), European Portuguese, +0100
def mondego():
    rows, items = [], []
    o = 1

    def add(aid, path, title, when, author, desc, exp):
        url = f"https://www.jornaldomondego.example/{path}/detalhe/{aid}"
        au = f"<author>{esc(author)}</author>" if author else ""
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <description>{esc(desc)}</description>\n    <link>{url}</link>\n    <guid isPermaLink=\"false\">{aid}</guid>\n    {au}\n    <pubDate>{rfc822(when)}</pubDate>\n  </item>")
        items.append(exp(str(aid)))

    w = d(15, 23, 50, 0, o)
    add("brasil-e-china-assinam-20-acordos", "mundo", "Brasil e China assinam 20 acordos durante visita de primeiro-ministro chinês", w, "Lusa",
        "Os acordos incluem uma ferrovia entre o Centro-Oeste brasileiro e o porto de Ilhéus.",
        lambda k: it(k, "Brasil e China assinam 20 acordos durante visita de primeiro-ministro chinês", w, ["Lusa"], note="Agency as the only credit. [] is also correct. Same event as the O Farol item in this set; the slug is the guid."))
    w = d(15, 18, 20, 0, o)
    add("portugal-envia-30-militares-para-missao-da-nato-na-romenia", "portugal", "Portugal envia 30 militares para missão da NATO na Roménia", w, "Miguel Azevedo",
        "Os militares do Regimento de Engenharia partem em Setembro.\"É um contributo para a segurança do flanco leste\", afirmou o ministro da Defesa, Nuno Saraiva Pinto",
        lambda k: it(k, "Portugal envia 30 militares para missão da NATO na Roménia", w, ["Miguel Azevedo"], quotes=[q("Nuno Saraiva Pinto", "ministro da Defesa")]))
    w = d(15, 14, 5, 0, o)
    add("acidente-na-a1-faz-dois-mortos", "portugal", "Acidente na A1 faz dois mortos junto a Pombal", w, "Jornal do Mondego",
        "Choque entre um camião e um ligeiro de passageiros obrigou ao corte da auto-estrada durante três horas.",
        lambda k: it(k, "Acidente na A1 faz dois mortos junto a Pombal", w, [], rel=False))
    w = d(15, 11, 30, 0, o)
    add("sporting-contrata-defesa-dinamarques", "desporto", "Sporting contrata defesa dinamarquês por 18 milhões de euros", w, "Ricardo Tomé",
        "O jogador assina até 2032 e junta-se à equipa na pré-época.",
        lambda k: it(k, "Sporting contrata defesa dinamarquês por 18 milhões de euros", w, ["Ricardo Tomé"], rel=False))
    w = d(15, 9, 0, 0, o)
    add("video-as-imagens-do-incendio-em-odemira", "multimedia", "Vídeo: as imagens do incêndio em Odemira", w, None,
        "",
        lambda k: it(k, "Vídeo: as imagens do incêndio em Odemira", w, [], story=False, rel=False, note="Video with an empty description."))
    w = d(14, 22, 0, 0, o)
    add("kiev-denuncia-ataque-com-drones-em-odessa", "mundo", "Guerra na Ucrânia: Kiev denuncia ataque com drones em Odessa", w, "Lusa",
        "Três pessoas morreram e o porto ficou danificado, segundo as autoridades regionais.",
        lambda k: it(k, "Guerra na Ucrânia: Kiev denuncia ataque com drones em Odessa", w, ["Lusa"], note="Agency as the only credit. [] is also correct"))
    channel = ("  <title>Jornal do Mondego</title>\n  <link>https://www.jornaldomondego.example</link>\n  <description>Jornal do Mondego - Últimas notícias</description>\n  <language>pt-PT</language>\n"
               "  <copyright>Mondego Media, S.A.</copyright>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("pt_pt_jornaldomondego_ultimas.rss.xml", text, items, lang="pt", outlet="Jornal do Mondego", aliases=["Mondego"],
                structure="Correio da Manhã-style (Lisbon) mass-market daily's 'Últimas' RSS from a custom CMS: two-space indentation, channel titled with the bare brand, description BEFORE link, '/<secção>/detalhe/<slug>' links with the SLUG as a non-permalink guid, <author> holding 'Lusa', a person, the brand or nothing (an empty line), plain descriptions in European Portuguese ('camião', 'Setembro', 'desporto'), straight quotes with the speaker after 'afirmou o ministro da Defesa, Nome', a missing space after a full stop, a text without final stop, a video with an empty description, S.A. copyright, +0100 dates")


# ---------------------------------------------------------------- Dawn News Urdu-style TV site (Karachi), +0500
def subhnews():
    rows, items = [], []
    o = 5

    def add(nid, title, when, author, desc, exp):
        url = f"https://www.subhnews.example/news/{nid}/"
        au = f"<dc:creator>{cd(author)}</dc:creator>" if author else ""
        rows.append(f"<item><title>{cd(title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid>{au}<pubDate>{rfc822(when)}</pubDate><description>{cd(desc)}</description></item>")
        items.append(exp(url))

    w = d(15, 21, 5, 0, o)
    add(1239981, "سندھ طاس معاہدہ: پاکستان اور بھارت کے درمیان تین سال بعد ویانا میں مذاکرات", w, "ویب ڈیسک",
        "<p>پاکستان اور بھارت کے وفود نے ویانا میں غیر جانبدار ماہر کی کارروائی کے موقع پر سندھ طاس معاہدے پر بات چیت کی</p><p>دفتر خارجہ کی ترجمان ثمینہ اعجاز نے کہا کہ ”معاہدے میں یکطرفہ تبدیلی قبول نہیں کی جائے گی“۔</p>",
        lambda k: it(k, "سندھ طاس معاہدہ: پاکستان اور بھارت کے درمیان تین سال بعد ویانا میں مذاکرات", w, [], quotes=[q("ثمینہ اعجاز", "دفتر خارجہ")], note="'ویب ڈیسک' (web desk) is not a person. The same event as the BPS item in this set."))
    w = d(15, 18, 30, 0, o)
    add(1239962, "ایران پاکستان گیس پائپ لائن: امریکی پابندیوں کے باوجود کام دوبارہ شروع کرنے کا فیصلہ", w, "فہیم رضوی",
        "<p>وفاقی کابینہ نے گوادر سے ایرانی سرحد تک 80 کلومیٹر پائپ لائن کی تعمیر کی منظوری دے دی۔امریکا نے پابندیوں کے خطرے سے خبردار کیا ہے</p>",
        lambda k: it(k, "ایران پاکستان گیس پائپ لائن: امریکی پابندیوں کے باوجود کام دوبارہ شروع کرنے کا فیصلہ", w, ["فہیم رضوی"]))
    w = d(15, 14, 0, 0, o)
    add(1239940, "کراچی میں موسلادھار بارش، نشیبی علاقے زیر آب", w, "اسٹاف رپورٹر",
        "<p>شارع فیصل اور ملیر میں ٹریفک کئی گھنٹے معطل رہا۔</p>",
        lambda k: it(k, "کراچی میں موسلادھار بارش، نشیبی علاقے زیر آب", w, [], rel=False, note="'اسٹاف رپورٹر' (staff reporter) is not a person."))
    w = d(15, 11, 20, 0, o)
    add(1239921, "قومی کرکٹ ٹیم دورہ انگلینڈ کے لیے روانہ", w, "اسپورٹس ڈیسک",
        "<p>ٹیم لندن میں دو روزہ کیمپ لگائے گی۔</p>",
        lambda k: it(k, "قومی کرکٹ ٹیم دورہ انگلینڈ کے لیے روانہ", w, [], rel=False))
    w = d(14, 22, 45, 0, o)
    add(1239899, "ویڈیو: وزیراعظم کا قوم سے خطاب", w, None,
        "<p><iframe src=\"https://www.youtube-nocookie.example/embed/x1y2z3\" width=\"640\" height=\"360\"></iframe></p>",
        lambda k: it(k, "ویڈیو: وزیراعظم کا قوم سے خطاب", w, [], story=False, rel=False, note="Video embed, not a story."))
    w = d(14, 19, 10, 0, o)
    add(1239885, "سعودی ولی عہد اگلے ہفتے اسلام آباد کا دورہ کریں گے، 25 ارب ڈالر کے معاہدے متوقع", w, "رائٹرز",
        "<p>دورے میں ریکوڈک اور گوادر ریفائنری میں سرمایہ کاری کے معاہدوں پر دستخط متوقع ہیں</p><ul><li>دو روزہ دورہ</li><li>پارلیمنٹ سے خطاب بھی متوقع</li></ul>",
        lambda k: it(k, "سعودی ولی عہد اگلے ہفتے اسلام آباد کا دورہ کریں گے، 25 ارب ڈالر کے معاہدے متوقع", w, ["رائٹرز"], note="Agency (Reuters, in Urdu) as the only credit. [] is also correct"))
    channel = ("<title>صبح نیوز - تازہ ترین</title><link>https://www.subhnews.example/</link><description>صبح نیوز اردو</description><language>ur</language>"
               "<copyright>Subh Media Group (Pvt) Ltd</copyright>")
    return feed("ur_pk_subhnews_latest.rss.xml", rss(channel, rows, ns=NS_DC, sep=""), items, lang="ur", outlet="صبح نیوز", aliases=["Subh News"],
                structure="DawnNews-style (Karachi) Urdu TV news site's 'latest' RSS from a custom CMS: single line, Urdu channel 'برانڈ - تازہ ترین', CDATA titles, '/news/<id>/' permalink guids, CDATA dc:creator BEFORE pubDate holding a person, 'ویب ڈیسک', 'اسٹاف رپورٹر', 'اسپورٹس ڈیسک', 'رائٹرز' (Reuters in Urdu) or nothing, CDATA <p> descriptions with a standfirst without final '۔', a missing space after '۔', ”…“ quotes introduced with 'نے کہا کہ', <ul> bullets, a 'ویڈیو:' video embed, (Pvt) Ltd copyright, +0500 dates")


# ---------------------------------------------------------------- News18 Urdu-style Indian network (Noida), +0530
def parcham():
    entries, items = [], []
    o = 5.5

    def add(nid, slug, title, when, authors, html, exp):
        url = f"https://urdu.parcham.example/news/world/{slug}-{nid}.html"
        au = "".join(f"<author><name>{esc(a)}</name></author>" for a in authors)
        entries.append(f"<entry>\n<title type=\"html\">{esc(title)}</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n<id>{url}</id>\n<published>{when.isoformat()}</published>\n<updated>{when.isoformat()}</updated>\n{au}\n"
                       f"<content type=\"html\">{esc(html)}</content>\n</entry>")
        items.append(exp(url))

    w = d(15, 20, 15, 0, o)
    add(7781220, "india-un-security-council-reform-g4", "اقوام متحدہ: سلامتی کونسل میں اصلاحات پر جی 4 ممالک کا مشترکہ بیان", w, ["Parcham Urdu Desk"],
        "<p>نیویارک: ہندوستان، برازیل، جرمنی اور جاپان نے سلامتی کونسل میں مستقل نشستوں کی توسیع کے لیے مذاکرات کا متن جلد تیار کرنے کا مطالبہ کیا ہے</p><p>اقوام متحدہ میں ہندوستان کے مستقل نمائندے نے کہا کہ ”دنیا 1945 میں نہیں رہتی“۔</p>",
        lambda k: it(k, "اقوام متحدہ: سلامتی کونسل میں اصلاحات پر جی 4 ممالک کا مشترکہ بیان", w, [], junk=["نیویارک:"], note="Desk credit in English."))
    w = d(15, 17, 40, 0, o)
    add(7781198, "india-china-ladakh-border-talks", "لداخ: ہندوستان اور چین کے درمیان کور کمانڈر سطح کی بات چیت کا 24واں دور", w, ["ایجنسیاں"],
        "<p>نئی دہلی: دونوں ممالک نے دیپسانگ اور ڈیمچوک میں گشت کے انتظامات پر تبادلہ خیال کیا۔وزارت دفاع کے مطابق بات چیت ”تعمیری“ رہی</p>",
        lambda k: it(k, "لداخ: ہندوستان اور چین کے درمیان کور کمانڈر سطح کی بات چیت کا 24واں دور", w, [], junk=["نئی دہلی:"], note="'ایجنسیاں' (agencies) is not a person."))
    w = d(15, 13, 5, 0, o)
    add(7781165, "delhi-heatwave-red-alert", "دہلی میں شدید گرمی، محکمہ موسمیات کا ریڈ الرٹ", w, ["عارف انصاری"],
        "<p>نئی دہلی: پارہ 46 ڈگری تک پہنچ گیا۔</p>",
        lambda k: it(k, "دہلی میں شدید گرمی، محکمہ موسمیات کا ریڈ الرٹ", w, ["عارف انصاری"], rel=False, junk=["نئی دہلی:"]))
    w = d(15, 10, 0, 0, o)
    add(7781140, "hockey-india-squad-pro-league", "ہاکی پرو لیگ: ہندوستانی ٹیم کا اعلان", w, ["اسپورٹس ڈیسک"],
        "<p>بنگلورو: ٹیم یورپ کے دورے پر روانہ ہوگی۔</p>",
        lambda k: it(k, "ہاکی پرو لیگ: ہندوستانی ٹیم کا اعلان", w, [], rel=False))
    w = d(14, 21, 30, 0, o)
    add(7781112, "photo-gallery-eid-preparations", "تصاویر: عید کی تیاریاں، بازاروں میں رونق", w, ["Parcham Urdu Desk"],
        "<p><img src=\"https://images.parcham.example/urdu/2027/06/eid-1.jpg\" /></p>",
        lambda k: it(k, "تصاویر: عید کی تیاریاں، بازاروں میں رونق", w, [], story=False, rel=False, note="Photo gallery."))
    w = d(14, 18, 20, 0, o)
    add(7781095, "gaza-ceasefire-talks-cairo", "غزہ جنگ بندی: قاہرہ میں مذاکرات کا نیا دور، حماس اور اسرائیل کے وفود پہنچ گئے", w, ["سلمان حیات", "ایجنسیاں"],
        "<p>قاہرہ: مصری اور قطری ثالثوں نے یرغمالیوں کی رہائی کے دوسرے مرحلے پر مذاکرات شروع کرائے</p><p>مصری وزیر خارجہ نے کہا کہ ”یہ آخری موقع ہے“۔</p>",
        lambda k: it(k, "غزہ جنگ بندی: قاہرہ میں مذاکرات کا نیا دور، حماس اور اسرائیل کے وفود پہنچ گئے", w, ["سلمان حیات"], junk=["قاہرہ:"], note="A person and 'agencies' as two <author> elements."))
    head = ("<title type=\"text\">Parcham Urdu - عالمی خبریں</title>\n<subtitle>پرچم اردو</subtitle>\n<link rel=\"alternate\" type=\"text/html\" href=\"https://urdu.parcham.example/news/world/\"/>\n"
            "<link rel=\"self\" href=\"https://urdu.parcham.example/atom/world.xml\"/>\n<id>https://urdu.parcham.example/news/world/</id>\n"
            f"<updated>{d(15, 20, 20, 0, o).isoformat()}</updated>\n<rights>© 2027 Parcham Network Ltd. All rights reserved.</rights>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ur-IN">\n' + head + "\n" + "\n".join(entries) + "\n</feed>\n")
    return feed("ur_in_parcham_world.atom.xml", text, items, lang="ur", outlet="پرچم اردو", aliases=["Parcham Urdu"], shape="atom", ctype="application/atom+xml; charset=utf-8",
                structure="News18 Urdu-style (Noida) Indian network's Urdu 'world' Atom feed from a custom CMS: no indentation, xml:lang ur-IN, title 'Latin brand - عالمی خبریں' with an Urdu subtitle, type=\"html\" titles, entry URL as <id>, published = updated, one <author> per credit ('Parcham Urdu Desk' in English, 'ایجنسیاں', 'اسپورٹس ڈیسک', a person, a person plus 'ایجنسیاں'), html content opening with an Urdu 'شہر:' dateline, a standfirst without final '۔', a missing space after '۔', ”…“ quotes whose speaker is only a function, a 'تصاویر:' photo gallery, Ltd. rights, +05:30 stamps")


FEEDS = [tagblitz, stephansblatt, klartext, ermes, lasponda, ofarol, mondego, subhnews, parcham]
