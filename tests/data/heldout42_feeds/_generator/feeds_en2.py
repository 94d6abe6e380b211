# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the forty-second held-out set (part 2: a Hobart daily on WordPress 3.9, a
Durban daily on Arc XP, a Dundee daily on Drupal 10, a Jinja site on Ghost 5).
All outlets, people and quotations are invented."""
from html import unescape

from h42 import P, cd, d, esc, feed, gmt, it, ordered, q, rfc822, wpt

LBL = "Title label '{}' may be kept or dropped"


# ---------------------------------------------------------------- Hobart daily on WordPress 3.9 (2014)
def derwent():
    base = "http://www.derwentcourier.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(unescape(title))}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#comments</comments>\n\t\t<pubDate>{rfc822(when.astimezone(d(2014, 1, 1, 0, 0).tzinfo))}</pubDate>\n"
                    f"\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t{cts.strip()}\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[{excerpt} [&#8230;]]]></description>\n\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
                    f"\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2014, 6, 18, 17, 40, 0, 10)
    add(90231, "obituary-margaret-sheean-diplomat-who-opened-canberras-door-to-beijing", "Obituary: Margaret Sheean, the diplomat who opened Canberra&#8217;s door to Beijing", w, "Courier Reporter", ["Obituaries", "World"],
        "Margaret Sheean, who as a young Australian diplomat in Hong Kong helped arrange the contacts that led to recognition of the People&#8217;s Republic in 1972, has died",
        P("Margaret Sheean, who as a young Australian diplomat in Hong Kong helped arrange the contacts that led to Canberra&#8217;s recognition of the People&#8217;s Republic of China in 1972, has died in Hobart. She was 86.",
          "Born in Launceston, she joined the Department of External Affairs in 1951, one of a handful of women in its ranks. She later served as ambassador to Sweden and to the Philippines.",
          "&#8220;She had the rare gift of making the other side want to tell her things,&#8221; said former colleague Desmond Kirkland-Rowe.",
          "She is survived by her nephew and nieces."),
        lambda k: it(k, "Margaret Sheean, the diplomat who opened Canberra's door to Beijing", w, [], quotes=[q("Desmond Kirkland-Rowe")],
                     note=LBL.format("Obituary:") + ". Obituary of a diplomat tied to a landmark of foreign policy: a story, relevant. 'Courier Reporter' is no person."))
    w = d(2014, 6, 18, 10, 5, 0, 10)
    add(90218, "opinion-asylum-boats-the-pacific-solution-is-a-regional-problem", "Opinion: Offshore processing is a regional problem, not a domestic fix", w, "Guest Writer", ["Opinion"],
        "Manus Island and Nauru are in other people&#8217;s countries. We forget that at our cost",
        P("Manus Island and Nauru are in other people&#8217;s countries. We forget that at our cost.",
          "Papua New Guinea&#8217;s Supreme Court is already hearing a challenge to the detention centre. If it rules against it, Canberra has no plan B, and Port Moresby will have learnt that our policy depends on its courts.",
          "The answer is a regional agreement that shares the load with Jakarta and Kuala Lumpur, not a fence around an island.",
          "<em>Dr Alison Tregear-Mbeki teaches international law at a Hobart university and is a former adviser to the UNHCR in Bangkok. The views expressed are her own.</em>"),
        lambda k: it(k, "Offshore processing is a regional problem, not a domestic fix", w, ["Alison Tregear-Mbeki"],
                     junk=["The views expressed are her own", "former adviser to the UNHCR in Bangkok"],
                     note=LBL.format("Opinion:") + ". Guest op-ed: dc:creator is the generic 'Guest Writer'; the author is the person in the italic bio line ('Dr' is no part of the name; the bio and disclaimer are not summary text). Australia's relations with PNG and Nauru over asylum: relevant."))
    w = d(2014, 6, 17, 19, 20, 0, 10)
    add(90204, "japan-pm-to-address-parliament-july", "Japanese PM to address federal Parliament in July as trade deal nears", w, "Ben Whitcombe", ["World", "Politics"],
        "Japan&#8217;s prime minister will address a joint sitting of federal Parliament next month",
        P("Japan&#8217;s prime minister will address a joint sitting of federal Parliament next month, when the two countries expect to sign a free trade agreement that cuts tariffs on Tasmanian beef and dairy.",
          "&#8220;It would be the most important trade deal for this state in a generation,&#8221; said Kerryn Lowe-Hatton of the Tasmanian Farmers and Graziers Association."),
        lambda k: it(k, "Japanese PM to address federal Parliament in July as trade deal nears", w, ["Ben Whitcombe"], quotes=[q("Kerryn Lowe-Hatton", "Tasmanian Farmers and Graziers Association")],
                     note="State visit and trade agreement: relevant."))
    w = d(2014, 6, 16, 21, 0, 0, 10)
    add(90190, "transcript-lateline-style-interview-foreign-minister", "Transcript: The Courier Hour &#8211; Episode 112, with the shadow foreign minister", w, "The Courier Hour", ["Podcasts", "World"],
        "This week on The Courier Hour: the shadow foreign minister on Iraq, and listener questions",
        P("<strong>HOST (Paul Dwyer):</strong> Welcome to The Courier Hour, episode 112. This week, Iraq.",
          "<strong>GUEST:</strong> Thanks for having me, Paul.",
          "<strong>HOST:</strong> Subscribe on iTunes and tell a friend. Let&#8217;s start with Mosul.",
          "<em>Listen to the full episode on iTunes or download the MP3.</em>"),
        lambda k: it(k, "The Courier Hour – Episode 112, with the shadow foreign minister", w, [], story=False, rel=False,
                     note="Transcript of a podcast episode (programme, 'Subscribe on iTunes'): a programme episode, not a story, even with its speaker labels. " + LBL.format("Transcript:")))
    w = d(2014, 6, 16, 9, 30, 0, 10)
    add(90177, "isil-takes-mosul-australians-urged-to-leave-iraq", "Australians urged to leave Iraq as militants seize Mosul and Tikrit", w, "AAP", ["World"],
        "The Department of Foreign Affairs has urged Australians in Iraq to leave",
        P("The Department of Foreign Affairs and Trade has urged Australians in Iraq to leave by commercial flights while they still operate, after Islamist militants seized the cities of Mosul and Tikrit.",
          "About 70 Australians are registered with the embassy in Baghdad.",
          "<em>AAP</em>"),
        lambda k: it(k, "Australians urged to leave Iraq as militants seize Mosul and Tikrit", w, [], junk=["AAP"], note="Agency copy ('AAP' creator and tail): no person. Relevant."))
    w = d(2014, 6, 15, 12, 0, 0, 10)
    add(90165, "devils-tumour-vaccine-trial-maria-island", "Devil tumour vaccine trial begins on Maria Island", w, "Sophie Grattan", ["Tasmania", "World"],
        "Researchers have begun a vaccine trial among Tasmanian devils on Maria Island",
        P("Researchers have begun a vaccine trial among Tasmanian devils on Maria Island, hoping to protect the species from the facial tumour disease that has killed most of the wild population."),
        lambda k: it(k, "Devil tumour vaccine trial begins on Maria Island", w, ["Sophie Grattan"], rel=False, note="Home science/wildlife news: not relevant."))
    rows, items = ordered(rows, items)
    head = (f"\t<title>The Derwent Courier &#187; World</title>\n\t<atom:link href=\"{base}/category/world/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n"
            f"\t<description>Hobart&#039;s independent daily</description>\n\t<lastBuildDate>{rfc822(d(2014, 6, 18, 7, 41, 2, 0))}</lastBuildDate>\n\t<language>en-US</language>\n"
            "\t\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t\t<sy:updateFrequency>1</sy:updateFrequency>\n\t<generator>http://wordpress.org/?v=3.9.1</generator>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_au_derwentcourier_world_wp39.rss.xml", text, items, lang="en", outlet="The Derwent Courier", aliases=["Derwent Courier"],
                structure="Hobart daily's 'World' category on WordPress 3.9.1: channel 'Brand &#187; World' (the pre-4.4 separator), slogan with '&#039;', en-US (WordPress default: Australia shows only through Canberra, Tasmania, DFAT, AAP), sy:update* without whitespace, '/YYYY/MM/DD/<slug>/' links, comments and wfw:commentRss, '?p=' guids, +0000 pubDates (newsroom +1000), CDATA dc:creator with reporters, 'Courier Reporter', 'Guest Writer', the podcast's name or 'AAP', excerpts ending ' [&#8230;]', content:encoded with an 'Obituary:' kicker, a guest op-ed with an italic bio and disclaimer line, a podcast episode transcript with bold 'HOST (Name):'/'GUEST:' speaker labels, an italic agency tail, June 2014",
                notes="Home country Australia. A podcast transcript is a programme episode: not a story.")


# ---------------------------------------------------------------- Durban daily on Arc XP (2023)
def umgeni():
    base = "https://www.umgenipost.example"
    rows, items = [], []

    def add(path, title, when, desc, creators, cats, exp, body=None):
        url = f"{base}{path}"
        crs = "".join(f"<dc:creator>{cd(c)}</dc:creator>" for c in creators)
        cts = "".join(f"<category>{cd(c)}</category>" for c in cats)
        ce = f"<content:encoded>{cd(body)}</content:encoded>" if body else ""
        rows.append(f"<item><title>{cd(title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid>{crs}<description>{cd(desc)}</description><pubDate>{gmt(when)}</pubDate>{cts}{ce}</item>")
        items.append(exp(url))

    w = d(2023, 9, 21, 16, 30, 0, 2)
    add("/world/explainer-what-south-africa-s-icj-case-against-israel-would-need-to-prove-KD4R7QZ3YJ", "EXPLAINER | What an ICJ genocide case has to prove", w,
        "A case under the Genocide Convention sets a high bar. Here is how the court has ruled before.", ["Thandeka Mkhize-Patel"], ["World", "Explainers"],
        lambda k: it(k, "What an ICJ genocide case has to prove", w, ["Thandeka Mkhize-Patel"], quotes=[q("Sibusiso Ndaba-Reddy")],
                     note=LBL.format("EXPLAINER |") + ". Explainer: news. The body explains the law of the court; quotes are those of the named lawyer. Relevant (international law)."),
        body=P("The International Court of Justice has heard only a handful of cases under the 1948 Genocide Convention. In each, the hardest part has been intent.",
               "<strong>What must be shown?</strong> That acts listed in the convention were committed with intent to destroy a protected group, in whole or in part.",
               "<strong>What happened in earlier cases?</strong> In 2007 the court found that Serbia had failed to prevent genocide at Srebrenica, but had not committed it.",
               "&#8220;Provisional measures need only a plausible case. The final judgment needs much more,&#8221; said Advocate Sibusiso Ndaba-Reddy, who lectures in international law in Durban."))
    w = d(2023, 9, 21, 9, 15, 0, 2)
    add("/world/live-unga-2023-day-three-leaders-speak-XP2L0M8NQA", "LIVE | UNGA 2023, day three: Ramaphosa speaks, Zelensky at Security Council", w,
        "Follow our live coverage of the UN General Assembly in New York.", ["Umgeni Post Reporters"], ["World", "Live"],
        lambda k: it(k, "UNGA 2023, day three: Ramaphosa speaks, Zelensky at Security Council", w, [], story=False, rel=False,
                     note="Live page (time-stamped entries): not a story. " + LBL.format("LIVE |")),
        body=P("<strong>15:42</strong> President Cyril Ramaphosa calls for reform of the Security Council.", "<strong>14:10</strong> The Security Council meets on Ukraine.", "<strong>13:05</strong> Good afternoon from New York."))
    w = d(2023, 9, 20, 18, 0, 0, 2)
    add("/news/fact-check-no-brics-did-not-announce-a-gold-backed-currency-in-johannesburg-TQ9W2E4RZB", "FACT CHECK: No, BRICS did not launch a gold-backed currency in Johannesburg", w,
        "Verdict: FALSE. A viral video claims the summit launched a new currency. It did not.", ["Zanele Gumede"], ["News", "Fact Check"],
        lambda k: it(k, "No, BRICS did not launch a gold-backed currency in Johannesburg", w, ["Zanele Gumede"], quotes=[q("Priya Govender-Sithole", "University of KwaZulu-Natal")],
                     note=LBL.format("FACT CHECK:") + ". Fact check with a 'Verdict: FALSE' label: a story about a claim on a summit of states, relevant. The verdict may stay in the summary."),
        body=P("<strong>Verdict: FALSE</strong>",
               "A video shared widely on WhatsApp claims that leaders at the BRICS summit in Johannesburg in August launched a gold-backed currency to replace the dollar.",
               "The summit's final declaration asks finance ministers to study the use of local currencies in trade. It announces no currency.",
               "&#8220;There is no currency, no central bank and no timetable. There is a study,&#8221; said Priya Govender-Sithole, an economist at the University of KwaZulu-Natal.",
               "<em>Seen something suspicious? Send it to our fact-check line on WhatsApp.</em>"))
    w = d(2023, 9, 20, 11, 40, 0, 2)
    add("/opinion/columnists/south-africa-cannot-be-neutral-and-absent-at-the-same-time-B8N3V6XQ1M", "South Africa cannot be neutral and absent at the same time", w,
        "Non-alignment was once a policy of presence. Pretoria has made it a policy of silence.", ["Guest Columnist"], ["Opinion", "Columnists"],
        lambda k: it(k, "South Africa cannot be neutral and absent at the same time", w, ["Mandla Khoza-Ferreira"], junk=["is a former South African ambassador"],
                     note="Guest column, marked only by its category and '/opinion/' link (no title label: the digest may add the outlet's opinion label, the title stays as written). Author named in the bio line at the end; dc:creator is the generic 'Guest Columnist'. Relevant."),
        body=P("Non-alignment was once a policy of presence. Under Oliver Tambo's generation it meant being in every room and siding with no one. Pretoria has made it a policy of silence.",
               "At the General Assembly this week, South Africa spoke on Security Council reform and on debt. On the war in Ukraine it said almost nothing.",
               "<em>Mandla Khoza-Ferreira is a former South African ambassador to Brazil and a fellow at a Johannesburg think tank.</em>"))
    w = d(2023, 9, 19, 20, 5, 0, 2)
    add("/news/durban-harbour-congestion-eases-after-new-cranes-arrive-JM5K8T2W0R", "Durban harbour congestion eases after new cranes arrive", w,
        "Vessel waiting times have dropped from eight days to three, Transnet says.", ["Sipho Dlamini-Naidoo"], ["News", "Business"],
        lambda k: it(k, "Durban harbour congestion eases after new cranes arrive", w, ["Sipho Dlamini-Naidoo"], rel=False, note="Home business: not relevant. Standfirst only (no body)."))
    w = d(2023, 9, 19, 8, 0, 0, 2)
    add("/world/africa/niger-junta-orders-french-ambassador-out-as-ecowas-deadline-passes-R3D7F1G9HK", "Niger junta cuts water and power to French embassy as envoy stays put", w,
        "Paris says its ambassador will stay in Niamey. ECOWAS leaders meet again next week.", ["Reuters"], ["World", "Africa"],
        lambda k: it(k, "Niger junta cuts water and power to French embassy as envoy stays put", w, [], note="Agency credit 'Reuters' as creator: no person. Standfirst only. Relevant."))
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" version="2.0">'
            f"<channel><title>{cd('The Umgeni Post')}</title><link>{base}</link><atom:link href=\"{base}/arc/outboundfeeds/rss/category/world/?outputType=xml\" rel=\"self\" type=\"application/rss+xml\"/>"
            f"<description>{cd('The Umgeni Post News Feed')}</description><lastBuildDate>{gmt(d(2023, 9, 21, 16, 32, 11, 2))}</lastBuildDate><language>en</language><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency>"
            + "".join(rows) + "</channel></rss>")
    return feed("en_za_umgenipost_world_arcxp.rss.xml", text, items, lang="en", outlet="The Umgeni Post", aliases=["Umgeni Post"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Durban daily on Arc XP's outbound feeds (/arc/outboundfeeds/rss/category/world/): one line, no trailing newline, CDATA channel title and '<Brand> News Feed' description, language 'en', '/<section>/<slug>-<10-char Arc id>' links as permalink guids, CDATA dc:creator (reporters, 'Umgeni Post Reporters', 'Guest Columnist', 'Reuters'), CDATA standfirst descriptions, GMT pubDates (newsroom +0200), CDATA categories, content:encoded on some items only, kickers 'EXPLAINER |', 'LIVE |', 'FACT CHECK:' with a bold 'Verdict: FALSE', a column marked only by category and /opinion/ link with an italic bio line, September 2023",
                notes="Home country South Africa.")


# ---------------------------------------------------------------- Dundee daily on Drupal 10 (2025)
def tayside():
    base = "https://www.taysideclarion.example"
    rows, items = [], []

    def add(nid, path, title, when, creator, desc, exp):
        url = f"{base}{path}"
        cr = f"\n      <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{esc(desc)}</description>\n      <pubDate>{rfc822(when)}</pubDate>{cr}\n      <guid isPermaLink=\"false\">{nid} at {base}</guid>\n    </item>")
        items.append(exp(f"{nid} at {base}"))

    w = d(2025, 1, 22, 18, 30, 0, 0)
    add(50877, "/world/analysis-why-greenland-matters-to-scotland", "Analysis: Why the Greenland row matters to Scotland", w, "Fraser Dunnachie-Obi",
        P("<em>Fraser Dunnachie-Obi, Diplomatic Correspondent</em>",
          "The new US administration's talk of buying Greenland has been treated in London as a transatlantic oddity. In Scotland, which looks north across the same waters, it reads differently.",
          "The GIUK gap between Greenland, Iceland and the UK is where Nato tracks Russian submarines, and Lossiemouth is where the patrol aircraft fly from.",
          "\"Anything that unsettles Denmark unsettles the whole northern flank,\" said Professor Ingrid Halvorsen-Baird of the University of St Andrews' Centre for Arctic Security."),
        lambda k: it(k, "Why the Greenland row matters to Scotland", w, ["Fraser Dunnachie-Obi"], quotes=[q("Ingrid Halvorsen-Baird", "Centre for Arctic Security")],
                     junk=["Diplomatic Correspondent"],
                     note=LBL.format("Analysis:") + ". Analysis (news). The byline is repeated as the first italic line with the job title. Relevant."))
    w = d(2025, 1, 22, 11, 0, 0, 0)
    add(50861, "/world/in-full-norwegian-ambassador-burns-supper-address", "In full: Norway's ambassador on Scotland and the North Sea neighbours", w, "Clarion Reporter",
        P("<em>This is the text of the address delivered by Norway's ambassador to the UK, Elin Skjoldberg-Amadi, at a Burns supper in Dundee on Tuesday, as prepared for delivery.</em>",
          "Thank you. It is a privilege to speak in Dundee, a city that has been a neighbour to Norway across the North Sea for a thousand years.",
          "We share more than a sea. We share a view that small nations, working together, can shape the rules of a large world.",
          "Thank you."),
        lambda k: it(k, "Norway's ambassador on Scotland and the North Sea neighbours", w, [],
                     note="Speech text as prepared for delivery: a story (document of record) under this set's rules. " + LBL.format("In full:") + " 'Clarion Reporter' is no person. A foreign ambassador's address on relations between states: relevant; the whole text is hers, no single quote expected."))
    w = d(2025, 1, 21, 16, 45, 0, 0)
    add(50850, "/opinion/uk-aid-cut-is-a-false-economy", "Cutting aid to pay for defence is a false economy", w, "Guest contributor",
        P("Every Dundee student who has volunteered in Malawi knows what a borehole does for a village. The proposal to cut the aid budget to 0.3 per cent of national income to pay for defence would close hundreds of them.",
          "Security and development are not rivals. The instability that armies are sent to contain starts where aid has been withdrawn.",
          "<em>Dr Tamsin Achebe-Murray is a lecturer in global health at the University of Dundee. She writes in a personal capacity.</em>"),
        lambda k: it(k, "Cutting aid to pay for defence is a false economy", w, ["Tamsin Achebe-Murray"], junk=["She writes in a personal capacity"],
                     note="Guest op-ed under /opinion/ (no label in the title). Author from the bio line; 'Guest contributor' is no person. UK aid policy: relevant."))
    w = d(2025, 1, 21, 9, 10, 0, 0)
    add(50842, "/world/obituary-sir-alasdair-kerr-former-ambassador-to-moscow", "Sir Alasdair Kerr, ambassador in Moscow during the Soviet collapse, dies aged 91", w, None,
        P("Sir Alasdair Kerr, the Perth-born diplomat who was Britain's ambassador in Moscow when the Soviet Union broke apart, has died aged 91.",
          "He cabled London on the night of the August 1991 coup that \"the tanks are on the streets but the crowds are bigger\", a line later quoted in the Commons.",
          "He retired to Broughty Ferry, where he chaired the local history society. He is survived by his wife, Morag, and three children."),
        lambda k: it(k, "Sir Alasdair Kerr, ambassador in Moscow during the Soviet collapse, dies aged 91", w, [],
                     note="Obituary of a diplomat, no creator: a story, relevant. The quoted cable line has no other speaker than the subject; no quote is required."))
    w = d(2025, 1, 20, 20, 0, 0, 0)
    add(50836, "/world/us-inauguration-scots-in-washington", "Scots in Washington watch inauguration from the cold", w, "Kirsty Mathieson",
        P("Members of the St Andrew's Society of Washington gathered in a hotel bar to watch the inauguration on Monday after the ceremony was moved indoors because of the cold.",
          "\"We had the tartan ready and nowhere to wear it,\" said society secretary Douglas Farquharson-Lee."),
        lambda k: it(k, "Scots in Washington watch inauguration from the cold", w, ["Kirsty Mathieson"], quotes=[q("Douglas Farquharson-Lee", "St Andrew's Society of Washington")],
                     note="Colour piece on a foreign head of state's inauguration: relevant (borderline)."))
    w = d(2025, 1, 20, 12, 0, 0, 0)
    add(50829, "/news/correction-tay-bridge-tolls", "Correction: Tay Road Bridge", w, None,
        P("An article on January 14 said tolls would return to the Tay Road Bridge. No such proposal has been made. We apologise for the error."),
        lambda k: it(k, "Correction: Tay Road Bridge", w, [], story=False, rel=False, note="Correction notice: not a story."))
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0" xml:base="' + base + '/">\n  <channel>\n'
            f"    <title>World</title>\n    <link>{base}/</link>\n    <description>The Tayside Clarion: world news</description>\n    <language>en</language>\n    \n"
            + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_gb_taysideclarion_world_drupal10.rss.xml", text, items, lang="en", outlet="The Tayside Clarion", aliases=["Tayside Clarion"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Dundee daily's world feed from Drupal 10 views with the fields row plugin: dc namespace only, xml:base AFTER version, channel title only 'World' with the brand in the description, an empty whitespace line after <language>, two-space indentation, '/world/…', '/opinion/…' and '/news/…' path aliases, escaped HTML descriptions with the full text, dc:creator with a reporter, 'Clarion Reporter', 'Guest contributor' or absent, '<nid> at <base>' guids last, +0000 dates, an 'Analysis:' kicker with the byline repeated as an italic first line, an 'In full:' speech text as prepared for delivery, an op-ed with a bio line, an obituary, a correction, January 2025",
                notes="Home country UK (Scotland): Westminster aid policy is UK foreign policy.")


# ---------------------------------------------------------------- Jinja (Uganda) site on Ghost 5 (2024)
def nileherald():
    base = "https://www.nileherald.example"
    rows, items = [], []

    def add(oid, slug, title, when, creator, tags, excerpt, body, exp, img=None):
        url = f"{base}/{slug}/"
        cts = "".join(f"<category><![CDATA[{c}]]></category>" for c in tags)
        med = f'<media:content url="{base}/content/images/2024/07/{img}" medium="image"/>' if img else ""
        rows.append(f"<item><title><![CDATA[{title}]]></title><description><![CDATA[{excerpt}]]></description><link>{url}</link><guid isPermaLink=\"false\">{oid}</guid>{cts}"
                    f"<dc:creator><![CDATA[{creator}]]></dc:creator><pubDate>{gmt(when)}</pubDate>{med}<content:encoded><![CDATA[{body}]]></content:encoded></item>")
        items.append(exp(oid))

    w = d(2024, 7, 18, 17, 0, 0, 3)
    add("66990a1fbc3e7b0001a4c2d1", "interview-kenyan-protests-regional-trade", "Interview: 'Nairobi's protests are an East African problem now'", w, "Brenda Akello", ["Interviews", "Region"],
        "A trade economist on what Kenya's Gen Z protests mean for Uganda's imports and the EAC.",
        '<p><em>Brenda Akello spoke with <strong>Dr. Moses Ssenyonjo-Kaggwa</strong>, a trade economist at a Kampala policy centre.</em></p>'
        '<p><strong>Q: Why should a trader in Jinja care about protests in Nairobi?</strong></p>'
        '<p><strong>A:</strong> Because 70 percent of what we import comes through Mombasa and over the Malaba border. When Nairobi stops, our shelves empty a week later.</p>'
        '<p><strong>Q: Is the East African Community helping?</strong></p>'
        '<p><strong>A:</strong> The EAC has been silent. A customs union that cannot speak when its biggest member is burning is a customs union on paper.</p>'
        '<figure class="kg-card kg-image-card kg-card-hascaption"><img src="' + base + '/content/images/2024/07/malaba.jpg" class="kg-image" alt="" loading="lazy" width="1200" height="800"><figcaption><span style="white-space: pre-wrap;">Trucks queue at Malaba. Photo: Nile Herald</span></figcaption></figure>',
        lambda k: it(k, "'Nairobi's protests are an East African problem now'", w, ["Brenda Akello"], quotes=[q("Moses Ssenyonjo-Kaggwa")],
                     junk=["Photo: Nile Herald", "kg-card"],
                     note=LBL.format("Interview:") + ". Q&A where the answers are not in quotation marks: they are the interviewee's words. Regional politics and trade: relevant."), img="malaba.jpg")
    w = d(2024, 7, 18, 9, 30, 0, 3)
    add("66990a1fbc3e7b0001a4c2b8", "fact-check-uganda-did-not-expel-eu-ambassador", "Fact-check: Uganda has not expelled the EU ambassador", w, "Nile Herald Fact Desk", ["Fact-check"],
        "MISLEADING: A letter circulating on X is a 2021 draft, not a government decision.",
        '<p><strong>Claim:</strong> A letter shared on X says the Ministry of Foreign Affairs has given the EU ambassador 48 hours to leave Uganda.</p>'
        '<p><strong>Rating: MISLEADING</strong></p>'
        '<p>The letter is a 2021 draft that was never sent, ministry spokesperson Irene Namubiru-Okot confirmed. "The ambassador is in Kampala and our relations continue normally," she said.</p>'
        '<p><em>Nile Herald Fact Desk checks claims about Uganda and the region. Send tips to our WhatsApp line.</em></p>',
        lambda k: it(k, "Uganda has not expelled the EU ambassador", w, [], quotes=[q("Irene Namubiru-Okot", "Ministry of Foreign Affairs")],
                     junk=["Send tips to our WhatsApp line"],
                     note=LBL.format("Fact-check:") + ". Fact check with a 'Rating: MISLEADING' label about diplomatic relations: a story, relevant. 'Nile Herald Fact Desk' is no person."))
    w = d(2024, 7, 17, 14, 15, 0, 3)
    add("66990a1fbc3e7b0001a4c29a", "drc-m23-truce-talks-luanda", "DR Congo and Rwanda agree to truce talks in Luanda", w, "Ivan Mugisha-Ochen", ["Region", "Diplomacy"],
        "Ministers from the two countries will meet in Angola as fighting around Goma continues.",
        '<p><strong>KAMPALA</strong> — Foreign ministers of the Democratic Republic of Congo and Rwanda will meet in Luanda next week for talks on a truce in eastern Congo, Angola\'s presidency said on Wednesday.</p>'
        '<p>Uganda, which has troops in Ituri province, welcomed the talks.</p>',
        lambda k: it(k, "DR Congo and Rwanda agree to truce talks in Luanda", w, ["Ivan Mugisha-Ochen"], note="Relevant."))
    w = d(2024, 7, 17, 8, 0, 0, 3)
    add("66990a1fbc3e7b0001a4c281", "the-morning-brief-july-17", "The Morning Brief: July 17", w, "Nile Herald", ["Newsletter"],
        "Five things to know this morning.",
        '<p>Good morning. Here is what you need to know today.</p><ul><li>DR Congo and Rwanda agree to talks</li><li>Fuel prices steady</li><li>Cranes win in Nairobi</li></ul><p>Forward this to a friend. <a href="' + base + '/#/portal/signup">Subscribe</a>.</p>',
        lambda k: it(k, "The Morning Brief: July 17", w, [], story=False, rel=False, note="Newsletter/briefing digest: not a story."))
    w = d(2024, 7, 16, 19, 40, 0, 3)
    add("66990a1fbc3e7b0001a4c26f", "source-of-the-nile-bridge-tolls", "Source of the Nile bridge to remain toll-free, minister says", w, "Ruth Nakato", ["Jinja"],
        "The works minister said there were no plans to charge motorists.",
        '<p>The new bridge over the Nile at Jinja will remain toll-free, the works minister told Parliament on Tuesday.</p>',
        lambda k: it(k, "Source of the Nile bridge to remain toll-free, minister says", w, ["Ruth Nakato"], rel=False, note="Home infrastructure: not relevant."))
    w = d(2024, 7, 16, 11, 20, 0, 3)
    add("66990a1fbc3e7b0001a4c255", "opinion-uganda-at-the-au-peace-and-security-council", "Uganda should use its AU seat to speak on Sudan", w, "Guest Writer", ["Opinion"],
        "Our seat on the Peace and Security Council is a chance, not an honour.",
        '<p>Uganda\'s seat on the African Union Peace and Security Council is a chance, not an honour. Sudan has been at war for 15 months and the council has issued statements no one reads.</p>'
        '<p>Kampala has the standing to convene the parties. It should use it.</p>'
        '<hr><p><em>Dr. Agnes Atim-Lubega is a former Ugandan deputy permanent representative to the AU. The views are her own.</em></p>',
        lambda k: it(k, "Uganda should use its AU seat to speak on Sudan", w, ["Agnes Atim-Lubega"], junk=["The views are her own"],
                     note="Guest op-ed marked only by its tag 'Opinion' (and the slug): author from the bio line after the rule; 'Guest Writer' is no person. Relevant."))
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/">'
            f"<channel><title><![CDATA[The Nile Herald]]></title><description><![CDATA[Independent news from Jinja, Uganda and the region]]></description><link>{base}/</link>"
            f"<image><url>{base}/favicon.png</url><title>The Nile Herald</title><link>{base}/</link></image><generator>Ghost 5.87</generator><lastBuildDate>{gmt(d(2024, 7, 18, 17, 2, 0, 3))}</lastBuildDate>"
            f"<atom:link href=\"{base}/rss/\" rel=\"self\" type=\"application/rss+xml\"/><ttl>60</ttl>" + "".join(rows) + "</channel></rss>")
    return feed("en_ug_nileherald_world_ghost5.rss.xml", text, items, lang="en", outlet="The Nile Herald", aliases=["Nile Herald"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Jinja (Uganda) news site on Ghost 5.87 (/rss/): one line, CDATA channel title and description, no <language>, favicon <image>, <generator>Ghost 5.87</generator>, ttl 60, items with CDATA title and custom-excerpt description BEFORE link, 24-hex object-id non-permalink guids, CDATA tag categories, CDATA dc:creator (reporters, 'Nile Herald Fact Desk', the brand, 'Guest Writer'), GMT pubDates (newsroom +0300), media:content feature image, content:encoded with Koenig cards (kg-image-card figcaption with 'Photo:' credit), a Q&A with bold 'Q:'/'A:' and unquoted answers, a fact check with a 'Rating: MISLEADING' label, a newsletter brief, an op-ed with a bio after <hr>, July 2024",
                notes="Home country Uganda.")


FEEDS = [derwent, umgeni, tayside, nileherald]
