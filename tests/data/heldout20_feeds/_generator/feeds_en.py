# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the twentieth held-out set (world desks, tech, science).
All outlets, people and quotations are invented."""
from datetime import UTC

from lib import dt
from mk import NS_DC, atom, esc, it, q, rfc822, rss, zone_abbr
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2027, 4, day, h, mi, s, off)


def cd(s):
    return f"<![CDATA[{s}]]>"


def utcz(w):
    """W3C date in UTC with a Z, as SPIP and Plone write it."""
    return w.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- TOLOnews-style Kabul TV news site (Afghanistan, +0430)
def kohsarnews():
    rows, items = [], []
    o = 4.5

    def add(nid, slug, title, when, author, desc, exp):
        url = f"https://kohsarnews.af/en/{slug}-{nid}"
        au = f"\n    <author>{esc(author)}</author>" if author is not None else ""
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <guid isPermaLink=\"true\">{url}</guid>{au}\n    <pubDate>{rfc822(when)}</pubDate>\n"
                    f"    <description>{esc(desc)}</description>\n    <enclosure url=\"https://kohsarnews.af/files/images/{nid}.jpg\" type=\"image/jpeg\" length=\"0\" />\n  </item>")
        items.append(exp(url))

    w = d(13, 18, 40, 0, o)
    add(191204, "kabul-tashkent-sign-deal-on-trans-afghan-railway-survey", "Kabul, Tashkent Sign Deal on Trans-Afghan Railway Survey", w, "Kohsar News",
        "Officials from Afghanistan and Uzbekistan signed an agreement in Tashkent on Tuesday to complete the survey of the Termez-Kabul-Peshawar railway by December.“The railway will connect Central Asia to the sea,” said Hamidullah Zahir, a spokesman for the Ministry of Public Works.",
        lambda k: it(k, "Kabul, Tashkent Sign Deal on Trans-Afghan Railway Survey", w, [], quotes=[q("Hamidullah Zahir", "Ministry of Public Works")], note="The brand as <author>."))
    w = d(13, 16, 5, 0, o)
    add(191197, "pakistan-reopens-torkham-crossing-after-five-day-closure", "Pakistan Reopens Torkham Crossing After Five-Day Closure", w, "Farid Ahmadzai",
        "Hundreds of trucks carrying fruit and coal crossed into Pakistan on Tuesday morning\n\nTraders said they lost more than $3 million during the closure.Border officials from both sides met at the zero point on Monday night",
        lambda k: it(k, "Pakistan Reopens Torkham Crossing After Five-Day Closure", w, ["Farid Ahmadzai"]))
    w = d(13, 12, 30, 0, o)
    add(191185, "kabul-municipality-starts-work-on-darulaman-road-drainage", "Kabul Municipality Starts Work on Darulaman Road Drainage", w, "Kohsar News",
        "The project, worth 120 million afghanis, is expected to end flooding on the road before the summer rains.",
        lambda k: it(k, "Kabul Municipality Starts Work on Darulaman Road Drainage", w, [], rel=False))
    w = d(13, 10, 15, 0, o)
    add(191178, "un-envoy-meets-acting-foreign-minister-in-kabul-on-aid-cuts", "UN Envoy Meets Acting Foreign Minister in Kabul on Aid Cuts", w, "Sahar Rahimi",
        "The UN special representative discussed the 40 percent cut in humanitarian funding for Afghanistan this year and the return of migrants from Iran.",
        lambda k: it(k, "UN Envoy Meets Acting Foreign Minister in Kabul on Aid Cuts", w, ["Sahar Rahimi"]))
    w = d(12, 21, 50, 0, o)
    add(191160, "afghanistan-beat-ireland-in-second-odi-in-abu-dhabi", "Afghanistan Beat Ireland in Second ODI in Abu Dhabi", w, "Sports Desk",
        "Afghanistan won by 62 runs to take an unassailable 2-0 lead in the three-match series.",
        lambda k: it(k, "Afghanistan Beat Ireland in Second ODI in Abu Dhabi", w, [], rel=False, note="Desk credit."))
    w = d(12, 18, 0, 0, o)
    add(191151, "video-kohsar-news-6pm-bulletin-april-12", "Video: Kohsar News 6pm Bulletin – April 12", w, None,
        "Watch the full bulletin.",
        lambda k: it(k, "Video: Kohsar News 6pm Bulletin – April 12", w, [], story=False, rel=False, note="Video news bulletin, not a story."))
    channel = ("  <title>Kohsar News - World</title>\n  <link>https://kohsarnews.af/en/world</link>\n  <description>Kohsar News - Afghanistan's independent news channel</description>\n  <language>en</language>\n"
               f"  <copyright>Kohsar Media Group</copyright>\n  <lastBuildDate>{rfc822(d(13, 18, 45, 0, o))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_af_kohsarnews_world.rss.xml", text, items, lang="en", outlet="Kohsar News", aliases=["KohsarNews"],
                structure="TOLOnews-style (Kabul TV channel) English RSS from a custom CMS: two-space indentation, channel 'Brand - Section', Title Case headlines, <author> holding a person, the brand, 'Sports Desk' or nothing, plain descriptions with a standfirst without final stop and a blank line (\\n\\n) between blocks, a missing space after a full stop (also before a curly quote), '/en/<slug>-<id>' permalink guids, length-0 enclosures, a video bulletin, Media Group copyright, +0430 (Afghanistan) dates")


# ---------------------------------------------------------------- Trend-style Baku news agency (Azerbaijan, +0400)
def absheronpress():
    rows, items = [], []
    o = 4

    def add(nid, sec, slug, title, when, creator, desc, exp):
        url = f"https://en.absheronpress.az/{sec}/{nid}.html"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item><title>{cd(title)}</title><link>{url}</link><guid isPermaLink=\"false\">{nid}</guid><category>{esc(sec.title())}</category>"
                    f"<pubDate>{rfc822(when)}</pubDate>{cr}<description>{cd(desc)}</description></item>")
        items.append(exp(str(nid)))

    w = d(13, 17, 12, 0, o)
    dl = "BAKU, Azerbaijan, April 13. ABSHERON PRESS"
    add(4120551, "politics", "azerbaijan-kazakhstan-middle-corridor", "Azerbaijan, Kazakhstan agree to double Middle Corridor cargo by 2030", w, "Leyla Mammadova",
        f"<p>{dl}</p><p>Azerbaijan and Kazakhstan signed a roadmap on Tuesday to double the volume of cargo shipped across the Caspian Sea by 2030</p><p>“The corridor is no longer a project, it is a working route,” said Rauf Hasanov, deputy minister of digital development and transport.</p><p>Follow the author on X: @leyla_mmd</p>",
        lambda k: it(k, "Azerbaijan, Kazakhstan agree to double Middle Corridor cargo by 2030", w, ["Leyla Mammadova"], junk=[dl, "Follow the author", "@leyla_mmd"], quotes=[q("Rauf Hasanov", "deputy minister of digital development and transport")]))
    w = d(13, 15, 40, 0, o)
    add(4120536, "politics", "azerbaijan-eu-gas-talks", "EU, Azerbaijan open talks on gas supplies after 2030", w, "Absheron Press",
        f"<p>{dl}</p><p>Energy officials from the European Commission arrived in Baku for two days of talks.Supplies through the Southern Gas Corridor reached 13 billion cubic metres last year</p>",
        lambda k: it(k, "EU, Azerbaijan open talks on gas supplies after 2030", w, [], junk=[dl], note="The agency's own name as dc:creator."))
    w = d(13, 13, 5, 0, o)
    add(4120519, "business", "manat-rate-april-13", "Azerbaijani currency rates for April 13", w, "Absheron Press",
        f"<p>{dl}</p><p>The Central Bank of Azerbaijan set the official rate at 1.7 manat per US dollar.</p><ul><li>EUR 1.8521</li><li>RUB 0.0203</li><li>TRY 0.0412</li></ul>",
        lambda k: it(k, "Azerbaijani currency rates for April 13", w, [], story=False, rel=False, note="Daily currency table, not a story."))
    w = d(13, 11, 20, 0, o)
    add(4120502, "society", "baku-metro-new-station", "Baku Metro to open new station in Khatai district", w, "Nigar Aliyeva",
        f"<p>{dl}</p><p>The station on the purple line will open in September, the Baku Metro CJSC said.</p>",
        lambda k: it(k, "Baku Metro to open new station in Khatai district", w, ["Nigar Aliyeva"], rel=False, junk=[dl]))
    w = d(12, 20, 30, 0, o)
    add(4120488, "politics", "azerbaijan-iran-aras-corridor-bridge", "Azerbaijan, Iran complete road bridge on Aras corridor", w, None,
        "<p>BAKU, Azerbaijan, April 12. ABSHERON PRESS</p><p>The 450-metre bridge links Aghband with the Iranian town of Kalaleh</p><ul><li>Rail bridge due next year</li><li>Corridor bypasses Armenia's Syunik region</li></ul>",
        lambda k: it(k, "Azerbaijan, Iran complete road bridge on Aras corridor", w, [], junk=["ABSHERON PRESS"]))
    w = d(12, 16, 45, 0, o)
    add(4120470, "sports", "qarabag-neftchi-derby", "Qarabag beat Neftchi to extend lead in Premier League", w, "Tural Guliyev",
        "<p>BAKU, Azerbaijan, April 12. ABSHERON PRESS</p><p>Qarabag won 2-0 at the Tofiq Bahramov stadium.</p>",
        lambda k: it(k, "Qarabag beat Neftchi to extend lead in Premier League", w, ["Tural Guliyev"], rel=False))
    channel = ("<title>Absheron Press - Latest news</title><link>https://en.absheronpress.az/</link><description>Absheron Press International News Agency</description><language>en</language>"
               "<copyright>© Absheron Press News Agency LLC</copyright>")
    return feed("en_az_absheronpress_latest.rss.xml", rss(channel, rows, ns=NS_DC, sep=""), items, lang="en", outlet="Absheron Press", aliases=["Absheron Press International News Agency"],
                structure="Trend-style (Baku) international news agency English RSS from a custom CMS: single line, channel 'Brand - Latest news', CDATA titles and descriptions, numeric non-permalink guids, <category> before pubDate, dc:creator holding a person, the agency's own name or nothing, every description opening with an upper-case 'BAKU, Azerbaijan, April D. BRAND' dateline paragraph, a 'Follow the author on X: @handle' closing line, standfirst without final stop, <ul> bullets and a missing space after a full stop, a daily currency table, LLC copyright, +0400 dates")


# ---------------------------------------------------------------- Khmer Times-style Atom (Cambodia, +07:00)
def mekongtimes():
    entries, items = [], []
    o = 7

    def add(nid, slug, title, when, upd, authors, html, exp):
        url = f"https://www.mekongtimes.com.kh/{nid}/{slug}/"
        eid = f"tag:mekongtimes.com.kh,{when:%Y-%m-%d}:/{nid}"
        au = "".join(f"<author><name>{esc(a)}</name></author>" for a in authors)
        entries.append(f"<entry><id>{eid}</id><title>{esc(title)}</title><link rel=\"alternate\" href=\"{url}\"/>{au}"
                       f"<published>{when.isoformat()}</published><updated>{upd.isoformat()}</updated><summary type=\"html\">{esc(html)}</summary></entry>")
        items.append(exp(eid))

    w = d(13, 16, 20, 0, o)
    add(501774, "cambodia-thailand-agree-to-reopen-three-border-checkpoints", "Cambodia, Thailand agree to reopen three border checkpoints", w, d(13, 18, 2, 0, o), ["Ven Rathana and Sok Pisey"],
        "<p>Joint Boundary Commission meeting in Siem Reap ends with a timetable for reopening the crossings at Poipet, O’Smach and Cham Yeam</p><ul><li>Trade through Poipet fell 60 percent last year</li><li>Next meeting in Bangkok in June</li></ul>",
        lambda k: it(k, "Cambodia, Thailand agree to reopen three border checkpoints", w, ["Ven Rathana", "Sok Pisey"], note="Two persons in one <author> name joined by 'and'."))
    w = d(13, 14, 0, 0, o)
    add(501760, "chinese-funded-expressway-to-vietnam-border-breaks-ground", "Chinese-funded expressway to Vietnam border breaks ground", w, d(13, 14, 0, 0, o), ["Xinhua"],
        "<p>The 135-kilometre Phnom Penh-Bavet expressway will be built by a Chinese consortium under a 50-year concession.</p>",
        lambda k: it(k, "Chinese-funded expressway to Vietnam border breaks ground", w, ["Xinhua"], note="Agency as the only credit. [] is also correct"))
    w = d(13, 10, 45, 0, o)
    add(501748, "khmer-new-year-what-is-open-and-closed-in-phnom-penh", "Khmer New Year: What is open and closed in Phnom Penh", w, d(13, 10, 45, 0, o), ["TMT"],
        "<p>Banks, ministries and most markets close from April 14 to 16. Here is a list of supermarkets, pharmacies and hospitals that stay open.</p>",
        lambda k: it(k, "Khmer New Year: What is open and closed in Phnom Penh", w, [], story=False, rel=False, note="Holiday service listing; 'TMT' is the paper's initials."))
    w = d(13, 8, 30, 0, o)
    add(501731, "garment-exports-rise-14-percent-in-first-quarter", "Garment exports rise 14 percent in first quarter", w, d(13, 9, 10, 0, o), ["Chea Vannak"],
        "<p>Orders from European buyers recovered after the EBA review.Footwear and travel goods grew fastest</p>",
        lambda k: it(k, "Garment exports rise 14 percent in first quarter", w, ["Chea Vannak"], rel=False, note="Domestic business item."))
    w = d(12, 19, 15, 0, o)
    add(501715, "phnom-penh-city-hall-bans-trucks-on-monivong-at-rush-hour", "Phnom Penh City Hall bans trucks on Monivong at rush hour", w, d(12, 19, 15, 0, o), ["Meng Seavmey"],
        "<p>The ban applies from 6am to 9am and from 4pm to 7pm.</p>",
        lambda k: it(k, "Phnom Penh City Hall bans trucks on Monivong at rush hour", w, ["Meng Seavmey"], rel=False))
    w = d(12, 15, 0, 0, o)
    add(501702, "asean-foreign-ministers-to-meet-in-phnom-penh-on-myanmar-crisis", "ASEAN foreign ministers to meet in Phnom Penh on Myanmar crisis", w, d(12, 17, 30, 0, o), ["Ven Rathana", "Mekong Times"],
        "<p>The special meeting on April 28 will review the Five-Point Consensus</p><p>“We cannot keep repeating the same statement,” said Kong Sophal, a spokesman for the foreign ministry.</p>",
        lambda k: it(k, "ASEAN foreign ministers to meet in Phnom Penh on Myanmar crisis", w, ["Ven Rathana"], quotes=[q("Kong Sophal", "foreign ministry")], note="A person and the brand as two <author> elements."))
    head = ("<title>World | Mekong Times</title><subtitle>Cambodia's English daily</subtitle><link rel=\"alternate\" href=\"https://www.mekongtimes.com.kh/category/world/\"/>"
            "<link rel=\"self\" href=\"https://www.mekongtimes.com.kh/category/world/atom/\"/><id>tag:mekongtimes.com.kh,2027:/category/world</id>"
            f"<updated>{d(13, 18, 2, 0, o).isoformat()}</updated><rights>Copyright © Mekong Times Media Co., Ltd.</rights>")
    text = atom(head, entries, sep="")
    return feed("en_kh_mekongtimes_world.atom.xml", text, items, lang="en", outlet="Mekong Times", aliases=["The Mekong Times"], shape="atom", ctype="application/atom+xml; charset=utf-8",
                structure="Khmer Times-style (Phnom Penh English daily) Atom section feed from a custom CMS: single line after the declaration, title 'Section | Brand' with a subtitle, entry <id> FIRST as 'tag:domain,YYYY-MM-DD:/<id>', one <author> per credit (two persons joined by 'and' in one name, the agency Xinhua, the paper's initials 'TMT', a person plus the brand), html summaries with a standfirst without final stop, <ul> bullets and a missing space after a full stop, curly apostrophe in a place name, a Khmer New Year opening-hours listing, Co., Ltd. rights, published and later updated at +07:00")


# ---------------------------------------------------------------- ExpressionEngine RSS template (Ethiopia, +03:00)
def addisledger():
    rows, items = [], []
    o = 3

    def add(url_title, title, when, creator, subject, desc, exp):
        url = f"https://www.addisledger.com.et/news/{url_title}"
        utc = when.astimezone(dt(2027, 1, 1).tzinfo)
        guid = f"{url}#When:{utc:%H:%M:%S}Z"
        cr = f"\n      <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <guid>{guid}</guid>\n      <description>{cd(desc)}</description>\n"
                    f"      <dc:subject>{esc(subject)}</dc:subject>{cr}\n      <dc:date>{when.isoformat()}</dc:date>\n    </item>")
        items.append(exp(guid))

    w = d(13, 15, 30, 0, o)
    add("ethiopia-kenya-sign-power-export-extension", "Ethiopia, Kenya sign deal to extend power exports to 2040", w, "Kalkidan Yibeltal", "Politics",
        "<p>Ethiopian Electric Power will sell up to 400 megawatts a year to Kenya under the extension signed in Nairobi</p><p>“The line has paid for itself in three years,” said Dawit Alemu, the utility’s head of exports.</p>",
        lambda k: it(k, "Ethiopia, Kenya sign deal to extend power exports to 2040", w, ["Kalkidan Yibeltal"], quotes=[q("Dawit Alemu")]))
    w = d(13, 12, 10, 0, o)
    add("egypt-sudan-reject-gerd-fifth-filling-statement", "Egypt, Sudan reject Ethiopia’s statement on dam filling", w, "Addis Ledger Staff", "Politics",
        "<p>Cairo and Khartoum said in a joint statement that the fifth filling of the Grand Ethiopian Renaissance Dam breached the 2015 declaration of principles.The foreign ministry in Addis Ababa rejected the claim</p>",
        lambda k: it(k, "Egypt, Sudan reject Ethiopia’s statement on dam filling", w, [], note="'Addis Ledger Staff' is a staff credit."))
    w = d(13, 9, 45, 0, o)
    add("addis-light-rail-resumes-full-service", "Addis light rail resumes full service after power upgrade", w, "Hiwot Tadesse", "City",
        "<p>Both lines now run every eight minutes at peak hours.</p>",
        lambda k: it(k, "Addis light rail resumes full service after power upgrade", w, ["Hiwot Tadesse"], rel=False))
    w = d(12, 20, 0, 0, o)
    add("somalia-troop-contribution-au-mission", "Somalia asks Addis to keep troops in AU mission beyond June", w, "Kalkidan Yibeltal", "Politics",
        "<p>Mogadishu’s request comes weeks before the mandate review at the African Union Peace and Security Council</p><ul><li>Ethiopia has about 2,500 soldiers in the mission</li><li>Funding gap estimated at $90 million</li></ul>",
        lambda k: it(k, "Somalia asks Addis to keep troops in AU mission beyond June", w, ["Kalkidan Yibeltal"]))
    w = d(12, 17, 30, 0, o)
    add("parliament-approves-supplementary-budget", "Parliament approves 180-billion-birr supplementary budget", w, "Yonas Abebe", "Politics",
        "<p>Most of the money goes to fertiliser subsidies and debt service.</p>",
        lambda k: it(k, "Parliament approves 180-billion-birr supplementary budget", w, ["Yonas Abebe"], rel=False, note="Ethiopian domestic budget."))
    w = d(12, 11, 0, 0, o)
    add("vacancy-senior-reporter", "Vacancy: Senior Reporter (Business Desk)", w, None, "Announcements",
        "<p>The Addis Ledger is looking for an experienced business reporter. Send your CV by April 30.</p>",
        lambda k: it(k, "Vacancy: Senior Reporter (Business Desk)", w, [], story=False, rel=False, note="Job advert."))
    channel = ("    <title>The Addis Ledger - News</title>\n    <link>https://www.addisledger.com.et/news</link>\n    <description>Independent English weekly, Addis Ababa</description>\n"
               "    <dc:language>en</dc:language>\n    <dc:creator>editor@addisledger.com.et</dc:creator>\n    <dc:rights>Copyright 2027 Ledger Publishing PLC</dc:rights>\n"
               f"    <dc:date>{d(13, 15, 31, 0, o).isoformat()}</dc:date>\n    <admin:generatorAgent rdf:resource=\"https://expressionengine.com/\" />")
    ns = (NS_DC + '\n    xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n    xmlns:admin="http://webns.net/mvcb/"\n    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n'
          '    xmlns:content="http://purl.org/rss/1.0/modules/content/"')
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"\n   ' + ns + ">\n\n    <channel>\n" + channel + "\n\n" + "\n\n".join(rows) + "\n\n    </channel>\n</rss>\n")
    return feed("en_et_addisledger_news_ee.rss.xml", text, items, lang="en", outlet="The Addis Ledger", aliases=["Addis Ledger"],
                structure="ExpressionEngine's classic RSS 2.0 template (Addis Standard / Reporter-style Addis Ababa English paper): namespaces one per line (dc, sy, admin, rdf, content), channel dc:language, dc:creator e-mail, dc:rights and admin:generatorAgent, blank lines between items, NO pubDate (dates only in item dc:date, W3C with +03:00), guids '<permalink>#When:HH:MM:SSZ' (the UTC time appended), dc:subject, dc:creator AFTER dc:subject holding a person, 'Addis Ledger Staff' or nothing, CDATA <p> descriptions with a standfirst without final stop, <ul> bullets and a missing space after a full stop, a job advert, PLC rights")


# ---------------------------------------------------------------- Sudan Tribune-style SPIP backend (Sudan, published from Paris)
def bluenilecourier():
    rows, items = [], []

    def add(art, title, when, creator, subject, intro, exp):
        url = f"https://bluenilecourier.com/spip.php?article{art}"
        cr = f"\n\t\t<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"\t<item xml:lang=\"en\">\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<guid isPermaLink=\"true\">{url}</guid>\n\t\t<dc:date>{utcz(when)}</dc:date>\n"
                    f"\t\t<dc:format>text/html</dc:format>\n\t\t<dc:language>en</dc:language>{cr}\n\n\t\t<description>{esc(intro)}</description>\n\n\t\t<dc:subject>{esc(subject)}</dc:subject>\n\t</item>")
        items.append(exp(url))

    w = d(13, 14, 25, 0, 2)
    add(61844, "Sudan’s warring parties accept Jeddah invitation for new round of talks", w, "Blue Nile Courier", "Peace talks",
        "April 13, 2027 (PORT SUDAN) – The Sudanese army and the Rapid Support Forces have both accepted a Saudi-US invitation to resume talks in Jeddah on humanitarian access, officials said on Tuesday. (…)",
        lambda k: it(k, "Sudan’s warring parties accept Jeddah invitation for new round of talks", w, [], junk=["(PORT SUDAN)", "(…)"], note="SPIP introduction ending in '(…)'; the brand as dc:creator."))
    w = d(13, 11, 0, 0, 2)
    add(61839, "Chad closes Adré crossing as refugee camps overflow", w, "Mahmoud Idris", "Refugees",
        "April 13, 2027 (N’DJAMENA) – Chadian authorities closed the Adré border crossing to new arrivals on Monday, saying camps in Ouaddaï province held three times their capacity.The UNHCR urged Chad to reverse the decision (…)",
        lambda k: it(k, "Chad closes Adré crossing as refugee camps overflow", w, ["Mahmoud Idris"], junk=["(N’DJAMENA)", "(…)"]))
    w = d(13, 8, 40, 0, 2)
    add(61833, "Red Sea state governor sacks Port Sudan water director", w, "Blue Nile Courier", "Politics",
        "April 13, 2027 (PORT SUDAN) – The governor of the Red Sea state dismissed the director of the water authority after a week of shortages in the city. (…)",
        lambda k: it(k, "Red Sea state governor sacks Port Sudan water director", w, [], rel=False, junk=["(…)"], note="Sudanese state politics."))
    w = d(12, 19, 30, 0, 2)
    add(61827, "UN Security Council to vote on El Fasher arms embargo extension", w, "Amira Osman, Adam Yahya", "UN",
        "April 12, 2027 (NEW YORK) – The Security Council will vote on Thursday on a British draft extending the Darfur arms embargo by a year and adding two RSF commanders to the sanctions list. “Darfur cannot wait for another report,” said Helen Achieng, a council diplomat. (…)",
        lambda k: it(k, "UN Security Council to vote on El Fasher arms embargo extension", w, ["Amira Osman", "Adam Yahya"], junk=["(NEW YORK)", "(…)"], quotes=[q("Helen Achieng")], note="SPIP joins several authors with a comma in one dc:creator."))
    w = d(12, 16, 10, 0, 2)
    add(61822, "Al-Merreikh beat Al-Hilal in Sudan Premier League derby in Benghazi", w, "Sports Desk", "Sports",
        "April 12, 2027 (BENGHAZI) – Al-Merreikh won the derby 1-0 in a match played in Libya because of the war. (…)",
        lambda k: it(k, "Al-Merreikh beat Al-Hilal in Sudan Premier League derby in Benghazi", w, [], rel=False, junk=["(…)"]))
    w = d(12, 9, 0, 0, 2)
    add(61815, "Press review: Khartoum papers of 12 April", w, None, "Press review",
        "Summary of the front pages of the Sudanese dailies published in Port Sudan and online. (…)",
        lambda k: it(k, "Press review: Khartoum papers of 12 April", w, [], story=False, rel=False, note="Daily press review."))
    channel = ("\t<title>Blue Nile Courier</title>\n\t<link>https://bluenilecourier.com/</link>\n\t<description>Plural news and views on Sudan</description>\n\t<language>en</language>\n"
               "\t<generator>SPIP - www.spip.net</generator>\n\t<atom:link href=\"https://bluenilecourier.com/spip.php?page=backend\" rel=\"self\" type=\"application/rss+xml\" />\n"
               "\t<image>\n\t\t<title>Blue Nile Courier</title>\n\t\t<url>https://bluenilecourier.com/local/cache-vignettes/L144xH60/siteon0.png</url>\n\t\t<link>https://bluenilecourier.com/</link>\n\t</image>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" \n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n>\n\n'
            '<channel xml:lang="en">\n' + channel + "\n\n" + "\n".join(rows) + "\n\n</channel>\n\n</rss>\n")
    return feed("en_sd_bluenilecourier_spip.rss.xml", text, items, lang="en", outlet="Blue Nile Courier", aliases=["The Blue Nile Courier"],
                structure="Sudan Tribune-style (Sudanese news site published from Paris) SPIP backend RSS (spip.php?page=backend): namespaces on their own lines and '>' alone, <channel xml:lang>, SPIP generator and the cache-vignettes logo, <item xml:lang>, tab indentation with blank lines, NO pubDate (dc:date in UTC with a Z only), dc:format and dc:language, dc:creator holding the brand, a person, 'A, B' or 'Sports Desk', 'spip.php?article<n>' permalink guids, introductions opening with the 'Month D, YYYY (CITY) –' dateline and ending in SPIP's '(…)', a missing space after a full stop, a daily press review; no copyright element")


# ---------------------------------------------------------------- Prensa Latina-style Havana agency on Movable Type (Cuba, -0400)
def antillana():
    rows, items = [], []
    o = -4

    def add(path, title, when, cat, body, exp):
        url = f"https://en.antillana.cu/{path}.html"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<description>{esc(body)}</description>\n<link>{url}</link>\n<guid>{url}</guid>\n"
                    f"<category domain=\"http://www.sixapart.com/ns/types#category\">{esc(cat)}</category>\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(url))

    w = d(13, 17, 55, 0, o)
    dl = "Havana, Apr 13 (Antillana)"
    add("2027/04/cuba-mexico-sign-oil-supply-agreement", "Cuba and Mexico sign oil supply agreement", w, "Cuba",
        f"<p>{dl} Cuba and Mexico signed on Tuesday an agreement for the supply of crude oil and fuel during 2027, in exchange for medical services, the Ministry of Foreign Affairs reported.</p>\n<p>“This is an example of solidarity between our peoples,” said Deputy Minister Ernesto Valdés Ríos at the signing ceremony.</p>",
        lambda k: it(k, "Cuba and Mexico sign oil supply agreement", w, [], junk=[dl], quotes=[q("Ernesto Valdés Ríos", "Deputy Minister")]))
    w = d(13, 15, 20, 0, o)
    add("2027/04/un-general-assembly-blockade-vote-set-for-october", "UN General Assembly vote on US blockade set for October", w, "World",
        "<p>United Nations, Apr 13 (Antillana) The UN General Assembly will vote on the Cuban resolution against the US economic, commercial and financial blockade on October 28, diplomatic sources confirmed.</p>",
        lambda k: it(k, "UN General Assembly vote on US blockade set for October", w, [], junk=["United Nations, Apr 13 (Antillana)"]))
    w = d(13, 12, 5, 0, o)
    add("2027/04/havana-adds-electric-tricycles-on-three-routes", "Havana adds electric tricycles on three routes", w, "Cuba",
        f"<p>{dl} Sixty new electric tricycles will serve the routes between Central Havana, Playa and Boyeros from Monday.</p>",
        lambda k: it(k, "Havana adds electric tricycles on three routes", w, [], rel=False, junk=[dl]))
    w = d(13, 9, 30, 0, o)
    add("2027/04/guyana-venezuela-icj-hearing", "Guyana and Venezuela present arguments at ICJ on Essequibo", w, "Latin America",
        "<p>The Hague, Apr 13 (Antillana) Oral hearings on the border dispute between Guyana and Venezuela opened on Monday at the International Court of Justice</p>\n<p>Caracas insists on the 1966 Geneva Agreement.The court is expected to rule next year.</p>\n<p>By Lázaro Peña Garcés</p>",
        lambda k: it(k, "Guyana and Venezuela present arguments at ICJ on Essequibo", w, ["Lázaro Peña Garcés"], junk=["The Hague, Apr 13 (Antillana)", "By Lázaro Peña Garcés"], note="Byline 'By Name' as the last paragraph; no author element."))
    w = d(12, 22, 15, 0, o)
    add("2027/04/industriales-win-national-baseball-series-opener", "Industriales win National Baseball Series opener", w, "Sports",
        "<p>Havana, Apr 12 (Antillana) Industriales beat Santiago de Cuba 5-3 at the Latin American Stadium.</p>",
        lambda k: it(k, "Industriales win National Baseball Series opener", w, [], rel=False))
    w = d(12, 10, 0, 0, o)
    add("2027/04/cultural-agenda-havana-this-week", "Cultural agenda: Havana this week", w, "Culture",
        "<p>Concerts at the Amadeo Roldán theatre, the Havana Biennial preview and ballet at the Gran Teatro.</p>",
        lambda k: it(k, "Cultural agenda: Havana this week", w, [], story=False, rel=False, note="Weekly events listing."))
    channel = ("<title>Antillana News Agency</title>\n<link>https://en.antillana.cu/</link>\n<description>Cuban news agency - English service</description>\n<language>en</language>\n"
               "<copyright>Copyright 2027 Agencia Antillana de Noticias</copyright>\n"
               f"<lastBuildDate>{rfc822(d(13, 17, 56, 0, o))}</lastBuildDate>\n<generator>https://www.movabletype.org/?v=7.9.3</generator>\n<docs>http://www.rssboard.org/rss-specification</docs>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n\n" + "\n\n".join(rows) + "\n\n</channel>\n</rss>\n")
    return feed("en_cu_antillana_english_mt.rss.xml", text, items, lang="en", outlet="Antillana News Agency", aliases=["Antillana", "Agencia Antillana de Noticias"],
                structure="Prensa Latina-style Cuban state news agency English service on Movable Type (default RSS 2.0 index template): MT generator with version and <docs>, no indentation and blank lines between items, description BEFORE link, permalink = bare guid, <category domain=\"http://www.sixapart.com/ns/types#category\">, no author element, escaped <p> bodies opening with the 'City, Mon D (Brand)' dateline without a dash, 'By Name' as the last paragraph, a standfirst without final stop and a missing space after a full stop, a cultural agenda, -0400 (Cuban daylight time) dates")


# ---------------------------------------------------------------- Civil.ge-style Tbilisi news site ('GET' zone abbreviation)
def tbilisiobserver():
    rows, items = [], []
    o = 4

    def add(nid, slug, title, when, creator, html, exp):
        url = f"https://tbilisiobserver.ge/en/news/{nid}-{slug}"
        cr = f"\n\t\t\t<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<pubDate>{zone_abbr(when, 'GET')}</pubDate>{cr}\n\t\t\t<guid isPermaLink=\"false\">tbo-{nid}</guid>\n"
                    f"\t\t\t<description>{esc(html)}</description>\n\t\t</item>")
        items.append(exp(f"tbo-{nid}"))

    w = d(13, 19, 5, 0, o)
    add(88412, "eu-commission-report-on-georgia-candidate-status", "EU Commission report keeps Georgia’s accession talks frozen", w, "Nino Gelashvili",
        "<figure><img src=\"https://tbilisiobserver.ge/storage/88412.jpg\" alt=\"\"><figcaption>EU flags outside the parliament building on Rustaveli Avenue. Photo: Tbilisi Observer</figcaption></figure><p>The annual report says none of the nine steps set in 2023 has been met</p><p>“The door is open, but the path has been abandoned,” said Marta Kowalczyk, an EU official in Brussels.</p>",
        lambda k: it(k, "EU Commission report keeps Georgia’s accession talks frozen", w, ["Nino Gelashvili"], junk=["Photo: Tbilisi Observer", "<figcaption>"], quotes=[q("Marta Kowalczyk")], note="Photo caption in a <figcaption> before the text."))
    w = d(13, 16, 30, 0, o)
    add(88405, "armenia-georgia-railway-upgrade-sadakhlo", "Armenia, Georgia agree to upgrade Sadakhlo rail crossing", w, "Tbilisi Observer",
        "<p>The two governments will share the cost of a new freight terminal at the border.Works start in June</p>",
        lambda k: it(k, "Armenia, Georgia agree to upgrade Sadakhlo rail crossing", w, [], note="The brand as dc:creator."))
    w = d(13, 13, 15, 0, o)
    add(88399, "tbilisi-city-hall-cable-car-narikala", "Tbilisi City Hall to rebuild Narikala cable car", w, "Levan Beridze, Tbilisi",
        "<p>The cable car will close for eight months from May.</p>",
        lambda k: it(k, "Tbilisi City Hall to rebuild Narikala cable car", w, ["Levan Beridze"], rel=False, note="'Name, City' credit."))
    w = d(13, 10, 0, 0, o)
    add(88391, "russia-occupied-tskhinvali-borderisation-ditch", "Russian troops dig new ditch near occupation line in Shida Kartli", w, "Nino Gelashvili and Giorgi Tsiklauri",
        "<p>Residents of Khurvaleti say the new trench cuts them off from their orchards</p><ul><li>The EU monitoring mission has confirmed the works</li><li>Tbilisi calls it “creeping annexation”</li></ul>",
        lambda k: it(k, "Russian troops dig new ditch near occupation line in Shida Kartli", w, ["Nino Gelashvili", "Giorgi Tsiklauri"]))
    w = d(12, 20, 40, 0, o)
    add(88380, "parliament-passes-amendments-to-election-code", "Parliament passes amendments to election code in third reading", w, "Ana Tsertsvadze",
        "<p>The opposition boycotted the vote.</p>",
        lambda k: it(k, "Parliament passes amendments to election code in third reading", w, ["Ana Tsertsvadze"], rel=False, note="Georgian domestic politics."))
    w = d(12, 18, 0, 0, o)
    add(88374, "corrections-and-clarifications", "Corrections and clarifications", w, None,
        "<p>An earlier version of our April 10 article misstated the date of the municipal by-election in Rustavi.</p>",
        lambda k: it(k, "Corrections and clarifications", w, [], story=False, rel=False, note="Corrections notice, not a story."))
    channel = ("\t\t<title>Tbilisi Observer</title>\n\t\t<link>https://tbilisiobserver.ge/en</link>\n\t\t<description>Daily news from Georgia</description>\n\t\t<language>en-US</language>\n"
               "\t\t<copyright>© Tbilisi Observer LLC</copyright>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + NS_DC + ">\n\t<channel>\n" + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_ge_tbilisiobserver_news.rss.xml", text, items, lang="en", outlet="Tbilisi Observer", aliases=["The Tbilisi Observer"],
                structure="Civil.ge-style Tbilisi English news site RSS from a custom Laravel-era CMS: tab indentation, channel titled with the bare brand, pubDate on the local clock with the non-standard zone abbreviation 'GET' (Georgia Standard Time, +0400) instead of an offset, dc:creator holding a person, 'A and B', 'Name, City', the brand or nothing, 'tbo-<id>' non-permalink guids AFTER pubDate, escaped descriptions opening with a <figure> whose <figcaption> ends 'Photo: Brand', standfirst without final stop, <ul> bullets and a missing space after a full stop, a corrections notice, LLC copyright")


# ---------------------------------------------------------------- Irrawaddy-style Myanmar news site (+0630)
def salweenpost():
    rows, items = [], []
    o = 6.5

    def add(slug, sec, title, when, creator, html, exp):
        url = f"https://www.salweenpost.com/{sec}/{slug}.html"
        cr = f"<dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link>{cr}<pubDate>{rfc822(when)}</pubDate><category>{cd(sec.title())}</category>"
                    f"<guid isPermaLink=\"true\">{url}</guid><description>{cd(html)}</description></item>")
        items.append(exp(url))

    w = d(13, 18, 15, 0, o)
    add("china-brokered-ceasefire-northern-shan-extended", "news", "China-Brokered Ceasefire in Northern Shan Extended for Three Months", w, "Salween Post",
        "<p>Talks in Kunming ended with an agreement to keep the truce between the regime and the ethnic armed group until July</p><p>Trade through the Muse border gate is to resume next week.</p><p><a href=\"https://www.salweenpost.com/news/china-brokered-ceasefire-northern-shan-extended.html\">Read more »</a></p>",
        lambda k: it(k, "China-Brokered Ceasefire in Northern Shan Extended for Three Months", w, [], junk=["Read more »"]))
    w = d(13, 15, 0, 0, o)
    add("thai-authorities-return-refugees-mae-sot", "news", "Thai Authorities Send Back 300 Refugees at Mae Sot", w, "Saw Kyaw Htoo",
        "<p>Aid groups said the refugees, mostly women and children, had fled airstrikes in Myawaddy Township.“They were sent back into a war zone,” said Naw Eh Paw, a volunteer with a border relief group.</p><p><a href=\"https://www.salweenpost.com/news/thai-authorities-return-refugees-mae-sot.html\">Read more »</a></p>",
        lambda k: it(k, "Thai Authorities Send Back 300 Refugees at Mae Sot", w, ["Saw Kyaw Htoo"], junk=["Read more »"], quotes=[q("Naw Eh Paw")]))
    w = d(13, 11, 45, 0, o)
    add("asean-envoy-naypyitaw-visit", "news", "ASEAN Envoy Wraps Up Naypyitaw Visit Without Meeting Detained Leaders", w, "Reuters",
        "<p>The special envoy met the junta’s foreign minister but was refused access to political prisoners</p><ul><li>Third visit in a year</li><li>Opposition government calls the trip “pointless”</li></ul>",
        lambda k: it(k, "ASEAN Envoy Wraps Up Naypyitaw Visit Without Meeting Detained Leaders", w, ["Reuters"], note="Agency as the only credit. [] is also correct"))
    w = d(13, 8, 20, 0, o)
    add("yangon-power-cuts-eight-hours", "business", "Yangon Power Cuts Stretch to Eight Hours a Day", w, "Thin Thin Aye",
        "<p>Factories in Hlaing Tharyar said they were running generators for most of the day.Diesel prices have doubled since January</p>",
        lambda k: it(k, "Yangon Power Cuts Stretch to Eight Hours a Day", w, ["Thin Thin Aye"], rel=False))
    w = d(12, 20, 30, 0, o)
    add("in-pictures-thingyan-muted-in-mandalay", "photos", "In Pictures: A Muted Thingyan in Mandalay", w, "Salween Post",
        "<p><img src=\"https://www.salweenpost.com/photos/2027/04/thingyan-1.jpg\" width=\"800\"></p><p>Residents splash water near the moat of the Mandalay Palace on the first day of the festival. (Photo: Salween Post)</p>",
        lambda k: it(k, "In Pictures: A Muted Thingyan in Mandalay", w, [], story=False, rel=False, note="Photo essay. Title label 'In Pictures:' may be kept or dropped"))
    w = d(12, 16, 10, 0, o)
    add("regime-conscription-students-sagaing", "news", "Regime Conscripts University Students in Sagaing Region", w, "Salween Post Reporter",
        "<p>At least 80 students from Monywa University were called up in the fourth batch of conscription, relatives said.</p>",
        lambda k: it(k, "Regime Conscripts University Students in Sagaing Region", w, [], rel=False, note="Myanmar domestic politics. 'Salween Post Reporter' is a desk credit."))
    channel = ("<title>The Salween Post</title><link>https://www.salweenpost.com</link><description>News and analysis on Myanmar and Southeast Asia</description><language>en</language>"
               "<copyright>Copyright © 2027 Salween Post Media Foundation</copyright>")
    return feed("en_mm_salweenpost_news.rss.xml", rss(channel, rows, ns=NS_DC, sep=""), items, lang="en", outlet="The Salween Post", aliases=["Salween Post"],
                structure="The Irrawaddy-style Myanmar news site RSS from a custom CMS: single line, channel titled with the bare brand, Title Case headlines, CDATA dc:creator BEFORE pubDate holding a person, the brand, 'Salween Post Reporter' or Reuters, CDATA categories, permalink guids, CDATA <p> descriptions with a standfirst without final stop, <ul> bullets, a missing space before a curly quote, a trailing 'Read more »' link paragraph, an 'In Pictures:' photo essay with a '(Photo: Brand)' caption, foundation copyright, +0630 (Myanmar) dates")


# ---------------------------------------------------------------- gatsby-plugin-feed (tech)
def uplinkreview():
    rows, items = [], []

    def add(slug, title, when, creator, desc, body, exp):
        url = f"https://uplinkreview.io/{slug}/"
        cr = f"<dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item><title>{cd(title)}</title><description>{cd(desc)}</description><link>{url}</link><guid isPermaLink=\"false\">{url}</guid>{cr}"
                    f"<pubDate>{rfc822(when, gmt=True)}</pubDate><content:encoded>{cd(body)}</content:encoded></item>")
        items.append(exp(url))

    w = d(13, 16, 0)
    add("eu-fines-us-cloud-provider-under-dma", "EU fines US cloud provider €1.1bn under the Digital Markets Act", w, "Rhiannon Keats",
        "Brussels says the company tied its office software to its cloud in breach of the gatekeeper rules",
        "<p>Brussels says the company tied its office software to its cloud in breach of the gatekeeper rules.</p><p>Washington called the fine “discriminatory” and said it would review its options.The company will appeal.</p>",
        lambda k: it(k, "EU fines US cloud provider €1.1bn under the Digital Markets Act", w, ["Rhiannon Keats"]))
    w = d(13, 12, 30)
    add("us-widens-chip-export-rules-to-malaysia-and-thailand", "US widens chip export rules to cover data centres in Malaysia and Thailand", w, "Owen Mbeki & Lena Fischbach",
        "New licence requirements aim to stop advanced GPUs reaching China through third countries",
        "<p>New licence requirements aim to stop advanced GPUs reaching China through third countries.</p><ul><li>Takes effect in 60 days</li><li>Beijing promises “countermeasures”</li></ul>",
        lambda k: it(k, "US widens chip export rules to cover data centres in Malaysia and Thailand", w, ["Owen Mbeki", "Lena Fischbach"], note="Two persons joined by '&' in one dc:creator."))
    w = d(13, 9, 0)
    add("review-framebook-14-pro", "Review: Framebook 14 Pro is the repairable laptop we wanted", w, "Jonas Whitlock",
        "Great keyboard, mediocre battery",
        "<p>Great keyboard, mediocre battery.</p>",
        lambda k: it(k, "Framebook 14 Pro is the repairable laptop we wanted", w, ["Jonas Whitlock"], rel=False, note="Title label 'Review:' may be kept or dropped"))
    w = d(12, 18, 45)
    add("india-japan-undersea-cable-andaman", "India and Japan agree to build undersea cable via the Andaman Islands", w, "Uplink Staff",
        "The cable will link Chennai and Tokyo with a landing in Port Blair",
        "<p>The cable will link Chennai and Tokyo with a landing in Port Blair.</p>",
        lambda k: it(k, "India and Japan agree to build undersea cable via the Andaman Islands", w, [], note="Staff credit."))
    w = d(12, 14, 15)
    add("pgstore-license-change", "Database maker PGStore moves to a source-available licence", w, "Jonas Whitlock",
        "Cloud providers will need a commercial agreement to offer it as a service",
        "<p>Cloud providers will need a commercial agreement to offer it as a service.Community forks are already under way</p>",
        lambda k: it(k, "Database maker PGStore moves to a source-available licence", w, ["Jonas Whitlock"], rel=False))
    w = d(12, 10, 0)
    add("sponsored-deals-of-the-week", "Deals of the week: noise-cancelling headphones, USB-C docks and more", w, None,
        "Our picks of this week's best tech deals",
        "<p>Our picks of this week's best tech deals. Uplink Review may earn a commission.</p>",
        lambda k: it(k, "Deals of the week: noise-cancelling headphones, USB-C docks and more", w, [], story=False, rel=False, note="Affiliate deals round-up."))
    channel = (f"<title>{cd('Uplink Review')}</title><description>{cd('Technology, policy and the people who build it')}</description><link>https://uplinkreview.io</link>"
               f"<generator>GatsbyJS</generator><lastBuildDate>{rfc822(d(13, 16, 5), gmt=True)}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel>'
            + channel + "".join(rows) + "</channel></rss>")
    return feed("en_tech_uplinkreview_gatsby.rss.xml", text, items, lang="en", outlet="Uplink Review", topic="tech",
                structure="gatsby-plugin-feed RSS (the node 'rss' package behind a Gatsby site) of a tech-news site: declaration and document on one line with no trailing newline, namespaces before version, CDATA channel title and description, GatsbyJS generator, CDATA titles and descriptions, the URL as a non-permalink guid, CDATA dc:creator holding a person, 'A & B', 'Uplink Staff' or nothing, content:encoded repeating the description as <p> plus more blocks, a standfirst without final stop, a missing space after a full stop, a review and an affiliate deals round-up, GMT dates; no copyright element")


# ---------------------------------------------------------------- Plone RSS 1.0 (science institute)
def meridianatmos():
    lis, rows, items = [], [], []

    def add(slug, title, when, creator, desc, exp):
        url = f"https://www.meridian-atmos.org/news/{slug}"
        lis.append(f'      <rdf:li rdf:resource="{url}"/>')
        rows.append(f"<item rdf:about=\"{url}\">\n  <title>{esc(title)}</title>\n  <link>{url}</link>\n  <description>{esc(desc)}</description>\n  <dc:publisher>No publisher</dc:publisher>\n"
                    f"  <dc:creator>{esc(creator)}</dc:creator>\n  <dc:rights></dc:rights>\n  <dc:date>{utcz(when)}</dc:date>\n  <dc:type>News Item</dc:type>\n</item>")
        items.append(exp(url))

    o = 2
    w = d(13, 14, 30, 0, o)
    add("ozone-assessment-2027", "Ozone hole over Antarctica smaller for fifth year running, assessment finds", w, "hweber",
        "The Institute contributed ground-based data to the international assessment presented to the parties of the Montreal Protocol in Nairobi.",
        lambda k: it(k, "Ozone hole over Antarctica smaller for fifth year running, assessment finds", w, [], note="Plone writes the editor's login id ('hweber') as dc:creator: not a name."))
    w = d(13, 9, 0, 0, o)
    add("africa-europe-monitoring-network", "Institute joins EU-African Union network for dust and air-quality monitoring", w, "hweber",
        "Twelve stations in Morocco, Senegal, Niger and Chad will share data with European forecast centres under the new partnership agreement",
        lambda k: it(k, "Institute joins EU-African Union network for dust and air-quality monitoring", w, [], note="Login id as dc:creator."))
    w = d(12, 15, 20, 0, o)
    add("new-doppler-lidar", "New Doppler lidar measures winds up to 12 km", w, "admin",
        "The instrument on the roof of building C will run continuously from May.",
        lambda k: it(k, "New Doppler lidar measures winds up to 12 km", w, [], rel=False, note="'admin' is a login id."))
    w = d(12, 11, 0, 0, o)
    add("saharan-dust-alps-study", "Saharan dust events over the Alps have doubled since 2000, study finds", w, "mkoenig",
        "Writing in the Journal of Atmospheric Chemistry, the team links the rise to a shift in spring circulation over the western Mediterranean.",
        lambda k: it(k, "Saharan dust events over the Alps have doubled since 2000, study finds", w, [], rel=False))
    w = d(11, 10, 0, 0, o)
    add("open-day-2027", "Open Day 2027: registration now open", w, "pr-office",
        "Tours of the laboratories and the weather balloon launch on Saturday, 5 June. Free admission, registration required.",
        lambda k: it(k, "Open Day 2027: registration now open", w, [], story=False, rel=False, note="Event announcement."))
    w = d(9, 16, 0, 0, o)
    add("heat-record-mediterranean-sea-surface", "Mediterranean sea surface hit March record, satellite data show", w, "mkoenig",
        "Temperatures were 1.8 degrees above the 1991-2020 average",
        lambda k: it(k, "Mediterranean sea surface hit March record, satellite data show", w, [], rel=False))
    head = ('<channel rdf:about="https://www.meridian-atmos.org/news">\n  <title>News</title>\n  <link>https://www.meridian-atmos.org/news</link>\n  <description>News from the Meridian Institute for Atmospheric Research</description>\n'
            '  <image rdf:resource="https://www.meridian-atmos.org/logo.png"/>\n  <items>\n    <rdf:Seq>\n' + "\n".join(lis) + "\n    </rdf:Seq>\n  </items>\n</channel>")
    text = ('<?xml version="1.0" encoding="utf-8" ?>\n<rdf:RDF\n  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n  xmlns:dc="http://purl.org/dc/elements/1.1/"\n  xmlns:syn="http://purl.org/rss/1.0/modules/syndication/"\n'
            '  xmlns="http://purl.org/rss/1.0/">\n\n' + head + "\n\n" + "\n\n".join(rows) + "\n\n</rdf:RDF>\n")
    return feed("en_science_meridianatmos_plone.rdf", text, items, lang="en", outlet="Meridian Institute for Atmospheric Research", aliases=["Meridian Institute"], shape="rss1-rdf", topic="science",
                ctype="application/rdf+xml; charset=utf-8",
                structure="Plone's classic RSS 1.0 (RDF) view of an atmospheric-research institute's news folder: rdf:RDF with the default namespace, a channel simply titled 'News', rdf:Seq of items, rdf:about = link, plain descriptions (one without final stop), dc:publisher 'No publisher', dc:creator holding Plone LOGIN IDS ('hweber', 'admin', 'pr-office'), empty dc:rights, dc:date in UTC with a Z, dc:type 'News Item', an open-day announcement; no copyright")


FEEDS = [kohsarnews, absheronpress, mekongtimes, addisledger, bluenilecourier, antillana, tbilisiobserver, salweenpost, uplinkreview, meridianatmos]
