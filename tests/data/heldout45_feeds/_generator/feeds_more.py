# ruff: noqa: E501
"""Tech, science, the two oddly encoded feeds, and the German, Italian, Portuguese and Urdu desks
of the forty-fifth held-out set. All outlets, people and quotations are invented."""
from datetime import timedelta

from h45 import abbr, cd, d, esc, feed, gmt, iso_frac, it, q, rfc822, ur_date


def paras(body):
    return "".join(f"<p>{p}</p>" for p in body.split("|"))


# ----------------------------------------- tech: Cyprus publication on Medium (pubDate + atom:updated)
def medium():
    pub = "limassol-stack"
    rows, items = [], []
    data = [
        ("4f2c9a1e7b3d", "eu-contact-tracing-interoperability-what-cypriot-app-makers-need-to-know", "EU contact-tracing interoperability: what Cypriot app makers need to know", d(2020, 5, 14, 6, 12, 41, 0), 813, "Andreas Hadjioannou", ["Andreas Hadjioannou"], True, True, ["privacy", "covid19", "eu"],
         "Brussels published its guidelines for cross-border contact-tracing apps on Wednesday.|“Any Cypriot app that cannot talk to the Greek one is useless in August,” said Eleni Kyriakou, a researcher at the Cyprus University of Technology.", [q("Eleni Kyriakou", "Cyprus University of Technology")],
         "Medium: pubDate 'Thu, 14 May 2020 06:12:41 GMT' is the publication; atom:updated with milliseconds ('…Z') is a later edit. An EU rule seen from a member state: relevant (borderline, as in earlier sets)."),
        ("9b81e0c47d55", "eastmed-data-cable-deal", "Greece, Israel and Cyprus sign EastMed data-cable deal", d(2020, 5, 12, 15, 40, 3, 0), 72, "Maria Ioannou", ["Maria Ioannou"], True, True, ["telecom", "geopolitics"],
         "The three governments agreed to fast-track permits for a subsea fibre link from Haifa to Crete via Cyprus.|Turkey's foreign ministry called the route 'a provocation'.", None,
         "Intergovernmental agreement: relevant."),
        ("c0d7a8e21f90", "limassol-fintech-seed-round", "Limassol payments startup Kipos raises €4m seed round", d(2020, 5, 11, 9, 5, 0, 0), 501, "Andreas Hadjioannou", ["Andreas Hadjioannou"], True, False, ["startups", "fintech"],
         "Kipos, which builds payout tools for gig platforms, closed the round led by a Tel Aviv fund.|The company employs 23 people.", None, "Funding news: not relevant."),
        ("1a2b3c4d5e6f", "review-pebble-buds", "Review: the Sonella Pebble buds are the best €79 you will spend this year", d(2020, 5, 9, 8, 0, 0, 0), 0, "Kyriacos Pavlides", ["Kyriacos Pavlides"], True, False, ["review", "gadgets"],
         "Good noise cancelling, weak microphone.", None, "Product review: a story, not relevant. Title label 'Review:' may be kept or dropped."),
        ("77e0f3b2aa10", "webinar-remote-engineering-teams", "Webinar: running remote engineering teams after lockdown", d(2020, 5, 7, 12, 0, 0, 0), 999, "Limassol Stack", [], False, False, ["events"],
         "Join us on Zoom on May 20 at 18:00 EEST.", None, "Event notice: not a story. The publication as creator."),
        ("5d6e7f8091ab", "stack-talk-episode-31", "Stack Talk #31: Who pays for Cyprus's 5G?", d(2020, 5, 5, 17, 30, 0, 0), 20, "Maria Ioannou", ["Maria Ioannou"], False, False, ["podcast"],
         '<iframe src="https://cdn.embedly.example/widgets/media.html?src=podcast31"></iframe>', None, "Podcast episode: not a story; its host is credited."),
    ]
    for mid, slug, title, w, ms, by, authors, story, rel, cats, body, quotes, note in data:
        cts = "".join(f"<category>{cd(c)}</category>" for c in cats)
        rows.append(f'<item><title>{cd(title)}</title><link>https://medium.example/{pub}/{slug}-{mid}?source=rss----a41c2d7e90b1---4</link><guid isPermaLink="false">https://medium.example/p/{mid}</guid>'
                    f"{cts}<dc:creator>{cd(by)}</dc:creator><pubDate>{gmt(w)}</pubDate><atom:updated>{iso_frac(w + timedelta(minutes=7), ms, z=True)}</atom:updated>"
                    f"<content:encoded>{cd('<h3>' + esc(title) + '</h3>' + paras(body) + '<hr><p><a href=https://medium.example/' + pub + '>Limassol Stack</a> was originally published in Limassol Stack on Medium.</p>')}</content:encoded></item>")
        items.append(it(f"https://medium.example/p/{mid}", title, w, authors, story, rel, ["was originally published in"], quotes, note))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:cc="http://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html">'
            f"<channel><title>{cd('Limassol Stack - Medium')}</title><description>{cd('Technology from the eastern Mediterranean - Medium')}</description><link>https://medium.example/{pub}?source=rss----a41c2d7e90b1---4</link>"
            f"<generator>Medium</generator><lastBuildDate>{gmt(d(2020, 5, 14, 6, 20, 5, 0))}</lastBuildDate><atom:link href=\"https://medium.example/feed/{pub}\" rel=\"self\" type=\"application/rss+xml\"/>"
            f"<webMaster>{cd('yourfriends@medium.example')}</webMaster><atom:link href=\"http://medium.superfeedr.example\" rel=\"hub\"/>" + "".join(rows) + "</channel></rss>")
    return feed("en_tech_limassolstack_medium.rss.xml", text, items, lang="en", outlet="Limassol Stack", topic="tech", ctype="text/xml; charset=utf-8",
                structure="Cyprus technology publication hosted on Medium (/feed/<publication>): one line, dc/content/atom/cc namespaces, CDATA channel title 'Brand - Medium', generator Medium, webMaster and a superfeedr hub, '?source=rss----<id>---4' tracking links, '/p/<id>' guids, CDATA categories (tags), CDATA dc:creator, pubDate in GMT, atom:updated in ISO 8601 with milliseconds and 'Z', content:encoded with the title repeated as <h3> and the '… was originally published in … on Medium' footer, a review, a webinar and a podcast, May 2020")


