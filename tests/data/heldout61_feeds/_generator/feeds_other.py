# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu feeds of the sixty-first held-out set (2025–26)."""
from feeds_en import TL, _wp
from h61 import d, doc, el, feed, httpdate, it, q

T = lambda title, authors=(), **k: it("", title, None, authors, **k)


def jena():
    B = "https://saale-kurier.example/"
    rows = [
        (41207, d(2025, 1, 8, 17, 30, 0, 1), ["Anne Krüger"], ["Welt"],
         "<p><strong>Shigatse/Jena.</strong> Nach dem schweren Erdbeben in Tibet ist die Zahl der Toten auf mehr als 120 gestiegen. Tausende Menschen verbrachten die Nacht bei zweistelligen Minusgraden im Freien.</p>\n<p>„Viele Häuser in den Dörfern sind aus Lehm gebaut und einfach in sich zusammengefallen“, sagte Jana Riedel vom Jenaer Verein Tibethilfe Thüringen, der seit Jahren Schulen in der Region unterstützt. „Jetzt brauchen die Menschen Zelte und Decken.“</p>",
         T("Erdbeben in Tibet: Mehr als 120 Tote", ["Anne Krüger"], quotes=[q("Jana Riedel", "Tibethilfe Thüringen")], note="Regel D: tödliches Erdbeben im Ausland: relevant. Das Zitat setzt sich ohne neue Zuschreibung fort.")),
        (41199, d(2025, 1, 7, 12, 15, 0, 1), ["Anne Krüger", "Paul Seidel"], ["Welt", "Jena"],
         "<p>Eine Studentin der Friedrich-Schiller-Universität ist bei Protesten in Tiflis festgenommen worden. Die 24-Jährige sitzt seit Samstag in Gewahrsam.</p>\n<p>„Wir stehen mit den georgischen Behörden in Kontakt und setzen uns für eine rasche Freilassung ein“, sagte eine Sprecherin des Auswärtigen Amts in Berlin.</p>",
         T("Jenaer Studentin in Georgien festgenommen – Auswärtiges Amt fordert Freilassung", ["Anne Krüger", "Paul Seidel"], quotes=[q("eine Sprecherin des Auswärtigen Amts")], note="Regel C(a): von einem fremden Staat festgehalten: relevant. Anonyme Sprecherin mit ganzem Satz: so wie beschrieben.")),
        (41188, d(2025, 1, 6, 9, 45, 0, 1), ["Paul Seidel"], ["Wirtschaft", "Welt"],
         "<p>Die Jenaer Optikbranche blickt mit Sorge nach Washington: Die neue US-Regierung hat Zölle auf Importe aus der EU angekündigt.</p>\n<p>„Wenn Washington Ernst macht, trifft das unsere Exporte direkt“, sagte Tobias Lange, Geschäftsführer der Jenaer Optronik GmbH. Rund 40 Prozent des Umsatzes gehen in die USA.</p>",
         T("Angekündigte US-Zölle: Jenaer Optikfirmen fürchten um ihr Amerika-Geschäft", ["Paul Seidel"], quotes=[q("Tobias Lange", "Jenaer Optronik GmbH")], note="Handelspolitik USA–EU: relevant.")),
        (41180, d(2025, 1, 5, 19, 0, 0, 1), ["Redaktion"], ["Welt", "Thüringen"],
         "<p>Bei einem Busunfall auf Teneriffa sind am Samstag vier Urlauber aus Thüringen leicht verletzt worden. Der Bus war auf einer Serpentinenstraße ins Schleudern geraten. (dpa)</p>",
         T("Thüringer Urlauber bei Busunfall auf Teneriffa leicht verletzt", [], rel=False, junk=["(dpa)"], note="Regel C: privater Unfall im Ausland: nicht relevant. 'Redaktion' ist keine Person.")),
        (41172, d(2025, 1, 4, 11, 20, 0, 1), ["Maximilian Voigt"], ["Jena"],
         "<p>Der Stadtrat hat den Bau eines Parkhauses am Inselplatz beschlossen. „Die Innenstadt braucht diese Stellplätze“, sagte Baudezernentin Ulrike Hartmann.</p>",
         T("Stadtrat beschließt Parkhaus am Inselplatz", ["Maximilian Voigt"], rel=False, quotes=[q("Ulrike Hartmann", "Baudezernentin")], note="Lokales: nicht relevant.")),
        (41165, d(2025, 1, 3, 6, 0, 0, 1), ["Saale-Kurier"], ["Newsletter"],
         "<p>Der Saale-Kurier am Morgen: die wichtigsten Nachrichten aus Jena und der Welt, montags bis samstags um 6 Uhr. Jetzt kostenlos abonnieren.</p>",
         T("Newsletter: Der Saale-Kurier am Morgen", [], story=False, rel=False, note="Newsletter-Werbung: keine Meldung.")),
    ]
    return _wp(B, rows, "Welt – Saale-Kurier", "Nachrichten aus Jena, Thüringen und der Welt", "de-DE", d(2025, 1, 8, 17, 35, 0, 1), "6.7.1",
               "de_th_saalekurier_welt_wp67.rss.xml", "Saale-Kurier",
               "Jena (Thüringen) Lokalzeitung, WordPress 6.7.1 (2025) Kategorie-Feed 'Welt – Outlet': zwei dc:creator für Koautoren, 'Redaktion' als Autor, '<strong>Ort.</strong>'-Spitzmarke, '(dpa)'-Kürzel, Newsletter-Werbung.",
               "Home country: Germany.", sub="welt/", flang="de")


