# ruff: noqa: E501  (feed text is data: long lines are the content)
"""European-language feeds of the third held-out set: Libération (Arc XP, fr), NZZ (de-CH),
Il Post (WordPress, it), Expresso with Portuguese date names (pt), SVT with a wrong charset in the
HTTP header (sv), Yle (fi), iDNES in windows-1250 (cs) and Kathimerini in windows-1253 declared
ISO-8859-7 (el)."""
from lib import dt, rfc822
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, q, simple

R = rfc822


def libre() -> object:
    base = "https://www.librerive.fr"
    J = ["Libre Rive", "© AFP"]
    rows = [
        ("international/europe/en-serbie-les-etudiants-bloquent-a-nouveau-les-universites_KX3PQZ2V5NE7LJ4WUBOY6T2ZHA/", "En Serbie, les étudiants bloquent à nouveau les universités",
         "<p>Un an après le début du mouvement, les facultés de Belgrade et de Novi Sad sont de nouveau occupées. «Nous ne partirons pas tant que nos revendications ne seront pas satisfaites», assure Milica Jovanović, étudiante en droit.</p>", "Hélène Marchetti", ["Hélène Marchetti"], dt(2026, 12, 2, 17, 41, 0), True, True, [q("Milica Jovanović", "étudiante en droit")], None, []),
        ("international/afrique/rdc-m23-accord-de-doha_7HGTRW3YQ5DULHZ2NSKB4XAJ5E/", "RDC : le M23 et Kinshasa signent un nouvel accord à Doha",
         "<p>Le texte prévoit un cessez-le-feu et un mécanisme de vérification. Il reste à l’appliquer sur le terrain.</p>", "Libre Rive et AFP", [], dt(2026, 12, 2, 11, 3, 0), True, True, None, None, ["et AFP"]),
        ("international/asie-pacifique/coree-du-sud-la-presidente-face-a-sa-premiere-motion-de-censure_PL2M4RDV6FGC5BXQWYJ3KZ7TNA/", "Corée du Sud : la présidente face à sa première motion de censure",
         "<p>L’opposition conservatrice a déposé la motion mardi.</p>", "Arnaud Vigneron, correspondant à Séoul", ["Arnaud Vigneron"], dt(2026, 12, 1, 20, 15, 0), True, True, None, None, ["correspondant à Séoul"]),
        ("culture/cinema/les-sorties-de-la-semaine_ZR6XW2Y4QBLRA7K3PMVJHT5DOE/", "Les sorties cinéma de la semaine",
         "<p>Notre sélection de films, du meilleur au pire.</p>", "Service Culture", [], dt(2026, 12, 1, 8, 0, 0), True, False, None, None, []),
        ("international/moyen-orient/en-direct-iran-manifestations_LIVE7ABC4DEF/", "En direct, Iran : nouvelles manifestations à Téhéran, suivez notre live",
         "<p>Retrouvez toutes les informations dans notre direct.</p>", "", [], dt(2026, 11, 30, 19, 0, 0), False, True, None, None, []),
        ("international/amerique/au-chili-le-nouveau-gouvernement-presente-sa-reforme-des-retraites_QW2ER4TY6UI8OP1AS3DF5GH7JK/", "Au Chili, le nouveau gouvernement présente sa réforme des retraites",
         "<p>La réforme relève l’âge de départ à 67 ans. «C’est une réforme juste et nécessaire», a défendu la ministre du Travail, Carolina Fuentes.</p>", "Paula Ortiz et Julien Mercier", ["Paula Ortiz", "Julien Mercier"], dt(2026, 11, 30, 7, 30, 0), True, True, [q("Carolina Fuentes", "ministre du Travail")], None, []),
        ("checknews/non-la-photo-de-soldats-francais-en-ukraine-ne-date-pas-de-2026_ZZ9YY8XX7WW6VV5UU4TT3SS2RR/", "Non, la photo de soldats français en Ukraine ne date pas de 2026",
         "<p>L’image circule sur les réseaux sociaux, mais elle a été prise lors d’un exercice de l’Otan en 2019.</p>", "CheckNews", [], dt(2026, 11, 29, 14, 12, 0), True, True, None, None, []),
    ]
    extra = '\n<media:content url="https://www.librerive.fr/resizer/v2/{n}IMG.jpg?auth=abc&amp;width=1200" type="image/jpeg" medium="image"><media:credit role="author" scheme="urn:ebu">Jean Dupré/AFP</media:credit></media:content>'
    ch = f"""<title>Libre Rive - International</title>
<link>{base}</link>
<atom:link href="{base}/arc/outboundfeeds/rss-all/category/international/?outputType=xml" rel="self" type="application/rss+xml"/>
<description>Libre Rive - International</description>
<lastBuildDate>Wed, 02 Dec 2026 17:45:00 +0000</lastBuildDate>
<language>fr</language>
<ttl>1</ttl>"""
    return simple("fr_librerive_international_arc.rss.xml", lang="fr", outlet="Libre Rive",
                  structure="Libération RSS from Arc XP outbound feeds (liberation.fr/arc/outboundfeeds/rss-all/category/international/?outputType=xml): trailing-slash links with Arc ids, dc:creator 'X et AFP' / 'Name, correspondant à …' / desk names, media:credit 'Name/AFP'",
                  notes="'Libre Rive et AFP', 'Service Culture' and 'CheckNews' (a fact-check desk) are not people; 'correspondant à Séoul' is a job, not part of the name. Live-blog teaser is not a story.",
                  channel=ch, rows=rows, base=base, date_fn=R, ns=NS_ATOM + NS_DC + NS_MEDIA, extra=extra, common_junk=[*J, "Jean Dupré/AFP"])


