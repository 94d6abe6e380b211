# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two encoding traps of the sixty-fifth held-out set: a Hong Kong English radio station's
feed written in Big5-HKSCS but declared Big5 (Cantonese place and person names in brackets hold
HKSCS-only characters such as 邨 埗 鰂 嘅, which plain Big5 cannot decode), and a Tromsø English
radio service in ISO-8859-10 (Latin-6, Nordic), declared in the prolog only (Sámi š č ŋ đ ŧ ž)."""
from h65 import build_feed, d, enclosure, fig, listen, p, plain_head, promo, q, rel, stamp


def hongkong():
    B = "http://www.kowloonwave.example"
    rows = [
        ("US House passes Hong Kong rights bill; Beijing summons American diplomat", d(2019, 10, 16, 18, 40, 0, 8), "Chan Ka-yan", ["News", "World"],
         stamp("Posted: 16 Oct 2019 18:40 HKT")
         + p("The US House of Representatives has passed the Hong Kong Human Rights and Democracy Act, which would require an annual review of the city's special trade status, and China's foreign ministry summoned a senior US diplomat in protest.",
             "\"Exporters here read this as a threat to the customs status that the whole port depends on,\" said Dr. Leung Wing-kei (梁穎琪), who teaches international trade law at a university in Kowloon Tong.")
         + rel("More on Kowloon Wave:", ["Explainer: what the US act would do", "Chamber of commerce urges calm"], B + "/news"),
         dict(quotes=[q("Leung Wing-kei")], junk=["Posted: 16 Oct 2019", "More on Kowloon Wave"], note="US legislation and China's diplomatic protest: relevant. The speaker's university is not named: no affiliation.")),
        ("Typhoon Hagibis: Hong Kong travellers stranded at Narita as death toll rises", d(2019, 10, 13, 16, 15, 0, 8), "Tsang Hoi-lam", ["News", "World"],
         stamp("Posted: 13 Oct 2019 16:15 HKT")
         + p("Hundreds of Hong Kong travellers are stuck in Tokyo after Typhoon Hagibis killed at least 33 people in Japan and grounded flights at Narita and Haneda.",
             "\"We slept on the floor of the terminal. The airline says maybe Tuesday,\" said Wong Siu-ming (黃兆明), a retired bus driver from Choi Hung Estate (彩虹邨).",
             "The Immigration Department's assistance unit said it had received 41 calls for help.")
         + listen("Listen: Wong Siu-ming on Kowloon Wave Drive Time", B + "/audio/hagibis-wong.mp3", "3:48"),
         dict(quotes=[q("Wong Siu-ming")], junk=["Posted: 13 Oct 2019", "Listen: Wong Siu-ming on Kowloon Wave"], note="A deadly typhoon abroad (33 dead) told through stranded residents: relevant under rule D.")),
        ("Morning Brew with Kit and Mandy - 15 October", d(2019, 10, 15, 10, 0, 0, 8), "Morning Brew", ["Programmes"],
         p("Kit and Mandy try dai pai dong milk tea in Sham Shui Po (深水埗) and take your calls.") + listen("Play the programme", B + "/audio/mb-1015.mp3", "2:55:00"),
         dict(authors=[], story=False, rel=False, x=enclosure(B + "/audio/mb-1015.mp3", "audio/mpeg", "168000000"), note="Programme replay: non-story.")),
        ("Sham Shui Po subdivided-flat fire injures six", d(2019, 10, 14, 9, 30, 0, 8), "Tsang Hoi-lam", ["News", "Local"],
         p("Six people were taken to Caritas Medical Centre after a fire in a subdivided flat on Fuk Wa Street, Sham Shui Po (深水埗).",
           "\"The corridor was full of smoke in a minute,\" said resident Lau Mei-ling (劉美玲)."),
         dict(rel=False, quotes=[q("Lau Mei-ling")], note="Local fire: not relevant.")),
        ("Quarry Bay tram depot: residents object to tower plan", d(2019, 10, 11, 17, 0, 0, 8), "Chan Ka-yan", ["News", "Local"],
         p("Residents of Quarry Bay (鰂魚涌) have sent 3,000 objections to the Town Planning Board.",
           "\"The trams have slept here for ninety years; now they want a wall of flats,\" said district councillor Ho Chun-kit (何俊傑).")
         + promo("Kowloon Wave 102.8 - 香港嘅聲音 (the voice of Hong Kong), 24 hours a day."),
         dict(rel=False, quotes=[q("Ho Chun-kit", "district councillor")], junk=["the voice of Hong Kong"], note="Local planning: not relevant.")),
        ("US-China trade truce: Kowloon toy makers hope for tariff relief before Christmas", d(2019, 10, 12, 12, 20, 0, 8), ["Chan Ka-yan", "Kowloon Wave Newsroom"], ["News", "Business"],
         p("Toy and electronics traders who ship from factories in Guangdong through Kwai Chung welcomed the partial trade deal announced in Washington, under which a planned US tariff rise on Chinese goods was put on hold.",
           "\"Half our Christmas orders were cancelled in August. If the December tariffs go too, we can breathe,\" said Yip Kwok-wah, chairman of the Kowloon Toy Makers' Association."),
         dict(authors=["Chan Ka-yan"], quotes=[q("Yip Kwok-wah", "Kowloon Toy Makers' Association")], note="US–China trade negotiations: relevant. The newsroom credit is not a person. Items not in date order.")),
    ]
    head = plain_head("Kowloon Wave 102.8 - News", B, "Hong Kong's English talk radio", "en-HK", d(2019, 10, 16, 18, 45, 0, 8), "(c) 2019 Kowloon Wave Broadcasting Ltd", "custom PHP")
    return build_feed("en_hk_kowloonwave_news_big5hkscs_as_big5.rss.xml", "plain", B, head, rows, outlet="Kowloon Wave 102.8", aliases=["Kowloon Wave"], lang="en",
                      encoding="big5hkscs", decl="Big5", ctype="application/rss+xml; charset=Big5", acceptable=("decoded", "refused"),
                      structure="Hong Kong English talk-radio station, custom PHP feed (2019) written in Big5-HKSCS but declared Big5 in the prolog and the header: Cantonese names and places in brackets after their romanisation, several of them (邨 埗 鰂, and 嘅 in a promo line) HKSCS-only characters that a strict Big5 decoder rejects (cp950 too); 'Posted: … HKT' lines, 'Listen:' audio blocks, a programme replay with enclosure.",
                      notes="Encoding trap: Big5-HKSCS (Hong Kong Supplementary Character Set) declared as plain Big5. Decoding with big5hkscs is the good outcome (every byte then decodes; plain Big5 fails on the first HKSCS character); a one-line refusal is acceptable. Home: Hong Kong (China); mainland China and Macau count as abroad only where relations between governments are the story.")


def tromso():
    B = "http://arcticlightradio.example"
    rows = [
        ("Kirkenes border inspector freed in Russia-Lithuania spy swap", d(2019, 11, 15, 17, 30, 0, 1), "Ánde Šávllot", ["News", "World"],
         p("A retired Norwegian border inspector from Kirkenes jailed in Russia for espionage has been freed in a prisoner exchange on the Lithuanian border and is on his way home, the Norwegian foreign ministry said.",
           "\"The whole town has been waiting two years for this,\" said Máret Čuoŋa, leader of the support group in Kirkenes.",
           "The swap also freed two Lithuanians and two Russians.")
         + listen("Listen: Máret Čuoŋa on Arctic Morning", B + "/audio/cuona.mp3", "5:02"),
         dict(quotes=[q("Máret Čuoŋa", "support group in Kirkenes")], junk=["Listen: Máret Čuoŋa on Arctic Morning"], note="A national held by a foreign state and freed in a swap: relevant (rule C(a)).")),
        ("Sámediggi takes Deatnu fishing rules to UN rapporteur", d(2019, 11, 13, 14, 0, 0, 1), "Biret Risten Đuolla", ["News", "Sápmi"],
         p("The Sámi Parliament in Kárášjohka has asked the UN special rapporteur on indigenous peoples to examine the Norwegian-Finnish agreement on salmon fishing in the Deatnu (Tana) river, which Sámi fishers say was made without their consent.",
           "\"Two states drew up rules for our river and asked us afterwards,\" said Johan Ánte Ŋuolla, a council member of the Sámi Parliament.")
         + fig(B + "/img/deatnu.jpg", "Net fishing on the Deatnu at Ohcejohka.", "Photo: Arctic Light Radio / Ristin Žiilá"),
         dict(quotes=[q("Johan Ánte Ŋuolla", "Sámi Parliament")], junk=["Photo: Arctic Light Radio / Ristin Žiilá"], note="Treaty between two states taken to a UN rapporteur: relevant.")),
        ("Arctic Morning podcast: 14 November", d(2019, 11, 14, 9, 0, 0, 1), "Arctic Morning", ["Podcasts"],
         p("Northern lights forecast, the polar night and reindeer on the E6 in Guovdageaidnu.") + listen("Play", B + "/audio/am-1114.mp3", "44:10"),
         dict(authors=[], story=False, rel=False, x=enclosure(B + "/audio/am-1114.mp3", "audio/mpeg", "42400000"), note="Podcast episode: non-story.")),
        ("Albania earthquake: Norwegian rescue team flies out from Gardermoen", d(2019, 11, 27, 11, 15, 0, 1), "Ánde Šávllot", ["News", "World"],
         p("A Norwegian urban search-and-rescue team left for Durrës after the magnitude 6.4 earthquake that has killed at least 30 people in Albania.",
           "\"We have dogs and listening equipment on board,\" said team leader Siri Eilertsen of the Norwegian Directorate for Civil Protection."),
         dict(quotes=[q("Siri Eilertsen", "Norwegian Directorate for Civil Protection")], note="Deadly disaster abroad drawing foreign rescue teams: relevant (rule D). Newest item last.")),
        ("Tromsø airport parking prices to rise in January", d(2019, 11, 12, 15, 40, 0, 1), "Biret Risten Đuolla", ["News", "Local"],
         p("Avinor says parking prices at Tromsø Airport will rise by 15 percent from 1 January, the second increase in a year.", "A week in the long-stay car park will cost 1,190 kroner. The airport company says the money will pay for a new charging hub for electric cars."), dict(rel=False, note="Local: not relevant.")),
        ("Riddu Riđđu 2020: first artists announced", d(2019, 11, 11, 10, 0, 0, 1), "Arctic Light Radio", ["Events"],
         p("The festival in Gáivuotna runs in July. Tickets from Friday."), dict(authors=[], story=False, rel=False, note="Event announcement: non-story.")),
    ]
    head = plain_head("Arctic Light Radio - English news from Tromsø", B, "News in English from Northern Norway and Sápmi", "en", d(2019, 11, 27, 11, 20, 0, 1), "(c) 2019 Arctic Light Radio AS", "custom PHP")
    return build_feed("en_no_arcticlightradio_news_iso8859_10.rss.xml", "plain", B, head, rows, outlet="Arctic Light Radio", lang="en",
                      encoding="iso8859_10", decl="ISO-8859-10", ctype="application/rss+xml", acceptable=("decoded", "refused"),
                      structure="Tromsø (Norway) English-language radio news service, custom PHP feed (2019) in ISO-8859-10 (Latin-6, Nordic) declared in the XML prolog only (header application/rss+xml without charset): Sámi letters (Š š Č č Ŋ ŋ Đ đ Ž ž) in bylines, names and places are single Latin-6 bytes that read as Latin-1 ª º È è ¯ ¿ © ¹ ¬ ¼; Norwegian ø å and á keep their Latin-1 positions; items not in date order.",
                      notes="Encoding trap: ISO-8859-10 (Latin-6), declared in the prolog, no charset in the header. Decoding with iso8859_10 is the good outcome; a one-line refusal is acceptable. Home country: Norway.")


FEEDS = [hongkong, tromso]
