# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the eleventh held-out set: eight world desks (a London financial daily, a
Washington daily, a New Zealand public broadcaster, a Delhi daily, a Canadian TV network, a
Karachi English daily, a Johannesburg news site, a Jerusalem English news site), a tech site and
a science journal. All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, cdata, esc, it, q, rfc822, rss
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, off=0.0, s=0):
    return dt(2026, 12, day, h, mi, s, off)


# ---------------------------------------------------------------- FT-style
def lombard():
    """FT-style (ft.com/world?format=rss): channel titled only 'World' in CDATA, 'RSS for Node'
    generator, CDATA titles/standfirsts, '/content/<uuid>' links as non-permalink guids,
    media:thumbnail, no authors, no copyright; outlet only in the link domain."""
    rows, items = [], []

    def add(uuid, title, when, desc, exp):
        url = f"https://www.lombardtimes.com/content/{uuid}"
        rows.append(f"<item><title>{cdata(title)}</title><description>{cdata(desc)}</description><link>{url}</link><guid isPermaLink=\"false\">{url}</guid><pubDate>{rfc822(when, gmt=True)}</pubDate><media:thumbnail url=\"https://images.lombardtimes.net/v2/image/raw/{uuid[:8]}?source=next-barrier-page&amp;width=700\"/></item>")
        items.append(exp(url))

    w = d(4, 18, 2)
    add("7c1e2a90-4b1d-4e8e-9f3a-2d5c0b8e6a11", "EU ministers back €40bn loan to Kyiv backed by frozen Russian assets", w,
        "Hungary abstains as bloc moves to lock in funding for Ukraine through 2028", lambda k: it(k, "EU ministers back €40bn loan to Kyiv backed by frozen Russian assets", w))
    w = d(4, 16, 45)
    add("a93f0c52-11e7-4c0b-8d6e-5b7e2f9d4c20", "China’s exporters race to beat Mexico’s new tariff wall", w,
        "Shipments of steel and car parts surge ahead of January duties aimed at Asian suppliers", lambda k: it(k, "China’s exporters race to beat Mexico’s new tariff wall", w))
    w = d(4, 15, 30)
    add("0d4b8e17-6a2c-4f59-b1e0-9c3d7a5f2e48", "The Lombard View: Europe cannot outsource its Arctic security", w,
        "Greater spending on icebreakers and surveillance is overdue as shipping lanes open", lambda k: it(k, "Europe cannot outsource its Arctic security", w, note="Title label 'The Lombard View:' may be kept or dropped"))
    w = d(4, 14, 10)
    add("5e82c1d3-9f40-4a7b-a2c6-1f8e3b0d7c95", "Gold tops $3,000 as investors pile into havens", w,
        "Bullion extends record run on bets of deeper rate cuts in 2027", lambda k: it(k, "Gold tops $3,000 as investors pile into havens", w, rel=False))
    w = d(4, 12, 55)
    add("b61d9e04-2c8a-4d3f-86b1-7a0e5c4f9d32", "Sudan’s rival generals agree to Jeddah talks under Saudi-US pressure", w,
        "Diplomats caution that previous ceasefires collapsed within days", lambda k: it(k, "Sudan’s rival generals agree to Jeddah talks under Saudi-US pressure", w))
    w = d(4, 11, 20)
    add("e3a07f68-8d15-4b92-9e4c-6c2b1d0a8f73", "Lunch with the LT: Ingrid Halvorsen", w,
        "Norway’s former Nato envoy on deterrence, drones and why she never learnt to ski", lambda k: it(k, "Lunch with the LT: Ingrid Halvorsen", w, note="Interview feature with a diplomat: relevant"))
    channel = (f"<title>{cdata('World')}</title><description>{cdata('World')}</description><link>https://www.lombardtimes.com/world</link>"
               f"<generator>RSS for Node</generator><lastBuildDate>{rfc822(d(4, 18, 10), gmt=True)}</lastBuildDate><atom:link href=\"https://www.lombardtimes.com/world?format=rss\" rel=\"self\" type=\"application/rss+xml\"/><ttl>15</ttl>")
    return feed("en_gb_lombardtimes_world.rss.xml", rss(channel, rows, ns=NS_DC + NS_CONTENT + NS_ATOM + NS_MEDIA, decl="UTF-8", sep=""), items,
                lang="en", outlet="The Lombard Times", aliases=["LT"], notes="The channel title is only the section ('World'); the outlet appears only in the link domain lombardtimes.com.",
                structure="Financial Times-style section RSS (ft.com/world?format=rss): single line, channel titled only 'World' (CDATA) with 'RSS for Node' generator and no copyright, CDATA titles and one-line standfirsts without final stop, '/content/<uuid>' links repeated as non-permalink guids, media:thumbnail, no authors, 'The Lombard View:' editorial label, a 'Lunch with the LT' interview and a markets item, GMT dates")