def limmat() -> object:
    base = "https://www.limmatzeitung.ch"
    rows = [
        ("international/schweiz-und-eu-paraphieren-vertragspaket-ld.1912345", "Schweiz und EU paraphieren das Vertragspaket – jetzt beginnt der Abstimmungskampf",
         "Nach jahrelangen Verhandlungen liegt der Text vor. «Das ist ein guter Tag für die Schweiz», sagte Bundesrätin Claudia Imhof an der Medienkonferenz in Bern.", "", [], dt(2026, 12, 2, 16, 48, 21, 1), True, True, [q("Claudia Imhof", "Bundesrätin")], None, []),
        ("international/ungarn-regierung-verschaerft-ngo-gesetz-ld.1912301", "Ungarn verschärft das Gesetz über ausländisch finanzierte Organisationen",
         "Budapest weitet die Meldepflichten aus. Kritiker sprechen von einem Angriff auf die Zivilgesellschaft.", "", [], dt(2026, 12, 2, 9, 30, 0, 1), True, True, None, None, []),
        ("meinung/die-nato-braucht-keinen-neuen-gipfel-sondern-munition-ld.1912277", "Die Nato braucht keinen neuen Gipfel, sondern Munition",
         "Ein Kommentar von Reto Bachmann. Die Allianz redet zu viel und produziert zu wenig.", "", [], dt(2026, 12, 1, 18, 0, 0, 1), True, True, None, "['Reto Bachmann'] is also correct", ["Ein Kommentar von"]),
        ("sport/ski-alpin-zollinger-gewinnt-in-beaver-creek-ld.1912250", "Ski alpin: Schweizer Doppelsieg in Beaver Creek",
         "Marco Zollinger gewinnt den Super-G vor seinem Teamkollegen.", "", [], dt(2026, 12, 1, 21, 10, 0, 1), True, False, None, None, []),
        ("international/argentinien-inflation-sinkt-unter-zwanzig-prozent-ld.1912233", "Argentinien: Die Inflation sinkt erstmals seit 2018 unter zwanzig Prozent",
         "Die Regierung feiert den Erfolg, doch die Armutsquote bleibt hoch. (sda/Reuters)", "", [], dt(2026, 12, 1, 7, 45, 0, 1), True, True, None, None, ["(sda/Reuters)"]),
        ("limmat-live/bestellen-sie-jetzt-den-newsletter-international-ld.1912200", "Der Newsletter «Internationale Lage»: Jetzt abonnieren",
         "Jeden Freitag die wichtigsten Analysen unserer Auslandkorrespondenten.", "", [], dt(2026, 11, 30, 6, 0, 0, 1), False, False, None, None, []),
    ]
    ch = f"""<title>International - Limmat Zeitung</title>
<link>{base}/international</link>
<description>Aktuelle Nachrichten und Analysen aus aller Welt</description>
<language>de-ch</language>
<copyright>Limmat Zeitung AG</copyright>"""
    return simple("de_ch_limmatzeitung_international.rss.xml", lang="de", outlet="Limmat Zeitung",
                  structure="NZZ section RSS (nzz.ch/international.rss): 'Section - Outlet' channel title, 'ld.<id>' slugs, plain descriptions, Swiss spelling (ss, «»), no authors, '(sda/Reuters)' credits, +0100 dates",
                  notes="Swiss German: no ß, «…» quotation marks. 'Limmat Zeitung AG' is the company. The commentary names its author only in the text. Newsletter promo is not a story.",
                  channel=ch, rows=rows, base=base, date_fn=R, ns="", cdata_desc=False, ctype="application/rss+xml; charset=UTF-8")


