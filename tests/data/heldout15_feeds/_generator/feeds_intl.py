# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu feeds of the fifteenth held-out set.
All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_ATOM, NS_CONTENT, NS_DC, esc, it, q, rfc822, rss
from mk import feed as _feed

AGENCY = "Agency as the only credit. [] is also correct"


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2026, 12, day, h, mi, s, off)


def paras(ps):
    return "".join(f"<p>{p}</p>" for p in ps)


UTC = dt(2026, 1, 1).tzinfo


# ---------------------------------------------------------------- BR24-style (public broadcaster)
def bf24():
    rows, items = [], []
    o = 1

    def add(uid, slug, title, when, cat, desc, exp):
        url = f"https://www.bf24.de/nachrichten/{slug},{uid}"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description><category>{cat}</category>"
                    f"<enclosure url=\"https://img.bf24.de/{uid}/16x9/1280.jpg\" type=\"image/jpeg\" length=\"0\"/>"
                    f"<guid isPermaLink=\"false\">{uid}</guid><pubDate>{rfc822(when)}</pubDate></item>")
        items.append(exp(uid))

    w = d(9, 20, 12, 0, o)
    add("UcK3fQa", "nahost-ticker-israel-meldet-angriff-auf-waffenlager-im-libanon", "Nahost-Ticker: Israel meldet Angriff auf Waffenlager im Libanon", w, "Nahost",
        "Die israelische Armee hat nach eigenen Angaben ein Waffenlager der Hisbollah nahe Tyros angegriffen. Alle Entwicklungen im Ticker.",
        lambda k: it(k, "Nahost-Ticker: Israel meldet Angriff auf Waffenlager im Libanon", w, story=False, note="Live ticker. Title label 'Nahost-Ticker:' may be kept or dropped"))
    w = d(9, 18, 40, 0, o)
    add("UcK3eLm", "bayerns-ministerpraesident-reist-nach-peking", "Bayerns Ministerpräsident reist nach Peking – Autozölle im Gepäck", w, "Politik",
        "Drei Tage, zwölf Termine: Der Ministerpräsident will in China für die bayerische Autoindustrie werben. Menschenrechtsgruppen fordern, er müsse auch die Lage der Uiguren ansprechen.",
        lambda k: it(k, "Bayerns Ministerpräsident reist nach Peking – Autozölle im Gepäck", w))
    w = d(9, 16, 55, 0, o)
    add("UcK3dB2", "glatteis-in-oberbayern-zahlreiche-unfaelle-auf-der-a8", "Glatteis in Oberbayern: Zahlreiche Unfälle auf der A8", w, "Bayern",
        "Zwischen Holzkirchen und Rosenheim hat es am Morgen mehr als 30 Mal gekracht. Die Polizei rät, auf unnötige Fahrten zu verzichten.",
        lambda k: it(k, "Glatteis in Oberbayern: Zahlreiche Unfälle auf der A8", w, rel=False))
    w = d(9, 14, 30, 0, o)
    add("UcK3c9x", "selenskyj-schlaegt-energie-waffenruhe-ueber-weihnachten-vor", "Selenskyj schlägt Energie-Waffenruhe über Weihnachten vor", w, "Ukraine",
        "Beide Seiten sollten bis zum orthodoxen Weihnachtsfest am 7. Januar auf Angriffe gegen Kraftwerke verzichten, heißt es in dem Vorschlag aus Kiew. Moskau reagierte zunächst nicht.",
        lambda k: it(k, "Selenskyj schlägt Energie-Waffenruhe über Weihnachten vor", w))
    w = d(9, 12, 5, 0, o)
    add("UcK3b7T", "frankreich-regierung-uebersteht-misstrauensvotum-knapp", "Frankreich: Regierung übersteht Misstrauensvotum knapp", w, "Europa",
        "Nur acht Stimmen fehlten der Opposition in der Nationalversammlung. Der Haushalt für 2027 kann damit in die zweite Lesung gehen.",
        lambda k: it(k, "Frankreich: Regierung übersteht Misstrauensvotum knapp", w, note="Title label 'Frankreich:' may be kept or dropped"))
    w = d(9, 10, 0, 0, o)
    add("UcK3a1P", "fc-bayern-rueckkehr-des-kapitaens-rueckt-naeher", "FC Bayern: Rückkehr des Kapitäns rückt näher", w, "Sport",
        "Nach seiner Knieverletzung hat der Torhüter erstmals wieder mit der Mannschaft trainiert.",
        lambda k: it(k, "FC Bayern: Rückkehr des Kapitäns rückt näher", w, rel=False))
    channel = ("<title>BF24 Nachrichten</title><link>https://www.bf24.de/nachrichten</link><description>Nachrichten aus Bayern, Deutschland und der Welt</description>"
               f"<language>de</language><lastBuildDate>{rfc822(d(9, 20, 15, 0, o))}</lastBuildDate>")
    return feed("de_bf24_nachrichten.rss.xml", rss(channel, rows, sep=""), items, lang="de", outlet="BF24",
                structure="BR24-style public broadcaster RSS: single line, '/nachrichten/<slug>,<7-char id>' links, the bare id as non-permalink guid, no author element, plain two-sentence teasers, one category, enclosure image with length 0, a 'Nahost-Ticker:' live ticker, regional, world and sport items mixed, +0100 dates")


