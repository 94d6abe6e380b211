# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu feeds of the sixty-fourth held-out set (list O): local
papers carrying agency copy, partner papers' articles and plugin-imported items."""
from h64 import TL, atom_head, bio, build_feed, credit, d, fig, h, news, p, plain_head, q, rel, synd, wp_head


def goettingen():
    B = "https://stadtbote-goettingen.example"
    rows = [
        ("Evakuierung aus Kabul: Göttinger Familien bangen um Angehörige", d(2021, 8, 18, 16, 40, 0, 2), "Von Hanna Brückner mit Material von nwd", ["Welt", "Göttingen"],
         p("Während die Bundeswehr über eine Luftbrücke Deutsche und afghanische Ortskräfte aus Kabul ausfliegt, warten in Göttingen Familien auf Nachricht von ihren Angehörigen.",
           "„Mein Bruder hat zwölf Jahre für eine deutsche Hilfsorganisation gearbeitet. Jetzt steht er vor dem Flughafen und kommt nicht hinein“, sagte Mahbooba Rahimi, die seit 2015 in Grone lebt.",
           "Das Auswärtige Amt hat nach eigenen Angaben bislang mehr als 1600 Menschen ausgeflogen.")
         + credit("Mit Material von nwd") + rel("Mehr zum Thema", ["Was Ortskräfte jetzt wissen müssen", "Kommentar: Der Westen hat in Kabul versagt"], B + "/welt"),
         dict(authors=["Hanna Brückner"], quotes=[q("Mahbooba Rahimi")], junk=["Mit Material von nwd", "Mehr zum Thema"], note="Evakuierung von Staatsangehörigen und Ortskräften aus einem Konflikt im Ausland: relevant (Regel C). 'mit Material von nwd' ist kein Autor.")),
        ("Litauen meldet Rekordzahl von Migranten an der Grenze zu Belarus", d(2021, 8, 17, 11, 5, 0, 2), "nwd", ["Welt"],
         p("Vilnius (nwd) - Litauen hat an seiner Grenze zu Belarus in diesem Jahr mehr als 4000 Migranten aufgegriffen, so viele wie nie zuvor. Die Regierung in Vilnius wirft dem Nachbarland vor, Menschen gezielt über die Grenze zu schleusen.",
           "„Das ist eine hybride Attacke auf die EU-Außengrenze“, sagte Rasa Petrauskienė, Sprecherin des litauischen Grenzschutzes.", "nwd/kos"),
         dict(authors=[], quotes=[q("Rasa Petrauskienė", "litauischen Grenzschutzes")], junk=["nwd/kos"], note="Migrationskrise zwischen zwei Staaten an der EU-Grenze: relevant. Agenturkürzel ist kein Autor.")),
        ("Zurück aus dem Ahrtal: Eichsfelder THW-Helfer ziehen Bilanz", d(2021, 8, 16, 14, 0, 0, 2), "Von Tobias Hartung", ["Region"],
         synd("<strong>Dieser Artikel erschien zuerst im <a href=\"https://eichsfelder-bote.example\">Eichsfelder Boten</a>.</strong>")
         + p("Drei Wochen lang haben 18 Helfer des THW-Ortsverbands Duderstadt im Ahrtal Keller leergepumpt und Brücken gesichert.", "„So etwas haben wir in Deutschland noch nicht gesehen“, sagte Zugführer Matthias Kellner."),
         dict(authors=["Tobias Hartung"], outlet="Eichsfelder Bote", rel=False, quotes=[q("Matthias Kellner", "Zugführer")], junk=["erschien zuerst im"], note="Partnerartikel: Outlet ist die genannte Zeitung. Katastrophe im Inland: nicht relevant.")),
        ("Kommentar: Der Westen hat in Kabul versagt", d(2021, 8, 16, 18, 30, 0, 2), "Von Jörg Wiesemann", ["Meinung", "Welt"],
         p("Zwanzig Jahre Einsatz, und am Ende klammern sich Menschen an startende Flugzeuge. Die Bundesregierung hat die Warnungen aus Kabul monatelang ignoriert.",
           "Wer Ortskräfte jetzt zurücklässt, verspielt das Vertrauen, das Deutschland bei künftigen Einsätzen braucht.")
         + bio("Jörg Wiesemann leitet das Politikressort des Stadtboten."),
         dict(authors=["Jörg Wiesemann"], junk=["leitet das Politikressort"], note="Kommentar zu Außenpolitik: Meinung ist ein Artikel, relevant. " + TL.format("Kommentar:"))),
        ("Semesterstart: Uni Göttingen plant wieder mit Präsenzlehre", d(2021, 8, 15, 10, 0, 0, 2), "Von Hanna Brückner", ["Göttingen"],
         p("Die Georg-August-Universität will im Wintersemester wieder überwiegend in Hörsälen lehren, unter 3G-Regeln.", "Große Vorlesungen mit mehr als 200 Teilnehmenden sollen weiter auch gestreamt werden. „Wir wollen die Studierenden zurück auf den Campus holen, ohne jemanden auszuschließen“, sagte Vizepräsidentin Annette Riedel.", "Die Vorlesungszeit beginnt am 25. Oktober."),
         dict(authors=["Hanna Brückner"], rel=False, quotes=[q("Annette Riedel", "Vizepräsidentin")], note="Lokales: nicht relevant.")),
        ("Gewinnspiel: Zwei Karten für das Händel-Festival", d(2021, 8, 14, 9, 0, 0, 2), "Stadtbote", ["Gewinnspiele"],
         p("Beantworten Sie die Gewinnfrage und gewinnen Sie zwei Karten für ein Konzert in der Stadthalle. Teilnahmeschluss ist der 22. August."),
         dict(authors=[], story=False, rel=False, note="Gewinnspiel: kein Artikel.")),
    ]
    head = plain_head("Welt - Göttinger Stadtbote", B + "/welt", "Nachrichten aus Göttingen und Südniedersachsen", "de-DE", d(2021, 8, 18, 16, 45, 0, 2), "Göttinger Stadtbote GmbH", "TYPO3 EXT:news")
    return build_feed("de_ni_goettingerstadtbote_welt_typo3news21.rss.xml", "plain", B, head, rows, outlet="Göttinger Stadtbote", lang="de",
                      structure="Göttinger Lokalzeitung, RSS der TYPO3-Extension news (August 2021): dc:creator 'Von A mit Material von nwd' oder nur 'nwd', Agenturzeile 'Vilnius (nwd) -' und Kürzel 'nwd/kos' am Ende, Partnerartikel mit 'Dieser Artikel erschien zuerst im …', 'Mehr zum Thema'-Liste, Kommentar, Gewinnspiel.",
                      notes="Heimatland: Deutschland.")


