# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the fifteenth held-out set (world desks, tech, science, two broken ones).
All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, atom, esc, it, q, rfc822, rss, zone_abbr
from mk import feed as _feed

AGENCY = "Agency as the only credit. [] is also correct"


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2026, 12, day, h, mi, s, off)


def paras(ps):
    return "".join(f"<p>{p}</p>" for p in ps)


# ---------------------------------------------------------------- Ahram Online-style (ASP.NET)
def nileherald():
    rows, items = [], []
    o = 2

    def add(nid, title, when, desc, exp):
        url = f"https://english.nileherald.org/News/{nid}.aspx"
        rows.append(f"<item>\r\n<title>{esc(title)}</title>\r\n<link>{url}</link>\r\n<description>{esc(desc)}</description>\r\n"
                    f"<pubDate>{rfc822(when.astimezone(dt(2026, 1, 1).tzinfo), gmt=True)}</pubDate>\r\n<guid>{url}</guid>\r\n</item>")
        items.append(exp(url))

    w = d(9, 19, 40, 0, o)
    add(558841, "Egypt, Sudan reject 'unilateral' filling of Ethiopian dam in joint statement", w,
        "The foreign ministers of Egypt and Sudan said in Cairo on Wednesday that any further filling of the Grand Ethiopian Renaissance Dam without a binding agreement would threaten the stability of the whole Nile Basin.",
        lambda k: it(k, "Egypt, Sudan reject 'unilateral' filling of Ethiopian dam in joint statement", w))
    w = d(9, 18, 5, 0, o)
    add(558830, "UPDATE 2: Cairo hosts new round of Gaza truce talks with Qatari, US mediators", w,
        "Egyptian intelligence officials received delegations from Hamas and the mediating countries on Wednesday evening, a source told Nile Herald, as talks on the second phase of the ceasefire resumed after a two-week pause.",
        lambda k: it(k, "Cairo hosts new round of Gaza truce talks with Qatari, US mediators", w, note="Title label 'UPDATE 2:' may be kept or dropped"))
    w = d(9, 16, 22, 0, o)
    add(558812, "EGX30 ends session 1.2 percent higher on banking gains", w,
        "The Egyptian Exchange's main index closed at 41,380 points, led by Commercial International Bank and Fawry.",
        lambda k: it(k, "EGX30 ends session 1.2 percent higher on banking gains", w, rel=False))
    w = d(9, 14, 0, 0, o)
    add(558790, "In Photos: Grand Egyptian Museum welcomes its millionth visitor", w,
        "A family from Alexandria was greeted with flowers and a replica of Tutankhamun's mask at the museum's entrance on Wednesday.",
        lambda k: it(k, "In Photos: Grand Egyptian Museum welcomes its millionth visitor", w, story=False, rel=False, note="Photo gallery. Title label 'In Photos:' may be kept or dropped"))
    w = d(9, 12, 31, 0, o)
    add(558771, "Libya's rival governments agree on joint budget committee, UN mission says", w,
        "The UN Support Mission in Libya said the committee would meet in Sirte before the end of the month to unify spending for 2027.",
        lambda k: it(k, "Libya's rival governments agree on joint budget committee, UN mission says", w))
    w = d(9, 10, 15, 0, o)
    add(558750, "Ahly held by Pyramids but stay top of Egyptian Premier League", w,
        "A late equaliser from the visitors ended Ahly's run of seven straight league wins.",
        lambda k: it(k, "Ahly held by Pyramids but stay top of Egyptian Premier League", w, rel=False))
    channel = ("<title>Nile Herald - World</title>\r\n<link>https://english.nileherald.org/</link>\r\n"
               "<description>Nile Herald, the English-language news website of the Nile Herald Establishment</description>\r\n"
               "<language>en-us</language>\r\n<copyright>Nile Herald 2026</copyright>\r\n"
               "<image>\r\n<url>https://english.nileherald.org/Media/logo.png</url>\r\n<title>Nile Herald</title>\r\n<link>https://english.nileherald.org/</link>\r\n</image>")
    return feed("en_eg_nileherald_world.rss.xml", rss(channel, rows, sep="\r\n"), items, lang="en", outlet="Nile Herald",
                structure="Ahram Online-style ASP.NET section RSS (/News/<id>.aspx links): CRLF line ends, channel 'Outlet - Section', no author element, plain one-paragraph abstracts, bare guids equal to the link, 'UPDATE 2:' wire-update and 'In Photos:' gallery labels, GMT dates for a +0200 newsroom, an <image> block")


