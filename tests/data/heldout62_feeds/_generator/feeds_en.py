# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the sixty-second held-out set: world desks, a tech site and a science press
office as mid-era CMSs wrote their feeds (2015–2020), list M."""
import re
import uuid

from h62 import NS_WP, TL, d, esc, feed, it, plain_doc, q, rfc822, rows_to, wp_doc, wp_item

NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def boise():
    """Blox/TownNews search-results RSS, 2018."""
    B = "https://www.treasurevalleyledger.example"
    rows = [
        ("news/world", "Indonesia quake, tsunami kill hundreds on Sulawesi", d(2018, 9, 29, 9, 14, 0, -6), "By ELENA TRUJILLO and MARCUS HALE Associated Press",
         "PALU, Indonesia (AP) — A powerful earthquake and the tsunami it set off killed at least 384 people in the Indonesian city of Palu, officials said Saturday, as rescuers searched collapsed hotels and a shopping mall. “We need heavy equipment. Many people are still under the rubble,” said Sutrisno Wibowo, spokesman for the national disaster agency. Copyright 2018 The Associated Press. All rights reserved.",
         dict(authors=["Elena Trujillo", "Marcus Hale"], quotes=[q("Sutrisno Wibowo", "national disaster agency")], junk=["Copyright 2018 The Associated Press. All rights reserved."],
              note='Disaster abroad (rule D): relevant. Blox wire byline in capitals with the agency glued on: two people; ["ELENA TRUJILLO", "MARCUS HALE"] is also correct.')),
        ("news/world", "Idaho dairy and potato growers cautiously welcome new North American trade deal", d(2018, 10, 1, 17, 40, 0, -6), "By Dana Kessler",
         "Idaho farm groups said Monday the deal that replaces NAFTA keeps their two biggest export markets open, though some warned the fine print on Canadian dairy quotas still had to be read. “We needed certainty more than anything, and this gives us some,” said Ray Oyama, executive director of the Snake River Dairy Producers. Canada's chief negotiator said the text was “a good deal for all three countries.”",
         dict(authors=["Dana Kessler"], quotes=[q("Ray Oyama", "Snake River Dairy Producers")], note="US trade relations (USMCA) through home exporters with the governments' deal as the news: relevant. The unnamed Canadian negotiator's words are a lower-case fragment: no quote.")),
        ("news/world", "Nampa man jailed in Venezuela; family presses State Department", d(2018, 9, 30, 13, 5, 0, -6), "By Carly Benner",
         "A Nampa oil-field mechanic has been held in a Caracas military prison for five weeks on accusations of conspiracy, his family said. “He went down there to fix pumps, not to take sides,” said his wife, Rosa Aldana. “We have raised the case directly with Venezuelan officials,” a State Department official said, speaking on condition of anonymity.",
         dict(authors=["Carly Benner"], quotes=[q("Rosa Aldana"), q("State Department official")], note="A U.S. citizen held by a foreign state (rule C-a): relevant. The wife is a relative (no affiliation); the anonymous official of a whole quoted sentence is shown as the text describes him.")),
        ("news/local", "Boise council sends housing levy to May ballot", d(2018, 9, 28, 20, 30, 0, -6), "By Dana Kessler",
         "The Boise City Council voted 5-1 on Tuesday to ask voters for a property-tax levy to fund affordable housing. “Rents have gone up faster than paychecks for five years straight,” said Councilwoman Tess Moreland.",
         dict(authors=["Dana Kessler"], rel=False, quotes=[q("Tess Moreland", "Boise City Council")], note="City politics: not relevant. A title before the name over the body the text named.")),
        ("sports/broncos", "Broncos hold off Wyoming in Mountain West opener", d(2018, 9, 29, 22, 50, 0, -6), "By Jake Ferris",
         "Boise State survived a late Wyoming rally to win 34-14 on the blue turf Saturday night.",
         dict(authors=["Jake Ferris"], rel=False, note="Home sport: not relevant.")),
        ("news/local", "PHOTOS: Boise State homecoming parade", d(2018, 9, 28, 19, 0, 0, -6), "Ledger staff photos",
         "Scenes from Friday's homecoming parade downtown.",
         dict(authors=[], story=False, rel=False, note="Photo gallery: non-story. " + TL.format("PHOTOS:"))),
    ]

    def make(n, r):
        sec, title, date, by, desc, _ = r
        u = str(uuid.uuid5(uuid.NAMESPACE_URL, B + title))
        link = f"{B}/{sec}/{title.lower()[:40].replace(' ', '-').replace(',', '').replace(':', '').replace(';', '')}/article_{u}.html"
        x = (f"    <item>\n      <title>{esc(title)}</title>\n      <description>{esc(desc)}</description>\n      <pubDate>{rfc822(date)}</pubDate>\n"
             f"      <link>{link}</link>\n      <guid isPermaLink=\"false\">{u}</guid>\n      <dc:creator>{esc(by)}</dc:creator>\n"
             f"      <enclosure url=\"https://bloximages.example/treasurevalleyledger/content/tncms/assets/v3/editorial/{u[:1]}/{u[:2]}/{u}/image.jpg?resize=640%2C427\" length=\"{81234 + n * 977}\" type=\"image/jpeg\" />\n    </item>")
        return x, u

    items, exp = rows_to(rows, make)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + NS_DC + ' xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
            "    <title>treasurevalleyledger.example - RSS Results in news/world of type article</title>\n"
            f"    <link>{B}/search/?f=rss&amp;t=article&amp;c=news/world&amp;l=50&amp;s=start_time&amp;sd=desc</link>\n"
            f"    <atom:link href=\"{B}/search/?f=rss&amp;t=article&amp;c=news/world&amp;l=50&amp;s=start_time&amp;sd=desc\" rel=\"self\" type=\"application/rss+xml\" />\n"
            "    <description>Treasure Valley Ledger</description>\n    <generator>TownNews.com Blox CMS</generator>\n"
            f"    <docs>http://www.rssboard.org/rss-specification</docs>\n    <ttl>30</ttl>\n    <copyright>© 2018 Treasure Valley Ledger</copyright>\n"
            + "\n".join(items) + "\n  </channel>\n</rss>\n")
    return feed("en_us_id_treasurevalleyledger_world_blox.rss.xml", text, exp, lang="en", outlet="Treasure Valley Ledger",
                aliases=["treasurevalleyledger.example"],
                structure="Boise (Idaho) daily, Blox/TownNews search-results RSS (2018): channel title '<host> - RSS Results in news/world of type article', the brand in description and copyright; uuid non-permalink guids, 'article_<uuid>.html' links; dc:creator 'By NAME and NAME Associated Press', 'By Name' or a photo credit; plain teasers with '(AP) —' dateline and AP copyright line; local council and sport items mixed in; -0600 dates.",
                notes="Home country: United States.")


def lubbock():
    """WordPress 4.9 behind FeedBurner, 2017."""
    B = "https://southplainschronicle.example/"
    FB = "http://feedproxy.google.com/~r/SouthPlainsChronicleWorld/~3/"
    rows = [
        (31877, "Mexico quake toll passes 200 as rescuers dig through Mexico City rubble", d(2017, 9, 20, 21, 12, 0, -5), ["Associated Press"], ["World"],
         "<p>MEXICO CITY (AP) — Rescuers dug through the rubble of a collapsed school and apartment blocks on Wednesday as the death toll from Mexico&#8217;s strongest quake in a generation rose above 200.</p>\n<p>&#8220;Every hour counts. We still hear people calling from under the concrete,&#8221; said Araceli Fuentes, a volunteer coordinator with the Mexican Red Cross.</p>",
         dict(authors=[], quotes=[q("Araceli Fuentes", "Mexican Red Cross")], note="Disaster abroad (rule D): relevant. 'Associated Press' as creator is an agency.")),
        (31869, "NAFTA talks in Ottawa: South Plains cotton growers watch nervously", d(2017, 9, 20, 15, 30, 0, -5), ["Luis Arredondo"], ["World", "Agriculture"],
         "<p>As U.S., Canadian and Mexican negotiators open a third round of NAFTA talks in Ottawa, cotton growers around Lubbock are watching their biggest customer.</p>\n<p>&#8220;Mexico buys more of our cotton than anybody. If the border closes, we feel it the next morning,&#8221; said Bryce Hollings, president of the West Texas Cotton Council.</p>\n<p>A Canadian trade official described the opening session as &#8220;constructive but tough.&#8221;</p>",
         dict(authors=["Luis Arredondo"], quotes=[q("Bryce Hollings", "West Texas Cotton Council")], note="US trade negotiations (NAFTA round): relevant. 'constructive but tough' is a phrase the official's words were described as: no quote.")),
        (31861, "Texas Tech student dies in rafting accident in Costa Rica", d(2017, 9, 19, 18, 45, 0, -5), ["Kendra Moss"], ["World", "Local"],
         "<p>A 21-year-old Texas Tech University student from Amarillo drowned Monday when her raft overturned on the Pacuare River in Costa Rica, the university said.</p>\n<p>&#8220;Our hearts are with her family and friends,&#8221; dean of students Harold Pruitt said in a statement. The U.S. Embassy in San José was assisting the family.</p>",
         dict(authors=["Kendra Moss"], rel=False, quotes=[q("Harold Pruitt", "Texas Tech University")], note="A private accident abroad with routine consular help (rule C): not relevant. A title before the name over the university the text named.")),
        (31872, "Lubbock crews head to Puerto Rico as Maria relief effort grows", d(2017, 9, 22, 8, 10, 0, -5), ["Kendra Moss", "Luis Arredondo"], ["Local"],
         "<p>Twelve Lubbock firefighters and paramedics left for Puerto Rico on Friday to join the federal response to Hurricane Maria.</p>\n<p>&#8220;They have no power and no water in most of the island. We go where we&#8217;re sent,&#8221; said Capt. Mike Delgado of Lubbock Fire Rescue.</p>",
         dict(authors=["Kendra Moss", "Luis Arredondo"], rel=False, quotes=[q("Mike Delgado", "Lubbock Fire Rescue")], note="Puerto Rico is a U.S. territory: a disaster at home told through local responders: not relevant (borderline).")),
        (31850, "Red Raiders rally past Houston, 27-24", d(2017, 9, 23, 23, 20, 0, -5), ["Chronicle Sports"], ["Sports"],
         "<p>Texas Tech scored twice in the fourth quarter to beat Houston at TDECU Stadium.</p>",
         dict(authors=[], rel=False, note="Sport: not relevant. Desk credit.")),
        (31846, "West Texas Weekly podcast, Episode 41: Water, wind and the 2018 budget", d(2017, 9, 18, 6, 0, 0, -5), ["Chronicle Staff"], ["Podcasts"],
         "<p>This week: the Ogallala aquifer, the county budget and wind-farm leases. Subscribe on iTunes or Stitcher.</p>",
         dict(authors=[], story=False, rel=False, note="Podcast episode: non-story.")),
    ]
    items, exp = [], []
    for pid, title, date, cr, cats, body, kw in sorted(rows, key=lambda r: r[2], reverse=True):
        orig = f"{B}{date:%Y/%m/%d}/{title.lower()[:38].strip().replace(' ', '-').replace(':', '').replace(',', '')}/"
        token = uuid.uuid5(uuid.NAMESPACE_URL, orig).hex[:11]
        first = body.split("</p>")[0].replace("<p>", "")
        desc = f"{first[:200].rsplit(' ', 1)[0]} [&#8230;]<img src=\"http://feeds.feedburner.com/~r/SouthPlainsChronicleWorld/~4/{token}\" height=\"1\" width=\"1\" alt=\"\"/>"
        x = wp_item(title, FB + token + "/", f"{B}?p={pid}", date, cr, cats, desc, body, extra=f"\n\t\t<feedburner:origLink>{orig}</feedburner:origLink>")
        x = x.replace(f"<comments>{FB}{token}/#respond", f"<comments>{orig}#respond").replace(f"<wfw:commentRss>{FB}{token}/feed/", f"<wfw:commentRss>{orig}feed/")
        items.append(x)
        exp.append(it(f"{B}?p={pid}", title, date, **kw))
    ns = NS_WP + ' xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"'
    extra = ('\n\t<atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="self" type="application/rss+xml" href="http://feeds.feedburner.com/SouthPlainsChronicleWorld" />'
             '<feedburner:info uri="southplainschronicleworld" /><atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="hub" href="http://pubsubhubbub.appspot.com/" />')
    text = wp_doc("World &#8211; South Plains Chronicle".replace("&#8211;", "–"), B + "category/world/", B + "category/world/feed/", "Lubbock and the South Plains",
                  "en-US", d(2017, 9, 23, 23, 25, 0, -5), "4.9", items, ns=ns, extra=extra)
    text = text.replace("<title>World – South Plains Chronicle</title>", "<title>World &#8211; South Plains Chronicle</title>")
    return feed("en_us_tx_southplainschronicle_world_wp49_feedburner.rss.xml", text, exp, lang="en", outlet="South Plains Chronicle",
                structure="Lubbock (Texas) daily, WordPress 4.9 category feed proxied by FeedBurner (2017): feedproxy.google.com '~r/…/~3/<token>/' links with feedburner:origLink, FeedBurner's atom10 self link and hub, 1x1 tracking <img> after the '[&#8230;]' excerpt, '?p=' guids, +0000 dates, agency and desk creators, a Puerto Rico (home) disaster item.",
                notes="Home country: United States.")


def nelson():
    """Drupal 8 views RSS, 2018."""
    B = "https://www.tasmanexaminer.example"
    rows = [
        (4821, "Gita: Air Force Hercules lands in Tonga with relief supplies", d(2018, 2, 14, 17, 5, 0, 13), "rachel.mcintyre",
         "<p><strong>By Rachel McIntyre</strong></p><p>A Royal New Zealand Air Force Hercules has landed in Nuku'alofa with water containers, tarpaulins and generators, two days after Cyclone Gita tore through Tongatapu.</p><p>\"The runway was clear by mid-morning and we were on the ground by two,\" said Squadron Leader Aroha Tipene, of the Royal New Zealand Air Force.</p><p>Foreign Affairs said a second flight would leave Auckland on Thursday.</p>",
         dict(authors=["Rachel McIntyre"], quotes=[q("Aroha Tipene", "Royal New Zealand Air Force")], note="New Zealand's aid after a disaster abroad (rule D): relevant. dc:creator holds the CMS user name; the byline in the body is the author.")),
        (4829, "State of emergency declared in Nelson Tasman as ex-cyclone Gita hits", d(2018, 2, 20, 14, 40, 0, 13), "tom.baird",
         "<p><strong>By Tom Baird</strong></p><p>A state of emergency has been declared for Nelson and Tasman as the remnants of Cyclone Gita bring heavy rain and gales.</p><p>\"Stay off the roads unless you absolutely have to travel,\" Nelson Tasman Civil Defence controller Graeme Lusk said.</p>",
         dict(authors=["Tom Baird"], rel=False, quotes=[q("Graeme Lusk", "Nelson Tasman Civil Defence")], note="Disaster at home: not relevant.")),
        (4817, "Taiwan quake: search of tilted Hualien hotel ends as toll reaches 17", d(2018, 2, 11, 9, 20, 0, 13), "wire",
         "<p>Rescuers in the Taiwanese city of Hualien have ended their search of a tilted hotel block after recovering the last bodies, taking the toll from Tuesday's magnitude 6.4 quake to 17.</p><p>The island's Central Emergency Operation Centre said 285 people were injured. <em>- AAP</em></p>",
         dict(authors=[], junk=["- AAP"], note="Disaster abroad (rule D): relevant. Creator 'wire' and the agency tag are no people.")),
        (4813, "Nelson sailor freed after three weeks in Indonesian custody", d(2018, 2, 9, 16, 0, 0, 13), "tom.baird",
         "<p><strong>By Tom Baird</strong></p><p>A Nelson yachtie held in West Papua for three weeks over his cruising permit has been released and is expected home next week.</p><p>\"We have been in regular contact with the Indonesian authorities about this case,\" a Ministry of Foreign Affairs and Trade spokeswoman said.</p><p>His partner, Jess Harland, said: \"He's thinner, but he's laughing again.\"</p>",
         dict(authors=["Tom Baird"], quotes=[q("Ministry of Foreign Affairs and Trade spokeswoman"), q("Jess Harland")], note="A New Zealander held by a foreign state, then freed (rule C-a): relevant. The anonymous spokeswoman of a whole quoted sentence is shown as described; the partner has no affiliation.")),
        (4810, "VIDEO: Hops harvest begins in the Motueka valley", d(2018, 2, 8, 12, 0, 0, 13), "video.desk",
         "<p>Watch: pickers start on the Nelson Sauvin crop. Video: Examiner Multimedia</p>",
         dict(authors=[], story=False, rel=False, junk=["Video: Examiner Multimedia"], note="Video item: non-story. " + TL.format("VIDEO:"))),
        (4808, "Editorial: Tonga will need more than one Hercules", d(2018, 2, 15, 6, 0, 0, 13), "editor",
         "<p>New Zealand's response to Gita has been quick. The rebuilding of Tonga's homes and schools will take years and steadier money from Wellington and Canberra.</p>",
         dict(authors=[], note="Editorial on New Zealand's aid abroad: a story, relevant; no person signs it. " + TL.format("Editorial:"))),
    ]

    def make(n, r):
        nid, title, date, by, body, _ = r
        link = f"{B}/news/world/{title.lower()[:45].replace(' ', '-').replace(':', '').replace(',', '').replace(chr(39), '')}"
        return (f"<item>\n  <title>{esc(title)}</title>\n  <link>{link}</link>\n  <description>{esc(body)}</description>\n"
                f"  <pubDate>{rfc822(date)}</pubDate>\n    <dc:creator>{by}</dc:creator>\n    <guid isPermaLink=\"false\">{nid} at {B}</guid>\n    </item>"), f"{nid} at {B}"

    rows.sort(key=lambda r: r[2], reverse=True)
    items, exp = rows_to(rows, make)
    ns = (' xml:base="' + B + '/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
          ' xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:og="http://ogp.me/ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"'
          ' xmlns:schema="http://schema.org/" xmlns:sioc="http://rdfs.org/sioc/ns#" xmlns:sioct="http://rdfs.org/sioc/types#"'
          ' xmlns:skos="http://www.w3.org/2004/02/skos/core#" xmlns:xsd="http://www.w3.org/2001/XMLSchema#"')
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"' + ns + '>\n  <channel>\n    <title>World | The Tasman Examiner</title>\n'
            f"    <link>{B}/</link>\n    <description></description>\n    <language>en</language>\n    \n    " + "\n    ".join(items) + "\n  </channel>\n</rss>\n")
    return feed("en_nz_tasmanexaminer_world_drupal8.rss.xml", text, exp, lang="en", outlet="The Tasman Examiner", aliases=["Tasman Examiner"],
                structure="Nelson (New Zealand) daily, Drupal 8 views RSS (2018): xml:base and the RDFa namespaces, empty channel description, '<nid> at <base>' guids after dc:creator, dc:creator holding the CMS user name ('rachel.mcintyre', 'wire', 'editor') while the byline is a '<strong>By Name</strong>' first paragraph, escaped HTML descriptions, '- AAP' tail, +1300 dates.",
                notes="Home country: New Zealand.")


def kumasi():
    """Joomla 3 category feed, 2017."""
    B = "https://www.gardencitymirror.example"
    rows = [
        (2231, "Libya slave-market reports: Government to fly home stranded Ghanaians", d(2017, 11, 22, 9, 41, 6), "Akosua Frimpong",
         "<p>The Ministry of Foreign Affairs and Regional Integration says it will fly home at least 150 Ghanaians stranded in detention centres in Libya after reports that migrants were being sold at auctions near Tripoli.</p>\n<p>&ldquo;Every Ghanaian who wants to come home will be brought home, and we are working with the IOM to do it quickly,&rdquo; Ama Sarpong, director of consular affairs at the ministry, told the <em>Mirror</em>.</p>\n<p>&ldquo;They sold us like goats,&rdquo; said Yaw Mensah, 26, from Suame, who returned in October.</p>",
         dict(authors=["Akosua Frimpong"], quotes=[q("Ama Sarpong", "Ministry of Foreign Affairs and Regional Integration"), q("Yaw Mensah")], note="Ghanaians held and trafficked abroad, government repatriation (rule C-a, C-b): relevant. 'director of consular affairs at the ministry' speaks for the ministry the text named; an age and a suburb are no affiliation.")),
        (2228, "Ghana begins marking sea border with Côte d'Ivoire after ITLOS ruling", d(2017, 11, 21, 15, 10, 0), "Kwabena Owusu",
         "<p>Officials from Ghana and Côte d'Ivoire have met in Abidjan to start implementing the boundary set by the International Tribunal for the Law of the Sea in September.</p>\n<p>According to Kwesi Adu-Gyamfi, a maritime law lecturer at KNUST, &ldquo;the ruling protects Ghana's oil fields, but the two countries still have to agree how to police the line.&rdquo;</p>",
         dict(authors=["Kwabena Owusu"], quotes=[q("Kwesi Adu-Gyamfi", "KNUST")], note="Ghana–Côte d'Ivoire boundary after an international tribunal: relevant. Quote opened by 'According to Name, role at Body,'.")),
        (2225, "Kejetia traders give KMA two weeks over relocation", d(2017, 11, 21, 11, 0, 0), "Kwabena Owusu",
         "<p>Traders displaced by the Kejetia market redevelopment have given the Kumasi Metropolitan Assembly two weeks to allocate stalls.</p>\n<p>&ldquo;We have waited two years. Our children are out of school,&rdquo; said Nana Ama Konadu, leader of the Kejetia Traders Association.</p>",
         dict(authors=["Kwabena Owusu"], rel=False, quotes=[q("Nana Ama Konadu", "Kejetia Traders Association")], note="City news: not relevant.")),
        (2220, "Kotoko sign Burkinabe striker on two-year deal", d(2017, 11, 20, 18, 30, 0), "Sports Desk",
         "<p>Asante Kotoko have completed the signing of a Burkinabe striker ahead of the new season.</p>",
         dict(authors=[], rel=False, note="Sport: not relevant (a foreign player's transfer is sport).")),
        (2216, "Ghanaian nurse dies in road crash in Saudi Arabia", d(2017, 11, 20, 10, 15, 0), "Akosua Frimpong",
         "<p>A 31-year-old nurse from Ejisu working in Saudi Arabia has died in a road crash near Dammam, her family says.</p>\n<p>Her brother, Kwame Ofori, said: &ldquo;We are asking the government to help us bring her body home.&rdquo; The Ghana Embassy in Riyadh said it was in touch with the family.</p>",
         dict(authors=["Akosua Frimpong"], rel=False, quotes=[q("Kwame Ofori")], note="A private accident abroad with routine consular help (rule C): not relevant. The brother has no affiliation.")),
        (2214, "PHOTOS: Kumasi Zoo reopens after renovation", d(2017, 11, 19, 16, 0, 0), "Mirror Photo Desk",
         "<p>The Kumasi Zoo reopened to the public on Sunday. Photos: Kojo Amankwah</p>",
         dict(authors=[], story=False, rel=False, junk=["Photos: Kojo Amankwah"], note="Photo gallery: non-story. " + TL.format("PHOTOS:"))),
    ]

    def make(n, r):
        aid, title, date, by, body, _ = r
        link = f"{B}/index.php/world-news/{aid}-{title.lower()[:42].strip().replace(' ', '-').replace(':', '').replace(',', '').replace(chr(39), '')}"
        return (f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{link}</link>\n\t\t\t<guid isPermaLink=\"true\">{link}</guid>\n"
                f"\t\t\t<description><![CDATA[{body}]]></description>\n\t\t\t<author>newsroom@gardencitymirror.example ({by})</author>\n"
                f"\t\t\t<category>World News</category>\n\t\t\t<pubDate>{rfc822(date)}</pubDate>\n\t\t</item>"), link

    items, exp = rows_to(rows, make)
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n'
            "\t\t<title>World News - The Garden City Mirror</title>\n\t\t<description><![CDATA[News from Kumasi, Ghana and the world]]></description>\n"
            f"\t\t<link>{B}/index.php/world-news</link>\n\t\t<lastBuildDate>{rfc822(d(2017, 11, 22, 10, 2, 11))}</lastBuildDate>\n"
            "\t\t<generator>Joomla! - Open Source Content Management</generator>\n"
            f"\t\t<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"{B}/index.php/world-news?format=feed&amp;type=rss\"/>\n\t\t<language>en-gb</language>\n"
            + "\n".join(items) + "\n\t</channel>\n</rss>\n")
    return feed("en_gh_gardencitymirror_world_joomla3.rss.xml", text, exp, lang="en", outlet="The Garden City Mirror", aliases=["Garden City Mirror"],
                structure="Kumasi (Ghana) paper, Joomla 3 category feed (2017): generator comment and element, channel 'World News - Site', '/index.php/world-news/<id>-<alias>' permalink guids, CDATA HTML descriptions with &ldquo; entities, <author> as 'email (Name)' holding a person or a desk, one category, +0000 dates.",
                notes="Home country: Ghana.")


def eldoret():
    """WordPress 5.3 category feed, 2019."""
    B = "https://sosianipost.example/"
    rows = [
        (40512, "Government evacuates 62 Kenyan domestic workers from Saudi Arabia", d(2019, 12, 4, 16, 20, 0, 3), ["Faith Jeptoo"], ["International", "News"],
         "<p><strong>NAIROBI, Kenya</strong> &#8211; Sixty-two Kenyan women who had sought refuge at the Kenyan embassy in Riyadh landed at JKIA on Wednesday on a flight chartered by the government.</p>\n<p>&#8220;We worked twenty hours a day and some of us were not paid for a year,&#8221; a returnee from Riyadh said.</p>\n<p>Grace Wambui, chairperson of the Kenya Overseas Workers Forum, said: &#8220;This flight is welcome, but recruiting agencies must be held to account.&#8221;</p>",
         dict(authors=["Faith Jeptoo"], quotes=[q("returnee from Riyadh"), q("Grace Wambui", "Kenya Overseas Workers Forum")], note="Kenyans abroad brought home on a government flight (rule C-b): relevant. The anonymous returnee of a whole quoted sentence is shown as the text describes her.")),
        (40506, "Kenya asks ICJ for more time in sea border row with Somalia", d(2019, 12, 3, 11, 5, 0, 3), ["Sosiani Post Reporter and Agencies"], ["International"],
         "<p>Kenya has asked the International Court of Justice to delay hearings in its maritime boundary dispute with Somalia, saying it needs time to assemble a new legal team.</p>\n<p>&#8220;We cannot rush a case that decides where our sea ends,&#8221; said Dr Paul Kibet, a lecturer in international law at Moi University.</p>",
         dict(authors=[], quotes=[q("Paul Kibet", "Moi University")], note="Kenya–Somalia dispute at the ICJ: relevant. Desk and agencies credit: no person.")),
        (40499, "West Pokot landslides: Death toll rises to 56", d(2019, 11, 26, 9, 0, 0, 3), ["Faith Jeptoo", "Kiprop Rotich"], ["News", "International"],
         "<p>The death toll from landslides in West Pokot has risen to 56, with at least 20 people still missing.</p>\n<p>&#8220;Roads are cut and we are using helicopters to reach Parua and Nyarkulian,&#8221; said Hassan Adan, North Rift coordinator for the Kenya Red Cross.</p>",
         dict(authors=["Faith Jeptoo", "Kiprop Rotich"], rel=False, quotes=[q("Hassan Adan", "Kenya Red Cross")], note="Disaster at home filed under International: not relevant.")),
        (40494, "Iten athletes sweep Valencia Marathon podium", d(2019, 12, 2, 8, 30, 0, 3), ["Kiprop Rotich"], ["Sports"],
         "<p>Athletes who train in Iten took all three places in the men&#8217;s race in Valencia on Sunday.</p>",
         dict(authors=["Kiprop Rotich"], rel=False, note="Sport abroad: not relevant.")),
        (40490, "Uganda milk row: Eldoret processors welcome talks as trucks wait at Malaba", d(2019, 12, 2, 14, 45, 0, 3), ["Kiprop Rotich"], ["International", "Business"],
         "<p>Milk processors in Eldoret have welcomed talks between Kenyan and Ugandan trade officials in Kampala over Nairobi&#8217;s restrictions on Ugandan dairy imports.</p>\n<p>&#8220;A trade war with our biggest neighbour helps nobody,&#8221; said Daniel Kosgei, chairman of the North Rift Dairy Processors Association, adding that more than 40 trucks were waiting at the Malaba border.</p>",
         dict(authors=["Kiprop Rotich"], quotes=[q("Daniel Kosgei", "North Rift Dairy Processors Association")], note="Kenya–Uganda trade dispute and talks: relevant.")),
        (40487, "Advertorial: Why Eldoret is the region’s next property hotspot", d(2019, 12, 1, 10, 0, 0, 3), ["Partner Content"], ["Sponsored"],
         "<p>With a new bypass and an expanded airport, investors are turning to Eldoret. <em>This article is sponsored by Highlands Realty Ltd.</em></p>",
         dict(authors=[], story=False, rel=False, junk=["This article is sponsored by Highlands Realty Ltd."], note="Advertorial: non-story. " + TL.format("Advertorial:"))),
    ]
    items, exp = [], []
    for pid, title, date, cr, cats, body, kw in rows:
        link = f"{B}{date:%Y/%m/%d}/{title.lower()[:40].strip().replace(' ', '-').replace(':', '').replace(',', '').replace('’', '')}/"
        first = re.sub(r"<[^>]+>", "", body.split("</p>")[0])
        items.append(wp_item(title, link, f"{B}?p={pid}", date, cr, cats, f"{first[:180].rsplit(' ', 1)[0]} [&#8230;]", body))
        exp.append(it(f"{B}?p={pid}", title, date, **kw))
    text = wp_doc("International – Sosiani Post", B + "category/international/", B + "category/international/feed/", "Eldoret and North Rift news",
                  "en-US", d(2019, 12, 4, 16, 25, 0, 3), "5.3", items).replace("International – Sosiani Post", "International &#8211; Sosiani Post", 1)
    return feed("en_ke_sosianipost_international_wp53.rss.xml", text, exp, lang="en", outlet="Sosiani Post",
                structure="Eldoret (Kenya) news site, WordPress 5.3 category feed 'International &#8211; Site' (2019): '?p=' guids, '[&#8230;]' excerpts, content:encoded with a bold dateline, CDATA dc:creator holding a person, 'A' + 'B', a desk-and-agencies credit or 'Partner Content', a home landslide filed under International, advertorial, +0000 dates.",
                notes="Home country: Kenya.")


def chattogram():
    """Escenic RSS, 2019."""
    B = "https://www.karnaphuliobserver.example"
    rows = [
        (1771204, "Boat capsizes off Tunisia: 37 Bangladeshis among dead", d(2019, 5, 11, 18, 40, 0, 6), "Staff Correspondent",
         "At least 37 Bangladeshis were among some 60 migrants who drowned when an overcrowded boat sank off the Tunisian coast after leaving Zuwara in Libya. “We have confirmed the identities of 37 Bangladeshis so far,” said Shamsul Arefin, first secretary at the Bangladesh Embassy in Tripoli. “The boat was full of water within minutes,” one survivor told embassy officials by phone.",
         dict(authors=[], quotes=[q("Shamsul Arefin", "Bangladesh Embassy in Tripoli"), q("one survivor")], note="Bangladeshis among the dead of a mass-casualty accident abroad (rules C-c and D): relevant.")),
        (1771187, "Rohingya repatriation: Dhaka, Naypyidaw to meet again in June", d(2019, 5, 10, 20, 15, 0, 6), "Farhana Chowdhury, Cox's Bazar",
         "Bangladesh and Myanmar will hold another round of talks on Rohingya repatriation in June, officials said. “Not a single family has agreed to go back without guarantees of citizenship and safety,” Additional Refugee Relief and Repatriation Commissioner Nurul Absar told the Observer.",
         dict(authors=["Farhana Chowdhury"], quotes=[q("Nurul Absar", "Additional Refugee Relief and Repatriation Commissioner")], note="Bangladesh–Myanmar talks: relevant. 'Name, Place' byline: the place is not part of the name. A title before the name with no body named: the title is the affiliation.")),
        (1771150, "Opinion: A Teesta deal cannot wait for another monsoon", d(2019, 5, 10, 8, 0, 0, 6), "Anisur Rahman",
         "Eight years after the water-sharing agreement was shelved, farmers in Rangpur are paying for the delay. Dhaka and New Delhi should put the Teesta back on the table. The writer is a professor of water resources engineering.",
         dict(authors=["Anisur Rahman"], junk=["The writer is a professor of water resources engineering."], note="Opinion on Bangladesh–India relations: a story, relevant. " + TL.format("Opinion:"))),
        (1771139, "Bay Terminal: Port authority invites bids for first phase", d(2019, 5, 9, 15, 30, 0, 6), "Staff Correspondent",
         "The Chittagong Port Authority has invited bids for the first phase of the Bay Terminal at Patenga. “This will double our capacity by 2025,” said port authority member (planning) Jafar Alam.",
         dict(authors=[], rel=False, quotes=[q("Jafar Alam", "Chittagong Port Authority")], note="Home port news: not relevant.")),
        (1771120, "World Cup: Tigers fly out with hopes of a semi-final", d(2019, 5, 9, 10, 0, 0, 6), "Sports Reporter",
         "The Bangladesh squad left for Ireland and England on Thursday ahead of the World Cup.",
         dict(authors=[], rel=False, note="Sport: not relevant.")),
        (1771102, "In Pictures: Iftar bazaars of Chawkbazar", d(2019, 5, 8, 19, 0, 0, 6), "Photo: Rafiqul Islam",
         "Iftar items on sale in old Chattogram. Photos: Rafiqul Islam",
         dict(authors=[], story=False, rel=False, junk=["Photos: Rafiqul Islam"], note="Photo gallery: non-story. " + TL.format("In Pictures:"))),
    ]

    def make(n, r):
        aid, title, date, by, desc, _ = r
        sec = "opinion" if title.startswith("Opinion") else "multimedia" if title.startswith("In Pictures") else "world"
        link = f"{B}/{sec}/article{aid}.ece"
        return (f"<item>\n<title>{esc(title)}</title>\n<link>{link}</link>\n<description>{esc(desc)}</description>\n<pubDate>{rfc822(date)}</pubDate>\n"
                f"<guid isPermaLink=\"true\">{link}</guid>\n<dc:creator>{esc(by)}</dc:creator>\n"
                f"<media:content url=\"{B}/incoming/article{aid - 3}.ece/ALTERNATES/w640/img.jpg\" type=\"image/jpeg\" medium=\"image\"/>\n</item>"), link

    items, exp = rows_to(rows, make)
    head = (f"<title>The Karnaphuli Observer - World</title>\n<link>{B}/world/</link>\n<description>World news from The Karnaphuli Observer, Chattogram</description>\n"
            f"<language>en</language>\n<pubDate>{rfc822(d(2019, 5, 11, 18, 45, 0, 6))}</pubDate>\n<generator>Escenic Content Engine</generator>\n<copyright>Copyright © 2019 Karnaphuli Publications Ltd.</copyright>")
    text = plain_doc(head, items, ns=NS_DC + ' xmlns:media="http://search.yahoo.com/mrss/"')
    return feed("en_bd_karnaphuliobserver_world_escenic.rss.xml", text, exp, lang="en", outlet="The Karnaphuli Observer", aliases=["Karnaphuli Observer"],
                structure="Chattogram (Bangladesh) English daily, Escenic section RSS (2019): '/<section>/article<id>.ece' permalink guids after pubDate, dc:creator holding a person, 'Name, Place', 'Staff Correspondent', 'Sports Reporter' or a photo credit, escaped plain descriptions with “” quotes, opinion with a writer's-note tail, Ltd. copyright, +0600 dates.",
                notes="Home country: Bangladesh.")


def madurai():
    """WordPress 4.4 category feed, 2016."""
    B = "http://www.vaigaitimes.example/"
    rows = [
        (18821, "Saudi job crisis: 300 Tamil workers stranded in Riyadh camps, MEA steps in", d(2016, 8, 2, 7, 50, 0, 5.5), ["S. Karthikeyan"], ["World", "Tamil Nadu"],
         "<p>MADURAI: Around 300 workers from Madurai, Sivaganga and Ramanathapuram districts are among the thousands of Indians stranded in labour camps in Riyadh after their construction employers stopped paying wages.</p>\n<p>The Ministry of External Affairs has sent a Minister of State to Saudi Arabia to arrange food, exit visas and flights home.</p>\n<p>\"Our men have not been paid for seven months. They are eating because of the embassy,\" said M. Selvaraj of Melur, whose brother is in one of the camps.</p>",
         dict(authors=["S. Karthikeyan"], quotes=[q("M. Selvaraj")], note="Indians stranded abroad, government mission to bring them home (rule C-b): relevant. A relative with a hometown: no affiliation.")),
        (18815, "Sri Lanka frees 41 Tamil Nadu fishermen, holds on to 92 boats", d(2016, 8, 1, 12, 30, 0, 5.5), ["Special Correspondent"], ["World"],
         "<p>RAMESWARAM: Sri Lanka on Monday released 41 fishermen from Tamil Nadu who were arrested for fishing in its waters, but the 92 boats seized from them remain in Sri Lankan custody.</p>\n<p>\"The boats are our livelihood. Without them, the release means nothing,\" said P. Jesuraja, president of the Rameswaram Country Boat Fishermen's Welfare Association.</p>",
         dict(authors=[], quotes=[q("P. Jesuraja", "Rameswaram Country Boat Fishermen's Welfare Association")], note="Indians held by a foreign state, freed (rule C-a): relevant. 'Special Correspondent' is no person.")),
        (18830, "Italy earthquake: toll rises to 247, Amatrice flattened", d(2016, 8, 25, 10, 15, 0, 5.5), ["PTI"], ["World"],
         "<p>ROME: The death toll from the earthquake that struck central Italy rose to 247 on Thursday as rescuers worked through the night in the mountain towns of Amatrice, Accumoli and Arquata del Tronto.</p>\n<p>\"We are lifting stones by hand because the diggers cannot get up the mountain roads yet,\" said Fabrizio Colli, a volunteer with Italy's Civil Protection Department.</p>",
         dict(authors=[], quotes=[q("Fabrizio Colli", "Civil Protection Department")], note="Disaster abroad (rule D): relevant. Agency as creator: no person.")),
        (18809, "Avani Moola festival: lakhs throng Meenakshi temple", d(2016, 7, 31, 18, 0, 0, 5.5), ["R. Meenakshi Sundaram"], ["Madurai"],
         "<p>MADURAI: Devotees thronged the Meenakshi Sundareswarar temple for the festival on Sunday.</p>",
         dict(authors=["R. Meenakshi Sundaram"], rel=False, note="City news: not relevant.")),
        (18826, "India, Sri Lanka to resume fisheries talks in New Delhi in November", d(2016, 8, 20, 8, 40, 0, 5.5), ["Staff Reporter"], ["World"],
         "<p>MADURAI: India and Sri Lanka will hold the next round of ministerial talks on the fishing dispute in the Palk Bay in New Delhi in November, fishermen's leaders were told at a meeting in Rameswaram on Friday.</p>\n<p>Fishermen's leaders said the talks must settle the release of boats first.</p>",
         dict(authors=[], note="India–Sri Lanka talks: relevant. 'Staff Reporter' is no person; no quotation.")),
        (18799, "Read The Vaigai Times e-paper on your phone", d(2016, 7, 29, 6, 0, 0, 5.5), ["Vaigai Times"], ["Promotions"],
         "<p>Subscribe to our e-paper for Rs. 99 a month. Click here to subscribe.</p>",
         dict(authors=[], story=False, rel=False, note="Subscription promo: non-story.")),
    ]
    items, exp = [], []
    for pid, title, date, cr, cats, body, kw in sorted(rows, key=lambda r: r[2], reverse=True):
        link = f"{B}{title.lower()[:44].strip().replace(' ', '-').replace(':', '').replace(',', '')}/"
        first = re.sub(r"<[^>]+>", "", body.split("</p>")[0])
        items.append(wp_item(title, link, f"{B}?p={pid}", date, cr, cats, f"{first[:160].rsplit(' ', 1)[0]} [&hellip;]", body))
        exp.append(it(f"{B}?p={pid}", title, date, **kw))
    text = wp_doc("World &#8211; The Vaigai Times".replace("&#8211;", "–"), B + "category/world/", B + "category/world/feed/", "News from Madurai and South Tamil Nadu",
                  "en-US", d(2016, 8, 25, 10, 20, 0, 5.5), "4.4.2", items).replace("World – The Vaigai Times", "World &#8211; The Vaigai Times", 1)
    return feed("en_in_tn_vaigaitimes_world_wp44.rss.xml", text, exp, lang="en", outlet="The Vaigai Times", aliases=["Vaigai Times"],
                structure="Madurai (Tamil Nadu) daily, WordPress 4.4 category feed (2016): '?p=' guids, '[&hellip;]' excerpts as 4.4 wrote them, 'CITY:' datelines, straight double quotes, dc:creator holding a person, 'Special Correspondent', 'Staff Reporter' or 'PTI', e-paper promo, +0000 dates.",
                notes="Home country: India.")


def vizag():
    """Early AMP-era custom PHP feed, 2018."""
    B = "https://www.waltairchronicle.example"
    rows = [
        ("eastern-naval-command-ships-sulawesi-relief", "Eastern Naval Command ships carry relief to quake-hit Sulawesi", d(2018, 10, 3, 19, 10, 0, 5.5), "Ch. Srinivasa Rao",
         "Three ships of the Eastern Naval Command sailed from Visakhapatnam with medical teams and relief material for Indonesia under Operation Samudra Maitri. “The ships carry a field hospital and enough supplies for 10,000 people,” said Commodore Rajiv Menon, a spokesperson for the Eastern Naval Command.",
         dict(authors=["Ch. Srinivasa Rao"], quotes=[q("Rajiv Menon", "Eastern Naval Command")], note="India's aid after a disaster abroad: relevant.")),
        ("titli-srikakulam-toll-power", "Cyclone Titli: Srikakulam toll rises to 8, power yet to be restored", d(2018, 10, 12, 20, 0, 0, 5.5), "K. Ramesh Babu",
         "Eight people have died in Srikakulam district after Cyclone Titli made landfall near Palasa. “We have restored power to only a third of the villages,” said District Collector P. Anand Kumar.",
         dict(authors=["K. Ramesh Babu"], rel=False, quotes=[q("P. Anand Kumar", "District Collector")], note="Disaster at home: not relevant.")),
        ("andhra-man-qatar-released", "Andhra man held in Qatar over forged visa freed after embassy steps in", d(2018, 10, 10, 16, 45, 0, 5.5), "Ch. Srinivasa Rao",
         "A welder from Anakapalle who was jailed in Doha for four months over a visa forged by his recruiting agent has been released after the Indian Embassy took up his case with Qatari authorities. “I sold my wife's gold to send him. Now I only want him home,” said his father, G. Appala Naidu.",
         dict(authors=["Ch. Srinivasa Rao"], quotes=[q("G. Appala Naidu")], note="An Indian held by a foreign state, the embassy taking the case up (rule C-a): relevant.")),
        ("vizag-techies-h1b-spouse-permit", "Vizag families anxious as US moves to end H-4 work permits", d(2018, 10, 8, 11, 30, 0, 5.5), "Sravani Devi",
         "The US Department of Homeland Security's plan to end work permits for spouses of H-1B visa holders has worried hundreds of families in the city. “My daughter has a job in Dallas. If this goes through she must sit at home,” said K. Lakshmi of MVP Colony.",
         dict(authors=["Sravani Devi"], quotes=[q("K. Lakshmi")], note="A US government policy affecting Indians abroad: relevant (the foreign state's action is the news). A resident with her colony: no affiliation.")),
        ("watch-navy-band-rk-beach", "WATCH: Navy band performs at RK Beach", d(2018, 10, 7, 18, 0, 0, 5.5), "Chronicle Video",
         "Video of the Navy band's performance on Beach Road.",
         dict(authors=[], story=False, rel=False, note="Video: non-story. " + TL.format("WATCH:"))),
        ("live-india-west-indies-odi-vizag", "LIVE: India vs West Indies, 2nd ODI at ACA-VDCA Stadium", d(2018, 10, 24, 13, 30, 0, 5.5), "Sports Desk",
         "Follow live updates of the second ODI from Visakhapatnam.",
         dict(authors=[], story=False, rel=False, note="Live page: non-story. " + TL.format("LIVE:"))),
    ]

    def make(n, r):
        slug, title, date, by, desc, _ = r
        link = f"{B}/news/{slug}-{date:%Y%m%d}"
        return (f"<item>\n<title>{esc(title)}</title>\n<link>{B}/amp/news/{slug}-{date:%Y%m%d}</link>\n<guid isPermaLink=\"true\">{link}</guid>\n"
                f"<atom:link rel=\"amphtml\" href=\"{B}/amp/news/{slug}-{date:%Y%m%d}\"/>\n<dc:creator>{esc(by)}</dc:creator>\n<pubDate>{rfc822(date)}</pubDate>\n"
                f"<description>{cd_esc(desc)}</description>\n</item>"), link

    rows.sort(key=lambda r: r[2], reverse=True)
    items, exp = rows_to(rows, make)
    head = (f"<title>Waltair Chronicle | World</title>\n<link>{B}/world</link>\n<atom:link href=\"{B}/rss/world.xml\" rel=\"self\" type=\"application/rss+xml\"/>\n"
            f"<description>Visakhapatnam's news</description>\n<language>en-in</language>\n<lastBuildDate>{rfc822(d(2018, 10, 24, 13, 35, 0, 5.5))}</lastBuildDate>")
    text = plain_doc(head, items, ns=NS_DC + ' xmlns:atom="http://www.w3.org/2005/Atom"')
    return feed("en_in_ap_waltairchronicle_world_amp.rss.xml", text, exp, lang="en", outlet="Waltair Chronicle",
                structure="Visakhapatnam (Andhra Pradesh) daily, early AMP-era custom PHP feed (2018): item <link> pointing at the '/amp/' page while the permalink guid is the canonical URL, an atom:link rel='amphtml' in each item, channel 'Outlet | World', CDATA plain descriptions, a watch video and a live cricket page, +0530 dates.",
                notes="Home country: India.")


def cd_esc(s):
    return f"<![CDATA[{s}]]>"


def ulm():
    """Drupal 8 views RSS of an English-language tech site, 2019."""
    B = "https://www.danubebytes.example"
    rows = [
        (3391, "US blacklists Huawei: what it means for Europe's 5G networks", d(2019, 5, 17, 14, 20, 0, 2), "Lena Hartwig",
         "<p>The US Commerce Department has put Huawei on its Entity List, barring American firms from supplying the company without a licence. European operators that rely on Huawei radio equipment are now asking how long spare parts and software updates will keep coming.</p><p>\"Operators here are not panicking yet, but nobody can plan a 5G roll-out on a licence that may never come,\" said Marco Steiner, a telecoms analyst at Ulm-based consultancy Brenzblick Research.</p>",
         dict(authors=["Lena Hartwig"], quotes=[q("Marco Steiner", "Brenzblick Research")], note="US export controls with effects on Europe: world-affairs weight, relevant.")),
        (3384, "EU–Japan data deal, four months on: fewer contracts, same questions", d(2019, 5, 14, 9, 0, 0, 2), "Tobias Reuter",
         "<p>Since January, personal data can flow between the EU and Japan without extra contracts under the two sides' mutual adequacy decisions.</p><p>\"The paperwork is lighter, but the first complaint that reaches a court will test the whole arrangement,\" says Dr. Yuki Hammond, privacy counsel at the Stuttgart law firm Kessler &amp; Voss.</p>",
         dict(authors=["Tobias Reuter"], quotes=[q("Yuki Hammond", "Kessler & Voss")], note="EU–Japan data transfer arrangement: relevant (intergovernmental). Present-tense 'says' with a title 'Dr.'.")),
        (3380, "Review: The Blau One dev board is a tinkerer's delight", d(2019, 5, 13, 16, 0, 0, 2), "Tobias Reuter",
         "<p>Four cores, two camera connectors and a price under €60: we spent two weeks with the board. Verdict: 4/5.</p>",
         dict(authors=["Tobias Reuter"], rel=False, note="Product review: a story, not relevant. " + TL.format("Review:"))),
        (3377, "Ulm start-up Zellwerk raises €4m for battery diagnostics", d(2019, 5, 10, 11, 30, 0, 2), "Lena Hartwig",
         "<p>The spin-off from Ulm University says its software predicts cell failure in e-bike batteries weeks ahead.</p>",
         dict(authors=["Lena Hartwig"], rel=False, note="Local start-up funding: not relevant.")),
        (3372, "Meetup: Ulm Rust User Group, 23 May", d(2019, 5, 9, 8, 0, 0, 2), "Danube Bytes",
         "<p>Talks on embedded Rust and async. Doors open 18:30 at the Verschwörhaus. Free entry, register on our events page.</p>",
         dict(authors=[], story=False, rel=False, note="Event listing: non-story.")),
        (3369, "Get the Danube Bytes weekly in your inbox", d(2019, 5, 8, 8, 0, 0, 2), "Danube Bytes",
         "<p>Every Friday: the week's tech news from Ulm, Baden-Württemberg and beyond. Sign up now.</p>",
         dict(authors=[], story=False, rel=False, note="Newsletter promo: non-story.")),
    ]

    def make(n, r):
        nid, title, date, by, body, _ = r
        link = f"{B}/node/{nid}"
        return (f"<item>\n  <title>{esc(title)}</title>\n  <link>{link}</link>\n  <description>{esc(body)}</description>\n"
                f"  <pubDate>{rfc822(date)}</pubDate>\n    <dc:creator>{esc(by)}</dc:creator>\n    <guid isPermaLink=\"false\">{nid} at {B}</guid>\n    </item>"), f"{nid} at {B}"

    items, exp = rows_to(rows, make)
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="' + B + '/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n'
            f"    <title>Danube Bytes</title>\n    <link>{B}/</link>\n    <description>Tech news from Ulm, in English</description>\n    <language>en</language>\n    \n    "
            + "\n    ".join(items) + "\n  </channel>\n</rss>\n")
    return feed("en_tech_de_danubebytes_drupal8.rss.xml", text, exp, lang="en", outlet="Danube Bytes", topic="tech",
                structure="Ulm (Germany) English-language tech site, Drupal 8 front-page views RSS (2019): '/node/<nid>' links, '<nid> at <base>' guids, dc:creator holding the author's display name, escaped HTML descriptions, review, meetup and newsletter items, +0200 dates.",
                notes="Home country: Germany. Tech feed: world-affairs weight only.")


def greifswald():
    """TYPO3 8 tx_news RSS of a university institute's press office, 2018."""
    B = "https://www.ryck-institute.example"
    FOOT = "Media contact: Press Office, Ryck Institute for Baltic Ecology, presse@ryck-institute.example, +49 3834 000000"
    rows = [
        (812, "Institute scientists advise German delegation at UN high seas treaty talks", d(2018, 9, 6, 10, 0, 0, 2),
         "Two marine ecologists from the Ryck Institute for Baltic Ecology are in New York this week as advisers to the German delegation at the first session of the intergovernmental conference on a treaty for biodiversity beyond national jurisdiction. \"Marine protected areas on the high seas need a legal home, and this treaty can give them one,\" says Prof. Dr. Henrike Vossberg, head of the institute's marine governance group. " + FOOT,
         dict(authors=[], quotes=[q("Henrike Vossberg", "Ryck Institute for Baltic Ecology")], junk=[FOOT], note="UN intergovernmental treaty negotiations: relevant (world-affairs weight). 'head of the institute's … group' speaks for the institute the text named. The press office is no author.")),
        (809, "Eelgrass meadows in the Greifswald Bodden store more carbon than thought", d(2018, 8, 29, 9, 30, 0, 2),
         "Seagrass meadows in the Greifswalder Bodden hold about a third more carbon in their sediments than earlier estimates assumed, a new study shows. \"We found carbon layers that are more than a thousand years old,\" says Dr. Jonas Peltz, who led the study. " + FOOT,
         dict(authors=[], rel=False, quotes=[q("Jonas Peltz")], junk=[FOOT], note="Research result: a story, not relevant. A speaker described only as 'who led the study' has no affiliation.")),
        (806, "German–Polish monitoring of the Szczecin Lagoon to continue under new agreement", d(2018, 8, 23, 11, 0, 0, 2),
         "The joint German–Polish water-quality monitoring of the Szczecin Lagoon will continue until 2023 under an agreement signed in Świnoujście by the two countries' environment ministries. \"Nutrients do not stop at the border, so neither can the measurements,\" said Dr. Agnieszka Wrona of the Szczecin Lagoon Research Station. " + FOOT,
         dict(authors=[], quotes=[q("Agnieszka Wrona", "Szczecin Lagoon Research Station")], junk=[FOOT], note="An agreement between Germany and Poland: relevant. 'Name of the Body'.")),
        (803, "Research vessel Ryckstrom christened in Wolgast", d(2018, 8, 17, 14, 0, 0, 2),
         "The institute's new 24-metre research vessel was christened at the Wolgast shipyard on Friday. " + FOOT,
         dict(authors=[], rel=False, junk=[FOOT], note="Institute news: a story, not relevant.")),
        (801, "Public lecture: Why the Baltic Sea is losing its oxygen", d(2018, 8, 14, 8, 0, 0, 2),
         "Thursday, 20 September 2018, 7 pm, Aula, Domstraße 11. Admission free. In English and German.",
         dict(authors=[], story=False, rel=False, note="Event: non-story. " + TL.format("Public lecture:"))),
        (798, "Vacancy: PhD position in benthic ecology (m/f/d)", d(2018, 8, 10, 8, 0, 0, 2),
         "The institute invites applications for a three-year PhD position (TV-L E13, 65%). Closing date: 15 September 2018.",
         dict(authors=[], story=False, rel=False, note="Job vacancy: non-story.")),
    ]
    items, exp = [], []
    for uid, title, date, desc, kw in rows:
        link = f"{B}/en/news-and-events/press-releases/detail/news/{title.lower()[:40].strip().replace(' ', '-').replace(':', '').replace('(', '').replace(')', '').replace('/', '-')}/"
        items.append(f"\t\t<item>\n\t\t\t<guid isPermaLink=\"false\">news-{uid}</guid>\n\t\t\t<pubDate>{rfc822(date)}</pubDate>\n\t\t\t<title>{esc(title)}</title>\n"
                     f"\t\t\t<link>{link}</link>\n\t\t\t<description>{esc(desc)}</description>\n\t\t\t<category>Press releases</category>\n\t\t</item>")
        exp.append(it(f"news-{uid}", title, date, **kw))
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n'
            f"\t\t<title>Press releases | Ryck Institute for Baltic Ecology</title>\n\t\t<link>{B}/en/</link>\n\t\t<description>Press releases of the Ryck Institute for Baltic Ecology, Greifswald</description>\n"
            f"\t\t<language>en</language>\n\t\t<copyright>Ryck Institute for Baltic Ecology, Greifswald</copyright>\n\t\t<lastBuildDate>{rfc822(d(2018, 9, 6, 10, 5, 0, 2))}</lastBuildDate>\n"
            "\t\t<generator>TYPO3 EXT:news</generator>\n" + "\n".join(items) + "\n\t</channel>\n</rss>\n")
    return feed("en_science_de_ryckinstitute_press_typo3.rss.xml", text, exp, lang="en", outlet="Ryck Institute for Baltic Ecology", topic="science",
                structure="Greifswald (Germany) university institute's English press-release feed, TYPO3 8 with EXT:news (2018): guid 'news-<uid>' FIRST in each item, then pubDate, title, link and an escaped plain description that ends in a 'Media contact:' footer; no author element; lecture and vacancy items; +0200 dates.",
                notes="Home country: Germany. Science feed: world-affairs weight only.")


FEEDS = [boise, lubbock, nelson, kumasi, eldoret, chattogram, madurai, vizag, ulm, greifswald]
