# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English world desks: US public radio, Canadian broadcaster, Indian TV site behind FeedBurner,
Gulf daily, Irish wire-fed news site, state news agency, beehiiv newsletter."""
from lib import dt
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, cdata, esc, feed, it, q, rfc822, rss, zone_abbr


# ------------------------------------------------------------------ US public radio (NPR-style)
def lpr_world():
    base = "https://www.lpr.org"
    pixel = '<img src=\'https://media.lpr.org/include/images/tracking/lpr-rss-pixel.png?story={sid}\' />'
    rows = [
        ("nx-s1-5634512", "2026/12/02/nx-s1-5634512/sudan-ceasefire-talks-jeddah-rsf",
         "Sudan's warring sides agree to a 10-day truce around El Fasher, mediators say",
         "The truce is meant to let convoys reach a city that has been under siege for more than a year. Previous pauses collapsed within hours.",
         "Nadia Okafor-Brandt", ["Nadia Okafor-Brandt"], dt(2026, 12, 2, 16, 5, 11, -5),
         "Displaced families wait for food distribution at a camp near Tawila, Sudan, in November.", "Idris Abakar/AFP via Getty Images",
         "<p>NAIROBI, Kenya &mdash; Sudan's army and the paramilitary Rapid Support Forces have agreed to a 10-day truce around the besieged city of El Fasher, mediators said Wednesday, the first such deal in months.</p><p>\"This is a narrow opening, not a peace agreement,\" said Amina Deng, a spokesperson for the African Union mediation team. \"The test is whether trucks move on Friday.\"</p><p>Aid groups say hundreds of thousands of people inside the city have been cut off from regular food deliveries since early this year.</p>",
         True, True, [q("Amina Deng", "African Union mediation team")], None, ["Image credit", "Idris Abakar", "AFP via Getty Images"]),
        ("nx-s1-5634377", "2026/12/02/nx-s1-5634377/south-korea-japan-summit-busan-analysis",
         "Why South Korea and Japan are quietly rebuilding a security partnership",
         "Seoul and Tokyo agreed to share missile-warning data in real time. The deal outlasted two changes of government, which analysts say is the real news.",
         "Martin Kessel", ["Martin Kessel"], dt(2026, 12, 2, 14, 41, 0, -5),
         "South Korean and Japanese flags outside the venue of the leaders' meeting in Busan on Tuesday.", "Kim Do-yun/AFP via Getty Images",
         "<p>SEOUL &mdash; When the leaders of South Korea and Japan met in Busan on Tuesday, the headline agreement was technical: a line that lets both militaries see the same missile-warning data at the same moment.</p><p>\"Ten years ago this would have been unthinkable,\" said Park Seung-min, a researcher at the Hanbit Institute in Seoul. \"Now it barely makes the evening news, and that is the point.\"</p>",
         True, True, [q("Park Seung-min", "Hanbit Institute")], None, ["Image credit", "Kim Do-yun"]),
        ("nx-s1-5633980", "2026/12/02/nx-s1-5633980/state-of-the-world-newsletter-signup",
         "Get the State of the World newsletter",
         "Sign up for a weekly look at the global stories you may have missed, delivered every Saturday.",
         "LPR Staff", [], dt(2026, 12, 2, 9, 0, 0, -5), None, None,
         "<p>Sign up for a weekly look at the global stories you may have missed, delivered every Saturday. <a href='https://www.lpr.org/newsletter/world'>Subscribe here</a>.</p>",
         False, False, None, "Newsletter promo.", []),
        ("nx-s1-5633805", "2026/12/01/nx-s1-5633805/ukraine-grain-corridor-odesa-insurance",
         "Ships are back in Odesa's ports. The insurers are not",
         "Ukraine's Black Sea corridor has kept grain moving through two winters of strikes, but premiums have tripled since October",
         "Hannah Vesely, Dmytro Koval", ["Hannah Vesely", "Dmytro Koval"], dt(2026, 12, 1, 18, 22, 47, -5),
         "A bulk carrier is loaded with wheat at the port of Chornomorsk, near Odesa, on Nov. 27.", "Taras Melnyk/AFP via Getty Images",
         "<p>ODESA, Ukraine &mdash; The cranes at Chornomorsk have not stopped this autumn, even as drones hit the port's outskirts almost every week.</p><p>What has changed is the price of insuring a ship for the trip. \"Every owner asks the same question: who pays if the hull is hit?\" said Iryna Sushko, a deputy head of the Ukrainian Sea Ports Authority.</p><p>Kyiv has offered a state-backed insurance pool, but only a handful of foreign shipowners have signed up.</p>",
         True, True, [q("Iryna Sushko", "Ukrainian Sea Ports Authority")], None, ["Image credit", "Taras Melnyk"]),
        ("nx-s1-5633640", "2026/12/01/nx-s1-5633640/tiny-desk-concert-lagos-afrobeats",
         "Tiny Desk Concert: Temi Adeyemi",
         "The Lagos singer brought a six-piece horn section and her grandmother's talking drum to the desk.",
         "Bilal Ortega", ["Bilal Ortega"], dt(2026, 12, 1, 12, 0, 0, -5),
         "Temi Adeyemi performs a Tiny Desk concert.", "Mara Quinn/LPR",
         "<p>The Lagos singer brought a six-piece horn section and her grandmother's talking drum to the desk, and played three songs from her new album.</p>",
         True, False, None, "A music session: a story, not relevant.", ["Image credit", "Mara Quinn"]),
        ("nx-s1-5633511", "2026/11/30/nx-s1-5633511/measles-chad-who-appeal",
         "WHO appeals for $40 million as measles spreads through camps in eastern Chad",
         "More than 9,000 cases have been recorded since September, most of them among children who fled the war in Sudan.",
         "Gloria Mensah", ["Gloria Mensah"], dt(2026, 11, 30, 7, 15, 3, -5),
         "A health worker vaccinates a child at the Adré transit camp in eastern Chad.", "Aline Mbaïdoum/AFP via Getty Images",
         "<p>More than 9,000 cases have been recorded since September, most of them among children who fled the war in Sudan, the World Health Organization said Monday.</p><p>\"We have the vaccine. What we lack is the money to get it to the border in time,\" said Dr. Ousmane Kaboré, the World Health Organization's representative in Chad.</p>",
         True, True, [q("Ousmane Kaboré", "World Health Organization")], None, ["Image credit", "Aline Mbaïdoum"]),
        ("nx-s1-5633402", "2026/11/30/nx-s1-5633402/photos-guatemala-volcano-fuego",
         "Photos: Life in the shadow of Guatemala's Fuego volcano",
         "Photographer Lucía Herrarte spent a year with families who farm the slopes of one of the world's most active volcanoes.",
         "Lucía Herrarte", ["Lucía Herrarte"], dt(2026, 11, 30, 6, 0, 0, -5),
         "Ash falls on a coffee farm on the slopes of Fuego.", "Lucía Herrarte for LPR",
         "<p>Photographer Lucía Herrarte spent a year with families who farm the slopes of one of the world's most active volcanoes.</p>",
         False, False, None, "Photo essay: not a story.", []),
    ]
    xs, items = [], []
    for sid, path, title, desc, creator, authors, d, cap, credit, body, story, rel, quotes, note, junk in rows:
        link = f"{base}/{path}"
        img = ""
        if cap:
            img = (f"<img src='https://media.lpr.org/assets/img/2026/12/{sid}-1_wide.jpg?s=1100' alt='{esc(cap)}'/>"
                   f"<p>{esc(cap)} <b class=\"credit\">(Image credit: {esc(credit)})</b></p>")
        content = img + body + pixel.format(sid=sid)
        xs.append(f"""<item><title>{esc(title)}</title><description>{esc(desc)}</description><pubDate>{rfc822(d)}</pubDate><link>{link}</link><guid>{sid}</guid><content:encoded>{cdata(content)}</content:encoded><dc:creator>{esc(creator)}</dc:creator></item>""")
        items.append(it(sid, title, d, authors, story, rel, junk + ([cap] if cap and story else []), quotes, note))
    channel = """<title>World : LPR</title><link>https://www.lpr.org/sections/world/</link><description>LPR news from around the world: international politics, conflicts, trade and culture, reported by our correspondents and partners.</description><language>en</language><copyright>Copyright 2026 LPR - For Personal Use Only</copyright><generator>LPR API RSS Generator 0.94</generator><lastBuildDate>Wed, 02 Dec 2026 16:10:02 -0500</lastBuildDate><image><url>https://media.lpr.org/images/podcasts/primary/lpr_generic_image_300.jpg</url><title>World</title><link>https://www.lpr.org/sections/world/</link></image>"""
    text = rss(channel, xs, NS_CONTENT + NS_DC, sep="")
    return feed("en_us_lpr_world.rss.xml", text, items, lang="en", outlet="LPR",
                aliases=["Lakeshore Public Radio"],
                structure="NPR section RSS (feeds.npr.org/1004/rss.xml): single line, channel title 'World : LPR', 'nx-s1-<id>' non-URL guids, plain description standfirst (one without final stop), content:encoded with lead image, caption paragraph ending in '<b class=\"credit\">(Image credit: …)</b>' and a tracking-pixel <img>, dc:creator 'A, B', -0500 dates",
                notes="Channel <image><title> is only the section ('World'). The credit paragraph (caption + image credit) comes first in content:encoded. Newsletter promo and a photo essay are not stories; the Tiny Desk item is a story but not relevant.")


