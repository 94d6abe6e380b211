# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English-language world desks: UK paper, UK broadcaster, US paper, Indian paper."""
import zlib

from lib import Feed, Item, cdata, dt, esc, rfc822

# --------------------------------------------------------------------------------------
# 1. UK quality paper (Guardian-style world feed): escaped HTML blocks in <description>,
#    standfirst without a full stop, <ul><li> related links, "Continue reading...",
#    dc:creator with datelines and job titles, media:content captions + credits,
#    copyright held by the publishing company, section-prefixed channel title.
# --------------------------------------------------------------------------------------


def ledger() -> Feed:
    base = "https://www.northernledger.co.uk"
    rows = [
        dict(
            slug="world/2026/dec/02/poland-belarus-border-crossings-reopen",
            title="Poland to reopen two Belarus border crossings after five-month closure",
            creator="Marta Kowalczyk in Warsaw", authors=["Marta Kowalczyk"],
            d=dt(2026, 12, 2, 17, 41, 8),
            stand="Warsaw says the move is conditional on Minsk halting organised crossings by migrants, as lorry queues stretch for 30km",
            bullets=["Belarus frees jailed journalist in apparent gesture to EU"],
            paras=[
                "Poland will reopen the Kuźnica and Bobrowniki crossings on the border with Belarus from 15 December, the interior ministry said on Tuesday, ending a closure that has cost hauliers on both sides tens of millions of euros.",
                "The government said the decision could be reversed within hours if border guards recorded a new rise in attempts to cross the fence. Lithuania, which shut its own crossings in October, said it would watch the Polish trial closely.",
            ],
            caption="Lorries queue near the Bobrowniki crossing in north-eastern Poland.",
            credit="Photograph: Piotr Zalewski/EPA",
            junk=["Continue reading", "Photograph:", "Piotr Zalewski/EPA", "Belarus frees jailed journalist"],
            relevant=True,
        ),
        dict(
            slug="world/2026/dec/02/chile-wildfires-valparaiso-evacuations",
            title="Thousands evacuated as wildfires close in on Chilean port city",
            creator="Staff and agencies", authors=[],
            d=dt(2026, 12, 2, 9, 3, 51),
            stand="Authorities declare emergency in Valparaíso region as strong winds push flames towards hillside neighbourhoods",
            bullets=[],
            paras=[
                "More than 6,000 people were ordered to leave their homes in the hills above Valparaíso overnight as firefighters struggled to contain three separate blazes fanned by gusts of up to 70km/h.",
                "The interior minister said aircraft from Argentina and Brazil were on their way. No deaths had been confirmed by Wednesday morning, but officials said dozens of homes had been destroyed.",
            ],
            caption="Smoke rises over hills near Valparaíso on Tuesday evening.",
            credit="Photograph: Agencia Uno/AFP/Getty Images",
            junk=["Continue reading", "Photograph:", "Getty Images", "Staff and agencies"],
            relevant=True,
        ),
        dict(
            slug="world/2026/dec/01/uk-eu-defence-procurement-pact",
            title="UK and EU agree joint defence procurement pact after months of wrangling",
            creator="Oliver Haines Diplomatic editor", authors=["Oliver Haines"],
            d=dt(2026, 12, 1, 21, 15, 0),
            stand="Deal lets British firms bid for contracts under the EU's €150bn rearmament fund in return for a UK financial contribution",
            bullets=["Analysis: what the pact means for Britain's arms industry", "European defence spending – visual guide"],
            paras=[
                "Britain and the European Union have agreed terms for UK participation in the bloc's joint weapons-buying programme, ending a dispute over how much London should pay for access.",
                "“This is the most significant step in UK-EU security cooperation since Brexit, but the price tag will be contested in both Westminster and Brussels,” said Professor Ruth Calloway of Westbury University.",
                "Officials said the first joint orders, for air-defence interceptors and artillery shells, could be placed in the spring.",
            ],
            caption="The foreign secretary arrives for talks in Brussels on Monday.",
            credit="Photograph: Luc Verhaegen/AP",
            junk=["Continue reading", "Photograph:", "Analysis: what the pact means", "Diplomatic editor"],
            relevant=True,
            quotes=[{"speaker": "Ruth Calloway", "affiliation": "Westbury University"}],
        ),
        dict(
            slug="business/2026/dec/01/india-uk-trade-deal-whisky-tariffs",
            title="India cuts whisky tariffs as first phase of UK trade deal takes effect",
            creator="Priya Raghunathan in Delhi and Tom Ashdown", authors=["Priya Raghunathan", "Tom Ashdown"],
            d=dt(2026, 12, 1, 11, 30, 12),
            stand="Duties on Scotch fall from 150% to 75% while British visas for Indian professionals are eased",
            bullets=[],
            paras=[
                "The first tranche of tariff cuts agreed under the UK-India free trade agreement came into force on Monday, with Indian duties on Scotch whisky halved and import taxes on British cars lowered.",
                "Indian officials said London had in turn simplified visa rules for chefs, musicians and yoga instructors, a concession that took more than two years to negotiate.",
            ],
            caption="Bottles of Scotch whisky on sale in a Mumbai shop.",
            credit="Photograph: Harshad Joshi/EPA",
            junk=["Continue reading", "Photograph:"],
            relevant=True,
        ),
        dict(
            slug="world/2026/nov/30/senegal-runoff-opposition-leader",
            title="Senegal heads for presidential runoff after opposition leader falls short",
            creator="Hannah Osei West Africa correspondent", authors=["Hannah Osei"],
            d=dt(2026, 11, 30, 19, 2, 44),
            stand="Provisional results give former mayor 46% of the vote, forcing second round against the governing coalition's candidate",
            bullets=["Senegal's election explained"],
            paras=[
                "Senegal will hold a presidential runoff on 21 December after provisional results showed no candidate passed the 50% threshold, the national vote-counting commission said on Sunday.",
                "Observers from the African Union described the first round as calm and orderly.Turnout was put at 61%, slightly higher than at the previous election",
            ],
            caption="Voters queue at a polling station in Dakar.",
            credit="Photograph: Moussa Diop/AFP/Getty Images",
            junk=["Continue reading", "Photograph:", "Senegal's election explained", "West Africa correspondent"],
            relevant=True,
        ),
        dict(
            slug="world/gallery/2026/nov/29/the-week-in-wildlife-in-pictures",
            title="The week in wildlife – in pictures",
            creator="Jess Fairbanks", authors=["Jess Fairbanks"],
            d=dt(2026, 11, 29, 7, 0, 5),
            stand="A snow leopard in Ladakh, flamingos in Kenya and a very wet hedgehog",
            bullets=[], paras=[],
            caption="A snow leopard rests on a ridge in the Hemis national park, Ladakh.",
            credit="Photograph: Irfan Wani/Solent News",
            junk=["Continue reading"],
            relevant=False, is_story=False,
        ),
        dict(
            slug="football/2026/nov/29/brentford-fulham-premier-league-match-report",
            title="Late penalty rescues point for Brentford in west London derby",
            creator="Callum Reid at the Gtech Community Stadium", authors=["Callum Reid"],
            d=dt(2026, 11, 29, 19, 48, 30),
            stand="A stoppage-time spot-kick cancelled out the visitors' early opener in a scrappy game",
            bullets=[],
            paras=["The home side had been second best for an hour before a double substitution changed the rhythm of the match."],
            caption="Brentford's captain celebrates the equaliser.",
            credit="Photograph: Gareth Pell/Action Images",
            junk=["Continue reading", "Photograph:"],
            relevant=False,
        ),
        dict(
            slug="world/2026/nov/28/ukraine-war-briefing-energy-grid-attacks",
            title="Ukraine war briefing: Kyiv says overnight drone strikes hit three power plants",
            creator="Ledger staff and agencies", authors=[],
            d=dt(2026, 11, 28, 2, 14, 19),
            stand="Emergency power cuts ordered in five regions; Zelenskyy calls for faster delivery of air-defence systems. What we know on day 1,374",
            bullets=[
                "Ukraine's energy ministry said the strikes damaged generating units in the Kharkiv, Poltava and Dnipropetrovsk regions",
                "Russia's defence ministry said its forces had taken a village near Pokrovsk",
                "Nordic and Baltic foreign ministers met in Tallinn to discuss a new winter aid package",
            ],
            bullet_links=False,
            paras=["Ukrenergo said it expected outages of up to eight hours a day in some regions until repairs were completed."],
            caption="Firefighters work at the site of a drone strike in Kharkiv.",
            credit="Photograph: Artem Volynets/Reuters",
            junk=["Continue reading", "Photograph:", "staff and agencies"],
            relevant=True,
        ),
        dict(
            slug="commentisfree/2026/nov/27/eu-shadow-fleet-sanctions-test",
            title="Europe's shadow-fleet sanctions are a test it cannot afford to fail",
            creator="Ingrid Solberg", authors=["Ingrid Solberg"],
            d=dt(2026, 11, 27, 13, 0, 0),
            stand="Listing more tankers is the easy part. Boarding them in the Baltic is where Brussels' resolve will be measured",
            bullets=[],
            paras=[
                "When EU ministers added another 117 vessels to their sanctions list this week, the announcement came with the usual promise of tougher enforcement.",
                "Ingrid Solberg is a senior fellow at the Oslo Centre for Maritime Security",
            ],
            caption="An oil tanker anchored off the Estonian coast.",
            credit="Photograph: Kaarel Tamm/AFP/Getty Images",
            junk=["Continue reading", "Photograph:", "is a senior fellow at the Oslo Centre"],
            relevant=True,
        ),
        dict(
            slug="us-news/2026/nov/27/texas-hill-country-flash-floods",
            title="Flash floods in Texas Hill Country leave four dead and hundreds stranded",
            creator="Dara Whitfield in Austin", authors=["Dara Whitfield"],
            d=dt(2026, 11, 27, 4, 55, 2),
            stand="Governor declares disaster in six counties after 10in of rain falls in less than a day",
            bullets=[],
            paras=["Rescue crews used boats and helicopters to reach families trapped on rooftops along the Guadalupe River."],
            caption="A submerged car near Kerrville, Texas.",
            credit="Photograph: Wade Colton/AP",
            junk=["Continue reading", "Photograph:"],
            relevant=True,  # rule D: a deadly natural disaster abroad (a UK outlet)
        ),
    ]
    items_xml, items = [], []
    for r in rows:
        link = f"{base}/{r['slug']}"
        html = f"<p>{r['stand']}</p>"
        if r["bullets"] and r.get("bullet_links", True):
            html += "<ul>" + "".join(
                f"<li><a href=\"{base}/world/related-{i}\">{b}</a></li>" for i, b in enumerate(r["bullets"])
            ) + "</ul>"
        elif r["bullets"]:
            html += "<ul>" + "".join(f"<li>{b}</li>" for b in r["bullets"]) + "</ul>"
        html += "".join(f"<p>{p}</p>" for p in r["paras"])
        if r["paras"]:
            html += f" <a href=\"{link}\">Continue reading...</a>"
        items_xml.append(f"""    <item>
      <title>{esc(r['title'])}</title>
      <link>{link}</link>
      <description>{esc(html)}</description>
      <category domain="{base}/world/world">World news</category>
      <pubDate>{rfc822(r['d'], gmt=True)}</pubDate>
      <guid>{link}</guid>
      <media:content width="140" url="https://i.ledgerimg.co.uk/img/media/{zlib.crc32(r['slug'].encode()) % 10**8:08d}/master/3000.jpg?width=140">
        <media:credit scheme="urn:ebu">{esc(r['credit'].replace('Photograph: ', ''))}</media:credit>
      </media:content>
      <media:content width="460" url="https://i.ledgerimg.co.uk/img/media/{zlib.crc32(r['slug'].encode()) % 10**8:08d}/master/3000.jpg?width=460">
        <media:description>{esc(r['caption'])}</media:description>
        <media:credit scheme="urn:ebu">{esc(r['credit'])}</media:credit>
      </media:content>
      <dc:creator>{esc(r['creator'])}</dc:creator>
      <dc:date>{r['d'].strftime('%Y-%m-%dT%H:%M:%SZ')}</dc:date>
    </item>""")
        items.append(Item(key=link, title=r["title"], published=r["d"], authors=r["authors"],
                          is_story=r.get("is_story", True), relevant=r["relevant"],
                          junk=r["junk"] + [r["caption"]], quotes=r.get("quotes")))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">
  <channel>
    <title>World news | The Northern Ledger</title>
    <link>{base}/world</link>
    <description>Latest World news news, comment and analysis from the Northern Ledger, the north's independent voice</description>
    <language>en-gb</language>
    <copyright>Ledger News and Media Limited or its affiliated companies. All rights reserved. 2026</copyright>
    <pubDate>Wed, 02 Dec 2026 18:02:11 GMT</pubDate>
    <dc:date>2026-12-02T18:02:11Z</dc:date>
    <dc:language>en-gb</dc:language>
    <dc:rights>Ledger News and Media Limited or its affiliated companies. All rights reserved. 2026</dc:rights>
    <image>
      <title>The Northern Ledger</title>
      <url>https://assets.ledgerimg.co.uk/images/ledger-logo-rss.png</url>
      <link>{base}</link>
    </image>
{chr(10).join(items_xml)}
  </channel>
