# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu feeds of the sixty-third held-out set (list N)."""
from h63 import TL, atom_head, bio, box, build_feed, d, fig, h, insta, live, news, p, plain_head, pq, q, rel, tweet, wp_head


def hameln():
    B = "https://weserbergland-kurier.example"
    rows = [
        ("Erdbeben in Marokko: THW-Helfer aus Hameln bereit – Rabat lehnt deutsche Hilfe vorerst ab", d(2023, 9, 11, 15, 20, 0, 2), "Von Katrin Oltmanns", ["Welt"],
         fig(B + "/bild/atlas.jpg", "Zerstörte Häuser im Atlasgebirge.", "Foto: Fadel Senna/AFP") + p("Nach dem Erdbeben im Atlasgebirge mit mehr als 2800 Toten stehen Helfer des Technischen Hilfswerks bereit. Marokko hat bislang nur Teams aus vier Ländern zugelassen.",
           "„Wir sitzen auf gepackten Kisten“, sagte Jens Brakemeier, Ortsbeauftragter des THW Hameln. „Sobald Rabat anfragt, sind wir in zwölf Stunden da.“")
         + rel("Lesen Sie auch:", ["Was wir über das Beben wissen", "So können Sie spenden"], B + "/welt") + news("Der Newsletter des Kuriers: Jeden Morgen die wichtigsten Nachrichten. Jetzt kostenlos anmelden!"),
         dict(authors=["Katrin Oltmanns"], quotes=[q("Jens Brakemeier", "THW Hameln")], junk=["Foto: Fadel Senna/AFP", "Lesen Sie auch:", "Jetzt kostenlos anmelden"], note="Tödliche Naturkatastrophe im Ausland: relevant (Regel D). 'Von' ist kein Namensteil.")),
        ("Rattenfänger-Freilichtspiel: Saison endet mit Rekord", d(2023, 9, 10, 18, 0, 0, 2), "Von Tobias Wiechers", ["Hameln"], p("Mehr als 20.000 Besucher sahen das Spiel."), dict(authors=["Tobias Wiechers"], rel=False, note="Lokales: nicht relevant.")),
        ("Libyen: Flutkatastrophe in Darna – Tausende Tote befürchtet", d(2023, 9, 12, 9, 10, 0, 2), "Von Katrin Oltmanns und Mirko Hesse", ["Welt"],
         live([("9.05 Uhr", "Der Rote Halbmond spricht von mehr als 5000 Toten."), ("8.30 Uhr", "Die EU kündigt Soforthilfe an.")])
         + p("Nach dem Bruch zweier Dämme im Osten Libyens werden in der Stadt Darna Tausende Tote befürchtet.", "„Ganze Viertel sind ins Meer gespült worden“, sagte Ahmed Bukhari vom Libyschen Roten Halbmond.")
         + bio("Katrin Oltmanns ist Redakteurin im Ressort Politik."),
         dict(authors=["Katrin Oltmanns", "Mirko Hesse"], quotes=[q("Ahmed Bukhari", "Libyschen Roten Halbmond")], junk=["ist Redakteurin im Ressort Politik", "Der Rote Halbmond spricht"], note="Naturkatastrophe im Ausland mit Toten: relevant. Die Organisation wie im Text ('vom Libyschen Roten Halbmond').")),
        ("Bildergalerie: Weserbergland-Herbstmarkt", d(2023, 9, 9, 12, 0, 0, 2), "Redaktion", ["Fotos"], p("Fotos: Ute Bäcker"), dict(authors=[], story=False, rel=False, junk=["Fotos: Ute Bäcker"], note="Galerie: kein Artikel.")),
        ("G20-Gipfel in Neu-Delhi: Afrikanische Union wird ständiges Mitglied", d(2023, 9, 9, 17, 0, 0, 2), "dpa", ["Welt"],
         p("Die Afrikanische Union ist ständiges Mitglied der G20.", "„Das ist ein historischer Tag für Afrika“, sagte Amara Diallo, Sprecherin der AU-Kommission."),
         dict(authors=[], quotes=[q("Amara Diallo", "AU-Kommission")], note="Internationale Politik: relevant. Agenturkürzel ist kein Autor.")),
        ("HSG Hameln verliert Derby", d(2023, 9, 8, 21, 0, 0, 2), "Von Mirko Hesse", ["Sport"], p("27:29 gegen Springe."), dict(authors=["Mirko Hesse"], rel=False, note="Lokalsport: nicht relevant.")),
    ]
    head = plain_head("Welt | Weserbergland-Kurier", B + "/welt", "Nachrichten aus Hameln und dem Weserbergland", "de-DE", d(2023, 9, 12, 9, 15, 0, 2), "© 2023 Weserbergland-Kurier Verlag GmbH & Co. KG", "Livingdocs")
    return build_feed("de_ni_weserberglandkurier_welt_livingdocs23.rss.xml", "plain", B, head, rows, outlet="Weserbergland-Kurier", lang="de",
                      structure="Hamelner Tageszeitung, Livingdocs-RSS (2023), Eintrag 3 neuer als 1: content:encoded mit 'Foto: …'-Bildunterschriften, 'Lesen Sie auch:', Newsletter-Kasten, Liveticker-Einträge am Anfang, Autorenzeile am Ende; 'Von A und B'.",
                      notes="Heimatland: Deutschland.")


