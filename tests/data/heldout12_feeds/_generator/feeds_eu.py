# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian and Portuguese feeds of the twelfth held-out set: a Vienna daily, a Zurich
daily, a German public radio station, an Italian agency, a Lombard regional daily, a Lisbon
online daily and an Angolan state news agency. All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, cdata, esc, it, q, rfc822, rss
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=1.0):
    return dt(2026, 12, day, h, mi, s, off)


# ---------------------------------------------------------------- Die Presse-style (Vienna)
def donaupost():
    rows, items = [], []

    def add(n, slug, title, when, author, desc, exp):
        url = f"https://www.donaupost.at/{n}/{slug}"
        au = f"<dc:creator>{esc(author)}</dc:creator>" if author else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"false\">{n}</guid>\n{au}\n"
                    f"<description>{esc(desc)}</description>\n<pubDate>{rfc822(when)}</pubDate>\n<category>Ausland</category>\n</item>")
        items.append(exp(str(n)))

    w = d(4, 11, 24)
    add(20418832, "westbalkan-gipfel-in-wien-eu-beitritt-serbien", "Westbalkan-Gipfel in Wien: Serbien soll bis Jänner Sanktionen übernehmen", w, "Katharina Pöltl",
        "Die Außenministerin drängt Belgrad zur Angleichung an die EU-Außenpolitik. „Die Geduld ist enden wollend“, sagte sie nach dem Treffen im Bundeskanzleramt.",
        lambda k: it(k, "Westbalkan-Gipfel in Wien: Serbien soll bis Jänner Sanktionen übernehmen", w, ["Katharina Pöltl"]))
    w = d(4, 9, 3)
    add(20418790, "ukraine-russland-angriff-auf-odessa", "Russische Drohnen treffen Hafen von Odessa", w, None,
        "Mindestens vier Menschen wurden getötet, ein Getreidefrachter unter panamaischer Flagge geriet in Brand. (APA/dpa/Reuters)",
        lambda k: it(k, "Russische Drohnen treffen Hafen von Odessa", w, [], junk=["(APA/dpa/Reuters)"], note='["APA", "dpa", "Reuters"] is also correct'))
    w = d(4, 7, 0)
    add(20418701, "leitartikel-warum-oesterreichs-neutralitaet-ein-update-braucht", "Leitartikel: Warum Österreichs Neutralität ein Update braucht", w, "Florian Wimmer-Hausegger",
        "Die Neutralität ist kein Schutzschild mehr, sondern eine Ausrede. Eine ehrliche Debatte darüber ist überfällig.",
        lambda k: it(k, "Warum Österreichs Neutralität ein Update braucht", w, ["Florian Wimmer-Hausegger"], note="Title label 'Leitartikel:' may be kept or dropped"))
    w = d(4, 12, 50)
    add(20418860, "premium-die-geheimen-gespraeche-von-genf", "Premium: Die geheimen Gespräche von Genf", w, "Stefan Ruzicka",
        "Wie ein Schweizer Diplomat Iraner und Amerikaner an einen Tisch brachte – und warum es vorerst niemand erfahren sollte.",
        lambda k: it(k, "Die geheimen Gespräche von Genf", w, ["Stefan Ruzicka"], note="Paywalled feature. Title label 'Premium:' may be kept or dropped"))
    w = d(4, 13, 15)
    add(20418877, "ski-alpin-schwedin-siegt-in-semmering", "Ski alpin: Schwedin gewinnt Riesentorlauf am Semmering", w, None,
        "ÖSV-Damen verpassen das Podest knapp. (APA)",
        lambda k: it(k, "Schwedin gewinnt Riesentorlauf am Semmering", w, [], rel=False, junk=["(APA)"], note="Title label 'Ski alpin:' may be kept or dropped"))
    w = d(4, 10, 10)
    add(20418815, "frankreich-regierung-misstrauensvotum", "Frankreichs Regierung übersteht Misstrauensvotum knapp", w, "Hanna Leitgeb",
        "Mit nur acht Stimmen Vorsprung rettete sich Premier Mathieu Garnier in der Nationalversammlung. Die Sozialisten enthielten sich.",
        lambda k: it(k, "Frankreichs Regierung übersteht Misstrauensvotum knapp", w, ["Hanna Leitgeb"]))
    channel = ("<title>DonauPost.at - Ausland</title>\n<link>https://www.donaupost.at/ausland</link>\n<description>Nachrichten aus dem Ausland - DonauPost.at</description>\n"
               "<language>de-AT</language>\n<copyright>© 2026 Die DonauPost Verlags-GmbH &amp; Co KG</copyright>\n"
               f"<lastBuildDate>{rfc822(d(4, 13, 16))}</lastBuildDate>\n<ttl>5</ttl>")
    return feed("de_at_donaupost_ausland.rss.xml", rss(channel, rows, ns=NS_DC), items, lang="de", outlet="Die DonauPost", aliases=["DonauPost.at", "DonauPost"],
                structure="Die Presse-style Vienna daily section RSS (diepresse.com/rss/ausland): channel 'Outlet.at - Ausland', '/<8-digit id>/<slug>' links with the bare id as non-permalink guid, dc:creator with a name or absent, Austrian vocabulary ('Jänner', 'enden wollend', ÖSV), 'Leitartikel:', 'Premium:' and 'Ski alpin:' title labels, '(APA/dpa/Reuters)' agency tails, „…“ quotes with 'sagte sie', +0100 dates, 'Verlags-GmbH & Co KG' copyright")


