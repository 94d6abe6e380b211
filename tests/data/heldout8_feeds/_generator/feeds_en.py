# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English world desks of the eighth held-out set: a British public broadcaster, a US cable
network, a Los Angeles daily, a Tokyo English daily, a Delhi English daily, a Saudi English
daily, a pan-European broadcaster and a British satellite news channel. All outlets, people and
quotations are invented."""
from g8 import d, item
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, cdata, esc, feed, it, q, rfc822, rss


# ---------------------------------------------------------------- BBC News world-style
def abn():
    """BBC News world RSS (feeds.bbci.co.uk/news/world/rss.xml): CDATA titles and descriptions,
    no authors, '?at_medium=RSS&amp;at_campaign=rss' links, '#0' suffixed non-permalink guids,
    media:thumbnail 240 wide, GMT dates, 'Watch:' videos and a live page."""
    rows, items = [], []
    base = "https://www.abn.co.uk/news/"

    def add(path, title, when, desc, exp):
        url = base + path
        rows.append(item([
            ("title", cdata(title)), ("description", cdata(desc)),
            ("link", url + "?at_medium=RSS&amp;at_campaign=rss"),
            ('guid isPermaLink="false"', url + "#0"),
            ("pubDate", rfc822(when, gmt=True)),
            (f'media:thumbnail width="240" height="135" url="https://ichef.abnimg.co.uk/ace/standard/240/cpsprodpb/{sum(map(ord, path)) % 9999:04d}/live/img.jpg.webp"', None),
        ], sep="\n"))
        items.append(exp(url + "#0"))

    w = d(3, 16, 12, 4)
    add("articles/c9dl2x7e4ro", "Moldova expels three diplomats over alleged vote-buying scheme", w,
        "The foreign ministry in Chisinau says the men helped move cash to pay voters ahead of local elections.",
        lambda k: it(k, "Moldova expels three diplomats over alleged vote-buying scheme", w))
    w = d(3, 14, 40, 51)
    add("articles/c4g8pwn1kz2o", "Why are Peru and Bolivia arguing over a lake?", w,
        "A dispute over water levels in Lake Titicaca has turned into a diplomatic row between the two neighbours.",
        lambda k: it(k, "Why are Peru and Bolivia arguing over a lake?", w))
    w = d(3, 13, 5, 0)
    add("videos/cq5v1mr8e2lo", "Watch: Crowds greet Pope at Jakarta cathedral", w,
        "Thousands waited for hours outside the cathedral in the Indonesian capital.",
        lambda k: it(k, "Crowds greet Pope at Jakarta cathedral", w, story=False, rel=False,
                     note="Video clip. Title label 'Watch:' may be kept or dropped"))
    w = d(3, 11, 58, 9)
    add("live/world-9927741", "Gaza ceasefire talks: Latest updates as mediators meet in Cairo", w,
        "Follow live as negotiators from Egypt, Qatar and the US meet for a third day.",
        lambda k: it(k, "Gaza ceasefire talks: Latest updates as mediators meet in Cairo", w, story=False,
                     note="Live page"))
    w = d(3, 9, 31, 17)
    add("articles/c1e7yk0m9v4o", "South Korea and Japan agree to resume shuttle diplomacy", w,
        "The leaders say they will meet twice a year, in a sign of warming ties despite wartime history disputes.",
        lambda k: it(k, "South Korea and Japan agree to resume shuttle diplomacy", w))
    w = d(3, 7, 2, 44)
    add("articles/c8rx3z5n1wjo", "Kenyan runner stripped of marathon title after failed test", w,
        "Athletics' integrity unit says the sample was taken in Valencia in October.",
        lambda k: it(k, "Kenyan runner stripped of marathon title after failed test", w, rel=False))
    w = d(2, 23, 47, 30)
    add("articles/c2kp6d4q8z7o", "Serbia's president says he will not sign EU sanctions on Russia", w,
        "Vuk Milanović tells reporters Belgrade \"will not be told who its friends are\", as Brussels presses candidate states.",
        lambda k: it(k, "Serbia's president says he will not sign EU sanctions on Russia", w,
                     quotes=[q("Vuk Milanović", "Serbia")]))
    channel = ("\n<title><![CDATA[ABN News - World]]></title>\n<description><![CDATA[ABN News - World]]></description>\n"
               "<link>https://www.abn.co.uk/news/world</link>\n<image>\n<url>https://news.abnimg.co.uk/nol/shared/img/abn_news_120x60.gif</url>\n<title>ABN News - World</title>\n<link>https://www.abn.co.uk/news/world</link>\n</image>\n"
               "<generator>RSS for Node</generator>\n"
               f"<lastBuildDate>{rfc822(d(3, 16, 20), gmt=True)}</lastBuildDate>\n"
               "<copyright><![CDATA[Copyright: (C) Albion Broadcasting Network, see https://www.abn.co.uk/usingthesite/terms-of-use/#15metadataandrssfeeds for terms and conditions of reuse.]]></copyright>\n"
               "<language><![CDATA[en-gb]]></language>\n<ttl>15</ttl>")
    text = rss(channel, rows, ns=NS_DC + NS_CONTENT + NS_ATOM + NS_MEDIA)
    return feed("en_gb_abn_world.rss.xml", text, items, lang="en", outlet="ABN News", aliases=["ABN"],
                structure="BBC News world RSS (feeds.bbci.co.uk/news/world/rss.xml): channel 'Outlet - World' in CDATA, CDATA titles and one-sentence CDATA descriptions, no author elements, tracking query on links with the guid '#0' suffix, media:thumbnail, GMT dates, 'Watch:' video, live page, 'RSS for Node' generator, copyright naming the corporation",
                notes="No item carries a byline: authors are empty throughout. The explainer with a question title is a story.")


# ---------------------------------------------------------------- Fox News world-style
def lcn():
    """Fox News world RSS (moxie.foxnews.com/google-publisher/world.xml): full content:encoded
    with upper-case 'CLICK HERE' promo paragraphs, 'contributed to this report', guid as a
    permalink-less UUID, media:content thumbnails, -0500 dates, <category> tags with fox paths."""
    rows, items = [], []

    def add(slug, uid, title, when, desc, body, exp, cats=("world",)):
        url = f"https://www.lcnnews.com/world/{slug}"
        rows.append(item([
            ('guid isPermaLink="false"', uid), ("link", url),
            (f'media:content url="https://static.lcnnews.com/static/lcn/images/{uid[:8]}.jpg" medium="image" isDefault="true"', None),
            ("title", esc(title)), ("description", esc(desc)),
            ("content:encoded", esc(body)),
            *[("category", f"lcn-news/{c}") for c in cats],
            ("pubDate", rfc822(when)),
        ], sep="\n"))
        items.append(exp(uid))

    promo = '<p><a href="https://www.lcnnews.com/apps-products"><strong>CLICK HERE TO GET THE LCN NEWS APP</strong></a></p>'
    w = d(3, 15, 22, 1, -5)
    add("iran-seizes-tanker-strait-hormuz-navy", "a3c2e1f0-7b9d-4c58-9e21-5d0f4b8a6c11",
        "Iran seizes oil tanker in Strait of Hormuz, US Navy says", w,
        "Iran's Revolutionary Guard seized a Marshall Islands-flagged tanker in the Strait of Hormuz on Thursday, U.S. officials said.",
        "<p>Iran's Revolutionary Guard seized a Marshall Islands-flagged tanker in the Strait of Hormuz on Thursday, U.S. officials said.</p>"
        "<p>\"This is a flagrant violation of international law and a threat to commerce,\" Cmdr. Jessica Harlan, a spokeswoman for the U.S. Fifth Fleet, said in a statement.</p>"
        + promo +
        "<p>Iranian state television said the vessel had been carrying smuggled fuel.</p>"
        "<p><i>Reuters contributed to this report.</i></p>",
        lambda k: it(k, "Iran seizes oil tanker in Strait of Hormuz, US Navy says", w,
                     junk=["CLICK HERE", "contributed to this report"],
                     quotes=[q("Jessica Harlan", "U.S. Fifth Fleet")]), cats=("world", "world/conflicts/iran"))
    w = d(3, 13, 2, 40, -5)
    add("venezuela-opposition-leader-detained-caracas", "5e9f2a71-0c3d-4b6e-8a1f-2d7c9e4b3f08",
        "Venezuelan opposition figure detained in Caracas hours after returning from exile", w,
        "Venezuelan security forces detained opposition organizer Luisa Mendoza Ortega shortly after she landed in Caracas, her party said.",
        "<p>Venezuelan security forces detained opposition organizer Luisa Mendoza Ortega shortly after she landed in Caracas, her party said.</p>"
        "<p>Secretary of State spokesman Mark Delaney called the arrest \"another reminder of who the regime really is.\"</p>"
        + promo + '<p><strong>VENEZUELA\'S REGIME FACES NEW PRESSURE AS OIL EXPORTS SLUMP</strong></p>'
        "<p>The government did not respond to a request for comment.</p>",
        lambda k: it(k, "Venezuelan opposition figure detained in Caracas hours after returning from exile", w,
                     junk=["CLICK HERE", "FACES NEW PRESSURE"], quotes=[q("Mark Delaney", "Secretary of State")]),
        cats=("world", "world/world-regions/latin-america"))
    w = d(3, 10, 45, 0, -5)
    add("taiwan-detects-chinese-warships-drills", "0b1c2d3e-4f50-4617-8283-94a5b6c7d8e9",
        "Taiwan detects 14 Chinese warships near island as Beijing warns against 'separatist' moves", w,
        "Taiwan's defense ministry said it tracked 14 Chinese navy ships and 22 aircraft around the island.",
        "<p>Taiwan's defense ministry said it tracked 14 Chinese navy ships and 22 aircraft around the island over 24 hours.</p>" + promo,
        lambda k: it(k, "Taiwan detects 14 Chinese warships near island as Beijing warns against 'separatist' moves", w,
                     junk=["CLICK HERE"]), cats=("world", "world/world-regions/asia"))
    w = d(3, 9, 15, 0, -5)
    add("video/6365512340112", "6365512340112",
        "Former CIA officer on what Russia wants from Ukraine talks", w,
        "Former CIA station chief Dan Kessler joins 'LCN & Friends' to discuss the state of peace negotiations.",
        "<p>Former CIA station chief Dan Kessler joins 'LCN &amp; Friends' to discuss the state of peace negotiations.</p>",
        lambda k: it(k, "Former CIA officer on what Russia wants from Ukraine talks", w, story=False,
                     note="Video segment"), cats=("video",))
    w = d(3, 7, 30, 12, -5)
    add("british-tourist-rescued-alps-avalanche", "f7e6d5c4-b3a2-4190-8f7e-6d5c4b3a2918",
        "British tourist rescued after 20 hours buried in Alps avalanche", w,
        "A British skier was pulled alive from the snow near Chamonix, French rescuers said.",
        "<p>A British skier was pulled alive from the snow near Chamonix, French rescuers said.</p>" + promo,
        lambda k: it(k, "British tourist rescued after 20 hours buried in Alps avalanche", w, rel=False,
                     junk=["CLICK HERE"]), cats=("world", "world/world-regions/europe"))
    w = d(2, 21, 5, 33, -5)
    add("israel-hezbollah-border-strikes-lebanon", "2a4c6e80-1b3d-4f5a-8c7e-9d0b2f4a6c8e",
        "Israel strikes Hezbollah targets in southern Lebanon after rocket fire", w,
        "The Israel Defense Forces said it struck rocket launchers in southern Lebanon.",
        "<p>The Israel Defense Forces said it struck rocket launchers in southern Lebanon after three rockets were fired toward the Galilee.</p>"
        "<p>Lebanese Prime Minister Nabil Haddad urged \"all parties to respect the truce.\"</p>"
        + promo + "<p><i>LCN News' Yael Brenner and The Associated Press contributed to this report.</i></p>",
        lambda k: it(k, "Israel strikes Hezbollah targets in southern Lebanon after rocket fire", w,
                     junk=["CLICK HERE", "contributed to this report"], quotes=[q("Nabil Haddad", "Prime Minister")]),
        cats=("world", "world/conflicts/israel"))
    channel = ("<title>LCN News World</title><link>https://www.lcnnews.com/world</link>"
               "<description>World news from LCN News</description><language>en-US</language>"
               "<copyright>Copyright 2026 LCN News Network, LLC. All rights reserved.</copyright>"
               f"<lastBuildDate>{rfc822(d(3, 15, 30, 0, -5))}</lastBuildDate>"
               '<atom:link href="https://moxie.lcnnews.com/google-publisher/world.xml" rel="self" type="application/rss+xml"/>')
    text = rss(channel, rows, ns=NS_MEDIA + NS_CONTENT + NS_ATOM + NS_DC, decl="UTF-8")
    return feed("en_us_lcn_world.rss.xml", text, items, lang="en", outlet="LCN News", aliases=["LCN"],
                structure="Fox News world RSS (moxie.foxnews.com/google-publisher/world.xml): UUID non-permalink guids, media:content first, escaped-HTML content:encoded with full text, upper-case 'CLICK HERE TO GET THE … APP' promo paragraphs and an upper-case related-headline paragraph, italic 'contributed to this report' tails, slash-path category tags, a video segment with a numeric id, -0500 dates, LLC copyright",
                notes="No bylines in the feed: authors empty. 'LCN News' Yael Brenner' in the contribution tail is not the author.")


# ---------------------------------------------------------------- Los Angeles Times-style
def pacific():
    """LA Times world-nation RSS (latimes.com/world-nation/rss2.0.xml): dc:creator names,
    plain descriptions, media:content with media:credit and caption, 'Times staff writer' not in
    the feed, newsletter item, -0800 dates (PST) with the Arc guid."""
    rows, items = [], []

    def add(slug, title, when, creators, desc, exp, caption="Photo", credit="Associated Press"):
        url = f"https://www.pacificledger.com/world-nation/story/2026-12-0{when.day}/{slug}"
        rows.append(item([
            ("title", esc(title)), ("link", url), ('guid isPermaLink="false"', url),
            *[("dc:creator", esc(c)) for c in creators],
            ("description", esc(desc)), ("pubDate", rfc822(when)),
            (f'media:content url="https://img.pacificledger.com/dims4/{slug[:10]}.jpg" medium="image" width="2000" height="1333"',
             f"<media:description>{esc(caption)}</media:description><media:credit>{esc(credit)}</media:credit>"),
        ]))
        items.append(exp(url))

    w = d(3, 12, 10, 0, -8)
    add("mexico-water-treaty-rio-grande", "Mexico agrees to send more Rio Grande water to U.S. as treaty deadline nears", w,
        ["Elena Castañeda", "Patrick J. Wheeler"],
        "Mexico will release more water from its reservoirs to meet its obligations under a 1944 treaty, easing a dispute that had threatened tariffs on Mexican goods.",
        lambda k: it(k, "Mexico agrees to send more Rio Grande water to U.S. as treaty deadline nears", w, ["Elena Castañeda", "Patrick J. Wheeler"]),
        caption="The Rio Grande near Ciudad Juárez, Mexico, in October.", credit="(Carlos Ruiz / For The Times)")
    w = d(3, 10, 45, 0, -8)
    add("ukraine-drone-factory-lviv-strike", "Russian missile hits drone workshop in western Ukraine, killing 4", w,
        ["Associated Press"],
        "LVIV, Ukraine — A Russian missile struck a workshop in Lviv that officials said assembled drones, killing four people, the regional governor said Thursday.",
        lambda k: it(k, "Russian missile hits drone workshop in western Ukraine, killing 4", w, [], junk=["LVIV, Ukraine —"],
                     note="The wire credit in dc:creator is not a person"))
    w = d(3, 9, 0, 0, -8)
    add("essential-politics-newsletter-dec-3", "Essential Politics: What the president's envoy heard in Beijing", w,
        ["Noah Bierstadt"],
        "This is the Dec. 3, 2026, edition of Essential Politics. Sign up to get it in your inbox.",
        lambda k: it(k, "Essential Politics: What the president's envoy heard in Beijing", w, ["Noah Bierstadt"], story=False,
                     junk=["Sign up to get it in your inbox"], note="Newsletter edition"))
    w = d(3, 6, 30, 0, -8)
    add("south-africa-g20-johannesburg-aftermath", "After a G20 snubbed by Washington, South Africa counts the diplomatic cost", w,
        ["Kimberly Adeyemi"],
        "JOHANNESBURG — South African officials say the summit proved the group could work without the United States. Others are less sure. “We showed the room was full,” said Zanele Moyo, the deputy foreign minister.",
        lambda k: it(k, "After a G20 snubbed by Washington, South Africa counts the diplomatic cost", w, ["Kimberly Adeyemi"],
                     junk=["JOHANNESBURG —"], quotes=[q("Zanele Moyo", "deputy foreign minister")]))
    w = d(2, 17, 20, 0, -8)
    add("dodgers-japan-pitcher-posting-deal", "Dodgers land Japanese ace Haruto Mizuno on $180-million deal", w,
        ["Rafael Ortega-Lind"],
        "The Dodgers beat out the Yankees and Mets for the 26-year-old right-hander, who was posted by the Yokohama club last month.",
        lambda k: it(k, "Dodgers land Japanese ace Haruto Mizuno on $180-million deal", w, ["Rafael Ortega-Lind"], rel=False))
    w = d(2, 15, 5, 0, -8)
    add("photos-syria-refugees-return-homs", "Photos: Syrian families return to what is left of Homs", w,
        ["Dario Velez"],
        "Times photographer Dario Velez follows three families on the road home from Lebanon.",
        lambda k: it(k, "Syrian families return to what is left of Homs", w, ["Dario Velez"], story=False,
                     note="Photo gallery. Title label 'Photos:' may be kept or dropped"))
    channel = ("<title>World &amp; Nation - The Pacific Ledger</title><link>https://www.pacificledger.com/world-nation</link>"
               "<description>World and national news from the Pacific Ledger</description><language>en-US</language>"
               "<copyright>Copyright (c) 2026 Pacific Ledger Communications LLC</copyright>"
               f"<lastBuildDate>{rfc822(d(3, 12, 15, 0, -8))}</lastBuildDate><generator>Brightspot</generator>")
    text = rss(channel, rows, ns=NS_DC + NS_MEDIA + NS_ATOM, decl="UTF-8")
    return feed("en_us_pacificledger_world_nation.rss.xml", text, items, lang="en", outlet="The Pacific Ledger",
                aliases=["Pacific Ledger"],
                structure="Los Angeles Times world-nation RSS (Brightspot): channel 'World & Nation - Outlet', guid equal to link (isPermaLink false), one dc:creator per author, 'Associated Press' as dc:creator on wire copy, 'CITY —' datelines in descriptions, media:content with media:description caption and '(Name / For The Times)' credit, a newsletter edition and a photo gallery, -0800 dates, LLC copyright",
                notes="'Associated Press' in dc:creator is a wire credit, not a person.")


# ---------------------------------------------------------------- Japan Times-style
def meiji():
    """Japan Times WordPress RSS (japantimes.co.jp/feed): dc:creator with names or 'Kyodo',
    'Reuters', 'Bloomberg', CDATA descriptions ending '[…]', +0900 dates, '?p=' guids,
    category lists, media:content."""
    rows, items = [], []

    def add(pid, path, title, when, creator, desc, exp, cats):
        url = f"https://www.meijichronicle.jp/news/2026/12/0{when.day}/{path}/"
        rows.append(item([
            ("title", esc(title)), ("link", url), ("dc:creator", cdata(creator)),
            ("pubDate", rfc822(when)),
            *[("category", cdata(c)) for c in cats],
            ('guid isPermaLink="false"', f"https://www.meijichronicle.jp/?p={pid}"),
            ("description", cdata(desc)),
            (f'media:content url="https://static.meijichronicle.jp/uploads/imported_images/{pid}.jpg" medium="image"', None),
        ], sep="\n\t\t"))
        items.append(exp(f"https://www.meijichronicle.jp/?p={pid}"))

    w = d(4, 11, 42, 18, 9)
    add(4501882, "national/politics-diplomacy/japan-philippines-reciprocal-access", "Japan and Philippines expand defense pact to cover joint coast guard drills", w,
        "Kenji Furuhata", "Japan and the Philippines agreed Thursday to expand their reciprocal access agreement so that coast guard vessels can train together in the South China Sea, Foreign Minister Takuya Oshiro said. “Our seas are connected, and so is our security,” Oshiro told reporters in Manila. […]",
        lambda k: it(k, "Japan and Philippines expand defense pact to cover joint coast guard drills", w, ["Kenji Furuhata"],
                     junk=["[…]"], quotes=[q("Takuya Oshiro", "Foreign Minister")]),
        ["National", "Politics &amp; Diplomacy", "Philippines", "South China Sea"])
    w = d(4, 9, 5, 0, 9)
    add(4501760, "asia-pacific/north-korea-missile-launch-december", "North Korea fires ballistic missile into Sea of Japan", w,
        "Kyodo", "North Korea fired a ballistic missile into the Sea of Japan on Friday morning, the Defense Ministry said, the first such launch in six weeks. […]",
        lambda k: it(k, "North Korea fires ballistic missile into Sea of Japan", w, [], junk=["[…]"],
                     note="'Kyodo' is a news agency, not an author"), ["Asia Pacific", "North Korea"])
    w = d(4, 7, 30, 0, 9)
    add(4501691, "business/economy/boj-rate-decision-yen", "BOJ likely to hold rates as weak yen clouds outlook", w,
        "Bloomberg", "The Bank of Japan is likely to keep its benchmark rate unchanged this month, according to people familiar with the matter. […]",
        lambda k: it(k, "BOJ likely to hold rates as weak yen clouds outlook", w, [], rel=False, junk=["[…]"]), ["Business", "Economy"])
    w = d(3, 22, 10, 0, 9)
    add(4501555, "world/politics/india-china-border-talks-resume", "India and China resume border talks with focus on patrol points", w,
        "Reuters", "Indian and Chinese diplomats resumed talks in New Delhi on disengagement along their disputed Himalayan border, India's External Affairs Ministry said. […]",
        lambda k: it(k, "India and China resume border talks with focus on patrol points", w, [], junk=["[…]"]), ["World", "Politics", "India", "China"])
    w = d(3, 18, 0, 0, 9)
    add(4501420, "life/food/osaka-oden-winter", "Where to find Osaka's best winter oden", w,
        "Mika Sorensen-Ito", "From standing bars to century-old shops, a guide to the city's most comforting dish. […]",
        lambda k: it(k, "Where to find Osaka's best winter oden", w, ["Mika Sorensen-Ito"], rel=False, junk=["[…]"]), ["Life", "Food"])
    w = d(3, 15, 45, 0, 9)
    add(4501377, "podcast/deep-dive-japan-china-seafood-ban", "Deep Dive: What's behind China's new ban on Japanese seafood?", w,
        "Ryosuke Hamada", "On this week's episode, we talk with a fisheries economist about Beijing's latest move. […]",
        lambda k: it(k, "What's behind China's new ban on Japanese seafood?", w, ["Ryosuke Hamada"], story=False, junk=["[…]"],
                     note="Podcast episode. Title label 'Deep Dive:' may be kept or dropped"), ["Podcast", "Deep Dive"])
    w = d(3, 12, 20, 0, 9)
    add(4501301, "news/2026/12/03/asia-pacific/australia-china-trade-envoy", "Australia sends trade envoy to Beijing as barley talks stall", w,
        "Reuters", "Australia sent its trade envoy to Beijing on Wednesday for talks, Trade Minister Claire Donnelly said, adding that “dialogue is how we fix this.” […]",
        lambda k: it(k, "Australia sends trade envoy to Beijing as barley talks stall", w, [], junk=["[…]"],
                     quotes=[q("Claire Donnelly", "Trade Minister")]), ["Asia Pacific", "Australia", "China"])
    channel = ("\n\t<title>The Meiji Chronicle</title>\n\t<atom:link href=\"https://www.meijichronicle.jp/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n"
               "\t<link>https://www.meijichronicle.jp</link>\n\t<description>News on Japan, Business News, Opinion, Sports, Entertainment and More</description>\n"
               f"\t<lastBuildDate>{rfc822(d(4, 11, 50, 0, 9))}</lastBuildDate>\n\t<language>en-US</language>\n"
               "\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t<sy:updateFrequency>1</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.7.1</generator>")
    text = rss(channel, rows, ns=NS_CONTENT + ' xmlns:wfw="http://wellformedweb.org/CommentAPI/"' + NS_DC + NS_ATOM
               + ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"' + NS_MEDIA, decl="UTF-8")
    return feed("en_jp_meijichronicle_all.rss.xml", text, items, lang="en", outlet="The Meiji Chronicle", aliases=["Meiji Chronicle"],
                structure="Japan Times-style WordPress feed (/feed/): tab-indented, CDATA dc:creator with names or agency names (Kyodo, Reuters, Bloomberg), CDATA categories, '?p=' guids, CDATA descriptions ending ' […]', +0900 dates, a 'Deep Dive:' podcast and food and business items, no copyright element",
                notes="Agency names in dc:creator are not people. One item's link path has a doubled 'news/2026/12/03' (CMS quirk); harmless.")


# ---------------------------------------------------------------- Hindustan Times-style
def capital():
    """Hindustan Times world-news RSS (hindustantimes.com/feeds/rss/world-news/rssfeed.xml):
    CDATA titles, plain descriptions, media:content, no author, '+0530' dates, .html links with
    numeric ids as guids, lifestyle/viral items mentioning foreign places."""
    rows, items = [], []

    def add(slug, nid, title, when, desc, exp):
        url = f"https://www.capitaltimes.in/world-news/{slug}-{nid}.html"
        rows.append(item([
            ("title", cdata(title)), ("link", url), ("description", cdata(desc)),
            (f'media:content url="https://www.capitaltimes.in/ct-img/img/2026/12/03/550x309/{nid}.jpg" medium="image" width="550" height="309"', None),
            ("pubDate", rfc822(when)), ("guid", url)], sep="\n"))
        items.append(exp(url))

    w = d(3, 21, 14, 52, 5.5)
    add("us-visa-fee-indian-students-state-department", "101764812345678", "US State Department defends new visa fee as Indian students protest", w,
        "The US State Department on Wednesday defended a $300 'processing surcharge' on student visas, saying it would \"protect the system\", as student groups in India called it discriminatory.",
        lambda k: it(k, "US State Department defends new visa fee as Indian students protest", w))
    w = d(3, 19, 2, 10, 5.5)
    add("pakistan-afghanistan-border-clash-torkham", "101764798765432", "Pakistan, Afghanistan troops clash at Torkham border; crossing shut", w,
        "Pakistani and Afghan forces exchanged fire at the Torkham crossing late on Wednesday, officials said, forcing the key trade route to close for the second time this year.",
        lambda k: it(k, "Pakistan, Afghanistan troops clash at Torkham border; crossing shut", w))
    w = d(3, 17, 40, 0, 5.5)
    add("viral-video-indian-family-dances-on-london-tube", "101764781112223", "Viral video: Indian family dances on London Tube, internet can't get enough", w,
        "The clip, shared on Instagram, has been viewed more than 4 million times.",
        lambda k: it(k, "Viral video: Indian family dances on London Tube, internet can't get enough", w, rel=False))
    w = d(3, 15, 5, 0, 5.5)
    add("sri-lanka-president-visit-new-delhi-jaishankar", "101764766554433", "Sri Lanka's president to visit New Delhi next week, says foreign ministry", w,
        "Sri Lankan President Nimal Abeywardena will hold talks with Prime Minister of India on energy and maritime security, the Sri Lankan foreign ministry said. \"India is our closest neighbour and partner,\" foreign ministry spokesperson Dilini Perera said.",
        lambda k: it(k, "Sri Lanka's president to visit New Delhi next week, says foreign ministry", w,
                     quotes=[q("Dilini Perera", "foreign ministry")]))
    w = d(3, 12, 30, 0, 5.5)
    add("bangladesh-interim-govt-hasina-extradition-request", "101764744332211", "Bangladesh renews extradition request for ex-PM; India says 'examining'", w,
        "Bangladesh's interim government has sent a fresh note verbale to New Delhi, officials said.",
        lambda k: it(k, "Bangladesh renews extradition request for ex-PM; India says 'examining'", w))
    w = d(3, 10, 0, 0, 5.5)
    add("dubai-gold-prices-today-december-3", "101764722110099", "Gold rate in Dubai today: Prices rise ahead of wedding season", w,
        "Check the latest 24-carat and 22-carat gold prices in the UAE.",
        lambda k: it(k, "Gold rate in Dubai today: Prices rise ahead of wedding season", w, rel=False, story=False,
                     note="Daily price service page"))
    channel = ("\n<title>World News | Latest World News, International News | Capital Times</title>\n<link>https://www.capitaltimes.in/world-news</link>\n"
               "<description>Latest world news and international headlines from Capital Times</description>\n<language>en-in</language>\n"
               "<copyright>Copyright 2026 CT Media Limited</copyright>\n"
               f"<lastBuildDate>{rfc822(d(3, 21, 20, 0, 5.5))}</lastBuildDate>")
    text = rss(channel, rows, ns=NS_MEDIA + NS_ATOM, decl="UTF-8")
    return feed("en_in_capitaltimes_world.rss.xml", text, items, lang="en", outlet="Capital Times",
                structure="Hindustan Times world-news RSS: SEO channel title 'World News | Latest World News, International News | Outlet', CDATA titles and descriptions, media:content before pubDate, guid = .html link with long numeric id, +0530 dates, viral-video and gold-price items, 'Limited' copyright",
                notes="No author elements: authors empty.")


# ---------------------------------------------------------------- Arab News-style
def najd():
    """Arab News Drupal RSS (arabnews.com/cat/4/rss.xml): '/node/<n>' links, escaped-HTML
    descriptions opening 'CITY: ', dc:creator with names, 'AFP', 'Reuters' or the outlet,
    +0000 dates, guid '<n> at https://…' (Drupal)."""
    rows, items = [], []

    def add(n, path, title, when, creator, desc, exp):
        url = f"https://www.najdherald.com/node/{n}/{path}"
        rows.append(item([
            ("title", esc(title)), ("link", url), ("description", esc(desc)),
            ("pubDate", rfc822(when)), ("dc:creator", esc(creator)),
            ('guid isPermaLink="false"', f"{n} at https://www.najdherald.com")], sep="\n  "))
        items.append(exp(f"{n} at https://www.najdherald.com"))

    w = d(3, 19, 40, 2)
    add(2614401, "saudi-arabia", "Saudi FM meets Iranian counterpart in Riyadh on regional security", w, "Najd Herald",
        "<p>RIYADH: Saudi Foreign Minister Prince Faisal bin Nasser received his Iranian counterpart Abbas Rahimi in Riyadh on Wednesday to discuss regional security and the situation in Gaza.</p><p>The ministers “stressed the importance of continued coordination,” the Saudi Press Agency said.</p>",
        lambda k: it(k, "Saudi FM meets Iranian counterpart in Riyadh on regional security", w, [], junk=["RIYADH:"],
                     note="The outlet name in dc:creator is not a person"))
    w = d(3, 17, 22, 50)
    add(2614388, "middle-east", "Sudan's army says it retook key town from RSF in North Kordofan", w, "AFP",
        "<p>PORT SUDAN: Sudan's army said on Wednesday it had recaptured the town of Um Sumeima from the paramilitary Rapid Support Forces.</p><p>“Our forces have cleansed the town,” army spokesman Brig. Gen. Nabil Abdalla said in a statement.</p>",
        lambda k: it(k, "Sudan's army says it retook key town from RSF in North Kordofan", w, [], junk=["PORT SUDAN:"],
                     quotes=[q("Nabil Abdalla", "army")]))
    w = d(3, 15, 8, 0)
    add(2614370, "sport", "Al-Hilal sign Brazilian midfielder on three-year deal", w, "Reuters",
        "<p>RIYADH: Al-Hilal have signed Brazilian midfielder Caio Ferreira from Benfica, the club said on Wednesday.</p>",
        lambda k: it(k, "Al-Hilal sign Brazilian midfielder on three-year deal", w, [], rel=False, junk=["RIYADH:"]))
    w = d(3, 12, 45, 0)
    add(2614342, "world", "Philippines protests Chinese coast guard water cannon use near Scarborough Shoal", w, "Reuters",
        "<p>MANILA: The Philippines lodged a diplomatic protest on Wednesday after Chinese coast guard ships fired water cannon at a fisheries vessel near the Scarborough Shoal.</p>",
        lambda k: it(k, "Philippines protests Chinese coast guard water cannon use near Scarborough Shoal", w, [], junk=["MANILA:"]))
    w = d(3, 10, 0, 0)
    add(2614300, "opinion", "Gulf diplomacy has quietly come of age", w, "Hassan Al-Mutairi",
        "<p>The region's capitals are no longer waiting to be told what to do, and the last month proved it.</p>",
        lambda k: it(k, "Gulf diplomacy has quietly come of age", w, ["Hassan Al-Mutairi"], note="Opinion column"))
    w = d(3, 8, 30, 0)
    add(2614277, "lifestyle", "Red Sea film festival unveils lineup with 20 Arab premieres", w, "Rania Khoury",
        "<p>JEDDAH: The Red Sea International Film Festival announced its lineup on Tuesday.</p>",
        lambda k: it(k, "Red Sea film festival unveils lineup with 20 Arab premieres", w, ["Rania Khoury"], rel=False, junk=["JEDDAH:"]))
    w = d(3, 6, 12, 0)
    add(2614251, "media", "WATCH: Gaza families queue for bread as aid trickles in", w, "Najd Herald",
        '<p><iframe src="https://www.youtube.com/embed/Xk2p9aQ0r1c" width="560" height="315"></iframe></p>',
        lambda k: it(k, "Gaza families queue for bread as aid trickles in", w, [], story=False,
                     note="Video embed only. Title label 'WATCH:' may be kept or dropped"))
    channel = ("\n  <title>Najd Herald - World</title>\n  <link>https://www.najdherald.com/</link>\n  <description>Najd Herald - The Middle East's leading English language daily</description>\n  <language>en</language>")
    text = rss(channel, rows, ns=' xml:base="https://www.najdherald.com/"' + NS_DC + NS_ATOM, decl="utf-8")
    return feed("en_sa_najdherald_world.rss.xml", text, items, lang="en", outlet="Najd Herald",
                structure="Arab News-style Drupal 7 RSS: xml:base on <rss>, '/node/<n>/<section>' links, Drupal guids '<n> at https://site', escaped <p> descriptions opening 'CITY:' (upper case with colon), dc:creator after pubDate holding names, agencies or the outlet, +0000 dates, opinion, sport, lifestyle and an iframe-only video, no copyright",
                notes="dc:creator 'Najd Herald', 'AFP', 'Reuters' are not people.")


# ---------------------------------------------------------------- Euronews-style
def eurovista():
    """Euronews RSS (euronews.com/rss?level=theme&name=news): CDATA titles/descriptions,
    dc:creator 'Name', media:content with media:credit, 'with AP' lines, +0100 dates,
    '/my-europe/' and '/video/' paths, enclosure of the video."""
    rows, items = [], []

    def add(path, title, when, creators, desc, exp, enclosure=False):
        url = f"https://www.eurovista.eu/{path}"
        pairs = [("title", cdata(title)), ("link", url), ('guid isPermaLink="false"', url.split("/")[-1]),
                 ("description", cdata(desc)), ("pubDate", rfc822(when))]
        pairs += [("dc:creator", cdata(c)) for c in creators]
        if enclosure:
            pairs.append(('enclosure url="https://video.eurovista.eu/mp4/' + url.split("/")[-1] + '.mp4" type="video/mp4" length="0"', None))
        pairs.append(('media:content url="https://static.eurovista.eu/articles/stories/09/33/44/18/1200x675_cmsv2.jpg" medium="image"',
                      "<media:credit>Copyright AP Photo</media:credit>"))
        rows.append(item(pairs, sep="\n"))
        items.append(exp(url.split("/")[-1]))

    w = d(3, 18, 5, 0, 1)
    add("my-europe/2026/12/03/eu-leaders-clash-over-frozen-russian-assets-loan", "EU leaders clash over plan to use frozen Russian assets for Ukraine loan", w,
        ["Maria Lindqvist", "Jorge Santamarina"],
        "Belgium is still refusing to back the scheme. \"We will not take this risk alone,\" Belgian Prime Minister Hendrik Vandamme said on arrival.",
        lambda k: it(k, "EU leaders clash over plan to use frozen Russian assets for Ukraine loan", w, ["Maria Lindqvist", "Jorge Santamarina"],
                     quotes=[q("Hendrik Vandamme", "Belgian Prime Minister")]))
    w = d(3, 16, 30, 0, 1)
    add("2026/12/03/georgia-protesters-tbilisi-parliament-night-36", "Georgian protesters rally for 36th night as government passes foreign agents amendment", w,
        ["Eurovista with AP"],
        "Thousands gathered outside parliament in Tbilisi again on Wednesday evening.",
        lambda k: it(k, "Georgian protesters rally for 36th night as government passes foreign agents amendment", w, [],
                     junk=["with AP"], note="'Eurovista with AP' is a credit, not a person"))
    w = d(3, 14, 12, 0, 1)
    add("video/2026/12/03/no-comment-snow-blankets-bucharest", "No Comment: Snow blankets Bucharest", w, [],
        "The first snow of winter fell on the Romanian capital.",
        lambda k: it(k, "Snow blankets Bucharest", w, story=False, rel=False, note="Wordless video. Title label 'No Comment:' may be kept or dropped"), enclosure=True)
    w = d(3, 11, 40, 0, 1)
    add("business/2026/12/03/eurozone-inflation-falls-to-19", "Eurozone inflation falls to 1.9% in November", w, ["Piet Verhoeven"],
        "Energy prices pulled the headline rate below the ECB's target for the first time since spring.",
        lambda k: it(k, "Eurozone inflation falls to 1.9% in November", w, ["Piet Verhoeven"], rel=False))
    w = d(3, 9, 15, 0, 1)
    add("2026/12/03/france-recalls-ambassador-to-mali-junta", "France recalls ambassador from Algeria after journalist jailed", w, ["Louise Garnier"],
        "Paris called the seven-year sentence \"unacceptable\", according to foreign ministry spokesperson Christophe Lemaire.",
        lambda k: it(k, "France recalls ambassador from Algeria after journalist jailed", w, ["Louise Garnier"],
                     quotes=[q("Christophe Lemaire", "foreign ministry")]))
    w = d(3, 7, 0, 0, 1)
    add("travel/2026/12/03/europes-best-christmas-markets-2026", "Europe's best Christmas markets for 2026, according to travellers", w, ["Anna Kowalczyk"],
        "From Colmar to Kraków, these are the markets readers voted for.",
        lambda k: it(k, "Europe's best Christmas markets for 2026, according to travellers", w, ["Anna Kowalczyk"], rel=False))
    channel = ("\n<title>Eurovista RSS | Europe News, World News</title>\n<link>https://www.eurovista.eu</link>\n<description>Eurovista: latest news from Europe and the world</description>\n"
               "<language>en</language>\n<copyright>Copyright Eurovista 2026</copyright>\n"
               f"<pubDate>{rfc822(d(3, 18, 10, 0, 1))}</pubDate>")
    text = rss(channel, rows, ns=NS_DC + NS_MEDIA + NS_ATOM, decl="utf-8")
    return feed("en_eu_eurovista_news.rss.xml", text, items, lang="en", outlet="Eurovista",
                structure="Euronews RSS: channel 'Outlet RSS | Europe News, World News', slug-only non-permalink guids, CDATA titles/descriptions, CDATA dc:creator after pubDate (two on one item, 'Outlet with AP' on another), 'No Comment:' video with an mp4 enclosure of length 0, media:content with 'Copyright AP Photo' credit, business and travel items, +0100 dates",
                notes="'Eurovista with AP' is a credit line, not an author.")


# ---------------------------------------------------------------- Sky News-style
def horizon():
    """Sky News world RSS (feeds.skynews.com/feeds/rss/world.xml): plain titles and
    descriptions, enclosure image with length 0, media:description, media:thumbnail, 'latest:'
    live pages, GMT dates, no authors."""
    rows, items = [], []

    def add(nid, slug, title, when, desc, exp):
        url = f"https://news.horizon.tv/story/{slug}-{nid}"
        rows.append(item([
            ("title", esc(title)), ("link", url), ("description", esc(desc)),
            ("pubDate", rfc822(when, gmt=True)), ("guid", url),
            (f'enclosure url="https://e3.horizoncdn.tv/26/12/70x70/{nid}.jpg" length="0" type="image/jpeg"', None),
            ('media:description type="html"', esc(title)),
            (f'media:thumbnail url="https://e3.horizoncdn.tv/26/12/70x70/{nid}.jpg" width="70" height="70"', None),
            (f'media:content type="image/jpeg" url="https://e3.horizoncdn.tv/26/12/70x70/{nid}.jpg"', None)], sep="\n"))
        items.append(exp(url))

    w = d(3, 20, 1, 0)
    add(13477120, "ukraine-war-latest-president-berlin", "Ukraine war latest: Ukraine's president heads to Berlin as allies discuss security guarantees", w,
        "Follow the latest from the war in Ukraine.",
        lambda k: it(k, "Ukraine war latest: Ukraine's president heads to Berlin as allies discuss security guarantees", w, story=False, note="Live page"))
    w = d(3, 18, 33, 0)
    add(13477099, "british-aid-worker-kidnapped-in-haiti-freed", "British aid worker kidnapped in Haiti freed after 11 days", w,
        "Foreign Office minister Catherine Lowther said she was \"hugely relieved\" the woman was safe.",
        lambda k: it(k, "British aid worker kidnapped in Haiti freed after 11 days", w, quotes=[q("Catherine Lowther", "Foreign Office minister")]))
    w = d(3, 16, 20, 0)
    add(13477051, "greenland-votes-on-mining-law-as-us-interest-grows", "Greenland votes on mining law as US interest grows", w,
        "The island's parliament in Nuuk will decide on rules for foreign ownership of rare-earth projects.",
        lambda k: it(k, "Greenland votes on mining law as US interest grows", w))
    w = d(3, 14, 2, 0)
    add(13476988, "man-survives-46-days-lost-at-sea-off-mexico", "Man survives 46 days lost at sea off Mexico by eating raw fish", w,
        "The fisherman was found by a tuna boat 500 miles off the coast.",
        lambda k: it(k, "Man survives 46 days lost at sea off Mexico by eating raw fish", w, rel=False))
    w = d(3, 11, 48, 0)
    add(13476930, "myanmar-junta-election-second-phase-violence", "Myanmar junta presses ahead with second phase of election despite violence", w,
        "Voting took place in 100 townships, with armed groups warning people to stay away.",
        lambda k: it(k, "Myanmar junta presses ahead with second phase of election despite violence", w))
    w = d(3, 9, 5, 0)
    add(13476877, "the-world-podcast-can-the-ceasefire-hold", "The World podcast: Can the Gaza ceasefire hold?", w,
        "Listen to The World with Nadia Farrow on your podcast app.",
        lambda k: it(k, "The World podcast: Can the Gaza ceasefire hold?", w, story=False, note="Podcast episode"))
    channel = ("\n<title>Horizon News - World</title>\n<link>https://news.horizon.tv/world</link>\n<description>Expert comment and analysis on the latest international news from Horizon News</description>\n"
               "<language>en-gb</language>\n<copyright>Copyright Horizon Group UK Limited 2026</copyright>\n"
               f"<lastBuildDate>{rfc822(d(3, 20, 5), gmt=True)}</lastBuildDate>")
    text = rss(channel, rows, ns=NS_MEDIA + NS_ATOM, decl="UTF-8")
    return feed("en_gb_horizonnews_world.rss.xml", text, items, lang="en", outlet="Horizon News",
                structure="Sky News world RSS: plain titles/descriptions, guid = link without isPermaLink, 70x70 enclosure image with length 0, media:description repeating the title, media:thumbnail and media:content, 'Ukraine war latest:' live page, podcast episode, GMT dates, 'Group UK Limited' copyright",
                notes="No bylines: authors empty.")


FEEDS = [abn, lcn, pacific, meiji, capital, najd, eurovista, horizon]
