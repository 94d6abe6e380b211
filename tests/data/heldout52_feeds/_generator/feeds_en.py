# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The eight English world desks of the fifty-second held-out set."""
import zlib

from h52 import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, cd, d, esc, feed, gmt, isoz, it, ordered, q, rfc822, utc0, wpt, yoast


# ---------------------------------------------------------------- US broadsheet, Arc XP outbound feeds
def capitol_ledger():
    base = "https://www.capitolledger.example"
    rows = [
        ("world/2025/11/23/geneva-ukraine-framework-envoys/", "U.S. and European envoys haggle over Ukraine framework in Geneva", "Margot Feeney, Desmond Achterberg",
         "Negotiators worked through the night on a revised 19-point text, officials said, as Kyiv pressed for changes to security guarantees.",
         "<p>GENEVA — American, Ukrainian and European negotiators worked late into Sunday on a revised framework for ending the war, trimming a draft that Kyiv and several European capitals had called lopsided, according to three officials familiar with the talks.</p><p>“We are closer than we were a week ago, but the hard questions are still on the table,” said Ilse Rautavaara, a senior official at Finland’s foreign ministry who was briefed on the sessions.</p><h2>What changed</h2><ul><li>The cap on Ukraine’s armed forces was raised.</li><li>Language on frozen Russian assets was moved to a separate annex.</li><li>Territorial questions were left for leaders.</li></ul><p><b>Read more:</b> <a href=\"" + base + "/world/2025/11/21/ukraine-peace-plan-explained/\">What is in the peace plan, and what is not</a></p><p>Tomas Wielgosz, Poland’s deputy foreign minister, said Warsaw “will not accept a deal about Europe made without Europe.”</p>",
         d(2025, 11, 23, 16, 40, 0, -5), ["Margot Feeney", "Desmond Achterberg"], True, True, [q("Ilse Rautavaara", "Finland’s foreign ministry")],
         "Read more:", None),
        ("world/2025/11/22/netherlands-chip-dispute-beijing-analysis/", "Analysis | Why Beijing is watching a Dutch chip dispute so closely", "Priya Olabode",
         "The fight over a Chinese-owned chipmaker in the Netherlands has become a test of how far Europe will go on economic security.",
         "<p>The Dutch government’s seizure of control over a Chinese-owned chipmaker in the autumn looked at first like a narrow corporate dispute. It has since turned into a test case for Europe’s economic-security agenda.</p><p>Beijing responded by restricting exports of the company’s Chinese-made components, briefly starving European carmakers of parts.</p><p><i>Priya Olabode writes about China and global trade for The Capitol Ledger.</i></p>",
         d(2025, 11, 22, 7, 0, 0, -5), ["Priya Olabode"], True, True, None, "writes about China and global trade",
         "Title label 'Analysis' may be kept or dropped."),
        ("world/2025/11/21/darfur-aid-convoys-stalled/", "Aid groups warn of famine across Darfur as convoys stall", "Reuters",
         "Trucks carrying food have waited for weeks at the Chad border, aid officials said.",
         "<p>NAIROBI (Reuters) — Dozens of trucks carrying food and medicine have been stuck for weeks near Sudan’s border with Chad, aid officials said on Friday, as fighting around El Fasher blocked the main road into North Darfur.</p><p>“People are eating animal fodder,” said Aminata Kourouma, the Darfur coordinator of the aid group Sahel Relief. “Every week we wait, we lose more children.”</p>",
         d(2025, 11, 21, 11, 15, 0, -5), [], True, True, [q("Aminata Kourouma", "Sahel Relief")], None, "Reuters copy: the agency credit is no author."),
        ("world/2025/11/23/live-updates-gaza-ceasefire-cairo-talks/", "Live updates: Gaza ceasefire talks resume in Cairo", "Capitol Ledger Staff",
         "Follow the latest on the negotiations, aid deliveries and the return of remains.",
         "<p>Follow our live coverage. This page updates automatically.</p>",
         d(2025, 11, 23, 8, 5, 0, -5), [], False, False, None, None, "Live page: not a story. Title label 'Live updates:' may be kept or dropped."),
        ("newsletters/worldview/", "Sign up for WorldView, our free newsletter on the world’s biggest stories", None,
         "Get the day’s most important global news and analysis in your inbox every weekday.",
         "<p>Get the day’s most important global news and analysis in your inbox every weekday. <a href=\"" + base + "/newsletters/worldview/\">Sign up here</a>.</p>",
         d(2025, 11, 20, 9, 0, 0, -5), [], False, False, None, None, "Newsletter promo: not a story."),
        ("world/2025/11/20/tokyo-kissaten-coffee-house-closing/", "A Tokyo coffee house that outlived the bubble serves its last cup", "Kenji Abernathy",
         "After 71 years, a family-run kissaten in Kanda is closing, a casualty of rising rents and an aging clientele.",
         "<p>TOKYO — The siphon coffee still takes eight minutes. The owner, 84, says he will not rush it now.</p><p>The Hoshino family opened the shop in 1954.</p>",
         d(2025, 11, 20, 5, 0, 0, -5), ["Kenji Abernathy"], True, False, None, None, "Culture feature filed under World: a story, not foreign affairs."),
    ]
    items_xml, items = [], []
    for path, title, creator, desc, body, w, authors, story, rel, quotes, junk, note in rows:
        link = base + "/" + path
        cr = f"<dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        img = "" if not story else (f'<media:content url="https://www.capitolledger.example/resizer/v2/{zlib.crc32(path.encode()) % 10**8:08d}.jpg?auth=3f1c&amp;width=1440" type="image/jpeg" height="960" width="1440" medium="image">'
                                    f'<media:title type="plain">{cd("")}</media:title><media:description type="plain">{cd("A file photo.")}</media:description>'
                                    f'<media:credit role="author" scheme="urn:ebu">{cd("Agency photographer/AP")}</media:credit></media:content>')
        items_xml.append(f"<item><title>{cd(title)}</title><link>{link}</link><guid isPermaLink=\"true\">{link}</guid>{cr}"
                         f"<description>{cd(desc)}</description><pubDate>{utc0(w)}</pubDate><content:encoded>{cd(body)}</content:encoded>{img}</item>")
        clean = title
        if note and "Title label" in note:
            clean = title.split(" | ", 1)[-1].removeprefix("Live updates: ")
        items.append(it(link, clean, w, authors, story=story, rel=rel, quotes=quotes, junk=[junk] if junk else [], note=note))
    items_xml, items = ordered(items_xml, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
            f'<title>{cd("Capitol Ledger")}</title><link>{base}</link><atom:link href="{base}/arc/outboundfeeds/rss/category/world/?outputType=xml" rel="self" type="application/rss+xml"/>'
            f'<description>{cd("Capitol Ledger News Feed")}</description><lastBuildDate>{utc0(d(2025, 11, 23, 17, 2, 9, -5))}</lastBuildDate><language>{cd("en")}</language>'
            '<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency>' + "".join(items_xml) + "</channel></rss>")
    return feed("en_us_capitolledger_world_arcxp_obf_2025.rss.xml", text, items, lang="en", outlet="The Capitol Ledger",
                aliases=["Capitol Ledger"],
                structure="Washington national broadsheet's World section from Arc XP Outbound Feeds (/arc/outboundfeeds/rss/category/world/?outputType=xml, November 2025): the whole document on one line after the prolog, atom/content/dc/sy namespaces and media declared AFTER version, CDATA channel title (brand only), description '<brand> News Feed', CDATA language, sy:updatePeriod hourly, '/world/YYYY/MM/DD/<slug>/' permalink guids, CDATA dc:creator joining several authors with a comma ('A, B', 'Reuters', 'Capitol Ledger Staff' or absent), CDATA description from the ANS description field, +0000 pubDates (newsroom -0500), content:encoded built from ANS content elements (paragraphs, an h2 header, a list, an interstitial 'Read more:' link, an italic author tagline), media:content from the image resizer with media:credit, a live page and a newsletter promo",
                notes="US outlet: US domestic politics would not be relevant; the culture feature from Tokyo is a story but not foreign affairs.")