# ---------------------------------------------------------------- Tages-Anzeiger-style (Tamedia, Zurich)
def seeblatt():
    rows, items = [], []

    def add(slug, uid, title, when, desc, img, exp):
        url = f"https://www.seeblatt.ch/{slug}-{uid}"
        rows.append(f"<item><title>{cdata(title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid>"
                    f"<description>{cdata(desc)}</description><pubDate>{rfc822(when, gmt=True)}</pubDate>"
                    f"<media:content url=\"https://cdn.seeblatt-media.ch/images/{uid[:8]}.jpg?op=ocroped&amp;val=1200,800\" medium=\"image\"><media:credit>{esc(img)}</media:credit></media:content></item>")
        items.append(exp(url))

    w = d(4, 10, 31, off=0)
    add("krieg-in-nahost-schweiz-verdoppelt-hilfe-fuer-unrwa", "884512339218", "Krieg in Nahost: Schweiz verdoppelt Beitrag an UNO-Hilfswerk", w,
        "Der Bundesrat stockt die Zahlungen auf 20 Millionen Franken auf. Die SVP spricht von einem «Affront gegen das Parlament».", "Foto: Keystone",
        lambda k: it(k, "Schweiz verdoppelt Beitrag an UNO-Hilfswerk", w, [], junk=["Foto: Keystone"], note="Title label 'Krieg in Nahost:' may be kept or dropped"))
    w = d(4, 8, 12, off=0)
    add("ticker-zum-ukraine-krieg-aussenminister-reist-nach-bern", "884512338870", "Ticker zum Ukraine-Krieg: Ukrainischer Aussenminister reist nach Bern", w,
        "Alle Entwicklungen im Ticker.", "Foto: AFP",
        lambda k: it(k, "Ticker zum Ukraine-Krieg: Ukrainischer Aussenminister reist nach Bern", w, [], story=False, note="Live ticker"))
    w = d(4, 12, 4, off=0)
    add("analyse-zu-chinas-aussenpolitik-peking-umwirbt-europa", "884512339507", "Analyse zu Chinas Aussenpolitik: Peking umwirbt Europa – und meint Washington", w,
        "Chinas Aussenminister tourt durch fünf EU-Hauptstädte. Hinter der Charmeoffensive steckt Kalkül, sagt die Sinologin Regula Brändli.", "Foto: Reuters",
        lambda k: it(k, "Peking umwirbt Europa – und meint Washington", w, [], quotes=[q("Regula Brändli")], note="Title label 'Analyse zu Chinas Aussenpolitik:' may be kept or dropped"))
    w = d(4, 13, 20, off=0)
    add("zuercher-weihnachtsmarkt-rekordandrang-am-bellevue", "884512339690", "Rekordandrang am Bellevue: Zürcher Weihnachtsmarkt verlängert", w,
        "Wegen des Ansturms bleibt der Markt bis zum 30. Dezember offen.", "Foto: Urs Gächter",
        lambda k: it(k, "Zürcher Weihnachtsmarkt verlängert", w, [], rel=False, note="Title label 'Rekordandrang am Bellevue:' may be kept or dropped"))
    w = d(4, 6, 45, off=0)
    add("wahlen-in-moldau-prorussische-partei-vorn", "884512338701", "Wahlen in Moldau: Prorussische Partei liegt knapp vorn", w,
        "Nach Auszählung von 90 Prozent der Stimmen führt die Partei von Oligarch Vadim Rusu. Die EU äussert «ernste Bedenken».", "Foto: Keystone/EPA",
        lambda k: it(k, "Prorussische Partei liegt knapp vorn", w, [], note="Title label 'Wahlen in Moldau:' may be kept or dropped"))
    w = d(4, 11, 0, off=0)
    add("podcast-politbuero-was-will-washington-von-der-schweiz", "884512339400", "Podcast «Politbüro»: Was Washington von der Schweiz will", w,
        "Zoll-Deal, Kampfjets, Banken: Eine Folge über die schwierige Beziehung zu den USA.", "Illustration: Seeblatt",
        lambda k: it(k, "Was Washington von der Schweiz will", w, [], story=False, note="Podcast episode. Title label 'Podcast «Politbüro»:' may be kept or dropped"))
    channel = ("<title>Ausland | Seeblatt</title><link>https://www.seeblatt.ch/ausland</link><description>Ausland-News vom Seeblatt</description>"
               "<language>de-CH</language><copyright>Seeblatt / Seemedien AG</copyright>"
               f"<lastBuildDate>{rfc822(d(4, 13, 21, off=0), gmt=True)}</lastBuildDate>")
    return feed("de_ch_seeblatt_ausland.rss.xml", rss(channel, rows, ns=NS_MEDIA, sep=""), items, lang="de", outlet="Seeblatt",
                structure="Tages-Anzeiger-style Tamedia section RSS (unity CMS): single line, channel 'Ausland | Outlet', CDATA titles with long 'Thema: Titel' kickers ('Krieg in Nahost:', 'Ticker zum Ukraine-Krieg:', 'Analyse zu …:', 'Podcast «…»:'), links ending in a 12-digit id used as permalink guids, CDATA teasers with Swiss spelling (ss, «…»), no authors, media:content with 'Foto: Agency' credits, GMT dates")


