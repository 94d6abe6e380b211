# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the fourteenth held-out set (world desks, tech, science, two broken ones).
All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, atom, esc, it, rfc822, rss
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2026, 12, day, h, mi, s, off)


# ---------------------------------------------------------------- Bangkok Post-style
def siamcourier():
    rows, items = [], []
    o = 7

    def add(path, title, when, desc, exp):
        url = f"https://www.siamcourier.com/world/{path}"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description>"
                    f"<pubDate>{rfc822(when)}</pubDate><guid isPermaLink=\"true\">{url}</guid></item>")
        items.append(exp(url))

    w = d(4, 22, 31, 0, o)
    add("3120451/myanmar-junta-extends-emergency-rule-in-border-states", "Myanmar junta extends emergency rule in border states", w,
        "YANGON: Myanmar's military government on Thursday extended emergency rule in six townships along the Thai border, citing attacks by ethnic armed groups.",
        lambda k: it(k, "Myanmar junta extends emergency rule in border states", w))
    w = d(4, 20, 5, 0, o)
    add("3120420/asean-ministers-to-meet-in-vientiane-over-south-china-sea-code", "Asean ministers to meet in Vientiane over South China Sea code", w,
        "Foreign ministers will try to close the last chapters of a code of conduct that has been under negotiation for more than two decades.",
        lambda k: it(k, "Asean ministers to meet in Vientiane over South China Sea code", w))
    w = d(4, 18, 47, 0, o)
    add("3120398/cambodian-pm-rejects-thai-claim-over-temple-border-survey", "Cambodian PM rejects Thai claim over temple border survey", w,
        "PHNOM PENH: Cambodia's prime minister said a joint survey team had 'no mandate' to redraw lines near the disputed temple, a day after Bangkok filed a protest note.",
        lambda k: it(k, "Cambodian PM rejects Thai claim over temple border survey", w))
    w = d(4, 16, 12, 0, o)
    add("3120377/japanese-zoo-welcomes-twin-red-pandas", "Japanese zoo welcomes twin red pandas", w,
        "TOKYO: A zoo in Sapporo has announced the birth of twin red pandas, the first in its 60-year history.",
        lambda k: it(k, "Japanese zoo welcomes twin red pandas", w, rel=False))
    w = d(4, 14, 0, 0, o)
    add("3120350/un-envoy-urges-calm-after-deadly-clashes-in-eastern-congo", "UN envoy urges calm after deadly clashes in eastern Congo", w,
        "GOMA: The UN special envoy called on Kinshasa and the M23 rebels to respect the ceasefire after fighting killed at least 17 people near Sake.",
        lambda k: it(k, "UN envoy urges calm after deadly clashes in eastern Congo", w))
    w = d(4, 11, 38, 0, o)
    add("3120302/us-senate-panel-advances-taiwan-arms-package", "US Senate panel advances Taiwan arms package", w,
        "WASHINGTON: A Senate committee approved a $2.1-billion package of drones and coastal missiles for Taiwan, drawing an immediate rebuke from Beijing.",
        lambda k: it(k, "US Senate panel advances Taiwan arms package", w))
    channel = ("<title>Siam Courier - World</title><link>https://www.siamcourier.com/rss/data/world.xml</link>"
               "<description>Siam Courier RSS Feeds: World news</description><language>en-us</language>"
               "<copyright>Copyright (c) 2026 Siam Courier Public Company Limited. All rights reserved.</copyright>"
               f"<lastBuildDate>{rfc822(d(4, 22, 35, 0, o))}</lastBuildDate>")
    return feed("en_th_siamcourier_world.rss.xml", rss(channel, rows, sep=""), items, lang="en", outlet="Siam Courier",
                structure="Bangkok Post-style section RSS (bangkokpost.com/rss/data/world.xml): single line, channel 'Outlet - Section', no author element at all, plain-text descriptions that open with an upper-case 'CITY:' dateline, numeric-id slug links as permalink guids, '+0700' dates, Public Company Limited copyright, a soft animal story among wire world news")


# ---------------------------------------------------------------- The National (UAE)-style (Arc XP)
def gulfherald():
    rows, items = [], []

    def add(path, title, when, creator, desc, img, caption, exp):
        url = f"https://www.thegulfherald.ae/news/{path}/"
        rows.append(f"<item>\n<title><![CDATA[{title}]]></title>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>\n"
                    + (f"<dc:creator><![CDATA[{creator}]]></dc:creator>\n" if creator else "")
                    + f"<description><![CDATA[{desc}]]></description>\n<pubDate>{rfc822(when, gmt=True)}</pubDate>\n"
                    f"<content:encoded><![CDATA[<figure><img src=\"https://thegulfherald.ae/resizer/v2/{img}.jpg?smart=true&amp;auth=9f3c&amp;width=1200\" alt=\"{esc(caption)}\" /><figcaption>{caption}</figcaption></figure><p>{desc}</p>]]></content:encoded>\n"
                    f"<media:content type=\"image/jpeg\" url=\"https://thegulfherald.ae/resizer/v2/{img}.jpg\"><media:description type=\"plain\"><![CDATA[{caption}]]></media:description></media:content>\n</item>")
        items.append(exp(url))

    w = d(4, 19, 14, 0, 0)
    add("mena/2026/12/04/iran-and-saudi-arabia-agree-to-reopen-consulates-in-mashhad-and-jeddah", "Iran and Saudi Arabia agree to reopen consulates in Mashhad and Jeddah", w, "Layla Haddad",
        "Move follows two days of talks in Muscat mediated by Oman", "ABCD2KX5PNEQ", "Omani Foreign Minister at the talks in Muscat. Photo: Oman News Agency",
        lambda k: it(k, "Iran and Saudi Arabia agree to reopen consulates in Mashhad and Jeddah", w, ["Layla Haddad"], junk=["Photo: Oman News Agency"]))
    w = d(4, 17, 2, 0, 0)
    add("mena/2026/12/04/gaza-aid-convoys-resume-through-kerem-shalom", "Gaza aid convoys resume through Kerem Shalom after three-day halt", w, "Hamza Qureshi and Rania Salem",
        "UN says 140 lorries crossed but warns stocks in the south are near exhausted", "XQ7LMN3TRA", "Lorries wait at the crossing on Wednesday. AFP",
        lambda k: it(k, "Gaza aid convoys resume through Kerem Shalom after three-day halt", w, ["Hamza Qureshi", "Rania Salem"], junk=["Lorries wait at the crossing"]))
    w = d(4, 15, 40, 0, 0)
    add("uae/2026/12/04/national-day-fireworks-where-to-watch-in-abu-dhabi-and-dubai", "National Day fireworks: where to watch in Abu Dhabi and Dubai", w, "Staff Reporter",
        "Public holiday displays will take place at 11 locations across the emirates", "FWRK99AAQ1", "Fireworks over the Corniche last year. Victor Mendoza / The Gulf Herald",
        lambda k: it(k, "National Day fireworks: where to watch in Abu Dhabi and Dubai", w, [], rel=False, junk=["Victor Mendoza"], note="Desk credit 'Staff Reporter' is not a person."))
    w = d(4, 12, 25, 0, 0)
    add("world/europe/2026/12/04/eu-leaders-clash-over-frozen-russian-assets-loan", "EU leaders clash over frozen Russian assets loan ahead of Brussels summit", w, "Tom Whitfield",
        "Belgium demands guarantees before it backs the 'reparations loan' for Ukraine", "EURO4422LK", "The Berlaymont building in Brussels. Reuters",
        lambda k: it(k, "EU leaders clash over frozen Russian assets loan ahead of Brussels summit", w, ["Tom Whitfield"]))
    w = d(4, 10, 0, 0, 0)
    add("mena/2026/12/04/gulf-lines-sudan-s-forgotten-famine", "Gulf Lines: Sudan's forgotten famine", w, None,
        "This week's episode of our podcast asks why El Fasher has dropped off the world's agenda", "PODB7712ZZ", "Gulf Lines podcast artwork",
        lambda k: it(k, "Gulf Lines: Sudan's forgotten famine", w, [], story=False, note="Podcast episode. Title label 'Gulf Lines:' may be kept or dropped"))
    w = d(4, 8, 45, 0, 0)
    add("opinion/comment/2026/12/04/the-gulf-cannot-afford-to-be-a-bystander-in-the-horn-of-africa", "The Gulf cannot afford to be a bystander in the Horn of Africa", w, "Faisal Al Marzouqi",
        "Red Sea security and food supply chains run through the region's crises", "OPN3390QWE", "A port in Berbera, Somaliland. Getty Images",
        lambda k: it(k, "The Gulf cannot afford to be a bystander in the Horn of Africa", w, ["Faisal Al Marzouqi"], junk=["Getty Images"]))
    channel = ("<title><![CDATA[The Gulf Herald]]></title><link>https://www.thegulfherald.ae</link>"
               f"<atom:link href=\"https://www.thegulfherald.ae/arc/outboundfeeds/rss/category/mena/?outputType=xml\" rel=\"self\" type=\"application/rss+xml\"/>"
               "<description><![CDATA[The Gulf Herald News Feed]]></description>"
               f"<lastBuildDate>{rfc822(d(4, 19, 20, 0, 0), gmt=True)}</lastBuildDate><language>en</language><ttl>1</ttl>")
    return feed("en_ae_gulfherald_mena_arc.rss.xml", rss(channel, rows, ns=NS_ATOM + NS_DC + NS_CONTENT + NS_MEDIA, sep="\n"), items, lang="en", outlet="The Gulf Herald",
                structure="The National (UAE)-style Arc XP outbound feed (/arc/outboundfeeds/rss/category/…/?outputType=xml): channel title is the bare brand in CDATA, '<ttl>1</ttl>', dc:creator in CDATA with 'A and B' pairs and 'Staff Reporter', CDATA one-line subheads as descriptions, content:encoded opening with a <figure>/<figcaption> photo caption, media:content with CDATA caption, a podcast episode with 'Show: topic' title, GMT dates on UTC stamps")