# ---------------------------------------------------------------- Kathmandu Post-style
def bagmatipost():
    rows, items = [], []
    o = 5.75

    def add(path, title, when, author, desc, exp):
        url = f"https://bagmatipost.com/{path}"
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"true\">{url}</guid>\n"
                    f"      <author>{esc(author)}</author>\n      <description>{esc(desc)}</description>\n      <pubDate>{rfc822(when)}</pubDate>\n    </item>")
        items.append(exp(url))

    w = d(9, 21, 10, 0, o)
    add("national/2026/12/09/nepal-india-agree-to-fast-track-pancheshwar-report", "Nepal, India agree to fast-track Pancheshwar project report", w, "Sushma Adhikari",
        "The joint team of experts will finalise the detailed project report by March, officials said after the two-day meeting of the water resources secretaries in New Delhi.",
        lambda k: it(k, "Nepal, India agree to fast-track Pancheshwar project report", w, ["Sushma Adhikari"]))
    w = d(9, 19, 45, 0, o)
    add("national/2026/12/09/china-to-fund-feasibility-study-for-kerung-kathmandu-railway", "China to fund feasibility study for Kerung-Kathmandu railway", w, "Post Report",
        "The agreement signed in Beijing covers the 72-kilometre stretch to the Nepali capital, but leaves open how construction would be financed.",
        lambda k: it(k, "China to fund feasibility study for Kerung-Kathmandu railway", w, [], note="Desk credit 'Post Report' is not a person."))
    w = d(9, 17, 30, 0, o)
    add("valley/2026/12/09/metropolis-bans-plastic-bags-again", "Metropolis bans plastic bags again, this time with fines", w, "Bibek Shrestha",
        "Shops found selling bags thinner than 40 microns will be fined Rs5,000 from mid-January.",
        lambda k: it(k, "Metropolis bans plastic bags again, this time with fines", w, ["Bibek Shrestha"], rel=False))
    w = d(9, 15, 5, 0, o)
    add("national/2026/12/09/nepali-recruits-stranded-in-russia-appeal-for-repatriation", "Nepali recruits stranded in Russia appeal for repatriation", w, "Prakriti Thapa Magar",
        "Families of 14 men who say they were tricked into joining the Russian army met the foreign minister on Wednesday. “We only want them home alive,” said Januka Rai, whose son last called from Donetsk in October.",
        lambda k: it(k, "Nepali recruits stranded in Russia appeal for repatriation", w, ["Prakriti Thapa Magar"], quotes=[q("Januka Rai")]))
    w = d(9, 12, 0, 0, o)
    add("opinion/2026/12/09/a-lopsided-trade", "A lopsided trade", w, "Post Editorial",
        "Kathmandu should use the upcoming commerce talks with New Delhi to press for the removal of non-tariff barriers on Nepali exports.",
        lambda k: it(k, "A lopsided trade", w, [], note="Unsigned editorial; 'Post Editorial' is a desk credit."))
    w = d(9, 10, 20, 0, o)
    add("world/2026/12/09/bangladesh-votes-in-referendum-on-constitutional-reform", "Bangladesh votes in referendum on constitutional reform", w, "Agence France-Presse",
        "DHAKA: Voters in Bangladesh queued from early morning on Wednesday in a referendum the interim government says will lay the ground for elections in February.",
        lambda k: it(k, "Bangladesh votes in referendum on constitutional reform", w, ["Agence France-Presse"], note=AGENCY))
    channel = ("    <title>The Bagmati Post</title>\n    <link>https://bagmatipost.com</link>\n    <description>Latest news from The Bagmati Post</description>\n"
               f"    <language>en</language>\n    <lastBuildDate>{rfc822(d(9, 21, 12, 0, o))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n' + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n"
    return feed("en_np_bagmatipost_national_world.rss.xml", text, items, lang="en", outlet="The Bagmati Post", aliases=["Bagmati Post"],
                structure="Kathmandu Post-style RSS: indented XML, <author> holding a plain name or a desk ('Post Report', 'Post Editorial') or the agency spelt out, '+0545' Nepal-time dates, '/section/yyyy/mm/dd/slug' links as permalink guids, an editorial with a one-phrase title, a mixed national/world feed")


# ---------------------------------------------------------------- L'Orient Today-style
def horizontoday():
    rows, items = [], []
    o = 2

    def add(nid, slug, title, when, creator, desc, exp):
        url = f"https://today.lhorizon.com/article/{nid}/{slug}.html"
        rows.append(f"<item><title><![CDATA[{title}]]></title><link>{url}</link><guid isPermaLink=\"false\">{nid}</guid>"
                    f"<description><![CDATA[<img src=\"https://img.lhorizon.com/storage/attachments/{nid}/photo_{nid % 997}.jpg\" width=\"660\" /><p>{desc}</p>]]></description>"
                    + (f"<dc:creator>{esc(creator)}</dc:creator>" if creator else "")
                    + f"<pubDate>{rfc822(when)}</pubDate></item>")
        items.append(exp(str(nid)))

    w = d(9, 20, 55, 0, o)
    add(1449231, "live-israeli-strikes-on-south-lebanon-the-latest", "LIVE | Israeli strikes on South Lebanon: the latest", w, None,
        "Follow our live coverage of the situation in South Lebanon as it happens.",
        lambda k: it(k, "LIVE | Israeli strikes on South Lebanon: the latest", w, story=False, note="Live blog. Title label 'LIVE |' may be kept or dropped"))
    w = d(9, 19, 12, 0, o)
    add(1449218, "army-deploys-in-khiam-as-mechanism-committee-meets-in-naqoura", "Army deploys in Khiam as ceasefire committee meets in Naqoura", w, "Salim Haddad",
        "Lebanese troops entered the outskirts of the border town for the first time since the November ceasefire, while US and French officers met their Lebanese and Israeli counterparts at the UNIFIL headquarters.",
        lambda k: it(k, "Army deploys in Khiam as ceasefire committee meets in Naqoura", w, ["Salim Haddad"]))
    w = d(9, 17, 40, 0, o)
    add(1449201, "hezbollah-mp-disarmament-not-on-the-table-before-israeli-withdrawal", "Hezbollah MP: Disarmament 'not on the table' before Israeli withdrawal", w, "Tala Ramadan and Mounir Kassab",
        "“No one will discuss the weapons of the resistance while five hills are still occupied,” MP Kassem Rahal told reporters in Parliament, a day after the cabinet asked the army to present a timetable.",
        lambda k: it(k, "Hezbollah MP: Disarmament 'not on the table' before Israeli withdrawal", w, ["Tala Ramadan", "Mounir Kassab"], quotes=[q("Kassem Rahal", "Hezbollah")]))
    w = d(9, 15, 3, 0, o)
    add(1449187, "gemmayzeh-bars-brace-for-a-quiet-holiday-season", "Gemmayzeh bars brace for a quiet holiday season", w, "Maya Karam",
        "Owners on Rue Gouraud say bookings for December are half of last year's.",
        lambda k: it(k, "Gemmayzeh bars brace for a quiet holiday season", w, ["Maya Karam"], rel=False))
    w = d(9, 13, 26, 0, o)
    add(1449170, "syria-reopens-jdeidet-yabous-crossing-to-lebanese-lorries", "Syria reopens Jdeidet Yabous crossing to Lebanese lorries", w, "AFP",
        "The interim authorities in Damascus lifted a three-week ban on Lebanese freight, the Lebanese transport ministry said.",
        lambda k: it(k, "Syria reopens Jdeidet Yabous crossing to Lebanese lorries", w, ["AFP"], note=AGENCY))
    w = d(9, 11, 0, 0, o)
    add(1449152, "dollar-rate-on-the-parallel-market-wednesday", "Dollar rate on the parallel market on Wednesday", w, "L'Horizon Today",
        "The lira held at LL89,500 to the dollar on the parallel market on Wednesday morning.",
        lambda k: it(k, "Dollar rate on the parallel market on Wednesday", w, [], story=False, rel=False, note="Daily rate service item; the brand as creator is not a person."))
    channel = (f"<title>L'Horizon Today</title><link>https://today.lhorizon.com</link><description>L'Horizon Today, Lebanon's news in English</description>"
               f"<language>en</language><lastBuildDate>{rfc822(d(9, 21, 0, 0, o))}</lastBuildDate>")
    return feed("en_lb_horizontoday_latest.rss.xml", rss(channel, rows, ns=NS_DC, sep=""), items, lang="en", outlet="L'Horizon Today",
                structure="L'Orient Today-style RSS of a French-language daily's English edition: single line, CDATA titles, numeric article ids as non-permalink guids, CDATA description with a leading <img> then one <p>, dc:creator with one name, 'A and B', an agency or the brand, 'LIVE |' live blog, a daily parallel-market rate item, +0200 dates")


# ---------------------------------------------------------------- Mexico News Daily-style (WordPress)
def zocalodaily():
    rows, items = [], []
    o = -6

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"https://zocalodaily.com/{slug}/"
        cat = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#respond</comments>\n"
                    f"\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{rfc822(when.astimezone(dt(2026, 1, 1).tzinfo))}</pubDate>{cat}\n"
                    f"\t\t<guid isPermaLink=\"false\">https://zocalodaily.com/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[<p>{excerpt} [&#8230;]</p>\n]]></description>\n"
                    f"\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n\t</item>")
        items.append(exp(f"https://zocalodaily.com/?p={pid}"))

    nl = '<div class="newsletter-box"><p><strong>Sign up for The Zócalo Daily newsletter</strong> and get the day’s top stories in your inbox every morning.</p></div>'
    w = d(9, 18, 20, 0, o)
    add(268811, "politics/sheinbaum-carney-usmca-review-timetable", "Sheinbaum and Carney agree on timetable for USMCA review in phone call", w, "Caitlin Moreno", ["Politics", "USMCA"],
        "President Sheinbaum said Mexico and Canada would present a joint position to Washington by the end of January",
        paras(["President Claudia Sheinbaum said on Wednesday that she and Canadian Prime Minister Mark Carney had agreed to present a joint position on the review of the USMCA trade pact before the end of January.",
               "“We are not going to negotiate separately; that would only weaken both countries,” Economy Minister Rodrigo Salcedo said after the 40-minute call.",
               "The formal review of the agreement is due in July, and the United States has signaled it wants changes to the rules of origin for cars and steel.",
               "Salcedo will travel to Ottawa next week to prepare the document, the Economy Ministry said.",
               "<em>With reports from El Universal and Reuters</em>"]) + nl,
        lambda k: it(k, "Sheinbaum and Carney agree on timetable for USMCA review in phone call", w, ["Caitlin Moreno"], junk=["With reports from", "Sign up for"], quotes=[q("Rodrigo Salcedo")]))
    w = d(9, 15, 45, 0, o)
    add(268790, "news/us-deportations-record-week-sre", "US deported a record 4,100 Mexicans last week, SRE says", w, "Daniel Whitaker", ["News", "Migration"],
        "The Foreign Affairs Ministry said most were flown to Villahermosa and Tapachula rather than returned at border crossings",
        paras(["The United States deported 4,100 Mexican nationals in the week to Dec. 6, the highest weekly figure on record, the Foreign Affairs Ministry (SRE) said on Wednesday.",
               "Most were flown to airports in Tabasco and Chiapas, far from the northern border, a practice the SRE has asked Washington to end.",
               "Mexico’s consulates have filed 312 complaints over the treatment of detainees since October, the ministry added.",
               "<em>With reports from Milenio</em>"]) + nl,
        lambda k: it(k, "US deported a record 4,100 Mexicans last week, SRE says", w, ["Daniel Whitaker"], junk=["With reports from", "Sign up for"]))
    w = d(9, 13, 5, 0, o)
    add(268772, "business/peso-banxico-rate-cut-december", "Peso closes at 17.9 per dollar as Banxico trims key rate", w, "The Zócalo Daily Staff", ["Business"],
        "The central bank lowered its benchmark rate by a quarter point to 6.75%",
        paras(["The peso closed at 17.92 per US dollar on Wednesday after the Bank of Mexico cut its benchmark interest rate by 25 basis points to 6.75%.",
               "It was the bank’s 12th consecutive cut. Two of the five board members voted to hold.",
               "Analysts at Banorte expect one more cut in February before a long pause."]) + nl,
        lambda k: it(k, "Peso closes at 17.9 per dollar as Banxico trims key rate", w, [], rel=False, junk=["Sign up for"], note="Staff credit is not a person."))
    w = d(9, 11, 30, 0, o)
    add(268760, "culture/oaxaca-night-of-the-radishes-2026", "Oaxaca’s Night of the Radishes returns Dec. 23 with a record 140 entries", w, "Sarah DeVries", ["Culture", "Oaxaca"],
        "Carvers have been growing their giant radishes since September",
        paras(["Oaxaca city’s Night of the Radishes will return to the zócalo on Dec. 23 with 140 registered entries, organizers said.",
               "The radishes, some longer than a meter, are grown on municipal plots and handed out to carvers a few days before the event.",
               "Visitors are advised to arrive before 3 p.m., when lines usually stretch around the cathedral."]),
        lambda k: it(k, "Oaxaca’s Night of the Radishes returns Dec. 23 with a record 140 entries", w, ["Sarah DeVries"], rel=False))
    w = d(9, 9, 50, 0, o)
    add(268744, "politics/mexico-protests-peru-persona-non-grata-vote", "Mexico protests Peruvian Congress vote declaring Sheinbaum persona non grata", w, "Caitlin Moreno", ["Politics", "Foreign relations"],
        "The SRE called the vote “an act without legal effect” and said the embassy in Lima would stay open",
        paras(["Mexico on Wednesday sent a protest note to Peru after its Congress voted 71–29 to declare President Claudia Sheinbaum persona non grata.",
               "The Foreign Affairs Ministry said the vote had “no legal effect” and that Mexico’s embassy in Lima, where two former Peruvian ministers have sought asylum, would remain open.",
               "Relations between the two countries have been strained since 2022, when Mexico granted asylum to the family of ousted president Pedro Castillo.",
               "<em>With reports from La Jornada and AP</em>"]) + nl,
        lambda k: it(k, "Mexico protests Peruvian Congress vote declaring Sheinbaum persona non grata", w, ["Caitlin Moreno"], junk=["With reports from", "Sign up for"]))
    w = d(9, 8, 0, 0, o)
    add(268730, "podcast/zocalo-daily-podcast-judicial-election-one-year-on", "The Zócalo Daily Podcast: The judicial election, one year on", w, "The Zócalo Daily Staff", ["Podcast"],
        "In this episode we look at how the new Supreme Court has ruled in its first year",
        '<p>In this episode we look at how the new Supreme Court has ruled in its first year.</p><p><iframe src="https://open.spotify.com/embed/episode/4hZk2" width="100%" height="152"></iframe></p>',
        lambda k: it(k, "The Zócalo Daily Podcast: The judicial election, one year on", w, [], story=False, rel=False, note="Podcast episode. Title label 'The Zócalo Daily Podcast:' may be kept or dropped"))
    channel = ("\t<title>The Zócalo Daily</title>\n\t<atom:link href=\"https://zocalodaily.com/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://zocalodaily.com</link>\n"
               "\t<description>Mexico news in English, every day</description>\n"
               f"\t<lastBuildDate>{rfc822(d(10, 0, 20, 0, 0))}</lastBuildDate>\n\t<language>en-US</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.8.3</generator>")
    ns = NS_CONTENT + NS_DC + NS_ATOM + ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"'
    return feed("en_mx_zocalodaily_wp.rss.xml", rss(channel, rows, ns=ns, decl="UTF-8"), items, lang="en", outlet="The Zócalo Daily", aliases=["Zócalo Daily"],
                structure="Mexico News Daily-style WordPress feed (/feed/): tab indentation, sy:updatePeriod, '?p=' guids, CDATA dc:creator with a person or 'Outlet Staff', CDATA categories, description excerpt ending '[&#8230;]', content:encoded with '<em>With reports from …</em>' source line and a newsletter <div>, pubDates in +0000 for a -0600 newsroom, a podcast episode with embedded player")