# ---------------------------------- science: Reykjavík magazine, jekyll-feed Atom, date-only posts
def jekyll():
    base = "https://heklascience.example"
    rows, items = [], []
    data = [
        ("2022/03/04/arctic-council-pause", "Arctic Council work paused as seven members boycott Russian chair", d(2022, 3, 4, 0, 0, 0, 0), False, "Sigríður Ólafsdóttir", ["Sigríður Ólafsdóttir"], True, True,
         "Seven of the eight Arctic states said they would not attend meetings held under Russia's chairmanship.|“Permafrost monitoring does not stop because the meetings do,” said Kristján Einarsson, a glaciologist at the University of Iceland.", [q("Kristján Einarsson", "University of Iceland")],
         "jekyll-feed: the post has only a date in its front matter, so <published> is '2022-03-04T00:00:00+00:00' – a date, not a moment; taken as given. International science diplomacy: relevant."),
        ("2022/03/02/ipcc-adaptation-report", "IPCC adaptation report: what it says about the North Atlantic", d(2022, 3, 2, 14, 30, 0, 0), True, "Jón Baldursson", ["Jón Baldursson"], True, True,
         "The second part of the IPCC's sixth assessment, published on Monday, warns that fisheries shifts will accelerate.|Capelin stocks are singled out.", None,
         "Front matter with a time: published 14:30 UTC (Iceland is on UTC all year). An international body's report: relevant (borderline)."),
        ("2022/03/01/reykjanes-uplift", "Reykjanes uplift resumes near Fagradalsfjall", d(2022, 3, 1, 0, 0, 0, 0), False, "Sigríður Ólafsdóttir", ["Sigríður Ólafsdóttir"], True, False,
         "GPS stations show the ground rising again by up to 4 mm a week.|The Met Office has raised the aviation code to yellow.", None, "Domestic geology: not relevant. Date-only post."),
        ("2022/02/28/vatnajokull-mass-balance", "Vatnajökull lost 1.3 metres of ice last year", d(2022, 2, 28, 0, 0, 0, 0), False, "Jón Baldursson and Hekla staff", ["Jón Baldursson"], True, False,
         "Mass-balance measurements show the sixth loss in a row.", None, "Domestic science: not relevant. 'Hekla staff' is no person."),
        ("2022/02/25/seminar-tephra", "Seminar: reading tephra layers, 10 March at Askja", d(2022, 2, 25, 0, 0, 0, 0), False, "", [], False, False,
         "Free entry; in English.", None, "Event notice: not a story. No author in front matter: the site author is used by jekyll-feed."),
        ("2022/02/24/newsletter-24", "Hekla Weekly #24", d(2022, 2, 24, 0, 0, 0, 0), False, "", [], False, False,
         "This week: ice, ash and capelin.", None, "Newsletter edition: not a story."),
    ]
    for path, title, w, _timed, by, authors, story, rel, body, quotes, note in data:
        url = f"{base}/{path}"
        a = f"<author><name>{esc(by)}</name></author>" if by else "<author><name>Hekla Science Review</name></author>"
        rows.append(f'<entry><title type="html">{esc(title)}</title><link href="{url}" rel="alternate" type="text/html" title="{esc(title)}" /><published>{w.isoformat()}</published><updated>{w.isoformat()}</updated>'
                    f'<id>{url}</id><content type="html" xml:base="{url}">{esc(paras(body))}</content>{a}<category term="news" /><summary type="html">{esc(body.split("|")[0])}</summary></entry>')
        items.append(it(url, title, w, authors, story, rel, [], quotes, note))
    text = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" ><generator uri="https://jekyllrb.com/" version="4.2.2">Jekyll</generator>'
            f'<link href="{base}/feed.xml" rel="self" type="application/atom+xml" /><link href="{base}/" rel="alternate" type="text/html" /><updated>2022-03-04T11:02:47+00:00</updated>'
            f'<id>{base}/feed.xml</id><title type="html">Hekla Science Review</title><subtitle>Earth, ice and ocean science from Reykjavík</subtitle><author><name>Hekla Science Review</name></author>'
            + "".join(rows) + "</feed>")
    return feed("en_science_heklareview_jekyllfeed.atom.xml", text, items, lang="en", outlet="Hekla Science Review", shape="atom", topic="science", ctype="application/atom+xml; charset=utf-8",
                structure="Reykjavík science magazine built with Jekyll 4.2 and the jekyll-feed plugin (/feed.xml): the plugin's one-line Atom ('<feed xmlns=… >' with the stray space), generator, self and alternate links, feed-level author, entries with title type=html, <published> and <updated> equal and '+00:00' – midnight for posts whose front matter has a date only –, URL ids, content with xml:base, per-post author or the site author, a summary, March 2022",
                notes="Five posts carry a date only (published at 00:00:00+00:00).")


# ------------------------------------ broken: Vanuatu PHP feed with a date() warning before the prolog
WARN = ("<br />\n<b>Warning</b>:  date(): It is not safe to rely on the system's timezone settings. You are *required* to use the date.timezone setting or the date_default_timezone_set() function. "
        "In case you used any of those methods and you are still getting this warning, you most likely misspelled the timezone identifier. We selected the timezone 'UTC' for now, but please set date.timezone to select your timezone. "
        "in <b>/var/www/vhosts/portvilatide.example/httpdocs/rss.php</b> on line <b>{}</b><br />\n")


def vanuatu():
    base = "http://www.portvilatide.example"
    rows, items = [], []
    data = [
        (5512, "Fiji regime sets out 2014 election timetable", d(2013, 3, 21, 23, 10, 0, 11), "Lisa Kalsakau", ["Lisa Kalsakau"], True, True,
         "SUVA – Fiji's interim government has published a timetable for voter registration ahead of elections promised for September 2014.", None,
         "Dates come out in UTC ('+0000') because PHP fell back to UTC; the moment is still right (newsroom +1100). Relevant."),
        (5509, "MSG leaders to meet in Nouméa in June", d(2013, 3, 21, 15, 45, 0, 11), "Tide Reporter", [], True, True,
         "Foreign Affairs says Vanuatu will press for FLNKS observer rights at the Melanesian Spearhead Group summit.", None, "Own foreign policy: relevant. 'Tide Reporter' is no person."),
        (5503, "Council to fine Lini Highway stall owners", d(2013, 3, 20, 19, 0, 0, 11), "Anita Tabi", ["Anita Tabi"], True, False,
         "Port Vila Municipal Council will fine stall owners who block the footpath from April 1.", None, "City news: not relevant."),
        (5498, "Solomon Islands: RAMSI police handover plan agreed", d(2013, 3, 20, 10, 30, 0, 11), "Lisa Kalsakau", ["Lisa Kalsakau"], True, True,
         "HONIARA – Solomon Islands and the regional assistance mission agreed a plan to hand policing back by mid-2013.|“We are ready,” said Superintendent Dennis Ruka of the Royal Solomon Islands Police Force.", [q("Dennis Ruka", "Royal Solomon Islands Police Force")], "Relevant."),
        (5492, "New Caledonia: Congress debates nickel plant deal", d(2013, 3, 19, 18, 20, 0, 11), "PINA", [], True, True,
         "NOUMÉA – New Caledonia's Congress began debating the northern nickel plant's new shareholding.", None, "Regional agency only."),
        (5488, "Tides and weather for Friday", d(2013, 3, 19, 16, 0, 0, 11), "Tide Desk", [], False, False,
         "High tide 06:14, 1.2 m. Low 12:31. Trade winds 15 knots.", None, "Table: not a story."),
    ]
    for aid, title, w, by, authors, story, rel, body, quotes, note in data:
        link = f"{base}/article.php?id={aid}"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{link}</link>\n<guid>{link}</guid>\n<author>{esc(by)}</author>\n<pubDate>{rfc822(w.astimezone(d(2013, 1, 1, 0, 0).tzinfo))}</pubDate>\n<description>{esc(paras(body))}</description>\n</item>")
        items.append(it(link.replace("&amp;", "&"), title, w, authors, story, rel, ["Warning", "date.timezone"], quotes, note))
    text = (WARN.format(9) + '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n<title>Port Vila Tide - Regional</title>\n'
            f"<link>{base}/</link>\n<description>Vanuatu's daily news</description>\n<language>en</language>\n<lastBuildDate>Thu, 21 Mar 2013 12:11:40 +0000</lastBuildDate>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_portvilatide_regional_php_datewarning.rss.xml", text, items, lang="en", outlet="Port Vila Tide", ctype="text/xml", declared="utf-8",
                acceptable=("decoded", "refused"),
                structure="Port Vila daily's hand-written PHP 5.3 feed on a host without date.timezone: PHP's 'Warning: date(): It is not safe to rely on the system's timezone settings …' HTML (<br /> and <b>) printed BEFORE the XML declaration, so the document is not well-formed; after it a plain RSS 2.0 with 'article.php?id=<id>' links as guids, <author> with a name, an agency (PINA) or a desk, pubDates in '+0000' because PHP fell back to UTC (newsroom +1100), a tide table, March 2013",
                notes="Not well-formed: PHP warning text before the prolog (refusal allowed). The dates are correct moments in UTC.")


