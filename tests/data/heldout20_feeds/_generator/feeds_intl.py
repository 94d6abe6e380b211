# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu feeds of the twentieth held-out set.
All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_CONTENT, NS_DC, atom, esc, it, q, rfc822, rss
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2027, 4, day, h, mi, s, off)


def cd(s):
    return f"<![CDATA[{s}]]>"


# ---------------------------------------------------------------- Kölner Stadt-Anzeiger-style (Cologne), +0200
def domstadt():
    rows, items = [], []
    o = 2

    def add(aid, path, title, when, creator, desc, exp):
        url = f"https://www.domstadt-anzeiger.de/{path}-{aid}"
        cr = f"\n      <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"true\">{url}</guid>\n      <pubDate>{rfc822(when)}</pubDate>{cr}\n"
                    f"      <description>{esc(desc)}</description>\n      <enclosure url=\"https://static.domstadt-anzeiger.de/img/{aid}/16x9/960.jpg\" type=\"image/jpeg\" length=\"0\"/>\n    </item>")
        items.append(exp(url))

    w = d(13, 18, 20, 0, o)
    add(1093341, "politik/nahost-waffenruhe-gaza-verhandlungen-kairo", "Nahost-Konflikt: Neue Verhandlungsrunde über Waffenruhe in Kairo", w, "Von Jonas Brüggemann",
        "Israel und die Hamas schicken Delegationen nach Ägypten. Vermittler sprechen von einer „letzten Chance vor dem Sommer“",
        lambda k: it(k, "Nahost-Konflikt: Neue Verhandlungsrunde über Waffenruhe in Kairo", w, ["Jonas Brüggemann"], note="dc:creator holds 'Von Name'."))
    w = d(13, 15, 55, 0, o)
    add(1093322, "politik/usa-mexiko-zoelle-stahl", "USA und Mexiko: Washington verhängt Strafzölle auf Stahl", w, "dpa, afp",
        "Die Zölle von 25 Prozent gelten ab Mai.Mexiko kündigt Gegenmaßnahmen an",
        lambda k: it(k, "USA und Mexiko: Washington verhängt Strafzölle auf Stahl", w, ["dpa", "afp"], note="Agency list as the only credit. [] is also correct"))
    w = d(13, 12, 40, 0, o)
    add(1093301, "koeln/kvb-warnstreik-donnerstag", "KVB-Warnstreik: Am Donnerstag fahren in Köln keine Bahnen", w, "Von Lea Krämer und Tobias Hennes",
        "Verdi ruft die Beschäftigten der Kölner Verkehrs-Betriebe zu einem ganztägigen Ausstand auf.",
        lambda k: it(k, "KVB-Warnstreik: Am Donnerstag fahren in Köln keine Bahnen", w, ["Lea Krämer", "Tobias Hennes"], rel=False))
    w = d(13, 10, 5, 0, o)
    add(1093288, "politik/china-taiwan-manoever-kinmen", "China-Taiwan-Konflikt: Peking startet Manöver vor Kinmen", w, "Von Franziska Lindner, Peking",
        "Die chinesische Küstenwache kontrolliert erstmals Fischerboote in taiwanischen Gewässern",
        lambda k: it(k, "China-Taiwan-Konflikt: Peking startet Manöver vor Kinmen", w, ["Franziska Lindner"], note="'Von Name, Stadt' credit."))
    w = d(12, 21, 30, 0, o)
    add(1093270, "sport/1-fc-koeln-sieg-gegen-bochum", "1. FC Köln: Last-Minute-Sieg gegen Bochum", w, "Von Marc Overath",
        "Der FC springt auf Platz zwölf.",
        lambda k: it(k, "1. FC Köln: Last-Minute-Sieg gegen Bochum", w, ["Marc Overath"], rel=False))
    w = d(12, 18, 0, 0, o)
    add(1093262, "raetsel/kreuzwortraetsel-online-spielen", "Kreuzworträtsel: Jetzt online spielen", w, None,
        "Das tägliche Rätsel der Domstadt-Anzeiger-Redaktion.",
        lambda k: it(k, "Kreuzworträtsel: Jetzt online spielen", w, [], story=False, rel=False, note="Puzzle page, not a story."))
    channel = ("    <title>Politik - Domstadt-Anzeiger</title>\n    <link>https://www.domstadt-anzeiger.de/politik</link>\n    <description>Aktuelle Nachrichten aus Politik</description>\n    <language>de-DE</language>\n"
               f"    <copyright>Domstadt Medien GmbH &amp; Co. KG</copyright>\n    <lastBuildDate>{rfc822(d(13, 18, 22, 0, o))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + NS_DC + ">\n  <channel>\n" + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("de_domstadtanzeiger_politik.rss.xml", text, items, lang="de", outlet="Domstadt-Anzeiger", aliases=["Domstadt Anzeiger"],
                structure="Kölner Stadt-Anzeiger-style (Cologne) section RSS from a custom CMS: two-space nested indentation, channel 'Ressort - Marke', 'Thema: Satz' kicker titles, dc:creator AFTER pubDate holding 'Von Name', 'Von A und B', 'Von Name, Stadt', 'dpa, afp' or nothing, plain teasers (some without final stop, one with a missing space), „…“ quotes, '/<ressort>/<slug>-<id>' permalink guids, length-0 enclosures, KVB and 1. FC Köln items, a crossword page, GmbH & Co. KG copyright, +0200 dates")


