# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English world desks of the forty-seventh held-out set (part 1: a St John's (Antigua) daily on
Webflow, a St Peter Port (Guernsey) daily on the Glide Publishing Platform, a Pristina
English-language daily on Superdesk Publisher, a Zagreb English-language daily on Jahia).
All outlets, people and quotations are invented."""
from h47 import cd, d, esc, feed, gmt, it, ordered, q, rfc822


# ---------------------------------------------------------------- St John's (Antigua) daily on Webflow CMS collection RSS
def wadadli():
    base = "https://www.wadadlichronicle.example"
    cdn = "https://cdn.prod.website-files.example/64b2f0c1a7d5e3f9a1c0b7d2"
    rows, items = [], []

    def add(slug, img, title, when, desc, exp):
        link = f"{base}/world/{slug}"
        rows.append(f"<item><title>{esc(title)}</title><link>{link}</link><guid>{link}</guid><description>{esc(desc)}</description>"
                    f"<pubDate>{gmt(when)}</pubDate><media:content url=\"{cdn}/{img}_{slug[:40]}.jpg\" medium=\"image\"></media:content>"
                    f"<media:thumbnail url=\"{cdn}/{img}_{slug[:40]}.jpg\"></media:thumbnail></item>")
        items.append(exp(link))

    w = d(2025, 3, 4, 14, 20, 0, -4)
    add("caricom-leaders-weigh-new-funding-formula-for-haiti-security-mission", "67c7010e4a1b", "CARICOM weighs new funding formula for Haiti security mission", w,
        "Caribbean governments meeting in Bridgetown this week will consider a proposal to fund the Haiti security mission through assessed contributions rather than voluntary pledges. \"We cannot keep passing the hat every quarter while the gangs expand,\" said Ambassador Delcia Barnes, Antigua and Barbuda's permanent representative to the Organization of American States.",
        lambda k: it(k, "CARICOM weighs new funding formula for Haiti security mission", w, [], quotes=[q("Delcia Barnes", "Organization of American States")],
                     note="Webflow's collection RSS has no author field: no byline anywhere, [] expected. Regional diplomacy with Antigua's own envoy: relevant. Dates are written in GMT; the newsroom is on -0400."))
    w = d(2025, 3, 3, 17, 45, 0, -4)
    add("heritage-quay-cruise-calls-set-february-record", "67c61b2f9e0c", "Heritage Quay cruise calls set February record", w,
        "St John's handled 61 cruise calls in February, the most for the month since the port was expanded, the Port Authority said on Monday. Vendors on Redcliffe Street said spending per passenger was still below pre-pandemic levels.",
        lambda k: it(k, "Heritage Quay cruise calls set February record", w, [], rel=False,
                     note="Home tourism business: a story, not relevant."))
    w = d(2025, 3, 3, 9, 5, 0, -4)
    add("small-island-states-push-shipping-levy-at-london-talks", "67c5a6d03b77", "Small island states push global shipping levy at London talks", w,
        "By Shanice Henry\n\nSmall island states are pressing for a flat levy on shipping emissions at International Maritime Organization talks in London, arguing that revenue must flow to the countries most exposed to rising seas. \"A levy that ends up in a general fund is a levy for someone else,\" said Marlon Peters, a negotiator for the Alliance of Small Island States.",
        lambda k: it(k, "Small island states push global shipping levy at London talks", w, ["Shanice Henry"], quotes=[q("Marlon Peters", "Alliance of Small Island States")], junk=["By Shanice Henry"],
                     note="The summary field opens with the byline pasted from the story ('By Shanice Henry' and a blank line): the reporter is the author, the byline is not summary text. International climate negotiation: relevant."))
    w = d(2025, 3, 2, 20, 10, 0, -4)
    add("watch-carnival-2025-launch-highlights", "67c4f0aa51d3", "WATCH: Carnival 2025 launch highlights from the Recreation Grounds", w,
        "Video: bands, costumes and the first soca monarch hopefuls at Saturday night's Carnival 2025 launch.",
        lambda k: it(k, "Carnival 2025 launch highlights from the Recreation Grounds", w, [], story=False, rel=False,
                     note="A video item: not a story. Title label 'WATCH:' may be kept or dropped"))
    w = d(2025, 3, 1, 8, 0, 0, -4)
    add("get-the-morning-brief-on-whatsapp", "67c30c8e0f21", "Get the Chronicle Morning Brief on WhatsApp", w,
        "Join our WhatsApp channel for the day's top stories from Antigua, Barbuda and the region, delivered at 7 a.m. Tap the link to subscribe.",
        lambda k: it(k, "Get the Chronicle Morning Brief on WhatsApp", w, [], story=False, rel=False,
                     note="Newsletter/channel promotion: not a story."))
    w = d(2025, 2, 28, 15, 35, 0, -4)
    add("us-visa-bond-pilot-worries-caribbean-travellers", "67c21f4d8a90", "US visa bond pilot worries Caribbean travellers and tour operators", w,
        "A US pilot scheme requiring some visitors to post bonds of up to US$15,000 before travel has alarmed tour operators across the Eastern Caribbean. \"Families are cancelling graduations and hospital visits because they cannot raise that money,\" said Hyacinth Roberts, president of the Antigua and Barbuda Travel Agents Association.",
        lambda k: it(k, "US visa bond pilot worries Caribbean travellers and tour operators", w, [], quotes=[q("Hyacinth Roberts", "Antigua and Barbuda Travel Agents Association")],
                     note="A foreign government's visa policy and its regional effect: relevant."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
            f'<title>World | The Wadadli Chronicle</title><link>{base}/world</link><description>Regional and world news from the Wadadli Chronicle, Antigua and Barbuda.</description>'
            f'<atom:link href="{base}/world/rss.xml" rel="self" type="application/rss+xml"/><lastBuildDate>{gmt(d(2025, 3, 4, 14, 31, 8, -4))}</lastBuildDate>')
    text = head + "".join(rows) + "</channel></rss>"
    return feed("en_ag_wadadlichronicle_world_webflow_2025.rss.xml", text, items, lang="en", outlet="The Wadadli Chronicle",
                aliases=["Wadadli Chronicle"],
                structure="St John's (Antigua and Barbuda) daily's World collection as Webflow's CMS collection RSS (March 2025): one line, no trailing newline, channel 'World | Brand', no language and no generator, items title/link/guid (the link)/description/pubDate in GMT (newsroom -0400), escaped plain-text summary fields (one opening with a pasted 'By Name' byline and a blank line), media:content and media:thumbnail from the Webflow asset CDN, no author element at all, a 'WATCH:' video and a WhatsApp channel promo",
                notes="Home country Antigua and Barbuda: regional diplomacy, a foreign visa scheme and international climate talks are relevant; cruise business is home news.")


# ---------------------------------------------------------------- St Peter Port (Guernsey) daily on the Glide Publishing Platform
def sarnian():
    base = "https://www.sarniangazette.example"
    rows, items = [], []

    def add(aid, path, title, when, creator, standfirst, body, cats, exp, img=None):
        link = f"{base}/{path}"
        cr = f"\n      <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        m = (f'\n      <media:content url="https://images.sarniangazette.example/{aid}.jpg?width=1200&amp;crop=16:9" medium="image" type="image/jpeg">'
             f'\n        <media:description type="plain">{esc(img[0])}</media:description>\n        <media:credit>{esc(img[1])}</media:credit>\n      </media:content>') if img else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{link}</link>\n      <guid isPermaLink=\"false\">glide-article-{aid}</guid>{cr}"
                    + "".join(f"\n      <category>{esc(c)}</category>" for c in cats)
                    + f"\n      <pubDate>{rfc822(when)}</pubDate>\n      <description>{esc(standfirst)}</description>\n      <content:encoded>{cd(body)}</content:encoded>{m}\n    </item>")
        items.append(exp(f"glide-article-{aid}"))

    w = d(2025, 11, 24, 18, 2)
    add("a1f3c9", "news/world/fishing-licences-guernsey-and-paris-agree-interim-rules", "Fishing licences: Guernsey and Paris agree interim rules for Normandy boats", w, "By Harriet Mauger, Political Reporter",
        "Access for French vessels extended to June while a permanent regime is negotiated",
        "<p><strong>French fishing boats will keep access to Guernsey's waters until the end of June under an interim arrangement agreed with Paris and Brussels, the States said this afternoon.</strong></p>"
        "<p>The deal extends 41 licences that were due to lapse on 31 December and sets up a joint technical group on scallop stocks.</p>"
        "<figure><img src=\"https://images.sarniangazette.example/a1f3c9.jpg\" alt=\"\"><figcaption>French trawlers moored at Diélette. Picture: Gazette archive</figcaption></figure>"
        "<p>\"This buys time without giving anything away on conservation,\" said Deputy Marianne Le Prevost, who leads on external relations for the Policy &amp; Resources Committee.</p>"
        "<p>Normandy's fishing committee welcomed the extension. \"Our crews needed certainty before Christmas,\" said its president, Yannick Lecarpentier.</p>"
        "<p><strong>Read more:</strong> <a href=\"/news/local/why-the-bailiwick-fishing-talks-matter\">Why the Bailiwick's fishing talks matter</a></p>",
        ["World", "Politics"],
        lambda k: it(k, "Fishing licences: Guernsey and Paris agree interim rules for Normandy boats", w, ["Harriet Mauger"],
                     quotes=[q("Marianne Le Prevost", "Policy & Resources Committee"), q("Yannick Lecarpentier", "Normandy's fishing committee")],
                     junk=["Picture: Gazette archive", "Read more:", "Political Reporter"],
                     note="dc:creator in the UK form 'By Name, Political Reporter': the name alone is the author. Content carries a figcaption credit and a 'Read more:' link. The island's external relations with France: relevant. The rank 'Deputy' (a States member) is not part of the name."),
        img=("French trawlers moored at Diélette", "Gazette archive"))
    w = d(2025, 11, 24, 11, 40)
    add("a1f2e0", "news/politics/states-approve-gst-plan-after-three-day-debate", "States approve GST plan after three-day debate", w, "By Harriet Mauger, Political Reporter",
        "Deputies vote 21-17 for a 5% goods and services tax from 2028",
        "<p>A goods and services tax of 5% will be introduced in 2028 after deputies voted 21-17 at the end of a three-day debate.</p>"
        "<p>Opponents said the tax would hit pensioners hardest and promised to bring an amendment on food exemptions in the spring.</p>",
        ["Politics"],
        lambda k: it(k, "States approve GST plan after three-day debate", w, ["Harriet Mauger"], rel=False, junk=["Political Reporter"],
                     note="Home politics: a story, not relevant."))
    w = d(2025, 11, 22, 21, 15)
    add("a1ef77", "news/world/belem-climate-talks-end-with-finance-deal", "Belém climate talks end with adaptation finance deal but no fossil fuel roadmap", w, "By Tomás Ruddock, with Reuters",
        "Negotiators agree to triple adaptation funding by 2035 after overnight session",
        "<p>Negotiators at the UN climate summit in Belém agreed on Saturday to triple finance for adaptation by 2035, but dropped a roadmap for moving away from fossil fuels after objections from oil producers.</p>"
        "<p>\"We leave with money on the table and a hole where the ambition should be,\" said Ingrid Solberg, a member of Norway's delegation.</p>"
        "<p>Island delegations, which include the Crown Dependencies within the UK's team, had pushed for firmer language.</p>"
        "<p><em>Sign up to the Gazette's Morning Briefing for the day's news in your inbox.</em></p>",
        ["World", "Environment"],
        lambda k: it(k, "Belém climate talks end with adaptation finance deal but no fossil fuel roadmap", w, ["Tomás Ruddock"], quotes=[q("Ingrid Solberg", "Norway's delegation")],
                     junk=["Sign up to the Gazette", "with Reuters"],
                     note="'By Name, with Reuters': the reporter is the author, the agency is not a person. An in-body newsletter plug ends the content. UN climate summit (a real event as setting): relevant."))
    w = d(2025, 11, 16, 17, 0)
    add("a1e9b4", "news/pictures/remembrance-sunday-across-the-bailiwick-in-pictures", "In pictures: Remembrance Sunday across the Bailiwick", w, "Gazette Picture Desk",
        "Services in St Peter Port, Alderney and Sark",
        "<p>Our photographers were at services across the islands.</p><p>[Gallery: 24 images]</p>",
        ["Pictures"],
        lambda k: it(k, "Remembrance Sunday across the Bailiwick", w, [], story=False, rel=False, junk=["[Gallery: 24 images]"],
                     note="A photo gallery: not a story; the picture desk is not a person. Title label 'In pictures:' may be kept or dropped"))
    w = d(2025, 11, 14, 7, 30)
    add("a1e611", "news/podcasts/the-gazette-podcast-the-housing-list", "The Gazette Podcast: Who is on the housing list?", w, None,
        "Listen on Apple Podcasts, Spotify or wherever you get your podcasts",
        "<p>This week we ask why the social housing waiting list has doubled in five years.</p><p><a href=\"https://podcasts.sarniangazette.example/ep118\">Listen now</a></p>",
        ["Podcasts"],
        lambda k: it(k, "The Gazette Podcast: Who is on the housing list?", w, [], story=False, rel=False, junk=["Listen now", "wherever you get your podcasts"],
                     note="A podcast episode: not a story."))
    w = d(2025, 11, 12, 13, 25)
    add("a1e3d2", "news/world/eu-entry-exit-checks-what-changes-for-islanders-via-st-malo", "EU entry-exit checks: what changes for islanders travelling via St Malo", w, "By Tomás Ruddock",
        "Fingerprints and photographs at the ferry terminal from this week",
        "<p>Islanders travelling to France by ferry will have their fingerprints and photographs taken at St Malo under the EU's new Entry/Exit System, which began a phased roll-out last month.</p>"
        "<p>\"The first registration takes a few minutes, after that it should be quicker,\" said Claire Duquemin, head of passenger services at Condor Ferries.</p>"
        "<p>Residents of the Channel Islands are treated as third-country nationals under the scheme.</p>",
        ["World", "Travel"],
        lambda k: it(k, "EU entry-exit checks: what changes for islanders travelling via St Malo", w, ["Tomás Ruddock"], quotes=[q("Claire Duquemin", "Condor Ferries")],
                     note="EU border rules applied to the islanders (third-country status): relevant."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/">\n  <channel>\n'
            f'    <title>The Sarnian Gazette | World</title>\n    <link>{base}/news/world</link>\n    <description>The latest world news from The Sarnian Gazette</description>\n    <language>en-gb</language>\n'
            f'    <copyright>© 2025 Sarnian Media Ltd</copyright>\n    <lastBuildDate>{rfc822(d(2025, 11, 24, 18, 5))}</lastBuildDate>\n    <generator>Glide Publishing Platform</generator>\n')
    text = head + "\n".join(rows) + "\n  </channel>\n</rss>\n"
    return feed("en_gg_sarniangazette_world_glide_2025.rss.xml", text, items, lang="en", outlet="The Sarnian Gazette", aliases=["Sarnian Gazette"],
                structure="St Peter Port (Guernsey) daily's World section from the Glide Publishing Platform (November 2025): two-space indentation, channel 'Brand | World', en-gb, copyright of the 'Media Ltd', generator, 'glide-article-<hex>' non-permalink guids, dc:creator in UK form ('By Name, Political Reporter', 'By Name, with Reuters', 'Gazette Picture Desk' or absent) BEFORE the categories and pubDate, standfirst as description, CDATA content:encoded with a bold first paragraph, figcaption 'Picture: …' credits, 'Read more:' links and a newsletter plug, media:content with plain media:description and media:credit, +0000 dates (GMT in November), a gallery and a podcast",
                notes="Home country Guernsey (a Crown Dependency): relations with France and the EU and the UN climate summit are relevant; States politics, pictures and podcasts are not.")


# ---------------------------------------------------------------- Pristina English-language daily on Superdesk Publisher
def dardania():
    base = "https://www.dardaniaherald.example"
    rows, items = [], []

    def add(num, route, slug, title, when, writers, lead, body, exp, photo=None):
        link = f"{base}/{route}/{slug}"
        cr = "".join(f"\n\t\t<dc:creator>{esc(x)}</dc:creator>" for x in writers)
        m = (f'\n\t\t<media:content url="https://cdn.dardaniaherald.example/swp/1x7kq2/media/{num}_{slug[:24]}.jpeg" type="image/jpeg" medium="image">'
             f'\n\t\t\t<media:title>{esc(photo[0])}</media:title>\n\t\t\t<media:credit role="photographer">{esc(photo[1])}</media:credit>\n\t\t</media:content>') if photo else ""
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{link}</link>\n\t\t<description>{esc(lead)}</description>{cr}"
                    f"\n\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t<guid isPermaLink=\"true\">{link}</guid>\n\t\t<content:encoded>{esc(body)}</content:encoded>{m}\n\t</item>")
        items.append(exp(link))

    w = d(2026, 1, 27, 16, 48, 0, 1)
    add("20260127164812", "politics", "kosovo-serbia-talks-resume-in-brussels-with-focus-on-missing-persons", "Kosovo-Serbia talks resume in Brussels with focus on missing persons", w, ["Arbër Krasniqi"],
        "EU-facilitated dialogue restarts after eight-month pause; declaration on missing persons tops agenda",
        "<p>Negotiators from Pristina and Belgrade met in Brussels on Tuesday for the first round of EU-facilitated talks in eight months, with a joint declaration on people still missing from the 1998-99 war at the top of the agenda.</p>"
        "<p>\"The families have waited a quarter of a century, they cannot be asked to wait for the next crisis to pass,\" said Valbona Gashi, Kosovo's chief negotiator.</p>"
        "<p>An EU official said the sides had agreed to exchange archival lists, but not on a timetable.</p>"
        "<p><strong>Related:</strong> <a href=\"/politics/what-the-ohrid-annex-says\">What the Ohrid annex says</a></p>",
        lambda k: it(k, "Kosovo-Serbia talks resume in Brussels with focus on missing persons", w, ["Arbër Krasniqi"], quotes=[q("Valbona Gashi", "Kosovo's chief negotiator")], junk=["Related:"],
                     note="Dialogue with a neighbouring state under EU mediation: relevant."),
        photo=("Delegations arrive at the European External Action Service building", "Leart Berisha"))
    w = d(2026, 1, 26, 12, 5, 0, 1)
    add("20260126120533", "politics", "eu-lifts-remaining-measures-against-kosovo", "EU lifts last of 2023 measures against Kosovo", w, ["Teuta Hoxha", "Arbër Krasniqi"],
        "Funding frozen since 2023 unblocked as Brussels cites de-escalation in the north",
        "<p>The European Union has lifted the remaining measures it imposed on Kosovo in 2023, unblocking around €600 million in frozen funding.</p>"
        "<p>\"This is not a reward, it is a recognition that the north has been calm,\" said Matthias Reuter, a spokesman for the EU's foreign service.</p>",
        lambda k: it(k, "EU lifts last of 2023 measures against Kosovo", w, ["Teuta Hoxha", "Arbër Krasniqi"], quotes=[q("Matthias Reuter", "EU's foreign service")],
                     note="Superdesk writes one dc:creator per author: two people. EU policy towards Kosovo: relevant."),
        photo=("Flags outside the Berlaymont", "Agency pool"))
    w = d(2026, 1, 25, 19, 30, 0, 1)
    add("20260125193002", "society", "pristina-winter-smog-schools-switch-to-online-classes", "Pristina smog: schools switch to online classes for three days", w, ["Dafina Morina"],
        "Fine particle readings five times the EU limit for a second week",
        "<p>Schools in Pristina will teach online from Monday to Wednesday after fine particle readings stayed at five times the EU limit for a second week.</p>"
        "<p>The municipality said buses would be free for the duration.</p>",
        lambda k: it(k, "Pristina smog: schools switch to online classes for three days", w, ["Dafina Morina"], rel=False, note="City news: not relevant."))
    w = d(2026, 1, 24, 9, 0, 0, 1)
    add("20260124090011", "live", "live-assembly-vote-on-speaker-follow-it-here", "LIVE: Assembly vote on speaker - follow it here", w, ["Herald Live Desk"],
        "Updates as they happen from the Assembly in Pristina",
        "<p>09:00 - Deputies are arriving for the 52nd attempt to constitute the Assembly.</p><p>08:40 - Good morning and welcome to our live coverage.</p>",
        lambda k: it(k, "Assembly vote on speaker - follow it here", w, [], story=False, rel=False,
                     note="A live page on home politics: not a story; the live desk is not a person. Title label 'LIVE:' may be kept or dropped"))
    w = d(2026, 1, 23, 14, 20, 0, 1)
    add("20260123142045", "world", "albania-and-kosovo-agree-joint-customs-post-at-morina", "Albania and Kosovo agree joint customs post at Morina", w, ["Teuta Hoxha"],
        "Single stop for trucks from March, ministers say",
        "<p>Trucks crossing between Albania and Kosovo at Morina will stop only once from March under an agreement signed in Tirana on Friday.</p>"
        "<p>\"Twelve minutes instead of two hours is a trade policy on its own,\" said Ilir Dervishi, Albania's deputy minister for economy.</p>",
        lambda k: it(k, "Albania and Kosovo agree joint customs post at Morina", w, ["Teuta Hoxha"], quotes=[q("Ilir Dervishi", "Albania's deputy minister for economy")],
                     note="Bilateral agreement with a neighbouring state: relevant."))
    w = d(2026, 1, 22, 18, 10, 0, 1)
    add("20260122181030", "gallery", "in-photos-newborn-monument-repainted-for-18th-anniversary", "In photos: Newborn monument gets its new colours", w, ["Leart Berisha"],
        "Artists unveil this year's design ahead of Independence Day",
        "<p>Photo gallery.</p>",
        lambda k: it(k, "Newborn monument gets its new colours", w, ["Leart Berisha"], story=False, rel=False,
                     note="A photo gallery: not a story. Its only creator is the photographer, a person: ['Leart Berisha']; [] is also correct. Title label 'In photos:' may be kept or dropped"))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">\n<channel>\n'
            f'\t<title>Dardania Herald</title>\n\t<link>{base}</link>\n\t<description>News from Kosovo, the Balkans and the world</description>\n\t<language>en</language>\n\t<generator>Superdesk Publisher</generator>\n')
    text = head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("en_xk_dardaniaherald_world_superdesk_2026.rss.xml", text, items, lang="en", outlet="Dardania Herald",
                structure="Pristina English-language daily's all-routes feed from a Superdesk Publisher Twig template (January 2026): tab indentation, channel title brand only, language 'en', generator, route-based links '/<route>/<slug>' as permalink guids, escaped standfirst descriptions, one dc:creator per Superdesk author (two writers on one item, 'Herald Live Desk' on a live page, a photographer on a gallery), escaped content:encoded with a bold 'Related:' link, media:content with media:title and media:credit role='photographer', +0100 dates, a live page and a gallery",
                notes="Home country Kosovo: the EU-facilitated dialogue with Serbia, EU measures and an agreement with Albania are relevant; Assembly politics and city smog are not.")


# ---------------------------------------------------------------- Zagreb English-language daily on Jahia
def gric():
    base = "https://www.gricherald.example"
    rows, items = [], []

    def add(uuid, slug, title, when, author, desc, exp):
        link = f"{base}/en/world/{slug}.html"
        a = f"<author>{esc(author)}</author>" if author else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{link}</link><description>{esc(desc)}</description>{a}<category>World</category>"
                    f"<pubDate>{rfc822(when)}</pubDate><guid isPermaLink=\"false\">{uuid}</guid></item>")
        items.append(exp(uuid))

    w = d(2025, 9, 24, 19, 40, 0, 2)
    add("3f1c2b7e-8a44-4d0e-9b71-52c0d8e1a6f3", "croatia-pushes-western-balkans-enlargement-date-at-un", "Croatia presses for Western Balkans accession date on UN sidelines", w, "newsroom@gricherald.example (Ivana Kovačević)",
        "<p><b>NEW YORK</b> - Croatia used meetings on the sidelines of the UN General Assembly to press EU partners for a target date for Western Balkan accession.</p>"
        "<p>\"A date is not a gift, it is a discipline for both sides,\" said State Secretary Luka Perić of the Ministry of Foreign and European Affairs.</p>"
        "<p><i>Follow the Grič Herald on Google News</i></p>",
        lambda k: it(k, "Croatia presses for Western Balkans accession date on UN sidelines", w, ["Ivana Kovačević"], quotes=[q("Luka Perić", "Ministry of Foreign and European Affairs")],
                     junk=["newsroom@gricherald.example", "Follow the Grič Herald on Google News"],
                     note="RSS <author> in the standard 'e-mail (Name)' form: the name in brackets is the author, the shared newsroom address is not. Croatian diplomacy at the UN General Assembly (a real event as setting): relevant."))
    w = d(2025, 9, 24, 11, 15, 0, 2)
    add("9b2e7d10-5c3a-4f8e-a1d6-0e4b7c9f2a58", "hina-slovenia-croatia-border-checks-extended", "Slovenia extends checks on Croatian border for another six months", w, "newsroom@gricherald.example (Hina)",
        "<p><b>LJUBLJANA, Sept 24 (Hina)</b> - Slovenia will keep temporary police checks on its border with Croatia for another six months, the interior ministry in Ljubljana said on Wednesday, citing migration and security risks.</p>"
        "<p>Croatia has been in the Schengen area since January 2023.</p>",
        lambda k: it(k, "Slovenia extends checks on Croatian border for another six months", w, [], junk=["newsroom@gricherald.example", "(Hina)"],
                     note="Credited to the Croatian news agency in the author field: not a person, [] expected. A neighbour's border policy affecting Croatia: relevant."))
    w = d(2025, 9, 23, 17, 5, 0, 2)
    add("c47a9e33-2d18-4b6f-8e05-7f3d1a2b9c64", "zagreb-tram-network-new-low-floor-trams", "Zagreb's new low-floor trams enter service on line 6", w, "newsroom@gricherald.example (Marko Babić)",
        "<p>The first of 40 new low-floor trams entered service on line 6 on Tuesday, replacing vehicles built in the 1970s.</p>",
        lambda k: it(k, "Zagreb's new low-floor trams enter service on line 6", w, ["Marko Babić"], rel=False, junk=["newsroom@gricherald.example"], note="City news: not relevant."))
    w = d(2025, 9, 22, 20, 30, 0, 2)
    add("e815f4a2-6b97-4c3d-b0e8-1a5c2f7d4e90", "quiz-how-well-do-you-know-the-adriatic-islands", "Quiz: How well do you know the Adriatic islands?", w, None,
        "<p>Ten questions on Croatia's 1,244 islands, islets and reefs. Take the quiz!</p>",
        lambda k: it(k, "How well do you know the Adriatic islands?", w, [], story=False, rel=False, junk=["Take the quiz"],
                     note="A quiz: not a story. Title label 'Quiz:' may be kept or dropped"))
    w = d(2025, 9, 22, 9, 50, 0, 2)
    add("5a0d3c8f-1e62-4b97-9f24-d8c6e3a7b105", "bosnian-croats-electoral-law-talks-stall", "Talks on Bosnia's electoral law stall again as Croat parties walk out", w, "newsroom@gricherald.example (Ivana Kovačević and Hina)",
        "<p><b>MOSTAR</b> - Talks on changing Bosnia and Herzegovina's electoral law broke down on Monday after Croat parties left the table over the election of the Croat member of the presidency.</p>"
        "<p>\"We were asked to accept in 2025 what we rejected in 2022,\" said Dragan Matić, secretary general of the Croatian Democratic Union of Bosnia and Herzegovina.</p>"
        "<p>\"Walking out is not a strategy,\" replied Amela Hodžić, a constitutional lawyer at the University of Sarajevo.</p>",
        lambda k: it(k, "Talks on Bosnia's electoral law stall again as Croat parties walk out", w, ["Ivana Kovačević"],
                     quotes=[q("Dragan Matić", "Croatian Democratic Union of Bosnia and Herzegovina"), q("Amela Hodžić", "University of Sarajevo")],
                     junk=["newsroom@gricherald.example"],
                     note="'(Name and Hina)': the reporter is the author, the agency is not. Politics in a neighbouring state: relevant."))
    w = d(2025, 9, 21, 16, 0, 0, 2)
    add("71b6e9d4-3f25-4a8c-8d13-c2e0f5a9b736", "sponsored-discover-slavonian-wine-roads", "Sponsored: Discover the wine roads of Slavonia this autumn", w, "partner@gricherald.example (Partner content)",
        "<p>This article was produced in partnership with the Slavonia Tourist Board. Book your harvest weekend today.</p>",
        lambda k: it(k, "Discover the wine roads of Slavonia this autumn", w, [], story=False, rel=False, junk=["Book your harvest weekend today"],
                     note="Sponsored content: not a story; 'Partner content' is not a person. Title label 'Sponsored:' may be kept or dropped"))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?>\r\n<rss version="2.0"><channel><title>World - Grič Herald</title>'
            f'<link>{base}/en/world.html</link><description>World news in English from Zagreb</description><language>en-HR</language>'
            f'<pubDate>{rfc822(d(2025, 9, 24, 19, 45, 0, 2))}</pubDate><generator>Jahia DX</generator>')
    text = head + "".join(rows) + "</channel></rss>\r\n"
    return feed("en_hr_gricherald_world_jahia_2025.rss.xml", text, items, lang="en", outlet="Grič Herald", aliases=["Gric Herald"],
                structure="Zagreb English-language daily's World list from a Jahia DX RSS view (September 2025): CRLF after the prolog and at the end, everything else on one line, no namespaces, channel 'World - Brand', language 'en-HR', channel pubDate and generator, '/en/world/<slug>.html' links, Jahia node UUIDs as non-permalink guids, escaped HTML descriptions with bold upper-case datelines and 'Ort, Sept 24 (Hina) -' agency tags, RSS <author> in the standard 'e-mail (Name)' form with a reporter, the agency 'Hina', 'Name and Hina' or 'Partner content', one <category>, +0200 dates, a quiz and a sponsored post",
                notes="Home country Croatia: UN diplomacy, a neighbour's border checks and Bosnian politics are relevant; Zagreb trams are not.")


FEEDS = [wadadli, sarnian, dardania, gric]
