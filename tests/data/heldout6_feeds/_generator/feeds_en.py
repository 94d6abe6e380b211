# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English world desks of the sixth held-out set: a UK satellite broadcaster, an international
wire agency, a US cable network, a Sydney broadsheet, a Canadian TV network's WordPress site, an
Irish public broadcaster, a Singapore broadcaster's news site and a South African investigative
daily. All outlets, people and quotations are invented."""
import zlib

from lib import dt
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, cdata, esc, feed, it, q, rfc822, rss


def d(day, h, mi, s=0, off=0.0):
    return dt(2026, 12, day, h, mi, s, off)


# ---------------------------------------------------------------- Sky News-style UK broadcaster
def skyline():
    """Sky News-style world RSS: long channel title with a tagline after '|', plain one-sentence
    descriptions, no authors, '/story/' and '/video/' paths with 8-digit ids, links repeated as
    non-permalink guids, enclosure with length 0 plus media:thumbnail and media:content, +0000."""
    rows, items = [], []

    def add(kind, slug, nid, title, when, desc, exp):
        url = f"https://news.skylinetv.co.uk/{kind}/{slug}-{nid}"
        img = f"https://e3.skylinecdn.com/images/{nid}.jpg?20261203"
        rows.append(
            "<item>\n"
            f"<title>{esc(title)}</title>\n"
            f"<link>{url}</link>\n"
            f"<description>{esc(desc)}</description>\n"
            f"<pubDate>{rfc822(when)}</pubDate>\n"
            f'<guid isPermaLink="false">{url}</guid>\n'
            f'<enclosure url="{img}" length="0" type="image/jpeg"/>\n'
            f'<media:description type="html">{esc(title)}</media:description>\n'
            f'<media:thumbnail url="{img}" width="70" height="50"/>\n'
            f'<media:content type="image/jpeg" url="{img}"/>\n'
            "</item>")
        items.append(exp(url))

    w = d(3, 16, 42, 0)
    t = "Georgia's opposition leader detained hours after calling for fresh protests in Tbilisi"
    add("story", "georgias-opposition-leader-detained-hours-after-calling-for-fresh-protests-in-tbilisi", "13471182", t, w,
        "Police in Georgia have detained opposition leader Levan Kiknadze, his party says, hours after he told supporters: \"We will be back on Rustaveli Avenue every night until there is a new election.\"",
        lambda k: it(k, t, w, [], quotes=[q("Levan Kiknadze")]))
    w = d(3, 15, 5, 0)
    t = "Watch: Moment waterspout sweeps across beach in southern Italy"
    add("video", "watch-moment-waterspout-sweeps-across-beach-in-southern-italy", "13471090", t, w,
        "Holidaymakers filmed the waterspout as it came ashore near Gallipoli in Puglia.",
        lambda k: it(k, "Moment waterspout sweeps across beach in southern Italy", w, [], story=False, rel=False,
                     note="Video clip. Title label 'Watch:' may be kept or dropped"))
    w = d(3, 14, 20, 0)
    t = "Ukraine war latest: Kyiv says drone attack hit oil depot deep inside Russia"
    add("story", "ukraine-russia-war-latest-skyline-live-blog", "12541713", t, w,
        "Follow the latest updates from the war in Ukraine, as well as analysis from our correspondents.",
        lambda k: it(k, t, w, [], story=False, note="Live blog (a standing live page whose title changes through the day)."))
    w = d(3, 12, 58, 0)
    t = "Sudan: Aid groups warn of famine in besieged city as talks in Jeddah stall"
    add("story", "sudan-aid-groups-warn-of-famine-in-besieged-city-as-talks-in-jeddah-stall", "13470861", t, w,
        "The UN says more than 200,000 people are trapped in Kadugli, where food prices have risen tenfold since the siege began in August.",
        lambda k: it(k, t, w, [], note="Title label 'Sudan:' is part of the headline."))
    w = d(3, 11, 31, 0)
    t = "Man, 34, charged after luxury watches worth £2m stolen from Mayfair shop"
    add("story", "man-34-charged-after-luxury-watches-worth-2m-stolen-from-mayfair-shop", "13470772", t, w,
        "The Metropolitan Police said the man would appear at Westminster Magistrates' Court on Thursday.",
        lambda k: it(k, t, w, [], rel=False))
    w = d(3, 9, 47, 0)
    t = "South Korea and Japan agree to restart shuttle diplomacy after two-year freeze"
    add("story", "south-korea-and-japan-agree-to-restart-shuttle-diplomacy-after-two-year-freeze", "13470655", t, w,
        "The two countries' leaders will hold reciprocal visits at least twice a year, Seoul's presidential office said, after a phone call that lasted almost an hour.",
        lambda k: it(k, t, w, []))
    w = d(3, 8, 15, 0)
    t = "Our Asia correspondent on why Manila is building a new naval base on Palawan"
    add("video", "our-asia-correspondent-on-why-manila-is-building-a-new-naval-base-on-palawan", "13470540", t, w,
        "Skyline's Asia correspondent Miriam Achterberg reports from Puerto Princesa.",
        lambda k: it(k, t, w, [], story=False, note="Video report."))

    channel = (
        "<title>World News - Breaking international news and headlines | Skyline News</title>\n"
        "<link>https://news.skylinetv.co.uk/world</link>\n"
        "<description>Skyline News delivers breaking news, headlines and top stories from business, politics, entertainment and more in the UK and worldwide.</description>\n"
        "<language>en-gb</language>\n"
        "<copyright>Copyright 2026 Skyline Broadcasting UK Limited</copyright>\n"
        f"<lastBuildDate>{rfc822(d(3, 16, 50))}</lastBuildDate>\n"
        "<image><title>Skyline News</title><url>https://news.skylinetv.co.uk/images/skyline-news-logo.png</url><link>https://news.skylinetv.co.uk</link></image>")
    text = rss(channel, rows, ns=NS_MEDIA + NS_ATOM)
    return feed("en_gb_skyline_world.rss.xml", text, items, lang="en", outlet="Skyline News",
                structure="Sky News-style world RSS (feeds.skynews.com/feeds/rss/world.xml): channel title 'World News - Breaking international news and headlines | Outlet', plain one-sentence descriptions (one quoting a politician), no authors, '/story/' and '/video/' paths with numeric ids, links repeated as non-permalink guids, enclosure length 0 plus media:description, media:thumbnail 70x50 and media:content, a standing live blog, 'Watch:' clip and a correspondent video, +0000 dates, 'Limited' copyright",
                notes="No author elements; the correspondent named in a video description is on a non-story.")


# ---------------------------------------------------------------- Reuters-style wire agency
def halyard():
    """Reuters-style agency RSS: 'UPDATE 2-', 'EXCLUSIVE-', 'FACTBOX-' and desk slugs glued to the
    title with a hyphen, datelines 'CITY, Dec 3 (Halyard) -', 'Reporting by … Editing by …'
    trailers, dc:creator 'A and B' or the agency, category codes, GMT dates."""
    rows, items = [], []

    def add(slug, nid, title, when, creator, cat, desc, exp):
        url = f"https://www.halyardnews.com/world/{slug}-{nid}/"
        rows.append(
            "<item>"
            f"<title>{esc(title)}</title>"
            f"<link>{url}</link>"
            f'<guid isPermaLink="false">{nid}</guid>'
            f"<category>{cat}</category>"
            f"<dc:creator>{esc(creator)}</dc:creator>"
            f"<pubDate>{rfc822(when, gmt=True)}</pubDate>"
            f"<description>{esc(desc)}</description>"
            "</item>")
        items.append(exp(nid))

    w = d(3, 17, 4, 12)
    t = "UPDATE 2-Philippines protests to China over water cannon use near Second Thomas Shoal"
    add("philippines-protests-china-water-cannon-2026-12-03", "HLYWRL3K9QZ2A", t, w, "Karla Buenaventura and Ou Meixin", "worldNews",
        "<p>MANILA, Dec 3 (Halyard) - The Philippines lodged a diplomatic protest with China on Thursday after Chinese coast guard vessels fired water cannon at a resupply boat near the Second Thomas Shoal, injuring two sailors, Manila's foreign ministry said.</p>"
        "<p>\"This is the third such incident since October and it will not be the last protest,\" foreign ministry spokesperson Teresita Almonte told reporters.</p>"
        "<p>China's foreign ministry said the Philippine boat had entered Chinese waters without permission.</p>"
        "<p>(Reporting by Karla Buenaventura in Manila and Ou Meixin in Beijing; Editing by Simon Rendle)</p>",
        lambda k: it(k, "Philippines protests to China over water cannon use near Second Thomas Shoal", w,
                     ["Karla Buenaventura", "Ou Meixin"], junk=["(Halyard) -", "Reporting by", "Editing by", "MANILA, Dec 3"],
                     quotes=[q("Teresita Almonte", "foreign ministry")],
                     note="Title label 'UPDATE 2-' may be kept or dropped"))
    w = d(3, 15, 40, 51)
    t = "EXCLUSIVE-EU weighs tariff on Chinese fertiliser imports, document shows"
    add("eu-weighs-tariff-chinese-fertiliser-document-2026-12-03", "HLYWRL3K9Q1B7", t, w, "Philippa Warneck", "worldNews",
        "<p>BRUSSELS, Dec 3 (Halyard) - The European Commission is considering a tariff of up to 30% on fertiliser imported from China, according to a document seen by Halyard, as the bloc seeks to shield its farmers and chemical makers from a surge of cheap supply.</p>"
        "<p>The proposal, which still needs the backing of member states, could be presented before the end of January, two EU officials said.</p>"
        "<p>(Reporting by Philippa Warneck; Editing by Anna Lindqvist and Mark Dowling)</p>",
        lambda k: it(k, "EU weighs tariff on Chinese fertiliser imports, document shows", w, ["Philippa Warneck"],
                     junk=["(Halyard) -", "Reporting by", "Editing by"],
                     note="Title label 'EXCLUSIVE-' may be kept or dropped"))
    w = d(3, 13, 12, 3)
    t = "FACTBOX-Who is in the running to lead the UN refugee agency?"
    add("factbox-who-running-lead-un-refugee-agency-2026-12-03", "HLYWRL3K9P8C4", t, w, "Halyard Staff", "worldNews",
        "<p>Dec 3 (Halyard) - The UN General Assembly is expected to confirm a new head of the UN refugee agency UNHCR early next year. Here are the candidates governments have put forward so far:</p>"
        "<p>* A former Danish development minister who led the agency's Ukraine response</p>"
        "<p>* Jordan's former planning minister</p>"
        "<p>* A Brazilian diplomat who chaired the Global Refugee Forum</p>"
        "<p>(Compiled by the Geneva newsroom; Editing by Gareth Pryce)</p>",
        lambda k: it(k, "Who is in the running to lead the UN refugee agency?", w, [],
                     junk=["(Halyard) -", "Compiled by", "Editing by"],
                     note="'Halyard Staff' is the agency, not a person. Title label 'FACTBOX-' may be kept or dropped"))
    w = d(3, 12, 1, 33)
    t = "GLOBAL MARKETS-Stocks edge up as traders bet on January rate cut"
    add("global-markets-stocks-edge-up-2026-12-03", "HLYWRL3K9P2D9", t, w, "Tom Ashcombe", "businessNews",
        "<p>SINGAPORE, Dec 3 (Halyard) - World stocks edged up on Thursday as traders bet that weak jobs data would push the U.S. Federal Reserve to cut rates in January, while the dollar slipped.</p>"
        "<p>(Reporting by Tom Ashcombe; Editing by Shri Pillai)</p>",
        lambda k: it(k, "Stocks edge up as traders bet on January rate cut", w, ["Tom Ashcombe"], rel=False,
                     junk=["(Halyard) -", "Reporting by", "Editing by"],
                     note="Title label 'GLOBAL MARKETS-' may be kept or dropped"))
    w = d(3, 10, 48, 20)
    t = "Kenya's parliament approves deployment of 400 police officers to Haiti mission"
    add("kenya-parliament-approves-haiti-police-deployment-2026-12-03", "HLYWRL3K9N5E1", t, w, "Duncan Wafula", "worldNews",
        "<p>NAIROBI, Dec 3 (Halyard) - Kenya's parliament on Thursday approved the deployment of another 400 police officers to the multinational security mission in Haiti, despite objections from opposition lawmakers who cited the cost.</p>"
        "<p>\"Our officers have done what the world asked of them, and we will not leave the job half done,\" Interior Minister Joseph Kiprono told the chamber.</p>"
        "<p>(Reporting by Duncan Wafula; Additional reporting by Harold Jean-Baptiste in Port-au-Prince; Writing by Aaron Kessel; Editing by Alison Treharne)</p>",
        lambda k: it(k, t, w, ["Duncan Wafula"], junk=["(Halyard) -", "Additional reporting", "Editing by", "NAIROBI, Dec 3"],
                     quotes=[q("Joseph Kiprono", "Interior Minister")]))
    w = d(3, 9, 30, 0)
    t = "SOCCER-Morocco and Senegal drawn together at Africa Cup of Nations"
    add("soccer-afcon-draw-morocco-senegal-2026-12-03", "HLYWRL3K9M0F6", t, w, "Halyard", "sportsNews",
        "<p>RABAT, Dec 3 (Halyard) - Hosts Morocco were drawn in the same group as Senegal for next year's Africa Cup of Nations at a ceremony in Rabat on Wednesday.</p>"
        "<p>(Reporting by Ahmed Benlahcen; Editing by Christian Holt)</p>",
        lambda k: it(k, "Morocco and Senegal drawn together at Africa Cup of Nations", w, [], rel=False,
                     junk=["(Halyard) -", "Reporting by"],
                     note="dc:creator is the agency. Title label 'SOCCER-' may be kept or dropped"))
    w = d(3, 7, 55, 8)
    t = "Serbian president calls snap election for March after weeks of student protests"
    add("serbia-president-calls-snap-election-march-2026-12-03", "HLYWRL3K9L3G2", t, w, "Ivana Stojić and Daria Mehmedović", "worldNews",
        "<p>BELGRADE, Dec 3 (Halyard) - Serbia's president called a snap parliamentary election for March 15 on Thursday, bowing to weeks of student-led protests over a deadly bridge collapse that demonstrators blame on corruption.</p>"
        "<p>(Reporting by Ivana Stojić in Belgrade and Daria Mehmedović in Sarajevo; Editing by Ros Amberley)</p>",
        lambda k: it(k, t, w, ["Ivana Stojić", "Daria Mehmedović"], junk=["(Halyard) -", "Reporting by", "Editing by"]))

    channel = (
        "<title>Halyard: World News</title><link>https://www.halyardnews.com/world/</link>"
        "<description>Halyard.com is your source for the latest world news stories and current events, ensuring our readers up to date with any breaking news developments</description>"
        "<language>en-us</language><copyright>All quotes delayed a minimum of 15 minutes. Copyright 2026 Halyard News &amp; Media Ltd. All rights reserved.</copyright>"
        f"<lastBuildDate>{rfc822(d(3, 17, 10), gmt=True)}</lastBuildDate><ttl>10</ttl>")
    text = rss(channel, rows, ns=NS_DC, sep="")
    return feed("en_wire_halyard_world.rss.xml", text, items, lang="en", outlet="Halyard",
                aliases=["Halyard News"],
                structure="Reuters-style agency world RSS (old feeds.reuters.com/Reuters/worldNews shape): single line, channel 'Outlet: World News', desk slugs glued to titles with a hyphen ('UPDATE 2-', 'EXCLUSIVE-', 'FACTBOX-', 'GLOBAL MARKETS-', 'SOCCER-'), opaque non-permalink guids, 'worldNews'-style category codes, escaped <p> descriptions opening 'CITY, Dec 3 (Agency) -' and ending '(Reporting by …; Additional reporting by …; Writing by …; Editing by …)', dc:creator 'A and B', 'Outlet Staff' or the agency, '*' bullet paragraphs, GMT dates, quotes-delay notice in <copyright>",
                notes="Authors are the dc:creator people (the byline); names in the '(Reporting by …)' trailer are not expected beyond them.")


# ---------------------------------------------------------------- CNN-style US cable network
def atlas():
    """CNN-style edition world RSS: 'ANN.com - RSS Channel - World', CDATA titles and
    descriptions (some items without description), media:group of several media:content sizes,
    '/2026/12/03/world/…/index.html' links as permalink guids, video items, GMT dates."""
    rows, items = [], []

    def add(path, title, when, desc, exp):
        url = f"https://edition.annews.com/{path}"
        imgs = "".join(
            f'<media:content medium="image" url="https://media.annews.com/api/v1/images/stellar/prod/{zlib.crc32(path.encode()) % 10**8:08d}-{sz}.jpg" height="{h}" width="{wd}" type="image/jpeg"/>'
            for sz, wd, h in (("super-169", 1100, 619), ("large-11", 300, 300), ("vertical-gallery", 360, 640)))
        rows.append(
            "<item>"
            f"<title>{cdata(title)}</title>"
            + (f"<description>{cdata(desc)}</description>" if desc is not None else "")
            + f"<link>{url}</link>"
            f'<guid isPermaLink="true">{url}</guid>'
            f"<pubDate>{rfc822(when, gmt=True)}</pubDate>"
            f"<media:group>{imgs}</media:group>"
            "</item>")
        items.append(exp(url))

    w = d(3, 18, 5, 31)
    t = "Venezuela frees 40 political prisoners as US envoy visits Caracas"
    add("2026/12/03/americas/venezuela-prisoners-released-us-envoy-intl/index.html", t, w,
        "Venezuela released 40 people its opposition describes as political prisoners on Thursday, hours after a senior US envoy arrived in Caracas for talks on sanctions and deportation flights.",
        lambda k: it(k, t, w, []))
    w = d(3, 16, 44, 2)
    t = "Video shows rescuers pulling survivors from rubble after Afghanistan quake"
    add("videos/world/2026/12/03/afghanistan-earthquake-rescue-herat-digvid.ann", t, w,
        "Rescue teams in western Afghanistan pulled survivors from collapsed homes after a 6.1-magnitude earthquake struck near Herat. ANN's Priya Raman reports.",
        lambda k: it(k, t, w, [], story=False, note="Video."))
    w = d(3, 15, 20, 47)
    t = "Analysis: Why Beijing is quietly courting Europe's far right"
    add("2026/12/03/china/china-europe-far-right-analysis-intl-hnk/index.html", t, w,
        "Beijing has spent years cultivating ties with Europe's mainstream. Now it is hedging its bets, writes ANN's Hong Kong bureau chief Selina Kwok.",
        lambda k: it(k, "Why Beijing is quietly courting Europe's far right", w, ["Selina Kwok"],
                     note="No author element; the analysis names its writer in the description. [] is also correct. Title label 'Analysis:' may be kept or dropped"))
    w = d(3, 14, 2, 0)
    t = "Israeli strike kills 11 in southern Lebanon despite truce, health ministry says"
    add("2026/12/03/middleeast/israel-strike-southern-lebanon-truce-intl/index.html", t, w, None,
        lambda k: it(k, t, w, [], note="Headline only: no description."))
    w = d(3, 12, 30, 15)
    t = "The world's most beautiful train stations, according to architects"
    add("travel/most-beautiful-train-stations-architects/index.html", t, w,
        "From Antwerp to Kanazawa, these are the railway stations that make the journey worth it.",
        lambda k: it(k, t, w, [], rel=False))
    w = d(3, 10, 55, 9)
    t = "Moldova expels Russian diplomat over alleged vote-buying scheme"
    add("2026/12/03/europe/moldova-expels-russian-diplomat-vote-buying-intl/index.html", t, w,
        "Moldova has expelled a Russian diplomat it accuses of funding a vote-buying network ahead of local elections, the country's foreign ministry said Thursday. Moscow called the move \u201cprovocative\u201d and promised a response.",
        lambda k: it(k, t, w, []))
    w = d(3, 9, 1, 44)
    t = "Nigeria says kidnapped schoolgirls freed in Kebbi state"
    add("2026/12/03/africa/nigeria-kebbi-schoolgirls-freed-intl/index.html", t, w,
        "All 24 schoolgirls abducted from a boarding school in northwestern Nigeria two weeks ago have been freed, the Nigerian presidency said.",
        lambda k: it(k, t, w, []))

    channel = (
        "<title>ANN.com - RSS Channel - World</title><description>ANN.com delivers up-to-the-minute news and information on the latest top stories, weather, entertainment, politics and more.</description>"
        "<link>https://edition.annews.com/world</link>"
        "<image><url>https://i.annews.com/.a/2.73/assets/logo_ann.png</url><title>ANN.com - RSS Channel - World</title><link>https://edition.annews.com/world</link></image>"
        "<generator>coredev-hummingbird</generator>"
        f"<lastBuildDate>{rfc822(d(3, 18, 9), gmt=True)}</lastBuildDate>"
        f"<pubDate>{rfc822(d(3, 18, 9), gmt=True)}</pubDate>"
        "<copyright><![CDATA[Copyright 2026 Atlas News Network LP, LLLP. All rights reserved.]]></copyright><language><![CDATA[en-US]]></language><ttl>10</ttl>")
    text = rss(channel, rows, ns=NS_DC + NS_CONTENT + NS_ATOM + NS_MEDIA, sep="")
    return feed("en_us_atlasnews_world.rss.xml", text, items, lang="en", outlet="ANN",
                aliases=["Atlas News Network", "ANN.com"],
                structure="CNN-style edition world RSS (rss.cnn.com/rss/edition_world.rss): single line, channel 'ANN.com - RSS Channel - World' (the outlet only as a domain), CDATA titles and descriptions, one headline-only item without description, media:group with three media:content sizes, '/2026/12/03/…/index.html' permalink guids, a '/videos/' item whose description names the reporter, 'Analysis:' title label, a travel item, generator element, GMT dates, 'LP, LLLP' copyright",
                notes="Outlet is 'ANN' (the network's short name); the legal entity in <copyright> is not the outlet.")


# ---------------------------------------------------------------- Sydney broadsheet (Nine-style)
def harbour_herald():
    """Sydney Morning Herald-style world RSS: 'The Harbour Herald - World' channel title,
    '/world/<region>/slug-20261204-p5xxxx.html' links, plain descriptions, dc:creator names or
    agencies, +1100 dates (AEDT), a cricket item."""
    rows, items = [], []

    def add(region, slug, pid, title, when, creator, desc, exp):
        url = f"https://www.harbourherald.com.au/{region}/{slug}-{when.strftime('%Y%m%d')}-{pid}.html"
        rows.append(
            "    <item>\n"
            f"      <title>{esc(title)}</title>\n"
            f"      <link>{url}</link>\n"
            f'      <guid isPermaLink="true">{url}</guid>\n'
            f"      <description>{esc(desc)}</description>\n"
            f"      <pubDate>{rfc822(when)}</pubDate>\n"
            + (f"      <dc:creator>{esc(creator)}</dc:creator>\n" if creator else "")
            + f"      <category>{region.split('/')[0].title()}</category>\n"
            "    </item>")
        items.append(exp(url))

    w = d(4, 5, 15, 0, 11)
    t = "PM flies to Jakarta as Indonesia defence pact nears signing"
    add("politics/federal", "pm-flies-to-jakarta-as-indonesia-defence-pact-nears-signing", "p5ntka", t, w, "Matthew Kerrigan",
        "The prime minister will meet Indonesia’s president on Friday, with officials on both sides saying the treaty text is all but settled.",
        lambda k: it(k, t, w, ["Matthew Kerrigan"]))
    w = d(4, 4, 2, 0, 11)
    t = "‘We are not your backyard’: Pacific leaders push back at Canberra over climate funding"
    add("world/oceania", "we-are-not-your-backyard-pacific-leaders-push-back-at-canberra-over-climate-funding", "p5ntjw", t, w, "Kate Lowry and Ioane Fa’alogo",
        "Tuvalu’s climate minister, Simeona Tausi, told a forum in Suva that Australia could not ask for security loyalty while approving new coal mines. “We are not your backyard, we are your neighbours,” he said.",
        lambda k: it(k, "‘We are not your backyard’: Pacific leaders push back at Canberra over climate funding", w, ["Kate Lowry", "Ioane Fa’alogo"],
                     quotes=[q("Simeona Tausi", "Tuvalu’s climate minister")]))
    w = d(4, 2, 41, 0, 11)
    t = "Thousands flee as Myanmar junta bombs towns near Thai border"
    add("world/asia", "thousands-flee-as-myanmar-junta-bombs-towns-near-thai-border", "p5ntj3", t, w, "Reuters",
        "Thai authorities said more than 6000 people had crossed the Moei River since Tuesday, most of them women and children.",
        lambda k: it(k, t, w, [], note="dc:creator 'Reuters' is an agency."))
    w = d(4, 0, 30, 0, 11)
    t = "Baggy greens hold their nerve as Australia take 2-0 lead in the Ashes"
    add("sport/cricket", "baggy-greens-hold-their-nerve-as-australia-take-2-0-lead-in-the-ashes", "p5ntht", t, w, "Andrew Lin",
        "Australia survived a late collapse to win the second Test at the Gabba by 37 runs.",
        lambda k: it(k, "Baggy greens hold their nerve as Australia take 2-0 lead in the Ashes", w, ["Andrew Lin"], rel=False))
    w = d(3, 21, 10, 0, 11)
    t = "US tariff threat puts Canberra’s critical minerals deal in doubt"
    add("world/north-america", "us-tariff-threat-puts-canberra-s-critical-minerals-deal-in-doubt", "p5nth0", t, w, "Farrah Delaney",
        "The deal was meant to be the centrepiece of Australia’s pitch to Washington. Now it is being caught up in a fight the government did not pick",
        lambda k: it(k, "US tariff threat puts Canberra’s critical minerals deal in doubt", w, ["Farrah Delaney"],
                     note="Standfirst without final full stop."))
    w = d(3, 19, 45, 0, 11)
    t = "The nine-year-old who became the face of Gaza’s hunger"
    add("world/middle-east", "the-nine-year-old-who-became-the-face-of-gaza-s-hunger", "p5ntg6", t, w, "",
        "An image of a boy carrying his sister through a food queue in Khan Younis has been shared millions of times. His family told their story.",
        lambda k: it(k, "The nine-year-old who became the face of Gaza’s hunger", w, [], note="Feature; no author element."))

    channel = (
        "    <title>The Harbour Herald - World</title>\n"
        "    <link>https://www.harbourherald.com.au/world</link>\n"
        "    <description>The latest world news from The Harbour Herald</description>\n"
        "    <language>en-au</language>\n"
        "    <copyright>Copyright 2026 Harbourside Publishing Pty Ltd</copyright>\n"
        f"    <lastBuildDate>{rfc822(d(4, 5, 20, 0, 11))}</lastBuildDate>\n"
        '    <atom:link href="https://www.harbourherald.com.au/rss/world.xml" rel="self" type="application/rss+xml"/>')
    text = rss(channel, rows, ns=NS_DC + NS_ATOM)
    return feed("en_au_harbourherald_world.rss.xml", text, items, lang="en", outlet="The Harbour Herald",
                structure="Sydney Morning Herald-style (Nine) world RSS (smh.com.au/rss/world.xml): two/four-space indentation, channel 'Outlet - World', '/<section>/<region>/slug-YYYYMMDD-p5xxxx.html' permalink guids, plain escaped descriptions with curly quotes (one without final stop), dc:creator 'Name', 'A and B', 'Reuters' or absent, a politics item filed in the world feed, an Ashes item, +1100 (AEDT) dates that fall on the next calendar day, 'Pty Ltd' copyright",
                notes="Dates are Sydney summer time (+11:00).")


# ---------------------------------------------------------------- Global News-style Canadian TV site
def northstar():
    """Global News-style WordPress VIP RSS: 'World | Northstarnews.ca', '?p=' guids, CDATA
    dc:creator with staff names or agencies ('The Associated Press', 'The Canadian Press'),
    CDATA descriptions ending in '[…]', media:thumbnail and media:content with media:title, +0000."""
    rows, items = [], []

    def add(path, pid, title, when, creator, cats, desc, exp, video=False):
        url = f"https://northstarnews.ca/{'video' if video else 'news'}/{pid}/{path}/"
        rows.append(
            "\t\t<item>\n"
            f"\t\t\t<title>{esc(title)}</title>\n"
            f"\t\t\t<link>{url}</link>\n"
            f"\t\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n"
            f"\t\t\t<pubDate>{rfc822(when)}</pubDate>\n"
            + "".join(f"\t\t\t<category><![CDATA[{c}]]></category>\n" for c in cats)
            + f'\t\t\t<guid isPermaLink="false">https://northstarnews.ca/?p={pid}</guid>\n'
            f"\t\t\t<description><![CDATA[{desc}]]></description>\n"
            f'\t\t\t<media:thumbnail url="https://northstarnews.ca/wp-content/uploads/2026/12/{pid}.jpg?quality=85&amp;strip=all&amp;w=150"/>\n'
            f'\t\t\t<media:content url="https://northstarnews.ca/wp-content/uploads/2026/12/{pid}.jpg?quality=85&amp;strip=all" medium="image"><media:title type="html">{esc(title)}</media:title></media:content>\n'
            "\t\t</item>")
        items.append(exp(f"https://northstarnews.ca/?p={pid}"))

    w = d(3, 21, 14, 50)
    t = "Canada to resettle 5,000 more Sudanese refugees, immigration minister says"
    add("canada-sudan-refugees-resettlement", "11562301", t, w, "Rachel Gorski", ["Canada", "World", "Immigration", "Sudan"],
        "Canada will resettle 5,000 more Sudanese refugees over the next two years, Immigration Minister Nadia Farouk said Wednesday. &#8220;The scale of what is happening in Sudan demands more of us,&#8221; she told reporters in Ottawa. The announcement comes as [&#8230;]",
        lambda k: it(k, t, w, ["Rachel Gorski"], junk=["[…]", "[&#8230;]"], quotes=[q("Nadia Farouk", "Immigration Minister")]))
    w = d(3, 19, 2, 11)
    t = "Ukraine says it is ready for Christmas ceasefire if Russia reciprocates"
    add("ukraine-christmas-ceasefire-russia", "11562188", t, w, "The Associated Press", ["World", "Russia Ukraine War"],
        "Ukraine’s foreign ministry said Wednesday that the country was prepared to observe a ceasefire over Christmas and New Year if Russia did the same, but warned that Kyiv would respond to any attack. [&#8230;]",
        lambda k: it(k, t, w, [], junk=["[…]", "[&#8230;]"], note="dc:creator is an agency."))
    w = d(3, 17, 30, 0)
    t = "WATCH: Canadian peacekeepers return home from Latvia after six-month rotation"
    add("canadian-troops-return-latvia", "11562044", t, w, "Northstar News", ["World", "Canada", "Military"],
        "More than 300 Canadian Armed Forces members returned to CFB Petawawa on Wednesday after a six-month rotation with the NATO brigade in Latvia.",
        lambda k: it(k, "Canadian peacekeepers return home from Latvia after six-month rotation", w, [], story=False,
                     note="Video. Title label 'WATCH:' may be kept or dropped"), video=True)
    w = d(3, 15, 48, 7)
    t = "Mexico, U.S. reach deal on water treaty deliveries after months of dispute"
    add("mexico-us-water-treaty-deal", "11561907", t, w, "Reuters", ["World", "Mexico", "U.S. News"],
        "Mexico and the United States reached an agreement on Wednesday under which Mexico will make up a shortfall in water deliveries owed under a 1944 treaty, the two governments said in a joint statement. [&#8230;]",
        lambda k: it(k, t, w, [], junk=["[…]", "[&#8230;]"]))
    w = d(3, 14, 5, 39)
    t = "Maple Leafs sign Lindahl to eight-year extension"
    add("maple-leafs-lindahl-extension", "11561820", t, w, "The Canadian Press", ["Sports", "Hockey"],
        "The Toronto Maple Leafs have signed winger Jonas Lindahl to an eight-year contract extension worth a reported $62 million. [&#8230;]",
        lambda k: it(k, t, w, [], rel=False, junk=["[…]", "[&#8230;]"]))
    w = d(3, 12, 21, 3)
    t = "Beaudoin heads to India in bid to restore trade talks after diplomatic rift"
    add("beaudoin-india-visit-trade-talks", "11561688", t, w, "Touria Benali and Amanda Corrigan", ["Canada", "World", "Politics", "India"],
        "Foreign Affairs Minister Claire Beaudoin will travel to New Delhi next week, the first visit by a Canadian foreign minister since relations broke down in 2023. &#8220;We are rebuilding this relationship step by step,&#8221; Beaudoin said. [&#8230;]",
        lambda k: it(k, t, w, ["Touria Benali", "Amanda Corrigan"], junk=["[…]", "[&#8230;]"],
                     quotes=[q("Claire Beaudoin", "Foreign Affairs Minister")]))

    channel = (
        "\t<title>World | Northstarnews.ca</title>\n"
        '\t<atom:link href="https://northstarnews.ca/world/feed/" rel="self" type="application/rss+xml" />\n'
        "\t<link>https://northstarnews.ca</link>\n"
        "\t<description>Canadian and international news, videos and the latest headlines</description>\n"
        f"\t<lastBuildDate>{rfc822(d(3, 21, 20))}</lastBuildDate>\n"
        "\t<language>en-US</language>\n"
        "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
        "\t<generator>https://wordpress.org/?v=6.8.3</generator>")
    ns = NS_DC + NS_MEDIA + NS_ATOM + ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"'
    text = rss(channel, rows, ns=ns)
    return feed("en_ca_northstar_world.rss.xml", text, items, lang="en", outlet="Northstar News",
                aliases=["Northstarnews.ca"],
                structure="Global News-style WordPress VIP section feed (globalnews.ca/world/feed/): tab-indented, channel 'World | Site.ca' (outlet only as a domain), CDATA dc:creator with staff names, 'A and B', 'The Associated Press', 'Reuters', 'The Canadian Press' or the outlet itself, several CDATA categories, '?p=' non-permalink guids, CDATA excerpts with &#8220; entities ending ' [&#8230;]', media:thumbnail and media:content with media:title, 'WATCH:' video post, a hockey item, sy: tags with tabs, +0000 dates",
                notes="Agencies and the outlet in dc:creator are not people.")


# ---------------------------------------------------------------- RTÉ-style Irish public broadcaster
def shannon():
    """RTÉ-style world RSS: 'SBN News - World' channel, '/news/world/2026/1203/<id>-slug/' links
    as guids, plain descriptions, <author> only on some items, media:thumbnail, +0000 dates,
    Irish names with fadas."""
    rows, items = [], []

    def add(sect, nid, slug, title, when, author, desc, exp):
        url = f"https://www.sbn.ie/news/{sect}/2026/{when.strftime('%m%d')}/{nid}-{slug}/"
        rows.append(
            "<item>\n"
            f"<title>{esc(title)}</title>\n"
            f"<link>{url}</link>\n"
            f"<guid>{url}</guid>\n"
            f"<description>{esc(desc)}</description>\n"
            + (f"<author>{esc(author)}</author>\n" if author else "")
            + f"<pubDate>{rfc822(when)}</pubDate>\n"
            f'<media:thumbnail url="https://img.sbn.ie/2026/12/{nid}-300x170.jpg" width="300" height="170"/>\n'
            "</item>")
        items.append(exp(url))

    w = d(3, 17, 33, 0)
    t = "Tánaiste says EU must keep pressure on Israel over West Bank settlements"
    add("world", "1547812", "tanaiste-eu-foreign-affairs-council-settlements", t, w, "Conor Whelan, Europe Editor",
        "The Tánaiste has told EU foreign ministers that the bloc must follow through on measures against violent settlers in the occupied West Bank. Speaking in Brussels, Seán Ó Murchadha said: \"Words without consequences have run their course.\"",
        lambda k: it(k, t, w, ["Conor Whelan"], quotes=[q("Seán Ó Murchadha", "Tánaiste")]))
    w = d(3, 15, 10, 0)
    t = "Irish Defence Forces troops in Lebanon unhurt after shell lands near post"
    add("ireland", "1547790", "unifil-irish-troops-shell-camp-shamrock", t, w, "",
        "No Irish soldiers serving with the UN peacekeeping mission in south Lebanon were injured when a shell landed close to one of their posts last night, the Defence Forces have said.",
        lambda k: it(k, t, w, []))
    w = d(3, 13, 48, 0)
    t = "Explainer: What's behind the row between Algeria and France?"
    add("world", "1547755", "algeria-france-diplomatic-row-explainer", t, w, "Ailbhe Ní Bhriain",
        "Ambassadors recalled, visas frozen and a jailed novelist: relations between Paris and Algiers are at their lowest point in decades. Here's why.",
        lambda k: it(k, "What's behind the row between Algeria and France?", w, ["Ailbhe Ní Bhriain"],
                     note="Title label 'Explainer:' may be kept or dropped"))
    w = d(3, 12, 5, 0)
    t = "Kerry beat Dublin to claim Sigerson Cup in extra time"
    add("sport", "1547730", "sigerson-cup-final-kerry-dublin", t, w, "",
        "MTU Kerry won a first Sigerson Cup title in nine years after a dramatic extra-time win in Tralee.",
        lambda k: it(k, t, w, [], rel=False))
    w = d(3, 10, 20, 0)
    t = "Watch: UN refugee chief visits camp in northern Uganda"
    add("world", "1547701", "unhcr-chief-uganda-camp-video", t, w, "",
        "The UN High Commissioner for Refugees met families who fled fighting in South Sudan at a settlement near Adjumani.",
        lambda k: it(k, "UN refugee chief visits camp in northern Uganda", w, [], story=False,
                     note="Video. Title label 'Watch:' may be kept or dropped"))
    w = d(3, 8, 2, 0)
    t = "Chile's outgoing president meets rival as transition talks begin"
    add("world", "1547688", "chile-president-transition-talks", t, w, "",
        "Chile's outgoing president has met the president-elect at La Moneda palace for the first formal talks on the handover of power in March.",
        lambda k: it(k, t, w, []))

    channel = (
        "<title>SBN News - World</title>\n<link>https://www.sbn.ie/news/world/</link>\n"
        "<description>SBN News - World News</description>\n<language>en-ie</language>\n"
        "<copyright>© Shannon Broadcasting Network 2026</copyright>\n"
        f"<lastBuildDate>{rfc822(d(3, 17, 40))}</lastBuildDate>\n"
        "<image><url>https://img.sbn.ie/logos/sbn-news-rss.png</url><title>SBN News - World</title><link>https://www.sbn.ie/news/world/</link></image>")
    text = rss(channel, rows, ns=NS_MEDIA)
    return feed("en_ie_sbn_world.rss.xml", text, items, lang="en", outlet="SBN News",
                aliases=["Shannon Broadcasting Network", "SBN"],
                structure="RTÉ-style world RSS (rte.ie/feeds/rss/?index=/news/world/): channel 'OUTLET News - World', '/news/<section>/2026/MMDD/<id>-slug/' links repeated as guids without isPermaLink, plain descriptions with straight double quotes, <author> only on some items and as 'Name, Europe Editor', items from the Ireland and sport sections, 'Explainer:' and 'Watch:' labels, Irish names with fadas, media:thumbnail 300x170, +0000 dates, '© Network YYYY' copyright",
                notes="Irish winter time equals UTC.")


# ---------------------------------------------------------------- CNA-style Singapore broadcaster
def sentosa():
    """CNA-style Asia RSS: 'SNA - Asia' channel, '/asia/slug-<id>' links, plain descriptions,
    'Commentary:' pieces with the writer's job in <author>, podcast episode, +0800 dates."""
    rows, items = [], []

    def add(path, title, when, author, desc, exp, thumb=True):
        url = f"https://www.sna.asia/{path}"
        rows.append(
            "<item>"
            f"<title>{esc(title)}</title>"
            f"<link>{url}</link>"
            f"<description>{esc(desc)}</description>"
            f"<pubDate>{rfc822(when)}</pubDate>"
            + (f"<author>{esc(author)}</author>" if author else "")
            + f'<guid isPermaLink="true">{url}</guid>'
            + (f'<media:thumbnail url="https://onecms-res.sna.asia/dam/sna/image/2026/12/{path.rsplit("-", 1)[-1]}.jpg"/>' if thumb else "")
            + "</item>")
        items.append(exp(url))

    w = d(4, 11, 24, 0, 8)
    t = "Malaysia, Singapore agree timetable for Johor-Singapore rapid transit link opening"
    add("asia/malaysia-singapore-rts-link-opening-date-5564120", t, w, "Fadhil Ahmad",
        "The cross-border rail link will open to passengers on Jan 1, 2027, the two countries' transport ministers said on Thursday (Dec 4).",
        lambda k: it(k, t, w, ["Fadhil Ahmad"]))
    w = d(4, 10, 2, 0, 8)
    t = "Commentary: ASEAN's Myanmar plan has failed. What now?"
    add("commentary/asean-myanmar-five-point-consensus-failed-5563987", t, w, "Joanne Lin Xue Ting",
        "The five-point consensus is now five years old and nothing has improved. The bloc needs to talk to those who actually hold territory, says an ISEAS researcher.",
        lambda k: it(k, "ASEAN's Myanmar plan has failed. What now?", w, ["Joanne Lin Xue Ting"],
                     note="Opinion. Title label 'Commentary:' may be kept or dropped"))
    w = d(4, 8, 45, 0, 8)
    t = "Thailand, Cambodia troops exchange fire at disputed border temple; 2 soldiers hurt"
    add("asia/thailand-cambodia-border-clash-temple-5563902", t, w, "",
        "Thai and Cambodian troops exchanged fire for about 20 minutes early on Thursday morning near the Ta Muen Thom temple, the Royal Thai Army said.",
        lambda k: it(k, t, w, []))
    w = d(4, 7, 30, 0, 8)
    t = "Heart of the Matter: Is Asia ready for a world without US leadership?"
    add("podcasts/heart-of-the-matter/asia-world-without-us-leadership-5563811", t, w, "",
        "Host Lin Pei Shan speaks to former diplomat Ravi Sundaram about how Southeast Asia should hedge.",
        lambda k: it(k, "Is Asia ready for a world without US leadership?", w, [], story=False,
                     note="Podcast episode. Title label 'Heart of the Matter:' may be kept or dropped"), thumb=False)
    w = d(3, 22, 15, 0, 8)
    t = "HDB resale prices rise for 23rd straight quarter"
    add("singapore/hdb-resale-prices-q4-flash-estimate-5563760", t, w, "Loraine Goh",
        "Resale flat prices rose 0.9 per cent in the fourth quarter, a slower pace than the 1.1 per cent in the previous quarter, according to flash estimates.",
        lambda k: it(k, t, w, ["Loraine Goh"], rel=False))
    w = d(3, 20, 5, 0, 8)
    t = "China hits back at Japan with seafood curbs as row over Taiwan remarks deepens"
    add("east-asia/china-japan-seafood-ban-taiwan-remarks-5563701", t, w, "Daniel Teo",
        "Beijing suspended imports of Japanese seafood again on Wednesday, after the Japanese prime minister said a Chinese attack on Taiwan could threaten Japan's survival. \"Japan must bear the consequences,\" said Chinese foreign ministry spokesman Lin Zhao.",
        lambda k: it(k, t, w, ["Daniel Teo"], quotes=[q("Lin Zhao", "Chinese foreign ministry")]))
    w = d(3, 18, 40, 0, 8)
    t = "Indonesia's president names new foreign minister in reshuffle"
    add("asia/indonesia-president-reshuffle-foreign-minister-5563644", t, w, "",
        "Indonesia's president on Wednesday replaced his foreign minister with a career diplomat, Aditya Kusuma, in a reshuffle of five cabinet posts.",
        lambda k: it(k, t, w, []))

    channel = (
        "<title>SNA - Asia</title><link>https://www.sna.asia/asia</link>"
        "<description>SNA - Asia</description><language>en</language>"
        "<copyright>Copyright© Mediaport Asia Ltd. All rights reserved.</copyright>"
        f"<lastBuildDate>{rfc822(d(4, 11, 30, 0, 8))}</lastBuildDate>"
        '<atom:link href="https://www.sna.asia/api/v1/rss-outbound-feed?_format=xml&amp;category=6511" rel="self" type="application/rss+xml"/>')
    text = rss(channel, rows, ns=NS_MEDIA + NS_ATOM, sep="")
    return feed("en_sg_sna_asia.rss.xml", text, items, lang="en", outlet="SNA",
                aliases=["Sentosa News Asia"],
                structure="CNA-style outbound RSS (channelnewsasia.com/api/v1/rss-outbound-feed?_format=xml&category=…): single line, channel title and description both 'OUTLET - Asia', '/<section>/slug-<id>' permalink guids, plain descriptions with '(Dec 4)' weekday-date conventions, <author> holding a plain name (not an e-mail), 'Commentary:' opinion and a named podcast programme, a Singapore housing item, media:thumbnail on most items, +0800 dates, 'Copyright© … Ltd.'",
                notes="Outlet is the short name 'SNA'.")


