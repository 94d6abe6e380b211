# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English world desks of the seventh held-out set: a London broadsheet, a New York daily, an
Indian national daily, a Karachi daily, a Nairobi daily, an Auckland daily, a UK broadcaster and a Tokyo English-language daily.
All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, cdata, esc, it, q, rfc822, rss
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2026, 12, day, h, mi, s, off)


# ---------------------------------------------------------------- Guardian-style
def albion():
    """Guardian-style world RSS: escaped <p> standfirst plus 'Continue reading...' link,
    dc:creator 'Name in City' / 'Name Diplomatic editor', two media:content with
    'Photograph: Name/Agency' credits, dc:date, GMT dates."""
    rows, items = [], []

    def add(path, title, when, creator, desc, exp, cats=("World news",)):
        url = f"https://www.albioncourier.co.uk/{path}"
        c = "".join(f'<category domain="https://www.albioncourier.co.uk/world">{esc(x)}</category>' for x in cats)
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        more = '<p><a href="' + url + '">Continue reading...</a></p>'
        img = sum(map(ord, path)) * 37
        rows.append(
            f"<item><title>{esc(title)}</title><link>{url}</link>"
            f"<description>{esc(desc + more)}</description>{c}"
            f"<pubDate>{rfc822(when, gmt=True)}</pubDate><guid>{url}</guid>"
            f'<media:content width="140" url="https://i.albioncourier.co.uk/img/{img}/140.jpg"><media:credit scheme="urn:ebu">Photograph: Lenka Morrow/Reuters</media:credit></media:content>'
            f'<media:content width="460" url="https://i.albioncourier.co.uk/img/{img}/460.jpg"><media:credit scheme="urn:ebu">Photograph: Lenka Morrow/Reuters</media:credit></media:content>'
            f"{cr}<dc:date>{when.strftime('%Y-%m-%dT%H:%M:%SZ')}</dc:date></item>")
        items.append(exp(url))

    w = d(3, 14, 12, 4)
    add("world/2026/dec/03/moldova-gas-deal-romania-transit-talks", "Moldova and Romania agree emergency gas transit deal as winter shortages loom", w,
        "Dorian Hale in Chișinău",
        "<p>Agreement follows weeks of talks after Chișinău warned it could run out of gas by February; EU to cover part of the cost</p>",
        lambda k: it(k, "Moldova and Romania agree emergency gas transit deal as winter shortages loom", w, ["Dorian Hale"]))
    w = d(3, 11, 40, 51)
    add("world/live/2026/dec/03/ukraine-war-live-news-kyiv-talks", "Ukraine war live: Kyiv says prisoner exchange ‘close’ as envoys meet in Geneva – latest updates", w,
        "Marta Quill (now) and Owen Pryce (earlier)",
        "<ul><li><p><a href=\"https://www.albioncourier.co.uk/world/x\">Get our breaking news email</a></p></li><li><p>Envoys meet for a second day in Geneva</p></li></ul>",
        lambda k: it(k, "Ukraine war live: Kyiv says prisoner exchange ‘close’ as envoys meet in Geneva – latest updates", w, ["Marta Quill", "Owen Pryce"], story=False,
                     junk=["Get our breaking news email", "Continue reading"], note="Live blog."))
    w = d(3, 9, 5, 0)
    add("world/2026/dec/03/sudan-el-fasher-aid-convoy-un", "UN aid convoy reaches besieged Sudanese city for first time in five months", w,
        "Felix Adeyemi Africa correspondent",
        "<p>Twelve lorries carrying food and medicine entered El Fasher after the Rapid Support Forces agreed a 48-hour pause, the World Food Programme said</p>",
        lambda k: it(k, "UN aid convoy reaches besieged Sudanese city for first time in five months", w, ["Felix Adeyemi"],
                     junk=["Africa correspondent", "Continue reading"]))
    w = d(3, 7, 30, 0)
    add("commentisfree/2026/dec/03/nato-summit-europe-defence-spending", "Europe keeps promising to pay for its own defence. This time it has no choice | Ruth Calloway", w,
        "Ruth Calloway",
        "<p>The alliance’s summit in The Hague will be judged on money, not communiques</p>",
        lambda k: it(k, "Europe keeps promising to pay for its own defence. This time it has no choice", w, ["Ruth Calloway"]), cats=("Nato", "Opinion"))
    w = d(3, 6, 0, 0)
    add("world/gallery/2026/dec/03/the-week-in-wildlife-in-pictures", "The week in wildlife – in pictures", w,
        "Anya Stroud",
        "<p>Snow leopards in Ladakh, a stranded seal in Cornwall and flamingos in Kenya</p>",
        lambda k: it(k, "The week in wildlife – in pictures", w, ["Anya Stroud"], story=False, rel=False, note="Gallery."))
    w = d(3, 13, 2, 10)
    add("world/2026/dec/03/iran-iaea-inspectors-fordow-access", "Iran to let UN inspectors back into Fordow site, says IAEA chief", w,
        "Nadia Farrow Diplomatic editor",
        "<p>Henrik Vallin says deal reached in Tehran will restore ‘meaningful access’ within weeks, but western diplomats remain sceptical</p>",
        lambda k: it(k, "Iran to let UN inspectors back into Fordow site, says IAEA chief", w, ["Nadia Farrow"], junk=["Diplomatic editor"],
                     quotes=[q("Henrik Vallin", "IAEA")]))
    w = d(3, 16, 20, 0)
    add("football/2026/dec/03/champions-league-roundup", "Champions League roundup: Benfica stun Bayern as Inter cruise", w,
        "Guy Marchbank",
        "<p>Late winner in Lisbon leaves the German champions needing a point from their final game</p>",
        lambda k: it(k, "Champions League roundup: Benfica stun Bayern as Inter cruise", w, ["Guy Marchbank"], rel=False), cats=("Champions League", "Football"))
    channel = ("<title>World news | The Albion Courier</title><link>https://www.albioncourier.co.uk/world</link>"
               "<description>Latest World news news, comment and analysis from the Albion Courier</description><language>en-gb</language>"
               "<copyright>Albion Courier Media Limited or its affiliated companies. All rights reserved. 2026</copyright>"
               f"<pubDate>{rfc822(d(3, 16, 25, 1), gmt=True)}</pubDate><dc:date>2026-12-03T16:25:01Z</dc:date><dc:language>en-gb</dc:language>"
               "<image><title>The Albion Courier</title><url>https://assets.albioncourier.co.uk/logo.png</url><link>https://www.albioncourier.co.uk</link></image>")
    return feed("en_gb_albioncourier_world.rss.xml", rss(channel, rows, ns=NS_DC + NS_MEDIA, sep=""), items, lang="en", outlet="The Albion Courier",
                aliases=["Albion Courier"],
                structure="Guardian-style section RSS (theguardian.com/world/rss): single line, escaped '<p>' standfirst followed by a '<p><a>Continue reading...</a></p>' link, <category domain=…>, dc:creator 'Name in City', 'Name Africa correspondent', 'Name Diplomatic editor' (job title glued without comma) and live-blog '(now)/(earlier)' shifts, opinion titles 'Headline | Columnist', '– in pictures' gallery, two media:content with 'Photograph: Name/Agency' credits, dc:date Z stamps, GMT dates, 'Media Limited' copyright")