# ---------------------------------------------------------------- ERR News-style
def rvrnews():
    rows, items = [], []
    o = 2

    def add(nid, slug, title, when, creator, cat, desc, exp):
        url = f"https://news.rvr.ee/{nid}/{slug}"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>\n<category>{esc(cat)}</category>\n"
                    f"<dc:creator>{esc(creator)}</dc:creator>\n<pubDate>{rfc822(when)}</pubDate>\n<guid>{url}</guid>\n</item>")
        items.append(exp(url))

    w = d(9, 19, 34, 0, o)
    add(1610034512, "feature-narva-s-bridge-queue-life-at-the-eu-s-most-watched-border", "Feature | Narva's bridge queue: Life at the EU's most watched border", w, "Helen Wright", "Feature",
        "Every morning several hundred people drag suitcases across the Friendship Bridge between Narva and Ivangorod, the last pedestrian crossing still open between Estonia and Russia.",
        lambda k: it(k, "Narva's bridge queue: Life at the EU's most watched border", w, ["Helen Wright"], note="Title label 'Feature |' may be kept or dropped"))
    w = d(9, 17, 2, 0, o)
    add(1610034490, "estonia-expels-russian-diplomat-over-sabotage-plot", "Estonia expels Russian diplomat over sabotage plot", w, "BNS, RVR News", "News",
        "The Ministry of Foreign Affairs gave the embassy's second secretary 48 hours to leave the country after the Internal Security Service linked him to an attempted arson at a Tallinn depot.",
        lambda k: it(k, "Estonia expels Russian diplomat over sabotage plot", w, [], note="Agency and desk credit, no person. ['BNS'] is also correct"))
    w = d(9, 15, 40, 0, o)
    add(1610034466, "gallery-tallinn-christmas-market-opens-on-town-hall-square", "Gallery: Tallinn Christmas market opens on Town Hall Square", w, "RVR News", "Culture",
        "The market runs until January 7.",
        lambda k: it(k, "Gallery: Tallinn Christmas market opens on Town Hall Square", w, [], story=False, rel=False, note="Photo gallery. Title label 'Gallery:' may be kept or dropped"))
    w = d(9, 13, 18, 0, o)
    add(1610034441, "baltic-defense-ministers-sign-joint-air-defense-procurement", "Baltic defense ministers sign joint air defense procurement", w, "Mirjam Tamm", "News",
        "The three countries will buy medium-range systems together to cut costs and delivery times, Estonia's defense minister said in Riga.",
        lambda k: it(k, "Baltic defense ministers sign joint air defense procurement", w, ["Mirjam Tamm"]))
    w = d(9, 11, 5, 0, o)
    add(1610034420, "coalition-agrees-to-cut-car-tax-from-july", "Coalition agrees to cut car tax from July", w, "RVR News", "News",
        "The registration fee for vehicles with low emissions will be halved, the coalition council decided on Tuesday evening.",
        lambda k: it(k, "Coalition agrees to cut car tax from July", w, [], rel=False, note="Desk credit is not a person."))
    w = d(9, 9, 12, 0, o)
    add(1610034398, "estonian-and-finnish-leaders-discuss-undersea-cable-protection", "Estonian and Finnish leaders discuss undersea cable protection", w, "Kristjan Pärn, Helen Wright", "News",
        "The prime ministers agreed to set up a joint monitoring center for the Gulf of Finland after a third cable was damaged by a ship's anchor in November.",
        lambda k: it(k, "Estonian and Finnish leaders discuss undersea cable protection", w, ["Kristjan Pärn", "Helen Wright"]))
    channel = ("<title>RVR News</title>\n<link>https://news.rvr.ee</link>\n<description>RVR News - news from Estonia in English</description>\n<language>en</language>"
               f"\n<pubDate>{rfc822(d(9, 19, 40, 0, o))}</pubDate>")
    return feed("en_ee_rvrnews_rss.rss.xml", rss(channel, rows, ns=NS_DC), items, lang="en", outlet="RVR News",
                structure="ERR News-style public broadcaster English RSS (news.err.ee/rss): 10-digit article-id links as bare guids, dc:creator holding a person, 'A, B', the brand or 'Agency, Brand', 'Feature |' and 'Gallery:' title labels, plain descriptions, single category, +0200 dates")


