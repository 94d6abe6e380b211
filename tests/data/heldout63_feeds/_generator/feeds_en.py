# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the sixty-third held-out set: world desks with full CMS bodies (list N)."""
from h63 import TL, atom_head, bio, box, build_feed, d, fig, h, insta, live, news, p, plain_head, pq, q, rel, tweet, wp_head

NL_EN = "Get the world briefing in your inbox every morning. Sign up for our free newsletter."


def fresno():
    B = "https://valleysentinel.example"
    o = -8
    rows = [
        ("Mexico quake: rescuers dig through Oaxaca rubble as death toll hits 31", d(2020, 6, 24, 16, 40, 0, -7), "Marisol Quintanilla", ["World"],
         fig(B + "/img/oax.jpg", "Rescuers search a collapsed house in Crucecita, Oaxaca, on Wednesday.", "(Photo: Ricardo Ledesma / Valley Sentinel)")
         + p("OAXACA, Mexico — Rescue crews worked through the night in southern Mexico after a magnitude 7.4 earthquake killed at least 31 people, the state civil protection agency said Wednesday.",
             "“We still have people under the walls in four towns,” said Abigail Rendón, director of civil protection for the state of Oaxaca. “Every hour counts.”")
         + rel("Related:", ["Fresno families wait for word from relatives in Oaxaca", "What to know about earthquakes in Mexico"], B + "/news")
         + h(2, "Families in the Valley wait for news") + p("In Fresno, home to one of the largest Oaxacan communities in the U.S., families crowded around phones on Tuesday night.")
         + news(NL_EN) + bio("Marisol Quintanilla covers immigration and the Central Valley's ties to Mexico. Reach her at mquintanilla@valleysentinel.example."),
         dict(quotes=[q("Abigail Rendón", "civil protection for the state of Oaxaca")], junk=["Photo: Ricardo Ledesma", "Related:", "Sign up for our free newsletter", "covers immigration and the Central Valley"], note="Natural disaster abroad with dead: relevant (rule D). Role 'director of civil protection for the state of Oaxaca'.")),
        ("Armenia-Azerbaijan clashes: State Department urges restraint as Fresno Armenians rally", d(2020, 7, 14, 19, 5, 0, -7), "Gabe Holloway", ["World"],
         p("The State Department urged Armenia and Azerbaijan on Tuesday to stop fighting along their northern border, where clashes since Sunday have killed at least 16 people.", "“Our families in Tavush are sleeping in basements,” said Sarkis Ohanian, chairman of the Armenian National Committee of Central California.") + bio("Gabe Holloway covers Fresno County government."),
         dict(quotes=[q("Sarkis Ohanian", "Armenian National Committee of Central California")], junk=["covers Fresno County government"], note="Armed clashes between two states with a U.S. call for restraint: relevant.")),
        ("Correction: Story on Hong Kong security law misstated vote date", d(2020, 6, 23, 12, 0, 0, -7), "Valley Sentinel", ["World", "Corrections"],
         p("A June 22 story on China’s proposed national security law for Hong Kong misstated the date of the vote in Beijing. It is scheduled for June 30, not June 28."),
         dict(authors=[], story=False, rel=False, note="Correction notice: non-story.")),
        ("Raisin growers brace for tariffs as China trade fight drags on", d(2020, 6, 22, 15, 30, 0, -7), ["Gabe Holloway", "Marisol Quintanilla"], ["World", "Business"],
         p("Central Valley raisin and almond exporters say retaliatory Chinese tariffs have cut orders by a third this season, and a promised federal relief payment has yet to arrive.",
           "“We have containers booked and nobody on the other end,” said Harold Boyajian, president of the Sun-Maid Growers Cooperative of the West. He said the cooperative had written to the U.S. Trade Representative asking for the tariffs to be on the agenda of the next round of talks.")
         + pq("“We have containers booked and nobody on the other end.”")
         + p("<em>Updated at 4:10 p.m. with comment from the U.S. Trade Representative’s office, which did not respond by deadline.</em>"),
         dict(quotes=[q("Harold Boyajian", "Sun-Maid Growers Cooperative of the West")], junk=["Updated at 4:10 p.m."], note="U.S.–China trade dispute and its tariffs: relevant. Two dc:creator elements. The pull quote repeats the body quote.")),
        ("Live updates: Tropical Storm Cristobal and the coronavirus in Latin America", d(2020, 6, 22, 9, 0, 0, -7), "Valley Sentinel staff", ["World", "Live"],
         live([("9:02 a.m.", "Guatemala reports new landslides in Alta Verapaz."), ("8:41 a.m.", "Mexico adds 4,000 coronavirus cases overnight.")]),
         dict(authors=[], story=False, rel=False, note="Live page: non-story.")),
        ("Fresno State pitcher drafted by Giants in fourth round", d(2020, 6, 21, 20, 10, 0, -7), "Tom Ferrante", ["Sports"],
         p("Right-hander Cody Sayre became the Bulldogs’ highest pick in a decade.") + tweet("Welcome to the family, Cody! 🧡", "SF Giants Fan Page", "sfgfans", "June 11, 2020"),
         dict(rel=False, junk=["Welcome to the family"], note="Home sport: not relevant. The embedded post is not part of the story.")),
    ]
    head = wp_head("World – The Valley Sentinel", B + "/category/world", "Fresno and the San Joaquin Valley", "en-US", d(2020, 6, 24, 16, 45, 0, -7), "5.4.2")
    return build_feed("en_us_ca_valleysentinel_world_wp54.rss.xml", "wp", B, head, rows, outlet="The Valley Sentinel", lang="en",
                      structure="Fresno (California) daily, WordPress 5.4.2 (2020) category feed; excerpt descriptions with [&#8230;], full content:encoded with figure/figcaption photo credit in parentheses, 'Related:' list, h2 subheads, newsletter block, italic author bio tail, pull quote repeating the body, 'Updated at' note, embedded tweet, correction and live page in World.",
                      notes="Home country: United States.")