# ---------------------------------------------------------------- Kleine Zeitung-style (Graz)
def grazertagblatt():
    rows, items = [], []
    o = 1

    def add(nid, path, title, when, creator, desc, exp):
        url = f"https://www.grazertagblatt.at/{path}/{nid}/"
        rows.append(f"<item>\n<title><![CDATA[{title}]]></title>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>\n"
                    f"<description><![CDATA[{desc}]]></description>\n<dc:creator>{esc(creator)}</dc:creator>\n<pubDate>{rfc822(when, lang='de')}</pubDate>\n</item>")
        items.append(exp(url))

    w = d(9, 19, 25, 0, o)
    add(20314512, "politik/aussenpolitik/westbalkan-gipfel-in-wien", "Westbalkan-Gipfel in Wien: Außenministerin will Beitritt Montenegros beschleunigen", w, "Ulrike Pölzl",
        "Österreich drängt darauf, die Verhandlungen mit Podgorica bis 2028 abzuschließen. Kroatien und die Niederlande bremsen.",
        lambda k: it(k, "Westbalkan-Gipfel in Wien: Außenministerin will Beitritt Montenegros beschleunigen", w, ["Ulrike Pölzl"]))
    w = d(9, 17, 50, 0, o)
    add(20314498, "steiermark/landtag-beschliesst-budget", "Landtag beschließt Budget mit Rekorddefizit", w, "Martin Gruber-Kainz",
        "Die Opposition sprach von einem „Offenbarungseid“, die Regierung von einem „Budget der Verantwortung“.",
        lambda k: it(k, "Landtag beschließt Budget mit Rekorddefizit", w, ["Martin Gruber-Kainz"], rel=False))
    w = d(9, 15, 10, 0, o)
    add(20314477, "politik/aussenpolitik/russische-drohnen-treffen-umspannwerke-in-lwiw", "Ukraine-Krieg: Russische Drohnen treffen Umspannwerke in Lwiw", w, "APA",
        "In der westukrainischen Stadt fiel in der Nacht in mehreren Bezirken der Strom aus. Verletzt wurde nach Angaben der Behörden niemand.",
        lambda k: it(k, "Ukraine-Krieg: Russische Drohnen treffen Umspannwerke in Lwiw", w, ["APA"], note=AGENCY + ". Title label 'Ukraine-Krieg:' may be kept or dropped"))
    w = d(9, 13, 0, 0, o)
    add(20314460, "meinung/kommentare/europa-darf-sich-in-belgrad-nicht-kleinmachen", "Kommentar: Europa darf sich in Belgrad nicht kleinmachen", w, "Florian Weinberger",
        "Wer Serbien an die EU binden will, muss klarer sagen, was er erwartet – auch beim Thema Russland-Sanktionen.",
        lambda k: it(k, "Kommentar: Europa darf sich in Belgrad nicht kleinmachen", w, ["Florian Weinberger"], note="Title label 'Kommentar:' may be kept or dropped"))
    w = d(9, 11, 15, 0, o)
    add(20314441, "sport/ski/weltcup-in-groeden-steirer-faehrt-aufs-podest", "Weltcup in Gröden: Steirer fährt aufs Podest", w, "Grazer Tagblatt",
        "In der Abfahrt auf der Saslong fehlten nur 14 Hundertstel auf den Sieg.",
        lambda k: it(k, "Weltcup in Gröden: Steirer fährt aufs Podest", w, [], rel=False, note="The brand as credit is not a person."))
    w = d(9, 5, 0, 0, o)
    add(20314400, "service/horoskop/horoskop-fuer-mittwoch-9-dezember", "Horoskop für Mittwoch, 9. Dezember", w, "Redaktion",
        "Widder: Ein Gespräch bringt Klarheit. Stier: Gönnen Sie sich eine Pause.",
        lambda k: it(k, "Horoskop für Mittwoch, 9. Dezember", w, [], story=False, rel=False, note="Horoscope service item; 'Redaktion' is not a person."))
    channel = ("<title>Grazer Tagblatt - Politik</title>\n<link>https://www.grazertagblatt.at</link>\n<description>Aktuelle Nachrichten aus der Steiermark, Österreich und der Welt</description>\n<language>de-AT</language>")
    return feed("de_at_grazertagblatt_politik.rss.xml", rss(channel, rows, ns=NS_DC), items, lang="de", outlet="Grazer Tagblatt",
                structure="Kleine Zeitung-style Austrian regional daily RSS: CDATA titles and descriptions, '/<ressort>/<8-digit id>/' permalink guids, dc:creator with a name, 'APA', 'Redaktion' or the brand, German-localised RFC 822 dates ('Mi, 09 Dez 2026 … +0100'), 'Ukraine-Krieg:' and 'Kommentar:' labels, a horoscope service item in the politics feed")