def passau():
    B = "https://www.dreifluesse-zeitung.example"
    rows = [
        (30412, "ausland/mosambik-ueberschwemmungen-60-tote", "Überschwemmungen in Mosambik: Mindestens 60 Tote", d(2026, 3, 18, 16, 40, 0, 1), "dpa",
         "<p>Maputo. Nach tagelangem Starkregen sind im Norden Mosambiks mindestens 60 Menschen ums Leben gekommen. Mehr als 30.000 Menschen mussten ihre Häuser verlassen, teilte die Katastrophenschutzbehörde mit. (dpa)</p>",
         dict(authors=[], junk=["(dpa)"], note="Regel D: tödliche Naturkatastrophe im Ausland: relevant. 'dpa' ist keine Person.")),
        (30405, "ausland/niederbayer-in-mexiko-entfuehrt", "Niederbayer in Mexiko entführt – Familie bangt", d(2026, 3, 17, 19, 5, 0, 1), "Von Stefanie Gruber",
         "<p>Ein 52-jähriger Unternehmer aus dem Landkreis Passau ist im mexikanischen Bundesstaat Guanajuato entführt worden. Das Auswärtige Amt hat einen Krisenstab eingerichtet.</p><p>„Wir hoffen und beten jeden Tag“, sagte der Bruder des Entführten, Florian Wimmer, der Dreiflüsse-Zeitung.</p>",
         dict(authors=["Stefanie Gruber"], quotes=[q("Florian Wimmer")], note="Regel C(a)/(b): Entführung im Ausland, Krisenstab: relevant. 'der Dreiflüsse-Zeitung' ist Publikum, nicht Teil des Sprechers.")),
        (30398, "region/bayern-tschechien-gemeinsame-rettungsleitstelle", "Bayern und Tschechien vereinbaren gemeinsame Rettungsleitstelle", d(2026, 3, 16, 11, 30, 0, 1), "Von Stefanie Gruber und Jan Novák",
         "<p>Freyung. Rettungswagen aus Bayern und Tschechien sollen im Böhmerwald künftig von einer gemeinsamen Leitstelle alarmiert werden. Das sieht ein Staatsvertrag vor, den beide Seiten am Montag unterzeichnet haben.</p><p>„Für einen Herzinfarkt ist die Grenze egal“, sagte Landrat Georg Hainz (CSU).</p>",
         dict(authors=["Stefanie Gruber", "Jan Novák"], quotes=[q("Georg Hainz", "Landrat")], note="Grenzüberschreitender Staatsvertrag: relevant. 'Von A und B': zwei Personen.")),
        (30391, "region/grenzkontrollen-pendler-schaerding", "Neue Kontrollen an der Innbrücke: Pendler stehen im Stau", d(2026, 3, 15, 8, 15, 0, 1), "Von Markus Pledl",
         "<p>Seit Österreich die Kontrollen an der Grenze zu Bayern verschärft hat, stauen sich morgens die Autos auf der Innbrücke.</p><p>„Ich stehe jeden Morgen zwanzig Minuten länger“, sagt Pendlerin Martina Huber aus Schärding.</p>",
         dict(authors=["Markus Pledl"], quotes=[q("Martina Huber")], note="Grenzkontrollen Österreichs (Regierungshandeln zwischen zwei Staaten): relevant. 'Pendlerin' ist keine Zugehörigkeit.")),
        (30384, "passau/fruehjahrsdult-eroeffnung", "Frühjahrsdult öffnet am Samstag", d(2026, 3, 14, 10, 0, 0, 1), "Von Markus Pledl",
         "<p>Mit dem Bieranstich um 17 Uhr beginnt die Frühjahrsdult auf dem Messegelände.</p>",
         dict(authors=["Markus Pledl"], story=False, rel=False, note="Ankündigung eines Volksfests (Festname im Titel, Beginn in den nächsten Tagen): keine Meldung (README: festival notices); nicht relevant.")),
        (30380, "bildergalerie/starkbierfest-grubweg", "Bildergalerie: Starkbierfest in Grubweg", d(2026, 3, 13, 22, 0, 0, 1), "Fotos: Tobias Reiter",
         "<p>Die schönsten Bilder vom Starkbierfest. Fotos: Tobias Reiter</p>",
         dict(authors=[], story=False, rel=False, junk=["Fotos: Tobias Reiter"], note="Bildergalerie: keine Meldung.")),
    ]
    items, exp = [], []
    for nid, path, title, date, by, body, kw in rows:
        link = f"{B}/{path}"
        desc = body + f'<p><a href="{link}" hreflang="de">Weiterlesen</a></p>'
        items.append([el("title", title), el("link", link), el("description", desc), el("pubDate", date.strftime("%a, %d %b %Y %H:%M:%S +0100")),
                      el("dc:creator", by), f'<guid isPermaLink="false">{nid} at {B}</guid>'])
        kw.setdefault("junk", []).append("Weiterlesen")
        exp.append(it(f"{nid} at {B}", title, date, **kw))
    ch = [el("title", "Ausland | Dreiflüsse-Zeitung"), el("link", f"{B}/ausland"), el("description", "Nachrichten aus aller Welt"), el("language", "de")]
    text = doc(ch, items, ns=("dc",), extra_root=f' xml:base="{B}/ausland"')
    return feed("de_by_dreifluessezeitung_ausland_drupal10.rss.xml", text, exp, lang="de", outlet="Dreiflüsse-Zeitung",
                structure="Passau (Niederbayern) Tageszeitung, Drupal 10 Views-Feed (2026): 'Ausland | Outlet', HTML-Teaser mit 'Weiterlesen'-Link, '<nid> at <base>'-guids, 'Von A und B' und 'dpa' in dc:creator, +0100-Daten, 'Ort.'-Spitzmarken, Bildergalerie mit Fotocredit; Regionales im Ausland-Feed.",
                notes="Home country: Germany.")


