# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English world desks of the thirty-fifth held-out set (2013–2015): a Karachi daily's classic-ASP
feed with upper-case element names, a Brisbane daily's custom Java feed whose dates say 'EST'
for Australian Eastern Standard Time, an Ottawa daily on WordPress 4.3 (VIP, Co-Authors Plus)
and a Lagos daily on Drupal 7 whose pubDate is a formatted date field. All outlets, people and
quotations are invented."""
from h35 import cd, d, esc, feed, it, q, rfc822, utc0, wpt


# ---------------------------------------------------------------- Karachi daily, classic ASP, upper-case tags, April 2013
def clifton():
    rows, items = [], []
    base = "http://www.cliftonobserver.example"

    def add(nid, title, when, desc, exp, by=""):
        url = f"{base}/story.asp?id={nid}&amp;cat=intl"
        rows.append(f"<ITEM>\r\n<TITLE>{esc(title)}</TITLE>\r\n<LINK>{url}</LINK>\r\n<DESCRIPTION>{esc(desc)}</DESCRIPTION>\r\n"
                    f"<PUBDATE>{when.strftime('%Y-%m-%d %H:%M:%S')}</PUBDATE>\r\n<GUID>{nid}</GUID>\r\n</ITEM>")
        items.append(exp(str(nid)))

    w = d(2013, 4, 25, 22, 10, 0, 5)
    add(208811, "Bangladesh factory collapse: death toll passes 200", w,
        "DHAKA: The death toll from the collapse of an eight-storey garment factory building outside Dhaka rose above 200 on Thursday, as rescuers cut through concrete to reach survivors. &quot;We could hear them calling for water,&quot; said Abdul Karim Sarkar, a volunteer at the site. - Reuters",
        lambda k: it(k, "Bangladesh factory collapse: death toll passes 200", w, [], quotes=[q("Abdul Karim Sarkar")], junk=["- Reuters"],
                     note="Classic-ASP feed with UPPER-CASE element names (<ITEM>, <TITLE>, <PUBDATE>…: not RSS, which is case-sensitive, but what the page wrote) and pubDate as a MySQL datetime '2013-04-25 22:10:00' with no zone (Karachi, +05:00). Wire tag '- Reuters' at the end. Relevant."))
    w = d(2013, 4, 24, 19, 45, 0, 5)
    add(208790, "Boston suspect told FBI brothers acted alone, officials say", w,
        "WASHINGTON: The surviving suspect in the Boston Marathon bombings has told investigators that he and his brother were not directed by any foreign group, US officials said. - AFP",
        lambda k: it(k, "Boston suspect told FBI brothers acted alone, officials say", w, [], junk=["- AFP"], note="Relevant."))
    w = d(2013, 4, 24, 13, 20, 0, 5)
    add(208772, "ECP rejects nomination papers of former president", w,
        "KARACHI: The Election Commission of Pakistan upheld the rejection of nomination papers filed by the former president for two constituencies, ending his hopes of contesting the May 11 polls. By Our Staff Reporter",
        lambda k: it(k, "ECP rejects nomination papers of former president", w, [], rel=False, junk=["Our Staff Reporter"],
                     note="Home politics (Pakistani election) in the international feed: a story, not relevant. 'By Our Staff Reporter' is a credit."))
    w = d(2013, 4, 23, 21, 0, 0, 5)
    add(208755, "Kabul and Islamabad trade accusations over border gate", w,
        "ISLAMABAD: Pakistan and Afghanistan accused each other of provoking a clash at a border gate in the Mohmand tribal region, in which one Afghan border policeman was killed. &quot;We will not accept construction on our side of the line,&quot; said Zalmai Noorzad, a spokesman for the Afghan border police. By Sana Rehmani",
        lambda k: it(k, "Kabul and Islamabad trade accusations over border gate", w, ["Sana Rehmani"], quotes=[q("Zalmai Noorzad", "Afghan border police")], junk=["By Sana Rehmani"],
                     note="Byline at the END of a plain-text description ('By Name'). Pakistan's own border dispute: foreign policy, relevant."))
    w = d(2013, 4, 22, 17, 30, 0, 5)
    add(208731, "PSX: KSE-100 index closes at record high", w,
        "KARACHI: The benchmark index gained 212 points to close at 19,120.",
        lambda k: it(k, "PSX: KSE-100 index closes at record high", w, [], rel=False,
                     note="Home market report, one sentence: a story, not relevant."))
    w = d(2013, 4, 22, 9, 0, 0, 5)
    add(208714, "Cartoon: The candidates", w, "", lambda k: it(k, "Cartoon: The candidates", w, [], story=False, rel=False,
                                                              note="Editorial cartoon with an empty description: not a story. Title label 'Cartoon:' may be kept or dropped."))
    head = (f"<TITLE>The Clifton Observer - International</TITLE>\r\n<LINK>{base}/</LINK>\r\n<DESCRIPTION>The Clifton Observer - Karachi</DESCRIPTION>\r\n<LANGUAGE>en-us</LANGUAGE>\r\n")
    text = ('<?xml version="1.0" encoding="utf-8" ?>\r\n<RSS VERSION="2.0">\r\n<CHANNEL>\r\n' + head + "\r\n".join(rows) + "\r\n</CHANNEL>\r\n</RSS>\r\n")
    return feed("en_pk_cliftonobserver_intl_asp_uppercase.rss.xml", text, items, lang="en", outlet="The Clifton Observer", aliases=["Clifton Observer"],
                ctype="text/xml",
                structure="Karachi English daily's 'International' feed from a classic-ASP page (rss.asp?cat=intl) as of April 2013: every element name in UPPER CASE (<RSS VERSION=\"2.0\">, <CHANNEL>, <ITEM>, <TITLE>, <LINK>, <DESCRIPTION>, <PUBDATE>, <GUID>), CRLF line ends, no indentation, language en-us, 'story.asp?id=<n>&amp;cat=intl' links, numeric guids, plain-text descriptions with upper-case datelines 'CITY:', wire tags '- Reuters' / '- AFP' and bylines 'By Name' / 'By Our Staff Reporter' at the END, pubDate as a MySQL datetime ('2013-04-25 22:10:00', no zone; PKT +05:00), Content-Type text/xml without charset (UTF-8 by the prolog), home election and market news, an editorial cartoon with an empty description")


# ---------------------------------------------------------------- Brisbane daily, custom Java CMS, 'EST' meaning AEST, July 2014
def moreton():
    rows, items = [], []
    base = "http://www.moretonmail.example"

    def add(aid, path, title, when, author, desc, exp):
        url = f"{base}/news/{path}/story-{aid}.html"
        stamp = rfc822(when)[:-5] + "EST"
        au = f"\n\t\t\t<dc:creator>{esc(author)}</dc:creator>" if author else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<description>{cd(desc)}</description>\n\t\t\t<pubDate>{stamp}</pubDate>\n"
                    f"\t\t\t<guid isPermaLink=\"true\">{url}</guid>{au}\n\t\t\t<enclosure url=\"{base}/images/2014/07/{aid}_t.jpg\" type=\"image/jpeg\" length=\"0\" />\n\t\t</item>")
        items.append(exp(url))

    w = d(2014, 7, 18, 19, 30, 0, 10)
    add("1226993011", "world", "MH17: 28 Australians among 298 killed as jet downed over Ukraine", w, "Brendan Cole",
        "<p>At least 28 Australians were among the 298 people killed when a Malaysia Airlines flight was shot down over eastern Ukraine.</p>"
        "<p>The Prime Minister said Australia would press for an international investigation at the UN Security Council. &quot;We want the people who did this found, and we want the bodies home,&quot; said Helen Tan, whose brother-in-law was on board.</p>",
        lambda k: it(k, "MH17: 28 Australians among 298 killed as jet downed over Ukraine", w, ["Brendan Cole"], quotes=[q("Helen Tan")],
                     note="Custom Java CMS: pubDate with the zone written 'EST', which this newsroom means as Australian Eastern Standard Time (+10:00); RFC 822 readers take EST as US Eastern (-05:00), 15 hours off. A world event with Australian victims and Australia's diplomatic response: relevant."))
    w = d(2014, 7, 17, 14, 15, 0, 10)
    add("1226991820", "national", "Senate votes to scrap carbon tax at third attempt", w, "Rachel Dunne",
        "<p>The Senate voted 39 to 32 to repeal the carbon tax, ending a three-year fight over the price on emissions.</p>",
        lambda k: it(k, "Senate votes to scrap carbon tax at third attempt", w, ["Rachel Dunne"], rel=False,
                     note="Home politics in the feed: a story, not relevant."))
    w = d(2014, 7, 17, 9, 0, 0, 10)
    add("1226991402", "world", "Israel launches ground operation in Gaza", w, "",
        "<p>Israeli troops and tanks entered the Gaza Strip overnight, ten days into an air campaign that Palestinian health officials say has killed more than 230 people.</p><p><em>- with AAP</em></p>",
        lambda k: it(k, "Israel launches ground operation in Gaza", w, [], junk=["with AAP"], note="No dc:creator; agency tag '- with AAP'. Relevant."))
    w = d(2014, 7, 16, 20, 40, 0, 10)
    add("1226990755", "world", "Ebola: Sierra Leone's top virus doctor falls ill", w, "Brendan Cole",
        "<p>The doctor leading Sierra Leone's fight against the Ebola outbreak has himself caught the virus, the country's health ministry said.</p>"
        "<p>&quot;He was the one everybody called,&quot; said Dr Fiona McKellar, a Brisbane epidemiologist who worked with him in Kenema.</p>",
        lambda k: it(k, "Ebola: Sierra Leone's top virus doctor falls ill", w, ["Brendan Cole"], quotes=[q("Fiona McKellar")], note="Relevant."))
    w = d(2014, 7, 16, 12, 0, 0, 10)
    add("1226990321", "sport", "Origin III: Maroons avoid whitewash in Sydney", w, "Sam Purcell",
        "<p>Queensland salvaged pride with a 32-8 win in the dead rubber at ANZ Stadium.</p>",
        lambda k: it(k, "Origin III: Maroons avoid whitewash in Sydney", w, ["Sam Purcell"], rel=False, note="Home sport: a story, not relevant."))
    w = d(2014, 7, 15, 18, 0, 0, 10)
    add("1226989950", "video", "Video: The world's news in 90 seconds", w, "",
        "<p>Watch our daily bulletin.</p>",
        lambda k: it(k, "Video: The world's news in 90 seconds", w, [], story=False, rel=False, note="Video bulletin: not a story. Title label 'Video:' may be kept or dropped."))
    head = (f"\t\t<title>World News | The Moreton Mail</title>\n\t\t<link>{base}/news/world</link>\n\t\t<description>World News from The Moreton Mail</description>\n"
            "\t\t<language>en-au</language>\n\t\t<ttl>15</ttl>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n\t<channel>\n' + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_au_moretonmail_world_java_est.rss.xml", text, items, lang="en", outlet="The Moreton Mail", aliases=["Moreton Mail"],
                structure="Brisbane daily's world feed from a custom Java CMS as of July 2014: tab indentation, 'World News | Brand', language en-au, ttl 15, '/news/<section>/story-<10 digits>.html' links as permalink guids, CDATA <p> descriptions, pubDates whose zone is written 'EST' meaning AEST (+10:00) — an RFC 822 reader takes it as US Eastern, 15 hours off — dc:creator with a reporter or absent, '- with AAP' agency tag, image enclosures with length 0, home politics and State of Origin in the feed, a video bulletin")


# ---------------------------------------------------------------- Ottawa daily on WordPress 4.3 VIP with Co-Authors Plus, November 2015
def bytown():
    rows, items = [], []
    base = "http://www.bytowncitizen.example"

    def add(pid, slug, title, when, creators, cats, excerpt, body, exp):
        url = f"{base}/news/world/{slug}"
        crs = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#respond</comments>\n\t\t<pubDate>{utc0(when)}</pubDate>{crs}{cts}\n\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
                    f"\t\t\t<wfw:commentRss>{url}/feed</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2015, 11, 14, 11, 20, 0, -5)
    add(1150211, "paris-attacks-canadians-told-to-avoid-centre", "Paris attacks: Ottawa tells Canadians in France to stay indoors", w, ["Marc-André Tessier", "Postmedia News"], ["World", "News"],
        "Global Affairs Canada urged Canadians in Paris to limit their movements after the coordinated attacks that killed at least 127 people.",
        "<p>Global Affairs Canada urged Canadians in Paris to limit their movements after the coordinated attacks that killed at least 127 people on Friday night.</p>\n"
        "<p>&#8220;We were two streets from the Bataclan. The police told us to lie on the floor of the restaurant,&#8221; said Julie Lavoie, a student from Gatineau.</p>\n"
        "<p><strong>RELATED:</strong> <a href=\"http://www.bytowncitizen.example/news/world/live-paris\">Live: the latest from Paris</a></p>\n"
        "<p><em>With files from The Canadian Press</em></p>",
        lambda k: it(k, "Paris attacks: Ottawa tells Canadians in France to stay indoors", w, ["Marc-André Tessier"], quotes=[q("Julie Lavoie")], junk=["RELATED:", "With files from"],
                     note="Co-Authors Plus: one CDATA dc:creator per co-author, a person and 'Postmedia News' (a wire service, not a person). 'RELATED:' cross-link and 'With files from The Canadian Press' tail. Relevant."))
    w = d(2015, 11, 13, 20, 0, 0, -5)
    add(1150188, "live-paris", "LIVE: Multiple attacks in Paris", w, ["Bytown Citizen"], ["World"],
        "Follow the latest.", "<p>Follow the latest updates.</p>",
        lambda k: it(k, "LIVE: Multiple attacks in Paris", w, [], story=False, rel=False, note="Live page: not a story. Title label 'LIVE:' may be kept or dropped."))
    w = d(2015, 11, 9, 16, 45, 0, -5)
    add(1149920, "refugee-plan-25000-by-new-year", "Liberals stand by 25,000 Syrian refugees by New Year's, despite doubts", w, ["Jennifer Rourke"], ["Politics", "World"],
        "The immigration minister said the government would meet its target.",
        "<p>The immigration minister said the government would meet its target of resettling 25,000 Syrian refugees by January 1, though provinces warn that housing is short.</p>\n"
        "<p>&#8220;We will be ready for the first families in Ottawa within weeks,&#8221; said Amira Haddad-Ross of the Refugee Sponsorship Network.</p>",
        lambda k: it(k, "Liberals stand by 25,000 Syrian refugees by New Year's, despite doubts", w, ["Jennifer Rourke"], quotes=[q("Amira Haddad-Ross", "Refugee Sponsorship Network")],
                     note="Canada's refugee resettlement from a foreign war: relevant (borderline: domestic implementation of a foreign-policy commitment)."))
    w = d(2015, 11, 6, 15, 30, 0, -5)
    add(1149801, "obama-rejects-keystone-xl", "Obama rejects Keystone XL pipeline after seven years", w, ["Daniel Okafor", "Jennifer Rourke"], ["World", "Business"],
        "The U.S. president rejected TransCanada&#8217;s application.",
        "<p>The U.S. president rejected TransCanada&#8217;s application to build the Keystone XL pipeline from Alberta to Nebraska, saying it would not serve the national interest.</p>\n"
        "<p>&#8220;It is a disappointment but not a surprise,&#8221; said Gordon Fairweather, a trade lawyer in Calgary.</p>",
        lambda k: it(k, "Obama rejects Keystone XL pipeline after seven years", w, ["Daniel Okafor", "Jennifer Rourke"], quotes=[q("Gordon Fairweather")],
                     note="Two co-authors. A foreign government's decision hitting Canadian trade: relevant."))
    w = d(2015, 11, 5, 10, 0, 0, -5)
    add(1149744, "senators-sign-goalie", "Senators sign goaltender to two-year extension", w, ["Ken Sauvé"], ["Sports"],
        "The Ottawa Senators signed their backup goaltender.", "<p>The Ottawa Senators signed their backup goaltender to a two-year extension worth $4.5 million.</p>",
        lambda k: it(k, "Senators sign goaltender to two-year extension", w, ["Ken Sauvé"], rel=False, note="Home sport: a story, not relevant."))
    w = d(2015, 11, 4, 14, 0, 0, -5)
    add(1149690, "trudeau-cabinet-sworn-in", "Trudeau sworn in with gender-balanced cabinet &#8216;because it&#8217;s 2015&#8217;", w, ["Jennifer Rourke"], ["Politics"],
        "Justin Trudeau was sworn in as Canada&#8217;s 23rd prime minister.",
        "<p>Justin Trudeau was sworn in as Canada&#8217;s 23rd prime minister at Rideau Hall, with a cabinet of 15 men and 15 women.</p>",
        lambda k: it(k, "Trudeau sworn in with gender-balanced cabinet ‘because it’s 2015’", w, ["Jennifer Rourke"], rel=False,
                     note="Home politics: a story, not relevant. Curly single quotes as numeric references in a CDATA-less WordPress title escaped twice ('&amp;#8216;')."))
    head = (f"\t<title>World | The Bytown Citizen</title>\n\t<atom:link href=\"{base}/category/news/world/feed\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n"
            f"\t<description>Ottawa news, sports and opinion</description>\n\t<lastBuildDate>{utc0(d(2015, 11, 14, 11, 25, 0, -5))}</lastBuildDate>\n\t<language>en-US</language>\n"
            "\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t<sy:updateFrequency>1</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=4.3.1</generator>\n")
    ns = (' xmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
          '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t')
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\t' + ns.lstrip() + ">\n\n<channel>\n" + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_ca_bytowncitizen_world_wp43vip.rss.xml", text, items, lang="en", outlet="The Bytown Citizen", aliases=["Bytown Citizen"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Ottawa daily's world category on WordPress 4.3.1 (VIP, Co-Authors Plus) as of November 2015: the WordPress 4.x prolog glued to '<rss version=\"2.0\"' with tab-indented namespaces, channel 'World | Brand', en-US, sy:update*, '/news/world/<slug>' links, '?p=<id>' guids, UTC +0000 pubDates (newsroom -0500), one CDATA dc:creator per co-author (a person, 'Postmedia News', the brand), CDATA categories, short excerpts, content:encoded with '&#8220;…&#8221;' quotes, a bold 'RELATED:' link and 'With files from The Canadian Press', a title with curly quotes as numeric references, a live page, home politics and NHL news")


# ---------------------------------------------------------------- Lagos daily on Drupal 7, pubDate from a formatted date field, April 2015
def marina():
    rows, items = [], []
    base = "http://www.marinatribune.example"

    def add(nid, slug, title, when, creator, body, exp):
        url = f"{base}/news/{slug}"
        stamp = when.strftime("%A, %B ") + str(when.day) + when.strftime(", %Y - %H:%M")
        cr = f"\n    <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(body)}</description>\n    <pubDate>{stamp}</pubDate>{cr}\n"
                    f"    <guid isPermaLink=\"false\">{nid} at {base}</guid>\n  </item>")
        items.append(exp(f"{nid} at {base}"))

    w = d(2015, 4, 17, 16, 30, 0, 1)
    add(88120, "south-africa-xenophobic-attacks-nigeria-recalls", "Xenophobic attacks: FG summons South African envoy", w, "Chinedu Okonkwo, Abuja",
        '<div class="field field-name-body"><p>The Federal Government has summoned South Africa&#039;s High Commissioner over attacks on foreigners in Durban and Johannesburg that have killed at least six people.</p>'
        '<p>&quot;Nigerians there are afraid to open their shops,&quot; said Emeka Nwosu, who chairs a Nigerian traders&#039; association in Johannesburg.</p></div>',
        lambda k: it(k, "Xenophobic attacks: FG summons South African envoy", w, ["Chinedu Okonkwo"], quotes=[q("Emeka Nwosu", "Nigerian traders' association")],
                     note="Drupal 7 views RSS whose pubDate is mapped to a formatted date field: 'Friday, April 17, 2015 - 16:30' (no zone; Lagos is +01:00). dc:creator 'Name, City'. Nigeria's diplomatic response abroad: relevant."))
    w = d(2015, 4, 16, 11, 0, 0, 1)
    add(88097, "garissa-kenya-mourns", "Kenya mourns Garissa victims as Al-Shabaab threatens more attacks", w, "Agency Report",
        '<div class="field field-name-body"><p>Kenya held a third day of mourning for the 148 people killed at Garissa University College, as the Somali militants threatened further attacks.</p></div>',
        lambda k: it(k, "Kenya mourns Garissa victims as Al-Shabaab threatens more attacks", w, [], note="'Agency Report' is not a person. Relevant."))
    w = d(2015, 4, 15, 20, 10, 0, 1)
    add(88081, "buhari-transition-committee", "Buhari names transition committee ahead of May 29 handover", w, "Funmilayo Adeyemi",
        '<div class="field field-name-body"><p>President-elect Muhammadu Buhari named a 19-member transition committee to prepare for the May 29 handover.</p></div>',
        lambda k: it(k, "Buhari names transition committee ahead of May 29 handover", w, ["Funmilayo Adeyemi"], rel=False, note="Home politics: a story, not relevant."))
    w = d(2015, 4, 15, 9, 45, 0, 1)
    add(88070, "yemen-nigerians-evacuated", "Yemen: 70 Nigerians evacuated through Djibouti", w, "Chinedu Okonkwo, Abuja",
        '<div class="field field-name-body"><p>Seventy Nigerians, most of them students, were evacuated from Yemen through Djibouti as Saudi-led air strikes continued.</p>'
        '<p>&quot;We slept in the embassy compound for a week,&quot; said Aisha Bello, a medical student from Kano.</p></div>',
        lambda k: it(k, "Yemen: 70 Nigerians evacuated through Djibouti", w, ["Chinedu Okonkwo"], quotes=[q("Aisha Bello")], note="Relevant (a foreign war and the state's evacuation)."))
    w = d(2015, 4, 14, 18, 0, 0, 1)
    add(88052, "naira-closes-at-220", "Naira closes at N220 to dollar at parallel market", w, "",
        '<div class="field field-name-body"><p>The naira weakened at the parallel market in Lagos on Tuesday.</p></div>',
        lambda k: it(k, "Naira closes at N220 to dollar at parallel market", w, [], rel=False, note="Home market note: a story, not relevant."))
    w = d(2015, 4, 14, 8, 0, 0, 1)
    add(88041, "todays-front-page", "Today's front page: Tuesday, April 14, 2015", w, "",
        '<div class="field field-name-body"><p><img src="http://www.marinatribune.example/sites/default/files/frontpage/2015-04-14.jpg" width="300" height="450" alt="" /></p></div>',
        lambda k: it(k, "Today's front page: Tuesday, April 14, 2015", w, [], story=False, rel=False, note="Front-page image: not a story."))
    head = (f'    <title>World | Marina Tribune</title>\n    <link>{base}/world</link>\n    <description></description>\n    <language>en</language>\n')
    text = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{base}/world" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n'
            + head + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_ng_marinatribune_world_drupal7.rss.xml", text, items, lang="en", outlet="Marina Tribune",
                structure="Lagos daily's world feed from a Drupal 7 view with the fields row plugin as of April 2015: xml:base, 'World | Brand', empty description, language 'en', escaped descriptions wrapped in the field's '<div class=\"field field-name-body\">' with '&#039;' apostrophes, pubDate mapped to a FORMATTED date field ('Friday, April 17, 2015 - 16:30': Drupal's long date format, no zone; WAT +01:00), dc:creator 'Name, City', 'Agency Report' or absent, '<nid> at <base>' guids, home politics and a currency note, a front-page image item")


FEEDS = [clifton, moreton, bytown, marina]