# ---------------------------------------------------------------- Washington Post-style
def chesapeake():
    """WaPo-style (feeds.washingtonpost.com/rss/world): tracking query on links, clean permalink
    guids, dc:creator 'A, B' in one element, plain description, media:content, -0500 dates."""
    rows, items = [], []

    def add(path, title, when, by, desc, exp):
        url = f"https://www.chesapeakepost.com/world/2026/12/04/{path}/"
        cr = f"<dc:creator>{esc(by)}</dc:creator>" if by else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}?utm_source=rss&amp;utm_medium=referral&amp;utm_campaign=cp_world</link>\n      <pubDate>{rfc822(when)}</pubDate>\n      <guid isPermaLink=\"true\">{url}</guid>\n      {cr}\n      <description>{esc(desc)}</description>\n      <media:content url=\"https://www.chesapeakepost.com/cp-apps/imrs.php?src=https://arc-anglerfish-cp-prod.s3.amazonaws.com/public/{path[:10].upper()}.jpg&amp;w=1440\" medium=\"image\"/>\n    </item>")
        items.append(exp(url))

    w = d(4, 13, 5, -5)
    add("taiwan-strait-drills-us-destroyer", "China stages drills near Taiwan hours after U.S. destroyer transit", w, "Lydia Marchetti, Kwan Soo-min",
        "The exercises, the third this year, included live-fire drills off Fujian, Taiwan’s defense ministry said.",
        lambda k: it(k, "China stages drills near Taiwan hours after U.S. destroyer transit", w, ["Lydia Marchetti", "Kwan Soo-min"]))
    w = d(4, 11, 40, -5)
    add("mexico-cartel-extradition-deal", "Mexico agrees to extradite 29 cartel suspects in deal with Washington", w, "Tomás Irigoyen",
        "“This is cooperation, not subordination,” Mexico’s security minister, Adela Cornejo, told reporters in Mexico City.",
        lambda k: it(k, "Mexico agrees to extradite 29 cartel suspects in deal with Washington", w, ["Tomás Irigoyen"], quotes=[q("Adela Cornejo", "Mexico")]))
    w = d(4, 10, 15, -5)
    add("world-cup-2030-morocco-stadium", "Inside the race to finish Morocco’s giant World Cup stadium", w, "Harriet Okafor",
        "Thousands of workers are toiling around the clock near Casablanca.",
        lambda k: it(k, "Inside the race to finish Morocco’s giant World Cup stadium", w, ["Harriet Okafor"], rel=False))
    w = d(4, 8, 0, -5)
    add("todays-worldview-newsletter-ukraine-winter", "Today’s WorldView: Ukraine braces for a third winter of blackouts", w, "Ishan Varadkar",
        "Sign up for Today’s WorldView to get the newsletter in your inbox every weekday.",
        lambda k: it(k, "Today’s WorldView: Ukraine braces for a third winter of blackouts", w, ["Ishan Varadkar"], junk=["Sign up for Today’s WorldView"], note="Newsletter column published as an article: a story. Title label 'Today’s WorldView:' may be kept or dropped"))
    w = d(4, 7, 30, -5)
    add("south-korea-impeachment-court-ruling", "South Korea’s top court to rule on prime minister’s impeachment next week", w, "Kwan Soo-min, Grace Tolliver, Aarav Menon",
        "The constitutional court said it would issue its verdict on Dec. 11.",
        lambda k: it(k, "South Korea’s top court to rule on prime minister’s impeachment next week", w, ["Kwan Soo-min", "Grace Tolliver", "Aarav Menon"], rel=False, note="Domestic politics abroad without an international angle; relevant=true is also correct"))
    w = d(4, 6, 10, -5)
    add("syria-refugees-return-lebanon-border", "Syrians cross home from Lebanon as aid groups warn of cuts", w, "",
        "U.N. agencies say funding for returnees covers less than a third of needs.",
        lambda k: it(k, "Syrians cross home from Lebanon as aid groups warn of cuts", w))
    w = d(4, 5, 20, -5)
    add("video-drone-strike-kharkiv-apartment", "Video shows aftermath of drone strike on Kharkiv apartment block", w, "Serhii Kovalenko, Joanna Reyes",
        "At least nine people were killed, Ukrainian officials said. (Video: The Chesapeake Post)",
        lambda k: it(k, "Video shows aftermath of drone strike on Kharkiv apartment block", w, ["Serhii Kovalenko", "Joanna Reyes"], story=False, junk=["(Video: The Chesapeake Post)"], note="Video report on the war: is_story=true is also correct"))
    channel = ('    <title>World</title>\n    <link>https://www.chesapeakepost.com/world</link>\n    <description>World news from The Chesapeake Post</description>\n'
               f'    <language>en-US</language>\n    <lastBuildDate>{rfc822(d(4, 13, 10, -5))}</lastBuildDate>\n    <atom:link href="https://feeds.chesapeakepost.com/rss/world" rel="self" type="application/rss+xml"/>\n    <copyright>Copyright 2026 The Chesapeake Post</copyright>')
    return feed("en_us_chesapeakepost_world.rss.xml", rss(channel, rows, ns=NS_DC + NS_ATOM + NS_MEDIA), items, lang="en", outlet="The Chesapeake Post",
                structure="Washington Post-style section RSS (feeds.washingtonpost.com/rss/world): four-space indentation, channel titled only 'World' with the outlet in description and copyright, links with '?utm_source=rss&utm_medium=referral&utm_campaign=…' while permalink guids are clean, ONE dc:creator holding 'A, B' or 'A, B, C' (empty element on an unsigned item), plain one-sentence descriptions (one opening with a curly-quoted statement, one newsletter sign-up line), media:content, -0500 dates")


