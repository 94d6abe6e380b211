# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Tech and science feeds (mostly not foreign policy), and broken or oddly encoded feeds:
windows-1252 bytes declared ISO-8859-1, a truncated feed with undefined HTML entities and bare
ampersands and no XML declaration, and a cookie-consent HTML page served at a feed URL."""
from lib import dt
from mk import NS_CONTENT, NS_DC, NS_MEDIA, esc, feed, it, q, rfc822, rss


# ------------------------------------------------------------------ tech site (Ars Technica-style WordPress)
def vectortechnica():
    base = "https://vectortechnica.com"
    rows = [
        (2061877, "tech-policy/2026/12/commerce-closes-cloud-loophole-ai-chip-export-rules/", "Commerce closes the “cloud loophole” in new AI chip export rules",
         "Chinese firms renting US accelerators abroad will now need a license.",
         "<p>The US Commerce Department on Wednesday extended its export controls on advanced AI accelerators to cover remote access, closing a gap that let companies in China rent high-end chips from data centers in third countries.</p><p>“If you can’t buy it, you shouldn’t be able to rent it,” said Rebecca Thornbury, a deputy under secretary at the Commerce Department, in a call with reporters. The rules take effect in 60 days.</p>",
         "Tomasz Wierzbicki", ["Tomasz Wierzbicki"], "Policy", dt(2026, 12, 2, 17, 31, 4, -5), "Getty Images", True, True,
         [q("Rebecca Thornbury", "Commerce Department")], None, []),
        (2061850, "gaming/2026/12/starfall-odyssey-review/", "Review: Starfall Odyssey is gorgeous, and about 30 hours too long",
         "A beautiful open world, padded with busywork.",
         "<p>The new space epic looks stunning on every platform we tried, but its main story is buried under fetch quests and crafting menus.</p>",
         "Priya Natarajan", ["Priya Natarajan"], "Gaming", dt(2026, 12, 2, 14, 0, 0, -5), "Priya Natarajan", True, False, None, None, []),
        (2061822, "space/2026/12/orbitline-booster-lands-third-try/", "Orbitline finally sticks the landing with its reusable booster",
         "The company's third attempt ended upright on a barge in the Atlantic.",
         "<p>After two boosters toppled into the sea this year, Orbitline's Kestrel rocket landed on a drone ship about 600 km off the Florida coast on Tuesday night.</p>",
         "Eric Vandermolen", ["Eric Vandermolen"], "Space", dt(2026, 12, 2, 9, 12, 0, -5), "Orbitline", True, False, None, None, []),
        (2061801, "tech-policy/2026/12/sanctioned-drone-maker-western-chips-central-asia/", "Sanctioned Russian drone maker is still buying Western chips, researchers find",
         "Shipping records show parts routed through resellers in Kyrgyzstan and the UAE.",
         "<p>A drone factory in Tatarstan placed under US and EU sanctions in 2024 has continued to receive Western-made microcontrollers through a network of resellers in Central Asia, according to a report published Tuesday.</p><p>“The parts cost a few dollars each, and they are everywhere,” said Hanna Lisowska, the lead author at the Open Trade Monitor in Warsaw. “Enforcement has to start with distributors.”</p>",
         "Tomasz Wierzbicki", ["Tomasz Wierzbicki"], "Policy", dt(2026, 12, 1, 16, 45, 0, -5), "Open Trade Monitor", True, True,
         [q("Hanna Lisowska", "Open Trade Monitor")], None, []),
        (2061790, "sponsored/2026/12/securing-the-hybrid-workforce/", "Sponsored: Securing the hybrid workforce in 2027",
         "Five lessons from CISOs on identity, devices and zero trust.",
         "<p>This content is sponsored by Northwall Security. Five lessons from CISOs on identity, devices and zero trust.</p>",
         "Vector Technica Creative", [], "Sponsored", dt(2026, 12, 1, 10, 0, 0, -5), "Northwall Security", False, False, None, "Sponsored post.", []),
        (2061765, "science/2026/12/why-batteries-die-in-the-cold/", "Why your phone battery dies faster in the cold",
         "It is chemistry, not a conspiracy.",
         "<p>Lithium ions move more slowly through a cold electrolyte, which raises internal resistance and makes the phone think the battery is empty.</p>",
         "Dr. Janelle Osei", ["Janelle Osei"], "Science", dt(2026, 11, 30, 8, 0, 0, -5), "Getty Images", True, False, None,
         "dc:creator carries the title 'Dr.'; ['Dr. Janelle Osei'] is also correct.", []),
        (2061740, "ai/2026/12/openscale-atlas-3-release/", "OpenScale releases Atlas-3, claims top marks on coding benchmarks",
         "The model is available through the company's API from today.",
         "<p>OpenScale said its new model outperforms rivals on several coding tests, though independent results are not yet available.</p>",
         "Benedikt Aurel", ["Benedikt Aurel"], "AI", dt(2026, 11, 29, 12, 30, 0, -5), "OpenScale", True, False, None, None, []),
    ]
    xs, items = [], []
    for pid, path, title, sub, body, creator, authors, cat, d, credit, story, rel, quotes, note, junk in rows:
        link = f"{base}/{path}"
        raw_title = title.replace("Starfall Odyssey", "<em>Starfall Odyssey</em>")  # WordPress keeps the italics
        content = body + f'<p><a href="{link}">Read full article</a></p>\n<p><a href="{link}#comments">Comments</a></p>'
        xs.append(f"""		<item>
		<title>{esc(raw_title)}</title>
		<link>{link}</link>
		<comments>{link}#comments</comments>
		<dc:creator><![CDATA[{creator}]]></dc:creator>
		<pubDate>{rfc822(d)}</pubDate>
		<category><![CDATA[{cat}]]></category>
		<guid isPermaLink="false">{base}/?p={pid}</guid>
		<description><![CDATA[{sub}]]></description>
		<content:encoded><![CDATA[{content}]]></content:encoded>
		<media:content url="https://cdn.vectortechnica.com/wp-content/uploads/2026/12/{pid}-1152x648.jpg" medium="image">
			<media:title type="html">{esc(raw_title)}</media:title>
			<media:credit>{esc(credit)}</media:credit>
		</media:content>
		</item>""")
        items.append(it(f"{base}/?p={pid}", title, d, authors, story, rel, [*junk, "Read full article", "Comments"], quotes, note, lang="en"))
    channel = f"""	<title>Vector Technica - All content</title>
	<atom:link href="https://feeds.vectortechnica.com/vectortechnica/index" rel="self" type="application/rss+xml" />
	<link>{base}</link>
	<description>Technology news, reviews and analysis for people who read the changelog.</description>
	<lastBuildDate>Wed, 02 Dec 2026 22:31:40 +0000</lastBuildDate>
	<language>en-US</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.9</generator>"""
    ns = NS_CONTENT + ' xmlns:wfw="http://wellformedweb.org/CommentAPI/"' + NS_DC + ' xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"' + NS_MEDIA
    text = rss(channel, xs, ns, decl="UTF-8")
    return feed("en_tech_vectortechnica_all.rss.xml", text, items, lang="en", outlet="Vector Technica", topic="tech",
                structure="Ars Technica-style WordPress full-content RSS (feeds.arstechnica.com/arstechnica/index): 'Outlet - All content' channel title, tab-indented, ?p= guids, CDATA dc:creator and category, subhead as <description>, content:encoded ending with 'Read full article' and 'Comments' link paragraphs, media:content with media:title and media:credit, curly quotes in titles and text, escaped <em> inside a title",
                notes="Mostly not foreign policy: only the export-control and sanctions-evasion stories are relevant. The sponsored post is not a story.")


# ------------------------------------------------------------------ science news aggregator (phys.org-style)
def discoveryledger():
    base = "https://discoveryledger.org/news"
    rows = [
        (687654321, "2026-12-ice-cores-reveal-abrupt-warming", "Ice cores reveal abrupt warming episodes during the last ice age",
         "Air bubbles trapped in Greenland ice show that temperatures rose by up to 8°C within decades at least 20 times during the last glacial period, a new study reports.",
         "Earth / Environment", dt(2026, 12, 2, 11, 24, 3, -5), True, False, None),
        (687654290, "2026-12-exoplanet-water-vapor-jwst", "Telescope detects water vapor on a temperate sub-Neptune",
         "Astronomers have found strong signs of water vapor in the atmosphere of a planet 120 light-years away that orbits within its star's habitable zone.",
         "Space / Astronomy", dt(2026, 12, 2, 10, 2, 47, -5), True, False, None),
        (687654250, "2026-12-antarctic-treaty-krill-limits", "Antarctic krill talks end without agreement on new catch limits",
         "Delegates from 27 countries and the EU failed to agree on updated krill catch limits for the Southern Ocean at a special meeting in Hobart, after China and Russia blocked a proposal backed by scientists.",
         "Earth / Environment", dt(2026, 12, 2, 8, 41, 0, -5), True, True, "International negotiation under the Antarctic treaty system: relevant."),
        (687654213, "2026-12-inca-road-network-lidar", "Lidar maps 400 km of previously unknown Inca roads",
         "Airborne laser scans of the Peruvian Andes have revealed a dense network of roads and way stations that archaeologists had missed.",
         "Other Sciences / Archaeology", dt(2026, 12, 1, 15, 15, 30, -5), True, False, None),
        (687654190, "2026-12-science-newsletter", "Get the Discovery Ledger daily newsletter",
         "Subscribe to receive the top science stories of the day in your inbox. It's free.",
         "Other", dt(2026, 12, 1, 9, 0, 0, -5), False, False, "Newsletter promo."),
        (687654155, "2026-12-songbirds-migration-light-pollution", "Songbirds delay migration in brightly lit cities, study finds",
         "Birds that winter near large cities leave for their breeding grounds up to a week later than birds in darker areas.",
         "Biology / Ecology", dt(2026, 11, 30, 14, 50, 12, -5), True, False, None),
        (687654120, "2026-12-russian-arctic-stations-sanctions", "Sanctions have cut Russia's Arctic research stations off from Western partners, survey shows",
         "Data sharing between Russian and Western Arctic monitoring stations has fallen by more than 80% since 2022, leaving large gaps in records of permafrost thaw, researchers report.",
         "Earth / Environment", dt(2026, 11, 30, 11, 5, 0, -5), True, True, "Effect of sanctions on international scientific cooperation: relevant."),
    ]
    xs, items = [], []
    for nid, slug, title, desc, cat, d, story, rel, note in rows:
        link = f"{base}/{slug}.html"
        xs.append(f"""<item>