def tallahassee():
    B = "https://capitalcitydispatch.example"
    rows = [
        ("Haiti: gangs block fuel terminal as U.S. weighs evacuating embassy staff", d(2021, 10, 20, 14, 12, 0, -4), "By Renée Dumervil", ["World"],
         fig(B + "/i/varreux.jpg", "Trucks wait outside the Varreux terminal in Port-au-Prince.", "Credit: Jonas Pierre-Louis for the Dispatch")
         + p("PORT-AU-PRINCE, Haiti — Armed gangs have blocked Haiti’s main fuel terminal for a fourth week, forcing hospitals to ration generators, as the U.S. State Department weighs an ordered departure of non-emergency embassy staff.",
             "“We are down to two days of diesel,” said Dr. Fabienne Lamothe, medical director of Hôpital Saint-Damien. “After that, the incubators stop.”",
             "Florida’s Haitian American community, centred in Miami but with deep roots in Tallahassee, has pressed Congress for more support.")
         + rel("Read also:", ["Missionaries kidnapped near Port-au-Prince: what we know"], B + "/world") + bio("Renée Dumervil reports on Florida’s ties to the Caribbean."),
         dict(authors=["Renée Dumervil"], quotes=[q("Fabienne Lamothe", "Hôpital Saint-Damien")], junk=["Credit: Jonas Pierre-Louis", "Read also:", "reports on Florida’s ties"], note="Crisis abroad and U.S. embassy drawdown: relevant. 'By' is not part of the name.")),
        ("Florida State students evacuated from study-abroad program in Colombia after unrest", d(2021, 10, 19, 18, 30, 0, -4), "By Kyle Marchetti", ["World", "Education"],
         p("Twenty-two Florida State University students were moved from Cali to Bogotá and flown home after protests turned violent near their residence, the university said Tuesday.",
           "“The students are safe and every one of them is accounted for,” said Lorraine Whitfield, director of FSU International Programs.")
         + tweet("All of our students in Cali are safe and on their way home. Thank you to the staff in Bogotá.", "FSU International Programs", "FSUIntlPrograms", "October 18, 2021"),
         dict(authors=["Kyle Marchetti"], quotes=[q("Lorraine Whitfield", "FSU International Programs")], junk=["Thank you to the staff in Bogotá"], note="Citizens caught up in unrest abroad: relevant (rule C (c)).")),
        ("Legislators file bill to cap property-insurance rate hikes", d(2021, 10, 19, 11, 0, 0, -4), "By Kyle Marchetti", ["State"],
         p("Two Panhandle lawmakers filed a bill Tuesday that would cap annual rate increases for homeowners’ insurance at 10%.", "“Families are being priced out of their homes,” said state Rep. Dolores Ackley."),
         dict(authors=["Kyle Marchetti"], rel=False, quotes=[q("Dolores Ackley", "state Rep.")], note="Home state politics: not relevant.")),
        ("Sponsored: Five reasons to visit Apalachicola this fall", d(2021, 10, 18, 8, 0, 0, -4), "Visit Franklin County", ["Sponsored"],
         p("From oysters to lighthouses, this is the season for the Forgotten Coast. This content was paid for by Visit Franklin County."),
         dict(authors=[], story=False, rel=False, note="Sponsored content: non-story.")),
        ("UN climate summit: small island states demand loss-and-damage fund", d(2021, 10, 18, 7, 30, 0, -4), "By Renée Dumervil and Associated Press", ["World", "Environment"],
         p("Small island nations said Monday they will not sign a final text at the Glasgow climate summit without a fund for loss and damage.",
           "“We are not asking for charity. We are asking for the bill to be paid,” said Keisha Baptiste, lead negotiator for the Alliance of Small Island States.")
         + box("COP26 at a glance", ["Glasgow, Oct. 31–Nov. 12", "About 200 countries", "Goal: keep 1.5C within reach"]),
         dict(authors=["Renée Dumervil"], quotes=[q("Keisha Baptiste", "Alliance of Small Island States")], junk=["COP26 at a glance"], note="International climate negotiations: relevant. 'and Associated Press' is an agency, not a person.")),
        ("Seminoles fall to Clemson in overtime", d(2021, 10, 17, 22, 0, 0, -4), "By Jalen Price", ["Sports"],
         p("Florida State lost 30-27 in overtime at Doak Campbell Stadium.") + insta("What a game. Proud of this team. #Noles", "fsufootballfanz", "Oct 16, 2021"),
         dict(authors=["Jalen Price"], rel=False, junk=["A post shared by"], note="Home sport: not relevant.")),
    ]
    head = plain_head("Capital City Dispatch | World", B, "Tallahassee news", "en-us", d(2021, 10, 20, 14, 20, 0, -4), "© 2021 Capital City Dispatch LLC", "Arc XP")
    return build_feed("en_us_fl_capitalcitydispatch_world_arcxp21.rss.xml", "plain", B, head, rows, outlet="Capital City Dispatch",
                      structure="Tallahassee (Florida) digital daily, Arc XP-style outboundfeeds RSS (2021): 'By Name' in dc:creator, '… and Associated Press', full content:encoded with 'Credit:' figcaptions, 'Read also:' box, fact box, embedded tweet and Instagram post, sponsored post.",
                      notes="Home country: United States.")