# ---------------------------------------------------------------- UK broadcaster, Django syndication framework
def mbc_news():
    base = "https://www.mbcnews.example"
    rows = [
        ("news/articles/c4g7e2m1x9ko", "Mali orders two EU diplomats to leave within 72 hours", None,
         "The military government accuses them of meeting opposition figures without permission; Brussels calls the move unjustified.",
         d(2025, 12, 4, 14, 22, 5, 0), [], True, True, "World", None),
        ("news/articles/c8d1z0p3r5wo", "Pacific leaders split over Chinese policing deals", "Hollis Tremaine",
         "At a summit in Honiara, some island states defended police training from Beijing while others said it crossed a line. Analysis by Hollis Tremaine, diplomatic correspondent.",
         d(2025, 12, 4, 9, 3, 40, 0), ["Hollis Tremaine"], True, True, "Asia", "Analysis by Hollis Tremaine"),
        ("news/videos/c1v2w3x4y5zo", "Watch: A month after Hurricane Melissa, Jamaican fishing villages rebuild", None,
         "Drone footage shows the scale of the damage along the south coast.",
         d(2025, 12, 3, 19, 45, 0, 0), [], False, False, "Latin America &amp; Caribbean", None),
        ("news/articles/c7k0s9q2n4lo", "UK to station 200 more troops in Estonia from spring", None,
         "The Ministry of Defence says the extra soldiers will join the Nato battlegroup at Tapa as part of a wider reinforcement of the alliance's eastern flank.",
         d(2025, 12, 3, 12, 0, 12, 0), [], True, True, "Europe", None),
        ("news/articles/c2j5h8f1d3eo", "Chess prodigy, 12, becomes youngest grandmaster from Peru", None,
         "Lima celebrates after the schoolboy secures his final norm at a tournament in Spain.",
         d(2025, 12, 2, 16, 30, 0, 0), [], True, False, "Latin America &amp; Caribbean", None),
        ("news/in_pictures/c9m8n7b6v5co", "In pictures: Christmas markets light up central Europe", None,
         "A selection of images from Vienna, Prague, Budapest and Kraków.",
         d(2025, 12, 2, 7, 10, 0, 0), [], False, False, "Europe", None),
    ]
    items_xml, items = [], []
    for path, title, creator, desc, w, authors, story, rel, cat, junk in rows:
        link = f"{base}/{path}?at_medium=RSS&amp;at_campaign=rss"
        guid = f"{base}/{path}#0"
        cr = f'<dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">{creator}</dc:creator>' if creator else ""
        items_xml.append(f"<item><title>{esc(title)}</title><link>{link}</link><description>{esc(desc)}</description>{cr}"
                         f"<pubDate>{utc0(w)}</pubDate><guid isPermaLink=\"false\">{guid}</guid><category>{cat}</category></item>")
        label = None
        clean = title
        for lab in ("Watch:", "In pictures:"):
            if title.startswith(lab):
                clean, label = title[len(lab) + 1:], lab
        note = None
        if label:
            note = ("Video clip: not a story." if label == "Watch:" else "Gallery: not a story.") + f" Title label '{label}' may be kept or dropped."
        elif not rel:
            note = "Sport/human-interest item from abroad: a story, not foreign affairs."
        items.append(it(guid, clean, w, authors, story=story, rel=rel, junk=[junk] if junk else [], note=note))
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel><title>MBC News - World</title>'
            f'<link>{base}/news/world</link><description>MBC News - World</description><atom:link href="https://feeds.mbcnews.example/news/world/rss.xml" rel="self"></atom:link>'
            f'<language>en-gb</language><copyright>Copyright: (C) Mercia Broadcasting Corporation, see {base}/usingthemercia/terms-of-use for terms and conditions of reuse.</copyright>'
            f'<lastBuildDate>{utc0(d(2025, 12, 4, 14, 30, 0, 0))}</lastBuildDate><ttl>15</ttl>' + "".join(items_xml) + "</channel></rss>")
    return feed("en_gb_mbcnews_world_django_2025.rss.xml", text, items, lang="en", outlet="MBC News",
                structure="London public broadcaster's news site world feed rendered by Django's syndication framework (Rss201rev2Feed, December 2025): the prolog on its own line and everything else on ONE line with no trailing newline, the atom namespace only, empty atom:link written as start and end tag, channel 'Brand - World' repeated as description, language en-gb, a copyright line naming the corporation, ttl 15, links carrying '?at_medium=RSS&amp;at_campaign=rss', guids '<url>#0' (isPermaLink false), ONE-SENTENCE plain-text descriptions, dc:creator with an inline xmlns:dc declaration only when an author is set, pubDates in +0000 (London winter), one <category> per item, 'Watch:' clips and an 'In pictures:' gallery",
                notes="UK outlet: UK foreign and defence policy abroad is relevant; a chess prodigy story is not foreign affairs.")