<title>{esc(title)}</title>
<description>{esc(desc)}</description>
<link>{link}</link>
<category>{esc(cat)}</category>
<guid isPermaLink="false">news{nid}</guid>
<pubDate>{rfc822(d)}</pubDate>
<media:thumbnail url="https://scx1.discoveryledger.org/gfx/news/tmb/2026/{slug[8:30]}.jpg" width="90" height="90" />
</item>""")
        items.append(it(f"news{nid}", title, d, [], story, rel, [], None, note))
    channel = """<title>Discovery Ledger - latest science and technology news stories</title>
<link>https://discoveryledger.org/</link>
<description>Discovery Ledger internet news portal provides the latest news on science including: physics, space science, earth science, health and medicine</description>
<language>en-us</language>
<copyright>© Ledger Science Network 2026</copyright>
<atom:link href="https://discoveryledger.org/rss-feed/" rel="self" type="application/rss+xml" />"""
    text = rss(channel, xs, NS_MEDIA + ' xmlns:atom="http://www.w3.org/2005/Atom"')
    return feed("en_science_discoveryledger.rss.xml", text, items, lang="en", outlet="Discovery Ledger", topic="science",
                structure="phys.org-style science news RSS (phys.org/rss-feed/): long channel title 'Outlet - latest science and technology news stories', 'news<id>' non-permalink guids, one-sentence plain descriptions, 'Section / Subsection' categories, media:thumbnail 90x90, no authors, -0500 dates",
                notes="Science news: only the krill-treaty and Arctic-sanctions items have an international-affairs angle. The newsletter promo is not a story.")


# ------------------------------------------------------------------ cp1252 bytes declared ISO-8859-1 (South African daily)
def highveld():
    base = "https://www.highveldmercury.co.za/africa"
    c1 = ["\u0092", "\u0093", "\u0094", "\u0096", "\u0085", "\u0080"]  # what a strict ISO-8859-1 decoder shows for ’ “ ” – … €
    rows = [
        ("zimbabwe-currency-sadc-summit-20261202", "SADC leaders back Zimbabwe’s new currency plan at Gaborone summit",
         "Southern African leaders on Wednesday endorsed Zimbabwe’s plan to replace its gold-backed currency – the third change in five years – and pledged a $500m support facility. “This is a regional problem, not only Harare’s,” said SADC executive secretary Thabo Nkosi.",
         "Mokoena, Thandi", ["Thandi Mokoena"], dt(2026, 12, 2, 18, 22, 0, 2), True, True, [q("Thabo Nkosi", "SADC")],
         "<author> is inverted 'Surname, Given'; ['Mokoena, Thandi'] is also correct."),
        ("mozambique-cabo-delgado-rwanda-troops-20261202", "Rwanda to keep troops in Cabo Delgado for another year",
         "Rwanda will keep about 4,000 soldiers and police in Mozambique’s Cabo Delgado province until the end of 2027, the two governments said – a decision that follows a spike in insurgent attacks near the gas projects.",
         "African News Agency (ANA)", [], dt(2026, 12, 2, 15, 5, 0, 2), True, True, None, "Agency byline."),
        ("drc-m23-goma-talks-doha-20261202", "DRC and M23 rebels resume talks in Doha…but fighting continues",
         "Delegations from Kinshasa and the M23 rebel movement returned to Doha on Tuesday for a new round of Qatari-mediated talks, even as fighting flared north of Goma. “We are here in good faith,” a government negotiator, Aline Kabamba, told reporters.",
         "Dlamini, Bongani; Khumalo, Lerato", ["Bongani Dlamini", "Lerato Khumalo"], dt(2026, 12, 2, 11, 48, 0, 2), True, True, [q("Aline Kabamba", "government negotiator")],
         "Two inverted names separated by ';'; ['Dlamini, Bongani', 'Khumalo, Lerato'] is also correct."),
        ("springboks-tour-europe-squad-20261202", "Springboks name uncapped lock for end-of-year Test in Dublin",
         "Coach Pieter du Toit has called up 21-year-old lock Sipho Mthembu for the Test against Ireland – the only new face in a 34-man squad.",
         "Sport Staff", [], dt(2026, 12, 2, 10, 0, 0, 2), True, False, None, "Sport."),
        ("eu-south-africa-green-hydrogen-deal-20261201", "EU and South Africa sign €2.4bn green hydrogen partnership",
         "The European Union and South Africa signed a €2.4 billion partnership on Tuesday to develop green hydrogen export hubs in the Northern Cape. “It’s the largest such agreement the EU has signed in Africa,” said the EU’s ambassador, Margrethe Lund.",
         "Staff Reporter", [], dt(2026, 12, 1, 17, 30, 0, 2), True, True, [q("Margrethe Lund", "EU")], None),
        ("newsletter-africa-briefing-20261201", "Sign up for The Mercury’s Africa Briefing",
         "Get the day’s most important stories from across the continent in your inbox every weekday morning – it’s free.",
         "The Highveld Mercury", [], dt(2026, 12, 1, 8, 0, 0, 2), False, False, None, "Newsletter promo."),
    ]
    xs, items = [], []
    for slug, title, desc, author, authors, d, story, rel, quotes, note in rows:
        link = f"{base}/{slug}"
        xs.append(f"""<item>
