# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu feeds of the sixty-sixth held-out set (list Q)."""
from h66 import TL, atom_head, bio, box, build_feed, corr, d, fig, h, live, news, p, plain_head, pq, q, qa, rel, tweet, wp_head


def kempten():
    B = "https://rundblick-allgaeu.example"
    rows = [
        ("Analyse: Was das Grenzregime an der österreichischen Grenze für das Allgäu bedeutet", d(2021, 2, 16, 17, 30, 0, 1), "Von Franziska Hörmann", ["Welt", "Analyse"],
         p("Seit Sonntag kontrolliert die Bundespolizei wieder an den Übergängen nach Tirol, weil sich dort die Südafrika-Variante des Coronavirus ausbreitet. Für Pendler aus dem Außerfern ist das ein Einschnitt.",
           "„Wir haben 2000 Beschäftigte aus Tirol, und seit Sonntag kommt die Hälfte nicht mehr über die Grenze“, sagte Martin Wechs, Geschäftsführer der IHK-Regionalversammlung Kempten-Oberallgäu.")
         + h(3, "Warum das wichtig ist") + p("Die EU-Kommission hat Berlin aufgefordert, die Kontrollen zu begründen; Wien spricht von einem Verstoß gegen den Binnenmarkt.")
         + rel("Mehr zum Thema:", ["Pendler am Grenzübergang Pfronten: Die Nacht im Stau"], B + "/welt"),
         dict(authors=["Franziska Hörmann"], quotes=[q("Martin Wechs", "IHK-Regionalversammlung Kempten-Oberallgäu")], junk=["Mehr zum Thema:", "Die Nacht im Stau"], note="Grenzkontrollen zu Österreich mit Streit zwischen Berlin, Wien und EU-Kommission: relevant.")),
        ("Gastbeitrag: Europa darf die Impfstoff-Exportkontrolle nicht zur Waffe machen", d(2021, 2, 15, 6, 0, 0, 1), "Prof. Dr. Stefan Gebhart", ["Meinung"],
         p("Die EU will Exporte von Corona-Impfstoffen genehmigungspflichtig machen. Das ist verständlich, aber gefährlich.", "Wer Lieferketten politisiert, lädt andere ein, dasselbe zu tun.")
         + bio("Prof. Dr. Stefan Gebhart lehrt Internationale Wirtschaft an der Hochschule Kempten."),
         dict(authors=["Stefan Gebhart"], junk=["lehrt Internationale Wirtschaft an der Hochschule Kempten"], note="Gastbeitrag zur EU-Handelspolitik: Artikel (Meinung), relevant. 'Prof. Dr.' sind Titel, kein Namensteil. " + TL.format("Gastbeitrag:"))),
        ("Kemptener Stadtrat beschließt neues Parkhaus am Forum", d(2021, 2, 15, 19, 0, 0, 1), "Von Lukas Rietzler", ["Kempten"],
         p("Der Stadtrat hat mit 28 zu 14 Stimmen für das Parkhaus am Forum Allgäu gestimmt. Es soll 420 Stellplätze haben und 2023 fertig sein.", "Die Grünen hatten gegen das Projekt gestimmt und mehr Geld für den Busverkehr gefordert."), dict(authors=["Lukas Rietzler"], rel=False, note="Lokalpolitik: nicht relevant.")),
        ("Newsletter „Allgäu am Morgen“: Jetzt abonnieren", d(2021, 2, 14, 8, 0, 0, 1), "Rundblick", ["Service"],
         p("Die wichtigsten Nachrichten aus dem Allgäu jeden Morgen um 6 Uhr in Ihrem Postfach."), dict(authors=[], story=False, rel=False, note="Newsletter-Werbung: kein Artikel.")),
        ("Korrektur: Zahl der Grenzpendler", d(2021, 2, 14, 12, 0, 0, 1), "Redaktion", ["Korrekturen"],
         p("In einem Artikel vom 13. Februar hieß es, 20.000 Tiroler pendelten ins Allgäu. Richtig ist: rund 2000. Wir bitten, den Fehler zu entschuldigen."),
         dict(authors=[], story=False, rel=False, note="Korrekturhinweis: kein Artikel.")),
        ("Myanmar: Allgäuer Entwicklungshelferin berichtet von Protesten in Yangon", d(2021, 2, 13, 14, 0, 0, 1), "Von Franziska Hörmann", ["Welt"],
         p("Seit dem Militärputsch gehen in Myanmar täglich Zehntausende auf die Straße. Eine Sozialpädagogin aus Sonthofen arbeitet seit drei Jahren in Yangon.",
           "„Nachts schlagen alle auf Töpfe, um die Soldaten zu vertreiben“, sagte Lena Brutscher am Telefon. Das Auswärtige Amt rät von Reisen nach Myanmar ab.")
         + fig(B + "/bild/yangon.jpg", "Demonstranten in Yangon.", "Foto: privat"),
         dict(authors=["Franziska Hörmann"], quotes=[q("Lena Brutscher")], junk=["Foto: privat"], note="Deutsche im Ausland von einem Putsch betroffen, mit Reisewarnung des Auswärtigen Amts: relevant (Regel C (c)).")),
    ]
    rows.sort(key=lambda r: r[1], reverse=True)
    head = plain_head("Rundblick Allgäu – Welt & Meinung", B, "Nachrichten aus Kempten und dem Allgäu", "de-de", d(2021, 2, 16, 17, 35, 0, 1), "© 2021 Rundblick Allgäu Medien GmbH", "TYPO3 CMS / tx_news")
    return build_feed("de_by_rundblickallgaeu_welt_typo3news21.rss.xml", "plain", B, head, rows, outlet="Rundblick Allgäu", lang="de",
                      structure="Kemptener Online-Zeitung, TYPO3-tx_news-RSS (2021): Analyse mit 'Warum das wichtig ist'-Zwischentitel, 'Mehr zum Thema:', Gastbeitrag mit Autorenzeile ('… lehrt … an der Hochschule Kempten'), Newsletter-Werbung, Korrekturhinweis, 'Foto: privat'; 'Von Name' in dc:creator.",
                      notes="Heimatland: Deutschland.")