def paderborn():
    B = "https://hochstift-anzeiger.example"
    rows = [
        ("Deutsche Urlauber nach Hurrikan in Mexiko ausgeflogen", d(2020, 11, 6, 14, 0, 0, 1), ["Sandra Kleinschmidt"], ["Welt"],
         p("Nach Hurrikan Delta hat das Auswärtige Amt den Krisenstab einberufen und rund 300 deutsche Urlauber aus Cancún ausfliegen lassen.", "„Alle Reisenden aus Ostwestfalen sind wohlauf“, sagte Heike Drewes vom Reisebüro Hochstift Reisen in Paderborn.")
         + tweet("Der Krisenstab steht in Kontakt mit den Reiseveranstaltern.", "Auswärtiges Amt", "AuswaertigesAmt", "5. November 2020", "de"),
         dict(quotes=[q("Heike Drewes", "Reisebüro Hochstift Reisen")], junk=["Der Krisenstab steht in Kontakt"], note="Regierungsaktion für Staatsangehörige im Ausland (Krisenstab): relevant (Regel C (b)).")),
        ("Corona: Paderborner Kliniken verschieben Operationen", d(2020, 11, 5, 16, 0, 0, 1), ["Uwe Bentler"], ["Paderborn"], p("Die Kliniken fahren den Betrieb herunter."), dict(rel=False, note="Lokales: nicht relevant.")),
        ("US-Wahl: Auszählung in Pennsylvania zieht sich hin", d(2020, 11, 5, 9, 0, 0, 1), ["Sandra Kleinschmidt"], ["Welt"],
         h(2, "Was bisher bekannt ist") + p("Auch zwei Tage nach der Wahl ist in Pennsylvania nicht entschieden, wer die Wahlleute erhält.", "„Jede Stimme wird gezählt“, sagte Lisa Romano, Wahlleiterin im Bezirk Allegheny.")
         + pq("„Jede Stimme wird gezählt“") + bio("Sandra Kleinschmidt leitet das Politik-Ressort."),
         dict(quotes=[q("Lisa Romano", "Bezirk Allegheny")], junk=["leitet das Politik-Ressort", "Was bisher bekannt ist"], note="Wahl im Ausland: relevant. Das Zitat im Zitatkasten wiederholt den Text.")),
        ("Podcast „Hochstift hört hin“: Folge 41", d(2020, 11, 4, 6, 0, 0, 1), ["Redaktion"], ["Podcast"], p("Jetzt reinhören."), dict(authors=[], story=False, rel=False, note="Podcast: kein Artikel.")),
        ("SC Paderborn siegt in Bochum", d(2020, 11, 3, 21, 0, 0, 1), ["Uwe Bentler"], ["Sport"], p("2:1 beim VfL."), dict(rel=False, note="Lokalsport: nicht relevant.")),
        ("Anschlag in Wien: Bundesregierung sagt Österreich Hilfe zu", d(2020, 11, 3, 12, 0, 0, 1), ["Sandra Kleinschmidt", "Uwe Bentler"], ["Welt"],
         p("Nach dem Terroranschlag in der Wiener Innenstadt mit vier Toten hat die Bundesregierung Österreich Unterstützung zugesagt.", "„Wir stehen an der Seite Wiens“, sagte Paderborns Bürgermeister Konrad Vehling.")
         + rel("Mehr zum Thema:", ["Was über den Täter bekannt ist"], B + "/welt"),
         dict(quotes=[q("Konrad Vehling", "Paderborn")], junk=["Mehr zum Thema:"], note="Terroranschlag im Ausland, deutsche Unterstützung: relevant.")),
    ]
    head = wp_head("Welt – Hochstift-Anzeiger", B + "/welt", "Nachrichten aus Paderborn", "de-DE", d(2020, 11, 6, 14, 5, 0, 1), "5.5.3")
    return build_feed("de_nw_hochstiftanzeiger_welt_wp55.rss.xml", "wp", B, head, rows, outlet="Hochstift-Anzeiger", lang="de",
                      structure="Paderborner Zeitung, WordPress 5.5.3 (2020): zwei dc:creator, eingebetteter Tweet, h2, Zitatkasten, 'Mehr zum Thema:', Autoren-Bio.",
                      notes="Heimatland: Deutschland.")