def ponte() -> object:
    base = "https://www.ilponte.it"
    rows = [
        ("2026/12/02/belgio-governo-crisi-bilancio/", "In Belgio il governo rischia di cadere sul bilancio",
         "<p>I partiti fiamminghi e valloni non trovano un accordo sui tagli. Il primo ministro ha tempo fino a venerdì. </p>", "Il Ponte", [], dt(2026, 12, 2, 18, 20, 4, 1), True, True, None, None, []),
        ("2026/12/02/podcast-ogni-mattina-2-dicembre/", "Ogni mattina – 2 dicembre",
         "<p>Il podcast quotidiano del Ponte, con le notizie da sapere. Ascoltalo sull&#8217;app.</p>", "Il Ponte", [], dt(2026, 12, 2, 6, 30, 0, 1), False, False, None, None, []),
        ("2026/12/01/elezioni-kosovo-risultati/", "Il partito del primo ministro ha vinto di nuovo le elezioni in Kosovo",
         "<p>Ma senza la maggioranza assoluta: servirà una coalizione. «Abbiamo vinto, e governeremo», ha detto il primo ministro Arben Krasniqi.</p>", "Il Ponte", [], dt(2026, 12, 1, 22, 5, 0, 1), True, True, [q("Arben Krasniqi", "primo ministro")], None, []),
        ("2026/12/01/foto-neve-alpi/", "Le foto della prima grande nevicata sulle Alpi",
         "<p>Da Cortina a Courmayeur.</p>", "Il Ponte", [], dt(2026, 12, 1, 13, 0, 0, 1), False, False, None, None, []),
        ("2026/12/01/cose-la-legge-sul-fine-vita-in-portogallo/", "Cos’è la legge sul fine vita approvata in Portogallo",
         "<p>È stata approvata dopo tre veti presidenziali, ed entrerà in vigore a marzo.</p>", "Il Ponte", [], dt(2026, 12, 1, 10, 45, 0, 1), True, True, None, None, []),
        ("2026/11/30/serie-a-risultati-13-giornata/", "I risultati della tredicesima giornata di Serie A",
         "<p>L&#8217;Inter ha vinto il derby.</p>", "Il Ponte", [], dt(2026, 11, 30, 23, 0, 0, 1), True, False, None, None, []),
        ("2026/11/30/mozambico-proteste-maputo/", "In Mozambico sono ricominciate le proteste",
         "<p>Migliaia di persone hanno manifestato a Maputo contro l&#8217;aumento dei prezzi del pane.</p>", "Il Ponte", [], dt(2026, 11, 30, 9, 0, 0, 1), True, True, None, None, []),
    ]
    extra = '\n<category><![CDATA[Mondo]]></category>\n<content:encoded><![CDATA[<p>Continua a leggere sul <a href="{link}">Ponte</a></p>]]></content:encoded>'
    ch = f"""<title>Il Ponte</title>
<atom:link href="{base}/feed/" rel="self" type="application/rss+xml" />
<link>{base}</link>
<description>Un giornale che spiega le cose</description>
<lastBuildDate>Wed, 02 Dec 2026 18:21:00 +0000</lastBuildDate>
<language>it-IT</language>
<sy:updatePeriod>hourly</sy:updatePeriod>
<generator>https://wordpress.org/?v=6.6.2</generator>"""
    return simple("it_ilponte_wordpress.rss.xml", lang="it", outlet="Il Ponte",
                  structure="Il Post-style WordPress feed (ilpost.it/feed/): dc:creator is the publication, descriptions with trailing space, &#8217; entities inside CDATA, content:encoded holding only 'Continua a leggere sul …', ?p-less permalink guids",
                  notes="dc:creator 'Il Ponte' is the outlet, not an author. Daily podcast and photo gallery are not stories.",
                  channel=ch, rows=rows, base=base, date_fn=R, ns=NS_CONTENT + NS_DC + NS_ATOM + ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"',
                  extra=extra, common_junk=["Continua a leggere", "&#8217;"], ctype="application/rss+xml; charset=UTF-8", decl="UTF-8")