def cottbus():
    B = "https://spreebote-lausitz.example"
    rows = [
        ("Liveblog: Grenzkontrollen zu Polen – alle Entwicklungen", d(2024, 10, 8, 8, 0, 0, 2), "Redaktion", ["Liveblog"],
         live([("8.05 Uhr", "Rückstau am Übergang Forst auf sechs Kilometern."), ("7.30 Uhr", "Bundespolizei meldet 14 Zurückweisungen in der Nacht.")]),
         dict(authors=[], story=False, rel=False, junk=["Rückstau am Übergang Forst"], note="Liveblog-Seite: kein Artikel.")),
        ("Polen kritisiert deutsche Grenzkontrollen: Warschau fordert Gespräche", d(2024, 10, 7, 16, 40, 0, 2), "Paulina Nowak", ["Welt", "Polen"],
         p("Die polnische Regierung hat Deutschland aufgefordert, die seit September verschärften Kontrollen an der Oder-Neiße-Grenze zu überprüfen.",
           "„Die Kontrollen treffen vor allem die Pendler, nicht die Schleuser“, sagte Tomasz Wiśniewski, Sprecher der Woiwodschaft Lebus in Zielona Góra.")
         + rel("Lesen Sie auch:", ["Was wir über die Kontrollen wissen"], B + "/welt") + bio("Paulina Nowak berichtet für den Spreeboten aus der deutsch-polnischen Grenzregion."),
         dict(quotes=[q("Tomasz Wiśniewski", "Woiwodschaft Lebus")], junk=["Lesen Sie auch:", "berichtet für den Spreeboten"], note="Deutsch-polnische Beziehungen: relevant.")),
        ("Was wir wissen: Fragen und Antworten zu den Kontrollen an der Neiße", d(2024, 10, 6, 12, 0, 0, 2), "Paulina Nowak und Jens Kschenka", ["Welt", "Erklärt"],
         qa("Wo wird kontrolliert?", "An allen Übergängen zwischen Guben und Bad Muskau, auch an der A15 bei Forst.")
         + qa("Wie lange noch?", "Das Bundesinnenministerium hat die Kontrollen bei der EU-Kommission für sechs Monate angemeldet.")
         + qa("Was sagen die Pendler?", "„Ich stehe jeden Morgen vierzig Minuten“, sagte Agnieszka Lis, Pflegerin im Carl-Thiem-Klinikum."),
         dict(authors=["Paulina Nowak", "Jens Kschenka"], quotes=[q("Agnieszka Lis", "Carl-Thiem-Klinikum")], note="Erklärstück (Fragen und Antworten) zu Binnengrenzkontrollen im Schengenraum: Artikel, relevant.")),
        ("Energie Cottbus gewinnt Ostderby in Halle", d(2024, 10, 6, 18, 0, 0, 2), "Jens Kschenka", ["Sport"],
         p("Der FC Energie Cottbus hat das Ostderby beim Halleschen FC mit 2:1 gewonnen und ist damit Tabellenzweiter.", "Vor 9800 Zuschauern trafen Lenny Borowiak und Kevin Sauerland."), dict(rel=False, note="Lokalsport: nicht relevant.")),
        ("Kommentar: Grenzkontrollen lösen kein Problem", d(2024, 10, 5, 18, 0, 0, 2), "Jens Kschenka", ["Meinung"],
         p("Die Kontrollen an der Neiße sind ein Symbol, keine Lösung. Sie belasten die Beziehungen zu Polen und die Wirtschaft der Lausitz."),
         dict(note="Kommentar zu Grenzkontrollen und Beziehungen zu Polen: Artikel, relevant. " + TL.format("Kommentar:"))),
        ("Spreewald: Kahnfährleute ziehen Saisonbilanz", d(2024, 10, 4, 15, 0, 0, 2), "Antje Schulze", ["Lausitz"],
         p("Lübbenau meldet mehr Gäste als im Vorjahr.", "„Es war ein guter Sommer“, sagte Fährmann Ronny Krüger."),
         dict(rel=False, quotes=[q("Ronny Krüger")], note="Lokales: nicht relevant.")),
    ]
    head = wp_head("Spreebote Lausitz", B, "Nachrichten aus Cottbus und der Lausitz", "de-DE", d(2024, 10, 8, 8, 5, 0, 2), "6.6.2")
    return build_feed("de_bb_spreebotelausitz_welt_wp66.rss.xml", "wp", B, head, rows, outlet="Spreebote Lausitz", lang="de", aliases=["Spreebote"],
                      structure="Cottbuser Online-Zeitung, WordPress 6.6.2 (2024) Hauptfeed: Liveblog mit Zeitstempeln, Fragen-und-Antworten-Erklärstück, Kommentar, 'Lesen Sie auch:', Autoren-Bio; zwei dc:creator bei 'Name und Name'.",
                      notes="Heimatland: Deutschland.")


