# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the twenty-fifth held-out set (world desks of small and regional outlets
on CMSs not imitated before, one tech and one science feed). All outlets, people and
quotations are invented; real states and institutions appear only as settings."""
from datetime import UTC

from common25 import cd, d, feed, gmt, utc0, wpt
from mk import esc, it, q, rfc822

# ---------------------------------------------------------------- Barents Observer-style (Kirkenes) English site from a Newscoop (Sourcefabric) template


def barents():
    rows, items = [], []
    base = "https://www.barentsbeacon.example"

    def add(sec, slug, title, when, creator, intro, exp):
        url = f"{base}/en/{sec}/2022/10/{slug}"
        cr = f"\n\t\t\t<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<description>{esc(intro)}</description>\n\t\t\t<link>{url}</link>\n\t\t\t<pubDate>{rfc822(when)}</pubDate>{cr}\n\t\t</item>\n")
        items.append(exp(url))

    o = 2
    w = d(19, 13, 40, 0, o)
    add("arctic", "norway-and-russia-agree-cod-quota-after-video-talks", "Norway and Russia agree cod quota after two weeks of video talks", w, "Astrid Halvorsen",
        "<p>The Joint Norwegian-Russian Fisheries Commission has set next year's Barents Sea cod quota at 566,000 tonnes, the lowest in two decades</p>"
        "<p>The talks were held by video link for the third year in a row. Norway has barred Russian officials from travelling to Tromsø since the spring, but kept the fisheries channel open.</p>"
        "<p>\"The cod does not care about sanctions, and neither can the people who manage it,\" said Eirik Vassbotn, head of the Norwegian delegation to the commission.</p>"
        "<p>Russian trawlers will keep access to the Norwegian economic zone, but may still only land catches in Kirkenes, Tromsø and Båtsfjord.</p>",
        lambda k: it(k, "Norway and Russia agree cod quota after two weeks of video talks", w, ["Astrid Halvorsen"],
                     quotes=[q("Eirik Vassbotn", "Norwegian delegation")], note="Newscoop template: no guid (the link is the key); intro paragraph without final stop."))
    w = d(19, 9, 15, 0, o)
    add("borderland", "finland-shuts-salla-crossing-to-russian-tourist-visas", "Finland shuts Salla crossing to holders of Russian tourist visas", w, "Nikolai Strand and Ida Lauritsen",
        "<p>Finland's border guard turned back 140 Russian citizens at Salla on the first day of the new entry rules.</p>"
        "<p>Helsinki says tourist visas issued by other Schengen states will no longer be honoured at its eastern border. Work, family and student visas are not affected.</p>"
        "<p>\"We see people who have driven twelve hours from Murmansk only to be sent back,\" said Marja Keränen, a deputy commander of the Lapland border guard district.</p>",
        lambda k: it(k, "Finland shuts Salla crossing to holders of Russian tourist visas", w, ["Nikolai Strand", "Ida Lauritsen"],
                     quotes=[q("Marja Keränen", "Lapland border guard district")], note="Two reporters in one dc:creator joined by 'and'."))
    w = d(18, 16, 5, 0, o)
    add("photos", "photos-northern-lights-over-pasvik", "Photos: first northern lights of the season over Pasvik", w, "Tor-Inge Bakken",
        "<p>Our photographer spent three nights by the river. Click through the gallery.</p>",
        lambda k: it(k, "Photos: first northern lights of the season over Pasvik", w, ["Tor-Inge Bakken"], story=False, rel=False, note="Photo gallery."))
    w = d(18, 11, 30, 0, o)
    add("arctic", "arctic-council-restarts-projects-without-russia", "Arctic Council restarts a third of its projects without Russia", w, "Astrid Halvorsen",
        "<p>Seven of the eight member states have agreed to resume work on 43 council projects in which Russia had no part.</p>"
        "<p>The council's activities were paused in March. The projects that restart include oil-spill preparedness in the Bering Strait and a circumpolar study of black carbon.</p>"
        "<p>Diplomats in Reykjavík say a full return to normal is not on the table while the war in Ukraine continues.</p>",
        lambda k: it(k, "Arctic Council restarts a third of its projects without Russia", w, ["Astrid Halvorsen"]))
    w = d(17, 14, 20, 0, o)
    add("society", "reindeer-herders-take-wind-park-case-to-supreme-court", "Reindeer herders take wind park case to Norway's Supreme Court", w, "Ánne Márjá Somby",
        "<p>Two Sámi herding districts in Finnmark say turbines on their winter pastures violate their rights under Norwegian law.</p>"
        "<p>The developer says the 38 turbines were approved after ten years of consultations.</p>",
        lambda k: it(k, "Reindeer herders take wind park case to Norway's Supreme Court", w, ["Ánne Márjá Somby"], rel=False, note="Domestic court case; a Northern Sámi name with diacritics."))
    w = d(17, 8, 0, 0, o)
    add("borderland", "kirkenes-hurtigruten-schedule-winter", "Winter schedule: coastal ferry to call at Kirkenes four times a week", w, None,
        "<p>The coastal route will call at Kirkenes on Mondays, Wednesdays, Fridays and Sundays from November 1.</p>",
        lambda k: it(k, "Winter schedule: coastal ferry to call at Kirkenes four times a week", w, [], rel=False, note="Local service item without a byline."))
    channel = (f"\t\t<title>The Barents Beacon</title>\n\t\t<link>{base}/en</link>\n\t\t\n\t\t<!-- insert description of this feed -->\n\t\t<description>\n\t\t\tArticles from The Barents Beacon, issue 2022-42.\n\t\t</description>\n\t\t\n"
               f"\t\t<lastBuildDate>{rfc822(d(19, 13, 41, 0, o))}</lastBuildDate>\n\n\t\t<generator>http://www.barentsbeacon.example/</generator>\n\n\t\t<managingEditor>news@barentsbeacon.example (The Barents Beacon)</managingEditor>\n\t\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="/rss.xsl"?>\n\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n\n\t<channel>\n'
            + channel + "\n".join(rows) + "\t\t\n\t</channel>\n</rss>\n")
    return feed("en_no_barentsbeacon_newscoop.rss.xml", text, items, lang="en", outlet="The Barents Beacon", aliases=["Barents Beacon"],
                structure="Barents Observer-style (Kirkenes, Norway) English news site from a Newscoop (Sourcefabric) Smarty template: an <?xml-stylesheet?> processing instruction, blank lines and the template's comment left in the channel, tab indentation, channel description 'Articles from Brand, issue YYYY-WW.' on its own indented lines, generator = the site URL, managingEditor, items WITHOUT guid (the link is the key), description BEFORE link, HTML-escaped intro paragraphs (one standfirst without final stop), dc:creator holding a person, 'A and B' or nothing, a Northern Sámi name, straight double quotes, a photo gallery, +0200 dates")


# ---------------------------------------------------------------- Andina-style (Lima) state news agency English service, custom ASP.NET


def andes():
    rows, items = [], []
    base = "https://andesnews.example"

    def add(nid, slug, title, when, body, exp):
        url = f"{base}/Ingles/noticia-{slug}-{nid}.aspx"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(body)}</description><pubDate>{rfc822(when)}</pubDate><guid>{url}</guid></item>")
        items.append(exp(url))

    o = -5
    w = d(18, 17, 42, 0, o)
    add(913447, "peru-and-ecuador-sign-pact-to-manage-zarumilla-river", "Peru and Ecuador sign pact to manage Zarumilla River", w,
        "17:42 | Lima, Oct. 18 (ANDES). Peru and Ecuador signed an agreement on Tuesday to jointly manage the Zarumilla River, which forms part of their border, and to share the cost of a new flood barrier.\r\n\r\n"
        "The binational commission will meet every six months in Tumbes and Huaquillas.\r\n\r\n"
        "\"This river once divided us; today it is an example of what two neighbors can build together,\" said Peru's Foreign Minister Rosa Elvira Quispe.\r\n\r\n"
        "The agreement also provides for a joint early-warning system during the rainy season.",
        lambda k: it(k, "Peru and Ecuador sign pact to manage Zarumilla River", w, [], junk=["17:42 |", "(ANDES)"],
                     quotes=[q("Rosa Elvira Quispe", "Foreign Minister")], note="Time, city and agency dateline glued to the first sentence; paragraphs separated by CRLF pairs inside the escaped text."))
    w = d(18, 15, 10, 0, o)
    add(913421, "peru-and-bolivia-to-reopen-desaguadero-crossing-around-the-clock", "Peru and Bolivia to reopen Desaguadero crossing around the clock", w,
        "15:10 | Lima, Oct. 18 (ANDES). The Desaguadero border crossing between Peru and Bolivia will operate 24 hours a day from November, the Peruvian Foreign Ministry said.\r\n\r\n"
        "The crossing on the shores of Lake Titicaca handles most of the trade between the two countries.",
        lambda k: it(k, "Peru and Bolivia to reopen Desaguadero crossing around the clock", w, [], junk=["15:10 |", "(ANDES)"]))
    w = d(18, 12, 5, 0, o)
    add(913398, "machu-picchu-daily-visitor-cap-raised-to-4-044", "Machu Picchu: daily visitor cap raised to 4,044", w,
        "12:05 | Lima, Oct. 18 (ANDES). The Ministry of Culture raised the daily number of visitors allowed at the Machu Picchu citadel to 4,044 for the high season.",
        lambda k: it(k, "Machu Picchu: daily visitor cap raised to 4,044", w, [], rel=False, junk=["12:05 |"], note="Tourism item."))
    w = d(17, 19, 30, 0, o)
    add(913352, "photo-gallery-lord-of-miracles-procession-fills-lima-streets", "Photo gallery: Lord of Miracles procession fills Lima streets", w,
        "19:30 | Lima, Oct. 17 (ANDES). See the best images of the first procession of the month of Purple.",
        lambda k: it(k, "Photo gallery: Lord of Miracles procession fills Lima streets", w, [], story=False, rel=False, note="Photo gallery."))
    w = d(17, 16, 45, 0, o)
    add(913340, "peru-blueberry-exports-up-21-in-first-nine-months", "Peru blueberry exports up 21% in first nine months", w,
        "16:45 | Lima, Oct. 17 (ANDES). Peru's blueberry exports rose 21% between January and September, according to the Association of Exporters (Adex).\r\n\r\n"
        "The United States and the Netherlands remain the main markets.",
        lambda k: it(k, "Peru blueberry exports up 21% in first nine months", w, [], rel=False, junk=["16:45 |"], note="Business item."))
    w = d(17, 10, 20, 0, o)
    add(913311, "peru-hosts-pacific-alliance-trade-vice-ministers", "Peru hosts Pacific Alliance trade vice-ministers ahead of summit", w,
        "10:20 | Lima, Oct. 17 (ANDES). Trade vice-ministers of the Pacific Alliance met in Lima on Monday to prepare the bloc's summit, amid a dispute over which country will hold its rotating presidency.\r\n\r\n"
        "Chile, Colombia and Mexico sent delegations. Peru's Vice-Minister of Foreign Trade, Julio César Arbulú, said the meeting had agreed on a common position on digital trade.\r\n\r\n"
        "\"The Alliance is bigger than any disagreement between governments,\" Arbulú told reporters.",
        lambda k: it(k, "Peru hosts Pacific Alliance trade vice-ministers ahead of summit", w, [], junk=["10:20 |", "(ANDES)"],
                     quotes=[q("Julio César Arbulú", "Vice-Minister of Foreign Trade")], note="Speaker introduced in the previous paragraph, named by surname at the quote."))
    channel = (f"<title>Andes - English News</title><link>{base}/Ingles/</link><description>Agencia Peruana de Noticias Andes - Noticias en inglés</description><language>en-us</language>"
               f"<copyright>Editora Andes S.A. - Todos los derechos reservados</copyright><lastBuildDate>{rfc822(d(18, 17, 45, 0, o))}</lastBuildDate><ttl>5</ttl>")
    text = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>' + channel + "".join(rows) + "</channel></rss>"
    return feed("en_pe_andesnews_ingles_aspx.rss.xml", text, items, lang="en", outlet="Andes", aliases=["Andes News Agency", "Agencia Peruana de Noticias Andes", "ANDES"],
                structure="Andina-style (Lima) state news agency's English service RSS from a custom ASP.NET CMS: the whole document on one line without a trailing newline, no namespaces, channel 'Brand - English News' with a Spanish description and 'S.A. - Todos los derechos reservados' copyright, <ttl>5</ttl>, '/Ingles/noticia-<slug>-<6 digits>.aspx' links repeated as bare guids AFTER pubDate, no author element, escaped plain-text descriptions opening with 'HH:MM | Lima, Mon. D (AGENCY).' (time, city, agency) and CRLF pairs between paragraphs, straight quotes, a speaker named by surname at the quote, a photo gallery, -0500 dates")


# ---------------------------------------------------------------- a Freetown daily's world page scraped by FetchRSS (third-party feed generator)


def lionmountain():
    rows, items = [], []
    base = "https://lionmountainpost.example"
    foot = "<br/><br/>(Feed generated with <a href=\"https://fetchrss.com\" target=\"_blank\">FetchRSS</a>)"

    def add(hid, path, title, when, text, img, exp):
        url = f"{base}/{path}/"
        pic = f"<br/><br/><img src=\"{base}/wp-content/uploads/2022/10/{img}.jpg\" />" if img else ""
        media = f"<media:content medium=\"image\" url=\"{base}/wp-content/uploads/2022/10/{img}.jpg\"/>" if img else ""
        rows.append(f"<item><title><![CDATA[{title}]]></title><description><![CDATA[{text}{pic}{foot}]]></description><link>{url}</link><guid isPermaLink=\"false\">{hid}</guid><pubDate>{gmt(when)}</pubDate>{media}</item>")
        items.append(exp(hid))

    junk = ["Feed generated with", "FetchRSS"]
    w = d(19, 10, 2, 11)
    add("0b7c2e91d4a3f5e6a7b8c9d0e1f2a3b4", "ecowas-mediator-arrives-in-conakry-as-transition-talks-stall", "ECOWAS mediator arrives in Conakry as transition talks stall", w,
        "The ECOWAS mediator for Guinea arrived in Conakry on Tuesday for a third round of talks with the military authorities on the length of the transition. “We are not here to impose, we are here to find a timetable everybody can live with,” said Mamadou Barrie, a spokesman for the ECOWAS Commission. The bloc has threatened new sanctions if no agreement is reached by the end of the month.",
        "ecowas-conakry", lambda k: it(k, "ECOWAS mediator arrives in Conakry as transition talks stall", w, [], junk=junk, quotes=[q("Mamadou Barrie", "ECOWAS Commission")],
                                      note="FetchRSS: guid is the generator's hash; pubDate is the time the page was scraped."))
    w = d(19, 10, 2, 9)
    add("1c8d3fa2e5b4a6f7b8c9d0e1f2a3b4c5", "sierra-leone-liberia-agree-to-redraw-mano-river-border-markers", "Sierra Leone, Liberia agree to re-mark Mano River border", w,
        "Sierra Leone and Liberia have agreed to replace 60 missing border pillars along the Mano River, the Ministry of Foreign Affairs and International Cooperation said in a statement. A joint technical team will start work in the Kailahun District in January.",
        "mano-river-border", lambda k: it(k, "Sierra Leone, Liberia agree to re-mark Mano River border", w, [], junk=junk))
    w = d(19, 10, 2, 7)
    add("2d9e4ab3f6c5b7a8c9d0e1f2a3b4c5d6", "mps-question-terms-of-china-funded-fishing-harbour", "MPs question terms of China-funded fishing harbour", w,
        "Opposition members of parliament have asked the government to publish the loan agreement for a $55 million fishing harbour at Black Johnson beach, to be built by a Chinese state company. The Ministry of Fisheries says the project will create 2,000 jobs.",
        None, lambda k: it(k, "MPs question terms of China-funded fishing harbour", w, [], junk=junk, note="Foreign-financed infrastructure deal; relevant."))
    w = d(19, 10, 2, 5)
    add("3eaf5bc4a7d6c8b9d0e1f2a3b4c5d6e7", "leone-stars-name-squad-for-afcon-qualifiers", "Leone Stars name squad for AFCON qualifiers", w,
        "Head coach announced a 23-man squad for next month's qualifiers against Nigeria, with three new players from the Sierra Leone Premier League.",
        "leone-stars", lambda k: it(k, "Leone Stars name squad for AFCON qualifiers", w, [], rel=False, junk=junk))
    w = d(19, 10, 2, 3)
    add("4fb06cd5b8e7d9cae1f2a3b4c5d6e7f8", "read-todays-e-paper", "Read today’s e-paper", w,
        "Subscribe to read the full print edition on your phone, tablet or computer. Plans from Le 50 a month.",
        None, lambda k: it(k, "Read today’s e-paper", w, [], story=False, rel=False, junk=junk, note="E-paper subscription tile scraped as an item."))
    w = d(19, 10, 2, 1)
    add("5ac17de6c9f8eadbf2a3b4c5d6e7f8a9", "freetown-city-council-announces-monthly-cleaning-saturday", "Freetown City Council announces monthly cleaning Saturday", w,
        "Shops and markets will open only after 10am on the first Saturday of every month, the Freetown City Council said.",
        None, lambda k: it(k, "Freetown City Council announces monthly cleaning Saturday", w, [], rel=False, junk=junk))
    channel = ("<title><![CDATA[International News - Lion Mountain Post]]></title><description><![CDATA[International News - Lion Mountain Post]]></description>"
               f"<link>{base}/category/international/</link><generator>FetchRSS</generator><lastBuildDate>{gmt(d(19, 10, 2, 12))}</lastBuildDate>"
               "<atom:link href=\"https://fetchrss.com/rss/63a1f0c2b5e8d4a7f90e1d2c63a1f0e8c1b2a3d4e5f6a7b8.xml\" rel=\"self\" type=\"application/rss+xml\"/>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>'
            + channel + "".join(rows) + "</channel></rss>\n")
    return feed("en_sl_lionmountainpost_fetchrss.rss.xml", text, items, lang="en", outlet="Lion Mountain Post", aliases=["lionmountainpost.example"],
                structure="A Freetown (Sierra Leone) daily's 'International' category page that has no feed of its own, turned into RSS by the FetchRSS scraping service: declaration on its own line, then one line; namespaces before version, channel title = the page's HTML title 'International News - Brand' repeated as description, <generator>FetchRSS</generator> and a fetchrss.com self link, 32-hex hash guids, CDATA titles, CDATA descriptions with the scraped teaser, an <img> after two <br/> and the '(Feed generated with FetchRSS)' link line, media:content after pubDate, GMT pubDates that are the SCRAPE time (seconds apart), no authors, curly quotes, a scraped e-paper tile")


# ---------------------------------------------------------------- Royal Gazette-style (Hamilton, Bermuda) daily on Naviga Web (formerly Saxotech Online)


def islander():
    rows, items = [], []
    base = "https://www.royalislander.example"

    def add(ymd, sec, aid, title, when, creator, body, img, exp):
        url = f"{base}/article/{ymd}/{sec}/{aid}"
        cr = f"\n  <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        enc = f"\n  <enclosure url=\"{base}/storyimage/RI/{ymd}/{sec}/{aid}/AR/0/AR-{aid}.jpg&amp;MaxW=640\" length=\"0\" type=\"image/jpeg\" />" if img else ""
        rows.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{url}</link>\n  <guid isPermaLink=\"true\">{url}</guid>{cr}\n  <description>{esc(body)}</description>\n  <pubDate>{rfc822(when)}</pubDate>{enc}\n</item>")
        items.append(exp(url))

    o = -3
    w = d(19, 14, 12, 0, o)
    add("20221019", "NEWS03", 221019812, "UN Security Council votes to sanction Haitian gang leaders", w, "By MARGARET O. HALLORAN",
        "<p>UNITED NATIONS (AP) — The UN Security Council voted unanimously on Wednesday to impose an asset freeze and travel ban on Haitian gang leaders accused of blocking the country's main fuel terminal.</p>"
        "<p>The resolution, drafted by the United States and Mexico, also bans the sale of small arms to the groups.</p>"
        "<p>\"Today the council is sending a clear message to those who are holding Haiti hostage,\" said Linda Ortega-Baines, a deputy ambassador at the US Mission to the UN.</p>"
        "<p>Copyright 2022 The Associated Press. All rights reserved.</p>",
        True, lambda k: it(k, "UN Security Council votes to sanction Haitian gang leaders", w, ["Margaret O. Halloran"], junk=["UNITED NATIONS (AP) —", "Copyright 2022 The Associated Press"],
                           quotes=[q("Linda Ortega-Baines", "US Mission to the UN")], note="Wire byline 'By NAME' in upper case in dc:creator; AP copyright line as the last paragraph."))
    w = d(19, 11, 40, 0, o)
    add("20221019", "NEWS", 221019771, "Premier heads to London for Overseas Territories talks", w, "By Gareth Simmons",
        "<p>The Premier left for London yesterday to attend the annual Joint Ministerial Council of the Overseas Territories, where beneficial ownership registers and the new UK sanctions rules will top the agenda.</p>"
        "<p>The Government said Bermuda would press for the territories to be consulted before Britain signs trade agreements that cover them.</p>",
        True, lambda k: it(k, "Premier heads to London for Overseas Territories talks", w, ["Gareth Simmons"], note="Relations between Bermuda and the United Kingdom; relevant."))
    w = d(19, 8, 5, 0, o)
    add("20221019", "NEWS", 221019702, "Causeway lane closures this week", w, None,
        "<p>One lane of the Causeway will be closed between 9am and 3pm from Thursday to Saturday for resurfacing, the Ministry of Public Works said.</p>",
        False, lambda k: it(k, "Causeway lane closures this week", w, [], rel=False, note="Local traffic notice written as a short story."))
    w = d(18, 20, 15, 0, o)
    add("20221018", "OBITUARIES", 221018955, "Obituaries for Tuesday, October 18", w, None,
        "<p>Funeral notices and death announcements published today.</p>",
        False, lambda k: it(k, "Obituaries for Tuesday, October 18", w, [], story=False, rel=False, note="Paid death notices."))
    w = d(18, 17, 30, 0, o)
    add("20221018", "NEWS03", 221018911, "Ukraine says Iranian-made drones hit Kyiv power station", w, "By The Associated Press",
        "<p>KYIV, Ukraine (AP) — Drones struck a power station in Kyiv on Tuesday morning, knocking out electricity to parts of the capital, Ukrainian officials said.</p>"
        "<p>Ukraine's air force said most of the drones were Iranian-made Shaheds. Iran denies supplying them.</p>"
        "<p>Copyright 2022 The Associated Press. All rights reserved.</p>",
        True, lambda k: it(k, "Ukraine says Iranian-made drones hit Kyiv power station", w, [], junk=["KYIV, Ukraine (AP) —", "Copyright 2022 The Associated Press"],
                           note="Agency credit 'By The Associated Press'. ['Associated Press'] is also correct; ['The Associated Press'] is also correct"))
    w = d(18, 15, 0, 0, o)
    add("20221018", "SPORTS", 221018874, "Bermuda name squad for T20 qualifier in Argentina", w, "By Colin Thompson",
        "<p>Bermuda have named a 15-man squad for the Americas T20 qualifier in Buenos Aires next month.</p>",
        False, lambda k: it(k, "Bermuda name squad for T20 qualifier in Argentina", w, ["Colin Thompson"], rel=False))
    channel = (f"<title>The Royal Islander - World</title>\n<link>{base}/section/NEWS03</link>\n<description>The Royal Islander - Bermuda's daily newspaper</description>\n<language>en-us</language>\n"
               f"<pubDate>{rfc822(d(19, 14, 15, 0, o))}</pubDate>\n<copyright>Copyright 2022 Royal Islander Publications Ltd.</copyright>\n<generator>Naviga Web</generator>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_bm_royalislander_naviga.rss.xml", text, items, lang="en", outlet="The Royal Islander", aliases=["Royal Islander"],
                structure="Royal Gazette-style (Hamilton, Bermuda) daily's RSS from Naviga Web (formerly Saxotech Online): Saxotech '/article/YYYYMMDD/SECTIONCODE/<9-digit id>' permalink guids (NEWS03 = world), channel 'Brand - World' although local NEWS, OBITUARIES and SPORTS items are mixed in, channel <pubDate> and <generator>Naviga Web</generator>, two-space item children, dc:creator holding 'By NAME' (upper-case wire byline), 'By Name', 'By The Associated Press' or nothing, escaped <p> descriptions with '(AP) —' datelines and an AP copyright last paragraph, storyimage enclosures with length 0 and an escaped '&MaxW=640', Ltd. copyright, -0300 dates")


# ---------------------------------------------------------------- Saba-style (Sanaa) state news agency English service, custom PHP


def sirwah():
    rows, items = [], []
    base = "https://www.sirwah.example"

    def add(sid, title, when, body, exp):
        url = f"{base}/story/en/{sid}"
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <guid>{url}</guid>\n      <pubDate>{rfc822(when)}</pubDate>\n      <description><![CDATA[{body}]]></description>\n    </item>")
        items.append(exp(url))

    o = 3
    w = d(19, 15, 30, 0, o)
    add(84512, "FM receives UN envoy, discusses truce extension", w,
        "SANAA, Oct. 19 (SIRWAH) - Foreign Minister received on Wednesday the UN Special Envoy for Yemen and discussed with him efforts to extend the truce and to pay public salaries in all governorates.\n"
        "The minister stressed that any extension must include the opening of roads in Taiz and other governorates.\n"
        "\"We will not accept a truce that keeps the siege in place and the salaries unpaid,\" said Abdulkarim al-Marwani, the deputy foreign minister, who attended the meeting.\n"
        "The envoy briefed the minister on his recent visits to Riyadh and Muscat.\n"
        "A.H",
        lambda k: it(k, "FM receives UN envoy, discusses truce extension", w, [], junk=["SANAA, Oct. 19 (SIRWAH) -", "A.H"],
                     quotes=[q("Abdulkarim al-Marwani", "deputy foreign minister")], note="Editor's initials 'A.H' as the last line; unnamed minister."))
    w = d(19, 12, 10, 0, o)
    add(84497, "Yemen, Oman discuss trade through Shahen border crossing", w,
        "MUSCAT, Oct. 19 (SIRWAH) - Yemen and Oman discussed on Wednesday ways to ease the movement of goods and travellers through the Shahen crossing.\n"
        "The meeting was held at the Omani Ministry of Commerce in the presence of the Yemeni ambassador.\n"
        "M.S",
        lambda k: it(k, "Yemen, Oman discuss trade through Shahen border crossing", w, [], junk=["(SIRWAH) -", "M.S"]))
    w = d(19, 7, 0, 0, o)
    add(84470, "Weather forecast: scattered showers over mountain highlands", w,
        "SANAA, Oct. 19 (SIRWAH) - The National Meteorology Center expected scattered showers over the highlands of Sanaa, Ibb, Dhamar and Raymah, and hot weather in coastal areas.\n"
        "M.A",
        lambda k: it(k, "Weather forecast: scattered showers over mountain highlands", w, [], story=False, rel=False, note="Daily weather forecast."))
    w = d(18, 18, 45, 0, o)
    add(84441, "Yemen condemns desecration of Quran in European capital", w,
        "SANAA, Oct. 18 (SIRWAH) - The Ministry of Foreign Affairs condemned on Tuesday the desecration of a copy of the Holy Quran during a demonstration in a European capital, describing it as a provocation to the feelings of Muslims.\n"
        "The ministry called on the government concerned to hold those responsible to account.\n"
        "A.H",
        lambda k: it(k, "Yemen condemns desecration of Quran in European capital", w, [], junk=["(SIRWAH) -"]))
    w = d(18, 11, 25, 0, o)
    add(84415, "Health Ministry launches cholera vaccination campaign in Hodeidah", w,
        "HODEIDAH, Oct. 18 (SIRWAH) - The Ministry of Public Health and Population launched on Tuesday a three-day oral cholera vaccination campaign targeting 600,000 people in Hodeidah governorate.\n"
        "F.M",
        lambda k: it(k, "Health Ministry launches cholera vaccination campaign in Hodeidah", w, [], rel=False, junk=["F.M"]))
    w = d(17, 21, 0, 0, o)
    add(84388, "Yemen's youth team beats Bhutan in Asian Cup qualifiers", w,
        "SANAA, Oct. 17 (SIRWAH) - Yemen's under-17 football team beat Bhutan 4-0 on Monday in the qualifiers of the Asian Cup.\n"
        "S.A",
        lambda k: it(k, "Yemen's youth team beats Bhutan in Asian Cup qualifiers", w, [], rel=False))
    channel = (f"    <title>SIRWAH : Sirwah News Agency - English</title>\n    <link>{base}/en</link>\n    <description>Sirwah News Agency - Latest News</description>\n    <language>en</language>\n"
               f"    <lastBuildDate>{rfc822(d(19, 15, 31, 0, o))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="utf-8" ?>\n<rss version="2.0">\n  <channel>\n' + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_ye_sirwah_english.rss.xml", text, items, lang="en", outlet="Sirwah News Agency", aliases=["SIRWAH", "Sirwah"],
                structure="Saba-style (Sanaa, Yemen) state news agency's English RSS from a custom PHP CMS: declaration with a space before '?>', two-space nesting, channel 'ACRONYM : Brand - English', no namespaces and no author element, '/story/en/<5 digits>' links repeated as bare guids, pubDate BEFORE description, CDATA plain-text descriptions with newline-separated paragraphs opening with an upper-case 'CITY, Mon. D (ACRONYM) -' dateline and closing with the editor's initials ('A.H'), abbreviated headlines ('FM receives …'), an unnamed minister, a daily weather forecast, +0300 dates")


# ---------------------------------------------------------------- Vientiane Times-style (Laos) English daily, old PHP site


def vientiane():
    rows, items = [], []
    base = "https://www.vientianebulletin.example"

    def add(slug, n, title, when, body, exp):
        url = f"{base}/freeContent/FreeConten2022_{slug}{n}.php"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(body)}</description>\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(url))

    o = 7
    w = d(19, 9, 0, 0, o)
    add("Laosrail", 198, "Laos-China railway to start cross-border passenger service", w,
        "The Laos-China Railway will start running passenger trains between Vientiane and Kunming next year, after officials of the two countries agreed on border control procedures at Boten and Mohan.<br /><br />"
        "Passengers will clear immigration and customs at both stations under a single-stop system.<br /><br />"
        "\"This service will bring the people of our two countries closer than ever,\" Deputy Minister of Foreign Affairs Mr Bounkong Sayavong told the Vientiane Bulletin.<br /><br />"
        "By Phonesavanh Keomany",
        lambda k: it(k, "Laos-China railway to start cross-border passenger service", w, ["Phonesavanh Keomany"], junk=["By Phonesavanh Keomany", "<br"],
                     quotes=[q("Bounkong Sayavong", "Foreign Affairs")], note="Byline only as the last line of the description; the honorific 'Mr' before the name."))
    w = d(19, 8, 30, 0, o)
    add("ASEAN", 197, "Laos prepares to take over ASEAN chairmanship", w,
        "Laos has set up 14 sub-committees to prepare for its chairmanship of the Association of Southeast Asian Nations, the Ministry of Foreign Affairs said.<br /><br />"
        "Vientiane will host more than 300 meetings, including the ASEAN Summit and the East Asia Summit.<br /><br />"
        "(KPL/Xinhua)",
        lambda k: it(k, "Laos prepares to take over ASEAN chairmanship", w, [], junk=["(KPL/Xinhua)"], note="Agency credits at the end."))
    w = d(18, 9, 10, 0, o)
    add("Thatluang", 195, "That Luang Festival to return in full next month", w,
        "The That Luang Festival will be held in full for the first time in three years, with the candle procession and the trade fair, the Vientiane Capital authorities said.<br /><br />"
        "By Souphaphone Inthavong",
        lambda k: it(k, "That Luang Festival to return in full next month", w, ["Souphaphone Inthavong"], rel=False, junk=["By Souphaphone Inthavong"]))
    w = d(18, 8, 45, 0, o)
    add("Dengue", 194, "Dengue cases fall in Vientiane as rainy season ends", w,
        "The number of dengue fever cases in Vientiane fell to 120 last week, down from 410 a month ago, health officials said.",
        lambda k: it(k, "Dengue cases fall in Vientiane as rainy season ends", w, [], rel=False))
    w = d(17, 9, 20, 0, o)
    add("Bridge", 192, "Laos, Thailand agree to build fifth Friendship Bridge by 2025", w,
        "Laos and Thailand have agreed to start building the fifth Lao-Thai Friendship Bridge, linking Bolikhamxay province and Bueng Kan, next year.<br /><br />"
        "The Thai side will finance the 1.35 km bridge. Officials of the two governments met in Bolikhamxay last week.<br /><br />"
        "By Phonesavanh Keomany",
        lambda k: it(k, "Laos, Thailand agree to build fifth Friendship Bridge by 2025", w, ["Phonesavanh Keomany"], junk=["By Phonesavanh Keomany"]))
    w = d(17, 8, 0, 0, o)
    add("Vacancies", 191, "Job vacancies: international organisations in Vientiane", w,
        "Project assistant (fluent Lao and English), driver, accountant. Send CV to the address in the advertisement.",
        lambda k: it(k, "Job vacancies: international organisations in Vientiane", w, [], story=False, rel=False, note="Classified job advertisements."))
    channel = (f"<title>Vientiane Bulletin</title>\n<link>{base}/</link>\n<description>Vientiane Bulletin - Free Content</description>\n<language>en</language>\n"
               "<copyright>Copyright (c) Vientiane Bulletin, 2022</copyright>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_la_vientianebulletin_freecontent.rss.xml", text, items, lang="en", outlet="Vientiane Bulletin", aliases=["The Vientiane Bulletin"],
                structure="Vientiane Times-style (Laos) state-owned English daily's hand-written PHP RSS: no indentation, no namespaces, no guids (the link is the key), '/freeContent/FreeConten2022_<Word><n>.php' links, escaped descriptions whose paragraphs are separated by '<br /><br />' instead of <p>, the byline only as a last 'By Name' line, '(KPL/Xinhua)' agency credits, 'Mr' before a minister's name, items in date order per day, a job-vacancies page, +0700 dates")


# ---------------------------------------------------------------- IPN-style (Chisinau) news agency English service on MODX (getResources RSS template)


def nistru():
    rows, items = [], []
    base = "https://www.nistrupress.example"

    def add(rid, alias, title, when, user, intro, exp):
        url = f"{base}/en/{alias}-{rid}.html"
        rows.append(f"        <item>\n            <title>{esc(title)}</title>\n            <link>{url}</link>\n            <description><![CDATA[{intro}]]></description>\n"
                    f"            <pubDate>{rfc822(when)}</pubDate>\n            <guid isPermaLink=\"false\">{url}</guid>\n            <dc:creator>{user}</dc:creator>\n        </item>")
        items.append(exp(url))

    o = 3
    w = d(19, 16, 8, 0, o)
    add(9127, "moldova-and-romania-sign-power-line-financing", "Moldova and Romania sign financing for Vulcănești-Chișinău power line", w, "editor_en",
        "Moldova and Romania signed in Bucharest on Wednesday the financing agreement for the 400 kV Vulcănești-Chișinău power line, which is to end the Moldovan grid's dependence on the Cuciurgan power station on the left bank of the Nistru. "
        "\"For the first time we will be able to bring electricity from the European grid straight to the capital,\" said Victor Cernăuțeanu, secretary of state at the Ministry of Infrastructure. "
        "The project, worth 270 million euros, is financed by the EBRD, the European Investment Bank and the European Union. Works should be finished in 2025, but experts interviewed by NPA doubt that the...",
        lambda k: it(k, "Moldova and Romania sign financing for Vulcănești-Chișinău power line", w, [], quotes=[q("Victor Cernăuțeanu", "Ministry of Infrastructure")],
                     junk=["editor_en"], note="MODX: dc:creator is the CMS user name ('editor_en'), not a person; the description is the content cut at 600 characters with '...'."))
    w = d(19, 13, 2, 0, o)
    add(9119, "brussels-roadmap-candidate-status", "Chișinău receives Brussels roadmap for candidate-status conditions", w, "admin",
        "The Government received from the European Commission the detailed roadmap for the nine conditions that Moldova has to meet before accession talks can start, Deputy Prime Minister for European Integration said at a news conference. "
        "Justice reform and the fight against corruption take up most of the document.",
        lambda k: it(k, "Chișinău receives Brussels roadmap for candidate-status conditions", w, [], junk=["admin"], note="CMS user name 'admin' as dc:creator."))
    w = d(18, 17, 40, 0, o)
    add(9104, "transnistria-settlement-talks-format", "Transnistrian settlement: negotiators meet in Bender without mediators", w, "v.rusu",
        "The chief negotiators of Chișinău and Tiraspol met in Bender on Tuesday, without international mediators, to discuss the free movement of people and goods. "
        "The \"5+2\" format has not met since 2019.",
        lambda k: it(k, "Transnistrian settlement: negotiators meet in Bender without mediators", w, [], junk=["v.rusu"], note="A CMS login ('v.rusu'), not a byline."))
    w = d(18, 10, 0, 0, o)
    add(9096, "household-gas-tariff", "Regulator raises household gas tariff by 27%", w, "editor_en",
        "The National Agency for Energy Regulation raised the regulated price of natural gas for households by 27% from Thursday. "
        "The Government says compensations will cover most vulnerable families.",
        lambda k: it(k, "Regulator raises household gas tariff by 27%", w, [], rel=False, note="Domestic price regulation."))
    w = d(17, 15, 30, 0, o)
    add(9081, "wine-day-chisinau", "National Wine Day returns to Chișinău's central square", w, "editor_en",
        "More than 60 wineries will take part in the National Wine Day on October 1-2 in the Great National Assembly Square.",
        lambda k: it(k, "National Wine Day returns to Chișinău's central square", w, [], rel=False))
    w = d(17, 9, 0, 0, o)
    add(9077, "press-club-debate-announcement", "Announcement: NPA Press Club debate on energy security, October 20", w, "admin",
        "The NPA News Agency invites journalists to the public debate \"Energy security in winter 2022-2023\" at 11:00 in the NPA conference room. Accreditation by e-mail.",
        lambda k: it(k, "Announcement: NPA Press Club debate on energy security, October 20", w, [], story=False, rel=False, note="Event announcement."))
    channel = (f"        <title>NPA News Agency</title>\n        <link>{base}/en/</link>\n        <description>Nistru Press Agency - news from the Republic of Moldova</description>\n        <language>en</language>\n        <ttl>120</ttl>\n"
               f"        <atom:link href=\"{base}/en/rss.xml\" rel=\"self\" type=\"application/rss+xml\" />")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n    <channel>\n' + channel + "\n" + "\n".join(rows) + "\n    </channel>\n</rss>")
    return feed("en_md_nistrupress_modx.rss.xml", text, items, lang="en", outlet="NPA News Agency", aliases=["Nistru Press Agency", "NPA"],
                structure="IPN-style (Chișinău, Moldova) news agency's English service on MODX Revolution with the getResources RSS chunk: four-space nesting, no trailing newline, <ttl>120</ttl> and an atom self link, '/en/<alias>-<id>.html' links repeated as non-permalink guids, CDATA descriptions = the introtext or the content cut by :ellipsis=`600` (ending '...' mid-sentence), pubDate from strftime %z, dc:creator LAST holding the CMS user name ('editor_en', 'admin', 'v.rusu'), Romanian ș/ț/ă in titles, an event announcement, +0300 dates")


# ---------------------------------------------------------------- Maldivian English news site from a custom Laravel app with a WebSub hub


def atoll():
    rows, items = [], []
    base = "https://atollherald.example"

    def add(nid, slug, title, when, author, desc, body, exp):
        url = f"{base}/news/{nid}/{slug}"
        au = f"\n      <author>newsdesk@atollherald.example ({esc(author)})</author>" if author else ""
        cont = f"\n      <content:encoded>{cd(body)}</content:encoded>" if body else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"true\">{url}</guid>{au}\n      <description>{esc(desc)}</description>{cont}\n      <pubDate>{rfc822(when)}</pubDate>\n    </item>")
        items.append(exp(url))

    o = 5
    w = d(19, 14, 35, 0, o)
    add(30418, "cabinet-orders-review-of-hydrography-agreement-with-india", "Cabinet orders review of hydrography agreement with India", w, "Aishath Shaany",
        "The review will decide whether the pact, which allows the Indian navy to survey Maldivian waters, is renewed next year.",
        "<p>The Cabinet has ordered a review of the hydrography agreement with India, which allows the Indian navy to survey the Maldives’ territorial waters and reefs, the President’s Office said on Wednesday.</p>"
        "<p>The agreement expires in June. Opposition parties have campaigned for it to be scrapped, saying it gives a foreign military access to sensitive data.</p>"
        "<p>“The review is a normal step before any agreement is renewed and is not directed at any country,” said Ibrahim Rasheed Hilmy, a spokesperson at the Ministry of Foreign Affairs.</p>",
        lambda k: it(k, "Cabinet orders review of hydrography agreement with India", w, ["Aishath Shaany"], quotes=[q("Ibrahim Rasheed Hilmy", "Ministry of Foreign Affairs")],
                     note="RSS 2.0 <author> in the 'e-mail (Name)' form."))
    w = d(19, 11, 0, 0, o)
    add(30411, "male-colombo-ferry-service-to-start-in-december", "Malé-Colombo ferry service to start in December", w, "Mohamed Visham Naseer",
        "A weekly ferry between Malé and Colombo will start in December under an agreement between the transport ministries of the two countries.",
        "<p>A weekly ferry between Malé and Colombo will start in December under an agreement signed by the transport ministries of the Maldives and Sri Lanka.</p>"
        "<p>The crossing will take about 40 hours and carry 250 passengers and 60 containers.</p>",
        lambda k: it(k, "Malé-Colombo ferry service to start in December", w, ["Mohamed Visham Naseer"]))
    w = d(18, 19, 30, 0, o)
    add(30398, "new-resort-opens-in-baa-atoll", "New 80-villa resort opens in Baa Atoll", w, "Atoll Herald",
        "The resort is the 170th to open in the country.",
        None,
        lambda k: it(k, "New 80-villa resort opens in Baa Atoll", w, [], rel=False, note="The brand in <author>."))
    w = d(18, 5, 0, 0, o)
    add(30390, "prayer-times-male-19-october", "Prayer times: Malé, 19 October", w, None,
        "Fajr 04:44, Sunrise 05:56, Dhuhr 11:59, Asr 15:13, Maghrib 17:58, Isha 19:10",
        None,
        lambda k: it(k, "Prayer times: Malé, 19 October", w, [], story=False, rel=False, note="Daily prayer-time table."))
    w = d(17, 22, 10, 0, o)
    add(30377, "maziya-beat-eagles-to-stay-top", "Maziya beat Eagles to stay top of Dhivehi Premier League", w, "Ahmed Aznil",
        "Maziya won 3-1 at the National Football Stadium on Monday.",
        None,
        lambda k: it(k, "Maziya beat Eagles to stay top of Dhivehi Premier League", w, ["Ahmed Aznil"], rel=False))
    w = d(17, 16, 45, 0, o)
    add(30369, "maldives-to-push-for-loss-and-damage-fund-at-cop27", "Maldives to push for loss and damage fund at COP27", w, "Aishath Shaany",
        "The Maldives will lead small island states in demanding a dedicated loss and damage fund at the UN climate talks in Sharm el-Sheikh.",
        "<p>The Maldives will lead a group of small island states in demanding a dedicated fund for loss and damage at the UN climate conference in Sharm el-Sheikh next month, the Ministry of Environment said.</p>"
        "<p>“For us this is not a negotiating position, it is a question of whether our islands exist in fifty years,” said Mariyam Nasheeda Adam, the ministry’s lead climate negotiator.</p>"
        "<p>The Alliance of Small Island States will meet in Malé next week to agree its position.</p>",
        lambda k: it(k, "Maldives to push for loss and damage fund at COP27", w, ["Aishath Shaany"], quotes=[q("Mariyam Nasheeda Adam")], note="The ministry is named in the sentence before the quote; no affiliation expected."))
    channel = (f"    <title>Atoll Herald</title>\n    <link>{base}</link>\n    <description>News from the Maldives</description>\n    <language>en</language>\n"
               f"    <atom:link href=\"{base}/feed\" rel=\"self\" type=\"application/rss+xml\" />\n    <atom:link href=\"https://pubsubhubbub.appspot.com/\" rel=\"hub\" />\n    <lastBuildDate>{rfc822(d(19, 14, 36, 0, o))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n  <channel>\n' + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_mv_atollherald_websub.rss.xml", text, items, lang="en", outlet="Atoll Herald", aliases=["The Atoll Herald"],
                structure="Maldivian (Malé) English news site's RSS from a custom Laravel app (a feed package with WebSub): two-space nesting, atom self link AND a WebSub rel=\"hub\" link (pubsubhubbub.appspot.com), '/news/<5 digits>/<slug>' permalink guids, RSS 2.0 <author> as 'newsdesk@… (Name)' or '… (Brand)', one-sentence description plus CDATA content:encoded on the main stories only, pubDate LAST, curly quotes, a prayer-times table, +0500 dates")


# ---------------------------------------------------------------- TechCabal-style (Lagos) tech site on WordPress, served through FeedPress


def techmarina():
    rows, items = [], []
    base = "https://techmarina.example"

    def add(pid, slug, title, when, creators, cats, excerpt, body, exp):
        crs = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        cat = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        cont = f"\n\t\t<content:encoded><![CDATA[{body}]]></content:encoded>" if body else ""
        rows.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>https://feed.techmarina.example/link/21455/{pid}/{slug}</link>{crs}\n\t\t<pubDate>{utc0(when)}</pubDate>{cat}\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\t\t<description><![CDATA[{excerpt}]]></description>{cont}\n\t\t<feedpress:locale>en</feedpress:locale>\n\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    post = "<p>The post <a href=\"{u}\">{t}</a> appeared first on <a href=\"https://techmarina.example\">TechMarina</a>.</p>"
    o = 1
    w = d(19, 11, 5, 0, o)
    t = "AU trade ministers adopt digital trade protocol for the African free trade area"
    add(118204, "afcfta-digital-trade-protocol-adopted", t, w, ["Chidinma Okafor"], ["Policy", "AfCFTA"],
        "<p>The protocol sets common rules on cross-border data, e-payments and digital identity for 54 countries.</p>" + post.format(u=f"{base}/2022/10/19/afcfta-digital-trade-protocol-adopted/", t=t),
        "<p>Trade ministers of the African Union have adopted the digital trade protocol of the African Continental Free Trade Area (AfCFTA), setting common rules on cross-border data flows, e-payments and digital identity for the 54 member states.</p>"
        "<p>The protocol still needs to be ratified by 22 countries before it comes into force.</p>"
        "<p>“Without common rules, a Nigerian startup selling in Kenya has to deal with 54 different regimes,” says Wanjiru Mbogo, a trade policy lead at the AfCFTA Secretariat in Accra.</p>"
        "<p>Startups have long complained that data localisation rules in Nigeria, Kenya and Rwanda make it expensive to expand across borders.</p>"
        + post.format(u=f"{base}/2022/10/19/afcfta-digital-trade-protocol-adopted/", t=t),
        lambda k: it(k, t, w, ["Chidinma Okafor"], junk=["appeared first on"], quotes=[q("Wanjiru Mbogo", "AfCFTA Secretariat")],
                     note="FeedPress-proxied WordPress: the link goes through the feed host; Yoast's 'The post … appeared first on …' footer."))
    w = d(19, 7, 0, 0, o)
    t = "TM Daily — Payments startup lays off 30%; Starlink’s Ghana licence"
    add(118190, "tm-daily-19-10-2022", t, w, ["TechMarina Newsletter"], ["Newsletter"],
        "<p>Good morning ☀️ In today’s edition: layoffs, satellites and a new fund.</p>", None,
        lambda k: it(k, t, w, [], story=False, rel=False, note="Daily newsletter edition."))
    w = d(18, 15, 20, 0, o)
    t = "Lagos fintech Kudipay raises $12m Series A to expand to Francophone Africa"
    add(118171, "kudipay-series-a", t, w, ["Tomiwa Adebayo", "Chidinma Okafor"], ["Funding", "Fintech"],
        "<p>The round was led by a Paris-based fund.</p>" + post.format(u=f"{base}/2022/10/18/kudipay-series-a/", t=t),
        "<p>Lagos-based payments startup Kudipay has raised $12 million in a Series A round led by a Paris-based venture fund, it said on Tuesday.</p>"
        "<p>The company will use the money to launch in Senegal and Côte d’Ivoire next year.</p>"
        "<p>“Francophone West Africa is where Nigeria was five years ago,” says Bolaji Ekwueme, Kudipay’s co-founder and CEO.</p>"
        + post.format(u=f"{base}/2022/10/18/kudipay-series-a/", t=t),
        lambda k: it(k, t, w, ["Tomiwa Adebayo", "Chidinma Okafor"], rel=False, junk=["appeared first on"], quotes=[q("Bolaji Ekwueme", "Kudipay")],
                     note="Two dc:creator elements (Co-Authors Plus)."))
    w = d(18, 9, 40, 0, o)
    t = "Ghana grants Starlink a licence, becoming the third West African market"
    add(118160, "starlink-ghana-licence", t, w, ["Kwame Asare"], ["Connectivity"],
        "<p>The licence runs for ten years.</p>" + post.format(u=f"{base}/2022/10/18/starlink-ghana-licence/", t=t), None,
        lambda k: it(k, t, w, ["Kwame Asare"], rel=False, junk=["appeared first on"]))
    w = d(17, 13, 0, 0, o)
    t = "Inside Lagos’s newest data centre, the largest in West Africa"
    add(118142, "lagos-data-centre-largest-west-africa", t, w, ["Tomiwa Adebayo"], ["Infrastructure", "Cloud"],
        "<p>The 24-megawatt facility in Lekki is powered by gas turbines and solar.</p>" + post.format(u=f"{base}/2022/10/17/lagos-data-centre-largest-west-africa/", t=t),
        "<p>A 24-megawatt data centre opened in Lekki on Monday, the largest in West Africa.</p><p>The facility runs on gas turbines and a solar farm and does not depend on the national grid.</p>"
        + post.format(u=f"{base}/2022/10/17/lagos-data-centre-largest-west-africa/", t=t),
        lambda k: it(k, t, w, ["Tomiwa Adebayo"], rel=False, junk=["appeared first on"]))
    w = d(17, 8, 30, 0, o)
    t = "Kenya’s data commissioner fines two digital lenders over debt-shaming"
    add(118131, "kenya-odpc-fines-digital-lenders", t, w, ["Wairimu Njoroge"], ["Policy", "Kenya"],
        "<p>The lenders contacted borrowers’ relatives and employers.</p>" + post.format(u=f"{base}/2022/10/17/kenya-odpc-fines-digital-lenders/", t=t),
        "<p>Kenya’s Office of the Data Protection Commissioner has fined two digital lenders a total of KSh 9 million for contacting borrowers’ relatives and employers to shame them into repaying.</p>"
        + post.format(u=f"{base}/2022/10/17/kenya-odpc-fines-digital-lenders/", t=t),
        lambda k: it(k, t, w, ["Wairimu Njoroge"], rel=False, junk=["appeared first on"]))
    channel = ("\t<title>TechMarina</title>\n\t<atom:link href=\"https://feed.techmarina.example/feed\" rel=\"self\" type=\"application/rss+xml\"/>\n\t<link>https://techmarina.example</link>\n"
               "\t<description>Technology, startups and the internet economy in Africa</description>\n"
               f"\t<lastBuildDate>{utc0(d(19, 11, 6, 0, o))}</lastBuildDate>\n\t<language>en-US</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
               "\t<generator>https://wordpress.org/?v=6.0.3</generator>\n\t<atom:link rel=\"hub\" href=\"https://feedpress.superfeedr.com/\"/>\n\t<feedpress:locale>en</feedpress:locale>\n"
               "\t<feedpress:newsletterId>techmarina</feedpress:newsletterId>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\txmlns:feedpress="https://feed.press/xmlns"\n\t>\n\n<channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_tech_techmarina_feedpress.rss.xml", text, items, lang="en", outlet="TechMarina", topic="tech", aliases=["Tech Marina"],
                structure="TechCabal-style (Lagos) African tech-news site on WordPress, served through the FeedPress feed host: WordPress's stock RSS2 template (declaration and <rss on one line, namespaces one per tab-indented line, sy: elements with stray whitespace, generator with version) plus the feedpress namespace (feedpress:locale on the channel AND every item, feedpress:newsletterId) and a superfeedr WebSub hub, item links rewritten to 'feed.…/link/<feed id>/<post id>/<slug>' while guids stay '?p=<id>', one CDATA dc:creator per author, a newsletter account as creator, CDATA categories, excerpt and content:encoded both ending in Yoast's 'The post … appeared first on …' paragraph, 'says X, a Y at Z' present-tense quotes, an emoji in a newsletter, +0000 dates")


# ---------------------------------------------------------------- SciDev.Net-style science-and-development news site, Django syndication Atom (single line)


def equator():
    entries, items = [], []
    base = "https://www.equatorscience.example"

    def add(path, title, when, author, summary, exp, upd=None):
        url = f"{base}{path}"
        au = f"<author><name>{esc(author)}</name></author>" if author else ""
        up = (upd or when).astimezone(UTC).isoformat()
        entries.append(f"<entry><title>{esc(title)}</title><link href=\"{url}\" rel=\"alternate\"></link><published>{when.astimezone(UTC).isoformat()}</published><updated>{up}</updated>{au}<id>{url}</id><summary type=\"html\">{esc(summary)}</summary></entry>")
        items.append(exp(url))

    w = d(19, 9, 30, 0, 1)
    add("/en/sub-saharan-africa/news/malaria-vaccine-rollout-reaches-first-children-in-burkina-faso/", "Malaria vaccine rollout reaches first children in Burkina Faso", w, "Ouédraogo Awa Zongo",
        "<p>[OUAGADOUGOU] The first children in Burkina Faso have received the R21 malaria vaccine as part of a pilot in two health districts.</p>"
        "<p>“If the results hold, we could cut deaths in children under five by half in the districts with seasonal malaria,” said Issa Kaboré, a researcher at the Nanoro clinical research unit.</p>"
        "<p><em>This piece was produced by Equator Science’s Sub-Saharan Africa English desk.</em></p>",
        lambda k: it(k, "Malaria vaccine rollout reaches first children in Burkina Faso", w, ["Ouédraogo Awa Zongo"], rel=False, junk=["[OUAGADOUGOU]", "This piece was produced by"],
                     quotes=[q("Issa Kaboré", "Nanoro")], note="Square-bracketed dateline; desk footnote in italics."))
    w = d(18, 14, 0, 0, 1)
    add("/en/global/news/loss-and-damage-study-puts-cost-for-poor-nations-at-580bn/", "Loss-and-damage study puts annual cost for poor nations at US$580bn by 2030", w, "Imran Qadeer Shah",
        "<p>[LONDON] Climate-related loss and damage in developing countries could cost US$580 billion a year by 2030, a study released ahead of the COP27 climate talks says.</p>"
        "<p>The authors say the figure should guide negotiators in Sharm el-Sheikh, where poorer countries will push for a dedicated fund.</p>"
        "<p>“Rich nations keep asking for a number; now they have one,” said Farida Tahir, an economist at the Karachi Institute of Climate Policy and a co-author.</p>",
        lambda k: it(k, "Loss-and-damage study puts annual cost for poor nations at US$580bn by 2030", w, ["Imran Qadeer Shah"], junk=["[LONDON]"],
                     quotes=[q("Farida Tahir", "Karachi Institute of Climate Policy")], note="Science feeding a diplomatic negotiation (COP27 fund); relevant."),
        upd=d(18, 16, 12, 0, 1))
    w = d(18, 8, 0, 0, 1)
    add("/en/south-east-asia-pacific/news/drought-tolerant-cassava-trials-in-cambodia/", "Drought-tolerant cassava trials show 30 per cent higher yields in Cambodia", w, "Sokha Chea",
        "<p>[PHNOM PENH] New cassava varieties have given yields 30 per cent higher than local ones in a dry year, according to field trials in Battambang province.</p>",
        lambda k: it(k, "Drought-tolerant cassava trials show 30 per cent higher yields in Cambodia", w, ["Sokha Chea"], rel=False, junk=["[PHNOM PENH]"]))
    w = d(17, 16, 0, 0, 1)
    add("/en/events/webinar-communicating-science-in-local-languages/", "Webinar: communicating science in local languages", w, None,
        "<p>Join our free webinar on 3 November, 13:00 GMT. Register now.</p>",
        lambda k: it(k, "Webinar: communicating science in local languages", w, [], story=False, rel=False, note="Event registration page."))
    w = d(17, 10, 30, 0, 1)
    add("/en/middle-east-north-africa/news/satellites-improve-desert-locust-forecasts/", "Satellites improve desert locust forecasts by three weeks", w, "Rana Khalil",
        "<p>[CAIRO] Soil-moisture data from satellites can predict desert locust breeding up to three weeks earlier than ground surveys, researchers report.</p>",
        lambda k: it(k, "Satellites improve desert locust forecasts by three weeks", w, ["Rana Khalil"], rel=False, junk=["[CAIRO]"]))
    w = d(16, 12, 0, 0, 1)
    add("/en/global/analysis-blog/q-a-why-open-data-matters-for-african-genomics/", "Q&A: Why open data matters for African genomics", w, "Equator Science",
        "<p>A geneticist explains how shared reference genomes can reduce the cost of research on the continent.</p>",
        lambda k: it(k, "Q&A: Why open data matters for African genomics", w, [], rel=False, note="The brand as author."))
    head = (f"<title>Equator Science - All</title><link href=\"{base}/en/\" rel=\"alternate\"></link><link href=\"{base}/en/feeds/all/\" rel=\"self\"></link><id>{base}/en/</id>"
            f"<updated>{d(19, 9, 30, 0, 1).astimezone(UTC).isoformat()}</updated><subtitle>Bringing science and development together through news and analysis</subtitle>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-gb">' + head + "".join(entries) + "</feed>")
    return feed("en_science_equatorscience_django.atom.xml", text, items, lang="en", outlet="Equator Science", shape="atom", topic="science", ctype="application/atom+xml; charset=utf-8",
                aliases=["EquatorScience"],
                structure="SciDev.Net-style science-and-development news site's Atom from Django's syndication framework (Atom1Feed): declaration line, then the whole feed on one line without a trailing newline, xml:lang en-gb, channel title 'Brand - All', empty <link></link> element pairs, published AND updated in UTC with '+00:00', one <author><name> (a person, the brand or none), region paths ('/en/sub-saharan-africa/news/…'), escaped summary type=\"html\" opening with a square-bracketed '[CITY]' dateline and an italic desk footnote, a webinar page, a Q&A")


FEEDS = [barents, andes, lionmountain, islander, sirwah, vientiane, nistru, atoll, techmarina, equator]
