# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the thirty-third held-out set (part 1: a London public broadcaster's world
feed from an 'RSS for Node' generator, a London broadsheet's world section in the custom CMS
style with media:credit and dc:date, a New York daily's world feed with 'standout' links and
keyword categories, a Washington daily's world section from Arc XP's outbound feeds). All
outlets, people and quotations are invented."""
import zlib

from h33 import cd, d, esc, feed, gmt, it, q


# ---------------------------------------------------------------- London public broadcaster, 'RSS for Node'
def ibc():
    rows, items = [], []
    base = "https://www.ibcnews.example"

    def add(slug, title, desc, when, exp, thumb=True):
        url = f"{base}/news/articles/{slug}"
        th = f'\n            <media:thumbnail width="240" height="135" url="https://ichef.ibcimg.example/ace/standard/240/cpsprodpb/{slug[:6]}/live/{slug[-8:]}.jpg"/>' if thumb else ""
        rows.append(f"        <item>\n            <title>{cd(title)}</title>\n            <description>{cd(desc)}</description>\n"
                    f"            <link>{url}?at_medium=RSS&amp;at_campaign=rss</link>\n            <guid isPermaLink=\"false\">{url}#0</guid>\n"
                    f"            <pubDate>{gmt(when)}</pubDate>{th}\n        </item>")
        items.append(exp(f"{url}#0"))

    w = d(2025, 3, 14, 16, 42, 11)
    add("c8rx2kq91vzo", "Moldova and Ukraine agree emergency power link as Transnistria gas runs out",
        "Engineers will connect the two grids within weeks after the breakaway region was left without gas in January.", w,
        lambda k: it(k, "Moldova and Ukraine agree emergency power link as Transnistria gas runs out", w, [],
                     note="BBC-style item: CDATA title and one-sentence standfirst, no author element at all ([] expected), link with '?at_medium=RSS&at_campaign=rss' tracking and a non-permalink guid ending '#0'. Relevant."))
    w = d(2025, 3, 14, 11, 5, 40)
    add("cy0d7m3e4j2o", "Watch: Lava fountains light up night sky over Reykjanes peninsula",
        "The eruption began shortly after 03:00 local time, the Icelandic Met Office said.", w,
        lambda k: it(k, "Watch: Lava fountains light up night sky over Reykjanes peninsula", w, [], story=False, rel=False,
                     note="Video clip: not a story. Title label 'Watch:' may be kept or dropped."))
    w = d(2025, 3, 13, 21, 30, 2)
    add("c3wnq8e2z1lo", "British aid worker freed in Mali after 14 months in captivity",
        "Eleanor Haddow, 61, was handed to officials in Niger on Thursday. Her brother said the family was \"overwhelmed with relief\".", w,
        lambda k: it(k, "British aid worker freed in Mali after 14 months in captivity", w, [],
                     note="A hostage release negotiated abroad, told through a British national: relevant (consular diplomacy and the Sahel conflict). The brother's words are an anonymous reported quote: no named speaker required."))
    w = d(2025, 3, 13, 9, 12, 55)
    add("cp9m1d0x7k3o", "Live: EU leaders meet in Brussels on defence spending plan",
        "Follow live updates as the 27 leaders discuss a joint borrowing scheme for weapons.", w,
        lambda k: it(k, "Live: EU leaders meet in Brussels on defence spending plan", w, [], story=False, rel=False,
                     note="Live page: not a story (the topic would be relevant, the page is not a story). Title label 'Live:' may be kept or dropped."), thumb=False)
    w = d(2025, 3, 12, 18, 20, 31)
    add("c2lr5kvx0e9o", "The Japanese town that pays people to move into its empty houses",
        "Akiya, or abandoned homes, now make up almost 14% of Japan's housing stock. One mountain town has a plan.", w,
        lambda k: it(k, "The Japanese town that pays people to move into its empty houses", w, [], rel=False,
                     note="Soft feature abroad (housing, demography, a town's scheme): a story, but not world affairs: not relevant."))
    w = d(2025, 3, 12, 6, 1, 0)
    add("c7z4xj0m2qpo", "Quiz of the week: Which leader turned up to a summit on a bicycle?",
        "How closely have you been following the news this week? Test yourself.", w,
        lambda k: it(k, "Quiz of the week: Which leader turned up to a summit on a bicycle?", w, [], story=False, rel=False,
                     note="News quiz: not a story."))
    head = ("    <channel>\n        <title><![CDATA[IBC News - World]]></title>\n        <description><![CDATA[IBC News - World]]></description>\n"
            f"        <link>{base}/news/world</link>\n        <image>\n            <url>{base}/news/ibcnews.png</url>\n            <title>IBC News - World</title>\n"
            f"            <link>{base}/news/world</link>\n        </image>\n        <generator>RSS for Node</generator>\n"
            f"        <lastBuildDate>{gmt(d(2025, 3, 14, 16, 55, 3))}</lastBuildDate>\n        <atom:link href=\"https://feeds.ibcnews.example/news/world/rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>\n"
            "        <copyright><![CDATA[Copyright: (C) Isles Broadcasting Corporation, see https://www.ibc.example/using-the-ibc/terms/#feeds for the terms of reuse.]]></copyright>\n"
            "        <language><![CDATA[en-gb]]></language>\n        <ttl>15</ttl>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/">\n' + head + "\n".join(rows) + "\n    </channel>\n</rss>")
    return feed("en_gb_ibcnews_world_rssfornode.rss.xml", text, items, lang="en", outlet="IBC News", aliases=["IBC", "Isles Broadcasting Corporation"],
                ctype="application/xml",
                structure="London public broadcaster's world feed from the 'RSS for Node' npm generator (the BBC's shape in 2025): the XML declaration and <rss> on ONE line, namespaces dc/content/atom declared but unused except atom, version between them and media, four-space indentation, CDATA channel title, description, copyright and language ('en-gb'), <image>, <generator>RSS for Node</generator>, ttl 15, no trailing newline; items with CDATA title and one-sentence CDATA description, link with '?at_medium=RSS&amp;at_campaign=rss', non-permalink guid '<url>#0', GMT pubDate, media:thumbnail 240x135 (absent on the live page); NO author anywhere; a video, a live page and a quiz; served as application/xml without charset; March 2025")


# ---------------------------------------------------------------- London broadsheet, custom CMS (Guardian-like)
def wapping():
    rows, items = [], []
    base = "https://www.wappingchronicle.example"

    def add(path, title, std, cats, when, creator, credit, exp):
        url = f"{base}/{path}"
        cts = "".join(f'<category domain="{base}/{c[0]}">{esc(c[1])}</category>' for c in cats)
        img = f"https://i.wcimg.example/img/media/{zlib.crc32(path.encode()):08x}a1c0/0_0_4000_2400/master/4000.jpg"
        med = ""
        if credit:
            med = (f'<media:content width="140" url="{esc(img)}?width=140&amp;quality=85&amp;auto=format&amp;fit=max&amp;s=1a2b"><media:credit scheme="urn:ebu">{esc(credit)}</media:credit></media:content>'
                   f'<media:content width="460" url="{esc(img)}?width=460&amp;quality=85&amp;auto=format&amp;fit=max&amp;s=3c4d"><media:credit scheme="urn:ebu">{esc(credit)}</media:credit></media:content>')
        desc = std + f' <a href="{url}">Continue reading...</a>'
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator is not None else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description>{cts}"
                    f"<pubDate>{gmt(when)}</pubDate><guid>{url}</guid>{med}{cr}<dc:date>{when.strftime('%Y-%m-%dT%H:%M:%SZ')}</dc:date></item>")
        items.append(exp(url))

    w = d(2025, 6, 19, 17, 4, 22)
    add("world/2025/jun/19/sudan-el-fasher-siege-aid-convoy-blocked", "Aid convoy turned back at El Fasher as UN warns of famine in besieged Sudanese city",
        "<p>Trucks carrying food for 300,000 people were stopped 40km from the city, UN officials say, as paramilitary forces tighten siege</p>",
        [("world/sudan", "Sudan"), ("world/africa", "Africa"), ("world/unitednations", "United Nations"), ("world/world", "World news")], w,
        "Zainab Okafor and Tom Reddaway", "Photograph: Ahmed Khalil/AFP/Getty Images",
        lambda k: it(k, "Aid convoy turned back at El Fasher as UN warns of famine in besieged Sudanese city", w, ["Zainab Okafor", "Tom Reddaway"],
                     junk=["Continue reading", "Photograph:", "AFP/Getty Images"],
                     note="dc:creator 'A and B': two people. The media:credit 'Photograph: Name/AFP/Getty Images' names the photographer, not an author. The standfirst ends with a 'Continue reading...' link. Relevant."))
    w = d(2025, 6, 19, 13, 30, 0)
    add("commentisfree/2025/jun/19/the-wapping-chronicle-view-on-the-nato-summit-spending-pledge", "The Wapping Chronicle view on Nato’s spending pledge: a number is not a strategy",
        "<p><strong>Editorial: </strong>Allies will sign up to a 5% target in The Hague next week. The harder question is what the money is for</p>",
        [("world/nato", "Nato"), ("politics/defence", "Defence policy"), ("world/world", "World news")], w, "Editorial", "Photograph: Remko de Waal/ANP/EPA",
        lambda k: it(k, "The Wapping Chronicle view on Nato’s spending pledge: a number is not a strategy", w, [], junk=["Continue reading", "Photograph:"],
                     note="Unsigned editorial (dc:creator 'Editorial'): a story (an opinion piece) with no person as author: []. The bold 'Editorial:' kicker inside the standfirst is a label. Alliance policy: relevant."))
    w = d(2025, 6, 18, 20, 15, 9)
    add("uk-news/2025/jun/18/home-office-asylum-hotels-closure-date", "Home Office sets date to close last asylum hotels in England",
        "<p>Ministers say all hotels will be emptied by spring 2026, but councils warn they have nowhere to house families</p>",
        [("uk/home-office", "Home Office"), ("uk/immigration", "Immigration and asylum"), ("world/world", "World news")], w, "Priya Chandrasekar Home affairs editor", "Photograph: Jacob King/PA",
        lambda k: it(k, "Home Office sets date to close last asylum hotels in England", w, ["Priya Chandrasekar"], rel=False, junk=["Continue reading"],
                     note="UK home-affairs story tagged 'World news' by the CMS: a story, not relevant (home politics). dc:creator glues the job title to the name without punctuation ('Name Home affairs editor'): the author is the person only."))
    w = d(2025, 6, 18, 15, 47, 33)
    add("world/2025/jun/18/ukraine-war-briefing-drone-attack-kharkiv", "Ukraine war briefing: Kharkiv hit by biggest drone attack of the year",
        "<p>At least 11 injured as 90 drones target city; Kyiv says talks on prisoner exchange will resume in Istanbul. What we know on day 1,211</p>",
        [("world/ukraine", "Ukraine"), ("world/russia", "Russia"), ("world/world", "World news")], w, "Guardian staff and agencies", "Photograph: Sofiia Hrytsenko/Reuters",
        lambda k: it(k, "Ukraine war briefing: Kharkiv hit by biggest drone attack of the year", w, [], junk=["Continue reading", "Photograph:"],
                     note="Daily war briefing: a story (a round-up of the day's news). dc:creator 'staff and agencies' is not a person: []. Relevant."))
    w = d(2025, 6, 18, 10, 0, 0)
    add("world/2025/jun/18/italian-village-one-euro-homes-buyers-regret", "‘We fell in love with a ruin’: the buyers of Italy’s €1 homes, five years on",
        "<p>Thousands answered the call of villages selling off abandoned houses. Some are thriving; others are still waiting for a builder</p>",
        [("world/italy", "Italy"), ("lifeandstyle/homes", "Homes"), ("world/world", "World news")], w, "Angela Ruffini in Mussomeli", "Composite: Wapping Chronicle Design/Getty Images",
        lambda k: it(k, "‘We fell in love with a ruin’: the buyers of Italy’s €1 homes, five years on", w, ["Angela Ruffini"], rel=False, junk=["Continue reading", "Composite:"],
                     note="Lifestyle feature abroad: a story, not relevant. dc:creator 'Name in Place': the person only."))
    w = d(2025, 6, 17, 7, 0, 0)
    add("world/2025/jun/17/sign-up-global-dispatch-newsletter", "Sign up for Global Dispatch: get a different world view every week",
        "<p>Our free newsletter brings you the stories behind the headlines from our correspondents around the world</p>",
        [("world/world", "World news"), ("info/newsletters", "Newsletters")], w, None, None,
        lambda k: it(k, "Sign up for Global Dispatch: get a different world view every week", w, [], story=False, rel=False,
                     note="Newsletter sign-up promo: not a story. No dc:creator, no media."))
    head = (f"<title>World news | The Wapping Chronicle</title><link>{base}/world</link><description>Latest World news news, comment and analysis from the Wapping Chronicle</description>"
            f"<language>en-gb</language><copyright>Wapping Chronicle Media Limited or its affiliated companies. All rights reserved. 2025</copyright>"
            f"<pubDate>{gmt(d(2025, 6, 19, 17, 10, 44))}</pubDate><dc:date>2025-06-19T17:10:44Z</dc:date><dc:language>en-gb</dc:language>"
            f"<dc:rights>Wapping Chronicle Media Limited or its affiliated companies. All rights reserved. 2025</dc:rights>"
            f"<image><title>The Wapping Chronicle</title><url>https://assets.wcimg.example/images/wc-logo-rss.c45beb1bafa34b347ac333af2e6fe23f.png</url><link>{base}</link></image>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>'
            + head + "".join(rows) + "</channel></rss>")
    return feed("en_gb_wappingchronicle_world.rss.xml", text, items, lang="en", outlet="The Wapping Chronicle", aliases=["Wapping Chronicle"],
                ctype="text/xml; charset=UTF-8",
                structure="London broadsheet's world section feed in the Guardian's 2025 shape: declaration on its own line, then the whole channel on ONE line; channel title 'World news | Brand', en-gb, copyright and dc:rights 'Brand Media Limited or its affiliated companies. All rights reserved. 2025', channel pubDate and dc:date; items with title, link, ESCAPED description (standfirst <p> plus 'Continue reading...' link), several <category domain=…> tags, GMT pubDate, guid = URL, TWO media:content (width 140 and 460, &amp;-escaped image URLs with signature) each with <media:credit scheme=\"urn:ebu\">Photograph: Name/Agency</media:credit>, dc:creator AFTER the media ('A and B', 'Editorial', 'staff and agencies', 'Name in Place', 'Name Job title' without punctuation), dc:date in Z; a home-affairs story tagged World, an editorial, a war briefing, a lifestyle feature and a newsletter promo; June 2025")


# ---------------------------------------------------------------- New York daily, custom CMS (NYT-like)
def battery():
    rows, items = [], []
    base = "https://www.batterytimes.example"

    def add(path, title, desc, when, creator, des, geo, media, exp):
        url = f"{base}/{path}"
        cats = "".join(f'\n      <category domain="http://www.batterytimes.example/namespaces/keywords/des">{esc(c)}</category>' for c in des)
        cats += "".join(f'\n      <category domain="http://www.batterytimes.example/namespaces/keywords/nyt_geo">{esc(c)}</category>' for c in geo)
        med = ""
        if media:
            med = (f'\n      <media:content height="1365" width="2048" url="https://static01.btimg.example/images/{when.strftime("%Y/%m/%d")}/multimedia/{path.split("/")[-1][:20]}-superJumbo.jpg" medium="image"/>'
                   f"\n      <media:credit>{esc(media[0])}</media:credit>\n      <media:description>{esc(media[1])}</media:description>")
        cr = f"\n      <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"true\">{url}</guid>\n"
                    f"      <atom:link href=\"{url}\" rel=\"standout\"/>\n      <description>{esc(desc)}</description>{cr}\n      <pubDate>{gmt(when)}</pubDate>{cats}{med}\n    </item>")
        items.append(exp(url))

    w = d(2025, 9, 23, 22, 14, 5)
    add("2025/09/23/world/americas/venezuela-guyana-essequibo-border-talks.html", "Venezuela and Guyana Agree to Resume Border Talks After Naval Standoff",
        "The two countries will meet in Brasília next month, Brazil’s foreign ministry said, after a Venezuelan patrol boat entered waters claimed by Guyana.", w,
        "Mariela Sotomayor", ["International Relations", "Boundaries and Territorial Issues"], ["Venezuela", "Guyana"],
        ("Adriana Loureiro for The Battery Times", "A Guyana Defence Force vessel off the coast near the disputed Essequibo region last year."),
        lambda k: it(k, "Venezuela and Guyana Agree to Resume Border Talks After Naval Standoff", w, ["Mariela Sotomayor"],
                     junk=["for The Battery Times", "Guyana Defence Force vessel off the coast"],
                     note="NYT-style item: guid = link (permalink), atom:link rel=standout, plain description, dc:creator, keyword categories in two domains, media:content with media:credit ('Name for Brand': the photographer, not an author) and media:description (a caption, not the summary). Title Case headline. Relevant."))
    w = d(2025, 9, 23, 10, 0, 12)
    add("2025/09/23/briefing/un-general-assembly-gaza-sudan.html", "Your Wednesday Briefing: World Leaders Gather at the U.N.",
        "Plus, a deadly landslide in Nepal and the race to save Venice’s lagoon.", w,
        "Justin Okonkwo-Barr", [], [], None,
        lambda k: it(k, "Your Wednesday Briefing: World Leaders Gather at the U.N.", w, [], story=False, rel=False,
                     note="Morning newsletter edition published as an article: not a story (a digest of other stories). No categories or media."))
    w = d(2025, 9, 22, 19, 40, 51)
    add("2025/09/22/world/europe/poland-belarus-border-reopen-trucks.html", "Poland Reopens Belarus Border Crossings, Easing Backlog of Trucks",
        "Warsaw closed the crossings during Russian-Belarusian military exercises. “We have made our point,” Poland’s interior minister said.", w,
        "Anatol Kowalczyk, Ruth Ellingham and Daniel Ferreira-Holt", ["Borders, Frontiers and Territorial Disputes", "Trucks and Trucking"], ["Poland", "Belarus", "Russia"],
        ("Kacper Pempel/Reuters", "Trucks lined up near the Koroszczyn crossing in eastern Poland on Monday."),
        lambda k: it(k, "Poland Reopens Belarus Border Crossings, Easing Backlog of Trucks", w, ["Anatol Kowalczyk", "Ruth Ellingham", "Daniel Ferreira-Holt"], junk=["Kacper Pempel/Reuters"],
                     note="Three authors 'A, B and C' in one dc:creator; a double surname with a hyphen. The quote is attributed to an office, not a named person. Relevant."))
    w = d(2025, 9, 22, 14, 5, 0)
    add("2025/09/22/opinion/sudan-war-diplomacy.html", "Opinion | The World Forgot Sudan. It Will Pay for That.",
        "Every month of war makes the peace harder and the refugee crisis larger.", w,
        "Halima Idris Mahjoub", ["Sudan", "Refugees and Displaced Persons"], ["Sudan"],
        ("Guy Peterson/Agence France-Presse — Getty Images", "A camp for displaced people in Adré, Chad, near the border with Sudan."),
        lambda k: it(k, "Opinion | The World Forgot Sudan. It Will Pay for That.", w, ["Halima Idris Mahjoub"], junk=["Agence France-Presse — Getty Images"],
                     note="Opinion piece in the world feed: a story. Title label 'Opinion |' may be kept or dropped. Relevant."))
    w = d(2025, 9, 21, 9, 30, 0)
    add("2025/09/21/world/europe/paris-baguette-contest-winner.html", "In Paris, a Baker From Sri Lanka Wins the City’s Top Baguette Prize",
        "The award comes with a year’s contract to supply the Élysée Palace — and a queue around the block.", w,
        "Catherine Porter-Vaillant", ["Bread", "Contests and Prizes"], ["Paris (France)"],
        ("Dmitry Kostyukov for The Battery Times", "The winning baker at his shop in the 14th Arrondissement."),
        lambda k: it(k, "In Paris, a Baker From Sri Lanka Wins the City’s Top Baguette Prize", w, ["Catherine Porter-Vaillant"], rel=False, junk=["for The Battery Times"],
                     note="Soft news abroad (a baking contest): a story, not relevant."))
    w = d(2025, 9, 20, 16, 22, 0)
    add("2025/09/20/us/politics/state-department-visa-bond-africa.html", "U.S. Expands Visa Bond Program to 12 More Countries",
        "Travelers from the countries will have to post up to $15,000 before receiving a business or tourist visa, the State Department said.", w,
        "Keisha Lamont-Riley", ["Visas", "Travel and Vacations", "State Department"], ["Africa", "United States"], None,
        lambda k: it(k, "U.S. Expands Visa Bond Program to 12 More Countries", w, ["Keisha Lamont-Riley"],
                     note="Filed under /us/politics/ but about the home country's visa policy toward foreign states: relevant (foreign policy)."))
    head = (f"    <title>The Battery Times &gt; World News</title>\n    <link>{base}/section/world</link>\n"
            f"    <atom:link href=\"https://rss.batterytimes.example/services/xml/rss/bt/World.xml\" rel=\"self\" type=\"application/rss+xml\"/>\n"
            f"    <description/>\n    <language>en-us</language>\n    <copyright>Copyright 2025 The Battery Times Company</copyright>\n"
            f"    <lastBuildDate>{gmt(d(2025, 9, 23, 22, 20, 0))}</lastBuildDate>\n    <pubDate>{gmt(d(2025, 9, 23, 22, 14, 5))}</pubDate>\n"
            f"    <image>\n      <title>The Battery Times &gt; World News</title>\n      <url>https://static01.btimg.example/images/misc/BTLogo.gif</url>\n      <link>{base}/section/world</link>\n    </image>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">\n  <channel>\n'
            + head + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_us_batterytimes_world.rss.xml", text, items, lang="en", outlet="The Battery Times", aliases=["Battery Times"],
                ctype="text/xml; charset=utf-8",
                structure="New York daily's world section RSS in the NYT's 2025 shape: channel 'Brand &gt; World News', atom self link, EMPTY <description/>, en-us, copyright, lastBuildDate and pubDate, <image>; items with title (Title Case), link, permalink guid, <atom:link rel=\"standout\">, plain description, dc:creator ('A, B and C' in one element), GMT pubDate, <category> with keyword domains (…/keywords/des and …/nyt_geo), media:content 2048x1365 with media:credit ('Name for Brand', 'Name/Agency — Getty Images') and media:description captions; a morning-briefing newsletter, an 'Opinion |' piece, a soft feature, a foreign-policy story filed under /us/politics/; September 2025")


# ---------------------------------------------------------------- Washington daily on Arc XP outbound feeds
def anacostia():
    rows, items = [], []
    base = "https://www.anacostiapost.example"

    def add(path, title, creator, desc, body, when, exp, img=None):
        url = f"{base}/{path}"
        cr = f"<dc:creator>{cd(creator)}</dc:creator>" if creator is not None else ""
        med = ""
        if img:
            med = (f'<media:content url="https://www.anacostiapost.example/resizer/v2/{img[0]}.jpg?auth=7f1d2c&amp;width=1440" type="image/jpeg" height="960" width="1440">'
                   f"<media:title type=\"plain\">{cd(img[1])}</media:title><media:description type=\"plain\">{cd(img[1])}</media:description><media:credit role=\"author\" scheme=\"urn:ebu\">{cd(img[2])}</media:credit></media:content>")
        rows.append(f"<item><title>{cd(title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid>{cr}<description>{cd(desc)}</description>"
                    f"<pubDate>{gmt(when)}</pubDate><content:encoded>{cd(body)}</content:encoded>{med}</item>")
        items.append(exp(url))

    w = d(2025, 12, 4, 23, 11, 0)
    add("world/2025/12/04/armenia-azerbaijan-peace-treaty-signing/", "Armenia and Azerbaijan set date to sign peace treaty, ending decades of conflict",
        "Isabel Montague, Levon Ter-Ghazaryan", "The signing in Abu Dhabi would close a conflict that has killed tens of thousands since the 1990s.",
        '<p>YEREVAN, Armenia — Armenia and Azerbaijan will sign a peace treaty in Abu Dhabi on Jan. 15, both governments said Thursday, capping two years of negotiations over borders, transit routes and the fate of ethnic Armenians displaced from Nagorno-Karabakh.</p>'
        '<p>The text commits both sides to recognize each other’s territorial integrity and to withdraw third-party monitors from the border.</p>'
        '<p>“This is not a reconciliation, it is a ceasefire with paperwork,” said Tamar Vardanyan, a senior fellow at the Caucasus Policy Lab in Tbilisi. “But paperwork matters.”</p>'
        '<p><b>Read more:</b></p><ul><li><a href="https://www.anacostiapost.example/world/2025/08/09/armenia-azerbaijan-transit-corridor/">What is the transit corridor, and why does it matter?</a></li></ul>'
        '<p><i>Ter-Ghazaryan reported from Yerevan. Montague reported from Washington. Rustam Aliyev in Baku contributed to this report.</i></p>', w,
        lambda k: it(k, "Armenia and Azerbaijan set date to sign peace treaty, ending decades of conflict", w, ["Isabel Montague", "Levon Ter-Ghazaryan"],
                     quotes=[q("Tamar Vardanyan", "Caucasus Policy Lab")], junk=["Read more:", "contributed to this report", "What is the transit corridor"],
                     note="Arc XP outbound item: CDATA dc:creator 'A, B' (comma list), full body in content:encoded with a 'Read more:' list and an italic contributor line; the contributor ('Rustam Aliyev … contributed to this report') is not an author: the two credited reporters only. Relevant."),
        img=("ZP3XQW7K2BHD5LRT", "Armenian soldiers at a checkpoint near the border with Azerbaijan in 2024.", "Karen Minasyan/AFP/Getty Images"))
    w = d(2025, 12, 4, 17, 30, 0)
    add("world/2025/12/04/state-department-consulates-closing-europe/", "State Department to close five consulates in Western Europe, cable says",
        None, "The closures are part of a plan to cut the department’s overseas footprint by 10 percent.",
        '<p>By Grant Whitfield</p><p>The State Department plans to close consulates in five Western European cities by next September, according to an internal cable seen by The Anacostia Post, as part of a broader effort to shrink the diplomatic service.</p>'
        '<p>The cable lists posts in France, Germany, Italy and Portugal. Local staff will be offered transfers or severance.</p>'
        '<p>“You cannot do public diplomacy from a spreadsheet,” said Marian Oduya-Klein, a retired ambassador who now teaches at Georgetown.</p>', w,
        lambda k: it(k, "State Department to close five consulates in Western Europe, cable says", w, ["Grant Whitfield"], quotes=[q("Marian Oduya-Klein")], junk=["By Grant Whitfield"],
                     note="No dc:creator in this item: the byline is the first paragraph of the body ('By Name'). Home country's diplomatic service abroad: relevant."))
    w = d(2025, 12, 4, 12, 0, 0)
    add("podcasts/post-reports/inside-the-ceasefire-talks/", "Post Reports: Inside the ceasefire talks", "Post Reports",
        "Our Middle East correspondent on the talks in Cairo.", '<p>Listen to the episode. <a href="https://podcasts.anacostiapost.example/post-reports">Subscribe</a> on your favorite app.</p>', w,
        lambda k: it(k, "Post Reports: Inside the ceasefire talks", w, [], story=False, rel=False, junk=["Subscribe"],
                     note="Podcast episode: not a story. 'Post Reports' in dc:creator is the show."))
    w = d(2025, 12, 3, 21, 45, 0)
    add("world/2025/12/03/japan-china-seafood-ban-lifted/", "China lifts ban on Japanese seafood imposed over Fukushima water release",
        "Hannah Takeda-Morrow", "Beijing said monitoring had found no abnormal radiation levels.",
        '<p>TOKYO — China will resume imports of Japanese seafood from 37 prefectures, its customs agency said Wednesday, more than two years after it banned them over the release of treated water from the wrecked Fukushima nuclear plant.</p>'
        '<p>Japanese scallop exporters, who had redirected shipments to Vietnam and Mexico, welcomed the decision.</p>'
        '<p>“We will believe it when the first container clears customs in Dalian,” said Koji Arakawa, head of a fishing cooperative in Hokkaido.</p>'
        '<p><i>This article has been updated.</i></p>', w,
        lambda k: it(k, "China lifts ban on Japanese seafood imposed over Fukushima water release", w, ["Hannah Takeda-Morrow"], quotes=[q("Koji Arakawa", "fishing cooperative in Hokkaido")],
                     junk=["This article has been updated"], note="An italic update note ends the body. Relevant (trade dispute between states)."),
        img=("M4T7Q2BKX3FJ6Y", "Scallops are sorted at a port in Hokkaido, Japan.", "Kyodo/Reuters"))
    w = d(2025, 12, 3, 15, 10, 0)
    add("photography/2025/12/03/photos-floods-southern-thailand/", "Photos: Floods submerge towns in southern Thailand", "Photo Staff",
        "Images from Hat Yai, where water reached the second floor of homes.", '<p>Scroll through the gallery.</p>', w,
        lambda k: it(k, "Photos: Floods submerge towns in southern Thailand", w, [], story=False, rel=False,
                     note="Photo gallery: not a story. Title label 'Photos:' may be kept or dropped."))
    w = d(2025, 12, 3, 8, 20, 0)
    add("world/2025/12/03/serbia-protests-students-parliament/", "Serbian students block parliament for third day, demanding snap election",
        "Daria Vukotić", "The protest movement, now more than a year old, has drawn support from farmers and teachers.",
        '<p>BELGRADE, Serbia — Thousands of students blocked the entrances to Serbia’s parliament for a third consecutive day on Wednesday, saying they would stay until lawmakers set a date for early elections.</p>'
        '<p>“We are not leaving because we have nowhere else to be heard,” said Milica Jovanović, a 22-year-old engineering student from Novi Sad.</p>'
        '<p>The European Union, which Serbia hopes to join, urged “restraint on all sides.”</p>', w,
        lambda k: it(k, "Serbian students block parliament for third day, demanding snap election", w, ["Daria Vukotić"], quotes=[q("Milica Jovanović")],
                     note="Foreign politics with EU reaction: relevant."))
    head = (f"<title>{cd('The Anacostia Post - World')}</title><link>{base}/world/</link>"
            f'<atom:link href="{base}/arc/outboundfeeds/rss/category/world/" rel="self" type="application/rss+xml"/>'
            f"<description>{cd('The Anacostia Post World')}</description><lastBuildDate>{gmt(d(2025, 12, 4, 23, 15, 2))}</lastBuildDate>"
            "<language>en</language><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>'
            + head + "".join(rows) + "</channel></rss>")
    return feed("en_us_anacostiapost_world_arcxp.rss.xml", text, items, lang="en", outlet="The Anacostia Post", aliases=["Anacostia Post"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Washington daily's world section from Arc XP's outbound feeds block (/arc/outboundfeeds/rss/category/world/): the whole document on ONE line with no trailing newline, atom/content/dc/sy/media namespaces, CDATA channel title and description, language 'en', sy:updatePeriod hourly; items with CDATA title, link, permalink guid, CDATA dc:creator ('A, B', a show name, 'Photo Staff', or ABSENT with the byline as the first body paragraph 'By Name'), CDATA description, GMT pubDate, full CDATA content:encoded (upper-case datelines with an em dash, a bold 'Read more:' list, italic contributor and update lines), media:content from the Arc resizer (&amp;-escaped auth URL) with CDATA media:title, media:description and media:credit role=author; a podcast and a photo gallery; December 2025")


FEEDS = [ibc, wapping, battery, anacostia]
