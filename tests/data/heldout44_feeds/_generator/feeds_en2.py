# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English world desks of the forty-fourth held-out set (part 2: a Lagos daily on WordPress 5.0
in 2018, a Delhi daily on Quintype in 2021, a Brisbane daily on Sitecore in 2024, an Ottawa
daily on Arc XP's outbound feeds in 2026). All outlets, people and quotations are invented."""
from h44 import S, cd, d, esc, feed, gmt, newest_first, rfc822, utc0, wpt


# ---------------------------------------------------------------- Lagos daily, WordPress 5.0.2 + Yoast (December 2018)
def eko():
    base = "https://ekoeveningstar.example"
    specs = [
        S("sudan-bread-protests-spread", "Sudan: Bread price protests spread to Khartoum", d(2018, 12, 20, 16, 12, 0, 1), "Editor", ["Chinedu Okafor"],
          ["<strong>By Chinedu Okafor</strong>",
           "Protests over the tripling of bread prices spread to Khartoum on Thursday, a day after demonstrators in the northern city of Atbara set fire to the local headquarters of the ruling party.",
           "&#8220;This is no longer about bread,&#8221; said Dr Amna Idris, a political scientist at the Horn of Africa Research Centre in Addis Ababa."],
          quotes=[("Amna Idris", "Horn of Africa Research Centre")], junk=["Editor"],
          note="dc:creator is the posting account 'Editor'; the byline is the bold 'By Name' first paragraph: ['Chinedu Okafor'] expected. Relevant."),
        S("drc-election-postponed-again", "DR Congo delays presidential election by a week, citing warehouse fire", d(2018, 12, 20, 11, 40, 0, 1), "Editor", [],
          ["Congo&#8217;s electoral commission on Thursday postponed Sunday&#8217;s long-delayed presidential election by a week, blaming a fire that destroyed voting machines in Kinshasa.",
           "ECOWAS and the African Union urged calm. (Reuters/NAN)"],
          junk=["(Reuters/NAN)", "Editor"], note="Agency copy under the 'Editor' account: []. Relevant."),
        S("buhari-presents-2019-budget", "Buhari presents N8.83trn 2019 budget as lawmakers jeer", d(2018, 12, 19, 15, 5, 0, 1), "Editor", ["Funmilayo Adeyemi"],
          ["<strong>By Funmilayo Adeyemi, Abuja</strong>",
           "President Muhammadu Buhari on Wednesday presented a N8.83 trillion budget for 2019 to a joint session of the National Assembly, amid boos from some opposition lawmakers.",
           "&#8220;The numbers are lower than last year, which tells you something about oil,&#8221; said Babatunde Ogunleye, an economist at the Lagos Business Forum."],
          rel=False, quotes=[("Babatunde Ogunleye", "Lagos Business Forum")], junk=["Editor"],
          note="Home politics filed in 'World' too: a story, not relevant. Byline 'By Name, Abuja': the place is not part of the name. The head of state appears only as a setting."),
        S("ghana-togo-ecowas-summit", "ECOWAS leaders meet in Abuja over Togo crisis, single currency", d(2018, 12, 16, 18, 30, 0, 1), "Emeka Nwosu", ["Emeka Nwosu"],
          ["West African leaders met in Abuja on Sunday to discuss Togo&#8217;s political crisis ahead of its legislative elections, and the long-delayed ECO single currency.",
           "Nigeria, which hosted the summit, said it still had concerns about the currency&#8217;s timetable."],
          note="A regional summit held in the home country about a neighbour: relevant (Nigeria's foreign policy)."),
        S("photos-christmas-lights-lekki", "PHOTOS: Lagos lights up for Christmas at Lekki", d(2018, 12, 17, 20, 0, 0, 1), "Editor", [],
          ["[envira-gallery id=&#8221;40127&#8243;]"],
          story=False, rel=False, note="Photo gallery (unrendered Envira shortcode): not a story. Title label 'PHOTOS:' may be kept or dropped."),
        S("sponsored-end-of-year-sale", "Sponsored: Beat the December rush with these deals", d(2018, 12, 18, 9, 0, 0, 1), "Partner Content", [],
          ["Looking for gifts? Our partners have prepared end-of-year discounts of up to 40 per cent on phones and home appliances.",
           "<em>This is a sponsored post.</em>"],
          story=False, rel=False, note="Advertorial: not a story."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        pid = 407715 - i * 57
        url = f"{base}/{s['k']}/"
        foot = f'<p>The post <a rel="nofollow" href="{url}">{wpt(s["title"])}</a> appeared first on <a rel="nofollow" href="{base}">Eko Evening Star</a>.</p>\n'
        first = s["paras"][1] if s["paras"][0].startswith("<strong>By") else s["paras"][0]
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(s['title'])}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#respond</comments>\n\t\t<pubDate>{utc0(s['w'])}</pubDate>\n"
                    f"\t\t<dc:creator><![CDATA[{s['by']}]]></dc:creator>\n\t\t<category><![CDATA[World]]></category>\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[<p>{first[:140].rsplit(' ', 1)[0]} [&#8230;]</p>\n{foot}]]></description>\n\t\t<content:encoded><![CDATA[{s.html()}{foot}]]></content:encoded>\n"
                    f"\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t\t</item>")
        s["junk"] = [*s["junk"], "appeared first on"]
        items.append(s.exp(f"{base}/?p={pid}"))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f'\t<title>World &#8211; Eko Evening Star</title>\n\t<atom:link href="{base}/category/world/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f'\t<description>Nigeria&#039;s evening newspaper</description>\n\t<lastBuildDate>{utc0(d(2018, 12, 20, 16, 14, 0, 1))}</lastBuildDate>\n\t<language>en-US</language>\n'
            '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=5.0.2</generator>\n'
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_ng_ekoeveningstar_world_wp50_2018.rss.xml", text, items, lang="en", outlet="Eko Evening Star", aliases=["The Eko Evening Star"],
                structure="Lagos evening daily's World category on WordPress 5.0.2 with Yoast SEO (December 2018): channel 'World &#8211; Brand', en-US, sy:update* with WordPress 5's whitespace, '/<slug>/' links, '?p=<id>' guids, +0000 pubDates (newsroom +0100), CDATA dc:creator holding the posting account 'Editor' for most items while the reporter is a bold 'By Name' / 'By Name, Abuja' first paragraph, 'Partner Content', excerpts cut with ' [&#8230;]' and the Yoast 'The post … appeared first on …' footer in description and content, naira amounts 'N8.83 trillion', '(Reuters/NAN)' tags, an unrendered Envira gallery shortcode and a sponsored post",
                notes="Home country: Nigeria. A summit in Abuja about Togo is regional diplomacy (relevant); the budget is home politics.")