# ---------------------------------------------------------------- Inquirer.net-style (WordPress)
def archipelago():
    rows, items = [], []
    o = 8

    def add(slug, pid, title, when, creator, cats, desc, exp):
        url = f"https://globalnation.archipelagodaily.net/{pid}/{slug}"
        cat = "".join(f"<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t{cat}\n"
                    f"\t\t<guid isPermaLink=\"false\">https://globalnation.archipelagodaily.net/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[<p>{desc}</p>\n<p>The post <a href=\"{url}\">{esc(title)}</a> appeared first on <a href=\"https://globalnation.archipelagodaily.net\">Archipelago Daily Global Nation</a>.</p>\n]]></description>\n\t</item>")
        items.append(exp(f"https://globalnation.archipelagodaily.net/?p={pid}"))

    w = d(4, 21, 12, 0, o)
    add("ph-protests-chinese-water-cannon-use-near-ayungin-shoal", 301422, "PH protests Chinese water cannon use near Ayungin Shoal", w, "Marlon Estrella",
        ["Global Nation", "West Philippine Sea"], "MANILA, Philippines — The Department of Foreign Affairs on Friday summoned a Chinese embassy official after a coast guard vessel was hit by water cannon near Ayungin Shoal.",
        lambda k: it(k, "PH protests Chinese water cannon use near Ayungin Shoal", w, ["Marlon Estrella"], junk=["appeared first on"]))
    w = d(4, 19, 3, 0, o)
    add("ofws-in-kuwait-urged-to-register-for-2028-overseas-voting", 301410, "OFWs in Kuwait urged to register for 2028 overseas voting", w, "Jeannette I. Sarmiento",
        ["Global Nation", "Global Pinoys"], "The Philippine embassy in Kuwait extended registration hours for overseas Filipino workers ahead of the deadline.",
        lambda k: it(k, "OFWs in Kuwait urged to register for 2028 overseas voting", w, ["Jeannette I. Sarmiento"], rel=False, junk=["appeared first on"]))
    w = d(4, 16, 48, 0, o)
    add("japan-ph-sign-reciprocal-access-protocol-on-joint-drills", 301398, "Japan, PH sign protocol on joint drills under reciprocal access pact", w, "Agence France-Presse",
        ["Global Nation", "Diplomacy"], "TOKYO — Japan and the Philippines on Friday signed an implementing protocol allowing larger joint exercises under their reciprocal access agreement.",
        lambda k: it(k, "Japan, PH sign protocol on joint drills under reciprocal access pact", w, ["Agence France-Presse"], junk=["appeared first on"], note="Agency as the only credit. [] is also correct"))
    w = d(4, 14, 20, 0, o)
    add("marcos-to-attend-apec-leaders-meeting-in-shenzhen", 301380, "Marcos to attend Apec leaders' meeting in Shenzhen", w, "Nestor Villaruel",
        ["Global Nation", "Diplomacy"], "President Marcos will fly to Shenzhen next week, Malacañang said, in his first visit to mainland China since 2023.",
        lambda k: it(k, "Marcos to attend Apec leaders' meeting in Shenzhen", w, ["Nestor Villaruel"], junk=["appeared first on"]))
    w = d(4, 11, 5, 0, o)
    add("filipino-american-chef-wins-james-beard-nod", 301361, "Filipino-American chef wins James Beard nod", w, "Archipelago USA",
        ["Global Nation", "Global Pinoys"], "SAN FRANCISCO — A Daly City chef known for her adobo tasting menu has been named a semifinalist.",
        lambda k: it(k, "Filipino-American chef wins James Beard nod", w, [], rel=False, junk=["appeared first on"], note="Partner desk credit, not a person."))
    w = d(4, 9, 30, 0, o)
    add("us-state-dept-approves-f-16-sustainment-deal-for-manila", 301350, "US State Dept approves F-16 sustainment deal for Manila", w, "Frances Dimaculangan",
        ["Global Nation", "Defense"], "The package covers training, spare parts and munitions for the Philippine Air Force’s planned fighter fleet.",
        lambda k: it(k, "US State Dept approves F-16 sustainment deal for Manila", w, ["Frances Dimaculangan"], junk=["appeared first on"]))
    channel = ("<title>Archipelago Daily Global Nation</title>\n\t<atom:link href=\"https://globalnation.archipelagodaily.net/feed\" rel=\"self\" type=\"application/rss+xml\" />\n"
               "\t<link>https://globalnation.archipelagodaily.net</link>\n\t<description>Philippine news for Filipinos</description>\n"
               f"\t<lastBuildDate>{rfc822(d(4, 13, 12, 0, 0))}</lastBuildDate>\n\t<language>en-US</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.7.1</generator>")
    ns = NS_CONTENT + ' xmlns:wfw="http://wellformedweb.org/CommentAPI/"' + NS_DC + NS_ATOM + ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"'
    return feed("en_ph_archipelagodaily_globalnation_wp.rss.xml", rss(channel, rows, ns=ns, decl="UTF-8", sep="\n"), items, lang="en", outlet="Archipelago Daily", aliases=["Archipelago Daily Global Nation"],
                structure="Inquirer.net Global Nation-style WordPress feed (globalnation.inquirer.net/feed): subdomain section site, channel 'Outlet Section', sy:updatePeriod with tab padding, dc:creator in CDATA holding a person, an agency or a partner desk ('Archipelago USA'-like), CDATA categories, '?p=' non-permalink guids, 'MANILA, Philippines —' datelines, '<p>The post … appeared first on …</p>' footer in the description, +0800 dates, diaspora (OFW) items that are domestic")