<title>{esc(title)}</title>
<link>{link}</link>
<guid isPermaLink="true">{link}</guid>
<description>{esc(desc)}</description>
<author>{esc(author)}</author>
<pubDate>{rfc822(d)}</pubDate>
</item>""")
        items.append(it(link, title, d, authors, story, rel, c1, quotes, note))
    channel = """<title>The Highveld Mercury | Africa</title>
<link>https://www.highveldmercury.co.za/africa</link>
<description>News from across the African continent</description>
<language>en-za</language>
<copyright>© 2026 Highveld Mercury Newspapers (Pty) Ltd</copyright>"""
    text = rss(channel, xs, decl="ISO-8859-1")
    return feed("en_za_highveldmercury_africa_cp1252_as_latin1.rss.xml", text, items, lang="en", outlet="The Highveld Mercury",
                encoding="cp1252", declared="iso-8859-1", ctype="text/xml; charset=ISO-8859-1", aliases=["Highveld Mercury"],
                acceptable=("decoded", "refused"),
                structure="South African daily section RSS from an older .NET CMS: 'Outlet | Section' channel title, plain escaped descriptions, <author> with inverted names ('Surname, Given', two joined by ';') / 'African News Agency (ANA)' / 'Staff Reporter' / 'Sport Staff', +0200 dates, '(Pty) Ltd' copyright; TRAP: the bytes are windows-1252 (curly quotes 0x92-0x94, en dash 0x96, ellipsis 0x85, euro 0x80) while prolog and HTTP header declare ISO-8859-1",
                notes="Decoding as windows-1252 (what browsers do for the ISO-8859-1 label) gives clean text; honouring ISO-8859-1 literally yields C1 control characters (the junk lists hold them). A one-line refusal is acceptable. The newsletter promo is not a story; the rugby item is not relevant.")


# ------------------------------------------------------------------ truncated, undeclared, entity-broken feed (UK broadsheet)
def wessex():
    base = "https://www.wessexchronicle.co.uk/news/world"
    rows = [
        ("ukraine-peace-talks-geneva-b2876541.html", "Ukraine peace talks: what we know so far &ndash; and what could derail them",
         "Ukraine peace talks: what we know so far – and what could derail them",
         "<p>Negotiators from Kyiv and Moscow met face to face in Geneva for the first time in 18 months.&nbsp;Here&rsquo;s what is on the table.</p>",
         "Tom Ashworth, Diplomatic Editor", ["Tom Ashworth"], dt(2026, 12, 2, 17, 40, 0), True, True, None,
         "Undefined HTML entities (&ndash; &rsquo; &nbsp;) in XML.", ["&nbsp;", "&rsquo;", "Diplomatic Editor"]),
        ("q-and-a-syria-sanctions-lifted-b2876500.html", "Q&A: Why Britain is lifting sanctions on Syria now",
         "Q&A: Why Britain is lifting sanctions on Syria now",
         "<p>The Foreign Office says the move will help reconstruction. Critics say it is too early. &ldquo;We are judging the new government by its actions,&rdquo; said Foreign Office minister Catherine Ellery.</p>",
         "Eleanor Whitcombe", ["Eleanor Whitcombe"], dt(2026, 12, 2, 15, 12, 0), True, True, [q("Catherine Ellery", "Foreign Office")],
         "Bare '&' in the title ('Q&A') is not well-formed XML.", ["&ldquo;", "&rdquo;"]),
        ("m-s-christmas-advert-b2876477.html", "M&S Christmas advert features first royal cameo",
         "M&S Christmas advert features first royal cameo",
         "<p>The retailer&rsquo;s &pound;12m campaign will air on Saturday.</p>",
         "Press Association", [], dt(2026, 12, 2, 12, 0, 0), True, False, None, "Domestic business: not relevant.", ["&pound;"]),
        ("turkey-greece-aegean-talks-b2876450.html", "Turkey and Greece agree to reopen talks on Aegean airspace",
         "Turkey and Greece agree to reopen talks on Aegean airspace",
         "<p>Athens and Ankara will resume exploratory talks in January, the two foreign ministries said, after a year in which fighter jets shadowed each other almost daily.</p>",
         "Press Association", [], dt(2026, 12, 2, 10, 25, 0), True, True, None, None, []),
        ("in-pictures-world-week-b2876401.html", "The week in pictures: 28 November &ndash; 4 December",
         "The week in pictures: 28 November – 4 December",
         "<p>A selection of the best news photographs from around the world.</p>",
         "Wessex Chronicle Picture Desk", [], dt(2026, 12, 2, 9, 0, 0), False, False, None, "Gallery.", []),
        ("iran-protests-tehran-b2876377.html", "Iran protests spread to Tehran bazaar as rial hits record low",
         "Iran protests spread to Tehran bazaar as rial hits record low",
         "<p>Shopkeepers in Tehran&rsquo;s Grand Bazaar closed their shutters on Tuesday.</p>",
         "Reuters", [], dt(2026, 12, 1, 21, 3, 0), True, True, None, None, ["&rsquo;"]),
    ]
    xs, items = [], []
    for slug, raw_title, title, desc, creator, authors, d, story, rel, quotes, note, junk in rows:
        link = f"{base}/{slug}"
        xs.append(f"""<item>
