# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English desks of the ninth held-out set: a US public-television news programme (WordPress),
a Sydney national daily (News Corp-style), a Hong Kong English daily, a Manila news site
(WordPress with full text), a Johannesburg daily (escaped HTML), a Toronto national daily (Arc XP)
and one broken Lagos feed. All outlets, people and quotations are invented."""
import re

from g9 import d, item
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, cdata, esc, feed, it, q, rfc822, rss


# ---------------------------------------------------------------- PBS NewsHour-style WordPress
def eveninghour():
    """PBS NewsHour-style WordPress feed: CDATA dc:creator 'Name, Associated Press', CDATA
    descriptions ending 'The post … appeared first on …', 'WATCH:' video, 'News Wrap:' roundup,
    political analysis, -0500 dates."""
    rows, items = [], []
    site = "https://www.theeveninghour.org"

    def add(pid, slug, title, when, creators, cats, desc, exp):
        url = f"{site}/newshour/world/{slug}"
        pairs = [("title", esc(title)), ("link", url), ("dc:creator", cdata(creators)),
                 ("pubDate", rfc822(when))]
        pairs += [("category", cdata(c)) for c in cats]
        pairs += [('guid isPermaLink="false"', f"{site}/?p={pid}"),
                  ("description", cdata(f"<p>{desc}</p>\n<p>The post <a rel=\"nofollow\" href=\"{url}\">{esc(title)}</a> appeared first on <a rel=\"nofollow\" href=\"{site}\">The Evening Hour</a>.</p>"))]
        rows.append(item(pairs, sep="\n\t\t"))
        items.append(exp(f"{site}/?p={pid}"))

    w = d(3, 19, 42, 0, -5)
    add(488120, "sudan-truce-talks-resume-in-jeddah-as-aid-convoys-stall", "Sudan truce talks resume in Jeddah as aid convoys stall", w,
        "Tamsin Okafor, Associated Press", ["Africa", "World"],
        "JEDDAH, Saudi Arabia (AP) — Negotiators for Sudan’s warring sides returned to the table Thursday, as aid agencies warned that trucks carrying food to Darfur had been stuck at the border for nine days. “Every day of delay is measured in lives,” said Ingrid Sólveig, the regional director of the World Food Programme.",
        lambda k: it(k, "Sudan truce talks resume in Jeddah as aid convoys stall", w, ["Tamsin Okafor"], junk=["appeared first on", "(AP) —"],
                     quotes=[q("Ingrid Sólveig", "World Food Programme")],
                     note="', Associated Press' is an affiliation, not part of the name"))
    w = d(3, 18, 55, 0, -5)
    add(488101, "news-wrap-house-passes-stopgap-funding-bill", "News Wrap: House passes stopgap funding bill ahead of deadline", w,
        "Evening Hour", ["Nation", "World"],
        "In our news wrap Thursday, the House passed a stopgap funding bill, a Greek ferry ran aground off Crete with 300 aboard, and wildfires forced evacuations in southern Chile.",
        lambda k: it(k, "News Wrap: House passes stopgap funding bill ahead of deadline", w, [], story=False, rel=False, junk=["appeared first on"],
                     note="A roundup of unrelated headlines, not one story; 'Evening Hour' is the programme, not a person"))
    w = d(3, 17, 30, 0, -5)
    add(488087, "watch-un-envoy-briefs-security-council-on-haiti", "WATCH: UN envoy briefs Security Council on Haiti", w,
        "Evening Hour", ["World"],
        "Watch the full briefing in the player above.",
        lambda k: it(k, "UN envoy briefs Security Council on Haiti", w, [], story=False, junk=["appeared first on", "player above"],
                     note="Video page. Title label 'WATCH:' may be kept or dropped"))
    w = d(3, 16, 12, 0, -5)
    add(488064, "why-manila-and-hanoi-are-quietly-closing-ranks-in-the-south-china-sea", "Why Manila and Hanoi are quietly closing ranks in the South China Sea", w,
        "Corwin Ashby, Nadia Pellerin", ["Asia", "World"],
        "The Philippines and Vietnam signed a coast guard cooperation pact this week, a move analysts say signals a new regional front against Beijing’s maritime claims. Special correspondent Corwin Ashby reports from Manila.",
        lambda k: it(k, "Why Manila and Hanoi are quietly closing ranks in the South China Sea", w, ["Corwin Ashby", "Nadia Pellerin"], junk=["appeared first on"]))
    w = d(3, 14, 5, 0, -5)
    add(488031, "ukraine-grain-corridor-attacks-odesa", "Drone strikes on Odesa port threaten Ukraine’s winter grain exports", w,
        "Halvard Brune, Associated Press, Lidia Moroz, Associated Press", ["Europe", "World"],
        "KYIV, Ukraine (AP) — Russian drones hit grain silos and a loading terminal in Odesa overnight, Ukrainian officials said. “They are aiming at the world’s bread basket,” said Oksana Levytska, deputy head of the regional military administration.",
        lambda k: it(k, "Drone strikes on Odesa port threaten Ukraine’s winter grain exports", w, ["Halvard Brune", "Lidia Moroz"], junk=["appeared first on", "(AP) —"],
                     quotes=[q("Oksana Levytska", "regional military administration")]))
    w = d(3, 11, 20, 0, -5)
    add(487990, "analysis-what-the-senate-vote-means-for-the-midterms", "Analysis: What the Senate vote on the farm bill means for the midterms", w,
        "Dorian Whitcombe", ["Politics"],
        "Our political analysts weigh in on a contentious week in Washington and how swing-state voters are reacting to rising grocery prices.",
        lambda k: it(k, "What the Senate vote on the farm bill means for the midterms", w, ["Dorian Whitcombe"], rel=False, junk=["appeared first on"],
                     note="US domestic politics. Title label 'Analysis:' may be kept or dropped"))
    w = d(3, 9, 0, 0, -5)
    add(487955, "podcast-the-evening-hour-world-briefing-dec-3", "The Evening Hour World Briefing podcast: Dec. 3, 2026", w,
        "Evening Hour", ["Podcasts"],
        "Listen to the day’s top international stories in under 20 minutes. Subscribe on your favorite podcast app.",
        lambda k: it(k, "The Evening Hour World Briefing podcast: Dec. 3, 2026", w, [], story=False, junk=["appeared first on", "Subscribe"],
                     note="Podcast episode"))
    channel = (f"\n\t<title>World &#8211; The Evening Hour</title>\n\t<atom:link href=\"{site}/newshour/world/feed\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{site}</link>\n"
               "\t<description>News, analysis and interviews from public television</description>\n\t<lastBuildDate>Fri, 04 Dec 2026 00:50:11 +0000</lastBuildDate>\n\t<language>en-US</language>\n"
               "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.7.1</generator>")
    text = rss(channel, rows, ns=NS_CONTENT + ' xmlns:wfw="http://wellformedweb.org/CommentAPI/"' + NS_DC + NS_ATOM + ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', decl="UTF-8")
    return feed("en_us_eveninghour_world.rss.xml", text, items, lang="en", outlet="The Evening Hour", aliases=["Evening Hour"],
                structure="PBS NewsHour-style WordPress world feed: tab indentation, channel 'World &#8211; Outlet', CDATA dc:creator 'Name, Associated Press' (several names in one element), the programme name as creator, CDATA categories, '?p=' guids, CDATA <p> descriptions with AP datelines and 'The post … appeared first on …' tails, 'WATCH:' video, 'News Wrap:' roundup, podcast, US politics analysis, -0500 dates, no copyright",
                notes="'Associated Press' after a comma is an affiliation; 'Evening Hour' as creator is the programme, not a person.")


# ---------------------------------------------------------------- The Australian-style (News Corp)
def continental():
    """The Australian-style News Corp RSS: dc:creator 'Name, Job title', syndicated 'The Times'
    copy, 'Subscribe to read' tails, media:content, +1100 dates."""
    rows, items = [], []
    site = "https://www.thecontinental.com.au"

    def add(nid, path, title, when, creator, desc, exp, img=True):
        url = f"{site}/world/{path}/news-story/{nid}"
        pairs = [("title", esc(title)), ("link", url), ("description", esc(desc)),
                 ("pubDate", rfc822(when)), ('guid isPermaLink="false"', nid)]
        if creator:
            pairs.append(("dc:creator", esc(creator)))
        if img:
            pairs.append((f'media:content url="https://content.api.thecontinental.com.au/image/v1/{nid[:12]}?width=650" type="image/jpeg" medium="image" width="650" height="366"', None))
        rows.append(item(pairs, sep="\n      "))
        items.append(exp(nid))

    w = d(4, 9, 15, 0, 11)
    add("7b1e2a90c4f3d8e61a05c2f7e9b4d310", "beijing-sends-survey-ships-into-tasman-sea", "Beijing sends survey ships into Tasman Sea as Canberra demands answers", w,
        "Lachlan Prentiss, Foreign Editor",
        "Two Chinese research vessels have been tracked off the NSW coast, prompting the Defence Minister to summon the Chinese ambassador. “We expect transparency, not surprises,” Defence Minister Fiona Harkaway said. Subscribe to read the full story.",
        lambda k: it(k, "Beijing sends survey ships into Tasman Sea as Canberra demands answers", w, ["Lachlan Prentiss"], junk=["Subscribe to read", "Foreign Editor"],
                     quotes=[q("Fiona Harkaway", "Defence Minister")], note="', Foreign Editor' is a job title, not part of the name"))
    w = d(4, 7, 40, 0, 11)
    add("2f8c6d1ab7e04935c8d2e1f0a6b7c942", "france-government-falls-after-budget-vote", "French government falls after losing confidence vote over budget", w,
        "Marguerite Delacourt, The Times",
        "The French prime minister was forced out after a coalition of left and right voted to topple his government. Subscribe to read the full story.",
        lambda k: it(k, "French government falls after losing confidence vote over budget", w, ["Marguerite Delacourt"], junk=["Subscribe to read", "The Times"],
                     note="Syndicated from another paper: ', The Times' names the source paper, not part of the name"))
    w = d(4, 6, 5, 0, 11)
    add("91ad4e7c0b2f63a8d5e7c4b1f0a29d87", "aukus-submarine-deal-us-congress-review", "AUKUS: US congressional review puts submarine timetable in doubt", w,
        "Brendan Tolhurst, Washington Correspondent",
        "A bipartisan group of senators wants a fresh audit of American shipyard capacity before Virginia-class boats are transferred. Subscribe to read the full story.",
        lambda k: it(k, "AUKUS: US congressional review puts submarine timetable in doubt", w, ["Brendan Tolhurst"], junk=["Subscribe to read", "Washington Correspondent"]))
    w = d(4, 5, 0, 0, 11)
    add("c03b7d9e1f2a48c6b5d0e9a7f8c21b64", "ashes-second-test-day-one-report", "Ashes: Pace attack rips through England top order on day one in Adelaide", w,
        "Rory Castellan, Chief Cricket Writer",
        "Three wickets in the first hour set the tone under lights. Subscribe to read the full story.",
        lambda k: it(k, "Ashes: Pace attack rips through England top order on day one in Adelaide", w, ["Rory Castellan"], rel=False, junk=["Subscribe to read"]))
    w = d(4, 3, 30, 0, 11)
    add("e6f19a2b7c4d05e83f1b9c6a2d7e40f5", "indonesia-president-jakarta-visit-trade", "Indonesia’s president to visit Canberra with trade and defence on the table", w,
        "",
        "The visit will be the first since the two countries signed their defence co-operation agreement. Subscribe to read the full story.",
        lambda k: it(k, "Indonesia’s president to visit Canberra with trade and defence on the table", w, [], junk=["Subscribe to read"], note="No byline on this item"))
    w = d(3, 22, 10, 0, 11)
    add("5d2a8e0f7b1c93e46a0d5f2b8c7e1a39", "the-world-today-newsletter-december-3", "The World Today: Your evening briefing on international affairs", w,
        "The Continental",
        "Sign up to receive The World Today in your inbox every weekday evening.",
        lambda k: it(k, "The World Today: Your evening briefing on international affairs", w, [], story=False, rel=False, junk=["Sign up"],
                     note="Newsletter promotion; the outlet as creator is not a person"), img=False)
    channel = (f"\n    <title>World | The Continental</title>\n    <link>{site}/world</link>\n    <description>The latest world news from The Continental, the nation’s newspaper.</description>\n"
               f"    <language>en-au</language>\n    <copyright>Copyright 2026 Nationwide News Pty Limited</copyright>\n    <lastBuildDate>{rfc822(d(4, 9, 20, 0, 11))}</lastBuildDate>\n    <ttl>10</ttl>")
    text = rss(channel, rows, ns=NS_DC + NS_MEDIA, decl="UTF-8")
    return feed("en_au_continental_world.rss.xml", text, items, lang="en", outlet="The Continental",
                structure="The Australian-style News Corp world RSS: channel 'World | Outlet' with a tagline, 32-hex news-story ids as non-permalink guids placed after pubDate, plain descriptions with curly quotes ending 'Subscribe to read the full story.', dc:creator 'Name, Job title' or 'Name, The Times' (syndicated), empty dc:creator omitted, the outlet as creator, self-closed media:content, cricket and newsletter items, +1100 dates, 'Pty Limited' copyright",
                notes="Job titles and the syndicated paper after the comma are not part of the name.")


# ---------------------------------------------------------------- SCMP-style
def harbourpost():
    """SCMP-style RSS: CDATA titles and descriptions, <author> holding plain names, media:content
    with media:credit, '| Opinion' suffix on commentary, +0800 dates."""
    rows, items = [], []
    site = "https://www.harbourpost.com.hk"

    def add(nid, path, title, when, author, desc, exp, credit="Reuters"):
        url = f"{site}/news/{path}/article/{nid}/{re.sub(r'[^a-z0-9]+', '-', title.lower())[:40].strip('-')}"
        pairs = [("title", cdata(title)), ("link", url), ("description", cdata(desc)),
                 ("author", cdata(author)), ("pubDate", rfc822(when)), ('guid isPermaLink="false"', f"{nid}@{site[8:]}")]
        pairs.append((f'media:content url="https://cdn.harbourpost.com.hk/sites/default/files/styles/1200x800/public/d8/images/2026/12/04/{nid}.jpg" type="image/jpeg" medium="image" height="800" width="1200"',
                      f"<media:credit>{esc(credit)}</media:credit>"))
        rows.append(item(pairs, sep="\n"))
        items.append(exp(f"{nid}@{site[8:]}"))

    w = d(4, 14, 20, 0, 8)
    add(3335210, "china/diplomacy", "China and EU trade envoys agree to restart talks on electric vehicle tariffs", w, "Wen Jiaqi in Beijing",
        "Commerce ministry says both sides want to ‘manage differences through dialogue’ after a year of retaliatory duties. “The door to negotiation has never been closed,” ministry spokesman Qiao Mingrui said.",
        lambda k: it(k, "China and EU trade envoys agree to restart talks on electric vehicle tariffs", w, ["Wen Jiaqi"], junk=["in Beijing"],
                     quotes=[q("Qiao Mingrui", "commerce ministry")], note="'in Beijing' is a dateline added to the byline"), credit="Xinhua")
    w = d(4, 12, 5, 0, 8)
    add(3335188, "china/military", "PLA holds live-fire drills near Taiwan’s Matsu islands", w, "Lam Tsz-ching and Owen Ferrant",
        "Taipei says 18 aircraft and six warships were detected around the island on Thursday.",
        lambda k: it(k, "PLA holds live-fire drills near Taiwan’s Matsu islands", w, ["Lam Tsz-ching", "Owen Ferrant"]))
    w = d(4, 10, 45, 0, 8)
    add(3335150, "hong-kong/society", "Hong Kong home prices slip for third month as mortgage rates bite", w, "Yeung Ka-wai",
        "Centa-City Leading Index fell 0.8 per cent in November, agents say.",
        lambda k: it(k, "Hong Kong home prices slip for third month as mortgage rates bite", w, ["Yeung Ka-wai"], rel=False), credit="Dickson Lee")
    w = d(4, 9, 30, 0, 8)
    add(3335101, "comment/opinion", "Why Asean cannot afford to sit out the US-China chip war | Opinion", w, "Priyanka Velu",
        "Southeast Asian states are being asked to choose between markets and security. They should choose neither.",
        lambda k: it(k, "Why Asean cannot afford to sit out the US-China chip war", w, ["Priyanka Velu"],
                     note="Opinion column; the '| Opinion' suffix is a section marker, not part of the headline"), credit="Shutterstock")
    w = d(4, 8, 0, 0, 8)
    add(3335077, "world/asia", "North Korea fires ballistic missile into Sea of Japan, Seoul says", w, "Reuters",
        "South Korea’s Joint Chiefs of Staff said the missile flew about 400km. Japan’s defence ministry said it landed outside its exclusive economic zone.",
        lambda k: it(k, "North Korea fires ballistic missile into Sea of Japan, Seoul says", w, [], note="'Reuters' is an agency"), credit="AP")
    w = d(4, 6, 50, 0, 8)
    add(3335042, "world/europe", "Kremlin says peace plan ‘not on the table’ as Kyiv rejects ceasefire terms", w, "Agence France-Presse",
        "“Our position has not changed,” presidential spokesman Arkady Voronin told reporters in Moscow, a day after Ukraine’s foreign minister dismissed the proposal as ‘capitulation’.",
        lambda k: it(k, "Kremlin says peace plan ‘not on the table’ as Kyiv rejects ceasefire terms", w, [], quotes=[q("Arkady Voronin", "Kremlin")],
                     note="'Agence France-Presse' is an agency"), credit="EPA-EFE")
    channel = (f"\n<title><![CDATA[Harbour Post - World]]></title>\n<link>{site}/rss/91/feed</link>\n<description><![CDATA[Harbour Post RSS Feed - World]]></description>\n"
               f"<language>en-gb</language>\n<copyright>Copyright (c) 2026 Harbour Post Publishers Ltd. All rights reserved.</copyright>\n<pubDate>{rfc822(d(4, 14, 25, 0, 8))}</pubDate>\n"
               f"<image><url>{site}/sites/default/files/hp_logo.png</url><title>Harbour Post</title><link>{site}</link></image>")
    text = rss(channel, rows, ns=NS_MEDIA + NS_ATOM, decl="UTF-8")
    return feed("en_hk_harbourpost_world.rss.xml", text, items, lang="en", outlet="Harbour Post",
                structure="South China Morning Post-style RSS: CDATA channel title 'Outlet - World', CDATA titles and descriptions, CDATA <author> holding plain names ('Name in City', 'A and B', 'Reuters', 'Agence France-Presse'), '<id>@site' non-permalink guids, media:content with a nested media:credit, British spelling with single-quoted ‘…’ scare quotes, '| Opinion' title suffix, Hong Kong property item, +0800 dates, 'Publishers Ltd.' copyright",
                notes="'in Beijing' after a name is a dateline; agencies are not people.")


# ---------------------------------------------------------------- Rappler-style WordPress with full text
def tidewire():
    """Rappler-style WordPress: content:encoded full text with 'MANILA, Philippines –' dateline
    and '– Tidewire.com' tail, CDATA dc:creator, +0800 dates."""
    rows, items = [], []
    site = "https://www.tidewire.ph"

    def add(pid, path, title, when, creator, excerpt, body, exp, cats=("World",)):
        url = f"{site}/{path}/"
        pairs = [("title", esc(title)), ("link", url), ("dc:creator", cdata(creator)), ("pubDate", rfc822(when, gmt=False))]
        pairs += [("category", cdata(c)) for c in cats]
        pairs += [('guid isPermaLink="false"', f"{site}/?p={pid}"), ("description", cdata(excerpt)),
                  ("content:encoded", cdata(body))]
        rows.append(item(pairs, sep="\n\t\t"))
        items.append(exp(f"{site}/?p={pid}"))

    w = d(4, 13, 2, 0, 8)
    add(1180342, "philippines/manila-protest-china-coast-guard-water-cannon-ayungin", "Manila protests anew after China coast guard uses water cannon near Ayungin Shoal", w,
        "Paolo Dimaculangan",
        "The Department of Foreign Affairs summons a Chinese embassy official for the fourth time this year",
        "<p>MANILA, Philippines – The Department of Foreign Affairs (DFA) on Thursday, December 4, summoned a Chinese embassy official after a China Coast Guard ship fired a water cannon at a Philippine resupply boat near Ayungin Shoal.</p>\n<p>“This is a dangerous and unlawful act, and we will not be intimidated,” DFA spokesperson Marites Lucero-Abad said in a briefing.</p>\n<p><strong>READ: </strong><a href=\"{site}/philippines/explainer-ayungin-shoal/\">EXPLAINER: Why Ayungin Shoal matters</a></p>\n<p>The incident injured two crew members, the Philippine Coast Guard said. – Tidewire.com</p>".replace("{site}", site),
        lambda k: it(k, "Manila protests anew after China coast guard uses water cannon near Ayungin Shoal", w, ["Paolo Dimaculangan"],
                     junk=["– Tidewire.com", "READ:", "EXPLAINER:"], quotes=[q("Marites Lucero-Abad", "DFA")]), cats=("Philippines", "West Philippine Sea"))
    w = d(4, 11, 40, 0, 8)
    add(1180311, "world/asia-pacific/myanmar-junta-election-second-phase-violence", "Myanmar junta pushes ahead with second phase of election amid fighting", w,
        "Agence France-Presse",
        "Fighting rages in several townships where voting is scheduled",
        "<p>YANGON, Myanmar – Myanmar’s military government on Thursday held the second phase of its election, as rebel groups shelled polling stations in several townships. – Tidewire.com</p>",
        lambda k: it(k, "Myanmar junta pushes ahead with second phase of election amid fighting", w, [], junk=["– Tidewire.com"], note="'Agence France-Presse' is an agency"), cats=("Asia-Pacific", "World"))
    w = d(4, 10, 15, 0, 8)
    add(1180290, "world/middle-east/ofws-evacuated-lebanon-border-clashes", "DMW: 140 OFWs evacuated from southern Lebanon after border clashes", w,
        "Kristine Villaroza",
        "The Department of Migrant Workers says more repatriation flights are ready",
        "<p>MANILA, Philippines – At least 140 overseas Filipino workers (OFWs) were moved from southern Lebanon to Beirut after renewed clashes on the Israeli border, the Department of Migrant Workers (DMW) said on Thursday.</p>\n<p>“Our priority is to bring every Filipino home safely,” Migrant Workers Secretary Hermogenes Tabuena said. – with reports from Reuters/Tidewire.com</p>",
        lambda k: it(k, "DMW: 140 OFWs evacuated from southern Lebanon after border clashes", w, ["Kristine Villaroza"], junk=["with reports from", "Tidewire.com"],
                     quotes=[q("Hermogenes Tabuena", "Migrant Workers Secretary")]), cats=("Middle East", "OFWs"))
    w = d(4, 9, 0, 0, 8)
    add(1180254, "entertainment/movies/mmff-2026-official-entries-list", "LIST: Official entries to the 2026 Metro Manila Film Festival", w,
        "Tidewire.com",
        "Here are the 10 films competing this Christmas season",
        "<p>Here are the official entries to this year’s festival, which runs from December 25 to January 7.</p>\n<ul><li>Ang Huling Biyahe</li><li>Sa Dulo ng Dagat</li></ul>",
        lambda k: it(k, "Official entries to the 2026 Metro Manila Film Festival", w, [], rel=False, story=False,
                     note="Entertainment list, not a news story; the outlet as creator is not a person. Title label 'LIST:' may be kept or dropped"), cats=("Movies",))
    w = d(4, 7, 30, 0, 8)
    add(1180230, "newsbreak/podcasts-videos/world-pulse-trump-era-asia-alliances", "[PODCAST] World Pulse: Are Asia’s alliances ready for a long US retreat?", w,
        "Tidewire.com",
        "Listen to World Pulse on Spotify, Apple Podcasts and other platforms",
        "<p><iframe src=\"https://open.spotify.com/embed/episode/7kq2wLdR0P9xYzAbCdEfGh\" width=\"100%\" height=\"232\" frameborder=\"0\"></iframe></p>",
        lambda k: it(k, "World Pulse: Are Asia’s alliances ready for a long US retreat?", w, [], story=False,
                     note="Podcast episode. Title label '[PODCAST]' may be kept or dropped"), cats=("Podcasts",))
    w = d(4, 6, 12, 0, 8)
    add(1180201, "world/europe/ukraine-zelensky-envoy-asks-asean-support", "[ANALYSIS] Why Kyiv is courting Southeast Asia now", w,
        "Jonah Ilustre-Park",
        "Ukraine’s new envoy to ASEAN says the war in Europe and tensions in the South China Sea are linked",
        "<p>MANILA, Philippines – When Ukraine’s envoy visited Manila last week, he carried one message: security is indivisible.</p>\n<p>“What happens in the Black Sea will not stay in the Black Sea,” Ambassador Taras Hlibovych told Tidewire in an interview. – Tidewire.com</p>\n<p><em>Jonah Ilustre-Park is a Tidewire Fellow for 2026.</em></p>",
        lambda k: it(k, "Why Kyiv is courting Southeast Asia now", w, ["Jonah Ilustre-Park"], junk=["– Tidewire.com", "Tidewire Fellow"],
                     quotes=[q("Taras Hlibovych", "Ambassador")], note="Analysis. Title label '[ANALYSIS]' may be kept or dropped"), cats=("Analysis", "Europe"))
    channel = (f"\n\t<title>World &#8211; Tidewire</title>\n\t<atom:link href=\"{site}/world/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{site}</link>\n"
               "\t<description>Philippine and world news, investigative reports, analysis</description>\n\t<lastBuildDate>Thu, 04 Dec 2026 05:10:00 +0000</lastBuildDate>\n\t<language>en-US</language>\n\t<generator>https://wordpress.org/?v=6.6.2</generator>")
    text = rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM, decl="UTF-8")
    return feed("en_ph_tidewire_world.rss.xml", text, items, lang="en", outlet="Tidewire", aliases=["Tidewire.com"],
                structure="Rappler-style WordPress feed with full text: CDATA dc:creator (names, 'Agence France-Presse', the outlet 'Tidewire.com'), CDATA categories, '?p=' guids, one-line deck as description, content:encoded opening 'MANILA, Philippines –' with en dash and ending '– Tidewire.com' or '– with reports from Reuters/Tidewire.com', bold 'READ:' related links, '[PODCAST]' and '[ANALYSIS]' title labels, 'LIST:' entertainment item, fellowship tagline, +0800 dates",
                notes="'Tidewire.com' as creator is the outlet; agencies are not people.")


# ---------------------------------------------------------------- Daily Maverick-style
def ridgeback():
    """Daily Maverick-style RSS: escaped <p> descriptions, dc:creator names, 'OP-ED:' and 'ISS
    TODAY:' labels, newsletter promos inside descriptions, +0200 dates."""
    rows, items = [], []
    site = "https://www.dailyridgeback.co.za"

    def add(slug, date_s, title, when, creators, desc, exp):
        url = f"{site}/article/{date_s}-{slug}/"
        pairs = [("title", esc(title)), ("link", url), ("description", esc(desc))]
        pairs += [("dc:creator", esc(c)) for c in creators]
        pairs += [("pubDate", rfc822(when)), ('guid isPermaLink="true"', url)]
        rows.append(item(pairs, sep="\n  "))
        items.append(exp(url))

    promo = "<p><em>Sign up for the Ridgeback Afrika newsletter, delivered every Monday.</em></p>"
    w = d(4, 16, 45, 0, 2)
    add("sadc-summit-mozambique-cabo-delgado-mission", "2026-12-04", "SADC leaders split over renewing Cabo Delgado mission as insurgents regroup", w,
        ["Thandeka Mbhele"],
        "<p>Regional leaders meeting in Gaborone failed to agree on funding for a new deployment to northern Mozambique. ‘We cannot keep asking our soldiers to hold the line with empty pockets,’ said Botswana’s Foreign Minister Kagiso Ramotswe.</p>" + promo,
        lambda k: it(k, "SADC leaders split over renewing Cabo Delgado mission as insurgents regroup", w, ["Thandeka Mbhele"], junk=["Sign up", "newsletter", "<p>"],
                     quotes=[q("Kagiso Ramotswe", "Foreign Minister")]))
    w = d(4, 14, 10, 0, 2)
    add("iss-today-sahel-juntas-new-currency", "2026-12-04", "ISS TODAY: Sahel juntas’ new currency plan is more symbol than substance", w,
        ["Abdoulaye Sékou Traoré", "Nomvula Jacobs"],
        "<p>The Alliance of Sahel States wants to leave the CFA franc, but its central bank does not yet exist.</p><p><em>Abdoulaye Sékou Traoré is a senior researcher and Nomvula Jacobs a consultant at the ISS.</em></p>",
        lambda k: it(k, "Sahel juntas’ new currency plan is more symbol than substance", w, ["Abdoulaye Sékou Traoré", "Nomvula Jacobs"], junk=["senior researcher", "<p>"],
                     note="Partner analysis column. Title label 'ISS TODAY:' may be kept or dropped"))
    w = d(4, 12, 0, 0, 2)
    add("op-ed-south-africa-brics-chairmanship-lessons", "2026-12-04", "OP-ED: What Pretoria should have learnt from its turn at the BRICS helm", w,
        ["Pieter van Aswegen"],
        "<p>South Africa’s foreign policy has mistaken visibility for influence.</p>",
        lambda k: it(k, "What Pretoria should have learnt from its turn at the BRICS helm", w, ["Pieter van Aswegen"], note="Opinion. Title label 'OP-ED:' may be kept or dropped"))
    w = d(4, 10, 30, 0, 2)
    add("eskom-stage-two-load-shedding-returns", "2026-12-04", "Stage 2 load shedding returns as two Eskom units trip", w,
        ["Lwazi Dube"],
        "<p>The utility says it expects to lift the cuts by Sunday.</p>",
        lambda k: it(k, "Stage 2 load shedding returns as two Eskom units trip", w, ["Lwazi Dube"], rel=False))
    w = d(4, 8, 20, 0, 2)
    add("israel-icj-hearing-south-africa-case-update", "2026-12-04", "ICJ sets date for final hearings in South Africa’s case against Israel", w,
        ["Reuters"],
        "<p>THE HAGUE – The International Court of Justice said on Thursday it would hear closing arguments in March. “The court will proceed with all due speed,” the court’s registrar Johanna Vermeulen-Ostra said in a statement. (Reuters)</p>",
        lambda k: it(k, "ICJ sets date for final hearings in South Africa’s case against Israel", w, [], junk=["(Reuters)", "<p>"],
                     quotes=[q("Johanna Vermeulen-Ostra", "International Court of Justice")], note="'Reuters' is an agency"))
    w = d(4, 6, 0, 0, 2)
    add("first-thing-the-day-in-ten-stories", "2026-12-04", "First Thing: The day in ten stories", w,
        ["Ridgeback Reporters"],
        "<p>Everything you need to know this morning.</p>" + promo,
        lambda k: it(k, "First Thing: The day in ten stories", w, [], story=False, rel=False, junk=["Sign up"], note="Morning briefing roundup; 'Ridgeback Reporters' is a desk"))
    channel = (f"\n  <title>Daily Ridgeback</title>\n  <link>{site}</link>\n  <description>Defend Truth</description>\n  <language>en-ZA</language>\n"
               f"  <lastBuildDate>{rfc822(d(4, 16, 50, 0, 2))}</lastBuildDate>\n  <copyright>© 2026 Daily Ridgeback. All rights reserved.</copyright>")
    text = rss(channel, rows, ns=NS_DC, decl="UTF-8")
    return feed("en_za_dailyridgeback_world.rss.xml", text, items, lang="en", outlet="Daily Ridgeback",
                structure="Daily Maverick-style RSS: channel titled with the bare outlet and a tagline, dated '/article/YYYY-MM-DD-slug/' permalink guids, escaped <p> descriptions with ‘…’ single-quoted quotes, italic newsletter promos and contributor bios, several dc:creator elements, 'Reuters' and a desk as creators, 'OP-ED:', 'ISS TODAY:' and 'First Thing:' labels, 'THE HAGUE –' dateline with '(Reuters)' tail, load-shedding item, +0200 dates",
                notes="Agencies and desks are not people.")


