# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Swiss German, Italian and Portuguese feeds of the fifth held-out set: a news
magazine's foreign desk, a Frankfurt daily, a Swiss public broadcaster, an Italian news agency,
a Milan business daily, a Lisbon online daily and a Brazilian portal (ISO-8859-1). All outlets,
people and quotations are invented."""
from lib import dt
from mk import NS_CONTENT, NS_DC, cdata, esc, feed, it, q, rfc822, rss


def d(day, h, mi, s=0, off=0.0):
    return dt(2026, 12, day, h, mi, s, off)


# ---------------------------------------------------------------- Spiegel-style
def kompass():
    """DER SPIEGEL-style section RSS: 'DER X - Ausland', 'Kicker: Headline' titles, '#ref=rss'
    links with bare guids, plain teasers, enclosure images, no authors, +0100."""
    rows, items = [], []

    def add(section, slug, uid, title, when, desc, exp):
        url = f"https://www.derkompass.de/{section}/{slug}-a-{uid}"
        rows.append(
            "<item>"
            f"<title>{esc(title)}</title>"
            f"<link>{url}#ref=rss</link>"
            f"<description>{esc(desc)}</description>"
            f'<enclosure type="image/jpeg" url="https://cdn.derkompass.de/images/{uid[:8]}-0001-0002-0000-000000000001_w520_r1.77_fpx50_fpy50.jpg"/>'
            f"<guid>{url}</guid>"
            f"<pubDate>{rfc822(when)}</pubDate>"
            f"<category>{section.capitalize()}</category>"
            "</item>")
        items.append(exp(url))

    w = d(2, 19, 4, 0, 1)
    add("ausland", "georgien-tausende-protestieren-in-tiflis-gegen-mediengesetz", "4b1f9c2e-7a0d-4e55-9b3c-1d2e3f4a5b6c",
        "Georgien: Tausende protestieren in Tiflis gegen neues Mediengesetz", w,
        "Die Regierungspartei will ausländisch finanzierte Medien unter Aufsicht stellen. Vor dem Parlament in Tiflis versammelten sich am Abend Tausende Menschen, die Polizei setzte Wasserwerfer ein",
        lambda k: it(k, "Tausende protestieren in Tiflis gegen neues Mediengesetz", w, [],
                     note="Title label 'Georgien:' may be kept or dropped"))

    w = d(2, 17, 31, 0, 1)
    add("ausland", "israel-und-libanon-vereinbaren-gespraeche-ueber-grenzverlauf", "0c7d3e21-5f6a-4b8c-a9d0-e1f2a3b4c5d6",
        "Nahost: Israel und Libanon vereinbaren Gespräche über den Grenzverlauf", w,
        "Unter Vermittlung der USA wollen beide Staaten erstmals seit 2022 direkt über strittige Grenzpunkte verhandeln. „Wir verhandeln über Land, nicht über Frieden“, sagte Rana Haddad, Sprecherin des libanesischen Außenministeriums.",
        lambda k: it(k, "Israel und Libanon vereinbaren Gespräche über den Grenzverlauf", w, [],
                     quotes=[q("Rana Haddad", "libanesisches Außenministerium")],
                     note="Title label 'Nahost:' may be kept or dropped"))

    w = d(2, 15, 12, 0, 1)
    add("ausland", "erdbeben-in-ostanatolien-die-zerstoerung-in-bildern", "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4",
        "Erdbeben in Ostanatolien: Die Zerstörung in Bildern", w,
        "Eingestürzte Häuser, Helfer in der Kälte: Bilder aus der Region Malatya nach dem Beben der Stärke 6,1.",
        lambda k: it(k, "Die Zerstörung in Bildern", w, [], story=False,
                     note="Photo gallery. Title label 'Erdbeben in Ostanatolien:' may be kept or dropped"))

    w = d(2, 13, 0, 0, 1)
    add("ausland", "kuba-wie-die-menschen-den-blackout-ueberleben", "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
        "Stromausfälle auf Kuba: Sechs Kinder, zwei Jobs, kein Strom", w,
        "Seit Wochen fällt in Havanna täglich für bis zu zwanzig Stunden der Strom aus. Eine Familie erzählt, wie sie durchkommt – und warum sie trotzdem nicht auswandern will.",
        lambda k: it(k, "Sechs Kinder, zwei Jobs, kein Strom", w, [],
                     note="Reportage (paywalled on the site). Title label 'Stromausfälle auf Kuba:' may be kept or dropped"))

    w = d(2, 10, 0, 0, 1)
    add("politik", "newsletter-die-lage-am-abend-jetzt-abonnieren", "5d4c3b2a-1908-4f7e-8d6c-5b4a39281706",
        "Newsletter »Die Lage am Abend«: Jetzt kostenlos abonnieren", w,
        "Was heute wichtig war – und was Sie morgen wissen müssen. Melden Sie sich hier an.",
        lambda k: it(k, "Newsletter »Die Lage am Abend«: Jetzt kostenlos abonnieren", w, [], story=False, rel=False))

    w = d(2, 21, 48, 0, 1)
    add("sport", "handball-wm-der-frauen-deutschland-besiegt-norwegen", "6f5e4d3c-2b1a-4098-b7a6-958473625140",
        "Handball-WM der Frauen: Deutschland besiegt Norwegen", w,
        "Die deutschen Handballerinnen haben bei der WM den Titelverteidiger geschlagen. Torhüterin Lea Brandstätter hielt 17 Würfe.",
        lambda k: it(k, "Deutschland besiegt Norwegen", w, [], rel=False,
                     note="Title label 'Handball-WM der Frauen:' may be kept or dropped"))

    w = d(2, 20, 15, 0, 1)
    add("ausland", "frankreich-regierung-uebersteht-misstrauensvotum", "7a6b5c4d-3e2f-4019-8a7b-6c5d4e3f2a1b",
        "Frankreich: Regierung übersteht Misstrauensvotum knapp", w,
        "Der Antrag der Opposition scheiterte an elf Stimmen.Damit kann der Haushalt für 2027 per Sonderverfahren in Kraft treten.",
        lambda k: it(k, "Regierung übersteht Misstrauensvotum knapp", w, [], junk=["Stimmen.Damit"],
                     note="Title label 'Frankreich:' may be kept or dropped"))

    channel = (
        "<title>DER KOMPASS - Ausland</title><link>https://www.derkompass.de/</link>"
        "<description>Deutschlands führende Nachrichtenseite. Alles Wichtige aus Politik, Wirtschaft, Sport, Kultur, Wissenschaft, Technik und mehr.</description>"
        "<language>de</language><pubDate>" + rfc822(d(2, 21, 50, 0, 1)) + "</pubDate>"
        f"<lastBuildDate>{rfc822(d(2, 21, 50, 0, 1))}</lastBuildDate>"
        "<image><title>DER KOMPASS</title><link>https://www.derkompass.de/</link><url>https://www.derkompass.de/public/kompass/logo.png</url></image>")
    text = rss(channel, rows, ns=NS_CONTENT, decl="utf-8", sep="")
    return feed("de_derkompass_ausland.rss.xml", text, items, lang="de", outlet="DER KOMPASS",
                aliases=["Der Kompass", "derkompass.de"],
                structure="DER SPIEGEL-style section RSS (spiegel.de/ausland/index.rss): channel title 'DER X - Ausland', 'Kicker: Headline' titles, links with '#ref=rss' while guids are the bare '-a-<uuid>' URLs, plain teasers (one without final stop, one glued 'Stimmen.Damit'), enclosure images with crop parameters, no authors, +0100 dates, German „…“ quote, a gallery ('in Bildern'), a newsletter promo with »…« and a sport item",
                notes="Kickers ('Georgien:', 'Nahost:') are labels that may be kept or dropped.")


# ---------------------------------------------------------------- FAZ-style
def rundblick():
    """FAZ-style section RSS: 'Outlet: Politik / Ausland' title, short '-<code>-<id>' guids,
    CDATA description with a left-aligned <img> and a <p>, dc:creator with city datelines and
    'und', a commentary, a podcast, a daily gallery and a quiz."""
    rows, items = [], []

    def add(code, slug, title, when, creator, teaser, exp):
        url = f"https://www.frankfurter-rundblick.de/aktuell/politik/ausland/{slug}-{code[-6:]}.html"
        guid = f"https://www.frankfurter-rundblick.de/-{code}"
        pic = f'<img src="https://media.frankfurter-rundblick.de/ppmedia/{code[-6:]}.jpg" align="left" style="padding-right:10px" />'
        rows.append(
            "<item>\n"
            f"  <title>{esc(title)}</title>\n"
            f"  <link>{url}</link>\n"
            f'  <guid isPermaLink="true">{guid}</guid>\n'
            f"  <description>{cdata(pic + '<p>' + teaser + '</p>')}</description>\n"
            + (f"  <dc:creator>{esc(creator)}</dc:creator>\n" if creator else "")
            + f"  <pubDate>{rfc822(when)}</pubDate>\n"
            "</item>")
        items.append(exp(guid))

    w = d(2, 16, 40, 12, 1)
    add("gq5-b7x2kq", "sudan-die-vergessene-front-in-kordofan", "Die vergessene Front in Kordofan", w,
        "Lukas Vogelsang, Kairo",
        "Während die Welt auf Darfur schaut, hungern in Kordofan Hunderttausende. Die Armee und die RSF kämpfen dort um die letzten Straßen nach Süden.",
        lambda k: it(k, "Die vergessene Front in Kordofan", w, ["Lukas Vogelsang"]))

    w = d(2, 18, 5, 33, 1)
    add("gq5-b7x3mn", "eu-gipfel-streit-ueber-russlands-eingefrorenes-vermoegen", "Streit über Russlands eingefrorenes Vermögen", w,
        "Katharina Brenner, Brüssel, und Tobias Wendt, Berlin",
        "Belgien blockiert weiter den Plan, die Zentralbankgelder für einen Kredit an die Ukraine zu nutzen. „Wir tragen das Risiko allein, das kann nicht sein“, sagte der belgische Finanzminister Joris Van Acker.",
        lambda k: it(k, "Streit über Russlands eingefrorenes Vermögen", w, ["Katharina Brenner", "Tobias Wendt"],
                     quotes=[q("Joris Van Acker", "belgischer Finanzminister")]))

    w = d(2, 12, 14, 0, 1)
    add("gq5-b7x0ab", "kommentar-chinas-exportkontrollen-peking-zieht-die-schraube-an", "Peking zieht die Schraube an", w,
        "Ein Kommentar von Henrik Sommerfeld",
        "Die neuen Exportkontrollen für seltene Erden treffen Europa härter als Amerika. Berlin sollte daraus endlich Konsequenzen ziehen",
        lambda k: it(k, "Peking zieht die Schraube an", w, ["Henrik Sommerfeld"], junk=["Ein Kommentar von"]))

    w = d(2, 6, 0, 0, 1)
    add("gq5-b7wzz1", "podcast-fuer-deutschland-was-will-iran", "Podcast für Deutschland: Was will Iran nach dem Inspektoren-Deal?", w, "",
        "Unsere Nahost-Korrespondentin ordnet ein. Hören Sie die neue Folge hier oder in allen Podcast-Apps.",
        lambda k: it(k, "Podcast für Deutschland: Was will Iran nach dem Inspektoren-Deal?", w, [], story=False,
                     note="Podcast episode."))

    w = d(2, 8, 30, 0, 1)
    add("gq5-b7x0cd", "bilder-des-tages-2-dezember", "Bilder des Tages", w, "",
        "Ausgewählte Fotos aus aller Welt.",
        lambda k: it(k, "Bilder des Tages", w, [], story=False, rel=False, note="Photo gallery."))

    w = d(2, 9, 50, 7, 1)
    add("gq5-b7x1ef", "japan-neue-regierungschefin-will-verteidigungsetat-verdoppeln", "Japans Regierungschefin will den Verteidigungsetat verdoppeln", w,
        "Miriam Hoffmann, Tokio",
        "Bis 2030 sollen die Ausgaben auf vier Prozent der Wirtschaftsleistung steigen. China reagierte scharf.",
        lambda k: it(k, "Japans Regierungschefin will den Verteidigungsetat verdoppeln", w, ["Miriam Hoffmann"]))

    w = d(2, 7, 0, 0, 1)
    add("gq5-b7wzz9", "quiz-wie-gut-kennen-sie-die-weltlage", "Das Nachrichtenquiz: Wie gut kennen Sie sich mit der Weltlage aus?", w, "",
        "Zehn Fragen zu den Nachrichten der Woche. Testen Sie Ihr Wissen!",
        lambda k: it(k, "Das Nachrichtenquiz: Wie gut kennen Sie sich mit der Weltlage aus?", w, [], story=False, note="Quiz."))

    channel = (
        "<title>FRANKFURTER RUNDBLICK: Politik / Ausland</title>\n<link>https://www.frankfurter-rundblick.de/aktuell/politik/ausland/</link>\n"
        "<description>Nachrichten und Hintergründe aus dem Ausland</description>\n<language>de</language>\n"
        "<copyright>Frankfurter Rundblick Verlagsgesellschaft mbH</copyright>\n"
        f"<pubDate>{rfc822(d(2, 18, 10, 0, 1))}</pubDate>")
    text = rss(channel, rows, ns=NS_DC, decl="UTF-8", sep="\n")
    return feed("de_frankfurterrundblick_ausland.rss.xml", text, items, lang="de", outlet="Frankfurter Rundblick",
                aliases=["FRANKFURTER RUNDBLICK", "frankfurter-rundblick.de"],
                structure="FAZ.NET-style section RSS (faz.net/rss/aktuell/politik/ausland/): channel title 'OUTLET: Politik / Ausland', short-link guids 'https://site/-gq5-<id>' that differ from the links, CDATA description '<img align=\"left\" …/><p>teaser</p>', dc:creator 'Name, Stadt', 'A, Brüssel, und B, Berlin' and 'Ein Kommentar von Name', headline-only titles, a podcast, 'Bilder des Tages' and a news quiz, +0100 dates, 'Verlagsgesellschaft mbH' copyright",
                notes="dc:creator carries the correspondent's city after a comma; it is not part of the name.")


# ---------------------------------------------------------------- SRF-style
def rfs():
    """SRF News-style RSS: 'Kicker - Headline' titles, escaped <img> and text in description,
    no authors (one analysis with a byline inside), audio programme and video items, Swiss
    spelling and «» quotes, +0100."""
    rows, items = [], []

    def add(nid, slug, title, when, desc, exp):
        url = f"https://www.rfs.ch/news/international/{slug}"
        pic = f'<img src="https://www.rfs.ch/static/cms/images/960w/{nid}.jpg" />'
        rows.append(
            "<item>"
            f"<title>{esc(title)}</title>"
            f"<link>{url}</link>"
            f"<description>{esc(pic + desc)}</description>"
            f"<pubDate>{rfc822(when)}</pubDate>"
            f'<guid isPermaLink="false">urn:rfs:article:{nid}</guid>'
            "</item>")
        items.append(exp(f"urn:rfs:article:{nid}"))

    w = d(2, 16, 2, 0, 1)
    add("20261202-1602", "ukraine-krieg-kiew-und-moskau-tauschen-erneut-gefangene-aus",
        "Ukraine-Krieg - Kiew und Moskau tauschen erneut Gefangene aus", w,
        "Die Ukraine und Russland haben je 212 Kriegsgefangene freigelassen. Vermittelt haben die Vereinigten Arabischen Emirate. «Jeder Einzelne ist zu Hause, weil wir nicht aufgehört haben, an Türen zu klopfen», sagte Oksana Hrytsenko vom ukrainischen Koordinationsstab für Kriegsgefangene.",
        lambda k: it(k, "Kiew und Moskau tauschen erneut Gefangene aus", w, [],
                     quotes=[q("Oksana Hrytsenko", "ukrainischen Koordinationsstab für Kriegsgefangene")],
                     note="Title label 'Ukraine-Krieg -' may be kept or dropped"))

    w = d(2, 11, 30, 0, 1)
    add("20261202-1130", "bundesrat-schweiz-uebernimmt-neue-eu-sanktionen-gegen-iran",
        "Aussenpolitik - Schweiz übernimmt neue EU-Sanktionen gegen Iran", w,
        "Der Bundesrat hat beschlossen, die jüngsten Sanktionen der EU gegen Iran zu übernehmen. Betroffen sind 14 Personen und 6 Firmen, die an Drohnenlieferungen beteiligt sein sollen.",
        lambda k: it(k, "Schweiz übernimmt neue EU-Sanktionen gegen Iran", w, [],
                     note="Title label 'Aussenpolitik -' may be kept or dropped"))

    w = d(2, 12, 35, 0, 1)
    add("20261202-1235", "rendez-vous-die-sendung-vom-2-dezember",
        "«Rendez-vous» - Die Sendung vom 2. Dezember 2026", w,
        "Die Sendung zum Nachhören: Gefangenenaustausch, Iran-Sanktionen, Lawinengefahr.",
        lambda k: it(k, "Die Sendung vom 2. Dezember 2026", w, [], story=False, rel=False,
                     note="Radio programme episode. Title label '«Rendez-vous» -' may be kept or dropped"))

    w = d(2, 9, 44, 0, 1)
    add("20261202-0944", "video-erdrutsch-verschuettet-dorf-auf-java",
        "Unwetter in Indonesien - Video: Erdrutsch verschüttet Dorf auf Java", w,
        "Bilder aus der Provinz Zentraljava zeigen das Ausmass der Zerstörung.",
        lambda k: it(k, "Video: Erdrutsch verschüttet Dorf auf Java", w, [], story=False,
                     note="Video clip. Title label 'Unwetter in Indonesien -' may be kept or dropped"))

    w = d(2, 7, 15, 0, 1)
    add("20261202-0715", "wahl-in-honduras-auszaehlung-verzoegert-sich",
        "Wahl in Honduras - Auszählung verzögert sich, beide Lager erklären sich zum Sieger", w,
        "Drei Tage nach der Präsidentschaftswahl ist erst die Hälfte der Stimmen ausgezählt. Die Wahlbehörde spricht von technischen Problemen.",
        lambda k: it(k, "Auszählung verzögert sich, beide Lager erklären sich zum Sieger", w, [],
                     note="Title label 'Wahl in Honduras -' may be kept or dropped"))

    w = d(2, 22, 10, 0, 1)
    add("20261202-2210", "ski-alpin-fankhauser-siegt-in-beaver-creek",
        "Ski alpin - Fankhauser siegt in Beaver Creek", w,
        "Die Bernerin Lia Fankhauser gewinnt den Super-G in den USA vor zwei Österreicherinnen.",
        lambda k: it(k, "Fankhauser siegt in Beaver Creek", w, [], rel=False,
                     note="Title label 'Ski alpin -' may be kept or dropped"))

    w = d(2, 14, 20, 0, 1)
    add("20261202-1420", "analyse-zu-syrien-wer-regiert-damaskus",
        "Analyse zu Syrien - Ein Jahr nach dem Umsturz: Wer regiert Damaskus?", w,
        "Die Übergangsregierung hat Wahlen versprochen, doch die Macht liegt bei wenigen Männern aus Idlib. Nadia Brunner, Nahost-Korrespondentin, ordnet ein.",
        lambda k: it(k, "Ein Jahr nach dem Umsturz: Wer regiert Damaskus?", w, ["Nadia Brunner"],
                     junk=["Nahost-Korrespondentin, ordnet ein"],
                     note="The feed has no author element; the correspondent is named in the teaser. [] is also correct. Title label 'Analyse zu Syrien -' may be kept or dropped"))

    channel = (
        "<title>RFS News - International</title><link>https://www.rfs.ch/news/international</link>"
        "<description>Nachrichten aus der ganzen Welt von RFS News</description><language>de-ch</language>"
        "<copyright>© Radio Fernsehen Schweiz RFS, Genossenschaft Alpenrand</copyright>"
        "<image><url>https://www.rfs.ch/static/logo.png</url><title>RFS News</title><link>https://www.rfs.ch/news</link></image>")
    text = rss(channel, rows, ns="", decl="UTF-8", sep="")
    return feed("de_ch_rfsnews_international.rss.xml", text, items, lang="de", outlet="RFS News",
                aliases=["RFS"],
                structure="SRF News-style RSS (srf.ch/news/bnf/rss/1922): channel title 'RFS News - International', 'Kicker - Headline' titles with a hyphen, escaped '<img src=…/>' glued to the teaser text, 'urn:rfs:article:<id>' non-permalink guids, no author element (the analysis names its correspondent in the teaser), Swiss spelling (Ausmass, Aussenpolitik) and «…» quotes, a radio programme episode and a video, +0100 dates, broadcaster cooperative in <copyright>",
                notes="Same prisoner exchange as the English wire feed, with the quote translated.")


# ---------------------------------------------------------------- AGI-style Italian agency
def agn():
    """AGI-style agency RSS: 'AGN - Estero', 'AGN - ' leads, sign-off codes like
    '(AGN)Red/Gav', <author> 'Redazione' or absent, Italian-language GMT dates."""
    rows, items = [], []

    def add(aid, slug, title, when, desc, exp, author=""):
        url = f"https://www.agn.it/estero/news/2026-12-02/{slug}-{aid}/"
        rows.append(
            "<item>\n"
            f"<title>{cdata(title)}</title>\n"
            f"<link>{url}</link>\n"
            f"<description>{cdata(desc)}</description>\n"
            + (f"<author>{author}</author>\n" if author else "")
            + f"<pubDate>{rfc822(when, gmt=True)}</pubDate>\n"
            f"<guid>{url}</guid>\n"
            "</item>")
        items.append(exp(url))

    w = d(2, 15, 20, 0)
    add("31120455", "ucraina-russia-scambio-prigionieri-emirati", "Ucraina, nuovo scambio di prigionieri mediato dagli Emirati", w,
        "<p>AGN - Ucraina e Russia si sono scambiate 212 prigionieri di guerra ciascuna grazie alla mediazione degli Emirati Arabi Uniti. \"Ognuno di loro è a casa perché non abbiamo smesso di bussare alle porte\", ha dichiarato Oksana Hrytsenko, a capo del centro di coordinamento ucraino per i prigionieri di guerra.</p><p>(AGN)Red/Gav</p>",
        lambda k: it(k, "Ucraina, nuovo scambio di prigionieri mediato dagli Emirati", w, [],
                     junk=["(AGN)", "Red/Gav", "AGN -"],
                     quotes=[q("Oksana Hrytsenko", "centro di coordinamento ucraino per i prigionieri di guerra")]),
        author="Redazione")

    w = d(2, 11, 2, 0)
    add("31119870", "libia-scontri-tripoli-milizie-morti", "Libia, scontri a Tripoli tra milizie: almeno sei morti", w,
        "<p>AGN - Almeno sei persone sono morte negli scontri esplosi nella notte nel quartiere di Souq al-Juma a Tripoli tra due milizie rivali.La missione Onu in Libia ha chiesto un cessate il fuoco immediato.</p><p>(AGN)Red/Mcl</p>",
        lambda k: it(k, "Libia, scontri a Tripoli tra milizie: almeno sei morti", w, [],
                     junk=["(AGN)", "Red/Mcl", "rivali.La"]))

    w = d(2, 13, 45, 0)
    add("31120102", "farnesina-ministro-omologo-tunisino-migranti", "Farnesina, il ministro degli Esteri riceve l'omologo tunisino: al centro i migranti", w,
        "<p>AGN - Rimpatri, visti di lavoro e controllo delle partenze al centro del colloquio alla Farnesina. \"Con Tunisi serve un partenariato vero, non solo emergenza\", ha detto il sottosegretario agli Esteri Lorenzo Gualtieri.</p><p>(AGN)Red/Fab</p>",
        lambda k: it(k, "Farnesina, il ministro degli Esteri riceve l'omologo tunisino: al centro i migranti", w, [],
                     junk=["(AGN)", "Red/Fab"], quotes=[q("Lorenzo Gualtieri", "sottosegretario agli Esteri")]),
        author="Redazione")

    w = d(2, 17, 0, 0)
    add("31120561", "foto-luci-natale-piazza-duomo-milano", "FOTO Le luci di Natale accendono piazza del Duomo", w,
        "<p>AGN - Le immagini dell'albero e delle luminarie inaugurate a Milano.</p>",
        lambda k: it(k, "Le luci di Natale accendono piazza del Duomo", w, [], story=False, rel=False,
                     note="Photo gallery. Title label 'FOTO' may be kept or dropped"))

    w = d(2, 21, 50, 0)
    add("31120777", "serie-a-inter-napoli-risultato", "Serie A, l'Inter batte il Napoli 2-1 e torna in vetta", w,
        "<p>AGN - Decide un gol nel recupero. I nerazzurri salgono a 31 punti.</p><p>(AGN)Spo/Ros</p>",
        lambda k: it(k, "Serie A, l'Inter batte il Napoli 2-1 e torna in vetta", w, [], rel=False,
                     junk=["(AGN)", "Spo/Ros"]))

    w = d(2, 19, 12, 0)
    add("31120650", "venezuela-rilasciati-tre-italiani-detenuti-caracas", "Venezuela, rilasciati tre cittadini italiani detenuti a Caracas", w,
        "<p>AGN - Tre connazionali detenuti da oltre un anno in Venezuela sono stati liberati e rientreranno in Italia domani. \"È il risultato di un lavoro paziente e silenzioso\", ha detto Carla De Santis, console generale d'Italia a Caracas.</p><p>(AGN)Red/Gav</p>",
        lambda k: it(k, "Venezuela, rilasciati tre cittadini italiani detenuti a Caracas", w, [],
                     junk=["(AGN)", "Red/Gav"], quotes=[q("Carla De Santis", "console generale d'Italia a Caracas")]))

    w = d(2, 16, 40, 0)
    add("31120500", "borsa-milano-chiude-rialzo-spread", "Borsa: Milano chiude in rialzo, spread a 72 punti", w,
        "<p>AGN - Piazza Affari chiude in rialzo dello 0,8% trainata dalle banche.</p><p>(AGN)Eco/Ber</p>",
        lambda k: it(k, "Borsa: Milano chiude in rialzo, spread a 72 punti", w, [], rel=False, junk=["(AGN)", "Eco/Ber"]))

    channel = (
        "<title>AGN - Estero</title>\n<link>https://www.agn.it/estero/</link>\n"
        "<description>AGN Agenzia Giornalistica Nazionale - Estero</description>\n<language>it</language>\n"
        "<copyright>Copyright © 2026 AGN Agenzia Giornalistica Nazionale S.r.l. - P.IVA 09876543210</copyright>")
    text = rss(channel, rows, ns="", decl="UTF-8", sep="\n")
    return feed("it_agn_estero.rss.xml", text, items, lang="it", outlet="AGN",
                aliases=["AGN Agenzia Giornalistica Nazionale", "Agenzia Giornalistica Nazionale"],
                structure="AGI-style news agency RSS (agi.it/estero/rss): channel 'AGN - Estero', CDATA titles and CDATA <p> descriptions opening with 'AGN - ' and ending with sign-off codes '(AGN)Red/Gav' in a separate <p>, <author>Redazione</author> on some items, trailing-slash links used as guids, GMT dates, 'FOTO' gallery, sport and markets items, 'S.r.l. - P.IVA' copyright",
                notes="'Redazione' is the newsroom, not a person. The Serie A and markets items are stories but not relevant.")


# ---------------------------------------------------------------- Il Sole 24 Ore-style
def mercurio():
    """Il Sole 24 Ore-style 'Mondo' RSS: plain descriptions, <author> 'di Name' or
    'di A e B', Italian day/month names in pubDate, a podcast and a subscription promo."""
    rows, items = [], []

    def add(code, slug, title, when, author, desc, exp):
        url = f"https://www.ilmercurio24.it/art/{slug}-{code}"
        rows.append(
            "<item>\n"
            f"\t<title>{esc(title)}</title>\n"
            f"\t<link>{url}</link>\n"
            f"\t<description>{esc(desc)}</description>\n"
            + (f"\t<author>{esc(author)}</author>\n" if author else "")
            + f"\t<pubDate>{rfc822(when, 'it')}</pubDate>\n"
            f'\t<enclosure url="https://i2.ilmercurio24.it/images/{code}.jpg" length="0" type="image/jpeg"/>\n'
            f"\t<guid>{url}</guid>\n"
            "</item>")
        items.append(exp(url))

    w = d(2, 18, 41, 0, 1)
    add("AHxQ2bC", "dazi-ue-prepara-lista-contromisure-washington", "Dazi, l’Ue prepara la lista delle contromisure contro Washington", w,
        "di Beatrice Monti",
        "La Commissione ha pronto un elenco di beni americani per 93 miliardi. La decisione finale spetta ai governi.",
        lambda k: it(k, "Dazi, l’Ue prepara la lista delle contromisure contro Washington", w, ["Beatrice Monti"],
                     junk=["di Beatrice Monti"]))

    w = d(2, 14, 5, 0, 1)
    add("AHqW9xe", "russia-banca-centrale-taglia-tassi", "Russia, la Banca centrale taglia i tassi al 15%", w,
        "di Ugo Caravaggi e Sara Lentini",
        "Il rublo si indebolisce dopo la decisione, più ampia delle attese degli analisti.",
        lambda k: it(k, "Russia, la Banca centrale taglia i tassi al 15%", w, ["Ugo Caravaggi", "Sara Lentini"], rel=False))

    w = d(2, 10, 30, 0, 1)
    add("AHp3Ld1", "cina-export-record-africa", "Cina, export record verso l’Africa: +31% in un anno", w,
        "di Sara Lentini",
        "Pechino compensa con i mercati africani il calo delle vendite negli Stati Uniti, mentre Bruxelles studia nuove barriere.",
        lambda k: it(k, "Cina, export record verso l’Africa: +31% in un anno", w, ["Sara Lentini"]))

    w = d(2, 6, 0, 0, 1)
    add("AHm0aa0", "podcast-mercurio-del-mattino-2-dicembre", "Podcast | Il Mercurio del mattino, 2 dicembre 2026", w, "",
        "Le notizie da sapere per iniziare la giornata, in dieci minuti. Ascolta la puntata.",
        lambda k: it(k, "Il Mercurio del mattino, 2 dicembre 2026", w, [], story=False, rel=False,
                     note="Podcast episode. Title label 'Podcast |' may be kept or dropped"))

    w = d(2, 16, 22, 0, 1)
    add("AHsT7vq", "argentina-riforma-lavoro-sciopero-generale", "Argentina, il governo vara la riforma del lavoro: sciopero generale", w,
        "di Roberto Dalmasso, corrispondente da Buenos Aires",
        "I sindacati bloccano i trasporti per 24 ore. Il presidente: \"Non torneremo indietro\".",
        lambda k: it(k, "Argentina, il governo vara la riforma del lavoro: sciopero generale", w, ["Roberto Dalmasso"],
                     junk=["corrispondente da Buenos Aires"]))

    w = d(2, 8, 0, 0, 1)
    add("AHn1pp2", "abbonati-mercurio-digital-1-euro", "Il Mercurio Digital: abbonati a 1 euro al mese per 3 mesi", w, "",
        "Offerta valida fino al 31 dicembre. Disdici quando vuoi.",
        lambda k: it(k, "Il Mercurio Digital: abbonati a 1 euro al mese per 3 mesi", w, [], story=False, rel=False))

    w = d(2, 20, 3, 0, 1)
    add("AHuV5kz", "iran-aiea-intesa-ispettori-cosa-prevede", "Iran-Aiea, intesa sugli ispettori: cosa prevede", w,
        "di Ugo Caravaggi",
        "Gli ispettori potranno tornare a Fordow entro gennaio.Secondo fonti diplomatiche a Vienna, Teheran ha ottenuto in cambio lo stop alla risoluzione di condanna",
        lambda k: it(k, "Iran-Aiea, intesa sugli ispettori: cosa prevede", w, ["Ugo Caravaggi"], junk=["gennaio.Secondo"]))

    channel = (
        "<title>Mondo - Il Mercurio 24</title>\n<link>https://www.ilmercurio24.it/mondo</link>\n"
        "<description>Notizie dal mondo - Il Mercurio 24</description>\n<language>it</language>\n"
        "<copyright>Copyright Gruppo Editoriale Mercurio S.p.A. Tutti i diritti riservati</copyright>\n"
        f"<lastBuildDate>{rfc822(d(2, 20, 5, 0, 1), 'it')}</lastBuildDate>")
    text = rss(channel, rows, ns="", decl="UTF-8", sep="\n")
    return feed("it_ilmercurio24_mondo.rss.xml", text, items, lang="it", outlet="Il Mercurio 24",
                aliases=["Il Mercurio"],
                structure="Il Sole 24 Ore-style section RSS (ilsole24ore.com/rss/mondo.xml): channel 'Mondo - Outlet', alphanumeric article codes, plain descriptions (one without final stop and glued 'gennaio.Secondo'), <author> holding 'di Name', 'di A e B' and 'di Name, corrispondente da …', Italian day and month names in pubDate ('mer, 02 dic 2026 18:41:00 +0100'), enclosure length 0, 'Podcast |' episode and a subscription offer, S.p.A. copyright",
                notes="The Russian rate cut is markets news (not relevant); Chinese exports to Africa are trade between states (relevant).")


# ---------------------------------------------------------------- Observador-style (Portugal)
def vigia():
    """Observador-style RSS: dc:creator names or 'Agência Lusa', 'Ao minuto.' live blogs,
    'Explicador' label, 'Opinião' with the author only in dc:creator, +0000."""
    rows, items = [], []

    def add(pid, path, title, when, creator, desc, exp, cat="Mundo"):
        url = f"https://ovigia.pt/{path}/"
        rows.append(
            "<item>"
            f"<title>{esc(title)}</title>"
            f"<link>{url}</link>"
            f"<pubDate>{rfc822(when)}</pubDate>"
            f"<dc:creator>{cdata(creator)}</dc:creator>"
            f"<category>{cdata(cat)}</category>"
            f'<guid isPermaLink="false">https://ovigia.pt/?p={pid}</guid>'
            f"<description>{cdata(desc)}</description>"
            "</item>")
        items.append(exp(f"https://ovigia.pt/?p={pid}"))

    w = d(2, 15, 10, 22)
    add(7012455, "2026/12/02/ucrania-e-russia-trocam-212-prisioneiros", "Ucrânia e Rússia trocam 212 prisioneiros com mediação dos Emirados", w,
        "Agência Lusa",
        "Foi a primeira troca desde que as negociações de Istambul pararam em outubro. \"Cada um deles está em casa porque não deixámos de bater às portas\", afirmou Oksana Hrytsenko, responsável ucraniana pelos prisioneiros de guerra.",
        lambda k: it(k, "Ucrânia e Rússia trocam 212 prisioneiros com mediação dos Emirados", w, [],
                     quotes=[q("Oksana Hrytsenko", "responsável ucraniana pelos prisioneiros de guerra")]))

    w = d(2, 9, 0, 0)
    add(7012100, "liveblogs/ao-minuto-eleicoes-nas-honduras", "Ao minuto. Eleições nas Honduras: contagem continua, dois candidatos reclamam vitória", w,
        "O Vigia",
        "Acompanhe aqui ao minuto todas as novidades.",
        lambda k: it(k, "Eleições nas Honduras: contagem continua, dois candidatos reclamam vitória", w, [], story=False,
                     note="Live blog. Title label 'Ao minuto.' may be kept or dropped"), cat="Liveblogs")

    w = d(2, 12, 45, 0)
    add(7012301, "2026/12/02/explicador-porque-e-que-a-venezuela-fechou-o-espaco-aereo", "Explicador. Porque é que a Venezuela fechou o espaço aéreo a voos dos EUA?", w,
        "Raquel Moreira",
        "<p>Caracas acusa Washington de preparar uma operação militar</p><ul><li>O que mudou</li><li>Quem é afetado</li></ul><p>A decisão afeta sobretudo venezuelanos com dupla nacionalidade que voam através de Miami.</p>",
        lambda k: it(k, "Porque é que a Venezuela fechou o espaço aéreo a voos dos EUA?", w, ["Raquel Moreira"],
                     junk=["O que mudou", "militar O que"],
                     note="Title label 'Explicador.' may be kept or dropped"))

    w = d(2, 17, 33, 5)
    add(7012510, "2026/12/02/governo-aprova-envio-de-militares-para-mocambique", "Governo aprova envio de 60 militares para missão da UE em Moçambique", w,
        "Tiago Ferraz Lemos",
        "A missão de formação em Cabo Delgado é prolongada por dois anos.O ministro da Defesa disse que o contingente parte em fevereiro.",
        lambda k: it(k, "Governo aprova envio de 60 militares para missão da UE em Moçambique", w, ["Tiago Ferraz Lemos"],
                     junk=["anos.O"]))

    w = d(2, 11, 0, 0)
    add(7012250, "fotogaleria/as-imagens-do-dia-2-dezembro", "As imagens do dia", w, "O Vigia",
        "As fotografias que marcaram esta quarta-feira, em Portugal e no mundo.",
        lambda k: it(k, "As imagens do dia", w, [], story=False, rel=False, note="Photo gallery."), cat="Fotogalerias")

    w = d(2, 22, 5, 0)
    add(7012601, "2026/12/02/benfica-vence-e-segue-na-liga-dos-campeoes", "Benfica vence em Atenas e segue na Liga dos Campeões", w,
        "Nuno Vilar Pestana",
        "Um golo aos 88 minutos garante a passagem à fase seguinte.",
        lambda k: it(k, "Benfica vence em Atenas e segue na Liga dos Campeões", w, ["Nuno Vilar Pestana"], rel=False), cat="Desporto")

    w = d(2, 7, 0, 0)
    add(7012011, "opiniao/a-europa-precisa-de-uma-doutrina-para-o-atlantico", "A Europa precisa de uma doutrina para o Atlântico", w,
        "Inês Calado Rebelo",
        "Portugal tem a maior zona económica exclusiva da União e nenhuma estratégia para a defender. Está na hora de mudar isso.",
        lambda k: it(k, "A Europa precisa de uma doutrina para o Atlântico", w, ["Inês Calado Rebelo"]), cat="Opinião")

    channel = (
        "<title>O Vigia</title><link>https://ovigia.pt</link>"
        "<description>Jornal online generalista, com notícias e opinião</description><language>pt-PT</language>"
        "<copyright>Vigia On Time, S.A.</copyright>"
        f"<lastBuildDate>{rfc822(d(2, 22, 6, 0))}</lastBuildDate>")
    text = rss(channel, rows, ns=NS_DC, decl="UTF-8", sep="")
    return feed("pt_pt_ovigia_mundo.rss.xml", text, items, lang="pt", outlet="O Vigia",
                aliases=["Vigia", "ovigia.pt"],
                structure="Observador-style RSS (observador.pt/feed): single line, channel titled with the bare outlet name, CDATA dc:creator holding names, 'Agência Lusa' or the outlet itself, '?p=' non-permalink guids, CDATA descriptions (an 'Explicador.' with a <ul> of questions and a standfirst without stop; one glued 'anos.O'), 'Ao minuto.' live blog, 'As imagens do dia' gallery, 'Opinião' category with the columnist only in dc:creator, +0000 dates, 'S.A.' copyright",
                notes="'Agência Lusa' and the outlet's own credit 'O Vigia' are not people.")


# ---------------------------------------------------------------- UOL-style (Brazil, ISO-8859-1)
def aratu():
    """UOL-style portal RSS in ISO-8859-1 (declared): CDATA titles and descriptions with a
    leading <img>, credit lines 'Do Portal Aratu, em Brasília' / 'Da Reuters, em …' first,
    '(Com AFP)' last, Portuguese day/month names, -0300."""
    rows, items = [], []

    def add(path, title, when, desc, exp):
        url = f"https://noticias.portalaratu.com.br/internacional/{path}.htm"
        rows.append(
            "<item>\r\n"
            f"<title>{cdata(title)}</title>\r\n"
            f"<link>{url}</link>\r\n"
            f"<description>{cdata(desc)}</description>\r\n"
            f"<pubDate>{rfc822(when, 'pt')}</pubDate>\r\n"
            "</item>")
        items.append(exp(url))

    img = "<img src='https://conteudo.imguol-aratu.com.br/c/noticias/{0}.jpg' align='left' width='142' height='100' border='0' />"

    w = d(2, 17, 20, 0, -3)
    add("ultimas-noticias/reuters/2026/12/02/paraguai-e-bolivia-assinam-acordo-de-gas", "Paraguai e Bolívia assinam acordo de gás e energia", w,
        img.format("a1") + "Da Reuters, em Assunção<br/>Paraguai e Bolívia assinaram nesta quarta-feira um acordo para a construção de um gasoduto de 530 km ligando os dois países.",
        lambda k: it(k, "Paraguai e Bolívia assinam acordo de gás e energia", w, [], junk=["Da Reuters, em Assunção"]))

    w = d(2, 14, 2, 0, -3)
    add("ultimas-noticias/redacao/2026/12/02/eua-ampliam-tarifas-aco-brasileiro-itamaraty", "EUA ampliam tarifas sobre aço brasileiro; Itamaraty reage", w,
        img.format("a2") + "Do Portal Aratu, em Brasília<br/>O governo brasileiro disse que vai recorrer à OMC. \"Não há justificativa técnica nem jurídica para essa medida\", disse Ana Beatriz Lacerda, porta-voz do Itamaraty.",
        lambda k: it(k, "EUA ampliam tarifas sobre aço brasileiro; Itamaraty reage", w, [],
                     junk=["Do Portal Aratu, em Brasília"], quotes=[q("Ana Beatriz Lacerda", "Itamaraty")]))

    w = d(2, 12, 0, 0, -3)
    add("album/2026/12/02/veja-fotos-da-erupcao-na-islandia", "Veja fotos da nova erupção vulcânica na Islândia", w,
        img.format("a3") + "Lava atingiu uma estrada perto de Grindavík.",
        lambda k: it(k, "Veja fotos da nova erupção vulcânica na Islândia", w, [], story=False, rel=True, note="Photo gallery."))

    w = d(2, 10, 45, 0, -3)
    add("videos/2026/12/02/video-mostra-protesto-em-lima", "Vídeo mostra confronto entre manifestantes e polícia em Lima", w,
        img.format("a4") + "Protestos contra o Congresso peruano entram no quinto dia.",
        lambda k: it(k, "Vídeo mostra confronto entre manifestantes e polícia em Lima", w, [], story=False, note="Video clip."))

    w = d(2, 19, 30, 0, -3)
    add("ultimas-noticias/redacao/2026/12/02/chile-vai-as-urnas-veja-o-que-esta-em-jogo", "Chile vai às urnas no domingo; veja o que está em jogo", w,
        img.format("a5") + "Colaboração para o Portal Aratu, em Santiago<br/>Renata Ibáñez e Tomás Alarcón disputam o segundo turno com propostas opostas para o lítio e a segurança pública. (Com AFP)",
        lambda k: it(k, "Chile vai às urnas no domingo; veja o que está em jogo", w, [],
                     junk=["Colaboração para o Portal Aratu", "(Com AFP)"]))

    w = d(2, 21, 5, 0, -3)
    add("ultimas-noticias/redacao/2026/12/02/mega-sena-acumula", "Mega-Sena acumula e prêmio vai a R$ 45 milhões", w,
        img.format("a6") + "Do Portal Aratu, em São Paulo<br/>Ninguém acertou as seis dezenas do concurso desta quarta-feira.",
        lambda k: it(k, "Mega-Sena acumula e prêmio vai a R$ 45 milhões", w, [], rel=False, junk=["Do Portal Aratu, em São Paulo"]))

    w = d(2, 16, 12, 0, -3)
    add("ultimas-noticias/afp/2026/12/02/onu-alerta-fome-kordofan-sudao", "Guerra no Sudão: ONU alerta para fome em Kordofan", w,
        img.format("a7") + "Da AFP, em Genebra<br/>A ONU alertou nesta quarta-feira para o risco de fome em duas cidades sitiadas de Kordofan.Segundo o Programa Mundial de Alimentos, 400 mil pessoas estão isoladas.",
        lambda k: it(k, "Guerra no Sudão: ONU alerta para fome em Kordofan", w, [],
                     junk=["Da AFP, em Genebra", "Kordofan.Segundo"]))

    channel = (
        "<title>Portal Aratu Notícias - Internacional</title>\r\n<link>https://noticias.portalaratu.com.br/internacional/</link>\r\n"
        "<description>Últimas notícias internacionais do Portal Aratu</description>\r\n<language>pt-br</language>\r\n"
        "<copyright>Copyright Aratu Internet Ltda.</copyright>\r\n"
        "<image><title>Portal Aratu Notícias</title><url>https://h.imguol-aratu.com.br/logo.gif</url><link>https://noticias.portalaratu.com.br</link></image>")
    text = rss(channel, rows, ns="", decl="ISO-8859-1", sep="\r\n")
    return feed("pt_br_portalaratu_internacional_latin1.rss.xml", text, items, lang="pt", outlet="Portal Aratu",
                aliases=["Portal Aratu Notícias"], encoding="latin-1",
                ctype="text/xml; charset=ISO-8859-1", declared="iso-8859-1",
                structure="UOL-style portal RSS (rss.uol.com.br/feed/…): ISO-8859-1 declared in prolog and header, CRLF line ends, no guids (links are the ids), CDATA titles and descriptions opening with <img align='left' …> and a credit line ('Da Reuters, em Assunção', 'Do Portal Aratu, em Brasília', 'Colaboração para o Portal Aratu, em Santiago') before <br/>, '(Com AFP)' at the end, Portuguese day and month names in pubDate ('qua, 02 dez 2026 17:20:00 -0300'), 'Veja fotos' gallery and 'Vídeo mostra' clip, 'Ltda.' copyright",
                notes="Credit lines name the newsroom or agency and a city, never a person: authors are empty.")


FEEDS = [kompass, rundblick, rfs, agn, mercurio, vigia, aratu]