# ---------------------------------------------------------------- Tiroler Tageszeitung-style (Innsbruck) Atom, +02:00
def inntalrundschau():
    entries, items = [], []
    o = 2

    def add(aid, slug, title, when, upd, authors, html, exp):
        url = f"https://www.inntal-rundschau.at/politik/ausland/{aid}/{slug}"
        au = "".join(f"\n\t\t<author>\n\t\t\t<name>{esc(a)}</name>\n\t\t</author>" for a in authors)
        entries.append(f"\t<entry>\n\t\t<title>{esc(title)}</title>\n\t\t<link href=\"{url}\" />\n\t\t<id>{url}</id>\n\t\t<updated>{upd.isoformat()}</updated>\n\t\t<published>{when.isoformat()}</published>{au}\n"
                       f"\t\t<summary type=\"html\">{esc(html)}</summary>\n\t</entry>")
        items.append(exp(url))

    w = d(13, 17, 30, 0, o)
    add(30894412, "ungarn-oesterreich-grenzkontrollen", "Ungarn und Österreich: Streit über Grenzkontrollen eskaliert", w, d(13, 18, 5, 0, o), ["APA"],
        "<p>Budapest bestellt den österreichischen Botschafter ein</p><p>Wien verlängert die Kontrollen am Übergang Nickelsdorf bis Ende Juni.Die Wartezeiten betragen bis zu zwei Stunden</p>",
        lambda k: it(k, "Ungarn und Österreich: Streit über Grenzkontrollen eskaliert", w, ["APA"], note="Agency as the only credit. [] is also correct"))
    w = d(13, 14, 10, 0, o)
    add(30894398, "iran-atomgespraeche-wien", "Atomgespräche mit dem Iran in Wien wieder aufgenommen", w, d(13, 14, 10, 0, o), ["Matthias Pfurtscheller", "APA"],
        "<p>Erstmals seit zwei Jahren sitzen Vertreter Teherans und der E3 an einem Tisch</p><ul><li>IAEA-Inspektoren sollen zurückkehren</li><li>Nächste Runde im Mai</li></ul>",
        lambda k: it(k, "Atomgespräche mit dem Iran in Wien wieder aufgenommen", w, ["Matthias Pfurtscheller"], note="A person and the agency as two <author> elements."))
    w = d(13, 11, 0, 0, o)
    add(30894371, "landtag-tirol-wohnbau", "Tiroler Landtag beschließt Leerstandsabgabe-Novelle", w, d(13, 12, 20, 0, o), ["Verena Hauser"],
        "<p>Die Abgabe für leer stehende Wohnungen steigt in Innsbruck auf bis zu 1.000 Euro pro Monat.</p>",
        lambda k: it(k, "Tiroler Landtag beschließt Leerstandsabgabe-Novelle", w, ["Verena Hauser"], rel=False))
    w = d(13, 8, 45, 0, o)
    add(30894355, "schweiz-abstimmung-eu-vertraege", "Schweiz stimmt im September über EU-Verträge ab", w, d(13, 8, 45, 0, o), ["red"],
        "<p>Der Bundesrat legt das Datum fest.Gegner sammeln bereits Unterschriften für ein Ständemehr</p>",
        lambda k: it(k, "Schweiz stimmt im September über EU-Verträge ab", w, [], note="'red' (Redaktion) is not a person."))
    w = d(12, 20, 15, 0, o)
    add(30894330, "wsg-tirol-remis-gegen-altach", "WSG Tirol spielt gegen Altach nur remis", w, d(12, 20, 15, 0, o), ["Florian Tschugg"],
        "<p>1:1 im Tivoli Stadion.</p>",
        lambda k: it(k, "WSG Tirol spielt gegen Altach nur remis", w, ["Florian Tschugg"], rel=False))
    w = d(12, 16, 0, 0, o)
    add(30894312, "wetter-wochenende-foehn", "Wetter: Föhnsturm zum Wochenende, dann Schnee bis 1000 Meter", w, d(12, 16, 0, 0, o), ["Inntal Rundschau"],
        "<p>Die Aussichten für Tirol.</p>",
        lambda k: it(k, "Wetter: Föhnsturm zum Wochenende, dann Schnee bis 1000 Meter", w, [], story=False, rel=False, note="Weather forecast service page."))
    head = ("\t<title>Ausland | Inntal Rundschau</title>\n\t<link href=\"https://www.inntal-rundschau.at/politik/ausland\" rel=\"alternate\" />\n\t<link href=\"https://www.inntal-rundschau.at/politik/ausland/atom.xml\" rel=\"self\" />\n"
            f"\t<id>https://www.inntal-rundschau.at/politik/ausland</id>\n\t<updated>{d(13, 18, 5, 0, o).isoformat()}</updated>\n\t<rights>© Inntal Rundschau Verlags GmbH</rights>\n\t<icon>https://www.inntal-rundschau.at/favicon.ico</icon>")
    text = atom(head, entries, ns=' xml:lang="de-AT"')
    return feed("de_at_inntalrundschau_ausland.atom.xml", text, items, lang="de", outlet="Inntal Rundschau", aliases=["Inntal-Rundschau"], shape="atom", ctype="application/atom+xml; charset=utf-8",
                structure="Tiroler Tageszeitung-style (Innsbruck) Atom section feed from a custom CMS: tab indentation, xml:lang de-AT, title 'Ressort | Marke', <icon>, entry URL as <id>, <updated> BEFORE <published>, one multi-line <author> per credit (the agency APA, a person plus APA, 'red', the brand, persons), html summaries with a standfirst without final stop, <ul> bullets and missing spaces after full stops, Landtag and WSG Tirol items, a weather page, GmbH rights, +02:00 stamps")