# ---------------------------------------------------------------- Buenos Aires Times-style (Perfil)
def platatimes():
    rows, items = [], []
    o = -3

    def add(slug, title, when, author, desc, exp):
        url = f"https://www.platatimes.com.ar/{slug}.phtml"
        more = f'{desc} <a href="{url}">Read more</a>'
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><author>{esc(author)}</author>"
                    f"<description>{esc(more)}</description><pubDate>{rfc822(when)}</pubDate></item>")
        items.append(exp(url))

    w = d(9, 19, 0, 0, o)
    add("world/milei-and-lula-meet-in-montevideo-to-unblock-mercosur-eu-deal", "Milei and Lula meet in Montevideo to unblock Mercosur-EU deal", w, "by Lucía Ferreyra",
        "<p>The two presidents, who had not held a bilateral meeting since 2023, spoke for 50 minutes on the sidelines of the Mercosur summit.</p>",
        lambda k: it(k, "Milei and Lula meet in Montevideo to unblock Mercosur-EU deal", w, ["Lucía Ferreyra"], junk=["Read more"]))
    w = d(9, 17, 25, 0, o)
    add("economy/inflation-slows-to-1-9-in-november-indec-says", "Inflation slows to 1.9% in November, INDEC says", w, "by Tomás Rinaldi",
        "<p>Monthly price rises were the lowest since May, led by cheaper food.</p>",
        lambda k: it(k, "Inflation slows to 1.9% in November, INDEC says", w, ["Tomás Rinaldi"], rel=False, junk=["Read more"]))
    w = d(9, 15, 50, 0, o)
    add("world/chile-s-president-elect-picks-career-diplomat-as-foreign-minister", "Chile's president-elect picks career diplomat as foreign minister", w, "by AFP",
        "<p>Ximena Orrego, a former ambassador to China, will lead the Foreign Ministry from March.</p>",
        lambda k: it(k, "Chile's president-elect picks career diplomat as foreign minister", w, ["AFP"], junk=["Read more"], note=AGENCY))
    w = d(9, 13, 40, 0, o)
    add("sports/boca-fans-celebrate-superclasico-win-at-the-obelisk", "Boca fans celebrate Superclásico win at the Obelisk", w, "by Plata Times staff",
        "<p>Thousands gathered on Avenida 9 de Julio after Sunday's 2-1 victory over River Plate.</p>",
        lambda k: it(k, "Boca fans celebrate Superclásico win at the Obelisk", w, [], rel=False, junk=["Read more"], note="Staff credit is not a person."))
    w = d(9, 11, 15, 0, o)
    add("politics/foreign-ministry-protests-new-british-fishing-licences-around-malvinas", "Foreign Ministry protests new British fishing licences around Malvinas", w, "by Plata Times staff",
        "<p>The Palacio San Martín called the licence round “a unilateral act” that ignores UN resolutions on the disputed islands.</p>",
        lambda k: it(k, "Foreign Ministry protests new British fishing licences around Malvinas", w, [], junk=["Read more"], note="Staff credit is not a person."))
    w = d(9, 9, 0, 0, o)
    add("opinion/opinion-what-the-us-swap-line-really-buys-argentina", "OPINION | What the US swap line really buys Argentina", w, "by Martín Aguirre",
        "<p>Washington's support comes with conditions the government has not explained to voters.</p>",
        lambda k: it(k, "What the US swap line really buys Argentina", w, ["Martín Aguirre"], junk=["Read more"], note="Title label 'OPINION |' may be kept or dropped"))
    channel = ("<title>Plata Times</title><link>https://www.platatimes.com.ar</link><description>Argentina's English-language newspaper</description>"
               f"<language>en-us</language><lastBuildDate>{rfc822(d(9, 19, 5, 0, o))}</lastBuildDate>")
    return feed("en_ar_platatimes_rss.rss.xml", rss(channel, rows, sep=""), items, lang="en", outlet="Plata Times",
                structure="Buenos Aires Times-style Perfil-CMS RSS: single line, no guid (link is the key), '.phtml' links, <author> holding a lower-case 'by Name' / 'by AFP' / 'by Outlet staff' byline, escaped <p> description ending with a 'Read more' anchor, 'OPINION |' title label, -0300 dates")


