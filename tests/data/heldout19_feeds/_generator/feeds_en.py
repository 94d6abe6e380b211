# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the nineteenth held-out set (world desks, tech, science).
All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_DC, NS_MEDIA, atom, esc, it, q, rfc822, rss
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2027, 4, day, h, mi, s, off)


def cd(s):
    return f"<![CDATA[{s}]]>"


# ---------------------------------------------------------------- France 24-style international channel (France), GMT
def sequana24():
    rows, items = [], []

    def add(sec, slug, title, when, creator, desc, caption, exp):
        base = f"https://www.sequana24.fr/en/{sec}/{when:%Y%m%d}-{slug}"
        link = f"{base}?xtor=RSS-14"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item><title>{esc(title)}</title><description>{esc(desc)}</description><link>{esc(link)}</link><guid isPermaLink=\"false\">{base}</guid>"
                    f"<pubDate>{rfc822(when, gmt=True)}</pubDate><category>{esc(sec.capitalize())}</category>{cr}"
                    f"<media:content url=\"https://s.sequana24.fr/media/display/{when:%Y%m%d}/w:1024/p:16x9/{slug[:24]}.jpg\" medium=\"image\" width=\"1024\" height=\"576\"><media:credit>{esc(caption[1])}</media:credit><media:description>{esc(caption[0])}</media:description></media:content></item>")
        items.append(exp(base))

    w = d(13, 16, 42, 11)
    add("africa", "chad-sudan-reopen-adre-crossing-for-aid-convoys", "Chad and Sudan reopen Adré crossing for aid convoys", w, "Sequana 24 with AFP",
        "Chad and Sudan on Tuesday agreed to reopen the Adré border crossing to UN aid convoys for three months, after a two-week closure that left 400 trucks stranded in the desert.",
        ("Trucks loaded with UN aid wait at the Adré crossing on the Chad-Sudan border on April 2, 2027.", "© AFP"),
        lambda k: it(k, "Chad and Sudan reopen Adré crossing for aid convoys", w, [], junk=["© AFP", "Trucks loaded with UN aid wait"], note="Credit 'Brand with AFP' is not a person. ['AFP'] is also correct"))
    w = d(13, 14, 5, 40)
    add("europe", "eu-leaders-split-over-frozen-russian-assets-ahead-of-summit", "EU leaders split over frozen Russian assets ahead of Brussels summit", w, "Camille Dufresne",
        "Belgium and Luxembourg want legal guarantees before any of the €190 billion held in their clearing houses is lent to Ukraine.“We will not carry this risk alone,” a Belgian diplomat, Pieter Van Acker, told Sequana 24.",
        ("The Berlaymont building in Brussels, seat of the European Commission.", "© Reuters"),
        lambda k: it(k, "EU leaders split over frozen Russian assets ahead of Brussels summit", w, ["Camille Dufresne"], quotes=[q("Pieter Van Acker")], junk=["© Reuters"]))
    w = d(13, 11, 20, 3)
    add("france", "french-senate-passes-pension-indexation-bill", "French Senate passes pension indexation bill after all-night session", w, "Sequana 24",
        "Senators voted 201 to 118 to index basic pensions to inflation from January, a measure the government estimates will cost €3.4 billion a year",
        ("The French Senate in the Luxembourg Palace, Paris.", "© Sequana 24"),
        lambda k: it(k, "French Senate passes pension indexation bill after all-night session", w, [], rel=False, note="French domestic politics; the brand as creator."))
    w = d(13, 9, 0, 55)
    add("sport", "psg-fined-over-banners-at-parc-des-princes", "PSG fined €80,000 over fan banners at Parc des Princes", w, "Sequana 24",
        "The French league's disciplinary committee also closed part of the Auteuil stand for one match.",
        ("Paris Saint-Germain supporters at the Parc des Princes.", "© AFP"),
        lambda k: it(k, "PSG fined €80,000 over fan banners at Parc des Princes", w, [], rel=False))
    w = d(12, 19, 31, 7)
    add("middle-east", "lebanon-ceasefire-monitors-report-40-violations-in-a-week", "Lebanon: ceasefire monitors report 40 violations in a week", w, "Inès Moreau, Leila Haddad",
        "The committee overseeing the truce between Israel and Hezbollah said most incidents involved drones over the Nabatieh area. Lebanese officials asked for an emergency meeting in Naqoura.",
        ("A UN peacekeeping vehicle patrols near the Blue Line in southern Lebanon.", "© AFP"),
        lambda k: it(k, "Lebanon: ceasefire monitors report 40 violations in a week", w, ["Inès Moreau", "Leila Haddad"], note="Two persons in one dc:creator, comma-separated."))
    w = d(12, 6, 0, 0)
    add("live", "watch-sequana-24-in-english-live", "Watch Sequana 24 in English live", w, None,
        "Follow international news live, 24/7, on Sequana 24 in English.",
        ("Sequana 24 English live.", "© Sequana 24"),
        lambda k: it(k, "Watch Sequana 24 in English live", w, [], story=False, rel=False, note="Livestream page, not a story."))
    channel = ("<title>World - Sequana 24</title><link>https://www.sequana24.fr/en/</link><description>Sequana 24 - International breaking news, headlines and top stories</description>"
               f"<language>en</language><copyright>Copyright Médias de la Seine SA</copyright><lastBuildDate>{rfc822(d(13, 16, 45), gmt=True)}</lastBuildDate>"
               "<image><url>https://static.sequana24.fr/logo/sequana24-en.png</url><title>World - Sequana 24</title><link>https://www.sequana24.fr/en/</link></image>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>'
            + channel + "".join(rows) + "</channel></rss>\n")
    return feed("en_fr_sequana24_world.rss.xml", text, items, lang="en", outlet="Sequana 24",
                structure="France 24-style RSS of a French international news channel's English site from a custom CMS: namespaces before version, single line, channel 'Section - Brand', links with an '?xtor=RSS-14' tracking query and the clean URL as a non-permalink guid, plain-text teasers (a missing space after a full stop before a curly quote), dc:creator holding a person, two persons comma-separated, the brand or 'Brand with AFP', media:content with media:credit ('© AFP') and a media:description photo caption, French domestic and sport items, a livestream page, SA copyright, GMT dates")


