# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu broadcaster feeds of the sixty-fifth held-out set (list P)."""
from h65 import TL, atom_head, bc, box, build_feed, d, enclosure, fig, h, jw, listen, media, p, plain_head, promo, q, rel, stamp, transcript, wp_head, yt


def wuerzburg():
    B = "https://radio-mainwelle.example"
    rows = [
        ("Evakuierung aus Kabul: Würzburger Ortskraft-Familie landet in Frankfurt", d(2021, 8, 24, 16, 10, 0, 2), "Lena Hartl", ["Nachrichten", "Welt"],
         stamp("Veröffentlicht am 24.08.2021 um 16:10 Uhr")
         + p("Eine afghanische Familie, deren Vater zehn Jahre lang für die Bundeswehr in Masar-i-Scharif übersetzt hat, ist mit einem Evakuierungsflug der Luftwaffe über Taschkent nach Frankfurt gekommen. Angehörige leben seit 2016 in Würzburg.",
             "„Wir haben vier Tage vor dem Flughafentor gestanden“, sagte Farid Sultani, der Bruder des Übersetzers, der in Würzburg als Pflegehelfer arbeitet.",
             "Das Auswärtige Amt hat nach eigenen Angaben bisher mehr als 4000 Menschen aus Kabul ausgeflogen.")
         + listen("Zum Nachhören: Farid Sultani im Gespräch mit Mainwelle-Moderatorin Vera Kunkel", B + "/audio/2021/08/sultani.mp3", "5:30")
         + rel("Mehr zum Thema:", ["Afghanistan: Was wir wissen", "So können Sie in Würzburg helfen"], B + "/nachrichten"),
         dict(quotes=[q("Farid Sultani")], junk=["Veröffentlicht am 24.08.2021", "Zum Nachhören:", "Mehr zum Thema:"],
              note="Evakuierung aus Kabul durch die Bundeswehr nach dem Fall der afghanischen Regierung: Krise im Ausland mit Regierungshandeln, relevant. Die Moderatorin im Audio-Kasten ist keine Autorin.")),
        ("Main-Morgen mit Tobi und Vera – die Sendung vom 24. August", d(2021, 8, 24, 10, 0, 0, 2), "Main-Morgen", ["Sendungen"],
         p("Heute mit dem Kiliani-Rückblick, dem Wetter und eurem Musikwunsch.") + listen("Sendung anhören", B + "/audio/2021/08/mainmorgen-0824.mp3", "3:02:11"),
         dict(authors=[], story=False, rel=False, x=enclosure(B + "/audio/2021/08/mainmorgen-0824.mp3", "audio/mpeg", "182300000"), note="Sendung zum Nachhören: kein Artikel.")),
        ("Haiti: Missionsärztliches Institut schickt Team ins Erdbebengebiet", d(2021, 8, 18, 12, 30, 0, 2), "Lena Hartl", ["Nachrichten", "Welt"],
         stamp("Veröffentlicht am 18.08.2021 um 12:30 Uhr, aktualisiert um 14:05 Uhr")
         + p("Nach dem schweren Erdbeben im Süden Haitis mit mehr als 2000 Toten schickt das Würzburger Missionsärztliche Institut ein Ärzteteam nach Les Cayes.",
             "„Die Krankenhäuser dort sind zum Teil eingestürzt, es fehlt an allem“, sagte Dr. Ulrike Bachmann vom Missionsärztlichen Institut."),
         dict(quotes=[q("Ulrike Bachmann", "Missionsärztlichen Institut")], junk=["aktualisiert um 14:05 Uhr"], note="Tödliche Naturkatastrophe im Ausland mit Hilfe aus Deutschland: relevant (Regel D).")),
        ("Nach der Flut im Ahrtal: Würzburger THW kehrt zurück", d(2021, 8, 16, 17, 0, 0, 2), "Jonas Seubert", ["Nachrichten", "Region"],
         p("Nach drei Wochen im Katastrophengebiet in Rheinland-Pfalz sind 28 Helferinnen und Helfer des THW-Ortsverbands Würzburg zurück.",
           "„So etwas habe ich in dreißig Jahren nicht gesehen“, sagte Zugführer Markus Endres vom THW Würzburg."),
         dict(rel=False, quotes=[q("Markus Endres", "THW Würzburg")], note="Katastrophe im Inland: nicht relevant (Regel D).")),
        ("Straßenbahnlinie 6: Stadtrat gibt grünes Licht", d(2021, 8, 12, 18, 45, 0, 2), "Jonas Seubert", ["Nachrichten", "Region"],
         stamp("Veröffentlicht am 12.08.2021 um 18:45 Uhr") + p("Der Würzburger Stadtrat hat mit 38 zu 12 Stimmen den Bau der Straßenbahnlinie 6 zum Hubland beschlossen.", "Die Strecke soll rund 120 Millionen Euro kosten; Bund und Freistaat übernehmen bis zu 90 Prozent. Baubeginn ist frühestens 2024."), dict(rel=False, junk=['Veröffentlicht am 12.08.2021'], note="Lokales: nicht relevant.")),
        ("Gewinnspiel: Mainwelle verlost Tickets für den Hafensommer", d(2021, 8, 10, 9, 0, 0, 2), "Radio Mainwelle", ["Aktionen"],
         p("Einfach anrufen, wenn ihr den Mainwelle-Jingle hört!"), dict(authors=[], story=False, rel=False, note="Gewinnspiel: kein Artikel.")),
    ]
    head = wp_head("Nachrichten – Radio Mainwelle 94,6", B + "/nachrichten", "Das Radio für Würzburg und Mainfranken", "de-DE", d(2021, 8, 24, 16, 15, 0, 2), "5.8")
    return build_feed("de_by_radiomainwelle_nachrichten_wp58.rss.xml", "wp", B, head, rows, outlet="Radio Mainwelle", lang="de", aliases=["Radio Mainwelle 94,6"],
                      structure="Würzburger Lokalradio, WordPress 5.8 (2021): 'Veröffentlicht am … um … Uhr'-Zeile zuerst, 'Zum Nachhören:'-Audiokasten mit Moderatorin, 'Mehr zum Thema:'; Sendung mit Enclosure und Gewinnspiel im Nachrichten-Feed; Sendungsname als dc:creator.",
                      notes="Heimatland: Deutschland.")