<title>{raw_title}</title>
<link>{link}</link>
<description>{desc}</description>
<dc:creator>{creator}</dc:creator>
<pubDate>{rfc822(d, gmt=True)}</pubDate>
<guid isPermaLink="true">{link}</guid>
</item>""")
        items.append(it(link, title, d, authors, story, rel, junk, quotes, note))
    # the download stops inside the seventh item
    cut_link = f"{base}/nato-summit-ankara-spending-b2876350.html"
    xs.append(f"""<item>
<title>NATO allies split over spending target ahead of Ankara summit</title>
<link>{cut_link}</link>
<description>&lt;p&gt;Diplomats say at least four allies will not sign up to the new target unless the deadline is pushed back to 2""")
    items.append(it(cut_link, "NATO allies split over spending target ahead of Ankara summit", None, [], True, True, [], None,
                    "The file ends inside this item (truncated download): title, link and a cut description; no date or author."))
    channel = """<title>World | The Wessex Chronicle</title>
<link>https://www.wessexchronicle.co.uk/news/world</link>
<description>The latest world news from The Wessex Chronicle</description>
<language>en-gb</language>
<copyright>Wessex Chronicle Digital News & Media Ltd</copyright>"""
    text = f'<rss version="2.0"{NS_DC}>\n<channel>\n{channel}\n' + "\n".join(xs)
    return feed("en_gb_wessexchronicle_world_truncated.rss.xml", text, items, lang="en", outlet="The Wessex Chronicle",
                ctype="text/xml", declared=None, aliases=["Wessex Chronicle"],
                structure="UK broadsheet section RSS (Independent-style) as it arrives from a broken server: no XML declaration and a Content-Type without charset (bytes are UTF-8), HTML entities that XML does not define (&nbsp; &rsquo; &ndash; &pound; &ldquo;) raw in titles and descriptions, bare '&' in titles and the copyright ('Q&A', 'M&S', 'News & Media'), 'Name, Job title' dc:creator, GMT dates; TRAP: the file is cut off inside the seventh item (no closing tags)",
                notes="Not well-formed XML: a lenient parser recovers all seven items (the last with title and link only). Expected titles are the entity-decoded text. The gallery is not a story; the advert story is not relevant.")


# ------------------------------------------------------------------ a cookie-consent page served at a feed URL
def consent_wall():
    text = """<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Il Corriere Lagunare - Informativa sui cookie</title>
