# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the fifty-fourth held-out set: eight world desks (a US wire-style service on
Arc XP, a Johannesburg daily on Polopoly, a Nairobi daily on WordPress 4.9 with Yoast and
Co-Authors Plus, an Irish public broadcaster on Escenic, a Singapore daily on Brightspot, a
Colombo daily on a custom .NET CMS, a New Zealand public broadcaster on Drupal 7, a Glasgow
daily on Atex), a European tech site on Ghost and a research organisation's Atom news feed.
All outlets, people and quotations are invented."""
from h54 import NS_ALL, cd, d, esc, feed, gmt, isoz, it, q, rfc822, utc0, wpt


# ---------------------------------------------------------------- US wire-style service on Arc XP outbound feeds, 2024
def meridian():
    base = "https://meridianwire.example"
    rows, items = [], []

    def add(uuid, slug, title, when, byline, desc, body, exp, img=None):
        url = f"{base}/world/{when.strftime('%Y/%m/%d')}/{slug}/"
        media = (f'<media:content url="https://cloudfront-us-east-1.images.arcpublishing.example/meridian/{img}.jpg" type="image/jpeg" height="1400" width="2100"><media:description type="plain"><![CDATA[{img.replace("-", " ")}]]></media:description><media:credit role="author" scheme="urn:ebu"><![CDATA[Meridian Wire Photo]]></media:credit></media:content>' if img else "")
        rows.append(f"<item><title><![CDATA[{title}]]></title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid><dc:creator><![CDATA[{byline}]]></dc:creator>"
                    f"<description><![CDATA[{desc}]]></description><pubDate>{gmt(when)}</pubDate><content:encoded><![CDATA[{body}]]></content:encoded>{media}</item>")
        items.append(exp(url))

    w = d(2024, 3, 14, 16, 2, 0, -4)
    add("a1", "moldova-transnistria-gas-talks", "Moldova and breakaway Transnistria hold first direct gas talks in years", w, "Daria Poliakova and Tomas Reyes",
        "CHISINAU, Moldova (Meridian) — Officials from Moldova and its breakaway Transnistria region met Thursday for the first direct talks on gas supplies in more than two years.",
        "<p>CHISINAU, Moldova (Meridian) — Officials from Moldova and its breakaway Transnistria region met Thursday for the first direct talks on gas supplies in more than two years, as a transit deal through Ukraine nears its end.</p><p>“We came to listen, not to sign,” said Ion Baltag, Moldova’s deputy minister for reintegration, after the four-hour meeting in Bender.</p><p>The European Union’s mission in Moldova said it supported the contacts.</p><hr/><p>Reyes reported from Kyiv, Ukraine.</p>",
        lambda k: it(k, "Moldova and breakaway Transnistria hold first direct gas talks in years", w, ["Daria Poliakova", "Tomas Reyes"], quotes=[q("Ion Baltag", "deputy minister for reintegration")],
                     junk=["Reyes reported from Kyiv"], note="Two reporters joined by 'and' in one dc:creator. The contributor line after the rule is not summary text."), img="moldova-talks")
    w = d(2024, 3, 14, 11, 45, 0, -4)
    add("a2", "philippines-china-shoal-water-cannon", "Philippines says Chinese coast guard fired water cannon at supply boat near disputed shoal", w, "By JOSEPHINE ALCANTARA",
        "MANILA, Philippines (Meridian) — The Philippine coast guard said Thursday that a Chinese vessel fired a water cannon at a supply boat near a disputed shoal.",
        "<p>MANILA, Philippines (Meridian) — The Philippine coast guard said Thursday that a Chinese coast guard vessel fired a water cannon at a Philippine supply boat near Second Thomas Shoal, injuring two crew members.</p><p>China’s embassy in Manila said the Philippine boat had “intruded” into Chinese waters. Washington called the move dangerous.</p><p>“This is a pattern now, not an incident,” said Rafael Dimaculangan, a maritime analyst at the Lumbang Institute in Quezon City.</p><p>___</p><p>Follow Meridian’s coverage of the Asia-Pacific at https://meridianwire.example/hub/asia-pacific</p>",
        lambda k: it(k, "Philippines says Chinese coast guard fired water cannon at supply boat near disputed shoal", w, ["Josephine Alcantara"], quotes=[q("Rafael Dimaculangan", "Lumbang Institute")],
                     junk=["Follow Meridian’s coverage", "___", "By JOSEPHINE"], note="dc:creator is an upper-case wire byline with 'By': display form is 'Josephine Alcantara'."), img="shoal-water-cannon")
    w = d(2024, 3, 13, 22, 30, 0, -4)
    add("a3", "photos-holi-preparations-india", "PHOTOS: Colors and crowds as India prepares for Holi", w, "Meridian Photo Staff",
        "Markets in New Delhi and Mathura fill with powder and water guns ahead of the spring festival.",
        '<figure><img src="https://cloudfront-us-east-1.images.arcpublishing.example/meridian/holi-1.jpg" alt=""/><figcaption>Vendors sell colored powder in Mathura, India, March 13, 2024. (Meridian Photo/Sunil Mehra)</figcaption></figure><figure><img src="https://cloudfront-us-east-1.images.arcpublishing.example/meridian/holi-2.jpg" alt=""/><figcaption>Children play with water guns in New Delhi. (Meridian Photo/Sunil Mehra)</figcaption></figure>',
        lambda k: it(k, "PHOTOS: Colors and crowds as India prepares for Holi", w, [], story=False, rel=False, note="Photo gallery: not a story."))
    w = d(2024, 3, 13, 18, 10, 0, -4)
    add("a4", "sudan-el-fasher-aid-convoy", "First UN aid convoy in months reaches Sudan’s besieged El Fasher", w, "By Hamid Osman, Meridian",
        "PORT SUDAN, Sudan (Meridian) — A U.N. convoy carrying food and medicine reached the besieged Sudanese city of El Fasher on Wednesday.",
        "<p>PORT SUDAN, Sudan (Meridian) — A U.N. convoy carrying food and medicine reached the besieged Sudanese city of El Fasher on Wednesday, the first to get through since December, the World Food Programme said.</p><p>“Twelve trucks for a city of this size is a gesture, not a response,” said Leila Haroun, the agency’s deputy country director.</p><p>Fighting between the army and the paramilitary Rapid Support Forces has displaced more than 8 million people.</p>",
        lambda k: it(k, "First UN aid convoy in months reaches Sudan’s besieged El Fasher", w, ["Hamid Osman"], quotes=[q("Leila Haroun", "World Food Programme")],
                     note="Byline carries the agency after a comma: the person is 'Hamid Osman'."), img="el-fasher")
    w = d(2024, 3, 13, 9, 0, 0, -4)
    add("a5", "morning-wire-march-13", "The Morning Wire: 5 things to know for March 13", w, "Meridian",
        "Get caught up on the news with our daily newsletter.",
        "<p>Sign up for The Morning Wire newsletter to get these five stories in your inbox every weekday.</p><ul><li>Aid convoy reaches El Fasher</li><li>Shoal standoff</li><li>Oscars recap</li></ul>",
        lambda k: it(k, "The Morning Wire: 5 things to know for March 13", w, [], story=False, rel=False, note="Newsletter roundup: not a story; 'Meridian' is the outlet, not an author."))
    w = d(2024, 3, 12, 20, 55, 0, -4)
    add("a6", "germany-rail-strike-ends", "German rail strike ends but union warns of more walkouts before Easter", w, "By KARIN WEBER",
        "BERLIN (Meridian) — Train drivers in Germany returned to work Wednesday after a 35-hour strike.",
        "<p>BERLIN (Meridian) — Train drivers in Germany returned to work Wednesday after a 35-hour strike that halted most long-distance services, but their union warned of more walkouts before Easter.</p><p>Deutsche Bahn said it would ask a court to limit short-notice strikes.</p>",
        lambda k: it(k, "German rail strike ends but union warns of more walkouts before Easter", w, ["Karin Weber"], rel=False,
                     note="Labour dispute inside one country, reported from abroad by a US service: a story, not world affairs."))
    head = (f'<title><![CDATA[World News | Meridian]]></title><link>{base}</link><atom:link href="{base}/arc/outboundfeeds/rss/category/world/?outputType=xml" rel="self" type="application/rss+xml"/>'
            f'<description><![CDATA[Meridian World News RSS Feed]]></description><lastBuildDate>{gmt(d(2024, 3, 14, 20, 5, 0))}</lastBuildDate><language>en</language><ttl>1</ttl><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency>')
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>'
            + head + "".join(rows) + "</channel></rss>")
    return feed("en_us_meridian_world_arcxp.rss.xml", text, items, lang="en", outlet="Meridian",
                structure="US wire-style service's world category from Arc XP outbound feeds (/arc/outboundfeeds/rss/category/world/?outputType=xml), March 2024: one line, no newlines, CDATA titles, permalink guids, dc:creator holding the byline as entered ('Name and Name', 'By NAME IN CAPS', 'By Name, Outlet', a staff credit), pubDate in GMT, content:encoded with the full body, media:content with CDATA description and credit, sy: update fields, a photo gallery and a newsletter roundup")


# ---------------------------------------------------------------- Johannesburg daily on Polopoly, 2016
def highveld():
    base = "https://www.reefstar.example"
    rows, items = [], []

    def add(aid, path, title, when, author, desc, exp):
        url = f"{base}/news/world/{path}-{aid}"
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{esc(desc)}</description>\n      <author>{esc(author)}</author>\n      <pubDate>{rfc822(when)}</pubDate>\n      <guid isPermaLink=\"false\">1.{aid}</guid>\n"
                    f"      <enclosure url=\"{base}/polopoly_fs/1.{aid}.1466000000!/image/{aid}.jpg_gen/derivatives/landscape_490/{aid}.jpg\" type=\"image/jpeg\" length=\"0\"/>\n    </item>")
        items.append(exp(f"1.{aid}"))

    w = d(2016, 6, 23, 15, 12, 0, 2)
    add(2037551, "zimbabwe-bond-notes-protest-spills-into-beitbridge", "Zimbabwe bond-note protests spill into Beitbridge border post", w, "Sipho Dlamini and Reuters",
        "Johannesburg - Traders blocked the Beitbridge border post on Thursday in protest against Zimbabwe's plan to introduce bond notes and an import ban on South African goods. \"We buy in Musina and sell in Bulawayo. This ban kills us,\" said Memory Ncube, who chairs a cross-border traders' association. <br/><br/>Follow The Reef Star on Twitter",
        lambda k: it(k, "Zimbabwe bond-note protests spill into Beitbridge border post", w, ["Sipho Dlamini"], quotes=[q("Memory Ncube", "cross-border traders' association")],
                     junk=["Follow The Reef Star on Twitter", "<br"], note="<author> holds 'Name and Reuters': the person is the author, the agency is a credit. Escaped <br/> and a social line tail the description."))
    w = d(2016, 6, 23, 11, 40, 0, 2)
    add(2037490, "brexit-vote-what-it-means-for-sa-exporters", "Brexit vote: what it means for SA fruit and wine exporters", w, "Lindiwe Mokoena",
        "Cape Town - As Britons vote on whether to leave the European Union, South African exporters of wine and citrus are asking what happens to their duty-free access. \"Our trade agreement is with the EU as a whole, so the UK would have to replicate it,\" said Prof Andre Visagie of the Stellenbosch Trade Unit.",
        lambda k: it(k, "Brexit vote: what it means for SA fruit and wine exporters", w, ["Lindiwe Mokoena"], quotes=[q("Andre Visagie", "Stellenbosch Trade Unit")],
                     note="Trade consequences of a foreign referendum: relevant. 'Prof' is a title, not part of the name."))
    w = d(2016, 6, 22, 19, 5, 0, 2)
    add(2037402, "gallery-fans-mourn-at-orlando", "GALLERY: Vigils in Orlando and across the world", w, "The Reef Star",
        "Pictures from vigils held for the victims of the Orlando nightclub shooting.",
        lambda k: it(k, "GALLERY: Vigils in Orlando and across the world", w, [], story=False, rel=False, note="Gallery: not a story. The outlet in <author> is not an author."))
    w = d(2016, 6, 22, 14, 20, 0, 2)
    add(2037371, "nigeria-niger-delta-militants-claim-new-pipeline-attack", "Niger Delta militants claim new attack on Chevron pipeline", w, "ANA",
        "Lagos - A militant group in Nigeria's Niger Delta said on Wednesday it had blown up a pipeline operated by a Chevron joint venture, days after the government said talks were under way. - ANA",
        lambda k: it(k, "Niger Delta militants claim new attack on Chevron pipeline", w, [], junk=["- ANA"], note="Agency credit (African News Agency) in <author> and at the end: no person."))
    w = d(2016, 6, 21, 9, 0, 0, 2)
    add(2037266, "correction-deputy-minister-visit", "Correction: Deputy minister's Nairobi visit", w, "The Reef Star",
        "In an article published on 20 June we wrongly stated that the deputy minister would travel to Nairobi on Tuesday. The visit takes place on Thursday. We apologise for the error.",
        lambda k: it(k, "Correction: Deputy minister's Nairobi visit", w, [], story=False, rel=False, note="Correction notice: not a story."))
    w = d(2016, 6, 20, 17, 45, 0, 2)
    add(2037199, "mozambique-hidden-debt-imf-suspends-aid", "IMF keeps Mozambique aid frozen over hidden debts", w, "Thabo Maseko, Foreign Desk",
        "Maputo - The International Monetary Fund said on Monday it would not resume lending to Mozambique until an independent audit of $1.4bn in undisclosed loans was complete. Donors including the UK have also suspended budget support.",
        lambda k: it(k, "IMF keeps Mozambique aid frozen over hidden debts", w, ["Thabo Maseko"], junk=["Foreign Desk"], note="Desk name after a comma in <author> is not part of the name."))
    head = (f"    <title>The Reef Star - World</title>\n    <link>{base}/news/world</link>\n    <description>The latest world news from The Reef Star</description>\n    <language>en-za</language>\n    <copyright>© 2016 Reef Star Media. All rights reserved.</copyright>\n    <pubDate>{rfc822(d(2016, 6, 23, 15, 30, 0, 2))}</pubDate>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n' + head + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_za_reefstar_world_polopoly.rss.xml", text, items, lang="en", outlet="The Reef Star", aliases=["Reef Star"],
                structure="Johannesburg daily's world section RSS from Polopoly (Atex) 10, June 2016: two-space indentation, channel 'Outlet - World', en-za, copyright line, guids '1.<content id>' (Polopoly's content-id form), links '/news/world/<slug>-<id>', <author> holding plain bylines with agency or desk ('Name and Reuters', 'ANA', 'Name, Foreign Desk', the outlet), escaped plain-text descriptions opening 'City -' with a social tail, polopoly_fs enclosures with length 0, +0200 dates, a gallery and a correction")


# ---------------------------------------------------------------- Nairobi daily on WordPress 4.9 + Yoast 7 + Co-Authors Plus, 2018
def mkondo():
    base = "https://www.mkondotimes.example"
    rows, items = [], []

    def add(pid, slug, title, when, creators, cats, body, exp):
        url = f"{base}/{slug}/"
        foot = f'<p>The post <a rel="nofollow" href="{url}">{wpt(title)}</a> appeared first on <a rel="nofollow" href="{base}">Mkondo Times</a>.</p>\n'
        crs = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        plain = body.split("</p>")[0].replace("<p>", "")
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#respond</comments>\n\t\t<pubDate>{utc0(when)}</pubDate>{crs}{cts}\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[{plain[:180]} [&#8230;]</p>\n{foot}]]></description>\n\t\t\t\t<content:encoded><![CDATA[{body}{foot}]]></content:encoded>\n\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    sub = '<div class="mt-newsletter"><p><strong>Get the Mkondo Times Daily Brief</strong> &#8211; subscribe <a href="https://www.mkondotimes.example/newsletter/">here</a>.</p></div>'
    w = d(2018, 11, 8, 17, 30, 0, 3)
    add(412880, "ethiopia-eritrea-reopen-zalambessa-crossing", "Ethiopia, Eritrea reopen Zalambessa crossing as trade resumes", w, ["Achieng Odhiambo", "Yonas Tesfaye"], ["Africa", "World"],
        "<p><strong>ADDIS ABABA, Ethiopia</strong> &#8211; Ethiopian and Eritrean traders crossed at Zalambessa on Thursday, two months after the border was reopened under the peace deal that ended two decades of hostility.</p>"
        "<h3>Kenyan hauliers eye new route</h3><p>&#8220;If the port of Assab opens to Ethiopian cargo, Mombasa will feel it,&#8221; said Peter Kiprotich Rono, a logistics consultant in Mombasa.</p>" + sub,
        lambda k: it(k, "Ethiopia, Eritrea reopen Zalambessa crossing as trade resumes", w, ["Achieng Odhiambo", "Yonas Tesfaye"], quotes=[q("Peter Kiprotich Rono")],
                     junk=["appeared first on", "Daily Brief", "subscribe"], note="Co-Authors Plus writes one dc:creator per author: both are authors."))
    w = d(2018, 11, 8, 12, 5, 0, 3)
    add(412851, "mps-reject-fuel-tax-cut", "MPs reject bid to cut VAT on fuel to 8 per cent", w, ["Mkondo Reporter"], ["Politics"],
        "<p>Members of Parliament on Thursday rejected a bid to lower VAT on fuel, keeping the rate introduced in September.</p>" + sub,
        lambda k: it(k, "MPs reject bid to cut VAT on fuel to 8 per cent", w, [], rel=False, junk=["appeared first on"], note="Home politics: a story, not relevant. 'Mkondo Reporter' is a staff credit, not a person."))
    w = d(2018, 11, 7, 21, 15, 0, 3)
    add(412790, "us-midterms-what-democrat-house-means-for-africa-policy", "US midterms: What a Democrat-led House means for Africa policy", w, ["Wanjiku Mwangi"], ["World", "Analysis"],
        "<p>Democrats&#8217; capture of the US House of Representatives is unlikely to change Washington&#8217;s Africa policy quickly, but aid budgets may get more protection, analysts say.</p>"
        "<ul><li>Aid cuts proposed by the White House face tougher scrutiny</li><li>AGOA renewal debate due in 2025</li></ul><p>&#8220;Congress has always been kinder to African programmes than the executive,&#8221; said Dr Halima Abdi of the Horn Policy Forum.</p>" + sub,
        lambda k: it(k, "US midterms: What a Democrat-led House means for Africa policy", w, ["Wanjiku Mwangi"], quotes=[q("Halima Abdi", "Horn Policy Forum")], junk=["appeared first on"]))
    w = d(2018, 11, 7, 15, 0, 0, 3)
    add(412744, "podcast-the-nairobi-briefing-episode-42", "PODCAST: The Nairobi Briefing, episode 42", w, ["Mkondo Times"], ["Podcasts"],
        '<p><iframe src="https://w.soundcloud.example/player/?url=tracks/512338" width="100%" height="166"></iframe></p><p>Listen to this week&#8217;s episode.</p>',
        lambda k: it(k, "PODCAST: The Nairobi Briefing, episode 42", w, [], story=False, rel=False, note="Podcast embed: not a story."))
    w = d(2018, 11, 7, 10, 20, 0, 3)
    add(412702, "somalia-al-shabaab-attack-mogadishu-hotel", "At least 20 dead as al-Shabaab bombs hit Mogadishu hotel", w, ["Abdirahman Farah", "AFP"], ["Africa", "World"],
        "<p><strong>MOGADISHU, Somalia</strong> &#8211; At least 20 people were killed when car bombs exploded outside a hotel near the Criminal Investigation Department, police said.</p><p>&#8220;The attackers wanted to reach the gate,&#8221; said police officer Capt Mohamed Hussein.</p>" + sub,
        lambda k: it(k, "At least 20 dead as al-Shabaab bombs hit Mogadishu hotel", w, ["Abdirahman Farah"], quotes=[q("Mohamed Hussein", "police")], junk=["appeared first on"],
                     note="Co-Authors Plus guest author 'AFP' is an agency: not a person."))
    w = d(2018, 11, 6, 18, 45, 0, 3)
    add(412655, "kenya-tanzania-talks-on-border-trade-row", "Kenya, Tanzania agree to lift tit-for-tat bans on flour and cigarettes", w, ["Otieno Barasa"], ["Business", "World"],
        "<p>Trade ministers from Kenya and Tanzania agreed in Arusha on Tuesday to lift bans on each other&#8217;s wheat flour and cigarettes within 14 days.</p>" + sub,
        lambda k: it(k, "Kenya, Tanzania agree to lift tit-for-tat bans on flour and cigarettes", w, ["Otieno Barasa"], junk=["appeared first on"]))
    head = (f'\t<title>World &#8211; Mkondo Times</title>\n\t<atom:link href="{base}/category/world/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n\t<description>Kenya&#039;s independent daily</description>\n'
            f'\t<lastBuildDate>{utc0(d(2018, 11, 8, 17, 31, 0, 3))}</lastBuildDate>\n\t<language>en-US</language>\n\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t<sy:updateFrequency>1</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=4.9.8</generator>\n')
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_ke_mkondotimes_world_wp49_coauthors.rss.xml", text, items, lang="en", outlet="Mkondo Times",
                structure="Nairobi daily's /category/world/feed/ from WordPress 4.9.8 with Yoast SEO 7 and Co-Authors Plus, November 2018: tab indentation, channel 'World – Brand', language en-US despite a Kenyan outlet, one dc:creator per co-author (including a staff credit and the guest author 'AFP'), '?p=' guids, excerpt descriptions ending ' [&#8230;]' plus the Yoast 'The post … appeared first on …' footer, content:encoded with h3 sub-heads, lists and a newsletter box, a podcast embed, +0000 dates")


# ---------------------------------------------------------------- Irish public broadcaster on Escenic, 2015
def rtb():
    base = "https://www.rtb.example"
    rows, items = [], []

    def add(aid, slug, title, when, desc, exp, author=None):
        url = f"{base}/news/world/2015/{when.strftime('%m%d')}/{aid}-{slug}/"
        a = f"\n<author>{esc(author)}</author>" if author else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>{a}\n<pubDate>{rfc822(when)}</pubDate>\n<guid isPermaLink=\"true\">{url}</guid>\n<category>World</category>\n</item>")
        items.append(exp(url))

    w = d(2015, 9, 3, 14, 21, 0, 1)
    add(725601, "hungary-migrants-keleti", "Hungary blocks migrants from boarding trains at Budapest station", w,
        '<img src="https://img.rtb.example/imagelibrary/news/2015/09/keleti_pa.jpg" alt="Hundreds of people waited outside Keleti station" /><br/>Police in Hungary have stopped hundreds of migrants from boarding trains to Austria and Germany at Budapest\'s Keleti station.',
        lambda k: it(k, "Hungary blocks migrants from boarding trains at Budapest station", w, [], junk=["<img", "Hundreds of people waited outside Keleti station"],
                     note="Escenic teaser: an escaped <img> with alt text, then the standfirst. No byline element: []."))
    w = d(2015, 9, 3, 10, 5, 0, 1)
    add(725544, "tanaiste-eu-refugee-quota", "Tánaiste says Ireland will take more refugees under EU scheme", w,
        "The Tánaiste has said Ireland will accept more than the 600 refugees it had offered under the EU relocation scheme. \"We cannot stand back from this,\" said Minister of State Ciarán Ó Dálaigh, speaking in Brussels.",
        lambda k: it(k, "Tánaiste says Ireland will take more refugees under EU scheme", w, ["Eimear Nic Giolla Bhríde"], quotes=[q("Ciarán Ó Dálaigh", "Minister of State")],
                     note="Ireland's part in an EU response to the refugee crisis: relevant. Author in <author> with Irish-language name; display it unchanged."), author="Eimear Nic Giolla Bhríde, Europe Correspondent")
    w = d(2015, 9, 2, 22, 40, 0, 1)
    add(725480, "watch-prime-time-syria", "Watch: Prime Time report from the Syrian border", w,
        "Watch the full report on the RTB Player.",
        lambda k: it(k, "Watch: Prime Time report from the Syrian border", w, [], story=False, rel=False, junk=["RTB Player"], note="Video promo pointing to the player: not a story. Title label 'Watch:' may be kept or dropped."))
    w = d(2015, 9, 2, 16, 55, 0, 1)
    add(725431, "guatemala-president-resigns", "Guatemala's president resigns amid customs fraud scandal", w,
        "Guatemala's president has resigned after Congress stripped him of immunity in a customs fraud investigation. (Reuters)",
        lambda k: it(k, "Guatemala's president resigns amid customs fraud scandal", w, [], junk=["(Reuters)"]))
    w = d(2015, 9, 2, 12, 0, 0, 1)
    add(725380, "iran-deal-senate-votes", "Obama secures votes to protect Iran nuclear deal in Senate", w,
        "The US president has secured enough support in the Senate to protect the nuclear agreement with Iran from a resolution of disapproval, after a 34th senator declared her support.",
        lambda k: it(k, "Obama secures votes to protect Iran nuclear deal in Senate", w, [], note="A head of state appears as the setting of a real event; no quote."))
    w = d(2015, 9, 1, 19, 30, 0, 1)
    add(725310, "galway-races-crowd", "Record crowds expected at Galway Oyster Festival", w,
        "Organisers of the Galway International Oyster Festival expect record attendance this month.",
        lambda k: it(k, "Record crowds expected at Galway Oyster Festival", w, [], rel=False, note="Home-country features item filed on the world feed: a story, not relevant."))
    head = (f"<title>RTB News - World</title>\n<link>{base}/news/world/</link>\n<description>World news from RTB, Ireland's National Public Service Media</description>\n<language>en-ie</language>\n<copyright>Copyright RTB 2015</copyright>\n<ttl>5</ttl>\n"
            f"<image>\n<url>{base}/images/rtb-news-logo.png</url>\n<title>RTB News - World</title>\n<link>{base}/news/world/</link>\n</image>\n")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("en_ie_rtb_world_escenic.rss.xml", text, items, lang="en", outlet="RTB News", aliases=["RTB"],
                structure="Irish public broadcaster's world news RSS from Escenic Content Engine 5, September 2015: no indentation, channel 'Brand News - World', en-ie, copyright and ttl, image block, links '/news/world/2015/MMDD/<article id>-<slug>/' repeated as permalink guids, escaped descriptions (one opening with an escaped <img> and <br/>), <author> only where a correspondent filed with a role after a comma, '(Reuters)' credit, +0100 dates, a video promo")


# ---------------------------------------------------------------- Singapore daily on Brightspot, 2025
def lionpost():
    base = "https://www.lionpost.example"
    rows, items = [], []

    def add(slug, title, when, authors, desc, exp, kind="article"):
        url = f"{base}/world/{slug}"
        a = "".join(f"<dc:creator>{esc(x)}</dc:creator>" for x in authors)
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{esc(desc)}</description>\n      <pubDate>{gmt(when)}</pubDate>\n      <guid isPermaLink=\"true\">{url}</guid>\n      {a}\n"
                    f"      <media:content url=\"https://cassette.lionpost.example/image/lionpost/{slug[:12]}?w=1200\" medium=\"image\"/>\n      <category>{kind}</category>\n    </item>")
        items.append(exp(url))

    w = d(2025, 5, 20, 17, 5, 0, 8)
    add("myanmar-quake-recovery-asean-aid-corridor", "ASEAN agrees humanitarian corridor for quake-hit central Myanmar", w, ["Tan Wei Ling"],
        "KUALA LUMPUR – ASEAN foreign ministers agreed on May 20 to set up a humanitarian corridor into quake-hit central Myanmar. “Access is the whole question,” said Ms Nurul Aini Rashid, a senior official at the ASEAN Coordinating Centre. Read more at lionpost.example",
        lambda k: it(k, "ASEAN agrees humanitarian corridor for quake-hit central Myanmar", w, ["Tan Wei Ling"], quotes=[q("Nurul Aini Rashid", "ASEAN Coordinating Centre")], junk=["Read more at lionpost.example"]))
    w = d(2025, 5, 20, 12, 40, 0, 8)
    add("india-pakistan-ceasefire-holds-line-of-control", "India-Pakistan ceasefire holds along Line of Control as talks resume", w, ["Rohan Pillai", "Asma Qureshi"],
        "NEW DELHI/ISLAMABAD – Military officials of both countries spoke by hotline on May 20. Read more at lionpost.example",
        lambda k: it(k, "India-Pakistan ceasefire holds along Line of Control as talks resume", w, ["Rohan Pillai", "Asma Qureshi"], junk=["Read more at lionpost.example"]))
    w = d(2025, 5, 20, 8, 0, 0, 8)
    add("lion-post-global-briefing-may-20", "The Lion Post Global Briefing: May 20, 2025", w, [],
        "Sign up for our Global Briefing newsletter and get the top world stories in your inbox. Read more at lionpost.example",
        lambda k: it(k, "The Lion Post Global Briefing: May 20, 2025", w, [], story=False, rel=False), kind="newsletter")
    w = d(2025, 5, 19, 21, 30, 0, 8)
    add("us-china-tariff-truce-singapore-firms", "US-China tariff truce offers breathing room to Singapore manufacturers", w, ["Goh Kai Xiang"],
        "SINGAPORE – Local electronics firms welcomed the 90-day truce. “We will front-load orders while we can,” said Mr Lim Boon Huat, chief executive of Tuas Precision. Read more at lionpost.example",
        lambda k: it(k, "US-China tariff truce offers breathing room to Singapore manufacturers", w, ["Goh Kai Xiang"], quotes=[q("Lim Boon Huat", "Tuas Precision")], junk=["Read more at lionpost.example"]))
    w = d(2025, 5, 19, 16, 10, 0, 8)
    add("live-romania-presidential-run-off", "Live: Romania presidential run-off results", w, ["Lion Post Foreign Desk"],
        "Follow our live coverage of the results. Read more at lionpost.example",
        lambda k: it(k, "Live: Romania presidential run-off results", w, [], story=False, rel=False, junk=["Read more at lionpost.example"],
                     note="Live page placeholder without text: not a story. The desk credit is not a person."), kind="liveblog")
    w = d(2025, 5, 19, 9, 15, 0, 8)
    add("bali-villa-scam-singaporean-victims", "Singaporeans among victims of Bali villa rental scam", w, ["Nadia Hamzah"],
        "DENPASAR – Indonesian police say more than 40 foreigners paid deposits for villas that did not exist. Read more at lionpost.example",
        lambda k: it(k, "Singaporeans among victims of Bali villa rental scam", w, ["Nadia Hamzah"], rel=False, junk=["Read more at lionpost.example"], note="Crime abroad told for its Singaporean victims: not world affairs."))
    head = (f"    <title>The Lion Post - World</title>\n    <link>{base}/world</link>\n    <description>World news from The Lion Post</description>\n    <language>en</language>\n    <lastBuildDate>{gmt(d(2025, 5, 20, 17, 10, 0, 8))}</lastBuildDate>\n"
            f'    <atom:link href="{base}/world/rss.xml" rel="self" type="application/rss+xml"/>\n')
    text = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{NS_ALL}>\n  <channel>\n' + head + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_sg_lionpost_world_brightspot.rss.xml", text, items, lang="en", outlet="The Lion Post", aliases=["Lion Post"],
                structure="Singapore daily's /world RSS from Brightspot, May 2025: two-space indentation, channel 'Brand - World', permalink guids, one dc:creator per author (a desk credit on a live page), GMT dates for a +0800 newsroom, escaped plain-text descriptions with 'CITY –' datelines, curly quotes, honorifics Mr/Ms, a 'Read more at <domain>' tail on every item, media:content image, a <category> carrying the Brightspot content type (article, newsletter, liveblog)")


# ---------------------------------------------------------------- Colombo daily on a custom ASP.NET CMS, 2014
def lanka():
    base = "http://www.ceylonobserver-daily.example"
    rows, items = [], []

    def add(nid, title, when, desc, exp):
        url = f"{base}/article.aspx?ArticleID={nid}&amp;SectionID=8"
        rows.append(f"\t\t<item>\r\n\t\t\t<title>{esc(title)}</title>\r\n\t\t\t<link>{url}</link>\r\n\t\t\t<description>{cd(desc)}</description>\r\n\t\t\t<pubDate>{rfc822(when, h12=False)}</pubDate>\r\n\t\t</item>")
        items.append(exp(url.replace("&amp;", "&")))

    w = d(2014, 4, 16, 19, 30, 0, 5.5)
    add(88231, "Geneva resolution: Govt to reject international probe", w,
        "<p>By Nilanthi Perera</p><p>The Government will not cooperate with the international investigation mandated by the UN Human Rights Council resolution adopted last month, External Affairs Ministry officials said yesterday.</p><p>&quot;We will engage with the Council, but not with a process imposed on us,&quot; said Deputy Minister Chaminda Wijesekara.</p>",
        lambda k: it(k, "Geneva resolution: Govt to reject international probe", w, ["Nilanthi Perera"], quotes=[q("Chaminda Wijesekara", "Deputy Minister")], junk=["By Nilanthi Perera"],
                     note="Byline only as the first paragraph of the description. Response to a UN resolution: relevant."))
    w = d(2014, 4, 16, 14, 15, 0, 5.5)
    add(88219, "Ukraine: Kiev launches operation in east", w,
        "<p>KIEV, Wednesday (AFP) - Ukrainian forces launched an operation against pro-Russian separatists who have seized buildings in the east of the country, officials said.</p>",
        lambda k: it(k, "Ukraine: Kiev launches operation in east", w, [], note="'(AFP)' in the dateline is an agency credit: no person."))
    w = d(2014, 4, 16, 9, 0, 0, 5.5)
    add(88205, "Indian polls: Tamil Nadu parties woo fishermen", w,
        "<p>From Our Chennai Correspondent</p><p>CHENNAI, Tuesday - Parties contesting the Lok Sabha elections in Tamil Nadu promised to resolve the Palk Bay fishing dispute with Sri Lanka.</p>",
        lambda k: it(k, "Indian polls: Tamil Nadu parties woo fishermen", w, [], junk=["From Our Chennai Correspondent"], note="A correspondent credit without a name: []. Neighbour's election and a bilateral fishing dispute: relevant."))
    w = d(2014, 4, 15, 20, 45, 0, 5.5)
    add(88190, "Avurudu traffic: extra buses to outstations", w,
        "<p>The Transport Ministry will deploy 500 additional buses for the Sinhala and Tamil New Year season.</p>",
        lambda k: it(k, "Avurudu traffic: extra buses to outstations", w, [], rel=False, note="Domestic news filed in the world section: a story, not relevant."))
    w = d(2014, 4, 15, 16, 0, 0, 5.5)
    add(88177, "MH370: search focuses on new pings", w,
        "<p>PERTH, Tuesday (Reuters) - An underwater drone was deployed for the first time to search for the missing Malaysia Airlines jet.</p><p>Courtesy Reuters</p>",
        lambda k: it(k, "MH370: search focuses on new pings", w, [], rel=False, junk=["Courtesy Reuters"], note="Aviation search operation: a story, not world affairs."))
    w = d(2014, 4, 15, 8, 30, 0, 5.5)
    add(88160, "Pictorial: New Year festivities at Temple Trees", w,
        "<p>Pictures by Sunil Jayakody</p>",
        lambda k: it(k, "Pictorial: New Year festivities at Temple Trees", w, [], story=False, rel=False, note="Picture page: not a story; the photographer credit is not a byline."))
    head = (f"\t\t<title>Ceylon Observer Daily :: International</title>\r\n\t\t<link>{base}/</link>\r\n\t\t<description>Ceylon Observer Daily - International News</description>\r\n\t\t<language>en-us</language>\r\n\t\t<copyright>Copyright 2014 Lake View Publishers (Pvt) Ltd</copyright>\r\n")
    text = '<?xml version="1.0" encoding="utf-8"?>\r\n<rss version="2.0">\r\n\t<channel>\r\n' + head + "\r\n".join(rows) + "\r\n\t</channel>\r\n</rss>"
    return feed("en_lk_ceylonobserver_international_aspnet.rss.xml", text, items, lang="en", outlet="Ceylon Observer Daily",
                structure="Colombo English daily's International section RSS from a custom ASP.NET CMS (rss.aspx?SectionID=8), April 2014: CRLF line ends, tab indentation, no trailing newline, channel 'Brand :: International', language en-us, company copyright, no guid (links 'article.aspx?ArticleID=n&SectionID=8' are the ids), CDATA descriptions whose first paragraph is the byline ('By Name', 'From Our Chennai Correspondent', 'Pictures by Name'), '(AFP)'/'(Reuters)' datelines, +0530 dates, a picture page")


# ---------------------------------------------------------------- New Zealand public broadcaster on Drupal 7, 2019
def rnz():
    base = "https://www.tuiradio.example"
    rows, items = [], []

    def add(nid, slug, title, when, teaser, exp, user="tuinews"):
        url = f"{base}/news/world/{nid}/{slug}"
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(teaser)}</description>\n     <pubDate>{rfc822(when)}</pubDate>\n <dc:creator>{user}</dc:creator>\n <guid isPermaLink=\"false\">{nid} at {base}</guid>\n  </item>")
        items.append(exp(f"{nid} at {base}"))

    w = d(2019, 3, 21, 16, 30, 0, 13)
    add(385119, "pacific-leaders-condemn-attack-at-forum-meeting", "Pacific leaders send condolences as Forum ministers meet in Suva", w,
        '<p>Pacific Islands Forum foreign ministers opened their meeting in Suva with a minute\'s silence.</p><p>"The Pacific family grieves with Aotearoa," said Forum deputy secretary general Losana Tuivaga.</p><ul class="links inline"><li class="node-readmore first last"><a href="' + base + '/news/world/385119" rel="tag">Read more</a></li></ul>',
        lambda k: it(k, "Pacific leaders send condolences as Forum ministers meet in Suva", w, [], quotes=[q("Losana Tuivaga", "Pacific Islands Forum")], junk=["Read more", "tuinews"],
                     note="Drupal 7 node teaser with the 'Read more' links list; dc:creator is a CMS account, not a person."))
    w = d(2019, 3, 21, 11, 5, 0, 13)
    add(385090, "brexit-uk-asks-eu-for-delay", "UK asks EU to delay Brexit until end of June", w,
        '<p>The UK has formally asked the European Union to postpone its departure by three months.</p><p><em>- Reuters</em></p><ul class="links inline"><li class="node-readmore first last"><a href="' + base + '/news/world/385090" rel="tag">Read more</a></li></ul>',
        lambda k: it(k, "UK asks EU to delay Brexit until end of June", w, [], junk=["Read more", "- Reuters"]))
    w = d(2019, 3, 20, 22, 40, 0, 13)
    add(385031, "cyclone-idai-mozambique-death-toll", "Cyclone Idai: NZ pledges $2m as Mozambique toll rises", w,
        '<p>New Zealand will give $2 million in humanitarian aid after Cyclone Idai, Foreign Minister\'s office says.</p><p>By Hemi Walker, Foreign Affairs Reporter</p><ul class="links inline"><li class="node-readmore first last"><a href="' + base + '/news/world/385031" rel="tag">Read more</a></li></ul>',
        lambda k: it(k, "Cyclone Idai: NZ pledges $2m as Mozambique toll rises", w, ["Hemi Walker"], junk=["Read more", "Foreign Affairs Reporter"], note="Byline only in a trailing paragraph of the teaser."), user="hwalker")
    w = d(2019, 3, 20, 15, 0, 0, 13)
    add(385002, "audio-the-world-this-week", "Audio: The World This Week with Kate Ngata", w,
        '<p>Listen to this week\'s programme.</p><ul class="links inline"><li class="node-readmore first last"><a href="' + base + '/news/world/385002" rel="tag">Read more</a></li></ul>',
        lambda k: it(k, "Audio: The World This Week with Kate Ngata", w, [], story=False, rel=False, note="Radio programme audio: not a story."))
    w = d(2019, 3, 20, 9, 45, 0, 13)
    add(384970, "bougainville-referendum-date-set", "Bougainville independence referendum set for October", w,
        '<p>Papua New Guinea and the Autonomous Bougainville Government have agreed to hold the independence vote on 17 October.</p><p>"This is the date our people have waited for," said commission chair Peni Ruka.</p><ul class="links inline"><li class="node-readmore first last"><a href="' + base + '/news/world/384970" rel="tag">Read more</a></li></ul>',
        lambda k: it(k, "Bougainville independence referendum set for October", w, [], quotes=[q("Peni Ruka", "referendum commission")], junk=["Read more"]))
    w = d(2019, 3, 19, 18, 20, 0, 13)
    add(384921, "australia-cricket-tour-cancelled", "Black Caps' tour of Bangladesh called off", w,
        '<p>The remainder of the tour has been cancelled, New Zealand Cricket says.</p><ul class="links inline"><li class="node-readmore first last"><a href="' + base + '/news/world/384921" rel="tag">Read more</a></li></ul>',
        lambda k: it(k, "Black Caps' tour of Bangladesh called off", w, [], rel=False, junk=["Read more"], note="Sport: not relevant."))
    head = f'    <title>World | Tui Radio News</title>\n    <link>{base}/news/world</link>\n    <description></description>\n    <language>en</language>\n    <atom:link href="{base}/rss/world.xml" rel="self" type="application/rss+xml" />\n'
    text = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{base}/news/world" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n' + head + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_nz_tuiradio_world_drupal7.rss.xml", text, items, lang="en", outlet="Tui Radio News", aliases=["Tui Radio"],
                structure="New Zealand public broadcaster's world news from Drupal 7 views RSS (/rss/world.xml), March 2019: xml:base, channel 'World | Brand', empty description, Drupal's uneven item indentation, '<nid> at <base>' guids, dc:creator CMS accounts, escaped teaser HTML ending with the 'node-readmore' links list, agency sign-off '- Reuters' in italics, byline as a trailing 'By Name, Role' paragraph, +1300 dates (NZDT)")


# ---------------------------------------------------------------- Glasgow daily on Atex (Newsquest-style), 2021
def clydeherald():
    base = "https://www.clydeherald.example"
    rows, items = [], []

    def add(nid, slug, title, when, author, desc, exp):
        url = f"{base}/news/world_news/{nid}.{slug}/"
        au = f"\n      <author>{esc(author)}</author>" if author else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}?ref=rss</link>{au}\n      <description>{esc(desc)}</description>\n      <guid isPermaLink=\"false\">{nid}</guid>\n      <pubDate>{gmt(when)}</pubDate>\n"
                    f"      <enclosure url=\"{base}/resources/images/{nid}/?type=articleLandscape\" type=\"image/jpeg\" length=\"0\"/>\n    </item>")
        items.append(exp(nid))

    w = d(2021, 11, 12, 18, 40, 0)
    add("19711203", "cop26-deal-delayed-coal-language", "COP26: Final deal delayed as nations wrangle over coal language", w, "Sandy Kerr",
        "NEGOTIATORS at COP26 in Glasgow worked into the night as a dispute over wording on coal threatened to delay a final agreement. \"We are closer than it looks,\" said Ana Lucía Ferreyra, a negotiator for the Costa Rican delegation.",
        lambda k: it(k, "COP26: Final deal delayed as nations wrangle over coal language", w, ["Sandy Kerr"], quotes=[q("Ana Lucía Ferreyra", "Costa Rican delegation")],
                     note="Upper-case first word of the standfirst is house style. International climate negotiations: relevant."))
    w = d(2021, 11, 12, 13, 15, 0)
    add("19710988", "belarus-poland-border-crisis-eu-sanctions", "Belarus border crisis: EU prepares new sanctions as migrants freeze", w, "Press Association",
        "THE EU is preparing new sanctions against Belarus over the crisis on its border with Poland, where thousands of migrants are camped in freezing conditions.",
        lambda k: it(k, "Belarus border crisis: EU prepares new sanctions as migrants freeze", w, [], note="'Press Association' in <author> is an agency: []."))
    w = d(2021, 11, 12, 9, 0, 0)
    add("19710502", "subscribe-clyde-herald-offer", "Subscribe to The Clyde Herald for just £1 for three months", w, None,
        "Get unlimited access to award-winning journalism. Offer ends soon.",
        lambda k: it(k, "Subscribe to The Clyde Herald for just £1 for three months", w, [], story=False, rel=False, note="Subscription promotion: not a story."))
    w = d(2021, 11, 11, 20, 25, 0)
    add("19709887", "ethiopia-tigray-diplomats-push-ceasefire", "Envoys push for Ethiopia ceasefire as rebels advance on Addis Ababa", w, "By Fiona MacLeod, Foreign Editor",
        "AFRICAN Union envoys stepped up efforts on Thursday to broker a ceasefire in Ethiopia. Read more: Why the Tigray war matters to Scotland's aid charities",
        lambda k: it(k, "Envoys push for Ethiopia ceasefire as rebels advance on Addis Ababa", w, ["Fiona MacLeod"], junk=["Read more:", "Foreign Editor"], note="'By Name, Role' in <author>; a 'Read more:' related-link line ends the description."))
    w = d(2021, 11, 11, 15, 50, 0)
    add("19709540", "holyrood-independence-bill-timetable", "Holyrood independence bill timetable set out by ministers", w, "Gregor Munro, Political Correspondent",
        "SCOTTISH ministers set out a timetable for a second independence referendum bill.",
        lambda k: it(k, "Holyrood independence bill timetable set out by ministers", w, ["Gregor Munro"], rel=False, junk=["Political Correspondent"], note="Scottish/UK constitutional politics is home politics: not relevant."))
    w = d(2021, 11, 11, 10, 5, 0)
    add("19709102", "nicaragua-election-us-canada-sanctions", "US, Canada and UK impose sanctions after Nicaragua's disputed election", w, "Reuters",
        "THE United States, Canada and Britain imposed sanctions on Nicaraguan officials after an election that Washington called a sham.",
        lambda k: it(k, "US, Canada and UK impose sanctions after Nicaragua's disputed election", w, []))
    head = (f"    <title>The Clyde Herald | World news</title>\n    <link>{base}/news/world_news/</link>\n    <description>The latest World news from The Clyde Herald</description>\n    <language>en-gb</language>\n    <copyright>Copyright 2021 The Clyde Herald</copyright>\n    <pubDate>{gmt(d(2021, 11, 12, 18, 45, 0))}</pubDate>\n")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n' + head + "\n".join(rows) + "\n  </channel>\n</rss>\n"
    return feed("en_gb_sct_clydeherald_worldnews_atex.rss.xml", text, items, lang="en", outlet="The Clyde Herald", aliases=["Clyde Herald"],
                structure="Glasgow daily's world news RSS from an Atex-based regional-group CMS (/news/world_news/rss/), November 2021: two-space indentation, channel 'Brand | World news', en-gb, numeric article-id guids (not permalinks), links '/news/world_news/<id>.<slug>/?ref=rss', <author> in varied forms ('Name', 'By Name, Role', 'Name, Role', agencies) or absent, plain escaped descriptions with the house style's upper-case first word, a 'Read more:' related-link tail, image enclosures with length 0, GMT dates, a subscription promo")


# ---------------------------------------------------------------- European tech-news site on Ghost 5, 2024
def bytefjord():
    base = "https://bytefjord.example"
    rows, items = [], []

    def add(gid, slug, title, when, author, excerpt, body, exp, tags=("News",)):
        url = f"{base}/{slug}/"
        cats = "".join(f"<category><![CDATA[{t}]]></category>" for t in tags)
        rows.append(f"<item><title><![CDATA[{title}]]></title><description><![CDATA[{excerpt}]]></description><link>{url}</link><guid isPermaLink=\"false\">{gid}</guid>{cats}"
                    f"<dc:creator><![CDATA[{author}]]></dc:creator><pubDate>{gmt(when)}</pubDate><media:content url=\"{base}/content/images/2024/10/{slug[:10]}.jpg\" medium=\"image\"/><content:encoded><![CDATA[{body}]]></content:encoded></item>")
        items.append(exp(gid))

    tail = '<div class="kg-card kg-cta-card"><p>Enjoyed this? <a href="https://bytefjord.example/#/portal/signup">Subscribe to Bytefjord</a> for the weekly digest.</p></div>'
    w = d(2024, 10, 9, 14, 20, 0, 2)
    add("6706761a2f1c3e0001a4b9d1", "eu-dma-apple-browser-choice-fine", "EU opens new DMA case over browser choice screens", w, "Ingrid Solberg",
        "The Commission says the fix did not go far enough.",
        '<p>The European Commission opened a new non-compliance case under the Digital Markets Act over browser choice screens on phones.</p><figure class="kg-card kg-image-card"><img src="https://bytefjord.example/content/images/2024/10/dma.jpg"><figcaption>Berlaymont, Brussels. Photo: Bytefjord</figcaption></figure><p>"Choice screens that nobody sees are not choice," said Marc Duval of the European Consumer Tech Alliance.</p>' + tail,
        lambda k: it(k, "EU opens new DMA case over browser choice screens", w, ["Ingrid Solberg"], rel=False, quotes=[q("Marc Duval", "European Consumer Tech Alliance")], junk=["Subscribe to Bytefjord", "Photo: Bytefjord"],
                     note="EU tech regulation of a company: the tech feed's own topic, not world affairs."), tags=("Policy", "News"))
    w = d(2024, 10, 9, 9, 5, 0, 2)
    add("6706207e2f1c3e0001a4b9a0", "netherlands-restricts-chip-tool-exports", "Netherlands widens export licence rules for chipmaking tools amid US pressure", w, "Pieter van der Berg",
        "The Hague extends licensing to more lithography systems.",
        '<p>The Dutch government extended export licensing to more chipmaking tools, following talks with Washington over sales to China.</p><p>"This is foreign policy dressed as trade rules," said Sanne Hoekstra, a researcher at the Delta Institute in The Hague.</p>' + tail,
        lambda k: it(k, "Netherlands widens export licence rules for chipmaking tools amid US pressure", w, ["Pieter van der Berg"], quotes=[q("Sanne Hoekstra", "Delta Institute")], junk=["Subscribe to Bytefjord"],
                     note="Export controls between states, US–China rivalry: relevant although on a tech feed."), tags=("Chips", "Geopolitics"))
    w = d(2024, 10, 8, 17, 0, 0, 2)
    add("67054b102f1c3e0001a4b970", "review-framework-laptop-16", "Review: the modular laptop, one year on", w, "Jonas Lindqvist",
        "Swappable ports and a GPU module that finally makes sense.",
        "<p>After a year of daily use, the modular laptop still wins on repairability.</p>" + tail,
        lambda k: it(k, "Review: the modular laptop, one year on", w, ["Jonas Lindqvist"], rel=False, junk=["Subscribe to Bytefjord"]), tags=("Reviews",))
    w = d(2024, 10, 8, 11, 30, 0, 2)
    add("670503a92f1c3e0001a4b944", "sponsored-cloud-sovereignty-webinar", "Sponsored: Join our cloud sovereignty webinar on 17 October", w, "Bytefjord Partner Content",
        "Register now.",
        "<p>Register for the free webinar.</p>",
        lambda k: it(k, "Sponsored: Join our cloud sovereignty webinar on 17 October", w, [], story=False, rel=False, note="Sponsored promo: not a story."), tags=("Sponsored",))
    w = d(2024, 10, 7, 19, 10, 0, 2)
    add("67041d4e2f1c3e0001a4b911", "baltic-cable-damage-investigation", "Finland and Estonia investigate damage to Baltic data cable", w, "Ingrid Solberg",
        "Investigators are looking at a ship's anchor.",
        '<p>Finnish and Estonian authorities are investigating damage to an undersea data cable in the Gulf of Finland.</p><p>"We do not exclude outside activity," said Captain Mikko Rantanen of the Finnish Border Guard.</p>' + tail,
        lambda k: it(k, "Finland and Estonia investigate damage to Baltic data cable", w, ["Ingrid Solberg"], quotes=[q("Mikko Rantanen", "Finnish Border Guard")], junk=["Subscribe to Bytefjord"],
                     note="Suspected sabotage of infrastructure between states: relevant."), tags=("Infrastructure", "Security"))
    w = d(2024, 10, 7, 8, 0, 0, 2)
    add("6703874f2f1c3e0001a4b8e3", "startup-funding-roundup-week-41", "Funding roundup: Nordic startups raise €210m in week 41", w, "Jonas Lindqvist",
        "Seven rounds, two of them in climate tech.",
        "<ul><li>Stockholm battery recycler raises €60m</li><li>Oslo logistics app raises €12m</li></ul>" + tail,
        lambda k: it(k, "Funding roundup: Nordic startups raise €210m in week 41", w, ["Jonas Lindqvist"], rel=False, junk=["Subscribe to Bytefjord"]), tags=("Startups",))
    head = (f'<title><![CDATA[Bytefjord]]></title><description><![CDATA[Tech news from Europe, without the hype.]]></description><link>{base}/</link><image><url>{base}/favicon.png</url><title>Bytefjord</title><link>{base}/</link></image>'
            f'<generator>Ghost 5.96</generator><lastBuildDate>{gmt(d(2024, 10, 9, 14, 25, 0, 2))}</lastBuildDate><atom:link href="{base}/rss/" rel="self" type="application/rss+xml"/><ttl>60</ttl>')
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
            + head + "".join(rows) + "</channel></rss>")
    return feed("en_tech_bytefjord_ghost.rss.xml", text, items, lang="en", outlet="Bytefjord", topic="tech",
                structure="European tech-news site on Ghost 5 (/rss/), October 2024: one line, CDATA titles and excerpts, 24-hex ObjectId guids (not permalinks), categories from tags, one dc:creator, media:content feature image, content:encoded with Koenig cards (image card with caption credit, CTA subscribe card), GMT dates, a sponsored webinar promo")


# ---------------------------------------------------------------- public research organisation's news feed (Atom), 2018
def forschung():
    base = "https://www.nordlab-research.example"
    entries, items = [], []

    def add(slug, title, when, upd, authors, summary, exp):
        url = f"{base}/news/{when.year}/{slug}"
        au = "".join(f"<author><name>{esc(a)}</name></author>" for a in authors)
        entries.append(f"  <entry>\n    <title type=\"html\">{esc(title)}</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n    <id>tag:nordlab-research.example,{when.strftime('%Y-%m-%d')}:/news/{slug}</id>\n    <published>{when.isoformat()}</published>\n    <updated>{upd.isoformat()}</updated>\n    {au}\n    <summary type=\"html\">{esc(summary)}</summary>\n  </entry>")
        items.append(exp(f"tag:nordlab-research.example,{when.strftime('%Y-%m-%d')}:/news/{slug}"))

    w = d(2018, 6, 12, 10, 0, 0, 2)
    add("arctic-council-science-cooperation", "Arctic science agreement: NordLab joins first joint expeditions", w, d(2018, 6, 13, 8, 30, 0, 2), ["Press Office"],
        '<p>The research agreement signed by the eight Arctic Council states has entered into force, and NordLab scientists will join the first joint expeditions. "Data now crosses borders that ships once could not," said Dr Karin Halvorsen, head of polar research.</p><p><strong>Contact:</strong> press@nordlab-research.example, +47 555 01 234</p>',
        lambda k: it(k, "Arctic science agreement: NordLab joins first joint expeditions", w, [], quotes=[q("Karin Halvorsen", "head of polar research")], junk=["press@nordlab-research.example", "Contact:"],
                     note="An intergovernmental agreement in force: relevant. 'Press Office' is not a person. Date is <published>, not <updated>."))
    w = d(2018, 6, 8, 14, 0, 0, 2)
    add("microplastics-in-fjord-sediment", "Microplastics found deep in fjord sediment cores", w, w, ["Lars Eide", "Maja Kristiansen"],
        "<p>Cores from 300 metres depth contain fibres dated to the 1960s, a new study in <em>Marine Pollution Letters</em> shows.</p>",
        lambda k: it(k, "Microplastics found deep in fjord sediment cores", w, ["Lars Eide", "Maja Kristiansen"], rel=False))
    w = d(2018, 6, 5, 9, 0, 0, 2)
    add("open-day-2018", "Open day at the Tromsø lab on 16 June", w, w, ["Press Office"],
        "<p>Family programme, guided tours and a drone show. Free entry.</p>",
        lambda k: it(k, "Open day at the Tromsø lab on 16 June", w, [], story=False, rel=False, note="Event announcement: not a story."))
    w = d(2018, 5, 30, 11, 0, 0, 2)
    add("horizon-2020-grant-quantum-sensors", "EU grant of €4.2m for quantum sensor project", w, w, ["Press Office"],
        "<p>A consortium led by NordLab will develop quantum sensors for navigation.</p>",
        lambda k: it(k, "EU grant of €4.2m for quantum sensor project", w, [], rel=False, note="Research funding: the science feed's own topic, not relevant."))
    w = d(2018, 5, 24, 13, 30, 0, 2)
    add("sanctions-russian-research-vessel-port-access", "Research vessel denied port call as sanctions rules tighten", w, w, ["Eirik Solheim"],
        '<p>A Russian research vessel due to exchange samples with NordLab was refused a port call under new national rules. "Science diplomacy is what keeps channels open," said Prof Anne Lise Brekke.</p>',
        lambda k: it(k, "Research vessel denied port call as sanctions rules tighten", w, ["Eirik Solheim"], quotes=[q("Anne Lise Brekke")], note="Sanctions and state relations affecting research: relevant."))
    w = d(2018, 5, 18, 8, 0, 0, 2)
    add("vacancy-phd-glaciology", "Vacancy: PhD position in glaciology", w, w, ["HR"],
        "<p>Apply by 15 August.</p>",
        lambda k: it(k, "Vacancy: PhD position in glaciology", w, [], story=False, rel=False, note="Job ad: not a story."))
    head = (f'  <title>NordLab – News</title>\n  <subtitle>News from the Nordic Laboratory for Polar and Marine Research</subtitle>\n  <link rel="self" href="{base}/news/atom.xml"/>\n  <link rel="alternate" href="{base}/news"/>\n  <id>tag:nordlab-research.example,2009:/news</id>\n  <updated>{d(2018, 6, 13, 8, 30, 0, 2).isoformat()}</updated>\n  <rights>© NordLab</rights>')
    text = '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">\n' + head + "\n" + "\n".join(entries) + "\n</feed>\n"
    return feed("en_science_nordlab_news.atom.xml", text, items, lang="en", outlet="NordLab", shape="atom", topic="science", ctype="application/atom+xml; charset=utf-8",
                structure="Public research organisation's news Atom feed (Norway), June 2018: xml:lang en, tag: ids, published and updated (one item updated a day later), <author><name> holding 'Press Office'/'HR' or people, html summaries with a press-contact line, +0200 dates, an open day, a vacancy")


FEEDS = [meridian, highveld, mkondo, rtb, lionpost, lanka, rnz, clydeherald, bytefjord, forschung]
