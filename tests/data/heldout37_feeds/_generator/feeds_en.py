# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the thirty-seventh held-out set (part 1: a Dublin broadsheet on Arc XP, an
Edinburgh daily on Polopoly, a Los Angeles daily on Brightspot, a Chicago daily on WordPress VIP).
All outlets, people and quotations are invented."""
from datetime import UTC

from h37 import NS_ALL, cd, d, esc, feed, gmt, it, ordered, q, rfc822, wpt

LBL = "Title label '{}' may be kept or dropped."


# ---------------------------------------------------------------- Dublin broadsheet on Arc XP outbound feeds
def liffey():
    base = "https://www.liffeycourier.example"
    rows, items = [], []

    def add(path, title, w, creators, body, exp, img=None):
        cr = "".join(f"      <dc:creator>{cd(c)}</dc:creator>\n" for c in creators)
        media = (f'      <media:content type="image/jpeg" url="https://www.liffeycourier.example/resizer/v2/{img[0]}.jpg?auth=3f9a&amp;width=1200" medium="image">\n'
                 f'        <media:description type="plain">{cd(img[1])}</media:description>\n        <media:credit role="author" scheme="urn:ebu">{cd(img[2])}</media:credit>\n      </media:content>\n') if img else ""
        rows.append(f"    <item>\n      <title>{cd(title)}</title>\n      <link>{base}{path}</link>\n      <guid isPermaLink=\"true\">{base}{path}</guid>\n{cr}"
                    f"      <description>{cd(body)}</description>\n      <pubDate>{gmt(w)}</pubDate>\n{media}    </item>")
        items.append(exp(base + path))

    w = d(2018, 10, 17, 18, 40, 0, 1)
    add("/world/europe/2018/10/17/brexit-summit-ends-without-breakthrough-on-border-backstop/", "Brexit summit ends without breakthrough on border backstop", w, ["Orla Mac Giolla Phádraig"],
        "Talks between EU leaders and the British prime minister in Brussels broke up on Wednesday night with no agreement on how to keep the Border open if a wider trade deal fails. Diplomats said an extension of the transition period was now being discussed. &#8220;Nobody walked out, but nobody walked forward either,&#8221; said one senior EU diplomat, who asked not to be named. Siobhán Corcoran, an analyst at the Institute for Continental Affairs in Dublin, said: &#8220;The Government will be relieved the backstop was not traded away tonight.&#8221;",
        lambda k: it(k, "Brexit summit ends without breakthrough on border backstop", w, ["Orla Mac Giolla Phádraig"], quotes=[q("Siobhán Corcoran", "Institute for Continental Affairs")],
                     junk=["Brendan Fahey", "Getty Images"], note="Arc XP outbound feed: CDATA title and dc:creator, GMT pubDate (newsroom +0100), media:content with a caption and credit that are not the summary. An Irish reporter's name with a fada and 'Mac Giolla'. EU–UK talks on the Irish border: foreign policy of the home country with the EU, relevant."),
        img=("AB3KD7", "EU leaders arrive at the Europa building in Brussels. Photograph: Brendan Fahey/Getty Images", "Brendan Fahey/Getty Images"))
    w = d(2018, 10, 17, 14, 5, 0, 1)
    add("/world/middle-east/2018/10/17/turkey-widens-search-in-missing-journalist-case/", "Turkish investigators widen search in case of missing Saudi journalist", w, ["Reuters"],
        "Turkish police searched the Saudi consul general&#8217;s residence in Istanbul on Wednesday as part of their inquiry into the disappearance of a Saudi journalist two weeks ago. Officials said forensic teams had also examined a consular vehicle. &#8220;We will share what we find with the world when the time comes,&#8221; a Turkish official said.",
        lambda k: it(k, "Turkish investigators widen search in case of missing Saudi journalist", w, [], note="Agency copy: dc:creator 'Reuters', no person. The only quote is by an unnamed official."))
    w = d(2018, 10, 16, 21, 30, 0, 1)
    add("/opinion/2018/10/16/the-liffey-courier-view-on-europes-migration-stalemate/", "The Liffey Courier view on Europe’s migration stalemate: a summit of small steps", w, [],
        "<p>EU leaders have again postponed the difficult decisions on asylum rules. Ireland has little to gain from a Union that argues about its borders while the Mediterranean remains a graveyard.</p>",
        lambda k: it(k, "The Liffey Courier view on Europe’s migration stalemate: a summit of small steps", w, [], note="Unsigned editorial (no dc:creator): an opinion piece about EU migration policy, a story, relevant."))
    w = d(2018, 10, 16, 11, 0, 0, 1)
    add("/world/us/2018/10/16/us-midterms-the-races-to-watch-explained/", "US midterms explained: the races to watch in November", w, ["Conall Tierney", "Aoibheann Daly"],
        "<p>With three weeks to go before the US midterm elections, Democrats need a net gain of 23 seats to take the House of Representatives. Here is what you need to know about the contests that will decide it.</p><p><strong>Read more:</strong> <a href=\"https://www.liffeycourier.example/world/us/2018/10/12/\">Irish-American voters split over tariffs</a></p>",
        lambda k: it(k, "US midterms explained: the races to watch in November", w, ["Conall Tierney", "Aoibheann Daly"], junk=["Read more:", "Irish-American voters split over tariffs"],
                     note="Explainer with two dc:creator elements; the 'Read more:' line with a related link is not the summary."))
    w = d(2018, 10, 15, 17, 20, 0, 1)
    add("/world/2018/10/15/watch-indonesia-quake-survivors-rebuild-palu/", "Watch: Palu survivors begin to rebuild three weeks after earthquake", w, ["Video Desk"],
        "<p>Three weeks after the earthquake and tsunami on Sulawesi, families in Palu are clearing rubble by hand. (1:48)</p>",
        lambda k: it(k, "Watch: Palu survivors begin to rebuild three weeks after earthquake", w, [], story=False, rel=False, note="Video item (running time in the description). " + LBL.format("Watch:")))
    w = d(2018, 10, 15, 7, 0, 0, 1)
    add("/world/2018/10/15/abroad-newsletter-sign-up/", "Abroad: sign up for our weekly foreign affairs newsletter", w, [],
        "<p>Every Monday our foreign desk picks the stories that matter beyond our shores. Sign up here.</p>",
        lambda k: it(k, "Abroad: sign up for our weekly foreign affairs newsletter", w, [], story=False, rel=False, note="Newsletter promotion, not a story."))
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + NS_ALL + ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">\n  <channel>\n'
            f"    <title>{cd('The Liffey Courier - World')}</title>\n    <link>{base}</link>\n    <atom:link href=\"{base}/arc/outboundfeeds/rss/category/world/?outputType=xml\" rel=\"self\" type=\"application/rss+xml\"/>\n"
            f"    <description>{cd('World news from The Liffey Courier')}</description>\n    <lastBuildDate>{gmt(d(2018, 10, 17, 19, 0, 0, 1))}</lastBuildDate>\n    <language>en</language>\n    <ttl>1</ttl>\n"
            "    <sy:updatePeriod>hourly</sy:updatePeriod>\n    <sy:updateFrequency>1</sy:updateFrequency>\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_ie_liffeycourier_world_arc.rss.xml", text, items, lang="en", outlet="The Liffey Courier", structure="Arc XP outbound RSS (/arc/outboundfeeds/rss/category/world/)",
                notes="Dublin broadsheet, October 2018. Home country Ireland: EU–UK border talks are Irish foreign policy (relevant).")


# ---------------------------------------------------------------- Edinburgh daily on Polopoly
def lothian():
    base = "https://www.lothianherald.example"
    rows, items = [], []

    def add(cid, path, title, w, author, body, exp):
        a = f"  <author>{esc(author)}</author>\n" if author else ""
        rows.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{base}{path}-1.{cid}</link>\n  <description>{esc(body)}</description>\n{a}  <pubDate>{rfc822(w)}</pubDate>\n  <guid>{base}{path}-1.{cid}</guid>\n</item>")
        items.append(exp(f"{base}{path}-1.{cid}"))

    w = d(2019, 3, 14, 16, 2, 0, 0)
    add(4893112, "/news/world/new-zealand-mourns-as-scots-community-holds-vigil", "Scots in Christchurch hold vigil as New Zealand mourns", w, "By Catriona Buchanan",
        "<p>Members of the Scottish community in Christchurch gathered at the Cathedral Square on Saturday evening to remember the victims of Friday's attacks on two mosques.</p><p>\"We came here because this is our home now, and our neighbours are hurting,\" said Hamish Urquhart, a retired engineer from Dundee who has lived in the city for 30 years.</p><p><em>• Additional reporting by PA</em></p>",
        lambda k: it(k, "Scots in Christchurch hold vigil as New Zealand mourns", w, ["Catriona Buchanan"], quotes=[q("Hamish Urquhart")], junk=["Additional reporting by PA"],
                     note="Polopoly '-1.<id>' links as guids; RSS <author> holds 'By Name' (not an e-mail). A world event told through expatriate Scots who were not harmed: not relevant (rule C, borderline).", rel=False))
    w = d(2019, 3, 14, 11, 45, 0, 0)
    add(4892877, "/news/world/algeria-protests-grow-as-bouteflika-delays-vote", "Algeria protests grow after vote is postponed", w, "By Fraser Lindsay, Foreign Affairs Correspondent",
        "<p>Tens of thousands of students marched through Algiers again on Tuesday, rejecting the postponement of April's presidential election.</p><p>\"They have cancelled the vote, not our demands,\" said Lamia Bensalah, a 22-year-old medical student.</p>",
        lambda k: it(k, "Algeria protests grow after vote is postponed", w, ["Fraser Lindsay"], quotes=[q("Lamia Bensalah")], note="Byline with a job title after a comma: the title is not part of the name."))
    w = d(2019, 3, 13, 22, 10, 0, 0)
    add(4892650, "/news/politics/brexit-holyrood-votes-against-no-deal-again", "Holyrood votes against no-deal Brexit for a second time", w, "By Political Staff",
        "<p>MSPs voted by 87 to 28 to reject leaving the EU without a deal, as the Scottish Government urged Westminster to seek an extension.</p><p>\"The message from this chamber could not be clearer,\" said Ailsa Moncrieff MSP.</p>",
        lambda k: it(k, "Holyrood votes against no-deal Brexit for a second time", w, [], rel=False, quotes=[q("Ailsa Moncrieff")],
                     note="'By Political Staff' is a desk. Home politics (Scotland/UK parliament vote): not relevant, even though it appears in the world feed."))
    w = d(2019, 3, 13, 15, 30, 0, 0)
    add(4892401, "/news/world/in-pictures-ethiopian-airlines-crash-site", "In pictures: the Ethiopian Airlines crash site near Bishoftu", w, "",
        "<p>Images from the field where flight ET302 came down on Sunday.</p>",
        lambda k: it(k, "In pictures: the Ethiopian Airlines crash site near Bishoftu", w, [], story=False, rel=False, note="Gallery. " + LBL.format("In pictures:")))
    w = d(2019, 3, 13, 9, 0, 0, 0)
    add(4892215, "/news/world/boeing-737-max-grounded-across-europe", "Boeing 737 Max grounded across Europe after second crash", w, "By Ruaridh Gillespie and agencies",
        "<p>European aviation regulators suspended all flights by Boeing 737 Max aircraft on Tuesday, joining China, Indonesia and Australia.</p><p>\"Until we understand what happened, these aircraft stay on the ground,\" said a spokeswoman for the European Union Aviation Safety Agency.</p><p>Edinburgh Airport said no scheduled services from the city used the model.</p>",
        lambda k: it(k, "Boeing 737 Max grounded across Europe after second crash", w, ["Ruaridh Gillespie"], note="Byline 'Name and agencies': the agencies are not a person. The quote is by an unnamed spokeswoman."))
    w = d(2019, 3, 12, 19, 25, 0, 0)
    add(4891990, "/news/world/opinion-venezuela-blackout-shows-regime-on-borrowed-time", "Opinion: Venezuela's blackout shows a regime living on borrowed time", w, "By Morag Pettigrew",
        "<p>Five days without power in Caracas have done more to expose the Maduro government's weakness than any sanction. <strong>Morag Pettigrew is a former diplomat who served in Latin America.</strong></p>",
        lambda k: it(k, "Opinion: Venezuela's blackout shows a regime living on borrowed time", w, ["Morag Pettigrew"], junk=["is a former diplomat who served in Latin America"],
                     note="Opinion column with an author-bio line. " + LBL.format("Opinion:")))
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n  <title>The Lothian Herald - World</title>\n  <link>' + base + '/news/world</link>\n'
            '  <description>The Lothian Herald - World</description>\n  <language>en-gb</language>\n  <copyright>© The Lothian Herald Ltd</copyright>\n'
            f"  <pubDate>{rfc822(d(2019, 3, 14, 16, 10, 0, 0))}</pubDate>\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_gb_lothianherald_world_polopoly.rss.xml", text, items, lang="en", outlet="The Lothian Herald", structure="Polopoly section RSS ('-1.<id>' links as bare guids, <author> with 'By …')",
                notes="Edinburgh daily, March 2019. Home country the UK (Scotland): Holyrood and Westminster votes are home politics.")


# ---------------------------------------------------------------- Los Angeles daily on Brightspot
def pacificsun():
    base = "https://www.pacificsunledger.example"
    rows, items = [], []

    def add(slug, title, w, creator, body, exp, cat="World &amp; Nation"):
        cr = f"      <dc:creator>{esc(creator)}</dc:creator>\n" if creator else ""
        link = f"{base}/world-nation/story/{w:%Y-%m-%d}/{slug}"
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{link}</link>\n      <description>{esc(body)}</description>\n      <category>{cat}</category>\n{cr}"
                    f"      <pubDate>{gmt(w)}</pubDate>\n      <guid isPermaLink=\"false\">{link}</guid>\n      <dc:date>{w.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}</dc:date>\n    </item>")
        items.append(exp(link))

    w = d(2020, 8, 5, 9, 15, 0, -7)
    add("beirut-explosion-lebanese-americans-los-angeles", "Beirut blast leaves Lebanese Americans in L.A. desperate for news of relatives", w, "Marisol Quintanilla-Reyes",
        '<p>For Lebanese Americans in Los Angeles, the images from the Beirut port on Tuesday brought hours of unanswered phone calls.</p><p>"My mother\'s building is three streets from the port. I still have not heard her voice," said Georges Haddad, who owns a bakery in Glendale.</p>',
        lambda k: it(k, "Beirut blast leaves Lebanese Americans in L.A. desperate for news of relatives", w, ["Marisol Quintanilla-Reyes"], quotes=[q("Georges Haddad")],
                     note="Brightspot RSS: escaped <p> description, dc:creator, GMT pubDate (newsroom -0700) and a dc:date in Z. A foreign disaster told through a diaspora at home waiting for news: not relevant (rule C).", rel=False))
    w = d(2020, 8, 5, 6, 0, 0, -7)
    add("beirut-explosion-what-we-know", "What we know about the Beirut explosion", w, "Nabih Karam, Sophie Lindqvist",
        '<p>BEIRUT — A huge explosion at the city\'s port killed more than 100 people and injured thousands. Officials blamed 2,750 tons of ammonium nitrate stored in a warehouse.</p><p>"It was like the end of the world," said Rania Khoury, a nurse at a hospital in Achrafieh.</p><p><em>Karam reported from Beirut and Lindqvist from Los Angeles. Ledger staff writer Daniel Okafor contributed to this report.</em></p>',
        lambda k: it(k, "What we know about the Beirut explosion", w, ["Nabih Karam", "Sophie Lindqvist"], quotes=[q("Rania Khoury")], junk=["contributed to this report", "Karam reported from Beirut"],
                     note="Explainer; two authors in one dc:creator separated by a comma; the contributor line is not the summary and the contributor is not an author."))
    w = d(2020, 8, 4, 17, 30, 0, -7)
    add("hong-kong-postpones-election-a-year", "Hong Kong postpones legislative election by a year, citing coronavirus", w, "Associated Press",
        '<p>HONG KONG — Hong Kong\'s leader postponed legislative elections by a year, a move the opposition called an attack on democracy.</p>',
        lambda k: it(k, "Hong Kong postpones legislative election by a year, citing coronavirus", w, [], note="Agency credit as dc:creator: no person."))
    w = d(2020, 8, 4, 12, 0, 0, -7)
    add("lake-fire-evacuations-angeles-forest", "Lake fire forces evacuations near Angeles National Forest", w, "Trevor Ashcombe",
        '<p>Hundreds of homes were ordered evacuated Tuesday as a fast-moving brush fire burned toward Lake Hughes.</p><p>"This one is moving faster than anything we saw last year," said Capt. Dana Whitlock of the county fire department.</p>',
        lambda k: it(k, "Lake fire forces evacuations near Angeles National Forest", w, ["Trevor Ashcombe"], rel=False, quotes=[q("Dana Whitlock", "county fire department")],
                     note="A California story in the World & Nation feed: home (local) news, not relevant. Rank 'Capt.' is not part of the name."), cat="California")
    w = d(2020, 8, 3, 20, 0, 0, -7)
    add("podcast-the-times-belarus-election", "Podcast: Belarus heads to the polls with its longtime leader under pressure", w, "",
        '<p>On today\'s episode, our Moscow correspondent explains why this week\'s vote is unlike any before it. Listen on your favorite podcast app.</p>',
        lambda k: it(k, "Podcast: Belarus heads to the polls with its longtime leader under pressure", w, [], story=False, rel=False, note="Podcast episode. " + LBL.format("Podcast:")))
    w = d(2020, 8, 3, 15, 10, 0, -7)
    add("ledger-briefing-newsletter", "Ledger Briefing: the week ahead in Washington and the world", w, "",
        '<p>This is the Aug. 3 edition of our politics newsletter. Sign up to get it in your inbox.</p>',
        lambda k: it(k, "Ledger Briefing: the week ahead in Washington and the world", w, [], story=False, rel=False, note="Newsletter edition, not a story."))
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">\n  <channel>\n'
            f"    <title>World &amp; Nation - Pacific Sun Ledger</title>\n    <link>{base}/world-nation</link>\n    <description>World &amp; Nation</description>\n    <language>en-US</language>\n"
            "    <generator>Brightspot</generator>\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_us_pacificsunledger_worldnation_brightspot.rss.xml", text, items, lang="en", outlet="Pacific Sun Ledger", structure="Brightspot section RSS (dc:creator, dc:date, guid not permalink)",
                notes="Los Angeles daily, August 2020. Home country the US: California fires are home news.")


# ---------------------------------------------------------------- Chicago daily on WordPress VIP
def lakeshore():
    base = "https://lakeshoresentinel.example"
    rows, items = [], []

    def add(pid, slug, title, w, creators, cats, excerpt, content, exp):
        link = f"{base}/{w:%Y/%m/%d}/{slug}/"
        cr = "".join(f"\t\t<dc:creator>{cd(c)}</dc:creator>\n" for c in creators)
        cs = "".join(f"\t\t<category>{cd(c)}</category>\n" for c in cats)
        rows.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{link}</link>\n\t\t\n{cr}\t\t<pubDate>{gmt(w)}</pubDate>\n{cs}"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description>{cd(excerpt)}</description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded>{cd(content)}</content:encoded>\n\t\t\t\t\t\t\t\t\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2022, 3, 2, 19, 40, 0, -6)
    add(2233871, "ukrainian-village-chicago-rallies-kharkiv", "Ukrainian Village rallies as shelling of Kharkiv intensifies", w, ["Yaroslava Hnatiuk", "Dominic Szymanski"], ["World", "Ukraine"],
        "Hundreds gathered outside St. Nicholas Cathedral as Russian shelling hit the center of Ukraine&#8217;s second city.",
        "<p>Hundreds of people gathered outside St. Nicholas Cathedral on Wednesday evening as Russian shelling pounded the center of Kharkiv.</p>\n<p>&#8220;My sister is in a basement in Kharkiv with two kids. We are praying and we are sending money,&#8221; said Oksana Melnyk, a nurse from Ukrainian Village.</p>\n<figure class=\"wp-block-image\"><img src=\"https://lakeshoresentinel.example/wp-content/uploads/2022/03/rally.jpg\" alt=\"\"/><figcaption>People pray outside St. Nicholas Cathedral. | Pat Nowicki/Sentinel</figcaption></figure>\n<p><em>Contributing: Associated Press</em></p>",
        lambda k: it(k, "Ukrainian Village rallies as shelling of Kharkiv intensifies", w, ["Yaroslava Hnatiuk", "Dominic Szymanski"], quotes=[q("Oksana Melnyk")], junk=["Pat Nowicki/Sentinel", "Contributing: Associated Press"],
                     note="WordPress VIP with Co-Authors Plus: two dc:creator elements. Figure caption with a '| Name/Outlet' credit and the 'Contributing:' agency line are not the summary. War abroad with a local diaspora angle: relevant."))
    w = d(2022, 3, 2, 13, 5, 0, -6)
    add(2233644, "un-general-assembly-demands-russia-withdraw", "U.N. General Assembly votes 141-5 to demand Russia withdraw from Ukraine", w, ["Associated Press"], ["World"],
        "The vote was the strongest rebuke of Moscow since the invasion began.",
        "<p>UNITED NATIONS &#8212; The U.N. General Assembly voted overwhelmingly Wednesday to demand that Russia stop its offensive and withdraw all troops.</p>\n<p>&#8220;This is a message the whole world has heard,&#8221; said Ambassador Teodora Vlasceanu of Moldova.</p>",
        lambda k: it(k, "U.N. General Assembly votes 141-5 to demand Russia withdraw from Ukraine", w, [], quotes=[q("Teodora Vlasceanu")], note="Agency as dc:creator: no person. 'Ambassador' is a title."))
    w = d(2022, 3, 1, 21, 0, 0, -6)
    add(2233402, "analysis-sanctions-ruble-collapse", "Analysis: Sanctions send the ruble tumbling. Can Moscow ride it out?", w, ["Elena Barroso-Whitfield"], ["World", "Business"],
        "The central bank doubled interest rates, but economists say the pain is only starting.",
        "<p>Russia&#8217;s central bank more than doubled its key rate to 20% on Monday as the ruble lost nearly a third of its value.</p>\n<p>&#8220;Capital controls buy time, not confidence,&#8221; said Piotr Zawadzki, an economist at the Great Lakes Institute for Trade.</p>\n<p><em>Elena Barroso-Whitfield is the Sentinel&#8217;s global economics reporter.</em></p>",
        lambda k: it(k, "Analysis: Sanctions send the ruble tumbling. Can Moscow ride it out?", w, ["Elena Barroso-Whitfield"], quotes=[q("Piotr Zawadzki", "Great Lakes Institute for Trade")], junk=["global economics reporter"],
                     note=LBL.format("Analysis:")))
    w = d(2022, 3, 1, 16, 30, 0, -6)
    add(2233290, "cta-ridership-report-pandemic", "CTA ridership still 50% below pre-pandemic levels, report says", w, ["Marcus Tillman"], ["Transportation", "World"],
        "A new report found weekday ridership on the L remains half of 2019 levels.",
        "<p>Weekday ridership on the CTA&#8217;s trains is still half what it was in 2019, a new report by the Regional Transit Authority found.</p>\n<p>&#8220;We are not going back to 2019 anytime soon,&#8221; said Kendra Oyelaran, the authority&#8217;s planning director.</p>",
        lambda k: it(k, "CTA ridership still 50% below pre-pandemic levels, report says", w, ["Marcus Tillman"], rel=False, quotes=[q("Kendra Oyelaran", "Regional Transit Authority")],
                     note="Local transit story mis-tagged 'World': not relevant."))
    w = d(2022, 3, 1, 10, 0, 0, -6)
    add(2233101, "live-updates-russia-ukraine-march-1", "Live updates: Russian convoy stretches 40 miles north of Kyiv", w, ["Sentinel staff and wire reports"], ["World", "Live"],
        "Follow the latest developments.",
        "<p>Follow our live coverage of the war in Ukraine. This page will be updated throughout the day.</p>",
        lambda k: it(k, "Live updates: Russian convoy stretches 40 miles north of Kyiv", w, [], story=False, rel=False, note="Live blog: not a story. " + LBL.format("Live updates:")))
    w = d(2022, 2, 28, 18, 0, 0, -6)
    add(2232900, "photos-ukraine-refugees-poland-border", "Photos: Ukrainians cross into Poland at Medyka", w, ["Pat Nowicki"], ["World", "Photos"],
        "Images from the border crossing.",
        "<p>Images from the border crossing at Medyka, where more than 100,000 people arrived in three days.</p>\n[gallery ids=\"2232901,2232902,2232903\"]",
        lambda k: it(k, "Photos: Ukrainians cross into Poland at Medyka", w, ["Pat Nowicki"], story=False, rel=False, junk=["[gallery"], note="Photo gallery with a raw WordPress shortcode. " + LBL.format("Photos:")))
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f"\t<title>World &#8211; Lakeshore Sentinel</title>\n\t<atom:link href=\"{base}/category/world/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n\t<description>Chicago news, sports and opinion</description>\n"
            f"\t<lastBuildDate>{gmt(d(2022, 3, 2, 19, 45, 0, -6))}</lastBuildDate>\n\t<language>en-US</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=5.9.1</generator>\n"
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_us_lakeshoresentinel_world_wpvip.rss.xml", text, items, lang="en", outlet="Lakeshore Sentinel", structure="WordPress VIP 5.9 category feed with Co-Authors Plus",
                notes="Chicago daily, March 2022. Home country the US.")


FEEDS = [liffey, lothian, pacificsun, lakeshore]