# ---------------------------------------------------------------- Pakistani English daily, Drupal 10 views RSS
def karakoram_herald():
    base = "https://www.karakoramherald.example"
    rows = [
        (48121, "world/48121/pakistan-afghanistan-doha-talks", "Pakistan, Afghanistan agree to extend truce after Doha round", "Web Desk",
         '<p><strong>DOHA: </strong>Pakistan and Afghanistan agreed on Sunday to extend a ceasefire along their border and to set up a monitoring mechanism, officials from both sides said after talks mediated by Qatar and Türkiye.</p><p>"The ceasefire holds, and both sides have committed to a verification mechanism," Foreign Office spokesperson Ayesha Durrani told reporters in Islamabad.</p><p><em>With input from agencies</em></p>',
         d(2025, 10, 26, 21, 14, 0, 5), [], True, True, [q("Ayesha Durrani", "Foreign Office")], "With input from agencies", None),
        (48117, "world/48117/un-security-council-gaza-resolution", "UNSC vote on Gaza stabilisation force delayed as drafts compete", "Our Correspondent",
         '<p><strong>UNITED NATIONS: </strong>A vote in the Security Council on a multinational stabilisation force for Gaza slipped to next week, diplomats said, as rival drafts circulated.</p><p>Pakistan\'s envoy, Ambassador Saad Mirza Qureshi, said Islamabad "would consider contributing to any force with a clear UN mandate".</p>',
         d(2025, 10, 26, 18, 2, 0, 5), [], True, True, None, None, "Pakistan's own foreign policy at the UN: relevant."),
        (48110, "world/48110/india-pakistan-indus-waters-court", "Court of Arbitration rules on Indus Waters Treaty dispute", "Zeenat Haroon",
         '<p><strong>By Zeenat Haroon</strong></p><p><strong>ISLAMABAD: </strong>The Court of Arbitration in The Hague issued a supplemental award on the Indus Waters Treaty on Saturday, saying India\'s decision to hold the treaty "in abeyance" did not affect its jurisdiction.</p><p>Attorney general Khurram Abbasi welcomed the award as "a vindication of Pakistan\'s position".</p>',
         d(2025, 10, 25, 23, 40, 0, 5), ["Zeenat Haroon"], True, True, None, "By Zeenat Haroon", None),
        (48104, "pakistan/48104/karachi-red-line-brt-diversions", "Fresh traffic diversions for Red Line BRT works on University Road", "Imran Siddiqui",
         '<p><strong>KARACHI: </strong>Commuters face new diversions from Monday as work on the Red Line BRT corridor moves to the Safari Park stretch, the traffic police said.</p>',
         d(2025, 10, 25, 20, 5, 0, 5), ["Imran Siddiqui"], True, False, None, None, "Karachi city news that slipped into the world view: not relevant."),
        (48099, "multimedia/48099/photos-tourists-return-to-swat", "In pictures: Tourists return to Swat as autumn colours peak", "Photo Desk",
         '<p>A selection of photographs from Kalam and Malam Jabba.</p>',
         d(2025, 10, 25, 15, 30, 0, 5), [], False, False, None, None, "Gallery: not a story. Title label 'In pictures:' may be kept or dropped."),
        (48093, "opinion/48093/the-gulfs-new-diplomacy", "Editorial: The Gulf's new diplomacy", "Editorial",
         '<p>From Sharm el-Sheikh to Doha, Gulf capitals have turned mediation into a foreign-policy brand. Pakistan should take note.</p><p><em>Published in The Karakoram Herald, October 25th, 2025</em></p>',
         d(2025, 10, 25, 7, 0, 0, 5), [], True, True, None, "Published in The Karakoram Herald", "Editorial (no person): a story, world affairs. Title label 'Editorial:' may be kept or dropped."),
    ]
    items_xml, items = [], []
    for nid, path, title, creator, body, w, authors, story, rel, quotes, junk, note in rows:
        link = f"{base}/{path}"
        items_xml.append(f"""  <item>
    <title>{esc(title)}</title>
    <link>{link}</link>
    <description>{esc(body)}</description>
  <pubDate>{rfc822(w)}</pubDate>
    <dc:creator>{esc(creator)}</dc:creator>
    <guid isPermaLink="false">{nid} at {base}</guid>
    </item>""")
        clean = title
        for lab in ("In pictures: ", "Editorial: "):
            clean = clean.removeprefix(lab)
        items.append(it(f"{nid} at {base}", clean, w, authors, story=story, rel=rel, quotes=quotes, junk=[junk] if junk else [], note=note))
    text = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="{base}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>World | The Karakoram Herald</title>
    <link>{base}/</link>
    <description>Latest world news from Pakistan's leading English daily</description>
    <language>en</language>
    <atom:link href="{base}/feeds/world" rel="self" type="application/rss+xml" />
