# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the sixty-fourth held-out set: local and regional desks carrying wire and
partner copy, a portal's partner feed, a feed reader's re-export and an alert feed (list O)."""
from h64 import TL, atom_head, bio, box, build_feed, credit, d, fig, h, news, p, plain_head, q, rel, synd, tweet, wp_head

MP_COPY = "Copyright 2022 Meridian Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."


def duluth():
    B = "https://lakesuperiorledger.example"
    rows = [
        ("Ukraine says shelling closed Mariupol evacuation route for a second day", d(2022, 3, 6, 14, 20, 0, -6), "KARIN VOSS Meridian Press", ["World", "Wire"],
         fig(B + "/wp-content/uploads/2022/03/mariupol.jpg", "Residents wait for buses that never came in Mariupol on Sunday.", "(Meridian Press photo/Oleh Saveliev)")
         + p("ZAPORIZHZHIA, Ukraine (MP) — A planned evacuation of civilians from the besieged port city of Mariupol collapsed for a second day on Sunday, Ukrainian officials said, as shelling hit the road that buses were meant to use.",
             "“The buses were ready at 10 a.m. and the first shells landed at 10:20,” said Iryna Bondarenko, deputy head of the Mariupol city administration, speaking by phone from a shelter. “We cannot send people into that.”",
             "The city of about 430,000 has been without power, water and heating for five days. The International Committee of the Red Cross said its teams were ready to lead a convoy once both sides agreed on a route and a time.",
             "Moscow blamed Ukrainian forces for the breakdown. The claim could not be independently verified.")
         + credit(MP_COPY) + rel("More from the Ledger:", ["Duluth’s Ukrainian parish collects medical kits", "How to help Ukrainian refugees from the Northland"], B + "/news"),
         dict(authors=["Karin Voss"], quotes=[q("Iryna Bondarenko", "Mariupol city administration")], junk=["Meridian Press photo", "All rights reserved", "More from the Ledger"], note="War abroad: relevant. Agency byline in capitals 'KARIN VOSS Meridian Press': the person only.")),
        ("Duluth parish ships 40 boxes of medical supplies to western Ukraine", d(2022, 3, 5, 9, 0, 0, -6), "Anna Lindqvist, North Star Reporter", ["Local", "World"],
         synd("This story was originally published by <a href=\"https://northstarreporter.example\">North Star Reporter</a>, a nonprofit newsroom, and is republished here under a Creative Commons license.")
         + '<img id="republication-tracker-tool-source" src="https://northstarreporter.example/?republication-pixel=true&amp;post=4821&amp;ga4=G-NSR2022" style="width:1px;height:1px;" />\n'
         + p("The basement of St. Volodymyr Ukrainian Catholic Church in Duluth’s Central Hillside has become a packing floor. Volunteers sorted tourniquets, burn dressings and antibiotics into 40 boxes on Friday, bound for a hospital in Lviv by way of a warehouse in Chicago.",
             "“Every one of these families has someone over there,” said the Rev. Taras Holub, the parish priest. “They cannot sleep, so they pack.”",
             "The parish has raised $62,000 since Russia’s invasion began on Feb. 24, he said. A second shipment is planned for the end of the month.")
         + synd("<em>North Star Reporter is a nonprofit newsroom covering Minnesota. Its stories may be republished free of charge.</em>"),
         dict(authors=["Anna Lindqvist"], outlet="North Star Reporter", quotes=[q("Taras Holub", "parish priest")], junk=["originally published by", "Creative Commons", "may be republished free of charge"], rel=False, note="Republished partner story: the outlet is the original publisher the note names. A home parish's collection for a war abroad, no state acting: home news, not relevant (label audit a64). Byline 'Name, Outlet': the person only.")),
        ("Aerial Lift Bridge closures set for April as cable work begins", d(2022, 3, 4, 16, 45, 0, -6), "Mark Halvorsen", ["Local"],
         p("Duluth’s Aerial Lift Bridge will close to vehicle traffic overnight on six dates in April while crews replace worn lift cables, the city said Friday.",
           "“Ships come first, then cars, then the cable crew,” said Jenna Aho, the city’s public works director. Pedestrians will be able to cross except during two full closures.")
         + news("Get the Ledger’s Morning Report in your inbox. Sign up free."),
         dict(rel=False, quotes=[q("Jenna Aho", "public works director")], junk=["Morning Report in your inbox"], note="Home city news: not relevant.")),
        ("PHOTOS: Ice out on Lake Superior draws crowds to Canal Park", d(2022, 3, 4, 12, 0, 0, -6), "Ledger Staff", ["Photos"],
         fig(B + "/wp-content/uploads/2022/03/ice1.jpg", "Ice piles up along the ship canal.", "(Tom Reinholt / Lake Superior Ledger)")
         + fig(B + "/wp-content/uploads/2022/03/ice2.jpg", "Visitors on the pier.", "(Tom Reinholt / Lake Superior Ledger)"),
         dict(authors=[], story=False, rel=False, junk=["Tom Reinholt"], note="Photo gallery: non-story.")),
        ("Sri Lanka declares emergency as fuel queues stretch for miles", d(2022, 3, 3, 11, 10, 0, -6), "Meridian Press", ["World", "Wire"],
         p("COLOMBO, Sri Lanka (MP) — Sri Lanka’s government declared a state of emergency in fuel distribution on Thursday as drivers waited up to 12 hours at filling stations and power cuts stretched to seven hours a day.",
           "The island nation of 22 million has nearly run out of foreign currency to pay for imports of fuel, food and medicine.",
           "“We have tankers waiting offshore that nobody can pay for,” said Dilani Perera, spokeswoman for the Ceylon Petroleum Traders Association. Economists have urged the government to seek help from the International Monetary Fund.")
         + credit(MP_COPY),
         dict(authors=[], quotes=[q("Dilani Perera", "Ceylon Petroleum Traders Association")], junk=["All rights reserved"], note="Economic crisis abroad: relevant. The agency as byline is no person.")),
        ("Twin Ports World Affairs Forum: ‘Taiwan and the Strait’ lecture March 17", d(2022, 3, 2, 10, 0, 0, -6), "Ledger Staff", ["Events"],
         p("The Twin Ports World Affairs Forum presents a talk by retired diplomat Ellen Marsh on tensions in the Taiwan Strait. 7 p.m. Thursday, March 17, Kirby Ballroom, University of Minnesota Duluth. Tickets $10, students free."),
         dict(authors=[], story=False, rel=False, note="Event listing (a lecture on world affairs is still a listing): non-story.")),
    ]
    head = wp_head("World & Nation Archives - Lake Superior Ledger", B + "/category/world", "Duluth and the Northland", "en-US", d(2022, 3, 6, 14, 30, 0, -6), "5.9.1")
    return build_feed("en_us_mn_lakesuperiorledger_world_wp59.rss.xml", "wp", B, head, rows, outlet="Lake Superior Ledger",
                      structure="Duluth (Minnesota) daily's 'World & Nation' category feed, WordPress 5.9.1 (March 2022): wire stories with agency dc:creator ('Meridian Press' or 'NAME IN CAPITALS Meridian Press'), '(MP) —' datelines and an italic agency copyright line at the end; a partner story republished through a syndication plugin with a 'originally published by … under a Creative Commons license' box above and below; photo credits in parentheses in figcaptions; newsletter box; a gallery and an event listing in the category.",
                      notes="Home country: United States. The republished item's outlet is the partner newsroom the note names.")


def saskatoon():
    B = "https://bridgecitycourier.example"
    rows = [
        ("Saskatoon family pleads for help getting relatives out of Kabul", d(2021, 8, 16, 15, 30, 0, -6), "By Lise Tremblay, The Dominion Press", ["World"],
         p("OTTAWA — Canadians with family in Afghanistan pleaded with Ottawa on Monday to speed up evacuations from Kabul, a day after the Taliban entered the capital and the Afghan government collapsed.",
           "In Saskatoon, Farid Noori said his brother, who worked as an interpreter for Canadian troops in Kandahar, had been turned away from the airport gate twice.",
           "“He has the email from the government. He has the number. He cannot reach the plane,” Noori said.",
           "Global Affairs Canada said it had registered more than 1,200 Canadian citizens and permanent residents in Afghanistan and urged them to shelter in place.")
         + credit("This report by The Dominion Press was first published Aug. 16, 2021.") + rel("Related", ["Afghan interpreters: what Canada promised"], B + "/news/world"),
         dict(authors=["Lise Tremblay"], quotes=[q("Farid Noori")], junk=["This report by The Dominion Press was first published", "Related"], note="Nationals and former staff abroad caught up in a takeover, government evacuation: relevant (rule C). Byline 'By Name, The Dominion Press': the person.")),
        ("Haiti earthquake: death toll climbs past 1,400 as storm approaches", d(2021, 8, 16, 9, 5, 0, -6), "The Dominion Press", ["World"],
         p("LES CAYES, Haiti — The death toll from Saturday’s magnitude 7.2 earthquake in southwestern Haiti rose above 1,400 on Monday as rescuers raced to find survivors before Tropical Storm Grace arrived.",
           "“Hospitals here are treating people in the courtyards,” said Dr. Marjorie Laplanche, who runs a clinic in Les Cayes supported by a Montreal charity.",
           "Members of Saskatoon’s Haitian community gathered at a church on Sunday to pray and collect donations.")
         + credit("This report by The Dominion Press was first published Aug. 16, 2021."),
         dict(authors=[], quotes=[q("Marjorie Laplanche")], junk=["first published Aug. 16, 2021"], note="Natural disaster abroad with many dead: relevant (rule D). Agency byline: no person.")),
        ("Federal election: what the snap vote means for Saskatoon’s three ridings", d(2021, 8, 15, 18, 0, 0, -6), "By Caleb Sawatzky", ["Politics"],
         p("Canadians will vote on Sept. 20 after the federal election was called Sunday, and Saskatoon’s three ridings are again expected to be close races.",
           "“Saskatoon West was decided by fewer than 3,000 votes last time,” said Joan Whitecap, a political scientist at the University of Saskatchewan."),
         dict(authors=["Caleb Sawatzky"], rel=False, quotes=[q("Joan Whitecap", "University of Saskatchewan")], note="Home election: not relevant.")),
        ("Dry summer leaves Battlefords farmers with half a crop", d(2021, 8, 14, 13, 0, 0, -6), "Dale Pruden, Battlefords Beacon", ["Saskatchewan"],
         synd("<strong>Partner content:</strong> This story comes to us from our news partners at the <em>Battlefords Beacon</em>.")
         + p("Farmers around North Battleford say this summer’s drought has cut canola yields to half of normal, and some have already sold cattle they could not feed.",
             "“I’ve been farming 34 years and I’ve never baled a crop this thin,” said Reg Kowalchuk, who farms near Cando."),
         dict(authors=["Dale Pruden"], outlet="Battlefords Beacon", rel=False, quotes=[q("Reg Kowalchuk")], junk=["Partner content", "news partners"], note="Partner paper's story: outlet as named. Provincial farm news: not relevant.")),
        ("Sign up for Afternoon Headlines from the Courier", d(2021, 8, 14, 8, 0, 0, -6), "Courier Staff", ["Newsletters"],
         p("Get the day’s top stories from Saskatoon and beyond delivered to your inbox at 4 p.m. every weekday. It’s free."),
         dict(authors=[], story=False, rel=False, note="Newsletter promo: non-story.")),
        ("Chinese court jails Canadian businessman for 11 years on spying charges", d(2021, 8, 11, 7, 40, 0, -6), "The Dominion Press", ["World"],
         p("BEIJING — A Chinese court sentenced a Canadian businessman to 11 years in prison on Wednesday on spying charges, in a case widely seen in Ottawa as linked to Canada’s arrest of a Chinese technology executive in 2018.",
           "Canadian diplomats were refused entry to the court in Dandong. “There was no transparency and no due process,” said Élise Fortier, a spokeswoman for Global Affairs Canada.",
           "China’s foreign ministry said the case had been handled according to law.")
         + credit("This report by The Dominion Press was first published Aug. 11, 2021."),
         dict(authors=[], quotes=[q("Élise Fortier", "Global Affairs Canada")], junk=["first published Aug. 11, 2021"], note="A national jailed abroad in a diplomatic dispute: relevant (rule C).")),
    ]
    head = plain_head("World | The Bridge City Courier", B + "/category/news/world", "Saskatoon news, sports and weather", "en-CA", d(2021, 8, 16, 15, 40, 0, -6), "© 2021 Bridge City Courier, a division of Prairie Media Holdings Inc.", "WordPress VIP")
    return build_feed("en_ca_sk_bridgecitycourier_world_wpvip21.rss.xml", "plain", B, head, rows, outlet="The Bridge City Courier",
                      structure="Saskatoon (Saskatchewan) daily, Postmedia-style WordPress VIP RSS (August 2021), -0600 (no DST): 'By Name, The Dominion Press' and bare agency dc:creator, Canadian-Press-style closing line 'This report by … was first published …', 'Partner content' box naming a partner paper, newsletter promo in World.",
                      notes="Home country: Canada.")


def timaru():
    B = "https://scdailypost.example"
    rows = [
        ("Turkey-Syria earthquake: NZ urban search and rescue team lands in Adana", d(2023, 2, 9, 18, 5, 0, 13), "Southern Cross Wire", ["World"],
         fig(B + "/sites/default/files/2023-02/usar.jpg", "A collapsed apartment block in Antakya.", "Photo: Southern Cross Wire / Supplied")
         + p("A 36-strong New Zealand urban search and rescue team has landed in southern Turkey, where the death toll from Monday’s earthquakes passed 20,000 across Turkey and Syria.",
             "“We are going in knowing the window for live rescues is closing,” said team leader Graeme Tuhiwai of Fire and Emergency New Zealand before departing Auckland.",
             "The Government has also pledged $1.5 million to the Red Cross appeal.")
         + credit("— Southern Cross Wire"),
         dict(authors=[], quotes=[q("Graeme Tuhiwai", "Fire and Emergency New Zealand")], junk=["Photo: Southern Cross Wire", "— Southern Cross Wire"], note="Disaster abroad with thousands dead and a New Zealand rescue team: relevant (rule D).")),
        ("Council keeps fluoride in Timaru water after marathon hearing", d(2023, 2, 9, 11, 30, 0, 13), "Ella Gordon", ["Local"],
         p("Timaru District Council voted 7-3 on Wednesday to keep fluoridating the town’s water supply after hearing 62 submissions over two days.",
           "“The health evidence hasn’t changed since we last looked at this,” said councillor Bryce Aldridge.")
         + synd("<em>Ella Gordon is a Civic Reporting Fund journalist. The Civic Reporting Fund is public interest journalism funded by the Southern Media Trust.</em>"),
         dict(rel=False, quotes=[q("Bryce Aldridge", "councillor")], junk=["Civic Reporting Fund is public interest journalism"], note="Local council: not relevant. The funding note is boilerplate.")),
        ("Vanuatu reels after two cyclones in three days", d(2023, 3, 4, 14, 0, 0, 13), "Losana Vake", ["World", "Pacific"],
         p("Vanuatu has declared a state of emergency after cyclones Judy and Kevin struck the capital Port Vila within 48 hours of each other.",
           "“Roofs are gone across Efate and we cannot yet reach Tanna,” said Abel Nako, director of Vanuatu’s National Disaster Management Office.",
           "New Zealand has sent an Air Force Hercules with relief supplies.")
         + synd("This story first appeared on <a href=\"https://pacifictide.example\">Pacific Tide Radio</a> and is republished with permission."),
         dict(outlet="Pacific Tide Radio", quotes=[q("Abel Nako", "Vanuatu's National Disaster Management Office")], junk=["first appeared on", "republished with permission"], note="Partner story: outlet as named. Disaster abroad with New Zealand aid: relevant (rule D).")),
        ("Quiz: How closely did you follow the news this week?", d(2023, 2, 10, 17, 0, 0, 13), "Post Staff", ["Quiz"],
         p("Ten questions on the week in South Canterbury, New Zealand and the world. Scroll down to start."),
         dict(authors=[], story=False, rel=False, note="Quiz: non-story.")),
        ("Cyclone Gabrielle: Timaru fire crews head north to Hawke’s Bay", d(2023, 2, 14, 16, 20, 0, 13), "Ella Gordon", ["Local"],
         p("Eight South Canterbury firefighters left Timaru on Tuesday to help in Hawke’s Bay, where Cyclone Gabrielle has cut off towns and left thousands without power.",
           "“It’s our turn to help up the island,” said station officer Dean Kirk."),
         dict(rel=False, quotes=[q("Dean Kirk", "station officer")], note="Disaster at home (New Zealand): not relevant.")),
        ("Balloon shot down over Alaska: NZ ‘monitoring closely’, analyst urges calm", d(2023, 2, 12, 10, 15, 0, 13), "Southern Cross Wire", ["World"],
         p("New Zealand is monitoring reports of unidentified objects shot down over North America after a suspected Chinese surveillance balloon was destroyed off South Carolina, the Ministry of Foreign Affairs and Trade said.",
           "“Small states gain nothing from rushing to judgement between their two largest partners,” said Dr Hana Whitcombe of the Te Waipounamu Institute for Strategic Studies.")
         + credit("— Southern Cross Wire"),
         dict(authors=[], quotes=[q("Hana Whitcombe", "Te Waipounamu Institute for Strategic Studies")], junk=["— Southern Cross Wire"], note="US–China tension and New Zealand's foreign policy: relevant.")),
    ]
    head = ("    <title>South Canterbury Daily Post - World</title>\n    <link>https://scdailypost.example/world</link>\n    <description>Timaru and South Canterbury news</description>\n"
            "    <language>en-nz</language>\n    <atom:link href=\"https://scdailypost.example/world/rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>")
    return build_feed("en_nz_cant_scdailypost_world_drupal10.rss.xml", "drupal", B, head, rows, outlet="South Canterbury Daily Post",
                      structure="Timaru (New Zealand) daily, Drupal 10 views RSS (February–March 2023), +1300: xml:base, the whole body escaped in <description>, guids 'NNNN at https://site', agency dc:creator with an em-dash agency sign-off line, a partner radio station's story with a 'first appeared on … republished with permission' note, a public-interest reporting fund's italic credit, items not in date order, a quiz in World.",
                      notes="Home country: New Zealand.")


def killarney():
    B = "https://kerrylakesobserver.example"
    rows = [
        ("Brexit: fishing still the sticking point as talks resume in Brussels", d(2020, 11, 9, 13, 0, 0, 0), "BPA Reporters", ["World", "Brexit"],
         p("EU and UK negotiators returned to Brussels on Monday for what both sides called a decisive week, with access to fishing waters still the main obstacle to a trade deal.",
           "“If Britain closes its waters, our boats in Castletownbere lose a third of their catch overnight,” said Aoife Brennan, chief executive of the South West Fish Producers’ Organisation.",
           "Irish officials fear any deal will come too late for hauliers to prepare for new customs checks on January 1.")
         + credit("© Britannia Press Association"),
         dict(authors=[], quotes=[q("Aoife Brennan", "South West Fish Producers' Organisation")], junk=["© Britannia Press Association"], note="EU–UK trade talks with Irish stakes: relevant. 'BPA Reporters' is a desk.")),
        ("Killarney hotels brace for empty winter under Level 5", d(2020, 11, 8, 17, 30, 0, 0), "Dónal O’Shea", ["Local"],
         p("Killarney’s hoteliers say nine in ten bookings for November and December have been cancelled since Level 5 restrictions began.",
           "“We have 30 staff on the wage subsidy and no idea when we reopen,” said Siobhán Daly, general manager of the Lakeside Court Hotel."),
         dict(rel=False, quotes=[q("Siobhán Daly", "Lakeside Court Hotel")], note="Home business and COVID rules: not relevant.")),
        ("Kerry aid worker among Irish evacuated as fighting spreads in Tigray", d(2020, 11, 12, 10, 45, 0, 0), "Niamh Cronin and INS", ["World", "Kerry"],
         p("A Killarney aid worker is among nine Irish citizens moved out of Ethiopia’s Tigray region as fighting between federal troops and regional forces spread, the Department of Foreign Affairs confirmed.",
           "“The phone lines went down on the 4th and we heard nothing for five days,” said her father, Pádraig Moynihan, from Fossa.",
           "The department said it was in contact with a small number of other Irish citizens who remain in the region.")
         + synd("<em>Additional reporting by the Irish News Service (INS).</em>"),
         dict(authors=["Niamh Cronin"], quotes=[q("Pádraig Moynihan")], junk=["Additional reporting by"], note="Nationals caught up in a war abroad, state assistance: relevant (rule C). 'and INS' is an agency.")),
        ("US election: Irish-American links in Kerry watch Pennsylvania count", d(2020, 11, 5, 19, 0, 0, 0), "Dónal O’Shea", ["World"],
         p("With the US presidential count still going on in Pennsylvania, Kerry people with family in Scranton and Philadelphia stayed up for a third night.",
           "“Half of Ballyhar emigrated to Pennsylvania at one stage,” said Con Fleming, who runs the parish history society."),
         dict(quotes=[q("Con Fleming", "parish history society")], rel=False, note="A foreign election told through local people watching it from home, no state acting: not relevant (rule C's diaspora waiting for news; label audit a64).")),
        ("Death notices: Tuesday, November 10th", d(2020, 11, 10, 8, 0, 0, 0), "Observer", ["Deaths"],
         p("CRONIN, Mary (née Horgan), Muckross Road, Killarney. Reposing at O’Sullivan’s Funeral Home. Funeral private."),
         dict(authors=[], story=False, rel=False, note="Death notices: non-story.")),
        ("Sponsored: Plan a Killarney winter break for 2021", d(2020, 11, 7, 9, 0, 0, 0), "Observer Partner Content", ["Sponsored"],
         p("Sponsored content. Book now for next spring and save 20% on midweek stays in the Kingdom’s finest hotels."),
         dict(authors=[], story=False, rel=False, note="Sponsored: non-story.")),
    ]
    head = plain_head("The Kerry Lakes Observer - World", B, "News from Killarney and Kerry", "en-IE", d(2020, 11, 12, 11, 0, 0, 0), "(c) 2020 Kerry Lakes Observer Ltd", "ePublisher 4.2")
    return build_feed("en_ie_ky_kerrylakesobserver_world_epublisher20.rss.xml", "plain", B, head, rows, outlet="The Kerry Lakes Observer",
                      structure="Killarney (Ireland) weekly's site, legacy 'ePublisher' RSS (November 2020), +0000: desk and 'Name and INS' dc:creator, '© agency' closing line, italic 'Additional reporting by' line, death notices and sponsored post in the feed, items out of order.",
                      notes="Home country: Ireland.")


def polokwane():
    B = "https://capricornclarion.example"
    rows = [
        ("SADC extends Mozambique mission as Cabo Delgado attacks resume", d(2022, 10, 5, 12, 40, 0, 2), "PANW Reporter", ["World"],
         p("Southern African leaders have extended the regional military mission in Mozambique’s Cabo Delgado province by a year after a new wave of insurgent attacks on villages south of Mocímboa da Praia.",
           "“Withdrawing now would hand the coast back to the insurgents,” said Themba Ndlovu, a security analyst at the Institute for Regional Peace Studies in Pretoria.",
           "South Africa contributes the largest contingent to the mission, about 1,500 soldiers.")
         + synd("<p>The post <a href=\"https://panwire.example/sadc-mozambique\">SADC extends Mozambique mission as Cabo Delgado attacks resume</a> appeared first on <a href=\"https://panwire.example\">Pan-African Newswire</a>.</p>"),
         dict(authors=[], outlet="Pan-African Newswire", quotes=[q("Themba Ndlovu", "Institute for Regional Peace Studies")], junk=["appeared first on"], note="Syndicated by an aggregator plugin: 'appeared first on Pan-African Newswire' names the original publisher. Regional military mission abroad: relevant.")),
        ("Farmworkers on Tzaneen citrus farms say wage deal ignored", d(2022, 10, 4, 15, 0, 0, 2), "Rendani Mudau", ["Limpopo"],
         p("Workers on three citrus farms near Tzaneen say they are still paid below the minimum wage agreed last year, and the labour department has promised inspections.",
           "“We pick from six in the morning and we are paid by the crate,” said Lydia Mashaba, a shop steward.")
         + synd("<p>This article was first published by <a href=\"https://groundwork.example\">Groundwork News</a>. It is republished under a Creative Commons Attribution-NoDerivatives licence.</p>"),
         dict(outlet="Groundwork News", rel=False, quotes=[q("Lydia Mashaba", "shop steward")], junk=["first published by", "Creative Commons"], note="Partner story: outlet as named. Provincial labour news: not relevant.")),
        ("Zimbabweans in Limpopo fear deportation as exemption permits end", d(2022, 10, 3, 9, 30, 0, 2), "Tshepo Mabaso", ["News", "World"],
         p("Thousands of Zimbabweans living in Limpopo face losing their right to stay when the Zimbabwean Exemption Permit expires, and many say they have no passports to apply for other visas.",
           "“My children were born in Seshego. Where do I send them?” said Tendai Moyo, a builder who has lived in Polokwane for 13 years.",
           "Zimbabwe’s consulate in Johannesburg said it had opened extra passport offices.")
         + fig(B + "/wp-content/uploads/2022/10/beitbridge.jpg", "Travellers queue at the Beitbridge border post.", "Image: Tshepo Mabaso"),
         dict(quotes=[q("Tendai Moyo")], junk=["Image: Tshepo Mabaso"], note="Migration policy affecting a neighbouring state's nationals, consular response: relevant.")),
        ("WATCH | Highlights from the Polokwane Marathon", d(2022, 10, 2, 18, 0, 0, 2), "Clarion Video", ["Video"],
         '<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper"><iframe src="https://video.example/embed/pkm22"></iframe></div></figure>\n' + p("Watch the best moments from Sunday’s race."),
         dict(authors=[], story=False, rel=False, note="Video: non-story.")),
        ("Limpopo towns face stage 6 load shedding this week", d(2022, 10, 1, 10, 0, 0, 2), "Rendani Mudau", ["News"],
         p("Eskom has warned of stage 6 load shedding until Thursday after breakdowns at Medupi and Matimba power stations.", "Polokwane municipality said water pumps would run on generators, but residents in Seshego and Mankweng should store water.", "Traffic officers will be posted at major intersections when signals are down."),
         dict(rel=False, note="Home power cuts: not relevant.")),
        ("South Africans in London queue to see Queen lying in state", d(2022, 9, 16, 20, 0, 0, 2), "Naledi Sithole", ["World"],
         p("South Africans living in London joined a queue stretching five miles along the Thames to see Queen Elizabeth II lying in state at Westminster Hall.",
           "“My grandmother met her in 1947 in Cape Town. I had to come,” said Zanele Khumalo, a nurse from Polokwane who has lived in London for 11 years.",
           "Pretoria has declared a national day of mourning, and the Department of International Relations and Cooperation said a government delegation would attend Monday’s state funeral alongside leaders from some 200 countries.")
         + synd("<p><em>Originally published by Pan-African Newswire. Republished with permission.</em></p>"),
         dict(outlet="Pan-African Newswire", quotes=[q("Zanele Khumalo")], junk=["Originally published by", "Republished with permission"], note="A foreign head of state's death and a state funeral attended by a South African delegation: world affairs, relevant (arguable as diaspora colour; the diplomatic paragraph decides). Outlet as the credit line names it.")),
    ]
    head = wp_head("Capricorn Clarion", B, "Polokwane and Limpopo news", "en-ZA", d(2022, 10, 5, 12, 45, 0, 2), "6.0.2")
    return build_feed("en_za_lp_capricornclarion_news_wp60.rss.xml", "wp", B, head, rows, outlet="Capricorn Clarion",
                      structure="Polokwane (South Africa) site, WordPress 6.0.2 (October 2022) main feed: items imported by an RSS-aggregator plugin keep the source's 'The post … appeared first on …' paragraph; partner republish notes above a Creative Commons line; 'WATCH |' video; 'Image:' credits in figcaptions.",
                      notes="Home country: South Africa. Imported and republished items name their original publisher.")


def kisii():
    B = "https://kisiihighlandspost.example"
    rows = [
        ("Kenyan police contingent lands in Port-au-Prince", d(2024, 6, 25, 21, 10, 0, 3), "Moraa Nyakundi", [],
         p("The first 400 Kenyan police officers of a multinational mission to Haiti landed in Port-au-Prince on Tuesday, two years after Haiti asked for help against armed gangs.",
           "“Our officers are going to a place where the gangs control most of the capital,” said Wycliffe Onchiri, a former police commander from Nyamira who now lectures on security. “The mandate must be clear.”",
           '<a href="https://nyanzadigest.example/haiti-deployment">Read more on Nyanza Digest</a>'),
         dict(src=("Nyanza Digest", "https://nyanzadigest.example", "https://nyanzadigest.example/2024/06/25/kenyan-police-haiti"), quotes=[q("Wycliffe Onchiri")], junk=["Read more on Nyanza Digest"], note="Re-exported item: the outlet is the <source> publisher. Kenya's police mission abroad: relevant.")),
        ("Red Sea attacks push up freight costs for Kisii avocado exporters", d(2024, 2, 12, 10, 0, 0, 3), "Kerubo Ombati", [],
         p("Avocado exporters in Kisii and Nyamira say shipping costs to Europe have doubled since Houthi attacks forced container lines to sail around the Cape of Good Hope.",
           "“A container that cost us $3,000 now costs $6,500 and takes two weeks longer,” said Evans Nyaberi, chairman of the Gusii Avocado Growers Cooperative."),
         dict(src=("Kisii Highlands Post", B), quotes=[q("Evans Nyaberi", "Gusii Avocado Growers Cooperative")], note="Attacks on Red Sea shipping and their trade effects: relevant.")),
        ("MCAs table motion to impeach Kisii county health executive", d(2024, 6, 20, 16, 30, 0, 3), "Kerubo Ombati", [],
         p("Kisii county assembly members tabled a motion on Thursday to remove the county health executive over stalled hospital projects.", "The motion, signed by 31 of the 70 MCAs, cites a cancer centre at Kisii Teaching and Referral Hospital that is two years behind schedule.", "The motion will be debated next week."),
         dict(src=("Kisii Highlands Post", B), rel=False, note="County politics: not relevant.")),
        ("Vacancy: Sub-editor (Kisii bureau)", d(2024, 6, 18, 9, 0, 0, 3), None, [],
         p("The Lake Region Times seeks an experienced sub-editor for its Kisii bureau. Apply by 30 June to careers@lakeregiontimes.example."),
         dict(src=("The Lake Region Times", "https://lakeregiontimes.example"), story=False, rel=False, note="Job vacancy: non-story.")),
        ("Families demand answers after deaths of Kenyan domestic workers in Saudi Arabia", d(2024, 5, 30, 13, 15, 0, 3), "Brian Omwenga", [],
         p("Families of four Kenyan women who died while working as domestic workers in Saudi Arabia this year have asked the Foreign Affairs ministry to push for independent post-mortems.",
           "“They told us she fell. She called me the night before and said she was afraid,” said Grace Kemunto, whose sister died in Riyadh in March.",
           "The ministry said it had raised the cases with Saudi authorities."),
         dict(src=("The Lake Region Times", "https://lakeregiontimes.example"), quotes=[q("Grace Kemunto")], note="Nationals abroad, deaths raised with the foreign state: relevant (rule C).")),
        ("Podcast: Nyanza Politics Weekly, episode 112", d(2024, 6, 22, 8, 0, 0, 3), "Nyanza Digest", [],
         p("This week: the Finance Bill, county budgets and what the MPs said at home. Listen on all podcast platforms."),
         dict(src=("Nyanza Digest", "https://nyanzadigest.example"), authors=[], story=False, rel=False, note="Podcast: non-story.")),
    ]
    head = ("<title>Kisii Highlands Post – World desk picks</title>\n<link>https://reader.example/bundle/kisiihp-world</link>\n<description>Stories the Kisii Highlands Post world desk follows, exported from a feed reader folder</description>\n"
            "<language>en</language>\n<lastBuildDate>Tue, 25 Jun 2024 18:20:00 +0000</lastBuildDate>\n<generator>ReadLane 12.3 (https://reader.example)</generator>")
    return build_feed("en_ke_kisiihighlandspost_world_reader_export.rss.xml", "reader", B, head, rows, outlet="Kisii Highlands Post",
                      structure="Kisii (Kenya) site's world desk's feed-reader folder re-exported as RSS (Inoreader/NewsBlur-style 'bundle', June 2024): each item's <source url> names the original publisher, full description HTML as fetched, reader-side tag: guids, +0300 dates, items from several months.",
                      notes="Home country: Kenya. The outlet of each item is the <source> publisher, not the reader.")


def melaka():
    B = "https://jendela.example"
    MC = ("The Melaka Chronicle", "https://melakachronicle.example")
    MN = ("Malaysian National Newswire", "https://mnnwire.example")
    rows = [
        ("ASEAN foreign ministers to meet on Myanmar as protests grow", d(2021, 2, 24, 14, 0, 0, 8), "Hafiz Rahman", [],
         p("<b>MELAKA:</b> ASEAN foreign ministers will hold an informal meeting next week on the crisis in Myanmar, where security forces have killed at least 20 protesters since the Feb 1 coup, Wisma Putra said on Wednesday.",
           "“Non-interference cannot mean looking away when a member state shoots its own people,” said Dr Lim Wei Jie, a senior fellow at the Straits Institute of International Affairs.",
           "<em>This article first appeared in The Melaka Chronicle.</em>"),
         dict(src=MC, quotes=[q("Lim Wei Jie", "Straits Institute of International Affairs")], junk=["first appeared in The Melaka Chronicle"], note="Portal partner feed: outlet is the <source>. Regional diplomacy on a coup: relevant.")),
        ("Malaysia deports 1,086 Myanmar nationals despite court stay", d(2021, 2, 23, 20, 30, 0, 8), None, [],
         p("KUALA LUMPUR, Feb 23 (MNN) -- Malaysia deported 1,086 Myanmar nationals on three navy ships from Lumut on Tuesday, hours after the High Court ordered a temporary stay to hear a challenge by rights groups.",
           "“Those sent back are all illegal immigrants and none are asylum seekers,” said Rosli Hamzah Ismail, director-general of the Immigration Department.", "-- MNN"),
         dict(src=MN, authors=[], quotes=[q("Rosli Hamzah Ismail", "Immigration Department")], junk=["-- MNN"], note="Deportation of foreign nationals against a court order, international criticism: relevant. Agency item, no byline.")),
        ("Melaka river cruise resumes with half capacity", d(2021, 2, 22, 11, 0, 0, 8), "Nurul Aina Zakaria", [],
         p("<b>MELAKA:</b> The Melaka River Cruise resumed operations on Monday with boats limited to half their capacity under the conditional movement control order.", "Operators said bookings were mostly from within the state, as interstate travel remains banned.", "<em>This article first appeared in The Melaka Chronicle.</em>"),
         dict(src=MC, rel=False, junk=["first appeared in The Melaka Chronicle"], note="Local tourism: not relevant.")),
        ("5 Jonker Street cafes you need to try this weekend", d(2021, 2, 21, 9, 0, 0, 8), "Jendela Partner Studio", [],
         p("Sponsored by Visit Melaka. From cendol to coffee, here are five spots worth the queue."),
         dict(src=("Jendela Partner Studio", B), authors=[], story=False, rel=False, note="Sponsored listicle: non-story.")),
        ("Malaysia signs deal for 12 million Sinovac doses", d(2021, 2, 20, 17, 45, 0, 8), None, [],
         p("PUTRAJAYA, Feb 20 (MNN) -- Malaysia has signed an agreement for 12 million doses of China’s Sinovac COVID-19 vaccine, with the first shipment due next week.",
           "“Supply diversity protects us from any one country’s export restrictions,” said Siti Hajar Osman, a health economist at the Malaysian Institute of Public Policy.", "-- MNN"),
         dict(src=MN, authors=[], quotes=[q("Siti Hajar Osman", "Malaysian Institute of Public Policy")], junk=["-- MNN"], note="Vaccine deal with a foreign state: relevant.")),
        ("In Pictures: Chap Goh Meh lanterns on the Melaka River", d(2021, 2, 26, 21, 0, 0, 8), "Chronicle Photo Desk", [],
         '<figure><img src="https://melakachronicle.example/img/cgm1.jpg"/><figcaption>Lanterns over the river. Photo: Ahmad Faiz</figcaption></figure>',
         dict(src=MC, authors=[], story=False, rel=False, note="Gallery: non-story.")),
    ]
    head = ("<title>Jendela - Malaysia &amp; World</title><link>https://jendela.example/news/</link><description>Latest news from our partners</description>"
            "<language>en-MY</language><copyright>Copyright (c) 2021 Jendela Digital Sdn Bhd. All rights reserved</copyright><pubDate>2021-02-26T13:05:00Z</pubDate><ttl>5</ttl>"
            "<image><title>Jendela</title><link>https://jendela.example/news/</link><url>https://jendela.example/logo.png</url></image>")
    return build_feed("en_my_jendela_partners_portal21.rss.xml", "portal", B, head, rows, outlet="Jendela",
                      structure="Malaysian web portal's partner-news RSS (Yahoo/MSN-style, February 2021): one line, ISO 8601 'Z' pubDate, <source url> per item naming the partner publisher (a Melaka daily, a national newswire, the portal's own sponsored studio), media:content thumbnails, media:credit with no text, 'This article first appeared in …' tails and '-- MNN' agency sign-offs; a gallery and a sponsored listicle.",
                      notes="Home country: Malaysia. Each item's outlet is the publisher in <source>; the portal is only the carrier.")


def guntur():
    B = "https://alerts.searchco.example"
    KD = ("The Krishna Delta Herald", "https://krishnadeltaherald.example")
    AM = ("Andhra Morning Post", "https://andhramorningpost.example")
    CA = ("Coastal Andhra Times", "https://coastalandhratimes.example")
    rows = [
        ("Guntur students stranded in Kharkiv appeal for evacuation", d(2022, 3, 1, 6, 12, 0, 5.5), None, [],
         "Twenty-three medical students from <b>Guntur</b> district are sheltering in a hostel basement in Kharkiv as Russian shelling of the city continues, their parents said&nbsp;...",
         dict(src=KD, raw_title="<b>Guntur</b> students stranded in Kharkiv appeal for evacuation", note="Alert item: outlet is the publisher its link goes to (the snippet does not name it; the host is also accepted). Nationals caught up in a war abroad: relevant (rule C).")),
        ("Guntur chilli exports to Sri Lanka stall as Colombo runs out of dollars", d(2022, 4, 8, 9, 40, 0, 5.5), None, [],
         "Chilli traders at the <b>Guntur</b> market yard say payments for consignments shipped to Sri Lanka are stuck as the island&#39;s banks run short of foreign exchange&nbsp;...",
         dict(src=AM, raw_title="<b>Guntur</b> chilli exports to Sri Lanka stall as Colombo runs out of dollars", note="A foreign economic crisis hitting trade: relevant.")),
        ("GMC hikes property tax by 15 per cent in Guntur", d(2022, 4, 5, 11, 0, 0, 5.5), None, [],
         "The <b>Guntur</b> Municipal Corporation council on Monday approved a 15 per cent increase in property tax for residential buildings&nbsp;...",
         dict(src=CA, raw_title="GMC hikes property tax by 15 per cent in <b>Guntur</b>", rel=False, note="Local civic news: not relevant.")),
        ("Job mela at Guntur polytechnic on April 20", d(2022, 4, 12, 7, 30, 0, 5.5), None, [],
         "A job mela for diploma and ITI holders will be held at the Government Polytechnic in <b>Guntur</b> on April 20. Over 30 companies will take part&nbsp;...",
         dict(src=CA, raw_title="Job mela at <b>Guntur</b> polytechnic on April 20", story=False, rel=False, note="Event/recruitment notice: non-story.")),
        ("Three from Guntur among Indians rescued from Myanmar job scam camps", d(2022, 10, 6, 14, 5, 0, 5.5), None, [],
         "Three young men from <b>Guntur</b> are among 32 Indians rescued from cyber-fraud compounds in Myanmar&#39;s Myawaddy area, the Ministry of External Affairs said&nbsp;...",
         dict(src=KD, raw_title="Three from <b>Guntur</b> among Indians rescued from Myanmar job scam camps", note="Nationals trafficked abroad and rescued through the foreign ministry: relevant (rule C).")),
        ("Guntur Gladiators lift state kabaddi title", d(2022, 3, 20, 18, 0, 0, 5.5), None, [],
         "<b>Guntur</b> Gladiators beat Nellore 38-31 in the final of the state kabaddi championship at NTR Stadium on Sunday&nbsp;...",
         dict(src=AM, raw_title="<b>Guntur</b> Gladiators lift state kabaddi title", rel=False, note="Home sport: not relevant.")),
    ]
    head = ('<id>tag:alerts.searchco.example,2005:reference:8812046635390144210</id><title>Alert - Guntur</title>'
            '<link href="https://alerts.searchco.example/alerts/feeds/04418812046635390144/8812046635390144210" rel="self"/><updated>2022-10-06T08:35:00Z</updated>')
    return build_feed("en_in_ap_guntur_alerts_atom.atom.xml", "alerts", B, head, rows, outlet="Alert - Guntur",
                      aliases=["krishnadeltaherald.example", "andhramorningpost.example", "coastalandhratimes.example"],
                      structure="A search engine's keyword alert for 'Guntur' (Google Alerts-style Atom, 2022): idx namespace, tag: ids, titles with the keyword in <b>, links through the alert service's /url?…&url= redirect to the publisher, content a one-sentence snippet ending '&nbsp;...', empty <author><name/>, 'Z' times; items from three Andhra Pradesh sites.",
                      notes="Home country: India (the alert's subject). The outlet of each item is the publisher the redirect's url= parameter names; its host is also accepted.")


FEEDS = [duluth, saskatoon, timaru, killarney, polokwane, kisii, melaka, guntur]