def celle():
    B = "https://allerland-kurier.example"
    rows = [
        ("Erdbeben in Afghanistan: Celler Hilfsverein schickt Zelte nach Kunar", d(2025, 9, 3, 15, 0, 0, 2), "Svenja Thielking", ["Welt"],
         p("Nach dem Erdbeben im Osten Afghanistans mit mehr als 2200 Toten schickt ein Celler Hilfsverein 300 Zelte in die Provinz Kunar.",
           "„Die Menschen schlafen unter freiem Himmel, und in den Bergen wird es nachts kalt“, sagte Farid Noori, Vorsitzender des Vereins Afghanische Brücke Celle.")
         + corr("Aktualisiert um 17.10 Uhr: Opferzahl nach Angaben der Vereinten Nationen ergänzt."),
         dict(quotes=[q("Farid Noori", "Afghanische Brücke Celle")], junk=["Aktualisiert um 17.10 Uhr"], note="Tödliche Naturkatastrophe im Ausland: relevant (Regel D).")),
        ("Hintergrund: Warum die Bundeswehr in Litauen eine Brigade aufbaut", d(2025, 9, 2, 10, 0, 0, 2), "Oliver Dressler", ["Welt", "Hintergrund"],
         p("Auch Soldaten aus der Region gehören zur neuen Panzerbrigade 45 in Litauen, der ersten dauerhaft im Ausland stationierten Brigade der Bundeswehr.")
         + h(3, "Was ist der Auftrag?") + p("Die Brigade soll die NATO-Ostflanke gegen Russland sichern.")
         + h(3, "Was sagen die Soldaten?") + p("„Die Familien ziehen mit, das ist neu“, sagte Hauptmann Tobias Arndt von der Panzerbrigade 45."),
         dict(quotes=[q("Tobias Arndt", "Panzerbrigade 45")], note="Hintergrund mit Fragen als Zwischentiteln zu NATO und Russland: Artikel, relevant.")),
        ("Bildergalerie: Hengstparade im Landgestüt", d(2025, 9, 1, 16, 0, 0, 2), "Allerland-Kurier", ["Fotos"],
         p("Fotos: Hanna Meyer"), dict(authors=[], story=False, rel=False, junk=["Fotos: Hanna Meyer"], note="Bildergalerie: kein Artikel.")),
        ("Celle: Neue Radwege an der Allerinsel", d(2025, 8, 31, 11, 0, 0, 2), "Svenja Thielking", ["Celle"],
         p("Die Stadt Celle baut bis 2026 vier Kilometer neue Radwege rund um die Allerinsel.", "Die Kosten von 3,2 Millionen Euro trägt zu zwei Dritteln das Land Niedersachsen."), dict(rel=False, note="Lokales: nicht relevant.")),
        ("Meinung: Die EU muss beim Mercosur-Abkommen die Landwirte mitnehmen", d(2025, 8, 30, 7, 0, 0, 2), "Heinrich Wöhler", ["Meinung"],
         p("Das Abkommen mit dem Mercosur ist wirtschaftlich sinnvoll. Doch die Bauern in der Heide fürchten billiges Rindfleisch aus Brasilien.")
         + bio("Heinrich Wöhler ist Landwirt in Wietze und Kreisvorsitzender des Landvolks Celle. Gastbeiträge geben nicht unbedingt die Meinung der Redaktion wieder."),
         dict(junk=["ist Landwirt in Wietze", "Gastbeiträge geben nicht unbedingt"], note="Gastbeitrag zum EU-Mercosur-Abkommen: Artikel, relevant. " + TL.format("Meinung:"))),
        ("Podcast „Aller Ohren“: Folge 88 – Litauen, Lüneburger Heide, Lehrermangel", d(2025, 8, 29, 6, 0, 0, 2), "Allerland-Kurier", ["Podcast"],
         p("Jetzt überall, wo es Podcasts gibt."), dict(authors=[], story=False, rel=False, note="Podcast: kein Artikel.")),
    ]
    head = atom_head("Allerland-Kurier – Welt", B, "Nachrichten aus Celle und der Südheide", d(2025, 9, 3, 15, 5, 0, 2), "© 2025 Allerland-Kurier GmbH", "Escenic Content Engine", "Allerland-Kurier")
    return build_feed("de_ni_allerlandkurier_welt_escenic_atom.atom.xml", "atom", B, head, rows, outlet="Allerland-Kurier", lang="de",
                      structure="Celler Online-Zeitung, Atom aus einer Escenic-Vorlage (2025): Aktualisierungshinweis, Hintergrund mit Fragen als h3, Gastbeitrag 'Meinung:' mit Autorenzeile und Hinweis, Bildergalerie, Podcast.",
                      notes="Heimatland: Deutschland.")