def steyr():
    B = "https://steyrer-rundschau.example"
    rows = [
        ("6902e1f35c1a8d0001b7f4a2", "hurrikan-melissa-steyrer-helfer-jamaika", "Hurrikan Melissa: Steyrer Helfer fliegen nach Jamaika", d(2025, 10, 31, 15, 20, 0, 1), "Lena Huber",
         "<p>Nach dem verheerenden Hurrikan Melissa mit Dutzenden Toten schickt der Steyrer Verein Ennstal hilft ein Team mit Wasseraufbereitungsanlagen in den Westen Jamaikas.</p><p>„Sauberes Wasser ist jetzt das Wichtigste, sonst drohen Seuchen“, sagt Einsatzleiterin Petra Aigner vom Verein Ennstal hilft.</p>",
         dict(authors=["Lena Huber"], quotes=[q("Petra Aigner", "Ennstal hilft")], note="Regel D: tödlicher Hurrikan im Ausland mit ausländischer Hilfe: relevant.")),
        ("68fe0b775c1a8d0001b7f46c", "madagaskar-oesterreicher-ausgeflogen", "Unruhen in Madagaskar: Österreicher ausgeflogen", d(2025, 10, 14, 18, 45, 0, 2), "Lena Huber, Markus Eder",
         "<p>Nach der Machtübernahme des Militärs in Madagaskar hat das Außenministerium 14 Österreicherinnen und Österreicher aus Antananarivo ausfliegen lassen, darunter ein Ehepaar aus Sierning.</p><p>„Die Lage in der Hauptstadt war zuletzt sehr angespannt, daher haben wir rasch gehandelt“, sagte ein Sprecher des Außenministeriums in Wien.</p>",
         dict(authors=["Lena Huber", "Markus Eder"], quotes=[q("ein Sprecher des Außenministeriums")], note="Regel C(b)/(c): Evakuierung nach einem Putsch: relevant. Ghost: zwei Autoren mit ', ' in einem dc:creator.")),
        ("68fc99015c1a8d0001b7f431", "bmw-werk-steyr-china-flaute", "BMW-Werk Steyr spürt schwache Nachfrage aus China", d(2025, 10, 12, 10, 0, 0, 2), "Markus Eder",
         "<p>Im Motorenwerk in Steyr wird im November an vier Tagen nicht produziert.</p><p>„Die Nachfrage aus China ist deutlich schwächer als geplant“, sagte Kurt Reisinger, Betriebsratsvorsitzender im BMW-Werk Steyr.</p>",
         dict(authors=["Markus Eder"], rel=False, quotes=[q("Kurt Reisinger", "BMW-Werk Steyr")], note="Heimische Wirtschaft, kein Regierungshandeln: nicht relevant.")),
        ("68fb40c25c1a8d0001b7f40e", "steyrerin-sturz-kroatien", "Steyrerin bei Sturz in Kroatien schwer verletzt", d(2025, 10, 10, 20, 30, 0, 2), "Rundschau-Redaktion",
         "<p>Eine 61-jährige Steyrerin ist bei einer Wanderung auf der Insel Krk gestürzt und wurde mit dem Hubschrauber nach Rijeka geflogen.</p>",
         dict(authors=[], rel=False, note="Regel C: privater Unfall im Ausland: nicht relevant.")),
        ("68fa22a85c1a8d0001b7f3e9", "gewinnspiel-stadtfest-karten", "Gewinnspiel: 3 x 2 Karten für das Steyrer Stadtfest", d(2025, 10, 9, 9, 0, 0, 2), "Steyrer Rundschau",
         "<p>Wir verlosen Karten. Teilnahmeschluss ist der 15. Oktober.</p>",
         dict(authors=[], story=False, rel=False, note="Gewinnspiel: keine Meldung.")),
        ("68f8d0145c1a8d0001b7f3c2", "podcast-steyr-am-ohr-folge-31", "Podcast „Steyr am Ohr“, Folge 31: Die Zukunft der Ennsleite", d(2025, 10, 8, 7, 0, 0, 2), "Steyrer Rundschau",
         "<p>Neue Folge unseres Stadtpodcasts. Jetzt überall, wo es Podcasts gibt.</p>",
         dict(authors=[], story=False, rel=False, note="Podcast: keine Meldung.")),
    ]
    items, exp = [], []
    for gid, slug, title, date, by, body, kw in rows:
        link = f"{B}/{slug}/"
        first = body.split("</p>")[0].replace("<p>", "")
        items.append([el("title", title, "cd"), el("description", first, "cd"), el("link", link), f'<guid isPermaLink="false">{gid}</guid>',
                      el("dc:creator", by, "cd"), el("pubDate", httpdate(date)), f'<media:content url="{B}/content/images/2025/10/{slug[:10]}.webp" medium="image"/>',
                      el("content:encoded", body, "cd")])
        exp.append(it(gid, title, date, **kw))
    ch = [el("title", "Steyrer Rundschau", "cd"), el("description", "Unabhängig. Aus Steyr, für Steyr und die Welt.", "cd"), el("link", B + "/"),
          el("generator", "Ghost 5.115"), el("lastBuildDate", httpdate(d(2025, 10, 31, 15, 25, 0, 1))), f'<atom:link href="{B}/rss/" rel="self" type="application/rss+xml"/>', el("ttl", "60")]
    return feed("de_at_steyrerrundschau_alle_ghost5.rss.xml", doc(ch, items, ns=("dc", "content", "atom", "media")), exp, lang="de", outlet="Steyrer Rundschau",
                structure="Steyr (Oberösterreich) unabhängiges Online-Medium, Ghost 5 (2025), Site-Feed: CDATA-Titel, 24-hex-guids, 'A, B' in einem dc:creator, GMT-Daten über die Zeitumstellung, Gewinnspiel und Podcast.",
                notes="Home country: Austria.")


