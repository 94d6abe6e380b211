# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the thirty-second held-out set (part 1: a US news agency's own public world
feed, a Canadian regional daily republishing agency copy, a web portal's world page with
partner sources, an Irish writer's Ghost newsletter). All outlets, people and quotations are
invented."""
from h32 import cd, d, esc, feed, gmt, it, ordered, q, rfc822


# ---------------------------------------------------------------- US news agency's hosted public feed
def lodestar():
    rows, items = [], []
    base = "https://www.lodestarpress.example"
    cm = 'xmlns:lspcm="http://lodestarpress.example/schemas/2012/lspcm"'
    LEGACY = {1: "f", 2: "b", 3: "u", 4: "r", 5: "d"}

    def add(aid, title, when, byline, slug, version, prio, body, exp, cat="World News"):
        url = f"{base}/article/{aid}"
        meta = (f'<lspcm:ContentMetadata {cm}><lspcm:HeadLine>{esc(title)}</lspcm:HeadLine>'
                + (f"<lspcm:ByLine>{esc(byline)}</lspcm:ByLine>" if byline else "")
                + f'<lspcm:SlugLine>{esc(slug)}</lspcm:SlugLine><lspcm:Version>{version}</lspcm:Version><lspcm:Priority Numeric="{prio}" Legacy="{LEGACY[prio]}"/>'
                + "</lspcm:ContentMetadata>")
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <guid isPermaLink=\"false\">urn:lsp:{aid}</guid>\n"
                    f"    <pubDate>{gmt(when)}</pubDate>\n    <category>{cat}</category>\n    <description>{esc(body)}</description>\n    {meta}\n  </item>")
        items.append(exp(f"urn:lsp:{aid}"))

    w = d(2019, 3, 21, 6, 48, 0, -4)
    add("9f2c41d07a8b4e3c", "Venezuelan intelligence agents detain opposition lawmaker, party says", w,
        "By JORGE RIVAS-PAEZ and CLAIRE HOLLOWAY, Lodestar Press", "LT--Venezuela-Political Crisis", "URGENT", 1,
        "<p>LPNewsAlert</p><p>CARACAS, Venezuela (LP) &#8212; Venezuelan intelligence agents detained opposition lawmaker Ernesto Villafa&#241;e at his home before dawn Thursday, his party said, in the most serious move yet against the congress that has challenged the government&#8217;s legitimacy.</p>"
        "<p>This is a breaking news update. Check back soon for further information. LP&#8217;s earlier story is below.</p>"
        "<p>CARACAS, Venezuela (LP) &#8212; Venezuela&#8217;s opposition-controlled congress said it would meet in emergency session Thursday after a week of blackouts that have left hospitals running on generators.</p>"
        "<p>&#8220;They can cut the lights but they cannot cut the session,&#8221; said Marisela Ocando, a deputy for the opposition Unidad Popular party.</p>",
        lambda k: it(k, "Venezuelan intelligence agents detain opposition lawmaker, party says", w, ["Jorge Rivas-Paez", "Claire Holloway"], quotes=[q("Marisela Ocando", "Unidad Popular")],
                     junk=["LPNewsAlert", "This is a breaking news update", "Check back soon", "earlier story is below"],
                     note="URGENT version (priority 1 in the agency's content metadata, slug line with 'URGENT'): the alert paragraph, the agency's 'breaking news update' boilerplate and the earlier story underneath. Upper-case agency byline 'By A and B, Lodestar Press' gives two people in name case."))
    w = d(2019, 3, 20, 17, 5, 0, -4)
    add("3b7e90aa12c64f0d", "Cyclone death toll climbs in Mozambique as aid reaches Beira", w,
        "By ANDILE NKOSI-BROWN, Lodestar Press", "AF--Mozambique-Cyclone, 1st Ld-Writethru", "1st Ld-Writethru", 4,
        "<p>Eds: UPDATES with new death toll, comments from aid official. With LP Photos.</p>"
        "<p>BEIRA, Mozambique (LP) &#8212; The death toll from the cyclone that tore through central Mozambique rose to 217 on Wednesday, the government said, as the first large aid convoys reached the flooded port city of Beira.</p>"
        "<p>Rescue teams in boats and helicopters were still plucking people from rooftops and trees along the Buzi River, where the water has spread into an inland lake several miles wide.</p>"
        "<p>&#8220;We are still in the rescue phase, not the recovery phase,&#8221; said Ingrid Solberg-Maas, emergency coordinator for the Nordic Relief Alliance. &#8220;Every hour matters for the people who are still out there.&#8221;</p>"
        "<p>Zimbabwe and Malawi also reported deaths from the storm and the flooding that followed.</p>"
        "<p>___</p><p>Lodestar Press writer Thandeka Moyo in Harare, Zimbabwe, contributed to this report.</p>",
        lambda k: it(k, "Cyclone death toll climbs in Mozambique as aid reaches Beira", w, ["Andile Nkosi-Brown"], quotes=[q("Ingrid Solberg-Maas", "Nordic Relief Alliance")],
                     junk=["Eds: UPDATES", "With LP Photos", "___", "contributed to this report"],
                     note="First write-through: an editors' note ('Eds: UPDATES with …') opens the text, a '___' rule and a contributor line close it. ['Andile Nkosi-Brown', 'Thandeka Moyo'] is also correct (the contributor is named at the end)."))
    w = d(2019, 3, 20, 11, 30, 0, -4)
    add("c0d11e5f8a2b4967", "Correction: Britain-Brexit story", w, "", "EU--Britain-Brexit-Correction", "Correction", 4,
        "<p>LONDON (LP) &#8212; In a story March 13 about Parliament&#8217;s vote on leaving the European Union without a deal, The Lodestar Press misstated the margin. The motion passed by 43 votes, not 34.</p>"
        "<p>A corrected version of the story is below.</p>",
        lambda k: it(k, "Correction: Britain-Brexit story", w, [], story=False, rel=False,
                     note="A correction notice of the agency about an earlier story: not a story of its own."))
    w = d(2019, 3, 20, 0, 1, 0, -4)
    add("71aa0c3de94f4b88", "Today in History", w, "By The Lodestar Press", "Today in History", "Advance", 5,
        "<p>Today is Wednesday, March 20, the 79th day of 2019. There are 286 days left in the year.</p><p>Today&#8217;s Highlight in History:</p><p>On March 20, 1995, &#8230;</p>",
        lambda k: it(k, "Today in History", w, [], story=False, rel=False, note="The agency's daily almanac feature: not a story; 'By The Lodestar Press' is no person."), cat="Features")
    w = d(2019, 3, 19, 15, 12, 0, -4)
    add("52e8b1c70d3a4f12", "Flooded Nebraska towns begin to count losses as rivers crest", w,
        "By MEGAN ORTHWEIN, Lodestar Press", "US--Midwest Flooding", "2nd Ld-Writethru", 4,
        "<p>Eds: UPDATES with governor&#8217;s comments, adds details on levee breaches.</p>"
        "<p>FREMONT, Neb. (LP) &#8212; Residents of flooded towns in eastern Nebraska began returning to their homes Tuesday as the Missouri and Platte rivers crested, leaving behind ruined farmland and washed-out roads.</p>"
        "<p>The state estimates losses to livestock and crops alone at $400 million. Three people have died.</p>"
        "<p>&#8220;It&#8217;s going to be a long haul,&#8221; said Dale Kucera, a farmer whose fields near the Elkhorn River were under four feet of water.</p>",
        lambda k: it(k, "Flooded Nebraska towns begin to count losses as rivers crest", w, ["Megan Orthwein"], rel=False, quotes=[q("Dale Kucera")],
                     junk=["Eds: UPDATES"],
                     note="Domestic US disaster on the agency's own feed: a story, not relevant (home news of a US agency)."),
        cat="US News")
    w = d(2019, 3, 14, 19, 40, 0, -4)
    add("e4f5a69b2c1d4033", "British lawmakers vote to seek delay to Brexit", w,
        "By CLAIRE HOLLOWAY, Lodestar Press", "EU--Britain-Brexit, 3rd Ld-Writethru", "3rd Ld-Writethru", 3,
        "<p>Eds: UPDATES with vote result, EU reaction.</p>"
        "<p>LONDON (LP) &#8212; British lawmakers voted Thursday to ask the European Union to delay Brexit, the latest twist in a crisis that has left the country two weeks from its scheduled departure with no agreed terms.</p>"
        "<p>The vote does not guarantee an extension: all 27 remaining EU members must agree, and several said they would want to know what Britain would do with the extra time.</p>"
        "<p>&#8220;An extension for the sake of an extension helps nobody,&#8221; said Henrik Vallgren, a European Commission spokesman, in Brussels.</p>"
        "<p>___</p><p>Follow LP&#8217;s full coverage of Brexit and British politics at https://www.lodestarpress.example/Brexit</p>",
        lambda k: it(k, "British lawmakers vote to seek delay to Brexit", w, ["Claire Holloway"], quotes=[q("Henrik Vallgren", "European Commission")],
                     junk=["Eds: UPDATES", "Follow LP", "full coverage of Brexit"],
                     note="Third write-through of a story abroad, with the agency's 'Follow LP's full coverage' tail after a '___' rule."))
    rows, items = ordered(rows, items)
    head = (f"  <title>Lodestar Press: World News</title>\n  <link>{base}/hub/world-news</link>\n  <description>World news from The Lodestar Press</description>\n"
            f"  <language>en-us</language>\n  <copyright>Copyright 2019 The Lodestar Press. All rights reserved.</copyright>\n  <lastBuildDate>{gmt(d(2019, 3, 21, 10, 52, 0, 0))}</lastBuildDate>\n  <ttl>5</ttl>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n' + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_us_lodestarpress_world_agency.rss.xml", text, items, lang="en", outlet="Lodestar Press", aliases=["The Lodestar Press", "LP"],
                structure="US national news agency's (AP-style, New York) hosted public 'World News' lineup: no namespace declarations on <rss>, two-space items, 'urn:lsp:<16 hex>' non-permalink guids, GMT pubDates (newsroom -0400), escaped HTML descriptions with agency datelines 'CITY, Country (LP) —', 'Eds: UPDATES …' editors' notes, an 'LPNewsAlert' URGENT version with the 'breaking news update' boilerplate above the earlier story, write-through versions ('1st Ld-Writethru'), '___' rules with contributor and 'Follow LP's full coverage' lines, and per item an inline-namespaced content-metadata block (HeadLine, upper-case 'By A and B, Lodestar Press' ByLine, SlugLine, Version, Priority with legacy code); a correction notice and the 'Today in History' almanac, March 2019")


# ---------------------------------------------------------------- Canadian regional daily republishing agency copy (WordPress)
def fundy():
    rows, items = [], []
    base = "https://www.fundygazette.example"
    foot = '<p><em>The Fundy Gazette publishes stories from The Confederation Press under licence. Story corrections and complaints: newsroom@fundygazette.example</em></p>'

    def add(pid, slug, title, when, creators, cats, excerpt, body, exp, agency=True):
        url = f"{base}/news/{slug}/"
        crs = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        tail = foot if agency else ""
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#respond</comments>\n\t\t{crs}\n\t\t<pubDate>{rfc822(when)}</pubDate>{cts}\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t<content:encoded><![CDATA[{body}{tail}]]></content:encoded>\n\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2019, 11, 20, 16, 45, 0, -4)
    add(204417, "canada-nato-defence-spending-brussels", "Canada defends defence spending record as NATO foreign ministers meet", w,
        ["Lauren McKeigan, The Confederation Press"], ["World", "Canada"],
        "Canada&#8217;s foreign minister insisted Wednesday that Ottawa pulls its weight in NATO, despite spending well below the alliance target.",
        "<p>BRUSSELS &#8212; Canada&#8217;s foreign minister insisted Wednesday that Ottawa pulls its weight in NATO, despite spending well below the alliance&#8217;s target of two per cent of GDP on defence.</p>"
        "<p>Speaking before a meeting of alliance foreign ministers, the minister pointed to Canada&#8217;s command of the multinational battlegroup in Latvia and its frigate deployments in the Mediterranean.</p>"
        "<p>&#8220;Contribution is not only a percentage,&#8221; said Rachel Dufresne-Ambrose, a spokesperson for Global Affairs Canada. &#8220;It is boots, ships and planes where the alliance needs them.&#8221;</p>"
        "<p>NATO figures released last week put Canada&#8217;s spending at 1.31 per cent of GDP.</p>"
        "<p>This report by The Confederation Press was first published Nov. 20, 2019.</p>",
        lambda k: it(k, "Canada defends defence spending record as NATO foreign ministers meet", w, ["Lauren McKeigan"], quotes=[q("Rachel Dufresne-Ambrose", "Global Affairs Canada")],
                     junk=["This report by The Confederation Press was first published", "publishes stories from The Confederation Press under licence", "newsroom@fundygazette"],
                     note="Agency copy republished by the regional daily: the agency's 'This report by … was first published' line and the paper's own licence/complaints footer close the body. dc:creator 'Name, The Confederation Press' gives the person."))
    w = d(2019, 11, 19, 21, 10, 0, -4)
    add(204389, "hong-kong-canadians-consulate-advisory-polytechnic", "Ottawa urges Canadians in Hong Kong to avoid protest sites as campus siege drags on", w,
        ["The Confederation Press"], ["World"],
        "Global Affairs Canada updated its travel advice as police surrounded a university campus for a third day.",
        "<p>OTTAWA &#8212; The federal government updated its travel advice for Hong Kong on Tuesday, urging the roughly 300,000 Canadians who live there to avoid protest sites as police surrounded a university campus for a third day.</p>"
        "<p>The advisory stops short of telling Canadians to leave. A consular official said the Canadian consulate had received about 40 calls from worried families since the weekend.</p>"
        "<p>Opposition MPs called on the government to press Beijing to respect the rights of protesters.</p>"
        "<p>This report by The Confederation Press was first published Nov. 19, 2019.</p>",
        lambda k: it(k, "Ottawa urges Canadians in Hong Kong to avoid protest sites as campus siege drags on", w, [],
                     junk=["This report by The Confederation Press was first published", "publishes stories from The Confederation Press under licence"],
                     note="Agency credited only as the agency: no person."))
    w = d(2019, 11, 19, 13, 0, 0, -4)
    add(204352, "lobster-exporters-china-tariff-shediac", "Shediac lobster exporters brace for Chinese tariff rise", w,
        ["Bethany Cormier"], ["Business", "Local"],
        "Processors on the Northumberland Strait say a proposed tariff increase could cost the region millions.",
        "<p>Lobster processors in Shediac say a proposed increase in China&#8217;s tariff on Canadian seafood could cost the region millions of dollars in lost sales next season.</p>"
        "<p>China buys about a third of New Brunswick&#8217;s live lobster exports. Beijing has not confirmed the change, but importers in Guangzhou warned Canadian suppliers this month.</p>"
        "<p>&#8220;We have built that market for ten years,&#8221; said Andr&#233; LeBlanc-Gaudet, who runs a processing plant on the wharf. &#8220;We cannot replace it in one winter.&#8221;</p>",
        lambda k: it(k, "Shediac lobster exporters brace for Chinese tariff rise", w, ["Bethany Cormier"], quotes=[q("André LeBlanc-Gaudet")],
                     note="The paper's own reporting (no agency footer): a foreign government's trade measure hitting a local industry, labelled relevant (borderline, as in earlier sets)."), agency=False)
    w = d(2019, 11, 18, 18, 30, 0, -4)
    add(204330, "new-brunswick-legislature-throne-speech", "Throne speech promises balanced budget, rural health review", w,
        ["Kevin Arsenault, The Confederation Press"], ["New Brunswick", "Politics"],
        "The speech opening the new session of the legislature promised a review of rural emergency rooms.",
        "<p>FREDERICTON &#8212; The provincial government opened a new session of the legislature Monday with a throne speech that promised a balanced budget and a review of rural emergency rooms.</p>"
        "<p>Opposition leaders said the speech offered nothing for nursing homes.</p>"
        "<p>This report by The Confederation Press was first published Nov. 18, 2019.</p>",
        lambda k: it(k, "Throne speech promises balanced budget, rural health review", w, ["Kevin Arsenault"], rel=False,
                     junk=["This report by The Confederation Press was first published"],
                     note="Provincial politics of the paper's own country: a story, not relevant."))
    w = d(2019, 11, 17, 10, 0, 0, -4)
    add(204298, "photos-remembrance-day-saint-john", "PHOTOS: Remembrance Day in Saint John", w,
        ["Gazette Staff"], ["Local", "Photos"], "A look at ceremonies across the city.",
        "<p>A look at ceremonies across the city.</p>[gallery ids=\"204299,204300,204301\"]",
        lambda k: it(k, "Remembrance Day in Saint John", w, [], story=False, rel=False,
                     note="Photo gallery with an unrendered WordPress [gallery] shortcode: not a story. Title label 'PHOTOS:' may be kept or dropped."), agency=False)
    w = d(2019, 11, 16, 23, 15, 0, -4)
    add(204270, "raptors-edge-celtics-overtime", "Raptors edge Celtics in overtime", w,
        ["Ian Harland, The Confederation Press"], ["Sports"],
        "Toronto won its fourth straight game.",
        "<p>BOSTON &#8212; Toronto won its fourth straight game on Saturday night, edging the Celtics 112-110 in overtime.</p><p>This report by The Confederation Press was first published Nov. 16, 2019.</p>",
        lambda k: it(k, "Raptors edge Celtics in overtime", w, ["Ian Harland"], rel=False,
                     junk=["This report by The Confederation Press was first published"], note="Sport: a story, not relevant."))
    rows, items = ordered(rows, items)
    ns = (' xmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n'
          '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t')
    head = (f"\t<title>World &#8211; The Fundy Gazette</title>\n\t<atom:link href=\"{base}/category/world/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n"
            f"\t<description>Saint John&#039;s news since 1921</description>\n\t<lastBuildDate>{rfc822(d(2019, 11, 20, 16, 47, 3, -4))}</lastBuildDate>\n\t<language>en-CA</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=5.2.4</generator>")
    text = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\t{ns}>\n\n<channel>\n{head}\n' + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("en_ca_fundygazette_world_wp_agency.rss.xml", text, items, lang="en", outlet="The Fundy Gazette", aliases=["Fundy Gazette"],
                structure="Canadian regional daily (Saint John, New Brunswick) world category on WordPress 5.2 (/category/world/feed/), most items republished agency copy: WordPress's standard template (namespaces on tab-indented lines, comments/wfw/slash elements, sy: fields with the odd whitespace), channel 'World – Brand' with &#8211;, &#039; in the description, en-CA, -0400 pubDates, '?p=<id>' guids, CDATA dc:creator 'Name, The Confederation Press', the agency alone or 'Gazette Staff', CDATA plain-text excerpts, content:encoded ending with the agency's 'This report by … was first published Nov. 20, 2019.' line and the paper's italic licence/complaints footer, an unrendered [gallery] shortcode, November 2019")


# ---------------------------------------------------------------- web portal's world page with partner sources (Yahoo-style)
def nexus():
    rows, items = [], []
    base = "https://news.nexusportal.example"

    def add(slug, nid, title, when, src, srcurl, desc, exp, img=None, link=None):
        url = link or f"{base}/{slug}-{nid}.html"
        media = ""
        if img:
            media = (f'<media:content height="86" url="https://s.nexusportal.example/uu/api/res/1.2/{img}--/YXBwaWQ9bmV4dXM7dz0xMzA7aD04Ng--/https://media.nexusportal.example/en/{srcurl.split("//")[1].split(".")[1]}/{img}.jpg" width="130"/>'
                     f'<media:credit role="publishing company"/>')
        rows.append(f"<item><title>{esc(title)}</title><link>{esc(url)}</link><pubDate>{gmt(when)}</pubDate>"
                    f'<source url="{srcurl}">{esc(src)}</source><guid isPermaLink="false">{slug}-{nid}.html</guid>'
                    + (f"<description>{esc(desc)}</description>" if desc is not None else "") + f"{media}</item>")
        items.append(exp(f"{slug}-{nid}.html"))

    w = d(2020, 6, 17, 9, 41, 0, -4)
    add("china-india-troops-clash-himalayan-border", "061512934", "China and India blame each other for deadly clash on Himalayan border", w,
        "Lodestar Press", "https://www.lodestarpress.example/",
        "<p>NEW DELHI (LP) &#8212; China and India traded accusations on Wednesday over a clash in a disputed Himalayan valley that left soldiers dead on both sides, the first deadly confrontation on their border in decades.</p><p>Both governments said they wanted to avoid escalation.</p>",
        lambda k: it(k, "China and India blame each other for deadly clash on Himalayan border", w, [], outlet="Lodestar Press",
                     note="Partner item: the outlet is the <source> (the agency of this set's first feed); the portal is accepted too. No byline in the feed."),
        img="x7Lp0QmR2sTv")
    w = d(2020, 6, 17, 7, 2, 0, -4)
    add("britain-extends-furlough-scheme-pubs-reopen", "051833207", "Britain sets date for pubs to reopen as furlough scheme winds down", w,
        "The Anglian Post", "https://www.anglianpost.example/",
        "<p>Pubs, restaurants and hairdressers in England can reopen from July 4, the government said, as it began to wind down the scheme paying the wages of furloughed workers.</p>",
        lambda k: it(k, "Britain sets date for pubs to reopen as furlough scheme winds down", w, [], outlet="The Anglian Post", rel=False,
                     note="Partner item from a British outlet about Britain's own lockdown rules: not relevant from the source outlet's home viewpoint."),
        img="Qe4TnZk81wXc")
    w = d(2020, 6, 16, 22, 30, 0, -4)
    add("who-funding-dispute-geneva-donors", "221544018", "WHO donors scramble to fill gap left by U.S. funding halt", w,
        "Harborview Times", "https://www.harborviewtimes.example/",
        "<p>European governments and private foundations pledged new money to the World Health Organization on Tuesday, but officials in Geneva said the pledges covered less than half of the shortfall left by Washington&#8217;s decision to halt its contributions.</p>"
        "<p>&#8220;Nobody can replace the largest donor overnight,&#8221; said Dr. Amara Okonjo-Lind, a former WHO adviser now at the Geneva Global Health Centre.</p>",
        lambda k: it(k, "WHO donors scramble to fill gap left by U.S. funding halt", w, [], outlet="Harborview Times", quotes=[q("Amara Okonjo-Lind", "Geneva Global Health Centre")],
                     note="US outlet on US foreign policy toward an international body: relevant."),
        link=f"{base}/r/aHR0cHM6Ly93d3cuaGFyYm9ydmlld3RpbWVzLmV4YW1wbGUvd29ybGQvd2hvLWRvbm9ycw?src=rss&pos=3")
    w = d(2020, 6, 16, 18, 55, 0, -4)
    add("video-protesters-topple-statue-bristol-harbour", "184210557", "Watch: Protesters rally for second weekend in European capitals", w,
        "Nexus News Video", "https://news.nexusportal.example/video/",
        "<p>Thousands marched in Paris, Berlin and Madrid.</p>",
        lambda k: it(k, "Protesters rally for second weekend in European capitals", w, [], outlet="Nexus News Video", story=False, rel=False,
                     note="The portal's own video: not a story. Title label 'Watch:' may be kept or dropped."))
    w = d(2020, 6, 16, 14, 20, 0, -4)
    add("north-korea-blows-up-liaison-office-kaesong", "141900233", "North Korea blows up joint liaison office near border with South", w,
        "Pacifica Wire", "https://www.pacificawire.example/", None,
        lambda k: it(k, "North Korea blows up joint liaison office near border with South", w, [], outlet="Pacifica Wire",
                     note="Headline only (no description): a story, posted as a headline card; the outlet is the <source>."))
    w = d(2020, 6, 16, 11, 0, 0, -4)
    add("photos-empty-beaches-summer-travel-restrictions", "110002871", "In photos: Summer without tourists on Europe's beaches", w,
        "The Anglian Post", "https://www.anglianpost.example/",
        "<p>Scenes from the Algarve, Mallorca and the Amalfi coast.</p>",
        lambda k: it(k, "Summer without tourists on Europe's beaches", w, [], outlet="The Anglian Post", story=False, rel=False,
                     note="Partner slideshow: not a story. Title label 'In photos:' may be kept or dropped."),
        img="Pw2Ry7Uk3eNa")
    head = (f"<title>World News Headlines - Nexus News</title><link>{base}/world</link><description>The latest world news headlines from Nexus News</description>"
            f"<language>en-US</language><copyright>Copyright (c) 2020 Nexus Media Inc. All rights reserved</copyright><pubDate>{gmt(d(2020, 6, 17, 13, 44, 0, 0))}</pubDate><ttl>5</ttl>"
            f"<image><title>World News Headlines - Nexus News</title><link>{base}/world</link><url>https://s.nexusportal.example/rz/p/nexus/news_logo_130x30.png</url><height>30</height><width>130</width></image>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>' + head + "".join(rows) + "</channel></rss>\n")
    return feed("en_us_nexusnews_world_portal.rss.xml", text, items, lang="en", outlet="Nexus News", aliases=["Nexus News", "Nexus News Video"],
                structure="US web portal's (Yahoo News-style) 'World' RSS of partner content: declaration line then one line, only the media namespace, channel 'World News Headlines - Brand', 'Media Inc.' copyright, channel image, items in the order title/link/pubDate/source/guid/description/media: <source url> naming the partner outlet, '<slug>-<9 digits>.html' non-permalink guids, links to the portal's hosted copy or a base64 click-redirect '/r/<b64>?src=rss&pos=n', escaped <p> descriptions (the partner's standfirst, an agency dateline) or none (headline only), 130x86 media:content thumbnails from a resizer with an empty media:credit, a portal video and a partner slideshow, GMT dates in June 2020",
                topic="aggregator", notes="Aggregator: each item's expected outlet is its <source>; the portal's own name is accepted too (outlet_also_acceptable).")


# ---------------------------------------------------------------- Irish writer's world-affairs newsletter on Ghost 4
def foreignbodies():
    rows, items = [], []
    base = "https://foreignbodies.example"
    cta = ('<div class="kg-card kg-cta-card"><p><strong>Foreign Bodies is reader-supported.</strong> If you value this column, consider becoming a paying member &#8212; it keeps the newsletter free for everyone.</p>'
           f'<a class="kg-btn" href="{base}/#/portal/signup">Subscribe</a></div>')
    sign = "<p>Until next week,<br>Niamh</p>"

    def add(pid, slug, title, when, creator, tag, desc, body, exp, img=True):
        url = f"{base}/{slug}/"
        media = f'<media:content url="{base}/content/images/2021/02/{slug[:18]}.jpg" medium="image"/>' if img else ""
        rows.append(f"<item><title>{cd(title)}</title><description>{cd(desc)}</description><link>{url}</link><guid isPermaLink=\"false\">{pid}</guid>"
                    f"<category>{cd(tag)}</category><dc:creator>{cd(creator)}</dc:creator><pubDate>{gmt(when)}</pubDate>{media}<content:encoded>{cd(body)}</content:encoded></item>")
        items.append(exp(pid))

    w = d(2021, 2, 25, 7, 0, 0, 0)
    add("6036f2a1c9e77a0039d4b2f1", "the-protocol-and-the-vaccine-fortnight", "The protocol, the vaccines and a very bad fortnight for trust", w, "Niamh Garvey", "Column",
        "Brussels reached for an emergency clause on the Irish border and pulled back within hours. The damage will last longer.",
        "<p>Good morning from a wet Dublin.</p>"
        "<p>Brussels reached for an emergency clause on the Irish border last month and pulled back within hours. The damage will last longer than the headlines did.</p>"
        "<p>The clause in question lets either side suspend parts of the Northern Ireland arrangements if they cause serious difficulties. Invoking it, even briefly, to stop vaccines crossing into Britain handed every critic of the arrangement the argument they had been waiting for.</p>"
        "<p>&#8220;It was a gift to everyone who wanted to say the protocol is a weapon,&#8221; Dr Ciara Mulholland, a lecturer in EU law at Queen&#8217;s University Belfast, told me this week.</p>"
        "<p>Dublin was not consulted. That, more than the vaccine row itself, is what worries officials here: the sense that a decision touching the border could be taken in a Brussels corridor on a Friday afternoon.</p>"
        + cta + sign,
        lambda k: it(k, "The protocol, the vaccines and a very bad fortnight for trust", w, ["Niamh Garvey"], quotes=[q("Ciara Mulholland", "Queen's University Belfast")],
                     junk=["Good morning from a wet Dublin", "reader-supported", "becoming a paying member", "Until next week"],
                     note="An Irish writer's column on the EU and the Irish border: relevant (Ireland's foreign relations). Greeting, Ghost CTA card and sign-off are not summary text."))
    w = d(2021, 2, 18, 7, 0, 0, 0)
    add("602d1c44c9e77a0039d4b1a8", "myanmar-three-weeks-on", "Myanmar, three weeks on: the generals misjudged the street", w, "Niamh Garvey", "Column",
        "The coup was supposed to be quick. Three weeks of strikes say otherwise.",
        "<p>Good morning.</p><p>The coup in Myanmar was supposed to be quick. Three weeks of strikes by doctors, railway workers and bank staff say otherwise.</p>"
        "<p>The civil disobedience movement has emptied ministries in Naypyidaw and shut most private banks. Its organisers are young, online and hard to arrest all at once.</p>"
        "<p>&#8220;The army planned for protests. It did not plan for a country that stopped going to work,&#8221; said Khin Thandar Oo, a researcher at the Yangon-based Institute for Civic Studies, speaking from hiding.</p>"
        "<p>Ireland has no embassy in Myanmar; its interests are handled from Bangkok. But as a member of the UN Security Council this year, Dublin has a vote on what happens next.</p>" + cta + sign,
        lambda k: it(k, "Myanmar, three weeks on: the generals misjudged the street", w, ["Niamh Garvey"], quotes=[q("Khin Thandar Oo", "Institute for Civic Studies")],
                     junk=["reader-supported", "Until next week"]))
    w = d(2021, 2, 15, 12, 30, 0, 0)
    add("602a6e90c9e77a0039d4b13c", "housekeeping-moving-to-thursdays", "Housekeeping: Foreign Bodies is moving to Thursdays", w, "Niamh Garvey", "Notes",
        "A small change to the schedule, and thank you.",
        "<p>A small change: from this week the newsletter will arrive on Thursday mornings instead of Sundays. Members&#8217; Q&amp;A threads stay on the first Monday of the month.</p>" + sign,
        lambda k: it(k, "Housekeeping: Foreign Bodies is moving to Thursdays", w, ["Niamh Garvey"], story=False, rel=False, note="Schedule notice: not a story."), img=False)
    w = d(2021, 2, 11, 7, 0, 0, 0)
    add("60245b07c9e77a0039d4b0e2", "guest-post-belarus-six-months", "Guest post: Six months on, Belarus's protesters change tactics", w, "Tadas Malinauskas", "Guest post",
        "The big Sunday marches are gone. The resistance has moved into courtyards and chat groups.",
        "<p><em>This week&#8217;s column is by Tadas Malinauskas, a journalist in Vilnius who has covered Belarus since 2010.</em></p>"
        "<p>The big Sunday marches are gone. Six months after the disputed election, the resistance has moved into courtyards, neighbourhood chat groups and the kitchens of people who still hang the white-red-white flag from their balconies.</p>"
        "<p>More than 30,000 people have been detained since August, according to the rights group Spring Watch. Many of the movement&#8217;s organisers now work from Lithuania and Poland.</p>"
        "<p>&#8220;We are not weaker, we are quieter,&#8221; said Volha Sidarenka, a teacher from Hrodna who now lives in Vilnius.</p>" + cta,
        lambda k: it(k, "Six months on, Belarus's protesters change tactics", w, ["Tadas Malinauskas"], quotes=[q("Volha Sidarenka")],
                     junk=["This week's column is by", "reader-supported"],
                     note="Guest author in dc:creator and an italic guest note opening the body. Title label 'Guest post:' may be kept or dropped."))
    w = d(2021, 2, 8, 18, 0, 0, 0)
    add("60217a31c9e77a0039d4b077", "conversations-12-ireland-security-council", "Foreign Bodies Conversations #12: Ireland's first weeks on the Security Council", w, "Niamh Garvey", "Podcast",
        "Audio: a conversation with a former diplomat about what a small state can do in the Council.",
        '<figure class="kg-card kg-embed-card"><iframe src="https://player.podhost.example/e/fb-12" height="152"></iframe></figure><p>Listen on your podcast app or above. Members can download the transcript.</p>',
        lambda k: it(k, "Foreign Bodies Conversations #12: Ireland's first weeks on the Security Council", w, ["Niamh Garvey"], story=False, rel=False,
                     note="Podcast episode (an embedded player only): not a story."))
    w = d(2021, 2, 4, 7, 0, 0, 0)
    add("601b8ad5c9e77a0039d4afd0", "the-housing-vote-that-wasnt", "The housing vote that wasn't", w, "Niamh Garvey", "Column",
        "A detour into home politics this week, because readers asked.",
        "<p>A detour into home politics this week, because several of you asked. The government survived a motion on rent freezes by four votes on Tuesday, and the real story is who stayed away.</p>"
        "<p>Three backbenchers from rural constituencies abstained. Each told local radio that the housing crisis had reached towns that never had one.</p>" + cta + sign,
        lambda k: it(k, "The housing vote that wasn't", w, ["Niamh Garvey"], rel=False, junk=["reader-supported", "Until next week"],
                     note="Irish domestic politics in a world-affairs newsletter: a story, not relevant."))
    rows, items = ordered(rows, items)
    head = (f"<title>{cd('Foreign Bodies')}</title><description>{cd('A weekly letter on the world from Dublin, by Niamh Garvey.')}</description><link>{base}/</link>"
            f"<image><url>{base}/favicon.png</url><title>Foreign Bodies</title><link>{base}/</link></image><generator>Ghost 4.0</generator>"
            f"<lastBuildDate>{gmt(d(2021, 2, 25, 7, 3, 11, 0))}</lastBuildDate><atom:link href=\"{base}/rss/\" rel=\"self\" type=\"application/rss+xml\"/><ttl>60</ttl>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
            + head + "".join(rows) + "</channel></rss>")
    return feed("en_ie_foreignbodies_newsletter_ghost.rss.xml", text, items, lang="en", outlet="Foreign Bodies",
                structure="An Irish writer's weekly world-affairs newsletter on Ghost 4.0 (/rss/): the whole document on one line without a trailing newline, media namespace after version, CDATA channel title and description naming the writer, channel image, ttl 60, items in Ghost's order (title, description, link, guid, category, dc:creator, pubDate, media:content, content:encoded), 24-hex post ids as non-permalink guids, CDATA dc:creator with the writer or a guest author, GMT dates (Dublin in winter), content:encoded with a greeting, a reader-supported kg-cta-card with a Subscribe button and a 'Until next week,<br>Niamh' sign-off, an italic guest-author note, an embedded podcast player, a schedule notice, February 2021")


FEEDS = [lodestar, fundy, nexus, foreignbodies]
