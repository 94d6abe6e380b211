# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the fifty-eighth held-out set (part 1: a Denver daily on a Naviga-style CMS,
a Calgary daily on WordPress VIP, a Derry daily on Brightspot, a Christchurch news site on Ghost).
All outlets, people and quotations are invented."""
from h58 import cd, d, esc, feed, gmt, it, q, rfc822, wpt


# ---------------------------------------------------------------- Denver daily, Naviga-style section feed (2025)
def frontrange():
    base = "https://www.frontrangeledger.example"
    rows, items = [], []

    def add(aid, sec, title, when, creator, desc, img, exp):
        link = f"{base}/news/{when:%Y%m%d}/{sec}/{aid}"
        cr = f"\n      <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        media = ""
        if img:
            media = (f'\n      <media:content url="{base}/storyimage/FR/{when:%Y%m%d}/{sec.upper()}/{aid}/AR/0/AR-{aid}.jpg" medium="image" type="image/jpeg">'
                     f"\n        <media:description type=\"plain\">{esc(img[0])}</media:description>\n        <media:credit>{esc(img[1])}</media:credit>\n      </media:content>")
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{link}</link>\n      <guid isPermaLink=\"true\">{link}</guid>{cr}\n"
                    f"      <description>{esc(desc)}</description>\n      <pubDate>{rfc822(when)}</pubDate>\n      <category>{sec.upper()}</category>{media}\n    </item>")
        items.append(exp(link))

    w = d(2025, 9, 3, 16, 48, 0, -6)
    add(250909712, "world", "U.S., Mexico sign stopgap deal on Colorado River water deliveries", w, "By Graham Pettibone | gpettibone@frontrangeledger.example",
        "<p>The United States and Mexico signed a stopgap agreement Wednesday that lets Mexico make up a shortfall in Rio Grande water deliveries over three years, easing a dispute that had spilled into tariff threats.</p><p>The deal also extends cuts to Mexico's share of Colorado River water that mirror those taken by Colorado, Arizona and the other basin states.</p><p>\"Nobody got everything, but the farmers on both sides of the line now know what they will get next spring,\" said Ruth Ann Delacroix, a commissioner of the International Boundary and Water Commission.</p><p>Colorado's negotiators had pressed for the cuts to be tied to reservoir levels at Lake Powell.</p>",
        ("Water flows through a canal near Mexicali, Mexico, on Aug. 14. (Photo by Lucía Ferrán/Special to the Ledger)", "Lucía Ferrán"),
        lambda k: it(k, "U.S., Mexico sign stopgap deal on Colorado River water deliveries", w, ["Graham Pettibone"], quotes=[q("Ruth Ann Delacroix", "International Boundary and Water Commission")],
                     junk=["gpettibone@frontrangeledger.example", "Photo by Lucía Ferrán", "Water flows through a canal near Mexicali"],
                     note="dc:creator is 'By Name | e-mail' as the CMS's byline field holds it: the person only. A treaty between the US and Mexico: relevant. The role 'a commissioner of the International Boundary and Water Commission' gives that body."))
    w = d(2025, 9, 3, 11, 20, 0, -6)
    add(250909655, "local", "DIA's $1.3 billion concourse expansion slips another year", w, "By Maribel Oyelaran-Kenney",
        "<p>The Concourse B east expansion at Denver International Airport will not open until 2028, a year later than promised, airport officials told City Council on Tuesday.</p><p>\"We are not going to open gates that we cannot staff with TSA lanes,\" said Devon Stallworth, the airport's chief operating officer.</p>",
        None,
        lambda k: it(k, "DIA's $1.3 billion concourse expansion slips another year", w, ["Maribel Oyelaran-Kenney"], rel=False, quotes=[q("Devon Stallworth", "Denver International Airport")],
                     note="City news in the same section feed: a story, not relevant. 'the airport's chief operating officer': a role over the body the text names earlier, so the affiliation is that body (set convention; root README, stop 41)."))
    w = d(2025, 9, 2, 19, 5, 0, -6)
    add(250909601, "world", "Lakewood aid worker held in Venezuela for 40 days, family says", w, "By Graham Pettibone and Tess Okonjo-Marsh",
        "<p>A Lakewood woman who went to Venezuela to deliver medical supplies for a church charity has been held without charge in Caracas for 40 days, her family said Tuesday.</p><p>The State Department said it was aware of reports of the detention of a U.S. citizen but declined to comment further, citing privacy.</p><p>\"She went to hand out insulin. We just want someone from our government to see her,\" her brother, Caleb Whitcombe, said at a news conference outside the family's church.</p><p>The U.S. has no embassy operating in Caracas; consular matters are handled through a protecting power.</p>",
        ("Caleb Whitcombe speaks to reporters outside Bear Creek Community Church in Lakewood on Tuesday. (Andy Castellanos/The Front Range Ledger)", "Andy Castellanos"),
        lambda k: it(k, "Lakewood aid worker held in Venezuela for 40 days, family says", w, ["Graham Pettibone", "Tess Okonjo-Marsh"], quotes=[q("Caleb Whitcombe")],
                     junk=["Andy Castellanos/The Front Range Ledger", "speaks to reporters outside Bear Creek Community Church"],
                     note="A consular case of a US citizen detained abroad, with the State Department's response: relevant (told through a local family, but the event is the detention by a foreign state). The brother speaks for himself: no affiliation."))
    w = d(2025, 9, 2, 15, 0, 0, -6)
    add(250909588, "photos", "PHOTOS: Scenes from the Taste of Colorado festival", w, None,
        "<p>Thousands packed Civic Center Park over Labor Day weekend for the 42nd Taste of Colorado.</p>",
        ("Festivalgoers line up at a food truck on Sunday. (Hyoung Chang-Whitfield/The Front Range Ledger)", "Hyoung Chang-Whitfield"),
        lambda k: it(k, "Scenes from the Taste of Colorado festival", w, [], story=False, rel=False, junk=["Hyoung Chang-Whitfield/The Front Range Ledger"],
                     note="Photo gallery: not a story. Title label 'PHOTOS:' may be kept or dropped."))
    w = d(2025, 9, 2, 9, 40, 0, -6)
    add(250909550, "world", "Sudan's warring sides agree to talks in Jeddah as famine spreads", w, "By Amira Haddad-Lowe and Peter Nkemelu, The Associated Wire",
        "<p>JEDDAH, Saudi Arabia (AW) — Sudan's army and the paramilitary Rapid Support Forces agreed Tuesday to send delegations to a new round of talks in Jeddah, Saudi and U.S. mediators said, as U.N. agencies warned that famine had spread to two more regions of Darfur.</p><p>\"Without a pause in the fighting, the food simply cannot move,\" said Mireille Toussaint, a spokeswoman for the World Food Programme.</p><p>Previous rounds collapsed within days.</p>",
        None,
        lambda k: it(k, "Sudan's warring sides agree to talks in Jeddah as famine spreads", w, ["Amira Haddad-Lowe", "Peter Nkemelu"], quotes=[q("Mireille Toussaint", "World Food Programme")],
                     junk=["(AW)"], note="Wire story: dc:creator holds two people and the wire ('By A and B, The Associated Wire'): the two people. Relevant."))
    w = d(2025, 9, 1, 6, 0, 0, -6)
    add(250909501, "newsletters", "Get The Ledger's World Briefing in your inbox every weekday", w, "Front Range Ledger Staff",
        "<p>Sign up for our free World Briefing newsletter. <a href=\"https://www.frontrangeledger.example/newsletters\">Subscribe now</a>.</p>",
        None,
        lambda k: it(k, "Get The Ledger's World Briefing in your inbox every weekday", w, [], story=False, rel=False, note="Newsletter sign-up promotion: not a story. 'Front Range Ledger Staff' is no person."))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">\n  <channel>\n'
            f"    <title>The Front Range Ledger - World</title>\n    <link>{base}/section/WORLD</link>\n    <description>World news from The Front Range Ledger, Denver, Colorado</description>\n"
            f"    <language>en-us</language>\n    <copyright>Copyright (c) 2025 The Front Range Ledger. All rights reserved.</copyright>\n    <ttl>15</ttl>\n"
            f"    <lastBuildDate>{rfc822(d(2025, 9, 3, 16, 55, 0, -6))}</lastBuildDate>\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_us_frontrangeledger_world_naviga.rss.xml", text, items, lang="en", outlet="The Front Range Ledger", aliases=["Front Range Ledger"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Denver daily's WORLD section feed from a Naviga (ex-Saxotech)-style CMS (September 2025): '/news/<yyyymmdd>/<section>/<id>' permalinks used as guids, channel 'Brand - World', copyright line, ttl 15, dc:creator as the byline field holds it ('By Name | e-mail', 'By A and B', 'By A and B, The Associated Wire', 'Brand Staff', or none), escaped <p> descriptions, uppercase section categories, media:content with plain media:description captions ending '(Photo by …)' / '(Name/Brand)' and media:credit, -0600 dates")


# ---------------------------------------------------------------- Calgary daily, WordPress VIP (2026)
def chinook():
    base = "https://chinookherald.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, cats, desc, body, img, exp):
        link = f"{base}/news/world/{slug}"
        media = ""
        if img:
            media = (f'\n\t\t<media:content url="{base}/wp-content/uploads/2026/{when:%m}/{slug[:20]}.jpg?w=1200" medium="image">\n\t\t\t<media:title type="html">{esc(img[0])}</media:title>'
                     f"\n\t\t\t<media:credit>{esc(img[1])}</media:credit>\n\t\t</media:content>")
        rows.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{link}</link>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{gmt(when)}</pubDate>\n"
                    + "".join(f"\t\t\t\t<category><![CDATA[{c}]]></category>\n" for c in cats)
                    + f"\n\t\t<guid isPermaLink=\"false\">https://chinookherald.example/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{desc}]]></description>\n"
                    f"\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n\t\t\t\t\t\t\t\t\t{media}\n\t</item>")
        items.append(exp(f"https://chinookherald.example/?p={pid}"))

    ad = '<div class="ad-slot" data-ad="inline_1"></div>'
    w = d(2026, 3, 18, 15, 12, 0, -6)
    add(6671204, "canada-us-trade-talks-steel-tariffs-alberta-energy", "Canada, U.S. resume trade talks as steel tariffs bite in Alberta", w, "Noura Bélanger-Oduya", ["News", "World", "Canada"],
        "Ottawa and Washington resumed talks on Wednesday on steel and aluminum tariffs, with Alberta pressing for energy to be kept off the table",
        '<p>Canadian and American trade negotiators resumed talks in Washington on Wednesday on the steel and aluminum tariffs that have been in place for a year, with Alberta pressing Ottawa to keep energy exports off the table.</p>' + ad +
        '<p>“We are not trading away market access for oil to get a better deal on steel,” International Trade Minister Harpreet Sandhu-Lavoie told reporters before boarding a flight to Washington.</p>'
        '<p>Alberta&#8217;s energy minister, Colleen Rasmussen, said the province had been assured it would be consulted on any change.</p>'
        '<p><em>— With files from The Canadian Wire</em></p>',
        ("Steel coils at a plant in Camrose, Alta. Photo by Darren Makowecki /Postmark Media", "Darren Makowecki"),
        lambda k: it(k, "Canada, U.S. resume trade talks as steel tariffs bite in Alberta", w, ["Noura Bélanger-Oduya"], quotes=[q("Harpreet Sandhu-Lavoie", "International Trade Minister")],
                     junk=["With files from The Canadian Wire", "Darren Makowecki", "Steel coils at a plant in Camrose"],
                     note="Canada's trade talks with the US: relevant. The 'With files from …' tagline is no author."))
    w = d(2026, 3, 18, 10, 30, 0, -6)
    add(6671150, "calgary-flames-arena-cost-overrun", "Event centre costs climb $90 million, city report shows", w, "Jordan Kwasniewski", ["News", "Local News", "Calgary"],
        "A report to council shows the new event centre is $90 million over its budget",
        '<p>The new event centre in Victoria Park is $90 million over budget, according to a report to council on Tuesday.</p>' + ad +
        '<p>“Calgarians were promised a fixed price and they deserve to know who is paying the difference,” said Ellie Vandenberg, the councillor for Ward 8.</p>',
        None,
        lambda k: it(k, "Event centre costs climb $90 million, city report shows", w, ["Jordan Kwasniewski"], rel=False, quotes=[q("Ellie Vandenberg", "councillor for Ward 8")],
                     note="City news syndicated into the world feed by a shared tag: a story, not relevant. The role after the name is the affiliation."))
    w = d(2026, 3, 17, 22, 45, 0, -6)
    add(6671098, "canadians-evacuated-cyclone-vanuatu", "Ottawa charters flight for Canadians stranded after cyclone in Vanuatu", w, "The Canadian Wire", ["News", "World"],
        "Global Affairs Canada says about 60 Canadians have asked for help leaving Port Vila",
        '<p>OTTAWA — Global Affairs Canada says it has chartered a flight to bring about 60 Canadians out of Vanuatu after a cyclone closed the main airport at Port Vila for four days.</p>'
        '<p>Department spokeswoman Anika Desrosiers says the flight will leave for Brisbane on Thursday and Canadians can register through the department&#8217;s emergency line.</p>'
        '<p><em>This report by The Canadian Wire was first published March 17, 2026.</em></p>',
        None,
        lambda k: it(k, "Ottawa charters flight for Canadians stranded after cyclone in Vanuatu", w, [], junk=["This report by The Canadian Wire was first published"],
                     note="Wire copy credited to the agency in dc:creator: []. Disaster abroad and consular evacuation: relevant. The spokeswoman is reported without quotation marks: no quote."))
    w = d(2026, 3, 17, 16, 0, 0, -6)
    add(6671042, "opinion-nato-arctic-spending", "Opinion: Canada’s Arctic promises need an Arctic budget", w, "Marcus Thiessen-Albright, Special to the Chinook Herald", ["Opinion", "Columnists", "World"],
        "Ottawa keeps announcing Arctic capabilities it has not paid for",
        '<p>Ottawa keeps announcing Arctic capabilities it has not paid for. At the NATO summit, the promises grew again.</p>'
        '<p>Marcus Thiessen-Albright is a senior fellow at the Bow River Institute for Defence Policy.</p>',
        None,
        lambda k: it(k, "Canada’s Arctic promises need an Arctic budget", w, ["Marcus Thiessen-Albright"], junk=["is a senior fellow at the Bow River Institute"],
                     note="Title label 'Opinion:' may be kept or dropped. Opinion is a story; Canada's defence commitments to NATO: relevant. dc:creator adds ', Special to the Chinook Herald' after the name: the person only. The contributor's note closing the body is junk."))
    w = d(2026, 3, 17, 12, 10, 0, -6)
    add(6671001, "watch-world-figure-skating-montreal", "WATCH: Highlights from the world figure skating championships in Montreal", w, "Chinook Herald Video", ["Video", "Sports"],
        "Watch the best moments from Tuesday&#8217;s short programs",
        '<p>Watch the best moments from Tuesday&#8217;s short programs.</p><figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper">https://video.chinookherald.example/v/8819021</div></figure>',
        None,
        lambda k: it(k, "Highlights from the world figure skating championships in Montreal", w, [], story=False, rel=False,
                     note="Video: not a story. Title label 'WATCH:' may be kept or dropped."))
    w = d(2026, 3, 16, 18, 25, 0, -6)
    add(6670950, "india-canada-high-commissioners-return", "India and Canada restore full diplomatic staff after two-year rift", w, "Noura Bélanger-Oduya and Vikram Dhillon-Ross", ["News", "World", "Politics"],
        "Both countries will return their high commissions to full strength",
        '<p>India and Canada will return their high commissions to full strength by June, the two governments said Monday, ending a two-year diplomatic rift.</p>'
        '<p>“The resumption of normal consular service matters more to families in Calgary and Surrey than anything said at a podium,” said Priya Venkataraman, director of the Prairie Centre for Asia-Pacific Studies at Mount Royal College.</p>',
        ("Flags outside the High Commission of India in Ottawa. Photo by Errol McGihon-Baird /Postmark Media", "Errol McGihon-Baird"),
        lambda k: it(k, "India and Canada restore full diplomatic staff after two-year rift", w, ["Noura Bélanger-Oduya", "Vikram Dhillon-Ross"],
                     quotes=[q("Priya Venkataraman", "Prairie Centre for Asia-Pacific Studies")], junk=["Errol McGihon-Baird", "Flags outside the High Commission of India in Ottawa"],
                     note="'A and B' in one dc:creator. Canada's foreign relations: relevant. Affiliation: the centre the role names ('Mount Royal College' also acceptable)."))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n'
            '\txmlns:media="http://search.yahoo.com/mrss/"\n\t>\n\n<channel>\n'
            f'\t<title>World | Chinook Herald</title>\n\t<atom:link href="{base}/category/news/world/feed" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n\t<description>News, sports, opinion and entertainment from Calgary</description>\n'
            f'\t<lastBuildDate>{gmt(d(2026, 3, 18, 15, 20, 0, -6))}</lastBuildDate>\n\t<language>en-CA</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n'
            '\t<generator>https://wordpress.com/</generator>\n'
            f'<image>\n\t<url>{base}/wp-content/uploads/2026/01/favicon-ch.png?w=32</url>\n\t<title>World | Chinook Herald</title>\n\t<link>{base}</link>\n\t<width>32</width>\n\t<height>32</height>\n</image> \n')
    text = text + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("en_ca_chinookherald_world_wpvip.rss.xml", text, items, lang="en", outlet="Chinook Herald", aliases=["The Chinook Herald"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Calgary daily's world category feed on WordPress VIP (March 2026): feed-rss2 template with media namespace, channel 'World | Brand', generator https://wordpress.com/, site-icon <image>, pretty-permalink links with '?p=' guids, CDATA dc:creator with a person, 'A and B', 'Name, Special to …', the wire or a video brand, several CDATA categories, one-sentence deks as descriptions, content:encoded with inline ad-slot divs, curly quotes as characters, 'With files from …' and 'This report … was first published …' taglines, media:content with media:title captions ending 'Photo by Name /Agency' and media:credit, GMT dates")


# ---------------------------------------------------------------- Derry daily, Brightspot (2025)
def foyle():
    base = "https://www.foylesentinel.example"
    rows, items = [], []

    def add(slug, title, when, authors, desc, exp, upd=None):
        link = f"{base}/news/world/{slug}"
        cr = "".join(f"\n<dc:creator>{esc(a)}</dc:creator>" for a in authors)
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{link}</link>\n<description>{esc(desc)}</description>\n<guid isPermaLink=\"false\">{slug.rsplit('-', 1)[1]}</guid>"
                    f"\n<pubDate>{gmt(when)}</pubDate>{cr}\n<dc:date>{(upd or when).astimezone(d(2025, 1, 1, 0, 0).tzinfo).strftime('%Y-%m-%dT%H:%M:%SZ')}</dc:date>\n</item>")
        items.append(exp(slug.rsplit('-', 1)[1]))

    w = d(2025, 11, 20, 13, 42, 0, 0)
    add("windsor-framework-vote-stormont-eu-goods-5098123", "Stormont to vote on Windsor Framework trade rules for first time", w, ["Ciarán McLaughlin"],
        "<p>Assembly members will vote next month on whether EU single-market rules on goods should continue to apply in Northern Ireland, the first such consent vote under the Windsor Framework.</p><p>“This vote is about whether a lorry from Derry can still drive into Donegal without a form,” said Dr Orla Brankin, a lecturer in EU trade law at Ulster College Magee.</p>",
        lambda k: it(k, "Stormont to vote on Windsor Framework trade rules for first time", w, ["Ciarán McLaughlin"], quotes=[q("Orla Brankin", "Ulster College Magee")],
                     note="The UK–EU arrangement for Northern Ireland trade: relevant (the UK's relations with the EU), though voted on at Stormont. Affiliation: the college the role names."))
    w = d(2025, 11, 20, 9, 5, 0, 0)
    add("derry-city-fc-brandywell-stand-funding-5098088", "Brandywell south stand gets £4m funding boost", w, ["Seán Doherty-Kane"],
        "<p>The long-awaited south stand at the Brandywell will go ahead after Derry City and Strabane District Council approved £4m towards the build.</p><p>“It has been talked about since I was a boy,” said club chairman Declan Harkin.</p>",
        lambda k: it(k, "Brandywell south stand gets £4m funding boost", w, ["Seán Doherty-Kane"], rel=False, quotes=[q("Declan Harkin", "club chairman")],
                     note="Local sport and council funding: not relevant. The role 'club chairman' is the affiliation ('Derry City' is also acceptable)."))
    w = d(2025, 11, 19, 17, 30, 0, 0)
    add("inishowen-woman-detained-dubai-consular-5098040", "Family of Inishowen woman held in Dubai appeal to both governments", w, ["Ciarán McLaughlin", "Aoife Gallagher"],
        "<p>The family of a Buncrana woman who has been detained in Dubai for three weeks over a social-media post have appealed to the Irish and British governments for help; she holds both passports.</p><p>The Foreign, Commonwealth and Development Office said it was “supporting a British woman detained in the UAE and in contact with the local authorities”.</p><p>“She wrote two sentences about a landlord,” said her sister, Bríd Doherty. “Two sentences.”</p>",
        lambda k: it(k, "Family of Inishowen woman held in Dubai appeal to both governments", w, ["Ciarán McLaughlin", "Aoife Gallagher"], quotes=[q("Bríd Doherty")],
                     note="Two dc:creator elements. Consular case of a dual national detained in the UAE, with the FCDO's statement: relevant. The FCDO statement has no named speaker: no quote for it. The sister's quote runs across a 'said …' clause into a second sentence."))
    w = d(2025, 11, 19, 12, 0, 0, 0)
    add("in-pictures-derry-halloween-2025-5098001", "In pictures: Derry Halloween 2025 carnival parade", w, [],
        "<p>Tens of thousands lined the streets for the carnival parade on Friday night.</p>",
        lambda k: it(k, "Derry Halloween 2025 carnival parade", w, [], story=False, rel=False,
                     note="Photo gallery: not a story. Title label 'In pictures:' may be kept or dropped."))
    w = d(2025, 11, 18, 20, 15, 0, 0)
    add("ukraine-energy-grid-winter-donors-london-5097962", "UK pledges £150m for Ukraine’s winter energy repairs", w, ["Press Association"],
        "<p>The UK will give a further £150m to repair Ukraine’s power grid before winter, the Foreign Secretary announced at a donors’ meeting in London.</p><p>Ukrainian energy minister Oleksandr Hrytsenko-Boyko said: “Every transformer you help us replace is a hospital that stays warm.”</p>",
        lambda k: it(k, "UK pledges £150m for Ukraine’s winter energy repairs", w, [], quotes=[q("Oleksandr Hrytsenko-Boyko", "energy minister")],
                     note="Agency credit in dc:creator: []. The UK's aid to Ukraine: relevant. The Foreign Secretary is not named; the quoted Ukrainian minister's role comes before the name ('Ukrainian energy minister'; 'Ukraine' or 'Ukrainian energy ministry' acceptable)."))
    w = d(2025, 11, 18, 8, 0, 0, 0)
    add("sentinel-sport-podcast-episode-88-5097920", "The Sentinel Sport Podcast: Episode 88", w, ["Foyle Sentinel Sport"],
        "<p>This week the team look back on the Ulster club championship weekend. Listen on all podcast platforms.</p>",
        lambda k: it(k, "The Sentinel Sport Podcast: Episode 88", w, [], story=False, rel=False, note="Podcast episode: not a story. The creator is a desk."))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0"><channel>\n'
            f"<title>World News | Foyle Sentinel</title>\n<link>{base}/news/world</link>\n<description>The latest world news from the Foyle Sentinel</description>\n<language>en-gb</language>\n"
            f"<copyright>© 2025 Foyle Sentinel Media Ltd. All rights reserved.</copyright>\n<lastBuildDate>{gmt(d(2025, 11, 20, 13, 50, 0, 0))}</lastBuildDate>\n"
            + "\n".join(rows) + "\n</channel></rss>")
    return feed("en_gb_nir_foylesentinel_world_brightspot.rss.xml", text, items, lang="en", outlet="Foyle Sentinel", aliases=["The Foyle Sentinel"],
                ctype="application/rss+xml;charset=UTF-8",
                structure="Derry daily's world-news RSS from a Brightspot-style section endpoint (November 2025): compact layout with no indentation, dc namespace only, channel 'World News | Brand', copyright line of the media company, numeric content-id guids (not permalinks) at the end of the slugs, escaped <p> descriptions with curly quotes as characters, zero, one or two dc:creator elements holding people, an agency or a desk, dc:date in Z beside the GMT pubDate, no trailing newline")


# ---------------------------------------------------------------- Christchurch news site, Ghost (2025)
def avon():
    base = "https://avonpost.example"
    rows, items = [], []

    def add(gid, slug, title, when, authors, tags, desc, body, img, exp):
        link = f"{base}/{slug}/"
        cr = "".join(f"<dc:creator><![CDATA[{a}]]></dc:creator>" for a in authors)
        mc = f'<media:content url="{base}/content/images/2025/{when:%m}/{slug[:18]}.jpg" medium="image"/>' if img else ""
        fig = (f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="{base}/content/images/2025/{when:%m}/{slug[:18]}.jpg" class="kg-image" alt="" loading="lazy" width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">{img}</span></figcaption></figure>' if img else "")
        rows.append(f"<item><title><![CDATA[{title}]]></title><description><![CDATA[{desc}]]></description><link>{link}</link><guid isPermaLink=\"false\">{gid}</guid>"
                    + "".join(f"<category><![CDATA[{t}]]></category>" for t in tags)
                    + f"{cr}<pubDate>{gmt(when)}</pubDate>{mc}<content:encoded><![CDATA[{fig}{body}]]></content:encoded></item>")
        items.append(exp(gid))

    w = d(2025, 7, 9, 14, 20, 0, 12)
    add("686dc1a2f1e0b8001d4c7a10", "nz-pacific-islands-forum-fiji-police-support", "NZ to fund Fiji police training as Pacific security bids compete", w, ["Mereana Tautahi"], ["World", "Pacific"],
        "Wellington will pay for a three-year police training programme in Fiji.",
        "<p>New Zealand will fund a three-year police training programme in Fiji, the Foreign Minister's office said on Wednesday, amid competing offers of security help in the Pacific.</p><p>\"Pacific policing should be led by the Pacific, and we will back that with money rather than uniforms,\" said Tevita Naulivou, Fiji's Minister for Policing, after meeting New Zealand officials in Suva.</p><p>The announcement comes a month before leaders meet for the Pacific Islands Forum.</p>",
        "Police recruits at the Nasova academy in Suva. Photo: Supplied / Fiji Police Force",
        lambda k: it(k, "NZ to fund Fiji police training as Pacific security bids compete", w, ["Mereana Tautahi"], quotes=[q("Tevita Naulivou", "Minister for Policing")],
                     junk=["Photo: Supplied / Fiji Police Force", "Police recruits at the Nasova academy in Suva"],
                     note="Ghost's figure card with figcaption opens content:encoded: the caption is junk. New Zealand's Pacific policy: relevant."))
    w = d(2025, 7, 9, 9, 0, 0, 12)
    add("686d8b10f1e0b8001d4c79f2", "riccarton-road-bus-lanes-consultation", "Riccarton Rd bus lanes back out for consultation", w, ["Hamish Broadbent"], ["Local"],
        "The city council wants to hear again about Riccarton Rd's bus lanes.",
        "<p>Christchurch City Council will reopen consultation on the Riccarton Rd bus lanes after a petition signed by 4000 people.</p><p>\"We got this wrong the first time,\" councillor Tanya Ruatapu said.</p>",
        None,
        lambda k: it(k, "Riccarton Rd bus lanes back out for consultation", w, ["Hamish Broadbent"], rel=False, quotes=[q("Tanya Ruatapu", "councillor")],
                     note="City news: not relevant. Quote before the speaker, role given without a body ('councillor'; 'Christchurch City Council' also acceptable)."))
    w = d(2025, 7, 8, 18, 45, 0, 12)
    add("686cd30df1e0b8001d4c79c8", "kiwi-sailors-detained-new-caledonia", "Two Canterbury yachties fined and released in New Caledonia", w, ["Mereana Tautahi", "Oliver Petrović-Hall"], ["World", "Pacific"],
        "Two men who sailed into Noumea without clearing customs have been fined and freed.",
        "<p>Two Canterbury men detained in New Caledonia after sailing into Noumea without clearing customs have been fined and released, the Ministry of Foreign Affairs and Trade said.</p><p>MFAT said consular staff in Noumea had provided assistance.</p><p>One of the men, Graeme Ashworth, said by phone from Noumea that the pair had \"made a navigation mistake, not a smuggling run\".</p>",
        None,
        lambda k: it(k, "Two Canterbury yachties fined and released in New Caledonia", w, ["Mereana Tautahi", "Oliver Petrović-Hall"], quotes=[q("Graeme Ashworth")],
                     note="Two dc:creator elements. A consular case abroad with MFAT's help: relevant. The quotation is a fragment after reported speech; the speaker has no affiliation."))
    w = d(2025, 7, 8, 12, 0, 0, 12)
    add("686c7a55f1e0b8001d4c79a1", "the-sunday-read-newsletter-signup", "The Sunday Read: our best long-form, every weekend", w, ["Avon Post"], ["Newsletter"],
        "Sign up for free to get The Sunday Read.",
        '<div class="kg-card kg-signup-card"><h2 class="kg-signup-card-heading">The Sunday Read</h2><p>Our best long-form, every weekend. Free.</p><form data-members-form=""><input data-members-email="" type="email" placeholder="Your email"><button>Subscribe</button></form></div>',
        None,
        lambda k: it(k, "The Sunday Read: our best long-form, every weekend", w, [], story=False, rel=False, note="Newsletter sign-up card: not a story. The creator is the brand."))
    w = d(2025, 7, 7, 16, 30, 0, 12)
    add("686b6e80f1e0b8001d4c7980", "antarctic-heritage-trust-scott-hut-conservation", "Scott's hut conservation team heads south from Christchurch", w, ["Hamish Broadbent"], ["Local", "Science"],
        "A four-person team will spend the winter conserving artefacts.",
        "<p>A four-person conservation team left Christchurch on Monday for Cape Evans, where they will spend the winter conserving artefacts in Robert Falcon Scott's 1911 hut.</p><p>\"Every tin of cocoa in there is a document,\" said lead conservator Ngaire Whitlock of the Antarctic Heritage Trust.</p>",
        "The team at the Antarctic Centre before departure. Photo: Avon Post",
        lambda k: it(k, "Scott's hut conservation team heads south from Christchurch", w, ["Hamish Broadbent"], rel=False, quotes=[q("Ngaire Whitlock", "Antarctic Heritage Trust")], junk=["Photo: Avon Post", "The team at the Antarctic Centre before departure"],
                     note="A heritage and city-pride story with no diplomacy: not relevant. Role before the name, body after ('of the Antarctic Heritage Trust')."))
    w = d(2025, 7, 7, 8, 10, 0, 12)
    add("686aff1ef1e0b8001d4c7951", "analysis-nz-china-trade-dairy-tariffs", "Analysis: What Beijing's dairy safeguard means for Canterbury farms", w, ["Li Wen-Jacobsen"], ["World", "Business", "Analysis"],
        "China's safeguard tariff on milk powder will bite hard in Canterbury.",
        "<p>China's decision to trigger a safeguard tariff on whole milk powder under the free trade agreement will bite hard in Canterbury, where a third of the country's dairy herd now grazes.</p><p>Trade officials in Wellington say they will raise the safeguard at the next joint commission.</p>",
        None,
        lambda k: it(k, "What Beijing's dairy safeguard means for Canterbury farms", w, ["Li Wen-Jacobsen"],
                     note="Title label 'Analysis:' may be kept or dropped. Trade dispute with China under the FTA: relevant."))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
            f"<title><![CDATA[Avon Post]]></title><description><![CDATA[Independent news for Ōtautahi Christchurch and the world]]></description><link>{base}/</link>"
            f"<image><url>{base}/favicon.png</url><title>Avon Post</title><link>{base}/</link></image><generator>Ghost 5.120</generator>"
            f"<lastBuildDate>{d(2025, 7, 9, 2, 31, 0, 0).strftime('%a, %d %b %Y %H:%M:%S GMT')}</lastBuildDate><atom:link href=\"{base}/rss/\" rel=\"self\" type=\"application/rss+xml\"/><ttl>60</ttl>"
            + "".join(rows) + "</channel></rss>")
    return feed("en_nz_avonpost_rss_ghost5.rss.xml", text, items, lang="en", outlet="Avon Post", aliases=["The Avon Post"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Christchurch news site's whole-site feed on Ghost 5 (July 2025): everything on one line, CDATA channel title and description, generator 'Ghost 5.120', ttl 60, 24-hex post-id guids, CDATA tag categories, one or two CDATA dc:creator elements (a person or the brand), media:content image, content:encoded opening with a kg-image-card figure whose figcaption holds 'Photo: …' credits, a members sign-up card as its own post, GMT dates (newsroom +1200)")


FEEDS = [frontrange, chinook, foyle, avon]