def pordenone():
    B = "https://www.ilnoncello.example/"
    rows = [
        (118842, d(2025, 11, 6, 18, 10, 0, 1), ["Chiara Zanin"], ["Esteri"],
         "<p>Sale a oltre cento il bilancio delle vittime del tifone Kalmaegi nelle Filippine centrali, dove decine di migliaia di persone hanno dovuto lasciare le case.</p>\n<p>«Le acque sono salite in pochi minuti, la gente è fuggita sui tetti», ha raccontato Maria Santos, volontaria della Croce Rossa filippina a Cebu.</p>",
         T("Filippine, il tifone Kalmaegi fa oltre cento morti", ["Chiara Zanin"], quotes=[q("Maria Santos", "Croce Rossa filippina")], note="Regola D: catastrofe naturale mortale all'estero: rilevante.")),
        (118835, d(2025, 11, 5, 12, 40, 0, 1), ["Chiara Zanin", "Matteo Del Ben"], ["Esteri", "Pordenone"],
         "<p>Un tecnico di Sacile di 47 anni è detenuto da tre settimane a Caracas. La Farnesina segue il caso e ha chiesto l'accesso consolare.</p>\n<p>La sorella, Elisa Bortolin: «Non sappiamo nemmeno dove lo tengono. Chiediamo solo di poterlo sentire».</p>",
         T("Sacilese detenuto in Venezuela, la Farnesina chiede l'accesso consolare", ["Chiara Zanin", "Matteo Del Ben"], quotes=[q("Elisa Bortolin")], note="Regola C(a): connazionale detenuto da uno Stato estero: rilevante. Citazione dopo i due punti.")),
        (118829, d(2025, 11, 4, 9, 15, 0, 1), ["Matteo Del Ben"], ["Economia", "Esteri"],
         "<p>I dazi americani al 15 per cento sugli elettrodomestici europei pesano sul distretto del Pordenonese.</p>\n<p>«Un dazio del genere cambia i conti di tutto il distretto, non solo dei grandi gruppi», ha detto Luca Pittana, segretario della Fiom di Pordenone.</p>",
         T("Dazi Usa, allarme nel distretto dell'elettrodomestico: «Export a rischio»", ["Matteo Del Ben"], quotes=[q("Luca Pittana", "Fiom di Pordenone")], note="Politica commerciale Usa–Ue: rilevante.")),
        (118821, d(2025, 11, 3, 17, 0, 0, 1), ["Redazione"], ["Pordenone", "Esteri"],
         "<p>È partito dal piazzale della Fiera il ventesimo convoglio di aiuti per Leopoli.</p>\n<p>«Portiamo generatori e coperte, l'inverno là è durissimo», spiega Giovanni Zanut, presidente dell'associazione Pordenone per l'Ucraina.</p>",
         T("Aiuti per l'Ucraina, da Pordenone parte il ventesimo convoglio", [], rel=False, quotes=[q("Giovanni Zanut", "Pordenone per l'Ucraina")], note="Vicenda estera raccontata attraverso un'associazione locale, senza azione di governi: non rilevante. 'Redazione' non è una persona.")),
        (118815, d(2025, 11, 2, 8, 0, 0, 1), ["Il Noncello"], ["Promo"],
         "<p>Sfoglia Il Noncello digitale ogni mattina dalle 6: il primo mese a 1 euro.</p>",
         T("Il Noncello digitale: il primo mese a 1 euro", [], story=False, rel=False, note="Promozione: non è una notizia.")),
        (118810, d(2025, 11, 1, 20, 30, 0, 1), ["Redazione"], ["Fotogallery"],
         "<p>Le immagini della festa di San Martino in piazza XX Settembre. Foto di Elena Furlan</p>",
         T("FOTO | La festa di San Martino in piazza XX Settembre", [], story=False, rel=False, junk=["Foto di Elena Furlan"], note="Galleria fotografica: non è una notizia.")),
    ]
    return _wp(B, rows, "Esteri Archivi - Il Noncello", "Il quotidiano online di Pordenone", "it-IT", d(2025, 11, 6, 18, 15, 0, 1), "6.6.4",
               "it_pn_ilnoncello_esteri_wp66.rss.xml", "Il Noncello",
               "Pordenone quotidiano online, WordPress 6.6.4 (2025) con titolo di categoria 'Esteri Archivi - Outlet' (Yoast): due dc:creator, 'Redazione', «» e citazione dopo i due punti, promo e galleria 'FOTO |' con credito.",
               "Home country: Italy.", sub="category/esteri/", flang="it")