# ---------------------------------------------------------------- RNZ-style
def rtn():
    """RNZ-style public broadcaster RSS: channel 'RTN News - World', numeric non-permalink guids,
    plain descriptions, no authors, agency credit only in text, +1300 dates (NZ summer time)."""
    rows, items = [], []

    def add(nid, slug, title, when, desc, exp):
        url = f"https://www.rtn.co.nz/news/world/{nid}/{slug}"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>\n<pubDate>{rfc822(when)}</pubDate>\n<guid isPermaLink=\"false\">{nid}</guid>\n</item>")
        items.append(exp(str(nid)))

    w = d(5, 7, 12, 13)
    add(580412, "australia-and-indonesia-sign-defence-pact-in-jakarta", "Australia and Indonesia sign defence pact in Jakarta", w,
        "The agreement allows joint patrols in the Timor Sea and more training exercises.", lambda k: it(k, "Australia and Indonesia sign defence pact in Jakarta", w))
    w = d(5, 6, 40, 13)
    add(580409, "pacific-leaders-call-for-climate-finance-at-suva-meeting", "Pacific leaders call for climate finance at Suva meeting", w,
        "Forum leaders say promised funding has been too slow to arrive. - ABC", lambda k: it(k, "Pacific leaders call for climate finance at Suva meeting", w, junk=["- ABC"]))
    w = d(5, 5, 55, 13)
    add(580401, "live-europe-weather-storm-updates", "LIVE: Storm Edda lashes western Europe", w,
        "Follow our live coverage as flights are cancelled across Ireland and Britain.", lambda k: it(k, "Storm Edda lashes western Europe", w, story=False, rel=False, note="Live blog. Title label 'LIVE:' may be kept or dropped"))
    w = d(5, 4, 30, 13)
    add(580398, "us-senator-visits-samoa-amid-china-port-concerns", "US senator visits Samoa amid China port concerns", w,
        "Senator Harlan Beck said Washington would 'not walk away from the Pacific'. - Reuters", lambda k: it(k, "US senator visits Samoa amid China port concerns", w, junk=["- Reuters"], quotes=[q("Harlan Beck")]))
    w = d(5, 3, 5, 13)
    add(580390, "rugby-all-blacks-coach-named-for-2027-world-cup", "Former Wallabies assistant to coach Japan for 2027 World Cup", w,
        "The appointment ends months of speculation.", lambda k: it(k, "Former Wallabies assistant to coach Japan for 2027 World Cup", w, rel=False))
    w = d(5, 1, 20, 13)
    add(580377, "gaza-aid-convoy-enters-through-kerem-shalom", "Gaza aid convoy enters through Kerem Shalom after week-long halt", w,
        "Aid groups said 120 trucks entered, far fewer than needed. - AFP", lambda k: it(k, "Gaza aid convoy enters through Kerem Shalom after week-long halt", w, junk=["- AFP"]))
    channel = ("<title>RTN News - World</title>\n<link>https://www.rtn.co.nz/news/world</link>\n<description>Latest world news from Radio Tasman National</description>\n"
               f"<language>en-nz</language>\n<copyright>Copyright 2026 Radio Tasman National</copyright>\n<lastBuildDate>{rfc822(d(5, 7, 15, 13))}</lastBuildDate>")
    return feed("en_nz_rtn_world.rss.xml", rss(channel, rows), items, lang="en", outlet="RTN", aliases=["RTN News", "Radio Tasman National"],
                notes="Public broadcaster; readers know it by its initials. Agency credits ('- ABC', '- Reuters', '- AFP') end the descriptions.",
                structure="RNZ-style public broadcaster section RSS (rnz.co.nz/rss/world.xml): channel 'RTN News - World', bare numeric non-permalink guids, plain one-sentence descriptions with agency credits glued at the end (' - Reuters'), no author elements, a 'LIVE:' blog and a sport item, +1300 dates (NZ daylight time, a day ahead of Europe)")


# ---------------------------------------------------------------- Hindustan Times-style
def yamuna():
    """HT-style: SEO channel title, CDATA titles/descriptions, media:content, guid permalink
    '-<19 digit id>.html', author in <dc:creator> is the desk or 'HT News Desk'-like, +0530."""
    rows, items = [], []

    def add(slug, nid, title, when, by, desc, exp):
        url = f"https://www.yamunatimes.com/world-news/{slug}-{nid}.html"
        cr = f"<dc:creator>{cdata(by)}</dc:creator>" if by else ""
        rows.append(f"<item><title>{cdata(title)}</title><link>{url}</link><description>{cdata(desc)}</description><pubDate>{rfc822(when)}</pubDate><guid isPermaLink=\"true\">{url}</guid>{cr}<media:content url=\"https://www.yamunatimes.com/ytimg/img/2026/12/04/1600x900/{nid[-6:]}.jpg\" medium=\"image\" width=\"1600\" height=\"900\"/></item>")
        items.append(exp(url))

    w = d(4, 21, 14, 5.5)
    add("india-us-trade-deal-talks-washington-tariffs", "101764846012345", "India, US negotiators close in on interim trade deal ahead of Washington visit", w, "YT News Desk",
        "Officials said the two sides had narrowed differences on farm goods and digital services. ", lambda k: it(k, "India, US negotiators close in on interim trade deal ahead of Washington visit", w, note="Only the desk 'YT News Desk' is credited: authors [] expected"))
    w = d(4, 20, 2, 5.5)
    add("viral-video-pakistan-wedding-dance", "101764841198765", "Viral video: Groom’s dance at Lahore wedding leaves internet in splits. Watch", w, "Trends Desk",
        "The clip has been viewed more than 2 million times. ", lambda k: it(k, "Viral video: Groom’s dance at Lahore wedding leaves internet in splits. Watch", w, story=False, rel=False, note="Viral-video item"))
    w = d(4, 18, 37, 5.5)
    add("nepal-china-railway-kathmandu-agreement", "101764833345678", "Nepal, China sign pact on Kathmandu railway study despite India’s concerns", w, "Rehan Qureshi Lal",
        "The feasibility study is expected to take two years, officials in Kathmandu said. ", lambda k: it(k, "Nepal, China sign pact on Kathmandu railway study despite India’s concerns", w, ["Rehan Qureshi Lal"]))
    w = d(4, 17, 5, 5.5)
    add("us-h1b-visa-fee-rule-indian-students", "101764828801234", "US visa rule: What the new fee means for Indian students and techies", w, "YT News Desk",
        "An explainer on the changes that take effect on January 1. ", lambda k: it(k, "US visa rule: What the new fee means for Indian students and techies", w, note="Only the desk is credited: authors [] expected. Explainer on a US policy affecting India; relevant=false is also correct"))
    w = d(4, 15, 50, 5.5)
    add("bangladesh-election-dhaka-violence", "101764823307654", "Bangladesh poll body sets February date; clashes in Dhaka leave 3 dead", w, "Agencies",
        "Police fired tear gas at protesters near the election commission. ", lambda k: it(k, "Bangladesh poll body sets February date; clashes in Dhaka leave 3 dead", w, note="Only the unnamed 'Agencies' is credited: authors [] expected"))
    w = d(4, 14, 25, 5.5)
    add("israel-iran-strike-un-security-council", "101764818004321", "UN Security Council to meet on Israel-Iran tensions, says India ‘closely following’", w, "Shivani Grewal",
        "India urged restraint and a return to dialogue, the external affairs ministry said. ", lambda k: it(k, "UN Security Council to meet on Israel-Iran tensions, says India ‘closely following’", w, ["Shivani Grewal"]))
    channel = (f"<title>{cdata('World News: Latest International News, Breaking World News Today | Yamuna Times')}</title><link>https://www.yamunatimes.com/world-news</link>"
               f"<description>{cdata('Read the latest world news and international headlines from Yamuna Times')}</description><language>en-in</language><copyright>Copyright © 2026 YT Digital Streams Ltd</copyright><lastBuildDate>{rfc822(d(4, 21, 20, 5.5))}</lastBuildDate>")
    return feed("en_in_yamunatimes_world.rss.xml", rss(channel, rows, ns=NS_DC + NS_MEDIA, sep=""), items, lang="en", outlet="Yamuna Times", aliases=["YT"],
                structure="Hindustan Times-style section RSS (hindustantimes.com/feeds/rss/world-news/rssfeed.xml): single line, long SEO CDATA channel title 'World News: … | Outlet', CDATA titles and teasers ending with a trailing space, '-<15 digit id>.html' permalink guids, CDATA dc:creator with a name, the house desk 'YT News Desk', 'Trends Desk' or 'Agencies', 1600x900 media:content, a viral-video item and an explainer, +0530 dates, 'Digital Streams Ltd' copyright")


