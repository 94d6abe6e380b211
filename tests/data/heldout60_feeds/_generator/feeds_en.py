# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the sixtieth held-out set: world desks of port cities and provincial capitals."""
from h60 import NS_ALL, cd, d, esc, feed, gmt, it, plain_doc, plain_item, q, rfc822, wp_channel, wp_doc, wp_item

TL = "Title label '{}' may be kept or dropped"


def mobilebay():
    B = "https://mobilebaycourier.example/"
    built = d(2019, 9, 5, 14, 2, 0, -5)
    rows = [
        ("Ferry capsizes off Honduras’ Bay Islands; at least 14 dead", 48211, d(2019, 9, 5, 8, 40, 0, -5), ["Marcy Delacroix"], ["World"],
         "<p>ROATÁN, Honduras — At least 14 people died when an overloaded passenger ferry capsized in heavy swell between the mainland port of La Ceiba and the island of Roatán early Thursday, Honduran authorities said.</p>\n<p>“The vessel was licensed for 60 passengers and we believe more than 90 were aboard,” said Capt. Rolando Ibarra, a spokesman for the Honduran Merchant Navy. Rescue crews from the navy and fishermen pulled 71 survivors from the water.</p>\n<p>The Associated Press contributed to this report.</p>",
         it("", "Ferry capsizes off Honduras’ Bay Islands; at least 14 dead", None, ["Marcy Delacroix"], quotes=[q("Rolando Ibarra", "Honduran Merchant Navy")], junk=["The Associated Press contributed to this report."])),
        ("Bayou La Batre captain held in Mexico after boat seized, family says", 48207, d(2019, 9, 4, 17, 15, 0, -5), ["Tyler Roanoke"], ["World", "Local"],
         "<p>The family of a Bayou La Batre shrimp boat captain said Wednesday he has been held for nine days in the Mexican port of Progreso after the Mexican navy seized his trawler, the Miss Lorene, for fishing inside Mexican waters.</p>\n<p>“He’s a shrimper, not a pirate. He had his GPS on the whole time,” said his sister, Dana Whitlock.</p>\n<p>A State Department spokesperson said the department was “aware of reports of the detention of a U.S. citizen” and was providing consular assistance, but declined to comment further, citing privacy concerns.</p>",
         it("", "Bayou La Batre captain held in Mexico after boat seized, family says", None, ["Tyler Roanoke"], quotes=[q("Dana Whitlock")], note="Consular case of a U.S. citizen detained abroad (U.S.–Mexico): relevant. The State Department spokesperson is unnamed: no quote.")),
        ("Port authority approves $210M container yard expansion", 48199, d(2019, 9, 4, 11, 5, 0, -5), ["Tyler Roanoke"], ["Business", "World"],
         "<p>The state port authority’s board on Wednesday approved a $210 million expansion of the container yard at the Choctaw Point terminal, citing growth in traffic from Asia and Latin America.</p>\n<p>“This puts Mobile in the same conversation as Houston and Savannah,” board chairman Ellis Fairhope said after the vote.</p>",
         it("", "Port authority approves $210M container yard expansion", None, ["Tyler Roanoke"], rel=False, quotes=[q("Ellis Fairhope", "state port authority")], note="Home business news of the outlet's own port filed under World: not relevant. Role 'board chairman' of the body the text names (the state port authority).")),
        ("U.S., EU agree to pause steel and aluminum tariff increases for talks", 48194, d(2019, 9, 3, 19, 30, 0, -5), ["Marcy Delacroix", "Owen Pritchett"], ["World", "Business"],
         "<p>WASHINGTON — The United States and the European Union agreed Tuesday to hold off on new steel and aluminum tariff increases for 90 days while negotiators try to settle a dispute that has rattled Gulf Coast mills.</p>\n<p>The pause “gives both sides room to breathe,” said Helga Marten, the EU’s deputy trade negotiator, in a statement. “Nobody on either side of the Atlantic wins a tariff war.”</p>\n<p>Sen. Calvin Brewton of Alabama welcomed the move.</p>",
         it("", "U.S., EU agree to pause steel and aluminum tariff increases for talks", None, ["Marcy Delacroix", "Owen Pritchett"], quotes=[q("Helga Marten", "EU")], note="dc:creator 'Marcy Delacroix and Owen Pritchett' in one element: two people. Quote split around the speaker across one paragraph.")),
        ("Podcast: The Bay Report — hurricane season, halfway through", 48190, d(2019, 9, 3, 6, 0, 0, -5), ["Courier Staff"], ["Podcasts"],
         "<p>This week on The Bay Report: forecasters look at the second half of the Atlantic hurricane season. Listen on your favorite app.</p>",
         it("", "Podcast: The Bay Report — hurricane season, halfway through", None, [], story=False, rel=False, note="Podcast episode: non-story. 'Courier Staff' is a desk credit.")),
        ("Hurricane Dorian leaves Abaco in ruins as aid flights begin", 48186, d(2019, 9, 2, 21, 45, 0, -5), ["Owen Pritchett"], ["World"],
         "<p>NASSAU, Bahamas — Aid flights began landing in the northern Bahamas on Monday as the scale of the destruction left by Hurricane Dorian on the Abaco Islands came into view.</p>\n<p>“We have neighbourhoods where not a single roof is left. We need water, tarps and generators before anything else,” said Deandra Moxey, director of the Bahamas’ disaster agency.</p>\n<p>“We are counting the missing street by street,” she added.</p>\n<p><em>Photo: Courtesy of the Royal Bahamas Defence Force</em></p>",
         it("", "Hurricane Dorian leaves Abaco in ruins as aid flights begin", None, ["Owen Pritchett"], quotes=[q("Deandra Moxey", "Bahamas’ disaster agency")], junk=["Photo: Courtesy of the Royal Bahamas Defence Force"], note="Disaster abroad: relevant. The quote goes on in the next paragraph ('she added').")),
    ]
    items, exp = [], []
    for title, pid, date, cr, cats, body, e in rows:
        link = f"{B}{date:%Y/%m/%d}/{pid}/"
        first = body.split("</p>")[0].replace("<p>", "")
        desc = f"{first[:220].rsplit(' ', 1)[0]} [&#8230;]"
        cr_el = [" and ".join(cr)] if len(cr) == 2 else cr
        items.append(wp_item(title, link, f"{B}?p={pid}", date, cr_el, cats, desc, body))
        e.key, e.published = f"{B}?p={pid}", date
        exp.append(e)
    ch = wp_channel("World – The Mobile Bay Courier", B + "world/", "News from the Gulf Coast and beyond", "en-US", built, "https://wordpress.org/?v=5.2.3",
                    "\n\t<image>\n\t<url>" + B + "wp-content/uploads/2018/04/cropped-courier-icon-32x32.png</url>\n\t<title>World – The Mobile Bay Courier</title>\n\t<link>" + B + "world/</link>\n\t<width>32</width>\n\t<height>32</height>\n</image> ")
    return feed("en_us_al_mobilebaycourier_world_wp52.rss.xml", wp_doc(ch, items), exp, lang="en", outlet="The Mobile Bay Courier",
                structure="Mobile, Alabama (Gulf Coast) daily, WordPress 5.2.3 (2019) category feed 'World – Outlet'; excerpt descriptions with [&#8230;], full content:encoded, one dc:creator 'A and B' for co-authors, desk credit 'Courier Staff', AP contribution line, photo credit line, local port and consular stories in World.",
                notes="Home country: United States.")