def matera():
    B = "https://www.gazzettadeisassi.example"
    rows = [
        ("K7PX2QFJ4ZB5LMRDW3NH6TYCAE", "esteri/2026/04/22/kenya-alluvioni-rift-valley-35-morti/", "Kenya, alluvioni nella Rift Valley: almeno 35 morti", d(2026, 4, 22, 19, 10, 0, 2), "Redazione Esteri",
         "<p>Almeno 35 persone sono morte e oltre ventimila sono sfollate per le piogge torrenziali che da una settimana colpiscono la Rift Valley, in Kenya.</p><p>«Abbiamo perso tutto, la casa, le capre, il raccolto», racconta un sopravvissuto nel villaggio di Mai Mahiu.</p>",
         dict(authors=[], quotes=[q("un sopravvissuto")], note="Regola D: alluvione mortale all'estero: rilevante. Parlante anonimo di una frase intera: come lo descrive il testo.")),
        ("BM4T6WRY2KC8QXJDN5LH3FZAPE", "esteri/2026/04/20/cooperante-materana-liberata-mali/", "Cooperante materana liberata in Mali dopo due mesi di prigionia", d(2026, 4, 20, 14, 25, 0, 2), "di Antonella Lorusso e Donato Paolicelli",
         "<p>È libera la cooperante materana rapita a febbraio nel centro del Mali. La Farnesina ha confermato il rilascio: la donna è già a Bamako.</p><p>«È provata ma sta bene, l'abbiamo sentita al telefono», ha detto il padre, Vito Lorusso.</p>",
         dict(authors=["Antonella Lorusso", "Donato Paolicelli"], quotes=[q("Vito Lorusso")], note="Regola C(a): connazionale rapita all'estero e liberata: rilevante. 'di A e B': due persone.")),
        ("R2DN8HLX5QW3TKJF7BMC4YZPAE", "esteri/2026/04/17/ue-tunisia-accordo-migranti/", "Migranti, accordo Ue-Tunisia: Bruxelles stanzia 200 milioni", d(2026, 4, 17, 11, 0, 0, 2), "di Donato Paolicelli",
         "<p>L'Unione europea e la Tunisia hanno firmato un nuovo accordo sulla gestione dei flussi migratori.</p><p>«Serve una gestione condivisa, non scaricare il problema sui Paesi di transito», ha dichiarato Angela Mancino, eurodeputata del Pd.</p>",
         dict(authors=["Donato Paolicelli"], quotes=[q("Angela Mancino", "Pd")], note="Accordo tra Ue e Stato terzo: rilevante.")),
        ("W5JC3NQT8LR2XKDH6BMF4YZPAE", "cronaca/2026/04/15/turisti-materani-bloccati-lisbona/", "Sciopero dei controllori di volo, turisti materani bloccati a Lisbona", d(2026, 4, 15, 21, 0, 0, 2), "di Antonella Lorusso",
         "<p>Un gruppo di trenta turisti materani è bloccato da due giorni all'aeroporto di Lisbona.</p><p>«Ci hanno lasciati qui senza informazioni», dice Rocco Ditaranto, uno dei viaggiatori.</p>",
         dict(authors=["Antonella Lorusso"], rel=False, quotes=[q("Rocco Ditaranto")], note="Regola C: disagio di viaggio privato all'estero: non rilevante.")),
        ("F8HL2DWX6QC4TKJN3BMR5YZPAE", "cronaca/2026/04/07/sassi-pasqua-turisti-record/", "Sassi, a Pasqua il record di presenze: +18 per cento", d(2026, 4, 7, 10, 30, 0, 2), "di Donato Paolicelli",
         "<p>Albergatori soddisfatti per il ponte pasquale.</p><p>«Non eravamo mai arrivati a questi numeri», spiega Angela Bruno, presidente di Federalberghi Matera.</p>",
         dict(authors=["Donato Paolicelli"], rel=False, quotes=[q("Angela Bruno", "Federalberghi Matera")], note="Turismo locale: non rilevante.")),
        ("Z3QK7FNT2LW5XDJH8BMC4RYPAE", "newsletter/2026/04/05/iscriviti-buongiorno-matera/", "Buongiorno Matera, la newsletter della Gazzetta: iscriviti", d(2026, 4, 5, 7, 0, 0, 2), "Gazzetta dei Sassi",
         "<p>Ogni mattina le notizie della Basilicata e dal mondo nella tua casella di posta.</p>",
         dict(authors=[], story=False, rel=False, note="Newsletter: non è una notizia.")),
    ]
    items, exp = [], []
    for aid, path, title, date, by, body, kw in rows:
        link = f"{B}/{path}"
        first = body.split("</p>")[0].replace("<p>", "")
        items.append([el("title", title, "cd"), el("link", link), f'<guid isPermaLink="false">{aid}</guid>', el("dc:creator", by, "cd"),
                      el("description", first, "cd"), el("pubDate", httpdate(date).replace("GMT", "+0000")), el("content:encoded", body, "cd"),
                      f'<media:content type="image/jpeg" url="{B}/resizer/v2/{aid}.jpg?auth=3c1d&amp;width=1024" height="683" width="1024"/>'])
        exp.append(it(aid, title, date, **kw))
    ch = [el("title", "La Gazzetta dei Sassi"), el("link", B), f'<atom:link href="{B}/arc/outboundfeeds/rss/category/esteri/?outputType=xml" rel="self" type="application/rss+xml"/>',
          el("description", "La Gazzetta dei Sassi News Feed"), el("lastBuildDate", httpdate(d(2026, 4, 22, 19, 15, 0, 2)).replace("GMT", "+0000")), el("language", "it"),
          el("category", "Esteri"), el("copyright", "© 2026 Editrice Lucana dei Sassi S.r.l."), el("sy:updatePeriod", "hourly"), el("sy:updateFrequency", "1")]
    return feed("it_mt_gazzettadeisassi_esteri_arcxp.rss.xml", doc(ch, items, ns=("atom", "content", "dc", "sy", "media")), exp, lang="it", outlet="La Gazzetta dei Sassi",
                structure="Matera quotidiano, Arc XP outboundfeeds (2026): titolo del canale col marchio, copyright con S.r.l., id Arc da 26 caratteri, 'di A e B' in dc:creator, 'Redazione Esteri', prima frase come description, +0000, voci di cronaca e newsletter nel feed Esteri.",
                notes="Home country: Italy.")


