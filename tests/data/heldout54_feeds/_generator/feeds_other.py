# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu world desks of the fifty-fourth held-out set, and its two
encoding traps. All outlets, people and quotations are invented."""
from h54 import NS_ALL, cd, d, esc, feed, gmt, isoz, it, q, rfc822, utc0, wpt

WP_NS = ('\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n'
         '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t')


def wp_feed(base, chan, desc, lang, gen, built, rows, extra_ns=""):
    head = (f'\t<title>{chan}</title>\n\t<atom:link href="{base}/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n\t<description>{desc}</description>\n'
            f'\t<lastBuildDate>{utc0(built)}</lastBuildDate>\n\t<language>{lang}</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v={gen}</generator>\n')
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"{WP_NS}{extra_ns}>\n\n<channel>\n{head}' + "\n".join(rows) + "\n\t</channel>\n</rss>\n"


def wp_item(base, pid, slug, title, when, creator, cats, excerpt, body, comments=0, extra=""):
    url = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
    cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
    return (f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<comments>{url}#comments</comments>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{utc0(when)}</pubDate>{cts}\n"
            f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
            f"\t\t\t\t\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t\t<slash:comments>{comments}</slash:comments>{extra}\n\t\t\t\t\t\t\t</item>"), f"{base}/?p={pid}"


# ---------------------------------------------------------------- Berlin daily on WordPress 6.4 + Jetpack, 2023
def spree():
    base = "https://www.spreekurier.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        jp = f'\n\t\t<media:content url="https://i0.wp.example/www.spreekurier.example/wp-content/uploads/2023/02/{slug[:14]}.jpg?fit=1200%2C800&amp;ssl=1" medium="image">\n\t\t\t<media:title type="html">{slug[:14]}</media:title>\n\t\t</media:content>'
        row, key = wp_item(base, pid, slug, title, when, creator, cats, excerpt, body, extra=jp)
        rows.append(row)
        items.append(exp(key))

    rel = '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Ähnliche Beiträge</em></h3></div>'
    w = d(2023, 2, 24, 9, 30, 0, 1)
    add(601223, "ein-jahr-krieg-kyjiw-gedenken", "Ein Jahr Krieg: Kyjiw gedenkt der Toten", w, "Katharina Wendt", ["Ausland", "Ukraine"],
        "Mit Schweigeminuten und Sirenen erinnert die Ukraine an den Beginn der russischen Invasion. Unsere Reporterin war in Kyjiw dabei.",
        "<p><strong>Mit Schweigeminuten und Sirenen erinnert die Ukraine an den Beginn der russischen Invasion.</strong></p><p>„Wir zählen nicht mehr die Tage, wir zählen die Namen“, sagt Olena Hrytsenko, die in Kyjiw eine Hilfsorganisation für Binnenflüchtlinge leitet.</p><h2>Berlin schickt weitere Panzer</h2><p>Am Nachmittag kündigte das Verteidigungsministerium in Berlin vier weitere Leopard-Panzer an.</p>" + rel,
        lambda k: it(k, "Ein Jahr Krieg: Kyjiw gedenkt der Toten", w, ["Katharina Wendt"], quotes=[q("Olena Hrytsenko", "Hilfsorganisation für Binnenflüchtlinge")], junk=["Ähnliche Beiträge"]))
    w = d(2023, 2, 23, 18, 45, 0, 1)
    add(601190, "wiederholungswahl-berlin-koalition", "Nach der Wiederholungswahl: Sondierungen im Roten Rathaus", w, "Tobias Krüger", ["Berlin", "Politik"],
        "Die Parteien loten Koalitionen aus.",
        "<p>Die Parteien loten nach der Wiederholungswahl mögliche Koalitionen aus.</p>" + rel,
        lambda k: it(k, "Nach der Wiederholungswahl: Sondierungen im Roten Rathaus", w, ["Tobias Krüger"], rel=False, junk=["Ähnliche Beiträge"], note="Berlin state politics: not relevant."))
    w = d(2023, 2, 23, 12, 0, 0, 1)
    add(601152, "china-positionspapier-ukraine", "China legt Positionspapier zum Ukraine-Krieg vor", w, "Redaktion", ["Ausland", "China"],
        "Peking fordert einen Waffenstillstand – ohne Russland zum Rückzug aufzurufen. (dpa/AFP)",
        "<p>Peking fordert in einem Zwölf-Punkte-Papier einen Waffenstillstand, ohne Russland zum Rückzug aufzurufen.</p><p>„Das Papier ist eher eine Standortbestimmung als ein Friedensplan“, sagte die Sinologin Dr. Helene Brandauer vom Ostasien-Institut in Hamburg.</p><p><em>(dpa/AFP)</em></p>" + rel,
        lambda k: it(k, "China legt Positionspapier zum Ukraine-Krieg vor", w, [], quotes=[q("Helene Brandauer", "Ostasien-Institut")], junk=["(dpa/AFP)", "Ähnliche Beiträge"], note="'Redaktion' is the newsroom, not a person."))
    w = d(2023, 2, 22, 20, 15, 0, 1)
    add(601120, "podcast-weltlage-folge-87", "Podcast „Weltlage“, Folge 87: Was bleibt von München?", w, "Katharina Wendt", ["Podcast"],
        "Die Sicherheitskonferenz im Rückblick. Jetzt anhören.",
        '<p>Die Sicherheitskonferenz im Rückblick.</p><figure class="wp-block-embed is-provider-spotify"><div class="wp-block-embed__wrapper"><iframe src="https://open.spotify.example/embed/episode/4x" width="100%" height="232"></iframe></div></figure>',
        lambda k: it(k, "Podcast „Weltlage“, Folge 87: Was bleibt von München?", w, [], story=False, rel=False, note="Podcast episode: not a story."))
    w = d(2023, 2, 22, 14, 30, 0, 1)
    add(601088, "erdbeben-tuerkei-syrien-hilfe-grenzuebergang", "Erdbeben: UN öffnen zweiten Grenzübergang nach Nordsyrien", w, "Deniz Aydın", ["Ausland", "Syrien", "Türkei"],
        "Über Bab al-Salam rollen erste Lastwagen mit Hilfsgütern.",
        "<p>Über den Grenzübergang Bab al-Salam rollen erste Lastwagen mit Hilfsgütern in den Nordwesten Syriens.</p><p>„Zwei Wochen zu spät“, sagt Nour Khatib von der Syrischen Zivilverteidigung.</p>" + rel,
        lambda k: it(k, "Erdbeben: UN öffnen zweiten Grenzübergang nach Nordsyrien", w, ["Deniz Aydın"], quotes=[q("Nour Khatib", "Syrische Zivilverteidigung")], junk=["Ähnliche Beiträge"]))
    w = d(2023, 2, 22, 8, 0, 0, 1)
    add(601050, "newsletter-der-morgen", "Der Morgen: Unser Newsletter für Frühaufsteher", w, "Redaktion", ["Newsletter"],
        "Jetzt kostenlos abonnieren.",
        "<p>Jeden Werktag um 6 Uhr: die wichtigsten Nachrichten aus Berlin und der Welt. Jetzt kostenlos abonnieren.</p>",
        lambda k: it(k, "Der Morgen: Unser Newsletter für Frühaufsteher", w, [], story=False, rel=False, note="Newsletter promo: not a story."))
    text = wp_feed(base + "/ausland", "Ausland &#8211; Spreekurier", "Die linke Tageszeitung aus Berlin", "de-DE", "6.4.3", d(2023, 2, 24, 9, 31, 0, 1), rows, extra_ns='xmlns:media="http://search.yahoo.com/mrss/"\n')
    return feed("de_spreekurier_ausland_wp64_jetpack.rss.xml", text, items, lang="de", outlet="Spreekurier",
                structure="Berlin daily's /ausland/feed/ from WordPress 6.4.3 with Jetpack (related posts box, Photon i0.wp image URLs in media:content), February 2023: WordPress's tab and blank-line layout including the broken sy:updatePeriod indentation, channel 'Ausland – Brand', de-DE, '?p=' guids, dc:creator with reporters or 'Redaktion', multiple categories, content:encoded with bold standfirst, h2 sub-heads, German quotation marks, '(dpa/AFP)' credit, Spotify embed, +0000 dates")


# ---------------------------------------------------------------- Cologne regional daily on Escenic, 2020
def rhein():
    base = "https://www.rheinblatt.example"
    rows, items = [], []

    def add(aid, path, title, when, creators, desc, body, exp):
        url = f"{base}/politik/ausland/{path}-{aid}"
        cr = "".join(f"\n<dc:creator>{esc(c)}</dc:creator>" for c in creators)
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}?cb=1601000000</link>\n<guid isPermaLink=\"false\">{url}</guid>\n<pubDate>{rfc822(when)}</pubDate>{cr}\n<description>{esc(desc)}</description>\n<content:encoded>{cd(body)}</content:encoded>\n</item>")
        items.append(exp(url))

    w = d(2020, 9, 24, 17, 12, 0, 2)
    add(37402915, "belarus-lukaschenko-vereidigung-koeln-protest", "Nach heimlicher Vereidigung: Belarussen in Köln demonstrieren vor dem Dom", w, ["Jana Fischer"],
        "Rund 300 Menschen aus der belarussischen Gemeinde protestierten am Donnerstagabend auf der Domplatte.",
        "<p>Rund 300 Menschen aus der belarussischen Gemeinde protestierten am Donnerstagabend auf der Domplatte gegen die heimliche Amtseinführung in Minsk.</p><p>„Wir wollen, dass Europa nicht wegsieht“, sagte Aljona Saizewa, die den Protest angemeldet hatte.</p><p><strong>Lesen Sie mehr:</strong> <a href=\"/koeln/demo-domplatte-37400011\">Demo-Chronik: Alle Kundgebungen in Köln</a></p>",
        lambda k: it(k, "Nach heimlicher Vereidigung: Belarussen in Köln demonstrieren vor dem Dom", w, ["Jana Fischer"], rel=False, quotes=[q("Aljona Saizewa")], junk=["Lesen Sie mehr", "Demo-Chronik"],
                     note="A foreign crisis told through a local emigrant community's protest in Cologne: home (city) news, not relevant."))
    w = d(2020, 9, 24, 11, 3, 0, 2)
    add(37401802, "eu-migrationspakt-vorstellung", "EU-Kommission legt neuen Migrationspakt vor", w, ["Redaktion RB", "dpa"],
        "Die EU-Kommission will Asylverfahren an den Außengrenzen beschleunigen.",
        "<p>Die EU-Kommission will Asylverfahren an den Außengrenzen beschleunigen und Rückführungen besser koordinieren.</p><p><em>Mehr News aus aller Welt gibt es in unserer App – jetzt kostenlos herunterladen.</em></p>",
        lambda k: it(k, "EU-Kommission legt neuen Migrationspakt vor", w, [], junk=["in unserer App", "herunterladen"], note="'Redaktion RB' and 'dpa' are not people."))
    w = d(2020, 9, 23, 20, 40, 0, 2)
    add(37400555, "bildergalerie-waldbraende-kalifornien", "Bildergalerie: Waldbrände in Kalifornien", w, ["Redaktion RB"],
        "Die Bilder der Feuer im Westen der USA.",
        "<p>Die Bilder der Feuer im Westen der USA.</p>",
        lambda k: it(k, "Bildergalerie: Waldbrände in Kalifornien", w, [], story=False, rel=False, note="Gallery: not a story."))
    w = d(2020, 9, 23, 15, 25, 0, 2)
    add(37399871, "bergkarabach-spannungen-armenien-aserbaidschan", "Spannungen um Bergkarabach: Armenien und Aserbaidschan verlegen Truppen", w, ["Markus Bender"],
        "Militärische Bewegungen an der Kontaktlinie beunruhigen die OSZE.",
        "<p>Militärische Bewegungen an der Kontaktlinie beunruhigen die OSZE.</p><p>„Die Lage ist so angespannt wie seit 2016 nicht mehr“, sagte Konfliktforscher Prof. Dr. Ulrich Hasenkamp von der Universität Bonn.</p>",
        lambda k: it(k, "Spannungen um Bergkarabach: Armenien und Aserbaidschan verlegen Truppen", w, ["Markus Bender"], quotes=[q("Ulrich Hasenkamp", "Universität Bonn")]))
    w = d(2020, 9, 23, 9, 50, 0, 2)
    add(37398840, "corona-risikogebiete-urlaub-herbstferien", "Herbstferien in NRW: Welche Länder jetzt Risikogebiete sind", w, ["Sabine Hoppe"],
        "Was Reisende aus Köln vor den Herbstferien wissen müssen.",
        "<p>Was Reisende aus Köln vor den Herbstferien wissen müssen.</p><ul><li>Teile Spaniens</li><li>Paris</li><li>Wien</li></ul>",
        lambda k: it(k, "Herbstferien in NRW: Welche Länder jetzt Risikogebiete sind", w, ["Sabine Hoppe"], rel=False, note="Service piece for travellers: a story, not world affairs."))
    w = d(2020, 9, 22, 18, 0, 0, 2)
    add(37397761, "nawalny-charite-entlassen", "Nawalny aus der Charité entlassen", w, ["AFP"],
        "Der russische Oppositionspolitiker ist nach 32 Tagen aus der Berliner Klinik entlassen worden.",
        "<p>Der russische Oppositionspolitiker ist nach 32 Tagen aus der Berliner Klinik entlassen worden. Die Bundesregierung fordert von Moskau weiter Aufklärung.</p>",
        lambda k: it(k, "Nawalny aus der Charité entlassen", w, []))
    head = (f"<title>Ausland - Rheinblatt</title>\n<link>{base}/politik/ausland</link>\n<description>Aktuelle Nachrichten aus aller Welt vom Rheinblatt</description>\n<language>de</language>\n<copyright>Rheinblatt Medien GmbH</copyright>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("de_rheinblatt_ausland_escenic.rss.xml", text, items, lang="de", outlet="Rheinblatt",
                structure="Cologne regional daily's foreign-news page from Escenic 6 section RSS (Kölner regional-group style), September 2020: no indentation, channel 'Ausland - Brand', article URLs '/politik/ausland/<slug>-<article id>' as non-permalink guids while links carry a '?cb=' cache-buster, repeated dc:creator (reporters, 'Redaktion RB', 'dpa', 'AFP'), escaped teaser descriptions and CDATA content:encoded with a 'Lesen Sie mehr:' related link and an app promo, +0200 dates, a picture gallery and a local angle on a foreign crisis")


# ---------------------------------------------------------------- Swiss public broadcaster on Polopoly, 2022
def alpenfunk():
    base = "https://www.srg-alpenfunk.example"
    rows, items = [], []

    def add(cid, slug, title, when, desc, exp):
        url = f"{base}/news/international/{slug}"
        rows.append(f"\t<item>\n\t\t<title>{cd(title)}</title>\n\t\t<link>{url}</link>\n\t\t<description>{cd(desc)}</description>\n\t\t<guid isPermaLink=\"false\">urn:alpenfunk:article:{cid}</guid>\n\t\t<pubDate>{rfc822(when)}</pubDate>\n\t</item>")
        items.append(exp(f"urn:alpenfunk:article:{cid}"))

    w = d(2022, 6, 28, 16, 40, 0, 2)
    add(19548102, "nato-gipfel-madrid-tuerkei-gibt-weg-frei", "Nato-Gipfel in Madrid: Türkei gibt Weg für Norderweiterung frei", w,
        '<img src="https://www.srg-alpenfunk.example/static/cms/images/960w/abc123.jpg" width="960" height="540" /><br />Ankara hat seinen Widerstand gegen den Beitritt Finnlands und Schwedens aufgegeben. Das teilte der finnische Präsident nach einem Treffen in Madrid mit.',
        lambda k: it(k, "Nato-Gipfel in Madrid: Türkei gibt Weg für Norderweiterung frei", w, [], junk=["<img", "<br"], note="Image and <br /> before the lead in the CDATA description."))
    w = d(2022, 6, 28, 11, 15, 0, 2)
    add(19547820, "ukraine-wiederaufbaukonferenz-lugano-vorbereitung", "Lugano bereitet sich auf Ukraine-Wiederaufbaukonferenz vor", w,
        "Die Stadt am Luganersee erwartet nächste Woche Delegationen aus über 40 Staaten. «Wir sind bereit», sagt die Sicherheitsdirektorin des Kantons Tessin, Lara Bernasconi. Mit Material von SDA",
        lambda k: it(k, "Lugano bereitet sich auf Ukraine-Wiederaufbaukonferenz vor", w, [], quotes=[q("Lara Bernasconi", "Sicherheitsdirektorin des Kantons Tessin")], junk=["Mit Material von SDA"],
                     note="Switzerland hosting an international conference: relevant. Swiss guillemets; no ß in Swiss spelling."))
    w = d(2022, 6, 27, 20, 0, 0, 2)
    add(19547515, "echo-der-zeit-27-juni", "Echo der Zeit vom 27.06.2022", w,
        "Die Sendung zum Nachhören.",
        lambda k: it(k, "Echo der Zeit vom 27.06.2022", w, [], story=False, rel=False, note="Radio programme replay: not a story."))
    w = d(2022, 6, 27, 14, 30, 0, 2)
    add(19547301, "g7-elmau-preisdeckel-russisches-oel", "G7 wollen Preisdeckel für russisches Öl prüfen", w,
        "Die Staats- und Regierungschefs der G7 haben sich in Elmau darauf verständigt, eine Preisobergrenze für russisches Öl zu prüfen. Auslandredaktorin Corinne Stäheli ordnet ein.",
        lambda k: it(k, "G7 wollen Preisdeckel für russisches Öl prüfen", w, [], note="The foreign-desk editor named as the one who analyses it (in the audio) is not the author of the text: []."))
    w = d(2022, 6, 27, 9, 10, 0, 2)
    add(19547122, "kolumbien-wahrheitskommission-bericht", "Kolumbien: Wahrheitskommission legt Schlussbericht vor", w,
        "Nach über drei Jahren Arbeit hat die Wahrheitskommission ihren Bericht über den bewaffneten Konflikt vorgelegt. Ein Bericht von Süd­amerika-Korrespondent Mattia Bernet aus Bogotá.",
        lambda k: it(k, "Kolumbien: Wahrheitskommission legt Schlussbericht vor", w, ["Mattia Bernet"], junk=["Ein Bericht von"],
                     note="The report's author is credited in the last sentence ('Ein Bericht von Korrespondent Name aus City'): the byline. 'Süd­amerika' carries a soft hyphen."))
    w = d(2022, 6, 26, 18, 20, 0, 2)
    add(19546900, "eidgenoessisches-schwingfest-vorschau", "Schwingfest in Pratteln: Das müssen Sie wissen", w,
        "Alles zum Eidgenössischen im Baselbiet.",
        lambda k: it(k, "Schwingfest in Pratteln: Das müssen Sie wissen", w, [], rel=False, note="Domestic sport event on the international feed: not relevant."))
    head = (f"\t<title>Alpenfunk News - International</title>\n\t<link>{base}/news/international</link>\n\t<description>Alpenfunk News - International</description>\n\t<language>de-CH</language>\n\t<copyright>SRG Alpenfunk</copyright>\n\t<lastBuildDate>{rfc822(d(2022, 6, 28, 16, 45, 0, 2))}</lastBuildDate>\n")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("de_ch_alpenfunk_international_polopoly.rss.xml", text, items, lang="de", outlet="Alpenfunk News", aliases=["Alpenfunk", "SRG Alpenfunk"],
                structure="Swiss public broadcaster's international news RSS from Polopoly, June 2022: tab indentation, channel 'Brand News - International' repeated as description, de-CH, 'urn:<brand>:article:<id>' guids, CDATA titles and descriptions (one opening with an <img> and <br />), no author element (a correspondent named in the last sentence), Swiss guillemets, 'Mit Material von SDA', a closing 'Ein Bericht von …' credit, a soft hyphen, +0200 dates, a radio programme replay")


# ---------------------------------------------------------------- Turin daily on Arc XP, 2026
def mole():
    base = "https://www.lamole.example"
    rows, items = [], []

    def add(path, title, when, byline, desc, exp, kind="story"):
        url = f"{base}/esteri/{when.strftime('%Y/%m/%d')}/news/{path}/"
        rows.append(f"<item><title><![CDATA[{title}]]></title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid><dc:creator><![CDATA[{byline}]]></dc:creator><description><![CDATA[{desc}]]></description><pubDate>{gmt(when)}</pubDate><category>{kind}</category></item>")
        items.append(exp(url))

    w = d(2026, 1, 15, 18, 20, 0, 1)
    add("groenlandia_vertice_copenaghen_artico-15482201", "Groenlandia, vertice a Copenaghen: l’Ue promette più fondi per l’Artico", w, "dalla nostra inviata Chiara Ferrero",
        "La Commissione annuncia un piano di investimenti. «Non siamo in vendita», dice la deputata groenlandese Aaja Lund Kristensen",
        lambda k: it(k, "Groenlandia, vertice a Copenaghen: l’Ue promette più fondi per l’Artico", w, ["Chiara Ferrero"], quotes=[q("Aaja Lund Kristensen")], junk=["dalla nostra inviata"],
                     note="dc:creator begins with a role phrase ('dalla nostra inviata'): the author is the name alone."))
    w = d(2026, 1, 15, 12, 5, 0, 1)
    add("iran_proteste_sanzioni_ue-15481950", "Iran, nuove sanzioni Ue dopo la repressione delle proteste", w, "Redazione",
        "I ministri degli Esteri approvano un pacchetto che colpisce 20 funzionari",
        lambda k: it(k, "Iran, nuove sanzioni Ue dopo la repressione delle proteste", w, [], note="'Redazione' is not a person."))
    w = d(2026, 1, 14, 21, 40, 0, 1)
    add("diretta_ucraina_negoziati_ginevra-15481700", "Ucraina, la diretta: negoziati a Ginevra", w, "Redazione",
        "Segui con noi gli aggiornamenti", lambda k: it(k, "Ucraina, la diretta: negoziati a Ginevra", w, [], story=False, rel=False, note="Live blog shell: not a story."), kind="liveblog")
    w = d(2026, 1, 14, 16, 30, 0, 1)
    add("torino_delegazione_cinese_auto_elettriche-15481433", "Auto elettriche, delegazione cinese a Torino: «Qui possiamo produrre»", w, "Marco Bertolino",
        "Incontro in Regione con un gruppo di Shenzhen. Dazi europei sullo sfondo",
        lambda k: it(k, "Auto elettriche, delegazione cinese a Torino: «Qui possiamo produrre»", w, ["Marco Bertolino"], rel=False,
                     note="A Chinese carmaker group courting the Piedmont region: local business news with the EU tariffs only as background, not relevant."))
    w = d(2026, 1, 14, 10, 0, 0, 1)
    add("venezuela_transizione_rilascio_detenuti_italiani-15481100", "Venezuela, liberati due italiani detenuti a Caracas", w, "Francesca Ruffino, Paolo Gai",
        "La Farnesina conferma: rientreranno in Italia nei prossimi giorni",
        lambda k: it(k, "Venezuela, liberati due italiani detenuti a Caracas", w, ["Francesca Ruffino", "Paolo Gai"], note="Two authors separated by a comma in one dc:creator."))
    w = d(2026, 1, 13, 19, 15, 0, 1)
    add("juventus_mercato_gennaio-15480870", "Juventus, il mercato di gennaio entra nel vivo", w, "Giulio Cravero",
        "Due nomi per la difesa",
        lambda k: it(k, "Juventus, il mercato di gennaio entra nel vivo", w, ["Giulio Cravero"], rel=False, note="Football transfer news misfiled under Esteri: not relevant."))
    head = (f'<title><![CDATA[La Mole - Esteri]]></title><link>{base}/esteri</link><atom:link href="{base}/arc/outboundfeeds/rss/category/esteri/?outputType=xml" rel="self" type="application/rss+xml"/><description><![CDATA[La Mole - Esteri]]></description>'
            f"<lastBuildDate>{gmt(d(2026, 1, 15, 18, 25, 0, 1))}</lastBuildDate><language>it</language><ttl>1</ttl>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0"><channel>' + head + "".join(rows) + "</channel></rss>")
    return feed("it_lamole_esteri_arcxp.rss.xml", text, items, lang="it", outlet="La Mole",
                structure="Turin daily's 'Esteri' section from Arc XP outbound feeds, January 2026: one line, CDATA titles and summaries (subtitles without a final full stop), permalink guids '/esteri/YYYY/MM/DD/news/<slug>-<id>/', dc:creator holding the byline as typed ('dalla nostra inviata Name', 'Redazione', 'Name, Name'), category carrying the Arc content type, GMT dates, Italian guillemets and typographic apostrophes, a live blog")


# ---------------------------------------------------------------- Bari regional daily on WordPress 5.8 + Yoast, 2021
def levante():
    base = "https://www.gazzettadellevante.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
        foot = f'<p>L&#8217;articolo <a rel="nofollow" href="{url}">{wpt(title)}</a> proviene da <a rel="nofollow" href="{base}">Gazzetta del Levante</a>.</p>\n'
        row, key = wp_item(base, pid, slug, title, when, creator, cats, f"<p>{excerpt} [&#8230;]</p>\n{foot}", body + foot)
        rows.append(row)
        items.append(exp(key))

    w = d(2021, 8, 26, 19, 10, 0, 2)
    add(98211, "kabul-atterrato-a-bari-volo-afghani", "Kabul, atterrato a Bari un volo con 110 afghani evacuati", w, "Nicola Loiacono", ["Esteri", "Bari"],
        "È atterrato all&#8217;aeroporto di Palese un volo dell&#8217;Aeronautica con 110 cittadini afghani",
        "<p>È atterrato all&#8217;aeroporto di Palese un volo dell&#8217;Aeronautica militare con 110 cittadini afghani evacuati da Kabul.</p><p>&#171;Sono collaboratori del nostro contingente e le loro famiglie&#187;, ha spiegato il prefetto vicario Rosa Maria Lorusso.</p>",
        lambda k: it(k, "Kabul, atterrato a Bari un volo con 110 afghani evacuati", w, ["Nicola Loiacono"], quotes=[q("Rosa Maria Lorusso", "prefetto vicario")], junk=["proviene da"]))
    w = d(2021, 8, 26, 15, 0, 0, 2)
    add(98190, "kabul-esplosioni-aeroporto", "Kabul, due esplosioni all’aeroporto: decine di vittime", w, "Redazione", ["Esteri"],
        "Due esplosioni vicino all&#8217;Abbey Gate", "<p>Due esplosioni vicino all&#8217;Abbey Gate dell&#8217;aeroporto di Kabul. (ANSA)</p>",
        lambda k: it(k, "Kabul, due esplosioni all’aeroporto: decine di vittime", w, [], junk=["proviene da", "(ANSA)"],
                     note="Titles carry the apostrophe as a numeric reference (&#8217;): expected with the typographic apostrophe."))
    w = d(2021, 8, 25, 21, 30, 0, 2)
    add(98152, "sagra-del-polpo-mola", "Mola, torna la Sagra del polpo: il programma", w, "Redazione", ["Eventi"],
        "Tre giorni di musica e degustazioni", "<p>Tre giorni di musica e degustazioni sul lungomare.</p>",
        lambda k: it(k, "Mola, torna la Sagra del polpo: il programma", w, [], story=False, rel=False, junk=["proviene da"], note="Event listing: not a story."))
    w = d(2021, 8, 25, 12, 45, 0, 2)
    add(98120, "albania-accordo-porto-durazzo-bari", "Albania, accordo con Bari sul porto di Durazzo dopo il terremoto", w, "Michele De Palma", ["Esteri", "Economia"],
        "Firmato un protocollo tra le autorità portuali", "<p>Firmato un protocollo tra le autorità portuali di Bari e Durazzo per la ricostruzione delle banchine.</p>",
        lambda k: it(k, "Albania, accordo con Bari sul porto di Durazzo dopo il terremoto", w, ["Michele De Palma"], junk=["proviene da"]))
    w = d(2021, 8, 24, 18, 0, 0, 2)
    add(98077, "xylella-nuovi-focolai-brindisi", "Xylella, nuovi focolai nel Brindisino", w, "Antonella Greco", ["Puglia"],
        "Abbattimenti in sei comuni", "<p>Abbattimenti in sei comuni.</p>",
        lambda k: it(k, "Xylella, nuovi focolai nel Brindisino", w, ["Antonella Greco"], rel=False, junk=["proviene da"]))
    w = d(2021, 8, 24, 9, 20, 0, 2)
    add(98040, "grecia-incendi-eubea-vigili-pugliesi", "Grecia, i vigili del fuoco pugliesi rientrano dall’Eubea", w, "Nicola Loiacono", ["Esteri"],
        "Accolti in caserma", "<p>Accolti in caserma i 40 vigili del fuoco della colonna mobile regionale.</p>",
        lambda k: it(k, "Grecia, i vigili del fuoco pugliesi rientrano dall’Eubea", w, ["Nicola Loiacono"], rel=False, junk=["proviene da"], note="Local firefighters home from a mission abroad: human-interest, not world affairs."))
    text = wp_feed(base + "/category/esteri", "Esteri &#8211; Gazzetta del Levante", "Il quotidiano di Bari e della Puglia", "it-IT", "5.8", d(2021, 8, 26, 19, 11, 0, 2), rows)
    return feed("it_gazzettadellevante_esteri_wp58_yoast.rss.xml", text, items, lang="it", outlet="Gazzetta del Levante",
                structure="Bari regional daily's /category/esteri/feed/ from WordPress 5.8 with Yoast SEO (Italian footer 'L’articolo … proviene da …'), August 2021: WordPress's tab layout, channel 'Esteri – Brand', it-IT, '?p=' guids, titles with numeric references for apostrophes, excerpt descriptions ending ' [&#8230;]' plus footer, content:encoded with «» as numeric references, '(ANSA)' credit, +0000 dates, an event listing and local angles")


# ---------------------------------------------------------------- São Paulo business daily on Brightspot, 2023
def valorpaulista():
    base = "https://www.diarioeconomico-sp.example"
    rows, items = [], []

    def add(slug, title, when, authors, desc, exp):
        url = f"{base}/mundo/noticia/{when.strftime('%Y/%m/%d')}/{slug}.ghtml"
        a = "".join(f"<dc:creator>{esc(x)}</dc:creator>" for x in authors)
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <guid isPermaLink=\"true\">{url}</guid>\n    {a}\n    <description>{cd(desc)}</description>\n    <pubDate>{rfc822(when)}</pubDate>\n  </item>")
        items.append(exp(url))

    w = d(2023, 4, 14, 10, 30, 0, -3)
    add("brasil-china-acordos-comerciais-pequim", "Brasil e China assinam 15 acordos durante visita a Pequim", w, ["Luiza Tavares", "De Pequim"],
        '<img src="https://s2.diarioeconomico-sp.example/img/pequim.jpg" /><br />Acordos incluem comércio em moedas locais e cooperação em satélites. "É um passo concreto para reduzir a dependência do dólar", disse Rodrigo Mattos Sampaio, economista-chefe da Fundação Atlântico Sul.',
        lambda k: it(k, "Brasil e China assinam 15 acordos durante visita a Pequim", w, ["Luiza Tavares"], quotes=[q("Rodrigo Mattos Sampaio", "Fundação Atlântico Sul")], junk=["De Pequim", "<img"],
                     note="A second dc:creator holds the dateline 'De Pequim', not a person. A head of state's visit is only the setting."))
    w = d(2023, 4, 14, 7, 0, 0, -3)
    add("newsletter-valor-internacional", "Receba a newsletter Mundo Econômico", w, ["Diário Econômico"],
        "Inscreva-se e receba as principais notícias internacionais de economia.",
        lambda k: it(k, "Receba a newsletter Mundo Econômico", w, [], story=False, rel=False, note="Newsletter sign-up: not a story."))
    w = d(2023, 4, 13, 18, 45, 0, -3)
    add("argentina-fmi-revisao-metas", "Argentina negocia com FMI revisão de metas após seca", w, ["Mariana Quiroga", "Valor, de Buenos Aires"],
        "Quebra da safra reduz reservas e governo pede flexibilização. Conteúdo exclusivo para assinantes.",
        lambda k: it(k, "Argentina negocia com FMI revisão de metas após seca", w, ["Mariana Quiroga"], junk=["Conteúdo exclusivo para assinantes", "de Buenos Aires"]))
    w = d(2023, 4, 13, 14, 20, 0, -3)
    add("bolsas-europa-fecham-em-alta", "Bolsas da Europa fecham em alta com inflação americana mais fraca", w, ["Reuters"],
        "Índice Stoxx 600 sobe 0,4%.",
        lambda k: it(k, "Bolsas da Europa fecham em alta com inflação americana mais fraca", w, [], rel=False, note="Markets report: a story, not world affairs."))
    w = d(2023, 4, 13, 9, 5, 0, -3)
    add("ue-acordo-mercosul-exigencias-ambientais", "UE envia ao Mercosul carta com novas exigências ambientais", w, ["Assis Moreira", "De Genebra"],
        'Documento adicional desagrada negociadores brasileiros. "Mudaram as regras no fim do jogo", disse um diplomata.',
        lambda k: it(k, "UE envia ao Mercosul carta com novas exigências ambientais", w, ["Assis Moreira"], junk=["De Genebra"], note="Unnamed diplomat: no quote entry."))
    w = d(2023, 4, 12, 20, 0, 0, -3)
    add("reforma-tributaria-grupo-de-trabalho", "Reforma tributária: relator apresenta cronograma", w, ["Fábio Pupo"],
        "Texto deve ser votado na Câmara até julho.",
        lambda k: it(k, "Reforma tributária: relator apresenta cronograma", w, ["Fábio Pupo"], rel=False, note="Brazilian domestic politics: not relevant."))
    head = f"    <title>Mundo | Diário Econômico</title>\n    <link>{base}/mundo/</link>\n    <description>Notícias internacionais de economia e política</description>\n    <language>pt-BR</language>\n"
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("pt_br_diarioeconomico_mundo_brightspot.rss.xml", text, items, lang="pt", outlet="Diário Econômico",
                structure="São Paulo business daily's 'Mundo' RSS from Brightspot, April 2023: '.ghtml' permalink guids, repeated dc:creator where the second one holds the dateline ('De Pequim', 'Valor, de Buenos Aires'), CDATA descriptions (one opening with an <img> and <br />, one ending with a paywall line), pt-BR, -0300 dates, a newsletter sign-up")


# ---------------------------------------------------------------- Porto daily on a custom .NET CMS, 2017
def invicta():
    base = "https://www.jornaldainvicta.example"
    rows, items = [], []

    def add(aid, title, when, desc, exp):
        url = f"{base}/mundo/interior.aspx?content_id={aid}"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description><pubDate>{rfc822(when)}</pubDate><guid>{url}</guid></item>")
        items.append(exp(url))

    w = d(2017, 10, 27, 16, 50, 0, 1)
    add(5870231, "Parlamento catalão declara independência e Madrid aprova intervenção", w,
        "O parlamento da Catalunha aprovou uma declaração unilateral de independência. Horas depois, o Senado espanhol autorizou a aplicação do artigo 155. Leia mais em jornaldainvicta.example",
        lambda k: it(k, "Parlamento catalão declara independência e Madrid aprova intervenção", w, [], junk=["Leia mais em"]))
    w = d(2017, 10, 27, 11, 0, 0, 1)
    add(5869900, "Portugueses na Catalunha: \"Vivemos dias de grande incerteza\"", w,
        "A comunidade portuguesa em Barcelona acompanha a crise com apreensão. \"Vivemos dias de grande incerteza\", diz Manuel Queirós, presidente da Associação Lusa de Barcelona. Texto de Sofia Magalhães",
        lambda k: it(k, "Portugueses na Catalunha: \"Vivemos dias de grande incerteza\"", w, ["Sofia Magalhães"], rel=False, quotes=[q("Manuel Queirós", "Associação Lusa de Barcelona")], junk=["Texto de"],
                     note="Byline only as a trailing 'Texto de Name'. A foreign crisis told through the Portuguese emigrant community: home news, not relevant (the Catalan vote itself is the relevant item above)."))
    w = d(2017, 10, 26, 19, 30, 0, 1)
    add(5869450, "Vídeo: o momento da votação no Parlament", w, "Veja as imagens.",
        lambda k: it(k, "Vídeo: o momento da votação no Parlament", w, [], story=False, rel=False, note="Video: not a story."))
    w = d(2017, 10, 26, 14, 10, 0, 1)
    add(5869102, "Incêndios: Bruxelas disponibiliza fundo de emergência a Portugal", w,
        "A Comissão Europeia vai mobilizar o Fundo de Solidariedade após os incêndios de 15 de outubro.",
        lambda k: it(k, "Incêndios: Bruxelas disponibiliza fundo de emergência a Portugal", w, [], rel=False, note="EU disaster funding for domestic fires: a story about home recovery, not relevant."))
    w = d(2017, 10, 26, 9, 0, 0, 1)
    add(5868800, "Quénia repete presidenciais sob boicote da oposição", w,
        "Os quenianos votaram pela segunda vez em três meses, com a oposição a boicotar o escrutínio. (Lusa)",
        lambda k: it(k, "Quénia repete presidenciais sob boicote da oposição", w, [], junk=["(Lusa)"]))
    w = d(2017, 10, 25, 18, 40, 0, 1)
    add(5868420, "Angola: novo Presidente exonera administração da Sonangol", w,
        "A decisão foi publicada em Diário da República angolano. Por Rui Canas, correspondente em Luanda",
        lambda k: it(k, "Angola: novo Presidente exonera administração da Sonangol", w, ["Rui Canas"], junk=["correspondente em Luanda"], note="Byline as a trailing 'Por Name, correspondente em City'."))
    head = f"<title>Jornal da Invicta - Mundo</title><link>{base}/mundo</link><description>Jornal da Invicta - Mundo</description><language>pt-PT</language><copyright>Copyright © 2017 Jornal da Invicta</copyright>"
    text = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>' + head + "".join(rows) + "</channel></rss>"
    return feed("pt_pt_jornaldainvicta_mundo_aspnet.rss.xml", text, items, lang="pt", outlet="Jornal da Invicta",
                structure="Porto daily's 'Mundo' RSS from a custom ASP.NET CMS (rss.aspx), October 2017: one line, channel 'Brand - Mundo' repeated as description, pt-PT, copyright line, links 'interior.aspx?content_id=<n>' repeated as guids without isPermaLink, no author element (bylines as trailing 'Texto de Name' / 'Por Name, correspondente em City'), straight quotes, '(Lusa)' credits, 'Leia mais em' tails, +0100 (Western European Summer Time) dates")


# ---------------------------------------------------------------- Karachi Urdu daily on WordPress 5.5, 2020
def qaumi():
    base = "https://www.roznamaqaumiawaz.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        row, key = wp_item(base, pid, slug, title, when, creator, cats, excerpt, body)
        rows.append(row)
        items.append(exp(key))

    w = d(2020, 11, 10, 14, 25, 0, 5)
    add(215540, "armenia-azerbaijan-jang-bandi", "آرمینیا اور آذربائیجان کے درمیان جنگ بندی کا معاہدہ", w, "ویب ڈیسک", ["بین الاقوامی"],
        "ناگورنو کاراباخ میں چھ ہفتوں کی لڑائی کے بعد روس کی ثالثی میں جنگ بندی کا معاہدہ طے پا گیا۔",
        "<p>ناگورنو کاراباخ میں چھ ہفتوں کی لڑائی کے بعد روس کی ثالثی میں جنگ بندی کا معاہدہ طے پا گیا۔</p><p>بین الاقوامی امور کے ماہر ڈاکٹر فرحان صدیقی نے کہا کہ &#8220;یہ معاہدہ خطے میں طاقت کا نیا توازن ظاہر کرتا ہے&#8221;۔</p><p><strong>یہ بھی پڑھیں:</strong> <a href=\"https://www.roznamaqaumiawaz.example/?p=215400\">ترکی کا موقف</a></p>",
        lambda k: it(k, "آرمینیا اور آذربائیجان کے درمیان جنگ بندی کا معاہدہ", w, [], quotes=[q("فرحان صدیقی")], junk=["یہ بھی پڑھیں", "ترکی کا موقف", "ویب ڈیسک"],
                     note="'ویب ڈیسک' (web desk) is not a person. 'یہ بھی پڑھیں' (also read) related link is junk."))
    w = d(2020, 11, 10, 9, 0, 0, 5)
    add(215521, "us-intikhabat-daftar-e-kharja-radd-e-amal", "امریکی انتخابات: دفتر خارجہ کا نئی انتظامیہ کے ساتھ کام کرنے کا عزم", w, "نمائندہ خصوصی اسلام آباد", ["بین الاقوامی", "پاکستان"],
        "دفتر خارجہ کی ترجمان نے کہا ہے کہ پاکستان نئی امریکی انتظامیہ کے ساتھ مل کر کام کرے گا۔",
        "<p>اسلام آباد (نمائندہ خصوصی) دفتر خارجہ کی ترجمان نے کہا ہے کہ پاکستان نئی امریکی انتظامیہ کے ساتھ مل کر کام کرے گا اور افغان امن عمل کو آگے بڑھانے کا خواہاں ہے۔</p>",
        lambda k: it(k, "امریکی انتخابات: دفتر خارجہ کا نئی انتظامیہ کے ساتھ کام کرنے کا عزم", w, [], junk=["نمائندہ خصوصی"], note="Byline is a role ('special correspondent, Islamabad'): []. Pakistan's foreign policy: relevant."))
    w = d(2020, 11, 9, 20, 30, 0, 5)
    add(215490, "karachi-barish-sadkein", "کراچی: بارش کے بعد سڑکیں زیر آب", w, "اسٹاف رپورٹر", ["کراچی"],
        "شہر کے کئی علاقوں میں پانی جمع ہو گیا۔", "<p>شہر کے کئی علاقوں میں پانی جمع ہو گیا۔</p>",
        lambda k: it(k, "کراچی: بارش کے بعد سڑکیں زیر آب", w, [], rel=False, note="Local news: not relevant; 'staff reporter' is not a person."))
    w = d(2020, 11, 9, 15, 45, 0, 5)
    add(215466, "france-islamophobia-ihtijaj", "فرانس میں توہین آمیز خاکوں کے خلاف مسلم ممالک میں احتجاج جاری", w, "عائشہ رحمان", ["بین الاقوامی"],
        "کئی مسلم ممالک میں فرانسیسی مصنوعات کے بائیکاٹ کی مہم جاری ہے۔",
        "<p>کئی مسلم ممالک میں فرانسیسی مصنوعات کے بائیکاٹ کی مہم جاری ہے۔</p><p>&#8220;یہ معاملہ سفارتی سطح پر حل ہونا چاہیے&#8221;، تاجر رہنما شاہد لطیف نے کہا۔</p>",
        lambda k: it(k, "فرانس میں توہین آمیز خاکوں کے خلاف مسلم ممالک میں احتجاج جاری", w, ["عائشہ رحمان"], quotes=[q("شاہد لطیف")]))
    w = d(2020, 11, 9, 11, 0, 0, 5)
    add(215440, "video-afghan-amn-muzakrat", "ویڈیو: دوحہ میں افغان امن مذاکرات", w, "ویب ڈیسک", ["ویڈیوز"],
        "دیکھیے ویڈیو", '<p><iframe width="560" height="315" src="https://www.youtube.example/embed/q8Rz"></iframe></p>',
        lambda k: it(k, "ویڈیو: دوحہ میں افغان امن مذاکرات", w, [], story=False, rel=False, note="Video embed only: not a story."))
    w = d(2020, 11, 8, 18, 10, 0, 5)
    add(215401, "saudi-arab-iqama-qawaneen", "سعودی عرب: غیر ملکی کارکنوں کے لیے اقامہ قوانین میں نرمی", w, "ویب ڈیسک", ["بین الاقوامی", "خلیج"],
        "نئے قوانین سے لاکھوں پاکستانی کارکنوں کو فائدہ ہوگا۔",
        "<p>سعودی وزارت افرادی قوت نے کفالت نظام میں اصلاحات کا اعلان کیا ہے جن سے لاکھوں پاکستانی کارکنوں کو فائدہ ہوگا۔</p>",
        lambda k: it(k, "سعودی عرب: غیر ملکی کارکنوں کے لیے اقامہ قوانین میں نرمی", w, [], junk=["ویب ڈیسک"], note="A foreign government's labour reform affecting overseas Pakistanis: relevant."))
    text = wp_feed(base + "/category/international", "بین الاقوامی &#8211; روزنامہ قومی آواز", "پاکستان کا مقبول اردو اخبار", "ur", "5.5.3", d(2020, 11, 10, 14, 26, 0, 5), rows)
    return feed("ur_pk_qaumiawaz_international_wp55.rss.xml", text, items, lang="ur", outlet="روزنامہ قومی آواز", aliases=["قومی آواز", "Qaumi Awaz"],
                structure="Karachi Urdu daily's /category/international/feed/ from WordPress 5.5.3, November 2020: WordPress's tab layout, channel 'بین الاقوامی – Brand', language 'ur', '?p=' guids, romanised slugs, dc:creator holding desk roles ('ویب ڈیسک', 'نمائندہ خصوصی اسلام آباد', 'اسٹاف رپورٹر') or a reporter, plain excerpts without the ellipsis, content:encoded with 'یہ بھی پڑھیں' related links, curly quotes as numeric references around Urdu text, YouTube embed, +0000 dates")


# ---------------------------------------------------------------- UK-based Urdu diaspora site on Blogger, 2015
def pardes():
    base = "https://www.pardesnews.example"
    entries, items = [], []

    def add(pid, slug, title, when, upd, author, body, exp):
        url = f"{base}/2015/{when.strftime('%m')}/{slug}.html"
        gid = f"tag:blogger.com,1999:blog-4418823190077312234.post-{pid}"
        entries.append(f"<entry><id>{gid}</id><published>{isoz(when)}</published><updated>{isoz(upd)}</updated><category scheme=\"http://www.blogger.com/atom/ns#\" term=\"عالمی خبریں\"/>"
                       f"<title type='text'>{esc(title)}</title><content type='html'>{esc(body)}</content><link rel='replies' type='application/atom+xml' href='{base}/feeds/{pid}/comments/default' title='Post Comments'/>"
                       f"<link rel='alternate' type='text/html' href='{url}' title='{esc(title)}'/><author><name>{esc(author)}</name><uri>https://www.blogger.com/profile/0861{pid[-8:]}</uri><email>noreply@blogger.com</email>"
                       f"<gd:image rel='http://schemas.google.com/g/2005#thumbnail' width='16' height='16' src='https://img1.blogblog.example/img/b16-rounded.gif'/></author><thr:total>0</thr:total></entry>")
        items.append(exp(gid))

    w = d(2015, 9, 7, 22, 15, 0, 1)
    add("5530129984423011201", "blog-post_7", "برطانیہ مزید 20 ہزار شامی پناہ گزینوں کو پناہ دے گا", w, d(2015, 9, 7, 22, 40, 0, 1), "Pardes News",
        '<div dir="rtl" style="text-align: right;">لندن: برطانوی حکومت نے اعلان کیا ہے کہ آئندہ پانچ برسوں میں شام کے 20 ہزار پناہ گزینوں کو برطانیہ لایا جائے گا۔<br /><br />بریڈفورڈ کی کونسلر نسرین اختر نے کہا کہ "ہماری کمیونٹی مدد کے لیے تیار ہے"۔<br /><br /><b>رپورٹ: عمران قریشی، لندن</b></div>',
        lambda k: it(k, "برطانیہ مزید 20 ہزار شامی پناہ گزینوں کو پناہ دے گا", w, ["عمران قریشی"], quotes=[q("نسرین اختر", "بریڈفورڈ کی کونسلر")], junk=["رپورٹ:"],
                     note="Blogger author is the site account; the reporter is in the bold 'رپورٹ: Name، City' line. Date is <published>."))
    w = d(2015, 9, 6, 18, 0, 0, 1)
    add("7781203349910221876", "blog-post_6", "ہنگری سے ہزاروں پناہ گزین آسٹریا پہنچ گئے", w, w, "Pardes News",
        '<div dir="rtl" style="text-align: right;">ویانا: ہزاروں پناہ گزین ہنگری سے پیدل اور بسوں کے ذریعے آسٹریا پہنچ گئے۔ (بشکریہ بی بی سی اردو)</div>',
        lambda k: it(k, "ہنگری سے ہزاروں پناہ گزین آسٹریا پہنچ گئے", w, [], junk=["بشکریہ"], note="Credited to another outlet ('بشکریہ …', courtesy of): no person."))
    w = d(2015, 9, 5, 12, 30, 0, 1)
    add("1120993847561200334", "blog-post_5", "مانچسٹر میں عید ملن پارٹی کی تصاویر", w, w, "Pardes News",
        '<div dir="rtl"><a href="https://1.bp.blogspot.example/eid1.jpg"><img border="0" src="https://1.bp.blogspot.example/s320/eid1.jpg" /></a></div>',
        lambda k: it(k, "مانچسٹر میں عید ملن پارٹی کی تصاویر", w, [], story=False, rel=False, note="Photo post: not a story."))
    w = d(2015, 9, 4, 20, 45, 0, 1)
    add("9907712234450098123", "blog-post_4", "پاکستان اور بھارت کے درمیان قومی سلامتی مشیروں کی ملاقات منسوخ ہونے کے بعد کشیدگی", w, w, "Saima Chaudhry",
        '<div dir="rtl" style="text-align: right;">نئی دہلی میں مذاکرات کی منسوخی کے بعد دونوں ممالک کے درمیان لائن آف کنٹرول پر کشیدگی بڑھ گئی ہے۔<br /><br />تجزیہ کار ڈاکٹر عاصم ملک کا کہنا ہے کہ "بات چیت کا دروازہ بند نہیں ہونا چاہیے"۔</div>',
        lambda k: it(k, "پاکستان اور بھارت کے درمیان قومی سلامتی مشیروں کی ملاقات منسوخ ہونے کے بعد کشیدگی", w, ["Saima Chaudhry"], quotes=[q("عاصم ملک")],
                     note="Blogger author in Latin script on an Urdu post: display as given."))
    w = d(2015, 9, 3, 9, 0, 0, 1)
    add("3345590012887765432", "blog-post_3", "برمنگھم: مقامی کونسل انتخابات میں پاکستانی نژاد امیدوار", w, w, "Pardes News",
        '<div dir="rtl">برمنگھم کی ضمنی انتخابات میں تین پاکستانی نژاد امیدوار حصہ لے رہے ہیں۔</div>',
        lambda k: it(k, "برمنگھم: مقامی کونسل انتخابات میں پاکستانی نژاد امیدوار", w, [], rel=False, note="Local UK council by-election: home politics for a UK site, not relevant."))
    w = d(2015, 9, 2, 16, 20, 0, 1)
    add("6678120034598812345", "blog-post_2", "ہمارا فیس بک پیج لائک کریں", w, w, "Pardes News",
        '<div dir="rtl">تازہ ترین خبروں کے لیے ہمارا فیس بک پیج لائک کریں اور واٹس ایپ گروپ میں شامل ہوں۔</div>',
        lambda k: it(k, "ہمارا فیس بک پیج لائک کریں", w, [], story=False, rel=False, note="Social promo: not a story."))
    head = (f"<id>tag:blogger.com,1999:blog-4418823190077312234</id><updated>{isoz(d(2015, 9, 7, 22, 40, 0, 1))}</updated><category term=\"عالمی خبریں\"/><title type='text'>پردیس نیوز - Pardes News</title><subtitle type='html'>برطانیہ اور دنیا بھر سے اردو خبریں</subtitle>"
            f"<link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='{base}/feeds/posts/default'/><link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/4418823190077312234/posts/default/-/%D8%B9%D8%A7%D9%84%D9%85%DB%8C'/>"
            f"<link rel='alternate' type='text/html' href='{base}/search/label/عالمی خبریں'/><author><name>Pardes News</name><uri>https://www.blogger.com/profile/08612200</uri><email>noreply@blogger.com</email></author><generator version='7.00' uri='http://www.blogger.com'>Blogger</generator>"
            "<openSearch:totalResults>412</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex><openSearch:itemsPerPage>25</openSearch:itemsPerPage>")
    text = ("<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href=\"http://www.blogger.com/styles/atom.css\" type=\"text/css\"?><feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:georss='http://www.georss.org/georss' xmlns:gd=\"http://schemas.google.com/g/2005\" xmlns:thr='http://purl.org/syndication/thread/1.0'>"
            + head + "".join(entries) + "</feed>")
    return feed("ur_gb_pardesnews_alami_blogger.atom.xml", text, items, lang="ur", outlet="پردیس نیوز", aliases=["Pardes News"], shape="atom", ctype="application/atom+xml; charset=UTF-8",
                structure="UK-based Urdu diaspora news site's label feed on Blogger (/feeds/posts/default/-/<label>), September 2015: one line, single-quoted attributes, xml-stylesheet PI, openSearch counts, 'tag:blogger.com,1999:blog-<id>.post-<id>' ids, published and updated with +01:00 offsets, html content in <div dir=rtl> with <br /><br /> paragraphs, author 'Pardes News' account with noreply e-mail and gd:image, reporter in a bold 'رپورٹ:' line, 'بشکریہ' credit, a photo post and a social promo")


# ---------------------------------------------------------------- TRAP 1: Luxembourg French daily, ISO-8859-15 bytes declared ISO-8859-1, 2014
def luxjournal():
    base = "http://www.lequotidien-lux.example"
    rows, items = [], []

    def add(aid, title, when, author, desc, exp):
        url = f"{base}/index.php?option=article&id={aid}&rubrique=monde"
        a = f"\n<author>{esc(author)}</author>" if author else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{esc(url)}</link>\n<description>{esc(desc)}</description>{a}\n<pubDate>{rfc822(when)}</pubDate>\n<guid isPermaLink=\"false\">monde-{aid}</guid>\n</item>")
        items.append(exp(f"monde-{aid}"))

    latin1 = ["¤", "¼", "½"]
    w = d(2014, 7, 17, 18, 30, 0, 2)
    add(40311, "Sanctions contre la Russie : l'UE gèle des prêts de la BEI", w, "Claude Schmit",
        "Les Vingt-Huit ont décidé de suspendre de nouveaux financements de la Banque européenne d'investissement en Russie, une enveloppe de près de 2 milliards d'€. «Le cœur du dispositif reste à venir», estime Paul Wagner, économiste à la Chambre de commerce.",
        lambda k: it(k, "Sanctions contre la Russie : l'UE gèle des prêts de la BEI", w, ["Claude Schmit"], quotes=[q("Paul Wagner", "Chambre de commerce")], junk=latin1,
                     note="The € sign and œ are ISO-8859-15 bytes (A4, BD) under an ISO-8859-1 declaration: read as declared they become ¤ and ½."))
    w = d(2014, 7, 17, 11, 0, 0, 2)
    add(40296, "Gaza : l'offensive terrestre se prépare, l'ONU demande une trêve", w, None,
        "Le Conseil de sécurité a appelé à une trêve humanitaire, tandis que l'armée israélienne massait des troupes. (AFP)",
        lambda k: it(k, "Gaza : l'offensive terrestre se prépare, l'ONU demande une trêve", w, [], junk=["(AFP)"]))
    w = d(2014, 7, 16, 20, 15, 0, 2)
    add(40270, "Commission européenne : Jean-Claude Juncker présente ses priorités", w, "Marie Thill",
        "L'ancien Premier ministre luxembourgeois a détaillé devant le Parlement un plan d'investissement de 300 milliards d'€. «C'est l'œuvre d'une législature», commente le député européen Frank Reuter.",
        lambda k: it(k, "Commission européenne : Jean-Claude Juncker présente ses priorités", w, ["Marie Thill"], quotes=[q("Frank Reuter", "député européen")], junk=latin1,
                     note="EU institutional politics seen from Luxembourg: relevant (international organisation). The Commission president-elect is only the setting."))
    w = d(2014, 7, 16, 14, 0, 0, 2)
    add(40251, "Schueberfouer 2014 : les nouveaux manèges dévoilés", w, None,
        "La foire ouvrira le 22 août avec cinq nouvelles attractions, dont une grande roue de 60 mètres. Entrée à 2 €.",
        lambda k: it(k, "Schueberfouer 2014 : les nouveaux manèges dévoilés", w, [], rel=False, junk=latin1, note="Local funfair: not relevant."))
    w = d(2014, 7, 15, 19, 40, 0, 2)
    add(40230, "Brics : une banque de développement pour concurrencer le FMI", w, "Claude Schmit",
        "Réunis à Fortaleza, le Brésil, la Russie, l'Inde, la Chine et l'Afrique du Sud ont créé une banque dotée de 50 milliards de dollars.",
        lambda k: it(k, "Brics : une banque de développement pour concurrencer le FMI", w, ["Claude Schmit"]))
    w = d(2014, 7, 15, 9, 0, 0, 2)
    add(40214, "Abonnez-vous : l'édition numérique à 9,90 € par mois", w, None,
        "Retrouvez Le Quotidien sur votre tablette dès 5 heures du matin.",
        lambda k: it(k, "Abonnez-vous : l'édition numérique à 9,90 € par mois", w, [], story=False, rel=False, note="Subscription promo: not a story."))
    head = f"<title>Le Quotidien luxembourgeois - Monde</title>\n<link>{base}/</link>\n<description>Actualite internationale</description>\n<language>fr</language>\n<lastBuildDate>{rfc822(d(2014, 7, 17, 18, 35, 0, 2))}</lastBuildDate>\n"
    text = '<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("fr_lu_quotidienlux_monde_latin9_as_latin1.rss.xml", text, items, lang="fr", outlet="Le Quotidien luxembourgeois", aliases=["Le Quotidien"],
                encoding="iso-8859-15", declared="iso-8859-1", ctype="text/xml; charset=ISO-8859-1", acceptable=("decoded", "refused"),
                structure="Luxembourg French-language daily's 'Monde' RSS from a home-grown PHP CMS (index.php?option=article&id=…), July 2014: no indentation, channel 'Brand - Monde', an unaccented ASCII description, guids 'monde-<id>', <author> with plain names or absent, escaped plain-text descriptions with French spacing before colons, «» and straight apostrophes; TRAP: the database and page templates are ISO-8859-15 (Latin-9, for the € sign and œ) but the XML prolog and the HTTP header say ISO-8859-1, so €, œ read as declared become ¤, ½ (decoding as Latin-9 is good; refusal acceptable)")


# ---------------------------------------------------------------- TRAP 2: Riga Russian-language daily, KOI8-R bytes declared windows-1251, 2016
def rigavesti():
    base = "http://www.rizhskievesti.example"
    rows, items = [], []

    def add(nid, title, when, desc, exp):
        url = f"{base}/news/world/{nid}.html"
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(desc)}</description>\n    <pubDate>{rfc822(when)}</pubDate>\n    <guid>{url}</guid>\n  </item>")
        items.append(exp(url))

    def junk(title):
        word = next(x for x in title.split() if any("а" <= c.lower() <= "я" for c in x))
        return [word.strip(":,").encode("koi8_r").decode("cp1251")]

    rows_spec = [
        (712331, "Саммит НАТО в Варшаве: четыре батальона для стран Балтии", d(2016, 7, 8, 19, 10, 0, 3),
         "Лидеры стран НАТО согласились разместить по одному многонациональному батальону в Латвии, Литве, Эстонии и Польше. \"Это сигнал, а не угроза\", - сказал политолог Андрис Калниньш из Рижского института внешней политики. Автор: Ольга Берзиня",
         dict(authors=["Ольга Берзиня"], quotes=[q("Андрис Калниньш", "Рижский институт внешней политики")], extra=["Автор:"], note="Byline only as a trailing 'Автор: Name'. The bytes are KOI8-R under a windows-1251 declaration: read as declared, every Cyrillic letter turns into other Cyrillic letters.")),
        (712298, "Brexit: Латвия хочет гарантий для своих граждан в Британии", d(2016, 7, 8, 13, 45, 0, 3),
         "МИД Латвии призвал Лондон сохранить права около 100 тысяч латвийцев, работающих в Великобритании.",
         dict(authors=[], note="Latvia's foreign ministry and the UK's exit from the EU: relevant.")),
        (712250, "Фотогалерея: Праздник песни в Межапарке", d(2016, 7, 7, 21, 0, 0, 3),
         "Смотрите фотографии с репетиции.",
         dict(authors=[], story=False, rel=False, note="Gallery: not a story.")),
        (712201, "Сейм принял поправки к закону о гражданстве", d(2016, 7, 7, 16, 20, 0, 3),
         "Депутаты Сейма одобрили поправки во втором чтении.",
         dict(authors=[], rel=False, note="Latvian domestic politics: not relevant.")),
        (712177, "Турция и Россия договорились восстановить чартерные рейсы", d(2016, 7, 7, 10, 5, 0, 3),
         "Москва и Анкара после телефонного разговора лидеров объявили о нормализации отношений. (LETA)",
         dict(authors=[], extra=["(LETA)"])),
        (712140, "Подпишитесь на наш Telegram-канал", d(2016, 7, 6, 18, 0, 0, 3),
         "Все главные новости Риги и мира в одном канале.",
         dict(authors=[], story=False, rel=False, note="Channel promo: not a story.")),
    ]
    for nid, title, w, desc, o in rows_spec:
        add(nid, title, w, desc, lambda k, title=title, w=w, o=o: it(k, title, w, o.get("authors", []), story=o.get("story", True), rel=o.get("rel", True),
                                                                    quotes=o.get("quotes"), junk=junk(title) + o.get("extra", []), note=o.get("note")))
    head = f"    <title>Рижские вести - В мире</title>\n    <link>{base}/news/world/</link>\n    <description>Новости мира</description>\n    <language>ru</language>\n    <lastBuildDate>{rfc822(d(2016, 7, 8, 19, 15, 0, 3))}</lastBuildDate>\n"
    text = '<?xml version="1.0" encoding="windows-1251"?>\n<rss version="2.0">\n  <channel>\n' + head + "\n".join(rows) + "\n  </channel>\n</rss>\n"
    return feed("ru_lv_rizhskievesti_world_koi8r_as_cp1251.rss.xml", text, items, lang="ru", outlet="Рижские вести", aliases=["Rizhskie Vesti"],
                encoding="koi8-r", declared="windows-1251", ctype="text/xml; charset=windows-1251", acceptable=("decoded", "refused"),
                structure="Riga Russian-language daily's 'В мире' RSS from an old Perl/PHP site moved to a new server, July 2016: two-space indentation, channel 'Brand - В мире', language ru, links '/news/world/<id>.html' repeated as guids, no author element (byline as a trailing 'Автор: Name'), straight quotes and ' - ' dashes (the legacy codec has neither guillemets nor dashes), '(LETA)' credit, +0300 dates; TRAP: the bytes are KOI8-R but the XML prolog and the HTTP header say windows-1251, so text read as declared is Cyrillic gibberish (decoding as KOI8-R is good; refusal acceptable)")


FEEDS = [spree, rhein, alpenfunk, mole, levante, valorpaulista, invicta, qaumi, pardes, luxjournal, rigavesti]