def portvila():
    B = "https://vilaheadline.example"
    rows = [
        ("vu-2023-0311a", "Twin cyclones: Australia and New Zealand fly in relief as Efate counts losses", d(2023, 3, 11, 9, 20, 0, 11), "By Ruth Kalsakau",
         "Relief flights from Australia and New Zealand landed at Bauerfield on Saturday after cyclones Judy and Kevin crossed Efate within 48 hours. “Our partners answered within hours of our request,” Foreign Minister Kalo Tabi told reporters at the airport.",
         dict(authors=["Ruth Kalsakau"], quotes=[q("Kalo Tabi", "Foreign Minister")], note="Vanuatu's own foreign relations (aid from partners) after a disaster at home: relevant because the story is the foreign relief. Role before the name.")),
        ("vu-2023-0310c", "PHOTOS: Port Vila market house after Cyclone Kevin", d(2023, 3, 10, 16, 0, 0, 11), "Headline Photo Desk",
         "A gallery of the damage at the Port Vila market house and seafront. Photos: Glenda Tari",
         dict(authors=[], story=False, rel=False, junk=["Photos: Glenda Tari"], note="Photo gallery: non-story.")),
        ("vu-2023-0310b", "China-funded wharf extension ‘on schedule’, says contractor", d(2023, 3, 10, 12, 40, 0, 11), "By Samson Toara",
         "The extension of the Luganville wharf funded by a concessional loan from China remains on schedule despite the cyclones, the contractor said on Friday. “We lost three days, not three months,” said Li Wenbo, project manager for the contractor, Pacific Harbour Engineering. Opposition MPs have questioned the loan terms in Parliament.",
         dict(authors=["Samson Toara"], quotes=[q("Li Wenbo", "Pacific Harbour Engineering")], note="Foreign-funded infrastructure and debt (Vanuatu–China): relevant.")),
        ("vu-2023-0309d", "Ni-Vanuatu seasonal workers stranded in Tasmania after employer collapses", d(2023, 3, 9, 18, 5, 0, 11), "By Ruth Kalsakau and Samson Toara",
         "Forty-two ni-Vanuatu seasonal workers are without pay in Tasmania after the orchard company that employed them went into administration. The Labour Department in Port Vila said it had asked the Vanuatu High Commission in Canberra to intervene. \"We have not been paid for six weeks,\" said one worker, who asked not to be named.",
         dict(authors=["Ruth Kalsakau", "Samson Toara"], quotes=[q("one worker")], note="Consular/labour-mobility case of citizens abroad: relevant. The worker is anonymous: shown as the text describes them ('one worker'), no affiliation.")),
        ("vu-2023-0309a", "Efate rugby sevens postponed to April", d(2023, 3, 9, 10, 0, 0, 11), "Sports Desk",
         "The Efate rugby sevens tournament has been postponed to April because of cyclone damage to Korman Stadium, organisers said.",
         dict(authors=[], rel=False, note="Home sport: not relevant.")),
        ("vu-2023-0308e", "WATCH: Headline Evening Bulletin, 8 March", d(2023, 3, 8, 19, 0, 0, 11), "Headline TV",
         "Tonight’s bulletin: cyclone warnings, the Council of Ministers, and the week in sport.",
         dict(authors=[], story=False, rel=False, note="Video bulletin: non-story.")),
    ]
    items, exp = [], []
    for gid, title, date, byline, desc, kw in rows:
        link = f"{B}/news/{gid}"
        extra = f'\n  <media:content url="{B}/img/{gid}.jpg" medium="image" type="image/jpeg"><media:credit>Vila Headline</media:credit></media:content>'
        items.append(plain_item(title, link, gid, date, desc, creator=byline, perma=False, extra=extra))
        exp.append(it(gid, title, date, **kw))
    head = (f"<title>Vila Headline - Latest</title>\n<link>{B}</link>\n<description>Vanuatu's news, 24/7</description>\n<language>en</language>\n"
            f"<copyright>© 2023 Vila Headline Media Ltd</copyright>\n<lastBuildDate>{rfc822(d(2023, 3, 11, 9, 25, 0, 11))}</lastBuildDate>\n<generator>Next.js route handler</generator>")
    return feed("en_vu_vilaheadline_latest_nextjs.rss.xml", plain_doc(head, items), exp, lang="en", outlet="Vila Headline",
                structure="Port Vila (Vanuatu) news site, feed from a Next.js route handler (2023); non-permalink slug guids, 'By Name' in dc:creator, desk and TV credits, media:content with media:credit, +1100 dates.",
                notes="Home country: Vanuatu.")