def konstanz():
    B = "https://seeblick-konstanz.example"
    rows = [
        ("Schweiz und EU einigen sich auf neues Vertragspaket", d(2024, 12, 20, 15, 0, 0, 1), "Andrea Gsell", ["Welt"],
         p("Die Schweiz und die EU haben die Verhandlungen über ein neues Vertragspaket abgeschlossen.", "„Für Grenzgänger ändert sich zunächst nichts“, sagte Beat Imhof, Sprecher des Schweizer Staatssekretariats für Migration.")
         + box("Das Paket in Zahlen", ["120 Abkommen", "Stromabkommen neu"]) + news("Abonnieren Sie unseren Grenzgänger-Newsletter."),
         dict(quotes=[q("Beat Imhof", "Staatssekretariat für Migration")], junk=["Das Paket in Zahlen", "Grenzgänger-Newsletter"], note="Beziehungen Schweiz–EU: relevant.")),
        ("Kommentar: Die Grenzgänger verdienen Klarheit", d(2024, 12, 20, 18, 0, 0, 1), "Andrea Gsell", ["Meinung"], p("Ein Abkommen allein reicht nicht."), dict(rel=True, t="Die Grenzgänger verdienen Klarheit", note="Kommentar zur Schweiz–EU-Politik: Artikel, relevant. " + TL.format("Kommentar:"))),
        ("Konstanzer Weihnachtsmarkt: Besucherrekord", d(2024, 12, 19, 20, 0, 0, 1), "Felix Rommel", ["Konstanz"], p("Mehr als 600.000 Besucher."), dict(rel=False, note="Lokales: nicht relevant.")),
        ("Syrien nach Assad: Konstanzer Syrer zwischen Hoffnung und Sorge", d(2024, 12, 18, 10, 0, 0, 1), "Felix Rommel", ["Region"],
         p("Nach dem Sturz Assads diskutieren Syrer in Konstanz über eine Rückkehr.", "„Ich will zuerst sehen, wer regiert“, sagte Rami Haddad."),
         dict(rel=False, quotes=[q("Rami Haddad")], note="Ausländisches Ereignis nur über Menschen vor Ort, ohne Regierungshandeln: nicht relevant.")),
        ("Video: Lichterschiff auf dem Bodensee", d(2024, 12, 18, 8, 0, 0, 1), "Seeblick", ["Video"], p("Das Lichterschiff im Hafen."), dict(authors=[], story=False, rel=False, note="Video: kein Artikel.")),
        ("Erdbeben in Vanuatu: Mindestens 14 Tote in Port Vila", d(2024, 12, 17, 9, 30, 0, 1), "dpa/AFP", ["Welt"],
         p("Bei einem Erdbeben der Stärke 7,3 in Vanuatu sind mindestens 14 Menschen ums Leben gekommen.", "„Die Lage ist ernst“, sagte Jean-Marc Tari, Sprecher der nationalen Katastrophenschutzbehörde."),
         dict(authors=[], quotes=[q("Jean-Marc Tari", "nationale Katastrophenschutzbehörde")], note="Tödliche Naturkatastrophe im Ausland: relevant.")),
    ]
    head = atom_head("Seeblick Konstanz – Welt", B, "Nachrichten vom Bodensee", d(2024, 12, 20, 18, 5, 0, 1), "© 2024 Seeblick Medien GmbH", "Sulu", "Seeblick Konstanz")
    return build_feed("de_bw_seeblickkonstanz_welt_sulu_atom.atom.xml", "atom", B, head, rows, outlet="Seeblick Konstanz", lang="de",
                      structure="Konstanzer Online-Zeitung, Atom (Sulu CMS, 2024): Faktenkasten, Newsletter-Kasten, 'Kommentar:'-Titel, Agenturkürzel 'dpa/AFP'.",
                      notes="Heimatland: Deutschland.")