""" + "\n".join(items_xml) + "\n  </channel>\n</rss>\n"
    return feed("en_pk_karakoramherald_world_drupal10_2025.rss.xml", text, items, lang="en", outlet="The Karakoram Herald",
                aliases=["Karakoram Herald"],
                structure="Islamabad/Karachi English daily's world view from Drupal 10 Views RSS (/feeds/world, October 2025): xml:base on <rss>, dc and atom namespaces only, channel 'World | Brand', language 'en', the Views row style's uneven indentation (pubDate one level out), escaped HTML descriptions with bold upper-case datelines 'CITY: ', guids '<nid> at <site>' (isPermaLink false), dc:creator holding the Drupal account ('Web Desk', 'Our Correspondent', 'Photo Desk', 'Editorial' or a reporter), a reporter's bold 'By Name' first paragraph, italic 'With input from agencies' and 'Published in <brand>, <date>' tails, straight double quotes, +0500 dates, a gallery and an editorial",
                notes="Pakistani outlet: Pakistan's foreign policy (Afghanistan truce, UN, Indus Waters award) is relevant; Karachi city news is not.")


# ---------------------------------------------------------------- Qatar broadcaster, WordPress VIP custom feed
def lusail_news():
    base = "https://www.lusailnews.example"
    rows = [
        (1763987531, "news/2025/11/24/cop30-ends-with-deal-on-adaptation-finance", "COP30 ends in Belem with deal on adaptation finance, no fossil fuel roadmap",
         "Negotiators agree to triple adaptation finance by 2035 after overnight session, but a roadmap away from oil, gas and coal is dropped.",
         d(2025, 11, 24, 12, 32, 11, 3), True, True, "Climate Crisis", None),
        (1763961092, "news/2025/11/24/sudan-rsf-drone-strike-kordofan", "Drone strike on Kordofan market kills dozens, medics say",
         "Sudanese doctors' network blames the paramilitary Rapid Support Forces for the attack in El-Obeid's outskirts.",
         d(2025, 11, 24, 5, 11, 32, 3), True, True, "Sudan war", None),
        (1763940000, "video/newsfeed/2025/11/23/watch-venezuela-coast-us-warships", "Video: US warships off Venezuela's coast",
         "Footage shows the USS carrier group in the southern Caribbean.",
         d(2025, 11, 23, 23, 20, 0, 3), False, False, "Video", "Video clip: not a story. Title label 'Video:' may be kept or dropped."),
        (1763925301, "news/2025/11/23/qatar-egypt-press-for-second-phase-of-gaza-truce", "Qatar and Egypt press for second phase of Gaza truce",
         "Mediators meet Hamas and Israeli delegations in Cairo as disputes over disarmament and the international force stall progress.",
         d(2025, 11, 23, 19, 15, 1, 3), True, True, "Israel-Palestine conflict", None),
        (1763911800, "podcasts/2025/11/23/the-briefing-can-the-un-survive-its-budget-crisis", "Can the UN survive its budget crisis?",
         "On this episode of The Briefing, we look at the cuts hitting UN agencies. Listen now.",
         d(2025, 11, 23, 15, 30, 0, 3), False, False, "The Briefing", "Podcast episode: not a story."),
        (1763899211, "sports/2025/11/23/qatar-lose-to-uae-friendly-arab-cup", "Qatar lose to UAE in final warm-up before Arab Cup",
         "Hosts' coach says there is 'work to do' before the tournament opens at Al Bayt Stadium.",
         d(2025, 11, 23, 12, 0, 11, 3), True, False, "Football", "Sport: a story, not relevant."),
    ]
    items_xml, items = [], []
    for t, path, title, desc, w, story, rel, cat, note in rows:
        link = f"{base}/{path}"
        guid = f"{base}/?t={t}"
        items_xml.append(f"""<item>
<link>{link}</link>
<title>{wpt(title)}</title>
<description><![CDATA[{desc}]]></description>
<pubDate>{utc0(w)}</pubDate>
<category>{esc(cat)}</category>
<guid isPermaLink="false">{guid}</guid>
</item>""")
        clean = title.removeprefix("Video: ")
        items.append(it(guid, clean, w, [], story=story, rel=rel, note=note))
    text = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>Lusail News - Breaking News, World News and Video</title>
<link>{base}</link>
<description>Breaking news and analysis from around the world.</description>
<language>en</language>
<lastBuildDate>{utc0(d(2025, 11, 24, 12, 40, 0, 3))}</lastBuildDate>
<atom:link href="{base}/xml/rss/all.xml" rel="self" type="application/rss+xml" />
""" + "\n".join(items_xml) + "\n</channel></rss>"
    return feed("en_qa_lusailnews_all_wpvip_custom_2025.rss.xml", text, items, lang="en", outlet="Lusail News",
                structure="Doha-based international broadcaster's English site, all-news feed from a WordPress VIP custom feed template (/xml/rss/all.xml, November 2025): the prolog and <rss><channel> on one line, no indentation, no trailing newline, channel title 'Brand - Breaking News, World News and Video', language 'en', items with link BEFORE title, titles with WordPress numeric entities, CDATA one-sentence plain descriptions, +0000 pubDates (newsroom +0300), one <category> with the topic tag, guids '<site>/?t=<unix time>' (isPermaLink false), NO author element at all, a video, a podcast episode and a football result",
                notes="Qatari outlet: Qatar's mediation abroad is relevant; a Qatar football result is not.")


