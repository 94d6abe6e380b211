# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English world desks of the twenty-seventh held-out set (part 1: a Doha satellite news
network, a Hong Kong public broadcaster, a London commercial broadcaster's Atom feed and a
Kuala Lumpur national news agency). All outlets, people and quotations are invented."""
from h27 import cd, d, esc, feed, isoz, it, q, rfc822


# ---------------------------------------------------------------- Al Jazeera English-style (Doha) all-news RSS
def gulfwave():
    rows, items = [], []
    base = "https://www.gulfwave.example"

    def add(path, title, when, cat, desc, exp):
        url = f"{base}/{path}"
        guid = f"{base}/?t={int(when.timestamp()) * 1000 + 317}"
        rows.append(f"<item><link>{url}</link><title>{esc(title)}</title><description>{cd(desc)}</description>"
                    f"<pubDate>{rfc822(when)}</pubDate><category>{cat}</category><guid isPermaLink=\"false\">{guid}</guid></item>")
        items.append(exp(guid))

    o = 0
    w = d(2021, 3, 24, 17, 41, 6, o)
    add(f"news/{w:%Y/%-m/%-d}/suez-canal-blocked-container-ship-tugboats", "Giant container ship still wedged in Suez Canal as queue of vessels grows", w, "News",
        "Dozens of tankers and bulk carriers wait at both ends of the waterway as salvage teams try to refloat the 400-metre vessel.",
        lambda k: it(k, "Giant container ship still wedged in Suez Canal as queue of vessels grows", w, [],
                     note="Guid is the '?t=<epoch ms>' form, not the article URL; no author element in this feed."))
    w = d(2021, 3, 24, 15, 2, 44, o)
    add(f"news/{w:%Y/%-m/%-d}/myanmar-protesters-silent-strike-yangon", "Myanmar protesters stage 'silent strike' as death toll passes 275", w, "News",
        "Streets of Yangon and Mandalay were deserted as shops closed in protest against last month's military coup. “We want the world to see that we refuse,” said Thet Naing Oo, a 24-year-old organiser in Yangon.",
        lambda k: it(k, "Myanmar protesters stage 'silent strike' as death toll passes 275", w, [], quotes=[q("Thet Naing Oo")]))
    w = d(2021, 3, 24, 12, 30, 0, o)
    add(f"features/{w:%Y/%-m/%-d}/analysis-can-the-new-libyan-unity-government-survive", "Analysis: Can Libya's new unity government survive until December?", w, "Features",
        "The interim executive faces rival armed groups, foreign fighters and a tight deadline for elections",
        lambda k: it(k, "Analysis: Can Libya's new unity government survive until December?", w, [],
                     note="Standfirst without final stop. Title label 'Analysis:' may be kept or dropped."))
    w = d(2021, 3, 24, 9, 15, 12, o)
    add(f"news/liveblog/{w:%Y/%-m/%-d}/live-israel-election-results-count", "Live: Israel election vote count under way", w, "News",
        "Follow our live coverage here.",
        lambda k: it(k, "Live: Israel election vote count under way", w, [], story=False, rel=False,
                     note="Live-page stub with a one-line teaser, not a story. Title label 'Live:' may be kept or dropped."))
    w = d(2021, 3, 23, 21, 48, 30, o)
    add(f"sports/{w:%Y/%-m/%-d}/qatar-world-cup-qualifiers-doha-bubble", "Asian World Cup qualifiers to be played in Doha 'bubble'", w, "Sport",
        "Football's Asian confederation said the remaining group matches would be played at centralised venues in June.",
        lambda k: it(k, "Asian World Cup qualifiers to be played in Doha 'bubble'", w, [], rel=False, note="Sport."))
    w = d(2021, 3, 23, 18, 5, 0, o)
    add(f"program/inside-track/{w:%Y/%-m/%-d}/is-there-a-vaccine-gap-between-rich-and-poor", "Is there a vaccine gap between rich and poor?", w, "Inside Track",
        "On Tuesday's episode of Inside Track we look at global vaccine equity.",
        lambda k: it(k, "Is there a vaccine gap between rich and poor?", w, [], story=False, rel=False,
                     note="TV programme page (Inside Track episode) without article text, not a story."))
    channel = (f"<title>Gulfwave – Breaking News, World News and Video from Gulfwave</title><link>{base}</link>"
               "<description>Breaking News, World News and Video from Gulfwave</description><language>en</language>"
               f"<lastBuildDate>{rfc822(d(2021, 3, 24, 17, 45, 0, o))}</lastBuildDate>"
               f"<atom:link href=\"{base}/xml/rss/all.xml\" rel=\"self\" type=\"application/rss+xml\"/>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
            + channel + "".join(rows) + "</channel></rss>")
    return feed("en_qa_gulfwave_all.rss.xml", text, items, lang="en", outlet="Gulfwave", aliases=["Gulfwave English"],
                structure="Al Jazeera English-style (Doha) satellite network's all-news RSS (/xml/rss/all.xml) from a headless CMS: the whole document on ONE line without a final newline, channel titled 'Brand – Breaking News, World News and Video from Brand' (en dash), <link> FIRST in each item, CDATA descriptions, <category> naming the site section or the TV programme, NON-permalink guids of the form '/?t=<epoch milliseconds>' (the article URL is only in <link>), NO author element, 'Analysis:' and 'Live:' title labels, a live-page stub and a programme page ('Inside Track'), +0000 dates in March 2021")


# ---------------------------------------------------------------- RTHK-style (Hong Kong) public broadcaster's English 'World News' RSS
def harbour():
    rows, items = [], []
    base = "https://news.harbourradio.example"

    def add(nid, title, when, paras, exp):
        url = f"{base}/hr/en/component/k2/{nid}-{when:%Y%m%d}.htm"
        body = "<br/><br/>".join(paras)
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<description>{cd(body)}</description>\n"
                    f"\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t\t<guid>{url}</guid>\n\t\t</item>")
        items.append(exp(url))

    o = 8
    w = d(2020, 7, 15, 21, 3, 0, o)
    add(1538821, "UK to strip Huawei from 5G networks by 2027", w,
        ["Britain has ordered telecoms companies to stop buying new Huawei equipment from the end of this year and to remove all of the Chinese firm's kit from their 5G networks by 2027.",
         "The decision reverses a ruling made in January and follows new US sanctions on chip supplies. The Chinese embassy in London called the move disappointing.",
         "Huawei's UK spokesman, Edwin Mallory, said the company would ask the government to reconsider. \"This is bad news for anyone in the UK with a mobile phone,\" he said. (Reuters)"],
        lambda k: it(k, "UK to strip Huawei from 5G networks by 2027", w, [], junk=["(Reuters)"], quotes=[q("Edwin Mallory", "Huawei")],
                     note="Paragraphs separated by <br/><br/> inside CDATA; agency credit '(Reuters)' at the end of the text; no author element."))
    w = d(2020, 7, 15, 19, 40, 0, o)
    add(1538790, "Twitter accounts of US politicians and tech billionaires hacked in bitcoin scam", w,
        ["The Twitter accounts of several prominent US figures and companies were hijacked on Wednesday to promote a cryptocurrency scam, the social media firm said.",
         "Twitter said it was investigating and had temporarily stopped some accounts from posting. (AFP)"],
        lambda k: it(k, "Twitter accounts of US politicians and tech billionaires hacked in bitcoin scam", w, [], rel=False, junk=["(AFP)"],
                     note="Cyber-crime in the US, no foreign-policy angle: not relevant (borderline)."))
    w = d(2020, 7, 15, 17, 22, 0, o)
    add(1538745, "Beijing says it will retaliate over US sanctions law", w,
        ["China's foreign ministry has vowed to hit back at the United States after Washington ended the city's preferential trade status and signed a sanctions law.",
         "Ministry spokesman Gao Renzhi told reporters in Beijing that China would \"impose sanctions on relevant US personnel and entities\", without giving details."],
        lambda k: it(k, "Beijing says it will retaliate over US sanctions law", w, [], quotes=[q("Gao Renzhi", "China's foreign ministry")]))
    w = d(2020, 7, 15, 14, 10, 0, o)
    add(1538690, "Serbia protests enter second week as curfew plan dropped", w,
        ["Thousands of people have again rallied outside the parliament in Belgrade, despite the government abandoning plans for a weekend curfew to curb the spread of Covid-19.",
         "Police used tear gas on Tuesday night after some protesters threw stones. (AP)"],
        lambda k: it(k, "Serbia protests enter second week as curfew plan dropped", w, [], junk=["(AP)"]))
    w = d(2020, 7, 15, 11, 55, 0, o)
    add(1538652, "Japan's tourism subsidy to go ahead despite Tokyo case surge", w,
        ["Japan's government says its domestic travel campaign will start next week as planned, though Tokyo recorded more than 160 new infections on Wednesday."],
        lambda k: it(k, "Japan's tourism subsidy to go ahead despite Tokyo case surge", w, [], rel=False, note="Domestic policy of another country (tourism, health): not relevant."))
    w = d(2020, 7, 15, 8, 0, 0, o)
    add(1538601, "Harbour Letter", w,
        ["<a href=\"https://podcast.harbourradio.example/radio1/letter/20200712.mp3\">Listen</a>"],
        lambda k: it(k, "Harbour Letter", w, [], story=False, rel=False, note="Radio programme page (audio link only), not a story."))
    channel = (f"\t\t<title>Harbour Radio News - World News</title>\n\t\t<link>{base}/hr/en/news.htm</link>\n\t\t<description>Harbour Radio News - World News</description>\n"
               f"\t\t<language>en-us</language>\n\t\t<copyright>Copyright © Harbour Radio Hong Kong. All rights reserved.</copyright>\n\t\t<lastBuildDate>{rfc822(d(2020, 7, 15, 21, 5, 0, o))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n\t<channel>\n' + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("en_hk_harbourradio_world.rss.xml", text, items, lang="en", outlet="Harbour Radio", aliases=["Harbour Radio News", "Harbour Radio Hong Kong"],
                structure="RTHK-style (Hong Kong) public broadcaster's English 'World News' RSS from a Joomla/K2 CMS: tab indentation, no namespaces, channel 'Brand News - World News' with title = description, '/component/k2/<7 digits>-YYYYMMDD.htm' links repeated as guid, full story text in CDATA with paragraphs separated only by <br/><br/>, agency credits '(Reuters)', '(AFP)', '(AP)' at the end of the last paragraph, NO author element, a radio programme page whose only content is a 'Listen' link, 'Copyright ©' line naming the broadcaster, +0800 dates in July 2020")


# ---------------------------------------------------------------- ITV News-style (London) Atom feed with xhtml content and video groups
def thames():
    entries, items = [], []
    base = "https://www.thamestv.example"

    def add(slug, title, when, upd, author, summary, xhtml, exp, video=None, cat="world"):
        url = f"{base}/news/{when:%Y-%m-%d}/{slug}"
        eid = f"tag:thamestv.example,{when:%Y-%m-%d}:/news/{slug}"
        au = "".join(f"\n    <author>\n      <name>{esc(a)}</name>\n    </author>" for a in author)
        vid = ""
        if video:
            vid = ("\n    <media:group>\n"
                   f"      <media:content url=\"https://video.thamestv.example/{video}/1280x720.mp4\" type=\"video/mp4\" medium=\"video\" duration=\"143\" width=\"1280\" height=\"720\"/>\n"
                   f"      <media:content url=\"https://video.thamestv.example/{video}/640x360.mp4\" type=\"video/mp4\" medium=\"video\" duration=\"143\" width=\"640\" height=\"360\"/>\n"
                   f"      <media:thumbnail url=\"https://images.thamestv.example/{video}.jpg\"/>\n"
                   f"      <media:title>{esc(title)}</media:title>\n    </media:group>")
        content = f"<div xmlns=\"http://www.w3.org/1999/xhtml\">{xhtml}</div>" if xhtml else ""
        ce = f"\n    <content type=\"xhtml\">{content}</content>" if xhtml else ""
        entries.append(f"  <entry>\n    <id>{eid}</id>\n    <title type=\"text\">{esc(title)}</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n"
                       f"    <published>{isoz(when, False)}</published>\n    <updated>{isoz(upd, False)}</updated>{au}\n    <category term=\"{cat}\"/>\n"
                       f"    <summary type=\"text\">{esc(summary)}</summary>{ce}{vid}\n  </entry>")
        items.append(exp(eid))

    o = 0
    w, u = d(2021, 1, 7, 9, 12, 0, o), d(2021, 1, 7, 11, 40, 0, o)
    add("us-capitol-stormed-world-leaders-react", "World leaders condemn storming of US Capitol", w, u, ["Niamh Castellane, Washington Correspondent"],
        "Allies of the United States expressed shock after supporters of the outgoing president broke into Congress",
        "<p>Leaders across Europe and beyond have condemned the storming of the US Capitol by supporters of the outgoing president, as Congress resumed the count that confirmed the election result.</p>"
        "<figure><img src=\"https://images.thamestv.example/capitol-night.jpg\" alt=\"\"/><figcaption>Police outside the Capitol on Wednesday night. Credit: PA</figcaption></figure>"
        "<p>Nato's deputy spokeswoman, Ingrid Solvang, called the scenes \u201cshocking\u201d and said \u201cthe outcome of this democratic election must be respected\u201d.</p>"
        "<p>In Berlin, a government spokesman said the chancellor had watched the pictures with anger and sadness.</p>"
        "<p><strong>Read more: <a href=\"https://www.thamestv.example/news/2021-01-06/what-happens-next-in-congress\">What happens next in Congress</a></strong></p>",
        lambda k: it(k, "World leaders condemn storming of US Capitol", w, ["Niamh Castellane"], junk=["Credit: PA", "Read more:", "Washington Correspondent"],
                     quotes=[q("Ingrid Solvang", "Nato")], note="Atom author name carries the correspondent's role after a comma; xhtml content with a figure and a 'Read more:' block."),
        video="capitol-reaction-0701")
    w, u = d(2021, 1, 7, 7, 30, 0, o), d(2021, 1, 7, 7, 30, 0, o)
    add("analysis-what-the-brexit-deal-means-for-northern-ireland-ports", "Analysis: A week in, what the Brexit deal means at Northern Ireland's ports", w, u, ["Declan Rourke, Ireland Correspondent"],
        "Empty shelves and new paperwork: the first days of the Irish Sea border",
        "<p>At Belfast's port the lorries are still rolling, but hauliers say the new customs declarations add hours to every crossing.</p>"
        "<p>\u201cWe've had drivers turned back for a single missing code,\u201d said Maeve Dunleavy, who runs a freight firm in Larne. \u201cIt's not sustainable.\u201d</p>"
        "<p>EU and UK officials are due to review the arrangements at a joint committee later this month.</p>",
        lambda k: it(k, "Analysis: A week in, what the Brexit deal means at Northern Ireland's ports", w, ["Declan Rourke"], junk=["Ireland Correspondent"],
                     quotes=[q("Maeve Dunleavy")], note="Title label 'Analysis:' may be kept or dropped. UK–EU trade border: relevant."))
    w, u = d(2021, 1, 6, 22, 5, 0, o), d(2021, 1, 6, 22, 5, 0, o)
    add("video-crowds-inside-senate-chamber", "VIDEO: Moment rioters enter the Senate chamber", w, u, [],
        "Watch the footage from inside the building", None,
        lambda k: it(k, "VIDEO: Moment rioters enter the Senate chamber", w, [], story=False, rel=False,
                     note="Video clip with a one-line summary, not a story. Title label 'VIDEO:' may be kept or dropped."),
        video="senate-chamber-0601")
    w, u = d(2021, 1, 6, 18, 44, 0, o), d(2021, 1, 6, 19, 2, 0, o)
    add("covid-lockdown-schools-exams-cancelled-england", "GCSE and A-level exams in England cancelled for second year", w, u, ["Thames TV News"],
        "Teachers will assess pupils instead, the Education Secretary told MPs",
        "<p>Exams in England will be replaced by teacher assessments this summer after schools closed under the third national lockdown.</p>"
        "<p>Head teachers' unions welcomed the decision but asked for clear guidance before February half-term.</p>",
        lambda k: it(k, "GCSE and A-level exams in England cancelled for second year", w, [], rel=False, note="Brand as author: []."), cat="uk")
    w, u = d(2021, 1, 6, 15, 20, 0, o), d(2021, 1, 6, 15, 20, 0, o)
    add("transcript-interview-foreign-secretary-hong-kong-arrests", "Transcript: Our interview on the Hong Kong arrests", w, u, ["Thames TV News"],
        "Read the full exchange from tonight's programme",
        "<p><strong>Presenter:</strong> Fifty-three activists were arrested this morning. What is the government going to do?</p>"
        "<p><strong>Minister:</strong> We have summoned the ambassador and we are talking to our partners about the next steps.</p>"
        "<p><strong>Presenter:</strong> Will there be sanctions?</p><p><strong>Minister:</strong> Nothing is off the table.</p>",
        lambda k: it(k, "Transcript: Our interview on the Hong Kong arrests", w, [], story=False, rel=False,
                     note="Programme transcript (question-and-answer exchange without reporting), not a story; the subject is foreign affairs. Title label 'Transcript:' may be kept or dropped."))
    w, u = d(2021, 1, 6, 12, 0, 0, o), d(2021, 1, 6, 12, 31, 0, o)
    add("australian-open-players-quarantine-melbourne", "Australian Open players to begin quarantine in Melbourne", w, u, ["Ravi Mistry, Sports Reporter", "Thames TV News"],
        "Charter flights will bring 1,200 players and staff to Victoria next week",
        "<p>Tennis players arriving for the Australian Open will spend 14 days in hotel quarantine, organisers said.</p>",
        lambda k: it(k, "Australian Open players to begin quarantine in Melbourne", w, ["Ravi Mistry"], rel=False, junk=["Sports Reporter"],
                     note="Two Atom authors: a person with a role and the brand."), cat="sport")
    head = ("  <title type=\"text\">Thames TV News | World</title>\n  <subtitle type=\"text\">The latest world news from Thames TV News</subtitle>\n"
            f"  <id>tag:thamestv.example,2010:/news/world</id>\n  <link rel=\"alternate\" type=\"text/html\" href=\"{base}/news/world\"/>\n"
            f"  <link rel=\"self\" type=\"application/atom+xml\" href=\"{base}/feeds/news/world.atom\"/>\n  <updated>{isoz(d(2021, 1, 7, 11, 40, 0, o), False)}</updated>\n"
            "  <rights>© Thames Television Broadcasting Ltd 2021</rights>\n  <generator uri=\"https://www.thamestv.example\">Thames Publisher</generator>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="en-GB">\n'
            + head + "\n" + "\n".join(entries) + "\n</feed>\n")
    return feed("en_gb_thamestv_world.atom", text, items, lang="en", outlet="Thames TV News", aliases=["Thames TV", "Thames Television"], shape="atom",
                ctype="application/atom+xml; charset=utf-8",
                structure="ITV News-style (London) commercial broadcaster's world section as Atom 1.0: xml:lang on the root, title 'Brand | World' with a subtitle, tag: URIs as entry ids, published and updated with '+00:00' offsets, Atom <author><name> holding 'Name, Washington Correspondent' (the role after a comma), the brand, or a person plus the brand, text summaries without final stop, <content type=\"xhtml\"> with an XHTML <div> (paragraphs, a <figure> with 'Credit: PA', a bold 'Read more:' link), media:group with two MP4 renditions, thumbnail and title for video entries, 'Analysis:', 'VIDEO:' and 'Transcript:' labels, a programme transcript, © line naming the company (Ltd), January 2021")


# ---------------------------------------------------------------- Bernama-style (Kuala Lumpur) national news agency's World RSS
def lintas():
    rows, items = [], []
    base = "https://www.lintas.example"

    def add(nid, title, when, desc, exp):
        url = f"{base}/en/world/news.php?id={nid}"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>\n<description>{esc(desc)}</description>\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(url))

    o = 8
    w = d(2020, 10, 12, 22, 14, 0, o)
    add(1888452, "Armenia, Azerbaijan trade accusations as truce frays", w,
        "BAKU, Oct 12 -- Armenia and Azerbaijan accused each other on Monday of violating a humanitarian ceasefire agreed in Moscow only two days ago, as shelling continued around Nagorno-Karabakh. -- AFP",
        lambda k: it(k, "Armenia, Azerbaijan trade accusations as truce frays", w, [], junk=["BAKU, Oct 12 --", "-- AFP"],
                     note="Wire dateline 'CITY, Mon D --' and trailing '-- AGENCY' credit inside the text; no author element."))
    w = d(2020, 10, 12, 20, 40, 0, o)
    add(1888431, "ASEAN foreign ministers to meet virtually on South China Sea code", w,
        "KUALA LUMPUR, Oct 12 (Lintas) -- ASEAN foreign ministers will hold a video conference next week to push talks on a code of conduct in the South China Sea, Wisma Putra said today.\n\nIts secretary-general, Datuk Azlan Harun Yusof, said Malaysia wanted the negotiations to resume \"as soon as the pandemic situation allows\". -- LINTAS",
        lambda k: it(k, "ASEAN foreign ministers to meet virtually on South China Sea code", w, [], junk=["(Lintas) --", "-- LINTAS"],
                     quotes=[q("Azlan Harun Yusof", "Wisma Putra")], note="Honorific 'Datuk' before the speaker's name; plain-text paragraphs separated by blank lines."))
    w = d(2020, 10, 12, 18, 2, 0, o)
    add(1888390, "Thai protesters plan new rally in Bangkok on Wednesday", w,
        "BANGKOK, Oct 12 -- Thai pro-democracy protesters said they would gather at Democracy Monument on Wednesday, the anniversary of a 1973 student uprising. -- Reuters",
        lambda k: it(k, "Thai protesters plan new rally in Bangkok on Wednesday", w, [], junk=["-- Reuters"]))
    w = d(2020, 10, 12, 16, 30, 0, o)
    add(1888354, "Palm oil prices rise on stronger Dalian soyoil", w,
        "KUALA LUMPUR, Oct 12 (Lintas) -- Crude palm oil futures on Bursa Malaysia Derivatives closed higher today, tracking gains in Dalian soyoil... -- LINTAS",
        lambda k: it(k, "Palm oil prices rise on stronger Dalian soyoil", w, [], rel=False, junk=["(Lintas) --", "-- LINTAS"], note="Commodity market report: not relevant."))
    w = d(2020, 10, 12, 14, 0, 0, o)
    add(1888301, "Pictures: Lintas photo highlights of the day", w,
        "",
        lambda k: it(k, "Pictures: Lintas photo highlights of the day", w, [], story=False, rel=False, note="Photo gallery with an empty description, not a story."))
    w = d(2020, 10, 12, 11, 45, 0, o)
    add(1888277, "Rohingya refugees stranded at sea to be allowed ashore, says Indonesian official", w,
        "JAKARTA, Oct 12 -- Indonesia will allow nearly 300 Rohingya refugees found off the coast of Aceh to disembark, a provincial official said.\n\n\"We cannot let them die at sea,\" Aceh social affairs head Teuku Ridwansyah said. -- dpa, AFP",
        lambda k: it(k, "Rohingya refugees stranded at sea to be allowed ashore, says Indonesian official", w, [], junk=["-- dpa, AFP"],
                     quotes=[q("Teuku Ridwansyah", "Aceh social affairs")], note="Two agencies in the trailing credit."))
    channel = (f"<title>Lintas - World</title>\n<link>{base}/en/world/</link>\n<description>Malaysian National News Agency</description>\n<language>en</language>\n"
               f"<copyright>Copyright 2020 Pertubuhan Berita Nasional Lintas</copyright>\n<lastBuildDate>{rfc822(d(2020, 10, 12, 22, 15, 0, o))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("en_my_lintas_world.rss.xml", text, items, lang="en", outlet="Lintas", aliases=["Lintas Malaysia", "Lintas News Agency"],
                structure="Bernama-style (Kuala Lumpur) national news agency's 'World' RSS from a PHP CMS: no indentation or namespaces, space before '?>' in the declaration, channel 'BRAND - World' with the agency's description, 'news.php?id=<7 digits>' links repeated as permalink guid, PLAIN-TEXT descriptions (not HTML) with blank-line paragraph breaks, wire datelines 'CITY, Mon D --' and 'KUALA LUMPUR, Oct 12 (Brand) --', trailing credits '-- AFP', '-- Reuters', '-- BRAND' and '-- dpa, AFP', a market report clipped with '...', a picture gallery with an empty description, a 'Datuk' honorific, NO author element, +0800 dates in October 2020")


FEEDS = [gulfwave, harbour, thames, lintas]