def lecco():
    B = "https://lariogiornale.example"
    rows = [
        ("Alluvione in Emilia-Romagna: volontari lecchesi partono per Faenza", d(2023, 5, 19, 12, 0, 0, 2), "di Chiara Mauri", ["Cronaca"],
         p("Trenta volontari della Protezione civile di Lecco sono partiti per Faenza.", "«Portiamo pompe e idrovore», ha detto Marco Airoldi, coordinatore della Protezione civile provinciale."),
         dict(authors=["Chiara Mauri"], rel=False, quotes=[q("Marco Airoldi", "Protezione civile provinciale")], note="Disastro in Italia: non rilevante.")),
        ("Sudan, italiani evacuati da Khartoum: tra loro un medico di Lecco", d(2023, 4, 24, 18, 0, 0, 2), "di Paolo Rusconi", ["Esteri"],
         fig(B + "/img/sudan.jpg", "Connazionali all’arrivo a Ciampino.", "(foto Ansa)") + p("Il ministero degli Esteri ha completato l’evacuazione di un centinaio di italiani dal Sudan.", "«Abbiamo sentito gli spari per giorni», ha raccontato il medico lecchese Davide Panzeri.")
         + rel("Leggi anche:", ["Guerra in Sudan, cosa sta succedendo"], B + "/esteri") + news("Iscriviti alla newsletter del Giornale del Lario."),
         dict(authors=["Paolo Rusconi"], quotes=[q("Davide Panzeri")], junk=["(foto Ansa)", "Leggi anche:", "Iscriviti alla newsletter"], note="Evacuazione governativa di connazionali da una guerra: rilevante (regola C).")),
        ("Calcolecco, pari con il Legnago", d(2023, 5, 18, 22, 0, 0, 2), "Redazione Sport", ["Sport"], p("1-1 al Rigamonti-Ceppi."), dict(authors=[], rel=False, note="Sport locale: non rilevante.")),
        ("FOTO | La festa di San Nicolò sul lungolago", d(2023, 5, 17, 10, 0, 0, 2), "Redazione", ["Foto"], p("Le immagini della festa."), dict(authors=[], story=False, rel=False, note="Galleria: non è un articolo.")),
        ("G7 di Hiroshima, Kiev al centro del vertice", d(2023, 5, 19, 20, 0, 0, 2), "di Paolo Rusconi", ["Esteri"],
         h(2, "Le decisioni") + p("I leader del G7 riuniti a Hiroshima hanno concordato nuove sanzioni contro la Russia.", "«Il messaggio è chiaro», ha detto Elena Bassi, analista dell’Istituto per gli studi di politica internazionale."),
         dict(authors=["Paolo Rusconi"], quotes=[q("Elena Bassi", "Istituto per gli studi di politica internazionale")], note="Vertice internazionale: rilevante.")),
        ("Turchia, il ballottaggio fra Erdoğan e Kılıçdaroğlu", d(2023, 5, 16, 9, 0, 0, 2), "di Chiara Mauri e Paolo Rusconi", ["Esteri"],
         p("La Turchia andrà al ballottaggio il 28 maggio.") + bio("Chiara Mauri è giornalista professionista dal 2009."),
         dict(authors=["Chiara Mauri", "Paolo Rusconi"], junk=["giornalista professionista dal 2009"], note="Elezioni all'estero: rilevante.")),
    ]
    head = plain_head("Esteri - Il Giornale del Lario", B, "Notizie da Lecco", "it-IT", d(2023, 5, 19, 20, 5, 0, 2), "© 2023 Editoriale Lario S.r.l. - P.IVA 01234560137", "eZ Platform")
    return build_feed("it_lc_giornaledellario_esteri_ezplatform23.rss.xml", "plain", B, head, rows, outlet="Il Giornale del Lario", lang="it",
                      structure="Quotidiano di Lecco, RSS eZ Platform (2023), items non in ordine di data: '(foto Ansa)', 'Leggi anche:', newsletter, bio; 'di A e B'.",
                      notes="Paese: Italia.")