def mantova():
    B = "https://gazzettadelmincio.example"
    rows = [
        ("Ucraina, i volontari mantovani al confine: «Servono generatori, non vestiti»", d(2023, 1, 18, 16, 30, 0, 1), "di Chiara Bertazzoni", ["Esteri"],
         p("Dopo i bombardamenti russi sulla rete elettrica ucraina, un gruppo di volontari mantovani è tornato al confine polacco con quattro furgoni di generatori.",
           "«Abbiamo visto famiglie cucinare in strada a meno dieci gradi», ha detto Davide Gorni, presidente dell’associazione Mantova per l’Ucraina.")
         + rel("Leggi anche:", ["Il Comune accoglie altre venti famiglie ucraine"], B + "/esteri") + fig(B + "/img/furgoni.jpg", "I furgoni alla partenza da piazza Sordello.", "(foto Mincio)"),
         dict(authors=["Chiara Bertazzoni"], quotes=[q("Davide Gorni", "Mantova per l’Ucraina")], junk=["Leggi anche:", "foto Mincio"], note="Aiuti alla guerra in Ucraina dopo gli attacchi russi: rilevante.")),
        ("L’analisi / Perché il prezzo del gas in Europa è sceso sotto i livelli di prima della guerra", d(2023, 1, 17, 9, 0, 0, 1), "di Marco Ferrari", ["Esteri", "Economia"],
         p("Il prezzo del gas al TTF di Amsterdam è sceso sotto i 60 euro al megawattora, per la prima volta dall’invasione russa dell’Ucraina.")
         + h(3, "Perché conta") + p("Il tetto al prezzo deciso dai ministri Ue a dicembre e gli stoccaggi pieni hanno calmato i mercati.", "«Le aziende della ceramica del Basso Mantovano respirano», ha detto Elena Sogliani di Confindustria Mantova."),
         dict(authors=["Marco Ferrari"], quotes=[q("Elena Sogliani", "Confindustria Mantova")], note="Analisi su mercato europeo del gas e tetto al prezzo Ue: rilevante. " + TL.format("L’analisi /"))),
        ("Palazzo Te, record di visitatori per la mostra su Giulio Romano", d(2023, 1, 16, 12, 0, 0, 1), "di Chiara Bertazzoni", ["Cultura"],
         p("Oltre 90mila visitatori in tre mesi per la mostra dedicata a Giulio Romano a Palazzo Te, un record per la Fondazione.", "La mostra è stata prorogata fino al 5 febbraio."), dict(authors=["Chiara Bertazzoni"], rel=False, note="Cultura locale: non rilevante.")),
        ("L’intervento / L’Europa non può lasciare sola la Tunisia", d(2023, 1, 15, 7, 0, 0, 1), "Lorenzo Vezzoli", ["Opinioni"],
         p("La crisi economica tunisina spinge migliaia di persone verso Lampedusa. L’Unione europea deve sbloccare il prestito del Fondo monetario.")
         + bio("Lorenzo Vezzoli è docente di Relazioni internazionali all’Università di Parma."),
         dict(junk=["è docente di Relazioni internazionali"], note="Intervento (opinione) su Ue, Tunisia e migrazioni: articolo, rilevante. " + TL.format("L’intervento /"))),
        ("Errata corrige", d(2023, 1, 14, 10, 0, 0, 1), "Redazione", ["Rettifiche"],
         p("Nell’articolo di ieri sulle famiglie ucraine accolte a Mantova il numero corretto è venti, non trenta. Ce ne scusiamo con i lettori."),
         dict(authors=[], story=False, rel=False, note="Rettifica: non è un articolo.")),
        ("Biancorossi, vittoria al Martelli contro il Lumezzane", d(2023, 1, 13, 22, 0, 0, 1), "di Redazione Sport", ["Sport"],
         p("Il Mantova vince 2-0."), dict(authors=[], rel=False, note="Sport locale: non rilevante.")),
    ]
    head = wp_head("Esteri – Gazzetta del Mincio", B + "/esteri", "Notizie da Mantova e provincia", "it-IT", d(2023, 1, 18, 16, 35, 0, 1), "6.1.1")
    return build_feed("it_mn_gazzettadelmincio_esteri_wp61.rss.xml", "wp", B, head, rows, outlet="Gazzetta del Mincio", lang="it",
                      structure="Quotidiano online di Mantova, WordPress 6.1.1 (2023) 'Esteri': 'di Nome' nel dc:creator, 'Leggi anche:', didascalia '(foto Mincio)', analisi con 'Perché conta', intervento con firma ('… è docente di …'), errata corrige.",
                      notes="Paese: Italia.")


