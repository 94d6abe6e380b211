# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the third held-out set: Washington Post world (Arc XP outbound feed),
a Straits Times-style Drupal feed, ABC Australia, a Premium Times-style WordPress feed,
a Ghost newsletter and a Mastodon account feed."""
from lib import Feed, cdata, dt, esc, rfc822
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, it, q, rss


def potomac() -> Feed:
    base = "https://www.potomacherald.com/world"
    rows = [
        ("2026/12/02/sudan-darfur-aid-convoy-attack/", "Aid convoy attacked in Darfur as famine warnings grow",
         "A U.N. convoy carrying food to El Fasher came under fire, killing two drivers, officials said.", ["Amara Okafor", "Daniel Reyes"], dt(2026, 12, 2, 18, 40, 12), True, True, None),
        ("2026/12/02/germany-coalition-budget-deal/", "German coalition strikes late-night budget deal, averting collapse",
         "\u201cWe have a budget, and we have a government,\u201d Finance Minister Jonas Albrecht told reporters after 14 hours of talks.", ["Kate Brenner"], dt(2026, 12, 2, 9, 5, 0), True, True, [q("Jonas Albrecht", "Finance Minister")]),
        ("2026/12/01/china-taiwan-drills-analysis/", "Analysis: What China\u2019s latest drills around Taiwan reveal",
         "The exercises were shorter but closer to shore than last year\u2019s, analysts say.", ["Lily Zhou", "Mark Feld", "Sanjay Patel"], dt(2026, 12, 1, 22, 0, 0), True, True, None),
        ("2026/12/01/world-cup-draw-2030-venues/", "World Cup 2030 organizers unveil final list of venues",
         "Six stadiums in three countries will host matches.", [], dt(2026, 12, 1, 15, 30, 0), True, False, None),
        ("2026/11/30/today-s-worldview-newsletter/", "Today\u2019s WorldView: Sign up for our foreign affairs newsletter",
         "Get the day\u2019s biggest international stories in your inbox. Sign up now.", [], dt(2026, 11, 30, 12, 0, 0), False, False, None),
        ("2026/11/30/peru-president-impeachment-vote/", "Peru\u2019s Congress schedules impeachment vote against president",
         "Lawmakers will vote Thursday on a motion accusing President Elena Quispe of \u201cpermanent moral incapacity.\u201d", ["Associated Press"], dt(2026, 11, 30, 7, 20, 0), True, True, None),
        ("2026/11/29/photos-volcano-iceland-eruption/", "Photos: A new eruption lights up Iceland\u2019s Reykjanes Peninsula",
         "", ["Potomac Herald Staff"], dt(2026, 11, 29, 23, 10, 0), False, False, None),
    ]
    xs, items = [], []
    for path, title, desc, creators, d, story, rel, quotes in rows:
        link = f"{base}/{path}"
        cr = "".join(f"<dc:creator>{esc(c)}</dc:creator>" for c in creators)
        xs.append(f"""<item><title>{cdata(title)}</title><link>{link}</link><guid isPermaLink="true">{link}</guid>{cr}<description>{cdata(desc)}</description><pubDate>{rfc822(d.astimezone(dt(2026,1,1).tzinfo), gmt=True).replace('GMT', '+0000')}</pubDate><media:content url="https://www.potomacherald.com/resizer/v2/{path[:10].replace('/', '')}ABC.jpg?auth=9f2c&amp;width=1440" type="image/jpeg" medium="image" width="1440" height="960"><media:description type="plain">{esc(title)} (Reuters)</media:description><media:credit role="author" scheme="urn:ebu">Reuters</media:credit></media:content></item>""")
        people = [c for c in creators if c not in ("Associated Press", "Potomac Herald Staff")]
        note = "Arc XP outbound feed: one dc:creator per author." if len(people) > 1 else None
        items.append(it(link, title, d, people, story, rel, ["(Reuters)", "Reuters"], quotes, note))
    ch = f"""<title>{cdata('The Potomac Herald - World')}</title><link>https://www.potomacherald.com</link><atom:link href="https://www.potomacherald.com/arcio/rss/category/world/" rel="self" type="application/rss+xml"/><description>{cdata('The Potomac Herald World News')}</description><lastBuildDate>Wed, 02 Dec 2026 18:45:00 +0000</lastBuildDate><language>en</language><ttl>1</ttl><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency><copyright>© 1996-2026 The Potomac Herald Company LLC</copyright>"""
    text = rss(ch, xs, NS_ATOM + NS_DC + NS_CONTENT + NS_MEDIA + ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', "UTF-8").replace("\n", "")
    return Feed(name="en_us_potomacherald_world_arc.rss.xml", text=text, encoding="utf-8", content_type="application/rss+xml; charset=UTF-8",
                outlet_structure="Washington Post world RSS served by Arc XP outbound feeds (/arcio/rss/category/world/): single line, CDATA titles, one dc:creator per author, media:content with media:credit, sy: namespace",
                language="en", outlet="The Potomac Herald", shape="rss2", topic="world", items=items, declared_encoding="utf-8",
                notes="'The Potomac Herald Company LLC' is the company. 'Associated Press' and 'Potomac Herald Staff' creators are not people. Newsletter promo and photo gallery are not stories.")


def merlion() -> Feed:
    base = "https://www.merlionpost.sg"
    rows = [
        ("asia/se-asia/malaysia-unity-government-survives-confidence-vote", "Malaysia\u2019s unity government survives confidence vote", 310551,
         "<p>Prime Minister Hafiz Rahman won the support of 138 MPs in the 222-seat Parliament.</p>", "Nadia Yusof", dt(2026, 12, 2, 19, 12, 0, 8), True, True, None, None),
        ("asia/east-asia/japan-lower-house-passes-defence-budget", "Japan\u2019s Lower House passes record defence budget", 310548,
         "<p>The 9.4 trillion yen budget now goes to the Upper House. \u201cThis is the minimum we need,\u201d said Defence Minister Takeshi Morimoto.</p>", "Wen Li Tan", dt(2026, 12, 2, 16, 3, 0, 8), True, True, [q("Takeshi Morimoto", "Defence Minister")], None),
        ("singapore/hdb-resale-prices-q4", "HDB resale prices rise for 23rd straight quarter", 310540,
         "<p>Prices rose 1.2 per cent in the fourth quarter, flash estimates show.</p>", "Ong Bee Lian", dt(2026, 12, 2, 10, 0, 0, 8), True, False, None, None),
        ("world/europe/romania-presidential-runoff-result", "Romania elects pro-EU mayor as president in runoff", 310533,
         "<p>BUCHAREST \u2013 Romanians elected Bucharest mayor Andrei Ionescu as president on Dec 1, official results showed.</p><p><em>REUTERS</em></p>", "", dt(2026, 12, 1, 23, 40, 0, 8), True, True, None, None),
        ("multimedia/videos/st-explains-south-china-sea-code-of-conduct", "ST Explains: Why the South China Sea code of conduct keeps stalling", 310520,
         "<p>Watch the video.</p>", "Merlion Post Video", dt(2026, 12, 1, 18, 0, 0, 8), False, True, None, None),
        ("asia/south-asia/sri-lanka-cyclone-death-toll", "Sri Lanka cyclone death toll rises to 64", 310511,
         "<p>COLOMBO \u2013 Rescuers were still searching for 40 people missing after landslides.</p><p><em>AFP, REUTERS</em></p>", "", dt(2026, 12, 1, 9, 25, 0, 8), True, True, None, None),
        ("life/food/best-hawker-laksa-2026", "Where to find the best laksa in 2026", 310501,
         "<p>Our food critics ranked 20 stalls.</p>", "Ong Bee Lian and Farid Salleh", dt(2026, 11, 30, 12, 0, 0, 8), True, False, None, ["Ong Bee Lian", "Farid Salleh"]),
    ]
    xs, items = [], []
    for path, title, nid, desc, creator, d, story, rel, quotes, authors in rows:
        link = f"{base}/{path}"
        key = f"{nid} at {base}"
        xs.append(f"""  <item>
    <title>{esc(title)}</title>
    <link>{link}</link>
    <description>{esc(desc)}</description>
    <pubDate>{rfc822(d)}</pubDate>
    <dc:creator>{esc(creator)}</dc:creator>
    <guid isPermaLink="false">{key}</guid>
    <enclosure url="{base}/sites/default/files/articles/2026/12/02/{nid}.jpg" length="0" type="image/jpeg" />
  </item>""")
        auth = authors if authors is not None else ([creator] if creator and "Video" not in creator else [])
        items.append(it(key, title, d, auth, story, rel, ["REUTERS", "AFP, REUTERS", "Watch the video"], quotes))
    ch = f"""<title>The Merlion Post</title>
    <link>{base}/</link>
    <description>The Merlion Post - Latest news</description>
    <language>en</language>
    <atom:link href="{base}/news/asia/rss.xml" rel="self" type="application/rss+xml" />"""
    text = rss(ch, xs, ' xml:base="' + base + '/"' + NS_DC + NS_ATOM, "utf-8")
    return Feed(name="en_sg_merlionpost_asia_drupal.rss.xml", text=text, encoding="utf-8", content_type="application/rss+xml; charset=utf-8",
                outlet_structure="Straits Times-style Drupal views RSS (/news/asia/rss.xml): xml:base, guid 'NID at https://site', escaped <p> descriptions, agency credit paragraph '<em>REUTERS</em>', empty dc:creator on wire copy, enclosure length 0",
                language="en", outlet="The Merlion Post", shape="rss2", topic="world", items=items, declared_encoding="utf-8",
                notes="Agency credit paragraphs (REUTERS, AFP) are not summary text; 'Merlion Post Video' is a desk. Video explainer is not a story.")


def southerncross() -> Feed:
    base = "https://www.scbn.net.au/news"
    rows = [
        ("2026-12-03/pacific-islands-forum-climate-finance/105012345", "Pacific leaders demand climate finance overhaul at forum in Suva",
         "Leaders say they are tired of waiting years for money that was promised.", ["Harriet Lowe", "Tom Baxter"], "Harriet Lowe and Tom Baxter", dt(2026, 12, 3, 6, 12, 0, 11), True, True, None),
        ("2026-12-03/indonesia-new-capital-relocation-delay/105012301", "Indonesia delays move to new capital again",
         "Jakarta will remain the seat of government until at least 2029, a minister says. \"We will not rush this,\" Planning Minister Dewi Larasati said.", ["Pacific affairs reporter Sam Whitfield"], "Pacific affairs reporter Sam Whitfield", dt(2026, 12, 3, 4, 0, 0, 11), True, True, [q("Dewi Larasati", "Planning Minister")]),
        ("2026-12-02/cricket-ashes-second-test-day-three-live/105011999", "Live: Ashes second Test, day three",
         "Follow all the action from the Gabba.", [], "SCBN Sport", dt(2026, 12, 2, 23, 30, 0, 11), False, False, None),
        ("2026-12-02/nz-coalition-referendum-treaty-bill/105011950", "New Zealand coalition splits over Treaty referendum bill",
         "The bill failed its second reading after one coalition partner voted against it.", ["Aroha Ngata"], "Aroha Ngata", dt(2026, 12, 2, 18, 45, 0, 11), True, True, None),
        ("2026-12-02/rba-rates-decision-december/105011902", "RBA holds cash rate at 3.35 per cent",
         "Markets had priced in a hold.", ["Business reporter Ellie Grant"], "Business reporter Ellie Grant", dt(2026, 12, 2, 14, 30, 0, 11), True, False, None),
        ("2026-12-02/png-bougainville-independence-talks/105011877", "PNG and Bougainville agree timetable for independence talks",
         "Wire: Talks will resume in March. AAP/Reuters", [], "wires", dt(2026, 12, 2, 9, 0, 0, 11), True, True, None),
    ]
    xs, items = [], []
    for path, title, desc, authors, creator, d, story, rel, quotes in rows:
        link = f"{base}/{path}"
        xs.append(f"""<item>
<title>{esc(title)}</title>
<link>{link}</link>
<description>{cdata(desc)}</description>
<pubDate>{rfc822(d)}</pubDate>
<guid isPermaLink="false">{path.rsplit('/', 1)[1]}</guid>
<dc:creator>{esc(creator)}</dc:creator>
<category>World</category>
<media:group><media:content url="https://live-production.wcms.scbn-cdn.net.au/{path[-9:]}?width=1024" medium="image" type="image/jpeg" width="1024" height="576"/><media:thumbnail url="https://live-production.wcms.scbn-cdn.net.au/{path[-9:]}?width=300" width="300" height="169"/></media:group>
</item>""")
        clean = [a.replace("Pacific affairs reporter ", "").replace("Business reporter ", "") for a in authors]
        items.append(it(path.rsplit('/', 1)[1], title, d, clean, story, rel, ["AAP/Reuters", "Wire:"], quotes))
    ch = f"""<title>Just In</title>
<link>{base}/justin</link>
<description>SCBN News - Just In</description>
<language>en-AU</language>
<copyright>Copyright 2026, Southern Cross Broadcasting Network</copyright>
<image><url>https://www.scbn.net.au/news/image/scbn-news-logo.png</url><title>Southern Cross Broadcasting News</title><link>{base}/justin</link></image>"""
    text = rss(ch, xs, NS_MEDIA + NS_DC, "UTF-8")
    return Feed(name="en_au_scbn_justin.rss.xml", text=text, encoding="utf-8", content_type="application/rss+xml",
                outlet_structure="ABC News (Australia) 'Just In' RSS (abc.net.au/news/feed/51120/rss.xml): channel title 'Just In' (a section, the outlet only in <image><title>), dc:creator 'A and B' and 'Role reporter Name', numeric non-permalink guids, media:group, +1100 dates",
                language="en", outlet="Southern Cross Broadcasting News", shape="rss2", topic="world", items=items, declared_encoding="utf-8",
                outlet_aliases=["SCBN News"],
                notes="The channel title 'Just In' is a section. Job descriptions before names ('Business reporter Ellie Grant') are not part of the name. 'SCBN Sport' and 'wires' are not people. Live blog is not a story.")


def lagoon() -> Feed:
    base = "https://www.lagoontimesng.com"
    rows = [
        ("news/headlines/712345-ecowas-summit-abuja-sahel-states.html", 712345, "ECOWAS summit: Leaders set deadline for Sahel states\u2019 return",
         "<p>West African leaders on Sunday gave the three Sahel juntas until June to agree a timetable for elections. &#8220;The door remains open,&#8221; said the ECOWAS Commission President, Omar Diallo.</p>", "Chinedu Okeke", ["Chinedu Okeke"], dt(2026, 11, 29, 19, 10, 0, 1), True, True, [q("Omar Diallo", "ECOWAS Commission President")]),
        ("news/top-news/712330-senate-confirms-ambassadors.html", 712330, "Senate confirms 18 ambassadorial nominees",
         "<p>The Senate on Tuesday confirmed 18 of the 22 nominees for ambassadorial posts [&#8230;]</p>", "Agency Report", [], dt(2026, 12, 1, 17, 45, 0, 1), True, True, None),
        ("news/more-news/712301-ghana-cedi-reforms.html", 712301, "Ghana unveils reforms to stabilise cedi",
         "<p>Ghana&#8217;s central bank announced new foreign exchange rules on Monday, NAN reports. [&#8230;]</p>", "Ikenna Obi and Folake Adeyemi", ["Ikenna Obi", "Folake Adeyemi"], dt(2026, 12, 1, 11, 0, 0, 1), True, True, None),
        ("sports/football/712290-super-eagles-afcon-squad.html", 712290, "Super Eagles coach names AFCON squad",
         "<p>The coach named 26 players for the tournament in Morocco. [&#8230;]</p>", "Premium Sports", [], dt(2026, 11, 30, 20, 0, 0, 1), True, False, None),
        ("promoted/712280-fintech-summit-lagos.html", 712280, "Fintech leaders gather in Lagos for 2026 summit",
         "<p>SPONSORED: Register now for the biggest fintech event of the year. [&#8230;]</p>", "Lagoon Times", [], dt(2026, 11, 30, 9, 0, 0, 1), False, False, None),
        ("news/africa/712270-cameroon-anglophone-talks.html", 712270, "Cameroon: Government, separatists hold first talks in Switzerland",
         "<p>Representatives met in Geneva under Swiss mediation, a joint statement said. [&#8230;]</p>", "Abdulkareem Musa", ["Abdulkareem Musa"], dt(2026, 11, 29, 8, 30, 0, 1), True, True, None),
        ("opinion/712260-were-we-ever-ready-for-democracy-by-kunle-ademola.html", 712260, "Were we ever ready for democracy? By Kunle Ademola",
         "<p>Twenty-seven years after the return to civilian rule, the question remains open. [&#8230;]</p>", "Guest Writer", ["Kunle Ademola"], dt(2026, 11, 28, 7, 0, 0, 1), True, True, None),
    ]
    xs, items = [], []
    for path, pid, title, desc, creator, authors, d, story, rel, quotes in rows:
        link = f"{base}/{path}"
        t_ent = title.replace("\u2019", "&#8217;").replace("&", "&amp;") if "&" in title else title.replace("\u2019", "&#8217;")
        body = desc + f"<p>The post <a href=\"{link}\">{t_ent}</a> appeared first on <a href=\"{base}\">Lagoon Times Nigeria</a>.</p>"
        xs.append(f"""		<item>
		<title>{t_ent}</title>
		<link>{link}</link>
		<dc:creator><![CDATA[{creator}]]></dc:creator>
		<pubDate>{rfc822(d)}</pubDate>
		<category><![CDATA[Headlines]]></category>
		<guid isPermaLink="false">{base}/?p={pid}</guid>
		<description><![CDATA[{body}]]></description>
		</item>""")
        note = "Title label 'By Kunle Ademola' may be kept or dropped; the byline lives in the title." if "Ademola" in title else None
        exp_title = title
        items.append(it(f"{base}/?p={pid}", exp_title, d, authors, story, rel, ["appeared first on", "[\u2026]", "NAN reports", "SPONSORED"], quotes, note))
    ch = f"""	<title>Lagoon Times Nigeria</title>
	<atom:link href="{base}/feed" rel="self" type="application/rss+xml" />
	<link>{base}</link>
	<description>Nigeria&#039;s leading online newspaper, delivering breaking news and deep investigative reports</description>
	<lastBuildDate>Tue, 01 Dec 2026 17:50:02 +0000</lastBuildDate>
	<language>en-US</language>
	<generator>https://wordpress.org/?v=6.7.1</generator>"""
    text = rss(ch, xs, NS_CONTENT + ' xmlns:wfw="http://wellformedweb.org/CommentAPI/"' + NS_DC + NS_ATOM + ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', "UTF-8")
    return Feed(name="en_ng_lagoontimes_wordpress.rss.xml", text=text, encoding="utf-8", content_type="application/rss+xml; charset=UTF-8",
                outlet_structure="Premium Times Nigeria-style WordPress feed (/feed): ?p= guids, CDATA excerpts with [&#8230;], 'The post … appeared first on …' trailer, dc:creator 'Agency Report'/'Guest Writer', 'Title By Author' opinion headlines, entity apostrophes in titles",
                language="en", outlet="Lagoon Times Nigeria", shape="rss2", topic="world", items=items, declared_encoding="utf-8",
                notes="Items are deliberately not in date order. 'Agency Report', 'Premium Sports', 'Guest Writer' and the outlet are not people; the opinion piece's author is in its title. Sponsored event promo is not a story.")


def dispatchroom() -> Feed:
    base = "https://dispatchroom.news"
    rows = [
        ("the-quiet-collapse-of-the-minsk-format", "67a1f0c2e4b0a1001b2c3d41", "The quiet collapse of the OSCE\u2019s last mediation channel",
         "<p>For two decades the group met every month. This autumn, it simply stopped.</p><p>\u201cNobody announced it, because nobody wanted to own it,\u201d a senior OSCE diplomat, Ingrid Solberg, told me.</p>", ["Peter Lindqvist"], dt(2026, 12, 2, 14, 0, 0), True, True, [q("Ingrid Solberg", "OSCE")]),
        ("weekly-briefing-48", "67a1f0c2e4b0a1001b2c3d40", "Weekly briefing: Georgia, Niger, and the Arctic Council",
         "<p>Three stories you may have missed this week, and what they mean.</p><p>Georgia\u2019s parliament passed the second reading of the media law. Niger expelled two more diplomats. The Arctic Council resumed working groups.</p>", ["Peter Lindqvist", "Maya Osei"], dt(2026, 11, 28, 16, 0, 0), True, True, None),
        ("members-only-ama-december", "67a1f0c2e4b0a1001b2c3d3f", "Members: join our December AMA",
         "<p>Paid members can submit questions for Thursday\u2019s live session. Upgrade your subscription to join.</p>", ["Dispatch Room"], dt(2026, 11, 27, 10, 0, 0), False, False, None),
        ("why-the-panama-canal-drought-matters-again", "67a1f0c2e4b0a1001b2c3d3e", "Why the Panama Canal drought matters again",
         "<p>Water levels at Gat\u00fan Lake are at a seven-year low, and shipping lines are rerouting.</p>", ["Maya Osei"], dt(2026, 11, 25, 13, 30, 0), True, True, None),
        ("reading-list-books-of-the-year", "67a1f0c2e4b0a1001b2c3d3d", "Our books of the year",
         "<p>Ten books on geopolitics we could not put down.</p>", ["Peter Lindqvist", "Maya Osei"], dt(2026, 11, 22, 9, 0, 0), True, False, None),
        ("interview-the-envoy-who-said-no", "67a1f0c2e4b0a1001b2c3d3c", "Interview: the envoy who said no",
         "<p>Former UN envoy Rashid Karimi on why he resigned over the Yemen talks.</p><p>\u201cI would not sign a text I knew was a fiction,\u201d Karimi said.</p>", ["Maya Osei"], dt(2026, 11, 20, 12, 0, 0), True, True, [q("Rashid Karimi", "former UN envoy")]),
    ]
    xs, items = [], []
    for slug, gid, title, html, authors, d, story, rel, quotes in rows:
        link = f"{base}/{slug}/"
        cr = "".join(f"<dc:creator><![CDATA[{a}]]></dc:creator>" for a in authors)
        excerpt = html.split("</p>")[0].replace("<p>", "")
        xs.append(f"""<item><title><![CDATA[{title}]]></title><description><![CDATA[{excerpt}]]></description><link>{link}</link><guid isPermaLink="false">{gid}</guid><category><![CDATA[Analysis]]></category>{cr}<pubDate>{rfc822(d, gmt=True)}</pubDate><media:content url="{base}/content/images/2026/12/{slug[:12]}.jpg" medium="image"/><content:encoded><![CDATA[<img src="{base}/content/images/2026/12/{slug[:12]}.jpg" alt="{title}"><p><em>Photo: Getty Images</em></p>{html}<hr><p><a href="{base}/#/portal/signup">Subscribe to The Dispatch Room</a> to get every issue.</p>]]></content:encoded></item>""")
        people = [a for a in authors if a != "Dispatch Room"]
        items.append(it(gid, title, d, people, story, rel, ["Photo: Getty Images", "Subscribe to The Dispatch Room", "Upgrade your subscription"] if story else [], quotes))
    ch = f"""<title><![CDATA[The Dispatch Room]]></title><description><![CDATA[Foreign affairs, explained twice a week.]]></description><link>{base}/</link><image><url>{base}/favicon.png</url><title>The Dispatch Room</title><link>{base}/</link></image><generator>Ghost 5.101</generator><lastBuildDate>Wed, 02 Dec 2026 14:05:11 GMT</lastBuildDate><atom:link href="{base}/rss/" rel="self" type="application/rss+xml"/><ttl>60</ttl>"""
    text = rss(ch, xs, NS_DC + NS_CONTENT + NS_ATOM + NS_MEDIA, "UTF-8").replace("\n", "")
    return Feed(name="en_ghost_dispatchroom.rss.xml", text=text, encoding="utf-8", content_type="application/rss+xml; charset=utf-8",
                outlet_structure="Ghost 5 newsletter site RSS (/rss/): single line, CDATA everywhere, 24-hex object-id guids, one dc:creator per author, content:encoded opening with a feature image and italic photo credit, portal signup trailer",
                language="en", outlet="The Dispatch Room", shape="rss2", topic="world", items=items, declared_encoding="utf-8",
                notes="The publication name as dc:creator is not a person. Members-only event promo is not a story.")


def mastodon() -> Feed:
    base = "https://social.pressnet.example/@ritavalk"
    rows = [
        ("113612345678901234", "<p>New from me: Estonia\u2019s parliament votes to strip Russian citizens of the right to vote in local elections. 79 votes to 12. <a href=\"https://balticherald.example/politics/2026/12/02/vote\" rel=\"nofollow noopener\" target=\"_blank\"><span class=\"invisible\">https://</span><span class=\"ellipsis\">balticherald.example/politics/</span><span class=\"invisible\">2026/12/02/vote</span></a></p>", dt(2026, 12, 2, 15, 20, 11), True, True),
        ("113612001122334455", "<p><span class=\"h-card\"><a href=\"https://social.pressnet.example/@jonas\" class=\"u-url mention\">@<span>jonas</span></a></span> thanks, fixed the typo!</p>", dt(2026, 12, 2, 11, 2, 0), False, False),
        ("113611887766554433", "<p>Snow in Tallinn. Finally. <a href=\"https://social.pressnet.example/tags/winter\" class=\"mention hashtag\" rel=\"tag\">#<span>winter</span></a></p>", dt(2026, 12, 1, 19, 40, 0), False, False),
        ("113611500000000001", "<p>BREAKING: Latvian government resigns after coalition partner quits over budget, PM says at press conference in Riga.</p>", dt(2026, 12, 1, 13, 5, 0), True, True),
        ("113610999999999999", "<p>I\u2019ll be on a panel about Baltic media at 18:00 tomorrow. Stream link in my bio.</p>", dt(2026, 11, 30, 16, 0, 0), False, False),
        ("113610123456789012", "<p>Thread \U0001f9f5 on what the Nord Pool price spike means for households, 1/5</p>", dt(2026, 11, 30, 9, 30, 0), False, False),
    ]
    xs, items = [], []
    for sid, html, d, story, rel in rows:
        link = f"{base}/{sid}"
        xs.append(f"""    <item>
      <guid isPermaLink="true">{link}</guid>
      <link>{link}</link>
      <pubDate>{rfc822(d)}</pubDate>
      <description>{esc(html)}</description>
    </item>""")
        items.append(it(link, "", d, [], story, rel, ["<span", "invisible"], None,
                        "Mastodon items have no title; any short headline drawn from the post is fine." if story else None))
    ch = f"""    <title>Rita Valk</title>
    <description>Public posts from @ritavalk@social.pressnet.example</description>
    <link>{base}</link>
    <image><url>https://files.social.pressnet.example/accounts/avatars/000/123/456/original/a1b2.png</url><title>Rita Valk</title><link>{base}</link></image>
    <lastBuildDate>{rfc822(dt(2026, 12, 2, 15, 20, 11))}</lastBuildDate>
    <webfeeds:icon>https://files.social.pressnet.example/accounts/avatars/000/123/456/original/a1b2.png</webfeeds:icon>
    <generator>Mastodon v4.3.2</generator>"""
    text = rss(ch, xs, ' xmlns:webfeeds="http://webfeeds.org/rss/1.0"' + NS_MEDIA, "UTF-8")
    return Feed(name="en_mastodon_ritavalk.rss.xml", text=text, encoding="utf-8", content_type="application/rss+xml; charset=utf-8",
                outlet_structure="Mastodon account RSS (/@user.rss, v4): no <title> on items, HTML descriptions with invisible/ellipsis link spans, mentions and hashtags, replies, webfeeds namespace",
                language="en", outlet="Rita Valk", shape="rss2", topic="world", items=items, declared_encoding="utf-8",
                outlet_aliases=["@ritavalk@social.pressnet.example"],
                notes="A Baltic correspondent's social account: two posts report news, the others are replies, chat, event plugs and a thread opener. The account holder is the outlet, not an author.")


FEEDS = [potomac, merlion, southerncross, lagoon, dispatchroom, mastodon]
