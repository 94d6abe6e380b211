# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the twelfth held-out set: a Glasgow daily, a Kuala Lumpur news site, an Accra
daily, a Kingston daily, a Toronto news magazine, a Muscat daily, a Cork daily, an Ankara-style
state agency's English wire, a London tech site's Atom feed and a science news aggregator.
All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, atom, cdata, esc, it, q, rfc822, rss
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2026, 12, day, h, mi, s, off)


# ---------------------------------------------------------------- Herald Scotland-style (Newsquest)
def clydeherald():
    """Newsquest regional-daily RSS: channel 'Outlet | World news', numeric /news/world_news/<id>.slug/
    links as guids, escaped plain descriptions, <author> holding a name or absent, enclosure image."""
    rows, items = [], []

    def add(nid, slug, title, when, author, desc, exp):
        url = f"https://www.clydeherald.co.uk/news/world_news/{nid}.{slug}/"
        au = f"<author>{esc(author)}</author>" if author else ""
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(desc)}</description>\n"
                    f"    <pubDate>{rfc822(when)}</pubDate>\n    <guid isPermaLink=\"true\">{url}</guid>\n    {au}\n"
                    f"    <enclosure url=\"https://www.clydeherald.co.uk/resources/images/{nid}/?type=mds-article-575\" length=\"0\" type=\"image/jpeg\"/>\n  </item>")
        items.append(exp(url))

    w = d(4, 9, 14)
    add(25710344, "scottish-fishing-fleet-norway-quota-talks-collapse", "Scottish fishing fleet fears 'catastrophe' as Norway quota talks collapse", w, "Callum Baird",
        "TALKS between the UK and Norway over access to Arctic cod grounds have broken down, leaving Scottish trawlers facing a winter tied up in port.",
        lambda k: it(k, "Scottish fishing fleet fears 'catastrophe' as Norway quota talks collapse", w, ["Callum Baird"]))
    w = d(4, 7, 2)
    add(25710102, "un-envoy-warns-sahel-famine-mali-niger", "UN envoy warns of famine across Sahel as aid budgets shrink", w, "Press Association",
        "The United Nations' humanitarian envoy for the Sahel, Ingrid Solberg, said 11 million people faced \"emergency levels\" of hunger in Mali, Niger and Burkina Faso.",
        lambda k: it(k, "UN envoy warns of famine across Sahel as aid budgets shrink", w, ["Press Association"], quotes=[q("Ingrid Solberg", "United Nations")]))
    w = d(4, 6, 30)
    add(25709877, "opinion-scotland-needs-its-own-voice-in-brussels", "Opinion: Scotland cannot afford to be a bystander as Europe rearms", w, "Morag Lindsay",
        "Morag Lindsay: Holyrood has no defence powers, but it has ports, shipyards and universities that Europe's new security pact will need.",
        lambda k: it(k, "Scotland cannot afford to be a bystander as Europe rearms", w, ["Morag Lindsay"], note="Title label 'Opinion:' may be kept or dropped"))
    w = d(4, 11, 45)
    add(25710590, "watch-moment-iceland-volcano-erupts-again", "WATCH: Moment Iceland volcano erupts for the ninth time in two years", w, None,
        "Spectacular footage shows lava fountains on the Reykjanes peninsula.",
        lambda k: it(k, "Moment Iceland volcano erupts for the ninth time in two years", w, [], story=False, rel=False, note="Video. Title label 'WATCH:' may be kept or dropped"))
    w = d(4, 12, 20)
    add(25710711, "georgia-protests-tbilisi-eu-accession-police", "Police fire water cannon at pro-EU protesters in Tbilisi for third night", w, "Euan Mackie",
        "Thousands gathered outside the Georgian parliament after the government said it would shelve talks on joining the European Union until 2030.",
        lambda k: it(k, "Police fire water cannon at pro-EU protesters in Tbilisi for third night", w, ["Euan Mackie"]))
    w = d(4, 13, 5)
    add(25710802, "celtic-fans-warned-ahead-of-europa-league-trip-to-belgrade", "Celtic fans warned over safety ahead of Europa League trip to Belgrade", w, "Grant Tolmie",
        "The Foreign Office has issued advice to supporters travelling to Serbia for next week's match.",
        lambda k: it(k, "Celtic fans warned over safety ahead of Europa League trip to Belgrade", w, ["Grant Tolmie"], rel=False))
    channel = ("  <title>The Clyde Herald | World news</title>\n  <link>https://www.clydeherald.co.uk/news/world_news/</link>\n"
               "  <description>The latest world news from The Clyde Herald</description>\n  <language>en-gb</language>\n"
               "  <copyright>Copyright 2026 Newsgate Scotland Ltd</copyright>\n"
               f"  <lastBuildDate>{rfc822(d(4, 13, 10))}</lastBuildDate>\n  <ttl>15</ttl>")
    return feed("en_gb_sct_clydeherald_worldnews.rss.xml", rss(channel, rows), items, lang="en", outlet="The Clyde Herald", aliases=["Clyde Herald"],
                notes="Capitals in the lead word 'TALKS' are the house style, not a label.",
                structure="Herald Scotland-style Newsquest regional-daily RSS (heraldscotland.com/news/world_news/rss/): two-space indentation, channel 'Outlet | World news', '/news/world_news/<id>.<slug>/' permalink guids, <author> holding a name, the agency 'Press Association' or absent, plain escaped descriptions opening with an upper-case lead word, 'Opinion:' and 'WATCH:' labels, enclosure length 0, +0000 dates, 'Ltd' copyright")