# ---------------------------------------------------------------- NYT-style
def hudson():
    """NYT-style world RSS: atom:link standout, plain description, dc:creator 'A and B',
    des/geo/per categories, media:content with media:credit and media:description caption."""
    rows, items = [], []

    def add(path, title, when, creator, desc, caption, credit, exp, cats=()):
        url = f"https://www.hudsontimes.com/2026/12/03/world/{path}.html"
        c = "".join(f'<category domain="http://www.hudsontimes.com/namespaces/keywords/{dom}">{esc(x)}</category>' for dom, x in cats)
        rows.append(
            f"<item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"true\">{url}</guid>\n"
            f"      <atom:link href=\"{url}\" rel=\"standout\"></atom:link>\n      <description>{esc(desc)}</description>\n"
            f"      <dc:creator>{esc(creator)}</dc:creator>\n      <pubDate>{rfc822(when)}</pubDate>\n      {c}\n"
            f"      <media:content height=\"1800\" medium=\"image\" url=\"https://static01.hudsontimes.com/images/2026/12/03/{path[:20]}.jpg\" width=\"1800\"></media:content>\n"
            f"      <media:credit>{esc(credit)}</media:credit>\n      <media:description>{esc(caption)}</media:description>\n    </item>")
        items.append(exp(url))

    w = d(3, 10, 4, 21)
    add("asia/philippines-china-shoal-water-cannon", "China Uses Water Cannon on Philippine Supply Boat Near Disputed Shoal", w,
        "Camille Ortega and Bo-ra Kwon",
        "The clash, the third this year at the shoal, drew a sharp protest from Manila, which said two crew members had been injured.",
        "A Philippine coast guard vessel near the shoal on Tuesday.", "Jun Aquino/Agence France-Presse — Getty Images",
        lambda k: it(k, "China Uses Water Cannon on Philippine Supply Boat Near Disputed Shoal", w, ["Camille Ortega", "Bo-ra Kwon"], junk=["Getty Images", "Philippine coast guard vessel near the shoal on Tuesday"]),
        cats=(("glocations", "Philippines"), ("glocations", "China"), ("des", "Territorial Disputes")))
    w = d(3, 8, 47, 0)
    add("europe/france-prime-minister-confidence-vote", "French Government Survives Confidence Vote by 9 Votes", w,
        "Étienne Marchal",
        "The narrow result gives Prime Minister Hélène Vasseur breathing room to pass a budget, but her coalition remains fragile.",
        "Prime Minister Hélène Vasseur in the National Assembly in Paris on Wednesday.", "Lucas Breton for The Hudson Times",
        lambda k: it(k, "French Government Survives Confidence Vote by 9 Votes", w, ["Étienne Marchal"], junk=["for The Hudson Times"]),
        cats=(("per", "Vasseur, Hélène"), ("glocations", "France")))
    w = d(3, 12, 15, 0)
    add("middleeast/gaza-ceasefire-rafah-crossing", "Rafah Crossing Reopens for Medical Evacuations, Egypt Says", w,
        "Yusuf Karim, Leah Adler and Nour Haddad",
        "“This is a first step, not a solution,” said Dr. Samia el-Masri, a director at the Egyptian Red Crescent, as the first ambulances crossed.",
        "Ambulances waiting at the Rafah crossing on Thursday.", "Mahmoud Saleh/Reuters",
        lambda k: it(k, "Rafah Crossing Reopens for Medical Evacuations, Egypt Says", w, ["Yusuf Karim", "Leah Adler", "Nour Haddad"],
                     quotes=[q("Samia el-Masri", "Egyptian Red Crescent")]))
    w = d(3, 5, 0, 0)
    add("asia/japan-snow-monkeys-tourism", "In a Japanese Hot-Spring Town, the Snow Monkeys Have Become Too Popular", w,
        "Hiroko Tanabe",
        "Visitors to Yamanouchi have tripled since the pandemic, and residents are pushing back.",
        "Tourists photographing macaques in Nagano Prefecture.", "Kenji Mori for The Hudson Times",
        lambda k: it(k, "In a Japanese Hot-Spring Town, the Snow Monkeys Have Become Too Popular", w, ["Hiroko Tanabe"], rel=False))
    w = d(3, 14, 30, 0)
    add("africa/ethiopia-eritrea-border-troops", "Ethiopia and Eritrea Mass Troops on Border, Raising Fears of New War", w,
        "Abdi Warsame and Declan Forde",
        "Satellite images show armored units moving toward the frontier, and diplomats say mediation efforts by the African Union have stalled.",
        "An Ethiopian military parade in Addis Ababa last year.", "Selam Tadesse/Associated Press",
        lambda k: it(k, "Ethiopia and Eritrea Mass Troops on Border, Raising Fears of New War", w, ["Abdi Warsame", "Declan Forde"]))
    w = d(3, 6, 30, 0)
    add("briefing/your-thursday-briefing", "Your Thursday Briefing: A Confidence Vote in France", w,
        "Amelia Strand",
        "Plus, a standoff at sea and too many tourists for the snow monkeys.",
        "", "Lucas Breton for The Hudson Times",
        lambda k: it(k, "Your Thursday Briefing: A Confidence Vote in France", w, ["Amelia Strand"], story=False, note="Newsletter digest."))
    w = d(3, 15, 2, 0)
    add("americas/brazil-amazon-deforestation-data", "Amazon Deforestation Falls to Lowest Level in a Decade, Brazil Says", w,
        "Ana Luísa Prado",
        "Officials credited stepped-up enforcement, though scientists warned that fires in the region were rising.",
        "A cleared patch of forest in Pará State.", "Rafael Dutra/Reuters",
        lambda k: it(k, "Amazon Deforestation Falls to Lowest Level in a Decade, Brazil Says", w, ["Ana Luísa Prado"]))
    channel = ('<title>HT &gt; World News</title>\n    <link>https://www.hudsontimes.com/section/world</link>\n'
               '    <atom:link href="https://rss.hudsontimes.com/services/xml/rss/ht/World.xml" rel="self" type="application/rss+xml"></atom:link>\n'
               '    <description></description>\n    <language>en-us</language>\n    <copyright>Copyright 2026 The Hudson Times Company</copyright>\n'
               f'    <lastBuildDate>{rfc822(d(3, 15, 10, 3))}</lastBuildDate>\n    <pubDate>{rfc822(d(3, 15, 2, 0))}</pubDate>\n'
               '    <image>\n      <title>HT &gt; World News</title>\n      <url>https://static01.hudsontimes.com/images/misc/HTLogo.gif</url>\n      <link>https://www.hudsontimes.com/section/world</link>\n    </image>')
    text = rss(channel, ["    " + r for r in rows], ns=NS_DC + NS_MEDIA + NS_ATOM + ' xmlns:nyt="http://www.hudsontimes.com/namespaces/rss/2.0"', sep="\n  ")
    return feed("en_us_hudsontimes_world.rss.xml", text, items, lang="en", outlet="The Hudson Times", aliases=["Hudson Times", "HT"],
                structure="NYT-style section RSS (rss.nytimes.com/services/xml/rss/nyt/World.xml): channel title 'HT > World News' (abbreviation only), empty channel description, atom:link rel=standout per item, plain one-sentence description, dc:creator 'A and B' / 'A, B and C', keyword categories with des/per/glocations domains ('Surname, Given' person), media:content followed by media:credit ('Name for The X', 'Name/Agency — Getty Images') and media:description caption, a morning briefing newsletter, +0000 dates")


