# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English front-page feeds of the thirty-sixth held-out set (part 1): a London broadcaster's
top-stories feed, a US network's top-stories feed, a Delhi daily's Django 'latest' feed and a
Lahore daily's custom PHP 'latest news'. All outlets, people and quotations are invented."""
from h36 import S, cd, d, esc, exp, feed, gmt, html, q, rfc822


# ---------------------------------------------------------------- London broadcaster, "top stories" from a Node feed service
def albion():
    base = "https://www.albionbroadcasting.example"
    specs = [
        S("uk-politics-68201544", "MPs reject call to suspend arms export licences to Saudi Arabia", d(2024, 2, 7, 19, 12), "", [],
          ["MPs have voted down an opposition motion calling on the government to suspend arms export licences to Saudi Arabia while a review of the war in Yemen takes place."],
          rel=True, note="No byline anywhere in this feed (the broadcaster's feed service gives none): []. Home parliament vote, but on arms exports to a foreign state at war: foreign and security policy, relevant."),
        S("uk-england-manchester-68199302", "Man, 24, charged with murder after Manchester stabbing", d(2024, 2, 7, 16, 40), "", [],
          ["A 24-year-old man has been charged with murder after a man was stabbed outside a bar in Manchester's Northern Quarter on Saturday."],
          note="Home crime: a story, not relevant."),
        S("business-68196620", "Interest rates held at 5.25% as inflation eases", d(2024, 2, 7, 12, 5), "", [],
          ["The Bank of England has kept interest rates at 5.25% for a fourth time in a row, but signalled that cuts could come later this year."],
          note="Home economy: not relevant."),
        S("sport-rugby-union-68195117", "England hold off Italy to keep Six Nations hopes alive", d(2024, 2, 6, 21, 30), "", [],
          ["England survived a second-half fightback to beat Italy 27-24 in Rome and stay level on points with the leaders."],
          note="A match against a foreign team, played abroad: sport, not relevant."),
        S("uk-wales-68193871", "Welsh backpacker dies after fall at Thai waterfall", d(2024, 2, 6, 15, 0), "", [],
          ["A 22-year-old backpacker from Swansea has died after falling at a waterfall on the Thai island of Koh Phangan, her family said.",
           "The Foreign Office said it was supporting the family."],
          note="A tourist accident abroad: consular human interest, not world affairs. Not relevant."),
        S("av-uk-68192240", "Watch: Storm Jocelyn topples trees in Cumbria", d(2024, 2, 6, 9, 45), "", [],
          ["Footage shows trees down across roads near Keswick as winds of up to 80mph hit the north-west."],
          story=False, note="Video clip (link under /av/, media thumbnail only): not a story. Title label 'Watch:' may be kept or dropped."),
    ]
    rows, items = [], []
    for s in specs:
        url = f"{base}/news/{s.slug}?at_medium=RSS&amp;at_campaign=rss"
        key = f"{base}/news/{s.slug}#0"
        thumb = f'<media:thumbnail width="240" height="135" url="https://ichef.albionbroadcasting.example/ace/standard/240/cpsprodpb/{s.slug[-5:]}/live/a1b2c3.jpg"/>'
        rows.append(f"<item><title>{cd(s.title)}</title><description>{cd(' '.join(s.paras))}</description><link>{url}</link>"
                    f'<guid isPermaLink="false">{key}</guid><pubDate>{gmt(s.when)}</pubDate>{thumb}</item>')
        items.append(exp(s, key))
    head = (f"<title>{cd('Albion Broadcasting News - Top Stories')}</title><description>{cd('Albion Broadcasting News - Top Stories')}</description>"
            f"<link>{base}/news</link><image><url>{base}/news/1.2.3/images/abn-news.png</url><title>Albion Broadcasting News - Top Stories</title><link>{base}/news</link></image>"
            f"<generator>RSS for Node</generator><lastBuildDate>{gmt(d(2024, 2, 7, 19, 20))}</lastBuildDate><copyright>{cd('Copyright: (C) Albion Broadcasting Corporation, see https://www.albionbroadcasting.example/help/terms-of-use/#feeds for terms and conditions of reuse.')}</copyright>"
            f"<language>{cd('en-gb')}</language><ttl>15</ttl>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
            + head + '<atom:link href="https://feeds.albionbroadcasting.example/news/rss.xml" rel="self" type="application/rss+xml"/>' + "".join(rows) + "</channel></rss>")
    return feed("en_gb_albionbroadcasting_topstories.rss.xml", text, items, lang="en", outlet="Albion Broadcasting News", aliases=["Albion Broadcasting"],
                ctype="text/xml; charset=utf-8", topic="mixed",
                structure="London public broadcaster's 'top stories' feed from a Node.js feed service ('RSS for Node'): the whole document on one line with no trailing newline, CDATA channel title, description, copyright (with a terms-of-use URL) and even <language>en-gb</language>, channel <image>, ttl 15, items title/description/link/guid/pubDate in that order, one-sentence CDATA descriptions, links with '?at_medium=RSS&at_campaign=rss', guids = the URL with '#0' and isPermaLink=false, GMT dates, media:thumbnail 240x135, NO bylines at all, a video under /av/, February 2024")