# ---------------------------------------------------------------- Israeli English daily, WordPress VIP + Yoast
def yarkon_times():
    base = "https://www.yarkontimes.example"
    brand = "The Yarkon Times"
    rows = [
        (2231904, "egypt-hosts-talks-on-gaza-international-force", "Egypt hosts talks on Gaza international force as Israel vets contributors", "Lior Benayoun",
         "Officials from Egypt, Qatar, Türkiye and the US meet in Cairo; Israel says it will not accept troops from states hostile to it",
         "<p>CAIRO — Military planners from Egypt, Qatar, Türkiye and the United States met on Tuesday to discuss the makeup of an international stabilization force for Gaza, two diplomats told The Yarkon Times.</p><p>“We will not let countries that do not recognize Israel put boots on the ground,” said Nadav Elkayam, a senior official in the Prime Minister’s Office.</p><figure><img src=\"" + base + "/wp-content/uploads/2025/12/cairo-talks.jpg\" alt=\"\"/><figcaption>Delegates arrive for talks in Cairo, December 9, 2025. (Khaled Mansour/AFP)</figcaption></figure><p><strong>Related:</strong> <a href=\"" + base + "/who-will-police-gaza/\">Who will police Gaza?</a></p>",
         d(2025, 12, 9, 18, 41, 0, 2), ["Lior Benayoun"], True, True, [q("Nadav Elkayam", "Prime Minister’s Office")], ["Related:", "appeared first on"], None),
        (2231877, "iran-iaea-inspectors-return-fordo", "IAEA inspectors return to Iran but not to bombed sites, agency says", "Agencies",
         "Tehran allows inspections at Bushehr power plant only; Western diplomats push for a board resolution",
         "<p>VIENNA — International Atomic Energy Agency inspectors have carried out inspections in Iran for the first time since the June war, but were not given access to the bombed enrichment sites, the UN watchdog said.</p><p><em>Agencies contributed to this report.</em></p>",
         d(2025, 12, 9, 14, 5, 0, 2), [], True, True, None, ["Agencies contributed to this report", "appeared first on"], "Agency copy: 'Agencies' is no author."),
        (2231850, "knesset-passes-first-reading-of-draft-exemption-bill", "Knesset passes first reading of Haredi draft exemption bill", "Shira Avneri and Yoni Katzenelson",
         "Opposition vows to petition the High Court as coalition pushes measure through late-night vote",
         "<p>The Knesset plenum approved in a first reading early Tuesday a bill that would enshrine broad exemptions from military service for ultra-Orthodox yeshiva students.</p>",
         d(2025, 12, 9, 9, 30, 0, 2), ["Shira Avneri", "Yoni Katzenelson"], True, False, None, ["appeared first on"], "Israeli domestic politics: not relevant for an Israeli outlet."),
        (2231833, "liveblog-december-9-2025", "Liveblog: Defense minister tours northern border amid Hezbollah disarmament push", "Yarkon Times Liveblog",
         "Our live coverage of the day’s events",
         "<p>Our live coverage of the day’s events. Refresh for updates.</p>",
         d(2025, 12, 9, 7, 0, 0, 2), [], False, False, None, ["appeared first on"], "Live blog: not a story. Title label 'Liveblog:' may be kept or dropped."),
        (2231801, "syria-israel-security-pact-talks-stall", "Syria-Israel security pact talks stall over Golan buffer zone", "Emanuel Farhi",
         "Talks in Baku ended without agreement, according to a Syrian official; Washington says it remains optimistic",
         "<p>Talks on a security arrangement between Israel and Syria stalled this week over the extent of the buffer zone, a Syrian official said on Monday.</p><p>“The Israeli side wants to keep positions that were never part of 1974,” said Rami Haddad, an adviser to Syria’s foreign ministry.</p>",
         d(2025, 12, 8, 22, 15, 0, 2), ["Emanuel Farhi"], True, True, [q("Rami Haddad", "Syria’s foreign ministry")], ["appeared first on"], None),
        (2231790, "what-matters-now-podcast-december-8", "What Matters Now: The hostage families’ next fight", "Amanda Pearlstein",
         "Listen to today’s episode of our daily podcast",
         "<p>Welcome to What Matters Now, a daily podcast. Listen on Spotify or Apple Podcasts.</p>",
         d(2025, 12, 8, 16, 0, 0, 2), [], False, False, None, ["appeared first on"], "Podcast episode: not a story (the host is not an author of a story). Title label 'What Matters Now:' may be kept or dropped."),
    ]
    items_xml, items = [], []
    for pid, slug, title, creator, exc, body, w, authors, story, rel, quotes, junk, note in rows:
        link = f"{base}/{slug}/"
        tail = yoast(link, wpt(title), base, brand)
        items_xml.append(f"""		<item>
		<title>{wpt(title)}</title>
		<link>{link}</link>
					<comments>{link}#respond</comments>
		<dc:creator><![CDATA[{creator}]]></dc:creator>
		<pubDate>{utc0(w)}</pubDate>
				<category><![CDATA[Israel & the Region]]></category>
		<guid isPermaLink="false">{base}/?p={pid}</guid>
					<description><![CDATA[<p>{exc}</p>
{tail}]]></description>
										<content:encoded><![CDATA[{body}
{tail}]]></content:encoded>
		</item>""")
        clean = title
        for lab in ("Liveblog: ", "What Matters Now: "):
            clean = clean.removeprefix(lab)
        items.append(it(f"{base}/?p={pid}", clean, w, authors, story=story, rel=rel, quotes=quotes, junk=junk, note=note))
    text = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>Israel &amp; the Region | {brand}</title>
	<atom:link href="{base}/israel-and-the-region/feed/" rel="self" type="application/rss+xml" />
	<link>{base}/</link>
	<description>News from Israel, the Middle East and the Jewish world</description>
	<lastBuildDate>{utc0(d(2025, 12, 9, 18, 45, 0, 2))}</lastBuildDate>
	<language>en-US</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.8.3</generator>