# ---------------------------------------------------------------- Sächsische Zeitung-style (Dresden), content:encoded, 'Plus:' label
def elbkurier():
    rows, items = [], []
    o = 2

    def add(aid, slug, title, when, author, teaser, body, exp):
        url = f"https://www.elbkurier.de/politik/{slug}-{aid}.html"
        au = f"<author>{esc(author)}</author>" if author else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><guid>{url}</guid><pubDate>{rfc822(when)}</pubDate>{au}"
                    f"<description>{esc(teaser)}</description><content:encoded>{cd(body)}</content:encoded></item>")
        items.append(exp(url))

    w = d(13, 17, 0, 0, o)
    add(6112045, "tschechien-sachsen-grenzpendler-bahn", "Tschechien und Sachsen: Neue Schnellverbindung Dresden–Prag beschlossen", w, "Katrin Seidel",
        "Die Regierungen unterzeichnen einen Staatsvertrag für den Erzgebirgstunnel",
        "<p>Die Regierungen unterzeichnen einen Staatsvertrag für den Erzgebirgstunnel.</p><figure><img src=\"https://www.elbkurier.de/img/6112045.jpg\"><figcaption>Der Grenzbahnhof Bad Schandau. Foto: Katrin Seidel</figcaption></figure><p>„Dresden rückt näher an Prag als an Berlin“, sagte der tschechische Verkehrsstaatssekretär Petr Novotný.</p><p>Lesen Sie auch: <a href=\"https://www.elbkurier.de/politik/s-bahn-pirna.html\">S-Bahn nach Pirna wird ausgebaut</a></p>",
        lambda k: it(k, "Tschechien und Sachsen: Neue Schnellverbindung Dresden–Prag beschlossen", w, ["Katrin Seidel"], junk=["Foto: Katrin Seidel", "Lesen Sie auch"], quotes=[q("Petr Novotný", "Verkehrsstaatssekretär")]))
    w = d(13, 14, 25, 0, o)
    add(6112031, "polen-wahl-grenzregion", "Plus: Was Polens neue Regierung für die Lausitz bedeutet", w, "Uwe Menzel, Görlitz",
        "Unser Korrespondent hat mit Unternehmern beiderseits der Neiße gesprochen",
        "<p>Unser Korrespondent hat mit Unternehmern beiderseits der Neiße gesprochen.</p><p>Der Rest dieses Artikels ist für Abonnenten.</p>",
        lambda k: it(k, "Was Polens neue Regierung für die Lausitz bedeutet", w, ["Uwe Menzel"], junk=["für Abonnenten"], note="Paywall label. Title label 'Plus:' may be kept or dropped"))
    w = d(13, 11, 10, 0, o)
    add(6112019, "russland-sanktionen-sachsen-firmen", "EU-Sanktionen gegen Russland: Zoll ermittelt gegen drei sächsische Firmen", w, "dpa",
        "Es geht um Maschinenteile, die über Kasachstan geliefert worden sein sollen.Die Staatsanwaltschaft Leipzig bestätigte die Ermittlungen",
        "<p>Es geht um Maschinenteile, die über Kasachstan geliefert worden sein sollen.Die Staatsanwaltschaft Leipzig bestätigte die Ermittlungen</p><ul><li>Durchsuchungen in Chemnitz und Freiberg</li><li>Schaden: rund 4 Millionen Euro</li></ul>",
        lambda k: it(k, "EU-Sanktionen gegen Russland: Zoll ermittelt gegen drei sächsische Firmen", w, ["dpa"], note="Agency as the only credit. [] is also correct"))
    w = d(13, 8, 0, 0, o)
    add(6112005, "carolabruecke-neubau-zeitplan", "Carolabrücke: Stadtrat beschließt Zeitplan für Neubau", w, "Annett Kühn und Ralf Baumgart",
        "Bis 2031 soll die neue Brücke stehen.",
        "<p>Bis 2031 soll die neue Brücke stehen.</p>",
        lambda k: it(k, "Carolabrücke: Stadtrat beschließt Zeitplan für Neubau", w, ["Annett Kühn", "Ralf Baumgart"], rel=False))
    w = d(12, 21, 45, 0, o)
    add(6111990, "dynamo-dresden-auswaertssieg", "Dynamo Dresden gewinnt in Aue", w, "Sebastian Rößler",
        "Zwei Tore nach der Pause entscheiden das Sachsenderby.",
        "<p>Zwei Tore nach der Pause entscheiden das Sachsenderby.</p>",
        lambda k: it(k, "Dynamo Dresden gewinnt in Aue", w, ["Sebastian Rößler"], rel=False))
    w = d(12, 17, 0, 0, o)
    add(6111982, "podcast-elbkurier-am-abend", "Podcast: Elbkurier am Abend – Folge 212", w, "Elbkurier",
        "Die Themen des Tages in 15 Minuten.",
        "<p>Die Themen des Tages in 15 Minuten.</p>",
        lambda k: it(k, "Podcast: Elbkurier am Abend – Folge 212", w, [], story=False, rel=False, note="Podcast episode."))
    channel = ("<title>Elbkurier - Politik</title><link>https://www.elbkurier.de/politik</link><description>Nachrichten aus Politik, Sachsen und der Welt</description><language>de</language>"
               "<copyright>Elbkurier Verlag GmbH &amp; Co. KG</copyright>")
    return feed("de_elbkurier_politik.rss.xml", rss(channel, rows, ns=NS_CONTENT, sep=""), items, lang="de", outlet="Elbkurier",
                structure="Sächsische Zeitung-style (Dresden) section RSS from a custom CMS: single line, channel 'Marke - Ressort', link = bare guid, <author> holding a plain name, 'Name, Stadt', 'A und B', 'dpa' or the brand (not an e-mail), plain teaser without final stop plus CDATA content:encoded repeating it with a <figure>/<figcaption> 'Foto: Name' caption, „…“ quotes, a 'Lesen Sie auch:' link paragraph, <ul> bullets and a missing space after a full stop, a 'Plus:' paywall title label with a subscribers-only sentence, Carolabrücke and Dynamo items, a podcast, GmbH & Co. KG copyright, +0200 dates")


