# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the sixty-first held-out set: eight world/news desks, a tech newsletter and a
reef institute's press office, as their feeds look in 2025–26."""
import unicodedata
from urllib.parse import quote

from h61 import cd, d, doc, el, esc, feed, gmt, httpdate, it, q, wpt



def wpdate(w):
    """WordPress's mysql2date('D, d M Y H:i:s +0000') of the GMT time."""
    return gmt(w).replace("GMT", "+0000")


SLUG = str.maketrans({c: None for c in "’‘,:;«»“”|?!()\"'"})
TL = "Title label '{}' may be kept or dropped"


def _wp(B, rows, title, desc, lang, built, ver, fname, outlet, structure, notes, sub="world/", flang="en"):
    """A WordPress category feed (feed-rss2.php): '?p=' guids, GMT dates, one dc:creator per author."""
    items, exp = [], []
    for pid, date, creators, cats, body, e in rows:
        slug = quote("-".join(unicodedata.normalize("NFKD", e.title.lower().translate(SLUG)).encode("ascii", "ignore").decode().split()[:8]) if e.title.isascii() or any("a" <= c <= "z" for c in e.title) else "-".join(e.title.translate(SLUG).split()[:6]), safe="-").lower()
        link = f"{B}{date:%Y/%m/%d}/{slug}/"
        first = body.split("</p>")[0].replace("<p>", "")
        ex = first if len(first) < 200 else first[:200].rsplit(" ", 1)[0] + " [&#8230;]"
        els = [f"<title>{wpt(e.title)}</title>", el("link", link), el("comments", link + "#respond"),
               el("pubDate", wpdate(date))]
        els += [el("dc:creator", c, "cd") for c in creators]
        els += [el("category", c, "cd") for c in cats]
        els += [f'<guid isPermaLink="false">{B}?p={pid}</guid>', el("description", ex, "cd"),
                el("content:encoded", body, "cd"), el("wfw:commentRss", link + "feed/"), el("slash:comments", "0")]
        items.append(els)
        e.key, e.published = f"{B}?p={pid}", date
        exp.append(e)
    ch = [el("title", title), f'<atom:link href="{B}{sub}feed/" rel="self" type="application/rss+xml" />', el("link", B + sub),
          el("description", desc), el("lastBuildDate", wpdate(built)), el("language", lang),
          "<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>", "<sy:updateFrequency>\n\t1\t</sy:updateFrequency>",
          el("generator", f"https://wordpress.org/?v={ver}")]
    text = doc(ch, items, ns=("content", "wfw", "dc", "atom", "sy", "slash"), ind="\t")
    return feed(fname, text, exp, lang=flang, outlet=outlet, structure=structure, notes=notes)


def spokane():
    B = "https://inlandcourier.example/"
    T = lambda title, authors=(), **k: it("", title, None, authors, **k)
    rows = [
        (77412, d(2025, 3, 30, 18, 20, 0, -7), ["Kelsey Marchetti"], ["World"],
         "<p>MANDALAY, Myanmar — Rescuers reached collapsed apartment blocks in Mandalay on Sunday as the death toll from Friday’s magnitude 7.7 earthquake passed 2,000, and aid teams from China, India and Russia began arriving.</p>\n<p>“Every hour matters now. People are still calling from under the concrete,” said Thiri Aung, a coordinator for the Myanmar Red Cross Society in Mandalay.</p>\n<p>The Associated Press contributed to this report.</p>",
         T("Myanmar earthquake death toll passes 2,000 as rescuers reach Mandalay", ["Kelsey Marchetti"], quotes=[q("Thiri Aung", "Myanmar Red Cross Society")], junk=["The Associated Press contributed to this report."], note="Rule D: deadly natural disaster abroad drawing foreign rescue teams: relevant.")),
        (77398, d(2025, 3, 29, 15, 5, 0, -7), ["Kelsey Marchetti", "Darnell Okafor"], ["World", "Local"],
         "<p>A Spokane Valley couple were among 43 Americans flown out of Port-au-Prince on a State Department charter flight Friday, as gang violence closed the Haitian capital’s main airport to commercial traffic.</p>\n<p>“We heard gunfire every night for two weeks. When the embassy called, we packed one bag each,” said Marisol Fenwick, 41, a nurse with the Spokane-based charity Hope Clinic Partners.</p>\n<p>Her husband, Greg Fenwick, said the couple hoped to return “once it’s safe to.”</p>",
         T("Spokane couple among Americans flown out of Haiti on State Department charter", ["Kelsey Marchetti", "Darnell Okafor"], quotes=[q("Marisol Fenwick", "Hope Clinic Partners")], note="Rule C(b): a government evacuation flight for nationals in a country in crisis: relevant. Greg Fenwick's words are a lower-case fragment: no quote. Two dc:creator elements: two people.")),
        (77390, d(2025, 3, 28, 22, 40, 0, -7), ["Darnell Okafor"], ["Business", "World"],
         "<p>Contractors across the Inland Northwest say they are already paying more for Canadian lumber after the administration’s new duties on softwood took effect this month, and Ottawa has promised to answer in kind.</p>\n<p>“We’re paying 14 percent more for Canadian studs than we were in January. That goes straight into the price of a house,” said Rick Tolliver, owner of Tolliver Building Supply in Spokane Valley.</p>",
         T("Canadian lumber duties hit Inland Northwest builders as Ottawa vows response", ["Darnell Okafor"], quotes=[q("Rick Tolliver", "Tolliver Building Supply")], note="U.S.–Canada trade dispute (duties, Ottawa's response): relevant.")),
        (77381, d(2025, 3, 28, 9, 0, 0, -7), ["Nina Halvorsen"], ["World", "Local"],
         "<p>A Gonzaga University junior remains in a hospital in Denpasar after a scooter crash on Bali last week, and her family has started an online fundraiser to cover the cost of flying her home.</p>\n<p>“She’s stable, and that’s all we care about right now,” her father, Doug Arneson, said Thursday. The State Department said it was aware of the case and providing consular assistance.</p>",
         T("Gonzaga student hurt in Bali scooter crash; family raises money to bring her home", ["Nina Halvorsen"], rel=False, quotes=[q("Doug Arneson")], note="Rule C: a private accident abroad with routine consular help: not relevant. The father has no affiliation.")),
        (77377, d(2025, 3, 27, 16, 10, 0, -7), ["Inland Courier Staff"], ["Local", "World"],
         "<p>The Spokane Valley City Council voted 5-2 Tuesday to rezone 60 acres near Barker Road for warehouse use.</p>\n<p>Councilmember Alma Reyes said the vote “trades farmland for trucks.”</p>",
         T("Spokane Valley rezones 60 acres for warehouses near Barker Road", [], rel=False, note="City news filed under World too: not relevant. 'Inland Courier Staff' is a desk credit. Reyes's words are a lower-case fragment: no quote.")),
        (77370, d(2025, 3, 27, 6, 0, 0, -7), ["Inland Courier"], ["Newsletters"],
         "<p>Get the day’s top stories from the Inland Northwest and the world in your inbox every weekday at 6 a.m. <a href=\"https://inlandcourier.example/newsletters/\">Sign up here</a>.</p>",
         T("Sign up for The Morning Courier, our weekday newsletter", [], story=False, rel=False, note="Newsletter promotion: non-story.")),
    ]
    return _wp(B, rows, "World – The Inland Courier", "Spokane and the Inland Northwest", "en-US", d(2025, 3, 30, 18, 25, 0, -7), "6.7.2",
               "en_us_wa_inlandcourier_world_wp67.rss.xml", "The Inland Courier",
               "Spokane, Washington daily, WordPress 6.7.2 (2025) category feed 'World – Outlet' with tab indentation; '?p=' guids, GMT dates, two dc:creator elements for co-authors, excerpts with [&#8230;], full content:encoded, AP contribution line, cross-filed local items, newsletter promo.",
               "Home country: United States.")


