# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the fifty-sixth held-out set (part 1: a US public radio network's world
feed from its story API's RSS generator, a Canadian public broadcaster's world lineup, a Miami
daily's section widget feed, a Manila daily's custom CMS). All outlets, people and quotations
are invented."""
from h56 import cd, d, esc, feed, gmt, it, ordered, q, rfc822, zone


# ---------------------------------------------------------------- US public radio network, story API RSS generator (January 2020)
def bluestem():
    rows, items = [], []
    base = "https://www.bluestemradio.example"
    media = "https://media.bluestemradio.example"

    def add(sid, slug, title, when, creator, teaser, img, alt, credit, exp, section=""):
        url = f"{base}{section}/2020/{when.month:02d}/{when.day:02d}/{sid}/{slug}"
        body = (f"<img src='{media}/assets/img/2020/{when.month:02d}/{when.day:02d}/{img}?s=600' alt='{alt}'/><p>{teaser}</p>"
                + (f"<p>(Image credit: {credit})</p>" if credit else "")
                + f"<img src='{media}/include/images/tracking/bpr-rss-pixel.png?story={sid}' />")
        cr = f"\n      <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <description>{esc(teaser)}</description>\n      <pubDate>{rfc822(when)}</pubDate>\n"
                    f"      <link>{url}</link>\n      <guid>{url}</guid>\n      <content:encoded>{cd(body)}</content:encoded>{cr}\n    </item>")
        items.append(exp(url))

    w = d(2020, 1, 12, 16, 48, 3, -5)
    t = "Grieving Families In Kyiv Demand To Read The Black Boxes Themselves"
    add(795731620, "grieving-families-in-kyiv-demand-to-read-the-black-boxes-themselves", t, w, "Lydia Harcourt",
        "Relatives of passengers killed when Iran shot down a Ukrainian airliner near Tehran gathered at Boryspil airport. \"We want the recorders opened in Kyiv, not in Tehran,\" said Oksana Melnyk, whose brother was on board.",
        "gettyimages-1191876455_wide-3c1d52.jpg", "Mourners leave flowers and candles at a memorial at Boryspil International Airport outside Kyiv on Sunday.", "Sergei Chuzavkov/AP",
        lambda k: it(k, t, w, ["Lydia Harcourt"], quotes=[q("Oksana Melnyk")], junk=["Image credit", "Sergei Chuzavkov/AP"],
                     note="The story API's RSS: channel titled only 'World' (the outlet shows in the copyright line and the domain), the teaser as <description> AND as the paragraph of content:encoded between the lead image and '(Image credit: Name/Agency)', then a tracking pixel. The quote's speaker is identified by her relation to a victim, not by a body: no affiliation. Relevant."))
    w = d(2020, 1, 19, 14, 5, 41, -5)
    t = "At Berlin Summit, Powers Pledge To Stop Arming Libya's Rivals. Few Expect It To Hold"
    add(797658014, "at-berlin-summit-powers-pledge-to-stop-arming-libyas-rivals-few-expect-it-to-hold", t, w, "Jonah Whitcomb",
        "Leaders of a dozen countries backing opposing sides in Libya's civil war signed on to an arms embargo that the U.N. first imposed in 2011. \"Every signatory has broken this promise before, and the weapons are already on the ships,\" said Tarek Bensaad, a researcher at the North Africa Policy Forum in Tunis.",
        "ap_20019557716483_wide-91ab07.jpg", "Security personnel stand outside the chancellery in Berlin, where the Libya conference took place on Sunday.", "Michael Sohn/AP",
        lambda k: it(k, t, w, ["Jonah Whitcomb"], quotes=[q("Tarek Bensaad", "North Africa Policy Forum")], junk=["Image credit", "Michael Sohn/AP"],
                     note="Title with a second sentence, as the network writes them. Relevant."))
    w = d(2020, 1, 7, 9, 31, 12, -5)
    t = "U.S. Sends More Firefighters To Australia As Blazes Threaten Towns Near Sydney"
    add(794119022, "u-s-sends-more-firefighters-to-australia-as-blazes-threaten-towns-near-sydney", t, w, "The Associated Press",
        "Another 39 firefighters from the U.S. Forest Service left for Australia on Tuesday, joining more than 100 Americans already on the fire lines in New South Wales and Victoria.",
        "ap_20007030150118_wide-0fe7aa.jpg", "A firefighting helicopter drops water on a blaze near Bodalla, New South Wales, on Sunday.", "Rick Rycroft/AP",
        lambda k: it(k, t, w, [], junk=["Image credit", "Rick Rycroft/AP"],
                     note="Wire copy: dc:creator 'The Associated Press' is not a person. Aid sent abroad by the home country's government: relevant."))
    w = d(2020, 1, 6, 18, 22, 40, -5)
    t = "Iranian Americans Say They Were Held For Hours At The Border In Washington State"
    add(793914477, "iranian-americans-say-they-were-held-for-hours-at-the-border-in-washington-state", t, w, "Nathaniel Okafor and Priya Raman",
        "Dozens of travelers of Iranian descent, many of them U.S. citizens, say Customs and Border Protection officers at the Blaine crossing questioned them late into the night. \"They asked my father what he thought of the Iranian government,\" said Dariush Kamali, a dentist from Bellevue.",
        "gettyimages-1184231901_wide-5dd2e0.jpg", "Cars wait to cross into the United States at the Peace Arch border crossing in Blaine, Wash.", "Elaine Thompson/AP",
        lambda k: it(k, t, w, ["Nathaniel Okafor", "Priya Raman"], rel=False, quotes=[q("Dariush Kamali")], junk=["Image credit", "Elaine Thompson/AP"],
                     note="One dc:creator 'Name and Name' holding two reporters. Looks foreign but is home news: US border officers and US citizens in Washington State, the foreign tension only as background (not relevant). 'a dentist from Bellevue' is not a body: no affiliation."))
    w = d(2020, 1, 10, 17, 0, 0, -5)
    t = "Bluestem Daily: What Happens Now Between Washington And Tehran"
    add(795270303, "bluestem-daily-what-happens-now-between-washington-and-tehran", t, w, "",
        "After a week that brought the two countries to the edge of war, our correspondents on what each side wants now. Listen to Bluestem Daily wherever you get your podcasts.",
        "bluestem-daily_wide-aa02f1.png", "Bluestem Daily logo", "",
        lambda k: it(k, t, w, [], story=False, rel=False, junk=["wherever you get your podcasts"],
                     note="Daily news podcast episode filed into the World section, no dc:creator: a non-story."), section="/podcasts/510355")
    w = d(2020, 1, 25, 11, 15, 0, -5)
    t = "Photos: Lanterns, Dumplings And Face Masks As The Year Of The Rat Begins"
    add(799251760, "photos-lanterns-dumplings-and-face-masks-as-the-year-of-the-rat-begins", t, w, "Bluestem Staff",
        "From Beijing to Jakarta to San Francisco, scenes from Lunar New Year celebrations muted in places by the new coronavirus.",
        "gettyimages-1196147263_wide-77e1c3.jpg", "Visitors at a temple fair in Beijing on Saturday.", "Kevin Frayer/Getty Images",
        lambda k: it(k, t, w, [], story=False, rel=False, junk=["Image credit"],
                     note="Photo gallery ('Photos:'), credited to 'Bluestem Staff' (not a person): a non-story."), section="/sections/pictureshow")
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:npr="https://www.bluestemradio.example/rss/" xmlns:nprml="https://api.bluestemradio.example/nprml" '
            'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">\n  <channel>\n'
            f"    <title>World</title>\n    <link>{base}/sections/world/</link>\n"
            "    <description>Bluestem world news, international art and culture, world business and financial markets, the economy, and global trends in health, science and technology. Subscribe to the Bluestem World Story of the Day RSS feed.</description>\n"
            "    <language>en</language>\n    <copyright>Copyright 2020 Bluestem Public Radio - For Personal Use Only</copyright>\n    <generator>BPR API RSS Generator 0.94</generator>\n"
            f"    <lastBuildDate>{rfc822(d(2020, 1, 25, 11, 20, 0, -5))}</lastBuildDate>\n    <image>\n      <url>{media}/images/podcasts/primary/bpr_generic_image_300.jpg?s=200</url>\n      <title>World</title>\n      <link>{base}/sections/world/</link>\n    </image>\n")
    text = head + "\n".join(rows) + "\n  </channel>\n</rss>\n"
    return feed("en_us_bluestemradio_world_storyapi.rss.xml", text, items, lang="en", outlet="Bluestem Public Radio",
                structure="US public radio network's World section feed from its story API's RSS generator (/1004/rss.xml style), January 2020: npr-style, nprml, itunes, content and dc namespaces, channel titled only 'World' with the brand only in the description and copyright ('Copyright 2020 Bluestem Public Radio - For Personal Use Only'), <generator>BPR API RSS Generator 0.94</generator>, language 'en'; items in the API's order title, description, pubDate (-0500), link, guid (the link, no isPermaLink), content:encoded, dc:creator; title-case headlines; the teaser repeated inside content:encoded between the lead image (single-quoted attributes) and '(Image credit: Name/Agency)', then a 1x1 tracking pixel; dc:creator a reporter, 'Name and Name', the wire or a staff credit, absent on a podcast; a podcast episode and a photo gallery filed into World",
                notes="Relevance from the United States. Teasers use straight quotation marks (escaped as &quot; in <description>, raw in the CDATA content).")


# ---------------------------------------------------------------- Canadian public broadcaster, world lineup (May 2020)
def cnb():
    rows, items = [], []
    base = "https://www.cnb.example"

    def add(cid, slug, title, when, author, typ, caption, teaser, exp, section="news/world"):
        url = f"{base}/{section}/{slug}-{cid}?cmp=rss"
        au = f"<author>{esc(author)}</author>\n" if author else ""
        desc = (f" <img src='https://i.cnb.example/{cid}.1589{when.day:02d}0000!/fileImage/httpImage/image.jpg_gen/derivatives/16x9_460/{slug[:24]}.jpg' alt='{caption}' width='460' title='{caption}'  height='259' />"
                f"                <p>{teaser}</p>")
        rows.append(f'<item cnb:type="{typ}" cnb:deptid="2.640" cnb:syndicate="true">\n<title><![CDATA[{title}]]></title>\n<link>{url}</link>\n<guid isPermaLink="false">{cid}</guid>\n'
                    f"<pubDate>{zone(when, 'EDT')}</pubDate>\n{au}<category>{'News/World' if typ == 'story' else 'News/World/Video'}</category>\n<description>{cd(desc)}</description>\n</item>")
        items.append(exp(cid))

    w = d(2020, 5, 28, 11, 6, 22, -4)
    t = "Canada joins U.K., Australia in condemning China's national security law for Hong Kong"
    add("1.5588417", "hong-kong-security-law-canada-statement", t, w, "Margaux Lévesque", "story",
        "Protesters march in the Causeway Bay district of Hong Kong on May 24.",
        "Canada, the United Kingdom and Australia said in a joint statement Thursday that Beijing's plan to impose a national security law on Hong Kong breaches its international obligations. &quot;Ottawa has very few levers left, and a joint statement is the cheapest one,&quot; said Lindsay Tremblay, a senior fellow at the Bytown Centre for Asia-Pacific Studies.",
        lambda k: it(k, t, w, ["Margaux Lévesque"], quotes=[q("Lindsay Tremblay", "Bytown Centre for Asia-Pacific Studies")],
                     note="The broadcaster's lineup RSS: 'cnb:type', 'cnb:deptid' and 'cnb:syndicate' as attributes on <item>, CDATA title, '?cmp=rss' links, '1.<id>' content ids as guids, pubDate with the zone abbreviation 'EDT', <author> holding a plain name, description = an <img> with the caption in alt and title, a run of spaces and the teaser. The home country's joint statement: relevant."))
    w = d(2020, 5, 19, 15, 42, 9, -4)
    t = "Canada-U.S. border to stay closed to non-essential travel until June 21"
    add("1.5575902", "canada-us-border-closure-extended-june", t, w, "Alex Brisebois", "story",
        "A sign at the Stanstead, Que., crossing on the Canada-U.S. border.",
        "The closure of the Canada-U.S. border to non-essential travel has been extended by another 30 days. Gail Brunet, the mayor of Stanstead, Que., said the town is split down the middle: &quot;We are a two-country town with one library and one main street, and half of it is shut.&quot;",
        lambda k: it(k, t, w, ["Alex Brisebois"], quotes=[q("Gail Brunet", "mayor of Stanstead")],
                     note="Bilateral arrangement with the US: relevant. The affiliation is the role as the text gives it ('the mayor of Stanstead, Que.')."))
    w = d(2020, 5, 22, 7, 55, 0, -4)
    t = "Brazil's coronavirus deaths pass 20,000 as hospitals in Manaus and Belém run out of beds"
    add("1.5580077", "brazil-coronavirus-deaths-20000", t, w, "Thomson Reuters", "story",
        "Gravediggers work at a cemetery in Manaus, Brazil.",
        "Brazil recorded more than 1,000 deaths from COVID-19 for a third straight day, bringing its official toll past 20,000.",
        lambda k: it(k, t, w, [], note="Wire copy: <author>Thomson Reuters</author> is an agency, not a person. World news: relevant."))
    w = d(2020, 5, 14, 6, 0, 0, -4)
    t = "Coronavirus: What's happening around the world on May 14"
    add("1.5568790", "coronavirus-world-may14-1", t, w, "CNB News", "story",
        "A health worker takes a swab at a testing site in Moscow.",
        "The latest: Russia's reported cases pass 250,000; the WHO warns the virus &quot;may never go away&quot;; Germany begins to ease border controls with Austria, France and Switzerland.",
        lambda k: it(k, t, w, [], story=False, rel=False, note="Dated daily round-up of the day's pandemic items from abroad ('What's happening around the world on May 14', 'The latest: …; …; …'), credited to the brand: a briefing digest, which the product rules store but never post (label audit: was a relevant story). The WHO phrase is a fragment without a named speaker: no quote."))
    w = d(2020, 5, 26, 20, 14, 51, -4)
    t = "Chinese-Canadian groups in Vancouver say reports of racist harassment have tripled"
    add("1.5586043", "vancouver-chinese-canadian-groups-racism-reports", t, w, "Jenna Kwok", "story",
        "Volunteers hand out masks in Chinatown in Vancouver.",
        "Community organizations in Vancouver say they have logged three times as many reports of harassment since March as in all of last year. &quot;People are afraid to take the bus,&quot; said Howard Leung of the Chinatown Merchants Society.",
        lambda k: it(k, t, w, ["Jenna Kwok"], rel=False, quotes=[q("Howard Leung", "Chinatown Merchants Society")],
                     note="Filed under world, but home news: a Canadian city's community, the pandemic's origin abroad only as background (not relevant).", ), section="news/canada/british-columbia")
    w = d(2020, 5, 30, 13, 20, 0, -4)
    t = "Protesters and police clash for a fifth night in Minneapolis"
    add("1.5591207", "minneapolis-protests-video", t, w, "", "video",
        "Protesters in Minneapolis on Friday night.",
        "Watch as protesters and police face off outside the city's 3rd Precinct police station.",
        lambda k: it(k, t, w, [], story=False, rel=False,
                     note="cnb:type='video', category 'News/World/Video', no author: a video clip, a non-story."), section="news/world/video")
    rows, items = ordered(rows, items)
    head = ("<?xml version='1.0' encoding='UTF-8'?>\n<rss xmlns:cnb=\"https://www.cnb.example/rss/cnb\" version=\"2.0\">\n<channel>\n<title>CNB | World News</title>\n"
            f"<link>{base}/news/world/?cmp=rss</link>\n<description>FOR PERSONAL USE ONLY</description>\n<language>en-ca</language>\n"
            f"<lastBuildDate>{zone(d(2020, 5, 30, 13, 25, 0, -4), 'EDT')}</lastBuildDate>\n<copyright>Copyright: (C) Canadian Northern Broadcasting, {base}/aboutcnb/discover/termsofuse.html#Rss</copyright>\n"
            f"<docs>{base}/rss/</docs>\n<image>\n<title>CNB | World News</title>\n<url>{base}/rss/image/cnbnews.gif</url>\n<link>{base}/news/?cmp=rss</link>\n</image>\n")
    text = head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("en_ca_cnbnews_world_lineup.rss.xml", text, items, lang="en", outlet="CNB News", aliases=["CNB", "Canadian Northern Broadcasting"],
                structure="Canadian public broadcaster's world lineup RSS (/lineup/world.xml style), May 2020: single-quoted prolog, a custom namespace whose type/deptid/syndicate flags are attributes on <item>, channel 'CNB | World News' with description 'FOR PERSONAL USE ONLY', en-ca, copyright line with the corporation's name and a terms URL, <docs>, no indentation; items with CDATA titles, '?cmp=rss' links, non-permalink '1.<7 digits>' content ids, pubDates with the zone abbreviation 'EDT', <author> holding a reporter, the wire ('Thomson Reuters') or the brand, or absent, <category> 'News/World', CDATA descriptions made of an <img> (caption in alt and title, double space before height) and a teaser paragraph; a pandemic round-up, a home story filed under world and a video",
                notes="Relevance from Canada. The brand 'CNB News' is the outlet; the corporation 'Canadian Northern Broadcasting' in the copyright is also acceptable.")


# ---------------------------------------------------------------- Miami daily, section widget RSS (March 2021)
def biscayne():
    rows, items = [], []
    base = "https://www.biscaynesentinel.example"

    def add(aid, path, title, when, creator, desc, img, credit, exp):
        url = f"{base}/{path}/article{aid}.html"
        cr = f"      <dc:creator>{esc(creator)}</dc:creator>\n" if creator else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"true\">{url}</guid>\n      <description>{cd(desc)}</description>\n"
                    f"      <pubDate>{gmt(when)}</pubDate>\n{cr}"
                    f"      <media:content url=\"{base}/latest-news/ahsgfn/picture{aid + 17}/alternates/LANDSCAPE_1140/{img}\" medium=\"image\" type=\"image/jpeg\">\n        <media:credit>{esc(credit)}</media:credit>\n      </media:content>\n    </item>")
        items.append(exp(url))

    w = d(2021, 3, 1, 19, 40, 0, -5)
    t = "Haiti’s opposition vows more marches as dispute over president’s term drags on"
    add(249622101, "news/nation-world/world/americas/haiti", t, w, "Jacqueline Dorval",
        "<p>PORT-AU-PRINCE, Haiti —</p><p>Thousands marched through the capital for a third straight Sunday, demanding that the president step down on the date the opposition says his term ended.</p><p>“The constitution is not a calendar you can move when it suits you,” said Rénald Augustin, a human rights lawyer who joined the march in Pétion-Ville.</p>",
        "haiti-protest.jpg", "Dieu Nalio Chery AP",
        lambda k: it(k, t, w, ["Jacqueline Dorval"], quotes=[q("Rénald Augustin")], junk=["Dieu Nalio Chery"],
                     note="The section widget's RSS: the dateline stands alone as the first paragraph ('PORT-AU-PRINCE, Haiti —'), curly quotes, media:content with a media:credit 'Name AP' (no slash). A head of state only as the setting. 'a human rights lawyer' is not a body: no affiliation. Relevant."))
    w = d(2021, 3, 5, 16, 2, 0, -5)
    t = "Two months after Cuba unified its currencies, prices are up and shelves are empty"
    add(249741855, "news/nation-world/world/americas/cuba", t, w, "Alba Ferrer Quintana and Tomás Reyes",
        "<p>HAVANA —</p><p>The end of Cuba’s dual currency system in January was supposed to simplify the economy. Instead, state salaries have quadrupled, prices have risen faster and lines outside dollar stores have grown.</p><p>“We earn more pesos and buy less food,” said Yanelis Cabrera, a retired schoolteacher in Centro Habana.</p>",
        "cuba-market.jpg", "Ramon Espinosa AP",
        lambda k: it(k, t, w, ["Alba Ferrer Quintana", "Tomás Reyes"], quotes=[q("Yanelis Cabrera")], junk=["Ramon Espinosa"],
                     note="Two reporters in one dc:creator joined by 'and'; one has a double surname. Relevant."))
    w = d(2021, 3, 21, 12, 30, 0, -4)
    t = "Miami Beach extends spring break curfew and closes causeway lanes after weekend of chaos"
    add(250120733, "news/local/community/miami-dade/miami-beach", t, w, "Daniel Arroyo",
        "<p>Miami Beach commissioners voted Sunday to keep an 8 p.m. curfew in the South Beach entertainment district for at least three more days.</p><p>“We cannot be the place where everyone comes to do whatever they cannot do at home,” Mayor Harold Stein said at an emergency meeting.</p>",
        "miami-beach-curfew.jpg", "Pedro Portal pportal@biscaynesentinel.example",
        lambda k: it(k, t, w, ["Daniel Arroyo"], rel=False, quotes=[q("Harold Stein", "Mayor")], junk=["pportal@"],
                     note="City news that the widget pulled into the world feed: not relevant. Staff photo credit with the photographer's e-mail. 'Mayor Harold Stein': the role as the text gives it."))
    w = d(2021, 3, 9, 18, 15, 0, -5)
    t = "‘We can finally breathe’: In Doral, Venezuelans celebrate temporary protected status"
    add(249835310, "news/local/immigration", t, w, "Carlos Fermín Urdaneta",
        "<p>Outside a Venezuelan bakery in Doral, people hugged and waved flags on Monday night after the federal government granted Temporary Protected Status to an estimated 320,000 Venezuelans living in the United States.</p><p>“I have been waiting seven years to be able to work without fear,” said Mariela Quintero, who arrived from Maracaibo in 2014.</p>",
        "doral-tps.jpg", "Matias J. Ocner mocner@biscaynesentinel.example",
        lambda k: it(k, t, w, ["Carlos Fermín Urdaneta"], rel=False, quotes=[q("Mariela Quintero")], junk=["mocner@"],
                     note="Looks foreign (Venezuela, flags) but is home news: a US immigration decision told through a local exile community (not relevant). The title begins with a quotation in curly single quotes, which is part of the title."))
    w = d(2021, 3, 14, 10, 5, 0, -4)
    t = "Myanmar security forces kill dozens as protesters defy martial law in Yangon"
    add(249990412, "news/nation-world/world", t, w, "Associated Press",
        "<p>YANGON, Myanmar —</p><p>Security forces shot dead at least 38 people on Sunday, a rights group said, in the deadliest day since last month’s coup. The junta declared martial law in two townships of the country’s largest city.</p>",
        "myanmar-protest.jpg", "AP",
        lambda k: it(k, t, w, [], note="Wire story: dc:creator 'Associated Press' is not a person. Relevant."))
    w = d(2021, 3, 18, 21, 45, 0, -4)
    t = "WATCH: Drone video shows migrants landing on Key Largo beach"
    add(250063977, "news/local/article-video", t, w, "",
        "<p>Video shot by a resident shows a crowded boat landing at a beach in Key Largo on Thursday afternoon.</p><p>Video by Sentinel Staff</p>",
        "key-largo-landing.jpg", "Courtesy of a resident",
        lambda k: it(k, t, w, [], story=False, rel=False, junk=["Video by Sentinel Staff"],
                     note="Video page ('WATCH:'), no dc:creator: a non-story."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n'
            f"    <title>World | Biscayne Sentinel</title>\n    <link>{base}/news/nation-world/world/</link>\n    <description>World news from the Biscayne Sentinel</description>\n"
            f'    <atom:link href="{base}/news/nation-world/world/?widgetName=rssfeed&amp;widgetContentId=712015&amp;getXmlFeed=true" rel="self" type="application/rss+xml"/>\n'
            f"    <language>en-us</language>\n    <lastBuildDate>{rfc822(d(2021, 3, 22, 1, 0, 0, 0), gmt=True)}</lastBuildDate>\n")
    text = head + "\n".join(rows) + "\n  </channel>\n</rss>\n"
    return feed("en_us_biscaynesentinel_world_widget.rss.xml", text, items, lang="en", outlet="Biscayne Sentinel",
                structure="Miami daily's world section from its CMS's section-widget RSS ('?widgetName=rssfeed&widgetContentId=<n>&getXmlFeed=true' self link), March 2021: channel 'World | Brand', en-us, GMT pubDates (newsroom -0500/-0400 across the DST change), '/<section path>/article<9 digits>.html' links repeated as permalink guids, CDATA descriptions whose first paragraph is the bare dateline ('HAVANA —'), curly quotes, dc:creator with one reporter, 'Name and Name', the wire or absent, media:content with media:credit 'Name AP' or a staff photographer's name plus e-mail; city news and an exile-community story pulled into World, a drone video",
                notes="Relevance from the United States (Miami).")


# ---------------------------------------------------------------- Manila daily, custom CMS (July 2021)
def binondo():
    rows, items = [], []
    base = "https://www.binondostar.example"

    def add(aid, sect, slug, title, when, author, desc, exp):
        url = f"{base}/{sect}/2021/{when.month:02d}/{when.day:02d}/{aid}/{slug}"
        au = f"\t\t\t<author>{esc(author)}</author>\n" if author is not None else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<description>{esc(desc)}</description>\n{au}"
                    f"\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t\t<guid>{url}</guid>\n\t\t</item>")
        items.append(exp(url))

    img = '<img src="https://media.binondostar.example/photos/2021/{n}.jpg" width="480" height="270" align="left" /> '
    w = d(2021, 7, 12, 14, 20, 0, 8)
    t = "Five years after Hague ruling, fishermen say Chinese ships still drive them from Scarborough"
    add(2111802, "headlines", "five-years-after-hague-ruling-fishermen-say-chinese-ships-still-drive-them-scarborough", t, w, "Ramon C. Villaseñor - The Binondo Star",
        img.format(n="scarborough-fishermen") + "MANILA, Philippines — Five years after an arbitral tribunal in The Hague rejected China’s sweeping claims in the South China Sea, fishermen from Zambales say Chinese coast guard vessels still chase them from the shoal. “The award is on paper. At sea, the bigger ship wins,” said Teresita Abad-Manalo, a fellow at the Manila Institute for Maritime Affairs.",
        lambda k: it(k, t, w, ["Ramon C. Villaseñor"], quotes=[q("Teresita Abad-Manalo", "Manila Institute for Maritime Affairs")], junk=["The Binondo Star"],
                     note="The custom CMS's <author> joins the reporter and the paper with ' - ' ('Name - The Binondo Star'): the author is the person; the middle initial 'C.' is part of the name as written. Escaped HTML description with a left-aligned image and the 'MANILA, Philippines —' dateline. Relevant."))
    w = d(2021, 7, 27, 9, 5, 0, 8)
    t = "Saudi Arabia lifts entry ban on OFWs from the Philippines starting Aug. 1"
    add(2115537, "headlines", "saudi-arabia-lifts-entry-ban-ofws-philippines", t, w, "Janine Dela Rosa - BinondoStar.com",
        img.format(n="ofw-naia") + "Saudi Arabia will again allow overseas Filipino workers with valid residence permits to enter the kingdom from August 1, the labor attaché in Riyadh said Tuesday. “We expect around 20,000 of our workers to fly back in the first month,” said Labor Attaché Rodolfo Catacutan of the Philippine Overseas Labor Office in Riyadh.",
        lambda k: it(k, t, w, ["Janine Dela Rosa"], quotes=[q("Rodolfo Catacutan", "Philippine Overseas Labor Office")], junk=["BinondoStar.com"],
                     note="'Name - BinondoStar.com' in <author>: the person is the author, the web brand is not. Labour diplomacy with a foreign government: relevant. 'Labor Attaché' is a title before the name."))
    w = d(2021, 7, 12, 20, 45, 0, 8)
    t = "Cubans stage rare protests over shortages and blackouts"
    add(2111911, "world", "cubans-stage-rare-protests-over-shortages-and-blackouts", t, w, "Agence France-Presse",
        img.format(n="cuba-protest") + "HAVANA — Thousands of Cubans took to the streets in several cities on Sunday chanting “Freedom” and protesting shortages of food and medicine, in the biggest anti-government demonstrations in decades.",
        lambda k: it(k, t, w, [], note="Agency copy with <author>Agence France-Presse</author>: not a person. 'Freedom' is a chant, not a quote with a speaker. Relevant."))
    w = d(2021, 7, 25, 22, 10, 0, 8)
    t = "Dizon lifts 96 kg, ends PH’s century-long wait for Olympic gold"
    add(2115012, "sports", "dizon-ends-ph-century-long-wait-olympic-gold", t, w, "Joaquin M. Henson",
        img.format(n="dizon-gold") + "TOKYO — Weightlifter Carmelita Dizon lifted 127 kilograms in the clean and jerk to win the women’s 55-kg division and the country’s first Olympic gold medal. “This is for every Filipino who trained in a backyard gym,” Dizon said.",
        lambda k: it(k, t, w, ["Joaquin M. Henson"], rel=False, quotes=[q("Carmelita Dizon")],
                     note="Sport abroad by a home athlete: the dateline is foreign, the story is home sport (not relevant). Plain <author> name with initial."))
    w = d(2021, 7, 30, 18, 0, 0, 8)
    t = "Metro Manila back to ECQ from Aug. 6 to 20 as Delta cases climb"
    add(2116400, "nation", "metro-manila-ecq-august-6-20-delta", t, w, "",
        img.format(n="ecq-checkpoint") + "Metro Manila will be placed under enhanced community quarantine, the strictest lockdown level, from August 6 to 20, Malacañang announced Friday, as cases of the Delta variant rose in the capital region.",
        lambda k: it(k, t, w, [], rel=False, note="Home news with an EMPTY <author></author> element. Not relevant."))
    w = d(2021, 7, 19, 17, 30, 0, 8)
    t = "VIDEO: Floodwaters rise in Marikina as Habagat rains continue"
    add(2113660, "multimedia", "video-floodwaters-rise-marikina-habagat", t, w, "BinondoStar.com",
        img.format(n="marikina-flood") + "Watch: Residents of Marikina wade through knee-deep water as the southwest monsoon brings heavy rains to Metro Manila.",
        lambda k: it(k, t, w, [], story=False, rel=False, note="Video item (title label 'VIDEO:', multimedia section): a non-story."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n\t<channel>\n\t\t<title>The Binondo Star - World</title>\n'
            f"\t\t<link>{base}/world</link>\n\t\t<description>The Binondo Star - World News</description>\n\t\t<language>en-us</language>\n"
            f"\t\t<copyright>Copyright {2021} Binondo Star Publishing Corp. All rights reserved.</copyright>\n\t\t<lastBuildDate>{rfc822(d(2021, 7, 30, 18, 5, 0, 8))}</lastBuildDate>\n")
    text = head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("en_ph_binondostar_world_custom.rss.xml", text, items, lang="en", outlet="The Binondo Star",
                structure="Manila daily's 'World' feed from its custom PHP CMS, July 2021: no namespaces, tab indentation, channel 'The Binondo Star - World', language en-us (the home country shows through 'MANILA, Philippines —', OFWs, Malacañang), copyright of the 'Publishing Corp.', items title, link, escaped HTML description, author, pubDate (+0800), guid (= link, no attribute); descriptions begin with a left-aligned <img> and carry the dateline; <author> holds 'Name - The Binondo Star', 'Name - BinondoStar.com', a plain name, the agency, the web brand or is EMPTY; the world feed also carries home sport, a lockdown notice and a video",
                notes="Relevance from the Philippines.")


FEEDS = [bluestem, cnb, biscayne, binondo]