# ---------------------------------------------------------------- Kyiv Independent-style (Ghost)
def dniproledger():
    rows, items = [], []

    def add(slug, title, when, creators, desc, tag, exp, img=True):
        url = f"https://dniproledger.com/{slug}/"
        gid = f"6750{sum(map(ord, slug)):04x}a1b2c3d4e5f6"[:24]
        cr = "".join(f"<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        media = f"<media:content url=\"https://dniproledger.com/content/images/2026/12/{slug[:20]}.jpg\" medium=\"image\"/>" if img else ""
        rows.append(f"<item><title><![CDATA[{title}]]></title><description><![CDATA[{desc}]]></description><link>{url}</link>"
                    f"<guid isPermaLink=\"false\">{gid}</guid><category><![CDATA[{tag}]]></category>{cr}<pubDate>{rfc822(when, gmt=True)}</pubDate>{media}"
                    f"<content:encoded><![CDATA[<img src=\"https://dniproledger.com/content/images/2026/12/{slug[:20]}.jpg\" alt=\"{esc(title)}\"><p>{desc}</p><p><em>Become a member of The Dnipro Ledger and support independent journalism in wartime.</em></p>]]></content:encoded></item>")
        items.append(exp(gid))

    w = d(4, 18, 52, 0)
    add("russia-launches-massive-drone-attack-on-odesa-port-infrastructure", "Russia launches massive drone attack on Odesa port infrastructure", w, ["Oksana Levchenko"],
        "Russia launched 86 drones overnight, damaging grain terminals and a civilian vessel under the Panama flag, the Ukrainian Navy said.", "Russian attacks",
        lambda k: it(k, "Russia launches massive drone attack on Odesa port infrastructure", w, ["Oksana Levchenko"], junk=["Become a member"]))
    w = d(4, 16, 30, 0)
    add("ukraine-war-latest-zelensky-meets-nordic-leaders-in-helsinki", "Ukraine war latest: Zelensky meets Nordic leaders in Helsinki, signs drone co-production deal", w, ["The Dnipro Ledger news desk"],
        "Key developments on Dec. 4: Zelensky in Helsinki; Ukrainian forces repel assaults near Pokrovsk; energy ministry announces new blackout schedules.", "Ukraine war latest",
        lambda k: it(k, "Ukraine war latest: Zelensky meets Nordic leaders in Helsinki, signs drone co-production deal", w, [], junk=["Become a member"],
                     note="Daily roundup article, a story. Title label 'Ukraine war latest:' may be kept or dropped; desk credit is not a person."))
    w = d(4, 14, 5, 0)
    add("opinion-europe-must-stop-treating-ukraines-energy-grid-as-someone-elses-problem", "Opinion: Europe must stop treating Ukraine's energy grid as someone else's problem", w, ["Marta Hrytsenko"],
        "Each winter, Russia targets the grid and each winter European aid arrives late.", "Opinion",
        lambda k: it(k, "Opinion: Europe must stop treating Ukraine's energy grid as someone else's problem", w, ["Marta Hrytsenko"], junk=["Become a member"], note="Title label 'Opinion:' may be kept or dropped"))
    w = d(4, 11, 48, 0)
    add("us-envoy-arrives-in-kyiv-for-talks-on-peace-framework", "US envoy arrives in Kyiv for talks on peace framework", w, ["Dmytro Kovalenko", "Sofiia Tkach"],
        "The visit comes days after Moscow rejected a 20-point draft as 'a basis for nothing.'", "Politics",
        lambda k: it(k, "US envoy arrives in Kyiv for talks on peace framework", w, ["Dmytro Kovalenko", "Sofiia Tkach"], junk=["Become a member"]))
    w = d(4, 9, 0, 0)
    add("dnipro-ledger-hosts-live-qa-with-frontline-reporters", "The Dnipro Ledger hosts live Q&A with frontline reporters — register now", w, ["The Dnipro Ledger"],
        "Join our reporters on Dec. 10 for a members-only conversation about covering the war.", "Announcements",
        lambda k: it(k, "The Dnipro Ledger hosts live Q&A with frontline reporters — register now", w, [], story=False, rel=False, junk=["Become a member"], note="Members' event promo."), img=False)
    w = d(3, 20, 15, 0)
    add("moldova-detains-suspects-in-russian-backed-sabotage-plot", "Moldova detains suspects in alleged Russian-backed sabotage plot", w, ["Reuters"],
        "Moldovan police said the group had planned to set fire to a power substation near Chisinau.", "Europe",
        lambda k: it(k, "Moldova detains suspects in alleged Russian-backed sabotage plot", w, ["Reuters"], junk=["Become a member"], note="Agency as the only credit. [] is also correct"))
    channel = ("<title><![CDATA[The Dnipro Ledger]]></title><description><![CDATA[News from Ukraine, independent and reader-funded.]]></description><link>https://dniproledger.com/</link>"
               "<image><url>https://dniproledger.com/favicon.png</url><title>The Dnipro Ledger</title><link>https://dniproledger.com/</link></image>"
               f"<generator>Ghost 5.104</generator><lastBuildDate>{rfc822(d(4, 18, 55, 0), gmt=True)}</lastBuildDate><atom:link href=\"https://dniproledger.com/rss/\" rel=\"self\" type=\"application/rss+xml\"/><ttl>60</ttl>")
    return feed("en_ua_dniproledger_ghost.rss.xml", rss(channel, rows, ns=NS_DC + NS_CONTENT + NS_ATOM + NS_MEDIA, decl="UTF-8", sep=""), items, lang="en", outlet="The Dnipro Ledger",
                structure="Kyiv Independent-style Ghost RSS (kyivindependent.com/rss/): single line, CDATA title/description, 24-hex Ghost ids as non-permalink guids, one dc:creator per author (person, 'news desk', agency, or the brand itself), CDATA primary-tag category, media:content image, content:encoded with a 'Become a member' appeal paragraph, 'Ukraine war latest:' daily roundup and 'Opinion:' title labels, a members' event promo, GMT dates")


# ---------------------------------------------------------------- Nation Africa-style
def rifttimes():
    rows, items = [], []
    o = 3

    def add(path, title, when, author, desc, exp):
        url = f"https://rifttimes.co.ke/news/africa/{path}"
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(desc)}</description>\n"
                    f"    <pubDate>{rfc822(when)}</pubDate>\n    <guid>{url}</guid>\n" + (f"    <author>{esc(author)}</author>\n" if author else "")
                    + f"    <enclosure url=\"https://rifttimes.co.ke/resource/image/{sum(map(ord, path))}/landscape_ratio3x2/1200/800/0/pic.jpg\" length=\"0\" type=\"image/jpeg\" />\n  </item>")
        items.append(exp(url))

    w = d(4, 20, 10, 0, o)
    add("kenyan-police-in-haiti-mission-handover-5032121", "Kenyan police in Haiti begin handover to new UN-backed force", w, "By Josphat Kiprono",
        "About 400 officers will return home by February as the gang suppression force takes over, Interior ministry says.",
        lambda k: it(k, "Kenyan police in Haiti begin handover to new UN-backed force", w, ["Josphat Kiprono"]))
    w = d(4, 18, 22, 0, o)
    add("tanzania-opposition-leader-released-on-bail-5032098", "Tanzania opposition leader released on bail after six months in custody", w, "By The Lakes Weekly",
        "The High Court in Dar es Salaam granted bail on treason charges, citing health grounds.",
        lambda k: it(k, "Tanzania opposition leader released on bail after six months in custody", w, [], note="Sister-title credit, not a person. [\"The Lakes Weekly\"] is also correct"))
    w = d(4, 15, 33, 0, o)
    add("ethiopia-eritrea-troops-border-tensions-5032040", "Ethiopia, Eritrea mass troops as Red Sea access row deepens", w, "By Fred Obura and Mercy Chelangat",
        "Satellite images show new positions near Bure as Addis Ababa renews its call for a sea outlet.",
        lambda k: it(k, "Ethiopia, Eritrea mass troops as Red Sea access row deepens", w, ["Fred Obura", "Mercy Chelangat"]))
    w = d(4, 12, 0, 0, o)
    add("photos-nairobi-hosts-east-african-fashion-week-5031990", "PHOTOS: Nairobi hosts East African fashion week", w, None,
        "Designers from six countries showcased their collections at the KICC.",
        lambda k: it(k, "PHOTOS: Nairobi hosts East African fashion week", w, [], story=False, rel=False, note="Photo gallery. Title label 'PHOTOS:' may be kept or dropped"))
    w = d(4, 9, 45, 0, o)
    add("somalia-al-shabaab-attack-military-base-5031955", "Al-Shabaab fighters storm military base in central Somalia", w, "By AFP",
        "At least 12 soldiers were killed in the pre-dawn attack in Hiraan region, officials said.",
        lambda k: it(k, "Al-Shabaab fighters storm military base in central Somalia", w, ["AFP"], note="Agency as the only credit. [] is also correct"))
    w = d(4, 7, 30, 0, o)
    add("au-summit-sudan-peace-roadmap-5031930", "AU council adopts Sudan roadmap, demands ceasefire by January", w, "By Aggrey Wanyonyi",
        "The Peace and Security Council asked Igad and the UN to co-chair talks between the army and the RSF.",
        lambda k: it(k, "AU council adopts Sudan roadmap, demands ceasefire by January", w, ["Aggrey Wanyonyi"]))
    channel = ("<title>Africa | Rift Times</title>\n  <link>https://rifttimes.co.ke/news/africa</link>\n  <description>Latest Africa news from Rift Times</description>\n"
               "  <language>en</language>\n  <copyright>Rift Media Group PLC</copyright>\n"
               f"  <pubDate>{rfc822(d(4, 20, 15, 0, o))}</pubDate>")
    return feed("en_ke_rifttimes_africa.rss.xml", rss(channel, rows, sep="\n"), items, lang="en", outlet="Rift Times",
                structure="Nation Africa-style section RSS (nation.africa/kenya/rss.xml): channel 'Section | Outlet', <author> holding the printed byline with 'By ' prefix ('By A and B', 'By AFP', 'By <sister title>'), plain descriptions, '-<7 digit id>' URLs as bare guids, enclosure image with length 0, 'PHOTOS:' gallery, '+0300' dates, Media Group PLC copyright")