def lethbridge():
    B = "https://prairieherald.example"
    rows = [
        ("Canadian aid worker freed after 5 months held in Mali", d(2022, 2, 9, 13, 20, 0, -7), "Nadia Kowalchuk", ["World", "Canada"],
         p("OTTAWA — A Canadian aid worker held by an armed group in central Mali since September has been released and is in good health, Global Affairs Canada said Wednesday.",
           "“We are relieved and grateful to all who worked for his release,” said Gerald Fenwick, a spokesperson for Global Affairs Canada.")
         + h(3, "Who is he?") + p("Originally from Taber, he had worked for a water charity in the Sahel for six years.")
         + rel("Related:", ["Ottawa updates Mali travel advice"], B + "/news") + news("Sign up for Herald Headlines — the day’s top stories, delivered at 6 a.m."),
         dict(quotes=[q("Gerald Fenwick", "Global Affairs Canada")], junk=["Sign up for Herald Headlines", "Related:"], note="Canadian held by an armed group abroad: relevant (rule C (a)).")),
        ("City council votes to keep downtown supervised consumption site closed", d(2022, 2, 8, 21, 0, 0, -7), "Trent Hollis", ["Local"],
         p("Lethbridge city council voted 6-3 on Tuesday against reopening the site.", "“We heard from business owners loud and clear,” Coun. Anita Brar said."),
         dict(rel=False, quotes=[q("Anita Brar", "Lethbridge city council")], note="City politics: not relevant.")),
        ("Ukraine tension: Alberta's Ukrainian community rallies as Canada sends lethal aid", d(2022, 2, 8, 16, 45, 0, -7), "Nadia Kowalchuk", ["World"],
         fig(B + "/img/rally.jpg", "Demonstrators at city hall on Sunday.", "Photo by Trent Hollis/The Prairie Herald")
         + p("Canada will send C$7.8 million in small arms and ammunition to Ukraine, Ottawa announced Tuesday, as Russian troops mass near the border.",
             "“People here have cousins in Lviv and Kharkiv. They are not sleeping,” said Oksana Melnyk, president of the Lethbridge branch of the Ukrainian Canadian Congress."),
         dict(quotes=[q("Oksana Melnyk", "Ukrainian Canadian Congress")], junk=["Photo by Trent Hollis"], note="Canada's military aid amid the Russia–Ukraine crisis: relevant.")),
        ("PHOTOS: Chinook winds bring 17C day to southern Alberta", d(2022, 2, 7, 17, 0, 0, -7), "Herald Staff", ["Gallery"],
         p("Residents took to the coulees on a spring-like day. Photos by Trent Hollis."),
         dict(authors=[], story=False, rel=False, junk=["Photos by Trent Hollis"], note="Gallery: non-story.")),
        ("Tonga eruption: Canadian navy ship heads for Nuku'alofa with water, tents", d(2022, 2, 7, 10, 30, 0, -7), "The Canadian Press", ["World"],
         p("HALIFAX — HMCS Winnipeg is carrying water purification gear and shelter kits to Tonga, where the January volcanic eruption and tsunami killed three people and cut the islands off for days.",
           "“We’re the fastest ship in the area,” said Cmdr. Lise Aubertin, the ship’s commanding officer.") + p("<em>Correction: An earlier version of this story gave the wrong number of dead.</em>"),
         dict(authors=[], quotes=[q("Lise Aubertin", "HMCS Winnipeg")], junk=["Correction: An earlier version"], note="Disaster abroad drawing foreign aid: relevant (rule D). Agency credit gives no author.")),
        ("Hurricanes edge Tigers 4-3 in shootout", d(2022, 2, 6, 22, 15, 0, -7), "Kyle Dunn", ["Sports"],
         p("The Lethbridge Hurricanes won at Enmax Centre."), dict(rel=False, note="Home sport: not relevant.")),
    ]
    head = plain_head("World | The Prairie Herald", B + "/world", "Lethbridge and southern Alberta", "en-CA", d(2022, 2, 9, 13, 30, 0, -7), "© 2022 Prairie Herald Media Inc.", "Drupal 9 (https://www.drupal.org)")
    return build_feed("en_ca_ab_prairieherald_world_drupal9.rss.xml", "plain", B, head, rows, outlet="The Prairie Herald",
                      structure="Lethbridge (Alberta) daily, Drupal 9 views RSS (2022) with content:encoded: 'Photo by …/The Prairie Herald' figcaption credits, h3 subhead, 'Related:' list, newsletter sign-up block, italic correction note, Canadian Press credit, gallery.",
                      notes="Home country: Canada.")


