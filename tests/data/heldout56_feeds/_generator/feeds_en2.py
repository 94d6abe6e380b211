# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the fifty-sixth held-out set (part 2: a UK tabloid on a regional group's
CMS, a UK business daily's standfirst-only section feed, a Kuala Lumpur daily, a Lagos daily on
WordPress 6.1). All outlets, people and quotations are invented."""
from h56 import NS_ALL, cd, d, esc, feed, gmt, it, ordered, q, rfc822, utc0, wpt


# ---------------------------------------------------------------- UK tabloid on a regional group's CMS (May 2022)
def trumpet():
    rows, items = [], []
    base = "https://www.dailytrumpet.example"
    img = "https://i2-prod.dailytrumpet.example/incoming/article{aid}.ece/ALTERNATES/s615/0_{f}.jpg"

    def add(aid, path, slug, title, when, creator, cats, desc, f, caption, exp):
        url = f"{base}/{path}/{slug}-{aid}"
        src = img.format(aid=aid, f=f)
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        catx = "".join(f"<category>{esc(c)}</category>" for c in cats)
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><guid>{url}</guid><description>{cd(desc)}</description><pubDate>{rfc822(when)}</pubDate>{cr}{catx}"
                    f'<enclosure url="{src}" length="{aid % 90000 + 20000}" type="image/jpeg"/><media:thumbnail url="{src}"/>'
                    f'<media:content url="{src}" type="image/jpeg" medium="image"><media:title type="plain">{cd(caption)}</media:title></media:content></item>')
        items.append(exp(url))

    w = d(2022, 5, 14, 18, 45, 12, 1)
    t = "Brit volunteer fighting Putin's troops says Kharkiv shelling is 'like nothing I saw in Afghanistan'"
    add(26961845, "news/world-news", "brit-volunteer-fighting-putins-troops", t, w, "Tom Pettifer", ["World News", "Russia-Ukraine War"],
        "Former soldier Dean Harrow, 28, from Wigan, joined Ukraine's International Legion in March and says the Russian guns never stop: 'You learn to sleep in ten-minute bits. Nobody back home would believe the noise.'",
        "ukraine-volunteer", "Dean Harrow has been fighting near Kharkiv since March",
        lambda k: it(k, t, w, ["Tom Pettifer"], quotes=[q("Dean Harrow")],
                     note="The regional group's RSS: one line per item, plain title with a single-quoted quotation in it, link repeated as <guid> without attribute, a one-paragraph CDATA standfirst, pubDate +0100, one dc:creator, two <category>, then enclosure, media:thumbnail and media:content with the caption as media:title — all the same Escenic-style '/article<id>.ece/ALTERNATES/s615/' image. The British volunteer is a fighter in the war, not a home-community angle: relevant. Tabloid single quotes around the quotation."))
    w = d(2022, 5, 18, 9, 12, 40, 1)
    t = "Finland and Sweden hand in Nato bids as expert warns Russia 'will test the door before it closes'"
    add(26995102, "news/world-news", "finland-sweden-hand-nato-bids", t, w, "Ellen Proctor", ["World News", "NATO"],
        "The two Nordic countries formally applied to join the alliance in Brussels this morning. Defence analyst Professor Keith Marlow, of the Northern Defence Studies Centre, said: 'Russia will test the door before it closes. Expect airspace violations and cyber attacks in the next few months.'",
        "nato-flags", "Flags of Finland and Sweden outside Nato headquarters in Brussels",
        lambda k: it(k, t, w, ["Ellen Proctor"], quotes=[q("Keith Marlow", "Northern Defence Studies Centre")],
                     note="'Professor' is an academic title, not part of the speaker's name. Relevant."))
    w = d(2022, 5, 16, 21, 30, 5, 1)
    t = "Brit holidaymaker, 23, dies after fall from hotel balcony in Magaluf"
    add(26978113, "news/world-news", "brit-holidaymaker-23-dies-after", t, w, "Kelly Hargreaves", ["World News", "Spain"],
        "The young man from Doncaster had been on a lads' holiday with friends when he fell from a third-floor balcony in the early hours. His heartbroken family paid tribute to a 'cheeky, loving lad who lit up every room'.",
        "magaluf-strip", "The Punta Ballena strip in Magaluf",
        lambda k: it(k, t, w, ["Kelly Hargreaves"], rel=False,
                     note="Filed under World News with a Spain category, but a human-interest story about a British tourist: not world affairs (not relevant). The family's tribute has no named speaker: no quote."))
    w = d(2022, 5, 21, 12, 0, 0, 1)
    t = "Queen's Platinum Jubilee: The foreign royals and leaders expected at the celebrations"
    add(27012408, "news/uk-news", "queens-platinum-jubilee-foreign-royals", t, w, "Sophie Blakeley, Royal Reporter", ["Royal Family", "World News"],
        "Royals from across Europe and leaders of Commonwealth countries are expected in London for the four-day bank holiday weekend. Here is who is on the list so far.",
        "jubilee-bunting", "Bunting on the Mall ahead of the Jubilee weekend",
        lambda k: it(k, t, w, ["Sophie Blakeley"], rel=False, junk=["Royal Reporter"],
                     note="dc:creator carries the job title after a comma ('Name, Royal Reporter'): the author is the person. Foreign names in the story, but a home royal event (not relevant)."))
    w = d(2022, 5, 19, 16, 20, 0, 1)
    t = "WATCH: Moment Ukrainian drone destroys Russian tank on river crossing"
    add(27001654, "news/world-news", "watch-moment-ukrainian-drone-destroys", t, w, "Trumpet Video", ["World News", "Video"],
        "Footage released by Ukraine's military shows the strike on a pontoon crossing over the Siverskyi Donets river.",
        "drone-strike-video", "A still from the drone footage",
        lambda k: it(k, t, w, [], story=False, rel=False, note="Video ('WATCH: Moment …'), credited to a video desk: a non-story."))
    w = d(2022, 5, 22, 7, 55, 30, 1)
    t = "Russia Ukraine war LIVE: Mariupol fighters' families plead for news as Kremlin claims full control"
    add(27016020, "news/world-news", "russia-ukraine-war-live-mariupol", t, w, "Chris Mallory", ["World News", "Russia-Ukraine War"],
        "Follow our live blog for all the latest updates from Ukraine.",
        "mariupol-steelworks", "The Azovstal steelworks in Mariupol",
        lambda k: it(k, t, w, ["Chris Mallory"], story=False, rel=False,
                     note="Live blog ('LIVE:' in the title, 'Follow our live blog' standfirst): a non-story."))
    rows, items = ordered(rows, items)
    head = (f'<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>'
            f"<title>Daily Trumpet - World News</title><link>{base}/news/world-news/</link><description>Daily Trumpet - World News</description><language>en-gb</language>"
            f"<lastBuildDate>{rfc822(d(2022, 5, 22, 8, 0, 0, 1))}</lastBuildDate><image><url>{base}/rw/img/favicon/trumpet-192.png</url><title>Daily Trumpet - World News</title><link>{base}/news/world-news/</link></image>")
    text = head + "".join(rows) + "</channel></rss>"
    return feed("en_gb_dailytrumpet_worldnews_regionalcms.rss.xml", text, items, lang="en", outlet="Daily Trumpet",
                structure="UK national tabloid on its regional newspaper group's shared CMS ('/news/world-news/?service=rss' style), May 2022: the whole document on one line without a trailing newline, dc and media namespaces only, channel 'Brand - World News' repeated as description, en-gb, favicon <image>; items title, link, guid (= link, no attribute), CDATA standfirst, pubDate +0100, dc:creator (a reporter, 'Name, Royal Reporter', a video desk), several <category>, enclosure with a byte length, media:thumbnail and media:content with a CDATA media:title caption, all pointing at the same '/incoming/article<id>.ece/ALTERNATES/s615/' image; tabloid headlines with single-quoted quotations, a video and a live blog, a human-interest death abroad and a royal event filed under World News",
                notes="Relevance from the United Kingdom.")


# ---------------------------------------------------------------- UK business daily, standfirst-only section feed (July 2022)
def threadneedle():
    rows, items = [], []
    base = "https://www.threadneedletimes.example"

    def add(uuid, title, when, desc, exp):
        url = f"{base}/content/{uuid}"
        rows.append(f"        <item>\n            <title>{cd(title)}</title>\n            <description>{cd(desc)}</description>\n            <link>{url}</link>\n"
                    f'            <guid isPermaLink="false">{url}</guid>\n            <pubDate>{gmt(when)}</pubDate>\n'
                    f'            <media:thumbnail url="https://images.threadneedletimes.example/v2/image/raw/{uuid[:8]}?source=rss&amp;width=240"/>\n        </item>')
        items.append(exp(url))

    w = d(2022, 7, 13, 9, 40, 0, 1)
    t = "Sri Lanka’s president flees to the Maldives as protesters storm prime minister’s office"
    add("5b7c0a3e-1f2d-4c8a-9e51-2a6f0d3b7c91", t, w, "Military aircraft carried leader out of the country hours before he was due to resign",
        lambda k: it(k, t, w, [], note="The business daily's section RSS carries only the headline and the standfirst: no author element at all (authors []), no quotes, GMT dates (newsroom +0100). The head of state is only the setting. Relevant."))
    w = d(2022, 7, 22, 15, 5, 0, 1)
    t = "Russia and Ukraine sign UN-backed deals to reopen Black Sea grain exports"
    add("e3d1f9a0-77b2-4e05-8c3d-91a4b6f20d18", t, w, "Agreement signed in Istanbul aims to release about 20mn tonnes of grain stuck in Ukrainian ports",
        lambda k: it(k, t, w, [], note="Standfirst only. Relevant."))
    w = d(2022, 7, 21, 12, 30, 0, 1)
    t = "Italy’s prime minister resigns as national unity government collapses"
    add("0a4e6c2b-93f8-4d71-b5e0-6c2d8f1a3e47", t, w, "President calls snap election for September 25 after coalition partners boycott confidence vote",
        lambda k: it(k, t, w, [], note="A foreign government's fall: relevant."))
    w = d(2022, 7, 20, 17, 45, 0, 1)
    t = "Sunak and Truss to fight run-off for Tory leadership"
    add("9f2b5d1e-4c6a-48b0-a7e3-1d8c0f5b2a69", t, w, "Former chancellor and foreign secretary will face ballot of party members over summer",
        lambda k: it(k, t, w, [], rel=False, note="Home politics (the UK governing party's leadership race): not relevant."))
    w = d(2022, 7, 22, 5, 0, 0, 1)
    t = "FirstFT: Grain deal signing set for today in Istanbul"
    add("c7a81e04-2b59-4f3d-9d16-8e0b4a7f5c23", t, w, "Also in today’s newsletter, Italy heads to the polls and the ECB raises rates for the first time in 11 years",
        lambda k: it(k, t, w, [], story=False, rel=False, note="Morning newsletter edition ('FirstFT:'-style, 'in today’s newsletter'): a non-story."))
    w = d(2022, 7, 15, 16, 0, 0, 1)
    t = "Global Briefing podcast: Can anyone rescue Sri Lanka’s economy?"
    add("2d6f8b3c-5e1a-4a97-b0c4-7f9e2d1a6b58", t, w, "Our south Asia correspondent and an IMF veteran on the bailout talks and who pays for them",
        lambda k: it(k, t, w, [], story=False, rel=False, note="Podcast episode: a non-story."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:media="http://search.yahoo.com/mrss/" version="2.0">\n    <channel>\n        <title>' + cd("World") + "</title>\n"
            "        <description>" + cd("World") + f"</description>\n        <link>{base}/world</link>\n        <generator>RSS for Node</generator>\n"
            f"        <lastBuildDate>{gmt(d(2022, 7, 22, 15, 10, 0, 1))}</lastBuildDate>\n        <copyright>" + cd("© The Threadneedle Times Ltd 2022") + "</copyright>\n"
            "        <language>" + cd("en-gb") + "</language>\n        <ttl>15</ttl>\n")
    text = head + "\n".join(rows) + "\n    </channel>\n</rss>"
    return feed("en_gb_threadneedletimes_world_rssnode.rss.xml", text, items, lang="en", outlet="The Threadneedle Times",
                structure="UK business daily's 'World' section feed written with the node 'rss' package, July 2022: prolog and <rss> on one line, media namespace only, CDATA channel title and description both just 'World' (the brand appears only in the CDATA copyright '© Brand Ltd 2022' and the domain), <generator>RSS for Node</generator>, CDATA language, ttl 15; items CDATA title, CDATA standfirst as description, link '/content/<uuid>', the same URL as non-permalink guid, GMT pubDate, media:thumbnail; no authors anywhere, no article text; a morning newsletter edition and a podcast among the stories; no trailing newline",
                notes="Relevance from the United Kingdom. The outlet must come from the copyright or the domain: the channel title is only 'World'.")


# ---------------------------------------------------------------- Kuala Lumpur daily (November 2022)
def bangsar():
    rows, items = [], []
    base = "https://www.bangsartimes.example"

    def add(aid, sect, slug, title, when, desc, exp, img=True):
        url = f"{base}/{sect}/2022/{when.month:02d}/{when.day:02d}/{slug}"
        enc = f'\n<enclosure url="https://apicms.bangsartimes.example/uploads/images/2022/{when.month:02d}/{when.day:02d}/{aid}.jpg" length="1000" type="image/jpeg" />' if img else ""
        rows.append(f"<item>\n<title>{cd(title)}</title>\n<description>{cd(desc)}</description>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>\n"
                    f"<pubDate>{rfc822(when)}</pubDate>{enc}\n</item>")
        items.append(exp(url))

    w = d(2022, 11, 20, 9, 30, 0, 8)
    t = "GE15: Hung Parliament as no coalition wins simple majority"
    add(2802311, "news/nation", "ge15-hung-parliament-as-no-coalition-wins-simple-majority", t, w,
        "KUALA LUMPUR: For the first time in the country’s history, no coalition has won the 112 seats needed to form the government on its own. “We are talking to everyone who shares our vision for a stable government,” said Pakatan Harapan secretary-general Datuk Seri Azhar Mohd Yunos at a press conference early on Sunday.",
        lambda k: it(k, t, w, [], rel=False, quotes=[q("Azhar Mohd Yunos", "Pakatan Harapan")],
                     note="Home politics (the general election) in the world feed: not relevant. 'KUALA LUMPUR:' dateline with a colon. The honorific 'Datuk Seri' is not part of the speaker's name; the affiliation is the coalition the text names (his role 'secretary-general' is attached to it)."))
    w = d(2022, 11, 16, 18, 5, 0, 8)
    t = "G20: Malaysia backs call for end to war in Ukraine, says Wisma Putra"
    add(2801045, "news/nation", "g20-malaysia-backs-call-for-end-to-war-in-ukraine-says-wisma-putra", t, w,
        "NUSA DUA: Malaysia supports the Bali leaders’ declaration calling for an end to the war in Ukraine, but wants the G20 to keep its focus on food and energy prices. “Developing countries are paying for a war they did not start,” said Datuk Nor Hafizah Ismail, Wisma Putra’s deputy secretary-general for multilateral affairs. – Bernama",
        lambda k: it(k, t, w, [], quotes=[q("Nor Hafizah Ismail", "Wisma Putra")], junk=["– Bernama", "Bernama"],
                     note="The home country's position at a summit abroad: relevant. Agency credit as a trailing '– Bernama'; no author element in this feed. 'Datuk' is an honorific; the body is 'Wisma Putra' (the foreign ministry, as the text names it)."))
    w = d(2022, 11, 11, 14, 40, 0, 8)
    t = "Forty-two Malaysians rescued from scam syndicates in Myanmar border town"
    add(2799580, "news/nation", "forty-two-malaysians-rescued-from-scam-syndicates-in-myanmar-border-town", t, w,
        "PUTRAJAYA: Forty-two Malaysians held by job scam syndicates in Myawaddy have been handed over to Thai authorities and will be flown home next week. “Many of them were promised jobs in Bangkok and ended up behind barbed wire,” said Tan Sri Rahimah Osman, chairman of the Malaysian Anti-Trafficking Council.",
        lambda k: it(k, t, w, [], quotes=[q("Rahimah Osman", "Malaysian Anti-Trafficking Council")],
                     note="Cross-border rescue arranged with two foreign governments: relevant. 'Tan Sri' is an honorific."))
    w = d(2022, 11, 20, 16, 50, 0, 8)
    t = "COP27 agrees loss and damage fund but fails to strengthen emissions goals"
    add(2802470, "news/world", "cop27-agrees-loss-and-damage-fund", t, w,
        "SHARM EL-SHEIKH: Countries agreed early on Sunday to set up a fund to help poor nations hit by climate disasters, after talks ran more than a day past their deadline. – Reuters",
        lambda k: it(k, t, w, [], junk=["– Reuters"], note="Agency story with a trailing '– Reuters'. Relevant."))
    w = d(2022, 11, 20, 23, 55, 0, 8)
    t = "Qatar opens World Cup with ceremony in Al Khor as hosts lose to Ecuador"
    add(2802519, "sport/football", "qatar-opens-world-cup-with-ceremony-in-al-khor", t, w,
        "AL KHOR: The first World Cup in the Middle East opened with a ceremony at the Al Bayt stadium, before the hosts lost 2-0 to Ecuador. – AFP",
        lambda k: it(k, t, w, [], rel=False, junk=["– AFP"], note="Sport abroad: not relevant."))
    w = d(2022, 11, 19, 20, 15, 0, 8)
    t = "Photos: Voters queue from dawn on polling day"
    add(2802150, "photos", "photos-voters-queue-from-dawn-on-polling-day", t, w,
        "Voters across the country turned up early at polling stations. Scroll through the gallery.",
        lambda k: it(k, t, w, [], story=False, rel=False, note="Photo gallery: a non-story."), img=False)
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n<title>The Bangsar Times Online - World</title>\n'
            f"<link>{base}/news/world</link>\n<description>The Bangsar Times Online - World News</description>\n"
            f'<atom:link href="{base}/rss/news/world" rel="self" type="application/rss+xml" />\n<language>en-my</language>\n<lastBuildDate>{rfc822(d(2022, 11, 21, 0, 0, 0, 8))}</lastBuildDate>\n')
    text = head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("en_my_bangsartimes_world_custom.rss.xml", text, items, lang="en", outlet="The Bangsar Times", aliases=["The Bangsar Times Online"],
                structure="Kuala Lumpur English daily's world feed from its custom CMS (/rss/news/world), November 2022: atom self link, channel 'Brand Online - World', en-my, no indentation; items CDATA title, CDATA plain-text description, link '/<section>/YYYY/MM/DD/<slug>', permalink guid, +0800 pubDate, image enclosure with the placeholder length 1000 (absent on one); no author element at all; upper-case 'CITY:' datelines with a colon, trailing agency credits '– Bernama', '– Reuters', '– AFP', honorifics 'Datuk Seri', 'Datuk', 'Tan Sri' before speakers' names; home election items, sport abroad and a gallery in the world feed",
                notes="Relevance from Malaysia.")


# ---------------------------------------------------------------- Lagos daily on WordPress 6.1 (March 2023)
def lekki():
    rows, items = [], []
    base = "https://lekkitribune.example"

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{when.year}/{when.month:02d}/{when.day:02d}/{slug}/"
        foot = f'<p>The post <a rel="nofollow" href="{url}">{wpt(title)}</a> appeared first on <a rel="nofollow" href="{base}">Lekki Tribune</a>.</p>\n'
        catx = "\n".join(f"\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<comments>{url}#respond</comments>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n"
                    f"\t\t<pubDate>{utc0(when)}</pubDate>\n{catx}\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n"
                    f"\t\t\t\t\t<description><![CDATA[{excerpt} [&#8230;]</p>\n{foot}]]></description>\n"
                    f"\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}\n{foot}]]></content:encoded>\n\t\t\t\t\t\n\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t\t<slash:comments>0</slash:comments>\n\t\t\n\t\t\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    junk = ["appeared first on", "[…]"]
    w = d(2023, 3, 1, 5, 12, 0, 1)
    t = "INEC declares Tinubu president-elect as opposition rejects result"
    add(418220, "inec-declares-tinubu-president-elect-as-opposition-rejects-result", t, w, "Lekki Tribune", ["Politics", "News"],
        "<p>The Independent National Electoral Commission early Wednesday declared the All Progressives Congress candidate winner of Saturday&#8217;s presidential election",
        "<p><strong>By Chinedu Okwuosa, Abuja</strong></p>\n<p>The Independent National Electoral Commission early Wednesday declared the All Progressives Congress candidate winner of Saturday&#8217;s presidential election, with 8.79 million votes.</p>\n"
        "<p>&#8220;The margin is clear, but the collation process left questions that the tribunal will now have to answer,&#8221; said Ngozi Adeyemi-Bello, a political analyst at the Lagos Centre for Democratic Studies.</p>",
        lambda k: it(k, t, w, ["Chinedu Okwuosa"], rel=False, quotes=[q("Ngozi Adeyemi-Bello", "Lagos Centre for Democratic Studies")], junk=[*junk, "By Chinedu Okwuosa"],
                     note="WordPress 6.1 feed: dc:creator is the site's own account ('Lekki Tribune', not a person); the reporter is named only in the bold first paragraph 'By Name, City', which is the byline (the city is not part of the name). Home election: not relevant. A president-elect only as the setting."))
    w = d(2023, 3, 8, 14, 30, 0, 1)
    t = "Nigeria, Cameroon to resume talks on Bakassi returnees, border demarcation"
    add(418705, "nigeria-cameroon-to-resume-talks-on-bakassi-returnees-border-demarcation", t, w, "Lekki Tribune", ["News", "Foreign"],
        "<p>Nigeria and Cameroon will resume talks on the welfare of Bakassi returnees and the last stretch of their land border",
        "<p><strong>By Ifeoma Nwankwo</strong></p>\n<p>Nigeria and Cameroon will resume talks on the welfare of Bakassi returnees and the last stretch of their land border in Yaoundé next month, officials said on Wednesday.</p>\n"
        "<p>&#8220;Both sides want to finish the pillars before the rainy season,&#8221; said Ambassador Emeka Nwosu-Okafor, Director of Africa Affairs at the Ministry of Foreign Affairs.</p>",
        lambda k: it(k, t, w, ["Ifeoma Nwankwo"], quotes=[q("Emeka Nwosu-Okafor", "Ministry of Foreign Affairs")], junk=[*junk, "By Ifeoma Nwankwo"],
                     note="Bilateral talks with a neighbour: relevant. 'Ambassador' is a title, not part of the name; the body is the Ministry of Foreign Affairs."))
    w = d(2023, 3, 4, 17, 5, 0, 1)
    t = "UK-based Nigerians protest election outcome at High Commission in London"
    add(418432, "uk-based-nigerians-protest-election-outcome-at-high-commission-in-london", t, w, "Lekki Tribune", ["Diaspora", "Politics"],
        "<p>Hundreds of Nigerians living in the United Kingdom on Saturday gathered outside the Nigeria High Commission",
        "<p><strong>By Our Correspondent, London</strong></p>\n<p>Hundreds of Nigerians living in the United Kingdom on Saturday gathered outside the Nigeria High Commission on Northumberland Avenue to protest the outcome of the presidential election.</p>\n"
        "<p>&#8220;We came to say that our votes at home must count,&#8221; said Bukola Ajayi-Mensah, one of the organisers.</p>",
        lambda k: it(k, t, w, [], rel=False, quotes=[q("Bukola Ajayi-Mensah")], junk=[*junk, "By Our Correspondent"],
                     note="Dateline abroad, but home news: the diaspora protesting the home election (not relevant). 'By Our Correspondent, London' names no person: authors []. 'one of the organisers' is not a body: no affiliation."))
    w = d(2023, 3, 17, 19, 40, 0, 1)
    t = "ICC issues arrest warrant for Putin over deportation of Ukrainian children"
    add(419310, "icc-issues-arrest-warrant-for-putin-over-deportation-of-ukrainian-children", t, w, "Lekki Tribune", ["World"],
        "<p>The International Criminal Court on Friday issued an arrest warrant for the Russian president",
        "<p>The International Criminal Court on Friday issued an arrest warrant for the Russian president over the alleged unlawful deportation of children from occupied areas of Ukraine.</p>\n<p>Moscow, which does not recognise the court&#8217;s jurisdiction, called the decision &#8220;legally void&#8221;.</p>\n<p><em>&#8211; AFP</em></p>",
        lambda k: it(k, t, w, [], junk=[*junk, "– AFP"],
                     note="Agency copy: italic '– AFP' closing line, dc:creator the site account. The head of state and the court only as settings; 'legally void' is a fragment attributed to a capital, not a named speaker: no quote. Relevant."))
    w = d(2023, 3, 24, 21, 15, 0, 1)
    t = "AFCON qualifier: Super Eagles stunned 1-0 by Guinea-Bissau in Abuja"
    add(419802, "afcon-qualifier-super-eagles-stunned-1-0-by-guinea-bissau-in-abuja", t, w, "Sports Desk", ["Sports"],
        "<p>Nigeria suffered a shock home defeat to Guinea-Bissau in Abuja on Friday night",
        "<p><strong>By Tunde Adebisi</strong></p>\n<p>Nigeria suffered a shock home defeat to Guinea-Bissau in Abuja on Friday night, a result that leaves qualification for next year&#8217;s Africa Cup of Nations in the balance.</p>",
        lambda k: it(k, t, w, ["Tunde Adebisi"], rel=False, junk=[*junk, "By Tunde Adebisi"],
                     note="Home sport: not relevant. dc:creator 'Sports Desk' is a desk; the reporter is in the body byline."))
    w = d(2023, 3, 18, 20, 0, 0, 1)
    t = "PHOTOS: Lagos votes in governorship, assembly elections"
    add(419355, "photos-lagos-votes-in-governorship-assembly-elections", t, w, "Lekki Tribune", ["Photos"],
        "<p>Scenes from polling units across Lagos as voters turned out for the governorship and House of Assembly elections",
        "<p>Scenes from polling units across Lagos as voters turned out for the governorship and House of Assembly elections.</p>\n[gallery ids=\"419356,419357,419358,419359\"]",
        lambda k: it(k, t, w, [], story=False, rel=False, junk=[*junk, "[gallery"], note="Photo gallery with an unexpanded [gallery] shortcode: a non-story."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f"\t<title>Lekki Tribune</title>\n\t<atom:link href=\"{base}/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n\t<description>Nigeria&#039;s Independent Voice</description>\n"
            f"\t<lastBuildDate>{utc0(d(2023, 3, 24, 21, 20, 0, 1))}</lastBuildDate>\n\t<language>en-US</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
            "\t<generator>https://wordpress.org/?v=6.1.1</generator>\n")
    text = head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("en_ng_lekkitribune_feed_wp61.rss.xml", text, items, lang="en", outlet="Lekki Tribune",
                structure="Lagos daily's main feed on WordPress 6.1.1 (/feed/), March 2023: the stock feed-rss2 template (namespace block, sy:update* with WordPress's whitespace, generator), channel just 'Lekki Tribune' with the slogan 'Nigeria&#039;s Independent Voice', en-US, '/YYYY/MM/DD/<slug>/' links, comments and wfw:commentRss, +0000 pubDates (newsroom +0100), CDATA dc:creator that is the site's own account or a desk ('Sports Desk'), CDATA categories, '?p=<id>' guids, descriptions cut with ' [&#8230;]' and the 'The post … appeared first on …' footer in description AND content:encoded; the reporter is named only in a bold first paragraph 'By Name', 'By Name, City' or 'By Our Correspondent, London'; curly quotes as &#8220;/&#8221;, an italic '– AFP' line, an unexpanded [gallery] shortcode",
                notes="Relevance from Nigeria.")


FEEDS = [trumpet, threadneedle, bangsar, lekki]