# ------------------------------------------------------------------ Canadian broadcaster (CBC-style)
def dbc_world():
    base = "https://www.dbc.ca"
    rows = [
        ("1.7412033", "news/world/canada-india-diplomats-return-1.7412033", "story",
         "Canada and India agree to restore full diplomatic staffing after two-year freeze",
         "Margaret Lindqvist", ["Margaret Lindqvist"], dt(2026, 12, 2, 16, 48, 2, -5),
         "Foreign Affairs Minister Hélène Tremblay speaks to reporters in Ottawa on Wednesday.", "Foreign Affairs Minister Hélène Tremblay speaks to reporters in Ottawa on Wednesday. (Colin Mercer/The Canadian Press)",
         "Ottawa and New Delhi will return their high commissions to full strength by March, Foreign Affairs Minister Hélène Tremblay said Wednesday, ending a freeze that began with expulsions in 2024.",
         True, True, None, None, ["Colin Mercer", "The Canadian Press"]),
        ("1.7411871", "news/world/haiti-transition-council-vote-1.7411871", "story",
         "Haiti's transitional council sets new election date as gangs tighten grip on capital",
         "The Associated Press", [], dt(2026, 12, 2, 14, 12, 40, -5),
         "A police officer patrols a street in Port-au-Prince.", "A police officer patrols a street in Port-au-Prince, Haiti, on Nov. 28. (Ralph Tessier/The Associated Press)",
         "Haiti's transitional presidential council on Wednesday set Aug. 15 as the new date for a first round of general elections, the third date announced this year.",
         True, True, None, "Agency byline: no person.", ["Ralph Tessier"]),
        ("1.7411790", "player/play/video/9.6543210", "video",
         "Drone footage shows scale of flooding in southern Brazil",
         "", [], dt(2026, 12, 2, 13, 30, 0, -5),
         "", "Aerial view of a flooded street.",
         "Aerial footage shows streets under water in Porto Alegre after days of rain.",
         False, False, None, "cbc:type video: a clip, not a story.", []),
        ("1.7411622", "news/world/arctic-search-rescue-pact-denmark-1.7411622", "story",
         "Canada, Denmark and Greenland sign Arctic search-and-rescue pact in Nuuk",
         "Priya Raghunathan", ["Priya Raghunathan"], dt(2026, 12, 2, 11, 5, 19, -5),
         "A coast guard icebreaker near Nuuk.", "The Canadian Coast Guard ship Henry Larsen is seen near Nuuk, Greenland, in August. (Priya Raghunathan/DBC)",
         "The agreement lets Canadian and Danish coast guard vessels and aircraft operate from each other's bases in an emergency, a first for the two countries in the Arctic.",
         True, True, None, None, ["Priya Raghunathan/DBC"]),
        ("1.7411505", "news/entertainment/vermeer-sketch-delft-1.7411505", "story",
         "Dutch museum says sketch found in attic is an early Vermeer",
         "Reuters", [], dt(2026, 12, 2, 9, 57, 8, -5),
         "", "A conservator examines a drawing. (Femke de Wit/Reuters)",
         "Experts at a museum in Delft said on Wednesday that a chalk drawing found in a family attic is an early work by Johannes Vermeer.",
         True, False, None, "Culture story: not relevant.", ["Femke de Wit"]),
        ("1.7411399", "news/world/iran-iaea-inspectors-fordo-1.7411399", "story",
         "Iran lets UN inspectors back into Fordo site, nuclear watchdog says",
         "Reuters", [], dt(2026, 12, 1, 22, 14, 51, -5),
         "", "The flag of Iran flies in front of the International Atomic Energy Agency headquarters in Vienna. (Anna Gruber/Reuters)",
         "Iran has allowed International Atomic Energy Agency inspectors to return to its Fordo enrichment site for the first time since June, the agency said in a confidential report seen by Reuters.",
         True, True, None, None, ["Anna Gruber"]),
        ("1.7411250", "news/world/analysis-nato-spending-ottawa-1.7411250", "story",
         "ANALYSIS | Canada's NATO spending promise meets the real cost of submarines",
         "Evan Thorsby", ["Evan Thorsby"], dt(2026, 12, 1, 5, 0, 0, -5),
         "", "A Victoria-class submarine in Esquimalt harbour. (Darren Kwok/The Canadian Press)",
         "Ottawa has pledged to reach two per cent of GDP on defence by 2027. The submarine replacement program alone could swallow most of the new money, writes Evan Thorsby",
         True, True, None, "Title label 'ANALYSIS |' may be kept or dropped.", ["Darren Kwok", "writes Evan Thorsby"]),
    ]
    xs, items = [], []
    for gid, path, kind, title, author, authors, d, alt, caption, para, story, rel, quotes, note, junk in rows:
        link = f"{base}/{path}?cmp=rss"
        desc = (f"<img src='https://i.dbc.ca/{gid}.1733160000!/fileImage/httpImage/image.jpg_gen/derivatives/16x9_620/item.jpg' alt='{esc(alt)}' width='620' height='349' title='{caption.replace(chr(39), '&apos;')}'/><p>{para}</p>")
        au = f"\n      <author>{esc(author)}</author>" if author else "\n      <author></author>"
        xs.append(f"""    <item cbc:type="{kind}" cbc:deptid="2.708" cbc:syndicate="true">
      <title>{cdata(title)}</title>
      <link>{link}</link>
      <guid isPermaLink="false">{gid}</guid>
      <pubDate>{zone_abbr(d, 'EST')}</pubDate>{au}
      <category>World</category>
      <description>{cdata(desc)}</description>
    </item>""")
        clean = title.split(" | ", 1)[1] if title.startswith("ANALYSIS | ") else title
        items.append(it(gid, clean, d, authors, story, rel, junk, quotes, note))
    channel = """  <title>DBC | World News</title>
  <link>https://www.dbc.ca/news/world?cmp=rss</link>
  <description>FOR PERSONAL USE ONLY</description>
  <language>en-ca</language>
  <lastBuildDate>Wed, 2 Dec 2026 16:52:10 EST</lastBuildDate>
  <copyright>Copyright: (C) Dominion Broadcasting Corporation, https://www.dbc.ca/aboutdbc/discover/termsofuse.html#Rss</copyright>
  <docs>https://www.dbc.ca/rss/</docs>
  <image>
    <title>DBC | World News</title>
    <url>https://www.dbc.ca/rss/image/dbc_144.gif</url>
    <link>https://www.dbc.ca/news/?cmp=rss</link>
  </image>"""
    text = rss(channel, xs, ' xmlns:cbc="http://www.dbc.ca/rss/dbc_rss.dtd"')
    return feed("en_ca_dbc_world.rss.xml", text, items, lang="en", outlet="DBC News",
                aliases=["DBC", "Dominion Broadcasting Corporation"],
                structure="CBC News section RSS (cbc.ca/webfeed/rss/rss-world): 'DBC | World News' channel title, legal name only in <copyright>, ?cmp=rss links, numeric '1.<id>' non-permalink guids, cbc:type story/video attributes, CDATA description with <img alt= title=> where title holds caption plus '(Photographer/Agency)' credit, then one <p>; <author> with a name, 'The Associated Press', 'Reuters' or empty; dates with the zone abbreviation EST",
                notes="pubDate uses 'EST' (= -0500), not an offset. Captions and photo credits sit in the img title attribute: the summary is the <p>. The video item (cbc:type=\"video\") is not a story.")