def hildesheim():
    B = "https://rundblick-hildesheim.example"
    rows = [
        ("Rückholaktion: Hildesheimer Ehepaar sitzt in Marokko fest", d(2020, 3, 24, 15, 10, 0, 1), "Von Jana Peters, MRN", ["Welt"],
         p("Nachdem Marokko alle Flüge gestrichen hat, warten tausende deutsche Urlauber auf einen Platz in den Rückholmaschinen des Auswärtigen Amts. Unter ihnen ist ein Ehepaar aus Himmelsthür.",
           "„Wir haben uns auf der Liste eingetragen und warten jetzt jeden Tag auf eine Mail“, sagte Gerda Kowalski am Telefon aus Agadir.",
           "Das Auswärtige Amt will bis Ende der Woche weitere zehn Sonderflüge organisieren.")
         + synd("<p><em>Dieser Artikel stammt aus der Mantelredaktion Nord (MRN), dem Gemeinschaftsdienst norddeutscher Regionalzeitungen.</em></p>"),
         dict(authors=["Jana Peters"], quotes=[q("Gerda Kowalski")], junk=["Mantelredaktion Nord"], note="Rückholaktion der Regierung für Staatsangehörige im Ausland: relevant (Regel C). 'Name, MRN': nur die Person.")),
        ("Corona in Italien: Zahl der Toten steigt über 6000", d(2020, 3, 23, 19, 40, 0, 1), "MRN", ["Welt"],
         p("Rom. Italien hat binnen eines Tages mehr als 600 weitere Todesfälle gemeldet. Die Regierung hat alle nicht lebenswichtigen Betriebe geschlossen.",
           "„Die Krankenhäuser in der Lombardei arbeiten jenseits ihrer Grenzen“, sagte Paolo Ferrante, Sprecher des Zivilschutzes in Rom."),
         dict(authors=[], quotes=[q("Paolo Ferrante", "Zivilschutzes")], note="Epidemie mit tausenden Toten im Ausland: relevant (Regel D).")),
        ("Hildesheims Partnerstadt Padua bittet um Schutzmasken", d(2020, 3, 22, 12, 0, 0, 1), "Radio Innerste", ["Hildesheim", "Welt"],
         synd("<p>Ein Beitrag unseres Kooperationspartners <a href=\"https://radioinnerste.example\">Radio Innerste</a>.</p>")
         + p("Die Stadt Hildesheim will ihrer italienischen Partnerstadt Padua 20.000 Schutzmasken schicken. Der Bürgermeister von Padua hatte in einem Brief um Hilfe gebeten.",
             "„Wenn Partnerschaft etwas bedeutet, dann jetzt“, sagte Ratsfrau Claudia Behrens (Grüne)."),
         dict(authors=[], outlet="Radio Innerste", quotes=[q("Claudia Behrens", "Ratsfrau")], junk=["Kooperationspartners"], note="Partnerbeitrag: Outlet ist der genannte Partner (der Sender als Autor ist keine Person). Hilfe für eine Epidemie im Ausland: relevant, wie Hilfslieferungen in Set 63.")),
        ("Liveblog: Corona in Hildesheim – alle Entwicklungen", d(2020, 3, 24, 7, 0, 0, 1), "Rundblick-Redaktion", ["Hildesheim"],
         '<div class="liveblog"><p><strong>9.12 Uhr</strong> Landkreis meldet 41 Fälle.</p><p><strong>8.30 Uhr</strong> Wochenmarkt findet statt.</p></div>',
         dict(authors=[], story=False, rel=False, note="Liveblog: kein Artikel.")),
        ("Dom-Gottesdienste zu Ostern nur im Livestream", d(2020, 3, 21, 10, 30, 0, 1), "Von Marc Oltrogge", ["Hildesheim"],
         p("Das Bistum Hildesheim überträgt die Ostergottesdienste aus dem Dom im Internet. Öffentliche Gottesdienste sind wegen der Corona-Verordnung des Landes bis mindestens 19. April untersagt.", "Die Übertragungen beginnen am Gründonnerstag um 20 Uhr. Das Bistum bittet Gläubige, die Kollekte online zu spenden."),
         dict(authors=["Marc Oltrogge"], rel=False, note="Lokales: nicht relevant.")),
        ("Podcast „Rundblick am Morgen“: Folge 58", d(2020, 3, 20, 6, 0, 0, 1), "Rundblick-Redaktion", ["Podcast"],
         p("Heute: Was die Kontaktsperre für Hildesheim bedeutet. Jetzt reinhören bei allen Podcast-Anbietern."),
         dict(authors=[], story=False, rel=False, note="Podcast: kein Artikel.")),
    ]
    head = plain_head("Hildesheimer Rundblick: Welt", B, "Hildesheimer Rundblick – Nachrichten aus Stadt und Landkreis", "de-DE", d(2020, 3, 24, 15, 15, 0, 1), "Copyright Hildesheimer Rundblick Verlag GmbH", "Escenic Content Engine 5.7")
    return build_feed("de_ni_hildesheimerrundblick_welt_escenic20.rss.xml", "plain", B, head, rows, outlet="Hildesheimer Rundblick", lang="de",
                      structure="Hildesheimer Regionalzeitung, Escenic-RSS (März 2020): Artikel des Mantel-Gemeinschaftsdienstes 'MRN' mit 'Name, MRN' oder 'MRN' als Autor und kursivem Herkunftshinweis, Ortsmarke 'Rom.' am Anfang, Beitrag eines Kooperationspartners (Radio) mit Hinweis, Liveblog und Podcast im Ressort Welt; Einträge nicht in Datumsfolge.",
                      notes="Heimatland: Deutschland.")