# ---------------------------------------------------------------- US network, "top stories" from its in-house feed generator
def keystone():
    base = "https://www.keystonenews.example"
    specs = [
        S("2019/10/14/politics/lebanon-americans-leave-state-department", "State Department tells Americans to leave Lebanon while commercial flights remain", d(2019, 10, 14, 18, 55, 0, -4), "Rachel Ostrowski", ["Rachel Ostrowski"],
          ["The State Department on Monday urged US citizens in Lebanon to leave while commercial flights are still available, as fighting along the border with Israel intensified.",
           "\"We are not planning a government-organized evacuation at this time,\" deputy spokesperson Carlton Reyes told reporters."],
          rel=True, quotes=[q("Carlton Reyes", "deputy spokesperson")],
          note="A foreign crisis told through its home angle (Americans told to leave): the government's travel advice in a war abroad is world affairs. Relevant."),
        S("2019/10/14/politics/h1b-visa-fee-senate-judiciary", "Senate panel advances bill to double H-1B visa fee for large employers", d(2019, 10, 14, 16, 20, 0, -4), "Devin Castellano and Maura Hinkley", ["Devin Castellano", "Maura Hinkley"],
          ["The Senate Judiciary Committee voted 12-10 on Monday to advance a bill that would double the fee large companies pay for each H-1B visa, with the money going to apprenticeships.",
           "\"This is about American workers first,\" said Sen. Walt Brennan, the bill's sponsor."],
          quotes=[q("Walt Brennan", "Sen")],
          note="A visa rule is home labour and immigration policy, decided by Congress for home employers, not a dealing with another state: not relevant. Two reporters in one RSS-less credit ('A and B')."),
        S("2019/10/14/business/steel-tariffs-mexico-canada", "White House says steel tariffs on Mexico and Canada take effect Friday", d(2019, 10, 14, 13, 10, 0, -4), "Priya Venkataraman", ["Priya Venkataraman"],
          ["Tariffs of 25% on steel from Mexico and Canada will take effect on Friday, the White House said, after talks with both neighbors failed to produce a deal on quotas.",
           "Ottawa said it would respond \"dollar for dollar\"."],
          rel=True, note="Tariffs between states (trade policy against two neighbours), filed under business: relevant."),
        S("2019/10/13/entertainment/lake-como-wedding-crowds", "Pop star's Lake Como wedding draws crowds and drones", d(2019, 10, 13, 21, 0, 0, -4), "Jenna Liu", ["Jenna Liu"],
          ["Hundreds of fans lined the shore of Lake Como on Sunday as singer Kaylee Brooks married actor Theo Marsh at a villa in Bellagio.",
           "Italian police said they had grounded a dozen drones."],
          note="A celebrity wedding abroad: foreign setting, soft news. Not relevant."),
        S("2019/10/13/weather/hurricane-nadia-landfall-louisiana", "Hurricane Nadia makes landfall in Louisiana as Category 2 storm", d(2019, 10, 13, 8, 30, 0, -4), "Keystone Weather Team", [],
          ["Hurricane Nadia came ashore near Grand Isle early Sunday with winds of 105 mph, cutting power to more than 200,000 customers."],
          note="Home weather: not relevant. 'Keystone Weather Team' is a desk: []."),
        S("videos/business/2019/10/12/fed-minutes-rate-cut-split.keystone", "Video: Fed minutes show officials split over another rate cut", d(2019, 10, 12, 19, 45, 0, -4), "", [],
          [], story=False,
          note="Video page (link under /videos/, no text): not a story. Title label 'Video:' may be kept or dropped."),
    ]
    rows, items = [], []
    for s in specs:
        url = f"{base}/{s.slug}/index.html" if not s.slug.startswith("videos/") else f"{base}/{s.slug}"
        desc = f"\n                <description>\n                    {cd(' '.join(s.paras))}\n                </description>" if s.paras else ""
        who = f"\n                <dc:creator>{cd(s.by)}</dc:creator>" if s.by else ""
        rows.append(f"            <item>\n                <title>\n                    {cd(s.title)}\n                </title>{desc}\n                <link>{url}</link>\n"
                    f'                <guid isPermaLink="true">{url}</guid>\n                <pubDate>{gmt(s.when)}</pubDate>{who}\n'
                    f'                <media:group>\n                    <media:content medium="image" url="https://cdn.keystonenews.example/assets/{s.slug[-12:].replace("/", "")}-super-169.jpg" height="619" width="1100" type="image/jpeg"/>\n                </media:group>\n            </item>')
        items.append(exp(s, url))
    head = (f"        <title>\n            {cd('Keystone News - Top Stories')}\n        </title>\n        <description>\n            {cd('Keystone News delivers the latest top stories, politics, business, weather and entertainment.')}\n        </description>\n"
            f"        <link>{base}/index.html</link>\n        <generator>ks-feeds 2.4</generator>\n        <lastBuildDate>{gmt(d(2019, 10, 14, 19, 0, 0, -4))}</lastBuildDate>\n"
            f"        <copyright>\n            {cd('Copyright (c) 2019 Keystone Broadcasting, Inc. All Rights Reserved.')}\n        </copyright>\n        <language>\n            {cd('en-US')}\n        </language>\n        <ttl>10</ttl>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" media="screen" href="/styles/rss2full.xsl"?>\n'
            '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">\n    <channel>\n'
            + head + "\n".join(rows) + "\n    </channel>\n</rss>\n")
    return feed("en_us_keystonenews_topstories.rss.xml", text, items, lang="en", outlet="Keystone News", ctype="application/rss+xml; charset=UTF-8", topic="mixed",
                structure="US cable network's 'top stories' feed from an in-house generator: an xml-stylesheet processing instruction after the prolog, the usual four namespaces, CDATA sections wrapped in newlines and indentation for channel title, description, copyright and language, ttl 10, items with title (CDATA inside whitespace), description (CDATA inside whitespace, absent on a video), link and a permalink guid, GMT pubDates (newsroom -0400), a CDATA dc:creator with one or two reporters ('A and B') or a desk, media:group with a 1100x619 image, straight double quotes in the text, politics, business, weather, entertainment and video mixed, October 2019")