def sudbury():
    B = "https://www.nickelbeltstar.example"
    rows = [
        ("news/world/hurricane-melissa-canada-sends-dart-jamaica", d(2025, 10, 30, 21, 15, 0, -4), "By Renée Paquette",
         "KINGSTON, Jamaica — Canada is sending its Disaster Assistance Response Team to western Jamaica, where Hurricane Melissa has left at least 28 people dead and tens of thousands without shelter. \u201cThe damage in the west of the island is extensive and the roads are gone in places,\u201d said Marcia Brown-Levy of Jamaica\u2019s Office of Disaster Preparedness and Emergency Management. With files from The Canadian Press",
         dict(authors=["Renée Paquette"], quotes=[q("Marcia Brown-Levy", "Office of Disaster Preparedness and Emergency Management")], junk=["With files from The Canadian Press"], note="Rule D: deadly hurricane abroad drawing foreign aid: relevant. 'With files from' is not a byline.")),
        ("news/world/sudbury-engineer-freed-mali-global-affairs", d(2025, 10, 24, 17, 40, 0, -4), "By Tom Kivela",
         "A Sudbury mining engineer held for 40 days by an armed group in southern Mali has been freed and is in the care of Canadian officials in Bamako, Global Affairs Canada said Friday. \u201cOur priority now is to let him rest and reconnect with his family,\u201d said Nadine Lachance, a spokesperson for Global Affairs Canada. The man\u2019s name has not been released at the family\u2019s request.",
         dict(authors=["Tom Kivela"], quotes=[q("Nadine Lachance", "Global Affairs Canada")], note="Rule C(a): a national held by an armed group abroad and freed: relevant.")),
        ("news/world/critical-minerals-eu-canada-sudbury", d(2025, 10, 20, 12, 5, 0, -4), "By Tom Kivela and Priya Raman",
         "Executives from the two big Sudbury nickel producers will join federal officials in Brussels next week as Canada and the European Union negotiate a critical minerals partnership. \u201cSudbury\u2019s nickel is part of the conversation in Europe now. Five years ago it wasn\u2019t,\u201d said Paul Ristimaki, president of the Greater Sudbury Chamber of Commerce.",
         dict(authors=["Tom Kivela", "Priya Raman"], quotes=[q("Paul Ristimaki", "Greater Sudbury Chamber of Commerce")], note="Canada–EU minerals negotiation: relevant. 'By A and B': two people.")),
        ("news/local/laurentian-student-stranded-lisbon-strike", d(2025, 10, 10, 15, 30, 0, -4), "By Priya Raman",
         "A Laurentian University student says she has been stuck in Lisbon for four days after a cabin crew strike grounded her flight home. \u201cI just want to be home for Thanksgiving,\u201d said Émilie Gauthier, 22. The airline said it was rebooking passengers as quickly as it could.",
         dict(authors=["Priya Raman"], rel=False, quotes=[q("Émilie Gauthier")], note="Rule C: travel disruption abroad, a private misfortune: not relevant.")),
        ("sports/wolves-sweep-weekend-double-header", d(2025, 10, 5, 22, 50, 0, -4), "Star Sports Staff",
         "The Sudbury Wolves beat Barrie 4-2 on Saturday and North Bay 3-1 on Sunday to climb to second in the OHL\u2019s Central Division.",
         dict(authors=[], rel=False, note="Home sport: not relevant. Desk credit.")),
        ("video/creighton-mine-rescue-drill", d(2025, 10, 3, 11, 0, 0, -4), "Nickel Belt Star Video",
         "Video: Mine rescue teams from across the north compete at the Creighton Mine drill. Runtime 3:12.",
         dict(authors=[], story=False, rel=False, note="Video: non-story.")),
    ]
    items, exp = [], []
    for path, date, by, desc, kw in rows:
        link = f"{B}/{path}"
        title = {0: "Hurricane Melissa: Canada sends DART as Jamaica death toll rises to 28", 1: "Sudbury engineer held in Mali freed after 40 days, Global Affairs says",
                 2: "Sudbury nickel producers head to Brussels for Canada–EU minerals talks", 3: "Laurentian student stranded in Lisbon by airline strike",
                 4: "Wolves sweep weekend double-header", 5: "VIDEO | Inside the Creighton Mine rescue drill"}[len(items)]
        items.append([el("title", title), el("link", link), el("description", desc), el("dc:creator", by), el("pubDate", httpdate(date)),
                      f'<guid isPermaLink="true">{link}</guid>', f'<media:content url="{B}/dims4/default/{len(items)}a7c/2147483647/resize/1200x/quality/90/image.jpg" medium="image" type="image/jpeg" />'])
        if len(items) == 6:
            kw["note"] += " " + TL.format("VIDEO |")
        exp.append(it(link, title, date, **kw))
    ch = [el("title", "World | The Nickel Belt Star"), el("link", f"{B}/news/world"), el("description", "World news from The Nickel Belt Star"),
          el("language", "en-CA"), el("copyright", "© 2025 Nickel Belt Media Inc."), el("lastBuildDate", httpdate(d(2025, 10, 30, 21, 20, 0, -4))),
          f'<atom:link href="{B}/news/world.rss" rel="self" type="application/rss+xml" />']
    return feed("en_ca_on_nickelbeltstar_world_brightspot.rss.xml", doc(ch, items, ns=("dc", "atom", "media")), exp, lang="en", outlet="The Nickel Belt Star",
                structure="Sudbury, Ontario daily, Brightspot (2025) section feed 'World | Outlet'; plain-text descriptions, 'By Name' and 'By A and B' in dc:creator, GMT dates, permalink guids, dims4 media:content, 'With files from The Canadian Press' tail, cross-section items, video.",
                notes="Home country: Canada.")