# ---------------------------------------------------------------- Deutschlandfunk-style public radio
def funkhaus():
    rows, items = [], []

    def add(slug, title, when, desc, exp, cat="Politik"):
        url = f"https://www.funkhaus-nord.de/{slug}-100.html"
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{esc(desc)}</description>\n"
                    f"      <guid isPermaLink=\"false\">{url}</guid>\n      <pubDate>{rfc822(when)}</pubDate>\n      <category>{cat}</category>\n    </item>")
        items.append(exp(url))

    w = d(4, 12, 8)
    add("nato-aussenminister-beraten-ueber-ostflanke", "NATO-Außenminister beraten über Schutz der Ostflanke", w,
        "In Brüssel beraten die Außenminister der NATO-Staaten über eine dauerhafte Präsenz in Finnland. Generalsekretär Halvorsen sprach von einer „neuen Normalität“. Diese Nachricht wurde am 04.12.2026 im Programm Funkhaus Nord gesendet.",
        lambda k: it(k, "NATO-Außenminister beraten über Schutz der Ostflanke", w, [], junk=["Diese Nachricht wurde am", "im Programm Funkhaus Nord gesendet"], quotes=[q("Halvorsen", "NATO")]), cat="Nachrichten")
    w = d(4, 7, 15)
    add("interview-mit-gerold-sattler-cdu-zur-china-strategie", "Sattler (CDU): „China ist Partner, Wettbewerber und Rivale zugleich“", w,
        "Der außenpolitische Sprecher der Unionsfraktion hält die China-Strategie der Bundesregierung für überholt. Gerold Sattler im Gespräch mit Miriam Albers.",
        lambda k: it(k, "Sattler (CDU): „China ist Partner, Wettbewerber und Rivale zugleich“", w, [], quotes=[q("Gerold Sattler", "CDU")], note="Radio interview with transcript page; the interviewer Miriam Albers is not the author of a text. [\"Miriam Albers\"] is also correct"), cat="Interview")
    w = d(4, 6, 50)
    add("presseschau-aus-deutschen-zeitungen-1000", "Presseschau: Aus deutschen Zeitungen", w,
        "Die Kommentare beschäftigen sich mit dem Haushalt und dem Treffen der NATO-Außenminister.",
        lambda k: it(k, "Presseschau: Aus deutschen Zeitungen", w, [], story=False, rel=False, note="Daily press review of editorials, not a story"), cat="Presseschau")
    w = d(4, 9, 35)
    add("sudan-hungersnot-darfur-hilfsorganisationen", "Hilfsorganisationen warnen vor Hungersnot in Darfur", w,
        "Nach Angaben des Welternährungsprogramms sind in der Region mehr als zwei Millionen Menschen von akutem Hunger bedroht. Diese Nachricht wurde am 04.12.2026 im Programm Funkhaus Nord gesendet.",
        lambda k: it(k, "Hilfsorganisationen warnen vor Hungersnot in Darfur", w, [], junk=["Diese Nachricht wurde am"]), cat="Nachrichten")
    w = d(4, 10, 40)
    add("bundesliga-vorschau-leverkusen-gegen-dortmund", "Bundesliga: Leverkusen empfängt Dortmund", w,
        "Vorschau auf den 14. Spieltag. Diese Nachricht wurde am 04.12.2026 im Programm Funkhaus Nord gesendet.",
        lambda k: it(k, "Leverkusen empfängt Dortmund", w, [], rel=False, junk=["Diese Nachricht wurde am"], note="Title label 'Bundesliga:' may be kept or dropped"), cat="Sport")
    w = d(4, 13, 0)
    add("hintergrund-suedkaukasus-armenien-wendet-sich-vom-westen-ab", "Südkaukasus – Armenien zwischen Moskau und Brüssel", w,
        "Eriwan hat seine Mitgliedschaft im russisch geführten Militärbündnis auf Eis gelegt. Doch die Annäherung an die EU kommt kaum voran. Von Jakob Reinhold-Sarkisjan.",
        lambda k: it(k, "Südkaukasus – Armenien zwischen Moskau und Brüssel", w, ["Jakob Reinhold-Sarkisjan"], junk=["Von Jakob Reinhold-Sarkisjan"], note="Background feature; the author is only named in a 'Von Name.' tail of the teaser"), cat="Hintergrund")
    channel = ("    <title>Funkhaus Nord - Politik</title>\n    <link>https://www.funkhaus-nord.de/politik-100.html</link>\n"
               "    <description>Politik</description>\n    <language>de</language>\n    <copyright>Funkhaus Nord</copyright>\n"
               f"    <lastBuildDate>{rfc822(d(4, 13, 2))}</lastBuildDate>\n    <image>\n      <url>https://www.funkhaus-nord.de/static/img/logo.png</url>\n      <title>Funkhaus Nord</title>\n      <link>https://www.funkhaus-nord.de</link>\n    </image>")
    text = rss(channel, rows).replace("<channel>\n", "  <channel>\n").replace("</channel>", "  </channel>")
    return feed("de_funkhausnord_politik.rss.xml", text, items, lang="de", outlet="Funkhaus Nord",
                structure="Deutschlandfunk-style public radio RSS (deutschlandfunk.de/politikportal-100.rss): two- and four-space indentation, channel 'Outlet - Politik' with the bare word 'Politik' as description, '-100.html' links as non-permalink guids, plain descriptions ending in the boilerplate 'Diese Nachricht wurde am DD.MM.YYYY im Programm … gesendet.', interview pages 'Name (Partei): „Zitat“' with 'im Gespräch mit' interviewer, a daily 'Presseschau', a background piece crediting its author only as 'Von Name.' at the end, no author elements, +0100 dates")


