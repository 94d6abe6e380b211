# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English world desks of the forty-first held-out set (part 1: a Lusaka daily on WordPress 3.2,
a Bridgetown daily on Ektron, a Petaling Jaya daily on OpenCms, a Blantyre daily on WordPress
4.6). All outlets, people and quotations are invented; real governments only as settings."""
from h41 import P, cd, d, esc, feed, it, newest, q, rfc822, utc0, wpt


# ---------------------------------------------------------------- Lusaka daily on WordPress 3.2.1 (October 2011)
def cairoroad():
    base = "http://www.cairoroadpost.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp, comments=0):
        url = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#comments</comments>\n\t\t<pubDate>{utc0(when)}</pubDate>\n"
                    f"\t\t<dc:creator>{creator}</dc:creator>\n{cts[1:]}\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[{excerpt} [...]]]></description>\n\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
                    f"\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t<slash:comments>{comments}</slash:comments>\n\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2011, 10, 23, 19, 40, 0, 2)
    add(8841, "libya-declares-liberation-three-days-after-gaddafi-death", "Libya declares liberation three days after Gaddafi death", w, "newsdesk", ["World", "Africa"],
        "BENGHAZI &#8211; Libya&#8217;s interim rulers on Sunday declared the country liberated, three days after Muammar Gaddafi was captured and killed near his home town of Sirte, opening the way to elections",
        P("BENGHAZI &#8211; Libya&#8217;s interim rulers on Sunday declared the country liberated, three days after Muammar Gaddafi was captured and killed near his home town of Sirte, opening the way to elections within eight months.",
          "Tens of thousands of people gathered in Benghazi&#8217;s main square for the ceremony, waving the red, black and green flag of the revolution.",
          "The National Transitional Council faces questions over how the former leader died. Human rights groups have called for an inquiry.",
          "In Lusaka, a lecturer in international relations at the University of Zambia said the African Union had been slow to adapt. &#8220;The AU spent eight months defending a road map that nobody in Libya wanted. It now has to deal with the people who actually hold Tripoli,&#8221; said Dr Mwansa Kapambwe.",
          "Zambia recognised the NTC in September. &#8211; Agencies"),
        lambda k: it(k, "Libya declares liberation three days after Gaddafi death", w, [], quotes=[q("Mwansa Kapambwe", "University of Zambia")], junk=["[...]", "Agencies"],
                     note="WordPress 3.2: dc:creator without CDATA holding the account 'newsdesk' (not a person); excerpt in description ends ' [...]' (the old literal more-string); agency tail '– Agencies'. Dr is a title, not part of the name."))
    w = d(2011, 10, 28, 17, 5, 0, 2)
    add(8877, "commonwealth-leaders-agree-succession-change-in-perth", "Commonwealth leaders agree royal succession change in Perth", w, "Chanda Mwelwa", ["World"],
        "PERTH &#8211; Commonwealth heads of government meeting in Australia on Friday agreed to end the rule giving sons precedence over daughters in the line of succession to the British throne",
        P("<strong>From CHANDA MWELWA in Perth</strong>",
          "PERTH &#8211; Commonwealth heads of government meeting in Australia on Friday agreed to end the rule giving sons precedence over daughters in the line of succession to the British throne, in a change that will need laws in 16 countries.",
          "The summit is also debating a report by an eminent persons group that calls for a human rights commissioner for the 54-nation organisation. Several African delegations are opposed.",
          "Zambia&#8217;s delegation, led by the Vice-President, is pressing for more help with debt and for a Commonwealth fund for small farmers. &#8220;We have come to talk about maize and markets as much as about the monarchy,&#8221; said Mrs Precious Nkhoma, a member of the delegation.",
          "The meeting ends on Sunday."),
        lambda k: it(k, "Commonwealth leaders agree royal succession change in Perth", w, ["Chanda Mwelwa"], quotes=[q("Precious Nkhoma")], junk=["[...]", "From CHANDA MWELWA"],
                     note="dc:creator holds the reporter; the body repeats the byline in capitals as 'From CHANDA MWELWA in Perth'. Zambia's own delegation at an international summit: relevant."))
    w = d(2011, 10, 26, 11, 20, 0, 2)
    add(8859, "sata-names-new-permanent-secretaries", "Sata names 12 new permanent secretaries in civil service shake-up", w, "Mutinta Hamoonga", ["Politics", "World"],
        "President Michael Sata yesterday appointed 12 new permanent secretaries and ordered the ones he removed to hand over within 48 hours",
        P("President Michael Sata yesterday appointed 12 new permanent secretaries and ordered the ones he removed to hand over within 48 hours, the latest changes since the Patriotic Front won last month&#8217;s elections.",
          "The new officers were sworn in at State House. Opposition MMD spokesperson Mr Kelvin Siwale said the changes were &#8220;too many, too fast&#8221;.",
          "The President said the civil service had to serve the people and not a party."),
        lambda k: it(k, "Sata names 12 new permanent secretaries in civil service shake-up", w, ["Mutinta Hamoonga"], rel=False, junk=["[...]"],
                     note="Zambian home politics filed under World as well: a story, not relevant. The head of state appears only as a setting."))
    w = d(2011, 10, 18, 15, 45, 0, 2)
    add(8790, "kenyan-troops-push-into-somalia", "Kenyan troops push deeper into Somalia as rains slow advance", w, "newsdesk", ["World", "Africa"],
        "NAIROBI &#8211; Kenyan troops and tanks pushed further into southern Somalia on Tuesday in pursuit of al Shabaab militants blamed for a wave of kidnappings",
        P("NAIROBI &#8211; Kenyan troops and tanks pushed further into southern Somalia on Tuesday in pursuit of al Shabaab militants blamed for a wave of kidnappings, but heavy rains turned roads to mud and slowed the advance.",
          "Kenya says the operation is self-defence after foreigners were seized from resorts and a refugee camp near the border.",
          "&#8220;The rains were always going to be the first enemy,&#8221; said Abdi Farah Gedi, a Somali elder in the border town of Dhobley, speaking by telephone.",
          "Al Shabaab has threatened to strike Nairobi in retaliation. &#8211; Reuters"),
        lambda k: it(k, "Kenyan troops push deeper into Somalia as rains slow advance", w, [], quotes=[q("Abdi Farah Gedi")], junk=["[...]", "Reuters"]))
    w = d(2011, 10, 24, 13, 10, 0, 2)
    add(8850, "photos-independence-day-parade", "PHOTOS: 47th Independence Day parade at Heroes Stadium", w, "Photo Desk", ["Gallery", "World"],
        "Scenes from yesterday&#8217;s parade",
        '[gallery link="file" columns="3"]\n<p>Scenes from yesterday&#8217;s parade. Pictures by KABWE PHIRI</p>\n<p><img class="aligncenter size-large wp-image-8851" title="parade1" src="http://www.cairoroadpost.example/wp-content/uploads/2011/10/parade1-1024x680.jpg" alt="" width="640" height="425" /></p>',
        lambda k: it(k, "47th Independence Day parade at Heroes Stadium", w, [], story=False, rel=False,
                     note="Photo gallery (an unexpanded [gallery] shortcode and one image): not a story. Title label 'PHOTOS:' may be kept or dropped."))
    w = d(2011, 10, 27, 9, 30, 0, 2)
    add(8866, "euro-zone-leaders-agree-greek-debt-deal", "Euro zone leaders agree 50 percent Greek debt write-down", w, "Bupe Sichone", ["World", "Business"],
        "BRUSSELS &#8211; Euro zone leaders agreed in the early hours of Thursday that private banks would accept a 50 percent loss on their Greek bonds",
        P("BRUSSELS &#8211; Euro zone leaders agreed in the early hours of Thursday that private banks would accept a 50 percent loss on their Greek bonds, and to boost their rescue fund to about one trillion euros.",
          "Markets in Asia rose on the news. Copper, Zambia&#8217;s main export, gained more than three percent in London.",
          "&#8220;Every time Europe sneezes, our mines catch a cold, so this is good news for now,&#8221; said Chilufya Mweemba, an economist at the Lusaka Centre for Trade Policy.",
          "Details of the bank recapitalisation are to be worked out by the end of the year."),
        lambda k: it(k, "Euro zone leaders agree 50 percent Greek debt write-down", w, ["Bupe Sichone"], quotes=[q("Chilufya Mweemba", "Lusaka Centre for Trade Policy")], junk=["[...]"]))
    rows, items = newest(rows, items)
    head = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            f'\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n'
            f'<channel>\n\t<title>The Cairo Road Post &#187; World</title>\n\t<atom:link href="{base}/category/world/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f'\t<description>Zambia&#039;s independent daily</description>\n\t<lastBuildDate>{utc0(d(2011, 10, 28, 17, 5, 0, 2))}</lastBuildDate>\n\t<language>en</language>\n'
            f'\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t<sy:updateFrequency>1</sy:updateFrequency>\n\t<generator>http://wordpress.org/?v=3.2.1</generator>\n')
    text = head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("en_zm_cairoroadpost_world_wp32.rss.xml", text, items, lang="en", outlet="The Cairo Road Post", aliases=["Cairo Road Post"],
                ctype="text/xml; charset=UTF-8",
                structure="Lusaka daily's 'World' category on WordPress 3.2.1 in October 2011: prolog and '<rss version' on one line, namespaces one per line, channel 'Brand &#187; World' (the old » separator), '&#039;' in the description, language 'en', generator 'http://wordpress.org/?v=3.2.1', http:// URLs, '/YYYY/MM/DD/<slug>/' links, '?p=<id>' guids, +0000 pubDates (newsroom +0200), dc:creator WITHOUT CDATA holding a reporter, the account 'newsdesk' or 'Photo Desk', CDATA categories, plain excerpts ending ' [...]' (the pre-3.6 literal), content:encoded with '&#8211; Agencies' and '&#8211; Reuters' tails, a bold 'From NAME in City' byline paragraph, an unexpanded [gallery] shortcode, home politics under World, October 2011",
                notes="Zambia is the home country: Zambian politics is not relevant; Zambia's delegation abroad and foreign events are.")


# ---------------------------------------------------------------- Bridgetown daily on Ektron 8 (April 2012)
def careenage():
    base = "http://www.careenagerecord.example"
    rows, items = [], []

    def add(cid, title, when, author, desc, exp):
        url = f"{base}/news/world/story.aspx?id={cid}"
        hh = when.hour % 12 or 12
        stamp = f"{when.month}/{when.day}/{when.year} {hh}:{when.minute:02d}:{when.second:02d} {'AM' if when.hour < 12 else 'PM'}"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description><author>{esc(author)}</author><pubDate>{stamp}</pubDate><guid>{url}</guid></item>")
        items.append(exp(url))

    w = d(2012, 4, 4, 18, 22, 0, -4)
    add(48817, "ECOWAS shuts borders on Mali as junta holds on", w, "Associated Press",
        '<p>BAMAKO, Mali (AP) — West African nations closed their borders with Mali on Tuesday and froze its account at the regional central bank, trying to force the soldiers who seized power last month to step aside.</p><p>The sanctions cut off a landlocked country that imports almost all its fuel. Lines formed at petrol stations in the capital within hours.</p><p>"The coup has handed the north to the rebels on a plate," said Oumar Traoré, a shopkeeper in Bamako\'s central market.</p><p><a href="' + base + '/news/world/story.aspx?id=48817">Read more</a></p>',
        lambda k: it(k, "ECOWAS shuts borders on Mali as junta holds on", w, [], quotes=[q("Oumar Traoré")], junk=["Read more", "(AP)"],
                     note="Ektron list RSS: pubDate written by .NET's DateTime.ToString() in en-US ('4/4/2012 6:22:00 PM'), no zone: local Bridgetown time (-04:00) expected. Agency in <author>: []."))
    w = d(2012, 4, 3, 20, 5, 0, -4)
    add(48790, "Myrie case: Jamaica to take complaint against Barbados to regional court", w, "Sheena Alleyne-Gittens",
        '<p>Jamaica will take its complaint about the treatment of a Jamaican woman at Grantley Adams International Airport to the Caribbean Court of Justice, the Jamaican Foreign Ministry said yesterday.</p><p>The case has strained relations between the two CARICOM members and reopened the debate about free movement under the 2007 heads of government decision.</p><p>Foreign Affairs officials in Bridgetown said Barbados would "respond fully and in the proper forum".</p><p>"This will be the first real test of what free movement means in law," said Dr Carlisle Beckles, a former CARICOM Secretariat legal adviser.</p><p><a href="' + base + '/news/world/story.aspx?id=48790">Read more</a></p>',
        lambda k: it(k, "Myrie case: Jamaica to take complaint against Barbados to regional court", w, ["Sheena Alleyne-Gittens"], quotes=[q("Carlisle Beckles", "CARICOM Secretariat")], junk=["Read more"],
                     note="A dispute between Barbados and another state before a regional court: Barbados's foreign relations, relevant. Double-barrelled surname kept whole."))
    w = d(2012, 4, 5, 9, 40, 0, -4)
    add(48832, "Oval ready for first Test against Australia", w, "Sports Desk",
        '<p>Kensington Oval will be ready for Saturday\'s first Test between the West Indies and Australia, the Barbados Cricket Association said yesterday after a final inspection of the pitch.</p><p>About 4,000 visiting fans are expected on the island for the match.</p><p><a href="' + base + '/news/world/story.aspx?id=48832">Read more</a></p>',
        lambda k: it(k, "Oval ready for first Test against Australia", w, [], rel=False, junk=["Read more"], note="Sport at home: a story, not relevant. 'Sports Desk' is not a person."))
    w = d(2012, 3, 29, 16, 15, 0, -4)
    add(48701, "Dissidents say dozens held during Pope's Cuba visit", w, "",
        '<p>HAVANA, Cuba — Cuban dissident groups said yesterday that dozens of their members had been detained or kept at home by police while Pope Benedict XVI was on the island.</p><p>The Vatican said the Pope had raised human rights in private talks. The Cuban government did not comment on the arrests.</p><p>"They emptied the streets of anyone who might have shouted," said Marta Lidia Herrera of the Ladies in White movement.</p><p><a href="' + base + '/news/world/story.aspx?id=48701">Read more</a></p>',
        lambda k: it(k, "Dissidents say dozens held during Pope's Cuba visit", w, [], quotes=[q("Marta Lidia Herrera", "Ladies in White")], junk=["Read more"], note="Empty <author/> text: no byline."))
    w = d(2012, 4, 2, 12, 0, 0, -4)
    add(48760, "Sugar workers to get back pay by Friday, minister says", w, "Trevor Bynoe",
        '<p>Workers at the Portvale sugar factory will receive outstanding wages by Friday, the Minister of Agriculture told the House of Assembly yesterday.</p><p>About 300 workers have not been paid since the end of the crop.</p><p><a href="' + base + '/news/world/story.aspx?id=48760">Read more</a></p>',
        lambda k: it(k, "Sugar workers to get back pay by Friday, minister says", w, ["Trevor Bynoe"], rel=False, junk=["Read more"], note="Barbadian home affairs in the world list: not relevant."))
    w = d(2012, 4, 1, 8, 0, 0, -4)
    add(48742, "POLL: Should CARICOM move to a single currency?", w, "",
        '<p>Have your say. Vote in our online poll and see the results.</p><p><a href="' + base + '/news/world/story.aspx?id=48742">Read more</a></p>',
        lambda k: it(k, "Should CARICOM move to a single currency?", w, [], story=False, rel=False, note="Reader poll: not a story. Title label 'POLL:' may be kept or dropped."))
    rows, items = newest(rows, items)
    text = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>The Careenage Record - World</title>'
            f'<link>{base}/news/world/</link><description>World news from The Careenage Record, Barbados</description><language>en-us</language>'
            '<copyright>Copyright 2012 Careenage Publishing Company Limited</copyright>' + "".join(rows) + "</channel></rss>")
    return feed("en_bb_careenagerecord_world_ektron.rss.xml", text, items, lang="en", outlet="The Careenage Record", aliases=["Careenage Record"],
                ctype="text/xml; charset=utf-8",
                structure="Bridgetown daily's world list from an Ektron 8 ListSummary RSS (ASP.NET, April 2012): the whole document on one line, no trailing newline, no namespaces, channel 'Brand - World', en-us, copyright of the 'Publishing Company Limited', '/news/world/story.aspx?id=<n>' links repeated as guids without isPermaLink, escaped HTML descriptions with the full short story and a 'Read more' link, <author> BEFORE pubDate holding a reporter, 'Associated Press', 'Sports Desk' or empty, pubDate in .NET's en-US general format ('4/4/2012 6:22:00 PM', no day name, no zone: local time, -04:00), straight quotes, '(AP)' dateline, home sport and politics, a reader poll",
                notes="Barbados is the home country; CARICOM disputes involving Barbados are its foreign relations (relevant).")


# ---------------------------------------------------------------- Petaling Jaya daily on OpenCms 9 (July 2014)
def klang():
    base = "http://www.klangcourier.example"
    rows, items = [], []

    def add(path, title, when, creator, desc, img, cap, exp):
        url = f"{base}/news/{path}.html"
        media = (f'\n<enclosure url="{base}/export/sites/kc/.galleries/images/2014/07/{img}" length="0" type="image/jpeg"/>'
                 f'\n<media:content url="{base}/export/sites/kc/.galleries/images/2014/07/{img}" medium="image"><media:description>{esc(cap)}</media:description></media:content>') if img else ""
        cr = f"\n<dc:creator>{esc(creator)}</dc:creator>" if creator is not None else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>\n<pubDate>{rfc822(when)}</pubDate>\n<guid>{url}</guid>{cr}{media}\n</item>")
        items.append(exp(url))

    w = d(2014, 7, 19, 21, 30, 0, 8)
    add("world/2014/07/19/mh17-malaysian-team-reaches-kiev", "MH17: Malaysian team reaches Kiev as rebels limit access to crash site", w, "Ng Wei Ling in Kiev",
        "KIEV: A 62-member Malaysian team of investigators, forensic experts and rescuers arrived in the Ukrainian capital yesterday, but separatist rebels who control the crash site near the Russian border were still allowing only limited access.\n\nThe Boeing 777 was shot down over eastern Ukraine on Thursday with 298 people on board, 43 of them Malaysians.\n\n\"Every hour that passes makes the work of the investigators harder,\" said Datuk Hamzah Abdul Rahim, a former Malaysian ambassador to the European Union, in Kuala Lumpur.\n\nThe Foreign Ministry said Wisma Putra was in contact with the governments of Ukraine, Russia and the Netherlands.",
        "mh17-team.jpg", "Members of the Malaysian team at Boryspil airport. - Reuters",
        lambda k: it(k, "MH17: Malaysian team reaches Kiev as rebels limit access to crash site", w, ["Ng Wei Ling"], quotes=[q("Hamzah Abdul Rahim")], junk=["Reuters"],
                     note="dc:creator 'Name in City': the place is not part of the name. 'Datuk' is an honorific. Plain-text description with blank lines between paragraphs. Malaysia's response to the shooting-down of its airliner abroad: relevant."))
    w = d(2014, 7, 18, 16, 5, 0, 8)
    add("world/2014/07/18/malaysia-condemns-gaza-ground-offensive", "Malaysia condemns Israeli ground offensive in Gaza", w, "",
        "PETALING JAYA: Malaysia has condemned Israel's ground offensive in the Gaza Strip and called on the UN Security Council to act to protect civilians.\n\nThe Foreign Ministry said in a statement that the offensive would \"only deepen the suffering\" of Palestinians. More than 260 Palestinians have been killed since July 8, according to Gaza health officials.",
        None, None,
        lambda k: it(k, "Malaysia condemns Israeli ground offensive in Gaza", w, [], note="Empty dc:creator: no byline. Malaysia's foreign policy: relevant."))
    w = d(2014, 7, 22, 23, 10, 0, 8)
    add("world/2014/07/22/jokowi-declared-winner-indonesia", "Jokowi declared winner of Indonesian presidential election", w, "Reuters",
        "JAKARTA: Jakarta governor Joko Widodo was declared the winner of Indonesia's presidential election yesterday with 53.15% of the vote, but his rival rejected the result and said he would go to court.\n\nThe poll was the closest in the country's history.\n\n\"Markets have already decided who won,\" said Bambang Sutrisno, a fund manager in Jakarta.",
        "jokowi.jpg", "Supporters celebrate in central Jakarta. - AFP",
        lambda k: it(k, "Jokowi declared winner of Indonesian presidential election", w, [], quotes=[q("Bambang Sutrisno")], junk=["AFP"], note="Agency in dc:creator: []. The caption credit is another agency."))
    w = d(2014, 7, 21, 14, 0, 0, 8)
    add("nation/2014/07/21/flash-floods-hit-klang-valley", "Flash floods hit parts of Klang Valley after evening downpour", w, "Farah Nadia Ismail",
        "PETALING JAYA: Flash floods hit several areas in the Klang Valley after a two-hour downpour yesterday evening, causing massive traffic jams on the Federal Highway.\n\nThe Fire and Rescue Department said no one was hurt.",
        None, None,
        lambda k: it(k, "Flash floods hit parts of Klang Valley after evening downpour", w, ["Farah Nadia Ismail"], rel=False, note="A nation-section story in the world feed: home news, not relevant."))
    w = d(2014, 7, 14, 8, 45, 0, 8)
    add("sport/2014/07/14/germany-win-world-cup", "Germany beat Argentina to win fourth World Cup", w, "Sports Desk",
        "RIO DE JANEIRO: Mario Götze's extra-time goal gave Germany a 1-0 win over Argentina in the World Cup final at the Maracana.\n\nFans in Malaysia watched the match in mamak stalls in the early hours of the morning.",
        "worldcup.jpg", "Germany's players lift the trophy. - AFP",
        lambda k: it(k, "Germany beat Argentina to win fourth World Cup", w, [], rel=False, junk=["AFP"], note="Sport abroad: a story, not relevant."))
    w = d(2014, 7, 20, 10, 0, 0, 8)
    add("lifestyle/2014/07/20/in-pictures-hari-raya-bazaars", "In Pictures: Hari Raya bazaars draw crowds", w, None,
        "Scenes from Ramadan bazaars around the Klang Valley.",
        "bazaar.jpg", "A trader at the Kampung Baru bazaar.",
        lambda k: it(k, "Hari Raya bazaars draw crowds", w, [], story=False, rel=False, note="Picture gallery: not a story. Title label 'In Pictures:' may be kept or dropped."))
    rows, items = newest(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">\n<channel>\n'
            f'<title>The Klang Courier - World</title>\n<link>{base}/news/world/</link>\n<description>Latest world news from The Klang Courier</description>\n<language>en</language>\n'
            f'<copyright>Copyright (c) 2014 Klang Courier Publications Sdn Bhd (123456-X)</copyright>\n<pubDate>{rfc822(d(2014, 7, 22, 23, 15, 0, 8))}</pubDate>\n'
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_my_klangcourier_world_opencms.rss.xml", text, items, lang="en", outlet="The Klang Courier", aliases=["Klang Courier"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Petaling Jaya English daily's world feed from an OpenCms 9 JSP template (July 2014): no indentation, channel 'Brand - World', language 'en' (Malaysia shows only through datelines, 'Wisma Putra', 'Datuk', the Klang Valley), copyright 'Publications Sdn Bhd (company number)', channel pubDate, '/news/<section>/YYYY/MM/DD/<slug>.html' links repeated as bare guids (world, nation, sport and lifestyle sections mixed), escaped PLAIN-TEXT descriptions with blank lines between paragraphs and straight quotes, dc:creator with 'Name in City', a person, an agency, 'Sports Desk', empty or absent, enclosure length 0 and media:content from '/export/sites/<site>/.galleries/' with a media:description caption ending '- Reuters'/'- AFP', +0800 dates",
                notes="Malaysia is the home country.")


# ---------------------------------------------------------------- Blantyre daily on WordPress 4.6.1 (November 2016)
def shire():
    base = "https://www.shirehighlandsmail.example"
    rows, items = [], []

    def add(pid, slug, title, when, creators, cats, excerpt, body, exp):
        url = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
        crs = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#respond</comments>\n\t\t<pubDate>{utc0(when)}</pubDate>{crs}{cts}\n\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\t\t<description><![CDATA[{excerpt} [&hellip;]]]></description>\n\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
                    f"\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2016, 11, 9, 14, 20, 0, 2)
    add(61204, "trump-victory-what-it-means-for-malawi", "Trump victory: What it means for Malawi&#8217;s aid", w, ["Online Editor"], ["International", "News"],
        "Donald Trump&#8217;s surprise victory in the United States presidential election has left officials in Lilongwe asking whether American aid",
        P("<strong>By THOKO MHANGO</strong>",
          "Donald Trump&#8217;s surprise victory in the United States presidential election has left officials in Lilongwe asking whether American aid, which funds a large part of Malawi&#8217;s HIV and malaria programmes, will continue at the same level.",
          "The US is Malawi&#8217;s largest bilateral donor.",
          "&#8220;The campaign said very little about Africa, and what little it said was not encouraging,&#8221; said Dr Mphatso Kalua, a political scientist at Chancellor College in Zomba.",
          "The Ministry of Foreign Affairs congratulated the president-elect in a statement."),
        lambda k: it(k, "Trump victory: What it means for Malawi's aid", w, ["Thoko Mhango"], quotes=[q("Mphatso Kalua", "Chancellor College")], junk=["By THOKO MHANGO", "[…]"],
                     note="dc:creator is a desk account ('Online Editor'); the byline is the bold 'By THOKO MHANGO' paragraph (name in capitals): ['Thoko Mhango'] expected. Title with '&#8217;'."))
    w = d(2016, 11, 15, 10, 5, 0, 2)
    add(61366, "au-to-debate-icc-withdrawal", "AU to debate mass withdrawal from ICC", w, ["Gift Kumwenda", "Agencies"], ["International"],
        "African Union foreign ministers will discuss a proposal for African states to leave the International Criminal Court together",
        P("African Union foreign ministers will discuss a proposal for African states to leave the International Criminal Court together, after South Africa, Burundi and The Gambia announced their own withdrawals last month.",
          "Malawi has said it will remain a member. &#8220;Leaving the court would send the wrong message to our own people,&#8221; said Wezzie Mbewe-Chirwa, a lawyer with the Malawi Law Society.",
          "Critics of the court say it has focused almost entirely on Africa."),
        lambda k: it(k, "AU to debate mass withdrawal from ICC", w, ["Gift Kumwenda"], quotes=[q("Wezzie Mbewe-Chirwa", "Malawi Law Society")], junk=["[…]"],
                     note="Two dc:creator elements, a reporter and 'Agencies': only the person is an author."))
    w = d(2016, 11, 28, 18, 40, 0, 2)
    add(61702, "zimbabwe-bond-notes-worry-mwanza-traders", "Zimbabwe bond notes worry traders at Mwanza border", w, ["Mail Reporter"], ["International", "Business"],
        "Malawian traders who sell goods in Zimbabwe say they will not accept the new bond notes",
        P("Malawian traders who sell goods in Zimbabwe say they will not accept the new bond notes that Harare introduced yesterday to ease a cash shortage.",
          "The Reserve Bank of Zimbabwe says the notes are backed by a US$200 million facility and are worth the same as the US dollar.",
          "&#8220;We were paid in paper before and we lost everything,&#8221; said Chisomo Phiri, who sells fertiliser in Mutare."),
        lambda k: it(k, "Zimbabwe bond notes worry traders at Mwanza border", w, [], quotes=[q("Chisomo Phiri")], junk=["[…]"], note="'Mail Reporter' is a staff credit, not a person."))
    w = d(2016, 11, 22, 8, 15, 0, 2)
    add(61510, "maize-prices-hit-k15000", "Maize prices hit K15,000 a bag in Blantyre markets", w, ["Yamikani Kachale"], ["National", "International"],
        "The price of a 50 kilogramme bag of maize has reached K15,000 in some Blantyre markets",
        P("The price of a 50 kilogramme bag of maize has reached K15,000 in some Blantyre markets, as the lean season begins and Admarc depots run empty.",
          "Admarc officials said fresh stocks would arrive next week."),
        lambda k: it(k, "Maize prices hit K15,000 a bag in Blantyre markets", w, ["Yamikani Kachale"], rel=False, junk=["[…]"], note="Home economy filed also under International: not relevant."))
    w = d(2016, 11, 20, 16, 0, 0, 2)
    add(61455, "flames-coach-names-squad", "Flames coach names 23-man squad for Chan qualifier", w, ["Sports Reporter"], ["Sport", "International"],
        "The Flames coach has named a 23-man squad for next month&#8217;s African Nations Championship qualifier",
        P("The Flames coach has named a 23-man squad for next month&#8217;s African Nations Championship qualifier, with five new faces from Super League champions.",
          "The team goes into camp on Monday."),
        lambda k: it(k, "Flames coach names 23-man squad for Chan qualifier", w, [], rel=False, junk=["[…]"], note="Home sport: not relevant."))
    w = d(2016, 11, 24, 5, 30, 0, 2)
    add(61580, "todays-front-page-thursday-24-november-2016", "Today&#8217;s front page: Thursday, 24 November 2016", w, ["Shire Highlands Mail"], ["E-paper", "International"],
        "Get your copy",
        '<p><img class="aligncenter size-full wp-image-61581" src="https://www.shirehighlandsmail.example/wp-content/uploads/2016/11/front-24-11-2016.jpg" alt="" width="600" height="900" srcset="https://www.shirehighlandsmail.example/wp-content/uploads/2016/11/front-24-11-2016.jpg 600w, https://www.shirehighlandsmail.example/wp-content/uploads/2016/11/front-24-11-2016-200x300.jpg 200w" sizes="(max-width: 600px) 100vw, 600px" /></p>\n<p>Get your copy from vendors countrywide or subscribe to the e-paper.</p>',
        lambda k: it(k, "Today's front page: Thursday, 24 November 2016", w, [], story=False, rel=False, note="Front-page image and e-paper notice: not a story."))
    rows, items = newest(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f'\t<title>International &#8211; Shire Highlands Mail</title>\n\t<atom:link href="{base}/category/international/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f'\t<description>Malawi&#039;s news leader since 1962</description>\n\t<lastBuildDate>{utc0(d(2016, 11, 28, 18, 40, 0, 2))}</lastBuildDate>\n\t<language>en-US</language>\n'
            '\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t<sy:updateFrequency>1</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=4.6.1</generator>\n')
    text = head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("en_mw_shirehighlandsmail_international_wp46.rss.xml", text, items, lang="en", outlet="Shire Highlands Mail", aliases=["The Shire Highlands Mail"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Blantyre daily's 'International' category on WordPress 4.6.1 (November 2016): WordPress's namespace block, channel 'International &#8211; Brand', en-US (WordPress's default: Malawi shows through Lilongwe, Blantyre, 'K15,000', Admarc, the Flames), '/YYYY/MM/DD/<slug>/' links, '?p=<id>' guids, +0000 pubDates (newsroom +0200), CDATA dc:creator with reporters, desk credits ('Online Editor', 'Mail Reporter', 'Sports Reporter'), the brand, and a second creator 'Agencies', CDATA categories, excerpts ending ' [&hellip;]', content:encoded with a bold upper-case 'By NAME' paragraph, curly quotes as numeric references, an e-paper front-page item, home business and sport under International",
                notes="Malawi is the home country.")


FEEDS = [cairoroad, careenage, klang, shire]
