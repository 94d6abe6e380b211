# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the seventeenth held-out set (world desks, tech, science).
All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, atom, esc, it, q, rfc822, rss
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2026, 12, day, h, mi, s, off)


def cd(s):
    return f"<![CDATA[{s}]]>"


# ---------------------------------------------------------------- The Daily Star (Bangladesh)-style, Drupal
def deltastar():
    rows, items = [], []
    o = 6

    def add(nid, path, title, when, creator, desc, exp):
        url = f"https://www.thedeltastar.net/{path}-{nid}"
        cr = f"\n    <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(desc)}</description>\n    <pubDate>{rfc822(when)}</pubDate>{cr}\n"
                    f"    <guid isPermaLink=\"false\">{nid} at https://www.thedeltastar.net</guid>\n  </item>")
        items.append(exp(f"{nid} at https://www.thedeltastar.net"))

    w = d(15, 19, 40, 0, o)
    add(3871204, "news/bangladesh/diplomacy/news/dhaka-naypyidaw-agree-pilot-rohingya-repatriation", "Dhaka, Naypyidaw agree on pilot Rohingya repatriation", w, "Diplomatic Correspondent",
        "<p>First batch of 1,100 refugees could cross in March, officials say, but UN agencies want guarantees first</p><ul><li>Talks held in Kunming under Chinese mediation</li><li>Returnees to be housed in 'model villages'</li></ul><p>Bangladesh and Myanmar have agreed to start a pilot repatriation of Rohingya refugees from the camps in Cox's Bazar, the foreign ministry said last night.The deal was reached after two days of talks.</p>",
        lambda k: it(k, "Dhaka, Naypyidaw agree on pilot Rohingya repatriation", w, [], note="Desk credit 'Diplomatic Correspondent' is not a person."))
    w = d(15, 17, 5, 0, o)
    add(3871150, "news/world/south-asia/news/nepal-coalition-collapses-after-budget-vote", "Nepal coalition collapses after budget vote", w, "AFP, Kathmandu",
        "<p>Prime minister to seek confidence vote within 30 days</p><p>Nepal's governing coalition fell apart yesterday after its second-largest partner voted against a supplementary budget.</p>",
        lambda k: it(k, "Nepal coalition collapses after budget vote", w, ["AFP"], note="Agency credit with place. [] is also correct"))
    w = d(15, 15, 30, 0, o)
    add(3871099, "sports/cricket/news/tigers-crash-to-seven-wicket-defeat-in-harare", "Tigers crash to seven-wicket defeat in Harare", w, "Sports Reporter",
        "<p>Top order collapses again as hosts level series</p>",
        lambda k: it(k, "Tigers crash to seven-wicket defeat in Harare", w, [], rel=False))
    w = d(15, 12, 10, 0, o)
    add(3871020, "news/bangladesh/news/indian-home-secretary-to-visit-dhaka-border-killings-on-agenda", "Indian home secretary to visit Dhaka; border killings on agenda", w, "Nafisa Rahman Chowdhury",
        "<p>Talks come after three Bangladeshi nationals were shot dead along the Lalmonirhat frontier this month</p><p>\u201cWe will raise each case by name,\u201d said Iqbal Morshed, director general (South Asia) at the foreign ministry.</p>",
        lambda k: it(k, "Indian home secretary to visit Dhaka; border killings on agenda", w, ["Nafisa Rahman Chowdhury"], quotes=[q("Iqbal Morshed", "foreign ministry")]))
    w = d(15, 9, 0, 0, o)
    add(3870987, "photo-stories/news/in-pictures-fog-wraps-the-capital", "In pictures: Fog wraps the capital", w, "Photo: Tanvir Alam",
        "",
        lambda k: it(k, "In pictures: Fog wraps the capital", w, [], story=False, rel=False, note="Photo story with no text; the credit 'Photo: Name' is a photographer credit."))
    w = d(14, 22, 45, 0, o)
    add(3870911, "business/economy/news/garment-exports-to-eu-dip-for-third-month", "Garment exports to EU dip for third month", w, "Star Business Report",
        "<p>Shipments to the bloc fell 6.2 percent year-on-year in November</p><p>Exporters blamed weaker demand in Germany and higher freight costs through the Red Sea.</p>",
        lambda k: it(k, "Garment exports to EU dip for third month", w, [], rel=False, note="Business desk credit."))
    channel = ("  <title>The Delta Star - World</title>\n  <link>https://www.thedeltastar.net</link>\n  <description>Journalism without fear or favour</description>\n  <language>en</language>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="https://www.thedeltastar.net/"' + NS_DC + ' xmlns:og="http://ogp.me/ns#">\n<channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_bd_deltastar_world_drupal.rss.xml", text, items, lang="en", outlet="The Delta Star", aliases=["Delta Star"],
                structure="The Daily Star (Bangladesh)-style Drupal views RSS: xml:base on <rss>, two-space indentation, channel 'Brand - Section', escaped descriptions with a standfirst <p> without final stop, <ul> bullets and more <p>, a missing space after a full stop, dc:creator holding desk credits ('Diplomatic Correspondent', 'Star Business Report'), 'AFP, City' agency lines, a person or a photographer credit, Drupal '<nid> at <site>' guids, a photo story with empty description, +0600 dates")