# ---------------------------------------------------------------- CTV-style
def ltv():
    """CTV News-style: channel 'LTVNews.ca - World - Public RSS', guid '<link>' non-permalink,
    enclosure image with length 0, plain descriptions, no authors, -0500 dates."""
    rows, items = [], []

    def add(slug, nid, title, when, desc, exp):
        url = f"https://www.ltvnews.ca/world/article/{slug}/"
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{esc(desc)}</description>\n      <guid isPermaLink=\"false\">{nid}</guid>\n      <pubDate>{rfc822(when)}</pubDate>\n      <enclosure url=\"https://www.ltvnews.ca/resizer/v2/{nid}.jpg?width=1200\" type=\"image/jpeg\" length=\"0\"/>\n    </item>")
        items.append(exp(nid))

    w = d(4, 12, 44, -5)
    add("canada-joins-allies-in-new-sanctions-on-iran-drone-makers", "1.7129441", "Canada joins allies in new sanctions on Iranian drone makers", w,
        "Foreign Affairs Minister Priya Tandon said the measures target 14 companies and six individuals.", lambda k: it(k, "Canada joins allies in new sanctions on Iranian drone makers", w))
    w = d(4, 11, 20, -5)
    add("watch-drone-footage-shows-flooding-in-southern-spain", "1.7129388", "WATCH: Drone footage shows flooding in southern Spain", w,
        "Video shows streets turned into rivers in Málaga province.", lambda k: it(k, "Drone footage shows flooding in southern Spain", w, story=False, rel=False, note="Video. Title label 'WATCH:' may be kept or dropped"))
    w = d(4, 10, 5, -5)
    add("canadian-detained-in-china-released-after-three-years", "1.7129302", "Canadian detained in China released after three years, family says", w,
        "'We are overwhelmed with relief,' said his sister, Mei-Lin Chow, in a statement.", lambda k: it(k, "Canadian detained in China released after three years, family says", w, quotes=[q("Mei-Lin Chow")]))
    w = d(4, 8, 50, -5)
    add("ukrainian-president-to-address-parliament-in-ottawa", "1.7129210", "Ukrainian president to address Parliament in Ottawa next week", w,
        "It will be his second address to MPs since the full-scale invasion began.", lambda k: it(k, "Ukrainian president to address Parliament in Ottawa next week", w))
    w = d(4, 7, 35, -5)
    add("lotto-max-winning-numbers-dec-3", "1.7129155", "Lotto Max: No winner of $70-million jackpot", w,
        "The next draw is Friday.", lambda k: it(k, "Lotto Max: No winner of $70-million jackpot", w, rel=False))
    w = d(4, 6, 0, -5)
    add("opinion-nato-summit-what-canada-must-bring", "1.7129098", "OPINION: What Canada must bring to the next NATO summit", w,
        "Defence analyst Gordon Feaver argues Ottawa needs a credible plan to reach two per cent.", lambda k: it(k, "What Canada must bring to the next NATO summit", w, note="Opinion column. Title label 'OPINION:' may be kept or dropped"))
    w = d(4, 5, 15, -5)
    add("g7-foreign-ministers-condemn-north-korean-missile-launch", "1.7129050", "G7 foreign ministers condemn North Korean missile launch", w,
        "The statement, issued from Tokyo, called the test a 'grave threat to regional peace.'", lambda k: it(k, "G7 foreign ministers condemn North Korean missile launch", w))
    channel = ("    <title>LTVNews.ca - World - Public RSS</title>\n    <link>https://www.ltvnews.ca/world/</link>\n    <description>LTVNews.ca - World - Public RSS</description>\n"
               f"    <language>en</language>\n    <copyright>Copyright © 2026 BellWave Media Inc. All rights reserved.</copyright>\n    <lastBuildDate>{rfc822(d(4, 12, 50, -5))}</lastBuildDate>\n    <ttl>5</ttl>")
    return feed("en_ca_ltvnews_world.rss.xml", rss(channel, rows), items, lang="en", outlet="LTV News", aliases=["LTVNews.ca"],
                notes="The channel title names the outlet as a domain ('LTVNews.ca') followed by ' - World - Public RSS'; the copyright names the parent media company, not the outlet.",
                structure="CTV News-style section RSS (ctvnews.ca/rss/world/ctvnews-ca-world-public-rss-…): four-space indentation, channel title and description both 'LTVNews.ca - World - Public RSS', '1.<7 digits>' story ids as non-permalink guids, image enclosures with length 0, plain descriptions with straight single-quoted quotes, no authors, 'WATCH:' video and 'OPINION:' labels, lottery item, -0500 dates, parent-company copyright")