def waterford():
    B = "https://www.deiseexaminer.example"
    rows = [
        ("ZQ3LK5V7XRF2HDB4A6M3NJPE2U", "world/2026/02/14/storm-batters-iberia-nine-dead/", "Atlantic storm batters Portugal and Spain, leaving at least nine dead", d(2026, 2, 14, 19, 2, 0, 0), "Siobhán Power",
         "<p>At least nine people have died in Portugal and Spain after an Atlantic storm brought flooding to the Mondego valley and Galicia.</p><p>“The river rose two metres in an hour. We moved people from the ground floors first,” said Inês Carvalho of the National Emergency and Civil Protection Authority.</p><p>Irish travellers in the region are advised to follow local instructions.</p>",
         dict(authors=["Siobhán Power"], quotes=[q("Inês Carvalho", "National Emergency and Civil Protection Authority")], note="Rule D: deadly storm abroad: relevant.")),
        ("7HC2M4WQ5BF3JGSKL2XPDT6Y4A", "world/2026/02/13/irish-citizens-evacuated-goma/", "Irish citizens among 180 evacuated from eastern Congo on Belgian-led flights", d(2026, 2, 13, 16, 45, 0, 0), "Siobhán Power and Declan Walsh",
         "<p>Twenty-nine Irish citizens, most of them aid workers, were among 180 Europeans flown out of Goma on Belgian-led evacuation flights as fighting reached the city’s outskirts.</p><p>“We had 31 Irish citizens registered in Goma and we have now accounted for all of them,” a Department of Foreign Affairs spokeswoman said. Two chose to remain with their organisations.</p>",
         dict(authors=["Siobhán Power", "Declan Walsh"], quotes=[q("a Department of Foreign Affairs spokeswoman")], note="Rule C(b)/(c): evacuation of nationals from a war zone: relevant. The anonymous spokeswoman's whole sentence is a quote shown as the text describes her.")),
        ("L4KQ2NUDW5E7BRMJ3HZ6FSXAYC", "world/2026/02/12/eu-sanctions-shadow-fleet-ireland-ports/", "EU agrees new sanctions on Russia’s shadow fleet as Ireland backs tougher port checks", d(2026, 2, 12, 13, 20, 0, 0), "Declan Walsh",
         "<p>BRUSSELS — EU ambassadors have agreed a new package of sanctions aimed at the tankers Russia uses to move oil around the price cap, and Ireland has said it will check suspect vessels in its waters.</p><p>“Irish ports will not be a back door for Russian oil,” Minister of State for European Affairs Ciarán Mulcahy said.</p>",
         dict(authors=["Declan Walsh"], quotes=[q("Ciarán Mulcahy", "Minister of State for European Affairs")], note="EU sanctions and Ireland's foreign policy: relevant. Role before the name.")),
        ("Q8RD3FTN6YBK2MLWA5JXE4HC7U", "news/2026/02/11/tramore-man-dies-tenerife-fall/", "Tramore man (34) dies after fall on Tenerife hiking trail", d(2026, 2, 11, 21, 10, 0, 0), "Examiner Reporter",
         "<p>A Tramore man has died after a fall on a hiking trail in the Anaga mountains on Tenerife. The Department of Foreign Affairs said it was aware of the case and providing consular assistance.</p><p>Local councillor Joe Kiely described him as “a gentle giant who’d do anything for you”.</p>",
         dict(authors=[], rel=False, note="Rule C: a private accident abroad with routine consular help: not relevant. 'Examiner Reporter' is a desk credit. The councillor's words are a described phrase: no quote.")),
        ("C5TWJ2KXQ7MH4NDL6BRF3YEA2P", "business/2026/02/10/crystal-visitor-centre-january/", "House of Waterford Crystal has its best January in a decade", d(2026, 2, 10, 10, 0, 0, 0), "Aoife Dunphy",
         "<p>The visitor centre on the Mall welcomed 21,000 people in January, its best start to a year since 2016.</p><p>General manager Rory Tobin said: “American visitors are back, and the cruise calls in Dunmore East help.”</p>",
         dict(authors=["Aoife Dunphy"], rel=False, quotes=[q("Rory Tobin", "House of Waterford Crystal")], note="Home business: not relevant. 'General manager' of the business the text names.")),
        ("V2NL6PGH4XJ8KAQTD3MWB5YR7E", "sport/2026/02/07/live-six-nations-ireland-italy/", "LIVE: Six Nations – Ireland v Italy, Aviva Stadium", d(2026, 2, 7, 14, 0, 0, 0), "Examiner Sport",
         "<p>Follow every score as it happens from Dublin. Kick-off 2.15pm.</p>",
         dict(authors=[], story=False, rel=False, note="Live page: non-story.")),
    ]
    items, exp = [], []
    for aid, path, title, date, by, body, kw in rows:
        link = f"{B}/{path}"
        first = body.split("</p>")[0].replace("<p>", "")
        items.append([el("title", title, "cd"), el("link", link), f'<guid isPermaLink="false">{aid}</guid>', el("dc:creator", by, "cd"),
                      el("description", first, "cd"), el("pubDate", gmt(date).replace("GMT", "+0000")), el("content:encoded", body, "cd"),
                      f'<media:content type="image/jpeg" url="{B}/resizer/v2/{aid}.jpg?auth=9f2e&amp;width=1200" height="800" width="1200"><media:credit role="author" scheme="urn:ebu"><![CDATA[Photo: Deise Examiner]]></media:credit></media:content>'])
        exp.append(it(aid, title, date, **kw))
    ch = [el("title", "The Déise Examiner"), el("link", B), f'<atom:link href="{B}/arc/outboundfeeds/rss/category/world/?outputType=xml" rel="self" type="application/rss+xml"/>',
          el("description", "The Déise Examiner News Feed"), el("lastBuildDate", gmt(d(2026, 2, 14, 19, 5, 0, 0)).replace("GMT", "+0000")), el("language", "en"),
          el("category", "World"), el("sy:updatePeriod", "hourly"), el("sy:updateFrequency", "1")]
    return feed("en_ie_deiseexaminer_world_arcxp.rss.xml", doc(ch, items, ns=("atom", "content", "dc", "sy", "media")), exp, lang="en", outlet="The Déise Examiner",
                structure="Waterford (Ireland) daily, Arc XP outboundfeeds (2026): channel titled with the brand, 26-character Arc ids as guids, CDATA titles, one dc:creator 'A and B', first paragraph as description, full content:encoded, resizer media:content with media:credit, +0000 dates; mixed world/news/business/sport despite the world category.",
                notes="Home country: Ireland.")


