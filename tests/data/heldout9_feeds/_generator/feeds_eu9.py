# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu desks of the ninth held-out set: a German newspaper
network (RND-style), a German news channel (n-tv-style with '+++' ticker titles), a Milan daily
(Il Giornale-style WordPress), an Italian satellite news channel (Sky TG24-style), a São Paulo
daily (Estadão-style Arc XP), a Lisbon public broadcaster (RTP-style) and an Urdu TV channel's
WordPress site (ARY-style). All outlets, people and quotations are invented."""
import zlib

from g9 import d, item
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, cdata, esc, feed, it, q, rfc822, rss


# ---------------------------------------------------------------- RND-style
def nnd():
    """RND-style RSS: dc:creator names or 'NND/dpa', 'NND/AFP'; media:content with copyright in
    media:credit; +0100 dates."""
    rows, items = [], []
    site = "https://www.nnd.de"

    def add(path, aid, title, when, creator, desc, exp):
        url = f"{site}/politik/ausland/{path}-{aid}.html"
        pairs = [("title", esc(title)), ("link", url), ("description", esc(desc)), ("pubDate", rfc822(when)),
                 ("guid", url), ("dc:creator", esc(creator)),
                 (f'media:content url="https://www.nnd.de/resizer/v2/{aid}.jpg?auth=ab12&amp;width=1200" type="image/jpeg" medium="image"',
                  "<media:credit>Quelle: IMAGO/Bildagentur</media:credit>")]
        rows.append(item(pairs, sep="\n      "))
        items.append(exp(url))

    w = d(4, 17, 12, 0, 1)
    add("moldau-transnistrien-gasstreit", "XK4P7Q2MZ5BHDNJ3", "Gasstreit: Moldau wirft Russland Erpressung vor", w, "NND/dpa",
        "Die Regierung in Chișinău spricht von einer „gezielten Destabilisierung“. Ministerpräsidentin Ilinca Rotaru sagte am Donnerstag: „Wir lassen uns nicht frieren, um gefügig zu werden.“",
        lambda k: it(k, "Moldau wirft Russland Erpressung vor", w, [], quotes=[q("Ilinca Rotaru", "Ministerpräsidentin")],
                     note="'NND/dpa' is the network with an agency, not a person. Title label 'Gasstreit:' may be kept or dropped"))
    w = d(4, 15, 40, 0, 1)
    add("wadephul-reise-china-menschenrechte", "R2HV6WQ9ETKCSLM4", "Außenministerin in Peking: Heikle Gespräche über Handel und Menschenrechte", w, "Tilman Hasselbrink",
        "Zum ersten Mal seit zwei Jahren reist eine deutsche Außenministerin nach China. Es geht um Exportkontrollen, seltene Erden – und um Taiwan.",
        lambda k: it(k, "Außenministerin in Peking: Heikle Gespräche über Handel und Menschenrechte", w, ["Tilman Hasselbrink"]))
    w = d(4, 13, 5, 0, 1)
    add("usa-zollstreit-eu-stahl", "BG7J3N5KQ1WVZXC8", "Neue US-Zölle auf Stahl: EU-Kommission kündigt Gegenmaßnahmen an", w, "Marlene Quast, Lennart Vogelsang",
        "Brüssel will binnen zwei Wochen reagieren. Handelskommissar Joris Verbeke sprach von einem „Schlag gegen die transatlantische Partnerschaft“.",
        lambda k: it(k, "Neue US-Zölle auf Stahl: EU-Kommission kündigt Gegenmaßnahmen an", w, ["Marlene Quast", "Lennart Vogelsang"],
                     quotes=[q("Joris Verbeke", "EU-Kommission")]))
    w = d(4, 11, 30, 0, 1)
    add("weihnachtsmaerkte-sicherheit-polizei", "PL5T8D2RWN4HCY6E", "Weihnachtsmärkte: Polizei erhöht Präsenz in mehreren Bundesländern", w, "NND/epd",
        "Die Innenminister rechnen mit einer abstrakt hohen Gefährdungslage.",
        lambda k: it(k, "Polizei erhöht Präsenz in mehreren Bundesländern", w, [], rel=False, note="German domestic security; 'NND/epd' is not a person. Title label 'Weihnachtsmärkte:' may be kept or dropped"))
    w = d(4, 9, 50, 0, 1)
    add("newsletter-hauptstadt-radar", "NW9K2M7DQ4XBFJ1A", "Hauptstadt-Radar: Der Newsletter aus Berlin – jetzt abonnieren", w, "NND",
        "Jeden Dienstag und Donnerstag die wichtigsten Einblicke aus dem Regierungsviertel. Hier kostenlos anmelden.",
        lambda k: it(k, "Hauptstadt-Radar: Der Newsletter aus Berlin – jetzt abonnieren", w, [], story=False, rel=False, junk=["anmelden"], note="Newsletter promotion"))
    w = d(4, 7, 15, 0, 1)
    add("israel-westjordanland-siedlungen-kritik", "VS3C8H1LZ6QMRTY2", "Westjordanland: Bundesregierung kritisiert neue Siedlungspläne", w, "NND/AFP",
        "Ein Sprecher des Auswärtigen Amts nannte die Pläne „völkerrechtswidrig“. Israel hatte am Mittwoch 3000 neue Wohneinheiten genehmigt.",
        lambda k: it(k, "Bundesregierung kritisiert neue Siedlungspläne", w, [], note="'NND/AFP' is not a person. Title label 'Westjordanland:' may be kept or dropped"))
    channel = (f"\n    <title>Ausland - NND</title>\n    <link>{site}/politik/ausland/</link>\n    <description>Aktuelle Nachrichten und Hintergründe aus aller Welt – NND NachrichtenNetz Deutschland</description>\n"
               f"    <language>de</language>\n    <copyright>NachrichtenNetz Deutschland GmbH &amp; Co. KG</copyright>\n    <lastBuildDate>{rfc822(d(4, 17, 15, 0, 1))}</lastBuildDate>")
    text = rss(channel, rows, ns=NS_DC + NS_MEDIA + NS_ATOM, decl="UTF-8")
    return feed("de_nnd_ausland.rss.xml", text, items, lang="de", outlet="NND", aliases=["NachrichtenNetz Deutschland", "NND NachrichtenNetz Deutschland"],
                structure="RND-style newspaper-network RSS: channel 'Ausland - Outlet' with the long name only in the description, links ending in a 16-character upper-case Arc id, guid = link, dc:creator after guid holding names ('A, B' in one element) or 'NND/dpa', 'NND/AFP', 'NND/epd', 'NND', media:content with 'Quelle: IMAGO/…' media:credit, German „…“ quotes, 'Stichwort:' headlines, domestic and newsletter items, +0100 dates, 'GmbH & Co. KG' copyright",
                notes="'NND/<agency>' credits are not people.")


# ---------------------------------------------------------------- n-tv-style
def ktv():
    """n-tv-style RSS: '+++ HH:MM Title +++' ticker items, escaped <img> at the start of the
    description, enclosure images, <category>, +0100 dates, no authors."""
    rows, items = [], []
    site = "https://www.k-tv.de"

    def add(path, aid, title_raw, when, cat, desc, exp):
        url = f"{site}/{path}-article{aid}.html"
        pairs = [("title", esc(title_raw)), ("link", url),
                 ("description", esc(f'<img src="https://bilder1.k-tv.de/img/incoming/crop{aid}/3671324917-cImg_16_9-w250/bild.jpg" align="left" hspace="5" />{desc}')),
                 ("pubDate", rfc822(when)), ("category", esc(cat)), ("guid", url),
                 (f'enclosure url="https://bilder1.k-tv.de/img/incoming/crop{aid}/bild.jpg" length="0" type="image/jpeg"', None)]
        rows.append(item(pairs, sep="\n"))
        items.append(exp(url))

    w = d(4, 18, 2, 0, 1)
    add("politik/18-02-Ukraine-meldet-Angriff-auf-Umspannwerk", 26112094, "+++ 18:02 Ukraine meldet Angriff auf Umspannwerk bei Charkiw +++", w, "Politik",
        "Alle Entwicklungen im Liveticker",
        lambda k: it(k, "Ukraine meldet Angriff auf Umspannwerk bei Charkiw", w, [], story=False, junk=["<img", "Liveticker"],
                     note="One entry of a live ticker (the '+++ HH:MM … +++' form); a live page, not a story. Title label '+++ 18:02' may be kept or dropped"))
    w = d(4, 17, 20, 0, 1)
    add("politik/Georgiens-Regierung-laesst-Demonstranten-festnehmen", 26112001, "Georgiens Regierung lässt Hunderte Demonstranten festnehmen", w, "Politik",
        "In Tiflis gehen Sicherheitskräfte mit Wasserwerfern gegen Protestierende vor. Die EU-Vertretung spricht von „unverhältnismäßiger Gewalt“.",
        lambda k: it(k, "Georgiens Regierung lässt Hunderte Demonstranten festnehmen", w, [], junk=["<img"]))
    w = d(4, 15, 55, 0, 1)
    add("politik/Trump-droht-Kolumbien-mit-Strafzoellen", 26111876, "US-Präsident droht Kolumbien mit Strafzöllen", w, "Politik",
        "Washington verlangt von Bogotá, mehr abgeschobene Migranten aufzunehmen. Kolumbiens Außenministerin Paula Restrepo Guzmán sagt: „Wir sind kein Hinterhof.“",
        lambda k: it(k, "US-Präsident droht Kolumbien mit Strafzöllen", w, [], junk=["<img"], quotes=[q("Paula Restrepo Guzmán", "Außenministerin")]))
    w = d(4, 14, 10, 0, 1)
    add("wirtschaft/DAX-schliesst-im-Plus", 26111790, "DAX schließt im Plus – Autowerte gefragt", w, "Wirtschaft",
        "Der deutsche Leitindex legt um 0,7 Prozent zu.",
        lambda k: it(k, "DAX schließt im Plus – Autowerte gefragt", w, [], rel=False, junk=["<img"]))
    w = d(4, 12, 30, 0, 1)
    add("mediathek/videos/politik/Wie-gefaehrlich-ist-Chinas-neue-Flotte", 26111655, "Wie gefährlich ist Chinas neue Flotte? Militärexperte ordnet ein", w, "Mediathek",
        "Video",
        lambda k: it(k, "Wie gefährlich ist Chinas neue Flotte? Militärexperte ordnet ein", w, [], story=False, junk=["<img"], note="Video in the media library"))
    w = d(4, 10, 45, 0, 1)
    add("politik/Frankreich-Premier-stellt-Vertrauensfrage", 26111540, "Frankreichs Premier stellt Vertrauensfrage im Haushaltsstreit", w, "Politik",
        "Der Regierungschef setzt alles auf eine Karte. Scheitert er, droht Frankreich die nächste Regierungskrise.",
        lambda k: it(k, "Frankreichs Premier stellt Vertrauensfrage im Haushaltsstreit", w, [], junk=["<img"]))
    channel = (f"\n<title>k-tv.de - Nachrichten</title>\n<link>{site}</link>\n<description>k-tv.de - Nachrichten seriös, schnell und kompetent. Artikel und Videos aus Politik, Wirtschaft, Börse, Sport und News aus aller Welt.</description>\n"
               f"<language>de</language>\n<copyright>k-tv Nachrichtenfernsehen GmbH</copyright>\n<pubDate>{rfc822(d(4, 18, 5, 0, 1))}</pubDate>")
    text = rss(channel, rows, ns=NS_CONTENT, decl="utf-8")
    return feed("de_ktv_nachrichten.rss.xml", text, items, lang="de", outlet="k-tv", aliases=["k-tv.de"],
                structure="n-tv.de-style news channel RSS: channel 'Outlet.de - Nachrichten' with a long tagline, links '…-article<id>.html', escaped descriptions opening with <img align=\"left\" hspace=\"5\" />, live-ticker entries titled '+++ 18:02 … +++', a media-library video whose description is just 'Video', DAX item, <category>, enclosure jpg with length 0, no authors, +0100 dates, 'Nachrichtenfernsehen GmbH' copyright",
                notes="No bylines: authors empty.")


# ---------------------------------------------------------------- Il Giornale-style WordPress
def cronista():
    """Il Giornale-style WordPress: CDATA dc:creator, description with 'L'articolo … proviene da …'
    tail, '?p=' guids, +0000 dates, content:encoded with full text."""
    rows, items = [], []
    site = "https://www.ilcronista.it"

    def add(pid, path, title, when, creator, cats, desc, body, exp):
        url = f"{site}/{path}.html"
        tail = f'<p>L&#8217;articolo <a href="{url}">{esc(title)}</a> proviene da <a href="{site}">il Cronista</a>.</p>'
        pairs = [("title", esc(title)), ("link", url), ("dc:creator", cdata(creator)), ("pubDate", rfc822(when))]
        pairs += [("category", cdata(c)) for c in cats]
        pairs += [('guid isPermaLink="false"', f"{site}/?p={pid}"), ("description", cdata(desc + " [&#8230;]" + tail)),
                  ("content:encoded", cdata(body + tail))]
        rows.append(item(pairs, sep="\n\t\t"))
        items.append(exp(f"{site}/?p={pid}"))

    w = d(4, 16, 30, 0, 0)
    add(2401933, "esteri/erdogan-siria-curdi-offensiva-2401933", "Turchia, nuova offensiva contro i curdi in Siria. Ankara: &#8220;Difendiamo i nostri confini&#8221;".replace("&#8220;", "“").replace("&#8221;", "”"), w,
        "Federica Montanaro", ["Esteri"],
        "Raid dell&#8217;aviazione turca nel nord-est siriano",
        "<p>Raid dell&#8217;aviazione turca nel nord-est siriano. &#8220;Difendiamo i nostri confini da chi minaccia la nostra sicurezza&#8221;, ha dichiarato il ministro della Difesa turco, Selim Karabulut.</p>",
        lambda k: it(k, "Turchia, nuova offensiva contro i curdi in Siria. Ankara: “Difendiamo i nostri confini”", w, ["Federica Montanaro"],
                     junk=["proviene da", "[…]"], quotes=[q("Selim Karabulut", "ministro della Difesa")]))
    w = d(4, 14, 50, 0, 0)
    add(2401870, "esteri/usa-cina-dazi-tregua-2401870", "Usa-Cina, la tregua sui dazi vacilla: cosa succede ora", w,
        "Redazione", ["Esteri", "Economia"],
        "Washington minaccia nuove tariffe sui semiconduttori",
        "<p>Washington minaccia nuove tariffe sui semiconduttori e Pechino risponde con lo stop all&#8217;export di terre rare.</p>",
        lambda k: it(k, "Usa-Cina, la tregua sui dazi vacilla: cosa succede ora", w, [], junk=["proviene da"], note="'Redazione' is the newsroom, not a person"))
    w = d(4, 12, 15, 0, 0)
    add(2401822, "politica/manovra-senato-fiducia-2401822", "Manovra, il governo pone la fiducia al Senato", w,
        "Pierfrancesco Lodi", ["Politica"],
        "Il voto finale è atteso per martedì",
        "<p>Il voto finale è atteso per martedì.</p>",
        lambda k: it(k, "Manovra, il governo pone la fiducia al Senato", w, ["Pierfrancesco Lodi"], rel=False, junk=["proviene da"], note="Italian budget politics"))
    w = d(4, 10, 40, 0, 0)
    add(2401790, "esteri/ucraina-kiev-mosca-scambio-prigionieri-2401790", "Kiev e Mosca, maxi scambio di prigionieri mediato dagli Emirati", w,
        "Gian Marco Foresti", ["Esteri"],
        "Rilasciati 300 soldati per parte",
        "<p>Rilasciati 300 soldati per parte. &#171;È un passo umanitario, non ancora politico&#187;, ha spiegato Oleh Prysiazhniuk, commissario ucraino per i diritti umani.</p>",
        lambda k: it(k, "Kiev e Mosca, maxi scambio di prigionieri mediato dagli Emirati", w, ["Gian Marco Foresti"], junk=["proviene da"],
                     quotes=[q("Oleh Prysiazhniuk", "commissario ucraino per i diritti umani")]))
    w = d(4, 9, 0, 0, 0)
    add(2401751, "cultura/prima-della-scala-ospiti-2401751", "Prima della Scala, ecco gli ospiti attesi in platea", w,
        "Costanza Bellerio", ["Cultura", "Milano"],
        "Il 7 dicembre va in scena l&#8217;opera inaugurale",
        "<p>Il 7 dicembre va in scena l&#8217;opera inaugurale.</p>",
        lambda k: it(k, "Prima della Scala, ecco gli ospiti attesi in platea", w, ["Costanza Bellerio"], rel=False, junk=["proviene da"]))
    w = d(4, 7, 20, 0, 0)
    add(2401730, "esteri/venezuela-opposizione-elezioni-onu-2401730", "Venezuela, l&#8217;Onu chiede il rilascio dei leader dell&#8217;opposizione".replace("&#8217;", "’"), w,
        "Redazione Esteri", ["Esteri"],
        "L&#8217;Alto commissariato per i diritti umani denuncia arresti arbitrari",
        "<p>L&#8217;Alto commissariato per i diritti umani denuncia arresti arbitrari a Caracas.</p>",
        lambda k: it(k, "Venezuela, l’Onu chiede il rilascio dei leader dell’opposizione", w, [], junk=["proviene da"], note="'Redazione Esteri' is a desk"))
    channel = (f"\n\t<title>Esteri &#8211; il Cronista</title>\n\t<atom:link href=\"{site}/sezioni/esteri/feed\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{site}</link>\n"
               "\t<description>Quotidiano online di informazione</description>\n\t<lastBuildDate>Fri, 04 Dec 2026 16:35:02 +0000</lastBuildDate>\n\t<language>it-IT</language>\n\t<generator>https://wordpress.org/?v=6.7</generator>")
    text = rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM, decl="UTF-8")
    return feed("it_ilcronista_esteri.rss.xml", text, items, lang="it", outlet="il Cronista", aliases=["Il Cronista"],
                structure="Il Giornale-style WordPress section feed: tab indentation, channel 'Esteri &#8211; Outlet', CDATA dc:creator (names, 'Redazione', 'Redazione Esteri'), CDATA categories, '?p=' guids, numeric entities (&#8217; &#8220; &#171;) inside CDATA, description cut with ' [&#8230;]' followed by the WordPress 'L’articolo … proviene da …' tail (also at the end of content:encoded), «…» and “…” quotes with 'ha dichiarato il ministro …, Name', budget and culture items, +0000 dates, no copyright",
                notes="'Redazione' desks are not people.")


# ---------------------------------------------------------------- Sky TG24-style
def orbitatg():
    """Sky TG24-style RSS: LIVE blog titles, video items, <category>, enclosure image, +0100 dates."""
    rows, items = [], []
    site = "https://tg24.orbita.it"

    def add(path, title, when, cat, desc, exp):
        url = f"{site}/{path}"
        pairs = [("title", esc(title)), ("link", url), ("description", esc(desc)), ("pubDate", rfc822(when)),
                 ("category", esc(cat)), ("guid", url),
                 (f'enclosure url="https://static.orbita.it/editorialimages/{zlib.crc32(path.encode()):010d}.jpg" type="image/jpeg" length="1"', None)]
        rows.append(item(pairs, sep="\n  "))
        items.append(exp(url))

    w = d(4, 18, 10, 0, 1)
    add("mondo/live/2026/12/04/guerra-ucraina-russia-news-oggi", "Guerra Ucraina Russia, le news di oggi. LIVE", w, "Mondo",
        "Segui gli aggiornamenti in diretta",
        lambda k: it(k, "Guerra Ucraina Russia, le news di oggi. LIVE", w, [], story=False, note="Live blog"))
    w = d(4, 17, 25, 0, 1)
    add("mondo/2026/12/04/iran-aiea-ispettori-accordo", "Iran, accordo con l'Aiea: tornano gli ispettori a Natanz", w, "Mondo",
        "Il direttore dell'agenzia: \"Un passo importante per la trasparenza\". Teheran chiede in cambio l'allentamento delle sanzioni",
        lambda k: it(k, "Iran, accordo con l'Aiea: tornano gli ispettori a Natanz", w, []))
    w = d(4, 16, 0, 0, 1)
    add("video/mondo/2026/12/04/gaza-convoglio-aiuti-video-1098223", "Gaza, il convoglio di aiuti entra da Kerem Shalom. VIDEO", w, "Mondo",
        "Le immagini dei camion al valico",
        lambda k: it(k, "Gaza, il convoglio di aiuti entra da Kerem Shalom", w, [], story=False, note="Video. The '. VIDEO' suffix is a format marker"))
    w = d(4, 14, 35, 0, 1)
    add("mondo/2026/12/04/ue-migranti-patto-albania-corte", "Migranti, la Corte Ue boccia i centri in Albania. Il governo: \"Andiamo avanti\"", w, "Mondo",
        "Secondo i giudici di Lussemburgo i paesi terzi devono essere sicuri per tutti. Il ministro dell'Interno Gualtiero Sparano: \"Rispettiamo la sentenza ma il progetto non si ferma\"",
        lambda k: it(k, "Migranti, la Corte Ue boccia i centri in Albania. Il governo: \"Andiamo avanti\"", w, [], quotes=[q("Gualtiero Sparano", "ministro dell'Interno")]))
    w = d(4, 12, 50, 0, 1)
    add("sport/calcio/2026/12/04/serie-a-inter-napoli-probabili-formazioni", "Inter-Napoli, le probabili formazioni del big match", w, "Sport",
        "Le scelte degli allenatori per la sfida di San Siro",
        lambda k: it(k, "Inter-Napoli, le probabili formazioni del big match", w, [], rel=False))
    w = d(4, 11, 5, 0, 1)
    add("mondo/2026/12/04/corea-del-sud-presidente-legge-marziale-processo", "Corea del Sud, l'ex presidente condannato per la legge marziale", w, "Mondo",
        "La Corte di Seul ha inflitto 20 anni. Migliaia in piazza davanti al tribunale",
        lambda k: it(k, "Corea del Sud, l'ex presidente condannato per la legge marziale", w, []))
    channel = (f"\n  <title>Orbita TG24 - Mondo</title>\n  <link>{site}/mondo</link>\n  <description>Le ultime notizie dal mondo su Orbita TG24</description>\n"
               f"  <language>it-IT</language>\n  <copyright>Orbita Italia S.r.l.</copyright>\n  <lastBuildDate>{rfc822(d(4, 18, 12, 0, 1))}</lastBuildDate>")
    text = rss(channel, rows, decl="UTF-8")
    return feed("it_orbitatg24_mondo.rss.xml", text, items, lang="it", outlet="Orbita TG24", aliases=["Orbita"],
                structure="Sky TG24-style satellite news channel RSS: channel 'Outlet - Mondo', dated '/mondo/YYYY/MM/DD/slug' links as guids, '. LIVE' live blog and '. VIDEO' video title suffixes, plain descriptions without final stop and with ASCII double quotes, football item, <category>, enclosure jpg with length 1, no authors, +0100 dates, 'S.r.l.' copyright",
                notes="No bylines: authors empty.")


# ---------------------------------------------------------------- Estadão-style
def planalto():
    """Estadão-style Arc XP RSS: dc:creator names or 'Planalto Conteúdo'; content:encoded;
    'Análise:' label; syndicated NYT-like credit; -0300 dates."""
    rows, items = [], []
    site = "https://www.oplanalto.com.br"

    def add(path, title, when, creators, desc, body, exp):
        url = f"{site}/internacional/{path}/"
        pairs = [("title", cdata(title)), ("link", url), ('guid isPermaLink="true"', url)]
        pairs += [("dc:creator", cdata(c)) for c in creators]
        pairs += [("description", cdata(desc)), ("pubDate", rfc822(when)), ("content:encoded", cdata(body))]
        rows.append(item(pairs, sep="\n"))
        items.append(exp(url))

    w = d(4, 18, 40, 0, -3)
    add("argentina-brasil-acordo-gas-vaca-muerta", "Brasil e Argentina assinam acordo para importação de gás de Vaca Muerta", w, ["Renata Albuquerque"],
        "Gasoduto deve começar a operar em 2028, segundo o Itamaraty",
        "<p>BRASÍLIA - O Brasil e a Argentina assinaram nesta quinta-feira, 4, um acordo para a importação de gás. “É um marco da integração sul-americana”, disse o chanceler Otávio Brandão Lins.</p><p><strong>Leia também</strong></p><ul><li><a href=\"https://www.oplanalto.com.br/economia/\">Petrobras anuncia novo leilão</a></li></ul>",
        lambda k: it(k, "Brasil e Argentina assinam acordo para importação de gás de Vaca Muerta", w, ["Renata Albuquerque"], junk=["Leia também", "Petrobras anuncia"],
                     quotes=[q("Otávio Brandão Lins", "chanceler")]))
    w = d(4, 16, 15, 0, -3)
    add("eua-venezuela-sancoes-petroleo", "EUA ampliam sanções ao petróleo venezuelano; Caracas fala em ‘agressão’", w, ["Planalto Conteúdo"],
        "Medida atinge empresas de navegação de três países",
        "<p>WASHINGTON - O Departamento do Tesouro anunciou novas sanções. <em>Com informações da Reuters e da AFP.</em></p>",
        lambda k: it(k, "EUA ampliam sanções ao petróleo venezuelano; Caracas fala em ‘agressão’", w, [], junk=["Com informações da"], note="'Planalto Conteúdo' is the outlet's agency"))
    w = d(4, 14, 0, 0, -3)
    add("analise-europa-extrema-direita-governo", "Análise: Por que a extrema direita europeia deixou de temer o poder", w, ["Joaquim Veloso Prates"],
        "Partidos que antes pregavam a saída da UE agora disputam cargos em Bruxelas",
        "<p>Durante anos, a extrema direita europeia viveu da oposição.</p><p><em>Joaquim Veloso Prates é professor de Relações Internacionais e colunista do Planalto.</em></p>",
        lambda k: it(k, "Por que a extrema direita europeia deixou de temer o poder", w, ["Joaquim Veloso Prates"], junk=["é professor de"],
                     note="Analysis. Title label 'Análise:' may be kept or dropped"))
    w = d(4, 11, 50, 0, -3)
    add("japao-primeira-ministra-china-crise-diplomatica", "Crise entre Japão e China se agrava após declarações sobre Taiwan", w, ["Kenji Morrow", "The New York Times"],
        "Pequim convocou o embaixador japonês pela segunda vez em uma semana",
        "<p>TÓQUIO - A crise diplomática entre Japão e China se agravou. “Não aceitaremos interferência”, afirmou a porta-voz da chancelaria chinesa, Lin Xiaoyue.</p><p><em>Tradução de Marina Teixeira</em></p>",
        lambda k: it(k, "Crise entre Japão e China se agrava após declarações sobre Taiwan", w, ["Kenji Morrow"], junk=["Tradução de"],
                     quotes=[q("Lin Xiaoyue", "chancelaria chinesa")], note="'The New York Times' is the syndicating paper, not a person; the translator is not an author. [\"Kenji Morrow\", \"Marina Teixeira\"] is also correct"))
    w = d(4, 9, 30, 0, -3)
    add("loterias-mega-sena-resultado-concurso", "Mega-Sena acumula e prêmio vai a R$ 85 milhões", w, ["Planalto Conteúdo"],
        "Veja os números sorteados",
        "<p>Ninguém acertou as seis dezenas.</p>",
        lambda k: it(k, "Mega-Sena acumula e prêmio vai a R$ 85 milhões", w, [], story=False, rel=False, note="Lottery results service item, filed under the wrong section"))
    w = d(4, 7, 5, 0, -3)
    add("cop-clima-financiamento-paises-pobres", "Países ricos e pobres travam negociação sobre financiamento climático", w, ["Helena Casagrande", "Thiago Rocha Vilela"],
        "Diplomatas tentam fechar texto antes do prazo",
        "<p>NAIRÓBI - As negociações sobre financiamento climático travaram na madrugada. “Sem dinheiro não há transição”, disse a negociadora do Quênia, Wanjiru Otieno-Mbeki.</p>",
        lambda k: it(k, "Países ricos e pobres travam negociação sobre financiamento climático", w, ["Helena Casagrande", "Thiago Rocha Vilela"],
                     quotes=[q("Wanjiru Otieno-Mbeki", "Quênia")]))
    channel = (f"\n<title><![CDATA[Internacional - O Planalto]]></title>\n<link>{site}/internacional/</link>\n<atom:link href=\"{site}/arc/outboundfeeds/feeds/rss/sections/internacional/\" rel=\"self\" type=\"application/rss+xml\"/>\n"
               "<description><![CDATA[Notícias internacionais do Planalto]]></description>\n<lastBuildDate>Fri, 04 Dec 2026 21:45:00 +0000</lastBuildDate>\n<language>pt-BR</language>\n<ttl>1</ttl>")
    text = rss(channel, rows, ns=NS_ATOM + NS_CONTENT + NS_DC, decl="UTF-8")
    return feed("pt_br_oplanalto_internacional.rss.xml", text, items, lang="pt", outlet="O Planalto", aliases=["Planalto"],
                structure="Estadão-style Arc XP outbound RSS: CDATA channel 'Internacional - Outlet', permalink guids, several CDATA dc:creator including 'Planalto Conteúdo' (the house agency) and 'The New York Times' (syndication), CDATA deck descriptions, content:encoded opening 'CIDADE -' with ASCII hyphen, 'Leia também' related lists, italic 'Com informações da Reuters', translator and columnist tails, 'Análise:' label, lottery item, -0300 dates, no copyright",
                notes="'Planalto Conteúdo' and syndicating papers are not people.")


# ---------------------------------------------------------------- RTP-style
def rta():
    """RTP-style RSS: escaped description with <img> first, 'Nome - RTA', 'Lusa', 'Nome, Antena 1'
    in <author>, '+0000' dates, guid numeric."""
    rows, items = [], []
    site = "https://www.rta.pt"

    def add(nid, slug, title, when, author, desc, exp):
        url = f"{site}/noticias/mundo/{slug}_n{nid}"
        pairs = [("title", esc(title)), ("link", url),
                 ("description", esc(f'<img src="https://cdn-images.rta.pt/noticias/2026-12/img_{nid}.jpg?w=400" alt="" /><br/>{desc}')),
                 ("pubDate", rfc822(when)), ('guid isPermaLink="false"', f"n{nid}")]
        if author:
            pairs.append(("author", esc(author)))
        rows.append(item(pairs, sep="\n"))
        items.append(exp(f"n{nid}"))

    w = d(4, 19, 5, 0, 0)
    add(1704112, "mocambique-eleicoes-contestacao-maputo", "Moçambique. Oposição convoca nova jornada de protestos em Maputo", w, "Lusa",
        "O candidato derrotado exige a recontagem dos votos. \"Não vamos parar enquanto a verdade não for reposta\", afirmou o porta-voz do movimento, Ernesto Macuácua.",
        lambda k: it(k, "Oposição convoca nova jornada de protestos em Maputo", w, [], junk=["<img"], quotes=[q("Ernesto Macuácua", "porta-voz")],
                     note="'Lusa' is an agency. Title label 'Moçambique.' may be kept or dropped"))
    w = d(4, 17, 40, 0, 0)
    add(1704090, "ue-cimeira-defesa-portugal-posicao", "Cimeira europeia. Portugal aceita aumentar contribuição para defesa comum", w, "Inês Pimentel Garcia - RTA",
        "O primeiro-ministro disse em Bruxelas que o país cumprirá a meta até 2029.",
        lambda k: it(k, "Portugal aceita aumentar contribuição para defesa comum", w, ["Inês Pimentel Garcia"], junk=["<img"],
                     note="' - RTA' after the name is the outlet. Title label 'Cimeira europeia.' may be kept or dropped"))
    w = d(4, 15, 20, 0, 0)
    add(1704051, "brasil-lula-sucessao-sondagem", "Brasil. Sondagem dá empate técnico para presidenciais de 2026", w, "Duarte Vilaça, Antena 1",
        "Os dois principais candidatos surgem separados por dois pontos.",
        lambda k: it(k, "Sondagem dá empate técnico para presidenciais de 2026", w, ["Duarte Vilaça"], junk=["<img"], rel=False,
                     note="Election poll in Brazil: domestic politics abroad, not foreign policy. ', Antena 1' is the radio station. Title label 'Brasil.' may be kept or dropped"))
    w = d(4, 13, 0, 0, 0)
    add(1704022, "video-angola-luanda-cheias", "VÍDEO | Cheias deixam milhares de desalojados em Luanda", w, "",
        "Veja as imagens.",
        lambda k: it(k, "Cheias deixam milhares de desalojados em Luanda", w, [], story=False, rel=False, junk=["<img"], note="Video. Title label 'VÍDEO |' may be kept or dropped"))
    w = d(4, 11, 15, 0, 0)
    add(1703990, "siria-refugiados-regresso-acnur", "Síria. Um milhão de refugiados regressou desde a queda do regime, diz ACNUR", w, "Lusa",
        "A agência da ONU pede mais apoio internacional à reconstrução. \"O regresso não pode ser feito para escombros\", disse a representante Amal Haddad-Ferreira.",
        lambda k: it(k, "Um milhão de refugiados regressou desde a queda do regime, diz ACNUR", w, [], junk=["<img"],
                     quotes=[q("Amal Haddad-Ferreira", "ACNUR")], note="Title label 'Síria.' may be kept or dropped"))
    w = d(4, 9, 45, 0, 0)
    add(1703961, "euromilhoes-sorteio-chave", "Euromilhões. Conheça a chave do sorteio desta sexta-feira", w, "",
        "Jackpot de 97 milhões de euros.",
        lambda k: it(k, "Euromilhões. Conheça a chave do sorteio desta sexta-feira", w, [], story=False, rel=False, junk=["<img"]))
    channel = (f"\n<title>RTA Notícias - Mundo</title>\n<link>{site}/noticias/mundo</link>\n<description>Notícias do Mundo - RTA Notícias</description>\n"
               f"<language>pt-PT</language>\n<copyright>RTA - Rádio e Televisão Atlântica, S.A.</copyright>\n<pubDate>{rfc822(d(4, 19, 10, 0, 0))}</pubDate>")
    text = rss(channel, rows, decl="utf-8")
    return feed("pt_pt_rtanoticias_mundo.rss.xml", text, items, lang="pt", outlet="RTA Notícias", aliases=["RTA"],
                structure="RTP-style public broadcaster RSS: channel 'Outlet - Mundo', '…_n<id>' links with 'n<id>' non-permalink guids, 'País. Título' titles with a full-stop kicker, 'VÍDEO |' label, escaped descriptions opening with <img/><br/>, ASCII double quotes, <author> after pubDate holding 'Lusa', 'Name - RTA', 'Name, Antena 1' or nothing, lottery key item, +0000 dates, 'S.A.' copyright",
                notes="'Lusa' is an agency; ' - RTA' and ', Antena 1' are outlet credits.")


# ---------------------------------------------------------------- ARY-style Urdu WordPress
def sada():
    """ARY-style Urdu WordPress: CDATA dc:creator 'ویب ڈیسک' or names, CDATA descriptions with
    'پڑھنا جاری رکھیں' tail, Urdu categories, '?p=' guids, +0000 dates."""
    rows, items = [], []
    site = "https://urdu.sadanews.tv"

    def add(pid, slug, title, when, creator, cats, desc, exp):
        url = f"{site}/{slug}/"
        pairs = [("title", esc(title)), ("link", url), ("dc:creator", cdata(creator)), ("pubDate", rfc822(when))]
        pairs += [("category", cdata(c)) for c in cats]
        pairs += [('guid isPermaLink="false"', f"{site}/?p={pid}"),
                  ("description", cdata(f"<p>{desc}</p>\n<p><a href=\"{url}\" class=\"more-link\">پڑھنا جاری رکھیں</a></p>"))]
        rows.append(item(pairs, sep="\n\t\t"))
        items.append(exp(f"{site}/?p={pid}"))

    w = d(4, 14, 30, 0, 0)
    add(712450, "pakistan-afghanistan-torkham-talks", "پاک افغان سرحد: طورخم پر مذاکرات کا دوسرا دور بے نتیجہ ختم", w, "ویب ڈیسک", ["انٹرنیشنل", "پاکستان"],
        "اسلام آباد: پاکستان اور افغانستان کے درمیان طورخم سرحد کھولنے سے متعلق مذاکرات کا دوسرا دور بھی بے نتیجہ ختم ہو گیا۔ دفتر خارجہ کی ترجمان ثمینہ درانی نے کہا ”ہم بات چیت کے دروازے بند نہیں کریں گے“۔",
        lambda k: it(k, "پاک افغان سرحد: طورخم پر مذاکرات کا دوسرا دور بے نتیجہ ختم", w, [], junk=["پڑھنا جاری رکھیں"],
                     quotes=[q("ثمینہ درانی", "دفتر خارجہ")], note="'ویب ڈیسک' (web desk) is not a person"))
    w = d(4, 12, 45, 0, 0)
    add(712431, "iran-saudi-foreign-ministers-meeting", "ایران اور سعودی عرب کے وزرائے خارجہ کی ریاض میں ملاقات", w, "ویب ڈیسک", ["انٹرنیشنل"],
        "ریاض: ایران کے وزیر خارجہ نے سعودی ہم منصب سے ملاقات میں خطے کی صورتحال اور یمن میں جنگ بندی پر تبادلہ خیال کیا۔",
        lambda k: it(k, "ایران اور سعودی عرب کے وزرائے خارجہ کی ریاض میں ملاقات", w, [], junk=["پڑھنا جاری رکھیں"]))
    w = d(4, 11, 10, 0, 0)
    add(712402, "gold-price-pakistan-today", "سونے کی قیمت میں مزید اضافہ، فی تولہ نئی بلند ترین سطح پر", w, "کامرس ڈیسک", ["کاروبار"],
        "کراچی: صرافہ ایسوسی ایشن کے مطابق سونے کی فی تولہ قیمت میں 2500 روپے کا اضافہ ہوا۔",
        lambda k: it(k, "سونے کی قیمت میں مزید اضافہ، فی تولہ نئی بلند ترین سطح پر", w, [], rel=False, junk=["پڑھنا جاری رکھیں"], note="Gold price item; 'کامرس ڈیسک' is a desk"))
    w = d(4, 9, 35, 0, 0)
    add(712380, "un-security-council-kashmir-statement", "سلامتی کونسل میں کشمیر پر بریفنگ، پاکستانی مندوب کا خطاب", w, "عاصم ملک", ["انٹرنیشنل"],
        "نیویارک: اقوام متحدہ میں پاکستان کے مستقل مندوب فرحان قریشی نے کہا ”مسئلہ کشمیر کے حل کے بغیر خطے میں امن ممکن نہیں“۔",
        lambda k: it(k, "سلامتی کونسل میں کشمیر پر بریفنگ، پاکستانی مندوب کا خطاب", w, ["عاصم ملک"], junk=["پڑھنا جاری رکھیں"],
                     quotes=[q("فرحان قریشی", "اقوام متحدہ میں پاکستان کے مستقل مندوب")]))
    w = d(4, 8, 0, 0, 0)
    add(712355, "video-karachi-traffic-rain", "ویڈیو: کراچی میں بارش کے بعد ٹریفک جام", w, "ویب ڈیسک", ["ویڈیوز"],
        "<iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/q9XkLm2Pw0E\" frameborder=\"0\" allowfullscreen></iframe>",
        lambda k: it(k, "کراچی میں بارش کے بعد ٹریفک جام", w, [], story=False, rel=False, junk=["iframe", "پڑھنا جاری رکھیں"],
                     note="Embed-only video. Title label 'ویڈیو:' may be kept or dropped"))
    w = d(4, 6, 20, 0, 0)
    add(712330, "china-pakistan-cpec-second-phase", "چین کا سی پیک کے دوسرے مرحلے میں 5 ارب ڈالر سرمایہ کاری کا اعلان", w, "نمائندہ خصوصی", ["انٹرنیشنل", "کاروبار"],
        "بیجنگ: چینی وزارت خارجہ کے ترجمان نے کہا کہ پاکستان کے ساتھ اقتصادی راہداری کا دوسرا مرحلہ دونوں ملکوں کی دوستی کی علامت ہے۔",
        lambda k: it(k, "چین کا سی پیک کے دوسرے مرحلے میں 5 ارب ڈالر سرمایہ کاری کا اعلان", w, [], junk=["پڑھنا جاری رکھیں"],
                     note="'نمائندہ خصوصی' (special correspondent) is a role, not a name"))
    channel = (f"\n\t<title>انٹرنیشنل &#8211; Sada News Urdu</title>\n\t<atom:link href=\"{site}/category/international/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{site}</link>\n"
               "\t<description>تازہ ترین خبریں</description>\n\t<lastBuildDate>Fri, 04 Dec 2026 14:32:10 +0000</lastBuildDate>\n\t<language>ur</language>\n\t<generator>https://wordpress.org/?v=6.5.5</generator>")
    text = rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM, decl="UTF-8")
    return feed("ur_sadanews_international.rss.xml", text, items, lang="ur", outlet="Sada News Urdu", aliases=["Sada News", "صدا نیوز"],
                structure="ARY News Urdu-style WordPress category feed: channel 'انٹرنیشنل &#8211; Outlet Urdu' with a Latin outlet name, English slugs, CDATA dc:creator holding desks ('ویب ڈیسک', 'کامرس ڈیسک', 'نمائندہ خصوصی') or a name, Urdu CDATA categories, '?p=' guids, CDATA <p> descriptions opening 'شہر:' with ”…“ quotes and a 'پڑھنا جاری رکھیں' more-link, 'ویڈیو:' YouTube-iframe item, gold price item, +0000 dates, no copyright",
                notes="Desks and roles are not people.")


FEEDS = [nnd, ktv, cronista, orbitatg, planalto, rta, sada]
