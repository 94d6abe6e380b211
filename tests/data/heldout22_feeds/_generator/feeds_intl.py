# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu feeds of the twenty-second held-out set.
All outlets, people and quotations are invented."""
import json
from datetime import UTC

from lib import dt
from mk import NS_ATOM, NS_DC, esc, it, q, rfc822
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2027, 5, day, h, mi, s, off)


def cd(s):
    return f"<![CDATA[{s}]]>"


SHY = "\u00ad"


# ---------------------------------------------------------------- hessenschau-style regional public broadcaster (Frankfurt), Sophora-like export
def mainwelle():
    rows, items = [], []
    o = 2

    def add(slug, title, when, desc, exp):
        url = f"https://www.mainwelle.example/politik/{slug}.html"
        rows.append(f"        <item>\n            <title>{esc(title)}</title>\n            <link>{url}</link>\n            <guid>{url}</guid>\n            <description>{esc(desc)}</description>\n"
                    f"            <pubDate>{rfc822(when)}</pubDate>\n        </item>")
        items.append(exp(url))

    w = d(18, 19, 15, 0, o)
    add("eu-innenminister-rueckfuehrungszentren-frankfurter-flughafen-v2", f"Asyl{SHY}verfahren: EU-Innen{SHY}minister einigen sich auf Rückführungs{SHY}zentren", w,
        f"Die EU-Staaten wollen abgelehnte Asyl{SHY}bewerber künftig in Zentren außerhalb der EU bringen. Hessens Innenminister Lukas Brenner (CDU) sprach von einem „überfälligen Schritt“.Vom Frankfurter Flughafen aus starten schon jetzt die meisten Sammelabschiebungen",
        lambda k: it(k, "Asylverfahren: EU-Innenminister einigen sich auf Rückführungszentren", w, [], junk=[SHY], quotes=[q("Lukas Brenner", "CDU")], note="Soft hyphens (U+00AD) inside long compounds in title and teaser: a clean title has none. Second item on the EU return-hubs story."))
    w = d(18, 16, 40, 0, o)
    add("nato-ukraine-kommando-wiesbaden-neuer-befehlshaber-v1", "Nato-Kommando für die Ukraine in Wiesbaden bekommt neuen Befehlshaber", w,
        "Das Kommando in der Clay-Kaserne koordiniert Waffenlieferungen und die Ausbildung ukrainischer Soldaten. Der neue Befehlshaber ist ein polnischer General.",
        lambda k: it(k, "Nato-Kommando für die Ukraine in Wiesbaden bekommt neuen Befehlshaber", w, []))
    w = d(18, 13, 5, 0, o)
    add("hessen-vietnam-fachkraefte-abkommen-v3", "Hessen wirbt Pflegekräfte in Vietnam an", w,
        "Eine Delegation der Landesregierung hat in Hanoi ein Abkommen über die Ausbildung von 600 Pflegekräften unterzeichnet. Von Sandra Heimerl",
        lambda k: it(k, "Hessen wirbt Pflegekräfte in Vietnam an", w, ["Sandra Heimerl"], junk=["Von Sandra Heimerl"], note="The byline 'Von Name' ends the teaser; no author element."))
    w = d(18, 10, 30, 0, o)
    add("landtag-kita-gebuehren-debatte-v1", f"Landtag streitet über gebühren{SHY}freie Kitas", w,
        "Die Opposition wirft der Landesregierung Wortbruch vor.",
        lambda k: it(k, "Landtag streitet über gebührenfreie Kitas", w, [], rel=False, junk=[SHY]))
    w = d(17, 22, 20, 0, o)
    add("eintracht-frankfurt-europapokal-platz-v2", "Eintracht sichert sich Europapokal-Platz", w,
        "Die Eintracht gewinnt 3:1 in Freiburg.",
        lambda k: it(k, "Eintracht sichert sich Europapokal-Platz", w, [], rel=False))
    w = d(17, 19, 30, 0, o)
    add("sendung-mainwelle-am-abend-17-mai-v1", "Sendung verpasst? Mainwelle am Abend vom 17. Mai", w,
        "Die ganze Sendung in der Mediathek.",
        lambda k: it(k, "Sendung verpasst? Mainwelle am Abend vom 17. Mai", w, [], story=False, rel=False, note="TV programme in the media library, not a story."))
    channel = ("        <title>mainwelle.example - Politik</title>\n        <link>https://www.mainwelle.example/politik/index.html</link>\n        <description>Politik - Nachrichten aus Hessen</description>\n        <language>de</language>\n"
               f"        <copyright>Hessischer Mainfunk</copyright>\n        <lastBuildDate>{rfc822(d(18, 19, 16, 0, o))}</lastBuildDate>\n        <docs>http://blogs.law.harvard.edu/tech/rss</docs>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n    <channel>\n' + channel + "\n" + "\n".join(rows) + "\n    </channel>\n</rss>\n")
    return feed("de_mainwelle_politik.rss.xml", text, items, lang="de", outlet="Mainwelle", aliases=["mainwelle.example", "Hessischer Mainfunk"],
                structure="hessenschau-style (Frankfurt) regional public broadcaster's section RSS from a Sophora-like export: four-space nested indentation, channel 'domain - Ressort', the old harvard.edu <docs> URL, '…-v<n>.html' link = bare guid, description BEFORE pubDate, no author element, plain teasers with SOFT HYPHENS (U+00AD) inside long compounds in titles and teasers, „…“ quotes, a missing space after a closing quote, a trailing 'Von Name' byline at the end of one teaser, a standfirst without final stop, 'Sendung verpasst?' programme item, the broadcaster as copyright holder, +0200 dates")


# ---------------------------------------------------------------- OÖN-style regional daily (Linz), Atom with +02:00
def donauzeitung():
    entries, items = [], []
    o = 2

    def add(aid, slug, title, when, authors, html, exp):
        url = f"https://www.donauzeitung.example/politik/aussenpolitik/{slug};art{aid}"
        eid = f"urn:uuid:6f1c0b6e-52a1-4d8e-9b1a-{aid:012d}"
        au = "".join(f"<author><name>{esc(a)}</name></author>" for a in authors)
        entries.append(f"  <entry>\n    <id>{eid}</id>\n    <title type=\"html\">{esc(title)}</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n    <published>{when.isoformat()}</published>\n    <updated>{when.isoformat()}</updated>\n    {au}\n"
                       f"    <content type=\"html\">{esc(html)}</content>\n  </entry>")
        items.append(exp(eid))

    w = d(18, 18, 30, 0, o)
    add(3811204, "eu-innenminister-rueckfuehrung", "EU-Innenminister: Grünes Licht für „Return Hubs“ außerhalb der EU", w, ["Elisabeth Hofinger"],
        "<p><strong>LUXEMBURG.</strong> Die Innenminister der 27 EU-Staaten haben sich auf Regeln für Rückführungszentren in Drittstaaten geeinigt.</p><p>„Wer kein Recht auf Schutz hat, muss Europa wieder verlassen“, sagte der österreichische Innenminister Gernot Aigner nach dem Treffen.</p>",
        lambda k: it(k, "EU-Innenminister: Grünes Licht für „Return Hubs“ außerhalb der EU", w, ["Elisabeth Hofinger"], junk=["LUXEMBURG."], quotes=[q("Gernot Aigner", "Innenminister")], note="Upper-case 'ORT.' dateline in bold opening the content."))
    w = d(18, 15, 10, 0, o)
    add(3811190, "temelin-neue-reaktoren-einspruch", "Temelín-Ausbau: Oberösterreich legt Einspruch in Prag ein", w, ["Markus Staudinger", "Elisabeth Hofinger"],
        "<p><strong>LINZ/PRAG.</strong> Das Land Oberösterreich hat beim tschechischen Umweltministerium Einspruch gegen zwei neue Reaktorblöcke eingelegt</p><ul><li>Baubeginn 2029 geplant</li><li>60 Kilometer von der Grenze</li></ul>",
        lambda k: it(k, "Temelín-Ausbau: Oberösterreich legt Einspruch in Prag ein", w, ["Markus Staudinger", "Elisabeth Hofinger"], junk=["LINZ/PRAG."]))
    w = d(18, 11, 45, 0, o)
    add(3811172, "kanzler-samarkand-zentralasien", "Kanzler reist zum EU-Zentralasien-Gipfel nach Samarkand", w, ["APA"],
        "<p><strong>WIEN.</strong> Im Mittelpunkt stehen Gaslieferungen und der Schienenkorridor über das Kaspische Meer.</p>",
        lambda k: it(k, "Kanzler reist zum EU-Zentralasien-Gipfel nach Samarkand", w, ["APA"], junk=["WIEN."], note="Agency as the only credit. [] is also correct. Third item on the Samarkand summit story."))
    w = d(18, 8, 20, 0, o)
    add(3811160, "voestalpine-kurzarbeit-linz", "Kurzarbeit bei der Voest in Linz verlängert", w, ["Dietmar Mascher"],
        "<p><strong>LINZ.</strong> Betroffen sind 1.200 Beschäftigte.</p>",
        lambda k: it(k, "Kurzarbeit bei der Voest in Linz verlängert", w, ["Dietmar Mascher"], rel=False, junk=["LINZ."]))
    w = d(17, 21, 50, 0, o)
    add(3811144, "lask-remis-gegen-sturm", "LASK holt Punkt gegen Sturm Graz", w, ["Donauzeitung"],
        "<p><strong>LINZ.</strong> 1:1 in der Raiffeisen Arena.</p>",
        lambda k: it(k, "LASK holt Punkt gegen Sturm Graz", w, [], rel=False, junk=["LINZ."], note="The brand as author."))
    w = d(17, 16, 0, 0, o)
    add(3811130, "veranstaltungstipps-wochenende", "Unsere Veranstaltungstipps fürs Wochenende", w, ["Donauzeitung"],
        "<p>Konzerte, Märkte und Ausstellungen in Oberösterreich.</p>",
        lambda k: it(k, "Unsere Veranstaltungstipps fürs Wochenende", w, [], story=False, rel=False, note="Events listing, not a story."))
    head = ("  <id>urn:uuid:6f1c0b6e-52a1-4d8e-9b1a-000000000000</id>\n  <title>Außenpolitik - Donauzeitung</title>\n  <link rel=\"self\" href=\"https://www.donauzeitung.example/politik/aussenpolitik/atom.xml\"/>\n"
            f"  <link rel=\"alternate\" href=\"https://www.donauzeitung.example/politik/aussenpolitik\"/>\n  <updated>{d(18, 18, 31, 0, o).isoformat()}</updated>\n  <rights>© Donauzeitung Medien GmbH &amp; Co KG</rights>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de-at">\n' + head + "\n" + "\n".join(entries) + "\n</feed>\n")
    return feed("de_at_donauzeitung_aussenpolitik.atom.xml", text, items, lang="de", outlet="Donauzeitung", shape="atom", ctype="application/atom+xml",
                structure="OÖNachrichten-style (Linz) regional daily's Atom section feed from a custom CMS: two-space indentation, xml:lang de-at, 'urn:uuid:' ids (entry <id> FIRST), title 'Ressort - Marke', title type=\"html\" with „…“ quotes, authors on ONE line as several <author> elements (two persons, the agency APA, the brand), html content opening with a bold upper-case '<strong>ORT.</strong>' dateline ('LINZ/PRAG.'), „…“ quotes, <ul> bullets, a standfirst without final stop, ';art<id>' links, an events listing, GmbH & Co KG rights, published = updated at +02:00")


# ---------------------------------------------------------------- ADZ-style German-language daily in Romania (Bucharest) on Drupal, +0300
def karpatenkurier():
    rows, items = [], []
    o = 3

    def add(aid, slug, title, when, creator, desc, exp):
        url = f"https://www.karpatenkurier.example/artikel/{slug}"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description>{cr}<pubDate>{rfc822(when)}</pubDate><guid isPermaLink=\"false\">{aid} at https://www.karpatenkurier.example</guid></item>")
        items.append(exp(f"{aid} at https://www.karpatenkurier.example"))

    w = d(18, 21, 0, 0, o)
    add(190455, "republik-moldau-eroeffnet-beitrittsverhandlungen", "Republik Moldau eröffnet Beitrittsverhandlungen mit der EU", w, "Aurelia Brandsch",
        "<p>Bukarest/Chișinău (KB) - Die ersten beiden Verhandlungscluster sind eröffnet. Rumänien will dem Nachbarland beim Energierecht helfen</p><p>„Wir sprechen dieselbe Sprache, jetzt auch die europäische“, sagte Staatssekretär Radu Ionescu-Marin im Außenministerium.</p>",
        lambda k: it(k, "Republik Moldau eröffnet Beitrittsverhandlungen mit der EU", w, ["Aurelia Brandsch"], junk=["Bukarest/Chișinău (KB) -"], quotes=[q("Radu Ionescu-Marin", "Außenministerium")], note="Second item on the Moldova accession story."))
    w = d(18, 17, 30, 0, o)
    add(190448, "minenraeumung-schwarzes-meer-verlaengert", "Minenräumung im Schwarzen Meer: Mandat bis 2029 verlängert", w, "",
        "<p>Warna (KB) - Rumänien, Bulgarien und die Türkei setzen ihren gemeinsamen Minenräumverband fort.</p>",
        lambda k: it(k, "Minenräumung im Schwarzen Meer: Mandat bis 2029 verlängert", w, [], junk=["Warna (KB) -"], note="Empty dc:creator. Second item on the Black Sea mine countermeasures story."))
    w = d(18, 12, 15, 0, o)
    add(190441, "neue-pruth-bruecke-ungheni", "Neue Pruth-Brücke bei Ungheni für Lkw freigegeben", w, "Hans-Peter Roth und Ana Toma",
        "<p>Iași (KB) - Die Brücke verkürzt die Wartezeiten an der Grenze zur Republik Moldau.Der Bau hat 38 Millionen Euro gekostet</p>",
        lambda k: it(k, "Neue Pruth-Brücke bei Ungheni für Lkw freigegeben", w, ["Hans-Peter Roth", "Ana Toma"], junk=["Iași (KB) -"]))
    w = d(18, 9, 0, 0, o)
    add(190433, "regierung-haushalt-defizit", "Regierung beschließt Sparpaket gegen Haushaltsdefizit", w, "Aurelia Brandsch",
        "<p>Bukarest (KB) - Die Mehrwertsteuer steigt auf 21 Prozent.</p>",
        lambda k: it(k, "Regierung beschließt Sparpaket gegen Haushaltsdefizit", w, ["Aurelia Brandsch"], rel=False, junk=["Bukarest (KB) -"]))
    w = d(17, 19, 20, 0, o)
    add(190420, "hermannstaedter-theaterfestival", "Hermannstädter Theaterfestival mit 90 Gastspielen", w, "Ruxandra Stănescu",
        "<p>Hermannstadt (KB) - Das Festival beginnt am 11. Juni.</p>",
        lambda k: it(k, "Hermannstädter Theaterfestival mit 90 Gastspielen", w, ["Ruxandra Stănescu"], rel=False, junk=["Hermannstadt (KB) -"]))
    w = d(17, 10, 0, 0, o)
    add(190411, "kulturkalender-woche-21", "Kulturkalender: Woche vom 17. bis 23. Mai", w, "",
        "<p>Konzerte, Lesungen und Ausstellungen in Bukarest, Temeswar und Hermannstadt.</p>",
        lambda k: it(k, "Kulturkalender: Woche vom 17. bis 23. Mai", w, [], story=False, rel=False, note="Culture calendar, not a story."))
    channel = ("<title>Karpatenkurier</title><link>https://www.karpatenkurier.example</link><description>Deutschsprachige Tageszeitung aus Rumänien</description><language>de</language>"
               "<atom:link href=\"https://www.karpatenkurier.example/rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="https://www.karpatenkurier.example"' + NS_DC + NS_ATOM + "><channel>" + channel + "".join(rows) + "</channel></rss>\n")
    return feed("de_ro_karpatenkurier_rss.rss.xml", text, items, lang="de", outlet="Karpatenkurier",
                structure="ADZ-style German-language daily in Romania (Bucharest) on Drupal's classic node RSS: xml:base on <rss>, declaration on its own line then the rest on one line, channel titled with the bare brand, atom:link self, description BEFORE dc:creator and pubDate, '<nid> at <site>' guids, dc:creator holding a person, 'A und B' or EMPTY, escaped <p> descriptions opening with the 'Ort (KB) -' dateline (also 'Bukarest/Chișinău', Romanian diacritics ș and ă), „…“ quotes, a missing space after a full stop, a standfirst without final stop, German place names for Romanian cities (Hermannstadt, Temeswar), a culture calendar, no copyright, +0300 dates")


# ---------------------------------------------------------------- Il Gazzettino-style (Venice) section RSS
def lagunaveneta():
    rows, items = [], []
    o = 2

    def add(aid, sec, slug, title, when, author, desc, exp):
        url = f"https://www.lagunaveneta.example/{sec}/{slug}-{aid}.html"
        au = f"\n\t\t\t<author><![CDATA[{author}]]></author>" if author is not None else ""
        rows.append(f"\t\t<item>\n\t\t\t<title><![CDATA[{title}]]></title>\n\t\t\t<link>{url}</link>\n\t\t\t<guid isPermaLink=\"true\">{url}</guid>{au}\n\t\t\t<pubDate>{rfc822(when)}</pubDate>\n"
                    f"\t\t\t<description><![CDATA[{desc}]]></description>\n\t\t\t<enclosure url=\"https://www.lagunaveneta.example/photos/MED/{aid}.jpg\" length=\"0\" type=\"image/jpeg\" />\n\t\t</item>")
        items.append(exp(url))

    w = d(18, 20, 10, 0, o)
    add(8204511, "esteri", "confine_slovenia_croazia_vertice_trilaterale_trieste", "Confine orientale, vertice a tre a Trieste: pattuglie miste con Slovenia e Croazia", w, "di Alvise Zennaro",
        "<p>I ministri dell'Interno di Italia, Slovenia e Croazia hanno firmato a Trieste un protocollo sulle pattuglie miste lungo la rotta balcanica</p><p>«Controlli comuni invece di muri», ha detto il sottosegretario Marco Tonon.</p>",
        lambda k: it(k, "Confine orientale, vertice a tre a Trieste: pattuglie miste con Slovenia e Croazia", w, ["Alvise Zennaro"], quotes=[q("Marco Tonon", "sottosegretario")], note="<author> in CDATA holding 'di Nome'."))
    w = d(18, 17, 45, 0, o)
    add(8204490, "esteri", "ue_ministri_interno_centri_rimpatrio", "Migranti, via libera Ue ai centri di rimpatrio nei Paesi terzi", w, "",
        "<p>L'intesa raggiunta a Lussemburgo.Contrari Spagna e Portogallo</p>",
        lambda k: it(k, "Migranti, via libera Ue ai centri di rimpatrio nei Paesi terzi", w, [], note="Empty <author>. Third item on the EU return-hubs story."))
    w = d(18, 14, 20, 0, o)
    add(8204472, "esteri", "balcani_occidentali_processo_di_berlino_trieste", "Balcani occidentali, a Trieste il vertice del Processo di Berlino", w, "Redazione Web",
        "<p>Sei Paesi candidati all'adesione e i partner europei discutono di energia e infrastrutture.</p>",
        lambda k: it(k, "Balcani occidentali, a Trieste il vertice del Processo di Berlino", w, [], note="'Redazione Web' is a desk credit."))
    w = d(18, 10, 0, 0, o)
    add(8204455, "venezia", "mose_alzato_maggio_acqua_alta", "Mose alzato a maggio: prima volta fuori stagione", w, "di Elisa Vianello e Tommaso Rizzo",
        "<p>Marea prevista a 115 centimetri.</p>",
        lambda k: it(k, "Mose alzato a maggio: prima volta fuori stagione", w, ["Elisa Vianello", "Tommaso Rizzo"], rel=False))
    w = d(17, 22, 40, 0, o)
    add(8204440, "sport", "venezia_calcio_playoff", "Venezia, playoff conquistati al Penzo", w, "di Nicola Munaro",
        "<p>Decide un gol al 90'.</p>",
        lambda k: it(k, "Venezia, playoff conquistati al Penzo", w, ["Nicola Munaro"], rel=False))
    w = d(17, 8, 0, 0, o)
    add(8204421, "necrologie", "necrologie_17_maggio", "Necrologie del 17 maggio", w, None,
        "<p>Gli annunci funebri di oggi.</p>",
        lambda k: it(k, "Necrologie del 17 maggio", w, [], story=False, rel=False, note="Death notices, not a story."))
    channel = ("\t\t<title><![CDATA[Laguna Veneta - Esteri]]></title>\n\t\t<link>https://www.lagunaveneta.example/esteri/</link>\n\t\t<description><![CDATA[Le notizie di Esteri da Laguna Veneta]]></description>\n\t\t<language>it-it</language>\n"
               f"\t\t<copyright>Copyright © 2027 Laguna Veneta Editrice S.p.A. - C.F. e P.IVA 00000000000</copyright>\n\t\t<lastBuildDate>{rfc822(d(18, 20, 12, 0, o))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n\t<channel>\n' + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("it_lagunaveneta_esteri.rss.xml", text, items, lang="it", outlet="Laguna Veneta", aliases=["Laguna Veneta Editrice"],
                structure="Il Gazzettino-style (Venice) section RSS from a custom CMS: tab indentation, CDATA channel 'Testata - Sezione', CDATA titles 'Tema, frase', RSS 2.0 <author> in CDATA holding 'di Nome', 'di A e B', 'Redazione Web', EMPTY or missing, '/<sezione>/<slug_with_underscores>-<id>.html' permalink guids, CDATA <p> descriptions with «…» quotes, a missing space after a full stop, a standfirst without final stop, length-0 enclosures, Mose and Venezia calcio items, death notices, S.p.A. copyright with a tax code, +0200 dates")


# ---------------------------------------------------------------- La Voce del Popolo-style Italian-minority daily (Rijeka, Croatia), WordPress Atom
def vocedelquarnero():
    entries, items = [], []
    o = 2

    def add(pid, slug, title, when, upd, author, summary, content, exp):
        url = f"https://vocedelquarnero.example/{when:%Y/%m/%d}/{slug}/"
        eid = f"https://vocedelquarnero.example/?p={pid}"
        entries.append(f"\t<entry>\n\t\t<author>\n\t\t\t<name>{esc(author)}</name>\n\t\t\t\t\t</author>\n\n\t\t<title type=\"html\"><![CDATA[{title}]]></title>\n\t\t<link rel=\"alternate\" type=\"text/html\" href=\"{url}\" />\n\n"
                       f"\t\t<id>{eid}</id>\n\t\t<updated>{upd.isoformat().replace('+00:00', 'Z')}</updated>\n\t\t<published>{when.isoformat().replace('+00:00', 'Z')}</published>\n"
                       f"\t\t<category scheme=\"https://vocedelquarnero.example\" term=\"Mondo\" />\n\t\t<summary type=\"html\"><![CDATA[{summary}]]></summary>\n\t\t\t\t\t\t\t\t\t\t<content type=\"html\" xml:base=\"{url}\"><![CDATA[{content}]]></content>\n\t</entry>")
        items.append(exp(eid))

    w = d(18, 16, 40, 0, o).astimezone(UTC)
    add(512330, "pattuglie-miste-trieste-firmato-il-protocollo", "Pattuglie miste, firmato a Trieste il protocollo a tre", w, w, "Ivo Vidotto",
        "Polizia croata, slovena e italiana lavoreranno insieme sui valichi di Pelagio e Rabuiese [&#8230;]",
        "<p>Polizia croata, slovena e italiana lavoreranno insieme sui valichi di Pelagio e Rabuiese.</p><p>«Per la nostra Comunità nazionale il confine aperto è una questione di identità», ha dichiarato Marin Corva, presidente dell'Unione Italiana.</p><p>L'articolo <a rel=\"nofollow\" href=\"https://vocedelquarnero.example/2027/05/18/pattuglie-miste-trieste-firmato-il-protocollo/\">Pattuglie miste, firmato a Trieste il protocollo a tre</a> proviene da <a rel=\"nofollow\" href=\"https://vocedelquarnero.example\">La Voce del Quarnero</a>.</p>",
        lambda k: it(k, "Pattuglie miste, firmato a Trieste il protocollo a tre", w, ["Ivo Vidotto"], junk=["proviene da", "[&#8230;]", "[…]"], quotes=[q("Marin Corva", "Unione Italiana")], note="WordPress Atom with the Italian 'L'articolo … proviene da …' footer. Second item on the trilateral border-patrol story."))
    w = d(18, 13, 5, 0, o).astimezone(UTC)
    add(512318, "zagabria-belgrado-richiamato-ambasciatore", "Zagabria richiama l’ambasciatore a Belgrado", w, d(18, 14, 0, 0, o).astimezone(UTC), "Redazione",
        "La decisione dopo le dichiarazioni del ministro serbo sulla Krajina [&#8230;]",
        "<p>La decisione dopo le dichiarazioni del ministro serbo sulla Krajina.</p><p>L'articolo <a rel=\"nofollow\" href=\"https://vocedelquarnero.example/2027/05/18/zagabria-belgrado-richiamato-ambasciatore/\">Zagabria richiama l’ambasciatore a Belgrado</a> proviene da <a rel=\"nofollow\" href=\"https://vocedelquarnero.example\">La Voce del Quarnero</a>.</p>",
        lambda k: it(k, "Zagabria richiama l’ambasciatore a Belgrado", w, [], junk=["proviene da", "[&#8230;]", "[…]"], note="'Redazione' is not a person."))
    w = d(18, 9, 30, 0, o).astimezone(UTC)
    add(512305, "croazia-ocse-adesione-completata", "La Croazia entra nell’OCSE", w, w, "Krsto Babić",
        "Zagabria è il 39º Paese membro dell&#8217;organizzazione [&#8230;]",
        "<p>Zagabria è il 39º Paese membro dell’organizzazione.La cerimonia si è svolta a Parigi</p><p>L'articolo <a rel=\"nofollow\" href=\"https://vocedelquarnero.example/2027/05/18/croazia-ocse-adesione-completata/\">La Croazia entra nell’OCSE</a> proviene da <a rel=\"nofollow\" href=\"https://vocedelquarnero.example\">La Voce del Quarnero</a>.</p>",
        lambda k: it(k, "La Croazia entra nell’OCSE", w, ["Krsto Babić"], junk=["proviene da", "[&#8230;]", "[…]"]))
    w = d(17, 18, 0, 0, o).astimezone(UTC)
    add(512290, "fiume-nuovo-terminal-crociere", "Fiume, inaugurato il nuovo terminal crociere", w, w, "Ivo Vidotto",
        "Potrà accogliere due navi contemporaneamente [&#8230;]",
        "<p>Potrà accogliere due navi contemporaneamente.</p><p>L'articolo <a rel=\"nofollow\" href=\"https://vocedelquarnero.example/2027/05/17/fiume-nuovo-terminal-crociere/\">Fiume, inaugurato il nuovo terminal crociere</a> proviene da <a rel=\"nofollow\" href=\"https://vocedelquarnero.example\">La Voce del Quarnero</a>.</p>",
        lambda k: it(k, "Fiume, inaugurato il nuovo terminal crociere", w, ["Ivo Vidotto"], rel=False, junk=["proviene da", "[&#8230;]", "[…]"]))
    w = d(17, 15, 30, 0, o).astimezone(UTC)
    add(512282, "rijeka-vince-il-derby-adriatico", "Il Rijeka vince il derby adriatico con l’Hajduk", w, w, "Sport",
        "2-1 alla Rujevica [&#8230;]",
        "<p>2-1 alla Rujevica.</p><p>L'articolo <a rel=\"nofollow\" href=\"https://vocedelquarnero.example/2027/05/17/rijeka-vince-il-derby-adriatico/\">Il Rijeka vince il derby adriatico con l’Hajduk</a> proviene da <a rel=\"nofollow\" href=\"https://vocedelquarnero.example\">La Voce del Quarnero</a>.</p>",
        lambda k: it(k, "Il Rijeka vince il derby adriatico con l’Hajduk", w, [], rel=False, junk=["proviene da"], note="'Sport' as author name is a desk."))
    w = d(17, 9, 0, 0, o).astimezone(UTC)
    add(512270, "appuntamenti-comunita-degli-italiani-settimana", "Appuntamenti nelle Comunità degli Italiani: la settimana", w, w, "Redazione",
        "Concerti, mostre e corsi di lingua [&#8230;]",
        "<p>Concerti, mostre e corsi di lingua a Fiume, Pola e Rovigno.</p><p>L'articolo <a rel=\"nofollow\" href=\"https://vocedelquarnero.example/2027/05/17/appuntamenti-comunita-degli-italiani-settimana/\">Appuntamenti nelle Comunità degli Italiani: la settimana</a> proviene da <a rel=\"nofollow\" href=\"https://vocedelquarnero.example\">La Voce del Quarnero</a>.</p>",
        lambda k: it(k, "Appuntamenti nelle Comunità degli Italiani: la settimana", w, [], story=False, rel=False, note="Weekly events listing, not a story."))
    head = ("\t<title type=\"text\">La Voce del Quarnero</title>\n\t<subtitle type=\"text\">Quotidiano della Comunità nazionale italiana</subtitle>\n\n"
            f"\t<updated>{d(18, 16, 40, 0, o).astimezone(UTC).isoformat().replace('+00:00', 'Z')}</updated>\n\n\t<link rel=\"alternate\" type=\"text/html\" href=\"https://vocedelquarnero.example\" />\n\t<id>https://vocedelquarnero.example/feed/atom/</id>\n"
            "\t<link rel=\"self\" type=\"application/atom+xml\" href=\"https://vocedelquarnero.example/feed/atom/\" />\n\n\t<generator uri=\"https://wordpress.org/\" version=\"6.5.3\">WordPress</generator>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><feed\n  xmlns="http://www.w3.org/2005/Atom"\n  xmlns:thr="http://purl.org/syndication/thread/1.0"\n  xml:lang="hr"\n  >\n' + head + "\n" + "\n".join(entries) + "\n</feed>\n")
    return feed("it_hr_vocedelquarnero_atom_wp.atom.xml", text, items, lang="it", outlet="La Voce del Quarnero", aliases=["Voce del Quarnero"], shape="atom", ctype="application/atom+xml; charset=UTF-8",
                notes="xml:lang=\"hr\" (the site's Croatian locale) on an Italian-language feed: the items are Italian.",
                structure="La Voce del Popolo-style (Rijeka/Fiume, Croatia) Italian-minority daily's WordPress Atom feed (/feed/atom/): WordPress's stock Atom template (namespaces one per line, '  >' alone, author FIRST in each entry with the odd closing-tag indentation, blank lines, content indented ten tabs with xml:base), xml:lang=\"hr\" WRONG for the Italian text, CDATA titles with curly apostrophes, updated BEFORE published in UTC with Z, '?p=' ids, <author><name> holding a person, 'Redazione' or 'Sport', CDATA summaries ending in ' [&#8230;]', CDATA content ending with the Italian WordPress footer 'L'articolo <a>Titolo</a> proviene da <a>Testata</a>.', «…» quotes, a missing space after a full stop, a community events listing, no rights")


# ---------------------------------------------------------------- Açoriano Oriental-style Azores daily (Ponta Delgada, +0000 in summer)
def atlanticoazul():
    rows, items = [], []
    o = 0

    def add(nid, slug, title, when, creator, desc, exp):
        url = f"https://www.atlanticoazul.example/noticia/{slug}-{nid}"
        cr = f"\n<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"false\">{nid}</guid>{cr}\n<pubDate>{rfc822(when)}</pubDate>\n<description>{esc(desc)}</description>\n</item>")
        items.append(exp(str(nid)))

    w = d(18, 18, 20, 0, o)
    add(412877, "cimeira-cplp-sao-tome", "Cimeira da CPLP em São Tomé aprova mobilidade para estudantes e empresários", w, "Lusa",
        "<p>Os chefes de Estado e de Governo da CPLP aprovaram em São Tomé um acordo que facilita vistos para estudantes e empresários</p><p>“É a mobilidade que dá sentido à comunidade”, afirmou o secretário executivo adjunto, Armindo Brito Fernandes.</p><p><strong>Leia também:</strong> <a href=\"https://www.atlanticoazul.example/noticia/diaspora-acoriana-bermudas-411902\">Diáspora açoriana nas Bermudas pede consulado</a></p>",
        lambda k: it(k, "Cimeira da CPLP em São Tomé aprova mobilidade para estudantes e empresários", w, ["Lusa"], junk=["Leia também", "Diáspora açoriana nas Bermudas"], quotes=[q("Armindo Brito Fernandes", "secretário executivo adjunto")], note="Agency as the only credit. [] is also correct"))
    w = d(18, 15, 0, 0, o)
    add(412860, "lajes-forca-aerea-americana-reforco", "Estados Unidos reforçam presença na Base das Lajes", w, "Paulo Faustino",
        "<p>Mais 200 militares norte-americanos chegam à Terceira até ao fim do ano.O Governo Regional pede contrapartidas</p>",
        lambda k: it(k, "Estados Unidos reforçam presença na Base das Lajes", w, ["Paulo Faustino"]))
    w = d(18, 11, 10, 0, o)
    add(412848, "nato-exercicio-atlantico-ponta-delgada", "Exercício naval da NATO junta 14 navios ao largo de São Miguel", w, "Rui Jorge Cabral, com Lusa",
        "<p>O exercício decorre até sexta-feira e inclui fragatas de oito países.</p>",
        lambda k: it(k, "Exercício naval da NATO junta 14 navios ao largo de São Miguel", w, ["Rui Jorge Cabral"], note="'Name, com Lusa' credit: the agency is not an author."))
    w = d(18, 8, 30, 0, o)
    add(412831, "navios-cruzeiro-recorde-ponta-delgada", "Porto de Ponta Delgada recebe três navios de cruzeiro no mesmo dia", w, "Paulo Faustino",
        "<p>Cerca de 9.000 passageiros desembarcaram na cidade.</p>",
        lambda k: it(k, "Porto de Ponta Delgada recebe três navios de cruzeiro no mesmo dia", w, ["Paulo Faustino"], rel=False))
    w = d(17, 21, 45, 0, o)
    add(412820, "santa-clara-empata-em-braga", "Santa Clara empata em Braga", w, "",
        "<p>1-1 na penúltima jornada da I Liga.</p>",
        lambda k: it(k, "Santa Clara empata em Braga", w, [], rel=False))
    w = d(17, 9, 0, 0, o)
    add(412809, "farmacias-de-servico-17-maio", "Farmácias de serviço", w, "",
        "<p>Ponta Delgada: Farmácia Central. Ribeira Grande: Farmácia Gaspar.</p>",
        lambda k: it(k, "Farmácias de serviço", w, [], story=False, rel=False, note="Duty-pharmacy listing, not a story."))
    channel = ("<title>Atlântico Azul</title>\n<link>https://www.atlanticoazul.example/</link>\n<description>O jornal dos Açores</description>\n<language>pt-PT</language>\n"
               "<copyright>Atlântico Azul - Sociedade Editorial, Lda.</copyright>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + NS_DC + ">\n<channel>\n" + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("pt_pt_atlanticoazul_ultimas.rss.xml", text, items, lang="pt", outlet="Atlântico Azul", aliases=["Atlantico Azul"],
                structure="Açoriano Oriental-style (Ponta Delgada, Azores) daily's RSS from a custom CMS: no indentation, one element per line, channel titled with the bare brand, numeric non-permalink guids, dc:creator holding a person, the agency 'Lusa', 'Name, com Lusa' or EMPTY, escaped <p> descriptions with “…” quotes, a bold 'Leia também:' link paragraph, a missing space after a full stop, a standfirst without final stop, CPLP, Lajes and NATO items beside cruise ships and Santa Clara, a duty-pharmacy listing, Lda. copyright, +0000 dates (Atlantic/Azores summer time)")


# ---------------------------------------------------------------- O Povo-style Fortaleza daily, JSON Feed 1.1
def diariodoceara():
    items_json, items = [], []
    o = -3

    def add(nid, slug, title, when, authors, summary, html, tags, exp):
        url = f"https://www.diariodoceara.example/mundo/2027/05/{when.day:02d}/{slug}.html"
        obj = {"id": str(nid), "url": url, "title": title, "summary": summary, "content_html": html, "date_published": when.isoformat(),
               "authors": [{"name": a} for a in authors], "tags": tags}
        if not authors:
            del obj["authors"]
        items_json.append(obj)
        items.append(exp(str(nid)))

    w = d(18, 19, 40, 0, o)
    add(3398114, "cplp-sao-tome-mobilidade-brasil", "CPLP aprova acordo de mobilidade; Brasil promete bolsas para africanos", w, ["Cláudio Ribeiro"],
        "Cúpula em São Tomé termina com acordo para facilitar vistos",
        "<p>Cúpula em São Tomé termina com acordo para facilitar vistos.</p><p>O Itamaraty anunciou 500 bolsas de graduação para estudantes de países africanos de língua portuguesa.</p>",
        ["Mundo", "CPLP"],
        lambda k: it(k, "CPLP aprova acordo de mobilidade; Brasil promete bolsas para africanos", w, ["Cláudio Ribeiro"], note="Second item on the CPLP summit story."))
    w = d(18, 16, 15, 0, o)
    add(3398102, "essequibo-haia-audiencias-brasil-roraima", "Essequibo: audiências em Haia preocupam Roraima", w, ["Lívia Aragão", "Agência Estado"],
        "Governo brasileiro reforça tropas na fronteira",
        "<p>Governo brasileiro reforça tropas na fronteira com a Venezuela e a Guiana enquanto a Corte Internacional de Justiça ouve as partes.</p><p>“O Brasil não vai permitir que seu território seja corredor de nenhuma aventura militar”, disse o general Augusto Saraiva Leite, do Comando Militar da Amazônia.</p>",
        ["Mundo", "Venezuela", "Guiana"],
        lambda k: it(k, "Essequibo: audiências em Haia preocupam Roraima", w, ["Lívia Aragão"], quotes=[q("Augusto Saraiva Leite", "Comando Militar da Amazônia")], note="The agency as a second author is not a person. Third item on the Essequibo hearings story."))
    w = d(18, 11, 0, 0, o)
    add(3398088, "pecem-china-acordo-porto-hidrogenio", "Pecém e porto chinês de Qingdao assinam acordo de cooperação", w, [],
        "Acordo prevê rota direta de carga e investimento em hidrogênio verde",
        "<p>Acordo prevê rota direta de carga e investimento em hidrogênio verde.</p>",
        ["Mundo", "Economia"],
        lambda k: it(k, "Pecém e porto chinês de Qingdao assinam acordo de cooperação", w, []))
    w = d(18, 8, 45, 0, o)
    add(3398071, "beira-mar-obras-calcadao", "Obras no calçadão da Beira-Mar entram na fase final", w, ["Redação Diário do Ceará"],
        "Entrega prevista para julho",
        "<p>Entrega prevista para julho.</p>",
        ["Fortaleza"],
        lambda k: it(k, "Obras no calçadão da Beira-Mar entram na fase final", w, [], rel=False, note="Newsroom credit."))
    w = d(17, 22, 30, 0, o)
    add(3398060, "fortaleza-vence-ceara-classico-rei", "Fortaleza vence o Ceará no Clássico-Rei", w, ["Iury Castelo"],
        "Tricolor vence por 2 a 0 na Arena Castelão",
        "<p>Tricolor vence por 2 a 0 na Arena Castelão.</p>",
        ["Esportes"],
        lambda k: it(k, "Fortaleza vence o Ceará no Clássico-Rei", w, ["Iury Castelo"], rel=False))
    w = d(17, 18, 0, 0, o)
    add(3398051, "podcast-mundo-em-pauta-ep-88", "Podcast Mundo em Pauta #88: o que está em jogo em Haia", w, [],
        "Ouça o episódio",
        "<p>Ouça o episódio no player abaixo.</p><iframe src=\"https://player.diariodoceara.example/88\"></iframe>",
        ["Podcast"],
        lambda k: it(k, "Podcast Mundo em Pauta #88: o que está em jogo em Haia", w, [], story=False, rel=False, note="Podcast episode, not a story."))
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": "Diário do Ceará | Mundo", "home_page_url": "https://www.diariodoceara.example/mundo/",
           "feed_url": "https://www.diariodoceara.example/mundo/feed.json", "language": "pt-BR", "icon": "https://www.diariodoceara.example/icon-512.png", "items": items_json}
    text = json.dumps(doc, ensure_ascii=True, indent=1) + "\n"
    return feed("pt_br_diariodoceara_mundo.json", text, items, lang="pt", outlet="Diário do Ceará", aliases=["Diario do Ceara"], shape="jsonfeed", ctype="application/feed+json",
                declared=None,
                structure="O Povo-style (Fortaleza) daily's JSON Feed 1.1 of its world section: one-space indentation, every non-ASCII character written as a \\uXXXX escape (ensure_ascii), title 'Marca | Seção', language pt-BR, icon, numeric string ids, 'summary' (standfirst, without final stop) plus content_html, 'authors' arrays (a person, a person plus 'Agência Estado', the newsroom 'Redação …', or missing), tags arrays, date_published at -03:00, curly quotes, an iframe podcast item; no copyright")


# ---------------------------------------------------------------- Kashmir Uzma-style Srinagar Urdu daily
def waadinews():
    rows, items = [], []
    o = 5.5

    def add(nid, title, when, desc, exp):
        url = f"https://waadinews.example/urdu/news/{nid}"
        rows.append(f"\t\t<item>\n\t\t\t<title>{cd(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<guid isPermaLink=\"true\">{url}</guid>\n\t\t\t<pubDate>{rfc822(when)}</pubDate>\n"
                    f"\t\t\t<description>{cd(desc)}</description>\n\t\t</item>")
        items.append(exp(url))

    w = d(18, 20, 30, 0, o)
    add(77231, "سندھ طاس معاہدہ: بھارت اور پاکستان کے آبی کمشنروں کی ملاقات", w,
        "<p>سرینگر//(نمائندہ خصوصی) بھارت اور پاکستان کے انڈس کمشنروں نے نئی دہلی میں دو روزہ بات چیت مکمل کی</p><p>”بات چیت کا دروازہ کھلا رہنا کشمیر کے کسانوں کے لیے ضروری ہے“، ماہر آبیات ڈاکٹر شبیر احمد وانی نے کہا۔</p>",
        lambda k: it(k, "سندھ طاس معاہدہ: بھارت اور پاکستان کے آبی کمشنروں کی ملاقات", w, [], junk=["سرینگر//(نمائندہ خصوصی)"], quotes=[q("شبیر احمد وانی", "ماہر آبیات")], note="Urdu dateline 'سرینگر//(نمائندہ خصوصی)' with a double slash and a desk credit."))
    w = d(18, 17, 0, 0, o)
    add(77225, "بھارت چین سرحدی مذاکرات: خصوصی نمائندوں کی ملاقات نئی دہلی میں", w,
        "<p>نئی دہلی//(یو این آئی) بھارت اور چین کے خصوصی نمائندوں نے لداخ میں سرحدی صورتحال پر تبادلہ خیال کیا۔اگلا دور بیجنگ میں ہوگا</p>",
        lambda k: it(k, "بھارت چین سرحدی مذاکرات: خصوصی نمائندوں کی ملاقات نئی دہلی میں", w, [], junk=["نئی دہلی//(یو این آئی)"], note="Agency credit in the dateline; no author element. Second item on the India-China boundary talks story."))
    w = d(18, 13, 45, 0, o)
    add(77218, "کنٹرول لائن پر فلیگ میٹنگ، جنگ بندی برقرار رکھنے پر اتفاق", w,
        "<p>پونچھ//(نامہ نگار) چکاں دا باغ کراسنگ پوائنٹ پر دونوں ممالک کے بریگیڈ کمانڈروں کی فلیگ میٹنگ ہوئی۔</p>",
        lambda k: it(k, "کنٹرول لائن پر فلیگ میٹنگ، جنگ بندی برقرار رکھنے پر اتفاق", w, [], junk=["پونچھ//(نامہ نگار)"]))
    w = d(18, 10, 15, 0, o)
    add(77209, "ڈل جھیل میں شکارا فیسٹیول، سیاحوں کی بڑی تعداد", w,
        "<p>سرینگر//(نامہ نگار) فیسٹیول میں تین سو سے زائد شکاروں نے حصہ لیا۔</p>",
        lambda k: it(k, "ڈل جھیل میں شکارا فیسٹیول، سیاحوں کی بڑی تعداد", w, [], rel=False))
    w = d(17, 21, 0, 0, o)
    add(77198, "جموں و کشمیر کرکٹ ٹیم رنجی ٹرافی کے کوارٹر فائنل میں", w,
        "<p>جموں//(اسپورٹس ڈیسک) ٹیم نے آخری لیگ میچ میں آسام کو شکست دی۔</p>",
        lambda k: it(k, "جموں و کشمیر کرکٹ ٹیم رنجی ٹرافی کے کوارٹر فائنل میں", w, [], rel=False))
    w = d(17, 5, 0, 0, o)
    add(77190, "اوقات نماز: 18 مئی", w,
        "<p>سرینگر: فجر 4:02، ظہر 12:35، عصر 4:55، مغرب 7:52، عشاء 9:24</p>",
        lambda k: it(k, "اوقات نماز: 18 مئی", w, [], story=False, rel=False, note="Prayer-times table, not a story."))
    channel = ("\t\t<title>Waadi News Urdu | وادی نیوز</title>\n\t\t<link>https://waadinews.example/urdu</link>\n\t\t<description>سرینگر سے شائع ہونے والا اردو روزنامہ</description>\n\t\t<language>en-us</language>\n"
               "\t\t<copyright>Waadi Publications Pvt. Ltd.</copyright>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n\t<channel>\n' + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("ur_in_waadinews_urdu.rss.xml", text, items, lang="ur", outlet="Waadi News", aliases=["Waadi News Urdu", "وادی نیوز"],
                notes="<language>en-us</language> on an Urdu feed: the template's default, wrong for the items.",
                structure="Kashmir Uzma-style (Srinagar) Urdu daily's RSS from a custom PHP CMS: tab indentation, channel 'Latin brand Urdu | اردو نام', <language>en-us</language> WRONG for the Urdu items, CDATA titles and <p> descriptions opening with the 'شہر//(credit)' dateline (a double slash, then a desk, correspondent or agency credit in brackets), ”…“ quotes, a missing space after '۔', a standfirst without final '۔', permalink guids, no author element, Indus, India-China and LoC items beside Dal Lake and cricket, prayer times, Pvt. Ltd. copyright, +0530 dates")


# ---------------------------------------------------------------- NHK World-style Urdu service of a Japanese public broadcaster
def sakuraurdu():
    rows, items = [], []
    o = 9

    def add(nid, title, when, desc, exp):
        url = f"https://www.sakuraworld.example/ur/news/{nid}/"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><guid isPermaLink=\"false\">{nid}</guid><pubDate>{rfc822(when)}</pubDate><description>{esc(desc)}</description>"
                    f"<enclosure url=\"https://www.sakuraworld.example/ur/news/{nid}/image.jpg\" type=\"image/jpeg\"/></item>")
        items.append(exp(str(nid)))

    w = d(19, 9, 30, 0, o)
    add(2027051903, "ٹوکیو میں بحرالکاہل کے جزائر کے رہنماؤں کا اجلاس شروع", w,
        "جاپان نے بحرالکاہل کے جزیرہ ممالک کے لیے سمندر کی سطح کی نگرانی کے نئے منصوبے کا اعلان کیا ہے۔ اجلاس میں اٹھارہ ممالک کے رہنما شریک ہیں۔",
        lambda k: it(k, "ٹوکیو میں بحرالکاہل کے جزائر کے رہنماؤں کا اجلاس شروع", w, [], note="Second item on the Tokyo Pacific leaders meeting story."))
    w = d(19, 7, 0, 0, o)
    add(2027051901, "بھارت اور چین کے سرحدی مذاکرات، جاپانی حکومت کا خیرمقدم", w,
        "جاپان کی حکومت کے ترجمان نے کہا ہے کہ ”ہمسایہ ممالک کے درمیان بات چیت خطے کے استحکام کے لیے اہم ہے“۔",
        lambda k: it(k, "بھارت اور چین کے سرحدی مذاکرات، جاپانی حکومت کا خیرمقدم", w, [], note="Third item on the India-China boundary talks story; the government spokesman is not named."))
    w = d(18, 21, 15, 0, o)
    add(2027051807, "سندھ طاس معاہدے پر بات چیت، عالمی بینک کی ثالثی کی پیشکش", w,
        "عالمی بینک کے نائب صدر ہیروشی تاناکا نے کہا کہ بینک دونوں ممالک کی مدد کے لیے تیار ہے۔دونوں ممالک کے کمشنر جولائی میں دوبارہ ملیں گے",
        lambda k: it(k, "سندھ طاس معاہدے پر بات چیت، عالمی بینک کی ثالثی کی پیشکش", w, [], note="Second item on the Indus talks story."))
    w = d(18, 18, 0, 0, o)
    add(2027051805, "جاپان میں چاول کی قیمت میں ریکارڈ اضافہ", w,
        "حکومت ذخائر سے مزید تین لاکھ ٹن چاول جاری کرے گی۔",
        lambda k: it(k, "جاپان میں چاول کی قیمت میں ریکارڈ اضافہ", w, [], rel=False))
    w = d(18, 16, 30, 0, o)
    add(2027051804, "سومو: مئی ٹورنامنٹ میں نئے چیمپئن کا امکان", w,
        "ٹوکیو کے ریوگوکو ہال میں ٹورنامنٹ کا دسواں دن۔",
        lambda k: it(k, "سومو: مئی ٹورنامنٹ میں نئے چیمپئن کا امکان", w, [], rel=False))
    w = d(18, 12, 0, 0, o)
    add(2027051802, "آج کا اردو پروگرام سنیے", w,
        "ساکورا ورلڈ ریڈیو کا اردو پروگرام روزانہ پاکستانی وقت کے مطابق رات دس بجے۔",
        lambda k: it(k, "آج کا اردو پروگرام سنیے", w, [], story=False, rel=False, note="Radio programme listening page, not a story."))
    channel = ("<title>SAKURA WORLD RADIO JAPAN | اردو</title><link>https://www.sakuraworld.example/ur/</link><description>جاپان کے بین الاقوامی نشریاتی ادارے کی اردو سروس</description><language>ur</language>"
               "<copyright>Sakura Broadcasting Corporation (Japan) All rights reserved.</copyright>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>' + channel + "".join(rows) + "</channel></rss>\n")
    return feed("ur_jp_sakuraworld_urdu.rss.xml", text, items, lang="ur", outlet="Sakura World Radio Japan", aliases=["SAKURA WORLD RADIO JAPAN", "Sakura World", "ساکورا ورلڈ ریڈیو"],
                structure="NHK WORLD-JAPAN-style Urdu service of a Japanese public broadcaster from a custom CMS: the whole document on one line, UPPER-CASE Latin brand in the channel title 'BRAND | اردو', numeric date-based non-permalink guids ('YYYYMMDDNN'), enclosures WITHOUT a length attribute, no author element, plain one- and two-sentence descriptions (one with a missing space after '۔' before a clause without final '۔', one with ”…“ quotes), Pacific, India-China and Indus items beside rice prices and sumo, a radio programme page, Corporation copyright, +0900 dates")


FEEDS = [mainwelle, donauzeitung, karpatenkurier, lagunaveneta, vocedelquarnero, atlanticoazul, diariodoceara, waadinews, sakuraurdu]