# ---------------------------------------------------------------- Times of India-style
def bharat():
    """TOI-style: CDATA description opening with a linked <img> then text, no author, 'Watch:'
    video, +0530 dates, '.cms' article ids."""
    rows, items = [], []

    def add(slug, aid, title, when, desc, exp, sect="world/south-asia"):
        url = f"https://bharatstandard.com/{sect}/{slug}/articleshow/{aid}.cms"
        img = f'<a href="{url}"><img border="0" hspace="10" align="left" style="margin-top:3px;margin-right:5px;" src="https://static.bharatstandard.com/photo/{aid}.cms" /></a>'
        rows.append(f"<item>\n<title>{cdata(title)}</title>\n<description>{cdata(img + desc)}</description>\n<link>{url}</link>\n<guid>{url}</guid>\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(url))

    o = 5.5
    w = d(3, 19, 42, 11, o)
    add("nepal-pm-china-visit-rail-link", "126540011", "Nepal PM's China visit: Kathmandu signs rail feasibility pact, India watches closely", w,
        "Nepal and China signed an agreement on Thursday to complete a feasibility study for a cross-border railway, during Prime Minister Bishnu Adhikari's four-day visit to Beijing. ",
        lambda k: it(k, "Nepal PM's China visit: Kathmandu signs rail feasibility pact, India watches closely", w))
    w = d(3, 18, 5, 0, o)
    add("us-h1b-fee-indian-students-reaction", "126539870", "US raises H-1B registration fee; Indian IT firms say move will 'hurt mobility'", w,
        "The US Department of Homeland Security announced a steep increase in the registration fee. \"It will hurt mobility of skilled workers,\" said Ravindra Kulkarni, president of an IT industry body.",
        lambda k: it(k, "US raises H-1B registration fee; Indian IT firms say move will 'hurt mobility'", w, quotes=[q("Ravindra Kulkarni")]), sect="world/us")
    w = d(3, 17, 30, 0, o)
    add("watch-massive-fire-dubai-marina-tower", "126539602", "Watch: Massive fire breaks out at Dubai Marina tower", w,
        "A fire broke out on the upper floors of a residential tower in Dubai Marina on Thursday evening. ",
        lambda k: it(k, "Massive fire breaks out at Dubai Marina tower", w, story=False, rel=False, note="Video. Title label 'Watch:' may be kept or dropped"), sect="world/middle-east")
    w = d(3, 16, 12, 0, o)
    add("sri-lanka-imf-review-tranche", "126539255", "Sri Lanka clears IMF review, to get $350 million tranche", w,
        "Colombo will receive the next tranche after the IMF board completed its fifth review. Finance ministry officials said reforms would continue. ",
        lambda k: it(k, "Sri Lanka clears IMF review, to get $350 million tranche", w))
    w = d(3, 15, 48, 0, o)
    add("pakistan-afghanistan-torkham-border-closed", "126538990", "Pakistan shuts Torkham border again after clashes; trucks stranded", w,
        "Hundreds of trucks were stranded after Pakistan closed the main crossing with Afghanistan following an exchange of fire overnight, officials said. Also Read: Taliban govt blames Islamabad ",
        lambda k: it(k, "Pakistan shuts Torkham border again after clashes; trucks stranded", w, junk=["Also Read"]))
    w = d(3, 14, 3, 0, o)
    add("indian-origin-chef-wins-london-award", "126538511", "Indian-origin chef wins top London restaurant award", w,
        "The chef, whose restaurant in Soho serves Kerala cuisine, was named chef of the year. ",
        lambda k: it(k, "Indian-origin chef wins top London restaurant award", w, rel=False), sect="nri/uk")
    w = d(3, 20, 10, 0, o)
    add("bangladesh-election-date-announced", "126540350", "Bangladesh EC announces February 18 polls; BNP welcomes date", w,
        "Chief Election Commissioner Rafiqul Hasan announced the schedule in a televised address. ",
        lambda k: it(k, "Bangladesh EC announces February 18 polls; BNP welcomes date", w))
    channel = ("<title>World News: Latest International News, Current World Headlines | Bharat Standard Times</title>\n<link>https://bharatstandard.com/world</link>\n"
               "<description>Bharat Standard Times: World news and international headlines</description>\n<language>en-gb</language>\n"
               f"<lastBuildDate>{rfc822(d(3, 20, 12, 0, o))}</lastBuildDate>\n<copyright>Copyright:(C) 2026 Bennet Standard Media Ltd. All rights reserved.</copyright>\n"
               "<image><title>Bharat Standard Times</title><url>https://static.bharatstandard.com/logo.gif</url><link>https://bharatstandard.com</link></image>")
    return feed("en_in_bharatstandard_world.rss.xml", rss(channel, rows), items, lang="en", outlet="Bharat Standard Times", aliases=["Bharat Standard"],
                structure="Times of India-style section RSS (timesofindia.indiatimes.com/rssfeeds/296589292.cms): long SEO channel title 'World News: … | Outlet', CDATA titles, CDATA description opening with a linked <img border hspace align style> then the teaser with a trailing space (one with a glued 'Also Read:' related link), '/articleshow/<id>.cms' links as guids, no authors, 'Watch:' video, an NRI soft story, +0530 dates, 'Ltd.' copyright")


# ---------------------------------------------------------------- Dawn-style
def daybreak():
    """Dawn-style: <author> holding 'Name | Agency' or agencies, escaped <p> descriptions,
    media:content with media:description, +0500 dates."""
    rows, items = [], []

    def add(aid, slug, title, when, author, desc, exp):
        url = f"https://www.daybreak.com.pk/news/{aid}/{slug}"
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(desc)}</description>\n"
                    f"    <author>{esc(author)}</author>\n    <pubDate>{rfc822(when)}</pubDate>\n    <guid isPermaLink=\"true\">{url}</guid>\n"
                    f"    <media:content url=\"https://i.daybreak.com.pk/large/2026/12/{aid}.jpg\" type=\"image/jpeg\"><media:description type=\"plain\">{esc('Representational image. — AFP/File')}</media:description></media:content>\n  </item>")
        items.append(exp(url))

    o = 5
    w = d(3, 18, 21, 0, o)
    add("1960441", "fo-rejects-indian-remarks-water-treaty", "FO rejects Indian minister’s remarks on Indus Waters Treaty as ‘irresponsible’", w,
        "Qasim Raza Abbasi", "<p>Foreign Office spokesperson Shafqat Baloch says any attempt to stop Pakistan’s share of water would be treated as an ‘act of war’.</p>",
        lambda k: it(k, "FO rejects Indian minister’s remarks on Indus Waters Treaty as ‘irresponsible’", w, ["Qasim Raza Abbasi"], quotes=[q("Shafqat Baloch", "Foreign Office")]))
    w = d(3, 17, 4, 0, o)
    add("1960430", "israeli-strikes-kill-gaza", "Israeli strikes kill 19 in Gaza despite truce, rescuers say", w,
        "AFP", "<p>Civil defence agency says children among dead in Khan Younis.</p>",
        lambda k: it(k, "Israeli strikes kill 19 in Gaza despite truce, rescuers say", w, ["AFP"]))
    w = d(3, 16, 40, 0, o)
    add("1960427", "trump-tariff-pakistan-textiles", "US tariff exemption for Pakistani textiles extended till June", w,
        "Naveed Akhtar | Reuters", "<p>Washington correspondent says embassy officials lobbied for months.</p>",
        lambda k: it(k, "US tariff exemption for Pakistani textiles extended till June", w, ["Naveed Akhtar", "Reuters"], note='["Naveed Akhtar"] is also correct'))
    w = d(3, 15, 12, 0, o)
    add("1960415", "saudi-crown-prince-visit-islamabad", "Saudi crown prince’s visit to Islamabad likely this month, says Naveed", w,
        "Sohail Tahir", "<p>Deputy PM Khalid Naveed tells Senate that investment deals worth $5bn will be signed.</p>",
        lambda k: it(k, "Saudi crown prince’s visit to Islamabad likely this month, says Naveed", w, ["Sohail Tahir"]))
    w = d(3, 14, 0, 0, o)
    add("1960402", "aslam-century-sa-odi", "Aslam’s century guides Pakistan to series win in South Africa", w,
        "Sports Desk", "<p>Pakistan chase down 289 with four balls to spare at Centurion.</p>",
        lambda k: it(k, "Aslam’s century guides Pakistan to series win in South Africa", w, [], rel=False, note="Desk byline, not a person."))
    w = d(3, 13, 30, 0, o)
    add("1960399", "afghan-refugees-deportation-unhcr", "UNHCR urges halt to deportations as 40,000 Afghans cross Torkham in a week", w,
        "Reuters | AFP", "<p>“Many of those returning have never lived in Afghanistan,” said Philippa Candler, UNHCR representative in Pakistan.</p>",
        lambda k: it(k, "UNHCR urges halt to deportations as 40,000 Afghans cross Torkham in a week", w, ["Reuters", "AFP"], quotes=[q("Philippa Candler", "UNHCR")]))
    w = d(3, 12, 5, 0, o)
    add("1960380", "video-karachi-fog-flights", "VIDEO: Dense fog delays flights at Karachi airport", w,
        "Dawn.com", "<p>Watch the video.</p>",
        lambda k: it(k, "Dense fog delays flights at Karachi airport", w, [], story=False, rel=False, note="Video. Title label 'VIDEO:' may be kept or dropped"))
    channel = ("  <title>Daybreak - World</title>\n  <link>https://www.daybreak.com.pk/world</link>\n  <description>Daybreak: world news</description>\n"
               f"  <language>en-us</language>\n  <lastBuildDate>{rfc822(d(3, 18, 25, 0, o))}</lastBuildDate>\n  <copyright>Copyright 2026 Daybreak Group of Newspapers</copyright>")
    return feed("en_pk_daybreak_world.rss.xml", rss(channel, rows, ns=NS_MEDIA), items, lang="en", outlet="Daybreak",
                structure="Dawn-style section RSS (dawn.com/feeds/world): two-space indentation, escaped <p> descriptions, <author> holding a person, 'Name | Agency', 'Agency | Agency', 'Sports Desk' or the site's own domain, numeric '/news/<id>/<slug>' permalink guids, media:content with a plain media:description credit, 'VIDEO:' title label, +0500 dates, 'Group of Newspapers' copyright")


