# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the sixteenth held-out set (world desks, tech, science, two broken ones).
All outlets, people and quotations are invented."""
import zlib

from lib import dt
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, atom, esc, it, q, rfc822, rss
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2026, 12, day, h, mi, s, off)


def cd(s):
    return f"<![CDATA[{s}]]>"


# ---------------------------------------------------------------- Irish Times-style (Arc XP)
def irishledger():
    rows, items = [], []

    def add(path, title, when, creators, desc, cat, exp):
        url = f"https://www.irishledger.ie/world/{path}/"
        cr = "".join(f"<dc:creator>{cd(c)}</dc:creator>" for c in creators)
        rows.append(f"<item><title>{cd(title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid>{cr}"
                    f"<description>{cd(desc)}</description><pubDate>{rfc822(when)}</pubDate><category>{cd(cat)}</category>"
                    f"<media:content type=\"image/jpeg\" url=\"https://www.irishledger.ie/resizer/v2/{zlib.crc32(path.encode()) % 10**8:08d}.jpg?auth=5e1f&amp;width=1200\" medium=\"image\"/></item>")
        items.append(exp(url))

    w = d(11, 17, 42)
    add("europe/2026/12/11/eu-agrees-to-extend-belarus-sanctions-after-hungary-lifts-veto", "EU agrees to extend Belarus sanctions after Hungary lifts veto", w, ["Naomi Costigan in Brussels"],
        "Budapest won an exemption for two fertiliser importers in return for dropping its objection", "Europe",
        lambda k: it(k, "EU agrees to extend Belarus sanctions after Hungary lifts veto", w, ["Naomi Costigan"], note="The byline carries the dateline 'in Brussels', which is not part of the name."))
    w = d(11, 15, 5)
    add("americas/2026/12/11/us-and-venezuela-open-talks-on-prisoner-exchange-in-doha", "US and Venezuela open talks on prisoner exchange in Doha", w, ["Reuters"],
        "Qatari mediators say the first round could cover up to 40 detainees", "Americas",
        lambda k: it(k, "US and Venezuela open talks on prisoner exchange in Doha", w, ["Reuters"], note="Agency as the only credit. [] is also correct"))
    w = d(11, 13, 30)
    add("2026/12/11/the-irish-ledger-view-on-gazas-winter-aid-cannot-wait-for-diplomacy", "The Irish Ledger view on Gaza's winter: aid cannot wait for diplomacy", w, ["The Irish Ledger"],
        "The crossings must be opened now, whatever the state of the ceasefire talks", "Editorial",
        lambda k: it(k, "The Irish Ledger view on Gaza's winter: aid cannot wait for diplomacy", w, [], note="Unsigned editorial credited to the paper itself."))
    w = d(11, 12, 10)
    add("2026/12/11/kerry-name-new-football-management-team", "Kerry name new football management team ahead of league opener", w, ["Seán Ó Murchú"],
        "Former captain returns as selector as the county rebuilds after a disappointing summer", "GAA",
        lambda k: it(k, "Kerry name new football management team ahead of league opener", w, ["Seán Ó Murchú"], rel=False))
    w = d(11, 9, 0)
    add("2026/12/11/world-view-why-moldovas-vote-matters-to-ireland", "World View: Why Moldova's vote on neutrality matters to Ireland", w, ["Dervla Keane"],
        "A small neutral state on the EU's edge is asking the questions Dublin keeps postponing", "World View",
        lambda k: it(k, "Why Moldova's vote on neutrality matters to Ireland", w, ["Dervla Keane"], note="Column name. Title label 'World View:' may be kept or dropped"))
    w = d(10, 21, 48)
    add("middle-east/2026/12/10/irish-troops-in-lebanon-to-remain-until-2027-tanaiste-confirms", "Irish troops in Lebanon to remain until 2027, Tánaiste confirms", w, ["Conor Gallagher", "Aoife Brennan"],
        "Unifil mandate renewal means 340 Defence Forces personnel will stay on the Blue Line", "Middle East",
        lambda k: it(k, "Irish troops in Lebanon to remain until 2027, Tánaiste confirms", w, ["Conor Gallagher", "Aoife Brennan"]))
    channel = ("<title>World – The Irish Ledger</title><link>https://www.irishledger.ie/world/</link>"
               "<atom:link href=\"https://www.irishledger.ie/arc/outboundfeeds/feed-world/?outputType=xml\" rel=\"self\" type=\"application/rss+xml\"/>"
               "<description>The latest world news from The Irish Ledger</description><language>en-IE</language>"
               f"<lastBuildDate>{rfc822(d(11, 17, 50))}</lastBuildDate><copyright>© 2026 The Irish Ledger DAC</copyright>")
    return feed("en_ie_irishledger_world_arc.rss.xml", rss(channel, rows, ns=NS_ATOM + NS_DC + NS_MEDIA, sep=""), items, lang="en", outlet="The Irish Ledger",
                aliases=["Irish Ledger"],
                structure="Irish Times-style Arc XP outbound feed (/arc/outboundfeeds/feed-world/?outputType=xml): single line, channel 'Section – Brand', CDATA dc:creator with the printed byline ('Name in City'), one dc:creator per author, the paper itself on editorials, agency credit, column label 'World View:', CDATA deks without final full stop, resizer media:content, +0000 dates, DAC copyright")


# ---------------------------------------------------------------- National Post-style (Postmedia, WordPress VIP)
def northernpost():
    rows, items = [], []
    tail = ("<p>Article content</p><p><strong>Get the latest headlines, breaking news and columns.</strong> "
            "Sign up for the Northern Post Top Stories newsletter.</p>")

    def add(pid, slug, title, when, creators, desc, paras, cats, exp):
        url = f"https://northernpost.ca/{slug}"
        cr = "".join(f"<dc:creator>{cd(c)}</dc:creator>" for c in creators)
        body = "".join(f"<p>{p}</p>" + ("<p>Article content</p>" if i == 1 else "") for i, p in enumerate(paras)) + tail
        rows.append(f"<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t{cr}\n\t\t<pubDate>{rfc822(when)}</pubDate>\n"
                    + "".join(f"\t\t<category>{cd(c)}</category>\n" for c in cats)
                    + f"\t\t<guid isPermaLink=\"false\">https://northernpost.ca/?p={pid}</guid>\n\t\t<description>{cd(desc)}</description>\n"
                    f"\t\t<content:encoded>{cd(body)}</content:encoded>\n\t</item>")
        items.append(exp(f"https://northernpost.ca/?p={pid}"))

    junk = ["Article content", "Get the latest headlines", "Sign up for the Northern Post"]
    w = d(11, 14, 22, 0, -5)
    add(5120884, "news/politics/ottawa-summons-indian-envoy-over-alleged-interference-in-b-c-byelection", "Ottawa summons Indian envoy over alleged interference in B.C. byelection", w, ["Marc-André Lefebvre"],
        "Global Affairs says it has 'credible evidence' of a covert campaign targeting Surrey voters",
        ["OTTAWA — Canada summoned India's acting high commissioner on Thursday after the national security agency briefed MPs on what it called a co-ordinated campaign to sway a byelection in Surrey, B.C.",
         "\u201cWe will not tolerate any foreign state interfering in our democracy,\u201d said Louise Tremblay-Park, a spokesperson for Global Affairs Canada.",
         "New Delhi rejected the allegation as \u201cbaseless and politically motivated\u201d in a statement posted late Thursday.",
         "The byelection is scheduled for Jan. 19."],
        ["News", "Politics", "Canada"],
        lambda k: it(k, "Ottawa summons Indian envoy over alleged interference in B.C. byelection", w, ["Marc-André Lefebvre"], junk=junk,
                     quotes=[q("Louise Tremblay-Park", "Global Affairs Canada")]))
    w = d(11, 12, 5, 0, -5)
    add(5120710, "news/world/canada-joins-allies-in-new-sanctions-on-iranian-drone-makers", "Canada joins allies in new sanctions on Iranian drone makers", w, ["The Canadian Press"],
        "Eleven entities and six individuals added to the list",
        ["OTTAWA — Canada has imposed sanctions on 11 Iranian companies and six executives it says supplied drone components to Russia.",
         "The measures were co-ordinated with the United Kingdom and Australia.",
         "Iran's embassy did not respond to a request for comment."],
        ["News", "World"],
        lambda k: it(k, "Canada joins allies in new sanctions on Iranian drone makers", w, ["The Canadian Press"], junk=junk, note="Agency as the only credit. [] is also correct"))
    w = d(11, 0, 40, 0, -5)
    add(5120402, "sports/hockey/nhl/oilers-edge-flames-in-overtime-thriller", "Oilers edge Flames in overtime thriller to extend win streak to six", w, ["Cam Holowachuk"],
        "Third-period comeback sets up winner 1:12 into extra time",
        ["EDMONTON — The Oilers came back from two goals down in the third period and won 4-3 in overtime.",
         "The win was Edmonton's sixth in a row.",
         "Calgary hosts Vancouver on Saturday."],
        ["Sports", "Hockey", "NHL"],
        lambda k: it(k, "Oilers edge Flames in overtime thriller to extend win streak to six", w, ["Cam Holowachuk"], rel=False, junk=junk))
    w = d(11, 10, 0, 0, -5)
    add(5120633, "opinion/canadas-arctic-needs-more-than-icebreakers", "Helen Drouin: Canada's Arctic needs more than icebreakers", w, ["Helen Drouin, Special to the Northern Post"],
        "Russia and China are building presence in the North while Ottawa is still drafting procurement plans",
        ["Every few years, Ottawa rediscovers the Arctic.",
         "This time the trigger is a Chinese research vessel that spent nine days in the Beaufort Sea without notice.",
         "Icebreakers take a decade to build. Relationships with northern communities and with our Nordic allies can be built now.",
         "Helen Drouin is a fellow at the Polar Policy Institute in Whitehorse."],
        ["Opinion", "Columnists"],
        lambda k: it(k, "Canada's Arctic needs more than icebreakers", w, ["Helen Drouin"],
                     junk=[*junk, "Special to the Northern Post"], note="Title label 'Helen Drouin:' may be kept or dropped; the credit ', Special to …' is not part of the name."))
    w = d(11, 8, 15, 0, -5)
    add(5120590, "news/world/greenland-election-what-canadas-neighbour-decided", "Greenland election: Pro-independence party wins largest share in record turnout", w, ["Sophie Lavoie", "Agence France-Presse"],
        "Result puts Nuuk's relationship with Copenhagen — and Washington — back on the table",
        ["NUUK, Greenland — A party that wants a faster path to independence from Denmark won the most seats in Greenland's parliamentary election on Thursday.",
         "Turnout reached 74 per cent, the highest since home rule began.",
         "Canada shares a maritime border with the island across the Nares Strait."],
        ["News", "World"],
        lambda k: it(k, "Greenland election: Pro-independence party wins largest share in record turnout", w, ["Sophie Lavoie"], junk=junk,
                     note="Reporter plus agency. [\"Sophie Lavoie\", \"Agence France-Presse\"] is also correct"))
    w = d(10, 19, 0, 0, -5)
    add(5119977, "shopping-essentials/best-winter-boots-tested", "The best winter boots for 2026, tested by our editors", w, ["Shopping Essentials Team"],
        "We walked through slush, salt and -30 C to find out which boots keep your feet dry",
        ["Canadian winters are tough on footwear.", "Here are our picks.", "This article may contain affiliate links."],
        ["Shopping Essentials"],
        lambda k: it(k, "The best winter boots for 2026, tested by our editors", w, [], story=False, rel=False, junk=junk, note="Affiliate shopping guide."))
    channel = ("\n\t<title>World | Northern Post</title>\n\t<atom:link href=\"https://northernpost.ca/category/news/world/feed\" rel=\"self\" type=\"application/rss+xml\" />\n"
               "\t<link>https://northernpost.ca</link>\n\t<description>Canadian news, world news and opinion</description>\n"
               f"\t<lastBuildDate>{rfc822(d(11, 14, 30, 0, -5))}</lastBuildDate>\n\t<language>en-CA</language>\n"
               "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.7.1</generator>")
    ns = NS_CONTENT + NS_DC + NS_ATOM + ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"'
    return feed("en_ca_northernpost_world_wpvip.rss.xml", rss(channel, rows, ns=ns), items, lang="en", outlet="Northern Post", aliases=["The Northern Post"],
                structure="National Post / Postmedia-style WordPress VIP category feed: channel 'Section | Brand', tab-indented XML, dc:creator with 'Name, Special to …' guest credit, agency as creator, person plus agency, '?p=' non-permalink guids, CDATA deks, content:encoded with 'Article content' ad-slot paragraphs and a newsletter sign-up footer, 'Columnist name:' title prefix, affiliate shopping post, a hockey result, -0500 dates")


# ---------------------------------------------------------------- Mail & Guardian-style (WordPress, South Africa)
def highveldmail():
    rows, items = [], []

    def add(pid, slug, title, when, creator, desc, cats, exp):
        url = f"https://highveldmail.co.za/{slug}/"
        rows.append(f"<item>\n<title>{title}</title>\n<link>{url}</link>\n<dc:creator>{cd(creator)}</dc:creator>\n<pubDate>{rfc822(when)}</pubDate>\n"
                    + "".join(f"<category>{cd(c)}</category>\n" for c in cats)
                    + f"<guid isPermaLink=\"false\">https://highveldmail.co.za/?p={pid}</guid>\n<description>{cd(desc)}</description>\n</item>")
        items.append(exp(f"https://highveldmail.co.za/?p={pid}"))

    w = d(11, 16, 2, 0, 2)
    add(721455, "africa/2026-12-11-sadc-summit-fails-to-agree-on-mozambique-peacekeeping-mandate", "SADC summit fails to agree on Mozambique peacekeeping mandate", w, "Thandeka Mokoena",
        "<p>Leaders left Harare without a decision on whether troops will return to Cabo Delgado, where insurgent attacks have doubled since June [&#8230;]</p>", ["Africa", "Mozambique", "SADC"],
        lambda k: it(k, "SADC summit fails to agree on Mozambique peacekeeping mandate", w, ["Thandeka Mokoena"], junk=["[…]", "[&#8230;]"]))
    w = d(11, 13, 40, 0, 2)
    add(721431, "politics/2026-12-11-pretoria-recalls-ambassador-from-washington-for-consultations", "Pretoria recalls ambassador from Washington for consultations", w, "Staff Writer",
        "<p>The department of international relations said the move followed &#8216;unacceptable&#8217; remarks about the country&#8217;s land reform programme [&#8230;]</p>", ["Politics", "Diplomacy"],
        lambda k: it(k, "Pretoria recalls ambassador from Washington for consultations", w, [], junk=["[…]"], note="Desk credit 'Staff Writer' is not a person."))
    w = d(11, 11, 15, 0, 2)
    add(721402, "business/2026-12-11-load-shedding-returns-as-two-units-trip-at-kusile", "Load-shedding returns as two units trip at Kusile", w, "Sipho Ndlovu",
        "<p>Stage 2 rolling blackouts will be implemented from 5pm until further notice, the utility said [&#8230;]</p>", ["Business", "Energy"],
        lambda k: it(k, "Load-shedding returns as two units trip at Kusile", w, ["Sipho Ndlovu"], rel=False, junk=["[…]"]))
    w = d(11, 9, 30, 0, 2)
    add(721377, "africa/2026-12-11-sudans-refugees-in-chad-face-a-hungry-season", "Sudan&#8217;s refugees in Chad face a hungry season with no end in sight", w, "Ayanda Khumalo and Amina Idriss",
        "<p>In Adré, ration cuts by the World Food Programme have left families on half portions as the war in Darfur grinds into its fourth year [&#8230;]</p>", ["Africa", "Sudan", "Chad"],
        lambda k: it(k, "Sudan\u2019s refugees in Chad face a hungry season with no end in sight", w, ["Ayanda Khumalo", "Amina Idriss"], junk=["[…]"]))
    w = d(11, 7, 0, 0, 2)
    add(721360, "podcasts/2026-12-11-listen-the-continent-whos-arming-the-sahel", "LISTEN | The Continent: Who&#8217;s arming the Sahel?", w, "Highveld Mail",
        "<p>This week on our Africa podcast: drones, mercenaries and the new arms bazaar [&#8230;]</p>", ["Podcasts"],
        lambda k: it(k, "The Continent: Who\u2019s arming the Sahel?", w, [], story=False, note="Podcast episode. Title label 'LISTEN |' may be kept or dropped"))
    w = d(10, 18, 0, 0, 2)
    add(721301, "cartoons/2026-12-10-cartoon-trade-winds", "CARTOON | Trade winds", w, "Themba Zulu",
        "<p></p>", ["Cartoons"],
        lambda k: it(k, "Trade winds", w, ["Themba Zulu"], story=False, rel=False, note="Editorial cartoon, no text. Title label 'CARTOON |' may be kept or dropped"))
    channel = ("<title>Highveld Mail</title>\n<atom:link href=\"https://highveldmail.co.za/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n<link>https://highveldmail.co.za</link>\n"
               f"<description>Africa&#039;s best read</description>\n<lastBuildDate>{rfc822(d(11, 16, 10, 0, 2))}</lastBuildDate>\n<language>en-ZA</language>\n<generator>https://wordpress.org/?v=6.6.2</generator>")
    return feed("en_za_highveldmail_wp.rss.xml", rss(channel, rows, ns=NS_DC + NS_ATOM), items, lang="en", outlet="Highveld Mail", aliases=["The Highveld Mail"],
                structure="Mail & Guardian-style WordPress site feed: channel title is the bare brand, CDATA dc:creator holding one person, 'A and B', 'Staff Writer' or the brand, entity-encoded curly quotes in titles (&#8217;), CDATA <p> excerpts ending in ' [&#8230;]', 'LISTEN |' and 'CARTOON |' upper-case labels, an empty-excerpt cartoon, '?p=' guids, +0200 dates")


# ---------------------------------------------------------------- Vanguard / Punch-style (Nigeria, WordPress)
def lagoonherald():
    rows, items = [], []

    def add(pid, slug, title, when, creator, desc, exp):
        url = f"https://www.lagoonherald.ng/2026/12/{slug}/"
        footer = f"<p>The post <a href=\"{url}\">{esc(title)}</a> appeared first on <a href=\"https://www.lagoonherald.ng\">Lagoon Herald News</a>.</p>"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><comments>{url}#respond</comments><dc:creator>{cd(creator)}</dc:creator>"
                    f"<pubDate>{rfc822(when)}</pubDate><category>{cd('News')}</category><guid isPermaLink=\"false\">https://www.lagoonherald.ng/?p={pid}</guid>"
                    f"<description>{cd(desc + footer)}</description>"
                    f"<slash:comments>0</slash:comments></item>")
        items.append(exp(f"https://www.lagoonherald.ng/?p={pid}"))

    junk = ["appeared first on", "Lagoon Herald News."]
    w = d(11, 17, 12, 0, 1)
    add(3390121, "ecowas-gives-niger-mali-burkina-faso-fresh-deadline-on-exit-terms", "ECOWAS gives Niger, Mali, Burkina Faso fresh deadline on exit terms", w, "Lagoon Herald",
        "<p>By Ifeanyi Okoro ABUJA &#8212; The Economic Community of West African States, ECOWAS, has given the three Sahel states until March to agree terms on trade and free movement after their exit from the bloc.</p>",
        lambda k: it(k, "ECOWAS gives Niger, Mali, Burkina Faso fresh deadline on exit terms", w, ["Ifeanyi Okoro"], junk=[*junk, "By Ifeanyi Okoro"],
                     note="Byline only at the start of the excerpt; the dc:creator is the site. [] is also correct"))
    w = d(11, 15, 47, 0, 1)
    add(3390098, "tinubu-departs-abuja-for-nigeria-brazil-business-forum", "Tinubu departs Abuja for Nigeria-Brazil business forum", w, "Bola Adeyemi",
        "<p>President Bola Tinubu on Friday departed Abuja for Brasília, where he is expected to sign agreements on agriculture and aviation.</p>",
        lambda k: it(k, "Tinubu departs Abuja for Nigeria-Brazil business forum", w, ["Bola Adeyemi"], junk=junk))
    w = d(11, 14, 3, 0, 1)
    add(3390074, "npfl-enyimba-hold-rangers-in-oriental-derby", "NPFL: Enyimba hold Rangers in Oriental derby", w, "Tunde Bakare",
        "<p>Enyimba and Rangers played out a goalless draw in Aba on Friday.</p>",
        lambda k: it(k, "NPFL: Enyimba hold Rangers in Oriental derby", w, ["Tunde Bakare"], rel=False, junk=junk))
    w = d(11, 10, 0, 0, 1)
    add(3390020, "dollar-to-naira-exchange-rate-today-11-december-2026", "Dollar to Naira exchange rate today, 11 December 2026", w, "Lagoon Herald",
        "<p>Here is the black market (parallel market) and official rate for the Naira today.</p>",
        lambda k: it(k, "Dollar to Naira exchange rate today, 11 December 2026", w, [], story=False, rel=False, junk=junk, note="Daily rate service post."))
    w = d(11, 8, 36, 0, 1)
    add(3389987, "ghana-nigeria-sign-deal-to-ease-cross-border-trucking", "Ghana, Nigeria sign deal to ease cross-border trucking", w, "Ngozi Chukwu",
        "<p>By Ngozi Chukwu LAGOS &#8212; Nigeria and Ghana have signed a memorandum to cut checkpoints on the Lagos-Abidjan corridor.</p><p>The deal was signed at the Seme border.</p>",
        lambda k: it(k, "Ghana, Nigeria sign deal to ease cross-border trucking", w, ["Ngozi Chukwu"], junk=[*junk, "By Ngozi Chukwu"]))
    w = d(10, 21, 20, 0, 1)
    add(3389930, "israel-iran-nigerians-in-tehran-urged-to-register-with-embassy", "Israel-Iran: Nigerians in Tehran urged to register with embassy", w, "Lagoon Herald",
        "<p>By Our Correspondent The Ministry of Foreign Affairs has asked Nigerians living in Iran to register with the embassy in Tehran as tension rises in the region.</p>",
        lambda k: it(k, "Israel-Iran: Nigerians in Tehran urged to register with embassy", w, [], junk=[*junk, "By Our Correspondent"], note="'Our Correspondent' is not a person."))
    channel = ("<title>Lagoon Herald News</title><atom:link href=\"https://www.lagoonherald.ng/category/news/feed/\" rel=\"self\" type=\"application/rss+xml\"/>"
               f"<link>https://www.lagoonherald.ng</link><description>Nigeria and World News</description><lastBuildDate>{rfc822(d(11, 17, 20, 0, 1))}</lastBuildDate><language>en-US</language>")
    ns = NS_DC + NS_ATOM + ' xmlns:slash="http://purl.org/rss/1.0/modules/slash/"'
    return feed("en_ng_lagoonherald_news_wp.rss.xml", rss(channel, rows, ns=ns, sep=""), items, lang="en", outlet="Lagoon Herald", aliases=["Lagoon Herald News"],
                structure="Vanguard-style Nigerian WordPress category feed: single line, channel 'Brand News', dc:creator often the site itself while the printed 'By Name CITY —' byline opens the excerpt, 'By Our Correspondent', WordPress 'The post … appeared first on …' footer, slash:comments, a daily exchange-rate service post, a league result, '?p=' guids, +0100 dates")


# ---------------------------------------------------------------- ABC (Australia)-style
def australnews():
    rows, items = [], []

    def add(aid, slug, title, when, creator, desc, cat, exp):
        url = f"https://www.australnews.net.au/news/2026-12-11/{slug}/{aid}"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item>\n      <title>{cd(title)}</title>\n      <link>{url}</link>\n      <description>{cd(desc)}</description>\n"
                    f"      <pubDate>{rfc822(when)}</pubDate>\n      <guid isPermaLink=\"true\">{url}</guid>\n      {cr}\n      <category>{cat}</category>\n"
                    f"      <media:group>\n        <media:description>{cd(title)}</media:description>\n        <media:content url=\"https://live-production.austral.net.au/{aid}/16x9.jpg\" medium=\"image\" type=\"image/jpeg\" width=\"940\" height=\"529\"/>\n      </media:group>\n    </item>")
        items.append(exp(url))

    o = 11
    w = d(11, 17, 55, 0, o)
    add(106201448, "australia-indonesia-sign-maritime-patrol-pact", "Australia and Indonesia sign defence pact on joint maritime patrols", w, "Pacific affairs reporter Liam Fraser",
        "The agreement allows navy ships from both countries to patrol the Arafura Sea together for the first time.", "World",
        lambda k: it(k, "Australia and Indonesia sign defence pact on joint maritime patrols", w, ["Liam Fraser"], note="The byline's job title is not part of the name."))
    w = d(11, 15, 20, 0, o)
    add(106201301, "solomon-islands-pm-survives-no-confidence-vote", "Solomon Islands PM survives no-confidence motion after week of protests in Honiara", w, "Mele Tupou and Jack Harrow",
        "Opposition MPs accused the government of signing a secret policing deal with Beijing.", "World",
        lambda k: it(k, "Solomon Islands PM survives no-confidence motion after week of protests in Honiara", w, ["Mele Tupou", "Jack Harrow"]))
    w = d(11, 14, 2, 0, o)
    add(106201222, "ashes-day-two-adelaide", "Ashes: England collapse on day two under Adelaide lights", w, "Sean Mitchell",
        "Australia's pace attack took six wickets in the final session.", "Sport",
        lambda k: it(k, "Ashes: England collapse on day two under Adelaide lights", w, ["Sean Mitchell"], rel=False))
    w = d(11, 12, 0, 0, o)
    add(106201150, "live-pacific-islands-forum-leaders-meet-nukualofa", "Live: Pacific Islands Forum leaders meet in Nuku'alofa as climate finance row deepens", w, None,
        "Follow live updates from the leaders' retreat.", "World",
        lambda k: it(k, "Pacific Islands Forum leaders meet in Nuku'alofa as climate finance row deepens", w, [], story=False, note="Live blog. Title label 'Live:' may be kept or dropped"))
    w = d(11, 10, 30, 0, o)
    add(106201077, "sydney-heatwave-temperatures-to-hit-43", "Sydney heatwave: Western suburbs to swelter through 43C as total fire ban declared", w, "Austral News",
        "The Bureau of Meteorology warned of severe fire danger across Greater Sydney.", "Weather",
        lambda k: it(k, "Sydney heatwave: Western suburbs to swelter through 43C as total fire ban declared", w, [], rel=False, note="The broadcaster credited as author is not a person."))
    w = d(11, 8, 45, 0, o)
    add(106200981, "china-foreign-minister-to-visit-canberra", "China's top diplomat to visit Canberra for first time in three years", w, "North Asia correspondent Hannah Kwok and political reporter Tom Ashby",
        "The visit is expected to focus on trade and the detention of an Australian writer.", "Politics",
        lambda k: it(k, "China's top diplomat to visit Canberra for first time in three years", w, ["Hannah Kwok", "Tom Ashby"]))
    channel = ("\n    <title>World News - Austral News (Austral Broadcasting Corporation)</title>\n    <link>https://www.australnews.net.au/news/world</link>\n"
               "    <description>World news from Austral News</description>\n    <language>en-AU</language>\n"
               "    <copyright>Copyright 2026, Austral Broadcasting Corporation</copyright>\n"
               f"    <lastBuildDate>{rfc822(d(11, 18, 0, 0, o))}</lastBuildDate>\n    <ttl>15</ttl>")
    return feed("en_au_australnews_world.rss.xml", rss(channel, rows, ns=NS_DC + NS_MEDIA), items, lang="en", outlet="Austral News",
                aliases=["Austral Broadcasting Corporation"],
                structure="ABC (Australia)-style section RSS: channel 'Section - Brand (Corporation)', dc:creator holding the printed byline with job titles ('Pacific affairs reporter Name', 'A and B' with titles on both), the broadcaster as creator, CDATA title/description, media:group with 16x9 image, 'Live:' live blog, 'Ashes:' sport kicker, numeric article ids in permalink guids, +1100 (AEDT) dates")


# ---------------------------------------------------------------- The Local-style (Norway edition, Atom)
def nordiclocal():
    entries, items = [], []

    def add(slug, title, when, author, summary, exp):
        url = f"https://www.thenordiclocal.no/20261211/{slug}"
        entries.append(f"<entry><title type=\"html\">{esc(title)}</title><link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/><id>{url}</id>"
                       f"<published>{when.isoformat()}</published><updated>{when.isoformat()}</updated>"
                       + (f"<author><name>{esc(author)}</name></author>" if author is not None else "")
                       + f"<summary type=\"html\">{esc(summary)}</summary></entry>")
        items.append(exp(url))

    o = 1
    img = '<img src="https://apiwp.thenordiclocal.no/wp-content/uploads/2026/12/{}.jpg" alt="" width="640" /><br/>'
    more = ' <a href="https://www.thenordiclocal.no/membership">Click here to become a member of The Nordic Local</a>'
    w = d(11, 16, 40, 0, o)
    add("norway-to-boost-aid-to-ukraine-with-new-nansen-package", "Norway to boost aid to Ukraine with new Nansen package", w, "Ingrid Solberg",
        img.format("storting") + "Norway's parliament has agreed to add 15 billion kroner to its multi-year support programme for Ukraine, with most of it earmarked for air defence." + more,
        lambda k: it(k, "Norway to boost aid to Ukraine with new Nansen package", w, ["Ingrid Solberg"], junk=["Click here to become a member"]))
    w = d(11, 14, 5, 0, o)
    add("explained-how-norways-new-rules-on-rental-cars-affect-foreigners", "EXPLAINED: How Norway's new toll rules affect foreign-registered cars", w, "The Nordic Local",
        img.format("toll") + "From January, cars with foreign plates will be billed for road tolls through a new European system." + more,
        lambda k: it(k, "How Norway's new toll rules affect foreign-registered cars", w, [], rel=False, junk=["Click here to become a member"], note="Explainer for residents. Title label 'EXPLAINED:' may be kept or dropped"))
    w = d(11, 12, 30, 0, o)
    add("swedish-police-arrest-two-over-danish-embassy-blast", "Swedish police arrest two over blast near Danish embassy", w, "AFP/The Nordic Local",
        img.format("embassy") + "Stockholm police said two teenagers had been detained after a device exploded outside the Danish embassy on Wednesday night. Investigators are looking into whether they were recruited by a foreign power." + more,
        lambda k: it(k, "Swedish police arrest two over blast near Danish embassy", w, [], junk=["Click here to become a member"], note="Agency/brand credit. [\"AFP\"] is also correct"))
    w = d(11, 10, 15, 0, o)
    add("finland-closes-last-crossing-on-russian-border", "Finland closes last rail crossing on Russian border", w, "Mikko Virtanen",
        img.format("vainikkala") + "The Finnish government said the freight line at Vainikkala would close indefinitely from Monday." + more,
        lambda k: it(k, "Finland closes last rail crossing on Russian border", w, ["Mikko Virtanen"], junk=["Click here to become a member"]))
    w = d(11, 8, 0, 0, o)
    add("norwegian-word-of-the-day-kos", "Norwegian word of the day: Kos", w, "The Nordic Local",
        img.format("kos") + "You'll hear this word a lot in December." + more,
        lambda k: it(k, "Norwegian word of the day: Kos", w, [], story=False, rel=False, junk=["Click here to become a member"], note="Recurring language feature."))
    w = d(10, 19, 50, 0, o)
    add("svalbard-is-not-up-for-negotiation-says-norwegian-foreign-minister", "'Svalbard is not up for negotiation': Norway rejects Russian call for talks", w, "Erik Haugen",
        img.format("longyearbyen") + "Norway's foreign ministry dismissed a Russian demand for consultations on fishing rights around the archipelago. \u201cThe treaty is clear and it is not up for negotiation,\u201d said ministry spokesperson Kari Lunde." + more,
        lambda k: it(k, "'Svalbard is not up for negotiation': Norway rejects Russian call for talks", w, ["Erik Haugen"], junk=["Click here to become a member"],
                     quotes=[q("Kari Lunde", "Norwegian foreign ministry")]))
    head = ("<title>The Nordic Local Norway</title><subtitle>Norway's news in English</subtitle><link rel=\"alternate\" href=\"https://www.thenordiclocal.no/\"/>"
            "<link rel=\"self\" href=\"https://feeds.thenordiclocal.no/no/atom.xml\"/><id>https://www.thenordiclocal.no/</id>"
            f"<updated>{d(11, 16, 45, 0, o).isoformat()}</updated><rights>The Nordic Local Europe AB</rights>")
    return feed("en_no_nordiclocal_atom.atom.xml", atom(head, entries, sep=""), items, lang="en", outlet="The Nordic Local", aliases=["The Nordic Local Norway", "Nordic Local"],
                shape="atom", ctype="application/atom+xml; charset=utf-8",
                structure="The Local (Norway/Sweden)-style Atom feed: single line, edition name as feed title ('Brand Norway'), html summaries opening with a WordPress <img> and <br/> and ending with a membership link, 'AFP/Brand' credits, the brand as author of explainers and the word of the day, 'EXPLAINED:' upper-case label, a quote headline in single quotes, +01:00 stamps, Swedish AB rights line")


# ---------------------------------------------------------------- Kuwait Times-style (WordPress, Gulf)
def gulftide():
    rows, items = [], []

    def add(pid, slug, title, when, creator, desc, body, exp):
        url = f"https://gulftide.com.kw/{slug}/"
        rows.append(f"<item>\n\t<title>{esc(title)}</title>\n\t<link>{url}</link>\n\t<dc:creator>{cd(creator)}</dc:creator>\n\t<pubDate>{rfc822(when)}</pubDate>\n"
                    f"\t<category>{cd('Top Stories')}</category>\n\t<guid isPermaLink=\"false\">https://gulftide.com.kw/?p={pid}</guid>\n"
                    f"\t<description>{cd(desc)}</description>\n\t<content:encoded>{cd(body)}</content:encoded>\n</item>")
        items.append(exp(f"https://gulftide.com.kw/?p={pid}"))

    o = 3
    w = d(11, 18, 20, 0, o)
    add(402281, "kuwait-iraq-agree-to-revive-khor-abdullah-navigation-committee", "Kuwait, Iraq agree to revive Khor Abdullah navigation committee", w, "Reem Al-Mutawa",
        "KUWAIT: Kuwait and Iraq agreed on Thursday to reconvene a joint committee on navigation in the Khor Abdullah waterway, stalled since 2023.",
        "<p><strong>By Reem Al-Mutawa</strong></p><p>KUWAIT: Kuwait and Iraq agreed on Thursday to reconvene a joint committee on navigation in the Khor Abdullah waterway, stalled since 2023.</p>"
        "<p>The decision came during a visit by Iraq&#8217;s foreign minister, who met the Amir and the Crown Prince at Bayan Palace.</p>"
        "<p>&#8220;We want the waterway to be a bridge, not a wall,&#8221; said Deputy Foreign Minister Nasser Al-Huwailah.</p>"
        "<p>The committee will meet in Basra in February.</p>",
        lambda k: it(k, "Kuwait, Iraq agree to revive Khor Abdullah navigation committee", w, ["Reem Al-Mutawa"], junk=["By Reem Al-Mutawa"],
                     quotes=[q("Nasser Al-Huwailah")]))
    w = d(11, 16, 0, 0, o)
    add(402260, "gcc-foreign-ministers-condemn-strike-on-hodeidah-port", "GCC foreign ministers condemn strike on Hodeidah port", w, "KUNA",
        "RIYADH: GCC foreign ministers condemned an air strike on Yemen&#8217;s Hodeidah port that killed dock workers.",
        "<p>RIYADH: GCC foreign ministers on Thursday condemned an air strike on Yemen&#8217;s Hodeidah port that killed 12 dock workers, calling it a threat to aid deliveries.</p>"
        "<p>The ministers met in Riyadh ahead of the bloc&#8217;s annual summit.</p><p>&#8212; KUNA</p>",
        lambda k: it(k, "GCC foreign ministers condemn strike on Hodeidah port", w, ["KUNA"], junk=["— KUNA"], note="Agency as the only credit. [] is also correct"))
    w = d(11, 13, 45, 0, o)
    add(402238, "ministry-announces-winter-school-holiday-dates", "Ministry announces mid-year school holiday dates", w, "Gulf Tide",
        "KUWAIT: The Ministry of Education announced that the mid-year break will start on Jan 22.",
        "<p>KUWAIT: The Ministry of Education announced that the mid-year break for public schools will start on Jan 22 and end on Feb 1.</p><p>Private schools will set their own calendars.</p>",
        lambda k: it(k, "Ministry announces mid-year school holiday dates", w, [], rel=False))
    w = d(11, 11, 10, 0, o)
    add(402215, "expats-urged-to-update-civil-id-addresses", "Expats urged to update civil ID addresses by January", w, "Abdullah Al-Rashidi",
        "KUWAIT: The Public Authority for Civil Information has urged residents to update their addresses online.",
        "<p><strong>By Abdullah Al-Rashidi</strong></p><p>KUWAIT: The Public Authority for Civil Information has urged residents to update their addresses online or face fines of up to KD 100.</p><p>The deadline is Jan 31.</p>",
        lambda k: it(k, "Expats urged to update civil ID addresses by January", w, ["Abdullah Al-Rashidi"], rel=False, junk=["By Abdullah Al-Rashidi"]))
    w = d(11, 9, 30, 0, o)
    add(402190, "iranian-fm-in-kuwait-for-talks-on-dorra-gas-field", "Iranian FM in Kuwait for talks on Dorra gas field", w, "Gulf Tide",
        "KUWAIT: Iran&#8217;s foreign minister arrived in Kuwait on Thursday for talks expected to touch on the disputed Dorra offshore gas field.",
        "<p>KUWAIT: Iran&#8217;s foreign minister arrived in Kuwait on Thursday on a two-day visit.</p><p>Kuwait and Saudi Arabia say they hold exclusive rights to the Dorra field, which Iran also claims.</p>"
        "<p><em>Follow Gulf Tide on WhatsApp for the latest updates.</em></p>",
        lambda k: it(k, "Iranian FM in Kuwait for talks on Dorra gas field", w, [], junk=["Follow Gulf Tide on WhatsApp"]))
    w = d(10, 20, 0, 0, o)
    add(402160, "photos-kuwait-marks-winter-festival-in-souq-al-mubarakiya", "PHOTOS: Winter festival lights up Souq Al-Mubarakiya", w, "Gulf Tide",
        "KUWAIT: Visitors flocked to the old market for the opening of the winter festival.",
        "<p>KUWAIT: Visitors flocked to the old market for the opening of the winter festival. &#8211; Photos by Yasser Al-Zayyat</p>",
        lambda k: it(k, "Winter festival lights up Souq Al-Mubarakiya", w, [], story=False, rel=False, note="Photo gallery. Title label 'PHOTOS:' may be kept or dropped"))
    channel = ("\n\t<title>Gulf Tide</title>\n\t<atom:link href=\"https://gulftide.com.kw/category/top-stories/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://gulftide.com.kw</link>\n"
               f"\t<description>Kuwait&#039;s leading English daily</description>\n\t<lastBuildDate>{rfc822(d(11, 18, 25, 0, o))}</lastBuildDate>\n\t<language>en-US</language>")
    return feed("en_kw_gulftide_topstories_wp.rss.xml", rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM), items, lang="en", outlet="Gulf Tide",
                structure="Kuwait Times-style WordPress 'Top Stories' feed: 'CITY:' upper-case datelines, description shorter than content:encoded, content:encoded opening with a bold '<strong>By Name</strong>' paragraph, KUNA agency credit closing with '— KUNA', the paper as dc:creator on desk stories, WhatsApp follow appeal, 'PHOTOS:' gallery, '?p=' guids, +0300 dates")


# ---------------------------------------------------------------- MercoPress-style (Montevideo, custom CMS)
def southcone():
    rows, items = [], []

    def add(path, title, when, desc, exp):
        url = f"https://en.southconepress.com/2026/12/11/{path}"
        rows.append(f"<item>\r\n<title>{esc(title)}</title>\r\n<link>{url}</link>\r\n<description>{esc(desc)}</description>\r\n<pubDate>{rfc822(when)}</pubDate>\r\n<guid>{url}</guid>\r\n</item>")
        items.append(exp(url))

    o = -3
    w = d(11, 9, 10, 0, o)
    add("mercosur-and-efta-sign-free-trade-agreement-in-montevideo", "Mercosur and EFTA sign free trade agreement in Montevideo", w,
        "<p>Foreign ministers of the four Mercosur members and the European Free Trade Association signed on Thursday a trade agreement that removes tariffs on 97% of goods. The deal still needs ratification by national parliaments.</p>",
        lambda k: it(k, "Mercosur and EFTA sign free trade agreement in Montevideo", w))
    w = d(11, 8, 25, 0, o)
    add("argentina-renews-claim-over-south-atlantic-islands-at-un-committee", "Argentina renews claim over South Atlantic islands at UN committee", w,
        "<p>Argentina's foreign minister told the UN decolonization committee that Buenos Aires remains open to dialogue with London. The islands' legislative assembly sent its own delegation.</p>",
        lambda k: it(k, "Argentina renews claim over South Atlantic islands at UN committee", w))
    w = d(11, 7, 50, 0, o)
    add("uruguay-beef-exports-hit-record-on-chinese-demand", "Uruguay beef exports hit record on Chinese demand", w,
        "<p>Uruguay's meat institute said exports reached 480,000 tonnes in the first eleven months of the year, with China taking 58%.</p>",
        lambda k: it(k, "Uruguay beef exports hit record on Chinese demand", w, rel=False, note="Commodity market report."))
    w = d(11, 7, 5, 0, o)
    add("chile-s-president-elect-names-foreign-minister", "Chile's president-elect names career diplomat as foreign minister", w,
        "<p>The nomination of ambassador Rodrigo Valdés Aranda signals continuity in Chile's Pacific and Antarctic policy, analysts said.</p>",
        lambda k: it(k, "Chile's president-elect names career diplomat as foreign minister", w))
    w = d(10, 18, 40, 0, o)
    add("antarctic-cruise-season-opens-with-record-bookings-in-ushuaia", "Antarctic cruise season opens with record bookings in Ushuaia", w,
        "<p>Some 62 cruise ships are scheduled to call at Ushuaia this season.</p>",
        lambda k: it(k, "Antarctic cruise season opens with record bookings in Ushuaia", w, rel=False))
    w = d(10, 16, 15, 0, o)
    add("paraguay-and-taiwan-renew-cooperation-deal-as-beijing-courts-asuncion", "Paraguay and Taiwan renew cooperation deal as Beijing courts Asunción", w,
        "<p>Paraguay, Taiwan's last diplomatic ally in South America, renewed a five-year cooperation agreement worth US$ 150 million.</p>",
        lambda k: it(k, "Paraguay and Taiwan renew cooperation deal as Beijing courts Asunción", w))
    channel = ("<title>SouthCone Press | South Atlantic News Agency</title>\r\n<link>https://en.southconepress.com/</link>\r\n<description>SouthCone Press, South Atlantic News Agency</description>\r\n"
               f"<language>en</language>\r\n<pubDate>{rfc822(d(11, 9, 15, 0, o))}</pubDate>")
    return feed("en_uy_southconepress_rss.rss.xml", rss(channel, rows, sep="\r\n"), items, lang="en", outlet="SouthCone Press", aliases=["Southcone Press"],
                structure="MercoPress-style news agency RSS from a custom CMS: CRLF line ends, channel 'Brand | tagline', no author element, escaped <p> descriptions, links as bare guids with date paths, Mercosur/South Atlantic agenda with one commodity and one tourism item, -0300 dates")


# ---------------------------------------------------------------- Rest of World-style tech (WordPress VIP)
def everywhereelse():
    rows, items = [], []

    def add(pid, slug, title, when, creators, desc, body, exp):
        url = f"https://everywhereelse.org/2026/{slug}/"
        cr = "".join(f"<dc:creator>{cd(c)}</dc:creator>" for c in creators)
        rows.append(f"<item><title>{esc(title)}</title><link>{url}?utm_source=rss&amp;utm_medium=rss</link>{cr}<pubDate>{rfc822(when)}</pubDate>"
                    f"<guid isPermaLink=\"false\">https://everywhereelse.org/?p={pid}</guid><description>{cd(desc)}</description>"
                    f"<content:encoded>{cd(body)}</content:encoded></item>")
        items.append(exp(f"https://everywhereelse.org/?p={pid}"))

    def body(kicker, paras):
        return (f"<ul class=\"takeaways\"><li>{kicker[0]}</li><li>{kicker[1]}</li></ul>" + "".join(f"<p>{p}</p>" for p in paras)
                + "<p><em>Read more: <a href=\"https://everywhereelse.org/2026/chip-rules/\">How chip rules are redrawing Asia</a></em></p>")

    w = d(10, 14, 0)
    add(88231, "india-data-law-chinese-phone-makers-servers", "India's new data law forces Chinese phone makers to move servers onshore", w, ["Priya Raman"],
        "Vendors have until June to localize user data or face bans, as New Delhi tightens scrutiny of Chinese tech.",
        body(["India's data rules give phone makers six months to move servers.", "Officials cite national security concerns after the 2020 border clash."],
             ["Chinese smartphone brands, which sell three of every five phones in India, must move all Indian user data to domestic servers by June.",
              "\u201cThis is about trust between two governments that do not trust each other,\u201d said Anand Kulkarni, a policy analyst at the Delhi Digital Forum.",
              "Two of the companies are already under investigation for tax evasion."]),
        lambda k: it(k, "India's new data law forces Chinese phone makers to move servers onshore", w, ["Priya Raman"], junk=["Read more:"], quotes=[q("Anand Kulkarni", "Delhi Digital Forum")]))
    w = d(10, 11, 30)
    add(88219, "manila-call-centers-ai-training", "The call center agents of Manila are now training the AI that could replace them", w, ["Carlo Reyes", "Jasmine Tan"],
        "Outsourcing firms are retraining staff as data labelers.",
        body(["Some 40,000 agents have moved into AI data work.", "Pay is lower and contracts shorter."],
             ["In a tower in Ortigas, former call-center agents now rate chatbot answers for a US client.", "The work pays about a third less."]),
        lambda k: it(k, "The call center agents of Manila are now training the AI that could replace them", w, ["Carlo Reyes", "Jasmine Tan"], rel=False, junk=["Read more:"]))
    w = d(9, 17, 45)
    add(88190, "brazil-fines-messaging-app-deepfakes", "Brazil's electoral court fines messaging app over deepfake campaign ads", w, ["Luana Ferreira"],
        "The fine is the largest yet under rules adopted for the 2026 vote.",
        body(["The court fined the app R$ 12 million.", "It failed to remove 300 flagged videos."],
             ["Brazil's top electoral court fined a messaging app for failing to remove deepfake videos within 24 hours."]),
        lambda k: it(k, "Brazil's electoral court fines messaging app over deepfake campaign ads", w, ["Luana Ferreira"], rel=False, junk=["Read more:"], note="Domestic regulation story."))
    w = d(9, 9, 15)
    add(88172, "us-chip-export-rules-malaysia-factories", "How US chip export rules are reshaping Malaysia's factories", w, ["Farah Aziz"],
        "Penang's packaging plants are caught between Washington's controls and Chinese customers.",
        body(["New US rules cover advanced packaging.", "Malaysia's trade ministry has asked for an exemption."],
             ["Penang's chip-packaging plants are losing Chinese orders after Washington extended export controls to advanced packaging.",
              "Malaysia's trade minister said the country would \u201cnot choose sides\u201d and asked for a carve-out.",
              "Three plants have already cut shifts."]),
        lambda k: it(k, "How US chip export rules are reshaping Malaysia's factories", w, ["Farah Aziz"], junk=["Read more:"]))
    w = d(8, 13, 0)
    add(88160, "newsletter-exporting-the-algorithm", "Subscribe to Everywhere Else's weekly newsletter", w, ["Everywhere Else"],
        "Get our best global tech reporting in your inbox every Friday.",
        "<p>Sign up to get our best global tech reporting in your inbox every Friday.</p>",
        lambda k: it(k, "Subscribe to Everywhere Else's weekly newsletter", w, [], story=False, rel=False, note="Newsletter promotion."))
    w = d(8, 7, 20)
    add(88144, "vietnam-ev-maker-plant-india", "Vietnam's biggest EV maker opens its first factory in India", w, ["Minh Tran"],
        "The plant in Tamil Nadu will build 50,000 cars a year.",
        body(["The plant opened this week.", "It will export to Africa."], ["The Vietnamese carmaker opened a plant in Tamil Nadu on Monday."]),
        lambda k: it(k, "Vietnam's biggest EV maker opens its first factory in India", w, ["Minh Tran"], rel=False, junk=["Read more:"]))
    channel = ("<title>Everywhere Else</title><atom:link href=\"https://everywhereelse.org/feed/\" rel=\"self\" type=\"application/rss+xml\"/><link>https://everywhereelse.org</link>"
               f"<description>Global tech stories</description><lastBuildDate>{rfc822(d(10, 14, 5))}</lastBuildDate><language>en-US</language>")
    return feed("en_tech_everywhereelse_wpvip.rss.xml", rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM, sep=""), items, lang="en", outlet="Everywhere Else", topic="tech",
                structure="Rest of World-style global-tech WordPress VIP feed: single line, bare brand channel, links with utm_source=rss, one dc:creator per author, CDATA deks, content:encoded opening with a <ul> of takeaways and ending with an 'Read more:' link, newsletter promo post, tech-geopolitics stories among labour, regulation and business features, +0000 dates")


# ---------------------------------------------------------------- Live Science / Future plc-style science
def labandfield():
    rows, items = [], []

    def add(slug, title, when, creator, desc, cat, exp):
        url = f"https://www.labandfield.com/{cat.lower().replace(' ', '-')}/{slug}"
        rows.append(f"<item>\n            <title><![CDATA[ {title} ]]></title>\n            <dc:content><![CDATA[ {desc} ]]></dc:content>\n            <link>{url}</link>\n"
                    f"            <description><![CDATA[ {desc} ]]></description>\n            <guid isPermaLink=\"false\">{zlib.crc32(slug.encode()):012d}XyZaB</guid>\n"
                    f"            <enclosure url=\"https://cdn.labandfield.com/{slug[:12]}-1280-80.jpg\" type=\"image/jpeg\" length=\"0\"></enclosure>\n"
                    f"            <pubDate>{rfc822(when, gmt=True)}</pubDate>\n            <category><![CDATA[ {cat} ]]></category>\n"
                    f"            <dc:creator><![CDATA[ {creator} ]]></dc:creator>\n        </item>")
        items.append(exp)

    specs = []
    w = d(11, 15, 0)
    specs.append(("antarctic-ice-shelf-calving-rome", "Antarctic ice shelf the size of Rome breaks off, satellite images show", w, "Jonah Whitcombe",
                  "A 1,300-square-kilometer iceberg calved from the Brunt region this week.", "Planet Earth",
                  dict(title="Antarctic ice shelf the size of Rome breaks off, satellite images show", authors=["Jonah Whitcombe"], rel=False)))
    w = d(11, 13, 20)
    specs.append(("un-plastics-treaty-talks-collapse", "UN plastics treaty talks collapse over production caps, scientists warn of 'lost decade'", w, "Maya Lindqvist",
                  "Negotiators in Nairobi failed to agree on limits to plastic production after oil-producing states blocked the text.", "Health",
                  dict(title="UN plastics treaty talks collapse over production caps, scientists warn of 'lost decade'", authors=["Maya Lindqvist"])))
    w = d(11, 11, 0)
    specs.append(("solar-system-quiz", "Solar system quiz: How well do you know our cosmic neighborhood?", w, "Lab & Field Staff",
                  "Test your knowledge of the planets with 15 questions.", "Space",
                  dict(title="Solar system quiz: How well do you know our cosmic neighborhood?", authors=[], story=False, rel=False, note="Quiz.")))
    w = d(10, 20, 45)
    specs.append(("ancient-dna-steppe-herders", "4,000-year-old DNA reveals steppe herders reached Korea earlier than thought", w, "Rafael Ortiz",
                  "Genomes from 12 burials push back the arrival of pastoralists by five centuries.", "Archaeology",
                  dict(title="4,000-year-old DNA reveals steppe herders reached Korea earlier than thought", authors=["Rafael Ortiz"], rel=False)))
    w = d(10, 16, 0)
    specs.append(("best-telescope-deals", "Best telescope deals this week: save up to 40% on beginner scopes", w, "Lab & Field Deals",
                  "We've rounded up the best offers on telescopes for the holidays.", "Space",
                  dict(title="Best telescope deals this week: save up to 40% on beginner scopes", authors=[], story=False, rel=False, note="Affiliate deals post.")))
    w = d(10, 12, 30)
    specs.append(("measles-outbreak-sahel-who", "Measles outbreak spreads across three Sahel countries as vaccination drives stall, WHO says", w, "Amara Diallo, Jonah Whitcombe",
                  "More than 9,000 suspected cases have been reported in Niger, Mali and Burkina Faso since October.", "Health",
                  dict(title="Measles outbreak spreads across three Sahel countries as vaccination drives stall, WHO says", authors=["Amara Diallo", "Jonah Whitcombe"])))
    for slug, title, when, creator, desc, cat, e in specs:
        gid = f"{zlib.crc32(slug.encode()):012d}XyZaB"
        add(slug, title, when, creator, desc, cat, None)
        items[-1] = it(gid, e["title"], when, e["authors"], story=e.get("story", True), rel=e.get("rel", True), note=e.get("note"))
    channel = ("\n        <title><![CDATA[ Lab & Field ]]></title>\n        <link>https://www.labandfield.com</link>\n        <description><![CDATA[ Latest science news from Lab & Field ]]></description>\n"
               "        <image><url>https://vanilla.futurecdn.net/labandfield/media/img/missing-image.svg</url><title>Lab &amp; Field</title><link>https://www.labandfield.com</link></image>\n"
               "        <language>en</language>\n        <copyright><![CDATA[ Copyright 2026 ]]></copyright>")
    return feed("en_science_labandfield_future.rss.xml", rss(channel, rows, ns=NS_DC + NS_MEDIA, sep="\n    "), items, lang="en", outlet="Lab & Field", topic="science",
                structure="Live Science / Future plc-style feed: CDATA with padding spaces in title, description, category, dc:creator and copyright, dc:content duplicating the description, opaque non-permalink guids, enclosure image with length 0, 'A, B' comma-joined creators, 'Staff' and 'Deals' desk credits, a quiz and a deals post, GMT dates")


# ---------------------------------------------------------------- broken: UTF-8 served as text/html; charset=ISO-8859-1
def copperbelt():
    rows, items = [], []

    def add(aid, title, when, author, desc, exp):
        url = f"https://copperbeltobserver.co.zm/index.php/2026/12/11/{aid}/"
        rows.append(f"<item><title>{title}</title><link>{url}</link><author>{author}</author><description>{desc}</description>"
                    f"<pubDate>{rfc822(when)}</pubDate><guid>{url}</guid></item>")
        items.append(exp(url))

    o = 2
    w = d(11, 16, 30, 0, o)
    add("zambia-and-drc-reopen-kasumbalesa-border", "Zambia and DRC reopen Kasumbalesa border after four-day closure", w, "Mwansa Chanda",
        "Truck drivers queued for 30 km on the Congolese side after Kinshasa’s customs officers went on strike – the longest closure since 2024.",
        lambda k: it(k, "Zambia and DRC reopen Kasumbalesa border after four-day closure", w, ["Mwansa Chanda"]))
    w = d(11, 14, 5, 0, o)
    add("hichilema-to-attend-au-summit-on-debt", "Hichilema to attend AU summit on debt in Addis Ababa", w, "Observer Reporter",
        "President Hakainde Hichilema leaves for Ethiopia on Sunday, where he will push the “Lusaka formula” on debt restructuring.",
        lambda k: it(k, "Hichilema to attend AU summit on debt in Addis Ababa", w, [], note="'Observer Reporter' is a desk credit."))
    w = d(11, 12, 0, 0, o)
    add("kwacha-slides-as-copper-prices-fall", "Kwacha slides as copper prices fall", w, "Chileshe Mulenga",
        "The kwacha lost 2.4% against the dollar on Friday – its worst day since March.",
        lambda k: it(k, "Kwacha slides as copper prices fall", w, ["Chileshe Mulenga"], rel=False))
    w = d(11, 10, 20, 0, o)
    add("chipolopolo-name-squad-for-cosafa", "Chipolopolo name squad for COSAFA Cup", w, "Observer Sports",
        "Coach names 23 players including three foreign-based strikers.",
        lambda k: it(k, "Chipolopolo name squad for COSAFA Cup", w, [], rel=False))
    w = d(10, 19, 45, 0, o)
    add("chinese-envoy-defends-mining-firm-after-acid-spill", "Chinese envoy defends mining firm after Kafue acid spill", w, "Natasha Phiri",
        "China’s ambassador said the company had “fully cooperated” with Zambian authorities, as fishermen downstream demanded compensation.",
        lambda k: it(k, "Chinese envoy defends mining firm after Kafue acid spill", w, ["Natasha Phiri"]))
    w = d(10, 17, 10, 0, o)
    add("sadc-observers-praise-malawi-by-election", "SADC observers praise conduct of Malawi by-election", w, "Mwansa Chanda",
        "The mission led by a former Namibian minister said voting was “peaceful and orderly”.",
        lambda k: it(k, "SADC observers praise conduct of Malawi by-election", w, ["Mwansa Chanda"]))
    channel = (f"<title>The Copperbelt Observer</title><link>https://copperbeltobserver.co.zm</link><description>Zambia’s independent voice</description>"
               f"<language>en-gb</language><pubDate>{rfc822(d(11, 16, 35, 0, o))}</pubDate>")
    return feed("en_zm_copperbeltobserver_utf8_as_latin1.rss.xml", rss(channel, rows, decl=None, sep=""), items, lang="en", outlet="The Copperbelt Observer",
                aliases=["Copperbelt Observer"], encoding="utf-8", declared=None, ctype="text/html; charset=ISO-8859-1", acceptable=("decoded", "refused"),
                notes="Odd: UTF-8 bytes (curly quotes, en dashes) with no encoding in the XML declaration, served as text/html with charset=ISO-8859-1. Decoding as UTF-8 (XML default, confirmed by the bytes) is good; 'â€™'-style mojibake is a defect; refusal is acceptable but poor.",
                structure="Zambian daily's hand-rolled PHP RSS (Joomla-like index.php paths): single line, XML declaration without encoding, wrong text/html header with ISO-8859-1, <author> holding a bare name or a desk ('Observer Reporter', 'Observer Sports'), plain descriptions with curly quotes and en dashes, links as bare guids, +0200 dates")


# ---------------------------------------------------------------- broken: correct Latin-1 declaration, header says UTF-8
def lankaledger():
    rows, items = [], []

    def add(nid, title, when, desc, exp):
        url = f"https://www.lankaledger.lk/news/{nid}"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>\n<pubDate>{rfc822(when)}</pubDate>\n<guid isPermaLink=\"true\">{url}</guid>\n</item>")
        items.append(exp(url))

    o = 5.5
    w = d(11, 18, 10, 0, o)
    add("88412", "India, Sri Lanka sign pact on Trincomalee energy hub", w,
        "Both sides agreed to develop a refinery and tank farm at Trincomalee; the first phase is valued at US$ 1.2 bn. Foreign Secretary André Fonseka called it a \u00abturning point\u00bb.",
        lambda k: it(k, "India, Sri Lanka sign pact on Trincomalee energy hub", w))
    w = d(11, 16, 40, 0, o)
    add("88401", "IMF team concludes fifth review visit to Colombo", w,
        "The IMF mission said Sri Lanka had met most structural benchmarks, but warned on revenue shortfalls of ½ a percentage point of GDP.",
        lambda k: it(k, "IMF team concludes fifth review visit to Colombo", w))
    w = d(11, 14, 15, 0, o)
    add("88390", "Nuwara Eliya records 2°C as cold snap grips hill country", w,
        "The Met Department said temperatures could fall further on Saturday morning.",
        lambda k: it(k, "Nuwara Eliya records 2°C as cold snap grips hill country", w, rel=False))
    w = d(11, 12, 30, 0, o)
    add("88377", "Chinese research ship barred from docking at Hambantota", w,
        "The decision follows concerns raised by New Delhi and Washington; Beijing's embassy called it \u00abregrettable\u00bb.",
        lambda k: it(k, "Chinese research ship barred from docking at Hambantota", w))
    w = d(11, 10, 5, 0, o)
    add("88360", "Colombo café owners protest new VAT on dining", w,
        "Owners of cafés and restaurants in Colombo 7 staged a protest outside the Finance Ministry.",
        lambda k: it(k, "Colombo café owners protest new VAT on dining", w, rel=False))
    w = d(10, 21, 0, 0, o)
    add("88342", "UK lifts travel advisory on Sri Lanka's north, tourists return to Jaffna", w,
        "Britain's Foreign Office removed its warning on the Northern Province; a return flight from London now costs about £ 780.",
        lambda k: it(k, "UK lifts travel advisory on Sri Lanka's north, tourists return to Jaffna", w))
    channel = ("<title>Lanka Ledger - Latest News</title>\n<link>https://www.lankaledger.lk</link>\n<description>Lanka Ledger Online</description>\n<language>en</language>\n"
               f"<lastBuildDate>{rfc822(d(11, 18, 15, 0, o))}</lastBuildDate>")
    return feed("en_lk_lankaledger_latin1_header_utf8.rss.xml", rss(channel, rows, decl="ISO-8859-1"), items, lang="en", outlet="Lanka Ledger",
                encoding="latin-1", declared="ISO-8859-1", ctype="application/rss+xml; charset=utf-8", acceptable=("decoded", "refused"),
                notes="Odd: ISO-8859-1 bytes under a correct ISO-8859-1 XML declaration, but the HTTP header claims charset=utf-8. The bytes are not valid UTF-8: 'André', '½', '2°C', 'café', '£' and «…» must come out intact (Latin-1 decoding); U+FFFD replacement characters or dropped letters are a defect; refusal is acceptable but poor.",
                structure="Sri Lankan daily's 'Latest News' RSS from an old custom CMS: ISO-8859-1 declaration and bytes, contradicting UTF-8 HTTP header, no author element, numeric news ids as permalink guids, Latin-1 symbols (½, °, £, «»), +0530 dates")


FEEDS = [irishledger, northernpost, highveldmail, lagoonherald, australnews, nordiclocal, gulftide, southcone, everywhereelse, labandfield, copperbelt, lankaledger]