# ---------------------------------------------------------------- Daily Maverick-style SA daily
def fynbos():
    """Daily Maverick-style RSS: 'Fynbos Daily' channel, dc:creator names, uppercase category
    labels inside the title ('OP-ED:', 'ANALYSIS:' as words before a colon), descriptions with
    a syndication trailer ('This article was first published by ISS Today.'), a membership appeal
    and a business item, +0200 dates."""
    rows, items = [], []

    def add(slug, title, when, creator, cat, desc, exp, aid):
        url = f"https://www.fynbosdaily.co.za/article/2026-12-{when.day:02d}-{slug}/"
        rows.append(
            "<item>\n"
            f"  <title>{esc(title)}</title>\n"
            f"  <link>{url}</link>\n"
            f"  <description>{esc(desc)}</description>\n"
            f"  <pubDate>{rfc822(when)}</pubDate>\n"
            + (f"  <dc:creator>{esc(creator)}</dc:creator>\n" if creator else "")
            + f"  <category>{cat}</category>\n"
            f'  <guid isPermaLink="false">fd-{aid}</guid>\n'
            f'  <media:content url="https://fynbosdaily.co.za/img/{aid}.jpg" medium="image" width="1200" height="800"/>\n'
            "</item>")
        items.append(exp(f"fd-{aid}"))

    w = d(3, 18, 12, 0, 2)
    t = "Pretoria’s G20 legacy: The summit is over, now comes the hard part"
    add("pretorias-g20-legacy-the-summit-is-over-now-comes-the-hard-part", t, w, "Pieter Fouché", "ANALYSIS",
        "<p>South Africa handed over the G20 presidency this week with a debt declaration that no one opposed and few have funded.</p>",
        lambda k: it(k, t, w, ["Pieter Fouché"]), 2970011)
    w = d(3, 15, 30, 0, 2)
    t = "Sahel juntas push Wagner successor to the front as Mali’s fuel blockade bites"
    add("sahel-juntas-africa-corps-mali-fuel-blockade", t, w, "Annelie Botha-Mensah", "ISS TODAY",
        "<p>Russia’s Africa Corps is taking over more combat roles in Mali as jihadists choke fuel supplies to Bamako.</p>"
        "<p><i>Annelie Botha-Mensah is Senior Research Consultant, ISS Pretoria. This article was first published by ISS Today.</i></p>",
        lambda k: it(k, t, w, ["Annelie Botha-Mensah"], junk=["This article was first published by", "is Senior Research Consultant"]), 2969874)
    w = d(3, 13, 5, 0, 2)
    t = "OP-ED: Pretoria’s silence on Sudan is a choice, not a policy"
    add("op-ed-pretorias-silence-on-sudan", t, w, "Sisipho Ndlovu and Karim Hassan", "OP-ED",
        "<p>South Africa chairs the AU Peace and Security Council this month. It has not said a word about El Fasher.</p>",
        lambda k: it(k, "Pretoria’s silence on Sudan is a choice, not a policy", w, ["Sisipho Ndlovu", "Karim Hassan"],
                     note="Opinion. Title label 'OP-ED:' may be kept or dropped"), 2969790)
    w = d(3, 11, 0, 0, 2)
    t = "Become a Fynbos Insider and support independent journalism"
    add("become-a-fynbos-insider", t, w, "", "MEMBERSHIP",
        "<p>Our journalism is free to read for everyone. Join 45,000 Insiders who make that possible.</p>",
        lambda k: it(k, t, w, [], story=False, rel=False, note="Membership appeal."), 2969701)
    w = d(3, 9, 40, 0, 2)
    t = "Rand firms as Reserve Bank holds rates steady"
    add("rand-firms-reserve-bank-holds-rates", t, w, "Ed Strydom", "BUSINESS",
        "<p>The rand strengthened to R17.12 against the dollar after the Reserve Bank left the repo rate at 6.75%.</p>",
        lambda k: it(k, t, w, ["Ed Strydom"], rel=False), 2969655)
    w = d(3, 8, 15, 0, 2)
    t = "Lesotho and South Africa sign deal to end water dispute over Polihali dam"
    add("lesotho-south-africa-polihali-water-deal", t, w, "Fynbos Daily Reporter", "AFRICA",
        "<p>Lesotho will receive higher royalties for water pumped to Gauteng under a deal signed in Maseru on Wednesday. “This is the fair price we asked for from the beginning,” Lesotho’s Water Minister Tšeliso Mokhehle said.</p>",
        lambda k: it(k, t, w, [], quotes=[q("Tšeliso Mokhehle", "Lesotho’s Water Minister")],
                     note="'Fynbos Daily Reporter' is the outlet's desk credit, not a person."), 2969602)

    channel = (
        "<title>Fynbos Daily</title>\n<link>https://www.fynbosdaily.co.za</link>\n"
        "<description>Fynbos Daily - Tell It Straight</description>\n<language>en-za</language>\n"
        f"<lastBuildDate>{rfc822(d(3, 18, 20, 0, 2))}</lastBuildDate>\n"
        "<copyright>© 2026 Fynbos Daily (Pty) Ltd</copyright>")
    text = rss(channel, rows, ns=NS_DC + NS_MEDIA)
    return feed("en_za_fynbosdaily_world.rss.xml", text, items, lang="en", outlet="Fynbos Daily",
                structure="Daily Maverick-style RSS (dailymaverick.co.za/dmrss/): channel title the bare outlet with a tagline in <description>, upper-case categories ('ANALYSIS', 'ISS TODAY', 'OP-ED', 'BUSINESS'), 'OP-ED:' title label, escaped <p> descriptions (one with an italic think-tank author bio and 'This article was first published by …' syndication trailer), dc:creator names, 'A and B' or 'Outlet Reporter', non-permalink 'fd-<id>' guids, media:content images, a membership appeal, +0200 dates, '(Pty) Ltd' copyright",
                notes="'Fynbos Daily Reporter' is a desk credit; the ISS bio names the author already in dc:creator.")


FEEDS = [skyline, halyard, atlas, harbour_herald, northstar, shannon, sentosa, fynbos]
