# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the forty-seventh held-out set (part 2: a Bratislava English-language daily on
Hygraph with a Next.js front end, a San José (Costa Rica) English-language daily on Payload CMS,
a Copenhagen English-language daily on Labrador CMS, an Avarua (Cook Islands) daily on Squiz
Matrix, a Tirana tech site on Directus, a Monaco ocean-science magazine on Contentstack).
All outlets, people and quotations are invented."""
from h47 import cd, d, esc, feed, gmt, it, ordered, q, rfc822


# ---------------------------------------------------------------- Bratislava English-language daily: Hygraph + Next.js, node "rss" package
def devin():
    base = "https://devinledger.example"
    rows, items = [], []

    def add(cid, slug, title, when, creators, cats, desc, exp):
        link = f"{base}/news/{slug}"
        cr = "".join(f"<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        rows.append(f"<item><title><![CDATA[{title}]]></title><description><![CDATA[{desc}]]></description><link>{link}</link><guid isPermaLink=\"false\">{cid}</guid>"
                    + "".join(f"<category><![CDATA[{c}]]></category>" for c in cats)
                    + f"{cr}<pubDate>{gmt(when)}</pubDate><enclosure url=\"https://media.graphassets.example/resize=width:1200/{cid[-10:]}\" length=\"0\" type=\"image/jpeg\"/></item>")
        items.append(exp(cid))

    w = d(2026, 2, 12, 17, 25, 0, 1)
    add("cm6x2k9ab01qz07lmt4e8h3vd", "visegrad-foreign-ministers-meet-in-bratislava-amid-split-over-ukraine", "Visegrad ministers meet in Bratislava with Ukraine split unresolved", w, ["Zuzana Hrnčiarová"], ["World", "Diplomacy"],
        "<p>Foreign ministers of the Visegrad Group met at Bratislava Castle on Thursday but failed to agree a joint line on military aid to Ukraine, exposing a rift that has widened since 2023.</p>"
        "<p>\"We agree on energy, on transport, on the budget. On Ukraine we agree to disagree,\" said Peter Kollár, state secretary at Slovakia's foreign ministry.</p>"
        "<p>\"That formula has an expiry date,\" said Agnieszka Wróbel of the Polish Institute of International Affairs.</p>",
        lambda k: it(k, "Visegrad ministers meet in Bratislava with Ukraine split unresolved", w, ["Zuzana Hrnčiarová"],
                     quotes=[q("Peter Kollár", "Slovakia's foreign ministry"), q("Agnieszka Wróbel", "Polish Institute of International Affairs")],
                     note="Regional diplomacy hosted by Slovakia: relevant. Dates written in GMT by the rss package; the newsroom is on +0100."))
    w = d(2026, 2, 11, 10, 40, 0, 1)
    add("cm6w8d1pt00sd07ky3q2n5rfa", "gas-transit-slovakia-signs-lng-deal-via-croatia", "Slovakia signs LNG supply deal routed through Croatia's Krk terminal", w, ["Martin Šulc", "Zuzana Hrnčiarová"], ["Economy", "World"],
        "<p>Slovakia's gas utility has signed a five-year deal for liquefied natural gas delivered through the Krk terminal in Croatia, the first long-term contract since Russian transit through Ukraine ended in January 2025.</p>"
        "<p>\"We have replaced a pipe with a portfolio,\" said Ľubica Danková, the utility's trading director.</p>",
        lambda k: it(k, "Slovakia signs LNG supply deal routed through Croatia's Krk terminal", w, ["Martin Šulc", "Zuzana Hrnčiarová"], quotes=[q("Ľubica Danková", "gas utility")],
                     note="Two dc:creator elements: two people. Energy security after the end of Russian transit (a real event as setting), a cross-border supply deal: relevant."))
    w = d(2026, 2, 10, 15, 0, 0, 1)
    add("cm6uq5ne200rj07mfa8x1b6tc", "bratislava-old-town-parking-zones-expand", "Bratislava expands resident parking zones to Petržalka", w, ["Martin Šulc"], ["Bratislava"],
        "<p>Resident parking zones will cover all of Petržalka from April, City Hall said.</p>",
        lambda k: it(k, "Bratislava expands resident parking zones to Petržalka", w, ["Martin Šulc"], rel=False, note="City news: not relevant."))
    w = d(2026, 2, 9, 8, 30, 0, 1)
    add("cm6t1hz9k00pw07l0c2d9m4ye", "podcast-the-ledger-weekly-97", "The Ledger Weekly #97: What's behind the new teachers' strike?", w, ["The Devín Ledger"], ["Podcast"],
        "<p>Listen to this week's episode on Spotify or Apple Podcasts.</p>",
        lambda k: it(k, "The Ledger Weekly #97: What's behind the new teachers' strike?", w, [], story=False, rel=False, junk=["Listen to this week's episode"],
                     note="A podcast episode credited to the brand: not a story."))
    w = d(2026, 2, 6, 13, 55, 0, 1)
    add("cm6p7ww3e00nb07kxg6h2t8pa", "slovak-troops-to-join-nato-battlegroup-rotation-in-hungary", "Slovak troops to join NATO battlegroup rotation in Hungary", w, [], ["World", "Defence"],
        "<p>Around 150 Slovak soldiers will join NATO's multinational battlegroup in Hungary from May, the Defence Ministry said. Parliament approved the deployment by 88 votes to 41.</p>",
        lambda k: it(k, "Slovak troops to join NATO battlegroup rotation in Hungary", w, [],
                     note="No dc:creator: no byline, [] expected. Alliance deployment abroad: relevant."))
    w = d(2026, 2, 5, 19, 10, 0, 1)
    add("cm6o2ba7v00mc07l4y1e5q9kd", "newsletter-sign-up-morning-ledger", "Sign up for the Morning Ledger newsletter", w, ["The Devín Ledger"], ["Newsletter"],
        "<p>Slovakia's news in English, every weekday at 7am. Subscribe for free.</p>",
        lambda k: it(k, "Sign up for the Morning Ledger newsletter", w, [], story=False, rel=False, note="Newsletter promotion: not a story."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel>'
            f'<title><![CDATA[The Devín Ledger]]></title><description><![CDATA[Slovakia news in English]]></description><link>{base}</link><generator>RSS for Node</generator>'
            f'<lastBuildDate>{gmt(d(2026, 2, 12, 17, 30, 2, 1))}</lastBuildDate><atom:link href="{base}/rss.xml" rel="self" type="application/rss+xml"/><language><![CDATA[en]]></language>')
    text = head + "".join(rows) + "</channel></rss>"
    return feed("en_sk_devinledger_world_hygraph_2026.rss.xml", text, items, lang="en", outlet="The Devín Ledger", aliases=["Devín Ledger", "Devin Ledger"],
                structure="Bratislava English-language daily on Hygraph with a Next.js route rendering the node 'rss' package (February 2026): one line, namespaces before version, CDATA channel title/description/language, generator 'RSS for Node', items in the package's order (CDATA title, CDATA description, link, guid isPermaLink=false with Hygraph cuid ids, CDATA categories, CDATA dc:creator per author, pubDate in GMT, enclosure length 0), newsroom +0100, two creators on one item, the brand as creator on a podcast and a newsletter promo, no creator on one story",
                notes="Home country Slovakia: Visegrad diplomacy, energy supply and a NATO deployment are relevant; Bratislava parking is not.")


# ---------------------------------------------------------------- San José (Costa Rica) English-language daily on Payload CMS 3 (Next.js route, Lexical HTML)
def meseta():
    base = "https://mesetatimes.example"
    rows, items = [], []

    def add(oid, slug, title, when, author, excerpt, html, exp):
        link = f"{base}/{slug}"
        a = f"\n    <author>{esc(author)}</author>" if author else ""
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{link}</link>\n    <guid isPermaLink=\"false\">{oid}</guid>\n    <pubDate>{gmt(when)}</pubDate>{a}"
                    f"\n    <description>{esc(excerpt)}</description>\n    <content:encoded>{cd(html)}</content:encoded>\n  </item>")
        items.append(exp(oid))

    def lx(*paras):
        return "".join(f'<p class="payload-richtext">{p}</p>' for p in paras)

    w = d(2026, 2, 2, 23, 50, 0, -6)
    add("67a0f1c2b9e84d0012a3c4d1", "live-costa-rica-election-results", "LIVE: Costa Rica election results as they come in", w, "Meseta Times Staff",
        "Follow our live coverage of the presidential and legislative vote count.",
        lx("11:50 p.m. - With 88% of polling stations counted, the TSE says turnout reached 63%.", "10:15 p.m. - First results released."),
        lambda k: it(k, "Costa Rica election results as they come in", w, [], story=False, rel=False,
                     note="A live page on the home election: not a story. 'Meseta Times Staff' is not a person. Title label 'LIVE:' may be kept or dropped"))
    w = d(2026, 1, 30, 16, 5, 0, -6)
    add("679bfe01a7c24e0013b5d6e2", "nicaragua-border-crossing-at-penas-blancas-reopens-after-dispute", "Peñas Blancas crossing reopens after three-day standoff with Nicaragua", w, "Daniela Quesada",
        "Truckers had been stranded on both sides after Managua imposed new fumigation fees.",
        lx("The Peñas Blancas border crossing with Nicaragua reopened on Friday after a three-day standoff over new fumigation fees that left more than 900 trucks stranded.",
           "&ldquo;We got the fees suspended, not withdrawn, so this can happen again next month,&rdquo; said Rodolfo Vargas, president of the Costa Rican Chamber of Exporters.",
           "Costa Rica's Foreign Ministry sent a protest note to Managua on Wednesday.",
           '<em>Related: <a href="/nicaragua-exit-visas-explained">Nicaragua\'s exit rules, explained</a></em>'),
        lambda k: it(k, "Peñas Blancas crossing reopens after three-day standoff with Nicaragua", w, ["Daniela Quesada"], quotes=[q("Rodolfo Vargas", "Costa Rican Chamber of Exporters")],
                     junk=["Related:"], note="A dispute with a neighbouring state and a protest note: relevant."))
    w = d(2026, 1, 29, 10, 30, 0, -6)
    add("679a5c8ef1d03b0012c7a8f3", "deportees-from-us-leave-catem-shelter", "Last of the migrants deported from the US leave the CATEM shelter", w, "Daniela Quesada and Lucas Herrera",
        "A year after the first flight, the government closes the southern shelter.",
        lx("The last 14 migrants flown to Costa Rica from the United States in February 2025 left the CATEM shelter near the Panama border this week, the immigration authority said.",
           "&ldquo;Costa Rica was a bridge for people nobody wanted to receive,&rdquo; said Marcela Solís, a lawyer with the Costa Rican Human Rights Clinic at the University of Costa Rica."),
        lambda k: it(k, "Last of the migrants deported from the US leave the CATEM shelter", w, ["Daniela Quesada", "Lucas Herrera"], quotes=[q("Marcela Solís", "University of Costa Rica")],
                     note="'A and B' in the author element: two people. Deportation flights from the US (a real 2025 arrangement as setting): relevant. The affiliation as the text gives it: the clinic at the University of Costa Rica."))
    w = d(2026, 1, 28, 14, 0, 0, -6)
    add("6799177ac3e25f0011d8b9a4", "coffee-harvest-tarrazu-short-of-pickers", "Tarrazú coffee farms short of pickers at harvest peak", w, "Lucas Herrera",
        "Growers say they need 3,000 more workers.",
        lx("Coffee growers in Tarrazú say they are 3,000 pickers short at the peak of the harvest."),
        lambda k: it(k, "Tarrazú coffee farms short of pickers at harvest peak", w, ["Lucas Herrera"], rel=False, note="Home agriculture: not relevant."))
    w = d(2026, 1, 27, 9, 15, 0, -6)
    add("6797c2b0d8f1a40013e9f0b5", "panama-and-costa-rica-sign-joint-patrol-deal-in-the-pacific", "Costa Rica and Panama sign joint coast guard patrol deal", w, None,
        "The agreement targets drug boats along the shared Pacific coast.",
        lx("(AP) - Costa Rica and Panama signed an agreement on Monday for joint coast guard patrols along their Pacific coasts, where officials say drug boats increasingly refuel.",
           "&ldquo;The traffickers do not stop at the line on the map, so neither will we,&rdquo; said Commissioner Álvaro Jiménez, head of Costa Rica's National Coast Guard Service."),
        lambda k: it(k, "Costa Rica and Panama sign joint coast guard patrol deal", w, [], quotes=[q("Álvaro Jiménez", "National Coast Guard Service")], junk=["(AP)"],
                     note="No author element; an (AP) tag opens the body: [] expected. Bilateral security agreement: relevant."))
    w = d(2026, 1, 26, 18, 45, 0, -6)
    add("679666e3a1b0c70012f0a1c6", "video-turtle-nesting-season-in-ostional", "Video: Arribada brings thousands of olive ridleys to Ostional", w, "Meseta Times Video",
        "Watch the mass nesting on the Guanacaste coast.",
        lx('<iframe src="https://www.youtube-nocookie.example/embed/x8Jk2" title="Arribada"></iframe>'),
        lambda k: it(k, "Arribada brings thousands of olive ridleys to Ostional", w, [], story=False, rel=False,
                     note="A video: not a story. Title label 'Video:' may be kept or dropped"))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            f'  <title>The Meseta Times</title>\n  <link>{base}</link>\n  <description>Costa Rica news in English</description>\n  <language>en-us</language>\n'
            f'  <atom:link href="{base}/feed.xml" rel="self" type="application/rss+xml"/>\n  <lastBuildDate>{gmt(d(2026, 2, 2, 23, 52, 0, -6))}</lastBuildDate>\n')
    text = head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("en_cr_mesetatimes_world_payload_2026.rss.xml", text, items, lang="en", outlet="The Meseta Times", aliases=["Meseta Times"],
                structure="San José (Costa Rica) English-language daily on Payload CMS 3 with a Next.js route handler (January-February 2026): two-space indentation, channel brand only, en-us, atom self link, items with 24-hex MongoDB ObjectIds as non-permalink guids, pubDate in GMT (toUTCString; newsroom -0600) BEFORE a plain-name <author> ('Name', 'A and B', 'Meseta Times Staff', 'Meseta Times Video' or absent), escaped excerpts, CDATA content:encoded rendered from Lexical rich text ('payload-richtext' paragraphs, HTML named entities for curly quotes), an '(AP) -' tag, an italic 'Related:' link, a live page on the home election and a YouTube video",
                notes="Home country Costa Rica: disputes and agreements with Nicaragua and Panama and the US deportation arrangement are relevant; coffee and the election live page are not.")


# ---------------------------------------------------------------- Copenhagen English-language daily on Labrador CMS
def oresund():
    base = "https://www.oresundtimes.example"
    rows, items = [], []

    def add(aid, section, slug, title, when, byline, lead, exp, img=None):
        link = f"{base}/{section}/{slug}/{aid}"
        by = f"\n<author>{esc(byline)}</author>" if byline else ""
        m = f'\n<enclosure url="https://image.oresundtimes.example/{aid}.webp?imageId={aid}&amp;width=960" length="0" type="image/webp" />' if img else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{link}</link>\n<guid isPermaLink=\"false\">{aid}</guid>{by}\n<pubDate>{rfc822(when)}</pubDate>\n<description>{esc(lead)}</description>{m}\n</item>")
        items.append(exp(aid))

    w = d(2026, 2, 18, 20, 12, 0, 1)
    add("1184523", "world", "greenland-danish-and-us-officials-agree-working-group-on-pituffik", "Danish and US officials agree working group on Pituffik base", w, "Sofie Lindholm",
        "Nuuk, Copenhagen and Washington will meet monthly on the base's future. \"Nothing about Greenland without Greenland is now written into the terms of reference,\" said Aqqaluk Petersen, head of Greenland's representation in Copenhagen.",
        lambda k: it(k, "Danish and US officials agree working group on Pituffik base", w, ["Sofie Lindholm"], quotes=[q("Aqqaluk Petersen", "Greenland's representation in Copenhagen")],
                     note="Labrador's RSS carries the front-page lead as description. The Kingdom's relations with the US over Greenland (a real dispute as setting): relevant."), img=True)
    w = d(2026, 2, 18, 9, 30, 0, 1)
    add("1184370", "world", "denmark-to-fund-ukrainian-drone-production-in-jutland", "Denmark to fund Ukrainian drone production in Jutland", w, "Sofie Lindholm og Rasmus Krog",
        "A Ukrainian manufacturer will build long-range drones near Vojens. \"This is the Danish model moved one step closer to home,\" said Mette Kjærgaard, a defence analyst at the Royal Danish Defence College.",
        lambda k: it(k, "Denmark to fund Ukrainian drone production in Jutland", w, ["Sofie Lindholm", "Rasmus Krog"], quotes=[q("Mette Kjærgaard", "Royal Danish Defence College")],
                     note="The CMS joins two bylines with Danish 'og' even in the English edition: two people. Military aid to Ukraine: relevant."), img=True)
    w = d(2026, 2, 17, 15, 45, 0, 1)
    add("1184102", "copenhagen", "metro-line-m5-route-decision", "City council picks route for metro line M5 to Lynetteholm", w, "Rasmus Krog",
        "The new line will run under Nordhavn to the artificial island.",
        lambda k: it(k, "City council picks route for metro line M5 to Lynetteholm", w, ["Rasmus Krog"], rel=False, note="City news: not relevant."))
    w = d(2026, 2, 17, 7, 0, 0, 1)
    add("1183955", "quiz", "news-quiz-week-7", "News quiz: How closely did you follow week 7?", w, None,
        "Ten questions on the week's news. Test yourself!",
        lambda k: it(k, "How closely did you follow week 7?", w, [], story=False, rel=False, note="A quiz: not a story. Title label 'News quiz:' may be kept or dropped"))
    w = d(2026, 2, 16, 12, 20, 0, 1)
    add("1183801", "world", "sweden-and-denmark-end-oresund-bridge-id-checks", "Sweden ends ID checks on trains from Copenhagen Airport", w, "Ritzau",
        "Swedish police will carry out spot checks instead from March 1, the Swedish justice ministry said on Monday.",
        lambda k: it(k, "Sweden ends ID checks on trains from Copenhagen Airport", w, [],
                     note="Credited to the Danish news agency Ritzau: not a person, [] expected. A neighbour's border policy: relevant."))
    w = d(2026, 2, 15, 18, 0, 0, 1)
    add("1183640", "live", "live-winter-storm-ingrid-hits-zealand", "LIVE: Storm hits Zealand - bridges closed", w, None,
        "Follow the latest on closures and power cuts.",
        lambda k: it(k, "Storm hits Zealand - bridges closed", w, [], story=False, rel=False,
                     note="A live page on home weather: not a story. Title label 'LIVE:' may be kept or dropped"))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n'
            f'<title>The Øresund Times</title>\n<link>{base}</link>\n<description>Danish news in English</description>\n<language>en</language>\n'
            f'<lastBuildDate>{rfc822(d(2026, 2, 18, 20, 15, 0, 1))}</lastBuildDate>\n<generator>Labrador CMS</generator>\n')
    text = head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("en_dk_oresundtimes_world_labrador_2026.rss.xml", text, items, lang="en", outlet="The Øresund Times", aliases=["Øresund Times", "Oresund Times"],
                structure="Copenhagen English-language daily on Labrador CMS (February 2026): no namespaces, no indentation, channel brand only, language 'en', generator, links '/<section>/<slug>/<numeric id>', the id as non-permalink guid, RSS <author> with a plain name, 'A og B' (the Danish conjunction from the CMS), the agency 'Ritzau' or absent, the front-page lead as plain-text description (quotes included), enclosure .webp images with length 0, +0100 dates, a quiz and a live page on a storm",
                notes="Home country Denmark (with Greenland): relations with the US over Greenland, aid to Ukraine and Swedish border checks are relevant; metro lines, quizzes and storms are not.")


# ---------------------------------------------------------------- Avarua (Cook Islands) daily on Squiz Matrix (RSS feed asset)
def rarotonga():
    base = "https://www.rarotongasun.example"
    rows, items = [], []

    def add(asset, name, title, when, author, summary, exp):
        link = f"{base}/news/world/{name}"
        a = f"\n\t\t\t<dc:creator>{esc(author)}</dc:creator>" if author else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{link}</link>\n\t\t\t<description>{esc(summary)}</description>{a}"
                    f"\n\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t\t<guid isPermaLink=\"true\">{base}/?a={asset}</guid>\n\t\t</item>")
        items.append(exp(f"{base}/?a={asset}"))

    w = d(2026, 3, 10, 16, 30, 0, -10)
    add(148822, "nz-funding-pause-talks-resume-in-wellington", "Funding talks with New Zealand resume after year-long pause", w, "Tereapii Marsters",
        "<p>Officials from Avarua and Wellington resumed talks on New Zealand's paused budget support, a year after the row over the Cook Islands' agreements with China.</p>"
        "<p>&quot;The relationship is older than any agreement either of us signs with a third country,&quot; said Mata Tuara, secretary of the Ministry of Foreign Affairs and Immigration.</p>",
        lambda k: it(k, "Funding talks with New Zealand resume after year-long pause", w, ["Tereapii Marsters"], quotes=[q("Mata Tuara", "Ministry of Foreign Affairs and Immigration")],
                     note="Squiz Matrix asset URLs '?a=<asset id>' as guids. The free-association relationship with New Zealand and the 2025 China agreements (a real dispute as setting): relevant."))
    w = d(2026, 3, 9, 11, 0, 0, -10)
    add(148790, "seabed-minerals-authority-defers-licence-decision", "Seabed Minerals Authority defers licence decision to 2027", w, "Tereapii Marsters",
        "<p>The Seabed Minerals Authority has deferred a decision on mining licences to 2027, pending an environmental review.</p>"
        "<p>&quot;We will not be the first country to mine the deep sea just to be first,&quot; said Vaine Tangaroa, the authority's commissioner.</p>"
        "<p>The decision comes as the International Seabed Authority in Kingston continues work on a mining code.</p>",
        lambda k: it(k, "Seabed Minerals Authority defers licence decision to 2027", w, ["Tereapii Marsters"], quotes=[q("Vaine Tangaroa", "Seabed Minerals Authority")],
                     note="Deep-sea mining in national waters with the international code in the background: relevant (international resource governance)."))
    w = d(2026, 3, 8, 17, 45, 0, -10)
    add(148761, "cyclone-watch-for-southern-group", "Cyclone watch for the Southern Group", w, "Cook Islands Meteorological Service",
        "<p>A tropical cyclone watch is in force for Rarotonga, Mangaia and Atiu. Secure loose objects and check your emergency kits.</p>",
        lambda k: it(k, "Cyclone watch for the Southern Group", w, [], story=False, rel=False, note="A weather warning: not a story; the met service is not a person."))
    w = d(2026, 3, 7, 12, 10, 0, -10)
    add(148735, "rugby-sevens-squad-named-for-hong-kong", "Sevens squad named for Hong Kong", w, "Sun Sport",
        "<p>Twelve players, including three from Aitutaki, have been named for next month's tournament.</p>",
        lambda k: it(k, "Sevens squad named for Hong Kong", w, [], rel=False, note="Sport: a story, not relevant; 'Sun Sport' is not a person."))
    w = d(2026, 3, 6, 9, 20, 0, -10)
    add(148702, "pacific-islands-forum-officials-meet-on-regional-policing", "Pacific Islands Forum officials meet in Suva on regional policing plan", w, "RNZ Pacific",
        "<p>Forum officials met in Suva on Thursday to finalise funding for the Pacific Policing Initiative.</p>",
        lambda k: it(k, "Pacific Islands Forum officials meet in Suva on regional policing plan", w, [],
                     note="A partner broadcaster's credit, not a person: [] expected. Regional security: relevant."))
    w = d(2026, 3, 5, 15, 0, 0, -10)
    add(148688, "gallery-te-maeva-nui-rehearsals", "Gallery: Te Maeva Nui rehearsals at the national auditorium", w, None,
        "<p>Photos from the first full rehearsals.</p>",
        lambda k: it(k, "Te Maeva Nui rehearsals at the national auditorium", w, [], story=False, rel=False,
                     note="A photo gallery: not a story. Title label 'Gallery:' may be kept or dropped"))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="utf-8" ?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n\t<channel>\n'
            f'\t\t<title>World News - The Rarotonga Sun</title>\n\t\t<link>{base}/news/world</link>\n\t\t<description>World News</description>\n\t\t<language>en-nz</language>\n'
            f'\t\t<generator>Squiz Matrix</generator>\n\t\t<lastBuildDate>{rfc822(d(2026, 3, 10, 16, 35, 0, -10))}</lastBuildDate>\n')
    text = head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("en_ck_rarotongasun_world_squizmatrix_2026.rss.xml", text, items, lang="en", outlet="The Rarotonga Sun", aliases=["Rarotonga Sun"],
                structure="Avarua (Cook Islands) daily's world news from a Squiz Matrix RSS feed asset (March 2026): a space before '?>', tab indentation, channel 'World News - Brand' with just 'World News' as description, language 'en-nz' (the New Zealand locale: the Cook Islands show through Avarua, Rarotonga, Aitutaki), generator, asset-name links '/news/world/<name>', Squiz asset guids '<base>/?a=<asset id>', escaped HTML summaries with &quot; quotes, dc:creator with a reporter, 'Sun Sport', the met service, 'RNZ Pacific' or absent, -1000 dates, a cyclone watch and a gallery",
                notes="Home country the Cook Islands: relations with New Zealand, seabed mining and Pacific Islands Forum policing are relevant; sport, weather and festivals are not.")


# ---------------------------------------------------------------- Tirana tech site on Directus with a Nuxt front end
def dajti():
    base = "https://dajtiwire.example"
    rows, items = [], []

    def add(uuid, slug, title, when, author, summary, body, tags, exp):
        link = f"{base}/articles/{slug}"
        a = f"\n      <dc:creator><![CDATA[{author}]]></dc:creator>" if author else ""
        rows.append(f"    <item>\n      <title><![CDATA[{title}]]></title>\n      <link>{link}</link>\n      <guid isPermaLink=\"false\">{uuid}</guid>{a}\n      <pubDate>{gmt(when)}</pubDate>"
                    + "".join(f"\n      <category>{esc(t)}</category>" for t in tags)
                    + f"\n      <description><![CDATA[{summary}]]></description>\n      <content:encoded><![CDATA[{body}]]></content:encoded>\n    </item>")
        items.append(exp(uuid))

    w = d(2025, 10, 14, 12, 0, 0, 2)
    add("0c9d7e3a-55b1-4f6e-9a2c-1d8e4b7f3a60", "eu-ai-act-general-purpose-model-rules-what-albanian-startups-must-do", "EU AI Act: what the general-purpose model rules mean for Albanian startups", w, "Erion Shehu",
        "Candidate countries are aligning their laws with the EU's AI rules.",
        "<p>Albania's draft AI law, published for consultation on Monday, copies the EU AI Act's obligations for providers of general-purpose models almost word for word.</p>"
        "<p>\"If you sell into the single market you comply anyway, so the draft mostly saves lawyers' fees,\" said Klea Muça, a partner at the Tirana law firm Muça &amp; Lleshi.</p>"
        "<p><strong>Newsletter:</strong> Get Dajti Wire's weekly briefing every Friday.</p>",
        ["Policy", "AI"],
        lambda k: it(k, "EU AI Act: what the general-purpose model rules mean for Albanian startups", w, ["Erion Shehu"], quotes=[q("Klea Muça", "Muça & Lleshi")], junk=["Newsletter:", "weekly briefing"],
                     note="State regulation of AI and EU alignment of a candidate country: relevant in a tech feed."))
    w = d(2025, 10, 13, 9, 30, 0, 2)
    add("7f2b1a9e-0d34-4c8b-b6e1-5a9c3d2f8e71", "government-ai-procurement-assistant-a-month-on", "A month on, what has the government's AI procurement assistant actually done?", w, "Erion Shehu",
        "Tenders move faster, but nobody can audit the scoring.",
        "<p>The AI assistant that the government put in charge of public tenders in 2025 has handled more than 400 procedures, according to the procurement agency.</p>"
        "<p>\"Nobody outside the agency can audit how it scores bids,\" said Arta Kola, director of the transparency group Open Procurement Albania.</p>",
        ["Government", "AI"],
        lambda k: it(k, "A month on, what has the government's AI procurement assistant actually done?", w, ["Erion Shehu"], quotes=[q("Arta Kola", "Open Procurement Albania")], rel=False,
                     note="Home e-government: a story, not world affairs."))
    w = d(2025, 10, 11, 15, 15, 0, 2)
    add("a4e8c2d6-9b13-4f70-8c5e-2b6d1f9a0e34", "review-a-week-with-the-glyph-lit-budget-phone", "Review: a week with the Glyph-lit budget phone", w, "Besa Dervishaj",
        "Good battery, mediocre camera.",
        "<p>Battery life is the headline: two days of normal use.</p><p><em>Dajti Wire may earn a commission from links in this article.</em></p>",
        ["Reviews", "Phones"],
        lambda k: it(k, "Review: a week with the Glyph-lit budget phone", w, ["Besa Dervishaj"], rel=False, junk=["may earn a commission"],
                     note="A product review: a story, not relevant. Affiliate disclosure in the body."))
    w = d(2025, 10, 10, 10, 0, 0, 2)
    add("5b0f3e7c-2a86-4d19-a7f4-8e3c6b1d9f02", "undersea-cable-cut-in-adriatic-slows-traffic-to-italy", "Undersea cable damage in the Adriatic slows traffic to Italy", w, "Erion Shehu",
        "Operators reroute through Greece while the repair ship sails from Catania.",
        "<p>Internet traffic between Albania and Italy slowed on Friday after damage to one of two undersea cables under the Adriatic, operators said.</p>"
        "<p>\"We see no sign of sabotage, but we will not rule it out until the ship reaches the break,\" said Gentian Hasa, chief technology officer of the operator AlbaNet.</p>",
        ["Infrastructure"],
        lambda k: it(k, "Undersea cable damage in the Adriatic slows traffic to Italy", w, ["Erion Shehu"], quotes=[q("Gentian Hasa", "AlbaNet")],
                     note="Cross-border critical infrastructure with possible sabotage: relevant."))
    w = d(2025, 10, 9, 18, 0, 0, 2)
    add("e1d6a0b3-7c42-4e95-b8f0-3a7e9c5d2b18", "deals-best-laptop-offers-this-week", "Deals: The best laptop offers this week", w, "Dajti Wire Deals",
        "Prices checked on Thursday morning.",
        "<ul><li>14-inch ultrabook - 799 EUR</li><li>Gaming laptop - 1,099 EUR</li></ul>",
        ["Deals"],
        lambda k: it(k, "The best laptop offers this week", w, [], story=False, rel=False,
                     note="An affiliate deals list: not a story; the deals desk is not a person. Title label 'Deals:' may be kept or dropped"))
    w = d(2025, 10, 8, 8, 0, 0, 2)
    add("2c7a5f1e-8d09-4b3a-9e6c-0f4b2d8a7c95", "podcast-bytes-of-tirana-episode-42", "Bytes of Tirana, episode 42: the startup visa", w, None,
        "Our weekly podcast.",
        '<p>Listen: <audio controls src="https://media.dajtiwire.example/podcast/ep42.mp3"></audio></p>',
        ["Podcast"],
        lambda k: it(k, "Bytes of Tirana, episode 42: the startup visa", w, [], story=False, rel=False, note="A podcast episode: not a story."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n'
            f'    <title>Dajti Wire</title>\n    <link>{base}</link>\n    <description>Technology news from Albania and the Western Balkans</description>\n    <language>en</language>\n'
            f'    <lastBuildDate>{gmt(d(2025, 10, 14, 12, 3, 0, 2))}</lastBuildDate>\n')
    text = head + "\n".join(rows) + "\n  </channel>\n</rss>\n"
    return feed("en_tech_dajtiwire_directus_2025.rss.xml", text, items, lang="en", outlet="Dajti Wire", topic="tech",
                structure="Tirana tech news site on Directus with a Nuxt server route writing the RSS (October 2025): two-space indentation, no generator, language 'en', Directus item UUIDs as non-permalink guids, CDATA titles and dc:creator (a reporter, 'Dajti Wire Deals' or absent), pubDate in GMT (newsroom +0200) BEFORE the categories, CDATA one-line summaries and content:encoded with a newsletter plug, an affiliate disclosure, an <audio> player and a deals list",
                notes="Tech feed: relevant means world-affairs weight (AI regulation and EU alignment, cross-border infrastructure), not products or home e-government.")


# ---------------------------------------------------------------- Monaco ocean-science magazine on Contentstack (Atom from a Next.js route)
def fathom():
    base = "https://www.fathomandcurrent.example"
    rows, items = [], []

    def add(uid, slug, title, when, upd, authors, summary, body, exp):
        link = f"{base}/news/{slug}"
        au = "".join(f"\n    <author><name>{esc(a)}</name></author>" for a in authors)
        rows.append(f"  <entry>\n    <id>urn:contentstack:entry:{uid}</id>\n    <title type=\"text\">{esc(title)}</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{link}\"/>"
                    f"\n    <published>{when.isoformat()}</published>\n    <updated>{upd.isoformat()}</updated>{au}"
                    f"\n    <summary type=\"text\">{esc(summary)}</summary>\n    <content type=\"html\">{esc(body)}</content>\n  </entry>")
        items.append(exp(f"urn:contentstack:entry:{uid}"))

    w = d(2026, 1, 17, 10, 0, 0, 1)
    add("blt8f3a2c1d9e7b6054", "high-seas-treaty-enters-into-force", "High Seas Treaty enters into force: what changes for ocean science", w, d(2026, 1, 17, 14, 30, 0, 1), ["Dr Camille Roussel"],
        "The agreement on marine biodiversity beyond national jurisdiction is now binding.",
        "<p>The Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction entered into force on Saturday, opening the way for the first high-seas marine protected areas.</p>"
        "<p>\"For the first time, a research cruise in the open ocean will have to share what it finds,\" said Luca Ferrand, a marine policy researcher at the Oceanographic Institute in Monaco.</p>"
        "<p><em>Image: A research vessel in the Ligurian Sea. Credit: Fathom &amp; Current</em></p>",
        lambda k: it(k, "High Seas Treaty enters into force: what changes for ocean science", w, ["Camille Roussel"], quotes=[q("Luca Ferrand", "Oceanographic Institute")],
                     junk=["Credit: Fathom"],
                     note="The academic title 'Dr' is not part of the name. A landmark international treaty (entry into force in January 2026 as setting): relevant in a science feed."))
    w = d(2026, 1, 15, 16, 20, 0, 1)
    add("blt2d7e9f0a1c3b8465", "deep-sea-mining-code-talks-resume-in-kingston", "Deep-sea mining code talks resume in Kingston under pressure", w, d(2026, 1, 15, 16, 20, 0, 1), ["Tobias Grant", "Dr Camille Roussel"],
        "States at the International Seabed Authority face a push for unilateral licences.",
        "<p>Member states of the International Seabed Authority resumed talks in Kingston on rules for deep-sea mining.</p>"
        "<p>\"Every month without a code is a month in which someone is tempted to go it alone,\" said Sina Tupou, a delegate for Tonga.</p>",
        lambda k: it(k, "Deep-sea mining code talks resume in Kingston under pressure", w, ["Tobias Grant", "Camille Roussel"], quotes=[q("Sina Tupou", "Tonga")],
                     note="Two Atom authors. International negotiation on ocean resources: relevant."))
    w = d(2026, 1, 13, 9, 0, 0, 1)
    add("blt6c1b4e8d2f9a0737", "posidonia-meadows-store-more-carbon-than-thought", "Posidonia meadows store more carbon than thought, Ligurian cores suggest", w, d(2026, 1, 13, 9, 0, 0, 1), ["Tobias Grant"],
        "Sediment cores show carbon buried over 4,000 years.",
        "<p>Sediment cores from Posidonia meadows off Liguria hold up to 40% more carbon than earlier estimates, a study in Marine Ecology Letters reports.</p>"
        "<p>\"The meadows are old banks, and we had only counted the top drawer,\" said Giulia Benedetti, the study's lead author at the University of Genoa.</p>",
        lambda k: it(k, "Posidonia meadows store more carbon than thought, Ligurian cores suggest", w, ["Tobias Grant"], quotes=[q("Giulia Benedetti", "University of Genoa")], rel=False,
                     note="A single study: a story, not world affairs."))
    w = d(2026, 1, 12, 12, 0, 0, 1)
    add("blt0e5a9d3c7b1f2848", "events-ocean-talks-january", "Events: Ocean talks and exhibitions in January", w, d(2026, 1, 12, 12, 0, 0, 1), ["Fathom & Current"],
        "What's on in Monaco and Nice.",
        "<ul><li>20 Jan - Lecture: the Mediterranean in 2050</li><li>27 Jan - Exhibition opening: plankton under the microscope</li></ul>",
        lambda k: it(k, "Ocean talks and exhibitions in January", w, [], story=False, rel=False,
                     note="An events listing credited to the magazine: not a story. Title label 'Events:' may be kept or dropped"))
    w = d(2026, 1, 9, 14, 0, 0, 1)
    add("blt9a4f7c2e0d8b1563", "argo-floats-record-warm-mediterranean-winter", "Argo floats record warmest Mediterranean winter surface on file", w, d(2026, 1, 9, 14, 0, 0, 1), ["Dr Camille Roussel"],
        "Surface waters 1.4C above the 1991-2020 average.",
        "<p>Autonomous Argo floats show Mediterranean surface waters 1.4C above the 1991-2020 average for early January.</p>",
        lambda k: it(k, "Argo floats record warmest Mediterranean winter surface on file", w, ["Camille Roussel"], rel=False,
                     note="Observational climate finding without policy weight: a story, not relevant."))
    w = d(2026, 1, 8, 8, 0, 0, 1)
    add("blt3b8e1f6a9c0d2479", "photo-contest-underwater-winners", "Underwater Photo Contest 2025: the winners", w, d(2026, 1, 8, 8, 0, 0, 1), ["Fathom & Current"],
        "Our readers' best shots from below the surface.",
        "<p>Gallery of the twelve winning images.</p>",
        lambda k: it(k, "Underwater Photo Contest 2025: the winners", w, [], story=False, rel=False, note="A reader photo contest gallery: not a story."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">\n'
            f'  <id>{base}/</id>\n  <title>Fathom &amp; Current</title>\n  <subtitle>Ocean science news from Monaco</subtitle>\n  <updated>{d(2026, 1, 17, 14, 30, 0, 1).isoformat()}</updated>\n'
            f'  <link rel="self" href="{base}/atom.xml"/>\n  <link rel="alternate" href="{base}/"/>\n  <generator>Contentstack + Next.js</generator>\n')
    text = head + "\n".join(rows) + "\n</feed>\n"
    return feed("en_science_fathomcurrent_contentstack_2026.atom.xml", text, items, lang="en", outlet="Fathom & Current", shape="atom", topic="science",
                ctype="application/atom+xml; charset=utf-8",
                structure="Monaco ocean-science magazine on Contentstack with a Next.js route writing Atom 1.0 (January 2026): xml:lang 'en', escaped '&amp;' in the brand, generator 'Contentstack + Next.js', entry ids 'urn:contentstack:entry:blt<16 hex>' (Contentstack entry uids), published and updated with +01:00 offsets, one <author><name> per author ('Dr Name' or the magazine itself), text summaries and escaped HTML content with an italic image credit, an events list and a reader photo contest",
                notes="Science feed: relevant means world-affairs weight (the High Seas Treaty, seabed mining negotiations), not single studies or observations.")


FEEDS = [devin, meseta, oresund, rarotonga, dajti, fathom]
