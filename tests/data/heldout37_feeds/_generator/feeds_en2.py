# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the thirty-seventh held-out set (part 2: a Delhi daily on Sitecore, a Karachi
daily on a custom Django site, a Melbourne daily on Escenic, a Toronto national daily on a
Bridgetower-hosted .NET CMS). All outlets, people and quotations are invented."""
from datetime import UTC

from h37 import cd, d, esc, feed, it, ordered, q, rfc822, ri

LBL = "Title label '{}' may be kept or dropped."


# ---------------------------------------------------------------- Delhi daily on Sitecore
def yamuna():
    base = "https://www.yamunachronicle.example"
    rows, items = [], []

    def add(aid, slug, title, w, author, body, exp, img=None):
        link = f"{base}/world-news/{slug}-{aid}.html"
        enc = f'    <enclosure url="{base}/-/media/images/{w:%Y/%m/%d}/{aid}.jpg" type="image/jpeg" length="0" />\n' if img else ""
        a = f"    <author>{esc(author)}</author>\n" if author is not None else ""
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{link}</link>\n    <guid isPermaLink=\"false\">{{{aid}}}</guid>\n{a}    <pubDate>{rfc822(w)}</pubDate>\n{enc}    <description>{cd(body)}</description>\n  </item>")
        items.append(exp("{" + aid + "}"))

    w = d(2021, 8, 17, 21, 5, 0, 5.5)
    add("5D2A7F10-3B1C-4E55-9A21-0F7C2D6B9E41", "india-evacuates-embassy-staff-from-kabul", "India evacuates embassy staff from Kabul on IAF flight as Taliban take control", w, "Aditi Rastogi",
        "<p>New Delhi: An Indian Air Force C-17 carrying about 120 officials of the Indian embassy in Kabul landed at Jamnagar on Tuesday, the external affairs ministry said.</p><p>\"Our priority now is the safety of Indian nationals still in Afghanistan,\" said Vikram Sehgal, a joint secretary in the ministry.</p><p><strong>Also Read:</strong> Kabul airport chaos: what we know so far</p>",
        lambda k: it(k, "India evacuates embassy staff from Kabul on IAF flight as Taliban take control", w, ["Aditi Rastogi"], quotes=[q("Vikram Sehgal", "external affairs ministry")], junk=["Also Read:", "Kabul airport chaos"],
                     note="Sitecore: braced GUID guids, '-/media/' enclosures with length 0, CDATA HTML description with an 'Also Read:' line. India's own foreign policy/evacuation abroad: relevant."), img=True)
    w = d(2021, 8, 17, 15, 40, 0, 5.5)
    add("A0E4C2B7-77D1-4F0A-8C3E-5B19D2F4A6C3", "taliban-first-press-conference", "Taliban hold first news conference in Kabul, promise amnesty", w, "Agencies",
        "<p>Kabul: The Taliban said on Tuesday they would not seek revenge against former soldiers and officials, at their first news conference since taking the capital.</p>",
        lambda k: it(k, "Taliban hold first news conference in Kabul, promise amnesty", w, [], note="'Agencies' is not a person."), img=True)
    w = d(2021, 8, 17, 10, 0, 0, 5.5)
    add("C7F1E2D3-1A2B-4C5D-8E9F-001122334455", "haiti-earthquake-death-toll-rises", "Haiti earthquake death toll rises to nearly 1,300; storm threatens relief effort", w, "YC Correspondent with inputs from Reuters",
        "<p>Rescuers in south-western Haiti dug through collapsed buildings as Tropical Storm Grace approached.</p><p>\"We have no tents, no water, nothing,\" said Marie-Claude Pierre, a teacher in Les Cayes.</p>",
        lambda k: it(k, "Haiti earthquake death toll rises to nearly 1,300; storm threatens relief effort", w, [], quotes=[q("Marie-Claude Pierre")], note="Desk byline with 'with inputs from Reuters': no person."))
    w = d(2021, 8, 16, 22, 30, 0, 5.5)
    add("E1D2C3B4-A5F6-4789-90AB-CDEF01234567", "opinion-afghanistan-fall-what-it-means-for-delhi", "Opinion | Kabul's fall leaves New Delhi with few good options", w, "Rohan Malhotra-Iyer",
        "<p>India invested $3 billion in Afghanistan's roads, dams and parliament. That influence has gone in a weekend. <em>(The writer is a former ambassador. Views are personal.)</em></p>",
        lambda k: it(k, "Opinion | Kabul's fall leaves New Delhi with few good options", w, ["Rohan Malhotra-Iyer"], junk=["Views are personal", "The writer is a former ambassador"], note="Opinion; writer's disclaimer line is not the summary. " + LBL.format("Opinion |")))
    w = d(2021, 8, 16, 18, 0, 0, 5.5)
    add("F9E8D7C6-B5A4-4321-8765-43210FEDCBA9", "independence-day-red-fort-speech-highlights", "Independence Day 2021: key announcements from the Red Fort speech", w, "",
        "<p>The Prime Minister announced a national hydrogen mission and a Rs 100 lakh crore infrastructure plan.</p>",
        lambda k: it(k, "Independence Day 2021: key announcements from the Red Fort speech", w, [], rel=False, note="Empty <author/>. Indian home politics in the world feed: not relevant."))
    w = d(2021, 8, 16, 12, 0, 0, 5.5)
    add("0A1B2C3D-4E5F-4A6B-8C7D-8E9F0A1B2C3D", "watch-kabul-airport-crowds-on-runway", "Watch: Crowds run alongside US military plane on Kabul airport runway", w, "YC Video Team",
        "<p>Video shows hundreds of people on the tarmac at Hamid Karzai International Airport.</p>",
        lambda k: it(k, "Watch: Crowds run alongside US military plane on Kabul airport runway", w, [], story=False, rel=False, note="Video. " + LBL.format("Watch:")), img=True)
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n  <title>World News - The Yamuna Chronicle</title>\n  <link>' + base + '/world-news</link>\n'
            '  <description>Latest world news from The Yamuna Chronicle</description>\n  <language>en-in</language>\n  <copyright>Copyright © Yamuna Media Ltd</copyright>\n'
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_in_yamunachronicle_world_sitecore.rss.xml", text, items, lang="en", outlet="The Yamuna Chronicle", structure="Sitecore RSS (braced GUIDs, -/media/ enclosures)",
                notes="Delhi daily, August 2021. Home country India.")


# ---------------------------------------------------------------- Karachi daily on a custom Django site
def clifton():
    base = "https://www.cliftonobserver.example"
    rows, items = [], []

    def add(nid, slug, title, w, author, body, exp):
        link = f"{base}/news/{nid}/{slug}"
        rows.append(f"<item><title>{esc(title)}</title><link>{link}</link><description>{esc(body)}</description>"
                    + (f"<dc:creator xmlns:dc=\"http://purl.org/dc/elements/1.1/\">{esc(author)}</dc:creator>" if author else "")
                    + f"<pubDate>{rfc822(w.astimezone(UTC))}</pubDate><guid>{link}</guid></item>")
        items.append(exp(link))

    w = d(2017, 11, 26, 17, 20, 0, 5)
    add(1373312, "saudi-led-coalition-eases-yemen-blockade", "Saudi-led coalition eases Yemen blockade, aid ships reach Hodeidah", w, "Reuters",
        '<p>DUBAI: The first aid ships in three weeks docked at Yemen\'s Hodeidah port on Sunday after the Saudi-led coalition eased its blockade.</p>',
        lambda k: it(k, "Saudi-led coalition eases Yemen blockade, aid ships reach Hodeidah", w, [], note="Custom Django (django.contrib.syndication): one line per item, dc:creator namespace declared on the element, UTC +0000 pubDates (newsroom +0500)."))
    w = d(2017, 11, 26, 12, 0, 0, 5)
    add(1373290, "zimbabwe-new-president-sworn-in", "Zimbabwe's new president sworn in, promises jobs and 'a new democracy'", w, "AFP",
        '<p>HARARE: Zimbabwe swore in its new president on Friday in front of tens of thousands at the national stadium.</p><p>"We want to see the shops full again," said Tendai Moyo, a street vendor outside the stadium.</p>',
        lambda k: it(k, "Zimbabwe's new president sworn in, promises jobs and 'a new democracy'", w, [], quotes=[q("Tendai Moyo")], note="Agency 'AFP': no person."))
    w = d(2017, 11, 25, 22, 0, 0, 5)
    add(1373201, "faizabad-interchange-sit-in-operation", "Operation against Faizabad sit-in leaves six dead, scores injured", w, "Our Staff Reporter",
        '<p>ISLAMABAD: Six people were killed as police and FC personnel tried to clear the three-week sit-in at the Faizabad Interchange.</p>',
        lambda k: it(k, "Operation against Faizabad sit-in leaves six dead, scores injured", w, [], rel=False, note="'Our Staff Reporter' is a credit. Pakistani home news in the international section: not relevant."))
    w = d(2017, 11, 25, 16, 30, 0, 5)
    add(1373180, "myanmar-bangladesh-rohingya-return-deal", "Myanmar, Bangladesh sign deal on return of Rohingya refugees", w, "Shahida Qureshi | Agencies",
        '<p>DHAKA: Bangladesh and Myanmar signed an agreement on the return of hundreds of thousands of Rohingya refugees, but aid groups said conditions were not in place.</p><p>"No one will go back to burnt villages," said Mohammad Yunus Arakani, a community leader in Kutupalong camp.</p><p><em>Published in The Clifton Observer, November 25th, 2017</em></p>',
        lambda k: it(k, "Myanmar, Bangladesh sign deal on return of Rohingya refugees", w, ["Shahida Qureshi"], quotes=[q("Mohammad Yunus Arakani")], junk=["Published in The Clifton Observer"],
                     note="Byline 'Name | Agencies'; the print-edition line at the end is not the summary."))
    w = d(2017, 11, 25, 9, 0, 0, 5)
    add(1373120, "editorial-lebanon-crisis", "Editorial: Lebanon's strange crisis", w, "",
        '<p>THE sudden resignation, announced from Riyadh, and the equally sudden return of Lebanon\'s prime minister show how the region\'s rivalries play out in Beirut.</p>',
        lambda k: it(k, "Editorial: Lebanon's strange crisis", w, [], note="Unsigned editorial on a foreign crisis: a story, relevant. " + LBL.format("Editorial:")))
    w = d(2017, 11, 24, 19, 0, 0, 5)
    add(1373055, "in-pictures-egypt-mosque-attack", "In pictures: Mourning in Sinai after mosque attack", w, "",
        '<p>Photos from Bir al-Abed.</p>',
        lambda k: it(k, "In pictures: Mourning in Sinai after mosque attack", w, [], story=False, rel=False, note="Gallery. " + LBL.format("In pictures:")))
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>The Clifton Observer - World</title>'
            f'<link>{base}/world</link><description>World news from The Clifton Observer</description><atom:link href="{base}/feeds/world/" rel="self"></atom:link><language>en-us</language>'
            f"<lastBuildDate>{rfc822(d(2017, 11, 26, 12, 20, 0, 0))}</lastBuildDate>" + "".join(rows) + "</channel></rss>")
    return feed("en_pk_cliftonobserver_world_django.rss.xml", text, items, lang="en", outlet="The Clifton Observer", structure="django.contrib.syndication Rss201rev2Feed (single line, en-us default language)",
                notes="Karachi daily, November 2017. Home country Pakistan; language en-us is the Django default.")


# ---------------------------------------------------------------- Melbourne daily on Escenic
def yarra():
    base = "https://www.yarraargus.example"
    rows, items = [], []

    def add(aid, sec, slug, title, w, author, body, exp):
        link = f"{base}/{sec}/{slug}/article{aid}.ece"
        a = f"      <dc:creator>{esc(author)}</dc:creator>\n" if author else ""
        rows.append(ri(esc(title), link, link, rfc822(w), esc(body), extra=a, ind="    "))
        items.append(exp(link))

    w = d(2023, 2, 8, 7, 30, 0, 11)
    add(1120448, "world/europe", "turkey-syria-earthquake-australians-missing", "Australians among missing as Turkey-Syria quake toll passes 11,000", w, "Harriet Beaumont-Kelly and Stefanos Papadakis",
        "<p>At least three Australians are unaccounted for after Monday's earthquakes in southern Turkey, DFAT said.</p><p>\"Every hour matters now,\" said Dr Elif Aydın-Murray, a Melbourne-based emergency physician who flew to Gaziantep with a volunteer team.</p>",
        lambda k: it(k, "Australians among missing as Turkey-Syria quake toll passes 11,000", w, ["Harriet Beaumont-Kelly", "Stefanos Papadakis"], quotes=[q("Elif Aydın-Murray")],
                     note="Escenic 'article<id>.ece' links as guids; two authors joined with 'and'. World disaster: relevant."))
    w = d(2023, 2, 8, 5, 0, 0, 11)
    add(1120431, "world/asia", "china-balloon-shot-down-explainer", "The balloon, the jets and the diplomatic fallout: what we know", w, "Lachlan Ferreira",
        "<p>A Chinese balloon crossed the continental US before an F-22 brought it down off South Carolina.</p>",
        lambda k: it(k, "The balloon, the jets and the diplomatic fallout: what we know", w, ["Lachlan Ferreira"], note="Explainer."))
    w = d(2023, 2, 7, 21, 10, 0, 11)
    add(1120402, "politics/federal", "rba-lifts-rates-ninth-time", "RBA lifts cash rate for ninth straight meeting", w, "Georgia Nakamura-Doyle, Economics correspondent",
        "<p>The Reserve Bank raised the cash rate to 3.35 per cent.</p>",
        lambda k: it(k, "RBA lifts cash rate for ninth straight meeting", w, ["Georgia Nakamura-Doyle"], rel=False, note="Australian economy: home news, not relevant. Job title after comma."))
    w = d(2023, 2, 7, 16, 0, 0, 11)
    add(1120377, "world/north-america", "us-state-of-the-union-what-to-watch", "State of the Union: five things to watch", w, "Bridie O'Halloran, North America correspondent",
        "<p>WASHINGTON: The US President delivers his address to a divided Congress.</p><p>\"Expect a pitch to the middle,\" said Carmen Delgado-Ruiz of the Potomac Policy Forum.</p>",
        lambda k: it(k, "State of the Union: five things to watch", w, ["Bridie O'Halloran"], quotes=[q("Carmen Delgado-Ruiz", "Potomac Policy Forum")], note="'North America correspondent' is a job title."))
    w = d(2023, 2, 7, 11, 0, 0, 11)
    add(1120350, "world", "argus-early-newsletter-february-8", "Argus Early: the world's news before breakfast", w, "",
        "<p>Sign up to receive the Argus Early newsletter every weekday.</p>",
        lambda k: it(k, "Argus Early: the world's news before breakfast", w, [], story=False, rel=False, note="Newsletter promo."))
    w = d(2023, 2, 7, 6, 45, 0, 11)
    add(1120322, "world/europe", "ukraine-live-zelensky-reshuffle", "Ukraine war live: Kyiv reshuffle as Russia masses troops in the east", w, "",
        "<p>Follow all the latest updates.</p>",
        lambda k: it(k, "Ukraine war live: Kyiv reshuffle as Russia masses troops in the east", w, [], story=False, rel=False, note="Live blog."))
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n    <title>World | The Yarra Argus</title>\n'
            f"    <link>{base}/world</link>\n    <description>The latest world news</description>\n    <language>en-au</language>\n    <generator>Escenic Content Engine</generator>\n"
            + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_au_yarraargus_world_escenic.rss.xml", text, items, lang="en", outlet="The Yarra Argus", structure="Escenic section RSS ('article<id>.ece')",
                notes="Melbourne daily, February 2023, +1100 (AEDT).")


# ---------------------------------------------------------------- Toronto national daily on a Bridgetower-hosted .NET CMS
def dominion():
    base = "https://www.dominionledger.example"
    rows, items = [], []

    def add(aid, slug, title, w, author, body, exp):
        link = f"{base}/world/article-{slug}/"
        rows.append(f"<item>\r\n<guid isPermaLink=\"false\">{aid}</guid>\r\n<link>{link}</link>\r\n<title>{esc(title)}</title>\r\n<description>{esc(body)}</description>\r\n"
                    f"<pubDate>{rfc822(w).replace(' -0400', ' EDT').replace(' -0500', ' EST')}</pubDate>\r\n" + (f"<author>{esc(author)}</author>\r\n" if author else "") + "</item>")
        items.append(exp(aid))

    w = d(2019, 10, 9, 18, 20, 0, -4)
    add("DL-7TX4QZ", "turkey-launches-offensive-in-northeast-syria", "Turkey launches offensive in northeast Syria days after U.S. pullback", w, "Graeme Lindqvist-Szabo, Senior International Correspondent",
        "Turkish jets struck Kurdish-held towns on Wednesday. &quot;We were abandoned in one phone call,&quot; said Hevin Darwish, a council member in Qamishli.",
        lambda k: it(k, "Turkey launches offensive in northeast Syria days after U.S. pullback", w, ["Graeme Lindqvist-Szabo"], quotes=[q("Hevin Darwish")],
                     note="CRLF, guid first with an opaque id, EDT zone abbreviation, plain-text descriptions, <author> with a job title."))
    w = d(2019, 10, 9, 14, 0, 0, -4)
    add("DL-7TX3B1", "canada-condemns-turkish-incursion", "Ottawa condemns Turkish incursion, suspends new arms export permits", w, "Ottawa Bureau",
        "Canada said it would not issue new export permits for military goods to Turkey. &quot;This is not the behaviour of an ally,&quot; said Julien Thériault, a spokesperson for Global Affairs Canada.",
        lambda k: it(k, "Ottawa condemns Turkish incursion, suspends new arms export permits", w, [], quotes=[q("Julien Thériault", "Global Affairs Canada")], note="Desk byline. Canada's foreign policy: relevant."))
    w = d(2019, 10, 9, 9, 30, 0, -4)
    add("DL-7TX2C8", "election-2019-leaders-french-debate", "Leaders clash over Quebec's secularism law in French-language debate", w, "Daniel Leblanc-Roy",
        "The federal leaders sparred over Bill 21 in the TVA debate.",
        lambda k: it(k, "Leaders clash over Quebec's secularism law in French-language debate", w, ["Daniel Leblanc-Roy"], rel=False, note="Canadian federal election: home politics, not relevant."))
    w = d(2019, 10, 8, 20, 0, 0, -4)
    add("DL-7TX1A0", "hong-kong-protests-mask-ban-court", "Hong Kong court refuses to suspend mask ban as protests continue", w, "Nathan VanderKooy, Asia Correspondent and The Associated Press",
        "HONG KONG — The High Court declined an emergency bid by pro-democracy lawmakers to block the ban.",
        lambda k: it(k, "Hong Kong court refuses to suspend mask ban as protests continue", w, ["Nathan VanderKooy"], note="Author plus agency with a job title in between."))
    w = d(2019, 10, 8, 12, 0, 0, -5)
    add("DL-7TWZZ9", "opinion-brexit-deadline-johnson", "Opinion: The Brexit deadline is three weeks away. Nobody in London knows what happens next", w, "Hilary Wexford-Grant",
        "Special to The Dominion Ledger. Hilary Wexford-Grant is a former British diplomat.",
        lambda k: it(k, "Opinion: The Brexit deadline is three weeks away. Nobody in London knows what happens next", w, ["Hilary Wexford-Grant"], junk=["Special to The Dominion Ledger", "is a former British diplomat"],
                     note="Opinion; the description holds only the contributor line. Note -0500 (EST) written although October is EDT: date as written. " + LBL.format("Opinion:")))
    w = d(2019, 10, 8, 7, 0, 0, -4)
    add("DL-7TWY44", "podcast-ledger-hour-syria", "The Ledger Hour: What the U.S. withdrawal means for the Kurds", w, "",
        "Our podcast. Listen on Apple Podcasts or Spotify.",
        lambda k: it(k, "The Ledger Hour: What the U.S. withdrawal means for the Kurds", w, [], story=False, rel=False, note="Podcast."))
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="utf-8"?>\r\n<rss version="2.0">\r\n<channel>\r\n<title>The Dominion Ledger - World</title>\r\n<link>' + base + '/world/</link>\r\n'
            '<description>World news from The Dominion Ledger</description>\r\n<language>en-CA</language>\r\n' + "\r\n".join(rows) + "\r\n</channel>\r\n</rss>")
    return feed("en_ca_dominionledger_world_bridgetower.rss.xml", text, items, lang="en", outlet="The Dominion Ledger", structure="hosted .NET CMS RSS (CRLF, guid first, EDT/EST abbreviations)",
                notes="Toronto national daily, October 2019. Home country Canada.")


FEEDS = [yamuna, clifton, yarra, dominion]