</rss>
"""
    return Feed(name="en_gb_ledger_world.rss.xml", text=text, encoding="utf-8",
                content_type="text/xml; charset=UTF-8",
                outlet_structure="The Guardian world feed (theguardian.com/world/rss)",
                language="en", outlet="The Northern Ledger", shape="rss2", topic="mixed",
                items=items, declared_encoding="UTF-8")


# --------------------------------------------------------------------------------------
# 2. UK public broadcaster (BBC-style regional feed): CDATA everywhere, one-sentence
#    descriptions (some without a full stop), media:thumbnail, no authors, video items,
#    "In pictures" gallery, newsletter promo, an empty item.
# --------------------------------------------------------------------------------------


def westmark() -> Feed:
    base = "https://www.wbn.co.uk/news"
    rows = [
        ("articles/c4gq2k7e19xo", "China holds second day of drills around Taiwan as US destroyer transits strait",
         "Taipei says 34 aircraft and 14 warships were detected, a day after Washington approved a new arms package.",
         dt(2026, 12, 2, 22, 41, 17), True, True),
        ("videos/c0l9v3rr4nmo", "Watch: Floodwaters sweep through market town in north-east Bangladesh",
         "Footage shows residents wading through chest-deep water in Sunamganj after days of unseasonal rain",
         dt(2026, 12, 2, 14, 2, 33), True, True),
        ("articles/cr5w8e0x1dpo", "In pictures: Lantern festival lights up northern Thailand",
         "Thousands of paper lanterns were released over Chiang Mai to mark Yi Peng.",
         dt(2026, 11, 30, 0, 12, 0), False, False),
        ("newsletters/asia-daily", "Get Asia news in your inbox, every weekday morning",
         "Sign up for the WBN Asia Daily newsletter.",
         dt(2026, 11, 20, 9, 0, 0), False, False),
        ("articles/c1dx7ep0qz4o", "Indonesia delays move of civil servants to new capital Nusantara again",
         "The government says only 4,000 officials will relocate next year, blaming budget cuts.",
         dt(2026, 12, 1, 6, 18, 45), True, True),
        ("articles/cv2yy0n3p8ko", "Myanmar military extends emergency rule ahead of second phase of polls",
         "The junta says security conditions do not allow voting in more than 50 townships.",
         dt(2026, 12, 1, 3, 7, 9), True, True),
        ("articles/c9kkq1z2lemo", "Philippines and Vietnam sign coast guard pact over South China Sea",
         "The two countries agree to hold joint patrols and share information on Chinese vessels.",
         dt(2026, 11, 29, 11, 40, 58), True, True),
        ("articles/cz4e6mnd81wo", "K-pop group's comeback tour sells out in 40 seconds",
         "Fans in Seoul complained of crashed ticketing websites as the 12 dates sold out almost instantly",
         dt(2026, 11, 28, 8, 22, 3), True, False),
        ("articles/c7pwwq5ydx3o", "", "", None, False, False),
    ]
    items_xml, items = [], []
    for path, title, desc, d, story, rel in rows:
        link = f"{base}/{path}"
        pub = f"\n      <pubDate>{rfc822(d, gmt=True)}</pubDate>" if d else ""
        thumb = "" if not title else (
            f'\n      <media:thumbnail width="240" height="135" url="https://ichef.wbnimg.co.uk/ace/standard/240/{path.split("/")[-1]}.jpg"/>')
        items_xml.append(f"""    <item>
      <title>{cdata(title)}</title>
      <description>{cdata(desc)}</description>
      <link>{link}?at_medium=RSS&amp;at_campaign=rss</link>
      <guid isPermaLink="false">{link}#0</guid>{pub}{thumb}
    </item>""")
        junk = ["at_medium=RSS"]
        items.append(Item(key=f"{link}#0", title=title, published=d, authors=[], is_story=story,
                          relevant=rel, junk=junk))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet title="XSL_formatting" type="text/xsl" href="/shared/xsl/rss/nolsol.xsl"?>
<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
    <channel>
        <title>{cdata('WBN News - Asia')}</title>
        <description>{cdata('WBN News - Asia')}</description>
        <link>{base}/world/asia</link>
        <image>
            <url>https://news.wbnimg.co.uk/nol/shared/img/wbn_news_120x60.gif</url>
            <title>WBN News - Asia</title>
            <link>{base}/world/asia</link>
        </image>
        <generator>RSS for Node</generator>
        <lastBuildDate>Wed, 02 Dec 2026 23:05:41 GMT</lastBuildDate>
        <atom:link href="https://feeds.wbn.co.uk/news/world/asia/rss.xml" rel="self" type="application/rss+xml"/>
        <copyright>{cdata('Copyright: (C) Westmark Broadcasting Corporation, see https://www.wbn.co.uk/usingthewbn/terms-of-use/#15metadataandrssfeeds for terms and conditions of reuse.')}</copyright>
        <language>{cdata('en-gb')}</language>
        <ttl>15</ttl>
{chr(10).join(items_xml)}
    </channel>
</rss>
"""
    return Feed(name="en_gb_wbn_asia.rss.xml", text=text, encoding="utf-8",
                content_type="application/rss+xml",
                outlet_structure="BBC News regional feed (feeds.bbci.co.uk/news/world/asia/rss.xml)",
                language="en", outlet="WBN News", shape="rss2", topic="world", items=items,
                declared_encoding="UTF-8",
                notes="Empty item (no title, no text) and newsletter promo are non-stories; gallery 'In pictures' too.")


