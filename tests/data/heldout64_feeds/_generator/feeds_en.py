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
         + p("The basement of St. Volodymyr Ukrainian Catholic Church in Duluth’s Central Hillside has become a packing floor. Volunteers sorted tourniquets, burn dressings and antibiotics into 40 boxes on Friday, bound for a hospital in Lviv by way of a warehouse in Chicago.",
             "“Every one of these families has someone over there,” said the Rev. Taras Holub, the parish priest. “They cannot sleep, so they pack.”",
             "The parish has raised $62,000 since Russia’s invasion began on Feb. 24, he said. A second shipment is planned for the end of the month.")
         + synd("<em>North Star Reporter is a nonprofit newsroom covering Minnesota. Its stories may be republished free of charge.</em>"),
         dict(authors=["Anna Lindqvist"], outlet="North Star Reporter", quotes=[q("Taras Holub", "St. Volodymyr Ukrainian Catholic Church")], junk=["originally published by", "Creative Commons", "may be republished free of charge"], note="Republished partner story: the outlet is the original publisher the note names. Local aid for a war abroad: relevant (as set 63's aid convoy). Byline 'Name, Outlet': the person only.")),
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
    head = wp_head("World &amp; Nation Archives - Lake Superior Ledger", B + "/category/world", "Duluth and the Northland", "en-US", d(2022, 3, 6, 14, 30, 0, -6), "5.9.1")
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
