# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the fifty-fifth held-out set (part 2: a Canadian national daily on
WordPress VIP, an Australian public broadcaster, an Indian national daily, a Pakistani English
daily). All outlets, people and quotations are invented."""
from h55 import cd, d, esc, feed, gmt, it, newest_first, q, rfc822, wpt


# ---------------------------------------------------------------- Canadian national daily on WordPress VIP (Postmedia-style)
def maple():
    base = "https://www.maplestandard.example"
    rows, items = [], []
    foot = "<p>Bookmark our website and sign up for our newsletters so we can keep you informed.</p>"

    def add(pid, slug, title, when, creators, cats, excerpt, body, exp):
        url = f"{base}/news/world/{slug}"
        by = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\n\t\t{by.strip()}\n\t\t<pubDate>{gmt(when).replace('GMT', '+0000')}</pubDate>{cts}\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>\n"
                    f"\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}{foot}]]></content:encoded>\n\t\t\t\t\t\n\t\t\n\t\t\n\t\t\t\t\t<media:content url=\"{base}/wp-content/uploads/2025/11/{slug[:24]}.jpg?quality=90&amp;strip=all&amp;w=1200\" medium=\"image\" />\n\t\t\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    def fig(cap, credit):
        return f'<figure class="wp-block-image size-large"><img src="{base}/wp-content/uploads/2025/11/photo.jpg?w=1024" alt="" /><figcaption class="wp-element-caption">{cap} Photo by {credit}</figcaption></figure>'

    jf = "Bookmark our website and sign up for our newsletters"
    w = d(2025, 11, 18, 21, 44, 10)
    add(3120457, "canada-expels-two-indian-diplomats-surrey", "Canada expels two Indian diplomats over Surrey surveillance case", w, ["Dalia Mercer-Singh"], ["News", "World", "Canada"],
        "Global Affairs Canada says the two officials were linked to monitoring of Sikh activists in British Columbia",
        fig("The High Commission of India in Ottawa.", "Adrian Fulford /Maple Standard") +
        "<p>OTTAWA — Canada expelled two Indian diplomats on Tuesday, saying they had been linked to the surveillance of Sikh activists in Surrey, B.C., in a case that has been before the courts since spring.</p>"
        "<p>&#8220;Canada will not tolerate foreign officials monitoring Canadians on Canadian soil,&#8221; Foreign Affairs Minister Joëlle Tremblay-Nguyen told reporters in Ottawa.</p>"
        "<p>India&#8217;s high commission did not immediately respond to a request for comment.</p>",
        lambda k: it(k, "Canada expels two Indian diplomats over Surrey surveillance case", w, ["Dalia Mercer-Singh"],
                     quotes=[q("Joëlle Tremblay-Nguyen", "Foreign Affairs Minister")],
                     junk=[jf, "Photo by Adrian Fulford", "The High Commission of India in Ottawa."],
                     note="WordPress VIP item: the figure caption ends with the credit 'Photo by Name /Outlet' (space before the slash, as this CMS writes it); the newsletter footer ends every body. Canada's own diplomacy: relevant."))
    w = d(2025, 11, 18, 15, 2, 33)
    add(3120198, "canadians-stranded-jamaica-hurricane-return", "Canadians stranded in Jamaica after hurricane return home on military flights", w, ["Jorge Baptiste-Leduc"], ["News", "World", "Canada"],
        "About 600 travellers landed in Toronto and Montreal after a week in shelters near Montego Bay",
        fig("Passengers arrive at Pearson airport on Tuesday.", "Nolan Derrick /The Canadian Press") +
        "<p>TORONTO — The last of about 600 Canadians stranded in Jamaica after the hurricane landed at Pearson airport on Tuesday night aboard an air force Airbus.</p>"
        "<p>&#8220;We slept on a gym floor for six nights, but the staff there were angels,&#8221; said Priya Bhandari, 41, of Brampton, Ont., who travelled with her two children.</p>",
        lambda k: it(k, "Canadians stranded in Jamaica after hurricane return home on military flights", w, ["Jorge Baptiste-Leduc"],
                     quotes=[q("Priya Bhandari")],
                     junk=[jf, "Photo by Nolan Derrick", "Passengers arrive at Pearson airport on Tuesday."],
                     note="Canadians flown home from a hurricane abroad by the air force, a home-government evacuation: relevant (rule C-b). Age and hometown are no affiliation."))
    w = d(2025, 11, 17, 23, 15, 0)
    add(3119904, "ukraine-asks-canada-armoured-vehicles", "Ukraine asks Canada for more armoured vehicles as winter fighting intensifies", w, ["Carys Whitlock"], ["News", "World", "Politics"],
        "Ukraine's ambassador says the London, Ont.-built vehicles have saved lives on the eastern front",
        "<p>OTTAWA — Ukraine has asked Canada to speed up delivery of armoured vehicles built in London, Ont., as Russian forces press their winter offensive in the east.</p>"
        "<p>&#8220;Every vehicle that arrives before January is a crew that comes home,&#8221; said Olena Savchuk, Ukraine&#8217;s ambassador to Canada, in an interview on Monday.</p>"
        "<p>National Defence said 25 vehicles would be shipped before the end of the year.</p>",
        lambda k: it(k, "Ukraine asks Canada for more armoured vehicles as winter fighting intensifies", w, ["Carys Whitlock"],
                     quotes=[q("Olena Savchuk", "ambassador to Canada")],
                     junk=[jf],
                     note="Military aid from Canada to Ukraine: relevant. Affiliation: the role the text gives ('Ukraine’s ambassador to Canada'; 'ambassador to Canada' is part of it)."))
    w = d(2025, 11, 17, 14, 0, 0)
    add(3119655, "in-photos-remembrance-day-ceremonies", "In photos: Remembrance Day ceremonies from Halifax to Victoria", w, ["Maple Standard Staff"], ["News", "World", "Photos"],
        "Thousands gathered at cenotaphs across the country",
        '<div class="wp-block-jetpack-slideshow">' + "".join(f'<figure><img src="{base}/wp-content/uploads/2025/11/remembrance-{i}.jpg" alt=""/><figcaption>Veterans at the cenotaph. Photo by Staff /Maple Standard</figcaption></figure>' for i in range(1, 4)) + "</div>",
        lambda k: it(k, "In photos: Remembrance Day ceremonies from Halifax to Victoria", w, [], story=False, rel=False,
                     note="A photo gallery ('In photos:', a slideshow of captions): not a story. 'Maple Standard Staff' is no person."))
    w = d(2025, 11, 16, 19, 30, 45)
    add(3119421, "china-court-death-sentence-canadian-drug-smuggling", "Chinese court sentences Canadian to death for drug smuggling, Ottawa says", w, ["Agence France-Presse"], ["News", "World"],
        "Global Affairs Canada says it has raised the case with Beijing",
        "<p>BEIJING — A court in the southern Chinese city of Guangzhou has sentenced a Canadian man to death for smuggling methamphetamine, Canada&#8217;s foreign ministry said on Sunday, the second such sentence this year.</p>"
        "<p>Ottawa said it had asked Beijing to grant clemency and would continue to provide consular services to the man and his family.</p>",
        lambda k: it(k, "Chinese court sentences Canadian to death for drug smuggling, Ottawa says", w, [],
                     junk=[jf],
                     note="Agency copy: 'Agence France-Presse' is no person. Canada-China relations (clemency request): relevant."))
    w = d(2025, 11, 16, 10, 11, 2)
    add(3119300, "cop30-closes-belem-forest-fund", "COP30 closes in Belém with forest fund deal but no fossil fuel road map", w, ["Marisol Abernathy", "Reuters"], ["News", "World", "Climate"],
        "Negotiators agreed on a fund for tropical forests after an all-night session",
        "<p>BELÉM, Brazil — The UN climate summit ended on Saturday with an agreement to launch a fund that pays countries to keep tropical forests standing, but no timetable for moving away from fossil fuels.</p>"
        "<p>&#8220;We came for a road map and we leave with a promise to talk about one,&#8221; said Kwame Asante-Boateng, a negotiator for the Alliance of Small Island States.</p>"
        "<p><em>With files from Reuters</em></p>",
        lambda k: it(k, "COP30 closes in Belém with forest fund deal but no fossil fuel road map", w, ["Marisol Abernathy"],
                     quotes=[q("Kwame Asante-Boateng", "Alliance of Small Island States")],
                     junk=[jf, "With files from Reuters"],
                     note="Two dc:creator elements, the reporter and 'Reuters' (the agency is no person). 'With files from Reuters' is a credit line. Relevant."))

    rows, items = newest_first(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\txmlns:media="http://search.yahoo.com/mrss/"\n\t>\n\n<channel>\n'
            f"\t<title>World | The Maple Standard</title>\n\t<atom:link href=\"{base}/category/news/world/feed\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}/category/news/world</link>\n"
            f"\t<description>Canadian and international news, opinion and analysis</description>\n\t<lastBuildDate>{gmt(items[0].published).replace('GMT', '+0000')}</lastBuildDate>\n\t<language>en-CA</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.8.3</generator>\n"
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_ca_maplestandard_world_wpvip.rss.xml", text, items, lang="en", outlet="The Maple Standard", aliases=["Maple Standard"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Canadian national daily of a newspaper chain on WordPress VIP 6.8, November 2025: WordPress's rss2 template (tab indentation, blank lines, sy:updatePeriod with its odd whitespace, generator URL), channel 'World | The Maple Standard', language en-CA; items with dc:creator in CDATA BEFORE pubDate (one per credited name: a reporter plus 'Reuters', an agency alone, 'Maple Standard Staff'), '+0000' pubDates, CDATA categories, '?p=<id>' guids, a dek as description (no full stop), content:encoded with a Gutenberg image figure whose caption ends 'Photo by Name /Outlet', upper-case datelines with an em dash, curly quotes as numeric references, '<em>With files from Reuters</em>' and a newsletter footer paragraph in every body; a Jetpack slideshow gallery; media:content at the end.",
                notes="Home country: Canada.")


# ---------------------------------------------------------------- Australian public broadcaster (ABC-style)
def anb():
    base = "https://www.anb.example"
    rows, items = [], []

    def add(nid, slug, title, when, creator, desc, cats, exp, kind="news"):
        url = f"{base}/{kind}/{when.strftime('%Y-%m-%d')}/{slug}/{nid}"
        by = f"\n      <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        cts = "".join(f"\n      <category>{esc(c)}</category>" for c in cats)
        rows.append(f"    <item>\n      <title>{cd(title)}</title>\n      <link>{url}</link>\n      <description>{cd(desc)}</description>\n"
                    f"      <pubDate>{rfc822(when)}</pubDate>\n      <guid isPermaLink=\"false\">{nid}</guid>{by}{cts}\n"
                    f"      <media:group>\n        <media:description>{esc(title)}</media:description>\n"
                    f"        <media:content url=\"https://live-production.wcms.anb.example/{nid}?impolicy=wcms_crop_resize&amp;cropH=1080&amp;cropW=1920&amp;width=940&amp;height=529\" medium=\"image\" type=\"image/jpeg\" width=\"940\" height=\"529\"/>\n"
                    f"        <media:thumbnail url=\"https://live-production.wcms.anb.example/{nid}?impolicy=wcms_crop_resize&amp;width=140&amp;height=79\" width=\"140\" height=\"79\"/>\n      </media:group>\n    </item>")
        items.append(exp(str(nid)))

    w = d(2026, 2, 3, 18, 45, 12, 11)
    add(106284412, "solomon-islands-policing-deal-australia", "Solomon Islands signs policing deal with Australia as China pact winds down", w,
        "Pacific affairs reporter Tessa Mulvaney",
        "Australia will fund 300 new police officers in Honiara under the deal, which Solomon Islands' government says will not end its separate security agreement with Beijing.",
        ["Pacific", "Defence and National Security", "World Politics", "Solomon Islands"],
        lambda k: it(k, "Solomon Islands signs policing deal with Australia as China pact winds down", w, ["Tessa Mulvaney"],
                     note="dc:creator carries the job title before the name ('Pacific affairs reporter Tessa Mulvaney'): the person is Tessa Mulvaney. guid is the numeric content id. Australia's own regional security policy: relevant."))
    w = d(2026, 2, 3, 14, 20, 0, 11)
    add(106283975, "australian-woman-freed-myanmar-scam-compound", "Australian woman held in Myanmar scam compound freed, DFAT confirms", w,
        "ANB News",
        "The 26-year-old from Perth was lured to Thailand with a job offer and taken across the border, her family says.",
        ["Human Trafficking", "Myanmar", "Perth"],
        lambda k: it(k, "Australian woman held in Myanmar scam compound freed, DFAT confirms", w, [],
                     note="dc:creator is the brand 'ANB News': no person. An Australian held by a trafficking gang abroad and freed: relevant (rule C-a)."))
    w = d(2026, 2, 3, 9, 2, 48, 11)
    add(106283410, "us-philippine-marines-batanes-drills", "US and Philippine marines land on Batanes in first joint drills of the year", w,
        "Laurel Nakamura-Briggs and wires",
        "The islands sit less than 200 kilometres from Taiwan, and Beijing's foreign ministry said the exercise \"undermined regional stability\".",
        ["Defence Forces", "Philippines", "United States", "Taiwan"],
        lambda k: it(k, "US and Philippine marines land on Batanes in first joint drills of the year", w, ["Laurel Nakamura-Briggs"],
                     note="'Name and wires': the person is Laurel Nakamura-Briggs; 'wires' is the agencies. A ministry's phrase is no quote with a speaker. Relevant."))
    w = d(2026, 2, 2, 20, 0, 0, 11)
    add(106282870, "world-today-tonga-new-caledonia", "The World Today: Tonga votes, and New Caledonia's stalled accord", w,
        None,
        "Listen to the full episode of The World Today with host Marcus Elliott-Tan. Subscribe to the podcast on the ANB listen app.",
        ["Podcast"],
        lambda k: it(k, "The World Today: Tonga votes, and New Caledonia's stalled accord", w, [], story=False, rel=False,
                     note="A radio programme episode (/programs/ link, 'Listen to the full episode', 'Podcast' category): not a story."), kind="programs/the-world-today")
    w = d(2026, 2, 2, 16, 35, 21, 11)
    add(106282512, "cyclone-crosses-pilbara-coast", "Cyclone crosses Pilbara coast as Port Hedland residents shelter", w,
        "Kenji Abernethy-Walsh",
        "The category three system made landfall east of Port Hedland with gusts of up to 200 kilometres an hour.",
        ["Cyclones", "Port Hedland", "Weather"],
        lambda k: it(k, "Cyclone crosses Pilbara coast as Port Hedland residents shelter", w, ["Kenji Abernethy-Walsh"], rel=False,
                     note="Australian weather emergency in the world feed's time window: home news, not relevant."))
    w = d(2026, 2, 2, 11, 10, 5, 11)
    add(106282170, "new-zealand-australia-joint-patrol-vessel-procurement", "Australia and New Zealand agree to buy patrol vessels together", w,
        None,
        "Defence ministers from both countries say joint buying will save about $400 million and let the navies share crews and spare parts.",
        ["Defence Industry", "New Zealand", "World Politics"],
        lambda k: it(k, "Australia and New Zealand agree to buy patrol vessels together", w, [],
                     note="No dc:creator on this item. Defence co-operation with a neighbour: relevant."))

    rows, items = newest_first(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">\n  <channel>\n'
            "    <title>World</title>\n    <link>https://www.anb.example/news/world</link>\n    <description>The latest world news from around the globe</description>\n"
            f"    <language>en-AU</language>\n    <copyright>Copyright 2026, Australian National Broadcasting</copyright>\n    <lastBuildDate>{rfc822(items[0].published)}</lastBuildDate>\n"
            '    <atom:link href="https://www.anb.example/news/feed/52278/rss.xml" rel="self" type="application/rss+xml"/>\n'
            "    <image>\n      <url>https://www.anb.example/cm/lb/8212706/data/news-logo-data.png</url>\n      <title>ANB News</title>\n      <link>https://www.anb.example/news</link>\n    </image>\n"
            + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_au_anb_world_rss.rss.xml", text, items, lang="en", outlet="ANB News", aliases=["Australian National Broadcasting", "ANB"],
                ctype="application/rss+xml;charset=UTF-8",
                structure="Australian public broadcaster's World RSS (/news/feed/<id>/rss.xml), February 2026: channel title is the BARE section 'World'; the brand appears only in the image title ('ANB News') and the copyright ('Copyright 2026, Australian National Broadcasting'); language en-AU; items with CDATA title and description, '+1100' (AEDT) pubDates, numeric content ids as guid (isPermaLink false), dc:creator holding a job title before the name, 'Name and wires', the brand itself, or absent; topic categories; media:group with a media:description repeating the title, a media:content crop and a media:thumbnail; a radio programme episode under /programs/.",
                notes="Home country: Australia.")


# ---------------------------------------------------------------- Indian national daily, English (Times of India-style feed)
def sabarmati():
    base = "https://sabarmatitimes.example"
    rows, items = [], []

    def add(aid, path, title, when, desc, exp, img=True):
        url = f"{base}/{path}/articleshow/{aid}.cms"
        pic = (f'<a href="{url}"><img border="0" hspace="10" align="left" style="margin-top:3px;margin-right:5px;" src="https://static.sabarmatitimes.example/photo/{aid}.cms" /></a>' if img else "")
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<description>{cd(pic + desc)}</description>\n<link>{url}</link>\n<guid>{url}</guid>\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(url))

    w = d(2026, 3, 10, 21, 14, 52, 5.5)
    add(128845120, "world/south-asia", "India, Bangladesh agree to restart Ganga water treaty talks", w,
        "NEW DELHI: India and Bangladesh will begin talks next month on renewing the Ganga water-sharing treaty, which expires in December. \"We expect the first round to be held in Dhaka in April,\" said Anand Mohan Verma, a spokesperson for the Ministry of External Affairs.",
        lambda k: it(k, "India, Bangladesh agree to restart Ganga water treaty talks", w, [],
                     quotes=[q("Anand Mohan Verma", "Ministry of External Affairs")],
                     note="Description starts with a linked thumbnail <img> inside CDATA, then the text with an upper-case dateline 'NEW DELHI:'. No author fields anywhere in this feed. India's bilateral treaty: relevant."))
    w = d(2026, 3, 10, 18, 40, 3, 5.5)
    add(128843997, "city/ludhiana", "NRI groom held in Ludhiana after wife's complaint from Canada", w,
        "LUDHIANA: Police arrested a 34-year-old man at his family home in Ludhiana on Tuesday, days after his wife, who lives in Brampton, filed a dowry harassment complaint through the Indian high commission in Ottawa.",
        lambda k: it(k, "NRI groom held in Ludhiana after wife's complaint from Canada", w, [], rel=False,
                     note="Looks foreign (Canada, a high commission) but is a Punjab police story: not relevant."))
    w = d(2026, 3, 10, 13, 5, 40, 5.5)
    add(128840211, "world/pakistan", "Pakistan test-fires cruise missile days after LoC flare-up", w,
        "ISLAMABAD: Pakistan on Tuesday test-fired a ground-launched cruise missile with a range of 450km, its military said, less than a week after exchanges of fire along the Line of Control.",
        lambda k: it(k, "Pakistan test-fires cruise missile days after LoC flare-up", w, [],
                     note="Relevant. A military's statement has no named speaker: no quote."))
    w = d(2026, 3, 9, 19, 30, 0, 5.5)
    add(128835870, "world/photostory", "In pics: Holi celebrations around the world", w,
        "From London's Trafalgar Square to a temple in Durban, see how the festival of colours was celebrated.",
        lambda k: it(k, "In pics: Holi celebrations around the world", w, [], story=False, rel=False,
                     note="A photo story ('In pics:', /photostory/ path): not a story."))
    w = d(2026, 3, 9, 12, 22, 18, 5.5)
    add(128832455, "business/international-business", "US lifts extra tariffs on Indian textiles after trade deal signing", w,
        "WASHINGTON: The United States will remove the additional 25% tariff on Indian cotton textiles and garments from April 1 under the first tranche of a bilateral trade agreement signed on Monday.",
        lambda k: it(k, "US lifts extra tariffs on Indian textiles after trade deal signing", w, [],
                     note="A bilateral trade agreement: relevant."))
    w = d(2026, 3, 9, 8, 47, 29, 5.5)
    add(128830102, "videos/international", "Watch: Massive fire engulfs market in Dhaka", w,
        "Fire tenders battled the blaze for hours.",
        lambda k: it(k, "Watch: Massive fire engulfs market in Dhaka", w, [], story=False, rel=False,
                     note="A video (/videos/ path, 'Watch:', one line about the footage): not a story."), img=False)

    rows, items = newest_first(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>\n<title>World News - The Sabarmati Times</title>\n'
            f"<link>{base}/world</link>\n<description>Latest international news from The Sabarmati Times</description>\n<language>en-gb</language>\n"
            f"<lastBuildDate>{rfc822(items[0].published)}</lastBuildDate>\n<copyright>Copyright:(C) 2026 Sabarmati Media Limited, http://sabarmatitimes.example</copyright>\n"
            "<docs>http://sabarmatitimes.example/rss.cms</docs>\n<image>\n<url>https://static.sabarmatitimes.example/photo/47529300.cms</url>\n<title>The Sabarmati Times</title>\n"
            f"<link>{base}</link>\n</image>\n" + "\n".join(rows) + "\n</channel></rss>")
    return feed("en_in_sabarmatitimes_world_cms.rss.xml", text, items, lang="en", outlet="The Sabarmati Times", aliases=["Sabarmati Times"],
                ctype="text/xml;charset=UTF-8",
                structure="Indian national English daily's World RSS from its '.cms' CMS, March 2026: channel 'World News - The Sabarmati Times', language en-gb, copyright 'Copyright:(C) 2026 Sabarmati Media Limited, http://…', <docs>, logo image; no indentation, the XML declaration glued to <rss>; items with title, a CDATA description that opens with a linked thumbnail <img border hspace align style> before the text, '/articleshow/<id>.cms' link and guid, '+0530' pubDates; NO author fields; upper-case datelines 'CITY:'; a /photostory/ gallery and a /videos/ clip without a thumbnail; an Indian city crime story with a Canadian angle.",
                notes="Home country: India.")


# ---------------------------------------------------------------- Pakistani English daily (custom PHP CMS)
def induscourier():
    base = "https://www.induscourier.example"
    rows, items = [], []

    def add(sid, slug, title, when, author, body, exp, cat="World"):
        url = f"{base}/story/{sid}/{slug}"
        rows.append(f"  <item>\n    <title><![CDATA[{title}]]></title>\n    <link>{url}</link>\n    <guid isPermaLink=\"true\">{url}</guid>\n"
                    f"    <author><![CDATA[{author}]]></author>\n    <category><![CDATA[{cat}]]></category>\n    <pubDate>{rfc822(when)}</pubDate>\n"
                    f"    <description><![CDATA[{body}]]></description>\n  </item>")
        items.append(exp(url))

    w = d(2025, 12, 4, 22, 10, 0, 5)
    add(1298344, "pakistan-afghanistan-agree-to-reopen-torkham", "Pakistan, Afghanistan agree to reopen Torkham crossing after Doha talks", w, "Our Correspondent",
        "<p><strong>ISLAMABAD:</strong> Pakistan and Afghanistan have agreed to reopen the Torkham border crossing for trade after two days of talks in Doha mediated by Qatar and Turkiye.</p>"
        "<p>“The crossing will reopen for goods traffic on Monday, and pedestrian movement will follow within a week,” Foreign Office spokesperson Zahid Anwar Bhatti told the weekly press briefing.</p>"
        "<p>The crossing has been closed since clashes in October.</p>",
        lambda k: it(k, "Pakistan, Afghanistan agree to reopen Torkham crossing after Doha talks", w, [],
                     quotes=[q("Zahid Anwar Bhatti", "Foreign Office")],
                     junk=["Our Correspondent"],
                     note="<author> holds 'Our Correspondent' (a staff credit): []. Bold upper-case dateline 'ISLAMABAD:'. Relevant."))
    w = d(2025, 12, 4, 18, 32, 11, 5)
    add(1298301, "iran-saudi-arabia-hold-fresh-talks-in-baghdad", "Iran, Saudi Arabia hold fresh talks in Baghdad", w, "Agencies",
        "<p><strong>BAGHDAD:</strong> Senior security officials from Iran and Saudi Arabia met in Baghdad on Thursday for the first talks of their joint committee since the summer, Iraq’s foreign ministry said.</p>",
        lambda k: it(k, "Iran, Saudi Arabia hold fresh talks in Baghdad", w, [], note="'Agencies' is no person. Relevant."))
    w = d(2025, 12, 4, 14, 0, 45, 5)
    add(1298220, "psl-draft-karachi-kings-pick-three-foreign-players", "PSL draft: Karachi Kings pick three foreign players in platinum round", w, "Sports Desk",
        "<p><strong>LAHORE:</strong> Karachi Kings picked three overseas batters in the platinum category as the Pakistan Super League draft got under way at a Lahore hotel on Thursday.</p>",
        lambda k: it(k, "PSL draft: Karachi Kings pick three foreign players in platinum round", w, [], rel=False,
                     note="Home sport in the world feed; 'foreign players' is not world affairs. 'Sports Desk' is no person: []."), cat="Sports")
    w = d(2025, 12, 4, 10, 15, 0, 5)
    add(1298176, "pakistani-pilgrims-stranded-in-iraq-to-return", "Pakistani pilgrims stranded in Iraq to return on special flights", w, "Tariq Mehmood Awan",
        "<p><strong>KARACHI:</strong> About 900 Pakistani pilgrims stranded in Najaf and Karbala after their tour operator went bankrupt will be flown home on three special flights this week, the religious affairs ministry said.</p>"
        "<p>“My parents have been sleeping in a hotel lobby for eight days,” said Fatima Rizvi, whose family is from Hyderabad.</p>",
        lambda k: it(k, "Pakistani pilgrims stranded in Iraq to return on special flights", w, ["Tariq Mehmood Awan"],
                     quotes=[q("Fatima Rizvi")],
                     note="The ministry flies stranded Pakistani pilgrims home on special flights: relevant (rule C-b; borderline, no crisis abroad). The <author> is a person."))
    w = d(2025, 12, 3, 21, 5, 30, 5)
    add(1298090, "gaza-stabilisation-force-pakistan-undecided", "Gaza stabilisation force: Pakistan yet to decide on troop contribution", w, "Sana Jamil Qureshi | Islamabad",
        "<p><strong>ISLAMABAD:</strong> Pakistan has not decided whether to send troops to the proposed international stabilisation force for Gaza, officials said on Wednesday, despite requests from two Gulf states.</p>"
        "<p>“Any deployment will need a clear UN mandate and the consent of the Palestinians,” said Senator Mushahid Akhtar Rana, who chairs the Senate Standing Committee on Foreign Affairs.</p>",
        lambda k: it(k, "Gaza stabilisation force: Pakistan yet to decide on troop contribution", w, ["Sana Jamil Qureshi"],
                     quotes=[q("Mushahid Akhtar Rana", "Senate Standing Committee on Foreign Affairs")],
                     note="<author> 'Name | City': the person is Sana Jamil Qureshi. Relevant."))
    w = d(2025, 12, 3, 6, 0, 0, 5)
    add(1297988, "e-paper-december-3-2025", "E-Paper: The Indus Courier, December 3, 2025", w, "Web Desk",
        "<p>Read today’s print edition of The Indus Courier online. Subscribe to the e-paper for full access.</p>",
        lambda k: it(k, "E-Paper: The Indus Courier, December 3, 2025", w, [], story=False, rel=False,
                     note="A promo for the day's e-paper edition: not a story."), cat="E-Paper")

    rows, items = newest_first(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n  <title>The Indus Courier - World</title>\n'
            f"  <link>{base}/world</link>\n  <atom:link href=\"{base}/feeds/world\" rel=\"self\" type=\"application/rss+xml\" />\n  <description>World news from The Indus Courier</description>\n"
            f"  <language>en-us</language>\n  <lastBuildDate>{rfc822(items[0].published)}</lastBuildDate>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_pk_induscourier_world_php.rss.xml", text, items, lang="en", outlet="The Indus Courier", aliases=["Indus Courier"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Pakistani English daily's World feed from a custom PHP CMS, December 2025: channel 'The Indus Courier - World', language en-us (wrongly, as such CMSs ship); items with CDATA title, /story/<id>/<slug> permalink guids, CDATA <author> holding staff credits ('Our Correspondent', 'Agencies', 'Sports Desk', 'Web Desk') or a person, once as 'Name | City', CDATA category, '+0500' pubDates, CDATA HTML description with bold upper-case datelines 'CITY:'; home sport and an e-paper promo mixed in.",
                notes="Home country: Pakistan.")


FEEDS = [maple, anb, sabarmati, induscourier]