# ---------------------------------------------------------------- ANTARA-style national news agency (Indonesia), +0700
def kartika():
    rows, items = [], []
    o = 7

    def add(aid, slug, title, when, body, exp):
        url = f"https://en.kartikanews.co.id/news/{aid}/{slug}"
        img = f"https://img.kartikanews.co.id/cache/700x393-2/2027/04/{aid}-photo.jpg"
        desc = f'<img src="{img}" align="left" border="0">{body}'
        rows.append(f"\t<item>\n\t\t<title>{cd(title)}</title>\n\t\t<link>{url}</link>\n\t\t<guid isPermaLink=\"true\">{url}</guid>\n\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t<description>{cd(desc)}</description>\n\t</item>")
        items.append(exp(url))

    junk = ["Reporter:", "Editor:", "Copyright ©", "<img"]
    w = d(13, 18, 37, 0, o)
    add(318204, "indonesia-australia-sign-defence-cooperation-agreement-in-canberra", "Indonesia, Australia sign defence cooperation agreement in Canberra", w,
        'Canberra (KARTIKA) - Indonesia and Australia signed a defence cooperation agreement in Canberra on Tuesday that allows joint exercises in each other\'s territory and regular maritime patrols in the Arafura Sea.<br><br>Related news: <a href="https://en.kartikanews.co.id/news/317990/indonesia-australia-hold-2-2-talks">Indonesia, Australia hold 2+2 talks</a><br><br>The agreement must still be ratified by the House of Representatives (DPR).<br><br>Reporter: Ade Saputra<br>Editor: Rahmat Hidayat<br>Copyright © KARTIKA 2027',
        lambda k: it(k, "Indonesia, Australia sign defence cooperation agreement in Canberra", w, ["Ade Saputra"], junk=[*junk, "Related news:", "Canberra (KARTIKA) -"], note="Reporter and editor named only at the end of the text. ['Ade Saputra', 'Rahmat Hidayat'] is also correct"))
    w = d(13, 15, 12, 0, o)
    add(318187, "asean-foreign-ministers-to-meet-in-kuala-lumpur-on-myanmar", "ASEAN foreign ministers to meet in Kuala Lumpur on Myanmar", w,
        'Jakarta (KARTIKA) - ASEAN foreign ministers will hold a special meeting in Kuala Lumpur next week to review the five-point consensus on Myanmar, the Foreign Ministry said.<br><br>"Indonesia wants an inclusive dialogue to begin before the rainy season," ministry spokesperson Dewi Kusumastuti told reporters in Jakarta.<br><br>Reporter: Fitri Handayani, Yoga Pratama<br>Editor: Rahmat Hidayat<br>Copyright © KARTIKA 2027',
        lambda k: it(k, "ASEAN foreign ministers to meet in Kuala Lumpur on Myanmar", w, ["Fitri Handayani", "Yoga Pratama"], junk=[*junk, "Jakarta (KARTIKA) -"], quotes=[q("Dewi Kusumastuti", "Foreign Ministry")], note="Two reporters in the text. ['Fitri Handayani', 'Yoga Pratama', 'Rahmat Hidayat'] is also correct"))
    w = d(13, 11, 45, 0, o)
    add(318170, "jakarta-mrt-north-south-line-extension-enters-testing", "Jakarta MRT North-South line extension enters testing phase", w,
        'Jakarta (KARTIKA) - Trial runs on the 5.8-km section between Bundaran HI and Kota began on Tuesday.Passenger service is planned for December<br><br>Reporter: Livia Kristianti<br>Editor: Sri Haryati<br>Copyright © KARTIKA 2027',
        lambda k: it(k, "Jakarta MRT North-South line extension enters testing phase", w, ["Livia Kristianti"], rel=False, junk=[*junk, "Jakarta (KARTIKA) -"], note="['Livia Kristianti', 'Sri Haryati'] is also correct"))
    w = d(13, 9, 20, 0, o)
    add(318151, "rice-stocks-enough-until-july-bulog", "Indonesia's rice stocks sufficient until July: Bulog", w,
        'Jakarta (KARTIKA) - The state logistics agency Bulog holds 3.1 million tons of rice in its warehouses, enough to meet demand until July, its president director said.<br><br>Reporter: Ahmad Faisal<br>Editor: Sri Haryati<br>Copyright © KARTIKA 2027',
        lambda k: it(k, "Indonesia's rice stocks sufficient until July: Bulog", w, ["Ahmad Faisal"], rel=False, junk=[*junk, "Jakarta (KARTIKA) -"], note="['Ahmad Faisal', 'Sri Haryati'] is also correct"))
    w = d(12, 20, 5, 0, o)
    add(318133, "indonesia-sends-30-tonnes-of-aid-to-quake-hit-papua-new-guinea", "Indonesia sends 30 tonnes of aid to quake-hit Papua New Guinea", w,
        'Jayapura, Papua (KARTIKA) - Two Air Force Hercules aircraft carrying tents, medicine and food left Sentani airport for Wewak on Monday, four days after a magnitude 7.1 earthquake struck the East Sepik province<br><br>Related news: <a href="https://en.kartikanews.co.id/news/318020/png-quake-death-toll-rises">PNG quake death toll rises to 63</a><br><br>Reporter: Hendrik Rumbiak<br>Editor: Rahmat Hidayat<br>Copyright © KARTIKA 2027',
        lambda k: it(k, "Indonesia sends 30 tonnes of aid to quake-hit Papua New Guinea", w, ["Hendrik Rumbiak"], junk=[*junk, "Related news:", "(KARTIKA) -"], note="['Hendrik Rumbiak', 'Rahmat Hidayat'] is also correct"))
    w = d(12, 17, 0, 0, o)
    add(318120, "weather-forecast-light-rain-in-most-provincial-capitals-on-wednesday", "Weather forecast: light rain in most provincial capitals on Wednesday", w,
        'Jakarta (KARTIKA) - Light rain: Jakarta, Bandung, Semarang, Surabaya, Denpasar. Cloudy: Medan, Pekanbaru. Thunderstorms: Pontianak, Palangka Raya.<br><br>Copyright © KARTIKA 2027',
        lambda k: it(k, "Weather forecast: light rain in most provincial capitals on Wednesday", w, [], story=False, rel=False, note="Daily weather forecast listing, not a story."))
    channel = ("\t<title>KARTIKA News - World</title>\n\t<link>https://en.kartikanews.co.id/world</link>\n\t<description>Kartika News Agency - Indonesian News Agency in English</description>\n\t<language>en-us</language>\n"
               f"\t<copyright>Perum Lembaga Kantor Berita Nasional KARTIKA</copyright>\n\t<lastBuildDate>{rfc822(d(13, 18, 40, 0, o))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_id_kartikanews_world.rss.xml", text, items, lang="en", outlet="KARTIKA News", aliases=["KARTIKA", "Kartika News Agency", "Kartika News"],
                structure="ANTARA-style national news agency English RSS from a custom PHP CMS: tab indentation, channel 'BRAND News - Section', CDATA titles and descriptions, every description opening with a left-aligned <img> and a 'City (BRAND) -' dateline, blocks separated by '<br><br>', inline 'Related news:' links, 'Reporter: A, B<br>Editor: C<br>Copyright © BRAND 2027' at the end (the only bylines), a missing space after a full stop, permalink guids, a weather-forecast listing, Perum (state corporation) copyright, +0700 dates")