# ---------------------------------------------------------------- The New Times (Rwanda)-style Atom
def kigalichronicle():
    entries, items = [], []
    o = 2

    def add(nid, slug, title, when, authors, summary, exp):
        url = f"https://www.kigalichronicle.rw/news/{nid}/{slug}"
        key = f"tag:kigalichronicle.rw,2026:article/{nid}"
        au = "".join(f"<author><name>{esc(a)}</name></author>" for a in authors)
        entries.append(f"<entry><title>{esc(title)}</title><link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/><id>{key}</id>"
                       f"<updated>{when.isoformat()}</updated>{au}<summary type=\"html\">{esc(summary)}</summary></entry>")
        items.append(exp(key))

    w = d(9, 20, 10, 0, o)
    add(24518, "rwanda-drc-hold-joint-security-mechanism-meeting-in-washington", "Rwanda, DR Congo hold joint security mechanism meeting in Washington", w, ["Eric Mugisha"],
        "<p>Delegations reviewed progress on the neutralisation of the FDLR militia and the phased lifting of Rwanda's defensive measures.</p>",
        lambda k: it(k, "Rwanda, DR Congo hold joint security mechanism meeting in Washington", w, ["Eric Mugisha"]))
    w = d(9, 18, 0, 0, o)
    add(24511, "editorial-eac-cannot-keep-postponing-its-single-currency", "EDITORIAL: EAC cannot keep postponing its single currency", w, ["The Kigali Chronicle"],
        "<p>The 2031 target is already slipping, and partner states have only themselves to blame.</p>",
        lambda k: it(k, "EAC cannot keep postponing its single currency", w, [], note="Unsigned editorial; the paper is not a person. Title label 'EDITORIAL:' may be kept or dropped"))
    w = d(9, 15, 30, 0, o)
    add(24503, "kigali-to-host-africa-health-financing-summit-in-march", "Kigali to host Africa health financing summit in March", w, ["Grace Uwase"],
        "<p>About 2,000 delegates are expected at the Kigali Convention Centre.</p>",
        lambda k: it(k, "Kigali to host Africa health financing summit in March", w, ["Grace Uwase"], rel=False))
    w = d(9, 13, 45, 0, o)
    add(24497, "apr-fc-sign-ugandan-striker-on-two-year-deal", "APR FC sign Ugandan striker on two-year deal", w, ["Jean Paul Ndayishimiye"],
        "<p>The 23-year-old scored 14 goals in the Uganda Premier League last season.</p>",
        lambda k: it(k, "APR FC sign Ugandan striker on two-year deal", w, ["Jean Paul Ndayishimiye"], rel=False))
    w = d(9, 11, 20, 0, o)
    add(24490, "rwanda-qatar-sign-expanded-air-services-agreement", "Rwanda, Qatar sign expanded air services agreement", w, ["Diane Mukamana", "Eric Mugisha"],
        "<p>The deal, signed in Doha, allows unlimited frequencies between the two countries and fifth-freedom rights to Europe.</p>",
        lambda k: it(k, "Rwanda, Qatar sign expanded air services agreement", w, ["Diane Mukamana", "Eric Mugisha"]))
    w = d(9, 9, 5, 0, o)
    add(24484, "burundi-reopens-nemba-border-post-after-two-years", "Burundi reopens Nemba border post after two years", w, ["Xinhua"],
        "<p>Traders queued from dawn as the crossing in Bugesera reopened to goods and passengers.</p>",
        lambda k: it(k, "Burundi reopens Nemba border post after two years", w, ["Xinhua"], note=AGENCY))
    head = ("<title>The Kigali Chronicle</title><subtitle>Rwanda's leading daily</subtitle><link rel=\"self\" href=\"https://www.kigalichronicle.rw/feed/atom\"/>"
            f"<link rel=\"alternate\" href=\"https://www.kigalichronicle.rw\"/><id>https://www.kigalichronicle.rw/</id><updated>{d(9, 20, 10, 0, o).isoformat()}</updated>")
    return feed("en_rw_kigalichronicle_news.atom.xml", atom(head, entries, sep=""), items, lang="en", outlet="The Kigali Chronicle", aliases=["Kigali Chronicle"],
                shape="atom", ctype="application/atom+xml; charset=utf-8",
                structure="The New Times (Rwanda)-style Atom feed from a custom CMS: single line, tag: URIs as ids, <updated> only (no <published>), one <author> per person or the paper itself or an agency, escaped <p> summaries, 'EDITORIAL:' upper-case label, +02:00 stamps")