def peterhead():
    B = "https://www.buchanpress.example"
    rows = [
        (881201, "Norway and UK strike deal on North Sea cod quotas", d(2021, 12, 10, 15, 12, 0, 0), "Fiona Strachan",
         "<p>Britain and Norway have agreed next year’s cod and haddock quotas for shared North Sea stocks after talks in Bergen ran into the early hours.</p><p>Elspeth Gardiner, chief executive of the Scottish Fishermen’s Federation, said: “It isn’t everything we asked for, but it is a deal, and last year we had none.”</p>",
         dict(authors=["Fiona Strachan"], quotes=[q("Elspeth Gardiner", "Scottish Fishermen’s Federation")], note="UK–Norway fisheries agreement: relevant.")),
        (881188, "Peterhead harbour records best month for landings since 2015", d(2021, 12, 10, 9, 0, 0, 0), "Fiona Strachan",
         "<p>Boats landed fish worth £28 million at Peterhead in November, the harbour board said.</p><p>“The Broch and the Blue Toon should be proud,” harbour master Callum Buchan said.</p>",
         dict(authors=["Fiona Strachan"], rel=False, quotes=[q("Callum Buchan", "harbour board")], note="Home port news: not relevant. 'harbour master' of the body the text names.")),
        (881175, "Fraserburgh family’s agony as son missing after Bali ferry fire", d(2021, 12, 9, 20, 30, 0, 0), "Derek Sim",
         "<p>The family of a Fraserburgh man missing after a ferry fire off Bali have pleaded for news.</p><p>Jamie Noble, 24, was travelling between Padangbai and Lombok. His mother, Alison Noble, said: “We just want someone to tell us something.”</p><p>The Foreign, Commonwealth and Development Office said it was supporting the family of a British man and was in contact with the Indonesian authorities.</p>",
         dict(authors=["Derek Sim"], rel=False, quotes=[q("Alison Noble")], note="A family's appeal for one man missing after a ferry fire abroad, the FCDO 'supporting the family': routine consular help, not relevant (rule C; borderline, the text gives no mass casualties). Mother has no affiliation.")),
        (881160, "Opinion: Brexit has been a long haul for the fishing fleet", d(2021, 12, 9, 7, 0, 0, 0), "Graeme Ritchie",
         "<p>Five years on, the skippers who voted for Brexit are counting what they got. Graeme Ritchie argues the Trade and Cooperation Agreement left the fleet short.</p>",
         dict(authors=["Graeme Ritchie"], note="Opinion on UK–EU trade relations: a story, relevant. " + TL.format("Opinion:"))),
        (881152, "Russian ‘spy trawler’ shadowed by Royal Navy off Shetland", d(2021, 12, 8, 18, 44, 0, 0), "Derek Sim, with agencies",
         "<p>A Russian fishing vessel suspected of carrying surveillance equipment was shadowed by a Royal Navy patrol ship off Shetland this week, the Ministry of Defence said.</p><p>An MoD spokesperson said the vessel was “monitored throughout its transit”.</p>",
         dict(authors=["Derek Sim"], note="'with agencies' is not a person. Unnamed MoD spokesperson: no quote. UK–Russia security: relevant.")),
        (881140, "Win a festive hamper from Buchan butchers", d(2021, 12, 8, 12, 0, 0, 0), "Buchan Press Promotions",
         "<p>Enter our competition to win one of three festive hampers. Closing date 17 December. T&amp;Cs apply.</p>",
         dict(authors=[], story=False, rel=False, note="Competition: non-story.")),
    ]
    items, exp = [], []
    for nid, title, date, by, desc, kw in rows:
        link = f"{B}/news/world/{nid}/{title.lower()[:30].replace(' ', '-').replace('’', '').replace('‘', '')}/"
        items.append(f"<item>\n<title>{cd(title)}</title>\n<link>{link}</link>\n<guid isPermaLink=\"true\">{link}</guid>\n<pubDate>{gmt(date)}</pubDate>\n<dc:creator>{cd(by)}</dc:creator>\n<description>{cd(desc)}</description>\n<enclosure url=\"{B}/images/{nid}.jpg\" length=\"0\" type=\"image/jpeg\"/>\n</item>")
        exp.append(it(link, title, date, **kw))
    head = (f"<title>World</title>\n<link>{B}/news/world/</link>\n<description>World news</description>\n<language>en-gb</language>\n"
            f"<copyright>Copyright 2021 The Buchan Press</copyright>\n<atom:link href=\"{B}/news/world/rss\" rel=\"self\" type=\"application/rss+xml\"/>")
    return feed("en_gb_sct_buchanpress_world_section_only.rss.xml", plain_doc(head, items), exp, lang="en", outlet="The Buchan Press",
                structure="Peterhead (Scotland) port daily, custom PHP CMS (2021); section-only channel title 'World', the brand only in <copyright>; CDATA titles, 'Name, with agencies' creator, enclosures, competition.",
                notes="Home country: United Kingdom. The outlet's name appears only in the copyright line.")