# ---------------------------------------------------------------- Luxemburger Wort-style (content:encoded)
def luxkurier():
    rows, items = [], []

    def add(nid, slug, title, when, creator, teaser, body, exp):
        url = f"https://www.kurier.lu/{slug}/{nid}.html"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"false\">{nid}</guid>\n<dc:creator>{esc(creator)}</dc:creator>\n"
                    f"<description><![CDATA[<p>{teaser}</p>]]></description>\n<content:encoded><![CDATA[{body}]]></content:encoded>\n<pubDate>{rfc822(when, gmt=True)}</pubDate>\n</item>")
        items.append(exp(nid))

    also = '<p><strong>Lesen Sie auch:</strong> <a href="https://www.kurier.lu/politik/gipfel/7124401.html">Was der EU-Gipfel für Luxemburg bedeutet</a></p>'
    nl = "<p><em>Abonnieren Sie unseren Newsletter „Kurier am Morgen“ und verpassen Sie keine Nachricht mehr.</em></p>"
    w = d(9, 17, 30)
    add("7124588", "politik/eu-gipfel-luxemburg-stimmt-ukraine-kredit-zu", "EU-Gipfel: Luxemburg stimmt Ukraine-Kredit zu", w, "Marc Schiltz und Anne Hoffmann",
        "Der Premier hat in Brüssel seine Bedenken zurückgestellt. Im Gegenzug gibt es Garantien für den Finanzplatz.",
        paras(["Luxemburg wird den Kredit an die Ukraine auf Basis eingefrorener russischer Vermögenswerte mittragen. Das bestätigte der Premierminister am Mittwochnachmittag am Rande des EU-Gipfels in Brüssel.",
               "„Wir haben bekommen, was wir wollten: Die Haftung wird auf alle Mitgliedstaaten verteilt“, sagte Außenministerin Claudine Weber vor Journalisten.",
               "Bei Clearstream in Luxemburg liegen russische Vermögenswerte im Wert von rund 16 Milliarden Euro.",
               "Die Opposition kritisierte, das Parlament sei nicht rechtzeitig informiert worden."]) + also + nl,
        lambda k: it(k, "EU-Gipfel: Luxemburg stimmt Ukraine-Kredit zu", w, ["Marc Schiltz", "Anne Hoffmann"], junk=["Lesen Sie auch", "Abonnieren Sie"], quotes=[q("Claudine Weber")]))
    w = d(9, 15, 10)
    add("7124561", "grossregion/deutsche-grenzkontrollen-verlaengert", "Deutschland verlängert Kontrollen an der Grenze zu Luxemburg", w, "Anne Hoffmann",
        "Die Bundespolizei kontrolliert bis mindestens März weiter an der Moselbrücke in Schengen.",
        paras(["Die deutschen Grenzkontrollen an der Grenze zu Luxemburg bleiben bis mindestens Mitte März bestehen. Das geht aus einem Schreiben des Bundesinnenministeriums an die EU-Kommission hervor.",
               "Luxemburgs Regierung hatte zuletzt mehrfach gefordert, die Kontrollen zu beenden, weil sie Pendler aus Trier und dem Saarland täglich Zeit kosteten.",
               "Ein Verfahren vor dem Europäischen Gerichtshof schließt die Regierung nicht mehr aus."]) + nl,
        lambda k: it(k, "Deutschland verlängert Kontrollen an der Grenze zu Luxemburg", w, ["Anne Hoffmann"], junk=["Abonnieren Sie"]))
    w = d(9, 13, 45)
    add("7124540", "politik/wohnungsbau-regierung-legt-neues-paket-vor", "Wohnungsbau: Regierung legt neues Paket vor", w, "Luc Wagner",
        "Steuerliche Anreize sollen private Investoren zurück auf den Markt holen.",
        paras(["Die Regierung hat am Mittwoch ein drittes Paket zur Belebung des Wohnungsbaus vorgestellt.",
               "Es verlängert die beschleunigte Abschreibung für vermietete Neubauten bis Ende 2028.",
               "Der Mieterschutzbund sprach von einem „Geschenk an Bauträger“."]) + nl,
        lambda k: it(k, "Wohnungsbau: Regierung legt neues Paket vor", w, ["Luc Wagner"], rel=False, junk=["Abonnieren Sie"]))
    w = d(9, 11, 20)
    add("7124522", "grossregion/grenzgaenger-frankreich-und-luxemburg-einigen-sich-auf-telearbeit", "Grenzgänger: Frankreich und Luxemburg einigen sich auf 50 Telearbeitstage", w, "Marc Schiltz",
        "Die neue Regel im Doppelbesteuerungsabkommen gilt ab Januar.",
        paras(["Französische Grenzgänger dürfen künftig bis zu 50 Tage im Jahr von zu Hause arbeiten, ohne in Frankreich steuerpflichtig zu werden.",
               "Die Finanzminister beider Länder unterzeichneten am Mittwoch in Paris einen entsprechenden Zusatz zum Doppelbesteuerungsabkommen.",
               "Rund 125.000 Menschen pendeln täglich aus Lothringen nach Luxemburg."]) + nl,
        lambda k: it(k, "Grenzgänger: Frankreich und Luxemburg einigen sich auf 50 Telearbeitstage", w, ["Marc Schiltz"], junk=["Abonnieren Sie"]))
    w = d(9, 9, 0)
    add("7124500", "lokales/fotos-der-weihnachtsmarkt-auf-der-place-d-armes", "Fotos: Der Weihnachtsmarkt auf der Place d’Armes", w, "Kurier-Fotoredaktion",
        "Die schönsten Bilder vom Eröffnungsabend.",
        '<figure><img src="https://www.kurier.lu/img/7124500-1.jpg" /><figcaption>Foto: Kurier-Fotoredaktion</figcaption></figure>',
        lambda k: it(k, "Fotos: Der Weihnachtsmarkt auf der Place d’Armes", w, [], story=False, rel=False, note="Photo gallery. Title label 'Fotos:' may be kept or dropped"))
    w = d(9, 7, 40)
    add("7124488", "international/luxemburg-erkennt-palaestina-an", "Nahost: Luxemburg erkennt Palästina als Staat an – was das bedeutet", w, "Anne Hoffmann",
        "Mit dem Schritt folgt das Großherzogtum Belgien und Frankreich. Israel bestellt den Botschafter ein.",
        paras(["Luxemburg erkennt den Staat Palästina offiziell an. Die Regierung fasste den Beschluss in ihrer Sitzung am Dienstagabend.",
               "Israel kündigte an, den luxemburgischen Botschafter einzubestellen.",
               "Praktisch ändert sich zunächst wenig: Eine Botschaft in Ramallah ist nicht geplant."]) + also + nl,
        lambda k: it(k, "Nahost: Luxemburg erkennt Palästina als Staat an – was das bedeutet", w, ["Anne Hoffmann"], junk=["Lesen Sie auch", "Abonnieren Sie"], note="Title label 'Nahost:' may be kept or dropped"))
    channel = ("<title>Luxemburger Kurier</title>\n<link>https://www.kurier.lu</link>\n<description>Nachrichten aus Luxemburg und der Großregion</description>\n<language>de</language>"
               f"\n<lastBuildDate>{rfc822(d(9, 17, 31), gmt=True)}</lastBuildDate>")
    return feed("de_lu_luxkurier_news.rss.xml", rss(channel, rows, ns=NS_DC + NS_CONTENT), items, lang="de", outlet="Luxemburger Kurier", aliases=["Kurier.lu"],
                structure="Luxemburger Wort-style German-language RSS from Luxembourg: 7-digit ids as non-permalink guids, dc:creator with 'A und B' pairs, a photo desk, CDATA one-<p> teaser as description and content:encoded with 3–4 paragraphs, a '<strong>Lesen Sie auch:</strong>' link and a newsletter appeal, 'Fotos:' gallery, GMT dates, German with French place names")


