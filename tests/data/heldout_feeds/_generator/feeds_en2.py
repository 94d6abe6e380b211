# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English: Pakistani daily, Korean wire (English), African WordPress site, Substack,
JSON Feed tech blog, news aggregator (headline only)."""
from lib import Feed, Item, cdata, dt, esc, rfc822

# --------------------------------------------------------------------------------------
# 5. Pakistani daily (Dawn-style): <author> holds agencies or "Our Correspondent",
#    escaped HTML paragraphs, sentences glued without a space, no final full stop.
# --------------------------------------------------------------------------------------


def indus() -> Feed:
    base = "https://www.indusherald.com.pk/news"
    pkt = 5
    rows = [
        ("1950101/fo-rejects-indian-remarks-on-indus-waters-treaty",
         "FO rejects Indian remarks on Indus Waters Treaty, calls for neutral expert",
         ["ISLAMABAD: The Foreign Office on Wednesday rejected remarks by an Indian minister on the Indus Waters Treaty as “irresponsible”, saying the treaty could not be suspended unilaterally.",
          "Spokesperson Kamran Ashfaq said Pakistan had written to the World Bank asking it to appoint a neutral expert.The Indian side has not responded to the letter, he added"],
         "Irfan Haider Naqvi", ["Irfan Haider Naqvi"], dt(2026, 12, 2, 19, 40, 3, pkt), True),
        ("1950107/imf-mission-to-begin-second-review-talks",
         "IMF mission to begin second review talks in Islamabad next week",
         ["ISLAMABAD: A staff mission of the International Monetary Fund will arrive on Monday for talks on the second review of Pakistan’s $7 billion loan programme, the finance ministry said.",
          "Officials said revenue shortfalls of about Rs300bn in the first five months would top the agenda"],
         "Tahir Sherani", ["Tahir Sherani"], dt(2026, 12, 2, 11, 5, 48, pkt), True),
        ("1950112/two-soldiers-martyred-in-north-waziristan-attack",
         "Two soldiers martyred in North Waziristan attack: ISPR",
         ["BANNU: Two soldiers were martyred and three militants killed in an exchange of fire in North Waziristan, the military’s media wing said on Tuesday.A clearance operation was under way in the area, it said."],
         "Our Correspondent", [], dt(2026, 12, 1, 23, 12, 0, pkt), True),
        ("1950118/captains-century-in-vain-as-pakistan-lose-to-new-zealand",
         "Captain's century in vain as Pakistan lose to New Zealand in Napier",
         ["NAPIER: A career-best 151 by the captain was not enough as Pakistan lost the first ODI by 19 runs."],
         "Sports Desk", [], dt(2026, 12, 1, 14, 30, 27, pkt), False),
        ("1950124/afghan-refugees-deadline-extended",
         "Govt extends deadline for Afghan card holders to leave until March",
         ["ISLAMABAD: The interior ministry extended the deadline for holders of Afghan Citizen Cards to leave the country until March 31, following requests from the UN refugee agency.",
          "About 800,000 people hold the cards, according to official figures"],
         "Reuters", [], dt(2026, 12, 1, 9, 22, 10, pkt), True),
        ("1950131/karachi-stocks-hit-record",
         "KSE-100 closes above 160,000 points for first time",
         ["KARACHI: Stocks rallied to a record on Tuesday as investors bet on further rate cuts by the State Bank."],
         "Herald Business", [], dt(2026, 11, 30, 17, 1, 55, pkt), False),
        ("1950140/china-pakistan-sign-cpec-ml1-financing",
         "China, Pakistan sign financing deal for first phase of ML-1 railway upgrade",
         ["BEIJING: Pakistan and China signed agreements worth $2.1bn for the first section of the Karachi-Peshawar railway line, ending years of delay over the project’s financing.",
          "“This is the backbone of CPEC’s second phase,” said Ahsan Durrani, the planning minister, after the ceremony in Beijing."],
         "Salman Rafiq", ["Salman Rafiq"], dt(2026, 11, 30, 8, 45, 0, pkt), True),
        ("1950151/in-pictures-lahore-smog",
         "In pictures: Lahore chokes under thick smog",
         ["<img src=\"https://i.indusherald.com.pk/large/2026/11/692c1.jpg\" alt=\"\" />"],
         "IndusHerald.com", [], dt(2026, 11, 29, 16, 0, 0, pkt), False),
    ]
    items_xml, items = [], []
    for path, title, paras, author, authors, d, rel in rows:
        link = f"{base}/{path}"
        html = "".join(f"<p>{p}</p>" for p in paras)
        items_xml.append(f"""<item>