def jaffna():
    B = "http://www.northernvoice.example"
    rows = [
        ("World", "Tamil Nadu fishermen arrested off Delft island; India lodges protest", d(2018, 2, 14, 11, 10, 0, 5.5), "By S. Tharshan",
         "JAFFNA: Sri Lanka Navy arrested 12 fishermen from Rameswaram near Delft island on Tuesday night for poaching in Sri Lankan waters. The Indian High Commission in Colombo said it had sought consular access to the fishermen. \"Our fishermen have no other place to fish,\" said R. Murugesan, president of the Rameswaram Mechanised Boat Owners' Association, speaking by phone.",
         dict(authors=["S. Tharshan"], quotes=[q("R. Murugesan", "Rameswaram Mechanised Boat Owners' Association")], note="Sri Lanka–India fisheries dispute and consular access: relevant.")),
        ("World", "Jaffna diaspora groups in Toronto call for UN resolution follow-up", d(2018, 2, 13, 16, 0, 0, 5.5), "Our Correspondent",
         "Tamil diaspora organisations in Canada have urged the UN Human Rights Council to keep Sri Lanka on its agenda at its March session. \"The resolution must not be allowed to lapse,\" said Nirosha Kandiah, spokesperson for the Canadian Tamil Forum. The Foreign Ministry in Colombo said the government was engaging constructively with the Council.",
         dict(authors=[], quotes=[q("Nirosha Kandiah", "Canadian Tamil Forum")], note="'Our Correspondent' is a desk credit. UN Human Rights Council and Sri Lanka's foreign ministry: relevant.")),
        ("Local", "Provincial council approves new bus stand for Chunnakam", d(2018, 2, 13, 9, 30, 0, 5.5), "By K. Vithushan",
         "The Northern Provincial Council approved funds for a new bus stand at Chunnakam. \"Commuters have waited ten years,\" Councillor M. Sivapalan said.",
         dict(authors=["K. Vithushan"], rel=False, quotes=[q("M. Sivapalan", "Northern Provincial Council")], note="Provincial local news: not relevant.")),
        ("World", "Maldives crisis: Colombo watches as Male declares emergency", d(2018, 2, 12, 20, 15, 0, 5.5), "By A. Rajendran and S. Tharshan",
         "Sri Lanka said it was closely monitoring the situation in the Maldives after the government there declared a state of emergency. Foreign Ministry spokesman Mahinda Perera told journalists: \"We call on all parties to respect the constitution and resolve differences through dialogue.\"",
         dict(authors=["A. Rajendran", "S. Tharshan"], quotes=[q("Mahinda Perera", "Foreign Ministry")], note="Regional crisis and Sri Lanka's foreign policy: relevant.")),
        ("Features", "Thai Pongal photo essay: harvest in the Vanni", d(2018, 2, 12, 8, 0, 0, 5.5), "Pictures by N. Logan",
         "A photo feature from the harvest festival in Kilinochchi and Mullaitivu.",
         dict(authors=[], story=False, rel=False, note="Photo essay/gallery: non-story. 'Pictures by' is a photo credit.")),
        ("Sports", "Jaffna Central beats St. John's in Battle of the North", d(2018, 2, 11, 18, 0, 0, 5.5), "By Sports Reporter",
         "Jaffna Central College won the annual Battle of the North cricket encounter by six wickets.",
         dict(authors=[], rel=False, note="Home sport: not relevant.")),
    ]
    items, exp = [], []
    for n, (sec, title, date, by, desc, kw) in enumerate(rows):
        aid = 41820 - n * 7
        link = f"{B}/index.php?option=com_content&amp;view=article&amp;id={aid}"
        items.append(plain_item(title, link, link, date, desc, author=by, cats=[sec]))
        exp.append(it(link.replace("&amp;", "&"), title, date, **kw))
    head = (f"<title>Northern Voice</title>\n<link>{B}/</link>\n<description>Northern Voice - Jaffna</description>\n<language>en-gb</language>\n"
            f"<generator>Joomla! - Open Source Content Management</generator>\n<lastBuildDate>{rfc822(d(2018, 2, 14, 11, 15, 0, 5.5))}</lastBuildDate>")
    return feed("en_lk_northernvoice_all_joomla25.rss.xml", plain_doc(head, items), exp, lang="en", outlet="Northern Voice",
                structure="Jaffna (Sri Lanka Northern Province) paper, Joomla 2.5 site feed (2018): mixed sections, 'By Name' in <author> (no e-mail), desk credits, 'JAFFNA:' datelines, +0530 dates, &amp; in links.",
                notes="Home country: Sri Lanka.")