def feldkirch():
    B = "https://feldkircher-anzeiger.example"
    rows = [
        ("Nahost: Außenministerium holt Vorarlberger aus Israel zurück", d(2023, 10, 11, 17, 20, 0, 2), "Lukas Fritsch", ["Welt"],
         p("Mit einer Sondermaschine aus Tel Aviv sind am Mittwoch 180 Österreicherinnen und Österreicher in Wien gelandet, darunter eine Familie aus Rankweil. Das Außenministerium organisiert weitere Flüge.",
           "„Wir waren drei Nächte im Schutzraum. Die Kinder haben kaum geschlafen“, sagte Sabine Nesensohn nach der Landung in Schwechat.")
         + fig(B + "/wp-content/uploads/2023/10/landung.jpg", "Ankunft in Schwechat.", "Foto: ANA/Huber"),
         dict(quotes=[q("Sabine Nesensohn")], junk=["Foto: ANA/Huber"], note="Rückholung von Staatsangehörigen aus einem Krieg: relevant (Regel C).")),
        ("Bergkarabach: Mehr als 100.000 Armenier geflohen", d(2023, 10, 1, 9, 0, 0, 2), "ANA", ["Welt"],
         p("Goris (ANA) – Nach der Militäroffensive Aserbaidschans haben mehr als 100.000 Menschen Bergkarabach verlassen – fast die gesamte armenische Bevölkerung der Region.",
           "„Wir haben nur mitgenommen, was ins Auto passte“, sagte Anahit Grigoryan, eine Lehrerin aus Stepanakert, in einem Aufnahmezentrum in Goris.")
         + credit("(ANA)"),
         dict(authors=[], quotes=[q("Anahit Grigoryan")], junk=["(ANA)"], note="Flucht nach Militäroffensive: relevant. Agentur ist kein Autor.")),
        ("Liechtenstein und Schweiz einigen sich auf Grenzgänger-Abkommen", d(2023, 10, 9, 12, 0, 0, 2), "Martina Büchel", ["Welt", "Region"],
         p("Liechtenstein und die Schweiz haben sich auf neue Regeln zur Besteuerung von Grenzgängern geeinigt. Betroffen sind rund 11.000 Pendler.",
           "„Das schafft endlich Rechtssicherheit für beide Seiten“, sagte Regierungsrätin Carmen Marxer-Beck.")
         + synd("<p>Quelle: <a href=\"https://wochenschau.example\">Liechtensteiner Wochenschau</a> – Dieser Beitrag wurde automatisch übernommen.</p>"),
         dict(outlet="Liechtensteiner Wochenschau", quotes=[q("Carmen Marxer-Beck", "Regierungsrätin")], junk=["automatisch übernommen"], note="Automatisch übernommener Beitrag: Outlet ist die genannte Quelle. Abkommen zwischen zwei Nachbarstaaten: relevant.")),
        ("Feldkirch: Stadtbus fährt ab Dezember im 15-Minuten-Takt", d(2023, 10, 10, 8, 30, 0, 2), "Lukas Fritsch", ["Feldkirch"],
         p("Der Stadtbus Feldkirch verdichtet ab dem Fahrplanwechsel am 10. Dezember den Takt auf den Hauptlinien 1, 2 und 5. Zwischen Bahnhof, Altstadt und Tosters fahren die Busse dann werktags alle 15 Minuten.", "Die Stadt rechnet mit Mehrkosten von 420.000 Euro pro Jahr, die sich Land und Gemeinde teilen."),
         dict(rel=False, note="Lokales: nicht relevant.")),
        ("Veranstaltungstipp: Montforter Zwischentöne im Oktober", d(2023, 10, 8, 10, 0, 0, 2), "Redaktion", ["Kultur", "Termine"],
         p("Das Festival lädt von 20. bis 29. Oktober ins Alte Hallenbad. Karten an der Abendkasse."),
         dict(authors=[], story=False, rel=False, note="Veranstaltungshinweis: kein Artikel.")),
        ("Eishockey: VEU Feldkirch gewinnt Derby", d(2023, 10, 7, 22, 0, 0, 2), "Sportredaktion", ["Sport"],
         p("Die VEU Feldkirch hat das Derby gegen Lustenau vor 2.100 Zuschauern in der Vorarlberghalle mit 4:2 gewonnen.", "Zwei Tore im Schlussdrittel brachten die Entscheidung. Am Dienstag spielt die VEU auswärts in Kitzbühel."),
         dict(authors=[], rel=False, note="Lokalsport: nicht relevant.")),
    ]
    head = wp_head("Welt Archive - Feldkircher Anzeiger", B + "/kategorie/welt", "Nachrichten aus Feldkirch und Vorarlberg", "de-AT", d(2023, 10, 11, 17, 25, 0, 2), "6.3.1")
    return build_feed("de_at_vbg_feldkircheranzeiger_welt_wp63.rss.xml", "wp", B, head, rows, outlet="Feldkircher Anzeiger", lang="de",
                      structure="Feldkircher (Vorarlberg) Online-Zeitung, WordPress 6.3.1 (Oktober 2023) 'Welt Archive - Site': Agenturmeldungen mit 'ANA' als dc:creator, Ortsmarke '(ANA) –' und '(ANA)' am Ende, ein per Plugin übernommener Beitrag einer Nachbarzeitung mit 'Quelle: … – Dieser Beitrag wurde automatisch übernommen', 'Foto: ANA/Name'.",
                      notes="Heimatland: Österreich.")