# --------------------- odd: Ancona feed declared 'UTF8' (MySQL's name), emoji lost as '????', some items without pubDate
def ancona():
    base = "https://www.corrieredelconero.example"
    rows, items = [], []
    data = [
        (20871, "siria-ministri-ue-damasco", "Siria, a Damasco i primi ministri degli Esteri europei dopo la caduta del regime", d(2025, 1, 13, 18, 40, 0, 1), "di Chiara Santoni", ["Chiara Santoni"], True, True,
         "Due ministri degli Esteri dell'Unione europea sono arrivati a Damasco per incontrare le nuove autorità.|«Le sanzioni si possono rivedere solo passo dopo passo», ha detto Paolo Giorgetti, ricercatore dell'Istituto per gli studi mediterranei di Ancona.", [q("Paolo Giorgetti", "Istituto per gli studi mediterranei")],
         "pubDate with +0100: 17:40 UTC."),
        (20866, "ucraina-droni-leopoli", "Ucraina, droni su Leopoli: colpita una centrale ????", None, "Redazione", [], True, True,
         "Nella notte un attacco di droni ha colpito un impianto energetico vicino a Leopoli.|Senza corrente 60mila utenze.", None,
         "No pubDate in this item: no usable date. The title ended with an emoji that the utf8 (3-byte) MySQL column stored as '????'; the clean title drops it."),
        (20861, "porto-ancona-banchina-14", "Porto di Ancona, chiude la banchina 14 per i lavori", d(2025, 1, 12, 11, 5, 0, 1), "di Marco Pieroni", ["Marco Pieroni"], True, False,
         "L'Autorità di sistema portuale ha disposto la chiusura fino a marzo.|I traghetti per la Croazia partiranno dalla banchina 22.", None, "Home city news: not relevant."),
        (20857, "germania-campagna-elettorale", "Germania, la campagna elettorale entra nel vivo", d(2025, 1, 11, 16, 20, 0, 1), "di Chiara Santoni", ["Chiara Santoni"], True, True,
         "A sei settimane dal voto anticipato i partiti tedeschi presentano i programmi.|Al centro economia e migrazione.", None, "Foreign election: relevant."),
        (20850, "meteo-weekend-marche", "Il meteo del weekend nelle Marche ????", None, "Redazione", [], False, False,
         "Sabato sole ????, domenica pioggia sulla costa.", None, "Weather bulletin: not a story. No pubDate. '????' stands for the lost emoji."),
        (20846, "gaza-tregua-secondo-giorno", "Gaza, la tregua regge al secondo giorno", d(2025, 1, 10, 21, 0, 0, 1), "di Marco Pieroni con agenzie", ["Marco Pieroni"], True, True,
         "Nessun attacco registrato nelle ultime 24 ore.|I camion di aiuti entrano dal valico di Rafah.", None, "'con agenzie' is not part of the name."),
    ]
    for aid, slug, title, w, by, authors, story, rel, body, quotes, note in data:
        link = f"{base}/esteri/{aid}-{slug}.html"
        pd = f"<pubDate>{rfc822(w)}</pubDate>" if w else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{link}</link><guid>{link}</guid>{pd}<dc:creator>{esc(by)}</dc:creator><description><![CDATA[{paras(body)}]]></description></item>")
        clean = title.replace(" ????", "")
        items.append(it(link, clean, w, authors, story, rel, ["????"], quotes, note))
    text = ('<?xml version="1.0" encoding="UTF8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Corriere del Conero - Esteri</title>'
            f"<link>{base}/esteri/</link><description>Notizie dal mondo</description><language>it</language>" + "".join(rows) + "</channel></rss>\n")
    return feed("it_corrieredelconero_esteri_utf8alias_mysql3byte.rss.xml", text, items, lang="it", outlet="Corriere del Conero", ctype="application/rss+xml; charset=utf8", declared="UTF8",
                structure="Ancona daily's PHP/MySQL feed of the 'Esteri' section: the prolog declares encoding=\"UTF8\" and the header 'charset=utf8' (MySQL's name, not the IANA 'UTF-8'); the bytes are UTF-8; emoji in two titles and a description were stored in a 3-byte utf8 column and come out as '????'; two items have NO pubDate; dc:creator 'di Name', 'di Name con agenzie' or 'Redazione'; link guids; one line per item, January 2025",
                notes="Encoding label 'UTF8' (no hyphen) for UTF-8 bytes; '????' where emoji were lost; two items without any date.")


# ----------------------------------- Görlitz: German day names and 'MESZ' in pubDate, 'Von Name'
def goerlitz():
    base = "https://www.grenzbote-goerlitz.example"
    rows, items = [], []
    data = [
        (4471902, "Zgorzelec: Polnische Nachbarstadt stimmt für gemeinsames Straßenbahnprojekt", d(2019, 6, 12, 14, 30, 0, 2), "Von Agnieszka Wolny", ["Agnieszka Wolny"], True, True,
         "Der Stadtrat von Zgorzelec hat am Dienstagabend mit großer Mehrheit für die Machbarkeitsstudie gestimmt.|„Ohne Warschau und Dresden geht das nicht“, sagte Tomasz Rybak, Sprecher der Stadt Zgorzelec.", [q("Tomasz Rybak", "Stadt Zgorzelec")],
         "pubDate 'Mi, 12 Jun 2019 14:30:00 MESZ' (German day name, MESZ = +0200): 12:30 UTC. A Polish city's decision across the border: relevant."),
        (4471877, "Hongkong: Polizei setzt Tränengas gegen Demonstranten ein", d(2019, 6, 12, 11, 5, 0, 2), "dpa", [], True, True,
         "Zehntausende protestierten vor dem Parlament gegen das geplante Auslieferungsgesetz.", None, "Agency only."),
        (4471850, "OB-Stichwahl: Beide Kandidaten stellen sich den Fragen der Leser", d(2019, 6, 11, 19, 45, 0, 2), "Von Jens Hoffmann und Katrin Seidel", ["Jens Hoffmann", "Katrin Seidel"], True, False,
         "Am Sonntag entscheiden die Görlitzer, wer ins Rathaus einzieht.|Das Leserforum im Wichernhaus war ausverkauft.", None, "Home city election: not relevant."),
        (4471833, "Tschechien: Zehntausende fordern in Prag Rücktritt des Regierungschefs", d(2019, 6, 10, 21, 10, 0, 2), "Von Agnieszka Wolny", ["Agnieszka Wolny"], True, True,
         "Auf dem Wenzelsplatz versammelten sich nach Angaben der Veranstalter 120.000 Menschen.", None, "Relevant."),
        (4471820, "Sudan: Generalstreik legt Khartum lahm", d(2019, 6, 10, 8, 0, 0, 2), "AFP/dpa", [], True, True,
         "Geschäfte und Banken blieben am Montag geschlossen.", None, "Agencies only."),
        (4471811, "Bildergalerie: Altstadtfest an der Neiße", d(2019, 6, 9, 22, 30, 0, 2), "Von Pawel Sosnowski (Fotos)", ["Pawel Sosnowski"], False, False,
         "Die schönsten Bilder vom Wochenende.", None, "Gallery: not a story; the photographer is credited ('(Fotos)' is a role). Title label 'Bildergalerie:' may be kept or dropped."),
    ]
    for aid, title, w, by, authors, story, rel, body, quotes, note in data:
        link = f"{base}/artikel/{aid}"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{link}</link>\n<description>{esc(paras(body))}</description>\n<author>{esc(by)}</author>\n<pubDate>{abbr(w, 'MESZ', 'de')}</pubDate>\n<guid isPermaLink=\"true\">{link}</guid>\n</item>")
        items.append(it(link, title, w, authors, story, rel, [], quotes, note))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<title>Grenzbote Görlitz – Welt</title>\n'
            f"<link>{base}/welt</link>\n<description>Nachrichten aus der Welt</description>\n<language>de-DE</language>\n<pubDate>{abbr(d(2019, 6, 12, 14, 31, 0, 2), 'MESZ', 'de')}</pubDate>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("de_grenzbote_goerlitz_welt.rss.xml", text, items, lang="de", outlet="Grenzbote Görlitz", aliases=["Grenzbote"], ctype="application/rss+xml; charset=UTF-8", declared="UTF-8",
                structure="Görlitz regional daily's in-house CMS, 'Welt' feed: RSS 2.0 without namespaces, pubDate localized with German day names ('Mi,', 'Di,', 'So,') and the zone abbreviation 'MESZ' (+0200), also at channel level, <author> holding the printed byline 'Von Name', 'Von A und B', 'Von Name (Fotos)' or agencies 'dpa', 'AFP/dpa', '/artikel/<7 digits>' permalink guids, „…“ quotes, a Polish neighbour town, June 2019",
                notes="Dates: German weekday names with 'MESZ'.")