# ---------------------------------------------------------------- Astana Times-style (WordPress)
def esiltimes():
    rows, items = [], []
    o = 5

    def add(pid, slug, title, when, creator, cats, excerpt, img_caption, body, exp):
        url = f"https://esiltimes.kz/{slug}/"
        cat = "".join(f"<category><![CDATA[{c}]]></category>" for c in cats)
        fig = f'<figure class="wp-block-image size-large"><img src="https://esiltimes.kz/wp-content/uploads/2026/12/{pid}.jpg" alt="" /><figcaption class="wp-element-caption">{img_caption}</figcaption></figure>'
        rows.append(f"<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t{cat}\n"
                    f"\t\t<guid isPermaLink=\"false\">https://esiltimes.kz/?p={pid}</guid>\n\t\t<description><![CDATA[{excerpt}]]></description>\n"
                    f"\t\t<content:encoded><![CDATA[{fig}{body}]]></content:encoded>\n\t\t</item>")
        items.append(exp(f"https://esiltimes.kz/?p={pid}"))

    def also(t, s):
        return f'<p><strong>Read also:</strong> <a href="https://esiltimes.kz/{s}/">{t}</a></p>'

    w = d(9, 19, 30, 0, o)
    add(99412, "kazakhstan-uzbekistan-sign-syr-darya-water-sharing-agreement", "Kazakhstan, Uzbekistan sign Syr Darya water-sharing agreement", w, "Dana Omarova", ["Nation", "Foreign Policy"],
        "ASTANA – Kazakhstan and Uzbekistan signed an agreement on Dec. 9 that fixes how much water from the Syr Darya each country may draw during the growing season.",
        "Photo credit: the Kazakh Foreign Ministry's press service",
        paras(["ASTANA – Kazakhstan and Uzbekistan signed an agreement on Dec. 9 that fixes how much water from the Syr Darya each country may draw during the growing season.",
               "The document was signed in Tashkent by the two water resources ministers and will be submitted to both parliaments.",
               "“For the first time, farmers in the Turkestan region will know in advance what volumes they can count on,” said Kazakh Deputy Minister Nurlan Abenov.",
               "The deal also creates a joint commission to manage the Shardara reservoir."]) + also("Central Asian leaders discuss water security in Dushanbe", "central-asian-leaders-water"),
        lambda k: it(k, "Kazakhstan, Uzbekistan sign Syr Darya water-sharing agreement", w, ["Dana Omarova"], junk=["Photo credit", "Read also"], quotes=[q("Nurlan Abenov")]))
    w = d(9, 17, 10, 0, o)
    add(99405, "tokayev-receives-eu-special-representative-for-central-asia", "Tokayev receives EU special representative for Central Asia", w, "Staff Report", ["Nation", "Foreign Policy"],
        "ASTANA – President Kassym-Jomart Tokayev met the EU special representative for Central Asia at the Akorda on Dec. 9.",
        "Photo credit: Akorda",
        paras(["ASTANA – President Kassym-Jomart Tokayev met the EU special representative for Central Asia at the Akorda on Dec. 9.",
               "The sides discussed the Trans-Caspian International Transport Route and supplies of critical raw materials, the presidential press service said.",
               "The envoy conveyed an invitation to the EU-Central Asia summit planned for the spring."]),
        lambda k: it(k, "Tokayev receives EU special representative for Central Asia", w, [], junk=["Photo credit"], note="Desk credit 'Staff Report' is not a person."))
    w = d(9, 15, 0, 0, o)
    add(99398, "astana-opera-stages-new-production-of-abai", "Astana Opera stages new production of ‘Abai’", w, "Saule Bekova", ["Culture"],
        "The premiere marks the 80th anniversary of the opera's first performance.",
        "Photo credit: Astana Opera",
        paras(["ASTANA – Astana Opera presented a new production of Akhmet Zhubanov and Latif Khamidi’s ‘Abai’ on Dec. 8.",
               "The staging, by a young director from Almaty, moves the action to the 1920s.",
               "Further performances are scheduled for Dec. 19 and 20."]),
        lambda k: it(k, "Astana Opera stages new production of ‘Abai’", w, ["Saule Bekova"], rel=False, junk=["Photo credit"]))
    w = d(9, 13, 20, 0, o)
    add(99391, "cpc-pipeline-throughput-back-to-normal-after-repairs", "CPC pipeline throughput back to normal after repairs to Novorossiysk terminal", w, "Kazinform", ["Business", "Energy"],
        "The Caspian Pipeline Consortium said loadings had returned to 1.5 million barrels a day after a drone attack damaged a mooring point in November.",
        "Photo credit: CPC",
        paras(["ASTANA – The Caspian Pipeline Consortium said on Dec. 9 that loadings had returned to 1.5 million barrels a day.",
               "A mooring point at the Novorossiysk terminal was damaged in a Ukrainian naval drone attack on Nov. 29, cutting Kazakh exports by about a third.",
               "Kazakhstan’s Foreign Ministry had called the attack “a threat to the energy security of third countries.”"]) + also("Kazakhstan seeks to diversify oil routes", "kazakhstan-oil-routes"),
        lambda k: it(k, "CPC pipeline throughput back to normal after repairs to Novorossiysk terminal", w, ["Kazinform"], junk=["Photo credit", "Read also"], note=AGENCY))
    w = d(9, 11, 0, 0, o)
    add(99385, "kazakh-skater-wins-grand-prix-bronze-in-nagoya", "Kazakh skater wins Grand Prix bronze in Nagoya", w, "Yerlan Suleimenov", ["Sports"],
        "The 19-year-old finished third behind two Japanese skaters.",
        "Photo credit: ISU",
        paras(["Kazakh figure skater Aruzhan Baimukhanova won bronze at the Grand Prix Final in Nagoya on Dec. 8.",
               "It is Kazakhstan’s first Grand Prix Final medal in the women’s event.",
               "She will next compete at the Four Continents Championships."]),
        lambda k: it(k, "Kazakh skater wins Grand Prix bronze in Nagoya", w, ["Yerlan Suleimenov"], rel=False, junk=["Photo credit"]))
    w = d(9, 9, 15, 0, o)
    add(99379, "china-central-asia-summit-what-is-on-the-agenda-in-astana", "China-Central Asia summit: what is on the agenda in Astana", w, "Yerlan Suleimenov", ["Nation", "Foreign Policy"],
        "Trade corridors, water and security cooperation are expected to dominate the third summit.",
        "Photo credit: the Kazakh Foreign Ministry",
        paras(["ASTANA – Leaders of China and the five Central Asian states will meet in Astana next week for their third summit.",
               "Officials expect agreements on a rail link through Kyrgyzstan, on water monitoring in the Ili basin and on joint counter-terrorism exercises.",
               "Trade between China and the region reached $95 billion in 2025, according to Chinese customs data."]),
        lambda k: it(k, "China-Central Asia summit: what is on the agenda in Astana", w, ["Yerlan Suleimenov"], junk=["Photo credit"]))
    channel = ("<title>The Esil Times</title>\n\t<atom:link href=\"https://esiltimes.kz/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://esiltimes.kz</link>\n\t<description>Kazakhstan news in English</description>\n"
               f"\t<lastBuildDate>{rfc822(d(9, 19, 31, 0, o))}</lastBuildDate>\n\t<language>en-US</language>")
    return feed("en_kz_esiltimes_wp.rss.xml", rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM), items, lang="en", outlet="The Esil Times", aliases=["Esil Times"],
                structure="Astana Times-style WordPress feed: dc:creator in CDATA (person, 'Staff Report' or the national agency), '?p=' guids, excerpt descriptions without HTML, content:encoded opening with a wp-block-image <figure> whose <figcaption> is a 'Photo credit:' line, '<strong>Read also:</strong>' link paragraphs, 'ASTANA –' datelines, '+0500' dates")


# ---------------------------------------------------------------- Wired-style tech
def switchyard():
    rows, items = [], []

    def add(gid, slug, title, when, creator, cats, desc, exp):
        url = f"https://www.switchyard.com/{slug}/"
        cat = "".join(f"<category>{c}</category>" for c in cats)
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><guid isPermaLink=\"false\">{gid}</guid><pubDate>{rfc822(when, gmt=False)}</pubDate>"
                    f"<media:content/>{cat}<media:keywords>{', '.join(cats)}</media:keywords><dc:creator>{esc(creator)}</dc:creator>"
                    f"<description>{esc(desc)}</description><media:thumbnail url=\"https://media.switchyard.com/photos/{gid}/master/w_2560.jpg\" width=\"2560\" height=\"1440\"/></item>")
        items.append(exp(gid))

    w = d(9, 18, 30)
    add("6938a1f0c2d4e57b1a9f0c11", "story/state-hackers-wiper-malware-european-ports", "State-Backed Hackers Hit Three European Ports With Wiper Malware", w, "Mara Jensen, Theo Kaplan", ["Security", "Security / National Security", "Security / Cyberattacks and Hacks"],
        "Researchers link the attacks on container terminals in Rotterdam, Gdańsk, and Piraeus to a group working for Russia's military intelligence.",
        lambda k: it(k, "State-Backed Hackers Hit Three European Ports With Wiper Malware", w, ["Mara Jensen", "Theo Kaplan"]))
    w = d(9, 16, 0)
    add("6938b2aa9e0f4c3d8e7a6b22", "gallery/best-noise-canceling-headphones", "The Best Noise-Canceling Headphones, Tested and Reviewed", w, "Parker Holm", ["Gear", "Gear / Buying Guides"],
        "These are our favorite over-ear and in-ear models for flights, commutes, and open offices.",
        lambda k: it(k, "The Best Noise-Canceling Headphones, Tested and Reviewed", w, ["Parker Holm"], story=False, rel=False, note="Shopping guide, not news."))
    w = d(9, 14, 12)
    add("6938c4010b5e4f6a9c3d2e33", "story/us-chip-export-rules-southeast-asia", "The US Is Extending Chip Export Rules to Malaysia and Thailand", w, "Ravi Sundaram", ["Business", "Business / Tech Policy and Law"],
        "The Commerce Department wants to close a loophole that let Chinese firms rent high-end GPUs in data centers across Southeast Asia.",
        lambda k: it(k, "The US Is Extending Chip Export Rules to Malaysia and Thailand", w, ["Ravi Sundaram"]))
    w = d(9, 12, 0)
    add("6938d5cc7a1b4e2f8d0c9a44", "story/foldable-phone-hands-on", "I Spent a Week With the First Foldable That Doesn't Crease", w, "Julian Pike", ["Gear", "Gear / Phones"],
        "It's thin, it's bright, and it costs as much as a used car.",
        lambda k: it(k, "I Spent a Week With the First Foldable That Doesn't Crease", w, ["Julian Pike"], rel=False))
    w = d(9, 10, 0)
    add("6938e6b35f2c4d1e9b8a7c55", "story/signal-room-podcast-data-center-boom", "Signal Room: Who Pays for the Data Center Boom?", w, "Switchyard Staff", ["Podcasts"],
        "This week, we talk about electricity prices, water, and the towns saying no to new server farms.",
        lambda k: it(k, "Signal Room: Who Pays for the Data Center Boom?", w, [], story=False, rel=False, note="Podcast episode. Title label 'Signal Room:' may be kept or dropped"))
    w = d(9, 8, 45)
    add("6938f7e2d41a4b0c8f6e5d66", "story/holiday-deals-still-live", "31 Holiday Deals That Are Still Live", w, "Switchyard Staff, Parker Holm", ["Gear", "Gear / Deals"],
        "Prices on some of our favorite gadgets are still lower than they were on Black Friday.",
        lambda k: it(k, "31 Holiday Deals That Are Still Live", w, ["Parker Holm"], story=False, rel=False, note="Deals post; the staff credit is not a person."))
    channel = ("<title>Switchyard</title><link>https://www.switchyard.com</link><description>The latest from switchyard.com</description><language>en</language>"
               f"<copyright>© Signal House Publishing. All rights reserved.</copyright><lastBuildDate>{rfc822(d(9, 18, 31), gmt=True)}</lastBuildDate>")
    return feed("en_tech_switchyard_rss.rss.xml", rss(channel, rows, ns=NS_DC + NS_MEDIA, sep=""), items, lang="en", outlet="Switchyard", topic="tech",
                structure="Wired-style RSS (wired.com/feed/rss): single line, 24-hex opaque non-permalink guids, '+0000' dates, empty <media:content/>, hierarchical 'Section / Subsection' categories repeated in media:keywords, one dc:creator holding 'A, B' or 'Outlet Staff, Name', one-sentence dek descriptions, buying guide, podcast and deals posts")