def cuneo():
    B = "https://provinciagranda.example"
    rows = [
        ("Afghanistan, il ponte aereo da Kabul: a Cuneo arrivano 40 profughi", d(2021, 8, 27, 13, 0, 0, 2), ["Luca Giraudo"], ["Esteri"],
         p("Il ponte aereo dell’Aeronautica militare da Kabul si è concluso.", "«Abbiamo portato via 4.890 persone», ha dichiarato il generale Franco Salvi, del Comando operativo di vertice interforze.")
         + tweet("Missione conclusa. Grazie a tutti.", "Difesa", "MinisteroDifesa", "27 agosto 2021", "it"),
         dict(quotes=[q("Franco Salvi", "Comando operativo di vertice interforze")], junk=["Missione conclusa"], note="Evacuazione governativa: rilevante.")),
        ("Haiti, terremoto: oltre 2.000 morti", d(2021, 8, 17, 9, 0, 0, 2), ["Luca Giraudo"], ["Esteri"],
         p("Il terremoto di magnitudo 7,2 ad Haiti ha causato oltre 2.000 morti.", "«Mancano acqua e medicine», ha detto suor Giovanna Rinaudo, missionaria cuneese a Jérémie.")
         + rel("LEGGI ANCHE", ["La raccolta fondi della diocesi"], B + "/esteri"),
         dict(quotes=[q("Giovanna Rinaudo")], junk=["LEGGI ANCHE"], note="Disastro naturale all'estero con morti: rilevante.")),
        ("Fiera del Marrone, confermata l’edizione 2021", d(2021, 8, 26, 11, 0, 0, 2), ["Sara Bergese"], ["Cuneo"], p("La fiera si farà in ottobre."), dict(rel=False, note="Notizia locale: non rilevante.")),
        ("Bielorussia, migranti al confine con Lituania e Polonia: l’Ue valuta nuove sanzioni", d(2021, 8, 25, 18, 0, 0, 2), ["Sara Bergese"], ["Esteri"], p("I ministri dell’Interno dell’Ue discutono la crisi al confine bielorusso.", "«È un attacco ibrido», ha detto Rasa Žilinskaitė, portavoce del ministero dell’Interno lituano."), dict(quotes=[q("Rasa Žilinskaitė", "ministero dell’Interno lituano")], note="Crisi tra Stati ai confini dell'Ue: rilevante.")),
        ("Newsletter: le notizie della Granda", d(2021, 8, 25, 7, 0, 0, 2), ["Redazione"], ["Newsletter"], p("Iscriviti."), dict(authors=[], story=False, rel=False, note="Newsletter: non è un articolo.")),
        ("Diretta: Tour de France, la tappa del Col de la Loze", d(2021, 8, 24, 13, 0, 0, 2), ["Redazione Sport"], ["Sport"], live([("14.10", "Attacco in salita.")]), dict(authors=[], story=False, rel=False, note="Diretta: non è un articolo.")),
    ]
    head = wp_head("Esteri Archivi - Provincia Granda", B + "/esteri", "Cuneo", "it-IT", d(2021, 8, 27, 13, 5, 0, 2), "5.8")
    return build_feed("it_cn_provinciagranda_esteri_wp58.rss.xml", "wp", B, head, rows, outlet="Provincia Granda", lang="it",
                      structure="Sito di Cuneo, WordPress 5.8 (2021) 'Esteri Archivi - Sito': tweet incorporato, 'LEGGI ANCHE', newsletter, diretta.",
                      notes="Paese: Italia.")