def sligo():
    B = "https://westernchampionsligo.example"
    rows = [
        ("Irish nurse among those missing after Sydney floods, DFA says", d(2022, 3, 2, 14, 0, 0, 0), "Siobhán Gilhooly", ["World", "Ireland Abroad"],
         p("The Department of Foreign Affairs is providing consular assistance to the family of an Irish nurse from Ballymote reported missing in the New South Wales floods, which have killed at least 20 people.",
           "“We are in close contact with the Australian authorities,” said a spokesperson for the Department of Foreign Affairs.",
           "Her brother, Declan Feeney, said: “We just want her home.”")
         + fig(B + "/img/lismore.jpg", "Flooded streets in Lismore, New South Wales.", "Picture: Getty Images") + bio("Siobhán Gilhooly is our news editor."),
         dict(quotes=[q("a spokesperson", "Department of Foreign Affairs"), q("Declan Feeney")], junk=["Picture: Getty Images", "is our news editor"], note="Irish citizen among the missing of a deadly disaster abroad that is itself news: relevant (rule C (c), rule D). The anonymous spokesperson of a whole quoted sentence is shown as the text describes them.")),
        ("Sligo IT gets university status as ATU launches", d(2022, 3, 1, 12, 30, 0, 0), "Conor Harte", ["News"],
         p("IT Sligo became part of the new Atlantic Technological University.", "“It’s a historic day for the North West,” said Prof. Mairéad Cullen."),
         dict(rel=False, quotes=[q("Mairéad Cullen")], note="Home education news: not relevant. No affiliation given for the speaker.")),
        ("Ireland to take in Ukrainian refugees without visas, Government confirms", d(2022, 2, 28, 18, 20, 0, 0), "Conor Harte", ["World"],
         h(2, "What we know so far") + p("Ireland has lifted visa requirements for people fleeing Ukraine, the Department of Justice confirmed on Monday, as EU ministers met in Brussels on a common response.",
             "“Sligo will play its part,” said Cllr Tomás Rooney, Cathaoirleach of Sligo County Council, who said hotels in Strandhill had already offered rooms.")
         + rel("Read more:", ["Sligo families open their homes", "How to donate safely"], B + "/news") + news("Sign up to The Champion’s daily newsletter for the top stories from Sligo and beyond."),
         dict(quotes=[q("Tomás Rooney", "Sligo County Council")], junk=["Read more:", "Sign up to The Champion"], note="Ireland's response to the war in Ukraine (EU refugee policy): relevant.")),
        ("Sligo Rovers sign Norwegian winger on loan", d(2022, 2, 28, 9, 0, 0, 0), "Sports Desk", ["Sport"],
         p("The Bit O’Red have added depth ahead of the new season."), dict(authors=[], rel=False, note="Home sport: not relevant.")),
        ("Podcast: The Champion Chat — Ukraine, fuel prices and the county budget", d(2022, 2, 27, 7, 0, 0, 0), "The Western Champion", ["Podcast"],
         p("This week’s episode. Listen on Spotify or Apple Podcasts."), dict(authors=[], story=False, rel=False, note="Podcast: non-story.")),
        ("EU agrees SWIFT ban for Russian banks", d(2022, 2, 26, 22, 40, 0, 0), "Siobhán Gilhooly with agencies", ["World"],
         p("The EU, US, UK and Canada agreed to cut selected Russian banks from the SWIFT payments system.", "“This is a massive step,” said Annika Lindqvist, a senior official of the European Commission.")
         + tweet("Europe stands united.", "Annika Lindqvist", "ALindqvistEU", "February 26, 2022"),
         dict(authors=["Siobhán Gilhooly"], quotes=[q("Annika Lindqvist", "European Commission")], junk=["Europe stands united"], note="Sanctions on Russia: relevant. 'with agencies' is not part of the name.")),
    ]
    head = plain_head("World News - The Western Champion", B, "News from Sligo and the North West", "en-IE", d(2022, 3, 2, 14, 5, 0, 0), "Copyright 2022 Western Champion Newspapers DAC", "Naviga Web")
    return build_feed("en_ie_westernchampion_world_naviga22.rss.xml", "plain", B, head, rows, outlet="The Western Champion",
                      structure="Sligo (Ireland) weekly's site, Naviga Web-style RSS (2022), dates +0000: content:encoded with 'Picture: …' credits, 'Read more:' list, newsletter block, h2 'What we know so far', embedded tweet, bio tail; 'with agencies' in dc:creator.",
                      notes="Home country: Ireland.")