# ---------------------------------------------------------------- Taipei Times-style (custom CMS)
def formosaledger():
    rows, items = [], []
    o = 8

    def add(aid, sec, title, when, desc, exp):
        url = f"https://www.formosaledger.com.tw/News/{sec}/archives/2026/12/{when.day:02d}/{aid}"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description><pubDate>{rfc822(when)}</pubDate><guid>{url}</guid></item>")
        items.append(exp(url))

    w = d(15, 3, 0, 0, o)
    add(2003852411, "front", "Coast guard shadows PLA carrier group", w,
        "By Lin Pei-chun / Staff reporter The coast guard yesterday dispatched four cutters to monitor a Chinese carrier group sailing through the Bashi Channel, the Ocean Affairs Council said.",
        lambda k: it(k, "Coast guard shadows PLA carrier group", w, ["Lin Pei-chun"], junk=["By Lin Pei-chun", "Staff reporter"], note="The byline 'By Name / Staff reporter' opens the description."))
    w = d(15, 3, 0, 0, o)
    add(2003852409, "taiwan", "Lawmakers approve special defense budget", w,
        "Staff writer, with CNA The Legislative Yuan yesterday passed a NT$210 billion (US$6.5 billion) special budget for drones and coastal missiles after a 14-hour session",
        lambda k: it(k, "Lawmakers approve special defense budget", w, [], junk=["Staff writer, with CNA"], note="Desk and agency credit opens the description."))
    w = d(15, 3, 0, 0, o)
    add(2003852398, "world", "Japan, Philippines sign pact on reciprocal access", w,
        "AFP, TOKYO Japan and the Philippines yesterday signed an upgraded agreement allowing their troops to train on each other's soil, a move Beijing said \u201cundermines regional peace.\u201d",
        lambda k: it(k, "Japan, Philippines sign pact on reciprocal access", w, ["AFP"], junk=["AFP, TOKYO"], note="Agency dateline opens the description. [] is also correct"))
    w = d(14, 3, 0, 0, o)
    add(2003852350, "sport", "Taiwanese archer wins Asian Cup gold", w,
        "By Chen Yu-ting / Staff reporter Tang Wei-lun yesterday won the men's recurve title in Bangkok, beating South Korea's top seed 6-4",
        lambda k: it(k, "Taiwanese archer wins Asian Cup gold", w, ["Chen Yu-ting"], rel=False, junk=["By Chen Yu-ting", "Staff reporter"]))
    w = d(14, 3, 0, 0, o)
    add(2003852331, "editorials", "EDITORIAL: Lessons from Manila's maritime law", w,
        "The Philippine Maritime Zones Act, now a year old, offers Taipei a template for defining its own baselines without provoking a crisis.Taiwan should study it closely",
        lambda k: it(k, "Lessons from Manila's maritime law", w, [], note="Unsigned editorial. Title label 'EDITORIAL:' may be kept or dropped"))
    w = d(14, 3, 0, 0, o)
    add(2003852320, "lang", "Language Lab: Winter words", w,
        "Learn ten English words for cold weather, with example sentences and a short quiz.",
        lambda k: it(k, "Language Lab: Winter words", w, [], story=False, rel=False, note="Language-learning feature with a quiz."))
    channel = (f"<title>Formosa Ledger - World</title><link>https://www.formosaledger.com.tw/News/world</link><description>Formosa Ledger</description><language>en-us</language>"
               f"<copyright>Copyright © 2026 Formosa Ledger Co., Ltd.</copyright><lastBuildDate>{rfc822(d(15, 3, 5, 0, o))}</lastBuildDate>")
    return feed("en_tw_formosaledger_world.rss.xml", rss(channel, rows, sep=""), items, lang="en", outlet="Formosa Ledger", aliases=["The Formosa Ledger"],
                structure="Taipei Times-style print-edition RSS from a custom CMS: single line, channel 'Brand - Section', no author element, the printed byline glued to the first sentence ('By Name / Staff reporter …', 'Staff writer, with CNA …', 'AFP, TOKYO …'), every print story stamped 03:00 local, '/News/<section>/archives/YYYY/MM/DD/<10 digits>' links as bare guids, 'EDITORIAL:' label, a language-learning quiz, Co., Ltd. copyright, +0800 dates")