def grosseto():
    B = "https://maremmaoggi.example"
    rows = [
        ("Naufragio a Lampedusa, tra i soccorritori un medico di Grosseto", d(2024, 8, 20, 18, 0, 0, 2), "Sara Magrini", ["Esteri", "Cronaca"],
         p("Un medico grossetano in servizio con una ong era a bordo della nave che ha soccorso i superstiti del naufragio al largo della Libia, in cui sono morte almeno 40 persone.",
           "«Abbiamo tirato fuori dall’acqua undici persone, per gli altri non c’era più niente da fare», ha raccontato Paolo Benocci.")
         + rel("Leggi anche:", ["Migranti, il piano Ue in cinque punti"], B + "/esteri"),
         dict(quotes=[q("Paolo Benocci")], junk=["Leggi anche:"], note="Naufragio con decine di morti nel Mediterraneo, questione migratoria Ue: rilevante (regola D).")),
        ("Cosa sappiamo dell’accordo Italia-Albania sui migranti", d(2024, 8, 19, 10, 0, 0, 2), "Sara Magrini", ["Esteri"],
         qa("Che cosa prevede?", "Due centri in Albania, a Shëngjin e Gjadër, gestiti dall’Italia, per le persone soccorse in mare da navi italiane.")
         + qa("Quando partono?", "Il governo ha annunciato l’apertura per l’autunno, dopo vari rinvii.")
         + qa("Chi è contrario?", "«È un modello che sposta il problema, non lo risolve», ha detto Giulia Fantoni, giurista dell’Associazione per gli studi giuridici sull’immigrazione."),
         dict(quotes=[q("Giulia Fantoni", "Associazione per gli studi giuridici sull’immigrazione")], note="Spiegone a domande e risposte su un accordo bilaterale: articolo, rilevante.")),
        ("Diretta / Incendio a Scarlino, fiamme vicino alle case", d(2024, 8, 19, 14, 0, 0, 2), "Redazione", ["Cronaca", "Diretta"],
         live([("14.05", "Evacuate venti abitazioni a Scarlino Scalo."), ("13.40", "In volo due Canadair.")]),
         dict(authors=[], story=False, rel=False, junk=["Evacuate venti abitazioni"], note="Diretta: non è un articolo.")),
        ("Palio dei Buttari, vince la contrada di Alberese", d(2024, 8, 18, 20, 0, 0, 2), "Luca Gori", ["Eventi"],
         p("Grande festa in piazza Dante."), dict(rel=False, note="Evento locale raccontato come cronaca: articolo, non rilevante.")),
        ("Il commento / Il Mediterraneo non è un confine", d(2024, 8, 17, 7, 0, 0, 2), "don Alessio Pieri", ["Opinioni"],
         p("Chi vive sulla costa maremmana sa che il mare unisce. Le politiche europee sembrano averlo dimenticato."),
         dict(authors=["Alessio Pieri"], note="Commento su politiche migratorie Ue: articolo, rilevante. 'don' è un titolo. " + TL.format("Il commento /"))),
        ("Abbonati a Maremma Oggi: il primo mese a 1 euro", d(2024, 8, 16, 9, 0, 0, 2), "Maremma Oggi", ["Promo"],
         p("Tutte le notizie della Maremma, senza pubblicità."), dict(authors=[], story=False, rel=False, note="Promozione: non è un articolo.")),
    ]
    head = plain_head("Maremma Oggi - Esteri", B, "Notizie da Grosseto e dalla Maremma", "it", d(2024, 8, 20, 18, 5, 0, 2), "© 2024 Maremma Oggi srl", "Drupal 10 (https://www.drupal.org)")
    return build_feed("it_gr_maremmaoggi_esteri_drupal10.rss.xml", "plain", B, head, rows, outlet="Maremma Oggi", lang="it",
                      structure="Quotidiano online di Grosseto, RSS Drupal 10 (2024): 'Leggi anche:', 'Cosa sappiamo' a domande e risposte (h3), diretta con orari, commento, promozione abbonamenti.",
                      notes="Paese: Italia.")


def bauru():
    B = "https://bauruempauta.example"
    rows = [
        ("Entenda: o que muda para o agro paulista com o acordo Mercosul-União Europeia", d(2024, 12, 7, 10, 0, 0, -3), "Por Camila Rezende", ["Mundo", "Explicador"],
         qa("O que foi anunciado?", "Mercosul e União Europeia concluíram em Montevidéu as negociações do acordo de livre comércio, após 25 anos.")
         + qa("Por que importa para Bauru?", "A região exporta suco de laranja, carne e açúcar. «O suco pode ficar livre de tarifa em sete anos», disse Rogério Pasqualini, diretor da Associação dos Citricultores do Centro-Oeste Paulista.")
         + qa("Quais os próximos passos?", "O texto ainda precisa ser aprovado pelo Conselho e pelo Parlamento Europeu."),
         dict(authors=["Camila Rezende"], quotes=[q("Rogério Pasqualini", "Associação dos Citricultores do Centro-Oeste Paulista")], note="Explicador sobre acordo comercial internacional: matéria, relevante. 'Por' não faz parte do nome.")),
        ("Artigo: O Brasil precisa de uma política para a Venezuela", d(2024, 12, 6, 7, 0, 0, -3), "Fernando Toledo", ["Opinião"],
         p("A crise venezuelana não é só um problema de Caracas. Roraima sente cada nova onda de migração.")
         + bio("Fernando Toledo é professor de Relações Internacionais da Unesp, câmpus de Bauru. Este texto não reflete necessariamente a opinião do jornal."),
         dict(junk=["é professor de Relações Internacionais", "não reflete necessariamente"], note="Artigo de opinião sobre política externa: matéria, relevante. " + TL.format("Artigo:"))),
        ("Brasileiros retirados do Líbano chegam a Guarulhos; três são de Bauru", d(2024, 10, 9, 8, 0, 0, -3), "Por Thiago Amaral", ["Mundo"],
         p("Um voo da FAB com 220 brasileiros retirados do Líbano pousou em Guarulhos nesta quarta-feira. Entre os passageiros estavam três moradores de Bauru.",
           "«Ouvíamos os bombardeios todas as noites», disse a comerciante Samira Haddad.")
         + fig(B + "/img/fab.jpg", "Passageiros desembarcam em Guarulhos.", "Foto: Divulgação/FAB"),
         dict(authors=["Thiago Amaral"], quotes=[q("Samira Haddad")], junk=["Foto: Divulgação/FAB"], note="Repatriação pelo governo de brasileiros de uma guerra no exterior: relevante (regra C (b)).")),
        ("Noroeste vence e sobe na tabela da Série A3", d(2024, 12, 5, 22, 0, 0, -3), "Da Redação", ["Esportes"],
         p("O Noroeste venceu o rival por 1 a 0 no Alfredão e subiu para a quinta posição da Série A3.", "O gol foi marcado no segundo tempo."), dict(authors=[], rel=False, note="Esporte local: não relevante.")),
        ("Errata", d(2024, 12, 7, 12, 0, 0, -3), "Da Redação", ["Erratas"],
         p("Diferentemente do publicado, o acordo Mercosul-UE foi concluído em Montevidéu, e não em Assunção."),
         dict(authors=[], story=False, rel=False, note="Errata: não é matéria.")),
        ("Vídeo: o Natal iluminado da Praça Rui Barbosa", d(2024, 12, 4, 19, 0, 0, -3), "Da Redação", ["Vídeos"],
         p("Assista ao vídeo."), dict(authors=[], story=False, rel=False, note="Vídeo: não é matéria.")),
    ]
    rows.sort(key=lambda r: r[1], reverse=True)
    head = wp_head("Bauru em Pauta", B, "Notícias de Bauru e região", "pt-BR", d(2024, 12, 7, 10, 5, 0, -3), "6.7.1")
    return build_feed("pt_br_sp_bauruempauta_mundo_wp67.rss.xml", "wp", B, head, rows, outlet="Bauru em Pauta", lang="pt",
                      structure="Site de Bauru (SP), WordPress 6.7.1 (2024): 'Por Nome' no dc:creator, explicador 'Entenda' em perguntas e respostas, artigo de opinião com minibiografia, 'Foto: Divulgação/FAB', errata, vídeo.",
                      notes="País: Brasil.")