def loerrach():
    B = "https://www.dreiland-tv.example"
    rows = [
        ("Grenzgänger: Berlin und Bern verhandeln über dauerhafte Homeoffice-Regel", d(2023, 3, 14, 18, 30, 0, 1), "Sabine Gräßlin", ["Region", "Dreiland"],
         jw("DtV8kL2m", "Video: Dreiland aktuell vom 14. März 2023")
         + p("Deutschland und die Schweiz verhandeln über eine dauerhafte Regel, nach der Grenzgänger einen Teil ihrer Arbeitszeit im Homeoffice verbringen dürfen, ohne dass sich ihre Besteuerung ändert. Die Corona-Sonderregel ist ausgelaufen; Frankreich und die Schweiz haben sich bereits auf 40 Prozent geeinigt.",
             "„Für die 60.000 Pendler aus unserem Landkreis wäre das eine echte Erleichterung“, sagte Martin Zehnle, Geschäftsführer der IHK Hochrhein-Bodensee.")
         + p("<em>Beitrag: Sabine Gräßlin, Kamera: Urs Vögtli</em>"),
         dict(quotes=[q("Martin Zehnle", "IHK Hochrhein-Bodensee")], junk=["Kamera: Urs Vögtli", "Video: Dreiland aktuell"], note="Zwischenstaatliche Verhandlungen Deutschland–Schweiz: relevant. Die Kamera ist keine Autorin.")),
        ("Dreiland aktuell – die Sendung vom 13. März 2023", d(2023, 3, 13, 19, 0, 0, 1), "Dreiland TV", ["Sendungen"],
         jw("DtV7aa1q") + p("Die ganze Sendung mit Moderatorin Katrin Wehrle."),
         dict(authors=[], story=False, rel=False, x=media("https://cdn.dreiland-tv.example/sendung/2023-03-13.mp4", "video/mp4", "1440"), note="Ganze Sendung (Video): kein Artikel.")),
        ("Streik gegen Rentenreform: Kaum Züge zwischen Mulhouse und Basel", d(2023, 3, 7, 12, 15, 0, 1), "Patrick Ehret", ["Dreiland"],
         jw("DtV6ppQ3")
         + p("Der landesweite Streik gegen die Rentenreform in Frankreich hat auch das Dreiland getroffen: Zwischen Mulhouse und Basel fuhr am Dienstag nur jeder vierte Regionalzug.",
             "„Wir raten allen, heute auf das Auto oder das Homeoffice auszuweichen“, sagte Claire Meyer, Sprecherin der Region Grand Est."),
         dict(quotes=[q("Claire Meyer", "Region Grand Est")], note="Politischer Konflikt und Streiks im Nachbarland: relevant.")),
        ("Zentralklinikum Lörrach: Eröffnung verschiebt sich auf 2025", d(2023, 3, 6, 17, 0, 0, 1), "Patrick Ehret", ["Region"],
         jw("DtV5tt0r") + p("Der Neubau in Lörrach wird später fertig als geplant.", "„Die Lieferketten sind das Problem“, sagte Armin Müller, Geschäftsführer der Kliniken des Landkreises Lörrach."),
         dict(rel=False, quotes=[q("Armin Müller", "Kliniken des Landkreises Lörrach")], note="Lokales: nicht relevant.")),
        ("Credit-Suisse-Übernahme: Grenzgänger aus dem Landkreis bangen um ihre Stellen", d(2023, 3, 20, 16, 40, 0, 1), ["Sabine Gräßlin", "Patrick Ehret"], ["Dreiland"],
         jw("DtV4uuE5")
         + p("Nach der von der Schweizer Regierung eingefädelten Notübernahme der Credit Suisse durch die UBS fürchten Hunderte Grenzgänger aus dem Landkreis Lörrach, die für die beiden Banken in Basel arbeiten, um ihre Arbeitsplätze.",
             "„Niemand weiß, welche Abteilungen doppelt sind“, sagte Nadine Roux, Sekretärin der Gewerkschaft Unia in Basel."),
         dict(quotes=[q("Nadine Roux", "Gewerkschaft Unia")], note="Staatlich vermittelte Bankenrettung im Nachbarland mit Folgen für deutsche Grenzgänger: relevant. Zwei Autoren. Neuester Eintrag nicht oben.")),
        ("Stimmen-Festival 2023: Das Programm steht", d(2023, 3, 1, 11, 0, 0, 1), "Dreiland TV", ["Kultur"],
         p("Tickets gibt es ab Samstag. Dreiland TV ist Medienpartner."), dict(authors=[], story=False, rel=False, note="Veranstaltungshinweis/Medienpartnerschaft: kein Artikel.")),
    ]
    head = plain_head("Dreiland TV – Nachrichten", B, "Regionalfernsehen für Lörrach, Basel und das Elsass", "de-DE", d(2023, 3, 14, 18, 35, 0, 1), "© 2023 Dreiland TV GmbH", "TYPO3 CMS / tx_news")
    return build_feed("de_bw_dreilandtv_nachrichten_typo3.rss.xml", "plain", B, head, rows, outlet="Dreiland TV", lang="de",
                      structure="Lörracher Regionalfernsehen, TYPO3 tx_news-RSS (2023): jeder Beitrag mit JW-Player-Einbettung und kursiver 'Video:'-Zeile, 'Beitrag: …, Kamera: …'-Abspann, ganze Sendung mit media:content, Veranstaltungshinweis.",
                      notes="Heimatland: Deutschland.")


