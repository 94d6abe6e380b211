# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the fiftieth held-out set (part 2: a Singapore daily on Drupal 10, an Auckland
daily on Arc XP, a Cebu daily on Sitecore, a Glasgow daily on Contentful + Next.js, a gadget site
on Ghost 5 and a journal's research-news site on Drupal 10). All outlets, people and quotations
are invented."""
from h50 import NS_ALL, cd, d, esc, feed, gmt, it, q, rfc822, uid, utc0


# ---------------------------------------------------------------- Singapore daily on Drupal 10 views (fields row plugin)
def kallang():
    rows, items = [], []
    base = "https://www.kallangmercury.example"

    def add(nid, slug, title, when, creator, body, exp):
        link = f"{base}/world/{slug}"
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{link}</link>\n    <description>{esc(body)}</description>\n"
                    f"    <pubDate>{rfc822(when)}</pubDate>\n    <dc:creator>{esc(creator)}</dc:creator>\n    <guid isPermaLink=\"false\">{nid} at {base}</guid>\n  </item>")
        items.append(exp(f"{nid} at {base}"))

    w = d(2025, 6, 19, 20, 5, 0, 8)
    add(2284417, "myanmar-earthquake-rebuilding-mandalay", "Three months after quake, Mandalay rebuilds with little help from junta", w, "Aung Kyaw Min",
        "<p>MANDALAY – Three months after a magnitude 7.7 earthquake levelled parts of Myanmar's second city, residents are clearing rubble by hand and rebuilding monasteries with donations from abroad.</p><p>\"The government comes to take photographs, then it leaves,\" said a monk at a damaged monastery who asked not to be named for his safety.</p><p>Singapore's Red Cross said it had disbursed $3.2 million in aid so far.</p>",
        lambda k: it(k, "Three months after quake, Mandalay rebuilds with little help from junta", w, ["Aung Kyaw Min"],
                     note="Anonymous source: no named speaker to expect. Relevant."))
    w = d(2025, 6, 19, 15, 40, 0, 8)
    add(2284390, "malaysia-johor-rts-link-delay", "Johor Bahru-Singapore RTS Link on track for 2026 despite signalling hitch, says Malaysia", w, "Farah Nadhirah Ismail",
        "<p>KUALA LUMPUR – Malaysia's transport ministry said on Thursday that the Rapid Transit System Link between Johor Bahru and Woodlands would open by the end of 2026 as planned, despite a signalling fault found during testing.</p><p>\"The fault is in software, not in the viaduct, and it has a fix,\" said Mr Razak Hamid, chief executive of the project's Malaysian operator.</p>",
        lambda k: it(k, "Johor Bahru-Singapore RTS Link on track for 2026 despite signalling hitch, says Malaysia", w, ["Farah Nadhirah Ismail"], quotes=[q("Razak Hamid")],
                     note="Cross-border project with a neighbour: relevant. Honorific 'Mr'."))
    w = d(2025, 6, 19, 9, 15, 0, 8)
    add(2284352, "israel-iran-strikes-asean-statement", "Asean calls for restraint as Israel-Iran strikes enter seventh day", w, "Reuters, AFP",
        "<p>JAKARTA – South-east Asian foreign ministers on Thursday urged Israel and Iran to stop fighting and said the evacuation of Asean nationals from both countries was a priority.</p><p>Singapore's Ministry of Foreign Affairs said 31 Singaporeans had left Iran overland through Armenia.</p>",
        lambda k: it(k, "Asean calls for restraint as Israel-Iran strikes enter seventh day", w, [],
                     note="dc:creator lists two agencies ('Reuters, AFP'): no person. Relevant."))
    w = d(2025, 6, 18, 22, 30, 0, 8)
    add(2284301, "global-affairs-podcast-episode-112", "Global Affairs podcast: Is the Strait of Hormuz the next flashpoint?", w, "Kallang Mercury",
        '<p><iframe src="https://omny.example/embed/kallangmercury/global-affairs-112" width="100%" height="180" frameborder="0"></iframe></p><p>Listen on Apple Podcasts, Spotify or YouTube.</p>',
        lambda k: it(k, "Global Affairs podcast: Is the Strait of Hormuz the next flashpoint?", w, [], story=False, rel=False,
                     note="Podcast episode embed: not a story. The creator is the outlet's own name."))
    w = d(2025, 6, 18, 17, 50, 0, 8)
    add(2284266, "philippines-china-second-thomas-shoal-resupply", "Philippine resupply boat blocked near Second Thomas Shoal, Manila says", w, "Raul Dimaculangan",
        "<p>MANILA – A Philippine supply boat was blocked by Chinese coast guard vessels near Second Thomas Shoal on Wednesday, the Philippine coast guard said, the first such incident since a provisional arrangement last year.</p><p>\"Every month that passes without an incident is a month of diplomacy. Every incident sets the clock back,\" said Dr Lourdes Villaflor, a maritime analyst at the Asia-Pacific Ocean Institute in Quezon City.</p>",
        lambda k: it(k, "Philippine resupply boat blocked near Second Thomas Shoal, Manila says", w, ["Raul Dimaculangan"], quotes=[q("Lourdes Villaflor", "Asia-Pacific Ocean Institute")], note="Relevant."))
    w = d(2025, 6, 18, 11, 0, 0, 8)
    add(2284230, "thai-pm-cambodia-border-phone-call", "Thai PM under pressure after leaked call with Cambodian ex-leader", w, "Tan Wei Ling",
        "<p>BANGKOK – Thailand's ruling coalition was shaken on Wednesday after a coalition partner quit over a leaked phone call in which the prime minister discussed a border dispute with Cambodia's former leader.</p><p>\"The call was meant to calm the border. It has inflamed Bangkok instead,\" said Associate Professor Kittipong Srisuk of a Chiang Mai university.</p>",
        lambda k: it(k, "Thai PM under pressure after leaked call with Cambodian ex-leader", w, ["Tan Wei Ling"], quotes=[q("Kittipong Srisuk")],
                     note="Academic title 'Associate Professor' before the name. Relevant."))
    head = (f'  <channel>\n    <title>World</title>\n    <link>{base}/</link>\n    <description>World news from The Kallang Mercury</description>\n    <language>en</language>\n    \n'
            f'    <atom:link href="{base}/world/rss.xml" rel="self" type="application/rss+xml"/>\n')
    text = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{base}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n'
            + head + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_sg_kallangmercury_world_drupal10.rss.xml", text, items, lang="en", outlet="The Kallang Mercury", aliases=["Kallang Mercury"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Singapore daily's world section on Drupal 10 views (fields row plugin, /world/rss.xml): xml:base, channel title just 'World' (the brand only in the description), language 'en', an empty line inside the channel as Drupal's template leaves it, escaped HTML bodies with upper-case datelines and an en dash, dc:creator with bylines, agency lists and the brand, '<nid> at <base>' guids, honorifics and academic titles before speakers, a podcast episode, +0800 dates in June 2025")


# ---------------------------------------------------------------- Auckland daily on Arc XP outbound feeds
def tasman():
    rows, items = [], []
    base = "https://www.tasmanchronicle.example"

    def add(slug, title, when, creator, desc, body, exp, credit="Tasman Chronicle", caption=""):
        aid = uid(base, slug).replace("-", "").upper()[:26]
        link = f"{base}/world/{slug}/{aid}/"
        cr = f"\n      <dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        rows.append(f"    <item>\n      <title>{cd(title)}</title>\n      <link>{link}</link>{cr}\n      <description>{cd(desc)}</description>\n"
                    f"      <pubDate>{gmt(when)}</pubDate>\n      <guid isPermaLink=\"true\">{link}</guid>\n      <content:encoded>{cd(body)}</content:encoded>\n"
                    f"      <media:content type=\"image/jpeg\" url=\"https://www.tasmanchronicle.example/resizer/v2/{aid}.jpg?auth=9c1f&amp;width=1200\">\n"
                    f"        <media:description type=\"plain\">{cd(caption)}</media:description>\n        <media:credit role=\"author\" scheme=\"urn:ebu\">{cd(credit)}</media:credit>\n      </media:content>\n    </item>")
        items.append(exp(link))

    w = d(2026, 2, 10, 18, 30, 0, 13)
    add("samoa-election-fast-party-split", "Samoa heads to snap election as ruling party split deepens", w, "Losa Faleolo",
        "Samoans will vote in April after parliament failed to pass the budget.",
        "<p>Samoa will hold a snap general election in April after parliament rejected the government's budget, the head of state announced on Tuesday, capping months of infighting within the ruling party.</p><p>\"People are tired of reading about the party and not about the roads,\" said Tuilagi Mataafa, a village chief from Savai'i.</p><p>About 40,000 Samoans live in Auckland, and community leaders expect many to fly home to vote.</p>",
        lambda k: it(k, "Samoa heads to snap election as ruling party split deepens", w, ["Losa Faleolo"], quotes=[q("Tuilagi Mataafa")], note="Pacific neighbour's politics: relevant."),
        credit="Losa Faleolo", caption="Parliament house in Apia.")
    w = d(2026, 2, 10, 12, 45, 0, 13)
    add("australia-nz-defence-pact-review", "Wellington and Canberra agree to review defence pact for first time in 30 years", w, "Jonah McAllister",
        "The review will look at shared procurement and a joint Pacific patrol force.",
        "<p>New Zealand and Australia will review their defence co-operation framework for the first time in three decades, the two defence ministers said after talks in Canberra.</p><p>\"This is not about AUKUS by the back door. It is about not buying two of everything,\" said Professor Hemi Tawhiri, a defence analyst at a Wellington university.</p>",
        lambda k: it(k, "Wellington and Canberra agree to review defence pact for first time in 30 years", w, ["Jonah McAllister"], quotes=[q("Hemi Tawhiri")], note="Relevant."),
        caption="The defence ministers in Canberra.", credit="Supplied")
    w = d(2026, 2, 9, 23, 10, 0, 13)
    add("world-in-brief-february-10", "The world in brief: What you need to know today", w, "",
        "Our daily round-up of the world's biggest stories.",
        "<p><strong>Ukraine:</strong> talks in Geneva adjourned without a date.</p><p><strong>Peru:</strong> the cabinet resigned.</p><p><strong>Japan:</strong> snow closed airports in the north.</p>",
        lambda k: it(k, "The world in brief: What you need to know today", w, [], story=False, rel=False,
                     note="Daily round-up of one-line headlines with no story of its own: not a story."))
    w = d(2026, 2, 9, 17, 0, 0, 13)
    add("fiji-coup-anniversary-reconciliation-commission", "Fiji truth commission begins hearings into decades of coups", w, "Sera Vakaloloma",
        "Witnesses from the 1987 and 2000 coups will testify in Suva.",
        "<p>SUVA - Fiji's Truth and Reconciliation Commission opened public hearings on Monday, inviting testimony from people affected by the country's four coups since 1987.</p><p>\"My father was taken from our house in 2000, and nobody has ever told us who gave the order,\" said Litia Naivalu, the first witness.</p>",
        lambda k: it(k, "Fiji truth commission begins hearings into decades of coups", w, ["Sera Vakaloloma"], quotes=[q("Litia Naivalu")], note="Relevant."),
        credit="Sera Vakaloloma")
    w = d(2026, 2, 9, 11, 20, 0, 13)
    add("us-tariffs-nz-beef-exporters", "NZ beef exporters count cost as US tariff takes effect", w, "Grace Whitcombe, Business Reporter",
        "Meat Industry Association says $400m in trade is exposed.",
        "<p>New Zealand beef exporters say orders from US buyers have slowed since a 15 per cent tariff took effect this month, with some redirecting shipments to China and Southeast Asia.</p><p>\"We can find other buyers, but not at the same price, and not overnight,\" said Angus Broadfoot, who farms 900 cattle near Gisborne.</p>",
        lambda k: it(k, "NZ beef exporters count cost as US tariff takes effect", w, ["Grace Whitcombe"], quotes=[q("Angus Broadfoot")],
                     note="dc:creator is 'Name, Business Reporter' (job title after a comma): the person is Grace Whitcombe. Trade policy of a foreign power hitting the home country: relevant."))
    w = d(2026, 2, 8, 20, 5, 0, 13)
    add("opinion-pacific-forum-china-police", "Opinion: The Pacific doesn't need another security deal. It needs a ferry", w, "Dr Moana Tuilaepa",
        "Security agreements make headlines; boats, cables and clinics change lives.",
        "<p>Every few months a Pacific government signs a policing agreement with Beijing, and every few months Wellington and Canberra rush to sign a bigger one.</p><p>Meanwhile the ferry between two of Tonga's island groups has been out of service for a year.</p><p><em>Dr Moana Tuilaepa is a senior lecturer in Pacific studies.</em></p>",
        lambda k: it(k, "Opinion: The Pacific doesn't need another security deal. It needs a ferry", w, ["Moana Tuilaepa"], junk=["is a senior lecturer in Pacific studies"],
                     note="Opinion; creator with honorific 'Dr'; bio line at the end. Title label 'Opinion:' may be kept or dropped. Relevant."))
    head = (f"    <title>{cd('Tasman Chronicle')}</title>\n    <link>{base}</link>\n    <atom:link href=\"{base}/arc/outboundfeeds/rss/category/world/?outputType=xml\" rel=\"self\" type=\"application/rss+xml\"/>\n"
            f"    <description>{cd('Tasman Chronicle News Feed')}</description>\n    <lastBuildDate>{gmt(d(2026, 2, 10, 18, 35, 0, 13))}</lastBuildDate>\n    <language>en</language>\n"
            "    <ttl>1</ttl>\n    <sy:updatePeriod>hourly</sy:updatePeriod>\n    <sy:updateFrequency>1</sy:updateFrequency>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">\n  <channel>\n'
            + head + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_nz_tasmanchronicle_world_arcxp.rss.xml", text, items, lang="en", outlet="Tasman Chronicle", aliases=["The Tasman Chronicle"],
                ctype="application/rss+xml",
                structure="Auckland daily's world category on Arc XP Outbound Feeds (/arc/outboundfeeds/rss/category/world/?outputType=xml): channel title and description in CDATA ('Brand News Feed'), ttl 1, sy:update*, language 'en' (the country only through content), CDATA titles, dc:creator in CDATA (a job title after a comma, an honorific, none on a round-up), dek descriptions, full content:encoded, permalink guids with Arc's 26-character story ids in the URL, media:content with media:description and media:credit (urn:ebu scheme, a photographer, 'Supplied'), dates in GMT for a +1300 newsroom, a daily round-up and an opinion, February 2026",
                )


# ---------------------------------------------------------------- Cebu daily on Sitecore (custom RSS rendering)
def sugbo():
    rows, items = [], []
    base = "https://www.sugbodailystar.example"

    def add(slug, title, when, author, desc, exp):
        gid = "{" + uid(base, slug).upper() + "}"
        link = f"{base}/news/world/{slug}"
        au = f"\n<author>{esc(author)}</author>" if author else ""
        rows.append(f"<item>\n<guid isPermaLink=\"false\">{gid}</guid>\n<link>{link}</link>\n<title>{esc(title)}</title>\n<description>{esc(desc)}</description>{au}\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(gid))

    w = d(2024, 10, 16, 19, 30, 0, 8)
    add("ofws-lebanon-repatriation-flights", "DMW: 600 OFWs in Lebanon ask to come home as fighting spreads", w, "By Jerome Alcantara",
        "<p>About 600 overseas Filipino workers (OFWs) in Lebanon have asked to be repatriated as fighting between Israel and Hezbollah spreads, the Department of Migrant Workers (DMW) said Wednesday.</p><p>“Many of them are domestic workers whose employers have already fled. They are alone in the apartments,” said Marites Cabahug, a Cebuana who runs a shelter for Filipino workers in Beirut.</p>",
        lambda k: it(k, "DMW: 600 OFWs in Lebanon ask to come home as fighting spreads", w, ["Jerome Alcantara"], quotes=[q("Marites Cabahug")],
                     note="<author> holds 'By Name' (not an e-mail address). Title starts with a source attribution 'DMW:' which is part of the headline. Filipino workers abroad caught in a war: relevant."))
    w = d(2024, 10, 16, 14, 10, 0, 8)
    add("china-taiwan-joint-sword-drills", "China launches large-scale drills around Taiwan", w, "",
        "<p>China's military launched large-scale drills around Taiwan on Monday, deploying warships and aircraft in what it called a warning to “separatist” forces.</p><p>The Department of Foreign Affairs in Manila said it was monitoring the situation, noting that some 200,000 Filipinos work in Taiwan.</p>",
        lambda k: it(k, "China launches large-scale drills around Taiwan", w, [], note="No byline. Relevant."))
    w = d(2024, 10, 15, 21, 0, 0, 8)
    add("vietnam-typhoon-yagi-rice-imports", "Rice prices in Visayas may rise after Typhoon Yagi hit Vietnam crops — DA", w, "By Kristine Mae Ouano",
        "<p>Rice prices in the Visayas could rise by ₱2 to ₱3 a kilo by December because Typhoon Yagi damaged crops in northern Vietnam, the country's main supplier, the Department of Agriculture (DA) said.</p>",
        lambda k: it(k, "Rice prices in Visayas may rise after Typhoon Yagi hit Vietnam crops — DA", w, ["Kristine Mae Ouano"],
                     note="Source attribution at the END of the title ('— DA'), part of the headline. A foreign disaster's effect on home prices: relevant."))
    w = d(2024, 10, 15, 16, 45, 0, 8)
    add("sinulog-2025-foreign-delegations", "Sinulog 2025 to welcome dancers from 8 countries", w, "By Jerome Alcantara",
        "<p>Dance troupes from eight countries, including Japan and South Korea, will join the Sinulog grand parade in January, organizers said.</p>",
        lambda k: it(k, "Sinulog 2025 to welcome dancers from 8 countries", w, ["Jerome Alcantara"], rel=False, note="Local festival news filed under world: a story, not relevant."))
    w = d(2024, 10, 15, 10, 20, 0, 8)
    add("asean-summit-vientiane-south-china-sea", "Marcos presses South China Sea code at Asean summit in Vientiane", w, "By Ma. Cecilia Dela Peña",
        "<p>President Ferdinand Marcos Jr. urged Asean leaders in Vientiane to conclude a code of conduct for the South China Sea, saying talks had gone on for more than two decades.</p><p>“Twenty-two years is long enough to write any document, if the will is there,” said Dr. Ramon Saberon Jr., a former ambassador who now teaches at a Cebu university.</p>",
        lambda k: it(k, "Marcos presses South China Sea code at Asean summit in Vientiane", w, ["Ma. Cecilia Dela Peña"], quotes=[q("Ramon Saberon Jr.")],
                     note="Byline with the abbreviation 'Ma.' (Maria) which is part of the name and must not be cut at the dot. Speaker with 'Dr.' and suffix 'Jr.'. Relevant."))
    w = d(2024, 10, 14, 18, 0, 0, 8)
    add("watch-cebuanos-in-florida-hurricane-milton", "WATCH: Cebuanos in Florida ride out Hurricane Milton", w, "",
        '<p><iframe src="https://www.youtube.example/embed/Qx81mLw" width="560" height="315"></iframe></p>',
        lambda k: it(k, "WATCH: Cebuanos in Florida ride out Hurricane Milton", w, [], story=False, rel=False,
                     note="Video embed only: not a story. Title label 'WATCH:' may be kept or dropped."))
    text = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n<title>Sugbo Daily Star - World</title>\n<link>{base}/news/world</link>\n'
            f"<description>Latest world news from Sugbo Daily Star</description>\n<language>en-PH</language>\n<copyright>Copyright © 2024 Sugbo Daily Star Publishing, Inc.</copyright>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>")
    return feed("en_ph_sugbodailystar_world_sitecore.rss.xml", text, items, lang="en", outlet="Sugbo Daily Star", aliases=["The Sugbo Daily Star"],
                ctype="text/xml; charset=utf-8",
                structure="Cebu daily's world section from a Sitecore rendering (/news/world/rss): no namespaces, no indentation, no trailing newline, channel 'Brand - World', language en-PH, copyright naming the publishing company (not the outlet), items in the order guid, link, title, description, author, pubDate, Sitecore item ids '{GUID}' in braces as non-permalink guids, escaped HTML descriptions with raw curly quotes, <author> as 'By Name' (an abbreviated first name 'Ma.'), source attributions at the start or end of titles ('DMW:', '— DA'), ₱ amounts, a local festival story and a video, +0800 dates in October 2024")


# ---------------------------------------------------------------- Glasgow daily on Contentful + Next.js (jpmonette/feed)
def clydeside():
    rows, items = [], []
    base = "https://www.clydesiderecord.example"

    def add(slug, title, when, authors, desc, body, exp):
        link = f"{base}/news/world/{slug}"
        au = "".join(f"\n            <dc:creator>{esc(a)}</dc:creator>" for a in authors)
        rows.append(f"        <item>\n            <title><![CDATA[{title}]]></title>\n            <link>{link}</link>\n            <guid isPermaLink=\"false\">{uid(base, slug)[:22].replace('-', '')}</guid>\n"
                    f"            <pubDate>{gmt(when)}</pubDate>\n            <description><![CDATA[{desc}]]></description>\n            <content:encoded><![CDATA[{body}]]></content:encoded>{au}\n        </item>")
        items.append(exp(uid(base, slug)[:22].replace("-", "")))

    w = d(2025, 10, 2, 17, 45, 0, 1)
    add("gaza-flotilla-scottish-activists-detained", "Two Scottish activists among those detained as Israel intercepts Gaza flotilla", w, ["Kirsty MacLeod"],
        "The First Minister said she had asked the Foreign Office for urgent consular access.",
        "<p>Two Scottish activists, from Dundee and the Isle of Skye, are among more than 400 people detained after Israeli forces intercepted a flotilla of boats trying to reach Gaza.</p><p>\"We knew the risk when we left. Our concern now is for the people in Gaza, not for ourselves,\" said Ewan Drummond, whose sister is aboard one of the boats, reading from a message she sent before the interception.</p>",
        lambda k: it(k, "Two Scottish activists among those detained as Israel intercepts Gaza flotilla", w, ["Kirsty MacLeod"], quotes=[q("Ewan Drummond")], note="Relevant."))
    w = d(2025, 10, 2, 12, 30, 0, 1)
    add("norway-oil-fund-divestment-scottish-firms", "Norway's oil fund sells stakes in two Scottish firms over ethics review", w, ["Callum Fraser", "Ingrid Solberg-Hay"],
        "The $1.9tn fund acted on advice from its ethics council.",
        "<p>Norway's sovereign wealth fund, the largest in the world, has sold its stakes in two Aberdeen-based energy services companies following a review by its ethics council.</p><p>\"It is a signal to every pension fund in Europe,\" said Anders Brekke, an analyst at an Oslo investment bank.</p>",
        lambda k: it(k, "Norway's oil fund sells stakes in two Scottish firms over ethics review", w, ["Callum Fraser", "Ingrid Solberg-Hay"], quotes=[q("Anders Brekke")], note="Relevant."))
    w = d(2025, 10, 1, 20, 0, 0, 1)
    add("moldova-election-result-eu-path", "Moldova's pro-EU party wins majority despite Russian interference claims", w, ["Record Foreign Staff"],
        "Observers said the vote was competitive but marred by vote-buying schemes.",
        "<p>Moldova's governing pro-European party won an outright majority in Sunday's parliamentary election, final results showed, defying warnings that a Russian-funded campaign would tip the balance.</p>",
        lambda k: it(k, "Moldova's pro-EU party wins majority despite Russian interference claims", w, [], note="A staff credit as dc:creator, not a person. Relevant."))
    w = d(2025, 10, 1, 14, 15, 0, 1)
    add("what-the-us-government-shutdown-means", "What the US government shutdown means for Scots travelling to America", w, ["Morag Cairns"],
        "National parks are closed and airport queues could grow, but visas are still being processed.",
        "<p>The US federal government shut down at midnight after Congress failed to pass a funding bill. Here is what it means if you have a trip booked.</p><p><strong>Will my flight go?</strong> Yes. Air traffic controllers are essential staff and keep working, though unpaid.</p><p><strong>Are national parks open?</strong> Many have closed visitor centres.</p>",
        lambda k: it(k, "What the US government shutdown means for Scots travelling to America", w, ["Morag Cairns"], note="Explainer with question subheads. Relevant."))
    w = d(2025, 9, 30, 19, 40, 0, 1)
    add("nepal-gen-z-protests-new-government", "Nepal's interim leader promises elections in March after deadly protests", w, ["Record Foreign Staff", "Agencies"],
        "More than 70 people died in protests that toppled the government.",
        "<p>KATHMANDU — Nepal's interim prime minister said elections would be held in March, weeks after youth-led protests over a social-media ban left more than 70 people dead.</p><p>\"We did not march for a new face. We marched for a new way of doing things,\" said Sabina Thapa, a 23-year-old student who helped organise protests in Kathmandu.</p>",
        lambda k: it(k, "Nepal's interim leader promises elections in March after deadly protests", w, [], quotes=[q("Sabina Thapa")], note="Two non-person credits. Relevant."))
    w = d(2025, 9, 30, 8, 0, 0, 1)
    add("the-record-world-newsletter-sign-up", "Get our free World Matters newsletter", w, [],
        "Sign up for a weekly guide to the world's biggest stories, and what they mean for Scotland.",
        '<p>Sign up for a weekly guide to the world\'s biggest stories, and what they mean for Scotland. <a href="https://www.clydesiderecord.example/newsletters">Subscribe</a></p>',
        lambda k: it(k, "Get our free World Matters newsletter", w, [], story=False, rel=False, note="Newsletter promotion: not a story."))
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">\n'
            f"    <channel>\n        <title>The Clydeside Record | World</title>\n        <link>{base}/news/world</link>\n        <description>World news, analysis and opinion from The Clydeside Record</description>\n"
            f"        <lastBuildDate>{gmt(d(2025, 10, 2, 17, 50, 0, 1))}</lastBuildDate>\n        <docs>https://validator.w3.org/feed/docs/rss2.html</docs>\n        <generator>https://github.com/jpmonette/feed</generator>\n"
            f"        <language>en-GB</language>\n        <copyright>© 2025 Clydeside Media Group Ltd</copyright>\n        <atom:link href=\"{base}/api/rss/world\" rel=\"self\" type=\"application/rss+xml\"/>\n"
            + "\n".join(rows) + "\n    </channel>\n</rss>")
    return feed("en_gb_sct_clydesiderecord_world_contentful_next.rss.xml", text, items, lang="en", outlet="The Clydeside Record", aliases=["Clydeside Record"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Glasgow daily's world feed from a Next.js route handler (/api/rss/world) reading Contentful entries and serialising with the jpmonette/feed package: 4-space indentation, <docs> and <generator> set by the package, copyright naming the media group, CDATA titles and descriptions, Contentful's 22-character entry ids as non-permalink guids, dc:creator per author (staff credits and 'Agencies'), content:encoded, no trailing newline, en-GB, dates in GMT for a BST newsroom, an explainer and a newsletter promo, September–October 2025")


# ---------------------------------------------------------------- gadget site on Ghost 5
def widgetledger():
    rows, items = [], []
    base = "https://widgetledger.example"

    def add(oid, slug, title, when, author, tags, excerpt, body, exp):
        link = f"{base}/{slug}/"
        tg = "".join(f"<category>{cd(t)}</category>" for t in tags)
        rows.append(f"<item><title>{cd(title)}</title><description>{cd(excerpt)}</description><link>{link}</link><guid isPermaLink=\"false\">{oid}</guid>{tg}"
                    f"<dc:creator>{cd(author)}</dc:creator><pubDate>{gmt(when)}</pubDate>"
                    f"<media:content url=\"https://widgetledger.example/content/images/2025/05/{slug[:16]}.jpg\" medium=\"image\"/><content:encoded>{cd(body)}</content:encoded></item>")
        items.append(exp(oid))

    w = d(2025, 5, 21, 16, 0, 0, 0)
    add("682dd9f1c3a6e80001b4f2a1", "pixel-10-leak-tensor-g5", "Pixel 10 leak shows Google's first TSMC-made Tensor chip", w, "Maya Lindqvist", ["Phones", "Google"],
        "Benchmarks suggest a big jump in efficiency, if not raw speed.",
        "<p>A benchmark listing spotted this week points to Google's Tensor G5, the first of its phone chips made by TSMC rather than Samsung.</p><p>\"Efficiency, not peak speed, was always the weak spot,\" said Ravi Menon, a chip analyst at SemiSight Research.</p>",
        lambda k: it(k, "Pixel 10 leak shows Google's first TSMC-made Tensor chip", w, ["Maya Lindqvist"], quotes=[q("Ravi Menon", "SemiSight Research")], rel=False, note="Product leak: a story, not relevant (a tech product, no world-affairs weight)."))
    w = d(2025, 5, 21, 11, 30, 0, 0)
    add("682d8a3ec3a6e80001b4f29c", "nothing-phone-3-review", "Nothing Phone (3) review: The glyphs grew up", w, "Jordan Okoye", ["Reviews", "Phones"],
        "A better camera and a calmer design make this Nothing's first real flagship.",
        "<p>For three generations, Nothing's phones have been about the lights on the back. The Phone (3) is the first where I stopped noticing them.</p><p><strong>Verdict:</strong> 8/10.</p>",
        lambda k: it(k, "Nothing Phone (3) review: The glyphs grew up", w, ["Jordan Okoye"], rel=False, note="Product review: a story, not relevant."))
    w = d(2025, 5, 20, 19, 15, 0, 0)
    add("682ccb07c3a6e80001b4f287", "eu-usb-c-laptops-deadline", "EU's USB-C rule for laptops is a year away. Here's who is not ready", w, "Maya Lindqvist", ["Policy", "Laptops"],
        "From April 2026 new laptops sold in the EU must charge over USB-C.",
        "<p>From April 28, 2026, laptops sold in the European Union must support charging over USB-C under the common charger directive.</p><p>\"Most premium laptops already comply; the budget gaming segment is the problem,\" said Henrike Voss of the consumer group Fair Tech Europe.</p>",
        lambda k: it(k, "EU's USB-C rule for laptops is a year away. Here's who is not ready", w, ["Maya Lindqvist"], quotes=[q("Henrike Voss", "Fair Tech Europe")], note="Tech policy."))
    w = d(2025, 5, 20, 14, 0, 0, 0)
    add("682c7c22c3a6e80001b4f275", "best-wireless-earbuds-deals-memorial-day", "The best earbud deals we've found this week", w, "Widget Ledger Deals", ["Deals"],
        "Our deals team rounds up discounts on earbuds we have tested.",
        "<p>Prices were correct at the time of publishing. Widget Ledger may earn a commission from links on this page.</p><ul><li>Sony WF-1000XM5: $228 (was $299)</li><li>AirPods Pro 2: $169 (was $249)</li></ul>",
        lambda k: it(k, "The best earbud deals we've found this week", w, [], story=False, rel=False,
                     note="Affiliate deals list: not a story. The creator is the site's deals account."))
    w = d(2025, 5, 19, 17, 45, 0, 0)
    add("682b6f11c3a6e80001b4f260", "apple-ios-19-redesign-wwdc", "Apple's iOS 19 redesign: what we expect at WWDC", w, "Jordan Okoye", ["Apple", "Software"],
        "Translucent menus, a new Camera app and more, if the reports are right.",
        "<p>Apple's developer conference starts on June 9, and the headline is expected to be the biggest visual overhaul of iOS since 2013.</p>",
        lambda k: it(k, "Apple's iOS 19 redesign: what we expect at WWDC", w, ["Jordan Okoye"], rel=False, note="Product preview article: a story, not relevant."))
    w = d(2025, 5, 19, 9, 30, 0, 0)
    add("682af0b5c3a6e80001b4f24b", "samsung-galaxy-s25-edge-battery-test", "Galaxy S25 Edge battery test: thin costs you three hours", w, "Priyanka Sethi-Moore", ["Phones", "Samsung"],
        "In our standard video loop, the 5.8mm phone lasted 17 hours.",
        "<p>Samsung's thinnest phone lasted 17 hours and 12 minutes in our video rundown test, about three hours less than the Galaxy S25+.</p><p>\"We chose thinness knowing the trade-off,\" a Samsung spokesperson said.</p>",
        lambda k: it(k, "Galaxy S25 Edge battery test: thin costs you three hours", w, ["Priyanka Sethi-Moore"], rel=False, note="Product test: a story, not relevant. Unnamed company spokesperson: no speaker to expect."))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/">'
            f"<channel><title>{cd('Widget Ledger')}</title><description>{cd('Phones, laptops and the gadgets in between.')}</description><link>{base}/</link>"
            f"<image><url>{base}/favicon.png</url><title>Widget Ledger</title><link>{base}/</link></image><generator>Ghost 5.118</generator><lastBuildDate>{gmt(d(2025, 5, 21, 16, 5))}</lastBuildDate>"
            f"<atom:link href=\"{base}/rss/\" rel=\"self\" type=\"application/rss+xml\"/><ttl>60</ttl>" + "".join(rows) + "</channel></rss>")
    return feed("en_tech_widgetledger_ghost5.rss.xml", text, items, lang="en", outlet="Widget Ledger", topic="tech",
                ctype="application/rss+xml; charset=utf-8",
                structure="Consumer-gadget site on Ghost 5 (/rss/): the whole document on ONE line, CDATA title and description, image, generator 'Ghost 5.118', ttl 60, items with 24-hex Ghost post ids as non-permalink guids, CDATA categories (tags), dc:creator, media:content, full content:encoded, a deals post under the deals account, dates in GMT, May 2025")


# ---------------------------------------------------------------- journal's research-news site on Drupal 10
def vista():
    rows, items = [], []
    base = "https://news.vistascience.example"

    def add(nid, slug, title, when, creator, body, exp):
        link = f"{base}/content/article/{slug}"
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{link}</link>\n    <description>{esc(body)}</description>\n"
                    f"    <pubDate>{rfc822(when)}</pubDate>\n    <dc:creator>{esc(creator)}</dc:creator>\n    <guid isPermaLink=\"false\">{nid} at https://news.vistascience.example</guid>\n  </item>")
        items.append(exp(f"{nid} at https://news.vistascience.example"))

    w = d(2024, 4, 25, 14, 0, 0, -4)
    add(96021, "ancient-dna-reveals-bronze-age-migration-steppe", "Ancient DNA reveals a second wave of migration from the steppe", w, "Helen Marchetti",
        "<p>Genomes from 211 people buried in what is now Hungary and Romania point to a previously unknown migration about 4,500 years ago.</p><p>\"We expected one wave. The data insisted on two,\" says Dr. Ilona Varga, a geneticist at the Danube Institute of Archaeogenomics and a co-author of the study, published this week in <em>Vista</em>.</p>",
        lambda k: it(k, "Ancient DNA reveals a second wave of migration from the steppe", w, ["Helen Marchetti"], quotes=[q("Ilona Varga", "Danube Institute of Archaeogenomics")], rel=False, note="Research news (a discovery, no international-affairs angle): not relevant."))
    w = d(2024, 4, 24, 14, 0, 0, -4)
    add(96004, "h5n1-dairy-cattle-milk-virus-fragments", "Bird flu fragments found in 1 in 5 US milk samples", w, "Thomas Ekwueme",
        "<p>Federal testing found genetic traces of H5N1 influenza in about 20% of retail milk samples, suggesting the outbreak in dairy cattle is wider than reported.</p><p>\"Fragments are not live virus, and pasteurization works,\" says virologist Carla Benitez of the Great Lakes Veterinary Research Center. \"But the geography is the surprise.\"</p>",
        lambda k: it(k, "Bird flu fragments found in 1 in 5 US milk samples", w, ["Thomas Ekwueme"], quotes=[q("Carla Benitez", "Great Lakes Veterinary Research Center")], rel=False, note="Research/health news with no international-affairs angle: not relevant."))
    w = d(2024, 4, 23, 16, 30, 0, -4)
    add(95988, "coral-bleaching-fourth-global-event", "The fourth global coral bleaching event is now official", w, "Helen Marchetti",
        "<p>Reefs in at least 53 countries have bleached since early 2023, ocean agencies said, making this the fourth global event on record and the second in a decade.</p>",
        lambda k: it(k, "The fourth global coral bleaching event is now official", w, ["Helen Marchetti"], note="Research news."))
    w = d(2024, 4, 22, 12, 0, 0, -4)
    add(95970, "podcast-why-cicadas-count-primes", "Podcast: Why cicadas count in prime numbers", w, "Vista News Staff",
        '<p><iframe src="https://player.vista.example/episode/4471" width="100%" height="152"></iframe></p><p>Plus: a double brood emerges this spring.</p>',
        lambda k: it(k, "Podcast: Why cicadas count in prime numbers", w, [], story=False, rel=False, note="Podcast episode embed: not a story."))
    w = d(2024, 4, 19, 14, 0, 0, -4)
    add(95941, "nih-indirect-cost-policy-universities", "Universities brace for NIH rethink of overhead payments", w, "Jocelyn Park-Ruiz",
        "<p>Research universities are lobbying Congress after reports that the National Institutes of Health could cap the overhead rates it pays on grants.</p><p>\"For many institutions this is the difference between running a biosafety lab and closing it,\" says Martin Osei, vice president for research at a large public university in Michigan.</p>",
        lambda k: it(k, "Universities brace for NIH rethink of overhead payments", w, ["Jocelyn Park-Ruiz"], quotes=[q("Martin Osei")], note="Science policy news."))
    w = d(2024, 4, 18, 14, 0, 0, -4)
    add(95920, "jwst-little-red-dots-black-holes", "Webb's 'little red dots' may be black holes hiding in dust", w, "Thomas Ekwueme",
        "<p>A new analysis suggests the compact red objects seen in early-universe images by the James Webb Space Telescope are growing black holes shrouded in gas, not unusually dense galaxies.</p>",
        lambda k: it(k, "Webb's 'little red dots' may be black holes hiding in dust", w, ["Thomas Ekwueme"], rel=False, note="Research news (a discovery, no international-affairs angle): not relevant."))
    head = (f'  <channel>\n    <title>Vista News</title>\n    <link>{base}/</link>\n    <description>Research news from the journal Vista</description>\n    <language>en</language>\n'
            f'    <atom:link href="{base}/rss/news_current.xml" rel="self" type="application/rss+xml"/>\n')
    text = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{base}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n'
            + head + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_science_vistanews_drupal10.rss.xml", text, items, lang="en", outlet="Vista News", aliases=["Vista"], topic="science",
                ctype="application/rss+xml; charset=utf-8",
                structure="Research-news site of a general science journal on Drupal 10 views (/rss/news_current.xml): xml:base, channel 'Vista News', escaped HTML descriptions, dc:creator bylines and a staff credit, '<nid> at <host>' guids, present-tense 'says' quotes with titles ('Dr.', 'virologist'), the journal's name italicised in the text, a podcast embed, -0400 dates in April 2024")


FEEDS = [kallang, tasman, sugbo, clydeside, widgetledger, vista]