# ---------------------------------------------------------------- Open (open.online)-style WordPress
def aperto():
    rows, items = [], []

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"https://www.aperto.online/2026/12/09/{slug}/"
        cat = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{rfc822(when)}</pubDate>{cat}\n"
                    f"\t\t<guid isPermaLink=\"false\">https://www.aperto.online/?p={pid}</guid>\n\t\t<description><![CDATA[{excerpt}]]></description>\n"
                    f"\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n\t</item>")
        items.append(exp(f"https://www.aperto.online/?p={pid}"))

    def leggi(*ts):
        return "<p><strong>Leggi anche:</strong></p><ul>" + "".join(f'<li><a href="https://www.aperto.online/{i}/">{t}</a></li>' for i, t in enumerate(ts)) + "</ul>"

    w = d(9, 18, 2)
    add(1423301, "ucraina-inviato-kiev-roma-tregua-energetica", "Ucraina, l’inviato di Kiev a Roma: «Serve una tregua energetica prima di Natale»", w, "Giulia Fabbri", ["Esteri", "Ucraina"],
        "L’inviato speciale Oleh Marchenko ha incontrato il ministro degli Esteri alla Farnesina",
        paras(["L’inviato speciale del governo ucraino Oleh Marchenko ha incontrato oggi alla Farnesina il ministro degli Esteri per chiedere il sostegno italiano a una tregua sugli attacchi alle infrastrutture energetiche.",
               "«Serve una tregua energetica prima di Natale, altrimenti milioni di persone passeranno le feste al buio», ha detto Marchenko ai giornalisti al termine del colloquio.",
               "Secondo fonti diplomatiche, Roma si è detta disponibile a sostenere la proposta al prossimo Consiglio europeo.",
               "Nelle ultime due settimane gli attacchi russi hanno colpito sei centrali termoelettriche."]) + leggi("Ucraina, raid su Kharkiv: colpita una centrale", "Il piano Ue sugli asset russi spiegato"),
        lambda k: it(k, "Ucraina, l’inviato di Kiev a Roma: «Serve una tregua energetica prima di Natale»", w, ["Giulia Fabbri"], junk=["Leggi anche"], quotes=[q("Oleh Marchenko")]))
    w = d(9, 16, 30)
    add(1423288, "gaza-nave-umanitaria-italiana-el-arish", "Gaza, la nave umanitaria italiana attracca a El Arish: a bordo 400 tonnellate di aiuti", w, "Redazione", ["Esteri", "Medio Oriente"],
        "Gli aiuti saranno trasferiti nella Striscia attraverso il valico di Rafah",
        paras(["La nave della Marina militare con 400 tonnellate di aiuti per Gaza è attraccata questa mattina nel porto egiziano di El Arish.",
               "Il carico, composto soprattutto da farina, medicinali e tende, sarà trasferito nella Striscia nei prossimi giorni con il coordinamento delle Nazioni Unite.",
               "È la terza missione di questo tipo dall’inizio della tregua."]),
        lambda k: it(k, "Gaza, la nave umanitaria italiana attracca a El Arish: a bordo 400 tonnellate di aiuti", w, [], note="'Redazione' is not a person."))
    w = d(9, 14, 45)
    add(1423270, "manovra-fiducia-camera", "Manovra, via libera della Camera alla fiducia: ora il voto finale", w, "Luca Bernardi", ["Politica"],
        "Il testo passa al Senato per la seconda lettura entro il 23 dicembre",
        paras(["La Camera ha votato la fiducia posta dal governo sulla legge di Bilancio con 211 sì e 128 no.",
               "Il voto finale è atteso in serata, poi il testo passerà al Senato.",
               "Le opposizioni hanno protestato per i tempi ristretti dell’esame."]),
        lambda k: it(k, "Manovra, via libera della Camera alla fiducia: ora il voto finale", w, ["Luca Bernardi"], rel=False))
    w = d(9, 12, 20)
    add(1423255, "venezuela-liberati-cooperanti-italiani", "Venezuela, liberati i due cooperanti italiani detenuti da ottobre", w, "Alba Romano", ["Esteri"],
        "I due operatori umanitari sono atterrati a Fiumicino nel pomeriggio",
        paras(["Sono stati liberati i due cooperanti italiani arrestati a Caracas a ottobre con l’accusa di finanziare gruppi di opposizione.",
               "La liberazione è arrivata dopo settimane di contatti tra la Farnesina e le autorità venezuelane, con la mediazione della Santa Sede.",
               "I due sono atterrati a Fiumicino alle 16.30, accolti dai familiari."]) + leggi("Venezuela, chi sono i cooperanti arrestati a Caracas"),
        lambda k: it(k, "Venezuela, liberati i due cooperanti italiani detenuti da ottobre", w, ["Alba Romano"], junk=["Leggi anche"]))
    w = d(9, 10, 5)
    add(1423240, "video-gattino-salvato-vigili-del-fuoco-torino", "Il gattino incastrato nel motore salvato dai vigili del fuoco a Torino – Il video", w, "Redazione", ["Video"],
        "L’intervento in corso Regina Margherita è durato quasi un’ora",
        '<p>L’intervento in corso Regina Margherita è durato quasi un’ora.</p><p><iframe src="https://www.youtube.com/embed/aX3k9" width="560" height="315"></iframe></p>',
        lambda k: it(k, "Il gattino incastrato nel motore salvato dai vigili del fuoco a Torino – Il video", w, [], story=False, rel=False, note="Video. Title label '– Il video' may be kept or dropped"))
    w = d(9, 8, 15)
    add(1423228, "siria-inviato-onu-elezioni-18-mesi", "Siria, l’inviato Onu: «Elezioni entro 18 mesi, ma servono garanzie per le minoranze»", w, "Giulia Fabbri", ["Esteri", "Medio Oriente"],
        "Tomas Brandt ha parlato al Consiglio di sicurezza a New York",
        paras(["L’inviato speciale delle Nazioni Unite per la Siria, Tomas Brandt, ha detto al Consiglio di sicurezza che le elezioni potranno tenersi entro 18 mesi.",
               "«Elezioni entro 18 mesi sono possibili, ma servono garanzie per le minoranze e una legge elettorale condivisa», ha affermato.",
               "Brandt ha chiesto anche la revoca delle sanzioni rimaste sul settore bancario siriano."]),
        lambda k: it(k, "Siria, l’inviato Onu: «Elezioni entro 18 mesi, ma servono garanzie per le minoranze»", w, ["Giulia Fabbri"], quotes=[q("Tomas Brandt", "Nazioni Unite")]))
    channel = ("\t<title>Aperto</title>\n\t<atom:link href=\"https://www.aperto.online/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://www.aperto.online</link>\n"
               f"\t<description>Giornale online</description>\n\t<lastBuildDate>{rfc822(d(9, 18, 3))}</lastBuildDate>\n\t<language>it-IT</language>")
    return feed("it_aperto_online_wp.rss.xml", rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM, decl="UTF-8"), items, lang="it", outlet="Aperto", aliases=["aperto.online"],
                structure="Open (open.online)-style WordPress feed: tab indentation, '?p=' guids, CDATA dc:creator with a person or 'Redazione', CDATA categories, subtitle-like excerpt descriptions without final full stop, content:encoded with «…» quotes and a '<strong>Leggi anche:</strong>' list, a video with '– Il video' suffix, +0000 dates")


