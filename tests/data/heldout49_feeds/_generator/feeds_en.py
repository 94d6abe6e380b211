# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English world desks of the forty-ninth held-out set (part 1: an Atlanta daily on WordPress VIP,
a London national on Adobe Experience Manager, a Mumbai daily on a bespoke '.cms' feed engine, a
Melbourne daily on Brightspot). All outlets, people and quotations are invented."""
from h49 import S, cd, d, esc, feed, gmt, newest_first, rfc822, utc0, wpt


# ---------------------------------------------------------------- Atlanta daily, WordPress VIP (November 2024)
def peachtree():
    base = "https://www.peachtreesentinel.example"
    specs = [
        S("ukraine-fires-us-made-long-range-missiles-into-russia", "Ukraine fires US-made long-range missiles into Russia for the first time", d(2024, 11, 19, 16, 42, 0, -5), ["Dana Whitfield", "Omar Castellanos"], ["Dana Whitfield", "Omar Castellanos"],
          ["Ukraine struck a target inside Russia\u2019s Bryansk region on Tuesday with American-made ATACMS missiles, days after Washington lifted its restrictions on their use, Ukrainian and Russian officials said.",
           "<strong>RELATED:</strong> <a href=\"https://www.peachtreesentinel.example/world/ukraine-1000-days/\">1,000 days of war, in numbers</a>",
           "\u201cIt is a signal aimed at two capitals at once, and only one of them is Moscow,\u201d said Miriam Goldbaum, a former arms-control negotiator who is now a senior fellow at the Ridgeline Policy Center."],
          quotes=[("Miriam Goldbaum", "Ridgeline Policy Center")], junk=["RELATED:", "1,000 days of war, in numbers"],
          note="Co-Authors Plus on VIP writes one dc:creator per co-author: both reporters expected. The bold 'RELATED:' link is noise. Relevant."),
        S("cop29-baku-climate-finance-talks-stall", "Climate talks in Baku stall over how much rich nations should pay", d(2024, 11, 20, 9, 15, 0, -5), ["The Associated Press"], [],
          ["BAKU, Azerbaijan (AP) \u2014 Negotiators at the United Nations climate summit worked past midnight on Tuesday without agreeing on a new target for the money wealthy countries provide to poorer ones.",
           "\u201cWe did not fly halfway around the world to be offered a number with a question mark after it,\u201d said Sione Latu, a negotiator with Tonga\u2019s delegation."],
          quotes=[("Sione Latu", "Tonga\u2019s delegation")], junk=["(AP)"],
          note="Agency copy: dc:creator 'The Associated Press' is not a person, [] expected. Relevant."),
        S("g20-rio-leaders-billionaire-tax", "G20 leaders meet in Rio as Brazil pushes a global tax on billionaires", d(2024, 11, 18, 13, 5, 0, -5), ["Reuters"], [],
          ["RIO DE JANEIRO (Reuters) \u2014 Leaders of the Group of 20 economies opened their summit in Rio de Janeiro on Monday, with host Brazil pressing for a minimum tax on the world\u2019s richest people and a global alliance against hunger."],
          junk=["(Reuters)"], note="Agency credit only: []. Relevant."),
        S("georgia-certifies-2024-election-results", "Georgia certifies 2024 election results after statewide audit", d(2024, 11, 22, 17, 30, 0, -5), ["Curtis Oyelaran"], ["Curtis Oyelaran"],
          ["Georgia\u2019s top election official certified the state\u2019s 2024 results on Friday after a statewide audit of the presidential race found no discrepancies larger than a few dozen votes in any county.",
           "\u201cThe paper matched the machines, county by county,\u201d said Lorraine Pettigrew, the elections director for Cobb County."],
          rel=False, quotes=[("Lorraine Pettigrew", "Cobb County")],
          note="Home-state election administration: a story, not world affairs."),
        S("photos-thanksgiving-travel-rush-hartsfield-jackson", "PHOTOS: Thanksgiving travel rush at Hartsfield-Jackson", d(2024, 11, 26, 19, 0, 0, -5), ["Sentinel Photo Staff"], [],
          ["[gallery ids=\"884120,884121,884122,884123\" type=\"rectangular\"]"],
          story=False, rel=False, junk=["[gallery"], note="Photo gallery with an unrendered [gallery] shortcode: not a story. Title label 'PHOTOS:' may be kept or dropped."),
        S("sign-up-world-briefing-newsletter", "Sign up for World Briefing, our weekday newsletter", d(2024, 11, 18, 6, 0, 0, -5), ["The Peachtree Sentinel"], [],
          ["Get the biggest stories from around the globe, and what they mean for Georgia, in your inbox every weekday morning."],
          story=False, rel=False, note="Newsletter promo: not a story."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        pid = 884391 - i * 211
        url = f"{base}/world/{s['w'].strftime('%Y/%m/%d')}/{s['k']}/" if s["story"] else f"{base}/{s['k']}/"
        creators = "".join(f"\n\t\t<dc:creator><![CDATA[{b}]]></dc:creator>" for b in s["by"])
        first = s["paras"][0]
        media = ("" if not s["story"] else f'\n\t\t<media:content url="{base}/wp-content/uploads/2024/11/{s["k"][:24]}.jpg?w=1200" medium="image">\n\t\t\t<media:title type="html">{wpt(s["title"])}</media:title>\n\t\t</media:content>')
        rows.append(f"\t<item>\n\t\t<title>{wpt(s['title'])}</title>\n\t\t<link>{url}</link>\n\t\t\n\t\t{creators.strip()}\n\t\t<pubDate>{utc0(s['w'])}</pubDate>\n"
                    f"\t\t\t\t<category><![CDATA[{'World' if s['rel'] else ('Politics' if s['story'] else 'Promotions')}]]></category>\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n"
                    f"\t\t\t\t\t<description><![CDATA[{first}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{s.html()}]]></content:encoded>\n\t\t\t\t\t\t\t\t\t{media}\n\t\t\t\t\t\t</item>")
        items.append(s.exp(f"{base}/?p={pid}"))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\txmlns:media="http://search.yahoo.com/mrss/"\n\t>\n\n<channel>\n'
            f'\t<title>World &#8211; The Peachtree Sentinel</title>\n\t<atom:link href="{base}/world/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}/world/</link>\n'
            f'\t<description>Atlanta news, Georgia politics and the world</description>\n\t<lastBuildDate>{utc0(d(2024, 11, 26, 19, 2, 0, -5))}</lastBuildDate>\n\t<language>en-US</language>\n'
            '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.6.2</generator>\n\n'
            f'<image>\n\t<url>{base}/wp-content/uploads/2023/02/cropped-sentinel-icon.png?w=32</url>\n\t<title>World &#8211; The Peachtree Sentinel</title>\n\t<link>{base}/world/</link>\n\t<width>32</width>\n\t<height>32</height>\n</image> \n'
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_us_peachtreesentinel_world_wpvip_2024.rss.xml", text, items, lang="en", outlet="The Peachtree Sentinel", aliases=["Peachtree Sentinel"],
                structure="Atlanta daily's world section on WordPress VIP (WordPress 6.6.2, November 2024): the stock feed-rss2 template with the media namespace, channel 'World &#8211; Brand', en-US, sy:update* with WordPress 5+ whitespace, a 32x32 site-icon <image>, '/world/YYYY/MM/DD/<slug>/' links, '?p=<id>' guids, +0000 pubDates (newsroom -0500), one CDATA dc:creator per co-author (Co-Authors Plus), 'The Associated Press', 'Reuters', 'Sentinel Photo Staff' or the brand, first-paragraph descriptions, content:encoded with a bold 'RELATED:' link, media:content with '?w=1200' and a media:title, an unrendered [gallery] shortcode and a newsletter promo",
                notes="Home country: the United States. State election administration is home news; the G20 and COP29 are world affairs.")


# ---------------------------------------------------------------- London national, Adobe Experience Manager (July 2024)
def fleet():
    base = "https://www.fleetgazette.example"
    specs = [
        S("france-election-second-round-left-alliance", "France's left alliance comes first as far right is held back in run-off", d(2024, 7, 7, 21, 48, 0, 1), "Camille Ashworth, Paris Correspondent", ["Camille Ashworth"],
          ["A hastily formed alliance of left-wing parties won the most seats in France\u2019s parliamentary run-off on Sunday, confounding polls that had put the far-right National Rally on course for a majority.",
           "\u201cThe barrage held, but nobody has a majority and nobody knows who governs on Monday,\u201d said Th\u00e9o Marchand-Lewis, a lecturer in French politics at the University of Kentmere."],
          quotes=[("Théo Marchand-Lewis", "University of Kentmere")],
          note="AEM author field 'Name, Paris Correspondent': the job title is not part of the name. Relevant."),
        S("nato-summit-washington-75th-anniversary", "Nato leaders gather in Washington with Ukraine's path to membership on the table", d(2024, 7, 9, 18, 20, 0, 1), "Rupert Fairlie and Nkechi Adebayo-Hart", ["Rupert Fairlie", "Nkechi Adebayo-Hart"],
          ["Leaders of Nato\u2019s 32 members arrived in Washington on Tuesday for a summit marking the alliance\u2019s 75th anniversary, with Kyiv seeking a clearer timetable for membership.",
           "\u201cEveryone will say \u2018irreversible\u2019; the argument is about what comes before the word,\u201d said Greta Solheim, a former Norwegian defence ministry adviser."],
          quotes=[("Greta Solheim", "Norwegian defence ministry")],
          note="Two reporters in one author string joined by 'and'. The speaker is a 'former … adviser': affiliation as written. Relevant."),
        S("new-foreign-secretary-first-trip-germany-poland", "New Foreign Secretary heads to Berlin and Warsaw on first day in the job", d(2024, 7, 6, 15, 10, 0, 1), "Rupert Fairlie, Diplomatic Editor", ["Rupert Fairlie"],
          ["Britain\u2019s new foreign secretary flew to Germany on Saturday, less than 48 hours after Labour\u2019s election victory, promising a \u2018reset\u2019 in relations with European partners."],
          note="The home country's foreign policy (a new government's first trip abroad): relevant."),
        S("general-election-results-constituency-map", "General election 2024: full results and constituency map", d(2024, 7, 5, 7, 0, 0, 1), "Gazette Data Team", [],
          ["Search for your constituency and see how every seat in the country voted."],
          story=False, rel=False, note="Interactive results page and map: not a story; home politics in any case."),
        S("hurricane-beryl-jamaica-live", "Hurricane Beryl live: storm lashes Jamaica after devastating Grenada", d(2024, 7, 3, 19, 30, 0, 1), "Hannah Delacourt", [],
          ["Follow the latest updates as the record-breaking category four hurricane reaches Jamaica."],
          story=False, rel=False, note="Live page: not a story (the blog's producer is not an author of a story). Not posted, so not relevant."),
        S("wimbledon-murray-farewell-doubles", "Murray bows out of Wimbledon singles and plays farewell doubles with brother", d(2024, 7, 4, 22, 5, 0, 1), "Ollie Brackenbury", ["Ollie Brackenbury"],
          ["Andy Murray\u2019s last Wimbledon ended on Centre Court on Thursday night in a first-round doubles defeat alongside his brother Jamie, followed by a tribute from former rivals."],
          rel=False, note="Sport, filed in the world feed by the AEM tag: a story, not relevant."),
    ]
    rows, items = [], []
    for s in newest_first(specs):
        sec = "world" if s["rel"] or not s["story"] else "sport"
        url = f"{base}/{sec}/{s['w'].strftime('%Y/%m/%d')}/{s['k']}/"
        rows.append(f'    <item>\n      <title>{esc(s["title"])}</title>\n      <link>{url}</link>\n      <description>{esc(s["paras"][0])}</description>\n'
                    f'      <pubDate>{rfc822(s["w"])}</pubDate>\n      <guid isPermaLink="true">{url}</guid>\n      <dc:creator>{esc(s["by"])}</dc:creator>\n'
                    f'      <category>{"Live" if not s["story"] and "live" in s["k"] else ("Interactive" if not s["story"] else sec.title())}</category>\n'
                    f'      <media:content url="{base}/content/dam/gazette/{s["w"].strftime("%Y/%m/%d")}/{s["k"][:20]}.jpg/_jcr_content/renditions/cq5dam.web.1280.1280.jpeg" type="image/jpeg" medium="image" width="1280" height="720"/>\n    </item>')
        items.append(s.exp(url))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">\n  <channel>\n'
            f'    <title>World News | The Fleet Gazette</title>\n    <link>{base}/world/</link>\n    <description>The latest world news, analysis and comment from The Fleet Gazette</description>\n'
            f'    <language>en-gb</language>\n    <copyright>Copyright Fleet Gazette Media Group Ltd 2024</copyright>\n    <lastBuildDate>{rfc822(d(2024, 7, 9, 18, 25, 0, 1))}</lastBuildDate>\n'
            f'    <atom:link href="{base}/world/rss.xml" rel="self" type="application/rss+xml"/>\n'
            + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_gb_fleetgazette_world_aem_2024.rss.xml", text, items, lang="en", outlet="The Fleet Gazette", aliases=["Fleet Gazette"],
                structure="London national daily's world section feed from Adobe Experience Manager (a Sling servlet on the section page, July 2024): two-space indentation, namespaces before version on <rss>, channel 'World News | Brand', en-gb, copyright of the 'Media Group Ltd', escaped plain-text standfirst descriptions, pubDate BEFORE guid, +0100 dates (BST), permalink guids '/<section>/YYYY/MM/DD/<slug>/', dc:creator holding the AEM author field ('Name, Paris Correspondent', 'A and B', 'Name, Diplomatic Editor', 'Gazette Data Team'), <category> from the AEM tag, media:content pointing at DAM renditions ('/content/dam/…/_jcr_content/renditions/cq5dam.web.1280.1280.jpeg'), a live page, an interactive results map and a sports story in the world feed",
                notes="Home country: the United Kingdom. The new government's first foreign trip is UK foreign policy (relevant); the UK election results map and Wimbledon are home news.")


# ---------------------------------------------------------------- Mumbai daily, bespoke '.cms' feed engine (May 2025)
def salsette():
    base = "https://salsetteherald.example"
    specs = [
        S("119055214", "India strikes nine sites in Pakistan and Pakistan-administered Kashmir after Pahalgam attack", d(2025, 5, 7, 3, 12, 0, 5.5), None, [],
          ["NEW DELHI: India said early on Wednesday it had struck nine sites in Pakistan and Pakistan-administered Kashmir that it described as terrorist infrastructure, two weeks after the killing of 26 people near Pahalgam. Pakistan said civilians were killed and vowed to respond."],
          note="Bespoke feed without any author element; the city dateline 'NEW DELHI:' is part of the text. The outlet's own country's military action abroad: relevant."),
        S("119165807", "India and Pakistan agree to halt firing after four days of strikes", d(2025, 5, 10, 18, 41, 0, 5.5), None, [],
          ["NEW DELHI: India and Pakistan agreed on Saturday to stop all firing and military action on land, air and sea, the foreign secretary said, after four days of missile, drone and artillery exchanges. \u201cA halt is the easy part; the hard part is what each side tells its own public tomorrow,\u201d said Arvind Kelkar, a former deputy national security adviser."],
          quotes=[("Arvind Kelkar", "former deputy national security adviser")],
          note="The quote's speaker is a former official with a described role; no outlet author. Relevant."),
        S("119201377", "New pope Leo XIV: what the first American pontiff means for India's Catholics", d(2025, 5, 9, 12, 30, 0, 5.5), None, [],
          ["MUMBAI: Churches across Mumbai rang their bells on Thursday evening after the cardinals elected Robert Prevost, who took the name Leo XIV. \u201cHe spent decades in Peru; he knows a church of the poor,\u201d said Father Joaquim D\u2019Mello, parish priest at a Bandra church."],
          rel=False, quotes=[("Joaquim D\u2019Mello", "Bandra church")],
          note="A foreign event told through the home city's churches: a story, home news (not relevant), like a local rally."),
        S("119188410", "Mumbai rains: IMD issues yellow alert as pre-monsoon showers hit city", d(2025, 5, 20, 16, 5, 0, 5.5), None, [],
          ["MUMBAI: The India Meteorological Department issued a yellow alert for Mumbai and Thane on Tuesday as thunderstorms brought the first heavy pre-monsoon showers."],
          rel=False, note="City weather news: a story, not relevant."),
        S("119174452", "Photos: Operation Sindoor \u2014 scenes from the border villages", d(2025, 5, 11, 9, 0, 0, 5.5), None, [],
          ["See pictures from villages along the Line of Control in Poonch."],
          story=False, rel=False, note="Photostory ('/photostory/' URL): not a story. Title label 'Photos:' may be kept or dropped."),
        S("119190001", "Watch: Foreign secretary's briefing on the ceasefire", d(2025, 5, 10, 19, 20, 0, 5.5), None, [],
          ["Video of the briefing in New Delhi."],
          story=False, rel=False, note="Video page ('/videos/' URL): not a story. Title label 'Watch:' may be kept or dropped."),
    ]
    rows, items = [], []
    for s in newest_first(specs):
        kind = "photostory" if s["title"].startswith("Photos") else ("videos" if s["title"].startswith("Watch") else "articleshow")
        sec = "world/south-asia" if s["rel"] else "city/mumbai"
        slug = s["title"].lower().replace(":", "").replace(",", "").replace("\u2014 ", "").replace("\u2019", "").replace("'", "").replace(" ", "-")[:60].rstrip("-")
        url = f"{base}/{sec}/{slug}/{kind}/{s['k']}.cms"
        img = f'&lt;a href="{url}"&gt;&lt;img border="0" hspace="10" align="left" style="margin-top:3px;margin-right:5px;" src="https://static.salsetteherald.example/thumb/msid-{s["k"]},width-400,resizemode-4/{s["k"]}.jpg" /&gt;&lt;/a&gt;'
        rows.append(f"<item>\n<title>{esc(s['title'])}</title>\n<description>{img}{esc(s.text())}</description>\n<link>{url}</link>\n<guid>{url}</guid>\n<pubDate>{rfc822(s['w'])}</pubDate>\n</item>")
        items.append(s.exp(url))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            f'<title>Salsette Herald: World News</title>\n<link>{base}/world</link>\n<description>Salsette Herald: World News, Latest International News Headlines</description>\n'
            f'<language>en-gb</language>\n<lastBuildDate>{rfc822(d(2025, 5, 20, 16, 11, 0, 5.5))}</lastBuildDate>\n<atom:link type="application/rss+xml" rel="self" href="{base}/rssfeeds/2960117.cms"/>\n'
            f'<image>\n<title>Salsette Herald</title>\n<url>{base}/photo/47529300.cms</url>\n<link>{base}</link>\n</image>\n'
            + "\n".join(rows) + "\n</channel>\n</rss>")
    return feed("en_in_salsetteherald_world_cms_2025.rss.xml", text, items, lang="en", outlet="Salsette Herald", aliases=["The Salsette Herald"],
                structure="Mumbai English daily's world feed from a bespoke Java feed engine ('/rssfeeds/<id>.cms', May 2025): no indentation, no trailing newline, channel 'Brand: World News' with an SEO description, en-gb, an <image> pointing at a '.cms' photo, items with title, description, link, guid, pubDate in that order and NO author at all, '/<section>/<slug>/articleshow/<msid>.cms' links repeated as guids (photostory and videos pages mixed in), escaped descriptions opening with a left-floated thumbnail link '<a><img border hspace align style></a>' then the plain text with 'CITY:' datelines, +0530 dates, a photostory and a video",
                notes="Home country: India. India's own strikes and the ceasefire are the country's foreign and security affairs (relevant); Mumbai weather and a Mumbai angle on the papal election are home news. No item names an author.")


# ---------------------------------------------------------------- Melbourne daily, Brightspot (April 2025)
def portphillip():
    base = "https://www.portphillippost.example"
    specs = [
        S("myanmar-earthquake-death-toll-aid", "Myanmar quake toll passes 3000 as aid trickles into Sagaing", d(2025, 4, 3, 14, 20, 0, 11), "Priya Ramaswamy", ["Priya Ramaswamy"],
          ["The death toll from last week\u2019s magnitude 7.7 earthquake in central Myanmar has passed 3000, the military government said on Thursday, as aid groups complained of road blocks and fuel shortages around Sagaing.",
           "\u201cWe are getting rice in, but we are not getting engineers in,\u201d said Htet Aung Lwin, a coordinator with the Mandalay Volunteer Rescue Network."],
          quotes=[("Htet Aung Lwin", "Mandalay Volunteer Rescue Network")], note="Relevant."),
        S("australia-pledges-myanmar-quake-assistance", "Australia increases Myanmar quake aid, channelled through UN and Red Cross", d(2025, 4, 2, 11, 5, 0, 11), "Political reporter Jack Henningsen", ["Jack Henningsen"],
          ["The federal government has increased its humanitarian assistance for earthquake-hit Myanmar, with funds to flow through UN agencies and the Red Cross rather than the military regime."],
          note="Brightspot byline with the role in front ('Political reporter Name'): ['Jack Henningsen']. The home country's aid abroad: relevant."),
        S("china-drills-around-taiwan-strait-thunder", "China stages large-scale drills around Taiwan for second day", d(2025, 4, 2, 21, 40, 0, 11), "Reuters", [],
          ["China\u2019s military staged a second day of exercises around Taiwan on Wednesday, practising blockades of key ports and strikes on energy facilities, Chinese state media reported."],
          note="Agency copy: []. Relevant."),
        S("federal-election-campaign-week-one", "Election 2025: housing dominates first week of campaign", d(2025, 4, 4, 17, 0, 0, 11), "Jack Henningsen and Bec Tolhurst", ["Jack Henningsen", "Bec Tolhurst"],
          ["Housing affordability has dominated the first week of the federal election campaign, with both major parties promising first-home buyer schemes."],
          rel=False, note="Home politics: a story, not relevant."),
        S("listen-the-briefing-podcast-trade-war", "Listen: The Briefing \u2014 what Trump's tariffs mean for your super", d(2025, 4, 3, 5, 0, 0, 11), "The Briefing podcast", [],
          ["In today\u2019s episode: the tariff announcement and Australian retirement savings."],
          story=False, rel=False, note="Podcast episode: not a story. Title label 'Listen:' may be kept or dropped."),
        S("quiz-world-news-week-april-4", "Quiz: How well did you follow the world this week?", d(2025, 4, 4, 6, 0, 0, 11), "Port Phillip Post", [],
          ["Ten questions on the week\u2019s international news."],
          story=False, rel=False, note="News quiz: not a story."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        uid = f"00000196-{0x1a2b + i * 7:04x}-d{i}e3-a9f7-{0xfe51c0a2b3 + i * 4099:012x}"
        url = f"{base}/world/{s['k']}-{20250400 + i * 13}"
        rows.append(f"<item><title>{esc(s['title'])}</title><link>{url}</link><guid isPermaLink=\"false\">{uid}</guid><pubDate>{gmt(s['w'])}</pubDate>"
                    f"<dc:creator>{esc(s['by'])}</dc:creator><description>{esc(s['paras'][0])}</description><content:encoded>{esc(s.html())}</content:encoded>"
                    f"<media:content url=\"https://brightspot.portphillippost.example/dims4/default/{i}a7c{i}f1/2147483647/strip/true/crop/1200x675+0+0/resize/1200x675!/quality/90/?url=https%3A%2F%2Fcms-assets.portphillippost.example%2F{s['k'][:12]}.jpg\" medium=\"image\" /></item>")
        items.append(s.exp(uid))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>'
            f'<title>World | Port Phillip Post</title><link>{base}/world</link><description>World</description><language>en-AU</language><lastBuildDate>{gmt(d(2025, 4, 4, 17, 3, 0, 11))}</lastBuildDate><generator>Brightspot</generator>'
            + "".join(rows) + "</channel></rss>")
    return feed("en_au_portphillippost_world_brightspot_2025.rss.xml", text, items, lang="en", outlet="Port Phillip Post", aliases=["The Port Phillip Post"],
                structure="Melbourne daily's world section RSS from Brightspot (April 2025): the whole document on one line, no trailing newline, namespaces before version, channel 'World | Brand' with description 'World', en-AU, generator 'Brightspot', items with Brightspot's 36-character record UUIDs as guids (isPermaLink=false), '/world/<slug>-<n>' links, GMT pubDates (newsroom +1100, AEDT), dc:creator from the byline field ('Political reporter Name', 'A and B', 'Reuters', a podcast name or the brand), escaped standfirst descriptions and escaped content:encoded, media:content from the dims4 image resizer with an encoded source URL, a podcast and a quiz",
                notes="Home country: Australia. Australia's aid abroad is its foreign policy (relevant); the federal campaign is home news.")


FEEDS = [peachtree, fleet, salsette, portphillip]