# ------------------------------------------------------------------ Indian TV news site behind FeedBurner (NDTV-style)
def rajpath_world():
    fb = "https://feeds.feedburner.com/~r/rajpathtv-world-news/~3"
    rows = [
        ("world-news/eam-sethi-beijing-visit-liang", "EAM Vikram Sethi Meets Chinese Counterpart In Beijing, Says Border Peace 'Prerequisite' For Ties",
         "External Affairs Minister Vikram Sethi on Wednesday held talks with Chinese Foreign Minister Liang Haoran in Beijing, the first such visit in three years.<br/>\"Peace and tranquillity in the border areas remain the basis for everything else,\" Mr Sethi said after the meeting.",
         "Press Trust of India", [], dt(2026, 12, 2, 14, 22, 51, 5.5), True, True,
         [q("Vikram Sethi", "External Affairs Minister")], "The CDATA title spells the quotes as &#039; (literal text inside CDATA).", []),
        ("world-news/nepal-election-results-2026", "Nepal Election: Ruling Alliance Short Of Majority As Counting Nears End",
         "Nepal's ruling alliance was set to fall short of a majority in the 275-seat House of Representatives, results from the Election Commission showed on Wednesday.Counting was complete in 231 constituencies.",
         "Agence France-Presse", [], dt(2026, 12, 2, 12, 5, 9, 5.5), True, True, None,
         "Two sentences glued without a space in the source ('Wednesday.Counting').", []),
        ("videos/watch-pakistan-parliament-brawl", "Watch: Scuffle Breaks Out In Pakistan Parliament During Budget Debate",
         "Video shows lawmakers pushing each other on the floor of the National Assembly.",
         "Rajpath TV", [], dt(2026, 12, 2, 11, 40, 0, 5.5), False, False, None, "Video item: not a story.", []),
        ("world-news/dubai-viral-video-gold-atm", "Viral Video Shows Man Withdrawing Gold Bar From Dubai ATM. Internet Reacts",
         "A video of a man withdrawing a 10-gram gold bar from a vending machine in a Dubai mall has been viewed more than 12 million times.",
         "Rajpath TV World Desk", [], dt(2026, 12, 2, 10, 18, 33, 5.5), True, False, None, "Viral-video story: a story, not relevant.", []),
        ("world-news/bangladesh-india-teesta-water-talks", "India, Bangladesh To Resume Teesta Water-Sharing Talks In January",
         "India and Bangladesh will resume talks on sharing the waters of the Teesta river in January, Dhaka's foreign affairs adviser said.<br/><b>Also Read</b> | <a href=\"https://www.rajpath.tv/world-news/bangladesh-polls-date\">Bangladesh Sets Date For General Election</a><br/>\"Both sides want an agreement before the dry season,\" adviser Mahfuza Rahman told reporters in Dhaka.<br/><i>Follow Rajpath TV on WhatsApp for the latest news from India and the world.</i>",
         "Reuters", [], dt(2026, 12, 2, 9, 2, 14, 5.5), True, True, [q("Mahfuza Rahman", "foreign affairs adviser")],
         None, ["Also Read", "Bangladesh Sets Date For General Election", "Follow Rajpath TV on WhatsApp"]),
        ("world-news/us-china-tariff-truce-extended", "US, China Extend Tariff Truce By 90 Days After Talks In Geneva",
         "The United States and China agreed to extend a pause on higher tariffs by another 90 days after two days of talks in Geneva, both sides said.<br/>(Except for the headline, this story has not been edited by Rajpath TV staff and is published from a syndicated feed.)",
         "Reuters", [], dt(2026, 12, 1, 23, 47, 5, 5.5), True, True, None, None,
         ["Except for the headline", "syndicated feed"]),
        ("world-news/uk-foreign-secretary-visit-nigeria-ghana", "UK Foreign Secretary Amelia Hart To Visit Nigeria, Ghana In February",
         "The visit will focus on trade and migration, the Foreign Office said in a statement, and will include talks with Nigeria's foreign minister in Abuja.<br/>Edited by: Sanya Malhotra",
         "Sanya Malhotra", ["Sanya Malhotra"], dt(2026, 12, 1, 20, 10, 0, 5.5), True, True, None,
         "dc:creator names the editor, not a reporter; [] is also correct.", ["Edited by"]),
    ]
    xs, items = [], []
    for n, (path, title, desc, creator, authors, d, story, rel, quotes, note, junk) in enumerate(rows):
        orig = f"https://www.rajpath.tv/{path}-{7012340 + n}"
        tok = ["Zx1Qa", "bT9kP", "mM3wR", "qL0aS", "Yv7tE", "Hc2nU", "Pd5gK"][n]
        pix = f'<img src="https://feeds.feedburner.com/~r/rajpathtv-world-news/~4/{tok}" height="1" width="1" alt=""/>'
        raw_title = title.replace("'", "&#039;")  # entities inside CDATA stay literal text
        xs.append(f"""<item><title>{cdata(raw_title)}</title><link>{fb}/{tok}/{path.split('/')[-1]}-{7012340 + n}</link><guid isPermaLink="false">{orig}</guid><description>{cdata(desc + pix)}</description><pubDate>{rfc822(d)}</pubDate><updatedAt>{rfc822(d)}</updatedAt><dc:creator>{esc(creator)}</dc:creator><category>World News</category><StoryImage>https://c.rajpath.tv/i/2026-12/{7012340 + n}_640x480.jpg</StoryImage><fullimage>https://c.rajpath.tv/i/2026-12/{7012340 + n}.jpg</fullimage><feedburner:origLink>{orig}</feedburner:origLink></item>""")
        items.append(it(orig, title, d, authors, story, rel, junk, quotes, note))
    channel = """<title>Rajpath TV News - World-news</title><link>https://www.rajpath.tv/world-news</link><description>Rajpath TV: latest world news from around the globe, international headlines and analysis.</description><language>en</language><copyright>Copyright 2026 Rajpath Television Network Pvt. Ltd. All rights reserved.</copyright><image><url>https://c.rajpath.tv/logo/rajpathtv_logo.png</url><title>Rajpath TV News - World-news</title><link>https://www.rajpath.tv</link></image><atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="self" type="application/rss+xml" href="https://feeds.feedburner.com/rajpathtv-world-news" /><feedburner:info uri="rajpathtv-world-news" />"""
    text = rss(channel, xs, NS_DC + ' xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"', sep="\n")
    return feed("en_in_rajpathtv_world_feedburner.rss.xml", text, items, lang="en", outlet="Rajpath TV",
                structure="NDTV-style world feed proxied by FeedBurner (feeds.feedburner.com/ndtvnews-world-news): 'Outlet News - World-news' channel title, ~r/ redirect links, feedburner:origLink, origin URL as non-permalink guid, CDATA titles in Title Case (quotes written as &#039; inside CDATA), descriptions with <br/> separated paragraphs and a 1x1 pixel, custom StoryImage/fullimage/updatedAt elements, dc:creator agencies or desks, +0530 dates",
                notes="'Also Read' cross-links, a WhatsApp promo, a syndication disclaimer and an 'Edited by:' line sit inside descriptions. The video item is not a story; the viral-video item is a story but not relevant.")


