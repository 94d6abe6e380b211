# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English broadcaster feeds of the sixty-fifth held-out set (list P): eight station news desks,
a Bozeman tech podcast site and a Flagstaff observatory press office."""
from h65 import TL, atom_head, bc, box, build_feed, d, enclosure, fig, h, jw, listen, media, p, plain_head, promo, q, rel, stamp, transcript, wp_head, yt


def bendigo():
    B = "https://goldfieldsradio.example"
    rows = [
        ("China lifts barley tariffs: Loddon growers ready first cargoes in three years", d(2023, 8, 7, 16, 40, 0, 10), "Bree Cattanach", ["News", "Rural"],
         stamp("Posted Mon 7 Aug 2023 at 4:40pm")
         + p("Grain growers across the Loddon Mallee say they expect the first barley shipments to China in three years to leave Geelong before harvest, after Beijing dropped the 80.5 per cent tariffs it imposed in 2020.",
             "\"It's the market we built our rotations around, and for three years it just vanished,\" said Ross Trewhella, who crops 2,400 hectares near Pyramid Hill and chairs the Northern Victoria Grain Growers Group.",
             "The federal government agreed in April to suspend its World Trade Organization case against China while Beijing reviewed the duties.")
         + listen("Listen: Ross Trewhella spoke to Goldfields Mornings presenter Fiona Pettit", B + "/audio/2023/08/trewhella.mp3", "6:12")
         + rel("More from Goldfields Radio:", ["Wine exporters still waiting on China review", "Harvest outlook: dry spring forecast"], B + "/news"),
         dict(quotes=[q("Ross Trewhella", "Northern Victoria Grain Growers Group")], junk=["Posted Mon 7 Aug 2023", "Listen: Ross Trewhella spoke", "More from Goldfields Radio"],
              note="Australia–China trade dispute ends for barley: relevant. The reporter is the byline; the presenter named in the 'Listen' block is not an author.")),
        ("Bendigo family says son safe after Maui fires destroyed his Lahaina rental", d(2023, 8, 11, 9, 5, 0, 10), "Jarrod Hocking", ["News"],
         stamp("Posted Fri 11 Aug 2023 at 9:05am, updated Fri 11 Aug 2023 at 11:30am")
         + p("A Kangaroo Flat family has heard from their son, a surf instructor in Lahaina, after wildfires on the Hawaiian island of Maui killed at least 55 people and razed the historic town.",
             "\"He rang at 3am our time from a shelter in Kahului and said he'd lost everything but his phone,\" his mother Leanne Doble said.",
             "The Department of Foreign Affairs and Trade said it was providing consular assistance to Australians affected by the fires.")
         + fig(B + "/img/2023/08/lahaina.jpg", "Smoke over Lahaina on Tuesday.", "(Supplied: Kyle Doble)"),
         dict(quotes=[q("Leanne Doble")], junk=["Posted Fri 11 Aug 2023", "(Supplied: Kyle Doble)"],
              note="A deadly wildfire abroad (55 dead) told through a local family: relevant under rule D (the disaster is the news; the son is safe, so rule C(c) alone would not decide it).")),
        ("Breakfast with Dom and Kirsty: Thursday 10 August", d(2023, 8, 10, 9, 0, 0, 10), "Breakfast with Dom and Kirsty", ["Programs", "Breakfast"],
         p("Today on the show: the Bendigo Art Gallery's winter blockbuster, footy tipping and your favourite roadside bakery.")
         + listen("Listen to the full program", B + "/audio/2023/08/breakfast-0810.mp3", "2:58:40"),
         dict(authors=[], story=False, rel=False, x=enclosure(B + "/audio/2023/08/breakfast-0810.mp3", "audio/mpeg", "171234567"), note="Full program episode with an audio enclosure: non-story.")),
        ("Council backs plan to reopen Bendigo's Tramways depot to visitors", d(2023, 8, 9, 15, 20, 0, 10), "Jarrod Hocking", ["News"],
         stamp("Posted Wed 9 Aug 2023 at 3:20pm")
         + p("The City of Greater Bendigo will spend $1.2 million restoring the 1903 tram depot after councillors voted 7-2 to back the plan.",
             "\"The depot is part of the city's story,\" said Cr Wendy Marriott-Hack."),
         dict(rel=False, quotes=[q("Wendy Marriott-Hack", "City of Greater Bendigo")], note="Local council news: not relevant.")),
        ("Niger coup: Australian aid group pulls staff from Niamey", d(2023, 8, 8, 12, 15, 0, 10), ["Bree Cattanach", "AAP"], ["News", "World"],
         stamp("Posted Tue 8 Aug 2023 at 12:15pm")
         + p("A Castlemaine-based water charity has moved its three Australian staff out of Niger after the military takeover in Niamey, as West African leaders weigh an armed intervention to restore the ousted government.",
             "\"We have forty local staff still there and we will keep paying them,\" said Helen Morcom, director of Wells for the Sahel.",
             "Smartraveller advises Australians not to travel to Niger.")
         + promo("Goldfields Radio 91.9 FM — your local news on the hour, every hour."),
         dict(authors=["Bree Cattanach"], quotes=[q("Helen Morcom", "Wells for the Sahel")], junk=["your local news on the hour"], note="Coup abroad and nationals withdrawn: relevant (rule C(c)). AAP is an agency, not an author.")),
        ("WIN a double pass to the Bendigo Blues and Roots Festival", d(2023, 8, 6, 10, 0, 0, 10), "Goldfields Radio", ["Competitions"],
         p("Listen to Drive with Sam Pell this week for your chance to win. Terms and conditions apply."),
         dict(authors=[], story=False, rel=False, note="Competition: non-story.")),
    ]
    head = wp_head("News – Goldfields Radio 91.9", B + "/category/news", "Bendigo and central Victoria's local radio", "en-AU", d(2023, 8, 11, 11, 35, 0, 10), "6.2.2")
    return build_feed("en_au_vic_goldfieldsradio_news_wp62.rss.xml", "wp", B, head, rows, outlet="Goldfields Radio 91.9", aliases=["Goldfields Radio"],
                      structure="Bendigo (Victoria) regional radio station, WordPress 6.2.2 (2023) 'News' feed: 'Posted … at 4:40pm, updated …' line first, 'Listen:' audio blocks naming the presenter, '(Supplied: …)' captions, station promo line, 'More from Goldfields Radio:' list; program episodes (with enclosure) and competitions in the same feed; dc:creator 'AAP' beside a reporter; items not in date order.",
                      notes="Home country: Australia.")


def macon():
    B = "https://www.41centralga.example"
    rows = [
        ("Robins AFB airmen deploy to Poland as NATO bolsters eastern flank", d(2022, 3, 3, 18, 22, 0, -5), "Tanya Wheeler", ["News", "Military"],
         bc("6299011847001")
         + p("WARNER ROBINS, Ga. (41NBC) — About 120 airmen from Robins Air Force Base left for Poland on Thursday, part of the U.S. build-up on NATO's eastern flank after Russia's invasion of Ukraine.",
             "\"They trained for exactly this,\" said Col. Renata Pike, commander of the 461st Air Control Wing. \"Their families should be proud.\"",
             "The wing flies the E-8C JSTARS surveillance aircraft.")
         + p("<em>Copyright 2022 41 Central Georgia. All rights reserved.</em>"),
         dict(quotes=[q("Renata Pike", "461st Air Control Wing")], junk=["Copyright 2022 41 Central Georgia"], note="U.S. deployment to NATO's flank over the war in Ukraine: relevant. The dateline's station tag '(41NBC)' is not story text.")),
        ("WATCH: Ukrainian church in Macon holds prayer vigil", d(2022, 3, 2, 21, 10, 0, -5), "41NBC Newsroom", ["Video"],
         bc("6299004410001") + p("Members of St. Volodymyr's parish gathered Wednesday night. Watch the full report from 41NBC News at 6."),
         dict(authors=[], story=False, rel=False, note="Video-only item ('WATCH:' title, one line): non-story.")),
        ("Macon-Bibb commissioners approve $18M for Second Street corridor", d(2022, 3, 2, 17, 45, 0, -5), "Marcus Ellery", ["News", "Local"],
         bc("6298997203001")
         + p("MACON, Ga. (41NBC) — Macon-Bibb County commissioners voted 7-1 on Tuesday to fund the next phase of the Second Street corridor project.",
             "\"This connects downtown to the neighborhoods that have been cut off for decades,\" said Commissioner Darnell Ashby."),
         dict(rel=False, quotes=[q("Darnell Ashby", "Macon-Bibb County")], note="County government: not relevant.")),
        ("Georgia peanut exporters watch Black Sea shipping as war hits grain markets", d(2022, 3, 1, 19, 30, 0, -5), ["Marcus Ellery", "Tanya Wheeler"], ["News", "Business"],
         bc("6298990012001")
         + p("MACON, Ga. (41NBC) — Commodity prices jumped this week as shipping in the Black Sea stalled, and Middle Georgia farmers say fertilizer costs are the bigger worry.",
             "\"Russia is one of the biggest fertilizer exporters in the world. We'll feel it at planting,\" said Dwayne Hollis, a Houston County peanut grower.",
             "Ukraine and Russia together supply close to a third of the world's wheat exports.")
         + rel("RELATED STORIES", ["Gas prices top $3.70 in Macon", "Georgia lawmakers pull Russian vodka"], B + "/news"),
         dict(quotes=[q("Dwayne Hollis")], junk=["RELATED STORIES"], note="World prices hit by the war in Ukraine: relevant. Speaker described only as a grower; no affiliation.")),
        ("First Alert Weather: Storms possible Thursday afternoon", d(2022, 3, 1, 6, 0, 0, -5), "Chief Meteorologist Ken Brumby", ["Weather"],
         bc("6298981100001") + p("A line of storms could bring gusty winds to Middle Georgia after 2 p.m."),
         dict(authors=[], story=False, rel=False, note="Routine weather forecast video: non-story (forecast).")),
        ("Mercer graduate student from Kyiv describes family's escape to Moldova", d(2022, 2, 28, 22, 0, 0, -5), "Tanya Wheeler", ["News"],
         bc("6298970077001")
         + p("MACON, Ga. (41NBC) — A Mercer University doctoral student from Kyiv says her mother and younger brother reached Moldova on Sunday after two days on the road.",
             "\"My brother is 17. Next year he would not be allowed to leave,\" said Olena Marchuk, who studies pharmacology at Mercer.")
         + transcript(["TANYA WHEELER: Olena has not slept much since Thursday.", "OLENA MARCHUK: I watch the map all night."]),
         dict(quotes=[q("Olena Marchuk", "Mercer University")], junk=["TANYA WHEELER:", "I watch the map all night"], rel=False, note="A war abroad told through a diaspora member at home whose family is not national: not relevant, the shape the consular survey labels N (docs/labelling_consular_disasters.md: Lebanese Americans in L.A. after the Beirut blast). Arguable. The broadcast transcript is not story text.")),
    ]
    head = plain_head("41 Central Georgia - News", B, "Macon, Warner Robins and Middle Georgia news from 41NBC", "en-us", d(2022, 3, 3, 18, 30, 0, -5), "Copyright 2022 41 Central Georgia", "Arc XP")
    return build_feed("en_us_ga_41centralgeorgia_news_arcxp22.rss.xml", "plain", B, head, rows, outlet="41 Central Georgia", aliases=["41NBC"],
                      structure="Macon (Georgia) TV station, Arc XP-style RSS (2022): every item opens with a Brightcove player iframe, datelines 'MACON, Ga. (41NBC) —', copyright tail, 'RELATED STORIES' list, a broadcast transcript block; video-only 'WATCH:' items and a weather forecast by the chief meteorologist in the same feed; two dc:creator.",
                      notes="Home country: United States.")


def amarillo():
    B = "https://www.panhandle7news.example"
    rows = [
        ("NEWS 7 | Pantex workers to help inspect warhead dismantlement under new U.S.-Russia talks", d(2019, 6, 12, 17, 5, 0, -5), "Cody Ramsland", ["Local News", "National"],
         jw("Fq3ZpX1a", "Video: NEWS 7's Cody Ramsland reports from Carson County")
         + p("AMARILLO, Texas (KPHN) — Technicians from the Pantex Plant could be part of verification teams if the United States and Russia agree to extend the New START treaty, a plant official said Wednesday.",
             "\"Our people know these systems better than anyone,\" said Larissa Odom, a spokesperson for Consolidated Nuclear Security, which runs Pantex.",
             "The treaty, which limits deployed strategic warheads, expires in February 2021.")
         + p("Copyright 2019 KPHN. All rights reserved."),
         dict(t="Pantex workers to help inspect warhead dismantlement under new U.S.-Russia talks", quotes=[q("Larissa Odom", "Consolidated Nuclear Security")], junk=["Video: NEWS 7's Cody Ramsland", "Copyright 2019 KPHN"],
              note="U.S.–Russia arms control: relevant. " + TL.format("NEWS 7 |"))),
        ("NEWS 7 | Canyon ISD names new superintendent", d(2019, 6, 12, 11, 30, 0, -5), "Aubrey Salas", ["Local News"],
         jw("Gk2LmQ8b") + p("CANYON, Texas (KPHN) — The Canyon ISD board named Dr. Melvin Tarr as lone finalist for superintendent on Tuesday night, after a four-month search that drew 31 applicants.", "Tarr is currently deputy superintendent in Lubbock-Cooper ISD. State law requires a 21-day wait before the board can vote to hire him.", "The district, one of the fastest-growing in the Panhandle, opens two new elementary schools in August."),
         dict(t="Canyon ISD names new superintendent", rel=False, note="School board: not relevant. " + TL.format("NEWS 7 |"))),
        ("Mexico tariff deal: Panhandle cattle feeders relieved", d(2019, 6, 10, 18, 0, 0, -5), "Aubrey Salas", ["Local News", "Agriculture"],
         jw("Hb7NnR2c", "Video: cattle feeders react")
         + p("AMARILLO, Texas (KPHN) — Panhandle feedlot operators say they are relieved the White House dropped its threatened 5% tariff on Mexican imports after Mexico agreed to step up immigration enforcement.",
             "\"Mexico is our number one customer for beef. A trade fight would have hit us first,\" said Dale Finstad, president of the Texas Panhandle Feeders Association."),
         dict(quotes=[q("Dale Finstad", "Texas Panhandle Feeders Association")], junk=["Video: cattle feeders react"], note="U.S.–Mexico tariff and migration deal: relevant.")),
        ("LIVE: NEWS 7 at 10 for Monday, June 10", d(2019, 6, 10, 22, 0, 0, -5), "KPHN", ["Newscasts"],
         jw("Jc1QwE4d") + p("Watch the full NEWS 7 at 10 newscast."),
         dict(authors=[], story=False, rel=False, x=media("https://cdn.jwplayer.example/videos/Jc1QwE4d.mp4", "video/mp4", "1694"), note="Full newscast video: non-story.")),
        ("Sudan crackdown: Amarillo's Sudanese community rallies at Ellwood Park", d(2019, 6, 9, 19, 45, 0, -5), "Cody Ramsland", ["Local News"],
         jw("Kd5RtY6e")
         + p("AMARILLO, Texas (KPHN) — More than 200 people gathered Sunday to call for an end to violence in Sudan, where security forces killed dozens of protesters when they broke up a sit-in in Khartoum on June 3.",
             "\"Our brothers and sisters were shot for asking for a civilian government,\" said Amna Elnour, an organizer with the Sudanese American Association of Amarillo.")
         + p("<strong>Posted:</strong> Jun 9, 2019 / 07:45 PM CDT <strong>Updated:</strong> Jun 9, 2019 / 09:12 PM CDT"),
         dict(quotes=[q("Amna Elnour", "Sudanese American Association of Amarillo")], junk=["Jun 9, 2019 / 09:12 PM CDT"], rel=False, note="A diaspora rally at home about a crackdown abroad: not relevant, the shape the consular survey labels N (the Scots vigil for Christchurch). Arguable: the body names the Khartoum killings.")),
        ("Sod Poodles walk off Frisco in 11th", d(2019, 6, 8, 23, 10, 0, -5), "Trey Gaskill", ["Sports"],
         jw("Le9TyU7f") + p("AMARILLO, Texas (KPHN) — The Amarillo Sod Poodles beat the Frisco RoughRiders 5-4 in 11 innings on Saturday night at Hodgetown, on a two-out single up the middle.", "A crowd of 7,112 stayed to the end. The Sod Poodles lead the Texas League South by two games.") + p("<strong>Posted:</strong> Jun 8, 2019 / 11:10 PM CDT"),
         dict(rel=False, junk=['Jun 8, 2019 / 11:10 PM CDT'], note="Home sport: not relevant.")),
    ]
    head = plain_head("KPHN NEWS 7 Amarillo", B, "Amarillo and the Texas Panhandle", "en-US", d(2019, 6, 12, 17, 10, 0, -5), "Copyright 2019 KPHN", "Nexstar-style WordPress VIP export")
    return build_feed("en_us_tx_panhandle7news_news_jw19.rss.xml", "plain", B, head, rows, outlet="KPHN NEWS 7", aliases=["NEWS 7", "KPHN"],
                      structure="Amarillo (Texas) TV station, plain RSS with content:encoded (2019): station brand 'NEWS 7 |' before some titles, JW Player div+script embeds with italic 'Video:' captions, '(KPHN) —' datelines, 'Posted: … Updated: …' line at the end, a full newscast item with media:content.",
                      notes="Home country: United States.")


def invercargill():
    B = "https://southlandfm.example"
    rows = [
        ("Tiwai smelter: Rio Tinto talks with Meridian stall as Australian parent reviews assets", d(2020, 7, 9, 15, 30, 0, 12), "Hemi Rangiwai", ["News", "Business"],
         p("Talks over the power price for the Tiwai Point aluminium smelter have stalled, and its majority owner, Anglo-Australian miner Rio Tinto, says it is reviewing its worldwide aluminium assets.",
           "\"A thousand Southland jobs hang on a decision being made in London and Melbourne,\" said Helena Tuiasau, chief executive of Great South, the regional development agency.")
         + listen("Listen: Helena Tuiasau on Southland Mornings with Pete Tuhi", B + "/audio/tuiasau-090720.mp3", "8:40"),
         dict(rel=False, quotes=[q("Helena Tuiasau", "Great South")], junk=["Listen: Helena Tuiasau on Southland Mornings"],
              note="A foreign company's review of a home plant: home economy, not world affairs. Not relevant (arguable: the owner is foreign, but no state or foreign event is involved).")),
        ("Southland Mornings podcast: 9 July 2020", d(2020, 7, 9, 12, 0, 0, 12), "Pete Tuhi", ["Podcasts"],
         p("Pete Tuhi talks Tiwai, Stags rugby and the winter roads.") + listen("Play episode", B + "/audio/sm-090720.mp3", "52:11"),
         dict(authors=[], story=False, rel=False, x='<link rel="enclosure" type="audio/mpeg" length="50123456" href="https://southlandfm.example/audio/sm-090720.mp3"/>', note="Podcast episode: non-story. The presenter is not a story author.")),
        ("Kiwis stuck in India: Southland family finally on repatriation flight", d(2020, 7, 8, 18, 10, 0, 12), "Aroha Matthews", ["News", "World"],
         p("A Gore couple who spent four months in Punjab under India's coronavirus lockdown are on an Air India repatriation flight to Auckland after the Ministry of Foreign Affairs and Trade secured seats.",
           "\"We were on the list for weeks. When the email came we cried,\" said Harpreet Sandhu.",
           "They will spend 14 days in managed isolation in Auckland.")
         + p("<em>- Southland FM / RNZ</em>"),
         dict(quotes=[q("Harpreet Sandhu")], junk=["Southland FM / RNZ"], note="Repatriation flight arranged by the home government during an epidemic abroad: relevant (rule C(b)/(c)).")),
        ("Hong Kong security law: Southland students told to take care", d(2020, 7, 7, 16, 0, 0, 12), "Aroha Matthews", ["News", "World"],
         p("The Southern Institute of Technology says it has contacted its 14 students from Hong Kong after China's new national security law came into force.",
           "\"We have told them that their studies here are safe and that we will support them,\" said Kieran Doyle, international director at the Southern Institute of Technology.",
           "New Zealand's foreign minister said the government was reviewing its relationship with Hong Kong, including extradition.")
         + p("<em>Updated 4.40pm</em>"),
         dict(quotes=[q("Kieran Doyle", "Southern Institute of Technology")], junk=["Updated 4.40pm"], note="China's Hong Kong security law and New Zealand's response: relevant.")),
        ("Invercargill City Council delays rates decision", d(2020, 7, 6, 17, 0, 0, 12), "Hemi Rangiwai", ["News"],
         p("Councillors will meet again next week after failing to agree on a 4.9 percent rates rise, with the city's museum redevelopment and the Otepuni Creek stormwater upgrade the main sticking points.", "Staff had recommended 4.9 percent; three councillors want the museum work deferred to hold the rise under 3 percent.", "\"We are not there yet,\" said councillor Graeme Halligan."),
         dict(rel=False, quotes=[q("Graeme Halligan", "Invercargill City Council")], note="Local council: not relevant.")),
        ("Morning news bulletin 7am", d(2020, 7, 6, 7, 0, 0, 12), "Southland FM Newsroom", ["Bulletins"],
         p("Headlines: rates, frost and the Stags squad.") + listen("Listen to the bulletin", B + "/audio/bulletin-0700.mp3", "3:05"),
         dict(authors=[], story=False, rel=False, note="Audio news bulletin (headlines only): non-story.")),
    ]
    head = atom_head("Southland FM — News", B, "Invercargill and Southland's local station", d(2020, 7, 9, 15, 35, 0, 12), "© 2020 Southland FM Ltd", "Southland FM CMS", "Southland FM Newsroom")
    return build_feed("en_nz_southlandfm_news_atom20.atom.xml", "atom", B, head, rows, outlet="Southland FM", path="news",
                      structure="Invercargill (New Zealand) radio station, Atom feed from a custom CMS (2020), +12:00: 'Listen:' blocks naming the presenter, italic '- Southland FM / RNZ' credit tails and 'Updated 4.40pm' notes; podcast episode with a rel=enclosure link, hourly bulletin item; the feed-level author is the newsroom.",
                      notes="Home country: New Zealand.")


def nelspruit():
    B = "https://lowveldcommunityradio.example"
    rows = [
        ("Mozambique insurgency: Lowveld truckers halt Cabo Delgado runs after convoy attack", d(2021, 3, 29, 14, 30, 0, 2), "Thandeka Mkhatshwa", ["News"],
         p("Transport companies in Mbombela have stopped sending trucks to northern Mozambique after insurgents overran the town of Palma, where dozens of people including foreign workers were killed.",
           "\"We have eleven drivers who were due in Mocímboa this week. We told them to turn back at Pemba,\" said Jacobus Venter, owner of Venter Cross-Border Logistics.",
           "The Department of International Relations and Cooperation said it was working to locate South Africans in Palma.")
         + yt("a1B2c3D4e5F", "LCR News: truckers on Palma attack")
         + p("<strong>Follow Lowveld Community Radio on Facebook and tune in on 98.2 FM.</strong>"),
         dict(quotes=[q("Jacobus Venter", "Venter Cross-Border Logistics")], junk=["Follow Lowveld Community Radio", "tune in on 98.2 FM"], note="Insurgent attack abroad with South Africans among those affected; DIRCO working to locate them: relevant.")),
        ("LCR Sports Wrap: TS Galaxy hold Chiefs", d(2021, 3, 28, 20, 0, 0, 2), "Sipho Nkosi", ["Sport"],
         yt("f6G7h8I9j0K", "LCR Sports Wrap") + p("Watch Sipho Nkosi's weekly wrap."),
         dict(authors=[], story=False, rel=False, note="Weekly sports video show: non-story. The presenter is not an author.")),
        ("Mbombela taxi rank to reopen after two-week strike", d(2021, 3, 27, 12, 15, 0, 2), "Lindiwe Mahlangu", ["News"],
         p("The Mbombela taxi rank reopened on Saturday after the municipality and the local taxi association reached an agreement.",
           "\"Commuters can come back,\" said Petros Shabangu, chairperson of the Mbombela Taxi Association."),
         dict(rel=False, quotes=[q("Petros Shabangu", "Mbombela Taxi Association")], note="Local: not relevant.")),
        ("Eswatini border at Jeppe's Reef reopens as Mbabane eases Covid rules", d(2021, 3, 26, 10, 0, 0, 2), "Lindiwe Mahlangu", ["News"],
         p("The Jeppe's Reef border post into Eswatini reopened on Friday after the kingdom eased its Covid-19 restrictions, ending a year of detours for cross-border traders.",
           "\"We are happy but we are still waiting to hear about the testing fees,\" said Nomsa Dlamini, a trader from Schoemansdal.",
           "South Africa's Border Management Authority said travellers would still need a negative test.")
         + fig(B + "/wp-content/uploads/2021/03/jeppes.jpg", "Queues at Jeppe's Reef.", "Photo: LCR"),
         dict(quotes=[q("Nomsa Dlamini")], junk=["Photo: LCR"], note="Border reopening between two states: relevant.")),
        ("Job opportunity: LCR is looking for a news reader (isiSwati)", d(2021, 3, 25, 9, 0, 0, 2), "LCR Admin", ["Vacancies"],
         p("Send your CV and a voice clip by 9 April."),
         dict(authors=[], story=False, rel=False, note="Vacancy: non-story.")),
        ("Zimbabwe fuel shortage sends Mbombela motorists to pumps as smuggling suspected", d(2021, 3, 24, 16, 45, 0, 2), "Thandeka Mkhatshwa", ["News"],
         p("Fuel stations along the N4 report long queues of Mozambican- and Zimbabwean-registered vehicles.", "\"People fill drums and cross,\" said a station manager in Kanyamazane who asked not to be named."),
         dict(rel=False, note="Local fuel queues; the foreign link is speculation: not relevant (arguable). The quote's speaker is unnamed: no quote label.")),
    ]
    head = wp_head("News Archives - Lowveld Community Radio", B + "/category/news", "Your voice in Mbombela", "en-ZA", d(2021, 3, 29, 14, 35, 0, 2), "5.7")
    return build_feed("en_za_mp_lowveldcommunityradio_news_wp57.rss.xml", "wp", B, head, rows, outlet="Lowveld Community Radio", aliases=["LCR"],
                      structure="Mbombela/Nelspruit (Mpumalanga) community radio and web-TV station, WordPress 5.7 (2021) 'News Archives - Site' feed: YouTube oEmbed figures, bold 'Follow … tune in on 98.2 FM' tails, 'Photo: LCR' captions, a sports video show and a vacancy in the news category.",
                      notes="Home country: South Africa.")


def gulu():
    B = "https://acholifm.example"
    rows = [
        ("South Sudan refugees: UNHCR cuts food rations in Adjumani and Kiryandongo", d(2024, 5, 14, 13, 0, 0, 3), "Okello Denis", ["News", "Regional"],
         stamp("Published on: May 14, 2024, 1:00 pm EAT")
         + p("The UN refugee agency and the World Food Programme have cut rations for South Sudanese refugees in northern Uganda to 30 percent of a full basket, citing a funding shortfall.",
             "\"A mother with five children is getting four kilos of maize for a month. This will push people back across the border,\" said Akello Grace Atim, a refugee welfare council leader in Pagirinya settlement.",
             "Uganda hosts more than 1.5 million refugees, the largest number in Africa.")
         + listen("LISTEN: Akello Grace Atim speaking on Acholi FM's Kwo Pa Lobo", B + "/audio/2024/05/atim.mp3", "04:48"),
         dict(quotes=[q("Akello Grace Atim", "refugee welfare council")], junk=["Published on: May 14, 2024", "LISTEN: Akello Grace Atim"], note="International refugee aid cuts for refugees from South Sudan: relevant.")),
        ("Gulu City council passes 2024/25 budget", d(2024, 5, 13, 17, 20, 0, 3), "Aber Lillian", ["News"],
         stamp("Published on: May 13, 2024, 5:20 pm EAT") + p("Gulu City council on Monday passed a budget of Shs 48 billion for the 2024/25 financial year, with almost a third going to roads and drainage in Laroo-Pece and Bardege-Layibi divisions.", "Councillors from Bardege-Layibi walked out briefly over the allocation for street lights.", "\"Roads come first,\" said deputy mayor Ojok Samuel."),
         dict(rel=False, quotes=[q("Ojok Samuel", "Gulu City")], note="Local government: not relevant.")),
        ("Mpox in DR Congo: health officials step up screening at Mpondwe and Bunagana borders", d(2024, 5, 12, 10, 30, 0, 3), ["Okello Denis", "Aber Lillian"], ["News", "Health"],
         stamp("Published on: May 12, 2024, 10:30 am EAT")
         + p("Uganda's Ministry of Health has posted extra screening teams at border crossings in Kasese and Kisoro districts as an mpox outbreak in eastern DR Congo, which has killed hundreds of people this year, spreads towards North Kivu's border towns.",
             "\"Anyone with a rash and fever coming from Congo will be isolated at Bwera hospital,\" said Dr. Opio Julius, the Rwenzori regional surveillance focal person.")
         + yt("Zx9Yw8Vu7Ts", "Acholi FM News: mpox screening"),
         dict(quotes=[q("Opio Julius", "Rwenzori regional surveillance")], note="Deadly epidemic abroad and border measures: relevant.")),
        ("Mega Breakfast Show: guests this week", d(2024, 5, 11, 8, 0, 0, 3), "Acholi FM", ["Shows"],
         p("Join Lakony Moses and DJ Pinto every morning from 6am.") + p("Call in on 0772 000 000."),
         dict(authors=[], story=False, rel=False, note="Programme promo: non-story.")),
        ("Kenya floods: Ugandan truck drivers stranded at Malaba as Mombasa road cut", d(2024, 5, 10, 15, 0, 0, 3), "Okello Denis", ["News", "Regional"],
         stamp("Published on: May 10, 2024, 3:00 pm EAT")
         + p("Hundreds of Ugandan truck drivers are stuck on the Kenyan side of Malaba after floods that have killed more than 200 people in Kenya washed away sections of the Northern Corridor.",
             "\"We sleep in the cabins and food is finished,\" said driver Komakech Richard, who was hauling fuel to Gulu."),
         dict(quotes=[q("Komakech Richard")], note="Deadly floods abroad (rule D) with nationals stranded: relevant.")),
        ("Gulu United beat Kitara in Uganda Premier League", d(2024, 5, 9, 19, 0, 0, 3), "Oryem Patrick", ["Sports"],
         p("A late goal from striker Opiyo Brian gave Gulu United a 1-0 win over Kitara at Pece War Memorial Stadium on Thursday, lifting the side out of the relegation places with three matches left.", "Kitara had a penalty saved in the first half."), dict(rel=False, note="Home sport: not relevant.")),
    ]
    head = wp_head("Acholi FM 102.1", B, "The voice of Acholi sub-region", "en-UG", d(2024, 5, 14, 13, 5, 0, 3), "6.5.3")
    return build_feed("en_ug_acholifm_news_wp65.rss.xml", "wp", B, head, rows, outlet="Acholi FM", aliases=["Acholi FM 102.1"],
                      structure="Gulu (northern Uganda) FM station, WordPress 6.5.3 (2024): 'Published on: …, 1:00 pm EAT' line first, 'LISTEN:' audio blocks naming the programme, YouTube embeds, Ugandan name order (surname first) in dc:creator, a show promo.",
                      notes="Home country: Uganda.")


def penang():
    B = "http://www.pulaufm.example"
    rows = [
        ("US-North Korea summit: Penang chef cooks for delegations in Singapore", d(2018, 6, 12, 14, 20, 0, 8), "Lim Siew Ling", ["News"],
         p("A chef from Tanjung Tokong is among the kitchen staff at the Capella hotel on Sentosa, where the leaders of the United States and North Korea met on Tuesday and signed a joint statement committing Pyongyang to work towards the denuclearisation of the Korean peninsula.",
           "Wisma Putra said Malaysia welcomed the outcome and would reopen talks on its embassy in Pyongyang, closed since 2017.",
           "\"We were told nothing, only to prepare for two hundred people,\" said Ahmad Faizal Rosli, sous-chef at the hotel.")
         + p("<em>Pulau FM 89.5 — Suara Pulau Pinang</em>"),
         dict(quotes=[q("Ahmad Faizal Rosli")], junk=["Suara Pulau Pinang"], note="The US–North Korea summit and Malaysia's reaction: relevant (the summit is the news; the chef is the local angle). Arguable. The hotel is not named in the quote's sentence: no affiliation.")),
        ("Pulau FM Pagi: Selasa 12 Jun", d(2018, 6, 12, 9, 0, 0, 8), "Pulau FM", ["Programmes"],
         p("Catch up on this morning's show with Kak Yati and Shah.") + listen("Dengar / Listen", B + "/podcast/pagi-120618.mp3", "1:58:02"),
         dict(authors=[], story=False, rel=False, x=enclosure(B + "/podcast/pagi-120618.mp3", "audio/mpeg", "113312000"), note="Programme replay: non-story.")),
        ("GE14 aftermath: Penang exco line-up sworn in", d(2018, 6, 11, 16, 0, 0, 8), "Kumaran Pillai", ["News"],
         p("Penang's new state executive councillors were sworn in at the Seri Mutiara residence.", "\"We will start with affordable housing,\" said Teoh Mei Ling, a member of the Penang state executive council."),
         dict(rel=False, quotes=[q("Teoh Mei Ling", "Penang state executive council")], note="State politics: not relevant.")),
        ("Rohingya boat: Penang fishermen rescue 40 off Langkawi", d(2018, 6, 10, 11, 45, 0, 8), "Kumaran Pillai", ["News"],
         p("Fishermen from Batu Maung helped the Malaysian Maritime Enforcement Agency bring ashore 40 Rohingya who had been adrift for nine days after leaving Myanmar's Rakhine state.",
           "\"Some of the children could not stand,\" said First Admiral Zulkifli Hamid of the Malaysian Maritime Enforcement Agency. \"They will be handed to immigration and UNHCR.\""),
         dict(quotes=[q("Zulkifli Hamid", "Malaysian Maritime Enforcement Agency")], note="Refugees fleeing persecution in Myanmar reaching Malaysia: relevant (refugee flows from a crisis abroad).")),
        ("Listen: Penang Hill funicular fares explained", d(2018, 6, 9, 12, 0, 0, 8), "Lim Siew Ling", ["Audio"],
         listen("Listen", B + "/audio/bukit-fares.mp3", "2:40") + p("Lim Siew Ling explains the new fares."),
         dict(authors=[], story=False, rel=False, note="Audio clip ('Listen:'): non-story.")),
        ("China-Malaysia rail deal under review, Penang port operators watch", d(2018, 6, 8, 15, 30, 0, 8), ["Lim Siew Ling", "Bernama"], ["News", "Business"],
         p("The new federal government's review of the China-financed East Coast Rail Link has port operators in Penang asking whether cargo will shift to the east coast.",
           "\"If the line is built to Port Klang, we lose; if it is cancelled, we keep our share,\" said Ooi Boon Keat, general manager of North Butterworth Container Terminal."),
         dict(authors=["Lim Siew Ling"], quotes=[q("Ooi Boon Keat", "North Butterworth Container Terminal")], note="Review of a Chinese-financed project, relations with China: relevant. Bernama is an agency.")),
    ]
    head = plain_head("Pulau FM 89.5 - Berita / News", B, "Penang's bilingual radio", "en-MY", d(2018, 6, 12, 14, 25, 0, 8), "Pulau FM Sdn Bhd", "Joomla! 3.8")
    return build_feed("en_my_pulaufm_news_joomla38.rss.xml", "plain", B, head, rows, outlet="Pulau FM 89.5", aliases=["Pulau FM"],
                      structure="Penang (Malaysia) bilingual radio station, Joomla 3.8-style RSS (2018) with content:encoded: Malay station tagline tails, 'Dengar / Listen' audio players, a programme replay with enclosure, a 'Listen:' clip item, 'Bernama' as a second dc:creator.",
                      notes="Home country: Malaysia.")


def jabalpur():
    B = "https://narmadalive.example"
    rows = [
        ("Operation Sindoor: Jabalpur ordnance factories on alert as India-Pakistan tension rises", d(2025, 5, 8, 19, 40, 0, 5.5), "Ankit Tiwari", ["India", "Madhya Pradesh"],
         yt("NmL4kJ3hG2f", "Narmada Live: Ordnance factories on alert")
         + p("Jabalpur: Security has been tightened around the city's four defence production units after India's strikes on targets in Pakistan and Pakistan-administered Kashmir, officials said on Thursday.",
             "\"Leave of all staff has been cancelled until further orders,\" said Rajesh Shrivastava, public relations officer of Gun Carriage Factory.")
         + p("<strong>Also Watch:</strong> <a href=\"https://narmadalive.example/video/12\">Blackout drill in Jabalpur cantonment</a>"),
         dict(quotes=[q("Rajesh Shrivastava", "Gun Carriage Factory")], junk=["Also Watch:", "Blackout drill in Jabalpur cantonment"], note="India–Pakistan military conflict: relevant.")),
        ("Video: Narmada Jayanti aarti at Gwarighat", d(2025, 5, 7, 21, 0, 0, 5.5), "Narmada Live Desk", ["Video"],
         yt("Qw2Er4Ty6Ui", "Narmada aarti") + p("Watch the evening aarti."),
         dict(authors=[], story=False, rel=False, note="Video item: non-story.")),
        ("MP students evacuated from Iran reach Jabalpur, thank Centre", d(2025, 6, 21, 18, 10, 0, 5.5), "Shreya Dubey", ["India"],
         yt("Hj7Kl9Zx1Cv", "Students from Iran reach home")
         + p("Jabalpur: Three medical students from the city who were studying in Tehran reached home on Saturday, flown out under Operation Sindhu after Israeli strikes on Iran.",
             "\"We were moved to Mashhad by bus and then flown to Delhi,\" said Mohd. Arif Qureshi, a second-year MBBS student."),
         dict(quotes=[q("Mohd. Arif Qureshi")], note="Evacuation of nationals from a war zone by the home government: relevant (rule C(b)). Items not in date order.")),
        ("Jabalpur Smart City: Madan Mahal flyover work to finish by October", d(2025, 5, 6, 14, 0, 0, 5.5), "Ankit Tiwari", ["Madhya Pradesh"],
         p("Jabalpur: The Jabalpur Smart City company says the last span of the Madan Mahal flyover, the longest in the state at 7 km, will be finished by October, a year later than promised.", "Traffic on the Damohnaka stretch will be diverted for six weeks from June while the cable-stayed section is joined.") + p("<strong>Also Watch:</strong> <a href=\"https://narmadalive.example/video/19\">Drone view of the flyover</a>"), dict(rel=False, junk=['Drone view of the flyover'], note="Local: not relevant.")),
        ("Ground Report with Shreya Dubey: Episode 14", d(2025, 5, 5, 20, 0, 0, 5.5), "Shreya Dubey", ["Shows"],
         yt("Bn3Mm5Vc7Xz", "Ground Report Ep 14") + p("This week: sand mining on the Narmada."),
         dict(authors=[], story=False, rel=False, note="Weekly programme episode: non-story.")),
        ("Nepal Gen Z protests: Jabalpur traders' trucks held at Sunauli border", d(2025, 9, 10, 16, 25, 0, 5.5), "Ankit Tiwari", ["India"],
         p("Jabalpur: About 30 trucks carrying goods from Jabalpur traders are stuck at the Sunauli border after protests in Nepal toppled the government and a curfew was imposed.",
           "\"Our drivers are safe but the goods are perishable,\" said Sunil Agrawal, secretary of the Jabalpur Chamber of Commerce.")
         + p("<em>(With inputs from agencies)</em>"),
         dict(quotes=[q("Sunil Agrawal", "Jabalpur Chamber of Commerce")], junk=["With inputs from agencies"], note="Unrest abroad toppling a neighbouring government: relevant.")),
    ]
    head = plain_head("Narmada Live News", B, "Jabalpur news, video and live TV", "en-IN", d(2025, 9, 10, 16, 30, 0, 5.5), "© 2025 Narmada Live Media Pvt. Ltd.", "Narmada Live Next.js")
    return build_feed("en_in_mp_narmadalive_news_nextjs25.rss.xml", "plain", B, head, rows, outlet="Narmada Live", path="news",
                      structure="Jabalpur (Madhya Pradesh) TV news site, RSS from a Next.js app (2025), +05:30: YouTube iframes at the top, 'Jabalpur:' datelines, bold 'Also Watch:' links, '(With inputs from agencies)' tails; videos and a show episode in the feed; items not in date order.",
                      notes="Home country: India.")


def bozeman():
    B = "https://bridgerbandwidth.example"
    rows = [
        ("Ep. 212: Starlink, export controls and the Montana ranch that can't get a dish", d(2026, 2, 17, 6, 0, 0, -7), "Maddie Kessler", ["Podcast"],
         p("This week Maddie and Tom talk about rural broadband, satellite terminals and why a Commerce Department rule matters in Gallatin County.") + listen("Listen", B + "/ep212.mp3", "48:15"),
         dict(authors=[], story=False, rel=False, x='<link rel="enclosure" type="audio/mpeg" length="46322000" href="https://bridgerbandwidth.example/ep212.mp3"/>', note="Podcast episode: non-story. Host credit.")),
        ("EU fines Chinese drone maker as Brussels tightens rules on data flows", d(2026, 2, 16, 10, 0, 0, -7), "Tom Aldana", ["News", "Policy"],
         p("The European Commission fined a Shenzhen drone maker under its data rules this week, saying flight logs from European customers were stored in China without safeguards.",
           "\"This is the first time Brussels has used the data act against a hardware vendor,\" said Ilse Vermeulen, a researcher at the Ghent Centre for Digital Law.",
           "Montana search-and-rescue teams, many of which fly the company's drones, are watching for a U.S. follow-up.")
         + h(2, "Why it matters here") + p("Gallatin County SAR owns nine of the drones."),
         dict(quotes=[q("Ilse Vermeulen", "Ghent Centre for Digital Law")], note="EU action against a Chinese company over data: world affairs weight; relevant.")),
        ("Bozeman startup raises $14M for avalanche-sensing fiber", d(2026, 2, 13, 9, 0, 0, -7), "Tom Aldana", ["News", "Startups"],
         p("Couloir Labs, a Bozeman startup that turns existing fiber-optic lines into avalanche and rockfall sensors, has raised a $14 million Series A led by a Salt Lake City fund.", "The company says six ski areas in Montana, Idaho and Utah run its software on fiber already buried under their lift lines.", "\"Fiber hears the snowpack crack,\" said co-founder Priya Natarajan."),
         dict(rel=False, quotes=[q("Priya Natarajan", "Couloir Labs")], note="Local startup funding: not relevant.")),
        ("Undersea cable cut in the Baltic: what we know about the Finland-Estonia outage", d(2026, 2, 12, 14, 30, 0, -7), "Maddie Kessler", ["News", "Infrastructure"],
         p("Finnish police boarded a cargo ship suspected of dragging its anchor across a data cable between Helsinki and Tallinn, the third such outage in the Gulf of Finland in two years.",
           "\"Redundancy held, but the pattern is hard to ignore,\" said Kaarel Tamm, a network engineer at the Tallinn Internet Exchange.")
         + yt("Tc8Bl2Nt4Kq", "Bridger Bandwidth explains: Baltic cables"),
         dict(quotes=[q("Kaarel Tamm", "Tallinn Internet Exchange")], note="Suspected sabotage of international infrastructure, police action by a state: relevant.")),
        ("Sponsor: Try Headwaters Cloud free for 30 days", d(2026, 2, 11, 8, 0, 0, -7), "Bridger Bandwidth", ["Sponsored"],
         p("Montana-hosted servers. Use code BRIDGER."), dict(authors=[], story=False, rel=False, note="Sponsored post: non-story.")),
        ("Review: the Garmin-rival trail watch that lasts three weeks", d(2026, 2, 10, 12, 0, 0, -7), "Tom Aldana", ["Reviews"],
         p("We wore the new trail watch for three weeks of skiing, skinning and one overnight on the Bridger Ridge, and the battery lasted 21 days with GPS on for about ten hours of it.", "The maps are crisper than last year's model, but the heart-rate sensor drifted badly in the cold. The $449 price undercuts the Garmin it copies.", "Verdict: buy it if you never want to charge; skip it if you train by heart rate."),
         dict(rel=False, note="Product review: a story (reviews are stories), not relevant.")),
    ]
    head = atom_head("Bridger Bandwidth", B, "Tech news and a weekly podcast from Bozeman, Montana", d(2026, 2, 17, 6, 5, 0, -7), "© 2026 Bridger Bandwidth", "Eleventy", "Bridger Bandwidth")
    return build_feed("en_tech_us_mt_bridgerbandwidth_eleventy.atom.xml", "atom", B, head, rows, outlet="Bridger Bandwidth", topic="tech", path="posts",
                      structure="Bozeman (Montana) tech site and podcast, Eleventy Atom template (2026), -07:00: podcast episodes with rel=enclosure links mixed with news posts, YouTube explainer embed, h2 subhead, sponsor post, review.",
                      notes="Home country: United States. Tech feed: world-affairs weight only.")


def flagstaff():
    B = "https://mesaridgeobservatory.example"
    rows = [
        ("Mesa Ridge Observatory joins European-led network to track near-Earth asteroid 2024 YR4", d(2025, 2, 5, 10, 0, 0, -7), "Media Relations", ["Press Releases"],
         p("FLAGSTAFF, Ariz. — Mesa Ridge Observatory's 4.1-meter telescope will contribute observations of asteroid 2024 YR4 to the International Asteroid Warning Network, coordinated with the European Space Agency.",
           "\"Every night of data shrinks the uncertainty,\" said Dr. Camila Restrepo, planetary scientist at Mesa Ridge Observatory.")
         + p("<strong>Media contact:</strong> Jenna Voss, jvoss@mesaridgeobservatory.example, 928-555-0142"),
         dict(authors=[], rel=False, quotes=[q("Camila Restrepo", "Mesa Ridge Observatory")], junk=["Media contact:", "928-555-0142"], note="Science cooperation on an asteroid; a hazard that harmed no one (rule D: not relevant). Press-office credit gives no author.")),
        ("Watch: Time-lapse of the Perseids over the Coconino forest", d(2025, 1, 30, 9, 0, 0, -7), "Media Relations", ["Multimedia"],
         yt("Pr9Sd1Fg3Hj", "Perseids time-lapse") + p("Video by staff photographer Luis Begay."),
         dict(authors=[], story=False, rel=False, note="Video item: non-story.")),
        ("Observatory and Navajo Nation sign dark-sky partnership", d(2025, 1, 28, 11, 0, 0, -7), "Media Relations", ["Press Releases"],
         p("FLAGSTAFF, Ariz. — Mesa Ridge Observatory and the Navajo Nation signed an agreement on lighting and astronomy education.", "\"The sky belongs to our stories,\" said Delbert Yazzie, education director for the Navajo Nation Department of Diné Education."),
         dict(authors=[], rel=False, quotes=[q("Delbert Yazzie", "Navajo Nation Department of Diné Education")], note="Local/domestic partnership: not relevant (the Navajo Nation is a domestic sovereign, not a foreign state).")),
        ("Public night: Saturn and the winter sky, Feb. 15", d(2025, 1, 27, 12, 0, 0, -7), "Visitor Center", ["Events"],
         p("Tickets $12 adults. Doors at 6 p.m."), dict(authors=[], story=False, rel=False, note="Event: non-story.")),
        ("Export rules delay shipment of Chilean-built spectrograph parts, observatory says", d(2025, 1, 22, 10, 30, 0, -7), "Media Relations", ["News"],
         p("FLAGSTAFF, Ariz. — Parts for a new spectrograph built with the University of Chile have been held at customs for six weeks under new U.S. export-control paperwork for dual-use optics.",
           "\"Our Chilean colleagues have done their part; this is a paperwork wall,\" said Dr. Aaron Whitford, director of Mesa Ridge Observatory.",
           "Chile's foreign ministry has raised the held shipment with the State Department, and the two governments are discussing an exemption for research instruments."),
         dict(authors=[], quotes=[q("Aaron Whitford", "Mesa Ridge Observatory")], note="U.S. export controls on a foreign partner's shipment, taken up between the Chilean and U.S. governments: relevant (trade policy between states).")),
        ("Mesa Ridge astronomers find ice plumes on Trans-Neptunian object", d(2025, 1, 15, 10, 0, 0, -7), "Media Relations", ["Press Releases", "Research"],
         p("FLAGSTAFF, Ariz. — Spectra show fresh methane ice on a distant world.", "\"It is resurfacing itself,\" said Dr. Camila Restrepo of Mesa Ridge Observatory, lead author of the study in The Planetary Science Journal."),
         dict(authors=[], rel=False, quotes=[q("Camila Restrepo", "Mesa Ridge Observatory")], note="Research release: a story, not relevant.")),
    ]
    head = wp_head("News – Mesa Ridge Observatory", B + "/news", "Press releases from Mesa Ridge Observatory, Flagstaff, Arizona", "en-US", d(2025, 2, 5, 10, 5, 0, -7), "6.7.1")
    return build_feed("en_science_us_az_mesaridgeobservatory_news_wp67.rss.xml", "wp", B, head, rows, outlet="Mesa Ridge Observatory", topic="science",
                      structure="Flagstaff (Arizona) observatory press office, WordPress 6.7.1 (2025): 'FLAGSTAFF, Ariz. —' datelines, bold 'Media contact:' tails, YouTube time-lapse video, a public-night event; dc:creator 'Media Relations' / 'Visitor Center'.",
                      notes="Home country: United States. Science feed: world-affairs weight only.")


FEEDS = [bendigo, macon, amarillo, invercargill, nelspruit, gulu, penang, jabalpur, bozeman, flagstaff]