def tanga():
    B = "https://tangamail.example"
    rows = [
        (77120, "Kenya, Tanzania resolve border trucking row at Horohoro", d(2020, 6, 2, 14, 0, 0, 3), "Mwanaidi Shekilango",
         "<p>TANGA — Tanzania and Kenya agreed on Tuesday to recognise each other’s Covid-19 test certificates for truck drivers, ending a standoff that left hundreds of lorries queued at the Horohoro border post.</p><p>Regional Commissioner Omari Mbwambo said the queue would clear within two days. “Trade must move, but safely,” he said.</p>",
         dict(authors=["Mwanaidi Shekilango"], quotes=[q("Omari Mbwambo", "Regional Commissioner")], note="Tanzania–Kenya border trade: relevant.")),
        (77114, "Tanga port receives first direct vessel from Oman in a decade", d(2020, 6, 1, 10, 30, 0, 3), "Mwanaidi Shekilango and Juma Kilindi",
         "<p>A cargo vessel from Sohar docked at Tanga on Monday, the first direct call from Oman in ten years. Tanzania Ports Authority’s Tanga port manager, Amina Kombo, described the call as “the beginning of a new trade corridor with the Gulf.”</p>",
         dict(authors=["Mwanaidi Shekilango", "Juma Kilindi"], note="New trade route with Oman: relevant (trade story, foreign partner is the point). 'described the call as “the beginning of …”' is a lower-case phrase from reported speech: no quote (root README; label corrected, see the set README).")),
        (77109, "Sisal farmers demand better prices", d(2020, 5, 31, 16, 45, 0, 3), "Juma Kilindi",
         "<p>Sisal growers in Muheza and Korogwe have asked the government to review farm-gate prices.</p>",
         dict(authors=["Juma Kilindi"], rel=False, note="Home agriculture: not relevant.")),
        (77101, "Tanzanian students in Wuhan appeal for evacuation", d(2020, 5, 30, 12, 0, 0, 3), "Mail Reporter",
         "<p>Tanzanian students still in Wuhan have appealed to the government to help them return home.</p><p>“Our embassy in Beijing is in daily contact with the students, and their safety is our first concern,” the Ministry of Foreign Affairs and East African Cooperation said in a statement.</p>",
         dict(authors=[], note="Consular case of citizens abroad: relevant. 'Mail Reporter' is a desk credit; the quoted statement is the ministry's (an organisation as speaker, no person): left unlabelled (no quotes key), so neither showing it with the ministry as speaker nor leaving it out is counted.")),
        (77095, "Cyclone leaves trail of destruction in Mozambique’s Cabo Delgado", d(2020, 5, 29, 9, 10, 0, 3), "Agencies",
         "<p>MAPUTO — Heavy rains and winds have destroyed thousands of homes in northern Mozambique, the national disaster agency said.</p><p>Photo: File</p>",
         dict(authors=[], junk=["Photo: File"], note="Disaster abroad: relevant. 'Agencies' is not a person.")),
        (77090, "ADVERTORIAL: Open your account with Usambara Bank today", d(2020, 5, 29, 8, 0, 0, 3), "Tanga Mail",
         "<p>Sponsored content. Visit any branch.</p>",
         dict(authors=[], story=False, rel=False, note="Advertorial/promo: non-story.")),
    ]
    items, exp = [], []
    for pid, title, date, by, body, kw in rows:
        link = f"{B}/{title.lower()[:24].replace(' ', '-').replace(',', '').replace('’', '')}/"
        items.append(wp_item(title, link, f"{B}/?p={pid}", date, [by], ["International"], body.split("</p>")[0].replace("<p>", "") + " [&#8230;]", body, comments=False))
        exp.append(it(f"{B}/?p={pid}", title, date, **kw))
    ch = wp_channel("International Archives - Tanga Mail", B + "/category/international/", "Tanga's daily", "en-US", d(2020, 6, 2, 14, 5, 0, 3), "https://wordpress.org/?v=5.4.1")
    return feed("en_tz_tangamail_international_wp54.rss.xml", wp_doc(ch, items), exp, lang="en", outlet="Tanga Mail",
                structure="Tanga (Tanzania) port daily, WordPress 5.4.1 with Yoast-style category title 'International Archives - Outlet' (2020); content:encoded, 'A and B' creator, desk credits 'Mail Reporter' and 'Agencies', advertorial.",
                notes="Home country: Tanzania.")


def iloilo():
    B = "https://www.panayherald.example"
    rows = [
        ("OFWs in Kuwait urged to register for repatriation", d(2017, 8, 21, 15, 0, 0, 8), "By Ma. Cristina Lopez",
         "ILOILO CITY – Overseas Filipino workers from Western Visayas stranded in Kuwait were urged to register with the Philippine Embassy for repatriation after an amnesty was announced.\n\n“We have 1,200 Ilonggos there and we want every one of them on the list,” said Labor Attaché Ramon Sulit.\n\nThe Overseas Workers Welfare Administration said flights would begin next week.",
         dict(authors=["Ma. Cristina Lopez"], quotes=[q("Ramon Sulit", "Labor Attaché")], note="Migrant workers abroad and the embassy: relevant.")),
        ("Dinagyang organizers eye bigger 2018 festival", d(2017, 8, 21, 9, 0, 0, 8), "By Jose Alvarez",
         "Organizers of the Dinagyang festival said they would expand next year’s program. “We want two more tribes,” said Iloilo Festivals Foundation president Allan Tolentino.",
         dict(authors=["Jose Alvarez"], rel=False, quotes=[q("Allan Tolentino", "Iloilo Festivals Foundation")], note="City festival: not relevant.")),
        ("China, ASEAN adopt South China Sea code framework", d(2017, 8, 6, 20, 0, 0, 8), "By Ma. Cristina Lopez and Reuters",
         "MANILA – Foreign ministers of China and the Association of Southeast Asian Nations adopted a framework for a code of conduct in the South China Sea on Sunday.\n\n“The framework is not the end; it is the start,” Department of Foreign Affairs spokesperson Rafael Dimaculangan said.",
         dict(authors=["Ma. Cristina Lopez"], quotes=[q("Rafael Dimaculangan", "Department of Foreign Affairs")], note="'and Reuters' is an agency, not a person. Role before the name, after the quotation.")),
        ("Ilonggo seaman among missing as cargo ship sinks off Japan", d(2017, 8, 20, 11, 0, 0, 8), "By Jose Alvarez",
         "A seaman from Guimbal, Iloilo is among 11 Filipino crew missing after a bulk carrier sank off Okinawa, the Department of Foreign Affairs said. His wife, Remedios Gallo, said: “He called us Thursday. He was happy.” The Japan Coast Guard is searching.",
         dict(authors=["Jose Alvarez"], quotes=[q("Remedios Gallo")], note="Shipwreck abroad with Filipino crew and the DFA involved: relevant. Told partly through a local family, but the sinking is the foreign event and the government is engaged (consular).")),
        ("VIDEO: Flood in Jaro district", d(2017, 8, 19, 17, 0, 0, 8), "Panay Herald TV",
         "Watch: floodwaters in Jaro after overnight rains.",
         dict(authors=[], story=False, rel=False, note="Video of home flooding: non-story.")),
        ("Vietnamese fishing boat rescued off Antique", d(2017, 8, 19, 8, 30, 0, 8), "By Jose Alvarez",
         "The Philippine Coast Guard rescued seven Vietnamese fishermen whose boat drifted off Antique. Coast Guard station commander Lt. Jerome Ladrido said the fishermen were weak but unhurt.\n\nVietnam’s embassy in Manila thanked the Coast Guard. “They will be sent home through the embassy,” the commander said.",
         dict(authors=["Jose Alvarez"], quotes=[q("Jerome Ladrido", "Philippine Coast Guard")], rel=False, note="Foreign fishermen rescued at home, their embassy sends them home: a home rescue with routine consular help, not relevant (rule C). Back-reference 'the commander said' to the station commander named a paragraph earlier.")),
    ]
    items, exp = [], []
    for n, (title, date, by, body, kw) in enumerate(rows):
        nid = 3301 - n
        link = f"{B}/node/{nid}"
        html = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
        more = '<p><a href="' + link + '">read more</a></p>'
        items.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{link}</link>\n  <description>{esc(html + more)}</description>\n  <pubDate>{rfc822(date)}</pubDate>\n  <dc:creator>{esc(by)}</dc:creator>\n  <guid isPermaLink=\"false\">{nid} at {B}</guid>\n</item>")
        exp.append(it(f"{nid} at {B}", title, date, **kw))
    head = f"<title>Panay Herald - Nation/World</title>\n<link>{B}/nation-world</link>\n<description></description>\n<language>en</language>\n<atom:link href=\"{B}/nation-world/feed\" rel=\"self\" type=\"application/rss+xml\"/>"
    return feed("en_ph_panayherald_nationworld_drupal7.rss.xml", plain_doc(head, items, decl="utf-8"), exp, lang="en", outlet="Panay Herald",
                structure="Iloilo (Philippines, Western Visayas) provincial daily, Drupal 7 views feed (2017): '<nid> at <base>' guids, escaped HTML with 'read more' link, 'By Name' creator, 'and Reuters', +0800 dates.",
                notes="Home country: Philippines.")


