# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English world desks of the thirty-fifth held-out set (feeds as they looked in 2008–2012): a
London broadsheet behind FeedBurner (2009), a Virginia daily on Movable Type 4 (2008), a Dublin
daily on Drupal 6 (2011) and a Mumbai daily's home-grown ASP.NET feed (2012). All outlets,
people and quotations are invented."""
from h35 import d, esc, feed, it, ordered, q, rfc822


# ---------------------------------------------------------------- London broadsheet through FeedBurner, January 2009
def albion():
    rows, items = [], []
    base = "http://www.albionstandard.example"
    fb = "http://feedproxy.google.example/~r/AlbionStandardWorld/~3"

    def add(token, path, title, when, creator, desc, exp):
        url = f"{base}/{path}"
        pixel = f'&lt;img src="http://feeds.feedburner.example/~r/AlbionStandardWorld/~4/{token}" height="1" width="1"/&gt;'
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{fb}/{token}/{path.rsplit('/', 1)[-1]}</link><description>{esc(desc)}{pixel}</description>"
                    f"{cr}<pubDate>{rfc822(when, gmt=True)}</pubDate><guid isPermaLink=\"false\">{url}</guid><feedburner:origLink>{url}</feedburner:origLink></item>")
        items.append(exp(url))

    w = d(2009, 1, 18, 21, 40)
    add("Kq3bX1fYw2c", "news/world/middle-east/article-2290417.html", "Gaza ceasefire holds as Hamas announces its own one-week truce", w, "Helen Ashcroft in Jerusalem",
        "<p>A fragile calm settled over Gaza last night after Hamas announced a one-week ceasefire, hours after Israel's unilateral halt to its three-week offensive.</p>"
        "<p>&quot;People are coming out to look for their relatives under the rubble. Nobody believes this is the end,&quot; said Dr Yusuf Abu Hamad, a surgeon at a hospital in Gaza City.</p>"
        "<p>European leaders are due to meet in Sharm el-Sheikh today.</p>",
        lambda k: it(k, "Gaza ceasefire holds as Hamas announces its own one-week truce", w, ["Helen Ashcroft"], quotes=[q("Yusuf Abu Hamad", "hospital in Gaza City")],
                     junk=["feedburner"],
                     note="FeedBurner-proxied item: link through the proxy, the real URL in a non-permalink guid and feedburner:origLink, escaped HTML description ending in FeedBurner's 1-pixel tracking image. dc:creator 'Name in City': the person only. Relevant."))
    w = d(2009, 1, 18, 16, 5)
    add("p8LmQ0vRz7A", "news/world/europe/article-2290388.html", "Gas deal in sight as Putin and Tymoshenko meet in Moscow", w, "Oliver Brandt, Moscow Correspondent",
        "<p>Russia and Ukraine moved closer to ending the gas dispute that has left parts of south-eastern Europe without heating for twelve days.</p>"
        "<p>In Bulgaria, schools closed for a second week. &quot;We burn furniture now,&quot; said Ivanka Petrova, a pensioner in Sofia.</p>",
        lambda k: it(k, "Gas deal in sight as Putin and Tymoshenko meet in Moscow", w, ["Oliver Brandt"], quotes=[q("Ivanka Petrova")], junk=["feedburner"],
                     note="dc:creator 'Name, Moscow Correspondent': job title is not part of the name. Heads of government appear only as a setting. Relevant."))
    w = d(2009, 1, 17, 12, 30)
    add("Zt5Wc2Hn0Qe", "news/uk/article-2290301.html", "Last Woolworths stores close their doors after 99 years", w, "",
        "<p>The final 200 Woolworths shops closed yesterday, with the loss of 27,000 jobs on the high street.</p>"
        "<p>&quot;I came here for pick 'n' mix as a boy and I brought my grandson today,&quot; said Derek Hollins, 71, in Bolton.</p>",
        lambda k: it(k, "Last Woolworths stores close their doors after 99 years", w, [], rel=False, quotes=[q("Derek Hollins")], junk=["feedburner"],
                     note="UK high-street business news in the world feed: a story, not relevant. No dc:creator."))
    w = d(2009, 1, 17, 9, 15)
    add("Rm1Yh7uJk4s", "news/world/americas/article-2290266.html", "Washington prepares for two million at inauguration", w, "Kate Lindqvist in Washington",
        "<p>Security officials in Washington are preparing for up to two million people on the National Mall on Tuesday, the largest crowd the capital has seen.</p>"
        "<p>Bridges from Virginia will close to cars. Hotels within 100 miles are said to be full.</p>",
        lambda k: it(k, "Washington prepares for two million at inauguration", w, ["Kate Lindqvist"], junk=["feedburner"],
                     note="A foreign inauguration as a setting: relevant (world affairs)."))
    w = d(2009, 1, 16, 18, 0)
    add("Ve9Nd3Sx6Lb", "video/world/article-2290210.html", "Video: Hudson river plane landing, passengers' footage", w, "",
        "<p>Watch the moment passengers climbed on to the wings.</p>",
        lambda k: it(k, "Video: Hudson river plane landing, passengers' footage", w, [], story=False, rel=False, junk=["feedburner"],
                     note="Video page: not a story. Title label 'Video:' may be kept or dropped."))
    w = d(2009, 1, 16, 11, 45)
    add("Hc4Tp6Gm8Ry", "news/world/asia/article-2290174.html", "Sri Lankan army pushes towards last Tamil Tiger stronghold", w, "Ravi Menon, South Asia Editor",
        "<p>Sri Lankan troops have taken the Elephant Pass causeway, cutting the Tamil Tigers off from the Jaffna peninsula two weeks after the fall of Kilinochchi.</p>"
        "<p>Aid agencies say 250,000 civilians are trapped in the jungle strip that remains under rebel control. &quot;There is no safe place left for them,&quot; said Anna Kovac of the relief group Lifeline Asia.</p>",
        lambda k: it(k, "Sri Lankan army pushes towards last Tamil Tiger stronghold", w, ["Ravi Menon"], quotes=[q("Anna Kovac", "Lifeline Asia")], junk=["feedburner"],
                     note="Relevant."))
    head = ('<title>The Albion Standard - World</title><link>http://www.albionstandard.example/news/world/</link><description>World news from The Albion Standard</description><language>en-gb</language>'
            '<copyright>Copyright 2009 Albion Newspapers Ltd</copyright><lastBuildDate>Sun, 18 Jan 2009 21:42:10 GMT</lastBuildDate>'
            '<atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="self" type="application/rss+xml" href="http://feeds.feedburner.example/AlbionStandardWorld" />'
            '<feedburner:info uri="albionstandardworld" />')
    text = ('<?xml version="1.0" encoding="UTF-8"?>\r\n<?xml-stylesheet type="text/xsl" media="screen" href="/~d/styles/rss2full.xsl"?><?xml-stylesheet type="text/css" media="screen" href="http://feeds.feedburner.example/~d/styles/itemcontent.css"?>'
            '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" version="2.0"><channel>'
            + head + "".join(rows) + "</channel></rss>\r\n")
    return feed("en_gb_albionstandard_world_feedburner2009.rss.xml", text, items, lang="en", outlet="The Albion Standard", aliases=["Albion Standard"],
                ctype="text/xml; charset=UTF-8",
                structure="London broadsheet's world feed republished through FeedBurner as of January 2009: CRLF after the prolog, two xml-stylesheet PIs glued to <rss>, everything else on one line, language en-gb, copyright of the 'Newspapers Ltd', atom10:link self and feedburner:info, items with a '/~r/<Feed>/~3/<token>/<file>' proxy link, escaped HTML description ending in FeedBurner's escaped 1-pixel '~4' tracking image, dc:creator 'Name in City' / 'Name, Job' or absent, GMT pubDates, the real URL as non-permalink guid and in feedburner:origLink LAST, a video item, UK business news")


# ---------------------------------------------------------------- Virginia daily on Movable Type 4, August 2008
def tidewater():
    rows, items = [], []
    base = "http://www.tidewatergazette.example"

    def add(eid, slug, title, when, cats, body, exp):
        url = f"{base}/world/{when.strftime('%Y/%m')}/{slug}.html"
        cts = "".join(f'\n<category domain="http://www.sixapart.com/ns/types#category">{esc(c)}</category>' for c in cats)
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<description>{esc(body)}</description>\n<link>{url}</link>\n<guid>{url}</guid>\n"
                    f"{cts.lstrip(chr(10))}\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(url))

    w = d(2008, 8, 12, 18, 25, 0, -4)
    add(14452, "georgia_russia_ceasefire", "Russia halts Georgia offensive; Sarkozy brokers six-point plan", w, ["World", "Europe"],
        "<p>By Ellen Marsh<br />\nGazette Staff Writer</p>\n<p>Russia said Tuesday it was ending military operations in Georgia after five days of fighting, as the French president flew between Moscow and Tbilisi with a ceasefire plan.</p>\n"
        "<p>In Norfolk, the Georgian-American community gathered at a church on Granby Street. &quot;My mother is in Gori. I have not reached her since Friday,&quot; said Nino Beridze, a nurse at a local hospital.</p>",
        lambda k: it(k, "Russia halts Georgia offensive; Sarkozy brokers six-point plan", w, ["Ellen Marsh"], quotes=[q("Nino Beridze")], junk=["Gazette Staff Writer"],
                     note="Movable Type 4's default RSS template: no author element; the byline is the first paragraph of the entry body ('By Name<br />Gazette Staff Writer'), the author to show, and not part of the summary. Relevant."))
    w = d(2008, 8, 11, 21, 10, 0, -4)
    add(14440, "phelps_fourth_gold", "Phelps wins third gold, world record in 200 freestyle", w, ["Sports", "Olympics"],
        "<p>From wire reports</p>\n<p>BEIJING &#8212; Michael Phelps won his third gold medal of the Beijing Games on Tuesday morning, setting a world record in the 200-meter freestyle.</p>",
        lambda k: it(k, "Phelps wins third gold, world record in 200 freestyle", w, [], rel=False, junk=["From wire reports"],
                     note="Olympic sport in the world feed: a story, not relevant. 'From wire reports' is a credit, not a byline."))
    w = d(2008, 8, 11, 14, 0, 0, -4)
    add(14431, "pakistan_musharraf_impeachment", "Pakistan coalition drafts impeachment charges against Musharraf", w, ["World", "Asia"],
        "<p>By Tom Whitaker<br />\nGazette Wire Editor</p>\n<p>ISLAMABAD &#8212; Pakistan's ruling coalition began drafting impeachment charges against President Pervez Musharraf on Monday, accusing him of economic mismanagement.</p>\n"
        "<p>&quot;He has a week to decide whether he leaves with dignity,&quot; said Farooq Ali Qureshi, a lawmaker from the coalition.</p>",
        lambda k: it(k, "Pakistan coalition drafts impeachment charges against Musharraf", w, ["Tom Whitaker"], quotes=[q("Farooq Ali Qureshi")], junk=["Gazette Wire Editor"],
                     note="Body byline 'By Name<br />Gazette Wire Editor'. The president is a setting only. Relevant."))
    w = d(2008, 8, 10, 9, 30, 0, -4)
    add(14419, "navy_ships_norfolk_deploy", "Two Norfolk-based destroyers deploy to Black Sea region", w, ["World", "Military"],
        "<p>By Ellen Marsh<br />\nGazette Staff Writer</p>\n<p>Two destroyers from Naval Station Norfolk left Sunday for the Mediterranean, with orders that Navy officials said could take them into the Black Sea to deliver aid to Georgia.</p>\n"
        "<p>&quot;Our sailors train for exactly this,&quot; said Cmdr. Lisa Donnelly, a spokeswoman for the fleet.</p>",
        lambda k: it(k, "Two Norfolk-based destroyers deploy to Black Sea region", w, ["Ellen Marsh"], quotes=[q("Lisa Donnelly")], junk=["Gazette Staff Writer"],
                     note="Local angle on a foreign crisis (US ships sent to deliver aid): relevant. 'Cmdr.' is a rank, not part of the name."))
    w = d(2008, 8, 9, 12, 0, 0, -4)
    add(14405, "photo_gallery_beijing_opening", "Photo gallery: Beijing opening ceremony", w, ["Photos"],
        "<p><a href=\"http://www.tidewatergazette.example/photos/2008/08/beijing_opening/\"><img alt=\"opening.jpg\" src=\"http://www.tidewatergazette.example/world/assets_c/2008/08/opening-thumb-200x133.jpg\" width=\"200\" height=\"133\" /></a></p>\n<p>Click the photo to see 24 images.</p>",
        lambda k: it(k, "Photo gallery: Beijing opening ceremony", w, [], story=False, rel=False,
                     note="Photo gallery: not a story. Title label 'Photo gallery:' may be kept or dropped."))
    w = d(2008, 8, 8, 16, 40, 0, -4)
    add(14396, "mauritania_coup", "Army seizes power in Mauritania, detains president", w, ["World", "Africa"],
        "<p>The Associated Press</p>\n<p>NOUAKCHOTT, Mauritania &#8212; Army officers seized power in Mauritania on Wednesday, arresting the country's first democratically elected president hours after he tried to fire the military's top generals.</p>",
        lambda k: it(k, "Army seizes power in Mauritania, detains president", w, [], junk=["The Associated Press"],
                     note="Agency copy credited in the first paragraph. Relevant."))
    rows, items = ordered(rows, items)
    head = (f"<title>The Tidewater Gazette: World</title>\n<link>{base}/world/</link>\n<description>World and national news from The Tidewater Gazette, Norfolk</description>\n"
            f"<language>en</language>\n<copyright>Copyright 2008</copyright>\n<lastBuildDate>{rfc822(d(2008, 8, 12, 18, 25, 41, -4))}</lastBuildDate>\n"
            "<generator>http://www.sixapart.com/movabletype/</generator>\n<docs>http://www.rssboard.org/rss-specification</docs> \n")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n' + head + "\n" + "\n".join(rows) + "\n\n</channel>\n</rss>\n")
    return feed("en_us_tidewatergazette_world_mt4.rss.xml", text, items, lang="en", outlet="The Tidewater Gazette", aliases=["Tidewater Gazette"],
                ctype="application/rss+xml",
                structure="Norfolk (Virginia) daily's world blog on Movable Type 4.2 with the default RSS 2.0 index template: no namespaces, <generator>http://www.sixapart.com/movabletype/</generator>, docs, items as title, description (the WHOLE entry body escaped), link, guid = permalink, category with the sixapart '#category' domain, pubDate with -0400; no author element: the byline is the body's first paragraph 'By Name<br />Gazette Staff Writer' or a credit ('From wire reports', 'The Associated Press'), '&#8212;' datelines, an Olympic result and a photo gallery, August 2008")


# ---------------------------------------------------------------- Dublin daily on Drupal 6, May 2011
def leinster():
    rows, items = [], []
    base = "http://www.leinsterherald.example"

    def add(nid, path, title, when, creator, term, body, exp):
        url = f"{base}/{path}"
        rows.append(f" <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(body)}</description>\n     <comments>{url}#comments</comments>\n"
                    f" <category domain=\"{base}/{term[1]}\">{esc(term[0])}</category>\n <pubDate>{rfc822(when)}</pubDate>\n <dc:creator>{esc(creator)}</dc:creator>\n <guid isPermaLink=\"false\">{nid} at {base}</guid>\n  </item>")
        items.append(exp(f"{nid} at {base}"))

    w = d(2011, 5, 2, 9, 12, 0, 1)
    add(40812, "world/bin-laden-killed-us-raid-pakistan", "Bin Laden killed by US special forces in Pakistan", w, "Declan Furlong",
        ("World", "category/news/world"),
        '<p><strong>Declan Furlong</strong></p><p>Osama bin Laden was killed by US special forces in a compound in Abbottabad, north of Islamabad, almost ten years after the September 11th attacks.</p>'
        '<p>The Tánaiste said Ireland welcomed the news but urged vigilance. &quot;This does not end the threat, and we would be foolish to think it does,&quot; said Prof Siobhán Keogh, a security analyst at a Dublin university.</p>',
        lambda k: it(k, "Bin Laden killed by US special forces in Pakistan", w, ["Declan Furlong"], quotes=[q("Siobhán Keogh")], junk=["Declan Furlong"],
                     note="Drupal 6 view: dc:creator holds the CMS user, here a real name; the node body repeats it in bold at the top (not part of the summary). Relevant."))
    w = d(2011, 5, 1, 20, 30, 0, 1)
    add(40790, "world/greek-austerity-protests-athens", "Athens police clash with May Day protesters over new cuts", w, "herald_wires",
        ("World", "category/news/world"),
        '<p>ATHENS &ndash; Police fired tear gas at protesters in central Athens as tens of thousands marched against a new round of spending cuts demanded by the EU and IMF.</p>'
        '<p>Ireland, which received its own bailout in November, is watching the Greek talks closely.</p>',
        lambda k: it(k, "Athens police clash with May Day protesters over new cuts", w, [],
                     note="dc:creator is a desk account ('herald_wires'): not a person. '&ndash;' inside escaped HTML. Relevant."))
    w = d(2011, 5, 1, 16, 0, 0, 1)
    add(40781, "sport/gaa/dublin-beat-kerry-league-final", "Dublin end 35-year wait for league title against Kerry", w, "Ciarán Nolan",
        ("Sport", "category/sport/gaa"),
        '<p>Dublin won their first National Football League title since 1976 with a two-point win over Kerry at Croke Park.</p>',
        lambda k: it(k, "Dublin end 35-year wait for league title against Kerry", w, ["Ciarán Nolan"], rel=False,
                     note="Home sport: a story, not relevant."))
    w = d(2011, 4, 30, 13, 45, 0, 1)
    add(40766, "news/queen-visit-security-operation", "Garda prepares biggest security operation for Queen's visit", w, "Aoife Brennan",
        ("Ireland", "category/news/ireland"),
        '<p>More than 8,000 gardaí will be on duty when Queen Elizabeth arrives in Dublin on May 17th, the first visit by a British monarch since independence.</p>'
        '<p>&quot;It is a historic moment, and we intend it to pass off peacefully,&quot; said Chief Supt Martin Geraghty.</p>',
        lambda k: it(k, "Garda prepares biggest security operation for Queen's visit", w, ["Aoife Brennan"], rel=False, quotes=[q("Martin Geraghty")],
                     note="A state visit seen as a home policing story: not relevant (borderline: the visit itself is Irish–British relations, but this item is about the Garda operation). 'Chief Supt' is a rank."))
    w = d(2011, 4, 29, 12, 0, 0, 1)
    add(40750, "gallery/royal-wedding-in-pictures", "In pictures: the royal wedding", w, "herald_photo",
        ("Galleries", "category/galleries"),
        '<p>Our photographers in London.</p>',
        lambda k: it(k, "In pictures: the royal wedding", w, [], story=False, rel=False,
                     note="Gallery: not a story. Title label 'In pictures:' may be kept or dropped."))
    w = d(2011, 4, 28, 18, 20, 0, 1)
    add(40741, "world/syria-army-deraa-siege", "Syrian tanks besiege Deraa as EU weighs sanctions", w, "Declan Furlong",
        ("World", "category/news/world"),
        '<p><strong>Declan Furlong</strong></p><p>Syrian troops backed by tanks tightened their siege of the southern city of Deraa, where the uprising began, as EU ambassadors discussed an arms embargo.</p>'
        '<p>Irish Aid said it had no staff in the city. &quot;We are hearing of families without water for four days,&quot; said Rania Haddad, a Syrian doctor who lives in Galway.</p>',
        lambda k: it(k, "Syrian tanks besiege Deraa as EU weighs sanctions", w, ["Declan Furlong"], quotes=[q("Rania Haddad")], junk=["Declan Furlong"], note="Relevant."))
    head = (f' <title>The Leinster Herald - World</title>\n <link>{base}/world</link>\n <description></description>\n <language>en</language>\n')
    text = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{base}"  xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
            + head + "".join(r + "\n" for r in rows) + " </channel>\n</rss>\n")
    return feed("en_ie_leinsterherald_world_drupal6.rss.xml", text, items, lang="en", outlet="The Leinster Herald", aliases=["Leinster Herald"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Dublin daily's 'World' taxonomy feed from Drupal 6 (taxonomy/term/<tid>/0/feed): xml:base with two spaces before xmlns:dc, channel 'Brand - World' and an empty description, language 'en', Drupal 6's uneven one-space/four-space indentation, escaped full-node descriptions (one starting with the author's name in bold), <comments>, a taxonomy <category domain=…>, +0100 pubDates, dc:creator holding CMS user names (a real name or a desk account 'herald_wires', 'herald_photo'), '<nid> at <base>' guids, home sport and a garda operation in the world feed, a gallery, April–May 2011")


# ---------------------------------------------------------------- Mumbai daily's home-grown ASP.NET feed, July 2012
def konkan():
    rows, items = [], []
    base = "http://www.konkanchronicle.example"

    def add(aid, title, when, author, sect, desc, exp, clock=None):
        url = f"{base}/ArticleDetail.aspx?ArticleId={aid}&amp;SectionId={sect}"
        stamp = clock or f"{when.month}/{when.day}/{when.year} {(when.hour % 12) or 12}:{when.minute:02d}:{when.second:02d} {'AM' if when.hour < 12 else 'PM'}"
        rows.append(f"    <item>\r\n      <title>{esc(title)}</title>\r\n      <link>{url}</link>\r\n      <description>{esc(desc)}</description>\r\n"
                    f"      <author>{esc(author)}</author>\r\n      <pubDate>{stamp}</pubDate>\r\n      <guid>{url}</guid>\r\n    </item>")
        items.append(exp(url.replace("&amp;", "&")))

    w = d(2012, 7, 31, 21, 40, 10, 5.5)
    add(118420, "Syria: Fighting rages in Aleppo as rebels seize police stations", w, "Agencies", 4,
        "<table><tr><td><img src='http://www.konkanchronicle.example/images/2012/07/31/aleppo_s.jpg' width='90' height='70' align='left' hspace='4'></td><td>Syrian rebels said on Tuesday they had seized three police stations in Aleppo, as government helicopters fired on districts in the east of the city. India has asked its nationals to leave Syria.</td></tr></table>",
        lambda k: it(k, "Syria: Fighting rages in Aleppo as rebels seize police stations", w, [],
                     note="Home-grown ASP.NET feed: pubDate as .NET's DateTime.ToString() wrote it, '7/31/2012 9:40:10 PM' (month first, 12-hour clock, no zone); the newsroom is in Mumbai, so +05:30 is the instant expected. Table-layout description with the thumbnail in its own cell. 'Agencies' is not a person. Relevant."))
    w = d(2012, 7, 31, 15, 5, 44, 5.5)
    add(118391, "Grid failure leaves 600 million without power for second day", w, "Our Correspondent", 1,
        "<table><tr><td><img src='http://www.konkanchronicle.example/images/2012/07/31/grid_s.jpg' width='90' height='70' align='left' hspace='4'></td><td>The northern, eastern and north-eastern grids collapsed on Tuesday afternoon, halting hundreds of trains and trapping miners underground in West Bengal.</td></tr></table>",
        lambda k: it(k, "Grid failure leaves 600 million without power for second day", w, [], rel=False,
                     note="Home news (India's blackout) in the world feed: a story, not relevant. 'Our Correspondent' is a credit."))
    w = d(2012, 7, 30, 22, 18, 2, 5.5)
    add(118355, "Romney in Poland, praises Warsaw's economic model", w, "Vikram Deshpande", 4,
        "<table><tr><td>Mitt Romney ended a three-nation tour in Warsaw on Tuesday.<br><br><font color='#666666' size='1'>Vikram Deshpande in Washington</font></td></tr></table>",
        lambda k: it(k, "Romney in Poland, praises Warsaw's economic model", w, ["Vikram Deshpande"], junk=["in Washington"],
                     note="<font> sign-off line inside a table cell. A foreign election campaign: relevant."))
    w = d(2012, 7, 30, 10, 0, 0, 5.5)
    add(118330, "India, Pakistan agree to ease visa rules; home secretaries to meet", w, "Shirin Bharucha", 4,
        "<table><tr><td>India and Pakistan have agreed to sign a new visa agreement that will allow group tourism and multiple-entry business visas, officials said.<br><br>&quot;Trade cannot grow if businessmen need three months to get a visa,&quot; said Haroon Lakdawala, president of a Mumbai chamber of commerce.</td></tr></table>",
        lambda k: it(k, "India, Pakistan agree to ease visa rules; home secretaries to meet", w, ["Shirin Bharucha"], quotes=[q("Haroon Lakdawala", "Mumbai chamber of commerce")],
                     note="India's own relations with Pakistan: foreign policy, relevant."))
    w = d(2012, 7, 29, 19, 30, 0, 5.5)
    add(118302, "London 2012: Narang wins bronze, India's first medal", w, "Sports Desk", 6,
        "<table><tr><td>Gagan Narang won bronze in the 10m air rifle at the Royal Artillery Barracks.</td></tr></table>",
        lambda k: it(k, "London 2012: Narang wins bronze, India's first medal", w, [], rel=False,
                     note="Home sport: a story, not relevant. Title label 'London 2012:' is part of the headline."))
    w = d(2012, 7, 29, 12, 0, 0, 5.5)
    add(118290, "Photos: Monsoon floods in Assam", w, "Photo Desk", 9,
        "<table><tr><td><img src='http://www.konkanchronicle.example/images/2012/07/29/assam_s.jpg' width='90' height='70'></td></tr></table>",
        lambda k: it(k, "Photos: Monsoon floods in Assam", w, [], story=False, rel=False,
                     note="Photo gallery: not a story. Title label 'Photos:' may be kept or dropped."))
    head = (f"    <title>The Konkan Chronicle :: World</title>\r\n    <link>{base}/</link>\r\n    <description>Konkan Chronicle RSS Feed</description>\r\n"
            "    <language>en-us</language>\r\n    <copyright>Copyright (c) Konkan Chronicle</copyright>\r\n")
    text = ('<?xml version="1.0" encoding="utf-8"?>\r\n<rss version="2.0">\r\n  <channel>\r\n' + head + "\r\n".join(rows) + "\r\n  </channel>\r\n</rss>")
    return feed("en_in_konkanchronicle_world_aspnet.rss.xml", text, items, lang="en", outlet="The Konkan Chronicle", aliases=["Konkan Chronicle"],
                ctype="text/xml; charset=utf-8",
                structure="Mumbai English daily's world feed from a home-grown ASP.NET page (RSS.aspx?SectionId=4) as of July 2012: CRLF line ends, no trailing newline, no namespaces, channel 'Brand :: World', language en-us (ASP.NET's default: nothing says India), 'ArticleDetail.aspx?ArticleId=<n>&amp;SectionId=<n>' links repeated as guids, <author> with a person, 'Agencies', 'Our Correspondent', 'Sports Desk' or 'Photo Desk', pubDates as DateTime.ToString() wrote them ('7/31/2012 9:40:10 PM': month first, 12-hour clock, NO zone; the newsroom is on IST +05:30), table-layout descriptions with the thumbnail in a cell, <font> sign-off, India's blackout and an Olympic medal in the world feed, a photo gallery")


FEEDS = [albion, tidewater, leinster, konkan]
