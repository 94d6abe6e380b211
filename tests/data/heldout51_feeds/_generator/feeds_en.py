# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English world desks of the fifty-first held-out set: a UK broadsheet on Méthode, a US metro
daily on Naviga (Saxotech), a Kolkata daily's custom CMS, a Brisbane daily on Adobe Experience
Manager, a Dublin daily on Escenic, a Nairobi daily on Drupal 7, a Kuala Lumpur site on Wagtail
and a Kingston daily on WordPress 6.2. All outlets, people and quotations are invented."""
from h51 import NS_ALL, cd, d, esc, feed, gmt, it, q, rfc822, utc0, wpt


# ---------------------------------------------------------------- UK national broadsheet, Méthode-fed front (2017)
def albion():
    base = "https://www.albiontelegram.example"
    rows, items = [], []

    def add(path, title, when, creator, authors, desc, story=True, rel=True, quotes=None, junk=(), note=None):
        url = f"{base}{path}"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description>"
                    f"<category>World News</category>{cr}<pubDate>{utc0(when)}</pubDate><guid isPermaLink=\"true\">{url}</guid></item>")
        items.append(it(url, title, when, authors, story, rel, junk, quotes, note))

    w = d(2017, 3, 14, 19, 40, 0, 0)
    add("/news/2017/03/14/dutch-election-final-days-rutte-wilders/", "Dutch election: mainstream parties close ranks as final week begins", w, "Harriet Pennington-Shaw, The Hague", ["Harriet Pennington-Shaw"],
        "Centre-right and centre-left leaders in the Netherlands said they would not share power with the anti-Islam Party for Freedom, as polls showed it slipping to second place before Wednesday's vote. \"People want to be asked what they think, not told,\" said Marloes van Dijk-Houten, a pollster in Amsterdam.",
        quotes=[q("Marloes van Dijk-Houten")], note="dc:creator 'Name, City': the person only. Title label 'Dutch election:' is part of the headline. Relevant.")
    w = d(2017, 3, 14, 16, 5, 0, 0)
    add("/news/2017/03/14/syria-war-six-years-on-aleppo-returns/", "Six years on, families trickle back to the ruins of eastern Aleppo", w, "Tom Eckersley, Beirut", ["Tom Eckersley"],
        "Aid agencies say around 20,000 people have returned to districts of eastern Aleppo flattened in last year's siege, many to homes without water or power. \"We came back because renting in the west of the city costs more than we earn,\" said Abu Khaled, a former baker.",
        quotes=[q("Abu Khaled")], note="Relevant.")
    w = d(2017, 3, 14, 11, 20, 0, 0)
    add("/news/2017/03/14/what-is-article-50-explained/", "What is Article 50, and what happens once it is triggered?", w, "Telegram Reporters", [],
        "Theresa May has said she will notify Brussels of Britain's intention to leave the EU by the end of March. Here is how the two-year process works, what the European Council does next and what could stop the clock.",
        note="Explainer on Brexit procedure with the EU: a story; relevant (the country's relations with the EU are foreign policy). 'Telegram Reporters' is a desk credit: [].")
    w = d(2017, 3, 13, 21, 0, 0, 0)
    add("/news/2017/03/13/north-korea-malaysia-standoff-embassy/", "Malaysia and North Korea trade travel bans as Kim Jong-nam row deepens", w, "Nicola Hart-Dunmore", ["Nicola Hart-Dunmore"],
        "Malaysia barred North Koreans from leaving the country after Pyongyang held nine Malaysians in the North Korean capital, in a dispute over the body of the estranged half-brother of the North's leader.",
        note="Relevant.")
    w = d(2017, 3, 13, 14, 45, 0, 0)
    add("/news/2017/03/13/watch-storm-stella-new-york-snow/", "Watch: New York braces for late-season snowstorm", w, "", [],
        "Our video team's report from Manhattan as Storm Stella approaches.", story=False, rel=False,
        note="Video page: not a story. Title label 'Watch:' may be kept or dropped.")
    w = d(2017, 3, 13, 8, 30, 0, 0)
    add("/news/2017/03/13/turkey-netherlands-diplomatic-row-analysis/", "Erdogan's row with Europe is aimed at voters at home", w, "Lionel Atherton-Ross, Istanbul", ["Lionel Atherton-Ross"],
        "The Turkish president's attacks on the Netherlands and Germany over cancelled rallies play well with the nationalist voters he needs in April's referendum, analysts say. \"Every insult from Europe is worth a few thousand votes in Anatolia,\" said Dr Selin Karaca of the Bosphorus Policy Forum.",
        quotes=[q("Selin Karaca", "Bosphorus Policy Forum")], note="Analysis: a story. Relevant.")
    head = (f"<title>World News - The Albion Telegram</title><link>{base}/news/world/</link><description>Latest world news from The Albion Telegram</description>"
            f"<language>en-gb</language><copyright>Copyright of Albion Media Group Limited 2017</copyright><lastBuildDate>{utc0(d(2017, 3, 14, 19, 41, 0, 0))}</lastBuildDate>")
    text = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>{head}' + "".join(rows) + "</channel></rss>"
    return feed("en_gb_albiontelegram_world_methode.rss.xml", text, items, lang="en", outlet="The Albion Telegram", aliases=["Albion Telegram"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="UK national broadsheet's world news feed from a web front fed by an Eidos Méthode newsroom: one line, no final newline, channel 'World News - Brand', en-gb, a 'Media Group Limited' copyright, '/news/YYYY/MM/DD/<slug>/' permalink guids LAST, escaped plain-text standfirsts, one <category>, dc:creator 'Name, City', a desk credit or empty, +0000 dates in March 2017, an explainer, an analysis and a video page")


# ---------------------------------------------------------------- US metro daily on Naviga Web (Saxotech) (2018)
def cascade():
    base = "https://www.cascadeledger.example"
    rows, items = [], []

    def add(aid, slug, title, when, author, authors, desc, story=True, rel=True, quotes=None, junk=(), note=None):
        url = f"{base}/news/{when.strftime('%Y%m%d')}/{slug}"
        au = f"\n      <author>{esc(author)}</author>" if author else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{esc(desc)}</description>{au}\n"
                    f"      <guid isPermaLink=\"false\">{aid}</guid>\n      <pubDate>{rfc822(when)}</pubDate>\n    </item>")
        items.append(it(aid, title, when, authors, story, rel, junk, quotes, note))

    w = d(2018, 6, 12, 9, 15, 0, -7)
    add("180619861", "trump-kim-summit-singapore-ends-with-vague-pledge", "Trump, Kim summit ends with vague pledge on nuclear weapons", w, "By Colleen Marbury and Hyun-woo Pak The Associated Press", ["Colleen Marbury", "Hyun-woo Pak"],
        "<p>SINGAPORE — President Donald Trump and North Korean leader Kim Jong Un ended their summit Tuesday with a joint statement that commits the North to work toward \"complete denuclearization\" but sets no timetable.</p><p>\"The language is weaker than anything signed in the 1990s,\" said Evelyn Marsh-Tanaka, a Korea specialist at Lakeview University in Seattle.</p>",
        quotes=[q("Evelyn Marsh-Tanaka", "Lakeview University")], junk=["Associated Press"],
        note="<author> holds a wire byline run together with the agency ('By A and B The Associated Press'): the two reporters are the authors, without 'By' or the agency; [] (agency copy) is also correct. Relevant.")
    w = d(2018, 6, 11, 17, 40, 0, -7)
    add("180619790", "g7-fallout-trudeau-tariffs", "Allies bristle after Trump pulls out of G-7 statement", w, "By Warren Tisdale The Associated Press", ["Warren Tisdale"],
        "<p>TORONTO — Canada and European allies on Monday defended the Group of Seven communique Trump disowned from Air Force One, as a trade row with the U.S. over steel and aluminum tariffs deepened.</p>",
        junk=["Associated Press"], note="Wire byline with the agency run together: the reporter is the author; [] (agency copy) is also correct. Relevant.")
    w = d(2018, 6, 11, 6, 0, 0, -7)
    add("180619702", "whatcom-berry-growers-mexico-tariffs", "Whatcom berry growers brace for Mexico's retaliatory tariffs", w, "Dana Whitcombe", ["Dana Whitcombe"],
        "<p>Mexico's 20 percent tariff on some U.S. farm goods could cost Northwest raspberry and cherry growers millions, industry groups say.</p><p>\"We ship to Monterrey every week in July. That market just got a lot harder,\" said Ray Olafsen, who farms 300 acres near Lynden.</p><p><i>Dana Whitcombe: 360-555-0142, @dwhitcombe</i></p>",
        quotes=[q("Ray Olafsen")], junk=["360-555-0142", "@dwhitcombe"],
        note="A trade war told through local growers: a story; relevant (foreign trade policy). The reporter's contact line at the end is junk.")
    w = d(2018, 6, 10, 14, 25, 0, -7)
    add("180619644", "aquarius-migrant-ship-italy-malta-standoff", "Rescue ship with 629 migrants stranded as Italy, Malta refuse entry", w, "By Lucia Ferrandi The Associated Press", ["Lucia Ferrandi"],
        "<p>ROME — Italy's new populist government refused to let a charity rescue ship dock, saying Malta should take the 629 migrants aboard. Malta said it had no obligation.</p>",
        junk=["Associated Press"], note="Wire byline with the agency run together: the reporter is the author; [] (agency copy) is also correct. Relevant.")
    w = d(2018, 6, 9, 11, 0, 0, -7)
    add("180619581", "photos-world-cup-fans-gather-in-moscow", "PHOTOS: World Cup fans gather in Moscow ahead of opener", w, "", [],
        "<p>Fans from 32 countries arrived in the Russian capital this week.</p>", story=False, rel=False,
        note="Photo gallery: not a story. Title label 'PHOTOS:' may be kept or dropped.")
    w = d(2018, 6, 8, 16, 50, 0, -7)
    add("180619530", "editorial-trade-war-hurts-washington-exporters", "Editorial: A trade war hits Washington exporters first", w, "The Cascade Ledger Editorial Board", [],
        "<p>Washington is the most trade-dependent state in the nation. Tariffs on steel and retaliation against apples, cherries and airplanes land here first, and Congress should say so.</p>",
        note="Editorial: a story (opinion); relevant (foreign trade policy). The editorial board is not a person. Title label 'Editorial:' may be kept or dropped.")
    head = (f"  <channel>\n    <title>The Cascade Ledger - World</title>\n    <link>{base}/news/world</link>\n    <description>World news from The Cascade Ledger</description>\n"
            f"    <language>en-us</language>\n    <generator>Saxotech Online Publishing</generator>\n    <lastBuildDate>{rfc822(d(2018, 6, 12, 9, 20, 0, -7))}</lastBuildDate>\n")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n' + head + "\n".join(rows) + "\n  </channel>\n</rss>\n"
    return feed("en_us_cascadeledger_world_naviga.rss.xml", text, items, lang="en", outlet="The Cascade Ledger", aliases=["Cascade Ledger"],
                ctype="text/xml; charset=utf-8",
                structure="Pacific Northwest metro daily's world section on Naviga Web (the former Saxotech Online, '/apps/pbcs.dll' era): channel 'Brand - World', en-us, <generator>Saxotech Online Publishing</generator>, '/news/YYYYMMDD/<slug>' links, the 9-digit article id as non-permalink guid BEFORE pubDate, escaped HTML descriptions with AP-style datelines 'CITY —', RSS <author> holding a whole agency byline ('By A and B The Associated Press'), a local reporter or the editorial board, a reporter contact line, a photo gallery and an editorial, -0700 dates in June 2018")


# ---------------------------------------------------------------- Kolkata English daily, custom Java CMS (2019)
def hooghly():
    base = "https://www.hooghlyherald.example"
    rows, items = [], []

    def add(sid, slug, title, when, author, authors, desc, story=True, rel=True, quotes=None, junk=(), note=None, img=True):
        url = f"{base}/world/{slug}/cid/{sid}"
        au = f"<author>{esc(author)}</author>" if author else "<author></author>"
        im = f'<media:content url="{base}/images/{sid}.jpg" medium="image" width="300" height="225"/>' if img else ""
        rows.append(f"<item>\n<title><![CDATA[{title}]]></title>\n<link>{url}</link>\n<guid>{url}</guid>\n{au}\n<pubDate>{rfc822(when)}</pubDate>\n<description><![CDATA[{desc}]]></description>\n{im}\n</item>")
        items.append(it(url, title, when, authors, story, rel, junk, quotes, note))

    w = d(2019, 10, 12, 21, 5, 0, 5.5)
    add(1712044, "xi-jinping-modi-mamallapuram-informal-summit", "Modi and Xi agree on new trade mechanism at Mamallapuram", w, "Our Special Correspondent", [],
        "<p><b>New Delhi:</b> India and China will set up a high-level mechanism on trade and investment, the foreign ministry said after the second informal summit between Prime Minister Narendra Modi and President Xi Jinping.</p><p>&ldquo;The border question was not the centre of the talks, and that was deliberate,&rdquo; said Sunanda Roychowdhury, who teaches Chinese studies at a Calcutta university.</p>",
        quotes=[q("Sunanda Roychowdhury")], note="'Our Special Correspondent' is a credit: []. India's relations with China: relevant. Heads of state appear as a setting only; the quote is from an invented academic.")
    w = d(2019, 10, 12, 15, 30, 0, 5.5)
    add(1712001, "typhoon-hagibis-japan-rugby-world-cup", "Typhoon Hagibis lashes Tokyo, World Cup matches called off", w, "Reuters", [],
        "<p><b>Tokyo:</b> One of the strongest typhoons to hit Japan in decades made landfall south-west of Tokyo on Saturday, killing at least two people and forcing the cancellation of two Rugby World Cup matches.</p>",
        note="Agency copy ('Reuters' is not a person). Relevant.")
    w = d(2019, 10, 11, 22, 15, 0, 5.5)
    add(1711960, "ethiopia-abiy-ahmed-nobel-peace-prize", "Ethiopia's Abiy Ahmed wins Nobel Peace Prize for Eritrea peace", w, "Agencies", [],
        "<p><b>Oslo:</b> Ethiopian Prime Minister Abiy Ahmed won the Nobel Peace Prize for ending a two-decade stand-off with Eritrea. The committee said the award also recognised &ldquo;all the stakeholders working for peace&rdquo; in the region.</p>",
        note="'Agencies' is not a person. Relevant.")
    w = d(2019, 10, 11, 18, 0, 0, 5.5)
    add(1711932, "bengal-puja-visitors-from-bangladesh", "Puja pandals draw record visitors from Bangladesh", w, "Debarati Sengupta", ["Debarati Sengupta"],
        "<p>More than 40,000 Bangladeshis crossed at Petrapole during Durga Puja week, immigration officials said, many of them to see the pandals of north Calcutta.</p><p>&ldquo;We come every year, the visa is easy now,&rdquo; said Rafiqul Islam, a trader from Jessore.</p>",
        rel=False, quotes=[q("Rafiqul Islam")], note="Festival tourism in Calcutta filed under world: a story, not relevant (home city news).")
    w = d(2019, 10, 10, 20, 45, 0, 5.5)
    add(1711877, "turkey-syria-offensive-kurds-analysis", "Why Turkey's push into Syria leaves the Kurds with few friends", w, "Anirban Basu-Mallick", ["Anirban Basu-Mallick"],
        "<p>The withdrawal of American troops from the border has left the Syrian Kurdish forces that fought the Islamic State exposed. Analysis by our foreign affairs editor.</p>",
        junk=["Analysis by our foreign affairs editor"], note="Analysis: a story, relevant. The closing credit line 'Analysis by our foreign affairs editor' is junk.")
    w = d(2019, 10, 10, 9, 0, 0, 5.5)
    add(1711820, "quiz-how-well-do-you-know-the-world-this-week", "Quiz: How well did you follow the world this week?", w, "", [],
        "<p>Ten questions on the week's international news.</p>", story=False, rel=False, note="Quiz: not a story. Title label 'Quiz:' may be kept or dropped.", img=False)
    head = (f"<title>The Hooghly Herald | World</title>\n<link>{base}/world</link>\n<description>World news from The Hooghly Herald, Calcutta</description>\n<language>en</language>\n"
            f"<lastBuildDate>{rfc822(d(2019, 10, 12, 21, 10, 0, 5.5))}</lastBuildDate>\n<copyright>Herald Publications Pvt. Ltd.</copyright>\n")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("en_in_hooghlyherald_world_custom.rss.xml", text, items, lang="en", outlet="The Hooghly Herald", aliases=["Hooghly Herald"],
                structure="Kolkata English daily's world feed from a custom Java CMS: channel 'Brand | World', language 'en', 'Pvt. Ltd.' copyright, '/world/<slug>/cid/<id>' links repeated as bare guids right after the link, CDATA titles and HTML descriptions, bold 'City:' datelines, HTML named entities (&ldquo; &rdquo;) inside CDATA, <author> holding a reporter, 'Our Special Correspondent', 'Agencies', 'Reuters' or empty, media:content 300x225 last, +0530 dates in October 2019, an analysis and a quiz")


# ---------------------------------------------------------------- Brisbane daily on Adobe Experience Manager (2021)
def moreton():
    base = "https://www.moretonmail.example"
    rows, items = [], []

    def add(nid, sec, slug, title, when, creator, authors, desc, story=True, rel=True, quotes=None, junk=(), note=None):
        url = f"{base}/news/{sec}/{slug}/{nid}"
        cr = f"\n\t\t\t<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<description>{esc(desc)}</description>\n\t\t\t<pubDate>{rfc822(when)}</pubDate>{cr}\n"
                    f"\t\t\t<guid isPermaLink=\"true\">{url}</guid>\n\t\t\t<media:thumbnail url=\"{base}/content/dam/moretonmail/{nid}.jpg.transform/thumbnail/image.jpg\"/>\n\t\t</item>")
        items.append(it(url, title, when, authors, story, rel, junk, quotes, note))

    w = d(2021, 9, 16, 10, 30, 0, 10)
    add("100462117", "world", "aukus-submarine-deal-france-anger", "France accuses Australia of 'stab in the back' over submarine deal", w, "Kate Brannigan", ["Kate Brannigan"],
        "France has reacted furiously to Australia's decision to scrap a $90 billion contract for French-designed submarines in favour of nuclear-powered boats built with US and UK technology. \"Paris will remember this long after the boats are in the water,\" said Dr Aurélie Marchand of the Indo-Pacific Strategy Centre in Canberra.",
        quotes=[q("Aurélie Marchand", "Indo-Pacific Strategy Centre")], note="Australia's own defence and foreign policy: relevant.")
    w = d(2021, 9, 16, 6, 0, 0, 10)
    add("100461980", "world", "afghanistan-taliban-women-universities", "Taliban say women can study, but not alongside men", w, "Reuters", [],
        "Women in Afghanistan can continue to study in universities, including at postgraduate levels, but classrooms will be segregated by sex and Islamic dress will be compulsory, the Taliban's higher education minister said.",
        note="Agency credit: []. Relevant.")
    w = d(2021, 9, 15, 19, 45, 0, 10)
    add("100461862", "world", "new-zealand-auckland-lockdown-extended", "Auckland lockdown extended as Delta cases keep rising", w, "Liam Ngata-Holt", ["Liam Ngata-Holt"],
        "Auckland will stay at alert level four for at least another week after 15 new community cases were reported. \"We have to finish the job,\" the Prime Minister told reporters in Wellington.",
        note="Neighbouring country's pandemic measures: relevant. The quote is attributed to an office, not to a named person: no quotes expected.")
    w = d(2021, 9, 15, 12, 10, 0, 10)
    add("100461735", "queensland", "queensland-border-bubble-nsw-residents", "Queensland tightens border bubble with NSW towns", w, "Sam O'Rourke-Lee", ["Sam O'Rourke-Lee"],
        "Residents of northern NSW will only be able to cross into Queensland for essential work and medical care from Friday.",
        rel=False, note="State border news listed in the world feed: a story, not relevant (home news).")
    w = d(2021, 9, 14, 17, 0, 0, 10)
    add("100461601", "world", "video-germany-election-debate-highlights", "Video: Highlights from Germany's final election debate", w, "", [],
        "Watch the key moments as the three candidates to succeed Angela Merkel clashed on climate and tax.", story=False, rel=False,
        note="Video page: not a story. Title label 'Video:' may be kept or dropped.")
    w = d(2021, 9, 14, 8, 20, 0, 10)
    add("100461522", "world", "north-korea-cruise-missile-test-analysis", "North Korea's cruise missile test is a message to Washington, and Seoul", w, "Kate Brannigan", ["Kate Brannigan"],
        "Pyongyang's claim to have tested a long-range cruise missile shows it is still developing new weapons despite sanctions. Analysis from our foreign affairs desk.",
        junk=["Analysis from our foreign affairs desk"], note="Analysis: a story, relevant.")
    head = (f"\t\t<title>World News | The Moreton Mail</title>\n\t\t<link>{base}/news/world</link>\n\t\t<description>The latest world news from The Moreton Mail</description>\n"
            f"\t\t<language>en-au</language>\n\t\t<lastBuildDate>{rfc822(d(2021, 9, 16, 10, 31, 0, 10))}</lastBuildDate>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">\n\t<channel>\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>")
    return feed("en_au_moretonmail_world_aem.rss.xml", text, items, lang="en", outlet="The Moreton Mail", aliases=["Moreton Mail"],
                ctype="application/rss+xml;charset=utf-8",
                structure="Brisbane daily's world feed rendered by an Adobe Experience Manager servlet: tab indentation, no final newline, channel 'World News | Brand', en-au, '/news/<section>/<slug>/<9-digit id>' vanity URLs as permalink guids, escaped plain-text standfirsts, dc:creator with a reporter, an agency or absent, media:thumbnail with a '/content/dam/…jpg.transform/thumbnail/image.jpg' rendition, +1000 dates in September 2021, a state story mixed in, a video page and an analysis")


# ---------------------------------------------------------------- Dublin daily on Escenic (2016)
def liffey():
    base = "https://www.liffeyindependent.example"
    rows, items = [], []

    def add(aid, sec, title, when, author, authors, desc, story=True, rel=True, quotes=None, junk=(), note=None):
        url = f"{base}/{sec}/article{aid}.ece"
        au = f"<author>{esc(author)}</author>" if author else ""
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(desc)}</description>\n    {au}\n"
                    f"    <pubDate>{rfc822(when, gmt=True)}</pubDate>\n    <guid isPermaLink=\"true\">{url}</guid>\n    <enclosure url=\"{base}/incoming/article{aid}.ece/ALTERNATES/w620/img.jpg\" length=\"0\" type=\"image/jpeg\"/>\n  </item>")
        items.append(it(url, title, when, authors, story, rel, junk, quotes, note))

    w = d(2016, 6, 24, 13, 10, 0, 1)
    add(34829710, "world-news/europe", "Brexit: Border counties fear return of checkpoints after Leave vote", w, "Ciarán Mac Giolla Phádraig", ["Ciarán Mac Giolla Phádraig"],
        "Traders in Monaghan and Donegal woke to a sterling slump and questions nobody could answer about the 500km border. \"My customers are on both sides of that line and always have been,\" said Fiona Treacy, who runs a hardware shop outside Clones.",
        quotes=[q("Fiona Treacy")], note="UK referendum result seen from the Irish border: relevant (foreign, with home effects). 'Brexit:' is part of the headline.")
    w = d(2016, 6, 24, 9, 0, 0, 1)
    add(34829552, "world-news/europe", "Cameron to quit as Britain votes to leave the EU", w, "Press Association", [],
        "David Cameron said he would step down by October after the UK voted by 52pc to 48pc to leave the European Union.",
        note="Agency credit: []. Relevant.")
    w = d(2016, 6, 23, 20, 30, 0, 1)
    add(34829301, "world-news/north-america", "Democrats end sit-in on gun control in US House", w, "Reuters", [],
        "Democrats in the US House of Representatives ended a 25-hour sit-in demanding votes on gun control after the Orlando nightclub shooting.",
        note="Relevant.")
    w = d(2016, 6, 23, 16, 45, 0, 1)
    add(34829188, "business/irish", "Ryanair warns of fares impact if UK leaves", w, "Gráinne Nic Aodha", ["Gráinne Nic Aodha"],
        "Ryanair said fares would have to fall further to fill planes if sterling weakened after a Leave vote.",
        rel=False, note="Irish business story in the world feed: a story, not relevant (home business).")
    w = d(2016, 6, 23, 11, 20, 0, 1)
    add(34829040, "world-news", "Comment: Whatever Britain decides, Ireland is the EU's most exposed member", w, "Dan Halloran-Byrne", ["Dan Halloran-Byrne"],
        "No other member state has as much to lose. We should stop pretending the outcome is someone else's business.",
        note="Opinion column: a story; relevant. Title label 'Comment:' may be kept or dropped.")
    w = d(2016, 6, 22, 18, 0, 0, 1)
    add(34828877, "world-news", "Podcast: The Leave campaign's last week, with our London editor", w, "", [],
        "Listen on iTunes or wherever you get your podcasts.", story=False, rel=False,
        note="Podcast episode: not a story. Title label 'Podcast:' may be kept or dropped.")
    head = (f"  <title>Liffey Independent - World News</title>\n  <link>{base}/world-news/</link>\n  <description>Liffey Independent - World News</description>\n  <language>en</language>\n"
            f"  <copyright>Liffey Newspapers Ltd</copyright>\n  <generator>Escenic Content Engine</generator>\n  <pubDate>{rfc822(d(2016, 6, 24, 13, 12, 0, 1), gmt=True)}</pubDate>\n")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("en_ie_liffeyindependent_world_escenic.rss.xml", text, items, lang="en", outlet="Liffey Independent",
                ctype="text/xml;charset=UTF-8",
                structure="Dublin daily's world news section on Escenic Content Engine: channel 'Brand - World News' repeated as description, language 'en', copyright 'Newspapers Ltd', <generator>Escenic Content Engine</generator>, '/<section>/article<8 digits>.ece' links (world-news subsections and business mixed) as permalink guids, escaped plain-text standfirsts, RSS <author> with Irish-language names, an agency or absent, '+0100' dates (IST) in June 2016, Escenic ALTERNATES image enclosures with length 0, a comment column and a podcast")


# ---------------------------------------------------------------- Nairobi daily on Drupal 7 (2020)
def rift():
    base = "https://www.riftstandard.example"
    rows, items = [], []

    def add(nid, slug, title, when, creator, authors, desc, story=True, rel=True, quotes=None, junk=(), note=None):
        url = f"{base}/world/article/{nid}/{slug}"
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(desc)}</description>\n"
                    f"     <pubDate>{rfc822(when)}</pubDate>\n <dc:creator>{esc(creator)}</dc:creator>\n <guid isPermaLink=\"false\">{nid} at {base}</guid>\n  </item>")
        items.append(it(f"{nid} at {base}", title, when, authors, story, rel, junk, quotes, note))

    w = d(2020, 11, 9, 18, 20, 0, 3)
    add(2001392211, "ethiopia-tigray-conflict-refugees-sudan", "Thousands flee Tigray fighting into Sudan as Abiy rejects talks", w, "Mercy Chebet",
        ["Mercy Chebet"], "<p>More than 7,000 Ethiopians have crossed into Sudan since federal troops began an offensive in the northern Tigray region, the UN refugee agency said.</p><p>&quot;Kenya will feel it if this becomes a long war,&quot; said Dr Ibrahim Galgalo Wario, a Horn of Africa analyst in Nairobi.</p>",
        quotes=[q("Ibrahim Galgalo Wario")], note="Regional conflict: relevant.")
    w = d(2020, 11, 9, 12, 0, 0, 3)
    add(2001392170, "biden-win-what-it-means-for-africa", "What a Biden presidency could mean for Africa", w, "Standard Reporter", [],
        "<p>Trade under AGOA, the US military presence in Somalia and the Kenya trade deal negotiated under Donald Trump are all on the table as Joe Biden prepares to take office.</p>",
        note="'Standard Reporter' is a desk credit: []. Explainer: a story, relevant.")
    w = d(2020, 11, 8, 20, 10, 0, 3)
    add(2001392105, "tanzania-opposition-leader-flees", "Tanzanian opposition leader Lissu leaves for Belgium after poll dispute", w, "AFP", [],
        "<p>Tundu Lissu, the main challenger in last month's disputed Tanzanian election, left the country after taking refuge at the German ambassador's residence, his party said.</p>",
        note="Agency credit. Neighbouring country: relevant.")
    w = d(2020, 11, 8, 9, 30, 0, 3)
    add(2001392060, "kenyans-in-us-react-to-election", "Kenyans in Texas and Minnesota celebrate as Harris makes history", w, "Peter Kiprono Rotich",
        ["Peter Kiprono Rotich"], "<p>In Dallas, members of the Kenyan diaspora watched the results at a church hall. &quot;My daughter now sees someone like her in the White House,&quot; said Grace Nduta, a nurse.</p><p><em>Peter Kiprono Rotich is a freelance journalist based in Dallas.</em></p>",
        quotes=[q("Grace Nduta")], junk=["is a freelance journalist based in Dallas"], note="Diaspora angle on a foreign election: a story, relevant. The contributor note at the end is junk.")
    w = d(2020, 11, 7, 15, 0, 0, 3)
    add(2001392001, "gallery-nairobi-to-washington-election-night", "Gallery: Election night from Nairobi to Washington", w, "Standard Photographer", [],
        "<p>Pictures from watch parties around the world.</p>", story=False, rel=False,
        note="Photo gallery: not a story. Title label 'Gallery:' may be kept or dropped.")
    w = d(2020, 11, 6, 17, 45, 0, 3)
    add(2001391950, "uhuru-raila-bbi-signature-drive", "BBI signature collection to start next week, secretariat says", w, "Brian Otieno Were", ["Brian Otieno Were"],
        "<p>The Building Bridges Initiative secretariat said it would begin collecting one million signatures to back a referendum on changing the constitution.</p>",
        rel=False, note="Home politics listed in the world feed: a story, not relevant.")
    head = (f"    <title>World | The Rift Standard</title>\n    <link>{base}/world</link>\n    <description></description>\n    <language>en</language>\n")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="' + base + '" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n' + head + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_ke_riftstandard_world_drupal7.rss.xml", text, items, lang="en", outlet="The Rift Standard", aliases=["Rift Standard"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Nairobi daily's world section from Drupal 7 views (taxonomy term feed): xml:base, channel 'World | Brand', empty description, language 'en', Drupal's uneven indentation, '/world/article/<10-digit nid>/<slug>' links, '<nid> at <base>' guids, escaped HTML with &quot; quotes, dc:creator with a person, 'Standard Reporter', 'Standard Photographer' or an agency, +0300 dates in November 2020, a diaspora story, a gallery and a home-politics item")


# ---------------------------------------------------------------- Kuala Lumpur site on Wagtail (2022)
def klang():
    base = "https://www.klangvalleypost.example"
    rows, items = [], []

    def add(slug, title, when, author, authors, desc, story=True, rel=True, quotes=None, junk=(), note=None):
        url = f"{base}/world/{slug}/"
        cr = f'<dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">{esc(author)}</dc:creator>' if author else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description>{cr}"
                    f"<pubDate>{utc0(when)}</pubDate><guid>{url}</guid></item>")
        items.append(it(url, title, when, authors, story, rel, junk, quotes, note))

    w = d(2022, 11, 15, 20, 30, 0, 8)
    add("g20-bali-summit-ukraine-statement", "G20 leaders in Bali condemn war in Ukraine, but not unanimously", w, "Farah Nadhirah Zulkifli", ["Farah Nadhirah Zulkifli"],
        "<p>NUSA DUA: Leaders of the Group of 20 agreed a declaration saying most members \"strongly condemned\" the war in Ukraine, after Indonesia brokered language acceptable to Russia and China.</p><p>\"Jakarta has shown what a middle power can do as host,\" said Assoc Prof Dr Khairul Anuar Mat Saman of Universiti Teknologi Selangor.</p>",
        quotes=[q("Khairul Anuar Mat Saman", "Universiti Teknologi Selangor")], note="Malay name with patronymic kept whole. 'Assoc Prof Dr' are titles. Relevant.")
    w = d(2022, 11, 15, 14, 0, 0, 8)
    add("apec-bangkok-preview", "Apec in Bangkok: five things to watch", w, "Jeremy Tan Wei Ming", ["Jeremy Tan Wei Ming"],
        "<p>Trade, Taiwan and a possible Xi-Biden follow-up meeting: what to watch at this week's Apec summit in Bangkok.</p>",
        note="Explainer: a story, relevant.")
    w = d(2022, 11, 14, 21, 15, 0, 8)
    add("missile-strike-poland-nato", "Nato ally Poland says Russian-made missile killed two near Ukraine border", w, "Reuters", [],
        "<p>WARSAW: Poland said a Russian-made missile fell in a village near the Ukrainian border, killing two people, and that it was raising its military readiness.</p>",
        note="Agency credit. Relevant.")
    w = d(2022, 11, 14, 10, 40, 0, 8)
    add("ge15-overseas-voters-postal-ballots", "GE15: Overseas Malaysians say postal ballots arrived too late", w, "Nurul Ain Hashim", ["Nurul Ain Hashim"],
        "<p>Malaysian voters in London, Melbourne and Singapore said their postal ballots reached them days before polling day, too late to return by the deadline.</p><p>\"I paid RM180 for a courier and it still may not count,\" said Harvinder Kaur Sandhu, a teacher in Melbourne.</p>",
        rel=False, quotes=[q("Harvinder Kaur Sandhu")], note="Home election (GE15) told from abroad: a story, not relevant.")
    w = d(2022, 11, 13, 19, 0, 0, 8)
    add("world-in-pictures-week-46", "The week in pictures: Cop27, Bali and the midterms", w, "", [],
        "<p>Our photo editors' choice of the week's images.</p>", story=False, rel=False, note="Photo selection: not a story.")
    w = d(2022, 11, 13, 9, 0, 0, 8)
    add("opinion-asean-myanmar-five-point-consensus", "Opinion: Asean's Myanmar plan has failed. Time to say so", w, "Dato' Ahmad Rizal Kamarudin", ["Ahmad Rizal Kamarudin"],
        "<p>Twenty months after the five-point consensus, the junta has kept none of its promises. Asean should stop pretending.</p><p><em>The writer is a former Malaysian ambassador to Myanmar.</em></p>",
        junk=["The writer is a former Malaysian ambassador"], note="Opinion: a story, relevant. The honorific 'Dato'' is not part of the name; the writer's note at the end is junk. Title label 'Opinion:' may be kept or dropped.")
    head = (f"<title>World - Klang Valley Post</title><link>{base}/world/</link><description>World news from Klang Valley Post</description>"
            f'<atom:link href="{base}/world/feed/" rel="self"></atom:link><language>en-my</language>'
            f"<lastBuildDate>{utc0(d(2022, 11, 15, 20, 31, 0, 8))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>' + head + "".join(rows) + "</channel></rss>")
    return feed("en_my_klangvalleypost_world_wagtail.rss.xml", text, items, lang="en", outlet="Klang Valley Post",
                ctype="application/rss+xml; charset=utf-8",
                structure="Kuala Lumpur digital news site on Wagtail, its feed a Django syndication Feed (Rss201rev2Feed): one line after the prolog, no final newline, atom namespace only on <rss>, channel 'World - Brand' with an '<atom:link …></atom:link>' self link, en-my, lastBuildDate before the items, items in Django's order (title, link, description, creator, pubDate, guid), escaped HTML StreamField intro paragraphs with 'CITY:' datelines, dc:creator declaring its own namespace on the element (Django's author_name without e-mail) with Malay, Chinese and Punjabi names, an honorific 'Dato'' or an agency, '/world/<slug>/' guids without isPermaLink, +0000 dates (newsroom +0800) in November 2022, a week-in-pictures page and an opinion piece")


# ---------------------------------------------------------------- Kingston daily on WordPress 6.2 (2023)
def blue():
    base = "https://bluemountainobserver.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, authors, cats, excerpt, body, story=True, rel=True, quotes=None, junk=(), note=None):
        url = f"{base}/{slug}/"
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<comments>{url}#respond</comments>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n"
                    f"\t\t<pubDate>{utc0(when)}</pubDate>{cts}\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>\n"
                    f"\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n\t\t\t\t\t\n\t\t\t\t\t\t\t\t\t<slash:comments>0</slash:comments>\n\t\t\t\t\t\t\t\t\t\t\t</item>")
        items.append(it(f"{base}/?p={pid}", title, when, authors, story, rel, junk, quotes, note))

    foot = '<p>Follow the <em>Observer</em> on WhatsApp for breaking news.</p>'
    w = d(2023, 3, 8, 16, 40, 0, -5)
    add(418220, "haiti-gang-violence-caricom-mission", "CARICOM leaders back multinational force for Haiti", w, "CMC", [], ["World", "Caribbean"],
        "NASSAU, Bahamas, Mar 8, CMC &#8211; Caribbean Community leaders ended their summit with a call for an international security mission to help Haiti&#8217;s police [&hellip;]",
        "<p><strong>NASSAU, Bahamas, Mar 8, CMC</strong> &#8211; Caribbean Community leaders ended their summit with a call for an international security mission to help Haiti&#8217;s police regain control of the capital from armed gangs.</p><p>&#8220;Haiti cannot be left to fight this alone,&#8221; said Dr Marcia Thorpe-Gayle, a regional security adviser.</p>" + foot,
        quotes=[q("Marcia Thorpe-Gayle")], junk=["WhatsApp"], note="Regional agency copy with a 'CITY, Country, Mon d, CMC –' dateline; CMC is not a person. Relevant.")
    w = d(2023, 3, 8, 10, 15, 0, -5)
    add(418196, "china-two-sessions-foreign-minister-us-warning", "China warns US of ‘conflict and confrontation’", w, "Reuters", [], ["World"],
        "BEIJING &#8211; China&#8217;s new foreign minister said the United States must change course [&hellip;]",
        "<p>BEIJING &#8211; China&#8217;s new foreign minister said the United States must change course or the two countries would face conflict, in his first news conference on the sidelines of the National People&#8217;s Congress.</p>" + foot,
        junk=["WhatsApp"], note="Curly single quotes as WordPress numeric references in the title. Relevant.")
    w = d(2023, 3, 7, 19, 0, 0, -5)
    add(418170, "jamaicans-in-uk-windrush-compensation-delays", "Jamaicans in UK still waiting on Windrush compensation", w, "Andre Wellington-Bailey", ["Andre Wellington-Bailey"], ["World", "Diaspora"],
        "Five years after the scandal, hundreds of Jamaican-born claimants have yet to receive payments from the Home Office.",
        "<p>Five years after the scandal, hundreds of Jamaican-born claimants have yet to receive payments from the Home Office.</p><p>&#8220;They call it a scheme. For my father it was a waiting room,&#8221; said Claudette Brissett, whose father died in 2021.</p>" + foot,
        quotes=[q("Claudette Brissett")], junk=["WhatsApp"], note="Diaspora affected by a foreign government's policy: relevant.")
    w = d(2023, 3, 7, 12, 30, 0, -5)
    add(418150, "boj-rate-hold-inflation", "BOJ holds policy rate at 7%", w, "Observer Business Desk", [], ["Business"],
        "The Bank of Jamaica kept its policy rate unchanged for a third meeting.",
        "<p>The Bank of Jamaica kept its policy rate unchanged for a third meeting, saying inflation was falling toward its target.</p>" + foot,
        rel=False, junk=["WhatsApp"], note="Home business in the feed: a story, not relevant. Desk credit: [].")
    w = d(2023, 3, 6, 21, 0, 0, -5)
    add(418131, "israel-judicial-overhaul-protests-reservists", "Israeli reservists join protests against judicial overhaul", w, "Associated Press", [], ["World"],
        "Hundreds of Israeli military reservists said they would not report for duty [&hellip;]",
        "<p>Hundreds of Israeli military reservists said they would not report for duty if the government went ahead with its plan to curb the powers of the Supreme Court.</p>" + foot,
        junk=["WhatsApp"], note="Relevant.")
    w = d(2023, 3, 6, 9, 0, 0, -5)
    add(418110, "observer-world-news-quiz-march-6", "Observer world news quiz: March 6", w, "Observer Online", [], ["World", "Quiz"],
        "Test yourself on last week&#8217;s news.",
        "<p>Test yourself on last week&#8217;s news. [quiz id=&#8221;112&#8243;]</p>" + foot,
        story=False, rel=False, note="Quiz with an unrendered WordPress shortcode: not a story.")
    head = (f"\t<title>World &#8211; Blue Mountain Observer</title>\n\t<atom:link href=\"{base}/category/world/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n"
            f"\t<description>Jamaica&#039;s independent daily</description>\n\t<lastBuildDate>{utc0(d(2023, 3, 8, 16, 45, 0, -5))}</lastBuildDate>\n\t<language>en-US</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.2</generator>\n")
    ns = (' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/"'
          ' xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"')
    text = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\t{ns.strip()}\n\t>\n\n<channel>\n' + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("en_jm_bluemountainobserver_world_wp62.rss.xml", text, items, lang="en", outlet="Blue Mountain Observer",
                ctype="application/rss+xml; charset=UTF-8",
                structure="Kingston daily's 'World' category on WordPress 6.2: the '<?xml …?><rss' prolog on one line, channel 'World &#8211; Brand', en-US, sy:update* with WordPress's whitespace, '/<slug>/' links, '?p=<id>' guids, UTC dates (newsroom -0500), CDATA dc:creator with a person, 'CMC', an agency, a desk or 'Observer Online', CDATA categories, excerpts ending '[&hellip;]', content:encoded with curly-quote references and a WhatsApp follow line, a CMC dateline, a home business item and a quiz with an unrendered shortcode, March 2023")


FEEDS = [albion, cascade, hooghly, moreton, liffey, rift, klang, blue]