# --------------------------------------------------------------------------------------
# 3. US newspaper (NYT-style "X > World News"): dc:creator "A and B", media:credit
#    "Name for The ...", captions in media:description, copyright "... Company".
# --------------------------------------------------------------------------------------


def hudson() -> Feed:
    base = "https://www.hudsontimes.com"
    rows = [
        ("2026/12/02/world/middleeast/iran-iaea-inspections-roadmap.html",
         "Iran and U.N. Nuclear Agency Agree on Road Map to Resume Inspections",
         "The deal would let inspectors back into two enrichment sites by March, but diplomats said key questions about Iran’s stockpile were left unresolved.",
         "Farnaz Rahimi and Stephen Caldwell", ["Farnaz Rahimi", "Stephen Caldwell"],
         dt(2026, 12, 2, 15, 21, 44), "The I.A.E.A. director general, center, at a news conference in Vienna on Wednesday.",
         "Anja Reiter for The Hudson Times", True),
        ("2026/12/02/world/europe/greenland-nato-arctic-command.html",
         "Greenland Presses for a Seat at the Table as NATO Expands Arctic Command",
         "Greenland’s premier said decisions about bases on the island could no longer be made in Copenhagen and Brussels alone.",
         "Mette Lindqvist", ["Mette Lindqvist"],
         dt(2026, 12, 2, 10, 5, 0), "A radar dome at the Pituffik Space Base in northwestern Greenland.",
         "Ulrik Pedersen for The Hudson Times", True),
        ("2026/12/01/world/americas/haiti-un-security-council-vote.html",
         "U.N. Security Council Votes to Replace Kenyan-Led Force in Haiti",
         "The resolution creates a larger “gang suppression force” with its own budget, after months of disputes over funding.",
         "Jean-Robert Alcide and Farah Kassem", ["Jean-Robert Alcide", "Farah Kassem"],
         dt(2026, 12, 1, 22, 48, 3), "Members of the Security Council voted 12 to 0, with three abstentions.",
         "Maeve Dunleavy for The Hudson Times", True),
        ("2026/12/01/us/politics/supreme-court-voter-id-law.html",
         "Supreme Court Weighs Challenge to Georgia Voter ID Law",
         "Several justices appeared open to letting the state require photo identification for mail-in ballots.",
         "Adam Whitcombe", ["Adam Whitcombe"],
         dt(2026, 12, 1, 18, 30, 0), "The Supreme Court in Washington on Monday.",
         "Trent Hollis/The Hudson Times", False),
        ("2026/12/01/world/asia/north-korea-missile-test-japan.html",
         "North Korea Fires Ballistic Missile Into Sea Off Japan’s Coast",
         "It was the North’s first launch in three months. “Pyongyang is signaling that talks will happen on its timetable, not Washington’s,” said Jenny Park, a fellow at the Seoul Institute for Peace Studies.",
         "Choe Min-jae", ["Choe Min-jae"],
         dt(2026, 12, 1, 2, 12, 55), "A television in a Seoul railway station showed a file image of a North Korean missile launch.",
         "Seo Ji-hoon/Agence France-Presse — Getty Images", True),
        ("2026/11/30/briefing/thursday-briefing.html",
         "Your Thursday Briefing",
         "Plus, a nuclear deal with Iran and the best holiday cookies.",
         "Amelia Hart", ["Amelia Hart"],
         dt(2026, 11, 30, 22, 0, 0), "", "", False),
        ("2026/11/30/world/europe/france-budget-no-confidence.html",
         "French Government Survives No-Confidence Vote Over Budget, Barely",
         "The motion fell nine votes short, leaving the prime minister to push through spending cuts without a majority.",
         "Aurélien Breton and Claire Dumont", ["Aurélien Breton", "Claire Dumont"],
         dt(2026, 11, 30, 17, 14, 26), "The prime minister addressing the National Assembly in Paris on Monday.",
         "Arnaud Pellerin for The Hudson Times", True),
        ("2026/11/29/arts/music/vienna-opera-ball-tickets.html",
         "At the Vienna Opera Ball, a Waltz With Tradition (and a $30,000 Box)",
         "The annual society event has become a showcase of Austria’s old money and new.",
         "Hugo Brandl", ["Hugo Brandl"],
         dt(2026, 11, 29, 9, 0, 0), "Debutantes rehearsing at the Vienna State Opera.",
         "Bence Kardos for The Hudson Times", False),
        ("2026/11/28/world/africa/sudan-el-fasher-aid-convoy.html",
         "Aid Convoy Reaches Sudan’s El Fasher for First Time in Six Months",
         "U.N. officials said the 22 trucks carried food for about 40,000 people, a fraction of what is needed.",
         "Declan Mbeki", ["Declan Mbeki"],
         dt(2026, 11, 28, 13, 41, 7), "Trucks of the World Food Program waiting at the Chad-Sudan border.",
         "Samira Haddou/Reuters", True),
        ("2026/11/28/technology/ai-chip-export-controls-malaysia.html",
         "U.S. Tightens Rules on A.I. Chip Exports to Malaysia and Thailand",
         "The Commerce Department said the measures aimed to stop advanced processors from being diverted to China.",
         "Nina Sorensen and Kaito Mori", ["Nina Sorensen", "Kaito Mori"],
         dt(2026, 11, 28, 11, 2, 0), "A data center under construction in Johor, Malaysia.",
         "Faizal Rahman for The Hudson Times", True),
    ]
    items_xml, items = [], []
    for path, title, desc, creator, authors, d, caption, credit, rel in rows:
        link = f"{base}/{path}"
        media = ""
        if caption:
            media = f"""
      <media:content height="1800" medium="image" url="https://static01.hudsontimes.com/images/{d:%Y/%m/%d}/multimedia/{path.split('/')[-1][:-5]}-superJumbo.jpg" width="1800"/>
      <media:credit>{esc(credit)}</media:credit>
      <media:description>{esc(caption)}</media:description>"""
        items_xml.append(f"""    <item>
      <title>{esc(title)}</title>
      <link>{link}</link>
      <guid isPermaLink="true">{link}</guid>
      <atom:link href="{link}" rel="standout"/>
      <description>{esc(desc)}</description>
      <dc:creator>{esc(creator)}</dc:creator>
      <pubDate>{rfc822(d)}</pubDate>
      <category domain="http://www.hudsontimes.com/namespaces/keywords/nyt_geo">World</category>{media}
    </item>""")
        junk = [x for x in (caption, credit) if x]
        q = None
        if "Jenny Park" in desc:
            q = [{"speaker": "Jenny Park", "affiliation": "Seoul Institute for Peace Studies"}]
        items.append(Item(key=link, title=title, published=d, authors=authors,
                          is_story="briefing/" not in path, relevant=rel, junk=junk, quotes=q))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:nyt="http://www.hudsontimes.com/namespaces/rss/2.0" version="2.0">
  <channel>
    <title>HT &gt; World News</title>
    <link>{base}/section/world</link>
    <atom:link href="https://rss.hudsontimes.com/services/xml/rss/ht/World.xml" rel="self" type="application/rss+xml"/>
    <description></description>
    <language>en-us</language>
    <copyright>Copyright 2026 The Hudson Times Company</copyright>
    <lastBuildDate>Wed, 02 Dec 2026 15:30:12 +0000</lastBuildDate>
    <pubDate>Wed, 02 Dec 2026 15:21:44 +0000</pubDate>
    <image>
      <title>HT &gt; World News</title>
      <url>https://static01.hudsontimes.com/images/misc/HTLogo_rss.gif</url>
      <link>{base}/section/world</link>
    </image>
{chr(10).join(items_xml)}
  </channel>
