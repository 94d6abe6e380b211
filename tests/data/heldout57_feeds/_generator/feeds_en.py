# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the fifty-seventh held-out set (part 1: a Dublin daily on WordPress 6.3 with
Yoast, an Accra news site on WordPress 4.8, a Kingston daily on a custom ASP.NET CMS, a Cardiff
broadcaster's news site). All outlets, people and quotations are invented."""
from h57 import NS_ALL, cd, d, esc, feed, gmt, it, q, rfc822, wpt


# ---------------------------------------------------------------- Dublin daily, WordPress 6.3 + Yoast (2023)
def grattan():
    base = "https://www.grattanherald.example"
    rows, items = [], []
    foot = lambda t: f'<p>The post <a href="{base}/x/">{t}</a> appeared first on <a href="{base}">The Grattan Herald</a>.</p>'

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        link = f"{base}/world/{slug}/"
        rows.append(
            f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{link}</link>\n\t\t\t\t\t<comments>{link}#respond</comments>\n"
            f"\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{gmt(when)}</pubDate>\n"
            + "".join(f"\t\t<category><![CDATA[{c}]]></category>\n" for c in cats)
            + f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>\n"
            f"\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}{foot(title)}]]></content:encoded>\n\t\t\t\t\t\n\t\t\t\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>\n\t\t\t<slash:comments>0</slash:comments>\n\t\t\t\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    std = ["appeared first on", "The Grattan Herald."]
    w = d(2023, 10, 12, 17, 41, 0, 1)
    add(418822, "tanaiste-rafah-crossing-irish-citizens", "Tánaiste says 40 Irish citizens still waiting at Rafah crossing", w, "Siobhán Kearney", ["World", "Middle East"],
        "Some 40 Irish citizens and their dependants remain in Gaza and are waiting to cross into Egypt, the Department of Foreign Affairs said on Thursday. [&#8230;]",
        '<p>Some 40 Irish citizens and their dependants remain in Gaza and are waiting to cross into Egypt at Rafah, the Department of Foreign Affairs said on Thursday.</p>'
        '<p>Officials in Dublin and at the Irish representative office in Ramallah are in daily contact with the families, a spokeswoman said.</p>'
        '<p>&#8220;We are asking every party with influence to let these people leave safely, and we will keep asking,&#8221; Minister of State Pádraig Ó Cuinn told the Dáil.</p>'
        '<p>Ireland has also pledged a further €3 million in humanitarian funding through UN agencies.</p>',
        lambda k: it(k, "Tánaiste says 40 Irish citizens still waiting at Rafah crossing", w, ["Siobhán Kearney"], quotes=[q("Pádraig Ó Cuinn", "Minister of State")], junk=std,
                     note="Ireland's consular effort and aid in the Gaza war: relevant. The Yoast 'The post … appeared first on …' footer is junk. The role 'Minister of State' without a portfolio is the affiliation."))
    w = d(2023, 10, 12, 14, 5, 0, 1)
    add(418790, "poland-election-result-tusk-coalition", "Poland&#8217;s opposition bloc claims majority after record turnout", w, "Ciarán Mulcahy and Agnieszka Wrona", ["World", "Europe"],
        "Poland&#8217;s opposition parties said they had won enough seats to form a government after a vote with the highest turnout since 1989. [&#8230;]",
        '<p><strong>Warsaw</strong> &#8211; Poland&#8217;s three main opposition parties said they had won enough seats to form a government after Sunday&#8217;s election, in which turnout reached its highest level since 1989.</p>'
        '<p>The governing party remained the largest single group in the Sejm but lacks partners for a majority.</p>'
        '<p>&#8220;Voters under 30 decided this election, and they decided it for Europe,&#8221; said Marta Zielińska of the Warsaw Institute for Public Affairs.</p>'
        '<p>The president is expected to ask the largest party to try to form a government first, which could delay a handover until December.</p>',
        lambda k: it(k, "Poland’s opposition bloc claims majority after record turnout", w, ["Ciarán Mulcahy", "Agnieszka Wrona"], quotes=[q("Marta Zielińska", "Warsaw Institute for Public Affairs")], junk=std,
                     note="dc:creator holds two people joined with 'and' in one field. Foreign election: relevant. The title comes with &#8217; as WordPress writes it."))
    w = d(2023, 10, 11, 21, 30, 0, 1)
    add(418741, "irish-trawler-crew-fined-in-brest", "West Cork trawler skipper fined €20,000 by French court over catch records", w, "Noel Hegarty", ["World", "Business"],
        "A West Cork skipper has been fined €20,000 by a court in Brest for errors in his catch log. [&#8230;]",
        '<p>A West Cork skipper has been fined €20,000 by a court in Brest after French fisheries inspectors found errors in his vessel&#8217;s electronic catch log.</p>'
        '<p>The 22-metre trawler, based in Castletownbere, was detained for two days in September.</p>'
        '<p>&#8220;It was a typing error on a tablet in a force eight gale,&#8221; said Donal Crowley of the Irish South and West Fish Producers Organisation, who called the fine disproportionate.</p>',
        lambda k: it(k, "West Cork trawler skipper fined €20,000 by French court over catch records", w, ["Noel Hegarty"], rel=False,
                     quotes=[q("Donal Crowley", "Irish South and West Fish Producers Organisation")], junk=std,
                     note="Looks foreign (a court in Brest) but is Irish fishing-industry news told for a local skipper: a story, not relevant."))
    w = d(2023, 10, 11, 12, 0, 0, 1)
    add(418702, "world-view-podcast-ukraine-winter", "The World View podcast: Can Ukraine&#8217;s grid survive a second winter?", w, "Grattan Herald Podcasts", ["Podcasts", "World"],
        "This week on The World View, our foreign affairs team look ahead to winter in Kyiv. [&#8230;]",
        '<p>This week on The World View, our foreign affairs team look ahead to winter in Kyiv.</p><p><iframe src="https://embed.podhost.example/e/lh-worldview-118" width="100%" height="180"></iframe></p><p>Subscribe on your favourite podcast app.</p>',
        lambda k: it(k, "The World View podcast: Can Ukraine’s grid survive a second winter?", w, [], story=False, rel=False, junk=std,
                     note="Podcast episode with an embed: not a story. The creator is the podcast brand."))
    w = d(2023, 10, 10, 19, 15, 0, 1)
    add(418655, "analysis-eu-migration-pact-ireland-opt-in", "Analysis: Why Ireland opted in to the EU migration pact when it did not have to", w, "Siobhán Kearney", ["World", "Europe", "Analysis"],
        "Ireland could have stayed outside the pact under its Justice and Home Affairs opt-out. [&#8230;]",
        '<p>Ireland could have stayed outside the new EU pact on migration and asylum under its opt-out on justice and home affairs. The Government chose to join.</p>'
        '<p>Officials argue that the Common Travel Area with the UK leaves Ireland exposed to secondary movements whether it signs up or not.</p>'
        '<p>&#8220;Staying out would have meant carrying the costs without a seat at the table,&#8221; said Dr Gráinne Ní Bhriain, a lecturer in EU law at University College Cork.</p>',
        lambda k: it(k, "Why Ireland opted in to the EU migration pact when it did not have to", w, ["Siobhán Kearney"], quotes=[q("Gráinne Ní Bhriain", "University College Cork")], junk=std,
                     note="Title label 'Analysis:' may be kept or dropped. Ireland's EU policy: relevant. Affiliation: the university the text names (the role 'lecturer in EU law at University College Cork' is also acceptable)."))
    w = d(2023, 10, 10, 9, 0, 0, 1)
    add(418610, "morning-briefing-newsletter", "Sign up for The Grattan Herald&#8217;s Morning Briefing", w, "Grattan Herald", ["Newsletters"],
        "Start your day with the stories that matter, from Dublin and the world. [&#8230;]",
        '<p>Start your day with the stories that matter, from Dublin and the world. <a href="/newsletters/">Sign up here</a>.</p>',
        lambda k: it(k, "Sign up for The Grattan Herald’s Morning Briefing", w, [], story=False, rel=False, junk=std, note="Newsletter promotion: not a story."))
    head = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            f'\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f'\t<title>World &#8211; The Grattan Herald</title>\n\t<atom:link href="{base}/world/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n\t<description>Dublin&#039;s independent daily</description>\n'
            f'\t<lastBuildDate>{gmt(d(2023, 10, 12, 17, 45, 0, 1))}</lastBuildDate>\n\t<language>en-IE</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.3.2</generator>\n')
    text = head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("en_ie_grattanherald_world_wp63_yoast.rss.xml", text, items, lang="en", outlet="The Grattan Herald", aliases=["Grattan Herald"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Dublin daily's world category feed on WordPress 6.3.2 with Yoast SEO (October 2023): WordPress feed-rss2 template with its tab indentation and blank lines, channel 'World &#8211; Brand', language en-IE, sy:updatePeriod, comments/wfw/slash elements, CDATA dc:creator with a person, 'A and B' in one field, or a brand, several CDATA categories, '?p=' non-permalink guids, excerpt descriptions ending '[&#8230;]', content:encoded ending with the Yoast 'The post … appeared first on …' footer, curly punctuation as numeric references, GMT pubDates (newsroom +0100)")


# ---------------------------------------------------------------- Accra news site, WordPress 4.8 (2017)
def osu():
    base = "https://osuobserver.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, desc, exp):
        link = f"{base}/{when:%Y/%m/%d}/{slug}/"
        rows.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{link}</link>\n\t\t<comments>{link}#comments</comments>\n\t\t<pubDate>{gmt(when)}</pubDate>\n"
                    f"\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t\t\t<category><![CDATA[World News]]></category>\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[{desc}]]></description>\n\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    more = lambda link: f' [&#8230;]<p><a class="read-more" href="{link}">Read More &#187;</a></p>'
    std = ["Read More", "»"]
    w = d(2017, 6, 21, 16, 20)
    add(20731, "ecowas-ministers-gambia-mission", "ECOWAS ministers extend Gambia stabilisation mission by a year", w, "Kwabena Ofori-Atta",
        "ECOWAS foreign ministers meeting in Monrovia have agreed to extend the regional stabilisation mission in The Gambia by twelve months. Ghana contributes some 200 troops to the force. &#8220;The work of stabilisation is not finished until the security services are reformed,&#8221; Foreign Minister Abena Asante-Mensah told reporters after the meeting." + more(f"{base}/2017/06/21/ecowas-ministers-gambia-mission/"),
        lambda k: it(k, "ECOWAS ministers extend Gambia stabilisation mission by a year", w, ["Kwabena Ofori-Atta"], quotes=[q("Abena Asante-Mensah", "Foreign Minister")], junk=std,
                     note="Plain-text excerpt with the theme's 'Read More »' link after '[…]'. Regional diplomacy, Ghanaian troops: relevant."))
    w = d(2017, 6, 21, 11, 2)
    add(20718, "ghanaians-stranded-libya-return", "150 Ghanaians stranded in Libya return home on IOM flight", w, "Osu Observer",
        "A chartered flight carrying 150 Ghanaian migrants who had been held in detention centres in Libya landed at Kotoka International Airport on Wednesday morning. The returnees were received by officials of the Ghana Immigration Service and the International Organization for Migration, which organised the flight. &#8220;Some of them had not spoken to their families for a year,&#8221; said Efua Darko of the International Organization for Migration." + more(f"{base}/2017/06/21/ghanaians-stranded-libya-return/"),
        lambda k: it(k, "150 Ghanaians stranded in Libya return home on IOM flight", w, [], quotes=[q("Efua Darko", "International Organization for Migration")], junk=std,
                     note="The creator is the site's brand: []. Migration and return from Libya: relevant."))
    w = d(2017, 6, 20, 19, 45)
    add(20702, "togo-opposition-protest-lome", "Thousands march in Lomé to demand presidential term limits", w, "Agencies",
        "LOMÉ, June 20 (Agencies) &#8211; Thousands of opposition supporters marched through the Togolese capital on Tuesday to demand a return to the 1992 constitution and a two-term limit on the presidency. Security forces used tear gas to disperse protesters near the Grand Marché. Opposition leaders said they would march again next week." + more(f"{base}/2017/06/20/togo-opposition-protest-lome/"),
        lambda k: it(k, "Thousands march in Lomé to demand presidential term limits", w, [], junk=std,
                     note="'Agencies' is no person: []. Neighbouring country's politics: relevant."))
    w = d(2017, 6, 20, 9, 30)
    add(20689, "black-stars-qualifier-ethiopia", "Black Stars thrash Ethiopia 5-0 in AFCON qualifier", w, "Yaw Boateng, Kumasi",
        "The Black Stars opened their 2019 Africa Cup of Nations qualifying campaign with a 5-0 win over Ethiopia at the Baba Yara Stadium in Kumasi on Sunday. Coach Kwesi Appiah said his young side had shown character." + more(f"{base}/2017/06/20/black-stars-qualifier-ethiopia/"),
        lambda k: it(k, "Black Stars thrash Ethiopia 5-0 in AFCON qualifier", w, ["Yaw Boateng"], rel=False, junk=std,
                     note="Sport filed in World News: a story, not relevant. dc:creator holds 'Name, Town': the place is not part of the name."))
    w = d(2017, 6, 19, 15, 10)
    add(20671, "photos-kwahu-paragliding", "PHOTOS: Colours of the Kwahu paragliding festival", w, "Osu Observer",
        "<img class=\"alignnone\" src=\"https://osuobserver.example/wp-content/uploads/2017/06/kwahu1.jpg\" width=\"600\" height=\"400\" /> Photos: Nii Lamptey" + more(f"{base}/2017/06/19/photos-kwahu-paragliding/"),
        lambda k: it(k, "Colours of the Kwahu paragliding festival", w, [], story=False, rel=False, junk=[*std, "Photos: Nii Lamptey"],
                     note="Photo gallery: not a story. Title label 'PHOTOS:' may be kept or dropped."))
    w = d(2017, 6, 19, 8, 0)
    add(20660, "china-ghana-bauxite-deal-parliament", "Minority demands details of $2bn bauxite-for-roads deal with China", w, "Adwoa Serwaa Mensah",
        "The Minority in Parliament has asked the government to lay before the House the full terms of a $2 billion agreement under which a Chinese state company would build roads in exchange for bauxite. &#8220;Ghanaians deserve to know what they are trading away and for how long,&#8221; said the Minority Leader, Kojo Adomako." + more(f"{base}/2017/06/19/china-ghana-bauxite-deal-parliament/"),
        lambda k: it(k, "Minority demands details of $2bn bauxite-for-roads deal with China", w, ["Adwoa Serwaa Mensah"], quotes=[q("Kojo Adomako", "Minority Leader")], junk=std,
                     note="A state-to-state resource deal with China debated in Parliament: relevant (foreign economic policy). The role 'Minority Leader' given with the name is the affiliation."))
    head = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            f'\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f'\t<title>World News &#8211; Osu Observer</title>\n\t<atom:link href="{base}/category/world-news/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n\t<description>Ghana&#039;s News, Every Hour</description>\n'
            f'\t<lastBuildDate>{gmt(d(2017, 6, 21, 16, 25))}</lastBuildDate>\n\t<language>en-US</language>\n\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t<sy:updateFrequency>1</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=4.8</generator>\n')
    text = head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("en_gh_osuobserver_worldnews_wp48.rss.xml", text, items, lang="en", outlet="Osu Observer",
                ctype="application/rss+xml; charset=UTF-8",
                structure="Accra news site's 'World News' category feed on WordPress 4.8 (June 2017): feed-rss2 layout, channel 'World News &#8211; Brand' with a tagline, language en-US (WordPress default, though the site is Ghanaian), CDATA dc:creator with a person, 'Name, Town', the brand or 'Agencies', '?p=' guids, CDATA descriptions holding the theme's plain excerpt followed by ' [&#8230;]' and a '<p><a class=\"read-more\">Read More &#187;</a></p>' link, no content:encoded, GMT dates (Ghana is UTC+0)")


# ---------------------------------------------------------------- Kingston daily, custom ASP.NET CMS (2016)
def portroyal():
    base = "http://www.portroyalrecord.example"
    rows, items = [], []

    def add(aid, title, when, author, desc, exp):
        link = f"{base}/article.aspx?id={aid}&amp;sec=international"
        a = f"\r\n      <author>{author}</author>" if author is not None else ""
        rows.append(f"    <item>\r\n      <title>{esc(title)}</title>\r\n      <link>{link}</link>\r\n      <description>{esc(desc)}</description>{a}\r\n"
                    f"      <pubDate>{rfc822(when)}</pubDate>\r\n      <guid>{link}</guid>\r\n    </item>")
        items.append(exp(f"{base}/article.aspx?id={aid}&sec=international"))

    w = d(2016, 9, 14, 18, 12, 0, -5)
    add(88412, "Caricom leaders press for review of 'de-risking' by US banks", w, "news@portroyalrecord.example (Andre Whyte)",
        "<p>Caribbean Community (Caricom) heads of government want Washington to review the practice of US banks cutting ties with regional lenders, known as de-risking, which they say threatens remittances.</p><p>\"When correspondent banks walk away, it is the grandmother in Clarendon waiting on money from Brooklyn who pays,\" Foreign Affairs Minister Karlene Ashby-Grant said in Georgetown.</p><p>The issue will be raised at a meeting with US Treasury officials next month.</p>",
        lambda k: it(k, "Caricom leaders press for review of 'de-risking' by US banks", w, ["Andre Whyte"], quotes=[q("Karlene Ashby-Grant", "Foreign Affairs Minister")],
                     junk=["news@portroyalrecord.example"], note="RSS <author> in the 'e-mail (Name)' form: the person in brackets is the author. Regional diplomacy with the US: relevant."))
    w = d(2016, 9, 14, 13, 40, 0, -5)
    add(88397, "Haiti election date confirmed for October 9", w, "news@portroyalrecord.example (Associated Wire)",
        "<p>PORT-AU-PRINCE, Haiti (AW) -- Haiti's electoral council confirmed on Wednesday that the twice-postponed presidential election will go ahead on October 9.</p><p>\"There will be no further delays; the materials are in the departments,\" said Léopold Noël of the Provisional Electoral Council.</p>",
        lambda k: it(k, "Haiti election date confirmed for October 9", w, [], quotes=[q("Léopold Noël", "Provisional Electoral Council")],
                     junk=["news@portroyalrecord.example", "(AW)"], note="The <author> names a wire service, not a person: []. Neighbouring country's election: relevant."))
    w = d(2016, 9, 13, 20, 5, 0, -5)
    add(88380, "Jamaican nurses recruited by UK hospitals, says union", w, "news@portroyalrecord.example (Tanesha Blake)",
        "<p>The Nurses Association of Jamaica says at least 120 nurses have left this year for jobs in hospitals in the United Kingdom, leaving wards at the Kingston Public Hospital short-staffed.</p><p>\"We cannot train them fast enough to replace them,\" said Sharon-Ann Riley of the Nurses Association of Jamaica.</p>",
        lambda k: it(k, "Jamaican nurses recruited by UK hospitals, says union", w, ["Tanesha Blake"], rel=False, quotes=[q("Sharon-Ann Riley", "Nurses Association of Jamaica")],
                     junk=["news@portroyalrecord.example"], note="Looks foreign (UK hospitals) but is Jamaican health-service news: not relevant."))
    w = d(2016, 9, 13, 10, 0, 0, -5)
    add(88361, "VIDEO: Hurricane season update from the Met Service", w, None,
        "<p>Watch the latest update from the Meteorological Service.</p>",
        lambda k: it(k, "Hurricane season update from the Met Service", w, [], story=False, rel=False, note="Video with a one-line blurb and no <author>: not a story. Title label 'VIDEO:' may be kept or dropped."))
    w = d(2016, 9, 12, 16, 30, 0, -5)
    add(88342, "Venezuela oil deal: PetroCaribe debt talks stall", w, "news@portroyalrecord.example (Andre Whyte and Kemar Lindo)",
        "<p>Talks on restructuring Jamaica's remaining debt under the PetroCaribe agreement with Venezuela have stalled, the Ministry of Finance said yesterday.</p><p>Officials in Caracas have not responded to a proposal sent in July, the ministry said.</p>",
        lambda k: it(k, "Venezuela oil deal: PetroCaribe debt talks stall", w, ["Andre Whyte", "Kemar Lindo"],
                     junk=["news@portroyalrecord.example"], note="Two people joined by 'and' inside the bracket. Debt talks with Venezuela: relevant."))
    w = d(2016, 9, 12, 8, 15, 0, -5)
    add(88330, "Letter of the Day: Our diaspora deserves a vote", w, "news@portroyalrecord.example (Letters)",
        "<p>THE EDITOR, Sir:</p><p>Jamaicans living abroad send home billions every year, yet have no say in who governs. It is time for a diaspora vote.</p><p>DESMOND PALMER, Brooklyn, New York</p>",
        lambda k: it(k, "Letter of the Day: Our diaspora deserves a vote", w, [], rel=False, junk=["news@portroyalrecord.example", "THE EDITOR, Sir:"],
                     note="Reader letter: opinion, so a story (the root README's rule since the f57 round; set 12 labels the same shape so), not relevant (home politics). 'Letters' is no person. Title label 'Letter of the Day:' may be kept or dropped"))
    text = ('<?xml version="1.0" encoding="utf-8"?>\r\n<rss version="2.0">\r\n  <channel>\r\n    <title>The Port Royal Record - International</title>\r\n'
            f'    <link>{base}/section.aspx?sec=international</link>\r\n    <description>International news from The Port Royal Record</description>\r\n    <language>en-jm</language>\r\n'
            f'    <copyright>Copyright 2016 Port Royal Record Newspaper Company Ltd.</copyright>\r\n    <lastBuildDate>{rfc822(d(2016, 9, 14, 18, 20, 0, -5))}</lastBuildDate>\r\n'
            + "\r\n".join(rows) + "\r\n  </channel>\r\n</rss>")
    return feed("en_jm_portroyalrecord_international_aspnet.rss.xml", text, items, lang="en", outlet="The Port Royal Record", aliases=["Port Royal Record"],
                ctype="text/xml; charset=utf-8",
                structure="Kingston daily's international section from a custom ASP.NET CMS (September 2016): CRLF line ends, no trailing newline, no namespaces, channel 'Brand - International', language en-jm, company copyright, 'article.aspx?id=&amp;sec=' links repeated as permalink guids, escaped <p> descriptions with straight quotes, RSS <author> in the 'newsroom e-mail (Name)' form naming a person, two people, a wire or 'Letters', one item without <author>, a 'VIDEO:' item and a letter to the editor, -0500 dates")


# ---------------------------------------------------------------- Cardiff broadcaster's news site (2020)
def taf():
    base = "https://www.tafnews.example"
    rows, items = [], []

    def add(sid, title, when, desc, exp, kind="news"):
        link = f"{base}/{kind}/{sid}"
        rows.append(f"        <item>\n            <title><![CDATA[{title}]]></title>\n            <description><![CDATA[{desc}]]></description>\n            <link>{link}</link>\n"
                    f"            <guid isPermaLink=\"false\">{link}</guid>\n            <pubDate>{gmt(when)}</pubDate>\n"
                    f"            <media:thumbnail width=\"240\" height=\"135\" url=\"https://img.tafnews.example/240/{sid}.jpg\"/>\n        </item>")
        items.append(exp(link))

    w = d(2020, 2, 4, 17, 3)
    add("world-51372210", "Wales' Brexit envoy to Brussels 'will keep the door open'", w,
        "The Welsh Government's new representative says Wales will keep close ties with EU regions.",
        lambda k: it(k, "Wales' Brexit envoy to Brussels 'will keep the door open'", w, [], note="Broadcaster's one-sentence description, no author element. Wales' external relations after Brexit: relevant."))
    w = d(2020, 2, 4, 14, 48)
    add("world-51370021", "Coronavirus: Welsh students in Wuhan flown to RAF Brize Norton", w,
        "Three students from Wales were among 83 people on the evacuation flight, their families said.",
        lambda k: it(k, "Coronavirus: Welsh students in Wuhan flown to RAF Brize Norton", w, [],
                     note="Evacuation of UK citizens from Wuhan: relevant (international crisis, consular). 'Coronavirus:' is the broadcaster's running title label and part of the headline."))
    w = d(2020, 2, 4, 9, 12)
    add("world-51365002", "Patagonia's Welsh settlers mark 155 years with eisteddfod plans", w,
        "The Welsh-speaking community in Chubut, Argentina, is preparing a festival for visitors from Wales.",
        lambda k: it(k, "Patagonia's Welsh settlers mark 155 years with eisteddfod plans", w, [], rel=False,
                     note="Looks foreign (Argentina) but is a Welsh culture and diaspora feature: a story, not relevant."))
    w = d(2020, 2, 3, 20, 30)
    add("av/world-51360114", "Iowa caucuses: What happens and why it matters", w,
        "Our North America correspondent explains the first vote of the US presidential race.",
        lambda k: it(k, "Iowa caucuses: What happens and why it matters", w, [], story=False, rel=False, note="A video (/news/av/ link) with a one-line description: not a story."))
    w = d(2020, 2, 3, 16, 0)
    add("world-51356871", "Australia bushfires: Pembrokeshire firefighter returns from New South Wales", w,
        "Gareth Pugh spent five weeks with crews near the Blue Mountains.",
        lambda k: it(k, "Australia bushfires: Pembrokeshire firefighter returns from New South Wales", w, [], rel=False,
                     note="Foreign disaster told through a local volunteer: home news, not relevant. The named firefighter is the subject, not the author."))
    w = d(2020, 2, 3, 11, 25)
    add("live/world-51350010", "Brexit day plus three: Live updates", w,
        "Follow the latest as the UK and EU set out their positions for trade talks.",
        lambda k: it(k, "Brexit day plus three: Live updates", w, [], story=False, rel=False, note="Live page: not a story."))
    text = (f'<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet title="XSL_formatting" type="text/xsl" href="/shared/rss.xsl"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/">\n'
            f'    <channel>\n        <title><![CDATA[Taf News - Wales and the World]]></title>\n        <description><![CDATA[Taf News - Wales and the World]]></description>\n        <link>{base}/news/world</link>\n'
            f'        <image>\n            <url>{base}/img/taf_news.gif</url>\n            <title>Taf News - Wales and the World</title>\n            <link>{base}/news/world</link>\n        </image>\n'
            f'        <generator>RSS for Node</generator>\n        <lastBuildDate>{gmt(d(2020, 2, 4, 17, 10))}</lastBuildDate>\n        <copyright><![CDATA[Copyright: (C) Taf Broadcasting Corporation, see {base}/terms for terms and conditions of reuse.]]></copyright>\n'
            f'        <language><![CDATA[en-gb]]></language>\n        <ttl>15</ttl>\n' + "\n".join(rows) + "\n    </channel>\n</rss>")
    return feed("en_gb_wls_tafnews_world_rssfornode.rss.xml", text, items, lang="en", outlet="Taf News",
                ctype="application/xml",
                structure="Cardiff public broadcaster's 'Wales and the World' news feed as served by a Node service with the 'RSS for Node' generator (February 2020): xml-stylesheet PI, four-space indentation, CDATA titles, descriptions and language, channel image, Corporation copyright, ttl 15, one-sentence descriptions, no author element at all, non-permalink link guids, media:thumbnail, a video (/av/) and a live page, running title labels ('Coronavirus:', 'Australia bushfires:'), GMT dates, no trailing newline")


FEEDS = [grattan, osu, portroyal, taf]