# ---------------------------------------------------------------- Fanpage-style
def lampo():
    rows, items = [], []
    o = 1

    def add(slug, title, when, author, desc, img, exp):
        url = f"https://www.lampo.it/{slug}/"
        rows.append(f"<item><title><![CDATA[{title}]]></title><link>{url}</link><guid>{url}</guid><author>{esc(author)}</author>"
                    f"<description><![CDATA[{desc}<img src=\"https://static.lampo.it/wp-content/uploads/2026/12/{img}.jpg\" width=\"640\" height=\"360\" />]]></description>"
                    f"<pubDate>{rfc822(when)}</pubDate></item>")
        items.append(exp(url))

    w = d(9, 19, 10, 0, o)
    add("esteri/cosa-sta-succedendo-in-georgia-proteste-spiegate", "Cosa sta succedendo in Georgia, le proteste contro il governo spiegate", w, "marco.lenzi@lampo.it (Marco Lenzi)",
        "Da tre settimane migliaia di persone scendono in piazza a Tbilisi contro la legge sugli agenti stranieri. Ecco cosa chiedono e come ha risposto Bruxelles.", "georgia-tbilisi",
        lambda k: it(k, "Cosa sta succedendo in Georgia, le proteste contro il governo spiegate", w, ["Marco Lenzi"]))
    w = d(9, 17, 0, 0, o)
    add("oroscopo/oroscopo-di-domani-10-dicembre", "Oroscopo di domani 10 dicembre: le previsioni segno per segno", w, "oroscopo@lampo.it (Redazione Oroscopo)",
        "Ariete, giornata favorevole per i progetti. Toro, attenzione alle spese.", "oroscopo-generico",
        lambda k: it(k, "Oroscopo di domani 10 dicembre: le previsioni segno per segno", w, [], story=False, rel=False, note="Horoscope; desk credit is not a person."))
    w = d(9, 15, 20, 0, o)
    add("esteri/attacco-a-kiev-colpito-condominio-morti", "Attacco russo su Kiev, colpito un condominio: almeno 9 morti", w, "redazione@lampo.it (Redazione Esteri)",
        "Un missile ha centrato un palazzo di nove piani nel quartiere di Obolon. Tra le vittime ci sono due bambini.", "kiev-obolon",
        lambda k: it(k, "Attacco russo su Kiev, colpito un condominio: almeno 9 morti", w, [], note="Desk credit is not a person."))
    w = d(9, 13, 35, 0, o)
    add("milano/incendio-palazzo-corvetto", "Milano, incendio in un palazzo in zona Corvetto: 20 persone evacuate", w, "sara.galli@lampo.it (Sara Galli)",
        "Le fiamme sono partite da un appartamento al terzo piano. Nessun ferito grave.", "milano-corvetto",
        lambda k: it(k, "Milano, incendio in un palazzo in zona Corvetto: 20 persone evacuate", w, ["Sara Galli"], rel=False))
    w = d(9, 11, 50, 0, o)
    add("esteri/cile-chi-e-il-nuovo-presidente", "Chi è il nuovo presidente del Cile e perché la sua vittoria preoccupa Bruxelles", w, "chiara.ferrante@lampo.it (Chiara Ferrante)",
        "Ha vinto il ballottaggio con il 55% promettendo di rivedere gli accordi commerciali con l'Unione europea sul litio.", "cile-presidente",
        lambda k: it(k, "Chi è il nuovo presidente del Cile e perché la sua vittoria preoccupa Bruxelles", w, ["Chiara Ferrante"]))
    w = d(9, 9, 25, 0, o)
    add("economia/trump-dazi-25-ue-cosa-cambia-per-italia", "Trump annuncia dazi del 25% sulle auto europee: cosa cambia per l'Italia", w, "a.deluca@lampo.it (Andrea De Luca)",
        "Le nuove tariffe entreranno in vigore a febbraio. A rischio soprattutto la componentistica del Nord.", "dazi-auto",
        lambda k: it(k, "Trump annuncia dazi del 25% sulle auto europee: cosa cambia per l'Italia", w, ["Andrea De Luca"]))
    channel = ("<title>Lampo</title><link>https://www.lampo.it</link><description>Lampo.it - Notizie, approfondimenti e video</description><language>it</language>"
               f"<lastBuildDate>{rfc822(d(9, 19, 12, 0, o))}</lastBuildDate>")
    return feed("it_lampo_ultimora.rss.xml", rss(channel, rows, sep=""), items, lang="it", outlet="Lampo", aliases=["Lampo.it"],
                structure="Fanpage-style RSS: single line, CDATA titles, link as bare guid, RSS 2.0 <author> in the 'email (Name)' form (personal addresses, 'Redazione Esteri', 'Redazione Oroscopo'), CDATA description with the teaser followed by an <img>, explainer-style 'Cosa sta succedendo…' titles, a horoscope, +0100 dates")


# ---------------------------------------------------------------- SIC Notícias-style (Portugal)
def setenoticias():
    rows, items = [], []

    def add(slug, hexid, title, when, creator, desc, exp):
        url = f"https://setenoticias.pt/mundo/2026-12-09-{slug}-{hexid}"
        rows.append(f"<item>\n<title><![CDATA[{title}]]></title>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>\n"
                    f"<description><![CDATA[{desc}]]></description>\n<dc:creator><![CDATA[{creator}]]></dc:creator>\n<pubDate>{rfc822(when, lang='pt-pt')}</pubDate>\n</item>")
        items.append(exp(url))

    w = d(9, 18, 50)
    add("guerra-na-ucrania-kiev-e-moscovo-trocam-150-prisioneiros", "a3f9c1d2", "Guerra na Ucrânia: Kiev e Moscovo trocam 150 prisioneiros", w, "Lusa",
        "A troca, mediada pelos Emirados Árabes Unidos, é a maior desde o verão.",
        lambda k: it(k, "Guerra na Ucrânia: Kiev e Moscovo trocam 150 prisioneiros", w, ["Lusa"], note=AGENCY + ". Title label 'Guerra na Ucrânia:' may be kept or dropped"))
    w = d(9, 17, 5)
    add("portugueses-detidos-em-caracas-vao-ser-libertados", "b7e20a44", "Portugueses detidos em Caracas vão ser libertados, garante MNE", w, "Rita Carvalho com Lusa",
        "O ministro dos Negócios Estrangeiros disse que os três luso-venezuelanos deverão chegar a Lisboa antes do Natal.",
        lambda k: it(k, "Portugueses detidos em Caracas vão ser libertados, garante MNE", w, ["Rita Carvalho"], note="'com Lusa' is an agency credit, not a second author."))
    w = d(9, 15, 30)
    add("tempestade-deixa-20-mil-sem-luz-no-distrito-de-leiria", "0c5d8e91", "Tempestade deixa 20 mil sem luz no distrito de Leiria", w, "Sete Notícias",
        "A E-Redes prevê repor o fornecimento até ao final do dia.",
        lambda k: it(k, "Tempestade deixa 20 mil sem luz no distrito de Leiria", w, [], rel=False, note="The brand as credit is not a person."))
    w = d(9, 13, 0)
    add("em-direto-conselho-europeu-discute-emprestimo-a-ucrania", "d41f6b07", "EM DIRETO | Conselho Europeu discute empréstimo à Ucrânia", w, "Sete Notícias",
        "Acompanhe ao minuto a cimeira de líderes em Bruxelas.",
        lambda k: it(k, "EM DIRETO | Conselho Europeu discute empréstimo à Ucrânia", w, [], story=False, note="Live blog. Title label 'EM DIRETO |' may be kept or dropped"))
    w = d(9, 11, 40)
    add("benfica-vence-e-segue-na-liga-dos-campeoes", "e92a3c58", "Benfica vence em Atenas e segue na Liga dos Campeões", w, "Pedro Sequeira",
        "Um golo nos descontos garantiu o apuramento para o play-off.",
        lambda k: it(k, "Benfica vence em Atenas e segue na Liga dos Campeões", w, ["Pedro Sequeira"], rel=False))
    w = d(9, 9, 15)
    add("nato-ministro-da-defesa-promete-2-5-por-cento", "f1b6d2a0", "NATO: ministro da Defesa promete 2,5% do PIB já em 2027", w, "Joana Pires",
        "Na reunião de ministros em Bruxelas, o Governo antecipou em dois anos a meta de investimento em defesa.",
        lambda k: it(k, "NATO: ministro da Defesa promete 2,5% do PIB já em 2027", w, ["Joana Pires"]))
    channel = ("<title><![CDATA[Sete Notícias - Mundo]]></title>\n<link>https://setenoticias.pt/mundo</link>\n<description><![CDATA[As últimas notícias do mundo]]></description>\n<language>pt-PT</language>")
    return feed("pt_pt_setenoticias_mundo.rss.xml", rss(channel, rows, ns=NS_DC), items, lang="pt", outlet="Sete Notícias",
                structure="SIC Notícias-style TV channel section RSS (Portugal): CDATA channel 'Marca - Mundo', '/mundo/yyyy-mm-dd-<slug>-<8 hex>' permalink guids, CDATA dc:creator with a name, 'Lusa', 'Nome com Lusa' or the brand, 'EM DIRETO |' live blog, 'Tema:' title kickers, Portuguese day/month names in pubDate ('Qua, 09 Dez 2026 … +0000')")


