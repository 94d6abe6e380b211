# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English world desks of the fifth held-out set: a US wire service's site feed, a US network's
international feed, a US network's world feed, a South Indian daily, a foreign-affairs magazine, a Brussels politics site
and a think tank's Jekyll blog (Atom). All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, atom, cdata, esc, feed, it, q, rfc822, rss


def d(day, h, mi, s=0, off=0.0):
    return dt(2026, 12, day, h, mi, s, off)


# ---------------------------------------------------------------- AP-style wire service
def consolidated_wire():
    """AP-style wire site world hub feed: upper-case 'By A and B' dc:creator, datelines
    'CITY, Country (CW) —', '___' rules, 'contributed to this report' and 'Follow CW's coverage'
    trailers in content:encoded, GMT dates, 32-hex article ids."""
    base = "https://cwnews.com/article/"
    rows = []
    items = []

    def add(slug, hexid, title, when, creator, desc, body, exp):
        url = f"{base}{slug}-{hexid}"
        rows.append(
            "<item>"
            f"<title>{esc(title)}</title>"
            f"<link>{url}</link>"
            f'<guid isPermaLink="true">{url}</guid>'
            f"<dc:creator>{esc(creator)}</dc:creator>"
            f"<pubDate>{rfc822(when, gmt=True)}</pubDate>"
            f"<description>{esc(desc)}</description>"
            + (f"<content:encoded>{cdata(body)}</content:encoded>" if body else "")
            + "</item>")
        items.append(exp(url))

    w = d(2, 14, 31, 7)
    add("ukraine-russia-prisoner-exchange-emirates", "6f1c0a9e2b7d4c55a1e0f3b8d2c4e7a1",
        "Ukraine and Russia swap 212 prisoners of war in exchange brokered by the UAE", w,
        "By DANA OKORO and PIOTR WALCZAK",
        "KYIV, Ukraine (CW) — Ukraine and Russia swapped 212 prisoners of war on Wednesday in an exchange brokered by the United Arab Emirates.",
        "<p>KYIV, Ukraine (CW) — Ukraine and Russia swapped 212 prisoners of war on Wednesday in an exchange brokered by the United Arab Emirates, officials in both countries said, the first such swap since talks in Istanbul stalled in October.</p>"
        "<p>“Every one of them is home because we did not stop knocking on doors,” said Oksana Hrytsenko, who heads Ukraine’s coordination headquarters for prisoners of war. She said 31 of the returning Ukrainians had been held since 2022.</p>"
        "<p>Russia’s Defense Ministry said the Russian soldiers would be flown to Moscow for medical checks. Neither side said whether further exchanges had been agreed.</p>"
        "<p>___</p><p>Consolidated Wire writer Irina Sokolova in Tallinn, Estonia, contributed to this report.</p>"
        "<p>___</p><p>Follow CW’s coverage of the war in Ukraine at https://cwnews.com/hub/russia-ukraine-war</p>",
        lambda k: it(k, "Ukraine and Russia swap 212 prisoners of war in exchange brokered by the UAE", w,
                     ["Dana Okoro", "Piotr Walczak"],
                     junk=["(CW) —", "contributed to this report", "Follow CW", "___", "By DANA OKORO"],
                     quotes=[q("Oksana Hrytsenko", "Ukraine’s coordination headquarters for prisoners of war")]))

    w = d(2, 11, 5, 44)
    add("sudan-chad-aid-trucks-darfur-adre", "0b9e44d1c8a24f7e9d3a6c2b1f0e8d77",
        "Aid trucks cross into Sudan’s Darfur from Chad after a two-month halt", w,
        "By ELSA MWANGI",
        "ADRÉ, Chad (CW) — The first United Nations aid convoy in two months crossed from Chad into Sudan’s Darfur region on Wednesday.",
        "<p>ADRÉ, Chad (CW) — The first United Nations aid convoy in two months crossed from Chad into Sudan’s Darfur region on Wednesday, carrying food for about 60,000 people, after Sudan’s military-led government reopened the Adré crossing.</p>"
        "<p>“Sixty thousand people is a fraction of what is needed, but trucks that move are better than trucks that wait,” said Tomasz Berg, a spokesperson for the World Food Programme.</p>"
        "<p>The crossing was closed in early October after fighting near the border town of Geneina.</p>"
        "<p>___</p><p>Follow CW’s coverage of Africa at https://cwnews.com/hub/africa</p>",
        lambda k: it(k, "Aid trucks cross into Sudan’s Darfur from Chad after a two-month halt", w, ["Elsa Mwangi"],
                     junk=["(CW) —", "Follow CW", "___"], quotes=[q("Tomasz Berg", "World Food Programme")]))

    w = d(2, 9, 12, 0)
    add("mongolia-herders-winter-dzud-photos", "c41d7e0f99a84b2aa6e1d35f70c2b8e0",
        "CW PHOTOS: Herders in Mongolia brace for a harsh winter", w, "By BAYAR TSEND",
        "ULAANBAATAR, Mongolia (CW) — Photographs of herding families moving their animals ahead of a winter that forecasters say could be the coldest in a decade.",
        "<p>ULAANBAATAR, Mongolia (CW) — Herding families in central Mongolia are moving their animals to sheltered valleys ahead of a winter that forecasters say could be the coldest in a decade.</p>"
        "<figure><img src=\"https://cwnews.com/img/mongolia-1.jpg\"/><figcaption>A herder rides past his family’s ger near Arvaikheer, Mongolia, Nov. 28, 2026. (CW Photo/Bayar Tsend)</figcaption></figure>",
        lambda k: it(k, "Herders in Mongolia brace for a harsh winter", w, ["Bayar Tsend"], story=False, rel=False,
                     note="Photo essay. Title label 'CW PHOTOS:' may be kept or dropped"))

    w = d(2, 8, 0, 3)
    add("nato-foreign-ministers-brussels-live-updates", "9a3f5b7c2e1d4086b7c9e2a1d4f60b35",
        "Live updates: NATO foreign ministers meet as allies weigh new air defense pledges for Ukraine", w,
        "The Consolidated Wire",
        "Follow live updates as NATO foreign ministers meet in Brussels.", "",
        lambda k: it(k, "NATO foreign ministers meet as allies weigh new air defense pledges for Ukraine", w, [], story=False,
                     note="Live blog. Title label 'Live updates:' may be kept or dropped"))

    w = d(2, 20, 47, 19)
    add("chile-runoff-what-to-know", "5e8b2c6d1a0f4e73b9d4c7a2e6f1038b",
        "What to know about Chile’s presidential runoff", w, "By MARTÍN ROJAS-VEGA",
        "SANTIAGO, Chile (CW) — Chileans return to the polls on Sunday to choose between two candidates who agree on little except that crime is the country’s most pressing problem.",
        "<p>SANTIAGO, Chile (CW) — Chileans return to the polls on Sunday to choose between two candidates who agree on little except that crime is the country’s most pressing problem.</p>"
        "<h2>The candidates</h2><p>Former senator Renata Ibáñez, a conservative, won the first round with 38% of the vote. Her rival, ex-mining minister Tomás Alarcón of the center-left, took 29%.</p>"
        "<h2>Why it matters abroad</h2><p>Chile holds the world’s largest lithium reserves, and both candidates have promised to renegotiate contracts with foreign miners.</p>"
        "<p>___</p><p>Follow CW’s coverage of Latin America at https://cwnews.com/hub/latin-america</p>",
        lambda k: it(k, "What to know about Chile’s presidential runoff", w, ["Martín Rojas-Vega"],
                     junk=["(CW) —", "Follow CW", "___", "The candidates Former"]))

    w = d(2, 6, 58, 2)
    add("china-panda-twins-sichuan-zoo", "2d6a9e1b0c7f4a58b3e2d1c9f8a7b604",
        "Giant panda twins born at a breeding center in China’s Sichuan province", w, "The Consolidated Wire",
        "BEIJING (CW) — A giant panda at a breeding center in Sichuan province has given birth to twins, state media reported Wednesday.",
        "",
        lambda k: it(k, "Giant panda twins born at a breeding center in China’s Sichuan province", w, [], rel=False,
                     junk=["(CW) —"]))

    w = d(3, 1, 14, 50)
    add("bangladesh-referendum-date-interim-government", "8f0e2a4c6b1d4e97a5c3b2d1e0f9a876",
        "Bangladesh’s interim government sets February date for constitutional referendum", w,
        "By RAFIQ MIRZA and NEHA KAPADIA",
        "DHAKA, Bangladesh (CW) — Bangladesh will hold a referendum on a package of constitutional changes on Feb. 12, alongside its general election, the interim government said Thursday.",
        "",
        lambda k: it(k, "Bangladesh’s interim government sets February date for constitutional referendum", w,
                     ["Rafiq Mirza", "Neha Kapadia"], junk=["(CW) —"]))

    channel = (
        "<title>World News | Consolidated Wire</title><link>https://cwnews.com/hub/world-news</link>"
        "<description>The latest world news from Consolidated Wire.</description><language>en-US</language>"
        "<copyright>Copyright 2026 The Consolidated Wire Association. All rights reserved.</copyright>"
        f"<lastBuildDate>{rfc822(d(3, 1, 20), gmt=True)}</lastBuildDate>"
        '<atom:link href="https://cwnews.com/hub/world-news.rss" rel="self" type="application/rss+xml"/>')
    text = rss(channel, rows, ns=NS_DC + NS_CONTENT + NS_ATOM, sep="")
    return feed("en_us_consolidatedwire_world.rss.xml", text, items, lang="en", outlet="Consolidated Wire",
                aliases=["The Consolidated Wire", "CW"],
                structure="AP-style wire service site feed (apnews.com world-news hub RSS): single line, upper-case 'By A and B' dc:creator, 32-hex article ids, 'CITY, Country (CW) —' datelines, '___' rules with 'contributed to this report' and 'Follow CW’s coverage' trailers in content:encoded, '<h2>' explainer subheads without stops, 'CW PHOTOS:' and 'Live updates:' items, GMT dates, association copyright",
                notes="The credit 'The Consolidated Wire' on the live blog and the panda brief is the outlet, not a person. The photographer's byline on the photo essay is a person.")