def novara():
    B = "https://novarasette.example"
    rows = [
        ("Bielorussia, migliaia di migranti bloccati al confine con la Polonia", d(2021, 11, 9, 13, 30, 0, 1), "Redazione", ["Esteri"],
         p("(AGN) Varsavia, 9 nov - Migliaia di migranti, in gran parte curdi iracheni, sono accampati al gelo lungo il confine tra Bielorussia e Polonia. Varsavia ha schierato 12.000 soldati.",
           "«Chi è nel bosco non ha cibo né acqua da tre giorni», ha detto Marta Kowalczyk, portavoce di un gruppo di volontari polacchi.", "(AGN)"),
         dict(authors=[], quotes=[q("Marta Kowalczyk")], junk=["(AGN)"], note="Crisi migratoria tra due Stati: rilevante. 'Redazione' non è un autore.")),
        ("Cooperante novarese rientra da Addis Abeba: «La guerra si avvicinava»", d(2021, 11, 8, 17, 0, 0, 1), "di Chiara Ferrandi", ["Esteri", "Novara"],
         p("È rientrata a Novara domenica la cooperante Giulia Ravasio, 34 anni, dopo che la Farnesina ha invitato gli italiani a lasciare l’Etiopia per l’avanzata dei ribelli del Tigray verso la capitale.",
           "«Negli ultimi giorni in città si respirava paura», ha raccontato Giulia Ravasio. «Abbiamo lasciato lì colleghi etiopi che non possono partire.»"),
         dict(authors=["Chiara Ferrandi"], quotes=[q("Giulia Ravasio")], note="Connazionale invitata a lasciare un Paese in guerra: rilevante (regola C). 'di' non fa parte del nome.")),
        ("Arona, lavori sul lungolago fino a marzo", d(2021, 11, 7, 10, 0, 0, 1), "Fabio Zanetta", ["Provincia"],
         p("I lavori di rifacimento del lungolago di Arona dureranno fino a marzo, con senso unico alternato tra piazza del Popolo e il porto.", "Il Comune ha assicurato che i parcheggi per i residenti resteranno accessibili.")
         + synd("<p>Questo articolo è stato pubblicato originariamente su <a href=\"https://piccololagomaggiore.example\">Il Piccolo del Lago Maggiore</a>.</p>"),
         dict(outlet="Il Piccolo del Lago Maggiore", rel=False, junk=["pubblicato originariamente su"], note="Articolo di una testata partner: outlet come indicato. Cronaca locale: non rilevante.")),
        ("Novara, il consiglio comunale approva il bilancio", d(2021, 11, 6, 19, 0, 0, 1), "di Chiara Ferrandi", ["Novara"],
         p("Via libera al bilancio di previsione 2022 con 20 voti favorevoli e 11 contrari dopo una seduta durata fino a mezzanotte.", "Previsti 14 milioni di investimenti, di cui sei per le scuole. L’opposizione ha criticato l’aumento delle tariffe dei parcheggi."),
         dict(authors=["Chiara Ferrandi"], rel=False, note="Politica locale: non rilevante.")),
        ("L’oroscopo della settimana", d(2021, 11, 8, 6, 0, 0, 1), "Redazione", ["Rubriche"],
         p("Ariete: settimana di novità. Toro: attenzione alle spese."),
         dict(authors=[], story=False, rel=False, note="Oroscopo: non è un articolo.")),
        ("Cop26, a Glasgow la bozza chiede di eliminare gradualmente il carbone", d(2021, 11, 10, 11, 45, 0, 1), "Redazione", ["Esteri"],
         p("(AGN) Glasgow, 10 nov - La prima bozza dell’accordo finale della Cop26 chiede ai Paesi di accelerare l’uscita dal carbone e dai sussidi ai combustibili fossili.",
           "«È un testo più coraggioso del previsto, ma manca la finanza per i Paesi poveri», ha detto Elena Sartori, ricercatrice dell’Istituto per gli Studi Climatici di Torino.", "(AGN)"),
         dict(authors=[], quotes=[q("Elena Sartori", "Istituto per gli Studi Climatici di Torino")], junk=["(AGN)"], note="Negoziato internazionale sul clima: rilevante.")),
    ]
    head = wp_head("Esteri Archivi - NovaraSette", B + "/category/esteri", "Notizie da Novara e provincia", "it-IT", d(2021, 11, 10, 11, 50, 0, 1), "5.7.2")
    return build_feed("it_no_novarasette_esteri_wp57.rss.xml", "wp", B, head, rows, outlet="NovaraSette", lang="it",
                      structure="Sito di Novara, WordPress 5.7.2 (novembre 2021) 'Esteri Archivi - Sito': lanci d'agenzia con '(AGN) Città, data -' in apertura e '(AGN)' in chiusura firmati 'Redazione', articolo di una testata partner importato con 'Questo articolo è stato pubblicato originariamente su …', oroscopo nella categoria.",
                      notes="Paese: Italia.")