def krems():
    B = "https://www.donau-tv.example"
    rows = [
        ("Dukovany-Ausbau: Niederösterreich legt Einspruch in Prag ein", d(2024, 7, 19, 17, 20, 0, 2), "Christoph Haslinger", ["News", "Niederösterreich"],
         bc("6358120045112", "6012345678001")
         + p("Nach der Entscheidung der tschechischen Regierung, zwei neue Reaktorblöcke in Dukovany von einem südkoreanischen Konzern bauen zu lassen, hat das Land Niederösterreich eine Stellungnahme im grenzüberschreitenden Umweltverfahren eingebracht.",
             "„Dukovany liegt 35 Kilometer von der Grenze. Wir wollen mitreden“, sagte Johanna Pfeiffer, Atomschutzbeauftragte des Landes Niederösterreich."),
         dict(quotes=[q("Johanna Pfeiffer", "Landes Niederösterreich")], note="Grenzüberschreitender Streit Österreich–Tschechien: relevant.")),
        ("Kremser Ärzteteam zurück aus Gaza", d(2024, 7, 16, 19, 0, 0, 2), "Anna-Lena Wiesinger", ["News"],
         bc("6358099931112", "6012345678001")
         + p("Nach sechs Wochen in einem Feldspital in Rafah sind zwei Ärztinnen und ein Pfleger aus dem Universitätsklinikum Krems zurück in der Wachau.",
             "„Wir haben unter Beschuss operiert“, sagte die Chirurgin Maria Hofbauer vom Universitätsklinikum Krems."),
         dict(quotes=[q("Maria Hofbauer", "Universitätsklinikum Krems")], note="Staatsangehörige im Krieg im Ausland: relevant (Regel C (c)).")),
        ("Donau TV Magazin – Folge 28/2024", d(2024, 7, 14, 18, 0, 0, 2), "Donau TV", ["Sendungen"],
         bc("6358080011112", "6012345678001") + p("Diese Woche: Marillenernte, Weinherbst-Vorschau und das Donaufestival."),
         dict(authors=[], story=False, rel=False, note="Wochenmagazin (Sendung): kein Artikel.")),
        ("Marillenernte in der Wachau: Hagel kostet ein Drittel", d(2024, 7, 12, 16, 0, 0, 2), "Anna-Lena Wiesinger", ["News"],
         bc("6358070021112", "6012345678001") + p("Die Wachauer Marillenbauern rechnen nach dem Hagel im Juni mit einem Drittel weniger Ernte als im Vorjahr.", "Besonders betroffen sind die Lagen um Spitz und Weißenkirchen. Der Kilopreis ab Hof liegt heuer bei acht bis zehn Euro."), dict(rel=False, note="Lokales: nicht relevant.")),
        ("Hochwasser: Kamp erreicht Warnstufe, Gemeinden bereiten Sandsäcke vor", d(2024, 9, 14, 10, 30, 0, 2), "Christoph Haslinger", ["News"],
         bc("6361200001112", "6012345678001")
         + p("Nach tagelangem Regen hat der Kamp bei Langenlois die Warnstufe erreicht; im Bezirk Krems-Land sind 400 Feuerwehrleute im Einsatz.",
             "„Wir rechnen mit einem Höchststand in der Nacht“, sagte Bezirksfeuerwehrkommandant Josef Lechner."),
         dict(rel=False, quotes=[q("Josef Lechner", "Bezirksfeuerwehrkommandant")], note="Katastrophe im Inland: nicht relevant (Regel D). Nicht in Datumsreihenfolge.")),
        ("Bildergalerie: Donaufestival-Abschluss", d(2024, 7, 8, 9, 0, 0, 2), "Donau TV", ["Galerie"],
         p("Fotos: Donau TV/Gerhard Zach"), dict(authors=[], story=False, rel=False, junk=["Fotos: Donau TV/Gerhard Zach"], note="Galerie: kein Artikel.")),
    ]
    head = atom_head("Donau TV – News", B, "Regionalfernsehen für Krems und die Wachau", d(2024, 9, 14, 10, 35, 0, 2), "© 2024 Donau TV Regionalfernsehen GmbH", "Craft CMS", "Donau TV")
    return build_feed("de_at_donautv_news_craft_atom.atom.xml", "atom", B, head, rows, outlet="Donau TV", lang="de", path="news",
                      structure="Kremser Regionalfernsehen (Niederösterreich), Atom aus Craft CMS (2024): Brightcove-iframes, Wochenmagazin und Galerie, jüngster Eintrag (Hochwasser) nicht oben; Feed-Autor 'Donau TV'.",
                      notes="Heimatland: Österreich.")