# ---------------------------------------------------------------- Adnkronos-style agency
def adnitalia():
    rows, items = [], []

    def add(slug, title, when, desc, exp):
        url = f"https://www.agenzialanterna.it/esteri/{slug}.html"
        rows.append(f"<item><title>{cdata(title)}</title><link>{url}</link><description>{cdata(desc)}</description>"
                    f"<pubDate>{rfc822(when)}</pubDate><guid>{url}</guid><category>Esteri</category></item>")
        items.append(exp(url))

    w = d(4, 11, 48)
    add("ucraina-ferrantelli-kiev-conferenza-ricostruzione", "Ucraina, Ferrantelli: &quot;Conferenza sulla ricostruzione a Roma a giugno&quot;", w,
        "(Lanterna) - &quot;L'Italia ospiterà a giugno la conferenza internazionale per la ricostruzione dell'Ucraina&quot;. Lo ha annunciato il ministro degli Esteri, Carlo Ferrantelli, al termine dell'incontro con il suo omologo ucraino a Kiev.",
        lambda k: it(k, 'Ucraina, Ferrantelli: "Conferenza sulla ricostruzione a Roma a giugno"', w, [], junk=["(Lanterna) -"], quotes=[q("Carlo Ferrantelli", "ministro degli Esteri")]))
    w = d(4, 9, 20)
    add("medio-oriente-raid-israeliani-libano-sud", "Medio Oriente, raid israeliani nel sud del Libano: 5 morti", w,
        "(Lanterna) - Almeno cinque persone sono rimaste uccise in una serie di raid israeliani nel sud del Libano, secondo il ministero della Salute di Beirut.",
        lambda k: it(k, "Medio Oriente, raid israeliani nel sud del Libano: 5 morti", w, [], junk=["(Lanterna) -"]))
    w = d(4, 13, 2)
    add("usa-cina-dazi-accordo-chip", "Usa-Cina, accordo sui chip: stop ai nuovi dazi per 90 giorni", w,
        "(Lanterna) - Washington e Pechino hanno raggiunto un'intesa provvisoria sulle esportazioni di semiconduttori. Lo riferiscono fonti della Casa Bianca.",
        lambda k: it(k, "Usa-Cina, accordo sui chip: stop ai nuovi dazi per 90 giorni", w, [], junk=["(Lanterna) -"]))
    w = d(4, 12, 25)
    add("video-manifestazione-tbilisi", "VIDEO | Georgia, migliaia in piazza a Tbilisi", w,
        "(Lanterna) - Le immagini della protesta davanti al Parlamento.",
        lambda k: it(k, "Georgia, migliaia in piazza a Tbilisi", w, [], story=False, junk=["(Lanterna) -"], note="Video. Title label 'VIDEO |' may be kept or dropped"))
    w = d(4, 10, 5)
    add("spagna-incendio-valencia-turisti", "Spagna, incendio in un hotel a Valencia: evacuati 200 turisti", w,
        "(Lanterna) - Nessun ferito grave tra gli ospiti, tra cui una trentina di italiani.",
        lambda k: it(k, "Spagna, incendio in un hotel a Valencia: evacuati 200 turisti", w, [], rel=False, junk=["(Lanterna) -"]))
    w = d(4, 8, 0)
    add("sud-sudan-onu-rinnova-missione", "Sud Sudan, l'Onu rinnova la missione Unmiss per un anno", w,
        "(Lanterna) - Il Consiglio di Sicurezza ha approvato la risoluzione con 13 voti a favore e 2 astensioni.",
        lambda k: it(k, "Sud Sudan, l'Onu rinnova la missione Unmiss per un anno", w, [], junk=["(Lanterna) -"]))
    channel = (f"<title>{cdata('Lanterna - Esteri')}</title><link>https://www.agenzialanterna.it/esteri</link><description>{cdata('Agenzia di stampa Lanterna - notizie dal mondo')}</description>"
               "<language>it</language><copyright>Copyright © 2026 Lanterna S.r.l. - P.IVA 01234560987</copyright>"
               f"<lastBuildDate>{rfc822(d(4, 13, 3))}</lastBuildDate>")
    return feed("it_lanterna_esteri_agency.rss.xml", rss(channel, rows, sep=""), items, lang="it", outlet="Lanterna", aliases=["Agenzia Lanterna"],
                notes="Titles are written with &quot; entities INSIDE CDATA, so the literal text '&quot;' must be decoded by the reader (a real-world double escaping).",
                structure="Adnkronos-style Italian news agency RSS: single line, CDATA titles 'Luogo, fatto' with '&quot;' entities written inside CDATA (double escaping), 'VIDEO |' label, CDATA descriptions opening '(Agenzia) -', guid = link without isPermaLink, no authors, +0100 dates, 'S.r.l. - P.IVA' copyright")