def arezzo():
    B = "https://arezzosera.example"
    rows = [
        ("Ucraina, in Casentino accolte 140 persone in fuga dalla guerra", d(2022, 5, 14, 12, 0, 0, 2), "di Lorenzo Bianchini", ["Esteri", "Arezzo"],
         p("Sono 140 i profughi ucraini ospitati nei comuni del Casentino, soprattutto donne e bambini arrivati da Kharkiv e Zaporizhzhia.",
           "«Molte famiglie vogliono tornare appena possibile, ma le loro città sono ancora bombardate», ha detto Oksana Melnyk, mediatrice culturale della Caritas di Bibbiena."),
         dict(authors=["Lorenzo Bianchini"], quotes=[q("Oksana Melnyk", "Caritas di Bibbiena")], note="Profughi di una guerra all'estero: rilevante.")),
        ("Finlandia e Svezia chiedono l’adesione alla Nato", d(2022, 5, 18, 10, 20, 0, 2), "AGN", ["Esteri"],
         p("(AGN) Bruxelles, 18 mag - Finlandia e Svezia hanno presentato formalmente la domanda di adesione alla Nato. La Turchia ha già annunciato obiezioni.",
           "«È la fine di due secoli di neutralità svedese», ha detto Anders Lindgren, analista dell’Istituto nordico di politica estera."),
         dict(authors=[], quotes=[q("Anders Lindgren", "Istituto nordico di politica estera")], note="Allargamento della Nato: rilevante. Agenzia, non autore.")),
        ("Cortona, riapre il museo dell’Accademia Etrusca", d(2022, 5, 13, 9, 0, 0, 2), "Valdichiana Oggi", ["Provincia"],
         p("Dopo due anni di lavori riapre al pubblico il Museo dell’Accademia Etrusca e della Città di Cortona con un nuovo percorso espositivo.", "Il biglietto intero costa 10 euro; ingresso gratuito per i residenti il primo weekend.")
         + synd("<p>Fonte: <a href=\"https://valdichianaoggi.example\">Valdichiana Oggi</a></p>"),
         dict(authors=[], outlet="Valdichiana Oggi", rel=False, junk=["Fonte: Valdichiana Oggi"], note="Articolo importato da una testata partner (Fonte): outlet come indicato. Cultura locale: non rilevante.")),
        ("Fotogallery: la Giostra del Saracino di giugno", d(2022, 6, 18, 22, 0, 0, 2), "Redazione", ["Foto"],
         '<div class="gallery"><img src="' + B + '/images/giostra1.jpg"/><img src="' + B + '/images/giostra2.jpg"/></div>' + p("Foto di Marco Guiducci"),
         dict(authors=[], story=False, rel=False, junk=["Foto di Marco Guiducci"], note="Galleria: non è un articolo.")),
        ("Oro aretino, le sanzioni alla Russia pesano sull’export", d(2022, 5, 12, 15, 30, 0, 2), "di Sara Mencucci", ["Economia"],
         p("Le aziende orafe aretine stimano un calo del 20 per cento delle esportazioni verso l’Est dopo le sanzioni alla Russia e lo stop ai pagamenti.",
           "«Mosca era il nostro terzo mercato, ora è chiuso», ha detto Giovanni Lapini, presidente dell’associazione orafi di Arezzo."),
         dict(authors=["Sara Mencucci"], quotes=[q("Giovanni Lapini", "associazione orafi di Arezzo")], note="Effetti delle sanzioni internazionali: rilevante.")),
        ("Contenuto sponsorizzato. Vacanze in Valdarno: cinque agriturismi", d(2022, 5, 11, 8, 0, 0, 2), "Partner", ["Sponsor"],
         p("Contenuto sponsorizzato. Scopri le offerte per l’estate nelle colline del Valdarno."),
         dict(authors=[], story=False, rel=False, note="Contenuto sponsorizzato: non è un articolo.")),
    ]
    head = plain_head("ArezzoSera - Esteri", B + "/esteri", "Il quotidiano online di Arezzo", "it-it", d(2022, 6, 18, 22, 5, 0, 2), "© 2022 ArezzoSera", "Joomla! - Open Source Content Management")
    return build_feed("it_ar_arezzosera_esteri_joomla4.rss.xml", "plain", B, head, rows, outlet="ArezzoSera", lang="it",
                      structure="Quotidiano online di Arezzo, RSS di Joomla 4 (maggio–giugno 2022): dc:creator con 'di Nome', l'agenzia 'AGN' o la testata partner, 'Fonte: …' in fondo agli articoli importati, galleria e contenuto sponsorizzato; voci non in ordine di data.",
                      notes="Paese: Italia.")


def sorocaba():
    B = "https://gazetasorocabana.example"
    rows = [
        ("Brasileiros repatriados de Gaza chegam a Brasília", d(2023, 11, 13, 23, 50, 0, -3), "Agência Meridional", ["Mundo"],
         p("Um grupo de 32 brasileiros e familiares palestinos que estavam na Faixa de Gaza desembarcou na Base Aérea de Brasília na noite desta segunda-feira, após mais de um mês de espera pela abertura da passagem de Rafah.",
           "“Dormimos semanas numa escola com centenas de pessoas. Só quero que meus filhos durmam em paz”, disse Hasan Rabah, que vive em São Paulo desde 2011.",
           "O Itamaraty informou que segue negociando a saída de outros brasileiros.")
         + credit("Com informações da Agência Meridional"),
         dict(authors=[], quotes=[q("Hasan Rabah")], junk=["Com informações da Agência Meridional"], note="Repatriação de nacionais de uma guerra: relevante (regra C). Agência não é autor.")),
        ("Sorocabana que vive em Israel relata noites em abrigo", d(2023, 10, 10, 18, 0, 0, -3), "Por Beatriz Campos", ["Mundo", "Sorocaba"],
         p("A enfermeira sorocabana Renata Lazarini, que vive em Ashkelon há seis anos, contou à Gazeta que passa as noites no abrigo antiaéreo do prédio desde o ataque do Hamas no sábado.",
           "“As sirenes tocam a cada hora. Estou inscrita na lista do Itamaraty para o voo da FAB”, disse Renata Lazarini.")
         + rel("Leia também", ["Itamaraty divulga lista de voos de repatriação"], B + "/mundo"),
         dict(authors=["Beatriz Campos"], quotes=[q("Renata Lazarini")], junk=["Leia também"], note="Nacional afetada por guerra no exterior: relevante (regra C). 'Por' não faz parte do nome.")),
        ("Itu inaugura nova unidade de saúde no Jardim Paraíso", d(2023, 11, 12, 10, 0, 0, -3), "Portal Itu Agora", ["Região"],
         p("A Prefeitura de Itu inaugurou no sábado uma nova Unidade Básica de Saúde com capacidade para 9 mil atendimentos por mês.", "A unidade terá três equipes de Saúde da Família e funcionará das 7h às 19h.")
         + synd("<p><em>Conteúdo publicado originalmente no <a href=\"https://ituagora.example\">Portal Itu Agora</a>, parceiro da Gazeta.</em></p>"),
         dict(authors=[], outlet="Portal Itu Agora", rel=False, junk=["publicado originalmente no"], note="Conteúdo de parceiro: outlet indicado. Notícia regional: não relevante.")),
        ("Sorocaba: obras do BRT interditam avenida Itavuvu", d(2023, 11, 11, 8, 30, 0, -3), "Por Diego Vasconcelos", ["Sorocaba"],
         p("As obras do BRT vão interditar um trecho da avenida Itavuvu, entre as ruas Nogueira Padilha e Eng. Carlos Reinaldo Mendes, por duas semanas a partir desta segunda-feira.", "Os ônibus das linhas 51 e 53 terão desvio pela avenida Ipanema, informou a Urbes."),
         dict(authors=["Diego Vasconcelos"], rel=False, note="Notícia local: não relevante.")),
        ("PAT de Sorocaba oferece 210 vagas de emprego nesta semana", d(2023, 11, 13, 7, 0, 0, -3), "Redação", ["Empregos"],
         p("Confira a lista de vagas: auxiliar de produção (40), motorista (12), vendedor (25)… Os interessados devem comparecer ao PAT com documentos."),
         dict(authors=[], story=False, rel=False, note="Lista de vagas: não é notícia.")),
        ("Argentina elege novo presidente; analistas preveem choque com o Mercosul", d(2023, 11, 20, 1, 15, 0, -3), "Agência Meridional", ["Mundo"],
         p("O candidato da oposição venceu o segundo turno da eleição presidencial argentina neste domingo, com cerca de 56% dos votos.",
           "“A relação com o Brasil, principal parceiro comercial, vai passar por um período de tensão”, afirmou a professora Luciana Arruda, do Instituto de Relações Internacionais de Campinas.")
         + credit("Com informações da Agência Meridional"),
         dict(authors=[], quotes=[q("Luciana Arruda", "Instituto de Relações Internacionais de Campinas")], junk=["Com informações da Agência Meridional"], note="Eleição em país vizinho e relações bilaterais: relevante.")),
    ]
    head = wp_head("Mundo Arquivos - Gazeta Sorocabana", B + "/categoria/mundo", "Notícias de Sorocaba e região", "pt-BR", d(2023, 11, 20, 1, 20, 0, -3), "6.1.4")
    return build_feed("pt_br_sp_gazetasorocabana_mundo_wp61.rss.xml", "wp", B, head, rows, outlet="Gazeta Sorocabana", lang="pt",
                      structure="Site de Sorocaba (SP), WordPress 6.1.4 (outubro–novembro 2023) 'Mundo Arquivos - Site': textos de agência com dc:creator 'Agência Meridional' e linha final 'Com informações da …', conteúdo de portal parceiro com nota 'Conteúdo publicado originalmente no …', 'Leia também', lista de vagas na categoria; itens fora da ordem de data.",
                      notes="País: Brasil.")