# ---------------------------------------------------------------- Delhi daily, Django syndication 'latest news'
def yamuna():
    base = "https://www.yamunaexpress.example"
    specs = [
        S("world/india-japan-agree-to-expand-defence-ties-as-eam-visits-tokyo-8314522", "India, Japan agree to expand defence ties as EAM visits Tokyo", d(2022, 12, 12, 20, 15, 0, 5.5), "Ananya Kulkarni", ["Ananya Kulkarni"],
          ["India and Japan agreed on Monday to hold their first joint fighter exercise next year and to speed up talks on defence equipment, after the External Affairs Minister met his Japanese counterpart in Tokyo.",
           "\"The Indo-Pacific needs partners who can work together at sea and in the air,\" said Kenji Morimoto, a researcher at the Tokyo Institute for Strategic Studies."],
          rel=True, quotes=[q("Kenji Morimoto", "Tokyo Institute for Strategic Studies")], cat="World",
          note="A minister's trip abroad for talks with a foreign government: diplomacy, relevant."),
        S("cities/delhi/delhi-aqi-severe-primary-schools-shut-8314390", "Delhi AQI slips to 'severe' again; primary schools shut till Saturday", d(2022, 12, 12, 17, 40, 0, 5.5), "Express News Service", [],
          ["The Capital's air quality index touched 431 on Monday evening, prompting the Directorate of Education to close primary schools till Saturday."],
          cat="Cities", note="City news: not relevant. 'Express News Service' is a desk: []."),
        S("business/market/sensex-ends-600-points-higher-on-it-rally-8314201", "Sensex ends 600 points higher on IT rally", d(2022, 12, 12, 16, 5, 0, 5.5), "PTI", [],
          ["The BSE Sensex rose 612 points to close at 62,130 on Monday, led by gains in IT stocks after strong US jobs data."],
          cat="Business", note="Markets with a passing foreign cue (US data): not relevant. 'PTI' is an agency credit: []."),
        S("sports/cricket/india-crush-sri-lanka-by-317-runs-8314066", "India crush Sri Lanka by 317 runs in Thiruvananthapuram", d(2022, 12, 12, 13, 30, 0, 5.5), "Sports Desk", [],
          ["India recorded the biggest win by runs in one-day history, bowling Sri Lanka out for 73 after posting 390 for five."],
          cat="Sports", note="A match against a foreign team at home: sport, not relevant."),
        S("world/sri-lanka-frees-22-tamil-nadu-fishermen-8313954", "Sri Lanka frees 22 Tamil Nadu fishermen; they return to Rameswaram", d(2022, 12, 12, 11, 0, 0, 5.5), "Kavitha Subramanian", ["Kavitha Subramanian"],
          ["Twenty-two fishermen arrested by the Sri Lankan Navy in October for crossing the International Maritime Boundary Line returned to Rameswaram on Monday after a court in Jaffna released them.",
           "The release followed talks between the two governments, the Ministry of External Affairs said."],
          rel=True, cat="World",
          note="Citizens held by a neighbour's navy and freed after talks between governments: a bilateral (diplomatic) matter told through the home angle. Relevant."),
        S("entertainment/telugu/telugu-star-film-crosses-rs-500-crore-8313801", "Telugu star's period drama crosses Rs 500 crore worldwide", d(2022, 12, 12, 9, 15, 0, 5.5), "Entertainment Desk", [],
          ["The film has also become the highest-grossing Indian release of the year in Japan, its producers said."],
          cat="Entertainment", note="Entertainment with a passing foreign box office: not relevant."),
    ]
    rows, items = [], []
    for s in specs:
        url = f"{base}/article/{s.slug}/"
        who = f'<dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">{esc(s.by)}</dc:creator>'
        rows.append(f"<item><title>{esc(s.title)}</title><link>{url}</link><description>{esc(html(s))}</description>{who}"
                    f"<pubDate>{rfc822(s.when)}</pubDate><guid>{url}</guid><category>{s.cat}</category></item>")
        items.append(exp(s, url))
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel><title>The Yamuna Express: Latest News</title>'
            f'<link>{base}/</link><description>Latest news from The Yamuna Express</description><atom:link href="{base}/feeds/latest/" rel="self"></atom:link>'
            f"<language>en-in</language><lastBuildDate>{rfc822(d(2022, 12, 12, 20, 16, 0, 5.5))}</lastBuildDate>" + "".join(rows) + "</channel></rss>")
    return feed("en_in_yamunaexpress_latest_django.rss.xml", text, items, lang="en", outlet="The Yamuna Express", aliases=["Yamuna Express"],
                ctype="application/rss+xml; charset=utf-8", topic="mixed",
                structure="Delhi English daily's 'latest news' feed from Django's syndication framework (Rss201rev2Feed): the prolog then the whole document on one line, channel title 'Brand: Latest News', an atom:link written '<atom:link …></atom:link>', language en-in, items title/link/description/dc:creator/pubDate/guid/category in Django's order, dc:creator carrying its own xmlns:dc declaration (the namespace is not on <rss>), escaped <p> descriptions, the link repeated as guid without isPermaLink, +0530 dates, bylines that are people, desks ('Express News Service', 'Sports Desk') or the agency 'PTI', world, cities, business, sports and entertainment mixed, December 2022")


