# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the fifty-seventh held-out set (part 2: a Dhaka daily on Drupal 7, a Harare
daily on Joomla 3, a Hong Kong daily on Arc XP, a Chicago public media site on WordPress
Newspack, a developer-news site's Atom feed, a university press office). All outlets, people and
quotations are invented."""
from h57 import cd, d, esc, feed, gmt, iso8601, it, q, rfc822, utc0


# ---------------------------------------------------------------- Dhaka English daily, Drupal 7 (2018)
def ramna():
    base = "https://www.ramnachronicle.example"
    rows, items = [], []

    def add(nid, slug, title, when, creator, body, exp):
        link = f"{base}/world/{slug}-{nid}"
        desc = (f'<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>'
                f'<ul class="links inline"><li class="node-readmore first last"><a href="{link}" rel="tag" title="{title}">Read more<span class="element-invisible"> about {title}</span></a></li></ul>')
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{link}</link>\n    <description>{esc(desc)}</description>\n     <pubDate>{rfc822(when)}</pubDate>\n"
                    f" <dc:creator>{creator}</dc:creator>\n <guid isPermaLink=\"false\">{nid} at {base}</guid>\n  </item>")
        items.append(exp(f"{nid} at {base}"))

    std = ["Read more", "about"]
    w = d(2018, 8, 27, 21, 10, 0, 6)
    add(1623011, "rohingya-repatriation-first-anniversary", "One year on, no Rohingya has returned under repatriation deal", w, "Diplomatic Correspondent",
        '<p>One year after more than 700,000 Rohingya began arriving in Cox\'s Bazar, not a single refugee has returned to Myanmar under the bilateral repatriation arrangement signed in November.</p>'
        '<p>Foreign Secretary Md Shahidul Karim told reporters at the foreign ministry yesterday that Dhaka had handed over lists of 8,032 people for verification.</p>'
        '<p>"Myanmar must create conditions in Rakhine so that the Rohingya go back voluntarily, in safety and dignity," said Foreign Secretary Md Shahidul Karim.</p>',
        lambda k: it(k, "One year on, no Rohingya has returned under repatriation deal", w, [], quotes=[q("Md Shahidul Karim", "Foreign Secretary")], junk=std,
                     note="dc:creator is a desk title ('Diplomatic Correspondent'), no person: []. Drupal 7 teaser with field wrappers and the 'Read more about <title>' link. Relevant."))
    w = d(2018, 8, 27, 17, 44, 0, 6)
    add(1622987, "india-nrc-assam-draft-list", "Assam citizens list: Dhaka says 'internal matter of India'", w, "Staff Correspondent",
        '<p>Dhaka has described India\'s National Register of Citizens in Assam, whose draft left out four million people, as an internal matter of India.</p>'
        '<p>"We have been assured at the highest level that there will be no push-in," Information Minister Hasanul Kabir said.</p>',
        lambda k: it(k, "Assam citizens list: Dhaka says 'internal matter of India'", w, [], quotes=[q("Hasanul Kabir", "Information Minister")], junk=std,
                     note="'Staff Correspondent' is no person. Bilateral issue with India: relevant."))
    w = d(2018, 8, 27, 12, 30, 0, 6)
    add(1622950, "malaysia-labour-market-reopen", "Malaysia to reopen labour market for Bangladeshi workers", w, "Shamima Akter and Rafiqul Islam Bhuiyan",
        '<p><strong>Shamima Akter and Rafiqul Islam Bhuiyan</strong></p>'
        '<p>Malaysia will reopen its labour market to Bangladeshi workers after a review of the recruitment system, Expatriates\' Welfare Minister Nurul Amin Chowdhury said after talks in Kuala Lumpur.</p>'
        '<p>The recruitment of Bangladeshi workers was suspended on September 1 after allegations that a syndicate of ten agencies charged workers excessive fees.</p>',
        lambda k: it(k, "Malaysia to reopen labour market for Bangladeshi workers", w, ["Shamima Akter", "Rafiqul Islam Bhuiyan"], junk=[*std, "Shamima Akter and Rafiqul Islam Bhuiyan"],
                     note="Two reporters in dc:creator and repeated as a bold byline paragraph at the top of the body (junk in the summary). Bilateral labour agreement: relevant."))
    w = d(2018, 8, 26, 22, 5, 0, 6)
    add(1622901, "bangladeshi-student-killed-new-york", "Bangladeshi student shot dead in New York, family seeks body repatriation", w, "Star Online Desk",
        '<p>A 24-year-old Bangladeshi student was shot dead in a robbery in Queens, New York, on Saturday night, his family in Sylhet said.</p>'
        '<p>The family has appealed to the government to bring his body home.</p>',
        lambda k: it(k, "Bangladeshi student shot dead in New York, family seeks body repatriation", w, [], rel=False, junk=std,
                     note="A crime abroad told for a Bangladeshi victim and his family: not relevant. Online desk credit: []."))
    w = d(2018, 8, 26, 15, 0, 0, 6)
    add(1622870, "in-pictures-eid-cattle-markets", "In Pictures: Eid cattle markets across Dhaka", w, "Photo Desk",
        '<p><img src="https://www.ramnachronicle.example/sites/default/files/styles/big_2/public/images/2018/08/26/cattle.jpg" alt="" /></p><p>Photo: Anisur Rahman</p>',
        lambda k: it(k, "Eid cattle markets across Dhaka", w, [], story=False, rel=False, junk=[*std, "Photo: Anisur Rahman"],
                     note="Photo gallery: not a story. Title label 'In Pictures:' may be kept or dropped."))
    w = d(2018, 8, 26, 9, 20, 0, 6)
    add(1622831, "imran-khan-sworn-in-dhaka-congratulates", "Dhaka congratulates new Pakistan premier, hopes for 'fresh start'", w, "BSS, Dhaka",
        '<p>DHAKA, Aug 26 (BSS) - Bangladesh has congratulated Pakistan\'s new prime minister on his swearing-in and expressed hope for a fresh start in relations, which have been strained since 2013.</p>'
        '<p>Prime Minister\'s Press Secretary Ahsan Habib Talukder said the message was sent through the high commission in Islamabad.</p>',
        lambda k: it(k, "Dhaka congratulates new Pakistan premier, hopes for 'fresh start'", w, [], junk=std,
                     note="dc:creator is the national agency with a place ('BSS, Dhaka'): []. Bilateral relations: relevant. Head of government only as setting."))
    text = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{base}"  xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n <title>World | The Ramna Chronicle</title>\n <link>{base}/world</link>\n <description></description>\n <language>en</language>\n'
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_bd_ramnachronicle_world_drupal7.rss.xml", text, items, lang="en", outlet="The Ramna Chronicle", aliases=["Ramna Chronicle"],
                structure="Dhaka English daily's world section on Drupal 7 views RSS (August 2018): xml:base with a double space before xmlns:dc, channel 'World | Brand', empty description, language 'en', irregular indentation of pubDate/dc:creator/guid as Drupal 7 writes them, '<nid> at <base>' guids, escaped body field wrappers and the 'Read more<span class=element-invisible> about <title></span>' link, dc:creator holding desks ('Diplomatic Correspondent', 'Staff Correspondent', 'Photo Desk'), the agency with a place ('BSS, Dhaka') or two people, a bold byline paragraph repeated in the body, an 'In Pictures:' gallery, +0600 dates")


# ---------------------------------------------------------------- Harare daily, Joomla 3 (2015)
def msasa():
    base = "http://www.msasaherald.example"
    rows, items = [], []

    def add(aid, slug, title, when, author, body, exp, cat="World"):
        link = f"{base}/index.php/world/{aid}-{slug}"
        desc = f'<p><img src="{base}/images/2015/{slug[:12]}.jpg" alt="{esc(title)}" /></p>{body}'
        a = f"\n\t\t\t<author>{author}</author>" if author else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{link}</link>\n\t\t\t<guid isPermaLink=\"true\">{link}</guid>\n\t\t\t<description><![CDATA[{desc}]]></description>{a}\n"
                    f"\t\t\t<category>{cat}</category>\n\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t</item>")
        items.append(exp(link))

    w = d(2015, 11, 18, 14, 22, 0, 2)
    add(4410, "sadc-summit-lesotho-report", "SADC adopts Lesotho commission report after delay", w, "editor@msasaherald.example (Tendai Mupfumira)",
        '<p>From Tendai Mupfumira in GABORONE, Botswana</p><p>SADC leaders meeting in Gaborone yesterday adopted the report of the commission of inquiry into the killing of Lesotho\'s former army commander, ending months of wrangling.</p>'
        '<p>"Lesotho must now implement the recommendations without selective reading," said Dr Kudzai Nyamayaro of the SADC Secretariat.</p>',
        lambda k: it(k, "SADC adopts Lesotho commission report after delay", w, ["Tendai Mupfumira"], quotes=[q("Kudzai Nyamayaro", "SADC Secretariat")],
                     junk=["editor@msasaherald.example", "From Tendai Mupfumira in GABORONE, Botswana"],
                     note="Joomla <author> 'e-mail (Name)' plus a 'From Name in PLACE' byline paragraph opening the body (junk in the summary). Regional summit: relevant."))
    w = d(2015, 11, 18, 9, 5, 0, 2)
    add(4402, "china-zimbabwe-yuan-debt", "China cancels $40m debt as Harare moves to adopt yuan", w, "editor@msasaherald.example (Harare Bureau)",
        '<p>China will cancel US$40 million of Zimbabwe\'s debt and the yuan is to become legal tender, Finance and Economic Development Minister Obert Chikowore said yesterday.</p>'
        '<p>"This is the fruit of an all-weather friendship," Finance and Economic Development Minister Obert Chikowore told reporters.</p>',
        lambda k: it(k, "China cancels $40m debt as Harare moves to adopt yuan", w, [], quotes=[q("Obert Chikowore", "Finance and Economic Development Minister")],
                     junk=["editor@msasaherald.example"], note="'Harare Bureau' is a desk: []. Debt relief from China: relevant."))
    w = d(2015, 11, 17, 19, 40, 0, 2)
    add(4395, "zimbabweans-in-south-africa-permits", "ZSP permit holders in SA given until December to apply", w, "editor@msasaherald.example (Rumbidzai Sithole)",
        '<p>Zimbabweans living in South Africa under the special dispensation permit have until December 31 to apply for new permits, South Africa\'s Department of Home Affairs said.</p>'
        '<p>About 200,000 people hold the permits.</p>',
        lambda k: it(k, "ZSP permit holders in SA given until December to apply", w, ["Rumbidzai Sithole"], junk=["editor@msasaherald.example"],
                     note="Migration policy of a neighbouring state affecting Zimbabweans: relevant."))
    w = d(2015, 11, 17, 12, 0, 0, 2)
    add(4388, "warriors-coach-afcon-squad", "Warriors coach names provisional squad for Swaziland tie", w, "editor@msasaherald.example (Sports Reporter)",
        '<p>Warriors coach Kalisto Pasuwa yesterday named a 25-man provisional squad for next week\'s friendly against Swaziland in Mbabane.</p>',
        lambda k: it(k, "Warriors coach names provisional squad for Swaziland tie", w, [], rel=False, junk=["editor@msasaherald.example"],
                     note="Sport: a story, not relevant. 'Sports Reporter' is no person."))
    w = d(2015, 11, 16, 20, 15, 0, 2)
    add(4380, "paris-attacks-zimbabwe-condolences", "Zimbabwe condemns Paris attacks, says no nationals among victims", w, "editor@msasaherald.example (Herald Reporter)",
        '<p>Zimbabwe has condemned last Friday\'s attacks in Paris and said no Zimbabweans were among the victims.</p>'
        '<p>"Terrorism in any form cannot be justified," Foreign Affairs Minister Simbarashe Mutasa said in a statement.</p>',
        lambda k: it(k, "Zimbabwe condemns Paris attacks, says no nationals among victims", w, [], quotes=[q("Simbarashe Mutasa", "Foreign Affairs Minister")],
                     junk=["editor@msasaherald.example"], note="'Herald Reporter' is no person. Relevant."))
    w = d(2015, 11, 16, 10, 0, 0, 2)
    add(4371, "advertorial-diaspora-housing", "Own a home in Harare while working abroad: Diaspora Homes Expo", w, None,
        '<p>PROMOTION: Visit the Diaspora Homes Expo at the HICC this Saturday. Flexible payment plans for Zimbabweans in the UK, South Africa and Australia.</p>',
        lambda k: it(k, "Own a home in Harare while working abroad: Diaspora Homes Expo", w, [], story=False, rel=False, note="Advertorial: not a story."), cat="Promotions")
    text = (f'<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n\t\t<title>World</title>\n\t\t<description><![CDATA[The Msasa Herald: Zimbabwe\'s national daily]]></description>\n'
            f'\t\t<link>{base}/index.php/world</link>\n\t\t<lastBuildDate>{rfc822(d(2015, 11, 18, 12, 30))}</lastBuildDate>\n\t\t<generator>Joomla! - Open Source Content Management</generator>\n'
            f'\t\t<atom:link rel="self" type="application/rss+xml" href="{base}/index.php/world?format=feed&amp;type=rss"/>\n\t\t<language>en-gb</language>\n' + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_zw_msasaherald_world_joomla3.rss.xml", text, items, lang="en", outlet="The Msasa Herald", aliases=["Msasa Herald"],
                structure="Harare daily's world category feed from Joomla 3 (November 2015): generator comment, channel title only the section name 'World' (the brand is in the CDATA description), tab indentation, '?format=feed&amp;type=rss' self link, lastBuildDate in +0000, permalink guids, CDATA descriptions opening with the intro image, <author> in the Joomla 'e-mail (Name)' form with a person or a desk ('Harare Bureau', 'Sports Reporter', 'Herald Reporter'), a 'From Name in PLACE' byline paragraph, a category per item, a promotion, +0200 dates")


# ---------------------------------------------------------------- Hong Kong English daily, Arc XP outbound feed (2022)
def lionrock():
    base = "https://www.lionrockdaily.example"
    rows, items = [], []

    def add(slug, title, when, creators, desc, body, exp, caption=None):
        link = f"{base}/world/{when:%Y/%m/%d}/{slug}/"
        cr = "".join(f"<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        media = (f'<media:content url="https://cloudfront-ap.example/{slug[:10]}.jpg" type="image/jpeg" height="1024" width="1536"><media:description type="plain"><![CDATA[{caption}]]></media:description></media:content>'
                 if caption else "")
        rows.append(f"<item><title><![CDATA[{title}]]></title><link>{link}</link>{cr}<description><![CDATA[{desc}]]></description>"
                    f"<pubDate>{gmt(when)}</pubDate><content:encoded><![CDATA[{body}]]></content:encoded>{media}<guid isPermaLink=\"true\">{link}</guid></item>")
        items.append(exp(link))

    w = d(2022, 7, 1, 12, 40, 0, 8)
    add("asean-foreign-ministers-myanmar-envoy", "Asean envoy to Myanmar denied meeting with detained leader again", w, ["Wong Ka-yan"],
        "Special envoy's second visit ends without access, officials say",
        '<p>The regional bloc\'s special envoy ended his second visit to Myanmar without being allowed to meet the country\'s detained former leader, officials said on Friday.</p>'
        '<p>"Access is not a favour, it was agreed in the five-point consensus," said Amelia Santos of the Asean Parliamentarians for Human Rights.</p>'
        '<p>Foreign ministers of the bloc meet in Phnom Penh next month.</p>',
        lambda k: it(k, "Asean envoy to Myanmar denied meeting with detained leader again", w, ["Wong Ka-yan"], quotes=[q("Amelia Santos", "Asean Parliamentarians for Human Rights")],
                     junk=["Photo: Reuters"], note="Arc XP item: subheadline as description, body in content:encoded, the photo caption with its credit in media:description (junk if shown). Relevant."),
        caption="Officials arrive at a meeting in Naypyidaw. Photo: Reuters")
    w = d(2022, 7, 1, 9, 15, 0, 8)
    add("hong-kong-25th-anniversary-consulates", "Foreign consulates keep low profile on handover anniversary", w, ["Natalie Ho", "Ryan Cheung"],
        "Western diplomats skip celebrations amid travel curbs",
        '<p>Most Western consulates kept a low profile on Friday as Hong Kong marked 25 years since its return to Chinese rule, with several consuls general citing quarantine rules for staying away.</p>'
        '<p>"Attendance is a matter for each government," a spokesman for the Office of the Commissioner of the Ministry of Foreign Affairs said.</p>',
        lambda k: it(k, "Foreign consulates keep low profile on handover anniversary", w, ["Natalie Ho", "Ryan Cheung"],
                     note="Two dc:creator elements. The quoted spokesman is unnamed (a role only); no quote label expected. Diplomacy around the anniversary: relevant."))
    w = d(2022, 6, 30, 20, 0, 0, 8)
    add("hongkongers-in-uk-bno-visa-numbers", "BN(O) visa holders open 200 businesses in Manchester, survey finds", w, ["Karen Lau"],
        "Community groups say more support is needed",
        '<p>Hongkongers who moved to Britain under the British National (Overseas) visa scheme have opened about 200 businesses in Greater Manchester, according to a community survey.</p>'
        '<p>"Most are small restaurants and bakeries, run by families who sold flats in Tseung Kwan O," said Edmond Yip of the Manchester Hong Kong Association.</p>',
        lambda k: it(k, "BN(O) visa holders open 200 businesses in Manchester, survey finds", w, ["Karen Lau"], rel=False, quotes=[q("Edmond Yip", "Manchester Hong Kong Association")],
                     note="Emigrant community feature with a business angle: not relevant."))
    w = d(2022, 6, 30, 15, 30, 0, 8)
    add("nato-madrid-summit-china-challenge", "Nato names China a 'systemic challenge' for the first time", w, ["Agence France-Presse"],
        "Beijing accuses alliance of Cold War mentality",
        '<p>Nato leaders meeting in Madrid on Wednesday named China a "systemic challenge" in the alliance\'s new strategic concept.</p>'
        '<p>China\'s mission to the EU accused the alliance of "smearing" its foreign policy.</p>',
        lambda k: it(k, "Nato names China a 'systemic challenge' for the first time", w, [], note="dc:creator holds an agency: []. Relevant."))
    w = d(2022, 6, 29, 18, 0, 0, 8)
    add("video-star-ferry-last-sailing", "Video | Star Ferry crew on what the harbour means to them", w, ["Lion Rock Daily Video"],
        "Watch",
        '<p><iframe src="https://video.lionrockdaily.example/embed/9921"></iframe></p>',
        lambda k: it(k, "Star Ferry crew on what the harbour means to them", w, [], story=False, rel=False, note="Video: not a story. Title label 'Video |' may be kept or dropped."))
    w = d(2022, 6, 29, 11, 45, 0, 8)
    add("opinion-japan-upper-house-election", "Opinion | Japan's upper house vote is about prices, not pacifism", w, ["Hiroshi Tanabe"],
        "Voters care more about yen than the constitution",
        '<p>Japan votes on July 10, and despite the headlines about constitutional revision, the campaign is being fought over the price of rice and petrol.</p>'
        '<p><em>Hiroshi Tanabe is a former correspondent in Tokyo and a fellow at the Kansai Centre for Policy Research</em></p>',
        lambda k: it(k, "Japan's upper house vote is about prices, not pacifism", w, ["Hiroshi Tanabe"], junk=["is a former correspondent in Tokyo"],
                     note="Opinion column: a story (opinion is news content). Title label 'Opinion |' may be kept or dropped. Foreign election: relevant. The author bio line is junk."))
    text = (f'<?xml version="1.0" encoding="UTF-8"?><rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">'
            f'<channel><title><![CDATA[The Lion Rock Daily]]></title><link>{base}</link><atom:link href="{base}/arc/outboundfeeds/rss/category/world/?outputType=xml" rel="self" type="application/rss+xml"/>'
            f'<description><![CDATA[The Lion Rock Daily News Feed]]></description><lastBuildDate>{gmt(d(2022, 7, 1, 12, 45, 0, 8))}</lastBuildDate><language>en</language><ttl>1</ttl><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency>'
            + "".join(rows) + "</channel></rss>")
    return feed("en_hk_lionrockdaily_world_arcxp.rss.xml", text, items, lang="en", outlet="The Lion Rock Daily", aliases=["Lion Rock Daily"],
                structure="Hong Kong English daily's world section on Arc XP Outbound Feeds (July 2022): one line, no trailing newline, '/arc/outboundfeeds/rss/category/world/?outputType=xml' self link, brand-only channel title, ttl 1 and sy:updatePeriod hourly, CDATA title, one dc:creator per credit (people, an agency, a video brand), the ANS subheadline as description, content:encoded body, media:content with the caption and photo credit in media:description, permalink guids last, 'Video |' and 'Opinion |' title labels, an author bio line, GMT dates (newsroom +0800)")


# ---------------------------------------------------------------- Chicago public media, WordPress Newspack (2026)
def canalport():
    base = "https://www.canalportpublic.example"
    rows, items = [], []

    def add(pid, slug, title, when, creators, excerpt, body, exp):
        link = f"{base}/{when:%Y/%m/%d}/{slug}"
        cr = "\n\t\t".join(f"<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{link}</link>\n\t\t\n\t\t{cr}\n\t\t<pubDate>{gmt(when)}</pubDate>\n\t\t\t\t<category><![CDATA[World]]></category>\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n\t\t\t\t\t\n\t\t\n\t\t\n\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    sup = '<p><em>Canalport Public Media is a nonprofit newsroom. <a href="/donate">Support our journalism</a>.</em></p>'
    std = ["Support our journalism", "nonprofit newsroom"]
    w = d(2026, 3, 9, 16, 5, 0, -5)
    add(93310, "mexico-tariffs-chicago-importers", "Tariff truce with Mexico gives Chicago importers a reprieve", w, ["Lucía Benavides", "Tom Kessler"],
        "The administration paused tariffs on Mexican steel for 90 days.",
        '<p>A 90-day pause in U.S. tariffs on Mexican steel, announced Monday after talks between the two governments, gives distributors in the Chicago area time to renegotiate contracts.</p>'
        '<p>&#8220;We have been living week to week, and 90 days is not a policy, it&#8217;s a breather,&#8221; said Rosa Delgado of the Illinois Manufacturers Trade Council.</p>'
        '<p>Mexico is Illinois&#8217; second-largest export market.</p>' + sup,
        lambda k: it(k, "Tariff truce with Mexico gives Chicago importers a reprieve", w, ["Lucía Benavides", "Tom Kessler"], quotes=[q("Rosa Delgado", "Illinois Manufacturers Trade Council")], junk=std,
                     note="Co-authors as two dc:creator elements. US-Mexico trade policy: relevant, although told with a local angle (the tariff decision is between two governments)."))
    w = d(2026, 3, 9, 11, 0, 0, -5)
    add(93298, "ukrainian-village-refugees-sponsor-program", "Ukrainian Village families brace for end of humanitarian parole", w, ["Oksana Hrytsenko"],
        "About 3,000 Ukrainians in the Chicago area face expiring status.",
        '<p>About 3,000 Ukrainians living in the Chicago area under the humanitarian parole program face the end of their legal status this spring after the federal government declined to extend it.</p>'
        '<p>&#8220;They came for two years and are now asked to go back to a war,&#8221; said Father Mykola Danyliv of St. Volodymyr Parish.</p>' + sup,
        lambda k: it(k, "Ukrainian Village families brace for end of humanitarian parole", w, ["Oksana Hrytsenko"], quotes=[q("Mykola Danyliv", "St. Volodymyr Parish")], junk=std,
                     note="Federal refugee-parole policy for a war: relevant (US policy toward the war's refugees), told locally."))
    w = d(2026, 3, 8, 19, 30, 0, -5)
    add(93275, "worldview-podcast-sudan", "Worldview: Sudan&#8217;s war enters its fourth year", w, ["Worldview Staff"],
        "Listen to the full episode.",
        '<p>On today&#8217;s show, we hear from aid workers in Port Sudan. <a href="https://pod.canalportpublic.example/worldview/0308.mp3">Listen</a></p>' + sup,
        lambda k: it(k, "Worldview: Sudan’s war enters its fourth year", w, [], story=False, rel=False, junk=std, note="Radio show episode page: not a story."))
    w = d(2026, 3, 8, 14, 10, 0, -5)
    add(93260, "pilsen-mural-artist-oaxaca", "Pilsen muralist brings Oaxaca's colors to 18th Street", w, ["Daniela Ruiz"],
        "A new mural honors the artist's hometown.",
        '<p>A 60-foot mural on 18th Street honors the Oaxacan hometown of the artist who painted it, Graciela Montes.</p>'
        '<p>&#8220;Every migrant carries two cities,&#8221; Montes said.</p>' + sup,
        lambda k: it(k, "Pilsen muralist brings Oaxaca's colors to 18th Street", w, ["Daniela Ruiz"], rel=False, quotes=[q("Graciela Montes")], junk=std,
                     note="Looks foreign (Oaxaca) but is a Chicago arts story: not relevant."))
    w = d(2026, 3, 7, 17, 45, 0, -5)
    add(93241, "canada-election-what-to-know", "What Canada&#8217;s snap election means for Great Lakes states", w, ["The Associated Press"],
        "Trade, water and the border are on the ballot.",
        '<p><strong>OTTAWA</strong> — Canadians vote April 27 in a snap election called on Friday. Trade with the United States dominates the campaign.</p>'
        '<p><em>The Associated Press contributed to this report.</em></p>' + sup,
        lambda k: it(k, "What Canada’s snap election means for Great Lakes states", w, [], junk=[*std, "contributed to this report"],
                     note="Agency credit as dc:creator: []. Foreign election: relevant."))
    w = d(2026, 3, 7, 9, 0, 0, -5)
    add(93222, "spring-member-drive", "Double your gift during our spring member drive", w, ["Canalport Public Media"],
        "Every gift is matched through Friday.",
        '<p>Every gift is matched through Friday. <a href="/donate">Give now</a>.</p>',
        lambda k: it(k, "Double your gift during our spring member drive", w, [], story=False, rel=False, note="Fundraising promo: not a story."))
    head = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            f'\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f'\t<title>World Archives - Canalport Public Media</title>\n\t<atom:link href="{base}/category/world/feed" rel="self" type="application/rss+xml" />\n\t<link>{base}/category/world</link>\n\t<description>Chicago news, public radio, community</description>\n'
            f'\t<lastBuildDate>{gmt(d(2026, 3, 9, 16, 10, 0, -5))}</lastBuildDate>\n\t<language>en-US</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.9.1</generator>\n')
    text = head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("en_us_canalportpublic_world_newspack.rss.xml", text, items, lang="en", outlet="Canalport Public Media",
                structure="Chicago public media newsroom's world category on WordPress 6.9 with Newspack and co-authors (March 2026): feed-rss2 layout with the Yoast-style 'World Archives - Brand' channel title, one CDATA dc:creator per co-author (people, 'Worldview Staff', an agency, the brand), '?p=' guids, one-sentence excerpt descriptions, content:encoded ending with an italic nonprofit support line, an agency contribution line, a radio show episode and a member-drive promo, GMT dates (newsroom -0500)")


# ---------------------------------------------------------------- developer-news site, Atom (2015)
def stacklane():
    base = "https://stacklane.example"
    ents, items = [], []

    def add(slug, title, when, upd, authors, summary, content, exp):
        link = f"{base}/news/{when:%Y/%m}/{slug}"
        au = "".join(f"\n    <author>\n      <name>{a}</name>\n    </author>" for a in authors)
        ents.append(f"  <entry>\n    <title type=\"html\">{esc(title)}</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{link}\"/>\n    <id>tag:stacklane.example,{when:%Y-%m-%d}:/news/{slug}</id>\n"
                    f"    <published>{iso8601(when)}</published>\n    <updated>{iso8601(upd)}</updated>{au}\n    <summary type=\"html\">{esc(summary)}</summary>\n    <content type=\"html\">{esc(content)}</content>\n  </entry>")
        items.append(exp(f"tag:stacklane.example,{when:%Y-%m-%d}:/news/{slug}"))

    w = d(2015, 10, 7, 10, 30, 0, 2)
    add("safe-harbor-ruling-cloud-providers", "EU court strikes down Safe Harbor: what it means for developers", w, d(2015, 10, 7, 14, 0, 0, 2), ["Lena Brandt"],
        "The EU's top court invalidated the data-transfer framework with the US.",
        "<p>The Court of Justice of the EU on Tuesday declared invalid the Safe Harbor framework under which thousands of companies transferred personal data to the United States.</p>"
        "<p>&quot;Teams that rely on a US region for EU users need to look at model clauses this week, not next quarter,&quot; said Jonas Vikström of the Nordic Cloud Users Group.</p>",
        lambda k: it(k, "EU court strikes down Safe Harbor: what it means for developers", w, ["Lena Brandt"], quotes=[q("Jonas Vikström", "Nordic Cloud Users Group")],
                     note="Transatlantic data-transfer framework between the EU and the US struck down: relevant (world-affairs weight). Atom published and updated differ; the date is published."))
    w = d(2015, 10, 6, 16, 0, 0, 2)
    add("rust-1-3-released", "Rust 1.3 released with faster substring search", w, w, ["Mateusz Kowal"],
        "The six-weekly release brings a new string search algorithm.",
        "<p>Rust 1.3 brings the Two-Way algorithm to substring search and stabilises the Duration type.</p>",
        lambda k: it(k, "Rust 1.3 released with faster substring search", w, ["Mateusz Kowal"], rel=False, note="Product release: not relevant."))
    w = d(2015, 10, 5, 12, 0, 0, 2)
    add("wassenaar-intrusion-software-comments", "Security researchers push back on Wassenaar 'intrusion software' rules", w, w, ["Lena Brandt", "Sam Okafor"],
        "Export-control proposal would cover exploit code, critics say.",
        "<p>Security researchers have filed hundreds of comments opposing a proposed US implementation of the Wassenaar Arrangement's controls on 'intrusion software', which they say would require export licences for sharing exploit code.</p>"
        "<p>&quot;Read literally, this rule makes a bug report to a foreign vendor an export,&quot; said Priya Raman of the Open Security Research Alliance.</p>",
        lambda k: it(k, "Security researchers push back on Wassenaar 'intrusion software' rules", w, ["Lena Brandt", "Sam Okafor"], quotes=[q("Priya Raman", "Open Security Research Alliance")],
                     note="Two <author> elements. Multilateral export controls: relevant."))
    w = d(2015, 10, 5, 8, 0, 0, 2)
    add("weekly-digest-40", "Stacklane Weekly #40: containers, compilers and a conference season", w, w, ["Stacklane"],
        "The links we read this week.",
        "<ul><li><a href=\"https://example.org/a\">Docker 1.8.2 notes</a></li><li><a href=\"https://example.org/b\">Go 1.5 GC deep dive</a></li></ul>",
        lambda k: it(k, "Stacklane Weekly #40: containers, compilers and a conference season", w, [], story=False, rel=False, note="Link roundup newsletter: not a story."))
    w = d(2015, 10, 2, 11, 0, 0, 2)
    add("github-blocked-china-ddos-anniversary", "Developers in China report GitHub slowdowns again", w, w, ["Chen Rui"],
        "Pages load slowly or time out behind the firewall.",
        "<p>Developers in Beijing and Shanghai reported slow or failed connections to GitHub on Thursday, six months after a large attack on the site traced to traffic redirected inside China.</p>",
        lambda k: it(k, "Developers in China report GitHub slowdowns again", w, ["Chen Rui"],
                     note="State internet filtering and a state-linked attack on a foreign service: relevant (borderline; world-affairs weight through censorship between states)."))
    w = d(2015, 10, 1, 9, 0, 0, 2)
    add("job-board-october", "Hiring? Post on the Stacklane job board", w, w, ["Stacklane"],
        "Reach 80,000 developers.",
        "<p>Reach 80,000 developers each month. <a href=\"/jobs/new\">Post a job</a>.</p>",
        lambda k: it(k, "Hiring? Post on the Stacklane job board", w, [], story=False, rel=False, note="Promo for a job board: not a story."))
    text = (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">\n  <title>Stacklane News</title>\n  <subtitle>News for people who ship software</subtitle>\n'
            f'  <link rel="self" type="application/atom+xml" href="{base}/news.atom"/>\n  <link rel="alternate" type="text/html" href="{base}/news"/>\n  <id>tag:stacklane.example,2012:/news</id>\n'
            f'  <updated>{iso8601(d(2015, 10, 7, 14, 0, 0, 2))}</updated>\n  <generator uri="https://middlemanapp.example/">Middleman</generator>\n' + "\n".join(ents) + "\n</feed>\n")
    return feed("en_tech_stacklane_news_middleman.atom.xml", text, items, lang="en", outlet="Stacklane", aliases=["Stacklane News"], shape="atom", topic="tech",
                ctype="application/atom+xml; charset=utf-8",
                structure="Developer-news site's Atom feed from a Middleman static build (October 2015): xml:lang on <feed>, 'tag:' ids with the publication date, published and updated (differing on one entry), one <author> per author (people or the brand), escaped html title/summary/content, a link-roundup newsletter and a job-board promo, +0200 offsets")


# ---------------------------------------------------------------- university press office news feed (2019)
def fenwick():
    base = "https://www.fenwick.ac.example"
    rows, items = [], []

    def add(nid, slug, title, when, desc, exp):
        link = f"{base}/news/{when:%Y}/{when:%m}/{slug}"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{link}</link>\n<description>{esc(desc)}</description>\n<pubDate>{rfc822(when, gmt=True)}</pubDate>\n<guid isPermaLink=\"false\">fenwick-news-{nid}</guid>\n</item>")
        items.append(exp(f"fenwick-news-{nid}"))

    contact = "<p><strong>Media contact:</strong> Press Office, press@fenwick.ac.example, +44 (0)191 555 0100</p>"
    junk = ["Media contact", "press@fenwick.ac.example"]
    w = d(2019, 5, 14, 9, 0)
    add(7712, "sahel-drought-migration-study", "Drought, not conflict, drove most moves within the Sahel, study finds", w,
        "<p>Researchers at Fenwick's Centre for Dryland Studies analysed 20 years of displacement records from Mali, Niger and Burkina Faso.</p>"
        "<p>\"Policy in Europe treats every move as a step toward the Mediterranean, and our data do not show that,\" said Professor Amina Diallo-Shaw, who led the study.</p>" + contact,
        lambda k: it(k, "Drought, not conflict, drove most moves within the Sahel, study finds", w, [], quotes=[q("Amina Diallo-Shaw")], junk=junk,
                     note="A single study: not relevant by the convention for science feeds (even with a policy remark). The speaker is described by role only ('who led the study'); affiliation none. The media-contact line is junk."))
    w = d(2019, 5, 10, 11, 30)
    add(7701, "arctic-council-observer-fenwick", "Fenwick scientists join UK delegation to Arctic Council ministerial", w,
        "<p>Two polar researchers from the university advised the UK observer delegation at the Arctic Council ministerial meeting in Rovaniemi, where members failed to agree a joint declaration for the first time.</p>"
        "<p>\"The science on sea ice is settled; the diplomacy is not,\" said Dr Hamish Carr, reader in polar oceanography.</p>" + contact,
        lambda k: it(k, "Fenwick scientists join UK delegation to Arctic Council ministerial", w, [], quotes=[q("Hamish Carr", "reader in polar oceanography")], junk=junk,
                     note="Intergovernmental meeting that failed to agree a declaration: relevant. Affiliation is the role the text gives."))
    w = d(2019, 5, 9, 14, 0)
    add(7694, "graphene-membrane-desalination", "Graphene membrane cuts energy cost of desalination", w,
        "<p>A membrane developed by chemists at Fenwick filters salt from seawater with a third less energy than current reverse-osmosis systems, according to a paper in Nature Materials.</p>" + contact,
        lambda k: it(k, "Graphene membrane cuts energy cost of desalination", w, [], rel=False, junk=junk, note="Single paper: not relevant."))
    w = d(2019, 5, 8, 10, 0)
    add(7688, "public-lecture-brexit-science", "Public lecture: What Brexit means for British science", w,
        "<p>Join us on 22 May at 6pm in the Armstrong Hall. Free, booking required.</p>",
        lambda k: it(k, "Public lecture: What Brexit means for British science", w, [], story=False, rel=False, note="Event announcement: not a story."))
    w = d(2019, 5, 7, 15, 45)
    add(7680, "horizon-2020-funding-secured", "University secures €4m in EU Horizon 2020 funding despite Brexit uncertainty", w,
        "<p>Fenwick researchers will lead two EU-funded projects on coastal flooding, the university announced.</p>"
        "<p>\"We are a European university and intend to stay one,\" said Vice-Chancellor Professor Ruth Egan.</p>" + contact,
        lambda k: it(k, "University secures €4m in EU Horizon 2020 funding despite Brexit uncertainty", w, [], rel=False, quotes=[q("Ruth Egan", "Vice-Chancellor")], junk=junk,
                     note="Institutional funding news: not relevant under the science-feed convention."))
    w = d(2019, 5, 3, 12, 0)
    add(7671, "honorary-degrees-2019", "Honorary degrees for 2019 announced", w,
        "<p>Seven honorary graduates will be recognised at summer congregations.</p>",
        lambda k: it(k, "Honorary degrees for 2019 announced", w, [], rel=False, note="Institutional announcement: a short news item, not relevant."))
    text = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<title>Fenwick University news</title>\n<link>{base}/news</link>\n<description>Latest news from Fenwick University press office</description>\n<language>en-gb</language>\n'
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_science_fenwickuni_pressoffice.rss.xml", text, items, lang="en", outlet="Fenwick University", topic="science",
                structure="UK university press office's news feed from a T4-style site manager export (May 2019): no indentation, no namespaces, no author element (press office releases), 'fenwick-news-<id>' non-permalink guids, escaped HTML descriptions ending with a bold 'Media contact:' line, GMT dates written 'GMT', an event announcement and an honorary-degrees notice")


FEEDS = [ramna, msasa, lionrock, canalport, stacklane, fenwick]