# ---------------------------------------------------------------- Phys.org-style science
def labnotes():
    rows, items = [], []

    def add(nid, slug, title, when, cat, desc, exp):
        url = f"https://labnotes.org/news/2026-12-{slug}.html"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<description>{esc(desc)}</description>\n<link>{url}</link>\n<category>{esc(cat)}</category>\n"
                    f"<guid isPermaLink=\"false\">news{nid}</guid>\n<media:thumbnail url=\"https://scx1.b-cdn.net/csz/news/tmb/2026/{slug[:12]}.jpg\" width=\"90\" height=\"90\" />\n"
                    f"<pubDate>{zone_abbr(when, 'EST')}</pubDate>\n</item>")
        items.append(exp(f"news{nid}"))

    o = -5
    w = d(9, 14, 21, 4, o)
    add(688142871, "ocean-treaty-parties-agree-marine", "High seas treaty parties agree first rules for marine protected areas", w, "Earth/Environment",
        "Countries that have ratified the high seas treaty agreed on Tuesday how to propose and approve protected areas in international waters, at the close of their first conference in New York. © 2026 AFP",
        lambda k: it(k, "High seas treaty parties agree first rules for marine protected areas", w, junk=["© 2026 AFP"]))
    w = d(9, 13, 2, 11, o)
    add(688141960, "fossil-morocco-earliest-sea-turtle", "Fossil from Morocco may be the earliest known sea turtle", w, "Biology/Paleontology & Fossils",
        "A partial shell found in phosphate mines near Khouribga suggests sea turtles were already diverse 110 million years ago, researchers report in the journal Cretaceous Life.",
        lambda k: it(k, "Fossil from Morocco may be the earliest known sea turtle", w, rel=False))
    w = d(9, 11, 40, 30, o)
    add(688140715, "satellite-himalayan-glacial-lakes", "Satellite data show Himalayan glacial lakes growing faster than thought", w, "Earth/Earth Sciences",
        "An analysis of 30 years of radar images finds the area of glacial lakes in the Himalaya grew by 14% since 2000, nearly twice earlier estimates. Credit: Pixabay/CC0 Public Domain",
        lambda k: it(k, "Satellite data show Himalayan glacial lakes growing faster than thought", w, rel=False, junk=["Credit: Pixabay"]))
    w = d(9, 10, 5, 0, o)
    add(688139902, "bumblebees-count-flowers", "Bumblebees keep count of visited flowers, experiment suggests", w, "Biology/Plants & Animals",
        "Bees trained in an artificial meadow skipped the fourth flower of a row more often than chance would predict.",
        lambda k: it(k, "Bumblebees keep count of visited flowers, experiment suggests", w, rel=False))
    w = d(9, 8, 55, 43, o)
    add(688138804, "bonn-climate-talks-carbon-market", "Bonn climate talks end without deal on carbon market rules", w, "Earth/Environment",
        "Negotiators failed to agree on how to police carbon credits traded between countries, pushing the decision to next year's COP. \"We are back where we started,\" said Mariana Solís, who leads the Latin American bloc of negotiators. © 2026 AFP",
        lambda k: it(k, "Bonn climate talks end without deal on carbon market rules", w, junk=["© 2026 AFP"], quotes=[q("Mariana Solís")]))
    w = d(9, 7, 30, 0, o)
    add(688137650, "iss-crew-tests-orbit-greenhouse", "Space station crew harvests first lettuce from new greenhouse", w, "Space Exploration",
        "The experiment tests whether crops grown under LED light keep their nutrients over a six-month mission.",
        lambda k: it(k, "Space station crew harvests first lettuce from new greenhouse", w, rel=False))
    channel = ("<title>Labnotes.org - latest science and technology news stories</title>\n<link>https://labnotes.org/</link>\n"
               "<description>Labnotes.org internet news portal provides the latest news on science including: Physics, Space Science, Earth Science, Health and Medicine</description>\n<language>en-us</language>")
    return feed("en_science_labnotes_news.rss.xml", rss(channel, rows, ns=NS_MEDIA), items, lang="en", outlet="Labnotes.org", aliases=["Labnotes"], topic="science",
                structure="Phys.org-style science news RSS: 'news<9 digits>' non-permalink guids, no author element, pubDate with an 'EST' zone abbreviation, 'Section/Subsection' category, media:thumbnail, plain descriptions that may end with '© 2026 AFP' or a 'Credit: …' image line, agency copy among press-release science")