def dunedin():
    B = "https://otagomercury.example"
    rows = [
        ("68c2f1a94be07a0001d3e611", "pakistan-floods-khyber-pakhtunkhwa-nz-aid", "Pakistan monsoon floods: toll passes 300 as New Zealand pledges $1 million", d(2025, 8, 19, 9, 30, 0, 12), "Hamish McLeod", "World",
         "<p>More than 300 people have died in flash floods and landslides in Pakistan’s Khyber Pakhtunkhwa province, and New Zealand has pledged $1 million in humanitarian aid.</p><p>“Families have lost everything overnight, their houses, their animals, their fields,” said Samina Rauf, a programme manager for the Peshawar relief group Hum Saath.</p>",
         dict(authors=["Hamish McLeod"], quotes=[q("Samina Rauf", "Hum Saath")], note="Rule D: deadly floods abroad with foreign aid: relevant.")),
        ("68c1d77e4be07a0001d3e5fa", "dunedin-woman-freed-iran", "Dunedin woman freed after six weeks in Iranian detention", d(2025, 8, 18, 16, 5, 0, 12), "Hamish McLeod, Ana Tuilagi", "World",
         "<p>A Dunedin woman detained in Iran for six weeks has been released and has left the country, the Ministry of Foreign Affairs and Trade has confirmed.</p><p>“She is safe, she is well, and she is on her way home,” her brother, Callum Reid, told the Mercury.</p><p>MFAT said it had raised the case with Iranian officials at a senior level.</p>",
         dict(authors=["Hamish McLeod", "Ana Tuilagi"], quotes=[q("Callum Reid")], note="Rule C(a): a national detained by a foreign state and freed: relevant. Ghost joins two authors with ', ' in one dc:creator. The brother has no affiliation.")),
        ("68c0a2b34be07a0001d3e5d1", "nz-australia-pacific-fisheries-surveillance", "Wellington and Canberra agree joint fisheries patrols in the Pacific", d(2025, 8, 17, 11, 40, 0, 12), "Ana Tuilagi", "World",
         "<p>New Zealand and Australia will share aircraft and satellite data to patrol the exclusive economic zones of five Pacific states under an agreement signed in Wellington on Friday.</p><p>Dr Leilani Faleolo, a senior lecturer in politics at the University of Otago, said: “This is about who watches the ocean, and the Pacific states have asked for it.”</p>",
         dict(authors=["Ana Tuilagi"], quotes=[q("Leilani Faleolo", "University of Otago")], note="NZ–Australia agreement for Pacific states: relevant.")),
        ("68bf61f04be07a0001d3e5a8", "tonga-tremor-no-damage", "Tremor rattles Nuku‘alofa, no damage reported", d(2025, 8, 16, 20, 15, 0, 12), "Mercury Staff", "World",
         "<p>A magnitude 5.9 earthquake struck 90km north of Nuku‘alofa on Saturday evening. Tonga’s geological services reported no damage and no tsunami threat.</p>",
         dict(authors=[], rel=False, note="Rule D: a hazard abroad that harmed no one: not relevant. 'Mercury Staff' is a desk credit.")),
        ("68be0fc24be07a0001d3e580", "highlanders-name-new-head-coach", "Highlanders name new head coach for 2026", d(2025, 8, 15, 14, 0, 0, 12), "Josh Kerr", "Sport",
         "<p>The Highlanders have appointed their defence coach as head coach on a three-year deal.</p>",
         dict(authors=["Josh Kerr"], rel=False, note="Home sport: not relevant.")),
        ("68bd9aa44be07a0001d3e561", "the-mercury-weekly-16-august", "The Mercury Weekly: our picks from the week", d(2025, 8, 15, 7, 0, 0, 12), "Otago Mercury", "Newsletter",
         "<p>This week’s best reads, a photo from the Octagon, and what’s on over the weekend. Subscribe to get it every Saturday.</p>",
         dict(authors=[], story=False, rel=False, note="Newsletter issue: non-story.")),
    ]
    items, exp = [], []
    for gid, slug, title, date, by, cat, body, kw in rows:
        link = f"{B}/{slug}/"
        first = body.split("</p>")[0].replace("<p>", "")
        items.append([el("title", title, "cd"), el("description", first, "cd"), el("link", link), f'<guid isPermaLink="false">{gid}</guid>',
                      el("category", cat, "cd"), el("dc:creator", by, "cd"), el("pubDate", httpdate(date)),
                      f'<media:content url="{B}/content/images/2025/08/{slug[:12]}.jpg" medium="image"/>', el("content:encoded", f'<img src="{B}/content/images/2025/08/{slug[:12]}.jpg" alt=""><br>{body}', "cd")])
        exp.append(it(gid, title, date, **kw))
    ch = [el("title", "Otago Mercury", "cd"), el("description", "Independent news for Ōtepoti Dunedin and the South", "cd"), el("link", B + "/"),
          "<image><url>" + B + "/favicon.png</url><title>Otago Mercury</title><link>" + B + "/</link></image>", el("generator", "Ghost 5.130"),
          el("lastBuildDate", httpdate(d(2025, 8, 19, 9, 35, 0, 12))), f'<atom:link href="{B}/rss/" rel="self" type="application/rss+xml"/>', el("ttl", "60")]
    return feed("en_nz_otagomercury_world_ghost5.rss.xml", doc(ch, items, ns=("dc", "content", "atom", "media")), exp, lang="en", outlet="Otago Mercury",
                structure="Dunedin (New Zealand) independent news site on Ghost 5 (2025), site feed /rss/: CDATA titles, 24-hex object ids as guids, one CDATA category, dc:creator with co-authors joined by ', ', GMT dates, lead image in content:encoded, mixed world, sport and newsletter.",
                notes="Home country: New Zealand.")


