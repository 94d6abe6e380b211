# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian and Portuguese desks of the eighth held-out set: a Hamburg weekly magazine's
site, a Vienna daily, an east German public broadcaster, a Rome daily, an Italian TV news site,
a Brazilian cable news site (WordPress) and a Porto daily. All outlets, people and quotations
are invented."""
from g8 import d, item
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, cdata, esc, feed, it, q, rfc822, rss


# ---------------------------------------------------------------- stern.de-style
def polarstern():
    """stern.de RSS: 'Kicker: Titel' titles, CDATA descriptions with a leading <img> and
    trailing text, no authors, '+0100' dates, guid = link, 'Fotostrecke' and 'Video' items."""
    rows, items = [], []

    def add(path, nid, title, when, desc, exp):
        url = f"https://www.polarstern.de/{path}-{nid}.html"
        rows.append(item([("title", esc(title)), ("link", url), ("description", cdata(
            f'<img src="https://image.polarstern.de/{nid}/t/9d/v1/w480/r1.5/-/bild.jpg" width="480" height="320" alt=""/><br/>{desc}')),
            ("pubDate", rfc822(when)), ('guid isPermaLink="true"', url)], sep="\n"))
        items.append(exp(url))

    w = d(3, 17, 44, 0, 1)
    add("politik/ausland/nahost--israel-und-libanon-verhandeln-ueber-grenze", 35291044, "Nahost: Israel und Libanon verhandeln erstmals direkt über Grenzverlauf", w,
        "Unter Vermittlung der USA sitzen Vertreter beider Länder in Naqura an einem Tisch. „Das ist ein historischer Moment“, sagte der libanesische Außenminister Karim Haddad.",
        lambda k: it(k, "Israel und Libanon verhandeln erstmals direkt über Grenzverlauf", w, junk=["<img"],
                     quotes=[q("Karim Haddad", "Außenminister")],
                     note="Title label 'Nahost:' may be kept or dropped (stern-style kicker)"))
    w = d(3, 15, 10, 0, 1)
    add("politik/ausland/china-taiwan-manoever", 35290871, "China: Peking startet neues Großmanöver rund um Taiwan", w,
        "Die Volksbefreiungsarmee hat nach eigenen Angaben Kriegsschiffe und Kampfjets in die Straße von Taiwan geschickt.",
        lambda k: it(k, "Peking startet neues Großmanöver rund um Taiwan", w, note="Title label 'China:' may be kept or dropped (kicker)"))
    w = d(3, 13, 0, 0, 1)
    add("gesellschaft/fotostrecke--die-bilder-des-tages", 35290700, "Fotostrecke: Die Bilder des Tages", w,
        "Eindrücke aus aller Welt – von Kathmandu bis Kapstadt.",
        lambda k: it(k, "Die Bilder des Tages", w, story=False, rel=False, note="Photo gallery. Title label 'Fotostrecke:' may be kept or dropped"))
    w = d(3, 11, 30, 0, 1)
    add("politik/ausland/usa-russland-gefangenenaustausch", 35290612, "Gefangenenaustausch: USA und Russland tauschen fünf Häftlinge aus", w,
        "Der Austausch fand am Flughafen von Abu Dhabi statt. Ein Sprecher des Weißen Hauses sprach von einem „Zeichen guten Willens“.",
        lambda k: it(k, "USA und Russland tauschen fünf Häftlinge aus", w, note="Title label 'Gefangenenaustausch:' may be kept or dropped (kicker)"))
    w = d(3, 9, 20, 0, 1)
    add("sport/fussball/bayern-champions-league-auslosung", 35290555, "Champions League: Bayern trifft im Achtelfinale auf Benfica Lissabon", w,
        "Die Auslosung in Nyon bescherte den Münchnern ein machbares Los.",
        lambda k: it(k, "Bayern trifft im Achtelfinale auf Benfica Lissabon", w, rel=False, note="Title label 'Champions League:' may be kept or dropped (kicker)"))
    w = d(3, 7, 5, 0, 1)
    add("politik/ausland/video--selenskyj-besucht-front", 35290401, "Video: Ukrainischer Präsident besucht Frontabschnitt bei Pokrowsk", w,
        "Die Aufnahmen veröffentlichte das Präsidialamt in Kiew.",
        lambda k: it(k, "Ukrainischer Präsident besucht Frontabschnitt bei Pokrowsk", w, story=False, note="Video. Title label 'Video:' may be kept or dropped"))
    channel = ("\n<title>Polarstern - Politik Ausland</title>\n<link>https://www.polarstern.de/politik/ausland/</link>\n<description>Aktuelle Nachrichten aus dem Ausland</description>\n"
               "<language>de</language>\n<copyright>Copyright (c) 2026 Polarstern Medien GmbH &amp; Co. KG</copyright>\n"
               f"<lastBuildDate>{rfc822(d(3, 17, 50, 0, 1))}</lastBuildDate>")
    text = rss(channel, rows, ns=NS_ATOM, decl="UTF-8")
    return feed("de_polarstern_ausland.rss.xml", text, items, lang="de", outlet="Polarstern",
                structure="stern.de-style section RSS: 'Kicker: Titel' titles ('Nahost:', 'China:', 'Fotostrecke:', 'Video:'), CDATA descriptions opening with <img …/><br/>, German „…“ quotes, no authors, guid isPermaLink true, +0100 dates, 'GmbH & Co. KG' copyright",
                notes="No bylines: authors empty. Kicker prefixes may be kept or dropped.")


# ---------------------------------------------------------------- derStandard-style
def massstab():
    """derStandard.at RSS: dc:creator 'Name', 'APA', 'red', 'Name aus City'; descriptions
    plain with a trailing ' -' dash; '+0100' dates; guid numeric."""
    rows, items = [], []

    def add(nid, path, title, when, creator, desc, exp):
        url = f"https://www.dermassstab.at/story/{nid}/{path}"
        rows.append(item([("title", esc(title)), ("link", url + "?ref=rss"), ("description", esc(desc)),
                          ("dc:creator", esc(creator)), ("pubDate", rfc822(when)),
                          ('guid isPermaLink="false"', str(nid))], sep="\n"))
        items.append(exp(str(nid)))

    w = d(3, 18, 30, 0, 1)
    add(3000000299101, "serbien-proteste-novi-sad", "Zehntausende demonstrieren in Novi Sad gegen Serbiens Regierung", w, "Hedwig Pramberger",
        "Die Proteste dauern seit einem Jahr an. Die Regierung spricht von einer \"vom Ausland gesteuerten Revolte\"",
        lambda k: it(k, "Zehntausende demonstrieren in Novi Sad gegen Serbiens Regierung", w, ["Hedwig Pramberger"]))
    w = d(3, 16, 2, 0, 1)
    add(3000000299077, "iaea-grossi-iran-inspektoren", "IAEA: Iran lässt Inspektoren wieder in Anlage Fordo", w, "APA",
        "Man habe \"konstruktive Gespräche\" geführt, sagte IAEA-Sprecherin Katrin Vogl in Wien",
        lambda k: it(k, "IAEA: Iran lässt Inspektoren wieder in Anlage Fordo", w, [], quotes=[q("Katrin Vogl", "IAEA")],
                     note="'APA' is an agency"))
    w = d(3, 14, 15, 0, 1)
    add(3000000299050, "livebericht-gipfel-bruessel", "EU-Gipfel in Brüssel: Die Entwicklungen im Liveticker", w, "red",
        "Die Staats- und Regierungschefs beraten über die Ukraine-Finanzierung und den Haushalt",
        lambda k: it(k, "EU-Gipfel in Brüssel: Die Entwicklungen im Liveticker", w, [], story=False, note="Live ticker; 'red' is the newsroom"))
    w = d(3, 12, 40, 0, 1)
    add(3000000299021, "schnee-chaos-tirol", "Schneechaos in Tirol: Brennerautobahn stundenlang gesperrt", w, "APA",
        "Hunderte Lkw stauten sich bis nach Innsbruck",
        lambda k: it(k, "Schneechaos in Tirol: Brennerautobahn stundenlang gesperrt", w, [], rel=False))
    w = d(3, 10, 5, 0, 1)
    add(3000000298990, "argentinien-kongress-schulden", "Argentiniens Regierung verliert Abstimmung über Auslandsschulden", w, "Sabine Kranzl aus Buenos Aires",
        "Der Kongress stoppte ein Abkommen mit dem Internationalen Währungsfonds",
        lambda k: it(k, "Argentiniens Regierung verliert Abstimmung über Auslandsschulden", w, ["Sabine Kranzl"],
                     junk=["aus Buenos Aires"], note="Correspondent credit 'Name aus City': the place is not part of the name"))
    w = d(3, 8, 0, 0, 1)
    add(3000000298955, "kommentar-europa-verteidigung", "Europas Verteidigung braucht mehr als Gipfelworte", w, "Gernot Lechner",
        "Wer Sicherheit will, muss sie bezahlen – Kommentar",
        lambda k: it(k, "Europas Verteidigung braucht mehr als Gipfelworte", w, ["Gernot Lechner"], note="Commentary"))
    channel = ("\n<title>derMaßstab.at | International</title>\n<link>https://www.dermassstab.at/international</link>\n<description>Nachrichten in Echtzeit</description>\n"
               "<language>de-AT</language>\n<copyright>© Maßstab Verlagsgesellschaft m.b.H.</copyright>")
    text = rss(channel, rows, ns=NS_DC + NS_ATOM, decl="utf-8")
    return feed("de_at_massstab_international.rss.xml", text, items, lang="de", outlet="derMaßstab", aliases=["derMaßstab.at", "Der Maßstab"],
                structure="derStandard.at-style RSS: channel 'Outlet.at | International', '?ref=rss' links, numeric 13-digit non-permalink guids, plain descriptions without final stop (Austrian house style), dc:creator holding names, 'APA', 'red' (newsroom) and 'Name aus City', ASCII double quotes inside German text, liveticker and commentary items, +0100 dates, 'm.b.H.' copyright",
                notes="'APA' and 'red' are not people; 'Sabine Kranzl aus Buenos Aires' is the person Sabine Kranzl.")


# ---------------------------------------------------------------- MDR-style
def mdf():
    """MDR AKTUELL-style RSS: '<title>' plain, description with teaser, dc:creator absent, <author>
    'MDR AKTUELL'-like desk, dates in GMT, 'mit Material von dpa' notes inside descriptions."""
    rows, items = [], []

    def add(slug, title, when, desc, exp, author="MDF AKTUELL"):
        url = f"https://www.mdf.de/nachrichten/welt/{slug}.html"
        rows.append(item([("title", esc(title)), ("link", url), ("description", esc(desc)),
                          ("author", esc(author)), ("pubDate", rfc822(when, gmt=True)), ("guid", url)], sep="\n    "))
        items.append(exp(url))

    w = d(3, 17, 0, 0)
    add("politik/polen-grenzkontrollen-verlaengert-100", "Polen verlängert Grenzkontrollen zu Deutschland", w,
        "Warschau will die Kontrollen an der Grenze zu Sachsen und Brandenburg bis März fortsetzen. Der polnische Innenminister Tomasz Wrona sagte: „Wir schützen unsere Grenze, solange es nötig ist.“ (mit Material von dpa)",
        lambda k: it(k, "Polen verlängert Grenzkontrollen zu Deutschland", w, junk=["mit Material von dpa"],
                     quotes=[q("Tomasz Wrona", "Innenminister")]))
    w = d(3, 15, 30, 0)
    add("osteuropa/ukraine-energie-angriffe-winter-102", "Ukraine: Erneut Stromausfälle nach russischen Angriffen", w,
        "In Charkiw und Odessa sind Hunderttausende ohne Strom. (mit Material von Reuters und AFP)",
        lambda k: it(k, "Ukraine: Erneut Stromausfälle nach russischen Angriffen", w, junk=["mit Material von"]))
    w = d(3, 13, 45, 0)
    add("audio/podcast-der-osten-und-die-welt-folge-88", "Podcast: Was Tschechiens neue Regierung für Sachsen bedeutet", w,
        "In der neuen Folge spricht Anja Reinhold mit dem Politologen Pavel Dvořák.",
        lambda k: it(k, "Was Tschechiens neue Regierung für Sachsen bedeutet", w, story=False, note="Podcast episode. Title label 'Podcast:' may be kept or dropped"),
        author="MDF AKTUELL Audio")
    w = d(3, 11, 12, 0)
    add("wirtschaft/chipfabrik-magdeburg-ansiedlung-106", "Chipfabrik-Brache bei Magdeburg: Land sucht neuen Investor aus Asien", w,
        "Nach dem Rückzug des US-Konzerns verhandelt Sachsen-Anhalt mit Unternehmen aus Taiwan und Südkorea.",
        lambda k: it(k, "Chipfabrik-Brache bei Magdeburg: Land sucht neuen Investor aus Asien", w, rel=False))
    w = d(3, 9, 0, 0)
    add("politik/nato-aussenminister-bruessel-108", "Nato-Außenminister beraten über Abschreckung an der Ostflanke", w,
        "Bundesaußenminister Jonas Kettler forderte mehr Tempo: „Wir haben keine Zeit zu verlieren“, sagte der CDU-Politiker in Brüssel.",
        lambda k: it(k, "Nato-Außenminister beraten über Abschreckung an der Ostflanke", w, quotes=[q("Jonas Kettler", "Bundesaußenminister")]))
    w = d(3, 7, 30, 0)
    add("panorama/weihnachtsmarkt-prag-besucherrekord-110", "Prager Weihnachtsmarkt meldet Besucherrekord", w,
        "Viele Gäste kommen aus Sachsen und Thüringen.",
        lambda k: it(k, "Prager Weihnachtsmarkt meldet Besucherrekord", w, rel=False))
    channel = ("\n    <title>MDF AKTUELL - Welt</title>\n    <link>https://www.mdf.de/nachrichten/welt/index.html</link>\n    <description>Nachrichten aus aller Welt vom Mitteldeutschen Funk</description>\n"
               "    <language>de</language>\n    <copyright>Mitteldeutscher Funk</copyright>")
    text = rss(channel, rows, ns=NS_ATOM, decl="UTF-8")
    return feed("de_mdf_welt.rss.xml", text, items, lang="de", outlet="MDF AKTUELL", aliases=["MDF", "Mitteldeutscher Funk"],
                structure="MDR-style public broadcaster RSS: four-space indentation, plain descriptions with '(mit Material von dpa)' agency notes at the end, <author> holding the programme desk 'MDF AKTUELL' or 'MDF AKTUELL Audio' (not a person, not an e-mail), GMT dates, regional business and panorama items with foreign angles, a podcast episode, copyright naming the broadcaster",
                notes="<author> holds a desk name: authors empty throughout.")


# ---------------------------------------------------------------- Il Messaggero-style
def banditore():
    """Il Messaggero RSS: CDATA titles, escaped-HTML descriptions with <img> and a text,
    'di Nome Cognome' never in the feed, '+0100' dates, guid = link."""
    rows, items = [], []

    def add(path, title, when, desc, exp):
        url = f"https://www.ilbanditore.it/{path}.html"
        rows.append(item([("title", cdata(title)), ("link", url), ("description", esc(
            f'<img src="https://static.ilbanditore.it/photos/MED/{len(path)}/{len(title)}/foto.jpg" alt="" align="left"/>{desc}')),
            ("pubDate", rfc822(when)), ("guid", url)]))
        items.append(exp(url))

    w = d(3, 19, 10, 0, 1)
    add("mondo/ucraina_russia_colloqui_riad_ultime_notizie-9188201", "Ucraina, colloqui a Riad: «Progressi sul cessate il fuoco energetico»", w,
        "Il ministro degli Esteri Antonio Fabbri: «Roma è pronta a ospitare il prossimo round». Mosca frena.",
        lambda k: it(k, "Ucraina, colloqui a Riad: «Progressi sul cessate il fuoco energetico»", w, junk=["<img"],
                     quotes=[q("Antonio Fabbri", "ministro degli Esteri")]))
    w = d(3, 17, 25, 0, 1)
    add("mondo/francia_governo_fiducia_assemblea-9188150", "Francia, il governo supera il voto di fiducia per 12 voti", w,
        "Il primo ministro Étienne Marchal ha evitato la crisi grazie all'astensione dei socialisti.",
        lambda k: it(k, "Francia, il governo supera il voto di fiducia per 12 voti", w))
    w = d(3, 15, 0, 0, 1)
    add("video/mondo/tempesta_neve_new_york_video-9188099", "Tempesta di neve a New York, le immagini della città imbiancata | Video", w,
        "Le strade di Manhattan coperte da 30 centimetri di neve.",
        lambda k: it(k, "Tempesta di neve a New York, le immagini della città imbiancata", w, story=False, rel=False,
                     note="Video; '| Video' suffix may be kept or dropped"))
    w = d(3, 13, 40, 0, 1)
    add("roma/news/giubileo_pellegrini_polacchi-9188040", "Giubileo, in 20mila dalla Polonia per la messa in San Pietro", w,
        "Traffico deviato intorno a Borgo Pio fino alle 14.",
        lambda k: it(k, "Giubileo, in 20mila dalla Polonia per la messa in San Pietro", w, rel=False))
    w = d(3, 11, 5, 0, 1)
    add("mondo/libia_migranti_accordo_tripoli_italia-9187988", "Libia, firmato a Tripoli il nuovo accordo sui migranti. Le opposizioni: «Vergogna»", w,
        "La premier ha incontrato il capo del governo di unità nazionale. Per la ministra dell'Interno, Carla Rinaldi, l'intesa «salverà vite».",
        lambda k: it(k, "Libia, firmato a Tripoli il nuovo accordo sui migranti. Le opposizioni: «Vergogna»", w,
                     quotes=[q("Carla Rinaldi", "ministra dell'Interno")]))
    w = d(3, 9, 15, 0, 1)
    add("sport/calcio/roma_europa_league_sorteggio-9187930", "Roma, sorteggio Europa League: c'è il Galatasaray", w,
        "I giallorossi affronteranno i turchi a febbraio.",
        lambda k: it(k, "Roma, sorteggio Europa League: c'è il Galatasaray", w, rel=False))
    channel = ("<title>Il Banditore - Mondo</title><link>https://www.ilbanditore.it/mondo/</link><description>Notizie dal mondo</description>"
               "<language>it</language><copyright>Copyright 2026 Il Banditore S.p.A. - C.F. e P.IVA 05629251009</copyright>")
    text = rss(channel, rows, ns=NS_ATOM, decl="UTF-8", sep="")
    return feed("it_ilbanditore_mondo.rss.xml", text, items, lang="it", outlet="Il Banditore", aliases=["Banditore"],
                structure="Il Messaggero-style section RSS: single line, CDATA titles with 'Tema, …' openings and «…» quotes, escaped-HTML descriptions opening with <img align=\"left\"/>, guid without isPermaLink = link, '| Video' title suffix, local Rome and football items, no authors, +0100 dates, 'S.p.A. - C.F. e P.IVA' copyright",
                notes="No bylines: authors empty.")


# ---------------------------------------------------------------- TGCom24-style
def tgnews():
    """TGCom24 RSS: titles, CDATA descriptions, <category>, '+0100' dates, media:content, some
    'Diretta' and 'Foto' items; no authors; quotes with «»."""
    rows, items = [], []

    def add(path, title, when, desc, exp, cat="Mondo"):
        url = f"https://www.tgnews7.it/{path}"
        rows.append(item([("title", esc(title)), ("link", url), ("description", cdata(desc)),
                          ("category", esc(cat)), ("pubDate", rfc822(when)), ('guid isPermaLink="true"', url),
                          (f'media:content url="https://img.tgnews7.it/res/gt/{len(path)}.jpg" type="image/jpeg"', None)], sep="\n"))
        items.append(exp(url))

    w = d(3, 20, 12, 0, 1)
    add("mondo/diretta-medio-oriente-gaza-tregua-3-dicembre-2026_101244501-202602k.shtml", "Medio Oriente, la diretta | Gaza, i mediatori al Cairo. Hamas: «Pronti a discutere»", w,
        "Segui tutti gli aggiornamenti in tempo reale.",
        lambda k: it(k, "Medio Oriente, la diretta | Gaza, i mediatori al Cairo. Hamas: «Pronti a discutere»", w, story=False, note="Live blog"))
    w = d(3, 18, 40, 0, 1)
    add("mondo/corea-del-sud-presidente-impeachment-corte_101244470-202602k.shtml", "Corea del Sud, la Corte costituzionale respinge l'impeachment del premier", w,
        "<p>La decisione è arrivata con sei voti su otto. «Rispettiamo il verdetto», ha dichiarato il leader dell'opposizione, Park Min-jun.</p>",
        lambda k: it(k, "Corea del Sud, la Corte costituzionale respinge l'impeachment del premier", w,
                     quotes=[q("Park Min-jun", "leader dell'opposizione")]))
    w = d(3, 16, 15, 0, 1)
    add("mondo/foto/mercatini-natale-europa_101244433-202602k.shtml", "Dai Vosgi alla Baviera: i mercatini di Natale più belli d'Europa | Foto", w,
        "Luci, vin brulé e artigianato: la gallery.",
        lambda k: it(k, "Dai Vosgi alla Baviera: i mercatini di Natale più belli d'Europa", w, story=False, rel=False, note="Photo gallery"))
    w = d(3, 14, 5, 0, 1)
    add("mondo/usa-dazi-ue-vino-italiano_101244390-202602k.shtml", "Usa, nuovi dazi su vino e formaggi europei. gli agricoltori: «Colpo durissimo»", w,
        "<p>Washington annuncia tariffe del 25% da gennaio. Il commissario Ue al Commercio, Lars Henriksen, promette una risposta «ferma e proporzionata».</p>",
        lambda k: it(k, "Usa, nuovi dazi su vino e formaggi europei. gli agricoltori: «Colpo durissimo»", w,
                     quotes=[q("Lars Henriksen", "commissario Ue al Commercio")]))
    w = d(3, 12, 0, 0, 1)
    add("mondo/nigeria-rapimento-studenti-kebbi_101244350-202602k.shtml", "Nigeria, rapiti 40 studenti in una scuola nel nord-ovest", w,
        "<p>Uomini armati hanno fatto irruzione all'alba. Nessuna rivendicazione.</p>",
        lambda k: it(k, "Nigeria, rapiti 40 studenti in una scuola nel nord-ovest", w))
    w = d(3, 10, 20, 0, 1)
    add("spettacolo/star-hollywood-matrimonio-lago-como_101244301-202602k.shtml", "Star di Hollywood sposa l'imprenditore greco sul lago di Como", w,
        "<p>Blindata Villa Serbelloni per la cerimonia.</p>",
        lambda k: it(k, "Star di Hollywood sposa l'imprenditore greco sul lago di Como", w, rel=False), cat="Spettacolo")
    channel = ("\n<title>TGNews7 - Mondo</title>\n<link>https://www.tgnews7.it/mondo/</link>\n<description>Tutte le notizie dal mondo di TGNews7</description>\n"
               "<language>it-IT</language>\n<copyright>Copyright © 2026 RTV Sette S.p.A.</copyright>")
    text = rss(channel, rows, ns=NS_MEDIA + NS_ATOM, decl="UTF-8")
    return feed("it_tgnews7_mondo.rss.xml", text, items, lang="it", outlet="TGNews7",
                structure="TGCom24-style broadcaster RSS: long .shtml links with numeric ids, 'Tema, la diretta | …' live blog and '| Foto' gallery titles, CDATA descriptions with or without <p>, «…» quotes with 'ha dichiarato il …, Name' appositives, <category>, media:content, no authors, +0100 dates, S.p.A. copyright",
                notes="No bylines: authors empty.")


# ---------------------------------------------------------------- CNN Brasil-style
def ancora():
    """CNN Brasil WordPress feed: dc:creator 'Nome, da Rede Âncora', 'Reuters', 'da AFP';
    content:encoded with 'Leia mais' blocks and 'Compartilhe:'; -0300 dates; '?p=' guids."""
    rows, items = [], []

    def add(pid, slug, title, when, creator, desc, body, exp, cats=("Internacional",)):
        url = f"https://www.redeancora.com.br/internacional/{slug}/"
        rows.append(item([("title", esc(title)), ("link", url), ("dc:creator", cdata(creator)),
                          ("pubDate", rfc822(when)), *[("category", cdata(c)) for c in cats],
                          ('guid isPermaLink="false"', f"https://www.redeancora.com.br/?p={pid}"),
                          ("description", cdata(desc)), ("content:encoded", cdata(body))], sep="\n\t\t"))
        items.append(exp(f"https://www.redeancora.com.br/?p={pid}"))

    leia = '<p><strong>Leia mais</strong></p><ul><li><a href="https://www.redeancora.com.br/internacional/outra/">Argentina anuncia nova rodada de privatizações</a></li></ul>'
    w = d(3, 19, 30, 0, -3)
    add(3310201, "venezuela-e-guiana-voltam-a-negociar-essequibo", "Venezuela e Guiana voltam a negociar sobre Essequibo com mediação do Brasil", w,
        "Ana Beatriz Lins, da Rede Âncora",
        "Reunião em Brasília é a primeira em dois anos; chanceler brasileiro fala em &#8220;passo importante&#8221;",
        "<p>Representantes da Venezuela e da Guiana se reuniram nesta quarta-feira (3) em Brasília.</p>"
        "<p>&#8220;É um passo importante para a paz na região&#8221;, afirmou o chanceler Paulo Mendonça.</p>" + leia + "<p>Compartilhe:</p>",
        lambda k: it(k, "Venezuela e Guiana voltam a negociar sobre Essequibo com mediação do Brasil", w, ["Ana Beatriz Lins"],
                     junk=["Leia mais", "Compartilhe", "privatizações"], quotes=[q("Paulo Mendonça", "chanceler")]))
    w = d(3, 17, 2, 0, -3)
    add(3310188, "eua-anunciam-sancoes-a-autoridades-da-nicaragua", "EUA anunciam sanções contra autoridades da Nicarágua", w, "Reuters",
        "Departamento do Tesouro inclui 12 nomes em lista", "<p>O Departamento do Tesouro dos EUA anunciou sanções nesta quarta.</p>" + leia,
        lambda k: it(k, "EUA anunciam sanções contra autoridades da Nicarágua", w, [], junk=["Leia mais", "privatizações"]))
    w = d(3, 15, 45, 0, -3)
    add(3310150, "ao-vivo-cupula-do-mercosul-em-montevideu", "AO VIVO: Acompanhe a cúpula do Mercosul em Montevidéu", w, "Rede Âncora",
        "Presidentes discutem acordo com a União Europeia", "<p>Acompanhe ao vivo.</p>",
        lambda k: it(k, "Acompanhe a cúpula do Mercosul em Montevidéu", w, [], story=False, note="Live stream. Title label 'AO VIVO:' may be kept or dropped"))
    w = d(3, 13, 10, 0, -3)
    add(3310122, "papa-recebe-presidente-de-angola-no-vaticano", "Papa recebe presidente de Angola no Vaticano", w, "da AFP",
        "Encontro durou 40 minutos, segundo a Santa Sé", "<p>O encontro durou 40 minutos, segundo a Santa Sé.</p><p>Compartilhe:</p>",
        lambda k: it(k, "Papa recebe presidente de Angola no Vaticano", w, [], junk=["Compartilhe"]))
    w = d(3, 11, 0, 0, -3)
    add(3310090, "real-madrid-vence-e-encosta-no-lider", "Real Madrid vence com gol de brasileiro e encosta no líder", w, "Lucas Prado, da Rede Âncora",
        "Atacante marcou aos 89 minutos", "<p>O atacante marcou aos 89 minutos.</p>",
        lambda k: it(k, "Real Madrid vence com gol de brasileiro e encosta no líder", w, ["Lucas Prado"], rel=False), cats=("Esportes",))
    w = d(3, 9, 20, 0, -3)
    add(3310051, "analise-o-que-o-acordo-mercosul-ue-significa", "Análise: o que o acordo Mercosul-UE muda para o Brasil", w, "Marina Toledo, colunista da Rede Âncora",
        "Comentarista avalia impacto sobre o agronegócio", "<p>O acordo ainda precisa ser ratificado.</p>" + leia,
        lambda k: it(k, "Análise: o que o acordo Mercosul-UE muda para o Brasil", w, ["Marina Toledo"], junk=["Leia mais", "privatizações"]))
    channel = ("\n\t<title>Internacional &#8211; Rede Âncora</title>\n\t<atom:link href=\"https://www.redeancora.com.br/internacional/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n"
               "\t<link>https://www.redeancora.com.br</link>\n\t<description>Notícias do Brasil e do mundo</description>\n"
               f"\t<lastBuildDate>{rfc822(d(3, 19, 35, 0, -3))}</lastBuildDate>\n\t<language>pt-BR</language>\n\t<generator>https://wordpress.org/?v=6.6.2</generator>")
    text = rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM, decl="UTF-8")
    return feed("pt_br_redeancora_internacional.rss.xml", text, items, lang="pt", outlet="Rede Âncora",
                structure="CNN Brasil-style WordPress category feed: channel 'Internacional &#8211; Outlet', CDATA dc:creator 'Nome, da Outlet', 'Nome, colunista da Outlet', 'Reuters', 'da AFP' or the outlet, '?p=' guids, numeric entities &#8220;…&#8221; in CDATA, content:encoded with a 'Leia mais' related-links block and 'Compartilhe:' tail, 'AO VIVO:' stream, sport item, -0300 dates, no copyright",
                notes="Agency credits and the outlet itself are not people; ', da Rede Âncora' and ', colunista da …' are affiliations, not part of the name.")


# ---------------------------------------------------------------- Jornal de Notícias-style
def douro():
    """JN RSS: plain titles, descriptions, <author> absent, dates '+0000', guid = link, categories."""
    rows, items = [], []

    def add(path, title, when, desc, exp, cat="Mundo"):
        url = f"https://www.diariododouro.pt/{path}.html"
        rows.append(item([("title", esc(title)), ("description", esc(desc)), ("link", url), ("guid", url),
                          ("category", esc(cat)), ("pubDate", rfc822(when))]))
        items.append(exp(url))

    w = d(3, 19, 0, 0)
    add("mundo/europa/espanha-aprova-regularizacao-de-imigrantes-1778201", "Espanha aprova regularização de 500 mil imigrantes", w,
        "O Congresso espanhol aprovou a medida por larga maioria. \"É um dia de justiça\", disse a ministra da Inclusão, Pilar Sáez.",
        lambda k: it(k, "Espanha aprova regularização de 500 mil imigrantes", w, quotes=[q("Pilar Sáez", "ministra da Inclusão")]))
    w = d(3, 16, 30, 0)
    add("mundo/africa/mocambique-ataque-cabo-delgado-1778150", "Moçambique: ataque em Cabo Delgado faz 12 mortos", w,
        "Insurgentes atacaram uma aldeia no distrito de Macomia, segundo fontes locais.",
        lambda k: it(k, "Moçambique: ataque em Cabo Delgado faz 12 mortos", w))
    w = d(3, 14, 15, 0)
    add("desporto/fc-porto-eliminado-da-liga-europa-1778101", "FC Porto empata em Roma e fica pendurado na Liga Europa", w,
        "Os dragões precisam de vencer na última jornada.",
        lambda k: it(k, "FC Porto empata em Roma e fica pendurado na Liga Europa", w, rel=False), cat="Desporto")
    w = d(3, 12, 0, 0)
    add("mundo/portugal-e-brasil-assinam-acordo-de-mobilidade-1778066", "Portugal e Brasil assinam acordo sobre reconhecimento de diplomas", w,
        "O ministro dos Negócios Estrangeiros, Rui Carvalhal, falou de \"um passo histórico\" para a comunidade lusófona.",
        lambda k: it(k, "Portugal e Brasil assinam acordo sobre reconhecimento de diplomas", w, quotes=[q("Rui Carvalhal", "ministro dos Negócios Estrangeiros")]))
    w = d(3, 10, 0, 0)
    add("videos/mundo/tornado-atinge-cidade-no-texas-1778020", "Vídeo: tornado atinge cidade no Texas", w,
        "Imagens captadas por moradores.",
        lambda k: it(k, "Tornado atinge cidade no Texas", w, story=False, rel=False, note="Video. Title label 'Vídeo:' may be kept or dropped"), cat="Vídeos")
    w = d(3, 8, 0, 0)
    add("mundo/ue-aprova-novas-sancoes-a-russia-1777990", "UE aprova 20.º pacote de sanções contra a Rússia", w,
        "Medidas visam frota fantasma de petroleiros.",
        lambda k: it(k, "UE aprova 20.º pacote de sanções contra a Rússia", w))
    channel = ("<title>Diário do Douro - Mundo</title><link>https://www.diariododouro.pt</link><description>Diário do Douro - Mundo</description>"
               "<language>pt-PT</language><copyright>© 2026 Diário do Douro / Douro Media Group, S.A.</copyright>")
    text = rss(channel, rows, ns=NS_ATOM, decl="UTF-8", sep="")
    return feed("pt_pt_diariododouro_mundo.rss.xml", text, items, lang="pt", outlet="Diário do Douro",
                structure="Jornal de Notícias-style RSS: single line, description before link, guid = link without isPermaLink, <category>, 'País: …' titles, 'Vídeo:' clip, football item, ASCII double quotes, no authors, +0000 dates, 'S.A.' copyright",
                notes="No bylines: authors empty.")


FEEDS = [polarstern, massstab, mdf, banditore, tgnews, ancora, douro]
