# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the thirty-eighth held-out set (part 1: a Boston daily on Clickability in
2012, a Vancouver daily on Wagtail/Django in 2021, a Manchester evening paper on Episerver in
2016, a Perth daily on Sanity + Next.js in 2025). All outlets, people and quotations are invented."""
from h38 import UTC, d, esc, feed, gmt, it, q, rfc822


# ---------------------------------------------------------------- Boston daily on Clickability (2012)
def baystate():
    base = "http://www.baystatecourant.example"
    rows, items = [], []

    def add(ci, sec, slug, title, when, creator, desc, exp):
        url = f"{base}/{sec}/ci_{ci}/{slug}"
        cr = f"\n\t\t\t<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}?source=rss_world</link>\n\t\t\t<description>{esc(desc)}</description>{cr}\n"
                    f"\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t\t<guid isPermaLink=\"true\">{url}</guid>\n\t\t</item>")
        items.append(exp(url))

    more = lambda url: f' <a href="{url}?source=rss_world">Click here for the full story</a>'  # noqa: E731
    w = d(2012, 11, 21, 16, 42, 0, -5)
    u = f"{base}/news/ci_22038816/israel-hamas-agree-cease-fire-brokered-by-egypt"
    add(22038816, "news", "israel-hamas-agree-cease-fire-brokered-by-egypt", "Israel, Hamas agree to cease-fire brokered by Egypt", w, "Ellen Markey and Thomas Rourke",
        '<p><img src="http://www.baystatecourant.example/portlet/article/html/imageDisplay.jsp?contentItemRelationshipId=5187422" align="left" hspace="5" width="120" />CAIRO -- Israel and Hamas agreed Wednesday to a cease-fire to end eight days of fighting that killed more than 150 people, in a deal announced at a news conference in the Egyptian capital.</p>'
        '<p>"Nobody in this city believes it will hold for long, but tonight people will sleep," said Samir al-Khatib, a pharmacist in Gaza City reached by telephone.</p>' + more(u),
        lambda k: it(k, "Israel, Hamas agree to cease-fire brokered by Egypt", w, ["Ellen Markey", "Thomas Rourke"], quotes=[q("Samir al-Khatib")],
                     junk=["Click here for the full story", "imageDisplay.jsp"],
                     note="Clickability item: one dc:creator holding two reporters joined by 'and'; the description opens with a thumbnail and an upper-case 'CAIRO --' dateline and ends with 'Click here for the full story'. The link carries '?source=rss_world'; the guid is the clean URL. -0500 (EST) in November 2012."))
    w = d(2012, 11, 20, 19, 5, 0, -5)
    u = f"{base}/news/ci_22031490/rebels-seize-goma-congo-un-peacekeepers"
    add(22031490, "news", "rebels-seize-goma-congo-un-peacekeepers", "Rebels seize Goma as U.N. peacekeepers stand aside", w, "Reuters",
        '<p>GOMA, Congo -- M23 rebels marched into Goma on Tuesday, taking control of the eastern Congolese city of a million people after government troops withdrew and U.N. peacekeepers held their fire.</p>'
        '<p>Aid agencies said tens of thousands of people had fled toward the Rwandan border.</p>' + more(u),
        lambda k: it(k, "Rebels seize Goma as U.N. peacekeepers stand aside", w, [], junk=["Click here for the full story"], note="Agency copy: dc:creator 'Reuters' is not a person."))
    w = d(2012, 11, 19, 22, 30, 0, -5)
    u = f"{base}/news/ci_22025107/analysis-obamas-asia-trip-signals-second-term-pivot"
    add(22025107, "news", "analysis-obamas-asia-trip-signals-second-term-pivot", "Analysis: Asia trip signals where a second term will look first", w, None,
        '<p>By PAUL DANVERS<br />Washington Bureau</p><p>RANGOON, Burma -- Two weeks after the election, the White House chose Southeast Asia for the president\'s first trip abroad, a choice aides say was made months ago and meant to be read in Beijing.</p>'
        '<p>"A visit to Rangoon costs little and says a great deal," said Lorraine Pecora, a former State Department official now at the Whitcombe Center for Pacific Affairs.</p>' + more(u),
        lambda k: it(k, "Analysis: Asia trip signals where a second term will look first", w, ["Paul Danvers"], quotes=[q("Lorraine Pecora", "Whitcombe Center for Pacific Affairs")],
                     junk=["By PAUL DANVERS", "Washington Bureau", "Click here for the full story"],
                     note="No dc:creator: the byline is the upper-case 'By PAUL DANVERS' line with 'Washington Bureau' under it, at the top of the description; the name is shown in normal case. US foreign policy: relevant. Title label 'Analysis:' may be kept or dropped."))
    w = d(2012, 11, 19, 15, 12, 0, -5)
    u = f"{base}/news/ci_22021876/china-unveils-new-leadership-lineup"
    add(22021876, "news", "china-unveils-new-leadership-lineup", "China's Communist Party unveils slimmer leadership lineup", w, "The Associated Press",
        '<p>BEIJING -- China\'s Communist Party introduced a new, smaller Politburo Standing Committee at the close of its congress, reducing the top body from nine members to seven.</p>' + more(u),
        lambda k: it(k, "China's Communist Party unveils slimmer leadership lineup", w, [], junk=["Click here for the full story"], note="'The Associated Press' is an agency: []."))
    w = d(2012, 11, 19, 11, 0, 0, -5)
    u = f"{base}/news/ci_22019344/senator-elect-names-transition-team"
    add(22019344, "news", "senator-elect-names-transition-team", "Senator-elect names Worcester lawyer to lead transition team", w, "Jenna Raftery",
        '<p>BOSTON -- The state\'s senator-elect on Monday named a Worcester lawyer and two former State House aides to run her transition office.</p>'
        '<p>"We will be ready on day one," said Maura Tierney-Falco, the Worcester lawyer who will lead it.</p>' + more(u),
        lambda k: it(k, "Senator-elect names Worcester lawyer to lead transition team", w, ["Jenna Raftery"], rel=False, quotes=[q("Maura Tierney-Falco")],
                     junk=["Click here for the full story"], note="Massachusetts politics carried by the news feed: a story, not relevant."))
    w = d(2012, 11, 18, 20, 0, 0, -5)
    u = f"{base}/photos/ci_22014009/photos-week-strikes-gaza-southern-israel"
    add(22014009, "photos", "photos-week-strikes-gaza-southern-israel", "Photos: A week of strikes in Gaza and southern Israel", w, "Courant Staff",
        '<p>28 photos.</p>' + more(u),
        lambda k: it(k, "Photos: A week of strikes in Gaza and southern Israel", w, [], story=False, rel=False,
                     note="Photo gallery: not a story. Title label 'Photos:' may be kept or dropped."))
    head = (f"\t\t<title>The Bay State Courant - World News</title>\n\t\t<link>{base}/news/world</link>\n\t\t<description>World news from The Bay State Courant</description>\n"
            f"\t\t<language>en-us</language>\n\t\t<copyright>Copyright 2012 The Bay State Courant</copyright>\n\t\t<lastBuildDate>{rfc822(d(2012, 11, 21, 16, 50, 0, -5))}</lastBuildDate>\n"
            "\t\t<generator>Clickability Syndication</generator>\n"
            f"\t\t<image>\n\t\t\t<url>{base}/images/rss_logo.gif</url>\n\t\t\t<title>The Bay State Courant</title>\n\t\t\t<link>{base}</link>\n\t\t</image>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n\t<channel>\n' + head + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_us_baystatecourant_world_clickability_2012.rss.xml", text, items, lang="en", outlet="The Bay State Courant", aliases=["Bay State Courant"],
                ctype="text/xml;charset=UTF-8",
                structure="Boston daily's world news feed from the Clickability platform as it looked in November 2012: tab indentation, channel 'Brand - World News', en-us, a generator line, an <image> block, '/<section>/ci_<8 digits>/<slug>' links with '?source=rss_world' and the clean URL as permalink guid, escaped HTML descriptions with a left-aligned thumbnail from imageDisplay.jsp, upper-case datelines with a double hyphen ('CAIRO --'), a 'Click here for the full story' link, dc:creator with 'A and B', an agency, 'Courant Staff' or absent (byline 'By NAME' in the description instead), a Massachusetts politics story and a photo gallery, -0500 dates")


# ---------------------------------------------------------------- Vancouver daily on Wagtail (Django syndication, one line)
def burrard():
    base = "https://www.burrardherald.example"
    rows, items = [], []

    def add(slug, title, when, creator, desc, cat, exp):
        url = f"{base}/world/{slug}/"
        cr = f'<dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">{esc(creator)}</dc:creator>' if creator else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description>{cr}<pubDate>{rfc822(when.astimezone(UTC))}</pubDate><guid>{url}</guid><category>{esc(cat)}</category></item>")
        items.append(exp(url))

    fig = lambda src, cap: f'<figure><img alt="" src="{base}/media/images/{src}.width-800.jpg"/><figcaption>{cap}</figcaption></figure>'  # noqa: E731
    w = d(2021, 10, 25, 8, 40, 0, -7)
    add("sudan-military-seizes-power-detains-prime-minister", "Sudan's military seizes power, detains prime minister", w, "Staff and wire services",
        fig("sudan_khartoum_1025", "Protesters block a road in Khartoum on Monday. (Wire photo)") +
        '<p>Sudan\'s top general dissolved the transitional government and declared a state of emergency on Monday, hours after soldiers detained the prime minister and several ministers in Khartoum.</p>'
        '<p>Global Affairs Canada advised Canadians in Sudan to shelter in place.</p>',
        "World", lambda k: it(k, "Sudan's military seizes power, detains prime minister", w, [], junk=["(Wire photo)"],
                              note="Django's Rss201rev2Feed on one line after the prolog; dc:creator declares its own namespace on the element. 'Staff and wire services' is a credit, not a person."))
    w = d(2021, 10, 24, 15, 0, 0, -7)
    add("ottawa-afghan-resettlement-pledge-falls-behind", "Ottawa's Afghan resettlement pledge falls far behind schedule", w, "Hannah Lirette, Ottawa Bureau Chief",
        '<p>Fewer than 4,000 of the 40,000 Afghans Canada promised to resettle have arrived, immigration department figures show, as advocates warn that former interpreters are running out of places to hide.</p>'
        '<p>“Every week we wait, someone who worked beside Canadian soldiers is moved to another basement,” said Farid Noorzai, who leads a Surrey-based group helping former interpreters.</p>'
        '<p>The department said processing in third countries remained the main bottleneck.</p>',
        "World", lambda k: it(k, "Ottawa's Afghan resettlement pledge falls far behind schedule", w, ["Hannah Lirette"], quotes=[q("Farid Noorzai")],
                              junk=["Ottawa Bureau Chief"], note="dc:creator 'Name, Ottawa Bureau Chief': the title is not part of the name. Canada's refugee commitment after the fall of Kabul is its foreign policy: relevant."))
    w = d(2021, 10, 23, 11, 30, 0, -7)
    add("explainer-evergrande-canadian-investors", "Explainer: Why China's Evergrande matters to Canadian investors", w, "Peter Vo and Siobhan Grady",
        '<p>The property developer owes more than $300 billion US. Here is what its troubles could mean for pension funds and for B.C.\'s exporters.</p>'
        '<p>“The direct exposure is small. The indirect one, through demand for lumber and coal, is not,” said Grace Whitlam-Koo, chief economist at Pacific Rim Securities in Vancouver.</p>',
        "Explainers", lambda k: it(k, "Explainer: Why China's Evergrande matters to Canadian investors", w, ["Peter Vo", "Siobhan Grady"], quotes=[q("Grace Whitlam-Koo", "Pacific Rim Securities")],
                                   note="Two reporters in one dc:creator joined by 'and'. China's debt crisis: relevant. Title label 'Explainer:' may be kept or dropped."))
    w = d(2021, 10, 22, 17, 15, 0, -7)
    add("opinion-cop26-canada-stop-over-promising", "Opinion: COP26 is Canada's chance to stop over-promising", w, "Dr. Rajinder Sahota-Bell",
        '<p>Canada arrives in Glasgow with a new target and an old problem: it has missed every climate target it has set.</p>'
        '<p><em>Dr. Rajinder Sahota-Bell teaches environmental policy at a university in Burnaby.</em></p>',
        "Opinion", lambda k: it(k, "Opinion: COP26 is Canada's chance to stop over-promising", w, ["Rajinder Sahota-Bell"],
                                note="Academic title 'Dr.' is not part of the name. A column on the climate summit: a story, relevant. Title label 'Opinion:' may be kept or dropped."))
    w = d(2021, 10, 22, 9, 0, 0, -7)
    add("broadway-plan-council-vote", "Council backs Broadway Plan after three nights of hearings", w, "Marc-André Tessier",
        '<p>Vancouver city council voted 8-3 to move ahead with the Broadway Plan, which would allow towers of up to 40 storeys near the new subway stations.</p>',
        "Local", lambda k: it(k, "Council backs Broadway Plan after three nights of hearings", w, ["Marc-André Tessier"], rel=False, note="City news in the world feed: a story, not relevant."))
    w = d(2021, 10, 21, 6, 0, 0, -7)
    add("podcast-the-inlet-taiwan-strait", "The Inlet podcast: What the Taiwan Strait means for the Port of Vancouver", w, None,
        '<p>Listen on your favourite podcast app. 28 minutes.</p>',
        "Podcasts", lambda k: it(k, "The Inlet podcast: What the Taiwan Strait means for the Port of Vancouver", w, [], story=False, rel=False,
                                 note="Podcast episode: not a story. Title label 'The Inlet podcast:' may be kept or dropped."))
    head = (f'<title>World | The Burrard Herald</title><link>{base}/world/</link><description>World news and analysis</description>'
            f'<atom:link href="{base}/world/feed/" rel="self"></atom:link><language>en-ca</language><lastBuildDate>{rfc822(d(2021, 10, 25, 15, 41, 0, 0))}</lastBuildDate>')
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel>' + head + "".join(rows) + "</channel></rss>")
    return feed("en_ca_burrardherald_world_wagtail.rss.xml", text, items, lang="en", outlet="The Burrard Herald", aliases=["Burrard Herald"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Vancouver daily's world section on Wagtail, feed written by Django's syndication framework (Rss201rev2Feed): the whole document on one line after the prolog, no trailing newline, atom:link self with an explicit closing tag, en-ca, '/world/<slug>/' links repeated as bare guids, dc:creator declaring its own namespace on each element ('Staff and wire services', 'Name, Ottawa Bureau Chief', 'A and B', 'Dr. Name' or absent), escaped rich-text descriptions with <figure>/<figcaption> and a '(Wire photo)' credit, a column's italic author note, a city-council story and a podcast, +0000 dates (newsroom -0700, October 2021)")


# ---------------------------------------------------------------- Manchester evening paper on Episerver (2016)
def irwell():
    base = "http://www.irwellpost.example"
    rows, items = [], []

    def add(aid, sec, slug, title, when, author, desc, img, exp):
        url = f"{base}/news/{sec}/{slug}-{aid}"
        au = f"\n      <author>{esc(author)}</author>" if author else ""
        med = f'\n      <media:content url="{base}/incoming/article{aid}.ece/ALTERNATES/s615/{img}.jpg" type="image/jpeg" medium="image" width="615" height="409" />' if img else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}?utm_source=rss&amp;utm_medium=feed&amp;utm_campaign=world</link>\n      <guid isPermaLink=\"false\">{aid}</guid>{au}\n"
                    f"      <description>{esc(desc)}</description>\n      <pubDate>{rfc822(when)}</pubDate>{med}\n    </item>")
        items.append(exp(str(aid)))

    w = d(2016, 6, 29, 18, 12, 0, 1)
    add(11534112, "world-news", "eu-leaders-meet-without-britain-first", "EU leaders meet without Britain for the first time since Leave vote", w, "Claire Hebden",
        "The 27 other leaders met in Brussels on Wednesday without the Prime Minister and said Britain could not have access to the single market without accepting free movement. \"There will be no single market à la carte,\" said Annelies Vroom, a Dutch member of the European Parliament.",
        "eu-summit-brussels", lambda k: it(k, "EU leaders meet without Britain for the first time since Leave vote", w, ["Claire Hebden"], quotes=[q("Annelies Vroom", "European Parliament")],
                                             note="Episerver feed: <author> holds a bare name (not the e-mail form RSS asks for). The EU's first summit after the referendum: Britain's foreign relations, relevant."))
    w = d(2016, 6, 29, 7, 45, 0, 1)
    add(11531870, "world-news", "istanbul-ataturk-airport-attack-dead", "Istanbul airport attack: 36 dead as suicide bombers target terminal", w, "Press Association",
        "Three attackers opened fire and blew themselves up at the international terminal of Istanbul's Ataturk airport late on Tuesday. The Foreign Office said it was urgently seeking information about any British nationals affected.",
        "ataturk-airport", lambda k: it(k, "Istanbul airport attack: 36 dead as suicide bombers target terminal", w, [], note="'Press Association' is an agency: []."))
    w = d(2016, 6, 28, 21, 30, 0, 1)
    add(11529413, "world-news", "live-eu-leaders-gather-brussels-reaction", "LIVE: Reaction as EU leaders gather in Brussels", w, None,
        "Follow the latest updates.",
        None, lambda k: it(k, "LIVE: Reaction as EU leaders gather in Brussels", w, [], story=False, rel=False,
                           note="Live page: not a story. Title label 'LIVE:' may be kept or dropped."))
    w = d(2016, 6, 27, 22, 55, 0, 1)
    add(11525602, "sport", "england-knocked-out-euro-2016-iceland", "England knocked out of Euro 2016 by Iceland in Nice", w, "Sports Desk",
        "England crashed out of the European Championship with a 2-1 defeat by Iceland, the smallest nation ever to play at the tournament.",
        "england-iceland-nice", lambda k: it(k, "England knocked out of Euro 2016 by Iceland in Nice", w, [], rel=False,
                                              note="Home sport (England's national team) carried by the world feed: a story, not relevant. 'Sports Desk' is not a person."))
    w = d(2016, 6, 27, 9, 20, 0, 1)
    add(11522391, "world-news", "spain-election-rajoy-popular-party-gains", "Spain election: Popular Party gains seats but falls short of majority again", w, "Reuters",
        "Spain's conservatives won the most seats in Sunday's repeat election but again fell short of a majority, leaving the country facing more months of coalition talks.",
        None, lambda k: it(k, "Spain election: Popular Party gains seats but falls short of majority again", w, [], note="Agency copy: []. Relevant."))
    w = d(2016, 6, 26, 16, 0, 0, 1)
    add(11519977, "world-news", "video-fans-nice-fan-zone-storm", "Video: Fans shelter as storm hits fan zone in Nice", w, None,
        "Watch the moment the heavens opened.",
        None, lambda k: it(k, "Video: Fans shelter as storm hits fan zone in Nice", w, [], story=False, rel=False,
                           note="Video: not a story. Title label 'Video:' may be kept or dropped."))
    head = (f"    <title>Irwell Evening Post - World News</title>\n    <link>{base}/news/world-news/</link>\n    <description>The latest world news from the Irwell Evening Post</description>\n"
            f"    <language>en-gb</language>\n    <pubDate>{rfc822(d(2016, 6, 29, 18, 20, 0, 1))}</pubDate>\n    <atom:link href=\"{base}/news/world-news/?service=rss\" rel=\"self\" type=\"application/rss+xml\" />")
    text = ('<?xml version="1.0" encoding="utf-8"?>\r\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">\r\n  <channel>\r\n'
            + head + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>")
    return feed("en_gb_irwellpost_world_episerver_2016.rss.xml", text, items, lang="en", outlet="Irwell Evening Post", aliases=["The Irwell Evening Post", "Irwell Post"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Manchester evening paper's world news feed on Episerver 9 (ASP.NET) in June 2016: CRLF after the prolog and the opening tags only (LF elsewhere), no trailing newline, '?service=rss' self link, channel pubDate, items with link carrying utm_source/utm_medium/utm_campaign, numeric non-permalink guids, <author> with a bare name, 'Press Association', 'Sports Desk', 'Reuters' or absent, plain-text descriptions with straight quotes, media:content from '/incoming/article<id>.ece/ALTERNATES/s615/' with width and height, a LIVE page, a video and England's Euro 2016 exit, +0100 (BST) dates")


# ---------------------------------------------------------------- Perth daily on Sanity + Next.js (node 'rss' package, 2025)
def swan():
    base = "https://www.swanexaminer.example"
    rows, items = [], []

    def add(uuid, slug, title, when, creators, cat, desc, img, exp):
        url = f"{base}/world/{slug}?utm_source=rss&utm_medium=referral"
        crs = "".join(f"\n            <dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        med = f'\n            <media:content url="https://cdn.sanity.example/images/x7ql2m/production/{img}-1600x900.jpg?w=1200&amp;auto=format" medium="image"/>' if img else ""
        rows.append(f"        <item>\n            <title><![CDATA[{title}]]></title>\n            <description><![CDATA[{desc}]]></description>\n            <link>{esc(url)}</link>\n"
                    f"            <guid isPermaLink=\"false\">{uuid}</guid>\n            <category><![CDATA[{cat}]]></category>{crs}\n            <pubDate>{gmt(when)}</pubDate>{med}\n        </item>")
        items.append(exp(uuid))

    w = d(2025, 3, 20, 19, 30, 0, 8)
    add("a3f1c9e2-5d7b-4e0a-9c61-2b8f4d0e7a15", "indonesia-parliament-passes-military-law-protests", "Indonesia's parliament passes military law as students protest outside", w, ["Lydia Karamitsos"], "Asia",
        "<p>Indonesia's parliament on Thursday approved changes that allow serving officers to hold more civilian posts, as students rallied outside the building in Jakarta.</p>"
        "<p>“The reforms of 1998 were about taking soldiers out of ministries. This puts them back,” said Ratna Wulandari, a researcher at the Jakarta Centre for Security Studies.</p>"
        "<p>Australia's Defence Department declined to comment on the law.</p>",
        "0b9e1f7c4d2a", lambda k: it(k, "Indonesia's parliament passes military law as students protest outside", w, ["Lydia Karamitsos"], quotes=[q("Ratna Wulandari", "Jakarta Centre for Security Studies")],
                                    note="node 'rss' package output: CDATA title and description, the Sanity document id as non-permalink guid, category, dc:creator per author, GMT dates (newsroom +0800 AWST). Link carries utm parameters. Relevant."))
    w = d(2025, 3, 19, 9, 15, 0, 8)
    add("6c2d8e40-91af-4b3e-8d27-f05a1c9b3e88", "gaza-truce-collapses-israeli-strikes", "Gaza truce collapses as Israeli strikes kill hundreds", w, ["Reuters", "AP"], "Middle East",
        "<p>Israeli air strikes killed more than 400 people across Gaza overnight, health officials said, ending a ceasefire that had held since January.</p>",
        "7d2a9c1e0f44", lambda k: it(k, "Gaza truce collapses as Israeli strikes kill hundreds", w, [], note="Two agency dc:creator elements: []."))
    w = d(2025, 3, 18, 14, 0, 0, 8)
    add("f4b7a2d1-3e6c-4f59-a0d8-7c1e9b25d6a3", "explainer-us-steel-tariffs-pilbara", "Explainer: What Washington's steel tariffs mean for the Pilbara", w, ["Tom Ashdown"], "Explainers",
        "<p>Australia did not win an exemption from the 25 per cent tariffs. Iron ore is not directly hit, but the trade is.</p>"
        "<p>“Our ore goes to Chinese mills, and Chinese steel is what Washington is really aiming at,” said Bronwyn Keech, head of research at the Chamber of Minerals in Perth.</p>"
        '<p><a href="https://www.swanexaminer.example/newsletters?utm_source=rss">Sign up to the Morning Brief</a></p>',
        None, lambda k: it(k, "Explainer: What Washington's steel tariffs mean for the Pilbara", w, ["Tom Ashdown"], quotes=[q("Bronwyn Keech", "Chamber of Minerals")],
                           junk=["Sign up to the Morning Brief"], note="US trade policy toward Australia: relevant. Title label 'Explainer:' may be kept or dropped."))
    w = d(2025, 3, 17, 18, 45, 0, 8)
    add("2e8c5a6b-0d4f-4a71-b3c9-6f1d8e2a4b07", "wa-labor-cabinet-sworn-in", "New WA cabinet sworn in with six first-time ministers", w, ["Jess Marriner", "Daniel Ooi"], "WA Politics",
        "<p>The re-elected Labor government's expanded cabinet was sworn in at Government House on Monday.</p>",
        "3c7f0e2b9a11", lambda k: it(k, "New WA cabinet sworn in with six first-time ministers", w, ["Jess Marriner", "Daniel Ooi"], rel=False,
                                    note="Western Australian politics in the world feed: a story, not relevant. Two dc:creator elements."))
    w = d(2025, 3, 17, 7, 0, 0, 8)
    add("9a1e4c7d-2b5f-4e80-8c36-d0f7b1a3e592", "the-week-in-pictures-march-17", "The week in pictures", w, ["Photo Desk"], "Galleries",
        "<p>Our photographers' pick of the week, from Fremantle to Khan Younis.</p>",
        "5e1b8d0c7f22", lambda k: it(k, "The week in pictures", w, [], story=False, rel=False, note="Photo gallery: not a story. 'Photo Desk' is not a person."))
    w = d(2025, 3, 16, 12, 30, 0, 8)
    add("c5d0b8e3-7f2a-4c19-9e64-1a3f6d8b2c70", "analysis-new-delhi-courts-canberra-critical-minerals", "Analysis: Why New Delhi is courting Canberra over critical minerals", w, ["Aarti Menon-Clarke"], "Analysis",
        "<p>India wants lithium and rare earths without depending on China, and Western Australia has both. The talks in Canberra this week were about more than rocks.</p>",
        None, lambda k: it(k, "Analysis: Why New Delhi is courting Canberra over critical minerals", w, ["Aarti Menon-Clarke"],
                           note="Australia–India relations: relevant. Title label 'Analysis:' may be kept or dropped."))
    head = ("        <title><![CDATA[World | The Swan Examiner]]></title>\n        <description><![CDATA[World news from Perth's daily]]></description>\n"
            f"        <link>{base}/world</link>\n        <image>\n            <url>{base}/icon-512.png</url>\n            <title>World | The Swan Examiner</title>\n            <link>{base}/world</link>\n        </image>\n"
            f"        <generator>RSS for Node</generator>\n        <lastBuildDate>{gmt(d(2025, 3, 20, 19, 40, 0, 8))}</lastBuildDate>\n        <atom:link href=\"{base}/api/rss/world\" rel=\"self\" type=\"application/rss+xml\"/>\n"
            "        <language><![CDATA[en-AU]]></language>\n        <ttl>15</ttl>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/">\n    <channel>\n'
            + head + "\n" + "\n".join(rows) + "\n    </channel>\n</rss>")
    return feed("en_au_swanexaminer_world_sanity_next.rss.xml", text, items, lang="en", outlet="The Swan Examiner", aliases=["Swan Examiner"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Perth daily's world section on Sanity (headless) with a Next.js route handler writing the feed with the node 'rss' package (dylang/node-rss): prolog and <rss> on one line, xmlns:media after version, four-space indentation, CDATA channel title, description and language ('en-AU'), 'RSS for Node' generator, ttl, items with CDATA title and description BEFORE link, links with utm parameters, Sanity document UUIDs as non-permalink guids, CDATA category, one dc:creator per contributor (people, 'Reuters' and 'AP', 'Photo Desk'), media:content from the Sanity image CDN with query parameters, a newsletter sign-up line, a WA politics story and a gallery, GMT dates (newsroom +0800), March 2025")


FEEDS = [baystate, burrard, irwell, swan]