def kimberley():
    B = "https://www.dfcourier.example"
    rows = [
        (8861, "world/landslide-eastern-drc-kills-40", "Landslide in eastern DRC kills at least 40 after days of rain", d(2025, 5, 20, 17, 12, 0, 2), "Courier Foreign Desk",
         "<p>At least 40 people died when a hillside collapsed on a fishing village on the shore of Lake Kivu in South Kivu province, local officials said on Tuesday. Rescuers were still searching for more than 20 missing.</p><p>– Reuters</p>",
         dict(authors=[], junk=["– Reuters"], note="Rule D: deadly landslide abroad: relevant. No direct quote. Agency tail and desk credit.")),
        (8857, "world/dirco-secures-release-truck-drivers-drc", "DIRCO secures release of two SA truck drivers held in DRC", d(2025, 5, 19, 12, 30, 0, 2), "Kagiso Molefe",
         "<p>Two South African truck drivers held for three weeks by the authorities in Lubumbashi have been released after intervention by the Department of International Relations and Cooperation.</p><p>“We remain in contact with the families and with the Congolese authorities,” DIRCO spokesperson Lerato Dlamini said.</p><p>One of the drivers is from Galeshewe.</p>",
         dict(authors=["Kagiso Molefe"], quotes=[q("Lerato Dlamini", "DIRCO")], note="Rule C(a): nationals held by a foreign state and freed: relevant.")),
        (8850, "world/sa-botswana-diamond-trade-deal", "SA and Botswana sign deal to ease cross-border diamond trade", d(2025, 5, 17, 9, 45, 0, 2), "Kagiso Molefe and Anri Kruger",
         "<p>South Africa and Botswana have signed an agreement to simplify permits for rough diamonds moving between the two countries.</p><p>“Kimberley was built on this trade, and it still feeds families here,” said Thabo Mokoena, chairperson of the Northern Cape Diamond Cutters’ Association.</p>",
         dict(authors=["Kagiso Molefe", "Anri Kruger"], quotes=[q("Thabo Mokoena", "Northern Cape Diamond Cutters’ Association")], note="Bilateral trade agreement: relevant.")),
        (8846, "news/northern-cape-tourists-killed-namibia-crash", "Three Northern Cape tourists killed in minibus crash in Namibia", d(2025, 5, 16, 20, 5, 0, 2), "Anri Kruger",
         "<p>Three people from Upington died when their minibus overturned on the B1 near Keetmanshoop on Thursday night.</p><p>“They were on their way to Swakopmund for a birthday,” said a family friend, Elna Visser.</p>",
         dict(authors=["Anri Kruger"], rel=False, quotes=[q("Elna Visser")], note="Rule C/D: a small road accident abroad, nationals the victims, a private misfortune: not relevant.")),
        (8841, "news/sol-plaatje-water-outage-fourth-day", "Sol Plaatje water outage enters fourth day", d(2025, 5, 15, 15, 0, 0, 2), "Courier Reporter",
         "<p>Parts of Kimberley have been without water since Sunday after a pipe burst at the Riverton pump station.</p>",
         dict(authors=[], rel=False, note="City news: not relevant.")),
        (8838, "gallery/kimberley-diamond-cup-2025", "Gallery: Kimberley Diamond Cup 2025", d(2025, 5, 14, 18, 0, 0, 2), "Photos: Lesego Tau",
         "<p>Skateboarders from 20 countries at the Kimberley Diamond Cup. Photos: Lesego Tau</p>",
         dict(authors=[], story=False, rel=False, junk=["Photos: Lesego Tau"], note="Gallery: non-story.")),
    ]
    items, exp = [], []
    for nid, path, title, date, by, body, kw in rows:
        link = f"{B}/{path}"
        desc = body + f'<p><a href="{link}" hreflang="en">Read more</a></p>'
        items.append([el("title", title), el("link", link), el("description", desc), el("pubDate", date.strftime("%a, %d %b %Y %H:%M:%S +0200")),
                      el("dc:creator", by), f'<guid isPermaLink="false">{nid} at {B}</guid>'])
        kw.setdefault("junk", []).append("Read more")
        exp.append(it(f"{nid} at {B}", title, date, **kw))
    ch = [el("title", "World | Diamond Fields Courier"), el("link", f"{B}/world"), el("description", ""), el("language", "en")]
    text = doc(ch, items, ns=("dc",), ind="  ", extra_root=f' xml:base="{B}/world"').replace('<rss version="2.0" xmlns:dc', '<rss xmlns:dc', 1).replace('/dc/elements/1.1/" xml:base', '/dc/elements/1.1/" version="2.0" xml:base', 1)
    return feed("en_za_nc_diamondfieldscourier_world_drupal10.rss.xml", text, exp, lang="en", outlet="Diamond Fields Courier",
                structure="Kimberley (Northern Cape) daily, Drupal 10 views feed (2025): 'World | Outlet', empty channel description, escaped HTML descriptions ending in a 'Read more' link, '<nid> at <base>' guids, dc:creator, +0200 dates, '– Reuters' tail, gallery credit.",
                notes="Home country: South Africa.")


def kisumu():
    B = "https://nyanzatribune.example/"
    T = lambda title, authors=(), **k: it("", title, None, authors, **k)
    rows = [
        (20931, d(2026, 1, 22, 14, 10, 0, 3), ["Brian Otieno"], ["World", "Diaspora"],
         "<p>NAIROBI, Kenya — Forty-one Kenyans rescued from cyber-scam compounds on the Thai-Myanmar border landed at JKIA on Wednesday night on a flight arranged by the government.</p>\n<p>“These are victims, not criminals. They were promised jobs in customer service,” said Rosemary Achieng, the Principal Secretary for Diaspora Affairs.</p>\n<p>She said more than 150 Kenyans were still believed to be held in the area.</p>",
         T("41 Kenyans rescued from Myanmar scam compounds land at JKIA", ["Brian Otieno"], quotes=[q("Rosemary Achieng", "Principal Secretary for Diaspora Affairs")], note="Rule C(a)/(b): trafficked nationals freed and flown home by the government: relevant.")),
        (20925, d(2026, 1, 21, 9, 30, 0, 3), ["Faith Akinyi"], ["World"],
         "<p>A Kenyan aid worker has been killed in shelling in El Fasher in Sudan’s Darfur region, his employer said on Tuesday.</p>\n<p>“He knew the risks and went anyway, because that is who he was,” one colleague said by phone from Tawila.</p>\n<p>The Ministry of Foreign Affairs said it was working to repatriate his body.</p>",
         T("Kenyan aid worker killed in El Fasher shelling", ["Faith Akinyi"], quotes=[q("one colleague")], note="Rule C(c): a national killed in a war abroad: relevant. Anonymous speaker of a whole sentence: shown as described.")),
        (20918, d(2026, 1, 20, 16, 45, 0, 3), ["Brian Otieno", "Faith Akinyi"], ["World", "Business"],
         "<p>Kenya and Uganda have agreed to lift the restrictions that kept Ugandan Nile perch trucks waiting at Busia for up to a week.</p>\n<p>“We will not let a border post decide who eats fish,” said Dr Otieno Ouma, chairman of the Lake Victoria Fishers’ Association, after the talks in Jinja.</p>",
         T("Kenya, Uganda end fish-export row at Busia border", ["Brian Otieno", "Faith Akinyi"], quotes=[q("Otieno Ouma", "Lake Victoria Fishers’ Association")], note="Kenya–Uganda trade dispute settled: relevant. 'Dr' is not part of the name.")),
        (20911, d(2026, 1, 19, 19, 0, 0, 3), ["Tribune Correspondent"], ["Counties"],
         "<p>Six people are missing after a boat capsized off Mfangano Island on Sunday evening, the Kenya Maritime Authority said.</p>\n<p>Survivors said the boat was overloaded.</p>",
         T("Six missing after boat capsizes off Mfangano Island", [], rel=False, note="Accident at home: not relevant. Desk credit.")),
        (20904, d(2026, 1, 18, 11, 0, 0, 3), ["Grace Wanjala"], ["Counties", "Health"],
         "<p>Kisumu County has launched a free maternity programme covering all 35 public health facilities.</p>\n<p>“No mother should be detained in a hospital over a bill,” County Health Executive Dr Judith Odhiambo said.</p>",
         T("Kisumu launches free maternity programme in all public facilities", ["Grace Wanjala"], rel=False, quotes=[q("Judith Odhiambo", "Kisumu County")], note="County news: not relevant. A title before the name ('County Health Executive') speaks for the one body the text named before: Kisumu County.")),
        (20899, d(2026, 1, 17, 8, 0, 0, 3), ["Tribune Partner Content"], ["Sponsored"],
         "<p>Own a piece of Kisumu’s lakefront: serviced plots from KSh 1.2 million with flexible payment plans. Call 0700 000 000.</p>",
         T("ADVERTORIAL: Invest in Kisumu’s lakefront plots today", [], story=False, rel=False, note="Advertorial: non-story.")),
    ]
    return _wp(B, rows, "World Archives - Nyanza Tribune", "News from the lake region and beyond", "en-GB", d(2026, 1, 22, 14, 15, 0, 3), "6.8.3",
               "en_ke_nyanzatribune_world_wp68.rss.xml", "Nyanza Tribune",
               "Kisumu (Kenya) news site, WordPress 6.8.3 (2026) category feed titled 'World Archives - Outlet' (SEO plugin style); two dc:creator for co-authors, desk credits 'Tribune Correspondent' and 'Tribune Partner Content', 'NAIROBI, Kenya —' dateline, advertorial.",
               "Home country: Kenya.")