# ---------------------------------------------------------------- Malay Mail-style WordPress
def semenanjung():
    """Malaysian WordPress feed: channel 'World | Outlet', dc:creator with 'Name' or 'Reuters'/'Bernama'-style,
    CDATA description with an image and '— Reuters pic' caption, content:encoded with 'KUALA LUMPUR, Dec 4 —' dateline."""
    rows, items = [], []

    def add(slug, pid, title, when, creator, desc, body, exp):
        url = f"https://www.semenanjungpost.my/news/world/2026/12/04/{slug}/{pid}"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><dc:creator>{cdata(creator)}</dc:creator>"
                    f"<pubDate>{rfc822(when)}</pubDate><category>{cdata('World')}</category><guid isPermaLink=\"false\">{pid}</guid>"
                    f"<description>{cdata(desc)}</description><content:encoded>{cdata(body)}</content:encoded></item>")
        items.append(exp(pid))

    w = d(4, 9, 32, off=8)
    add("asean-foreign-ministers-myanmar-election-observers", "1718230", "Asean foreign ministers split over sending observers to Myanmar polls", w, "Reuters",
        '<img src="https://media.semenanjungpost.my/uploads/2026/12/myanmar.jpg" alt=""/><p>Asean foreign ministers failed to agree whether to send observers to Myanmar’s election. — Reuters pic</p>',
        "<p>JAKARTA, Dec 4 — Asean foreign ministers failed to agree today whether to send observers to Myanmar’s planned election, with Thailand in favour and Malaysia and Indonesia opposed, diplomats said.</p>",
        lambda k: it(k, "Asean foreign ministers split over sending observers to Myanmar polls", w, ["Reuters"], junk=["— Reuters pic", "JAKARTA, Dec 4 —"]))
    w = d(4, 11, 5, off=8)
    add("wisma-putra-summons-envoy-over-sabah-map", "1718301", "Wisma Putra summons Philippine envoy over map showing Sabah as Philippine territory", w, "Nurul Syafiqah Azman",
        "<p>The ministry said the map, printed in a Manila school textbook, was “unacceptable and provocative”. — Picture by Hari Anggara</p>",
        "<p>PUTRAJAYA, Dec 4 — The Foreign Ministry (Wisma Putra) summoned the Philippine ambassador today over a school textbook map that shows Sabah as part of the Philippines.</p>",
        lambda k: it(k, "Wisma Putra summons Philippine envoy over map showing Sabah as Philippine territory", w, ["Nurul Syafiqah Azman"], junk=["Picture by Hari Anggara", "PUTRAJAYA, Dec 4 —"]))
    w = d(4, 7, 48, off=8)
    add("south-korea-snap-election-called", "1718154", "South Korea’s president calls snap parliamentary election for February", w, "AFP",
        "<p>The move follows months of deadlock over the budget. — AFP pic</p>",
        "<p>SEOUL, Dec 4 — South Korea’s President Han Do-yun called a snap parliamentary election for February 18, saying voters must break the budget deadlock.</p>",
        lambda k: it(k, "South Korea’s president calls snap parliamentary election for February", w, ["AFP"], junk=["— AFP pic", "SEOUL, Dec 4 —"]))
    w = d(4, 12, 40, off=8)
    add("viral-thai-elephant-rescues-tourist-phone", "1718344", "Viral: Thai elephant returns tourist’s dropped phone in Chiang Mai (VIDEO)", w, "Semenanjung Post",
        "<p>The clip has been viewed more than four million times. — Screengrab via TikTok</p>",
        '<p>A video of an elephant handing back a phone has charmed social media users.</p><iframe src="https://www.tiktok.com/embed/v2/7311"></iframe>',
        lambda k: it(k, "Thai elephant returns tourist’s dropped phone in Chiang Mai", w, [], story=False, rel=False, note="Viral video; outlet as creator is not an author. Title label 'Viral:' may be kept or dropped"))
    w = d(4, 8, 15, off=8)
    add("gaza-malaysian-volunteers-return-home", "1718188", "Malaysian volunteers back from Gaza describe hospital shortages", w, "Bernama",
        "<p>The 14 doctors and nurses spent six weeks at a field hospital in Khan Younis. — Bernama pic</p>",
        "<p>SEPANG, Dec 4 — Fourteen Malaysian medical volunteers returned from Gaza today, describing shortages of anaesthetics and fuel at the field hospital where they worked.</p>",
        lambda k: it(k, "Malaysian volunteers back from Gaza describe hospital shortages", w, ["Bernama"], junk=["— Bernama pic", "SEPANG, Dec 4 —"]))
    w = d(4, 13, 30, off=8)
    add("ringgit-firms-against-us-dollar-fed", "1718390", "Ringgit firms against US dollar ahead of Fed decision", w, "Bernama",
        "<p>At 12.30pm, the local note stood at 4.3920/3975 versus the greenback. — Reuters pic</p>",
        "<p>KUALA LUMPUR, Dec 4 — The ringgit firmed against the US dollar at midday as traders positioned ahead of next week’s Federal Reserve meeting.</p>",
        lambda k: it(k, "Ringgit firms against US dollar ahead of Fed decision", w, ["Bernama"], rel=False, junk=["— Reuters pic"]))
    channel = ("<title>World | Semenanjung Post</title><atom:link href=\"https://www.semenanjungpost.my/feed/rss/world\" rel=\"self\" type=\"application/rss+xml\"/>"
               "<link>https://www.semenanjungpost.my</link><description>Malaysia news, world news and opinion</description>"
               f"<lastBuildDate>{rfc822(d(4, 13, 31, off=8))}</lastBuildDate><language>en-US</language><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency>"
               "<generator>https://wordpress.org/?v=6.6.2</generator>")
    return feed("en_my_semenanjungpost_world.rss.xml", rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM + ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', sep=""), items,
                lang="en", outlet="Semenanjung Post",
                structure="Malay Mail-style WordPress feed (malaymail.com/feed/rss/world): single line, channel 'World | Outlet', numeric non-permalink guids, CDATA dc:creator with names, agencies ('Reuters', 'AFP', 'Bernama') or the outlet on a viral clip, CDATA descriptions with an image and a '— Reuters pic' / '— Picture by X' caption credit, content:encoded opening 'CITY, Dec 4 —', '(VIDEO)' suffix, +0800 dates, no copyright")


