# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Tech, science and the two oddly encoded feeds of the forty-ninth held-out set: a San Francisco
tech site on Ghost 5 (2025), a Boston science magazine behind a Feedpress proxy (2024), a Manila
daily whose social desk writes headlines in Unicode MATHEMATICAL SANS-SERIF BOLD letters (2025),
and a Lagos daily whose WordPress feed starts with THREE UTF-8 byte-order marks (2024). All
outlets, people and quotations are invented."""
from h49 import S, cd, d, esc, feed, gmt, newest_first, rfc822, utc0, wpt


# ---------------------------------------------------------------- San Francisco tech site, Ghost 5 (January-February 2025)
def packetstreet():
    base = "https://www.packetstreet.example"
    specs = [
        S("ai-chip-export-rules-three-tiers", "US unveils AI chip export rules that sort the world into three tiers", d(2025, 1, 13, 15, 20, 0, -8), "Lena Ostrowski", ["Lena Ostrowski"],
          ["The Biden administration on Monday published sweeping export controls on advanced AI chips and model weights, giving close allies unrestricted access, capping sales to most countries and keeping China and Russia shut out.",
           "\u201cThis is industrial policy written as a map of the world,\u201d said Jae-won Park, a semiconductor policy analyst at the Pacific Compute Forum."],
          quotes=[("Jae-won Park", "Pacific Compute Forum")], note="State regulation with international reach: relevant."),
        S("supreme-court-upholds-tiktok-law", "Supreme Court upholds law that could ban TikTok in the US", d(2025, 1, 17, 10, 45, 0, -8), "Marcus Delgado-Reyes, Lena Ostrowski", ["Marcus Delgado-Reyes", "Lena Ostrowski"],
          ["The Supreme Court unanimously upheld a law requiring TikTok\u2019s Chinese parent to sell the app\u2019s US business or see it banned, citing national security concerns."],
          note="Ghost writes several authors as 'A, B' in one dc:creator: both expected. US-China national-security regulation: relevant (borderline)."),
        S("deepseek-app-tops-app-store", "DeepSeek's chatbot app jumps to the top of the App Store", d(2025, 1, 27, 8, 30, 0, -8), "Priyanka Sethuraman", ["Priyanka Sethuraman"],
          ["A free AI assistant from the Chinese start-up DeepSeek overtook ChatGPT as the most downloaded free app on Apple\u2019s US App Store, a week after the company released its R1 reasoning model."],
          rel=False, note="Product and market news: a story, not relevant."),
        S("galaxy-s25-ultra-review", "Galaxy S25 Ultra review: the AI is new, the phone mostly isn't", d(2025, 2, 4, 6, 0, 0, -8), "Priyanka Sethuraman", ["Priyanka Sethuraman"],
          ["Samsung\u2019s new flagship has rounder corners, a faster chip and a lot of AI features. <em>Samsung provided a review unit to Packet Street.</em>"],
          rel=False, junk=["review unit"], note="Product review: a story, not relevant."),
        S("packet-street-weekly-issue-212", "Packet Street Weekly #212: The chip map", d(2025, 1, 18, 14, 0, 0, -8), "Packet Street", [],
          ["This week\u2019s newsletter: export rules, TikTok and what to read this weekend. Subscribe to get it in your inbox."],
          story=False, rel=False, note="Newsletter issue: not a story."),
        S("sponsored-zero-trust-for-small-teams", "Sponsored: Zero trust for small teams, without the enterprise price", d(2025, 1, 29, 9, 0, 0, -8), "Packet Street Partners", [],
          ["This post is sponsored by a network security company."],
          story=False, rel=False, note="Sponsored post: not a story."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        gid = f"6785{0xa1c3f09 + i * 4099:07x}{0xd2e4 + i * 17:04x}{0x1b2c3d + i:06x}"[:24]
        url = f"{base}/{s['k']}/"
        tag = "Policy" if s["rel"] else ("Reviews" if "review" in s["k"] else ("Newsletter" if not s["story"] else "News"))
        img = f"{base}/content/images/2025/0{s['w'].month}/{s['k'][:16]}.jpg"
        body = cd(f'<img src="{img}" alt="{esc(s["title"])}"><br>' + s.html())
        rows.append(f"<item><title>{cd(s['title'])}</title><description>{cd(s['paras'][0][:200])}</description><link>{url}</link><guid isPermaLink=\"false\">{gid}</guid>"
                    f"<category>{cd(tag)}</category><dc:creator>{cd(s['by'])}</dc:creator><pubDate>{gmt(s['w'])}</pubDate>"
                    f"<media:content url=\"{img}\" medium=\"image\"/><content:encoded>{body}</content:encoded></item>")
        items.append(s.exp(gid))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
            f'<title>{cd("Packet Street")}</title><description>{cd("Technology, power and policy")}</description><link>{base}/</link><image><url>{base}/favicon.png</url><title>Packet Street</title><link>{base}/</link></image>'
            f'<generator>Ghost 5.108</generator><lastBuildDate>{gmt(d(2025, 2, 4, 6, 5, 0, -8))}</lastBuildDate><atom:link href="{base}/rss/" rel="self" type="application/rss+xml"/><ttl>60</ttl>'
            + "".join(rows) + "</channel></rss>")
    return feed("en_tech_packetstreet_ghost5_2025.rss.xml", text, items, lang="en", outlet="Packet Street", topic="tech",
                structure="San Francisco tech news site on Ghost 5 (/rss/, January-February 2025): one line, no trailing newline, the media namespace declared AFTER version, CDATA channel title and description, <image> with the favicon, generator 'Ghost 5.108', ttl 60, items in Ghost's order (CDATA title, CDATA excerpt description, link, 24-hex post-id guids isPermaLink=false, CDATA category, CDATA dc:creator, GMT pubDate, media:content, CDATA content:encoded opening with the feature image), dc:creator 'A, B' for two authors, the brand or 'Packet Street Partners', a review-unit disclosure, a newsletter issue and a sponsored post",
                notes="Home country: the United States. Tech feed: relevance means world-affairs weight (state regulation with international reach), not products.")


# ---------------------------------------------------------------- Boston science magazine, Craft CMS behind Feedpress (June-November 2024)
def frontierlab():
    base = "https://www.frontierlab.example"
    fp = "https://feedpress.example/link/21908"
    specs = [
        S("change-6-far-side-samples-return", "China's Chang'e-6 brings home the first rocks from the Moon's far side", d(2024, 6, 25, 9, 10, 0, -4), "Dr. Hannah Achebe-Lind", ["Hannah Achebe-Lind"],
          ["The return capsule of China\u2019s Chang\u2019e-6 mission landed in Inner Mongolia on Tuesday carrying the first samples ever collected from the far side of the Moon.",
           "\u201cEvery lunar sample we have is from one hemisphere. This changes the denominator,\u201d said Tomasz Wierzbicki, a planetary scientist at the Lowell Ridge Observatory."],
          quotes=[("Tomasz Wierzbicki", "Lowell Ridge Observatory")], note="Landmark international science: relevant. 'Dr.' is not part of the author's name."),
        S("who-declares-mpox-global-emergency", "WHO declares mpox a global health emergency for the second time", d(2024, 8, 14, 17, 40, 0, -4), "Marisol Quintanilla", ["Marisol Quintanilla"],
          ["The World Health Organization declared the spread of a new mpox strain in the Democratic Republic of Congo and neighbouring countries a public health emergency of international concern."],
          note="International health emergency: relevant."),
        S("starliner-returns-without-crew", "Boeing's Starliner lands in New Mexico without the astronauts it launched", d(2024, 9, 7, 1, 30, 0, -4), "Devin Achterberg", ["Devin Achterberg"],
          ["Boeing\u2019s Starliner capsule landed at White Sands late Friday, empty, leaving the two NASA astronauts it carried to the space station to come home on a SpaceX vehicle next year."],
          rel=False, note="A national space programme's setback: a story, not world affairs."),
        S("sperm-whale-phonetic-alphabet", "Sperm whale clicks may have a 'phonetic alphabet', researchers say", d(2024, 5, 7, 11, 0, 0, -4), "Marisol Quintanilla", ["Marisol Quintanilla"],
          ["Analysis of nearly 9000 recorded codas from sperm whales off Dominica suggests the animals combine rhythm and tempo in ways that resemble a combinatorial system."],
          rel=False, note="A single research paper: a story, not relevant."),
        S("podcast-lab-notes-ep-88", "Lab Notes, episode 88: What the far side is made of", d(2024, 6, 28, 6, 0, 0, -4), "Frontier Lab", [],
          ["Listen to this week\u2019s episode."],
          story=False, rel=False, note="Podcast: not a story."),
        S("image-of-the-week-aurora-massachusetts", "Image of the week: Northern lights over the Berkshires", d(2024, 5, 13, 8, 0, 0, -4), "Frontier Lab", [],
          ["A reader\u2019s photograph of Friday\u2019s geomagnetic storm."],
          story=False, rel=False, note="Single picture feature: not a story."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        url = f"{base}/news/{s['k']}"
        link = f"{fp}/{16502211 - i * 377}/{s['k']}"
        rows.append(f"    <item>\n      <title>{esc(s['title'])}</title>\n      <link>{link}</link>\n      <guid isPermaLink=\"false\">{url}</guid>\n      <pubDate>{rfc822(s['w'])}</pubDate>\n"
                    f"      <dc:creator>{esc(s['by'])}</dc:creator>\n      <description>{cd(s.html())}</description>\n      <feedpress:locale>en</feedpress:locale>\n    </item>")
        items.append(s.exp(url))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="https://feedpress.example/rss.xsl"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:feedpress="https://feed.press/xmlns">\n  <channel>\n'
            '    <feedpress:locale>en</feedpress:locale>\n    <atom:link rel="hub" href="https://feedpress.superfeedr.example/"/>\n    <atom:link rel="self" href="https://feeds.frontierlab.example/news" type="application/rss+xml"/>\n'
            f'    <title>Frontier Lab</title>\n    <link>{base}</link>\n    <description>Science news from Frontier Lab magazine</description>\n    <language>en-us</language>\n    <lastBuildDate>{rfc822(d(2024, 9, 7, 1, 35, 0, -4))}</lastBuildDate>\n'
            + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_science_frontierlab_craft_feedpress_2024.rss.xml", text, items, lang="en", outlet="Frontier Lab", topic="science",
                structure="Boston popular-science magazine's news feed from Craft CMS, republished by Feedpress (May-September 2024): an xml-stylesheet PI, the feedpress namespace, feedpress:locale in the channel AND in every item, hub and self atom:links on the proxy domain, channel title the brand, en-us, item links rewritten to the proxy's '/link/<feed>/<item>/<slug>' tracking URLs while the guid (isPermaLink=false) keeps the magazine's own URL, -0400 dates, dc:creator ('Dr. Name', a name or the brand), CDATA descriptions with the whole short story, a podcast and an image of the week",
                notes="Home country: the United States. Science feed: relevance means international news weight (lunar exploration between space powers, a WHO emergency), not single papers or a national programme's hardware problems.")


# ---------------------------------------------------------------- Manila daily, social desk's styled letters (WordPress 6.7, March 2025)
def mb(s):
    """Text in MATHEMATICAL SANS-SERIF BOLD letters and digits, as 'bold text generators' write it."""
    out = []
    for ch in s:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D5D4 + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D5EE + ord(ch) - 97))
        elif "0" <= ch <= "9":
            out.append(chr(0x1D7EC + ord(ch) - 48))
        else:
            out.append(ch)
    return "".join(out)


def intramuros():
    base = "https://intramurostimes.example"
    specs = [
        S("israel-resumes-strikes-gaza-ceasefire-ends", "Israel resumes strikes on Gaza, ending two-month ceasefire", d(2025, 3, 18, 10, 20, 0, 8), "Reuters", [],
          [f"{mb('GAZA')} \u2014 Israeli aircraft struck targets across the Gaza Strip before dawn on Tuesday, ending a ceasefire that had held since January, Palestinian health officials said."],
          raw_title=f"{mb('BREAKING')}: Israel resumes strikes on Gaza, ending two-month ceasefire", junk=[mb("GAZA")],
          note="The headline opens with 'BREAKING' in U+1D5D4-block MATHEMATICAL SANS-SERIF BOLD letters; the dateline too. Expected: plain letters (NFKC) or the label dropped; never the styled code points. 'Reuters': []. Relevant. Title label 'BREAKING:' may be kept or dropped."),
        S("ofws-myanmar-safe-after-quake-dfa", "Filipinos in Myanmar safe after 7.7 quake, DFA says", d(2025, 3, 29, 14, 5, 0, 8), "Ma. Cristina Dizon-Reyes", ["Ma. Cristina Dizon-Reyes"],
          [f"{mb('MANILA')} \u2014 All Filipinos registered with the embassy in Myanmar are accounted for after Friday\u2019s magnitude 7.7 earthquake, the Department of Foreign Affairs said on Saturday.",
           f"\u201cWe have reached {mb('every')} community leader in Mandalay and Yangon,\u201d said Jerome Villaflor, a DFA spokesperson."],
          raw_title=f"Filipinos in Myanmar safe after {mb('7.7')} quake, DFA says", quotes=[("Jerome Villaflor", "DFA")], junk=[mb("MANILA"), mb("every")],
          note="Styled digits '7.7' inside the headline and a styled word inside the quote. 'Ma.' is part of the Filipino given name as written (Ma. = Maria). The country's consular affairs abroad: relevant."),
        S("us-defense-chief-manila-balikatan", "US defense chief visits Manila as allies plan bigger Balikatan drills", d(2025, 3, 28, 18, 45, 0, 8), "Paolo Sarmiento", ["Paolo Sarmiento"],
          ["The US defense secretary arrived in Manila on Friday on his first trip to Asia in the job, as the two allies prepared for their largest annual Balikatan exercises next month.",
           f"\u201cThe message is for Beijing, but the {mb('exercise')} is for us,\u201d said Dr. Rowena Bautista-Lim of the Katipunan Institute for Maritime Affairs."],
          quotes=[("Rowena Bautista-Lim", "Katipunan Institute for Maritime Affairs")],
          note="Philippine alliance and defence policy: relevant. 'Dr.' is not part of the name."),
        S("metro-manila-heat-index-pagasa", "Metro Manila heat index to hit 42\u00b0C, PAGASA warns", d(2025, 3, 25, 11, 30, 0, 8), "Jan Carlo Mendoza", ["Jan Carlo Mendoza"],
          ["State weather bureau PAGASA warned that the heat index in Metro Manila could reach a \u2018danger\u2019 level of 42\u00b0C this week."],
          raw_title=f"{mb('HEAT ALERT')}: Metro Manila heat index to hit 42\u00b0C, PAGASA warns", rel=False,
          note="Home weather: a story, not relevant. Title label 'HEAT ALERT:' may be kept or dropped (kept in plain letters)."),
        S("look-filipinos-gather-embassy-yangon", "LOOK: Filipinos gather at the embassy in Yangon after the quake", d(2025, 3, 30, 9, 0, 0, 8), "Intramuros Times", [],
          ["[gallery ids=\"60211,60212,60213\"]"],
          raw_title=f"{mb('LOOK')}: Filipinos gather at the embassy in Yangon after the quake", story=False, rel=False, junk=["[gallery"],
          note="Photo gallery: not a story. Title label 'LOOK:' may be kept or dropped (kept in plain letters)."),
        S("watch-rescue-teams-mandalay", "WATCH: Rescue teams search collapsed buildings in Mandalay", d(2025, 3, 29, 20, 0, 0, 8), "Intramuros Times", [],
          ["[embed]https://video.intramurostimes.example/watch/88421[/embed]"],
          raw_title=f"{mb('WATCH')}: Rescue teams search collapsed buildings in Mandalay", story=False, rel=False, junk=["[embed]"],
          note="Video: not a story. Title label 'WATCH:' may be kept or dropped (kept in plain letters)."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        pid = 60488 - i * 41
        url = f"{base}/world/{s['k']}/"
        title = s.get("raw_title") or s["title"]
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<comments>{url}#respond</comments>\n\t\t\n\t\t<dc:creator><![CDATA[{s['by']}]]></dc:creator>\n\t\t<pubDate>{utc0(s['w'])}</pubDate>\n"
                    f"\t\t\t\t<category><![CDATA[{'World' if s['rel'] else 'Nation'}]]></category>\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n"
                    f"\t\t\t\t\t<description><![CDATA[{s['paras'][0]}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{s.html()}]]></content:encoded>\n\t\t\t\t\t\n\t\t\n\t\t\n\t\t\t</item>")
        items.append(s.exp(f"{base}/?p={pid}"))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f'\t<title>World &#8211; Intramuros Times</title>\n\t<atom:link href="{base}/world/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f'\t<description>{mb("Truth")} in every page</description>\n\t<lastBuildDate>{utc0(d(2025, 3, 30, 9, 1, 0, 8))}</lastBuildDate>\n\t<language>en-US</language>\n'
            '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.7.2</generator>\n'
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_ph_intramurostimes_world_math_bold_letters_2025.rss.xml", text, items, lang="en", outlet="Intramuros Times", aliases=["The Intramuros Times"],
                structure="Manila daily's World category on WordPress 6.7.2 (March 2025) whose social-media desk types kickers and emphasis with an online 'bold text generator': valid UTF-8 and well-formed, but headline labels ('BREAKING', 'HEAT ALERT', 'LOOK', 'WATCH'), datelines ('GAZA', 'MANILA'), digits in a headline ('7.7'), single words inside quotes and the channel tagline are written in MATHEMATICAL SANS-SERIF BOLD code points (U+1D5D4–U+1D607, digits U+1D7EC–U+1D7F5, 4-byte UTF-8, outside the BMP), which NFKC maps back to ASCII; otherwise the stock feed-rss2 template ('?p=<id>' guids, CDATA dc:creator, +0000 pubDates for a +0800 newsroom, en-US), 'Ma. Name' bylines, an unrendered [gallery] and [embed]",
                notes="Home country: the Philippines. Expected titles and summaries carry plain letters (NFKC) or drop the labels; styled code points, U+FFFD or surrogate debris are defects. Consular news about Filipinos abroad and the US alliance are foreign affairs (relevant); heat warnings are home news.")


# ---------------------------------------------------------------- Lagos daily, WordPress 6.4 with three UTF-8 BOMs before the declaration (January 2024)
def lagoon():
    base = "https://thelagooncourier.example"
    specs = [
        S("niger-mali-burkina-faso-quit-ecowas", "Niger, Mali and Burkina Faso announce withdrawal from ECOWAS", d(2024, 1, 28, 16, 50, 0, 1), "Adaeze Nwankwo-Ibe", ["Adaeze Nwankwo-Ibe"],
          ["The military governments of Niger, Mali and Burkina Faso said on Sunday they were leaving the Economic Community of West African States with immediate effect, accusing the bloc of being under foreign influence.",
           "&#8220;Abuja chairs the club that three members have just walked out of; that is a foreign-policy crisis for Nigeria, not a footnote,&#8221; said Yusuf Garba-Danjuma, a senior fellow at the Lagos Centre for Regional Integration."],
          quotes=[("Yusuf Garba-Danjuma", "Lagos Centre for Regional Integration")], note="The regional bloc Nigeria chairs: relevant."),
        S("icj-orders-israel-south-africa-case", "ICJ orders Israel to prevent genocidal acts in Gaza in South Africa's case", d(2024, 1, 26, 15, 30, 0, 1), "AFP", [],
          ["The International Court of Justice on Friday ordered Israel to take all measures within its power to prevent acts of genocide in Gaza, in a case brought by South Africa."],
          note="Agency: []. Relevant."),
        S("taiwan-election-ruling-party-wins", "Taiwan's ruling party wins presidency for third straight term", d(2024, 1, 13, 14, 15, 0, 1), "Reuters", [],
          ["Taiwan\u2019s governing Democratic Progressive Party won a third consecutive presidential term on Saturday, in a vote closely watched by Beijing and Washington."],
          note="Agency: []. Relevant."),
        S("naira-record-low-official-market", "Naira slides to new low at official window as dollar scarcity bites", d(2024, 1, 30, 18, 5, 0, 1), "Tunde Alabi-Ogun", ["Tunde Alabi-Ogun"],
          ["The naira weakened past N1,400 to the dollar at the official foreign exchange window on Tuesday, traders said, as demand for dollars outstripped supply."],
          rel=False, note="Home currency and markets: a story, not relevant."),
        S("afcon-2023-super-eagles-v-cameroon-live", "AFCON 2023 live: Super Eagles v Indomitable Lions, round of 16", d(2024, 1, 27, 20, 0, 0, 1), "Sports Desk", [],
          ["Follow all the action from Abidjan."],
          story=False, rel=False, note="Live sport page: not a story."),
        S("sponsored-lagos-property-expo-2024", "Sponsored: Lagos Property Expo returns to Eko Atlantic in February", d(2024, 1, 22, 9, 0, 0, 1), "Brand Desk", [],
          ["Developers, banks and buyers meet at this year\u2019s expo. This is sponsored content."],
          story=False, rel=False, note="Advertorial: not a story."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        pid = 129904 - i * 53
        url = f"{base}/{s['w'].strftime('%Y/%m/%d')}/{s['k']}/"
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(s['title'])}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<comments>{url}#respond</comments>\n\t\t\n\t\t<dc:creator><![CDATA[{s['by']}]]></dc:creator>\n\t\t<pubDate>{utc0(s['w'])}</pubDate>\n"
                    f"\t\t\t\t<category><![CDATA[{'World' if s['rel'] else 'News'}]]></category>\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n"
                    f"\t\t\t\t\t<description><![CDATA[{s['paras'][0][:180].rsplit(' ', 1)[0]} &#8230;]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{s.html()}]]></content:encoded>\n"
                    f"\t\t\t\t\t\n\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t\t<slash:comments>{i % 4}</slash:comments>\n\n\t\t\n\t\t\n\t\t\t</item>")
        items.append(s.exp(f"{base}/?p={pid}"))
    text = ("\ufeff\ufeff\ufeff" + '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f'\t<title>World &#8211; The Lagoon Courier</title>\n\t<atom:link href="{base}/category/world/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f'\t<description>News from Lagos, Nigeria and the world</description>\n\t<lastBuildDate>{utc0(d(2024, 1, 30, 18, 7, 0, 1))}</lastBuildDate>\n\t<language>en-US</language>\n'
            '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.4.2</generator>\n'
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_ng_lagooncourier_world_triple_utf8_bom_2024.rss.xml", text, items, lang="en", outlet="The Lagoon Courier", aliases=["Lagoon Courier"], ctype="application/rss+xml; charset=UTF-8",
                structure="Lagos daily's World category on WordPress 6.4.2 (January 2024) whose theme and two plugin files were saved as 'UTF-8 with BOM': PHP echoes each file's byte-order mark before the feed, so the body starts with THREE UTF-8 BOMs (EF BB BF EF BB BF EF BB BF) before '<?xml' (strict XML parsers reject it: the declaration is not at the start, and U+FEFF is not whitespace); header and declaration both say UTF-8 and the rest is the stock feed-rss2 template ('?p=<id>' guids, CDATA dc:creator, +0000 pubDates for a +0100 newsroom, en-US, excerpts ending ' &#8230;'), naira amounts 'N1,400', a live sport page and an advertorial",
                notes="Home country: Nigeria. Expected: decoded (the marks stripped and the feed read as UTF-8); titles must not carry U+FEFF or 'ï»¿'. ECOWAS, which Nigeria chairs, is foreign policy (relevant); the naira is home news.")


FEEDS = [packetstreet, frontierlab, intramuros, lagoon]