def piacenza():
    B = "https://www.telefarnese.example"
    rows = [
        ("Coronavirus, dalla Cina 30 respiratori per l'ospedale di Piacenza", d(2020, 4, 2, 18, 15, 0, 2), "Giulia Repetti", ["Cronaca", "Mondo"],
         yt("Tf1Cv2Bn3Mm", "TG TeleFarnese: respiratori dalla Cina")
         + p("È atterrato a Malpensa il carico di dispositivi medici donato dalla Cina alla Protezione civile: trenta respiratori sono destinati all'ospedale Guglielmo da Saliceto di Piacenza.",
             "«Ci permetteranno di aprire altri quindici posti di terapia intensiva», ha detto Marco Dellapina, direttore generale dell'Ausl di Piacenza.")
         + p("<strong>Guarda anche:</strong> <a href=\"https://www.telefarnese.example/video/applausi\">Gli applausi dai balconi di via XX Settembre</a>"),
         dict(quotes=[q("Marco Dellapina", "Ausl di Piacenza")], junk=["Guarda anche:", "Gli applausi dai balconi"], note="Aiuti dall'estero durante l'epidemia: relevant.")),
        ("TG TeleFarnese, edizione delle 19.30 del 1° aprile", d(2020, 4, 1, 20, 0, 0, 2), "Redazione", ["TG"],
         yt("Tg0Ed1Ti2On", "TG TeleFarnese 1 aprile") + p("L'edizione completa del telegiornale."),
         dict(authors=[], story=False, rel=False, note="Telegiornale completo (video): non è un articolo.")),
        ("Italiani bloccati in Perù, la Farnesina organizza un volo: a bordo due piacentini", d(2020, 3, 31, 13, 0, 0, 2), "Marco Bersani", ["Mondo"],
         p("Due piacentini bloccati a Cusco dalla chiusura delle frontiere peruviane sono rientrati con il volo speciale organizzato dalla Farnesina da Lima a Roma.",
           "«Siamo rimasti chiusi in un ostello per due settimane», ha raccontato Silvia Cordani, di Castel San Giovanni."),
         dict(quotes=[q("Silvia Cordani")], note="Volo di rimpatrio organizzato dal governo: relevant (regola C (b)).")),
        ("Piacenza, mascherine distribuite casa per casa dai volontari", d(2020, 3, 30, 17, 30, 0, 2), "Giulia Repetti", ["Cronaca"],
         p("I volontari della Protezione civile e delle associazioni di quartiere hanno distribuito 40mila mascherine casa per casa in città, partendo dagli over 65.", "La distribuzione proseguirà la prossima settimana nei comuni della Val Trebbia e della Val Nure.", "«Nessuno resterà senza», ha detto l'assessore Sergio Bertuzzi."),
         dict(rel=False, quotes=[q("Sergio Bertuzzi", "assessore")], note="Cronaca locale: not relevant.")),
        ("Coronabond, scontro in Europa: l'Italia guida il fronte dei nove", d(2020, 3, 27, 12, 0, 0, 2), "Marco Bersani", ["Mondo", "Politica"],
         p("Il vertice europeo in videoconferenza si è chiuso senza accordo sugli strumenti di debito comune chiesti da Italia, Spagna, Francia e altri sei paesi.",
           "«Senza solidarietà l'Unione rischia di perdere il senso», ha detto Anna Ferrari, docente di diritto dell'Unione europea all'Università Cattolica di Piacenza."),
         dict(quotes=[q("Anna Ferrari", "Università Cattolica di Piacenza")], note="Politica europea: relevant.")),
        ("Guarda: il flash mob dei medici del Pronto soccorso", d(2020, 3, 26, 21, 0, 0, 2), "Redazione", ["Video"],
         yt("Fl4Mo5Bb6Pp", "Flash mob Pronto soccorso") + p("Il video."),
         dict(authors=[], story=False, rel=False, note="Video: non è un articolo.")),
    ]
    head = wp_head("TeleFarnese", B, "La tv di Piacenza", "it-IT", d(2020, 4, 2, 18, 20, 0, 2), "5.4")
    return build_feed("it_pc_telefarnese_news_wp54.rss.xml", "wp", B, head, rows, outlet="TeleFarnese", lang="it",
                      structure="Televisione locale di Piacenza, WordPress 5.4 (2020): embed YouTube in testa, 'Guarda anche:' in grassetto, telegiornale completo e video nel feed; 'Redazione' come dc:creator.",
                      notes="Paese: Italia.")