# ---------------------------------------------------------------- Daily Sabah-style (Turkey)
def bosphorusdaily():
    rows, items = [], []
    o = 3

    def add(slug, title, when, author, desc, exp):
        url = f"https://www.bosphorusdaily.com/{slug}"
        au = f"<author>{esc(author)}</author>" if author is not None else ""
        rows.append(f"<item>\r\n<title>{cd(title)}</title>\r\n<link>{url}</link>\r\n<guid isPermaLink=\"true\">{url}</guid>\r\n{au}<description>{cd(desc)}</description>\r\n<pubDate>{rfc822(when)}</pubDate>\r\n"
                    f"<media:content url=\"https://idsb.tmgrup.example/i/bosphorus/{len(slug) * 131 % 9000}.jpg\" medium=\"image\" type=\"image/jpeg\"><media:description>{esc('Photo: ' + title[:40])}</media:description></media:content>\r\n</item>")
        items.append(exp(url))

    w = d(15, 16, 12, 0, o)
    add("politics/turkiye-offers-to-host-armenia-azerbaijan-border-talks", "Türkiye offers to host Armenia-Azerbaijan border talks", w, "Bosphorus Daily with AA",
        "Ankara is ready to host the next round of border delimitation talks between Yerevan and Baku, the foreign minister said",
        lambda k: it(k, "Türkiye offers to host Armenia-Azerbaijan border talks", w, [], note="Brand with agency credit ('… with AA') is not a person."))
    w = d(15, 13, 40, 0, o)
    add("world/mid-east/syria-kurdish-led-group-hands-over-raqqa-oil-fields", "Syria: Kurdish-led group hands over Raqqa oil fields to Damascus", w, "Mehmet Ali Karaca",
        "The handover is part of a deal brokered in October and is being monitored by Turkish and Jordanian officers. &quot;This is a test of good faith,&quot; said a Turkish security source.",
        lambda k: it(k, "Syria: Kurdish-led group hands over Raqqa oil fields to Damascus", w, ["Mehmet Ali Karaca"]))
    w = d(15, 11, 5, 0, o)
    add("sports/football/galatasaray-seal-last-16-spot-with-late-winner", "Galatasaray seal last-16 spot with late winner", w, "Reuters",
        "A stoppage-time header sent the Istanbul club through",
        lambda k: it(k, "Galatasaray seal last-16 spot with late winner", w, ["Reuters"], rel=False, note="Agency as the only credit. [] is also correct"))
    w = d(15, 9, 30, 0, o)
    add("opinion/columns/what-the-black-sea-grain-corridor-taught-europe", "What the Black Sea grain corridor taught Europe", w, "Selin Ergüven",
        "Türkiye's mediation kept food moving when others could not.Europe should take note as it drafts its new neighbourhood policy",
        lambda k: it(k, "What the Black Sea grain corridor taught Europe", w, ["Selin Ergüven"], note="Opinion column by a person."))
    w = d(15, 7, 0, 0, o)
    add("life/travel/10-winter-escapes-in-cappadocia", "10 winter escapes in Cappadocia you should not miss", w, "",
        "From cave hotels to balloon rides over snow, here is our list",
        lambda k: it(k, "10 winter escapes in Cappadocia you should not miss", w, [], story=False, rel=False, note="Travel listicle with an empty author element."))
    w = d(14, 21, 50, 0, o)
    add("politics/erdogan-to-attend-g20-extraordinary-summit-in-johannesburg", "Erdoğan to attend extraordinary G-20 summit in Johannesburg", w, "Daily Sabah",
        "President Recep Tayyip Erdoğan will travel to South Africa next week for a summit on debt relief, his office announced.",
        lambda k: it(k, "Erdoğan to attend extraordinary G-20 summit in Johannesburg", w, [], note="Author element holds another brand of the group (syndicated); not a person."))
    channel = ("<title>Bosphorus Daily - World</title>\r\n<link>https://www.bosphorusdaily.com/world</link>\r\n<description>Latest world news from Türkiye and the region</description>\r\n<language>en</language>\r\n"
               "<copyright>© 2026 Bosphorus Medya Yayıncılık A.Ş.</copyright>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\r\n<rss version="2.0"' + NS_MEDIA + ">\r\n<channel>\r\n" + channel + "\r\n" + "\r\n".join(rows) + "\r\n</channel>\r\n</rss>\r\n")
    return feed("en_tr_bosphorusdaily_world.rss.xml", text, items, lang="en", outlet="Bosphorus Daily", aliases=["The Bosphorus Daily"],
                structure="Daily Sabah-style Turkish English daily RSS: CRLF line ends, channel 'Brand - Section', CDATA titles and descriptions with '&quot;' written inside CDATA, <author> holding a person, 'Brand with AA', an agency, an empty string or a sister brand, media:content with media:description photo captions, permalink guids, A.Ş. copyright, 'Türkiye' spelling and dotted letters, a travel listicle, +0300 dates")


# ---------------------------------------------------------------- The Moscow Times-style (WordPress, Amsterdam-based)
def volgatimes():
    rows, items = [], []
    o = 3
    more = '<p><a href="https://www.volgatimes.example/news">Read more on the Volga Times website »</a></p>'

    def add(pid, slug, title, when, creators, desc, body, cats, exp):
        url = f"https://www.volgatimes.example/2026/12/{when.day:02d}/{slug}-a{pid}"
        cr = "".join(f"<dc:creator>{cd(c)}</dc:creator>" for c in creators)
        rows.append(f"\t<item>\n\t\t<title>{cd(title)}</title>\n\t\t<link>{url}</link>\n\t\t{cr}\n\t\t<pubDate>{rfc822(when)}</pubDate>\n"
                    + "".join(f"\t\t<category>{cd(c)}</category>\n" for c in cats)
                    + f"\t\t<guid isPermaLink=\"false\">https://www.volgatimes.example/?p={pid}</guid>\n\t\t<description>{cd(desc)}</description>\n"
                    f"\t\t<content:encoded>{cd(body + more)}</content:encoded>\n\t</item>")
        items.append(exp(f"https://www.volgatimes.example/?p={pid}"))

    junk = ["Read more on the Volga Times website"]
    w = d(15, 18, 20, 0, o)
    add(91204, "kremlin-says-no-plans-for-new-mobilization", "Kremlin Says No Plans for New Mobilization as Recruitment Bonuses Rise", w, ["Volga Times"],
        "Regional governors have raised sign-up payments for the fourth time this year",
        "<p>The Kremlin on Tuesday denied that a new wave of mobilization was being prepared.</p><ul><li>Average bonus now 1.8 million rubles</li><li>Eleven regions raised payments in December</li></ul><p>Independent pollsters say recruitment has slowed since the summer.</p>",
        ["News", "Politics"],
        lambda k: it(k, "Kremlin Says No Plans for New Mobilization as Recruitment Bonuses Rise", w, [], junk=junk, note="The outlet as author."))
    w = d(15, 15, 2, 0, o)
    add(91190, "kazakhstan-caps-fuel-transit-to-russia", "Kazakhstan Caps Fuel Transit to Russia After EU Warning", w, ["Reuters", "AFP"],
        "Astana says it will enforce end-use checks on refined products",
        "<p>Kazakhstan has introduced a quota on fuel re-exports to Russia, the energy ministry said.</p><p>The move follows a warning from Brussels about sanctions circumvention.</p>",
        ["News", "Central Asia"],
        lambda k: it(k, "Kazakhstan Caps Fuel Transit to Russia After EU Warning", w, ["Reuters", "AFP"], junk=junk, note="Two agencies as the only credits. [] is also correct"))
    w = d(15, 11, 45, 0, o)
    add(91171, "opinion-the-kremlins-quiet-retreat-from-the-caucasus", "Opinion: The Kremlin&#8217;s Quiet Retreat From the South Caucasus", w, ["Irina Volkonskaya"],
        "Moscow is losing leverage in Yerevan and Baku, and it knows it",
        "<p>For two decades, the Kremlin treated the South Caucasus as its backyard.</p><p>Irina Volkonskaya is a senior fellow at the Caspian Policy Forum.</p><p><em>The views expressed in opinion pieces do not necessarily reflect the position of The Volga Times.</em></p>",
        ["Opinion"],
        lambda k: it(k, "The Kremlin\u2019s Quiet Retreat From the South Caucasus", w, ["Irina Volkonskaya"], junk=[*junk, "do not necessarily reflect"], note="Title label 'Opinion:' may be kept or dropped"))
    w = d(15, 9, 10, 0, o)
    add(91160, "moscow-metro-opens-three-new-stations", "Moscow Metro Opens Three New Stations on Big Circle Line", w, ["Pavel Gritsenko"],
        "The extension brings the network to 300 stations",
        "<p>City officials opened the stations on Monday.</p>",
        ["News", "Moscow"],
        lambda k: it(k, "Moscow Metro Opens Three New Stations on Big Circle Line", w, ["Pavel Gritsenko"], rel=False, junk=junk))
    w = d(14, 20, 0, 0, o)
    add(91142, "in-photos-frozen-volga", "In Photos: The Frozen Volga", w, ["Volga Times"],
        "Ice fishermen and hovercraft on the river near Samara",
        "<p>Photo gallery.</p>",
        ["Gallery"],
        lambda k: it(k, "In Photos: The Frozen Volga", w, [], story=False, rel=False, junk=junk, note="Photo gallery."))
    w = d(14, 17, 30, 0, o)
    add(91131, "georgia-detains-opposition-editor", "Georgia Detains Opposition TV Editor Ahead of Protest Anniversary", w, ["Nino Beridze in Tbilisi", "Volga Times"],
        "Rights groups call the arrest politically motivated",
        "<p>Police in Tbilisi detained the chief editor of an opposition television channel on Monday.</p><p>\u201cThis is intimidation, pure and simple,\u201d said Levan Abashidze, a lawyer for the editor.</p>",
        ["News", "Caucasus"],
        lambda k: it(k, "Georgia Detains Opposition TV Editor Ahead of Protest Anniversary", w, ["Nino Beridze"], junk=junk, quotes=[q("Levan Abashidze")],
                     note="The dateline 'in Tbilisi' is not part of the name; the brand as second creator is not a person."))
    channel = ("\t<title>The Volga Times</title>\n\t<atom:link href=\"https://www.volgatimes.example/feed\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://www.volgatimes.example</link>\n"
               f"\t<description>Independent news from Russia</description>\n\t<lastBuildDate>{rfc822(d(15, 18, 25, 0, o))}</lastBuildDate>\n\t<language>en-US</language>\n"
               "\t<copyright>© 2026 Volga Times Media B.V.</copyright>\n\t<generator>https://wordpress.org/?v=6.7</generator>")
    return feed("en_ru_volgatimes_news_wp.rss.xml", rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM), items, lang="en", outlet="The Volga Times", aliases=["Volga Times"],
                structure="The Moscow Times-style WordPress feed of an exile outlet: tab indentation, bare brand channel, Title Case headlines, CDATA titles with '&#8217;' entities inside CDATA, one dc:creator per credit (person with dateline 'Name in City', two agencies, the brand), content:encoded with standfirst-less <p>, <ul> facts, an italic opinion disclaimer and a 'Read more on … website »' link, 'Opinion:' label, a photo gallery, '-a<id>' slugs and '?p=' guids, B.V. copyright, +0300 dates")


