# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the fifty-ninth held-out set (part 2: a Denpasar English-language daily on
a CodeIgniter PHP site, an Adelaide daily's RSS 0.91, a St. John's daily on Saxotech Online, a
Nashville daily behind FeedBurner, a gadget blog on Movable Type 4 (Atom) and a natural-history
museum on Plone 3 (RSS 1.0)). All outlets, people and quotations are invented."""
from h59 import cd, d, esc, feed, it, q, rfc822


# ---------------------------------------------------------------- Denpasar English daily, CodeIgniter (May 2014)
def balihorizon():
    base = "http://www.balihorizon.example"
    rows, items = [], []

    def add(aid, slug, title, when, author, body, exp):
        link = f"{base}/news/{when:%Y/%m/%d}/{aid}/{slug}.html"
        a = f"\n\t\t\t<dc:creator>{cd(author)}</dc:creator>" if author else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{link}</link>\n\t\t\t<guid>{link}</guid>\n\t\t\t<description>{cd(body)}</description>{a}\n\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t</item>")
        items.append(exp(link))

    w = d(2014, 5, 21, 19, 12, 5, 8)
    add(11873, "indonesia-australia-edge-closer-to-intelligence-code", "Indonesia, Australia edge closer to intelligence code of conduct", w, "Ni Luh Ayu Wiradani, The Bali Horizon, Nusa Dua",
        "<p>Indonesian and Australian officials meeting in Nusa Dua this week have agreed the outline of a code of conduct on intelligence gathering, six months after reports that Canberra had tapped the phones of senior Indonesian leaders.</p><p>&ldquo;We are closer than we were, but a code is only words until it is signed,&rdquo; said Teuku Rizal Harahap, a spokesman for the Foreign Ministry, on Wednesday.</p><p>Military and people-smuggling cooperation, suspended in November, will resume only after the code is signed, he said.</p>",
        lambda k: it(k, "Indonesia, Australia edge closer to intelligence code of conduct", w, ["Ni Luh Ayu Wiradani"], quotes=[q("Teuku Rizal Harahap", "Foreign Ministry")],
                     note="dc:creator in the Jakarta Post style 'Name, Brand, Place': only the name is the author. Balinese name with the 'Ni Luh' prefix is one name. Bilateral relations: relevant."))
    w = d(2014, 5, 21, 11, 40, 0, 8)
    add(11868, "benoa-bay-protesters-march-on-governors-office", "Benoa Bay protesters march on governor's office", w, "Ketut Sudarsana, The Bali Horizon, Denpasar",
        "<p>Thousands of people marched from Renon to the governor&rsquo;s office on Tuesday to demand that a presidential regulation allowing reclamation of Benoa Bay be revoked.</p><p>The provincial government has said the project would create jobs.</p>",
        lambda k: it(k, "Benoa Bay protesters march on governor's office", w, ["Ketut Sudarsana"], rel=False, note="Provincial politics: home news, not relevant."))
    w = d(2014, 5, 20, 17, 25, 0, 8)
    add(11860, "thai-army-declares-martial-law", "Thai army declares martial law, says it is not a coup", w, "Agencies",
        "<p>BANGKOK: Thailand&rsquo;s army declared martial law nationwide before dawn on Tuesday, taking control of security in the capital after six months of street protests, but insisted it was not staging a coup.</p><p>The Foreign Ministry said Indonesia was following events closely and urged all sides to respect democratic principles.</p><p>Some 2,000 Indonesians live in Thailand, according to the embassy in Bangkok.</p>",
        lambda k: it(k, "Thai army declares martial law, says it is not a coup", w, [], note="'Agencies' is no person. The ministry is only paraphrased (no quotation marks): no quote. Relevant (a neighbour's crisis and Indonesia's reaction)."))
    w = d(2014, 5, 19, 21, 0, 0, 8)
    add(11852, "australian-tourist-dies-after-drinking-tainted-arak", "Australian tourist dies after drinking tainted arak in Kuta", w, "Ketut Sudarsana, The Bali Horizon, Kuta",
        "<p>A 24-year-old Australian man died in Sanglah hospital on Sunday after drinking arak mixed with methanol at a bar in Kuta, police said.</p><p>&ldquo;We have taken samples from the bar and the supplier in Karangasem,&rdquo; Kuta Police chief Comr. I Wayan Suarsana said.</p><p>The Australian consulate in Denpasar said it was providing assistance to the family.</p>",
        lambda k: it(k, "Australian tourist dies after drinking tainted arak in Kuta", w, ["Ketut Sudarsana"], rel=False, quotes=[q("I Wayan Suarsana", "Kuta Police")],
                     note="A death at home (in Bali) of a foreign tourist: local crime and health news for an Indonesian outlet, not relevant, though the victim is Australian and his consulate helps. The rank 'Comr.' is not part of the speaker's name; the affiliation is the police force before 'chief'."))
    w = d(2014, 5, 19, 9, 0, 0, 8)
    add(11847, "whats-on-in-bali-this-week", "What's on in Bali this week: May 19-25", w, None,
        "<p><strong>Monday-Sunday:</strong> Ubud Food Festival fringe events, various venues.<br /><strong>Friday:</strong> Full-moon ceremony at Pura Tanah Lot, from 5 p.m.<br /><strong>Saturday:</strong> Charity fun run, Sanur beachfront, 6 a.m.</p>",
        lambda k: it(k, "What's on in Bali this week: May 19-25", w, [], story=False, rel=False, note="Events listing: not a story."))
    w = d(2014, 5, 18, 14, 30, 0, 8)
    add(11841, "japan-takes-ore-export-ban-to-wto-talks", "Japan presses Indonesia over ore export ban in WTO talks", w, "Ni Luh Ayu Wiradani and Reza Pahlevi Siregar, The Bali Horizon, Jakarta",
        "<p>Japan has asked for consultations with Indonesia at the World Trade Organization over the ban on unprocessed mineral ore exports that took effect in January, trade officials said.</p><p>&ldquo;We will explain our policy in Geneva, but we will not change it to suit smelters in Osaka,&rdquo; Deputy Trade Minister Iman Santoso Widjaja said on Saturday.</p>",
        lambda k: it(k, "Japan presses Indonesia over ore export ban in WTO talks", w, ["Ni Luh Ayu Wiradani", "Reza Pahlevi Siregar"], quotes=[q("Iman Santoso Widjaja", "Deputy Trade Minister")],
                     note="Two reporters 'A and B, Brand, Place'. Trade dispute between states: relevant."))
    head = (f'\t\t<title>The Bali Horizon :: World &amp; Nation</title>\n\t\t<link>{base}/</link>\n\t\t<description>Bali&#039;s English-language daily</description>\n\t\t<dc:language>en</dc:language>\n'
            f'\t\t<dc:rights>Copyright 2014 PT Bali Horizon Media</dc:rights>\n\t\t<dc:date>2014-05-21T19:30:02+08:00</dc:date>\n\t\t<admin:generatorAgent rdf:resource="http://codeigniter.com/" />\n')
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"\n    xmlns:dc="http://purl.org/dc/elements/1.1/"\n    xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n'
            '    xmlns:admin="http://webns.net/mvcb/"\n    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n    xmlns:content="http://purl.org/rss/1.0/modules/content/">\n\n\t<channel>\n\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_id_balihorizon_worldnation_codeigniter.rss.xml", text, items, lang="en", outlet="The Bali Horizon", aliases=["Bali Horizon"],
                structure="Denpasar (Bali) English-language daily on a CodeIgniter site whose feed controller follows the widely copied CodeIgniter RSS view of 2008-2014: rss 2.0 with dc, sy, admin, rdf and content namespaces one per line, channel 'Brand :: World &amp; Nation', dc:language 'en', dc:rights 'Copyright 2014 PT …', dc:date and admin:generatorAgent in the channel, tab indentation, '/news/YYYY/MM/DD/<id>/<slug>.html' links repeated as guids, CDATA HTML descriptions with HTML named entities (&ldquo; &rsquo;) inside the CDATA, CDATA dc:creator in the 'Name, The Bali Horizon, Place' form (one or two people) or 'Agencies' or absent, +0800 (WITA) dates, an events listing, May 2014",
                notes="Home country: Indonesia. The 'PT' in dc:rights is a legal form; the outlet is the brand in the channel title.")


# ---------------------------------------------------------------- Adelaide daily, RSS 0.91 (February 2009)
def torrens():
    base = "http://www.torrensadvertiser.example"
    rows, items = [], []

    def add(path, title, body, exp):
        link = f"{base}/{path}"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{link}</link>\n<description>{body}</description>\n</item>")
        items.append(exp(link))

    add("world/israel-vote-leaves-no-clear-winner/story-e6frea6u-1111118823401", "Israel vote leaves no clear winner as both leaders claim victory",
        "Israel faces weeks of coalition bargaining after Tuesday&apos;s election left the two largest parties separated by a single seat. &quot;The voters have handed the decision to the small parties,&quot; said Professor Avner Golan-Ruth, a political scientist at Tel Aviv University.",
        lambda k: it(k, "Israel vote leaves no clear winner as both leaders claim victory", None, [], quotes=[q("Avner Golan-Ruth", "Tel Aviv University")],
                     note="RSS 0.91 items carry no date: published null (none may be invented). Election abroad: relevant."))
    add("news/sa-crews-head-to-victorian-fire-front/story-e6frea83-1111118822977", "SA crews head to Victorian fire front",
        "Another 120 CFS volunteers left Adelaide yesterday for the fire grounds north of Melbourne, where the death toll from Saturday&apos;s fires has passed 170. By DAMIEN KOVAC",
        lambda k: it(k, "SA crews head to Victorian fire front", None, ["Damien Kovac"], rel=False, junk=["By DAMIEN KOVAC"],
                     note="A disaster at home (another Australian state): not relevant. The byline trails the description in capitals: ['Damien Kovac']."))
    add("business/chinalco-deal-faces-firb-scrutiny/story-e6frede3-1111118821555", "Chinalco&apos;s $19.5bn Rio deal faces FIRB scrutiny",
        "The Federal Government will put Chinalco&apos;s $19.5 billion investment in Rio Tinto through a full Foreign Investment Review Board inquiry, the Federal Treasurer has confirmed. By LUCY ABERNETHY-PHAM, Canberra",
        lambda k: it(k, "Chinalco's $19.5bn Rio deal faces FIRB scrutiny", None, ["Lucy Abernethy-Pham"], junk=["By LUCY"],
                     note="A Chinese state company's investment reviewed by the Australian government: foreign investment policy, relevant. Trailing byline 'By NAME, Place'. '&apos;' in the title (defined in XML)."))
    add("world/civilians-trapped-as-sri-lankan-army-advances/story-e6frea6u-1111118820412", "Civilians trapped as Sri Lankan army advances",
        "Aid agencies say up to 250,000 civilians are trapped in a shrinking strip of land in Sri Lanka&apos;s north as government forces close in on the last Tamil Tiger positions. AFP",
        lambda k: it(k, "Civilians trapped as Sri Lankan army advances", None, [], junk=["AFP"], note="Closing agency credit 'AFP'. Relevant."))
    add("video/bushfire-survivor-returns-home/story-e6frea8c-1111118820100", "VIDEO: Bushfire survivor returns to what is left of Kinglake",
        "Watch: a survivor walks through the ruins of his home.",
        lambda k: it(k, "Bushfire survivor returns to what is left of Kinglake", None, [], story=False, rel=False, note="Video: not a story. Title label 'VIDEO:' may be kept or dropped."))
    add("news/family-of-missing-backpacker-appeals/story-e6frea83-1111118819950", "Family of Glenelg backpacker missing in Laos appeals for help",
        "The parents of a Glenelg man missing in northern Laos since January 28 have flown to Vientiane to join the search. &quot;Someone saw him get on a boat at Pakbeng, and that is the last we know,&quot; his mother, Rosemary Caddick, said.",
        lambda k: it(k, "Family of Glenelg backpacker missing in Laos appeals for help", None, [], rel=False, quotes=[q("Rosemary Caddick")],
                     note="A local family's search abroad: consular human interest, not relevant. 'his mother' is a relation, no affiliation."))
    head = (f"<title>The Torrens Advertiser | World</title>\n<link>{base}/world/</link>\n<description>World news from The Torrens Advertiser, Adelaide</description>\n<language>en-au</language>\n"
            "<copyright>Copyright 2009 Torrens Newspapers Pty Ltd</copyright>\n<pubDate>Thu, 12 Feb 2009 06:05:00 GMT</pubDate>\n<lastBuildDate>Thu, 12 Feb 2009 06:05:00 GMT</lastBuildDate>\n"
            f"<image>\n<title>The Torrens Advertiser</title>\n<url>{base}/images/rss_logo.gif</url>\n<link>{base}/</link>\n<width>88</width>\n<height>31</height>\n</image>\n")
    text = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"\n "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91">\n<channel>\n'
            + head + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_au_sa_torrensadvertiser_world_rss091.rss.xml", text, items, lang="en", outlet="The Torrens Advertiser", aliases=["Torrens Advertiser"],
                shape="rss091", encoding="latin-1", declared="ISO-8859-1", ctype="text/xml; charset=ISO-8859-1",
                structure="Adelaide daily's world feed still served as RSS 0.91 in February 2009 from an old newspaper-group CMS: the Netscape DOCTYPE (external DTD, not fetched), ISO-8859-1 declared and used (ASCII text only), no namespaces, no indentation, channel 'Brand | World', en-au, copyright of the 'Pty Ltd', channel pubDate and lastBuildDate in GMT, an <image> of 88x31, items with ONLY title, link and description (no guid, no pubDate, no author), plain-text descriptions with '&apos;' and '&quot;', bylines trailing the text in capitals ('By NAME', 'By NAME, Canberra'), a closing 'AFP', News Ltd-style '/story-<code>-<13 digits>' links, a 'VIDEO:' item",
                notes="Home country: Australia (South Australia; the Victorian bushfires are home news). No item has a date: every published is null and none may be invented from the channel date.")


# ---------------------------------------------------------------- St. John's (Newfoundland) daily, Saxotech Online (October 2012)
def signalhill():
    base = "http://www.signalhilltelegraph.example"
    rows, items = [], []

    def add(aid, sect, title, when, author, body, exp):
        link = f"{base}/apps/pbcs.dll/article?AID=/{when:%Y%m%d}/{sect}/{aid}/-1/{sect}&amp;template=rss"
        a = f"\n<author>{esc(author)}</author>" if author else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{link}</link>\n<guid isPermaLink=\"false\">{aid}</guid>\n<description>{esc(body)}</description>{a}\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(str(aid)))

    w = d(2012, 10, 24, 16, 44, 0, -2.5)
    add(310249905, "NEWS07", "Ottawa warns of Iran threat as embassy closure questioned", w, "The Canadian Press",
        "OTTAWA - The federal government defended its decision to close the Canadian embassy in Tehran on Wednesday as opposition critics said it had left Canadians in Iran without consular help. \"We have no eyes and ears there now, and that is a choice, not an accident,\" said Colin Bellamy-Kerr, the New Democrat foreign affairs critic.",
        lambda k: it(k, "Ottawa warns of Iran threat as embassy closure questioned", w, [], quotes=[q("Colin Bellamy-Kerr", "New Democrat")],
                     note="Saxotech 'pbcs.dll' link with a '&amp;template=rss' parameter; the numeric article id as non-permalink guid. Newfoundland Daylight Time -0230. Canada's own foreign policy: relevant. Affiliation: the party the text names ('the New Democrat foreign affairs critic')."))
    w = d(2012, 10, 24, 9, 10, 0, -2.5)
    add(310249880, "NEWS01", "Get The Signal Hill Telegraph's morning headlines by e-mail", w, None,
        "Sign up for our free morning newsletter and get the day's top stories from St. John's and around the province in your inbox by 6 a.m.",
        lambda k: it(k, "Get The Signal Hill Telegraph's morning headlines by e-mail", w, [], story=False, rel=False,
                     note="Newsletter promotion filed in the news section: not a story."))
    w = d(2012, 10, 23, 18, 30, 0, -2.5)
    add(310239971, "NEWS07", "Hurricane Sandy heads for Jamaica; Atlantic Canada watches its path", w, "The Associated Press",
        "KINGSTON, Jamaica - Hurricane Sandy strengthened on Tuesday as it headed for Jamaica and eastern Cuba, and forecasters said it could reach the U.S. northeast and Atlantic Canada early next week.",
        lambda k: it(k, "Hurricane Sandy heads for Jamaica; Atlantic Canada watches its path", w, [], rel=False, note="A storm forecast abroad that has harmed no one yet: not relevant (rule D; relabelled, was relevant; borderline, it may reach the province)."))
    w = d(2012, 10, 23, 12, 0, 0, -2.5)
    add(310239902, "NEWS07", "Fishermen fear EU trade deal will open Newfoundland's shrimp to quotas", w, "By Gerard Fitzpatrick-Hynes / The Telegraph",
        "Canada's free-trade talks with the European Union are nearing an end, and Newfoundland's inshore fishermen say they still do not know whether minimum processing requirements will survive. \"If those rules go, the plants in small towns go with them,\" said Delia Earle, who chairs the fish harvesters' union committee in St. Anthony. The provincial fisheries department said the province had not signed off on anything.",
        lambda k: it(k, "Fishermen fear EU trade deal will open Newfoundland's shrimp to quotas", w, ["Gerard Fitzpatrick-Hynes"], quotes=[q("Delia Earle", "fish harvesters' union")],
                     note="Canada-EU trade negotiations (CETA) told through the province's industry: trade policy, relevant. The paraphrased minister is no quote."))
    w = d(2012, 10, 22, 15, 0, 0, -2.5)
    add(310229845, "PHOTOS", "PHOTOS: Regatta Day rescheduled races", w, None,
        "See our gallery of 24 photos from Quidi Vidi Lake.",
        lambda k: it(k, "Regatta Day rescheduled races", w, [], story=False, rel=False, note="Photo gallery: not a story. Title label 'PHOTOS:' may be kept or dropped."))
    w = d(2012, 10, 22, 8, 40, 0, -2.5)
    add(310229801, "NEWS07", "Conception Bay South man sentenced in Florida drug case", w, "By Kendra Pottle-Walsh / The Telegraph",
        "A Conception Bay South man was sentenced to eight years in a Florida prison on Monday for his role in a cocaine shipment seized at Port Everglades. His lawyer said he would ask to serve his sentence in Canada under the international transfer treaty.",
        lambda k: it(k, "Conception Bay South man sentenced in Florida drug case", w, ["Kendra Pottle-Walsh"],
                     note="A Canadian tried and jailed by a foreign state: relevant (rule C-a; relabelled, was not relevant)."))
    head = (f"<title>The Signal Hill Telegraph - World</title>\n<link>{base}/apps/pbcs.dll/section?category=NEWS07</link>\n<description>The Signal Hill Telegraph - World</description>\n"
            f"<language>en-us</language>\n<copyright>Copyright (c) 2012 The Signal Hill Telegraph</copyright>\n<lastBuildDate>{rfc822(d(2012, 10, 24, 16, 50, 0, -2.5))}</lastBuildDate>\n<generator>Saxotech Online</generator>\n")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_ca_nl_signalhilltelegraph_world_saxotech.rss.xml", text, items, lang="en", outlet="The Signal Hill Telegraph", aliases=["Signal Hill Telegraph"],
                structure="St. John's (Newfoundland) daily on Saxotech Online (DTI) as such dailies ran it in 2012: no indentation, no namespaces, channel 'Brand - World' repeated as the description, en-us, 'Copyright (c) 2012 Brand', <generator>Saxotech Online</generator>, items linking to '/apps/pbcs.dll/article?AID=/YYYYMMDD/<SECTION>/<9 digits>/-1/<SECTION>&amp;template=rss', the article id alone as non-permalink guid, escaped plain-text descriptions with straight quotes, <author> with 'By Name / The Telegraph', 'The Canadian Press', 'The Associated Press' or absent, Newfoundland Daylight Time '-0230' dates, a 'PHOTOS:' gallery, October 2012",
                notes="Home country: Canada (Newfoundland and Labrador). The half-hour offset -0230 must be kept exactly.")


# ---------------------------------------------------------------- Nashville daily behind FeedBurner (September 2013)
def harpeth():
    fb = "http://rssfeeds.harpethherald.example"
    base = "http://www.harpethherald.example"
    rows, items = [], []
    flares = ["yIl2AUoC8zA", "qj6IDK7rITs", "7Q72WNTAKBA"]

    def add(code, aid, slug, title, when, body, exp):
        orig = f"{base}/article/{when:%Y%m%d}/NEWS08/{aid}/{slug}"
        ff = "".join(f'<a href="{fb}/~ff/harpethherald/world?a={code}:{aid % 100000}:{f}"><img src="http://feeds.feedburner.com/~ff/harpethherald/world?d={f}" border="0"></img></a> ' for f in flares)
        desc = f'{body}<div class="feedflare">\n{ff.strip()}\n</div><img src="http://feeds.feedburner.com/~r/harpethherald/world/~4/{code}" height="1" width="1" alt=""/>'
        rows.append(f"<item><title>{esc(title)}</title><link>{fb}/~r/harpethherald/world/~3/{code}/{slug}</link><description>{esc(desc)}</description><pubDate>{rfc822(when, gmt=True)}</pubDate>"
                    f"<guid isPermaLink=\"false\">{orig}</guid><feedburner:origLink>{orig}</feedburner:origLink></item>")
        items.append(exp(orig))

    w = d(2013, 9, 14, 21, 35, 0)
    add("x8TqPnV0Kcs", 309140061, "US-Russia-deal-Syria-chemical-weapons", "U.S., Russia agree on plan to remove Syria's chemical weapons", w,
        "Negotiators in Geneva agreed Saturday on a framework for Syria to account for and surrender its chemical weapons by the middle of next year, averting for now a U.S. military strike. &quot;The test is not what was signed today, but what is handed over in November,&quot; said Marianne Oduya, a senior fellow at the Hollings Institute for Arms Control.",
        lambda k: it(k, "U.S., Russia agree on plan to remove Syria's chemical weapons", w, [], quotes=[q("Marianne Oduya", "Hollings Institute for Arms Control")],
                     junk=["feedflare", "feedburner"],
                     note="FeedBurner-wrapped item: link is the feedproxy '~r/…/~3/<code>/' redirect, guid and feedburner:origLink the newspaper's own URL; the description ends with the feedflare <div> of three image links and the 1x1 tracking image. Relevant."))
    w = d(2013, 9, 14, 15, 0, 0)
    add("Mb2Z0Tq-5wY", 309140044, "Fort-Campbell-soldiers-Afghanistan-return", "Fort Campbell brigade returns from final Afghanistan tour", w,
        "About 400 soldiers of the 101st Airborne Division's 4th Brigade returned to Fort Campbell on Friday night, the last of the brigade to come home from eastern Afghanistan. &quot;This one felt different, like we were closing the door behind us,&quot; said Staff Sgt. Darnell Whitfield of Clarksville.",
        lambda k: it(k, "Fort Campbell brigade returns from final Afghanistan tour", w, [], rel=False, quotes=[q("Darnell Whitfield")], junk=["feedflare"],
                     note="A war abroad told through the local base's homecoming: home news, not relevant. Rank and hometown give no affiliation."))
    w = d(2013, 9, 13, 22, 10, 0)
    add("Vr1_cQ0aZ7E", 309130088, "Live-Syria-strike-debate-Congress", "Live updates: Congress debates Syria strike resolution", w,
        "4:52 p.m.: The Senate Foreign Relations Committee vote is now expected Monday. 3:10 p.m.: Tennessee's two senators have not said how they will vote. 1:45 p.m.: Protesters gather outside the federal building on Broadway. Refresh this page for updates.",
        lambda k: it(k, "Live updates: Congress debates Syria strike resolution", w, [], story=False, rel=False, junk=["feedflare"],
                     note="Live page with time-stamped entries, newest first: not a story, whatever its subject. Title label 'Live updates:' may be kept or dropped."))
    w = d(2013, 9, 13, 14, 45, 0)
    add("2dKf0Gw1nYQ", 309130041, "Nashville-Kurdish-community-Syria-refugees", "Nashville Kurds raise money for Syrian Kurdish refugees in Iraq", w,
        "Members of Nashville's Kurdish community, the largest in the United States, have raised $60,000 for refugees who have crossed from Syria into northern Iraq since August. By Laila Barzani-Cole",
        lambda k: it(k, "Nashville Kurds raise money for Syrian Kurdish refugees in Iraq", w, ["Laila Barzani-Cole"], rel=False, junk=["By Laila Barzani-Cole", "feedflare"],
                     note="A refugee crisis abroad told through a local community's fundraising: home news, not relevant. Byline trailing the description: the person is the author."))
    w = d(2013, 9, 13, 10, 0, 0)
    add("kP0wA9xLr3U", 309130010, "VIDEO-Lampedusa-migrant-boats", "VIDEO: Migrants' boats at Lampedusa", w,
        "Video from The Associated Press.",
        lambda k: it(k, "Migrants' boats at Lampedusa", w, [], story=False, rel=False, junk=["feedflare"], note="Video: not a story. Title label 'VIDEO:' may be kept or dropped."))
    w = d(2013, 9, 12, 19, 20, 0)
    add("cH3sT9m1QeI", 309120077, "Kenya-ICC-parliament-vote", "Kenya's parliament votes to leave International Criminal Court", w,
        "Kenya's parliament voted Thursday to withdraw from the International Criminal Court, days before the country's deputy president goes on trial in The Hague. Herald wire services",
        lambda k: it(k, "Kenya's parliament votes to leave International Criminal Court", w, [], junk=["wire services", "feedflare"], note="Closing credit 'Herald wire services': no person. Relevant."))
    head = (f'<title>The Harpeth Herald - World</title><link>{base}/section/NEWS08</link><description>World news from The Harpeth Herald in Nashville</description><language>en-us</language>'
            f'<atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="self" type="application/rss+xml" href="{fb}/harpethherald/world" /><feedburner:info uri="harpethherald/world" />'
            '<atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="hub" href="http://pubsubhubbub.appspot.com/" />')
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" media="screen" href="/~d/styles/rss2full.xsl"?><?xml-stylesheet type="text/css" media="screen" href="http://rssfeeds.harpethherald.example/~d/styles/itemcontent.css"?>'
            '<rss xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" version="2.0"><channel>' + head + "".join(rows) + "</channel></rss>\n")
    return feed("en_us_tn_harpethherald_world_feedburner.rss.xml", text, items, lang="en", outlet="The Harpeth Herald", aliases=["Harpeth Herald"],
                ctype="text/xml; charset=UTF-8",
                structure="Nashville daily's world feed as the newspaper group served it through FeedBurner's MyBrand domain in 2013 (rssfeeds.<domain>/<brand>/world): the prolog, then the two xml-stylesheet processing instructions on one line, everything else on ONE line, only the feedburner namespace declared, atom10:link self and PubSubHubbub hub links with their own xmlns:atom10, feedburner:info, items with feedproxy-style '~r/<feed>/~3/<code>/<slug>' links, the newspaper's '/article/YYYYMMDD/NEWS08/<id>/<slug>' URL as non-permalink guid and feedburner:origLink, escaped plain-text descriptions followed by the feedflare <div> (three image links) and the 1x1 '~4/<code>' tracking image, GMT pubDates (newsroom -0500), no authors (a byline trailing one description), 'Herald wire services' credit, a video, September 2013",
                notes="Home country: the United States (Tennessee).")


# ---------------------------------------------------------------- gadget blog, Movable Type 4.34 Atom (September 2010)
def gizmo():
    base = "http://www.gizmoledger.example"
    rows, items = [], []

    def add(eid, path, title, pub, upd, author, cats, summary, content, exp):
        link = f"{base}/{path}"
        a = f"    <author>\n        <name>{esc(author)}</name>\n        <uri>{base}/</uri>\n    </author>\n" if author else ""
        c = "".join(f'    <category term="{esc(t)}" scheme="http://www.sixapart.com/ns/types#category" />\n' for t in cats)
        rows.append(f'<entry>\n    <title>{esc(title)}</title>\n    <link rel="alternate" type="text/html" href="{link}" />\n    <id>tag:www.gizmoledger.example,2010://1.{eid}</id>\n\n'
                    f"    <published>{pub:%Y-%m-%dT%H:%M:%SZ}</published>\n    <updated>{upd:%Y-%m-%dT%H:%M:%SZ}</updated>\n\n    <summary>{esc(summary)}</summary>\n{a}{c}"
                    f'    \n    <content type="html" xml:lang="en" xml:base="{base}/">\n        {esc(content)}\n    </content>\n</entry>')
        items.append(exp(f"tag:www.gizmoledger.example,2010://1.{eid}"))

    u = d(2010, 9, 28, 18, 2, 40)
    add(4127, "2010/09/stuxnet-worm-iran-industrial.html", "Stuxnet: the worm that went after Iran's centrifuges?", u, d(2010, 9, 28, 19, 30, 5), "Owen Pratchett", ["Security"],
        "Security researchers now think the Stuxnet worm was written to sabotage one industrial site, and most of the infections are in Iran.",
        "<p>Security researchers now think the Stuxnet worm was written to sabotage one industrial site, and most of the infections are in Iran.</p><p>\"This is the first malware I have seen that was clearly built by a state, for a state target,\" said Ingrid Hallvardsen, a researcher at the Oslo-based firm Nordvakt Security.</p><p>Iranian officials said on Sunday that 30,000 computers had been infected but denied that the Bushehr reactor was affected.</p>",
        lambda k: it(k, "Stuxnet: the worm that went after Iran's centrifuges?", u, ["Owen Pratchett"], quotes=[q("Ingrid Hallvardsen", "Nordvakt Security")],
                     note="Movable Type 4 Atom: published in UTC 'Z', updated later, a plain summary and the full HTML content with xml:base. Suspected state sabotage of another state's nuclear programme: world-affairs weight, relevant."))
    u = d(2010, 9, 27, 14, 15, 0)
    add(4121, "2010/09/galaxy-tab-hands-on.html", "Hands-on: Samsung Galaxy Tab, the 7-inch iPad rival", u, u, "Priya Lakhani-Ross", ["Tablets", "Reviews"],
        "We spent an hour with the Galaxy Tab. It fits in a jacket pocket, and that changes things.",
        "<p>We spent an hour with the Galaxy Tab. It fits in a jacket pocket, and that changes things.</p><p>The 7-inch screen is sharp, Android 2.2 runs smoothly and Flash video played without stutter.</p>",
        lambda k: it(k, "Hands-on: Samsung Galaxy Tab, the 7-inch iPad rival", u, ["Priya Lakhani-Ross"], rel=False, note="Product review: a story, not relevant. Title label 'Hands-on:' may be kept or dropped."))
    u = d(2010, 9, 24, 9, 40, 0)
    add(4114, "2010/09/china-rare-earths-japan-gadgets.html", "China's rare-earth halt to Japan could squeeze gadget makers", u, d(2010, 9, 24, 12, 0, 0), "Owen Pratchett", ["Industry"],
        "Japanese traders say Chinese customs have stopped rare-earth shipments to Japan amid the dispute over a trawler captain.",
        "<p>Japanese traders say Chinese customs have stopped rare-earth shipments to Japan amid the dispute over a trawler captain detained near disputed islands.</p><p>Rare earths go into everything from phone speakers to hybrid-car motors, and China produces about 95 percent of the world's supply.</p><p>Beijing denied any formal embargo.</p>",
        lambda k: it(k, "China's rare-earth halt to Japan could squeeze gadget makers", u, ["Owen Pratchett"], note="Trade restrictions between two states in a territorial dispute: relevant."))
    u = d(2010, 9, 22, 16, 0, 0)
    add(4109, "2010/09/giveaway-win-galaxy-tab.html", "Giveaway: Win a Galaxy Tab before it hits stores", u, u, None, ["Giveaways"],
        "Leave a comment and follow us on Twitter to enter.",
        "<p>Leave a comment and follow us on Twitter to enter. One winner, US and Canada only. Ends October 1.</p>",
        lambda k: it(k, "Giveaway: Win a Galaxy Tab before it hits stores", u, [], story=False, rel=False, note="Competition promo: not a story."))
    u = d(2010, 9, 21, 20, 30, 0)
    add(4102, "2010/09/windows-phone-7-launch-date.html", "Windows Phone 7 handsets to launch October 11, sources say", u, u, "Priya Lakhani-Ross", ["Phones"],
        "Microsoft will unveil the first Windows Phone 7 handsets at an event in New York on October 11, according to two people briefed on the plans.",
        "<p>Microsoft will unveil the first Windows Phone 7 handsets at an event in New York on October 11, according to two people briefed on the plans.</p>",
        lambda k: it(k, "Windows Phone 7 handsets to launch October 11, sources say", u, ["Priya Lakhani-Ross"], rel=False, note="Product news: not relevant."))
    u = d(2010, 9, 20, 11, 0, 0)
    add(4096, "2010/09/gizmo-ledger-podcast-112.html", "Gizmo Ledger Podcast 112: iPod nano as a watch", u, u, "Owen Pratchett", ["Podcast"],
        "This week: the new iPod nano, Ping, and whether anyone needs a 7-inch tablet. Subscribe in iTunes.",
        '<p>This week: the new iPod nano, Ping, and whether anyone needs a 7-inch tablet.</p><p><a href="http://media.gizmoledger.example/podcast/glp112.mp3">Download MP3</a> (42 min) | Subscribe in iTunes</p>',
        lambda k: it(k, "Gizmo Ledger Podcast 112: iPod nano as a watch", u, ["Owen Pratchett"], story=False, rel=False, junk=["Subscribe in iTunes"], note="Podcast episode: not a story."))
    head = (f'    <title>Gizmo Ledger</title>\n    <link rel="alternate" type="text/html" href="{base}/" />\n    <link rel="self" type="application/atom+xml" href="{base}/atom.xml" />\n'
            '    <id>tag:www.gizmoledger.example,2007-06-11://1</id>\n    <updated>2010-09-28T19:30:05Z</updated>\n    <subtitle>Phones, tablets and the things that plug into them.</subtitle>\n'
            '    <generator uri="http://www.sixapart.com/movabletype/">Movable Type Pro 4.34-en</generator>\n\n')
    text = '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n' + head + "\n".join(rows) + "\n\n</feed>\n"
    return feed("en_tech_gizmoledger_mt434.atom.xml", text, items, lang="en", outlet="Gizmo Ledger", shape="atom", topic="tech", ctype="application/atom+xml",
                structure="US gadget blog on Movable Type Pro 4.34 with MT's default Atom index (atom.xml): four-space indentation and MT's blank lines, tag: ids '<host>,2010://<blog>.<entry>', published and updated in UTC 'Z', plain-text <summary> (the excerpt), <author> with name and the blog's uri or absent, categories with the sixapart scheme, content type=html with xml:lang and xml:base, escaped HTML, a giveaway and a podcast episode, September 2010",
                notes="Tech feed: relevant means world-affairs weight (state sabotage, trade restrictions between states), not products.")


# ---------------------------------------------------------------- natural-history museum, Plone 3 RSS 1.0 (May 2011)
def ravensbourne():
    base = "http://www.ravensbournemuseum.example"
    rows, lis, items = [], [], []

    def add(slug, title, when, user, desc, exp):
        link = f"{base}/news/{slug}"
        lis.append(f'        <rdf:li rdf:resource="{link}"/>')
        rows.append(f'<item rdf:about="{link}">\n  <title>{esc(title)}</title>\n  <link>{link}</link>\n  <description>{esc(desc)}</description>\n  <dc:publisher>No publisher</dc:publisher>\n'
                    f"  <dc:creator>{user}</dc:creator>\n  <dc:rights></dc:rights>\n  <dc:date>{when.isoformat()}</dc:date>\n  <dc:type>News Item</dc:type>\n</item>")
        items.append(exp(link))

    w = d(2011, 5, 26, 14, 12, 31, 1)
    add("ancestral-remains-to-return-to-new-zealand", "Ancestral remains to return to New Zealand", w, "kfairweather",
        "The museum will return the remains of 17 Maori and Moriori ancestors to New Zealand under an agreement with the New Zealand government's repatriation programme, the trustees announced today. \"These people should never have been in a drawer in London,\" said Dr Helen Wickstead-Nash, the museum's Keeper of Human Remains.",
        lambda k: it(k, "Ancestral remains to return to New Zealand", w, [], quotes=[q("Helen Wickstead-Nash", "Keeper of Human Remains")],
                     note="Plone 3 RSS 1.0: dc:creator is a Plone user id, no byline. Repatriation under an agreement with a foreign government: relevant. 'Dr' is not part of the name."))
    w = d(2011, 5, 24, 10, 0, 0, 1)
    add("new-tree-frog-named-from-ecuador", "New tree frog named from Ecuador's cloud forest", w, "pnaidoo",
        "A tree frog collected in the Andes in 1978 and kept unrecognised in the museum's spirit collection has been described as a new species.",
        lambda k: it(k, "New tree frog named from Ecuador's cloud forest", w, [], rel=False, note="A species description: science story, not relevant."))
    w = d(2011, 5, 23, 16, 45, 0, 1)
    add("grimsvotn-ash-samples", "Museum scientists analyse Grimsvotn ash", w, "pnaidoo",
        "Ash from the Icelandic eruption collected on a car in Aberdeen has reached the museum's mineralogy lab, where scientists say the glass shards are coarser than last year's.",
        lambda k: it(k, "Museum scientists analyse Grimsvotn ash", w, [], rel=False, note="Laboratory work on an eruption abroad: science, not relevant."))
    w = d(2011, 5, 20, 9, 30, 0, 1)
    add("nagoya-protocol-specimen-loans", "What the Nagoya Protocol means for specimen loans", w, "kfairweather",
        "The UK is expected to sign the Nagoya Protocol on access to genetic resources this summer. Collections staff explain how loans of specimens between countries will change. \"Every loan will need a paper trail back to the country of origin,\" said Martin Oyelaran-Hobbs, head of collections management.",
        lambda k: it(k, "What the Nagoya Protocol means for specimen loans", w, [], quotes=[q("Martin Oyelaran-Hobbs", "head of collections management")],
                     note="An intergovernmental treaty and the UK's signature: relevant. Affiliation: the role (the feed is the museum's own)."))
    w = d(2011, 5, 18, 12, 0, 0, 1)
    add("lates-dinosaurs-after-dark", "Museum Lates: Dinosaurs After Dark, 27 May", w, "events",
        "Bar, DJ and torchlit tours of the dinosaur gallery. Free, over-18s only, 18:00-22:00.",
        lambda k: it(k, "Museum Lates: Dinosaurs After Dark, 27 May", w, [], story=False, rel=False, note="Event notice: not a story."))
    w = d(2011, 5, 16, 9, 0, 0, 1)
    add("vacancy-curator-lepidoptera", "Vacancy: Curator of Lepidoptera", w, "hr",
        "Full-time, permanent. Closing date 10 June 2011.",
        lambda k: it(k, "Vacancy: Curator of Lepidoptera", w, [], story=False, rel=False, note="Job vacancy: not a story."))
    text = ('<?xml version="1.0" encoding="utf-8" ?>\n<rdf:RDF\n  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n  xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            '  xmlns:syn="http://purl.org/rss/1.0/modules/syndication/"\n  xmlns="http://purl.org/rss/1.0/">\n\n\n\n\n'
            f'<channel rdf:about="{base}/news/aggregator/RSS">\n  <title>News</title>\n  <link>{base}/news/aggregator</link>\n'
            '  <description>\n    \n            News from the Ravensbourne Museum of Natural History\n        \n  </description>\n\n'
            '  <syn:updatePeriod>daily</syn:updatePeriod>\n  <syn:updateFrequency>1</syn:updateFrequency>\n  <syn:updateBase>2011-05-01T00:00:00Z</syn:updateBase>\n\n'
            f'  <image rdf:resource="{base}/logo.png"/>\n\n  <items>\n    <rdf:Seq>\n' + "\n".join(lis) + "\n    </rdf:Seq>\n  </items>\n\n</channel>\n\n\n" + "\n\n".join(rows) + "\n\n</rdf:RDF>\n")
    return feed("en_science_ravensbournemuseum_news_plone3.rdf", text, items, lang="en", outlet="Ravensbourne Museum of Natural History", aliases=["Ravensbourne Museum"],
                shape="rss1-rdf", topic="science", ctype="application/rss+xml",
                structure="London natural-history museum's news folder on Plone 3 (the aggregator collection's /RSS view, RSS 1.0): the rdf:RDF prolog with blank lines from the page template, channel title just 'News' (the museum only in the whitespace-padded description), syn:update*, an image resource, the rdf:Seq table of contents, items with plain-text descriptions (the Plone description field), dc:publisher 'No publisher', dc:creator with Plone user ids ('kfairweather', 'pnaidoo', 'events', 'hr'), EMPTY dc:rights, dc:date in ISO 8601 with +01:00 (BST), dc:type 'News Item', an event and a vacancy, May 2011",
                notes="Science feed of a museum: relevant means world-affairs weight (a repatriation agreement with a foreign government, an intergovernmental treaty). The outlet appears only in the channel description.")


FEEDS = [balihorizon, torrens, signalhill, harpeth, gizmo, ravensbourne]