def viterbo():
    B = "https://www.radiotusciauno.example"
    rows = [
        ("Ucraina, a Viterbo arrivano 40 profughi: accolti nel convento di Santa Rosa", d(2022, 3, 9, 13, 40, 0, 1), "Federica Anselmi", ["Attualità"],
         p("Quaranta profughi ucraini, quasi tutti donne e bambini, sono arrivati a Viterbo dopo due giorni di pullman dalla frontiera polacca.",
           "«Le famiglie resteranno qui finché sarà necessario», ha detto suor Marta Olivieri, superiora del monastero di Santa Rosa.")
         + listen("Ascolta l'intervista di Radio Tuscia Uno", B + "/audio/2022/03/olivieri.mp3", "04:10"),
         dict(quotes=[q("Marta Olivieri", "monastero di Santa Rosa")], junk=["Ascolta l'intervista"], note="Profughi della guerra in Ucraina: relevant.")),
        ("Buongiorno Tuscia – la puntata del 9 marzo", d(2022, 3, 9, 9, 0, 0, 1), "Buongiorno Tuscia", ["Podcast"],
         p("Riascolta la puntata con Andrea e Chiara.") + listen("Play", B + "/podcast/bt-0309.mp3", "1:55:00"),
         dict(authors=[], story=False, rel=False, x=enclosure(B + "/podcast/bt-0309.mp3", "audio/mpeg", "110000000"), note="Podcast della trasmissione: non è un articolo.")),
        ("Grano alle stelle per la guerra, gli agricoltori della Tuscia: «Costi insostenibili»", d(2022, 3, 8, 17, 0, 0, 1), "Daniele Costantini", ["Economia"],
         p("Il prezzo del grano duro è salito del 40 per cento in due settimane dopo l'invasione russa dell'Ucraina.",
           "«Il gasolio e i concimi sono raddoppiati», ha detto Renato Pacelli, presidente di Coldiretti Viterbo."),
         dict(t="Grano alle stelle per la guerra, gli agricoltori della Tuscia: «Costi insostenibili»", quotes=[q("Renato Pacelli", "Coldiretti Viterbo")], note="Prezzi mondiali colpiti dalla guerra: relevant.")),
        ("Italiani in Ucraina, la Farnesina: «Lasciate subito il paese»", d(2022, 2, 24, 10, 30, 0, 1), "Daniele Costantini", ["Attualità"],
         p("La Farnesina ha chiesto ai connazionali ancora in Ucraina di lasciare il paese e di registrarsi sul sito Dove siamo nel mondo. Tra loro un ingegnere di Tarquinia che lavora a Leopoli.",
           "«Partiamo stanotte per la Polonia», ha detto al telefono Stefano Ricci."),
         dict(quotes=[q("Stefano Ricci")], note="Connazionali in un paese in guerra, governo che invita a partire: relevant (regola C (b)). Non in ordine di data.")),
        ("Viterbese, pari con il Monopoli al Rocchi", d(2022, 3, 6, 18, 0, 0, 1), "Luca Moretti", ["Sport"],
         p("Finisce 1-1 al Rocchi: gialloblù avanti con un colpo di testa su calcio d'angolo, pareggio pugliese a dieci minuti dalla fine.", "La Viterbese resta a due punti dalla zona playout.") + listen("Ascolta il commento di Radio Tuscia Uno Sport", "https://www.radiotusciauno.example/audio/2022/03/viterbese.mp3", "02:40"), dict(rel=False, junk=['Ascolta il commento'], note="Sport locale: not relevant.")),
        ("Radio Tuscia Uno cerca speaker: manda il tuo demo", d(2022, 3, 5, 10, 0, 0, 1), "Radio Tuscia Uno", ["Radio"],
         p("Invia il tuo provino entro il 31 marzo."), dict(authors=[], story=False, rel=False, note="Offerta di lavoro: non è un articolo.")),
    ]
    head = plain_head("Radio Tuscia Uno - Notizie", B, "La radio di Viterbo e della Tuscia", "it-it", d(2022, 3, 9, 13, 45, 0, 1), "Radio Tuscia Uno srl", "Joomla! 4 - Open Source Content Management")
    return build_feed("it_vt_radiotusciauno_notizie_joomla4.rss.xml", "plain", B, head, rows, outlet="Radio Tuscia Uno", lang="it",
                      structure="Radio di Viterbo, RSS Joomla 4 (2022) con content:encoded: blocchi 'Ascolta l'intervista', podcast della trasmissione con enclosure, offerta di lavoro; item del 24 febbraio fuori ordine.",
                      notes="Paese: Italia.")


def piracicaba():
    B = "https://radiocolina981.example"
    rows = [
        ("Repatriados do Líbano: piracicabana chega a Guarulhos em voo da FAB", d(2024, 10, 7, 11, 20, 0, -3), "Juliana Mendes", ["Notícias", "Mundo"],
         p("Uma moradora de Piracicaba e os dois filhos desembarcaram na madrugada desta segunda-feira em Guarulhos no terceiro voo da Força Aérea Brasileira com brasileiros retirados do Líbano.",
           "“A gente dormia ouvindo as bombas no sul de Beirute”, contou Samira Haddad, de 38 anos.",
           "A operação é coordenada pelo Itamaraty e pelo Ministério da Defesa.")
         + listen("Ouça a reportagem de Juliana Mendes", B + "/audio/2024/10/repatriados.mp3", "03:22"),
         dict(quotes=[q("Samira Haddad")], junk=["Ouça a reportagem"], note="Repatriação pelo governo de brasileiros de uma zona de guerra: relevant (regra C (b)).")),
        ("Jornal da Colina – edição de 4/10", d(2024, 10, 4, 12, 30, 0, -3), "Jornal da Colina", ["Programas"],
         listen("Ouça a edição completa", B + "/audio/2024/10/jc-0410.mp3", "58:00"),
         dict(authors=[], story=False, rel=False, x=enclosure(B + "/audio/2024/10/jc-0410.mp3", "audio/mpeg", "55680000"), note="Programa completo em áudio: não é notícia.")),
        ("Acordo Mercosul–UE: usinas de Piracicaba veem chance para etanol", d(2024, 12, 9, 16, 0, 0, -3), "Rafael Bortoletto", ["Notícias", "Economia"],
         p("Usinas da região de Piracicaba comemoraram a conclusão das negociações do acordo entre o Mercosul e a União Europeia, que prevê cota de etanol com tarifa reduzida.",
           "“É um mercado de 450 milhões de pessoas que se abre aos poucos”, disse Márcio Furlan, diretor da Associação dos Fornecedores de Cana de Piracicaba."),
         dict(quotes=[q("Márcio Furlan", "Associação dos Fornecedores de Cana de Piracicaba")], note="Acordo comercial entre blocos: relevant. Item mais novo no meio do feed.")),
        ("Câmara de Piracicaba aprova reajuste da tarifa de ônibus", d(2024, 10, 3, 19, 0, 0, -3), "Rafael Bortoletto", ["Notícias"],
         p("A Câmara de Vereadores de Piracicaba aprovou por 14 votos a 9 o reajuste da tarifa de ônibus urbano, que passa de R$ 4,85 para R$ 5,20 em janeiro.", "Estudantes e idosos mantêm a gratuidade. A oposição quer levar o tema a audiência pública."), dict(rel=False, note="Local: não relevante.")),
        ("Enchentes no RS: voluntários de Piracicaba levam 12 toneladas de doações", d(2024, 5, 10, 15, 0, 0, -3), "Juliana Mendes", ["Notícias"],
         p("Seis caminhões com água, roupas e ração para animais saíram do Engenho Central rumo a Porto Alegre, onde as enchentes já deixaram mais de cem mortos.", "A campanha continua recebendo doações até sexta-feira.", "“Piracicaba não podia ficar parada”, disse a coordenadora Tânia Rosalen."),
         dict(rel=False, quotes=[q("Tânia Rosalen", "coordenadora")], note="Desastre no próprio país: não relevante (regra D).")),
        ("Promoção: ganhe ingressos para a Festa das Nações", d(2024, 5, 8, 9, 0, 0, -3), "Rádio Colina", ["Promoções"],
         p("Ligue para o estúdio e concorra."), dict(authors=[], story=False, rel=False, note="Promoção: não é notícia.")),
    ]
    head = wp_head("Rádio Colina 98,1 FM", B, "A rádio de Piracicaba", "pt-BR", d(2024, 12, 9, 16, 5, 0, -3), "6.6.2")
    return build_feed("pt_br_sp_radiocolina_noticias_wp66.rss.xml", "wp", B, head, rows, outlet="Rádio Colina 98,1 FM", lang="pt", aliases=["Rádio Colina"],
                      structure="Rádio de Piracicaba (SP), WordPress 6.6.2 (2024): blocos 'Ouça a reportagem', programa completo com enclosure, promoção; itens fora de ordem de data.",
                      notes="País: Brasil.")