""" + "\n".join(items_xml) + "\n	</channel>\n</rss>\n"
    return feed("en_il_yarkontimes_region_wpvip_yoast_2025.rss.xml", text, items, lang="en", outlet=brand,
                aliases=["Yarkon Times"],
                structure="Jerusalem/Tel Aviv English-language daily's 'Israel & the Region' category on WordPress VIP 6.8 with Yoast SEO (/israel-and-the-region/feed/, December 2025): the WordPress feed-rss2 prolog with namespaces on tab-indented lines, channel 'Section | Brand', en-US, generator 'https://wordpress.org/?v=6.8.3', WordPress's uneven tab indentation, comments links, CDATA dc:creator (a reporter, 'A and B', 'Agencies', 'Yarkon Times Liveblog'), '?p=<id>' guids, +0000 pubDates (newsroom +0200), CDATA excerpt AND content:encoded each ending with Yoast's default 'The post <link> appeared first on <brand link>.' paragraph, figure captions with '(Name/AFP)' credits, a bold 'Related:' link, a liveblog and a podcast",
                notes="Israeli outlet: Israel's foreign relations (Gaza force, Iran, Syria) are relevant; a Knesset bill is home politics.")


# ---------------------------------------------------------------- Hong Kong English daily, Brightspot
def kowloon_morning_post():
    base = "https://www.kowloonpost.example"
    rows = [
        ("0000019a-8c2e-d4f1-a7fb-9fee4c6b0000", "news/china/diplomacy/article/3333871/china-japan-row-deepens-beijing-suspends-seafood-imports", "China-Japan row deepens as Beijing suspends seafood imports again",
         ["Lam Wing-sze"], "Move follows Japanese prime minister’s remarks on Taiwan; Tokyo calls it ‘extremely regrettable’.",
         "<p>Beijing has again halted imports of Japanese seafood, the latest step in a widening dispute over remarks on Taiwan by Japan’s new prime minister.</p><p>“China’s countermeasures are legitimate and restrained,” foreign ministry spokesman Zhou Yichen said on Wednesday.</p><p><strong>Read more:</strong> <a href=\"" + base + "/news/china/article/3333800\">Chinese tourists cancel Japan trips</a></p>",
         d(2025, 11, 19, 21, 30, 0, 8), True, True, [q("Zhou Yichen", "foreign ministry")], ["Read more:"], None),
        ("0000019a-8b91-d77c-a9ff-ebf7d1c20000", "economy/global-economy/article/3333852/us-china-trade-truce-rare-earths-licences", "US-China truce: Beijing starts issuing general licences for rare earth exports",
         ["Ophelia Tang", "Marcus Leung"], "Commerce ministry says ‘general licences’ will ease shipments to US buyers under the Busan deal.",
         "<p>China’s commerce ministry has begun issuing general licences for exports of some rare earth elements, implementing part of the trade truce agreed in Busan last month.</p>",
         d(2025, 11, 19, 17, 5, 0, 8), True, True, None, None, None),
        ("0000019a-8a55-dd3a-afdf-fbd7a3410000", "news/hong-kong/politics/article/3333830/legco-election-candidates-housing-pledges", "Legco election hopefuls pitch housing pledges at first forum",
         ["Cheung Ka-yan"], "Candidates in Kowloon East spar over subdivided flats and public housing waiting times.",
         "<p>Candidates vying for Kowloon East seats in next month’s Legislative Council election clashed over housing at their first public forum.</p>",
         d(2025, 11, 19, 12, 0, 0, 8), True, False, None, None, "Hong Kong home politics: not relevant."),
        ("0000019a-89f0-d1b2-a3ef-bff9c4d90000", "news/world/article/3333811/explainer-why-g20-summit-johannesburg-matters", "Explainer | Why the first G20 summit in Africa matters, even without Washington",
         ["Tendai Moyo"], "The Johannesburg summit will test whether the bloc can agree on debt relief with the US absent.",
         "<p>The Group of 20 meets in Johannesburg this weekend, the first summit on African soil.</p><ul><li>Debt relief for poorer states</li><li>Critical minerals</li><li>Climate finance</li></ul>",
         d(2025, 11, 19, 8, 0, 0, 8), True, True, None, None, "Title label 'Explainer' may be kept or dropped."),
        ("0000019a-8931-d5cc-a1fd-fdb5e0760000", "news/world/article/3333790/photos-week-in-pictures-asia", "Photos | Asia’s week in pictures",
         [], "From the Loy Krathong festival to typhoon clean-up in the Philippines.",
         "<p>Our pick of the week’s best photographs from across Asia.</p>",
         d(2025, 11, 18, 22, 0, 0, 8), False, False, None, None, "Gallery: not a story. Title label 'Photos' may be kept or dropped."),
        ("0000019a-88b7-d3e8-abff-efbfa1170000", "newsletters/global-impact", "Sign up for Global Impact, our weekly newsletter on China and the world",
         [], "Get our best stories on China’s relations with the world, every Friday.",
         "<p>Get our best stories on China’s relations with the world, every Friday. <a href=\"" + base + "/newsletters\">Subscribe</a>.</p>",
         d(2025, 11, 18, 10, 0, 0, 8), False, False, None, None, "Newsletter promo: not a story."),
    ]
    items_xml, items = [], []
    for guid, path, title, authors, desc, body, w, story, rel, quotes, junk, note in rows:
        link = f"{base}/{path}"
        creators = "".join(f"\n      <dc:creator>{a}</dc:creator>" for a in authors)
        items_xml.append(f"""    <item>
      <title>{esc(title)}</title>
      <link>{link}</link>
      <description>{esc(desc)}</description>
      <pubDate>{gmt(w)}</pubDate>
      <guid isPermaLink="false">{guid}</guid>{creators}
      <content:encoded>{cd(body)}</content:encoded>
      <media:content url="https://cdn.kowloonpost.example/dims4/default/{guid[9:17]}/2147483647/strip/true/crop/1200x800+0+0/resize/1200x800!/quality/90/" medium="image" type="image/jpeg" width="1200" height="800"/>
    </item>""")
        clean = title
        for lab in ("Explainer | ", "Photos | "):
            clean = clean.removeprefix(lab)
        items.append(it(guid, clean, w, authors, story=story, rel=rel, quotes=quotes, junk=list(junk or []), note=note))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">
  <channel>
    <title>Kowloon Morning Post - World</title>
    <link>{base}/news/world</link>
    <atom:link href="{base}/rss/91/feed" rel="self" type="application/rss+xml"/>
    <description>Kowloon Morning Post - World</description>
    <language>en-US</language>
    <copyright>Copyright Kowloon Morning Post Publishers Ltd. All rights reserved.</copyright>
    <lastBuildDate>{gmt(d(2025, 11, 19, 21, 35, 0, 8))}</lastBuildDate>
""" + "\n".join(items_xml) + "\n  </channel>\n</rss>"
    return feed("en_hk_kowloonmorningpost_world_brightspot_2025.rss.xml", text, items, lang="en", outlet="Kowloon Morning Post",
                structure="Hong Kong English-language daily's world feed from Brightspot (/rss/91/feed, November 2025): content/dc/media/atom namespaces before version, two-space indentation, no trailing newline, channel 'Brand - World' repeated as description, en-US, copyright of the 'Publishers Ltd.', Brightspot record UUIDs ('0000019a-…-0000') as non-permalink guids, '/article/<7 digits>/<slug>' links, escaped one-line standfirst as description, GMT pubDates (newsroom +0800), ONE dc:creator per author AFTER the guid, none for galleries and promos, CDATA content:encoded with a bold 'Read more:' link and a bullet list, media:content from the dims4 image service, 'Explainer |' and 'Photos |' labels in titles, a newsletter promo",
                notes="Hong Kong outlet: China's foreign relations and the G20 are relevant; a Legco election forum is home politics.")