# ---------------------------------------------------------------- L'Eco di Bergamo-style regional daily
def vocedelladda():
    rows, items = [], []

    def add(n, slug, title, when, author, desc, exp, sec="mondo"):
        url = f"https://www.vocedelladda.it/news/{sec}/{slug}_{n}_11/"
        au = f"<author>{esc(author)}</author>" if author else ""
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<description>{esc(desc)}</description>\n\t\t{au}\n"
                    f"\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t<guid isPermaLink=\"true\">{url}</guid>\n"
                    f"\t\t<enclosure url=\"https://cdn.vocedelladda.it/media/{n}.jpg\" type=\"image/jpeg\" length=\"98211\" />\n\t</item>")
        items.append(exp(url))

    w = d(4, 10, 0)
    add(1460221, "lodigiani-bloccati-in-israele-rientro", "Lodigiani bloccati in Israele, la Farnesina organizza il rientro", w, "Marta Riboldi",
        "<p>Sono 23 i pellegrini della diocesi rimasti a Gerusalemme dopo la chiusura dello spazio aereo. «Stiamo bene, ma vogliamo tornare a casa», racconta don Ettore Bassi.</p>",
        lambda k: it(k, "Lodigiani bloccati in Israele, la Farnesina organizza il rientro", w, ["Marta Riboldi"], quotes=[q("Ettore Bassi")], note="Local angle on a foreign crisis; relevant (consular/foreign affairs)"))
    w = d(4, 8, 30)
    add(1460190, "sanzioni-ue-ventesimo-pacchetto", "Sanzioni Ue, via libera al ventesimo pacchetto contro Mosca", w, "Redazione Web",
        "<p>Colpite le esportazioni di gas liquefatto e 40 navi della «flotta ombra».</p>",
        lambda k: it(k, "Sanzioni Ue, via libera al ventesimo pacchetto contro Mosca", w, [], note="'Redazione Web' is a desk, not an author"))
    w = d(4, 12, 10)
    add(1460255, "fanfulla-derby-sconfitta", "Fanfulla, sconfitta nel derby con il Crema", w, "Paolo Cerri",
        "<p>Decide un rigore al novantesimo.</p>",
        lambda k: it(k, "Fanfulla, sconfitta nel derby con il Crema", w, ["Paolo Cerri"], rel=False), sec="sport")
    w = d(4, 7, 45)
    add(1460170, "argentina-elezioni-ballottaggio", "Argentina, al ballottaggio sfida tra il peronista Duarte e l'outsider Lagos", w, "",
        "<p>Nessun candidato ha superato il 45 per cento al primo turno.</p>",
        lambda k: it(k, "Argentina, al ballottaggio sfida tra il peronista Duarte e l'outsider Lagos", w, []))
    w = d(4, 13, 30)
    add(1460270, "fotogallery-mercatini-natale-lodi", "I mercatini di Natale in piazza della Vittoria | FOTO", w, "Redazione Web",
        "<p>Le immagini dell'inaugurazione.</p>",
        lambda k: it(k, "I mercatini di Natale in piazza della Vittoria", w, [], story=False, rel=False, note="Photo gallery. Title label '| FOTO' may be kept or dropped"), sec="lodi")
    w = d(4, 11, 15)
    add(1460240, "il-punto-la-cina-e-l-europa-di-pietro-galbiati", "Il punto / La Cina e l'Europa, un dialogo tra sordi", w, "Pietro Galbiati",
        "<p>Il commento del direttore sul vertice di Pechino.</p>",
        lambda k: it(k, "La Cina e l'Europa, un dialogo tra sordi", w, ["Pietro Galbiati"], note="Editor's column. Title label 'Il punto /' may be kept or dropped"))
    channel = ("\t<title>La Voce dell'Adda - Mondo</title>\n\t<link>https://www.vocedelladda.it/news/mondo/</link>\n\t<description>Notizie dal mondo - La Voce dell'Adda</description>\n"
               "\t<language>it-it</language>\n\t<copyright>Copyright 2026 Società Editrice Lodigiana S.p.A. - P.IVA 00987650154</copyright>\n"
               f"\t<lastBuildDate>{rfc822(d(4, 13, 31))}</lastBuildDate>")
    return feed("it_vocedelladda_mondo.rss.xml", rss(channel, rows), items, lang="it", outlet="La Voce dell'Adda", aliases=["Voce dell'Adda"],
                structure="L'Eco di Bergamo-style Italian regional daily section RSS: tab indentation, channel 'Testata - Mondo', '/news/<section>/<slug>_<id>_11/' permalink guids, escaped '<p>' descriptions with «…» quotes, <author> holding a plain name, the desk 'Redazione Web' or empty, local angle on a foreign crisis, '| FOTO' gallery, 'Il punto /' column label, local football, enclosure with length, +0100 dates, 'S.p.A. - P.IVA' copyright")