def blumenau():
    B = "https://tvvale.example"
    rows = [
        ("Catarinenses retirados de Israel chegam em voo da FAB; blumenauense relata ataque", d(2023, 10, 12, 20, 30, 0, -3), "Carolina Schmitt", ["Notícias", "Mundo"],
         jw("Tvv9Is0r", "Assista à reportagem da TV Vale")
         + p("Quatro moradores do Vale do Itajaí estavam no segundo voo da FAB que trouxe brasileiros de Tel Aviv após o ataque do Hamas ao sul de Israel.",
             "“Passamos a noite no abrigo do hotel ouvindo as sirenes”, disse Henrique Kraus, de Blumenau.")
         + p("<em>Publicado em 12/10/2023 às 20h30 - Atualizado em 12/10/2023 às 21h15</em>"),
         dict(quotes=[q("Henrique Kraus")], junk=["Assista à reportagem da TV Vale", "Atualizado em 12/10/2023"], note="Repatriação de uma zona de guerra: relevant (regra C).")),
        ("Jornal do Vale 1ª edição – 11/10/2023", d(2023, 10, 11, 13, 0, 0, -3), "TV Vale", ["Vídeos"],
         jw("Tvv8Jv1e") + p("Assista na íntegra."),
         dict(authors=[], story=False, rel=False, x=media("https://cdn.tvvale.example/jv1-20231011.mp4", "video/mp4", "1800"), note="Telejornal completo: não é notícia.")),
        ("Rio Itajaí-Açu passa de 10 metros e Defesa Civil abre abrigos", d(2023, 10, 9, 8, 30, 0, -3), "Felipe Hering", ["Notícias"],
         jw("Tvv7En2c")
         + p("O nível do Itajaí-Açu chegou a 10,2 metros na madrugada, e a Defesa Civil de Blumenau abriu oito abrigos.", "“Quem mora em área de risco deve sair agora”, disse o coordenador da Defesa Civil, Carlos Fiedler."),
         dict(rel=False, quotes=[q("Carlos Fiedler", "Defesa Civil")], note="Enchente no próprio país: não relevante (regra D).")),
        ("Terremoto no Marrocos: blumenauense que vive em Marrakech relata noite na rua", d(2023, 9, 10, 17, 0, 0, -3), "Carolina Schmitt", ["Mundo"],
         jw("Tvv6Mr3k")
         + p("O terremoto de magnitude 6,8 que matou mais de 2 mil pessoas no Marrocos fez uma professora de Blumenau passar a noite na praça Jemaa el-Fna.",
             "“Ninguém quis voltar para dentro de casa”, disse Luana Zimmermann."),
         dict(quotes=[q("Luana Zimmermann")], note="Desastre natural com mortos no exterior: relevant (regra D).")),
        ("Argentina em crise: têxteis de Blumenau sentem queda nas vendas", d(2023, 10, 2, 18, 10, 0, -3), "Felipe Hering", ["Economia"],
         p("Com a inflação argentina acima de 130% e controles de câmbio, exportadores têxteis da região viram as encomendas caírem pela metade.",
           "“Nossos clientes em Buenos Aires não conseguem pagar em dólar”, disse Ingrid Wachholz, gerente de exportação da Malharia Vale Azul."),
         dict(quotes=[q("Ingrid Wachholz", "Malharia Vale Azul")], note="Crise econômica em país vizinho afetando o comércio: relevant.")),
        ("Oktoberfest Blumenau 2023 bate recorde de público", d(2023, 10, 23, 10, 0, 0, -3), "Felipe Hering", ["Notícias"],
         jw("Tvv5Ok4t", "Assista: o último dia de festa na Vila Germânica") + p("A 38ª Oktoberfest de Blumenau terminou no domingo com 620 mil visitantes nos 19 dias de festa, segundo a prefeitura.", "O consumo de chope passou de 700 mil litros."), dict(rel=False, junk=['Assista: o último dia de festa'], note="Local: não relevante.")),
    ]
    head = plain_head("TV Vale – Notícias", B, "A TV de Blumenau e do Vale do Itajaí", "pt-br", d(2023, 10, 23, 10, 5, 0, -3), "© 2023 TV Vale do Itajaí", "Drupal 10")
    return build_feed("pt_br_sc_tvvale_noticias_drupal10.rss.xml", "plain", B, head, rows, outlet="TV Vale", lang="pt",
                      structure="TV de Blumenau (SC), RSS Drupal 10 (2023) com content:encoded: JW Player com legenda 'Assista à reportagem', linha 'Publicado em … - Atualizado em …', telejornal completo com media:content; itens fora de ordem.",
                      notes="País: Brasil.")