# ---------------------------------------------------------------- Nation (Kenya)-style
def riftnation():
    """Nation.africa-style: dc:creator with 'Name' / 'AFP' / 'Nation Reporter', description with
    escaped <p> and a 'Read more' tail, enclosure image, +0300 dates."""
    rows, items = [], []

    def add(path, aid, title, when, creator, desc, exp):
        url = f"https://riftnation.co.ke/{path}-{aid}"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><guid isPermaLink=\"false\">{aid}</guid>"
                    f"<dc:creator>{esc(creator)}</dc:creator><description>{esc(desc)}</description>"
                    f"<enclosure url=\"https://riftnation.co.ke/resource/image/{aid}/landscape_ratio3x2/320/213/pic.jpg\" type=\"image/jpeg\" length=\"0\"/>"
                    f"<pubDate>{rfc822(when)}</pubDate></item>")
        items.append(exp(aid))

    o = 3
    w = d(3, 16, 30, 0, o)
    add("news/africa/somalia-jubaland-kismayu-talks", "5260112", "Mogadishu, Jubaland agree to resume talks after Gedo clashes", w, "Ibrahim Adan",
        "<p>The federal government and the Jubaland administration have agreed to resume talks mediated by Kenya and Ethiopia. </p><p><a href=\"https://riftnation.co.ke/news/africa\">Read more</a></p>",
        lambda k: it(k, "Mogadishu, Jubaland agree to resume talks after Gedo clashes", w, ["Ibrahim Adan"], junk=["Read more"]))
    w = d(3, 15, 2, 0, o)
    add("news/ruto-haiti-mission-troops-return", "5260088", "Kenyan police in Haiti to stay until June, says CS", w, "Nation Reporter",
        "<p>Interior Cabinet Secretary Gideon Kiprono said on Thursday that the contingent would remain in Port-au-Prince “until the transition is complete”.</p>",
        lambda k: it(k, "Kenyan police in Haiti to stay until June, says CS", w, [], note="'Nation Reporter' is a house byline.", quotes=[q("Gideon Kiprono", "Interior")]))
    w = d(3, 13, 45, 0, o)
    add("news/africa/uganda-opposition-leader-charged", "5260050", "Ugandan opposition figure charged with treason ahead of polls", w, "AFP",
        "<p>Supporters gathered outside the court in Kampala as the charges were read.</p>",
        lambda k: it(k, "Ugandan opposition figure charged with treason ahead of polls", w, ["AFP"]))
    w = d(3, 12, 20, 0, o)
    add("business/shilling-eases-dollar-demand", "5260017", "Shilling eases on end-month dollar demand from importers", w, "Wanjiru Macharia",
        "<p>The Kenyan shilling traded at KSh129.40 against the dollar.</p>",
        lambda k: it(k, "Shilling eases on end-month dollar demand from importers", w, ["Wanjiru Macharia"], rel=False))
    w = d(3, 11, 0, 0, o)
    add("news/world/eac-summit-arusha-drc-rwanda", "5259987", "EAC summit in Arusha: Rwandan and Congolese leaders to meet for first time in a year", w, "Elias Mutua and Aggrey Omondi",
        "<p>Heads of state meet on Friday amid renewed fighting in eastern DR Congo.</p>",
        lambda k: it(k, "EAC summit in Arusha: Rwandan and Congolese leaders to meet for first time in a year", w, ["Elias Mutua", "Aggrey Omondi"]))
    w = d(3, 9, 30, 0, o)
    add("podcasts/the-nation-briefing-december-3", "5259950", "PODCAST | The Nation Briefing: Why Addis Ababa is nervous", w, "Rift Nation",
        "<p>Listen to today’s episode.</p>",
        lambda k: it(k, "The Nation Briefing: Why Addis Ababa is nervous", w, [], story=False, note="Podcast episode. Title label 'PODCAST |' may be kept or dropped"))
    channel = (f"<title>World - Rift Nation</title><link>https://riftnation.co.ke/news/world</link><description>Rift Nation - Kenyan and world news</description><language>en</language>"
               f"<lastBuildDate>{rfc822(d(3, 16, 35, 0, o))}</lastBuildDate><copyright>© 2026 Rift Nation Media Group PLC. All rights reserved.</copyright>")
    return feed("en_ke_riftnation_world.rss.xml", rss(channel, rows, ns=NS_DC, sep=""), items, lang="en", outlet="Rift Nation",
                structure="Nation (Kenya)-style section RSS (nation.africa/…/rss.xml) from a CoreMedia CMS: single line, numeric non-permalink guids matching the '-<id>' link suffix, dc:creator with a person, 'A and B', an agency, the house byline 'Nation Reporter' or the outlet, escaped <p> descriptions (one with a 'Read more' link paragraph), enclosure with length 0, 'PODCAST |' title label, KSh amounts, +0300 dates, 'Media Group PLC' copyright")