# ---------------------------------------------------------------- Lahore daily, custom PHP 'latest news'
def ravi():
    base = "https://www.ravitribune.example"
    specs = [
        S("1093318/imf-board-approves-11bn-tranche", "IMF board approves $1.1bn tranche, clears way for new programme talks", d(2023, 8, 29, 23, 10, 0, 5), "Khurram Abbasi", ["Khurram Abbasi"],
          ["WASHINGTON: The executive board of the International Monetary Fund on Tuesday approved the release of about $1.1 billion to Pakistan after completing its review of the standby arrangement.",
           "\"The board's decision shows the fund is ready to stand with Pakistan if the reforms stay on track,\" said Nadia Farooqui, an economist at the Islamabad Policy Forum."],
          rel=True, quotes=[q("Nadia Farooqui", "Islamabad Policy Forum")], cat="Business",
          note="The country's dealings with an international organisation (the IMF board's decision, taken in Washington): relevant by the definition (international organisations). Borderline: filed under Business."),
        S("1093302/supreme-court-reserves-verdict-on-election-delay", "Supreme Court reserves verdict on pleas against election delay", d(2023, 8, 29, 19, 35, 0, 5), "Our Staff Reporter", [],
          ["ISLAMABAD: A three-member bench of the Supreme Court on Tuesday reserved its verdict on petitions challenging the delay of general elections beyond 90 days."],
          cat="Pakistan", note="Home courts and politics: not relevant. 'Our Staff Reporter' is no person: []."),
        S("1093287/torkham-closed-after-exchange-of-fire", "Torkham crossing closed after border guards exchange fire", d(2023, 8, 29, 17, 0, 0, 5), "Sirajuddin Afridi", ["Sirajuddin Afridi"],
          ["KHYBER: The Torkham border crossing with Afghanistan was closed to traffic on Tuesday after security forces of the two countries exchanged fire over the construction of a check post.",
           "Hundreds of trucks were stranded on both sides."],
          rel=True, cat="Pakistan", note="A clash with a neighbouring state's forces at the border: relevant, although filed under Pakistan."),
        S("1093270/karachi-heatwave-toll-rises", "Karachi heatwave: toll rises to 31 as power cuts continue", d(2023, 8, 29, 14, 20, 0, 5), "Sana Memon", ["Sana Memon"],
          ["KARACHI: At least 31 people have died of heatstroke in the city since Saturday, the Edhi Foundation said, as temperatures stayed above 42 degrees Celsius."],
          cat="Karachi", note="Home weather and city news: not relevant."),
        S("1093255/british-pakistani-elected-mayor", "British-Pakistani councillor from Jhelum elected mayor of Rochdale", d(2023, 8, 29, 11, 45, 0, 5), "Web Desk", [],
          ["Councillor Tariq Mehmood Bhatti, who moved to Britain from Jhelum as a child, was sworn in as mayor of Rochdale on Monday.",
           "\"My parents worked in the mills here, and today their son wears the chain,\" he said."],
          quotes=[q("Tariq Mehmood Bhatti")], cat="World",
          note="Diaspora news filed under World: a ceremonial local office abroad, human interest, not foreign policy. Not relevant."),
        S("1093240/lahore-lions-beat-karachi", "Lahore Lions beat Karachi Kestrels by six wickets", d(2023, 8, 29, 9, 0, 0, 5), "Sports Desk", [],
          ["LAHORE: Opener Usman Riaz hit an unbeaten 84 as the Lions chased 171 with two overs to spare at the Gaddafi Stadium."],
          cat="Sports", note="Home sport: not relevant."),
    ]
    rows, items = [], []
    for s in specs:
        nid = s.slug.split("/")[0]
        rows.append(f"<item>\n<title>{esc(s.title)}</title>\n<link>{base}/story/{s.slug}</link>\n<description><![CDATA[{html(s)}]]></description>\n"
                    f"<category>{s.cat}</category>\n<author>{esc(s.by)}</author>\n<pubDate>{rfc822(s.when)}</pubDate>\n<guid isPermaLink=\"false\">{nid}</guid>\n"
                    f'<media:content url="{base}/assets/uploads/2023/08/{nid}-x.jpg" medium="image" />\n</item>')
        items.append(exp(s, nid))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">\n<channel>\n<title>The Ravi Tribune - Latest News</title>\n'
            f"<link>{base}</link>\n<description>Latest news from Pakistan and the world</description>\n<language>en-us</language>\n<lastBuildDate>{rfc822(d(2023, 8, 29, 23, 12, 0, 5))}</lastBuildDate>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_pk_ravitribune_latest_php.rss.xml", text, items, lang="en", outlet="The Ravi Tribune", aliases=["Ravi Tribune"],
                ctype="application/rss+xml; charset=UTF-8", topic="mixed",
                structure="Lahore English daily's 'latest news' feed from a custom PHP CMS: no indentation, channel 'Brand - Latest News', en-us, items title/link/description/category/author/pubDate/guid/media:content, '/story/<7 digits>/<slug>' links, the numeric id as non-permalink guid, CDATA HTML descriptions with the whole short story and upper-case 'CITY:' datelines, RSS <author> holding a reporter, 'Our Staff Reporter', 'Web Desk' or 'Sports Desk', one <category> per item (Business, Pakistan, Karachi, World, Sports), +0500 dates, August 2023")


FEEDS = [albion, keystone, yamuna, ravi]