# ---------------------------------------------------------------- ABC (US)-style broadcaster
def keystone():
    """ABC News (US)-style international RSS: 'Outlet: International' title, CDATA titles and
    plain descriptions, several media:thumbnail sizes, /wireStory/ and /video/ paths, -0500."""
    rows, items = [], []

    def add(path, nid, title, when, desc, exp, cat="International"):
        url = f"https://keystonenews.com/{path}-{nid}"
        thumbs = "".join(
            f'<media:thumbnail url="https://s.keystonenews.com/images/{cat}/{nid}_{w}x{h}.jpg" width="{w}" height="{h}"/>'
            for w, h in ((1600, 900), (992, 558), (640, 360)))
        rows.append(
            "<item>\n"
            f"<title>{cdata(title)}</title>\n"
            f"<link>{url}</link>\n"
            f'<guid isPermaLink="false">{nid}</guid>\n'
            f"<description>{cdata(desc)}</description>\n"
            f"<pubDate>{rfc822(when)}</pubDate>\n"
            f"<category>{cdata(cat)}</category>\n"
            f"{thumbs}\n"
            "</item>")
        items.append(exp(nid))

    w = d(2, 10, 12, 44, -5)
    add("International/wireStory/china-tells-citizens-avoid-japan-travel-row-deepens", "128345671",
        "China tells citizens to avoid travel to Japan as row over Taiwan remarks deepens", w,
        "China's foreign ministry urged Chinese citizens on Wednesday to avoid travel to Japan, escalating a dispute over remarks by a Japanese minister about how Tokyo would respond to an attack on Taiwan",
        lambda k: it(k, "China tells citizens to avoid travel to Japan as row over Taiwan remarks deepens", w, []))

    w = d(2, 8, 40, 2, -5)
    add("International/video/rescuers-pull-survivors-rubble-quake-eastern-turkey", "128341090",
        "WATCH: Rescuers pull survivors from rubble after quake in eastern Turkey", w,
        "A magnitude 6.1 earthquake struck near Malatya overnight.",
        lambda k: it(k, "Rescuers pull survivors from rubble after quake in eastern Turkey", w, [], story=False,
                     note="Video clip. Title label 'WATCH:' may be kept or dropped"))

    w = d(2, 7, 3, 19, -5)
    add("International/wireStory/venezuela-opposition-14-activists-detained-rally", "128339902",
        "Venezuela's opposition says 14 activists detained ahead of Caracas rally", w,
        "Venezuela's main opposition coalition said Wednesday that security forces detained 14 of its activists overnight.The coalition had called a rally in Caracas for Saturday to demand the release of political prisoners",
        lambda k: it(k, "Venezuela's opposition says 14 activists detained ahead of Caracas rally", w, [],
                     junk=["overnight.The"]))

    w = d(2, 6, 15, 0, -5)
    add("International/royal-family-christmas-card-photo-released", "128337311",
        "Royal family releases Christmas card photo taken at Sandringham", w,
        "The photo shows the family walking in the grounds of the Norfolk estate in October.",
        lambda k: it(k, "Royal family releases Christmas card photo taken at Sandringham", w, [], rel=False))

    w = d(2, 12, 58, 31, -5)
    add("International/wireStory/israeli-strike-kills-3-southern-lebanon-health-ministry", "128348214",
        "Israeli strike kills 3 in southern Lebanon, health ministry says", w,
        "An Israeli drone strike on a car near the southern Lebanese town of Bint Jbeil killed three people on Wednesday, Lebanon's health ministry said.The Israeli military said it had targeted a Hezbollah commander.",
        lambda k: it(k, "Israeli strike kills 3 in southern Lebanon, health ministry says", w, [],
                     junk=["said.The"]))

    w = d(2, 5, 21, 9, -5)
    add("International/wireStory/200-pilot-whales-stranded-new-zealand-beach", "128336007",
        "More than 200 pilot whales stranded on remote New Zealand beach", w,
        "Volunteers and conservation staff were working to refloat the surviving whales on the Chatham Islands, officials said",
        lambda k: it(k, "More than 200 pilot whales stranded on remote New Zealand beach", w, [], rel=False))

    w = d(2, 18, 0, 0, -5)
    add("Live/video/keystone-news-live-prime-dec-2-2026", "128350000",
        "Keystone News Live Prime: Dec. 2, 2026", w,
        "Tune in for the day's top stories, in-depth reporting and analysis on Keystone News Live Prime.",
        lambda k: it(k, "Keystone News Live Prime: Dec. 2, 2026", w, [], story=False, rel=False,
                     note="Programme episode (streaming newscast)."), cat="Live")

    channel = (
        "<title>Keystone News: International</title>\n<link>https://keystonenews.com/International</link>\n"
        "<description>Keystone News International Headlines</description>\n<language>en-us</language>\n"
        "<copyright>Copyright 2026, Keystone Broadcasting Company, LLC. All Rights Reserved.</copyright>\n"
        "<image><title>Keystone News: International</title><url>https://s.keystonenews.com/images/logo.png</url><link>https://keystonenews.com/International</link></image>\n"
        f"<lastBuildDate>{rfc822(d(2, 18, 5, 0, -5))}</lastBuildDate>")
    text = rss(channel, rows, ns=NS_MEDIA)
    return feed("en_us_keystone_international.rss.xml", text, items, lang="en", outlet="Keystone News",
                aliases=["Keystone"],
                structure="ABC News (US)-style section RSS (abcnews.go.com/abcnews/internationalheadlines): channel 'Outlet: International', CDATA titles and plain CDATA descriptions (two without final stop, two with sentences glued without a space), numeric non-permalink guids, three media:thumbnail sizes, '/wireStory/' and '/video/' paths, 'WATCH:' clips and a streaming-newscast episode, -0500 dates, no authors, '…, LLC' copyright",
                notes="Wire copy carries no agency credit in this feed; every story's outlet is the broadcaster.")


