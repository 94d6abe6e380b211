# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the thirtieth held-out set (part 2: an Irish public broadcaster on Drupal 10,
a South African digital daily on Ghost, a Nigerian daily's Google-News sitemap turned feed, a
Canadian regional daily on Naviga, a tech portal on WordPress VIP and a science desk's Jekyll
Atom feed). All outlets, people and quotations are invented."""
from h30 import cd, d, esc, feed, gmt, it, q, rfc822, utc0


# ---------------------------------------------------------------- Irish public broadcaster on Drupal 10 views RSS
def eireann():
    rows, items = [], []
    base = "https://www.ebsnews.example"

    def add(nid, path, title, when, creator, desc, exp):
        url = f"{base}/news/{path}"
        cr = f"\n    <dc:creator>{esc(creator)}</dc:creator>" if creator else "\n    <dc:creator></dc:creator>"
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(desc)}</description>\n    <pubDate>{rfc822(when)}</pubDate>{cr}\n"
                    f"    <guid isPermaLink=\"false\">{nid} at {base}</guid>\n  </item>")
        items.append(exp(f"{nid} at {base}"))

    w = d(2026, 7, 14, 18, 22, 0, 1)
    add(1488302, "world/2026/0714/1488302-eu-mercosur-ratification-vote/", "MEPs narrowly back EU-Mercosur trade deal after Irish farmers protest in Strasbourg", w, "Aoife Ní Bhriain",
        '<p><span class="ai-note">Summary: This article has an AI-generated summary, checked by a journalist.</span></p><p>The European Parliament has voted by 331 to 302 to ratify the EU&#8217;s trade agreement with the Mercosur bloc, despite a protest outside the chamber by several hundred farmers, many from Ireland.</p>'
        '<p>&#8220;Today the beef sector was traded for car exports,&#8221; said Declan Fahey, president of the Irish Cattle and Sheep Farmers Union.</p><p><a href="https://www.ebsnews.example/news/business/">More Business news</a></p>',
        lambda k: it(k, "MEPs narrowly back EU-Mercosur trade deal after Irish farmers protest in Strasbourg", w, ["Aoife Ní Bhriain"], quotes=[q("Declan Fahey", "Irish Cattle and Sheep Farmers Union")],
                     junk=["AI-generated summary", "More Business news"], note="Irish-language name of the reporter with an accent; AI-summary note at the start of the description."))
    w = d(2026, 7, 14, 13, 5, 0, 1)
    add(1488251, "world/2026/0714/1488251-irish-peacekeepers-golan/", "Irish peacekeepers to remain on Golan Heights for another year", w, "",
        '<p>The Government has approved the extension of the Defence Forces&#8217; deployment with the UN Disengagement Observer Force until July 2027.</p><p>Listen: <a href="https://www.ebsnews.example/radio/morning/">Morning Report</a></p>',
        lambda k: it(k, "Irish peacekeepers to remain on Golan Heights for another year", w, [], junk=["Morning Report"], note="Empty dc:creator: no author."))
    w = d(2026, 7, 13, 21, 40, 0, 1)
    add(1488190, "nuacht/2026/0713/1488190-scoil-samhraidh-gaeltacht/", "Líon taifeadta ag freastal ar choláistí samhraidh sa Ghaeltacht", w, "Nuacht EBS",
        '<p>Tá breis is 28,000 dalta ag freastal ar chúrsaí Gaeilge sna coláistí samhraidh i mbliana, de réir na heagraíochta a dhéanann ionadaíocht orthu.</p>',
        lambda k: it(k, "Líon taifeadta ag freastal ar choláistí samhraidh sa Ghaeltacht", w, [], rel=False, lang="ga",
                     note="Irish-language (ga) item from the broadcaster's Irish news service in the same feed: a domestic education story, not relevant. 'Nuacht EBS' is the desk."))
    w = d(2026, 7, 13, 16, 15, 0, 1)
    add(1488122, "world/2026/0713/1488122-georgia-tbilisi-protests-arrests/", "Dozens detained as protests in Tbilisi enter third week", w, "Conor Madigan, Europe Correspondent",
        '<p>Police in Georgia detained at least 40 people overnight as demonstrators again blocked the main avenue outside parliament.</p>'
        '<p>The EU&#8217;s foreign policy chief called for restraint.</p><p class="credit">Additional reporting: Continental News Agency</p>',
        lambda k: it(k, "Dozens detained as protests in Tbilisi enter third week", w, ["Conor Madigan"], junk=["Additional reporting", "Europe Correspondent"],
                     note="dc:creator 'Name, Europe Correspondent': the person only."))
    w = d(2026, 7, 12, 10, 0, 0, 1)
    add(1487980, "world/2026/0712/1487980-watch-srebrenica-commemoration/", "Watch: Thousands attend Srebrenica commemoration", w, "",
        '<p>Video report from Potočari.</p>',
        lambda k: it(k, "Watch: Thousands attend Srebrenica commemoration", w, [], story=False, rel=False, note="Video item: not a story. Title label 'Watch:' may be kept or dropped."))
    w = d(2026, 7, 11, 19, 30, 0, 1)
    add(1487901, "world/2026/0711/1487901-correction-un-vote/", "Correction: UN Security Council vote report", w, "",
        '<p>An article published on 9 July incorrectly stated that Ireland abstained in a UN Security Council vote. Ireland is not currently a member of the Council. We apologise for the error.</p>',
        lambda k: it(k, "Correction: UN Security Council vote report", w, [], story=False, rel=False, note="Correction notice: not a story."))
    head = (f"  <title>EBS News - World</title>\n  <link>{base}/news/world</link>\n  <description>World news from EBS, Ireland&#039;s national public service media</description>\n  <language>en-ie</language>\n"
            f'  <atom:link href="{base}/feeds/world.xml" rel="self" type="application/rss+xml" />')
    text = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{base}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_ie_ebsnews_world_drupal10.rss.xml", text, items, lang="en", outlet="EBS News", aliases=["EBS", "Éireann Broadcasting Service"],
                structure="Irish public broadcaster's (RTÉ-style) world feed from Drupal 10 views: xml:base on <rss>, channel 'Brand - World', &#039; in the description, language en-ie, two-space nesting, '<nid> at <base>' non-permalink guids LAST, dc:creator with a reporter, 'Name, Europe Correspondent', the Irish desk 'Nuacht EBS' or EMPTY, escaped HTML descriptions with an AI-summary note, 'More … news' and 'Listen:' links and an 'Additional reporting' credit, an Irish-language (ga) item from the broadcaster's Irish news service, a video and a correction notice, +0100 (IST) dates in July 2026")


# ---------------------------------------------------------------- South African digital daily on Ghost
def karoo():
    rows, items = [], []
    base = "https://karoopost.example"

    def add(pid, slug, title, when, creator, tags, desc, body, exp, img=None):
        url = f"{base}/{slug}/"
        cats = "".join(f"<category>{cd(t)}</category>" for t in tags)
        media = f'<media:content url="{base}/content/images/2026/06/{img}" medium="image"/>' if img else ""
        rows.append(f"<item><title>{cd(title)}</title><description>{cd(desc)}</description><link>{url}</link><guid isPermaLink=\"false\">{pid}</guid>{cats}"
                    f"<dc:creator>{cd(creator)}</dc:creator><pubDate>{gmt(when)}</pubDate>{media}<content:encoded>{cd(body)}</content:encoded></item>")
        items.append(exp(pid))

    pay = (f'<div class="kg-card kg-cta-card"><p>This story is for Karoo Post members. <a href="{base}/#/portal/signup">Become a member</a> from R75 a month to keep reading.</p></div>')
    w = d(2026, 6, 25, 9, 12, 0, 2)
    add("6859c2f1a3e4b20001d7f3a1", "sadc-summit-mozambique-cabo-delgado-troops", "SADC leaders split over sending troops back to Cabo Delgado", w, "Thandeka Mokoena, Sipho Ndlovu", ["Africa", "World"],
        "Angola and Zimbabwe want a new mission. Pretoria wants someone else to pay for it.",
        '<p>Southern African leaders meeting in Luanda ended a two-day summit without agreeing whether to send troops back to northern Mozambique, where insurgent attacks have increased since the regional mission withdrew in 2024.</p>'
        '<figure class="kg-card kg-image-card kg-card-hascaption"><img src="https://karoopost.example/content/images/2026/06/luanda-summit.webp" class="kg-image" alt="" loading="lazy" width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">Delegates in Luanda on Tuesday. (Photo: Kayode Bello / Karoo Post)</span></figcaption></figure>'
        '<p>&#8220;We will not sign another open cheque for a mission with no exit plan,&#8221; said Nomvula Khumalo, a deputy minister in South Africa&#8217;s Department of International Relations, on the sidelines.</p>'
        '<p>Angola, which holds the rotating chair, had pushed for a decision before the rainy season. Zimbabwe offered two battalions. Rwanda, which has kept its own troops in the province under a bilateral deal with Maputo, was not part of the discussion.</p>' + pay,
        lambda k: it(k, "SADC leaders split over sending troops back to Cabo Delgado", w, ["Thandeka Mokoena", "Sipho Ndlovu"], quotes=[q("Nomvula Khumalo", "Department of International Relations")],
                     junk=["Karoo Post members", "Become a member", "Photo: Kayode Bello"],
                     note="Ghost joins two authors with ', ' in one dc:creator. Members-only cut with a CTA card."), img="luanda-summit.webp")
    w = d(2026, 6, 24, 15, 40, 0, 2)
    add("6858e0b7a3e4b20001d7f2c8", "eskom-winter-load-reduction-soweto", "Eskom extends 'load reduction' in Soweto as winter demand peaks", w, "Lerato Dube", ["South Africa"],
        "Residents of three townships face four-hour cuts each evening.",
        '<p>Eskom will keep evening &#8220;load reduction&#8221; cuts in place in parts of Soweto until the end of July, the utility said on Tuesday.</p><p>Ward councillors said the cuts were hitting households that pay their bills.</p>',
        lambda k: it(k, "Eskom extends 'load reduction' in Soweto as winter demand peaks", w, ["Lerato Dube"], rel=False, note="Domestic power supply: not relevant."))
    w = d(2026, 6, 23, 7, 0, 0, 2)
    add("6857a8d5a3e4b20001d7f1e0", "the-morning-brief-23-june", "☕ The Morning Brief: Luanda summit, rand slips, Bafana squad named", w, "Karoo Post", ["Newsletter"],
        "Your 5-minute catch-up.",
        '<p>Good morning, Karoo Post readers! Here&#8217;s what you need to know today.</p><ul><li>SADC leaders gather in Luanda</li><li>The rand weakened past R19 to the dollar</li><li>Bafana Bafana name their squad for September</li></ul>'
        f'<p><a href="{base}/#/portal/signup?utm_source=rss&amp;utm_medium=newsletter">Get The Morning Brief in your inbox</a></p>',
        lambda k: it(k, "☕ The Morning Brief: Luanda summit, rand slips, Bafana squad named", w, [], story=False, rel=False,
                     note="Newsletter edition of headlines: not a story. The brand as dc:creator. Title label '☕ The Morning Brief:' may be kept or dropped."))
    w = d(2026, 6, 22, 18, 25, 0, 2)
    add("6856f3c2a3e4b20001d7f0b4", "brics-development-bank-rand-bonds", "BRICS bank to issue its first rand bonds as members seek alternatives to the dollar", w, "Sipho Ndlovu", ["World", "Business"],
        "The New Development Bank says the first issue will be worth R5 billion.",
        '<p>The Shanghai-based New Development Bank plans to issue its first rand-denominated bonds in Johannesburg next month, part of a push by BRICS members to lend in their own currencies.</p>'
        '<p>Analysts said demand would depend on pricing. &#8220;The symbolism is bigger than the ticket,&#8221; said Ayesha Parker, a fixed-income strategist at Cederberg Capital.</p>'
        '<p><em>Karoo Post is an independent, member-funded newsroom. If you value our journalism, <a href="https://karoopost.example/support/">support us</a>.</em></p>',
        lambda k: it(k, "BRICS bank to issue its first rand bonds as members seek alternatives to the dollar", w, ["Sipho Ndlovu"], quotes=[q("Ayesha Parker", "Cederberg Capital")],
                     junk=["member-funded newsroom", "support us"], note="Multilateral finance/geoeconomics: relevant."))
    w = d(2026, 6, 21, 11, 0, 0, 2)
    add("6855b0e9a3e4b20001d7ef02", "telegram-wagner-successor-mali-recruitment", "Russian-linked Telegram channels recruit fighters for Mali, researchers find", w, "Thandeka Mokoena", ["Africa", "World"],
        "A study of 120 channels found job ads offering up to $3,000 a month.",
        '<p>Channels on Telegram linked to Russia&#8217;s Africa Corps have posted hundreds of recruitment adverts for service in Mali and Burkina Faso this year, according to researchers at the University of the Western Cape.</p>'
        '<blockquote class="telegram-post" data-telegram-post="afrcorps_ex/4412"><p>Contract service. Good pay. Write to the bot.</p><a href="https://t.example/afrcorps_ex/4412">t.me/afrcorps_ex/4412</a></blockquote>'
        '<p>&#8220;The adverts are now more open than anything we saw in the Wagner years,&#8221; said the study&#8217;s lead author, Dr Farah Isaacs.</p>',
        lambda k: it(k, "Russian-linked Telegram channels recruit fighters for Mali, researchers find", w, ["Thandeka Mokoena"], quotes=[q("Farah Isaacs")],
                     junk=["Write to the bot", "t.me/afrcorps_ex"], note="Embedded Telegram post in the body."))
    w = d(2026, 6, 20, 8, 30, 0, 2)
    add("6854a1f0a3e4b20001d7ee11", "youth-day-50-years-photo-essay", "Photo essay: June 16, fifty years on", w, "Kayode Bello", ["Photo essay"],
        "Images from Orlando West.",
        '<figure class="kg-card kg-gallery-card kg-width-wide"><div class="kg-gallery-container"><div class="kg-gallery-row"><div class="kg-gallery-image"><img src="https://karoopost.example/content/images/2026/06/june16-1.webp" width="2000" height="1333" loading="lazy" alt=""></div></div></div></figure>',
        lambda k: it(k, "Photo essay: June 16, fifty years on", w, ["Kayode Bello"], story=False, rel=False, note="Photo gallery only: not a story. Title label 'Photo essay:' may be kept or dropped."))
    head = (f"<title>{cd('Karoo Post')}</title><description>{cd('Independent news for South Africa and the world.')}</description><link>{base}/</link>"
            f"<image><url>{base}/favicon.png</url><title>Karoo Post</title><link>{base}/</link></image><generator>Ghost 6.2</generator><lastBuildDate>{gmt(d(2026, 6, 25, 7, 20, 0, 0))}</lastBuildDate>"
            f'<atom:link href="{base}/rss/" rel="self" type="application/rss+xml"/><ttl>60</ttl>')
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
            + head + "".join(rows) + "</channel></rss>")
    return feed("en_za_karoopost_ghost.rss.xml", text, items, lang="en", outlet="Karoo Post",
                structure="South African member-funded digital daily (Johannesburg) on Ghost 6 (/rss/): one line, no trailing newline, CDATA title/description/category/dc:creator, 24-hex post ids as non-permalink guids, ONE dc:creator joining authors with ', ' (the brand on a newsletter), GMT pubDates (newsroom +0200), media:content WebP, kg-image-card figures with a '(Photo: NAME / Brand)' caption in a pre-wrap span, a members-only kg-cta-card cut, a 'member-funded newsroom' support line, an embedded Telegram post, a '☕ The Morning Brief:' newsletter edition with emoji and UTM links, a gallery photo essay, June 2026")


# ---------------------------------------------------------------- Nigerian daily: Google News sitemap served as a feed
def lagostribune():
    rows, items = [], []
    base = "https://www.lagostribune.example"

    def add(path, title, when, kw, exp, desc=None, img=None):
        url = f"{base}/{path}/"
        de = f"\n    <description>{esc(desc)}</description>" if desc else ""
        im = (f"\n    <image:image>\n      <image:loc>{img[0]}</image:loc>\n      <image:caption>{esc(img[1])}</image:caption>\n    </image:image>") if img else ""
        rows.append(f"  <item>\n    <link>{url}</link>\n    <guid>{url}</guid>{de}\n    <news:news>\n      <news:publication>\n        <news:name>Lagos Tribune</news:name>\n        <news:language>en</news:language>\n      </news:publication>\n"
                    f"      <news:publication_date>{when.isoformat()}</news:publication_date>\n      <news:title>{esc(title)}</news:title>\n      <news:keywords>{esc(kw)}</news:keywords>\n    </news:news>{im}\n  </item>")
        items.append(exp(url))

    w = d(2026, 5, 28, 10, 14, 3, 1)
    add("2026/05/28/ecowas-standby-force-funding-abuja-summit", "ECOWAS leaders agree to fund standby force from import levy", w, "ECOWAS, standby force, Abuja, Sahel",
        lambda k: it(k, "ECOWAS leaders agree to fund standby force from import levy", w, [],
                     note="Sitemap-derived feed: no RSS <title> or <pubDate>; the headline is only news:title and the date only news:publication_date (+01:00). One-sentence description."),
        desc="West African heads of state have approved a 0.5 per cent levy on imports from outside the bloc to pay for a 5,000-strong standby force.",
        img=("https://cdn.lagostribune.example/wp-content/uploads/2026/05/ecowas-abuja.webp", "Heads of state at the ECOWAS summit in Abuja. Photo: Tribune/Chinedu Okafor"))
    w = d(2026, 5, 28, 8, 2, 40, 1)
    add("2026/05/28/naira-closes-week-stronger-official-window", "Naira closes week stronger at official window", w, "Naira, CBN, forex",
        lambda k: it(k, "Naira closes week stronger at official window", w, [], rel=False, note="Domestic currency market: not relevant."),
        desc="The naira gained 1.2 per cent against the dollar at the official window on Friday.")
    w = d(2026, 5, 27, 19, 45, 0, 1)
    add("2026/05/27/chad-niger-border-clashes-refugees-diffa", "Refugees cross into Niger's Diffa as fighting flares on Chad border", w, "Chad, Niger, refugees, Lake Chad",
        lambda k: it(k, "Refugees cross into Niger's Diffa as fighting flares on Chad border", w, [], note="No description and no author: the headline is all there is."))
    w = d(2026, 5, 27, 14, 30, 0, 1)
    add("2026/05/27/sponsored-invest-in-lekki-waterfront-homes", "SPONSORED: Own a waterfront home in Lekki from ₦85m", w, "Sponsored, real estate",
        lambda k: it(k, "SPONSORED: Own a waterfront home in Lekki from ₦85m", w, [], story=False, rel=False, note="Sponsored advertorial: not a story."),
        desc="Flexible payment plans available. Terms apply.")
    w = d(2026, 5, 26, 17, 5, 0, 1)
    add("2026/05/26/ghana-nigeria-trade-dispute-retail-shops", "Ghana, Nigeria set up joint committee over shuttered traders’ shops", w, "Ghana, Nigeria, trade, AfCFTA",
        lambda k: it(k, "Ghana, Nigeria set up joint committee over shuttered traders' shops", w, [], note="Bilateral trade dispute: relevant. Curly apostrophe in the headline."),
        desc="The foreign ministers of both countries met in Accra after Ghanaian authorities closed more than 300 shops owned by Nigerians.")
    w = d(2026, 5, 26, 9, 0, 0, 1)
    add("2026/05/26/super-eagles-friendly-morocco-rabat", "Super Eagles to face Morocco in Rabat friendly", w, "Super Eagles, football",
        lambda k: it(k, "Super Eagles to face Morocco in Rabat friendly", w, [], rel=False, note="Sport: not relevant."))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="//www.lagostribune.example/main-sitemap.xsl"?>\n'
            '<rss version="2.0" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n<channel>\n'
            f"  <title>Lagos Tribune News Sitemap Feed</title>\n  <link>{base}/</link>\n  <description>Latest news, last 48 hours</description>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_ng_lagostribune_newssitemap.rss.xml", text, items, lang="en", outlet="Lagos Tribune", aliases=["The Lagos Tribune"],
                structure="Nigerian national daily's (Lagos) Google News sitemap re-served as an RSS feed by an SEO plugin: an xml-stylesheet PI, the sitemap-news and sitemap-image namespaces, channel 'Brand News Sitemap Feed', items with NO <title> and NO <pubDate>: the headline only in news:title, the date only in news:publication_date (ISO 8601, +01:00), news:publication/news:name and news:keywords, bare link guids, an optional one-sentence description, image:image with a caption credited 'Photo: Tribune/NAME', a 'SPONSORED:' advertorial, '₦' in a title, no authors anywhere, May 2026",
                notes="Titles and dates live only in Google-News sitemap elements; a reader that needs <title>/<pubDate> sees untitled, undated items.")


# ---------------------------------------------------------------- Canadian regional daily on Naviga
def prairie():
    rows, items = [], []
    base = "https://www.prairiesentinel.example"

    def add(path, title, when, author, desc, exp):
        url = f"{base}/{path}"
        au = f"<dc:creator>{esc(author)}</dc:creator>" if author else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description>{au}<pubDate>{rfc822(when)}</pubDate><guid isPermaLink=\"true\">{url}</guid></item>")
        items.append(exp(url))

    w = d(2026, 4, 16, 17, 41, 0, -5)
    add("article/20260416/NEWS04/260419771", "Arctic Council resumes full meetings for first time since 2022", w, "Marie-Ève Tremblay",
        '<p><b>Subscriber content</b></p><p>IQALUIT — Foreign ministers of the eight Arctic states sat at the same table on Thursday for the first time in four years, agreeing to restart work on search and rescue and shipping rules.</p>',
        lambda k: it(k, "Arctic Council resumes full meetings for first time since 2022", w, ["Marie-Ève Tremblay"], junk=["Subscriber content"], note="Paywall marker at the top of the description; dateline 'IQALUIT —'."))
    w = d(2026, 4, 16, 12, 0, 0, -5)
    add("article/20260416/NEWS04/260419702", "LIVE: Manitoba reacts to U.S. tariff decision", w, "",
        '<p>Refresh for updates throughout the day.</p><p>12:00 p.m. — Premier to speak at 1 p.m.</p>',
        lambda k: it(k, "LIVE: Manitoba reacts to U.S. tariff decision", w, [], story=False, rel=False, note="Live page: not a story. Title label 'LIVE:' may be kept or dropped."))
    w = d(2026, 4, 15, 20, 30, 0, -5)
    add("article/20260415/NEWS04/260419655", "Ukrainian newcomers in Winnipeg watch peace talks with guarded hope", w, "Taras Hnatyshyn",
        '<p>More than 4,000 Ukrainians have settled in Winnipeg since 2022. At a community hall on McGregor Street, talks in Geneva dominated conversation.</p>'
        '<p>“Nobody here believes a paper until the sirens stop,” said Oksana Melnyk, who runs a language program for newcomers.</p><p>— With files from Continental News Agency</p>',
        lambda k: it(k, "Ukrainian newcomers in Winnipeg watch peace talks with guarded hope", w, ["Taras Hnatyshyn"], quotes=[q("Oksana Melnyk")],
                     junk=["With files from"], note="Diaspora reaction to international peace talks: relevant (borderline, the talks are the news hook)."))
    w = d(2026, 4, 15, 9, 15, 0, -5)
    add("article/20260415/NEWS04/260419610", "Opinion: Canada's foreign aid cuts will cost us at the UN", w, "Gordon Ashby",
        '<p>Ottawa is trimming its development budget just as it seeks a Security Council seat. That is not a coincidence anyone in New York will miss.</p><p><i>Gordon Ashby is a former Canadian ambassador and a senior fellow at the Red River Policy Institute.</i></p>',
        lambda k: it(k, "Canada's foreign aid cuts will cost us at the UN", w, ["Gordon Ashby"], junk=["former Canadian ambassador and a senior fellow"],
                     note="Opinion column: a story. Title label 'Opinion:' may be kept or dropped."))
    w = d(2026, 4, 14, 16, 50, 0, -5)
    add("article/20260414/NEWS04/260419544", "Jets clinch playoff spot with win over Dallas", w, "Ken Wiebe-Lawson",
        '<p>The Jets secured a playoff berth with a 4-2 win on Tuesday.</p>',
        lambda k: it(k, "Jets clinch playoff spot with win over Dallas", w, ["Ken Wiebe-Lawson"], rel=False, note="Sport, misfiled in the world feed: not relevant."))
    w = d(2026, 4, 14, 7, 30, 0, -5)
    add("article/20260414/NEWS04/260419501", "Mexico and Canada agree to joint review of steel safeguard measures", w, "The Canadian Wire",
        '<p>OTTAWA — Canada and Mexico will review each other\'s steel safeguard measures within 90 days, the two countries\' trade ministers said Monday.</p><p>© 2026 The Canadian Wire</p>',
        lambda k: it(k, "Mexico and Canada agree to joint review of steel safeguard measures", w, [], junk=["© 2026 The Canadian Wire"], note="Wire credit as dc:creator: not a person."))
    head = (f"<title>Prairie Sentinel - World</title><link>{base}/section/NEWS04</link><description>Prairie Sentinel World News</description><language>en-ca</language>"
            f"<generator>Naviga Web</generator><copyright>Copyright 2026 Prairie Sentinel Media Inc.</copyright><lastBuildDate>{rfc822(d(2026, 4, 16, 17, 45, 0, -5))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>' + head + "".join(rows) + "</channel></rss>\n")
    return feed("en_ca_prairiesentinel_world_naviga.rss.xml", text, items, lang="en", outlet="Prairie Sentinel", aliases=["The Prairie Sentinel"],
                structure="Canadian regional daily (Winnipeg) world section on Naviga Web (Saxotech lineage): channel and items on one line after the declaration, <generator>Naviga Web</generator>, copyright of the 'Media Inc.', '/article/YYYYMMDD/NEWS04/<9 digits>' links as permalink guids, escaped HTML descriptions with a 'Subscriber content' paywall marker, CITY — datelines, raw curly quotes, '— With files from …' credits, an italic columnist bio, a wire copyright line, dc:creator with a person, a wire name or absent, a LIVE page, -0500 (CDT) dates in April 2026")


# ---------------------------------------------------------------- tech portal on WordPress VIP
def bytecircuit():
    rows, items = [], []
    base = "https://www.bytecircuit.example"

    def add(pid, slug, title, when, creator, desc, exp):
        url = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
        rows.append(f"\t\t<item>\n\t\t\t<title><![CDATA[{title}]]></title>\n\t\t\t<link>{url}</link>\n\t\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t\t<pubDate>{utc0(when)}</pubDate>\n"
                    f"\t\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\t\t\t<description><![CDATA[{desc}]]></description>\n"
                    f"\t\t\t<media:content url=\"https://www.bytecircuit.example/wp-content/uploads/2026/03/{slug[:20]}.webp?w=1200\" medium=\"image\" type=\"image/webp\"><media:credit>ByteCircuit</media:credit></media:content>\n\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2026, 3, 19, 16, 4, 0, -7)
    add(2210441, "eu-ai-act-general-purpose-models-code-of-practice-fines", "EU starts enforcing AI Act rules for general-purpose models, with first fines possible in August", w, "Nadia Feldmann",
        "<p>The European Commission's AI Office has sent information requests to six model providers, the first formal step under the new rules.</p><p><em>This summary was written by a human. Our <a href=\"https://www.bytecircuit.example/ai-policy/\">AI policy</a>.</em></p>",
        lambda k: it(k, "EU starts enforcing AI Act rules for general-purpose models, with first fines possible in August", w, ["Nadia Feldmann"], rel=False,
                     junk=["This summary was written by a human", "AI policy"], note="Tech regulation (EU enforcement against companies): a tech story, labelled not relevant to foreign affairs."))
    w = d(2026, 3, 19, 11, 30, 0, -7)
    add(2210398, "best-noise-cancelling-earbuds-deal-spring-sale", "The best earbuds we've tested are 40% off for the spring sale", w, "Commerce Team",
        "<p>We may earn a commission when you buy through links on our site.</p>",
        lambda k: it(k, "The best earbuds we've tested are 40% off for the spring sale", w, [], story=False, rel=False, note="Affiliate deals post: not a story."))
    w = d(2026, 3, 18, 14, 0, 0, -7)
    add(2210312, "taiwan-chip-export-rules-china-advanced-packaging", "Taiwan tightens export rules on advanced chip packaging tools to China", w, "Wei-Lun Hsieh",
        "<p>The new list covers equipment used in the packaging of AI accelerators, a step Washington had pressed Taipei to take.</p>",
        lambda k: it(k, "Taiwan tightens export rules on advanced chip packaging tools to China", w, ["Wei-Lun Hsieh"], note="Export controls between states: relevant."))
    w = d(2026, 3, 18, 9, 45, 0, -7)
    add(2210270, "phone-review-foldable-2026", "Foldable phone review: the crease is finally gone 📱", w, "Marco Bellandi",
        "<p>Rating: 4/5. The hinge is excellent, the battery is not.</p>",
        lambda k: it(k, "Foldable phone review: the crease is finally gone 📱", w, ["Marco Bellandi"], rel=False, note="Product review: a story, not relevant."))
    w = d(2026, 3, 17, 20, 10, 0, -7)
    add(2210201, "sponsored-cloud-migration-webinar", "Sponsored: How mid-size firms are cutting cloud costs in 2026", w, "ByteCircuit Partner Content",
        "<p>Presented by a partner. Register for the free webinar.</p>",
        lambda k: it(k, "Sponsored: How mid-size firms are cutting cloud costs in 2026", w, [], story=False, rel=False, note="Sponsored content: not a story."))
    w = d(2026, 3, 17, 8, 0, 0, -7)
    add(2210155, "undersea-cable-cut-red-sea-repairs-traffic", "Two undersea cables cut in the Red Sea; repair ships face security delays", w, "Nadia Feldmann and Omari Kiptoo",
        "<p>Operators rerouted traffic through Asia and southern Africa. A repair ship is waiting for naval escort, a consortium spokesperson said.</p>",
        lambda k: it(k, "Two undersea cables cut in the Red Sea; repair ships face security delays", w, ["Nadia Feldmann", "Omari Kiptoo"], note="Infrastructure security in a conflict zone: relevant."))
    head = (f"\t\t<title>ByteCircuit</title>\n\t\t<link>{base}</link>\n\t\t<description>Technology news, reviews and analysis</description>\n\t\t<language>en-US</language>\n"
            f"\t\t<lastBuildDate>{utc0(d(2026, 3, 19, 23, 10, 0, 0))}</lastBuildDate>\n\t\t<generator>WordPress.com VIP</generator>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">\n\t<channel>\n'
            + head + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_tech_bytecircuit_wpvip.rss.xml", text, items, lang="en", outlet="ByteCircuit", topic="tech",
                structure="US tech news portal (San Francisco) on WordPress VIP: double-tab indentation, CDATA titles and dc:creator (a person, 'A and B', 'Commerce Team', 'Partner Content'), '/YYYY/MM/DD/<slug>/' links, '?p=<id>' guids, UTC pubDates (newsroom -0700), short CDATA <p> descriptions with a 'summary was written by a human' AI-policy note or an affiliate-commission disclaimer, WebP media:content with media:credit, an emoji in a review title, a deals post and sponsored content, March 2026")


# ---------------------------------------------------------------- science desk: Jekyll (jekyll-feed) Atom
def helix():
    rows, items = [], []
    base = "https://science.northlightpress.example"

    def add(path, title, when, authors, summary, content, cat, exp):
        url = f"{base}/{path}.html"
        au = "".join(f"<author><name>{esc(a)}</name></author>" for a in authors)
        rows.append(f'<entry><title type="html">{esc(title)}</title><link href="{url}" rel="alternate" type="text/html" title="{esc(title)}" /><published>{when.isoformat()}</published><updated>{when.isoformat()}</updated>'
                    f'<id>{url}</id><content type="html" xml:base="{url}">{esc(content)}</content>{au}<category term="{cat}" /><summary type="html">{esc(summary)}</summary>'
                    f'<media:thumbnail xmlns:media="http://search.yahoo.com/mrss/" url="{base}/assets/img/{path.split("/")[-1]}.webp" /></entry>')
        items.append(exp(url))

    w = d(2026, 2, 24, 9, 0, 0, 0)
    add("2026/02/24/antarctic-treaty-krill-catch-limits", "Antarctic krill catch limits stall as treaty nations split over marine reserve", w, ["Ingrid Solheim"],
        "Scientists warn that fishing is concentrating near penguin colonies.",
        '<p>A special meeting of the commission that manages fishing in the Southern Ocean ended without agreement on new krill catch limits, after two member states blocked a proposed marine protected area in the Weddell Sea.</p>'
        '<p>&#8220;The science has been on the table for eight years; what is missing is the politics,&#8221; said Dr Helena Voss, a marine ecologist at the Polar Research Institute of Tromsø.</p>'
        '<p><em>Northlight Science is supported by a grant from the Arden Foundation. The foundation has no editorial input.</em></p>',
        "oceans",
        lambda k: it(k, "Antarctic krill catch limits stall as treaty nations split over marine reserve", w, ["Ingrid Solheim"], quotes=[q("Helena Voss", "Polar Research Institute of Tromsø")],
                     junk=["supported by a grant", "no editorial input"], note="International treaty negotiation on science: relevant."))
    w = d(2026, 2, 20, 14, 30, 0, 0)
    add("2026/02/20/ancient-dna-bronze-age-steppe-migration", "Ancient DNA rewrites timeline of Bronze Age steppe migration", w, ["Tomasz Wierzbicki"],
        "Genomes from 312 skeletons suggest movement two centuries earlier than thought.",
        '<p>An analysis of genomes from 312 skeletons buried between the Volga and the Danube suggests that herders from the steppe reached central Europe about two centuries earlier than previously estimated.</p>',
        "archaeology",
        lambda k: it(k, "Ancient DNA rewrites timeline of Bronze Age steppe migration", w, ["Tomasz Wierzbicki"], rel=False, note="Research finding: not relevant."))
    w = d(2026, 2, 17, 11, 0, 0, 0)
    add("2026/02/17/who-pandemic-agreement-pathogen-sharing-annex", "Countries agree pathogen-sharing annex to WHO pandemic accord", w, ["Ingrid Solheim", "Rafael Quintero"],
        "Manufacturers must reserve 20 per cent of production for the WHO in a pandemic.",
        '<p>Negotiators in Geneva have agreed the annex on pathogen access and benefit sharing, the last missing piece of the pandemic agreement adopted in 2025.</p>'
        '<p>Under the text, vaccine makers that receive samples through the system must set aside a fifth of their output for distribution by the WHO.</p>',
        "health",
        lambda k: it(k, "Countries agree pathogen-sharing annex to WHO pandemic accord", w, ["Ingrid Solheim", "Rafael Quintero"], note="International health negotiation: relevant."))
    w = d(2026, 2, 13, 16, 0, 0, 0)
    add("2026/02/13/comet-flyby-images-gallery", "In images: the comet that lit up February", w, [],
        "Readers' photographs.",
        '<p><img src="https://science.northlightpress.example/assets/img/comet-1.webp" alt="Comet over a lake"></p>',
        "space",
        lambda k: it(k, "In images: the comet that lit up February", w, [], story=False, rel=False, note="Readers' photo gallery with no author: not a story. Title label 'In images:' may be kept or dropped."))
    w = d(2026, 2, 10, 8, 0, 0, 0)
    add("2026/02/10/mouse-study-sleep-memory-replay", "Mice replay the day's routes in their sleep, faster than they ran them", w, ["Amara Okafor-Reid"],
        "A new study in hippocampal recordings.",
        '<p>Recordings from the hippocampus of sleeping mice show that the animals replay routes they learned during the day at up to twenty times the original speed.</p>'
        '<p><strong>Listen to this story</strong> (AI-narrated, 3 min)</p>',
        "neuroscience",
        lambda k: it(k, "Mice replay the day's routes in their sleep, faster than they ran them", w, ["Amara Okafor-Reid"], rel=False, junk=["Listen to this story", "AI-narrated"], note="Research: not relevant."))
    w = d(2026, 2, 5, 10, 0, 0, 0)
    add("2026/02/05/newsletter-launch-northlight-science-weekly", "Introducing Northlight Science Weekly", w, ["The Editors"],
        "Our new newsletter, every Friday.",
        '<p>Sign up for a weekly digest of the best science reporting.</p>',
        "meta",
        lambda k: it(k, "Introducing Northlight Science Weekly", w, [], story=False, rel=False, note="Newsletter launch: not a story. 'The Editors' is not a person."))
    head = (f'<generator uri="https://jekyllrb.com/" version="4.4.1">Jekyll</generator><link href="{base}/feed.xml" rel="self" type="application/atom+xml" /><link href="{base}/" rel="alternate" type="text/html" />'
            f'<updated>{d(2026, 2, 24, 9, 5, 12, 0).isoformat()}</updated><id>{base}/feed.xml</id><title type="html">Northlight Science</title><subtitle>Science news from the Northlight Press newsroom</subtitle>')
    text = '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" >' + head + "".join(rows) + "</feed>"
    return feed("en_science_northlight_jekyll.atom.xml", text, items, lang="en", outlet="Northlight Science", aliases=["Northlight Press"], topic="science", shape="atom",
                ctype="application/atom+xml; charset=utf-8",
                structure="Science desk of a Scandinavian-owned English news group built with Jekyll and jekyll-feed (/feed.xml): one line, the stray space in '<feed xmlns=… >', generator with uri and version, title type=html, entries with link title attribute, published/updated +00:00, id = URL, content type=html with xml:base BEFORE author, one <author> per person ('The Editors' on a promo), category term, summary AFTER content, per-entry media:thumbnail with an inline namespace, a funder disclaimer, an AI-narration line, a gallery and a newsletter launch, February 2026")


FEEDS = [eireann, karoo, lagostribune, prairie, bytecircuit, helix]