def moncton():
    B = "https://www.tideradio.example"
    rows = [
        ("2022-09-25", "Fiona: Ottawa sends military to Atlantic Canada", d(2022, 9, 25, 13, 0, 0, -3), "Tide Radio News",
         "The federal government is deploying Canadian Armed Forces members to Nova Scotia, P.E.I. and Newfoundland after post-tropical storm Fiona.", dict(authors=[], rel=False, note="Disaster at home: not relevant.")),
        ("2022-09-24", "Acadian singer stranded in Haiti after airport closes", d(2022, 9, 24, 10, 0, 0, -3), "Nathalie LeBlanc",
         "A Shediac singer on a charity tour is stuck in Port-au-Prince after fuel shortages closed the airport. Global Affairs Canada said it was aware of a Canadian citizen affected and was providing consular services. \"We just want her home,\" said her manager, Luc Cormier.",
         dict(authors=["Nathalie LeBlanc"], quotes=[q("Luc Cormier")], note="Consular case in Haiti's crisis: relevant. The manager has no stated organisation: speaker only.")),
        ("2022-09-23", "Canada, EU trade ministers meet on CETA seafood rules", d(2022, 9, 23, 16, 30, 0, -3), "Nathalie LeBlanc, with files from The Canadian Press",
         "Canada's trade minister met her EU counterpart in Halifax on Friday to discuss seafood rules under CETA. Lobster exporters hope for faster certification. \"Europe is our second market after the U.S.,\" said Gérald Arsenault, executive director of the Maritime Lobster Exporters' Council. \"Every week of delay costs us.\"",
         dict(authors=["Nathalie LeBlanc"], quotes=[q("Gérald Arsenault", "Maritime Lobster Exporters' Council")], note="'with files from The Canadian Press' is not a person. Canada–EU trade: relevant.")),
        ("2022-09-23", "Morning Show: your Fiona questions answered", d(2022, 9, 23, 7, 0, 0, -3), "Tide Radio",
         "Listen to the full segment from this morning's show.", dict(authors=[], story=False, rel=False, note="Radio segment/audio: non-story.")),
        ("2022-09-22", "Ukrainian newcomers find jobs at Caraquet fish plants", d(2022, 9, 22, 12, 0, 0, -3), "Marc-André Doiron",
         "Thirty Ukrainians who arrived under the emergency travel program are now working at fish plants on the Acadian Peninsula. \"They are good workers and they are safe here,\" plant owner Rémi Haché said.",
         dict(authors=["Marc-André Doiron"], rel=False, quotes=[q("Rémi Haché")], note="A foreign war told only through local newcomers and a local business: not relevant.")),
        ("2022-09-21", "Cuba's power grid collapses after Hurricane Ian", d(2022, 9, 28, 9, 0, 0, -3), "Tide Radio News",
         "Cuba's entire power grid went down after Hurricane Ian hit the west of the island, the country's electric utility said.", dict(authors=[], note="Disaster abroad: relevant. The guid's date part is older than the pubDate (slug reused).")),
    ]
    items, exp = [], []
    for n, (day, title, date, by, desc, kw) in enumerate(rows):
        guid = f"tide-{day}-{9940 - n}"
        link = f"{B}/news/{guid}"
        extra = f'\n  <media:thumbnail url="{B}/img/{guid}.jpg"/>'
        items.append(plain_item(title, link, guid, date, desc, creator=by, perma=False, extra=extra))
        exp.append(it(guid, title, date, **kw))
    head = (f"<title>News</title>\n<link>{B}/news</link>\n<description>Latest news</description>\n<language>en-ca</language>\n"
            f"<copyright>Copyright © 2022 Tide Radio Moncton. All rights reserved.</copyright>\n<ttl>5</ttl>")
    return feed("en_ca_nb_tideradio_news_brightspot.rss.xml", plain_doc(head, items), exp, lang="en", outlet="Tide Radio",
                aliases=["Tide Radio Moncton"],
                structure="Moncton (New Brunswick) radio newsroom, Brightspot-style feed (2022): section-only title 'News', brand only in copyright, desk credits, 'with files from The Canadian Press', media:thumbnail, -0300 dates.",
                notes="Home country: Canada.")