# ------------------------------------------------------------------ Gulf daily
def gulfhorizon_world():
    base = "https://www.gulfhorizon.ae"
    rows = [
        ("world/europe/uae-mediates-prisoner-exchange-russia-ukraine-1.500231847", "UAE mediates 12th prisoner exchange between Russia and Ukraine",
         "<p>Abu Dhabi: The UAE has successfully mediated a new exchange of 150 prisoners between Russia and Ukraine, bringing the total number of captives released through its mediation to more than 4,500.</p><p>The Ministry of Foreign Affairs said in a statement that the exchange reflected the \"strong relations\" between the UAE and both countries.</p><p><strong>Also read</strong></p><ul><li><a href=\"https://www.gulfhorizon.ae/uae/government/uae-aid-ukraine-winter\">UAE sends winter aid to Ukraine</a></li><li><a href=\"https://www.gulfhorizon.ae/world/europe/kyiv-talks-energy\">Kyiv seeks energy guarantees</a></li></ul>",
         "WAM", [], dt(2026, 12, 2, 18, 55, 0, 4), "Released Ukrainian prisoners of war pose for a photo after the exchange.", "Reuters", True, True, None, None,
         ["Also read", "UAE sends winter aid to Ukraine", "Kyiv seeks energy guarantees"]),
        ("world/mena/iran-us-talks-muscat-oman-1.500231790", "Iran and US envoys hold indirect talks in Muscat, Omani mediator says",
         "<p>Dubai: Iranian and American envoys held a fresh round of indirect talks in Muscat on Wednesday, Oman's foreign minister said, the first since the summer.</p><p>\"The atmosphere was serious and constructive,\" said Sayyid Faisal Al Rawahi, Oman's minister of foreign affairs, in a post on X.</p>",
         "Sami Haddad, Special to Gulf Horizon", ["Sami Haddad"], dt(2026, 12, 2, 16, 20, 0, 4), "Omani Foreign Minister Sayyid Faisal Al Rawahi in Muscat.", "AFP",
         True, True, [q("Sayyid Faisal Al Rawahi", "Oman's minister of foreign affairs")], None, ["Special to Gulf Horizon"]),
        ("business/property/dubai-villa-prices-record-q4-1.500231711", "Dubai villa prices hit new record as supply tightens",
         "<p>Dubai: Villa prices in Dubai rose 6.2 per cent in the third quarter, according to a property consultancy, as buyers chased a shrinking number of ready homes.</p>",
         "Neha Kapoor, Assistant Business Editor", ["Neha Kapoor"], dt(2026, 12, 2, 12, 3, 0, 4), "Villas in Dubai.", "Gulf Horizon Archive",
         True, False, None, None, ["Assistant Business Editor"]),
        ("special-reports/whatsapp-channel-gulf-horizon-1.500200100", "Get the latest news on your phone: join the Gulf Horizon WhatsApp channel",
         "<p>Stay up to date with breaking news from the UAE and the world. Tap the link to follow our channel.</p>",
         "Gulf Horizon", [], dt(2026, 12, 2, 8, 0, 0, 4), "", "", False, False, None, "App/channel promo.", []),
        ("world/africa/sudan-aid-conference-riyadh-pledges-1.500231604", "Donors pledge $2.1 billion for Sudan at Riyadh conference",
         "<p>Riyadh: Donors pledged $2.1 billion in humanitarian aid for Sudan at a one-day conference in Riyadh on Tuesday, short of the $4 billion the United Nations had requested.</p><p>\"We thank every donor, but the gap remains huge,\" said Tom Brennan, the UN's deputy humanitarian coordinator for Sudan.</p>",
         "Agencies", [], dt(2026, 12, 1, 21, 47, 0, 4), "Sudanese refugees queue for water near the Chad border.", "AP",
         True, True, [q("Tom Brennan", "UN")], None, []),
        ("opinion/op-eds/red-sea-corridor-shipping-security-1.500231500", "Why the Red Sea corridor matters more than ever",
         "<p>Attacks on shipping have eased, but the lesson for Gulf states is that trade security cannot be outsourced</p><p>The writer is a senior fellow at the Gulf Institute for Strategic Studies in Abu Dhabi.</p>",
         "Dr Layla Mansour, Senior Fellow", ["Layla Mansour"], dt(2026, 12, 1, 19, 0, 0, 4), "A container ship in the Red Sea.", "Shutterstock",
         True, True, None, "Opinion piece: a story. ['Dr Layla Mansour'] is also correct.", ["The writer is a senior fellow", "Senior Fellow"]),
        ("photos/uae/in-pictures-uae-national-day-celebrations-1.500231420", "In pictures: UAE celebrates 55th National Day",
         "<p>Residents across the seven emirates marked National Day with parades, fireworks and heritage shows.</p>",
         "Gulf Horizon Photo Desk", [], dt(2026, 12, 2, 20, 30, 0, 4), "Fireworks over the Abu Dhabi Corniche.", "Gulf Horizon / Arshad Ali",
         False, False, None, "Photo gallery.", []),
    ]
    xs, items = [], []
    for path, title, desc, creator, authors, d, cap, credit, story, rel, quotes, note, junk in rows:
        link = f"{base}/{path}"
        media = ""
        if cap:
            media = f'\n<media:content url="https://static.gulfhorizon.ae/images/{path.rsplit("-", 1)[1]}.jpg" medium="image" type="image/jpeg"><media:description>{esc(cap)}</media:description><media:credit>{esc(credit)}</media:credit></media:content>'
        xs.append(f"""<item>
<title>{esc(title)}</title>
<link>{link}</link>
<guid isPermaLink="true">{link}</guid>
<dc:creator>{esc(creator)}</dc:creator>
<pubDate>{rfc822(d)}</pubDate>
<description>{esc(desc)}</description>{media}
</item>""")
        items.append(it(link, title, d, authors, story, rel, junk + ([cap] if cap else []), quotes, note))
    channel = f"""<title>Gulf Horizon: World</title>
<link>{base}/world</link>
<description>Latest world news from Gulf Horizon</description>
<language>en-gb</language>
<copyright>© 2026 Al Ufuq Publishing &amp; Printing LLC. All rights reserved.</copyright>
<atom:link href="{base}/rss/world" rel="self" type="application/rss+xml"/>"""
    text = rss(channel, xs, NS_DC + NS_MEDIA + NS_ATOM)
    return feed("en_ae_gulfhorizon_world.rss.xml", text, items, lang="en", outlet="Gulf Horizon",
                structure="Gulf News-style UAE daily section RSS: 'Outlet: World' channel title, '-1.<id>' article slugs, escaped-HTML descriptions with city datelines ('Abu Dhabi:') and 'Also read' link lists, dc:creator with agencies ('WAM', 'Agencies'), job titles or 'Special to …', media:content with caption and credit, +0400 dates, LLC copyright",
                notes="Datelines 'Abu Dhabi:'/'Dubai:' open each text. The WhatsApp promo and the photo gallery are not stories; the property story is not relevant. Photo captions (media:description) must not become summaries.")