<link rel="stylesheet" href="/privacy/consent/v3/consent.css">
<script src="/privacy/consent/v3/cmp.min.js" defer></script>
</head>
<body class="cmp-wall">
<div id="cmp-container" role="dialog" aria-labelledby="cmp-title">
  <h1 id="cmp-title">Il rispetto della tua privacy è la nostra priorità</h1>
  <p>Noi e i nostri 842 partner utilizziamo cookie o tecnologie simili per archiviare e accedere a informazioni personali come la tua visita su questo sito. Puoi accettare o rifiutare tutte o alcune di queste operazioni.</p>
  <p>Per continuare a leggere senza pubblicità e senza cookie di profilazione puoi <a href="/abbonamenti/pur">abbonarti</a> a 0,99 euro al mese.</p>
  <div class="cmp-buttons">
    <button id="cmp-accept">Accetta e continua</button>
    <button id="cmp-reject">Abbonati</button>
  </div>
  <p class="cmp-small">Il Corriere Lagunare S.r.l. - Sede legale: Fondamenta Nuove 12, 30121 Venezia - P.IVA 04567890123</p>
</div>
</body>
</html>
"""
    return feed("it_corrierelagunare_esteri_consent_wall.rss.xml", text, [], lang="it", outlet="Il Corriere Lagunare",
                shape="html", ctype="text/html; charset=utf-8", acceptable=("refused",),
                structure="What an EU news site returns to a feed reader without a consent cookie: HTTP 200 with an HTML cookie-consent / 'pay or accept' page at the RSS URL (…/rss/esteri.xml) instead of the feed",
                notes="Not a feed: the only correct outcome is a one-line refusal. Posting anything from it (the page title, the consent text) is wrong.")


FEEDS = [vectortechnica, discoveryledger, highveld, wessex, consent_wall]