# ---------------------------------------------------------------- Yle News-style public broadcaster (Finland), +0300
def pohjola():
    rows, items = [], []
    o = 3

    def add(nid, title, when, cats, desc, exp):
        url = f"https://pohjola.fi/a/74-{nid}"
        cat = "".join(f"<category>{esc(c)}</category>" for c in cats)
        rows.append(f"<item><title>{esc(title)}</title><link>{url}?origin=rss</link><description>{esc(desc)}</description><pubDate>{rfc822(when)}</pubDate>"
                    f"<guid isPermaLink=\"false\">74-{nid}</guid>{cat}<enclosure url=\"https://images.pohjola.fi/image/upload/w_1200,h_675,c_fill/39-{nid}0.jpg\" type=\"image/jpeg\" length=\"0\"/></item>")
        items.append(exp(f"74-{nid}"))

    w = d(13, 17, 48, 3, o)
    add(20451877, "Finland and Estonia to link border guard drone networks over Gulf of Finland", w, ["Pohjola News", "border guard", "Estonia", "defence"],
        "The two countries' border guards will share real-time drone and radar images of shipping traffic from June.The move follows two cable incidents in the gulf last winter",
        lambda k: it(k, "Finland and Estonia to link border guard drone networks over Gulf of Finland", w, []))
    w = d(13, 14, 2, 40, o)
    add(20451830, "Government keeps eastern border closed for another six months", w, ["Pohjola News", "eastern border", "Russia"],
        "The Interior Ministry said there was no change in Russia's use of migrants to pressure Finland. “The assessment of the border guard has not changed,” said ministry director Sanna Pitkänen.",
        lambda k: it(k, "Government keeps eastern border closed for another six months", w, [], quotes=[q("Sanna Pitkänen", "Interior Ministry")]))
    w = d(13, 10, 15, 0, o)
    add(20451794, "Helsinki to cut seven tram stops in the city centre", w, ["Pohjola News", "Helsinki", "public transport"],
        "City planners say fewer stops on Mannerheimintie will make trams up to four minutes faster.",
        lambda k: it(k, "Helsinki to cut seven tram stops in the city centre", w, [], rel=False))
    w = d(12, 19, 40, 0, o)
    add(20451751, "Dairy giant warns of higher milk prices after poor harvest", w, ["Pohjola News", "food prices", "agriculture"],
        "A wet summer left farmers short of silage, and the cost of feed rose by a fifth.",
        lambda k: it(k, "Dairy giant warns of higher milk prices after poor harvest", w, [], rel=False))
    w = d(12, 16, 30, 0, o)
    add(20451720, "Finnish peacekeepers in Lebanon to rotate home early", w, ["Pohjola News", "peacekeeping", "Lebanon", "Defence Forces"],
        "About 200 soldiers serving with the UN force will return in May, two months ahead of schedule, after the mission's mandate was cut.",
        lambda k: it(k, "Finnish peacekeepers in Lebanon to rotate home early", w, []))
    w = d(12, 8, 0, 0, o)
    add(20451688, "Five-minute Finnish: Talking about the weather", w, ["Pohjola News", "podcast", "learning Finnish"],
        "In this episode: sää, sataa and why Finns say 'kelirikko' every April.",
        lambda k: it(k, "Five-minute Finnish: Talking about the weather", w, [], story=False, rel=False, note="Language-learning podcast episode."))
    channel = (f"<title>Pohjola News | Pohjola</title><link>https://pohjola.fi/news</link><description>Pohjola News</description><language>en</language>"
               f"<lastBuildDate>{rfc822(d(13, 17, 50, 0, o))}</lastBuildDate><copyright>Pohjola Broadcasting Company</copyright>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>' + channel + "".join(rows) + "</channel></rss>\n")
    return feed("en_fi_pohjola_news.rss.xml", text, items, lang="en", outlet="Pohjola News", aliases=["Pohjola"],
                structure="Yle News-style English RSS of a Finnish public broadcaster from its feed service: single line, channel 'Brand News | Brand', links with '?origin=rss' and non-permalink '74-<id>' guids, no author element, several <category> tags (the first is the brand), plain descriptions without final stop or with a missing space after a full stop, a curly-quoted quote, zero-length image enclosures, a language-learning podcast episode, public-company copyright, +0300 (EEST) dates")


# ---------------------------------------------------------------- The Citizen-style daily (Tanzania), +0300
def mwambao():
    rows, items = [], []
    o = 3

    def add(sec, slug, aid, title, when, creator, desc, exp):
        url = f"https://www.mwambaoherald.co.tz/tanzania/news/{sec}/{slug}-{aid}"
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(desc)}</description>\n    <dc:creator>{esc(creator)}</dc:creator>\n"
                    f"    <pubDate>{rfc822(when)}</pubDate>\n    <guid>{url}</guid>\n    <media:thumbnail url=\"https://www.mwambaoherald.co.tz/resource/image/{aid}/landscape_ratio3x2/320/213/pic.jpg\" width=\"320\" height=\"213\"/>\n  </item>")
        items.append(exp(url))

    w = d(13, 18, 0, 0, o)
    add("east-africa-news", "tanzania-kenya-agree-to-scrap-14-trade-barriers", 4901122, "Tanzania, Kenya agree to scrap 14 non-tariff barriers at Namanga", w, "By Alawi Mwinyi",
        "<p>Arusha. Tanzania and Kenya have agreed to remove 14 non-tariff barriers, including double weighbridge checks, that traders say add two days to every trip through Namanga</p><p>The decision was reached at a bilateral trade committee meeting on Monday.</p><p><strong>Read: <a href=\"https://www.mwambaoherald.co.tz/tanzania/news/east-africa-news/eac-customs-union-review-4899870\">EAC customs union review stalls</a></strong></p>",
        lambda k: it(k, "Tanzania, Kenya agree to scrap 14 non-tariff barriers at Namanga", w, ["Alawi Mwinyi"], junk=["Read:", "EAC customs union review stalls"], note="dc:creator 'By Name'."))
    w = d(13, 15, 30, 0, o)
    add("east-africa-news", "eac-summit-postponed-again", 4901098, "EAC summit postponed again as DR Congo, Rwanda trade accusations", w, "The Mwambao Herald Reporter",
        "<p>Dar es Salaam. The East African Community heads of state summit, set for April 25 in Arusha, has been postponed for the second time this year.The secretariat gave no new date</p><p>“We need both parties in the room,” said Grace Njoroge, an adviser at the secretariat.</p>",
        lambda k: it(k, "EAC summit postponed again as DR Congo, Rwanda trade accusations", w, [], quotes=[q("Grace Njoroge", "secretariat")], note="Desk credit."))
    w = d(13, 12, 10, 0, o)
    add("national", "dar-brt-phase-three-opens", 4901060, "Dar es Salaam BRT phase three opens to passengers on Nyerere Road", w, "By Neema Kisanga and Juma Mbwambo",
        "<p>Dar es Salaam. Commuters between Gerezani and Gongo la Mboto can now use 60 new buses</p><ul><li>Fare set at Sh750</li><li>Cards accepted from May</li></ul>",
        lambda k: it(k, "Dar es Salaam BRT phase three opens to passengers on Nyerere Road", w, ["Neema Kisanga", "Juma Mbwambo"], rel=False))
    w = d(12, 21, 45, 0, o)
    add("sports", "simba-edge-yanga-in-kariakoo-derby", 4901021, "Simba SC edge Yanga in Kariakoo derby", w, "By Hassan Kitenge",
        "<p>Dar es Salaam. A late header settled the derby at Benjamin Mkapa Stadium.</p>",
        lambda k: it(k, "Simba SC edge Yanga in Kariakoo derby", w, ["Hassan Kitenge"], rel=False))
    w = d(12, 17, 20, 0, o)
    add("east-africa-news", "tanzania-extends-troop-deployment-in-cabo-delgado", 4900987, "Tanzania extends troop deployment in Mozambique's Cabo Delgado", w, "Reuters",
        "<p>Maputo. Tanzanian troops will stay in northern Mozambique for another year under a bilateral agreement signed after the regional mission ended, officials said</p>",
        lambda k: it(k, "Tanzania extends troop deployment in Mozambique's Cabo Delgado", w, ["Reuters"], note="Agency as the only credit. [] is also correct"))
    w = d(12, 7, 0, 0, o)
    add("cartoons", "cartoon-of-the-day-april-12", 4900955, "Cartoon of the day: Monday, April 12", w, "The Mwambao Herald",
        "<p><img src=\"https://www.mwambaoherald.co.tz/resource/image/4900955/cartoon.jpg\" alt=\"Cartoon\"></p>",
        lambda k: it(k, "Cartoon of the day: Monday, April 12", w, [], story=False, rel=False, note="Editorial cartoon (image only)."))
    channel = ("  <title>The Mwambao Herald - News</title>\n  <link>https://www.mwambaoherald.co.tz/tanzania/news</link>\n  <description>The Mwambao Herald: Tanzania's independent daily</description>\n  <language>en-gb</language>\n"
               f"  <copyright>Mwambao Communications Limited</copyright>\n  <lastBuildDate>{rfc822(d(13, 18, 2, 0, o))}</lastBuildDate>")
    return feed("en_tz_mwambaoherald_news.rss.xml", rss(channel, rows, ns=NS_DC + NS_MEDIA), items, lang="en", outlet="The Mwambao Herald", aliases=["Mwambao Herald"],
                structure="The Citizen (Tanzania)-style RSS from a custom newsroom CMS: two-space indentation, channel 'Brand - Section', dc:creator holding 'By Name', 'By A and B', 'Brand Reporter', the agency Reuters or the brand, escaped <p> descriptions opening with the East African 'City.' dateline (a full stop, no dash), a standfirst without final stop, <ul> bullets, a missing space after a full stop, a bold inline 'Read:' link, media:thumbnail, link = bare guid, derby and BRT items, an image-only cartoon of the day, Limited copyright, +0300 dates")