# ---------------------------------------------------------------- Globe and Mail-style (Arc XP)
def northernledger():
    """Globe and Mail-style Arc XP RSS: dc:creator per author, 'The Canadian Press' and 'Reuters'
    credits, content:encoded with <figure> captions, 'Opinion:' and 'Explainer:' labels, -0500 dates."""
    rows, items = [], []
    site = "https://www.thenorthernledger.ca"

    def add(aid, path, title, when, creators, desc, body, exp):
        url = f"{site}/world/{path}/article-{aid}/"
        pairs = [("title", cdata(title)), ("link", url), ('guid isPermaLink="false"', aid.upper())]
        pairs += [("dc:creator", cdata(c)) for c in creators]
        pairs += [("description", cdata(desc)), ("pubDate", rfc822(when)), ("content:encoded", cdata(body))]
        rows.append(item(pairs, sep="\n"))
        items.append(exp(aid.upper()))

    fig = '<figure><img src="https://www.thenorthernledger.ca/resizer/v2/{i}.jpg?auth=9f1c&amp;width=600" alt=""/><figcaption>{c}</figcaption></figure>'
    w = d(3, 21, 5, 0, -5)
    add("2bxq7hzm5rdnlevx3o4kwp2z4i", "canada-india-diplomats-return", "Canada and India agree to restore diplomats after two-year freeze", w, ["Simone Achterberg"],
        "Ottawa and New Delhi will reinstate high commissioners in the new year, officials said",
        fig.format(i="XJ2C", c="Foreign Affairs Minister Hélène Boisvert speaks in Ottawa on Dec. 3.Justin Marchetti/The Northern Ledger") +
        "<p>Canada and India will restore full diplomatic staffing, Foreign Affairs Minister Hélène Boisvert announced Wednesday.</p><p>“This is a reset, not a reward,” Ms. Boisvert said.</p><p><strong>Read more:</strong> <a href=\"https://www.thenorthernledger.ca/politics/\">Timeline of the Canada-India dispute</a></p>",
        lambda k: it(k, "Canada and India agree to restore diplomats after two-year freeze", w, ["Simone Achterberg"], junk=["Justin Marchetti", "Read more", "The Northern Ledger"],
                     quotes=[q("Hélène Boisvert", "Foreign Affairs Minister")]))
    w = d(3, 19, 40, 0, -5)
    add("x5ldpqf3gvbrfmjkq7ajbqkkqy", "venezuela-guyana-essequibo-oas", "OAS calls emergency session on Venezuela’s troop build-up near Guyana border", w, ["The Canadian Press"],
        "Member states to meet Friday in Washington",
        "<p>WASHINGTON — The Organization of American States will hold an emergency session Friday.</p><p><em>With a report from Reuters</em></p>",
        lambda k: it(k, "OAS calls emergency session on Venezuela’s troop build-up near Guyana border", w, [], junk=["With a report from", "WASHINGTON —"], note="'The Canadian Press' is an agency"))
    w = d(3, 17, 15, 0, -5)
    add("ocjmsw2n4fgtlgm6wfqvbm3q5q", "opinion-nato-arctic-canada-spending", "Opinion: Canada’s Arctic promise to NATO is still mostly a press release", w, ["Gareth Noonan-Reyes"],
        "Ottawa has pledged new submarines and radar, but nothing has been ordered",
        "<p>Ottawa keeps telling its allies the North is a priority.</p><p><em>Gareth Noonan-Reyes is a senior fellow at an Ottawa defence think tank.</em></p>",
        lambda k: it(k, "Canada’s Arctic promise to NATO is still mostly a press release", w, ["Gareth Noonan-Reyes"], junk=["senior fellow"],
                     note="Opinion. Title label 'Opinion:' may be kept or dropped"))
    w = d(3, 15, 0, 0, -5)
    add("ta3h2c6m3vc7dpeu7hlwfl3g3m", "gaza-aid-canada-funding", "Explainer: Where Canada’s new humanitarian money for Gaza is going", w, ["Ravi Dhanjal", "Clémence Aubertin"],
        "The federal government announced $75-million on Tuesday",
        "<p>Here is what we know about the funding.</p>",
        lambda k: it(k, "Where Canada’s new humanitarian money for Gaza is going", w, ["Ravi Dhanjal", "Clémence Aubertin"], note="Explainer. Title label 'Explainer:' may be kept or dropped"))
    w = d(3, 12, 30, 0, -5)
    add("b4tmk2dqyrfxnbbt6t3yqk6wka", "tsx-close-oil-prices", "TSX closes higher as oil rebounds on OPEC+ output signal", w, ["Reuters"],
        "Energy stocks led gains in Toronto",
        "<p>Canada’s main stock index rose 0.6 per cent.</p>",
        lambda k: it(k, "TSX closes higher as oil rebounds on OPEC+ output signal", w, [], rel=False, note="Markets report"))
    w = d(3, 10, 10, 0, -5)
    add("q2n7zl6ywvf6vh2ewb5cpjh6ja", "germany-coalition-deportation-afghanistan", "German coalition resumes deportation flights to Afghanistan despite UN warning", w, ["Lukas Hartwig-Moore"],
        "The UN refugee agency says returnees face persecution",
        "<p>BERLIN — Germany sent a second deportation flight to Kabul on Wednesday.</p><p>“Returns must be voluntary, safe and dignified,” said Amara Nwosu-Keller, a spokeswoman for the UN refugee agency.</p><p><em>Lukas Hartwig-Moore is The Northern Ledger’s Europe correspondent.</em></p>",
        lambda k: it(k, "German coalition resumes deportation flights to Afghanistan despite UN warning", w, ["Lukas Hartwig-Moore"], junk=["Europe correspondent", "BERLIN —"],
                     quotes=[q("Amara Nwosu-Keller", "UN refugee agency")]))
    channel = (f"\n<title><![CDATA[The Northern Ledger - World]]></title>\n<link>{site}/world/</link>\n<atom:link href=\"{site}/arc/outboundfeeds/rss/category/world/\" rel=\"self\" type=\"application/rss+xml\"/>\n"
               "<description><![CDATA[The Northern Ledger - World]]></description>\n<lastBuildDate>Fri, 04 Dec 2026 02:10:00 +0000</lastBuildDate>\n<language>en</language>\n<category>World</category>\n<ttl>1</ttl>")
    text = rss(channel, rows, ns=NS_ATOM + NS_CONTENT + NS_DC + NS_MEDIA + ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', decl="UTF-8")
    return feed("en_ca_northernledger_world.rss.xml", text, items, lang="en", outlet="The Northern Ledger",
                structure="Globe and Mail-style Arc XP outbound RSS: CDATA channel title 'Outlet - World', 26-character upper-case Arc ids as non-permalink guids placed before dc:creator, several CDATA dc:creator, 'The Canadian Press' and 'Reuters' as creators, CDATA deck descriptions, content:encoded with <figure>/<figcaption> captions whose photo credit is glued to the last sentence ('…Dec. 3.Name/Outlet'), 'Ms. Name' second references, bold 'Read more:' links, italic contributor tails and 'With a report from', 'Opinion:' and 'Explainer:' labels, markets item, -0500 dates, no copyright",
                notes="Agencies are not people.")


# ---------------------------------------------------------------- broken: Lagos custom PHP
def leadline():
    """A Lagos daily's hand-written PHP RSS: blank lines before the XML declaration and bare '&'
    in titles and links (not well-formed); numeric guids."""
    rows, items = [], []
    site = "https://leadlinenews.ng"

    def add(nid, slug, title_raw, title, when, author, desc, exp):
        url = f"{site}/index.php?page=news&id={nid}&cat=world&slug={slug}"
        rows.append(item([("title", title_raw), ("link", url), ("description", desc), ("author", author),
                          ("pubDate", rfc822(when)), ('guid isPermaLink="false"', str(nid))], sep="\n"))
        items.append(exp(str(nid)))

    w = d(4, 15, 20, 0, 1)
    add(90412, "ecowas-niger-mali-burkina-talks", "ECOWAS & Sahel states open talks on free movement after split", "ECOWAS & Sahel states open talks on free movement after split", w, "Chinonso Adeyemi-Bello",
        "ABUJA - ECOWAS and the Alliance of Sahel States on Thursday began talks in Abuja on keeping borders open for traders. \"We are neighbours before we are anything else,\" said the ECOWAS Commission President, Dr. Ousmane Kaboré-Diallo.",
        lambda k: it(k, "ECOWAS & Sahel states open talks on free movement after split", w, ["Chinonso Adeyemi-Bello"],
                     quotes=[q("Ousmane Kaboré-Diallo", "ECOWAS Commission")], note="Bare '&' in the title: the expected title keeps it as '&'"))
    w = d(4, 13, 5, 0, 1)
    add(90398, "nigeria-us-visa-restrictions", "US widens visa restrictions on Nigerian officials over rights abuses", "US widens visa restrictions on Nigerian officials over rights abuses", w, "Funmilayo Eze",
        "WASHINGTON - The United States said on Wednesday it would bar more officials accused of abuses. Nigeria's foreign ministry called the move \"unfriendly and unhelpful\".",
        lambda k: it(k, "US widens visa restrictions on Nigerian officials over rights abuses", w, ["Funmilayo Eze"]))
    w = d(4, 11, 40, 0, 1)
    add(90377, "naira-dollar-parallel-market", "Naira slips to N1,720/$ at parallel market", "Naira slips to N1,720/$ at parallel market", w, "Business Desk",
        "The local currency weakened as demand for dollars rose ahead of the festive season.",
        lambda k: it(k, "Naira slips to N1,720/$ at parallel market", w, [], rel=False, note="'Business Desk' is a desk"))
    w = d(4, 10, 0, 0, 1)
    add(90351, "chad-sudan-refugees-unhcr", "Chad: 20,000 Sudanese refugees cross border in a week - UNHCR", "Chad: 20,000 Sudanese refugees cross border in a week - UNHCR", w, "Agency Report",
        "N'DJAMENA - The UN refugee agency said on Thursday that arrivals in eastern Chad had doubled since November.",
        lambda k: it(k, "Chad: 20,000 Sudanese refugees cross border in a week - UNHCR", w, [], note="'Agency Report' is a credit, not a person"))
    w = d(4, 8, 30, 0, 1)
    add(90330, "super-eagles-afcon-draw", "Super Eagles drawn with Egypt & Cameroon in AFCON 'group of death'", "Super Eagles drawn with Egypt & Cameroon in AFCON 'group of death'", w, "Sports Desk",
        "The draw was held in Rabat on Wednesday night.",
        lambda k: it(k, "Super Eagles drawn with Egypt & Cameroon in AFCON 'group of death'", w, [], rel=False))
    w = d(4, 7, 0, 0, 1)
    add(90312, "editorial-tinubu-foreign-policy", "EDITORIAL: Nigeria needs a foreign policy, not foreign trips", "EDITORIAL: Nigeria needs a foreign policy, not foreign trips", w, "Editorial Board",
        "Abuja's absence from the Sahel crisis has cost it influence in West Africa.",
        lambda k: it(k, "Nigeria needs a foreign policy, not foreign trips", w, [], note="Editorial; 'Editorial Board' is not a person. Title label 'EDITORIAL:' may be kept or dropped"))
    channel = (f"\n<title>LeadLine News - World</title>\n<link>{site}</link>\n<description>Nigeria's leading news & views</description>\n<language>en-us</language>\n"
               "<copyright>Copyright 2026 LeadLine Communications Ltd</copyright>")
    text = "\n\n" + rss(channel, rows, decl="UTF-8")
    return feed("en_ng_leadline_world_whitespace_bare_ampersands.rss.xml", text, items, lang="en", outlet="LeadLine News", aliases=["LeadLine"],
                structure="Nigerian daily's hand-written PHP RSS: TRAP: two blank lines BEFORE the XML declaration and bare unescaped '&' in channel description, titles and 'index.php?page=news&id=…&cat=…' links (not well-formed XML); plain descriptions opening 'CITY -' with ASCII quotes, <author> holding plain names or desks ('Business Desk', 'Agency Report', 'Editorial Board'), numeric guids, +0100 dates",
                notes="Not well-formed: a lenient parser must recover the items. Desks and 'Agency Report' are not people.",
                acceptable=("decoded", "refused"))


FEEDS = [eveninghour, continental, harbourpost, tidewire, ridgeback, northernledger, leadline]