def natal():
    B = "https://potiguarhoje.example"
    rows = [
        ("Brasileiros presos em Israel após ataque do Hamas são repatriados", d(2023, 10, 12, 15, 0, 0, -3), "Juliana Medeiros", ["Mundo"],
         p("O primeiro voo da FAB com brasileiros que estavam em Israel pousou em Brasília.", "“Foi uma noite sem dormir”, disse o potiguar Caio Fernandes, estudante em Tel Aviv.")
         + fig(B + "/img/fab.jpg", "Passageiros desembarcam na Base Aérea.", "Foto: Sgt. Johnson/FAB") + rel("Leia também:", ["Itamaraty abre canal para famílias"], B + "/mundo"),
         dict(quotes=[q("Caio Fernandes")], junk=["Foto: Sgt. Johnson/FAB", "Leia também:"], note="Repatriação governamental de brasileiros de uma guerra: relevante (regra C).")),
        ("Natal: engarrafamento na Ponte Newton Navarro", d(2023, 10, 11, 18, 0, 0, -3), "Redação", ["Natal"], p("Obras causam lentidão."), dict(authors=[], rel=False, note="Cidade: não relevante.")),
        ("Marrocos e Líbia: ONU pede US$ 70 milhões", d(2023, 10, 10, 9, 0, 0, -3), "Juliana Medeiros", ["Mundo"],
         p("A ONU pediu ajuda para vítimas das catástrofes no Marrocos e na Líbia.", "“A resposta precisa ser rápida”, disse Amina El Idrissi, coordenadora do Escritório da ONU para Assuntos Humanitários.") + news("Receba as notícias do Potiguar Hoje no WhatsApp."),
         dict(quotes=[q("Amina El Idrissi", "Escritório da ONU para Assuntos Humanitários")], junk=["Receba as notícias do Potiguar Hoje no WhatsApp"], note="Ajuda humanitária internacional: relevante.")),
        ("ABC vence o América no clássico", d(2023, 10, 9, 22, 0, 0, -3), "Redação Esporte", ["Esportes"], p("2 a 1 no Frasqueirão."), dict(authors=[], rel=False, note="Esporte local: não relevante.")),
        ("Eólicas potiguares atraem investimento chinês", d(2023, 10, 9, 12, 0, 0, -3), "Rafael Bezerra", ["Economia"],
         p("Um grupo estatal chinês comprou três parques eólicos no RN.", "“O vento daqui é dos melhores do mundo”, afirmou Liu Chen, diretor da China Wind Brasil."),
         dict(quotes=[q("Liu Chen", "China Wind Brasil")], note="Investimento estatal estrangeiro: relevante (limite).")),
        ("Concurso: Ganhe ingressos para o Festival de Pipa", d(2023, 10, 8, 8, 0, 0, -3), "Potiguar Hoje", ["Promoção"], p("Participe."), dict(authors=[], story=False, rel=False, note="Promoção: não é matéria.")),
    ]
    head = plain_head("Mundo - Potiguar Hoje", B, "Natal e RN", "pt-BR", d(2023, 10, 12, 15, 5, 0, -3), "© 2023 Potiguar Hoje Comunicação Ltda.", "Arc XP")
    return build_feed("pt_br_rn_potiguarhoje_mundo_arcxp23.rss.xml", "plain", B, head, rows, outlet="Potiguar Hoje", lang="pt",
                      structure="Site de Natal (RN), RSS Arc XP (2023): 'Foto: …' em legendas, 'Leia também:', bloco de WhatsApp, promoção.",
                      notes="País: Brasil.")


def maringa():
    B = "https://norteparanaense.example"
    rows = [
        ("Argentina: Milei toma posse e promete ajuste; exportadores do Paraná acompanham", d(2023, 12, 10, 19, 0, 0, -3), "Fernanda Okada", ["Mundo"],
         p("O novo governo argentino anunciou desvalorização do peso.", "“A Argentina é o nosso terceiro maior comprador”, disse Roberto Sakamoto, presidente da Câmara de Comércio Exterior de Maringá.")
         + bio("Fernanda Okada é repórter de economia."),
         dict(quotes=[q("Roberto Sakamoto", "Câmara de Comércio Exterior de Maringá")], junk=["é repórter de economia"], note="Relações comerciais Brasil–Argentina: relevante.")),
        ("Venezuela e Guiana: Essequibo preocupa Itamaraty", d(2023, 12, 8, 14, 0, 0, -3), "Fernanda Okada e Lucas Tanaka", ["Mundo"],
         h(2, "Entenda a disputa") + p("O Itamaraty reforçou tropas na fronteira norte após o referendo venezuelano.", "“O Brasil não aceitará conflito armado na região”, disse o general Paulo Vieira, do Comando Militar do Norte."),
         dict(authors=["Fernanda Okada", "Lucas Tanaka"], quotes=[q("Paulo Vieira", "Comando Militar do Norte")], note="Tensão regional: relevante.")),
        ("Itaipu: Brasil e Paraguai ainda sem acordo sobre tarifa", d(2023, 12, 7, 20, 0, 0, -3), "Lucas Tanaka", ["Mundo"], p("Brasil e Paraguai não chegaram a acordo sobre a tarifa de energia de Itaipu para 2024.", "“A negociação é entre dois Estados, não entre empresas”, disse Marta Ribas, pesquisadora da Universidade Estadual de Maringá."), dict(quotes=[q("Marta Ribas", "Universidade Estadual de Maringá")], note="Negociação bilateral Brasil–Paraguai: relevante.")),
        ("Galeria: Chuva de granizo em Sarandi", d(2023, 12, 6, 17, 0, 0, -3), "Redação", ["Galeria"], p("Fotos: leitores."), dict(authors=[], story=False, rel=False, note="Galeria: não é matéria.")),
        ("Podcast Norte Café: safra de soja", d(2023, 12, 6, 7, 0, 0, -3), "Redação", ["Podcast"], p("Ouça."), dict(authors=[], story=False, rel=False, note="Podcast: não é matéria.")),
        ("COP28: Brasil propõe fundo para florestas tropicais", d(2023, 12, 5, 10, 0, 0, -3), "Lucas Tanaka", ["Mundo"],
         p("O Brasil propôs em Dubai um fundo para florestas.", "“É uma proposta concreta”, disse Helena Duarte, diretora do Observatório do Clima do Paraná.") + tweet("Florestas em pé valem mais.", "Observatório", "obsclimapr", "5 de dezembro de 2023", "pt"),
         dict(quotes=[q("Helena Duarte", "Observatório do Clima do Paraná")], junk=["Florestas em pé valem mais"], note="Negociação climática internacional: relevante.")),
    ]
    head = wp_head("Mundo – Norte Paranaense", B + "/mundo", "Maringá", "pt-BR", d(2023, 12, 10, 19, 5, 0, -3), "6.4.2")
    return build_feed("pt_br_pr_norteparanaense_mundo_wp64.rss.xml", "wp", B, head, rows, outlet="Norte Paranaense", lang="pt",
                      structure="Site de Maringá (PR), WordPress 6.4.2 (2023): 'A e B' em dc:creator, h2, tweet, bio.",
                      notes="País: Brasil.")


