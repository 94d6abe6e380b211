# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the thirty-second held-out set (part 2: an Estonian public broadcaster's
English Telegram channel through an RSSHub bridge, a Flipboard-like curated magazine, a London
podcast network's news feed, an Australian think tank's commentary site). All outlets, people and
quotations are invented."""
from h32 import cd, d, esc, feed, gmt, it, ordered, q, rfc822


# ---------------------------------------------------------------- Telegram channel through an RSSHub bridge
def ehrtelegram():
    rows, items = [], []
    ch = "ehrnews_en"

    def add(mid, title, when, html, exp):
        url = f"https://t.me/{ch}/{mid}"
        rows.append(f"        <item>\n            <title><![CDATA[{title}]]></title>\n            <description><![CDATA[{html}]]></description>\n"
                    f"            <pubDate>{gmt(when)}</pubDate>\n            <guid isPermaLink=\"false\">{url}</guid>\n            <link>{url}</link>\n        </item>")
        items.append(exp(url))

    img = '<img src="https://cdn4.telesco.example/file/{}.jpg" referrerpolicy="no-referrer"><br>'
    w = d(2022, 2, 24, 8, 12, 0, 2)
    add(4411, "Government convenes emergency session after Russia attacks Ukraine", w,
        img.format("b41c9e") + "Government convenes emergency session after Russia attacks Ukraine<br><br>The government met at Stenbock House at 7 a.m. Estonia will ask for NATO consultations under Article 4 of the alliance treaty together with Latvia, Lithuania and Poland, the prime minister&#39;s office said.<br><br>&quot;Russia&#39;s aggression is a threat to the whole of Europe,&quot; Foreign Minister Liisa Tammemägi told reporters. Border guards have raised their readiness on the Narva river.<br><br>Read more: <a href=\"https://news.ehr.example/1608549123\" target=\"_blank\" rel=\"noopener\">news.ehr.example/1608549123</a>",
        lambda k: it(k, "Government convenes emergency session after Russia attacks Ukraine", w, [], quotes=[q("Liisa Tammemägi", "Foreign Minister")],
                     junk=["Read more:", "news.ehr.example/1608549123"],
                     note="Channel post whose first line is the title (the bridge repeats it as the text's first line); the summary is the rest of the post. A photo first, a 'Read more:' link last."))
    w = d(2022, 2, 22, 19, 40, 0, 2)
    t = "Foreign ministry summons Russian ambassador over recognition of separatist regions in eastern Ukra…"
    add(4398, t, w,
        "Foreign ministry summons Russian ambassador over recognition of separatist regions in eastern Ukraine. The ambassador was handed a protest note on Tuesday afternoon; the ministry called the recognition a breach of the Minsk agreements and of international law.<br><br>Estonia will support a new package of EU sanctions, ministry secretary general Andres Kõiv said after the meeting.<br><br><a href=\"https://news.ehr.example/1608547710\" target=\"_blank\" rel=\"noopener\">news.ehr.example/1608547710</a>",
        lambda k: it(k, t, w, [], junk=["news.ehr.example/1608547710"],
                     note="The bridge cut the title near 100 characters and added '…': the cut title is what the feed gives (the full first sentence is also a fair headline, but only this is checked)."))
    w = d(2022, 2, 22, 11, 5, 0, 2)
    add(4391, "🎬 Watch: Defence Forces commander on the reservist call-up exercise", w,
        "🎬 Watch: Defence Forces commander on the reservist call-up exercise<br><video src=\"https://cdn4.telesco.example/file/9aa1.mp4\" controls=\"controls\" poster=\"https://cdn4.telesco.example/file/9aa1.jpg\" style=\"width: 100%\"></video>",
        lambda k: it(k, "Watch: Defence Forces commander on the reservist call-up exercise", w, [], story=False, rel=False,
                     note="Video post: not a story. Title label '🎬' may be kept or dropped."))
    w = d(2022, 2, 20, 15, 30, 0, 2)
    add(4370, "Allies to send extra fighter jets to Ämari air base, defence minister says", w,
        img.format("c09d11") + "Allies to send extra fighter jets to Ämari air base, defence minister says<br><br>Four more fighters from a NATO ally will arrive at Ämari next week to reinforce the alliance&#39;s air policing mission over the Baltic states, Defence Minister Kalle Mägi said on Sunday.<br><br>&quot;Deterrence is about what is here, on the ground and in the air, not what is promised,&quot; Mägi said.<br><br>#NATO #Estonia",
        lambda k: it(k, "Allies to send extra fighter jets to Ämari air base, defence minister says", w, [], quotes=[q("Kalle Mägi", "Defence Minister")],
                     junk=["#NATO", "#Estonia"]))
    w = d(2022, 2, 19, 9, 0, 0, 2)
    add(4361, "📊 Will you watch the Independence Day parade in Pärnu on Thursday?", w,
        "📊 Will you watch the Independence Day parade in Pärnu on Thursday?<br>- Yes, in person<br>- On TV<br>- No<br><br>Poll · 1,204 votes",
        lambda k: it(k, "Will you watch the Independence Day parade in Pärnu on Thursday?", w, [], story=False, rel=False,
                     note="Channel poll: not a story. Title label '📊' may be kept or dropped."))
    w = d(2022, 2, 18, 17, 45, 0, 2)
    add(4352, "Otepää skier takes bronze in Beijing, Estonia's first medal of the Games", w,
        "Forwarded From <b><a href=\"https://t.me/ehrsport\" target=\"_blank\" rel=\"noopener\">EHR Sport</a></b><br>Otepää skier takes bronze in Beijing, Estonia&#39;s first medal of the Games<br><br>Marten Kuusk finished third in the 50 km mass start, 12 seconds behind the winner.",
        lambda k: it(k, "Otepää skier takes bronze in Beijing, Estonia's first medal of the Games", w, [], rel=False,
                     junk=["Forwarded From", "EHR Sport"], note="Forwarded from the broadcaster's sport channel: a story, not relevant (sport)."))
    head = ("        <title><![CDATA[EHR News in English - Telegram Channel]]></title>\n        <link>https://t.me/s/ehrnews_en</link>\n"
            "        <atom:link href=\"https://rsshub.newsroomtools.example/telegram/channel/ehrnews_en\" rel=\"self\" type=\"application/rss+xml\" />\n"
            "        <description><![CDATA[News from Estonia in English by EHR, Estonian Public Broadcasting. - Made with love by RSSHub(https://github.com/DIYgod/RSSHub)]]></description>\n"
            "        <generator>RSSHub</generator>\n        <language>zh-cn</language>\n"
            "        <image>\n            <url>https://cdn4.telesco.example/file/ehr_en_avatar.jpg</url>\n            <title>EHR News in English - Telegram Channel</title>\n            <link>https://t.me/s/ehrnews_en</link>\n        </image>\n"
            f"        <lastBuildDate>{gmt(d(2022, 2, 24, 6, 20, 44, 0))}</lastBuildDate>\n        <ttl>5</ttl>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss  xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">\n    <channel>\n' + head + "\n" + "\n".join(rows) + "\n    </channel>\n</rss>\n"
    return feed("en_ee_ehrnews_telegram_rsshub.rss.xml", text, items, lang="en", outlet="EHR News", aliases=["EHR News in English", "EHR"],
                structure="Estonian public broadcaster's English-language Telegram channel through a self-hosted RSSHub bridge (/telegram/channel/<name>): two spaces before xmlns, four-space indentation, CDATA channel 'Name - Telegram Channel' and description ending ' - Made with love by RSSHub(…)', <language>zh-cn</language> left at RSSHub's default on an English feed, channel image, ttl 5, items with CDATA titles cut from the post text (one cut near 100 characters with '…'), CDATA descriptions repeating the first line then <br>-separated text with &#39;/&quot; entities, photo <img>, <video> player, a 'Forwarded From <b><a>Channel</a></b>' header, a poll with its options and vote count, hashtags and bare-domain links, guid (non-permalink) and link both the t.me post URL, GMT dates (Tallinn +0200), February 2022")


# ---------------------------------------------------------------- Flipboard-like curated magazine
def pagefold():
    rows, items = [], []
    base = "https://pagefold.example/@hamishdoyle/asia-pacific-brief-1f7c2a90z"

    def add(pid, title, when, link, creator, src, srcurl, note_text, excerpt, exp):
        guid = f"https://pagefold.example/article/{pid}"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        body = (f'<p class="pf-curator-note">&#x1F4AC; <b>Hamish Doyle</b>: {esc(note_text)}</p>' if note_text else "") + excerpt
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{esc(link)}</link>\n      <guid isPermaLink=\"false\">{guid}</guid>\n      <pubDate>{rfc822(when)}</pubDate>\n"
                    f"      {cr}\n      <source url=\"{srcurl}\">{esc(src)}</source>\n      <description>{cd(body)}</description>\n"
                    f"      <media:content url=\"https://cdn.pagefold.example/img/{pid}.jpg\" medium=\"image\" width=\"1200\" height=\"675\"/>\n    </item>")
        items.append(exp(guid))

    w = d(2022, 10, 14, 8, 20, 0, 11)
    add("a-5Hq2Lw9KcT", "Solomon Islands delays election as Canberra offers to fund the vote", w,
        "https://www.harbourcitytimes.example/world/oceania/solomon-islands-delays-election-20221014-p5bp7x.html?utm_source=pagefold&utm_medium=referral", "Sophie Tran",
        "Harbour City Times", "https://www.harbourcitytimes.example/rss/world.xml",
        "The offer matters more than the money.",
        "<p>Solomon Islands&#8217; parliament has voted to push next year&#8217;s national election back to 2024, days after Canberra offered to pay for the poll.</p>"
        "<p>Opposition MPs in Honiara called the delay a power grab. &#8220;An election postponed is an election denied,&#8221; said opposition whip Derrick Manele.</p>"
        "<p>Australian officials said the funding offer still stood.</p>",
        lambda k: it(k, "Solomon Islands delays election as Canberra offers to fund the vote", w, ["Sophie Tran"], outlet="Harbour City Times", quotes=[q("Derrick Manele", "opposition")],
                     junk=["Hamish Doyle", "The offer matters more than the money"],
                     note="Curated item: the outlet is the <source> (a Sydney daily), the magazine is accepted too; the curator's note (💬 as &#x1F4AC;) opens the description and is not the article's text."))
    w = d(2022, 10, 13, 21, 5, 0, 11)
    add("a-9Rt4Mn2XbQ", "North Korean missile flies over Japan, triggering first alerts in five years", w,
        "https://english.kansaiherald.example/articles/20221004-883201/", "Kenji Moriyama",
        "The Kansai Herald", "https://english.kansaiherald.example/rss/world",
        None,
        "<p>OSAKA &#8212; A ballistic missile launched by North Korea flew over northern Japan on Tuesday morning, prompting the government to issue its first evacuation alerts for residents since 2017.</p>"
        "<p>The missile fell into the Pacific about 3,200 kilometers east of Japan. Chief Cabinet Secretary Toshiro Akiyama called the launch &#8220;an outrageous act&#8221; at a news conference.</p>",
        lambda k: it(k, "North Korean missile flies over Japan, triggering first alerts in five years", w, ["Kenji Moriyama"], outlet="The Kansai Herald", quotes=[q("Toshiro Akiyama", "Chief Cabinet Secretary")],
                     note="Flipped nine days after the article appeared; the date is the flip's pubDate (+1100, the curator's Sydney time)."))
    w = d(2022, 10, 13, 12, 40, 0, 11)
    add("a-2Ws8Jp6DfV", "Fuel tax discount extended again as Wellington counts the cost", w,
        "https://www.waitematapost.example/business/fuel-tax-discount-extended/QW3ERT5YUI/", "Aroha Pene-Matthews",
        "The Waitematā Post", "https://www.waitematapost.example/arc/outboundfeeds/rss/",
        "For the Kiwi readers.",
        "<p>The government will extend the 25-cent fuel excise discount until January, at a cost of about $800 million.</p>",
        lambda k: it(k, "Fuel tax discount extended again as Wellington counts the cost", w, ["Aroha Pene-Matthews"], outlet="The Waitematā Post", rel=False,
                     junk=["For the Kiwi readers"], note="New Zealand domestic economy from a New Zealand outlet: not relevant."))
    w = d(2022, 10, 12, 18, 15, 0, 11)
    add("v-7Kc1Nb5GhZ", "Video: Inside the Port Moresby market rebuilt after the fire", w,
        "https://www.pacificvision.example/video/port-moresby-market-rebuilt", "",
        "Pacific Vision TV", "https://www.pacificvision.example/feeds/video",
        None, "<p>Video, 3:12</p>",
        lambda k: it(k, "Inside the Port Moresby market rebuilt after the fire", w, [], outlet="Pacific Vision TV", story=False, rel=False,
                     note="Video: not a story. Title label 'Video:' may be kept or dropped."))
    w = d(2022, 10, 11, 9, 55, 0, 11)
    add("a-4Yp3Hs7LmE", "Bali tightens security as G20 leaders' summit draws near", w,
        "https://www.jakartalantern.example/news/2022/10/11/bali-tightens-security-g20.html", "Dewi Anggraeni Putri",
        "Jakarta Lantern", "https://www.jakartalantern.example/feed/",
        "Useful on the logistics, thin on the politics.",
        "<p>DENPASAR &#8212; Indonesia will deploy more than 18,000 police and soldiers in Bali for next month&#8217;s Group of 20 summit, officials said on Tuesday, as the host pushes for all leaders to attend in person.</p>"
        "<p>&#8220;Our job is to make sure the island stays open while the summit is safe,&#8221; said Brig. Gen. Wayan Suardana, who leads the security task force.</p>",
        lambda k: it(k, "Bali tightens security as G20 leaders' summit draws near", w, ["Dewi Anggraeni Putri"], outlet="Jakarta Lantern", quotes=[q("Wayan Suardana", "security task force")],
                     junk=["Useful on the logistics", "thin on the politics"], note="Indonesian outlet on the summit Indonesia hosts: world affairs, relevant."))
    w = d(2022, 10, 10, 10, 0, 0, 11)
    add("p-invite-contributors", "Invite contributors to Asia-Pacific Brief", w,
        "https://pagefold.example/@hamishdoyle/asia-pacific-brief-1f7c2a90z/invite", "",
        "Pagefold", "https://pagefold.example/",
        None, "<p>Know someone who reads the region closely? Invite them to add stories to this magazine.</p>",
        lambda k: it(k, "Invite contributors to Asia-Pacific Brief", w, [], outlet="Pagefold", story=False, rel=False,
                     note="The platform's own promo inside the magazine: not a story, credited to the platform."))
    head = (f"    <title>Asia-Pacific Brief</title>\n    <link>{base}</link>\n    <description>The region's politics and security, curated by Hamish Doyle on Pagefold</description>\n"
            f"    <language>en</language>\n    <lastBuildDate>{rfc822(d(2022, 10, 14, 8, 21, 40, 11))}</lastBuildDate>\n    <generator>Pagefold</generator>\n"
            f"    <atom:link href=\"{base}.rss\" rel=\"self\" type=\"application/rss+xml\"/>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
            + head + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_au_pagefold_asiapacific_magazine.rss.xml", text, items, lang="en", outlet="Pagefold", aliases=["Pagefold", "Asia-Pacific Brief"],
                topic="aggregator",
                structure="Flipboard-like curated magazine RSS (/@curator/<magazine>-<id>.rss) of a Sydney curator: channel titled with the magazine only and 'curated by NAME on Platform' description, <generator>Platform</generator>, items linking the ORIGINAL article (publisher URLs with utm_source=<platform>, an Arc-style path, a '.html' date path), platform article ids as non-permalink guids, +1100 pubDates of the flip (not of the article), dc:creator with the original author or absent, <source url> naming the original outlet's feed, CDATA descriptions opening with a '💬 Curator: …' note (written as &#x1F4AC; inside CDATA), the original standfirst or excerpt, media:content 1200x675; a video and the platform's own 'invite contributors' promo, October 2022",
                notes="Aggregator: each item's expected outlet is the original outlet in <source>; the platform's and the magazine's names are accepted too (outlet_also_acceptable).")


# ---------------------------------------------------------------- London podcast network's news feed
def crosscurrent():
    rows, items = [], []
    base = "https://www.crosscurrentaudio.example"

    def add(slug, title, when, author, desc, exp, audio=None, body=None):
        url = f"{base}/news/{slug}"
        au = f"\n      <itunes:author>{esc(author)}</itunes:author>\n      <dc:creator>{esc(author)}</dc:creator>" if author else ""
        enc = ""
        if audio:
            mp3, secs, etype = audio
            enc = (f'\n      <enclosure url="https://traffic.podhost.example/crosscurrent/{mp3}.mp3?source=rss" length="{secs * 16000}" type="audio/mpeg"/>'
                   f"\n      <itunes:duration>{secs // 60:02d}:{secs % 60:02d}</itunes:duration>\n      <itunes:episodeType>{etype}</itunes:episodeType>\n      <itunes:explicit>false</itunes:explicit>")
        ce = f"\n      <content:encoded>{cd(body)}</content:encoded>" if body else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"false\">{slug}</guid>\n      <pubDate>{rfc822(when)}</pubDate>{au}\n"
                    f"      <description>{cd(desc)}</description>{ce}{enc}\n    </item>")
        items.append(exp(slug))

    w = d(2023, 5, 2, 5, 0, 0, 1)
    add("briefing-room-getting-out-of-khartoum", "The Briefing Room: Getting out of Khartoum", w, "Crosscurrent Audio",
        "<p>As fighting in Sudan enters its third week, we hear from a British-Sudanese doctor who made it to Port Sudan, and ask why the evacuation of UK nationals took so long.</p>"
        "<p>Presented by Tobias Wren. Produced by Hana Qureshi. Executive producer: Mel Ashdown.</p>"
        "<p>This episode is sponsored by Northwind Bank. Find out more at northwindbank.example/podcast</p>"
        "<p>Listen to The Briefing Room wherever you get your podcasts.</p>",
        lambda k: it(k, "The Briefing Room: Getting out of Khartoum", w, [], story=False, rel=False,
                     note="Podcast episode with show notes (credits, sponsor read, platform line): not a story."),
        audio=("TBR-2023-05-02", 1714, "full"))
    w = d(2023, 5, 3, 12, 30, 0, 1)
    add("sudan-evacuation-how-britain-got-it-wrong", "How Britain's Sudan evacuation unfolded, and what went wrong", w, "Imogen Fairhurst",
        "<p>Other countries flew their citizens out days earlier. Our reporting for The Briefing Room found three reasons why.</p>",
        lambda k: it(k, "How Britain's Sudan evacuation unfolded, and what went wrong", w, ["Imogen Fairhurst"], quotes=[q("Yasir Babiker-Holt")],
                     junk=["adapted from an episode", "Listen to the full episode"],
                     note="The network's written article adapted from an episode: a story about UK foreign policy abroad, relevant. The 'adapted from' and 'listen' lines are not summary text."),
        body="<p><em>This article is adapted from an episode of The Briefing Room.</em></p>"
        "<p>When the first RAF flights left Wadi Seidna airfield on 25 April, Germany, France and the Netherlands had already flown out hundreds of their citizens. For three days, British nationals in Khartoum were told to stay indoors and wait.</p>"
        "<p>Officials say the delay was a matter of safety: the airfield was only usable once a ceasefire held. But families who spoke to us describe confusion over who qualified and how to reach the airfield.</p>"
        "<p>&#8220;We were told to make our own way through three checkpoints,&#8221; said Yasir Babiker-Holt, a pharmacist from Leeds who was visiting his parents. &#8220;Nobody told us which ones were safe.&#8221;</p>"
        "<p>The Foreign Office said more than 2,000 people had been evacuated by the end of the operation.</p>"
        "<p><a href=\"https://www.crosscurrentaudio.example/shows/the-briefing-room\">Listen to the full episode</a></p>")
    w = d(2023, 5, 9, 5, 0, 0, 1)
    add("inside-ankara-runoff-special", "Inside Ankara: The runoff special", w, "Crosscurrent Audio",
        "<p>Turkey goes back to the polls on 28 May. What the first round told us, with two guests in Istanbul.</p>"
        "<p>Presented by Selin Arkun-Webb. This episode is sponsored by Lumen Language App &#8212; get 30% off with code CROSS30.</p>",
        lambda k: it(k, "Inside Ankara: The runoff special", w, [], story=False, rel=False, note="Podcast episode with a sponsor read: not a story."),
        audio=("IA-2023-05-09", 2291, "full"))
    w = d(2023, 5, 10, 16, 0, 0, 1)
    add("turkey-runoff-five-things-to-watch", "Turkey's runoff: five things to watch", w, "Selin Arkun-Webb",
        "<p>A nationalist kingmaker, a currency under strain and millions of displaced voters in the earthquake zone.</p>",
        lambda k: it(k, "Turkey's runoff: five things to watch", w, ["Selin Arkun-Webb"], quotes=[q("Deniz Akcaoglu", "Bosphorus Polling")],
                     junk=["adapted from an episode"], note="Written explainer from the network's newsroom: a story abroad, relevant."),
        body="<p><em>This article is adapted from an episode of Inside Ankara.</em></p>"
        "<p>Turkey&#8217;s presidential runoff on 28 May will be decided by a few million voters. Here is what to watch.</p>"
        "<p><strong>1. The third-placed candidate.</strong> The nationalist who took just over five per cent in the first round has not endorsed anyone yet.</p>"
        "<p><strong>2. The lira.</strong> The currency hit a record low the day after the first round.</p>"
        "<p><strong>3. The earthquake zone.</strong> Hundreds of thousands of displaced voters must travel back to vote where they are registered.</p>"
        "<p>&#8220;Turnout in the south-east will decide this more than any debate,&#8221; said Deniz Akcaoglu, research director at Bosphorus Polling.</p>")
    w = d(2023, 5, 8, 9, 0, 0, 1)
    add("coronation-weekend-what-we-learned", "After the coronation: what the first big weekend of the reign told us", w, "Tobias Wren",
        "<p>Crowds, protests and a very wet flypast.</p>",
        lambda k: it(k, "After the coronation: what the first big weekend of the reign told us", w, ["Tobias Wren"], rel=False,
                     note="British domestic event: a story, not relevant."),
        body="<p>The crowds on the Mall were smaller than in 2011 but larger than the forecasts. Six anti-monarchy protesters were arrested before the procession and released without charge on Sunday.</p>"
        "<p>The flypast was cut short because of low cloud.</p>")
    w = d(2023, 5, 1, 6, 0, 0, 1)
    add("introducing-borderlands", "Introducing: Borderlands", w, "Crosscurrent Audio",
        "<p>A new series from Crosscurrent Audio about the lines on the map and the people who live along them. First episode 15 May. Follow now.</p>",
        lambda k: it(k, "Introducing: Borderlands", w, [], story=False, rel=False, note="Trailer for a new series: not a story."),
        audio=("BL-trailer", 142, "trailer"))
    rows, items = ordered(rows, items)
    head = (f"    <title>Crosscurrent Audio &#8212; News</title>\n    <link>{base}/news</link>\n    <language>en-gb</language>\n    <copyright>&#169; 2023 Crosscurrent Audio Ltd</copyright>\n"
            "    <description>Episodes and stories from the Crosscurrent Audio newsroom: The Briefing Room, Inside Ankara and more.</description>\n"
            "    <itunes:author>Crosscurrent Audio</itunes:author>\n    <itunes:owner><itunes:name>Crosscurrent Audio</itunes:name><itunes:email>podcasts@crosscurrentaudio.example</itunes:email></itunes:owner>\n"
            f"    <itunes:image href=\"{base}/static/cc-news-3000.jpg\"/>\n    <itunes:category text=\"News\"><itunes:category text=\"Daily News\"/></itunes:category>\n    <itunes:explicit>false</itunes:explicit>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n'
            + head + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_gb_crosscurrent_news_podcastnetwork.rss.xml", text, items, lang="en", outlet="Crosscurrent Audio", topic="podcast",
                structure="London podcast network's combined 'News' feed (episodes of several shows plus written articles from its newsroom): itunes, content and dc namespaces, channel 'Brand — News' with &#8212;, 'Ltd' copyright with &#169;, itunes:owner/image/category, items with slug non-permalink guids, +0100 pubDates, itunes:author and dc:creator (the network on episodes, the reporter on articles), CDATA show notes with 'Presented by …' credits, sponsor reads with promo codes and a 'wherever you get your podcasts' line, audio enclosures with itunes:duration/episodeType (full, trailer), articles with content:encoded opening with an italic 'This article is adapted from an episode of …' note and ending in a 'Listen to the full episode' link, May 2023")


# ---------------------------------------------------------------- Australian think tank's commentary site on Drupal
def lookout():
    rows, items = [], []
    base = "https://www.banksiainstitute.example"

    def add(nid, slug, title, when, creator, teaser, exp, kind="Commentary"):
        url = f"{base}/the-lookout/{slug}"
        cr = f"\n    <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(teaser)}</description>\n    <category>{kind}</category>\n"
                    f"    <pubDate>{rfc822(when)}</pubDate>{cr}\n    <guid isPermaLink=\"false\">{nid} at {base}</guid>\n  </item>")
        items.append(exp(f"{nid} at {base}"))

    w = d(2023, 9, 21, 6, 0, 0, 10)
    add(41877, "aukus-pathway-looks-different-jakarta", "The AUKUS pathway looks different from Jakarta", w, "Dr Priya Raman-Holt",
        '<p>Indonesia has not objected to Australia&#8217;s nuclear-powered submarines. That is not the same as being reassured.</p>'
        '<p>Two years after the announcement, officials in Jakarta still ask the same question: what happens to the non-proliferation regime when a non-nuclear state operates naval reactors?</p>'
        '<p>&#8220;We are told to trust the safeguards. We would like to read them,&#8221; Bambang Wirakusuma, a former Indonesian ambassador to the IAEA, said at a seminar in Jakarta this month.</p>'
        '<p>Canberra&#8217;s answer so far has been briefings. A standing dialogue with the region&#8217;s treaty partners would do more.</p>'
        f'<p><a href="{base}/the-lookout/aukus-pathway-looks-different-jakarta">Read more</a></p>',
        lambda k: it(k, "The AUKUS pathway looks different from Jakarta", w, ["Priya Raman-Holt"], quotes=[q("Bambang Wirakusuma", "IAEA")],
                     junk=["Read more"], note="'Dr' is not part of the name. Commentary on Australia's defence policy and a neighbour: relevant."))
    w = d(2023, 9, 19, 6, 0, 0, 10)
    add(41862, "pacific-islands-forum-policing-china", "Policing is the new front line of Pacific competition", w, "Tevita Fonua and Grace Whitcombe",
        '<p>Chinese police liaison teams are now working in three Pacific countries. The Forum&#8217;s regional security declaration has little to say about it.</p>'
        '<p>Pacific governments want training, vehicles and forensic labs, and they will take them from whoever offers.</p>'
        f'<p><a href="{base}/the-lookout/pacific-islands-forum-policing-china">Read more</a></p>',
        lambda k: it(k, "Policing is the new front line of Pacific competition", w, ["Tevita Fonua", "Grace Whitcombe"], junk=["Read more"]))
    w = d(2023, 9, 18, 6, 0, 0, 10)
    add(41850, "niger-coup-uranium-australia", "Why Niger's coup should worry Australia's uranium exporters", w, "Olusegun Adeyemi-Clarke, University of Western Australia",
        '<p>The junta in Niamey has not touched the mines yet. Buyers in Europe are already looking for alternatives, and Australia is on the list.</p>'
        '<p>Niger supplies about a quarter of the uranium used by European reactors. A supply shock would raise prices and draw new attention to Australian deposits.</p>'
        '<p><em>This article is republished from The Converse under a Creative Commons licence. Read the original article.</em></p>'
        '<img src="https://counter.theconverse.example/content/213344/count.gif" alt="The Converse" width="1" height="1" />',
        lambda k: it(k, "Why Niger's coup should worry Australia's uranium exporters", w, ["Olusegun Adeyemi-Clarke"],
                     junk=["republished from The Converse", "Creative Commons", "Read the original article"],
                     note="Republished commentary: dc:creator 'Name, University' gives the person; the Creative Commons republication line and its tracking pixel close the teaser. The outlet is still the publishing site."))
    w = d(2023, 9, 15, 6, 0, 0, 10)
    add(41833, "voice-referendum-foreign-eyes", "What the Voice referendum campaign sounds like at home", w, "Hugh Carrington",
        '<p>With four weeks to go, the Yes campaign is behind in every state. The argument has become about process, not principle.</p>'
        f'<p><a href="{base}/the-lookout/voice-referendum-foreign-eyes">Read more</a></p>',
        lambda k: it(k, "What the Voice referendum campaign sounds like at home", w, ["Hugh Carrington"], rel=False, junk=["Read more"],
                     note="Australian domestic referendum: a story, not relevant (home politics)."))
    w = d(2023, 9, 13, 12, 0, 0, 10)
    add(41820, "launch-asia-power-snapshot-2023", "Launch: Asia Power Snapshot 2023, Sydney, 26 September", w, "",
        '<p>Join us for the launch of this year&#8217;s Asia Power Snapshot. Registration essential. Drinks from 5.30 pm.</p>',
        lambda k: it(k, "Launch: Asia Power Snapshot 2023, Sydney, 26 September", w, [], story=False, rel=False, note="Event announcement: not a story."), kind="Event")
    w = d(2023, 9, 12, 17, 0, 0, 10)
    add(41811, "lookout-live-88-g20-delhi", "Lookout Live, episode 88: After the G20 in Delhi", w, "",
        '<p>Our podcast. Listen on Apple Podcasts, Spotify or wherever you get your podcasts.</p>',
        lambda k: it(k, "Lookout Live, episode 88: After the G20 in Delhi", w, [], story=False, rel=False, note="Podcast episode: not a story."), kind="Podcast")
    head = (f"    <title>The Lookout | Banksia Institute</title>\n    <link>{base}/the-lookout</link>\n    <description>Analysis and commentary from the Banksia Institute</description>\n    <language>en</language>")
    text = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{base}/the-lookout" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n'
            + head + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_au_thelookout_commentary_drupal.rss.xml", text, items, lang="en", outlet="The Lookout", aliases=["Banksia Institute", "The Lookout | Banksia Institute"],
                structure="Australian (Sydney) international-policy think tank's commentary site on Drupal 9 views RSS: xml:base, dc namespace only, channel 'Site | Institute', no lastBuildDate, items in Drupal's order (title, link, escaped HTML description, category, pubDate, dc:creator, guid '<nid> at <base>' LAST), dc:creator with 'Dr NAME', 'A and B', 'Name, University' or absent, multi-paragraph teasers ending in a 'Read more' link, a commentary republished from a Conversation-style site with its Creative Commons note and 1x1 counter pixel, an event and a podcast, +1000 dates in September 2023")


FEEDS = [ehrtelegram, pagefold, crosscurrent, lookout]