# ---------------------------------------------------------------- Japanese English daily, Sanity + Next.js route handler
def yamato_herald():
    base = "https://www.yamatoherald.example"
    rows = [
        ("drafts-free-4e1b", "f3a9c2d1-6b7e-4c1a-9f0e-2d8b7a6c5e41", "news/2026/01/15/japan-philippines-reciprocal-access-drills", "Japan and Philippines hold first drills under reciprocal access pact",
         ["Haruka Ishiguro"], "Ground troops train together in Luzon as both nations eye Chinese activity in the South China Sea.",
         "<p>MANILA – Japanese and Philippine troops began joint exercises in northern Luzon on Thursday, the first under a reciprocal access agreement that took effect last year.</p><p>“This is about deterrence, not provocation,” said Col. Ramon Villareal, a spokesman for the Armed Forces of the Philippines.</p><p><em>Haruka Ishiguro is a staff writer. Follow her on X: @h_ishiguro</em></p>",
         d(2026, 1, 15, 19, 12, 0, 9), True, True, [q("Ramon Villareal", "Armed Forces of the Philippines")], ["Follow her on X", "is a staff writer"], None),
        ("", "a0c77e15-3d42-4f8b-b6a2-91e4f0d2c3b8", "news/2026/01/15/diet-snap-election-campaign-begins", "Campaign officially begins for snap Lower House election",
         ["Daisuke Moriyama", "Emi Kawabata"], "More than 1,100 candidates file for the Feb. 8 poll.",
         "<p>Official campaigning for the House of Representatives election began Thursday.</p>",
         d(2026, 1, 15, 10, 5, 0, 9), True, False, None, None, "Japanese home politics: not relevant."),
        ("", "5b2e0f6a-8c1d-4e3f-a7b9-0c6d5e4f3a21", "news/2026/01/14/korea-japan-summit-shuttle-diplomacy", "South Korea's president visits Nara in latest round of shuttle diplomacy",
         ["Jiji"], "Leaders agree to expand cooperation on supply chains and North Korea.",
         "<p>NARA – The leaders of Japan and South Korea agreed Wednesday to deepen cooperation on supply chains and on North Korea during talks in Nara.</p><p>(Jiji Press)</p>",
         d(2026, 1, 14, 21, 40, 0, 9), True, True, None, ["(Jiji Press)"], "Jiji copy: the agency is no author."),
        ("", "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", "life/2026/01/14/osaka-ramen-guide-winter", "Where to slurp: An Osaka ramen guide for winter",
         ["Yuki Sato-Lindqvist"], "Five shops worth the queue.",
         "<p>From tonkotsu to shio, five shops worth the queue this season.</p>",
         d(2026, 1, 14, 12, 0, 0, 9), True, False, None, None, "Lifestyle: a story, not relevant."),
        ("", "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", "podcast/2026/01/13/deep-dive-episode-214", "Deep Dive Ep. 214: Can Japan afford its defense buildup?",
         ["Oliver Crane"], "This week on the podcast, we ask how Tokyo will pay for its defense plans.",
         "<p>This week on Deep Dive, we ask how Tokyo will pay for its defense plans. Listen on Apple Podcasts or Spotify.</p>",
         d(2026, 1, 13, 18, 0, 0, 9), False, False, None, None, "Podcast episode: not a story. Title label 'Deep Dive Ep. 214:' may be kept or dropped."),
        ("", "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928", "news/2026/01/13/japan-china-rare-earth-export-curbs", "China tightens rare earth export curbs on Japan as Taiwan row drags on",
         ["Kenta Obuchi"], "Beijing adds Japanese defense firms to its export control list.",
         "<p>China on Tuesday added 20 Japanese companies to its export control list, in a sign that the dispute over Taiwan is spilling into trade.</p><p>Taro Kusunoki, a spokesman for the Foreign Ministry, said the move was “unacceptable and deeply regrettable.”</p>",
         d(2026, 1, 13, 16, 20, 0, 9), True, True, None, None, None),
    ]
    items_xml, items = [], []
    for _draft, guid, path, title, creators, desc, body, w, story, rel, quotes, junk, note in rows:
        link = f"{base}/{path}/"
        cr = "".join(f"<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        items_xml.append(f"<item><title><![CDATA[{title}]]></title><link>{link}</link><guid isPermaLink=\"false\">{guid}</guid>"
                         f"<pubDate>{gmt(w)}</pubDate>{cr}<description><![CDATA[{desc}]]></description><content:encoded><![CDATA[{body}]]></content:encoded></item>")
        authors = [] if creators == ["Jiji"] else list(creators)
        if not story:
            authors = []
        clean = title.removeprefix("Deep Dive Ep. 214: ")
        items.append(it(guid, clean, w, authors, story=story, rel=rel, quotes=quotes, junk=list(junk or []), note=note))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
            f"<title><![CDATA[The Yamato Herald | World & Japan]]></title><link>{base}</link><description><![CDATA[News from Japan and the world]]></description>"
            f'<atom:link href="{base}/feed/news.xml" rel="self" type="application/rss+xml"/><language>en</language><lastBuildDate>{gmt(d(2026, 1, 15, 19, 15, 0, 9))}</lastBuildDate>'
            + "".join(items_xml) + "</channel></rss>")
    return feed("en_jp_yamatoherald_news_sanity_next_2026.rss.xml", text, items, lang="en", outlet="The Yamato Herald",
                aliases=["Yamato Herald"],
                structure="Tokyo English-language daily's news feed from a Next.js route handler over Sanity documents (/feed/news.xml, January 2026): one line after the prolog, no trailing newline, CDATA channel 'Brand | World & Japan', language 'en', Sanity document _id UUIDs as non-permalink guids, pubDates from toUTCString() ('GMT', newsroom +0900), ONE CDATA dc:creator per referenced author (two reporters, 'Jiji' for agency copy, a podcast host), the Portable Text body rendered to HTML as content:encoded with an italic author bio and X handle, a '(Jiji Press)' tail, en dashes after datelines, a podcast episode and a lifestyle guide",
                notes="Japanese outlet: Japan's foreign and security relations are relevant; the Lower House campaign is home politics.")