# ------------------ Flensburg: headless CMS Atom, toISOString() milliseconds 'Z', 'Stand:' lines
def flensburg():
    base = "https://www.foerde-echo.example"
    rows, items = [], []
    data = [
        ("daenemark-hebt-letzte-corona-regeln-auf", "Dänemark hebt die letzten Corona-Regeln auf", d(2021, 9, 10, 5, 2, 11, 0), 482, d(2021, 9, 10, 13, 47, 50, 0), "Von Birte Thomsen", ["Birte Thomsen"], True, True,
         "Stand: 10.09.2021, 15:47 Uhr|Seit Mitternacht gilt Covid-19 in Dänemark nicht mehr als gesellschaftskritische Krankheit.|„Für die Grenzpendler ändert sich damit fast alles“, sagte Henrik Lund, Berater beim Regionskontor in Padborg.", [q("Henrik Lund", "Regionskontor")],
         "Atom <published> '2021-09-10T05:02:11.482Z' is the publication (UTC, milliseconds from JavaScript's toISOString); <updated> and the 'Stand:' line are the later edit. Neighbour country: relevant."),
        ("norwegen-waehlt-rot-gruen", "Norwegen: Mitte-links-Lager gewinnt die Parlamentswahl", d(2021, 9, 13, 20, 31, 5, 0), 17, d(2021, 9, 14, 6, 0, 0, 0), "dpa", [], True, True,
         "Stand: 14.09.2021, 08:00 Uhr|Die Sozialdemokraten werden stärkste Kraft und wollen eine Regierung bilden.", None, "Agency only."),
        ("bundestagswahl-wahlkreis-1", "Bundestagswahl im Wahlkreis 1: Wer tritt an?", d(2021, 9, 20, 4, 0, 0, 0), 0, d(2021, 9, 20, 4, 0, 0, 0), "Von Jan Petersen und Birte Thomsen", ["Jan Petersen", "Birte Thomsen"], True, False,
         "Acht Direktkandidaten bewerben sich im nördlichsten Wahlkreis.", None, "Home election: not relevant."),
        ("liveblog-wahlabend", "Liveblog: Der Wahlabend im Norden", d(2021, 9, 26, 15, 30, 0, 0), 0, d(2021, 9, 26, 22, 58, 1, 0), "Förde-Echo-Redaktion", [], False, False,
         "Stand: 27.09.2021, 00:58 Uhr|+++ 18:00 Uhr Prognose +++", None, "Live blog: not a story. Title label 'Liveblog:' may be kept or dropped."),
        ("afghanistan-ortskraefte-flensburg", "Afghanische Ortskräfte: Erste Familien kommen in Schleswig-Holstein an", d(2021, 9, 8, 10, 15, 44, 0), 903, d(2021, 9, 8, 10, 15, 44, 0), "Von Jan Petersen", ["Jan Petersen"], True, True,
         "Die Evakuierten waren über Taschkent nach Frankfurt geflogen worden.", None, "Consequence of the Afghanistan evacuation, a foreign crisis: relevant (borderline)."),
        ("hafen-flensburg-ostufer", "Hafen-Ostufer: Stadt stellt Pläne für Wohnquartier vor", d(2021, 9, 7, 16, 0, 0, 0), 250, d(2021, 9, 7, 16, 0, 0, 0), "Von Merle Jessen", ["Merle Jessen"], True, False,
         "Bis 2030 sollen 800 Wohnungen entstehen.", None, "Home city: not relevant."),
    ]
    data.sort(key=lambda r: r[4], reverse=True)
    for slug, title, pub, ms, upd, by, authors, story, rel, body, quotes, note in data:
        url = f"{base}/welt/{slug}"
        rows.append(f"  <entry>\n    <title type=\"html\">{cd(title)}</title>\n    <id>{url}</id>\n    <link href=\"{url}\"/>\n    <updated>{iso_frac(upd, 0, z=True)}</updated>\n    <published>{iso_frac(pub, ms, z=True)}</published>\n"
                    f"    <author>\n      <name>{esc(by)}</name>\n    </author>\n    <content type=\"html\">{cd(paras(body))}</content>\n  </entry>")
        items.append(it(url, title, pub, authors, story, rel, ["Stand:"] if "Stand:" in body else [], quotes, note))
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n  <id>https://www.foerde-echo.example/welt</id>\n  <title>Förde-Echo | Welt</title>\n'
            f'  <updated>2021-09-26T22:58:01.000Z</updated>\n  <generator>https://github.com/jpmonette/feed</generator>\n  <link rel="alternate" href="{base}/welt"/>\n  <link rel="self" href="{base}/welt/atom.xml"/>\n  <rights>© 2021 Förde-Echo</rights>\n'
            + "\n".join(rows) + "\n</feed>")
    return feed("de_foerdeecho_welt_headless.atom.xml", text, items, lang="de", outlet="Förde-Echo", aliases=["Foerde-Echo"], shape="atom", ctype="application/atom+xml; charset=utf-8",
                structure="Flensburg daily's headless CMS front (Nuxt) writing Atom with the jpmonette/feed package: entries sorted by <updated> (not by publication), <updated> before <published>, both from JavaScript's toISOString() ('2021-09-10T05:02:11.482Z'), CDATA titles type=html, author names 'Von Name', 'Von A und B', 'dpa' or 'Förde-Echo-Redaktion', CDATA content opening with a 'Stand: 10.09.2021, 15:47 Uhr' line, a live blog, September 2021",
                notes="published and updated differ; the entries are ordered by update.")