# ---------------------------------------------------------------- The Namibian-style (WordPress)
def namibcourier():
    rows, items = [], []
    o = 2

    def add(pid, slug, title, when, creator, desc, exp):
        url = f"https://www.namibcourier.com.na/{slug}/"
        footer = f'<p>The post <a href="{url}">{esc(title)}</a> first appeared on <a href="https://www.namibcourier.com.na">The Namib Courier</a>.</p>'
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><dc:creator>{cd(creator)}</dc:creator><pubDate>{rfc822(when)}</pubDate>"
                    f"<guid isPermaLink=\"false\">https://www.namibcourier.com.na/?p={pid}</guid><description>{cd(desc + footer)}</description></item>")
        items.append(exp(f"https://www.namibcourier.com.na/?p={pid}"))

    junk = ["first appeared on", "The Namib Courier."]
    w = d(15, 17, 0, 0, o)
    add(182044, "germany-namibia-reparations-deal-back-before-bundestag", "Germany-Namibia reparations deal back before Bundestag", w, "Elise Nakale",
        "<p>Berlin's revised offer adds N$1.2 billion for land purchases, but Ovaherero and Nama leaders say they were not consulted</p><p>The joint declaration, first signed in 2021, returns to German MPs next month.</p>",
        lambda k: it(k, "Germany-Namibia reparations deal back before Bundestag", w, ["Elise Nakale"], junk=junk))
    w = d(15, 14, 20, 0, o)
    add(182031, "sadc-troops-to-stay-in-eastern-drc", "SADC troops to stay in eastern DRC until June", w, "Nampa-Xinhua",
        "<p>SADC defence ministers meeting in Windhoek have extended the regional force's mandate by six months.</p>",
        lambda k: it(k, "SADC troops to stay in eastern DRC until June", w, [], junk=junk, note="Agency credit 'Nampa-Xinhua' is not a person. [\"Nampa-Xinhua\"] is also correct"))
    w = d(15, 11, 0, 0, o)
    add(182020, "brave-warriors-name-squad-for-cosafa", "Brave Warriors name squad for Cosafa Cup", w, "Sport Reporter",
        "<p>Three overseas-based players return.</p>",
        lambda k: it(k, "Brave Warriors name squad for Cosafa Cup", w, [], rel=False, junk=junk))
    w = d(15, 8, 30, 0, o)
    add(182009, "windhoek-council-approves-water-tariff-hike", "Windhoek council approves 9% water tariff hike", w, "Jemima Beukes",
        "<p>Residents will pay more from January as the city battles drought</p>",
        lambda k: it(k, "Windhoek council approves 9% water tariff hike", w, ["Jemima Beukes"], rel=False, junk=junk))
    w = d(14, 19, 15, 0, o)
    add(181990, "chinese-uranium-firm-cleared-to-expand-husab", "Chinese uranium firm cleared to expand Husab mine", w, "Eba Kandovazu and Tuyeimo Haidula",
        "<p>The expansion is worth US$400 million.Environmental groups plan to appeal</p>",
        lambda k: it(k, "Chinese uranium firm cleared to expand Husab mine", w, ["Eba Kandovazu", "Tuyeimo Haidula"], junk=junk))
    w = d(14, 10, 0, 0, o)
    add(181975, "letter-our-roads-are-killing-us", "LETTER: Our roads are killing us", w, "Reader",
        "<p>Dear editor, the B1 between Okahandja and Otjiwarongo has become a death trap.</p>",
        lambda k: it(k, "Our roads are killing us", w, [], rel=False, junk=junk, note="Reader's letter: opinion, a story by the product rule (relabelled: was a non-story). Title label 'LETTER:' may be kept or dropped"))
    channel = (f"<title>World &#8211; The Namib Courier</title><atom:link href=\"https://www.namibcourier.com.na/category/world/feed/\" rel=\"self\" type=\"application/rss+xml\" /><link>https://www.namibcourier.com.na</link>"
               f"<description>Namibia&#039;s independent daily</description><lastBuildDate>{rfc822(d(15, 17, 5, 0, o))}</lastBuildDate><language>en-US</language>")
    return feed("en_na_namibcourier_world_wp.rss.xml", rss(channel, rows, ns=NS_DC + NS_ATOM, sep=""), items, lang="en", outlet="The Namib Courier", aliases=["Namib Courier"],
                structure="The Namibian-style WordPress category feed: single line, channel 'Section &#8211; Brand', CDATA dc:creator holding a person, 'A and B', a joint agency credit ('Nampa-Xinhua'), 'Sport Reporter' or 'Reader', standfirst <p> without final stop, a missing space after a full stop, 'The post … first appeared on …' footer, 'LETTER:' reader's letter, '?p=' guids, +0200 dates")