# ---------------------------------------------------------------- Graphic Online-style Joomla
def ashanti():
    """Ghanaian daily on Joomla: generator 'Joomla! - Open Source Content Management', <author> 'mail (Name)',
    escaped description with <p><img/></p> then intro, category, guid = link."""
    rows, items = [], []

    def add(aid, slug, title, when, author, desc, exp, cat="International"):
        url = f"https://www.coastalgraphic.com.gh/international/{slug}.html"
        au = f"<author>{esc(author)}</author>" if author else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<guid isPermaLink=\"true\">{url}</guid>\n"
                    f"\t\t\t<description>{esc(desc)}</description>\n\t\t\t{au}\n\t\t\t<category>{cat}</category>\n\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t</item>")
        items.append(exp(url))

    img = '<p><img src="https://www.coastalgraphic.com.gh/images/2026/dec/04/{}.jpg" alt="" /></p>'
    w = d(4, 10, 12)
    add(1, "ecowas-summit-abuja-sahel-states-return", "ECOWAS summit: Leaders offer Sahel states fresh terms to return to bloc", w, "news@coastalgraphic.com.gh (Kwabena Ofori-Atta)",
        img.format("ecowas") + "<p>West African leaders meeting in Abuja on Thursday offered Mali, Burkina Faso and Niger a two-year transition window to rejoin the Economic Community of West African States (ECOWAS).</p>",
        lambda k: it(k, "ECOWAS summit: Leaders offer Sahel states fresh terms to return to bloc", w, ["Kwabena Ofori-Atta"], junk=["news@coastalgraphic.com.gh"]))
    w = d(4, 8, 40)
    add(2, "ghana-recalls-ambassador-to-burkina-faso", "Ghana recalls ambassador to Burkina Faso for consultations", w, "news@coastalgraphic.com.gh (Esi Mensah-Bonsu)",
        img.format("mofa") + "<p>The Ministry of Foreign Affairs said the recall followed the detention of three Ghanaian traders in Ouagadougou. The Minister, Mr Yaw Adomako-Boateng, said Ghana “will not abandon its citizens”.</p>",
        lambda k: it(k, "Ghana recalls ambassador to Burkina Faso for consultations", w, ["Esi Mensah-Bonsu"], quotes=[q("Yaw Adomako-Boateng", "Ministry of Foreign Affairs")]))
    w = d(4, 6, 55)
    add(3, "us-visa-bond-policy-ghanaian-travellers", "US extends visa bond rule to Ghanaian travellers", w, "news@coastalgraphic.com.gh (Reuters)",
        img.format("visa") + "<p>Applicants for business and tourist visas may be asked to post bonds of up to $15,000, the US State Department said.</p>",
        lambda k: it(k, "US extends visa bond rule to Ghanaian travellers", w, ["Reuters"]))
    w = d(4, 12, 0)
    add(4, "photos-president-receives-credentials-of-new-envoys", "PHOTOS: President receives letters of credence from six new envoys", w, "news@coastalgraphic.com.gh (Photo Desk)",
        img.format("jubilee") + "<p>Scenes from the ceremony at Jubilee House.</p>",
        lambda k: it(k, "President receives letters of credence from six new envoys", w, [], story=False, note="Photo gallery; 'Photo Desk' is a desk. Title label 'PHOTOS:' may be kept or dropped"))
    w = d(4, 13, 25)
    add(5, "black-stars-afcon-qualifier-angola", "Black Stars arrive in Luanda for crunch AFCON qualifier", w, "news@coastalgraphic.com.gh (Kofi Acquah-Sam)",
        img.format("stars") + "<p>The team trained at the Estádio 11 de Novembro on Thursday evening.</p>",
        lambda k: it(k, "Black Stars arrive in Luanda for crunch AFCON qualifier", w, ["Kofi Acquah-Sam"], rel=False), cat="Sports")
    w = d(4, 9, 5)
    add(6, "editorial-west-africa-cannot-afford-another-split", "Editorial: West Africa cannot afford another split", w, "",
        img.format("editorial") + "<p>The region’s leaders must put trade and security ahead of pride.</p>",
        lambda k: it(k, "West Africa cannot afford another split", w, [], note="Unsigned editorial. Title label 'Editorial:' may be kept or dropped"), cat="Editorials")
    channel = ("\t\t<title>International</title>\n\t\t<description><![CDATA[Coastal Graphic Online - International]]></description>\n\t\t<link>https://www.coastalgraphic.com.gh/international.html</link>\n"
               f"\t\t<lastBuildDate>{rfc822(d(4, 13, 26))}</lastBuildDate>\n\t\t<generator>Joomla! - Open Source Content Management</generator>\n"
               "\t\t<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"https://www.coastalgraphic.com.gh/international.feed?type=rss\"/>\n\t\t<language>en-gb</language>")
    text = rss(channel, rows, ns=NS_ATOM).replace("<rss version", "<!-- generator=\"Joomla! - Open Source Content Management\" -->\n<rss version")
    return feed("en_gh_coastalgraphic_international_joomla.rss.xml", text, items, lang="en", outlet="Coastal Graphic", aliases=["Coastal Graphic Online"],
                notes="The channel title is only the section name ('International'); the outlet is named in the description.",
                structure="Graphic Online (Ghana)-style Joomla category feed (?format=feed&type=rss): generator comment before <rss>, tab indentation, channel title = bare section 'International', outlet only in a CDATA description, <author> in RFC 822 'mail (Name)' form holding a reporter, an agency or the 'Photo Desk', escaped descriptions opening with <p><img/></p>, 'PHOTOS:' and 'Editorial:' labels, Ghanaian 'Mr' titles, guid = link, +0000 dates, no copyright")


# ---------------------------------------------------------------- Jamaica Gleaner-style Drupal
def blueridge():
    rows, items = [], []

    def add(nid, path, title, when, desc, exp):
        url = f"https://blueridgegleaner.com{path}"
        rows.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{url}</link>\n  <description>{esc(desc)}</description>\n"
                    f"  <pubDate>{rfc822(when)}</pubDate>\n <dc:creator>blueridgegleaner</dc:creator>\n <guid isPermaLink=\"false\">{nid} at https://blueridgegleaner.com</guid>\n</item>")
        items.append(exp(f"{nid} at https://blueridgegleaner.com"))

    w = d(4, 6, 0, off=-5)
    add(1120455, "/20261204/caricom-heads-meet-haiti-security-mission", "CARICOM heads to meet on Haiti security mission funding", w,
        "<p>CARICOM heads of government will hold a virtual meeting on Friday to discuss a shortfall in funding for the multinational security mission in Haiti.</p><p>Chairman Dr Terrence Alleyne said the region could not “stand by while Port-au-Prince burns”.</p>",
        lambda k: it(k, "CARICOM heads to meet on Haiti security mission funding", w, [], quotes=[q("Terrence Alleyne", "CARICOM")], note="The creator 'blueridgegleaner' is the site account, not an author"))
    w = d(4, 9, 30, off=-5)
    add(1120471, "/20261204/venezuela-guyana-essequibo-icj-hearing", "Venezuela boycotts ICJ hearing on Essequibo", w,
        "<p>THE HAGUE (AP) — Venezuela stayed away on Thursday from hearings at the International Court of Justice in its border dispute with Guyana.</p>",
        lambda k: it(k, "Venezuela boycotts ICJ hearing on Essequibo", w, [], junk=["THE HAGUE (AP) —"], note='["AP"] is also correct'))
    w = d(4, 10, 15, off=-5)
    add(1120480, "/20261204/letter-day-diaspora-deserves-vote", "LETTER OF THE DAY | Diaspora deserves a vote", w,
        "<p>THE EDITOR, Sir: Jamaicans living abroad send home billions each year but have no say in who governs.</p>",
        lambda k: it(k, "Diaspora deserves a vote", w, [], rel=False, junk=["THE EDITOR, Sir:"], note="Reader letter. Title label 'LETTER OF THE DAY |' may be kept or dropped"))
    w = d(4, 11, 0, off=-5)
    add(1120492, "/20261204/us-deportation-flights-jamaica-increase", "US to double deportation flights to Kingston, says ministry", w,
        "<p>The Ministry of Foreign Affairs and Foreign Trade says it has been told that deportation flights from the United States will rise to two a week from January.</p>",
        lambda k: it(k, "US to double deportation flights to Kingston, says ministry", w, []))
    w = d(4, 12, 45, off=-5)
    add(1120503, "/20261204/reggae-boyz-friendly-trinidad", "Reggae Boyz add Trinidad friendly to January camp", w,
        "<p>The Jamaica Football Federation has confirmed a friendly in Port of Spain on January 17.</p>",
        lambda k: it(k, "Reggae Boyz add Trinidad friendly to January camp", w, [], rel=False))
    w = d(4, 7, 20, off=-5)
    add(1120460, "/20261204/cuba-blackout-eastern-provinces", "Cuba suffers island-wide blackout for second time in a month", w,
        "<p>HAVANA (Reuters) — Cuba’s electrical grid collapsed on Thursday, leaving its 10 million people without power, the energy ministry said.</p>",
        lambda k: it(k, "Cuba suffers island-wide blackout for second time in a month", w, [], junk=["HAVANA (Reuters) —"], note='["Reuters"] is also correct'))
    channel = ("<title>International | Blue Ridge Gleaner</title>\n <link>https://blueridgegleaner.com/international</link>\n <description></description>\n <language>en</language>\n"
               " <atom:link href=\"https://blueridgegleaner.com/feed/international.xml\" rel=\"self\" type=\"application/rss+xml\" />")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="https://blueridgegleaner.com/international"' + NS_DC + NS_ATOM + ">\n<channel>\n " + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_jm_blueridgegleaner_international_drupal.rss.xml", text, items, lang="en", outlet="Blue Ridge Gleaner", aliases=["The Blue Ridge Gleaner"],
                structure="Jamaica Gleaner-style Drupal 7 views RSS (jamaica-gleaner.com/feed/international.xml): xml:base on <rss>, empty channel description, '/YYYYMMDD/slug' links, guids '<nid> at https://site', dc:creator always the site account (not an author), escaped multi-paragraph <p> descriptions with '(AP) —' / '(Reuters) —' datelines, 'LETTER OF THE DAY |' label with 'THE EDITOR, Sir:', CARICOM 'Dr' titles, -0500 dates")