def ipoh():
    B = "https://kintaherald.example"
    rows = [
        ("malaysians-iran-register-embassy", "Wisma Putra urges Malaysians in Iran to register with embassy as tensions rise", d(2026, 3, 12, 10, 20, 0, 8), "By Wong Kah Mun",
         "Malaysians in Iran have been told to register with the embassy in Tehran and to avoid non-essential travel within the country. The Foreign Ministry said about 420 Malaysians, most of them students, were in Iran. It said plans were in place to move them out if needed.",
         dict(authors=["Wong Kah Mun"], note="Rule C(b): a call to register and travel advice for nationals: relevant. Reported speech only, no quote.")),
        ("southern-thailand-floods-malaysian-rescuers", "Floods in southern Thailand kill 12 as Malaysian rescuers join search", d(2026, 3, 11, 18, 5, 0, 8), "By Nurul Aisyah Rahim and Lim Teck Seng",
         "HAT YAI: At least 12 people have died in floods in Songkhla province, and a Malaysian search-and-rescue team crossed the Bukit Kayu Hitam border on Wednesday to help. \u201cThe water came up to the second floor in some streets,\u201d said Somchai Rattanakul, deputy director of the Songkhla Disaster Prevention and Mitigation Office.",
         dict(authors=["Nurul Aisyah Rahim", "Lim Teck Seng"], quotes=[q("Somchai Rattanakul", "Songkhla Disaster Prevention and Mitigation Office")], note="Rule D: deadly floods abroad with foreign rescuers: relevant.")),
        ("ipoh-student-detained-myanmar-scam-raid", "Ipoh student among Malaysians held after Myanmar scam raid, family pleads for help", d(2026, 3, 10, 21, 40, 0, 8), "By Lim Teck Seng",
         "An Ipoh student is among 17 Malaysians detained by Myanmar authorities after a raid on a scam compound in Myawaddy, and Wisma Putra says it is seeking consular access. His mother, Lee Mei Ling, said: \u201cHe went for a customer service job. That is what they told him.\u201d",
         dict(authors=["Lim Teck Seng"], quotes=[q("Lee Mei Ling")], note="Rule C(a): nationals held by a foreign state after trafficking: relevant. The mother has no affiliation.")),
        ("ipoh-white-coffee-exporters-china", "Ipoh white coffee makers eye bigger share of China market", d(2026, 3, 10, 12, 0, 0, 8), "By Chan Wai Yee",
         "Three family-run white coffee roasters in Ipoh say online orders from China doubled last year. \u201cWe cannot roast fast enough for Chinese New Year,\u201d said Teoh Siew Lan, who runs Old Town Kopitiam Roasters.",
         dict(authors=["Chan Wai Yee"], rel=False, quotes=[q("Teoh Siew Lan", "Old Town Kopitiam Roasters")], note="Local business exporting abroad, no government or foreign action: not relevant.")),
        ("kinta-valley-bypass-opens", "Kinta Valley bypass opens to traffic ahead of Hari Raya", d(2026, 3, 9, 15, 30, 0, 8), "Kinta Herald",
         "The 14km bypass linking Gopeng and Simpang Pulai opened to traffic on Monday.",
         dict(authors=[], rel=False, note="Home news: not relevant.")),
        ("podcast-kinta-conversations-tin-mining", "PODCAST | Kinta Conversations: the tin-mining families of Papan", d(2026, 3, 8, 9, 0, 0, 8), "Kinta Herald Audio",
         "Episode 42: three generations of a Papan tin-mining family. Listen on Spotify or Apple Podcasts.",
         dict(authors=[], story=False, rel=False, note="Podcast: non-story.")),
    ]
    items, exp = [], []
    for slug, title, date, by, desc, kw in rows:
        link = f"{B}/news/{slug}"
        items.append([el("title", title, "cd"), el("link", link), f'<guid isPermaLink="false">{slug}</guid>', el("pubDate", httpdate(date)),
                      el("dc:creator", by), el("description", desc, "cd"), f'<enclosure url="{B}/_next/image?url=%2Fuploads%2F{slug[:10]}.webp&amp;w=1200&amp;q=75" type="image/webp" length="0"/>'])
        exp.append(it(slug, title, date, **kw))
    ch = [el("title", "Kinta Herald — World"), el("link", B), el("description", "Ipoh and Perak news, and the world"), el("language", "en-MY"),
          el("lastBuildDate", httpdate(d(2026, 3, 12, 10, 25, 0, 8))), el("copyright", "© 2026 Kinta Herald Sdn. Bhd."), f'<atom:link href="{B}/rss/world.xml" rel="self" type="application/rss+xml"/>']
    return feed("en_my_kintaherald_world_nextjs.rss.xml", doc(ch, items, ns=("dc", "atom"), ind="  "), exp, lang="en", outlet="Kinta Herald",
                structure="Ipoh (Perak) news site, Next.js route handler feed (2026): 'Outlet — World', slug guids, toUTCString GMT dates, 'By A and B' in dc:creator (Chinese and Malay names), next/image enclosures, 'HAT YAI:' dateline, copyright with Sdn. Bhd.",
                notes="Home country: Malaysia.")