def campinas():
    B = "https://correiocampineiro.example"
    rows = [
        ("cop30-acordo-fundo-adaptacao-belem", "COP30: países fecham acordo sobre fundo de adaptação em Belém", d(2025, 11, 22, 23, 40, 0, -3), "Por Renato Figueiredo, enviado especial a Belém",
         "Depois de duas semanas de negociação, os quase 200 países reunidos em Belém aprovaram um texto sobre financiamento para adaptação às mudanças climáticas. “O texto ficou aquém do que a ciência pede, mas evita um retrocesso”, afirmou Renata Ortiz, pesquisadora do Centro de Estudos Climáticos da Unicamp.",
         dict(authors=["Renato Figueiredo"], quotes=[q("Renata Ortiz", "Centro de Estudos Climáticos da Unicamp")], note="Negociação internacional: relevante. ', enviado especial a Belém' não faz parte do nome.")),
        ("deportados-eua-confins-campinas", "Voo com deportados dos EUA chega a Confins; três são de Campinas", d(2025, 11, 14, 19, 5, 0, -3), "Por Aline Teixeira",
         "Um voo fretado pelo governo americano pousou em Confins com 88 brasileiros deportados, entre eles três moradores de Campinas. O Itamaraty acompanhou o desembarque. — Fiquei sete meses num centro de detenção no Texas. Algemaram a gente no avião — contou Jefferson Lima, de 29 anos.",
         dict(authors=["Aline Teixeira"], quotes=[q("Jefferson Lima")], note="Regra C(a): brasileiros detidos e deportados por outro Estado, com o governo envolvido: relevante. Citação com travessão.")),
        ("tufao-fung-wong-filipinas", "Tufão Fung-wong deixa mortos e mais de 1 milhão de desalojados nas Filipinas", d(2025, 11, 10, 8, 30, 0, -3), "Da Redação, com agências",
         "O tufão Fung-wong atingiu a ilha de Luzon no domingo e obrigou mais de 1 milhão de pessoas a deixar suas casas. Ao menos quatro pessoas morreram. Com informações da Reuters e da AFP.",
         dict(authors=[], junk=["Com informações da Reuters e da AFP."], note="Regra D: desastre natural com mortos e desalojados no exterior: relevante. 'Da Redação, com agências' não é pessoa.")),
        ("campineiro-morre-afogado-cancun", "Campineiro de 34 anos morre afogado em praia de Cancún", d(2025, 11, 8, 13, 0, 0, -3), "Por Aline Teixeira",
         "Um morador do Cambuí morreu afogado em uma praia de Cancún, no México. A família tenta trazer o corpo ao Brasil e o consulado presta assistência.",
         dict(authors=["Aline Teixeira"], rel=False, note="Regra C: acidente privado no exterior com assistência consular de rotina: não relevante.")),
        ("guarani-vence-ponte-derbi", "Guarani vence a Ponte Preta no dérbi e sai do Z-4", d(2025, 11, 2, 21, 50, 0, -3), "Por Felipe Amaral",
         "Com gol nos acréscimos, o Bugre venceu por 1 a 0 no Brinco de Ouro.",
         dict(authors=["Felipe Amaral"], rel=False, note="Esporte local: não relevante.")),
        ("ao-vivo-votacao-plano-diretor", "Ao vivo: acompanhe a votação do Plano Diretor na Câmara de Campinas", d(2025, 11, 1, 9, 0, 0, -3), "Correio Campineiro",
         "Acompanhe em tempo real a sessão extraordinária.",
         dict(authors=[], story=False, rel=False, note="Página ao vivo: não é notícia. " + TL.format("Ao vivo:"))),
    ]
    items, exp = [], []
    for slug, title, date, by, desc, kw in rows:
        link = f"{B}/noticia/{date:%Y/%m}/{slug}"
        items.append([el("title", title, "cd"), el("link", link), f'<guid isPermaLink="true">{link}</guid>', el("pubDate", httpdate(date)),
                      el("dc:creator", by), el("description", desc, "cd")])
        exp.append(it(link, title, date, **kw))
    ch = [el("title", "Mundo - Correio Campineiro"), el("link", B + "/mundo"), el("description", "Notícias do Brasil e do mundo"), el("language", "pt-BR"),
          el("lastBuildDate", httpdate(d(2025, 11, 22, 23, 45, 0, -3))), el("copyright", "© 2025 Correio Campineiro Comunicação Ltda."), f'<atom:link href="{B}/api/rss/mundo" rel="self" type="application/rss+xml"/>']
    return feed("pt_br_sp_correiocampineiro_mundo_nextjs.rss.xml", doc(ch, items, ns=("dc", "atom")), exp, lang="pt", outlet="Correio Campineiro",
                structure="Campinas (SP) jornal, feed de rota Next.js (2025): 'Mundo - Outlet', 'Por Nome, enviado especial a …' e 'Da Redação, com agências' em dc:creator, datas GMT de toUTCString, citação com travessão, 'Com informações da Reuters' no fim, página 'Ao vivo:'.",
                notes="Home country: Brazil.")


def uberlandia():
    B = "https://gazetadotriangulo.example/"
    rows = [
        (93310, d(2026, 5, 19, 17, 20, 0, -3), ["Mariana Borges"], ["Mundo"],
         "<p>Subiu para 30 o número de mortos nas enchentes que atingem o departamento de Santa Cruz, na Bolívia. O Itamaraty informou que monitora a situação dos brasileiros na região.</p>\n<p>“A água chegou na altura da cintura em meia hora”, disse ao jornal a estudante uberlandense Camila Prado, que vive em Santa Cruz de la Sierra.</p>",
         T("Enchentes na Bolívia deixam 30 mortos; Itamaraty monitora brasileiros", ["Mariana Borges"], quotes=[q("Camila Prado")], note="Regra D: enchente mortal no exterior: relevante. 'ao jornal' é o público.")),
        (93302, d(2026, 5, 18, 10, 45, 0, -3), ["Mariana Borges", "Rafael Queiroz"], ["Mundo", "Agronegócio"],
         "<p>Com o acordo entre Mercosul e União Europeia em vigor, frigoríficos do Triângulo Mineiro preparam os primeiros embarques com tarifa reduzida.</p>\n<p>“É a maior abertura de mercado da nossa geração”, disse o presidente do Sindicato Rural de Uberlândia, Carlos Henrique Resende.</p>",
         T("Acordo Mercosul-UE abre mercado europeu para a carne do Triângulo", ["Mariana Borges", "Rafael Queiroz"], quotes=[q("Carlos Henrique Resende", "Sindicato Rural de Uberlândia")], note="Acordo comercial entre blocos: relevante. Cargo antes do nome.")),
        (93297, d(2026, 5, 16, 20, 0, 0, -3), ["Rafael Queiroz"], ["Mundo", "Cidades"],
         "<p>Uma uberlandense de 23 anos está presa em Bangcoc, na Tailândia, acusada de levar drogas na bagagem. O Itamaraty acompanha o caso.</p>\n<p>“Ela foi enganada por uma pessoa que conheceu na internet”, afirma a mãe, Lúcia Ferreira.</p>",
         T("Jovem de Uberlândia presa na Tailândia; Itamaraty acompanha o caso", ["Rafael Queiroz"], quotes=[q("Lúcia Ferreira")], note="Regra C(a): brasileira presa por um Estado estrangeiro: relevante.")),
        (93290, d(2026, 5, 15, 9, 30, 0, -3), ["Redação Gazeta"], ["Cidades"],
         "<p>Uberlândia registrou queda de 40% nos casos de dengue em relação ao mesmo período do ano passado.</p>",
         T("Casos de dengue caem 40% em Uberlândia", [], rel=False, note="Notícia local: não relevante. 'Redação Gazeta' não é pessoa.")),
        (93286, d(2026, 5, 14, 7, 0, 0, -3), ["Gazeta do Triângulo"], ["Podcast"],
         "<p>No episódio desta semana do Gazeta Cast, o preço do leite e a safra de café no Cerrado Mineiro. Ouça no Spotify.</p>",
         T("Gazeta Cast #112: o preço do leite e a safra de café", [], story=False, rel=False, note="Podcast: não é notícia.")),
        (93281, d(2026, 5, 13, 12, 0, 0, -3), ["Gazeta do Triângulo"], ["Promoções"],
         "<p>Assinantes concorrem a pares de ingressos para o show no Parque do Sabiá. Regulamento no site.</p>",
         T("Promoção: concorra a ingressos para o show no Parque do Sabiá", [], story=False, rel=False, note="Promoção: não é notícia.")),
    ]
    return _wp(B, rows, "Mundo – Gazeta do Triângulo", "Notícias de Uberlândia e do Triângulo Mineiro", "pt-BR", d(2026, 5, 19, 17, 25, 0, -3), "6.8.1",
               "pt_br_mg_gazetadotriangulo_mundo_wp68.rss.xml", "Gazeta do Triângulo",
               "Uberlândia (MG) jornal, WordPress 6.8.1 (2026) feed de categoria 'Mundo – Outlet': dois dc:creator, 'Redação Gazeta', cargo antes do nome, podcast e promoção.",
               "Home country: Brazil.", sub="mundo/", flang="pt")