# ---------------------------------------------------------------- Maclean's-style WordPress VIP + Jetpack
def northerly():
    rows, items = [], []

    def add(pid, slug, title, when, creators, desc, exp, cats=("World",), thumb=True):
        url = f"https://northerlymag.ca/{slug}/"
        cr = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        c = "".join(f"\n\t\t<category><![CDATA[{x}]]></category>" for x in cats)
        mt = f'\n\t\t<media:thumbnail url="https://northerlymag.ca/wp-content/uploads/2026/12/{slug[:12]}.jpg?w=1200"/>' if thumb else ""
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#respond</comments>{cr}\n"
                    f"\t\t<pubDate>{rfc822(when)}</pubDate>{c}\n\t\t<guid isPermaLink=\"false\">https://northerlymag.ca/?p={pid}</guid>\n\n"
                    f"\t\t<description><![CDATA[{desc}]]></description>\n\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n"
                    f"\t\t<post-id xmlns=\"com-wordpress:feed-additions:1\">{pid}</post-id>{mt}\n\t</item>")
        items.append(exp(f"https://northerlymag.ca/?p={pid}"))

    w = d(4, 6, 0, off=0)
    add(1402211, "politics/canada-india-diplomatic-reset", "Inside Ottawa’s quiet reset with New Delhi", w, ["Priya Deshpande-Laurier"],
        "After two years of expelled diplomats and frozen trade talks, officials on both sides are rebuilding ties one meeting at a time. The post <a href=\"https://northerlymag.ca/politics/canada-india-diplomatic-reset/\">Inside Ottawa’s quiet reset with New Delhi</a> appeared first on <a href=\"https://northerlymag.ca\">Northerly</a>.",
        lambda k: it(k, "Inside Ottawa’s quiet reset with New Delhi", w, ["Priya Deshpande-Laurier"], junk=["appeared first on"]), cats=("Politics", "World"))
    w = d(3, 21, 15, off=0)
    add(1402190, "world/arctic-sovereignty-greenland-canada", "What Greenland’s independence push means for Canada’s Arctic", w, ["Graham Oduya", "Lise Tremblay-Nakamura"],
        "Nuuk’s new government wants closer ties with North America. Ottawa has not decided what it wants in return. The post <a href=\"https://northerlymag.ca/world/arctic-sovereignty-greenland-canada/\">What Greenland’s independence push means for Canada’s Arctic</a> appeared first on <a href=\"https://northerlymag.ca\">Northerly</a>.",
        lambda k: it(k, "What Greenland’s independence push means for Canada’s Arctic", w, ["Graham Oduya", "Lise Tremblay-Nakamura"], junk=["appeared first on"]))
    w = d(3, 18, 40, off=0)
    add(1402177, "culture/best-books-2026-world-affairs", "The 12 best books about the world in 2026", w, ["Northerly Staff"],
        "From a history of the Suez Canal to a memoir of Kabul’s last days, these are our picks. The post <a href=\"https://northerlymag.ca/culture/best-books-2026-world-affairs/\">The 12 best books about the world in 2026</a> appeared first on <a href=\"https://northerlymag.ca\">Northerly</a>.",
        lambda k: it(k, "The 12 best books about the world in 2026", w, [], rel=False, junk=["appeared first on"], note="List of book picks; 'Northerly Staff' is not an author"), cats=("Culture",))
    w = d(3, 16, 5, off=0)
    add(1402165, "newsletter/the-world-this-week-sign-up", "Sign up for The World This Week, our foreign affairs newsletter", w, ["Northerly"],
        "Every Friday, our editors explain the week in global news. The post <a href=\"https://northerlymag.ca/newsletter/the-world-this-week-sign-up/\">Sign up for The World This Week, our foreign affairs newsletter</a> appeared first on <a href=\"https://northerlymag.ca\">Northerly</a>.",
        lambda k: it(k, "Sign up for The World This Week, our foreign affairs newsletter", w, [], story=False, rel=False, note="Newsletter sign-up promo"), cats=("Newsletters",), thumb=False)
    w = d(3, 14, 0, off=0)
    add(1402150, "world/ukraine-canadian-volunteers-return", "The Canadians who went to fight in Ukraine are coming home. Now what?", w, ["Marcus Heaney"],
        "Hundreds of volunteers are back, many with injuries and few with support. The post <a href=\"https://northerlymag.ca/world/ukraine-canadian-volunteers-return/\">The Canadians who went to fight in Ukraine are coming home. Now what?</a> appeared first on <a href=\"https://northerlymag.ca\">Northerly</a>.",
        lambda k: it(k, "The Canadians who went to fight in Ukraine are coming home. Now what?", w, ["Marcus Heaney"], junk=["appeared first on"]))
    w = d(3, 11, 30, off=0)
    add(1402133, "podcast/the-big-story-tariffs-washington-ottawa", "Podcast: Can Canada survive a 25 per cent tariff?", w, ["Northerly Podcasts"],
        "This week on The Northern Line, our trade reporter on what Washington really wants. The post <a href=\"https://northerlymag.ca/podcast/the-big-story-tariffs-washington-ottawa/\">Podcast: Can Canada survive a 25 per cent tariff?</a> appeared first on <a href=\"https://northerlymag.ca\">Northerly</a>.",
        lambda k: it(k, "Can Canada survive a 25 per cent tariff?", w, [], story=False, note="Podcast episode. Title label 'Podcast:' may be kept or dropped"), cats=("Podcasts",))
    channel = ("\t<title>World Archives - Northerly</title>\n\t<atom:link href=\"https://northerlymag.ca/world/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://northerlymag.ca/world/</link>\n"
               "\t<description>Canada’s magazine of news and ideas</description>\n"
               f"\t<lastBuildDate>{rfc822(d(4, 6, 0))}</lastBuildDate>\n\t<language>en-CA</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
               "\t<generator>https://wordpress.org/?v=6.7.1</generator>\n<site xmlns=\"com-wordpress:feed-additions:1\">189264103</site>")
    ns = (NS_CONTENT + ' xmlns:wfw="http://wellformedweb.org/CommentAPI/"' + NS_DC + NS_ATOM + ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"'
          + ' xmlns:slash="http://purl.org/rss/1.0/modules/slash/"' + NS_MEDIA)
    return feed("en_ca_northerly_world_wpvip.rss.xml", rss(channel, rows, ns=ns), items, lang="en", outlet="Northerly",
                structure="Maclean's-style WordPress VIP category feed with Yoast and Jetpack (macleans.ca/world/feed/): tab indentation, channel 'World Archives - Outlet', multi-line sy:updatePeriod, '?p=' non-permalink guids, CDATA dc:creator with one or several people, 'Outlet Staff', 'Outlet Podcasts' or the bare outlet, CDATA excerpt + 'The post … appeared first on …', post-id and site feed additions, Jetpack media:thumbnail '?w=1200', a newsletter promo and a podcast episode, +0000 dates with an item from the previous evening")