def nagpur():
    B = "https://www.vidarbhachronicle.example"
    rows = [
        ("world/nepal-floods-landslides-toll-47", "Nepal floods and landslides: death toll rises to 47, India sends relief", d(2025, 9, 28, 20, 10, 0, 5.5), "Chronicle News Service",
         "<p><strong>Kathmandu:</strong> At least 47 people have died in floods and landslides across eastern Nepal after three days of heavy rain, officials said on Sunday. India sent two IAF aircraft with relief material.</p><p>“Roads to three districts are cut and helicopters are our only way in,” said Ramesh Adhikari, spokesperson for Nepal’s National Disaster Risk Reduction and Management Authority.</p>",
         dict(authors=[], quotes=[q("Ramesh Adhikari", "National Disaster Risk Reduction and Management Authority")], note="Rule D: deadly floods abroad with foreign relief: relevant. Agency-style desk credit.")),
        ("world/bangladesh-import-duty-nagpur-oranges", "Bangladesh raises import duty on oranges; Vidarbha growers stare at losses", d(2025, 9, 26, 13, 25, 0, 5.5), "Sameer Deshpande",
         "<p>Orange growers in Vidarbha fear heavy losses after Bangladesh raised its import duty on fresh citrus for the third time in two years.</p><p>“Our oranges are rotting in trucks at the Petrapole border. Delhi must take this up with Dhaka,” said Manoj Jawandhia, president of the Vidarbha Orange Growers’ Association.</p>",
         dict(authors=["Sameer Deshpande"], quotes=[q("Manoj Jawandhia", "Vidarbha Orange Growers’ Association")], note="India–Bangladesh trade measure: relevant.")),
        ("world/nepal-unrest-nagpur-pilgrims-evacuated", "Nepal unrest: 38 Nagpur pilgrims among Indians brought back by special bus", d(2025, 9, 12, 22, 0, 0, 5.5), "Sameer Deshpande and Ketki Joshi",
         "<p>Thirty-eight pilgrims from Nagpur were among about 200 Indians brought back from Kathmandu by special buses arranged by the Indian embassy after the unrest that toppled Nepal’s government.</p><p>“We stayed inside the hotel for three days. We could see smoke from the window,” said Sunita Deshmukh, one of the pilgrims.</p>",
         dict(authors=["Sameer Deshpande", "Ketki Joshi"], quotes=[q("Sunita Deshmukh")], note="Rule C(b)/(c): nationals caught up in unrest abroad and brought home by the embassy: relevant.")),
        ("nagpur/techie-killed-texas-road-accident", "Nagpur techie killed in road accident in Texas; family seeks help to bring body home", d(2025, 9, 10, 11, 40, 0, 5.5), "Ketki Joshi",
         "<p>A 27-year-old software engineer from Nagpur’s Pratap Nagar was killed in a road accident in Dallas on Saturday.</p><p>“We only want to see him one last time,” said his uncle, Prakash Wankhede.</p>",
         dict(authors=["Ketki Joshi"], rel=False, quotes=[q("Prakash Wankhede")], note="Rule C: a private accident abroad and a family's appeal: not relevant.")),
        ("nagpur/metro-phase-2-butibori-trial", "Nagpur Metro Phase 2: trial run on Butibori line next month", d(2025, 9, 9, 18, 0, 0, 5.5), "Chronicle Reporter",
         "<p>Maha Metro will begin trial runs on the Butibori stretch of Phase 2 in October.</p>",
         dict(authors=[], rel=False, note="City news: not relevant.")),
        ("videos/ganeshotsav-immersion-futala", "Watch | Ganesh idol immersion at Futala lake", d(2025, 9, 6, 23, 30, 0, 5.5), "Chronicle Video",
         "<p>Devotees bid farewell to Bappa at Futala lake.</p>",
         dict(authors=[], story=False, rel=False, note="Video: non-story. " + TL.format("Watch |"))),
    ]
    items, exp = [], []
    for path, title, date, by, body, kw in rows:
        link = f"{B}/{path}"
        items.append([el("title", title, "cd"), el("link", link), el("guid", link), el("pubDate", httpdate(date)),
                      el("description", body.split("</p>")[0].replace("<p>", "").replace("<strong>Kathmandu:</strong> ", ""), "cd"),
                      el("content:encoded", body, "cd"), el("dc:creator", by)])
        exp.append(it(link, title, date, **kw))
    ch = [el("title", "World News | Vidarbha Chronicle"), el("link", B), el("description", "Latest world news from Vidarbha Chronicle"),
          el("lastBuildDate", httpdate(d(2025, 9, 28, 20, 15, 0, 5.5))), el("docs", "https://validator.w3.org/feed/docs/rss2.html"),
          el("generator", "https://github.com/jpmonette/feed"), el("language", "en-IN"), el("copyright", "All rights reserved 2025, Vidarbha Chronicle Media Pvt. Ltd."),
          f'<atom:link href="{B}/feeds/world.xml" rel="self" type="application/rss+xml"/>']
    return feed("en_in_mh_vidarbhachronicle_world_nuxt.rss.xml", doc(ch, items, ns=("dc", "content", "atom")), exp, lang="en", outlet="Vidarbha Chronicle",
                structure="Nagpur (Maharashtra) daily, Nuxt server route with the 'feed' npm package (2025): 'World News | Outlet', generator/docs lines, link guids without isPermaLink, GMT dates, CDATA titles, '<strong>Kathmandu:</strong>' dateline in content:encoded, dc:creator after the content, 'Chronicle News Service' desk credit, 'Watch |' video.",
                notes="Home country: India.")


def tulsa():
    B = "https://tulsacircuit.example"
    rows = [
        ("chip-export-rule-drone-startups", "Why the new chip export rule matters for Tulsa’s drone startups", d(2026, 2, 17, 13, 5, 0, -6), "Jenna Morrow",
         "<p>The Commerce Department’s latest export-control rule adds flight controllers and some image sensors to the list of items that need a licence for shipment to 40 countries.</p><p>“We can’t ship a flight controller to Malaysia now without a lawyer. That’s three weeks we don’t have,” said Dana Whitfield, CEO of Skyplain Robotics.</p>",
         dict(authors=["Jenna Morrow"], quotes=[q("Dana Whitfield", "Skyplain Robotics")], note="U.S. export controls: world-affairs weight, relevant.")),
        ("un-cybercrime-convention-small-firms", "What the UN cybercrime convention means for small security firms", d(2026, 2, 12, 15, 0, 0, -6), "Jenna Morrow",
         "<p>The UN convention against cybercrime has its 40th ratification, and its data-sharing rules will reach firms far from New York.</p><p>“It’s a treaty nobody in Oklahoma asked for, but everyone here will live with it,” said Marcus Lyle, a policy fellow at the Oklahoma Center for Cyber Policy.</p>",
         dict(authors=["Jenna Morrow"], quotes=[q("Marcus Lyle", "Oklahoma Center for Cyber Policy")], note="Intergovernmental treaty: relevant.")),
        ("review-framework-13-amd", "Review: the Framework Laptop 13 with the new AMD board", d(2026, 2, 10, 14, 0, 0, -6), "Luis Cardenas",
         "<p>The repairable laptop gets a faster board and better battery life. We used it for three weeks.</p>",
         dict(authors=["Luis Cardenas"], rel=False, note="Product review: a story, not relevant. " + TL.format("Review:"))),
        ("tulsa-remote-at-seven", "Tulsa Remote turns seven: what the data say", d(2026, 2, 5, 12, 0, 0, -6), "Jenna Morrow",
         "<p>Of the 3,500 remote workers the program has brought to Tulsa, 76% are still here. We looked at the numbers.</p>",
         dict(authors=["Jenna Morrow"], rel=False, note="Local tech economy: not relevant.")),
        ("circuit-meetup-ai-night", "Circuit Meetup: AI night at 36 Degrees North, Feb. 19", d(2026, 2, 3, 17, 0, 0, -6), "Tulsa Circuit",
         "<p>Join us for lightning talks and pizza. Free for subscribers, $10 at the door.</p>",
         dict(authors=[], story=False, rel=False, note="Event listing: non-story.")),
        ("salary-survey-2026", "Paid subscribers: our 2026 Tulsa tech salary survey is live", d(2026, 2, 1, 10, 0, 0, -6), "Tulsa Circuit",
         "<p>Tell us what you earn and get the full report first. Upgrade to paid to read the results.</p>",
         dict(authors=[], story=False, rel=False, note="Subscriber promotion: non-story.")),
    ]
    items, exp = [], []
    for slug, title, date, by, body, kw in rows:
        link = f"{B}/p/{slug}"
        first = body.split("</p>")[0].replace("<p>", "")
        items.append([el("title", title, "cd"), el("description", first, "cd"), el("link", link), f'<guid isPermaLink="false">{link}</guid>',
                      el("dc:creator", by, "cd"), el("pubDate", httpdate(date)), f'<enclosure url="https://cdn.tulsacircuit.example/image/fetch/{slug[:8]}.png" length="0" type="image/png"/>',
                      el("content:encoded", body + '<p class="button-wrapper"><a class="button primary" href="' + B + '/subscribe"><span>Subscribe now</span></a></p>', "cd")])
        kw["junk"] = ["Subscribe now"]
        exp.append(it(link, title, date, **kw))
    ch = [el("title", "Tulsa Circuit", "cd"), el("description", "Tech, startups and policy from Green Country", "cd"), el("link", B),
          "<image><url>https://cdn.tulsacircuit.example/icon.png</url><title>Tulsa Circuit</title><link>" + B + "</link></image>",
          el("generator", "Substack"), el("lastBuildDate", httpdate(d(2026, 2, 17, 13, 10, 0, -6))), f'<atom:link href="{B}/feed" rel="self" type="application/rss+xml"/>',
          el("copyright", "Tulsa Circuit Media LLC", "cd"), el("language", "en", "cd"), el("webMaster", "tulsacircuit@substack.example", "cd"),
          el("itunes:owner", "<itunes:email><![CDATA[tulsacircuit@substack.example]]></itunes:email><itunes:name><![CDATA[Jenna Morrow]]></itunes:name>", "raw"),
          el("itunes:author", "Jenna Morrow", "cd")]
    text = doc(ch, items, ns=("dc", "content", "atom"), extra_root=' xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:googleplay="http://www.google.com/schemas/play-podcasts/1.0"')
    return feed("en_tech_us_ok_tulsacircuit_substack.rss.xml", text, exp, lang="en", outlet="Tulsa Circuit", topic="tech",
                structure="Tulsa, Oklahoma tech newsletter on Substack (2026): CDATA everywhere, link as non-permalink guid, enclosure images, itunes:owner in a text newsletter, 'Subscribe now' button in content:encoded, review, event, paid promo.",
                notes="Home country: United States. Tech feed: only items with world-affairs weight (export controls, a UN treaty) are relevant.")


