# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English world desks of the forty-fourth held-out set (part 1: a Pennsylvania daily on
WordPress 3.1 in 2011, a Manchester daily on Escenic in 2013, a California daily on Drupal 7 in
2015, a Johannesburg daily on WordPress VIP in 2017). All outlets, people and quotations are
invented."""
from h44 import S, cd, d, esc, feed, newest_first, rfc822, utc0, wpt


# ---------------------------------------------------------------- Harrisburg daily, WordPress 3.1 (April 2011)
def susquehanna():
    base = "http://www.susquehannaledger.example"
    specs = [
        S("japan-raises-fukushima-crisis-to-highest-level", "Japan raises Fukushima crisis to highest severity level", d(2011, 4, 12, 9, 41, 0, -4), "Marjorie Keller", ["Marjorie Keller"],
          ["TOKYO &#8212; Japan&#8217;s nuclear regulator on Tuesday raised the severity rating of the Fukushima Daiichi accident to 7, the top of the international scale, putting it on a par with Chernobyl.",
           "Officials stressed that the total amount of radiation released so far was about a tenth of that from the 1986 disaster.",
           "&#8220;The number changes how the world talks about Fukushima, not what is happening at the plant today,&#8221; said Dale Whitcomb, a nuclear engineer at Penn Valley University who worked at the Three Mile Island site in the 1980s.",
           "Marjorie Keller is a Ledger staff writer. Wire services contributed to this report."],
          quotes=[("Dale Whitcomb", "Penn Valley University")], junk=["Continue reading", "Wire services contributed"],
          note="WordPress 3.1 item: excerpt in description ends ' [...]' (the pre-3.3 ASCII form) plus a 'Continue reading' link; dc:creator without CDATA. The tagline 'Name is a Ledger staff writer.' ends the body. Relevant."),
        S("nato-strikes-hit-tripoli-as-rebels-hold-misrata", "NATO strikes hit Tripoli as rebels hold on in Misrata", d(2011, 4, 11, 18, 5, 0, -4), "Thomas Reinholt", ["Thomas Reinholt", "Aisha Benmoussa"],
          ["By Thomas Reinholt and Aisha Benmoussa",
           "BENGHAZI, Libya &#8212; Explosions shook Tripoli late Monday as NATO aircraft struck what the alliance called command sites, while rebel fighters in the besieged port of Misrata said they had pushed government forces back from the city centre.",
           "An African Union delegation left Benghazi without agreement after rebel leaders rejected a ceasefire plan that did not require Moammar Gadhafi to step down.",
           "&#8220;Nobody here will sign a paper that leaves the same people in charge,&#8221; said Salem Bukhatwa, a member of the rebels&#8217; local council in Benghazi."],
          quotes=[("Salem Bukhatwa", "rebels' local council in Benghazi")], junk=["Continue reading"],
          note="Co-Authors Plus without its feed filter: dc:creator carries only the first co-author, the body's 'By A and B' line names both. Both expected; ['Thomas Reinholt'] alone is incomplete. Relevant."),
        S("ivory-coast-gbagbo-arrested-in-abidjan", "Ivory Coast: Gbagbo arrested after weeks of fighting in Abidjan", d(2011, 4, 11, 13, 30, 0, -4), "The Associated Press", [],
          ["ABIDJAN, Ivory Coast (AP) &#8212; Forces loyal to Ivory Coast&#8217;s internationally recognised president arrested the incumbent who refused to cede power on Monday, ending a four-month standoff that killed hundreds and displaced up to a million people.",
           "French armoured vehicles were seen near the residence before the arrest, though Paris said its troops did not enter the compound."],
          junk=["(AP)", "Continue reading"],
          note="Agency copy: dc:creator 'The Associated Press' is not a person, [] expected; the '(AP)' dateline tag is noise. Relevant."),
        S("shutdown-averted-what-it-means-for-central-pa", "Shutdown averted: What the budget deal means for central Pa.", d(2011, 4, 9, 11, 15, 0, -4), "Jill Ostrowski", ["Jill Ostrowski"],
          ["Federal workers at the New Cumberland depot and Fort Indiantown Gap will report to work Monday after Congress and the White House reached a last-minute budget deal late Friday.",
           "&#8220;We had people asking whether to fill up their tanks for a long weekend at home,&#8221; said Rosa Delgado-Hartz, who heads a federal employees&#8217; union local in Cumberland County."],
          rel=False, quotes=[("Rosa Delgado-Hartz", "federal employees' union local in Cumberland County")], junk=["Continue reading"],
          note="Filed under 'Nation, World' but it is US budget politics with a local angle: a story, not relevant."),
        S("local-syrian-americans-rally-at-capitol", "Syrian-Americans rally at state Capitol in support of protesters", d(2011, 4, 9, 17, 40, 0, -4), "Ledger staff", [],
          ["About 150 people, many of them members of Harrisburg&#8217;s Syrian-American community, gathered on the Capitol steps Saturday to support the protests that have spread across Syria in the past month.",
           "Several said they had not been able to reach relatives in Daraa for more than a week."],
          rel=False, junk=["Continue reading"],
          note="A local rally in the home city about a foreign uprising: a story, but city news, not relevant (a careful editor would not put it in a world digest). 'Ledger staff' is a staff credit: []."),
        S("photos-london-prepares-for-royal-wedding", "PHOTOS: London prepares for the royal wedding", d(2011, 4, 10, 8, 0, 0, -4), "Photo staff", [],
          ["[gallery link=&#8221;file&#8221; columns=&#8221;3&#8243;]"],
          story=False, rel=False,
          note="Photo gallery whose body is an unrendered [gallery] shortcode (texturized quotes): not a story. Title label 'PHOTOS:' may be kept or dropped."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        pid = 88412 - i * 37
        url = f"{base}/{s['w'].strftime('%Y/%m/%d')}/{s['k']}/"
        first = s["paras"][0] if not s["paras"][0].startswith("By ") else s["paras"][1]
        excerpt = first[:160].rsplit(" ", 1)[0] + " [...]"
        cats = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in (["Nation, World"] if not s["rel"] else ["World"]) + (["Photos"] if not s["story"] else []))
        body = s.html() + f'<p><a href="{url}">Continue reading &rarr;</a></p>'.replace("&rarr;", "&#8594;")
        rows.append(f"\t<item>\n\t\t<title>{wpt(s['title'])}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#comments</comments>\n\t\t<pubDate>{utc0(s['w'])}</pubDate>\n"
                    f"\t\t<dc:creator>{s['by']}</dc:creator>\n{cats[1:]}\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
                    f"\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t<slash:comments>{i % 3 * 4}</slash:comments>\n\t</item>")
        items.append(s.exp(f"{base}/?p={pid}"))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f'\t<title>The Susquehanna Ledger &#187; World</title>\n\t<atom:link href="{base}/category/world/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f'\t<description>Central Pennsylvania&#039;s news source</description>\n\t<lastBuildDate>{utc0(d(2011, 4, 12, 9, 44, 0, -4))}</lastBuildDate>\n\n\t<language>en</language>\n'
            '\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t<sy:updateFrequency>1</sy:updateFrequency>\n\t<generator>http://wordpress.org/?v=3.1.3</generator>\n'
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_us_susquehannaledger_world_wp31_2011.rss.xml", text, items, lang="en", outlet="The Susquehanna Ledger", aliases=["Susquehanna Ledger"],
                structure="Harrisburg (Pennsylvania) daily's World category on WordPress 3.1.3 (April 2011): the 3.x prolog with the namespace block on tab-indented lines and '>' alone, channel 'Brand &#187; World' (the raquo separator WordPress used before 4.4), language 'en', generator 'http://wordpress.org/?v=3.1.3', '/YYYY/MM/DD/<slug>/' links, '?p=<id>' guids, +0000 pubDates (newsroom -0400), dc:creator WITHOUT CDATA (a reporter, 'The Associated Press', 'Ledger staff', 'Photo staff'), Co-Authors Plus naming only the first co-author while the body opens 'By A and B', CDATA excerpts cut with ' [...]' (the ASCII more-string before WordPress 3.3), content:encoded ending with a 'Continue reading &#8594;' link, '(AP)' datelines, an unrendered [gallery] shortcode with texturized quotes, a local rally and a budget story filed under 'Nation, World'",
                notes="Home country: the United States. Budget politics and a local rally are home news.")


# ---------------------------------------------------------------- Manchester daily, Escenic Content Engine 5.4 (November 2013)
def irwell():
    base = "http://www.irwellclarion.example"
    specs = [
        S("iran-nuclear-deal-geneva", "Iran agrees to curb nuclear programme in interim deal struck in Geneva", d(2013, 11, 24, 8, 20), "By Helen Strachan, Diplomatic Editor", ["Helen Strachan"],
          ["Iran agreed early on Sunday to limit its nuclear programme for six months in return for the easing of some sanctions, in a deal reached after four days of talks in Geneva.",
           "The agreement freezes enrichment above 5 per cent and gives inspectors daily access to two sites.",
           "\u201cIt buys time, and time is what diplomacy has been short of for ten years,\u201d said Dr Farid Ansari-Cole, a Middle East fellow at the Northern Institute for Foreign Affairs."],
          quotes=[("Farid Ansari-Cole", "Northern Institute for Foreign Affairs")],
          note="dc:creator with 'By ' and a job title ('By Helen Strachan, Diplomatic Editor'): ['Helen Strachan'] expected. Relevant."),
        S("uk-raises-typhoon-aid", "Britain raises typhoon aid to \u00a350m as Haiyan death toll climbs", d(2013, 11, 14, 16, 45), "By Rory Adeyemi", ["Rory Adeyemi"],
          ["Britain is to increase its aid for the Philippines to \u00a350 million and send a Royal Navy helicopter carrier, the International Development Secretary announced, as the confirmed death toll from Typhoon Haiyan passed 4,000.",
           "Charities said getting supplies to islands cut off since the storm remained the main problem."],
          note="The UK's own foreign aid policy for a disaster abroad: relevant."),
        S("kiev-protesters-defy-ban", "Tens of thousands defy ban in Kiev after president shelves EU pact", d(2013, 11, 24, 19, 10), "By Helen Strachan, Diplomatic Editor, and agencies", ["Helen Strachan"],
          ["Tens of thousands of people marched through Kiev on Sunday in the largest protest in Ukraine since the Orange Revolution, after the government abandoned plans to sign an association agreement with the European Union.",
           "\u201cWe were promised Europe and given a phone call from Moscow,\u201d said Oksana Lytvyn, a 24-year-old teacher who travelled from Lviv."],
          quotes=[("Oksana Lytvyn",)],
          note="'By Name, Diplomatic Editor, and agencies': the person is Helen Strachan; 'agencies' is not a name. Relevant."),
        S("live-typhoon-haiyan-aftermath", "Live: Typhoon Haiyan aftermath \u2013 latest updates", d(2013, 11, 11, 7, 0), "", [],
          ["Follow the latest developments as aid agencies try to reach survivors in Tacloban."],
          story=False, rel=False, note="Live page: not a story. Title label 'Live:' may be kept or dropped."),
        S("salford-family-typhoon", "Salford family hear from relatives in Tacloban after five days of silence", d(2013, 11, 13, 12, 30), "By Gemma Pilkington", ["Gemma Pilkington"],
          ["A Salford family who had not heard from their relatives since Typhoon Haiyan struck said they wept with relief when a cousin finally got through on a borrowed mobile phone.",
           "\u201cShe said the house is gone but everybody is alive,\u201d said Marites Doherty, 52, a nurse at Salford Royal."],
          rel=False, quotes=[("Marites Doherty", "Salford Royal")],
          note="A foreign disaster told through a local family: a story, home human interest, not relevant."),
        S("video-inside-tacloban", "Video: Inside Tacloban, a week after the storm", d(2013, 11, 15, 10, 5), "", [],
          ["<object width=\"480\" height=\"270\"><param name=\"movie\" value=\"http://video.irwellclarion.example/player.swf?id=88213\"></param></object>"],
          story=False, rel=False, note="Flash video embed only: not a story. Title label 'Video:' may be kept or dropped."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        aid = 1887432 - i * 113
        url = f"{base}/news/world/article{aid}.ece"
        by = f"\n      <dc:creator>{esc(s['by'])}</dc:creator>" if s["by"] else ""
        mc = (f'\n      <media:content url="{base}/incoming/article{aid - 1}.ece/ALTERNATES/w620/{s["k"][:12]}.jpg" type="image/jpeg" medium="image">'
              f'\n        <media:description>File picture (Photo: PA)</media:description>\n      </media:content>') if s["story"] else ""
        rows.append(f"    <item>\n      <title>{esc(s['title'])}</title>\n      <link>{url}</link>\n      <description>{esc(s['paras'][0])}</description>\n"
                    f"      <content:encoded>{esc(s.html())}</content:encoded>\n      <pubDate>{rfc822(s['w'])}</pubDate>\n      <guid isPermaLink=\"true\">{url}</guid>{by}{mc}\n    </item>")
        items.append(s.exp(url))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">\n  <channel>\n'
            f'    <title>World news - The Irwell Clarion</title>\n    <link>{base}/news/world/</link>\n    <description>World news - The Irwell Clarion</description>\n    <language>en</language>\n'
            f'    <copyright>Copyright 2013 Irwell Clarion Media Ltd</copyright>\n    <pubDate>{rfc822(d(2013, 11, 24, 19, 12))}</pubDate>\n    <generator>Escenic Content Engine 5.4</generator>\n'
            + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_gb_irwellclarion_world_escenic_2013.rss.xml", text, items, lang="en", outlet="The Irwell Clarion", aliases=["Irwell Clarion"],
                structure="Manchester daily's world section on Escenic Content Engine 5.4 (November 2013): namespaces before version on <rss>, two-space indentation, channel 'World news - Brand' repeated as description, copyright of the 'Media Ltd', channel pubDate, generator, '/news/world/article<7 digits>.ece' links as permalink guids, escaped first-paragraph descriptions, escaped content:encoded with curly quotes and \u00a3, +0000 dates (GMT in November), dc:creator AFTER guid as UK papers write it ('By Name', 'By Name, Diplomatic Editor', 'By Name, Diplomatic Editor, and agencies', or absent), media:content from '/incoming/article<id>.ece/ALTERNATES/w620/' with a '(Photo: PA)' caption, a live page, a Flash video and a local human-interest angle, listed newest first",
                notes="Home country: the United Kingdom. The UK's aid decision is its own foreign policy (relevant).")


# ---------------------------------------------------------------- Sacramento daily, Drupal 7 views (September-October 2015)
def delta():
    base = "http://www.deltasentinel.example"
    specs = [
        S("russia-begins-airstrikes-syria", "Russia begins airstrikes in Syria, U.S. questions targets", d(2015, 9, 30, 14, 22, 0, -7), "ap_wire", [],
          ["MOSCOW (AP) \u2014 Russia launched airstrikes in Syria on Wednesday, its first military action outside the former Soviet Union in decades, while U.S. officials said the strikes hit areas where Islamic State fighters were not present.",
           "\u201cThe first targets tell you more than any statement,\u201d said Kyle Brandvold, a former Pentagon analyst now at the Pacific Policy Center."],
          quotes=[("Kyle Brandvold", "Pacific Policy Center")], junk=["ap_wire", "(AP)"],
          note="dc:creator is a CMS account for the wire ('ap_wire'): []. Relevant."),
        S("hungary-closes-border-migrants", "Hungary seals border with Serbia as migrants turn toward Croatia", d(2015, 9, 15, 19, 5, 0, -7), "Elena Varga-Smith", ["Elena Varga-Smith"],
          ["R\u00d6SZKE, Hungary \u2014 Hungary sealed its southern border with a razor-wire fence on Tuesday and began enforcing new laws that make crossing it a crime, leaving thousands of migrants stranded on the Serbian side.",
           "\u201cThey tell us Europe is closed, but nobody tells us where to go,\u201d said Yusuf Haddad, a 31-year-old engineer from Aleppo.",
           "<em>Elena Varga-Smith reported from R\u00f6szke. Mark Tillman contributed from Sacramento.</em>"],
          quotes=[("Yusuf Haddad",)], junk=["contributed from Sacramento"],
          note="The contributor named in the italic tail ('Mark Tillman contributed') is not the byline. ['Elena Varga-Smith'] expected. Relevant."),
        S("guatemala-president-resigns", "Guatemala's president resigns amid customs fraud scandal", d(2015, 9, 3, 6, 40, 0, -7), "ap_wire", [],
          ["GUATEMALA CITY (AP) \u2014 Guatemala\u2019s president resigned early Thursday, hours after a judge issued an order for his detention in a customs fraud case that has brought months of street protests."],
          junk=["ap_wire"], note="Agency copy under a wire account: []. Relevant."),
        S("valley-farmers-drought-fourth-year", "Valley farmers fallow more land as drought enters fourth year", d(2015, 9, 28, 10, 0, 0, -7), "Ray Castellanos", ["Ray Castellanos"],
          ["Farmers in the Sacramento Valley left more than a fifth of their rice fields unplanted this year, according to a new state report, as California\u2019s drought entered its fourth year.",
           "\u201cWe are farming the water, not the land,\u201d said Darlene Okimoto, who grows rice near Colusa."],
          rel=False, quotes=[("Darlene Okimoto",)], note="Home (California) news that the desk tagged 'World' for its climate angle: a story, not relevant."),
        S("world-in-photos-sept-26", "The world in photos: Sept. 26, 2015", d(2015, 9, 26, 8, 0, 0, -7), "photo_desk", [],
          ["<div class=\"field-name-field-gallery\"><img src=\"/sites/default/files/styles/gallery/public/0926-1.jpg\" alt=\"\" /></div>"],
          story=False, rel=False, note="Photo gallery: not a story. 'photo_desk' is an account name."),
        S("sign-up-world-briefing", "Sign up for the Sentinel's World Briefing", d(2015, 9, 21, 5, 0, 0, -7), "webmaster", [],
          ["Get the day\u2019s top international stories in your inbox every morning. <a href=\"/newsletters\">Subscribe here</a>."],
          story=False, rel=False, note="Newsletter promotion: not a story."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        nid = 702331 - i * 41
        path = f"/world/{s['k']}"
        teaser = (f'<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{s.html()}</div></div></div>'
                  f'<ul class="links inline"><li class="node-readmore first last"><a href="{path}" rel="tag" title="{esc(s["title"])}">Read more<span class="element-invisible"> about {esc(s["title"])}</span></a></li></ul>')
        rows.append(f"  <item>\n    <title>{esc(s['title'])}</title>\n    <link>{base}{path}</link>\n    <description>{esc(teaser)}</description>\n"
                    f"     <category domain=\"{base}/topics/world\">World</category>\n     <pubDate>{rfc822(s['w'])}</pubDate>\n <dc:creator>{s['by']}</dc:creator>\n"
                    f" <guid isPermaLink=\"false\">{nid} at {base}</guid>\n  </item>")
        s["junk"] = [*s["junk"], "Read more"]
        items.append(s.exp(f"{nid} at {base}"))
    text = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{base}/world" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n'
            f"    <title>World</title>\n    <link>{base}/world</link>\n    <description></description>\n    <language>en</language>\n"
            + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_us_deltasentinel_world_drupal7_2015.rss.xml", text, items, lang="en", outlet="The Delta Sentinel", aliases=["Delta Sentinel"],
                structure="Sacramento daily's world taxonomy feed from Drupal 7 (September 2015): xml:base on <rss>, channel title just 'World' (the brand is nowhere in the channel: the outlet shows only through the domain and 'the Sentinel'), empty description, language 'en', uneven indentation as Drupal 7's format_rss_item writes it, escaped node teasers with the field wrapper divs and the 'Read more<span class=element-invisible> about <title></span>' link, <category domain=…> BEFORE pubDate, -0700 dates, dc:creator holding CMS account names ('ap_wire', 'photo_desk', 'webmaster') or a reporter's full name, '<nid> at <base>' guids, an italic 'reported from … contributed from …' tail, a gallery and a newsletter promo",
                notes="Home country: the United States (California drought is home news).")


# ---------------------------------------------------------------- Johannesburg daily, WordPress VIP (WordPress 4.8, August 2017)
def randmeridian():
    base = "https://www.randmeridian.example"
    specs = [
        S("kenya-opposition-rejects-election-result", "Kenya opposition rejects Kenyatta win as protests turn deadly", d(2017, 8, 12, 14, 30, 0, 2), "Reuters", [],
          ["NAIROBI &#8211; Kenya&#8217;s opposition leader rejected the result of the presidential election on Saturday, saying the vote was rigged, as police clashed with protesters in Nairobi&#8217;s Mathare and Kibera neighbourhoods.",
           "International observers had said the vote was largely credible."],
          junk=["&#8211; Reuters"], note="Agency copy: dc:creator 'Reuters' is not a person. Relevant."),
        S("grace-mugabe-immunity-row", "Pretoria grants Grace Mugabe immunity over Sandton assault case", d(2017, 8, 20, 17, 5, 0, 2), "Thandeka Mokoena", ["Thandeka Mokoena"],
          ["The department of international relations and cooperation has granted Zimbabwe&#8217;s first lady diplomatic immunity, allowing her to leave South Africa despite an assault charge laid by a 20-year-old model.",
           "&#8220;The law was used as a door out of the country,&#8221; said Advocate Pieter Naud&#233;, a lecturer in international law at the University of the Highveld.",
           "<strong>READ MORE: </strong><a href=\"https://www.randmeridian.example/news/zimbabwe-first-lady-hotel-incident/\">What we know about the Sandton hotel incident</a>"],
          quotes=[("Pieter Naud\u00e9", "University of the Highveld")], junk=["READ MORE"],
          note="South Africa's own diplomatic decision about a neighbour's first lady: relevant (foreign policy), although the incident took place at home. Title as written."),
        S("barcelona-van-attack", "Barcelona van attack: South Africans urged to contact families", d(2017, 8, 18, 9, 10, 0, 2), "Lindiwe Dube and AFP", ["Lindiwe Dube"],
          ["A van ploughed into crowds on Barcelona&#8217;s Las Ramblas on Thursday afternoon, killing 13 people. Spanish police have arrested four suspects.",
           "Dirco said it was not aware of any South African among the victims and urged citizens in Catalonia to contact their families."],
          junk=["AFP"], note="Byline 'Name and AFP': the person only. An attack abroad with a consular line: relevant."),
        S("no-confidence-vote-secret-ballot", "No-confidence vote: Zuma survives as 26 ANC MPs break ranks", d(2017, 8, 8, 19, 45, 0, 2), "Sipho Radebe, Xolani Pillay", ["Sipho Radebe", "Xolani Pillay"],
          ["President Jacob Zuma survived a motion of no confidence in a secret ballot on Tuesday, but the margin showed that at least 26 ANC MPs had voted with the opposition.",
           "&#8220;The caucus is no longer one voice,&#8221; said Nomvula Khumalo, a political analyst at the Johannesburg Institute for Governance."],
          rel=False, quotes=[("Nomvula Khumalo", "Johannesburg Institute for Governance")],
          note="Co-Authors Plus with the VIP feed filter: two authors joined with ', ' in one dc:creator. Home politics: a story, not relevant. The head of state appears only as a setting."),
        S("quiz-news-week-aug-18", "QUIZ: How well did you follow the news this week?", d(2017, 8, 18, 16, 0, 0, 2), "The Rand Meridian", [],
          ["[polldaddy poll=9804112]"],
          story=False, rel=False, note="Quiz (an unrendered polldaddy shortcode): not a story. Title label 'QUIZ:' may be kept or dropped."),
        S("watch-sierra-leone-mudslide", "WATCH: Rescuers search for survivors after Freetown mudslide", d(2017, 8, 14, 20, 20, 0, 2), "Video Desk", [],
          ["[jwplayer VwKp0t2q]"],
          story=False, rel=False, note="Video (jwplayer shortcode only): not a story. Title label 'WATCH:' may be kept or dropped."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        pid = 1044872 - i * 91
        url = f"{base}/world/{s['k']}/"
        body = s.html()
        exc = s["paras"][0].split(". ")[0]
        mc = f'\n\t\t<media:thumbnail url="https://randmeridian.files.wordpress.example/2017/08/{s["k"][:14]}.jpg?w=300" />' if s["story"] else ""
        rows.append(f"\t<item>\n\t\t<title>{wpt(s['title'])}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#respond</comments>\n\t\t<pubDate>{utc0(s['w'])}</pubDate>\n"
                    f"\t\t<dc:creator><![CDATA[{s['by']}]]></dc:creator>\n\t\t<category><![CDATA[World]]></category>\n\n\t\t<guid isPermaLink=\"false\">https://randmeridian.wordpress.example/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[{exc}]]></description>\n\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n"
                    f"\t\t<slash:comments>0</slash:comments>{mc}\n\t</item>")
        items.append(s.exp(f"https://randmeridian.wordpress.example/?p={pid}"))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n'
            '\txmlns:georss="http://www.georss.org/georss" xmlns:geo="http://www.w3.org/2003/01/geo/wgs84_pos#" xmlns:media="http://search.yahoo.com/mrss/"\n\t>\n\n<channel>\n'
            f'\t<title>World &#8211; The Rand Meridian</title>\n\t<atom:link href="{base}/world/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f'\t<description>News from Johannesburg, South Africa and the world</description>\n\t<lastBuildDate>{utc0(d(2017, 8, 20, 17, 6, 0, 2))}</lastBuildDate>\n\t<language>en-US</language>\n'
            '\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t<sy:updateFrequency>1</sy:updateFrequency>\n\t<generator>https://wordpress.com/</generator>\n'
            f'<cloud domain=\'randmeridian.wordpress.example\' port=\'80\' path=\'/?rsscloud=notify\' registerProcedure=\'\' protocol=\'http-post\' />\n'
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_za_randmeridian_world_wpvip_2017.rss.xml", text, items, lang="en", outlet="The Rand Meridian", aliases=["Rand Meridian"],
                structure="Johannesburg daily's World category on WordPress.com VIP (WordPress 4.8, August 2017): georss/geo/media namespaces, channel 'World &#8211; Brand', en-US, generator 'https://wordpress.com/', the rsscloud <cloud> element with single-quoted attributes, '?p=<id>' guids on the *.wordpress domain (not the custom domain), +0000 pubDates (newsroom +0200), CDATA dc:creator with a reporter, 'A, B' (Co-Authors Plus), 'Name and AFP', 'Reuters', 'Video Desk' or the brand, first-sentence descriptions, content:encoded with '&#8220;' entities, '&#233;', a bold 'READ MORE:' link, unrendered [polldaddy] and [jwplayer] shortcodes, media:thumbnail from files.wordpress with '?w=300'",
                notes="Home country: South Africa. The immunity decision is Pretoria's foreign policy.")


FEEDS = [susquehanna, irwell, delta, randmeridian]