# ------------------------------------------------------------------ Irish news site fed by PA (breakingnews.ie-style)
def liffey_world():
    base = "https://www.liffeynews.ie"
    rows = [
        ("world/taoiseach-mercosur-brussels-summit-1820345", "Taoiseach says Ireland will not back Mercosur deal without new farm safeguards",
         "Taoiseach Colm Ó Dálaigh has said Ireland will vote against the EU-Mercosur trade agreement at this month's summit unless new safeguards for beef farmers are added. Speaking in Brussels on Wednesday, he said: &quot;We have been clear from the start, and nothing in the latest text changes that.&quot;",
         "By Ailbhe Ní Chonaill, PA", ["Ailbhe Ní Chonaill"], dt(2026, 12, 2, 17, 4, 0), True, True,
         [q("Colm Ó Dálaigh", "Taoiseach")], None, ["By Ailbhe"]),
        ("world/irish-peacekeepers-lebanon-unifil-rotation-1820301", "Irish peacekeepers to stay in south Lebanon as UN extends mission",
         "Some 340 members of the Defence Forces will remain in south Lebanon after the UN Security Council voted to extend the Unifil mission for a final year. Tánaiste Róisín Mac Giolla said the troops had &quot;served with great courage in very difficult conditions&quot;.",
         "By Seán Carolan and Niamh Breen, PA", ["Seán Carolan", "Niamh Breen"], dt(2026, 12, 2, 15, 38, 0), True, True,
         [q("Róisín Mac Giolla", "Tánaiste")], None, []),
        ("sport/munster-leinster-interpro-preview-1820290", "Munster boss wary of Leinster's depth ahead of St Stephen's Day clash",
         "Munster head coach Declan Furlong says Leinster's strength in depth makes them favourites for the interprovincial derby at Thomond Park.",
         "By PA Sport", [], dt(2026, 12, 2, 14, 0, 0), True, False, None, "Sport.", []),
        ("world/belarus-releases-political-prisoners-1820276", "Belarus frees 31 political prisoners after US envoy's visit",
         "Belarus has released 31 political prisoners, including two journalists, after a visit to Minsk by a US special envoy, the opposition said. The prisoners were driven to the Lithuanian border on Wednesday morning.",
         "Reuters", [], dt(2026, 12, 2, 11, 52, 0), True, True, None, None, []),
        ("news/quiz-how-closely-did-you-follow-the-news-this-week-1820250", "Quiz: How closely did you follow the news this week?",
         "Test your knowledge of the week's headlines with our 10-question quiz.",
         "Liffey News", [], dt(2026, 12, 2, 7, 0, 0), False, False, None, "Quiz: not a story.", []),
        ("world/gaza-aid-crossings-tanaiste-1820198", "Tánaiste calls for all Gaza crossings to open as winter sets in",
         "The Tánaiste has called for all crossings into Gaza to be opened to aid lorries before the worst of the winter weather. &quot;Families are living in tents that will not survive the first storm,&quot; Róisín Mac Giolla said after meeting UN officials in Amman.&lt;br /&gt;&lt;br /&gt;Read more on LiffeyNews.ie",
         "PA Reporter", [], dt(2026, 12, 1, 21, 15, 0), True, True,
         [q("Róisín Mac Giolla", "Tánaiste")], None, ["Read more on LiffeyNews.ie"]),
        ("world/eu-ministers-sanctions-russia-shadow-fleet-1820150", "EU ministers agree new sanctions targeting Russia's shadow fleet",
         "EU foreign ministers have agreed a new package of sanctions aimed at more than 100 tankers used to move Russian oil around the bloc's price cap, the EU's foreign policy chief said.",
         "By Ciarán Hegarty, Europe Correspondent", ["Ciarán Hegarty"], dt(2026, 12, 1, 18, 30, 0), True, True,
         None, None, ["Europe Correspondent"]),
    ]
    xs, items = [], []
    for path, title, desc, author, authors, d, story, rel, quotes, note, junk in rows:
        link = f"{base}/{path}.html"
        xs.append(f"""    <item>
      <title>{esc(title)}</title>
      <link>{link}</link>
      <description>{desc}</description>
      <author>{esc(author)}</author>
      <pubDate>{rfc822(d)}</pubDate>
      <guid isPermaLink="true">{link}</guid>
      <enclosure url="https://img.liffeynews.ie/{path.rsplit('-', 1)[1]}_16x9.jpg" length="0" type="image/jpeg"/>
    </item>""")
        items.append(it(link, title, d, authors, story, rel, junk, quotes, note))
    channel = f"""  <title>LiffeyNews.ie - World</title>
  <link>{base}/world</link>
  <description>Breaking news from Ireland and around the world</description>
  <language>en-ie</language>
  <copyright>Copyright 2026 Liffey Digital Media Unlimited Company</copyright>
  <ttl>10</ttl>"""
    text = rss(channel, xs)
    return feed("en_ie_liffeynews_world.rss.xml", text, items, lang="en", outlet="LiffeyNews.ie",
                aliases=["Liffey News"],
                structure="BreakingNews.ie-style Irish news site fed by PA Media: 'Site.ie - World' channel title, .html links with numeric ids, plain escaped descriptions with &quot; quotes, <author> holding 'By Name, PA', 'By A and B, PA', 'By PA Sport', 'PA Reporter', 'Reuters' or 'By Name, Europe Correspondent', enclosure with length 0, +0000 dates, 'Unlimited Company' copyright",
                notes="Irish names with fadas (Ó Dálaigh, Ní Chonaill, Mac Giolla). One description ends with escaped <br /> and 'Read more on LiffeyNews.ie'. The quiz is not a story; the rugby preview is not relevant.")