def townsville():
    B = "https://www.clevelandbayreef.example/"
    T = lambda title, authors=(), **k: it("", title, None, authors, **k)
    rows = [
        (5521, d(2025, 6, 12, 16, 0, 0, 10), ["Media Office"], ["Media releases"],
         "<p>Scientists from the Cleveland Bay Reef Institute joined Australia’s delegation at the UN Ocean Conference in Nice this week, where states discussed ratification of the high seas treaty.</p>\n<p>Dr Tomasi Veikune, who leads the Institute’s Pacific partnerships program, said: “Small island states came to Nice with a clear ask: finance for monitoring, not more pledges.”</p>\n<p><strong>Media contact:</strong> Jess Palmer, 0400 000 000, media@clevelandbayreef.example</p>",
         T("Institute scientists join Australian delegation at UN Ocean Conference", [], quotes=[q("Tomasi Veikune", "Cleveland Bay Reef Institute")], junk=["Media contact:", "media@clevelandbayreef.example"], note="Intergovernmental conference and treaty: relevant. 'Media Office' is not a person; 'the Institute's' is the press office's own institute.")),
        (5514, d(2025, 6, 5, 11, 30, 0, 10), ["Media Office"], ["Media releases", "Partnerships"],
         "<p>Australia and Indonesia have signed a five-year reef science partnership in Jakarta, with the Institute as the Australian lead.</p>\n<p>“Reefs don’t stop at maritime borders, and neither should the science,” said Professor Hannah Whitlam, the Institute’s director.</p>\n<p><strong>Media contact:</strong> Jess Palmer, 0400 000 000, media@clevelandbayreef.example</p>",
         T("Australia and Indonesia sign reef science partnership", [], quotes=[q("Hannah Whitlam", "Cleveland Bay Reef Institute")], junk=["Media contact:"], note="Bilateral government agreement: relevant.")),
        (5507, d(2025, 5, 29, 9, 0, 0, 10), ["Dr Jess Palmer"], ["Research news"],
         "<p>Aerial surveys of 310 reefs in the northern Great Barrier Reef found bleaching on 60 per cent of them, the fourth mass bleaching event in five years.</p>\n<p>“The pattern is now set: heat, bleaching, a short window to recover,” said Dr Aaron Kemp, who led the surveys.</p>",
         T("Aerial survey finds bleaching on 60 per cent of northern reefs", ["Jess Palmer"], rel=False, quotes=[q("Aaron Kemp")], note="Domestic reef science: not relevant. 'who led the surveys' gives no affiliation.")),
        (5499, d(2025, 5, 22, 10, 0, 0, 10), ["Media Office"], ["Research news"],
         "<p>The Institute has published its coral spawning predictions for the 2025 season, with the main spawning expected after the November full moon.</p>",
         T("Coral spawning predictions for 2025 released", [], rel=False, note="Domestic science: not relevant.")),
        (5493, d(2025, 5, 20, 8, 0, 0, 10), ["Events"], ["Events"],
         "<p>Public lecture, Thursday 19 June, 6pm, Townsville Civic Theatre. Free, bookings essential.</p>",
         T("Public lecture: crown-of-thorns starfish — what comes next?", [], story=False, rel=False, note="Event: non-story.")),
        (5488, d(2025, 5, 16, 12, 0, 0, 10), ["Human Resources"], ["Careers"],
         "<p>We are seeking a postdoctoral fellow in reef genomics. Fixed term, three years. Applications close 13 June.</p>",
         T("Vacancy: Postdoctoral Fellow in Reef Genomics", [], story=False, rel=False, note="Job vacancy: non-story.")),
    ]
    f = _wp(B, rows, "News – Cleveland Bay Reef Institute", "Reef science from Townsville", "en-AU", d(2025, 6, 12, 16, 5, 0, 10), "6.6.2",
            "en_science_au_clevelandbayreef_news_wp66.rss.xml", "Cleveland Bay Reef Institute",
            "Townsville (Queensland) marine research institute press office, WordPress 6.6.2 (2025) 'News – Outlet' feed; 'Media Office', 'Events', 'Human Resources' as dc:creator, 'Dr' in a creator, 'Media contact:' footer, lecture and vacancy.",
            "Home country: Australia. Science feed: only items with world-affairs weight are relevant.", sub="news/")
    f.topic = "science"
    return f


FEEDS = [spokane, sudbury, waterford, dunedin, kimberley, kisumu, ipoh, nagpur, tulsa, townsville]