# ---------------------------------------------------------------- Jerusalem Post-style
def levantpost():
    rows, items = [], []
    o = 0  # pubDate is labelled GMT; the sidecar takes the feed at its word

    def add(path, title, when, author, desc, cat, exp):
        url = f"https://www.levantpost.com/{path}"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>\n"
                    f"<category>{cat}</category>\n<author>{esc(author)}</author>\n<pubDate>{when.strftime('%a, %d %b %Y %H:%M:%S')} GMT</pubDate>\n</item>")
        items.append(exp(url))

    w = d(4, 21, 5, 0, o)
    add("middle-east/article-880112", "Hezbollah vows response after IDF strike kills commander in Tyre", w, "TZVI LAHAV, REUTERS",
        "<img src='https://images.levantpost.com/image/upload/f_auto,fl_lossy/c_fill,g_faces:center,h_537,w_822/612233' /><br/>The IDF said the commander was responsible for rocket fire on the Galilee.", "Middle East",
        lambda k: it(k, "Hezbollah vows response after IDF strike kills commander in Tyre", w, ["Tzvi Lahav"], note="Upper-case byline with an agency after the comma. [\"Tzvi Lahav\", \"Reuters\"] is also correct"))
    w = d(4, 19, 30, 0, o)
    add("israel-news/politics-and-diplomacy/article-880101", "Sa'ar heads to Berlin as Germany weighs resuming arms exports", w, "NOA BEN-DAVID",
        "<img src='https://images.levantpost.com/image/upload/f_auto,fl_lossy/c_fill,g_faces:center,h_537,w_822/612201' /><br/>Foreign minister to meet Chancellor's foreign policy adviser amid debate in the Bundestag.", "Politics And Diplomacy",
        lambda k: it(k, "Sa'ar heads to Berlin as Germany weighs resuming arms exports", w, ["Noa Ben-David"], note="Upper-case byline. [\"NOA BEN-DAVID\"] is also correct"))
    w = d(4, 17, 0, 0, o)
    add("opinion/article-880080", "Why the Abraham Accords need a Saudi anchor", w, "DAN KEREN",
        "<img src='https://images.levantpost.com/image/upload/f_auto,fl_lossy/c_fill,g_faces:center,h_537,w_822/612190' /><br/>Without Riyadh, normalization stays a club of the already willing.", "Opinion",
        lambda k: it(k, "Why the Abraham Accords need a Saudi anchor", w, ["Dan Keren"], note="Upper-case byline. [\"DAN KEREN\"] is also correct"))
    w = d(4, 14, 40, 0, o)
    add("israel-news/article-880052", "Tel Aviv light rail Purple Line delayed again to 2029", w, "ORI SHAMIR",
        "<img src='https://images.levantpost.com/image/upload/f_auto,fl_lossy/c_fill,g_faces:center,h_537,w_822/612170' /><br/>Transportation Ministry blames contractor disputes.", "Israel News",
        lambda k: it(k, "Tel Aviv light rail Purple Line delayed again to 2029", w, ["Ori Shamir"], rel=False, note="Upper-case byline. [\"ORI SHAMIR\"] is also correct"))
    w = d(4, 12, 15, 0, o)
    add("international/article-880031", "Iran says IAEA inspectors may return to Fordow 'under conditions'", w, "LEVANT POST STAFF",
        "<img src='https://images.levantpost.com/image/upload/f_auto,fl_lossy/c_fill,g_faces:center,h_537,w_822/612150' /><br/>Tehran's statement followed a meeting between its foreign minister and the IAEA chief in Vienna.", "International",
        lambda k: it(k, "Iran says IAEA inspectors may return to Fordow 'under conditions'", w, [], note="Staff credit is not a person."))
    w = d(4, 10, 0, 0, o)
    add("partner-studio/article-880010", "How Israeli start-ups are reinventing desalination", w, "LEVANT POST PARTNER STUDIO",
        "<img src='https://images.levantpost.com/image/upload/f_auto,fl_lossy/c_fill,g_faces:center,h_537,w_822/612120' /><br/>Sponsored content.", "Partner Studio",
        lambda k: it(k, "How Israeli start-ups are reinventing desalination", w, [], story=False, rel=False, note="Sponsored content."))
    channel = ("<title>Levant Post | Breaking News &amp; Analysis</title>\n<link>https://www.levantpost.com</link>\n<description>Levant Post RSS feed</description>\n"
               "<copyright>All rights reserved to The Levant Post Group Ltd. 2026</copyright>\n<language>en-us</language>")
    return feed("en_il_levantpost_front.rss.xml", rss(channel, rows, sep="\n"), items, lang="en", outlet="Levant Post", aliases=["The Levant Post"],
                structure="Jerusalem Post-style front RSS (jpost.com/rss/rssfeedsfrontpage.aspx): no guid (link is the key), <author> in UPPER CASE ('NAME, REUTERS', 'OUTLET STAFF', sponsored 'PARTNER STUDIO' desk), escaped <img src='…'/><br/> leading the description, section as Title Case category, pubDate as 'ddd, dd MMM yyyy HH:mm:ss GMT', sponsored item, a domestic transport story")