# ---------------------------------------------------------------- Express Tribune-style
def industribune():
    """Express Tribune-style: tab-less single-line items, description with <img> + teaser in
    CDATA, <author> holding names, 'News Desk', 'AFP' or 'Our Correspondent', numeric story ids."""
    rows, items = [], []

    def add(nid, slug, title, when, by, desc, exp):
        url = f"https://industribune.com.pk/story/{nid}/{slug}"
        a = f"<author>{esc(by)}</author>" if by else ""
        img = f'<img src="https://i.industribune.com.pk/media/images/{nid}-x-1733300000/{nid}-x-1733300000-640x480.jpg" /> '
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><guid>{url}</guid>{a}<description>{cdata(img + desc)}</description><pubDate>{rfc822(when)}</pubDate></item>")
        items.append(exp(url))

    w = d(4, 23, 41, 5)
    add(2512873, "kabul-islamabad-border-talks-resume-in-doha", "Kabul, Islamabad border talks resume in Doha", w, "Kashif Yusufzai",
        "Qatar and Turkiye mediate second round as Torkham crossing stays shut", lambda k: it(k, "Kabul, Islamabad border talks resume in Doha", w, ["Kashif Yusufzai"]))
    w = d(4, 22, 10, 5)
    add(2512860, "iran-says-ready-to-resume-nuclear-talks-if-sanctions-eased", "Iran says ready to resume nuclear talks if sanctions eased", w, "AFP",
        "Tehran’s foreign ministry spokesperson says ‘ball is in Europe’s court’", lambda k: it(k, "Iran says ready to resume nuclear talks if sanctions eased", w, ["AFP"]))
    w = d(4, 20, 55, 5)
    add(2512844, "qadir-century-in-vain-as-pakistan-lose-to-new-zealand", "Qadir’s century in vain as Pakistan lose to New Zealand", w, "Sports Desk",
        "Visitors chase down 301 with two overs to spare in Napier", lambda k: it(k, "Qadir’s century in vain as Pakistan lose to New Zealand", w, rel=False))
    w = d(4, 19, 30, 5)
    add(2512831, "saudi-crown-prince-to-visit-islamabad-next-month", "Saudi crown prince to visit Islamabad next month", w, "Our Correspondent",
        "Investment deals worth $10b expected to be signed during visit", lambda k: it(k, "Saudi crown prince to visit Islamabad next month", w, note="House byline 'Our Correspondent' is the only credit: authors [] expected"))
    w = d(4, 18, 5, 5)
    add(2512819, "gaza-board-of-peace-meets-in-cairo", "Gaza ‘board of peace’ meets in Cairo amid ceasefire strains", w, "News Desk",
        "Egypt, Qatar and the US discuss next phase as both sides trade accusations", lambda k: it(k, "Gaza ‘board of peace’ meets in Cairo amid ceasefire strains", w, note="Only the desk is credited: authors [] expected"))
    w = d(4, 16, 45, 5)
    add(2512802, "un-chief-warns-of-famine-in-sudans-darfur", "UN chief warns of famine spreading in Sudan’s Darfur", w, "Reuters",
        "More than 600,000 people face catastrophic hunger, agencies say", lambda k: it(k, "UN chief warns of famine spreading in Sudan’s Darfur", w, ["Reuters"]))
    channel = ("<title>The Indus Tribune</title><link>https://industribune.com.pk</link><description>World</description><language>en-us</language>"
               f"<lastBuildDate>{rfc822(d(4, 23, 45, 5))}</lastBuildDate><copyright>The Indus Tribune, with the International New York Times</copyright>")
    return feed("en_pk_industribune_world.rss.xml", rss(channel, rows, sep=""), items, lang="en", outlet="The Indus Tribune",
                structure="Express Tribune-style section RSS (tribune.com.pk/feed/world): single line, channel titled with the bare outlet and only 'World' as description, '/story/<id>/<slug>' links repeated as guids (no isPermaLink), <author> holding a name, an agency ('AFP', 'Reuters') or desks ('News Desk', 'Sports Desk', 'Our Correspondent'), CDATA description opening with an <img /> then a subhead teaser without final stop, ‘…’ single quotes, a cricket item, +0500 dates, copyright naming a foreign partner paper")