def bhubaneswar():
    B = "https://www.kalingaobserver.example"
    rows = [
        ("Odisha sailors held in Iran: MEA takes up case", d(2024, 1, 18, 18, 20, 0, 5.5), ["Subhashree Mohanty"],
         "<p><strong>Bhubaneswar:</strong> The Ministry of External Affairs has taken up with Tehran the case of six sailors from Ganjam held in Iran after their tanker was seized in the Gulf.</p><p>MEA spokesperson Arindam Rao said at the weekly briefing in New Delhi that the sailors were in good health.</p><p>“Our mission in Tehran has been granted consular access,” the official said.</p><p>The families met the Chief Minister on Thursday.</p>",
         dict(quotes=[q("Arindam Rao", "MEA")], note="Consular case, India–Iran: relevant. Back-reference 'the official said' to the spokesperson named in the paragraph before.")),
        ("Paradip port signs pact with Singapore operator", d(2024, 1, 18, 12, 0, 0, 5.5), ["Pradeep Kar", "Subhashree Mohanty"],
         "<p><strong>Paradip:</strong> Paradip Port Authority signed an agreement with a Singapore-based terminal operator to build a deep-draft berth.</p><p>The port’s chairman, Niranjan Dash, said: “This is the single largest foreign investment in an Odisha port.”</p>",
         dict(quotes=[q("Niranjan Dash", "Paradip Port Authority")], note="Foreign investment pact (India–Singapore) in a state port: relevant as trade story with a foreign partner. Borderline; the pact is the foreign event.")),
        ("Cold wave: schools shut in 11 districts", d(2024, 1, 17, 20, 0, 0, 5.5), ["Express News Service"],
         "<p>The State government ordered schools in 11 districts shut till Saturday.</p>", dict(authors=[], rel=False, note="Home weather: not relevant. Desk credit.")),
        ("Japan quake: Odia techies in Kanazawa safe, say families", d(2024, 1, 2, 11, 0, 0, 5.5), ["Pradeep Kar"],
         "<p>Families of three software engineers from Cuttack working in Kanazawa said they were safe after the Noto earthquake.</p><p>“He called at midnight, said the building shook for a full minute,” said Sarita Pattnaik, mother of one of them.</p>",
         dict(rel=False, quotes=[q("Sarita Pattnaik")], note="A foreign disaster told only through local families, no consular action: not relevant.")),
        ("India, Bangladesh agree on Bay of Bengal coastal shipping expansion", d(2024, 1, 16, 15, 0, 0, 5.5), ["PTI"],
         "<p><strong>New Delhi:</strong> India and Bangladesh agreed to add Dhamra and Paradip to the coastal shipping route.</p>", dict(authors=[], note="Agency credit only: []. Bilateral trade: relevant.")),
        ("Watch | Konark festival highlights", d(2024, 1, 15, 19, 0, 0, 5.5), ["Kalinga Observer Web Desk"],
         "<p>Video highlights of the dance festival.</p>", dict(authors=[], story=False, rel=False, note="Video: non-story. " + TL.format("Watch |"))),
    ]
    items, exp = [], []
    for n, (title, date, cr, body, kw) in enumerate(rows):
        aid = 1290411 - n * 13
        link = f"{B}/odisha/{aid}.html"
        kw.setdefault("authors", cr)
        items.append(wp_item(title, link, link, date, cr, ["World"], body.split("</p>")[0].replace("<p>", ""), body, comments=False,
                             media=f'<media:content url="{B}/images/{aid}.jpg" medium="image"><media:description type="plain"><![CDATA[File photo. (Photo | Express)]]></media:description></media:content>').replace('isPermaLink="false"', 'isPermaLink="true"'))
        exp.append(it(link, title, date, **kw))
    ch = wp_channel("The Kalinga Observer", B + "/", "Odisha's English daily", "en-IN", d(2024, 1, 18, 18, 30, 0, 5.5), "https://wordpress.org/?v=6.4.2")
    return feed("en_in_od_kalingaobserver_world_wpvip64.rss.xml", wp_doc(ch, items, ns=' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:media="http://search.yahoo.com/mrss/"'), exp,
                lang="en", outlet="The Kalinga Observer",
                structure="Bhubaneswar (Odisha state capital) daily on WordPress VIP 6.4 (2024); two dc:creator elements for co-authors, bold '<strong>Place:</strong>' datelines, desk and agency credits, media:content caption '(Photo | Express)'.",
                notes="Home country: India.")