# ---------------------------------------------------------------- Vatican News-style (Italian edition, Mondo)
def portaangelica():
    rows, items = [], []
    o = 2

    def add(path, title, when, creator, desc, exp):
        url = f"https://www.portaangelica.va/it/{path}.html"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>\n{cr}\n<pubDate>{rfc822(when)}</pubDate>\n<guid>{url}</guid>\n</item>")
        items.append(exp(url))

    w = d(13, 16, 45, 0, o)
    add("mondo/news/2027-04/sudan-appello-cessate-il-fuoco-el-fasher", "Sudan, appello della Santa Sede all'Onu per un cessate il fuoco a El Fasher", w, "Giulia Ranieri - Città del Vaticano",
        "<p>L'osservatore permanente presso le Nazioni Unite a New York chiede corridoi umanitari sicuri per i civili del Darfur</p><p>«Non possiamo abituarci alla fame usata come arma», ha detto mons. Paolo Verdini.</p>",
        lambda k: it(k, "Sudan, appello della Santa Sede all'Onu per un cessate il fuoco a El Fasher", w, ["Giulia Ranieri"], quotes=[q("Paolo Verdini")], note="Vatican-style byline 'Name - Città del Vaticano'."))
    w = d(13, 13, 20, 0, o)
    add("mondo/news/2027-04/ucraina-nunzio-kyiv-scambio-prigionieri", "Ucraina, il nunzio a Kyiv: la Chiesa al lavoro per nuovi scambi di prigionieri", w, "Marek Zawadzki",
        "<p>Dopo il rilascio di 40 civili a marzo si prepara una nuova lista.Coinvolte anche le diocesi greco-cattoliche</p>",
        lambda k: it(k, "Ucraina, il nunzio a Kyiv: la Chiesa al lavoro per nuovi scambi di prigionieri", w, ["Marek Zawadzki"]))
    w = d(13, 10, 0, 0, o)
    add("mondo/news/2027-04/myanmar-caritas-aiuti-sagaing", "Myanmar, la Caritas porta aiuti a 20 mila sfollati nel Sagaing", w, "Redazione",
        "<p>Riso, medicinali e teloni distribuiti in dodici villaggi</p><ul><li>Scuole chiuse da due anni</li><li>Raid aerei anche vicino alle chiese</li></ul>",
        lambda k: it(k, "Myanmar, la Caritas porta aiuti a 20 mila sfollati nel Sagaing", w, [], note="'Redazione' is not a person."))
    w = d(13, 8, 30, 0, o)
    add("vaticano/news/2027-04/musei-vaticani-aperture-serali", "Musei Vaticani, tornano le aperture serali del venerdì", w, "Redazione",
        "<p>Da maggio a ottobre, con ingresso fino alle 21.30.</p>",
        lambda k: it(k, "Musei Vaticani, tornano le aperture serali del venerdì", w, [], rel=False))
    w = d(12, 18, 0, 0, o)
    add("chiesa/news/2027-04/cei-consiglio-permanente-giovani", "Cei, il Consiglio permanente dedica la sessione di primavera ai giovani", w, "Andrea Colombini",
        "<p>I vescovi italiani si riuniscono a Roma fino a mercoledì.</p>",
        lambda k: it(k, "Cei, il Consiglio permanente dedica la sessione di primavera ai giovani", w, ["Andrea Colombini"], rel=False, note="Italian church affairs, no foreign angle."))
    w = d(12, 5, 0, 0, o)
    add("vangelo-del-giorno/2027/04/13", "Il Vangelo del giorno - 13 aprile 2027", w, None,
        "<p>Martedì della II settimana di Pasqua. Dal Vangelo secondo Giovanni.</p>",
        lambda k: it(k, "Il Vangelo del giorno - 13 aprile 2027", w, [], story=False, rel=False, note="Daily Gospel reading, not a story."))
    channel = ("<title>Porta Angelica Notizie - Mondo</title>\n<link>https://www.portaangelica.va/it/mondo.html</link>\n<description>Notizie dal mondo</description>\n<language>it</language>\n"
               "<copyright>Dicastero per le Comunicazioni Porta Angelica</copyright>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + NS_DC + ">\n<channel>\n" + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("it_va_portaangelica_mondo.rss.xml", text, items, lang="it", outlet="Porta Angelica Notizie", aliases=["Porta Angelica"],
                structure="Vatican News-style (Vatican City, Italian edition) RSS from a custom CMS: no indentation, channel 'Marca - Sezione', description BEFORE dc:creator and pubDate, dc:creator holding 'Nome - Città del Vaticano', a person, 'Redazione' or nothing (an empty line), '/it/<sezione>/news/YYYY-MM/<slug>.html' links as bare guids, 'Luogo, frase' titles, escaped <p> descriptions with a standfirst without final stop, «…» quotes, <ul> bullets and a missing space after a full stop, Vatican Museums and Italian bishops' items, a daily Gospel page, a dicastery as copyright holder, +0200 dates")


