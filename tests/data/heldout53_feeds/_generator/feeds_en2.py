# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English world desks of the fifty-third held-out set, part two: an Australian public
broadcaster (2024), a Canadian national daily on Newspack (2022), a Bangladeshi daily on Drupal 9
(2023), a UAE daily on Sitefinity (2020) and a Nigerian daily on WordPress 5.2 with Yoast (2019).
All outlets, people and quotations are invented."""
from datetime import UTC

from h53 import cd, d, esc, feed, it, ordered, q, rfc822, wpt


# ---------------------------------------------------------------- Australian public broadcaster, in-house Java CMS, January 2024
def abs_news():
    rows, items = [], []
    base = "https://www.absnews.example"

    def add(nid, slug, title, when, creator, cats, desc, exp, video=False):
        url = f"{base}/news/{when.strftime('%Y-%m-%d')}/{slug}/{nid}"
        cts = "".join(f"<category>{esc(c)}</category>" for c in cats)
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        img = f"https://live-production.cms.absnews.example/{nid:x}"
        mg = (f'<media:group><media:content url="{img}?impolicy=cms_crop_resize&amp;cropH=2813&amp;cropW=5000&amp;width=1200&amp;height=675" medium="image" type="image/jpeg" width="1200" height="675"/>'
              f'<media:content url="{img}?impolicy=cms_crop_resize&amp;cropH=2813&amp;cropW=5000&amp;width=862&amp;height=485" medium="image" type="image/jpeg" width="862" height="485"/></media:group>'
              f'<media:thumbnail url="{img}?impolicy=cms_crop_resize&amp;cropH=2813&amp;cropW=5000&amp;width=862&amp;height=485" width="862" height="485"/>')
        if video:
            mg += f'<media:content url="https://mediacore.absnews.example/video/{nid}.mp4" medium="video" type="video/mp4" duration="94"/>'
        rows.append(f"\n    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{cd(desc)}</description>\n      <pubDate>{rfc822(when)}</pubDate>\n"
                    f'      <guid isPermaLink="false">{url}</guid>\n      {cr}{cts}{mg}\n    </item>')
        items.append(exp(url))

    w = d(2024, 1, 15, 21, 4, 17, 11)
    add(103323410, "nauru-cuts-diplomatic-ties-taiwan-switches-to-china", "Nauru cuts ties with Taiwan and switches diplomatic recognition to Beijing", w,
        "Pacific affairs reporter Lice Tamani", ["Nauru", "Taiwan", "China", "Pacific", "Foreign Affairs"],
        "Nauru says it will no longer recognise Taiwan as a separate country, two days after Taiwan's election, leaving Taipei with 12 diplomatic allies. Canberra says it was not consulted.",
        lambda k: it(k, "Nauru cuts ties with Taiwan and switches diplomatic recognition to Beijing", w, ["Lice Tamani"],
                     note="dc:creator with the job title in front of the name ('Pacific affairs reporter Name'): the person is 'Lice Tamani'. Relevant."))
    w = d(2024, 1, 12, 18, 30, 0, 11)
    add(103312208, "australia-supports-us-uk-strikes-houthis-red-sea", "Australian personnel support US and UK strikes on Houthi targets in Yemen", w,
        "Defence correspondent Mark Fennessy and Claire Odhiambo", ["Yemen", "Defence Forces", "Foreign Affairs", "Middle East"],
        "The Defence Minister confirms a small number of Australian Defence Force personnel helped plan the overnight strikes. \"This is about freedom of navigation,\" says Dr Ellen Mortlake from the Lowland Institute for Strategic Policy.",
        lambda k: it(k, "Australian personnel support US and UK strikes on Houthi targets in Yemen", w, ["Mark Fennessy", "Claire Odhiambo"],
                     quotes=[q("Ellen Mortlake", "Lowland Institute for Strategic Policy")],
                     note="Two people in dc:creator, the first with a job title in front. Home country's military role abroad: relevant."))
    w = d(2024, 1, 13, 22, 15, 0, 11)
    add(103316950, "taiwan-election-live-results", "Live: Taiwan votes in presidential election watched closely by Beijing and Washington", w,
        "", ["Taiwan", "Elections", "China"],
        "Follow our live coverage as Taiwan's votes are counted.",
        lambda k: it(k, "Live: Taiwan votes in presidential election watched closely by Beijing and Washington", w, [], story=False, rel=False,
                     note="Live blog ('Live:' title): not a story."))
    w = d(2024, 1, 20, 13, 40, 0, 11)
    add(103339771, "japan-slim-moon-lander-touches-down", "Japan becomes fifth country to land on the Moon, but its lander's solar cells are not working", w,
        "Science reporter Gemma Holroyd", ["Space Exploration", "Japan", "Science"],
        "Japan's SLIM probe has touched down on the lunar surface, making Japan the fifth nation to do so, but the space agency says the lander may only have hours of battery power left.",
        lambda k: it(k, "Japan becomes fifth country to land on the Moon, but its lander's solar cells are not working", w, ["Gemma Holroyd"], rel=False,
                     note="Space science abroad: a story, not relevant."))
    w = d(2024, 1, 18, 9, 12, 0, 11)
    add(103331024, "video-indonesia-election-debate-highlights", "Indonesia's presidential hopefuls clash over defence spending in final debate", w,
        "", ["Indonesia", "Elections"],
        "Watch highlights of the debate.",
        lambda k: it(k, "Indonesia's presidential hopefuls clash over defence spending in final debate", w, [], story=False, rel=False,
                     note="A video clip (media:content medium=video, 'video-' slug, the description is 'Watch highlights'): not a written report, not a story."), video=True)
    w = d(2024, 1, 17, 16, 55, 0, 11)
    add(103328300, "png-unrest-australians-told-avoid-port-moresby", "Australians in PNG told to shelter in place after deadly riots in Port Moresby", w,
        "Pacific bureau chief Ruby Tevita with wires", ["Papua New Guinea", "Foreign Affairs", "Pacific"],
        "DFAT has updated its travel advice after looting and fires in the capital killed at least 15 people. \"We are in close contact with the PNG government,\" a spokesperson for the Department of Foreign Affairs and Trade said.",
        lambda k: it(k, "Australians in PNG told to shelter in place after deadly riots in Port Moresby", w, ["Ruby Tevita"],
                     quotes=[q("a spokesperson for the Department of Foreign Affairs and Trade")],
                     note="'with wires' is not a person. The spokesperson is not named: the speaker is the role the text gives, with no affiliation cut out of it (root README). Unrest in a neighbouring state and the home government's response: relevant. The pubDate carries +1100 (AEDT)."))
    rows, items = ordered(rows, items)
    head = (f"\n    <title>World - ABS News</title>\n    <link>{base}/news/world</link>\n    <description>The latest world news from ABS News, the Austral Broadcasting Service.</description>\n"
            f"    <language>en-AU</language>\n    <copyright>Copyright 2024, Austral Broadcasting Service. All rights reserved.</copyright>\n    <lastBuildDate>{rfc822(d(2024, 1, 20, 13, 45, 2, 11))}</lastBuildDate>\n"
            f'    <atom:link href="{base}/news/feed/2942460/rss.xml" rel="self" type="application/rss+xml"/>\n'
            f"    <image>\n      <url>{base}/res/abs/logos/abs-news-rss.png</url>\n      <title>World - ABS News</title>\n      <link>{base}/news/world</link>\n    </image>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">\n  <channel>'
            + head + "".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_au_absnews_world_javacms_2024.rss.xml", text, items, lang="en", outlet="ABS News", aliases=["Austral Broadcasting Service", "ABS"],
                ctype="application/rss+xml;charset=UTF-8",
                structure="Australian public broadcaster's numbered section feed (/news/feed/<id>/rss.xml) from its in-house Java CMS (January 2024): channel 'World - ABS News', en-AU, copyright of the broadcasting service, atom self link and image, items with escaped titles, CDATA plain-text descriptions of one or two sentences (sometimes with a quotation), +1100 (AEDT) pubDates, non-permalink guids equal to the link, '/news/YYYY-MM-DD/<slug>/<id>' links, dc:creator with the job title IN FRONT of the name ('Pacific affairs reporter Name', 'Defence correspondent A and B', 'bureau chief Name with wires') or absent, several plain <category> tags, media:group with two renditions plus media:thumbnail, a live blog and a video clip with a medium=video media:content")


# ---------------------------------------------------------------- Canadian national daily on Newspack (WordPress 6.0 + Co-Authors Plus), October 2022
def dominion():
    rows, items = [], []
    base = "https://dominionmail.example"

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp, img=None):
        url = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        media = (f'\n\t\t<media:content url="{base}/wp-content/uploads/2022/10/{img[0]}?w=1200" medium="image">\n\t\t\t<media:title type="html">{esc(img[1])}</media:title>\n\t\t</media:content>') if img else ""
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{rfc822(when.astimezone(UTC))}</pubDate>{cts}\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
                    f"\t\t\t\t\t\n\t\t\n\t\t{media}\n\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    nl = ('\n<div class="wp-block-newspack-newsletters-subscribe newspack-newsletters-subscribe"><p class="newspack-newsletters-subscribe__label">Get The World Brief, our free weekly newsletter on Canada in the world.</p>'
          '<form><input type="email" name="npe" placeholder="Email address"/><input type="submit" value="Sign up"/></form></div>')
    w = d(2022, 10, 3, 22, 41, 0, -4)
    add(48211, "canada-sanctions-iran-officials-morality-police", "Canada sanctions Iran’s morality police and 25 officials over crackdown on protests", w,
        "Marc-Antoine Bélanger and Priya Sandhu", ["Canada in the World", "Iran", "Politics"],
        "Ottawa says the measures target those responsible for the violent response to weeks of protests.",
        '<p>OTTAWA — Canada imposed sanctions on Monday on Iran&#8217;s morality police and 25 senior officials, saying they were responsible for the violent response to protests that have spread across the country.</p>\n'
        '<p>The foreign affairs minister told reporters that further measures would follow &#8220;in the coming days&#8221;.</p>\n'
        '<p>&#8220;Canadians of Iranian origin have been asking for this for years,&#8221; said Shirin Nowrouzi, president of the Iranian Canadian Civic Council in Toronto. &#8220;It is a start, not an answer.&#8221;</p>\n'
        '<figure class="wp-block-pullquote"><blockquote><p>It is a start, not an answer.</p><cite>Shirin Nowrouzi</cite></blockquote></figure>' + nl,
        lambda k: it(k, "Canada sanctions Iran's morality police and 25 officials over crackdown on protests", w, ["Marc-Antoine Bélanger", "Priya Sandhu"],
                     junk=["Get The World Brief", "Sign up"], quotes=[q("Shirin Nowrouzi", "Iranian Canadian Civic Council")],
                     note="Co-Authors Plus writes both names in ONE dc:creator ('A and B'). The pull quote repeats a sentence of the body. Home foreign policy: relevant."),
        ("sanctions.jpg", "Protesters outside Parliament Hill in Ottawa. Photo by Dana Whitfield / The Dominion Mail"))
    w = d(2022, 10, 12, 19, 5, 0, -4)
    add(48530, "haiti-foreign-force-canada-role", "Haiti asks for foreign troops as Ottawa weighs leading a mission", w,
        "Élise Tremblay", ["Canada in the World", "Haiti"],
        "The UN secretary-general has proposed a rapid-action force. Canada and the U.S. have not committed troops.",
        '<p>Haiti&#8217;s government has formally asked for an international armed force to help free a fuel terminal blockaded by gangs, and Washington has suggested that Canada could lead it.</p>\n'
        '<h3>What Ottawa is weighing</h3>\n<p>Officials say a Canadian-led mission would need a UN Security Council mandate and partners in the Caribbean.</p>\n'
        '<p>&#8220;Every foreign intervention in Haiti has left something worse behind,&#8221; said Jean-Robert Pierre-Louis, a historian at Université de Montréal.</p>\n' + nl,
        lambda k: it(k, "Haiti asks for foreign troops as Ottawa weighs leading a mission", w, ["Élise Tremblay"], junk=["Get The World Brief"],
                     quotes=[q("Jean-Robert Pierre-Louis", "Université de Montréal")], note="Relevant."))
    w = d(2022, 10, 4, 0, 30, 0, -4)
    add(48215, "quebec-election-caq-second-majority", "Quebec election: CAQ wins second majority as Liberals hold on to official opposition", w,
        "Marc-Antoine Bélanger", ["Politics", "Quebec"],
        "The governing party won 90 of 125 seats.",
        '<p>MONTREAL — The Coalition Avenir Québec won a second consecutive majority on Monday, taking 90 of the 125 seats in the National Assembly.</p>\n' + nl,
        lambda k: it(k, "Quebec election: CAQ wins second majority as Liberals hold on to official opposition", w, ["Marc-Antoine Bélanger"], rel=False,
                     junk=["Get The World Brief"], note="Home (provincial) politics: a story, not relevant."))
    w = d(2022, 10, 8, 9, 0, 0, -4)
    add(48390, "opinion-nato-northern-flank-canada-arctic", "Opinion: NATO’s northern flank needs Canada to show up", w,
        "Gordon Achterberg", ["Opinion", "Canada in the World"],
        "With Finland and Sweden joining, the Arctic is NATO’s new front line.",
        '<p>With Finland and Sweden on their way into NATO, seven of the eight Arctic states will soon be members of the alliance. Canada, which has the longest Arctic coastline of them, still has no plan to match.</p>\n'
        '<p>Ottawa&#8217;s promised modernisation of continental air defence is years behind schedule.</p>\n'
        '<p><em>Gordon Achterberg is a senior fellow at the Macdonald-Laurier Institute and a former commander of Joint Task Force North.</em></p>' + nl,
        lambda k: it(k, "Opinion: NATO's northern flank needs Canada to show up", w, ["Gordon Achterberg"], junk=["is a senior fellow at", "Get The World Brief"],
                     note="Opinion column (a story); the italic author bio at the end is not summary text. Title label 'Opinion:' may be kept or dropped. Relevant."))
    w = d(2022, 10, 6, 7, 0, 0, -4)
    add(48301, "the-world-brief-newsletter-sign-up", "Sign up for The World Brief", w,
        "Dominion Mail Staff", ["Newsletters"],
        "Our weekly newsletter on Canada in the world.",
        '<p>Every Thursday, our foreign affairs team explains what the week&#8217;s news means for Canada.</p>' + nl,
        lambda k: it(k, "Sign up for The World Brief", w, [], story=False, rel=False, note="Newsletter promo: not a story."))
    w = d(2022, 10, 10, 15, 20, 0, -4)
    add(48470, "canadian-volunteer-killed-ukraine-family", "Canadian volunteer killed fighting in eastern Ukraine, family says", w,
        "Dominion Mail Staff", ["Canada in the World", "Ukraine"],
        "Global Affairs Canada said it was aware of reports of the death of a Canadian in Ukraine.",
        '<p>A 34-year-old former reservist from Winnipeg was killed near Bakhmut while serving with the International Legion, his family said on Monday.</p>\n'
        '<p>Global Affairs Canada said it was &#8220;aware of reports&#8221; and was providing consular assistance, but did not confirm the name.</p>\n' + nl,
        lambda k: it(k, "Canadian volunteer killed fighting in eastern Ukraine, family says", w, [], junk=["Get The World Brief"],
                     note="'Dominion Mail Staff' is not a person. A Canadian killed in the war, with a government response: relevant."))
    rows, items = ordered(rows, items)
    head = (f'\t<title>Canada in the World &#8211; The Dominion Mail</title>\n\t<atom:link href="{base}/category/canada-in-the-world/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f'\t<description>Independent national news</description>\n\t<lastBuildDate>{rfc822(d(2022, 10, 12, 23, 5, 0))}</lastBuildDate>\n\t<language>en-CA</language>\n'
            '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.0.2</generator>\n\n'
            f'<image>\n\t<url>{base}/wp-content/uploads/2022/01/cropped-dm-favicon.png?w=32</url>\n\t<title>Canada in the World &#8211; The Dominion Mail</title>\n\t<link>{base}</link>\n\t<width>32</width>\n\t<height>32</height>\n</image> \n')
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n'
            '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\txmlns:media="http://search.yahoo.com/mrss/"\n\t>\n\n<channel>\n' + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_ca_dominionmail_world_newspack_2022.rss.xml", text, items, lang="en", outlet="The Dominion Mail", aliases=["Dominion Mail"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Canadian national daily on Newspack (WordPress 6.0.2 with Co-Authors Plus and Newspack's RSS enhancements, October 2022): category feed 'Canada in the World &#8211; Brand', en-CA, site-icon <image> 32x32, the feed-rss2 template WITHOUT comments/wfw/slash (comments off), CDATA dc:creator BEFORE pubDate holding one person, 'A and B' in one element or 'Brand Staff', +0000 pubDates (newsroom -0400), hand-written excerpts, content:encoded with 'OTTAWA —' datelines, a pull quote repeating the body, h3, an italic author bio and the Newspack newsletter subscribe block (label, form) at the end of every body, media:content with an HTML media:title photo caption, an opinion column and a newsletter promo post")


# ---------------------------------------------------------------- Bangladeshi English daily on Drupal 9, September 2023
def padma():
    rows, items = [], []
    base = "https://www.padmatribune.example"

    def add(nid, path, title, when, creator, desc, exp):
        url = f"{base}/{path}-{nid}"
        cr = f"\n    <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{url}</link>\n  <description>{esc(desc)}</description>\n  <pubDate>{rfc822(when.astimezone(UTC))}</pubDate>{cr}\n"
                    f'    <guid isPermaLink="false">{nid} at {base}</guid>\n    </item>')
        items.append(exp(f"{nid} at {base}"))

    w = d(2023, 9, 10, 19, 45, 0, 6)
    add(3414527, "news/bangladesh/diplomacy/news/g20-summit-dhaka-seeks-support-rohingya-repatriation", "G20 summit: Dhaka seeks support for Rohingya repatriation", w, "Tanvir Ahmed Sohel, back from New Delhi",
        '<p><strong>Bangladesh raised the Rohingya crisis at the G20 summit in New Delhi, where it attended as a guest country, urging leaders to press Myanmar to create conditions for a safe return.</strong></p>'
        '<p>"The world cannot keep 1.2 million people in camps forever and call it a solution," Foreign Secretary Nazrul Haque Bhuiyan told The Padma Tribune on the sidelines.</p>'
        '<p>Bangladesh also signed three memoranda with India on the sidelines, covering agricultural research, culture and digital payments.</p>'
        '<div class="related"><h4>Related topic</h4><ul><li><a href="/tags/rohingya-crisis">Rohingya crisis</a></li><li><a href="/tags/g20">G20</a></li></ul></div>',
        lambda k: it(k, "G20 summit: Dhaka seeks support for Rohingya repatriation", w, ["Tanvir Ahmed Sohel"], junk=["Related topic", "back from New Delhi"],
                     quotes=[q("Nazrul Haque Bhuiyan", "Foreign Secretary")],
                     note="dc:creator 'Name, back from City': the person only. The bold first paragraph is the intro. Related-topics box at the end. Home foreign policy: relevant."))
    w = d(2023, 9, 11, 12, 0, 0, 6)
    add(3415010, "news/world/asia/news/us-vietnam-upgrade-ties-comprehensive-strategic-partnership", "US, Vietnam upgrade ties to comprehensive strategic partnership", w, "AFP, Hanoi",
        '<p>The United States and Vietnam upgraded their relations to the highest level in Hanoi&#039;s diplomatic hierarchy on Monday, as Washington seeks partners in Asia amid rivalry with China.</p>'
        '<p>Vietnam had previously reserved the status for China, Russia, India and South Korea.</p>',
        lambda k: it(k, "US, Vietnam upgrade ties to comprehensive strategic partnership", w, [], junk=["AFP, Hanoi"],
                     note="dc:creator 'AFP, Hanoi' is an agency with a dateline: []. '&#039;' inside the escaped description (Drupal's check_plain): after XML unescaping a numeric reference remains to resolve. Relevant."))
    w = d(2023, 9, 9, 21, 30, 0, 6)
    add(3413902, "news/bangladesh/diplomacy/news/rohingya-repatriation-pilot-stalls-myanmar-team-visits-camps", "Rohingya repatriation pilot stalls as Myanmar team visits Teknaf camps", w, "Diplomatic Correspondent",
        '<p>A Myanmar delegation visited camps in Teknaf for the second time this year to verify refugees for a pilot repatriation, but community leaders said no family had agreed to go back without guarantees of citizenship.</p>'
        '<p>"We will go home the day we are citizens, not one day before," said Mohammad Salim, a community leader in Camp 26.</p>',
        lambda k: it(k, "Rohingya repatriation pilot stalls as Myanmar team visits Teknaf camps", w, [], quotes=[q("Mohammad Salim", "community leader in Camp 26")],
                     note="'Diplomatic Correspondent' is a desk credit. Relevant."))
    w = d(2023, 9, 11, 16, 10, 0, 6)
    add(3415122, "health/disease/news/dengue-deaths-cross-750-year", "Dengue deaths this year cross 750 as hospitals run short of beds", w, "Staff Correspondent",
        '<p>Fifteen more people died of dengue in the 24 hours to 8:00am today, taking the year&#039;s toll to 757, according to the Directorate General of Health Services.</p>',
        lambda k: it(k, "Dengue deaths this year cross 750 as hospitals run short of beds", w, [], rel=False, note="Home health news: a story, not relevant."))
    w = d(2023, 9, 8, 18, 0, 0, 6)
    add(3413310, "photo/news/photos-day-g20-delegates-arrive-new-delhi", "In Photos: G20 delegates arrive in a transformed New Delhi", w, "Photo Desk",
        '<p>In Photos</p>',
        lambda k: it(k, "In Photos: G20 delegates arrive in a transformed New Delhi", w, [], story=False, rel=False, note="Photo gallery: not a story."))
    w = d(2023, 9, 11, 22, 40, 0, 6)
    add(3415340, "sports/cricket/news/asia-cup-super-four-tigers-fall-short-against-pakistan", "Asia Cup: Tigers fall short in Super Four opener", w, "Sports Reporter",
        '<p>Bangladesh&#039;s batting collapsed for 193 in Lahore, and Pakistan chased the target with seven wickets in hand.</p>',
        lambda k: it(k, "Asia Cup: Tigers fall short in Super Four opener", w, [], rel=False, note="Cricket abroad: a story, not relevant."))
    rows, items = ordered(rows, items)
    head = (f'<title>World | The Padma Tribune</title>\n    <link>{base}/</link>\n    <description>The Padma Tribune - Journalism without fear or favour</description>\n    <language>en</language>\n'
            f'    <atom:link href="{base}/world/rss.xml" rel="self" type="application/rss+xml" />\n    ')
    text = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{base}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n    '
            + head + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_bd_padmatribune_world_drupal9_2023.rss.xml", text, items, lang="en", outlet="The Padma Tribune", aliases=["Padma Tribune"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Bangladeshi English daily's /world/rss.xml from a Drupal 9 views feed (fields row style, September 2023): xml:base on <rss>, channel 'World | Brand', language 'en', atom self link, items written flush left with uneven inner indentation, escaped HTML descriptions (bold intro paragraph, a 'Related topic' box), '&#039;' from Drupal's escaping inside the escaped HTML, +0000 pubDates (newsroom +0600), dc:creator AFTER pubDate ('Name, back from City', 'AFP, Hanoi', desk credits 'Diplomatic Correspondent', 'Staff Correspondent', 'Sports Reporter', 'Photo Desk'), '<nid> at <base>' guids last, section paths in links ending '-<nid>', a photo gallery and a cricket report")


FEEDS = [abs_news, dominion, padma]