# ---------------------------------------------------------------- Gulf Daily News-style (Bahrain), ASP.NET, 12-hour clock
def gulfpearl():
    rows, items = [], []
    o = 3

    def add(aid, title, when, author, desc, exp):
        url = f"https://www.gulfpearldaily.com.bh/ArticleDetail.aspx?ArticleID={aid}&amp;CategoryID=3"
        au = f"<author>{esc(author)}</author>" if author else "<author />"
        rows.append(f"<item>\r\n<title>{esc(title)}</title>\r\n<link>{url}</link>\r\n<description>{esc(desc)}</description>\r\n{au}\r\n<pubDate>{rfc822(when, h12=True)}</pubDate>\r\n</item>")
        items.append(exp(url.replace("&amp;", "&")))

    w = d(13, 19, 15, 0, o)
    add(612044, "Bahrain, UK Sign New Defence And Security Pact", w, "Reem Al Mahmood",
        "MANAMA: Bahrain and the United Kingdom yesterday signed a defence and security co-operation agreement that expands training at the Mina Salman naval base.The pact replaces a 2014 arrangement",
        lambda k: it(k, "Bahrain, UK Sign New Defence And Security Pact", w, ["Reem Al Mahmood"], note="pubDate on a 12-hour clock with AM/PM."))
    w = d(13, 15, 40, 0, o)
    add(612031, "Channels With Tehran ‘Remain Open’, Says Ministry", w, "Reem Al Mahmood",
        "MANAMA: Bahrain’s diplomatic channels with Iran remain open despite the suspension of direct flights, a Foreign Ministry official said. “Dialogue is the only path for the region,” said ministry spokesman Khalid Al Sayegh.",
        lambda k: it(k, "Channels With Tehran ‘Remain Open’, Says Ministry", w, ["Reem Al Mahmood"], quotes=[q("Khalid Al Sayegh", "Foreign Ministry")]))
    w = d(13, 10, 5, 0, o)
    add(612010, "Fines For Illegal Parking To Double In Capital", w, "Sandeep Menon",
        "MANAMA: Motorists parking on pavements in the Capital Governorate will pay BD20 from next month, up from BD10.",
        lambda k: it(k, "Fines For Illegal Parking To Double In Capital", w, ["Sandeep Menon"], rel=False))
    w = d(13, 8, 45, 0, o)
    add(611998, "Grand Prix Ticket Sales Hit Record", w, "Sports Desk",
        "SAKHIR: Organisers said 98 per cent of grandstand seats were sold a week before the race.",
        lambda k: it(k, "Grand Prix Ticket Sales Hit Record", w, [], rel=False, note="Desk credit."))
    w = d(12, 21, 30, 0, o)
    add(611975, "GCC Pledges $2 Billion For Gaza Reconstruction", w, "Agencies",
        "RIYADH: Gulf Cooperation Council states pledged $2bn for housing and water projects in Gaza at a ministerial meeting yesterday, with Saudi Arabia and Qatar providing half",
        lambda k: it(k, "GCC Pledges $2 Billion For Gaza Reconstruction", w, [], note="'Agencies' is not a person."))
    w = d(12, 6, 0, 0, o)
    add(611960, "Classifieds: Flats And Villas For Rent This Week", w, None,
        "Two-bedroom flat in Juffair, BD350 inclusive. Call 3900 0000. Villa in Saar with pool, BD900.",
        lambda k: it(k, "Classifieds: Flats And Villas For Rent This Week", w, [], story=False, rel=False, note="Classified advertisements."))
    channel = ("<title>Gulf Pearl Daily :: Regional</title>\r\n<link>https://www.gulfpearldaily.com.bh/</link>\r\n<description>The Voice of Bahrain</description>\r\n<language>en-us</language>\r\n"
               "<copyright>Copyright 2027 Al Lulu Printing &amp; Publishing House W.L.L.</copyright>\r\n<generator>GPD RSS Generator 2.0 (ASP.NET)</generator>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\r\n<rss version="2.0">\r\n<channel>\r\n' + channel + "\r\n" + "\r\n".join(rows) + "\r\n</channel>\r\n</rss>")
    return feed("en_bh_gulfpearldaily_regional_aspnet.rss.xml", text, items, lang="en", outlet="Gulf Pearl Daily",
                structure="Gulf Daily News (Bahrain)-style RSS from an ASP.NET handler: CRLF line ends, no trailing newline, channel 'Brand :: Section', ArticleDetail.aspx?ArticleID=&amp;CategoryID= links and NO guid (the link is the key), Title Case Headlines, <author> holding a bare name, 'Sports Desk', 'Agencies' or an empty <author />, pubDate on a 12-HOUR clock with AM/PM ('Tue, 13 Apr 2027 07:15:00 PM +0300'), plain descriptions opening with an upper-case 'CITY:' dateline, a missing space after a full stop, curly quotes in a title, classified adverts, W.L.L. copyright, +0300 dates")


# ---------------------------------------------------------------- MONTSAME-style national news agency (Mongolia), +0800
def erdene():
    rows, items = [], []
    o = 8

    def add(nid, title, when, creator, desc, exp):
        url = f"https://www.erdenenews.mn/en/read/{nid}"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item>\n<guid isPermaLink=\"false\">news/{nid}</guid>\n<title>{esc(title)}</title>\n<link>{url}</link>\n{cr}\n<pubDate>{rfc822(when)}</pubDate>\n<description>{esc(desc)}</description>\n</item>")
        items.append(exp(f"news/{nid}"))

    w = d(13, 17, 25, 0, o)
    add(384512, "Mongolia and China Agree to Speed Up Railway Crossing at Gashuunsukhait", w, "Ts.Oyunchimeg",
        "<p>Ulaanbaatar, April 13 (ERDENE) - Mongolia and China agreed to complete the cross-border railway at the Gashuunsukhait-Ganqimaodu port by the end of the year</p><p>The line will carry up to 30 million tons of coal a year.</p>",
        lambda k: it(k, "Mongolia and China Agree to Speed Up Railway Crossing at Gashuunsukhait", w, ["Ts.Oyunchimeg"], junk=["(ERDENE)"], note="Mongolian name with the patronymic initial glued: 'Ts.Oyunchimeg'. ['Ts. Oyunchimeg'] is also correct"))
    w = d(13, 14, 0, 0, o)
    add(384497, "Foreign Ministers of Mongolia and Japan Hold Talks in Tokyo", w, "B.Nomin",
        "<p>Ulaanbaatar, April 13 (ERDENE) - The foreign ministers discussed the Economic Partnership Agreement and a direct flight to Osaka.“Japan is our third neighbour in every sense,” said B.Enkhjin, Director of the Asia Department at the Ministry of Foreign Affairs.</p>",
        lambda k: it(k, "Foreign Ministers of Mongolia and Japan Hold Talks in Tokyo", w, ["B.Nomin"], junk=["(ERDENE)"], quotes=[q("B.Enkhjin", "Ministry of Foreign Affairs")], note="['B. Nomin'] is also correct"))
    w = d(13, 11, 30, 0, o)
    add(384481, "Coal Stoves to Be Banned in Ger Districts From October", w, "Erdene News Agency",
        "<p>Ulaanbaatar, April 13 (ERDENE) - The capital city will replace 18,000 coal stoves with electric heaters this summer</p><ul><li>Night-time electricity stays free</li><li>Fines from November</li></ul>",
        lambda k: it(k, "Coal Stoves to Be Banned in Ger Districts From October", w, [], rel=False, junk=["(ERDENE)"]))
    w = d(12, 19, 10, 0, o)
    add(384466, "National Wrestlers to Compete at Asian Championships", w, "G.Bayarmaa",
        "<p>Ulaanbaatar, April 12 (ERDENE) - Twelve wrestlers will represent Mongolia in Bishkek.</p>",
        lambda k: it(k, "National Wrestlers to Compete at Asian Championships", w, ["G.Bayarmaa"], rel=False, junk=["(ERDENE)"], note="['G. Bayarmaa'] is also correct"))
    w = d(12, 15, 45, 0, o)
    add(384450, "Mongolia to Send 200 Peacekeepers to South Sudan", w, None,
        "<p>Ulaanbaatar, April 12 (ERDENE) - A battalion of the Mongolian Armed Forces will join the UN mission in South Sudan in June, replacing the contingent deployed last year.</p>",
        lambda k: it(k, "Mongolia to Send 200 Peacekeepers to South Sudan", w, [], junk=["(ERDENE)"]))
    w = d(12, 9, 0, 0, o)
    add(384431, "Photo: Spring Snowstorm in Khentii Province", w, "Erdene News Agency",
        "<p><img src=\"https://www.erdenenews.mn/files/photo/384431.jpg\"></p>",
        lambda k: it(k, "Photo: Spring Snowstorm in Khentii Province", w, [], story=False, rel=False, note="Photo item, image only."))
    channel = ("<title>ERDENE News Agency</title>\n<link>https://www.erdenenews.mn/en</link>\n<description>Mongolia's national news agency - English</description>\n<language>en</language>\n"
               "<copyright>Erdene News Agency</copyright>")
    return feed("en_mn_erdenenews_en.rss.xml", rss(channel, rows, ns=NS_DC), items, lang="en", outlet="Erdene News Agency", aliases=["ERDENE", "ERDENE News Agency", "Erdene News"],
                structure="MONTSAME-style state news agency English RSS from a custom CMS: one element per line without indentation, upper-case brand as channel title, 'news/<id>' non-permalink guid as the FIRST child, dc:creator holding Mongolian names with the patronymic initial glued ('Ts.Oyunchimeg'), the brand or nothing (an empty line), Title Case Headlines, escaped <p> descriptions opening with the 'Ulaanbaatar, April 13 (BRAND) -' dateline, a standfirst without final stop, <ul> bullets, a missing space after a full stop before a curly quote, an image-only photo item, +0800 dates")