def tejo() -> object:
    base = "https://semanariotejo.pt"
    rows = [
        ("internacional/2026-12-02-guine-bissau-eleicoes-adiadas-de-novo-a1b2c3d4", "Guiné-Bissau: eleições adiadas de novo, oposição fala em “golpe lento”",
         "A comissão eleitoral invoca falta de meios. “Isto é um golpe em câmara lenta”, acusou o líder da oposição, Domingos Sanhá.", "Lusa", [], dt(2026, 12, 2, 15, 12, 0), True, True, [q("Domingos Sanhá", "líder da oposição")], None, []),
        ("internacional/2026-12-02-espanha-orcamento-aprovado-e5f6a7b8", "Espanha aprova Orçamento com apoio dos nacionalistas bascos",
         "O Governo conseguiu 178 votos no Congresso.", "Rita Sardinha", ["Rita Sardinha"], dt(2026, 12, 2, 10, 40, 0), True, True, None, None, []),
        ("internacional/2026-12-01-eua-supremo-tribunal-tarifas-c9d0e1f2", "Supremo dos EUA ouve argumentos sobre tarifas de emergência",
         "Texto Miguel Antunes, correspondente em Washington. A decisão pode custar milhares de milhões ao Tesouro.", "Miguel Antunes", ["Miguel Antunes"], dt(2026, 12, 1, 21, 5, 0), True, True, None, None, ["Texto Miguel Antunes", "correspondente em Washington"]),
        ("podcasts/2026-12-01-a-beira-do-abismo-episodio-48-aaaa1111", "À Beira do Abismo #48: O que quer Pequim da Europa?",
         "Um podcast de política internacional.", "Semanário Tejo", [], dt(2026, 12, 1, 7, 0, 0), False, True, None, None, []),
        ("internacional/2026-11-30-mocambique-ataque-cabo-delgado-bbbb2222", "Moçambique: novo ataque em Cabo Delgado faz pelo menos 12 mortos",
         "", "Lusa", [], dt(2026, 11, 30, 18, 30, 0), True, True, None, None, []),
        ("economia/2026-11-30-bolsa-de-lisboa-fecha-em-alta-cccc3333", "Bolsa de Lisboa fecha em alta",
         "O PSI subiu 0,8%.", "Filipa Lobo e Tiago Neves", ["Filipa Lobo", "Tiago Neves"], dt(2026, 11, 30, 17, 45, 0), True, False, None, None, []),
    ]
    ch = f"""<title>Semanário Tejo - Internacional</title>
<link>{base}/internacional</link>
<description>As últimas notícias de Internacional no Semanário Tejo</description>
<language>pt-PT</language>
<copyright>Impresa Tejo Publishing, S.A.</copyright>"""
    return simple("pt_pt_semanariotejo_internacional.rss.xml", lang="pt", outlet="Semanário Tejo",
                  structure="Expresso-style section RSS (expresso.pt/rss/internacional): Portuguese day and month names in pubDate ('Qua, 02 Dez 2026 15:12:00 +0000'), <author> with names, 'Lusa' or the outlet, 'Texto Name, correspondente em …' opening, slug-hash links",
                  notes="pubDate uses Portuguese names (a strict RFC 822 parser fails). 'Lusa' and the outlet are not people; 'Impresa Tejo Publishing, S.A.' is the company. Podcast episode is not a story; one Lusa item is headline only.",
                  channel=ch, rows=rows, base=base, date_fn=lambda d: R(d, "pt-pt"), creator_tag="author", cdata_desc=False)


