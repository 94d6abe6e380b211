# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the fifty-eighth held-out set (part 2: a Gqeberha daily on Arc XP, a Chiang
Mai English-language daily on WordPress with the Newspaper theme, a Mombasa newsletter-platform
publication, a Coimbatore daily on Drupal 10, a cloud-security news site's Atom feed, a polar
research institute's TYPO3 news feed). All outlets, people and quotations are invented."""
from h58 import cd, d, esc, feed, gmt, it, q, rfc822, wpt


# ---------------------------------------------------------------- Gqeberha daily, Arc XP outbound feeds (2026)
def algoa():
    base = "https://www.algoatribune.example"
    rows, items = [], []

    def add(ans, path, title, when, credits, sub, body, img, exp):
        link = f"{base}{path}"
        cr = "".join(f"<dc:creator><![CDATA[{c}]]></dc:creator>" for c in credits)
        media = ""
        if img:
            media = (f'<media:content type="image/jpeg" url="https://cloudfront-af-south-1.images.arcpublishing.example/algoa/{ans[:10]}.jpg" height="1080" width="1920">'
                     f'<media:description type="plain"><![CDATA[{img[0]}]]></media:description><media:credit role="author" scheme="urn:ebu"><![CDATA[{img[1]}]]></media:credit></media:content>')
        rows.append(f"<item><title><![CDATA[{title}]]></title><link>{link}</link><guid isPermaLink=\"false\">{ans}</guid>{cr}"
                    f"<description><![CDATA[{sub}]]></description><pubDate>{gmt(when)}</pubDate><content:encoded><![CDATA[{body}]]></content:encoded>{media}</item>")
        items.append(exp(ans))

    w = d(2026, 2, 11, 14, 5, 0, 2)
    add("Q3KJ7ZP2XNBWHE5TUR6AVLMC4Y", "/news/2026-02-11-citrus-exporters-eu-cold-treatment-talks/", "Citrus exporters welcome reprieve as SA and EU agree to talks on cold-treatment rules", w, ["Lwazi Mqhayi"],
        "Growers say the Port of Ngqura handled 30% fewer containers after the rules took effect",
        "<p>South African citrus growers have welcomed an agreement between Pretoria and the EU to reopen talks on the cold-treatment rules imposed on oranges in 2022, which the industry says cost it R4bn a season.</p><p>“This is the first time in three years that Brussels has agreed to look at our science,” said Thembeka Mgijima, CEO of the Citrus Growers’ Association of Southern Africa.</p><p>The department of trade, industry & competition said talks would start in March.</p>",
        ("Containers at the Port of Ngqura. Picture: WERNER HILLS-ADAMS", "WERNER HILLS-ADAMS"),
        lambda k: it(k, "Citrus exporters welcome reprieve as SA and EU agree to talks on cold-treatment rules", w, ["Lwazi Mqhayi"], quotes=[q("Thembeka Mgijima", "Citrus Growers’ Association of Southern Africa")],
                     junk=["Picture: WERNER HILLS-ADAMS", "Containers at the Port of Ngqura"], note="Trade talks between South Africa and the EU: relevant, though told through Eastern Cape growers. Role before the body: the body is the affiliation ('CEO' also acceptable)."))
    w = d(2026, 2, 11, 9, 40, 0, 2)
    add("F7PLQ2M9WEDKAT3XUGR5N4BYHZ", "/news/2026-02-11-nelson-mandela-bay-water-outages-northern-areas/", "Northern areas face third week of water outages", w, ["Siphokazi Ndamase"],
        "The metro blames leaks at the Chelsea reservoir",
        "<p>Residents of Helenvale and Gelvandale are facing a third week of intermittent water supply after pipe bursts at the Chelsea reservoir.</p><p>“We are carrying buckets to the old people,” said ward councillor Ashwin Bosman.</p>",
        None,
        lambda k: it(k, "Northern areas face third week of water outages", w, ["Siphokazi Ndamase"], rel=False, quotes=[q("Ashwin Bosman", "ward councillor")],
                     note="Municipal news: not relevant."))
    w = d(2026, 2, 10, 18, 20, 0, 2)
    add("B2XW6TNQ4HLRY7DJ3KAZ5MCEVP", "/world/africa/2026-02-10-sa-envoys-goma-talks-m23/", "SA envoys join Doha talks on eastern DRC as troops come home", w, ["Lwazi Mqhayi", "Reitumetse Phalatse"],
        "The last SANDF contingent left Goma in 2025",
        "<p>South Africa has sent two envoys to join the Qatar-hosted talks between Kinshasa and the M23 rebels, a year after the last SANDF soldiers withdrew from Goma.</p><p>Dirco spokesperson Kgothatso Mabena said the envoys would press for the release of remaining Sadc equipment.</p><p>“We cannot walk away from a region where 14 of our soldiers died,” Mabena said.</p>",
        ("SANDF soldiers on their return to Air Force Base Waterkloof. Picture: SUPPLIED", "SUPPLIED"),
        lambda k: it(k, "SA envoys join Doha talks on eastern DRC as troops come home", w, ["Lwazi Mqhayi", "Reitumetse Phalatse"], quotes=[q("Kgothatso Mabena", "Dirco")],
                     junk=["Picture: SUPPLIED", "SANDF soldiers on their return to Air Force Base Waterkloof"], note="One dc:creator per credit. South Africa's diplomacy in the DRC: relevant. The spokesperson is introduced in reported speech and quoted by surname in the next paragraph; Dirco (the department) is the affiliation ('Dirco spokesperson' acceptable)."))
    w = d(2026, 2, 10, 13, 0, 0, 2)
    add("M5TRK8W2YQEBPLHZ9AXC3N7FUJ", "/news/2026-02-10-live-sona-2026-debate/", "LIVE | Sona debate: MPs respond to the president’s address", w, ["Algoa Tribune Reporters"],
        "Follow our live coverage from parliament",
        "<p><strong>14:02</strong> The EFF’s leader has begun his reply.</p><p><strong>13:41</strong> The DA’s chief whip says the budget must come first.</p>",
        None,
        lambda k: it(k, "Sona debate: MPs respond to the president’s address", w, [], story=False, rel=False,
                     note="Live page on home politics: not a story. Title label 'LIVE |' may be kept or dropped."))
    w = d(2026, 2, 9, 16, 30, 0, 2)
    add("K4HD2Z7MRWQYC5NLT8BEXUA3GP", "/opinion/2026-02-09-after-the-g20-what-is-left-for-africa/", "After the G20, what is left for Africa’s debt agenda?", w, ["Nomvula Qotole-Harris"],
        "Johannesburg’s presidency raised the issue; it is not clear anyone will carry it on",
        "<p>South Africa’s G20 presidency put African debt on the agenda. The question is whether anyone will carry it on now that the summit is over.</p><p><em>Qotole-Harris is a research fellow at the Institute for Global Dialogue Studies</em></p>",
        None,
        lambda k: it(k, "After the G20, what is left for Africa’s debt agenda?", w, ["Nomvula Qotole-Harris"], junk=["is a research fellow at the Institute"],
                     note="Opinion piece: a story. South Africa's G20 diplomacy: relevant. The italic author's note is junk."))
    w = d(2026, 2, 9, 8, 15, 0, 2)
    add("C9YV3PL6TANKWX2EQH8RZ4MJ5B", "/sport/rugby/2026-02-09-kings-park-stadium-test-gqeberha/", "Gqeberha bids for Springbok test against All Blacks", w, ["Sipho Mahlangu-Botha"],
        "Nelson Mandela Bay Stadium last hosted the Boks in 2023",
        "<p>Nelson Mandela Bay has submitted a bid to host a Springbok test against the All Blacks in 2027.</p><p>“The city deserves a big test again,” said Luvuyo Tshangana, head of the metro’s sport events office.</p>",
        None,
        lambda k: it(k, "Gqeberha bids for Springbok test against All Blacks", w, ["Sipho Mahlangu-Botha"], rel=False, quotes=[q("Luvuyo Tshangana", "the metro’s sport events office")],
                     note="Sport and city events: not relevant, though the opponent is foreign."))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">'
            f"<channel><title><![CDATA[Algoa Tribune]]></title><link>{base}</link><atom:link href=\"{base}/arc/outboundfeeds/rss/?outputType=xml\" rel=\"self\" type=\"application/rss+xml\"/>"
            f"<description><![CDATA[Algoa Tribune News Feed]]></description><lastBuildDate>{gmt(d(2026, 2, 11, 14, 10, 0, 2))}</lastBuildDate><language>en</language><ttl>1</ttl>"
            "<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency>" + "".join(rows) + "</channel></rss>")
    return feed("en_za_algoatribune_rss_arcxp.rss.xml", text, items, lang="en", outlet="Algoa Tribune", aliases=["The Algoa Tribune"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Gqeberha daily's whole-site Arc XP outbound feed (February 2026): one line, brand-only CDATA channel title, description 'Brand News Feed', ttl 1, sy:updatePeriod, 26-character ANS ids as non-permalink guids, one CDATA dc:creator per credit (people or 'Brand Reporters'), CDATA subheadline descriptions, content:encoded with the body (an italic author's note), media:content with plain media:description captions ending 'Picture: NAME' and media:credit role author, GMT dates (newsroom +0200)")


# ---------------------------------------------------------------- Chiang Mai English-language daily, WordPress + Newspaper theme (2025)
def lanna():
    base = "https://www.lannastandard.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, cats, desc, body, exp):
        link = f"{base}/{slug}/"
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{link}</link>\n\t\t\t\t\t<comments>{link}#respond</comments>\n\t\t\n"
                    f"\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{gmt(when)}</pubDate>\n"
                    + "".join(f"\t\t<category><![CDATA[{c}]]></category>\n" for c in cats)
                    + f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{desc}]]></description>\n"
                    f"\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n\t\t\t\t\t\n\t\t\t\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>\n\t\t\t<slash:comments>0</slash:comments>\n\t\t\t\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    share = '<div class="td-post-sharing-bottom"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Line</a></div>'
    w = d(2025, 10, 22, 17, 10, 0, 7)
    add(118402, "mae-sot-refugees-airstrikes-myawaddy", "Thousands cross into Mae Sot after airstrikes near Myawaddy", w, "Nattaya Srisuwan", ["Border", "World"],
        "<p>About 3,000 people crossed the Moei River into Tak province overnight after airstrikes near Myawaddy, Thai officials said. [&#8230;]</p>",
        '<p><strong>TAK</strong> &#8211; About 3,000 people crossed the Moei River into Mae Sot district overnight after Myanmar military airstrikes near Myawaddy, Thai officials said on Wednesday.</p><p>The Second Army Region said the arrivals were being held at temporary shelters and would be sent back &#8220;when the situation is safe&#8221;.</p><p>&#8220;We are running out of rice and blankets by the second day,&#8221; said Naw Paw Htoo, a coordinator for the Border Relief Collective, a Karen aid group.</p>' + share,
        lambda k: it(k, "Thousands cross into Mae Sot after airstrikes near Myawaddy", w, ["Nattaya Srisuwan"], quotes=[q("Naw Paw Htoo", "Border Relief Collective")], junk=["Facebook"],
                     note="War in Myanmar and Thailand's border policy: relevant. The theme's share links close content:encoded. The army's phrase 'when the situation is safe' has no named speaker: no quote."))
    w = d(2025, 10, 22, 11, 0, 0, 7)
    add(118390, "thailand-cambodia-border-checkpoints-reopen", "Thailand and Cambodia agree to reopen two border checkpoints", w, "Lanna Standard Desk", ["World", "ASEAN"],
        "<p>Two border checkpoints closed since the July clashes will reopen next month. [&#8230;]</p>",
        '<p>Thailand and Cambodia have agreed to reopen two border checkpoints closed since the July clashes, the Foreign Ministry said after a meeting of the General Border Committee in Kuala Lumpur.</p><p>Ministry spokesman Thanakrit Charoenwong said trade through the checkpoints had been worth about 80 billion baht a year before the closure.</p>' + share,
        lambda k: it(k, "Thailand and Cambodia agree to reopen two border checkpoints", w, [], junk=["Facebook"],
                     note="'Lanna Standard Desk' is a desk: []. Bilateral border talks: relevant. The spokesman is reported, not quoted: no quote."))
    w = d(2025, 10, 21, 19, 30, 0, 7)
    add(118371, "british-man-overstay-arrest-nimman", "British man arrested in Nimman for overstaying visa by four years", w, "Pakorn Thammasiri", ["Chiang Mai", "Crime"],
        "<p>Immigration police arrested a 61-year-old British man at a condominium on Nimmanhaemin Road. [&#8230;]</p>",
        '<p>Immigration police arrested a 61-year-old British man at a condominium on Nimmanhaemin Road on Tuesday for overstaying his visa by four years.</p><p>&#8220;We will continue checking condominiums and guesthouses in the old city,&#8221; said Pol Col Wiroj Kaewmanee, superintendent of Chiang Mai Immigration.</p>' + share,
        lambda k: it(k, "British man arrested in Nimman for overstaying visa by four years", w, ["Pakorn Thammasiri"], rel=False, quotes=[q("Wiroj Kaewmanee", "Chiang Mai Immigration")], junk=["Facebook"],
                     note="Local crime/immigration enforcement at home, though the man is a foreigner: not relevant. The rank 'Pol Col' is not part of the name; the role names the body."))
    w = d(2025, 10, 21, 9, 0, 0, 7)
    add(118355, "yi-peng-2025-lantern-release-schedule", "Yi Peng 2025: where and when to see the lantern release", w, "Lanna Standard", ["What&#8217;s On"],
        "<p>The city has published its schedule for this year&#8217;s Yi Peng and Loy Krathong events. [&#8230;]</p>",
        '<p>The city has published its schedule for this year&#8217;s Yi Peng and Loy Krathong events.</p><ul><li>5 Nov: opening parade, Tha Phae Gate</li><li>6 Nov: lantern release, Three Kings Monument</li></ul>' + share,
        lambda k: it(k, "Yi Peng 2025: where and when to see the lantern release", w, [], story=False, rel=False, junk=["Facebook"],
                     note="Event listing: not a story."))
    w = d(2025, 10, 20, 15, 45, 0, 7)
    add(118340, "pm25-haze-burning-ban-2026", "Province to start burning ban early as haze season looms", w, "Nattaya Srisuwan", ["Chiang Mai", "Environment"],
        "<p>The provincial governor has ordered the seasonal burning ban to start on January 1. [&#8230;]</p>",
        '<p>Chiang Mai&#8217;s governor has ordered the seasonal burning ban to begin on January 1, a month earlier than last year.</p><p>&#8220;The earlier we stop the fires, the fewer days our children spend indoors,&#8221; said Dr Supaporn Inthawong of Chiang Mai University&#8217;s air quality centre.</p>' + share,
        lambda k: it(k, "Province to start burning ban early as haze season looms", w, ["Nattaya Srisuwan"], rel=False, quotes=[q("Supaporn Inthawong", "Chiang Mai University")], junk=["Facebook"],
                     note="Provincial environment policy: not relevant (the cross-border haze is not the topic here)."))
    w = d(2025, 10, 20, 10, 0, 0, 7)
    add(118331, "partner-content-riverside-condominium-launch", "Partner content: Riverside living returns to Wat Ket", w, "Partner Content", ["Sponsored"],
        "<p>Sponsored: a new riverside development opens its show suite. [&#8230;]</p>",
        '<p>This article is sponsored content.</p><p>A new riverside development opens its show suite this weekend.</p>' + share,
        lambda k: it(k, "Riverside living returns to Wat Ket", w, [], story=False, rel=False, junk=["Facebook"],
                     note="Sponsored content: not a story. Title label 'Partner content:' may be kept or dropped."))
    head = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f'\t<title>The Lanna Standard</title>\n\t<atom:link href="{base}/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n\t<description>Northern Thailand&#039;s English-language newspaper</description>\n'
            f'\t<lastBuildDate>{gmt(d(2025, 10, 22, 17, 12, 0, 7))}</lastBuildDate>\n\t<language>en-GB</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n'
            '\t<generator>https://wordpress.org/?v=6.8.3</generator>\n')
    text = head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("en_th_lannastandard_feed_wp68_newspaper.rss.xml", text, items, lang="en", outlet="The Lanna Standard", aliases=["Lanna Standard"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Chiang Mai English-language daily's main feed on WordPress 6.8.3 with the tagDiv Newspaper theme (October 2025): feed-rss2 template, brand-only channel title, language en-GB, CDATA dc:creator with a person, the brand, a desk or 'Partner Content', '?p=' guids, descriptions as <p> excerpts ending '[&#8230;]', content:encoded with a bold place dateline and the theme's share-button div at the end, GMT dates (newsroom +0700)")


# ---------------------------------------------------------------- Mombasa newsletter publication, Substack-style feed (2026)
def pwani():
    base = "https://pwanidispatch.substack.example"
    rows, items = [], []
    sub = f'<div class="subscription-widget-wrap-editor" data-attrs="{{&quot;url&quot;:&quot;{base}/subscribe?&quot;}}" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading The Pwani Dispatch! Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"></form></div></div>'

    def add(slug, title, when, creator, subtitle, body, exp, enc=True):
        link = f"{base}/p/{slug}"
        e = f'<enclosure url="https://substackcdn.example/image/fetch/w_1456/{slug[:12]}.jpeg" length="0" type="image/jpeg"/>' if enc else ""
        rows.append(f"<item><title><![CDATA[{title}]]></title><description><![CDATA[{subtitle}]]></description><link>{link}</link><guid isPermaLink=\"false\">{link}</guid>"
                    f"<dc:creator><![CDATA[{creator}]]></dc:creator><pubDate>{gmt(when)}</pubDate>{e}<content:encoded><![CDATA[{body}]]></content:encoded></item>")
        items.append(exp(link))

    w = d(2026, 4, 14, 6, 30, 0, 3)
    add("kenyan-police-haiti-mission-handover", "Kenya's Haiti mission hands over to a UN office. What did it achieve?", w, "Halima Mwinyi",
        "Two years, 800 officers and a new mandate from New York",
        "<p>Two years after the first Kenyan officers landed in Port-au-Prince, the multinational mission is handing over to a new UN support office.</p>" + sub +
        "<p>\"We cleared the airport road and the port; we never had the numbers to hold the rest,\" a Kenyan commander told me, asking not to be named.</p><p>Prof. Otieno Barasa of the University of Nairobi's diplomacy institute said Nairobi had gained standing at the UN. \"Kenya is now the country people call first,\" he said.</p>",
        lambda k: it(k, "Kenya's Haiti mission hands over to a UN office. What did it achieve?", w, ["Halima Mwinyi"], quotes=[q("Otieno Barasa", "University of Nairobi")],
                     junk=["Thanks for reading The Pwani Dispatch", "Subscribe for free"],
                     note="Kenya's security mission abroad: relevant. The platform's subscribe widget sits inside the body: junk. The unnamed commander gives no quote; the professor's quote follows reported speech."))
    w = d(2026, 4, 12, 7, 0, 0, 3)
    add("kenya-somalia-border-reopening-mandera", "Kenya and Somalia reopen the Mandera crossing to traders", w, "Halima Mwinyi",
        "A border closed since 2011 opens for goods, not yet for people",
        "<p>The Mandera crossing opened to licensed traders on Friday for the first time since 2011, after the two interior ministries signed a protocol in Nairobi.</p>" + sub +
        "<p>\"Our lorries used to go round through Ethiopia; that is three extra days,\" said Abdirahman Sheikh Noor, chairman of the Mandera Traders Association.</p>",
        lambda k: it(k, "Kenya and Somalia reopen the Mandera crossing to traders", w, ["Halima Mwinyi"], quotes=[q("Abdirahman Sheikh Noor", "Mandera Traders Association")],
                     junk=["Thanks for reading The Pwani Dispatch"], note="Bilateral border and trade agreement: relevant."))
    w = d(2026, 4, 10, 18, 0, 0, 3)
    add("likoni-ferry-new-vessel-delays", "The Likoni ferry's new vessel is late again", w, "Juma Katana",
        "Commuters wait as the Kenya Ferry Services blames a shipyard",
        "<p>The new ferry for the Likoni channel, due in January, is now expected in August.</p>" + sub +
        "<p>\"Every morning is a gamble,\" said Mwanaisha Salim, who crosses to work in the Old Town.</p>",
        lambda k: it(k, "The Likoni ferry's new vessel is late again", w, ["Juma Katana"], rel=False, quotes=[q("Mwanaisha Salim")],
                     junk=["Thanks for reading The Pwani Dispatch"], note="City transport news: not relevant. A commuter: no affiliation."))
    w = d(2026, 4, 9, 12, 0, 0, 3)
    add("pwani-dispatch-podcast-ep-31", "Pwani Dispatch Podcast, Ep. 31: The fishermen of Shimoni", w, "Halima Mwinyi",
        "Listen now | A conversation about the south coast's catch",
        "<p>In this episode we travel to Shimoni to talk to the fishermen about the catch.</p><p>Listen on Apple Podcasts, Spotify or in the app.</p>",
        lambda k: it(k, "Pwani Dispatch Podcast, Ep. 31: The fishermen of Shimoni", w, ["Halima Mwinyi"], story=False, rel=False, junk=["Listen now"],
                     note="Podcast episode: not a story. The host is credited as dc:creator, so the author stays."), enc=False)
    w = d(2026, 4, 8, 9, 0, 0, 3)
    add("open-thread-april", "Open thread: April, for paid subscribers", w, "Halima Mwinyi",
        "Ask me anything about the coast",
        "<p>This thread is for paid subscribers. Ask me anything about the coast, the port, or the county budget.</p>",
        lambda k: it(k, "Open thread: April, for paid subscribers", w, ["Halima Mwinyi"], story=False, rel=False, note="A subscribers' discussion thread: not a story."), enc=False)
    w = d(2026, 4, 7, 8, 15, 0, 3)
    add("piracy-returns-gulf-of-aden-kenyan-crews", "Piracy is back off Somalia, and Kenyan seafarers are paying for it", w, "Juma Katana and Halima Mwinyi",
        "Three hijackings in a month and a crew from Kilifi still held",
        "<p>Three merchant vessels have been hijacked off the Somali coast in the past month, according to the EU naval force, and a fishing dhow crewed by six men from Kilifi is still being held.</p>" + sub +
        "<p>\"The pirates saw that the navies left for the Red Sea,\" said Cmdr. Liza Ferreira-Haugen of the EU naval force Atalanta. \"They came back within weeks.\"</p>",
        lambda k: it(k, "Piracy is back off Somalia, and Kenyan seafarers are paying for it", w, ["Juma Katana", "Halima Mwinyi"], quotes=[q("Liza Ferreira-Haugen", "EU naval force Atalanta")],
                     junk=["Thanks for reading The Pwani Dispatch"], note="'A and B' in dc:creator. Regional maritime security with Kenyan hostages: relevant. The quote runs across the speaker tag."))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:googleplay="http://www.google.com/schemas/play-podcasts/1.0"><channel>'
            f"<title><![CDATA[The Pwani Dispatch]]></title><description><![CDATA[Independent reporting from Mombasa and the Kenyan coast, on the region and the world.]]></description><link>{base}</link>"
            f"<image><url>https://substackcdn.example/image/fetch/w_256/pwani-logo.png</url><title>The Pwani Dispatch</title><link>{base}</link></image><generator>Substack</generator>"
            f"<lastBuildDate>{gmt(d(2026, 4, 14, 6, 31, 0, 3))}</lastBuildDate><atom:link href=\"{base}/feed\" rel=\"self\" type=\"application/rss+xml\"/>"
            "<copyright><![CDATA[Halima Mwinyi]]></copyright><language><![CDATA[en]]></language><webMaster><![CDATA[pwanidispatch@substack.example]]></webMaster>"
            "<itunes:owner><itunes:email><![CDATA[pwanidispatch@substack.example]]></itunes:email><itunes:name><![CDATA[Halima Mwinyi]]></itunes:name></itunes:owner><itunes:author><![CDATA[Halima Mwinyi]]></itunes:author>"
            "<googleplay:owner><![CDATA[pwanidispatch@substack.example]]></googleplay:owner><googleplay:email><![CDATA[pwanidispatch@substack.example]]></googleplay:email><googleplay:author><![CDATA[Halima Mwinyi]]></googleplay:author>"
            + "".join(rows) + "</channel></rss>")
    return feed("en_ke_pwanidispatch_feed_substack.rss.xml", text, items, lang="en", outlet="The Pwani Dispatch", aliases=["Pwani Dispatch"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Mombasa independent newsletter publication on a Substack-style platform (April 2026): one line, CDATA channel title/description/copyright/language/webMaster, generator 'Substack', itunes and googleplay owner blocks naming the founder, permalink URLs as non-permalink guids, CDATA subtitles as descriptions ('Listen now | …' on the podcast), CDATA dc:creator with one person or 'A and B', image enclosures with length 0, content:encoded with the platform's 'Thanks for reading … Subscribe for free …' widget inside the body, a subscribers' open thread, GMT dates (newsroom +0300)")


# ---------------------------------------------------------------- Coimbatore daily, Drupal 10 (2025)
def kovai():
    base = "https://www.kovaichronicle.example"
    rows, items = [], []

    def add(nid, path, title, when, user, teaser, exp):
        link = f"{base}{path}"
        teaser = teaser.replace('label-hidden">x</span>', f'label-hidden">{title}</span>')
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{link}</link>\n    <description>{esc(teaser)}</description>\n"
                    f"    <pubDate>{rfc822(when)}</pubDate>\n    <dc:creator>{user}</dc:creator>\n    <guid isPermaLink=\"false\">{nid} at {base}</guid>\n    </item>")
        items.append(exp(f"{nid} at {base}"))

    def teaser(byline, place, paras, tags=()):
        b = f'<div class="field field--name-field-byline field--type-string field--label-hidden field__item">{byline}</div>\n' if byline else ""
        t = "".join(f'<div class="field__item"><a href="/tags/{x.lower()}" hreflang="en">{x}</a></div>' for x in tags)
        return (f'<span class="field field--name-title field--type-string field--label-hidden">x</span>\n{b}'
                f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p><strong>{place}:</strong> {paras[0]}</p>'
                + "".join(f"<p>{p}</p>" for p in paras[1:]) + "</div>\n"
                + (f'<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items">{t}</div></div>\n' if tags else ""))

    w = d(2025, 8, 27, 21, 10, 0, 5.5)
    add(48812, "/news/tamil-nadu/27-fishermen-arrested-sri-lankan-navy-delft", "27 Tamil Nadu fishermen arrested by Sri Lankan Navy off Delft island", w, "kc_desk",
        teaser("Special Correspondent", "RAMESWARAM",
               ["Twenty-seven fishermen from Rameswaram and Pamban were arrested by the Sri Lankan Navy off Delft island on Wednesday and three trawlers were seized.",
                "The Ministry of External Affairs said the High Commission in Colombo had sought consular access.",
                "&ldquo;Every season the same boats, the same arrests, and the same promises from Delhi,&rdquo; said P. Jesuraja, president of the Rameswaram Mechanised Boat Fishermen&rsquo;s Association."], ["Fishermen", "Sri Lanka"]),
        lambda k: it(k, "27 Tamil Nadu fishermen arrested by Sri Lankan Navy off Delft island", w, [], quotes=[q("P. Jesuraja", "Rameswaram Mechanised Boat Fishermen’s Association")],
                     junk=["Special Correspondent", "Tags"], note="'Special Correspondent' and the Drupal user name are no people: []. The Drupal byline field and the tags block render into the teaser: junk. India–Sri Lanka fishing dispute with consular access: relevant."))
    w = d(2025, 8, 27, 16, 45, 0, 5.5)
    add(48790, "/business/tiruppur-knitwear-exporters-us-tariff-orders-cancelled", "U.S. tariffs: Tiruppur knitwear exporters report orders worth ₹3,000 crore cancelled", w, "kc_desk",
        teaser("M. Saravanakumar", "TIRUPPUR",
               ["Knitwear exporters in Tiruppur say U.S. buyers have cancelled or put on hold orders worth about ₹3,000 crore since the additional 25% tariff on Indian goods took effect.",
                "&ldquo;We are asking the Centre to open talks on a trade deal before the Christmas season is lost,&rdquo; said K.M. Subramanian, president of the Tiruppur Exporters&rsquo; Association."], ["Tariffs", "Exports"]),
        lambda k: it(k, "U.S. tariffs: Tiruppur knitwear exporters report orders worth ₹3,000 crore cancelled", w, ["M. Saravanakumar"], quotes=[q("K.M. Subramanian", "Tiruppur Exporters’ Association")],
                     junk=["Tags", "M. Saravanakumar"], note="The author comes only from the byline field inside the teaser (dc:creator is a desk account); the byline block is junk in the summary, as the byline field is on the feed's other items. US tariffs on India and trade talks: relevant, though told through local exporters (the event is the tariff, not a local person abroad)."))
    w = d(2025, 8, 27, 11, 0, 0, 5.5)
    add(48771, "/news/coimbatore/metro-rail-dpr-avinashi-road", "Coimbatore metro: revised DPR sent to Centre", w, "kc_desk",
        teaser("Staff Reporter", "COIMBATORE",
               ["The revised detailed project report for the Coimbatore metro rail, covering Avinashi Road and Sathyamangalam Road, has been sent to the Union Ministry of Housing and Urban Affairs."]),
        lambda k: it(k, "Coimbatore metro: revised DPR sent to Centre", w, [], rel=False, junk=["Staff Reporter"], note="City infrastructure: not relevant. 'Staff Reporter' is no person."))
    w = d(2025, 8, 26, 20, 30, 0, 5.5)
    add(48755, "/news/tamil-nadu/students-kyrgyzstan-bishkek-evacuation-embassy", "Tamil Nadu medical students in Bishkek safe, says Embassy", w, "kc_desk",
        teaser("PTI", "NEW DELHI",
               ["The Indian Embassy in Bishkek said on Tuesday that all Indian medical students, including about 400 from Tamil Nadu, were safe after violence against foreign students in the Kyrgyz capital.",
                "Students have been advised to stay indoors and contact the Embassy&rsquo;s helpline."]),
        lambda k: it(k, "Tamil Nadu medical students in Bishkek safe, says Embassy", w, [], junk=["PTI"],
                     note="Agency byline: []. Safety of Indian students abroad and the Embassy's response: relevant."))
    w = d(2025, 8, 26, 14, 0, 0, 5.5)
    add(48740, "/videos/watch-siruvani-dam-water-level", "Watch | Siruvani dam nears full level after heavy rain", w, "kc_video",
        '<span class="field field--name-title field--type-string field--label-hidden">x</span>\n<div class="field field--name-field-video field--type-entity-reference field--label-hidden field__item"><iframe src="https://video.kovaichronicle.example/embed/9931"></iframe></div>\n',
        lambda k: it(k, "Siruvani dam nears full level after heavy rain", w, [], story=False, rel=False, note="Video: not a story. Title label 'Watch |' may be kept or dropped."))
    w = d(2025, 8, 26, 9, 15, 0, 5.5)
    add(48722, "/news/coimbatore/former-mayor-rangasamy-dies", "Former Mayor V. Rangasamy passes away", w, "kc_desk",
        teaser("Staff Reporter", "COIMBATORE",
               ["Former Mayor of Coimbatore V. Rangasamy, 84, died at a private hospital on Monday.",
                "&ldquo;He built the city&rsquo;s first flyover when nobody believed it could be done,&rdquo; said Minister for Electricity R. Thangavelu, who paid homage."]),
        lambda k: it(k, "Former Mayor V. Rangasamy passes away", w, [], rel=False, quotes=[q("R. Thangavelu", "Minister for Electricity")], junk=["Staff Reporter"],
                     note="Local obituary: a story, not relevant."))
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="https://www.kovaichronicle.example/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
            f"    <title>The Kovai Chronicle - Latest</title>\n    <link>{base}/</link>\n    <description>Coimbatore&#039;s own newspaper since 1962</description>\n    <language>en</language>\n"
            f'    <atom:link href="{base}/rss.xml" rel="self" type="application/rss+xml"/>\n' + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_in_kovaichronicle_latest_drupal10.rss.xml", text, items, lang="en", outlet="The Kovai Chronicle", aliases=["Kovai Chronicle"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Coimbatore daily's 'Latest' views RSS on Drupal 10 (August 2025): xml:base, channel 'Brand - Latest', '<nid> at <base>' guids, dc:creator holding the CMS account ('kc_desk', 'kc_video'), escaped rendered teasers with Drupal 10 field wrappers: a title field span, a byline field ('Special Correspondent', 'Staff Reporter', 'PTI' or a person), a body opening with a bold 'PLACE:' dateline, HTML named entities (&amp;ldquo; &amp;rsquo;) inside the escaped markup and a labelled 'Tags' field block, +0530 dates")


FEEDS = [algoa, lanna, pwani, kovai]