# ---------------------------------------------------------------- News24-style
def karoo24():
    """News24-style: channel 'Karoo24 | World', guid permalink, image enclosure with length,
    plain descriptions, no authors, +0200 dates; a Premium item."""
    rows, items = [], []

    def add(slug, nid, title, when, desc, exp, sect="world/news"):
        url = f"https://www.karoo24.com/news24/{sect}/{slug}-{nid}"
        rows.append(f"<item>\n\t<title>{esc(title)}</title>\n\t<link>{url}</link>\n\t<description>{esc(desc)}</description>\n\t<pubDate>{rfc822(when)}</pubDate>\n\t<guid isPermaLink=\"true\">{url}</guid>\n\t<enclosure url=\"https://cdn.karoo24.com/resources/{nid}.jpg\" length=\"48213\" type=\"image/jpeg\" />\n</item>")
        items.append(exp(url))

    w = d(4, 19, 12, 2)
    add("mozambique-insurgents-attack-cabo-delgado-town-as-rwandan-troops-pull-back", "20261204", "Mozambique insurgents attack Cabo Delgado town as Rwandan troops pull back", w,
        "Residents fled into the bush after gunmen stormed Macomia overnight, local officials said.", lambda k: it(k, "Mozambique insurgents attack Cabo Delgado town as Rwandan troops pull back", w))
    w = d(4, 17, 48, 2)
    add("sa-and-us-hold-first-talks-on-agoa-since-envoy-row", "20261198", "SA and US hold first talks on trade access since envoy row", w,
        "Trade Minister Sipho Dlamuka said the meeting in Pretoria was 'frank but constructive'.", lambda k: it(k, "SA and US hold first talks on trade access since envoy row", w, quotes=[q("Sipho Dlamuka")]))
    w = d(4, 16, 20, 2)
    add("news24-premium-how-the-kremlin-courts-african-militaries", "20261187", "News24 Premium | How the Kremlin courts African militaries", w,
        "An investigation into training deals signed across the Sahel.", lambda k: it(k, "How the Kremlin courts African militaries", w, note="Paywalled premium story. Title label 'News24 Premium |' may be kept or dropped"), sect="world/africa")
    w = d(4, 15, 5, 2)
    add("springboks-named-world-rugby-team-of-the-year", "20261170", "Springboks named World Rugby team of the year", w,
        "Coach Rassie Botha also took the coach of the year award.", lambda k: it(k, "Springboks named World Rugby team of the year", w, rel=False), sect="sport/rugby")
    w = d(4, 13, 30, 2)
    add("zimbabwe-opposition-leader-arrested-ahead-of-harare-protest", "20261162", "Zimbabwe opposition leader arrested ahead of Harare protest", w,
        "Police said he was held for 'inciting public violence'.", lambda k: it(k, "Zimbabwe opposition leader arrested ahead of Harare protest", w, note="Domestic politics of a neighbouring country; relevant=false is also correct"), sect="world/africa")
    w = d(4, 11, 55, 2)
    add("quiz-how-well-do-you-know-this-weeks-world-news", "20261150", "QUIZ | How well do you know this week's world news?", w,
        "Test yourself with our weekly quiz.", lambda k: it(k, "How well do you know this week's world news?", w, story=False, rel=False, note="Quiz. Title label 'QUIZ |' may be kept or dropped"))
    w = d(4, 10, 20, 2)
    add("president-heads-to-nairobi-for-eac-sadc-summit-on-drc", "20261141", "President heads to Nairobi for joint summit on DRC conflict", w,
        "Regional leaders will discuss the stalled ceasefire in eastern Congo, the Presidency said.", lambda k: it(k, "President heads to Nairobi for joint summit on DRC conflict", w), sect="world/africa")
    channel = ("<title>Karoo24 | World</title>\n<link>https://www.karoo24.com/news24/world</link>\n<description>Karoo24 brings you the latest world news</description>\n"
               f"<language>en-za</language>\n<copyright>Copyright 2026 Karoo24. All rights reserved.</copyright>\n<lastBuildDate>{rfc822(d(4, 19, 15, 2))}</lastBuildDate>")
    return feed("en_za_karoo24_world.rss.xml", rss(channel, rows), items, lang="en", outlet="Karoo24",
                structure="News24-style section RSS (feeds.news24.com/articles/news24/World/rss): tab-indented items, channel 'Outlet | World', '/<section>/<slug>-<8 digit date id>' permalink guids, image enclosures with a real length, plain descriptions with straight single quotes, no authors, 'Premium |' and 'QUIZ |' title labels (bar separators), a rugby item, +0200 dates")