# ---------------------------------------------------------------- Times of Oman-style ASP.NET
def muscat():
    rows, items = [], []

    def add(aid, slug, title, when, desc, exp):
        url = f"https://www.muscatchronicle.com/article/{aid}/World/{slug}"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description>"
                    f"<pubDate>{rfc822(when, h12=False)}</pubDate><guid>{url}</guid></item>")
        items.append(exp(url))

    w = d(4, 10, 2, off=4)
    add(1159012, "oman-mediates-iran-us-prisoner-swap", "Oman mediates prisoner exchange between Iran and US", w,
        "Muscat: The Sultanate of Oman has successfully mediated an exchange of prisoners between the Islamic Republic of Iran and the United States of America, the Ministry of Foreign Affairs said on Thursday.",
        lambda k: it(k, "Oman mediates prisoner exchange between Iran and US", w, [], junk=["Muscat:"]))
    w = d(4, 9, 10, off=4)
    add(1159005, "his-majesty-receives-cable-of-thanks-from-kuwait-emir", "His Majesty receives cable of thanks from Emir of Kuwait", w,
        "Muscat: His Majesty the Sultan has received a cable of thanks from the Emir of the State of Kuwait in reply to His Majesty's greetings on National Day.",
        lambda k: it(k, "His Majesty receives cable of thanks from Emir of Kuwait", w, [], junk=["Muscat:"], note="Protocol item: relevant as state-to-state diplomacy, weak news value"))
    w = d(4, 8, 0, off=4)
    add(1158990, "gcc-ministers-meet-in-kuwait-ahead-of-summit", "GCC foreign ministers meet in Kuwait ahead of summit", w,
        "Kuwait City: Foreign ministers of the Gulf Cooperation Council (GCC) states met on Thursday to prepare for the 47th GCC summit, with a joint customs union and Red Sea shipping security on the agenda. (ONA)",
        lambda k: it(k, "GCC foreign ministers meet in Kuwait ahead of summit", w, [], junk=["Kuwait City:", "(ONA)"]))
    w = d(4, 12, 30, off=4)
    add(1159033, "india-pakistan-talks-kartarpur-corridor-reopen", "India, Pakistan agree to reopen Kartarpur corridor", w,
        "New Delhi: India and Pakistan have agreed to reopen the Kartarpur corridor for Sikh pilgrims from next month, officials said on Thursday. (Agencies)",
        lambda k: it(k, "India, Pakistan agree to reopen Kartarpur corridor", w, [], junk=["New Delhi:", "(Agencies)"]))
    w = d(4, 13, 40, off=4)
    add(1159040, "video-winter-festival-lights-up-qurum", "Video: Muscat Nights festival lights up Qurum", w,
        "Watch the opening night of the festival.",
        lambda k: it(k, "Muscat Nights festival lights up Qurum", w, [], story=False, rel=False, note="Video. Title label 'Video:' may be kept or dropped"))
    w = d(4, 7, 15, off=4)
    add(1158981, "sudan-rsf-drone-strike-port-sudan", "Drone strike hits fuel depot in Port Sudan", w,
        "Port Sudan: A drone strike hit a fuel depot in Port Sudan early on Thursday, the army said, blaming the paramilitary Rapid Support Forces. (Reuters)",
        lambda k: it(k, "Drone strike hits fuel depot in Port Sudan", w, [], junk=["Port Sudan:", "(Reuters)"], note='["Reuters"] is also correct'))
    channel = ("<title>Muscat Chronicle - World</title><link>https://www.muscatchronicle.com/</link><description>Muscat Chronicle - World</description>"
               "<language>en-us</language><copyright>Copyright 2026 Muscat Chronicle LLC</copyright><docs>https://www.rssboard.org/rss-specification</docs>"
               f"<lastBuildDate>{rfc822(d(4, 13, 41, off=4))}</lastBuildDate>")
    return feed("en_om_muscatchronicle_world.rss.xml", rss(channel, rows, decl="utf-8", sep="\r\n"), items, lang="en", outlet="Muscat Chronicle",
                structure="Times of Oman-style custom ASP.NET RSS (timesofoman.com/rss): CRLF line ends, channel 'Outlet - World' repeated as description, '/article/<id>/World/<slug>' links as guids without isPermaLink, no authors, plain descriptions opening 'City:' and ending '(ONA)' / '(Agencies)' / '(Reuters)' credits, state-protocol 'His Majesty receives cable' item, 'Video:' label, +0400 dates, 'LLC' copyright")


# ---------------------------------------------------------------- Irish Examiner-style (Escenic)
def leeside():
    rows, items = [], []

    def add(aid, path, title, when, creators, desc, exp):
        url = f"https://www.leesideexaminer.ie/{path}/arid-{aid}.html"
        cr = "".join(f"<dc:creator>{esc(c)}</dc:creator>" for c in creators)
        rows.append(f"<item><title>{cdata(title)}</title><link>{url}</link><guid isPermaLink=\"false\">arid-{aid}</guid><description>{cdata(desc)}</description>"
                    f"{cr}<pubDate>{rfc822(when, gmt=True)}</pubDate>"
                    f"<media:content url=\"https://img.leesideexaminer.ie/{aid}.jpg\" type=\"image/jpeg\" medium=\"image\"><media:credit>Picture: Niall Ó Briain/PA</media:credit></media:content></item>")
        items.append(exp(f"arid-{aid}"))

    w = d(4, 11, 30)
    add(41702231, "world/2026/12/04/eu-leaders-agree-ukraine-loan", "EU leaders agree €60bn loan for Ukraine backed by frozen Russian assets", w, ["Aoife Cullinane"],
        "Taoiseach says Ireland’s neutrality ‘not affected’ by the deal, which was agreed after Hungary dropped its veto.",
        lambda k: it(k, "EU leaders agree €60bn loan for Ukraine backed by frozen Russian assets", w, ["Aoife Cullinane"]))
    w = d(4, 9, 45)
    add(41702180, "world/2026/12/04/irish-peacekeepers-lebanon-unifil-rotation", "Irish peacekeepers in Lebanon ‘safe’ after shelling near UN post", w, ["Press Association"],
        "The Defence Forces said no Irish personnel were injured.",
        lambda k: it(k, "Irish peacekeepers in Lebanon ‘safe’ after shelling near UN post", w, ["Press Association"]))
    w = d(4, 8, 10)
    add(41702150, "opinion/columnists/2026/12/04/terry-prendergast-the-us-is-no-longer-our-friend", "Terry Prendergast: We must stop pretending Washington is still our friend", w, ["Terry Prendergast"],
        "Ireland’s economy has been built on American investment; its foreign policy cannot be built on American goodwill",
        lambda k: it(k, "We must stop pretending Washington is still our friend", w, ["Terry Prendergast"], note="Title label 'Terry Prendergast:' may be kept or dropped"))
    w = d(4, 13, 5)
    add(41702290, "sport/rugby/2026/12/04/munster-travel-to-toulouse", "Munster name strong side for Toulouse test", w, ["Shane Kiely"],
        "Four changes from the side that beat Ulster.",
        lambda k: it(k, "Munster name strong side for Toulouse test", w, ["Shane Kiely"], rel=False))
    w = d(4, 12, 15)
    add(41702260, "world/2026/12/04/explained-what-is-the-un-pact-on-migration", "Explained: What the new UN pact on climate migration means for Ireland", w, ["Deirdre Hanrahan", "Colm Ó Súilleabháin"],
        "The agreement signed in Nairobi commits states to share responsibility for people displaced by floods and drought.",
        lambda k: it(k, "What the new UN pact on climate migration means for Ireland", w, ["Deirdre Hanrahan", "Colm Ó Súilleabháin"], note="Explainer. Title label 'Explained:' may be kept or dropped"))
    w = d(4, 7, 0)
    add(41702101, "world/2026/12/04/watch-moment-kyiv-metro-shelter", "Watch: Families shelter in Kyiv metro during overnight attack", w, [],
        "Video shows families sleeping on platforms as air-raid sirens sounded.",
        lambda k: it(k, "Families shelter in Kyiv metro during overnight attack", w, [], story=False, note="Video of the war. Title label 'Watch:' may be kept or dropped"))
    channel = (f"<title>{cdata('Leeside Examiner - World')}</title><link>https://www.leesideexaminer.ie/world/</link><description>{cdata('The latest world news from the Leeside Examiner')}</description>"
               f"<language>en-ie</language><copyright>© 2026 Leeside Examiner Publishing Ltd.</copyright><lastBuildDate>{rfc822(d(4, 13, 6), gmt=True)}</lastBuildDate>")
    return feed("en_ie_leesideexaminer_world_escenic.rss.xml", rss(channel, rows, ns=NS_DC + NS_MEDIA, sep=""), items, lang="en", outlet="Leeside Examiner",
                structure="Irish Examiner-style Escenic section RSS (irishexaminer.com/feed/…): single line, CDATA channel title 'Outlet - World', CDATA titles with 'Columnist Name:' and 'Explained:'/'Watch:' labels, 'arid-<id>' non-permalink guids matching the '/arid-<id>.html' links, one dc:creator per author or 'Press Association', CDATA standfirsts (one without final stop), media:content with 'Picture: Name/PA' credit, GMT dates, 'Publishing Ltd.' copyright")


