# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the thirty-first held-out set (part 2: an Accra daily on WordPress 5.7 with
the tagDiv theme, a New Zealand site on Silverstripe 4, a Manila daily on WordPress VIP, an
Islamabad daily's custom PHP feed, a Nairobi tech site built with Next.js and the `feed` npm
package, and a Cape Town science magazine's Movable Type RSS 1.0). All outlets, people and
quotations are invented."""
from h31 import cd, d, esc, feed, gmt, it, ordered, q, rfc822, utc0, wpt


# ---------------------------------------------------------------- Accra daily on WordPress 5.7 (tagDiv Newspaper theme)
def ridge():
    rows, items = [], []
    base = "https://www.ridgechronicle.example"

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{slug}/"
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<comments>{url}#respond</comments>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n"
                    f"\t\t<pubDate>{utc0(when)}</pubDate>{cts}\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n"
                    f"\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
                    f"\t\t\t\t\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t\t<slash:comments>0</slash:comments>\n\t\t\n\t\t\n\t\t\t\t\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    wa = '<p><strong>Click <a href="https://chat.whatsapp.example/Gx7Ridge">here</a> to join the Ridge Chronicle WhatsApp channel for the latest news.</strong></p>'
    w = d(2021, 5, 26, 18, 22, 0, 0)
    add(412985, "ecowas-envoy-heads-to-bamako-as-malis-leaders-detained", "ECOWAS envoy heads to Bamako as Mali’s transitional leaders are detained", w, "Kwabena Asante-Mensah", ["Africa", "World News"],
        "<p>The regional bloc&#8217;s mediator is expected in Bamako on Tuesday after soldiers detained Mali&#8217;s interim president and prime minister, in the country&#8217;s second [&#8230;]</p>",
        '<p>The Economic Community of West African States (ECOWAS) has dispatched its mediator to Bamako after soldiers detained Mali&#8217;s interim president and prime minister, in the country&#8217;s second military takeover in nine months.</p>'
        '<p>In a statement issued from its Abuja headquarters, the bloc demanded the &#8220;immediate and unconditional release&#8221; of the two leaders and warned of sanctions.</p>'
        '<p>Dr Efua Owusu-Sarpong, a senior research fellow at a peacekeeping training centre in Teshie, said the region was running out of tools. &#8220;ECOWAS suspended Mali last year, lifted the suspension, and here we are again. The threat of sanctions has lost its bite,&#8221; she told the <em>Chronicle</em>.</p>'
        '<p>Ghana currently holds the rotating chairmanship of the bloc. An extraordinary summit is expected in Accra within days.</p>'
        '<p><em>Source: ridgechronicle.example</em></p>' + wa,
        lambda k: it(k, "ECOWAS envoy heads to Bamako as Mali's transitional leaders are detained", w, ["Kwabena Asante-Mensah"], quotes=[q("Efua Owusu-Sarpong")],
                     junk=["Source: ridgechronicle", "WhatsApp channel", "Click here"],
                     note="tagDiv-theme WordPress item: hand-written excerpt in description, 'Source:' line and a bold WhatsApp-channel call to action at the end of the content; +0000 dates (Ghana is on GMT, so the zone gives no hint). A coup in the region: relevant."))
    w = d(2021, 5, 26, 10, 5, 0, 0)
    add(412931, "ecg-releases-new-load-shedding-timetable-for-accra-tema", "ECG releases new load-shedding timetable for Accra, Tema", w, "Adjoa Frimpong", ["General News", "World News"],
        "<p>The Electricity Company says the outages will last for two weeks while a gas pipeline is repaired.</p>",
        '<p>The Electricity Company of Ghana (ECG) has released a new load-shedding timetable for parts of Accra and Tema, saying the outages will last about two weeks while a damaged gas pipeline is repaired.</p>'
        '<p>Residents of Madina, Adenta and Tema Community 25 will be without power for up to 12 hours every other day.</p>'
        '<p>&#8220;We apologise to our customers and are working around the clock,&#8221; said ECG&#8217;s general manager for communications, Elikem Dzidzornu.</p>' + wa,
        lambda k: it(k, "ECG releases new load-shedding timetable for Accra, Tema", w, ["Adjoa Frimpong"], rel=False, quotes=[q("Elikem Dzidzornu", "ECG")], junk=["WhatsApp channel"],
                     note="Home utility news tagged World News too: a story, not relevant."))
    w = d(2021, 5, 25, 15, 40, 0, 0)
    add(412877, "cocoa-producers-threaten-to-skip-chocolate-makers-programmes", "Ghana, Côte d’Ivoire threaten to suspend chocolate makers’ sustainability schemes", w, "Ridge Chronicle", ["Business", "World News"],
        "<p>The two countries, which grow two-thirds of the world&#8217;s cocoa, accuse buyers of dodging a premium agreed in 2019.</p>",
        '<p>Ghana and C&ocirc;te d&#8217;Ivoire have threatened to suspend the sustainability programmes that chocolate makers run in their cocoa-growing areas, accusing some buyers of dodging a US$400-a-tonne premium agreed in 2019.</p>'
        '<p>In a joint statement issued in Abidjan, the two regulators said the premium, meant to lift farmers&#8217; incomes, was being undermined by lower &#8220;origin differentials&#8221;.</p>'
        '<p>&#8220;You cannot pay with one hand and take back with the other,&#8221; Yaw Boateng-Darko, a spokesman for COCOBOD, said in Accra.</p>'
        '<p>The two countries produce about 65 per cent of the world&#8217;s cocoa.</p>' + wa,
        lambda k: it(k, "Ghana, Côte d'Ivoire threaten to suspend chocolate makers' sustainability schemes", w, [], quotes=[q("Yaw Boateng-Darko", "COCOBOD")], junk=["WhatsApp channel"],
                     note="The brand as dc:creator is not a person. '&ocirc;' (an HTML named entity, fine inside CDATA HTML) must come out as 'ô'. A joint diplomatic move with a neighbour against foreign buyers: relevant."))
    w = d(2021, 5, 24, 20, 15, 0, 0)
    add(412820, "togo-burkina-faso-tighten-border-checks-after-attacks", "Togo, Burkina Faso tighten border checks after attacks near northern frontier", w, "Kwabena Asante-Mensah", ["Africa", "World News"],
        "<p>Security sources in Bawku say Ghana&#8217;s neighbours have closed several unofficial crossings.</p>",
        '<p>Togo and Burkina Faso have tightened checks along their shared border after a series of attacks by armed groups, security sources in Bawku said on Monday.</p>'
        '<p>Traders who move onions and livestock across the three countries said several unofficial crossings had been closed by soldiers.</p>'
        '<p>&#8220;We now spend two days at a crossing that used to take two hours,&#8221; said Alhassan Seidu, a livestock trader in Pusiga.</p>'
        '<p>Analysts have warned for two years that violence in the Sahel could spread south towards the coastal states of the Gulf of Guinea.</p>' + wa,
        lambda k: it(k, "Togo, Burkina Faso tighten border checks after attacks near northern frontier", w, ["Kwabena Asante-Mensah"], quotes=[q("Alhassan Seidu")], junk=["WhatsApp channel"],
                     note="Regional security: relevant."))
    w = d(2021, 5, 24, 9, 0, 0, 0)
    add(412771, "newspaper-headlines-monday-may-24-2021", "Newspaper headlines: Monday, May 24, 2021", w, "Ridge Chronicle", ["Newspaper Headlines", "World News"],
        "<p>Here are the front pages of today&#8217;s newspapers.</p>",
        '<figure class="wp-block-gallery"><img src="https://www.ridgechronicle.example/wp-content/uploads/2021/05/fp1.jpg" alt=""/><img src="https://www.ridgechronicle.example/wp-content/uploads/2021/05/fp2.jpg" alt=""/></figure>' + wa,
        lambda k: it(k, "Newspaper headlines: Monday, May 24, 2021", w, [], story=False, rel=False,
                     note="Daily front-page round-up (images only): not a story."))
    w = d(2021, 5, 23, 12, 30, 0, 0)
    add(412730, "press-release-pan-african-bank-launches-diaspora-account", "PRESS RELEASE: Pan-African bank launches diaspora savings account", w, "Press Release", ["Press Release", "World News"],
        "<p>Ghanaians abroad can now open a cedi or dollar account online.</p>",
        '<p>Ghanaians living abroad can now open GH&#8373; or US dollar savings accounts entirely online, the bank announced. For more information, visit any of our branches.</p>'
        '<p><em>DISCLAIMER: The views expressed in this press release are not those of Ridge Chronicle.</em></p>',
        lambda k: it(k, "PRESS RELEASE: Pan-African bank launches diaspora savings account", w, [], story=False, rel=False,
                     note="Press release / advertorial with a disclaimer: not a story."))
    rows, items = ordered(rows, items)
    head = (f'\t<title>World News &#8211; Ridge Chronicle</title>\n\t<atom:link href="{base}/category/world-news/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f"\t<description>Truth in every edition</description>\n\t<lastBuildDate>{utc0(d(2021, 5, 26, 18, 25, 40, 0))}</lastBuildDate>\n\t<language>en-US</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=5.7.2</generator>\n\n"
            f"<image>\n\t<url>{base}/wp-content/uploads/2020/03/cropped-rc-favicon-32x32.png</url>\n\t<title>World News &#8211; Ridge Chronicle</title>\n\t<link>{base}</link>\n\t<width>32</width>\n\t<height>32</height>\n</image> \n")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_gh_ridgechronicle_world_wp57.rss.xml", text, items, lang="en", outlet="Ridge Chronicle", aliases=["The Ridge Chronicle"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Accra daily's 'World News' category on WordPress 5.7.2 with the tagDiv Newspaper theme and no SEO footer: channel 'World News &#8211; Brand', WordPress site-icon <image> (32x32) after the generator, language en-US, the tab-heavy whitespace of WordPress 5.x feed templates, '/<slug>/' links, '?p=<id>' guids, +0000 pubDates (Ghana is on GMT), CDATA dc:creator with a reporter, the brand or 'Press Release', two CDATA categories ('World News' on everything), hand-written excerpts (one cut with ' [&#8230;]'), content:encoded with '&ocirc;' and '&#8373;' (GH₵) entities, a 'Source: <domain>' line and a bold 'Click here to join … WhatsApp channel' call to action, a daily newspaper-headlines round-up and a press release with a DISCLAIMER, May 2021")


# ---------------------------------------------------------------- New Zealand news site on Silverstripe 4 (RSSFeed class, default template)
def kowhai():
    rows, items = [], []
    base = "https://www.kowhaipress.example"

    def add(slug, title, when, author, desc, exp):
        url = f"{base}/world/{slug}"
        au = f"\n\t\t\t<dc:creator>{esc(author)}</dc:creator>" if author else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<description>{esc(desc)}</description>\n\t\t\t<pubDate>{rfc822(when)}</pubDate>{au}\n\t\t\t<guid>{url}</guid>\n\t\t</item>")
        items.append(exp(url))

    w = d(2022, 3, 25, 16, 5, 0, 13)
    add("solomon-islands-china-security-deal-draft-leaked", "Leaked draft shows Solomon Islands-China security pact would allow ship visits", w, "Tavita Leota, Pacific Correspondent",
        '<p>A draft security agreement between Solomon Islands and China, posted online on Thursday, would allow Chinese navy ships to stop in Honiara for "logistical replenishment" and let Beijing send police at Honiara\'s request.</p>'
        '<p>The Minister of Foreign Affairs said New Zealand had raised its concerns directly with the Solomon Islands government. "Any arrangement that brings a foreign navy into the heart of the Pacific is a matter for the whole region, not for one capital," a spokesperson for the ministry said in Wellington.</p>'
        '<p>Honiara has confirmed that a deal is being negotiated but says it would not host a foreign military base. The country switched diplomatic recognition from Taiwan to Beijing in 2019.</p>'
        '<p>Dr Mele Tupou-Havili, a Pacific security researcher at a Wellington university, said the text was "broad enough to mean almost anything". "The detail that matters is who decides when a ship can come in," she said.</p>'
        '<p><em>Tavita Leota is the Pacific correspondent for K&#333;whai Press. This story is part of a series supported by a public-interest journalism grant.</em></p>',
        lambda k: it(k, "Leaked draft shows Solomon Islands-China security pact would allow ship visits", w, ["Tavita Leota"], quotes=[q("Mele Tupou-Havili")],
                     junk=["Pacific Correspondent", "public-interest journalism grant", "is the Pacific correspondent"],
                     note="Silverstripe RSSFeed default template: <?xml version=\"1.0\"?> with no encoding, escaped description with the whole story, dc:creator 'Name, Pacific Correspondent'. The funding note names the outlet with a numeric reference (K&#333;whai); the macron must survive. Anonymous ministry spokesperson quoted too."))
    w = d(2022, 3, 24, 11, 30, 0, 13)
    add("russia-sanctions-second-round-oligarchs-banks", "Second round of Russia sanctions targets 100 individuals and central bank", w, "Hannah Pirika",
        '<p>The Government has named a second round of sanctions under the new Russia Sanctions Act, adding about 100 individuals and the Russian central bank to a list that until this month New Zealand had no legal power to draw up.</p>'
        '<p>The sanctions freeze any assets in New Zealand and ban the listed people from travelling here. Superyachts and aircraft of listed people may not enter New Zealand waters or airspace.</p>'
        '<p>International law expert Professor Andrew Whitcombe-Rau said the law was "a genuine change in how we do foreign policy", because New Zealand had previously only been able to impose sanctions backed by the UN Security Council.</p>'
        '<p>Read more: <a href="https://www.kowhaipress.example/world/explainer-what-the-russia-sanctions-act-does">Explainer: What the Russia Sanctions Act does</a></p>',
        lambda k: it(k, "Second round of Russia sanctions targets 100 individuals and central bank", w, ["Hannah Pirika"], quotes=[q("Andrew Whitcombe-Rau")],
                     junk=["Read more:", "Explainer: What the Russia Sanctions Act does"],
                     note="New Zealand's own sanctions (foreign policy), never naming the country in the feed except 'New Zealand waters': relevant. 'Read more:' link at the end."))
    w = d(2022, 3, 23, 19, 45, 0, 13)
    add("parliament-occupation-inquiry-terms-of-reference", "Inquiry into Parliament grounds occupation to report by August", w, "Hannah Pirika",
        '<p>The Independent Police Conduct Authority will report by August on how police handled the three-week occupation of Parliament grounds, the authority said on Wednesday.</p>'
        '<p>More than 40 officers were injured when the camp was cleared on March 2.</p>',
        lambda k: it(k, "Inquiry into Parliament grounds occupation to report by August", w, ["Hannah Pirika"], rel=False,
                     note="Home politics that the section lists: a story, not relevant."))
    w = d(2022, 3, 23, 8, 0, 0, 13)
    add("tonga-covid-lockdown-extended-after-volcano-aid", "Tonga extends Covid-19 lockdown as cases spread beyond Tongatapu", w, "Pacific Newsroom Partnership",
        '<p>Tonga has extended its Covid-19 lockdown for another week after cases were detected in Vava\'u, two months after the eruption of the Hunga Tonga-Hunga Ha\'apai volcano.</p>'
        '<p>The outbreak began in February, shortly after aid flights from Australia and New Zealand arrived. Contactless deliveries were meant to keep the virus out.</p>'
        '<p>The Health Minister said 80 per cent of adults were fully vaccinated.</p>',
        lambda k: it(k, "Tonga extends Covid-19 lockdown as cases spread beyond Tongatapu", w, [],
                     note="Pacific neighbour: relevant. dc:creator is a partner newsroom's brand, not a person."))
    w = d(2022, 3, 22, 20, 30, 0, 13)
    add("live-white-ferns-v-india-hamilton-world-cup", "Live: White Ferns v India, Cricket World Cup, Hamilton", w, "Sam Te Awa",
        '<p><strong>8.30pm</strong> That is the match. The White Ferns win by 62 runs.</p><p><strong>8.12pm</strong> WICKET! India are nine down.</p><p>Refresh for updates.</p>',
        lambda k: it(k, "Live: White Ferns v India, Cricket World Cup, Hamilton", w, [], story=False, rel=False,
                     note="Live ball-by-ball page: not a story. Title label 'Live:' may be kept or dropped."))
    w = d(2022, 3, 22, 6, 0, 0, 13)
    add("podcast-the-long-read-pacific-week-march-22", "Podcast: The Pacific Week – Fiji reopens, Samoa's court ruling and a leaked draft", w, "",
        '<p>Listen to this week\'s episode. <audio controls src="https://media.kowhaipress.example/podcasts/pacific-week-220322.mp3"></audio></p><p>Subscribe on Apple Podcasts, Spotify or wherever you get your podcasts.</p>',
        lambda k: it(k, "Podcast: The Pacific Week – Fiji reopens, Samoa's court ruling and a leaked draft", w, [], story=False, rel=False,
                     note="Podcast episode: not a story. Title label 'Podcast:' may be kept or dropped."))
    head = (f"\t\t<title>World | K&#333;whai Press</title>\n\t\t<link>{base}/world/</link>\n\t\t<atom:link href=\"{base}/world/rss\" rel=\"self\" type=\"application/rss+xml\" />\n"
            "\t\t<description>The latest world and Pacific news</description>\n")
    text = ('<?xml version="1.0"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n'
            + head + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_kowhaipress_world_silverstripe.rss.xml", text, items, lang="en", outlet="Kōwhai Press", aliases=["Kowhai Press"],
                ctype="application/rss+xml", declared=None,
                structure="New Zealand news site's world section from Silverstripe 4's RSSFeed class and its default template (/world/rss): '<?xml version=\"1.0\"?>' without an encoding and a Content-Type without charset (UTF-8 by default), no <language>, no lastBuildDate, channel 'World | K&#333;whai Press' (macron as a numeric reference), tab indentation, link guids without isPermaLink, escaped HTML descriptions carrying the WHOLE story, RFC 822 pubDates with +1300 (NZDT), dc:creator with 'Name, Pacific Correspondent', a reporter, a partner newsroom's brand or absent, a funding note, a 'Read more:' link, a live cricket page, a podcast with an audio tag and 'wherever you get your podcasts', March 2022")


# ---------------------------------------------------------------- Manila daily on WordPress VIP (Co-Authors Plus, media namespace)
def bayanihan():
    rows, items = [], []
    base = "https://globalnation.bayanihanherald.example"

    def add(pid, slug, title, when, creators, cats, excerpt, body, exp, img=None):
        url = f"{base}/{pid}/{slug}"
        crs = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        med = ""
        if img:
            med = (f'\n\t\t<media:content url="https://media.bayanihanherald.example/globalnation/files/2022/09/{img[0]}.jpg" medium="image">\n\t\t\t<media:title type="html">{esc(img[1])}</media:title>\n\t\t</media:content>')
        rows.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t{crs}\n\t\t<pubDate>{utc0(when)}</pubDate>{cts}\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t<content:encoded><![CDATA[{body}]]></content:encoded>{med}\n\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    rr = lambda t, s: f'<p><strong>READ:</strong> <a href="{base}/{s}">{t}</a></p>'  # noqa: E731
    w = d(2022, 9, 26, 21, 10, 0, 8)
    add(208815, "ph-china-to-resume-talks-on-joint-oil-exploration", "PH, China to resume talks on joint oil and gas exploration in West Philippine Sea", w, ["Mariel Santos-Dizon"], ["Global Nation", "West Philippine Sea"],
        "<p>MANILA, Philippines &#8212; Manila and Beijing will resume talks on joint oil and gas exploration in the West Philippine Sea, the Department of Foreign Affairs said Monday, three months after the previous administration ended them.</p>",
        '<p>MANILA, Philippines &#8212; Manila and Beijing will resume talks on joint oil and gas exploration in the West Philippine Sea, the Department of Foreign Affairs (DFA) said Monday, three months after the previous administration ended them.</p>'
        '<p>Any deal must respect the Philippine Constitution and the 2016 arbitral award, DFA spokesperson Teresita Villanueva-Ocampo said in a briefing.</p>'
        '<p>&#8220;We will talk, but we will not trade away what the tribunal has already recognized as ours,&#8221; she said.</p>'
        + rr("Chinese vessels swarm Iroquois Reef anew, says PH Coast Guard", "208711/chinese-vessels-swarm-iroquois-reef-anew") +
        '<p>Maritime law expert Dr. Jose Emmanuel Bautista of the University of the Philippines said the resumption was &#8220;a signal, not a policy.&#8221;</p>'
        '<p>China does not recognize the 2016 ruling.</p>',
        lambda k: it(k, "PH, China to resume talks on joint oil and gas exploration in West Philippine Sea", w, ["Mariel Santos-Dizon"],
                     quotes=[q("Teresita Villanueva-Ocampo", "DFA"), q("Jose Emmanuel Bautista", "University of the Philippines")],
                     junk=["READ:", "Chinese vessels swarm Iroquois Reef"],
                     note="'READ:' cross-link between paragraphs; the standfirst repeats the first paragraph (description = lead). Dateline 'MANILA, Philippines —'. Relevant."),
        img=("dfa-briefing", "DFA spokesperson at a briefing on Monday. PHOTO FROM DFA"))
    w = d(2022, 9, 26, 7, 30, 0, 8)
    add(208790, "live-updates-typhoon-karding", "LIVE UPDATES: Super Typhoon Karding", w, ["Bayanihan Herald"], ["Global Nation", "Nation"],
        "<p>Follow the latest on Karding here.</p>",
        '<p><strong>7:20 AM</strong> &#8212; Signal No. 5 lifted over Aurora. <strong>6:45 AM</strong> &#8212; Karding makes landfall in Dingalan.</p>',
        lambda k: it(k, "LIVE UPDATES: Super Typhoon Karding", w, [], story=False, rel=False, note="Live page: not a story; brand as creator."))
    w = d(2022, 9, 25, 18, 0, 0, 8)
    add(208752, "typhoon-karding-evacuation-central-luzon", "Karding forces 50,000 to flee in Central Luzon", w, ["Jhoanna Mallari", "Bayanihan Herald"], ["Global Nation", "Nation"],
        "<p>Residents of coastal towns in Aurora and Nueva Ecija were moved to evacuation centers.</p>",
        '<p>More than 50,000 people were evacuated from coastal and low-lying villages in Aurora, Nueva Ecija and Bulacan on Sunday as Super Typhoon Karding (international name: Noru) approached.</p>'
        '<p>The National Disaster Risk Reduction and Management Council said classes and government work would be suspended on Monday.</p>',
        lambda k: it(k, "Karding forces 50,000 to flee in Central Luzon", w, ["Jhoanna Mallari"], rel=False,
                     note="Two dc:creator elements (Co-Authors Plus): a reporter and the brand; only the person is an author. Domestic weather: not relevant."))
    w = d(2022, 9, 20, 9, 15, 0, 8)
    add(208601, "filipino-nurses-in-uk-at-queens-funeral", "Filipino nurses who cared for Britain during pandemic join mourners at Queen’s funeral", w, ["Kristine Abrenica"], ["Global Nation", "Filipinos Abroad"],
        "<p>LONDON &#8212; Among the crowds that lined The Mall on Monday were dozens of Filipino health workers.</p>",
        '<p>LONDON &#8212; Among the crowds that lined The Mall on Monday were dozens of Filipino health workers, some of whom had queued through the night.</p>'
        '<p>&#8220;She thanked the nurses during the pandemic. We wanted to thank her back,&#8221; said Maricel Dumalagan, a ward nurse from Iloilo who has worked in London for 14 years.</p>'
        '<p>About 40,000 Filipino nurses work in the United Kingdom&#8217;s National Health Service.</p>'
        '<p><em>With a report from the Philippine Embassy in London</em></p>',
        lambda k: it(k, "Filipino nurses who cared for Britain during pandemic join mourners at Queen's funeral", w, ["Kristine Abrenica"], quotes=[q("Maricel Dumalagan")],
                     junk=["With a report from"],
                     note="A foreign state funeral with a diaspora angle: relevant (borderline: world event seen through Filipinos abroad)."),
        img=("queen-funeral-pinoy-nurses", "Filipino nurses along The Mall. CONTRIBUTED PHOTO"))
    w = d(2022, 9, 19, 16, 40, 0, 8)
    add(208570, "dmw-lifts-deployment-ban-saudi-arabia", "DMW lifts deployment ban to Saudi Arabia after deal on unpaid wages", w, ["Ronald Cabrera-Lopez"], ["Global Nation", "OFW"],
        "<p>The deployment of first-time household workers resumes in November.</p>",
        '<p>The Department of Migrant Workers (DMW) on Monday lifted its ban on deploying workers to Saudi Arabia after Riyadh agreed to an insurance scheme covering unpaid wages of Filipinos whose employers went bankrupt.</p>'
        '<p>About 10,000 overseas Filipino workers (OFWs) are still waiting for salaries owed since 2016, the department said.</p>'
        '<p>&#8220;This is not a blank check. If employers do not comply, the ban comes back,&#8221; DMW Secretary Luisito Padilla-Ramos said.</p>',
        lambda k: it(k, "DMW lifts deployment ban to Saudi Arabia after deal on unpaid wages", w, ["Ronald Cabrera-Lopez"], quotes=[q("Luisito Padilla-Ramos", "DMW")],
                     note="Bilateral labour agreement with a foreign government: relevant."))
    w = d(2022, 9, 19, 12, 0, 0, 8)
    add(208562, "in-photos-filipino-community-london-vigil", "IN PHOTOS: Filipino community holds vigil in London", w, ["Kristine Abrenica"], ["Global Nation", "Filipinos Abroad"],
        "<p>Scenes from Sunday night&#8217;s vigil.</p>",
        '<figure><img src="https://media.bayanihanherald.example/globalnation/files/2022/09/vigil1.jpg" alt=""/><figcaption>Candles at the vigil. CONTRIBUTED PHOTO</figcaption></figure>',
        lambda k: it(k, "IN PHOTOS: Filipino community holds vigil in London", w, [], story=False, rel=False,
                     note="Photo gallery: not a story. Title label 'IN PHOTOS:' may be kept or dropped."))
    rows, items = ordered(rows, items)
    head = (f'\t<title>Global Nation &#8211; Bayanihan Herald</title>\n\t<atom:link href="{base}/feed" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f"\t<description>Filipinos and the world</description>\n\t<lastBuildDate>{utc0(d(2022, 9, 26, 21, 12, 0, 8))}</lastBuildDate>\n\t<language>en-US</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.0.2</generator>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n'
            '\txmlns:media="http://search.yahoo.com/mrss/"\n\t>\n\n<channel>\n'
            + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_ph_bayanihanherald_globalnation_wpvip.rss.xml", text, items, lang="en", outlet="Bayanihan Herald", aliases=["The Bayanihan Herald"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Manila daily's 'Global Nation' subdomain on WordPress VIP 6.0 with Co-Authors Plus: channel 'Global Nation &#8211; Brand', en-US, sy:update* whitespace, '/<id>/<slug>' links, '?p=<id>' guids, UTC pubDates (newsroom +0800), one CDATA dc:creator per co-author (a reporter, the brand, or both), CDATA categories, CDATA descriptions repeating the lead paragraph, bold 'READ:' cross-links between paragraphs, 'MANILA, Philippines —' datelines with &#8212;, 'With a report from …' tail, media:content with media:title captions in capitals ('CONTRIBUTED PHOTO', 'PHOTO FROM DFA'), a LIVE UPDATES page and an IN PHOTOS gallery, September 2022")


# ---------------------------------------------------------------- Islamabad English daily: custom PHP feed
def margalla():
    rows, items = [], []
    base = "https://www.margallapost.example"

    def add(nid, slug, title, when, author, body, exp, img=None):
        url = f"{base}/news/{nid}/{slug}"
        au = f"<author>{esc(author)}</author>\n" if author else ""
        med = ""
        if img:
            med = f'<media:content url="https://i.margallapost.example/primary/2023/07/{img[0]}.jpg" type="image/jpeg" medium="image"><media:description>{esc(img[1])}</media:description></media:content>\n'
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"false\">{nid}</guid>\n<description>{cd(body)}</description>\n{au}<pubDate>{rfc822(when)}</pubDate>\n{med}</item>")
        items.append(exp(str(nid)))

    w = d(2023, 7, 13, 9, 40, 0, 5)
    add(1764588, "imf-board-approves-3bn-standby-arrangement", "IMF board approves $3bn standby arrangement, $1.2bn to be disbursed immediately", w, "Khurram Niazi",
        '<p>WASHINGTON: The International Monetary Fund&rsquo;s executive board on Wednesday approved a nine-month, $3 billion Stand-By Arrangement for Pakistan, with $1.2bn to be disbursed immediately.</p>'
        '<p>The approval follows weeks of negotiations in which Islamabad raised taxes in its budget and let the rupee float more freely, and after Saudi Arabia and the UAE deposited a combined $3bn with the State Bank.</p>'
        '<p>&ldquo;The programme buys time. It does not buy reform,&rdquo; said Dr Ayesha Rahim-Khan, an economist at a Lahore think tank.</p>'
        '<p>The fund said in a statement that the arrangement would provide &ldquo;a policy anchor&rdquo; ahead of elections due later this year.</p>'
        '<p><em>Additional reporting by Shahzad Malik-Awan in Islamabad</em></p>',
        lambda k: it(k, "IMF board approves $3bn standby arrangement, $1.2bn to be disbursed immediately", w, ["Khurram Niazi"], quotes=[q("Ayesha Rahim-Khan")],
                     junk=["Additional reporting by"],
                     note="HTML named entities (&rsquo; &ldquo;) inside the CDATA HTML. A loan from an international body with foreign deposits: relevant (borderline: economic diplomacy). 'Additional reporting by Name in City' is a credit line; ['Khurram Niazi', 'Shahzad Malik-Awan'] is also correct."),
        img=("64af7a1c2e3b9", "A file photo of the IMF headquarters in Washington. — Reuters/File"))
    w = d(2023, 7, 12, 21, 15, 0, 5)
    add(1764501, "karachi-rain-urban-flooding-roads-submerged", "Karachi rain: roads submerged, power outages across the city", w, "Our Staff Reporter",
        '<p>KARACHI: Heavy monsoon rain lashed the city on Wednesday evening, submerging roads in Saddar, Gulshan-i-Iqbal and Korangi and causing power outages in several areas.</p>'
        '<p>The Met Office forecast more rain on Thursday.</p>',
        lambda k: it(k, "Karachi rain: roads submerged, power outages across the city", w, [], rel=False, note="Domestic weather: not relevant. 'Our Staff Reporter' is not a person."),
        img=("64aef0c19b8a2", "Vehicles drive through a flooded road in Karachi. — White Star"))
    w = d(2023, 7, 12, 14, 0, 0, 5)
    add(1764450, "pakistan-afghan-taliban-talks-ttp-sanctuaries-kabul", "FO says Kabul must act on TTP sanctuaries as envoy holds talks", w, "Tariq Wazir Yousafzai | Kalsoom Bibi",
        '<p>ISLAMABAD: The Foreign Office on Wednesday said the interim Afghan government must take &ldquo;concrete and verifiable&rdquo; action against militants using Afghan soil, as Pakistan&rsquo;s special envoy held talks in Kabul.</p>'
        '<p>&ldquo;Our patience is not unlimited,&rdquo; Foreign Office spokesperson Saima Durrani-Baig told the weekly briefing.</p>'
        '<p>Attacks claimed by the banned Tehreek-i-Taliban Pakistan have risen sharply this year, particularly in Khyber Pakhtunkhwa.</p>'
        '<p>Officials in Kabul deny that they allow the group to operate from Afghanistan.</p>',
        lambda k: it(k, "FO says Kabul must act on TTP sanctuaries as envoy holds talks", w, ["Tariq Wazir Yousafzai", "Kalsoom Bibi"], quotes=[q("Saima Durrani-Baig", "Foreign Office")],
                     note="Two reporters in one <author> joined by ' | '. Relations with a neighbouring government: relevant."))
    w = d(2023, 7, 7, 12, 30, 0, 5)
    add(1763912, "nation-observes-day-of-protest-over-quran-desecration-sweden", "Nation observes day of protest over Quran desecration in Sweden", w, "APP",
        '<p>ISLAMABAD: Rallies were held across the country on Friday to protest against the desecration of the Holy Quran in Stockholm last week, after the government called for a national day of protest.</p>'
        '<p>The Foreign Office summoned Sweden&rsquo;s charg&eacute; d&rsquo;affaires to lodge a protest, a spokesperson said.</p>'
        '<p>&mdash; APP</p>',
        lambda k: it(k, "Nation observes day of protest over Quran desecration in Sweden", w, [], junk=["— APP"],
                     note="State agency copy ('APP' is not a person) ending with an '— APP' credit. Diplomatic protest against a foreign government: relevant. '&eacute;' in chargé."))
    w = d(2023, 7, 6, 19, 0, 0, 5)
    add(1763790, "live-pakistan-v-sri-lanka-womens-t20-karachi", "LIVE: Pakistan v Sri Lanka, 2nd women's T20I, Karachi", w, "Sports Desk",
        '<p>Refresh this page for ball-by-ball updates.</p><p><strong>18.2 ov</strong> FOUR! Pakistan need 9 off 10 balls.</p>',
        lambda k: it(k, "LIVE: Pakistan v Sri Lanka, 2nd women's T20I, Karachi", w, [], story=False, rel=False,
                     note="Live score page: not a story. Title label 'LIVE:' may be kept or dropped."))
    w = d(2023, 7, 6, 6, 0, 0, 5)
    add(1763702, "cartoon-6-july-2023", "Cartoon: 6 July, 2023", w, "",
        '<p><img src="https://i.margallapost.example/cartoon/2023/07/64a5f.jpg" alt="Cartoon"/></p>',
        lambda k: it(k, "Cartoon: 6 July, 2023", w, [], story=False, rel=False, note="Editorial cartoon: not a story."))
    head = (f"<title>The Margalla Post - World</title>\n<link>{base}/world</link>\n<description>The Margalla Post - World</description>\n<language>en-us</language>\n"
            f"<copyright>Copyright The Margalla Post</copyright>\n<lastBuildDate>{rfc822(d(2023, 7, 13, 9, 42, 30, 5))}</lastBuildDate>\n"
            f'<atom:link href="{base}/feeds/world" rel="self" type="application/rss+xml"/>')
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_pk_margallapost_world_php.rss.xml", text, items, lang="en", outlet="The Margalla Post", aliases=["Margalla Post"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Islamabad English daily's 'World' feed from a custom PHP CMS (Dawn-style): no indentation, channel 'Brand - World' repeated as the description, en-us, copyright line, '/news/<7 digits>/<slug>' links, the bare numeric id as non-permalink guid, CDATA HTML descriptions with the whole story using HTML named entities (&rsquo; &ldquo; &eacute; &mdash;), upper-case 'CITY:' datelines, RSS <author> holding a reporter, 'A | B', 'Our Staff Reporter', 'Sports Desk', the agency 'APP' or absent, <pubDate> AFTER the description, media:content with a media:description caption ending '— Reuters/File' / '— White Star', an 'Additional reporting by' line, an '— APP' tail, a live score page, an editorial cartoon, +0500 dates in July 2023")


# ---------------------------------------------------------------- Nairobi tech site: Next.js + the `feed` npm package (RSS 2.0 output)
def savannabytes():
    rows, items = [], []
    base = "https://savannabytes.example"

    def add(slug, title, when, desc, content, exp, author=None, creator=None, img=None):
        url = f"{base}/posts/{slug}"
        au = f"\n            <author>{esc(author)}</author>" if author else ""
        dc = f"\n            <dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        en = f'\n            <enclosure url="{base}/_next/image?url=%2Fimages%2F{img}.png&amp;w=1200&amp;q=75" length="0" type="image/png"/>' if img else ""
        rows.append(f"        <item>\n            <title><![CDATA[{title}]]></title>\n            <link>{url}</link>\n            <guid isPermaLink=\"false\">{url}</guid>\n"
                    f"            <pubDate>{gmt(when)}</pubDate>\n            <description><![CDATA[{desc}]]></description>\n            <content:encoded><![CDATA[{content}]]></content:encoded>{au}{dc}{en}\n        </item>")
        items.append(exp(url))

    w = d(2024, 7, 18, 10, 30, 0, 3)
    add("us-ai-chip-export-rules-african-data-centres", "How new US chip export rules could slow Africa's AI data centre boom", w,
        "Washington's draft rules put most African countries in a middle tier with caps on advanced GPUs.",
        '<p>Draft export rules circulated by the US Commerce Department would place most African countries in a middle tier of destinations for advanced AI chips, capping how many high-end GPUs data centres on the continent could import without a licence.</p>'
        '<p>Three hyperscale projects announced for Nairobi, Lagos and Johannesburg in the past year all assume access to tens of thousands of such chips.</p>'
        '<p>&#8220;The region is being asked to pick a side in a contest it did not start,&#8221; said Wairimu Gathoni-Kariuki, a technology policy researcher at a Nairobi university.</p>'
        '<p>Industry groups have until September to comment. The rules are part of a broader US effort to keep advanced computing out of China&#8217;s reach.</p>'
        '<hr/><p><em>Savanna Bytes is reader-supported. <a href="https://savannabytes.example/support">Become a member</a> to get our weekly deep dives.</em></p>',
        lambda k: it(k, "How new US chip export rules could slow Africa's AI data centre boom", w, ["Otieno Wekesa"], quotes=[q("Wairimu Gathoni-Kariuki")],
                     junk=["reader-supported", "Become a member"],
                     note="jpmonette/feed RSS 2.0: <author> in 'e-mail (Name)' form. Tech geopolitics (a foreign government's export controls hitting the region): relevant."),
        author="otieno@savannabytes.example (Otieno Wekesa)", img="chips-export")
    w = d(2024, 7, 17, 14, 0, 0, 3)
    add("eu-ai-act-african-startups-what-changes", "The EU AI Act takes effect on August 1. Here's what it means for African startups", w,
        "Kenyan and Nigerian firms selling into Europe will have to classify their systems by risk.",
        '<p>The European Union&#8217;s Artificial Intelligence Act enters into force on August 1, and its reach extends well beyond Europe: any company whose AI system is used in the EU is covered.</p>'
        '<p>For African startups selling credit-scoring or hiring tools to European clients, that means risk assessments, documentation and, in some cases, registration in an EU database.</p>'
        '<p>&#8220;Compliance costs are fixed costs, and fixed costs hurt small companies most,&#8221; said Adaeze Okonkwo-Mutua, a Lagos-based lawyer who advises fintechs.</p>'
        '<p>Most obligations phase in over two years.</p>',
        lambda k: it(k, "The EU AI Act takes effect on August 1. Here's what it means for African startups", w, ["Achieng Odhiambo", "Tunde Bakare-Njoroge"], quotes=[q("Adaeze Okonkwo-Mutua")],
                     note="Two people: one in <author> ('e-mail (Name)') and one in dc:creator (feed writes dc:creator for a contributor without e-mail). A foreign bloc's regulation with regional effect: relevant (borderline)."),
        author="achieng@savannabytes.example (Achieng Odhiambo)", creator="Tunde Bakare-Njoroge", img="eu-ai-act")
    w = d(2024, 7, 16, 9, 0, 0, 3)
    add("mobile-money-rival-launches-ethiopia", "Mobile money rival launches in Ethiopia as Addis opens its market", w,
        "The launch comes a year after Ethiopia licensed its second telecom operator.",
        '<p>A Nairobi-founded mobile money company launched in Addis Ababa on Tuesday, betting on Ethiopia&#8217;s gradual opening of its financial sector.</p>'
        '<p>The firm plans to sign up two million users in its first year.</p>',
        lambda k: it(k, "Mobile money rival launches in Ethiopia as Addis opens its market", w, ["Otieno Wekesa"], rel=False,
                     note="Company expansion abroad: business, not relevant."),
        author="otieno@savannabytes.example (Otieno Wekesa)")
    w = d(2024, 7, 15, 12, 0, 0, 3)
    add("review-tecnova-fold-x2", "Review: The Tecnova Fold X2 is the first foldable that makes sense at KSh 90,000", w,
        "Good battery, average camera, great price.",
        '<p>Foldables have been a luxury. The Fold X2 costs about half of what its rivals do in Nairobi shops, and for most people the compromises are worth it.</p>'
        '<p>The battery lasted a full day and a half in our tests. The camera struggles in low light.</p>'
        '<p><em>Disclosure: Tecnova lent us the review unit. We may earn a commission if you buy through our links.</em></p>',
        lambda k: it(k, "Review: The Tecnova Fold X2 is the first foldable that makes sense at KSh 90,000", w, ["Njeri Kamau-Owino"], rel=False, junk=["Disclosure:", "earn a commission"],
                     note="Product review: a story, not relevant. Title label 'Review:' may be kept or dropped."),
        creator="Njeri Kamau-Owino", img="fold-x2")
    w = d(2024, 7, 12, 8, 0, 0, 3)
    add("savanna-bytes-summit-2024-tickets", "Savanna Bytes Summit 2024: early-bird tickets now on sale", w,
        "Join 1,500 founders, engineers and investors in Nairobi this October.",
        '<p>Early-bird tickets are available until August 15. <a href="https://savannabytes.example/summit">Get yours</a>.</p>',
        lambda k: it(k, "Savanna Bytes Summit 2024: early-bird tickets now on sale", w, [], story=False, rel=False, note="Event promotion: not a story."))
    w = d(2024, 7, 11, 17, 0, 0, 3)
    add("bytes-and-bites-episode-112", "Bytes & Bites, episode 112: Who owns Africa's undersea cables?", w,
        "This week on the podcast.",
        '<p>Listen on Spotify, Apple Podcasts or wherever you get your podcasts.</p>',
        lambda k: it(k, "Bytes & Bites, episode 112: Who owns Africa's undersea cables?", w, [], story=False, rel=False, note="Podcast episode: not a story."))
    rows, items = ordered(rows, items)
    head = (f"        <title>Savanna Bytes</title>\n        <link>{base}</link>\n        <description>Technology, startups and policy from East Africa</description>\n"
            f"        <lastBuildDate>{gmt(d(2024, 7, 18, 7, 35, 12, 0))}</lastBuildDate>\n        <docs>https://validator.w3.org/feed/docs/rss2.html</docs>\n"
            "        <generator>https://github.com/jpmonette/feed</generator>\n        <language>en</language>\n"
            f"        <image>\n            <title>Savanna Bytes</title>\n            <url>{base}/logo.png</url>\n            <link>{base}</link>\n        </image>\n"
            "        <copyright>All rights reserved 2024, Savanna Bytes</copyright>\n"
            f'        <atom:link href="{base}/rss.xml" rel="self" type="application/rss+xml"/>')
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">\n    <channel>\n'
            + head + "\n" + "\n".join(rows) + "\n    </channel>\n</rss>")
    return feed("en_tech_savannabytes_nextjs_feed.rss.xml", text, items, lang="en", outlet="Savanna Bytes", topic="tech",
                ctype="application/xml",
                structure="Nairobi tech and startup site built with Next.js, feed written at build time by the jpmonette/feed npm package (rss2()): four-space indentation, no trailing newline, <docs> pointing at the RSS 2.0 spec, <generator>https://github.com/jpmonette/feed</generator>, <image>, copyright 'All rights reserved 2024, Brand', CDATA titles, guid = URL with isPermaLink=\"false\", GMT pubDates from toUTCString (newsroom +0300), CDATA description and content:encoded, <author> as 'e-mail (Name)' and a dc:creator for a second contributor without e-mail, enclosures from the Next.js image optimiser with length 0, a member-support line, a review disclosure, an event promo and a podcast, served as application/xml without charset, July 2024")


# ---------------------------------------------------------------- Cape Town science magazine on Movable Type 7 (index.rdf, RSS 1.0)
def quagga():
    rows, seq, items = [], [], []
    base = "https://www.quaggascience.example"

    def add(slug, title, when, creator, subject, desc, exp):
        url = f"{base}/{when.strftime('%Y/%m')}/{slug}.html"
        cr = f"\n<dc:creator>{esc(creator)}</dc:creator>" if creator is not None else ""
        rows.append(f'<item rdf:about="{url}">\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>\n<dc:subject>{subject}</dc:subject>{cr}\n<dc:date>{when.isoformat()}</dc:date>\n</item>')
        seq.append(f'<rdf:li rdf:resource="{url}" />')
        items.append(exp(url))

    w = d(2020, 5, 20, 10, 12, 0, 2)
    add("who-solidarity-trial-sites-africa", "WHO's Solidarity trial adds African sites as Covid-19 drug tests widen", w, "Lindiwe Mahlangu", "Health",
        '<p>Hospitals in six African countries, including two in Gauteng and the Western Cape, have joined the World Health Organization\'s Solidarity trial of potential Covid-19 treatments.</p>'
        '<p>The trial compares four drug regimens against standard care. "A trial that only enrols patients in the North tells us nothing about how these drugs work with our disease burden," said Professor Thandeka Mokoena-Adams, who leads one of the local sites.</p>'
        '<p>Results for some arms could come within weeks.</p><p><a href="https://www.quaggascience.example/2020/05/who-solidarity-trial-sites-africa.html#more">Continue reading &raquo;</a></p>',
        lambda k: it(k, "WHO's Solidarity trial adds African sites as Covid-19 drug tests widen", w, ["Lindiwe Mahlangu"], quotes=[q("Thandeka Mokoena-Adams")],
                     junk=["Continue reading"],
                     note="Movable Type index.rdf: escaped HTML description cut at the extended-entry break with a 'Continue reading »' link. International health research: relevant."))
    w = d(2020, 5, 18, 15, 30, 0, 2)
    add("ska-observatory-council-first-meeting", "SKA Observatory council meets for the first time as treaty takes effect", w, "Pieter Jansen van Rensburg", "Space",
        '<p>The intergovernmental organisation that will build and run the Square Kilometre Array held its first council meeting by videoconference, after the treaty establishing it entered into force.</p>'
        '<p>South Africa and Australia will host the telescope\'s two arrays. "This is science diplomacy in its purest form: seven countries signing a treaty to share a sky," said Dr Naledi Khumalo-Brandt, an astronomer in Cape Town.</p>',
        lambda k: it(k, "SKA Observatory council meets for the first time as treaty takes effect", w, ["Pieter Jansen van Rensburg"], quotes=[q("Naledi Khumalo-Brandt")],
                     note="An intergovernmental treaty organisation: relevant (borderline: science diplomacy). The surname 'Jansen van Rensburg' has particles: keep the whole name."))
    w = d(2020, 5, 15, 9, 0, 0, 2)
    add("marion-island-mouse-eradication-delayed", "Lockdown delays Marion Island mouse eradication by a year", w, "Lindiwe Mahlangu", "Conservation",
        '<p>A plan to rid Marion Island of the mice that eat albatross chicks alive has been postponed to 2022 because the relief voyage could not sail with the full team.</p>',
        lambda k: it(k, "Lockdown delays Marion Island mouse eradication by a year", w, ["Lindiwe Mahlangu"], rel=False, note="Domestic conservation: not relevant."))
    w = d(2020, 5, 13, 12, 0, 0, 2)
    add("karoo-fossil-early-mammal-relative", "Karoo fossil sheds light on how mammal ancestors survived mass extinction", w, "Sipho Dlamini-Ross", "Palaeontology",
        '<p>A skull found near Graaff-Reinet shows that some mammal relatives burrowed to survive the end-Permian extinction, researchers report in a new paper.</p>'
        '<p>"They went underground, and that is why we are here," said co-author Dr Zanele Pretorius.</p>',
        lambda k: it(k, "Karoo fossil sheds light on how mammal ancestors survived mass extinction", w, ["Sipho Dlamini-Ross"], rel=False, quotes=[q("Zanele Pretorius")],
                     note="Science news without world affairs: not relevant."))
    w = d(2020, 5, 12, 8, 0, 0, 2)
    add("webinar-modelling-the-pandemic", "Webinar: Modelling the pandemic – what the numbers can and can't tell us", w, "", "Events",
        '<p>Join us on Thursday at 14:00 SAST. Registration is free.</p>',
        lambda k: it(k, "Webinar: Modelling the pandemic – what the numbers can and can't tell us", w, [], story=False, rel=False, note="Event announcement: not a story. Empty dc:creator."))
    w = d(2020, 5, 11, 7, 0, 0, 2)
    add("newsletter-quagga-weekly-may-11", "Quagga Weekly: your science reading list", w, None, "Newsletter",
        '<p>This week: bats, baobabs and the maths of lockdown. <a href="https://www.quaggascience.example/newsletter">Subscribe</a>.</p>',
        lambda k: it(k, "Quagga Weekly: your science reading list", w, [], story=False, rel=False, note="Newsletter edition: not a story."))
    chan = (f'<channel rdf:about="{base}/">\n<title>Quagga Science</title>\n<link>{base}/</link>\n<description>Science from the southern tip of Africa</description>\n'
            f"<dc:language>en-us</dc:language>\n<dc:creator></dc:creator>\n<dc:date>{d(2020, 5, 20, 10, 12, 0, 2).isoformat()}</dc:date>\n"
            '<admin:generatorAgent rdf:resource="http://www.sixapart.com/movabletype/?v=7.2" />\n\n<items>\n<rdf:Seq>' + "\n".join(seq) + "\n</rdf:Seq>\n</items>\n\n</channel>\n\n")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n\n<rdf:RDF\n xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n xmlns:admin="http://webns.net/mvcb/"\n xmlns:cc="http://web.resource.org/cc/"\n xmlns="http://purl.org/rss/1.0/">\n\n'
            + chan + "\n\n".join(rows) + "\n\n\n</rdf:RDF>\n")
    return feed("en_science_quagga_movabletype.rdf", text, items, lang="en", outlet="Quagga Science", shape="rss1-rdf", topic="science",
                ctype="application/rdf+xml",
                structure="Cape Town science magazine on Movable Type 7.2 with the classic index.rdf template (RSS 1.0): rdf:RDF with dc, sy, admin and cc namespaces, channel rdf:about, dc:language en-us, an EMPTY channel dc:creator, admin:generatorAgent, the rdf:Seq table of contents, items with rdf:about = link, escaped HTML descriptions cut at the extended-entry break with 'Continue reading &raquo;', dc:subject, dc:creator with a person, empty or absent, ISO 8601 dc:date with +02:00 (SAST), a webinar notice and a newsletter edition, May 2020")


FEEDS = [ridge, kowhai, bayanihan, margalla, savannabytes, quagga]