def jhang():
    B = "https://jhangfm96.example"
    rows = [
        ("یوکرین میں پھنسے جھنگ کے تین طلبہ وطن واپس پہنچ گئے", d(2022, 3, 5, 15, 0, 0, 5), "رپورٹ: محمد عمران سیال", ["خبریں", "بین الاقوامی"],
         p("یوکرین کے شہر خارکیف میں زیر تعلیم جھنگ کے تین میڈیکل طلبہ پولینڈ کے راستے خصوصی پرواز سے اسلام آباد پہنچ گئے۔",
           "محمد فیصل نے جھنگ ایف ایم سے گفتگو میں کہا ”ہم نے دو دن ریلوے سٹیشن پر گزارے، سفارت خانے نے بسوں کا انتظام کیا۔“",
           "وزارت خارجہ کے مطابق اب تک ڈیڑھ ہزار سے زائد پاکستانیوں کو یوکرین سے نکالا جا چکا ہے۔")
         + listen("سنیے: محمد فیصل کی گفتگو", B + "/audio/faisal.mp3", "04:12"),
         dict(authors=["محمد عمران سیال"], quotes=[q("محمد فیصل")], junk=["سنیے: محمد فیصل کی گفتگو"], note="حکومت کی جانب سے جنگ زدہ ملک سے شہریوں کا انخلا: relevant (rule C (b)). 'رپورٹ:' is not part of the name.")),
        ("صبح جھنگ: پروگرام 5 مارچ 2022", d(2022, 3, 5, 9, 0, 0, 5), "جھنگ ایف ایم 96", ["پروگرام"],
         listen("پورا پروگرام سنیے", B + "/audio/subh-0305.mp3", "1:58:00"),
         dict(authors=[], story=False, rel=False, x=enclosure(B + "/audio/subh-0305.mp3", "audio/mpeg", "113000000"), note="Radio programme: non-story.")),
        ("طورخم: افغان حکام نے پاکستانی ٹرکوں کو روک دیا، جھنگ کے ڈرائیور پھنس گئے", d(2022, 3, 3, 18, 30, 0, 5), "رپورٹ: محمد عمران سیال", ["خبریں", "بین الاقوامی"],
         p("طالبان حکومت کی جانب سے نئی کسٹم فیس کے تنازع پر طورخم سرحد پر سینکڑوں پاکستانی ٹرک تین دن سے کھڑے ہیں۔",
           "ٹرانسپورٹر حاجی غلام عباس نے کہا ”ہماری گاڑیوں میں سبزی لدی ہے جو خراب ہو رہی ہے۔“"),
         dict(authors=["محمد عمران سیال"], quotes=[q("غلام عباس")], note="Pakistan–Afghanistan border dispute: relevant. 'حاجی' is an honorific.")),
        ("جھنگ میں گندم کی سرکاری خریداری یکم اپریل سے", d(2022, 3, 2, 12, 0, 0, 5), "نمائندہ جھنگ ایف ایم", ["خبریں"],
         p("محکمہ خوراک نے گندم کی سرکاری خریداری کے لیے ضلع جھنگ میں 24 خریداری مراکز قائم کرنے کا اعلان کیا ہے۔", "باردانہ کی درخواستیں 20 مارچ تک وصول کی جائیں گی اور سرکاری نرخ 2200 روپے فی من مقرر کیا گیا ہے۔"), dict(authors=[], rel=False, note="Local: not relevant.")),
        ("او آئی سی وزرائے خارجہ کا اجلاس اسلام آباد میں، جھنگ کے علما کا خیرمقدم", d(2022, 3, 1, 16, 0, 0, 5), "ویب ڈیسک", ["خبریں", "بین الاقوامی"],
         p("اسلامی تعاون تنظیم کے وزرائے خارجہ کی کونسل کا 48واں اجلاس 22 اور 23 مارچ کو اسلام آباد میں ہوگا جس میں افغانستان کی صورتحال اور اسلاموفوبیا پر بات ہوگی۔",
           "جامعہ محمدیہ جھنگ کے مہتمم مولانا رانا اکرم نے کہا ”امت کے مسائل پر اسلام آباد میں بات ہونا خوش آئند ہے۔“"),
         dict(authors=[], quotes=[q("رانا اکرم", "جامعہ محمدیہ جھنگ")], note="International conference of foreign ministers hosted by Pakistan: relevant. Desk credit gives no author; 'مولانا' is a title.")),
        ("سنیے: جھنگ کی خبریں — شام 6 بجے کا بلیٹن", d(2022, 2, 28, 18, 0, 0, 5), "جھنگ ایف ایم 96", ["بلیٹن"],
         listen("بلیٹن سنیے", B + "/audio/bulletin-1800.mp3", "05:00"),
         dict(authors=[], story=False, rel=False, note="Audio bulletin: non-story.")),
    ]
    head = wp_head("جھنگ ایف ایم 96", B, "جھنگ کی آواز", "ur", d(2022, 3, 5, 15, 5, 0, 5), "5.9.2")
    return build_feed("ur_pk_pb_jhangfm96_khabrain_wp59.rss.xml", "wp", B, head, rows, outlet="جھنگ ایف ایم 96", lang="ur", aliases=["جھنگ ایف ایم"],
                      structure="Jhang FM station (Punjab), WordPress 5.9.2 (2022): 'سنیے:' audio blocks, 'رپورٹ:' prefixed dc:creator, 'نمائندہ' and 'ویب ڈیسک' credits, programme with enclosure and an audio bulletin.",
                      notes="Home country: Pakistan.")