# ---------------------------------------------------------------- Stuff (New Zealand)-style
def keapost():
    rows, items = [], []
    o = 13

    def add(aid, path, title, when, creator, desc, caption, exp):
        url = f"https://www.keapost.co.nz/{path}/{aid}"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description>{cr}<pubDate>{rfc822(when)}</pubDate><guid isPermaLink=\"false\">{aid}</guid>"
                    f"<media:content url=\"https://www.keapost.co.nz/image/{aid}.jpg?w=1200\" type=\"image/jpeg\" medium=\"image\"><media:description type=\"plain\">{esc(caption)}</media:description><media:credit>{esc('Kea Post')}</media:credit></media:content></item>")
        items.append(exp(aid))

    w = d(16, 9, 5, 0, o)
    add("360911245", "world/asia-pacific", "New Caledonia independence talks stall over voter rolls", w, "Tevita Fonua",
        "Paris and pro-independence leaders remain split on who gets to vote in the next referendum",
        "Pro-independence supporters rally in Nouméa in November.",
        lambda k: it(k, "New Caledonia independence talks stall over voter rolls", w, ["Tevita Fonua"], junk=["rally in Nouméa"]))
    w = d(16, 7, 30, 0, o)
    add("360911230", "nz-news/politics", "Foreign minister to raise Pacific policing deal in Canberra", w, "Hamish Tolley, Political reporter",
        "The visit comes as Solomon Islands weighs an offer of police training from Beijing",
        "The minister speaks to media at Parliament on Monday.",
        lambda k: it(k, "Foreign minister to raise Pacific policing deal in Canberra", w, ["Hamish Tolley"], junk=["speaks to media"], note="Job title after the comma is not part of the name."))
    w = d(16, 6, 0, 0, o)
    add("360911201", "sport/cricket", "Black Caps name uncapped spinner for Sri Lanka tour", w, "",
        "The 22-year-old has taken 41 wickets in the Plunket Shield this season",
        "The spinner in action for Otago.",
        lambda k: it(k, "Black Caps name uncapped spinner for Sri Lanka tour", w, [], rel=False, junk=["in action for Otago"]))
    w = d(15, 21, 45, 0, o)
    add("360911180", "world/americas", "Trump administration pauses tariff on NZ beef, dairy exporters relieved", w, "Reuters",
        "Exporters say the 90-day pause buys time for a free trade deal",
        "Dairy cows near Morrinsville.",
        lambda k: it(k, "Trump administration pauses tariff on NZ beef, dairy exporters relieved", w, ["Reuters"], junk=["Dairy cows near Morrinsville"], note="Agency as the only credit. [] is also correct"))
    w = d(15, 19, 0, 0, o)
    add("360911150", "quizzes", "Quiz: Morning trivia challenge: December 16, 2026", w, "Kea Post",
        "Test your knowledge with today's 15 questions",
        "Quiz illustration.",
        lambda k: it(k, "Morning trivia challenge: December 16, 2026", w, [], story=False, rel=False, note="Daily quiz. Title label 'Quiz:' may be kept or dropped"))
    w = d(15, 16, 10, 0, o)
    add("360911133", "world/europe", "\u2018We are not a bargaining chip\u2019: Greenland leader rebuffs Washington again", w, "Ella Whitcombe, Europe correspondent in London",
        "The island's premier used a speech in Copenhagen to reject renewed US overtures",
        "Greenland's premier addresses the Danish parliament.",
        lambda k: it(k, "\u2018We are not a bargaining chip\u2019: Greenland leader rebuffs Washington again", w, ["Ella Whitcombe"], junk=["addresses the Danish parliament"],
                     note="Byline with job title and dateline ('…, Europe correspondent in London')."))
    channel = (f"<title>Kea Post - World</title><link>https://www.keapost.co.nz/world</link><description>Latest world news from Kea Post</description><language>en-nz</language>"
               f"<copyright>Kea Post Ltd</copyright><lastBuildDate>{rfc822(d(16, 9, 10, 0, o))}</lastBuildDate>")
    return feed("en_nz_keapost_world.rss.xml", rss(channel, rows, ns=NS_DC + NS_MEDIA, sep=""), items, lang="en", outlet="Kea Post", aliases=["The Kea Post"],
                structure="Stuff (New Zealand)-style section RSS: single line, channel 'Brand - Section', description before dc:creator, dc:creator holding 'Name, Political reporter', 'Name, Europe correspondent in London', an agency, the brand or nothing, bare 9-digit ids as non-permalink guids, media:content with plain media:description photo captions and media:credit, curly single quotes leading a title, 'Quiz:' daily trivia, Ltd copyright, +1300 (NZDT) dates")


