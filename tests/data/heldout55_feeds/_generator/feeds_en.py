# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the fifty-fifth held-out set (part 1: a US newspaper of record's in-house
RSS, a US 24-hour cable news site, a UK public broadcaster's world page, a UK national daily's
content-API RSS). All outlets, people and quotations are invented."""
from h55 import cd, d, esc, feed, gmt, it, newest_first, q


# ---------------------------------------------------------------- US newspaper of record, in-house RSS (NYT-style)
def gothamrecord():
    base = "https://www.gothamrecord.example"
    rows, items = [], []
    kw = "http://www.gothamrecord.example/namespaces/keywords"

    def add(path, title, when, creator, standfirst, cats, img, credit, caption, exp):
        url = f"{base}{path}"
        c = "".join(f'\n      <category domain="{kw}/{dom}">{esc(v)}</category>' for dom, v in cats)
        media = ""
        if img:
            media = (f'\n      <media:content height="1800" width="1800" url="https://static.gothamrecord.example/images/{img}" medium="image"></media:content>'
                     f"\n      <media:credit>{esc(credit)}</media:credit>\n      <media:description>{esc(caption)}</media:description>")
        by = f"\n      <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"true\">{url}</guid>\n"
                    f"      <atom:link href=\"{url}\" rel=\"standout\"></atom:link>\n      <description>{esc(standfirst)}</description>{by}\n"
                    f"      <pubDate>{when.strftime('%a, %d %b %Y %H:%M:%S')} +0000</pubDate>{c}{media}\n    </item>")
        items.append(exp(url))

    w = d(2026, 3, 5, 10, 2, 11)
    cap = "A bulk carrier waiting to enter the Bosporus near Istanbul on Wednesday. Insurers have raised premiums for ships calling at Ukrainian ports."
    add("/2026/03/05/world/europe/black-sea-grain-corridor-talks-istanbul.html", "Talks on Black Sea Shipping Corridor Resume in Istanbul as Insurers Balk", w,
        "Aurelia Vance, Tomasz Wierzbicki and Halil Demirtaş",
        "Turkish mediators brought Ukrainian and Russian officials back to the table after a month of strikes on port cities, but underwriters say a paper deal will not be enough to bring premiums down.",
        [("des", "Ships and Shipping"), ("des", "Insurance"), ("geo", "Black Sea"), ("geo", "Turkey"), ("org", "Lloyd’s Market Association")],
        "2026/03/05/multimedia/05turkey-ships-hjkq/05turkey-ships-hjkq-superJumbo.jpg", "Emre Kocabaş for The Gotham Record", cap,
        lambda k: it(k, "Talks on Black Sea Shipping Corridor Resume in Istanbul as Insurers Balk", w, ["Aurelia Vance", "Tomasz Wierzbicki", "Halil Demirtaş"],
                     junk=[cap, "Emre Kocabaş for The Gotham Record"],
                     note="dc:creator lists three reporters as 'A, B and C' in one element: three people. The media:description caption and media:credit are not the summary; the description is the standfirst. Relevant."))
    w = d(2026, 3, 5, 4, 0, 48)
    cap = "A nurse checks a patient at the hospital in El Geneina, where solar panels now run the oxygen plant."
    add("/2026/03/05/world/africa/sudan-darfur-hospital-solar.html", "In Darfur, a Hospital Runs on Solar Panels and Donated Fuel", w,
        "Naledi Okonkwo-Reyes",
        "With the war in Sudan cutting supply routes, doctors in El Geneina rely on aid shipments through Chad and a rooftop of panels installed by a Norwegian charity.",
        [("des", "Hospitals"), ("des", "Humanitarian Aid"), ("geo", "Darfur (Sudan)"), ("geo", "Chad")],
        "2026/03/05/multimedia/05sudan-hospital-pwlx/05sudan-hospital-pwlx-superJumbo.jpg", "Agence France-Presse — Getty Images", cap,
        lambda k: it(k, "In Darfur, a Hospital Runs on Solar Panels and Donated Fuel", w, ["Naledi Okonkwo-Reyes"],
                     junk=[cap, "Agence France-Presse — Getty Images"],
                     note="Humanitarian crisis in a war abroad with cross-border aid: relevant. media:credit is an agency credit line, not an author."))
    w = d(2026, 3, 4, 23, 30, 5)
    add("/2026/03/04/briefing/ceasefire-gaza-tariffs-oscars.html", "Your Thursday Briefing: A Shaky Truce in Lebanon", w,
        "Priya Castellanos",
        "Plus, Europe’s answer to new tariffs and the week’s best reads.",
        [("des", "internal-briefing")],
        "2026/03/04/multimedia/04briefing-lebanon-qrtz/04briefing-lebanon-qrtz-superJumbo.jpg", "Hassan Chami/Associated Press", "A checkpoint near the border town of Khiam on Wednesday.",
        lambda k: it(k, "Your Thursday Briefing: A Shaky Truce in Lebanon", w, ["Priya Castellanos"], story=False, rel=False,
                     note="The morning newsletter ('Your Thursday Briefing: …', 'Plus, …'): a briefing digest, not a story."))
    w = d(2026, 3, 4, 20, 14, 37)
    cap = "Oksana Petrenko, who opened her cafe in 2023, with two new employees."
    add("/2026/03/04/nyregion/brooklyn-ukrainian-restaurants-four-years.html", "Four Years On, Ukrainian Cooks in Brighton Beach Feed a Second Wave of Arrivals", w,
        "Ben Adeyemi",
        "Restaurants opened by families who fled in 2022 have become job centers and unofficial consulates for newcomers who arrived under a humanitarian parole program.",
        [("des", "Restaurants"), ("des", "Immigration and Emigration"), ("geo", "Brighton Beach (Brooklyn, NY)")],
        "2026/03/04/multimedia/04nyu-brighton-xcvb/04nyu-brighton-xcvb-superJumbo.jpg", "Delia Ruiz for The Gotham Record", cap,
        lambda k: it(k, "Four Years On, Ukrainian Cooks in Brighton Beach Feed a Second Wave of Arrivals", w, ["Ben Adeyemi"], rel=False,
                     junk=[cap, "Delia Ruiz for The Gotham Record"],
                     note="Filed in the World feed but a New York (nyregion) story about an emigrant community: a story, not relevant for a US outlet."))
    w = d(2026, 3, 4, 12, 45, 0)
    cap = "South Korean and Japanese destroyers during an exercise in 2018, the last year the two navies trained together."
    add("/2026/03/04/world/asia/japan-south-korea-naval-drills.html", "Japan and South Korea Agree to Restart Joint Naval Drills After Seven Years", w,
        "Motoko Hara and Daniel Sung-min Park",
        "The two countries, both U.S. allies, said the search-and-rescue exercises would resume in the spring, a sign that a thaw begun by their leaders last year is reaching the militaries. “It is a modest step, but it is the first one in uniform,” said Yuki Nakagawa-Lee, a researcher at the Tokyo Institute for Maritime Security.",
        [("des", "Defense and Military Forces"), ("geo", "Japan"), ("geo", "South Korea"), ("per", "Park, Daniel Sung-min")],
        "2026/03/04/multimedia/04japan-korea-drills-mnbv/04japan-korea-drills-mnbv-superJumbo.jpg", "Lee Seung-ho/Associated Press", cap,
        lambda k: it(k, "Japan and South Korea Agree to Restart Joint Naval Drills After Seven Years", w, ["Motoko Hara", "Daniel Sung-min Park"],
                     quotes=[q("Yuki Nakagawa-Lee", "Tokyo Institute for Maritime Security")],
                     junk=[cap, "Lee Seung-ho/Associated Press"],
                     note="'A and B' in one dc:creator: two people. The nyt_per-style category 'Park, Daniel Sung-min' is a subject tag, not an author list. Relevant."))
    w = d(2026, 3, 3, 10, 0, 0)
    add("/2026/03/03/podcasts/the-record-hour/tigray-talks-collapse.html", "The Record Hour: Inside the Collapse of the Tigray Talks", w,
        "Samir Qadri, Lena Brodsky and Joaquín Estrada",
        "Hosted by Samir Qadri. Produced by Lena Brodsky and Joaquín Estrada. On today’s episode, our correspondent explains why a peace deal in Ethiopia is fraying.",
        [("des", "internal-podcast"), ("geo", "Ethiopia")],
        None, "", "",
        lambda k: it(k, "The Record Hour: Inside the Collapse of the Tigray Talks", w, ["Samir Qadri", "Lena Brodsky", "Joaquín Estrada"], story=False, rel=False,
                     note="A daily podcast episode ('Hosted by … Produced by …', /podcasts/ link): not a story."))

    rows, items = newest_first(rows, items)
    last = items[0].published
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:gr="http://www.gothamrecord.example/namespaces/rss/2.0" version="2.0">\n  <channel>\n'
            f"    <title>Gotham Record &gt; World News</title>\n    <link>{base}/section/world</link>\n"
            '    <atom:link href="https://rss.gothamrecord.example/services/xml/rss/gr/World.xml" rel="self" type="application/rss+xml"></atom:link>\n'
            "    <description></description>\n    <language>en-us</language>\n    <copyright>Copyright 2026 The Gotham Record Company</copyright>\n"
            f"    <lastBuildDate>{last.strftime('%a, %d %b %Y %H:%M:%S')} +0000</lastBuildDate>\n    <pubDate>{last.strftime('%a, %d %b %Y %H:%M:%S')} +0000</pubDate>\n"
            f"    <image>\n      <title>Gotham Record &gt; World News</title>\n      <url>https://static.gothamrecord.example/images/misc/GR_logo_rss_250x40.png</url>\n      <link>{base}/section/world</link>\n    </image>\n"
            + "\n".join(rows) + "\n  </channel>\n</rss>")
    return feed("en_us_gothamrecord_world_inhouse.rss.xml", text, items, lang="en", outlet="The Gotham Record", aliases=["Gotham Record"],
                ctype="application/rss+xml",
                structure="US national newspaper of record's in-house section RSS (rss.<host>/services/xml/rss/gr/World.xml), March 2026: channel 'Gotham Record > World News' (escaped '>'), EMPTY <description></description>, language en-us, copyright 'Copyright 2026 The Gotham Record Company', logo <image>; items with permalink guids, an atom:link rel='standout', a ONE-SENTENCE plain-text standfirst as description, ONE dc:creator holding 'A, B and C' or 'A and B', pubDate '+0000', keyword categories with des/geo/org/per domains ('Park, Daniel Sung-min' as a person facet), media:content 1800x1800 with media:credit ('X for The Gotham Record', 'Agence France-Presse — Getty Images', 'Name/Associated Press') and a media:description caption; a morning briefing newsletter and a podcast episode with producers in dc:creator; no trailing newline after </rss>.",
                notes="Home country: the United States. A New York story about Ukrainian emigrants is filed in World.")


# ---------------------------------------------------------------- US 24-hour cable news site (CNN-style)
def wnx():
    base = "https://www.wnx.example"
    rows, items = [], []

    def add(path, title, when, desc, imgs, exp):
        url = f"{base}{path}"
        media = ""
        if imgs:
            media = "\n<media:group>" + "".join(f'\n<media:content medium="image" url="https://media.wnx.example/api/v1/images/stellar/prod/{imgs}-{s}.jpg" height="{h}" width="{wd}" type="image/jpeg"/>'
                                                 for s, h, wd in (("super-169", 619, 1100), ("large-11", 300, 300), ("vertical-gallery", 552, 414))) + "\n</media:group>"
        dsc = f"\n<description>{cd(desc)}</description>" if desc is not None else ""
        rows.append(f"<item>\n<title>{cd(title)}</title>{dsc}\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>\n<pubDate>{gmt(when)}</pubDate>{media}\n</item>")
        items.append(exp(url))

    w = d(2025, 12, 9, 14, 12, 40)
    add("/world/live-news/peru-earthquake-tsunami-12-09-25", "Live updates: Strong earthquake off Peru’s coast triggers tsunami warning", w,
        "A magnitude 7.4 earthquake struck off the coast of southern Peru on Tuesday. Follow for the latest.", "251209141003-peru-quake-arequipa",
        lambda k: it(k, "Live updates: Strong earthquake off Peru’s coast triggers tsunami warning", w, [], story=False, rel=False,
                     note="A live page (/live-news/ link, 'Live updates:' label, 'Follow for the latest'): not a story."))
    w = d(2025, 12, 9, 11, 30, 2)
    add("/2025/12/09/world/video/mozambique-flooding-drone-footage-digvid", "Video: Drone footage shows the scale of flooding in central Mozambique", w,
        "Drone footage shows entire villages under water after days of heavy rain in Sofala province.", "251209112033-mozambique-flood-drone",
        lambda k: it(k, "Video: Drone footage shows the scale of flooding in central Mozambique", w, [], story=False, rel=False,
                     note="A video clip ('/video/' link, 'Video:' label, one sentence about the footage): not a story."))
    w = d(2025, 12, 9, 9, 48, 15)
    add("/2025/12/09/europe/ukraine-russia-prisoner-exchange-uae-intl", "Ukraine and Russia swap 300 prisoners in exchange brokered by the UAE", w,
        "Ukraine and Russia each released 150 prisoners of war on Tuesday in the largest exchange since the summer, Ukraine’s coordination headquarters for prisoners said, crediting mediation by the United Arab Emirates.", "251209094402-ukraine-pow-exchange",
        lambda k: it(k, "Ukraine and Russia swap 300 prisoners in exchange brokered by the UAE", w, [],
                     note="No author element anywhere in this feed: []. Relevant."))
    w = d(2025, 12, 8, 22, 5, 51)
    add("/2025/12/08/us/texas-border-county-emergency-shelter", "Texas border county declares emergency after its only migrant shelter closes", w,
        "Officials in Maverick County say they have nowhere to house people released by federal agents after the shelter run by a church charity shut its doors for lack of funding.", "251208220117-eagle-pass-shelter",
        lambda k: it(k, "Texas border county declares emergency after its only migrant shelter closes", w, [], rel=False,
                     note="Carried on the World page but a US domestic story (a county's emergency over a shelter): a story, not relevant."))
    w = d(2025, 12, 8, 17, 20, 9)
    add("/2025/12/08/americas/venezuela-opposition-leader-madrid-arrival-intl", "Venezuelan opposition leader arrives in Madrid after a year in an embassy refuge", w,
        None, None,
        lambda k: it(k, "Venezuelan opposition leader arrives in Madrid after a year in an embassy refuge", w, [],
                     note="No description and no image: a headline-only item of a real story. Relevant."))
    w = d(2025, 12, 8, 13, 33, 27)
    add("/2025/12/08/travel/paris-best-baguette-prize-intl", "A Paris bakery has won the city’s best baguette prize for the third time", w,
        "The winner gets 4,000 euros and a year-long contract to supply bread to the Élysée Palace.", "251208133015-paris-baguette-prize",
        lambda k: it(k, "A Paris bakery has won the city’s best baguette prize for the third time", w, [], rel=False,
                     note="A foreign soft story (travel/food) with no world-affairs weight: a story, not relevant."))

    rows, items = newest_first(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">\n<channel>\n'
            f"<title>{cd('WNX.com - RSS Channel - World')}</title>\n<description>{cd('WNX.com delivers breaking news, analysis and video from around the world.')}</description>\n"
            f"<link>{base}/world</link>\n<image>\n<url>https://media.wnx.example/wnx-digital-rss.png</url>\n<title>WNX.com - RSS Channel - World</title>\n<link>{base}/world</link>\n</image>\n"
            f"<generator>coredev-quasar</generator>\n<lastBuildDate>{gmt(items[0].published)}</lastBuildDate>\n<pubDate>{gmt(items[0].published)}</pubDate>\n"
            f"<copyright>{cd('Copyright (c) 2025 Westline News Exchange, LLC. All Rights Reserved.')}</copyright>\n<language>{cd('en-US')}</language>\n<ttl>10</ttl>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>")
    return feed("en_us_wnx_world_cable.rss.xml", text, items, lang="en", outlet="WNX", aliases=["WNX.com"],
                ctype="text/xml; charset=UTF-8",
                structure="US 24-hour cable news network's site RSS, December 2025: channel 'WNX.com - RSS Channel - World' in CDATA, a generator name, copyright 'Copyright (c) 2025 Westline News Exchange, LLC. All Rights Reserved.' (the legal company, not the brand), language in CDATA, ttl 10, no indentation, the XML declaration and <rss> on one line; items with CDATA title and one-sentence CDATA description, permalink guids, GMT pubDates and a media:group of three media:content crops; no author fields; a live page (/live-news/), a video (/video/ link, 'Video:'), an item with no description at all, a US domestic story and a foreign soft story.",
                notes="Home country: the United States.")


# ---------------------------------------------------------------- UK public broadcaster's world page (BBC-style)
def brc():
    rows, items = [], []

    def add(kind, aid, title, when, desc, thumb, exp):
        url = f"https://www.brc.example/news/{kind}/{aid}"
        rows.append(f"        <item>\n            <title>{cd(title)}</title>\n            <description>{cd(desc)}</description>\n            <link>{url}</link>\n"
                    f"            <guid isPermaLink=\"false\">{url}#0</guid>\n            <pubDate>{gmt(when)}</pubDate>\n"
                    f"            <media:thumbnail width=\"240\" height=\"135\" url=\"https://ichef.brc.example/ace/standard/240/cpsprodpb/{thumb}.jpg\"/>\n        </item>")
        items.append(exp(f"{url}#0"))

    w = d(2026, 1, 20, 16, 41, 7)
    add("articles", "c4g7kq2x19eo", "Syria's interim government and Kurdish-led forces agree oil field handover", w,
        "The deal would see fields east of the Euphrates run by a state company, with revenue shared with the north-east.", "a41c/live/5e8f77d0-f612-11f0-9e2a-2d1c36c4b5a1",
        lambda k: it(k, "Syria's interim government and Kurdish-led forces agree oil field handover", w, [],
                     note="guid is the link plus '#0' (isPermaLink false): the key. No author fields in this feed. Relevant."))
    w = d(2026, 1, 20, 13, 3, 55)
    add("videos", "cy0e5d8n3m7o", "Watch: Rescuers pull boy from rubble after Afghan quake", w,
        "Footage shows rescue workers freeing a boy trapped for 30 hours in Kunar province.", "9b2e/live/1c3d5a70-f5f0-11f0-8c17-61d5c0a4e6f2",
        lambda k: it(k, "Watch: Rescuers pull boy from rubble after Afghan quake", w, [], story=False, rel=False,
                     note="A video page (/news/videos/, 'Watch:', a sentence about the footage): not a story."))
    w = d(2026, 1, 20, 9, 27, 30)
    add("articles", "c70zr1w4p2ko", "Sri Lanka floods: Death toll rises to 48 as India sends relief ships", w,
        "Two Indian navy vessels carrying water purifiers and medical teams docked in Colombo, as more rain is forecast for the south.", "77f0/live/9a0bc4e0-f5c4-11f0-a3a9-3f4c1e2d9b10",
        lambda k: it(k, "Sri Lanka floods: Death toll rises to 48 as India sends relief ships", w, [],
                     note="A disaster abroad with a neighbour's state aid: relevant (borderline; the relief mission is the world-affairs angle). 'Sri Lanka floods:' is part of the headline."))
    w = d(2026, 1, 19, 22, 10, 12)
    add("articles", "c9d1xq0m8j4o", "Bondi lifeguards rescue 40 swimmers caught in rip current", w,
        "Lifeguards in Sydney say it was one of the busiest days of the summer after a sudden change in the swell.", "2fa8/live/d01e7c60-f56a-11f0-9b7d-0b53f6e2a4c8",
        lambda k: it(k, "Bondi lifeguards rescue 40 swimmers caught in rip current", w, [], rel=False,
                     note="Foreign, but local news of another country without world-affairs weight: a story, not relevant."))
    w = d(2026, 1, 19, 18, 48, 40)
    add("articles", "cx2e8r7v1l0o", "Japan's lower house dissolved ahead of snap February election", w,
        "The governing party hopes to turn high approval ratings into a majority of its own, ending its reliance on a junior partner.", "c3d2/live/77a4f0e0-f54e-11f0-b5c9-89e2a1f0d3e7",
        lambda k: it(k, "Japan's lower house dissolved ahead of snap February election", w, [],
                     note="Another country's national election: relevant."))
    w = d(2026, 1, 19, 11, 5, 3)
    add("articles", "c1n5g3z9q6wo", "UN says aid convoy to El Fasher attacked, two drivers killed", w,
        "The convoy of 12 lorries was hit by drone fire about 40km from the city, the UN's humanitarian office said.", "0e51/live/41b7e8a0-f51a-11f0-a6c4-5d7e2f9c1b03",
        lambda k: it(k, "UN says aid convoy to El Fasher attacked, two drivers killed", w, [],
                     note="Relevant. The only speaker is an office, not a person: no quote."))

    rows, items = newest_first(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet title="XSL_formatting" type="text/xsl" href="/shared/bsp/xsl/rss/nolsol.xsl"?>\n'
            '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/">\n    <channel>\n'
            f"        <title>{cd('BRC News')}</title>\n        <description>{cd('BRC News - World')}</description>\n        <link>https://www.brc.example/news/world</link>\n"
            "        <image>\n            <url>https://news.brcimg.example/nol/shared/img/brc_news_120x60.gif</url>\n            <title>BRC News</title>\n            <link>https://www.brc.example/news/world</link>\n        </image>\n"
            f"        <generator>RSS for Node</generator>\n        <lastBuildDate>{gmt(d(2026, 1, 20, 17, 0, 22))}</lastBuildDate>\n"
            '        <atom:link href="https://feeds.brc.example/news/world/rss.xml" rel="self" type="application/rss+xml"/>\n'
            f"        <copyright>{cd('Copyright: (C) British Radio Corporation, see https://www.brc.example/usingthebrc/terms-of-use/#15metadataandrssfeeds for terms and conditions of reuse.')}</copyright>\n"
            f"        <language>{cd('en-gb')}</language>\n        <ttl>15</ttl>\n"
            + "\n".join(rows) + "\n    </channel>\n</rss>")
    return feed("en_gb_brc_world_rssfornode.rss.xml", text, items, lang="en", outlet="BRC News",
                ctype="application/xml",
                structure="UK public broadcaster's world page RSS generated by 'RSS for Node', January 2026: xml-stylesheet processing instruction, channel title 'BRC News' with the section only in the description ('BRC News - World'), copyright naming the corporation with a terms URL, ttl 15; every title and description in CDATA; one-sentence descriptions; /news/articles/<id> and /news/videos/<id> links; guids 'link#0' with isPermaLink false; GMT pubDates; media:thumbnail 240x135; NO author fields at all; a 'Watch:' video page, a disaster abroad with a relief mission, foreign local news.",
                notes="Home country: the United Kingdom.")


# ---------------------------------------------------------------- UK national daily's world section, content-API RSS (Guardian-style)
def warden():
    base = "https://www.thewarden.example"
    rows, items = [], []

    def add(path, title, when, creator, tags, body, img, credit, exp):
        url = f"{base}{path}"
        cats = "".join(f'\n      <category domain="{base}/{t}">{esc(n)}</category>' for t, n in tags)
        desc = body + f' <a href="{url}">Continue reading...</a>'
        media = "".join(f'\n      <media:content width="{wd}" url="https://i.guim.thewarden.example/img/media/{img}/master/2000.jpg?width={wd}&amp;quality=85&amp;auto=format&amp;fit=max&amp;s=0f3c1e">\n        <media:credit scheme="urn:ebu">{esc(credit)}</media:credit>\n      </media:content>'
                        for wd in (140, 460)) if img else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{esc(desc)}</description>{cats}\n"
                    f"      <pubDate>{gmt(when)}</pubDate>\n      <guid>{url}</guid>{media}\n      <dc:creator>{esc(creator)}</dc:creator>\n"
                    f"      <dc:date>{when.strftime('%Y-%m-%dT%H:%M:%SZ')}</dc:date>\n    </item>")
        items.append(exp(url))

    cr = "Continue reading..."
    w = d(2026, 2, 10, 15, 22, 41)
    add("/world/2026/feb/10/poland-lithuania-close-border-crossings-belarus-balloons", "Poland and Lithuania close border crossings with Belarus after balloon incursions", w,
        "Marta Kowalczyk in Warsaw",
        [("world/poland", "Poland"), ("world/lithuania", "Lithuania"), ("world/belarus", "Belarus"), ("world/europe-news", "Europe"), ("world/world", "World news"), ("world/nato", "Nato")],
        "<p>Both governments accuse Minsk of using smuggling balloons to disrupt airports, as cargo drivers face queues of up to 40km</p>"
        '<ul><li><a href="https://www.thewarden.example/world/2026/feb/03/vilnius-airport-closed-balloons">Vilnius airport shut for third night by balloons from Belarus</a></li></ul>'
        "<p>Poland and Lithuania have closed all but one of their road crossings with Belarus, saying the government in Minsk is deliberately letting smugglers’ balloons drift into their airspace.</p>"
        "<p>“We will not wait for the next balloon to land on a runway,” said Lithuania’s interior minister, Rasa Jankauskienė. “The border closes today and opens when Minsk stops this.”</p>",
        "7c1e5b2a90d4f3e8a6b1c0d9e2f4a7b3c5d8e1f0/0_112_3500_2100", "Photograph: Tomasz Wrona/EPA",
        lambda k: it(k, "Poland and Lithuania close border crossings with Belarus after balloon incursions", w, ["Marta Kowalczyk"],
                     quotes=[q("Rasa Jankauskienė", "interior minister")],
                     junk=[cr, "Vilnius airport shut for third night by balloons from Belarus", "Photograph: Tomasz Wrona/EPA"],
                     note="dc:creator 'Name in City': the person is Marta Kowalczyk. Description: standfirst <p>, a related-links <ul>, then body paragraphs and 'Continue reading...'. The related link's headline is not this story's text. Affiliation: the role the text gives ('Lithuania’s interior minister'). Relevant."))
    w = d(2026, 2, 10, 11, 5, 0)
    add("/world/2026/feb/10/indonesia-parliament-law-military-civilian-roles", "Indonesia’s parliament passes law giving military wider civilian roles", w,
        "Hannah Ellery-Soto South-east Asia correspondent",
        [("world/indonesia", "Indonesia"), ("world/asia-pacific", "Asia Pacific"), ("world/world", "World news"), ("law/human-rights", "Human rights")],
        "<p>Students protest outside the house in Jakarta as critics warn the amendments revive the army’s ‘dual function’ of the Suharto era</p>"
        "<p>Indonesia’s parliament has passed amendments allowing serving officers to hold posts in 16 ministries and agencies, up from 10, despite protests outside the building in Jakarta.</p>"
        "<p>“This is the slow return of a system we spent 25 years dismantling,” said Dimas Prasetyo Wibowo, a researcher at the Jakarta Centre for Civil-Military Studies.</p>",
        "3f9a0c7d12b4e6f8a0c2e4f6a8b0d2e4f6a8c0e2/0_0_4000_2400", "Photograph: Ayu Lestari/AP",
        lambda k: it(k, "Indonesia’s parliament passes law giving military wider civilian roles", w, ["Hannah Ellery-Soto"],
                     quotes=[q("Dimas Prasetyo Wibowo", "Jakarta Centre for Civil-Military Studies")],
                     junk=[cr, "Photograph: Ayu Lestari/AP"],
                     note="dc:creator is the name followed by the job title without a comma ('… South-east Asia correspondent'): the person is Hannah Ellery-Soto. Relevant."))
    w = d(2026, 2, 9, 21, 40, 18)
    add("/world/2026/feb/09/israeli-strike-southern-lebanon-ceasefire-health-ministry", "Israeli strike kills five in southern Lebanon despite ceasefire, says health ministry", w,
        "Staff and agencies",
        [("world/lebanon", "Lebanon"), ("world/israel", "Israel"), ("world/middleeast", "Middle East and north Africa"), ("world/world", "World news")],
        "<p>Strike on a car near Nabatieh is the deadliest since the truce was extended in January</p>"
        "<p>An Israeli drone strike on a car near the southern Lebanese city of Nabatieh killed five people on Monday, Lebanon’s health ministry said, the deadliest single attack since a ceasefire was extended last month.</p>"
        "<p>The Israeli military said it had targeted members of Hezbollah’s rocket unit. It did not comment on the number of dead.</p>",
        None, "",
        lambda k: it(k, "Israeli strike kills five in southern Lebanon despite ceasefire, says health ministry", w, [],
                     junk=[cr, "Staff and agencies"],
                     note="'Staff and agencies' is a desk credit: []. Relevant."))
    w = d(2026, 2, 9, 6, 0, 31)
    add("/world/2026/feb/09/tuesday-briefing-balloons-belarus", "Tuesday briefing: Why balloons from Belarus are closing Europe’s airports", w,
        "Arlo Pennington",
        [("world/series/the-warden-morning-briefing", "Warden morning briefing"), ("world/world", "World news")],
        "<p>In today’s newsletter: a cheap smuggling trick has become a security headache for Nato’s eastern flank</p>"
        "<p>Good morning. Sign up here to get this briefing in your inbox every weekday.</p>",
        "b2d4f6a8c0e2f4a6b8d0c2e4a6f8b0d2c4e6a8f0/0_0_2400_1440", "Composite: The Warden/Getty Images",
        lambda k: it(k, "Tuesday briefing: Why balloons from Belarus are closing Europe’s airports", w, ["Arlo Pennington"], story=False, rel=False,
                     note="The morning briefing newsletter ('In today’s newsletter', 'Sign up here'): not a story."))
    w = d(2026, 2, 8, 18, 12, 4)
    add("/uk-news/2026/feb/08/uk-afghan-interpreters-families-resettlement-scheme", "UK to admit 2,000 more relatives of Afghan interpreters under revised scheme", w,
        "Peter Walker-Boyd and Amira Haddad",
        [("uk/uk", "UK news"), ("uk/immigration", "Immigration and asylum"), ("world/afghanistan", "Afghanistan"), ("world/world", "World news"), ("politics/foreignpolicy", "Foreign policy")],
        "<p>Home Office reverses decision to close route for family members of those who worked with British forces</p>"
        "<p>Up to 2,000 relatives of Afghans who worked as interpreters for British forces will be allowed to settle in the UK, ministers have announced, reversing a decision to close the route last year.</p>"
        "<p>“These families were left behind because of a form, not because of any risk they posed,” said Sarah Linwood, director of the Interpreters’ Families Alliance.</p>",
        "e1c3a5f7b9d1e3c5a7f9b1d3e5c7a9f1b3d5e7c9/0_240_3600_2160", "Photograph: Farid Nazari/AFP/Getty Images",
        lambda k: it(k, "UK to admit 2,000 more relatives of Afghan interpreters under revised scheme", w, ["Peter Walker-Boyd", "Amira Haddad"],
                     quotes=[q("Sarah Linwood", "Interpreters’ Families Alliance")],
                     junk=[cr, "Photograph: Farid Nazari/AFP/Getty Images"],
                     note="'A and B' in dc:creator: two people. The UK’s own resettlement policy for Afghans (a foreign-policy commitment): relevant."))
    w = d(2026, 2, 8, 9, 30, 0)
    add("/world/2026/feb/08/cuba-fuel-shortage-havana-queues", "‘We have nothing left’: Cuban families queue for days as fuel shortage deepens", w,
        "Lucía Ferrán in Havana",
        [("world/cuba", "Cuba"), ("world/americas", "Americas"), ("world/world", "World news"), ("business/oil", "Oil")],
        "<p>Blackouts of up to 20 hours a day and empty petrol stations as shipments from Venezuela dry up and US sanctions bite</p>"
        "<p>Outside a petrol station in the Havana district of Cerro, cars have been parked in a line for three days, their owners sleeping in them in shifts.</p>"
        "<p>“We have nothing left to sell and nothing left to wait for,” said Yamilé Ortega, 54, a nurse who has queued since Thursday.</p>",
        "c0e2a4f6b8d0c2e4a6f8b0d2c4e6a8f0b2d4e6a8/0_0_3000_1800", "Photograph: Ramiro Lezcano/AP",
        lambda k: it(k, "‘We have nothing left’: Cuban families queue for days as fuel shortage deepens", w, ["Lucía Ferrán"],
                     quotes=[q("Yamilé Ortega")],
                     junk=[cr, "Photograph: Ramiro Lezcano/AP"],
                     note="'Name in Havana': Lucía Ferrán. Age and occupation are no affiliation. Economic crisis abroad tied to sanctions and Venezuelan supplies: relevant."))

    rows, items = newest_first(rows, items)
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">\n  <channel>\n'
            f"    <title>World news | The Warden</title>\n    <link>{base}/world</link>\n    <description>Latest World news news, comment and analysis from the Warden, the independent voice</description>\n"
            "    <language>en-gb</language>\n    <copyright>Warden News and Media Limited or its affiliated companies. All rights reserved. 2026</copyright>\n"
            f"    <pubDate>{gmt(items[0].published)}</pubDate>\n    <dc:date>{items[0].published.strftime('%Y-%m-%dT%H:%M:%SZ')}</dc:date>\n    <dc:language>en-gb</dc:language>\n"
            "    <dc:rights>Warden News and Media Limited or its affiliated companies. All rights reserved. 2026</dc:rights>\n"
            f"    <image>\n      <title>The Warden</title>\n      <url>https://assets.thewarden.example/images/warden-logo-rss.png</url>\n      <link>{base}</link>\n    </image>\n"
            + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_gb_warden_world_contentapi.rss.xml", text, items, lang="en", outlet="The Warden",
                ctype="text/xml; charset=UTF-8",
                structure="UK national daily's world section RSS from its content API, February 2026: channel 'World news | The Warden' ('Latest World news news…' description), copyright and dc:rights 'Warden News and Media Limited or its affiliated companies…', dc:date and dc:language; items with escaped-HTML descriptions made of a standfirst <p>, sometimes a related-links <ul>, the first body paragraphs and ' <a>Continue reading...</a>'; many categories with section URLs as domain; GMT pubDate, link-as-guid, two media:content crops (140/460) with media:credit scheme='urn:ebu' ('Photograph: X/EPA'); dc:creator AFTER the media as 'Name in City', 'Name Job title' without a comma, 'A and B', 'Staff and agencies'; a morning briefing newsletter; a UK resettlement policy story from uk-news.",
                notes="Home country: the United Kingdom.")


FEEDS = [gothamrecord, wnx, brc, warden]