# ---------------------------------------------------------------- Hespress English-style (Morocco), +0100
def atlaswire():
    rows, items = [], []
    o = 1

    def add(slug, eid, title, when, creator, html, exp):
        url = f"https://en.atlaswire.ma/{slug}-{eid}.html"
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"true\">{url}</guid>\n      <dc:creator>{cd(creator)}</dc:creator>\n"
                    f"      <pubDate>{rfc822(when)}</pubDate>\n      <description>{cd(html)}</description>\n    </item>")
        items.append(exp(url))

    readalso = '<p><strong>Read also:</strong> <a href="https://en.atlaswire.ma/morocco-nigeria-pipeline-ecowas-backing-58011.html">Morocco-Nigeria pipeline wins ECOWAS backing</a></p>'
    w = d(13, 18, 20, 0, o)
    add("morocco-mauritania-joint-study-atlantic-gas-pipeline", 58344, "Morocco, Mauritania launch joint study on Atlantic gas pipeline route", w, "Yassine Bennani",
        f"<p>Rabat and Nouakchott will fund a joint survey of the offshore section between Dakhla and Nouadhibou</p>{readalso}<p>The study is due in early 2028.</p>",
        lambda k: it(k, "Morocco, Mauritania launch joint study on Atlantic gas pipeline route", w, ["Yassine Bennani"], junk=["Read also", "ECOWAS backing"]))
    w = d(13, 15, 5, 0, o)
    add("algeria-recalls-ambassador-from-madrid", 58331, "Algeria recalls ambassador from Madrid over Western Sahara remarks", w, "Salma Ouazzani & Hamza El Idrissi",
        "<p>Algiers recalled its ambassador to Spain for consultations after a Spanish minister described Morocco’s autonomy plan as “the most realistic basis”</p><p>“This is a serious departure from neutrality,” said Karim Benali, a spokesman for the Algerian foreign ministry.</p>",
        lambda k: it(k, "Algeria recalls ambassador from Madrid over Western Sahara remarks", w, ["Salma Ouazzani", "Hamza El Idrissi"], quotes=[q("Karim Benali", "Algerian foreign ministry")], note="Two persons joined by '&'."))
    w = d(13, 11, 40, 0, o)
    add("casablanca-tramway-line-3-to-open-in-june", 58318, "Casablanca tramway line 3 to open in June", w, "Atlas Wire",
        "<p>The 14-kilometre line will link Casa-Port station to Sidi Moumen.Test runs start next week</p>",
        lambda k: it(k, "Casablanca tramway line 3 to open in June", w, [], rel=False))
    w = d(12, 22, 10, 0, o)
    add("wydad-appoint-portuguese-coach", 58302, "Wydad appoint Portuguese coach after Throne Cup exit", w, "Atlas Wire Sports",
        "<p>The Casablanca club signed a two-year contract with a former Braga assistant.</p>",
        lambda k: it(k, "Wydad appoint Portuguese coach after Throne Cup exit", w, [], rel=False, note="Desk credit."))
    w = d(12, 17, 0, 0, o)
    add("morocco-eu-resume-fisheries-talks", 58290, "Morocco, EU resume talks on fisheries agreement", w, "Yassine Bennani",
        f"<p>Negotiators met in Brussels for the first time since the EU Court of Justice ruling, with catches off Dakhla at the centre of the talks</p>{readalso}",
        lambda k: it(k, "Morocco, EU resume talks on fisheries agreement", w, ["Yassine Bennani"], junk=["Read also"]))
    w = d(12, 9, 30, 0, o)
    add("webinar-world-cup-2030-economy-register", 58275, "Webinar: What will the 2030 World Cup bring to Morocco's economy? Register now", w, "Atlas Wire",
        "<p>Join our editors and three economists on April 20 at 6 pm. Free registration.</p>",
        lambda k: it(k, "Webinar: What will the 2030 World Cup bring to Morocco's economy? Register now", w, [], story=False, rel=False, note="Event promotion."))
    channel = ("    <title>Atlas Wire - Morocco News in English</title>\n    <link>https://en.atlaswire.ma/</link>\n    <description>Latest news from Morocco and the Maghreb</description>\n    <language>en-US</language>\n"
               f"    <copyright>© 2027 Atlas Wire SARL</copyright>\n    <generator>Craft CMS</generator>\n    <lastBuildDate>{rfc822(d(13, 18, 22, 0, o))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"' + NS_DC + ">\n  <channel>\n" + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_ma_atlaswire_craft.rss.xml", text, items, lang="en", outlet="Atlas Wire",
                structure="Hespress English-style (Morocco) RSS from a Craft CMS Twig template: four-space item indentation, channel 'Brand - Morocco News in English', Craft generator, CDATA dc:creator holding a person, 'A & B', the brand or 'Brand Sports', CDATA <p> descriptions with a standfirst without final stop, a 'Read also:' paragraph with a link between blocks or at the end, curly quotes, a missing space after a full stop, '<slug>-<id>.html' permalink guids, tramway and football items, a webinar promotion, SARL copyright, +0100 dates")