# ------------------------------------------------------------------ state news agency in English (Xinhua-style)
def ndna_world():
    base = "https://english.ndna.cn"
    rows = [
        ("20261202/9a1c0d4e5f/c.html", "China, Kazakhstan sign agreements on rail, energy cooperation",
         "ASTANA, Dec. 2 (NDNA) -- China and Kazakhstan on Wednesday signed more than 20 cooperation agreements covering railways, energy and agriculture during a visit by Chinese Premier Zhao Mingyuan.\nBoth sides agreed to double the capacity of the Khorgos border crossing by 2030, according to a joint statement.\nEnditem",
         dt(2026, 12, 2, 21, 48, 36, 8), True, True, None, ["(NDNA)", "Enditem"]),
        ("20261202/77b3e21a90/c.html", "Spokesperson urges U.S. to stop arms sales to Taiwan region",
         "BEIJING, Dec. 2 (NDNA) -- Chinese Foreign Ministry spokesperson Xu Lan on Wednesday urged the United States to stop selling arms to the Taiwan region, after Washington approved a 1.1-billion-U.S.-dollar package.\n\"We urge the U.S. side to abide by the one-China principle,\" Xu told a regular press briefing.\nEditor: Wang Jing",
         dt(2026, 12, 2, 17, 3, 11, 8), True, True, [q("Xu Lan", "Chinese Foreign Ministry")], ["(NDNA)", "Editor: Wang Jing"]),
        ("20261202/51fe8a23cd/c.html", "Feature: Kenyan farmers reap gains from Chinese hybrid rice",
         "by Jane Wambui, Li Qiang\nNAIROBI, Dec. 2 (NDNA) -- On a bright morning in Mwea, rice farmer Peter Kamau walks along the edge of his paddy, pointing at heavy, golden ears.\n\"I now harvest almost twice what I did five years ago,\" said Kamau.",
         dt(2026, 12, 2, 15, 30, 0, 8), True, True, [q("Peter Kamau", "rice farmer")], ["by Jane Wambui", "(NDNA)"]),
        ("20261202/3c0b9e7f12/c.html", "In pics: snow scenery in northeast China's Harbin",
         "Tourists visit the Songhua River in Harbin, northeast China's Heilongjiang Province, Dec. 2, 2026. (NDNA/Zhang Tao)",
         dt(2026, 12, 2, 13, 12, 8, 8), False, False, None, []),
        ("20261202/c4d1a9b8e0/c.html", "Global stocks mixed as investors await U.S. jobs data",
         "NEW YORK, Dec. 1 (NDNA) -- U.S. stocks closed mixed on Tuesday as investors awaited monthly jobs data due on Friday.\nThe Dow Jones Industrial Average fell 0.2 percent.",
         dt(2026, 12, 2, 6, 14, 20, 8), True, False, None, ["(NDNA)"]),
        ("20261201/e8f7a6b5c4/c.html", "UN Security Council extends mandate of mission in South Sudan",
         "UNITED NATIONS, Dec. 1 (NDNA) -- The UN Security Council on Tuesday extended the mandate of the UN Mission in South Sudan for another year, with 13 votes in favor and two abstentions.\nEnditem",
         dt(2026, 12, 2, 4, 2, 45, 8), True, True, None, ["(NDNA)", "Enditem"]),
    ]
    xs, items = [], []
    for path, title, desc, d, story, rel, quotes, junk in rows:
        link = f"{base}/{path}"
        authors = ["Jane Wambui", "Li Qiang"] if "Wambui" in desc else []
        xs.append(f"""<item>
<title><![CDATA[{title}]]></title>
<link>{link}</link>
<description><![CDATA[{desc}]]></description>
<pubDate>{d.strftime('%Y-%m-%d %H:%M:%S')}</pubDate>
<author>NDNA</author>
</item>""")
        note = "Date has no zone in the feed (Beijing time, +08:00 implied)."
        if authors:
            note += " Byline 'by Jane Wambui, Li Qiang' is the first line of the text. Title label 'Feature:' may be kept or dropped."
        clean = title.removeprefix("Feature: ")
        items.append(it(link, clean, d, authors, story, rel, junk, quotes, note))
    channel = f"""<title>New Dawn News Agency - World</title>
<link>{base}/world/</link>
<description>NDNA English World News</description>
<language>en</language>
<copyright>Copyright (C) 2026 NDNA. All Rights Reserved.</copyright>"""
    text = rss(channel, xs)
    return feed("en_cn_ndna_world.rss.xml", text, items, lang="en", outlet="New Dawn News Agency",
                aliases=["NDNA"],
                structure="Xinhua English-style state news agency RSS (english.news.cn/rss/world.xml): no guids (links are the ids), CDATA plain-text descriptions with newline paragraphs, 'CITY, Dec. 2 (NDNA) --' datelines, 'Enditem' and 'Editor: Name' trailers, feature byline 'by A, B' as the first line, <author> the agency on every item, pubDate 'YYYY-MM-DD HH:MM:SS' without zone (Beijing time)",
                notes="Dates carry no zone: Beijing time (+08:00). The 'In pics' item is a gallery caption, not a story. Items have no <guid>: keys are the links.")