# ---------------------------------------------------------------- Giornale di Sicilia-style (Palermo)
def trinacria():
    rows, items = [], []
    o = 2

    def add(nid, sec, slug, title, when, creator, teaser, body, exp):
        url = f"https://www.gazzettaditrinacria.it/{sec}/{when:%Y/%m/%d}/{slug}-{nid}/"
        cr = f"\t\t<dc:creator>{cd(creator)}</dc:creator>\n" if creator else ""
        rows.append(f"\t<item>\n\t\t<title>{cd(title)}</title>\n\t\t<link>{url}</link>\n{cr}\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t<guid isPermaLink=\"false\">{nid}</guid>\n"
                    f"\t\t<description>{cd(teaser)}</description>\n\t\t<content:encoded>{cd(body)}</content:encoded>\n\t</item>")
        items.append(exp(str(nid)))

    w = d(13, 17, 40, 0, o)
    add(2241870, "mondo", "lampedusa-tunisia-accordo-rimpatri", "Migranti, Italia e Tunisia firmano il nuovo accordo sui rimpatri", w, "di Salvatore Lo Cascio",
        "Previsti voli settimanali da Palermo e fondi per la guardia costiera tunisina",
        "<p>Previsti voli settimanali da Palermo e fondi per la guardia costiera tunisina.</p><p>«È un accordo che salva vite», ha detto il sottosegretario Marco Ferlito.Le ong parlano di «respingimenti delegati»</p><p><strong>Leggi anche:</strong> <a href=\"https://www.gazzettaditrinacria.it/cronaca/hotspot-lampedusa/\">Lampedusa, 900 arrivi in 24 ore</a></p>",
        lambda k: it(k, "Migranti, Italia e Tunisia firmano il nuovo accordo sui rimpatri", w, ["Salvatore Lo Cascio"], junk=["Leggi anche"], quotes=[q("Marco Ferlito", "sottosegretario")]))
    w = d(13, 15, 0, 0, o)
    add(2241861, "mondo", "libia-scontri-tripoli-sigonella", "Libia, scontri a Tripoli: da Sigonella decolla un volo per rimpatriare 60 italiani", w, "Redazione",
        "Combattimenti tra milizie vicino all'aeroporto di Mitiga",
        "<p>Combattimenti tra milizie vicino all'aeroporto di Mitiga</p><ul><li>Chiusa l'ambasciata per due giorni</li><li>Tra i rimpatriati tecnici siciliani dell'Eni</li></ul>",
        lambda k: it(k, "Libia, scontri a Tripoli: da Sigonella decolla un volo per rimpatriare 60 italiani", w, [], note="'Redazione' is not a person."))
    w = d(13, 12, 15, 0, o)
    add(2241850, "mondo", "ucraina-porto-odessa-grano-sicilia", "Ucraina, riapre il corridoio del grano: la prima nave attesa a Pozzallo", w, "ANSA",
        "Il cargo trasporta 30 mila tonnellate di frumento.",
        "<p>Il cargo trasporta 30 mila tonnellate di frumento.</p>",
        lambda k: it(k, "Ucraina, riapre il corridoio del grano: la prima nave attesa a Pozzallo", w, ["ANSA"], note="Agency as the only credit. [] is also correct"))
    w = d(13, 9, 30, 0, o)
    add(2241838, "palermo", "tram-linea-a-cantieri-via-liberta", "Palermo, tram: cantieri in via Libertà fino a settembre", w, "di Giada Sciortino e Fabio Pipitone",
        "Modifiche alla viabilità da lunedì.",
        "<p>Modifiche alla viabilità da lunedì.</p>",
        lambda k: it(k, "Palermo, tram: cantieri in via Libertà fino a settembre", w, ["Giada Sciortino", "Fabio Pipitone"], rel=False))
    w = d(12, 22, 50, 0, o)
    add(2241822, "sport", "palermo-calcio-vittoria-barbera", "Il Palermo vince al Barbera e sogna la promozione diretta", w, "NINO MAGGIORE",
        "Rosanero a tre punti dal secondo posto.",
        "<p>Rosanero a tre punti dal secondo posto.</p>",
        lambda k: it(k, "Il Palermo vince al Barbera e sogna la promozione diretta", w, ["Nino Maggiore"], rel=False, note="Upper-case name in dc:creator."))
    w = d(12, 7, 0, 0, o)
    add(2241810, "oroscopo", "oroscopo-del-giorno-13-aprile", "L'oroscopo di oggi, 13 aprile: le previsioni segno per segno", w, "Redazione",
        "Ariete, giornata di incontri.",
        "<p>Ariete, giornata di incontri.</p>",
        lambda k: it(k, "L'oroscopo di oggi, 13 aprile: le previsioni segno per segno", w, [], story=False, rel=False, note="Horoscope, not a story."))
    channel = ("\t<title>Gazzetta di Trinacria | Mondo</title>\n\t<link>https://www.gazzettaditrinacria.it/mondo/</link>\n\t<description>Il quotidiano di Palermo e della Sicilia</description>\n\t<language>it-IT</language>\n"
               "\t<copyright>Trinacria Editoriale S.r.l.</copyright>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + NS_DC + NS_CONTENT + ">\n<channel>\n" + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("it_gazzettaditrinacria_mondo.rss.xml", text, items, lang="it", outlet="Gazzetta di Trinacria", aliases=["La Gazzetta di Trinacria"],
                structure="Giornale di Sicilia-style (Palermo) section RSS from a custom CMS: tab indentation, channel 'Testata | Sezione', CDATA titles, CDATA dc:creator BEFORE pubDate holding 'di Nome', 'di A e B', an UPPER-CASE name, 'Redazione' or 'ANSA', numeric non-permalink guids, CDATA teaser (without final stop) plus content:encoded with «…» quotes, a missing space after a full stop, <ul> bullets and a bold 'Leggi anche:' link paragraph, '/<sezione>/YYYY/MM/DD/<slug>-<id>/' links, tram and Palermo calcio items, a horoscope, S.r.l. copyright, +0200 dates")


# ---------------------------------------------------------------- GZH-style (Porto Alegre), -0300
def correioguaiba():
    rows, items = [], []
    o = -3

    def add(nid, path, title, when, creators, desc, exp):
        url = f"https://correiodoguaiba.com.br/{path}/noticia/2027/04/{nid}.html"
        cr = "".join(f"<dc:creator>{esc(c)}</dc:creator>" for c in creators)
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid>{cr}<pubDate>{rfc822(when)}</pubDate>"
                    f"<description>{esc(desc)}</description></item>")
        items.append(exp(url))

    w = d(13, 18, 10, 0, o)
    add("mercosul-ue-acordo-rs-exportadores-cl9a1b2c3", "mundo", "Acordo Mercosul-UE entra em vigor em julho; exportadores gaúchos comemoram", w, ["Bianca Schmitt"],
        "<p>Tarifas sobre carne suína, arroz e calçados caem já no primeiro ano</p><p>“É a maior abertura de mercado da história do Estado”, disse o presidente da federação das indústrias, Otávio Kessler.</p>",
        lambda k: it(k, "Acordo Mercosul-UE entra em vigor em julho; exportadores gaúchos comemoram", w, ["Bianca Schmitt"], quotes=[q("Otávio Kessler")]))
    w = d(13, 15, 30, 0, o)
    add("uruguai-ponte-jaguarao-rio-branco-cl9a1b2c1", "mundo", "Brasil e Uruguai anunciam nova ponte entre Jaguarão e Rio Branco", w, ["Agência Brasil"],
        "<p>Obra custará R$ 380 milhões.Licitação sai até dezembro</p>",
        lambda k: it(k, "Brasil e Uruguai anunciam nova ponte entre Jaguarão e Rio Branco", w, [], note="Public agency credit 'Agência Brasil' is not a person."))
    w = d(13, 12, 0, 0, o)
    add("argentina-eleicoes-legislativas-milei-cl9a1b2bz", "mundo", "Argentina: oposição lidera pesquisas para as legislativas de outubro", w, ["Rodrigo Lopes", "Carolina Bahia"],
        "<p>Levantamento mostra empate técnico em Buenos Aires</p><ul><li>Inflação anual caiu para 28%</li><li>Peso voltou a se desvalorizar em março</li></ul>",
        lambda k: it(k, "Argentina: oposição lidera pesquisas para as legislativas de outubro", w, ["Rodrigo Lopes", "Carolina Bahia"]))
    w = d(13, 9, 15, 0, o)
    add("diques-zona-norte-obras-cl9a1b2bx", "porto-alegre", "Porto Alegre conclui reforço dos diques da Zona Norte", w, ["Redação"],
        "<p>Obras começaram após a enchente de 2024.</p>",
        lambda k: it(k, "Porto Alegre conclui reforço dos diques da Zona Norte", w, [], rel=False))
    w = d(12, 23, 40, 0, o)
    add("gre-nal-empate-arena-cl9a1b2bv", "esportes/gremio", "Gre-Nal termina empatado na Arena", w, ["Diogo Olivier"],
        "<p>1 a 1, com gols no segundo tempo.</p>",
        lambda k: it(k, "Gre-Nal termina empatado na Arena", w, ["Diogo Olivier"], rel=False))
    w = d(12, 21, 0, 0, o)
    add("mega-sena-concurso-2851-resultado-cl9a1b2bt", "geral", "Mega-Sena: resultado do concurso 2.851; prêmio acumula", w, ["Correio do Guaíba"],
        "<p>Dezenas sorteadas: 04 - 17 - 22 - 35 - 41 - 58.</p>",
        lambda k: it(k, "Mega-Sena: resultado do concurso 2.851; prêmio acumula", w, [], story=False, rel=False, note="Lottery results, not a story."))
    channel = ("<title>Mundo | Correio do Guaíba</title><link>https://correiodoguaiba.com.br/mundo/</link><description>Notícias internacionais</description><language>pt-br</language>"
               "<copyright>© Grupo Guaíba de Comunicação S.A.</copyright>")
    return feed("pt_br_correiodoguaiba_mundo.rss.xml", rss(channel, rows, ns=NS_DC, sep=""), items, lang="pt", outlet="Correio do Guaíba", aliases=["Correio do Guaiba"],
                structure="GaúchaZH-style (Porto Alegre) section RSS from a custom CMS: single line, channel 'Seção | Marca', '/<seção>/noticia/YYYY/MM/<slug>-<id>.html' permalink guids, one dc:creator per credit (a person, two persons, 'Agência Brasil', 'Redação', the brand), escaped <p> descriptions with a standfirst without final stop, <ul> bullets, a missing space after a full stop, curly quotes, dikes and Gre-Nal items, lottery results, S.A. copyright, -0300 dates")