# ---------------------------------------------------------------- The Hindu-style
def coromandel():
    """The Hindu-style feed: every element in CDATA with padding spaces (even link and
    pubDate), <author> with agencies, a bureau or names, 'Watch |', 'Explained |' and 'Data |'
    labels, media:content, +0530 dates."""
    rows, items = [], []

    def add(slug, aid, title, when, author, desc, exp, section="international"):
        url = f"https://www.coromandelherald.com/news/{section}/{slug}/article{aid}.ece"
        rows.append(
            "<item>"
            f"<title>{cdata(' ' + title + ' ')}</title>"
            f"<author>{cdata(' ' + author + ' ')}</author>"
            f"<category>{cdata(' International ')}</category>"
            f"<link>{cdata(' ' + url + ' ')}</link>"
            f"<description>{cdata(' ' + desc + ' ')}</description>"
            f'<guid isPermaLink="false">article-{aid}</guid>'
            f"<pubDate>{cdata(' ' + rfc822(when) + ' ')}</pubDate>"
            f'<media:content height="675" medium="image" url="https://www.coromandelherald.com/incoming/{aid}-image.jpg" width="1200"/>'
            "</item>")
        items.append(exp(f"article-{aid}"))

    w = d(2, 21, 45, 3, 5.5)
    add("india-maldives-currency-swap-extension-male-visit", "70412233",
        "India, Maldives sign currency swap extension during External Affairs Minister’s Male visit", w,
        "Priyanka Venkatesh",
        "The $400 million facility will run for three more years; the two sides also agreed to start talks on a free trade agreement.Maldives Foreign Minister Abdulla Niyaz said the swap had “kept the lights on” during last year’s foreign-exchange squeeze",
        lambda k: it(k, "India, Maldives sign currency swap extension during External Affairs Minister’s Male visit", w,
                     ["Priyanka Venkatesh"], junk=["agreement.Maldives"],
                     quotes=[q("Abdulla Niyaz", "Maldives")]))

    w = d(2, 23, 10, 40, 5.5)
    add("un-security-council-extends-somalia-mission", "70413001",
        "U.N. Security Council extends Somalia mission by a year", w, "AP",
        "The African Union-led force will shrink by 2,000 troops under the resolution, adopted 13-0 with two abstentions.",
        lambda k: it(k, "U.N. Security Council extends Somalia mission by a year", w, []))

    w = d(2, 18, 2, 15, 5.5)
    add("sri-lanka-floods-death-toll", "70410876",
        "Sri Lanka floods: death toll climbs to 41 as rains ease", w, "PTI",
        "Colombo: The death toll from floods and landslides in Sri Lanka rose to 41 on Wednesday, the Disaster Management Centre said, with more than 90,000 people still in relief camps.",
        lambda k: it(k, "Sri Lanka floods: death toll climbs to 41 as rains ease", w, [], junk=["Colombo:"]))

    w = d(2, 17, 30, 0, 5.5)
    add("watch-why-is-bangladesh-holding-a-referendum", "70410011",
        "Watch | Why is Bangladesh holding a referendum?", w, "The Coromandel Herald",
        "A video explainer on the referendum and what it means for India",
        lambda k: it(k, "Why is Bangladesh holding a referendum?", w, [], story=False,
                     note="Video. Title label 'Watch |' may be kept or dropped"))

    w = d(2, 16, 5, 0, 5.5)
    add("data-how-remittances-to-south-asia-changed-in-2026", "70409545",
        "Data | How remittances to South Asia changed in 2026", w, "Meenakshi Raghavan",
        "Remittances to Nepal and Bangladesh grew faster than those to India and Pakistan, World Bank data show",
        lambda k: it(k, "How remittances to South Asia changed in 2026", w, ["Meenakshi Raghavan"], rel=False,
                     note="Title label 'Data |' may be kept or dropped"))

    w = d(2, 13, 20, 0, 5.5)
    add("explained-what-does-the-us-pakistan-minerals-deal-involve", "70408130",
        "Explained | What does the U.S.-Pakistan critical minerals deal involve?", w, "Nirmala Iyer",
        "<p>The story so far: Pakistan and the U.S. signed a memorandum on critical minerals in Islamabad on Monday</p>"
        "<ul><li>What is in the agreement?</li><li>Why does it worry India?</li></ul>"
        "<p>The memorandum gives American companies first refusal on copper and antimony projects in Balochistan and Khyber Pakhtunkhwa, Pakistan’s Finance Ministry said.</p>",
        lambda k: it(k, "What does the U.S.-Pakistan critical minerals deal involve?", w, ["Nirmala Iyer"],
                     junk=["The story so far:", "What is in the agreement?", "Monday What is"],
                     note="Title label 'Explained |' may be kept or dropped"))

    w = d(2, 9, 0, 0, 5.5)
    add("get-the-coromandel-herald-on-whatsapp", "70405500",
        "Get The Coromandel Herald’s top stories on WhatsApp", w, "The Coromandel Herald",
        "Follow our WhatsApp channel for the day’s top stories, delivered every evening. Tap the link to join.",
        lambda k: it(k, "Get The Coromandel Herald’s top stories on WhatsApp", w, [], story=False, rel=False),
        section="ch-promo")

    channel = (
        "<title>International News | The Coromandel Herald</title>"
        "<link>https://www.coromandelherald.com/news/international/</link>"
        "<description>International News from The Coromandel Herald</description><language>en-in</language>"
        "<copyright>Copyright© 2026, CORO PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.</copyright>"
        f"<lastBuildDate>{rfc822(d(2, 23, 15, 0, 5.5))}</lastBuildDate>")
    text = rss(channel, rows, ns=NS_MEDIA + NS_ATOM, sep="\n")
    return feed("en_in_coromandelherald_international.rss.xml", text, items, lang="en", outlet="The Coromandel Herald",
                aliases=["Coromandel Herald"],
                structure="The Hindu-style section RSS (thehindu.com/news/international/feeder/default.rss): every element in CDATA padded with spaces (title, author, category, link, description, even pubDate), <author> holding a person, 'AP', 'PTI' or the paper itself, 'article-<id>' non-permalink guids, 'Watch |', 'Explained |' and 'Data |' title labels, 'The story so far:' opening with a question <ul>, 'Colombo:' city leads, +0530 dates, 'PVT LTD.' copyright",
                notes="A WhatsApp-channel promo and a video item are not stories.")