def guimaraes():
    B = "https://vimaranes.example"
    rows = [
        ("Moçambique: pelo menos 30 mortos em protestos pós-eleitorais", d(2024, 11, 8, 14, 0, 0, 0), "AIN", ["Mundo"],
         p("Pelo menos 30 pessoas morreram em Moçambique desde o início dos protestos contra os resultados das eleições de 9 de outubro, segundo uma organização da sociedade civil.",
           "“A polícia está a disparar balas reais contra manifestantes desarmados”, afirmou Albino Mucavele, diretor do Observatório Eleitoral de Maputo."),
         dict(authors=[], quotes=[q("Albino Mucavele", "Observatório Eleitoral de Maputo")], note="Violência pós-eleitoral num país lusófono: relevante. Agência não é autor.")),
        ("Estudante vimaranense retido no Líbano aguarda voo de repatriamento", d(2024, 10, 2, 19, 30, 0, 1), "Rui Fernandes", ["Mundo", "Guimarães"],
         p("Um estudante de Guimarães que fazia Erasmus em Beirute está inscrito na lista do Ministério dos Negócios Estrangeiros para o voo de repatriamento de portugueses do Líbano.",
           "“Ouvimos os bombardeamentos no sul da cidade todas as noites”, disse Tiago Salgado, de 22 anos, em contacto telefónico.")
         + rel("Leia também", ["Governo fretou avião para retirar portugueses"], B + "/mundo"),
         dict(authors=["Rui Fernandes"], quotes=[q("Tiago Salgado")], junk=["Leia também"], note="Nacional numa guerra no estrangeiro, repatriamento do Estado: relevante (regra C).")),
        ("Fafe aprova orçamento municipal de 58 milhões", d(2024, 11, 6, 11, 0, 0, 0), "Gazeta de Fafe", ["Região"],
         p("A Assembleia Municipal de Fafe aprovou o orçamento para 2025 com os votos contra da oposição.", "O documento prevê 12 milhões de euros para habitação e a requalificação da Praça 25 de Abril.")
         + synd("<p>Artigo originalmente publicado pela <a href=\"https://gazetadefafe.example\">Gazeta de Fafe</a> e reproduzido ao abrigo de acordo de parceria.</p>"),
         dict(authors=[], outlet="Gazeta de Fafe", rel=False, junk=["originalmente publicado pela"], note="Artigo de parceiro: outlet indicado. Política local: não relevante.")),
        ("Vitória SC vence em Famalicão e sobe ao quarto lugar", d(2024, 11, 3, 22, 0, 0, 0), "Sara Oliveira", ["Desporto"],
         p("O Vitória venceu por 2-1 em Famalicão, com um golo nos descontos, e ultrapassou o Braga na classificação.", "A equipa de Guimarães recebe o Estoril no próximo domingo."),
         dict(rel=False, note="Desporto: não relevante.")),
        ("Agenda: Mercado de Natal no Largo do Toural", d(2024, 11, 7, 9, 0, 0, 0), "Redação", ["Agenda"],
         p("De 29 de novembro a 6 de janeiro, das 10h às 22h. Entrada livre."),
         dict(authors=[], story=False, rel=False, note="Agenda: não é notícia.")),
        ("Venezuela: oposição denuncia detenção de ativistas após eleições", d(2024, 8, 5, 16, 45, 0, 1), "AIN", ["Mundo"],
         p("A oposição venezuelana denunciou a detenção de mais de 1.200 pessoas desde as eleições presidenciais de 28 de julho, cujo resultado contesta.",
           "“Muitos dos detidos são jovens que apenas filmaram os protestos”, disse Carla Mendonça, porta-voz de uma associação de luso-venezuelanos no Funchal.")
         + credit("AIN/Vimaranes"),
         dict(authors=[], quotes=[q("Carla Mendonça")], junk=["AIN/Vimaranes"], note="Repressão pós-eleitoral com comunidade portuguesa: relevante.")),
    ]
    head = atom_head("Notícias de Vimaranes – Mundo", B + "/mundo", "Jornal digital de Guimarães", d(2024, 11, 8, 14, 5, 0, 0), "© 2024 Notícias de Vimaranes", "Vimaranes CMS 3", "Notícias de Vimaranes")
    return build_feed("pt_pt_vimaranes_mundo_atom24.atom.xml", "atom", B, head, rows, outlet="Notícias de Vimaranes", lang="pt",
                      structure="Jornal digital de Guimarães, Atom de CMS próprio (agosto–novembro 2024): <author> com o nome ou a agência 'AIN', 'AIN/Vimaranes' no fim, artigo de jornal parceiro reproduzido 'ao abrigo de acordo de parceria', agenda; datas +00:00 e +01:00, fora de ordem.",
                      notes="País: Portugal.")