# ---------------------------------------------------------------- Tatoli-style Timor-Leste news agency (Portuguese), +0900
def lafaek():
    rows, items = [], []
    o = 9

    def add(nid, slug, title, when, desc, exp):
        url = f"https://pt.lafaek.tl/{when:%Y/%m/%d}/{slug}/"
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <pubDate>{rfc822(when)}</pubDate>\n    <guid isPermaLink=\"false\">https://pt.lafaek.tl/?p={nid}</guid>\n"
                    f"    <description>{esc(desc)}</description>\n  </item>")
        items.append(exp(f"https://pt.lafaek.tl/?p={nid}"))

    w = d(13, 17, 30, 0, o)
    add(118402, "timor-leste-e-indonesia-concluem-demarcacao-de-noelbesi", "Timor-Leste e Indonésia concluem demarcação do segmento de Noel Besi-Citrana", w,
        "<p>DÍLI, 13 de abril de 2027 (LAFAEK) – Os dois países assinaram em Kupang a acta final sobre o último segmento terrestre por delimitar</p><p>“Encerramos um capítulo de vinte anos”, afirmou o vice-ministro dos Negócios Estrangeiros, Mateus da Costa Belo.</p><p>Jornalista: Zelia Soares Ximenes | Editor: Armando Guterres</p>",
        lambda k: it(k, "Timor-Leste e Indonésia concluem demarcação do segmento de Noel Besi-Citrana", w, ["Zelia Soares Ximenes"], junk=["(LAFAEK)", "Jornalista:", "Editor: Armando Guterres"], quotes=[q("Mateus da Costa Belo", "vice-ministro dos Negócios Estrangeiros")], note="Credit line 'Jornalista: Name | Editor: Name' at the end: the journalist is the author, the editor is not."))
    w = d(13, 14, 0, 0, o)
    add(118396, "asean-missao-tecnica-visita-dili", "Missão técnica da ASEAN avalia preparativos para a cimeira de Díli", w,
        "<p>DÍLI, 13 de abril de 2027 (LAFAEK) – Uma delegação do Secretariado da ASEAN visitou o centro de conferências de Tasi-Tolu.A cimeira está prevista para 2029</p><p>Jornalista: Nelson de Jesus | Editor: Armando Guterres</p>",
        lambda k: it(k, "Missão técnica da ASEAN avalia preparativos para a cimeira de Díli", w, ["Nelson de Jesus"], junk=["(LAFAEK)", "Editor: Armando Guterres"]))
    w = d(13, 10, 20, 0, o)
    add(118389, "greater-sunrise-australia-reuniao-camberra", "Greater Sunrise: Timor-Leste e Austrália retomam negociações em Camberra", w,
        "<p>CAMBERRA, 13 de abril de 2027 (LAFAEK) – As delegações discutem o local de processamento do gás</p><ul><li>Díli insiste no gasoduto para a costa sul</li><li>Empresas preferem Darwin</li></ul><p>Jornalista: Domingas Pereira | Editor: Rosa Amaral</p>",
        lambda k: it(k, "Greater Sunrise: Timor-Leste e Austrália retomam negociações em Camberra", w, ["Domingas Pereira"], junk=["(LAFAEK)", "Editor: Rosa Amaral"]))
    w = d(13, 8, 0, 0, o)
    add(118381, "governo-aprova-reabilitacao-estrada-aileu", "Governo aprova reabilitação da estrada Díli-Aileu", w,
        "<p>DÍLI, 13 de abril de 2027 (LAFAEK) – O Conselho de Ministros aprovou 45 milhões de dólares para a obra.</p><p>Jornalista: Nelson de Jesus | Editor: Rosa Amaral</p>",
        lambda k: it(k, "Governo aprova reabilitação da estrada Díli-Aileu", w, ["Nelson de Jesus"], rel=False, junk=["(LAFAEK)", "Editor: Rosa Amaral"]))
    w = d(12, 19, 0, 0, o)
    add(118372, "selecao-feminina-futebol-vence-brunei", "Seleção feminina de futebol vence Brunei na qualificação para a Taça AFF", w,
        "<p>DÍLI, 12 de abril de 2027 (LAFAEK) – Vitória por 3-0 no Estádio Municipal de Díli.</p><p>Jornalista: Octávio Soares | Editor: Rosa Amaral</p>",
        lambda k: it(k, "Seleção feminina de futebol vence Brunei na qualificação para a Taça AFF", w, ["Octávio Soares"], rel=False, junk=["(LAFAEK)", "Editor: Rosa Amaral"]))
    w = d(12, 15, 0, 0, o)
    add(118365, "galeria-celebracao-dia-da-juventude", "Galeria | Celebração do Dia Nacional da Juventude em Díli", w,
        "<p>Fotos: Agência Lafaek</p>",
        lambda k: it(k, "Galeria | Celebração do Dia Nacional da Juventude em Díli", w, [], story=False, rel=False, note="Photo gallery."))
    channel = ("  <title>Agência Lafaek – Português</title>\n  <link>https://pt.lafaek.tl</link>\n  <description>Agência Noticiosa de Timor-Leste</description>\n  <language>pt-PT</language>\n"
               "  <copyright>Agência Noticiosa Lafaek, I.P.</copyright>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("pt_tl_lafaek_portugues.rss.xml", text, items, lang="pt", outlet="Agência Lafaek", aliases=["Lafaek", "Agência Noticiosa Lafaek"],
                structure="Tatoli-style Timor-Leste public news agency's Portuguese service RSS from a custom CMS: two-space indentation, channel 'Marca – Língua' with an en dash, no author element, '?p=<id>' non-permalink guids AFTER pubDate, escaped <p> descriptions opening with an upper-case 'CIDADE, D de mês de AAAA (MARCA) –' dateline and closing with a 'Jornalista: Nome | Editor: Nome' credit line, European Portuguese spellings ('acta'), a missing space after a full stop, <ul> bullets, a 'Galeria |' photo gallery, I.P. (public institute) copyright, +0900 dates")


