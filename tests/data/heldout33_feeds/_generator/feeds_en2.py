# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the thirty-third held-out set (part 2: a US public-radio network's world
feed from a Brightspot-based station CMS, a Mumbai/Delhi daily's world feed in the Times of
India's shape, a Chennai broadsheet's international feed in The Hindu's shape, a Sydney public
broadcaster's world feed with media:group). All outlets, people and quotations are invented."""
from h33 import cd, d, esc, feed, it, q, rfc822


# ---------------------------------------------------------------- US public radio network on Brightspot (station CMS)
def heartland():
    rows, items = [], []
    base = "https://www.heartlandpublicradio.example"

    def add(path, title, creators, desc, body, when, exp):
        url = f"{base}/{path}"
        slug = path.split("/")[-1]
        gid = "-".join(slug.split("-")[:3]) if slug.startswith("g-s1-") else f"{base}/{path}"
        crs = "".join(f"\n<dc:creator>{esc(c)}</dc:creator>" for c in creators)
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>\n<pubDate>{rfc822(when)}</pubDate>\n"
                    f"<guid isPermaLink=\"false\">{gid}</guid>{crs}\n<content:encoded>{cd(body)}</content:encoded>\n</item>")
        items.append(exp(gid))

    cp = "<p>Copyright 2026 HPR News</p>"
    w = d(2026, 2, 10, 17, 5, 0, -6)
    add("2026-02-10/g-s1-48213-colombia-eln-ceasefire-talks-collapse", "Colombia's talks with the ELN rebels collapse after a bombing in Arauca", ["Camila Restrepo-Vance"],
        "The government suspended negotiations after a car bomb killed six soldiers near the Venezuelan border.",
        '<p>BOGOTÁ, Colombia — Colombia\'s government suspended peace talks with the National Liberation Army on Tuesday, a day after a car bomb killed six soldiers at a base in the eastern province of Arauca.</p>'
        '<p>"There is no table to sit at while the bombs keep going off," said Andrés Felipe Ocampo, the government\'s lead negotiator, at a news conference.</p>'
        '<p>The ELN, Colombia\'s largest remaining guerrilla group, did not claim the attack.</p>' + cp, w,
        lambda k: it(k, "Colombia's talks with the ELN rebels collapse after a bombing in Arauca", w, ["Camila Restrepo-Vance"], quotes=[q("Andrés Felipe Ocampo", "government's lead negotiator")],
                     junk=["Copyright 2026 HPR News"], note="Network story carried by the station CMS: the body ends with 'Copyright 2026 HPR News'. Numeric guid from the story id. Relevant."))
    w = d(2026, 2, 10, 11, 0, 0, -6)
    add("2026-02-10/g-s1-48177-greenland-election-independence-vote", "Greenland's new government says independence vote could come within four years", ["Leila Fadel-Morrison", "Erik Nordahl"],
        "A transcript of a radio interview about Greenland's plans.",
        '<p>LEILA FADEL-MORRISON, HOST:</p><p>Greenland has a new government, and it says a vote on independence from Denmark could come sooner than expected. Reporter Erik Nordahl is in Nuuk. Good morning.</p>'
        '<p>ERIK NORDAHL, BYLINE: Good morning.</p><p>FADEL-MORRISON: So how soon?</p>'
        '<p>NORDAHL: The premier told me within four years. But she also said the economy has to be ready first, and that means fishing, mining and tourism.</p>'
        '<p>FADEL-MORRISON: And Washington\'s interest in the island?</p><p>NORDAHL: It hangs over everything here. People in Nuuk say they want partners, not owners.</p>'
        + cp + '<p>HPR transcripts are created on a rush deadline. Accuracy and availability may vary.</p>', w,
        lambda k: it(k, "Greenland's new government says independence vote could come within four years", w, ["Leila Fadel-Morrison", "Erik Nordahl"],
                     junk=["HOST:", "BYLINE:", "transcripts are created on a rush deadline", "Copyright 2026 HPR News"],
                     note="Radio transcript with speaker labels in capitals ('NAME, HOST:', 'NAME, BYLINE:'): a story; the summary should be prose, not the labels. The host and reporter are the two dc:creators; ['Erik Nordahl'] is also correct (the reporter only). Relevant (US interest in Greenland, Danish realm)."))
    w = d(2026, 2, 9, 18, 30, 0, -6)
    add("2026-02-09/lincoln-city-council-water-rates-vote", "Lincoln City Council approves 9% water rate increase", ["Dana Whitcomb"],
        "The increase will pay for a second pipeline from the Platte River.",
        '<p>The Lincoln City Council voted 5-2 on Monday to raise water rates by 9% starting in April.</p><p>"Nobody likes paying more, but nobody likes dry taps either," said council member Rosa Hinojosa.</p>', w,
        lambda k: it(k, "Lincoln City Council approves 9% water rate increase", w, ["Dana Whitcomb"], rel=False, quotes=[q("Rosa Hinojosa", "council member")],
                     note="Station's local news listed in the same feed: a story, not relevant (home, city)."))
    w = d(2026, 2, 9, 12, 0, 0, -6)
    add("2026-02-09/podcast-the-world-this-week-episode-212", "The World This Week: Episode 212", ["HPR News"],
        "This week: Greenland, Gaza and the Colombian peace talks.",
        '<p><iframe src="https://www.heartlandpublicradio.example/player/embed/nx-s1-212/" width="100%" height="290" frameborder="0" scrolling="no" title="HPR embedded audio player"></iframe></p>', w,
        lambda k: it(k, "The World This Week: Episode 212", w, [], story=False, rel=False, note="Podcast episode: not a story; 'HPR News' is the brand."))
    w = d(2026, 2, 8, 15, 45, 0, -6)
    add("2026-02-08/g-s1-48011-japan-vending-machines-decline", "Japan's beloved vending machines are disappearing. Here's why", ["Akira Moss"],
        "Rising costs and a cashless shift are pushing operators to pull machines from streets.",
        '<p>TOKYO — Japan had 5.6 million vending machines at its peak. Now there are fewer than 4 million, and operators say the number will keep falling.</p>'
        '<p>"A machine that sells 30 drinks a day no longer pays for its electricity," said Haruka Imai, who runs 200 machines in Saitama.</p>' + cp, w,
        lambda k: it(k, "Japan's beloved vending machines are disappearing. Here's why", w, ["Akira Moss"], rel=False, quotes=[q("Haruka Imai")], junk=["Copyright 2026 HPR News"],
                     note="Soft news abroad: a story, not relevant."))
    w = d(2026, 2, 8, 8, 10, 0, -6)
    add("2026-02-08/g-s1-47990-gaza-reconstruction-conference-cairo", "Donors pledge $11 billion for Gaza at Cairo conference, short of the UN's estimate", ["Aya Batrawi-Stone"],
        "The UN says rebuilding will cost more than $50 billion.",
        '<p>CAIRO — Donor countries pledged $11 billion for Gaza\'s reconstruction at a conference in Cairo on Sunday.</p>'
        '<p>"Pledges are not cement," said Nour Abu-Hamdan, who directs a Palestinian engineers\' association in Gaza City. "We need the crossings open."</p>' + cp, w,
        lambda k: it(k, "Donors pledge $11 billion for Gaza at Cairo conference, short of the UN's estimate", w, ["Aya Batrawi-Stone"], quotes=[q("Nour Abu-Hamdan", "Palestinian engineers' association")],
                     junk=["Copyright 2026 HPR News"], note="Relevant."))
    head = (f"<title>World | Heartland Public Radio</title>\n<link>{base}/world</link>\n<atom:link href=\"{base}/world.rss\" rel=\"self\" type=\"application/rss+xml\"/>\n"
            "<description>World news from HPR and our network partners</description>\n<language>en</language>\n"
            f"<lastBuildDate>{rfc822(d(2026, 2, 10, 17, 9, 0, -6))}</lastBuildDate>\n<generator>Brightspot</generator>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
            + head + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_us_heartlandpublicradio_world_brightspot.rss.xml", text, items, lang="en", outlet="Heartland Public Radio", aliases=["HPR", "HPR News"],
                ctype="application/rss+xml;charset=UTF-8",
                structure="Lincoln, Nebraska public radio station's world feed from a Brightspot-based station CMS (the shape public-media stations' Grove sites publish): no indentation, channel 'World | Brand', <generator>Brightspot</generator>, language 'en'; items with title, link ('/YYYY-MM-DD/g-s1-<id>-slug'), escaped plain description, -0600 pubDate, a non-permalink guid holding the network story id ('g-s1-<n>') for network copy and the full URL for the station's own stories, one dc:creator per person, CDATA content:encoded ending with the network line 'Copyright 2026 HPR News'; a radio TRANSCRIPT with capitalised speaker labels ('NAME, HOST:', 'NAME, BYLINE:') and a transcript disclaimer, a city-council story, a podcast episode with an audio-player iframe, a soft feature; February 2026")


