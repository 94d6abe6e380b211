# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English front-page feeds of the thirty-sixth held-out set (part 2): a Sydney broadcaster's
'Just In', a Toronto daily's top stories on WordPress VIP, a Johannesburg news site's 'Top
Stories', a Dublin daily's 'News' on Arc XP, a tech site on Ghost 5 and a science magazine on
Jekyll (Atom). All outlets, people and quotations are invented."""
from h36 import S, cd, d, esc, exp, feed, gmt, html, q, rfc822, utc0, wpt


# ---------------------------------------------------------------- Sydney public broadcaster, "Just In"
def southerly():
    base = "https://www.southerlybroadcasting.example"
    specs = [
        S("2023-08-12/matildas-through-to-semi-final-penalties/102718830", "Matildas through to World Cup semi-final after marathon penalty shootout against France", d(2023, 8, 12, 20, 40, 0, 10), "Tom Gallagher", ["Tom Gallagher"],
          ["The Matildas have beaten France 7-6 on penalties in Brisbane to reach the semi-finals of the home Women's World Cup for the first time.",
           "\"I can't feel my legs, but I don't care,\" goalkeeper Jess Armitage said."],
          quotes=[q("Jess Armitage", "goalkeeper")],
          note="An international tournament hosted at home, against a foreign team: sport, not relevant."),
        S("2023-08-12/trade-minister-china-wine-tariffs-review/102718512", "China agrees to review tariffs on Australian wine, Trade Minister says", d(2023, 8, 12, 16, 5, 0, 10), "Political reporter Mei Lin Tan", ["Mei Lin Tan"],
          ["China will conduct an expedited five-month review of its tariffs on Australian wine, and Australia will suspend its complaint at the World Trade Organization, the Trade Minister has announced.",
           "\"It's the model that worked for barley, and we expect the same outcome,\" said winemaker Luca Ferraro, who chairs the Barossa Exporters Group."],
          rel=True, quotes=[q("Luca Ferraro", "Barossa Exporters Group")],
          note="Tariffs between states and a WTO dispute: relevant. Byline 'Political reporter Mei Lin Tan': the job title before the name is not part of it."),
        S("2023-08-12/perth-man-dies-bali-scooter-crash/102718204", "Perth man dies in Bali scooter crash as family calls for travel insurance warning", d(2023, 8, 12, 13, 0, 0, 10), "Rhiannon Cobb", ["Rhiannon Cobb"],
          ["A 27-year-old Perth man has died after his hired scooter collided with a truck in Canggu, his family says.",
           "The Department of Foreign Affairs and Trade said it was providing consular assistance."],
          note="A tourist accident abroad; routine consular assistance does not make it foreign policy. Not relevant."),
        S("2023-08-12/bushfire-warning-nsw-south-coast/102718011", "Watch and act warning for bushfire near Bermagui", d(2023, 8, 12, 10, 30, 0, 10), "", [],
          ["Residents near Bermagui on the NSW south coast have been told to prepare to leave as a bushfire burns out of control in winds of up to 60 kilometres an hour."],
          note="Home emergency: not relevant. No byline."),
        S("2023-08-11/rba-holds-cash-rate-4-1-per-cent/102716660", "RBA governor says rates may need to rise again if inflation stalls", d(2023, 8, 11, 17, 15, 0, 10), "Business reporter Sam Okafor", ["Sam Okafor"],
          ["The Reserve Bank governor told a parliamentary committee that the board had not ruled out a further increase to the cash rate, now at 4.1 per cent."],
          note="Home economy: not relevant."),
        S("2023-08-11/voice-referendum-date-announced/102716301", "Voice referendum to be held on October 14, Prime Minister announces", d(2023, 8, 11, 14, 0, 0, 10), "Political reporter Mei Lin Tan and Josh Whitby", ["Mei Lin Tan", "Josh Whitby"],
          ["Australians will vote on October 14 on whether to enshrine an Indigenous Voice to Parliament in the constitution."],
          note="Home politics: not relevant. Two names after a job title."),
    ]
    rows, items = [], []
    for s in specs:
        url = f"{base}/news/{s.slug}"
        who = f"\n      <dc:creator>{esc(s.by)}</dc:creator>" if s.by else ""
        img = f"{base}/news/image/{s.slug.split('/')[-1]}-16x9"
        rows.append(f"    <item>\n      <title>{esc(s.title)}</title>\n      <link>{url}</link>\n      <description>{esc(' '.join(s.paras))}</description>\n"
                    f"      <pubDate>{rfc822(s.when)}</pubDate>\n      <guid isPermaLink=\"false\">{url}</guid>{who}\n"
                    f'      <media:group>\n        <media:content url="{img}-3x2-940x627.jpg" medium="image" type="image/jpeg" width="940" height="627"/>\n'
                    f'        <media:content url="{img}-thumbnail.jpg" medium="image" type="image/jpeg" width="700" height="394" isDefault="true"/>\n      </media:group>\n    </item>')
        items.append(exp(s, url))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">\n  <channel>\n'
            f"    <title>Just In</title>\n    <link>{base}/news/justin</link>\n    <description>The latest news from Southerly News</description>\n    <language>en-AU</language>\n"
            f"    <copyright>Copyright 2023, Southerly Broadcasting Corporation</copyright>\n    <lastBuildDate>{rfc822(d(2023, 8, 12, 20, 45, 0, 10))}</lastBuildDate>\n"
            f'    <atom:link href="{base}/news/feed/51120/rss.xml" rel="self" type="application/rss+xml"/>\n' + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_au_southerly_justin.rss.xml", text, items, lang="en", outlet="Southerly News", aliases=["Southerly Broadcasting", "Southerly Broadcasting Corporation"],
                ctype="application/rss+xml; charset=utf-8", topic="mixed",
                structure="Sydney public broadcaster's 'Just In' feed: channel title only 'Just In' (the brand only in the description and copyright), en-AU, numeric feed path '/news/feed/<id>/rss.xml', two-space indentation, items title/link/description/pubDate/guid/dc:creator/media:group, '/news/YYYY-MM-DD/<slug>/<9 digits>' links repeated as non-permalink guids, plain-text descriptions, +1000 dates, dc:creator with job titles before names ('Political reporter A', 'Business reporter A', 'Political reporter A and B') or absent, media:group with two renditions, sport, weather, economy and home politics mixed, August 2023 (the home Women's World Cup)")


# ---------------------------------------------------------------- Toronto daily on WordPress VIP, top stories
def lakeshore():
    base = "https://lakeshorepost.example"
    specs = [
        S("ottawa-expels-chinese-diplomat-over-intimidation-of-mp", "Ottawa expels Chinese diplomat accused of targeting MP's family", d(2023, 2, 8, 18, 25, 0, -5), "Gabrielle Tremblay", ["Gabrielle Tremblay"],
          ["Canada has declared a diplomat at the Chinese consulate in Toronto persona non grata, days after reports that he gathered information on the relatives of a Conservative MP in Hong Kong.",
           "Beijing called the decision \u201cgroundless\u201d and promised a response."],
          rel=True, cat=["News", "Politics"], note="Expulsion of a foreign diplomat: relations between states, relevant."),
        S("foreign-buyer-ban-homes-extended", "Federal ban on foreign homebuyers extended to 2027", d(2023, 2, 8, 15, 0, 0, -5), "Daniel Okoye", ["Daniel Okoye"],
          ["The federal government will extend its ban on foreign nationals buying residential property by two years, the housing minister said Wednesday.",
           "\u201cIt was never going to fix prices on its own,\u201d said Carla Mendes, a housing economist at the Dundas Institute."],
          quotes=[q("Carla Mendes", "Dundas Institute")], cat=["News", "Real Estate"],
          note="Home housing policy with only the word 'foreign' in it: not relevant."),
        S("oilers-beat-flames-battle-of-alberta", "Oilers double up Flames in Battle of Alberta", d(2023, 2, 8, 23, 5, 0, -5), "The Canadian Press", [],
          ["Connor Hale scored twice as Edmonton beat Calgary 6-3 on Wednesday night."],
          cat=["Sports", "NHL"], note="Home sport: not relevant. An agency credit: []."),
        S("quebec-singer-paris-olympia-sold-out", "Quebec singer's Paris shows sell out in minutes", d(2023, 2, 8, 11, 40, 0, -5), "Melanie Roy", ["Melanie Roy"],
          ["All four of Quebec singer Amélie Gendron's concerts at the Olympia in Paris sold out within minutes on Wednesday morning."],
          cat=["Entertainment", "Music"], note="A home celebrity abroad: culture, not relevant."),
        S("winter-storm-flights-cancelled-pearson", "Winter storm grounds hundreds of flights at Pearson", d(2023, 2, 8, 7, 15, 0, -5), "Daniel Okoye", ["Daniel Okoye"],
          ["More than 400 flights were cancelled at Toronto Pearson as up to 25 centimetres of snow fell across the GTA."],
          cat=["News", "Weather"], note="Home weather: not relevant."),
        S("podcast-the-lakeshore-daily-feb-8", "The Lakeshore Daily podcast: What the diplomat expulsion means", d(2023, 2, 8, 5, 0, 0, -5), "Lakeshore Post", [],
          ["Listen to today's episode of The Lakeshore Daily, our news podcast, on your favourite app."],
          story=False, cat=["Podcasts"], note="Podcast episode promo: not a story (its topic is foreign policy, but it is a programme blurb)."),
    ]
    rows, items = [], []
    for n, s in enumerate(specs):
        pid = 2314450 - n * 37
        url = f"{base}/{s.cat[0].lower().replace(' ', '-')}/{s.slug}"
        cats = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in s.cat)
        rows.append(f"\t\t<item>\n\t\t\t<title>{wpt(s.title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t\t\t\t<dc:creator><![CDATA[{s.by}]]></dc:creator>\n"
                    f"\t\t<pubDate>{utc0(s.when)}</pubDate>{cats}\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n"
                    f"\t\t\t\t\t<description><![CDATA[{s.paras[0]}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{html(s)}]]></content:encoded>\n"
                    f'\t\t\t\t\t<media:content url="https://smartcdn.lakeshorepost.example/wp-content/uploads/2023/02/{s.slug[:20]}.jpg" medium="image" />\n\t\t</item>')
        items.append(exp(s, f"{base}/?p={pid}"))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n'
            '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\txmlns:media="http://search.yahoo.com/mrss/"\n\t>\n\n<channel>\n'
            f'\t<title>Lakeshore Post</title>\n\t<atom:link href="{base}/feed" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n\t<description>Toronto news, sports, business and entertainment</description>\n'
            f"\t<lastBuildDate>{utc0(d(2023, 2, 8, 23, 6, 0, -5))}</lastBuildDate>\n\t<language>en-CA</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
            "\t<generator>https://wordpress.org/?v=6.1.1</generator>\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_ca_lakeshorepost_topstories_wpvip.rss.xml", text, items, lang="en", outlet="Lakeshore Post", ctype="application/rss+xml; charset=UTF-8", topic="mixed",
                structure="Toronto daily's main feed on WordPress VIP 6.1: the prolog glued to '<rss version=\"2.0\"' with namespaces on their own tab-indented lines, the site title as channel title, en-CA, sy:update* with WordPress's whitespace, WordPress's uneven tab runs before dc:creator, description and content:encoded, links under the first category's slug, '?p=<id>' guids, +0000 pubDates (newsroom -0500), CDATA dc:creator with a reporter, the agency 'The Canadian Press' or the brand, two CDATA categories, the lead paragraph as description and the short story in content:encoded, curly quotes as characters, media:content, a podcast promo, February 2023")


# ---------------------------------------------------------------- Johannesburg news site, "Top Stories" from a .NET CMS
def highveld():
    base = "https://www.highveldwire.example"
    specs = [
        S("g20-leaders-summit-opens-in-johannesburg-20251122", "G20 leaders' summit opens in Johannesburg with debt relief on the table", d(2025, 11, 22, 11, 30, 0, 2), "Lerato Mokoena", ["Lerato Mokoena"],
          ["Leaders and envoys of the world's largest economies gathered at the Nasrec Expo Centre on Saturday for the first G20 summit held on African soil, with debt relief for poorer countries at the top of the agenda.",
           "\"For once the people at the table will hear what a debt crisis looks like from the inside,\" said Thabo Nkosi, a researcher at the Institute for Global Dialogue Studies."],
          rel=True, quotes=[q("Thabo Nkosi", "Institute for Global Dialogue Studies")],
          note="An international event hosted at home, but a diplomatic one (a summit of heads of government): relevant, unlike a sports tournament at home."),
        S("springboks-name-squad-for-tour-20251122", "Springboks name 34-man squad for end-of-year tour", d(2025, 11, 22, 9, 10, 0, 2), "Sport24 Reporter", [],
          ["The Springboks named four uncapped players for the tour to Ireland, Wales and Italy."],
          note="Sport: not relevant. A desk credit: []."),
        S("eskom-suspends-load-shedding-for-festive-season-20251121", "Eskom says no load-shedding expected over festive season", d(2025, 11, 21, 18, 0, 0, 2), "Sipho Dlamini", ["Sipho Dlamini"],
          ["The power utility said improved plant performance meant it did not expect to cut power between December and mid-January."],
          note="Home economy and utilities: not relevant."),
        S("five-killed-in-cape-flats-shooting-20251121", "Five killed in Cape Flats shooting, police hunt gunmen", d(2025, 11, 21, 14, 45, 0, 2), "Jenna Adams", ["Jenna Adams"],
          ["Five people were shot dead in Hanover Park on Friday morning in what police believe is a gang-related attack."],
          note="Home crime: not relevant."),
        S("rand-firms-as-us-yields-ease-20251121", "Rand firms to strongest level in three months as US yields ease", d(2025, 11, 21, 10, 20, 0, 2), "Business Desk", [],
          ["The rand traded at R17.12 to the dollar on Friday morning, its best level since August, as US Treasury yields fell."],
          note="Markets with a passing foreign cue: not relevant."),
        S("sa-nurses-in-uk-face-new-visa-salary-threshold-20251120", "South African nurses in UK fear new visa salary threshold", d(2025, 11, 20, 19, 30, 0, 2), "Naledi Khumalo", ["Naledi Khumalo"],
          ["Thousands of South African nurses working in Britain say a higher salary threshold for skilled worker visas could force them to leave.",
           "\"We came because they asked us to come,\" said Zanele Mthembu, a ward sister in Leicester."],
          quotes=[q("Zanele Mthembu")],
          note="Diaspora story about another country's visa rule: human interest about migrants' jobs, not relations between states. Not relevant (hard call: the rule is foreign, the story is social)."),
    ]
    rows, items = [], []
    for n, s in enumerate(specs):
        url = f"{base}/news/{s.slug}"
        rows.append(f"<item><title>{esc(s.title)}</title><description>{esc(' '.join(s.paras))}</description><link>{url}</link>"
                    f"<guid isPermaLink=\"true\">{url}</guid><pubDate>{rfc822(s.when)}</pubDate><author>{esc(s.by)}</author>"
                    f'<enclosure url="https://cdn.highveldwire.example/resize/640x360/{n + 55123}.jpg" type="image/jpeg" length="0" /></item>')
        items.append(exp(s, url))
    text = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Highveld Wire | Top Stories</title>'
            f"<link>{base}/</link><description>South Africa's news, every minute</description><language>en-za</language><pubDate>{rfc822(d(2025, 11, 22, 11, 31, 0, 2))}</pubDate>"
            f"<image><url>{base}/images/logo.png</url><title>Highveld Wire</title><link>{base}/</link></image>" + "".join(rows) + "</channel></rss>")
    return feed("en_za_highveldwire_topstories.rss.xml", text, items, lang="en", outlet="Highveld Wire", ctype="text/xml; charset=utf-8", topic="mixed",
                structure="Johannesburg news site's 'Top Stories' feed from a .NET CMS: one line, no namespaces, channel 'Brand | Top Stories', en-za, channel pubDate and image, items title/description/link/guid/pubDate/author/enclosure, plain-text descriptions, '/news/<slug>-<yyyymmdd>' links as permalink guids, +0200 dates, RSS <author> holding a bare name (no e-mail) or a desk ('Sport24 Reporter', 'Business Desk'), jpeg enclosures with length 0, the G20 summit in Johannesburg among sport, power cuts, crime and markets, November 2025")


# ---------------------------------------------------------------- Dublin daily on Arc XP, "News" section
def liffey():
    base = "https://www.liffeyjournal.example"
    specs = [
        S("world/taoiseach-raises-gaza-ceasefire-at-white-house-43019922", "Taoiseach presses for Gaza ceasefire in White House meeting", d(2024, 3, 15, 21, 40), "Ciarán Ó Dónaill", ["Ciarán Ó Dónaill"],
          ["The Taoiseach used his St Patrick's Day visit to the White House to call for an immediate ceasefire in Gaza and more aid deliveries.",
           "\"Friends can be frank with each other, and that is what this visit is for,\" said Aoife Brennan, a former diplomat now at the Institute for European Affairs."],
          rel=True, quotes=[q("Aoife Brennan", "Institute for European Affairs")],
          note="A head of government's visit abroad used for diplomacy on a war: relevant, although the occasion is a national festival."),
        S("irish-news/dail-passes-planning-bill-amendments-43019810", "Dáil passes 300 amendments to planning bill in late sitting", d(2024, 3, 15, 18, 0), "Fionnuala Keane", ["Fionnuala Keane"],
          ["The Dáil sat until after midnight to pass more than 300 amendments to the Planning and Development Bill."],
          note="Home politics: not relevant."),
        S("sport/rugby/ireland-beat-scotland-to-retain-six-nations-43019701", "Ireland beat Scotland to retain Six Nations title", d(2024, 3, 16, 19, 5), "Gavin Cummins", ["Gavin Cummins"],
          ["Ireland held on for a 17-13 win over Scotland at the Aviva Stadium to become the first side to win back-to-back titles since the tournament's expansion."],
          note="A match against a foreign team at home: sport, not relevant."),
        S("irish-news/st-patricks-day-parade-dublin-crowds-43019655", "Half a million line Dublin streets for St Patrick's Day parade", d(2024, 3, 17, 16, 30), "Liffey Journal Reporters", [],
          ["Crowds estimated at half a million watched the parade, led this year by a pageant about the city's river."],
          note="Home festival: not relevant."),
        S("irish-news/irish-community-in-sydney-celebrates-43019602", "Sydney's Irish community marks St Patrick's Day with Bondi festival", d(2024, 3, 17, 9, 15), "Siobhán Hartigan", ["Siobhán Hartigan"],
          ["Thousands of Irish emigrants celebrated at a festival on Bondi Beach, with organisers saying the crowd was the biggest since before the pandemic.",
           "\"Half of Kerry must be here,\" said Declan Moriarty, who moved to Sydney in 2019."],
          quotes=[q("Declan Moriarty")],
          note="Diaspora festival abroad: foreign soft news, not relevant."),
        S("irish-news/storm-leaves-20000-without-power-43019555", "Storm leaves 20,000 homes without power in west", d(2024, 3, 15, 8, 20), "Fionnuala Keane", ["Fionnuala Keane"],
          ["ESB Networks said crews were working to restore supply to homes in Galway, Mayo and Clare after gusts of 120km/h."],
          note="Home weather: not relevant."),
    ]
    rows, items = [], []
    for s in specs:
        url = f"{base}/{s.slug}.html"
        rows.append(f"<item><title>{cd(s.title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid><dc:creator>{cd(s.by)}</dc:creator>"
                    f"<description>{cd(s.paras[0])}</description><pubDate>{gmt(s.when)}</pubDate><content:encoded>{cd(html(s))}</content:encoded>"
                    f'<media:content url="https://www.liffeyjournal.example/resizer/v2/{s.slug[-8:]}.jpg?auth=9f2c&amp;width=1200" type="image/jpeg" height="800" width="1200"/></item>')
        items.append(exp(s, url))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">'
            f'<channel><title>{cd("Liffey Journal News Feed")}</title><link>{base}</link><atom:link href="{base}/arc/outboundfeeds/rss/?outputType=xml" rel="self" type="application/rss+xml"/>'
            f"<description>{cd('Liffey Journal News Feed')}</description><lastBuildDate>{gmt(d(2024, 3, 17, 16, 31))}</lastBuildDate><language>en</language><ttl>1</ttl>"
            "<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency>" + "".join(rows) + "</channel></rss>")
    return feed("en_ie_liffeyjournal_news_arc.rss.xml", text, items, lang="en", outlet="Liffey Journal", aliases=["The Liffey Journal"],
                ctype="application/rss+xml; charset=utf-8", topic="mixed",
                structure="Dublin daily's all-sections feed from Arc XP outbound feeds (2024, '/arc/outboundfeeds/rss/?outputType=xml'): one line, CDATA '<Brand> News Feed' title and description, language 'en', ttl 1, sy:update*, items title/link/guid/dc:creator/description/pubDate/content:encoded/media:content in that order, '.html' links as permalink guids, CDATA dc:creator with a person or 'Liffey Journal Reporters', the lead as description and the short story in content:encoded, Irish names with fadas (Ó Dónaill, Siobhán), GMT dates, resizer image URLs with an escaped '&amp;width=', St Patrick's Day week, March 2024 (items not all in date order, as Arc lists by last update)")


# ---------------------------------------------------------------- tech site on Ghost 5
def patchbay():
    base = "https://patchbay.example"
    specs = [
        S("us-widens-chip-export-controls-gulf", "US widens chip export rules to cover AI accelerators bound for the Gulf", d(2025, 5, 14, 16, 2), "Marisol Ventura", ["Marisol Ventura"],
          ["The Commerce Department will require licences for shipments of advanced AI accelerators to three Gulf states, closing what officials called a route for diversion to China.",
           "\u201cThis is trade policy written as a spreadsheet of teraflops,\u201d said Owen Achterberg, a former export-control official now at the Lindqvist Center."],
          rel=True, quotes=[q("Owen Achterberg", "Lindqvist Center")], cat="Policy",
          note="Export controls aimed at other states: trade policy between states on a tech site, relevant."),
        S("fold-phone-hands-on", "Hands-on: the Orbis Fold 3 fixes the crease and keeps the price", d(2025, 5, 14, 13, 30), "Dev Raman", ["Dev Raman"],
          ["Orbis's third foldable is lighter, thinner and, for once, has a crease you have to look for.", "It goes on sale in June at the same $1,799."],
          cat="Gadgets", note="Product news: not relevant. Title label 'Hands-on:' is part of the headline."),
        S("taiwan-undersea-cable-cut", "Taiwan says ship with Chinese crew cut undersea cable to Matsu", d(2025, 5, 14, 9, 45), "Marisol Ventura", ["Marisol Ventura"],
          ["Taiwan's coast guard said a cargo ship crewed by Chinese nationals dragged its anchor across an undersea cable to the Matsu islands, the third such incident this year.",
           "Beijing said it had no knowledge of the vessel."],
          rel=True, cat="Infrastructure", note="Sabotage suspicion between states (international security) told as an internet-infrastructure story: relevant."),
        S("cloud-outage-us-east", "A configuration change took down a big slice of the cloud for four hours", d(2025, 5, 13, 22, 10), "Hank Osei", ["Hank Osei"],
          ["A faulty configuration push knocked out storage and login services in one region of a major cloud provider on Tuesday, taking thousands of apps offline."],
          cat="Cloud", note="Tech business: not relevant."),
        S("maintainer-survey-2025", "Open-source maintainers are still burning out, survey finds", d(2025, 5, 13, 15, 0), "Dev Raman", ["Dev Raman"],
          ["Six in ten maintainers of popular open-source projects say they have considered quitting in the past year, according to a survey of 2,100 developers."],
          cat="Open Source", note="Not relevant."),
        S("patchbay-podcast-episode-212", "Patchbay Podcast 212: Who owns the cables?", d(2025, 5, 13, 8, 0), "Patchbay", [],
          ["This week: undersea cables, the ships that cut them and who pays for repairs. Listen in your podcast app of choice."],
          story=False, cat="Podcast", note="Podcast episode: not a story."),
    ]
    rows, items = [], []
    for n, s in enumerate(specs):
        url = f"{base}/{s.slug}/"
        gid = f"6824{n:02d}c1e3f5a20001b7{n}d9e0"[:24]
        rows.append(f"<item><title>{cd(s.title)}</title><description>{cd(s.paras[0])}</description><link>{url}</link>"
                    f'<guid isPermaLink="false">{gid}</guid><category>{cd(s.cat)}</category><dc:creator>{cd(s.by)}</dc:creator><pubDate>{gmt(s.when)}</pubDate>'
                    f'<media:content url="{base}/content/images/2025/05/{s.slug[:12]}.jpg" medium="image"/><content:encoded>{cd(html(s))}</content:encoded></item>')
        items.append(exp(s, gid))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/">'
            f"<channel><title>{cd('Patchbay')}</title><description>{cd('Technology news for people who build things')}</description><link>{base}/</link>"
            f"<image><url>{base}/favicon.png</url><title>Patchbay</title><link>{base}/</link></image><generator>Ghost 5.82</generator><lastBuildDate>{gmt(d(2025, 5, 14, 16, 5))}</lastBuildDate>"
            f'<atom:link href="{base}/rss/" rel="self" type="application/rss+xml"/><ttl>60</ttl>' + "".join(rows) + "</channel></rss>")
    return feed("en_tech_patchbay_ghost5.rss.xml", text, items, lang="en", outlet="Patchbay", ctype="application/rss+xml; charset=utf-8", topic="tech",
                structure="Tech news site on Ghost 5.82's default /rss/ feed: one line, CDATA channel title and description, <image>, generator 'Ghost 5.82', ttl 60, items title/description/link/guid/category/dc:creator/pubDate/media:content/content:encoded, guids the 24-hex-digit post object id (isPermaLink=false), GMT dates, a policy story and a cable-cutting story among gadgets, cloud and open source, a podcast, May 2025")


# ---------------------------------------------------------------- science magazine on Jekyll (jekyll-feed Atom)
def meridian():
    base = "https://meridianscience.example"
    specs = [
        S("cop30-adaptation-finance-stalls", "COP30 talks stall over adaptation finance as ministers arrive in Belém", d(2025, 11, 17, 18, 0, 0, -3), "Helena Prakash", ["Helena Prakash"],
          ["Negotiators at the UN climate summit in Belém ended the first week without agreeing on a target for adaptation finance, leaving ministers to settle the question.",
           "\"The science is settled; the money is not,\" said Dr Ruth Abankwa, a climate scientist at the University of Cape Coast."],
          rel=True, quotes=[q("Ruth Abankwa", "University of Cape Coast")], cat="climate",
          note="UN climate negotiations between states: relevant on a science site."),
        S("webb-water-young-star-disc", "Webb spots water vapour in the inner disc of a young star", d(2025, 11, 17, 10, 0, 0, -3), "Tomás Ferreira", ["Tomás Ferreira"],
          ["Astronomers using the James Webb Space Telescope have detected water vapour within the zone where rocky planets are thought to form around a star 370 light years away."],
          cat="astronomy", note="Science: not relevant."),
        S("malaria-vaccine-trial-burkina-faso", "Malaria vaccine trial in Burkina Faso shows 75% protection after booster", d(2025, 11, 16, 14, 0, 0, -3), "Helena Prakash", ["Helena Prakash"],
          ["A booster dose of an experimental malaria vaccine kept protection at 75% over two years in a trial of 4,800 children in Burkina Faso, researchers report."],
          cat="health", note="Medical research set abroad with no international-affairs angle: not relevant."),
        S("who-pandemic-agreement-annex-adopted", "WHO members adopt pathogen-sharing annex to pandemic agreement", d(2025, 11, 15, 16, 30, 0, -3), "Ines Kowalczyk", ["Ines Kowalczyk"],
          ["Member states of the World Health Organization adopted the annex on sharing pathogen samples and benefits, the last piece needed before the pandemic agreement opens for signature.",
           "\"Without the annex the treaty was a promise with no mechanism,\" said Prof Mateus Okonjo of the Global Health Law Centre."],
          rel=True, quotes=[q("Mateus Okonjo", "Global Health Law Centre")], cat="health",
          note="A treaty negotiated by states in an international organisation: relevant."),
        S("feathered-dinosaur-liaoning", "Feathered dinosaur from Liaoning had a tail made for display", d(2025, 11, 14, 12, 0, 0, -3), "Tomás Ferreira", ["Tomás Ferreira"],
          ["A nearly complete skeleton from north-eastern China shows a small dinosaur with a fan of long tail feathers, probably used for courtship."],
          cat="palaeontology", note="A find abroad: science, not relevant."),
        S("newsletter-the-week-in-science-46", "The Week in Science, No. 46: sign up for our Friday newsletter", d(2025, 11, 14, 7, 0, 0, -3), "Meridian Science", [],
          ["Every Friday: the five studies you should know about. Sign up with your e-mail address."],
          story=False, cat="newsletter", note="Newsletter promotion: not a story."),
    ]
    ents = []
    items = []
    for s in specs:
        url = f"{base}/{s.cat}/{s.when.strftime('%Y/%m/%d')}/{s.slug}.html"
        iso = s.when.isoformat()
        auth = f"<author><name>{esc(s.by)}</name></author>"
        ents.append(f'<entry><title type="html">{esc(s.title)}</title><link href="{url}" rel="alternate" type="text/html" title="{esc(s.title)}" /><published>{iso}</published><updated>{iso}</updated>'
                    f'<id>{url}</id><content type="html" xml:base="{url}">{esc(html(s))}</content>{auth}<category term="{s.cat}" /><summary type="html">{esc(s.paras[0])}</summary></entry>')
        items.append(exp(s, url))
    text = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" ><generator uri="https://jekyllrb.com/" version="4.3.4">Jekyll</generator>'
            f'<link href="{base}/feed.xml" rel="self" type="application/atom+xml" /><link href="{base}/" rel="alternate" type="text/html" /><updated>{d(2025, 11, 17, 18, 5, 0, -3).isoformat()}</updated>'
            f'<id>{base}/feed.xml</id><title type="html">Meridian Science</title><subtitle>Research news from the Southern Hemisphere and beyond</subtitle><author><name>Meridian Science</name></author>'
            + "".join(ents) + "</feed>")
    return feed("en_science_meridian_jekyll.atom.xml", text, items, lang="en", outlet="Meridian Science", shape="atom", topic="science",
                ctype="application/atom+xml; charset=utf-8",
                structure="Science magazine on Jekyll 4.3 with jekyll-feed's Atom template (/feed.xml): one line, '<feed xmlns=… >' with the stray space, generator with uri and version, self and alternate links, feed-level author (the brand), title type=html, entries title/link(with title attribute)/published/updated/id/content(type=html, xml:base)/author/category/summary, '/<category>/YYYY/MM/DD/<slug>.html' ids, -03:00 offsets, a UN climate summit and a WHO treaty among astronomy, a vaccine trial abroad and a fossil, a newsletter, November 2025")


FEEDS = [southerly, lakeshore, highveld, liffey, patchbay, meridian]