# ---------------------------------------------------------------- broken: ISO-8859-1 bytes, prolog says UTF-8, header says ISO-8859-1
def northlight():
    rows, items = [], []
    o = 0

    def add(nid, slug, title, when, creator, desc, exp):
        url = f"https://northlightreview.is/news/{nid}/{slug}"
        rows.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{url}</link>\n  <guid isPermaLink=\"true\">{url}</guid>\n  <dc:creator>{esc(creator)}</dc:creator>\n"
                    f"  <description>{esc(desc)}</description>\n  <pubDate>{rfc822(when, gmt=True)}</pubDate>\n</item>")
        items.append(exp(url))

    w = d(9, 17, 45, 0, o)
    add(40912, "reykjavik-to-host-nordic-baltic-defence-ministers", "Reykjavík to host Nordic-Baltic defence ministers in February", w, "Þórdís Ósk Guðmundsdóttir",
        "Iceland will chair the NB8 defence format for the first time, the Ministry for Foreign Affairs said. Talks at Höfði House will focus on surveillance of the GIUK gap.",
        lambda k: it(k, "Reykjavík to host Nordic-Baltic defence ministers in February", w, ["Þórdís Ósk Guðmundsdóttir"]))
    w = d(9, 15, 20, 0, o)
    add(40905, "eruption-near-grindavik-enters-third-week", "Eruption near Grindavík enters third week", w, "Ari Jónsson",
        "Lava flow from the fissure at Sundhnúkur has slowed, but the Met Office warns that gas pollution may reach Reykjanesbær.",
        lambda k: it(k, "Eruption near Grindavík enters third week", w, ["Ari Jónsson"], rel=False))
    w = d(9, 13, 0, 0, o)
    add(40898, "no-eu-accession-talks-before-referendum-says-minister", "No EU accession talks before referendum, minister says", w, "Þórdís Ósk Guðmundsdóttir",
        "The foreign minister told the Alþingi that Iceland would not reopen negotiations with Brussels until voters had their say, planned for 2027.",
        lambda k: it(k, "No EU accession talks before referendum, minister says", w, ["Þórdís Ósk Guðmundsdóttir"]))
    w = d(9, 11, 10, 0, o)
    add(40891, "isafjordur-fishing-firm-fined-over-quota-breach", "Ísafjörður fishing firm fined ISK 48 million over quota breach", w, "Ari Jónsson",
        "The Directorate of Fisheries found that the company landed 310 tonnes of cod over its allocation.",
        lambda k: it(k, "Ísafjörður fishing firm fined ISK 48 million over quota breach", w, ["Ari Jónsson"], rel=False))
    w = d(9, 9, 30, 0, o)
    add(40885, "uk-and-iceland-sign-fisheries-access-deal", "UK and Iceland sign fisheries access deal worth £12 million", w, "Sólveig Björk Halldórsdóttir",
        "British trawlers will be allowed to fish for mackerel in Icelandic waters in exchange for access for Icelandic vessels to waters around the Shetlands.",
        lambda k: it(k, "UK and Iceland sign fisheries access deal worth £12 million", w, ["Sólveig Björk Halldórsdóttir"]))
    w = d(9, 8, 0, 0, o)
    add(40880, "the-yule-cat-returns-to-laekjartorg", "The Yule Cat returns to Lækjartorg", w, "Northlight Review",
        "The five-metre illuminated cat will stand on the square until Þrettándinn, 6 January.",
        lambda k: it(k, "The Yule Cat returns to Lækjartorg", w, [], rel=False, note="The brand as creator is not a person."))
    channel = ("<title>Northlight Review</title>\n<link>https://northlightreview.is</link>\n<description>News from Iceland in English</description>\n<language>en</language>")
    return feed("en_is_northlight_news_latin1_decl_utf8.rss.xml", rss(channel, rows, ns=NS_DC, decl="UTF-8"), items, lang="en", outlet="Northlight Review",
                encoding="latin-1", declared="utf-8", ctype="text/xml; charset=ISO-8859-1", acceptable=("decoded", "refused"),
                structure="Small Icelandic English-language news site's RSS from a custom CMS: ISO-8859-1 bytes (þ ð á ö é £ as single bytes) under an XML declaration that says UTF-8, while the HTTP header 'text/xml; charset=ISO-8859-1' tells the truth; dc:creator with Icelandic names or the brand, permalink guids, GMT dates",
                notes="Broken: the prolog claims UTF-8 but the bytes are ISO-8859-1; the HTTP charset (which wins for text/xml) is right. Decoding as ISO-8859-1 (names like 'Þórdís Ósk Guðmundsdóttir' intact) is good; a clear refusal is acceptable; U+FFFD, dropped letters or mojibake in titles or authors is a defect.")


# ---------------------------------------------------------------- odd: windows-1250 bytes declared windows-1252
def pestcourier():
    rows, items = [], []
    o = 1

    def add(nid, slug, title, when, creator, desc, exp):
        url = f"https://pestcourier.hu/en/{slug}-{nid}"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><guid isPermaLink=\"false\">pc-{nid}</guid>"
                    f"<author>{esc(creator)}</author><description>{esc(desc)}</description><pubDate>{rfc822(when)}</pubDate></item>")
        items.append(exp(f"pc-{nid}"))

    mj = ["õ", "û"]  # what ő ű become under windows-1252
    w = d(9, 18, 40, 0, o)
    add(77120, "budapest-blocks-eu-sanctions-package-over-gas-transit-clause", "Budapest blocks EU sanctions package over gas transit clause", w, "Bence Lőrincz",
        "Hungary’s ambassador in Brussels vetoed the 21st package because of a provision on TurkStream deliveries, diplomats said. Szőke Péter of the foreign ministry called the clause “unacceptable”.",
        lambda k: it(k, "Budapest blocks EU sanctions package over gas transit clause", w, ["Bence Lőrincz"], junk=mj, quotes=[q("Szőke Péter")]))
    w = d(9, 16, 5, 0, o)
    add(77114, "foreign-minister-travels-to-minsk-security-conference", "Foreign minister travels to Minsk for Eurasian security conference", w, "Réka Szűcs",
        "He is the only EU minister attending the two-day meeting, which opposition MPs called “a gift to Moscow”.",
        lambda k: it(k, "Foreign minister travels to Minsk for Eurasian security conference", w, ["Réka Szűcs"], junk=mj))
    w = d(9, 14, 30, 0, o)
    add(77109, "opposition-rally-fills-hosok-tere", "Opposition rally fills Hősök tere four months before election", w, "Bence Lőrincz",
        "Organisers put the crowd at 120,000; police did not give an estimate.",
        lambda k: it(k, "Opposition rally fills Hősök tere four months before election", w, ["Bence Lőrincz"], rel=False, junk=mj))
    w = d(9, 12, 15, 0, o)
    add(77101, "forint-weakens-past-410-per-euro", "Forint weakens past 410 per euro", w, "MTI",
        "The currency fell 0.8% after inflation data came in above forecasts.",
        lambda k: it(k, "Forint weakens past 410 per euro", w, ["MTI"], rel=False, note=AGENCY))
    w = d(9, 10, 40, 0, o)
    add(77096, "slovakia-and-hungary-agree-on-new-danube-bridge-at-komarom", "Slovakia and Hungary agree on new Danube bridge at Komárom", w, "Réka Szűcs",
        "Construction of the €140 million road bridge is due to start in 2028, the two transport ministers said in Győr.",
        lambda k: it(k, "Slovakia and Hungary agree on new Danube bridge at Komárom", w, ["Réka Szűcs"], junk=mj))
    w = d(9, 8, 20, 0, o)
    add(77090, "ferencvaros-out-of-europa-league", "Ferencváros out of Europa League after defeat in Lyon", w, "Pest Courier",
        "The Budapest side lost 3–1 and can no longer reach the knockout round.",
        lambda k: it(k, "Ferencváros out of Europa League after defeat in Lyon", w, [], rel=False, note="The brand as credit is not a person."))
    channel = ("<title>Pest Courier - English</title><link>https://pestcourier.hu/en</link><description>Hungarian news in English</description><language>en</language>")
    return feed("en_hu_pestcourier_cp1250_as_cp1252.rss.xml", rss(channel, rows, decl="windows-1252", sep=""), items, lang="en", outlet="Pest Courier",
                encoding="cp1250", declared="windows-1252", ctype="application/rss+xml", acceptable=("decoded", "refused"),
                structure="Budapest news site's English RSS from a legacy PHP CMS: single line, windows-1250 bytes (ő ű, curly quotes, € as single bytes) under an XML declaration that says windows-1252 and an HTTP header without charset, <author> holding a plain name, the national agency or the brand, 'pc-<id>' non-permalink guids, +0100 dates",
                notes="Odd: the bytes are windows-1250 but the prolog says windows-1252 (no HTTP charset). Both decode without error; windows-1252 turns ő ű into õ û ('Bence Lõrincz', 'Réka Szûcs'). Decoding as windows-1250 is good; a clear refusal is acceptable; õ/û mojibake in titles, authors or summaries is a defect.")


FEEDS = [nileherald, bagmatipost, horizontoday, zocalodaily, rvrnews, platatimes, kigalichronicle, esiltimes,
         switchyard, labnotes, northlight, pestcourier]