def chapeco():
    B = "https://oestehoje.example"
    rows = [
        ("Análise: Por que a China voltou a comprar frango de Santa Catarina", d(2022, 6, 1, 11, 0, 0, -3), "Juliana Zanella", ["Mundo", "Agronegócio"],
         p("A China habilitou mais três frigoríficos do Oeste catarinense a exportar carne de frango, depois de dois anos de restrições sanitárias ligadas à pandemia.",
           "«Cada planta habilitada significa mil empregos garantidos em Chapecó e região», disse Valdir Bortolini, diretor da Associação Catarinense de Avicultura.")
         + h(3, "O contexto") + p("Santa Catarina é o maior exportador de carne suína do país e o segundo de frango."),
         dict(quotes=[q("Valdir Bortolini", "Associação Catarinense de Avicultura")], note="Comércio Brasil–China: relevante.")),
        ("Ao vivo: chuva forte no Oeste – acompanhe", d(2022, 5, 31, 14, 0, 0, -3), "Redação", ["Ao vivo"],
         live([("14h05", "Defesa Civil alerta para granizo em Xanxerê."), ("13h30", "Rodovia SC-480 tem bloqueio parcial.")]),
         dict(authors=[], story=False, rel=False, junk=["Defesa Civil alerta para granizo"], note="Página ao vivo: não é matéria.")),
        ("Guerra na Ucrânia: preço do fertilizante preocupa produtores de milho do Oeste", d(2022, 5, 30, 9, 0, 0, -3), "Juliana Zanella e Rafael Dalmolin", ["Mundo"],
         p("Com a guerra na Ucrânia e as sanções à Rússia e Belarus, o preço do cloreto de potássio dobrou em um ano.", "«Vamos plantar menos milho», disse o produtor Ivo Scheffer, de Xaxim.")
         + rel("Leia também:", ["Embrapa estuda alternativas ao potássio russo"], B + "/mundo"),
         dict(authors=["Juliana Zanella", "Rafael Dalmolin"], quotes=[q("Ivo Scheffer")], junk=["Leia também:"], note="Efeito das sanções à Rússia e da guerra: relevante.")),
        ("Chapecoense anuncia novo técnico", d(2022, 5, 29, 18, 0, 0, -3), "Rafael Dalmolin", ["Esportes"],
         p("A Chapecoense confirmou neste domingo o novo treinador, com contrato até o fim da Série B.", "Ele estreia no sábado, contra o Vasco, na Arena Condá."), dict(rel=False, note="Esporte local: não relevante.")),
        ("Opinião: Quem fala pelo Brasil em Genebra?", d(2022, 5, 28, 7, 0, 0, -3), "Marta Kuhn", ["Opinião"],
         p("Na conferência ministerial da OMC, em junho, o Brasil precisa defender o fim dos subsídios agrícolas europeus.")
         + bio("Marta Kuhn é professora de Economia na Unochapecó."),
         dict(junk=["é professora de Economia na Unochapecó"], note="Opinião sobre negociação na OMC: matéria, relevante. " + TL.format("Opinião:"))),
        ("Newsletter Oeste Hoje: receba as notícias no seu e-mail", d(2022, 5, 27, 8, 0, 0, -3), "Oeste Hoje", ["Newsletter"],
         p("Cadastre-se gratuitamente."), dict(authors=[], story=False, rel=False, note="Promoção da newsletter: não é matéria.")),
    ]
    head = atom_head("Oeste Hoje – Mundo", B, "Notícias de Chapecó e do Oeste catarinense", d(2022, 6, 1, 11, 5, 0, -3), "© 2022 Oeste Hoje Comunicação Ltda", "Ghost 4.48", "Oeste Hoje")
    return build_feed("pt_br_sc_oestehoje_mundo_ghost4_atom.atom.xml", "atom", B, head, rows, outlet="Oeste Hoje", lang="pt",
                      structure="Site de Chapecó (SC), Atom de um tema Ghost 4 (2022), -03:00: análise com 'O contexto', página ao vivo com horários, 'Leia também:', opinião com minibiografia, promoção de newsletter; um <author> por pessoa.",
                      notes="País: Brasil.")