# ---------------------------------------------------------------- Foreign Affairs-style magazine
def statecraft():
    """Foreign Affairs-style magazine RSS: deck as description, 'A and B' in dc:creator,
    issue articles dated at 04:00 GMT, a podcast and a subscription offer."""
    rows, items = [], []

    def add(path, title, when, creator, desc, exp):
        url = f"https://www.statecraftquarterly.org/{path}"
        rows.append(
            "  <item>\n"
            f"    <title>{esc(title)}</title>\n"
            f"    <link>{url}</link>\n"
            f"    <description>{esc(desc)}</description>\n"
            f"    <pubDate>{rfc822(when)}</pubDate>\n"
            + (f"    <dc:creator>{esc(creator)}</dc:creator>\n" if creator else "")
            + f"    <guid isPermaLink=\"true\">{url}</guid>\n"
            "  </item>")
        items.append(exp(url))

    w = d(1, 4, 0, 0)
    add("arctic/coming-fight-over-arctic-seabed", "The Coming Fight Over the Arctic Seabed", w,
        "Ingrid Solheim and Marcus Feld",
        "<p>As the ice retreats, Russia, Canada and Denmark are racing to prove their claims to the ridges below—and the commission that rules on them has no way to settle a dispute.</p>",
        lambda k: it(k, "The Coming Fight Over the Arctic Seabed", w, ["Ingrid Solheim", "Marcus Feld"]))

    w = d(1, 4, 0, 0)
    add("russia/why-sanctions-russias-shadow-fleet-are-failing", "Why Sanctions on Russia’s Shadow Fleet Are Failing", w,
        "Helena Varga",
        "<p>Listing tankers one by one cannot keep up with a fleet that changes names and flags every month. Washington and Brussels need to go after the insurers and the ports.</p>",
        lambda k: it(k, "Why Sanctions on Russia’s Shadow Fleet Are Failing", w, ["Helena Varga"]))

    w = d(2, 10, 0, 0)
    add("podcasts/statecraft-interview-admiral-navy-pacific", "The Statecraft Interview: Can America Still Deter in the Pacific?", w,
        "",
        "<p>A retired admiral on shipbuilding, Taiwan and the limits of alliances. Listen now on Apple Podcasts, Spotify, or wherever you get your podcasts.</p>",
        lambda k: it(k, "The Statecraft Interview: Can America Still Deter in the Pacific?", w, [], story=False,
                     note="Podcast episode."))

    w = d(2, 4, 0, 0)
    add("ask-the-experts/nato-ready-long-war", "Is NATO Ready for a Long War?", w, "",
        "<p>We asked 41 experts whether they agree that NATO’s European members could sustain a conventional war with Russia for more than a year.</p>",
        lambda k: it(k, "Is NATO Ready for a Long War?", w, [],
                     note="'Ask the Experts' survey article; the experts are not its authors."))

    w = d(2, 15, 30, 0)
    add("subscribe/holiday-2026", "Give the Gift of Statecraft—Save 50% This Holiday Season", w, "",
        "<p>Give the gift of insight. Subscribe or gift a subscription today and save 50%.</p>",
        lambda k: it(k, "Give the Gift of Statecraft—Save 50% This Holiday Season", w, [], story=False, rel=False))

    w = d(2, 4, 0, 0)
    add("china/xis-gamble-south-china-sea", "Xi’s Gamble in the South China Sea", w, "Wen-li Chao",
        "<p>Beijing’s new coast guard rules are designed to make every Philippine resupply run a test of Washington’s treaty commitments</p>"
        "<p>Manila has called the bluff twice. A third time may not end peacefully.</p>",
        lambda k: it(k, "Xi’s Gamble in the South China Sea", w, ["Wen-li Chao"],
                     junk=["commitments Manila"]))

    w = d(3, 4, 0, 0)
    add("middle-east/gulf-states-new-realism", "The Gulf’s New Realism", w,
        "Omar Haddad, Lina Sørensen, and Rafael Quintero",
        "<p>Saudi Arabia, Qatar and the United Arab Emirates have stopped waiting for Washington—and started hedging with Beijing, New Delhi and each other.</p>",
        lambda k: it(k, "The Gulf’s New Realism", w, ["Omar Haddad", "Lina Sørensen", "Rafael Quintero"]))

    channel = (
        "  <title>Statecraft Quarterly RSS</title>\n  <link>https://www.statecraftquarterly.org/</link>\n"
        "  <description>Statecraft Quarterly: Analysis of world affairs and American foreign policy</description>\n"
        "  <language>en</language>\n"
        '  <atom:link href="https://www.statecraftquarterly.org/rss.xml" rel="self" type="application/rss+xml"/>')
    text = rss(channel, rows, ns=NS_DC + NS_ATOM, decl="utf-8", sep="\n")
    return feed("en_us_statecraftquarterly.rss.xml", text, items, lang="en", outlet="Statecraft Quarterly",
                structure="Foreign Affairs-style magazine RSS (foreignaffairs.com/rss.xml): channel title 'Outlet RSS', two-space indentation, deck as escaped <p> description (one without final stop and followed by a second <p>), dc:creator 'A and B' and 'A, B, and C' only on essays, issue articles dated 04:00 GMT, a podcast episode with a listen-on trailer, an 'Ask the Experts' survey article and a subscription offer, no copyright element",
                notes="Ask the Experts is an article (a survey of experts), so it counts as a story; its experts are not authors.")