# ---------------------------------------------------------------- Agência Brasil-style (Drupal)
def agenciafederal():
    rows, items = [], []
    o = -3

    def add(nid, slug, title, when, creator, desc_html, exp):
        url = f"https://agenciafederal.gov.br/internacional/noticia/2026-12/{slug}"
        rows.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{url}</link>\n  <description>{esc(desc_html)}</description>\n"
                    f"  <pubDate>{rfc822(when)}</pubDate>\n  <dc:creator>{esc(creator)}</dc:creator>\n  <guid isPermaLink=\"false\">{nid} at https://agenciafederal.gov.br</guid>\n</item>")
        items.append(exp(f"{nid} at https://agenciafederal.gov.br"))

    w = d(9, 18, 30, 0, o)
    add(1611802, "lula-recebe-presidente-da-colombia-e-discute-amazonia", "Lula recebe presidente da Colômbia e discute cooperação na Amazônia", w, "Luciana Barros - Repórter da Agência Federal",
        "<p>Os dois presidentes assinaram seis acordos, entre eles um de vigilância conjunta da fronteira no Alto Rio Negro.</p><p>Edição: Carla Menezes</p>",
        lambda k: it(k, "Lula recebe presidente da Colômbia e discute cooperação na Amazônia", w, ["Luciana Barros"], junk=["Edição:", "Repórter da Agência"]))
    w = d(9, 16, 10, 0, o)
    add(1611790, "itamaraty-condena-ataque-comboio-humanitario-sudao", "Itamaraty condena ataque a comboio humanitário no Sudão", w, "Da Agência Federal",
        "<p>Em nota, o Ministério das Relações Exteriores pediu investigação independente sobre o ataque perto de El Obeid, que matou cinco trabalhadores humanitários.</p><p>*Com informações da Reuters</p><p>Edição: Paulo Amaral</p>",
        lambda k: it(k, "Itamaraty condena ataque a comboio humanitário no Sudão", w, [], junk=["Edição:", "Com informações da"], note="Agency desk credit ('Da Agência Federal'), no person."))
    w = d(9, 14, 0, 0, o)
    add(1611777, "mega-sena-acumula-premio-45-milhoes", "Mega-Sena acumula e prêmio vai a R$ 45 milhões", w, "Da Agência Federal",
        "<p>Confira as dezenas sorteadas: 04 - 11 - 23 - 37 - 48 - 59.</p>",
        lambda k: it(k, "Mega-Sena acumula e prêmio vai a R$ 45 milhões", w, [], story=False, rel=False, note="Lottery results service item."))
    w = d(9, 12, 25, 0, o)
    add(1611760, "mercosul-e-emirados-concluem-acordo-de-livre-comercio", "Mercosul e Emirados Árabes concluem acordo de livre comércio", w, "Thais Moura e Rafael Nunes - Repórteres da Agência Federal",
        "<p>O acordo elimina tarifas sobre 97% das exportações brasileiras para os Emirados em até dez anos.</p><p>Edição: Carla Menezes</p>",
        lambda k: it(k, "Mercosul e Emirados Árabes concluem acordo de livre comércio", w, ["Thais Moura", "Rafael Nunes"], junk=["Edição:", "Repórteres da Agência"]))
    w = d(9, 10, 5, 0, o)
    add(1611748, "brasileiros-repatriados-do-libano-chegam-a-guarulhos", "Brasileiros repatriados do Líbano chegam a Guarulhos", w, "Luciana Barros - Repórter da Agência Federal",
        "<p>O avião da FAB trouxe 212 pessoas, entre elas 41 crianças. É o oitavo voo da operação desde outubro.</p><p>Edição: Paulo Amaral</p>",
        lambda k: it(k, "Brasileiros repatriados do Líbano chegam a Guarulhos", w, ["Luciana Barros"], junk=["Edição:", "Repórter da Agência"]))
    w = d(9, 8, 0, 0, o)
    add(1611731, "inmet-alerta-para-chuvas-fortes-em-cinco-estados", "Inmet alerta para chuvas fortes em cinco estados", w, "Da Agência Federal",
        "<p>O alerta laranja vale até quinta-feira para Minas Gerais, Goiás, Bahia, Tocantins e o Distrito Federal.</p>",
        lambda k: it(k, "Inmet alerta para chuvas fortes em cinco estados", w, [], rel=False, note="Agency desk credit, no person."))
    channel = ("<title>Agência Federal - Internacional</title>\n<link>https://agenciafederal.gov.br/internacional</link>\n<description></description>\n<language>pt-br</language>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="https://agenciafederal.gov.br/internacional"' + NS_DC + ">\n<channel>\n"
            + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("pt_br_agenciafederal_internacional_drupal.rss.xml", text, items, lang="pt", outlet="Agência Federal",
                structure="Agência Brasil-style Drupal RSS of a public news agency: xml:base on <rss>, empty channel description, '<nid> at <site>' non-permalink guids, dc:creator 'Nome - Repórter da Agência', 'A e B - Repórteres da Agência' or 'Da Agência', escaped HTML descriptions ending with 'Edição: Nome' and '*Com informações da Reuters' paragraphs, a lottery results item, -0300 dates")


# ---------------------------------------------------------------- Aaj News-style Urdu
def roshninews():
    rows, items = [], []
    o = 5

    def add(nid, title, when, creator, desc, exp):
        url = f"https://urdu.roshni.tv/news/{nid}/"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid>"
                    f"<description><![CDATA[<img src=\"https://i.roshni.tv/large/2026/12/{nid}.jpg\" /><br />{desc}]]></description>"
                    f"<dc:creator>{esc(creator)}</dc:creator><pubDate>{rfc822(when)}</pubDate></item>")
        items.append(exp(url))

    w = d(9, 20, 15, 0, o)
    add(30412345, "طورخم سرحد: پاکستان اور افغانستان کے درمیان مذاکرات کا نیا دور آج کابل میں", w, "ویب ڈیسک",
        "دونوں ممالک کے وفود سرحدی گزرگاہ کو تجارت کے لیے مستقل طور پر کھولنے اور مہاجرین کی واپسی کے طریقہ کار پر بات کریں گے۔",
        lambda k: it(k, "طورخم سرحد: پاکستان اور افغانستان کے درمیان مذاکرات کا نیا دور آج کابل میں", w, [], note="Desk credit 'ویب ڈیسک' is not a person."))
    w = d(9, 18, 0, 0, o)
    add(30412330, "ایرانی وزیر خارجہ کل دو روزہ دورے پر اسلام آباد پہنچیں گے", w, "عمران شاہد",
        "دفتر خارجہ کے مطابق دورے میں گیس پائپ لائن منصوبے اور سرحدی سیکیورٹی پر بات چیت ہوگی۔",
        lambda k: it(k, "ایرانی وزیر خارجہ کل دو روزہ دورے پر اسلام آباد پہنچیں گے", w, ["عمران شاہد"]))
    w = d(9, 16, 20, 0, o)
    add(30412311, "کراچی میں گیس کی لوڈشیڈنگ کے خلاف شہریوں کا احتجاج", w, "ویب ڈیسک",
        "گلشن اقبال اور نارتھ ناظم آباد کے مکینوں نے سوئی گیس کے دفتر کے باہر دھرنا دیا۔",
        lambda k: it(k, "کراچی میں گیس کی لوڈشیڈنگ کے خلاف شہریوں کا احتجاج", w, [], rel=False, note="Desk credit is not a person."))
    w = d(9, 14, 45, 0, o)
    add(30412296, "غزہ میں امدادی قافلے پر حملہ، اقوام متحدہ کی شدید مذمت", w, "ویب ڈیسک",
        "اقوام متحدہ کے ادارے کا کہنا ہے کہ حملے میں تین ٹرک تباہ اور دو امدادی کارکن زخمی ہوئے۔",
        lambda k: it(k, "غزہ میں امدادی قافلے پر حملہ، اقوام متحدہ کی شدید مذمت", w, [], note="Desk credit is not a person."))
    w = d(9, 12, 30, 0, o)
    add(30412280, "جنوبی افریقہ کے خلاف ٹی ٹوئنٹی سیریز کے لیے قومی اسکواڈ کا اعلان", w, "اسپورٹس ڈیسک",
        "سلیکشن کمیٹی نے تین نئے کھلاڑیوں کو پہلی بار موقع دیا ہے۔",
        lambda k: it(k, "جنوبی افریقہ کے خلاف ٹی ٹوئنٹی سیریز کے لیے قومی اسکواڈ کا اعلان", w, [], rel=False, note="Desk credit is not a person."))
    w = d(9, 10, 10, 0, o)
    add(30412265, "تصاویر: مری میں سیزن کی پہلی برف باری", w, "ویب ڈیسک",
        "برف باری کے بعد سیاحوں کی بڑی تعداد مری پہنچ گئی۔",
        lambda k: it(k, "تصاویر: مری میں سیزن کی پہلی برف باری", w, [], story=False, rel=False, note="Photo gallery. Title label 'تصاویر:' may be kept or dropped"))
    channel = (f"<title>Roshni News Urdu</title><link>https://urdu.roshni.tv</link><description>روشنی نیوز - تازہ ترین خبریں</description><language>ur</language>"
               f"<lastBuildDate>{rfc822(d(9, 20, 16, 0, o))}</lastBuildDate>")
    return feed("ur_roshninews_latest.rss.xml", rss(channel, rows, ns=NS_DC, sep=""), items, lang="ur", outlet="Roshni News", aliases=["روشنی نیوز"],
                structure="Aaj News-style Urdu TV channel RSS: single line, English channel title over Urdu items, '/news/<8 digits>/' permalink guids, CDATA description with a leading <img /><br />, dc:creator with Urdu desk credits ('ویب ڈیسک', 'اسپورٹس ڈیسک') or a reporter, 'Topic: headline' titles, 'تصاویر:' gallery, +0500 dates")


