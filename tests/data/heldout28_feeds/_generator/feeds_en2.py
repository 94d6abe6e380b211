# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the twenty-eighth held-out set (part 2: a Scottish regional daily's opinion
section, a Canadian policy magazine republishing academic commentary, a Canberra regional forum
on WordPress, a tech headline aggregator and a science newsletter on Buttondown).
All outlets, people and quotations are invented."""
from h28 import cd, d, esc, feed, it, q, rfc822, wpt


# ---------------------------------------------------------------- Herald-style Scottish regional daily, opinion section
def tayside():
    rows, items = [], []
    base = "https://www.taysidechronicle.example"

    def add(aid, sec, slug, title, when, standfirst, exp, img=None):
        url = f"{base}/{sec}/{aid}.{slug}/"
        enc = f'\n\t<enclosure url="https://www.taysidechronicle.example/resources/images/{img}/?type=mds-article-962" length="0" type="image/jpeg" />' if img else ""
        rows.append(f"<item>\n\t<title>{cd(title)}</title>\n\t<link>{url}</link>\n\t<description>{cd(standfirst)}</description>\n\t<guid isPermaLink=\"true\">{url}</guid>\n"
                    f"\t<pubDate>{rfc822(when, gmt=True)}</pubDate>{enc}\n</item>")
        items.append(exp(url))

    o = 1
    w = d(2023, 9, 25, 5, 0, 0, o)
    add(23810442, "opinion/columnists", "morag-lindsay-world-watching-nagorno-karabakh", "Morag Lindsay: The world is watching Nagorno-Karabakh - and doing nothing", w,
        "WHEN the last ethnic Armenians leave Stepanakert, as tens of thousands are doing this week, a community that has lived in those hills for centuries will be gone in a matter of days",
        lambda k: it(k, "The world is watching Nagorno-Karabakh - and doing nothing", w, ["Morag Lindsay"],
                     note="Columnist's name only as the title label 'Name:' (no author element). Title label 'Morag Lindsay:' may be kept or dropped. [] is also correct"),
        img="17512934")
    w = d(2023, 9, 25, 5, 0, 0, o)
    add(23810398, "opinion/letters", "letters-bin-collection-changes-shambles", "Letters: Bin collection changes are a shambles", w,
        "Our readers have their say on the council's new three-weekly collections, the A9 dualling delays and the closure of the Perth Road post office",
        lambda k: it(k, "Letters: Bin collection changes are a shambles", w, [], story=False, rel=False, note="Readers' letters page: not a story."))
    w = d(2023, 9, 24, 5, 0, 0, o)
    add(23808761, "opinion/columnists", "ewan-barclay-rugby-world-cup-squad-gamble", "Ewan Barclay: Why the head coach's squad gamble could still pay off in Nice", w,
        "SCOTLAND go into Sunday's pool match needing a bonus-point win, and the coach has backed youth over experience",
        lambda k: it(k, "Why the head coach's squad gamble could still pay off in Nice", w, ["Ewan Barclay"], rel=False,
                     note="Sport column. Title label 'Ewan Barclay:' may be kept or dropped. [] is also correct"))
    w = d(2023, 9, 23, 5, 0, 0, o)
    add(23806540, "opinion/leaders", "comment-scotlands-voice-un-stage", "Comment: Small nations need the UN more than ever", w,
        "AS world leaders left New York at the end of the General Assembly week, the gap between the Security Council's promises and its record on Ukraine and Sudan was plain to see",
        lambda k: it(k, "Small nations need the UN more than ever", w, [],
                     note="Unsigned leader column on the UN General Assembly: relevant. Title label 'Comment:' may be kept or dropped."),
        img="17508812")
    w = d(2023, 9, 22, 5, 0, 0, o)
    add(23804117, "opinion/columnists", "priya-raman-ferry-fiasco-ministers-learnt-nothing", "Priya Raman: Ferry fiasco shows ministers have learnt nothing", w,
        "ANOTHER delay, another £20 million, and still no date for the Glen Sannox to carry a single paying passenger",
        lambda k: it(k, "Ferry fiasco shows ministers have learnt nothing", w, ["Priya Raman"], rel=False,
                     note="Scottish domestic politics. Title label 'Priya Raman:' may be kept or dropped. [] is also correct"))
    w = d(2023, 9, 21, 5, 0, 0, o)
    add(23802290, "opinion/agenda", "agenda-hong-kong-universities-long-arm-beijing", "Agenda: Hong Kong's universities and the long arm of Beijing", w,
        "Scottish universities recruiting in Hong Kong must ask what academic freedom means under the national security law, writes Dr Alan Chiu. Dr Alan Chiu is a lecturer in Asian politics at the University of Dundee-on-Tay",
        lambda k: it(k, "Hong Kong's universities and the long arm of Beijing", w, ["Alan Chiu"],
                     junk=["Dr Alan Chiu is a lecturer", "writes Dr Alan Chiu"],
                     note="Guest 'Agenda' column: the author is named only inside the standfirst ('writes Dr NAME') and in the appended bio sentence. Title label 'Agenda:' may be kept or dropped. [] is also correct"))
    channel = (f"\t<title>{cd('The Tayside Chronicle | Opinion')}</title>\n\t<link>{base}/opinion/</link>\n\t<description>{cd('Opinion from The Tayside Chronicle: columnists, leaders, letters and Agenda')}</description>\n"
               f"\t<language>en-gb</language>\n\t<copyright>Copyright 2023 Newsquill Media (Scotland) Ltd</copyright>\n\t<lastBuildDate>{rfc822(d(2023, 9, 25, 5, 2, 0, o), gmt=True)}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("en_gb_taysidechronicle_opinion.rss.xml", text, items, lang="en", outlet="The Tayside Chronicle", aliases=["Tayside Chronicle"],
                structure="The Herald (Glasgow)-style Scottish regional daily's opinion RSS from a custom newspaper-group CMS: no namespaces, items at column 0 with tab-indented children, CDATA channel 'Brand | Opinion', copyright of the regional subsidiary 'Ltd', '/<section>/<subsection>/<8 digits>.<slug>/' permalink guids, NO author element: columnists appear only as the 'Name:' title label, leaders as 'Comment:', guest columns as 'Agenda:' with the author in the standfirst ('writes Dr NAME') and an appended bio sentence, CDATA standfirsts with an UPPER-CASE first word and no final stop, a letters page, image enclosures with length 0, the 05:00 print-edition timestamp, +0100 (BST) dates in September 2023")


# ---------------------------------------------------------------- Policy Options / Open Canada-style policy magazine republishing academic commentary
def portage():
    rows, items = [], []
    base = "https://www.portagereview.example"

    def add(pid, slug, title, when, creators, cats, excerpt, body, exp):
        url = f"{base}/{when:%Y/%m}/{slug}/"
        crs = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}?utm_source=rss&#038;utm_medium=rss&#038;utm_campaign={slug}</link>\n\t\t\n\t\t{crs.strip()}\n\t\t<pubDate>{rfc822(when)}</pubDate>{cts}\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n\t\t\t\t\t\n\t\t\n\t\t\n\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    rep = ('<p><img src="https://counter.colloquy.example/content/{n}/count.gif?distributor=republish-lightbox-basic" alt="The Colloquy" width="1" height="1" style="border: none !important; box-shadow: none !important; margin: 0 !important; max-height: 1px !important; max-width: 1px !important; min-height: 1px !important; min-width: 1px !important; opacity: 0 !important; outline: none !important; padding: 0 !important" referrerpolicy="no-referrer-when-downgrade" />'
           '<span><a href="https://colloquy.example/profiles/{prof}">{name}</a>, <em>{aff}</em></span></p>'
           '<p>This article is republished from <a href="https://colloquy.example">The Colloquy</a> under a Creative Commons license. Read the <a href="https://colloquy.example/{slug}-{n}">original article</a>.</p>')
    o = -5
    w = d(2023, 11, 28, 9, 12, 0, o)
    add(118402, "canada-india-rift-what-comes-next", "The Canada–India rift: what comes next for trade and diplomacy", w,
        ["Harjit Sandhu-Collins, Rideau University"], ["Foreign policy", "India", "The Colloquy"],
        "Two months after Ottawa accused New Delhi of involvement in a killing in British Columbia, the diplomatic freeze shows few signs of thawing [&#8230;]",
        '<p>Two months after Ottawa accused New Delhi of involvement in a killing in British Columbia, the diplomatic freeze shows few signs of thawing.</p>'
        '<p>India has resumed some visa services for Canadians, but trade talks remain suspended and 41 Canadian diplomats were withdrawn in October.</p>'
        '<p>&#8220;Neither government can be seen to blink first, and both have domestic audiences that reward toughness,&#8221; said Meera Iyer-Blackwood, a former Canadian trade commissioner in Mumbai.</p>'
        + rep.format(n=218830, prof="harjit-sandhu-collins-1400211", name="Harjit Sandhu-Collins", aff="Associate Professor of Political Science, Rideau University", slug="the-canada-india-rift-what-comes-next"),
        lambda k: it(k, "The Canada–India rift: what comes next for trade and diplomacy", w, ["Harjit Sandhu-Collins"], quotes=[q("Meera Iyer-Blackwood")],
                     junk=["This article is republished from", "Creative Commons", "Associate Professor of Political Science", "Rideau University"],
                     note="Republished academic commentary: dc:creator is 'Name, University' (the affiliation is not part of the name); 1-pixel tracking image, author line and the republication notice end the body. Quote affiliation is 'former Canadian trade commissioner' (no body)."))
    w = d(2023, 11, 27, 7, 0, 0, o)
    add(118377, "cop28-canada-credibility-oil-gas-cap", "COP28 in Dubai: Canada’s credibility problem", w,
        ["Élise Thériault"], ["Climate", "Foreign policy"],
        "Ottawa arrives at the climate talks promising an emissions cap on oil and gas that it has not yet legislated [&#8230;]",
        '<p>Ottawa arrives at the climate talks promising an emissions cap on oil and gas that it has not yet legislated.</p>'
        '<p>For small island states, whose negotiators will set the tone in the first week, the distance between Canadian pledges and Canadian production is the whole story.</p>'
        '<p><em>Élise Thériault is a senior editor at the Portage Review.</em></p>',
        lambda k: it(k, "COP28 in Dubai: Canada’s credibility problem", w, ["Élise Thériault"], junk=["is a senior editor at the Portage Review"],
                     note="International climate diplomacy (COP28): relevant."))
    w = d(2023, 11, 24, 8, 30, 0, o)
    add(118340, "ontario-housing-targets-slipping", "Ontario’s housing targets are slipping. Here’s why.", w,
        ["Kevin Mbeki-Lacroix, University of Lakeshore"], ["Housing", "Ontario", "The Colloquy"],
        "The province is on pace to build about 90,000 homes this year, well short of the 150,000 a year its plan requires [&#8230;]",
        '<p>The province is on pace to build about 90,000 homes this year, well short of the 150,000 a year its plan requires.</p>'
        + rep.format(n=218511, prof="kevin-mbeki-lacroix-1102934", name="Kevin Mbeki-Lacroix", aff="Assistant Professor, School of Urban Planning, University of Lakeshore", slug="ontarios-housing-targets-are-slipping"),
        lambda k: it(k, "Ontario’s housing targets are slipping. Here’s why.", w, ["Kevin Mbeki-Lacroix"], rel=False,
                     junk=["This article is republished from", "Creative Commons", "University of Lakeshore"], note="Provincial housing policy: not relevant."))
    w = d(2023, 11, 22, 12, 0, 0, o)
    add(118311, "portage-conversations-episode-41-arctic", "Portage Conversations, episode 41: Who guards the Arctic?", w,
        ["Portage Review"], ["Podcast"],
        "Listen now [&#8230;]",
        '<p><iframe src="https://embed.podcasts.example/portage/episode-41" width="100%" height="175" frameborder="0"></iframe></p><p>Listen now on your favourite podcast app.</p>',
        lambda k: it(k, "Portage Conversations, episode 41: Who guards the Arctic?", w, [], story=False, rel=False, note="Podcast episode with an embedded player: not a story."))
    w = d(2023, 11, 20, 6, 45, 0, o)
    add(118270, "gaza-war-testing-canada-foreign-policy-consensus", "The Gaza war is testing Canada’s foreign-policy consensus", w,
        ["Sophie Carrington", "Yusuf Haddad"], ["Foreign policy", "Middle East"],
        "Ottawa’s abstention at the UN General Assembly in October opened a rift inside the governing caucus [&#8230;]",
        '<p>Ottawa&#8217;s abstention at the UN General Assembly in October opened a rift inside the governing caucus.</p>'
        '<figure class="wp-block-image size-large"><img src="https://www.portagereview.example/wp-content/uploads/2023/11/un-general-assembly.jpg" alt="" /><figcaption class="wp-element-caption">The UN General Assembly votes on a resolution on Gaza, Oct. 27. (UN Photo/Manuel Elías-Brandt)</figcaption></figure>'
        '<p>Since then, the government has called for &#8220;humanitarian pauses&#8221; while declining to endorse a ceasefire.</p>'
        '<p><em>Sophie Carrington is a fellow at the Portage Institute. Yusuf Haddad is a PhD candidate at the University of Lakeshore.</em></p>',
        lambda k: it(k, "The Gaza war is testing Canada’s foreign-policy consensus", w, ["Sophie Carrington", "Yusuf Haddad"],
                     junk=["UN Photo/Manuel Elías-Brandt", "is a PhD candidate", "is a fellow at the Portage Institute"]))
    w = d(2023, 11, 17, 10, 0, 0, o)
    add(118233, "call-for-submissions-arctic-sovereignty", "Call for submissions: Arctic sovereignty special issue", w,
        ["Portage Review"], ["Announcements"],
        "We are looking for pitches of 1,200 to 1,500 words [&#8230;]",
        '<p>We are looking for pitches of 1,200 to 1,500 words. Deadline: January 15, 2024.</p>',
        lambda k: it(k, "Call for submissions: Arctic sovereignty special issue", w, [], story=False, rel=False, note="Editorial call for pitches: not a story."))
    channel = (f"\t<title>Portage Review</title>\n\t<atom:link href=\"{base}/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n\t<description>Canada and the world, argued well</description>\n"
               f"\t<lastBuildDate>{rfc822(d(2023, 11, 28, 9, 12, 5, o))}</lastBuildDate>\n\t<language>en-CA</language>\n\t<generator>https://wordpress.org/?v=6.4.1</generator>\n"
               "<image>\n\t<url>https://www.portagereview.example/wp-content/uploads/2021/03/cropped-pr-icon-32x32.png</url>\n\t<title>Portage Review</title>\n\t<link>https://www.portagereview.example</link>\n\t<width>32</width>\n\t<height>32</height>\n</image> ")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_ca_portagereview_wp.rss.xml", text, items, lang="en", outlet="Portage Review", aliases=["The Portage Review"],
                structure="Policy Options-style (Montreal/Ottawa) policy magazine on WordPress with a UTM plugin: declaration and <rss> on one line, one namespace per line, channel image AFTER the generator with a trailing space, '?utm_source=rss&#038;utm_medium=rss&#038;utm_campaign=<slug>' on every <link> (WordPress's &#038;), '?p=<id>' guids, CDATA dc:creator holding 'Name, University' for pieces republished from an academic-commentary site or the magazine itself on a podcast and an announcement, several dc:creator for co-authors, excerpts ending ' [&#8230;]', bodies ending with a 1-pixel tracking <img> with a long !important style, the author's name and affiliation and 'This article is republished from The Colloquy under a Creative Commons license. Read the original article.', a figure captioned '(UN Photo/NAME)', an italic bio line, an iframe podcast player, -0500 dates in November 2023")


# ---------------------------------------------------------------- East Asia Forum-style regional forum on WordPress ('Author:' line at the top of the body)
def pacificrim():
    rows, items = [], []
    base = "https://www.pacificrimforum.example"

    def add(pid, slug, title, when, cats, author_line, inbrief, paras, exp):
        url = f"{base}/{when:%Y/%m/%d}/{slug}/"
        cts = "".join(f"<category><![CDATA[{c}]]></category>" for c in cats)
        ib = ("<div class=\"in-brief\"><h4>In brief</h4><ul>" + "".join(f"<li>{b}</li>" for b in inbrief) + "</ul></div>") if inbrief else ""
        body = (f"<p><strong>{author_line}</strong></p>" if author_line else "") + ib + "".join(f"<p>{p}</p>" for p in paras)
        desc = f"{author_line} {inbrief[0] if inbrief else paras[0]}" if author_line else (inbrief[0] if inbrief else paras[0])
        rows.append(f"<item><title>{wpt(title)}</title><link>{url}</link><comments>{url}#respond</comments><dc:creator><![CDATA[Pacific Rim Forum]]></dc:creator><pubDate>{rfc822(when)}</pubDate>{cts}"
                    f"<guid isPermaLink=\"false\">{base}/?p={pid}</guid><description><![CDATA[{desc} [&#8230;]]]></description><content:encoded><![CDATA[{body}]]></content:encoded><wfw:commentRss>{url}feed/</wfw:commentRss><slash:comments>0</slash:comments></item>")
        items.append(exp(f"{base}/?p={pid}"))

    o = 11
    w = d(2023, 12, 18, 1, 0, 0, o)
    add(195120, "japans-defence-budget-leap-and-regional-trust", "Japan’s defence budget leap and the question of regional trust", w, ["Japan", "Defence", "Northeast Asia"],
        "Author: Kaori Matsushima-Hale, Rikkyo-Hama University",
        ["Japan plans to double defence spending to 2 per cent of GDP by 2027, funded partly by tax rises that remain unpopular.",
         "Neighbours are watching how Tokyo explains its new counterstrike capability."],
        ["Tokyo&#8217;s 2024 budget request includes the largest single-year rise in defence spending since the Second World War.",
         "The change has been welcomed in Canberra and Manila and criticised in Beijing, while Seoul has been notably quiet.",
         "<em>Kaori Matsushima-Hale is Professor of International Politics at Rikkyo-Hama University, Tokyo.</em>"],
        lambda k: it(k, "Japan’s defence budget leap and the question of regional trust", w, ["Kaori Matsushima-Hale"],
                     junk=["Author:", "In brief", "is Professor of International Politics", "Rikkyo-Hama University"],
                     note="dc:creator is the forum's editorial account; the real author is in the bold 'Author: NAME, University' line that opens the body and the description. An empty author list would be wrong: the author is named."))
    w = d(2023, 12, 17, 1, 0, 0, o)
    add(195098, "indonesias-2024-election-foreign-policy-continuity", "Indonesia’s 2024 election and the foreign policy continuity question", w, ["Indonesia", "Southeast Asia", "Elections"],
        "Author: Dewi Anggraini Putri, Universitas Merapi",
        ["All three presidential tickets promise a ‘free and active’ foreign policy, but they mean different things by it."],
        ["The February vote will choose the successor to a president who made Indonesia a bridge between the G20 and the Global South.",
         "&#8220;Continuity is the slogan, but the instincts of the front-runner are far more transactional,&#8221; said Bagus Wirawan, a researcher at the Jakarta Centre for Strategic Dialogue.",
         "<em>Dewi Anggraini Putri is a lecturer in international relations at Universitas Merapi, Yogyakarta.</em>"],
        lambda k: it(k, "Indonesia’s 2024 election and the foreign policy continuity question", w, ["Dewi Anggraini Putri"], quotes=[q("Bagus Wirawan", "Jakarta Centre for Strategic Dialogue")],
                     junk=["Author:", "In brief", "is a lecturer in international relations"]))
    w = d(2023, 12, 16, 1, 0, 0, o)
    add(195077, "vietnams-property-sector-woes-deepen", "Vietnam’s property sector woes deepen", w, ["Vietnam", "Economics"],
        "Author: Tran Minh Chau, Ho Chi Minh City Institute of Finance",
        ["Bond defaults by developers have frozen credit, and the central bank has cut rates four times this year."],
        ["Land prices in the outskirts of Ho Chi Minh City have fallen by a third since the peak.",
         "<em>Tran Minh Chau is a research fellow at the Ho Chi Minh City Institute of Finance.</em>"],
        lambda k: it(k, "Vietnam’s property sector woes deepen", w, ["Tran Minh Chau"], rel=False, junk=["Author:", "In brief", "is a research fellow"],
                     note="Another country's property market and monetary policy: business, not relevant."))
    w = d(2023, 12, 15, 9, 0, 0, o)
    add(195060, "forum-quarterly-special-issue-out-now", "Pacific Rim Forum Quarterly: ‘Middle powers’ issue out now", w, ["Quarterly"],
        "", [],
        ["The latest issue of the Pacific Rim Forum Quarterly is available to read free online and in print from our publisher."],
        lambda k: it(k, "Pacific Rim Forum Quarterly: ‘Middle powers’ issue out now", w, [], story=False, rel=False, note="Promotion of the forum's quarterly magazine: not a story."))
    w = d(2023, 12, 14, 1, 0, 0, o)
    add(195031, "thailands-new-government-and-the-myanmar-border", "Thailand’s new government and the Myanmar border", w, ["Thailand", "Myanmar", "Southeast Asia"],
        "Authors: Nattapong Srisuk and Aye Chan Moe, Chiang Mai Rivers University",
        ["Fighting in Shan State has pushed refugees and trade disruption to Thailand’s doorstep.",
         "Bangkok has opened a ‘humanitarian corridor’ but avoids any contact with the resistance."],
        ["Operation 1027, launched by an alliance of ethnic armed groups in late October, has seized border crossings that handle a large share of Myanmar&#8217;s trade with China and Thailand.",
         "<em>Nattapong Srisuk is Associate Professor and Aye Chan Moe is a research associate at the Regional Centre for Border Studies, Chiang Mai Rivers University.</em>"],
        lambda k: it(k, "Thailand’s new government and the Myanmar border", w, ["Nattapong Srisuk", "Aye Chan Moe"], junk=["Authors:", "In brief", "is Associate Professor"],
                     note="Two authors in one 'Authors: A and B, University' line."))
    w = d(2023, 12, 11, 1, 0, 0, o)
    add(194990, "weekly-editorial-australia-china-thaw-limits", "The limits of the Australia–China thaw", w, ["Australia", "China", "Editorial"],
        "Author: Editorial Board, Pacific Rim Forum",
        ["The lifting of tariffs on barley and wine is real progress. It does not change the strategic picture."],
        ["The prime minister&#8217;s visit to Beijing in November was the first by an Australian leader in seven years.",
         "<em>The Pacific Rim Forum Editorial Board is based at the Crawford-Lyne School of Public Policy.</em>"],
        lambda k: it(k, "The limits of the Australia–China thaw", w, [], junk=["Author:", "In brief", "Editorial Board is based at"],
                     note="Weekly editorial signed by the editorial board: no person."))
    channel = (f"<title>Pacific Rim Forum</title><atom:link href=\"{base}/feed/\" rel=\"self\" type=\"application/rss+xml\" /><link>{base}</link><description>Analysis from the Asia Pacific</description>"
               f"<lastBuildDate>{rfc822(d(2023, 12, 18, 1, 0, 4, o))}</lastBuildDate><language>en-AU</language><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency><generator>https://wordpress.org/?v=6.4.2</generator>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"><channel>'
            + channel + "".join(rows) + "</channel></rss>\n")
    return feed("en_au_pacificrimforum_wp_minified.rss.xml", text, items, lang="en", outlet="Pacific Rim Forum",
                structure="East Asia Forum-style (Canberra) regional analysis site on WordPress behind a minifying cache plugin: the whole document on one line, dc:creator ALWAYS the editorial account (the brand), the real byline only as a bold 'Author: NAME, University' / 'Authors: A and B, University' first paragraph of content:encoded and glued to the front of the CDATA description, an 'In brief' bullet box, italic bios, '/YYYY/MM/DD/<slug>/' links and '?p=<id>' guids, wfw:commentRss and slash:comments, an editorial-board editorial and a quarterly-magazine promo, +1100 (AEDT) dates at 01:00 in December 2023")


# ---------------------------------------------------------------- Techmeme-style tech headline aggregator
def techsift():
    rows, items = [], []
    base = "https://www.techsift.example"

    def add(stamp, when, head, by, src, srcurl, teaser, exp, img=None):
        n = 41 - len(rows) * 7
        link = f"{base}/{stamp}/p{n}#a{stamp}p{n}"
        who = f"{by} / {src}" if by else src
        title = f"{head} ({who})"
        im = f'<A HREF="{link}"><IMG VSPACE="4" SRC="{base}/{stamp}/i{n}.jpg" ALIGN=RIGHT BORDER=0 WIDTH=110 HEIGHT=55></A>' if img else ""
        desc = (f'{im}<P><A HREF="{link}"><IMG VSPACE="4" SRC="{base}/img/pml.png" ALIGN=RIGHT BORDER=0 WIDTH=40 HEIGHT=40></A></P><P>{esc(who)}:<BR>\n'
                f'<SPAN STYLE="font-size: 1.3em;"><B><A HREF="{srcurl}">{esc(head)}</A></B></SPAN>&nbsp; &mdash;&nbsp; {teaser}</P>')
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{link}</link>\n<description>{esc(desc)}</description>\n<pubDate>{rfc822(when)}</pubDate>\n<guid>{link}</guid>\n</item>")
        items.append(exp(link, who))

    o = -4
    w = d(2023, 4, 26, 18, 10, 0, o)
    add("230426", w, "Sources: the US is preparing to curb exports of chipmaking tools to China further, with the Netherlands and Japan expected to align within months", "Karen Holloway", "Meridian Wire", "https://www.meridianwire.example/technology/us-chip-tool-curbs-china-2023-04-26/",
        "The Biden administration is preparing rules that would extend restrictions to older-generation lithography equipment, three people familiar with the matter said &hellip;",
        lambda k, who: it(k, "Sources: the US is preparing to curb exports of chipmaking tools to China further, with the Netherlands and Japan expected to align within months", w, ["Karen Holloway"],
                          outlet="Meridian Wire", junk=["&mdash;", "&hellip;"],
                          note=f"Aggregated headline: the outlet a reader expects is the source, named with the writer in the title's parenthesis. Title label '{who}' may be kept or dropped. Export controls between states: relevant."), img=True)
    w = d(2023, 4, 26, 15, 40, 0, o)
    add("230426", d(2023, 4, 26, 15, 40, 1, o), "Italy's data protection authority says Lumen AI's chatbot can resume service in Italy after the company added age checks and an opt-out for training data", "Paolo Ferrante", "The Byte Ledger", "https://thebyteledger.example/2023/04/26/italy-lumen-ai-chatbot-resume/",
        "The regulator had ordered a temporary halt at the end of March &hellip;",
        lambda k, who: it(k, "Italy's data protection authority says Lumen AI's chatbot can resume service in Italy after the company added age checks and an opt-out for training data", d(2023, 4, 26, 15, 40, 1, o), ["Paolo Ferrante"],
                          outlet="The Byte Ledger", rel=False, junk=["&hellip;"], note=f"Tech regulation in one country: not relevant. Title label '{who}' may be kept or dropped."))
    w = d(2023, 4, 25, 20, 5, 0, o)
    add("230425", w, "Samsung reports a 95% YoY drop in Q1 operating profit to its lowest in 14 years, as memory chip prices slump; it says it will cut production", "", "Seoul Economic Daily", "https://en.seouleconomic.example/news/articleView.html?idxno=50112",
        "Samsung Electronics' operating profit fell to 640 billion won &hellip;",
        lambda k, who: it(k, "Samsung reports a 95% YoY drop in Q1 operating profit to its lowest in 14 years, as memory chip prices slump; it says it will cut production", w, [],
                          outlet="Seoul Economic Daily", rel=False, junk=["&hellip;"], note=f"Only the outlet in the parenthesis (no writer). Title label '{who}' may be kept or dropped."))
    w = d(2023, 4, 25, 9, 0, 0, o)
    add("230425", d(2023, 4, 25, 9, 0, 1, o), "Techsift Ride Home: the day's tech news in 15 minutes, with a look at Apple's savings account launch", "", "Techsift Ride Home", "https://ridehome.techsift.example/episodes/1187",
        "Listen now &hellip;",
        lambda k, who: it(k, "Techsift Ride Home: the day's tech news in 15 minutes, with a look at Apple's savings account launch", d(2023, 4, 25, 9, 0, 1, o), [],
                          outlet="Techsift", story=False, rel=False, note=f"The aggregator's own daily podcast: not a story. Title label '{who}' may be kept or dropped."))
    w = d(2023, 4, 24, 16, 30, 0, o)
    add("230424", w, "Shopwise lays off 20% of staff and sells its logistics unit to a freight company, two years after building it out", "Marcus Tan", "Startup Daily Report", "https://startupdailyreport.example/2023/04/24/shopwise-layoffs-logistics-sale/",
        "In a memo to employees, the chief executive said the company had been &ldquo;distracted by a side quest&rdquo; &hellip;",
        lambda k, who: it(k, "Shopwise lays off 20% of staff and sells its logistics unit to a freight company, two years after building it out", w, ["Marcus Tan"],
                          outlet="Startup Daily Report", rel=False, junk=["&hellip;", "&ldquo;"], note=f"Title label '{who}' may be kept or dropped."))
    w = d(2023, 4, 21, 13, 15, 0, o)
    add("230421", w, "Chirper begins removing legacy verification checkmarks from accounts that have not paid for its subscription service", "Dana Whitfield and Omar Sayeed", "The Byte Ledger", "https://thebyteledger.example/2023/04/21/chirper-legacy-checkmarks/",
        "Accounts of celebrities, journalists and government agencies lost the badge overnight &hellip;",
        lambda k, who: it(k, "Chirper begins removing legacy verification checkmarks from accounts that have not paid for its subscription service", w, ["Dana Whitfield", "Omar Sayeed"],
                          outlet="The Byte Ledger", rel=False, junk=["&hellip;"], note=f"Two writers in the parenthesis. Title label '{who}' may be kept or dropped."))
    channel = (f"<title>Techsift</title>\n<link>{base}/</link>\n<description>Techsift: the tech news that matters, on a single page</description>\n<language>en-us</language>\n"
               f"<lastBuildDate>{rfc822(d(2023, 4, 26, 18, 15, 0, o))}</lastBuildDate>\n<image>\n<title>Techsift</title>\n<url>{base}/img/favicon.ico</url>\n<link>{base}/</link>\n</image>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("en_tech_techsift_aggregator.rss.xml", text, items, lang="en", outlet="Techsift", topic="tech",
                structure="Techmeme-style (San Francisco) tech headline aggregator's RSS: no namespaces, no author element, titles ending in '(Writer / Outlet)', '(A and B / Outlet)' or '(Outlet)', '/<yymmdd>/p<n>#a<yymmdd>p<n>' links as guids, escaped UPPER-CASE HTML descriptions (<P>, <A HREF>, <IMG ALIGN=RIGHT>, <SPAN STYLE>) with the writer and outlet before a <BR>, the linked headline in bold and a teaser after '&nbsp; &mdash;&nbsp;' ending in '&hellip;' (HTML entities inside the escaped HTML), the aggregator's own podcast, -0400 dates in April 2023",
                notes="Aggregator: the outlet a reader expects is the source named in each title's parenthesis; the writer there is the author.")


# ---------------------------------------------------------------- science newsletter on Buttondown
def halflife():
    rows, items = [], []
    base = "https://buttondown.example/halflife"

    def add(slug, title, when, html, exp):
        url = f"{base}/archive/{slug}/"
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{esc(html)}</description>\n      <pubDate>{rfc822(when)}</pubDate>\n      <guid>{url}</guid>\n    </item>")
        items.append(exp(url))

    sign = "<p>Until next week,<br>— Ines</p><p><em>The Half-Life is written by a science journalist in Lisbon. Forwarded this? <a href=\"https://buttondown.example/halflife\">Subscribe here</a>.</em></p>"
    w = d(2023, 11, 24, 8, 0, 0, 0)
    add("issue-87-the-ozone-hole-is-big-again", "Issue #87: The ozone hole is big again, and that's mostly a volcano", w,
        "<p>Hi all,</p><p>This year's Antarctic ozone hole reached 26 million square kilometres in September, one of the largest on record. The cause is not a comeback of banned chemicals but the 2022 eruption of Hunga Tonga–Hunga Ha'apai, which injected an unprecedented mass of water vapour into the stratosphere.</p>"
        "<p>\"The Montreal Protocol is still working; this is weather in the stratosphere, not a policy failure,\" Dr Sigrun Aasland, an atmospheric chemist at the Tromsø Polar Institute, told me.</p>" + sign,
        lambda k: it(k, "The ozone hole is big again, and that's mostly a volcano", w, [], rel=False, quotes=[q("Sigrun Aasland", "Tromsø Polar Institute")],
                     junk=["Hi all,", "Until next week", "— Ines", "Subscribe here", "Forwarded this?"],
                     note="Buttondown: the whole issue as escaped HTML in the description, no author element (the sign-off gives only a first name, so []). Title label 'Issue #87:' may be kept or dropped."))
    w = d(2023, 11, 17, 8, 0, 0, 0)
    add("issue-86-what-cop28-negotiators-argue-about", "Issue #86: What COP28 negotiators actually argue about", w,
        "<p>Hi all,</p><p>With the Dubai climate talks two weeks away, here is what the science says and what the diplomats will fight over: the global stocktake, a fossil-fuel 'phase-down' or 'phase-out', and who pays into the new loss-and-damage fund.</p>"
        "<ul><li>The stocktake shows the world on track for 2.5–2.9°C of warming.</li><li>The loss-and-damage fund was agreed in Egypt last year but is still empty.</li></ul>" + sign,
        lambda k: it(k, "What COP28 negotiators actually argue about", w, [], junk=["Hi all,", "Until next week", "Subscribe here"],
                     note="Climate diplomacy between states ahead of COP28: relevant. Title label 'Issue #86:' may be kept or dropped."))
    w = d(2023, 11, 10, 8, 0, 0, 0)
    add("issue-85-lab-grown-meats-quiet-stall", "Issue #85: Lab-grown meat's quiet stall", w,
        "<p>Hi all,</p><p>Two years after the first approvals, cultivated chicken is on the menu of exactly two restaurants in the US. The bottleneck is not regulation but the cost of growth media.</p>" + sign,
        lambda k: it(k, "Lab-grown meat's quiet stall", w, [], rel=False, junk=["Hi all,", "Until next week"], note="Title label 'Issue #85:' may be kept or dropped."))
    w = d(2023, 11, 6, 12, 30, 0, 0)
    add("housekeeping-new-schedule", "Housekeeping: a new sending day", w,
        "<p>Quick note: from December the newsletter moves from Friday to Thursday mornings. Nothing else changes.</p><p>— Ines</p>",
        lambda k: it(k, "Housekeeping: a new sending day", w, [], story=False, rel=False, note="Newsletter housekeeping note: not a story."))
    w = d(2023, 11, 3, 8, 0, 0, 0)
    add("issue-84-a-blue-ish-planet", "Issue #84: A blue-ish planet 60 light years away", w,
        "<p>Hi all,</p><p>Astronomers using the James Webb Space Telescope have detected water vapour in the atmosphere of a rocky exoplanet for the first time, though it may come from its star's spots.</p>" + sign,
        lambda k: it(k, "A blue-ish planet 60 light years away", w, [], rel=False, junk=["Hi all,", "Until next week"], note="Title label 'Issue #84:' may be kept or dropped."))
    w = d(2023, 10, 27, 8, 0, 0, 0)
    add("issue-83-the-sahels-greening-that-isnt", "Issue #83: The Sahel's 'greening' that isn't", w,
        "<p>Hi all,</p><p>Satellite images show more vegetation across the Sahel than in the 1980s. A new study argues most of it is grass after wetter years, not recovering woodland, and that the trend hides soil loss.</p>" + sign,
        lambda k: it(k, "The Sahel's 'greening' that isn't", w, [], rel=False, junk=["Hi all,", "Until next week"], note="Environmental science: not relevant. Title label 'Issue #83:' may be kept or dropped."))
    channel = (f"    <title>The Half-Life</title>\n    <link>{base}</link>\n    <description>A weekly letter about the science behind the news.</description>\n"
               f"    <atom:link href=\"{base}/rss\" rel=\"self\"/>\n    <language>en-us</language>\n    <lastBuildDate>{rfc822(d(2023, 11, 24, 8, 0, 3, 0))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">\n  <channel>\n' + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n"
    return feed("en_science_halflife_buttondown.rss.xml", text, items, lang="en", outlet="The Half-Life", aliases=["Half-Life"], topic="science",
                structure="Buttondown-style newsletter RSS (/<name>/rss): atom namespace BEFORE version, no author element, 'Issue #NN:' titles, '/archive/<slug>/' links as bare guids, the WHOLE issue as escaped HTML in <description> (salutation 'Hi all,', a <ul>, a sign-off '— Ines' after a <br>, an italic 'Forwarded this? Subscribe here' footer), straight double quotes, a housekeeping note, +0000 dates in October–November 2023")


FEEDS = [tayside, portage, pacificrim, techsift, halflife]