# ---------------------------------------------------------------- Politico Europe-style WordPress
def polity():
    """Politico Europe-style WordPress feed: one dc:creator per author, ?p= guids, excerpt in
    description, media:content with media:credit, an opinion author bio, a podcast and a
    newsletter sign-up post."""
    rows, items = [], []

    def add(pid, slug, title, when, creators, desc, exp, credit="", cats=("Europe",)):
        url = f"https://www.polity.eu/article/{slug}/"
        rows.append(
            "\t\t<item>\n"
            f"\t\t<title>{esc(title)}</title>\n"
            f"\t\t<link>{url}</link>\n"
            + "".join(f"\t\t<dc:creator>{cdata(c)}</dc:creator>\n" for c in creators)
            + f"\t\t<pubDate>{rfc822(when)}</pubDate>\n"
            + "".join(f"\t\t<category>{cdata(c)}</category>\n" for c in cats)
            + f'\t\t<guid isPermaLink="false">https://www.polity.eu/?p={pid}</guid>\n'
            f"\t\t<description>{cdata(desc)}</description>\n"
            + (f'\t\t<media:content url="https://www.polity.eu/wp-content/uploads/2026/12/02/{pid}.jpg" medium="image"><media:credit>{esc(credit)}</media:credit></media:content>\n' if credit else "")
            + "\t\t</item>")
        items.append(exp(f"https://www.polity.eu/?p={pid}"))

    w = d(2, 17, 12, 4)
    add(6150231, "brussels-tariff-snapback-talks-washington-stall",
        "Brussels eyes tariff snapback as talks with Washington stall", w, ["Camille Arnaud", "Jakob Lindqvist"],
        "<p>The European Commission has drawn up a €93 billion list of US goods that could face duties from January if no deal is reached.</p><p>“Our patience is not a strategy, and neither is theirs,” said Marta Kowalczyk, a spokesperson for the European Commission.</p>",
        lambda k: it(k, "Brussels eyes tariff snapback as talks with Washington stall", w, ["Camille Arnaud", "Jakob Lindqvist"],
                     junk=["Wiktor Nowak/Getty Images"], quotes=[q("Marta Kowalczyk", "European Commission")]),
        credit="Wiktor Nowak/Getty Images", cats=("Trade", "Politics"))

    w = d(2, 15, 40, 31)
    add(6150107, "hungary-blocks-ukraine-facility-top-up-again",
        "Hungary blocks €50B Ukraine Facility top-up, again", w, ["Zsófia Barta"],
        "<p>Budapest’s veto leaves EU finance ministers looking for a workaround before the year’s last summit.</p>",
        lambda k: it(k, "Hungary blocks €50B Ukraine Facility top-up, again", w, ["Zsófia Barta"],
                     junk=["Lajos Fehérvári/AFP via Getty Images"]),
        credit="Lajos Fehérvári/AFP via Getty Images", cats=("Budget", "War in Ukraine"))

    w = d(2, 12, 0, 0)
    add(6149880, "eu-confidential-enlargement-rush",
        "EU Confidential: The enlargement rush", w, ["Polity Europe"],
        "<p>Montenegro and Albania want to close talks by 2027. Can the EU keep up? Listen to this week’s episode.</p>",
        lambda k: it(k, "EU Confidential: The enlargement rush", w, [], story=False, note="Podcast episode."),
        cats=("Podcasts",))

    w = d(2, 6, 0, 0)
    add(6149721, "sign-up-berlin-bulletin-newsletter",
        "Sign up for Polity Europe’s Berlin Bulletin", w, ["Polity Europe"],
        "<p>Get the Berlin Bulletin in your inbox every Tuesday and Friday morning. Sign up here.</p>",
        lambda k: it(k, "Sign up for Polity Europe’s Berlin Bulletin", w, [], story=False, rel=False),
        cats=("Newsletters",))

    w = d(2, 4, 1, 0)
    add(6149655, "europe-defense-spending-boom-needs-a-plan",
        "Europe’s defense spending boom needs a plan", w, ["Ana Ribeiro"],
        "<p>Money alone will not buy Europe an army that can fight together.</p><p><em>Ana Ribeiro is a senior fellow at the Lisbon Centre for Strategic Studies.</em></p>",
        lambda k: it(k, "Europe’s defense spending boom needs a plan", w, ["Ana Ribeiro"],
                     junk=["is a senior fellow at"]),
        cats=("Opinion", "Defense"))

    w = d(2, 19, 55, 10)
    add(6150400, "dutch-coalition-talks-collapse-asylum-rules",
        "Dutch coalition talks collapse over asylum rules", w, ["Pieter de Wit"],
        "<p>The Netherlands faces months more of caretaker government after the liberal VVD walked out.</p>",
        lambda k: it(k, "Dutch coalition talks collapse over asylum rules", w, ["Pieter de Wit"],
                     junk=["Remko Jansen/ANP"]),
        credit="Remko Jansen/ANP", cats=("Netherlands",))

    w = d(2, 9, 30, 0)
    add(6149790, "brussels-christmas-markets-ranked",
        "Brussels’ Christmas markets, ranked", w, ["Camille Arnaud"],
        "<p>From mulled wine at Place Sainte-Catherine to the ice rink at Flagey, here is where to go (and where not to).</p>",
        lambda k: it(k, "Brussels’ Christmas markets, ranked", w, ["Camille Arnaud"], rel=False),
        cats=("Living",))

    channel = (
        "\t<title>Polity Europe</title>\n\t<atom:link href=\"https://www.polity.eu/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n"
        "\t<link>https://www.polity.eu/</link>\n\t<description>European Politics, Policy, Government News</description>\n"
        f"\t<lastBuildDate>{rfc822(d(2, 20, 0, 12))}</lastBuildDate>\n\t<language>en-US</language>\n"
        "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
        "\t<generator>https://wordpress.org/?v=6.7.1</generator>")
    ns = NS_CONTENT + NS_DC + NS_ATOM + NS_MEDIA + ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"'
    text = rss(channel, rows, ns=ns, decl="UTF-8", sep="\n")
    return feed("en_eu_polity_europe.rss.xml", text, items, lang="en", outlet="Polity Europe",
                aliases=["Polity"],
                structure="Politico Europe-style WordPress feed (politico.eu/feed/): tab-indented, one CDATA dc:creator per author (the publication on podcasts and promos), CDATA categories, '?p=' non-permalink guids, CDATA <p> excerpts, media:content with media:credit ('Name/AFP via Getty Images'), an italic author bio under an opinion excerpt, a podcast episode and a newsletter sign-up post, € amounts in titles, sy: update tags with tabs",
                notes="dc:creator 'Polity Europe' is the publication, not a person.")