# ---------------------------------------------------------------- Agência Brasil-style public agency English service (Brazil), Atom, -03:00
def agenciaipe():
    entries, items = [], []
    o = -3

    def add(uid, sec, slug, title, when, upd, authors, html, exp):
        url = f"https://agenciaipe.ebn.com.br/en/{sec}/noticia/2027-04/{slug}"
        key = f"urn:uuid:{uid}"
        au = "".join(f"\n    <author>\n      <name>{esc(a)}</name>\n    </author>" for a in authors)
        entries.append(f"  <entry>\n    <id>{key}</id>\n    <title>{esc(title)}</title>\n    <link href=\"{url}\"/>\n    <published>{when.isoformat()}</published>\n    <updated>{upd.isoformat()}</updated>{au}\n"
                       f"    <content type=\"html\">{esc(html)}</content>\n  </entry>")
        items.append(exp(key))

    foot = "<p>Translation: Daniel Whitaker - Edition: Beatriz Lobo</p>"
    w = d(13, 17, 10, 0, o)
    add("8c2f1e6a-3b7d-4a51-9e0c-2d4f6a8b1c3e", "internacional", "brazil-argentina-resume-mercosur-eu-ratification-talks", "Brazil and Argentina resume Mercosur-EU ratification talks", w, d(13, 18, 2, 0, o), ["Lucas Barreto - Agência Ipê Reporter"],
        f"<p>Brazilian and Argentine negotiators met in Brasília to agree on a common timetable for the ratification of the Mercosur-EU trade agreement</p><p>Uruguay and Paraguay will join the talks next month.</p>{foot}",
        lambda k: it(k, "Brazil and Argentina resume Mercosur-EU ratification talks", w, ["Lucas Barreto"], junk=["Translation:", "Edition:", "Agência Ipê Reporter"], note="Agência Brasil-style credit 'Name - Agency Reporter'; translator and editor named in a footer."))
    w = d(13, 13, 45, 0, o)
    add("1a9d3c5e-7f20-4b8a-8d61-5e3c7a9b2d40", "internacional", "itamaraty-condemns-attack-on-un-base-in-haiti", "Brazilian foreign ministry condemns attack on UN base in Haiti", w, w, ["Renata Sampaio - Agência Ipê Reporter"],
        f"<p>The Ministry of Foreign Affairs condemned Monday's attack on the UN logistics base near Port-au-Prince, in which two Kenyan police officers were wounded.“Brazil remains committed to a Haitian-led solution,” said ambassador Otávio Rezende, head of the ministry's Caribbean division.</p>{foot}",
        lambda k: it(k, "Brazilian foreign ministry condemns attack on UN base in Haiti", w, ["Renata Sampaio"], junk=["Translation:", "Agência Ipê Reporter"], quotes=[q("Otávio Rezende", "Ministry of Foreign Affairs")]))
    w = d(13, 10, 0, 0, o)
    add("5b7e9a1c-2d4f-4c63-a8e2-7f1b3d5c9e62", "economia", "sao-paulo-inflation-slows-in-march", "Inflation in São Paulo slows to 4.1% in March", w, w, ["Agência Ipê"],
        f"<p>Food prices fell for the second month in a row, the Institute of Economic Research said.Fuel rose 2.3%</p>{foot}",
        lambda k: it(k, "Inflation in São Paulo slows to 4.1% in March", w, [], rel=False))
    w = d(12, 18, 30, 0, o)
    add("9e1c3a5b-7d2f-4e84-b6a1-3c5e7b9d1f83", "geral", "rio-to-expand-brt-transbrasil", "Rio de Janeiro to extend BRT Transbrasil to Deodoro", w, d(12, 19, 0, 0, o), ["Paulo Tavares - Agência Ipê Reporter", "Júlia Menezes - Agência Ipê Reporter"],
        f"<p>The 6-km extension will cost R$ 420 million</p><ul><li>Works start in July</li><li>Four new stations</li></ul>{foot}",
        lambda k: it(k, "Rio de Janeiro to extend BRT Transbrasil to Deodoro", w, ["Paulo Tavares", "Júlia Menezes"], rel=False, junk=["Agência Ipê Reporter"]))
    w = d(12, 14, 15, 0, o)
    add("3d5f7b9a-1c2e-4fa5-9c83-6b8d0e2a4c15", "internacional", "brazil-china-sign-agreements-on-beef-and-soybean-exports", "Brazil and China sign 12 agreements on beef and soybean exports", w, w, ["Agência Ipê"],
        f"<p>The agreements, signed in Beijing, open the Chinese market to 38 more Brazilian meatpacking plants</p>{foot}",
        lambda k: it(k, "Brazil and China sign 12 agreements on beef and soybean exports", w, [], note="The agency itself as author."))
    w = d(12, 21, 0, 0, o)
    add("7f9b1d3c-5e2a-4b06-8d94-1e3a5c7b9d26", "geral", "mega-sena-draw-2850-results", "Mega-Sena: results of draw 2,850", w, w, ["Agência Ipê"],
        f"<p>Numbers drawn: 04 - 11 - 23 - 37 - 48 - 59. No winning ticket; the prize accumulates to R$ 62 million.</p>{foot}",
        lambda k: it(k, "Mega-Sena: results of draw 2,850", w, [], story=False, rel=False, note="Lottery results."))
    head = ("  <title>Agência Ipê - English</title>\n  <subtitle>Public news agency of Brazil</subtitle>\n  <link href=\"https://agenciaipe.ebn.com.br/en\"/>\n  <link rel=\"self\" href=\"https://agenciaipe.ebn.com.br/en/atom.xml\"/>\n"
            f"  <id>https://agenciaipe.ebn.com.br/en</id>\n  <updated>{d(13, 18, 2, 0, o).isoformat()}</updated>\n  <rights>Empresa Brasileira de Notícias - EBN. Creative Commons BY 4.0</rights>")
    text = atom(head, entries, ns=' xml:lang="en"')
    return feed("en_br_agenciaipe_english.atom.xml", text, items, lang="en", outlet="Agência Ipê", aliases=["Agencia Ipe", "Agência Ipê - English"], shape="atom", ctype="application/atom+xml; charset=utf-8",
                structure="Agência Brasil-style English Atom feed of a Brazilian public news agency: two-space indentation, 'urn:uuid:' entry ids, link without rel, published and (sometimes later) updated stamps, one <author> per credit in the 'Name - Agency Reporter' form or the agency itself, html content only with a standfirst without final stop, <ul> bullets, a missing space after a full stop before a curly quote and a 'Translation: Name - Edition: Name' footer, São Paulo and Rio items, lottery results, public-company rights, -03:00 stamps")