def rotorua():
    B = "https://lakescitypost.example"
    rows = [
        ("Samoa measles aftermath: NZ nurses return as vaccination drive ends", d(2020, 2, 12, 15, 0, 0, 13), "Hemi Waaka", ["World"],
         p("The last team of New Zealand nurses sent to Samoa during the measles epidemic, which killed 83 people, returned home on Wednesday.",
           "“We saw things no nurse should have to see,” said Tania Ruawai, who led the Lakes District Health Board contingent.")
         + fig(B + "/img/apia.jpg", "Nurses at Apia airport.", "Photo / Supplied") + rel("Related articles:", ["How the epidemic unfolded"], B + "/world"),
         dict(quotes=[q("Tania Ruawai", "Lakes District Health Board")], junk=["Photo / Supplied", "Related articles:"], note="NZ aid in an epidemic abroad: relevant. The role over a body the text names gives that body.")),
        ("Rotorua lakefront redevelopment hits budget snag", d(2020, 2, 11, 17, 30, 0, 13), "Grace Tūhoe", ["Local"],
         p("The $40m lakefront project is $6m over budget.", "“We will find the savings,” Mayor Delwyn Pere said."),
         dict(rel=False, quotes=[q("Delwyn Pere", "Mayor")], note="City news: not relevant.")),
        ("Coronavirus: Kiwis evacuated from Wuhan land at Whangaparāoa", d(2020, 2, 11, 9, 10, 0, 13), "Hemi Waaka and Grace Tūhoe", ["World", "Health"],
         live([("9.05am", "The Air New Zealand charter has landed at Auckland."), ("8.40am", "Buses are waiting to take passengers to the quarantine camp.")])
         + p("A Government-chartered flight carrying 157 passengers from Wuhan landed on Monday. They will spend 14 days at the Whangaparāoa military camp.",
             "“The operation went exactly to plan,” said Ngaire Tomoana, a spokeswoman for the Ministry of Foreign Affairs and Trade."),
         dict(authors=["Hemi Waaka", "Grace Tūhoe"], quotes=[q("Ngaire Tomoana", "Ministry of Foreign Affairs and Trade")], junk=["The Air New Zealand charter has landed"], note="Government evacuation flight: relevant (rule C (b)). Story with live-style entries at the top.")),
        ("Newsletter: The Lakes Weekly — 8 February", d(2020, 2, 8, 7, 0, 0, 13), "Lakes City Post", ["Newsletters"],
         p("Your week in Rotorua. Subscribe to get this in your inbox."), dict(authors=[], story=False, rel=False, note="Newsletter issue: non-story.")),
        ("Australia bushfires: Rotorua firefighters head to Victoria", d(2020, 2, 7, 14, 0, 0, 13), "Grace Tūhoe", ["World"],
         p("Eight firefighters from the Rotorua region have joined the fifth New Zealand deployment to Australia’s bushfires, which have killed 33 people.", "“They asked and we came,” said crew leader Awhina Rangi of Fire and Emergency New Zealand."),
         dict(quotes=[q("Awhina Rangi", "Fire and Emergency New Zealand")], note="Disaster abroad drawing foreign teams: relevant (rule D).")),
        ("Te Matatini: kapa haka groups prepare for national festival", d(2020, 2, 6, 12, 0, 0, 13), "Hemi Waaka", ["Culture"],
         p("Three Te Arawa groups have qualified."), dict(rel=False, note="Home culture: not relevant.")),
    ]
    head = atom_head("Lakes City Post — World", B, "Rotorua news", d(2020, 2, 12, 15, 5, 0, 13), "© 2020 Lakes City Post Limited", "Ghost 3.5", "Lakes City Post")
    return build_feed("en_nz_lakescitypost_world_ghost3_atom.atom.xml", "atom", B, head, rows, outlet="Lakes City Post",
                      structure="Rotorua (New Zealand) digital paper, Atom feed (Ghost 3-era custom template, 2020), +13:00 dates, one author element per person, tag: ids; html content with 'Photo / Supplied' credits, 'Related articles:' list, live-style timestamped entries at the top of a story, newsletter issue.",
                      notes="Home country: New Zealand.")


def bloemfontein():
    B = "https://freestatevoice.example"
    rows = [
        ("Mozambique: SADC troops extend Cabo Delgado mission as insurgents regroup", d(2023, 7, 14, 11, 20, 0, 2), "Lerato Mofokeng", ["World", "Africa"],
         p("SADC leaders on Friday extended the regional military mission in northern Mozambique by another year.",
           "“The job is not finished,” said Brig-Gen Thabo Seeiso, spokesperson for the SADC Mission in Mozambique.")
         + pq("The job is not finished") + rel("READ ALSO:", ["SANDF soldiers killed in Cabo Delgado ambush"], B + "/africa")
         + bio("Lerato Mofokeng is the Voice’s Africa correspondent."),
         dict(quotes=[q("Thabo Seeiso", "SADC Mission in Mozambique")], junk=["READ ALSO:", "Africa correspondent"], note="Regional security mission with SA troops: relevant.")),
        ("Mangaung metro water outages enter third week", d(2023, 7, 13, 16, 0, 0, 2), "Pieter du Plessis", ["Local"],
         p("Residents of Heidedal and Batho are without water.", "“We carry buckets from the church,” said resident Mpho Mokoena."),
         dict(rel=False, quotes=[q("Mpho Mokoena")], note="City news: not relevant.")),
        ("South African tourists stuck in Greece as Rhodes wildfires spread", d(2023, 7, 13, 9, 45, 0, 2), "Pieter du Plessis", ["World"],
         fig(B + "/img/rhodes.jpg", "Smoke over Rhodes.", "Image: AFP") + p("At least 40 South Africans are among thousands evacuated from hotels on Rhodes as wildfires forced Greece’s largest evacuation, DIRCO said.",
             "“Our embassy in Athens is in contact with all who have registered,” said Nomsa Khumalo, a spokesperson for the Department of International Relations and Cooperation."),
         dict(quotes=[q("Nomsa Khumalo", "Department of International Relations and Cooperation")], junk=["Image: AFP"], note="Nationals among evacuees of a natural disaster abroad, embassy registering them: relevant (rules C and D).")),
        ("WATCH | Cheetahs fans celebrate Currie Cup final win", d(2023, 7, 12, 20, 0, 0, 2), "Voice Video", ["Video"],
         p("Scenes at the Free State Stadium."), dict(authors=[], story=False, rel=False, t="Cheetahs fans celebrate Currie Cup final win", note="Video: non-story. " + TL.format("WATCH |"))),
        ("BRICS summit: Free State farmers eye Chinese beef market", d(2023, 7, 12, 14, 0, 0, 2), "Lerato Mofokeng", ["World", "Business"],
         p("Ahead of next month’s BRICS summit in Johannesburg, Free State cattle farmers hope a protocol on beef exports to China will be signed.",
           "“China could take all the beef we produce,” said Johan Venter, chairman of the Free State Red Meat Producers’ Organisation.")
         + news("Get the Voice in your inbox: subscribe to our free daily newsletter."),
         dict(quotes=[q("Johan Venter", "Free State Red Meat Producers’ Organisation")], junk=["subscribe to our free daily newsletter"], note="South Africa–China trade protocol at BRICS: relevant.")),
        ("Grey College wins schools rugby festival", d(2023, 7, 11, 18, 0, 0, 2), "Sport Reporter", ["Sport"], p("Grey beat Paul Roos 28-20."), dict(authors=[], rel=False, note="Home sport: not relevant.")),
    ]
    head = wp_head("World Archives - Free State Voice", B + "/category/world", "Bloemfontein's news", "en-ZA", d(2023, 7, 14, 11, 30, 0, 2), "6.2.2")
    return build_feed("en_za_fs_freestatevoice_world_wp62.rss.xml", "wp", B, head, rows, outlet="Free State Voice",
                      structure="Bloemfontein (South Africa) site, WordPress 6.2.2 (2023) 'World Archives - Site' feed; content:encoded with 'Image: AFP' figcaptions, pull quote, 'READ ALSO:' box, bio tail, newsletter block; 'WATCH |' video.",
                      notes="Home country: South Africa.")