def kasur():
    B = "https://kasurnama.example"
    rows = [
        ("افغان مہاجرین کی واپسی: قصور سے بھی خاندان طورخم روانہ", d(2023, 11, 2, 16, 0, 0, 5), "رپورٹ: محمد عرفان", ["بین الاقوامی"],
         p("حکومت کی جانب سے غیر قانونی مقیم غیر ملکیوں کو دی گئی مہلت ختم ہونے کے بعد قصور میں مقیم افغان خاندان بھی طورخم کی جانب روانہ ہو گئے۔",
           "“ہم تیس سال سے یہاں ہیں، افغانستان میں ہمارا کوئی گھر نہیں”، گل آغا نے کہا جو قصور کی سبزی منڈی میں کام کرتے تھے۔")
         + rel("یہ بھی پڑھیں:", ["طورخم پر رش، ہزاروں افراد سرحد پار"], B + "/international"),
         dict(authors=["محمد عرفان"], quotes=[q("گل آغا")], junk=["یہ بھی پڑھیں:"], note="پاکستان–افغانستان، افغان مہاجرین کی بے دخلی کی پالیسی: relevant.")),
        ("تجزیہ: غزہ جنگ اور مسلم دنیا کا ردعمل", d(2023, 11, 1, 10, 0, 0, 5), "ڈاکٹر شاہدہ پروین", ["تجزیہ"],
         p("ریاض میں ہونے والے عرب اور اسلامی ممالک کے اجلاس سے پہلے یہ سوال اہم ہے کہ مسلم دنیا غزہ کے لیے عملی طور پر کیا کر سکتی ہے۔")
         + bio("ڈاکٹر شاہدہ پروین پنجاب یونیورسٹی لاہور میں بین الاقوامی تعلقات کی پروفیسر ہیں۔"),
         dict(authors=["شاہدہ پروین"], junk=["بین الاقوامی تعلقات کی پروفیسر ہیں"], note="تجزیہ (رائے) غزہ جنگ پر: story, relevant. 'ڈاکٹر' لقب ہے.")),
        ("قصور: ٹینریز کے فضلے سے نہری پانی آلودہ، شہری پریشان", d(2023, 10, 31, 12, 0, 0, 5), "نمائندہ قصور", ["قصور"],
         p("قصور کی ٹینریز کا فضلہ نہر میں گرنے سے پانی آلودہ ہو گیا ہے۔", "شہریوں نے ضلعی انتظامیہ سے کارروائی کا مطالبہ کیا ہے۔"), dict(authors=[], rel=False, note="مقامی خبر: not relevant.")),
        ("ویڈیو: بابا بلھے شاہ کے عرس کی تیاریاں", d(2023, 10, 30, 18, 0, 0, 5), "ویب ڈیسک", ["ویڈیو"],
         p("ویڈیو دیکھیں۔"), dict(authors=[], story=False, rel=False, note="ویڈیو: non-story.")),
        ("گنڈا سنگھ والا بارڈر پر پرچم اتارنے کی تقریب معمول کے مطابق", d(2023, 10, 29, 19, 0, 0, 5), "رپورٹ: محمد عرفان", ["قصور"],
         p("تقریب دیکھنے کے لیے سینکڑوں شہری پہنچے۔"), dict(authors=["محمد عرفان"], rel=False, note="سرحد پر روزانہ کی تقریب، کوئی سفارتی واقعہ نہیں: not relevant.")),
        ("سوال و جواب: غیر قانونی مقیم غیر ملکیوں کے خلاف مہم کیا ہے؟", d(2023, 10, 28, 9, 0, 0, 5), "ویب ڈیسک", ["بین الاقوامی"],
         qa("مہم کب شروع ہوئی؟", "وفاقی حکومت نے یکم نومبر کی مہلت دی تھی۔")
         + qa("کتنے افراد متاثر ہوں گے؟", "وزارت داخلہ کے مطابق تقریباً سترہ لاکھ افغان شہری بغیر دستاویزات کے مقیم ہیں۔"),
         dict(authors=[], note="سوال و جواب وضاحتی مضمون، افغان شہریوں کی واپسی کی پالیسی: story, relevant.")),
    ]
    head = wp_head("بین الاقوامی – قصور نامہ", B + "/category/international", "قصور کی خبریں", "ur", d(2023, 11, 2, 16, 5, 0, 5), "6.3.2")
    return build_feed("ur_pk_pb_kasurnama_international_wp63.rss.xml", "wp", B, head, rows, outlet="قصور نامہ", lang="ur",
                      structure="Kasur Urdu site, WordPress 6.3.2 (2023) 'بین الاقوامی' category feed (with some local items): 'رپورٹ:' bylines, 'یہ بھی پڑھیں:' list, analysis with a professor bio, Q&A explainer (h3 questions), 'ویب ڈیسک' / 'نمائندہ قصور' credits, video.",
                      notes="Home country: Pakistan.")