<title>{esc(title)}</title>
<link>{link}</link>
<description>{esc(html)}</description>
<author>{esc(author)}</author>
<guid isPermaLink="false">{path.split('/')[0]}</guid>
<pubDate>{rfc822(d)}</pubDate>
<media:content url="https://i.indusherald.com.pk/thumbnail/2026/{path.split('/')[0]}.jpg" type="image/jpeg" medium="image"/>
</item>""")
        story = not title.startswith("In pictures")
        q = [{"speaker": "Ahsan Durrani", "affiliation": "planning minister"}] if "Qureshi" in html else None
        items.append(Item(key=path.split("/")[0], title=title, published=d, authors=authors,
                          is_story=story, relevant=rel if story else False,
                          junk=["<img", "<p>"], quotes=q))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Indus Herald - Pakistan</title>
<link>https://www.indusherald.com.pk</link>
<description>The Indus Herald: Pakistan's most trusted English daily</description>
<language>en</language>
<copyright>Copyright 2026, Herald Group of Newspapers (Pvt) Ltd.</copyright>
<atom:link href="https://www.indusherald.com.pk/feeds/pakistan" rel="self" type="application/rss+xml"/>
{chr(10).join(items_xml)}
</channel>
</rss>
"""
    return Feed(name="en_pk_indusherald_pakistan.rss.xml", text=text, encoding="utf-8",
                content_type="application/rss+xml; charset=utf-8",
                outlet_structure="Dawn section feed (dawn.com/feeds/pakistan): <author> with agencies/desks, escaped <p> blocks",
                language="en", outlet="Indus Herald", shape="rss2", topic="mixed", items=items,
                declared_encoding="UTF-8",
                notes="Keys are the non-permalink numeric guids. Authors 'IndusHerald.com'/'Herald Business'/'Reuters' are publications or desks, not people.")


# --------------------------------------------------------------------------------------
# 6. Korean wire service, English edition (Yonhap-style): "(LEAD)"/"(2nd LD)"/"(URGENT)"
#    title prefixes, "SEOUL, Dec. 2 (Yonhap) --" datelines, "By Name" in the text, "(END)".
# --------------------------------------------------------------------------------------


def hanbit() -> Feed:
    base = "https://en.hanbitnews.co.kr/news"
    kst = 9
    rows = [
        ("AEN20261202004451315", "(LEAD) S. Korea, Japan agree to resume regular shuttle diplomacy",
         "S. Korea, Japan agree to resume regular shuttle diplomacy",
         "By Lee Ha-eun\nSEOUL, Dec. 2 (Hanbit) -- South Korea and Japan agreed Wednesday to hold leaders' visits at least twice a year, Seoul's presidential office said, after a phone call between the two leaders.\nThe two sides also agreed to launch a vice-ministerial dialogue on supply chains early next year. (END)",
         ["Lee Ha-eun"], dt(2026, 12, 2, 16, 51, 2, kst), True),
        ("AEN20261202003900320", "(URGENT) N. Korea fires ballistic missile toward East Sea: JCS",
         "N. Korea fires ballistic missile toward East Sea: JCS",
         "SEOUL, Dec. 2 (Hanbit) -- North Korea fired a ballistic missile toward the East Sea on Wednesday, the Joint Chiefs of Staff said. (END)",
         [], dt(2026, 12, 2, 7, 12, 0, kst), True),
        ("AEN20261202004100325", "(2nd LD) N. Korea fires ballistic missile toward East Sea in 1st launch in 3 months",
         "N. Korea fires ballistic missile toward East Sea in 1st launch in 3 months",
         "By Park Joon-seo\nSEOUL, Dec. 2 (Hanbit) -- North Korea fired a short-range ballistic missile toward the East Sea on Wednesday, the military said, in its first launch in three months.\n\"The launch appears designed to test the new administration in Washington,\" said Yang Min-ho, a professor at Dongguk Institute of North Korean Studies. (END)",
         ["Park Joon-seo"], dt(2026, 12, 2, 9, 40, 31, kst), True),
        ("AEN20261201006700320", "(Hanbit Interview) Polish envoy says K2 tank deal 'backbone' of bilateral ties",
         "Polish envoy says K2 tank deal 'backbone' of bilateral ties",
         "By Choi Da-som\nSEOUL, Dec. 1 (Hanbit) -- Poland's ambassador to South Korea said the second K2 tank contract had turned defense cooperation into \"the backbone\" of relations between the two countries.\n\"We are not only buying tanks, we are building them together in Poland,\" Ambassador Tomasz Wielgosz said in an interview. (END)",
         ["Choi Da-som"], dt(2026, 12, 1, 15, 0, 0, kst), True),
        ("AEN20261201005200325", "Hanseong Electronics unveils 2-nm mobile chip",
         "Hanseong Electronics unveils 2-nm mobile chip",
         "SEOUL, Dec. 1 (Hanbit) -- Hanseong Electronics Co. on Monday unveiled its first mobile application processor built on a 2-nanometer process. (END)",
         [], dt(2026, 12, 1, 11, 2, 40, kst), False),
        ("AEN20261130001800315", "(LEAD) Ulsan HD clinch K League 1 title with 2-0 win over Jeonbuk",
         "Ulsan HD clinch K League 1 title with 2-0 win over Jeonbuk",
         "By Jung Woo-jin\nULSAN, Nov. 30 (Hanbit) -- Ulsan HD won the K League 1 title for the fourth straight season on Sunday. (END)",
         ["Jung Woo-jin"], dt(2026, 11, 30, 18, 22, 9, kst), False),
        ("AEN20261130000600315", "Get Hanbit news on the go: download our app",
         "Get Hanbit news on the go: download our app",
         "Download the Hanbit News app for iOS and Android for breaking news alerts.",
         [], dt(2026, 11, 30, 0, 0, 0, kst), False),
        ("AEN20261129002700315", "FM Han to visit Washington for talks on tariffs, defense cost-sharing",
         "FM Han to visit Washington for talks on tariffs, defense cost-sharing",
         "By Kim Seo-yeon\nSEOUL, Nov. 29 (Hanbit) -- Foreign Minister Han Seung-jae will travel to Washington next week for talks with the U.S. secretary of state, the ministry said Saturday. (END)",
         ["Kim Seo-yeon"], dt(2026, 11, 29, 10, 31, 0, kst), True),
    ]
    items_xml, items = [], []
    for aid, title_raw, title, desc, authors, d, rel in rows:
        link = f"{base}/{aid}"
        items_xml.append(f"""    <item>
      <title>{cdata(title_raw)}</title>
      <link>{link}</link>
      <description>{cdata(desc)}</description>
      <author>hanbit@hanbitnews.co.kr</author>
      <pubDate>{rfc822(d)}</pubDate>
      <guid isPermaLink="true">{link}</guid>
      <category>{'National' if rel else 'Economy'}</category>
    </item>""")
        story = "download our app" not in title
        q = None
        if "Yang Min-ho" in desc:
            q = [{"speaker": "Yang Min-ho", "affiliation": "Dongguk Institute of North Korean Studies"}]
        if "Wielgosz" in desc:
            q = [{"speaker": "Tomasz Wielgosz", "affiliation": "Poland's ambassador to South Korea"}]
        items.append(Item(key=link, title=title, published=d, authors=authors, is_story=story,
                          relevant=rel, junk=["(END)", "By Lee Ha-eun", "By Park Joon-seo", "By Choi Da-som",
                                              "By Jung Woo-jin", "By Kim Seo-yeon", "hanbit@"],
                          quotes=q,
                          note="Title prefix such as (LEAD)/(URGENT)/(2nd LD) is a wire marker, not part of the headline; the URGENT and 2nd LD items are one story." if title != title_raw else None))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Hanbit News Agency - North Korea</title>
    <link>https://en.hanbitnews.co.kr</link>
    <description>Hanbit News Agency English service</description>
    <language>en</language>
    <copyright>(C) Hanbit News Agency Co., Ltd. All rights reserved.</copyright>
    <lastBuildDate>{rfc822(dt(2026, 12, 2, 17, 0, 0, kst))}</lastBuildDate>
{chr(10).join(items_xml)}
  </channel>