def nakuru():
    B = "https://riftvalleyherald.example"
    rows = [
        ("Kenyan police deploy to Haiti as first 400 officers land in Port-au-Prince", d(2024, 6, 25, 21, 0, 0, 3), "Wanjiru Kamau", ["World"],
         p("The first 400 Kenyan police officers of the UN-backed Multinational Security Support mission landed in Haiti on Tuesday.",
           "“Our officers are trained and ready,” said Godfrey Otieno, deputy commander of the Kenyan contingent.")
         + tweet("Our officers have landed safely in Port-au-Prince.", "National Police Service", "NPSOfficialKE", "June 25, 2024")
         + rel("Also read:", ["Nakuru officer among Haiti contingent"], B + "/news"),
         dict(quotes=[q("Godfrey Otieno", "Kenyan contingent")], junk=["Our officers have landed safely", "Also read:"], note="Kenya's international deployment: relevant.")),
        ("Finance Bill protests: Nakuru traders count losses", d(2024, 6, 25, 17, 0, 0, 3), "Kiprono Langat", ["Counties"],
         p("Shops on Kenyatta Avenue stayed shut.", "“We lost everything,” said trader Alice Njeri."), dict(rel=False, quotes=[q("Alice Njeri")], note="Home unrest and local business: not relevant.")),
        ("Kenyans trafficked to Myanmar scam compounds rescued, MFA says", d(2024, 6, 24, 13, 30, 0, 3), "Kiprono Langat", ["World"],
         p("Thirty-two Kenyans held in cyber-scam compounds in Myanmar’s Myawaddy have been rescued and are in Thailand awaiting repatriation.",
           "“They were held against their will and forced to work 17 hours a day,” said Rose Achieng, Principal Secretary for Diaspora Affairs.")
         + box("Warning signs of job scams", ["Offers via social media", "No interview", "Travel via a third country"]) + bio("Kiprono Langat is a senior reporter based in Nakuru."),
         dict(quotes=[q("Rose Achieng", "Principal Secretary for Diaspora Affairs")], junk=["Warning signs of job scams", "senior reporter based in Nakuru"], note="Trafficked nationals freed abroad, repatriation: relevant (rule C (a)).")),
        ("Lake Nakuru flamingo numbers rise after floods", d(2024, 6, 24, 8, 0, 0, 3), "Wanjiru Kamau", ["Environment"], p("KWS counted 1.2 million flamingos."), dict(rel=False, note="Home environment: not relevant.")),
        ("Subscribe: Get the Herald ePaper for Sh20 a day", d(2024, 6, 23, 6, 0, 0, 3), "Rift Valley Herald", ["Promotions"], p("Read the full paper on any device."), dict(authors=[], story=False, rel=False, note="Subscription promo: non-story.")),
        ("Sudan war: Kenya hosts RSF delegation for talks", d(2024, 6, 22, 19, 40, 0, 3), "Wanjiru Kamau", ["World", "Africa"],
         p("Kenya hosted a delegation of Sudan’s Rapid Support Forces in Nairobi for talks on a ceasefire.", "Sudan’s army-led government said the meeting was “a hostile act”."),
         dict(note="Kenya's diplomacy over the war in Sudan: relevant. Government statement without a person: no quote.")),
    ]
    head = wp_head("World – Rift Valley Herald", B + "/category/world", "Nakuru news", "en-US", d(2024, 6, 25, 21, 10, 0, 3), "6.5.4")
    return build_feed("en_ke_riftvalleyherald_world_wp65.rss.xml", "wp", B, head, rows, outlet="Rift Valley Herald",
                      structure="Nakuru (Kenya) site, WordPress 6.5.4 (2024); content:encoded with embedded tweet, 'Also read:' list, fact box, bio tail; language en-US as WordPress defaults.",
                      notes="Home country: Kenya.")