# ---------------------------------------------------------------- Indian daily in the Times of India's shape
def indraprastha():
    rows, items = [], []
    base = "https://indraprasthatimes.example"

    def add(section, slug, msid, title, text_, when, exp, creator="IPT World Desk"):
        url = f"{base}/world/{section}/{slug}/articleshow/{msid}.cms"
        img = f'<a href="{url}"><img border="0" hspace="10" align="left" style="margin-top:3px;margin-right:5px;" src="https://static.iptimg.example/photo/msid-{msid},imgsize-{msid % 90000}.cms" /></a>'
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<description>{cd(img + text_)}</description>\n<link>{url}</link>\n<guid>{url}</guid>\n"
                    f"<pubDate>{rfc822(when)}</pubDate>\n<dc:creator>{creator}</dc:creator>\n</item>")
        items.append(exp(url))

    w = d(2026, 4, 22, 21, 14, 36, 5.5)
    add("pakistan", "pakistan-india-indus-waters-neutral-expert-ruling", 120488231, "Indus Waters Treaty: Neutral expert rules on Kishenganga design, Pakistan cries foul",
        "A neutral expert appointed under the Indus Waters Treaty ruled that India's run-of-the-river design for the Kishenganga and Ratle projects is within the treaty's terms. Pakistan's foreign office called the decision 'procedurally flawed' and said it would pursue the matter at the Court of Arbitration.", w,
        lambda k: it(k, "Indus Waters Treaty: Neutral expert rules on Kishenganga design, Pakistan cries foul", w, [],
                     note="TOI-style item: CDATA description opening with a linked <img> (border, hspace, align, inline style) before the text; dc:creator 'IPT World Desk' is a desk: []. India–Pakistan treaty dispute: relevant."))
    w = d(2026, 4, 22, 18, 2, 10, 5.5)
    add("us", "indian-student-killed-in-shooting-at-gas-station-in-texas", 120485519, "Indian student killed in shooting at gas station in Texas; family seeks help to bring body home",
        "A 24-year-old student from Hyderabad, who was working part-time at a gas station in Dallas, was shot dead during a robbery. His family appealed to the external affairs ministry for help with repatriation.", w,
        lambda k: it(k, "Indian student killed in shooting at gas station in Texas; family seeks help to bring body home", w, [], rel=False,
                     note="Crime abroad told through an Indian victim and a consular appeal: a story; not world affairs (a common soft category of Indian world desks): not relevant."))
    w = d(2026, 4, 22, 15, 40, 0, 5.5)
    add("pakistan", "imran-party-protest-islamabad-section-144", 120482007, "Pakistan: Section 144 imposed in Islamabad as opposition plans march on parliament",
        "Authorities in Islamabad banned public gatherings for a week and blocked the main roads into the capital with shipping containers. \"We will march peacefully, and we will march anyway,\" said Farrukh Zaman Bhatti, the opposition party's Punjab spokesperson.", w,
        lambda k: it(k, "Pakistan: Section 144 imposed in Islamabad as opposition plans march on parliament", w, [], quotes=[q("Farrukh Zaman Bhatti", "opposition party")],
                     note="Pakistani domestic politics is FOREIGN news for an Indian outlet: relevant. Title label 'Pakistan:' is part of the headline."))
    w = d(2026, 4, 22, 12, 11, 0, 5.5)
    add("middle-east", "watch-drone-footage-shows-scale-of-quake-damage-in-herat", 120479114, "Watch: Drone footage shows scale of quake damage in Herat",
        "", w,
        lambda k: it(k, "Watch: Drone footage shows scale of quake damage in Herat", w, [], story=False, rel=False,
                     note="Video item with an image and no text: not a story. Title label 'Watch:' may be kept or dropped."), creator="IPT Videos")
    w = d(2026, 4, 21, 20, 30, 0, 5.5)
    add("us", "trump-h1b-fee-indian-it-firms-reaction", 120471220, "H-1B fee hike: Indian IT firms say $100,000 charge will hit mid-size companies hardest",
        "Nasscom said the new fee on each H-1B petition would force smaller firms to move work offshore. \"For a 200-person company, this is the difference between hiring in Texas and hiring in Pune,\" said Rekha Iyengar-Shah, who heads a Bengaluru-based software exporters' body.", w,
        lambda k: it(k, "H-1B fee hike: Indian IT firms say $100,000 charge will hit mid-size companies hardest", w, [], quotes=[q("Rekha Iyengar-Shah", "software exporters' body")],
                     note="A US visa policy and its effect on Indian firms: relevant (trade and migration policy between states)."))
    w = d(2026, 4, 21, 9, 0, 0, 5.5)
    add("rest-of-world", "in-pics-cherry-blossom-season-peaks-in-tokyo", 120462278, "In pics: Cherry blossom season peaks in Tokyo",
        "Crowds thronged Ueno Park and Chidorigafuchi as the blossoms reached full bloom.", w,
        lambda k: it(k, "In pics: Cherry blossom season peaks in Tokyo", w, [], story=False, rel=False,
                     note="Photo story: not a story. Title label 'In pics:' may be kept or dropped."), creator="IPT Photo Desk")
    head = (f'<atom:link type="application/rss+xml" rel="self" href="{base}/rssfeeds/296589292.cms" />\n<title>IPT News: World</title>\n<link>{base}/world</link>\n'
            "<description>The Indraprastha Times: World news, international news and headlines from the US, Pakistan, China and the rest of the world</description>\n"
            "<language>en-gb</language>\n<copyright>Copyright:(C) 2026 Indraprastha Media Ltd, https://indraprasthatimes.example/terms</copyright>\n<docs>https://indraprasthatimes.example/rss</docs>\n"
            f"<image>\n<title>Indraprastha Times</title>\n<link>{base}</link>\n<url>https://static.iptimg.example/photo/msid-47118801.cms</url>\n</image>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">\n<channel>\n'
            + head + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_in_indraprasthatimes_world.rss.xml", text, items, lang="en", outlet="The Indraprastha Times", aliases=["Indraprastha Times", "IPT", "IPT News"],
                ctype="text/xml; charset=UTF-8",
                structure="Delhi daily's world feed in the Times of India's shape ('/rssfeeds/<id>.cms'): atom self link BEFORE the title, channel 'IPT News: World', en-gb although Indian, 'Copyright:(C) 2026 …' with a terms URL, <docs>, <image> with an msid URL; items with plain title, CDATA description opening with a linked <img border hspace align style> and then the text (empty on a video), '…/articleshow/<msid>.cms' link and identical guid, +0530 pubDate, dc:creator holding desks ('IPT World Desk', 'IPT Videos', 'IPT Photo Desk'); an NRI crime story, Pakistani politics (foreign for India), a video and a photo story; April 2026")