# ---------------- Bielefeld: pubDate = last modification; 'Erstellt … | Aktualisiert …' in the teaser
def bielefeld():
    base = "https://www.teutoburger-rundschau.example"
    rows, items = [], []
    data = [
        (21354871, "Minsk: Gipfel zur Ukraine endet mit Waffenruhe-Vereinbarung", d(2015, 2, 12, 9, 14, 0, 1), d(2015, 2, 12, 18, 22, 0, 1), "Von Oliver Brinkmann", ["Oliver Brinkmann"], True, True,
         "Nach 16 Stunden Verhandlungen einigten sich die Teilnehmer auf eine Waffenruhe ab Sonntag.|„Das Papier ist brüchig, aber es ist ein Anfang“, sagte Prof. Irina Voss, Osteuropa-Historikerin an der Universität Bielefeld.", [q("Irina Voss", "Universität Bielefeld")],
         "pubDate (Thu, 12 Feb 2015 18:22:00 +0100) is the last update; the teaser's 'Erstellt: 12.02.2015, 09:14 Uhr' is the publication: 08:14 UTC. 'Prof.' is a title."),
        (21354650, "Griechenland: Eurogruppe vertagt sich ohne Ergebnis", d(2015, 2, 11, 23, 40, 0, 1), d(2015, 2, 11, 23, 40, 0, 1), "dpa", [], True, True,
         "Die Finanzminister konnten sich nicht auf eine gemeinsame Erklärung einigen.", None, "Erstellt equals pubDate. Agency only."),
        (21354522, "Universität Bielefeld: Neuer Forschungsbau eröffnet", d(2015, 2, 11, 14, 0, 0, 1), d(2015, 2, 11, 16, 5, 0, 1), "Von Sabine Kortkamp", ["Sabine Kortkamp"], True, False,
         "Das Gebäude X am Campus Süd bietet Platz für 400 Forschende.", None, "Home: not relevant. pubDate is the update; Erstellt 13:00 UTC."),
        (21354390, "Arminia siegt in Münster", d(2015, 2, 10, 21, 50, 0, 1), d(2015, 2, 10, 21, 50, 0, 1), "Von Timo Stratmann", ["Timo Stratmann"], True, False,
         "Der Drittligist gewann das Derby mit 2:0.", None, "Sport: not relevant."),
        (21354211, "Nigeria verschiebt Präsidentenwahl um sechs Wochen", d(2015, 2, 8, 10, 30, 0, 1), d(2015, 2, 9, 7, 15, 0, 1), "Von Oliver Brinkmann mit Material von AFP", ["Oliver Brinkmann"], True, True,
         "Die Wahlkommission begründete den Schritt mit der Sicherheitslage im Nordosten.", None, "Erstellt Sunday 09:30 UTC, pubDate Monday (update). 'mit Material von AFP' is not a name."),
        (21354100, "Fotostrecke: Weiberfastnacht in der Altstadt", d(2015, 2, 12, 12, 0, 0, 1), d(2015, 2, 12, 12, 0, 0, 1), "", [], False, False,
         "28 Bilder", None, "Gallery: not a story."),
    ]
    data.sort(key=lambda r: r[3], reverse=True)
    for aid, title, made, mod, by, authors, story, rel, body, quotes, note in data:
        link = f"{base}/welt/{aid}_{title.split(':')[0].lower().replace(' ', '-').replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue')}.html"
        stamp = f"Erstellt: {made:%d.%m.%Y, %H:%M} Uhr" + (f" | Aktualisiert: {mod:%d.%m.%Y, %H:%M} Uhr" if mod != made else "")
        desc = f"<p><em>{stamp}</em></p>" + (f"<p>{esc(by)}</p>" if by else "") + paras(body)
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{link}</link>\n      <description>{esc(desc)}</description>\n      <pubDate>{rfc822(mod)}</pubDate>\n      <guid>{link}</guid>\n    </item>")
        items.append(it(link, title, made, authors, story, rel, ["Erstellt:", "Aktualisiert:"], quotes, note))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n    <title>Teutoburger Rundschau - Welt</title>\n'
            f"    <link>{base}/welt</link>\n    <description>Aktuelle Nachrichten aus der Welt</description>\n    <language>de</language>\n    <copyright>Teutoburger Rundschau Verlag GmbH &amp; Co. KG</copyright>\n"
            + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("de_teutoburgerrundschau_welt_imperia.rss.xml", text, items, lang="de", outlet="Teutoburger Rundschau", ctype="application/rss+xml; charset=UTF-8", declared="UTF-8",
                structure="Bielefeld regional daily on the Imperia CMS, 'Welt' channel: items ordered and dated by their LAST MODIFICATION (pubDate = Aktualisiert), escaped HTML teasers opening with '<em>Erstellt: 12.02.2015, 09:14 Uhr | Aktualisiert: 12.02.2015, 18:22 Uhr</em>', then the byline as its own paragraph ('Von Name', 'Von Name mit Material von AFP', 'dpa'), '/welt/<8 digits>_<slug>.html' links as guids, +0100 dates, February 2015",
                notes="pubDate is the modification time; the publication moment is the 'Erstellt:' line in the teaser.")


# ---------------------------- Perugia: Italian day and month names in pubDate, 'di Name'
def perugia():
    base = "https://www.ilgrifoquotidiano.example"
    rows, items = [], []
    data = [
        (98712, "Bruxelles, esplosioni all'aeroporto e in metropolitana: decine di vittime", d(2016, 3, 22, 11, 48, 0, 1), "di Lucia Bartolini", ["Lucia Bartolini"], True, True,
         "Due esplosioni a Zaventem e una alla fermata Maelbeek.|«Abbiamo sentito un boato e poi il fumo», ha raccontato Matteo Rosi, studente perugino in Erasmus a Bruxelles.", [q("Matteo Rosi")],
         "pubDate 'mar, 22 mar 2016 11:48:00 +0100' with Italian day and month names: 10:48 UTC. Relevant."),
        (98690, "Accordo Ue-Turchia sui migranti: cosa prevede", d(2016, 3, 18, 19, 30, 0, 1), "Redazione", [], True, True,
         "I migranti arrivati in Grecia dal 20 marzo potranno essere rimandati in Turchia.", None, "'Redazione' is no person."),
        (98655, "Perugia, il consiglio comunale approva il bilancio", d(2016, 3, 16, 22, 10, 0, 1), "di Fabio Cecchetti", ["Fabio Cecchetti"], True, False,
         "Via libera dopo sei ore di discussione.", None, "Home: not relevant."),
        (98631, "Siria, Mosca annuncia il ritiro di parte delle truppe", d(2016, 3, 14, 20, 5, 0, 1), "di Lucia Bartolini", ["Lucia Bartolini"], True, True,
         "Il Cremlino ha annunciato il ritiro della parte principale del contingente.", None, "Relevant."),
        (98610, "Umbria Jazz, svelati i primi nomi del cartellone", d(2016, 3, 13, 12, 0, 0, 1), "di Sara Menichetti", ["Sara Menichetti"], True, False,
         "Il festival torna a luglio.", None, "Home culture: not relevant."),
        (98600, "FOTOGALLERY | Eurochocolate di primavera", d(2016, 3, 12, 17, 0, 0, 1), "Redazione", [], False, False,
         "Le foto della giornata.", None, "Gallery: not a story. Title label 'FOTOGALLERY |' may be kept or dropped."),
    ]
    for aid, title, w, by, authors, story, rel, body, quotes, note in data:
        link = f"{base}/esteri/{aid}"
        rows.append(f"\t\t<item>\n\t\t\t<title><![CDATA[{title}]]></title>\n\t\t\t<link>{link}</link>\n\t\t\t<pubDate>{rfc822(w, 'it')}</pubDate>\n\t\t\t<dc:creator><![CDATA[{by}]]></dc:creator>\n"
                    f"\t\t\t<guid isPermaLink=\"false\">{aid}</guid>\n\t\t\t<description><![CDATA[{paras(body)}]]></description>\n\t\t</item>")
        items.append(it(str(aid), title, w, authors, story, rel, [], quotes, note))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n\t<channel>\n\t\t<title>Il Grifo Quotidiano - Esteri</title>\n'
            f"\t\t<link>{base}/esteri</link>\n\t\t<description>Esteri</description>\n\t\t<language>it-IT</language>\n\t\t<lastBuildDate>{rfc822(d(2016, 3, 22, 11, 50, 0, 1), 'it')}</lastBuildDate>\n"
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("it_ilgrifoquotidiano_esteri_php.rss.xml", text, items, lang="it", outlet="Il Grifo Quotidiano", aliases=["Il Grifo"], ctype="application/rss+xml; charset=UTF-8", declared="UTF-8",
                structure="Perugia daily's PHP feed built with strftime under an it_IT locale: pubDate and lastBuildDate with Italian day and month names ('mar, 22 mar 2016', 'ven, 18 mar 2016', 'lun, 14 mar 2016'), tab indentation, CDATA titles and dc:creator ('di Name', 'Redazione'), numeric non-permalink guids, a 'FOTOGALLERY |' title, March 2016",
                notes="Dates localized in Italian.")