def kuching():
    B = "https://borneobeacon.example"
    rows = [
        ("Brunei, Malaysia agree new border crossing at Lawas", d(2025, 3, 5, 16, 0, 0, 8), "Jenny Ling", ["World", "Nation"],
         p("Malaysia and Brunei signed an agreement on Wednesday to open a new border crossing near Lawas by 2027.", "“This will cut travel time for thousands,” said Awang Hamzah, Brunei’s deputy minister of home affairs.")
         + fig(B + "/img/lawas.jpg", "Officials at the signing in Bandar Seri Begawan.", "— Photo courtesy of Wisma Putra") + news("Follow The Borneo Beacon on WhatsApp for breaking news."),
         dict(quotes=[q("Awang Hamzah", "Brunei")], junk=["Photo courtesy of Wisma Putra", "Follow The Borneo Beacon on WhatsApp"], note="Malaysia–Brunei relations: relevant. A role of 'Brunei’s' ministry gives the state.")),
        ("Myanmar quake: Malaysian SMART team joins rescue in Mandalay", d(2025, 3, 30, 11, 0, 0, 8), "Jenny Ling and Ahmad Zulkifli", ["World"],
         p("A Malaysian search and rescue team of 50 arrived in Mandalay after the magnitude 7.7 earthquake that has killed more than 1,600 people.",
           "“We are going into collapsed apartment blocks,” said team leader Ruslan Ismail of the Special Malaysia Disaster Assistance and Rescue Team.")
         + h(2, "How to help") + rel("RELATED:", ["Sarawak NGOs collect aid for Myanmar"], B + "/world"),
         dict(authors=["Jenny Ling", "Ahmad Zulkifli"], quotes=[q("Ruslan Ismail", "Special Malaysia Disaster Assistance and Rescue Team")], junk=["RELATED:"], note="Deadly disaster abroad with a rescue team sent: relevant (rule D).")),
        ("Sponsored: Discover Sarawak’s longhouse homestays", d(2025, 3, 4, 19, 0, 0, 8), "Brand Studio", ["Sponsored"], p("This article is brought to you by Sarawak Tourism Partners."), dict(authors=[], story=False, rel=False, note="Sponsored content: non-story.")),
        ("In Pictures: Gawai preparations in Bau", d(2025, 3, 3, 12, 0, 0, 8), "Beacon Photo", ["Gallery"], p("Pictures by Tan Wei Ming."), dict(authors=[], story=False, rel=False, junk=["Pictures by Tan Wei Ming"], note="Gallery: non-story.")),
        ("Sarawak to export green hydrogen to South Korea from 2027", d(2025, 3, 2, 15, 0, 0, 8), "Jenny Ling", ["Business"],
         p("A Sarawak state firm and a South Korean consortium signed an offtake deal for green hydrogen.", "“Korea needs clean fuel and Sarawak has the rivers,” said Park Min-jun, vice-president of Seoul Clean Energy Holdings."),
         dict(quotes=[q("Park Min-jun", "Seoul Clean Energy Holdings")], note="Cross-border energy deal (Malaysia–South Korea): relevant, borderline (trade with a foreign state-backed consortium).")),
        ("Sarawak FC held to draw", d(2025, 3, 1, 22, 0, 0, 8), "Sports Desk", ["Sports"], p("A 0-0 draw at the State Stadium."), dict(authors=[], rel=False, note="Home sport: not relevant.")),
    ]
    head = plain_head("The Borneo Beacon - World", B, "Kuching, Sarawak", "en-MY", d(2025, 3, 30, 11, 10, 0, 8), "© 2025 Borneo Beacon Sdn Bhd", "Next.js")
    return build_feed("en_my_borneobeacon_world_nextjs25.rss.xml", "plain", B, head, rows, outlet="The Borneo Beacon",
                      structure="Kuching (Sarawak, Malaysia) site, RSS from a Next.js app (2025), items not in date order (a newer item second); content:encoded with '— Photo courtesy of …' credits, WhatsApp follow block, h2 'How to help', 'RELATED:' list; 'A and B' in dc:creator.",
                      notes="Home country: Malaysia.")