def mardan():
    B = "https://yousafzaipost.example/"
    rows = [
        (15520, d(2025, 9, 3, 21, 15, 0, 5), ["شاہد اقبال"], ["بین الاقوامی"],
         "<p>افغانستان کے صوبہ کنڑ میں آنے والے زلزلے میں ہلاک ہونے والوں کی تعداد 1400 سے تجاوز کر گئی ہے، جبکہ پاکستان نے امدادی سامان سے بھرے ٹرک طورخم کے راستے روانہ کر دیے ہیں۔</p>\n<p>ریسکیو 1122 کے ترجمان فرحان علی نے بتایا کہ \"متاثرہ دیہات تک جانے والی سڑکیں بند ہیں، اس لیے امداد خچروں پر پہنچائی جا رہی ہے۔\"</p>",
         T("افغانستان میں زلزلہ: ہلاکتیں 1400 سے تجاوز، پاکستانی امدادی قافلے روانہ", ["شاہد اقبال"], quotes=[q("فرحان علی", "ریسکیو 1122")], note="قاعدہ D: بیرون ملک ہلاکت خیز زلزلہ اور غیر ملکی امداد: متعلقہ۔")),
        (15514, d(2025, 9, 2, 16, 40, 0, 5), ["شاہد اقبال", "نوید خان"], ["بین الاقوامی", "مردان"],
         "<p>سعودی عرب میں گرفتار مردان کے چھ مزدوروں کی رہائی کے لیے دفتر خارجہ نے ریاض میں پاکستانی سفارت خانے کو ہدایات جاری کر دی ہیں۔</p>\n<p>ایک مزدور کے والد گل رحمان نے بتایا: \"ہمارا بیٹا روزی کمانے گیا تھا، جرم کرنے نہیں۔\"</p>",
         T("سعودی عرب میں گرفتار مردان کے مزدوروں کی رہائی کے لیے دفتر خارجہ متحرک", ["شاہد اقبال", "نوید خان"], quotes=[q("گل رحمان")], note="قاعدہ C(a): غیر ملکی ریاست کی حراست میں شہری: متعلقہ۔ والد کی کوئی وابستگی نہیں۔")),
        (15509, d(2025, 9, 1, 11, 5, 0, 5), ["نوید خان"], ["بین الاقوامی", "کاروبار"],
         "<p>پاک افغان سرحد طورخم پانچ روز بند رہنے کے بعد تجارت کے لیے کھول دی گئی۔</p>\n<p>\"روزانہ کروڑوں روپے کا نقصان ہو رہا تھا\"، سرحد ایوان تجارت کے نائب صدر فضل ربی خان نے کہا۔</p>",
         T("طورخم سرحد پانچ روز بعد تجارت کے لیے کھل گئی", ["نوید خان"], quotes=[q("فضل ربی خان", "سرحد ایوان تجارت")], note="پاکستان افغانستان تجارت: متعلقہ۔ اقتباس پہلے، بولنے والا بعد میں۔")),
        (15503, d(2025, 8, 31, 20, 0, 0, 5), ["ویب ڈیسک"], ["بین الاقوامی"],
         "<p>لیبیا کے ساحل کے قریب تارکین وطن کی کشتی الٹنے سے کم از کم 60 افراد ہلاک ہو گئے، جن میں مردان کے تین نوجوان بھی شامل ہیں۔ دفتر خارجہ نے طرابلس میں سفارت خانے کو لاشوں کی شناخت کی ہدایت کی ہے۔</p>",
         T("لیبیا کے قریب کشتی الٹنے سے 60 تارکین وطن ہلاک، مردان کے تین نوجوان بھی شامل", [], note="قاعدہ D/C(c): بیرون ملک بڑا جانی حادثہ جس میں اپنے شہری ہلاک: متعلقہ۔ 'ویب ڈیسک' شخص نہیں۔")),
        (15498, d(2025, 8, 30, 10, 30, 0, 5), ["نمائندہ تخت بھائی"], ["مردان"],
         "<p>تخت بھائی میں ملاکنڈ روڈ کی توسیع کے منصوبے کا افتتاح کر دیا گیا۔</p>",
         T("تخت بھائی: ملاکنڈ روڈ کی توسیع کا افتتاح", [], rel=False, note="مقامی خبر: غیر متعلقہ۔")),
        (15492, d(2025, 8, 29, 18, 0, 0, 5), ["ویب ڈیسک"], ["ویڈیوز"],
         "<p>مردان میں یوم دفاع کی تیاریوں کی ویڈیو دیکھیں۔</p>",
         T("ویڈیو: مردان میں یوم دفاع کی تیاریاں", [], story=False, rel=False, note="ویڈیو: خبر نہیں۔")),
    ]
    return _wp(B, rows, "بین الاقوامی – یوسفزئی پوسٹ", "مردان اور یوسفزئی علاقے کی خبریں", "ur", d(2025, 9, 3, 21, 20, 0, 5), "6.7.2",
               "ur_pk_kp_yousafzaipost_international_wp67.rss.xml", "یوسفزئی پوسٹ",
               "Mardan (Khyber Pakhtunkhwa) Urdu site, WordPress 6.7.2 (2025) category feed 'بین الاقوامی – Outlet', percent-encoded Urdu slugs, two dc:creator, 'ویب ڈیسک' and 'نمائندہ تخت بھائی' credits, straight double quotes, quote before or after the speaker, video.",
               "Home country: Pakistan.", sub="category/international/", flang="ur")