# ---------------------------------------------------------------- Anadolu Agency-style English wire
def anatolian():
    rows, items = [], []

    def add(n, slug, title, when, desc, exp, cat="world"):
        url = f"https://www.anatoliawire.com.tr/en/{cat}/{slug}/{n}"
        rows.append(f"<item><guid isPermaLink=\"false\">{n}</guid><link>{url}</link><title>{esc(title)}</title><description>{esc(desc)}</description>"
                    f"<pubDate>{rfc822(when)}</pubDate><image>https://cdnuploads.anatoliawire.com.tr/uploads/Contents/2026/12/04/thumbs_b_c_{n}.jpg</image></item>")
        items.append(exp(str(n)))

    w = d(4, 10, 41, off=3)
    add(3401221, "turkiye-syria-agree-to-joint-border-commission", "Türkiye, Syria agree to set up joint border commission", w,
        "Foreign ministers meet in Damascus, discuss return of Syrians, security cooperation",
        lambda k: it(k, "Türkiye, Syria agree to set up joint border commission", w, []))
    w = d(4, 9, 58, off=3)
    add(3401190, "israeli-army-kills-3-palestinians-in-west-bank-raid", "Israeli army kills 3 Palestinians in West Bank raid", w,
        "Palestinian Health Ministry says 1 of victims was 16-year-old boy",
        lambda k: it(k, "Israeli army kills 3 Palestinians in West Bank raid", w, []), cat="middle-east")
    w = d(4, 11, 20, off=3)
    add(3401250, "azerbaijan-armenia-border-demarcation-second-phase", "Azerbaijan, Armenia start 2nd phase of border demarcation", w,
        "Commissions of 2 countries meet in Gabala to agree on 47-kilometer section",
        lambda k: it(k, "Azerbaijan, Armenia start 2nd phase of border demarcation", w, []))
    w = d(4, 12, 5, off=3)
    add(3401277, "oil-prices-rise-on-opec-supply-cut-extension", "Oil prices rise on OPEC+ supply cut extension", w,
        "International benchmark Brent trades at $71.40 per barrel, American benchmark WTI at $67.85",
        lambda k: it(k, "Oil prices rise on OPEC+ supply cut extension", w, [], rel=False), cat="energy")
    w = d(4, 12, 33, off=3)
    add(3401290, "un-chief-says-gaza-aid-access-still-falls-short", "UN chief says Gaza aid access 'still falls far short'", w,
        "'Trickle of trucks is no substitute for open crossings,' says Secretary-General Amara Okonjo-Reyes",
        lambda k: it(k, "UN chief says Gaza aid access 'still falls far short'", w, [], quotes=[q("Amara Okonjo-Reyes", "United Nations")]), cat="middle-east")
    w = d(4, 13, 10, off=3)
    add(3401305, "galatasaray-beat-porto-in-europa-league", "Galatasaray beat Porto in Europa League", w,
        "Turkish side tops group with 3-1 win in Istanbul",
        lambda k: it(k, "Galatasaray beat Porto in Europa League", w, [], rel=False), cat="sports")
    channel = ("<title>Anatolia Wire - World</title><link>https://www.anatoliawire.com.tr/en</link><description>Anatolia Wire - World</description>"
               f"<lastBuildDate>{rfc822(d(4, 13, 11, off=3))}</lastBuildDate>")
    return feed("en_tr_anatoliawire_world_agency.rss.xml", rss(channel, rows, decl="utf-8", sep=""), items, lang="en", outlet="Anatolia Wire",
                structure="Anadolu Agency-style English wire RSS (aa.com.tr/en/rss/default?cat=world): single line, guid (numeric, non-permalink) BEFORE link and title, plain one-line summaries without final stop (agency headline style, numerals '3', '2nd', '1 of'), a non-standard <image> element inside each item, no authors, sport and energy items in the world category, +0300 dates, no copyright")