</rss>
"""
    return Feed(name="en_us_hudson_world.rss.xml", outlet_aliases=["HT"], text=text, encoding="utf-8",
                content_type="application/xml",
                outlet_structure="New York Times section feed (rss.nytimes.com/services/xml/rss/nyt/World.xml)",
                language="en", outlet="The Hudson Times", shape="rss2", topic="world", items=items,
                declared_encoding="UTF-8",
                notes="Channel title is the abbreviation plus section ('HT > World News'); the outlet's full name is only in <copyright> ('The Hudson Times Company'). Either 'The Hudson Times' or 'HT' is acceptable as outlet; 'The Hudson Times Company' is not.")


# --------------------------------------------------------------------------------------
# 4. Indian daily (Times of India-style): HTML in titles (webrupee span), numeric entity
#    without '&', <img> first in description, descriptions without final stop,
#    12-hour clock with seconds, agencies and desk names in dc:creator.
# --------------------------------------------------------------------------------------


def deccan() -> Feed:
    base = "https://deccanmirror.in"
    ist = 5.5
    rows = [
        ("india/india-china-wmcc-talks-border-patrolling/articleshow/125001101.cms",
         "India, China agree to expand patrolling arrangements at two more friction points",
         "India, China agree to expand patrolling arrangements at two more friction points",
         "The 34th meeting of the Working Mechanism for Consultation and Coordination on border affairs was held in Beijing, the MEA said on Wednesday, adding that both sides agreed to keep up the momentum of talks",
         "PTI", [], dt(2026, 12, 2, 14, 2, 33, ist), True),
        ("business/india-business/adani-port-deal/articleshow/125001187.cms",
         "Port operator wins &lt;span class='webrupee'&gt;₹&lt;/span&gt;4,000 crore contract for Vizhinjam expansion",
         "Port operator wins ₹4,000 crore contract for Vizhinjam expansion",
         "The contract covers a second berth and a rail link, the company said in a stock exchange filing",
         "Rohan Mehta", ["Rohan Mehta"], dt(2026, 12, 2, 11, 48, 5, ist), False),
        ("world/middle-east/jaishankar-riyadh-visit-gulf-corridor/articleshow/125001212.cms",
         "EAM in Riyadh to push India#8211;Middle East corridor as Red Sea shipping stays disrupted",
         "EAM in Riyadh to push India–Middle East corridor as Red Sea shipping stays disrupted",
         "External affairs minister held talks with his Saudi counterpart on the India-Middle East-Europe Economic Corridor.He also met Indian community leaders in the capital",
         "Vikram Sethi", ["Vikram Sethi"], dt(2026, 12, 2, 9, 15, 0, ist), True),
        ("sports/cricket/india-vs-south-africa-3rd-odi/articleshow/125001240.cms",
         "India vs South Africa 3rd ODI: Raghav#8217;s four-for seals series",
         "India vs South Africa 3rd ODI: Raghav’s four-for seals series",
         "India won the three-match series 2-1 after bowling out the visitors for 211 in Visakhapatnam",
         "DM Sports Desk", [], dt(2026, 12, 1, 22, 31, 12, ist), False),
        ("india/bihar-assembly-results-coalition-majority/articleshow/125001266.cms",
         "Bihar results: Ruling coalition retains majority, opposition alleges EVM tampering",
         "Bihar results: Ruling coalition retains majority, opposition alleges EVM tampering",
         "The alliance won 131 of 243 seats, according to the Election Commission, while the opposition said it would approach the Supreme Court",
         "Staff Reporter", [], dt(2026, 12, 1, 20, 4, 41, ist), True),
        ("world/south-asia/sri-lanka-imf-review-cyclone/articleshow/125001301.cms",
         "IMF clears next tranche for Sri Lanka after cyclone damage review",
         "IMF clears next tranche for Sri Lanka after cyclone damage review",
         "The IMF board approved about $350 million for Sri Lanka.On 26 November the government had asked for the review to be brought forward after Cyclone Ditwah damaged roads and paddy fields",
         "Agencies", [], dt(2026, 12, 1, 8, 0, 2, ist), True),
        ("city/mumbai/metro-line-3-ridership/articleshow/125001322.cms",
         "Mumbai Metro Line 3 crosses 2 lakh daily riders for first time",
         "Mumbai Metro Line 3 crosses 2 lakh daily riders for first time",
         "The underground line between Aarey and Cuffe Parade recorded 2.07 lakh passengers on Monday",
         "Nikhil Deshmane", ["Nikhil Deshmane"], dt(2026, 11, 30, 12, 30, 30, ist), False),
        ("world/pakistan/pakistan-afghanistan-torkham-closure/articleshow/125001340.cms",
         "Pakistan shuts Torkham crossing again after clashes with Afghan forces",
         "Pakistan shuts Torkham crossing again after clashes with Afghan forces",
         "Trade between the two countries came to a halt as hundreds of trucks were stranded on both sides of the border",
         "Aamir Lodhi", ["Aamir Lodhi"], dt(2026, 11, 30, 0, 45, 59, ist), True),
        ("entertainment/hindi/box-office-weekend/articleshow/125001371.cms",
         "Box office: Period drama crosses &lt;span class='webrupee'&gt;₹&lt;/span&gt;300 crore in 10 days",
         "Box office: Period drama crosses ₹300 crore in 10 days",
         "The film, made on a budget of about Rs 180 crore, is the year#8217;s third-biggest grosser",
         "DMEntertainment.in", [], dt(2026, 11, 29, 16, 10, 10, ist), False),
    ]
    items_xml, items = [], []
    for path, title_raw, title, desc, creator, authors, d, rel in rows:
        link = f"{base}/{path}"
        img = f'<a href="{link}"><img border="0" hspace="10" align="left" style="margin-top:3px;margin-right:5px;" src="https://static.deccanmirror.in/thumb/msid-{path[-14:-5]},width-400,resizemode-4/photo.jpg" /></a>'
        items_xml.append(f"""<item>