def nordvision() -> object:
    base = "https://www.nordnytt.se/nyheter"
    rows = [
        ("utrikes/finland-och-sverige-inrattar-gemensam-brigad", "Finland och Sverige inrättar gemensam brigad i norr",
         "Brigaden ska vara operativ 2029. – Det här är historiskt, sade försvarsminister Åsa Lindgren på en presskonferens i Luleå.", "", [], dt(2026, 12, 2, 14, 55, 0, 1), True, True, [q("Åsa Lindgren", "försvarsminister")], None, []),
        ("utrikes/val-i-grönland-resultat", "Valet på Grönland: självständighetspartiet största parti",
         "Partiet fick 31 procent av rösterna. Valdeltagandet var lågt.", "", [], dt(2026, 12, 2, 8, 20, 0, 1), True, True, None, None, []),
        ("utrikes/kvinna-räddad-ur-rasmassor-i-italien-efter-tre-dagar", "Kvinna räddad ur rasmassor i Italien efter tre dagar",
         "Räddningsarbetare hittade den 82-åriga kvinnan vid liv i Genua. TT", "", [], dt(2026, 12, 1, 19, 30, 0, 1), True, False, None, None, ["TT"]),
        ("sport/allsvenskan-malmö-mästare", "Malmö FF svenska mästare för 26:e gången",
         "Guldet säkrades efter 2–0 mot Djurgården.", "", [], dt(2026, 12, 1, 17, 0, 0, 1), True, False, None, None, []),
        ("utrikes/se-direkt-eu-toppmöte-i-bryssel", "Se direkt: EU-toppmöte i Bryssel",
         "Följ presskonferensen här.", "", [], dt(2026, 12, 1, 11, 0, 0, 1), False, True, None, None, []),
        ("utrikes/ukraina-ny-energiattack-mot-kiev", "Ny rysk attack mot Kievs energinät – hundratusentals utan ström",
         "Ukrainas energiminister Oleh Marchenko: ”Vi reparerar dygnet runt”.", "", [], dt(2026, 11, 30, 22, 15, 0, 1), True, True, [q("Oleh Marchenko", "energiminister")], None, []),
    ]
    ch = f"""<title>Nordnytt Nyheter</title>
<link>{base}/</link>
<description>Nyheter från Nordnytt</description>
<language>sv</language>"""
    return simple("sv_nordnytt_nyheter_utf8_header_latin1.rss.xml", lang="sv", outlet="Nordnytt Nyheter",
                  structure="SVT Nyheter-style RSS (svt.se/nyheter/rss.xml): no authors, Swedish dash-quotes ('– Det här är …, sade X'), 'TT' agency suffix; TRAP: bytes and prolog are UTF-8 but the HTTP header says charset=ISO-8859-1",
                  notes="The HTTP Content-Type claims ISO-8859-1 while the bytes and the XML prolog are UTF-8 (å ä ö become 'Ã¥ Ã¤ Ã¶' if the header is honoured). A careful reader decodes UTF-8. 'TT' is an agency. The live stream is not a story.",
                  channel=ch, rows=rows, base=base, date_fn=R, cdata_desc=False, ctype="application/rss+xml; charset=ISO-8859-1",
                  aliases=["Nordnytt"], declared="utf-8 (prolog), ISO-8859-1 (HTTP header)")