# ------------------- Trento: Atom with 'Aggiornato alle' lines and entries that carry <updated> only
def trento():
    base = "https://www.gazzettadolomiti.example"
    rows, items = [], []
    data = [
        ("brennero-pedaggio-vienna-roma", "Brennero, Roma e Vienna trattano sui divieti di transito per i Tir", d(2026, 1, 21, 17, 5, 0, 1), d(2026, 1, 21, 18, 45, 0, 1), "Stefano Dallapiccola", ["Stefano Dallapiccola"], True, True,
         "Aggiornato alle 18:45|I ministri dei trasporti dei due Paesi si sono visti a Innsbruck.|«Serve una soluzione prima dell'estate», ha detto Martina Endrizzi, presidente dell'associazione autotrasportatori trentini.", [q("Martina Endrizzi", "associazione autotrasportatori trentini")],
         "Atom <published> 2026-01-21T17:05:00+01:00 (16:05 UTC); <updated> and 'Aggiornato alle 18:45' are the edit. Relations between two states: relevant."),
        ("austria-governo-crisi", "Austria, il governo a tre perde un pezzo", None, d(2026, 1, 20, 21, 30, 0, 1), "Redazione", [], True, True,
         "Il partito liberale esce dalla coalizione.", None, "Entry with <updated> only (no <published>): the only date given, 20:30 UTC, taken as the publication. 'Redazione' is no person."),
        ("trento-neve-scuole-chiuse", "Neve in Trentino, scuole chiuse in val di Fassa", d(2026, 1, 20, 7, 10, 0, 1), d(2026, 1, 20, 9, 2, 0, 1), "Giulia Pedrotti", ["Giulia Pedrotti"], True, False,
         "Aggiornato alle 09:02|Fino a 60 centimetri sopra i 1.500 metri.", None, "Home weather: not relevant."),
        ("svizzera-votazione-gennaio", "Svizzera, Berna prepara il voto sui bilaterali con l'Ue", None, d(2026, 1, 19, 16, 0, 0, 1), "Stefano Dallapiccola", ["Stefano Dallapiccola"], True, True,
         "Il Consiglio federale ha fissato il calendario.", None, "<updated> only: taken as the date."),
        ("milano-cortina-biglietti", "Milano Cortina, a Predazzo pronti i trampolini", d(2026, 1, 18, 12, 0, 0, 1), d(2026, 1, 18, 12, 0, 0, 1), "Giulia Pedrotti e Luca Zeni", ["Giulia Pedrotti", "Luca Zeni"], True, False,
         "Collaudo superato a tre settimane dai Giochi.", None, "Home sport/event: not relevant. 'A e B'."),
        ("video-valanga-passo-rolle", "VIDEO | La valanga al passo Rolle", d(2026, 1, 17, 15, 0, 0, 1), d(2026, 1, 17, 15, 0, 0, 1), "Redazione", [], False, False,
         "Le immagini girate dai soccorritori.", None, "Video: not a story. Title label 'VIDEO |' may be kept or dropped."),
    ]
    for slug, title, pub, upd, by, authors, story, rel, body, quotes, note in data:
        url = f"{base}/mondo/{slug}"
        p = f"<published>{pub.isoformat()}</published>" if pub else ""
        rows.append(f"<entry><id>{url}</id><title>{esc(title)}</title><link rel=\"alternate\" href=\"{url}\"/>{p}<updated>{upd.isoformat()}</updated><author><name>{esc(by)}</name></author><summary type=\"html\">{esc(paras(body))}</summary></entry>")
        items.append(it(url, title, pub or upd, authors, story, rel, ["Aggiornato alle"] if "Aggiornato" in body else [], quotes, note))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="it"><title>Gazzetta delle Dolomiti – Mondo</title>'
            f'<id>{base}/mondo</id><link rel="self" href="{base}/mondo/feed.atom"/><updated>2026-01-21T18:45:00+01:00</updated>' + "".join(rows) + "</feed>\n")
    return feed("it_gazzettadolomiti_mondo.atom.xml", text, items, lang="it", outlet="Gazzetta delle Dolomiti", shape="atom", ctype="application/atom+xml; charset=UTF-8", declared="UTF-8",
                structure="Trento daily's Atom feed of 'Mondo' (custom Symfony front): xml:lang it, one entry per line, <published> and <updated> with +01:00, two entries with <updated> only (imported wire copy), author names 'Name', 'A e B', 'Redazione', escaped HTML summaries opening with 'Aggiornato alle 18:45', January 2026",
                notes="Two entries give only <updated>.")


# ---------------------- Londrina: Portuguese day and month names with 'BRT', 'Por Name' bylines
def londrina():
    base = "https://www.gazetadotibagi.example"
    rows, items = [], []
    data = [
        (311907, "Argentina anuncia novo câmbio para exportadores de soja", d(2022, 10, 5, 21, 0, 0, -3), "Por Camila Yamamoto", ["Camila Yamamoto"], True, True,
         "O governo argentino voltou a criar uma taxa de câmbio especial para a soja até o fim de outubro.|“As cooperativas do Norte do Paraná vão sentir a concorrência já nesta safra”, disse Renato Okuda, analista da Cooperativa Agroindustrial do Tibagi.", [q("Renato Okuda", "Cooperativa Agroindustrial do Tibagi")],
         "pubDate 'Qua, 05 Out 2022 21:00:00 BRT' (Portuguese day and month names, BRT = -0300; no daylight saving since 2019): 00:00 UTC on 6 October. A neighbour's economic policy: relevant."),
        (311880, "Itaipu: Brasil e Paraguai voltam a discutir a tarifa", d(2022, 10, 4, 18, 30, 0, -3), "Da Redação, com agências", [], True, True,
         "As chancelarias dos dois países marcaram reunião técnica em Assunção.", None, "Bilateral treaty (Anexo C): relevant. 'Da Redação, com agências' is not a person."),
        (311854, "Segundo turno: candidatos intensificam agenda no Paraná", d(2022, 10, 4, 10, 15, 0, -3), "Por Eduardo Tanaka", ["Eduardo Tanaka"], True, False,
         "Os dois candidatos à Presidência devem passar pelo estado nas próximas semanas.", None, "Home election: not relevant."),
        (311840, "Reino Unido: governo recua de corte de imposto para os mais ricos", d(2022, 10, 3, 9, 40, 0, -3), "Por Camila Yamamoto", ["Camila Yamamoto"], True, True,
         "O recuo veio após dez dias de turbulência nos mercados.", None, "Relevant."),
        (311822, "Londrina: obras no Lago Igapó interditam avenida", d(2022, 10, 2, 16, 0, 0, -3), "Por Júlia Ferraz, especial para a Gazeta", ["Júlia Ferraz"], True, False,
         "A Avenida Higienópolis terá bloqueio parcial até dezembro.", None, "Home city: not relevant. ', especial para a Gazeta' is not part of the name."),
        (311810, "Galeria: as fotos da apuração em Londrina", d(2022, 10, 2, 22, 50, 0, -3), "Por Fotografia Gazeta", [], False, False,
         "Confira as imagens da noite de apuração.", None, "Gallery: not a story. Title label 'Galeria:' may be kept or dropped."),
    ]
    for aid, title, w, by, authors, story, rel, body, quotes, note in data:
        link = f"{base}/mundo/noticia/{aid}"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{link}</link>\n<guid isPermaLink=\"true\">{link}</guid>\n<pubDate>{abbr(w, 'BRT', 'pt-pt')}</pubDate>\n<dc:creator>{esc(by)}</dc:creator>\n<description>{esc(paras(body))}</description>\n</item>")
        items.append(it(link, title, w, authors, story, rel, [], quotes, note))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n<title>Gazeta do Tibagi | Mundo</title>\n'
            f"<link>{base}/mundo</link>\n<description>Notícias do mundo</description>\n<language>pt-br</language>\n<lastBuildDate>{abbr(d(2022, 10, 5, 21, 2, 0, -3), 'BRT', 'pt-pt')}</lastBuildDate>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("pt_gazetadotibagi_mundo.rss.xml", text, items, lang="pt", outlet="Gazeta do Tibagi", ctype="application/rss+xml; charset=UTF-8", declared="UTF-8",
                structure="Londrina (Paraná) daily's custom CMS feed of 'Mundo': pubDate and lastBuildDate localized in Portuguese ('Qua, 05 Out 2022', 'Dom, 02 Out 2022') with the zone abbreviation 'BRT', dc:creator 'Por Name', 'Por Name, especial para a Gazeta', 'Da Redação, com agências', link guids, escaped HTML descriptions, October 2022 (first round of the general election)",
                notes="Dates localized in Portuguese with 'BRT' (-0300).")