# ---------------------------------------------------------------- think tank on Jekyll (Atom)
def northfield():
    """jekyll-feed Atom of a think tank blog: title type="html" with double-escaped ampersands,
    feed-level author (the institute) inherited by entries without one, midnight dates,
    summary plus full content, a job ad, an event notice and a weekly reading list."""
    base = "https://northfieldpolicylab.org"
    entries, items = [], []

    def add(path, title_html, when, author, summary, content, exp, cats=("analysis",)):
        url = f"{base}/{path}"
        entries.append(
            f'<entry><title type="html">{esc(title_html)}</title>'
            f'<link href="{url}" rel="alternate" type="text/html" title="{esc(title_html)}" />'
            f"<published>{when.isoformat()}</published><updated>{when.isoformat()}</updated>"
            f"<id>{url}</id>"
            f'<content type="html" xml:base="{url}">{esc(content)}</content>'
            + (f"<author><name>{esc(author)}</name></author>" if author else "")
            + "".join(f'<category term="{c}" />' for c in cats)
            + f'<summary type="html">{esc(summary)}</summary>'
            f'<media:thumbnail xmlns:media="http://search.yahoo.com/mrss/" url="{base}/assets/img/{path.split("/")[-1]}.jpg" />'
            "</entry>")
        items.append(exp(url))

    w = d(1, 0, 0, 0)
    add("2026/12/01/g20-communique-debt.html", "Reading the G20 communiqué: what changed on debt", w, "Aisha Bello",
        "The leaders’ text finally names a deadline for the Common Framework cases.",
        "<p>The leaders’ text finally names a deadline for the Common Framework cases.</p>"
        "<h2>Three changes</h2><ul><li>A 12-month deadline for creditor committees</li><li>A standstill clause</li><li>Private creditors named for the first time</li></ul>"
        "<p>None of this helps Zambia or Ghana, whose deals are done, but it matters for Ethiopia.</p>",
        lambda k: it(k, "Reading the G20 communiqué: what changed on debt", w, ["Aisha Bello"],
                     junk=["Three changes A 12-month"]))

    w = d(2, 0, 0, 0)
    add("2026/12/02/five-things-cop31.html", "Five things to watch at COP31", w, "Tomás Lindgren",
        "Finance, methane and the Pacific islands’ loss-and-damage claims will decide whether Antalya is remembered.",
        "<p>Finance, methane and the Pacific islands’ loss-and-damage claims will decide whether Antalya is remembered.</p><ol><li>The $300 billion goal</li><li>Methane pledges</li></ol>",
        lambda k: it(k, "Five things to watch at COP31", w, ["Tomás Lindgren"]))

    w = d(2, 0, 0, 0)
    add("2026/12/02/qa-sahel-ecowas.html", "Q&amp;A: Sahel juntas and the ECOWAS split", w, "Kofi Mensah-Addo",
        "Our Sahel fellow on why Mali, Burkina Faso and Niger are unlikely to come back.",
        "<p><strong>Why did the three states leave?</strong></p><p>They saw ECOWAS sanctions as an attack on their sovereignty, and Moscow offered an alternative.</p>",
        lambda k: it(k, "Q&A: Sahel juntas and the ECOWAS split", w, ["Kofi Mensah-Addo"], junk=["&amp;", "&amp;amp;"]))

    w = d(1, 0, 0, 0)
    add("2026/12/01/hiring-research-assistant-indo-pacific.html", "We’re hiring: research assistant, Indo-Pacific programme", w, "",
        "Applications close on 15 January.", "<p>Applications close on 15 January. Send a CV and a writing sample.</p>",
        lambda k: it(k, "We’re hiring: research assistant, Indo-Pacific programme", w, [], story=False, rel=False),
        cats=("news",))

    w = d(2, 0, 0, 0)
    add("2026/12/02/event-black-sea-report-launch.html", "Join us on 10 December: launch of our Black Sea security report", w, "",
        "Register for the launch event in London or online.", "<p>Register for the launch event in London or online. Doors open at 18:00.</p>",
        lambda k: it(k, "Join us on 10 December: launch of our Black Sea security report", w, [], story=False),
        cats=("events",))

    w = d(3, 0, 0, 0)
    add("2026/12/03/reading-list-48.html", "Weekly reading list #48", w, "",
        "What we read this week: Taiwan’s budget, Sudan’s gold and the Arctic.",
        "<ul><li><a href=\"https://example.org/1\">Taiwan’s defence budget fight</a></li><li><a href=\"https://example.org/2\">Sudan’s gold trail</a></li></ul>",
        lambda k: it(k, "Weekly reading list #48", w, [], story=False, note="Link roundup."),
        cats=("reading-list",))

    w = d(3, 0, 0, 0)
    add("2026/12/03/suez-traffic-not-back.html", "Why Suez Canal traffic has not come back", w, "",
        "Shipping lines have priced in the Cape route; insurance, not missiles, now keeps them away.",
        "<p>Shipping lines have priced in the Cape route; insurance, not missiles, now keeps them away.</p><p>Egypt’s canal revenue is still 40% below its 2023 level.</p>",
        lambda k: it(k, "Why Suez Canal traffic has not come back", w, [],
                     note="No entry author: the feed-level author (the institute) applies, which is not a person."))

    head = ('<generator uri="https://jekyllrb.com/" version="4.3.4">Jekyll</generator>'
            f'<link href="{base}/feed.xml" rel="self" type="application/atom+xml" />'
            f'<link href="{base}/" rel="alternate" type="text/html" />'
            f"<updated>{d(3, 9, 14, 2).isoformat()}</updated><id>{base}/feed.xml</id>"
            '<title type="html">Northfield Policy Lab | Blog</title>'
            "<subtitle>Independent research on global governance and security.</subtitle>"
            "<author><name>Northfield Policy Lab</name></author>")
    text = atom(head, entries, sep="")
    return feed("en_northfield_blog_jekyll.atom.xml", text, items, lang="en", outlet="Northfield Policy Lab",
                shape="atom", ctype="application/atom+xml; charset=utf-8",
                structure="jekyll-feed Atom of a think tank's static blog (/feed.xml): single line, 'Site | Blog' title type=\"html\", titles type=\"html\" with a double-escaped '&amp;amp;', midnight +00:00 published dates, content type=\"html\" with xml:base, <h2>/<ol>/<ul> without stops, summary type=\"html\", media:thumbnail declared on each entry, a feed-level author (the institute) that entries without an author inherit, job ad, event notice and weekly reading list",
                notes="Entries without <author> inherit the feed author, the institute, which is not a person.")


