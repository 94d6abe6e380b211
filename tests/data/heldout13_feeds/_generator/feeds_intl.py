# ruff: noqa: E501  (feed text is data: long lines are the content)
"""French, Spanish, German, Italian, Portuguese and Urdu feeds of the thirteenth held-out set.
All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, cdata, esc, it, q, rfc822, rss
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2026, 12, day, h, mi, s, off)


# ---------------------------------------------------------------- Le Monde-style
def vespral():
    rows, items = [], []

    def add(path, title, when, desc, credit, caption, exp):
        url = f"https://www.levespral.fr/international/{path}.html"
        rows.append(f"<item>\n      <title><![CDATA[{title}]]></title>\n      <pubDate>{rfc822(when)}</pubDate>\n      <description><![CDATA[{desc}]]></description>\n"
                    f"      <guid isPermaLink=\"true\">{url}</guid>\n      <link>{url}</link>\n"
                    f"      <media:content url=\"https://img.levespral.fr/{path[-12:]}/644/0/1440/720/664/0/75/0/a1b2c3_{path[-7:]}.jpg\" width=\"644\" height=\"322\">\n"
                    f"        <media:description type=\"plain\"><![CDATA[{caption}]]></media:description>\n        <media:credit scheme=\"urn:ebu\">{credit}</media:credit>\n      </media:content>\n    </item>")
        items.append(exp(url))

    w = d(4, 16, 2, 11, 1)
    add("article/2026/12/04/guerre-en-ukraine-kiev-et-moscou-s-accordent-sur-un-echange-de-prisonniers_6612345_3210", "Guerre en Ukraine : Kiev et Moscou s’accordent sur un échange de 300 prisonniers", w,
        "L’échange, négocié sous l’égide des Emirats arabes unis, doit avoir lieu « dans les prochains jours », selon la présidence ukrainienne.",
        "GLEB VARENKO / AFP", "Des soldats ukrainiens libérés lors d’un précédent échange, à la frontière biélorusse, le 14 octobre 2026.",
        lambda k: it(k, "Guerre en Ukraine : Kiev et Moscou s’accordent sur un échange de 300 prisonniers", w, junk=["GLEB VARENKO", "libérés lors d’un précédent échange"]))
    w = d(4, 14, 30, 0, 1)
    add("live/2026/12/04/en-direct-proche-orient-la-treve-a-gaza-fragilisee_6612330_3218", "En direct, Proche-Orient : la trêve à Gaza fragilisée après des frappes israéliennes à Khan Younès", w,
        "Retrouvez toutes les informations de la journée et les analyses de nos journalistes.",
        "BASHAR TALEB / AFP", "A Khan Younès, le 3 décembre 2026.",
        lambda k: it(k, "En direct, Proche-Orient : la trêve à Gaza fragilisée après des frappes israéliennes à Khan Younès", w, story=False, note="Live blog. Title label 'En direct,' may be kept or dropped"))
    w = d(4, 11, 0, 0, 1)
    add("article/2026/12/04/au-senegal-le-gouvernement-renegocie-ses-contrats-petroliers_6612290_3212", "Au Sénégal, le gouvernement renégocie ses contrats pétroliers", w,
        "Dakar veut obtenir une part plus importante des revenus du gisement offshore de Sangomar, au risque d’effrayer les investisseurs. Par notre correspondante à Dakar, Aminata Ndiaye.",
        "SEYLLOU DIALLO / AFP", "La plateforme pétrolière de Sangomar, au large du Sénégal, en juin 2024.",
        lambda k: it(k, "Au Sénégal, le gouvernement renégocie ses contrats pétroliers", w, ["Aminata Ndiaye"], junk=["SEYLLOU DIALLO"],
                     note="Byline only inside the teaser ('Par notre correspondante à Dakar, X'). [] is also correct"))
    w = d(4, 9, 15, 0, 1)
    add("article/2026/12/04/l-union-europeenne-face-au-retour-du-protectionnisme-americain_6612250_3232", "« L’Union européenne doit cesser de croire que Washington reviendra à la raison commerciale »", w,
        "TRIBUNE. L’économiste Bastien Lorrain estime, dans une tribune au « Vespral », que l’Europe doit bâtir sa propre politique industrielle sans attendre un changement de cap américain.",
        "JULIEN MERCIER / HANS LUCAS", "Au port d’Anvers, le 2 novembre 2026.",
        lambda k: it(k, "« L’Union européenne doit cesser de croire que Washington reviendra à la raison commerciale »", w, ["Bastien Lorrain"], junk=["JULIEN MERCIER"],
                     note="Opinion piece (tribune); author named only in the teaser. [] is also correct"))
    w = d(4, 7, 5, 0, 1)
    add("article/2026/12/04/bresil-les-pluies-torrentielles-font-douze-morts-dans-le-minas-gerais_6612201_3222", "Brésil : des pluies torrentielles font douze morts dans le Minas Gerais", w,
        "Plusieurs glissements de terrain ont touché la région de Belo Horizonte, où l’état d’urgence a été déclaré.",
        "DOUGLAS MAGNO / AFP", "A Belo Horizonte, le 3 décembre 2026.",
        lambda k: it(k, "Brésil : des pluies torrentielles font douze morts dans le Minas Gerais", w, note="Deadly natural disaster abroad, emergency declared: relevant (rule D)."))
    w = d(3, 20, 0, 0, 1)
    add("video/2026/12/03/comment-la-chine-a-construit-la-plus-grande-flotte-de-peche-du-monde_6612150_3210", "Comment la Chine a construit la plus grande flotte de pêche du monde", w,
        "Vidéo. Subventions, navires sous pavillon de complaisance, accords d’accès : nous avons enquêté sur l’expansion de la pêche chinoise en haute mer.",
        "LE VESPRAL", "Capture d’écran de la vidéo.",
        lambda k: it(k, "Comment la Chine a construit la plus grande flotte de pêche du monde", w, story=False, note="Video."))
    w = d(3, 18, 40, 0, 1)
    add("article/2026/12/03/en-iran-la-monnaie-s-effondre-apres-le-retour-des-sanctions-de-l-onu_6612130_3210", "En Iran, la monnaie s’effondre après le retour des sanctions de l’ONU", w,
        "Le rial a perdu un quart de sa valeur en un mois. « On ne sait plus quel prix afficher », confie Reza, commerçant au bazar de Téhéran.",
        "ATTA KENARE / AFP", "Au Grand Bazar de Téhéran, le 1er décembre 2026.",
        lambda k: it(k, "En Iran, la monnaie s’effondre après le retour des sanctions de l’ONU", w, junk=["ATTA KENARE"]))
    channel = ("<title>International : Toute l’actualité sur Le Vespral.fr.</title>\n    <description>International - Découvrez gratuitement tous les articles, les vidéos et les infographies de la rubrique International sur Le Vespral.fr</description>\n"
               f"    <copyright>Le Vespral - Licence d'utilisation : https://www.levespral.fr/licence</copyright>\n    <link>https://www.levespral.fr/international/rss_full.xml</link>\n"
               f"    <pubDate>{rfc822(d(4, 16, 5, 0, 1))}</pubDate>\n    <language>fr</language>\n"
               '    <image><url>https://www.levespral.fr/medias/web/img/export/logo-rss.png</url><title>Le Vespral.fr - Actualités et Infos en France et dans le monde</title><link>https://www.levespral.fr</link></image>')
    return feed("fr_levespral_international.rss.xml", rss(channel, rows, ns=NS_MEDIA, sep="\n  "), items, lang="fr", outlet="Le Vespral", aliases=["Le Vespral.fr"],
                structure="Le Monde-style section RSS (lemonde.fr/international/rss_full.xml): channel 'Rubrique : Toute l’actualité sur Outlet.fr.', CDATA titles and descriptions, pubDate before description, permalink guid then link, '_<id>_<section>.html' article ids, no author element (correspondent named inside the teaser), French typography (' : ', « … »), 'En direct,' live blog, a 'TRIBUNE.' opinion title that is a quotation, a /video/ item, media:content with CDATA media:description caption and upper-case 'NAME / AGENCY' media:credit, +0100 dates")


# ---------------------------------------------------------------- RFI-style
def radiohorizon():
    rows, items = [], []

    def add(path, title, when, creator, desc, exp, cat="Afrique"):
        url = f"https://www.rhi.fr/fr/{path}"
        more = '<p><a href="' + url + '">Lire la suite</a></p>'
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc + more)}</description>"
                    f"<category>{cat}</category><guid isPermaLink=\"false\">{url}</guid><pubDate>{rfc822(when, gmt=True)}</pubDate>"
                    + (f"<dc:creator>{esc(creator)}</dc:creator>" if creator else "")
                    + f"<enclosure url=\"https://s.rhi.fr/media/display/{sum(map(ord, path))}/w:1280/p:16x9/img.jpg\" type=\"image/jpeg\" length=\"0\"/></item>")
        items.append(exp(url))

    w = d(4, 15, 48, 0)
    add("afrique/20261204-tchad-soudan-frontiere-refugiés-adré", "Tchad: à Adré, l’afflux de réfugiés soudanais reprend", w, "RHI",
        "<p>Plus de 8 000 personnes ont franchi la frontière en une semaine, selon le HCR, après la reprise des combats au Darfour occidental.</p>",
        lambda k: it(k, "Tchad: à Adré, l’afflux de réfugiés soudanais reprend", w, [], junk=["Lire la suite"], note="Channel name 'RHI' as the only credit. [\"RHI\"] is also correct"))
    w = d(4, 13, 20, 0)
    add("afrique/20261204-rdc-kinshasa-kigali-accord-doha", "RDC-Rwanda: Kinshasa et Kigali signent un accord économique à Doha", w, "Avec notre correspondant à Kinshasa, Patrick Mbuyi",
        "<p>L’accord prévoit une exploitation conjointe de certaines mines du Sud-Kivu. « C’est un pas, pas la paix », a réagi l’opposant Jean-Marie Kabeya.</p>",
        lambda k: it(k, "RDC-Rwanda: Kinshasa et Kigali signent un accord économique à Doha", w, ["Patrick Mbuyi"], junk=["Lire la suite", "Avec notre correspondant"], quotes=[q("Jean-Marie Kabeya")]))
    w = d(4, 11, 5, 0)
    add("moyen-orient/20261204-liban-armée-désarmement-sud-litani", "Liban: l’armée annonce avoir achevé le désarmement au sud du Litani", w, "RHI",
        "<p>L’annonce intervient alors qu’Israël continue de frapper le sud du pays. Le Hezbollah n’a pas réagi.</p>",
        lambda k: it(k, "Liban: l’armée annonce avoir achevé le désarmement au sud du Litani", w, [], junk=["Lire la suite"], note="[\"RHI\"] is also correct"), cat="Moyen-Orient")
    w = d(4, 9, 0, 0)
    add("podcasts/journal-d-afrique/20261204-journal-d-afrique-du-4-décembre", "Journal d'Afrique - Tensions au Sahel, élections au Gabon", w, None,
        "<p>Écoutez le journal d’Afrique de la rédaction.</p>",
        lambda k: it(k, "Journal d'Afrique - Tensions au Sahel, élections au Gabon", w, [], story=False, note="Radio bulletin podcast."), cat="Podcasts")
    w = d(3, 21, 40, 0)
    add("europe/20261203-géorgie-manifestations-tbilissi-loi-agents-étrangers", "Géorgie: nouvelle nuit de manifestations à Tbilissi contre la loi sur les «agents de l’étranger»", w, "Régis Genté",
        "<p>Des milliers de personnes ont de nouveau défilé devant le Parlement. L’UE menace de suspendre l’exemption de visas.</p>",
        lambda k: it(k, "Géorgie: nouvelle nuit de manifestations à Tbilissi contre la loi sur les «agents de l’étranger»", w, ["Régis Genté"], junk=["Lire la suite"]), cat="Europe")
    w = d(3, 18, 15, 0)
    add("sports/20261203-can-2027-tirage-au-sort-groupes", "CAN 2027: le tirage au sort réserve un groupe relevé au Sénégal", w, "RHI",
        "<p>Les Lions de la Teranga affronteront le Cameroun et l’Algérie.</p>",
        lambda k: it(k, "CAN 2027: le tirage au sort réserve un groupe relevé au Sénégal", w, [], rel=False, junk=["Lire la suite"]), cat="Sports")
    channel = ("<title>RHI - Radio Horizon Internationale</title><link>https://www.rhi.fr/fr/</link><description>Toute l'actualité internationale</description>"
               "<language>fr</language><copyright>Copyright RHI - Radio Horizon Internationale. Tous droits réservés.</copyright>"
               f"<lastBuildDate>{rfc822(d(4, 15, 50, 0), gmt=True)}</lastBuildDate><atom:link href=\"https://www.rhi.fr/fr/rss\" rel=\"self\" type=\"application/rss+xml\"/>")
    return feed("fr_rhi_monde.rss.xml", rss(channel, rows, ns=NS_DC + NS_ATOM, sep=""), items, lang="fr", outlet="RHI", aliases=["Radio Horizon Internationale"],
                structure="RFI-style international radio RSS (rfi.fr/fr/rss): single line, channel 'ACRONYM - Full Name', French typography without space before the colon in 'Pays: …' titles, «…» without inner spaces, escaped <p> lead followed by a '<p><a>Lire la suite</a></p>' link, dc:creator holding the station acronym, a name or 'Avec notre correspondant à Ville, Name', a radio-bulletin podcast without creator, URL paths with accented characters, non-permalink guids equal to links, enclosure image length 0, GMT dates")


# ---------------------------------------------------------------- Clarín-style
def heraldoaustral():
    rows, items = [], []

    def add(path, title, when, creator, desc, exp):
        url = f"https://www.heraldoaustral.com.ar/mundo/{path}.html"
        rows.append(f"<item>\n<title><![CDATA[{title}]]></title>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>\n"
                    f"<description><![CDATA[{desc}]]></description>\n<pubDate>{rfc822(when)}</pubDate>\n"
                    + (f"<dc:creator><![CDATA[{creator}]]></dc:creator>\n" if creator is not None else "")
                    + f"<enclosure url=\"https://images.heraldoaustral.com.ar/2026/12/04/{path[-9:]}_1200x630__1.jpg\" length=\"0\" type=\"image/jpeg\"/>\n</item>")
        items.append(exp(url))

    o = -3
    w = d(4, 13, 10, 0, o)
    add("venezuela-oposicion-denuncia-detencion-dirigentes-elecciones_0_Hx7aQ2kLp", "Venezuela: la oposición denuncia la detención de tres dirigentes a días de las regionales", w, "Corresponsal en Caracas",
        "Fueron arrestados en Maracaibo. \"Es una cacería\", dijo la diputada Mariela Quintero.",
        lambda k: it(k, "Venezuela: la oposición denuncia la detención de tres dirigentes a días de las regionales", w, [], quotes=[q("Mariela Quintero")], note="Anonymous correspondent credit, not a person."))
    w = d(4, 11, 42, 0, o)
    add("milei-lula-reunion-mercosur-montevideo_0_Kp3sW9dLm", "Milei y Lula, cara a cara en la cumbre del Mercosur: qué se juega la Argentina", w, "Natalia Berardi",
        "El acuerdo con la Unión Europea y el arancel externo común, los ejes de un encuentro cargado de tensión.",
        lambda k: it(k, "Milei y Lula, cara a cara en la cumbre del Mercosur: qué se juega la Argentina", w, ["Natalia Berardi"]))
    w = d(4, 10, 0, 0, o)
    add("guerra-rusia-ucrania-minuto-a-minuto_0_Rt5vN1qZs", "Guerra Rusia - Ucrania, EN VIVO: minuto a minuto", w, "",
        "Todas las novedades del conflicto.",
        lambda k: it(k, "Guerra Rusia - Ucrania, EN VIVO: minuto a minuto", w, [], story=False, note="Live blog with an empty creator."))
    w = d(4, 8, 30, 0, o)
    add("video-momento-tornado-arrasa-pueblo-oklahoma_0_Lm2xC8vBn", "Video: el momento en que un tornado arrasa un pueblo de Oklahoma", w, "",
        "Las imágenes se viralizaron en redes.",
        lambda k: it(k, "El momento en que un tornado arrasa un pueblo de Oklahoma", w, [], story=False, rel=False, note="Video. Title label 'Video:' may be kept or dropped"))
    w = d(3, 22, 15, 0, o)
    add("chile-peru-crisis-migratoria-frontera-chacalluta_0_Yt6bF4gHj", "Crisis en la frontera entre Chile y Perú: cientos de migrantes varados en Chacalluta", w, "Gustavo Riquelme Pinto, desde Santiago",
        "Lima cerró el paso y Santiago pide una salida humanitaria. La ONU reclamó \"corredores seguros\".",
        lambda k: it(k, "Crisis en la frontera entre Chile y Perú: cientos de migrantes varados en Chacalluta", w, ["Gustavo Riquelme Pinto"], note="'desde Santiago' is a dateline, not part of the name."))
    w = d(3, 19, 0, 0, o)
    add("papa-leon-navidad-mensaje-gaza-ucrania_0_Qw8eR3tYu", "El Papa pidió \"una Navidad sin armas\" en Gaza y Ucrania", w, "AFP y AP",
        "El pontífice habló ante miles de fieles en la Plaza San Pedro.",
        lambda k: it(k, "El Papa pidió \"una Navidad sin armas\" en Gaza y Ucrania", w, ["AFP", "AP"], note="Agencies as the only credit. [] is also correct"))
    channel = ("<title><![CDATA[Heraldo Austral - Mundo]]></title>\n<link>https://www.heraldoaustral.com.ar/mundo</link>\n<description><![CDATA[Últimas noticias de Mundo en Heraldo Austral]]></description>\n"
               f"<language>es</language>\n<lastBuildDate>{rfc822(d(4, 13, 12, 0, o))}</lastBuildDate>\n<copyright>Copyright 2026 Arte Gráfico Editorial Austral S.A.</copyright>")
    return feed("es_ar_heraldoaustral_mundo.rss.xml", rss(channel, rows, ns=NS_DC, decl="UTF-8"), items, lang="es", outlet="Heraldo Austral",
                structure="Clarín-style section RSS (clarin.com/rss/mundo/): CDATA channel title 'Outlet - Section' and description, CDATA titles with straight \"…\" quotes, 'EN VIVO' live blog and 'Video:' label, '_0_<id>.html' permalinks, CDATA one-sentence descriptions, CDATA dc:creator holding a name, 'Name, desde Ciudad', 'Corresponsal en Ciudad', 'AFP y AP' or empty, enclosure image length 0, -0300 dates, 'Editorial … S.A.' copyright")


# ---------------------------------------------------------------- El Mundo-style
def diarioiberico():
    rows, items = [], []

    def add(path, title, when, creator, desc, exp, kicker=None):
        url = f"https://www.diarioiberico.es/internacional/2026/12/04/{path}.html"
        body = f"{desc}&nbsp;<a href=\"{url}\">Leer</a>"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid>"
                    f"<description>{esc(body)}</description>"
                    + (f"<dc:creator>{esc(creator)}</dc:creator>" if creator else "")
                    + f"<media:title><![CDATA[{title}]]></media:title><media:description><![CDATA[{desc}]]></media:description>"
                    f"<media:thumbnail url=\"https://e00-diarioiberico.uecdn.es/assets/multimedia/imagenes/2026/12/04/{path[-10:]}.jpg\"/>"
                    + (f"<category><![CDATA[{kicker}]]></category>" if kicker else "")
                    + f"<pubDate>{rfc822(when, gmt=True)}</pubDate></item>")
        items.append(exp(url))

    w = d(4, 16, 31, 0)
    add("6750e1a2fc6c83aa4b8b4571", "Bruselas aprueba el préstamo de 60.000 millones a Ucrania tras ceder Bélgica", w, "MARÍA LUISA PORTILLO Corresponsal Bruselas",
        "Los Veintisiete dan luz verde a un crédito respaldado por los activos rusos congelados, después de semanas de bloqueo",
        lambda k: it(k, "Bruselas aprueba el préstamo de 60.000 millones a Ucrania tras ceder Bélgica", w, ["María Luisa Portillo"], junk=["Leer", "Corresponsal Bruselas"],
                     note="Upper-case byline with job title glued: 'MARÍA LUISA PORTILLO' is also correct"), kicker="Unión Europea")
    w = d(4, 14, 5, 0)
    add("6750c4d7e4d4d8b1118b45a0", "Trump amenaza con aranceles del 25% a México si no frena el paso de migrantes en Navidad", w, "JAVIER ARROYO Washington",
        "El presidente estadounidense da un plazo de dos semanas a Claudia Sheinbaum",
        lambda k: it(k, "Trump amenaza con aranceles del 25% a México si no frena el paso de migrantes en Navidad", w, ["Javier Arroyo"], junk=["Leer"],
                     note="'JAVIER ARROYO' is also correct"), kicker="Estados Unidos")
    w = d(4, 12, 48, 0)
    add("6750b88afdddff2e568b457c", "\"Nos han dejado solos\": la desesperación de los cristianos de Alepo", w, "LUCÍA SANTAELLA Alepo (Siria)",
        "Un año después de la caída del régimen, la minoría cristiana de la ciudad teme por su futuro. \"Nos han dejado solos\", lamenta el sacerdote Elias Haddad",
        lambda k: it(k, "\"Nos han dejado solos\": la desesperación de los cristianos de Alepo", w, ["Lucía Santaella"], junk=["Leer"], quotes=[q("Elias Haddad")],
                     note="'LUCÍA SANTAELLA' is also correct"), kicker="Siria")
    w = d(4, 10, 2, 0)
    add("6750a0c2e2704e4b6b8b456e", "Directo | Última hora de la guerra en Ucrania, en vivo", w, "",
        "Siga en directo la última hora de la invasión rusa",
        lambda k: it(k, "Directo | Última hora de la guerra en Ucrania, en vivo", w, [], story=False, junk=["Leer"], note="Live blog. Title label 'Directo |' may be kept or dropped"))
    w = d(4, 9, 0, 0)
    add("67509335fc6c834a4b8b4589", "Así es el nuevo tren de alta velocidad entre Pekín y Shanghái que alcanza 450 km/h", w, "EFE Pekín",
        "China presenta un prototipo que acortará el trayecto a menos de tres horas",
        lambda k: it(k, "Así es el nuevo tren de alta velocidad entre Pekín y Shanghái que alcanza 450 km/h", w, ["EFE"], rel=False, junk=["Leer"], note="Agency credit with city. [] is also correct"))
    w = d(3, 20, 30, 0)
    add("67503f11e4d4d8c0118b4599", "La trampa de la neutralidad suiza", w, "ALBERTO VÁZQUEZ-RIAL",
        "Berna sigue negándose a reexportar munición a Ucrania, y la industria armamentística helvética empieza a pagarlo",
        lambda k: it(k, "La trampa de la neutralidad suiza", w, ["Alberto Vázquez-Rial"], junk=["Leer"], note="Opinion column (category 'Tribuna'). 'ALBERTO VÁZQUEZ-RIAL' is also correct"), kicker="Tribuna")
    channel = ("<title>DIARIO IBÉRICO - Internacional</title><link>https://www.diarioiberico.es/internacional.html</link><description>Noticias de Internacional en Diario Ibérico</description>"
               "<language>es</language><image><url>https://e00-diarioiberico.uecdn.es/diarioiberico/imagenes/logo_rss.gif</url><title>DIARIO IBÉRICO - Internacional</title><link>https://www.diarioiberico.es/internacional.html</link></image>"
               f"<lastBuildDate>{rfc822(d(4, 16, 35, 0), gmt=True)}</lastBuildDate><copyright>Unidad Editorial Ibérica Información General S.L.U.</copyright>")
    return feed("es_es_diarioiberico_internacional.rss.xml", rss(channel, rows, ns=NS_DC + NS_MEDIA + NS_ATOM, sep=""), items, lang="es", outlet="Diario Ibérico", aliases=["DIARIO IBÉRICO"],
                structure="El Mundo (Spain)-style section RSS (e00-elmundo.uecdn.es/elmundo/rss/internacional.xml): single line, upper-case outlet in the channel title 'OUTLET - Sección', 24-hex article ids, escaped description ending '&nbsp;<a>Leer</a>', upper-case dc:creator with the role or city glued after the name ('NAME Corresponsal Bruselas', 'NAME Washington', 'EFE Pekín'), media:title/media:description repeating title and teaser, media:thumbnail, CDATA <category> kicker ('Tribuna' for opinion), 'Directo |' live blog, GMT dates, 'S.L.U.' copyright")


# ---------------------------------------------------------------- tagesschau-style
def tagesbild():
    rows, items = [], []

    def add(path, title, when, desc, content, exp):
        url = f"https://www.tagesbild.de/ausland/{path}.html"
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <pubDate>{rfc822(when)}</pubDate>\n"
                    f"      <description>{esc(desc)}</description>\n      <content:encoded>{cdata(content)}</content:encoded>\n"
                    f"      <guid>{url}</guid>\n    </item>")
        items.append(exp(url))

    o = 1
    img = '<p><a href="https://www.tagesbild.de/ausland/{p}.html"><img src="https://images.tagesbild.de/image/{n}/16x9/1024.jpg" alt="{a}" /></a><br/>{a}</p>'
    w = d(4, 17, 5, 22, o)
    add("europa/moldau-gas-rumaenien-100", "Moldau erhält Gas über Rumänien - EU übernimmt Teil der Kosten", w,
        "Moldau hat sich mit Rumänien auf Gaslieferungen für den Winter geeinigt. Die EU will einen Teil der Kosten tragen.",
        img.format(p="europa/moldau-gas-rumaenien-100", n="a1f3", a="Gaspipeline bei Ungheni (Archivbild)") + "<p>Moldau hat sich mit Rumänien auf Gaslieferungen für den Winter geeinigt. „Wir haben eine Lösung für die kalten Monate“, sagte Energieminister Dorin Cebotari.</p><p><a href=\"https://www.tagesbild.de/ausland/europa/moldau-gas-rumaenien-100.html\">mehr</a></p>",
        lambda k: it(k, "Moldau erhält Gas über Rumänien - EU übernimmt Teil der Kosten", w, junk=["Archivbild"], quotes=[q("Dorin Cebotari")]))
    w = d(4, 15, 40, 0, o)
    add("liveblog/ukraine-krieg-liveblog-4-dezember-100", "Krieg gegen die Ukraine ++ Gefangenenaustausch vereinbart ++", w,
        "Kiew und Moskau haben sich auf einen Austausch von 300 Gefangenen verständigt. Die Entwicklungen im Liveblog.",
        "<p>Kiew und Moskau haben sich auf einen Austausch von 300 Gefangenen verständigt. Die Entwicklungen im Liveblog.</p>",
        lambda k: it(k, "Krieg gegen die Ukraine ++ Gefangenenaustausch vereinbart ++", w, story=False, note="Live blog ('++ … ++' title form)."))
    w = d(4, 13, 12, 0, o)
    add("asien/suedkorea-japan-gipfel-busan-100", "Südkorea und Japan wollen enger gegen Nordkorea zusammenarbeiten", w,
        "Bei einem Gipfel in Busan haben Südkoreas Präsident Ahn und Japans Regierungschef Morishita eine gemeinsame Linie vereinbart. Von Tim Kessler, ARD-Studio Tokio.",
        img.format(p="asien/suedkorea-japan-gipfel-busan-100", n="b7c2", a="Ahn Jae-won und Kenta Morishita in Busan") + "<p>Bei einem Gipfel in Busan haben beide Seiten eine gemeinsame Linie vereinbart.</p>",
        lambda k: it(k, "Südkorea und Japan wollen enger gegen Nordkorea zusammenarbeiten", w, ["Tim Kessler"], junk=["ARD-Studio Tokio", "Ahn Jae-won und Kenta Morishita in Busan"],
                     note="Byline only at the end of the teaser ('Von Name, Studio'). [] is also correct"))
    w = d(4, 11, 30, 0, o)
    add("amerika/mexiko-zoelle-usa-migration-100", "Trump droht Mexiko mit neuen Zöllen", w,
        "US-Präsident Trump hat Mexiko mit Zöllen von 25 Prozent gedroht, sollte das Land nicht mehr gegen Migration tun.",
        img.format(p="amerika/mexiko-zoelle-usa-migration-100", n="c3d4", a="Grenzübergang in Tijuana") + "<p>US-Präsident Trump hat Mexiko mit Zöllen gedroht.</p>",
        lambda k: it(k, "Trump droht Mexiko mit neuen Zöllen", w, junk=["Grenzübergang in Tijuana"]))
    w = d(4, 9, 0, 0, o)
    add("weltspiegel-podcast-indonesien-hauptstadt-100", "Weltspiegel-Podcast: Indonesiens leere Hauptstadt", w,
        "Nusantara sollte Jakarta ablösen. Doch die neue Hauptstadt bleibt leer. Ein Podcast über ein Prestigeprojekt.",
        "<p>Nusantara sollte Jakarta ablösen.</p>",
        lambda k: it(k, "Weltspiegel-Podcast: Indonesiens leere Hauptstadt", w, story=False, note="Podcast."))
    w = d(4, 7, 45, 0, o)
    add("afrika/kongo-ruanda-abkommen-doha-100", "Kongo und Ruanda unterzeichnen Wirtschaftsabkommen", w,
        "Die Demokratische Republik Kongo und Ruanda haben in Doha ein Abkommen über den gemeinsamen Abbau von Rohstoffen unterzeichnet. Kritiker sprechen von einem „Ausverkauf“.",
        img.format(p="afrika/kongo-ruanda-abkommen-doha-100", n="d9e1", a="Unterzeichnung in Doha") + "<p>Die beiden Länder haben in Doha ein Abkommen unterzeichnet.</p>",
        lambda k: it(k, "Kongo und Ruanda unterzeichnen Wirtschaftsabkommen", w, junk=["Unterzeichnung in Doha"]))
    channel = ("    <title>tagesbild.de - Ausland</title>\n    <link>https://www.tagesbild.de/ausland</link>\n    <description>Nachrichten aus aller Welt - tagesbild.de</description>\n"
               f"    <language>de</language>\n    <copyright>ARD-Tagesbild</copyright>\n    <lastBuildDate>{rfc822(d(4, 17, 10, 0, o))}</lastBuildDate>\n"
               "    <image>\n      <url>https://www.tagesbild.de/res/assets/image/favicon/favicon-96x96.png</url>\n      <title>tagesbild.de - Ausland</title>\n      <link>https://www.tagesbild.de/ausland</link>\n    </image>")
    return feed("de_tagesbild_ausland.rss.xml", rss(channel, rows, ns=NS_CONTENT, sep="\n  "), items, lang="de", outlet="tagesbild.de", aliases=["Tagesbild", "ARD-Tagesbild"],
                structure="tagesschau.de-style section RSS (tagesschau.de/ausland/index~rss2.xml): channel 'site.de - Ausland', plain description plus CDATA content:encoded opening with a linked image and its alt text repeated as a caption, ending with a 'mehr' link, no author element (byline 'Von Name, ARD-Studio X.' at the end of the teaser), '++ … ++' live blog title, 'Weltspiegel-Podcast:' item, '-100.html' links as guids, German „…“ quotes, +0100 dates, broadcaster copyright")


# ---------------------------------------------------------------- Handelsblatt-style
def wirtschaftsbote():
    rows, items = [], []

    def add(aid, slug, title, when, creator, desc, exp, sect="politik/international"):
        url = f"https://www.wirtschaftsbote.com/{sect}/{slug}/{aid}.html"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description>"
                    + (f"<dc:creator>{esc(creator)}</dc:creator>" if creator else "")
                    + f"<pubDate>{rfc822(when)}</pubDate><guid isPermaLink=\"false\">{aid}</guid>"
                    f"<enclosure url=\"https://www.wirtschaftsbote.com/images/{aid}/2-format2020.jpg\" length=\"0\" type=\"image/jpeg\"/></item>")
        items.append(exp(aid))

    o = 1
    w = d(4, 16, 40, 0, o)
    add("100088512", "eu-china-e-autos-einigung", "Handelsstreit: EU und China einigen sich auf Mindestpreise für E-Autos", w, "Hanna Wiesner, Till Brandes",
        "Nach monatelangen Verhandlungen steht der Kompromiss. Die deutschen Hersteller atmen auf – doch in Brüssel gibt es Kritik.",
        lambda k: it(k, "EU und China einigen sich auf Mindestpreise für E-Autos", w, ["Hanna Wiesner", "Till Brandes"], note="Title label 'Handelsstreit:' may be kept or dropped"))
    w = d(4, 14, 15, 0, o)
    add("100088470", "exklusiv-ruestungsexporte-indien", "Exklusiv: Bundesregierung genehmigt U-Boot-Deal mit Indien", w, "Moritz Kaltenbach",
        "Der Bundessicherheitsrat hat nach Informationen des Wirtschaftsboten den Export von sechs U-Booten gebilligt. Es ist das größte Rüstungsgeschäft mit Neu-Delhi.",
        lambda k: it(k, "Bundesregierung genehmigt U-Boot-Deal mit Indien", w, ["Moritz Kaltenbach"], note="Title label 'Exklusiv:' may be kept or dropped"))
    w = d(4, 12, 0, 0, o)
    add("100088431", "kommentar-zoelle-mexiko", "Kommentar: Trumps Zolldrohung gegen Mexiko trifft auch Deutschland", w, "Jens Obermaier",
        "Deutsche Autobauer produzieren in Mexiko für den US-Markt. Die Bundesregierung sollte sich nicht wegducken.",
        lambda k: it(k, "Trumps Zolldrohung gegen Mexiko trifft auch Deutschland", w, ["Jens Obermaier"], note="Opinion. Title label 'Kommentar:' may be kept or dropped"), sect="meinung/kommentare")
    w = d(4, 6, 0, 0, o)
    add("100088390", "morning-briefing-4-dezember", "Morning Briefing: EU-Gipfel, Mexiko-Zölle, Zinsentscheid", w, "",
        "Guten Morgen, liebe Leserinnen und Leser, heute geht es um …",
        lambda k: it(k, "Morning Briefing: EU-Gipfel, Mexiko-Zölle, Zinsentscheid", w, [], story=False, note="Newsletter digest."), sect="politik/morning-briefing")
    w = d(3, 19, 20, 0, o)
    add("100088355", "dax-rekord-zinsen", "Dax schließt auf Rekordhoch – Anleger setzen auf Zinssenkung", w, "dpa",
        "Der deutsche Leitindex legte um 1,2 Prozent zu.",
        lambda k: it(k, "Dax schließt auf Rekordhoch – Anleger setzen auf Zinssenkung", w, ["dpa"], rel=False, note="[] is also correct"), sect="finanzen/maerkte")
    w = d(3, 17, 0, 0, o)
    add("100088301", "golfstaaten-investitionen-deutschland", "Golfstaaten: Katar will 10 Milliarden Euro in deutsche Energiewende investieren", w, "Sofia Al-Rashid",
        "Beim Besuch des Emirs in Berlin wurden Absichtserklärungen unterzeichnet. „Wir sind langfristige Partner“, sagte Katars Wirtschaftsminister Khalid Al-Mansouri.",
        lambda k: it(k, "Katar will 10 Milliarden Euro in deutsche Energiewende investieren", w, ["Sofia Al-Rashid"], quotes=[q("Khalid Al-Mansouri")], note="Title label 'Golfstaaten:' may be kept or dropped"))
    channel = ("<title>Politik International - Der Wirtschaftsbote</title><link>https://www.wirtschaftsbote.com/politik/international/</link>"
               "<description>Aktuelle Nachrichten aus der internationalen Politik</description><language>de-DE</language>"
               "<copyright>Wirtschaftsbote Media GmbH &amp; Co. KG</copyright>"
               f"<pubDate>{rfc822(d(4, 16, 45, 0, o))}</pubDate><ttl>5</ttl>")
    return feed("de_wirtschaftsbote_international.rss.xml", rss(channel, rows, ns=NS_DC, sep=""), items, lang="de", outlet="Der Wirtschaftsbote", aliases=["Wirtschaftsbote"],
                structure="Handelsblatt-style business daily section RSS (handelsblatt.com/contentexport/feed/politik): single line, channel 'Ressort - Outlet', 'Thema: Titel' kickers incl. 'Exklusiv:' and 'Kommentar:', plain teasers, dc:creator 'A, B', a name, 'dpa' or empty, numeric non-permalink guids matching the '/<id>.html' link suffix, enclosure length 0, a morning-briefing newsletter and a markets item, +0100 dates, 'GmbH & Co. KG' copyright, ttl 5")


# ---------------------------------------------------------------- Internazionale-style (Italian weekly of foreign press)
def mondovisione():
    rows, items = [], []

    def add(path, title, when, creator, desc, exp):
        url = f"https://www.mondovisione.it/{path}"
        rows.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{url}</link>\n  <description>{esc(desc)}</description>\n"
                    f"  <pubDate>{rfc822(when)}</pubDate>\n  <guid>{url}</guid>\n  <dc:creator>{esc(creator)}</dc:creator>\n</item>")
        items.append(exp(url))

    o = 1
    w = d(4, 17, 30, 0, o)
    add("notizie/2026/12/04/georgia-proteste-tbilisi-legge", "La Georgia e la legge sugli agenti stranieri", w, "Natia Beridze, OC Media, Georgia",
        "Per la quinta notte di seguito migliaia di persone hanno manifestato davanti al parlamento di Tbilisi.",
        lambda k: it(k, "La Georgia e la legge sugli agenti stranieri", w, ["Natia Beridze"], junk=["OC Media, Georgia"], note="Translated article: 'Name, Source, Country' credit; the original outlet and country are not part of the author."))
    w = d(4, 15, 0, 0, o)
    add("notizie/2026/12/04/sudan-el-fasher-convoglio", "Un convoglio umanitario è arrivato a El Fasher", w, "Redazione",
        "È la prima volta da luglio. Secondo il Programma alimentare mondiale, in città sono rimaste 250mila persone.",
        lambda k: it(k, "Un convoglio umanitario è arrivato a El Fasher", w, [], note="Desk credit 'Redazione'."))
    w = d(4, 12, 10, 0, o)
    add("opinione/paolo-ferri/2026/12/04/europa-difesa-debito", "L’Europa ha scoperto il debito comune, ma solo per le armi", w, "Paolo Ferri",
        "Il nuovo fondo per la difesa è un precedente importante. Ma non risolve il problema di chi decide.",
        lambda k: it(k, "L’Europa ha scoperto il debito comune, ma solo per le armi", w, ["Paolo Ferri"], note="Opinion column."))
    w = d(4, 10, 0, 0, o)
    add("podcast/il-mondo/2026/12/04/moldova-gas", "Il Mondo, il podcast: La Moldova passa l’inverno", w, "Giulia Zanetti",
        "Ogni giorno alle sei e mezza del mattino, le notizie dal mondo con i giornalisti della redazione.",
        lambda k: it(k, "Il Mondo, il podcast: La Moldova passa l’inverno", w, ["Giulia Zanetti"], story=False, note="Daily podcast."))
    w = d(4, 8, 0, 0, o)
    add("notizie/2026/12/04/cile-peru-frontiera-migranti", "Centinaia di migranti bloccati al confine tra Cile e Perù", w, "Camila Fuenzalida, El Observador del Sur, Cile",
        "Lima ha chiuso il valico di Chacalluta. “Siamo ostaggi di due governi”, dice un venezuelano in attesa da una settimana.",
        lambda k: it(k, "Centinaia di migranti bloccati al confine tra Cile e Perù", w, ["Camila Fuenzalida"], junk=["El Observador del Sur"]))
    w = d(3, 18, 0, 0, o)
    add("notizie/2026/12/03/festival-mondovisione-ferrara-programma", "Il programma del festival di Mondovisione a Ferrara", w, "Redazione",
        "Tre giorni di incontri con giornalisti da tutto il mondo. Ecco gli ospiti e come prenotare.",
        lambda k: it(k, "Il programma del festival di Mondovisione a Ferrara", w, [], story=False, rel=False, note="Event promotion."))
    channel = ("<title>Mondovisione</title>\n<link>https://www.mondovisione.it</link>\n<description>Ogni settimana il meglio dei giornali di tutto il mondo</description>\n"
               f"<language>it</language>\n<lastBuildDate>{rfc822(d(4, 17, 32, 0, o))}</lastBuildDate>\n<copyright>© 2026 Mondovisione</copyright>")
    return feed("it_mondovisione_tutto.rss.xml", rss(channel, rows, ns=NS_DC), items, lang="it", outlet="Mondovisione",
                structure="Internazionale-style RSS of an Italian weekly that translates the foreign press (internazionale.it/sitemaps/rss.xml): channel titled with the bare name, plain descriptions, dc:creator 'Name, Testata originale, Paese' on translated pieces, 'Redazione' on desk items, a columnist under '/opinione/<name>/', a daily podcast, a festival promo, guid = link without isPermaLink, +0100 dates")


# ---------------------------------------------------------------- g1-style
def cerrado():
    rows, items = [], []

    def add(path, title, when, sub, text, exp, img=True):
        url = f"https://c1.cerradonews.com.br/mundo/noticia/2026/12/04/{path}.ghtml"
        im = f'<img src="https://s2-c1.cerradonews.com.br/{path[:8]}/600x0/smart/filters:max_age(3600)/foto.jpg" /><br />' if img else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid>"
                    f"<description>{cdata(im + ' ' + text)}</description>"
                    + (f"<media:content url=\"https://s2-c1.cerradonews.com.br/{path[:8]}/foto.jpg\" medium=\"image\"/>" if img else "")
                    + f"<category>Mundo</category><atom:subtitle>{esc(sub)}</atom:subtitle><pubDate>{rfc822(when, gmt=False)}</pubDate></item>")
        items.append(exp(url))

    o = -3
    w = d(4, 15, 20, 0, o)
    add("venezuela-prende-opositores-eleicoes-regionais", "Venezuela prende três opositores a dias de eleições regionais", w,
        "Presos foram levados para a sede do serviço de inteligência em Caracas, segundo a oposição.",
        "Presos foram levados para a sede do serviço de inteligência em Caracas, segundo a oposição. 'É uma caçada', disse a deputada Mariela Quintero.",
        lambda k: it(k, "Venezuela prende três opositores a dias de eleições regionais", w, quotes=[q("Mariela Quintero")]))
    w = d(4, 13, 5, 0, o)
    add("video-tornado-oklahoma", "VÍDEO: tornado destrói cidade em Oklahoma", w,
        "Imagens mostram o momento em que o tornado atinge as casas.",
        "Imagens mostram o momento em que o tornado atinge as casas.",
        lambda k: it(k, "tornado destrói cidade em Oklahoma", w, story=False, rel=False, note="Video. Title label 'VÍDEO:' may be kept or dropped"))
    w = d(4, 11, 40, 0, o)
    add("mercosul-cupula-montevideo-acordo-ue", "Cúpula do Mercosul: Lula defende assinatura do acordo com a UE ainda este ano", w,
        "Presidente brasileiro disse que 'não há mais desculpas' para adiar o tratado.",
        "Presidente brasileiro disse que 'não há mais desculpas' para adiar o tratado. Argentina cobra mudanças na tarifa externa comum.",
        lambda k: it(k, "Cúpula do Mercosul: Lula defende assinatura do acordo com a UE ainda este ano", w))
    w = d(4, 9, 0, 0, o)
    add("o-que-se-sabe-troca-de-prisioneiros-russia-ucrania", "O que se sabe sobre a troca de 300 prisioneiros entre Rússia e Ucrânia", w,
        "Acordo foi mediado pelos Emirados Árabes Unidos; veja perguntas e respostas.",
        "Acordo foi mediado pelos Emirados Árabes Unidos; veja perguntas e respostas.",
        lambda k: it(k, "O que se sabe sobre a troca de 300 prisioneiros entre Rússia e Ucrânia", w))
    w = d(4, 7, 30, 0, o)
    add("videos-jornal-da-manha-4-de-dezembro", "VÍDEOS: Jornal da Manhã de sexta-feira, 4 de dezembro", w,
        "Assista aos vídeos do telejornal.", "Assista aos vídeos do telejornal.",
        lambda k: it(k, "VÍDEOS: Jornal da Manhã de sexta-feira, 4 de dezembro", w, story=False, rel=False, note="Video compilation of a TV bulletin."), img=False)
    w = d(3, 21, 10, 0, o)
    add("brasileiros-presos-portugal-deportacao", "Brasileiros deportados de Portugal chegam a Confins; Itamaraty cobra explicações", w,
        "Grupo de 42 pessoas desembarcou na madrugada; governo brasileiro convocou embaixador português.",
        "Grupo de 42 pessoas desembarcou na madrugada; governo brasileiro convocou embaixador português. 'Houve tratamento degradante', afirmou o chanceler Eduardo Sampaio.",
        lambda k: it(k, "Brasileiros deportados de Portugal chegam a Confins; Itamaraty cobra explicações", w, quotes=[q("Eduardo Sampaio", "Itamaraty")]))
    channel = ("<title>c1 &gt; Mundo</title><link>https://c1.cerradonews.com.br/mundo/</link><description>Notícias de Mundo no c1, portal de notícias do Cerrado News</description>"
               "<language>pt-BR</language><copyright>© Copyright 2000-2026 Cerrado Comunicação S/A</copyright>"
               "<image><url>https://s.cerradonews.com.br/c1/_midias/img/logo-c1-rss.png</url><title>c1 &gt; Mundo</title><link>https://c1.cerradonews.com.br/mundo/</link></image>")
    text = rss(channel, rows, ns=NS_ATOM + NS_MEDIA, sep="")
    return feed("pt_br_c1_mundo.rss.xml", text, items, lang="pt", outlet="c1", aliases=["c1 Cerrado News", "Cerrado News"],
                structure="g1-style section RSS (g1.globo.com/rss/g1/mundo/): single line, channel 'c1 > Mundo', CDATA description opening with '<img /><br />' then a space and the text, media:content image, atom:subtitle holding the 'linha fina' subtitle, permalink '.ghtml' guids, <category>Mundo</category>, no authors, 'VÍDEO:' / 'VÍDEOS:' items, Portuguese single-quote quotations, -0300 dates, 'S/A' copyright")


# ---------------------------------------------------------------- Hum Sub-style Urdu WordPress opinion site
def hamwatan():
    rows, items = [], []

    def add(pid, slug, title, when, creator, cats, excerpt, exp):
        url = f"https://www.hamwatan.pk/{pid}/{slug}/"
        c = "".join(f"\n\t\t<category><![CDATA[{x}]]></category>" for x in cats)
        tail = f'<p>The post <a href="{url}">{esc(title)}</a> appeared first on <a href="https://www.hamwatan.pk">ہم وطن</a>.</p>\n'
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{rfc822(when)}</pubDate>{c}\n"
                    f"\t\t<guid isPermaLink=\"false\">https://www.hamwatan.pk/?p={pid}</guid>\n\t\t<description><![CDATA[{excerpt} [&#8230;]</p>\n{tail}]]></description>\n\t</item>")
        items.append(exp(f"https://www.hamwatan.pk/?p={pid}"))

    w = d(4, 12, 10, 0)
    add(288451, "afghan-policy-reset", "افغان پالیسی: نئی سوچ کی ضرورت", w, "ڈاکٹر عمران رشید", ["خارجہ پالیسی", "کالم"],
        "<p>طورخم کی بار بار بندش نے ثابت کر دیا ہے کہ کابل کے ساتھ تعلقات صرف سیکیورٹی کے زاویے سے نہیں چلائے جا سکتے۔ تجارت اور مہاجرین کا مسئلہ",
        lambda k: it(k, "افغان پالیسی: نئی سوچ کی ضرورت", w, ["عمران رشید"], junk=["appeared first on", "[…]"], note="Honorific 'ڈاکٹر' before the name. 'ڈاکٹر عمران رشید' is also correct"))
    w = d(4, 9, 30, 0)
    add(288447, "iran-after-sanctions", "پابندیوں کی واپسی کے بعد ایران کدھر جائے گا؟", w, "صبا قریشی", ["بین الاقوامی", "تجزیہ"],
        "<p>اقوام متحدہ کی پابندیوں کی بحالی کے بعد ایرانی ریال کی قدر ایک چوتھائی گر چکی ہے۔ تہران کے ایک تاجر کے بقول ’ہمیں نہیں معلوم کل کیا قیمت لکھیں‘۔",
        lambda k: it(k, "پابندیوں کی واپسی کے بعد ایران کدھر جائے گا؟", w, ["صبا قریشی"], junk=["appeared first on"]))
    w = d(4, 6, 0, 0)
    add(288440, "winter-in-murree", "مری کی پہلی برف اور ہماری بے حسی", w, "وقار احمد ملک", ["سماج", "کالم"],
        "<p>ہر سال کی طرح اس بار بھی برف باری کی خبر آتے ہی لاکھوں لوگ مری کی طرف نکل پڑے۔",
        lambda k: it(k, "مری کی پہلی برف اور ہماری بے حسی", w, ["وقار احمد ملک"], rel=False, junk=["appeared first on"]))
    w = d(3, 20, 45, 0)
    add(288436, "china-pakistan-cpec-second-phase", "سی پیک کا دوسرا مرحلہ: وعدے اور حقیقت", w, "فرحان اسلم", ["خارجہ پالیسی", "معیشت"],
        "<p>بیجنگ نے خصوصی اقتصادی زونز کے لیے نئی سرمایہ کاری کی شرط سیکیورٹی کی ضمانت سے جوڑ دی ہے۔",
        lambda k: it(k, "سی پیک کا دوسرا مرحلہ: وعدے اور حقیقت", w, ["فرحان اسلم"], junk=["appeared first on"]))
    w = d(3, 17, 0, 0)
    add(288430, "hamwatan-writers-guidelines", "ہم وطن کے لیے لکھیے: رہنما اصول", w, "مدیر", ["اعلانات"],
        "<p>ہم وطن نئے لکھنے والوں کی تحریروں کا خیر مقدم کرتا ہے۔ تحریر بھیجنے سے پہلے یہ اصول پڑھ لیں۔",
        lambda k: it(k, "ہم وطن کے لیے لکھیے: رہنما اصول", w, [], story=False, rel=False, note="Site announcement by the editor ('مدیر')."))
    w = d(3, 13, 20, 0)
    add(288424, "gaza-truce-muslim-world", "غزہ کی جنگ بندی اور مسلم دنیا کی خاموشی", w, "عائشہ ناز بلوچ", ["بین الاقوامی", "کالم"],
        "<p>خان یونس پر تازہ حملوں نے جنگ بندی کو ایک بار پھر خطرے میں ڈال دیا ہے، مگر او آئی سی کا اجلاس اب تک نہیں بلایا گیا۔",
        lambda k: it(k, "غزہ کی جنگ بندی اور مسلم دنیا کی خاموشی", w, ["عائشہ ناز بلوچ"], junk=["appeared first on"]))
    channel = ("<title>ہم وطن</title>\n\t<atom:link href=\"https://www.hamwatan.pk/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://www.hamwatan.pk</link>\n"
               "\t<description>آزادی اظہار کا فورم</description>\n"
               f"\t<lastBuildDate>{rfc822(d(4, 12, 12, 0))}</lastBuildDate>\n\t<language>ur</language>\n\t<generator>https://wordpress.org/?v=6.5.5</generator>")
    return feed("ur_hamwatan_feed_wp.rss.xml", rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM, decl="UTF-8"), items, lang="ur", outlet="ہم وطن", aliases=["Hamwatan"],
                structure="Hum Sub-style Urdu WordPress opinion site feed (humsub.com.pk/feed/): tab indentation, channel titled with the bare Urdu name and an Urdu motto, one CDATA dc:creator per column holding the writer's Urdu name (one with 'ڈاکٹر', one 'مدیر' site notice), Latin-script slugs under numeric ids, Urdu CDATA categories ('کالم', 'خارجہ پالیسی', 'بین الاقوامی'), CDATA excerpt ending ' [&#8230;]' plus English 'The post … appeared first on …' trailer, ’…‘ Urdu quotes, '?p=' guids, +0000 dates")


# ---------------------------------------------------------------- Le Grand Continent-style French geopolitics review
def continentalis():
    rows, items = [], []

    def add(pid, slug, title, when, creators, cats, excerpt, content, exp):
        url = f"https://continentalis.eu/2026/12/{when.day:02d}/{slug}/"
        cr = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        c = "".join(f"\n\t\t<category><![CDATA[{x}]]></category>" for x in cats)
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>{cr}\n\t\t<pubDate>{rfc822(when)}</pubDate>{c}\n"
                    f"\t\t<guid isPermaLink=\"false\">https://continentalis.eu/?p={pid}</guid>\n\t\t<description><![CDATA[{excerpt}]]></description>\n"
                    f"\t\t<content:encoded><![CDATA[{content}]]></content:encoded>\n\t</item>")
        items.append(exp(f"https://continentalis.eu/?p={pid}"))

    w = d(4, 6, 30, 0)
    add(241877, "la-doctrine-maritime-indienne-une-conversation-avec-ananya-raghavan", "La doctrine maritime indienne, une conversation avec Ananya Raghavan", w, ["Ananya Raghavan", "Théo Lemaire"], ["Entretiens", "Indo-Pacifique"],
        "«&nbsp;New Delhi ne veut pas d’alliance, elle veut des options.&nbsp;» Pour comprendre la stratégie navale indienne, nous nous sommes entretenus avec la chercheuse Ananya Raghavan.",
        "<p>«&nbsp;New Delhi ne veut pas d’alliance, elle veut des options.&nbsp;»</p><p><em>Cet entretien est également disponible en anglais sur le site de la revue.</em></p>",
        lambda k: it(k, "La doctrine maritime indienne, une conversation avec Ananya Raghavan", w, ["Théo Lemaire"], quotes=[q("Ananya Raghavan")],
                     note="Interview: the interviewee is the first dc:creator. [\"Ananya Raghavan\", \"Théo Lemaire\"] is also correct"))
    w = d(3, 17, 0, 0)
    add(241860, "carte-les-nouvelles-routes-du-gaz-vers-leurope-centrale", "Les nouvelles routes du gaz vers l’Europe centrale, en cartes", w, ["Clémence Aubry"], ["Cartes", "Énergie", "Europe"],
        "Interconnexions, terminaux flottants, contrats de transit : cinq cartes pour comprendre comment la Moldavie, la Slovaquie et la Hongrie se passent du gaz russe.",
        "<figure><img src=\"https://continentalis.eu/wp-content/uploads/2026/12/carte-gaz.png\"/><figcaption>Carte réalisée par Clémence Aubry.</figcaption></figure>",
        lambda k: it(k, "Les nouvelles routes du gaz vers l’Europe centrale, en cartes", w, ["Clémence Aubry"], junk=["Carte réalisée par"]))
    w = d(3, 9, 0, 0)
    add(241851, "lordre-mondial-apres-la-fin-du-g20", "L’ordre mondial après le G20 de Johannesburg", w, ["Pierre-Yves Castel"], ["Doctrines", "Multilatéralisme"],
        "Un sommet sans déclaration commune sur les guerres en cours révèle la fragmentation du multilatéralisme. Une analyse de Pierre-Yves Castel, professeur à Sciences Po.",
        "<p>Un sommet sans déclaration commune.</p>",
        lambda k: it(k, "L’ordre mondial après le G20 de Johannesburg", w, ["Pierre-Yves Castel"], junk=["professeur à Sciences Po"]))
    w = d(2, 19, 0, 0)
    add(241840, "soutenez-continentalis-abonnez-vous", "Soutenez une revue indépendante : abonnez-vous", w, ["Continentalis"], ["Abonnement"],
        "Continentalis est une revue indépendante financée par ses lecteurs. Pour 8 euros par mois, accédez à tous nos contenus.",
        "<p>Abonnez-vous.</p>",
        lambda k: it(k, "Soutenez une revue indépendante : abonnez-vous", w, [], story=False, rel=False, note="Subscription appeal."))
    w = d(2, 8, 15, 0)
    add(241832, "la-guerre-etendue-revue-de-presse-du-2-decembre", "La guerre étendue, revue de presse du 2 décembre", w, ["La rédaction"], ["Revue de presse", "Guerre"],
        "Ukraine, Soudan, mer Rouge : une sélection des meilleurs articles de la presse internationale.",
        "<p>1. Ukraine…</p><p>2. Soudan…</p><p>3. Mer Rouge…</p>",
        lambda k: it(k, "La guerre étendue, revue de presse du 2 décembre", w, [], story=False, note="Press review roundup; desk credit 'La rédaction'."))
    w = d(1, 7, 0, 0)
    add(241821, "le-sahel-et-la-russie-apres-africa-corps", "Le Sahel et la Russie après Africa Corps : fin de cycle ?", w, ["Moussa Keïta", "Inès Barrault"], ["Analyses", "Afrique", "Russie"],
        "Moscou réduit ses effectifs au Mali. Pour les juntes, l’heure est à la diversification des partenaires, de la Turquie aux Emirats.",
        "<p>Moscou réduit ses effectifs au Mali.</p>",
        lambda k: it(k, "Le Sahel et la Russie après Africa Corps : fin de cycle ?", w, ["Moussa Keïta", "Inès Barrault"]))
    channel = ("<title>Continentalis</title>\n\t<atom:link href=\"https://continentalis.eu/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://continentalis.eu</link>\n"
               "\t<description>Une revue européenne de géopolitique, de débat et d&#039;analyse</description>\n"
               f"\t<lastBuildDate>{rfc822(d(4, 6, 31, 0))}</lastBuildDate>\n\t<language>fr-FR</language>\n\t<generator>https://wordpress.org/?v=6.7.1</generator>")
    return feed("fr_continentalis_revue_wp.rss.xml", rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM, decl="UTF-8"), items, lang="fr", outlet="Continentalis",
                structure="Le Grand Continent-style WordPress feed of a French geopolitics review (legrandcontinent.eu/fr/feed/): tab indentation, bare-name channel with a tagline using &#039;, one CDATA dc:creator per person (an interview lists the interviewee first, the review itself on a subscription appeal, 'La rédaction' on a press review), CDATA rubric categories ('Entretiens', 'Cartes', 'Doctrines', 'Revue de presse'), excerpts with «&nbsp;…&nbsp;» quotes and author bios, content:encoded, '?p=' guids, +0000 dates")


# ---------------------------------------------------------------- SWP-style German institute
def sipa():
    rows, items = [], []

    def add(path, title, when, creator, kind, desc, exp):
        url = f"https://www.sipa-berlin.org/publikation/{path}"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description>"
                    f"<author>{esc(creator)}</author><category>{kind}</category><pubDate>{rfc822(when)}</pubDate><guid isPermaLink=\"true\">{url}</guid></item>")
        items.append(exp(url))

    o = 1
    w = d(4, 10, 0, 0, o)
    add("nato-ostflanke-lastenteilung", "Lastenteilung an der NATO-Ostflanke", w, "Dr. Jana Petersen, Oberst i.G. Markus Rehm", "SIPA-Aktuell 2026/A 61",
        "Die Brigade in Litauen bindet Kräfte der Bundeswehr für Jahre. Die Autoren zeigen, welche Lasten Berlin allein trägt und welche Partner einspringen könnten.",
        lambda k: it(k, "Lastenteilung an der NATO-Ostflanke", w, ["Jana Petersen", "Markus Rehm"], junk=["SIPA-Aktuell"],
                     note="Academic and military titles ('Dr.', 'Oberst i.G.') are not part of the names"))
    w = d(3, 9, 0, 0, o)
    add("chinas-afrikapolitik-nach-focac", "Chinas Afrikapolitik nach dem FOCAC-Gipfel", w, "Dr. Lukas Brenner", "SIPA-Studie 2026/S 19",
        "Peking vergibt weniger Kredite, setzt aber stärker auf Sicherheitskooperation. Was bedeutet das für die europäische Afrikapolitik?",
        lambda k: it(k, "Chinas Afrikapolitik nach dem FOCAC-Gipfel", w, ["Lukas Brenner"], junk=["SIPA-Studie"]))
    w = d(2, 14, 0, 0, o)
    add("veranstaltung-berliner-sicherheitsdialog-2026", "Berliner Sicherheitsdialog 2026", w, "SIPA", "Veranstaltung",
        "Am 15. Dezember diskutieren Expertinnen und Experten über die Zukunft der europäischen Sicherheitsordnung. Anmeldung erforderlich.",
        lambda k: it(k, "Berliner Sicherheitsdialog 2026", w, [], story=False, note="Event announcement; the institute is not an author."))
    w = d(2, 9, 0, 0, o)
    add("iran-nach-snapback-optionen-fuer-die-e3", "Iran nach dem Snapback: Optionen für die E3", w, "Dr. Sara Tehrani, Prof. Dr. Helmut Vogt", "SIPA-Aktuell 2026/A 60",
        "Mit der Rückkehr der UN-Sanktionen ist die Atomdiplomatie nicht am Ende. Drei Optionen für Berlin, Paris und London.",
        lambda k: it(k, "Iran nach dem Snapback: Optionen für die E3", w, ["Sara Tehrani", "Helmut Vogt"], junk=["SIPA-Aktuell"]))
    w = d(1, 11, 0, 0, o)
    add("podcast-international-folge-88", "SIPA-Podcast „Weltlage“, Folge 88: Wahlen in Georgien", w, "Dr. Nino Kapanadze", "Podcast",
        "Im Gespräch über die Lage nach der Wahl und die Rolle der EU.",
        lambda k: it(k, "SIPA-Podcast „Weltlage“, Folge 88: Wahlen in Georgien", w, ["Nino Kapanadze"], story=False, note="Podcast episode."))
    w = d(30, 10, 0, 0, o).replace(month=11)
    add("stellenausschreibung-wissenschaftliche-mitarbeiterin-asien", "Stellenausschreibung: Wissenschaftliche/r Mitarbeiter/in Forschungsgruppe Asien", w, "SIPA", "Stellenangebot",
        "Die SIPA sucht zum 1. März 2027 eine/n wissenschaftliche/n Mitarbeiter/in (m/w/d).",
        lambda k: it(k, "Stellenausschreibung: Wissenschaftliche/r Mitarbeiter/in Forschungsgruppe Asien", w, [], story=False, rel=False, note="Job ad."))
    channel = ("<title>SIPA - Publikationen</title><link>https://www.sipa-berlin.org/</link><description>Stiftung für Internationale Politik und Auswärtige Angelegenheiten (SIPA)</description>"
               f"<language>de</language><copyright>Stiftung für Internationale Politik und Auswärtige Angelegenheiten</copyright><lastBuildDate>{rfc822(d(4, 10, 5, 0, o))}</lastBuildDate>")
    return feed("de_sipa_publikationen.rss.xml", rss(channel, rows, sep=""), items, lang="de", outlet="SIPA",
                aliases=["Stiftung für Internationale Politik und Auswärtige Angelegenheiten"],
                structure="SWP Berlin-style institute RSS (swp-berlin.org publications feed): single line, channel 'ACRONYM - Publikationen' with the long foundation name in the description, <author> holding names with academic and military titles ('Dr. A, Oberst i.G. B', 'Prof. Dr.') or the acronym, <category> with the series and number ('SIPA-Aktuell 2026/A 61', 'SIPA-Studie') or 'Veranstaltung' / 'Podcast' / 'Stellenangebot', plain abstracts, permalink guids, +0100 dates")


FEEDS = [vespral, continentalis, sipa, radiohorizon, heraldoaustral, diarioiberico, tagesbild, wirtschaftsbote, mondovisione, cerrado, hamwatan]
