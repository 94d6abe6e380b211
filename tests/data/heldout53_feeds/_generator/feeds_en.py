# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The eight English world desks of the fifty-third held-out set (UK, US, India, Australia,
Canada, Bangladesh, UAE, Nigeria), 2019-2024. All outlets, people and quotations are invented;
heads of state and government appear only as settings of real events."""
import zlib
from datetime import UTC

from h53 import NS_ALL, cd, d, esc, feed, gmt, it, ordered, q, rfc822, wpt


# ---------------------------------------------------------------- UK broadsheet, in-house Java CMS (R2-like), November 2022
def thames():
    rows, items = [], []
    base = "https://www.thamesexaminer.example"

    def add(path, title, when, creator, cats, paras, exp, credit="Photograph: Agency"):
        url = f"{base}/{path}"
        body = "".join(f"<p>{p}</p>" for p in paras) + f' <a href="{url}">Continue reading...</a>'
        cts = "".join(f'<category domain="{base}/{c[0]}">{esc(c[1])}</category>' for c in cats)
        img = (f'<media:content width="140" url="https://i.thamesexaminer.example/img/media/{zlib.crc32(path.encode()) % 10**8}/0_0_5000_3000/master/5000.jpg?width=140&amp;quality=85&amp;auto=format&amp;fit=max"><media:credit scheme="urn:ebu">{esc(credit)}</media:credit></media:content>'
               f'<media:content width="460" url="https://i.thamesexaminer.example/img/media/{zlib.crc32(path.encode()) % 10**8}/0_0_5000_3000/master/5000.jpg?width=460&amp;quality=85&amp;auto=format&amp;fit=max"><media:credit scheme="urn:ebu">{esc(credit)}</media:credit></media:content>')
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(body)}</description>{cts}"
                    f"<pubDate>{gmt(when)}</pubDate><guid>{url}</guid>{img}{cr}<dc:date>{when.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}</dc:date></item>")
        items.append(exp(url))

    std = ["Continue reading...", "Photograph:"]
    w = d(2022, 11, 15, 14, 41, 7, 0)
    add("world/2022/nov/15/g20-draft-statement-condemns-war-ukraine", "G20 draft statement condemns war in Ukraine ‘in the strongest terms’", w,
        "Helena Marsh in Nusa Dua and Tom Okafor", [("world/g20", "G20"), ("world/ukraine", "Ukraine"), ("world/indonesia", "Indonesia"), ("world/world", "World news")],
        ["Diplomats at the summit in Bali agree wording after days of haggling, though the text notes that ‘there were other views’",
         "Leaders of the world’s largest economies are poised to say that most members “strongly condemn” the war in Ukraine, in a draft communique seen by the Thames Examiner on the first day of the G20 summit in Bali.",
         "The wording, negotiated over several nights by the group’s sherpas, acknowledges that “there were other views and different assessments of the situation and sanctions”, a nod to China, India and others that have declined to criticise Moscow openly.",
         "“It is the most any G20 text could say while Russia sits at the table,” said Priya Raman, a senior fellow at the Centre for Indo-Pacific Affairs in Singapore."],
        lambda k: it(k, "G20 draft statement condemns war in Ukraine ‘in the strongest terms’", w, ["Helena Marsh", "Tom Okafor"], junk=std,
                     quotes=[q("Priya Raman", "Centre for Indo-Pacific Affairs")],
                     note="dc:creator 'A in City and B': two people, the place is not part of a name. The first <p> of the description is the standfirst (no final stop). Relevant."),
        "Photograph: Willy Kurniawan/Reuters")
    w = d(2022, 11, 16, 18, 2, 55, 0)
    add("world/2022/nov/16/poland-missile-strike-probably-ukrainian-air-defence-nato", "Missile that hit Polish village probably fired by Ukrainian air defences, says Nato", w,
        "Jakub Lis in Warsaw, Daniel Crewe and agencies", [("world/poland", "Poland"), ("world/nato", "Nato"), ("world/ukraine", "Ukraine")],
        ["Alliance says there is no sign of a deliberate attack after blast killed two farm workers near the border",
         "A missile that killed two men at a grain dryer in the village of Przewodów was probably fired by Ukraine’s air defences at incoming Russian missiles, Nato’s secretary general said on Wednesday, easing fears of a direct clash between the alliance and Russia.",
         "Poland’s president said there was “no indication” that the strike had been intentional. Ambassadors of the 30 Nato members met in Brussels under article 4 of the alliance’s treaty.",
         "“Everyone was holding their breath for a day,” said Marta Zielińska, a defence analyst at the Warsaw Institute of Strategic Studies. “What we saw is that the consultation mechanisms work.”"],
        lambda k: it(k, "Missile that hit Polish village probably fired by Ukrainian air defences, says Nato", w, ["Jakub Lis", "Daniel Crewe"], junk=std,
                     quotes=[q("Marta Zielińska", "Warsaw Institute of Strategic Studies")],
                     note="'and agencies' is not a person. Relevant."), "Photograph: Wojtek Radwanski/AFP/Getty Images")
    w = d(2022, 11, 17, 7, 15, 31, 0)
    add("world/live/2022/nov/17/russia-ukraine-war-live-kherson-power", "Russia-Ukraine war live: millions without power after strikes on energy grid; Kherson residents queue for water", w,
        "Mira Salo (now) and Ben Tasker (earlier)", [("world/ukraine", "Ukraine"), ("world/russia", "Russia")],
        ["Ukraine’s grid operator orders emergency blackouts in seven regions; Kherson residents queue for water a week after Russian withdrawal. Follow the latest updates"],
        lambda k: it(k, "Russia-Ukraine war live: millions without power after strikes on energy grid; Kherson residents queue for water", w, ["Mira Salo", "Ben Tasker"], story=False, rel=False, junk=std,
                     note="Live blog (/world/live/ link, 'live:' in the title): not a story. The '(now)'/'(earlier)' shift markers are not part of the names."),
        "Photograph: Anadolu Agency/Getty Images")
    w = d(2022, 11, 18, 21, 30, 0, 0)
    add("environment/2022/nov/18/cop27-talks-overrun-loss-and-damage-fund", "Cop27 talks overrun as rich and poor nations clash on loss and damage fund", w,
        "Ruth Penhale Environment editor", [("environment/cop27", "Cop27"), ("environment/climate-crisis", "Climate crisis"), ("world/egypt", "Egypt"), ("world/world", "World news")],
        ["Negotiators in Sharm el-Sheikh work through the night as EU offers compromise on fund for climate-vulnerable countries",
         "UN climate talks in Egypt ran past their scheduled close on Friday as developing countries pressed for a fund to pay for the loss and damage caused by extreme weather, and the EU tabled a last-minute compromise.",
         "“We did not fly here to be told to come back next year,” said Tala Vaai, the lead negotiator for a bloc of Pacific island states.",
         "The US and China have yet to say publicly whether they would back the EU proposal, which would restrict payments to the most vulnerable countries."],
        lambda k: it(k, "Cop27 talks overrun as rich and poor nations clash on loss and damage fund", w, ["Ruth Penhale"], junk=std,
                     quotes=[q("Tala Vaai", "lead negotiator for a bloc of Pacific island states")],
                     note="dc:creator 'Name Job title' with no separator: the person is 'Ruth Penhale'. Climate diplomacy at a UN summit: relevant."), "Photograph: Mohammed Salem/Reuters")
    w = d(2022, 11, 16, 18, 30, 0, 0)
    add("commentisfree/2022/nov/16/the-thames-examiner-view-on-irans-protests", "The Thames Examiner view on Iran’s protests: a regime that fears its young", w,
        "Editorial", [("commentisfree/series/thames-examiner-view", "Thames Examiner view"), ("world/iran", "Iran"), ("world/world", "World news")],
        ["Two months after a young woman died in the custody of the morality police, the authorities have answered demonstrations with death sentences. Europe should answer with more than statements",
         "The first death sentence handed to a protester in Iran this week was a message meant for the streets. The European Union’s new sanctions on officials are welcome but modest; the bloc should coordinate them with Britain and widen them to the revolutionary courts."],
        lambda k: it(k, "The Thames Examiner view on Iran’s protests: a regime that fears its young", w, [], junk=std,
                     note="Leader column (an editorial is a story); dc:creator 'Editorial' is not a person. About Iran and Europe's response: relevant."), "Photograph: AP")
    w = d(2022, 11, 15, 10, 0, 0, 0)
    add("world/gallery/2022/nov/15/iran-protests-two-months-in-pictures", "Iran protests: two months of unrest – in pictures", w,
        "", [("world/iran", "Iran"), ("world/series/in-pictures", "In pictures")],
        ["Images from the demonstrations that have spread across Iran since September"],
        lambda k: it(k, "Iran protests: two months of unrest – in pictures", w, [], story=False, rel=False, junk=std,
                     note="Photo gallery ('– in pictures', /gallery/ link): not a story. No dc:creator."), "Photograph: Getty Images")
    rows, items = ordered(rows, items)
    head = (f"<title>World news | The Thames Examiner</title><link>{base}/world</link><description>Latest world news, comment and analysis from the Thames Examiner</description>"
            f"<language>en-gb</language><copyright>Thames Examiner News &amp; Media Limited or its affiliated companies. All rights reserved. 2022</copyright>"
            f"<pubDate>{gmt(d(2022, 11, 18, 21, 41, 2))}</pubDate><dc:date>2022-11-18T21:41:02Z</dc:date><dc:language>en-gb</dc:language>"
            f"<dc:rights>Thames Examiner News &amp; Media Limited or its affiliated companies. All rights reserved. 2022</dc:rights>"
            f"<image><title>The Thames Examiner</title><url>https://assets.thamesexaminer.example/images/logo.png</url><link>{base}</link></image>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>'
            + head + "".join(rows) + "</channel></rss>")
    return feed("en_gb_thamesexaminer_world_javacms_2022.rss.xml", text, items, lang="en", outlet="The Thames Examiner", aliases=["Thames Examiner"],
                ctype="text/xml; charset=UTF-8",
                structure="UK national broadsheet's /world/rss from an in-house Java CMS (R2-style, November 2022): the whole document after the prolog on ONE line, dc and media namespaces only, channel 'World news | Brand', en-gb, copyright and dc:rights of the 'News & Media Limited', items with escaped HTML descriptions (a standfirst <p> without final stop, one to three body paragraphs, then ' <a>Continue reading...</a>'), several <category domain=…> tags, GMT pubDates plus dc:date in Z, guid = link (no isPermaLink), two media:content renditions with media:credit 'Photograph: …', dc:creator in the paper's byline forms ('A in City and B', 'A, B and agencies', 'Name Job title', 'A (now) and B (earlier)', 'Editorial' or absent), a live blog, a leader column and a gallery")


# ---------------------------------------------------------------- US cable-news network site, in-house feed generator, October 2019
def vnn():
    rows, items = [], []
    base = "https://www.vnn.example"

    def add(path, title, when, desc, exp, imgs=True):
        url = f"{base}/{path}"
        pd = f"<pubDate>{gmt(when)}</pubDate>" if when else ""
        ds = f"<description><![CDATA[{desc}]]></description>" if desc is not None else ""
        mg = ""
        if imgs:
            stem = f"https://cdn.vnn.example/vnnnext/dam/assets/{path.split('/')[-2][:40]}"
            mg = ("<media:group>" + "".join(f'<media:content medium="image" url="{stem}-{s}.jpg" height="{h}" width="{wd}" type="image/jpeg"/>'
                                            for s, h, wd in (("super-169", 619, 1100), ("large-11", 300, 300), ("vertical-gallery", 552, 414), ("video-synd-2", 480, 640), ("live-video", 324, 576), ("t1-main", 250, 250))) + "</media:group>")
        rows.append(f"<item><title><![CDATA[{title}]]></title>{ds}<link>{url}</link><guid isPermaLink=\"true\">{url}</guid>{pd}{mg}</item>")
        items.append(exp(url))

    w = d(2019, 10, 22, 20, 12, 44, 0)
    add("2019/10/22/middleeast/turkey-russia-sochi-syria-agreement-intl/index.html", "Turkey and Russia agree to joint patrols along Syria's northeastern border", w,
        "Turkey and Russia have agreed that Syrian Kurdish fighters must withdraw from a strip of territory along the Turkish border within 150 hours, after which the two countries will run joint patrols there.",
        lambda k: it(k, "Turkey and Russia agree to joint patrols along Syria's northeastern border", w, [], note="No author element anywhere in this feed: [] for every item. One-sentence description. Relevant."))
    w = d(2019, 10, 22, 18, 40, 2, 0)
    add("2019/10/22/uk/brexit-vote-timetable-parliament-intl-gbr/index.html", "UK lawmakers back Brexit deal in principle but reject three-day timetable", w,
        "Britain's Parliament voted for the first time in favor of a Brexit deal, but rejected the government's plan to rush the legislation through in three days, making an October 31 departure all but impossible.",
        lambda k: it(k, "UK lawmakers back Brexit deal in principle but reject three-day timetable", w, [], note="Foreign politics for a US outlet (UK leaving the EU): relevant."))
    w = None
    add("videos/world/2019/10/21/lebanon-protest-human-chain-beirut-tyre-orig.vnn", "Watch: Protesters form human chain the length of Lebanon", w, None,
        lambda k: it(k, "Watch: Protesters form human chain the length of Lebanon", None, [], story=False, rel=False,
                     note="Video item as the network's feed lists them: no description and NO pubDate (published None), '/videos/' link ending '.vnn'. Not a story."))
    w = d(2019, 10, 21, 16, 5, 18, 0)
    add("2019/10/21/middleeast/lebanon-reform-package-protests-intl/index.html", "Lebanon's government approves reform package as protests enter fifth day", w,
        "Lebanon's cabinet approved a package of economic reforms on Monday, including halving the salaries of ministers and lawmakers, but tens of thousands of protesters stayed in the streets calling for the whole political class to go.",
        lambda k: it(k, "Lebanon's government approves reform package as protests enter fifth day", w, [], note="Relevant (political crisis abroad)."))
    w = d(2019, 10, 21, 11, 30, 0, 0)
    add("2019/10/21/middleeast/abu-dhabi-oldest-pearl-scn-trnd/index.html", "World's oldest natural pearl found near Abu Dhabi", w,
        "Archaeologists say the pearl, found on Marawah island, is about 8,000 years old.",
        lambda k: it(k, "World's oldest natural pearl found near Abu Dhabi", w, [], rel=False, note="Archaeology abroad: a story, not relevant."))
    w = d(2019, 10, 20, 23, 58, 0, 0)
    add("world/live-news/chile-protests-intl-10-20-19/index.html", "Live updates: Chile protests and state of emergency", w, "",
        lambda k: it(k, "Live updates: Chile protests and state of emergency", w, [], story=False, rel=False,
                     note="Live page ('Live updates:', /live-news/ link) with an EMPTY CDATA description: not a story."), imgs=False)
    head = (f"<title><![CDATA[VNN.com - RSS Channel - World]]></title><description><![CDATA[VNN.com delivers up-to-the-minute news and information on the latest top stories, weather, entertainment, politics and more.]]></description>"
            f"<link>{base}/world/index.html</link><image><url>https://i.vnn.example/vnn/.e/img/3.0/global/misc/vnn-logo.png</url><title>VNN.com - RSS Channel - World</title><link>{base}/world/index.html</link></image>"
            f"<generator>vnn-feedgen</generator><lastBuildDate>{gmt(d(2019, 10, 22, 20, 31, 9))}</lastBuildDate><pubDate>{gmt(d(2019, 10, 22, 20, 12, 44))}</pubDate>"
            "<copyright><![CDATA[Copyright (c) 2019 Vantage Broadcasting Group, Inc. All Rights Reserved.]]></copyright><language><![CDATA[en-US]]></language><ttl>10</ttl>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>' + head + "".join(rows) + "</channel></rss>")
    return feed("en_us_vnn_world_inhouse_2019.rss.xml", text, items, lang="en", outlet="VNN", aliases=["VNN.com"], ctype="application/rss+xml",
                structure="US cable-news network's rss/edition_world.rss from its in-house feed generator (October 2019): the whole document on one line INCLUDING the prolog, dc/content/atom/media namespaces declared but only media used, CDATA channel title 'VNN.com - RSS Channel - World', CDATA copyright of the broadcasting group and CDATA language en-US, ttl 10, items with CDATA titles and one-sentence CDATA descriptions (one empty, one absent), '/YYYY/MM/DD/<section>/<slug>-intl/index.html' links, permalink guids, GMT pubDates (absent on a video item), media:group of six image renditions, no authors at all, a video and a live-updates page")


# ---------------------------------------------------------------- Indian national daily, WordPress 5.8 + Yoast + PublishPress Authors, September 2021
def vindhya():
    rows, items = [], []
    base = "https://www.vindhyastandard.example"

    def add(pid, slug, title, when, creators, cats, excerpt, body, exp):
        url = f"{base}/world/{slug}-{pid}/"
        foot = f'<p>The post <a rel="nofollow" href="{url}">{wpt(title)}</a> appeared first on <a rel="nofollow" href="{base}">The Vindhya Standard</a>.</p>\n'
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        extra = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators[1:])
        first = f"\n\t\t<dc:creator><![CDATA[{creators[0]}]]></dc:creator>" if creators else "\n\t\t<dc:creator><![CDATA[]]></dc:creator>"
        rows.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<comments>{url}#respond</comments>\n\t\t\n\t\t<pubDate>{utc(when)}</pubDate>{first}{cts}\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[<p>{excerpt}</p>\n{foot}]]></description>\n"
                    f"\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}{foot}]]></content:encoded>\n\t\t\t\t\t\n\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t\t<slash:comments>0</slash:comments>{extra}\n\t\t\n\t\t\t\t\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    def utc(w):
        return rfc822(w.astimezone(UTC))

    tail = '<p><strong>📣 The Vindhya Standard is now on Telegram. Click <a href="https://t.me/vindhyastandard">here to join our channel (@vindhyastandard)</a> and stay updated with the latest headlines</strong></p>'
    w = d(2021, 9, 24, 22, 45, 10, 5.5)
    add(7518830, "quad-leaders-summit-washington-vaccines-supply-chains", "Quad summit: leaders pledge 1 billion vaccine doses, secure chip supply chains", w,
        ["Shubhankar Rao", "Ananya Dutta"], ["India", "World"],
        "India, the US, Japan and Australia on Friday announced steps on vaccines, semiconductors and 5G at their first in-person summit in Washington [&hellip;]",
        '<p>India, the US, Japan and Australia on Friday announced steps on vaccines, semiconductors and 5G at the first in-person summit of the Quadrilateral Security Dialogue in Washington.</p>\n'
        '<p>Officials in the Indian delegation told reporters the leaders had agreed to deliver the first batch of Indian-made vaccines to the Indo-Pacific by the end of October.</p>\n'
        '<blockquote class="wp-block-quote"><p>&#8220;The Quad is no longer a talk shop. It has a delivery schedule now,&#8221; said Rohan Mukherjee, who teaches international relations at Jadavpur University.</p></blockquote>\n'
        '<h3>What was agreed</h3>\n<ul>\n<li>A semiconductor supply chain initiative</li>\n<li>A Quad fellowship for 100 students a year</li>\n<li>Principles for technology design</li>\n</ul>\n' + tail,
        lambda k: it(k, "Quad summit: leaders pledge 1 billion vaccine doses, secure chip supply chains", w, ["Shubhankar Rao", "Ananya Dutta"],
                     junk=["appeared first on", "Telegram", "@vindhyastandard"], quotes=[q("Rohan Mukherjee", "Jadavpur University")],
                     note="PublishPress Authors: the first author in the usual dc:creator, the second as an EXTRA dc:creator at the end of the item (after slash:comments). Both are authors. Relevant."))
    w = d(2021, 9, 23, 19, 2, 0, 5.5)
    add(7518102, "un-general-assembly-pakistan-kashmir-india-right-of-reply", "At UNGA, India uses right of reply to hit back at Pakistan on Kashmir", w,
        ["Express News Service"], ["India", "World", "Pakistan"],
        "Sneha Kaul, a first secretary at India’s mission, said Pakistan had a record of harbouring terrorists [&hellip;]",
        '<p>India used its right of reply at the UN General Assembly on Friday night to respond to remarks on Kashmir by Pakistan&#8217;s leadership, calling them an attempt to &#8220;malign the forum&#8221;.</p>\n'
        '<p>&#8220;Pakistan has an established history of giving shelter to terrorists,&#8221; said Sneha Kaul, a first secretary at India&#8217;s Permanent Mission to the UN.</p>\n' + tail,
        lambda k: it(k, "At UNGA, India uses right of reply to hit back at Pakistan on Kashmir", w, [],
                     junk=["appeared first on", "Telegram"], quotes=[q("Sneha Kaul", "India's Permanent Mission to the UN")],
                     note="dc:creator 'Express News Service' is a desk credit, not a person: []. The hand-written excerpt paraphrases the quotation. Relevant."))
    w = d(2021, 9, 23, 9, 30, 0, 5.5)
    add(7517655, "explained-aukus-pact-what-it-means-for-india", "Explained: What the AUKUS pact means for India", w,
        ["Nirupama Sen"], ["Explained", "World"],
        "The new security partnership between Australia, the UK and the US has upset France and China. Where does it leave New Delhi? [&hellip;]",
        '<p>The new security partnership between Australia, the UK and the US, under which Canberra will acquire nuclear-powered submarines, has upset France and drawn a sharp response from China.</p>\n'
        '<h2>Why did France react so strongly?</h2>\n<p>Paris lost a contract worth around $66 billion for conventional submarines and recalled its ambassadors from Washington and Canberra.</p>\n'
        '<h2>Where does India stand?</h2>\n<p>New Delhi has avoided comment. Officials say the Quad and AUKUS are &#8220;different groupings with different purposes&#8221;.</p>\n'
        '<p><em>📣 For more explainers, click here</em></p>' + tail,
        lambda k: it(k, "Explained: What the AUKUS pact means for India", w, ["Nirupama Sen"], junk=["appeared first on", "For more explainers", "Telegram"],
                     note="Explainer with h2 sub-headings (a story). Title label 'Explained:' may be kept or dropped. Relevant."))
    w = d(2021, 9, 22, 16, 0, 0, 5.5)
    add(7517120, "cabinet-approves-pm-poshan-mid-day-meal", "Cabinet approves PM POSHAN scheme to replace mid-day meal programme", w,
        ["ENS Economic Bureau"], ["India", "World"],
        "The scheme will cover 11.8 crore children in government schools [&hellip;]",
        '<p>The Union Cabinet on Wednesday approved the PM POSHAN scheme, which will replace the mid-day meal programme and cover 11.8 crore children in government and aided schools for five years.</p>\n' + tail,
        lambda k: it(k, "Cabinet approves PM POSHAN scheme to replace mid-day meal programme", w, [], rel=False, junk=["appeared first on"],
                     note="Home (Indian) policy cross-filed under World: a story, not relevant. Desk credit, not a person."))
    w = d(2021, 9, 22, 11, 0, 0, 5.5)
    add(7516901, "world-news-quiz-september-week-3", "Weekly quiz: How well did you follow world news this week?", w,
        ["Web Desk"], ["Quiz", "World"],
        "Test yourself [&hellip;]",
        '<p>Test yourself on the week&#8217;s international headlines.</p>\n[quiz id="8812"]\n',
        lambda k: it(k, "Weekly quiz: How well did you follow world news this week?", w, [], story=False, rel=False, junk=["appeared first on", "[quiz"],
                     note="Quiz with an unrendered shortcode: not a story."))
    w = d(2021, 9, 21, 21, 14, 0, 5.5)
    add(7516553, "afghanistan-taliban-cabinet-expansion-no-women", "Taliban expand interim cabinet, still no women; Pakistan urges recognition", w,
        ["Reuters"], ["Afghanistan", "World"],
        "KABUL: The Taliban added deputy ministers to their all-male interim government [&hellip;]",
        '<p><strong>KABUL:</strong> The Taliban on Tuesday added deputy ministers to their all-male interim government, ignoring calls from donors to include women and minorities.</p>\n'
        '<p>&#8220;No donor will recognise a cabinet that leaves out half the population,&#8221; said Farida Azimi, a former Afghan diplomat now with the Kabul Policy Forum in exile.</p>\n' + tail,
        lambda k: it(k, "Taliban expand interim cabinet, still no women; Pakistan urges recognition", w, [], junk=["appeared first on", "Telegram"],
                     quotes=[q("Farida Azimi", "Kabul Policy Forum")],
                     note="Agency copy: dc:creator 'Reuters' is not a person. Bold dateline 'KABUL:'. Relevant."))
    rows, items = ordered(rows, items)
    head = (f'\t<title>World News &#8211; The Vindhya Standard</title>\n\t<atom:link href="{base}/section/world/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f'\t<description>Latest News, Breaking News, India News, World News</description>\n\t<lastBuildDate>{utc(d(2021, 9, 24, 22, 51, 3, 5.5))}</lastBuildDate>\n\t<language>en-US</language>\n'
            '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=5.8.1</generator>\n')
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n'
            '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n' + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_in_vindhyastandard_world_wp58_publishpress_2021.rss.xml", text, items, lang="en", outlet="The Vindhya Standard", aliases=["Vindhya Standard"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Indian national daily's /section/world/feed/ on WordPress 5.8.1 with Yoast SEO and PublishPress Authors (September 2021): the WordPress 5.x feed-rss2 template with its odd tab/newline indentation, sy:updatePeriod split over lines, channel 'World News &#8211; Brand', en-US, '?p=<id>' guids, pubDates in +0000 (newsroom +0530), CDATA dc:creator holding people, desk credits ('Express News Service', 'ENS Economic Bureau', 'Web Desk') or an agency, a SECOND author as an extra dc:creator appended after slash:comments (PublishPress Authors' rss2_item hook), hand-written excerpts ending ' [&hellip;]', the Yoast 'The post … appeared first on …' footer in description and content:encoded, a Telegram promo paragraph with an emoji, blockquote, h2/h3 sub-headings and lists in the body, an 'Explained:' piece and a quiz with an unrendered shortcode")


FEEDS = [thames, vnn, vindhya]
