# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the twenty-ninth held-out set (part 2: a US agency's hosted headline feed of
2015, an Indian daily's world feed of 2016, a Karachi daily's world feed of 2018, an Australian
public broadcaster's world feed of 2017, a tech site's Atom feed of 2016 and a science weekly's
RSS of 2018). All outlets, people and quotations are invented."""
from h29 import cd, d, esc, feed, it, q, rfc822


# ---------------------------------------------------------------- US news agency, hosted "Top World News" headline feed (2015)
def continental():
    rows, items = [], []
    base = "http://hosted.continentalpress.example/dynamic/stories"

    def add(slug, title, when, desc, exp):
        url = f"{base}/{slug[0]}/{slug}?SITE=CP&amp;SECTION=HOME&amp;TEMPLATE=DEFAULT"
        key = f"{base}/{slug[0]}/{slug}?SITE=CP&SECTION=HOME&TEMPLATE=DEFAULT"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>\n"
                    f"<guid isPermaLink=\"false\">{url}&amp;CTIME={when.strftime('%Y-%m-%d-%H-%M-%S')}</guid>\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(key + f"&CTIME={when.strftime('%Y-%m-%d-%H-%M-%S')}"))

    o = -4
    w = d(2015, 7, 14, 19, 41, 8, o)
    add("EU_IRAN_NUCLEAR_TALKS", "Iran, 6 powers reach landmark nuclear deal after marathon talks", w,
        "VIENNA (CP) -- Iran and six world powers struck a deal on Tuesday to curb Tehran's nuclear program in exchange for lifting international sanctions, ending nearly two years of negotiations. \"This is not a deal built on trust, it is built on verification,\" said Leonard Hask, a senior U.S. negotiator.",
        lambda k: it(k, "Iran, 6 powers reach landmark nuclear deal after marathon talks", w, quotes=[q("Leonard Hask")],
                     note="Agency dateline with the old double hyphen 'VIENNA (CP) --'; no byline in the feed."))
    w = d(2015, 7, 14, 18, 2, 30, o)
    add("EU_GREECE_BAILOUT", "Greek lawmakers face tough vote on bailout reforms", w,
        "ATHENS, Greece (CP) -- Greece's prime minister faced a revolt within his own party Tuesday as he prepared to push through parliament the tax increases and pension cuts creditors demand before talks on a third bailout can start.",
        lambda k: it(k, "Greek lawmakers face tough vote on bailout reforms", w))
    w = d(2015, 7, 14, 16, 55, 0, o)
    add("ML_ISRAEL_IRAN", "Israel vows to lobby Congress against Iran deal", w,
        "JERUSALEM (CP) -- Israel's prime minister on Tuesday denounced the nuclear agreement reached in Vienna and said his government would lobby members of Congress to reject it.",
        lambda k: it(k, "Israel vows to lobby Congress against Iran deal", w))
    w = d(2015, 7, 14, 15, 20, 11, o)
    add("AS_JAPAN_SECURITY_BILLS", "Japan ruling bloc pushes security bills through panel", w,
        "TOKYO (CP) -- Japan's ruling coalition forced a set of security bills through a lower house committee Wednesday amid opposition protests, paving the way for the country's military to fight abroad for the first time since World War II.",
        lambda k: it(k, "Japan ruling bloc pushes security bills through panel", w))
    w = d(2015, 7, 14, 13, 5, 44, o)
    add("LT_MEXICO_DRUG_LORD_ESCAPE", "Mexico offers $3.8 million reward for escaped drug lord", w,
        "MEXICO CITY (CP) -- Mexico's government offered a reward of 60 million pesos Tuesday for information leading to the recapture of the drug lord who escaped from a maximum-security prison through a mile-long tunnel.",
        lambda k: it(k, "Mexico offers $3.8 million reward for escaped drug lord", w, rel=False, note="Domestic crime manhunt: not relevant."))
    w = d(2015, 7, 14, 11, 30, 0, o)
    add("EU_BRITAIN_ROYAL_BABY_PHOTOS", "PHOTOS: Princess's first official portraits released", w,
        "LONDON (CP) -- Kensington Palace has released new photographs of the infant princess taken by her mother at the family's country home.",
        lambda k: it(k, "Princess's first official portraits released", w, story=False, rel=False,
                     note="Photo item ('PHOTOS:' label): not a story. Title label 'PHOTOS:' may be kept or dropped."))
    channel = ("<title>CP Top World News at 7:45 p.m. EDT</title>\n<link>http://hosted.continentalpress.example/dynamic/fronts/WORLD?SITE=CP</link>\n"
               "<description>CP Top World News</description>\n<language>en-us</language>\n"
               "<copyright>Copyright 2015 The Continental Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</copyright>\n"
               f"<lastBuildDate>{rfc822(d(2015, 7, 14, 19, 45, 0, o))}</lastBuildDate>\n<ttl>5</ttl>\n"
               "<image>\n<title>Continental Press</title>\n<url>http://hosted.continentalpress.example/photos/cp_logo_rss.gif</url>\n<link>http://hosted.continentalpress.example</link>\n</image>")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("en_us_continentalpress_topworld_2015.rss.xml", text, items, lang="en", outlet="The Continental Press", aliases=["Continental Press", "CP"],
                structure="Associated Press-style (New York) agency's hosted 'Top World News' headline feed of July 2015: channel title with the build time in it ('ACR Top World News at 7:45 p.m. EDT'), copyright 'may not be published, broadcast, rewritten or redistributed', ttl 5, no namespaces, '/dynamic/stories/<L>/<DESK_SLUG>?SITE=…&amp;SECTION=HOME&amp;TEMPLATE=DEFAULT' links and the same with '&amp;CTIME=…' as non-permalink guid, plain descriptions opening 'CITY (ACR) --' with the old double hyphen, agency headline style (numerals, single quotes), a 'PHOTOS:' item, no author, -0400 dates")


# ---------------------------------------------------------------- Indian English daily, world feed (2016)
def bharat():
    rows, items = [], []
    base = "http://bharatherald.example"

    def add(sec, slug, msid, title, when, desc, exp, kind="articleshow"):
        url = f"{base}/{sec}/{slug}/{kind}/{msid}.cms"
        pic = f'<a href="{url}"><img border="0" hspace="10" align="left" style="margin-top:3px;margin-right:5px;" src="{base}/photo/{msid}.cms" /></a>'
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<description>{cd(pic + desc)}</description>\n<link>{url}</link>\n<guid>{url}</guid>\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(url))

    o = 5.5
    w = d(2016, 7, 12, 14, 21, 5, o)
    add("world/china", "south-china-sea-tribunal-rules-against-beijing", "53158241", "South China Sea: Tribunal rules against Beijing's claims", w,
        "An international tribunal in The Hague ruled on Tuesday that China has no legal basis to claim historic rights to resources within its 'nine-dash line', a decision Beijing called \"null and void\".",
        lambda k: it(k, "South China Sea: Tribunal rules against Beijing's claims", w, junk=["hspace"],
                     note="CDATA description opens with a linked left-aligned thumbnail <img> glued to the text."))
    w = d(2016, 7, 12, 12, 48, 33, o)
    add("world/pakistan", "pakistan-summons-indian-envoy-over-kashmir-killings", "53157710", "Pakistan summons Indian envoy over Kashmir killings", w,
        "Pakistan's foreign office summoned the Indian high commissioner on Tuesday to protest at the deaths of protesters in Kashmir, a move New Delhi called interference in its internal affairs.",
        lambda k: it(k, "Pakistan summons Indian envoy over Kashmir killings", w))
    w = d(2016, 7, 12, 11, 2, 0, o)
    add("world/us", "obama-dallas-memorial-service", "53156102", "Obama to speak at Dallas memorial for slain officers", w,
        "US President Barack Obama will travel to Dallas on Tuesday to speak at an interfaith memorial service for the five police officers killed by a sniper last week.",
        lambda k: it(k, "Obama to speak at Dallas memorial for slain officers", w, rel=False, note="US domestic event: not relevant."))
    w = d(2016, 7, 12, 9, 40, 17, o)
    add("world/uk", "theresa-may-to-become-uk-pm-on-wednesday", "53155390", "Theresa May to become UK PM on Wednesday as Cameron steps down", w,
        "Britain's home secretary will succeed David Cameron on Wednesday, after her only rival withdrew from the Conservative leadership race, leaving her to steer the country's exit from the European Union.",
        lambda k: it(k, "Theresa May to become UK PM on Wednesday as Cameron steps down", w))
    w = d(2016, 7, 12, 8, 15, 0, o)
    add("world/rest-of-world", "in-pics-worlds-largest-hot-air-balloon-festival", "53154001", "In pics: World's largest hot-air balloon fiesta", w,
        "Hundreds of balloons took to the skies above the festival grounds.",
        lambda k: it(k, "In pics: World's largest hot-air balloon fiesta", w, story=False, rel=False, note="Photo gallery: not a story."), kind="photostory")
    w = d(2016, 7, 12, 7, 3, 29, o)
    add("world/rest-of-world", "man-wakes-up-at-own-funeral-in-brazil", "53153488", "Man wakes up during his own funeral in Brazil", w,
        "Mourners fled a chapel in a small town in northeastern Brazil after a man declared dead by a local clinic sat up in his coffin, local media reported.",
        lambda k: it(k, "Man wakes up during his own funeral in Brazil", w, rel=False, note="Oddity story: not relevant."))
    channel = ("<title>World News Headlines, Latest International News, World Breaking News - The Bharat Herald</title>\n"
               f"<link>{base}/world</link>\n<description>World News: The Bharat Herald brings the latest world news headlines and current international breaking news world wide.</description>\n"
               f"<language>en-gb</language>\n<lastBuildDate>{rfc822(d(2016, 7, 12, 14, 25, 0, o))}</lastBuildDate>\n"
               "<copyright>Copyright:(C) 2016 Herald Coleman &amp; Co. Ltd, http://bharatherald.example/policyterms/1554651.cms</copyright>\n<docs>http://syndication.bharatherald.example/</docs>\n"
               f"<image>\n<title>World News Headlines - The Bharat Herald</title>\n<url>{base}/photo/507610.cms</url>\n<link>{base}/world</link>\n</image>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("en_in_bharatherald_world_2016.rss.xml", text, items, lang="en", outlet="The Bharat Herald", aliases=["Bharat Herald"],
                structure="Times of India-style (New Delhi/Mumbai) daily's world feed ('/rssfeeds/<id>.cms') as of July 2016: no namespaces, SEO channel title 'World News Headlines, Latest International News, World Breaking News - Brand', company copyright 'Co. Ltd' with a terms URL, <docs>, items with description BEFORE link, CDATA descriptions starting with an '<a><img border=0 hspace=10 align=left style=…></a>' thumbnail glued to one paragraph of text, '/world/<country>/<slug>/articleshow/<msid>.cms' links and bare guids, a '/photostory/' 'In pics:' gallery, quirky items, no author, +0530 dates")


# ---------------------------------------------------------------- Karachi English daily, world feed (2018)
def daybreak():
    rows, items = [], []
    base = "https://www.daybreak.example"

    def add(n, slug, title, when, creator, body, exp, cat="World"):
        url = f"{base}/news/{n}/{slug}"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(body)}</description><author>{esc(creator)}</author>"
                    f"<category>{cat}</category><guid isPermaLink=\"true\">{url}</guid><pubDate>{rfc822(when)}</pubDate>"
                    f"<media:content url=\"https://i.daybreak.example/primary/2018/04/{n}.jpg\" type=\"image/jpeg\" medium=\"image\"/></item>")
        items.append(exp(url))

    o = 5
    w = d(2018, 4, 14, 10, 15, 26, o)
    add(1401627, "us-britain-france-launch-strikes-on-syria", "US, Britain, France launch strikes on Syria over suspected chemical attack", w, "Reuters",
        '<p><img src="https://i.daybreak.example/large/2018/04/5ad1a8b8.jpg" alt="Damascus skies erupt with anti-aircraft fire. — AP" /><br />Damascus skies erupt with anti-aircraft fire. — AP</p>'
        "<p>The United States, Britain and France launched air strikes early on Saturday against targets they said were linked to Syria's chemical weapons programme, a week after a suspected gas attack in Douma.</p>"
        "<p>\"We are prepared to sustain this response until the Syrian regime stops its use of prohibited chemical agents,\" said Gareth Pellow, a spokesman for the British defence ministry.</p>",
        lambda k: it(k, "US, Britain, France launch strikes on Syria over suspected chemical attack", w, [], quotes=[q("Gareth Pellow")],
                     junk=["Damascus skies erupt", "— AP"],
                     note="<author> holds the wire agency (not a person). The escaped description opens with the photo and its caption ending in the credit '— AP'."))
    w = d(2018, 4, 14, 9, 2, 40, o)
    add(1401612, "fo-condemns-syria-chemical-attack-calls-for-restraint", "FO urges restraint after strikes on Syria", w, "Baqar Saeed Zaidi",
        "<p>ISLAMABAD: Pakistan on Saturday called for restraint by all parties in Syria and urged that the crisis be resolved through dialogue under the UN framework.</p>"
        "<p>\"Pakistan condemns the use of chemical weapons by anyone, anywhere,\" the Foreign Office said in a statement, adding that the strikes \"could further complicate the situation\".</p>",
        lambda k: it(k, "FO urges restraint after strikes on Syria", w, ["Baqar Saeed Zaidi"],
                     note="Pakistani reaction (foreign policy): relevant. Dateline 'ISLAMABAD:' with a colon, house style."), cat="Pakistan")
    w = d(2018, 4, 13, 22, 31, 0, o)
    add(1401580, "cricket-psl-final-karachi", "Karachi gears up for first PSL final in city", w, "Daniyal Hamidi",
        "<p>KARACHI: Security was tightened across the city on Friday ahead of the league final at the National Stadium, the first to be held in Karachi.</p>",
        lambda k: it(k, "Karachi gears up for first PSL final in city", w, ["Daniyal Hamidi"], rel=False, note="Domestic sport: not relevant."), cat="Sport")
    w = d(2018, 4, 13, 18, 44, 12, o)
    add(1401550, "afghan-taliban-announce-spring-offensive", "Afghan Taliban announce spring offensive, reject peace offer", w, "AFP",
        "<p>KABUL: The Afghan Taliban on Friday announced the start of their annual spring offensive, in an apparent rejection of President Ashraf Ghani's offer of peace talks.</p>"
        "<p>The group said in a statement the campaign would target \"American invaders and their intelligence agents\".</p>",
        lambda k: it(k, "Afghan Taliban announce spring offensive, reject peace offer", w, [], note="<author> holds 'AFP' (agency, not a person)."))
    w = d(2018, 4, 13, 16, 0, 0, o)
    add(1401531, "in-pictures-baisakhi-hasan-abdal", "In pictures: Baisakhi celebrations at Hasan Abdal", w, "Daybreak.com",
        "<p>Sikh pilgrims from around the world gather at Gurdwara Panja Sahib.</p>",
        lambda k: it(k, "In pictures: Baisakhi celebrations at Hasan Abdal", w, [], story=False, rel=False, note="Photo gallery: not a story. The author field names the website, not a person."), cat="Multimedia")
    w = d(2018, 4, 13, 12, 20, 5, o)
    add(1401502, "oklahoma-teachers-strike-second-week", "Oklahoma teachers' strike enters second week", w, "Anwar Qadri",
        "<p>WASHINGTON: Thousands of teachers rallied again at the Oklahoma state capitol on Friday, demanding more money for classrooms after winning a pay rise earlier this month.</p>",
        lambda k: it(k, "Oklahoma teachers' strike enters second week", w, ["Anwar Qadri"], rel=False, note="US domestic labour story: not relevant."))
    channel = (f"<title>Daybreak - World</title><link>{base}/world</link><description>Daybreak world news</description><language>en-us</language>"
               f"<copyright>Copyright {2018} Daybreak Media Group</copyright><lastBuildDate>{rfc822(d(2018, 4, 14, 10, 20, 0, o))}</lastBuildDate>"
               f"<atom:link href=\"{base}/feeds/world\" rel=\"self\" type=\"application/rss+xml\"/>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
            + channel + "".join(rows) + "</channel></rss>\n")
    return feed("en_pk_daybreak_world_2018.rss.xml", text, items, lang="en", outlet="Daybreak", aliases=["Daybreak Media Group"],
                structure="Dawn-style (Karachi) English daily's world feed ('/feeds/world') as of April 2018: one-line document after the declaration, channel 'Brand - World', 'Media Group' copyright, RSS <author> holding a correspondent, a wire agency ('Reuters', 'AFP') or the website ('Brand.com'), <category> of the desk (World, Pakistan, Sport, Multimedia), permalink guids '/news/<7 digits>/<slug>', escaped <p> bodies opening with 'CITY:' datelines, a photo and its caption repeated as a line ending '— AP', straight double quotes, media:content LAST, an 'In pictures:' gallery, +0500 dates")


# ---------------------------------------------------------------- Australian public broadcaster, world news feed (2017)
def scb():
    rows, items = [], []
    base = "http://www.scbnews.example/news"

    def add(date_s, slug, n, title, when, byline, desc, cats, caption, exp):
        url = f"{base}/{date_s}/{slug}/{n}"
        cr = f"<dc:creator>{esc(byline)}</dc:creator>" if byline else ""
        cat = "".join(f"<category>{c}</category>" for c in cats)
        grp = (f"<media:group><media:description>{esc(caption)}</media:description>"
               + "".join(f'<media:content url="{base}/image/{n}-{wd}x{ht}.jpg" medium="image" type="image/jpeg" width="{wd}" height="{ht}"/>' for wd, ht in ((700, 394), (1024, 576), (2048, 1152)))
               + f'<media:thumbnail url="{base}/image/{n}-4x3-140x105.jpg" width="140" height="105"/></media:group>') if caption else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{cd(desc)}</description><pubDate>{rfc822(when)}</pubDate>"
                    f"<guid isPermaLink=\"false\">{n}</guid>{cr}{cat}{grp}</item>")
        items.append(exp(n))

    o = 10
    w = d(2017, 6, 5, 13, 26, 11, o)
    add("2017-06-05", "qatar-diplomatic-ties-cut-by-saudi-arabia-uae-egypt-bahrain", "8589012", "Saudi Arabia, Egypt, UAE and Bahrain cut diplomatic ties with Qatar", w,
        "By Middle East correspondent Sophie Marchetti", "<p>Four Arab states sever ties with Qatar, accusing it of supporting terrorism and destabilising the region, in the worst rift among Gulf states in years.</p>",
        ["World Politics", "Qatar", "Saudi Arabia"], "Qatar's capital Doha. (Reuters: Naseem Zeitoon)",
        lambda k: it(k, "Saudi Arabia, Egypt, UAE and Bahrain cut diplomatic ties with Qatar", w, ["Sophie Marchetti"], junk=["Naseem Zeitoon"],
                     note="dc:creator 'By <beat> correspondent NAME': only the name is the author. media:description is the photo caption with credit."))
    w = d(2017, 6, 5, 11, 2, 47, o)
    add("2017-06-05", "london-attack-police-name-suspects", "8588760", "London Bridge attack: Police raid homes as death toll rises to seven", w,
        "By Europe correspondent Liam Corrigan and wires", "<p>British police arrest 12 people in east London after three attackers killed seven people and injured dozens on London Bridge and in Borough Market.</p>",
        ["Terrorism", "United Kingdom"], "Police officers stand guard near London Bridge. (AP: Tim Ireland)",
        lambda k: it(k, "London Bridge attack: Police raid homes as death toll rises to seven", w, ["Liam Corrigan"], junk=["Tim Ireland"],
                     note="'… and wires' is not a person."))
    w = d(2017, 6, 5, 9, 45, 0, o)
    add("2017-06-05", "marawi-philippines-australian-surveillance-planes", "8588431", "Australian spy planes to help Philippines fight IS-linked militants in Marawi", w,
        "By defence reporter Andrew Greenwell", "<p>Australia will send two RAAF P-3 Orion surveillance aircraft to the southern Philippines, where the army has been battling militants for two weeks.</p><p>\"The regional threat from Daesh and foreign fighters is real,\" Defence Minister Marise Dalby said.</p>",
        ["Defence and National Security", "Philippines"], "An RAAF AP-3C Orion. (Department of Defence)",
        lambda k: it(k, "Australian spy planes to help Philippines fight IS-linked militants in Marawi", w, ["Andrew Greenwell"], quotes=[q("Marise Dalby", "Defence Minister")],
                     junk=["(Department of Defence)"]))
    w = d(2017, 6, 5, 7, 30, 0, o)
    add("2017-06-05", "video-london-bridge-witness-describes-attack", "8588102", "Video: Witness describes chaos on London Bridge", w,
        "", "<p>A man who was on the bridge describes the moment a van mounted the footpath.</p>", ["Terrorism"], "",
        lambda k: it(k, "Witness describes chaos on London Bridge", w, [], story=False, rel=False,
                     note="Video clip: not a story. Title label 'Video:' may be kept or dropped."))
    w = d(2017, 6, 4, 21, 12, 33, o)
    add("2017-06-04", "french-open-australian-men-fourth-round", "8587755", "French Open: Australian's run ends in fourth round at Roland Garros", w,
        "", "<p>The last Australian left in the men's draw is beaten in straight sets on Court Suzanne Lenglen.</p>", ["Tennis"], "",
        lambda k: it(k, "French Open: Australian's run ends in fourth round at Roland Garros", w, [], rel=False, note="Sport: not relevant."))
    w = d(2017, 6, 4, 18, 5, 9, o)
    add("2017-06-04", "png-election-campaign-violence-highlands", "8587401", "PNG election: Campaign violence flares in Highlands as polling nears", w,
        "By Pacific affairs reporter Lorna Kaupa", "<p>Police in Papua New Guinea's Enga province say two people have been killed in clashes between rival candidates' supporters, three weeks before voting begins.</p>",
        ["Elections", "Papua New Guinea"], "Supporters at a rally in Wabag. (Supplied)",
        lambda k: it(k, "PNG election: Campaign violence flares in Highlands as polling nears", w, ["Lorna Kaupa"], junk=["(Supplied)"]))
    channel = (f"<title>World News</title><link>{base}/world/</link><description>SCB News World News feed</description><language>en-AU</language>"
               "<copyright>Copyright 2017, Southern Cross Broadcasting Corporation</copyright>"
               f"<lastBuildDate>{rfc822(d(2017, 6, 5, 13, 30, 0, o))}</lastBuildDate><generator>SCB Content Management System</generator>"
               f"<image><title>SCB News</title><url>{base}/image/scb-news-logo-144x144.png</url><link>{base}/world/</link></image>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0"><channel>'
            + channel + "".join(rows) + "</channel></rss>\n")
    return feed("en_au_scbnews_world_2017.rss.xml", text, items, lang="en", outlet="SCB News", aliases=["Southern Cross Broadcasting Corporation", "SCB"],
                structure="ABC News-style (Sydney) public broadcaster's world feed ('/news/feed/<id>/rss.xml') as of June 2017: one-line document, channel titled only 'World News' (the brand is in the description, image title and copyright 'Corporation'), generator of the broadcaster's CMS, '/news/<YYYY-MM-DD>/<slug>/<7 digits>' links with the bare numeric id as non-permalink guid, CDATA <p> descriptions, dc:creator with the beat before the name ('By Middle East correspondent NAME', 'By defence reporter NAME', '… and wires'), plain <category> topics, media:group with the caption in media:description ending '(Agency: NAME)' and three media:content sizes plus a thumbnail, a 'Video:' clip, sport, +1000 dates")


# ---------------------------------------------------------------- tech site, Atom from its CMS (2016)
def vector():
    entries, items = [], []
    base = "http://www.thevector.example"

    def add(path, title, when, author, html, exp):
        url = f"{base}/{path}"
        more = f'  <p><a href="{url}">Continue reading&hellip;</a></p>'
        entries.append(f"  <entry>\n    <published>{when.isoformat()}</published>\n    <updated>{when.isoformat()}</updated>\n    <title>{esc(title)}</title>\n"
                       f"    <content type=\"html\">{esc(html + more)}</content>\n"
                       f"    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n    <id>{url}</id>\n    <author>\n      <name>{esc(author)}</name>\n    </author>\n  </entry>")
        items.append(exp(url))

    o = -4
    w = d(2016, 8, 12, 10, 23, 1, o)
    add("2016/8/12/12452654/eu-antitrust-android-google-fine-deadline", "Google gets more time to answer EU antitrust charges over Android", w, "Cora Lindqvist",
        '<img alt="" src="https://cdn.vectorimg.example/uploads/chorus_image/image/50401293/android-logo.0.jpg" />  <p>The European Commission has given Google until September 7th to respond to charges that it abused Android\'s dominance, the second extension this year. "We have received a reasoned request and granted it," said Malin Ostberg, a Commission spokesperson.</p>',
        lambda k: it(k, "Google gets more time to answer EU antitrust charges over Android", w, ["Cora Lindqvist"], quotes=[q("Malin Ostberg", "European Commission")],
                     junk=["Continue reading"], note="EU regulation of a US company: labelled relevant."))
    w = d(2016, 8, 12, 9, 0, 0, o)
    add("2016/8/12/12451870/galaxy-note-7-hands-on-iris-scanner", "Galaxy Note 7 review: the best big phone, for now", w, "Dana Kessler",
        '<img alt="" src="https://cdn.vectorimg.example/uploads/chorus_image/image/50400771/note7.0.jpg" />  <p>Samsung\'s new stylus phone has an iris scanner, a curved screen on both sides and a battery that lasts all day. It is also expensive.</p>',
        lambda k: it(k, "Galaxy Note 7 review: the best big phone, for now", w, ["Dana Kessler"], rel=False, junk=["Continue reading"]))
    w = d(2016, 8, 11, 18, 44, 20, o)
    add("2016/8/11/12446610/china-quantum-satellite-launch-date", "China is about to launch the world's first quantum communications satellite", w, "Lorena Gusti",
        '<img alt="" src="https://cdn.vectorimg.example/uploads/chorus_image/image/50399902/quantum.0.jpg" />  <p>The satellite, due to launch from the Gobi desert next week, will test whether entangled photons can be used to send encryption keys that cannot be intercepted.</p>',
        lambda k: it(k, "China is about to launch the world's first quantum communications satellite", w, ["Lorena Gusti"], rel=False, junk=["Continue reading"],
                     note="Science/technology milestone: not world affairs."))
    w = d(2016, 8, 11, 15, 30, 0, o)
    add("2016/8/11/12444220/vector-podcast-episode-83", "The Vector 5: episode 83 is here", w, "Vector Staff",
        '<p>This week the team talks about the Note 7, Pokémon Go\'s first month and whether anyone needs a smart fridge. Listen below.</p>',
        lambda k: it(k, "The Vector 5: episode 83 is here", w, [], story=False, rel=False, note="Podcast episode: not a story. 'Vector Staff' is not a person."))
    w = d(2016, 8, 11, 12, 10, 55, o)
    add("2016/8/11/12443310/deal-anker-usb-c-charger-sale", "This USB-C charger is $15 today", w, "Ashlyn Carrow",
        '<p>If you need a spare charger for your new laptop, this one is half off for today only.</p>',
        lambda k: it(k, "This USB-C charger is $15 today", w, ["Ashlyn Carrow"], story=False, rel=False, note="Deals post: not a story."))
    w = d(2016, 8, 11, 10, 2, 48, o)
    add("2016/8/11/12441870/twitter-abuse-quality-filter-rollout", "Twitter is rolling out a quality filter to fight abuse", w, "Cass Newbury",
        '<p>Verified users will get a setting that hides threatening tweets and messages from accounts that look automated.</p>',
        lambda k: it(k, "Twitter is rolling out a quality filter to fight abuse", w, ["Cass Newbury"], rel=False, junk=["Continue reading"]))
    head = (f"  <title>The Vector -  All Posts</title>\n  <icon>https://cdn.vectorimg.example/uploads/chorus_asset/file/2039/vector-favicon.png</icon>\n"
            f"  <updated>{d(2016, 8, 12, 10, 23, 1, o).isoformat()}</updated>\n  <id>{base}/rss/full.xml</id>\n  <link type=\"text/html\" href=\"{base}/\" rel=\"alternate\"/>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">\n' + head + "\n" + "\n".join(entries) + "\n</feed>\n"
    return feed("en_tech_thevector_chorus_2016.atom.xml", text, items, lang="en", outlet="The Vector", aliases=["Vector"], shape="atom", topic="tech",
                ctype="application/atom+xml; charset=utf-8",
                structure="The Verge-style (New York) tech site's Atom feed from its CMS ('/rss/full.xml') as of August 2016: xml:lang on <feed>, title 'Brand -  All Posts' with a double space, <icon>, entries with published and updated FIRST (-04:00), escaped HTML content opening with a lead <img> and two spaces, ending '  <p><a>Continue reading&amp;hellip;</a></p>' (an entity inside the escaped HTML), '/YYYY/M/D/<8 digits>/<slug>' URLs as id, one <author><name> (a staff account on a podcast), a review, a deals post and a podcast")


# ---------------------------------------------------------------- science weekly, home RSS (2018)
def frontier():
    rows, items = [], []
    base = "https://www.frontierscience.example"

    def add(n, slug, title, cat, when, desc, exp):
        url = f"{base}/article/{n}-{slug}/"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}?utm_campaign=RSS%7CFSC&amp;utm_source=FSC&amp;utm_medium=RSS&amp;utm_content=home</link>\n"
                    f"<guid isPermaLink=\"false\">{url}</guid>\n<description>{esc(desc)}</description>\n<category>{cat}</category>\n<pubDate>{rfc822(when)}</pubDate>\n"
                    f"<media:thumbnail url=\"https://images.frontierscience.example/wp-content/uploads/2018/11/{n}.jpg?width=300\"/>\n</item>")
        items.append(exp(url))

    w = d(2018, 11, 21, 17, 0, 0, 0)
    add("2186112", "antarctic-krill-fishing-ban-talks-collapse", "Talks on new Antarctic marine reserves collapse for seventh year", "Environment", w,
        "Delegates from 25 countries and the EU failed to agree on protecting the Weddell Sea after Russia and China objected, meeting in Hobart",
        lambda k: it(k, "Talks on new Antarctic marine reserves collapse for seventh year", w, note="International environmental negotiation: relevant. Description without final stop."))
    w = d(2018, 11, 21, 13, 30, 0, 0)
    add("2186090", "insight-lander-mars-touchdown-preview", "NASA's InSight lander is about to touch down on Mars", "Space", w,
        "The spacecraft will land on a flat plain called Elysium Planitia next Monday after a six-month journey and will listen for marsquakes",
        lambda k: it(k, "NASA's InSight lander is about to touch down on Mars", w, rel=False))
    w = d(2018, 11, 20, 19, 0, 0, 0)
    add("2186051", "gene-edited-babies-claim-scientists-condemn", "Scientists condemn claim that gene-edited babies have been born", "Health", w,
        "A researcher in Shenzhen says twin girls were born with an edited CCR5 gene. \"This is a deeply irresponsible experiment,\" said Helena Brandt, a bioethicist at the University of Umeå",
        lambda k: it(k, "Scientists condemn claim that gene-edited babies have been born", w, rel=False, quotes=[q("Helena Brandt", "University of Umeå")]))
    w = d(2018, 11, 20, 12, 0, 0, 0)
    add("2186020", "un-emissions-gap-report-2018-warming", "UN report: countries must triple climate efforts to meet 2°C goal", "Environment", w,
        "Global emissions rose last year after three years of stability, and current pledges put the world on course for about 3°C of warming, ahead of the COP24 summit in Katowice",
        lambda k: it(k, "UN report: countries must triple climate efforts to meet 2°C goal", w, note="UN climate report before a summit: relevant."))
    w = d(2018, 11, 19, 16, 0, 0, 0)
    add("2186001", "quiz-week-science-november-19", "Quiz: How well did you follow this week's science news?", "Quiz", w,
        "Test your knowledge of kilograms, krill and Kepler",
        lambda k: it(k, "Quiz: How well did you follow this week's science news?", w, story=False, rel=False, note="Quiz: not a story."))
    w = d(2018, 11, 19, 10, 0, 0, 0)
    add("2185980", "kilogram-redefined-planck-constant-vote", "The kilogram has been redefined and the old metal cylinder retired", "Physics", w,
        "Delegates at the General Conference on Weights and Measures in Versailles voted unanimously to define the kilogram using the Planck constant from May 2019",
        lambda k: it(k, "The kilogram has been redefined and the old metal cylinder retired", w, rel=False, note="Metrology decision (science), not foreign affairs despite the intergovernmental vote."))
    channel = (f"<title>Frontier Science - Home</title>\n<link>{base}/</link>\n<description>Science news and science articles from Frontier Science</description>\n<language>en-gb</language>\n"
               f"<lastBuildDate>{rfc822(d(2018, 11, 21, 17, 5, 0, 0))}</lastBuildDate>\n<copyright>Copyright Frontier Science Ltd</copyright>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_science_frontierscience_home_2018.rss.xml", text, items, lang="en", outlet="Frontier Science", topic="science",
                structure="New Scientist-style (London) science weekly's home RSS as of November 2018: channel 'Brand - Home', 'Ltd' copyright, '/article/<7 digits>-<slug>/' URLs with a long utm_campaign=RSS%7C… query on <link> and the bare URL as non-permalink guid, plain one- or two-sentence standfirsts WITHOUT a final stop, one <category> per item, media:thumbnail with ?width=300, no author, a weekly quiz, +0000 dates")


FEEDS = [continental, bharat, daybreak, scb, vector, frontier]