</rss>
"""
    return Feed(name="en_kr_hanbit_nk.rss.xml", text=text, encoding="utf-8",
                content_type="application/xml; charset=utf-8",
                outlet_structure="Yonhap News Agency English RSS (en.yna.co.kr/RSS): (LEAD)/(URGENT) prefixes, '(Yonhap) --' datelines, '(END)'",
                language="en", outlet="Hanbit News Agency", shape="rss2", topic="mixed", items=items,
                declared_encoding="UTF-8")


# --------------------------------------------------------------------------------------
# 7. African news site on WordPress: excerpt with "[&#8230;]" and "Read More »",
#    "The post X appeared first on Y.", broken numeric entities, publication as dc:creator.
# --------------------------------------------------------------------------------------


def savanna() -> Feed:
    base = "https://savannapost.co.ke"
    eat = 3
    rows = [
        ("2026/12/02/kenya-somalia-border-reopening-mandera", "Kenya, Somalia agree phased reopening of Mandera border crossing",
         "Nairobi and Mogadishu have agreed to reopen the Mandera crossing in three phases starting in January, ending a closure that has lasted more than a decade&#8230;",
         ["Nairobi and Mogadishu have agreed to reopen the Mandera crossing in three phases starting in January, ending a closure that has lasted more than a decade.",
          "&#8220;Trade will come first, then people,&#8221; said Interior Cabinet Secretary Daniel Kiprono after talks with his Somali counterpart in Nairobi.",
          "Security officials on both sides have warned that al-Shabaab could exploit the reopening."],
         "Achieng Otieno", ["Achieng Otieno"], dt(2026, 12, 2, 18, 4, 12, eat), True, ["Africa", "Politics"]),
        ("2026/12/02/ethiopia-eritrea-tensions-assab", "Ethiopia&#8217;s Red Sea push raises fears of war with Eritrea",
         "Analysts say Addis Ababa&#8217;s demands for sea access have hardened since the summer#8230;",
         ["Analysts say Addis Ababa&#8217;s demands for sea access have hardened since the summer.",
          "Eritrea has moved troops towards the border, according to diplomats in the region, while Ethiopia says it seeks a negotiated deal."],
         "Savanna Post Reporter", [], dt(2026, 12, 2, 9, 30, 0, eat), True, ["Africa", "Horn of Africa"]),
        ("2026/12/01/harambee-stars-afcon-squad", "Harambee Stars coach names 27-man provisional AFCON squad",
         "The coach has recalled two veteran defenders for the tournament in Morocco [&#8230;]",
         ["The coach has recalled two veteran defenders for the tournament in Morocco."],
         "Brian Mutua", ["Brian Mutua"], dt(2026, 12, 1, 20, 15, 40, eat), False, ["Sports"]),
        ("2026/12/01/nigeria-naira-cbn-rates", "Nigeria&#8217;s central bank holds rate at 27.5% as inflation slows",
         "The Monetary Policy Committee kept the benchmark rate unchanged for a third meeting [&#8230;]",
         ["The Monetary Policy Committee kept the benchmark rate unchanged for a third meeting as headline inflation eased to 18.2 per cent."],
         "Chinedu Okeke in Abuja", ["Chinedu Okeke"], dt(2026, 12, 1, 15, 2, 2, eat), False, ["Business"]),
        ("2026/11/30/drc-m23-doha-talks", "DRC, M23 rebels resume talks in Doha as fighting flares near Uvira",
         "Qatari mediators brought the two sides back to the table after a three-week pause [&#8230;]",
         ["Qatari mediators brought the two sides back to the table after a three-week pause.",
          "The UN said more than 40,000 people had fled fighting around Uvira in South Kivu in the past week."],
         "Reuters", [], dt(2026, 11, 30, 13, 45, 0, eat), True, ["Africa", "Conflict"]),
        ("2026/11/30/untitled-2", "",
         "",
         [],
         "admin", [], dt(2026, 11, 30, 1, 0, 0, eat), False, ["Uncategorized"]),
        ("2026/11/29/south-africa-g20-legacy", "What South Africa&#8217;s G20 year leaves behind",
         "From debt relief to critical minerals, Pretoria set an ambitious agenda. Here is what it achieved [&#8230;]",
         ["From debt relief to critical minerals, Pretoria set an ambitious agenda.",
          "Thandiwe Mokoena is a researcher at the Johannesburg Institute for Global Dialogue."],
         "Thandiwe Mokoena", ["Thandiwe Mokoena"], dt(2026, 11, 29, 10, 0, 0, eat), True, ["Opinion"]),
        ("2026/11/28/tanzania-opposition-leader-released", "Tanzania releases opposition leader after 11 months in detention",
         "A High Court judge granted bail to the leader of the main opposition party [&#8230;]",
         ["A High Court judge in Dar es Salaam granted bail to the leader of the main opposition party, who had been held on treason charges since January.",
          "Western embassies welcomed the decision in a joint statement."],
         "Achieng Otieno and Juma Said", ["Achieng Otieno", "Juma Said"], dt(2026, 11, 28, 17, 20, 5, eat), True, ["Africa", "Politics"]),
    ]
    items_xml, items = [], []
    for slug, title_raw, excerpt, paras, creator, authors, d, rel, cats in rows:
        link = f"{base}/{slug}/"
        title = (title_raw.replace("&#8217;", "’"))
        if excerpt:
            desc = f"<p>{excerpt} <a class=\"more-link\" href=\"{link}\">Read More &#187;</a></p>\n<p>The post <a href=\"{link}\">{title_raw}</a> appeared first on <a href=\"{base}\">Savanna Post</a>.</p>"
        else:
            desc = ""
        content = "".join(f"<p>{p}</p>\n" for p in paras)
        if content:
            content += f"<p>The post <a href=\"{link}\">{title_raw}</a> appeared first on <a href=\"{base}\">Savanna Post</a>.</p>"
        pid = 88000 + len(items)
        items_xml.append(f"""		<item>
		<title>{title_raw}</title>
		<link>{link}</link>
					<comments>{link}#respond</comments>
		<dc:creator>{cdata(creator)}</dc:creator>
		<pubDate>{rfc822(d.astimezone(dt(2026,1,1).tzinfo))}</pubDate>
				{''.join(f'<category>{cdata(c)}</category>' for c in cats)}
		<guid isPermaLink="false">{base}/?p={pid}</guid>

					<description>{cdata(desc)}</description>
										<content:encoded>{cdata(content)}</content:encoded>
					<wfw:commentRss>{link}feed/</wfw:commentRss>
			<slash:comments>0</slash:comments>
		</item>""")
        is_story = bool(title_raw)
        q = [{"speaker": "Daniel Kiprono", "affiliation": "Interior Cabinet Secretary"}] if "Kiprono" in content else None
        items.append(Item(key=f"{base}/?p={pid}", title=title, published=d, authors=authors, is_story=is_story,
                          relevant=rel if is_story else False,
                          junk=["appeared first on", "Read More", "#8230;", "[…]", "&#8230;", "is a researcher at"],
                          quotes=q))
    text = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>Africa &#8211; Savanna Post</title>
	<atom:link href="{base}/category/africa/feed/" rel="self" type="application/rss+xml" />
	<link>{base}</link>
	<description>Independent news from East Africa and beyond</description>
	<lastBuildDate>Wed, 02 Dec 2026 15:04:12 +0000</lastBuildDate>
	<language>en-US</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.8.3</generator>
{chr(10).join(items_xml)}
	</channel>
</rss>
"""
    return Feed(name="en_ke_savannapost_africa.rss.xml", text=text, encoding="utf-8",
                content_type="application/rss+xml; charset=UTF-8",
                outlet_structure="WordPress category feed of an African news site (e.g. /category/africa/feed/)",
                language="en", outlet="Savanna Post", shape="rss2", topic="mixed", items=items,
                declared_encoding="UTF-8",
                notes="Channel title is 'Section – Site' (WordPress). One item has no title and no text (author 'admin'). 'Savanna Post Reporter' and 'Reuters' are not people.")