# ---------------------------------------------------------------- German international broadcaster, English service, RSS 1.0
def weltfunk():
    base = "https://www.weltfunk.example"
    rows = [
        ("a-74839210", "EU agrees to fund Ukraine with €90 billion loan after asset plan stalls",
         "EU leaders agreed to borrow on capital markets to meet Kyiv's needs for the next two years, after Belgium blocked the use of frozen Russian assets.",
         d(2025, 12, 19, 3, 12, 0, 1), True, True, "Europe", None),
        ("a-74838877", "German cabinet approves pension package despite youth revolt",
         "The coalition pushed through the bill after weeks of dispute with its own younger lawmakers.",
         d(2025, 12, 18, 16, 40, 0, 1), True, False, "Germany", "German home politics: not relevant for a German outlet (the English service's home is Germany)."),
        ("a-74838012", "Germany pledges extra €1 billion for Syria reconstruction",
         "Berlin's development minister announced the package during a visit to Damascus, the first by a German minister in over a decade.",
         d(2025, 12, 18, 11, 5, 0, 1), True, True, "Middle East", "Germany's own foreign aid abroad: relevant."),
        ("av-74837755", "Video: Inside Khartoum's ruined national museum",
         "Our correspondent visited the looted halls. Watch the report.",
         d(2025, 12, 18, 7, 30, 0, 1), False, False, "Africa", "Video: not a story. Title label 'Video:' may be kept or dropped."),
        ("a-74837101", "Venezuela: US seizes second oil tanker in Caribbean",
         "The US Coast Guard boarded the vessel in international waters, officials said, escalating pressure on Caracas.",
         d(2025, 12, 17, 22, 55, 0, 1), True, True, "Americas", "Title label 'Venezuela:' may be kept or dropped."),
        ("a-74836600", "Quiz: How well do you know Germany's Christmas traditions?",
         "Test your knowledge of Advent calendars, Stollen and Christmas markets.",
         d(2025, 12, 17, 10, 0, 0, 1), False, False, "Culture", "Quiz: not a story. Title label 'Quiz:' may be kept or dropped."),
    ]
    items_xml, items, lis = [], [], []
    for aid, title, desc, w, story, rel, subj, note in rows:
        link = f"{base}/en/{aid}?maca=en-rss-en-world-4025-rdf"
        lis.append(f'<rdf:li rdf:resource="{link.replace("&", "&amp;")}"/>')
        items_xml.append(f"""<item rdf:about="{link}">
<title>{esc(title)}</title>
<link>{link}</link>
<description>{esc(desc)}</description>
<dc:date>{isoz(w)}</dc:date>
<dc:language>en</dc:language>
<dc:rights>Weltfunk</dc:rights>
<dc:source>Weltfunk</dc:source>
<dc:subject>{subj}</dc:subject>
</item>""")
        clean = title
        for lab in ("Video: ", "Venezuela: ", "Quiz: "):
            clean = clean.removeprefix(lab)
        items.append(it(link, clean, w, [], story=story, rel=rel, note=note))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:syn="http://purl.org/rss/1.0/modules/syndication/">
<channel rdf:about="{base}/en/world">
<title>Weltfunk: World</title>
<link>{base}/en/world</link>
<description>News from around the world from Germany's international broadcaster</description>
<dc:language>en</dc:language>
<dc:rights>Weltfunk</dc:rights>
<dc:date>{isoz(d(2025, 12, 19, 3, 15, 0, 1))}</dc:date>
<syn:updatePeriod>hourly</syn:updatePeriod>
<syn:updateFrequency>1</syn:updateFrequency>
<items>
<rdf:Seq>
{chr(10).join(lis)}
</rdf:Seq>
</items>
<image rdf:resource="{base}/images/weltfunk-logo-rss.gif"/>
</channel>
<image rdf:about="{base}/images/weltfunk-logo-rss.gif">
<title>Weltfunk</title>
<url>{base}/images/weltfunk-logo-rss.gif</url>
<link>{base}/en/world</link>
</image>
""" + "\n".join(items_xml) + "\n</rdf:RDF>\n"
    return feed("en_de_weltfunk_world_rdf_2025.rdf", text, items, lang="en", outlet="Weltfunk", shape="rss1-rdf",
                ctype="application/rdf+xml; charset=utf-8",
                structure="Bonn/Berlin international broadcaster's English service world feed as RSS 1.0 (rdf:RDF) from its in-house CMS (/rdf/rss-en-world, December 2025): default RSS 1.0 namespace with dc/content/syn, channel 'Brand: World', an rdf:Seq of item resources and a channel image, links with a '?maca=en-rss-en-world-<n>-rdf' tracking parameter used as rdf:about, plain-text one-sentence descriptions, NO author element, dc:date in UTC 'Z' only, dc:language/dc:rights/dc:source/dc:subject per item, article ids 'a-<n>' and 'av-<n>' (video), a quiz",
                notes="German broadcaster (home Germany): German foreign aid and EU decisions are relevant; the pension package is home politics.")


FEEDS = [capitol_ledger, mbc_news, karakoram_herald, lusail_news, yarkon_times, kowloon_morning_post, yamato_herald, weltfunk]