# ---------------------------------------------------------------- Fiji Times-style (custom template, 12-hour clock)
def lagoontimes():
    rows, items = [], []
    o = 12

    def add(slug, title, when, author, desc, exp):
        url = f"https://www.lagoontimes.com.fj/{slug}/"
        rows.append(f"\n    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <pubDate>{rfc822(when, h12=True)}</pubDate>\n      <author>{esc(author)}</author>\n"
                    f"      <description>{esc(desc)}</description>\n      <guid>{url}</guid>\n    </item>")
        items.append(exp(url))

    w = d(16, 20, 15, 0, o)
    add("pm-heads-to-wellington-for-pacific-security-talks", "PM heads to Wellington for Pacific security talks", w, "Maika Bolatiki",
        "<p>Prime Minister will meet his New Zealand counterpart on Thursday</p><p>Talks are expected to cover maritime surveillance and a new police co-operation agreement.</p>",
        lambda k: it(k, "PM heads to Wellington for Pacific security talks", w, ["Maika Bolatiki"]))
    w = d(16, 17, 40, 0, o)
    add("china-india-vie-for-influence-with-new-scholarships", "China, India vie for influence with new scholarships", w, "Seini Tuilau in Suva",
        "<p>Both embassies announced expanded scholarship programmes this week.Officials say the offers are welcome</p>",
        lambda k: it(k, "China, India vie for influence with new scholarships", w, ["Seini Tuilau"], note="Dateline 'in Suva' is not part of the name."))
    w = d(16, 13, 5, 0, o)
    add("flying-fijians-confirm-tour-of-europe", "Flying Fijians confirm November tour of Europe", w, "Rusiate Vuniwai",
        "<p>The national side will play France, Wales and Georgia.</p>",
        lambda k: it(k, "Flying Fijians confirm November tour of Europe", w, ["Rusiate Vuniwai"], rel=False))
    w = d(16, 9, 30, 0, o)
    add("tc-rewa-warning-for-lau-group", "TC Rewa: Warning for Lau group", w, "Lagoon Times",
        "<p>A tropical cyclone warning is in force for the Lau group, the Fiji Meteorological Service says.</p><ul><li>Gales expected from tonight</li><li>Schools closed on Vanua Balavu</li></ul>",
        lambda k: it(k, "TC Rewa: Warning for Lau group", w, [], rel=False, note="The paper as author."))
    w = d(15, 23, 50, 0, o)
    add("horoscope-december-16", "Your stars: December 16", w, "Lagoon Times",
        "<p>Aries: A surprise visitor brings good news.</p>",
        lambda k: it(k, "Your stars: December 16", w, [], story=False, rel=False, note="Horoscope."))
    w = d(15, 15, 20, 0, o)
    add("australia-pledges-fj100m-for-climate-relocation", "Australia pledges FJ$100m for climate relocation", w, "Ana Naivalu, AAP",
        "<p>Canberra will fund the relocation of 14 coastal villages over five years, its high commissioner said.</p>",
        lambda k: it(k, "Australia pledges FJ$100m for climate relocation", w, ["Ana Naivalu"], note="Person with agency after the comma; the agency is not part of the name."))
    channel = ("\n    <title>Lagoon Times | World</title>\n    <link>https://www.lagoontimes.com.fj</link>\n    <description>The first newspaper of the islands</description>\n    <language>en</language>\n"
               "    <copyright>Copyright © 2026 Lagoon Times Limited. All rights reserved.</copyright>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>' + channel + "".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_fj_lagoontimes_world.rss.xml", text, items, lang="en", outlet="Lagoon Times", aliases=["The Lagoon Times"],
                structure="Fiji Times-style custom-template RSS: nested indentation, channel 'Brand | Section', pubDate on a 12-hour clock with AM/PM ('Wed, 16 Dec 2026 08:15:00 PM +1200'), <author> holding a bare name (not an e-mail), 'Name in Town', 'Name, AAP' or the paper, escaped <p> descriptions with standfirst without final stop and <ul> bullets, a missing space after a full stop, a cyclone warning and a horoscope, links as bare guids, Limited copyright")