def swat():
    B = "https://swatradio.example"
    rows = [
        ("پاک افغان سرحد پر جھڑپیں: باجوڑ اور سوات کے تاجروں کی تشویش", d(2025, 10, 13, 14, 0, 0, 5), "فضل ربی", ["قومی", "بین الاقوامی"],
         p("پاکستان اور افغانستان کی فورسز کے درمیان سرحد پر رات بھر جاری رہنے والی جھڑپوں کے بعد طورخم اور چمن سمیت تمام گزرگاہیں بند کر دی گئیں۔",
           "سوات ٹریڈرز فیڈریشن کے صدر عبدالرحیم خان نے سوات ریڈیو کو بتایا ”مینگورہ کی منڈی کا آدھا مال افغانستان جاتا ہے، سرحد بند ہونے سے کاروبار رک گیا ہے۔“")
         + yt("Sw1Ra2Dd3Oo", "سوات ریڈیو: سرحدی جھڑپیں"),
         dict(quotes=[q("عبدالرحیم خان", "سوات ٹریڈرز فیڈریشن")], note="Armed clashes between two states: relevant.")),
        ("ایران اسرائیل جنگ: سوات کے زائرین ایران سے بحفاظت واپس", d(2025, 6, 20, 17, 30, 0, 5), "نمائندہ سوات ریڈیو", ["بین الاقوامی"],
         p("ایران میں پھنسے سوات کے 23 زائرین تفتان کے راستے وطن واپس پہنچ گئے۔ حکومت نے سرحد پر خصوصی انتظامات کیے تھے۔",
           "زائر سید مختار شاہ نے کہا ”مشہد میں ہم نے دھماکوں کی آوازیں سنیں۔“"),
         dict(authors=[], quotes=[q("سید مختار شاہ")], note="Nationals caught up in a war abroad, government arrangements: relevant (rule C). 'نمائندہ' credit gives no author.")),
        ("دریائے سوات میں سیلابی ریلا، سیاحوں کی ہلاکتوں کے بعد تحقیقات کا حکم", d(2025, 6, 28, 11, 0, 0, 5), "فضل ربی", ["مقامی"],
         p("دریائے سوات میں اچانک سیلابی ریلے میں بہہ جانے والے سیاحوں کے واقعے پر صوبائی حکومت نے تحقیقات کا حکم دے دیا۔",
           "ریسکیو 1122 کے ترجمان شفیق گل نے کہا ”ہماری ٹیمیں بیس منٹ میں پہنچ گئی تھیں۔“"),
         dict(rel=False, quotes=[q("شفیق گل", "ریسکیو 1122")], note="Disaster at home: not relevant (rule D).")),
        ("پشتو پروگرام: د سوات غږ — قسط 112", d(2025, 10, 12, 20, 0, 0, 5), "سوات ریڈیو", ["پروگرام"],
         yt("Pa4Sh5To6Pg", "د سوات غږ 112") + p("ہفتہ وار پروگرام دیکھیے اور سنیے۔"),
         dict(authors=[], story=False, rel=False, note="Weekly programme episode: non-story.")),
        ("پاک سعودی دفاعی معاہدہ: سوات کے سعودی عرب میں مقیم محنت کشوں کا خیرمقدم", d(2025, 9, 18, 16, 0, 0, 5), "فضل ربی", ["بین الاقوامی"],
         p("پاکستان اور سعودی عرب کے درمیان باہمی دفاع کے معاہدے پر سوات سے تعلق رکھنے والے تارکین وطن نے خوشی کا اظہار کیا ہے۔",
           "ریاض میں مقیم محمد ایاز نے فون پر کہا ”یہ دونوں ملکوں کی دوستی کا نیا باب ہے۔“"),
         dict(quotes=[q("محمد ایاز")], note="Bilateral defence agreement: relevant.")),
        ("مالم جبہ میں سیاحتی سیزن کا آغاز", d(2025, 10, 10, 10, 0, 0, 5), "فضل ربی", ["مقامی"],
         p("مالم جبہ میں سردیوں کے سیاحتی سیزن کا آغاز ہو گیا اور چیئر لفٹ دوبارہ کھول دی گئی۔", "ہوٹل ایسوسی ایشن کے مطابق پہلے ہفتے میں ستر فیصد کمرے بک ہو چکے ہیں۔"), dict(rel=False, note="Local: not relevant.")),
    ]
    head = plain_head("سوات ریڈیو — خبریں", B, "سوات کی خبریں اور پروگرام", "ur-PK", d(2025, 10, 13, 14, 5, 0, 5), "© 2025 سوات ریڈیو", "Laravel feed")
    return build_feed("ur_pk_kp_swatradio_khabrain_laravel25.rss.xml", "plain", B, head, rows, outlet="سوات ریڈیو", lang="ur",
                      structure="Swat radio station (Khyber Pakhtunkhwa), RSS from a Laravel app (2025): YouTube embeds, a Pashto programme episode, 'نمائندہ' credit; items not in date order.",
                      notes="Home country: Pakistan.")


FEEDS = [wuerzburg, loerrach, krems, piacenza, viterbo, piracicaba, blumenau, jhang, swat]