def gothenburg():
    B = "https://www.portsignal.example"
    rows = [
        ("EU and US finalise Data Privacy Framework; Nordic startups relieved", d(2023, 7, 11, 9, 0, 0, 2), "Karin Lindqvist",
         "<p>The European Commission adopted its adequacy decision for the EU-US Data Privacy Framework on Monday. “It removes a legal cliff for every SaaS company selling across the Atlantic,” said Johan Ek, policy lead at the Swedish startup association Startup Väst.</p>",
         dict(authors=["Karin Lindqvist"], quotes=[q("Johan Ek", "Startup Väst")], note="EU–US data-transfer framework: relevant in a tech feed.")),
        ("Volvo Cars’ software unit opens Kraków hub", d(2023, 7, 10, 14, 0, 0, 2), "Anders Borg",
         "<p>Volvo Cars’ software arm is opening an engineering centre in Kraków with 300 staff.</p>", dict(authors=["Anders Borg"], rel=False, note="Business expansion: not relevant.")),
        ("Signal Weekly #212: RISC-V, ferry Wi-Fi and a new Rust release", d(2023, 7, 9, 8, 0, 0, 2), "Port Signal",
         "<p>This week’s roundup of links.</p>", dict(authors=[], story=False, rel=False, note="Newsletter roundup: non-story.")),
        ("Netherlands widens chip-tool export limits; Swedish suppliers assess impact", d(2023, 6, 30, 16, 0, 0, 2), "Karin Lindqvist and Anders Borg",
         "<p>The Dutch government published new export controls on advanced semiconductor equipment. “We are checking our order book line by line,” said Sofia Hägg, chief executive of the Gothenburg lithography-parts maker Kvarnlins AB.</p>",
         dict(authors=["Karin Lindqvist", "Anders Borg"], quotes=[q("Sofia Hägg", "Kvarnlins AB")], note="Export controls: relevant in a tech feed.")),
        ("Review: the Nordlys e-bike’s app is better than its brakes", d(2023, 6, 29, 10, 0, 0, 2), "Anders Borg",
         "<p>We rode it for a month.</p>", dict(authors=["Anders Borg"], rel=False, note="Product review: a story, not relevant.")),
        ("Join us at Port Signal Live, 14 September", d(2023, 6, 28, 9, 0, 0, 2), "Port Signal",
         "<p>Tickets for our conference are on sale.</p>", dict(authors=[], story=False, rel=False, note="Event promo: non-story.")),
    ]
    ents, exp = [], []
    for n, (title, date, by, body, kw) in enumerate(rows):
        slug = f"{date:%Y-%m-%d}-{n}"
        eid = f"{B}/{slug}/"
        upd = date.replace(hour=min(date.hour + 2, 23))
        auth = "".join(f"<author><name>{esc(a.strip())}</name></author>" for a in by.split(" and "))
        ents.append(f'<entry><title type="html">{esc(title)}</title><link href="{eid}" rel="alternate" type="text/html" title="{esc(title)}"/><published>{date.isoformat()}</published><updated>{upd.isoformat()}</updated><id>{eid}</id><content type="html" xml:base="{eid}">{esc(body)}</content>{auth}<summary type="html">{esc(body)}</summary></entry>')
        exp.append(it(eid, title, date, **kw))
    doc = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" ><generator uri="https://jekyllrb.com/" version="4.3.2">Jekyll</generator>'
           f'<link href="{B}/feed.xml" rel="self" type="application/atom+xml" /><link href="{B}/" rel="alternate" type="text/html" /><updated>2023-07-11T11:00:00+02:00</updated><id>{B}/feed.xml</id><title type="html">Port Signal</title><subtitle>Tech news from the west coast of Sweden</subtitle>'
           + "".join(ents) + "</feed>\n")
    return feed("en_tech_se_portsignal_jekyll.atom.xml", doc, exp, lang="en", outlet="Port Signal", shape="atom", topic="tech", ctype="application/atom+xml",
                structure="Gothenburg tech site, jekyll-feed Atom (2023) on one line: published and updated differ, one <author> per co-author, content and summary both HTML.",
                notes="Home country: Sweden. Tech feed: world-affairs weight only.")


def plymouth():
    B = "https://www.tamarmarine.example"
    rows = [
        ("Plankton survey finds warming shifts in Western Channel", d(2024, 4, 9, 10, 0, 0, 1), None,
         "New analysis of a 100-year plankton time series shows warm-water species moving north. \"We are seeing the Bay of Biscay arrive in Plymouth Sound,\" said Dr Hannah Yelland, who led the study.",
         dict(quotes=[q("Hannah Yelland")], rel=False, note="Science at home; 'who led the study' gives no affiliation.")),
        ("Institute joins UN Ocean Decade programme on deep-sea mining baselines", d(2024, 4, 5, 9, 30, 0, 1), None,
         "The laboratory will lead baseline surveys for the International Seabed Authority's negotiations on deep-sea mining rules. \"Governments cannot regulate what nobody has measured,\" said Professor Kwame Asante, Director of Science at Tamar Marine Laboratory.",
         dict(quotes=[q("Kwame Asante", "Tamar Marine Laboratory")], note="Intergovernmental negotiations (International Seabed Authority): relevant.")),
        ("Public lecture: Life in the rock pools", d(2024, 4, 4, 12, 0, 0, 1), None, "Free public lecture, 25 April, 7pm. Booking required.",
         dict(story=False, rel=False, note="Event: non-story.")),
        ("UK-Norway agreement on shared fish-stock science signed", d(2024, 3, 28, 15, 0, 0, 1), None,
         "A memorandum between UK and Norwegian marine institutes will pool stock-assessment data ahead of annual quota talks. Ingrid Solheim of Norway's Institute of Marine Research said the data would be \"open to both delegations\".",
         dict(note="Data for intergovernmental quota talks: relevant. 'said the data would be \"open to both delegations\"' is a lower-case phrase from reported speech: no quote (root README; label corrected, see the set README).")),
        ("Microplastic hotspot found off Cornish coast", d(2024, 3, 26, 10, 0, 0, 1), None, "Researchers report the highest microplastic counts recorded in UK inshore waters.",
         dict(rel=False, note="Home science: not relevant.")),
        ("Vacancy: Research vessel engineer", d(2024, 3, 25, 9, 0, 0, 1), None, "We are recruiting. Closing date 15 April.",
         dict(story=False, rel=False, note="Job advert: non-story.")),
    ]
    items, exp = [], []
    for title, date, _a, desc, kw in rows:
        link = f"{B}/news/{title.lower().split(':')[0][:28].replace(' ', '-')}"
        footer = " Media contact: press@tamarmarine.example"
        items.append(plain_item(title, link, link, date, desc + footer))
        exp.append(it(link, title, date, junk=["Media contact: press@tamarmarine.example"], **kw))
    head = (f"<title>Tamar Marine Laboratory - News</title>\n<link>{B}/news</link>\n<description>News from the Tamar Marine Laboratory, Plymouth</description>\n<language>en-gb</language>")
    return feed("en_science_tamarmarine_news_craft.rss.xml", plain_doc(head, items), exp, lang="en", outlet="Tamar Marine Laboratory", topic="science",
                structure="Plymouth marine laboratory news feed from Craft CMS (2024): no authors, +0100 dates, 'Media contact:' footer appended to every description, lecture and vacancy.",
                notes="Home country: United Kingdom. Science feed: world-affairs weight only.")


FEEDS = [mobilebay, portvila, peterhead, jaffna, tanga, iloilo, moncton, bhubaneswar, gothenburg, plymouth]