# ---------------------------------------------------------------- The Brussels Times-style (Atom)
def schumantimes():
    entries, items = [], []
    o = 1

    def add(aid, slug, title, when, authors, summary, exp):
        url = f"https://www.schumantimes.be/{aid}/{slug}"
        au = "".join(f"<author><name>{esc(a)}</name></author>" for a in authors)
        entries.append(f"<entry><title type=\"html\">{esc(title)}</title><link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/><id>{url}</id>"
                       f"<published>{when.isoformat()}</published><updated>{when.isoformat()}</updated>{au}<summary type=\"html\">{esc(summary)}</summary></entry>")
        items.append(exp(url))

    w = d(15, 18, 30, 0, o)
    add(931204, "eu-ministers-back-new-sanctions-on-iranian-shipping", "EU ministers back new sanctions on Iranian shipping", w, ["Schuman Times with Belga"],
        "<p>Foreign ministers meeting in Brussels agreed to list 14 vessels and two port operators.</p><p><a href=\"https://www.schumantimes.be/newsletter\">Sign up for our daily newsletter</a></p>",
        lambda k: it(k, "EU ministers back new sanctions on Iranian shipping", w, [], junk=["Sign up for our daily newsletter"], note="Brand with agency credit is not a person."))
    w = d(15, 16, 5, 0, o)
    add(931190, "nato-chief-urges-belgium-to-hit-2-5-target-sooner", "Nato chief urges Belgium to hit 2.5% target sooner", w, ["Lieven Dhondt"],
        "<p>The alliance's secretary general said Brussels was &quot;falling behind its neighbours&quot;</p>",
        lambda k: it(k, "Nato chief urges Belgium to hit 2.5% target sooner", w, ["Lieven Dhondt"]))
    w = d(15, 13, 45, 0, o)
    add(931172, "stib-strike-wednesday-what-to-expect", "STIB strike on Wednesday: What to expect", w, ["Schuman Times"],
        "<p>Metro lines 1 and 5 will run a reduced service; most trams will not run.</p>",
        lambda k: it(k, "STIB strike on Wednesday: What to expect", w, [], rel=False, note="Local service item, brand as author."))
    w = d(15, 11, 20, 0, o)
    add(931160, "moldova-eu-accession-chapter-opened", "Moldova&#039;s EU accession: first &lt;i&gt;cluster&lt;/i&gt; of talks opened", w, ["Marta Ionescu", "Pieter-Jan Claes"],
        "<p>The fundamentals cluster covers rule of law and public administration</p><ul><li>Ukraine's cluster delayed by Hungarian objections</li></ul>",
        lambda k: it(k, "Moldova's EU accession: first cluster of talks opened", w, ["Marta Ionescu", "Pieter-Jan Claes"], note="Title contains escaped <i> markup and an entity; the clean title has neither."))
    w = d(15, 9, 0, 0, o)
    add(931151, "brussels-christmas-market-in-pictures", "In pictures: Winter Pleasures opens on Place Sainte-Catherine", w, ["Schuman Times"],
        "<p>Photo gallery.</p>",
        lambda k: it(k, "In pictures: Winter Pleasures opens on Place Sainte-Catherine", w, [], story=False, rel=False, note="Photo gallery."))
    w = d(14, 20, 10, 0, o)
    add(931133, "belgian-aid-worker-freed-in-mali", "Belgian aid worker freed in Mali after 14 months", w, ["Sophie Verlinden"],
        "<p>Prime minister thanked Algerian and Qatari mediators.</p>",
        lambda k: it(k, "Belgian aid worker freed in Mali after 14 months", w, ["Sophie Verlinden"]))
    head = ("<title>The Schuman Times - Europe</title><subtitle>Belgium's news in English</subtitle><link rel=\"self\" href=\"https://www.schumantimes.be/feed/europe.atom\"/>"
            f"<link rel=\"alternate\" href=\"https://www.schumantimes.be/europe\"/><id>https://www.schumantimes.be/europe</id><updated>{d(15, 18, 35, 0, o).isoformat()}</updated>"
            "<rights>© 2026 Schuman Media SRL</rights>")
    return feed("en_be_schumantimes_europe.atom.xml", atom(head, entries, sep=""), items, lang="en", outlet="The Schuman Times", aliases=["Schuman Times"], shape="atom",
                ctype="application/atom+xml; charset=utf-8",
                structure="The Brussels Times-style Atom section feed: single line, title 'Brand - Section', <subtitle>, numeric id in the URL path used as entry id, one <author> per credit ('Brand with Belga', persons, the brand), title type=html with escaped <i> and '&#039;' entities, html summaries with standfirst and <ul>, a newsletter sign-up link, a metro strike and a gallery, SRL rights, +01:00 stamps")


# ---------------------------------------------------------------- tech: ZDNET-style (custom, RSS)
def bytewire():
    rows, items = [], []

    def add(slug, title, when, creator, desc, exp):
        url = f"https://www.bytewire.example/article/{slug}/"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}#ftag=RSSbaffb68</link><guid>{url}</guid><description>{esc(desc)}</description>"
                    f"<dc:creator>{esc(creator)}</dc:creator><pubDate>{rfc822(when, gmt=True)}</pubDate><media:thumbnail url=\"https://www.bytewire.example/a/img/resize/{len(slug)}.jpg?width=300\"/></item>")
        items.append(exp(url))

    w = d(15, 14, 30)
    add("eu-chips-act-2-0-draft-targets-legacy-nodes", "EU Chips Act 2.0 draft targets legacy nodes and Chinese oversupply", w, "Marianne Koster",
        "Brussels wants to shield 28nm and older fabs from a flood of subsidized imports. Here's what's in the draft.",
        lambda k: it(k, "EU Chips Act 2.0 draft targets legacy nodes and Chinese oversupply", w, ["Marianne Koster"]))
    w = d(15, 12, 0)
    add("the-best-vpn-services-of-2026-expert-tested", "The best VPN services of 2026: Expert tested and reviewed", w, "Owen Baptiste",
        "We tested the top VPNs for speed, privacy and streaming. These are our picks.",
        lambda k: it(k, "The best VPN services of 2026: Expert tested and reviewed", w, ["Owen Baptiste"], story=False, rel=False, note="Product round-up."))
    w = d(15, 10, 15)
    add("us-adds-six-chinese-ai-firms-to-entity-list", "US adds six Chinese AI firms to Entity List over military links", w, "Dana Whitfield, Senior Contributing Writer",
        "The Commerce Department says the companies supplied facial recognition to security services.Beijing vowed countermeasures",
        lambda k: it(k, "US adds six Chinese AI firms to Entity List over military links", w, ["Dana Whitfield"], note="Job title after the comma is not part of the name."))
    w = d(15, 8, 40)
    add("windows-11-december-update-breaks-printers", "Windows 11 December update breaks some USB printers. Here's the fix", w, "Owen Baptiste",
        "Microsoft has confirmed the bug and released a workaround",
        lambda k: it(k, "Windows 11 December update breaks some USB printers. Here's the fix", w, ["Owen Baptiste"], rel=False))
    w = d(14, 19, 0)
    add("india-approves-first-foreign-satellite-internet-licence", "India approves first satellite internet licence for a foreign operator", w, "Priya Raman",
        "Regulators set strict data-localization terms. Rivals are expected to follow within months",
        lambda k: it(k, "India approves first satellite internet licence for a foreign operator", w, ["Priya Raman"]))
    w = d(14, 16, 20)
    add("save-200-on-this-robot-vacuum", "Save $200 on this robot vacuum ahead of the holidays", w, "Bytewire Deals Staff",
        "The deal ends Sunday.",
        lambda k: it(k, "Save $200 on this robot vacuum ahead of the holidays", w, [], story=False, rel=False, note="Deals post; desk credit."))
    channel = (f"<title>Bytewire</title><link>https://www.bytewire.example</link><description>Bytewire - Latest news</description><language>en-us</language>"
               f"<copyright>© 2026 Bytewire Media LLC. All rights reserved.</copyright><lastBuildDate>{rfc822(d(15, 14, 35), gmt=True)}</lastBuildDate>")
    return feed("en_tech_bytewire_news.rss.xml", rss(channel, rows, ns=NS_DC + NS_MEDIA, sep=""), items, lang="en", outlet="Bytewire", topic="tech",
                structure="ZDNET-style tech news RSS from a custom CMS: single line, bare brand channel, links with a '#ftag=' tracking fragment and the clean URL as guid, plain descriptions (some without final stop, one with a missing space), dc:creator with 'Name, Senior Contributing Writer' or 'Deals Staff', media:thumbnail, Title-ish headlines with 'Here's the fix', tech-policy stories next to a VPN round-up, a how-to and a deals post, GMT dates, LLC copyright")