def revontuli() -> object:
    base = "https://revontuli.fi/uutiset"
    rows = [
        ("3-13012345", "Viro ja Suomi sopivat yhteisestä kaasuvarastosta",
         "Varasto rakennetaan Paldiskiin. – Tämä parantaa molempien maiden huoltovarmuutta, sanoi elinkeinoministeri Jari Heikkinen.", [q("Jari Heikkinen", "elinkeinoministeri")], dt(2026, 12, 2, 13, 40, 0, 2), True, True, None),
        ("3-13012300", "Saksan hallitus hyväksyi asevelvollisuuslain",
         "Laki astuu voimaan heinäkuussa. Ensimmäiset kutsunnat järjestetään syksyllä.", None, dt(2026, 12, 2, 9, 15, 0, 2), True, True, None),
        ("3-13012277", "Katso: Revontulet värjäsivät taivaan Lapissa",
         "Videolla näkyvät yön revontulet Inarissa.", None, dt(2026, 12, 1, 23, 0, 0, 2), False, False, None),
        ("3-13012250", "Israelin ja Libanonin rajalla tulitaukoa rikottiin jälleen",
         "", None, dt(2026, 12, 1, 16, 5, 0, 2), True, True, None),
        ("3-13012201", "Pörssi: Helsingin pörssi nousi",
         "Yleisindeksi nousi 1,1 prosenttia.", None, dt(2026, 12, 1, 18, 30, 0, 2), True, False, None),
        ("3-13012180", "Analyysi: Miksi Unkari jarruttaa Ukrainan EU-neuvotteluja?",
         "Revontulen Keski-Euroopan kirjeenvaihtaja Liisa Korhonen ja toimittaja Mikko Rantanen selvittävät.", None, dt(2026, 12, 1, 7, 0, 0, 2), True, True, "Authors named only in the description; ['Liisa Korhonen', 'Mikko Rantanen'] is also correct"),
    ]
    out = []
    for gid, title, desc, quotes, d, story, rel, note in rows:
        out.append((f"{base}/{gid}", title, desc, "", [], d, story, rel, quotes, note, []))
    extra = '\n<category>Ulkomaat</category>\n<enclosure url="https://images.revontuli.fi/image/upload/w_1200/{n}.jpg" type="image/jpeg" length="0"/>'
    ch = f"""<title>Revontuli Uutiset | Tuoreimmat uutiset</title>
<link>{base}</link>
<description>Revontuli Uutiset | Tuoreimmat uutiset</description>
<language>fi</language>
<atom:link href="https://feeds.revontuli.fi/uutiset/v1/recent.rss?publisherIds=REVONTULI_UUTISET" rel="self" type="application/rss+xml"/>"""
    return simple("fi_revontuli_uutiset.rss.xml", lang="fi", outlet="Revontuli Uutiset",
                  structure="Yle Uutiset RSS (feeds.yle.fi/uutiset/v1/recent.rss?publisherIds=YLE_UUTISET): 'Outlet | Tuoreimmat uutiset' channel title, '3-<id>' article paths, no authors, enclosure with length 0, Finnish dash-quotes, 'Katso:' video items, +0200 dates",
                  notes="'| Tuoreimmat uutiset' is a tagline, not part of the name. Video ('Katso:') is not a story; one item is headline only.",
                  channel=ch, rows=out, base=base, date_fn=R, ns=NS_ATOM, cdata_desc=False, extra=extra)