<title>{title_raw}</title>
<description>{cdata(img + desc)}</description>
<link>{link}</link>
<guid>{link}</guid>
<dc:creator>{esc(creator)}</dc:creator>
<pubDate>{rfc822(d, h12=True)}</pubDate>
</item>""")
        junk = ["webrupee", "<span", "#8217;", "#8211;", "<img", "resizemode"]
        items.append(Item(key=link, title=title, published=d, authors=authors, relevant=rel, junk=junk,
                          note="pubDate uses a 12-hour clock with seconds" if d.hour >= 12 else None))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">
<channel>
<title>Deccan Mirror: Top stories</title>
<link>{base}</link>
<description>Deccan Mirror: India's independent daily since 1952</description>
<language>en-gb</language>
<copyright>Copyright: (C) 2026 Bennett Coleridge &amp; Co. Ltd, https://deccanmirror.in/termsandcondition</copyright>
<lastBuildDate>Wed, 02 Dec 2026 02:10:00 PM +0530</lastBuildDate>
<image>
<url>https://static.deccanmirror.in/photo/logo.cms</url>
<title>Deccan Mirror</title>
<link>{base}</link>
</image>
{chr(10).join(items_xml)}
</channel>
</rss>
"""
    return Feed(name="en_in_deccanmirror_top.rss.xml", text=text, encoding="utf-8",
                content_type="text/xml;charset=UTF-8",
                outlet_structure="Times of India top-stories feed (timesofindia.indiatimes.com/rssfeedstopstories.cms)",
                language="en", outlet="Deccan Mirror", shape="rss2", topic="mixed", items=items,
                declared_encoding="UTF-8")


FEEDS = [ledger, westmark, hudson, deccan]