def abbottabad():
    B = "https://hazaraawaz.example"
    rows = [
        ("cpec-karakoram-highway-expansion", "سی پیک: شاہراہ قراقرم کے حویلیاں-تھاکوٹ حصے کی توسیع کا معاہدہ", d(2026, 2, 24, 19, 30, 0, 5), "رپورٹ: عاصمہ جدون",
         "پاکستان اور چین نے شاہراہ قراقرم کے حویلیاں سے تھاکوٹ تک حصے کی توسیع کے معاہدے پر دستخط کر دیے۔ “یہ منصوبہ ہزارہ کی معیشت بدل دے گا”، ہزارہ چیمبر آف کامرس کے صدر نوید ملک نے کہا۔",
         dict(authors=["عاصمہ جدون"], quotes=[q("نوید ملک", "ہزارہ چیمبر آف کامرس")], note="پاکستان چین معاہدہ: متعلقہ۔ 'رپورٹ:' نام کا حصہ نہیں۔")),
        ("iran-zaireen-special-flights", "ایران میں پھنسے پاکستانی زائرین کی واپسی کے لیے خصوصی پروازیں", d(2026, 2, 22, 14, 0, 0, 5), "ویب ڈیسک",
         "ایران میں پھنسے 900 سے زائد پاکستانی زائرین کو وطن واپس لانے کے لیے حکومت نے تین خصوصی پروازوں کا اعلان کیا ہے، جن میں ہزارہ ڈویژن کے 70 زائرین شامل ہیں۔ وزارت مذہبی امور کے ترجمان عمر بٹ کے مطابق “پہلی پرواز جمعرات کو مشہد سے اسلام آباد پہنچے گی۔”",
         dict(authors=[], quotes=[q("عمر بٹ", "وزارت مذہبی امور")], note="قاعدہ C(b): حکومت کی خصوصی واپسی پروازیں: متعلقہ۔")),
        ("nepal-avalanche-12-climbers", "نیپال میں برفانی تودہ گرنے سے 12 کوہ پیما ہلاک", d(2026, 2, 20, 9, 15, 0, 5), "ایجنسیاں",
         "نیپال کے علاقے مناسلو میں برفانی تودہ گرنے سے 12 کوہ پیما ہلاک اور پانچ لاپتہ ہو گئے۔ امدادی ٹیمیں ہیلی کاپٹروں کے ذریعے تلاش کر رہی ہیں۔",
         dict(authors=[], note="قاعدہ D: بیرون ملک دس سے زیادہ ہلاکتوں والا حادثہ: متعلقہ۔ 'ایجنسیاں' شخص نہیں۔")),
        ("student-injured-china-accident", "ایبٹ آباد کا طالب علم چین میں ٹریفک حادثے میں زخمی", d(2026, 2, 18, 16, 45, 0, 5), "نمائندہ ایبٹ آباد",
         "ووہان میں زیر تعلیم ایبٹ آباد کا طالب علم سڑک حادثے میں زخمی ہو گیا۔ اس کے بھائی احسن جدون نے بتایا: “وہ اب خطرے سے باہر ہے۔”",
         dict(authors=[], rel=False, quotes=[q("احسن جدون")], note="قاعدہ C: بیرون ملک نجی حادثہ: غیر متعلقہ۔")),
        ("thandiani-road-closed-snow", "برف باری کے باعث ٹھنڈیانی روڈ بند", d(2026, 2, 17, 8, 0, 0, 5), "نمائندہ ایبٹ آباد",
         "شدید برف باری کے بعد ٹھنڈیانی روڈ ٹریفک کے لیے بند کر دی گئی۔",
         dict(authors=[], rel=False, note="مقامی موسم: غیر متعلقہ۔")),
        ("galiyat-snowfall-photos", "گلیات میں برف باری: تصاویر", d(2026, 2, 16, 13, 0, 0, 5), "ہزارہ آواز",
         "نتھیا گلی اور ایوبیہ میں برف باری کے مناظر۔ تصاویر: بلال عباسی",
         dict(authors=[], story=False, rel=False, junk=["تصاویر: بلال عباسی"], note="تصاویر: خبر نہیں۔")),
    ]
    items, exp = [], []
    for slug, title, date, by, desc, kw in rows:
        link = f"{B}/news/{slug}"
        items.append([el("title", title, "cd"), el("link", link), f'<guid isPermaLink="false">{slug}</guid>', el("pubDate", httpdate(date)),
                      el("dc:creator", by), el("description", desc, "cd")])
        exp.append(it(slug, title, date, **kw))
    ch = [el("title", "ہزارہ آواز | تازہ ترین"), el("link", B), el("description", "ہزارہ ڈویژن کی آواز"), el("language", "ur-PK"),
          el("lastBuildDate", httpdate(d(2026, 2, 24, 19, 35, 0, 5))), el("copyright", "© 2026 ہزارہ آواز میڈیا (پرائیویٹ) لمیٹڈ"), f'<atom:link href="{B}/rss.xml" rel="self" type="application/rss+xml"/>']
    return feed("ur_pk_kp_hazaraawaz_latest_nextjs.rss.xml", doc(ch, items, ns=("dc", "atom")), exp, lang="ur", outlet="ہزارہ آواز",
                structure="Abbottabad (Hazara) Urdu site, Next.js route handler (2026): 'Outlet | تازہ ترین', slug guids, GMT dates, 'رپورٹ: Name', 'ویب ڈیسک', 'ایجنسیاں', 'نمائندہ ایبٹ آباد' in dc:creator, curly quotes, 'کے مطابق' attribution, 'تصاویر:' credit.",
                notes="Home country: Pakistan.")


FEEDS = [jena, passau, steyr, pordenone, matera, campinas, uberlandia, mardan, abbottabad]