# ---------------------------------------------------------------- Times of Malta-style (Atom)
def vallettatimes():
    entries, items = [], []

    def add(path, title, when, author, summary, exp):
        url = f"https://vallettatimes.com.mt/news/world/{path}.html"
        a = f"<author><name>{esc(author)}</name></author>" if author else "<author><name></name></author>"
        entries.append(f"  <entry>\n    <title type=\"html\">{esc(title)}</title>\n    <link rel=\"alternate\" href=\"{url}\"/>\n    <id>{url}</id>\n    {a}\n"
                       f"    <published>{when.isoformat()}</published>\n    <updated>{when.isoformat()}</updated>\n    <summary type=\"html\">{esc(summary)}</summary>\n  </entry>")
        items.append(exp(url))

    o = 1
    w = d(4, 20, 44, 0, o)
    add("libya-coastguard-intercepts-boat-bound-for-malta.1120443", "Libya coastguard intercepts boat bound for Malta with 60 on board", w, "AFP",
        "<p>NGO says rescue centre in Valletta was not informed.</p>",
        lambda k: it(k, "Libya coastguard intercepts boat bound for Malta with 60 on board", w, ["AFP"], note="Agency as the only credit. [] is also correct"))
    w = d(4, 18, 5, 0, o)
    add("italy-meloni-albania-centres-court-ruling.1120420", "Italian court deals new blow to Albania migrant centres", w, "Reuters",
        "<p>Judges refer detention orders to EU Court of Justice.</p>",
        lambda k: it(k, "Italian court deals new blow to Albania migrant centres", w, ["Reuters"], note="Agency as the only credit. [] is also correct"))
    w = d(4, 16, 30, 0, o)
    add("watch-cyprus-wildfire-forces-evacuation-of-villages.1120401", "Watch: Cyprus wildfire forces evacuation of villages", w, "",
        "<p>Video shows flames near Limassol.</p>",
        lambda k: it(k, "Watch: Cyprus wildfire forces evacuation of villages", w, [], story=False, rel=False, note="Video. Title label 'Watch:' may be kept or dropped"))
    w = d(4, 13, 12, 0, o)
    add("un-general-assembly-votes-on-gaza-resolution.1120377", "UN General Assembly backs Gaza ceasefire resolution, Malta among co-sponsors", w, "Kurt Sammut",
        "<p>Foreign minister says vote shows 'the Mediterranean speaks with one voice'.</p>",
        lambda k: it(k, "UN General Assembly backs Gaza ceasefire resolution, Malta among co-sponsors", w, ["Kurt Sammut"]))
    w = d(4, 10, 50, 0, o)
    add("germany-coalition-agrees-on-conscription-model.1120350", "German coalition agrees on new military service model", w, "AP",
        "<p>All 18-year-old men to fill in questionnaire from next year.</p>",
        lambda k: it(k, "German coalition agrees on new military service model", w, ["AP"], note="Agency as the only credit. [] is also correct"))
    w = d(4, 8, 20, 0, o)
    add("pope-leo-to-visit-lebanon-and-turkey.1120331", "Pope to visit Lebanon and Turkey in spring", w, "Reuters",
        "<p>Vatican confirms trip to mark Nicaea anniversary.</p>",
        lambda k: it(k, "Pope to visit Lebanon and Turkey in spring", w, ["Reuters"], note="Agency as the only credit. [] is also correct"))
    head = ("  <title>Valletta Times - World</title>\n  <link rel=\"alternate\" href=\"https://vallettatimes.com.mt/news/world\"/>\n  <link rel=\"self\" href=\"https://vallettatimes.com.mt/rss/world\"/>\n"
            f"  <id>https://vallettatimes.com.mt/rss/world</id>\n  <updated>{d(4, 20, 45, 0, o).isoformat()}</updated>\n  <rights>Valletta Times Media Ltd</rights>")
    return feed("en_mt_vallettatimes_world.atom.xml", atom(head, entries), items, lang="en", outlet="Valletta Times", shape="atom", ctype="application/atom+xml; charset=utf-8",
                structure="Times of Malta-style Atom world feed: '.<7 digit id>.html' links as ids, mostly agency authors (AFP/Reuters/AP) and empty <name></name> on videos, one-line escaped <p> summaries, 'Watch:' video titles, +01:00 published/updated, Ltd rights line")