# --------------------------------------------------------------------------------------
# 8. Substack newsletter on foreign affairs: subscribe buttons, "Thanks for reading",
#    captioned images, analysis pieces with a headline unlike the news headline,
#    a podcast episode, an open thread, housekeeping post, guest post.
# --------------------------------------------------------------------------------------


def substack() -> Feed:
    base = "https://easternflank.substack.com/p"
    sub = ('<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://easternflank.substack.com/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe now&quot;}" data-component-name="ButtonCreateButton">'
           '<a class="button primary" href="https://easternflank.substack.com/subscribe?"><span>Subscribe now</span></a></p>')
    thanks = ('<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://easternflank.substack.com/subscribe?&quot;}" data-component-name="SubscribeWidgetToDOM">'
              '<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading Eastern Flank! Subscribe for free to receive new posts and support my work.</p></div>'
              '<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"></form></div></div>')

    def fig(cap):
        return (f'<div class="captioned-image-container"><figure><a class="image-link image2" target="_blank" href="https://substackcdn.com/image/fetch/x.jpeg">'
                f'<div class="image2-inset"><picture><img src="https://substackcdn.com/image/fetch/w_1456,c_limit,f_auto/x.jpeg" width="1456" height="970" alt=""></picture></div></a>'
                f'<figcaption class="image-caption">{cap}</figcaption></figure></div>')

    rows = [
        ("the-tanker-problem", "The tanker problem",
         "Why Brussels' 20th sanctions package will be judged in the Gulf of Finland, not in Brussels",
         [fig("An Aframax tanker off Gogland island, October 2026. Photo: Finnish Border Guard"),
          "<p>On Tuesday EU ambassadors signed off on another batch of shadow-fleet listings, bringing the total to more than 600 vessels. The number is impressive; the enforcement is not.</p>",
          sub,
          "<p>Estonia tried to inspect one of these ships in spring and found itself facing a Russian fighter jet. Finland has boarded exactly one. The rest of the Baltic states are waiting to see what happens legally.</p>",
          thanks],
         "Katarina Vuković", ["Katarina Vuković"], dt(2026, 12, 2, 6, 30, 11), True, True,
         ["Subscribe now", "Thanks for reading", "Photo: Finnish Border Guard", "Type your email"]),
        ("podcast-moldova-after-the-vote", "Podcast: Moldova after the vote",
         "Katarina talks to Chișinău-based journalist Ion Rusu about the new coalition",
         ['<p>Listen now (38 min) | In this episode I talk to Ion Rusu about the coalition talks in Chișinău and what they mean for the EU accession timetable.</p>',
          "<p>Timestamps: 00:00 intro; 03:15 the coalition; 21:40 Transnistria</p>", sub],
         "Katarina Vuković", ["Katarina Vuković"], dt(2026, 11, 28, 12, 0, 0), True, True,
         ["Listen now", "Timestamps", "Subscribe now"]),
        ("open-thread-47", "Open thread #47",
         "Ask me anything about the Baltic, the Balkans, or the bits in between",
         ["<p>It's that time again. Paid subscribers can leave questions in the comments and I will answer the best ones in Friday's post.</p>", sub],
         "Katarina Vuković", ["Katarina Vuković"], dt(2026, 11, 26, 17, 0, 0), False, False, ["Subscribe now"]),
        ("guest-post-serbias-lithium-gamble", "Guest post: Serbia's lithium gamble",
         "Belgrade wants EU money and Chinese investment at the same time. It may get neither",
         ["<p><em>This week's guest post is by Marko Ilić, a political economist at the University of Novi Sad.</em></p>",
          "<p>When the government revived the Jadar lithium project this autumn, it promised Brussels a supply-chain partnership and Beijing a refinery. Protesters promised both that it would never be built.</p>",
          thanks],
         "Eastern Flank", [], dt(2026, 11, 21, 7, 45, 0), True, True,
         ["Thanks for reading", "This week's guest post is by"]),
        ("a-note-on-the-holiday-schedule", "A note on the holiday schedule",
         "No posts between 22 December and 5 January",
         ["<p>A short housekeeping note: the newsletter takes its usual break over the holidays. Thank you all for reading this year.</p>"],
         "Katarina Vuković", ["Katarina Vuković"], dt(2026, 11, 20, 9, 0, 0), False, False, []),
        ("why-vilnius-said-no", "Why Vilnius said no",
         "Lithuania's refusal to sign the joint Baltic statement on Belarus was about more than trucks",
         ["<p>On paper, the three Baltic states agree on everything about Belarus. In practice, Lithuania's decision last week to go it alone on border crossings exposed a real split about how to deal with Minsk.</p>",
          "<p>“Vilnius wants to be seen as the toughest, but its hauliers are paying the price,” said Rasa Jonaitė, an analyst at the Eastern Europe Studies Centre.</p>",
          "<p>This post is for paid subscribers</p>"],
         "Katarina Vuković", ["Katarina Vuković"], dt(2026, 11, 14, 6, 0, 0), True, True,
         ["This post is for paid subscribers"]),
    ]
    items_xml, items = [], []
    for slug, title, subtitle, blocks, creator, authors, d, story, rel, junk in rows:
        link = f"{base}/{slug}"
        items_xml.append(f"""<item><title>{cdata(title)}</title><description>{cdata(subtitle)}</description><link>{link}</link><guid isPermaLink="false">{link}</guid><dc:creator>{cdata(creator)}</dc:creator><pubDate>{rfc822(d, gmt=True)}</pubDate><enclosure url="https://substack-post-media.s3.amazonaws.com/public/images/{slug}.jpeg" length="0" type="image/jpeg"/><content:encoded>{cdata(''.join(blocks))}</content:encoded></item>""")
        q = None
        if "Rasa Jonaitė" in "".join(blocks):
            q = [{"speaker": "Rasa Jonaitė", "affiliation": "Eastern Europe Studies Centre"}]
        items.append(Item(key=link, title=title, published=d, authors=authors, is_story=story, relevant=rel,
                          junk=junk, quotes=q,
                          note="dc:creator is the newsletter's name, not a person; the guest author Marko Ilić is named only in the first paragraph (['Marko Ilić'] is also correct)." if creator == "Eastern Flank" else None))
    text = f"""<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:googleplay="http://www.google.com/schemas/play-podcasts/1.0"><channel><title>{cdata('Eastern Flank')}</title><description>{cdata('Katarina Vuković on Europe’s eastern edge: the Baltic, Belarus, Moldova and the Balkans')}</description><link>https://easternflank.substack.com</link><image><url>https://substackcdn.com/image/fetch/w_256,c_limit,f_auto/eastern-flank.png</url><title>Eastern Flank</title><link>https://easternflank.substack.com</link></image><generator>Substack</generator><lastBuildDate>Wed, 02 Dec 2026 06:31:02 GMT</lastBuildDate><atom:link href="https://easternflank.substack.com/feed" rel="self" type="application/rss+xml"/><author>{cdata('Katarina Vuković')}</author><copyright>{cdata('Katarina Vuković')}</copyright><language>{cdata('en')}</language><webMaster>{cdata('easternflank@substack.com')}</webMaster><itunes:owner><itunes:email>{cdata('easternflank@substack.com')}</itunes:email><itunes:name>{cdata('Katarina Vuković')}</itunes:name></itunes:owner><itunes:author>{cdata('Katarina Vuković')}</itunes:author><googleplay:owner>{cdata('easternflank@substack.com')}</googleplay:owner><googleplay:email>{cdata('easternflank@substack.com')}</googleplay:email><googleplay:author>{cdata('Katarina Vuković')}</googleplay:author><itunes:block>{cdata('Yes')}</itunes:block>{''.join(items_xml)}</channel></rss>"""
    return Feed(name="en_substack_easternflank.rss.xml", text=text, encoding="utf-8",
                content_type="application/rss+xml; charset=utf-8",
                outlet_structure="Substack publication feed (<name>.substack.com/feed), single line, everything in CDATA",
                language="en", outlet="Eastern Flank", shape="rss2", topic="world", items=items,
                declared_encoding="UTF-8",
                notes="<copyright> holds the writer's name, not the outlet; the outlet is the newsletter title.")