# ---------------------------------------------------------------- Siasat Urdu-style (India, WordPress)
def deccannama():
    rows, items = [], []
    o = 5.5

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"https://urdu.deccannama.com/{slug}/"
        cat = "".join(f"<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t{cat}\n"
                    f"\t\t<guid isPermaLink=\"false\">https://urdu.deccannama.com/?p={pid}</guid>\n\t\t<description><![CDATA[<p>{excerpt}</p>]]></description>\n"
                    f"\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n\t</item>")
        items.append(exp(f"https://urdu.deccannama.com/?p={pid}"))

    def also(t):
        return f'<p><strong>یہ بھی پڑھیں:</strong> <a href="https://urdu.deccannama.com/related/">{t}</a></p>'

    w = d(9, 21, 0, 0, o)
    add(512230, "saudi-labour-law-indian-workers", "سعودی عرب میں نیا لیبر قانون، ہندوستانی مزدوروں کو کیا فائدہ ہوگا؟", w, "محمد فاروق", ["بین الاقوامی", "خلیج"],
        "سعودی وزارت افرادی قوت نے کفالت کے نظام میں اہم تبدیلیوں کا اعلان کیا ہے۔",
        paras(["سعودی وزارت افرادی قوت نے کفالت کے نظام میں اہم تبدیلیوں کا اعلان کیا ہے جن کا اطلاق یکم مارچ سے ہوگا۔",
               "نئے قانون کے تحت غیر ملکی مزدور آجر کی اجازت کے بغیر ملازمت تبدیل کر سکیں گے اور خروج و عودہ ویزا خود حاصل کر سکیں گے۔",
               "ریاض میں ہندوستانی سفارت خانے نے کہا ہے کہ وہ مزدوروں کی رہنمائی کے لیے ہیلپ لائن شروع کرے گا۔"]) + also("خلیجی ممالک میں ہندوستانی تارکین وطن کی تعداد میں اضافہ"),
        lambda k: it(k, "سعودی عرب میں نیا لیبر قانون، ہندوستانی مزدوروں کو کیا فائدہ ہوگا؟", w, ["محمد فاروق"], junk=["یہ بھی پڑھیں"]))
    w = d(9, 19, 10, 0, o)
    add(512221, "gaza-israeli-strikes-23-killed", "غزہ میں اسرائیلی حملے، مزید 23 فلسطینی جاں بحق", w, "ایجنسیز", ["بین الاقوامی", "مشرق وسطیٰ"],
        "خان یونس اور دیر البلح میں رات بھر بمباری جاری رہی۔",
        paras(["غزہ کے محکمہ صحت کے مطابق خان یونس اور دیر البلح پر رات بھر کے اسرائیلی حملوں میں کم از کم 23 فلسطینی جاں بحق ہو گئے۔",
               "جاں بحق ہونے والوں میں سات بچے بھی شامل ہیں۔",
               "اسرائیلی فوج نے کہا کہ اس نے حماس کے ٹھکانوں کو نشانہ بنایا۔"]),
        lambda k: it(k, "غزہ میں اسرائیلی حملے، مزید 23 فلسطینی جاں بحق", w, [], note="'ایجنسیز' (agencies) is a generic credit, not a person."))
    w = d(9, 17, 30, 0, o)
    add(512210, "hyderabad-metro-new-route", "حیدرآباد میٹرو کے نئے روٹ کو مرکز کی منظوری", w, "نامہ نگار", ["حیدرآباد"],
        "ایئرپورٹ تک میٹرو کی توسیع کا کام آئندہ سال شروع ہوگا۔",
        paras(["مرکزی حکومت نے حیدرآباد میٹرو کے ایئرپورٹ روٹ کو منظوری دے دی ہے۔",
               "31 کلومیٹر طویل اس روٹ پر 6 ہزار کروڑ روپے لاگت آئے گی۔",
               "ریاستی وزیر نے کہا کہ کام آئندہ سال جنوری میں شروع ہوگا۔"]),
        lambda k: it(k, "حیدرآباد میٹرو کے نئے روٹ کو مرکز کی منظوری", w, [], rel=False, note="'نامہ نگار' (correspondent) is not a name."))
    w = d(9, 15, 40, 0, o)
    add(512198, "us-china-trade-talks-geneva", "امریکہ اور چین کے درمیان تجارتی مذاکرات کا نیا دور جنیوا میں شروع", w, "ایجنسیز", ["بین الاقوامی"],
        "دونوں ممالک نایاب معدنیات کی برآمدات اور محصولات پر بات کر رہے ہیں۔",
        paras(["امریکہ اور چین کے اعلیٰ تجارتی حکام کے درمیان مذاکرات کا نیا دور جنیوا میں شروع ہو گیا۔",
               "مذاکرات میں نایاب معدنیات کی برآمدات پر چینی پابندیوں اور امریکی محصولات پر بات ہو رہی ہے۔",
               "دو روزہ بات چیت کے بعد مشترکہ بیان جاری ہونے کی توقع ہے۔"]),
        lambda k: it(k, "امریکہ اور چین کے درمیان تجارتی مذاکرات کا نیا دور جنیوا میں شروع", w, [], note="Generic agencies credit, not a person."))
    w = d(9, 13, 20, 0, o)
    add(512187, "bangladesh-referendum-interim-government", "بنگلہ دیش میں ریفرنڈم، عبوری حکومت کا کامیابی کا دعویٰ", w, "سید عارف حسین", ["بین الاقوامی", "برصغیر"],
        "الیکشن کمیشن کے مطابق ووٹ ڈالنے کی شرح 58 فیصد رہی۔",
        paras(["بنگلہ دیش میں آئینی اصلاحات پر ریفرنڈم کے بعد عبوری حکومت نے کامیابی کا دعویٰ کیا ہے۔",
               "الیکشن کمیشن کے مطابق ووٹ ڈالنے کی شرح 58 فیصد رہی جبکہ حتمی نتائج جمعرات کو جاری ہوں گے۔",
               "اپوزیشن جماعتوں نے کئی اضلاع میں بے ضابطگیوں کا الزام لگایا ہے۔"]) + also("بنگلہ دیش میں انتخابات فروری میں ہوں گے"),
        lambda k: it(k, "بنگلہ دیش میں ریفرنڈم، عبوری حکومت کا کامیابی کا دعویٰ", w, ["سید عارف حسین"], junk=["یہ بھی پڑھیں"]))
    w = d(9, 11, 0, 0, o)
    add(512175, "ipl-auction-hyderabad-team", "آئی پی ایل نیلامی: حیدرآباد ٹیم نے دو آل راؤنڈرز خریدے", w, "اسپورٹس ڈیسک", ["کھیل"],
        "نیلامی میں ٹیم نے 18 کروڑ روپے خرچ کیے۔",
        paras(["آئی پی ایل کی منی نیلامی میں حیدرآباد کی ٹیم نے دو آل راؤنڈرز کو خریدا۔",
               "ٹیم نے مجموعی طور پر 18 کروڑ روپے خرچ کیے۔",
               "نیلامی ابوظہبی میں منعقد ہوئی۔"]),
        lambda k: it(k, "آئی پی ایل نیلامی: حیدرآباد ٹیم نے دو آل راؤنڈرز خریدے", w, [], rel=False, note="Desk credit is not a person."))
    channel = ("\t<title>بین الاقوامی &#8211; Deccan Nama Urdu</title>\n\t<atom:link href=\"https://urdu.deccannama.com/category/international/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n"
               "\t<link>https://urdu.deccannama.com</link>\n\t<description>اردو خبریں</description>\n"
               f"\t<lastBuildDate>{rfc822(d(9, 21, 1, 0, o))}</lastBuildDate>\n\t<language>ur</language>")
    return feed("ur_in_deccannama_international_wp.rss.xml", rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM, decl="UTF-8"), items, lang="ur", outlet="Deccan Nama", aliases=["Deccan Nama Urdu", "دکن نامہ"],
                structure="Siasat Urdu-style Indian Urdu daily's WordPress category feed: channel 'Urdu category &#8211; English brand', CDATA dc:creator with a person or generic credits ('ایجنسیز', 'نامہ نگار', 'اسپورٹس ڈیسک'), Urdu CDATA categories, '?p=' guids, one-<p> excerpt description, content:encoded with 3 paragraphs and a '<strong>یہ بھی پڑھیں:</strong>' link, a Hyderabad city item and an IPL item in the international feed, +0530 dates")


FEEDS = [bf24, grazertagblatt, luxkurier, aperto, lampo, setenoticias, agenciafederal, roshninews, deccannama]