# ---------------------------------------------------------------- Times of Israel-style
def jaffa():
    """Times of Israel-style WordPress feed: CDATA dc:creator names or '<Agency> and Name',
    liveblog entries ('/liveblog_entry/…'), media:content, CDATA categories, ?p= guids."""
    rows, items = [], []

    def add(pid, path, title, when, by, desc, cats, exp):
        url = f"https://www.jaffachronicle.com/{path}/"
        cat = "".join(f"<category>{cdata(c)}</category>" for c in cats)
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<dc:creator>{cdata(by)}</dc:creator>\n\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t{cat}\n\t\t<guid isPermaLink=\"false\">https://www.jaffachronicle.com/?p={pid}</guid>\n\t\t<description>{cdata(desc)}</description>\n\t\t<media:content url=\"https://static.jaffachronicle.com/www/uploads/2026/12/AP26338{pid}.jpg\" medium=\"image\"><media:title type=\"html\">Illustrative image</media:title></media:content>\n\t</item>")
        items.append(exp(f"https://www.jaffachronicle.com/?p={pid}"))

    w = d(4, 22, 5, 0)
    add(3412288, "liveblog_entry/idf-says-it-struck-hezbollah-weapons-depot-in-south-lebanon", "IDF says it struck Hezbollah weapons depot in south Lebanon", w, "Jaffa Chronicle staff",
        "The army says the site violated the ceasefire understandings.", ["Israel at war"], lambda k: it(k, "IDF says it struck Hezbollah weapons depot in south Lebanon", w, story=False, note="Single live-blog entry: is_story=true is also correct"))
    w = d(4, 20, 40, 0)
    add(3412260, "us-envoy-arrives-for-talks-on-second-phase-of-gaza-deal", "US envoy arrives for talks on second phase of Gaza deal", w, "Jacob Mendel",
        "Envoy meets the prime minister and opposition leader as mediators push for agreement on disarmament.", ["Israel & the Region", "Gaza Strip"], lambda k: it(k, "US envoy arrives for talks on second phase of Gaza deal", w, ["Jacob Mendel"]))
    w = d(4, 19, 15, 0)
    add(3412231, "jordan-and-egypt-warn-against-west-bank-annexation-moves", "Jordan and Egypt warn against West Bank annexation moves", w, "Agencies and Jaffa Chronicle staff",
        "Foreign ministers say any change to the status quo would ‘destroy’ prospects for regional normalization.", ["Israel & the Region"], lambda k: it(k, "Jordan and Egypt warn against West Bank annexation moves", w, note="Credit 'Agencies and Jaffa Chronicle staff' names no person or agency: authors [] expected"))
    w = d(4, 17, 50, 0)
    add(3412205, "tel-aviv-marathon-to-be-moved-to-march-over-heat-concerns", "Tel Aviv marathon to be moved to March over heat concerns", w, "Noa Levitan",
        "Organizers say rising temperatures made the February date unsafe.", ["Israel Inside"], lambda k: it(k, "Tel Aviv marathon to be moved to March over heat concerns", w, ["Noa Levitan"], rel=False))
    w = d(4, 16, 30, 0)
    add(3412190, "iranian-fm-in-moscow-says-tehran-will-not-negotiate-under-threat", "Iranian FM in Moscow says Tehran will not negotiate ‘under threat’", w, "Lior Bergmann and AFP",
        "Visit comes as Europe weighs snapback of UN sanctions.", ["Iran", "Russia"], lambda k: it(k, "Iranian FM in Moscow says Tehran will not negotiate ‘under threat’", w, ["Lior Bergmann", "AFP"]))
    w = d(4, 15, 0, 0)
    add(3412170, "daily-briefing-dec-4-2026", "The Daily Briefing: Dec. 4, 2026", w, "Talia Rosenfeld",
        "Join host Talia Rosenfeld for today’s episode.", ["Daily Briefing podcast"], lambda k: it(k, "The Daily Briefing: Dec. 4, 2026", w, ["Talia Rosenfeld"], story=False, note="Podcast episode"))
    channel = ("\t<title>The Jaffa Chronicle</title>\n\t<atom:link href=\"https://www.jaffachronicle.com/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://www.jaffachronicle.com</link>\n"
               f"\t<description>News from Israel, the Middle East and the Jewish World</description>\n\t<lastBuildDate>{rfc822(d(4, 22, 6, 0))}</lastBuildDate>\n\t<language>en-US</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>")
    return feed("en_il_jaffachronicle_all.rss.xml", rss(channel, rows, ns=NS_DC + NS_ATOM + NS_MEDIA + ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"'), items, lang="en", outlet="The Jaffa Chronicle",
                structure="Times of Israel-style WordPress site feed (timesofisrael.com/feed/): tab indentation, channel titled with the bare outlet and a tagline, sy:updatePeriod with stray whitespace, CDATA dc:creator holding a name, 'Outlet staff', 'Agencies and Outlet staff' or 'Name and AFP', CDATA categories, '?p=' non-permalink guids, single live-blog entries ('/liveblog_entry/…') mixed with articles, media:content with a media:title, a daily podcast, +0000 dates")


# ---------------------------------------------------------------- TechCrunch-style
def techsprint():
    """TechCrunch-style WordPress feed: channel 'Outlet', CDATA dc:creator, CDATA categories,
    '?p=' guids, description ending '© 2026 Outlet. All rights reserved. For personal use only.'"""
    rows, items = [], []

    def add(pid, slug, title, when, by, desc, cats, exp):
        url = f"https://techsprint.com/2026/12/04/{slug}/"
        cat = "".join(f"<category>{cdata(c)}</category>" for c in cats)
        body = '<p>' + desc + '</p>\n<p>© 2026 TechSprint. All rights reserved. For personal use only.</p>\n'
        rows.append(f"\t\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<dc:creator>{cdata(by)}</dc:creator>\n\t\t<pubDate>{rfc822(when, gmt=True)}</pubDate>\n\t\t\t\t{cat}\n\t\t<guid isPermaLink=\"false\">https://techsprint.com/?p={pid}</guid>\n\t\t<description>{cdata(body)}</description>\n\t\t</item>")
        items.append(exp(f"https://techsprint.com/?p={pid}"))

    J = ["© 2026 TechSprint", "For personal use only"]
    w = d(4, 18, 30)
    add(2990411, "eu-opens-probe-into-cloud-giants-ai-chip-deals", "EU opens probe into cloud giants’ AI chip deals", w, "Romy Castellano",
        "The European Commission said it would examine whether exclusive supply agreements shut out smaller rivals.", ["AI", "Government &amp; Policy"],
        lambda k: it(k, "EU opens probe into cloud giants’ AI chip deals", w, ["Romy Castellano"], junk=J, note="EU competition action against US firms: relevant=false is also correct"))
    w = d(4, 17, 10)
    add(2990398, "nimbus-raises-80m-series-b-for-battery-recycling", "Nimbus raises $80M Series B to scale battery recycling", w, "Devin Okoro",
        "The Oslo-based startup plans a second plant in Poland next year.", ["Climate", "Fundraising"],
        lambda k: it(k, "Nimbus raises $80M Series B to scale battery recycling", w, ["Devin Okoro"], rel=False, junk=J))
    w = d(4, 16, 0)
    add(2990384, "us-expands-export-controls-on-chipmaking-tools-to-china", "US expands export controls on chipmaking tools to China", w, "Romy Castellano, Ash Patel",
        "New rules cover etching equipment and some servicing, the Commerce Department said.", ["Hardware", "Government &amp; Policy"],
        lambda k: it(k, "US expands export controls on chipmaking tools to China", w, ["Romy Castellano", "Ash Patel"], junk=J))
    w = d(4, 14, 45)
    add(2990370, "techsprint-disrupt-2027-early-bird-tickets", "Last chance: Save up to $600 on Disrupt 2027 passes", w, "TechSprint Events",
        "Early-bird pricing ends tonight at 11:59 p.m. PT.", ["TechSprint Disrupt 2027"],
        lambda k: it(k, "Last chance: Save up to $600 on Disrupt 2027 passes", w, story=False, rel=False, junk=J, note="Event promo"))
    w = d(4, 13, 20)
    add(2990355, "this-week-in-ai-agents-everywhere", "This Week in AI: Agents everywhere, revenue nowhere", w, "Kai Winthrop",
        "Welcome to our regular AI newsletter.", ["AI", "Newsletters"],
        lambda k: it(k, "This Week in AI: Agents everywhere, revenue nowhere", w, ["Kai Winthrop"], story=False, rel=False, junk=J, note="Newsletter column"))
    w = d(4, 11, 5)
    add(2990341, "apple-ios-27-beta-features", "The best features in the first iOS 27 beta", w, "Ivana Marsh",
        "Here’s everything new, from a redesigned lock screen to offline maps.", ["Apps"],
        lambda k: it(k, "The best features in the first iOS 27 beta", w, ["Ivana Marsh"], rel=False, junk=J))
    channel = ("\t<title>TechSprint</title>\n\t<atom:link href=\"https://techsprint.com/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://techsprint.com/</link>\n\t<description>Startup and Technology News</description>\n"
               f"\t<lastBuildDate>{rfc822(d(4, 18, 31), gmt=True)}</lastBuildDate>\n\t<language>en-US</language>\n\t<generator>https://wordpress.org/?v=6.8.2</generator>")
    return feed("en_tech_techsprint_feed.rss.xml", rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM), items, lang="en", outlet="TechSprint", topic="tech",
                structure="TechCrunch-style WordPress site feed (techcrunch.com/feed/): tab indentation, channel 'Outlet' with 'Startup and Technology News', CDATA dc:creator with a name, 'A, B' or 'Outlet Events', CDATA categories with &amp;, '?p=' non-permalink guids, CDATA description '<p>teaser</p>' followed by a '<p>© 2026 Outlet. All rights reserved. For personal use only.</p>' line, an event-ticket promo and a newsletter, GMT dates")


