# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the twenty-sixth held-out set (part 2: Dubai daily, London weekly, Noida
broadcaster's portal, a tech site and a science magazine). All outlets, people and quotations
are invented."""
import zlib

from h26 import cd, d, esc, feed, gmt, it, q, rfc822, utc0


# ---------------------------------------------------------------- Khaleej Times-style (Dubai) world RSS
def gulfherald():
    rows, items = [], []
    base = "https://www.gulfherald.example"

    def add(sec, slug, title, when, creator, desc, img, caption, exp):
        url = f"{base}/{sec}/{slug}"
        cr = f"<dc:creator>{cd(creator)}</dc:creator>" if creator else "<dc:creator/>"
        media = (f"<media:content url=\"https://image.gulfherald.example/resizer/v2/{img}.jpg?auth=3f9a&amp;width=1200\" type=\"image/jpeg\" medium=\"image\">"
                 f"<media:description type=\"plain\">{cd(caption)}</media:description></media:content>") if img else ""
        rows.append(f"<item><title>{cd(title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid>{cr}<description>{cd(desc)}</description>"
                    f"<pubDate>{utc0(when)}</pubDate>{media}</item>")
        items.append(exp(url))

    o = 4
    w = d(2025, 1, 8, 18, 20, 0, o)
    add("world/europe", "uae-mediates-new-russia-ukraine-prisoner-exchange-300-captives", "UAE mediates new Russia-Ukraine prisoner exchange involving 300 captives", w, "WAM",
        "<p>The UAE has succeeded in a new mediation between Russia and Ukraine that resulted in the exchange of 300 captives, 150 from each side, the Ministry of Foreign Affairs said on Wednesday.</p>"
        "<p>The ministry said the success reflected the trust both countries placed in the UAE as a mediator. The total number of captives exchanged through UAE mediation since the start of the crisis now exceeds 2,800.</p>",
        "uae-mediation", "Released prisoners of war at an undisclosed location on the Ukraine-Belarus border. — Reuters file",
        lambda k: it(k, "UAE mediates new Russia-Ukraine prisoner exchange involving 300 captives", w, ["WAM"], junk=["— Reuters file"],
                     note="State news agency WAM as dc:creator; [] and ['WAM'] both acceptable. [] is also correct"))
    w = d(2025, 1, 8, 15, 2, 0, o)
    add("world/asia", "pakistan-afghanistan-torkham-crossing-reopens-after-clashes", "Pakistan, Afghanistan reopen Torkham crossing after border clashes", w, "Reuters",
        "<p>Pakistan and Afghanistan reopened the Torkham border crossing on Wednesday, ten days after it was closed following clashes between their security forces.</p>"
        "<p>“Trade and pedestrian movement have resumed under the old arrangements,” said Abdul Wali Shinwari, a customs official at the crossing.</p>",
        None, None,
        lambda k: it(k, "Pakistan, Afghanistan reopen Torkham crossing after border clashes", w, ["Reuters"], quotes=[q("Abdul Wali Shinwari")], note="Agency as dc:creator. [] is also correct"))
    w = d(2025, 1, 8, 12, 45, 0, o)
    add("world/mena", "syria-new-authorities-gulf-foreign-ministers-riyadh-meeting", "Gulf foreign ministers to meet Syria's new authorities in Riyadh", w, "Hina Farooqui",
        "<p>Foreign ministers from the Gulf Cooperation Council will meet representatives of Syria's new authorities in Riyadh on Sunday to discuss reconstruction and sanctions relief.</p>"
        "<p>“The region has a stake in a stable Syria that is not a platform for anyone else's agenda,” said Khalid Al Mazrouei, a researcher at the Emirates Policy Forum in Abu Dhabi.</p>"
        "<p>The meeting will be followed by a wider gathering of Arab and European ministers.</p>",
        "riyadh-gcc", "GCC foreign ministers at a previous meeting in Riyadh. — AFP",
        lambda k: it(k, "Gulf foreign ministers to meet Syria's new authorities in Riyadh", w, ["Hina Farooqui"], junk=["— AFP"], quotes=[q("Khalid Al Mazrouei", "Emirates Policy Forum")]))
    w = d(2025, 1, 8, 9, 0, 0, o)
    add("gold-forex", "gold-rate-in-dubai-today-january-8", "Gold price in Dubai today: 24K trades at Dh321.75 per gram", w, "Gulf Herald Business Desk",
        "<p>Gold prices in Dubai opened higher on Wednesday morning. 24K: Dh321.75; 22K: Dh298; 21K: Dh288.5; 18K: Dh247.25.</p>",
        None, None,
        lambda k: it(k, "Gold price in Dubai today: 24K trades at Dh321.75 per gram", w, [], story=False, rel=False, note="Daily price service item; desk credit."))
    w = d(2025, 1, 8, 6, 30, 0, o)
    add("uae/weather", "uae-weather-foggy-morning-red-alert-abu-dhabi", "UAE weather: Red alert issued as dense fog blankets Abu Dhabi", w, "",
        "<p>The National Centre of Meteorology issued a red alert for fog in parts of Abu Dhabi, warning of visibility below 200 metres until 9.30am.</p>",
        None, None,
        lambda k: it(k, "UAE weather: Red alert issued as dense fog blankets Abu Dhabi", w, [], story=False, rel=False, note="Weather bulletin; empty dc:creator element."))
    w = d(2025, 1, 7, 22, 15, 0, o)
    add("sports/cricket", "ilt20-season-3-dubai-capitals-beat-desert-vipers", "ILT20: Dubai Capitals beat Desert Vipers in season opener", w, "Raghav Iyer",
        "<p>Dubai Capitals beat Desert Vipers by four wickets in the opening match of the third season of the ILT20 at Dubai International Stadium on Tuesday.</p>",
        None, None,
        lambda k: it(k, "ILT20: Dubai Capitals beat Desert Vipers in season opener", w, ["Raghav Iyer"], rel=False))
    channel = (f"<title>{cd('Gulf Herald - World')}</title><link>{base}/world</link><description>{cd('Gulf Herald World News')}</description><language>en</language>"
               f"<lastBuildDate>{utc0(d(2025, 1, 8, 18, 21, 0, o))}</lastBuildDate><ttl>1</ttl>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>'
            + channel + "".join(rows) + "</channel></rss>")
    return feed("en_ae_gulfherald_world.rss.xml", text, items, lang="en", outlet="Gulf Herald", aliases=["The Gulf Herald"],
                structure="Khaleej Times-style (Dubai) world RSS from a headless CMS: the whole document on one line without a trailing newline, namespaces before version, CDATA channel title 'Brand - World', <ttl>1</ttl>, '/<section>/<subsection>/<slug>' permalink guids, CDATA dc:creator holding 'WAM' (the state agency), 'Reuters', a person, 'Brand Business Desk' or an EMPTY self-closed <dc:creator/>, CDATA <p> descriptions before pubDate, +0000 pubDates (newsroom at +0400), media:content with a CDATA media:description caption ending '— Reuters file' / '— AFP', a gold-rate service item and a fog weather alert, January 2025")


# ---------------------------------------------------------------- The Economist-style section RSS (no bylines)
def meridian():
    rows, items = [], []
    base = "https://www.meridianweekly.example"

    def add(sec, slug, title, when, rubric, exp):
        url = f"{base}/{sec}/{when:%Y/%m/%d}/{slug}"
        rows.append(f"    <item>\n      <title><![CDATA[{title}]]></title>\n      <description><![CDATA[{rubric}]]></description>\n      <link>{url}</link>\n"
                    f"      <guid isPermaLink=\"true\">{url}</guid>\n      <pubDate>{gmt(when)}</pubDate>\n    </item>")
        items.append(exp(url))

    w = d(2025, 3, 13, 13, 14, 0, 0)
    add("international", "why-the-world-is-running-short-of-peacekeepers", "Why the world is running short of peacekeepers", w,
        "Budget cuts at the UN and reluctant contributors leave missions from Congo to Lebanon stretched",
        lambda k: it(k, "Why the world is running short of peacekeepers", w, [], note="No bylines: the paper does not sign its articles."))
    w = d(2025, 3, 13, 13, 14, 0, 0)
    add("europe", "poland-wants-its-own-nuclear-umbrella", "Poland wants a seat under a European nuclear umbrella", w,
        "Warsaw’s talks with Paris are a sign of how far European thinking on deterrence has moved",
        lambda k: it(k, "Poland wants a seat under a European nuclear umbrella", w, [], note="Same timestamp as the previous item (weekly edition published at once)."))
    w = d(2025, 3, 13, 13, 14, 0, 0)
    add("the-world-this-week", "politics", "Politics", w,
        "A summary of the week’s political news",
        lambda k: it(k, "Politics", w, [], story=False, rel=False, note="'The world this week' digest of many briefs; one-word title."))
    w = d(2025, 3, 13, 13, 14, 0, 0)
    add("obituary", "the-master-bookbinder-of-fez", "The master bookbinder of Fez", w,
        "Idriss Bennani died on February 27th, aged 91",
        lambda k: it(k, "The master bookbinder of Fez", w, [], rel=False, note="Obituary of an invented craftsman."))
    w = d(2025, 3, 12, 17, 30, 0, 0)
    add("finance-and-economics", "what-tariffs-on-steel-mean-for-mexico", "What America’s steel tariffs mean for Mexico’s factories", w,
        "Nearshoring was meant to be Mexico’s big opportunity",
        lambda k: it(k, "What America’s steel tariffs mean for Mexico’s factories", w, [], rel=False, note="Trade economics without a diplomatic angle; labelled not relevant (borderline)."))
    w = d(2025, 3, 12, 9, 0, 0, 0)
    add("cartoons", "kals-cartoon", "KAL’s cartoon", w,
        "This week’s cartoon",
        lambda k: it(k, "KAL’s cartoon", w, [], story=False, rel=False, note="Weekly cartoon, not a story."))
    channel = (f"    <title>International</title>\n    <link>{base}/international</link>\n    <description>International</description>\n    <language>en-GB</language>\n"
               f"    <atom:link href=\"{base}/international/rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>\n    <lastBuildDate>{gmt(d(2025, 3, 13, 13, 20, 0, 0))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">\n  <channel>\n' + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_gb_meridian_international.rss.xml", text, items, lang="en", outlet="The Meridian", aliases=["Meridian"],
                structure="The Economist-style (London) weekly's section RSS: channel titled only with the SECTION name ('International', so the outlet is known only from the domain and the links), two-space nesting, CDATA titles and rubric descriptions (no final stop), NO author element (the paper does not sign articles), '/<section>/YYYY/MM/DD/<slug>' permalink guids, GMT pubDates with several identical timestamps (the weekly edition), a 'The world this week' politics digest, an obituary, a cartoon, March 2025")


# ---------------------------------------------------------------- India Today-style (Noida) world RSS with utm-tagged links
def bharattoday():
    rows, items = [], []
    base = "https://www.bharattoday.example"

    def add(path, nid, title, when, img, text, exp):
        url = f"{base}/world/{path}-{nid}-{when:%Y-%m-%d}"
        desc = (f"&lt;a href=\"{url}?utm_source=rss\"&gt;&lt;img align=\"left\" hspace=\"2\" height=\"180\" width=\"305\" alt=\"\" border=\"0\" src=\"https://akm-img.bharattoday.example/{img}.jpg\"&gt;&lt;/a&gt;"
                f"{esc(text)}")
        rows.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{url}?utm_source=rss</link>\n  <description>{desc}</description>\n  <pubDate>{rfc822(when)}</pubDate>\n  <guid>{url}</guid>\n</item>")
        items.append(exp(url))

    o = 5.5
    w = d(2025, 8, 18, 20, 41, 0, o)
    add("us-news/story/zelensky-european-leaders-white-house-meeting-security-guarantees", 2773410, "Zelensky, European leaders meet US President at White House on security guarantees", w, "zelensky-wh",
        "European leaders joined Ukraine's President at the White House on Monday for talks on security guarantees. \"Nothing about Ukraine without Ukraine remains our principle,\" said Ilse Vermeulen, a spokesperson for the European Commission, in Brussels.",
        lambda k: it(k, "Zelensky, European leaders meet US President at White House on security guarantees", w, [], quotes=[q("Ilse Vermeulen", "European Commission")],
                     note="No author element; real leaders only as settings."))
    w = d(2025, 8, 18, 18, 2, 0, o)
    add("story/india-china-foreign-ministers-talks-delhi-border-trade", 2773322, "Chinese Foreign Minister in Delhi for talks; border trade via Lipulekh on agenda", w, "china-fm-delhi",
        "China's Foreign Minister arrived in New Delhi on Monday for two days of talks, the first such visit in three years, with the resumption of border trade and direct flights on the agenda.",
        lambda k: it(k, "Chinese Foreign Minister in Delhi for talks; border trade via Lipulekh on agenda", w, []))
    w = d(2025, 8, 18, 16, 30, 0, o)
    add("story/israel-gaza-war-live-updates-ceasefire-proposal-hamas", 2773190, "Israel-Hamas war LIVE: Hamas accepts new ceasefire proposal, say Egyptian sources", w, "gaza-live",
        "Catch all the latest updates on the Israel-Hamas war here.",
        lambda k: it(k, "Israel-Hamas war LIVE: Hamas accepts new ceasefire proposal, say Egyptian sources", w, [], story=False, rel=False, note="Live blog, not a story."))
    w = d(2025, 8, 18, 14, 15, 0, o)
    add("video/watch-massive-wildfire-spain-galicia-evacuations", 2773055, "Watch: Massive wildfires in Spain force thousands to evacuate", w, "spain-fire-video",
        "Watch the video.",
        lambda k: it(k, "Watch: Massive wildfires in Spain force thousands to evacuate", w, [], story=False, rel=False, note="Video item; title label 'Watch:' may be kept or dropped."))
    w = d(2025, 8, 18, 11, 0, 0, o)
    add("story/pakistan-floods-khyber-pakhtunkhwa-death-toll-rises", 2772901, "Pakistan floods: Death toll in Khyber Pakhtunkhwa rises to 340, rescue ops continue", w, "kp-floods",
        "The death toll from flash floods in Pakistan's Khyber Pakhtunkhwa province rose to 340 on Monday, officials said. Rescue operations continued in Buner district.",
        lambda k: it(k, "Pakistan floods: Death toll in Khyber Pakhtunkhwa rises to 340, rescue ops continue", w, [], note="Deadly disaster abroad: relevant with or without a diplomatic angle (rule D)."))
    w = d(2025, 8, 18, 8, 45, 0, o)
    add("story/viral-video-tourist-climbs-fence-louvre-paris", 2772788, "Viral video: Tourist climbs fence at Louvre to touch sculpture, internet reacts", w, "louvre-viral",
        "A video of a tourist climbing a barrier at the Louvre in Paris has gone viral.",
        lambda k: it(k, "Viral video: Tourist climbs fence at Louvre to touch sculpture, internet reacts", w, [], rel=False, note="Viral human-interest item."))
    channel = (f"<title>World News - Bharat Today</title>\n<link>{base}/world</link>\n<description>Get the latest world news from Bharat Today</description>\n<language>en</language>\n"
               f"<lastBuildDate>{rfc822(d(2025, 8, 18, 20, 45, 0, o))}</lastBuildDate>\n<copyright>Copyright Bharat Today Group</copyright>\n"
               f"<image>\n<url>{base}/images/bt-logo.png</url>\n<title>World News - Bharat Today</title>\n<link>{base}</link>\n</image>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("en_in_bharattoday_world.rss.xml", text, items, lang="en", outlet="Bharat Today", aliases=["BharatToday"],
                structure="India Today-style (Noida) broadcaster portal's world RSS from a custom CMS: items at column 0, channel 'World News - Brand' with an image block, links carrying '?utm_source=rss' while the guid is the bare '/world/<sub>/story/<slug>-<7 digits>-YYYY-MM-DD' URL, escaped descriptions opening with an <a><img align=left hspace=2></a> thumbnail and no separating space, straight double quotes, NO author element, a 'LIVE' blog, a 'Watch:' video and a viral-video item, +0530 dates in August 2025")


# ---------------------------------------------------------------- CNET-style tech news RSS
def teknet():
    rows, items = [], []
    base = "https://www.teknet.example"

    def add(slug, title, when, creator, desc, cat, exp):
        url = f"{base}/{cat}/{slug}/"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"  <item>\n    <title>{cd(title)}</title>\n    <link>{url}#ftag=TEK1a2b3c</link>\n    <guid>{url}</guid>\n    <description>{cd(desc)}</description>\n"
                    f"    <pubDate>{gmt(when)}</pubDate>\n    <media:thumbnail url=\"https://www.teknet.example/a/img/resize/{zlib.crc32(slug.encode()) % 10**8:08d}/{slug[:12]}.jpg?width=1200\" height=\"675\" width=\"1200\"/>\n    {cr}\n  </item>")
        items.append(exp(url))

    w = d(2024, 9, 10, 21, 15, 0, -7)
    add("eu-top-court-upholds-apple-ireland-tax-ruling", "EU's Top Court Rules Apple Must Pay $14.4 Billion in Irish Back Taxes", w, "Mara Lindholm",
        "The ruling ends a decade-long legal fight between Brussels, Dublin and the iPhone maker.", "tech/services-and-software",
        lambda k: it(k, "EU's Top Court Rules Apple Must Pay $14.4 Billion in Irish Back Taxes", w, ["Mara Lindholm"], rel=False, note="Tech/tax ruling; business, not foreign policy."))
    w = d(2024, 9, 10, 18, 40, 0, -7)
    add("us-adds-chinese-chip-firms-entity-list", "US Adds 14 Chinese Chip Firms to Export Blacklist", w, "Dev Anand Pillai",
        "The Commerce Department says the companies helped supply Beijing's military. China's embassy called the move \"economic coercion.\"", "tech/computing",
        lambda k: it(k, "US Adds 14 Chinese Chip Firms to Export Blacklist", w, ["Dev Anand Pillai"], note="Export controls against China: relevant."))
    w = d(2024, 9, 10, 17, 0, 0, -7)
    add("iphone-16-pro-hands-on", "iPhone 16 Pro Hands-On: The Camera Control Button Is the Star", w, "Patrick Holland",
        "I spent an hour with Apple's new phones. Here's what stood out.", "tech/mobile",
        lambda k: it(k, "iPhone 16 Pro Hands-On: The Camera Control Button Is the Star", w, ["Patrick Holland"], rel=False, note="Product hands-on."))
    w = d(2024, 9, 10, 15, 30, 0, -7)
    add("best-vpn-deals-this-week", "Best VPN Deals This Week: Save Up to 80% on Top Services", w, "Teknet Deals Staff",
        "We may get a commission from retail offers.", "deals",
        lambda k: it(k, "Best VPN Deals This Week: Save Up to 80% on Top Services", w, [], story=False, rel=False, junk=["We may get a commission"], note="Affiliate deals list; staff credit."))
    w = d(2024, 9, 10, 13, 0, 0, -7)
    add("today-mortgage-rates-sept-10", "Mortgage Rates Today, Sept. 10, 2024: Rates Ease Ahead of Fed Meeting", w, "",
        "Check out today's rates.", "personal-finance",
        lambda k: it(k, "Mortgage Rates Today, Sept. 10, 2024: Rates Ease Ahead of Fed Meeting", w, [], story=False, rel=False, note="Daily rates service item; empty line where dc:creator is missing."))
    w = d(2024, 9, 10, 10, 20, 0, -7)
    add("spacex-polaris-dawn-launch", "SpaceX Polaris Dawn Launches With First Commercial Spacewalk Planned", w, "Amanda Kooser",
        "The private crew will fly higher than any humans since Apollo.", "science/space",
        lambda k: it(k, "SpaceX Polaris Dawn Launches With First Commercial Spacewalk Planned", w, ["Amanda Kooser"], rel=False))
    channel = (f"  <title>Teknet News</title>\n  <link>{base}/news/</link>\n  <description>Teknet news, reviews and deals</description>\n  <language>en-us</language>\n"
               f"  <lastBuildDate>{gmt(d(2024, 9, 10, 21, 20, 0, -7))}</lastBuildDate>\n  <copyright>Copyright Teknet Media LLC</copyright>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("en_tech_teknet_news.rss.xml", text, items, lang="en", outlet="Teknet", aliases=["Teknet News"], topic="tech",
                structure="CNET-style (San Francisco) news RSS from a custom CMS: channel 'Brand News', Title Case headlines, '#ftag=' tracking fragment on <link> with the bare URL as guid, CDATA one-sentence dek descriptions, media:thumbnail with a resize URL, dc:creator LAST in the item holding a person, 'Brand Deals Staff' or nothing (a blank indented line), an affiliate deals list with the commission disclosure, a mortgage-rates service item, GMT pubDates (newsroom at -0700), September 2024")


# ---------------------------------------------------------------- Smithsonian Magazine-style 'Smart News' RSS
def curio():
    rows, items = [], []
    base = "https://www.curiomag.example"

    def add(slug, title, when, creator, img, dek, exp):
        url = f"{base}/smart-news/{slug}/"
        desc = f"&lt;img src=\"https://th-thumbnailer.curiomag.example/{img}.jpg\" /&gt;&lt;p&gt;{esc(dek)}&lt;/p&gt;" if img else f"&lt;p&gt;{esc(dek)}&lt;/p&gt;"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{desc}</description>\n<pubDate>{rfc822(when)}</pubDate>\n<guid isPermaLink=\"true\">{url}</guid>\n"
                    f"<dc:creator>{esc(creator)}</dc:creator>\n</item>")
        items.append(exp(url))

    o = -5
    w = d(2025, 1, 22, 16, 55, 0, o)
    add("us-returns-looted-cuneiform-tablets-to-iraq", "U.S. Returns Hundreds of Looted Cuneiform Tablets to Iraq", w, "Elena Marchetti", "tablets",
        "The clay tablets, some more than 4,000 years old, were smuggled out of Iraq after 2003 and seized by federal agents. \"These objects belong to the people of Iraq,\" said Farah al-Dulaimi, Iraq's deputy minister of culture, at a ceremony in Washington.",
        lambda k: it(k, "U.S. Returns Hundreds of Looted Cuneiform Tablets to Iraq", w, ["Elena Marchetti"], quotes=[q("Farah al-Dulaimi", "deputy minister of culture")],
                     note="Restitution handed over between governments: labelled relevant (cultural diplomacy)."))
    w = d(2025, 1, 22, 14, 0, 0, o)
    add("oldest-known-seafaring-boat-found-in-lake-bracciano", "Archaeologists Recover 7,000-Year-Old Canoe From Italian Lake", w, "Jonah Feld", "canoe",
        "The Neolithic dugout, found at a submerged village, suggests early farmers were skilled sailors.",
        lambda k: it(k, "Archaeologists Recover 7,000-Year-Old Canoe From Italian Lake", w, ["Jonah Feld"], rel=False))
    w = d(2025, 1, 22, 11, 30, 0, o)
    add("rare-snow-leopard-cubs-filmed-in-nepal", "Watch Rare Footage of Snow Leopard Cubs Playing in Nepal", w, "Priya Varadarajan", "snow-leopards",
        "Camera traps in Shey Phoksundo National Park captured the cubs for the first time.",
        lambda k: it(k, "Watch Rare Footage of Snow Leopard Cubs Playing in Nepal", w, ["Priya Varadarajan"], rel=False, note="Wildlife footage with a news peg; a story."))
    w = d(2025, 1, 21, 17, 10, 0, o)
    add("new-dinosaur-species-patagonia-titanosaur", "Paleontologists Name New Long-Necked Dinosaur Species From Patagonia", w, "Jonah Feld", None,
        "The titanosaur lived about 90 million years ago.",
        lambda k: it(k, "Paleontologists Name New Long-Necked Dinosaur Species From Patagonia", w, ["Jonah Feld"], rel=False))
    w = d(2025, 1, 21, 12, 0, 0, o)
    add("curio-photo-contest-2025-finalists", "See the Finalists of Curio's 22nd Annual Photo Contest", w, "Curio Magazine", "photo-contest",
        "Vote for your favorite in the Readers' Choice category.",
        lambda k: it(k, "See the Finalists of Curio's 22nd Annual Photo Contest", w, [], story=False, rel=False, note="Photo contest page; the brand as dc:creator."))
    w = d(2025, 1, 21, 9, 0, 0, o)
    add("january-night-sky-planet-parade", "Six Planets Will Line Up in the Night Sky This Week. Here's How to See Them", w, "Amara Osei", None,
        "Venus, Mars, Jupiter and Saturn will be visible to the naked eye.",
        lambda k: it(k, "Six Planets Will Line Up in the Night Sky This Week. Here's How to See Them", w, ["Amara Osei"], rel=False, note="Sky-watching guide with a news peg."))
    channel = (f"<title>Smart News | Curio Magazine</title>\n<link>{base}/smart-news/</link>\n<description>Daily news about science, history and culture from Curio Magazine</description>\n<language>en-us</language>\n"
               f"<lastBuildDate>{rfc822(d(2025, 1, 22, 17, 0, 0, o))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("en_science_curiomag_smartnews.rss.xml", text, items, lang="en", outlet="Curio Magazine", aliases=["Curio"], topic="science",
                structure="Smithsonian Magazine-style (Washington) 'Smart News' RSS from a custom CMS: items at column 0, channel 'Smart News | Brand', escaped descriptions opening with a thumbnail <img> immediately followed by a <p> dek, straight double quotes, '/smart-news/<slug>/' permalink guids, dc:creator LAST holding a person or the brand, a photo-contest page, -0500 dates in January 2025")


FEEDS = [gulfherald, meridian, bharattoday, teknet, curio]