# ---------------------------------------------------------------- science: Quanta-style (WordPress, full text)
def fieldnotes():
    rows, items = [], []

    def add(pid, slug, title, when, creators, desc, body, exp):
        url = f"https://www.fieldnotesmag.example/{slug}-{when.strftime('%Y%m%d')}/"
        cr = "".join(f"<dc:creator>{cd(c)}</dc:creator>" for c in creators)
        tail = f'<p>The post <a href="{url}">{esc(title)}</a> first appeared on <a href="https://www.fieldnotesmag.example">Field Notes Magazine</a>.</p>'
        rows.append(f"\t\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t{cr}\n\t\t<pubDate>{rfc822(when)}</pubDate>\n"
                    f"\t\t<guid isPermaLink=\"false\">https://www.fieldnotesmag.example/?p={pid}</guid>\n\t\t<description>{cd(desc + tail)}</description>\n"
                    f"\t\t<content:encoded>{cd(body + tail)}</content:encoded>\n\t\t</item>")
        items.append(exp(f"https://www.fieldnotesmag.example/?p={pid}"))

    junk = ["first appeared on", "Field Notes Magazine."]
    w = d(15, 10, 0)
    add(140221, "antarctic-ice-shelf-melt-faster-than-models", "Antarctic Ice Shelf Is Thinning From Below Faster Than Models Predicted", w, ["Lena Harcourt"],
        "Robotic floats under the Thwaites shelf found warm water channels that no model had included",
        "<p>For three winters, a fleet of robotic floats drifted under the ice.</p><p>\u201cWe were surprised by how narrow the channels are,\u201d said Rasmus Eklund, an oceanographer at the University of Tromsø who led the study.</p>",
        lambda k: it(k, "Antarctic Ice Shelf Is Thinning From Below Faster Than Models Predicted", w, ["Lena Harcourt"], junk=junk, quotes=[q("Rasmus Eklund", "University of Tromsø")]))
    w = d(14, 10, 0)
    add(140198, "mathematicians-settle-kissing-number-question", "Mathematicians Settle a 70-Year-Old Packing Question in Dimension 17", w, ["Tomás Ibarra"],
        "A new proof combines computer search with an old geometric trick",
        "<p>How many spheres can touch one sphere at once?</p>",
        lambda k: it(k, "Mathematicians Settle a 70-Year-Old Packing Question in Dimension 17", w, ["Tomás Ibarra"], rel=False, junk=junk))
    w = d(12, 10, 0)
    add(140177, "why-the-high-seas-treaty-needs-better-science", "The High Seas Treaty Took Effect. Now Scientists Must Map What It Protects", w, ["Hana Morioka", "Field Notes Staff"],
        "The UN agreement gives nations tools to create marine reserves beyond national waters, but the data are thin",
        "<p>The treaty on biodiversity beyond national jurisdiction entered into force this year.</p><p>Delegates from 94 countries will meet in New York in March.</p>",
        lambda k: it(k, "The High Seas Treaty Took Effect. Now Scientists Must Map What It Protects", w, ["Hana Morioka"], junk=junk, note="Staff credit beside the person is not a person."))
    w = d(11, 10, 0)
    add(140150, "podcast-joy-of-why-what-is-a-gene", "Podcast: What Is a Gene, Really?", w, ["Steven Achebe"],
        "In this episode of our podcast, a geneticist explains why the textbook definition no longer fits",
        "<p>Listen on Apple Podcasts, Spotify or wherever you get your podcasts.</p>",
        lambda k: it(k, "What Is a Gene, Really?", w, ["Steven Achebe"], story=False, rel=False, junk=junk, note="Podcast episode. Title label 'Podcast:' may be kept or dropped"))
    w = d(10, 10, 0)
    add(140131, "james-webb-finds-carbon-rich-disk", "Webb Telescope Spots Carbon-Rich Disk Around a Tiny Star", w, ["Lena Harcourt"],
        "The finding challenges ideas about how rocky planets get their ingredients",
        "<p>The disk contains benzene and other hydrocarbons.</p>",
        lambda k: it(k, "Webb Telescope Spots Carbon-Rich Disk Around a Tiny Star", w, ["Lena Harcourt"], rel=False, junk=junk))
    w = d(9, 10, 0)
    add(140112, "quiz-year-in-science-2026", "Quiz: How Well Do You Know the Year in Science?", w, ["Field Notes Staff"],
        "Ten questions on the discoveries of 2026",
        "<p>Take the quiz.</p>",
        lambda k: it(k, "How Well Do You Know the Year in Science?", w, [], story=False, rel=False, junk=junk, note="Quiz. Title label 'Quiz:' may be kept or dropped"))
    channel = ("\t<title>Field Notes Magazine</title>\n\t<atom:link href=\"https://www.fieldnotesmag.example/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://www.fieldnotesmag.example</link>\n"
               f"\t<description>Illuminating science</description>\n\t<lastBuildDate>{rfc822(d(15, 10, 5))}</lastBuildDate>\n\t<language>en-US</language>")
    return feed("en_science_fieldnotes_wp.rss.xml", rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM), items, lang="en", outlet="Field Notes Magazine", aliases=["Field Notes"], topic="science",
                structure="Quanta Magazine-style WordPress feed of a science magazine: tab indentation with items indented twice, bare brand channel, Title Case headlines, one CDATA dc:creator per credit (person, 'Staff'), CDATA deks without final stop, full content:encoded, 'first appeared on' footer in both, '-YYYYMMDD/' slugs and '?p=' guids, a podcast and a quiz, one policy story (high-seas treaty), +0000 dates")


FEEDS = [deltastar, formosaledger, bosphorusdaily, volgatimes, namibcourier, keapost, lagoontimes, schumantimes, bytewire, fieldnotes]