# ---------------------------------------------------------------- Korea Herald-style
def hanriver():
    rows, items = [], []
    o = 9

    def add(nid, title, when, author, desc, exp):
        url = f"https://www.hanriverherald.com/article/{nid}"
        rows.append(f"<item>\n<title><![CDATA[{title}]]></title>\n<link>{url}</link>\n<description><![CDATA[{desc}]]></description>\n"
                    f"<author><![CDATA[{author}]]></author>\n<pubDate>{when.strftime('%Y-%m-%d %H:%M:%S')}</pubDate>\n<guid>{url}</guid>\n</item>")
        items.append(exp(url))

    w = d(4, 17, 48, 0, o)
    add("10631122", "N. Korea fires ballistic missile into East Sea ahead of US-S. Korea drills", w, "Kim Yeon-ji",
        "North Korea fired a short-range ballistic missile into the East Sea on Friday, the Joint Chiefs of Staff said, days before the allies begin their winter exercise.",
        lambda k: it(k, "N. Korea fires ballistic missile into East Sea ahead of US-S. Korea drills", w, ["Kim Yeon-ji"], note="Dates without zone (KST)."))
    w = d(4, 16, 20, 0, o)
    add("10631098", "[Newsmaker] Seoul, Tokyo agree on shuttle diplomacy schedule for 2027", w, "Park Min-soo",
        "Foreign ministers of South Korea and Japan agreed to hold summits every six months.",
        lambda k: it(k, "Seoul, Tokyo agree on shuttle diplomacy schedule for 2027", w, ["Park Min-soo"], note="Title label '[Newsmaker]' may be kept or dropped"))
    w = d(4, 14, 2, 0, o)
    add("10631040", "[Herald Interview] 'Middle powers must write the rules now': Canadian envoy", w, "Lee Ji-hoon",
        "Canada's ambassador to Seoul on critical minerals, the Indo-Pacific and trade.",
        lambda k: it(k, "'Middle powers must write the rules now': Canadian envoy", w, ["Lee Ji-hoon"], note="Title label '[Herald Interview]' may be kept or dropped"))
    w = d(4, 11, 30, 0, o)
    add("10630995", "[Photo News] First snow blankets Gyeongbokgung", w, "Yonhap",
        "Visitors walk through Gyeongbokgung Palace in central Seoul on Friday.",
        lambda k: it(k, "First snow blankets Gyeongbokgung", w, [], story=False, rel=False, note="Photo caption item. Title label '[Photo News]' may be kept or dropped"))
    w = d(4, 9, 15, 0, o)
    add("10630960", "China, S. Korea agree to resume fishing talks after 3-year pause", w, "Yonhap",
        "The two countries will hold working-level talks on illegal fishing in the Yellow Sea in January.",
        lambda k: it(k, "China, S. Korea agree to resume fishing talks after 3-year pause", w, ["Yonhap"], note="Agency as the only credit. [] is also correct"))
    w = d(3, 22, 0, 0, o)
    add("10630902", "[Editorial] Trade deal needs Assembly scrutiny", w, "The Han River Herald",
        "The government should submit the tariff agreement with Washington to lawmakers rather than treat it as an executive memorandum.",
        lambda k: it(k, "Trade deal needs Assembly scrutiny", w, [], note="Editorial credited to the paper. Title label '[Editorial]' may be kept or dropped"))
    channel = ("<title><![CDATA[The Han River Herald : World]]></title>\n<link>https://www.hanriverherald.com</link>\n<description><![CDATA[The Han River Herald]]></description>\n"
               "<language>ko</language>\n<copyright>Han River Media Corp.</copyright>")
    return feed("en_kr_hanriverherald_world.rss.xml", rss(channel, rows, sep="\n"), items, lang="en", outlet="The Han River Herald",
                structure="Korea Herald-style RSS: channel 'Outlet : Section' in CDATA, <language>ko</language> on an English feed, '[Newsmaker]', '[Herald Interview]', '[Photo News]', '[Editorial]' bracket kickers, CDATA <author> holding a person, Yonhap or the paper, pubDate as 'YYYY-MM-DD HH:MM:SS' without zone (Korea time), numeric article-id links as bare guids")


# ---------------------------------------------------------------- Engadget-style (Yahoo CMS)
def gadgetry():
    rows, items = [], []

    def add(slug, title, when, creator, desc, cats, exp):
        url = f"https://www.gadgetrydaily.com/{slug}.html?src=rss"
        gid = f"gadgetry-{slug[-9:]}"
        cat = "".join(f"<category>{c}</category>" for c in cats)
        rows.append(f"<item><title><![CDATA[{title}]]></title><description><![CDATA[<p>{desc}</p>This article originally appeared on Gadgetry Daily at https://www.gadgetrydaily.com/{slug}.html?src=rss]]></description>"
                    f"<link>{url}</link><guid isPermaLink=\"false\">{gid}</guid><dc:creator><![CDATA[{creator}]]></dc:creator><pubDate>{rfc822(when, gmt=True)}</pubDate>{cat}"
                    f"<media:content height=\"675\" width=\"1200\" url=\"https://s.gadgetrycdn.com/images/2026-12/{slug[-9:]}\" type=\"image/jpeg\"/></item>")
        items.append(exp(gid))

    w = d(4, 19, 30, 0)
    add("gaming/the-best-holiday-gaming-deals-we-found-this-week-193000123", "The best holiday gaming deals we found this week", w, "Jeff Kowalczyk",
        "Discounts on consoles, controllers and a handheld we like.", ["Gaming", "Deals"],
        lambda k: it(k, "The best holiday gaming deals we found this week", w, ["Jeff Kowalczyk"], story=False, rel=False, junk=["originally appeared on"], note="Shopping deals roundup."))
    w = d(4, 17, 12, 0)
    add("big-tech/eu-fines-cloud-giant-over-data-transfers-to-the-us-171200456", "EU fines cloud giant €480 million over data transfers to the US", w, "Mariella Osei",
        "The Irish regulator says the company kept moving European users' data after the court ruling.", ["Big Tech", "Politics"],
        lambda k: it(k, "EU fines cloud giant €480 million over data transfers to the US", w, ["Mariella Osei"], rel=True, junk=["originally appeared on"], note="EU-US data dispute; international regulation."))
    w = d(4, 15, 0, 0)
    add("mobile/this-foldable-has-a-hinge-you-can-repair-yourself-150000789", "This foldable has a hinge you can repair yourself", w, "Sam Okafor",
        "The company will sell replacement parts and publish guides.", ["Mobile"],
        lambda k: it(k, "This foldable has a hinge you can repair yourself", w, ["Sam Okafor"], rel=False, junk=["originally appeared on"]))
    w = d(4, 13, 45, 0)
    add("big-tech/us-expands-chip-export-curbs-to-southeast-asian-data-centers-134500321", "US expands chip export curbs to Southeast Asian data centers", w, "Mariella Osei",
        "Commerce officials say advanced accelerators were being re-exported to China through Malaysia and Thailand.", ["Big Tech", "Politics"],
        lambda k: it(k, "US expands chip export curbs to Southeast Asian data centers", w, ["Mariella Osei"], junk=["originally appeared on"]))
    w = d(4, 11, 2, 0)
    add("science/a-startup-wants-to-beam-solar-power-from-orbit-by-2030-110200654", "A startup wants to beam solar power from orbit by 2030", w, "Dana Whitlock",
        "It plans a first demonstration satellite next year.", ["Science", "Space"],
        lambda k: it(k, "A startup wants to beam solar power from orbit by 2030", w, ["Dana Whitlock"], rel=False, junk=["originally appeared on"]))
    w = d(4, 9, 0, 0)
    add("entertainment/watch-the-first-trailer-for-the-next-space-opera-series-090000987", "Watch the first trailer for the next space opera series", w, "Jeff Kowalczyk",
        "The show arrives on streaming in March.", ["Entertainment"],
        lambda k: it(k, "Watch the first trailer for the next space opera series", w, ["Jeff Kowalczyk"], story=False, rel=False, junk=["originally appeared on"], note="Trailer post."))
    channel = ("<title>Gadgetry Daily covers new gadgets, consumer electronics and the companies behind them, every day</title>"
               "<link>https://www.gadgetrydaily.com/</link><description>Gadgetry Daily covers new gadgets, consumer electronics and the companies behind them, every day</description>"
               f"<language>en-US</language><copyright>Copyright 2026 Gadgetry Media, Inc. All rights reserved.</copyright><lastBuildDate>{rfc822(d(4, 19, 31, 0), gmt=True)}</lastBuildDate>")
    return feed("en_tech_gadgetrydaily_rss.rss.xml", rss(channel, rows, ns=NS_DC + NS_MEDIA, sep=""), items, lang="en", outlet="Gadgetry Daily", topic="tech",
                structure="Engadget-style RSS (engadget.com/rss.xml): single line, channel title is the whole tagline sentence, CDATA descriptions ending with 'This article originally appeared on Outlet at <url>', '?src=rss' links, opaque non-permalink guids, CDATA dc:creator, several categories, media:content image, deals and trailer posts, GMT dates")