def sargodha():
    B = "https://sargodhaakhbar.example"
    rows = [
        ("سعودی عرب میں پاکستانی زائرین کی بس کو حادثہ، 18 جاں بحق", d(2023, 3, 28, 14, 0, 0, 5), "رپورٹ: عمران ساہی", ["بین الاقوامی"],
         p("سعودی عرب میں عمرہ زائرین کی بس کو حادثے میں 18 افراد جاں بحق ہو گئے، دفتر خارجہ کے مطابق جدہ میں قونصل خانہ متاثرین سے رابطے میں ہے۔",
           "قونصل جنرل خالد مجید نے کہا: \"زخمیوں کی وطن واپسی کے انتظامات کیے جا رہے ہیں۔\"") + rel("یہ بھی پڑھیں:", ["زائرین کے لیے ہدایات"], B + "/intl"),
         dict(authors=["عمران ساہی"], quotes=[q("خالد مجید", "قونصل جنرل")], junk=["یہ بھی پڑھیں:"], note="بیرون ملک بڑا حادثہ (تقریباً دس سے زائد ہلاکتیں)، حکومتی قونصلی کارروائی: متعلقہ (قاعدہ C، D)۔")),
        ("سرگودھا: کینو کی برآمد میں اضافہ", d(2023, 3, 27, 12, 0, 0, 5), "نمائندہ خصوصی", ["کاروبار"], p("کینو کی برآمد بڑھ گئی۔"), dict(authors=[], rel=False, note="مقامی کاروبار: غیر متعلقہ۔")),
        ("افغانستان میں زلزلہ، پاکستان کا امدادی سامان روانہ", d(2023, 3, 26, 18, 0, 0, 5), "ویب ڈیسک", ["بین الاقوامی"],
         fig(B + "/img/aid.jpg", "امدادی ٹرک طورخم پر", "تصویر: اے پی پی") + p("افغانستان میں زلزلے سے 40 افراد جاں بحق ہوئے، پاکستان نے امدادی سامان روانہ کیا۔"),
         dict(authors=[], junk=["تصویر: اے پی پی"], note="بیرون ملک قدرتی آفت اور غیر ملکی امداد: متعلقہ۔")),
        ("ویڈیو: سرگودھا میں بہار میلہ", d(2023, 3, 25, 16, 0, 0, 5), "ویب ڈیسک", ["ویڈیو"], p("دیکھیے۔"), dict(authors=[], story=False, rel=False, note="ویڈیو: خبر نہیں۔")),
        ("پاکستان اور آئی ایم ایف کے مذاکرات جاری", d(2023, 3, 24, 11, 0, 0, 5), "رپورٹ: عمران ساہی اور ثناء گوندل", ["بین الاقوامی"],
         p("پاکستان اور آئی ایم ایف کے درمیان قرض پروگرام پر مذاکرات جاری ہیں۔") + bio("عمران ساہی سرگودھا اخبار کے سینئر رپورٹر ہیں۔"),
         dict(authors=["عمران ساہی", "ثناء گوندل"], junk=["سینئر رپورٹر ہیں"], note="بین الاقوامی مالیاتی ادارے سے مذاکرات: متعلقہ۔")),
        ("کرکٹ: سرگودھا ریجن کی فتح", d(2023, 3, 23, 20, 0, 0, 5), "اسپورٹس ڈیسک", ["کھیل"], p("فتح۔"), dict(authors=[], rel=False, note="مقامی کھیل: غیر متعلقہ۔")),
    ]
    head = wp_head("بین الاقوامی – سرگودھا اخبار", B + "/intl", "سرگودھا", "ur", d(2023, 3, 28, 14, 5, 0, 5), "6.1.1")
    return build_feed("ur_pk_pb_sargodhaakhbar_international_wp61.rss.xml", "wp", B, head, rows, outlet="سرگودھا اخبار", lang="ur",
                      structure="Sargodha Urdu site, WordPress 6.1.1 (2023): 'رپورٹ: Name', 'A اور B', desk credits, 'تصویر:' credit, 'یہ بھی پڑھیں:' list, bio.",
                      notes="Home country: Pakistan.")