# --------------------------------------------------------------------------------------
# 9. JSON Feed 1.1 tech blog: untitled micro-posts, authors array, content_html with
#    "Continue reading →", summary fields, one post without date_published.
# --------------------------------------------------------------------------------------


def jsonfeed() -> Feed:
    import json
    base = "https://kernelnotes.dev"
    rows = [
        dict(id=f"{base}/2026/12/02/baltic-cable-cut/", title="Another Baltic data cable cut, and what the repair ships tell us",
             html="<p>A second fibre-optic cable between Finland and Estonia stopped carrying traffic early on Tuesday. Finnish police have detained a cargo ship that left Ust-Luga the day before.</p><p>Repair vessels are booked for months, which is the real vulnerability here. <a href=\"" + base + "/2026/12/02/baltic-cable-cut/\">Continue reading →</a></p>",
             summary="A second Finland–Estonia cable is down and a ship from Ust-Luga is detained.",
             d=dt(2026, 12, 2, 10, 14, 0), authors=[{"name": "Sanna Lehtinen", "url": f"{base}/about/"}], story=True, rel=True,
             junk=["Continue reading"]),
        dict(id=f"{base}/2026/12/01/chip-export-rules-southeast-asia/", title="Reading the new chip export rules for Southeast Asia",
             html="<p>The Commerce Department's interim final rule adds Malaysia and Thailand to the list of countries that need a licence for the most advanced accelerators.</p><ul><li>Licence needed above a total processing performance of 4,800</li><li>Exemption for cloud operators with an approved security plan</li></ul><p>Data-centre builders in Johor will feel this first.</p>",
             summary=None, d=dt(2026, 12, 1, 19, 2, 0, -5), authors=[{"name": "Sanna Lehtinen"}], story=True, rel=True, junk=[]),
        dict(id=f"{base}/micro/2026/12/01/1633/", title=None,
             html="<p>Rust 1.93 is out. The new lint for unused <code>Result</code>s in closures already caught two bugs in my side project.</p>",
             summary=None, d=dt(2026, 12, 1, 16, 33, 0), authors=[{"name": "Sanna Lehtinen"}], story=False, rel=False, junk=[],
             note="Untitled micro-post about a software release: not a news story."),
        dict(id=f"{base}/micro/2026/11/30/0912/", title=None,
             html="", summary=None, d=dt(2026, 11, 30, 9, 12, 0), authors=[], story=False, rel=False, junk=[],
             note="Untitled and empty."),
        dict(id=f"{base}/2026/11/28/self-hosting-rss-2026/", title="Self-hosting an RSS reader in 2026",
             html="<p>I moved from a hosted reader to a small VPS running an open-source reader. Here is the setup, including backups.</p>",
             summary="Notes on moving to a self-hosted feed reader.", d=dt(2026, 11, 28, 8, 0, 0), authors=[{"name": "Sanna Lehtinen"}],
             story=True, rel=False, junk=[]),
        dict(id=f"{base}/2026/11/25/eu-ai-act-gpai-code/", title="What the EU's code of practice means for open-weight models",
             html="<p>Brussels published the final code of practice for general-purpose AI. For small labs the paperwork is lighter than feared.</p>",
             summary=None, d=dt(2026, 11, 25, 12, 0, 0, 1), authors=[{"name": "Tomás Ferreira", "url": "https://tferreira.example.org"}],
             story=True, rel=False, junk=[],
             note="Borderline: EU tech regulation, labelled not relevant (domestic tech policy, no relations between states)."),
        dict(id=f"{base}/2026/11/20/subsea-cables-red-sea-reroute/", title="Why Red Sea cable repairs still take months",
             html="<p>Three of the cables damaged off Yemen last year are still running on reduced capacity because repair ships need permits from authorities on both sides of the conflict.</p>",
             summary=None, d=None, authors=[{"name": "Sanna Lehtinen"}], story=True, rel=True, junk=[],
             note="No date_published."),
        dict(id=f"{base}/2026/11/18/sponsor-fieldnotes/", title="Sponsor: Fieldnotes — the notebook app for people who read too many feeds",
             html="<p>This week's sponsor is Fieldnotes. Try it free for 30 days with code KERNEL.</p>",
             summary=None, d=dt(2026, 11, 18, 7, 0, 0), authors=[{"name": "Sanna Lehtinen"}], story=False, rel=False,
             junk=["code KERNEL"]),
    ]
    items, exp = [], []
    for r in rows:
        o = {"id": r["id"], "url": r["id"]}
        if r["title"] is not None:
            o["title"] = r["title"]
        o["content_html"] = r["html"]
        if r["summary"]:
            o["summary"] = r["summary"]
        if r["d"]:
            o["date_published"] = r["d"].isoformat()
        if r["authors"]:
            o["authors"] = r["authors"]
        o["tags"] = ["security"] if r["rel"] else ["notes"]
        items.append(o)
        exp.append(Item(key=r["id"], title=r["title"] or "", published=r["d"],
                        authors=[a["name"] for a in r["authors"]], is_story=r["story"], relevant=r["rel"],
                        junk=r["junk"], note=r.get("note")))
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Kernel Notes",
        "home_page_url": base + "/",
        "feed_url": base + "/feed.json",
        "description": "Infrastructure, security and the occasional geopolitics of the internet.",
        "icon": base + "/icon-512.png",
        "language": "en-GB",
        "authors": [{"name": "Sanna Lehtinen", "url": base + "/about/"}],
        "items": items,
    }
    return Feed(name="en_jsonfeed_kernelnotes.json", text=json.dumps(doc, ensure_ascii=False, indent=2) + "\n",
                encoding="utf-8", content_type="application/feed+json",
                outlet_structure="JSON Feed 1.1 of a micro.blog/Hugo tech blog (feed.json)",
                language="en", outlet="Kernel Notes", shape="jsonfeed", topic="tech", items=exp,
                declared_encoding=None)