# ---------------------------------------------------------------- The Register-style Atom
def thewire():
    ents, items = [], []

    def add(n, path, title, when, author, summary, exp):
        url = f"https://www.thebitbucket.co.uk/{path}/"
        ents.append(f"<entry><id>tag:thebitbucket.co.uk,2005:story{n}</id><updated>{when.isoformat().replace('+00:00', 'Z')}</updated>"
                    f"<author><name>{esc(author)}</name><uri>https://search.thebitbucket.co.uk/?author={esc(author).replace(' ', '%20')}</uri></author>"
                    f"<link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/><title type=\"html\">{esc(title)}</title>"
                    f"<summary type=\"html\">{esc(summary)}</summary></entry>")
        items.append(exp(f"tag:thebitbucket.co.uk,2005:story{n}"))

    w = d(4, 12, 34)
    add(231455, "2026/12/04/eu_chips_act_export_controls", "EU proposes its own chip export controls as Dutch and US rules diverge", w, "Dermot Pilkington",
        "<h4>Brussels wants one list, not 27</h4> <p>The European Commission wants to centralise export licensing for chipmaking kit, taking power from national capitals.</p>",
        lambda k: it(k, "EU proposes its own chip export controls as Dutch and US rules diverge", w, ["Dermot Pilkington"], junk=["<h4>"], note="Tech policy with a trade/geopolitics angle"))
    w = d(4, 11, 2)
    add(231440, "2026/12/04/ransomware_gang_hospital_norway", "Ransomware crew claims Norwegian hospital trust raid, dumps 2TB", w, "Tilly Abernethy",
        "<h4>Patient records among stolen files, say criminals</h4> <p>Health authority confirms 'incident' but not scope.</p>",
        lambda k: it(k, "Ransomware crew claims Norwegian hospital trust raid, dumps 2TB", w, ["Tilly Abernethy"], rel=False))
    w = d(4, 9, 50)
    add(231431, "2026/12/04/who_me", "Who, Me? Techie's shortcut took out an entire trading floor", w, "Simon Tregarthen",
        "<h4>And the boss never found out why</h4> <p>Welcome to another installment of Who, Me?</p>",
        lambda k: it(k, "Who, Me? Techie's shortcut took out an entire trading floor", w, ["Simon Tregarthen"], rel=False, note="Reader-story column"))
    w = d(4, 8, 15)
    add(231420, "2026/12/04/china_subsea_cable_taiwan_cut", "Taiwan accuses Chinese-crewed freighter of cutting subsea cable", w, "Dermot Pilkington",
        "<h4>Second incident this year; Taipei says anchor was dragged for 12km</h4> <p>Matsu islands left relying on microwave link.</p>",
        lambda k: it(k, "Taiwan accuses Chinese-crewed freighter of cutting subsea cable", w, ["Dermot Pilkington"]))
    w = d(4, 7, 0)
    add(231412, "2026/12/04/webinar_kubernetes_costs", "Webinar: Taming Kubernetes costs before the auditors do", w, "Bitbucket Events",
        "<h4>Sponsored: Register now</h4> <p>Join us on 11 December.</p>",
        lambda k: it(k, "Taming Kubernetes costs before the auditors do", w, [], story=False, rel=False, note="Sponsored webinar promo. Title label 'Webinar:' may be kept or dropped"))
    w = d(4, 13, 40)
    add(231470, "2026/12/04/linux_kernel_6_19_rc1", "Linux 6.19 rc1 lands with Rust scheduler bits", w, "Liam Proudfoot",
        "<h4>Torvalds: 'Nothing scary here, move along'</h4> <p>Final release expected in early February.</p>",
        lambda k: it(k, "Linux 6.19 rc1 lands with Rust scheduler bits", w, ["Liam Proudfoot"], rel=False))
    head = ("<id>tag:thebitbucket.co.uk,2005:feed/thebitbucket.co.uk/headlines/</id><title>The Bitbucket</title><link rel=\"self\" type=\"application/atom+xml\" href=\"https://www.thebitbucket.co.uk/headlines.atom\"/>"
            "<link rel=\"alternate\" type=\"text/html\" href=\"https://www.thebitbucket.co.uk/\"/><rights>Copyright © 2026, Bytewise Publishing Ltd</rights>"
            "<author><name>The Bitbucket</name><email>webmaster@thebitbucket.co.uk</email><uri>https://www.thebitbucket.co.uk/odds/about/contact/</uri></author>"
            "<icon>https://www.thebitbucket.co.uk/Design/graphics/icons/favicon.png</icon><subtitle>Chewing the cable that powers IT</subtitle>"
            "<logo>https://www.thebitbucket.co.uk/Design/graphics/logo.png</logo><updated>2026-12-04T13:40:00Z</updated>")
    text = atom(head, ents, ns=' xml:lang="en"', sep="")
    return feed("en_tech_thebitbucket_headlines.atom.xml", text, items, lang="en", outlet="The Bitbucket", shape="atom", topic="tech",
                ctype="application/atom+xml; charset=utf-8",
                structure="The Register-style Atom headlines (theregister.com/headlines.atom): single line, tag: ids 'tag:site,2005:story<n>', Z updated only (no published), author name plus search uri, summary type=html opening with an <h4> strap line, 'Who, Me?' column and a sponsored 'Webinar:' promo, feed-level author with email, 'Ltd' rights")


# ---------------------------------------------------------------- ScienceDaily-style
def sciencehub():
    rows, items = [], []

    def add(slug, title, when, desc, exp):
        url = f"https://www.sciencebulletin.org/releases/2026/12/{slug}.htm"
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{esc(desc)}</description>\n"
                    f"      <pubDate>{rfc822(when, lang='en')[:-5]}EST</pubDate>\n      <guid isPermaLink=\"false\">{url}</guid>\n    </item>")
        items.append(exp(url))

    w = d(4, 10, 27, off=-5)
    add("261204102745", "Antarctic sea ice loss linked to stronger Southern Ocean storms", w,
        "A new analysis of 40 years of satellite data shows that the record losses of Antarctic sea ice since 2016 have coincided with stronger storms over the Southern Ocean.",
        lambda k: it(k, "Antarctic sea ice loss linked to stronger Southern Ocean storms", w, [], rel=False))
    w = d(4, 9, 40, off=-5)
    add("261204094012", "Ancient DNA reveals migration route across the Sahara 7,000 years ago", w,
        "Genomes from skeletons found in rock shelters in southwest Libya belong to a previously unknown lineage of North Africans.",
        lambda k: it(k, "Ancient DNA reveals migration route across the Sahara 7,000 years ago", w, [], rel=False))
    w = d(4, 8, 5, off=-5)
    add("261204080551", "Study tracks how conflict in Sudan disrupted measles vaccination", w,
        "Researchers mapped vaccination coverage across Sudan before and after the outbreak of war in 2023 and found that coverage fell by half in Darfur and Kordofan.",
        lambda k: it(k, "Study tracks how conflict in Sudan disrupted measles vaccination", w, [], note="Public-health study set in a war zone; a digest might include it. Relevant as conflict impact"))
    w = d(4, 7, 30, off=-5)
    add("261204073012", "New catalyst splits water using sunlight at record efficiency", w,
        "Chemists have developed a cobalt-based catalyst that produces hydrogen from water at 19 per cent solar-to-hydrogen efficiency.",
        lambda k: it(k, "New catalyst splits water using sunlight at record efficiency", w, [], rel=False))
    w = d(4, 11, 55, off=-5)
    add("261204115502", "Gut microbes of honeybees help them survive pesticide exposure", w,
        "Bees with a full complement of gut bacteria were twice as likely to survive low doses of a common neonicotinoid.",
        lambda k: it(k, "Gut microbes of honeybees help them survive pesticide exposure", w, [], rel=False))
    w = d(4, 12, 20, off=-5)
    add("261204122033", "Nuclear test monitoring network detects meteor explosion over Pacific", w,
        "Infrasound stations of the Comprehensive Nuclear-Test-Ban Treaty Organization picked up the blast, equivalent to 3 kilotons of TNT.",
        lambda k: it(k, "Nuclear test monitoring network detects meteor explosion over Pacific", w, [], rel=False))
    channel = ("    <title>Science Bulletin: Top News</title>\n    <link>https://www.sciencebulletin.org/news/top/</link>\n"
               "    <description>Top stories featured on Science Bulletin's home page.</description>\n    <language>en-us</language>\n"
               f"    <pubDate>{rfc822(d(4, 12, 25, off=-5))[:-5]}EST</pubDate>\n    <ttl>60</ttl>\n"
               "    <image>\n      <title>Science Bulletin</title>\n      <url>https://www.sciencebulletin.org/images/sb_logo.gif</url>\n      <link>https://www.sciencebulletin.org/</link>\n    </image>")
    text = rss(channel, rows).replace("<channel>\n    ", "  <channel>\n    ").replace("</channel>\n</rss>", "  </channel>\n</rss>")
    return feed("en_science_sciencebulletin_top.rss.xml", text, items, lang="en", outlet="Science Bulletin", topic="science",
                structure="ScienceDaily-style top-news RSS (sciencedaily.com/rss/top.xml): two- and four-space indentation, channel 'Outlet: Top News', '/releases/YYYY/MM/<12-digit>.htm' links repeated as non-permalink guids, plain one-sentence summaries, no authors, 'EST' zone abbreviation instead of an offset, one conflict-health study among pure-science items")


