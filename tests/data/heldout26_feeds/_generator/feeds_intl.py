# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian and Portuguese feeds of the twenty-sixth held-out set. All outlets, people
and quotations are invented."""
from h26 import NS_ALL, cd, d, esc, feed, it, q, rfc822, utc0


# ---------------------------------------------------------------- Abendzeitung München-style city daily, long content:encoded
def isarpost():
    rows, items = [], []
    base = "https://www.isarpost.example"

    def add(sec, nid, slug, title, when, creator, teaser, img, body, exp):
        url = f"{base}/{sec}/{slug}-art-{nid}"
        cr = f"\n    <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        enc = f"\n    <enclosure url=\"{base}/media/{img}.jpg\" length=\"0\" type=\"image/jpeg\"/>" if img else ""
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(teaser)}</description>{cr}\n    <pubDate>{rfc822(when)}</pubDate>\n"
                    f"    <guid isPermaLink=\"false\">art-{nid}</guid>{enc}\n    <content:encoded>{cd(body)}</content:encoded>\n  </item>")
        items.append(exp(f"art-{nid}"))

    def fig(cap):
        return f"<figure><img src=\"{base}/media/body.jpg\" alt=\"\"/><figcaption>{cap}</figcaption></figure>"

    def lsa(*heads):
        return "<p><strong>Lesen Sie auch</strong></p><ul>" + "".join(f"<li><a href=\"{base}/politik/{i}\">{h}</a></li>" for i, h in enumerate(heads)) + "</ul>"

    o = 1
    w = d(2024, 11, 28, 17, 46, 0, o)
    add("politik", 1012433, "ukraine-luftabwehr-zusage-berlin", "Luftabwehr für die Ukraine: Berlin sagt weitere Iris-T-Systeme zu", w, "Johanna Brandl",
        "Bei einem Treffen der Ukraine-Kontaktgruppe kündigt der Verteidigungsminister neue Lieferungen an. Kiew drängt auf mehr.", "iris-t",
        "<p>Berlin – Die Bundesregierung will der Ukraine bis Ende kommenden Jahres vier weitere Luftverteidigungssysteme vom Typ Iris-T liefern. Das kündigte das Verteidigungsministerium am Donnerstag nach einem Treffen der Ukraine-Kontaktgruppe an.</p>"
        + fig("Ein Iris-T-System bei einer Vorführung in Schleswig-Holstein. Foto: Marcus Brandt/dpa") +
        "<p>„Jedes System, das wir liefern, rettet in der Ukraine Menschenleben, ganz konkret und jede Nacht“, sagte Staatssekretär Tobias Lehnert aus dem Verteidigungsministerium.</p>"
        "<p>Die ukrainische Seite reagierte zurückhaltend. „Wir sind dankbar, aber der Winter kommt schneller als die Lieferungen“, sagte Oksana Kowal, Sprecherin der ukrainischen Botschaft in Berlin, der Isarpost.</p>"
        + lsa("Drohnenangriffe auf Kiew: Die Nacht in Bildern", "Was Iris-T kann – und was nicht") +
        "<p>Auch aus München kam Zustimmung. Der Rüstungsexperte Florian Wendl von der Universität der Bundeswehr sagte: „Entscheidend ist nicht nur die Zahl der Systeme, sondern die Munition dafür.“</p>"
        "<p>Die Systeme werden vom Hersteller am Bodensee gefertigt. Ein Teil wird aus Beständen der Bundeswehr kommen, die später ersetzt werden sollen.</p>"
        "<p>Die Opposition im Bundestag forderte, auch über die Lieferung weitreichender Waffen neu zu entscheiden.</p>"
        "<p><em>Über die Autorin: Johanna Brandl ist Redakteurin im Politik-Ressort der Isarpost und schreibt über Außen- und Sicherheitspolitik.</em></p>",
        lambda k: it(k, "Luftabwehr für die Ukraine: Berlin sagt weitere Iris-T-Systeme zu", w, ["Johanna Brandl"],
                     junk=["Foto: Marcus Brandt/dpa", "Lesen Sie auch", "Über die Autorin", "Drohnenangriffe auf Kiew: Die Nacht in Bildern"],
                     quotes=[q("Tobias Lehnert", "Verteidigungsministerium"), q("Oksana Kowal", "ukrainischen Botschaft"), q("Florian Wendl", "Universität der Bundeswehr")],
                     note="Long body: 'Stadt –' dateline, figure caption 'Foto: NAME/dpa', a 'Lesen Sie auch' link list and an italic 'Über die Autorin' bio."))
    w = d(2024, 11, 28, 14, 5, 0, o)
    add("politik", 1012389, "georgien-proteste-tiflis-eu-gespraeche-muenchen", "Proteste in Tiflis: Münchner Georgier bangen um den EU-Kurs ihres Landes", w, "Lukas Hirschberger",
        "Georgiens Regierung legt die EU-Beitrittsgespräche auf Eis. In Tiflis demonstrieren Tausende – und in München wächst die Sorge.", "tiflis",
        "<p>Tiflis/München – Nach der Entscheidung der georgischen Regierung, die Beitrittsgespräche mit der Europäischen Union bis 2028 auszusetzen, sind in Tiflis die dritte Nacht in Folge Tausende Menschen auf die Straße gegangen.</p>"
        + fig("Demonstranten vor dem Parlament in Tiflis am Mittwochabend. Foto: Zurab Tsertsvadze/AP/dpa") +
        "<p>Die Polizei setzte Wasserwerfer und Tränengas ein. Nach Angaben des Innenministeriums wurden mehr als 100 Menschen festgenommen.</p>"
        "<p>„Wir haben nicht dreißig Jahre gekämpft, um jetzt wieder nach Moskau zu schauen“, sagte Nino Beridse vom Georgischen Kulturverein München, die am Donnerstag eine Mahnwache am Odeonsplatz organisierte.</p>"
        + lsa("Wahl in Georgien: Was über den Vorwurf der Manipulation bekannt ist") +
        "<p>Das Auswärtige Amt bestellte den georgischen Botschafter ein. „Die Gewalt gegen friedliche Demonstranten ist inakzeptabel“, sagte eine Sprecherin.</p>"
        "<p>Der Osteuropa-Historiker Maximilian Reiter von der Ludwig-Maximilians-Universität sieht eine Zäsur: „Die Regierung setzt darauf, dass Europa müde ist. Das könnte ein Irrtum sein.“</p>"
        "<p>In München leben nach Angaben des Vereins rund 4000 Menschen georgischer Herkunft.</p>"
        "<p><em>Über den Autor: Lukas Hirschberger ist Reporter der Isarpost und berichtet über Migration und die internationalen Gemeinden in München.</em></p>",
        lambda k: it(k, "Proteste in Tiflis: Münchner Georgier bangen um den EU-Kurs ihres Landes", w, ["Lukas Hirschberger"],
                     junk=["Foto: Zurab Tsertsvadze/AP/dpa", "Lesen Sie auch", "Über den Autor"],
                     quotes=[q("Nino Beridse", "Georgischen Kulturverein München"), q("Sprecherin", "Auswärtiges Amt"), q("Maximilian Reiter", "Ludwig-Maximilians-Universität")],
                     note="Long body with 'Ort/Ort –' dateline; one anonymous quote (a spokeswoman of the Foreign Office the sentence before names) without a name."))
    w = d(2024, 11, 28, 11, 20, 0, o)
    add("politik", 1012301, "syrien-rebellen-offensive-aleppo", "Syrien: Rebellen starten Großoffensive auf Aleppo", w, "dpa",
        "Islamistische Rebellen haben im Nordwesten Syriens eine Offensive gegen Regierungstruppen begonnen.", None,
        "<p>Damaskus – Islamistische Rebellen haben im Nordwesten Syriens die größte Offensive seit Jahren gestartet. Nach Angaben von Aktivisten rückten sie bis an den Rand von Aleppo vor.</p>"
        "<p>Russische Kampfflugzeuge flogen Angriffe auf Stellungen der Rebellen.</p>",
        lambda k: it(k, "Syrien: Rebellen starten Großoffensive auf Aleppo", w, ["dpa"], note="Agency as the only credit. [] is also correct"))
    w = d(2024, 11, 28, 9, 0, 0, o)
    add("muenchen", 1012240, "christkindlmarkt-marienplatz-eroeffnung", "Christkindlmarkt am Marienplatz eröffnet: Das ist neu", w, "Anna Reindl",
        "Ab Montag duftet es wieder nach Glühwein. Was Besucher wissen müssen.", "christkindlmarkt",
        "<p>München – Der Christkindlmarkt am Marienplatz öffnet am Montag. Neu sind ein Kinderbereich im Kripperlmarkt und Pfandtassen mit Motiv.</p>",
        lambda k: it(k, "Christkindlmarkt am Marienplatz eröffnet: Das ist neu", w, ["Anna Reindl"], rel=False, note="City news."))
    w = d(2024, 11, 28, 7, 30, 0, o)
    add("muenchen/wetter", 1012202, "wetter-muenchen-erster-schnee", "Wetter in München: Erster Schnee am Wochenende?", w, "",
        "Der Deutsche Wetterdienst erwartet Schneeregen bis in tiefe Lagen.", None,
        "<p>Am Samstag: 1 bis 4 Grad, Schneeregen. Am Sonntag: -1 bis 3 Grad, örtlich Schnee.</p>",
        lambda k: it(k, "Wetter in München: Erster Schnee am Wochenende?", w, [], story=False, rel=False, note="Weather forecast; no dc:creator."))
    w = d(2024, 11, 27, 20, 15, 0, o)
    add("gewinnspiele", 1012150, "adventskalender-gewinnspiel-tuerchen", "Isarpost-Adventskalender: Jeden Tag ein Türchen, jeden Tag gewinnen", w, "Isarpost",
        "Mitmachen und tolle Preise gewinnen.", None,
        "<p>Öffnen Sie ab 1. Dezember täglich ein Türchen. Teilnahme ab 18 Jahren.</p>",
        lambda k: it(k, "Isarpost-Adventskalender: Jeden Tag ein Türchen, jeden Tag gewinnen", w, [], story=False, rel=False, note="Reader competition; the brand as dc:creator."))
    channel = (f"  <title>Isarpost - Politik</title>\n  <link>{base}/politik</link>\n  <description>Aktuelle Nachrichten aus München, Bayern und der Welt</description>\n  <language>de-de</language>\n"
               f"  <copyright>Isarpost Verlags GmbH &amp; Co. KG</copyright>\n  <lastBuildDate>{rfc822(d(2024, 11, 28, 17, 50, 0, o))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + NS_ALL + ">\n<channel>\n" + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("de_isarpost_politik.rss.xml", text, items, lang="de", outlet="Isarpost", aliases=["Die Isarpost"],
                structure="Abendzeitung München-style (Munich) city daily's section RSS from a custom CMS: channel 'Brand - Politik' although it mixes city news, '…-art-<7 digits>' links with 'art-<id>' non-permalink guids, dc:creator holding a person, 'dpa', the brand or nothing, escaped teaser descriptions, enclosure images, LONG content:encoded bodies (7–9 blocks) with 'Stadt –' / 'Ort/Ort –' datelines, <figure> captions ending 'Foto: NAME/AP/dpa', a bold 'Lesen Sie auch' heading with a <ul> of links, „…“ quotes from three speakers and an italic 'Über die Autorin/den Autor' bio, a weather forecast and an advent-calendar competition, +0100 dates in November 2024")


# ---------------------------------------------------------------- oe24-style (Vienna) tabloid portal, Weltpolitik section
def blitz24():
    rows, items = [], []
    base = "https://www.blitz24.example"

    def add(sec, nid, slug, title, when, desc, exp):
        url = f"{base}/{sec}/{slug}/{nid}"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description><pubDate>{rfc822(when)}</pubDate><guid isPermaLink=\"false\">{nid}</guid></item>")
        items.append(exp(str(nid)))

    o = 2
    w = d(2025, 9, 16, 18, 44, 0, o)
    add("welt/weltpolitik", 644120381, "drohnen-polen-nato-ostflanke", "Nach Drohnen-Alarm: NATO verstärkt Ostflanke", w,
        "Nach dem Eindringen russischer Drohnen in den polnischen Luftraum verlegt die NATO zusätzliche Kampfjets nach Osteuropa. „Das ist eine klare Botschaft an Moskau“, sagte Bündnissprecherin Karin Moldestad.",
        lambda k: it(k, "Nach Drohnen-Alarm: NATO verstärkt Ostflanke", w, [], quotes=[q("Karin Moldestad", "NATO")], note="No author element in this feed."))
    w = d(2025, 9, 16, 16, 10, 0, o)
    add("welt/weltpolitik", 644119925, "oesterreich-uno-resolution-gaza-stimme", "UNO-Abstimmung: So stimmte Österreich zu Gaza", w,
        "Österreich hat in der UN-Generalversammlung einer Resolution zur Zwei-Staaten-Lösung zugestimmt. Die Außenministerin verteidigte die Entscheidung.",
        lambda k: it(k, "UNO-Abstimmung: So stimmte Österreich zu Gaza", w, []))
    w = d(2025, 9, 16, 13, 30, 0, o)
    add("welt/weltpolitik", 644119402, "serbien-kroatien-diplomaten-ausgewiesen", "Eklat am Balkan: Serbien weist zwei kroatische Diplomaten aus", w,
        "Belgrad wirft den Diplomaten „unzulässige Kontakte“ vor. Zagreb kündigte eine Reaktion an.",
        lambda k: it(k, "Eklat am Balkan: Serbien weist zwei kroatische Diplomaten aus", w, []))
    w = d(2025, 9, 16, 11, 0, 0, o)
    add("welt/welt-chronik", 644118850, "tourist-stuerzt-dolomiten-hubschrauber", "Deutscher Tourist stürzt in Dolomiten 200 Meter ab", w,
        "Ein 54-jähriger Bergsteiger aus Bayern ist am Montag in den Dolomiten tödlich verunglückt.",
        lambda k: it(k, "Deutscher Tourist stürzt in Dolomiten 200 Meter ab", w, [], rel=False, note="Accident abroad (chronicle)."))
    w = d(2025, 9, 15, 21, 0, 0, o)
    add("service/lotto", 644118101, "lotto-ziehung-sonntag-zahlen", "Lotto: Das sind die aktuellen Gewinnzahlen", w,
        "Die Zahlen der Ziehung vom Sonntag: 4, 11, 19, 27, 33, 41, Zusatzzahl 8. Alle Angaben ohne Gewähr.",
        lambda k: it(k, "Lotto: Das sind die aktuellen Gewinnzahlen", w, [], story=False, rel=False, junk=["ohne Gewähr"], note="Lottery numbers."))
    w = d(2025, 9, 15, 19, 40, 0, o)
    add("sport/fussball", 644117870, "rapid-conference-league-auslosung", "Rapid hofft auf Heimsieg zum Auftakt der Conference League", w,
        "Rapid Wien empfängt zum Start der Ligaphase am Donnerstag den Vertreter aus Zypern.",
        lambda k: it(k, "Rapid hofft auf Heimsieg zum Auftakt der Conference League", w, [], rel=False))
    channel = (f"<title>blitz24.example - Weltpolitik</title><link>{base}/welt/weltpolitik</link><description>Weltpolitik - aktuelle Nachrichten aus aller Welt</description><language>de-AT</language>"
               f"<copyright>Blitz24 Mediengruppe GmbH</copyright><pubDate>{rfc822(d(2025, 9, 16, 18, 45, 0, o))}</pubDate>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>' + channel + "".join(rows) + "</channel></rss>\n"
    return feed("de_at_blitz24_weltpolitik.rss.xml", text, items, lang="de", outlet="Blitz24", aliases=["blitz24", "blitz24.example"],
                structure="oe24-style (Vienna) tabloid portal's section RSS from a custom CMS: declaration on its own line, then the whole channel on ONE line, channel titled with the DOMAIN ('blitz24.example - Weltpolitik'), no namespaces and NO author element, '/<section>/<subsection>/<slug>/<9 digits>' links and the bare 9-digit number as non-permalink guid, plain descriptions with „…“ quotes and 'sagte Bündnissprecherin Name', 'Eklat am Balkan:'-style kicker titles, items from the chronicle, sport and lottery sections mixed in (Lotto numbers 'ohne Gewähr'), +0200 dates in September 2025")


# ---------------------------------------------------------------- Kölner EXPRESS-style (DuMont, Cologne) tabloid RSS
def domblick():
    rows, items = [], []
    base = "https://www.domblick.example"

    def add(sec, nid, slug, title, when, author, cats, desc, exp):
        url = f"{base}/{sec}/{slug}-{nid}"
        au = f"\n\t<author>{esc(author)}</author>" if author else ""
        cat = "".join(f"\n\t<category>{esc(c)}</category>" for c in cats)
        rows.append(f"<item>\n\t<title><![CDATA[{title}]]></title>\n\t<link>{url}?cb=1720000000</link>\n\t<guid isPermaLink=\"true\">{url}</guid>{au}{cat}\n\t<description><![CDATA[{desc}]]></description>\n\t<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(url))

    o = 2
    w = d(2024, 7, 10, 19, 22, 0, o)
    add("politik-wirtschaft", 844125, "nato-gipfel-washington-ukraine-kampfjets", "Nato-Gipfel in Washington: Erste F-16 für die Ukraine unterwegs", w, "Sebastian Kölsch", ["Politik", "Nato"],
        "<p>Beim Jubiläumsgipfel in Washington haben die Nato-Staaten der Ukraine weitere Hilfe zugesagt. „Die ersten Jets sind auf dem Weg“, sagte ein niederländischer Regierungssprecher. Aus Köln reiste auch ein Bundestagsabgeordneter mit.</p>",
        lambda k: it(k, "Nato-Gipfel in Washington: Erste F-16 für die Ukraine unterwegs", w, ["Sebastian Kölsch"], note="<author> holds a plain name, not an e-mail; anonymous quote."))
    w = d(2024, 7, 10, 16, 0, 0, o)
    add("politik-wirtschaft", 844011, "neuer-britischer-premier-berlin-besuch", "Neuer britischer Premier: Erster Besuch soll nach Berlin führen", w, "Sebastian Kölsch, Maren Thiel", ["Politik", "Großbritannien"],
        "<p>Nach dem Regierungswechsel in London will der neue Premierminister die Beziehungen zur EU verbessern. „Wir wollen ein Neustart, keine Rückkehr“, sagte der britische Europaminister Alistair Penhaligon.</p>",
        lambda k: it(k, "Neuer britischer Premier: Erster Besuch soll nach Berlin führen", w, ["Sebastian Kölsch", "Maren Thiel"], quotes=[q("Alistair Penhaligon", "Europaminister")],
                     note="Two names comma-separated in one <author>."))
    w = d(2024, 7, 10, 12, 45, 0, o)
    add("politik-wirtschaft", 843902, "koeln-tel-aviv-partnerschaft-delegation", "Kölner Delegation reist trotz Krieg nach Tel Aviv", w, "Maren Thiel", ["Köln", "Israel"],
        "<p>Eine Delegation des Kölner Stadtrats ist zum 45. Jahrestag der Städtepartnerschaft nach Tel Aviv gereist. Begleitet wird sie vom israelischen Generalkonsul.</p>",
        lambda k: it(k, "Kölner Delegation reist trotz Krieg nach Tel Aviv", w, ["Maren Thiel"], note="City twinning with a foreign-policy context: labelled relevant (borderline)."))
    w = d(2024, 7, 10, 9, 30, 0, o)
    add("sport/fussball-em", 843850, "em-2024-halbfinale-spielplan-uebersicht", "EM 2024: Spielplan, Ergebnisse und alle Termine im Überblick", w, "", ["EM 2024"],
        "<p>Alle Spiele der Europameisterschaft auf einen Blick.</p>",
        lambda k: it(k, "EM 2024: Spielplan, Ergebnisse und alle Termine im Überblick", w, [], story=False, rel=False, note="Fixture table (service item); no author."))
    w = d(2024, 7, 9, 22, 10, 0, o)
    add("sport/fussball-em", 843799, "spanien-frankreich-halbfinale-muenchen", "Spanien schlägt Frankreich und steht im EM-Finale", w, "Tim Oberländer", ["EM 2024", "Sport"],
        "<p>Spanien hat das Halbfinale in München gegen Frankreich mit 2:1 gewonnen und trifft im Finale in Berlin auf den Sieger der zweiten Partie.</p>",
        lambda k: it(k, "Spanien schlägt Frankreich und steht im EM-Finale", w, ["Tim Oberländer"], rel=False))
    w = d(2024, 7, 9, 18, 0, 0, o)
    add("koeln", 843741, "koelner-dom-eintritt-turm-preise", "Kölner Dom: Turmbesteigung wird teurer", w, "Domblick", ["Köln"],
        "<p>Wer den Südturm des Kölner Doms besteigen will, zahlt ab August mehr.</p>",
        lambda k: it(k, "Kölner Dom: Turmbesteigung wird teurer", w, [], rel=False, note="City news; the brand as author."))
    channel = (f"<title>DOMBLICK - Politik &amp; Wirtschaft</title>\n<link>{base}/politik-wirtschaft</link>\n<description>Nachrichten aus Köln und der Welt</description>\n<language>de</language>\n"
               f"<copyright>DOMBLICK Medien GmbH &amp; Co. KG</copyright>\n<lastBuildDate>{rfc822(d(2024, 7, 10, 19, 30, 0, o))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("de_domblick_politik_wirtschaft.rss.xml", text, items, lang="de", outlet="DOMBLICK", aliases=["Domblick"],
                structure="Kölner EXPRESS-style (Cologne) tabloid's section RSS from a custom CMS: upper-case brand in the channel title 'BRAND - Politik & Wirtschaft' (&amp;), no namespaces, items at column 0 with tab-indented children, CDATA titles and <p> descriptions, cache-busting '?cb=<timestamp>' on <link> with the bare '/<section>/<slug>-<6 digits>' URL as permalink guid, RSS <author> holding a PLAIN NAME (not an e-mail), 'Name, Name', the brand or nothing, <category> before the description, an anonymous „…“ quote, a tournament fixture table, +0200 dates in July 2024")


# ---------------------------------------------------------------- Libero Quotidiano-style (Milan) daily, long bodies with 'Leggi anche'
def libeccio():
    rows, items = [], []
    base = "https://www.illibeccio.example"

    def add(sec, nid, slug, title, when, creator, desc, body, exp):
        url = f"{base}/{sec}/{nid}/{slug}.html"
        cr = f"\n<dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item>\n<title>{cd(title)}</title>\n<link>{url}</link>\n<guid>{url}</guid>\n<pubDate>{rfc822(when, 'it')}</pubDate>{cr}\n<description>{cd(desc)}</description>\n<content:encoded>{cd(body)}</content:encoded>\n</item>")
        items.append(exp(url))

    def la(nid, head):
        return f"<p><strong>Leggi anche: <a href=\"{base}/esteri/{nid}/x.html\">{head}</a></strong></p>"

    def fig(cap):
        return f"<div class=\"foto\"><img src=\"{base}/img/x.jpg\" alt=\"\"/><span class=\"didascalia\">{cap}</span></div>"

    o = 1
    w = d(2025, 3, 3, 19, 12, 0, o)
    add("esteri", 42018833, "vertice-londra-difesa-europea-coalizione-volenterosi", "Vertice di Londra, nasce la “coalizione dei volenterosi”. Roma frena sulle truppe", w, "Federico Lanzi",
        "I leader europei a Lancaster House: un piano in quattro punti per Kiev. L’Italia: nessun soldato italiano in Ucraina",
        "<p>Un piano in quattro punti per arrivare a una pace «giusta e duratura» in Ucraina e una «coalizione dei volenterosi» pronta a garantirla. È l’esito del vertice di Londra, che ieri ha riunito a Lancaster House i leader di quindici Paesi europei, del Canada e della Turchia.</p>"
        + fig("I leader europei a Lancaster House (Foto: Ansa)") +
        "<p>La posizione italiana resta prudente. «L’invio di soldati italiani in Ucraina non è all’ordine del giorno, lo abbiamo detto con chiarezza», ha detto Marcello Ferrante, sottosegretario agli Esteri, ai cronisti a margine del vertice.</p>"
        + la(42018790, "Kiev, la notte dei droni: colpita la rete elettrica") +
        "<p>Più netta la posizione di Parigi e Londra, disposte a schierare contingenti dopo un cessate il fuoco. «Senza garanzie credibili, qualsiasi tregua sarà soltanto una pausa prima della prossima guerra», ha spiegato Claire Dubreuil, consigliera diplomatica all’Eliseo.</p>"
        "<p>Da Kiev è arrivato un ringraziamento. «Per la prima volta da settimane sentiamo che l’Europa parla con una voce sola», ha commentato Andrij Sadovyj, deputato della Rada e membro della commissione Esteri.</p>"
        + la(42018702, "Difesa europea, quanto spende davvero l’Italia") +
        "<p>Il piano sarà discusso al Consiglio europeo straordinario di giovedì a Bruxelles.</p>"
        "<p>Sul tavolo anche la proposta della Commissione di mobilitare fino a 800 miliardi di euro per la difesa comune.</p>"
        "<p><em>Federico Lanzi, 46 anni, è inviato di esteri del Libeccio. Ha seguito le guerre in Siria e in Ucraina.</em></p>",
        lambda k: it(k, "Vertice di Londra, nasce la “coalizione dei volenterosi”. Roma frena sulle truppe", w, ["Federico Lanzi"],
                     junk=["Leggi anche", "Foto: Ansa", "è inviato di esteri del Libeccio", "Kiev, la notte dei droni"],
                     quotes=[q("Marcello Ferrante", "sottosegretario agli Esteri"), q("Claire Dubreuil", "Eliseo"), q("Andrij Sadovyj", "Rada")],
                     note="Long content:encoded with two bold 'Leggi anche:' links, a caption '(Foto: Ansa)' and an italic bio as the last paragraph; pubDate with Italian day and month abbreviations."))
    w = d(2025, 3, 3, 15, 40, 0, o)
    add("esteri", 42018611, "serbia-proteste-studenti-belgrado-vucic", "Serbia, centomila in piazza a Belgrado: gli studenti sfidano il governo", w, "Chiara Vitali",
        "La più grande manifestazione dalla fine degli anni Novanta. Il presidente: «Non mi dimetto»",
        "<p>Belgrado. Oltre centomila persone, secondo gli organizzatori, hanno riempito ieri il centro di Belgrado nella più grande manifestazione dalla fine degli anni Novanta.</p>"
        + fig("La piazza davanti al Parlamento di Belgrado (Foto: Afp)") +
        "<p>«Chiediamo soltanto che le istituzioni funzionino», ha detto Milica Janković, portavoce del coordinamento degli studenti della facoltà di Legge.</p>"
        + la(42017950, "Chi sono gli studenti che fanno tremare Belgrado") +
        "<p>L’Unione europea ha chiesto moderazione. «Il diritto di manifestare pacificamente va rispettato», ha dichiarato Petra Šolc, portavoce della Commissione europea per l’allargamento.</p>"
        "<p>Le proteste sono iniziate a novembre dopo il crollo della pensilina della stazione di Novi Sad.</p>"
        "<p><em>Chiara Vitali segue per il Libeccio i Balcani e l’Europa orientale.</em></p>",
        lambda k: it(k, "Serbia, centomila in piazza a Belgrado: gli studenti sfidano il governo", w, ["Chiara Vitali"],
                     junk=["Leggi anche", "Foto: Afp", "segue per il Libeccio"],
                     quotes=[q("Milica Janković", "coordinamento degli studenti"), q("Petra Šolc", "Commissione europea")],
                     note="'Città. ' dateline; Italian «…» quotes."))
    w = d(2025, 3, 3, 12, 5, 0, o)
    add("esteri", 42018420, "groenlandia-elezioni-indipendenza", "Groenlandia al voto, l’indipendenza domina la campagna", w, "Redazione",
        "Si vota l’11 marzo", "<p>La Groenlandia va al voto l’11 marzo con l’indipendenza dalla Danimarca al centro della campagna.</p>",
        lambda k: it(k, "Groenlandia al voto, l’indipendenza domina la campagna", w, [], note="'Redazione' is a desk credit."))
    w = d(2025, 3, 3, 9, 0, 0, o)
    add("oroscopo", 42018300, "oroscopo-di-oggi-3-marzo", "Oroscopo di oggi, lunedì 3 marzo: Ariete in ripresa", w, "Redazione",
        "Le previsioni segno per segno", "<p>Ariete: giornata di ripresa. Toro: attenzione alle spese.</p>",
        lambda k: it(k, "Oroscopo di oggi, lunedì 3 marzo: Ariete in ripresa", w, [], story=False, rel=False, note="Horoscope."))
    w = d(2025, 3, 2, 22, 45, 0, o)
    add("sport", 42018211, "inter-atalanta-serie-a-risultato", "Inter travolge l’Atalanta e allunga in vetta", w, "Matteo Cerri",
        "Tre gol a San Siro", "<p>L’Inter ha battuto l’Atalanta 3-0 a San Siro e allunga in classifica.</p>",
        lambda k: it(k, "Inter travolge l’Atalanta e allunga in vetta", w, ["Matteo Cerri"], rel=False))
    w = d(2025, 3, 2, 20, 30, 0, o)
    add("giochi", 42018190, "estrazione-lotto-superenalotto-sabato", "Estrazioni Lotto e Superenalotto di sabato 1 marzo: numeri e quote", w, "",
        "Tutti i numeri vincenti", "<p>Combinazione vincente: 7, 18, 33, 45, 61, 82. Jolly: 12.</p>",
        lambda k: it(k, "Estrazioni Lotto e Superenalotto di sabato 1 marzo: numeri e quote", w, [], story=False, rel=False, note="Lottery results."))
    channel = (f"<title>Il Libeccio - Esteri</title>\n<link>{base}/esteri</link>\n<description>Il Libeccio quotidiano</description>\n<language>it-it</language>\n<copyright>Editoriale Libeccio S.r.l.</copyright>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("it_illibeccio_esteri.rss.xml", text, items, lang="it", outlet="Il Libeccio", aliases=["Libeccio"],
                structure="Libero Quotidiano-style (Milan) daily's section RSS from a custom CMS: no indentation, CDATA titles with “…” inside, '/<sezione>/<8 digits>/<slug>.html' links as bare guids, pubDate with ITALIAN day and month abbreviations ('lun, 03 mar 2025'), CDATA dc:creator AFTER pubDate holding a person, 'Redazione' or nothing, CDATA catenaccio descriptions without final stop, LONG content:encoded bodies (7–9 blocks) with bold 'Leggi anche: <link>' paragraphs, <span class=didascalia> captions ending '(Foto: Ansa)', «…» quotes from three speakers ('ha detto Nome, sottosegretario …') and an italic bio, a horoscope and lottery results, S.r.l. copyright, +0100 dates in March 2025")


# ---------------------------------------------------------------- HuffPost Italia-style (GEDI) section RSS
def controvento():
    rows, items = [], []
    base = "https://www.controvento.example"

    def add(sec, nid, slug, title, when, creator, desc, exp):
        url = f"{base}/{sec}/{when:%Y/%m/%d}/news/{slug}-{nid}/"
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{esc(desc)}</description>\n      <pubDate>{rfc822(when)}</pubDate>\n"
                    f"      <guid isPermaLink=\"true\">{url}</guid>\n      <dc:creator>{esc(creator)}</dc:creator>\n    </item>")
        items.append(exp(url))

    o = 2
    w = d(2025, 6, 23, 18, 20, 0, o)
    add("esteri", 19412233, "iran-stretto-hormuz-parlamento-chiusura", "L’Iran minaccia Hormuz, il petrolio vola. L’Ue: “Evitare l’escalation”", w, "di Giulia Mastrangelo",
        "Il Parlamento di Teheran approva la chiusura dello Stretto, l’ultima parola al Consiglio supremo. «Una mossa che danneggerebbe soprattutto l’Iran», dice Luca Sartori, analista dell’Istituto per gli studi di politica internazionale",
        lambda k: it(k, "L’Iran minaccia Hormuz, il petrolio vola. L’Ue: “Evitare l’escalation”", w, ["Giulia Mastrangelo"], quotes=[q("Luca Sartori", "Istituto per gli studi di politica internazionale")],
                     note="dc:creator with the Italian 'di ' prefix ('di Nome Cognome')."))
    w = d(2025, 6, 23, 15, 0, 0, o)
    add("esteri", 19411987, "nato-vertice-aja-spesa-cinque-per-cento-spagna", "Vertice Nato all’Aja, la Spagna chiede un’eccezione sul 5%", w, "di Alessandro Ruggeri",
        "Madrid non vuole vincolarsi al nuovo obiettivo di spesa. Il segretario generale cerca un compromesso",
        lambda k: it(k, "Vertice Nato all’Aja, la Spagna chiede un’eccezione sul 5%", w, ["Alessandro Ruggeri"]))
    w = d(2025, 6, 23, 12, 40, 0, o)
    add("esteri", 19411702, "sudan-el-fasher-assedio-onu-appello", "Sudan, l’Onu: “El Fasher è allo stremo”", w, "di Redazione",
        "Appello delle agenzie umanitarie per una tregua che permetta l’ingresso degli aiuti",
        lambda k: it(k, "Sudan, l’Onu: “El Fasher è allo stremo”", w, [], note="'di Redazione' is a desk credit with the 'di ' prefix."))
    w = d(2025, 6, 23, 10, 0, 0, o)
    add("blog", 19411510, "il-silenzio-europeo-sul-medio-oriente", "Il silenzio europeo sul Medio Oriente", w, "di Tommaso Ardizzone*",
        "L’Europa rischia di essere spettatrice. *Docente di relazioni internazionali",
        lambda k: it(k, "Il silenzio europeo sul Medio Oriente", w, ["Tommaso Ardizzone"], note="Opinion blog; author name with an asterisk pointing to a bio."))
    w = d(2025, 6, 22, 19, 0, 0, o)
    add("podcast", 19411222, "controvento-podcast-la-settimana", "Controvento Podcast – La settimana in 20 minuti", w, "di Controvento",
        "Ascolta la nuova puntata",
        lambda k: it(k, "Controvento Podcast – La settimana in 20 minuti", w, [], story=False, rel=False, note="Podcast episode; the brand as credit."))
    w = d(2025, 6, 22, 16, 30, 0, o)
    add("cultura", 19411100, "biennale-architettura-venezia-visitatori", "Biennale Architettura, boom di visitatori nel primo mese", w, "di Sara Bellini",
        "Oltre 200mila ingressi in quattro settimane",
        lambda k: it(k, "Biennale Architettura, boom di visitatori nel primo mese", w, ["Sara Bellini"], rel=False))
    channel = (f"    <title>Controvento - Esteri</title>\n    <link>{base}/esteri/</link>\n    <description>Controvento</description>\n    <language>it</language>\n"
               f"    <lastBuildDate>{rfc822(d(2025, 6, 23, 18, 25, 0, o))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n' + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n"
    return feed("it_controvento_esteri.rss.xml", text, items, lang="it", outlet="Controvento",
                structure="HuffPost Italia-style (Rome, GEDI network) section RSS: two-space nesting, channel 'Brand - Esteri', '/<sezione>/YYYY/MM/DD/news/<slug>-<8 digits>/' permalink guids, dc:creator LAST holding 'di Nome Cognome' (with the Italian 'di ' prefix), 'di Redazione', 'di Brand' or 'di Nome Cognome*' (asterisk for a guest's bio), escaped plain descriptions without final stop, titles with “…” quoted speech after a colon, «…» quotes in the description, an opinion blog, a podcast, +0200 dates in June 2025")


# ---------------------------------------------------------------- Terra-style (São Paulo) portal, long bodies with 'Leia também'
def tropico():
    rows, items = [], []
    base = "https://www.tropico.example"

    def add(sec, slug, hexid, title, when, creator, desc, body, exp):
        url = f"{base}/noticias/{sec}/{slug},{hexid}.html"
        cr = f"\n      <dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        rows.append(f"    <item>\n      <title>{cd(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"false\">{hexid}</guid>\n      <description>{cd(desc)}</description>{cr}\n"
                    f"      <pubDate>{rfc822(when)}</pubDate>\n      <content:encoded>{cd(body)}</content:encoded>\n    </item>")
        items.append(exp(hexid))

    def lt(*heads):
        return "<div class=\"leia-tambem\"><p><strong>Leia também</strong></p>" + "".join(f"<p><a href=\"{base}/noticias/mundo/{i}.html\">{h}</a></p>" for i, h in enumerate(heads)) + "</div>"

    def fig(cap):
        return f"<figure><img src=\"https://p2.tropico.example/img/x.jpg\" alt=\"\"/><figcaption>{cap}</figcaption></figure>"

    o = -3
    w = d(2025, 11, 18, 20, 5, 0, o)
    add("mundo", "cop30-belem-negociadores-rascunho-texto-final-combustiveis", "a3f9c1e0d7b24e1f8a5c6b7d8e9f0a1b2c3d4e5f", "COP30: rascunho do texto final divide países sobre combustíveis fósseis", w, "Estadão Conteúdo",
        "Documento apresentado pela presidência brasileira em Belém não menciona prazo para abandono do petróleo; europeus e ilhas pressionam",
        "<p>A presidência brasileira da COP30 apresentou na noite desta terça-feira, 18, em Belém, o primeiro rascunho do texto final da conferência, e o documento já enfrenta resistência de blocos importantes.</p>"
        + fig("Delegados no pavilhão principal da COP30, em Belém (PA) | Foto: Wilton Júnior/Estadão") +
        "<p>O texto fala em “transição justa” mas não menciona prazo para o abandono dos combustíveis fósseis. “Sem um roteiro com datas, isso é uma carta de intenções”, afirmou a negociadora-chefe de Tuvalu, Losana Tefuia.</p>"
        + lt("COP30: o que está em jogo na reta final da conferência", "Fundo para florestas tropicais recebe novos aportes") +
        "<p>A União Europeia também cobrou mais ambição. “Viemos a Belém para sair com um compromisso claro, não com uma nota de rodapé”, disse o comissário europeu para o Clima, Henrik Aalbers, em entrevista coletiva.</p>"
        "<p>Já o Itamaraty defendeu o equilíbrio do texto. “O rascunho reflete o que é possível entre 190 países, e não o que cada um gostaria”, declarou o embaixador Rodrigo Vasconcellos, negociador do Brasil.</p>"
        "<p>Os países produtores de petróleo, liderados pela Arábia Saudita, rejeitam qualquer menção a prazos.</p>"
        "<p>A conferência está prevista para terminar na sexta-feira, 21, mas pode ser prorrogada.</p>"
        "<p><em>Com informações da Agência Brasil e da EFE.</em></p>",
        lambda k: it(k, "COP30: rascunho do texto final divide países sobre combustíveis fósseis", w, ["Estadão Conteúdo"],
                     junk=["Leia também", "Foto: Wilton Júnior/Estadão", "Com informações da Agência Brasil", "COP30: o que está em jogo na reta final"],
                     quotes=[q("Losana Tefuia", "Tuvalu"), q("Henrik Aalbers", "comissário europeu para o Clima"), q("Rodrigo Vasconcellos", "Itamaraty")],
                     note="Agency content ('Estadão Conteúdo') as dc:creator: [] and the agency both acceptable. [] is also correct. Long body with a 'Leia também' block, a '| Foto:' caption credit and an italic agencies line."))
    w = d(2025, 11, 18, 16, 30, 0, o)
    add("mundo", "brasil-eua-tarifas-negociacao-washington-carne-cafe", "b7e2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8", "Brasil e EUA retomam negociação sobre tarifas; carne e café na mesa", w, "Marina Toledo",
        "Missão brasileira em Washington tenta reduzir sobretaxa de 40% sobre produtos brasileiros",
        "<p>Uma missão do governo brasileiro retomou nesta terça-feira, em Washington, as negociações com o Escritório do Representante Comercial dos Estados Unidos sobre as tarifas impostas a produtos brasileiros.</p>"
        + fig("Fachada do Departamento de Comércio em Washington | Foto: Reuters/Kevin Lamarque") +
        "<p>“Estamos otimistas, mas não ingênuos”, disse o secretário de Comércio Exterior, Otávio Ramires, ao sair da reunião.</p>"
        + lt("Tarifaço: quais produtos brasileiros foram mais afetados") +
        "<p>Exportadores de café e carne bovina são os mais prejudicados. “Cada semana de sobretaxa custa contratos que não voltam”, afirmou Luciana Prado, diretora da Associação Brasileira dos Exportadores de Carne.</p>"
        "<p>Uma nova rodada está prevista para dezembro.</p>"
        "<p><em>Marina Toledo é repórter do Trópico em Brasília e cobre política externa e comércio.</em></p>",
        lambda k: it(k, "Brasil e EUA retomam negociação sobre tarifas; carne e café na mesa", w, ["Marina Toledo"],
                     junk=["Leia também", "Foto: Reuters/Kevin Lamarque", "é repórter do Trópico"],
                     quotes=[q("Otávio Ramires", "secretário de Comércio Exterior"), q("Luciana Prado", "Associação Brasileira dos Exportadores de Carne")],
                     note="Speaker after the quote with the role first ('disse o secretário …, Nome'); italic bio at the end."))
    w = d(2025, 11, 18, 13, 10, 0, o)
    add("mundo", "chile-segundo-turno-candidatos-debate", "c1d3e5f7a9b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9", "Chile: candidatos ao segundo turno trocam acusações em primeiro debate", w, "EFE",
        "Eleição presidencial será decidida em 14 de dezembro",
        "<p>Os dois candidatos que disputam o segundo turno da eleição presidencial chilena trocaram acusações no primeiro debate televisionado, na noite de segunda-feira, em Santiago.</p>",
        lambda k: it(k, "Chile: candidatos ao segundo turno trocam acusações em primeiro debate", w, ["EFE"], note="Agency as the only credit. [] is also correct"))
    w = d(2025, 11, 18, 10, 0, 0, o)
    add("loterias", "mega-sena-concurso-resultado-terca", "d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0", "Mega-Sena: veja os números sorteados nesta terça", w, "",
        "Prêmio acumulado é de R$ 45 milhões",
        "<p>Dezenas sorteadas: 04 - 17 - 22 - 38 - 49 - 55.</p>",
        lambda k: it(k, "Mega-Sena: veja os números sorteados nesta terça", w, [], story=False, rel=False, note="Lottery results."))
    w = d(2025, 11, 17, 23, 0, 0, o)
    add("esportes", "flamengo-vence-e-segue-lider-brasileirao", "e3f5a7b9c1d3e5f7a9b1c3d5e7f9a1b3c5d7e9f1", "Flamengo vence e segue líder do Brasileirão", w, "Trópico Esportes",
        "Rubro-negro abre quatro pontos de vantagem",
        "<p>O Flamengo venceu por 2 a 0 no Maracanã e abriu quatro pontos de vantagem na liderança.</p>",
        lambda k: it(k, "Flamengo vence e segue líder do Brasileirão", w, [], rel=False, note="Sport; desk credit."))
    w = d(2025, 11, 17, 19, 30, 0, o)
    add("entretenimento", "novela-das-nove-final-audiencia", "f4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2", "Final da novela das nove bate recorde de audiência", w, "Carla Menezes",
        "Último capítulo foi o mais visto do ano",
        "<p>O último capítulo da novela das nove registrou a maior audiência do ano na Grande São Paulo.</p>",
        lambda k: it(k, "Final da novela das nove bate recorde de audiência", w, ["Carla Menezes"], rel=False))
    channel = (f"    <title>Trópico - Mundo</title>\n    <link>{base}/noticias/mundo/</link>\n    <description>Notícias do mundo no Trópico</description>\n    <language>pt-BR</language>\n"
               f"    <copyright>Trópico Networks Brasil Ltda.</copyright>\n    <lastBuildDate>{rfc822(d(2025, 11, 18, 20, 10, 0, o))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + NS_ALL + ">\n  <channel>\n" + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n"
    return feed("pt_br_tropico_mundo.rss.xml", text, items, lang="pt", outlet="Trópico", aliases=["Tropico"],
                structure="Terra-style (São Paulo) portal's section RSS from a custom CMS: '/noticias/<seção>/<slug>,<40-hex id>.html' links with the bare 40-hex id as non-permalink guid, CDATA titles and linha-fina descriptions without final stop, CDATA dc:creator holding a syndication partner ('Estadão Conteúdo', 'EFE'), a person, a sports desk or nothing, LONG content:encoded bodies (6–9 blocks) with <figure> captions 'Texto | Foto: NAME/Agência', a <div class=leia-tambem> block with a bold 'Leia também' heading and links, “…” quotes from three speakers ('afirmou a negociadora-chefe de Tuvalu, Nome'), an italic 'Com informações da …' agencies line or author bio, Mega-Sena results, Ltda. copyright, -0300 dates in November 2025 (COP30 in Belém as the setting)")


# ---------------------------------------------------------------- TSF-style (Lisbon) news radio RSS
def onda():
    rows, items = [], []
    base = "https://www.ondanoticias.example"

    def add(sec, slug, nid, title, when, creator, desc, exp):
        url = f"{base}/{sec}/{slug}-{nid}.html"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description>{cr}<pubDate>{utc0(when)}</pubDate><guid isPermaLink=\"true\">{url}</guid></item>")
        items.append(exp(url))

    o = 0
    w = d(2025, 2, 24, 19, 40, 0, o)
    add("mundo/europa", "tres-anos-guerra-ucrania-lideres-europeus-kiev", 17820441, "Três anos de guerra: líderes europeus em Kiev prometem mais apoio", w, "Rita Sarmento com Lusa",
        "Uma dezena de líderes europeus assinalou em Kiev o terceiro aniversário da invasão russa. \"A Europa não vai desviar o olhar\", disse a presidente da Comissão Europeia.",
        lambda k: it(k, "Três anos de guerra: líderes europeus em Kiev prometem mais apoio", w, ["Rita Sarmento"], junk=["com Lusa"], note="Credit 'Nome com Lusa': the person is the author, the agency is not. Real institution head only as a setting; anonymous by name."))
    w = d(2025, 2, 24, 16, 15, 0, o)
    add("mundo/europa", "alemanha-eleicoes-cdu-coligacao-reacoes-lisboa", 17820210, "Eleições na Alemanha: Lisboa espera governo \"rápido e estável\" em Berlim", w, "Lusa",
        "O ministro dos Negócios Estrangeiros português disse esperar que a formação do novo governo alemão seja rápida.",
        lambda k: it(k, "Eleições na Alemanha: Lisboa espera governo \"rápido e estável\" em Berlim", w, ["Lusa"], note="Agency as the only credit. [] is also correct"))
    w = d(2025, 2, 24, 13, 0, 0, o)
    add("mundo/africa", "mocambique-cabo-delgado-ataques-deslocados", 17819988, "Moçambique: novos ataques em Cabo Delgado fazem milhares de deslocados", w, "Joaquim Matola",
        "Segundo a Organização Internacional para as Migrações, mais de 8 mil pessoas fugiram das suas aldeias na última semana.",
        lambda k: it(k, "Moçambique: novos ataques em Cabo Delgado fazem milhares de deslocados", w, ["Joaquim Matola"]))
    w = d(2025, 2, 24, 10, 30, 0, o)
    add("podcasts/o-mundo-agora", "o-mundo-agora-24-fevereiro", 17819760, "O Mundo Agora - 24 de fevereiro", w, "",
        "Ouça aqui o episódio de hoje.",
        lambda k: it(k, "O Mundo Agora - 24 de fevereiro", w, [], story=False, rel=False, note="Radio podcast episode."))
    w = d(2025, 2, 24, 8, 0, 0, o)
    add("desporto", "benfica-porto-classico-arbitro", 17819602, "Clássico: Benfica-FC Porto com árbitro escolhido", w, "Onda Desporto",
        "O Conselho de Arbitragem nomeou o juiz para o jogo de domingo na Luz.",
        lambda k: it(k, "Clássico: Benfica-FC Porto com árbitro escolhido", w, [], rel=False, note="Sport; desk credit."))
    w = d(2025, 2, 23, 21, 15, 0, o)
    add("sociedade", "greve-cp-comboios-supressoes-segunda", 17819450, "Greve na CP: comboios suprimidos na segunda-feira", w, "Onda",
        "Os trabalhadores da CP cumprem greve entre as 00h00 e as 24h00.",
        lambda k: it(k, "Greve na CP: comboios suprimidos na segunda-feira", w, [], rel=False, note="Domestic service news; the brand as credit."))
    channel = (f"<title>Onda Notícias | Mundo</title><link>{base}/mundo</link><description>Onda Notícias - rádio de informação</description><language>pt-PT</language>"
               f"<copyright>Onda, Rádio Notícias S.A.</copyright><lastBuildDate>{utc0(d(2025, 2, 24, 19, 45, 0, o))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("pt_pt_ondanoticias_mundo.rss.xml", text, items, lang="pt", outlet="Onda Notícias", aliases=["Onda", "Onda Noticias"],
                structure="TSF-style (Lisbon) news radio's RSS from a custom CMS: channel elements on one line, each item on ONE line, channel 'Brand | Mundo', '/<secção>/<subsecção>/<slug>-<8 digits>.html' permalink guids LAST, dc:creator holding 'Nome com Lusa', 'Lusa', a person, 'Brand Desporto', the brand or nothing, plain descriptions with straight double quotes (also in a title, escaped nowhere), a radio podcast episode, +0000 dates (Lisbon winter time) in February 2025")


FEEDS = [isarpost, blitz24, domblick, libeccio, controvento, tropico, onda]