# ------------------- Cuiabá: 'AMST' (Mato Grosso summer time, -0300), 12-hour clock, byline line
def cuiaba():
    base = "https://www.diariodocerrado.example"
    rows, items = [], []
    data = [
        (78215, "eua-reconhecem-jerusalem", "EUA reconhecem Jerusalém como capital de Israel e anunciam mudança da embaixada", d(2017, 12, 6, 16, 20, 0, -3), "Por Rafael Arruda, de Cuiabá, com agências", ["Rafael Arruda"], True, True,
         "A decisão foi condenada por governos árabes e europeus.|“A comunidade palestina de Cuiabá está reunida desde a tarde”, disse Samir Haddad, presidente da Sociedade Árabe-Palestina de Mato Grosso.", [q("Samir Haddad", "Sociedade Árabe-Palestina de Mato Grosso")],
         "pubDate 'Wed, 06 Dec 2017 04:20:00 PM AMST': 12-hour clock and 'AMST' (Amazon Summer Time, -0300; Mato Grosso still kept daylight saving in 2017) = 19:20 UTC. Not Armenia's AMT."),
        (78190, "honduras-apuracao-crise", "Honduras: apuração lenta leva a protestos e toque de recolher", d(2017, 12, 5, 9, 5, 0, -3), "Da Redação", [], True, True,
         "O tribunal eleitoral ainda não declarou o vencedor uma semana após a eleição.", None, "'Da Redação' is no person."),
        (78166, "vlt-cuiaba-obras-retomada", "VLT: governo promete retomar obras em Cuiabá no ano que vem", d(2017, 12, 4, 19, 45, 0, -3), "Por Lívia Campos", ["Lívia Campos"], True, False,
         "A Secretaria de Cidades apresentou novo cronograma.", None, "Home: not relevant."),
        (78140, "bolivia-tribunal-reeleicao", "Bolívia: decisão do tribunal abre caminho para nova reeleição", d(2017, 12, 1, 11, 30, 0, -3), "Por Rafael Arruda", ["Rafael Arruda"], True, True,
         "Em San Matías, na fronteira, comerciantes temem novos bloqueios.", None, "Neighbour country: relevant."),
        (78122, "safra-soja-mato-grosso-recorde", "Safra de soja em Mato Grosso deve bater recorde", d(2017, 11, 30, 8, 0, 0, -3), "Por Lívia Campos", ["Lívia Campos"], True, False,
         "A estimativa é de 31 milhões de toneladas.", None, "Home business: not relevant."),
        (78101, "video-chuva-avenida-cpa", "Vídeo: chuva alaga a Avenida do CPA", d(2017, 11, 29, 18, 10, 0, -3), "Da Redação", [], False, False,
         "Veja o vídeo enviado por leitores.", None, "Video: not a story. Title label 'Vídeo:' may be kept or dropped."),
    ]
    for aid, slug, title, w, by, authors, story, rel, body, quotes, note in data:
        link = f"{base}/internacional/{slug}-{aid}.html"
        desc = f"<p><b>{esc(by)}</b></p>" + paras(body)
        rows.append(f"  <item>\n    <title>{cd(title)}</title>\n    <link>{link}</link>\n    <guid>{link}</guid>\n    <pubDate>{abbr(w, 'AMST', h12=True)}</pubDate>\n    <description>{cd(desc)}</description>\n  </item>")
        items.append(it(link, title, w, authors, story, rel, [], quotes, note))
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n  <title>Diário do Cerrado - Internacional</title>\n'
            f"  <link>{base}/internacional</link>\n  <description>Diário do Cerrado - Internacional</description>\n  <language>pt-BR</language>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("pt_diariodocerrado_internacional_php.rss.xml", text, items, lang="pt", outlet="Diário do Cerrado", aliases=["Diario do Cerrado"], ctype="application/rss+xml; charset=utf-8",
                structure="Cuiabá (Mato Grosso) news site's PHP feed: pubDate with a 12-hour clock and 'AM/PM' before the zone abbreviation 'AMST' ('Wed, 06 Dec 2017 04:20:00 PM AMST'; Mato Grosso kept Brazilian summer time until 2019, -0300), no channel date, CDATA titles, link guids, CDATA descriptions whose first bold paragraph is the byline ('Por Name, de Cuiabá, com agências', 'Por Name', 'Da Redação'), December 2017",
                notes="12-hour clock with 'AMST' (-0300).")