# ---------------------------------------------------------------- Chennai broadsheet in The Hindu's shape
def kaveri():
    rows, items = [], []
    base = "https://www.kaveriherald.example"

    def add(path, aid, title, desc, cat, when, author, exp, img=True):
        url = f"{base}/{path}/article{aid}.ece"
        au = f"\n            <author>{cd(author)}</author>" if author is not None else ""
        med = f'\n            <media:content height="675" medium="image" url="https://kh-media.example/public/incoming/{aid % 997:03d}/{aid}/photo.jpg?width=1200" width="1200"/>' if img else ""
        rows.append(f"        <item>\n            <title>{cd(title)}</title>{au}\n            <description>{cd(desc)}</description>\n            <link>{cd(url)}</link>\n"
                    f"            <guid isPermaLink=\"false\">article-{aid}</guid>\n            <category>{cd(cat)}</category>\n            <pubDate>{cd(rfc822(when))}</pubDate>{med}\n        </item>")
        items.append(exp(f"article-{aid}"))

    w = d(2026, 7, 14, 22, 41, 0, 5.5)
    add("news/international", 70331412, "India abstains on UN Human Rights Council resolution on Sri Lanka",
        "New Delhi said it supported the aspirations of Tamils for equality, justice and dignity, but that the resolution did not reflect 'the progress made on the ground'", "World", w, "Meenakshi Raghavan",
        lambda k: it(k, "India abstains on UN Human Rights Council resolution on Sri Lanka", w, ["Meenakshi Raghavan"],
                     note="The Hindu-style item: CDATA title, <author> with a bare name in CDATA, CDATA description (standfirst without a final full stop), CDATA LINK, guid 'article-<id>' (not a permalink), CDATA category, pubDate INSIDE CDATA, media:content. India's vote at the UN: relevant."))
    w = d(2026, 7, 14, 19, 5, 0, 5.5)
    add("news/international", 70330876, "The Kaveri Herald Explains | Why is the Strait of Hormuz back in the news?",
        "Shipping insurers have raised premiums after a string of seizures; what does that mean for India's oil imports?", "World", w, "Suresh Venkatachalam",
        lambda k: it(k, "The Kaveri Herald Explains | Why is the Strait of Hormuz back in the news?", w, ["Suresh Venkatachalam"],
                     note="Explainer: a story. Title label 'The Kaveri Herald Explains |' may be kept or dropped. Relevant."))
    w = d(2026, 7, 14, 16, 20, 0, 5.5)
    add("news/national/tamil-nadu", 70329940, "23 fishermen from Rameswaram arrested by Sri Lankan Navy",
        "The fishermen were taken to Kankesanthurai naval base; the Chief Minister has written to the External Affairs Minister seeking their release", "Tamil Nadu", w, "Special Correspondent",
        lambda k: it(k, "23 fishermen from Rameswaram arrested by Sri Lankan Navy", w, [],
                     note="Filed under Tamil Nadu but about a recurring bilateral dispute with Sri Lanka: relevant. 'Special Correspondent' is a credit, not a person: []."))
    w = d(2026, 7, 14, 11, 2, 0, 5.5)
    add("news/international", 70328117, "Nepal’s coalition government survives no-confidence motion",
        "The Prime Minister won 141 votes in the 275-member House", "World", w, "PTI",
        lambda k: it(k, "Nepal’s coalition government survives no-confidence motion", w, [], note="Agency copy: 'PTI' in <author> is not a person. Foreign politics: relevant."), img=False)
    w = d(2026, 7, 14, 7, 0, 0, 5.5)
    add("newsletter", 70326640, "Today’s Cache | Tech news from around the world",
        "Your daily dose of tech news, explained", "Newsletter", w, None,
        lambda k: it(k, "Today’s Cache | Tech news from around the world", w, [], story=False, rel=False, note="Newsletter edition: not a story."), img=False)
    w = d(2026, 7, 13, 21, 30, 0, 5.5)
    add("news/international", 70324453, "Indian nationals begin crossing into Armenia as evacuation from Iran gets under way",
        "The first group of 110 students crossed at Agarak; 'we are being looked after', says one student from Srinagar", "World", w, "Kallidaikurichi Anantharaman",
        lambda k: it(k, "Indian nationals begin crossing into Armenia as evacuation from Iran gets under way", w, ["Kallidaikurichi Anantharaman"],
                     note="An evacuation of nationals from a war zone: a foreign-policy operation, relevant. The quoted student is unnamed."))
    head = (f'        <atom:link href="{base}/news/international/feeder/default.rss" rel="self" type="application/rss+xml" />\n'
            "        <title>International News | World News Today | The Kaveri Herald</title>\n"
            f"        <link>{base}/news/international/</link>\n        <description>{cd('Read the latest international news and world headlines from The Kaveri Herald.')}</description>\n"
            f"        <category>{cd('International')}</category>\n        <ttl>60</ttl>\n        <lastBuildDate>{rfc822(d(2026, 7, 14, 22, 50, 9, 5.5))}</lastBuildDate>\n"
            "        <copyright>Copyright (C) 2026 KAVERI PUBLISHING PVT LTD.</copyright>\n        <language>en-US</language>\n"
            f"        <docs>{base}/</docs>\n        <image>\n            <title>International News | World News Today | The Kaveri Herald</title>\n"
            f"            <link>{base}/news/international/</link>\n            <url>{base}/theme/images/kh-online/OG-sections.png</url>\n        </image>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">\n    <channel>\n'
            + head + "\n".join(rows) + "\n    </channel>\n</rss>\n")
    return feed("en_in_kaveriherald_international_feeder.rss.xml", text, items, lang="en", outlet="The Kaveri Herald", aliases=["Kaveri Herald"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Chennai broadsheet's international feed in The Hindu's 2025 shape ('/news/international/feeder/default.rss'): atom self link first, SEO channel title 'International News | World News Today | Brand', CDATA channel description and category, ttl 60, 'Copyright (C) 2026 … PVT LTD.', language en-US although Indian, <docs>, <image>; items with CDATA title, <author> holding a bare name, 'Special Correspondent' or 'PTI' in CDATA (absent on the newsletter), CDATA description (a standfirst without final stop), CDATA LINK, non-permalink guid 'article-<id>', CDATA category, pubDate wrapped in CDATA (+0530), media:content 1200x675 on most; an explainer series label, a Tamil Nadu story about Sri Lanka's navy, a newsletter edition; July 2026")


# ---------------------------------------------------------------- Sydney public broadcaster with media:group
def wattle():
    rows, items = [], []
    base = "https://www.wbc.example"

    def add(path, nid, title, desc, when, creators, cats, exp, media=True):
        url = f"{base}/news/{path}/{nid}"
        crs = "".join(f"\n      <dc:creator>{esc(c)}</dc:creator>" for c in creators)
        cts = "".join(f"\n      <category>{esc(c)}</category>" for c in cats)
        med = ""
        if media:
            img = f"https://live-production.wbccdn.example/{nid // 1000}/{nid}"
            med = ("\n      <media:group>" + "".join(f'\n        <media:content url="{img}-{wd}x{ht}-p.jpg" medium="image" type="image/jpeg" width="{wd}" height="{ht}"/>' for wd, ht in ((3000, 2000), (1024, 683), (862, 485), (700, 700)))
                   + f'\n      </media:group>\n      <media:thumbnail url="{img}-862x485-p.jpg" width="862" height="485"/>')
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{esc(desc)}</description>\n      <pubDate>{rfc822(when)}</pubDate>\n"
                    f"      <guid isPermaLink=\"false\">{nid}</guid>{crs}{cts}{med}\n    </item>")
        items.append(exp(str(nid)))

    w = d(2026, 11, 18, 19, 32, 0, 11)
    add("2026-11-18/solomon-islands-policing-agreement-china-australia", 106012334, "Solomon Islands signs new policing deal with Australia, scales back Chinese training role",
        "<p>The agreement doubles the number of Australian police advisers in Honiara, and Solomon Islands says Chinese police trainers will leave by mid-2027.</p>", w,
        ["Tahlia Kerrigan", "Joshua Eneberi"], ["Pacific", "World Politics", "Solomon Islands"],
        lambda k: it(k, "Solomon Islands signs new policing deal with Australia, scales back Chinese training role", w, ["Tahlia Kerrigan", "Joshua Eneberi"],
                     note="ABC-style item: escaped <p> description, numeric non-permalink guid, one dc:creator per reporter, categories, media:group with four sizes and a media:thumbnail. Pacific security: relevant."))
    w = d(2026, 11, 18, 15, 10, 0, 11)
    add("2026-11-18/nsw-teachers-strike-pay-deal", 106011870, "NSW teachers vote to strike next week after pay talks stall",
        "<p>Public school teachers will walk off the job for 24 hours on Tuesday.</p>", w,
        ["Olivia Tran"], ["Education", "Industrial Relations"],
        lambda k: it(k, "NSW teachers vote to strike next week after pay talks stall", w, ["Olivia Tran"], rel=False, note="Home (state) news mixed into the world feed: a story, not relevant."))
    w = d(2026, 11, 18, 11, 45, 0, 11)
    add("2026-11-18/aukus-submarine-rotation-perth-us-navy", 106011002, "First US Virginia-class submarine begins rotation at HMAS Stirling under AUKUS",
        "<p>The boat and its 130 crew will be based near Perth for four months.</p><p>\"This is the moment AUKUS stops being a slideshow,\" said Dr Ruth Abernethy, a defence analyst at the Lowy-Hale Centre.</p>", w,
        ["Defence correspondent Marcus Ellery"], ["Defence and National Security", "World Politics"],
        lambda k: it(k, "First US Virginia-class submarine begins rotation at HMAS Stirling under AUKUS", w, ["Marcus Ellery"], quotes=[q("Ruth Abernethy", "Lowy-Hale Centre")],
                     note="dc:creator with the job title in front ('Defence correspondent Name'): the person only. The home country's alliance policy: relevant."))
    w = d(2026, 11, 17, 22, 0, 0, 11)
    add("2026-11-17/live-us-midterms-results", 106010221, "Live: US midterm results as votes are counted across the country",
        "<p>Follow our live coverage.</p>", w, ["WBC News"], ["Elections"],
        lambda k: it(k, "Live: US midterm results as votes are counted across the country", w, [], story=False, rel=False,
                     note="Live blog: not a story. Title label 'Live:' may be kept or dropped."), media=False)
    w = d(2026, 11, 17, 14, 20, 0, 11)
    add("2026-11-17/japan-zoo-wombat-turns-35", 106009874, "Wombat in Japanese zoo becomes world's oldest, gets birthday cake of carrots",
        "<p>Wain, who was born in Tasmania, has lived at the Osaka zoo since 1990.</p>", w, ["Yuki Hamada-Price"], ["Animals", "Human Interest"],
        lambda k: it(k, "Wombat in Japanese zoo becomes world's oldest, gets birthday cake of carrots", w, ["Yuki Hamada-Price"], rel=False, note="Human-interest animal story abroad: not relevant."))
    w = d(2026, 11, 17, 9, 5, 0, 11)
    add("2026-11-17/indonesia-australia-cattle-trade-suspension-lifted", 106009311, "Indonesia lifts live cattle import pause after lumpy skin disease audit",
        "<p>Exporters in the Northern Territory say ships could sail within a fortnight.</p><p>\"Jakarta has given us a clean bill of health and we intend to keep it,\" said Bradley Kinsella from the NT Cattlemen's Association.</p>", w,
        ["Indonesia correspondent Ayu Paramitha", "Bjorn Lindqvist"], ["Trade", "Rural", "Indonesia"],
        lambda k: it(k, "Indonesia lifts live cattle import pause after lumpy skin disease audit", w, ["Ayu Paramitha", "Bjorn Lindqvist"], quotes=[q("Bradley Kinsella", "NT Cattlemen's Association")],
                     note="Bilateral trade decision: relevant. First dc:creator has a title prefix ('Indonesia correspondent Name')."))
    head = (f"    <title>World News - WBC News</title>\n    <link>{base}/news/world</link>\n    <description>World news from WBC News</description>\n"
            f"    <language>en-AU</language>\n    <copyright>Copyright 2026, Wattle Broadcasting Corporation</copyright>\n    <pubDate>{rfc822(d(2026, 11, 18, 19, 40, 0, 11))}</pubDate>\n"
            f"    <lastBuildDate>{rfc822(d(2026, 11, 18, 19, 40, 0, 11))}</lastBuildDate>\n    <ttl>15</ttl>\n"
            f"    <atom:link href=\"{base}/news/feed/52278/rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">\n  <channel>\n'
            + head + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_au_wbcnews_world_mediagroup.rss.xml", text, items, lang="en", outlet="WBC News", aliases=["WBC", "Wattle Broadcasting Corporation"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Sydney public broadcaster's world feed in the ABC's shape ('/news/feed/<id>/rss.xml'): channel 'World News - Brand', en-AU, copyright, ttl 15; items with title, link ('/news/YYYY-MM-DD/slug/<id>'), ESCAPED <p> description (two paragraphs with a quote on some), +1100 (AEDT) pubDate, numeric non-permalink guid, one dc:creator per reporter (some with the job title in front: 'Defence correspondent Name'), several <category>, media:group with four media:content sizes and a media:thumbnail; a state-news story, a live blog and an animal story; November 2026")


FEEDS = [heartland, indraprastha, kaveri, wattle]
