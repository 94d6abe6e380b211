# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English world desks of the forty-ninth held-out set (part 2: a Toronto daily on Arc XP, a Cork
daily on Drupal 10, a Karachi daily's Laravel Atom feed, a Nairobi daily on WordPress behind a
FeedBurner proxy). All outlets, people and quotations are invented."""
from h49 import S, cd, d, esc, feed, gmt, isoz, newest_first, rfc822, utc0, wpt


# ---------------------------------------------------------------- Toronto daily, Arc XP Outbound Feeds (March 2025)
def ontario():
    base = "https://www.ontarioledger.example"
    specs = [
        S("canada-counter-tariffs-us-steel-aluminum", "Canada hits back with $29.8-billion in counter-tariffs on U.S. goods", d(2025, 3, 12, 19, 35, 0, -4), "Meredith Kwan", ["Meredith Kwan"],
          ["Ottawa will impose 25-per-cent tariffs on $29.8-billion worth of U.S. steel, aluminum and other products from Thursday, responding to Washington\u2019s levies on Canadian metals.",
           "\u201cThis is the list you draw up when you want the pain to land in swing states,\u201d said Pierre-Luc Gagnon, chief economist at the Laurentian Trade Institute."],
          quotes=[("Pierre-Luc Gagnon", "Laurentian Trade Institute")], note="Canada's trade retaliation against the United States is foreign policy: relevant."),
        S("g7-foreign-ministers-charlevoix", "G7 foreign ministers meet in Charlevoix as Ottawa hosts first big gathering of its presidency", d(2025, 3, 13, 8, 10, 0, -4), "\u00c9tienne Laroche, Meredith Kwan", ["\u00c9tienne Laroche", "Meredith Kwan"],
          ["Foreign ministers of the Group of Seven arrived in La Malbaie, Que., on Wednesday evening for two days of talks on Ukraine, the Middle East and Indo-Pacific security.",
           "\u201cThe host\u2019s job this week is to keep seven chairs at one table,\u201d said Nadia Bellerose, a former Canadian ambassador who teaches at the Carleton Lakes School of Diplomacy."],
          quotes=[("Nadia Bellerose", "Carleton Lakes School of Diplomacy")], note="Arc writes co-authors as 'A, B' in one dc:creator: both expected. A summit the home country hosts: relevant."),
        S("syria-coastal-violence-alawite-killings", "Hundreds killed in Syria's coastal provinces in worst violence since Assad's fall", d(2025, 3, 9, 12, 0, 0, -4), "The Associated Press", [],
          ["BEIRUT \u2014 Clashes between Syrian government forces and gunmen loyal to the ousted regime, and revenge killings that followed, have left hundreds dead in Latakia and Tartus provinces, a war monitor said Sunday."],
          note="Agency credit: []. Relevant."),
        S("ontario-election-result-third-majority", "Ontario PCs win third straight majority in snap winter election", d(2025, 2, 27, 23, 55, 0, -5), None, [],
          ["Ontario\u2019s Progressive Conservatives were re-elected with a third consecutive majority on Thursday night in a snap election called more than a year early."],
          rel=False, note="Provincial politics: a story, not relevant. No dc:creator (staff item)."),
        S("video-inside-g7-security-zone-la-malbaie", "Video: Inside the G7 security zone in La Malbaie", d(2025, 3, 12, 16, 0, 0, -4), "Ledger Video", [],
          ["A look at the security perimeter around the summit hotel."],
          story=False, rel=False, note="Video: not a story."),
        S("poll-should-canada-match-us-tariffs", "Poll: Should Canada match every U.S. tariff dollar for dollar?", d(2025, 3, 11, 10, 0, 0, -4), None, [],
          ["Cast your vote and see what other readers think."],
          story=False, rel=False, note="Reader poll: not a story."),
    ]
    rows, items = [], []
    for s in newest_first(specs):
        url = f"{base}/world/{s['w'].strftime('%Y/%m/%d')}/{s['k']}/"
        by = f"<dc:creator>{cd(s['by'])}</dc:creator>" if s["by"] else ""
        media = f'<media:content type="image/jpeg" url="{base}/resizer/v2/{s["k"][:10].upper().replace("-", "")}7QXK.jpg?auth=5c1e{len(s["k"])}a&amp;width=1200&amp;quality=80" height="800" width="1200"><media:description type="plain">{cd("Photo illustration for " + esc(s["title"][:40]))}</media:description><media:credit role="author" scheme="urn:ebu">{cd("The Canadian Press")}</media:credit></media:content>' if s["story"] else ""
        rows.append(f"<item><title>{cd(s['title'])}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid>{by}<description>{cd(s['paras'][0])}</description>"
                    f"<pubDate>{gmt(s['w'])}</pubDate><content:encoded>{cd(s.html())}</content:encoded>{media}</item>")
        items.append(s.exp(url))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>'
            f'<title>{cd("The Ontario Ledger")}</title><link>{base}</link><atom:link href="{base}/arc/outboundfeeds/rss/category/world/?outputType=xml" rel="self" type="application/rss+xml"/>'
            f'<description>{cd("The Ontario Ledger News Feed")}</description><lastBuildDate>{gmt(d(2025, 3, 13, 8, 14, 0, -4))}</lastBuildDate><language>en</language><ttl>1</ttl>'
            '<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency>'
            + "".join(rows) + "</channel></rss>")
    return feed("en_ca_ontarioledger_world_arcxp_2025.rss.xml", text, items, lang="en", outlet="The Ontario Ledger", aliases=["Ontario Ledger"],
                structure="Toronto daily on Arc XP's Outbound Feeds RSS block (/arc/outboundfeeds/rss/category/world/?outputType=xml, February-March 2025): one line, no trailing newline, CDATA channel title and the default '<Brand> News Feed' description, language 'en', ttl 1, sy:update*, permalink guids '/world/YYYY/MM/DD/<slug>/', CDATA dc:creator before description ('A, B' for co-authors, a reporter, 'The Associated Press', 'Ledger Video' or absent), CDATA first-paragraph descriptions, GMT pubDates (newsroom -0500/-0400 across the DST change), CDATA content:encoded, media:content from the Arc resizer with an auth token and '&amp;width=', media:credit scheme urn:ebu, a video and a reader poll",
                notes="Home country: Canada. Counter-tariffs on the United States and the G7 meeting Canada hosts are foreign policy (relevant); the Ontario election is home news.")


# ---------------------------------------------------------------- Cork daily, Drupal 10 (November-December 2024)
def munster():
    base = "https://www.munsterclarion.example"
    specs = [
        S("syrian-rebels-take-damascus", "Syrian rebels take Damascus as Assad flees after 24 years in power", d(2024, 12, 8, 9, 40), "editor_web", [], byl="Reuters",
          paras=["Syrian rebels declared on Sunday that Damascus had been \u201cliberated\u201d after a lightning offensive, and the president was reported to have left the country."],
          note="Drupal: dc:creator holds the CMS account 'editor_web'; the byline field says 'Reuters'. Neither is a person: []. The word 'liberated' in quotation marks is a scare quote with no speaker: no quote expected. Relevant."),
        S("south-korea-martial-law-lifted", "South Korea's president lifts martial law hours after declaring it", d(2024, 12, 4, 7, 25), "aoife.kinsella", ["Aoife Kinsella"], byl="Aoife Kinsella",
          paras=["South Korea\u2019s president lifted a declaration of martial law early on Wednesday, six hours after imposing it, when lawmakers forced their way into the National Assembly and voted it down.",
           "\u201cThe speed with which parliament reacted tells you more about Korean democracy than the decree itself,\u201d said Dr Seo Yun-hee, a lecturer in Korean studies at the Shandon Institute in Cork."],
          quotes=[("Seo Yun-hee", "Shandon Institute")],
          note="dc:creator is the CMS user name 'aoife.kinsella'; the byline field gives the display name: ['Aoife Kinsella']. 'Dr' is not part of the speaker's name. Relevant."),
        S("irish-peacekeepers-lebanon-shelling", "Irish peacekeepers in south Lebanon safe after shelling near their post", d(2024, 11, 21, 18, 15), "donal.twomey", ["Donal Twomey"], byl="Donal Twomey, Defence Correspondent",
          paras=["All Irish troops serving with the UN mission in south Lebanon are safe after shells landed close to one of their positions overnight, the Defence Forces said.",
           "\u201cOur personnel took cover as per procedure and there were no injuries,\u201d said Commandant Ronan Hegarty, a Defence Forces spokesman."],
          quotes=[("Ronan Hegarty", "Defence Forces")], note="Ireland's troops on a UN mission abroad: relevant. The rank 'Commandant' is not part of the name."),
        S("general-election-count-three-way-split", "Count under way as exit poll points to three-way split", d(2024, 11, 30, 10, 5), "donal.twomey", ["Donal Twomey"], byl="Donal Twomey, Political Correspondent",
          paras=["Counting began in 43 constituencies this morning after an exit poll put Fine Gael, Fianna F\u00e1il and Sinn F\u00e9in within a few points of each other."],
          rel=False, note="Home election: a story, not relevant."),
        S("general-election-2024-count-live", "General Election 2024 count live: follow every constituency", d(2024, 11, 30, 8, 0), "live_desk", [], byl="Clarion Live Desk",
          paras=["Live updates from count centres across Munster and the country."],
          story=False, rel=False, note="Live page: not a story."),
        S("in-pictures-cork-christmas-market-opens", "In pictures: Glow Cork Christmas market opens on Grand Parade", d(2024, 11, 22, 19, 0), "photo_desk", [], byl="Clarion Photo Desk",
          paras=["Our photographers at the opening night."],
          story=False, rel=False, note="Photo gallery of a home-city event: not a story. Title label 'In pictures:' may be kept or dropped."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        nid = 418233 - i * 119
        url = f"{base}/news/world/{s['k']}" if s["rel"] else f"{base}/news/{s['k']}"
        body = f'&lt;div class="field field--name-field-byline field--type-string field--label-hidden field__item"&gt;{esc(s["byl"])}&lt;/div&gt;\n  &lt;div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"&gt;' + "".join(f"&lt;p&gt;{esc(p)}&lt;/p&gt;" for p in s["paras"]) + "&lt;/div&gt;\n"
        rows.append(f"  <item>\n  <title>{esc(s['title'])}</title>\n  <link>{url}</link>\n  <description>{body}</description>\n  <pubDate>{rfc822(s['w'])}</pubDate>\n    <dc:creator>{s['by']}</dc:creator>\n    <guid isPermaLink=\"false\">{nid} at {base}</guid>\n    </item>")
        items.append(s.exp(f"{nid} at {base}"))
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="' + base + '/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
            f'    <title>World | The Munster Clarion</title>\n    <link>{base}/news/world</link>\n    <description/>\n    <language>en</language>\n    <atom:link href="{base}/taxonomy/term/14/feed" rel="self" type="application/rss+xml"/>\n    \n'
            + "\n".join(rows) + "\n\n  </channel>\n</rss>\n")
    return feed("en_ie_munsterclarion_world_drupal10_2024.rss.xml", text, items, lang="en", outlet="The Munster Clarion", aliases=["Munster Clarion"],
                structure="Cork daily's world taxonomy feed on Drupal 10 (November-December 2024): xml:base on <rss>, dc and atom namespaces, channel 'World | Brand', empty <description/>, language 'en', Drupal's uneven item indentation, escaped descriptions made of field divs (a 'field--name-field-byline' div holding 'Reuters', 'Name', 'Name, Defence Correspondent', 'Clarion Live Desk' … before the body div), dc:creator holding CMS user names ('editor_web', 'aoife.kinsella', 'live_desk', 'photo_desk'), '<nid> at <base>' guids, '/news/world/<slug>' links, +0000 dates (Irish winter time), a scare quote without a speaker, a live page and a gallery",
                notes="Home country: Ireland. Irish peacekeepers abroad are Irish foreign policy (relevant); the general election is home news. Authors come from the byline field, not the CMS account.")


# ---------------------------------------------------------------- Karachi daily, Laravel Atom feed (January-February 2024)
def induspost():
    base = "https://www.induspost.example"
    specs = [
        S("iran-pakistan-foreign-ministers-agree-de-escalate", "Pakistan, Iran agree on border security mechanism after tit-for-tat strikes", d(2024, 1, 29, 19, 20, 0, 5), "Zainab Qureshi", ["Zainab Qureshi"],
          ["ISLAMABAD: Pakistan and Iran agreed on Monday to set up a mechanism on border security and to expand trade, less than two weeks after the neighbours exchanged missile strikes on each other\u2019s territory.",
           "\u201cBoth capitals needed a way down the ladder, and they found it faster than anyone expected,\u201d said Dr Faisal Mirza of the Karachi Council on Foreign Relations."],
          quotes=[("Faisal Mirza", "Karachi Council on Foreign Relations")], note="Pakistan's own foreign relations: relevant."),
        S("icj-orders-israel-prevent-genocide-gaza", "World Court orders Israel to prevent acts of genocide in Gaza", d(2024, 1, 26, 20, 5, 0, 5), "AFP", [],
          ["THE HAGUE: The International Court of Justice on Friday ordered Israel to take all measures to prevent acts of genocide in Gaza, but stopped short of ordering a ceasefire."],
          note="Agency: []. Relevant."),
        S("election-2024-independents-lead-count", "Election 2024: PTI-backed independents lead as results trickle in", d(2024, 2, 9, 14, 30, 0, 5), "Hasan Rizvi and Mehreen Baig", ["Hasan Rizvi", "Mehreen Baig"],
          ["KARACHI: Independent candidates backed by the PTI were leading in the largest number of National Assembly seats on Friday afternoon as the Election Commission released results with long delays."],
          rel=False, note="Home politics: a story, not relevant. Two authors in one <name> joined by 'and'."),
        S("kse-100-record-high-imf", "KSE-100 rallies ahead of polls on hopes of new IMF deal", d(2024, 2, 1, 17, 10, 0, 5), "Business Desk", [],
          ["KARACHI: The benchmark KSE-100 index rallied on Thursday as investors bet on a smooth transition to a new IMF programme after the elections."],
          rel=False, note="Home markets: a story, not relevant. 'Business Desk': []."),
        S("election-2024-live-results", "LIVE: Election 2024 results as they come in", d(2024, 2, 8, 17, 0, 0, 5), "Web Desk", [],
          ["Follow live updates and constituency results from across Pakistan."],
          story=False, rel=False, note="Live page: not a story."),
        S("sponsored-solar-financing-karachi-families", "Sponsored: Why Karachi families are switching to financed rooftop solar", d(2024, 2, 5, 11, 0, 0, 5), "Partner Content", [],
          ["Brought to you by a leading solar installer. Rising tariffs have made rooftop panels a family decision."],
          story=False, rel=False, note="Advertorial: not a story."),
    ]
    rows, items = [], []
    for s in newest_first(specs):
        url = f"{base}/news/{s['k']}"
        rows.append(f"        <entry>\n            <title><![CDATA[{s['title']}]]></title>\n            <link rel=\"alternate\" href=\"{url}\" />\n            <id>{url}</id>\n"
                    f"            <author>\n                <name><![CDATA[{s['by']}]]></name>\n                <email><![CDATA[]]></email>\n            </author>\n"
                    f"            <summary type=\"html\">\n                <![CDATA[{s.html()}]]>\n            </summary>\n"
                    f"                                    <category term=\"{'world' if s['rel'] else 'pakistan'}\" />\n                        <updated>{isoz(s['w'])}</updated>\n        </entry>")
        items.append(s.exp(url))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-US">\n'
            f'                        <id>{base}/feeds/world</id>\n                                <link href="{base}/feeds/world" rel="self"></link>\n'
            '                                <title><![CDATA[The Indus Post - World]]></title>\n                                <subtitle>Latest world and Pakistan news from The Indus Post, Karachi</subtitle>\n'
            f'                                                    <updated>{isoz(d(2024, 2, 9, 14, 31, 0, 5))}</updated>\n'
            + "\n".join(rows) + "\n</feed>\n")
    return feed("en_pk_induspost_world_laravel_atom_2024.atom.xml", text, items, lang="en", outlet="The Indus Post", aliases=["Indus Post"], shape="atom", ctype="application/xml; charset=UTF-8",
                structure="Karachi English daily's world feed from spatie/laravel-feed's Atom view (January-February 2024): Blade's deep, uneven indentation, xml:lang 'en-US', id and self link '/feeds/world', CDATA title, plain subtitle, entries with CDATA title, alternate link, id = URL, author with CDATA name ('Name', 'A and B', 'AFP', 'Business Desk', 'Web Desk', 'Partner Content') and an EMPTY CDATA email, summary type=html whose CDATA sits on its own indented line carrying the whole story, category term, NO published (only updated, +05:00), 'CITY:' datelines, a live page and an advertorial, served as 'application/xml'",
                notes="Home country: Pakistan. Relations with Iran are Pakistan's foreign policy (relevant); the election and the stock market are home news.")


# ---------------------------------------------------------------- Nairobi daily, WordPress 6.3 behind a FeedBurner proxy (September 2023)
def nairobi():
    base = "https://www.nairobimirror.example"
    fb = "http://feedproxy.feedburner.example/~r/NairobiMirror/World/~3"
    specs = [
        S("africa-climate-summit-nairobi-declaration", "Africa Climate Summit ends with Nairobi Declaration call for global carbon tax", d(2023, 9, 6, 19, 45, 0, 3), "Wairimu Gachanja", ["Wairimu Gachanja"],
          ["African leaders closed the first Africa Climate Summit at the KICC on Wednesday by adopting the Nairobi Declaration, which calls for a global carbon tax and reform of the international lending system.",
           "&#8220;For once the bill was presented in Nairobi and not in Paris or New York,&#8221; said Amani Odhiambo-Lutta, a climate finance researcher at the Lake Basin Policy Institute.",
           "<em>The post <a href=\"https://www.nairobimirror.example/africa-climate-summit-nairobi-declaration/\">Africa Climate Summit ends with Nairobi Declaration call for global carbon tax</a> appeared first on <a href=\"https://www.nairobimirror.example\">The Nairobi Mirror</a>.</em>"],
          quotes=[("Amani Odhiambo-Lutta", "Lake Basin Policy Institute")], junk=["appeared first on"],
          note="A summit the home country hosts: relevant. Yoast's 'The post … appeared first on …' footer is noise."),
        S("kenya-us-defence-pact-haiti-mission", "Kenya, US sign five-year defence pact ahead of Haiti security mission", d(2023, 9, 25, 21, 10, 0, 3), "Mirror Reporter", ["Kevin Mutua Ndolo"],
          ["<strong>By KEVIN MUTUA NDOLO</strong>",
           "Kenya and the United States on Monday signed a defence cooperation agreement covering counter-terrorism and training, as Nairobi prepares to lead a multinational police mission to Haiti.",
           "&#8220;The Haiti mission is the headline, but the pact is about Somalia and the coast,&#8221; said Col (Rtd) Halima Abdi Farah, a security analyst in Nairobi.",
           "<em>The post <a href=\"https://www.nairobimirror.example/kenya-us-defence-pact-haiti-mission/\">Kenya, US sign five-year defence pact ahead of Haiti security mission</a> appeared first on <a href=\"https://www.nairobimirror.example\">The Nairobi Mirror</a>.</em>"],
          quotes=[("Halima Abdi Farah", None)], junk=["appeared first on", "By KEVIN MUTUA NDOLO"],
          note="dc:creator is the posting account 'Mirror Reporter'; the reporter is named only in the bold upper-case body byline: ['Kevin Mutua Ndolo'] (any capitalisation). The rank 'Col (Rtd)' is not part of the speaker's name; 'a security analyst in Nairobi' gives no affiliation. Relevant."),
        S("gabon-military-officers-seize-power", "Gabon military officers seize power after disputed election", d(2023, 8, 30, 14, 5, 0, 3), "AFP", [],
          ["LIBREVILLE, Aug 30 (AFP) &#8211; Army officers in Gabon announced on national television on Wednesday that they had taken power, minutes after the electoral commission declared the incumbent the winner of Saturday&#8217;s vote.",
           "<em>The post <a href=\"https://www.nairobimirror.example/gabon-military-officers-seize-power/\">Gabon military officers seize power after disputed election</a> appeared first on <a href=\"https://www.nairobimirror.example\">The Nairobi Mirror</a>.</em>"],
          junk=["appeared first on", "(AFP)"], note="Agency: []. Relevant."),
        S("nairobi-expressway-toll-increase", "Nairobi Expressway operator proposes higher tolls from October", d(2023, 9, 19, 12, 30, 0, 3), "Faith Cheruto Langat", ["Faith Cheruto Langat"],
          ["Motorists using the Nairobi Expressway could pay between Sh10 and Sh50 more per trip from October, under a proposal the operator published on Tuesday, citing inflation and the weaker shilling.",
           "<em>The post <a href=\"https://www.nairobimirror.example/nairobi-expressway-toll-increase/\">Nairobi Expressway operator proposes higher tolls from October</a> appeared first on <a href=\"https://www.nairobimirror.example\">The Nairobi Mirror</a>.</em>"],
          rel=False, junk=["appeared first on"], note="Home-city transport: a story, not relevant. Shilling amounts 'Sh10'."),
        S("photos-heads-of-state-arrive-kicc", "PHOTOS: Heads of state arrive at KICC for climate summit", d(2023, 9, 5, 10, 0, 0, 3), "Mirror Photographer", [],
          ["[envira-gallery id=\"551902\"]",
           "<em>The post <a href=\"https://www.nairobimirror.example/photos-heads-of-state-arrive-kicc/\">PHOTOS: Heads of state arrive at KICC for climate summit</a> appeared first on <a href=\"https://www.nairobimirror.example\">The Nairobi Mirror</a>.</em>"],
          story=False, rel=False, junk=["[envira-gallery", "appeared first on"], note="Photo gallery: not a story. Title label 'PHOTOS:' may be kept or dropped."),
        S("subscribe-mirror-epaper-offer", "Get the Mirror ePaper for Sh99 a week", d(2023, 9, 1, 8, 0, 0, 3), "The Nairobi Mirror", [],
          ["Read every page of the print edition on your phone. Subscribe today.",
           "<em>The post <a href=\"https://www.nairobimirror.example/subscribe-mirror-epaper-offer/\">Get the Mirror ePaper for Sh99 a week</a> appeared first on <a href=\"https://www.nairobimirror.example\">The Nairobi Mirror</a>.</em>"],
          story=False, rel=False, junk=["appeared first on"], note="Subscription promo: not a story."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        pid = 551977 - i * 83
        orig = f"{base}/{s['k']}/"
        h = "".join("abcdefghijkLMNOPQrstuvWXYZ0123456789"[(pid * (j + 3) + j * j) % 36] for j in range(11))
        link = f"{fb}/{h}/"
        desc = s["paras"][1] if s["paras"][0].startswith("<strong>By") else s["paras"][0]
        excerpt = desc[:170].rsplit(" ", 1)[0] + " [&#8230;]"
        rows.append(f"<item>\n\t\t<title>{wpt(s['title'])}</title>\n\t\t<link>{link}</link>\n\t\t\n\t\t<dc:creator><![CDATA[{s['by']}]]></dc:creator>\n\t\t<pubDate>{utc0(s['w'])}</pubDate>\n"
                    f"\t\t\t\t<category><![CDATA[{'World' if s['rel'] else 'News'}]]></category>\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n"
                    f"\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{s.html()}<img src=\"http://feeds.feedburner.example/~r/NairobiMirror/World/~4/{h}\" height=\"1\" width=\"1\" alt=\"\"/>]]></content:encoded>\n"
                    f"\t\t\t\t\t\t\t\t\t\n\t\t\t\t\t\t\t\t\t<feedburner:origLink>{orig}</feedburner:origLink></item>")
        items.append(s.exp(f"{base}/?p={pid}"))
    text = ('<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" media="screen" href="/~d/styles/rss2full.xsl"?><?xml-stylesheet type="text/css" media="screen" href="http://feeds.feedburner.example/~d/styles/itemcontent.css"?>'
            '<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" version="2.0">'
            f'<channel>\n\t<title>World &#8211; The Nairobi Mirror</title>\n\t\n\t<link>{base}/category/world/</link>\n\t<description>Kenya&#039;s independent daily</description>\n\t<lastBuildDate>{utc0(d(2023, 9, 25, 21, 12, 0, 3))}</lastBuildDate>\n\t<language>en-US</language>\n'
            '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.3.1</generator>\n'
            '<atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="self" type="application/rss+xml" href="http://feeds.feedburner.example/NairobiMirror/World" /><feedburner:info uri="nairobimirror/world" /><atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="hub" href="http://pubsubhubbub.appspot.example/" />'
            + "".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_ke_nairobimirror_world_wp63_feedburner_2023.rss.xml", text, items, lang="en", outlet="The Nairobi Mirror", aliases=["Nairobi Mirror"], ctype="text/xml; charset=UTF-8",
                structure="Nairobi daily's World category on WordPress 6.3.1 with Yoast, republished through a FeedBurner proxy (August-September 2023): two xml-stylesheet processing instructions before <rss>, the feedburner namespace, atom10:link self and hub elements in the channel, feedburner:info, item links rewritten to '/~r/<Feed>/~3/<hash>/' proxy URLs with the real URL in feedburner:origLink at the END of each item, '?p=<id>' guids, CDATA dc:creator ('Name', the posting account 'Mirror Reporter', 'AFP', 'Mirror Photographer', the brand), +0000 pubDates (newsroom +0300), excerpts cut with ' [&#8230;]', content:encoded with Yoast's 'The post … appeared first on …' footer and FeedBurner's 1x1 tracking image, a bold upper-case 'By NAME' body byline, an unrendered [envira-gallery] shortcode and a subscription promo, served as text/xml",
                notes="Home country: Kenya. The climate summit Kenya hosts and the Kenya-US defence pact are Kenyan foreign policy (relevant); Nairobi tolls are home news.")


FEEDS = [ontario, munster, induspost, nairobi]