# ---------------------------------------------------------------- Observador-style (pt-PT, WordPress VIP)
def vigia():
    rows, items = [], []

    def add(pid, slug, title, when, creators, desc, exp, cats=("Mundo",)):
        url = f"https://ovigia.pt/2026/12/04/{slug}/"
        cr = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        c = "".join(f"\n\t\t<category><![CDATA[{x}]]></category>" for x in cats)
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>{cr}\n\t\t<pubDate>{rfc822(when)}</pubDate>{c}\n"
                    f"\t\t<guid isPermaLink=\"false\">https://ovigia.pt/?p={pid}</guid>\n\t\t<description><![CDATA[{desc}]]></description>\n"
                    f"\t\t<media:content url=\"https://ovigia.pt/wp-content/uploads/2026/12/{pid}.jpg?w=1200\" medium=\"image\"/>\n\t</item>")
        items.append(exp(f"https://ovigia.pt/?p={pid}"))

    w = d(4, 11, 40, off=0)
    add(2104511, "guerra-na-ucrania-kiev-e-moscovo-trocam-prisioneiros", "Guerra na Ucrânia. Kiev e Moscovo trocam 300 prisioneiros, a maior troca desde o verão", w, ["Inês Valadares"],
        "Mediada pelos Emirados Árabes Unidos, a troca envolveu 150 militares de cada lado. Kiev agradeceu a Abu Dhabi.",
        lambda k: it(k, "Kiev e Moscovo trocam 300 prisioneiros, a maior troca desde o verão", w, ["Inês Valadares"], note="Title label 'Guerra na Ucrânia.' may be kept or dropped"))
    w = d(4, 9, 5, off=0)
    add(2104480, "liveblog-medio-oriente-ao-minuto", "Médio Oriente. Israel e Hamas retomam negociações no Cairo — acompanhe ao minuto", w, ["Redação O Vigia"],
        "Acompanhe aqui as principais notícias sobre o conflito no Médio Oriente.",
        lambda k: it(k, "Médio Oriente. Israel e Hamas retomam negociações no Cairo — acompanhe ao minuto", w, [], story=False, note="Liveblog"), cats=("Médio Oriente", "Liveblog"))
    w = d(4, 12, 55, off=0)
    add(2104530, "portugal-candidatura-conselho-seguranca", "Portugal formaliza candidatura ao Conselho de Segurança da ONU para 2029-2030", w, ["Tiago Bettencourt", "Lusa"],
        "&#8220;É uma candidatura de pontes&#8221;, disse o ministro dos Negócios Estrangeiros, Rui Amaral Sequeira, em Nova Iorque.",
        lambda k: it(k, "Portugal formaliza candidatura ao Conselho de Segurança da ONU para 2029-2030", w, ["Tiago Bettencourt", "Lusa"], quotes=[q("Rui Amaral Sequeira", "Negócios Estrangeiros")], note='["Tiago Bettencourt"] is also correct'))
    w = d(4, 7, 30, off=0)
    add(2104460, "opiniao-a-europa-acordou-tarde", "A Europa acordou tarde. Mas acordou", w, ["Helena Castro Mendes"],
        "Pela primeira vez em décadas, a defesa europeia deixou de ser um tema de conferências.",
        lambda k: it(k, "A Europa acordou tarde. Mas acordou", w, ["Helena Castro Mendes"], note="Opinion column"), cats=("Opinião",))
    w = d(4, 10, 20, off=0)
    add(2104495, "benfica-prepara-jogo-com-o-monaco", "Benfica prepara receção ao Mónaco sem dois titulares", w, ["O Vigia Desporto"],
        "Lesões de Tavares e Lindqvist deixam o treinador Rui Pestana com dúvidas.",
        lambda k: it(k, "Benfica prepara receção ao Mónaco sem dois titulares", w, [], rel=False, note="Sports desk credit, no person"), cats=("Desporto",))
    w = d(4, 13, 10, off=0)
    add(2104540, "explicador-o-que-esta-em-jogo-nas-eleicoes-na-guine-bissau", "O que está em jogo nas eleições na Guiné-Bissau? Sete perguntas e respostas", w, ["Joana Pires da Silva"],
        "O país vai a votos depois de dois adiamentos. Explicamos quem são os candidatos e o que pode mudar.",
        lambda k: it(k, "O que está em jogo nas eleições na Guiné-Bissau? Sete perguntas e respostas", w, ["Joana Pires da Silva"], note="Explainer"), cats=("África", "Explicador"))
    channel = ("\t<title>Mundo &#8211; O Vigia</title>\n\t<atom:link href=\"https://ovigia.pt/seccao/mundo/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://ovigia.pt</link>\n"
               "\t<description>Jornal online generalista português</description>\n"
               f"\t<lastBuildDate>{rfc822(d(4, 13, 10, off=0))}</lastBuildDate>\n\t<language>pt-PT</language>\n\t<generator>https://wordpress.org/?v=6.7.1</generator>")
    return feed("pt_pt_ovigia_mundo_wpvip.rss.xml", rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM + NS_MEDIA), items, lang="pt", outlet="O Vigia", aliases=["Vigia"],
                structure="Observador-style pt-PT WordPress VIP section feed (observador.pt/seccao/mundo/feed/): tab indentation, channel 'Mundo &#8211; Outlet', '?p=' non-permalink guids, CDATA dc:creator one per credit (names, 'Lusa', the desk 'Redação Outlet'), titles 'Tema. Manchete' with a full stop after the topic, a '— acompanhe ao minuto' liveblog, &#8220;…&#8221; quotes inside CDATA, opinion and explainer items, media:content '?w=1200', +0000 dates")


