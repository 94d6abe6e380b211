# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English world desks of the forty-first held-out set (part 2: a Colombo daily on dotCMS, a
Bulawayo daily on WordPress 5.5 with the JNews theme, a Phnom Penh daily on Statamic, a Dhaka
daily on Drupal 11). All outlets, people and quotations are invented."""
from h41 import P, cd, d, esc, feed, gmt, it, newest, q, rfc822, utc0, wpt, zone_abbr


# ---------------------------------------------------------------- Colombo daily on dotCMS 4 (March 2018)
def gallefaces():
    base = "https://www.gallefacereview.example"
    rows, items = [], []

    def add(uid, slug, title, when, byline, body, exp):
        url = f"{base}/news/world/{slug}"
        by = f"\n      <dc:creator>{esc(byline)}</dc:creator>" if byline else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"false\">{uid}</guid>\n      <pubDate>{zone_abbr(when, 'IST')}</pubDate>{by}\n"
                    f"      <description><![CDATA[{body}]]></description>\n    </item>")
        items.append(exp(uid))

    w = d(2018, 3, 22, 18, 10, 0, 5.5)
    add("5b1e7f0a-3c2d-4e8b-9a61-0d7f2c1e9b44", "maldives-lifts-state-of-emergency", "Maldives lifts state of emergency after 45 days", w, "Shiran Wickremaratne",
        P("<b>MALE, March 22:</b> The Maldives lifted a 45-day state of emergency on Thursday, but two Supreme Court judges and a former president arrested under it remain in custody.",
          "India and the United States had urged the government to restore constitutional rights. Sri Lanka's Foreign Ministry said it welcomed the decision.",
          "&ldquo;Lifting the decree is not the same as restoring the courts,&rdquo; said Aishath Reeza, a lawyer in Male who represents several of the detained.",
          "About 50,000 Sri Lankans visit the Maldives every year, and hundreds work in its resorts.") + '<p><em>Courtesy: Galle Face Review</em></p>',
        lambda k: it(k, "Maldives lifts state of emergency after 45 days", w, ["Shiran Wickremaratne"], quotes=[q("Aishath Reeza")], junk=["Courtesy:"],
                     note="dotCMS: guid is the content identifier (a UUID, not a URL); pubDate written by Java's SimpleDateFormat with the zone abbreviation 'IST' (Asia/Colombo, +05:30). A neighbour's political crisis: relevant."))
    w = d(2018, 3, 14, 22, 45, 0, 5.5)
    add("a0c44d19-88b2-4f7e-b1d3-6e2a9f0c7d15", "britain-expels-23-russian-diplomats", "Britain expels 23 Russian diplomats over Salisbury poisoning", w, "",
        P("<b>LONDON, March 14 (AFP) -</b> Britain on Wednesday ordered 23 Russian diplomats to leave the country within a week, the largest expulsion in three decades, after Moscow ignored a deadline to explain how a nerve agent came to be used against a former spy and his daughter in Salisbury.",
          "Russia denies any involvement and said it would respond.",
          "&ldquo;This is a response that the Kremlin will understand, because it is one they use themselves,&rdquo; said Professor Helen Marchbanks of King's College London."),
        lambda k: it(k, "Britain expels 23 Russian diplomats over Salisbury poisoning", w, [], quotes=[q("Helen Marchbanks", "King's College London")], junk=["(AFP)"], note="No dc:creator: agency copy."))
    w = d(2018, 3, 11, 20, 5, 0, 5.5)
    add("c7d2e5f1-1b09-4a8c-bd72-3f5e6a0d9c28", "china-scraps-presidential-term-limits", "China's parliament scraps presidential term limits", w, "Reuters",
        P("<b>BEIJING, March 11 (Reuters) -</b> China's parliament on Sunday approved the removal of presidential term limits, with only two delegates voting against and three abstaining out of nearly 3,000.",
          "The change allows the president to remain in office after his second term ends in 2023."),
        lambda k: it(k, "China's parliament scraps presidential term limits", w, [], junk=["(Reuters)"], note="Agency in dc:creator: []."))
    w = d(2018, 3, 10, 15, 30, 0, 5.5)
    add("e9f1a2b3-7c6d-4e5f-8a9b-0c1d2e3f4a5b", "curfew-relaxed-in-kandy", "Curfew relaxed in Kandy district; social media restrictions to stay", w, "Nadeesha Perera and Rizwan Hameed",
        P("<b>KANDY:</b> The police curfew in the Kandy district was relaxed from 6 a.m. to 6 p.m. yesterday as calm returned to areas hit by communal violence this week.",
          "The Government said restrictions on social media platforms would remain until further notice."),
        lambda k: it(k, "Curfew relaxed in Kandy district; social media restrictions to stay", w, ["Nadeesha Perera", "Rizwan Hameed"], rel=False,
                     note="Home news in the world list: not relevant. 'A and B' byline: two people."))
    w = d(2018, 3, 17, 11, 0, 0, 5.5)
    add("f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f", "nidahas-trophy-final-tickets-sold-out", "Nidahas Trophy: Final tickets sold out in two hours", w, "Sports Desk",
        P("Tickets for Sunday's Nidahas Trophy final at the R. Premadasa Stadium were sold out within two hours of going on sale yesterday, Sri Lanka Cricket said."),
        lambda k: it(k, "Nidahas Trophy: Final tickets sold out in two hours", w, [], rel=False, note="Home sport: not relevant. 'Nidahas Trophy:' is part of the headline."))
    w = d(2018, 3, 16, 7, 0, 0, 5.5)
    add("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "podcast-the-week-in-south-asia-ep-41", "Podcast: The Week in South Asia, Episode 41", w, "",
        '<p><audio controls src="https://media.gallefacereview.example/podcast/twsa-041.mp3"></audio></p>' + P("Our foreign desk on the Maldives, the Nepal coalition and the week ahead. Listen on the player above or subscribe wherever you get your podcasts."),
        lambda k: it(k, "The Week in South Asia, Episode 41", w, [], story=False, rel=False, note="Podcast episode: not a story. Title label 'Podcast:' may be kept or dropped."))
    rows, items = newest(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n    <title>World | Galle Face Review</title>\n'
            f'    <link>{base}/news/world</link>\n    <description>World news</description>\n    <language>en-us</language>\n'
            f'    <lastBuildDate>{zone_abbr(d(2018, 3, 22, 18, 12, 0, 5.5), "IST")}</lastBuildDate>\n' + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_lk_gallefacereview_world_dotcms.rss.xml", text, items, lang="en", outlet="Galle Face Review", aliases=["The Galle Face Review"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Colombo English daily's world section from a dotCMS 4 Velocity template (March 2018): two-space indentation, channel 'World | Brand', en-us (the template's default: Sri Lanka shows through Kandy, the Premadasa Stadium, 'Sri Lanka Cricket'), lastBuildDate, items with guid BEFORE pubDate holding the dotCMS content identifier (a UUID, isPermaLink=false), pubDate AND lastBuildDate with the zone abbreviation 'IST' from Java's SimpleDateFormat (Asia/Colombo, +05:30), dc:creator with a person, 'A and B', an agency, 'Sports Desk' or absent, CDATA HTML with bold datelines 'CITY, Month D (AGENCY) -', HTML named entities &ldquo;/&rdquo; inside CDATA, a 'Courtesy:' line, a podcast with an audio tag",
                notes="Sri Lanka is the home country.")


# ---------------------------------------------------------------- Bulawayo daily on WordPress 5.5 + JNews (September 2020)
def echo():
    base = "https://www.bulawayoecho.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{slug}/"
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<comments>{url}#respond</comments>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{utc0(when)}</pubDate>{cts}\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
                    f"\t\t\t\t\t\n\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t\t<slash:comments>0</slash:comments>\n\t\t\n\t\t\n\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    fig = lambda img, cap: f'<figure class="wp-block-image size-large"><img loading="lazy" width="800" height="533" src="{base}/wp-content/uploads/2020/09/{img}" alt="" class="wp-image-0"/><figcaption>{cap}</figcaption></figure>'
    w = d(2020, 9, 16, 19, 0, 0, 2)
    add(170233, "sadc-weighs-response-as-insurgents-hold-mozambique-islands", "SADC weighs response as insurgents hold Mozambique islands", w, "Nkosana Dube, Senior Reporter", ["World", "Africa"],
        "SOUTHERN African Development Community (SADC) defence chiefs will meet next week to discuss the insurgency in northern Mozambique",
        fig("cabo-delgado.jpg", "Displaced families arrive in Pemba. (Picture: AFP)") + P(
            "SOUTHERN African Development Community (SADC) defence chiefs will meet next week to discuss the insurgency in northern Mozambique, where militants have held two islands off the Cabo Delgado coast since last week.",
            "More than 250 000 people have fled the violence since 2017, according to the United Nations.",
            "&#8220;The region waited too long, hoping it would stay a Mozambican problem,&#8221; said Mr Sibusiso Ncube, a security analyst at the National University of Science and Technology in Bulawayo.",
            "Zimbabwe, which sent troops to Mozambique during the civil war, has not said whether it would contribute to any regional force."),
        lambda k: it(k, "SADC weighs response as insurgents hold Mozambique islands", w, ["Nkosana Dube"], quotes=[q("Sibusiso Ncube", "National University of Science and Technology")], junk=["Picture: AFP"],
                     note="dc:creator 'Name, Senior Reporter': the job title is not part of the name. Zimbabwe's role in a regional security question: relevant."))
    w = d(2020, 9, 9, 17, 30, 0, 2)
    add(169980, "anc-delegation-in-harare-for-talks", "ANC delegation in Harare for talks with Zanu-PF", w, "Harare Bureau", ["World", "National"],
        "A DELEGATION of South Africa&#8217;s governing ANC arrived in Harare yesterday for talks with Zanu-PF",
        P("A DELEGATION of South Africa&#8217;s governing ANC arrived in Harare yesterday for talks with Zanu-PF on the situation in the country, a month after special envoys sent by Pretoria returned without meeting opposition leaders.",
          "The visit has drawn criticism from opposition parties, which said the talks should involve the Government and not only the ruling party."),
        lambda k: it(k, "ANC delegation in Harare for talks with Zanu-PF", w, [], note="'Harare Bureau' is a desk credit. A foreign governing party's mission about the country's crisis: relations with South Africa, relevant."))
    w = d(2020, 9, 14, 11, 15, 0, 2)
    add(170102, "council-rations-water-as-dams-fall", "Council extends water rationing as dams fall to 30 percent", w, "Lungile Sibanda", ["City", "World"],
        "BULAWAYO City Council has extended water shedding to 120 hours a week in some suburbs",
        P("BULAWAYO City Council has extended water shedding to 120 hours a week in some suburbs as the city&#8217;s supply dams fell to 30 percent of capacity.",
          "Residents in Pumula and Luveve said they had gone a week without water."),
        lambda k: it(k, "Council extends water rationing as dams fall to 30 percent", w, ["Lungile Sibanda"], rel=False, note="City news in the world feed: not relevant."))
    w = d(2020, 9, 13, 20, 20, 0, 2)
    add(170077, "belarus-protesters-defy-crackdown", "Belarus protesters defy crackdown for fifth weekend", w, "AFP", ["World", "Europe"],
        "TENS of thousands of people marched through Minsk yesterday, the fifth Sunday of protests",
        fig("minsk.jpg", "Protesters in Minsk on Sunday. (Picture: AFP)") + P(
            "TENS of thousands of people marched through Minsk yesterday, the fifth Sunday of protests against the disputed re-election of President Alexander Lukashenko.",
            "Police detained more than 400 people, according to a rights group.") + "<p>&#8211; AFP</p>",
        lambda k: it(k, "Belarus protesters defy crackdown for fifth weekend", w, [], junk=["Picture: AFP"], note="Agency copy: 'AFP' in dc:creator and as a closing '– AFP' paragraph."))
    w = d(2020, 9, 15, 9, 0, 0, 2)
    add(170140, "highlanders-resume-training", "Highlanders resume training under Covid-19 protocols", w, "Sports Reporter", ["Sport", "World"],
        "HIGHLANDERS resumed training yesterday after the Government approved the return of low-risk sport",
        P("HIGHLANDERS resumed training yesterday after the Government approved the return of low-risk sport, with players tested before entering Barbourfields Stadium."),
        lambda k: it(k, "Highlanders resume training under Covid-19 protocols", w, [], rel=False, note="Home sport: not relevant."))
    w = d(2020, 9, 16, 21, 45, 0, 2)
    add(170250, "covid-19-zimbabwe-update-16-september-2020", "Covid-19: Zimbabwe update, 16 September 2020", w, "Bulawayo Evening Echo", ["Health", "World"],
        "Latest figures from the Ministry of Health and Child Care",
        '<figure class="wp-block-table"><table><tbody><tr><td>Confirmed cases</td><td>7 583</td></tr><tr><td>Recoveries</td><td>5 840</td></tr><tr><td>Deaths</td><td>224</td></tr></tbody></table></figure><p>Source: Ministry of Health and Child Care</p>',
        lambda k: it(k, "Covid-19: Zimbabwe update, 16 September 2020", w, [], story=False, rel=False, note="A daily figures table: not a story."))
    rows, items = newest(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f'\t<title>World &#8211; Bulawayo Evening Echo</title>\n\t<atom:link href="{base}/category/world/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f'\t<description>The voice of the region</description>\n\t<lastBuildDate>{utc0(d(2020, 9, 16, 21, 45, 0, 2))}</lastBuildDate>\n\t<language>en-US</language>\n'
            '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=5.5.1</generator>\n\n'
            f'<image>\n\t<url>{base}/wp-content/uploads/2020/02/cropped-echo-icon-32x32.png</url>\n\t<title>World &#8211; Bulawayo Evening Echo</title>\n\t<link>{base}</link>\n\t<width>32</width>\n\t<height>32</height>\n</image> \n')
    text = head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("en_zw_bulawayoecho_world_wp55_jnews.rss.xml", text, items, lang="en", outlet="Bulawayo Evening Echo", aliases=["The Bulawayo Evening Echo"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Bulawayo evening daily's 'World' category on WordPress 5.5.1 with the JNews theme's feed template (September 2020): WordPress's namespace block, sy:update* with the 5.x whitespace, site-icon <image>, channel 'World &#8211; Brand', en-US, '/<slug>/' links, '?p=<id>' guids, the theme's reordered item children (dc:creator BEFORE pubDate, deep blank-line indentation), +0000 pubDates (newsroom +0200), CDATA dc:creator with 'Name, Senior Reporter', a person, 'Harare Bureau', 'Sports Reporter', 'AFP' or the brand, CDATA categories, upper-case first words ('BULAWAYO City Council'), Gutenberg <figure> with '(Picture: AFP)' figcaptions, '– AFP' closing paragraph, a Covid-19 figures table, city news and sport under World",
                notes="Zimbabwe is the home country.")


# ---------------------------------------------------------------- Phnom Penh daily on Statamic 4 (July 2023)
def mekong():
    base = "https://www.mekongmorningpost.example"
    rows, items = [], []

    def add(slug, title, when, author, excerpt, body, exp, section="world"):
        url = f"{base}/{section}/{slug}"
        au = f"\n      <dc:creator>{esc(author)}</dc:creator>" if author else ""
        rows.append(f"    <item>\n      <title><![CDATA[{title}]]></title>\n      <link>{url}</link>\n      <guid isPermaLink=\"true\">{url}</guid>\n      <pubDate>{rfc822(when)}</pubDate>{au}\n"
                    f"      <description><![CDATA[{excerpt}]]></description>\n      <content:encoded><![CDATA[{body}]]></content:encoded>\n    </item>")
        items.append(exp(url))

    w = d(2023, 7, 13, 18, 40, 0, 7)
    add("asean-ministers-split-over-myanmar-contacts", "ASEAN ministers split over Thai contacts with Myanmar junta", w, "Sok Dara",
        "Foreign ministers meeting in Jakarta failed to agree on how to handle Thailand's separate talks with Myanmar's military leaders.",
        P("<strong>JAKARTA –</strong> Southeast Asian foreign ministers meeting in Jakarta failed on Thursday to agree on how to handle Thailand's separate talks with Myanmar's military leaders, exposing divisions over the bloc's five-point peace plan.",
          "Cambodia, which chaired ASEAN last year, said the plan remained the only basis for the bloc's approach.",
          "“Every member now has its own Myanmar policy, and ASEAN has a statement,” said Chea Sophal, a researcher at the Phnom Penh Institute for Regional Dialogue.",
          "The ministers' joint communique was delayed by a day.") + '<figure><img src="https://www.mekongmorningpost.example/assets/2023/07/asean-jakarta.jpg" alt="Foreign ministers pose for a photo in Jakarta"><figcaption>Foreign ministers at the opening session on Tuesday. AFP</figcaption></figure>',
        lambda k: it(k, "ASEAN ministers split over Thai contacts with Myanmar junta", w, ["Sok Dara"], quotes=[q("Chea Sophal", "Phnom Penh Institute for Regional Dialogue")], junk=["AFP"],
                     note="Statamic Antlers template: CDATA title, permalink guid, PHP date('r') pubDate (+0700), excerpt and full Bard HTML with a <figure> after the text."))
    w = d(2023, 7, 19, 16, 10, 0, 7)
    add("thai-parliament-blocks-reformist-pm-bid", "Thai parliament blocks reformist's second bid for premiership", w, "Reuters",
        "Thailand's parliament voted against allowing the winner of May's election to be nominated a second time.",
        P("<strong>BANGKOK –</strong> Thailand's parliament on Wednesday voted against allowing the leader of the party that won May's election to be nominated a second time for prime minister, and the Constitutional Court suspended him as an MP.",
          "Hundreds of supporters gathered outside parliament.") + "<p><em>– Reuters</em></p>",
        lambda k: it(k, "Thai parliament blocks reformist's second bid for premiership", w, [], junk=["– Reuters"], note="Neighbour's politics: relevant. Agency as dc:creator."))
    w = d(2023, 7, 17, 21, 0, 0, 7)
    add("russia-quits-black-sea-grain-deal", "Russia quits Black Sea grain deal", w, None,
        "Moscow said it would no longer guarantee the safety of ships carrying Ukrainian grain.",
        P("<strong>MOSCOW –</strong> Russia on Monday pulled out of the deal that allowed Ukraine to export grain through the Black Sea, saying its own demands on food and fertiliser exports had not been met.",
          "“Poorer importers will feel this within weeks,” said Rath Kimleang, a rice exporter in Phnom Penh who ships to West Africa.",
          "The United Nations said it regretted the decision."),
        lambda k: it(k, "Russia quits Black Sea grain deal", w, [], quotes=[q("Rath Kimleang")], note="No author element."))
    w = d(2023, 7, 22, 9, 0, 0, 7)
    add("campaign-ends-ahead-of-sunday-vote", "Campaign ends ahead of Sunday's national election", w, "Meas Sreyneang",
        "Parties held final rallies in the capital on Friday.",
        P("Parties held final rallies in Phnom Penh on Friday, the last day of campaigning before Sunday's national election.",
          "The National Election Committee said 9.7 million people were registered to vote."),
        lambda k: it(k, "Campaign ends ahead of Sunday's national election", w, ["Meas Sreyneang"], rel=False, note="Home election: not relevant."), section="national")
    w = d(2023, 7, 20, 12, 30, 0, 7)
    add("garment-orders-slow-in-second-quarter", "Garment orders slow in second quarter, factory group says", w, "Heng Vuthy",
        "Exports of garments, footwear and travel goods fell by a fifth.",
        P("Exports of garments, footwear and travel goods fell by a fifth in the second quarter, the garment manufacturers' association said, blaming weak demand in Europe and the United States."),
        lambda k: it(k, "Garment orders slow in second quarter, factory group says", w, ["Heng Vuthy"], rel=False, note="Home business: not relevant."), section="business")
    w = d(2023, 7, 23, 7, 0, 0, 7)
    add("live-election-day-2023", "LIVE: Election day 2023", w, "Post Staff",
        "Follow our live coverage as Cambodians vote.",
        '<p>Follow our live coverage as Cambodians vote. This page will be updated throughout the day.</p><div class="live-blog" data-liveblog-id="2023-election"></div>',
        lambda k: it(k, "Election day 2023", w, [], story=False, rel=False, note="Live page: not a story. Title label 'LIVE:' may be kept or dropped."), section="national")
    rows, items = newest(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
            f'    <title>The Mekong Morning Post — World</title>\n    <link>{base}/world</link>\n    <atom:link href="{base}/world/feed" rel="self" type="application/rss+xml" />\n'
            '    <description>News from Cambodia and the world</description>\n    <language>en</language>\n' + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_kh_mekongmorningpost_world_statamic.rss.xml", text, items, lang="en", outlet="The Mekong Morning Post", aliases=["Mekong Morning Post"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Phnom Penh English daily's world feed from a Statamic 4 (Laravel) Antlers template (July 2023): two-space indentation, channel 'Brand — World' with an em dash, language 'en', atom self link, CDATA titles, '/<section>/<slug>' links as permalink guids (national and business sections in the feed), PHP date('r') pubDates in +0700, dc:creator with a person, an agency, 'Post Staff' or absent, one-sentence CDATA excerpts, CDATA content:encoded from the Bard field with bold 'CITY –' datelines, raw curly quotes, a <figure> with a bare-agency figcaption after the text, an italic '– Reuters' tail, a live page, home election and business",
                notes="Cambodia is the home country.")


# ---------------------------------------------------------------- Dhaka daily on Drupal 11 (February 2025)
def buriganga():
    base = "https://www.burigangaobserver.example"
    rows, items = [], []

    def add(nid, slug, title, when, author, tags, body, exp):
        url = f"{base}/world/{slug}"
        desc = (f'<div class="field field--name-field-byline">{author}</div>\n' if author else "") + body
        cts = "".join(f"\n  <category domain=\"{base}/topic/{t.lower().replace(' ', '-')}\">{t}</category>" for t in tags)
        rows.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{url}</link>\n  <description>{esc(desc)}</description>{cts}\n  <pubDate>{rfc822(when)}</pubDate>\n"
                    f"    <dc:creator>{'bo_webdesk'}</dc:creator>\n    <guid isPermaLink=\"false\">{nid} at {base}</guid>\n    </item>")
        items.append(exp(f"{nid} at {base}"))

    w = d(2025, 2, 18, 20, 15, 0, 6)
    add(402117, "rohingya-aid-shortfall-ration-cut-warning", "Rohingya camps brace for ration cuts as aid appeal falls short", w, "Staff Correspondent, Cox's Bazar", ["Rohingya", "Myanmar"],
        P("Aid agencies in Cox's Bazar have warned that food rations for more than one million Rohingya refugees could be cut from next month, after the annual appeal received less than a third of what it sought.",
          "\"Our children already eat twice a day. If the card is cut, I do not know what we will do,\" said Mohammad Salim, a community leader in one of the Ukhia camps.",
          "The interim government has asked donors to keep funding at last year's level and called again for the refugees' safe return to Myanmar."),
        lambda k: it(k, "Rohingya camps brace for ration cuts as aid appeal falls short", w, [], quotes=[q("Mohammad Salim")], junk=["bo_webdesk", "Staff Correspondent"],
                     note="Drupal 11 views (fields row): the byline field is rendered into the description as its first line; 'Staff Correspondent, Cox's Bazar' is not a person; dc:creator is a CMS account. Refugees from Myanmar and the diplomacy of their return: relevant."))
    w = d(2025, 2, 12, 17, 40, 0, 6)
    add(401890, "dhaka-delhi-border-fencing-talks", "Dhaka, Delhi to discuss border fencing at DG-level talks", w, "Tanvir Ahmed Chowdhury", ["India", "Border"],
        P("Border chiefs of Bangladesh and India will meet in New Delhi next week, with fencing along the frontier at the top of the agenda after a series of standoffs in January.",
          "The foreign ministry summoned the Indian envoy last month over the construction of fences at five points along the border.",
          "\"Both sides want to avoid another incident before the monsoon,\" said Professor Nasreen Sultana of the University of Dhaka's international relations department."),
        lambda k: it(k, "Dhaka, Delhi to discuss border fencing at DG-level talks", w, ["Tanvir Ahmed Chowdhury"], quotes=[q("Nasreen Sultana", "University of Dhaka")], junk=["bo_webdesk"]))
    w = d(2025, 2, 8, 13, 5, 0, 6)
    add(401702, "usaid-freeze-hits-projects", "US aid freeze halts health and climate projects in Bangladesh", w, "Farhana Rahman", ["United States", "Aid"],
        P("Dozens of health, climate and refugee projects in Bangladesh have stopped work after Washington froze most foreign aid for 90 days.",
          "\"We have sent home 140 field staff this week,\" said Shahidul Islam Bhuiyan, director of a health charity working in Sylhet.",
          "The United States gave about $490 million to Bangladesh last year."),
        lambda k: it(k, "US aid freeze halts health and climate projects in Bangladesh", w, ["Farhana Rahman"], quotes=[q("Shahidul Islam Bhuiyan")], junk=["bo_webdesk"]))
    w = d(2025, 2, 16, 11, 30, 0, 6)
    add(401985, "ec-voter-list-update-begins", "EC to begin door-to-door voter list update in March", w, "Staff Reporter", ["Election"],
        P("The Election Commission will begin a door-to-door update of the voter list in March, the commission's secretary said yesterday."),
        lambda k: it(k, "EC to begin door-to-door voter list update in March", w, [], rel=False, junk=["bo_webdesk"], note="Home politics under world: not relevant."))
    w = d(2025, 2, 14, 9, 0, 0, 6)
    add(401941, "champions-trophy-tigers-depart", "Champions Trophy: Tigers leave for Dubai", w, "Sports Reporter", ["Cricket"],
        P("The national cricket team left for Dubai last night for the ICC Champions Trophy, where they open against India on Thursday."),
        lambda k: it(k, "Champions Trophy: Tigers leave for Dubai", w, [], rel=False, junk=["bo_webdesk"], note="Sport: not relevant."))
    w = d(2025, 2, 1, 19, 0, 0, 6)
    add(401388, "in-pictures-ekushey-book-fair-opens", "In pictures: Ekushey Book Fair opens", w, "", ["Photo"],
        '<div class="field field--name-field-gallery"><img src="/sites/default/files/styles/large/public/2025-02/bookfair-1.jpg" alt="Visitors at the book fair" /><img src="/sites/default/files/styles/large/public/2025-02/bookfair-2.jpg" alt="A stall at the fair" /></div>',
        lambda k: it(k, "Ekushey Book Fair opens", w, [], story=False, rel=False, junk=["bo_webdesk"], note="Photo gallery: not a story. Title label 'In pictures:' may be kept or dropped."))
    rows, items = newest(rows, items)
    text = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{base}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
            f'    <title>World</title>\n    <link>{base}/</link>\n    <description>The Buriganga Observer — world news</description>\n    <language>en</language>\n'
            f'    <atom:link href="{base}/rss/world.xml" rel="self" type="application/rss+xml"/>\n    ' + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_bd_burigangaobserver_world_drupal11.rss.xml", text, items, lang="en", outlet="The Buriganga Observer", aliases=["Buriganga Observer"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Dhaka English daily's world feed from Drupal 11 views with the fields row plugin (/rss/world.xml, February 2025): xml:base, channel titled only 'World' (brand only in the description), language 'en', atom self link, item children indented unevenly, escaped HTML descriptions whose first line is the byline field ('Staff Correspondent, Cox's Bazar', a person, 'Staff Reporter', 'Sports Reporter' or nothing), taxonomy <category domain=…> BEFORE pubDate, dc:creator holding the CMS account 'bo_webdesk' on every item, '<nid> at <base>' guids last, straight quotes, relative image paths, +0600 dates, home politics and cricket, a photo gallery",
                notes="Bangladesh is the home country.")


FEEDS = [gallefaces, echo, mekong, buriganga]