# ---------------------------------------------------------------- Brightspot-style Qatar daily
def dohatribune():
    rows, items = [], []

    def add(uid, slug, title, when, creators, desc, caption, exp, sec="world"):
        url = f"https://www.dohatribune.qa/{sec}/{slug}"
        cr = "".join(f"<dc:creator>{esc(c)}</dc:creator>" for c in creators)
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description>"
                    f"<guid isPermaLink=\"false\">{uid}</guid><pubDate>{rfc822(when, gmt=True)}</pubDate>{cr}"
                    f"<media:content url=\"https://dohatribune.brightspotcdn.com/dims4/default/{uid[9:17]}/2147483647/strip/true/crop/1200x800+0+0/resize/1200x800!/quality/90/?url=https%3A%2F%2Fdohatribune.s3.amazonaws.com%2F{uid[:8]}.jpg\" medium=\"image\">"
                    f"<media:title>{esc(caption)}</media:title></media:content></item>")
        items.append(exp(uid))

    w = d(4, 9, 12)
    add("0000019a-3c41-d2f7-a5fb-7f5b3e2a0001", "2026/12/04/qatar-hosts-fresh-round-of-sudan-talks", "Qatar hosts fresh round of Sudan talks as fighting spreads to Kordofan", w, ["Fatma Al-Kuwari", "Reem Haddadin"],
        "Delegations of Sudan’s army and the Rapid Support Forces arrived in Doha on Thursday, the Ministry of Foreign Affairs said.",
        "Delegates at the opening session in Doha. (Photo: Tribune/Salman Darwish)",
        lambda k: it(k, "Qatar hosts fresh round of Sudan talks as fighting spreads to Kordofan", w, ["Fatma Al-Kuwari", "Reem Haddadin"], junk=["Photo: Tribune/Salman Darwish"]))
    w = d(4, 7, 40)
    add("0000019a-3b9e-d1c2-a3ef-bfde8a4f0002", "2026/12/04/iran-iaea-talks-vienna", "Iran, IAEA resume talks in Vienna on inspections", w, ["AFP"],
        "Iran’s deputy foreign minister said the talks were “constructive but incomplete”.",
        "The IAEA headquarters in Vienna. (AFP)",
        lambda k: it(k, "Iran, IAEA resume talks in Vienna on inspections", w, ["AFP"]))
    w = d(4, 11, 30)
    add("0000019a-3d02-d8a1-abff-ff9b41c30003", "2026/12/04/amir-cup-al-sadd-through-to-final", "Amir Cup: Al Sadd through to final after shootout", w, ["Sports Desk"],
        "Al Sadd beat Al Duhail 4-3 on penalties at the Khalifa International Stadium.",
        "Al Sadd players celebrate. (Photo: QSL)",
        lambda k: it(k, "Al Sadd through to final after shootout", w, [], rel=False, note="'Sports Desk' is a desk. Title label 'Amir Cup:' may be kept or dropped"), sec="sports")
    w = d(4, 12, 5)
    add("0000019a-3d2a-d4e7-a9ff-7fbf0f6d0004", "2026/12/04/opinion-why-the-gulf-must-lead-on-red-sea-security", "Why the Gulf must lead on Red Sea security", w, ["Dr. Khalid bin Nasser Al-Mannai"],
        "Shipping through Bab el-Mandeb is a regional interest before it is a Western one.",
        "A container ship in the Red Sea. (Reuters)",
        lambda k: it(k, "Why the Gulf must lead on Red Sea security", w, ["Khalid bin Nasser Al-Mannai"], note='["Dr. Khalid bin Nasser Al-Mannai"] is also correct'), sec="opinion")
    w = d(4, 13, 20)
    add("0000019a-3d55-d0c9-afdf-fff5c9a20005", "2026/12/04/in-pictures-national-day-preparations", "In pictures: Preparations for National Day celebrations on the Corniche", w, ["Tribune Photo"],
        "Scenes from the Corniche ahead of December 18.",
        "Flags along the Corniche. (Photo: Tribune)",
        lambda k: it(k, "Preparations for National Day celebrations on the Corniche", w, [], story=False, rel=False, note="Gallery. Title label 'In pictures:' may be kept or dropped"), sec="qatar")
    w = d(4, 8, 25)
    add("0000019a-3bd0-d6b3-a7ff-3ff8d7e10006", "2026/12/04/lebanon-army-deploys-south-litani", "Lebanese army completes deployment south of Litani, UNIFIL says", w, ["QNA"],
        "The UN mission said the deployment was a “significant step” towards implementing the ceasefire agreement.",
        "UNIFIL peacekeepers on patrol. (QNA)",
        lambda k: it(k, "Lebanese army completes deployment south of Litani, UNIFIL says", w, ["QNA"]))
    w = d(4, 10, 0)
    add("0000019a-3c80-dd11-ab7f-7fbdb4e50007", "2026/12/04/pakistan-qatar-lng-deal-extended", "Pakistan, Qatar extend LNG supply deal to 2040", w, ["Tribune Report"],
        "The extension was signed in Islamabad during a visit by a Qatari ministerial delegation.",
        "(File photo)",
        lambda k: it(k, "Pakistan, Qatar extend LNG supply deal to 2040", w, [], note="Energy diplomacy between states; 'Tribune Report' is a house byline"), sec="business")
    channel = ("<title>World | The Doha Tribune</title><link>https://www.dohatribune.qa/world</link><description>The latest world news from The Doha Tribune</description>"
               "<language>en</language><copyright>Copyright © 2026 Dar Al Tribune for Printing, Publishing and Distribution</copyright>"
               f"<lastBuildDate>{rfc822(d(4, 13, 21), gmt=True)}</lastBuildDate><generator>Brightspot</generator>")
    return feed("en_qa_dohatribune_world_brightspot.rss.xml", rss(channel, rows, ns=NS_DC + NS_MEDIA, sep=""), items, lang="en", outlet="The Doha Tribune", aliases=["Doha Tribune"],
                structure="Brightspot CMS section RSS of a Qatar English daily (Peninsula/Gulf Times-style): single line, <generator>Brightspot</generator>, 36-character Brightspot UUIDs '0000019a-…' as non-permalink guids placed before pubDate, one dc:creator per credit (names, 'AFP', 'QNA', 'Dr.' titles, house bylines 'Sports Desk', 'Tribune Photo', 'Tribune Report'), media:content with brightspotcdn dims4 resize URLs and media:title captions carrying photo credits, sports/business/gallery items under the world feed, GMT dates, long 'Printing, Publishing and Distribution' copyright")


FEEDS = [clydeherald, semenanjung, ashanti, blueridge, northerly, muscat, leeside, dohatribune, anatolian, thewire, sciencehub]