# ---------------------------------------------------------------- ANGOP-style Angolan state agency
def angop():
    rows, items = [], []

    def add(n, slug, title, when, desc, exp, sec="politica"):
        url = f"https://www.kwanzapress.ao/noticias/{sec}/{slug}/"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>\n"
                    f"<pubDate>{rfc822(when, lang='pt-pt')}</pubDate>\n<guid isPermaLink=\"false\">kp-{n}</guid>\n</item>")
        items.append(exp(f"kp-{n}"))

    w = d(4, 10, 15)
    add(88213, "angola-e-rdc-assinam-acordo-de-seguranca-fronteirica", "Angola e RDC assinam acordo de segurança fronteiriça", w,
        "Luanda - Os governos de Angola e da República Democrática do Congo assinaram hoje, quinta-feira, em Luanda, um acordo de cooperação em matéria de segurança fronteiriça, visando o combate ao contrabando de diamantes.",
        lambda k: it(k, "Angola e RDC assinam acordo de segurança fronteiriça", w, [], junk=["Luanda -"]))
    w = d(4, 8, 40)
    add(88201, "presidente-da-republica-recebe-enviado-especial-do-qatar", "Presidente da República recebe enviado especial do Qatar", w,
        "Luanda - O Presidente da República recebeu hoje, em audiência, um enviado especial do Emir do Qatar, portador de uma mensagem sobre o processo de paz no leste da RDC.",
        lambda k: it(k, "Presidente da República recebe enviado especial do Qatar", w, [], junk=["Luanda -"]))
    w = d(4, 12, 0)
    add(88230, "sadc-cimeira-extraordinaria-mocambique", "SADC convoca cimeira extraordinária sobre Cabo Delgado", w,
        "Gaborone - A Comunidade de Desenvolvimento da África Austral (SADC) convocou para 12 de Dezembro uma cimeira extraordinária sobre a situação de segurança na província moçambicana de Cabo Delgado.",
        lambda k: it(k, "SADC convoca cimeira extraordinária sobre Cabo Delgado", w, [], junk=["Gaborone -"]))
    w = d(4, 11, 20)
    add(88225, "girabola-petro-vence-e-isola-se-na-lideranca", "Girabola: Petro vence e isola-se na liderança", w,
        "Luanda - O Petro de Luanda venceu hoje o Sagrada Esperança por 2-0.",
        lambda k: it(k, "Petro vence e isola-se na liderança", w, [], rel=False, junk=["Luanda -"], note="Title label 'Girabola:' may be kept or dropped"), sec="desporto")
    w = d(4, 9, 30)
    add(88210, "preco-do-petroleo-angolano-sobe", "Preço do petróleo angolano sobe nos mercados internacionais", w,
        "Luanda - O barril de petróleo angolano foi cotado hoje a 72 dólares, mais 1,2 por cento em relação à véspera.",
        lambda k: it(k, "Preço do petróleo angolano sobe nos mercados internacionais", w, [], rel=False, junk=["Luanda -"]), sec="economia")
    w = d(4, 13, 35)
    add(88241, "mirex-condena-golpe-de-estado-na-guine-bissau", "MIREX condena tentativa de golpe de Estado na Guiné-Bissau", w,
        "Luanda - O Ministério das Relações Exteriores (MIREX) condenou hoje a tentativa de golpe de Estado na Guiné-Bissau e apelou ao respeito pela ordem constitucional.",
        lambda k: it(k, "MIREX condena tentativa de golpe de Estado na Guiné-Bissau", w, [], junk=["Luanda -"]))
    channel = ("<title>KwanzaPress - Agência Kwanza de Notícias</title>\n<link>https://www.kwanzapress.ao/</link>\n<description>Últimas notícias</description>\n"
               f"<language>pt-AO</language>\n<lastBuildDate>{rfc822(d(4, 13, 36), lang='pt-pt')}</lastBuildDate>")
    return feed("pt_ao_kwanzapress_ultimas.rss.xml", rss(channel, rows), items, lang="pt", outlet="KwanzaPress", aliases=["Agência Kwanza de Notícias"],
                notes="pubDate uses Portuguese day and month abbreviations ('Sex, 04 Dez 2026'), which strict RFC 822 parsers reject; the true time is 04 Dec 2026 +0100.",
                structure="ANGOP-style Angolan state news agency RSS (angop.ao): channel 'Outlet - Agência … de Notícias', pubDate with LOCALIZED Portuguese day and month names ('Sex, 04 Dez 2026 10:15:00 +0100'), 'kp-<n>' non-permalink guids, plain descriptions opening 'Cidade -' datelines with 'hoje, quinta-feira', no authors, 'Girabola:' sports label, oil-price and football items, Angolan ministry acronyms (MIREX), pt-AO, no copyright")


FEEDS = [donaupost, seeblatt, funkhaus, adnitalia, vocedelladda, vigia, angop]