def sahiwal():
    B = "https://sahiwalpukar.example"
    rows = [
        ("کابل سے پاکستانیوں کا انخلا، پی آئی اے کی خصوصی پروازیں", d(2021, 8, 17, 15, 0, 0, 5), "پی این ایس", ["بین الاقوامی"],
         p("اسلام آباد (پی این ایس) پاکستان کی قومی ایئرلائن نے کابل سے پاکستانی شہریوں اور غیر ملکیوں کو نکالنے کے لیے خصوصی پروازیں شروع کر دی ہیں۔ دفتر خارجہ کے مطابق اب تک ڈیڑھ ہزار سے زائد افراد کو نکالا جا چکا ہے۔",
           "کابل سے واپس آنے والے ساہیوال کے تاجر محمد اکرم نے کہا کہ ”ہوائی اڈے کے باہر ہزاروں لوگ تھے، ہمیں سفارت خانے کی گاڑی اندر لے کر گئی۔“"),
         dict(authors=[], quotes=[q("محمد اکرم")], note="بیرون ملک جنگ زدہ علاقے سے شہریوں کا انخلا: متعلقہ (قاعدہ C)۔ خبر رساں ادارہ مصنف نہیں۔")),
        ("اوکاڑہ اور ساہیوال میں ڈینگی کے کیسز میں اضافہ", d(2021, 8, 16, 12, 0, 0, 5), "ڈیسک", ["علاقائی"],
         p("محکمہ صحت کے مطابق گزشتہ ہفتے اوکاڑہ اور ساہیوال میں ڈینگی کے 48 نئے کیس سامنے آئے۔", "ضلعی انتظامیہ نے شہریوں سے پانی کے برتن ڈھانپ کر رکھنے کی اپیل کی ہے۔")
         + synd("<p>بشکریہ: <a href=\"https://okaranama.example\">روزنامہ اوکاڑہ نامہ</a></p>"),
         dict(authors=[], outlet="روزنامہ اوکاڑہ نامہ", rel=False, junk=["بشکریہ"], note="بشکریہ کے ساتھ دوسرے اخبار کی خبر: آؤٹ لیٹ وہی۔ مقامی صحت: غیر متعلقہ۔")),
        ("ساہیوال کول پاور پلانٹ کی ایک یونٹ بند", d(2021, 8, 15, 18, 0, 0, 5), "نمائندہ ساہیوال پکار", ["ساہیوال"],
         p("ساہیوال کول پاور پلانٹ کی ایک یونٹ تکنیکی خرابی کے باعث بند کر دی گئی جس سے قومی گرڈ کو 660 میگاواٹ بجلی کی فراہمی معطل ہو گئی۔", "پلانٹ انتظامیہ کے مطابق مرمت کا کام جاری ہے اور یونٹ تین دن میں بحال کر دی جائے گی۔"),
         dict(authors=[], rel=False, note="مقامی خبر: غیر متعلقہ۔")),
        ("داسو حملہ: چینی انجینئروں کی ہلاکت کی تحقیقات مکمل، چین کا تعاون پر اطمینان", d(2021, 8, 12, 20, 0, 0, 5), "رپورٹ: عمران سلیم", ["بین الاقوامی", "پاکستان"],
         p("داسو ہائیڈرو پاور منصوبے پر کام کرنے والے چینی انجینئروں کی بس پر حملے کی تحقیقات مکمل کر لی گئی ہیں۔ حکام کے مطابق حملہ سرحد پار سے منظم کیا گیا تھا۔",
           "بین الاقوامی امور کی ماہر ڈاکٹر صائمہ رشید نے کہا کہ ”یہ حملہ پاک چین اقتصادی راہداری کو نشانہ بنانے کی کوشش تھا۔“"),
         dict(authors=["عمران سلیم"], quotes=[q("صائمہ رشید", "بین الاقوامی امور کی ماہر")], note="غیر ملکی شہریوں پر حملہ اور پاک چین تعلقات: متعلقہ۔ 'رپورٹ:' نام کا حصہ نہیں۔")),
        ("آج کا اخبار پڑھیں – ای پیپر", d(2021, 8, 17, 6, 0, 0, 5), "ساہیوال پکار", ["ای پیپر"],
         p("روزنامہ ساہیوال پکار کا آج کا شمارہ ای پیپر پر ملاحظہ کریں۔"),
         dict(authors=[], story=False, rel=False, note="ای پیپر کا اشتہار: خبر نہیں۔")),
        ("ویڈیو: جشن آزادی پر ساہیوال میں پرچم کشائی", d(2021, 8, 14, 11, 0, 0, 5), "ویب ڈیسک", ["ویڈیو"],
         '<figure class="wp-block-embed"><iframe src="https://video.example/embed/shw14aug"></iframe></figure>\n' + p("ساہیوال میں جشن آزادی کی تقریب کی ویڈیو دیکھیں۔"),
         dict(authors=[], story=False, rel=False, note="ویڈیو: خبر نہیں۔")),
    ]
    head = wp_head("بین الاقوامی Archives - روزنامہ ساہیوال پکار", B + "/category/international", "ساہیوال کی آواز", "ur", d(2021, 8, 17, 15, 5, 0, 5), "5.8")
    return build_feed("ur_pk_pb_sahiwalpukar_international_wp58.rss.xml", "wp", B, head, rows, outlet="روزنامہ ساہیوال پکار", lang="ur",
                      structure="Sahiwal Urdu daily, WordPress 5.8 (August 2021) 'بین الاقوامی Archives - Site': agency dc:creator 'پی این ایس' with '(پی این ایس)' in the dateline, a partner paper's item closed by 'بشکریہ: …' (courtesy), 'رپورٹ: Name', e-paper promo and video in the category.",
                      notes="Home country: Pakistan.")


