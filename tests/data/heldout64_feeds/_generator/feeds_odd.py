# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Tech and science feeds and the two encoding traps of the sixty-fourth held-out set: a Reno tech
site, a Hilo observatory press office, a Shymkent English weekly in KZ-1048 declared windows-1251
(Kazakh letters read as Serbian/Macedonian/Ukrainian ones) and a Paphos English weekly in
ISO-8859-7 declared nowhere (no prolog encoding, header without charset)."""
from h64 import TL, bio, gmt, build_feed, credit, d, fig, h, news, p, plain_head, q, rel, synd


def reno():
    B = "https://sierrasilicon.example"
    rows = [
        ("New chip export rules leave Nevada startups guessing about China sales", d(2023, 10, 19, 9, 0, 0, -7), "Mara Delacroix", ["Policy", "Chips"],
         p("The Commerce Department’s expanded export controls on advanced AI chips and chipmaking tools, announced Tuesday, close loopholes that let Chinese buyers get slightly slower versions of restricted processors.",
           "“We sell test fixtures, not GPUs, and we still have a lawyer reading 400 pages this week,” said Owen Takeda, chief executive of Truckee Meadows Instruments, a Reno maker of semiconductor test equipment with customers in Suzhou and Shenzhen.",
           "Beijing called the rules “unilateral bullying” and said it would protect the interests of Chinese companies.")
         + news("Get Sierra Silicon in your inbox every Friday. Subscribe — it’s free."),
         dict(quotes=[q("Owen Takeda", "Truckee Meadows Instruments")], junk=["Subscribe — it’s free"], note="US–China export controls: world affairs, relevant. The unattributed Beijing phrase has no named speaker.")),
        ("Lithium country: Thacker Pass neighbours split as construction starts", d(2023, 10, 17, 11, 30, 0, -7), "Jolene Harjo, Silver State Wire", ["Energy"],
         synd("<p><em>This story originally appeared on <a href=\"https://silverstatewire.example\">Silver State Wire</a> and is republished here with permission.</em></p>")
         + p("Ranchers and tribal members near Orovada say the lithium mine’s first construction season has brought jobs, dust and a fight over groundwater.",
             "“My kids can work here now. My cattle might not drink,” said Dale Etchart, who runs cows on land bordering the site."),
         dict(authors=["Jolene Harjo"], outlet="Silver State Wire", rel=False, quotes=[q("Dale Etchart")], junk=["originally appeared on", "republished here with permission"], note="Partner story: outlet as named. Home resources story: not relevant.")),
        ("Review: The Framework 16 is the repairable laptop we wanted, mostly", d(2023, 10, 16, 8, 0, 0, -7), "Devin Okafor", ["Reviews"],
         p("Swappable GPU modules, a keyboard you can slide sideways and a price that will make you wince: we spent two weeks with it.", "Battery life is the weak spot, at just under six hours of mixed use."),
         dict(rel=False, note="Product review: a story (reviews are stories), not world affairs. " + TL.format("Review:"))),
        ("Sierra Silicon Weekly #142: chips, lithium and a robot at the DMV", d(2023, 10, 20, 7, 0, 0, -7), "Sierra Silicon", ["Newsletter"],
         p("This week’s roundup: three stories you missed, two jobs worth applying for and one robot. Read the full issue and forward it to a friend."),
         dict(authors=[], story=False, rel=False, note="Newsletter issue: non-story.")),
        ("EU lawmakers close in on AI Act as US firms lobby over foundation models", d(2023, 10, 18, 14, 15, 0, -7), "Mara Delacroix", ["Policy", "AI"],
         p("European Parliament and member-state negotiators are trying to finish the EU’s AI Act before year-end, and the rules for large ‘foundation’ models have become the sticking point.",
           "“Whatever Brussels writes becomes the default for anyone selling into Europe, including us in Reno,” said Priya Raman, policy lead at the Nevada Technology Council."),
         dict(quotes=[q("Priya Raman", "Nevada Technology Council")], note="EU legislation and transatlantic lobbying: relevant (world-affairs weight).")),
        ("Webinar: Securing your startup’s cloud in 45 minutes (sponsored)", d(2023, 10, 15, 10, 0, 0, -7), "Sierra Silicon Partner Studio", ["Sponsored"],
         p("Sponsored by CloudHaven. Join our free webinar on Oct. 26 at 11 a.m. PT. Register now."),
         dict(authors=[], story=False, rel=False, note="Sponsored webinar: non-story.")),
    ]
    head = ("<title><![CDATA[Sierra Silicon]]></title><description><![CDATA[Tech news from Reno and the Sierra]]></description><link>https://sierrasilicon.example/</link>"
            "<image><url>https://sierrasilicon.example/favicon.png</url><title>Sierra Silicon</title><link>https://sierrasilicon.example/</link></image>"
            f"<generator>Ghost 5.69</generator><lastBuildDate>{gmt(d(2023, 10, 20, 7, 5, 0, -7))}</lastBuildDate><atom:link href=\"https://sierrasilicon.example/rss/\" rel=\"self\" type=\"application/rss+xml\"/><ttl>60</ttl>")
    return build_feed("en_tech_us_nv_sierrasilicon_ghost5.rss.xml", "ghost", B, head, rows, outlet="Sierra Silicon", topic="tech",
                      structure="Reno (Nevada) tech site, Ghost 5.69 RSS (October 2023) on one line: CDATA titles and dc:creator, 24-hex guids, GMT dates for a -0700 newsroom, media:content images, first-paragraph descriptions, full content:encoded; dc:creator names or 'Name, Partner Outlet', a partner newsroom's story republished with an italic 'originally appeared on … republished with permission' note, newsletter issue and sponsored webinar among the posts, subscribe box at the end.",
                      notes="Home country: United States. Tech desk: world-affairs weight only.")


def hilo():
    B = "https://hilosummitobservatory.example"
    rows = [
        ("Hilo Summit Observatory images comet Pons-Brooks in outburst", d(2024, 3, 12, 10, 0, 0, -10), "Office of Communications", ["Press Releases"],
         fig(B + "/sites/default/files/2024-03/pons.jpg", "Comet 12P/Pons-Brooks on March 9.", "Credit: Hilo Summit Observatory/K. Nakoa")
         + p("HILO, Hawaiʻi — Astronomers at Hilo Summit Observatory have captured a new outburst of comet 12P/Pons-Brooks, which brightened tenfold in 24 hours ahead of its closest approach to the Sun next month.",
             "“The coma expanded so fast we had to change exposure times mid-night,” said Dr. Kalena Nakoa, a planetary scientist at Hilo Summit Observatory.")
         + h(3, "About Hilo Summit Observatory") + p("<em>Hilo Summit Observatory is operated by the Pacific Astronomy Consortium.</em>"),
         dict(authors=[], quotes=[q("Kalena Nakoa", "Hilo Summit Observatory")], junk=["Credit: Hilo Summit Observatory", "About Hilo Summit Observatory", "operated by the Pacific Astronomy Consortium"], rel=False, note="Press release: a story (as set 63 after its fix), science, not relevant.")),
        ("Observatory offers telescope time to astronomers displaced by war in Ukraine", d(2024, 2, 26, 9, 30, 0, -10), "Office of Communications", ["Press Releases"],
         p("HILO, Hawaiʻi — Hilo Summit Observatory will reserve 5% of its observing time this year for astronomers whose institutes in Ukraine were damaged or closed by the war, the observatory announced Monday, two years after Russia’s full-scale invasion.",
           "“Our colleagues in Kharkiv lost their dome to a missile strike. They did not lose their science,” said Dr. Olena Hrytsenko, a visiting researcher from the Kharkiv Institute of Astronomy who is now based in Hilo."),
         dict(authors=[], quotes=[q("Olena Hrytsenko", "Kharkiv Institute of Astronomy")], rel=False, note="A home institution's own programme in response to a war abroad (observing time for displaced astronomers), no state acting and no war news in itself: home science news, not relevant (label audit a64).")),
        ("Study: Tonga eruption’s pressure wave rang the upper atmosphere for days", d(2024, 1, 15, 8, 0, 0, -10), "Office of Communications", ["Press Releases", "Research"],
         p("Two years after the Hunga Tonga-Hunga Haʻapai eruption, data from the observatory’s all-sky cameras show atmospheric waves circling the globe for at least six days, a study published in Geophysical Letters reports.",
           "“We saw the airglow ripple overhead eight hours after the eruption,” said lead author Dr. Noelani Kahale."),
         dict(authors=[], quotes=[q("Noelani Kahale")], rel=False, note="Research on a past eruption's physics: a story, not world affairs (no current disaster news). " + TL.format("Study:"))),
        ("Free public stargazing: Astronomy Night at the Hilo bayfront, March 23", d(2024, 3, 5, 12, 0, 0, -10), "Office of Communications", ["Events"],
         p("Join observatory astronomers for telescope viewing of Jupiter and the Orion Nebula. 7–9 p.m., free, no registration needed."),
         dict(authors=[], story=False, rel=False, note="Public event: non-story.")),
        ("Job opening: Postdoctoral Fellow in Time-Domain Astronomy", d(2024, 3, 1, 12, 0, 0, -10), "Human Resources", ["Careers"],
         p("The observatory invites applications for a two-year postdoctoral position. Review of applications begins April 15."),
         dict(authors=[], story=False, rel=False, note="Vacancy: non-story.")),
        ("Observatory and Hilo schools launch astronomy summer camp in Hawaiian", d(2024, 2, 20, 10, 0, 0, -10), "Leilani Akana", ["News"],
         p("Forty middle-school students will spend two weeks in July learning astronomy taught in ʻōlelo Hawaiʻi, a new partnership between the observatory and two Hilo schools.",
           "“Our students should hear that the sky has Hawaiian names first,” said Kainoa Peleke, principal of Keaukaha Kula Kaiapuni."),
         dict(quotes=[q("Kainoa Peleke", "Keaukaha Kula Kaiapuni")], rel=False, note="Local education programme: not relevant.")),
    ]
    head = ("    <title>Hilo Summit Observatory News</title>\n    <link>https://hilosummitobservatory.example/news</link>\n    <description>Press releases and news from Hilo Summit Observatory</description>\n"
            "    <language>en</language>\n    <atom:link href=\"https://hilosummitobservatory.example/news/rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>")
    return build_feed("en_science_us_hi_hilosummitobservatory_drupal10.rss.xml", "drupal", B, head, rows, outlet="Hilo Summit Observatory", topic="science",
                      structure="Hilo (Hawaiʻi) observatory press office, Drupal 10 views RSS (January–March 2024), -1000: xml:base on <rss>, the whole body escaped in <description> (no content:encoded), guids 'NNNN at https://site', releases with 'HILO, Hawaiʻi —' datelines, 'Credit:' figcaptions, an 'About …' boilerplate paragraph, dc:creator the communications office or a person, an event and a vacancy in the feed; ʻokina (U+02BB) in names.",
                      notes="Home country: United States. Science press office: press releases are stories; world-affairs weight only.")


def shymkent():
    B = "http://skreview.example"
    rows = [
        ("CSTO troops begin pulling out of Kazakhstan after unrest", d(2022, 1, 13, 16, 0, 0, 6), "Dala News Agency", ["World", "Kazakhstan"],
         p("Troops from the Russian-led Collective Security Treaty Organization began leaving Kazakhstan on Thursday, a week after they were sent in during the deadliest unrest since independence.",
           "“The withdrawal calms the neighbours, but people will remember who was invited,” said Aigerim Nurgaliyeva (Әйгерім Нұрғалиева), a political scientist at the South Kazakhstan Institute of Public Policy.")
         + credit("(Dala News Agency)"),
         dict(authors=[], quotes=[q("Aigerim Nurgaliyeva", "South Kazakhstan Institute of Public Policy")], junk=["(Dala News Agency)"], note="Foreign military alliance deployment and withdrawal: relevant. Agency credit, no author.")),
        ("Truckers stuck at Nur Zholy (Нұр Жолы) crossing as China shuts border", d(2022, 1, 12, 11, 30, 0, 6), "Dauren Abenov", ["World", "Business"],
         p("More than 900 trucks are queued at the Nur Zholy (Нұр Жолы) crossing near Khorgos after China closed the border again over COVID-19 cases in Xinjiang.",
           "“I have been sleeping in my cab for eleven days with a load of tomatoes that is now compost,” said driver Serik Qasymov (Серік Қасымов) from Sayram (Сайрам)."),
         dict(t="Truckers stuck at Nur Zholy (Нұр Жолы) crossing as China shuts border", quotes=[q("Serik Qasymov")], note="Border closure by a foreign state and trade: relevant. Kazakh letters ұ and ң in the title are KZ-1048 bytes.")),
        ("Shymkent heating plant back at full power after January cold snap", d(2022, 1, 11, 9, 0, 0, 6), "Gulnara Sultanbekova", ["Shymkent"],
         p("The city’s main heating plant is running at full capacity again after a boiler failure left parts of Qaratau (Қаратау) district without heat for two days.", "About 14,000 flats were affected as night temperatures fell to minus 18C. The city akimat said it would compensate residents through lower January bills."),
         dict(rel=False, note="Home city news: not relevant.")),
        ("Subscribe to The South Kazakhstan Review: print and digital", d(2022, 1, 10, 8, 0, 0, 6), "The Review", ["Subscribe"],
         p("A year of the Review for 9,600 tenge. Subscribe at any Qazpost (Қазпошта) office or online."),
         dict(authors=[], story=False, rel=False, note="Subscription promo: non-story.")),
        ("Kazakhstan and Uzbekistan agree on Syr Darya water releases", d(2022, 1, 9, 14, 20, 0, 6), "Dala News Agency", ["World"],
         p("Kazakhstan and Uzbekistan signed a protocol on water releases from the Syr Darya (Сырдария) for the spring irrigation season, after farmers in Turkistan region lost crops to shortages last summer.",
           "“For Maqtaaral (Мақтаарал) farmers this paper is worth more than any subsidy,” said Bolat Zhaqsylyqov (Болат Жақсылықов), head of the regional water users’ association.")
         + credit("(Dala News Agency)"),
         dict(authors=[], quotes=[q("Bolat Zhaqsylyqov", "regional water users' association")], junk=["(Dala News Agency)"], note="Bilateral agreement between two states: relevant.")),
        ("Ordabasy sign Georgian midfielder for new season", d(2022, 1, 8, 19, 0, 0, 6), "Sports Desk", ["Sport"],
         p("Shymkent’s Ordabasy (Ордабасы) have signed a midfielder from Tbilisi on a two-year deal.", "The club begin pre-season training in Antalya next week."),
         dict(authors=[], rel=False, note="Home sport: not relevant.")),
    ]
    head = plain_head("The South Kazakhstan Review :: World", B, "Shymkent's English weekly", "en-KZ", d(2022, 1, 13, 16, 5, 0, 6), "(c) 2022 South Kazakhstan Review LLP", "custom PHP")
    return build_feed("en_kz_skreview_world_kz1048_as_cp1251.rss.xml", "plain", B, head, rows, outlet="The South Kazakhstan Review", lang="en", encoding="kz1048", decl="windows-1251",
                      ctype="application/rss+xml; charset=windows-1251", acceptable=("decoded", "refused"),
                      structure="Shymkent (Kazakhstan) English weekly, custom PHP feed (January 2022) whose bytes are KZ-1048 (the Kazakh variant of windows-1251) while the prolog and the header declare windows-1251: Kazakh names and places in Cyrillic brackets keep ordinary Cyrillic letters, but Kazakh ә ғ қ ң ө ұ ү һ (Ә Ғ Қ Ң Ө Ұ Ү Һ) are bytes windows-1251 reads as ј є ќ ѕ ґ ў ї ћ (Ј Є Ќ Ѕ Ґ Ў Ї Ћ) — 'Нұр Жолы' reads 'Нўр Жолы', 'Әйгерім Нұрғалиева' reads 'Јйгерім Нўєалиева'. Curly quotes, dashes and the English text are the same bytes in both codecs; agency credits '(Dala News Agency)'.",
                      notes="Encoding trap: KZ-1048 declared as windows-1251 (prolog and header). Decoding with kz1048 is the good outcome; a one-line refusal is acceptable. Read as declared the English text is intact and only the Kazakh letters are wrong. Home country: Kazakhstan.")


def paphos():
    B = "http://paphoscourier.example"
    rows = [
        ("Larnaca readied as hub for foreigners leaving Israel", d(2023, 10, 10, 15, 30, 0, 3), "CWS", ["World", "Cyprus"],
         p("Cyprus has offered Larnaca airport and Limassol port as transit points for foreign nationals leaving Israel, the foreign ministry said on Tuesday, as several European governments organised evacuation flights.",
           "\"We have hotels on standby and consular teams from nine countries already here,\" said Andreas Charalambous (Ανδρέας Χαραλάμπους), a spokesman for the Cyprus civil defence.")
         + credit("(CWS)"),
         dict(authors=[], quotes=[q("Andreas Charalambous", "Cyprus civil defence")], junk=["(CWS)"], note="Cyprus' role in evacuations from a war: relevant. Agency credit 'CWS' (Cyprus Wire Service) is no author.")),
        ("Boat with 110 Syrians lands near Akamas (Ακάμας) after crossing from Lebanon", d(2023, 10, 8, 11, 0, 0, 3), "Eleni Georgiou", ["World"],
         p("A fishing boat carrying 110 Syrians, among them 40 children, reached the coast near Akamas (Ακάμας) on Sunday after two days at sea from Tripoli in Lebanon, police said.",
           "\"They had no water left on the last day,\" said Stavros Nikolaou (Σταύρος Νικολάου), a fisherman from Latchi who saw the boat arrive.",
           "The government has asked the EU to pressure Beirut to stop departures.")
         + fig(B + "/img/akamas.jpg", "The boat off the Akamas coast.", "Photo: Paphos Courier"),
         dict(t="Boat with 110 Syrians lands near Akamas (Ακάμας) after crossing from Lebanon", quotes=[q("Stavros Nikolaou")], junk=["Photo: Paphos Courier"], note="Migration across the sea from a foreign state and diplomacy with Lebanon: relevant.")),
        ("Water cuts in Chlorakas (Χλώρακας) as Asprokremmos dam falls to 25%", d(2023, 10, 7, 9, 0, 0, 3), "Marios Ioannou", ["Paphos"],
         p("Households in Chlorakas (Χλώρακας) and Emba will have water only every other day from Monday, the Paphos water board said.", "The Asprokremmos reservoir, the district's largest, is at 25% of capacity after a second dry winter. Residents are asked not to water gardens during the day."),
         dict(t="Water cuts in Chlorakas (Χλώρακας) as Asprokremmos dam falls to 25%", rel=False, note="Home district news: not relevant.")),
        ("Property of the week: three-bedroom villa in Peyia, €395,000", d(2023, 10, 6, 10, 0, 0, 3), "Courier Property", ["Property"],
         p("Sea views, a private pool and title deeds. Contact Kyrenia Gate Estates for a viewing."),
         dict(authors=[], story=False, rel=False, note="Property advert: non-story.")),
        ("UN to name new envoy on Cyprus as talks stay frozen", d(2023, 10, 5, 13, 45, 0, 3), "CWS", ["World", "Cyprus"],
         p("The UN Secretary-General plans to appoint a personal envoy on Cyprus to test whether the two communities’ leaders are ready to return to talks stalled since 2017, diplomats said.",
           "\"Nobody expects a settlement in a year, but a channel is better than silence,\" said Maria Hadjipetrou (Μαρία Χατζηπέτρου), a researcher at the Nicosia Centre for Conflict Studies.")
         + credit("(CWS)"),
         dict(authors=[], quotes=[q("Maria Hadjipetrou", "Nicosia Centre for Conflict Studies")], junk=["(CWS)"], note="UN diplomacy on the island's division: relevant.")),
        ("Paphos Athletic hold leaders to goalless draw", d(2023, 10, 8, 21, 0, 0, 3), "Sports Desk", ["Sport"],
         p("Paphos Athletic held the league leaders 0-0 at the Stelios Kyriakides (Στέλιος Κυριακίδης) stadium.", "The draw leaves the club sixth, two points off the championship round places."),
         dict(authors=[], rel=False, note="Home sport: not relevant.")),
    ]
    head = plain_head("Paphos Weekly Courier - World", B, "Paphos news in English", "en-CY", d(2023, 10, 10, 15, 35, 0, 3), "(c) 2023 Paphos Weekly Courier Ltd", "custom PHP 5")
    return build_feed("en_cy_paphoscourier_world_iso8859_7_undeclared.rss.xml", "plain", B, head, rows, outlet="Paphos Weekly Courier", lang="en", encoding="iso8859_7", decl=None,
                      ctype="text/xml", acceptable=("decoded", "refused"),
                      structure="Paphos (Cyprus) English weekly, custom PHP 5 feed (October 2023) whose bytes are ISO-8859-7 (Greek) declared nowhere: the prolog has no encoding (XML's default is UTF-8) and the header is 'text/xml' without charset. Greek names and places in brackets are single bytes 0xC1–0xF9 (not valid UTF-8; Latin-1 mojibake such as 'ÁíäñÝáò' under a Latin fallback); the apostrophe ’ is 0xA2 (reads '¢' under Latin-1) and € is 0xA4 ('¤'); quotation marks are straight, as the codec has no curly double quotes.",
                      notes="Encoding trap: ISO-8859-7 (Greek) undeclared in prolog and header. Decoding with iso8859_7 is the good outcome; a one-line refusal is acceptable. Home country: Cyprus.")


FEEDS = [reno, hilo, shymkent, paphos]