def vltava() -> object:
    base = "https://www.vltavadnes.cz/zpravy/zahranicni"
    rows = [
        ("slovensko-vlada-referendum-eu.A261202_154012_zahranicni_jkl", "Slovenská vláda chce referendum o pravidlech EU, opozice mluví o hazardu",
         "Premiér oznámil, že lidé by mohli hlasovat už v dubnu. „Je to hazard s budoucností země,“ řekla předsedkyně opozičního hnutí Zuzana Krajčíová.", "Petr Dvořák, ČTK", ["Petr Dvořák"], dt(2026, 12, 2, 15, 40, 12, 1), True, True, [q("Zuzana Krajčíová", "předsedkyně opozičního hnutí")], None, ["ČTK"]),
        ("polsko-prezident-veto-justice.A261202_101500_zahranicni_mtk", "Polský prezident vetoval reformu justice",
         "Zákon se vrací do Sejmu. Vládní koalice nemá dost hlasů na přehlasování veta.", "ČTK, Reuters", [], dt(2026, 12, 2, 10, 15, 0, 1), True, True, None, None, []),
        ("foto-vanocni-strom-vatikan.A261201_183000_zahranicni_ape", "FOTO: Ve Vatikánu rozsvítili vánoční strom",
         "Podívejte se na fotografie.", "Vltava Dnes", [], dt(2026, 12, 1, 18, 30, 0, 1), False, False, None, "Title label 'FOTO:' may be kept or dropped", []),
        ("rakousko-koalice-rozpad.A261201_120100_zahranicni_vov", "Rakouská koalice se rozpadla, kancléř ohlásil předčasné volby",
         "Volby se mají konat v březnu.", "Jana Horáková, Tomáš Beneš", ["Jana Horáková", "Tomáš Beneš"], dt(2026, 12, 1, 12, 1, 0, 1), True, True, None, None, []),
        ("hokej-extraliga-sparta-trinec.A261130_213000_sport_hokej_rou", "Sparta porazila Třinec po nájezdech",
         "Rozhodl až poslední nájezd.", "Ondřej Růžička", ["Ondřej Růžička"], dt(2026, 11, 30, 21, 30, 0, 1), True, False, None, None, []),
        ("moldavsko-protesty-kisinev.A261130_090000_zahranicni_jkl", "V Kišiněvě demonstrovaly tisíce lidí proti zdražení energií",
         "Protestující žádali demisi vlády.", "kur", [], dt(2026, 11, 30, 9, 0, 0, 1), True, True, None, None, []),
    ]
    ch = f"""<title>Vltava Dnes - Zahraniční</title>
<link>{base}</link>
<description>Zprávy ze zahraničí</description>
<language>cs</language>
<copyright>Copyright (c) 1999-2026 MAFRA Vltava, a.s.</copyright>"""
    return simple("cs_vltavadnes_zahranicni_cp1250.rss.xml", lang="cs", outlet="Vltava Dnes",
                  structure="iDNES.cz-style RSS (servis.idnes.cz/rss.aspx?c=zahranicni): windows-1250 bytes correctly declared in prolog and header, '.A<yymmdd>_<hhmmss>_<section>_<initials>' links, <author> with 'Name, ČTK' / 'ČTK, Reuters' / editor initials, 'FOTO:' labels",
                  notes="Legacy windows-1250 encoding, declared correctly. 'ČTK', 'Reuters' and editor initials ('kur') are not people; 'MAFRA Vltava, a.s.' is the company. Photo gallery is not a story.",
                  channel=ch, rows=rows, base=base, date_fn=R, creator_tag="author", cdata_desc=False, encoding="cp1250", decl="windows-1250",
                  ctype="text/xml; charset=windows-1250")