# ---------------------------------------------------------------- Pars Today-style Iranian state broadcaster's Urdu service (GMT dates)
def awaetehran():
    rows, items = [], []

    def add(nid, title, when, desc, exp):
        url = f"https://urdu.awaetehran.ir/news/i{nid}"
        rows.append(f"<item><title>{esc(title)}</title><description>{esc(desc)}</description><link>{url}</link><guid>{url}</guid><pubDate>{rfc822(when, gmt=True)}</pubDate>"
                    f"<enclosure url=\"https://media.awaetehran.ir/d/2027/04/13/{nid}.jpg\" type=\"image/jpeg\" length=\"0\" /></item>")
        items.append(exp(url))

    o = 3.5
    w = d(13, 19, 40, 0, o).astimezone(dt(2027, 1, 1).tzinfo)
    add(442810, "ایران اور پاکستان کے درمیان گیس پائپ لائن پر تہران میں مذاکرات", w,
        "دونوں ملکوں کے وزرائے پیٹرولیم نے منصوبے کی تکمیل کے نئے نظام الاوقات پر بات چیت کی۔پاکستانی وفد کل اسلام آباد واپس جائے گا",
        lambda k: it(k, "ایران اور پاکستان کے درمیان گیس پائپ لائن پر تہران میں مذاکرات", w, []))
    w = d(13, 16, 10, 0, o).astimezone(dt(2027, 1, 1).tzinfo)
    add(442801, "غزہ میں امدادی سامان کی ترسیل پھر روک دی گئی", w,
        "اقوام متحدہ کے مطابق رفح گزرگاہ پر 600 ٹرک کھڑے ہیں۔\n\n”بچے بھوک سے مر رہے ہیں“، عالمی ادارہ خوراک کی ترجمان سلمیٰ حداد نے کہا۔",
        lambda k: it(k, "غزہ میں امدادی سامان کی ترسیل پھر روک دی گئی", w, [], quotes=[q("سلمیٰ حداد", "عالمی ادارہ خوراک")]))
    w = d(13, 12, 30, 0, o).astimezone(dt(2027, 1, 1).tzinfo)
    add(442794, "تہران میٹرو کی نئی لائن کا افتتاح", w,
        "لائن نمبر دس شہر کے مغربی علاقوں کو مرکز سے ملائے گی۔",
        lambda k: it(k, "تہران میٹرو کی نئی لائن کا افتتاح", w, [], rel=False))
    w = d(13, 9, 50, 0, o).astimezone(dt(2027, 1, 1).tzinfo)
    add(442786, "ایران اور سعودی عرب کے درمیان براہ راست پروازوں میں اضافہ", w,
        "تہران اور ریاض کے درمیان ہفتہ وار پروازوں کی تعداد چار سے بڑھا کر دس کر دی گئی",
        lambda k: it(k, "ایران اور سعودی عرب کے درمیان براہ راست پروازوں میں اضافہ", w, []))
    w = d(12, 21, 15, 0, o).astimezone(dt(2027, 1, 1).tzinfo)
    add(442775, "والی بال: ایران نے ایشین چیمپئن شپ کا فائنل جیت لیا", w,
        "ایران نے جاپان کو تین دو سے ہرا دیا۔",
        lambda k: it(k, "والی بال: ایران نے ایشین چیمپئن شپ کا فائنل جیت لیا", w, [], rel=False))
    w = d(12, 17, 0, 0, o).astimezone(dt(2027, 1, 1).tzinfo)
    add(442768, "تصویری رپورٹ: اصفہان میں بہار کے رنگ", w,
        "",
        lambda k: it(k, "تصویری رپورٹ: اصفہان میں بہار کے رنگ", w, [], story=False, rel=False, note="Photo report with an empty description."))
    channel = ("<title>آوائے تہران اردو - عالمی خبریں</title><link>https://urdu.awaetehran.ir</link><description>آوائے تہران اردو سروس</description><language>ur</language>"
               "<copyright>Awa-e-Tehran Broadcasting Organization</copyright>")
    return feed("ur_ir_awaetehran_world.rss.xml", rss(channel, rows, sep=""), items, lang="ur", outlet="آوائے تہران اردو", aliases=["آوائے تہران", "Awa-e-Tehran Urdu"],
                structure="Pars Today-style Urdu RSS of an Iranian state broadcaster's Urdu service from a custom CMS: single line, Urdu channel 'برانڈ اردو - سیکشن', no author element, description BEFORE link, '/news/i<id>' links as bare guids, plain descriptions (some without final '۔', one with a missing space after '۔', one with a blank line and ”…“ quotes), Iran-Pakistan, Gaza and Iran-Saudi items beside the Tehran metro and volleyball, a photo report with an empty description, length-0 enclosures, GMT dates (the newsroom is at +0330)")