def nawabshah():
    B = "https://nawabshahkhabarnama.example"
    rows = [
        ("ایران سے زائرین کی واپسی: نوابشاہ کے 40 زائرین تفتان پہنچ گئے", d(2025, 6, 24, 15, 0, 0, 5), "نمائندہ خصوصی", ["عالمی"],
         p("ایران اور اسرائیل کے درمیان جنگ کے بعد ایران میں پھنسے نوابشاہ کے 40 زائرین تفتان بارڈر کے راستے پاکستان پہنچ گئے۔",
           "“دفتر خارجہ نے ہمیں ہر قدم پر رہنمائی دی”، قافلے کے سربراہ سید علی رضا نے کہا۔")
         + fig(B + "/img/taftan.jpg", "تفتان بارڈر پر زائرین۔", "فوٹو: خبرنامہ"),
         dict(authors=[], quotes=[q("سید علی رضا")], junk=["فوٹو: خبرنامہ"], note="بیرون ملک جنگ میں پھنسے شہریوں کی حکومتی مدد سے واپسی: relevant (rule C (b)).")),
        ("براہ راست: ایران اسرائیل جنگ بندی، تازہ ترین", d(2025, 6, 24, 9, 0, 0, 5), "ویب ڈیسک", ["براہ راست"],
         live([("9:05", "ایران نے جنگ بندی کی تصدیق کر دی۔"), ("8:40", "پاکستان کا جنگ بندی کا خیرمقدم۔")]),
         dict(authors=[], story=False, rel=False, junk=["ایران نے جنگ بندی کی تصدیق"], note="لائیو پیج: non-story.")),
        ("کالم: خطے میں امن، پاکستان کا کردار", d(2025, 6, 23, 7, 0, 0, 5), "پروفیسر غلام مصطفیٰ شر", ["کالم"],
         p("ایران اور اسرائیل کی جنگ نے ثابت کیا کہ خلیج کا بحران پاکستان کی سرحد تک پہنچ سکتا ہے۔ اسلام آباد کو ثالثی کی سفارت کاری تیز کرنی چاہیے۔")
         + bio("مصنف شہید بینظیر بھٹو یونیورسٹی نوابشاہ میں سیاسیات کے استاد ہیں۔"),
         dict(authors=["غلام مصطفیٰ شر"], junk=["سیاسیات کے استاد ہیں"], note="کالم (رائے) علاقائی جنگ اور پاکستان کی خارجہ پالیسی پر: story, relevant. 'پروفیسر' لقب ہے.")),
        ("نوابشاہ: گرمی کی شدت 50 ڈگری، لوڈشیڈنگ جاری", d(2025, 6, 22, 14, 0, 0, 5), "نمائندہ خصوصی", ["شہر"],
         p("نوابشاہ میں درجہ حرارت 50 ڈگری تک پہنچ گیا ہے۔", "شہری بجلی کی طویل بندش سے پریشان ہیں اور ہسپتالوں میں ہیٹ اسٹروک کے مریض بڑھ گئے ہیں۔"), dict(authors=[], rel=False, note="مقامی خبر: not relevant.")),
        ("تصحیح", d(2025, 6, 21, 12, 0, 0, 5), "ادارہ", ["تصحیح"],
         p("گزشتہ روز کی خبر میں زائرین کی تعداد غلطی سے 400 لکھی گئی، درست تعداد 40 ہے۔ ادارہ معذرت خواہ ہے۔"), dict(authors=[], story=False, rel=False, note="تصحیح: non-story.")),
        ("اقوام متحدہ: پاکستان کا غزہ میں فوری جنگ بندی کا مطالبہ", d(2025, 6, 20, 20, 0, 0, 5), "ویب ڈیسک", ["عالمی"],
         p("اقوام متحدہ میں پاکستان کے مستقل مندوب کے دفتر نے سلامتی کونسل میں غزہ میں فوری جنگ بندی کا مطالبہ دہرایا۔",
           "“انسانی امداد کی رسائی میں رکاوٹ ناقابل قبول ہے”، پاکستانی مشن کی ترجمان نائلہ حیدر نے کہا۔"),
         dict(authors=[], quotes=[q("نائلہ حیدر", "پاکستانی مشن")], note="اقوام متحدہ میں پاکستان کی سفارت کاری: relevant.")),
    ]
    head = plain_head("نوابشاہ خبرنامہ - عالمی خبریں", B, "نوابشاہ اور شہید بینظیر آباد کی خبریں", "ur-PK", d(2025, 6, 24, 15, 5, 0, 5), "© 2025 نوابشاہ خبرنامہ", "custom PHP")
    return build_feed("ur_pk_sd_nawabshahkhabarnama_world_php25.rss.xml", "plain", B, head, rows, outlet="نوابشاہ خبرنامہ", lang="ur",
                      structure="Nawabshah Urdu PHP site (2025): 'نمائندہ خصوصی' / 'ویب ڈیسک' / 'ادارہ' credits, 'فوٹو:' credit, live page, column with an author bio tail ('مصنف … استاد ہیں'), correction notice.",
                      notes="Home country: Pakistan.")


FEEDS = [kempten, cottbus, celle, mantova, grosseto, bauru, chapeco, kasur, nawabshah]