# -------------------------- Muzaffarabad Urdu daily: the date only in Urdu words and digits + PKT
def muzaffarabad():
    base = "https://www.pirpanjal.example"
    rows, items = [], []
    data = [
        (55120, "وادی گلوان میں بھارتی اور چینی فوجیوں میں جھڑپ، ہلاکتوں کی اطلاعات", d(2020, 6, 16, 21, 40, 0, 5), "نیوز ڈیسک", [], True, True,
         "لداخ کی وادی گلوان میں بھارتی اور چینی فوجیوں کے درمیان رات گئے جھڑپ ہوئی۔|دفاعی تجزیہ کار بریگیڈیئر (ر) نعیم اختر نے کہا کہ ”لائن آف کنٹرول پر بھی کشیدگی بڑھ سکتی ہے“۔", [q("نعیم اختر")],
         "The only date is the channel CMS's Urdu string 'منگل، ۱۶ جون ۲۰۲۰ ۲۱:۴۰ PKT' in <pubDate> (Urdu weekday, Urdu digits, Urdu month, 'PKT' = +0500): 16:40 UTC. A careful editor reads it; no machine date is given. Relevant."),
        (55102, "امریکہ: پولیس اصلاحات کے حق میں مظاہرے تیسرے ہفتے میں داخل", d(2020, 6, 14, 10, 15, 0, 5), "تحریر: سردار عاصم ناصر", ["سردار عاصم ناصر"], True, True,
         "واشنگٹن اور نیویارک سمیت کئی شہروں میں ہزاروں افراد نے مارچ کیا۔", None, "'تحریر:' ('written by') is a label before the name. Relevant."),
        (55088, "وفاقی بجٹ: آزاد کشمیر کے ترقیاتی فنڈز میں کمی", d(2020, 6, 12, 19, 5, 0, 5), "مظفرآباد (نمائندہ خصوصی)", [], True, False,
         "وفاقی بجٹ میں آزاد کشمیر کے ترقیاتی بجٹ میں دس فیصد کمی کی گئی ہے۔", None, "Home budget: not relevant. 'نمائندہ خصوصی' (special correspondent) is a desk credit."),
        (55071, "دوحہ: افغان حکومت اور طالبان کے قیدیوں کا تبادلہ جاری", d(2020, 6, 11, 13, 0, 0, 5), "ایجنسیاں", [], True, True,
         "کابل حکومت نے مزید نو سو طالبان قیدی رہا کر دیے۔", None, "Agencies: no person."),
        (55060, "مظفرآباد میں کورونا کے مزید ۲۳ مریض", d(2020, 6, 10, 22, 30, 0, 5), "شازیہ بی بی", ["شازیہ بی بی"], True, False,
         "محکمہ صحت کے مطابق ضلع میں مریضوں کی تعداد ۴۱۲ ہو گئی۔", None, "Home health news: not relevant."),
        (55049, "ویڈیو: نیلم ویلی میں لینڈ سلائیڈنگ", d(2020, 6, 9, 17, 0, 0, 5), "ویڈیو ڈیسک", [], False, False,
         "ویڈیو دیکھیں", None, "Video: not a story. Title label 'ویڈیو:' may be kept or dropped."),
    ]
    for aid, title, w, by, authors, story, rel, body, quotes, note in data:
        link = f"{base}/news/{aid}"
        desc = f"<p><strong>{by}</strong></p>" + paras(body)
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{link}</link>\n<description>{cd(desc)}</description>\n<pubDate>{ur_date(w)}</pubDate>\n<guid>{link}</guid>\n</item>")
        items.append(it(link, title, w, authors, story, rel, [], quotes, note))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<title>روزنامہ پیر پنجال - بین الاقوامی</title>\n'
            f"<link>{base}/international</link>\n<description>روزنامہ پیر پنجال، مظفرآباد</description>\n<language>ur</language>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("ur_pirpanjal_international_php.rss.xml", text, items, lang="ur", outlet="روزنامہ پیر پنجال", aliases=["پیر پنجال", "Pir Panjal"], ctype="application/rss+xml; charset=UTF-8", declared="UTF-8",
                structure="Muzaffarabad (Azad Kashmir) Urdu daily's PHP feed of 'بین الاقوامی': <pubDate> holds the site's Urdu display date ('منگل، ۱۶ جون ۲۰۲۰ ۲۱:۴۰ PKT': Urdu weekday and month, Extended Arabic-Indic digits, 24-hour time, 'PKT') instead of RFC 822, CDATA descriptions whose first bold paragraph is the credit ('نیوز ڈیسک', 'ایجنسیاں', 'مظفرآباد (نمائندہ خصوصی)', 'تحریر: Name', a name), link guids, June 2020",
                notes="pubDate is an Urdu-language display date with Urdu digits and 'PKT' (+0500); it is the only date.")


# ------------------------------- Oslo Urdu weekly: 12-hour pubDate with CEST offset, 'رپورٹ:' bylines
def oslo():
    base = "https://shumaal.example"
    rows, items = [], []
    data = [
        (7712, "مراکش میں زلزلہ: ہلاکتوں کی تعداد دو ہزار سے تجاوز کر گئی", d(2023, 9, 10, 21, 45, 0, 2), "رپورٹ: عائشہ ملک", ["عائشہ ملک"], True, True,
         "مراکش کے اطلس پہاڑی علاقے میں آنے والے زلزلے کے بعد امدادی کام جاری ہے۔|اوسلو میں مراکشی ایسوسی ایشن کے صدر یوسف العمرانی نے کہا کہ ”ہم نے دو دن میں تین لاکھ کرونر جمع کیے ہیں“۔", [q("یوسف العمرانی", "مراکشی ایسوسی ایشن")],
         "pubDate 'Sun, 10 Sep 2023 09:45:00 PM +0200' (12-hour clock with an offset): 19:45 UTC. Relevant."),
        (7705, "ناروے کے بلدیاتی انتخابات: اوسلو میں پاکستانی نژاد امیدوار میدان میں", d(2023, 9, 9, 11, 0, 0, 2), "رپورٹ: طارق محمود، اوسلو", ["طارق محمود"], True, False,
         "پیر کو ہونے والے انتخابات میں کئی جماعتوں نے پاکستانی نژاد امیدوار کھڑے کیے ہیں۔", None, "Home (Norwegian) election: not relevant. '، اوسلو' is the place."),
        (7698, "لیبیا: درنہ میں سیلاب سے ہزاروں افراد لاپتہ", d(2023, 9, 12, 8, 30, 0, 2), "ویب ڈیسک", [], True, True,
         "ڈیم ٹوٹنے سے شہر کا بڑا حصہ پانی میں بہہ گیا۔", None, "Desk credit."),
        (7690, "پاکستان: الیکشن کمیشن نے حلقہ بندیوں کا شیڈول جاری کر دیا", d(2023, 9, 8, 14, 20, 0, 2), "ویب ڈیسک", [], True, True,
         "عام انتخابات جنوری کے آخری ہفتے میں متوقع ہیں۔", None, "For a Norwegian outlet Pakistani politics is foreign: relevant."),
        (7684, "نئی دہلی میں جی ٹوئنٹی اجلاس کا مشترکہ اعلامیہ منظور", d(2023, 9, 9, 19, 10, 0, 2), "ایجنسیاں", [], True, True,
         "اعلامیے میں یوکرین جنگ کا ذکر نرم الفاظ میں کیا گیا۔", None, "Agencies."),
        (7679, "اوسلو میلہ: ہفتے کو فروگنر پارک میں", d(2023, 9, 7, 10, 0, 0, 2), "شمال", [], False, False,
         "تمام احباب کو دعوت ہے۔ داخلہ مفت۔", None, "Event notice: not a story."),
    ]
    data.sort(key=lambda r: r[2], reverse=True)
    for pid, title, w, by, authors, story, rel, body, quotes, note in data:
        link = f"{base}/?p={pid}"
        rows.append(f"<item><title>{esc(title)}</title><link>{link}</link><guid>{link}</guid><pubDate>{rfc822(w, h12=True)}</pubDate><author>{esc(by)}</author><description>{cd(paras(body))}</description></item>")
        items.append(it(link, title, w, authors, story, rel, [], quotes, note))
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>ہفت روزہ شمال</title>'
            f"<link>{base}/</link><description>ناروے سے اردو ہفت روزہ</description><language>ur-NO</language>" + "".join(rows) + "</channel></rss>\n")
    return feed("ur_no_shumaal_weekly_php.rss.xml", text, items, lang="ur", outlet="ہفت روزہ شمال", aliases=["شمال", "Shumaal"], ctype="application/rss+xml; charset=utf-8",
                structure="Oslo Urdu weekly's hand-written PHP feed (date('D, d M Y h:i:s A O')): pubDate with a 12-hour clock and AM/PM before a +0200 offset (CEST), language 'ur-NO', one line per item, RSS <author> with 'رپورٹ: Name', 'رپورٹ: Name، اوسلو', 'ویب ڈیسک', 'ایجنسیاں' or the brand, '?p=<id>' links as guids, CDATA descriptions, items not in date order by a day, September 2023 (Norwegian local elections)",
                notes="12-hour pubDates ('09:45:00 PM +0200').")


FEEDS = [medium, jekyll, vanuatu, ancona, goerlitz, flensburg, bielefeld, perugia, trento, londrina, cuiaba, muzaffarabad, oslo]