# ---------------------------------------------------------------- Delhi daily, Quintype (August 2021)
def narmada():
    base = "https://www.narmadachronicle.example"
    specs = [
        S("iaf-flight-evacuates-embassy-staff-kabul", "IAF aircraft brings back 120 Indian officials from Kabul", d(2021, 8, 17, 13, 25, 0, 5.5), "Anjali Mehra", ["Anjali Mehra"],
          ["An Indian Air Force C-17 carrying about 120 officials of the Indian embassy in Kabul landed in Jamnagar on Tuesday, two days after the Taliban entered the Afghan capital.",
           "\u201cThe priority now is the Indians and Afghan partners still in the city,\u201d said a senior official of the Ministry of External Affairs, who did not want to be named.",
           "<strong>Also Read | </strong><a href=\"https://www.narmadachronicle.example/world/taliban-take-kabul-what-we-know\">Taliban take Kabul: what we know so far</a>"],
          junk=["Also Read"], note="India's own evacuation from Afghanistan: relevant. The quoted official is anonymous: no quote speaker expected."),
        S("haiti-earthquake-toll-rises", "Haiti earthquake death toll rises above 1,900", d(2021, 8, 17, 8, 10, 0, 5.5), "PTI", [],
          ["Port-au-Prince, Aug 17 (PTI) The death toll from the magnitude 7.2 earthquake that struck south-western Haiti on Saturday has risen to 1,941, the country\u2019s civil protection agency said.",
           "Tropical storm Grace brought heavy rain to the area on Monday night, hampering rescue work."],
          junk=["(PTI)"], note="PTI copy with the agency's run-in dateline without a dash: author []. Relevant."),
        S("explained-what-taliban-takeover-means-for-india", "Explained: What the Taliban takeover means for India's $3 billion in Afghan projects", d(2021, 8, 16, 19, 0, 0, 5.5), "Rohan Bhattacharya", ["Rohan Bhattacharya"],
          ["From the Salma dam in Herat to the parliament building in Kabul, India has spent about $3 billion on Afghan projects over two decades.",
           "\u201cThe assets are still there; the question is who they now serve,\u201d said Prof. Nilofar Qaderi, who teaches Afghan history at the Centre for Inner Asian Studies in Delhi."],
          quotes=[("Nilofar Qaderi", "Centre for Inner Asian Studies")], note="Explainer: a story. 'Prof.' is not part of the name. Relevant. Title label 'Explained:' may be kept or dropped (label correction, see README)."),
        S("monsoon-session-adjourned-sine-die", "Monsoon session: Lok Sabha adjourned sine die two days early", d(2021, 8, 11, 17, 45, 0, 5.5), "Rohan Bhattacharya", ["Rohan Bhattacharya"],
          ["The Lok Sabha was adjourned sine die on Wednesday, two days ahead of schedule, after a session marked by repeated disruptions."],
          rel=False, note="Home politics: a story, not relevant."),
        S("in-pics-kabul-airport", "In Pics: Desperate scenes at Kabul airport", d(2021, 8, 16, 21, 30, 0, 5.5), "Narmada Chronicle", [],
          ["<figure><img src=\"https://images.assettype.example/narmada/2021-08/kabul-1.jpg\"/><figcaption>Crowds on the tarmac. (Photo: AP)</figcaption></figure>"],
          story=False, rel=False, note="Photo gallery: not a story. Title label 'In Pics:' may be kept or dropped."),
        S("top-headlines-aug-17-9pm", "Top headlines at 9 pm: August 17", d(2021, 8, 17, 21, 0, 0, 5.5), "Narmada Chronicle", [],
          ["<ul><li>IAF brings back embassy staff from Kabul</li><li>Haiti toll rises above 1,900</li><li>Sensex closes at record high</li></ul>"],
          story=False, rel=False, note="Headline round-up list: not a story."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        uid = f"{(0x3f1a2b7c + i * 7919):08x}-4b1e-4c2a-9d0f-{(0x5a1c33e0a1 + i * 104729):012x}"
        url = f"{base}/world/{s['k']}"
        img = f"https://images.assettype.example/narmada/2021-08/{uid[:8]}/{s['k'][:10]}.jpg"
        rows.append(f"<item><title>{cd(s['title'])}</title><link>{url}</link><guid isPermaLink=\"false\">{uid}</guid><pubDate>{gmt(s['w'])}</pubDate>"
                    f"<description>{cd(s['paras'][0])}</description><content:encoded>{cd(s.html())}</content:encoded>"
                    f"<dc:creator>{cd(s['by'])}</dc:creator><category>World</category><media:content url=\"{img}\" medium=\"image\"/></item>")
        items.append(s.exp(uid))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>'
            f"<title>{cd('Narmada Chronicle')}</title><link>{base}</link><description>{cd('Latest World news from Narmada Chronicle')}</description>"
            f'<atom:link href="{base}/stories.rss?section=world" rel="self" type="application/rss+xml"/><lastBuildDate>{gmt(d(2021, 8, 17, 21, 2, 0, 5.5))}</lastBuildDate>'
            + "".join(rows) + "</channel></rss>")
    return feed("en_in_narmadachronicle_world_quintype_2021.rss.xml", text, items, lang="en", outlet="Narmada Chronicle", aliases=["The Narmada Chronicle"],
                structure="Delhi English daily on Quintype, section feed '/stories.rss?section=world' (August 2021): the whole document on one line, no trailing newline, no <language>, CDATA channel title and 'Latest World news from Brand' description, items with CDATA title, '/world/<slug>' links, story UUID guids (isPermaLink=false), GMT pubDates (newsroom +0530), CDATA description (first paragraph) and content:encoded, CDATA dc:creator AFTER the content (a reporter, 'PTI' or the brand), <category>, media:content from the images.assettype CDN, '(PTI)' run-in datelines, a bold 'Also Read |' link, a photo gallery and a headline round-up",
                notes="Home country: India.")


# ---------------------------------------------------------------- Brisbane daily, Sitecore 10 (System.ServiceModel.Syndication, May 2024)
def moreton():
    base = "https://www.moretonmail.example"
    nl = "\r\n"
    specs = [
        S("new-caledonia-unrest-australians-stranded", "New Caledonia unrest: Australians stranded as Noumea airport stays shut", d(2024, 5, 16, 17, 40, 0, 10), "Bridget Lawless", ["Bridget Lawless"],
          ["Hundreds of Australians are stranded in New Caledonia after a third night of rioting over electoral changes kept La Tontouta airport closed.",
           "\u201cWe are being told to stay in the hotel and wait,\u201d said Kerryn Moffatt, a retiree from Redcliffe who arrived on a cruise.",
           "DFAT said it was working with French authorities on options to bring Australians home."],
          quotes=[("Kerryn Moffatt",)], note="Unrest in a neighbouring territory with Canberra's response: relevant."),
        S("slovak-pm-shot", "Slovak prime minister shot after government meeting", d(2024, 5, 16, 6, 15, 0, 10), "Reuters", [],
          ["Slovakia\u2019s prime minister was shot several times outside a cultural centre in the town of Handlova and flown to hospital in a life-threatening condition, officials said.",
           "European leaders condemned the attack."],
          note="Agency copy; 'Reuters' in a10:author is not a person. Relevant."),
        S("solomon-islands-new-pm-australia-ties", "Solomon Islands picks new PM in test of ties with Canberra and Beijing", d(2024, 5, 2, 15, 0, 0, 10), "Bridget Lawless, Pacific correspondent", ["Bridget Lawless"],
          ["Solomon Islands lawmakers elected a former foreign minister as prime minister on Thursday, a result watched closely in Canberra and Beijing.",
           "\u201cHe will not tear up the China deal, but he will answer the phone from Canberra,\u201d said Dr Alfred Ramoni, a Pacific politics researcher at the University of the South Pacific."],
          quotes=[("Alfred Ramoni", "University of the South Pacific")], note="a10:name with a job title: person only. Relevant."),
        S("budget-2024-energy-rebate", "Budget 2024: Every household to get $300 energy rebate", d(2024, 5, 14, 19, 50, 0, 10), "Jason Trinh and Mel Costa", ["Jason Trinh", "Mel Costa"],
          ["Every Australian household will receive a $300 rebate on power bills from July under the federal budget handed down on Tuesday night."],
          rel=False, note="Home politics in the World channel (the Sitecore list takes every item tagged 'Breaking'): a story, not relevant."),
        S("live-new-caledonia-unrest", "LIVE: New Caledonia unrest \u2013 state of emergency declared", d(2024, 5, 15, 21, 0, 0, 10), "", [],
          ["Follow our live coverage."],
          story=False, rel=False, note="Live blog: not a story. Title label 'LIVE:' may be kept or dropped."),
        S("podcast-world-this-week-ep112", "Podcast: The World This Week, episode 112", d(2024, 5, 10, 5, 0, 0, 10), "Moreton Mail Podcasts", [],
          ["Listen on Apple Podcasts, Spotify or wherever you get your podcasts."],
          story=False, rel=False, note="Podcast episode: not a story. Title label 'Podcast:' may be kept or dropped."),
    ]
    rows, items = [], []
    for s in newest_first(specs):
        url = f"{base}/news/world/2024/{s['w'].month:02d}/{s['w'].day:02d}/{s['k']}"
        au = (f"{nl}      <a10:author>{nl}        <a10:name>{esc(s['by'])}</a10:name>{nl}      </a10:author>") if s["by"] else ""
        rows.append(f'    <item>{nl}      <guid isPermaLink="true">{url}</guid>{nl}      <link>{url}</link>{au}{nl}      <category>World</category>{nl}'
                    f"      <title>{esc(s['title'])}</title>{nl}      <description>{esc(' '.join(s['paras']))}</description>{nl}      <pubDate>{rfc822(s['w'])}</pubDate>{nl}"
                    f"      <a10:updated>{s['w'].isoformat()}</a10:updated>{nl}    </item>")
        items.append(s.exp(url))
    text = ('<?xml version="1.0" encoding="utf-8"?>' + nl + '<rss xmlns:a10="http://www.w3.org/2005/Atom" version="2.0">' + nl
            + f"  <channel>{nl}    <title>The Moreton Mail - World</title>{nl}    <link>{base}/news/world</link>{nl}    <description>World news from The Moreton Mail</description>{nl}"
            + f"    <language>en-AU</language>{nl}    <lastBuildDate>{rfc822(d(2024, 5, 16, 17, 42, 0, 10))}</lastBuildDate>{nl}"
            + nl.join(rows) + nl + "  </channel>" + nl + "</rss>")
    return feed("en_au_moretonmail_world_sitecore_2024.rss.xml", text, items, lang="en", outlet="The Moreton Mail", aliases=["Moreton Mail"],
                structure="Brisbane daily's world feed from Sitecore 10's RSS feed item, rendered by .NET's Rss20FeedFormatter (May 2024): UTF-8 with CRLF line ends and no trailing newline, the a10 prefix for the Atom namespace, items in the formatter's order (guid first, link, a10:author with a10:name, category, title, description, pubDate, a10:updated), permalink guids '/news/world/YYYY/MM/DD/<slug>', escaped plain-text descriptions carrying the whole short story, en-AU, +1000 dates, a10:name with a reporter, 'Name, Pacific correspondent', 'A and B', 'Reuters', a podcast credit or absent, a live blog and a podcast",
                notes="Home country: Australia.")


# ---------------------------------------------------------------- Ottawa daily, Arc XP outbound feeds (February 2026)
def rideau():
    base = "https://www.rideaudispatch.example"
    specs = [
        S("nato-defence-ministers-arctic-radar", "NATO ministers back Arctic radar plan as Canada pledges northern sites", d(2026, 2, 12, 15, 20, 0, -5), "Claire Beauchesne", ["Claire Beauchesne"],
          ["BRUSSELS \u2014 NATO defence ministers on Thursday endorsed a plan for a chain of over-the-horizon radars across the Arctic, with Canada offering three sites in Nunavut and the Northwest Territories.",
           "\u201cThe North is where our geography is our contribution,\u201d said Lt.-Gen. (ret.) Marc-Andr\u00e9 Tessier, a fellow at the Laurentian Centre for Defence Studies."],
          quotes=[("Marc-Andr\u00e9 Tessier", "Laurentian Centre for Defence Studies")], cap="Defence ministers gather at NATO headquarters in Brussels. (Virginia Mayo/The Associated Press)",
          note="Canada's own defence commitments abroad: relevant. Rank 'Lt.-Gen. (ret.)' is not part of the name."),
        S("eu-canada-summit-critical-minerals", "Canada and EU sign critical minerals pact at Ottawa summit", d(2026, 2, 10, 18, 5, 0, -5), "Claire Beauchesne, Patrick Oduya", ["Claire Beauchesne", "Patrick Oduya"],
          ["Canada and the European Union signed an agreement on Tuesday to co-finance lithium and graphite processing, at a summit on Parliament Hill.",
           "\u201cIt is less a trade deal than an insurance policy,\u201d said Ingrid Solheim-Roy, a trade lawyer with a Montreal firm."],
          quotes=[("Ingrid Solheim-Roy",)], cap="Leaders at the summit on Parliament Hill. (Sean Kilpatrick/The Canadian Press)",
          note="A summit held at home but about the country's foreign and trade relations: relevant. Two authors in one dc:creator joined by a comma."),
        S("peru-protests-lima", "Protesters clash with police in Lima as Congress debates early election", d(2026, 2, 11, 22, 40, 0, -5), "The Associated Press", [],
          ["LIMA, Peru (AP) \u2014 Police fired tear gas at protesters outside Peru\u2019s Congress on Wednesday as lawmakers debated a bill to bring forward elections."],
          junk=["(AP)"], cap="Protesters in Lima. (Martin Mejia/The Associated Press)", note="Agency copy: []. Relevant."),
        S("lrt-line-shutdown-february", "LRT shutdown: Confederation Line to close east of Blair for two weekends", d(2026, 2, 9, 12, 0, 0, -5), "Sanjay Kooner", ["Sanjay Kooner"],
          ["OC Transpo will close the Confederation Line east of Blair station on the next two weekends for track repairs, with replacement buses running every five minutes."],
          rel=False, cap="A train at Blair station. (Dispatch file photo)", note="City transport news: a story, not relevant."),
        S("watch-ice-storm-kabul-quake", "Watch: Rescue teams reach villages after Afghan earthquake", d(2026, 2, 12, 9, 30, 0, -5), "Dispatch Video", [],
          ["<div class=\"video-embed\" data-uuid=\"b7f1c2d0\"></div>"],
          story=False, rel=False, cap="Video still.", note="Video: not a story. Title label 'Watch:' may be kept or dropped."),
        S("world-briefing-newsletter", "Get the Dispatch World Briefing in your inbox", d(2026, 2, 8, 7, 0, 0, -5), "", [],
          ["Sign up for our free weekday newsletter."],
          story=False, rel=False, cap="", note="Newsletter promotion: not a story."),
    ]
    rows, items = [], []
    for s in newest_first(specs):
        url = f"{base}/world/2026/02/{s['w'].day:02d}/{s['k']}/"
        by = f"<dc:creator>{cd(s['by'])}</dc:creator>" if s["by"] else ""
        credit = s["cap"].rsplit("/", 1)[-1].rstrip(")") if "/" in s["cap"] else "Rideau Dispatch"
        mc = (f'<media:content type="image/jpeg" url="{base}/resizer/v2/{s["k"][:8].upper()}Q4ZJ.jpg?auth=4f1c&amp;width=1440"><media:title type="plain">{cd(s["title"])}</media:title>'
              f'<media:description type="plain">{cd(s["cap"])}</media:description><media:credit role="author" scheme="urn:ebu">{cd(credit)}</media:credit></media:content>') if s["cap"] else ""
        rows.append(f"<item><title>{cd(s['title'])}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid>{by}<description>{cd(s['paras'][0])}</description>"
                    f"<pubDate>{gmt(s['w'])}</pubDate><content:encoded>{cd(s.html())}</content:encoded>{mc}</item>")
        items.append(s.exp(url))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>'
            f"<title>{cd('Rideau Dispatch')}</title><link>{base}</link>"
            f'<atom:link href="{base}/arc/outboundfeeds/rss/category/world/?outputType=xml" rel="self" type="application/rss+xml"/>'
            f"<description>{cd('Rideau Dispatch News Feed')}</description><lastBuildDate>{gmt(d(2026, 2, 12, 15, 22, 0, -5))}</lastBuildDate><language>en</language><ttl>1</ttl>"
            "<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency>"
            + "".join(rows) + "</channel></rss>")
    return feed("en_ca_rideaudispatch_world_arcxp_2026.rss.xml", text, items, lang="en", outlet="Rideau Dispatch", aliases=["The Rideau Dispatch"],
                structure="Ottawa daily on Arc XP's Outbound Feeds RSS block (/arc/outboundfeeds/rss/category/world/?outputType=xml, February 2026): one line, no trailing newline, CDATA channel title (brand only) and the default '<Brand> News Feed' description, language 'en' (no region), ttl 1, sy:updatePeriod hourly, permalink guids '/world/YYYY/MM/DD/<slug>/', CDATA dc:creator BEFORE description (a reporter, 'A, B', 'The Associated Press', 'Dispatch Video' or absent), GMT pubDates (newsroom -0500), CDATA content:encoded, media:content from the Arc resizer with '&amp;width=' and media:title/description/credit (scheme urn:ebu) whose captions end '(Name/The Canadian Press)', a video and a newsletter promo",
                notes="Home country: Canada. A summit on Parliament Hill about trade with the EU is foreign policy (relevant); the LRT closure is city news.")


FEEDS = [eko, narmada, moreton, rideau]