# ---------------------------------------------------------------- NZ Herald-style
def aotearoa():
    """NZ Herald-style Arc outbound: CDATA titles, dc:creator, description CDATA, content:encoded
    with syndication credit, media:content; syndicated pieces credited 'Name of The X'."""
    rows, items = [], []

    def add(slug, aid, title, when, creator, desc, body, exp, sect="world"):
        url = f"https://www.aotearoaherald.co.nz/{sect}/{slug}/{aid}/"
        cr = f"<dc:creator>{cdata(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item><title>{cdata(title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid>{cr}"
                    f"<description>{cdata(desc)}</description><pubDate>{rfc822(when)}</pubDate>"
                    f"<content:encoded>{cdata(body)}</content:encoded>"
                    f"<media:content type=\"image/jpeg\" url=\"https://www.aotearoaherald.co.nz/resizer/{aid}.jpg\" height=\"1080\" width=\"1920\"/></item>")
        items.append(exp(url))

    w = d(3, 2, 15, 0)
    add("australia-social-media-ban-teen-review", "KQ4ZP7", "Australia’s teen social media ban: Canberra orders review after loopholes exposed", w,
        "Harriet Lowe", "Australia’s Government has ordered an independent review of its under-16 social media ban.",
        "<p>Australia’s Government has ordered an independent review of its under-16 social media ban after a parliamentary committee found thousands of accounts had slipped through.</p><p><i>- Aotearoa NOW</i></p>",
        lambda k: it(k, "Australia’s teen social media ban: Canberra orders review after loopholes exposed", w, ["Harriet Lowe"], junk=["Aotearoa NOW"]))
    w = d(3, 1, 40, 0)
    add("china-taiwan-drills-strait", "M2B8XR", "China launches large-scale drills around Taiwan after president’s US transit stop", w,
        "Ellis Grant of The Kensington Post", "Beijing’s military said the exercises were a “stern warning” to separatist forces.",
        "<p>Beijing’s military said the exercises were a “stern warning” to separatist forces.</p><p>“We will not be intimidated,” said Chen Yu-ting, a spokeswoman for Taiwan’s Presidential Office.</p><p><i>- The Kensington Post</i></p>",
        lambda k: it(k, "China launches large-scale drills around Taiwan after president’s US transit stop", w, ["Ellis Grant"], junk=["- The Kensington Post"],
                     quotes=[q("Chen Yu-ting", "Presidential Office")]))
    w = d(3, 0, 55, 0)
    add("nz-foreign-minister-pacific-tour-fiji-samoa", "T7HN3C", "Foreign Minister heads to Fiji, Samoa as Pacific aid cuts bite", w,
        "Jamie Rēwiti", "The minister will announce a $25m climate resilience package in Suva.",
        "<p>The minister will announce a $25m climate resilience package in Suva.</p>",
        lambda k: it(k, "Foreign Minister heads to Fiji, Samoa as Pacific aid cuts bite", w, ["Jamie Rēwiti"]), sect="nz/politics")
    w = d(2, 23, 10, 0)
    add("watch-us-senate-hearing-defence-secretary", "J5VB21", "Watch: US Defence Secretary grilled over Caribbean strikes", w,
        None, "Video / Aotearoa NOW", "<p>Video / Aotearoa NOW</p>",
        lambda k: it(k, "US Defence Secretary grilled over Caribbean strikes", w, [], story=False, junk=["Video / Aotearoa NOW"], note="Video. Title label 'Watch:' may be kept or dropped"))
    w = d(2, 22, 30, 0)
    add("travel-queenstown-summer-crowds", "R0PX46", "Queenstown braces for record summer as Australian visitors flood in", w,
        "Tessa Fale", "Hotels report 95 per cent occupancy for January.", "<p>Hotels report 95 per cent occupancy for January.</p>",
        lambda k: it(k, "Queenstown braces for record summer as Australian visitors flood in", w, ["Tessa Fale"], rel=False), sect="travel")
    w = d(2, 21, 5, 0)
    add("ukraine-russia-drone-attack-kyiv-power", "W9LM02", "Russia hits Ukraine’s power grid in biggest drone attack in weeks", w,
        "AP", "Air defences downed most of the drones, Kyiv said.", "<p>Air defences downed most of the drones, Kyiv said.</p><p><i>- AP</i></p>",
        lambda k: it(k, "Russia hits Ukraine’s power grid in biggest drone attack in weeks", w, ["AP"], junk=["- AP"]))
    w = d(2, 20, 0, 0)
    add("premium-the-front-row-podcast-trade-deal", "P3QK88", "The Front Row: What the India trade deal means for Kiwi farmers", w,
        "Callum Reardon", "Listen to today’s episode of The Front Row.", "<p>Listen to today’s episode of The Front Row.</p>",
        lambda k: it(k, "The Front Row: What the India trade deal means for Kiwi farmers", w, ["Callum Reardon"], story=False, note="Podcast."), sect="podcasts")
    channel = ("<title><![CDATA[Aotearoa Herald - World]]></title><link>https://www.aotearoaherald.co.nz</link>"
               "<atom:link href=\"https://www.aotearoaherald.co.nz/arc/outboundfeeds/rss/section/world/?outputType=xml&amp;_website=aotearoa-herald\" rel=\"self\" type=\"application/rss+xml\"/>"
               f"<description><![CDATA[Aotearoa Herald News Feed]]></description><lastBuildDate>{rfc822(d(3, 2, 20, 0))}</lastBuildDate><language>en</language>"
               "<category>World</category><ttl>1</ttl><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency>")
    return feed("en_nz_aotearoaherald_world.rss.xml", rss(channel, rows, ns=NS_ATOM + NS_DC + ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"' + NS_MEDIA + NS_CONTENT, sep=""),
                items, lang="en", outlet="Aotearoa Herald",
                structure="NZ Herald-style Arc XP outbound RSS (…/arc/outboundfeeds/rss/section/world/?outputType=xml): single line, CDATA channel title and description, no copyright, CDATA titles and dc:creator (syndicated 'Name of The Kensington Post', agency 'AP', missing on videos), short CDATA description plus content:encoded ending with an italic '- Aotearoa NOW' / '- AP' syndication credit, 'Watch:' video with 'Video / Aotearoa NOW' as its text, a podcast, trailing-slash Arc ids, +0000 dates")


# ---------------------------------------------------------------- Sky News-style
def vista():
    """Sky News-style: plain descriptions, no authors, enclosure length 0 plus media:thumbnail
    and media:content, +0000 dates."""
    rows, items = [], []

    def add(slug, aid, title, when, desc, exp, sect="story"):
        url = f"https://news.vistanews.com/{sect}/{slug}-{aid}"
        img = f"https://e3.vistanews.com/images/{aid}.jpg"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>\n<pubDate>{rfc822(when)}</pubDate>\n<guid>{url}</guid>\n"
                    f"<enclosure url=\"{img}\" length=\"0\" type=\"image/jpeg\" />\n<media:description type=\"html\">{esc(title)}</media:description>\n"
                    f"<media:thumbnail url=\"{img}\" width=\"70\" height=\"70\" />\n<media:content type=\"image/jpeg\" url=\"{img}\" />\n</item>")
        items.append(exp(url))

    w = d(3, 12, 33, 0)
    add("syria-kurdish-forces-deal-damascus", "13470112", "Kurdish-led forces agree to join Syrian army under Damascus deal", w,
        "The agreement could end years of division in Syria's northeast, but sticking points remain over control of oil fields.",
        lambda k: it(k, "Kurdish-led forces agree to join Syrian army under Damascus deal", w))
    w = d(3, 11, 50, 0)
    add("strictly-come-dancing-semi-final-line-up", "13470090", "Strictly semi-final line-up confirmed after shock exit", w,
        "The BBC show's semi-final will take place on Saturday.",
        lambda k: it(k, "Strictly semi-final line-up confirmed after shock exit", w, rel=False))
    w = d(3, 10, 20, 0)
    add("venezuela-us-navy-boat-strike", "13470051", "US strikes another alleged drug boat off Venezuela, killing four", w,
        "The US military said the vessel was operated by a \"designated narco-terrorist organisation\". Caracas called it an \"extrajudicial execution\".",
        lambda k: it(k, "US strikes another alleged drug boat off Venezuela, killing four", w))
    w = d(3, 9, 45, 0)
    add("watch-live-vista-news-international", "12345678", "Watch Vista News live", w,
        "Vista News is available to stream live",
        lambda k: it(k, "Watch Vista News live", w, story=False, rel=False, note="Live stream page."), sect="video")
    w = d(3, 8, 10, 0)
    add("georgia-protests-tbilisi-anniversary", "13469988", "Thousands rally in Tbilisi a year after government froze EU bid", w,
        "Protesters waved EU and Georgian flags outside parliament. \"We are still here,\" said Nino Beridze, one of the organisers.",
        lambda k: it(k, "Thousands rally in Tbilisi a year after government froze EU bid", w, quotes=[q("Nino Beridze")]))
    w = d(3, 7, 0, 0)
    add("the-world-with-yalda-podcast-sudan", "13469950", "The World podcast: Is anyone listening to Sudan?", w,
        "In this episode, our Africa correspondent reports from Port Sudan.",
        lambda k: it(k, "The World podcast: Is anyone listening to Sudan?", w, story=False, note="Podcast episode."))
    w = d(3, 6, 15, 0)
    add("poland-belarus-border-balloons-airport", "13469901", "Poland closes Belarus border crossing after smuggling balloons disrupt flights", w,
        "Warsaw said it would keep the crossing at Kuźnica closed until Minsk stopped the balloons",
        lambda k: it(k, "Poland closes Belarus border crossing after smuggling balloons disrupt flights", w))
    channel = ("<title>World News - Breaking international news and headlines | Vista News</title>\n<link>https://news.vistanews.com/world</link>\n"
               "<description>Vista News delivers breaking news, headlines and top stories from business, politics, entertainment and more in the UK and worldwide.</description>\n"
               f"<language>en-gb</language>\n<lastBuildDate>{rfc822(d(3, 12, 40, 0))}</lastBuildDate>\n<copyright>Copyright Vista UK Limited</copyright>\n"
               "<image><title>Vista News</title><url>https://news.vistanews.com/logo.png</url><link>https://news.vistanews.com</link></image>")
    return feed("en_gb_vistanews_world.rss.xml", rss(channel, rows, ns=NS_MEDIA), items, lang="en", outlet="Vista News",
                structure="Sky News-style section RSS (feeds.skynews.com/feeds/rss/world.xml): long channel title 'World News - Breaking international news and headlines | Outlet', plain descriptions with straight \"…\" quotes (one without final stop), no authors, '/story/<slug>-<id>' links as guids, enclosure length 0 plus media:description repeating the title, 70×70 media:thumbnail and media:content, a live-stream page and a podcast episode, +0000 dates, 'UK Limited' copyright")


