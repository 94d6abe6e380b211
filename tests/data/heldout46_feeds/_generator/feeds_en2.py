# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the forty-sixth held-out set (part 2: Brunei on Mura CMS, Halifax on Hippo
CMS with ROME, Mbabane on Concrete5, Cardiff on Backdrop CMS, Jersey on Textpattern, Juba on
WordPress 6.4, an Isle of Man tech site on Publii, an Anchorage science magazine on Nikola).
All outlets, people and quotations are invented."""
from gen import build
from h46 import cd, d, esc, rfc822, utc0, wpt

NO = []


# ---------------------------------------------------------------- Bandar Seri Begawan daily on Mura CMS 6 (ColdFusion)
def kiulap():
    base = "https://www.kiulapmirror.example"
    ids = {"a": "5D1E09A2-0F1B-4C73-A8C1A2B3C4D5E6F7", "b": "5D1E09A2-0F1B-4C73-A8C1A2B3C4D5E6F8", "c": "6A2B77C0-9E11-4B0A-B7D2F0E1D2C3B4A5",
           "d": "6A2B77C0-9E11-4B0A-B7D2F0E1D2C3B4A6", "e": "7F3C1D44-2A6B-4E9C-9D8E7F6A5B4C3D2E", "f": "7F3C1D44-2A6B-4E9C-9D8E7F6A5B4C3D2F"}

    def row(tail, title, when, creator, body):
        slug = title.lower().replace(" ", "-").replace("'", "").replace(",", "").replace(":", "")[:60]
        return ids[tail], (f"<item>\n<title>{esc(title)}</title>\n<link>{base}/index.cfm/world/{slug}/</link>\n<description>{esc(body)}</description>\n"
                           f"<pubDate>{rfc822(when)}</pubDate>\n<guid isPermaLink=\"false\">{ids[tail]}</guid>\n" + (f"<dc:creator>{esc(creator)}</dc:creator>\n" if creator else "") + "</item>")

    def wrap(head, rows):
        return '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n"

    w = [d(2013, 6, 12, 9, 15, 0, 8), d(2013, 6, 11, 18, 2, 0, 8), d(2013, 6, 11, 10, 40, 0, 8), d(2013, 6, 10, 16, 0, 0, 8), d(2013, 6, 10, 8, 20, 0, 8), d(2013, 6, 9, 12, 0, 0, 8)]
    rows = [
        ("a", "Asean ministers urge restraint in South China Sea ahead of code of conduct talks", w[0], "Hjh Noorainie Abd Rahman",
         "<p>BANDAR SERI BEGAWAN, June 12 - Foreign ministers of the Association of Southeast Asian Nations on Wednesday called on all parties in the South China Sea to exercise restraint, as Brunei prepared to host talks with China on a code of conduct.</p><p>\"The sea must unite us, not divide us,\" Pehin Dato Haji Awang Yusof Omar, the Second Minister of Foreign Affairs and Trade, said in his opening remarks.</p><p>A Southeast Asian diplomat involved in drafting the joint communiqué, who asked not to be identified, said the wording on \"land reclamation\" had been argued over until after midnight.</p>",
         ["Noorainie Abd Rahman"], [("Yusof Omar", "Ministry of Foreign Affairs and Trade")], True, True,
         "Malay honorifics in the byline and the speaker's name ('Hjh', 'Hj', 'Pehin Dato Haji Awang') are titles: the editor shows 'Noorainie Abd Rahman' and the speaker as 'Yusof Omar'. Hosted regional diplomacy: relevant. (Names invented; the minister is fictitious.)", ["Hjh"]),
        ("b", "Philippine, Malaysian officials trade words over Sabah at Asean sidelines", w[1], "Rasidah Abu Bakar",
         "<p>Officials from the Philippines and Malaysia traded remarks over Sabah on the sidelines of the Asean meeting on Tuesday.</p><p>\"There is nothing to discuss about Sabah's status,\" Malaysia's deputy foreign minister, Datuk Seri Kamal Hisham, told reporters.</p><p>A Philippine foreign affairs spokesman, Raul Hernandez-Cruz, answered that Manila's claim \"has never been abandoned and will not be.\"</p>",
         ["Rasidah Abu Bakar"], [("Kamal Hisham", "Malaysia")], True, True,
         "'Datuk Seri' is an honorific before the speaker's name. Relevant."),
        ("c", "His Majesty consents to new minimum wage order for private sector", w[2], "",
         "<p>The Sultan has consented to a minimum wage order for private-sector workers, the Prime Minister's Office said in a statement on Tuesday.</p><p>\"The order protects the dignity of every worker in the country,\" the statement said.</p>",
         [], [("Prime Minister's Office",)], True, False, "Home policy: a story, not relevant. The quote is a statement of an office: the organisation is the speaker. No dc:creator."),
        ("d", "Malaysia's new cabinet sworn in a month after general election", w[3], "Agencies",
         "<p>KUALA LUMPUR (Bernama/AFP) - Malaysia's new cabinet was sworn in on Monday.</p><p>\"We have heard the message of the voters,\" said the Prime Minister, speaking at the palace. Analyst Wong Siew Lin of the Penang Institute of Policy said the line-up \"rewards loyalty over reform.\"</p>",
         [], [("Wong Siew Lin", "Penang Institute of Policy"), ("the Prime Minister",)], True, True,
         "'Agencies' is no person. The head of government appears only as a setting (unnamed): quote from the analyst labelled; the PM's words may also be labelled with 'the Prime Minister'."),
        ("e", "In pictures: Kampong Ayer regatta", w[4], "Photo: Aziz Idris", "<p><img src=\"/cache/file/7F3C1D44.jpg\" alt=\"regatta\"/></p>", [], [], False, False,
         "Photo page: not a story. 'Photo: Name' in dc:creator is a photo credit, not a byline. Title label 'In pictures:' may be kept or dropped."),
        ("f", "Jakarta haze: Indonesia says fires under control, Singapore not convinced", w[5], "Reuters",
         "<p>JAKARTA (Reuters) - Indonesia said on Sunday that forest fires in Riau were under control. \"The hotspots have fallen by more than half,\" an official of the national disaster agency, Agus Wibisono, told Reuters. Singapore's environment ministry said air quality readings \"do not yet support that assessment.\"</p>",
         [], [("Agus Wibisono", "national disaster agency")], True, True,
         "Agency credit: []. 'told Reuters' names the agency, not the speaker's employer. A ministry quoted as an organisation. Relevant (regional haze)."),
    ]
    head = (f"<title>Kiulap Mirror: World</title>\n<link>{base}/index.cfm/world/</link>\n<description>World news from the Kiulap Mirror</description>\n<language>en-us</language>\n"
            f"<copyright>Copyright 2013 Kiulap Mirror Sdn Bhd</copyright>\n<lastBuildDate>{rfc822(w[0])}</lastBuildDate>\n<generator>Mura CMS 6</generator>\n")
    return build({"name": "en_bn_kiulapmirror_world_muracms.rss.xml"}, rows, row, head, wrap, lang="en", outlet="Kiulap Mirror", aliases=["The Kiulap Mirror"],
                 ctype="text/xml; charset=UTF-8", notes="Brunei daily: home country Brunei.",
                 structure="Bandar Seri Begawan daily's world feed from a Mura CMS 6 (ColdFusion) content collection (/index.cfm/…): no indentation, language 'en-us', copyright 'Sdn Bhd', <generator>Mura CMS 6</generator>, '/index.cfm/world/<slug>/' links, content-ID UUIDs (Mura's 35-character form) as non-permalink guids, escaped <p> descriptions, dc:creator AFTER guid with Malay honorifics ('Hjh', 'Hj'), 'Agencies', 'Reuters', a photo credit or absent, Malay and Malaysian honorifics before speakers ('Pehin Dato Haji Awang', 'Datuk Seri'), '(Bernama/AFP)' and '(Reuters)' datelines, +0800 dates in June 2013")


# ---------------------------------------------------------------- Halifax daily on Hippo CMS 12 with ROME
def chebucto():
    base = "https://www.chebuctoherald.example"

    def row(tail, title, when, creator, body):
        url = f"{base}/news/world/{tail}"
        return url, (f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{esc(body)}</description>\n"
                     f"      <pubDate>{utc0(when).replace('+0000', 'GMT')}</pubDate>\n      <guid isPermaLink=\"true\">{url}</guid>\n"
                     + (f"      <dc:creator>{esc(creator)}</dc:creator>\n" if creator else "") + f"      <dc:date>{when.astimezone(d(2018, 1, 1, 0, 0).tzinfo).strftime('%Y-%m-%dT%H:%M:%SZ')}</dc:date>\n    </item>")

    def wrap(head, rows):
        return '<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">\n  <channel>\n' + head + "\n".join(rows) + "\n  </channel>\n</rss>\n"

    w = [d(2018, 10, 18, 14, 2, 11, -3), d(2018, 10, 18, 9, 30, 0, -3), d(2018, 10, 17, 19, 45, 0, -3), d(2018, 10, 17, 11, 0, 0, -3), d(2018, 10, 16, 15, 20, 0, -3), d(2018, 10, 16, 7, 0, 0, -3)]
    rows = [
        ("khashoggi-turkey-investigation-1.5013377", "Turkey searches consul's residence as pressure mounts on Riyadh", w[0], "The Canadian Press",
         "ISTANBUL — Turkish investigators searched the Saudi consul general's residence in Istanbul late Wednesday.\n\n\"We are looking for toxic materials and for evidence that they were removed,\" a senior Turkish official told The Canadian Press, speaking on condition of anonymity because the investigation is ongoing.\n\nIn Ottawa, Global Affairs Canada spokesperson Amélie Tremblay-Roy said Canada expected \"a thorough, credible and transparent investigation.\"",
         [], [("a senior Turkish official",)], True, True,
         "ROME writes dc:date next to pubDate. 'The Canadian Press' as dc:creator is an agency: []. Plain-text description with blank-line paragraphs. Canada's foreign policy reaction: relevant."),
        ("brexit-summit-no-breakthrough-1.5013002", "'No breakthrough' at Brussels summit as Irish border stalls Brexit deal", w[1], "Fiona MacLeod, Europe Correspondent",
         "BRUSSELS — European Union leaders ended a summit dinner without a breakthrough on Brexit.\n\n\"We need more time, and time is exactly what we do not have,\" said Eamon Cassidy, Ireland's minister of state for European affairs.\n\nA senior EU diplomat said the mood in the room was \"polite, tired and slightly desperate.\"",
         ["Fiona MacLeod"], [("Eamon Cassidy", "Ireland")], True, True,
         "A quote in the headline in single quotes. dc:creator carries 'Name, Europe Correspondent': the job title is not part of the name."),
        ("nova-scotia-cannabis-legal-first-day-1.5012644", "Lineups at NSLC stores on first day of legal cannabis", w[2], "Jake Doucette",
         "HALIFAX — Dozens lined up outside Nova Scotia Liquor Corporation stores on Wednesday.\n\n\"I never thought I'd see the day,\" said Beverly Saulnier, 67, of Dartmouth.",
         ["Jake Doucette"], [("Beverly Saulnier",)], True, False, "Home news (provincial): not relevant."),
        ("venezuela-migrants-colombia-border-1.5012190", "'We walk because there is nothing left': Venezuelans cross into Colombia on foot", w[3], "Marisol Quintero and Fiona MacLeod",
         "CÚCUTA, Colombia — Every morning, thousands of Venezuelans cross the Simón Bolívar bridge.\n\n\"We walk because there is nothing left,\" said Yeferson Araujo, 23, a former nursing student from Valencia.\n\nThe UN refugee agency says more than 2.3 million people have left Venezuela since 2014. \"This is the largest exodus in the recent history of Latin America,\" UNHCR spokesperson Lucía Pardo told reporters in Geneva.",
         ["Marisol Quintero", "Fiona MacLeod"], [("Yeferson Araujo",), ("Lucía Pardo", "UNHCR")], True, True,
         "Headline quote is the speaker's own words from the body. Two authors joined by 'and'."),
        ("video-hurricane-michael-panama-city-1.5011834", "VIDEO: Hurricane Michael's path of destruction", w[4], "",
         "Aerial footage shows the damage in Panama City, Fla.", [], [], False, False, "Video: not a story. Title label 'VIDEO:' may be kept or dropped."),
        ("crossword-oct-16-1.5011500", "Daily crossword: Oct. 16", w[5], "", "Today's puzzle.", [], [], False, False, "Puzzle: not a story."),
    ]
    head = (f"    <title>World | Chebucto Herald</title>\n    <link>{base}/news/world</link>\n    <description>World news from the Chebucto Herald</description>\n    <language>en-ca</language>\n"
            f"    <pubDate>{utc0(w[0]).replace('+0000', 'GMT')}</pubDate>\n    <dc:date>2018-10-18T17:02:11Z</dc:date>\n")
    return build({"name": "en_ca_chebuctoherald_world_hippo_rome.rss.xml"}, rows, row, head, wrap, lang="en", outlet="Chebucto Herald", aliases=["The Chebucto Herald"],
                 ctype="application/rss+xml;charset=UTF-8",
                 structure="Halifax (Nova Scotia) daily's world feed from a Hippo CMS 12 (Java) site whose RSS is written with the ROME library: <rss> with xmlns:dc before version, two-space indentation, language en-ca, channel pubDate and dc:date, CBC-style '/news/world/<slug>-1.<7 digits>' permalink guids, plain-text descriptions with '\\n\\n' paragraph breaks and em-dash datelines, GMT pubDates plus dc:date in Z (newsroom ADT -0300), dc:creator with 'Name, Europe Correspondent', 'A and B', an agency or absent, quotes in headlines, anonymous officials, a video and a crossword, October 2018")


# ---------------------------------------------------------------- Mbabane (Eswatini) daily on Concrete5 8 (page list RSS through Zend\Feed\Writer)
def lubombo():
    base = "https://www.lubombotribune.example"

    def row(tail, title, when, creator, body):
        url = f"{base}/world/{tail}"
        return url, (f"    <item>\n      <title>{esc(title)}</title>\n      <description><![CDATA[{body}]]></description>\n      <pubDate>{rfc822(when)}</pubDate>\n      <link>{url}</link>\n      <guid>{url}</guid>\n"
                     + (f"      <author>{esc(creator)}</author>\n" if creator else "") + "      <slash:comments>0</slash:comments>\n    </item>")

    def wrap(head, rows):
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:slash="http://purl.org/rss/1.0/modules/slash/" version="2.0">\n  <channel>\n'
                + head + "\n".join(rows) + "\n  </channel>\n</rss>\n")

    w = [d(2017, 2, 16, 17, 30, 0, 2), d(2017, 2, 16, 9, 45, 0, 2), d(2017, 2, 15, 14, 0, 0, 2), d(2017, 2, 15, 8, 10, 0, 2), d(2017, 2, 14, 12, 0, 0, 2), d(2017, 2, 14, 7, 0, 0, 2)]
    rows = [
        ("sadc-summit-lesotho-troops", "SADC extends Lesotho mission as ministers meet in Ezulwini", w[0], "Sibusiso Dlamini",
         "<p>EZULWINI – Ministers of the Southern African Development Community agreed on Thursday to extend the regional oversight mission in Lesotho by six months.</p><p>“Stability in Lesotho is the stability of all of us,” said Ms Thandeka Mamba, Principal Secretary in the Ministry of Foreign Affairs and International Cooperation.</p><p>A diplomat from a member state, who declined to be named, said some governments wanted “a firmer hand.”</p>",
         ["Sibusiso Dlamini"], [("Thandeka Mamba", "Ministry of Foreign Affairs and International Cooperation")], True, True,
         "Concrete5's page-list RSS written by Zend\\Feed\\Writer: <author> holds a bare name (no e-mail). 'Principal Secretary' after the name is the role. Regional body hosted at home: relevant."),
        ("zuma-nuclear-deal-court", "Court sets aside South Africa's nuclear deals with Russia", w[1], "SAPA-AFP",
         "<p>CAPE TOWN – A South African court on Thursday set aside agreements with Russia, the US and South Korea on nuclear power, in a blow to the government.</p><p>“This is a victory for transparency,” said Nomvula Khumalo of the environmental group Earthlife Africa, one of the applicants. The energy department said it would “study the judgment.”</p>",
         [], [("Nomvula Khumalo", "Earthlife Africa")], True, True,
         "Agency credit: []. 'X of the group Y': affiliation after the name. (Invented people; the group name stands for any NGO.)"),
        ("mbabane-market-traders-relocation", "Mbabane market traders resist relocation", w[2], "Nomcebo Simelane",
         "<p>Traders at the Mbabane main market on Wednesday refused to move to a new site. “We were not consulted,” said vendor Sipho Shongwe.</p>",
         ["Nomcebo Simelane"], [("Sipho Shongwe",)], True, False, "City news: not relevant."),
        ("mozambique-debt-audit-kroll", "Mozambique's hidden-debt audit delayed again, IMF says", w[3], "Reuters",
         "<p>MAPUTO (Reuters) – An independent audit of Mozambique's hidden loans has been delayed again, the International Monetary Fund said.</p><p>“We continue to urge the authorities to complete the audit as soon as possible,” the Fund's mission chief, Michel Lazare-Olsen, told Reuters by telephone.</p>",
         [], [("Michel Lazare-Olsen", "International Monetary Fund")], True, True, "Neighbour's debt crisis: relevant."),
        ("valentine-competition-winners", "Valentine's competition: and the winners are…", w[4], "", "<p>Congratulations to our three lucky readers!</p>", [], [], False, False, "Reader competition: not a story."),
        ("obituary-notices-14-february", "Death notices, 14 February", w[5], "", "<p>Notices received before noon.</p>", [], [], False, False, "Paid death notices: not a story."),
    ]
    head = (f"    <title>World - Lubombo Tribune</title>\n    <description>World news</description>\n    <pubDate>{rfc822(w[0])}</pubDate>\n    <generator>Zend_Feed_Writer 2 (http://framework.zend.com)</generator>\n"
            f"    <link>{base}/world</link>\n    <atom:link rel=\"self\" type=\"application/rss+xml\" href=\"{base}/rss/world\"/>\n")
    return build({"name": "en_sz_lubombotribune_world_concrete5.rss.xml"}, rows, row, head, wrap, lang="en", outlet="Lubombo Tribune", aliases=["The Lubombo Tribune"],
                 ctype="application/rss+xml; charset=UTF-8",
                 structure="Mbabane (Eswatini, then Swaziland) daily's world page list on Concrete5 8.1, whose RSS is written by Zend\\Feed\\Writer: namespaces before version, <generator>Zend_Feed_Writer 2 (http://framework.zend.com)</generator>, no <language>, channel pubDate, atom self link after the link, items as title, CDATA description, pubDate, link, bare guid, <author> with a bare name (no e-mail) or absent, slash:comments, curly quotes and en-dash datelines, '(Reuters)', 'SAPA-AFP' credit, +0200 dates in February 2017, a reader competition and death notices")


# ---------------------------------------------------------------- Cardiff (Wales) news site on Backdrop CMS 1.x views RSS
def taff():
    base = "https://www.taffcourier.example"

    def row(tail, title, when, creator, body):
        nid, slug = tail.split(":")
        url = f"{base}/world/{slug}"
        return f"{nid} at {base}", (f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(body)}</description>\n     <pubDate>{rfc822(when)}</pubDate>\n"
                                    f" <dc:creator>{esc(creator)}</dc:creator>\n <guid isPermaLink=\"false\">{nid} at {base}</guid>\n  </item>")

    def wrap(head, rows):
        return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{base}" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n")

    w = [d(2020, 7, 9, 18, 5, 0, 1), d(2020, 7, 9, 12, 30, 0, 1), d(2020, 7, 8, 20, 0, 0, 1), d(2020, 7, 8, 9, 15, 0, 1), d(2020, 7, 7, 16, 40, 0, 1), d(2020, 7, 7, 8, 0, 0, 1)]
    rows = [
        ("20931:hong-kong-security-law-welsh-students", "Hong Kong security law: Welsh universities tell students to 'be careful online'", w[0], "Rhiannon Pugh",
         "<p>Universities in Wales have advised students from Hong Kong to take care on social media after Beijing's national security law came into force.</p><p>\"We are not telling anyone what to say. We are telling them the law is real,\" said Professor Dafydd Meredith, pro vice-chancellor for international affairs at a Cardiff university.</p><p>A spokesperson for the Chinese embassy in London said the law \"targets a tiny minority\" and that \"students who obey the law have nothing to fear.\"</p>",
         ["Rhiannon Pugh"], [("Dafydd Meredith",)], True, True,
         "Backdrop keeps Drupal 7's views RSS: '<nid> at <base>' guids, odd one-space indentation of dc:creator and guid. A world story told through a home angle: relevant (foreign law, diplomatic reaction)."),
        ("20925:senedd-votes-lockdown-easing", "Senedd votes to ease travel restrictions within Wales", w[1], "Gareth ap Rhys",
         "<p>Members of the Senedd voted on Wednesday to lift the \"stay local\" rule.</p><p>\"This is a cautious step, not a leap,\" the First Minister's spokesman said.</p>",
         ["Gareth ap Rhys"], [("the First Minister's spokesman",)], True, False, "Welsh home politics: not relevant. 'ap Rhys' is a Welsh patronymic, part of the name."),
        ("20918:belarus-election-opposition-candidates", "Belarus: opposition candidates barred ahead of August vote", w[2], "Newydd Desk",
         "<p>Two leading opposition candidates have been barred from Belarus's presidential election.</p><p>\"The people have not been consulted; they have been counted in advance,\" said Volha Kavalenka, a campaign coordinator for one of the barred candidates, speaking from Minsk.</p><p>According to the Pravo-Minsk human rights centre, more than 400 people had been detained since May.</p>",
         [], [("Volha Kavalenka",)], True, True,
         "'Newydd Desk' is a desk. A reported figure 'according to' an organisation."),
        ("20911:welsh-aid-worker-lebanon", "'I have never seen Beirut like this': Welsh aid worker on Lebanon's collapse", w[3], "Rhiannon Pugh",
         "<p>Catrin Howells has worked in Lebanon for eleven years.</p><p>\"I have never seen Beirut like this. People are bartering furniture for baby formula,\" she said.</p><p>\"The currency has lost 80 per cent of its value,</p><p>and the middle class has simply vanished,\" she added.</p>",
         ["Rhiannon Pugh"], [("Catrin Howells",)], True, True, "A quote spanning two paragraphs (the first has no closing mark). Headline quote from the same speaker. Relevant."),
        ("20902:podcast-the-week-in-wales", "Podcast: The week in Wales", w[4], "Podcasts", "<p><audio src=\"/files/pod/ep88.mp3\"></audio></p>", [], [], False, False, "Podcast: not a story. Title label 'Podcast:' may be kept or dropped."),
        ("20897:weather-heat-warning", "Weather: yellow warning for heat across south Wales", w[5], "Newydd Desk", "<p>The Met Office has issued a yellow warning.</p>", [], [], True, False, "Home weather: not relevant."),
    ]
    head = (f"<title>World | Taff Courier</title>\n<link>{base}/world</link>\n<description></description>\n<language>en-gb</language>\n")
    return build({"name": "en_gb_taffcourier_world_backdrop.rss.xml"}, rows, row, head, wrap, lang="en", outlet="Taff Courier", aliases=["The Taff Courier"],
                 ctype="application/rss+xml; charset=utf-8",
                 structure="Cardiff (Wales) news site's world view on Backdrop CMS 1.16 (the Drupal 7 fork keeps views' RSS row plugin): xml:base on <rss>, empty channel description, en-gb, uneven item indentation, '<nid> at <base>' non-permalink guids, escaped <p> bodies, dc:creator with a reporter, a Welsh patronymic ('ap Rhys'), 'Newydd Desk' or 'Podcasts', BST +0100 dates, a quote spanning two paragraphs, quotes in headlines, an embassy spokesperson, 'according to' an organisation, July 2020")


# ---------------------------------------------------------------- St Helier (Jersey) news site on Textpattern 4.8
def sarnia():
    base = "https://www.islandgazette.example"

    def row(tail, title, when, creator, body):
        aid, slug, h = tail.split(":")
        return f"tag:www.islandgazette.example,{when.strftime('%Y-%m-%d')}:{h}/{h[::-1]}", (
            f"<item><title>{esc(title)}</title><description>{esc(body)}</description><link>{base}/world/{aid}/{slug}</link>"
            f"<pubDate>{rfc822(when)}</pubDate><dc:creator>{esc(creator)}</dc:creator><guid isPermaLink=\"false\">tag:www.islandgazette.example,{when.strftime('%Y-%m-%d')}:{h}/{h[::-1]}</guid></item>")

    def wrap(head, rows):
        return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
                + head + "\n".join(rows) + "\n</channel>\n</rss>")

    w = [d(2021, 3, 18, 16, 20, 0, 0), d(2021, 3, 18, 10, 0, 0, 0), d(2021, 3, 17, 15, 30, 0, 0), d(2021, 3, 17, 8, 45, 0, 0), d(2021, 3, 16, 19, 0, 0, 0), d(2021, 3, 16, 11, 0, 0, 0)]
    rows = [
        ("4410:french-fishing-licences-granville:9c1e0b7a", "French fishermen threaten port blockade over Jersey licences", w[0], "Tom Le Cornu",
         "<p>Fishermen in Granville have threatened to blockade the port if more licences to fish in Jersey waters are not issued.</p><p>&#8220;We have fished these waters for generations. A form cannot take that away,&#8221; said Baptiste Lemarchand, who heads the Normandy regional fisheries committee.</p><p>A Government of Jersey spokesperson said the island was &#8220;applying the Trade and Cooperation Agreement in good faith.&#8221;</p>",
         ["Tom Le Cornu"], [("Baptiste Lemarchand", "Normandy regional fisheries committee")], True, True,
         "Textpattern's tag: URI guid. The island's external relations with France under the post-Brexit agreement: relevant (foreign)."),
        ("4407:myanmar-crackdown-yangon:1f04aa93", "Myanmar: dozens killed as security forces fire on protesters in Yangon", w[1], "Agencies",
         "<p>At least 38 people were killed on Sunday, according to the Political Prisoners Watch Burma.</p><p>&#8220;They are shooting at anything that moves,&#8221; a resident of Hlaingthaya told AFP by phone, asking not to be named for fear of reprisals.</p>",
         [], [("a resident of Hlaingthaya",)], True, True, "'Agencies' is no person. An anonymous resident. Relevant."),
        ("4403:states-assembly-vaccine-passports:77ab3e02", "States Assembly rejects vaccine passport proposition", w[2], "Amelia Renouf",
         "<p>Members of the States Assembly voted 31-14 against the proposition.</p><p>&#8220;This is not the Jersey way,&#8221; said Deputy Kevin Gallichan.</p>",
         ["Amelia Renouf"], [("Kevin Gallichan",)], True, False, "Home politics: not relevant. 'Deputy' is an office."),
        ("4399:guernsey-ferry-contract:5d2e8c14", "Guernsey and Jersey split over ferry tender", w[3], "Tom Le Cornu",
         "<p>The two bailiwicks have failed to agree on a joint ferry tender.</p><p>&#8220;We would rather have one good service than two poor ones,&#8221; said Guernsey's economic development president, Deputy Alice Mauger.</p>",
         ["Tom Le Cornu"], [("Alice Mauger", "Guernsey")], True, False, "Channel Islands' shared ferry: treated as home/regional, not world: not relevant."),
        ("4395:crossword:c3b1a0ff", "Prize crossword", w[4], "Puzzles", "<p>This week's prize crossword.</p>", [], [], False, False, "Puzzle: not a story."),
        ("4390:navalny-sentence-europe-reaction:8e6f5d4c", "EU envoys summoned in Moscow as Navalny sentence stands", w[5], "Agencies",
         "<p>Russia's foreign ministry summoned envoys of several EU states.</p><p>&#8220;Interference in our internal affairs will not be tolerated,&#8221; ministry spokeswoman Irina Voloshina said.</p>",
         [], [("Irina Voloshina", "Russian foreign ministry")], True, True, "A foreign ministry spokeswoman named after her role. The jailed opposition figure appears only as a setting."),
    ]
    head = (f"<title>Island Gazette: World</title>\n<link>{base}/</link>\n<atom:link href=\"{base}/rss/?section=world\" rel=\"self\" type=\"application/rss+xml\" />\n<description>News from Jersey</description>\n"
            f"<pubDate>{rfc822(w[0])}</pubDate>\n<generator>https://textpattern.com/?v=4.8.4</generator>\n")
    return build({"name": "en_je_islandgazette_world_textpattern.rss.xml"}, rows, row, head, wrap, lang="en", outlet="Island Gazette", aliases=["The Island Gazette"],
                 ctype="application/rss+xml; charset=utf-8",
                 structure="St Helier (Jersey) news site on Textpattern 4.8.4 (/rss/?section=world): no <language>, <generator>https://textpattern.com/?v=4.8.4</generator>, every item on one line, escaped excerpt HTML with curly quotes as numeric references, '/world/<id>/<slug>' links, 'tag:<host>,<date>:<hash>/<hash>' non-permalink guids, dc:creator with a reporter, 'Agencies' or 'Puzzles', +0000 dates (GMT in March), no trailing newline, 'Deputy' as an office before names, March 2021")


# ---------------------------------------------------------------- Juba (South Sudan) daily on WordPress 6.4 with Yoast
def nile():
    base = "https://nileequatorialpost.example"

    def row(tail, title, when, creator, body):
        pid, slug = tail.split(":")
        url = f"{base}/{slug}/"
        return f"{base}/?p={pid}", (f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<comments>{url}#respond</comments>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n"
                                    f"\t\t<pubDate>{utc0(when)}</pubDate>\n\t\t\t\t<category><![CDATA[World]]></category>\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n"
                                    f"\t\t\t\t\t<description><![CDATA[{body.split('</p>')[0].replace('<p>', '')} [&#8230;]]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}<p>The post <a href=\"{url}\">{wpt(title)}</a> appeared first on <a href=\"{base}\">Nile Equatorial Post</a>.</p>\n]]></content:encoded>\n"
                                    f"\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t\t<slash:comments>0</slash:comments>\n\t\t</item>")

    def wrap(head, rows):
        return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
                '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n' + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")

    w = [d(2024, 2, 22, 17, 10, 0, 2), d(2024, 2, 22, 10, 0, 0, 2), d(2024, 2, 21, 15, 40, 0, 2), d(2024, 2, 21, 9, 0, 0, 2), d(2024, 2, 20, 18, 0, 0, 2), d(2024, 2, 20, 8, 30, 0, 2)]
    rows = [
        ("58213:sudan-war-refugees-renk", "Sudan war: 500,000 have crossed into South Sudan, UNHCR says", w[0], "Deng Majok Akol",
         "<p>RENK &#8211; More than half a million people have crossed from Sudan into South Sudan since the war began in April last year, the UN refugee agency said on Thursday.</p><p>&#8220;The transit centre was built for 3,000 people. Today we have more than 15,000,&#8221; said Mary Achol Wek, a UNHCR field officer in Renk.</p><p>The Ministry of Humanitarian Affairs said in a statement that it had asked donors for &#8220;urgent and predictable funding.&#8221;</p>",
         ["Deng Majok Akol"], [("Mary Achol Wek", "UNHCR")], True, True, "Neighbour's war and its refugees: relevant."),
        ("58207:igad-summit-kampala", "IGAD leaders meet in Kampala on Sudan talks", w[1], "Staff Reporter",
         "<p>Leaders of the Intergovernmental Authority on Development met in Kampala on Wednesday.</p><p>&#8220;There is no military solution,&#8221; IGAD executive secretary Dr. Tesfaye Abebe Mengistu told journalists. A senior South Sudanese official who attended the closed-door session said the mood was &#8220;frank but not hopeless.&#8221;</p>",
         [], [("Tesfaye Abebe Mengistu", "IGAD")], True, True, "'Staff Reporter' is no person. 'Dr.' before the name is a title."),
        ("58199:juba-fuel-prices-rise", "Fuel prices rise again in Juba as pound weakens", w[2], "Ruth Nyandeng Garang",
         "<p>Fuel prices at Juba stations rose to 2,000 pounds a litre on Wednesday.</p><p>&#8220;We cannot keep up,&#8221; said boda-boda rider Emmanuel Ladu.</p>",
         ["Ruth Nyandeng Garang"], [("Emmanuel Ladu",)], True, False, "Home economy: not relevant."),
        ("58190:ethiopia-somaliland-port-deal", "Somalia recalls envoy over Ethiopia–Somaliland port deal", w[3], "Agencies",
         "<p>MOGADISHU &#8211; Somalia has recalled its ambassador from Addis Ababa.</p><p>&#8220;Not one inch of Somali land or sea will be given away,&#8221; the Somali foreign ministry said in a statement. An Ethiopian government spokesman, Lemma Tesfaye, said the memorandum &#8220;does not affect any country&#8217;s sovereignty.&#8221;</p>",
         [], [("Somali foreign ministry",)], True, True, "En dash in the title as a numeric reference. A ministry statement as a quote. Relevant."),
        ("58184:advertorial-new-bank-branch", "Sponsored: New branch opens in Wau", w[4], "Partner Content", "<p>Our Wau branch is now open.</p>", [], [], False, False, "Sponsored content: not a story. Title label 'Sponsored:' may be kept or dropped."),
        ("58177:opinion-peace-agreement-deadline", "Opinion: The peace agreement has run out of extensions", w[5], "Guest Writer",
         "<p>By Achol Deng Kuol</p><p>The revitalised agreement has been extended three times.</p><p><em>The writer is a lecturer at the University of Juba.</em></p>",
         ["Achol Deng Kuol"], [], True, False, "Opinion on the home peace process: a story, not relevant (domestic). The byline is the 'By Name' line; 'Guest Writer' is a credit. Title label 'Opinion:' may be kept or dropped."),
    ]
    head = (f"\n<title>World &#8211; Nile Equatorial Post</title>\n\t<atom:link href=\"{base}/category/world/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n\t<description>South Sudan&#039;s independent daily</description>\n"
            f"\t<lastBuildDate>{utc0(w[0])}</lastBuildDate>\n\t<language>en-US</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.4.3</generator>\n")
    return build({"name": "en_ss_nileequatorialpost_world_wp64.rss.xml", "clean": {"58190:ethiopia-somaliland-port-deal": "Somalia recalls envoy over Ethiopia–Somaliland port deal"}}, rows, row, head, wrap,
                 lang="en", outlet="Nile Equatorial Post", aliases=["The Nile Equatorial Post"], ctype="application/rss+xml; charset=UTF-8",
                 structure="Juba (South Sudan) daily's World category on WordPress 6.4.3 with Yoast's 'appeared first on' footer in content:encoded only: the 6.x template's whitespace (sy:update* values on their own lines, dc:creator before pubDate), '/<slug>/' links, '?p=<id>' guids, +0000 dates (newsroom CAT +0200), CDATA dc:creator with a reporter, 'Staff Reporter', 'Agencies', 'Partner Content' or 'Guest Writer', curly quotes as numeric references, UN field officers and ministry statements quoted, an opinion piece with a 'By Name' line and an italic writer note, sponsored content, February 2024")


# ---------------------------------------------------------------- Isle of Man tech site on Publii (static, feed.xml)
def manxbyte():
    base = "https://manxbyte.example"

    def row(tail, title, when, creator, body):
        url = f"{base}/{tail}.html"
        return url, (f"    <item>\n      <title><![CDATA[{title}]]></title>\n      <author>newsroom@manxbyte.example ({creator})</author>\n      <link>{url}</link>\n      <guid>{url}</guid>\n"
                     f"      <description><![CDATA[{body}]]></description>\n      <pubDate>{rfc822(when)}</pubDate>\n    </item>")

    def wrap(head, rows):
        return '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n' + head + "\n".join(rows) + "\n  </channel>\n</rss>\n"

    w = [d(2025, 5, 14, 11, 0, 0, 1), d(2025, 5, 13, 15, 30, 0, 1), d(2025, 5, 12, 9, 0, 0, 1), d(2025, 5, 9, 14, 0, 0, 1), d(2025, 5, 8, 10, 0, 0, 1), d(2025, 5, 7, 16, 0, 0, 1)]
    rows = [
        ("eu-ai-act-gaming-operators", "EU AI Act: what island gaming operators must change by August", w[0], "Ellan Quayle",
         "<p>Operators licensed in the island but serving EU players face new duties under the AI Act.</p><p>\"If your model decides who gets a bonus, you are going to be asked how,\" said Dr Niamh Corkill, a technology lawyer at a Douglas firm.</p><p>A European Commission spokesperson said guidance on general-purpose models would follow \"in the coming weeks.\"</p>",
         ["Ellan Quayle"], [("Niamh Corkill",)], True, True, "Publii writes 'e-mail (Name)' authors. Foreign regulation affecting the island's industry: relevant."),
        ("subsea-cable-repair-irish-sea", "Subsea cable fault: repair ship on station, operator says", w[1], "Ellan Quayle",
         "<p>A repair vessel has reached the damaged section of the cable.</p><p>\"We expect full capacity by the weekend,\" the operator said in a statement.</p>",
         ["Ellan Quayle"], [("the operator",)], True, False, "Home infrastructure: not relevant."),
        ("review-framework-laptop-13", "Review: a repairable laptop, two years on", w[2], "Callum Kinvig",
         "<p>Two years after buying it, I opened it again.</p><p>Disclosure: the manufacturer lent us the new mainboard.</p>", ["Callum Kinvig"], [], True, False, "Product review: a story, not relevant."),
        ("us-chip-export-rules-gulf", "US tightens chip export rules for Gulf data centres", w[3], "Reuters / Ellan Quayle",
         "<p>Washington will require licences for advanced chips shipped to data centres in the Gulf.</p><p>\"The rules close a door that was never meant to be open,\" a senior Commerce Department official told reporters on a call, on condition of anonymity.</p>",
         ["Ellan Quayle"], [("a senior Commerce Department official",)], True, True, "'Reuters / Name' in the author's name: the agency is dropped, the person kept. Relevant."),
        ("meetup-douglas-june", "Meetup: Douglas developers, June", w[4], "Manx Byte", "<p>Pizza and lightning talks at the Sea Terminal.</p>", [], [], False, False, "Event promo: not a story. Brand as author: []."),
        ("newsletter", "Get the weekly digest", w[5], "Manx Byte", "<p>Sign up.</p>", [], [], False, False, "Newsletter promo: not a story."),
    ]
    head = (f"    <title>Manx Byte</title>\n    <link>{base}</link>\n    <description>Technology news from the Isle of Man</description>\n    <language>en-gb</language>\n"
            f"    <atom:link href=\"{base}/feed.xml\" rel=\"self\" type=\"application/rss+xml\" />\n    <lastBuildDate>{rfc822(w[0])}</lastBuildDate>\n")
    return build({"name": "en_tech_manxbyte_publii.rss.xml"}, rows, row, head, wrap, lang="en", outlet="Manx Byte", topic="tech",
                 ctype="application/xml",
                 structure="Isle of Man technology site generated with Publii (static CMS) and served from object storage as application/xml without charset: feed.xml with two-space indentation, CDATA titles and descriptions, <author> as 'newsroom-address (Name)' on every item (brand when no person), '/<slug>.html' links as bare guids, +0100 dates (BST), a review with a disclosure, an event and a newsletter promo, May 2025")


# ---------------------------------------------------------------- Anchorage science magazine on Nikola (static, single-line RSS with XSL)
def borealis():
    base = "https://www.borealisquarterly.example"

    def row(tail, title, when, creator, body):
        url = f"{base}/posts/{tail}/"
        return url, (f"<item><title>{esc(title)}</title><link>{url}</link><dc:creator>{esc(creator)}</dc:creator><description>{esc(body)}</description>"
                     f"<category>science</category><guid>{url}</guid><pubDate>{utc0(when)}</pubDate></item>")

    def wrap(head, rows):
        return ('<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet type="text/xsl" href="assets/xml/rss.xsl" media="all"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">'
                + "<channel>" + head + "".join(rows) + "</channel></rss>")

    w = [d(2026, 1, 15, 9, 0, 0, -9), d(2026, 1, 13, 12, 0, 0, -9), d(2026, 1, 10, 8, 30, 0, -9), d(2026, 1, 8, 14, 0, 0, -9), d(2026, 1, 6, 10, 0, 0, -9), d(2026, 1, 5, 9, 0, 0, -9)]
    rows = [
        ("sea-ice-minimum-bering", "Bering Sea ice at record low for mid-January", w[0], "Kiana Oquilluk",
         "<p>Satellite data show Bering Sea ice covering less than half its mid-January average.</p><p>\"It used to be that the ice came to us. Now we go looking for it,\" said Dr. Harold Nanouk, a sea-ice physicist at the University of Alaska Fairbanks.</p>",
         ["Kiana Oquilluk"], [("Harold Nanouk", "University of Alaska Fairbanks")], True, True, "Science magazine: a research story is relevant."),
        ("permafrost-methane-study", "Thawing permafrost lakes release more methane than models assumed", w[1], "Kiana Oquilluk",
         "<p>A study published in a leading journal finds emissions from thermokarst lakes 40 per cent above estimates.</p><p>\"We were surprised, and then we were worried,\" said lead author Elina Järvinen of the Finnish Meteorological Institute. Co-author Dr. Samuel Aklaq added: \"These lakes are small, but there are millions of them.\"</p>",
         ["Kiana Oquilluk"], [("Elina Järvinen", "Finnish Meteorological Institute"), ("Samuel Aklaq",)], True, True, "Relevant."),
        ("volcano-observatory-shishaldin", "Observatory lowers alert level for Aleutian volcano", w[2], "Borealis Staff",
         "<p>The Alaska Volcano Observatory lowered the alert level to advisory.</p><p>\"Unrest has declined, but it has not stopped,\" the observatory said in its update.</p>",
         [], [("Alaska Volcano Observatory",)], True, False, "An organisation's statement quoted. Staff credit: []. A volcano alert lowered, no one harmed: not relevant (rule D)."),
        ("q-and-a-walrus-counts", "Q&A: counting walruses from space", w[3], "Mara Stepetin",
         "<p><strong>Why satellites?</strong></p><p>\"Because boats disturb them,\" says biologist Ada Ningeulook.</p>", ["Mara Stepetin"], [("Ada Ningeulook",)], True, True,
         "Present-tense 'says' attribution. 'Q&A:' is part of the headline."),
        ("events-aurora-lecture", "Lecture: the physics of the aurora, Jan. 20", w[4], "Borealis Staff", "<p>Free entry.</p>", [], [], False, False, "Event notice: not a story."),
        ("support-us", "Support independent science journalism", w[5], "Borealis Staff", "<p>Become a member.</p>", [], [], False, False, "Membership appeal: not a story."),
    ]
    head = (f"<title>Borealis Quarterly</title><link>{base}/</link><description>Science of the North</description><atom:link href=\"{base}/rss.xml\" rel=\"self\" type=\"application/rss+xml\"></atom:link>"
            f"<language>en</language><copyright>Contents © 2026 Borealis Quarterly</copyright><lastBuildDate>{utc0(w[0])}</lastBuildDate><generator>Nikola (getnikola.com)</generator><docs>http://blogs.law.harvard.edu/tech/rss</docs>")
    return build({"name": "en_science_borealisquarterly_nikola.rss.xml"}, rows, row, head, wrap, lang="en", outlet="Borealis Quarterly", topic="science",
                 ctype="application/rss+xml",
                 structure="Anchorage science magazine built with Nikola (Python static site generator): the prolog then an xml-stylesheet processing instruction and the whole feed on one line without a trailing newline, <generator>Nikola (getnikola.com)</generator>, <docs>, copyright 'Contents ©', items as title, link, dc:creator, escaped description, category, bare guid, pubDate in +0000 (newsroom AKST -0900), 'Dr.' titles, 'said lead author X of Y', present-tense 'says', an observatory's statement, an event and a membership appeal, January 2026")


FEEDS = [kiulap, chebucto, lubombo, taff, sarnia, nile, manxbyte, borealis]