# ---------------------------------------------------------------- Nature-style (RSS 1.0)
def helix():
    """Nature-style RSS 1.0 (nature.com/nature.rss): rdf:Seq, items with dc:title, dc:creator
    (several), dc:identifier doi, prism:publicationDate (date only), prism:doi, content:encoded
    with a 'doi:' line; news, research and a Daily briefing."""
    NSR = ('xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/"')
    rows, seq, items = [], [], []

    def add(aid, title, day, authors, desc, kind, exp):
        url = f"https://www.helixjournal.com/articles/{aid}"
        seq.append(f'<rdf:li rdf:resource="{url}"/>')
        cr = "".join(f"<dc:creator>{esc(a)}</dc:creator>" for a in authors)
        enc = f'<p>Helix, Published online: {day:02d} December 2026; <a href="{url}">doi:10.5555/{aid}</a></p>{desc}'
        rows.append(f'<item rdf:about="{url}"><title>{esc(title)}</title><link>{url}</link>'
                    f"<content:encoded>{esc(enc)}</content:encoded>"
                    f"<dc:title>{esc(title)}</dc:title>{cr}<dc:identifier>doi:10.5555/{aid}</dc:identifier><dc:source>Helix, Published online: 2026-12-0{day}; | doi:10.5555/{aid}</dc:source>"
                    f"<dc:date>2026-12-0{day}</dc:date><prism:publicationName>Helix</prism:publicationName><prism:doi>10.5555/{aid}</prism:doi><prism:url>{url}</prism:url><prism:section>{kind}</prism:section></item>")
        items.append(exp(url))

    J = ["Published online", "doi:10.5555"]
    day = dt(2026, 12, 4, 0, 0, 0, 0)
    add("d41586-026-03911-2", "Scientists fear fallout as US exits WHO pandemic accord talks", 4, ["Rohan Saxby"],
        "<p>Researchers say the move could slow sharing of pathogen samples.</p>", "News", lambda k: it(k, "Scientists fear fallout as US exits WHO pandemic accord talks", day, ["Rohan Saxby"], junk=J, note="Date-only publication date"))
    add("d41586-026-03890-4", "Daily briefing: Why crows remember faces for years", 4, ["Flora Wenden"],
        "<p>Plus, a new map of the ocean floor and how heat affects sleep.</p>", "News", lambda k: it(k, "Daily briefing: Why crows remember faces for years", day, ["Flora Wenden"], story=False, rel=False, junk=J, note="Newsletter digest"))
    add("s41586-026-09822-1", "A magnetar origin for a repeating fast radio burst", 3, ["Li Wen", "Marta Oyelaran", "Jürgen Pfaff", "Anaïs Colbert"],
        "<p>Polarization measurements tie a repeating burst to a young neutron star.</p>", "Article", lambda k: it(k, "A magnetar origin for a repeating fast radio burst", dt(2026, 12, 3, 0, 0, 0, 0), ["Li Wen", "Marta Oyelaran", "Jürgen Pfaff", "Anaïs Colbert"], rel=False, junk=J, note="Research paper"))
    add("d41586-026-03877-0", "Arctic research stations caught in Russia–Norway standoff", 3, ["Quentin Marsh"],
        "<p>Scientists on Svalbard say new permit rules threaten decades of climate records.</p>", "News", lambda k: it(k, "Arctic research stations caught in Russia–Norway standoff", dt(2026, 12, 3, 0, 0, 0, 0), ["Quentin Marsh"], junk=J))
    add("d41586-026-03865-x", "How to negotiate a better postdoc contract", 3, ["Priya Ramaswamy"],
        "<p>Careers advice from researchers who pushed back.</p>", "Career Column", lambda k: it(k, "How to negotiate a better postdoc contract", dt(2026, 12, 3, 0, 0, 0, 0), ["Priya Ramaswamy"], rel=False, junk=J))
    add("d41586-026-03850-y", "Gene-edited rice cuts methane emissions by half in field trials", 2, ["Tobias Lund"],
        "<p>Trials in Bangladesh and the Philippines show yields were not affected.</p>", "News", lambda k: it(k, "Gene-edited rice cuts methane emissions by half in field trials", dt(2026, 12, 2, 0, 0, 0, 0), ["Tobias Lund"], rel=False, junk=J))
    text = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF {NSR}>\n<channel rdf:about="https://www.helixjournal.com/helix.rss"><title>Helix</title><link>https://www.helixjournal.com/helix.rss</link>'
            "<description>Helix is a weekly international journal publishing the finest peer-reviewed research in all fields of science and technology.</description>"
            f"<dc:publisher>Helix Publishing Group</dc:publisher><prism:publicationName>Helix</prism:publicationName><items><rdf:Seq>{''.join(seq)}</rdf:Seq></items></channel>\n"
            + "\n".join(rows) + "\n</rdf:RDF>\n")
    return feed("en_science_helix_journal.rdf", text, items, lang="en", outlet="Helix", topic="science", shape="rss1-rdf", ctype="application/rdf+xml",
                notes="Dates are dates only (dc:date YYYY-MM-DD, read as midnight UTC).",
                structure="Nature-style journal RSS 1.0 (nature.com/nature.rss): rdf:RDF with rdf:Seq, each item repeating the title in dc:title, several dc:creator elements on research papers, date-only dc:date, dc:identifier/prism:doi, prism:section ('News', 'Article', 'Career Column'), escaped content:encoded opening with 'Helix, Published online: …; doi:…' before the standfirst, a 'Daily briefing' newsletter digest, news with science-diplomacy angles")


FEEDS = [lombard, chesapeake, rtn, yamuna, ltv, industribune, karoo24, jaffa, techsprint, helix]