# ------------------------------------------------------------------ beehiiv newsletter
def beehiiv_brief():
    base = "https://thefrontlinebrief.beehiiv.com/p"
    promo = ('<div class="section" style="background-color:#F4F1EA;padding:12px;"><p><b>Was this forwarded to you?</b> '
             '<a href="https://thefrontlinebrief.beehiiv.com/subscribe?utm_source=rss">Subscribe here</a> to get The Frontline Brief in your inbox every weekday.</p></div>')
    share = ('<div class="section"><p>📣 <b>Share The Frontline Brief</b> — refer 3 friends and get our monthly deep-dive for free. '
             '<a href="https://thefrontlinebrief.beehiiv.com/refer">Your referral link</a></p></div>')
    rows = [
        ("5b0e2c7a-3f1d-4c2e-9a41-0f6e2d8b7c11", "georgia-protests-eu-candidacy", "Georgia's streets, Brussels' patience",
         "Why the EU is running out of ways to say 'not yet' to Tbilisi",
         '<div class="section"><p><i>Good morning. Today: Georgia\'s protests enter a second month, the EU weighs its options, and a note on Armenia.</i></p></div>'
         + '<div class="section" style="border:1px solid #ddd;padding:10px;"><p><b>Together with Ledgerline</b> — The compliance platform trusted by 4,000 trading firms. <a href="https://ledgerline.example/?utm_source=thefrontlinebrief">Book a demo</a></p></div>'
         + '<div class="section"><h2>Tbilisi, week five</h2><p>Tens of thousands marched on Rustaveli Avenue again on Sunday, the 35th night in a row. The government says the protests are foreign-funded; the EU says Georgia\'s candidate status is frozen in all but name.</p><ul><li><p>The European Council meets on Dec. 17</p></li><li><p>Three member states oppose new visa restrictions</p></li></ul><p>"We are not closing the door, but we cannot pretend nothing has happened," an EU diplomat in Tbilisi, Katrin Vaher, told us.</p></div>',
         "Oskar Lindgren", ["Oskar Lindgren"], dt(2026, 12, 2, 11, 2, 0), True, True, [q("Katrin Vaher", "EU")], None,
         ["Together with Ledgerline", "Book a demo", "Was this forwarded to you?", "Share The Frontline Brief", "Good morning. Today:"]),
        ("8c3f1e20-6a7b-4d9e-b2c4-1a5d7e9f0b22", "sahel-russia-africa-corps", "The Sahel after Wagner",
         "Russia's Africa Corps is smaller, richer and more careful than its predecessor",
         '<div class="section"><h2>Mali, Burkina Faso, Niger</h2><p>Eighteen months after the Wagner Group was folded into the Russian defence ministry\'s Africa Corps, the force in the Sahel looks different: fewer fighters, more contracts, and a strict no-journalists rule.</p><p>"They are here for the mines first and the juntas second," said Aminata Keïta-Sow, a researcher at the Sahel Policy Lab in Bamako.</p></div>',
         "Oskar Lindgren, Amadou Diallo", ["Oskar Lindgren", "Amadou Diallo"], dt(2026, 12, 1, 11, 5, 0), True, True,
         [q("Aminata Keïta-Sow", "Sahel Policy Lab")], None, ["Was this forwarded to you?"]),
        ("1d9a4b36-2e8c-4f07-a5d3-3b6c8e0f1a33", "reader-survey-2026", "Two minutes to help us: the 2026 reader survey",
         "Tell us what you read, skip and want more of",
         '<div class="section"><p>Once a year we ask readers what works. It takes two minutes. <a href="https://forms.example/frontline-2026">Take the survey</a></p></div>',
         "The Frontline Brief", [], dt(2026, 11, 30, 15, 0, 0), False, False, None, "Reader survey: not a story.", []),
        ("f2a7c5d8-9b1e-4a3c-8d6f-5e0b2c4a6d44", "taiwan-strait-coast-guard-kinmen", "Kinmen and the grey zone",
         "China's coast guard is now boarding Taiwanese boats. What that means",
         '<div class="section"><figure><img src="https://media.beehiiv.com/cdn-cgi/image/fit=scale-down,format=auto/uploads/asset/file/77a1/kinmen.jpg" alt="A coast guard vessel off Kinmen"/><figcaption>A Chinese coast guard vessel off Kinmen in October. Photo: Chen Wei-lin / Reuters</figcaption></figure><p>Twice in November, Chinese coast guard officers boarded Taiwanese fishing boats within sight of Kinmen. Neither incident led to arrests, but both were filmed and posted within the hour.</p><p>Taipei called the boardings "a rehearsal". Beijing called them routine law enforcement.</p></div>',
         "Mei-ling Tsai", ["Mei-ling Tsai"], dt(2026, 11, 28, 11, 0, 0), True, True, None, None,
         ["Photo: Chen Wei-lin", "Was this forwarded to you?"]),
        ("0e6b8d1f-4c2a-4e5b-9f7a-7c1d3e5f8a55", "weekend-reading-dec-1", "Weekend reading",
         "Seven long reads we liked this week",
         '<div class="section"><ul><li><p><a href="https://example.org/a">On the new Baltic defence line</a></p></li><li><p><a href="https://example.org/b">The dollar and the yuan in Riyadh</a></p></li><li><p><a href="https://example.org/c">How Chile rewrote its lithium deal</a></p></li></ul></div>',
         "The Frontline Brief", [], dt(2026, 11, 29, 8, 0, 0), False, False, None, "List of links to other outlets: not a story.", []),
        ("3a5c7e9b-1d2f-4a6c-8e0b-9d2f4a6c8e66", "venezuela-guyana-essequibo-icj", "Essequibo goes back to The Hague",
         "The ICJ hears Guyana's case again. Caracas says it will not attend",
         '<div class="section"><p>The International Court of Justice opens hearings on Monday in the border case between Guyana and Venezuela. Venezuela\'s foreign ministry said it "does not recognise the jurisdiction" of the court.</p><p>Georgetown has asked the court to rule quickly; a decision is not expected before late 2027.</p></div>',
         "Oskar Lindgren", ["Oskar Lindgren"], None, True, True, None,
         "Item has no pubDate.", ["Was this forwarded to you?"]),
    ]
    xs, items = [], []
    for guid, slug, title, sub, body, creator, authors, d, story, rel, quotes, note, junk in rows:
        content = body + share + promo
        date = f"<pubDate>{rfc822(d, gmt=True)}</pubDate>" if d else ""
        xs.append(f"""<item><title><![CDATA[{title}]]></title><description><![CDATA[{sub}]]></description><link>{base}/{slug}</link><guid isPermaLink="false">{guid}</guid><dc:creator><![CDATA[{creator}]]></dc:creator>{date}<content:encoded><![CDATA[{content}]]></content:encoded></item>""")
        items.append(it(guid, title, d, authors, story, rel, [*junk, "Share The Frontline Brief", "Subscribe here"], quotes, note))
    channel = """<title>The Frontline Brief</title><description>A five-minute weekday briefing on wars, diplomacy and the people in between.</description><link>https://thefrontlinebrief.beehiiv.com/</link><atom:link href="https://rss.beehiiv.com/feeds/Xq7pLm2Rt9.xml" rel="self"/><copyright>2026 The Frontline Brief</copyright><lastBuildDate>Wed, 02 Dec 2026 11:04:17 +0000</lastBuildDate><generator>beehiiv</generator><docs>https://www.rssboard.org/rss-specification</docs><image><url>https://media.beehiiv.com/cdn-cgi/image/fit=scale-down,format=auto,onerror=redirect,quality=80/uploads/publication/logo/frontline.png</url><title>The Frontline Brief</title><link>https://thefrontlinebrief.beehiiv.com/</link></image>"""
    text = rss(channel, xs, NS_ATOM + NS_DC + NS_CONTENT, sep="")
    return feed("en_newsletter_frontlinebrief_beehiiv.rss.xml", text, items, lang="en", outlet="The Frontline Brief",
                structure="beehiiv newsletter RSS (rss.beehiiv.com/feeds/<id>.xml): single line, CDATA titles and subtitles as <description>, UUID non-permalink guids, CDATA dc:creator 'A, B', content:encoded built of <div class=\"section\"> blocks with a greeting, a 'Together with <sponsor>' ad, <h2> subheads, bullet lists of <p>, <figcaption> photo credits, a referral block and a 'Was this forwarded to you? Subscribe here' footer on every issue; GMT dates; one issue without pubDate",
                notes="The subtitle (description) is a standfirst without final stop. Sponsor, referral and subscribe blocks are boilerplate. The reader survey and the weekend link list are not stories.")


FEEDS = [lpr_world, dbc_world, rajpath_world, gulfhorizon_world, liffey_world, ndna_world, beehiiv_brief]