# ---------------------------------------------------------------- Radio Pakistan-style state radio Urdu news (+0500)
def paksada():
    rows, items = [], []
    o = 5

    def add(nid, title, when, desc, exp):
        url = f"https://www.paksadaradio.gov.pk/urdu/{when:%d-%m-%Y}/{nid}"
        rows.append(f"\t<item>\r\n\t\t<title>{cd(title)}</title>\r\n\t\t<link>{url}</link>\r\n\t\t<guid isPermaLink=\"true\">{url}</guid>\r\n\t\t<description>{cd(desc)}</description>\r\n"
                    f"\t\t<pubDate>{rfc822(when)}</pubDate>\r\n\t</item>")
        items.append(exp(url))

    w = d(13, 20, 15, 0, o)
    add(905512, "پاکستان اور چین کا سی پیک کے دوسرے مرحلے کے پانچ منصوبوں پر اتفاق", w,
        "<p>اسلام آباد: مشترکہ رابطہ کمیٹی کا اجلاس بیجنگ میں ہوا</p><p>وفاقی وزیر منصوبہ بندی نے کہا کہ گوادر بندرگاہ سے تجارت دوگنا کی جائے گی۔</p>",
        lambda k: it(k, "پاکستان اور چین کا سی پیک کے دوسرے مرحلے کے پانچ منصوبوں پر اتفاق", w, [], junk=["اسلام آباد:"]))
    w = d(13, 17, 0, 0, o)
    add(905504, "پاکستان اور افغانستان کے درمیان طورخم پر تجارت بحال", w,
        "<p>پشاور: دونوں ملکوں کے سرحدی حکام کے درمیان فلیگ میٹنگ کے بعد گزرگاہ کھول دی گئی۔مال بردار گاڑیوں کی آمدورفت شروع ہو گئی ہے</p>",
        lambda k: it(k, "پاکستان اور افغانستان کے درمیان طورخم پر تجارت بحال", w, [], junk=["پشاور:"]))
    w = d(13, 13, 45, 0, o)
    add(905497, "سلامتی کونسل میں پاکستان کا کشمیر پر بریفنگ کا مطالبہ", w,
        "<p>نیویارک: اقوام متحدہ میں پاکستان کے مستقل مندوب نے سلامتی کونسل کے صدر کو خط لکھا</p><ul><li>انسانی حقوق کی صورتحال پر تشویش</li><li>او آئی سی رابطہ گروپ کا اجلاس طلب</li></ul>",
        lambda k: it(k, "سلامتی کونسل میں پاکستان کا کشمیر پر بریفنگ کا مطالبہ", w, [], junk=["نیویارک:"]))
    w = d(13, 10, 30, 0, o)
    add(905488, "ملک کے بیشتر علاقوں میں موسم گرم اور خشک رہے گا", w,
        "<p>اسلام آباد: محکمہ موسمیات کے مطابق بالائی علاقوں میں ہلکی بارش کا امکان ہے۔</p>",
        lambda k: it(k, "ملک کے بیشتر علاقوں میں موسم گرم اور خشک رہے گا", w, [], rel=False, junk=["اسلام آباد:"]))
    w = d(12, 23, 10, 0, o)
    add(905476, "پی ایس ایل: لاہور قلندرز نے ملتان سلطانز کو شکست دے دی", w,
        "<p>لاہور: قذافی اسٹیڈیم میں کھیلے گئے میچ میں لاہور نے آٹھ وکٹوں سے کامیابی حاصل کی۔</p>",
        lambda k: it(k, "پی ایس ایل: لاہور قلندرز نے ملتان سلطانز کو شکست دے دی", w, [], rel=False, junk=["لاہور:"]))
    w = d(12, 21, 0, 0, o)
    add(905470, "خبرنامہ: رات نو بجے کی خبریں (آڈیو)", w,
        "<p>سنیے رات نو بجے کا خبرنامہ۔</p>",
        lambda k: it(k, "خبرنامہ: رات نو بجے کی خبریں (آڈیو)", w, [], story=False, rel=False, note="Audio news bulletin, not a story."))
    channel = ("\t<title>Pak Sada Radio - اردو خبریں</title>\r\n\t<link>https://www.paksadaradio.gov.pk/urdu</link>\r\n\t<description>پاک صدا ریڈیو کی تازہ ترین خبریں</description>\r\n\t<language>ur-PK</language>\r\n"
               "\t<copyright>Pak Sada Broadcasting Corporation</copyright>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\r\n<rss version="2.0">\r\n<channel>\r\n' + channel + "\r\n" + "\r\n".join(rows) + "\r\n</channel>\r\n</rss>\r\n")
    return feed("ur_pk_paksadaradio_urdu.rss.xml", text, items, lang="ur", outlet="Pak Sada Radio", aliases=["پاک صدا ریڈیو", "Pak Sada Radio Urdu"],
                structure="Radio Pakistan-style state radio's Urdu news RSS from a custom CMS: CRLF line ends and tab indentation, channel 'Latin brand - اردو خبریں', CDATA titles and descriptions, '/urdu/DD-MM-YYYY/<id>' permalink guids, no author element, every description opening with an Urdu 'شہر:' dateline, a standfirst without final '۔', a missing space after '۔', <ul> bullets, CPEC, Torkham and UN items beside weather and PSL cricket, an audio bulletin, Broadcasting Corporation copyright, +0500 dates")


FEEDS = [domstadt, inntalrundschau, elbkurier, portaangelica, trinacria, correioguaiba, lafaek, awaetehran, paksada]