def nowshera():
    B = "https://nowsheraawaz.example"
    rows = [
        ("افغان مہاجرین کی واپسی: طورخم پر ہزاروں خاندانوں کا رش", d(2023, 11, 2, 16, 0, 0, 5), "ویب ڈیسک", ["عالمی خبریں"],
         p("غیر قانونی طور پر مقیم غیر ملکیوں کے لیے دی گئی مہلت ختم ہونے کے بعد طورخم سرحد پر افغانستان واپس جانے والے خاندانوں کی طویل قطاریں لگ گئیں۔",
           "نوشہرہ کے کیمپ سے واپس جانے والے گل آغا نے کہا کہ ”میں یہاں پیدا ہوا، افغانستان میں میرا کوئی گھر نہیں۔“"),
         dict(authors=[], quotes=[q("گل آغا")], note="غیر ملکی مہاجرین کی بے دخلی اور پاک افغان تعلقات: متعلقہ۔")),
        ("غزہ: اسرائیلی بمباری میں ہلاکتیں نو ہزار سے تجاوز", d(2023, 11, 3, 12, 30, 0, 5), "پی این ایس", ["عالمی خبریں"],
         p("غزہ (پی این ایس) غزہ کی وزارت صحت کے مطابق سات اکتوبر سے جاری اسرائیلی بمباری میں ہلاک ہونے والوں کی تعداد نو ہزار سے تجاوز کر گئی ہے۔",
           "اقوام متحدہ کے امدادی ادارے کی ترجمان لینا حداد نے کہا کہ ”پناہ گاہیں گنجائش سے چار گنا زیادہ بھری ہوئی ہیں۔“"),
         dict(authors=[], quotes=[q("لینا حداد", "اقوام متحدہ کے امدادی ادارے")], note="جنگ: متعلقہ۔")),
        ("مردان میں گیس کی لوڈشیڈنگ کے خلاف احتجاج", d(2023, 11, 1, 10, 0, 0, 5), "ڈیسک", ["خیبر پختونخوا"],
         p("مردان میں شہریوں نے گیس کی بندش کے خلاف مظاہرہ کیا اور مردان چارسدہ روڈ کئی گھنٹے بند رکھی۔", "مظاہرین کا کہنا تھا کہ سردی شروع ہوتے ہی گھروں میں گیس نہیں آ رہی۔") + synd("<p>خبر بشکریہ <a href=\"https://mardantimes.example\">مردان ٹائمز</a></p>"),
         dict(authors=[], outlet="مردان ٹائمز", rel=False, junk=["بشکریہ"], note="بشکریہ: آؤٹ لیٹ مردان ٹائمز۔ مقامی: غیر متعلقہ۔")),
        ("نوشہرہ: دریائے کابل کے پل کی مرمت شروع", d(2023, 10, 31, 9, 0, 0, 5), "نمائندہ", ["نوشہرہ"],
         p("دریائے کابل پر پرانے پل کی مرمت کا کام شروع ہو گیا، ٹریفک متبادل راستے پر منتقل۔", "ضلعی انتظامیہ کے مطابق مرمت کا کام چھ ہفتوں میں مکمل ہوگا۔"),
         dict(authors=[], rel=False, note="مقامی: غیر متعلقہ۔")),
        ("تصاویر: نوشہرہ میں کبڈی میلہ", d(2023, 10, 30, 18, 0, 0, 5), "ویب ڈیسک", ["تصاویر"],
         '<div class="gallery"><img src="' + B + '/img/k1.jpg"/><img src="' + B + '/img/k2.jpg"/></div>',
         dict(authors=[], story=False, rel=False, note="تصاویر: خبر نہیں۔")),
        ("سعودی عرب میں نوشہرہ کے تین مزدور حادثے میں جاں بحق، لاشیں وطن لانے کا مطالبہ", d(2023, 11, 2, 20, 0, 0, 5), "رپورٹ: شاہد خان", ["عالمی خبریں", "نوشہرہ"],
         p("سعودی عرب کے شہر دمام میں ایک تعمیراتی حادثے میں نوشہرہ کے تین مزدور جاں بحق ہو گئے۔ لواحقین نے سفارت خانے سے لاشیں جلد وطن لانے کا مطالبہ کیا ہے۔",
           "جاں بحق مزدور کے بھائی نور محمد نے کہا کہ ”ہم تین دن سے سفارت خانے کو فون کر رہے ہیں۔“"),
         dict(authors=["شاہد خان"], quotes=[q("نور محمد")], rel=False, note="بیرون ملک تعمیراتی حادثہ، لواحقین کی اپیل اور سفارت خانے کی معمول کی مدد: نجی سانحہ، غیر متعلقہ (قاعدہ C؛ label audit a64)۔")),
    ]
    head = plain_head("نوشہرہ آواز - عالمی خبریں", B + "/world", "نوشہرہ اور خیبر پختونخوا کی خبریں", "ur-PK", d(2023, 11, 3, 12, 35, 0, 5), "© 2023 نوشہرہ آواز", "Custom PHP")
    return build_feed("ur_pk_kp_nowsheraawaz_world_php23.rss.xml", "plain", B, head, rows, outlet="نوشہرہ آواز", lang="ur",
                      structure="Nowshera Urdu site, custom PHP RSS (October–November 2023): dc:creator 'ویب ڈیسک', 'پی این ایس', 'نمائندہ' or 'رپورٹ: Name', a partner paper's item closed by 'خبر بشکریہ …', a photo gallery; items out of date order.",
                      notes="Home country: Pakistan.")


FEEDS = [goettingen, hildesheim, feldkirch, novara, arezzo, sorocaba, guimaraes, sahiwal, nowshera]
