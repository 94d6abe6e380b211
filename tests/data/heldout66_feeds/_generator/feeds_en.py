# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the sixty-sixth held-out set: world desks heavy on analysis, opinion, explainers,
guest op-eds, newsletters, live blogs and corrections, plus a tech and a science feed (list Q)."""
from h66 import TL, atom_head, bio, box, build_feed, corr, d, fig, h, live, news, p, plain_head, pq, q, qa, rel, tweet, wp_head


def missoula():
    B = "https://clarkforkcourier.example"
    rows = [
        ("Guest view: Montana wheat growers should watch Canada’s talks with Beijing", d(2026, 3, 4, 6, 0, 0, -7), "Dana Whitcomb", ["Opinion", "World"],
         p("When Ottawa and Beijing sat down in February to reopen talks on canola and wheat, most Montanans were watching the weather. They should have been watching Ottawa.",
           "Canada is our biggest competitor for Asian wheat buyers. If China lowers its tariffs on Canadian grain while U.S. shipments still face retaliatory duties, elevators from Shelby to Great Falls will feel it within a season.",
           "Washington needs to put grain back on the agenda of its own talks with China, and Montana’s delegation should insist on it.")
         + bio("Dana Whitcomb is a professor of agricultural economics at Montana State University in Bozeman. The views expressed are her own."),
         dict(junk=["is a professor of agricultural economics", "The views expressed are her own"], note="Guest op-ed on Canada–China and U.S.–China grain trade: opinion is a story; relevant. The bio tail is not story text.")),
        ("What we know: U.S. and Canada reopen softwood lumber talks", d(2026, 3, 3, 15, 20, 0, -7), "Rory Castellanos", ["World", "Explainers"],
         p("Negotiators from the United States and Canada met in Washington on Tuesday for the first formal round of softwood lumber talks in nine years, the Office of the U.S. Trade Representative said.")
         + qa("What is being negotiated?", "Duties of about 14% that the U.S. charges on most Canadian lumber, which Canadian mills say are unfair subsidies findings.")
         + qa("Why does it matter in Montana?", "Mills in Bonner and Columbia Falls compete directly with British Columbia lumber. “A deal that drops the duties overnight would hurt us,” said Kelsey Brandvold, executive director of the Montana Wood Products Council.")
         + qa("What happens next?", "A second round is planned in Ottawa in April.")
         + rel("Related:", ["Lumber prices: what builders are paying", "Bonner mill adds a second shift"], B + "/news"),
         dict(quotes=[q("Kelsey Brandvold", "Montana Wood Products Council")], junk=["Related:", "Lumber prices: what builders are paying"], note="Explainer with Q&A subheads on U.S.–Canada trade talks: story, relevant.")),
        ("Missoula council OKs three new Mountain Line routes", d(2026, 3, 3, 21, 5, 0, -7), "Tess Langford", ["Local"],
         p("The Missoula City Council voted 10-2 Monday night to fund three new bus routes to the Wye and the airport.",
           "“People out at the Wye have been asking for this for years,” said council member Aaron Pettibone."),
         dict(rel=False, quotes=[q("Aaron Pettibone", "council member")], note="City transport: not relevant. A member's role before the name is the affiliation as written (label corrected: a member belongs to the council, does not speak for it).")),
        ("Montana Guard engineers head to Kosovo for nine-month NATO mission", d(2026, 3, 2, 11, 40, 0, -7), "Rory Castellanos", ["World", "Military"],
         fig(B + "/img/guard.jpg", "Soldiers say goodbye to families at Fort Harrison on Sunday.", "(Courier photo / Tess Langford)")
         + p("About 140 soldiers of the Montana National Guard’s 1049th Engineer Company left Fort Harrison on Sunday for Kosovo, where they will join the NATO-led KFOR peacekeeping force.",
             "“Our job is to keep the roads open and the peace holding,” said Capt. Mariah Lindqvist, the company’s commander.")
         + news("Get the Courier’s morning newsletter: local news, world news that matters to Montana, every weekday at 6."),
         dict(quotes=[q("Mariah Lindqvist", "1049th Engineer Company")], junk=["Courier photo", "Get the Courier’s morning newsletter"], note="U.S. troops on a NATO peacekeeping mission abroad: relevant.")),
        ("Editorial cartoon: Spring on the Clark Fork", d(2026, 3, 1, 7, 0, 0, -7), "Courier Opinion", ["Opinion", "Cartoons"],
         fig(B + "/img/cartoon0301.jpg", "This week’s cartoon.", "(Cartoon by Walt Orcutt)"),
         dict(authors=[], story=False, rel=False, note="Editorial cartoon (an image): non-story.")),
        ("Correction", d(2026, 2, 28, 9, 30, 0, -7), "Courier Staff", ["Corrections"],
         p("A Feb. 26 explainer on the U.S.–Canada lumber talks gave the wrong rate of the current duties. It is about 14%, not 41%."),
         dict(authors=[], story=False, rel=False, note="Corrections note: non-story.")),
    ]
    head = wp_head("World & Opinion – Clark Fork Courier", B + "/category/world-opinion", "Missoula and western Montana", "en-US", d(2026, 3, 4, 6, 5, 0, -7), "6.8.1")
    return build_feed("en_us_mt_clarkforkcourier_worldopinion_wp68.rss.xml", "wp", B, head, rows, outlet="Clark Fork Courier",
                      structure="Missoula (Montana) daily, WordPress 6.8.1 (2026) 'World & Opinion' category feed: guest op-ed with an italic author bio tail ('… is a professor at …'), 'What we know' explainer with Q&A h3 subheads, 'Related:' list, figure with '(Courier photo / …)' credit, newsletter block, editorial cartoon, a corrections note titled just 'Correction'; excerpts cut with [&#8230;].",
                      notes="Home country: United States.")


def whanganui():
    B = "https://riverchronicle.example"
    rows = [
        ("Whanganui couple among New Zealanders flown out of Nouméa", d(2024, 5, 22, 18, 30, 0, 12), "Mereana Tapsell", ["World", "Pacific"],
         p("A Whanganui couple who spent eight days sheltering in a Nouméa hotel were among 50 New Zealanders flown home on a Defence Force Hercules on Tuesday night.",
           "“We could hear gunfire every night and the shops had nothing left,” said Brian Odlum, a retired teacher from Gonville.",
           "The Ministry of Foreign Affairs and Trade said more flights would follow. “Our priority is getting registered New Zealanders home safely,” said Lena Fonoti, a spokeswoman for the ministry.")
         + fig(B + "/img/hercules.jpg", "Passengers disembark at Whenuapai.", "Photo / NZDF"),
         dict(quotes=[q("Brian Odlum"), q("Lena Fonoti", "Ministry of Foreign Affairs and Trade")], junk=["Photo / NZDF"], note="Government evacuation of nationals from unrest abroad: relevant (rule C (b)).")),
        ("Live: New Caledonia unrest – latest updates", d(2024, 5, 22, 9, 0, 0, 12), "Chronicle Newsroom", ["World", "Live"],
         live([("9.02am", "France says 1000 more police have landed at La Tontouta."), ("8.45am", "Nouméa airport stays closed to commercial flights for a ninth day."), ("8.10am", "MFAT: 240 New Zealanders registered in New Caledonia.")]),
         dict(authors=[], story=False, rel=False, junk=["France says 1000 more police"], note="Live blog page of timestamped entries: non-story.")),
        ("Explainer: Why New Caledonia erupted over who gets to vote", d(2024, 5, 21, 14, 0, 0, 12), "Mereana Tapsell", ["World", "Explainers"],
         h(2, "Why it matters") + p("The unrest in New Caledonia is the worst in the French Pacific territory since the 1980s, and it sits less than three hours’ flight from Auckland.")
         + qa("What started it?", "A change to France’s constitution, passed in Paris, that would let residents of ten years or more vote in provincial elections. Kanak independence groups say it dilutes the indigenous vote.")
         + qa("What has New Zealand said?", "Wellington has called for calm and dialogue. “We want to see the Nouméa Accord process respected,” said Dr Kiri Manihera, a Pacific politics lecturer at Massey University who advises the Pacific Islands Forum.")
         + rel("More on the Pacific:", ["Fiji’s coalition survives budget vote"], B + "/pacific"),
         dict(quotes=[q("Kiri Manihera", "Massey University")], junk=["More on the Pacific:", "Fiji’s coalition survives"], note="Explainer with 'Why it matters' and Q&A subheads on a crisis in a neighbouring territory: story, relevant. 'Explainer:' title label kept (it is part of the printed title).")),
        ("Opinion: The Pacific is our neighbourhood – it is time we acted like it", d(2024, 5, 20, 6, 0, 0, 12), "Hone Rāwiri", ["Opinion"],
         p("Every few years a crisis in the Pacific reminds New Zealand that its foreign policy does not end at the Tasman.",
           "The scenes in Nouméa should prompt Wellington to fund the Pacific Islands Forum’s mediation unit properly, not just send a Hercules when things go wrong.")
         + bio("Hone Rāwiri is a Whanganui writer and former diplomat. His column appears every Monday."),
         dict(junk=["former diplomat", "His column appears every Monday"], note="Opinion column on NZ foreign policy: story, relevant. " + TL.format("Opinion:"))),
        ("Whanganui District Council delays vote on Sarjeant Gallery fees", d(2024, 5, 19, 16, 0, 0, 12), "Sam Pōtae", ["Local"],
         p("Councillors deferred a decision on entry fees for the reopened gallery until June.", "“We need more numbers before we charge anyone,” said councillor Gail Trewin."),
         dict(rel=False, quotes=[q("Gail Trewin", "Whanganui District Council")], note="Local council: not relevant.")),
        ("The River Weekly: floods funding, a new bridge and your letters", d(2024, 5, 18, 7, 0, 0, 12), "Whanganui River Chronicle", ["Newsletters"],
         p("Kia ora and welcome to this week’s newsletter. Here’s what you might have missed.") + news("Forwarded this email? Sign up for The River Weekly."),
         dict(authors=[], story=False, rel=False, note="Newsletter issue: non-story.")),
    ]
    head = atom_head("Whanganui River Chronicle", B, "News from Whanganui and the River", d(2024, 5, 22, 18, 35, 0, 12), "© 2024 River Chronicle Media Ltd", "Ghost 5.82", "Whanganui River Chronicle")
    return build_feed("en_nz_whanganuirivchronicle_world_ghost5_atom.atom.xml", "atom", B, head, rows, outlet="Whanganui River Chronicle",
                      structure="Whanganui (New Zealand) digital paper, Atom from a Ghost 5 custom template (2024), +12:00: live blog of timestamped entries, explainer with 'Why it matters' h2 and Q&A h3 subheads, opinion column with a bio tail, newsletter issue, 'Photo / NZDF' credits, 'More on the Pacific:' list.",
                      notes="Home country: New Zealand.")


def arusha():
    B = "https://arushamirror.example"
    rows = [
        ("EAC secretariat says Somalia customs integration ‘behind schedule’", d(2024, 11, 29, 14, 10, 0, 3), "Neema Laizer", ["Regional", "World"],
         p("ARUSHA — The East African Community secretariat said on Friday that Somalia’s integration into the bloc’s customs union is behind schedule, a year after the country formally joined.",
           "“The tariff schedules have not been harmonised and the border posts are not ready,” said Joseph Mollel, the EAC’s director of customs, at the bloc’s headquarters in Arusha.")
         + box("EAC at a glance", ["Eight partner states", "Headquarters: Arusha", "Somalia joined in March 2024"]),
         dict(quotes=[q("Joseph Mollel", "EAC")], junk=["EAC at a glance"], note="Regional bloc integration: relevant.")),
        ("Analysis: Why Somalia’s entry puts Tanzania’s ports in a race with Mombasa", d(2024, 11, 28, 9, 0, 0, 3), "Ibrahim Sanga", ["Analysis"],
         p("Somalia’s long coastline gives the EAC new ports, and a new competitor for Dar es Salaam and Tanga.",
           "Traders in Arusha who ship through Tanga say they will watch tariffs closely. “If Berbera and Mogadishu offer cheaper transit, Uganda’s importers will follow,” said Halima Swai, chairwoman of the Arusha chapter of the Tanzania Chamber of Commerce.")
         + h(3, "The bottom line") + p("Tanzania’s advantage is its rail link; its weakness is clearance time."),
         dict(quotes=[q("Halima Swai", "Tanzania Chamber of Commerce")], note="Analysis of regional trade competition after Somalia joined the EAC: story, relevant.")),
        ("Op-ed: Kilimanjaro’s fee rise will push climbers to Kenya", d(2024, 11, 27, 6, 30, 0, 3), "Dr Grace Mushi", ["Opinion"],
         p("The new conservation fees on Kilimanjaro are well meant, but they are badly timed for the guides and porters of Moshi and Arusha.")
         + bio("Dr Grace Mushi is a lecturer in tourism economics at the Nelson Mandela African Institution of Science and Technology in Arusha."),
         dict(authors=["Grace Mushi"], rel=False, junk=["lecturer in tourism economics"], note="Guest op-ed on a domestic park-fee policy: story (opinion), not relevant (home tourism policy; the comparison with Kenya is not a foreign-policy matter). 'Dr' is a title, not part of the name.")),
        ("UN residual mechanism opens judges’ plenary in Arusha", d(2024, 11, 26, 16, 45, 0, 3), "Neema Laizer", ["World"],
         p("Judges of the UN International Residual Mechanism for Criminal Tribunals met in Arusha on Tuesday to review its remaining cases and the transfer of archives of the former Rwanda tribunal.",
           "“Fugitives still at large must know the mechanism has not closed,” said Esther Nakamya, a spokesperson for the mechanism.")
         + rel("Read also:", ["Rwanda genocide fugitive list: who is left"], B + "/world"),
         dict(quotes=[q("Esther Nakamya", "International Residual Mechanism for Criminal Tribunals")], junk=["Read also:"], note="International justice institution: relevant.")),
        ("Vacancy: Business reporter (Arusha)", d(2024, 11, 25, 10, 0, 0, 3), "Arusha Mirror", ["Careers"],
         p("The Arusha Mirror is hiring a business reporter. Send your CV to jobs@arushamirror.example by 15 December."),
         dict(authors=[], story=False, rel=False, note="Job vacancy: non-story.")),
        ("Arusha Half Marathon draws record 4,000 runners", d(2024, 11, 24, 17, 0, 0, 3), "Sports Desk", ["Sports"],
         p("Kenyan and Tanzanian runners shared the podium on Sunday as a record 4,000 runners took part in the Arusha Half Marathon.", "Local athlete Rehema Gwandu won the women’s race in 1:11:40."), dict(authors=[], rel=False, note="Home sport: not relevant.")),
    ]
    head = wp_head("Arusha Mirror", B, "News from Arusha and the Northern Zone", "en-GB", d(2024, 11, 29, 14, 15, 0, 3), "6.7.1")
    return build_feed("en_tz_arushamirror_world_wp67.rss.xml", "wp", B, head, rows, outlet="Arusha Mirror",
                      structure="Arusha (Tanzania) English news site, WordPress 6.7.1 (2024) main feed: analysis with 'The bottom line' h3, guest op-ed with bio tail ('… is a lecturer at …'), fact box, 'Read also:' list, vacancy post; dateline 'ARUSHA —'.",
                      notes="Home country: Tanzania.")


def siliguri():
    B = "https://northbengalchronicle.example"
    rows = [
        ("Nepal curfew: trucks pile up at Panitanki as border trade stalls", d(2025, 9, 10, 17, 20, 0, 5.5), "Pritam Chhetri", ["World", "Nepal"],
         p("SILIGURI: More than 600 trucks were stranded on the Indian side of the Panitanki–Kakarbhitta crossing on Wednesday as Nepal extended its curfew after days of deadly protests in Kathmandu.",
           "“We have perishable goods sitting in the sun for three days,” said Ramesh Agarwal, secretary of the Siliguri Merchants’ Association.",
           "The Sashastra Seema Bal said it had increased patrols along the open border.")
         + rel("Also read:", ["Indian tourists in Pokhara told to stay indoors"], B + "/world"),
         dict(quotes=[q("Ramesh Agarwal", "Siliguri Merchants’ Association")], junk=["Also read:"], note="Unrest in a neighbouring country closing the border: relevant.")),
        ("Q&A: Why the Siliguri Corridor matters to India’s security", d(2025, 9, 9, 10, 0, 0, 5.5), "Anindita Roy", ["Explainers"],
         qa("What is the corridor?", "A strip of land about 22 km wide at its narrowest, linking the northeastern states to the rest of India, squeezed between Nepal, Bangladesh and Bhutan.")
         + qa("Why is it in the news again?", "China’s road building on the Doklam plateau and the change of government in Dhaka have revived concern in New Delhi.")
         + qa("What do experts say?", "“Any disruption here cuts off eight states,” said Lt Gen (retd) Kalyan Mukhia, a former commander of the Army’s 33 Corps.")
         + fig(B + "/img/corridor.jpg", "The national highway near Bagdogra.", "Photo: Chronicle"),
         dict(quotes=[q("Kalyan Mukhia", "33 Corps")], junk=["Photo: Chronicle"], note="Q&A explainer on a border strategic question (China, Bangladesh): story, relevant.")),
        ("Analysis: Teesta talks with Dhaka are back – and so is the old deadlock", d(2025, 9, 8, 8, 0, 0, 5.5), "Anindita Roy", ["Analysis"],
         p("India and Bangladesh resumed technical talks on sharing the Teesta’s waters this month, thirteen years after a draft agreement was shelved.",
           "Farmers in Jalpaiguri fear any deal will leave less water for the Teesta barrage canals in the dry season.")
         + pq("Farmers fear any deal will leave less water in the dry season.")
         + bio("Anindita Roy is the Chronicle’s senior editor for North Bengal and the Northeast."),
         dict(junk=["senior editor for North Bengal", "Farmers fear any deal will leave less water in the dry season."], note="Analysis of India–Bangladesh water talks: story, relevant. The pull quote repeats the body.")),
        ("Toy train to run extra joy rides during Puja holidays", d(2025, 9, 7, 12, 0, 0, 5.5), "Staff Reporter", ["City"],
         p("The Darjeeling Himalayan Railway will add four joy rides a day from Siliguri Junction to Rongtong during the Puja holidays, a railway official said.", "Tickets can be booked online from September 20."), dict(authors=[], rel=False, note="Local tourism: not relevant.")),
        ("In Pictures: Mahananda river rises after heavy rain", d(2025, 9, 6, 15, 0, 0, 5.5), "Photo Desk", ["Photos"],
         p("Scenes from Siliguri on Saturday. Photos: Bikash Sarkar."), dict(authors=[], story=False, rel=False, junk=["Photos: Bikash Sarkar"], note="Photo gallery: non-story.")),
        ("Sponsored: Study MBBS abroad – admissions open for 2026", d(2025, 9, 5, 9, 0, 0, 5.5), "Brand Desk", ["Sponsored"],
         p("Consultants from Kolkata will hold free counselling sessions this weekend. This is a paid promotion."), dict(authors=[], story=False, rel=False, note="Sponsored advertorial: non-story.")),
    ]
    head = plain_head("North Bengal Chronicle - World & Analysis", B, "Siliguri, the Dooars and the hills", "en-IN", d(2025, 9, 10, 17, 25, 0, 5.5), "© 2025 North Bengal Chronicle Pvt Ltd", "Drupal 10 (https://www.drupal.org)")
    return build_feed("en_in_wb_northbengalchronicle_world_drupal10.rss.xml", "plain", B, head, rows, outlet="North Bengal Chronicle",
                      structure="Siliguri (West Bengal, India) site, Drupal 10 views RSS (2025), +0530 dates: content:encoded with 'SILIGURI:' dateline, 'Also read:' list, Q&A explainer (h3 questions), analysis with pull quote and bio tail, 'Staff Reporter' / 'Photo Desk' / 'Brand Desk' credits, photo gallery, sponsored post.",
                      notes="Home country: India.")


def toowoomba():
    B = "https://darlingdownsclarion.example"
    rows = [
        ("Analysis: What the Solomons–China pact means for Australia", d(2022, 4, 21, 16, 0, 0, 10), "Bridget Nolan", ["World", "Analysis"],
         p("The security agreement signed between Solomon Islands and China this week is short, but its implications for Australia are not.",
           "“A Chinese naval presence 2000 kilometres from Cairns would change the planning assumptions of every defence white paper since 1987,” said Dr Callum Reyes, a senior lecturer in strategic studies at the University of Southern Queensland.")
         + h(3, "Why it matters for the Downs") + p("The Army’s Aviation Training Centre at Oakey would be among the units called on for any Pacific deployment.")
         + rel("Related coverage", ["Pacific ministers meet in Suva", "Defence budget: what Oakey gets"], B + "/news"),
         dict(quotes=[q("Callum Reyes", "University of Southern Queensland")], junk=["Related coverage", "Pacific ministers meet in Suva"], note="Analysis of a regional security pact: story, relevant.")),
        ("Barley growers still locked out of China two years on", d(2022, 4, 20, 11, 30, 0, 10), "Matt Geraghty", ["Rural", "World"],
         p("Darling Downs barley growers say they have found new buyers in Saudi Arabia and Mexico, but at lower prices, two years after China imposed anti-dumping duties of more than 80 per cent.",
           "“Beijing was paying a premium for malting barley. Nobody else does,” said Trudy Kassulke, who grows 1200 hectares near Pittsworth.",
           "Canberra has taken the dispute to the World Trade Organization."),
         dict(quotes=[q("Trudy Kassulke")], note="China's trade duties and the WTO dispute: relevant.")),
        ("Guest opinion: Pacific workers keep the Lockyer picking – give them a fair go", d(2022, 4, 19, 6, 0, 0, 10), "Dr Sela Vainikolo", ["Opinion"],
         p("Without workers from Tonga, Vanuatu and Samoa, much of the Lockyer Valley’s winter vegetable crop would rot in the ground.",
           "The Pacific Australia Labour Mobility scheme is a foreign-policy tool as much as a labour scheme, and its rules on housing and deductions need to reflect that.")
         + bio("Dr Sela Vainikolo is a research fellow at the University of Southern Queensland’s Institute for Resilient Regions and chairs the Toowoomba Tongan Community Association."),
         dict(authors=["Sela Vainikolo"], junk=["is a research fellow", "chairs the Toowoomba Tongan Community Association"], note="Guest op-ed on Australia's Pacific labour mobility scheme, described as a foreign-policy tool with Pacific states: story, relevant. 'Dr' is a title.")),
        ("Carnival of Flowers to return at full size in September", d(2022, 4, 18, 14, 0, 0, 10), "Kate Lindemann", ["Local"],
         p("Organisers say the Grand Central Floral Parade will return after two scaled-back years, with 26 floats and a food and wine festival in Queens Park.", "“We expect more than 250,000 visitors across the month,” said Toowoomba Regional Council’s events manager, Natalie Kropp."), dict(rel=False, quotes=[q("Natalie Kropp", "Toowoomba Regional Council")], note="Local event news: not relevant.")),
        ("The Downs Download podcast: Episode 112 – fuel, fertiliser and the war in Ukraine", d(2022, 4, 17, 5, 0, 0, 10), "The Clarion", ["Podcasts"],
         p("Listen to this week’s episode on Apple Podcasts, Spotify or wherever you get your podcasts."), dict(authors=[], story=False, rel=False, note="Podcast episode: non-story.")),
        ("LIVE: Toowoomba storm – roads closed, power out in Highfields", d(2022, 4, 16, 19, 0, 0, 10), "Clarion Newsroom", ["Weather", "Live"],
         live([("6.55pm", "Energex says 4000 homes without power."), ("6.20pm", "New England Highway closed at Hampton.")]),
         dict(authors=[], story=False, rel=False, junk=["Energex says 4000 homes"], note="Live blog on a local storm: non-story.")),
    ]
    head = plain_head("The Darling Downs Clarion | World", B + "/world", "Toowoomba and the Darling Downs", "en-AU", d(2022, 4, 21, 16, 5, 0, 10), "© 2022 Clarion Regional Media Pty Ltd", "Brightspot")
    return build_feed("en_au_qld_darlingdownsclarion_world_brightspot22.rss.xml", "plain", B, head, rows, outlet="The Darling Downs Clarion", aliases=["Darling Downs Clarion"],
                      structure="Toowoomba (Queensland) regional daily, Brightspot-style RSS (2022), +1000 dates: analysis with 'Why it matters for the Downs' h3, 'Related coverage' list, guest opinion with a bio tail, podcast episode, local live blog.",
                      notes="Home country: Australia.")


def gisborne():
    B = "https://eastcoasttimes.example"
    rows = [
        ("Tonga eruption: Gisborne’s Tongan families finally hear from relatives", d(2022, 1, 20, 17, 40, 0, 13), "Ana Fifita", ["World"],
         p("Gisborne’s Tongan community gathered at the Methodist church hall on Wednesday night as phone lines to Nuku’alofa partly reopened, five days after the Hunga Tonga–Hunga Haʻapai eruption.",
           "“My aunty said the ash is everywhere and they are drinking rainwater,” said Sione Taufa, a Gisborne orchard worker.",
           "The New Zealand Defence Force said HMNZS Aotearoa was due in Nuku’alofa on Friday with 250,000 litres of water.")
         + fig(B + "/img/hall.jpg", "Families at the church hall.", "Picture: Rawiri Tamatea"),
         dict(quotes=[q("Sione Taufa")], junk=["Picture: Rawiri Tamatea"], note="Disaster abroad drawing NZ military aid: relevant (rule D).")),
        ("Column: Our sanctions law is late, but it is still worth having", d(2022, 3, 10, 6, 0, 0, 13), "Peter Kerehi", ["Opinion"],
         p("New Zealand had no law that let it sanction another country without a United Nations vote. The Russia Sanctions Act, passed under urgency this week, changes that.",
           "It is an overdue tool, and Parliament should now write a general autonomous sanctions law rather than one for each crisis.")
         + bio("Peter Kerehi is a Gisborne lawyer and former Crown prosecutor. He writes fortnightly."),
         dict(junk=["former Crown prosecutor", "He writes fortnightly"], note="Opinion column on NZ's Russia sanctions law: story, relevant. " + TL.format("Column:"))),
        ("State Highway 35 reopens after Cyclone Dovi slips", d(2022, 2, 16, 10, 0, 0, 13), "Ana Fifita", ["Local"],
         p("Waka Kotahi reopened the highway between Tolaga Bay and Tokomaru Bay on Wednesday, ten days after slips brought down by Cyclone Dovi cut off communities on the East Coast.", "Drivers are asked to expect stop-go traffic at three sites near Anaura Bay."), dict(rel=False, note="Local roads after a home storm: not relevant.")),
        ("Correction: Ukraine aid story", d(2022, 3, 8, 12, 0, 0, 13), "East Coast Times", ["Corrections"],
         p("An article on Monday said the Government had pledged $5 million in aid to Ukraine. The pledge was $2 million. We apologise for the error."),
         dict(authors=[], story=False, rel=False, note="Correction notice: non-story.")),
        ("Ukraine: NZ bans exports to Russian military, imposes travel bans", d(2022, 2, 28, 15, 30, 0, 13), "Peter Kerehi and NZ Newswire", ["World"],
         p("New Zealand has banned the export of goods to Russian military and security forces and imposed travel bans on more than 100 Russian officials, the Foreign Affairs Minister announced on Monday.",
           "“These are the strongest measures available to us under current law,” said Rachel Tūhoe, a senior official at the Ministry of Foreign Affairs and Trade.")
         + corr("This story was updated at 4.10pm to add the number of travel bans."),
         dict(authors=["Peter Kerehi"], quotes=[q("Rachel Tūhoe", "Ministry of Foreign Affairs and Trade")], junk=["This story was updated at 4.10pm"], note="NZ sanctions on Russia: relevant. 'and NZ Newswire' is an agency.")),
        ("What’s on: Tairāwhiti this weekend", d(2022, 2, 25, 9, 0, 0, 13), "East Coast Times", ["Events"],
         p("Markets, music at the Cidery and the Waikanae surf carnival."), dict(authors=[], story=False, rel=False, note="Events listing: non-story.")),
    ]
    rows.sort(key=lambda r: r[1], reverse=True)
    head = wp_head("World – East Coast Times", B + "/category/world", "Gisborne and Tairāwhiti news", "en-NZ", d(2022, 3, 10, 6, 5, 0, 13), "5.9.1")
    return build_feed("en_nz_eastcoasttimes_world_wp59.rss.xml", "wp", B, head, rows, outlet="East Coast Times",
                      structure="Gisborne (New Zealand) weekly's site, WordPress 5.9.1 (2022) category feed: 'Picture: …' credits, opinion column with bio tail, correction notice, italic update note, events listing; 'A and NZ Newswire' byline.",
                      notes="Home country: New Zealand.")


def takoradi():
    B = "https://westerncourier.example"
    rows = [
        ("Ghana and Côte d’Ivoire agree joint naval patrols against Gulf of Guinea piracy", d(2023, 6, 15, 13, 0, 0, 0), "Kojo Essien", ["World"],
         p("TAKORADI — Ghana and Côte d’Ivoire will run joint naval patrols along their maritime border from July, the Ghana Navy’s Western Naval Command said on Thursday.",
           "“Pirates do not respect the boundary line, so neither will our patrols,” said Commodore Ebenezer Quaye, the command’s flag officer.")
         + rel("READ ALSO:", ["Fishermen in Shama report attacks at sea"], B + "/news"),
         dict(quotes=[q("Ebenezer Quaye", "Western Naval Command")], junk=["READ ALSO:"], note="Bilateral security cooperation: relevant.")),
        ("Explainer: What the IMF deal means for Ghana’s oil and cocoa towns", d(2023, 6, 14, 9, 0, 0, 0), "Abena Mensah-Bonsu", ["Business", "Explainers"],
         qa("What was agreed?", "A three-year, $3 billion Extended Credit Facility approved by the IMF board in May, with a first tranche of about $600 million.")
         + qa("Why it matters in the Western Region", "The programme requires Ghana to cut energy subsidies and restructure its debt, including loans backed by oil revenue from the Jubilee field off Cape Three Points.")
         + qa("What are people saying?", "“Traders here are waiting to see if the cedi holds,” said Mercy Arthur, who chairs the Market Queens Association at Takoradi Market Circle."),
         dict(quotes=[q("Mercy Arthur", "Market Queens Association")], note="Explainer on an IMF programme: story, relevant.")),
        ("Op-ed: ECOWAS without the Sahel is a weaker ECOWAS", d(2024, 2, 2, 7, 0, 0, 0), "Kwame Asante-Boateng", ["Opinion"],
         p("The decision by Mali, Burkina Faso and Niger to leave ECOWAS is the biggest test the bloc has faced since its founding in 1975.",
           "Accra has the standing to keep a door open. It should use it.")
         + bio("Kwame Asante-Boateng is a senior lecturer in political science at the University of Cape Coast. The views expressed here are his own."),
         dict(junk=["senior lecturer in political science", "The views expressed here are his own"], note="Guest op-ed on three states leaving ECOWAS: story, relevant.")),
        ("Ghanaians evacuated from Sudan arrive at Kotoka", d(2023, 5, 4, 20, 0, 0, 0), "Kojo Essien", ["World"],
         p("A second group of Ghanaians evacuated from Khartoum arrived in Accra on Thursday, the Ministry of Foreign Affairs and Regional Integration said.",
           "“We slept on the bus for two days to reach Port Sudan,” said Yaw Mensah, a student from Sekondi.")
         + tweet("Welcome home to our compatriots from Sudan.", "MFA Ghana", "mfaghana", "May 4, 2023"),
         dict(quotes=[q("Yaw Mensah")], junk=["Welcome home to our compatriots"], note="Government evacuation of nationals from a war abroad: relevant (rule C (b)).")),
        ("Sekondi–Takoradi: Harbour Road repairs to start next week", d(2023, 6, 13, 11, 0, 0, 0), "Staff Writer", ["Local"],
         p("The Sekondi-Takoradi Metropolitan Assembly says the resurfacing of Harbour Road between the Market Circle and the port gate will take six weeks.", "Trucks will be diverted through Kojokrom during the work."), dict(authors=[], rel=False, note="Local roads: not relevant.")),
        ("Western Courier newsletter: Your week in the West", d(2023, 6, 12, 6, 0, 0, 0), "Western Courier", ["Newsletter"],
         p("Here are the stories our readers talked about most this week.") + news("Subscribe to get Your Week in the West every Monday."),
         dict(authors=[], story=False, rel=False, note="Newsletter issue: non-story.")),
    ]
    rows = [rows[2], rows[0], rows[1], rows[4], rows[5], rows[3]]
    head = plain_head("The Western Courier - World", B, "News from Sekondi-Takoradi and the Western Region", "en-gh", d(2024, 2, 2, 7, 5, 0, 0), "Copyright 2024 Western Courier Ltd", "Joomla! - Open Source Content Management")
    return build_feed("en_gh_westerncourier_world_joomla4.rss.xml", "plain", B, head, rows, outlet="The Western Courier", aliases=["Western Courier"],
                      structure="Takoradi (Ghana) news site, Joomla 4 category RSS (2023–24), dates +0000, a February 2024 op-ed on top of June 2023 items: 'TAKORADI —' dateline, 'READ ALSO:' list, IMF explainer in Q&A form, guest op-ed with bio tail, embedded tweet, newsletter issue.",
                      notes="Home country: Ghana.")


def rajshahi():
    B = "https://barindpost.example"
    rows = [
        ("Ganges treaty: Bangladesh, India open talks on renewal in Dhaka", d(2026, 1, 14, 18, 0, 0, 6), "Tanvir Hasan", ["National", "World"],
         p("RAJSHAHI, Jan 14 — Bangladesh and India opened talks in Dhaka on Wednesday on renewing the 1996 Ganges water-sharing treaty, which expires in December.",
           "“The Padma at Rajshahi is a sandbank for four months of the year,” said Professor Nurul Alam, a hydrologist at the University of Rajshahi. “A new treaty must guarantee a minimum flow.”")
         + rel("Read more:", ["Farakka at 50: a timeline"], B + "/national"),
         dict(quotes=[q("Nurul Alam", "University of Rajshahi")], junk=["Read more:", "Farakka at 50"], note="Bilateral water treaty talks: relevant.")),
        ("Live updates: Joint Rivers Commission meeting, day 2", d(2026, 1, 15, 10, 30, 0, 6), "Barind Post Desk", ["Live"],
         live([("10:25 AM", "Delegations resume at the State Guest House Padma."), ("9:50 AM", "Indian side proposes joint flow measurement at Hardinge Bridge.")]),
         dict(authors=[], story=False, rel=False, junk=["Delegations resume"], note="Live page: non-story.")),
        ("Why it matters: Rajshahi mangoes get a Chinese market", d(2026, 1, 13, 12, 0, 0, 6), "Shirin Akter", ["Business"],
         p("China has approved imports of fresh Bangladeshi mangoes from the 2026 season after a plant-health protocol was signed in Beijing, the commerce ministry said.")
         + h(3, "Why it matters") + p("Rajshahi and Chapai Nawabganj grow most of the country’s export mangoes. “If we pass the first season, orders will double,” said Abdul Mazid, president of the Rajshahi Mango Exporters’ Association."),
         dict(quotes=[q("Abdul Mazid", "Rajshahi Mango Exporters’ Association")], note="Bangladesh–China trade protocol: relevant. 'Why it matters' subhead is part of the story.")),
        ("Opinion: Rohingya repatriation needs Myanmar’s guarantees, not Bangladesh’s patience", d(2026, 1, 12, 8, 0, 0, 6), "Dr. Farhana Yasmin", ["Opinion"],
         p("Eight years after the exodus of 2017, more than a million Rohingya remain in Cox’s Bazar and Bhasan Char.",
           "No pilot return will work while fighting continues in Rakhine state.")
         + bio("Dr. Farhana Yasmin is a professor of international relations at the University of Rajshahi."),
         dict(authors=["Farhana Yasmin"], junk=["is a professor of international relations"], note="Guest op-ed on the Rohingya crisis: story, relevant.")),
        ("RU admission test results published", d(2026, 1, 11, 15, 0, 0, 6), "Staff Correspondent", ["Campus"],
         p("Results of the University of Rajshahi’s first-year admission tests were published on Sunday."), dict(authors=[], rel=False, note="Home education: not relevant.")),
        ("Read today’s e-paper", d(2026, 1, 11, 6, 0, 0, 6), "Barind Post", ["E-paper"],
         p("The full print edition of the Barind Post is available to subscribers."), dict(authors=[], story=False, rel=False, note="E-paper promo: non-story.")),
    ]
    head = plain_head("The Barind Post :: World & Opinion", B, "Rajshahi and the north-west", "en", d(2026, 1, 15, 10, 35, 0, 6), "© 2026 The Barind Post", "Laravel Feed")
    return build_feed("en_bd_barindpost_world_laravel26.rss.xml", "plain", B, head, rows, outlet="The Barind Post", aliases=["Barind Post"],
                      structure="Rajshahi (Bangladesh) English daily, custom Laravel RSS (2026), +0600, newest live page second: 'RAJSHAHI, Jan 14 —' dateline, 'Read more:' list, live updates, 'Why it matters' h3, guest opinion with professor bio, e-paper promo.",
                      notes="Home country: Bangladesh.")


def chico():
    B = "https://chicocircuit.example"
    rows = [
        ("Commerce tightens AI chip export rules, and Chico’s drone startups feel it", d(2025, 1, 16, 10, 0, 0, -8), "Devon Marsh", ["Policy"],
         p("The Commerce Department’s new ‘AI diffusion’ rule caps exports of advanced GPUs to most countries and bans them outright to China, and two Chico drone-mapping startups say it complicates their sales to Southeast Asia.",
           "“We ship a GPU in every ground station. Now every order to Vietnam needs a license,” said Priya Raman, co-founder of Sierra Vision Labs.")
         + rel("Further reading", ["What the diffusion rule says, line by line"], B + "/policy"),
         dict(quotes=[q("Priya Raman", "Sierra Vision Labs")], junk=["Further reading"], note="U.S. export controls aimed at China: relevant.")),
        ("Circuit Breaker #212: chips, drones and a very small server room", d(2025, 1, 15, 7, 0, 0, -8), "Devon Marsh", ["Newsletter"],
         p("Welcome back to Circuit Breaker, our weekly newsletter. This week: the export rule, a review of the new Framework laptop, and your letters.") + news("You’re reading Circuit Breaker. Subscribe to get it every Wednesday."),
         dict(story=False, rel=False, note="Newsletter issue: non-story.")),
        ("Review: The Framework Laptop 13 is the repairable machine Chico State students want", d(2025, 1, 14, 12, 0, 0, -8), "Alana Reyes", ["Reviews"],
         p("I took apart and rebuilt the laptop three times in a week. It survived.") + box("Verdict", ["Price: $1,049 as tested", "Score: 8/10"]),
         dict(rel=False, junk=["Price: $1,049 as tested"], note="Product review: story, not relevant.")),
        ("EU fines U.S. cloud firm €120 million under Digital Markets Act", d(2025, 1, 13, 9, 30, 0, -8), "Alana Reyes", ["Policy"],
         p("The European Commission fined a U.S. cloud provider €120 million for tying its app store to its payment system, the first DMA fine against an American company.",
           "“Brussels is writing the rules for American platforms,” said Tomás Herrera, a fellow at the Transatlantic Tech Policy Forum.")
         + tweet("Today we enforce the DMA.", "EU Competition", "EU_Competition_x", "January 13, 2025"),
         dict(quotes=[q("Tomás Herrera", "Transatlantic Tech Policy Forum")], junk=["Today we enforce the DMA"], note="EU–U.S. regulatory dispute: world-affairs weight, relevant.")),
        ("Chico fiber co-op raises $4 million to wire Paradise", d(2025, 1, 12, 14, 0, 0, -8), "Devon Marsh", ["Local"],
         p("The Butte Broadband Cooperative will lay fiber through the burn scar."), dict(rel=False, note="Local tech business: not relevant.")),
        ("Sponsored: Meet the team behind NorCal’s newest coworking space", d(2025, 1, 11, 8, 0, 0, -8), "Partner Content", ["Sponsored"],
         p("This post is brought to you by Orchard Works Chico."), dict(authors=[], story=False, rel=False, note="Sponsored post: non-story.")),
    ]
    head = plain_head("Chico Circuit", B, "Tech news from the North State", "en-us", d(2025, 1, 16, 10, 5, 0, -8), "© 2025 Chico Circuit", "Ghost 5.105")
    return build_feed("en_tech_us_chicocircuit_ghost5.rss.xml", "plain", B, head, rows, outlet="Chico Circuit", topic="tech",
                      structure="Chico (California) tech site and newsletter, Ghost 5 RSS (2025), -0800: 'Further reading' list, newsletter issue, review with verdict box, embedded tweet, sponsored post.",
                      notes="Home country: United States. Tech feed: world-affairs weight only.")


def lund():
    B = "https://liws.lu.example"
    rows = [
        ("New study: Baltic cod are smaller than at any time in 50 years", d(2025, 6, 3, 9, 0, 0, 2), "Press Office", ["Press release"],
         p("Cod caught in the southern Baltic today weigh less than half what cod of the same age weighed in the 1970s, researchers at the Lund Institute of Water and Society report in a new study.",
           "“The fish are starving, not just overfished,” said Karin Ljungberg, associate professor of marine ecology at the institute and the study’s lead author.")
         + p("<strong>Contact:</strong> Karin Ljungberg, karin.ljungberg@liws.lu.example"),
         dict(authors=[], rel=False, quotes=[q("Karin Ljungberg", "Lund Institute of Water and Society")], junk=["Contact:"], note="Press release on a scientific study: story, not world affairs.")),
        ("Expert comment: The High Seas Treaty is close to entering into force – what happens next?", d(2025, 6, 10, 11, 0, 0, 2), "Press Office", ["Expert comment"],
         p("With the 60th ratification of the UN agreement on marine biodiversity beyond national jurisdiction expected this year, Lund researchers explain what changes for the ocean.",
           "“The first conference of the parties will decide where the first marine protected areas on the high seas go,” said Henrik Söderlund, professor of international environmental law at the Lund Institute of Water and Society, who took part in the UN negotiations as an adviser to the Swedish delegation.")
         + qa("Why does it matter?", "Two-thirds of the ocean lies outside any country’s waters."),
         dict(authors=[], quotes=[q("Henrik Söderlund", "Lund Institute of Water and Society")], note="Comment on a UN treaty and its negotiations: relevant. Newest item first in the feed although not first published.")),
        ("Seminar: Water diplomacy in the Nile basin", d(2025, 6, 2, 8, 0, 0, 2), "Press Office", ["Events"],
         p("Date: 18 June 2025, 13:15–15:00. Place: Ekologihuset, Lund. Registration required."), dict(authors=[], story=False, rel=False, note="Event announcement: non-story (even on a world topic).")),
        ("Lund researchers to map melting permafrost in Svalbard", d(2025, 5, 28, 10, 0, 0, 2), "Press Office", ["Press release"],
         p("A three-year project funded by the Swedish Research Council will measure how fast permafrost is thawing around Longyearbyen.",
           "“We will drill forty boreholes this summer,” said Olof Bergkvist, a researcher at the Lund Institute of Water and Society."),
         dict(authors=[], rel=False, quotes=[q("Olof Bergkvist", "Lund Institute of Water and Society")], note="Research project abroad without world-affairs weight: not relevant.")),
        ("PhD position in hydrology and climate adaptation", d(2025, 5, 27, 9, 0, 0, 2), "Human Resources", ["Vacancies"],
         p("Last day to apply: 30 June 2025."), dict(authors=[], story=False, rel=False, note="Vacancy: non-story.")),
        ("Drought in southern Africa: Lund data used in UN famine warning", d(2025, 5, 26, 14, 0, 0, 2), "Press Office", ["Press release"],
         p("Soil-moisture estimates developed at the Lund Institute of Water and Society were used by the UN’s World Food Programme in its warning that 27 million people in southern Africa face acute hunger.",
           "“Our data showed the crop failure two months before the harvest,” said Amina Nkosi, a postdoctoral researcher at the institute.")
         + bio("The Lund Institute of Water and Society is part of Lund University’s Faculty of Science."),
         dict(authors=[], quotes=[q("Amina Nkosi", "Lund Institute of Water and Society")], junk=["is part of Lund University’s Faculty of Science"], note="Drought and famine warning abroad from the UN: relevant (rule D).")),
    ]
    rows = [rows[1], rows[0], rows[2], rows[3], rows[4], rows[5]]
    head = plain_head("LIWS – News and press releases", B, "Lund Institute of Water and Society, Lund University", "en", d(2025, 6, 10, 11, 5, 0, 2), "Lund University", "SiteVision")
    return build_feed("en_science_se_lundwatersociety_news_sitevision25.rss.xml", "plain", B, head, rows, outlet="Lund Institute of Water and Society", aliases=["LIWS"], topic="science",
                      structure="Lund (Sweden) university institute's English press office, SiteVision-style RSS (2025), +0200: 'Press Office' / 'Human Resources' credits, press releases with 'Contact:' line, expert comment with a Q&A subhead, seminar announcement, vacancy, boilerplate tail.",
                      notes="Home country: Sweden. Science feed: world-affairs weight only.")


FEEDS = [missoula, whanganui, arusha, siliguri, toowoomba, gisborne, takoradi, rajshahi, chico, lund]