def larkana():
    B = "https://larkanatimes.example"
    rows = [
        ("ایران میں پاکستانی ماہی گیر گرفتار، دفتر خارجہ کا رابطہ", d(2026, 1, 14, 13, 0, 0, 5), "نمائندہ", ["دنیا"],
         p("ایرانی حکام نے 12 پاکستانی ماہی گیروں کو گرفتار کر لیا، دفتر خارجہ نے تہران سے رابطہ کیا۔", "ترجمان دفتر خارجہ ثمینہ بلوچ نے کہا: ’’ہم ان کی جلد رہائی کے لیے کوشاں ہیں۔‘‘"),
         dict(authors=[], quotes=[q("ثمینہ بلوچ", "دفتر خارجہ")], note="بیرون ملک گرفتار شہری (قاعدہ C (a)): متعلقہ۔")),
        ("لاڑکانہ: موہن جو دڑو میں سیاحوں کی آمد", d(2026, 1, 13, 12, 0, 0, 5), "علی حسن", ["مقامی"], p("سیاحوں کی تعداد بڑھی۔"), dict(authors=["علی حسن"], rel=False, note="مقامی خبر: غیر متعلقہ۔")),
        ("غزہ جنگ بندی: پاکستان کا خیرمقدم", d(2026, 1, 12, 18, 0, 0, 5), "علی حسن", ["دنیا"],
         p("پاکستان نے غزہ جنگ بندی کے دوسرے مرحلے کا خیرمقدم کیا۔") + tweet("Pakistan welcomes the ceasefire.", "MOFA", "ForeignOfficePk", "January 12, 2026"),
         dict(authors=["علی حسن"], junk=["Pakistan welcomes the ceasefire"], note="پاکستان کی خارجہ پالیسی: متعلقہ۔")),
        ("ہمارا واٹس ایپ چینل جوائن کریں", d(2026, 1, 12, 8, 0, 0, 5), "لاڑکانہ ٹائمز", ["اعلان"], p("جوائن کریں۔"), dict(authors=[], story=False, rel=False, note="اشتہار: خبر نہیں۔")),
        ("سی پیک: چینی وفد کی کراچی آمد، خصوصی اقتصادی زونز پر بات چیت", d(2026, 1, 11, 11, 0, 0, 5), "نمائندہ", ["دنیا"], p("چین کے ایک اعلیٰ سطحی وفد نے کراچی میں سی پیک کے خصوصی اقتصادی زونز پر بات چیت کی۔"), dict(authors=[], note="پاکستان–چین تعلقات: متعلقہ۔")),
        ("افغان پناہ گزینوں کی واپسی: اقوام متحدہ کی اپیل", d(2026, 1, 10, 10, 0, 0, 5), "ایجنسیاں", ["دنیا"],
         p("اقوام متحدہ نے پاکستان سے افغان پناہ گزینوں کی واپسی روکنے کی اپیل کی۔", "یو این ایچ سی آر کی ترجمان مارتا گوئیلین نے کہا: ’’سردیوں میں واپسی خطرناک ہے۔‘‘"),
         dict(authors=[], quotes=[q("مارتا گوئیلین", "یو این ایچ سی آر")], note="پاکستان–اقوام متحدہ، پناہ گزین: متعلقہ۔")),
    ]
    head = plain_head("لاڑکانہ ٹائمز - دنیا", B, "لاڑکانہ", "ur-PK", d(2026, 1, 14, 13, 5, 0, 5), "© 2026 لاڑکانہ ٹائمز", "PHP")
    return build_feed("ur_pk_sd_larkanatimes_world_php26.rss.xml", "plain", B, head, rows, outlet="لاڑکانہ ٹائمز", lang="ur",
                      structure="Larkana Urdu PHP site (2026): ’’…‘‘ quotes, 'نمائندہ' and 'ایجنسیاں' credits, English tweet embed, WhatsApp promo.",
                      notes="Home country: Pakistan.")


FEEDS = [hameln, paderborn, konstanz, lecco, cuneo, natal, maringa, sargodha, larkana]