# ---------------------------------------------------------------- Japan Times-style WordPress
def kantotimes():
    """Japan Times-style WordPress feed: CDATA dc:creator with agencies ('Kyodo', 'Jiji', 'Reuters')
    or 'Name, Staff writer', CDATA description ending with a trailing ellipsis, media:content with
    media:credit, +0900 dates, '?p=' guids."""
    rows, items = [], []

    def add(slug, pid, title, when, creator, desc, exp, cat="Asia Pacific"):
        url = f"https://www.kantotimes.co.jp/news/2026/12/03/{slug}/"
        cr = "".join(f"<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creator)
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t{cr}\n\t\t<pubDate>{rfc822(when)}</pubDate>\n"
                    f"\t\t<category><![CDATA[{cat}]]></category>\n\t\t<guid isPermaLink=\"false\">https://www.kantotimes.co.jp/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[{desc}]]></description>\n"
                    f"\t\t<media:content url=\"https://www.kantotimes.co.jp/uploads/2026/12/{pid}.jpg\" medium=\"image\"><media:credit>Kyodo</media:credit></media:content>\n\t</item>")
        items.append(exp(f"https://www.kantotimes.co.jp/?p={pid}"))

    o = 9
    w = d(3, 21, 4, 0, o)
    add("japan/politics/japan-south-korea-summit", "3311201", "Japan and South Korea leaders agree to shuttle diplomacy as wartime labor row simmers", w, ["Kenta Aoyama", "Staff writer"],
        "The two leaders met for 90 minutes in Tokyo, with the prime minister saying relations were “at an important juncture.” Both sides agreed to ...",
        lambda k: it(k, "Japan and South Korea leaders agree to shuttle diplomacy as wartime labor row simmers", w, ["Kenta Aoyama"], junk=["Staff writer", "..."]), cat="Politics")
    w = d(3, 19, 30, 0, o)
    add("asia-pacific/china-japan-seafood-ban-resume", "3311188", "China to resume some Japanese seafood imports, foreign ministry says", w, ["Kyodo"],
        "Beijing will lift its ban on seafood from 37 prefectures, a Chinese Foreign Ministry spokesperson said Thursday, in a sign of easing tensions ...",
        lambda k: it(k, "China to resume some Japanese seafood imports, foreign ministry says", w, ["Kyodo"], junk=["..."]))
    w = d(3, 17, 15, 0, o)
    add("sports/baseball/dodgers-mvp-ceremony", "3311150", "Dodgers star collects fourth MVP award in New York", w, ["Jiji"],
        "The two-way star thanked his teammates and fans in Japan ...",
        lambda k: it(k, "Dodgers star collects fourth MVP award in New York", w, ["Jiji"], rel=False), cat="Baseball")
    w = d(3, 15, 0, 0, o)
    add("world/north-korea-missile-launch-sea-of-japan", "3311122", "North Korea fires ballistic missile into Sea of Japan", w, ["Reuters", "Kyodo"],
        "The missile fell outside Japan’s exclusive economic zone, the Defense Ministry said ...",
        lambda k: it(k, "North Korea fires ballistic missile into Sea of Japan", w, ["Reuters", "Kyodo"], junk=["..."]))
    w = d(3, 12, 40, 0, o)
    add("multimedia/photos/autumn-leaves-kyoto-gallery", "3311090", "PHOTOS: Autumn leaves draw crowds to Kyoto temples", w, ["Kanto Times"],
        "Visitors flocked to Kyoto’s temples for the last of the autumn colors ...",
        lambda k: it(k, "Autumn leaves draw crowds to Kyoto temples", w, [], story=False, rel=False, note="Photo gallery. Title label 'PHOTOS:' may be kept or dropped"), cat="Multimedia")
    w = d(3, 10, 10, 0, o)
    add("commentary/japan-defense-budget-pacific", "3311051", "Japan’s defense buildup needs a Pacific strategy, not just a bigger budget", w, ["Mika Sorensen"],
        "Tokyo has the money; what it lacks is a coherent plan for the island states ...",
        lambda k: it(k, "Japan’s defense buildup needs a Pacific strategy, not just a bigger budget", w, ["Mika Sorensen"], junk=["..."]), cat="Commentary")
    channel = ("\t<title>The Kanto Times</title>\n\t<atom:link href=\"https://www.kantotimes.co.jp/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://www.kantotimes.co.jp</link>\n"
               f"\t<description>News on Japan, Business News, Opinion, Sports, Entertainment and More</description>\n\t<lastBuildDate>{rfc822(d(3, 21, 10, 0, 9))}</lastBuildDate>\n\t<language>en-US</language>\n"
               "\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t<sy:updateFrequency>1</sy:updateFrequency>")
    return feed("en_jp_kantotimes_feed.rss.xml", rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM + ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"' + NS_MEDIA), items,
                lang="en", outlet="The Kanto Times", aliases=["Kanto Times"],
                structure="Japan Times-style WordPress site feed (japantimes.co.jp/feed/): tab indentation, channel titled with the bare outlet name and a tagline description, no copyright, one CDATA dc:creator per credit (a name followed by a separate 'Staff writer' creator, agencies 'Kyodo', 'Jiji', 'Reuters', the outlet on galleries), CDATA excerpts cut with a trailing ' ...', '?p=' non-permalink guids, media:content with media:credit, 'PHOTOS:' gallery, sport and commentary items, +0900 dates")


FEEDS = [albion, hudson, bharat, daybreak, riftnation, aotearoa, vista, kantotimes]