def kamloops():
    B = "https://thompsonbytes.example"
    rows = [
        ("EU AI Act: what Canadian startups selling into Europe need to know", d(2024, 8, 1, 9, 0, 0, -7), "Priya Sandhu", ["Policy"],
         p("The EU’s AI Act entered into force on Aug. 1, and Canadian firms selling into the bloc will have to comply.", "“Most of our members don’t know they’re in scope,” said Marc Thibodeau, policy director at the Canadian Council of Innovators.")
         + news("Like this? Get Thompson Bytes in your inbox every Friday.") + bio("Priya Sandhu writes about tech policy."),
         dict(quotes=[q("Marc Thibodeau", "Canadian Council of Innovators")], junk=["Get Thompson Bytes in your inbox", "writes about tech policy"], note="EU regulation affecting foreign firms: relevant (world-affairs weight).")),
        ("Review: the Pixel 9 is the best Android camera this year", d(2024, 7, 31, 12, 0, 0, -7), "Owen MacLeod", ["Reviews"], p("Google's phone takes great night shots."), dict(rel=False, note="Product review: story, not relevant.")),
        ("Kamloops data centre wins approval despite water worries", d(2024, 7, 30, 15, 0, 0, -7), "Priya Sandhu", ["Local tech"], p("Council approved the 40MW site.", "“We’ll recycle 90% of the water,” said CEO Dana Fraser of NorthPeak Compute."),
         dict(rel=False, quotes=[q("Dana Fraser", "NorthPeak Compute")], note="Local business: not relevant.")),
        ("US chip export curbs: Ottawa asked to align rules", d(2024, 7, 29, 10, 0, 0, -7), "Owen MacLeod", ["Policy"],
         p("Washington has asked allies including Canada to match new restrictions on exports of chipmaking tools to China.", "“Canada has little choice but to follow,” said Fiona Grant, a trade lawyer at Halvorsen LLP."),
         dict(quotes=[q("Fiona Grant", "Halvorsen LLP")], note="Export controls between states: relevant.")),
        ("Event: Thompson Tech Meetup, Aug. 15", d(2024, 7, 28, 8, 0, 0, -7), "Thompson Bytes", ["Events"], p("Join us at the Kamloops Innovation Hub."), dict(authors=[], story=False, rel=False, note="Event promo: non-story.")),
        ("CrowdStrike outage: how B.C. hospitals coped", d(2024, 7, 27, 11, 0, 0, -7), "Priya Sandhu", ["Security"], p("Interior Health switched to paper for six hours."), dict(rel=False, note="Home IT incident: not relevant.")),
    ]
    head = atom_head("Thompson Bytes", B, "Tech from the B.C. Interior", d(2024, 8, 1, 9, 5, 0, -7), "© 2024 Thompson Bytes Media", "Hugo", "Thompson Bytes")
    return build_feed("en_tech_ca_thompsonbytes_hugo.atom.xml", "atom", B, head, rows, outlet="Thompson Bytes", topic="tech",
                      structure="Kamloops (B.C.) tech site, Hugo Atom template (2024), -07:00 dates, html content with newsletter block and bio tail, review and event promo.",
                      notes="Home country: Canada. Tech feed: world-affairs weight only.")


def cairns():
    B = "https://reefcoastinstitute.example"
    rows = [
        ("Australia and Indonesia sign reef restoration research pact", d(2026, 2, 10, 10, 0, 0, 10), "Media Office", ["Media releases"],
         p("Reef Coast Institute and Indonesia’s National Research and Innovation Agency signed a five-year memorandum on coral restoration under the Australia–Indonesia science agreement.",
           "“Coral larvae don’t recognise borders,” said Dr Hannah Kovac, Director of Reef Coast Institute.") + p("<strong>Media contact:</strong> Liam Toohey, 07 4000 0000"),
         dict(authors=[], quotes=[q("Hannah Kovac", "Reef Coast Institute")], junk=["Media contact:"], note="Intergovernmental science agreement: relevant.")),
        ("New species of goby described from Cape York", d(2026, 2, 9, 10, 0, 0, 10), "Media Office", ["Media releases"], p("The fish is 2 cm long."), dict(authors=[], rel=False, note="Science news: not relevant.")),
        ("Marine heatwave: third mass bleaching since 2020 confirmed", d(2026, 2, 8, 10, 0, 0, 10), "Media Office", ["Media releases"],
         p("Aerial surveys confirmed mass bleaching on the northern reef.", "“This is the new normal unless emissions fall,” said Prof. Ari Nakamura."), dict(authors=[], rel=False, quotes=[q("Ari Nakamura")], note="Home environment science: not relevant.")),
        ("Public lecture: The reef in 2050", d(2026, 2, 7, 10, 0, 0, 10), "Media Office", ["Events"], p("Free entry, bookings required."), dict(authors=[], story=False, rel=False, note="Event: non-story.")),
        ("Pacific ocean monitoring network gets Japanese funding", d(2026, 2, 6, 10, 0, 0, 10), "Media Office", ["Media releases"],
         p("Japan’s development agency will fund ocean sensors in Fiji, Vanuatu and Samoa run by the institute.", "“It fills a huge data gap,” said Dr Sione Latu, Pacific programme lead."),
         dict(authors=[], quotes=[q("Sione Latu", "Pacific programme lead")], note="Foreign development funding across states: relevant.")),
        ("Vacancy: Research technician (diving)", d(2026, 2, 5, 10, 0, 0, 10), "Media Office", ["Careers"], p("Applications close 1 March."), dict(authors=[], story=False, rel=False, note="Job ad: non-story.")),
    ]
    head = wp_head("Media releases – Reef Coast Institute", B + "/news", "Cairns", "en-AU", d(2026, 2, 10, 10, 5, 0, 10), "6.9")
    return build_feed("en_science_au_reefcoast_news_wp69.rss.xml", "wp", B, head, rows, outlet="Reef Coast Institute", topic="science",
                      structure="Cairns (Queensland) research institute press office, WordPress 6.9 (2026): 'Media Office' creator, 'Media contact:' footer, lecture and vacancy.",
                      notes="Home country: Australia. Science feed: world-affairs weight only.")


FEEDS = [fresno, tallahassee, lethbridge, sligo, rotorua, bloemfontein, nakuru, kuching, kamloops, cairns]