def aigaio() -> object:
    base = "https://www.aigaiosimera.gr"
    rows = [
        ("politics/561234/boyli-psifise-ton-proypologismo-toy-2027/", "Άγκυρα και Αθήνα ξαναρχίζουν τον πολιτικό διάλογο",
         "Ο υπουργός Εξωτερικών Άρης Παπαδάκης θα επισκεφθεί την Άγκυρα τον Ιανουάριο. «Άνοιξε ένα παράθυρο», δήλωσε ο υπουργός.", "Ανδρέας Κωνσταντίνου", ["Ανδρέας Κωνσταντίνου"], dt(2026, 12, 2, 16, 10, 0, 2), True, True, [q("Άρης Παπαδάκης", "υπουργός Εξωτερικών")]),
        ("world/561230/kypros-synomilies-geneyi/", "Κυπριακό: Άτυπη διάσκεψη στη Γενεύη τον Φεβρουάριο",
         "Ο γενικός γραμματέας του ΟΗΕ κάλεσε τις δύο πλευρές. Άλλη μια προσπάθεια μετά από χρόνια αδιεξόδου.", "Αιγαίο Σήμερα", [], dt(2026, 12, 2, 11, 0, 0, 2), True, True, None),
        ("economy/561221/xrimatistirio-anodos/", "Χρηματιστήριο: Άνοδος 1,4% με ώθηση από τις τράπεζες",
         "Ο γενικός δείκτης έκλεισε στις 1.720 μονάδες.", "Αιγαίο Σήμερα", [], dt(2026, 12, 1, 17, 40, 0, 2), True, False, None),
        ("world/561210/aigyptos-ekloges/", "Αίγυπτος: Ανακοινώθηκαν τα αποτελέσματα των βουλευτικών εκλογών",
         "Άνετη πλειοψηφία για το κυβερνών κόμμα. (ΑΠΕ-ΜΠΕ)", "Ελένη Μαυρίδου, Νίκος Σταθόπουλος", ["Ελένη Μαυρίδου", "Νίκος Σταθόπουλος"], dt(2026, 12, 1, 9, 20, 0, 2), True, True, None),
        ("culture/561200/ekthesi-mouseio-akropolis/", "Νέα έκθεση στο Μουσείο Ακρόπολης",
         "Άγνωστα ευρήματα από τις ανασκαφές εκτίθενται για πρώτη φορά.", "Αιγαίο Σήμερα", [], dt(2026, 11, 30, 12, 0, 0, 2), True, False, None),
        ("video/561190/deite-to-video/", "Δείτε το βίντεο: Άνεμοι 10 μποφόρ στο Αιγαίο",
         "", "Αιγαίο Σήμερα", [], dt(2026, 11, 30, 8, 0, 0, 2), False, False, None),
    ]
    out = []
    for path, title, desc, creator, authors, d, story, rel, quotes in rows:
        # what an ISO-8859-7 reader shows for the words with cp1253-only letters (Ά ...)
        shown = [w.encode("cp1253").decode("iso8859_7", "replace") for w in (title + " " + desc).split() if "Ά" in w]
        out.append((path, title, desc, creator, authors, d, story, rel, quotes, None, [*shown, "(ΑΠΕ-ΜΠΕ)"]))
    ch = f"""<title>Αιγαίο Σήμερα - Όλες οι ειδήσεις</title>
<link>{base}/</link>
<description>Ειδήσεις από την Ελλάδα και τον κόσμο</description>
<language>el</language>"""
    f = simple("el_aigaiosimera_cp1253_as_iso88597.rss.xml", lang="el", outlet="Αιγαίο Σήμερα",
               structure="Kathimerini-style Greek RSS: <dc:creator> with Greek names or the outlet, '(ΑΠΕ-ΜΠΕ)' agency credit, +0200 dates; TRAP: bytes windows-1253 while prolog and HTTP header declare ISO-8859-7 (they differ on Ά, which cp1253 puts at 0xA2)",
               notes="Encoding trap: honouring the declared ISO-8859-7 turns every Ά into ’ (0xA2); other Greek letters survive. Refusal is also acceptable. The outlet as dc:creator is not a person. The video item is not a story.",
               channel=ch, rows=out, base=base, date_fn=R, ns=NS_DC, cdata_desc=False, encoding="cp1253", decl="ISO-8859-7",
               ctype="application/rss+xml; charset=ISO-8859-7", acceptable=("decoded", "refused"), declared="ISO-8859-7")
    return f


FEEDS = [libre, limmat, ponte, tejo, nordvision, revontuli, vltava, aigaio]