# --------------------------------------------------------------------------------------
# 10. News aggregator (Google News search feed): "Headline - Outlet" titles,
#     description = link + <font> outlet only, <source url=...>.
# --------------------------------------------------------------------------------------


def aggregator() -> Feed:
    rows = [
        ("Iran, IAEA agree road map for return of inspectors by March", "Vienna Wire", "https://viennawire.at", dt(2026, 12, 2, 14, 5, 0), True),
        ("Iran nuclear deal: what the new inspections plan covers and what it leaves out", "The Globe Observer", "https://globeobserver.com", dt(2026, 12, 2, 18, 40, 0), True),
        ("EU adds 117 tankers to shadow fleet blacklist", "Brussels Ledger", "https://brusselsledger.eu", dt(2026, 11, 25, 16, 12, 0), True),
        ("Estonia says it will board sanctioned tankers 'when the law allows'", "Baltic Times Online", "https://baltictimesonline.ee", dt(2026, 11, 26, 9, 30, 0), True),
        ("Greenland premier demands say over new NATO Arctic command", "Nordic Daily", "https://nordicdaily.dk", dt(2026, 12, 2, 11, 0, 0), True),
        ("UN Security Council approves new anti-gang force for Haiti", "Caribbean Herald", "https://caribbeanherald.com", dt(2026, 12, 1, 23, 5, 0), True),
        ("Oil prices slip as OPEC+ signals steady output", "MarketLine", "https://marketline.com", dt(2026, 12, 2, 8, 30, 0), False),
        ("Five things to watch at the COP31 climate talks", "Planet Desk", "https://planetdesk.org", dt(2026, 11, 9, 7, 0, 0), True),
        ("Pop singer Mira Kale adds three London dates to world tour", "Showbiz Now", "https://showbiznow.co.uk", dt(2026, 12, 1, 10, 0, 0), False),
        ("North Korea fires ballistic missile, first launch in three months", "Asia Pacific Report", "https://asiapacificreport.net", dt(2026, 12, 1, 22, 50, 0), True),
    ]
    items_xml, items = [], []
    for i, (headline, outlet, ourl, d, rel) in enumerate(rows):
        token = f"CBMi{'k' * 3}{i:02d}AFVX3lxTE{i * 7919 % 100000:05d}bGVhZF9oZWFkbGluZV9vbmx5"
        link = f"https://news.pressroom.example/rss/articles/{token}?oc=5"
        desc = f'<a href="{link}" target="_blank">{esc(headline)}</a>&nbsp;&nbsp;<font color="#6f6f6f">{esc(outlet)}</font>'
        items_xml.append(f"""<item><title>{esc(headline + ' - ' + outlet)}</title><link>{link}</link><guid isPermaLink="false">{token}</guid><pubDate>{rfc822(d, gmt=True)}</pubDate><description>{esc(desc)}</description><source url="{ourl}">{esc(outlet)}</source></item>""")
        items.append(Item(key=token, title=headline, published=d, authors=[], is_story=True, relevant=rel,
                          junk=["&nbsp;", "#6f6f6f", "<font", " - " + outlet], outlet=outlet,
                          note="Headline-only aggregator item; the outlet is the <source>, not the aggregator."))
    text = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><generator>NFE/5.0</generator><title>"foreign policy" - Pressroom News</title><link>https://news.pressroom.example/search?q=%22foreign+policy%22&amp;hl=en-US&amp;gl=US&amp;ceid=US:en</link><language>en-US</language><webMaster>news-webmaster@pressroom.example</webMaster><copyright>Copyright © 2026 Pressroom Inc. All rights reserved. This XML feed is made available solely for the purpose of rendering Pressroom News results within a personal feed reader for personal, non-commercial use. Any other use of the feed is expressly prohibited. By accessing this feed or using these results in any manner whatsoever, you agree to be bound by the foregoing restrictions.</copyright><lastBuildDate>Wed, 02 Dec 2026 19:01:44 GMT</lastBuildDate><description>Pressroom News</description>{''.join(items_xml)}</channel></rss>"""
    return Feed(name="en_aggregator_pressroom_search.rss.xml", text=text, encoding="utf-8",
                content_type="application/xml; charset=utf-8",
                outlet_structure="Google News search RSS (news.google.com/rss/search?q=...): headline-only items, <source>",
                language="en", outlet="Pressroom News", shape="rss2", topic="aggregator", items=items,
                declared_encoding="UTF-8",
                notes="Each item's expected outlet is its <source>. Items 1–2 and 3–4 are the same stories as items in the UK/US feeds (Iran–IAEA road map; EU shadow-fleet sanctions): clustering should merge them, analysis headlines included.")


FEEDS = [indus, hanbit, savanna, substack, jsonfeed, aggregator]