# ---------------------------------------------------------------- Scientific American-style
def sciamerica():
    rows, items = [], []

    def add(slug, title, when, creators, desc, exp):
        url = f"https://www.scienceatlas.com/article/{slug}/"
        cr = "".join(f"<dc:creator>{esc(c)}</dc:creator>" for c in creators)
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <guid isPermaLink=\"false\">{slug}</guid>\n    {cr}\n"
                    f"    <description>{esc(desc)}</description>\n    <dc:date>{when.isoformat().replace('+00:00', 'Z')}</dc:date>\n  </item>")
        items.append(exp(slug))

    w = d(4, 16, 0, 0)
    add("arctic-sea-ice-hits-record-december-low", "Arctic Sea Ice Hits a Record December Low", w, ["Rowan Fiske"],
        "Scientists say warm Atlantic water is eating away at the ice from below",
        lambda k: it(k, "Arctic Sea Ice Hits a Record December Low", w, ["Rowan Fiske"], rel=False))
    w = d(4, 13, 30, 0)
    add("un-plastics-treaty-talks-collapse-what-comes-next", "Plastics Treaty Talks Collapsed Again. What Comes Next?", w, ["Hana Yoshikawa"],
        "Negotiators from 170 countries left Geneva without a deal. Some now want a smaller coalition treaty",
        lambda k: it(k, "Plastics Treaty Talks Collapsed Again. What Comes Next?", w, ["Hana Yoshikawa"], note="International treaty negotiation: relevant."))
    w = d(4, 11, 0, 0)
    add("how-octopuses-taste-with-their-arms", "How Octopuses Taste with Their Arms", w, ["Leo Brandt", "Amara Nwosu"],
        "Receptors in the suckers let the animals decide what to grab",
        lambda k: it(k, "How Octopuses Taste with Their Arms", w, ["Leo Brandt", "Amara Nwosu"], rel=False))
    w = d(3, 20, 15, 0)
    add("science-quickly-why-winter-makes-you-sleepy", "Why Winter Makes You Sleepy", w, ["Rachel Ibanez", "Toby Marsh"],
        "On today's episode of Science Minute, we explain the biology of seasonal sleepiness",
        lambda k: it(k, "Why Winter Makes You Sleepy", w, ["Rachel Ibanez", "Toby Marsh"], story=False, rel=False, note="Podcast episode."))
    w = d(3, 17, 40, 0)
    add("measles-returns-to-countries-that-had-eliminated-it", "Measles Returns to Countries That Had Eliminated It", w, ["Priya Raman"],
        "WHO data show outbreaks in 12 countries that had been declared measles-free",
        lambda k: it(k, "Measles Returns to Countries That Had Eliminated It", w, ["Priya Raman"], rel=False))
    w = d(3, 14, 0, 0)
    add("math-puzzle-the-three-hat-problem", "Math Puzzle: The Three-Hat Problem", w, ["Gil Aronson"],
        "Can you work out which hat you are wearing?",
        lambda k: it(k, "Math Puzzle: The Three-Hat Problem", w, ["Gil Aronson"], story=False, rel=False, note="Puzzle/game item."))
    channel = ("<title>Science Atlas</title>\n  <link>https://www.scienceatlas.com</link>\n  <description>Science Atlas reports on discoveries in science, health and the environment</description>\n  <language>en-US</language>")
    return feed("en_science_scienceatlas_global.rss.xml", rss(channel, rows, ns=NS_DC, sep="\n  "), items, lang="en", outlet="Science Atlas", topic="science",
                structure="Scientific American-style global RSS: Title Case headlines, slug as non-permalink guid, one dc:creator per author, plain one-sentence descriptions without final full stop, dc:date ISO stamps with Z and no pubDate, a 'Science Minute' podcast episode and a puzzle item")


