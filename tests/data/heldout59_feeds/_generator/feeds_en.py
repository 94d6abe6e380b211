# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the fifty-ninth held-out set (part 1: a Birmingham, Alabama daily on
Movable Type 4, an English-language daily of Sherbrooke on Joomla 1.5, an Ndola daily on
Drupal 6, a Mysore evening daily on WordPress 3.5). All outlets, people and quotations are
invented."""
from h59 import cd, d, esc, feed, it, q, rfc822


# ---------------------------------------------------------------- Birmingham (Alabama) daily, Movable Type 4.3 (October 2011)
def vulcan():
    base = "http://blog.vulcanledger.example"
    rows, items = [], []

    def add(path, title, when, cats, body, exp):
        link = f"{base}/{path}"
        c = "".join(f'\n         <category domain="http://www.sixapart.com/ns/types#{k}">{esc(v)}</category>' for k, v in cats)
        rows.append(f"      <item>\n         <title>{esc(title)}</title>\n         <description>{cd(body)}</description>\n         <link>{link}</link>\n         <guid>{link}</guid>{c}\n         <pubDate>{rfc822(when)}</pubDate>\n      </item>")
        items.append(exp(link))

    w = d(2011, 10, 21, 17, 48, 12, -5)
    add("worldnews/2011/10/libyas_interim_leaders_prepare.html", "Libya's interim leaders prepare to declare liberation after Gadhafi's death", w, [("category", "World News"), ("tag", "Libya")],
        '<p>By Hamid Ould-Tahar and Karen Lisowski -- The Associated Press</p>\n<p>TRIPOLI, Libya -- Libya\'s interim leaders said Friday they would formally declare the country liberated within days, a step that starts the clock on elections for a national congress within eight months.</p>\n<p>"Tomorrow we stop being fighters and start being citizens, and that is harder," said Faraj Benhalim, a member of the Misrata military council, as crowds fired into the air along the coast road.</p>\n<p>The United Nations human rights office called for an inquiry into the circumstances of the former leader\'s death.</p>',
        lambda k: it(k, "Libya's interim leaders prepare to declare liberation after Gadhafi's death", w, ["Hamid Ould-Tahar", "Karen Lisowski"], quotes=[q("Faraj Benhalim", "Misrata military council")],
                     junk=["-- The Associated Press"],
                     note="Movable Type body with the byline as its first paragraph in the Advance-site style 'By A and B -- The Associated Press': two people; the agency is no author. Upper-case wire dateline with a double hyphen. Relevant."))
    w = d(2011, 10, 21, 11, 5, 40, -5)
    add("worldnews/2011/10/mexican_consulate_to_bring_mob.html", "Mexican consulate to bring mobile office to Birmingham as immigration law unsettles families", w, [("category", "World News"), ("category", "Alabama News"), ("tag", "HB 56")],
        '<p>By Dolores Whitcomb -- dwhitcomb@vulcanledger.example</p>\n<p>The Mexican consulate in Atlanta will send a mobile office to Birmingham next month to issue passports and birth registrations, consular officials said Thursday, as families try to put their papers in order under Alabama\'s new immigration law.</p>\n<p>Mexico has filed a brief in the federal lawsuit against the law, and its foreign ministry has warned its citizens about traveling in the state.</p>\n<p>"We have people who are afraid to drive to Atlanta, so Atlanta will come to them," said Consul Ricardo Amezcua Salinas.</p>',
        lambda k: it(k, "Mexican consulate to bring mobile office to Birmingham as immigration law unsettles families", w, ["Dolores Whitcomb"], quotes=[q("Ricardo Amezcua Salinas", "Mexican consulate")],
                     junk=["dwhitcomb@vulcanledger.example"],
                     note="Byline paragraph 'By Name -- e-mail': the address is no part of the name. A foreign government acting on and litigating against a state law (Mexico's consulate, its brief in the federal suit): relations with Mexico, relevant, though the setting is home. Affiliation: the body named earlier ('The Mexican consulate in Atlanta') over the title 'Consul'."))
    w = d(2011, 10, 20, 19, 30, 0, -5)
    add("worldnews/2011/10/photos_libyans_celebrate_in_tr.html", "Photos: Libyans celebrate in Tripoli's Martyrs' Square", w, [("category", "World News"), ("category", "Photos")],
        '<p><a href="http://photos.vulcanledger.example/gallery/2011/10/libya_celebrations.html"><img alt="libya-celebrate.jpg" src="http://blog.vulcanledger.example/worldnews/assets_c/2011/10/libya-celebrate-thumb-300x200.jpg" width="300" height="200" class="mt-image-none" /></a></p>\n<p>View the full gallery of 18 photos from The Associated Press.</p>',
        lambda k: it(k, "Libyans celebrate in Tripoli's Martyrs' Square", w, [], story=False, rel=False, note="Photo gallery link with a Movable Type 'mt-image-none' image: not a story. Title label 'Photos:' may be kept or dropped."))
    w = d(2011, 10, 20, 8, 15, 22, -5)
    add("worldnews/2011/10/alabama_guard_unit_returns_fro.html", "Alabama Guard engineers home from Afghanistan in time for the holidays", w, [("category", "Alabama News"), ("category", "World News")],
        '<p>By Mark Tolliver -- mtolliver@vulcanledger.example</p>\n<p>More than 150 soldiers of a Birmingham-based National Guard engineer company landed at the Birmingham airport Wednesday night after a year clearing roads in southern Afghanistan.</p>\n<p>"I missed a birthday and a first tooth, and I\'m going to make up for both," said Sgt. Latoya Beasley of Bessemer, holding her 11-month-old son.</p>',
        lambda k: it(k, "Alabama Guard engineers home from Afghanistan in time for the holidays", w, ["Mark Tolliver"], rel=False, quotes=[q("Latoya Beasley")],
                     junk=["mtolliver@vulcanledger.example"],
                     note="A war abroad told through a local unit coming home: home news, not relevant. 'Sgt.' and 'of Bessemer' are no part of the speaker and give no affiliation."))
    w = d(2011, 10, 19, 15, 2, 51, -5)
    add("worldnews/2011/10/bangkok_builds_sandbag_walls_a.html", "Bangkok builds sandbag walls as Thailand's worst floods in decades close in", w, [("category", "World News"), ("tag", "Thailand")],
        '<p>By Somchai Ratanakorn -- The Associated Press</p>\n<p>BANGKOK -- Soldiers and volunteers stacked sandbags along canals on the northern edge of Bangkok on Wednesday as floodwaters that have killed more than 300 people crept toward the capital.</p>\n<p>Industrial estates north of the city, home to Japanese car and electronics plants, are already under water, and the government has opened shelters in Bangkok\'s old airport.</p>',
        lambda k: it(k, "Bangkok builds sandbag walls as Thailand's worst floods in decades close in", w, ["Somchai Ratanakorn"], junk=["-- The Associated Press"], note="Disaster abroad: relevant. Byline paragraph with a person and the agency."))
    w = d(2011, 10, 18, 12, 40, 3, -5)
    add("business/2011/10/korea_trade_pact_could_lift_al.html", "Korea trade pact could lift Alabama auto suppliers, state officials say", w, [("category", "Business"), ("category", "World News")],
        '<p>By Dolores Whitcomb and Reggie Pruett -- The Vulcan Ledger</p>\n<p>The free-trade agreement with South Korea that Congress approved last week will cut tariffs on parts that Alabama suppliers ship to Korean carmakers and could add jobs along the Interstate 85 corridor, state officials said Monday.</p>\n<p>"Eight percent on a transmission case is the difference between winning a contract and watching it go to Ohio," said Ellen Marchbanks, director of the state\'s international trade office.</p>\n<p>Critics in Congress said the deal would cost more jobs than it creates.</p>',
        lambda k: it(k, "Korea trade pact could lift Alabama auto suppliers, state officials say", w, ["Dolores Whitcomb", "Reggie Pruett"], quotes=[q("Ellen Marchbanks", "state's international trade office")], junk=["-- The Vulcan Ledger"],
                     note="US trade agreement with South Korea: the country's own foreign trade policy, relevant though told through state suppliers. Byline 'By A and B -- The Vulcan Ledger': two people, the brand is no author. Affiliation: the body after the role ('director of the state's international trade office')."))
    head = (f'   <channel>\n      <title>World News - The Vulcan Ledger</title>\n      <link>{base}/worldnews/</link>\n      <description>World news from The Vulcan Ledger and The Associated Press</description>\n'
            f'      <language>en</language>\n      <copyright>Copyright 2011</copyright>\n      <lastBuildDate>{rfc822(d(2011, 10, 21, 17, 48, 12, -5))}</lastBuildDate>\n'
            '      <generator>http://www.sixapart.com/movabletype/</generator>\n      <docs>http://www.rssboard.org/rss-specification</docs>\n')
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n' + head + "\n".join(rows) + "\n   </channel>\n</rss>\n")
    return feed("en_us_al_vulcanledger_worldnews_mt43.rss.xml", text, items, lang="en", outlet="The Vulcan Ledger", aliases=["Vulcan Ledger"],
                structure="Birmingham (Alabama) daily's 'World News' blog on Movable Type 4.3 as the Advance newspaper sites ran their news blogs in 2011 (blog.<domain>/worldnews/index.xml, MT's default RSS 2.0 template): three-space indentation, no namespaces at all, channel 'World News - Brand', language 'en', 'Copyright 2011', <generator>http://www.sixapart.com/movabletype/</generator> and <docs>, items in MT's order (title, CDATA description with the WHOLE entry body, link, guid = permalink, categories with the sixapart 'types#category' / 'types#tag' domains, pubDate), '/<blog>/YYYY/MM/<slug truncated to 30 characters>.html' permalinks, byline paragraphs 'By Name -- e-mail', 'By A and B -- The Associated Press' or '-- The Vulcan Ledger', wire datelines with '--', a photo-gallery entry with an 'mt-image-none' thumbnail, -0500 (CDT) dates, October 2011",
                notes="Home country: the United States (Alabama). No <author> or dc:creator: bylines are in the first paragraph of the body.")


# ---------------------------------------------------------------- Sherbrooke English-language daily, Joomla 1.5 (March 2012)
def townships():
    base = "http://www.townshipsexaminer.example"
    rows, items = [], []

    def add(aid, slug, title, when, author, body, exp):
        link = f"{base}/index.php?option=com_content&amp;view=article&amp;id={aid}:{slug}&amp;catid=9:world&amp;Itemid=27"
        a = f"\n\t\t\t<author>{esc(author)}</author>" if author else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{link}</link>\n\t\t\t<guid>{link}</guid>\n\t\t\t<description>{cd(body)}</description>{a}\n\t\t\t<category>World</category>\n\t\t\t<pubDate>{rfc822(when.astimezone(d(2012,1,1,0,0).tzinfo))}</pubDate>\n\t\t</item>")
        items.append(exp(link.replace("&amp;", "&")))

    rm = '<p><a href="{u}" class="readon">Read more...</a></p>'
    w = d(2012, 3, 14, 16, 20, 0, -4)
    add(4471, "ottawa-pulls-diplomats-out-of-damascus", "Ottawa pulls diplomats out of Damascus, tells Canadians to leave Syria", w, "The Canadian Press",
        '<p>OTTAWA – Canada has closed its embassy in Damascus and withdrawn its remaining diplomats, Foreign Affairs said, urging the few hundred Canadians still registered in Syria to leave by commercial means while they can.</p><p>"Our staff can no longer do their work safely, and we will not pretend otherwise," said Nathalie Brosseau, a spokeswoman for the department, adding that consular help would now come from the embassy in Amman.</p>' + rm.format(u=f"{base}/index.php?option=com_content&amp;view=article&amp;id=4471:ottawa-pulls-diplomats-out-of-damascus&amp;catid=9:world&amp;Itemid=27"),
        lambda k: it(k, "Ottawa pulls diplomats out of Damascus, tells Canadians to leave Syria", w, [], quotes=[q("Nathalie Brosseau", "Foreign Affairs")], junk=["Read more..."],
                     note="Joomla 1.5 intro text with its 'Read more...' readon link. The agency in <author> is no person. Canada's own foreign policy (embassy closure): relevant. Affiliation: the department named at the start ('Foreign Affairs'), which 'a spokeswoman for the department' refers to."))
    w = d(2012, 3, 14, 9, 45, 0, -4)
    add(4466, "bishops-students-back-from-haiti", "Bishop's students back from Haiti clinic build say the work is far from done", w, "Jocelyn Tardif-Moore",
        '<p>LENNOXVILLE – Eleven Bishop\'s University students returned this week from two weeks in Léogâne, Haiti, where they helped finish a maternity clinic begun after the 2010 earthquake.</p><p>"You read about reconstruction, then you see a town where half the roofs are still tarpaulin," said Émilie Gosselin, a third-year nursing student from Magog.</p>' + rm.format(u=f"{base}/index.php?option=com_content&amp;view=article&amp;id=4466:bishops-students-back-from-haiti&amp;catid=9:world&amp;Itemid=27"),
        lambda k: it(k, "Bishop's students back from Haiti clinic build say the work is far from done", w, ["Jocelyn Tardif-Moore"], rel=False, quotes=[q("Émilie Gosselin")], junk=["Read more..."],
                     note="A country abroad told through local students: home news, not relevant. A student's year and hometown give no affiliation."))
    w = d(2012, 3, 13, 18, 5, 0, -4)
    add(4460, "putin-protesters-rally-in-moscow", "Thousands rally in Moscow a week after Putin's return to the presidency", w, "Agence France-Presse",
        '<p>MOSCOW – Several thousand protesters gathered on Novy Arbat on Saturday to dispute the results of the March 4 presidential election, a smaller crowd than the winter rallies but one that organizers said proved the movement had not gone home.</p><p>Police detained about 50 people who tried to march toward the Kremlin after the rally ended.</p>' + rm.format(u=f"{base}/index.php?option=com_content&amp;view=article&amp;id=4460:putin-protesters-rally-in-moscow&amp;catid=9:world&amp;Itemid=27"),
        lambda k: it(k, "Thousands rally in Moscow a week after Putin's return to the presidency", w, [], junk=["Read more..."], note="Agency credit in <author>: no person. A head of state only as a setting. Relevant."))
    w = d(2012, 3, 13, 11, 30, 0, -4)
    add(4455, "student-strike-spreads-to-sherbrooke-cegep", "Tuition strike spreads to Sherbrooke's CEGEP as Quebec holds firm", w, "Jocelyn Tardif-Moore",
        '<p>Students at the Cégep de Sherbrooke voted 58 per cent in favour of an unlimited strike on Monday, joining more than 120,000 students across Quebec opposed to the province\'s planned tuition increase.</p><p>The province\'s education minister has said the increase is not negotiable.</p>' + rm.format(u=f"{base}/index.php?option=com_content&amp;view=article&amp;id=4455:student-strike-spreads-to-sherbrooke-cegep&amp;catid=9:world&amp;Itemid=27"),
        lambda k: it(k, "Tuition strike spreads to Sherbrooke's CEGEP as Quebec holds firm", w, ["Jocelyn Tardif-Moore"], rel=False, junk=["Read more..."],
                     note="Provincial politics filed in the World category: home news, not relevant."))
    w = d(2012, 3, 12, 15, 0, 0, -4)
    add(4449, "magog-man-held-in-dubai", "Family of Magog man held in Dubai pleads for Ottawa's help", w, "Brent Ashworth",
        '<p>MAGOG – The family of a Magog electrician detained in Dubai since January over a bounced cheque says it has heard nothing from him in three weeks.</p><p>"He signed a cheque for his employer, the employer disappeared, and now he is the one in a cell," said his sister, Karine Lacasse.</p><p>A Foreign Affairs spokesman said consular officials had visited the man twice and were "providing assistance to the family," but would not comment further, citing privacy.</p>' + rm.format(u=f"{base}/index.php?option=com_content&amp;view=article&amp;id=4449:magog-man-held-in-dubai&amp;catid=9:world&amp;Itemid=27"),
        lambda k: it(k, "Family of Magog man held in Dubai pleads for Ottawa's help", w, ["Brent Ashworth"], quotes=[q("Karine Lacasse")], junk=["Read more..."],
                     note="A Canadian detained by a foreign state: relevant (rule C-a; relabelled, was not relevant). The unnamed Foreign Affairs spokesman gives no quote. 'his sister' is a relation, no affiliation."))
    w = d(2012, 3, 12, 8, 0, 0, -4)
    add(4444, "poll-should-canada-recognize-the-syrian-opposition", "Poll: Should Canada recognize the Syrian opposition?", w, None,
        '<p>Have your say in this week\'s online poll, on our home page. Results will be published in Saturday\'s edition.</p>',
        lambda k: it(k, "Poll: Should Canada recognize the Syrian opposition?", w, [], story=False, rel=False, note="Reader poll (a call to vote): not a story. Title label 'Poll:' may be kept or dropped."))
    head = (f'\t\t<title>World</title>\n\t\t<description>The Townships Examiner - English news for the Eastern Townships since 1897</description>\n'
            f'\t\t<link>{base}/index.php?option=com_content&amp;view=category&amp;id=9&amp;Itemid=27</link>\n\t\t<lastBuildDate>{rfc822(d(2012, 3, 14, 20, 25, 11))}</lastBuildDate>\n'
            '\t\t<generator>Joomla! 1.5 - Open Source Content Management</generator>\n\t\t<language>en-gb</language>\n')
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! 1.5 - Open Source Content Management" -->\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_ca_qc_townshipsexaminer_world_joomla15.rss.xml", text, items, lang="en", outlet="The Townships Examiner", aliases=["Townships Examiner"],
                structure="English-language daily of Sherbrooke (Quebec) on Joomla 1.5 (?format=feed&type=rss on the World category blog): the generator comment after the prolog, an unused xmlns:atom, tab indentation, channel title only 'World' (the brand only in the description), the non-SEF 'index.php?option=com_content&amp;view=article&amp;id=<id>:<alias>&amp;catid=9:world&amp;Itemid=27' links repeated as guids, CDATA intro text ending with the 'Read more...' readon link, <author> holding the created_by_alias (a reporter, 'The Canadian Press', 'Agence France-Presse') or absent, <category>World</category> on every item, UTC '+0000' pubDates (Joomla 1.5's toRFC822; newsroom -0400), language 'en-gb' (Joomla's default install language, not the country), a reader poll, March 2012",
                notes="Home country: Canada (Quebec). The outlet is only in the channel description; the title is the bare section 'World'.")


# ---------------------------------------------------------------- Ndola daily, Drupal 6 taxonomy feed (July 2010)
def copperbelt():
    base = "http://www.ndolasentinel.example"
    rows, items = [], []

    def add(nid, title, when, user, body, exp, term=("7", "World News")):
        link = f"{base}/node/{nid}"
        rows.append(f" <item>\n    <title>{esc(title)}</title>\n    <link>{link}</link>\n    <description>{esc(body)}</description>\n     <comments>{link}#comments</comments>\n"
                    f' <category domain="{base}/taxonomy/term/{term[0]}">{term[1]}</category>\n <pubDate>{rfc822(when)}</pubDate>\n <dc:creator>{user}</dc:creator>\n <guid isPermaLink="false">{nid} at {base}</guid>\n  </item>')
        items.append(exp(f"{nid} at {base}"))

    w = d(2010, 7, 27, 16, 42, 0, 2)
    add(18823, "Zambia, DRC agree to reopen Kasumbalesa border after truckers' stand-off", w, "editor",
        '<p><strong>By CHANDA MWALE in Kasumbalesa</strong></p><p>ZAMBIA and the Democratic Republic of Congo (DRC) have agreed to reopen the Kasumbalesa border post to heavy trucks from Monday, ending a week-long stand-off that left more than 400 copper trucks stranded on the Zambian side.</p><p>Commerce Deputy Minister Bertha Nkhoma said the two governments had agreed on a joint clearing shed.</p><p>"We cannot have Zambian drivers sleeping under their trucks for a week because two offices cannot agree on a stamp," Mrs Nkhoma said.</p>',
        lambda k: it(k, "Zambia, DRC agree to reopen Kasumbalesa border after truckers' stand-off", w, ["Chanda Mwale"], quotes=[q("Bertha Nkhoma", "Commerce Deputy Minister")],
                     junk=["By CHANDA MWALE"],
                     note="Drupal 6: dc:creator is the CMS account 'editor'; the byline is the bold first paragraph 'By NAME in Place' in capitals: ['Chanda Mwale'] in display case. Bilateral border deal: relevant. Affiliation: the title before the name."))
    w = d(2010, 7, 27, 10, 5, 0, 2)
    add(18817, "Chinese firm signs US$400m smelter deal for Chambishi zone", w, "editor",
        '<p><strong>By MUSONDA KAPEMBWA</strong></p><p>A CHINESE state-owned company has signed a US$400 million agreement to build a copper smelter in the Chambishi Multi-Facility Economic Zone, the Zambia Development Agency has announced.</p><p>ZDA director general Mwansa Chisenga said the plant would process concentrate from Copperbelt mines that is now exported to China.</p><p>Mine unions said they would watch closely whether the company respected Zambian labour laws.</p>',
        lambda k: it(k, "Chinese firm signs US$400m smelter deal for Chambishi zone", w, ["Musonda Kapembwa"], junk=["By MUSONDA KAPEMBWA"],
                     note="Chinese state investment and copper exports: trade and foreign investment, relevant. No quotation marks: no quote."))
    w = d(2010, 7, 26, 18, 20, 0, 2)
    add(18811, "Council moves to repossess Masala market stalls", w, "Lwendo",
        '<p>NDOLA City Council will repossess 230 stalls at Masala market from traders who have not paid rentals since January, town clerk Justin Mubanga has said.</p><p>Traders said the rentals had been doubled without consultation.</p>',
        lambda k: it(k, "Council moves to repossess Masala market stalls", w, [], rel=False,
                     note="City news: not relevant. dc:creator 'Lwendo' is a CMS login (one word), no byline: [] expected."), term=("3", "Local News"))
    w = d(2010, 7, 26, 9, 0, 0, 2)
    add(18806, "Pakistan floods: death toll passes 800 as rains continue", w, "editor",
        '<p>ISLAMABAD, Monday (Reuters) – The death toll from floods in north-west Pakistan passed 800 yesterday, officials said, as rescuers used boats and helicopters to reach thousands of people stranded on rooftops in the Swat valley.</p><p>The United Nations said more than a million people had been affected.</p>',
        lambda k: it(k, "Pakistan floods: death toll passes 800 as rains continue", w, [], junk=["(Reuters)"], note="Disaster abroad: relevant. Agency dateline, no person."))
    w = d(2010, 7, 25, 20, 30, 0, 2)
    add(18801, "Chipolopolo coach names squad for Comoros qualifier", w, "sports",
        '<p><strong>By BWALYA NG\'ANDU</strong></p><p>THE Chipolopolo technical bench has named a 23-man squad for next month\'s Africa Cup of Nations qualifier against Comoros in Moroni.</p>',
        lambda k: it(k, "Chipolopolo coach names squad for Comoros qualifier", w, ["Bwalya Ng'andu"], rel=False, junk=["By BWALYA"],
                     note="Sport: not relevant even with a match abroad."), term=("5", "Sports"))
    w = d(2010, 7, 25, 12, 0, 0, 2)
    add(18797, "PICTURE FOCUS: Kuomboka in pictures", w, "photodesk",
        '<p><img src="/sites/default/files/imagecache/focus/kuomboka_01.jpg" alt="" /></p><p>Pictures by KABWE SIKAZWE</p>',
        lambda k: it(k, "Kuomboka in pictures", w, [], story=False, rel=False,
                     note="Photo gallery: not a story. Title label 'PICTURE FOCUS:' may be kept or dropped."), term=("11", "Picture Focus"))
    head = (f' <title>The Ndola Sentinel - World News</title>\n <link>{base}/taxonomy/term/7</link>\n <description></description>\n <language>en</language>\n')
    text = ('<?xml version="1.0" encoding="utf-8"?>\n' + f'<rss version="2.0" xml:base="{base}"  xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_zm_ndolasentinel_worldnews_drupal6.rss.xml", text, items, lang="en", outlet="The Ndola Sentinel", aliases=["Ndola Sentinel"],
                structure="Ndola (Zambia) daily on Drupal 6, the taxonomy term feed (/taxonomy/term/7/0/feed) as Drupal 6's node_feed wrote it: xml:base on <rss> (with Drupal 6's double space before xmlns:dc), channel 'Site - Term', EMPTY description, language 'en', items with Drupal 6's uneven indentation, escaped teaser HTML, <comments>, <category domain=…/taxonomy/term/N> BEFORE pubDate, dc:creator holding the CMS account ('editor', 'sports', 'photodesk', a one-word login), '<nid> at <base>' guids last, +0200 (CAT) pubDates; bylines as a bold upper-case first paragraph 'By NAME in Place', upper-case first words of the lead, a Reuters dateline, city news, sport and a 'PICTURE FOCUS' gallery mixed in from other terms, July 2010",
                notes="Home country: Zambia (bare .example domain, language 'en'; the country shows through Ndola, the Copperbelt, Chipolopolo, Kasumbalesa).")


# ---------------------------------------------------------------- Mysore evening daily, WordPress 3.5.1 (November 2013)
def chamundi():
    base = "http://chamundipost.example"
    rows, items = [], []

    def add(pid, slug, title, when, user, cats, excerpt, body, exp):
        link = f"{base}/{when:%Y/%m/%d}/{slug}/"
        c = "".join(f"\n\t\t<category><![CDATA[{x}]]></category>" for x in cats)
        rows.append(f"\t\t<item>\n\t\t<title>{esc(title).replace('’', '&#8217;')}</title>\n\t\t<link>{link}</link>\n\t\t<comments>{link}#comments</comments>\n\t\t<pubDate>{rfc822(when.astimezone(d(2013,1,1,0,0).tzinfo))}</pubDate>\n"
                    f"\t\t<dc:creator>{user}</dc:creator>\n{c[1:]}\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\t\t<description>{cd(excerpt)}</description>\n\t\t\t\t<content:encoded>{cd(body)}</content:encoded>\n"
                    f"\t\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2013, 11, 12, 17, 40, 0, 5.5)
    add(30412, "pm-to-skip-chogm-in-colombo", "PM to skip CHOGM in Colombo; External Affairs Minister to lead delegation", w, "Chamundi News Service", ["World", "National"],
        "New Delhi, Nov. 12- Prime Minister will not travel to Colombo for the Commonwealth Heads of Government Meeting this week, and External Affairs Minister will lead India&#8217;s delegation instead, the Ministry of External Affairs said today. The decision follows [&#8230;]",
        "<p><strong>New Delhi, Nov. 12-</strong> Prime Minister will not travel to Colombo for the Commonwealth Heads of Government Meeting this week, and External Affairs Minister will lead India&#8217;s delegation instead, the Ministry of External Affairs said today.</p>\n<p>The decision follows weeks of pressure from parties in Tamil Nadu over Sri Lanka&#8217;s handling of war-time rights abuses.</p>\n<p>&#8220;India&#8217;s relationship with Sri Lanka is larger than one meeting, and it will be carried forward in Colombo by the Minister,&#8221; said Anil Venkatraman Iyer, the Ministry&#8217;s official spokesperson.</p>",
        lambda k: it(k, "PM to skip CHOGM in Colombo; External Affairs Minister to lead delegation", w, [], quotes=[q("Anil Venkatraman Iyer", "Ministry of External Affairs")], junk=["[…]"],
                     note="WordPress 3.5 automatic excerpt cut with ' [&#8230;]' in description, the full post in content:encoded. 'Chamundi News Service' is a desk. The country's own foreign policy: relevant. Affiliation: the ministry named earlier ('the Ministry's official spokesperson')."))
    w = d(2013, 11, 11, 18, 5, 0, 5.5)
    add(30398, "typhoon-haiyan-toll-may-cross-10000", "Typhoon Haiyan: toll in Philippines may cross 10,000, say officials", w, "Chamundi News Service", ["World"],
        "Tacloban (Philippines), Nov. 11 (AFP)- Officials in the central Philippines said the death toll from Typhoon Haiyan could exceed 10,000 as aid began to reach the devastated city of Tacloban. [&#8230;]",
        "<p><strong>Tacloban (Philippines), Nov. 11 (AFP)-</strong> Officials in the central Philippines said the death toll from Typhoon Haiyan could exceed 10,000 as aid began to reach the devastated city of Tacloban.</p>\n<p>Survivors queued for water at the airport, where the control tower had lost its windows and roof.</p>\n<p>India has offered relief material and a naval ship, the MEA said.</p>",
        lambda k: it(k, "Typhoon Haiyan: toll in Philippines may cross 10,000, say officials", w, [], junk=["(AFP)"], note="Disaster abroad with India's aid offer: relevant. Title label 'Typhoon Haiyan:' is part of the headline."))
    w = d(2013, 11, 11, 10, 30, 0, 5.5)
    add(30391, "kuvempunagar-family-waits-for-word-from-tacloban", "Kuvempunagar family waits for word from son in Tacloban", w, "Shashikala M.R.", ["City", "World"],
        "The family of a 27-year-old marine engineer from Kuvempunagar who was working on a cargo vessel off Leyte has had no word from him since Friday. [&#8230;]",
        "<p>The family of a 27-year-old marine engineer from Kuvempunagar who was working on a cargo vessel off Leyte has had no word from him since Friday.</p>\n<p>&#8220;We keep calling the shipping company in Mumbai. They say the ship is safe but nobody can reach the crew,&#8221; his father, B.N. Raghavendra, a retired bank officer, told the Chamundi Evening Post.</p>",
        lambda k: it(k, "Kuvempunagar family waits for word from son in Tacloban", w, ["Shashikala M.R."], rel=False, quotes=[q("B.N. Raghavendra")],
                     note="A disaster abroad told through a local family: home news, not relevant. Byline with initials 'M.R.' after the name (Karnataka style): the whole 'Shashikala M.R.' is the name. 'a retired bank officer' is no body: no affiliation."))
    w = d(2013, 11, 10, 19, 0, 0, 5.5)
    add(30380, "us-immigration-bill-it-firms-worry", "US immigration Bill: Mysore IT campuses watch H-1B curbs", w, "Ravindra Kumar Hegde", ["World", "Business"],
        "WASHINGTON / MYSORE: A provision in the immigration Bill before the US House of Representatives that would raise visa fees for companies with many H-1B workers has Indian IT firms worried [&#8230;]",
        "<p><strong>WASHINGTON / MYSORE:</strong> A provision in the immigration Bill before the US House of Representatives that would raise visa fees for companies with many H-1B workers has Indian IT firms worried, including those with large training campuses in Mysore.</p>\n<p>Commerce Ministry officials have raised the issue in trade talks with Washington and called the provision discriminatory.</p>\n<p>&#8220;If the Bill passes as written, it is a tax on Indian companies dressed up as immigration policy,&#8221; said K. Venkatesh Murthy, who heads the Mysore chapter of the software exporters&#8217; association.</p>\n<p><em>&#8212; Ravindra Kumar Hegde</em></p>",
        lambda k: it(k, "US immigration Bill: Mysore IT campuses watch H-1B curbs", w, ["Ravindra Kumar Hegde"], quotes=[q("K. Venkatesh Murthy", "software exporters' association")], junk=["— Ravindra Kumar Hegde"],
                     note="US legislation raised by India in trade talks: relevant (foreign trade policy). The reporter signs off in italics after an em dash; dc:creator names him too."))
    w = d(2013, 11, 10, 9, 15, 0, 5.5)
    add(30372, "mcc-to-widen-sayyaji-rao-road", "MCC to widen Sayyaji Rao Road before next Dasara", w, "Chamundi News Service", ["City"],
        "Mysore City Corporation (MCC) will widen Sayyaji Rao Road between K.R. Circle and the Ayurveda Hospital junction before next year&#8217;s Dasara, the Commissioner said. [&#8230;]",
        "<p>Mysore City Corporation (MCC) will widen Sayyaji Rao Road between K.R. Circle and the Ayurveda Hospital junction before next year&#8217;s Dasara, the Commissioner said.</p>\n<p>Traders on the stretch have asked for compensation.</p>",
        lambda k: it(k, "MCC to widen Sayyaji Rao Road before next Dasara", w, [], rel=False, note="City news: not relevant."))
    w = d(2013, 11, 9, 20, 0, 0, 5.5)
    add(30366, "cartoon-of-the-day-nov-9", "Cartoon of the Day: November 9", w, "Cartoonist", ["Cartoon"],
        "", '<p><img class="aligncenter size-full wp-image-30367" src="http://chamundipost.example/wp-content/uploads/2013/11/cartoon-nov9.jpg" alt="cartoon-nov9" width="600" height="420" /></p>',
        lambda k: it(k, "Cartoon of the Day: November 9", w, [], story=False, rel=False, note="Editorial cartoon (an image only): not a story."))
    head = (f'\t<title>Chamundi Evening Post &#187; World</title>\n\t<atom:link href="{base}/category/world/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f'\t<description>Mysore&#039;s own evening newspaper</description>\n\t<lastBuildDate>{rfc822(d(2013, 11, 12, 12, 10, 0))}</lastBuildDate>\n\t<language>en-US</language>\n'
            '\t\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t\t<sy:updateFrequency>1</sy:updateFrequency>\n\t<generator>http://wordpress.org/?v=3.5.1</generator>\n')
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_in_ka_chamundipost_world_wp35.rss.xml", text, items, lang="en", outlet="Chamundi Evening Post", aliases=["Chamundi Post"],
                structure="Mysore (Karnataka) English evening daily's 'World' category on WordPress 3.5.1 (/category/world/feed/): the prolog glued to '<rss version=\"2.0\"' with one namespace per line, channel 'Brand &#187; World' (WordPress 3.x's raquo separator), '&#039;' in the tagline, en-US (WordPress default), sy:update*, generator '?v=3.5.1', '/YYYY/MM/DD/<slug>/' links, '?p=<id>' guids, +0000 pubDates (newsroom +0530), plain dc:creator WITHOUT CDATA (before WordPress 3.6) holding a desk ('Chamundi News Service', 'Cartoonist') or a person with trailing initials ('Shashikala M.R.'), CDATA categories, automatic excerpts cut with ' [&#8230;]', content:encoded with bold Indian-style datelines 'New Delhi, Nov. 12-' and '(AFP)-', numeric-reference curly quotes, an italic em-dash sign-off, a cartoon with an empty description, November 2013",
                notes="Home country: India. Heads of government appear only as 'Prime Minister' without a name, never quoted.")


FEEDS = [vulcan, townships, copperbelt, chamundi]