# ---------------------------------------------------------------- Eleventy (11ty) Atom feed of a tech-news site
def latency():
    entries, items = [], []

    def add(slug, title, when, html, exp):
        url = f"https://latency.news/posts/{slug}/"
        entries.append(f"  <entry>\n    <title>{esc(title)}</title>\n    <link href=\"{url}\"/>\n    <updated>{when.isoformat().replace('+00:00', 'Z')}</updated>\n    <id>{url}</id>\n"
                       f"    <content xml:lang=\"en\" type=\"html\">{esc(html)}</content>\n  </entry>")
        items.append(exp(url))

    w = d(13, 0, 0)
    add("eu-japan-undersea-cable-pact", "EU and Japan sign pact on undersea cable security", w,
        '<p>The agreement commits both sides to joint repair ships and shared monitoring of cables in the Pacific</p><p>It follows three cable cuts near Taiwan this year.</p><p><img src="https://latency.news/img/cable-map.png" alt="Map of Pacific cable routes"></p>',
        lambda k: it(k, "EU and Japan sign pact on undersea cable security", w, [], junk=["<img", "Map of Pacific cable routes"], note="Eleventy writes only <updated>, at midnight UTC (date-only front matter); the feed-level author is the brand."))
    w = d(12, 0, 0)
    add("us-export-blacklist-three-chinese-chipmakers", "US adds three Chinese chipmakers to export blacklist", w,
        "<p><em>By Priya Raman</em></p><p>The Commerce Department said the companies supplied memory chips to Russian drone makers.Beijing promised “necessary measures”</p>",
        lambda k: it(k, "US adds three Chinese chipmakers to export blacklist", w, ["Priya Raman"], junk=["By Priya Raman"], note="Byline only as the first paragraph of the content."))
    w = d(11, 0, 0)
    add("review-fairbook-14", "Review: the Fairbook 14 is the repairable laptop we wanted", w,
        "<p>Swappable ports, a socketed SSD and a keyboard held by six screws. The speakers are bad</p>",
        lambda k: it(k, "Review: the Fairbook 14 is the repairable laptop we wanted", w, [], rel=False, note="Product review. Title label 'Review:' may be kept or dropped"))
    w = d(10, 0, 0)
    add("rust-1-95-released", "Rust 1.95 lands with faster incremental builds", w,
        "<ul><li>Parallel front end on by default</li><li>New <code>async</code> closures lint</li><li>Cargo gains a <code>--locked-registry</code> flag</li></ul>",
        lambda k: it(k, "Rust 1.95 lands with faster incremental builds", w, [], rel=False, junk=["<code>"]))
    w = d(9, 0, 0)
    add("india-data-localisation-cloud", "India's new data-localisation rules leave foreign cloud firms scrambling", w,
        "<p><em>By Priya Raman and Tom Ellery</em></p><p>Providers have 180 days to move government workloads to Indian data centres, and two US firms have asked Washington to raise the issue in trade talks.</p>",
        lambda k: it(k, "India's new data-localisation rules leave foreign cloud firms scrambling", w, ["Priya Raman", "Tom Ellery"], junk=["By Priya Raman"]))
    w = d(8, 0, 0)
    add("sponsored-nimbus-postgres", "Sponsored: Try Nimbus Postgres free for 30 days", w,
        "<p>Serverless Postgres with branching. No credit card needed.</p>",
        lambda k: it(k, "Sponsored: Try Nimbus Postgres free for 30 days", w, [], story=False, rel=False, note="Sponsored post."))
    head = ("  <title>Latency</title>\n  <subtitle>Tech, policy and the internet's plumbing.</subtitle>\n  <link href=\"https://latency.news/feed.xml\" rel=\"self\"/>\n  <link href=\"https://latency.news/\"/>\n"
            f"  <updated>{d(13, 0, 0).isoformat().replace('+00:00', 'Z')}</updated>\n  <id>https://latency.news/</id>\n  <author>\n    <name>Latency</name>\n    <email>tips@latency.news</email>\n  </author>")
    text = atom(head, entries, ns=' xml:lang="en"')
    return feed("en_tech_latency_eleventy.atom.xml", text, items, lang="en", outlet="Latency", shape="atom", topic="tech", ctype="application/atom+xml",
                structure="Eleventy (@11ty/eleventy-plugin-rss) default Atom template of a tech-news site: two-space indentation, subtitle, self link, a feed-level <author> (the brand with an e-mail) and no entry authors, entries with only <updated> at midnight UTC ('Z'), URL ids, html content with xml:lang, an <em>By Name</em> first paragraph as the only byline, an inline image with alt text, a <ul>-only release post with <code>, a review, a sponsored post, Content-Type without charset")