# ---------------------------------------------------------------- CBS-style broadcaster
def crestline():
    """CBS News-style section RSS: 'World - Site.com' channel title, a non-standard <image>
    element inside each item, UUID non-permalink guids, /news/ and /video/ paths, video
    descriptions that say who 'joins … to discuss', a newsmagazine segment, +0000."""
    rows, items = [], []

    def add(kind, slug, uid, title, when, desc, exp):
        url = f"https://www.crestlinenews.com/{kind}/{slug}/"
        rows.append(
            "<item>"
            f"<title>{esc(title)}</title>"
            f"<link>{url}</link>"
            f"<description>{esc(desc)}</description>"
            f"<image>https://assets.crestlinenews.com/hub/i/r/2026/12/02/{uid}/thumbnail/1200x630/{uid[:8]}.jpg</image>"
            f'<guid isPermaLink="false">{uid}</guid>'
            f"<pubDate>{rfc822(when)}</pubDate>"
            "</item>")
        items.append(exp(uid))

    w = d(2, 21, 14, 5)
    add("news", "us-envoy-islamabad-talks-afghan-border-crisis", "3f9a1c2e-8b7d-4e6f-9a0b-1c2d3e4f5a6b",
        "U.S. envoy arrives in Islamabad for talks on Afghan border crisis", w,
        "The State Department's special envoy will also meet Taliban officials in Doha later this week, a department spokesperson said.",
        lambda k: it(k, "U.S. envoy arrives in Islamabad for talks on Afghan border crisis", w, []))

    w = d(2, 19, 2, 0)
    add("video", "former-ambassador-on-whats-next-for-syria", "7c6b5a49-3827-4165-8a4b-3c2d1e0f9a8b",
        "Former ambassador on what's next for Syria", w,
        "One year after the fall of the Assad government, Syria's transitional leaders have promised elections. Former U.S. ambassador Karen Whitlock joins \"Crestline News 24/7\" to discuss.",
        lambda k: it(k, "Former ambassador on what's next for Syria", w, [], story=False, note="Video clip."))

    w = d(2, 17, 40, 31)
    add("news", "roman-coin-hoard-found-bulgaria-black-sea", "0a1b2c3d-4e5f-4061-8172-93a4b5c6d7e8",
        "Archaeologists find \"pot of silver\" hoard of Roman coins near Bulgaria's Black Sea coast", w,
        "The 1,800 coins were buried in a clay jar under the floor of a villa near Varna, the team said.",
        lambda k: it(k, "Archaeologists find \"pot of silver\" hoard of Roman coins near Bulgaria's Black Sea coast", w, [], rel=False))

    w = d(2, 16, 5, 12)
    add("news", "haiti-gang-leader-sanctioned-un-security-council", "5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170",
        "Haiti gang leader sanctioned by U.N. Security Council", w,
        "The council added the leader of the Viv Ansanm coalition to its sanctions list, freezing his assets and banning him from travel.",
        lambda k: it(k, "Haiti gang leader sanctioned by U.N. Security Council", w, []))

    w = d(2, 14, 48, 0)
    add("news", "germany-parliament-approves-military-service-law", "9b8a7c6d-5e4f-4302-a1b0-c9d8e7f6a5b4",
        "Germany's parliament approves new military service law", w,
        "All 18-year-old men will have to fill in a questionnaire about their fitness and willingness to serve — the first step toward a possible return of conscription",
        lambda k: it(k, "Germany's parliament approves new military service law", w, []))

    w = d(2, 23, 30, 0)
    add("news", "americans-detained-venezuela-released-state-department", "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
        "Two Americans detained in Venezuela released, State Department says", w,
        "The two men, detained in September near the Colombian border, were flown to Texas on Wednesday night.Their families thanked Qatar for mediating.",
        lambda k: it(k, "Two Americans detained in Venezuela released, State Department says", w, [], junk=["night.Their"]))

    w = d(2, 12, 0, 0)
    add("video", "sunday-ledger-inside-the-race-to-build-ukraines-drone-army", "8d7e6f5a-4b3c-4d2e-8f1a-0b9c8d7e6f5a",
        "The Sunday Ledger: Inside the race to build Ukraine's drone army", w,
        "Correspondent Lena Hartwell visits a workshop near the front line where volunteers build 600 drones a week. Watch the full report Sunday.",
        lambda k: it(k, "The Sunday Ledger: Inside the race to build Ukraine's drone army", w, [], story=False,
                     note="Newsmagazine segment (video)."))

    channel = (
        "<title>World - CrestlineNews.com</title><link>https://www.crestlinenews.com/</link>"
        "<description>World From CrestlineNews.com</description><language>en</language>"
        "<image><title>World - CrestlineNews.com</title><link>https://www.crestlinenews.com/</link><url>https://www.crestlinenews.com/assets/logo.png</url></image>"
        "<copyright>Copyright © 2026 Crestline Interactive Inc. All Rights Reserved.</copyright>"
        f"<lastBuildDate>{rfc822(d(2, 23, 35, 0))}</lastBuildDate>")
    text = rss(channel, rows, ns="", decl="UTF-8", sep="")
    return feed("en_us_crestlinenews_world.rss.xml", text, items, lang="en", outlet="Crestline News",
                aliases=["CrestlineNews.com"],
                structure="CBS News-style section RSS (cbsnews.com/latest/rss/world): single line, channel title 'World - Site.com' (the outlet only as a domain), a non-standard <image> URL element inside every item, UUID non-permalink guids, '/news/' and '/video/' paths, plain descriptions (one without final stop, one glued 'night.Their'), video descriptions ending 'X joins \"Programme\" to discuss.', a newsmagazine segment, straight double quotes in a title, +0000 dates, 'Interactive Inc.' copyright",
                notes="Video pages and the newsmagazine segment are not stories. No item has an author.")


FEEDS = [consolidated_wire, keystone, crestline, coromandel, statecraft, polity, northfield]
