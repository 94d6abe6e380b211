# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the twenty-ninth held-out set (part 1: a British public broadcaster's world
desk in its 2015 RSS, a global agency's FeedBurner world feed of 2018, a London daily's world
RSS of 2016 and a New York daily's world RSS of 2017). All outlets, people and quotations are
invented."""
import zlib

from h29 import d, esc, feed, gmt, it, q


# ---------------------------------------------------------------- public broadcaster, world RSS as in 2015 (two media:thumbnail sizes, sa-ns tracking fragment)
def albion():
    rows, items = [], []
    base = "http://www.albionnews.example/news"
    img = "http://news.albionimg.example/media/images"

    def add(path, title, desc, when, exp):
        url = f"{base}/{path}"
        n = path.rsplit("-", 1)[-1]
        rows.append(f"    <item> \n      <title>{esc(title)}</title>  \n      <description>{esc(desc)}</description>  \n"
                    f"      <link>{url}#sa-ns_mchannel=rss&amp;ns_source=PublicRSS20-sa</link>  \n      <guid isPermaLink=\"false\">{url}</guid>  \n"
                    f"      <pubDate>{gmt(when)}</pubDate>  \n      <media:thumbnail width=\"66\" height=\"49\" url=\"{img}/{n[:2]}/_{n}_p66.jpg\"/>  \n"
                    f"      <media:thumbnail width=\"144\" height=\"81\" url=\"{img}/{n[:2]}/_{n}_p144.jpg\"/> \n    </item>  ")
        items.append(exp(url))

    w = d(2015, 11, 16, 9, 41, 7, 0)
    add("world-europe-34831207", "Vienna talks: Ministers agree timetable for Syria transition",
        "Foreign ministers meeting in Vienna agree a timetable that would see a transitional government in Syria within six months and elections within 18.", w,
        lambda k: it(k, "Vienna talks: Ministers agree timetable for Syria transition", w))
    w = d(2015, 11, 16, 8, 2, 55, 0)
    add("world-asia-34830911", "Myanmar election: Opposition claims majority as final results near",
        "The opposition party says it has won enough seats to form a government, ending decades of military-backed rule.", w,
        lambda k: it(k, "Myanmar election: Opposition claims majority as final results near", w))
    w = d(2015, 11, 15, 22, 14, 30, 0)
    add("world-latin-america-34829655", "Colombia peace deal: Farc rebels hand over first list of child soldiers",
        "Colombia's largest rebel group has given the government the names of 21 child fighters it says it will release, in a step officials in Bogotá described as irreversible.", w,
        lambda k: it(k, "Colombia peace deal: Farc rebels hand over first list of child soldiers", w,
                     note="One-sentence plain standfirst."))
    w = d(2015, 11, 15, 17, 26, 2, 0)
    add("world-europe-34828710", "Video: Mourners gather at the Place de la République",
        "Hundreds of people lay flowers and light candles in central Paris for a second night.", w,
        lambda k: it(k, "Mourners gather at the Place de la République", w, story=False, rel=False,
                     note="Video clip (the broadcaster's 'Video:' headline label): not a story. Title label 'Video:' may be kept or dropped."))
    w = d(2015, 11, 15, 12, 0, 40, 0)
    add("in-pictures-34826003", "In pictures: Diwali lights across South Asia",
        "Millions of Hindus, Sikhs and Jains mark the festival of lights.", w,
        lambda k: it(k, "In pictures: Diwali lights across South Asia", w, story=False, rel=False, note="Photo gallery: not a story."))
    w = d(2015, 11, 14, 19, 52, 11, 0)
    add("world-australia-34825561", "Great Barrier Reef: Rare sea snake found alive off Queensland",
        "Scientists say the discovery of two short-nosed sea snakes, thought to be extinct for 15 years, is \"cause for hope\".", w,
        lambda k: it(k, "Great Barrier Reef: Rare sea snake found alive off Queensland", w, rel=False, note="Wildlife discovery: a story, not world affairs."))
    channel = ("    <title>Albion News - World</title>  \n"
               f"    <link>{base}/world/#sa-ns_mchannel=rss&amp;ns_source=PublicRSS20-sa</link>  \n"
               "    <description>The latest stories from the World section of the Albion News web site.</description>  \n"
               "    <language>en-gb</language>  \n"
               f"    <lastBuildDate>{gmt(d(2015, 11, 16, 9, 48, 0, 0))}</lastBuildDate>  \n"
               "    <copyright>Copyright: (C) Albion Broadcasting Corporation, see http://www.albionnews.example/help/rss/4498287.stm for terms and conditions of reuse.</copyright>  \n"
               "    <image> \n      <url>http://news.albionimg.example/nol/shared/img/albion_news_120x60.gif</url>  \n      <title>Albion News - World</title>  \n"
               f"      <link>{base}/world/#sa-ns_mchannel=rss&amp;ns_source=PublicRSS20-sa</link>  \n      <width>120</width>  \n      <height>60</height> \n    </image>  \n"
               "    <ttl>15</ttl>  \n"
               "    <atom:link href=\"http://feeds.albionnews.example/news/world/rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>  ")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet title="XSL_formatting" type="text/xsl" href="/shared/bsp/xsl/rss/nolsol.xsl"?>\n\n'
            '<rss xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">  \n  <channel> \n'
            + channel + "\n" + "\n".join(rows) + "\n  </channel> \n</rss>\n")
    return feed("en_gb_albionnews_world_2015.rss.xml", text, items, lang="en", outlet="Albion News",
                aliases=["Albion Broadcasting Corporation"],
                structure="BBC News-style (London) public broadcaster's World RSS as served in 2015: xml-stylesheet PI 'nolsol.xsl' and an empty line before <rss>, media and atom namespaces before version, channel 'Brand - World' with the 'latest stories from the World section' description, copyright of the Corporation with the terms URL, image 120x60, ttl 15, atom:link self LAST, the template's trailing double spaces after every element, no author anywhere, one-sentence plain standfirst descriptions, '#sa-ns_mchannel=rss&amp;ns_source=PublicRSS20-sa' tracking fragment on every <link> while the non-permalink guid is the bare URL, '<section>-<8 digits>' paths, two media:thumbnail sizes (66x49, 144x81), 'Topic: headline' titles, a 'Video:' clip and an 'In pictures:' gallery, GMT dates, November 2015")


# ---------------------------------------------------------------- global news agency, FeedBurner world feed (2018)
def meridian():
    rows, items = [], []
    fb = "http://feeds.meridian.example/~r/Meridian/worldNews/~3"

    def add(tok, path, title, cat, when, desc, exp):
        orig = f"https://www.meridian.example/article/{path}"
        flare = (f'&lt;div class="feedflare"&gt;\n&lt;a href="http://feeds.meridian.example/~ff/Meridian/worldNews?a={tok}:Ad9nF1:yIl2AUoC8zA"&gt;&lt;img src="http://feeds.feedburner.com/~ff/Meridian/worldNews?d=yIl2AUoC8zA" border="0"&gt;&lt;/img&gt;&lt;/a&gt; '
                 f'&lt;a href="http://feeds.meridian.example/~ff/Meridian/worldNews?a={tok}:Ad9nF1:V_sGLiPBpWU"&gt;&lt;img src="http://feeds.feedburner.com/~ff/Meridian/worldNews?i={tok}:Ad9nF1:V_sGLiPBpWU" border="0"&gt;&lt;/img&gt;&lt;/a&gt;\n&lt;/div&gt;'
                 f'&lt;img src="http://feeds.feedburner.com/~r/Meridian/worldNews/~4/{tok}" height="1" width="1" alt=""/&gt;')
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{fb}/{tok}/{path.split('/')[0]}</link>\n"
                    f"<description>{esc(desc)}{flare}</description>\n<guid isPermaLink=\"false\">{orig}</guid>\n"
                    f"<category>{cat}</category>\n<pubDate>{when.strftime('%a, %d %b %Y %H:%M:%S')} -0500</pubDate>\n<feedburner:origLink>{orig}</feedburner:origLink></item>")
        items.append(exp(orig))

    o = -5
    w = d(2018, 1, 30, 16, 12, 40, o)
    add("Qf3LmT0aXy8", "us-yemen-security-aden/separatists-seize-aden-government-buildings-as-fighting-spreads-idUSKBN1FJ1ZQ", "Separatists seize Aden government buildings as fighting spreads", "worldNews", w,
        "ADEN (Meridian) - Southern separatists took control of most government buildings in Aden on Tuesday after two days of fighting with forces loyal to Yemen's Saudi-backed president, residents and officials said. \"The government is besieged in the presidential palace,\" said Saleh Bahamish, a local official in the port city's Crater district.",
        lambda k: it(k, "Separatists seize Aden government buildings as fighting spreads", w, quotes=[q("Saleh Bahamish")],
                     junk=["feedflare"],
                     note="FeedBurner item: description ends in an escaped feedflare <div> and a 1-pixel tracking <img>; the agency dateline 'ADEN (Meridian) -' opens the text; the guid is the original article URL, the link the FeedBurner redirect."))
    w = d(2018, 1, 30, 14, 55, 3, o)
    add("mR7pKc2wEnU", "us-germany-politics/germanys-spd-sets-terms-for-coalition-talks-with-merkel-bloc-idUSKBN1FJ1TT", "Germany's SPD sets terms for coalition talks with Merkel bloc", "worldNews", w,
        "BERLIN (Meridian) - Germany's Social Democrats demanded concessions on health insurance and temporary work contracts on Tuesday as they entered formal coalition talks with Chancellor Angela Merkel's conservatives, four months after an inconclusive election.",
        lambda k: it(k, "Germany's SPD sets terms for coalition talks with Merkel bloc", w, junk=["feedflare"]))
    w = d(2018, 1, 30, 12, 31, 22, o)
    add("VbH4n2sPq0k", "us-southkorea-olympics-northkorea/north-korea-cancels-joint-cultural-event-ahead-of-games-idUSKBN1FJ0Z7", "North Korea cancels joint cultural event ahead of Games, citing South Korean media", "worldNews", w,
        "SEOUL (Meridian) - North Korea called off a joint cultural performance planned at its Mount Kumgang resort, South Korea's unification ministry said on Tuesday, blaming what Pyongyang called insulting coverage of its Olympic preparations by South Korean media.",
        lambda k: it(k, "North Korea cancels joint cultural event ahead of Games, citing South Korean media", w, junk=["feedflare"]))
    w = d(2018, 1, 30, 10, 5, 48, o)
    add("Zs8uWq1LhcE", "us-britain-eu-brexit/uk-government-brexit-impact-study-leaked-idUSKBN1FJ12M", "UK's own Brexit analysis says every scenario leaves economy worse off: report", "worldNews", w,
        "LONDON (Meridian) - A British government analysis of the impact of leaving the European Union shows the economy would be worse off under every scenario modelled, an online news site reported on Monday, citing a leaked document.",
        lambda k: it(k, "UK's own Brexit analysis says every scenario leaves economy worse off: report", w, junk=["feedflare"]))
    w = d(2018, 1, 30, 9, 20, 0, o)
    add("Pq0dTy7GzRs", "us-health-flu-usa/flu-hospitalizations-hit-record-in-u-s-cdc-idUSKBN1FJ0XN", "Flu hospitalizations reach highest level in nearly a decade: CDC", "domesticNews", w,
        "CHICAGO (Meridian) - The rate of Americans hospitalized with influenza has reached its highest level since the 2009 swine flu pandemic, U.S. health officials said on Friday.",
        lambda k: it(k, "Flu hospitalizations reach highest level in nearly a decade: CDC", w, rel=False, junk=["feedflare"], note="US domestic health story carried in the world feed: not relevant."))
    w = d(2018, 1, 30, 7, 44, 15, o)
    add("hY2kLw9NrAa", "us-mideast-crisis-syria-sochi/factbox-who-is-attending-syria-talks-in-sochi-idUSKBN1FJ0P4", "Factbox: Who is attending the Syria talks in Sochi", "worldNews", w,
        "(Meridian) - Russia is hosting a \"Syrian national dialogue congress\" in the Black Sea resort of Sochi on Tuesday, which Moscow says is meant to revive U.N.-led peace talks. Following are the main participants and absentees.",
        lambda k: it(k, "Who is attending the Syria talks in Sochi", w, junk=["feedflare"],
                     note="Agency factbox: a story (lists participants of a diplomatic event). Title label 'Factbox:' may be kept or dropped."))
    channel = ("<title>Meridian: World News</title>\n<link>http://www.meridian.example</link>\n"
               "<description>Meridian.example is your source for breaking news, business, financial and investing news. Meridian is a leading global provider of news and financial information to the world's media, institutions and businesses.</description>\n"
               "<image>\n\t<title>Meridian News</title>\n\t<width>120</width>\n\t<height>35</height>\n\t<link>http://www.meridian.example</link>\n\t<url>http://www.meridian.example/resources_v2/images/meridian125.png</url>\n</image>\n"
               f"<language>en-us</language>\n<lastBuildDate>{d(2018, 1, 30, 16, 20, 2, o).strftime('%a, %d %b %Y %H:%M:%S')} -0500</lastBuildDate>\n"
               "<copyright>All rights reserved. Users may download and print extracts of content from this website for their own personal and non-commercial use only. Republication or redistribution of Meridian content is expressly prohibited without the prior written consent of Meridian. © Meridian 2018</copyright>\n"
               '<atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="self" type="application/rss+xml" href="http://feeds.meridian.example/Meridian/worldNews" /><feedburner:info uri="meridian/worldnews" />'
               '<atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="hub" href="http://pubsubhubbub.appspot.com/" /><feedburner:emailServiceId>Meridian/worldNews</feedburner:emailServiceId><feedburner:feedburnerHostname>https://feedburner.google.com</feedburner:feedburnerHostname>')
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" media="screen" href="/~d/styles/rss2full.xsl"?><?xml-stylesheet type="text/css" media="screen" href="http://feeds.meridian.example/~d/styles/itemcontent.css"?>'
            '<rss xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel></rss>\n")
    return feed("en_agency_meridian_worldnews_feedburner.rss.xml", text, items, lang="en", outlet="Meridian",
                structure="Reuters-style (London/New York) news agency's World News feed through FeedBurner as of January 2018: two xml-stylesheet PIs glued to <rss>, only the feedburner namespace, channel 'Brand: World News' with the long reuse-terms copyright ending '© Brand 2018', tab-indented <image> 120x35, atom10:link self/hub and feedburner:info/emailServiceId/feedburnerHostname on one line, items with '/~r/Brand/worldNews/~3/<token>/<slug>' redirect links, the original '/article/<slug>-idUSKBN…' URL as non-permalink guid and in feedburner:origLink LAST, plain descriptions opening with the 'CITY (Brand) -' dateline and ending in an escaped feedflare <div> with ad images and a 1-pixel tracking <img>, <category>worldNews</category> (one domesticNews item), no author, 'Factbox:' label, -0500 dates")


# ---------------------------------------------------------------- London daily, world news RSS (2016)
def sentinel():
    rows, items = [], []
    base = "https://www.thesentinel.example"

    def add(path, title, cats, when, creators, desc_html, credit, exp):
        url = f"{base}/{path}"
        c = "".join(f'<category domain="{base}/{p}">{esc(n)}</category>' for p, n in cats)
        pic = f"https://i.sentinelimg.example/img/media/{zlib.crc32(path.encode()):012d}/0_0_3500_2100/master/3500.jpg"
        med = (f'<media:content width="140" url="{pic}?w=140&amp;q=55&amp;auto=format&amp;usm=12&amp;fit=max&amp;s=1a2b"><media:credit scheme="urn:ebu">{esc(credit)}</media:credit></media:content>'
               f'<media:content width="460" url="{pic}?w=460&amp;q=55&amp;auto=format&amp;usm=12&amp;fit=max&amp;s=3c4d"><media:credit scheme="urn:ebu">{esc(credit)}</media:credit></media:content>') if credit else ""
        cr = f"<dc:creator>{esc(creators)}</dc:creator>" if creators else ""
        more = f' <a href="{url}">Continue reading...</a>'
        desc_html = desc_html.replace("</p>", "<br></p>", 1)  # the standfirst paragraph ends in a <br>
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc_html + more)}</description>{c}"
                    f"<pubDate>{gmt(when)}</pubDate><guid>{url}</guid>{med}{cr}<dc:date>{when.strftime('%Y-%m-%dT%H:%M:%SZ')}</dc:date></item>")
        items.append(exp(url))

    w = d(2016, 3, 15, 14, 22, 31, 0)
    add("world/2016/mar/15/russia-begins-syria-withdrawal-warplanes-leave-hmeimim", "Russia begins Syria withdrawal as first warplanes leave Hmeimim base",
        [("world/syria", "Syria"), ("world/russia", "Russia"), ("world/middleeast", "Middle East and North Africa"), ("world/world", "World news")], w,
        "Ayla Brennan in Beirut and Oskar Thale in Moscow",
        "<p>Kremlin says main part of its forces will go but air defences stay, as Geneva talks resume with UN envoy urging both sides to seize the moment</p>"
        "<p>The first group of Russian warplanes has left Syria, the defence ministry in Moscow said on Tuesday, a day after the Kremlin surprised Washington and Damascus alike by announcing that the main part of its forces would pull out.</p>"
        "<p>“The task set before the ministry and the armed forces has on the whole been accomplished,” said Gen Vadim Korolyov, a ministry spokesman, as television showed bombers landing at an air base in southern Russia.</p>",
        "Photograph: Aleksei Dorofeev/AP",
        lambda k: it(k, "Russia begins Syria withdrawal as first warplanes leave Hmeimim base", w, ["Ayla Brennan", "Oskar Thale"], quotes=[q("Vadim Korolyov")],
                     junk=["Continue reading", "Photograph:"],
                     note="dc:creator 'A in City and B in City'; description = standfirst <p> without final stop + two paragraphs + 'Continue reading...' link; media:credit holds the photo credit."))
    w = d(2016, 3, 15, 12, 58, 4, 0)
    add("world/live/2016/mar/15/brussels-raid-police-shooting-live", "Brussels police raid: officers shot during anti-terror operation – live",
        [("world/belgium", "Belgium"), ("world/world", "World news")], w, "Hester Crane and Milo Barrat",
        "<p>Three officers injured in Forest district as police search flat linked to Paris attacks inquiry</p><ul><li>Sniper reported on rooftop</li><li>Schools and tram lines closed</li></ul>",
        "Photograph: Yves Marchal/EPA",
        lambda k: it(k, "Brussels police raid: officers shot during anti-terror operation – live", w, ["Hester Crane", "Milo Barrat"], story=False,
                     note="Live blog ('– live' suffix, /live/ path): not a story."))
    w = d(2016, 3, 15, 11, 40, 0, 0)
    add("commentisfree/2016/mar/15/the-sentinel-view-on-brazil-protests-rousseff", "The Sentinel view on Brazil’s protests: a crisis of trust, not just of one president",
        [("commentisfree/commentisfree", "Opinion"), ("world/brazil", "Brazil"), ("world/world", "World news")], w, "Editorial",
        "<p><strong>Editorial:</strong> Millions marched against Dilma Rousseff at the weekend. But the rot in Brazil’s politics runs through every party, and impeachment alone will not cure it</p>"
        "<p>Sunday’s demonstrations were the largest in Brazil since the end of military rule. They were also, in their way, a verdict on a political class that has treated the state oil company as a piggy bank for three decades.</p>",
        "", lambda k: it(k, "The Sentinel view on Brazil’s protests: a crisis of trust, not just of one president", w, [], junk=["Continue reading", "Editorial:"],
                         note="Leader column: a story (opinion), relevant. dc:creator 'Editorial' is not a person."))
    w = d(2016, 3, 14, 21, 5, 18, 0)
    add("world/2016/mar/14/china-npc-five-year-plan-growth-target", "China sets lowest growth target in 25 years as congress closes",
        [("world/china", "China"), ("business/economics", "Economics"), ("world/world", "World news")], w, "Tomasz Willet in Beijing",
        "<p>Premier tells delegates 6.5% is ‘no easy task’ as plan to cut steel and coal capacity threatens 1.8m jobs</p>"
        "<p>China’s rubber-stamp parliament has approved a five-year plan that aims for annual growth of at least 6.5%, the lowest target in a quarter of a century, as the leadership tries to steer the world’s second-largest economy away from heavy industry.</p>",
        "Photograph: Ng Han Guan/AP",
        lambda k: it(k, "China sets lowest growth target in 25 years as congress closes", w, ["Tomasz Willet"], junk=["Continue reading"]))
    w = d(2016, 3, 14, 16, 30, 0, 0)
    add("world/gallery/2016/mar/14/holi-festival-of-colours-in-pictures", "Holi: the festival of colours – in pictures",
        [("world/india", "India"), ("world/world", "World news")], w, "",
        "<p>Revellers across India and Nepal throw coloured powder to mark the arrival of spring</p>",
        "Photograph: Rajesh Kumar Singh/AP",
        lambda k: it(k, "Holi: the festival of colours – in pictures", w, [], story=False, rel=False, note="Photo gallery ('– in pictures'): not a story."))
    w = d(2016, 3, 14, 9, 12, 45, 0)
    add("world/2016/mar/14/new-zealand-flag-referendum-result-silver-fern", "New Zealand votes to keep its flag after 18-month debate",
        [("world/new-zealand", "New Zealand"), ("world/world", "World news")], w, "Eleanor Marsh in Wellington",
        "<p>Preliminary result shows 56.6% backed the current design over the silver fern alternative</p>"
        "<p>New Zealanders have voted to keep their flag, rejecting a black, white and blue silver fern design in a referendum that cost NZ$26m.</p>",
        "Photograph: Hagen Hopkins/Getty Images",
        lambda k: it(k, "New Zealand votes to keep its flag after 18-month debate", w, ["Eleanor Marsh"], rel=False, junk=["Continue reading"],
                     note="Domestic symbolic referendum abroad: borderline, labelled not relevant (no foreign-policy angle)."))
    channel = (f"<title>World news | The Sentinel</title><link>{base}/world</link><description>Latest World news news, comment and analysis from the Sentinel, the world's leading liberal voice</description>"
               f"<language>en-gb</language><copyright>Sentinel News and Media Limited or its affiliated companies. All rights reserved. 2016</copyright><pubDate>{gmt(d(2016, 3, 15, 14, 30, 0, 0))}</pubDate>"
               f"<dc:date>2016-03-15T14:30:00Z</dc:date><dc:language>en-gb</dc:language><dc:rights>© Sentinel News and Media Limited or its affiliated companies. All rights reserved. 2016</dc:rights>"
               f"<image><title>The Sentinel</title><url>https://assets.sentinel.example/images/sentinel-logo-rss.c45beb1bafa34b347ac333af2e6fe23f.png</url><link>{base}</link></image>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0"><channel>'
            + channel + "".join(rows) + "</channel></rss>")
    return feed("en_gb_sentinel_world_2016.rss.xml", text, items, lang="en", outlet="The Sentinel", aliases=["Sentinel"],
                structure="Guardian-style (London) daily's world news RSS as of March 2016: lower-case utf-8 declaration on its own line and the rest on one line without final newline, media then dc namespaces, channel 'World news | Brand' with a '… news, comment and analysis' description, 'Limited' copyright and dc:rights, channel pubDate/dc:date, items: title, link, escaped HTML description (standfirst <p> without final stop ending in <br>, one or two paragraphs with curly quotes, ' <a>Continue reading...</a>'), several <category domain=…> keyword tags, GMT pubDate, bare guid, two media:content sizes (140 and 460) with 'Photograph: NAME/Agency' media:credit scheme urn:ebu, dc:creator 'A in City and B in City' or 'Editorial', dc:date ISO Z LAST, a '– live' blog, an '– in pictures' gallery and a leader column")


# ---------------------------------------------------------------- New York daily, world RSS (2017)
def ledger():
    rows, items = [], []
    base = "https://www.manhattanledger.example"

    def add(path, title, desc, when, creator, kws, credit, caption, exp):
        url = f"{base}/{path}"
        cats = "".join(f'\n      <category domain="http://www.manhattanledger.example/namespaces/keywords/{dom}">{esc(k)}</category>' for dom, k in kws)
        med = (f'\n      <media:content url="https://static01.ledgerimg.example/images/{path[:10]}/{path.rsplit("/", 1)[-1][:12]}/moth.jpg" medium="image" height="151" width="151"/>'
               f"\n      <media:description>{esc(caption)}</media:description>\n      <media:credit>{esc(credit)}</media:credit>") if credit else ""
        cr = f"\n      <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}?partner=rss&amp;emc=rss</link>\n      <guid isPermaLink=\"true\">{url}</guid>\n"
                    f"      <atom:link rel=\"standout\" href=\"{url}?partner=rss&amp;emc=rss\"/>\n      <description>{esc(desc)}</description>{cr}\n      <pubDate>{gmt(when)}</pubDate>{cats}{med}\n    </item>")
        items.append(exp(url))

    w = d(2017, 9, 18, 21, 40, 12, 0)
    add("2017/09/18/world/asia/rohingya-myanmar-bangladesh-border-camps.html", "Rohingya Stream Into Bangladesh as Aid Groups Warn of ‘Catastrophe’",
        "More than 400,000 people have fled Myanmar in three weeks. “We have never seen an exodus on this scale this fast,” said Farida Noorani, a coordinator for an aid consortium in Cox’s Bazar.", w,
        "ISOBEL REYNE and KAMAL HOSSAIN", [("geo", "Myanmar"), ("geo", "Bangladesh"), ("des", "Refugees and Displaced Persons"), ("org", "United Nations")],
        "Adam Dean for The Manhattan Ledger", "Rohingya refugees waded across a river near the border on Sunday.",
        lambda k: it(k, "Rohingya Stream Into Bangladesh as Aid Groups Warn of ‘Catastrophe’", w, ["Isobel Reyne", "Kamal Hossain"], quotes=[q("Farida Noorani")],
                     junk=["for The Manhattan Ledger", "waded across a river"],
                     note="dc:creator in the paper's upper-case form 'A and B' (names to be shown as people: 'Isobel Reyne', 'Kamal Hossain'); media:description is a photo caption and must not replace the description."))
    w = d(2017, 9, 18, 19, 2, 50, 0)
    add("2017/09/18/world/europe/germany-election-merkel-afd-campaign.html", "In Germany’s Election, a Far-Right Party Courts Voters the Mainstream Forgot",
        "With a week to go, the Alternative for Germany is polling third, a prospect that unsettles a country that built its postwar politics on keeping extremists out of Parliament.", w,
        "KATRIN VOSSBERG", [("geo", "Germany"), ("org", "Alternative for Germany"), ("des", "Elections")],
        "Gordon Welters for The Manhattan Ledger", "A campaign rally in Cottbus on Saturday.",
        lambda k: it(k, "In Germany’s Election, a Far-Right Party Courts Voters the Mainstream Forgot", w, ["Katrin Vossberg"], junk=["Gordon Welters", "campaign rally in Cottbus"]))
    w = d(2017, 9, 18, 10, 30, 0, 0)
    add("2017/09/18/briefing/north-korea-hurricane-maria-emmys.html", "Your Tuesday Briefing: North Korea, Hurricane Maria, Emmys",
        "Here’s what you need to know to start your day.", w,
        "CHARLOTTE ABERDALE", [("des", "internal-sub-only-nl")], "", "",
        lambda k: it(k, "Your Tuesday Briefing: North Korea, Hurricane Maria, Emmys", w, ["Charlotte Aberdale"], story=False, rel=False,
                     note="Morning newsletter briefing digest: not a story."))
    w = d(2017, 9, 17, 23, 11, 4, 0)
    add("2017/09/17/world/americas/mexico-earthquake-rebuilding-oaxaca.html", "After Mexico’s Earthquake, a Town Sleeps in the Street",
        "In Juchitán, where the quake destroyed a third of the houses, residents fear aftershocks and wonder when help from Mexico City will arrive.", w,
        "ELENA MARROQUÍN", [("geo", "Mexico"), ("des", "Earthquakes")],
        "Meghan Dhaliwal for The Manhattan Ledger", "Residents slept outside their damaged homes in Juchitán.",
        lambda k: it(k, "After Mexico’s Earthquake, a Town Sleeps in the Street", w, ["Elena Marroquín"], junk=["Meghan Dhaliwal"],
                     note="People displaced after a deadly quake abroad: relevant (rule D)."))
    w = d(2017, 9, 17, 15, 45, 30, 0)
    add("2017/09/17/world/middleeast/iraq-kurdistan-referendum-baghdad.html", "Baghdad and Washington Press Kurds to Call Off Independence Vote",
        "Iraq’s prime minister said the referendum planned for Sept. 25 was unconstitutional, and American officials offered talks if the Kurdish leadership postponed it.", w,
        "DAVID ALSTROM and FALAH HUSSEIN", [("geo", "Iraq"), ("geo", "Kurdistan"), ("des", "Referendums")],
        "Ari Jalal/Reuters", "Kurdish flags in Erbil last week.",
        lambda k: it(k, "Baghdad and Washington Press Kurds to Call Off Independence Vote", w, ["David Alstrom", "Falah Hussein"], junk=["Ari Jalal"]))
    w = d(2017, 9, 17, 12, 0, 0, 0)
    add("2017/09/17/world/australia/sydney-opera-house-sails-anniversary.html", "Australia Diary: What Sydney’s Sails Mean to the People Who Clean Them",
        "The men who abseil down the Opera House roof have one of the city’s strangest jobs, and one of its best views.", w,
        "JULIA ASHTON", [("geo", "Sydney (Australia)"), ("des", "Architecture")],
        "Ledger Photo Desk", "",
        lambda k: it(k, "What Sydney’s Sails Mean to the People Who Clean Them", w, ["Julia Ashton"], rel=False,
                     note="Feature column: a story, not relevant. Title label 'Australia Diary:' may be kept or dropped. 'Ledger Photo Desk' credit has no caption."))
    channel = ("    <title>LDG &gt; World</title>\n    <link>https://www.manhattanledger.example/section/world?partner=rss&amp;emc=rss</link>\n"
               '    <atom:link href="https://rss.manhattanledger.example/services/xml/rss/ldg/World.xml" rel="self" type="application/rss+xml"/>\n'
               "    <description/>\n    <language>en-us</language>\n    <copyright>Copyright 2017 The Manhattan Ledger Company</copyright>\n"
               f"    <lastBuildDate>{gmt(d(2017, 9, 18, 21, 45, 0, 0))}</lastBuildDate>\n    <image>\n      <title>LDG &gt; World</title>\n"
               "      <url>https://static01.ledgerimg.example/images/misc/LDGLogo163x25.gif</url>\n      <link>https://www.manhattanledger.example/section/world?partner=rss&amp;emc=rss</link>\n    </image>")
    text = ('<?xml version="1.0"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:ldg="http://www.manhattanledger.example/namespaces/rss/2.0" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">\n  <channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_us_manhattanledger_world_2017.rss.xml", text, items, lang="en", outlet="The Manhattan Ledger", aliases=["Manhattan Ledger", "LDG"],
                declared=None,
                structure="New York Times-style daily's World RSS as of September 2017: '<?xml version=\"1.0\"?>' without encoding, dc/atom/paper/media namespaces, channel 'ACRONYM > World' (&gt;) with an empty <description/>, 'Company' copyright, items: title with curly quotes, '?partner=rss&amp;emc=rss' link, permalink guid, atom:link rel=standout, one-sentence description, dc:creator in the upper-case 'NAME and NAME' form, GMT pubDate, <category domain=…/keywords/geo|des|org>, media:content 151x151 with media:description caption and media:credit 'NAME for The Brand' or agency, a 'Your Tuesday Briefing' newsletter item and an 'Australia Diary:' column")


FEEDS = [albion, meridian, sentinel, ledger]
