# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English world desks of the twenty-sixth held-out set (part 1: London tabloid site, US national
daily, New Delhi broadsheet on WordPress, Karachi/Islamabad English daily, US newsweekly).
All outlets, people and quotations are invented."""
from h26 import NS_ALL, cd, d, esc, feed, gmt, it, q, rfc822, wpt


# ---------------------------------------------------------------- MailOnline-style world news RSS (/news/worldnews/index.rss)
def mercury():
    rows, items = [], []
    base = "https://www.mercuryonline.example"

    def add(aid, slug, title, when, desc, img, caption, credit, exp):
        url = f"{base}/news/article-{aid}/{slug}.html"
        media = (f"\n<enclosure url=\"https://i.mercuryonline.example/1s/{when:%Y/%m/%d}/{img}.jpg\" type=\"image/jpeg\" length=\"7000\"/>"
                 f"\n<media:description>{esc(caption)}</media:description>\n<media:thumbnail url=\"https://i.mercuryonline.example/1s/{when:%Y/%m/%d}/{img}-thumb.jpg\" width=\"154\" height=\"115\"/>"
                 f"\n<media:credit scheme=\"urn:ebu\">{esc(credit)}</media:credit>") if img else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<description>{esc(desc)}</description>\n<link>{url}?ns_mchannel=rss&amp;ito=1490&amp;ns_campaign=1490</link>{media}\n"
                    f"<pubDate>{rfc822(when)}</pubDate>\n<guid>{url}</guid>\n</item>")
        items.append(exp(url))

    o = 1
    w = d(2024, 5, 21, 16, 42, 11, o)
    add(13452218, "Finland-extends-closure-eastern-border-Russia-six-months", "Finland extends closure of its entire 830-mile border with Russia for another six months as Helsinki accuses Moscow of 'weaponising' migrants", w,
        "Finland's government said on Tuesday that all eight crossing points on its eastern frontier would stay shut until November after officials recorded fresh attempts to push asylum seekers towards the border.",
        "finland-border-vaalimaa", "Barriers at the Vaalimaa crossing point in south-eastern Finland, which has been closed since last winter", "LEHTIKUVA/AFP via Getty Images",
        lambda k: it(k, "Finland extends closure of its entire 830-mile border with Russia for another six months as Helsinki accuses Moscow of 'weaponising' migrants", w, [],
                     junk=["LEHTIKUVA/AFP via Getty Images", "ns_mchannel"], note="No author element in this feed; single-quoted word in the headline."))
    w = d(2024, 5, 21, 13, 5, 40, o)
    add(13451607, "Taiwan-scrambles-jets-Chinese-warplanes-median-line", "Taiwan scrambles fighter jets as 27 Chinese warplanes cross the Strait's median line just hours after new president is sworn in", w,
        "Taipei's defence ministry said the aircraft, including bombers and drones, flew within 40 miles of the island's coast before turning back.",
        "taiwan-jets-hualien", "A Taiwanese Mirage 2000 fighter takes off from Hsinchu air base on Tuesday", "REUTERS",
        lambda k: it(k, "Taiwan scrambles fighter jets as 27 Chinese warplanes cross the Strait's median line just hours after new president is sworn in", w, [], junk=["REUTERS"]))
    w = d(2024, 5, 21, 10, 18, 2, o)
    add(13450344, "Hungary-blocks-EU-statement-Georgia-foreign-agents-law", "Hungary blocks EU statement condemning Georgia's 'foreign agents' law as thousands protest in Tbilisi for fifth week", w,
        "Budapest vetoed a joint declaration by the bloc's 27 foreign ministers, leaving the EU's foreign policy chief to issue it in his own name.",
        None, None, None,
        lambda k: it(k, "Hungary blocks EU statement condemning Georgia's 'foreign agents' law as thousands protest in Tbilisi for fifth week", w, []))
    w = d(2024, 5, 20, 22, 51, 9, o)
    add(13449012, "British-honeymooners-stranded-Bali-volcano-ash-flights", "British honeymooners among thousands stranded in Bali after volcano ash cloud grounds flights for third day", w,
        "Couple from Leeds, both 29, say they have been sleeping in the airport terminal at Denpasar since their flight home was cancelled on Saturday.",
        "bali-airport-ash", "Passengers wait at Ngurah Rai International Airport in Denpasar", "Made Nagi/EPA-EFE/Shutterstock",
        lambda k: it(k, "British honeymooners among thousands stranded in Bali after volcano ash cloud grounds flights for third day", w, [], rel=False, junk=["Made Nagi/EPA-EFE/Shutterstock"], note="Human-interest item from abroad."))
    w = d(2024, 5, 20, 19, 30, 0, o)
    add(13448391, "VIDEO-Moment-ferry-passengers-whale-Strait-Gibraltar", "VIDEO: Moment stunned ferry passengers watch pod of orcas circle their boat in the Strait of Gibraltar", w,
        "Watch the clip here.",
        "orcas-ferry-video", "Orcas circle the ferry", "Jam Press",
        lambda k: it(k, "VIDEO: Moment stunned ferry passengers watch pod of orcas circle their boat in the Strait of Gibraltar", w, [], story=False, rel=False,
                     note="Video clip with a one-line teaser, not a story. Title label 'VIDEO:' may be kept or dropped."))
    w = d(2024, 5, 20, 7, 0, 0, o)
    add(13446025, "Most-read-world-news-stories-Monday", "Most read: The world news stories Mercury Online readers clicked on most this weekend", w,
        "From the Strait of Hormuz to the Champions League final, here are the stories you could not stop reading.",
        None, None, None,
        lambda k: it(k, "Most read: The world news stories Mercury Online readers clicked on most this weekend", w, [], story=False, rel=False, note="'Most read' list, not a story."))
    channel = (f"<title>World News | Mercury Online</title>\n<link>{base}/news/worldnews/index.html</link>\n<description>World News | Mercury Online</description>\n<language>en-gb</language>\n"
               f"<copyright>© Mercury Newspapers Ltd</copyright>\n<pubDate>{rfc822(d(2024, 5, 21, 16, 45, 0, o))}</pubDate>\n"
               f"<image>\n<title>World News | Mercury Online</title>\n<url>https://i.mercuryonline.example/i/furniture/rss_logo.png</url>\n<link>{base}</link>\n</image>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("en_gb_mercuryonline_worldnews.rss.xml", text, items, lang="en", outlet="Mercury Online", aliases=["Daily Mercury", "The Daily Mercury"],
                structure="MailOnline-style (London) world news RSS (/news/worldnews/index.rss) from a custom CMS: no indentation, only the media namespace, channel 'World News | Brand', NO author element, very long tabloid headlines with ages and single-quoted words, one-sentence plain descriptions, tracking query strings on <link> (&amp;-escaped) but bare article URLs as guid, enclosure plus media:description caption, media:thumbnail and a urn:ebu media:credit ('Agency via Getty Images', 'Name/EPA-EFE/Shutterstock'), a 'VIDEO:' clip and a 'Most read' list, +0100 (BST) dates in May 2024")


# ---------------------------------------------------------------- USA TODAY / Gannett-style world top-stories RSS through FeedBurner
def nationtoday():
    rows, items = [], []
    base = "https://www.nationtoday.example"

    def add(sid, slug, title, when, creator, img, teaser, exp):
        url = f"{base}/story/news/world/{when:%Y/%m/%d}/{slug}/{sid}/"
        proxy = f"https://rssfeeds.nationtoday.example/~/{sid % 900000000}/0/nationtoday/world~{slug}/"
        imgx = f"&lt;img src=\"https://www.ntcdn.example/authoring/images/{img}.jpg?width=660\" border=\"0\" /&gt;&lt;br /&gt;" if img else ""
        cr = f"\n      <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{proxy}</link>\n      <guid isPermaLink=\"false\">{url}</guid>{cr}\n      <description>{imgx}{esc(teaser)}</description>\n"
                    f"      <pubDate>{gmt(when)}</pubDate>\n      <feedburner:origLink>{url}</feedburner:origLink>\n    </item>")
        items.append(exp(url))

    o = -5
    w = d(2024, 11, 19, 15, 12, 7, o)
    add(76412208, "ukraine-1000-days-war-long-range-missiles", "Ukraine marks 1,000 days of war as allies weigh long-range missile request", w, "Kim Hjelmgaard and Francesca Chambers, Nation Today",
        "ukraine-1000-days",
        "KYIV, Ukraine – Ukrainians marked 1,000 days since Russia's full-scale invasion on Tuesday with church bells and a minute of silence. \"We are tired, but we are not finished,\" said Olha Marchenko, a 41-year-old teacher in Kyiv.",
        lambda k: it(k, "Ukraine marks 1,000 days of war as allies weigh long-range missile request", w, ["Kim Hjelmgaard", "Francesca Chambers"], junk=["KYIV, Ukraine –", "Nation Today"],
                     quotes=[q("Olha Marchenko")], note="Byline 'A and B, Brand' in dc:creator; quote from a private person (no affiliation)."))
    w = d(2024, 11, 19, 12, 40, 0, o)
    add(76410133, "g20-rio-summit-communique-hunger-alliance", "G20 leaders in Rio agree on hunger alliance, sidestep divisions on wars", w, "Deirdre Okonkwo, Nation Today",
        "g20-rio",
        "The final statement of the Group of 20 summit in Rio de Janeiro called for a comprehensive ceasefire in Gaza and Lebanon but did not name Russia.",
        lambda k: it(k, "G20 leaders in Rio agree on hunger alliance, sidestep divisions on wars", w, ["Deirdre Okonkwo"], junk=["Nation Today"]))
    w = d(2024, 11, 19, 9, 3, 51, o)
    add(76408871, "north-korea-troops-kursk-south-korea-intelligence", "South Korea says North Korean troops have joined combat in Russia's Kursk region", w, "The Associated Press",
        None,
        "Seoul's spy agency told lawmakers that some of the roughly 11,000 North Korean soldiers sent to Russia had been deployed to front-line units.",
        lambda k: it(k, "South Korea says North Korean troops have joined combat in Russia's Kursk region", w, ["The Associated Press"],
                     note="Agency as the only credit. [] is also correct"))
    w = d(2024, 11, 18, 21, 30, 12, o)
    add(76406619, "travel-italy-dolomites-overtourism-fees", "Too many selfies: Italian village near Dolomites puts up turnstiles", w, "Eve Castellano, Nation Today",
        "dolomites-turnstile",
        "A village in the Dolomites is charging day-trippers to walk a popular meadow path after a surge in social-media visitors.",
        lambda k: it(k, "Too many selfies: Italian village near Dolomites puts up turnstiles", w, ["Eve Castellano"], rel=False, junk=["Nation Today"]))
    w = d(2024, 11, 18, 17, 2, 0, o)
    add(76405502, "photos-week-around-world-november", "Photos: The week around the world in pictures", w, "",
        "week-photos",
        "See the striking images from the past seven days.",
        lambda k: it(k, "Photos: The week around the world in pictures", w, [], story=False, rel=False, note="Photo gallery; no byline. Title label 'Photos:' may be kept or dropped."))
    w = d(2024, 11, 18, 11, 45, 30, o)
    add(76403390, "bird-flu-poultry-british-columbia-cull", "Bird flu outbreak prompts cull at Canadian poultry farms", w, "Reuters",
        None,
        "Canadian authorities ordered the culling of about 600,000 birds at farms in British Columbia's Fraser Valley.",
        lambda k: it(k, "Bird flu outbreak prompts cull at Canadian poultry farms", w, ["Reuters"], rel=False, note="Agency as the only credit. [] is also correct"))
    channel = (f"    <title>Nation Today - World Top Stories</title>\n    <link>{base}/news/world/</link>\n    <description>The latest world news and headlines from Nation Today</description>\n    <language>en-us</language>\n"
               f"    <copyright>Copyright 2024 Nation Today, a division of Nation Today Media Co.</copyright>\n    <lastBuildDate>{gmt(d(2024, 11, 19, 15, 20, 0, o))}</lastBuildDate>\n"
               "    <atom10:link xmlns:atom10=\"http://www.w3.org/2005/Atom\" rel=\"self\" type=\"application/rss+xml\" href=\"https://rssfeeds.nationtoday.example/nationtoday-NewsWorld\" />\n"
               "    <feedburner:info uri=\"nationtoday-newsworld\" />")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" media="screen" href="/~d/styles/rss2full.xsl"?>\n'
            '<rss xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">\n  <channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_us_nationtoday_world_feedburner.rss.xml", text, items, lang="en", outlet="Nation Today", aliases=["NationToday"],
                structure="USA TODAY-style (Gannett, McLean VA) world top-stories RSS behind FeedBurner: xml-stylesheet processing instruction, feedburner namespace, channel 'Brand - World Top Stories', atom10:link and feedburner:info, FeedBurner '/~/<n>/0/...' proxy links with the canonical '/story/news/world/YYYY/MM/DD/<slug>/<8 digits>/' URL in a non-permalink guid and in feedburner:origLink, dc:creator holding 'A and B, Brand', 'Name, Brand', 'The Associated Press', 'Reuters' or empty, escaped descriptions opening with an <img> and <br />, an 'CITY, Country –' en-dash dateline with an embedded quote, a photo gallery, GMT pubDates (newsroom at -0500) in November 2024")


# ---------------------------------------------------------------- Indian Express-style WordPress section feed with full content
def satpura():
    rows, items = [], []
    base = "https://satpuraexpress.example"

    def add(pid, sec, slug, title, when, creators, cats, excerpt, body, exp):
        url = f"{base}/article/{sec}/{slug}-{pid}/"
        crs = "".join(f"\n\t\t\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        cat = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>{crs}\n\t\t<pubDate>{rfc822(when)}</pubDate>{cat}\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    def fig(img, cap):
        return (f"<figure id=\"attachment_{img}\" class=\"wp-caption aligncenter\" style=\"width: 1200px\"><img decoding=\"async\" src=\"{base}/wp-content/uploads/2025/02/{img}.jpg\" alt=\"\" width=\"1200\" height=\"667\" />"
                f"<figcaption class=\"wp-caption-text\">{cap}</figcaption></figure>")

    def also(path, head):
        return f"<p><strong>Also Read | <a href=\"{base}/article/{path}/\">{head}</a></strong></p>"

    o = 5.5
    w = d(2025, 2, 13, 21, 4, 0, o)
    add(9831207, "world", "india-china-resume-patrolling-depsang-sixth-round-talks", "India, China agree on next steps after sixth round of border talks in Beijing; Kailash yatra to resume", w, ["Devika Raghavan"], ["World", "India China border", "Explained Global"],
        "Officials said the Special Representatives had agreed to work towards an early harvest on delimitation in the Sikkim sector",
        "<p>India and China on Thursday agreed on a set of steps to stabilise the Line of Actual Control after the sixth round of talks between their Special Representatives in Beijing, the first such meeting in more than five years.</p>"
        + fig(9831215, "Officials of the two delegations at the Diaoyutai State Guesthouse in Beijing on Thursday. (Photo: MEA/X)") +
        "<p>The two sides agreed to resume the Kailash Mansarovar Yatra this summer, to restore data-sharing on trans-border rivers and to work towards an “early harvest” on delimitation in the Sikkim sector, according to a statement issued by the Ministry of External Affairs.</p>"
        "<p>“Peace and tranquillity in the border areas is the foundation on which everything else rests, and today we have added a few more bricks,” said Anand Mehrotra, Joint Secretary (East Asia) at the Ministry of External Affairs, at a briefing in New Delhi.</p>"
        + also("world/india-china-disengagement-what-it-means-9810042", "India-China disengagement: What the October agreement means on the ground") +
        "<p>The Chinese side was more guarded. “The two sides should view the boundary question from a strategic height and not let it define the overall relationship,” said Liu Jiancheng, deputy director-general of the boundary and ocean affairs department at China’s foreign ministry.</p>"
        "<p>Former diplomats in Delhi welcomed the outcome but cautioned against reading too much into it. “The hardest issues, the buffer zones and the build-up of troops on both sides, have not been touched,” said Meera Kothari, a former ambassador to Beijing who now teaches at Jawaharlal Nehru University.</p>"
        "<p>Patrolling resumed in Depsang and Demchok in eastern Ladakh last October after a four-year standoff that began with the Galwan clash of June 2020.</p>"
        + also("world/kailash-mansarovar-yatra-2025-route-9829981", "Kailash Mansarovar Yatra 2025: Routes, dates and who can apply") +
        "<p>The next round of talks is due to be held in India later this year. Officials said a meeting of the Working Mechanism for Consultation and Coordination would prepare it.</p>"
        "<p><em>Devika Raghavan is Senior Assistant Editor with The Satpura Express and writes on India’s foreign policy, China and the Indo-Pacific. She has reported from Beijing, Kathmandu and Colombo.</em></p>",
        lambda k: it(k, "India, China agree on next steps after sixth round of border talks in Beijing; Kailash yatra to resume", w, ["Devika Raghavan"],
                     junk=["Also Read", "Photo: MEA/X", "Senior Assistant Editor with The Satpura Express", "India-China disengagement: What the October agreement means"],
                     quotes=[q("Anand Mehrotra", "Ministry of External Affairs"), q("Liu Jiancheng", "China’s foreign ministry"), q("Meera Kothari", "Jawaharlal Nehru University")],
                     note="Long content:encoded with two 'Also Read |' blocks, a wp-caption figure with a '(Photo: …)' credit and an italic author bio as the last paragraph."))
    w = d(2025, 2, 13, 18, 30, 0, o)
    add(9830877, "world", "bangladesh-interim-government-india-visa-teesta-talks", "Dhaka seeks restart of Teesta talks as foreign secretaries meet; visa curbs to ease", w, ["Shamik Bose", "Nirupama Sethi"], ["World", "Bangladesh"],
        "First foreign secretary-level talks since August; Dhaka raises border killings, Delhi raises attacks on minorities",
        "<p>India and Bangladesh held their first foreign secretary-level talks since the fall of the Awami League government in August, with Dhaka pressing for a restart of negotiations on sharing the waters of the Teesta river.</p>"
        + fig(9830890, "Foreign secretaries of the two countries before the talks in Dhaka on Thursday. (Express Photo by Shamik Bose)") +
        "<p>“We want a relationship based on equality and mutual respect, and water is at the heart of that,” said Rafiqul Anwar, Bangladesh’s foreign secretary, after the meeting at the state guest house Padma.</p>"
        "<p>India raised the protection of Hindus and other minorities in Bangladesh. “We conveyed our concerns clearly and we expect the interim government to act on them,” said Sunil Varghese, spokesperson of the Ministry of External Affairs.</p>"
        + also("world/bangladesh-india-ties-after-august-9770213", "How India-Bangladesh ties have changed since August") +
        "<p>Dhaka also raised killings at the border by the Border Security Force, which Delhi said were acts of self-defence against smugglers.</p>"
        "<p>The two sides agreed that visa services at Indian missions in Bangladesh, curtailed since August, would be gradually restored, beginning with medical visas.</p>"
        "<p><em>Shamik Bose is the paper’s Kolkata-based correspondent covering eastern India and Bangladesh. Nirupama Sethi is Deputy Editor (Diplomacy).</em></p>",
        lambda k: it(k, "Dhaka seeks restart of Teesta talks as foreign secretaries meet; visa curbs to ease", w, ["Shamik Bose", "Nirupama Sethi"],
                     junk=["Also Read", "Express Photo by Shamik Bose", "Kolkata-based correspondent", "Deputy Editor (Diplomacy)"],
                     quotes=[q("Rafiqul Anwar", "Bangladesh’s foreign secretary"), q("Sunil Varghese", "Ministry of External Affairs")],
                     note="Two dc:creator elements; bios of both authors in the last italic paragraph."))
    w = d(2025, 2, 13, 15, 12, 0, o)
    add(9830342, "world", "japan-philippines-reciprocal-access-agreement-takes-effect", "Japan-Philippines troop pact enters into force amid South China Sea tensions", w, ["Reuters"], ["World", "Japan", "Philippines"],
        "The pact allows the two countries to deploy forces on each other’s soil for joint exercises",
        "<p>A defence pact allowing Japan and the Philippines to deploy troops on each other’s soil entered into force on Thursday, as both countries face an increasingly assertive China in regional waters.</p>"
        "<p>The Reciprocal Access Agreement was signed in Manila last July and ratified by the parliaments of both countries.</p>"
        "<p>“This is a message to the region that we do not stand alone,” said Teodoro Alcaraz, a spokesperson for the Philippine Department of National Defense.</p>",
        lambda k: it(k, "Japan-Philippines troop pact enters into force amid South China Sea tensions", w, ["Reuters"], quotes=[q("Teodoro Alcaraz", "Philippine Department of National Defense")],
                     note="Agency as the only credit. [] is also correct"))
    w = d(2025, 2, 13, 12, 0, 0, o)
    add(9829760, "upsc-current-affairs", "upsc-essentials-daily-subject-wise-quiz-international-relations-february-13", "UPSC Essentials | Daily subject-wise quiz : International Relations (Week 94)", w, ["Express Study Desk"], ["UPSC Current Affairs"],
        "Are you preparing for the civil services exam? Attempt today’s quiz on International Relations",
        "<p>Test your knowledge with our daily quiz.</p><p><strong>QUESTION 1</strong></p><p>Which of the following countries border the Teesta river basin?</p><p>(a) India and Bangladesh only (b) India, Bhutan and Bangladesh (c) Nepal and India only (d) None of the above</p>",
        lambda k: it(k, "UPSC Essentials | Daily subject-wise quiz : International Relations (Week 94)", w, [], story=False, rel=False, note="Exam-preparation quiz, not a story; desk credit."))
    w = d(2025, 2, 13, 9, 45, 0, o)
    add(9829301, "world", "world-news-live-updates-february-13-2025", "World News Live Updates: Munich Security Conference to open; Gaza ceasefire talks continue", w, ["Express Web Desk"], ["World", "Live Blog"],
        "Follow this space for the latest world news",
        "<p><strong>9:45 am:</strong> Welcome to our live blog.</p><p><strong>10:20 am:</strong> Leaders gather in Munich for the annual security conference.</p>",
        lambda k: it(k, "World News Live Updates: Munich Security Conference to open; Gaza ceasefire talks continue", w, [], story=False, rel=False, note="Live blog, not a story; desk credit."))
    w = d(2025, 2, 12, 23, 10, 0, o)
    add(9828875, "sports/cricket", "champions-trophy-2025-australia-squad-injuries", "Champions Trophy 2025: Australia name replacements as injuries pile up", w, ["Sports Desk"], ["Cricket", "Champions Trophy"],
        "Australia will be without three first-choice fast bowlers for the tournament in Pakistan and the UAE",
        "<p>Australia named three replacements for the Champions Trophy after injuries ruled out a trio of first-choice fast bowlers.</p><p>The tournament begins in Karachi next week.</p>",
        lambda k: it(k, "Champions Trophy 2025: Australia name replacements as injuries pile up", w, [], rel=False, note="Sport; desk credit."))
    channel = ("\t<title>World News | The Satpura Express</title>\n\t<atom:link href=\"https://satpuraexpress.example/section/world/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n"
               f"\t<link>{base}</link>\n\t<description>Latest News from India, World, Sports, Business</description>\n\t<lastBuildDate>{rfc822(d(2025, 2, 13, 21, 5, 0, o))}</lastBuildDate>\n"
               "\t<language>en-US</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.7.1</generator>")
    ns = ('\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
          '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t')
    text = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"' + ns + ">\n\n<channel>\n" + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("en_in_satpuraexpress_world_wp.rss.xml", text, items, lang="en", outlet="The Satpura Express", aliases=["Satpura Express"],
                structure="Indian Express-style (New Delhi) WordPress section feed (/section/world/feed/): declaration and <rss> on one line, one namespace per tab-indented line, channel 'World News | Brand', items indented with two tabs but children with two or four, one CDATA dc:creator per author (persons, 'Reuters', 'Express Study Desk', 'Express Web Desk', 'Sports Desk'), CDATA categories, '?p=<id>' guids, '/article/<section>/<slug>-<id>/' links, CDATA excerpt without final stop, LONG content:encoded bodies (6–9 blocks) with wp-caption <figure>s whose caption ends '(Photo: …)' / '(Express Photo by NAME)', bold 'Also Read | <link>' blocks between paragraphs, quotes from three speakers and an italic author bio as the last paragraph, a UPSC quiz, a live blog, +0530 dates in February 2025")


# ---------------------------------------------------------------- The News International-style (Jang group) English daily, full story in the description
def thedispatch():
    rows, items = [], []
    base = "https://www.dispatchpk.example"

    def add(nid, sec, slug, title, when, body, exp):
        url = f"{base}/{sec}/{nid}-{slug}"
        rows.append(f"<item>\n<title><![CDATA[{title}]]></title>\n<link>{url}</link>\n<guid>{url}</guid>\n<pubDate>{rfc822(when)}</pubDate>\n<description><![CDATA[{body}]]></description>\n</item>")
        items.append(exp(url))

    o = 5
    w = d(2025, 4, 29, 23, 55, 0, o)
    add(1305227, "print", "pakistan-raises-indus-waters-treaty-suspension-at-un", "Pakistan takes Indus Waters Treaty issue to UN, World Bank", w,
        "<p><strong>Mariam Qureshi</strong></p><p>ISLAMABAD: Pakistan on Tuesday formally raised India’s decision to hold the Indus Waters Treaty “in abeyance” with the United Nations Security Council and the World Bank, calling it a threat to regional peace.</p>"
        "<p>In letters delivered in New York and Washington, the Foreign Office said the treaty contained no provision for unilateral suspension.</p>"
        "<p>“Any attempt to stop or divert the flow of water belonging to Pakistan will be considered an act of war,” said Tahir Andrabi, spokesperson for the Ministry of Foreign Affairs, at the weekly briefing.</p>"
        "<p><strong>Also read: <a href=\"https://www.dispatchpk.example/latest/1304990-what-the-indus-waters-treaty-says\">What the Indus Waters Treaty says about suspension</a></strong></p>"
        "<p>Former water commissioner Syed Jamaat Ali Shah said India lacked the storage capacity to stop the flow of the western rivers in the short term. “What they can do is play with the timing of flows, and that is dangerous enough,” he said.</p>"
        "<p>The World Bank, which brokered the 1960 treaty, has a limited role as a facilitator. A spokesperson for the bank in Washington said it had received the letter and was “reviewing it”.</p>"
        "<p>Diplomats in Islamabad said China, Turkiye and Saudi Arabia had been briefed.</p>"
        "<p>The federal cabinet is to meet on Wednesday to review the situation.</p>",
        lambda k: it(k, "Pakistan takes Indus Waters Treaty issue to UN, World Bank", w, ["Mariam Qureshi"], junk=["ISLAMABAD:", "Also read:", "What the Indus Waters Treaty says"],
                     quotes=[q("Tahir Andrabi", "Ministry of Foreign Affairs"), q("Syed Jamaat Ali Shah")],
                     note="Byline as a bold first paragraph of the description; print-edition 'CITY:' dateline; long body with an 'Also read:' block."))
    w = d(2025, 4, 29, 20, 10, 0, o)
    add(1305101, "latest", "china-pakistan-foreign-ministers-phone-call-kashmir", "Beijing assures Islamabad of support in foreign ministers’ phone call", w,
        "<p><strong>News Desk</strong></p><p>ISLAMABAD: China’s foreign minister told his Pakistani counterpart in a phone call on Tuesday that China supported Pakistan’s call for an impartial investigation into last week’s attack in Pahalgam.</p>"
        "<p>According to a statement issued by the Foreign Office, the two ministers agreed to stay in close contact.</p>"
        "<p>“China understands Pakistan’s legitimate security concerns and supports a fair investigation,” said Lin Haoran, a spokesperson for the Chinese foreign ministry, at a regular briefing in Beijing.</p>",
        lambda k: it(k, "Beijing assures Islamabad of support in foreign ministers’ phone call", w, [], junk=["News Desk", "ISLAMABAD:"],
                     quotes=[q("Lin Haoran", "Chinese foreign ministry")], note="Desk credit as bold first paragraph."))
    w = d(2025, 4, 29, 16, 40, 0, o)
    add(1304977, "latest", "iran-us-third-round-oman-talks-expert-level", "Iran, US to hold expert-level talks in Oman ahead of third round", w,
        "<p><strong>Reuters</strong></p><p>DUBAI: Iranian and US experts will meet in Muscat on Saturday to work out a framework for a possible nuclear deal, Iran’s foreign ministry said.</p>"
        "<p>“The atmosphere was constructive, but we remain cautious,” said Esmaeil Rezvani, a spokesman for the Iranian foreign ministry.</p>",
        lambda k: it(k, "Iran, US to hold expert-level talks in Oman ahead of third round", w, ["Reuters"], junk=["DUBAI:"], quotes=[q("Esmaeil Rezvani", "Iranian foreign ministry")],
                     note="Agency as the only credit. [] is also correct"))
    w = d(2025, 4, 29, 13, 0, 0, o)
    add(1304851, "print", "karachi-water-tanker-rates-notified", "KWSC notifies new water tanker rates for Karachi", w,
        "<p><strong>Our Correspondent</strong></p><p>KARACHI: The Karachi Water and Sewerage Corporation on Tuesday notified new rates for water tankers in the city, effective from May 1.</p>"
        "<p>Residents of several districts have complained of shortages for weeks.</p>",
        lambda k: it(k, "KWSC notifies new water tanker rates for Karachi", w, [], rel=False, junk=["Our Correspondent", "KARACHI:"], note="City news; staff credit."))
    w = d(2025, 4, 29, 10, 15, 0, o)
    add(1304720, "latest", "gold-price-pakistan-today-april-29", "Gold price in Pakistan today – April 29, 2025", w,
        "<p>The price of 24-karat gold per tola in Pakistan stood at Rs352,400 on Tuesday, according to the All Pakistan Gems and Jewellers Sarafa Association.</p>"
        "<p>10 grams: Rs302,130</p>",
        lambda k: it(k, "Gold price in Pakistan today – April 29, 2025", w, [], story=False, rel=False, note="Daily price service item."))
    w = d(2025, 4, 28, 22, 30, 0, o)
    add(1304602, "print", "psl-x-qalandars-beat-zalmi-gaddafi", "PSL X: Qalandars beat Zalmi by eight wickets", w,
        "<p><strong>Sports Reporter</strong></p><p>LAHORE: Lahore Qalandars beat Peshawar Zalmi by eight wickets at the Gaddafi Stadium on Monday night to move to second in the table.</p>",
        lambda k: it(k, "PSL X: Qalandars beat Zalmi by eight wickets", w, [], rel=False, junk=["Sports Reporter"], note="Sport; desk credit."))
    channel = (f"<title><![CDATA[The Dispatch - World]]></title>\n<link>{base}/world</link>\n<description><![CDATA[The Dispatch: Latest news from Pakistan and around the world]]></description>\n"
               "<language>en-us</language>\n<copyright>© The Dispatch, Dispatch Media Group</copyright>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("en_pk_thedispatch_world.rss.xml", text, items, lang="en", outlet="The Dispatch", aliases=["Dispatch"],
                structure="The News International-style (Jang group, Karachi/Islamabad) English daily's RSS from a custom CMS: no indentation, no namespaces, CDATA channel title 'Brand - World', '/<print|latest>/<7 digits>-<slug>' links as bare guids, NO author element: the byline is the BOLD FIRST PARAGRAPH of the CDATA description (a person, 'News Desk', 'Reuters', 'Our Correspondent', 'Sports Reporter' or nothing), full stories in the description with the print-edition 'CITY:' dateline, a bold 'Also read: <link>' block, curly quotes closed before or after the full stop, a gold-price service item, +0500 dates in April 2025")


# ---------------------------------------------------------------- Newsweek-style world RSS with full content and the 2024-25 'Why It Matters' format
def globeweek():
    rows, items = [], []
    base = "https://www.globeweek.example"

    def add(nid, slug, title, when, creator, desc, img, caption, body, exp):
        url = f"{base}/{slug}-{nid}"
        cr = f"\n  <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        media = f"\n  <media:content url=\"https://d.globeweek.example/en/full/{nid}/{img}.jpg\" medium=\"image\">\n    <media:title>{esc(caption)}</media:title>\n  </media:content>" if img else ""
        rows.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{url}</link>\n  <description>{esc(desc)}</description>{cr}\n  <pubDate>{rfc822(when)}</pubDate>\n"
                    f"  <guid isPermaLink=\"true\">{url}</guid>{media}\n  <content:encoded>{cd(body)}</content:encoded>\n</item>")
        items.append(exp(url))

    def cap(text):
        return f"<div class=\"caption\"><p>{text}</p></div>"

    bio = "<p><em>Update 6/10/24, 11:05 a.m. ET: This article has been updated with additional information.</em></p>"
    o = -4
    w = d(2024, 6, 10, 10, 48, 0, o)
    add(1910455, "eu-election-results-far-right-macron-snap-vote", "Map Shows Where Far-Right Parties Surged in EU Elections", w, "Ellie Brandt",
        "Far-right parties made gains in France, Germany and Austria, prompting French President Emmanuel Macron to call a snap election.",
        "eu-elections", "Election posters in Strasbourg, France, on June 5, 2024.",
        "<p>Far-right parties made significant gains in the European Parliament elections, topping the polls in France, Italy and Austria and coming second in Germany, according to provisional results published Monday.</p>"
        + cap("Election posters in Strasbourg, France, on June 5, 2024. Far-right parties made gains across the bloc. FREDERICK FLORIN/AFP via Getty Images") +
        "<h2>Why It Matters</h2><p>The results could make it harder for the European Union to agree on support for Ukraine, migration rules and climate policy over the next five years.</p>"
        "<h2>What To Know</h2><p>The center-right European People’s Party remained the largest group in the 720-seat parliament. In France, the result prompted a snap legislative election, with the first round set for June 30.</p>"
        "<p><strong>Read more: <a href=\"https://www.globeweek.example/eu-parliament-explained-1909981\">What the European Parliament actually does</a></strong></p>"
        "<h2>What People Are Saying</h2><p>Tomasz Lewandowski, a senior fellow at the European Policy Forum in Brussels, told <em>Globeweek</em>: “The center held, but it is a center that will now look over its right shoulder on every vote.”</p>"
        "<p>Hanna Lindqvist, a Swedish Green member of the European Parliament, said in a statement: “Voters have sent a warning, and we must answer it with results, not slogans.”</p>"
        "<h2>What Happens Next</h2><p>The new parliament will hold its first session in Strasbourg on July 16. <em>Globeweek</em> reached out to the European Commission via email for comment.</p>"
        + bio +
        "<p><em>Ellie Brandt is a Globeweek reporter based in London. Her focus is on European politics and security. You can get in touch with Ellie by emailing e.brandt@globeweek.example</em></p>",
        lambda k: it(k, "Map Shows Where Far-Right Parties Surged in EU Elections", w, ["Ellie Brandt"],
                     junk=["FREDERICK FLORIN/AFP via Getty Images", "Read more:", "reached out to the European Commission via email", "Update 6/10/24", "You can get in touch with Ellie", "Why It Matters"],
                     quotes=[q("Tomasz Lewandowski", "European Policy Forum"), q("Hanna Lindqvist", "European Parliament")],
                     note="Long content:encoded in Newsweek's 2024 format: <h2> labels, caption <div> with credit, 'Read more:' link, update note and author bio with e-mail at the end."))
    w = d(2024, 6, 10, 8, 15, 0, o)
    add(1910301, "russia-warships-cuba-havana-navy-exercise", "Russian Warships Heading to Cuba—What We Know", w, "Isaac Ferrante",
        "A Russian frigate and a nuclear-powered submarine are expected to arrive in Havana this week.",
        "russia-cuba-frigate", "A Russian frigate in the Baltic Sea in a file photo.",
        "<p>A group of Russian navy ships including a nuclear-powered submarine is expected to arrive in Havana on Wednesday for a five-day visit, Cuba’s Ministry of the Revolutionary Armed Forces said.</p>"
        + cap("A Russian frigate in the Baltic Sea in a file photo. The vessel is expected in Havana this week. Russian Defense Ministry Press Service via AP") +
        "<h2>Why It Matters</h2><p>The visit comes as Moscow warns of “asymmetric” responses to Western arms supplies to Ukraine.</p>"
        "<h2>What People Are Saying</h2><p>A U.S. official, speaking on condition of anonymity, said the ships posed no direct threat to the United States.</p>"
        "<p>Rear Admiral Carla Whitfield, a spokesperson for U.S. Southern Command, said: “We will monitor the vessels as we would any foreign navy operating in the region.”</p>"
        "<p>Jorge Iglesias, a Cuba analyst at the Caribbean Security Institute in Miami, told <em>Globeweek</em> the visit was “theater for two audiences, one in Washington and one at home.”</p>"
        "<h2>What Happens Next</h2><p>The ships are expected to leave Havana on June 17, possibly for Venezuela.</p>"
        "<p><em>Isaac Ferrante is a Globeweek national security reporter based in Washington, D.C.</em></p>",
        lambda k: it(k, "Russian Warships Heading to Cuba—What We Know", w, ["Isaac Ferrante"],
                     junk=["Russian Defense Ministry Press Service via AP", "national security reporter based in Washington", "What People Are Saying"],
                     quotes=[q("Carla Whitfield", "U.S. Southern Command"), q("Jorge Iglesias", "Caribbean Security Institute")],
                     note="Em dash without spaces in the headline; an anonymous official; bio at the end."))
    w = d(2024, 6, 10, 6, 0, 0, o)
    add(1910190, "china-philippines-second-thomas-shoal-detention-rule", "China's New Coast Guard Rule Takes Effect as Philippines Warns of 'Escalation'", w, "Ellie Brandt and Isaac Ferrante",
        "Beijing's coast guard can now detain foreigners suspected of trespassing for up to 60 days without trial.",
        None, None,
        "<p>A Chinese regulation allowing its coast guard to detain foreigners suspected of trespassing in waters Beijing claims for up to 60 days without trial took effect on Saturday.</p>"
        "<p>“Any attempt to enforce this rule against Filipino fishermen would be a serious escalation,” said Renato Magsaysay, a spokesperson for the Philippine Coast Guard.</p>"
        "<p>China’s foreign ministry said the rule was consistent with international law.</p>",
        lambda k: it(k, "China's New Coast Guard Rule Takes Effect as Philippines Warns of 'Escalation'", w, ["Ellie Brandt", "Isaac Ferrante"], quotes=[q("Renato Magsaysay", "Philippine Coast Guard")],
                     note="'A and B' in one dc:creator."))
    w = d(2024, 6, 9, 19, 30, 0, o)
    add(1909877, "heat-wave-greece-tourists-missing", "Heat Wave Map Shows Where Tourists Have Gone Missing in Greece", w, "Marta Ruiz",
        "Several tourists have died or gone missing while hiking in high temperatures on Greek islands.",
        None, None,
        "<p>Several tourists have died or gone missing on Greek islands in recent days as temperatures topped 104 degrees Fahrenheit.</p>"
        "<p>Rescue teams are still searching for a hiker on Amorgos.</p>",
        lambda k: it(k, "Heat Wave Map Shows Where Tourists Have Gone Missing in Greece", w, ["Marta Ruiz"], rel=False, note="Weather/human interest from abroad."))
    w = d(2024, 6, 9, 12, 0, 0, o)
    add(1909701, "globeweek-world-briefing-podcast-june-9", "The Globeweek World Briefing Podcast: What the EU Vote Means", w, "",
        "Listen to this week's episode.",
        None, None,
        "<p>On this week’s episode, our Europe team discusses the election. Listen on Apple Podcasts, Spotify or wherever you get your podcasts.</p>",
        lambda k: it(k, "The Globeweek World Briefing Podcast: What the EU Vote Means", w, [], story=False, rel=False, note="Podcast episode; empty dc:creator."))
    w = d(2024, 6, 9, 9, 10, 0, o)
    add(1909655, "king-charles-trooping-colour-rehearsal-photos", "Photos Show King Charles at Trooping the Colour Rehearsal", w, "Jack Olsen",
        "The king watched the rehearsal from a carriage.",
        "trooping-rehearsal", "King Charles III at the rehearsal.",
        "<p>King Charles III watched the final rehearsal for Trooping the Colour from a carriage on Saturday.</p>" + cap("King Charles III at the rehearsal on Saturday. Chris Jackson/Getty Images"),
        lambda k: it(k, "Photos Show King Charles at Trooping the Colour Rehearsal", w, ["Jack Olsen"], rel=False, junk=["Chris Jackson/Getty Images"], note="Royal news; short story with photo."))
    channel = (f"<title>Globeweek - World</title>\n<link>{base}/world</link>\n<description>Globeweek world news</description>\n<language>en</language>\n"
               f"<lastBuildDate>{rfc822(d(2024, 6, 10, 10, 50, 0, o))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"' + NS_ALL + ">\n<channel>\n" + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("en_us_globeweek_world.rss.xml", text, items, lang="en", outlet="Globeweek",
                structure="Newsweek-style (New York) world RSS (/rss/section/world) from a custom CMS: items at column 0 with two-space children, description BEFORE dc:creator, dc:creator holding a person, 'A and B' or empty, '/<slug>-<7 digits>' permalink guids, media:content with media:title, Title Case headlines ('—What We Know', 'Map Shows …'), LONG content:encoded in the 2024-25 format with <h2> labels ('Why It Matters', 'What To Know', 'What People Are Saying', 'What Happens Next'), caption <div>s ending in 'NAME/AFP via Getty Images', a bold 'Read more:' link, 'told <em>Brand</em>' attributions, a 'reached out … for comment' line, an italic update note and an author bio with e-mail, a podcast, -0400 dates in June 2024")


FEEDS = [mercury, nationtoday, satpura, thedispatch, globeweek]