# ---------------------------------------------------------------- Wix blog RSS ('RSS for Node') of a polar-science magazine
def meltwater():
    rows, items = [], []

    def add(key, slug, title, when, creator, cat, desc, exp):
        url = f"https://www.meltwatermag.com/post/{slug}"
        rows.append(f"<item><title>{cd(title)}</title><description>{cd(desc)}</description><link>{url}</link><guid isPermaLink=\"false\">{key}</guid><category>{cd(cat)}</category>"
                    f"<dc:creator>{cd(creator)}</dc:creator><pubDate>{rfc822(when, gmt=True)}</pubDate><enclosure url=\"https://static.wixstatic.example/media/{key[:6]}_{key}~mv2.jpg/v1/fit/w_1000,h_667,al_c,q_80/file.png\" length=\"0\" type=\"image/png\"/></item>")
        items.append(exp(key))

    w = d(13, 9, 12, 44)
    add("661a3f0e2b9c4d0017e8a1f2", "arctic-council-working-groups-resume-joint-research", "Arctic Council working groups resume joint research after three-year pause", w, "Solveig Aune", "Policy",
        "Scientists from all eight member states will again share data on black carbon and permafrost, after the council's ministers agreed a limited restart in Tromsø.“It is a small door, but it is open,” said Henrik Aasland, a glaciologist at the Norwegian Polar Institute.",
        lambda k: it(k, "Arctic Council working groups resume joint research after three-year pause", w, ["Solveig Aune"], quotes=[q("Henrik Aasland", "Norwegian Polar Institute")]))
    w = d(11, 15, 0, 3)
    add("6617c2d45e1f8a0018b3c4d5", "siberian-lakes-methane", "Permafrost thaw doubled methane release at Siberian lake sites, study finds", w, "Solveig Aune", "Research",
        "Sediment cores from 14 thermokarst lakes show emissions rising twice as fast as models predicted",
        lambda k: it(k, "Permafrost thaw doubled methane release at Siberian lake sites, study finds", w, ["Solveig Aune"], rel=False))
    w = d(9, 18, 30, 0)
    add("66148e9a7c3d2b0019f5e6a7", "antarctic-treaty-krill-limits", "Antarctic Treaty meeting ends without deal on krill catch limits", w, "Meltwater Magazine", "Policy",
        "Delegates in Hobart could not agree on new limits after two members objected to the scientific committee's advice.",
        lambda k: it(k, "Antarctic Treaty meeting ends without deal on krill catch limits", w, []))
    w = d(7, 10, 45, 0)
    add("66115a3c9e7f4d001a2b8c9d", "baikal-ice-citizen-science", "How volunteers count ice-free days on Lake Baikal", w, "Guest Author", "Field notes",
        "A network of 300 fishermen and teachers logs the ice every morning and sends photos to a university in Irkutsk...",
        lambda k: it(k, "How volunteers count ice-free days on Lake Baikal", w, [], rel=False, note="'Guest Author' is not a person."))
    w = d(5, 8, 0, 0)
    add("660e1b7d4a2c9f001b6e3f10", "greenland-ice-loss-2026", "Greenland ice sheet lost 180 billion tonnes in 2026", w, "Mateus Kjeldsen", "Research",
        "The annual assessment puts the loss slightly below the ten-year average, thanks to heavy snowfall in the east",
        lambda k: it(k, "Greenland ice sheet lost 180 billion tonnes in 2026", w, ["Mateus Kjeldsen"], rel=False))
    w = d(2, 12, 0, 0)
    add("660ad6f21b8e3c001c9d4e21", "issue-12-out-now", "Issue 12 is out: order your print copy", w, "Meltwater Magazine", "News",
        "Our spring issue is in the shop now, with free shipping to Europe and North America until April 30.",
        lambda k: it(k, "Issue 12 is out: order your print copy", w, [], story=False, rel=False, note="Print-issue promotion."))
    channel = ("<title><![CDATA[Meltwater Magazine]]></title><description><![CDATA[Meltwater Magazine]]></description><link>https://www.meltwatermag.com/blog</link><generator>RSS for Node</generator>"
               f"<lastBuildDate>{rfc822(d(13, 9, 20), gmt=True)}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel>'
            + channel + "".join(rows) + "</channel></rss>")
    return feed("en_science_meltwater_wix.rss.xml", text, items, lang="en", outlet="Meltwater Magazine", aliases=["Meltwater"], topic="science",
                structure="Wix blog RSS ('RSS for Node' generator) of a polar-science magazine: declaration and <rss> on one line with no trailing newline, CDATA channel title and description (both the site name), no language, CDATA titles, plain-text CDATA excerpts (one cut with '...', standfirst without final stop, a missing space before a curly quote), 24-hex non-permalink guids, CDATA category and dc:creator holding persons, the brand or 'Guest Author', zero-length PNG enclosures of JPEG photos, a print-issue promotion, GMT dates")


FEEDS = [sequana24, kartika, pohjola, mwambao, gulfpearl, erdene, atlaswire, agenciaipe, latency, meltwater]