# ---------------------------------------------------------------- broken: windows-1252 bytes declared UTF-8
def islandvoice():
    rows, items = [], []
    o = -5

    def add(nid, title, when, author, desc, exp):
        url = f"http://www.islandvoice.com.jm/news/{nid}"
        rows.append(f"<item>\r\n<title>{esc(title)}</title>\r\n<link>{url}</link>\r\n<description>{esc(desc)}</description>\r\n"
                    f"<author>{esc(author)}</author>\r\n<pubDate>{rfc822(when)}</pubDate>\r\n<guid>{url}</guid>\r\n</item>")
        items.append(exp(url))

    w = d(4, 18, 20, 0, o)
    add("20261204/caricom-leaders-press-us-over-deportation-flights", "Caricom leaders press US over deportation flights", w, "Nadine Brissett",
        "Heads of government say the region’s “capacity to absorb” returnees is stretched.",
        lambda k: it(k, "Caricom leaders press US over deportation flights", w, ["Nadine Brissett"]))
    w = d(4, 15, 5, 0, o)
    add("20261204/haiti-transition-council-names-new-prime-minister", "Haiti’s transition council names new prime minister", w, "Associated Press",
        "The council’s choice – a former central bank governor – must still be confirmed.",
        lambda k: it(k, "Haiti’s transition council names new prime minister", w, ["Associated Press"], note="Agency as the only credit. [] is also correct"))
    w = d(4, 12, 40, 0, o)
    add("20261204/venezuela-guyana-essequibo-icj-hearing", "Guyana, Venezuela trade barbs as ICJ hears Essequibo case", w, "Reuters",
        "Caracas called the court’s jurisdiction “null” while Georgetown said it would respect the ruling.",
        lambda k: it(k, "Guyana, Venezuela trade barbs as ICJ hears Essequibo case", w, ["Reuters"], note="Agency as the only credit. [] is also correct"))
    w = d(4, 10, 0, 0, o)
    add("20261204/reggae-boyz-name-squad-for-gold-cup-qualifier", "Reggae Boyz name squad for Gold Cup qualifier", w, "Andre Pinnock",
        "Head coach says the team’s “best days are ahead”.",
        lambda k: it(k, "Reggae Boyz name squad for Gold Cup qualifier", w, ["Andre Pinnock"], rel=False))
    w = d(4, 8, 15, 0, o)
    add("20261204/cuba-blackout-enters-third-day", "Cuba blackout enters third day as grid fails again", w, "Agence France-Presse",
        "Havana’s residents queue for water; officials blame US sanctions for fuel shortages.",
        lambda k: it(k, "Cuba blackout enters third day as grid fails again", w, ["Agence France-Presse"], note="Agency as the only credit. [] is also correct"))
    w = d(3, 21, 30, 0, o)
    add("20261203/editorial-the-region-needs-a-migration-compact", "EDITORIAL: The region needs a migration compact", w, "",
        "Caricom’s free-movement regime was not designed for today’s flows – it’s time for a rethink.",
        lambda k: it(k, "EDITORIAL: The region needs a migration compact", w, [], note="Unsigned editorial. Title label 'EDITORIAL:' may be kept or dropped"))
    channel = ("<title>The Island Voice - News</title>\r\n<link>http://www.islandvoice.com.jm</link>\r\n<description>News from The Island Voice – Jamaica’s voice since 1921</description>\r\n"
               "<language>en-us</language>\r\n<copyright>© 2026 Island Voice Co. Ltd.</copyright>")
    return feed("en_jm_islandvoice_news_cp1252_as_utf8.rss.xml", rss(channel, rows, decl="utf-8", sep="\r\n"), items, lang="en", outlet="The Island Voice", encoding="cp1252", declared="utf-8",
                ctype="application/rss+xml; charset=utf-8", acceptable=("decoded", "refused"),
                notes="Broken: the bytes are windows-1252 (curly quotes, en dash, © as single bytes) but both the XML declaration and the HTTP header say UTF-8. Decoding as windows-1252 (titles with ’ intact) is good; a clear refusal is acceptable; U+FFFD or mojibake in titles is a defect.",
                structure="Old Caribbean newspaper CMS RSS: CRLF line ends, windows-1252 bytes under an UTF-8 declaration and header, <author> with person or agency, http:// links as bare guids, -0500 dates, 'EDITORIAL:' title kicker")


# ---------------------------------------------------------------- odd: UTF-8 with BOM, declared ISO-8859-1, served without charset
def balkanwire():
    rows, items = [], []
    o = 1

    def add(nid, title, when, creator, desc, exp):
        url = f"https://balkanwire.rs/en/news/{nid}"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid><dc:creator>{esc(creator)}</dc:creator>"
                    f"<pubDate>{rfc822(when)}</pubDate><description>{esc(desc)}</description></item>")
        items.append(exp(url))

    w = d(4, 19, 0, 0, o)
    add("3901", "Serbia’s Vučić says Belgrade will not join EU sanctions on Russia", w, "Jelena Đorđević",
        "Vučić told reporters in Niš that “Serbia’s position is unchanged”.",
        lambda k: it(k, "Serbia’s Vučić says Belgrade will not join EU sanctions on Russia", w, ["Jelena Đorđević"]))
    w = d(4, 16, 45, 0, o)
    add("3898", "Kosovo and Serbia negotiators meet in Brussels on energy deal", w, "Arbër Krasniqi",
        "The EU’s envoy said the talks in Brussels were “constructive but difficult”.",
        lambda k: it(k, "Kosovo and Serbia negotiators meet in Brussels on energy deal", w, ["Arbër Krasniqi"]))
    w = d(4, 14, 10, 0, o)
    add("3894", "Croatia’s Plenković hosts Three Seas summit in Dubrovnik", w, "Ivana Šimić",
        "Leaders discussed the LNG terminal on Krk and north-south rail links.",
        lambda k: it(k, "Croatia’s Plenković hosts Three Seas summit in Dubrovnik", w, ["Ivana Šimić"]))
    w = d(4, 11, 30, 0, o)
    add("3890", "Bosnia’s Republika Srpska sets date for referendum on state court", w, "Emir Hadžić",
        "The High Representative warned the vote would breach the Dayton accords.",
        lambda k: it(k, "Bosnia’s Republika Srpska sets date for referendum on state court", w, ["Emir Hadžić"]))
    w = d(4, 9, 5, 0, o)
    add("3886", "Novi Sad: thousands march on anniversary of canopy collapse", w, "Jelena Đorđević",
        "Students led the march through Novi Sad for the third time this year.",
        lambda k: it(k, "Novi Sad: thousands march on anniversary of canopy collapse", w, ["Jelena Đorđević"], rel=False, note="Domestic protest."))
    w = d(3, 20, 20, 0, o)
    add("3881", "Montenegro closes EU accession chapter on judiciary", w, "Balkan Wire",
        "Podgorica becomes the first candidate to close chapter 23 provisionally.",
        lambda k: it(k, "Montenegro closes EU accession chapter on judiciary", w, [], note="Brand as the only credit. [\"Balkan Wire\"] is also correct"))
    channel = (f"<title>Balkan Wire – English</title><link>https://balkanwire.rs/en</link><description>Independent regional news agency</description><language>en</language>"
               f"<lastBuildDate>{rfc822(d(4, 19, 5, 0, o))}</lastBuildDate>")
    text = "\ufeff" + rss(channel, rows, ns=NS_DC, decl="ISO-8859-1", sep="")
    return feed("en_rs_balkanwire_bom_vs_latin1.rss.xml", text, items, lang="en", outlet="Balkan Wire", encoding="utf-8", declared="ISO-8859-1",
                ctype="text/xml", acceptable=("decoded", "refused"),
                notes="Odd: UTF-8 bytes with a byte-order mark, but the XML declaration says ISO-8859-1 and the HTTP header has no charset. The BOM wins: names like Vučić, Đorđević, Šimić must come out intact; Latin-1 mojibake (Ä, Å) is a defect; refusal is acceptable but poor.",
                structure="Regional agency's English RSS from a custom PHP CMS: single line, UTF-8 BOM contradicting an ISO-8859-1 declaration, text/xml without charset, dc:creator with South Slavic diacritics, curly quotes in descriptions, +0100 dates")


FEEDS = [siamcourier, gulfherald, archipelago, dniproledger, rifttimes, levantpost, vallettatimes, hanriver, gadgetry, sciamerica, islandvoice, balkanwire]
