# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English world desks of the twenty-seventh held-out set (part 2: a Johannesburg public
broadcaster on WordPress, a Sydney multicultural public broadcaster, a Kyiv state news agency
and a Prague public radio's English service). All outlets, people and quotations are invented."""
from h27 import cd, d, esc, feed, gmt, it, q, rfc822


# ---------------------------------------------------------------- SABC News-style (Johannesburg) WordPress 'World' category feed
def savanna():
    rows, items = [], []
    base = "https://www.savannabc.example"

    def add(pid, slug, title, when, creators, cats, excerpt, body, exp):
        url = f"{base}/news/{slug}/"
        cr = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        ca = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t<item>\n\t\t<title>{esc(title).replace('’', '&#8217;').replace('‘', '&#8216;')}</title>\n\t\t<link>{url}</link>\n"
                    f"\t\t<comments>{url}#respond</comments>\n\t\t<pubDate>{gmt(when)}</pubDate>{cr}{ca}\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n"
                    f"\t\t\t\t\t<description>{cd(excerpt)}</description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded>{cd(body)}</content:encoded>\n\t\t\t\t\t\n"
                    f"\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t\t<slash:comments>0</slash:comments>\n\t\t\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    o = 2
    w = d(2021, 8, 16, 19, 25, 3, o)
    add(2287741, "un-security-council-meets-on-afghanistan-as-kabul-airport-chaos-continues", "UN Security Council meets on Afghanistan as Kabul airport chaos continues", w, ["Reuters"], ["Afghanistan", "World"],
        "<p>The UN Security Council met on Monday to discuss Afghanistan after the Taliban took control of Kabul. [&#8230;]</p>",
        "<p>The UN Security Council met on Monday to discuss Afghanistan after the Taliban took control of Kabul, as thousands of people crowded the city&#8217;s airport trying to leave.</p>\n"
        "<p>The UN Secretary-General urged the Taliban to exercise restraint and called on all countries to receive Afghan refugees.</p>\n"
        "<p><strong>VIDEO | </strong><a href=\"https://www.savannabc.example/news/scenes-at-kabul-airport/\">Scenes at Kabul airport</a></p>\n"
        "<p><iframe title=\"Kabul airport\" width=\"500\" height=\"281\" src=\"https://www.youtube.example/embed/abc123XYZ?feature=oembed\" frameborder=\"0\" allowfullscreen></iframe></p>\n"
        "<p>&nbsp;</p>",
        lambda k: it(k, "UN Security Council meets on Afghanistan as Kabul airport chaos continues", w, ["Reuters"], junk=["[…]", "VIDEO |", "Scenes at Kabul airport"],
                     note="Agency as the only credit. [] is also correct. WordPress excerpt ends ' [&#8230;]'; embedded YouTube iframe and an empty &nbsp; paragraph."))
    w = d(2021, 8, 16, 16, 10, 40, o)
    add(2287702, "sadc-summit-in-lilongwe-to-discuss-mozambique-insurgency", "SADC summit in Lilongwe to discuss Mozambique insurgency", w, ["Tshepiso Mabena"], ["Africa", "SADC", "World"],
        "<p>Regional leaders gather in Malawi with Cabo Delgado high on the agenda [&#8230;]</p>",
        "<p>Southern African leaders are meeting in Lilongwe for the 41st SADC summit, where the extension of the regional standby force in Mozambique&#8217;s Cabo Delgado province is expected to be approved.</p>\n"
        "<figure id=\"attachment_2287710\" class=\"wp-caption aligncenter\"><img class=\"size-full\" src=\"https://www.savannabc.example/wp-content/uploads/2021/08/sadc.jpg\" alt=\"\" /><figcaption class=\"wp-caption-text\">File image: SADC flags in Lilongwe. Image: Savanna News</figcaption></figure>\n"
        "<p>&#8220;The mission has stabilised the main towns, but the work is far from over,&#8221; said SADC executive secretary spokesperson Kagiso Molefe.</p>\n"
        "<p>Mozambique&#8217;s government has said the deployment should remain in place until the end of the year.</p>",
        lambda k: it(k, "SADC summit in Lilongwe to discuss Mozambique insurgency", w, ["Tshepiso Mabena"], junk=["Image: Savanna News", "[…]"],
                     quotes=[q("Kagiso Molefe", "SADC")]))
    w = d(2021, 8, 16, 13, 2, 0, o)
    add(2287655, "haiti-earthquake-death-toll-rises-above-1400", "Haiti earthquake death toll rises above 1 400", w, ["AFP", "Reuters"], ["Haiti", "World"],
        "<p>Rescuers search rubble as a tropical storm approaches [&#8230;]</p>",
        "<p>The death toll from Saturday&#8217;s 7.2-magnitude earthquake in Haiti has risen to 1 419, the civil protection agency said, as rescuers raced to find survivors before Tropical Storm Grace arrives.</p>\n"
        "<p>About 6 900 people were injured and more than 37 000 houses destroyed.</p>",
        lambda k: it(k, "Haiti earthquake death toll rises above 1 400", w, ["AFP", "Reuters"], junk=["[…]"],
                     note="Two agencies as separate dc:creator elements. [] is also correct. Thin-space-style number grouping '1 400'. Natural disaster abroad: relevant (international relief)."))
    w = d(2021, 8, 16, 11, 30, 0, o)
    add(2287611, "eskom-implements-stage-2-load-shedding", "Eskom implements Stage 2 load shedding", w, ["Savanna News Reporter"], ["Energy", "South Africa"],
        "<p>Power cuts from 17:00 until midnight [&#8230;]</p>",
        "<p>Eskom says Stage 2 load shedding will be implemented from 17:00 until midnight after the failure of generating units at three power stations.</p>",
        lambda k: it(k, "Eskom implements Stage 2 load shedding", w, [], rel=False, junk=["[…]"], note="Desk credit: []. Domestic."))
    w = d(2021, 8, 16, 9, 0, 0, o)
    add(2287580, "banyana-banyana-name-squad-for-cosafa-cup", "Banyana Banyana name squad for COSAFA Cup", w, ["Mpho Radebe"], ["Sport", "Soccer"],
        "<p>Coach names 23 players for Port Elizabeth tournament [&#8230;]</p>",
        "<p>Banyana Banyana coach has named a 23-member squad for next month&#8217;s COSAFA Women&#8217;s Championship in Nelson Mandela Bay.</p>",
        lambda k: it(k, "Banyana Banyana name squad for COSAFA Cup", w, ["Mpho Radebe"], rel=False, junk=["[…]"]))
    w = d(2021, 8, 15, 21, 40, 0, o)
    add(2287533, "live-stream-savanna-news-channel-404", "LIVE STREAM: Savanna News Channel 404", w, ["Savanna News"], ["Live"],
        "<p>Watch Savanna News live [&#8230;]</p>",
        "<p><iframe width=\"560\" height=\"315\" src=\"https://www.youtube.example/embed/live_stream?channel=UCsavanna\" frameborder=\"0\" allowfullscreen></iframe></p>",
        lambda k: it(k, "LIVE STREAM: Savanna News Channel 404", w, [], story=False, rel=False, note="Live TV stream page (an iframe only), not a story."))
    channel = ("\t<title>World Archives - Savanna News - Breaking news, special reports, world, business, sport coverage of all South African current events. Africa&#039;s news leader.</title>\n"
               f"\t<atom:link href=\"{base}/news/category/world/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}/news/category/world/</link>\n"
               "\t<description>Breaking news, special reports, world, business, sport coverage of all South African current events. Africa&#039;s news leader.</description>\n"
               f"\t<lastBuildDate>{rfc822(d(2021, 8, 16, 19, 30, 0, 0))}</lastBuildDate>\n\t<language>en-ZA</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n"
               "\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=5.8</generator>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n'
            '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_za_savannanews_world_wp.rss.xml", text, items, lang="en", outlet="Savanna News", aliases=["Savanna Broadcasting Corporation", "Savanna BC"],
                structure="SABC News-style (Johannesburg) public broadcaster's WordPress category feed (/news/category/world/feed/): declaration and <rss> on one line with one namespace per tab-indented line, channel title 'World Archives - Brand - <long slogan>' with &#039;, sy:updatePeriod split over lines, '?p=<id>' non-permalink guids, one CDATA dc:creator per credit (a person, 'Reuters', 'AFP' AND 'Reuters', 'Brand Reporter', the brand), several CDATA categories, WordPress's deep-indented <description> (HTML excerpt ending ' [&#8230;]') and content:encoded with numeric entities, a wp-caption <figure> ('Image: Brand'), a bold 'VIDEO |' link, YouTube iframes and an empty '&nbsp;' paragraph, numbers grouped with spaces ('1 400'), a live-stream page, GMT pubDates (newsroom at +0200) in August 2021")


# ---------------------------------------------------------------- SBS News-style (Sydney) multicultural public broadcaster's world RSS
def southerly():
    rows, items = [], []
    base = "https://www.southerlytv.example"

    def add(slug, aid, title, when, creator, desc, img, exp, audio=None):
        url = f"{base}/news/article/{slug}/{aid}"
        med = f"\n      <media:content url=\"https://images.southerlytv.example/{img}.jpg?imwidth=1280\" medium=\"image\" type=\"image/jpeg\"/>" if img else ""
        enc = f"\n      <enclosure url=\"https://media.southerlytv.example/audio/{audio}.mp3\" length=\"4812033\" type=\"audio/mpeg\"/>" if audio else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{esc(desc)}</description>\n"
                    f"      <pubDate>{rfc822(when)}</pubDate>\n      <guid isPermaLink=\"true\">{url}</guid>\n      <dc:creator>{esc(creator)}</dc:creator>{med}{enc}\n    </item>")
        items.append(exp(url))

    o = 10
    w = d(2021, 6, 13, 23, 48, 0, o)
    add("g7-leaders-agree-to-donate-one-billion-vaccine-doses", "ky7x2q1m9", "G7 leaders agree to donate one billion vaccine doses to poorer nations", w, "Source: AAP, Reuters - Southerly",
        "Leaders of the Group of Seven wrapped up their summit in Cornwall with a pledge on vaccines, a global minimum tax and a plan to rival China's infrastructure lending.", "g7-carbis-bay",
        lambda k: it(k, "G7 leaders agree to donate one billion vaccine doses to poorer nations", w, ["AAP", "Reuters"], junk=["Source: AAP, Reuters - Southerly"],
                     note="Credit 'Source: AAP, Reuters - Southerly' (two agencies and the brand) in dc:creator. [] is also correct"))
    w = d(2021, 6, 13, 19, 5, 0, o)
    add("israel-new-coalition-government-sworn-in", "bq2w8e4t1", "Israel's parliament approves new coalition government, ending 12-year era", w, "Elif Demirci, Source: Southerly",
        "The Knesset voted 60-59 to approve an eight-party coalition. \"Tonight we start a new chapter,\" said Yael Ben-Ami, a coalition lawmaker, outside the parliament in Jerusalem.", "knesset-vote",
        lambda k: it(k, "Israel's parliament approves new coalition government, ending 12-year era", w, ["Elif Demirci"], junk=["Source: Southerly"],
                     quotes=[q("Yael Ben-Ami")], note="dc:creator 'Name, Source: Brand'."))
    w = d(2021, 6, 13, 15, 30, 0, o)
    add("news-in-arabic-13-june-2021", "pod3n8x2", "Podcast | Southerly Arabic: News bulletin, 13 June 2021", w, "Southerly Arabic",
        "Listen to the latest news bulletin in Arabic.", None,
        lambda k: it(k, "Podcast | Southerly Arabic: News bulletin, 13 June 2021", w, [], story=False, rel=False,
                     note="Language-programme audio bulletin (mp3 enclosure), not a story. Title label 'Podcast |' may be kept or dropped."),
        audio="arabic/news-130621")
    w = d(2021, 6, 13, 12, 10, 0, o)
    add("australia-china-wto-wine-tariffs-dispute", "gp4k1r7z0", "Australia takes China to WTO over wine tariffs", w, "Tom Nakamura, Political Reporter",
        "Canberra will ask a World Trade Organization panel to rule on Beijing's duties of up to 218 per cent on Australian wine, escalating a year-long trade row.", "wine-barrels",
        lambda k: it(k, "Australia takes China to WTO over wine tariffs", w, ["Tom Nakamura"], junk=["Political Reporter"], note="Byline with the reporter's role after a comma."))
    w = d(2021, 6, 13, 9, 45, 0, o)
    add("nsw-covid-cases-bondi-cluster", "cz8t5n3v6", "NSW records three new local COVID-19 cases linked to Sydney cluster", w, "Source: AAP",
        "Health authorities urged residents of Sydney's eastern suburbs to get tested…", "nsw-testing",
        lambda k: it(k, "NSW records three new local COVID-19 cases linked to Sydney cluster", w, ["AAP"], rel=False, junk=["Source: AAP"],
                     note="Agency as the only credit ('Source: AAP'). [] is also correct. Description clipped with an ellipsis."))
    w = d(2021, 6, 12, 21, 0, 0, o)
    add("euro-2020-denmark-finland-player-collapse", "xm1a6b2u8", "Euro 2020 match resumes after Denmark's midfielder collapses on pitch", w, "Source: Southerly Sport, AFP",
        "The Denmark midfielder was taken to hospital and is in a stable condition, UEFA said.", "copenhagen-stadium",
        lambda k: it(k, "Euro 2020 match resumes after Denmark's midfielder collapses on pitch", w, ["AFP"], rel=False,
                     note="Desk plus agency credit. [] is also correct. Sport."))
    channel = (f"    <title>Southerly News - World</title>\n    <link>{base}/news/topic/world</link>\n    <description>The latest world news from Southerly, Australia's multicultural and multilingual broadcaster</description>\n"
               f"    <language>en-au</language>\n    <copyright>Copyright © Southerly Broadcasting Service</copyright>\n    <lastBuildDate>{rfc822(d(2021, 6, 13, 23, 50, 0, o))}</lastBuildDate>\n    <ttl>15</ttl>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">\n  <channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_au_southerly_world.rss.xml", text, items, lang="en", outlet="Southerly News", aliases=["Southerly", "Southerly Broadcasting Service"],
                structure="SBS News-style (Sydney) multicultural public broadcaster's world RSS from a headless CMS: two-space nesting, channel 'Brand News - World', '/news/article/<slug>/<9-char id>' permalink guids, plain escaped descriptions with straight quotes, dc:creator AFTER the guid holding 'Source: AAP, Reuters - Brand' (two agencies and the brand), 'Name, Source: Brand', 'Name, Political Reporter', 'Source: AAP' or a language programme, media:content images with '?imwidth=' and an mp3 enclosure for a language-programme bulletin ('Podcast |'), a description clipped with an ellipsis, +1000 dates in June 2021")


# ---------------------------------------------------------------- Ukrinform-style (Kyiv) national news agency's 'World' RSS
def ukrvisti():
    rows, items = [], []
    base = "https://www.ukrvisti.example"

    def add(nid, slug, title, when, desc, exp, img=True):
        url = f"{base}/rubric-world/{nid}-{slug}.html"
        enc = f"\n   <enclosure url=\"https://static.ukrvisti.example/photos/{when:%Y_%m}/thumb_files/630_360_{nid % 100000}.jpg\" type=\"image/jpeg\" length=\"0\"/>" if img else ""
        rows.append(f"  <item>\n   <title>{esc(title)}</title>\n   <link>{url}</link>\n   <guid>{url}</guid>\n   <description>{esc(desc)}</description>{enc}\n"
                    f"   <pubDate>{rfc822(when)}</pubDate>\n   <category>World</category>\n  </item>")
        items.append(exp(url))

    o = 2
    w = d(2021, 11, 23, 18, 41, 0, o)
    add(3357241, "nato-ministers-discuss-russian-troop-buildup", "Foreign ministers discuss Russian troop buildup near Ukraine’s border", w,
        "Foreign ministers of several Nato countries discussed the concentration of Russian troops near Ukraine’s border in a call on Tuesday. “Any further aggression would have serious consequences,” said Nato’s acting deputy spokesperson Carsten Lindqvist, Ukrvisti reports...",
        lambda k: it(k, "Foreign ministers discuss Russian troop buildup near Ukraine’s border", w, [], junk=["Ukrvisti reports"], quotes=[q("Carsten Lindqvist", "Nato")],
                     note="Description clipped with '...' after the agency's own 'Brand reports' attribution; no author element."))
    w = d(2021, 11, 23, 16, 12, 0, o)
    add(3357180, "poland-belarus-border-migrants-camp-cleared", "Belarus clears migrant camp at Polish border", w,
        "Belarusian authorities have cleared the main makeshift camp near the Bruzgi-Kuźnica crossing, moving about 2,000 people into a nearby warehouse...",
        lambda k: it(k, "Belarus clears migrant camp at Polish border", w, []))
    w = d(2021, 11, 23, 14, 30, 0, o)
    add(3357102, "ukraine-brussels-eu-summit-association-agreement", "EU and Ukraine to hold summit on energy security", w,
        "The European Union and Ukraine will discuss energy security, the gas transit and reforms at a summit in Brussels next month, an EU source told an Ukrvisti correspondent...",
        lambda k: it(k, "EU and Ukraine to hold summit on energy security", w, [], junk=["told an Ukrvisti correspondent"]))
    w = d(2021, 11, 23, 12, 5, 0, o)
    add(3357011, "photo-report-embassy-exhibition-holodomor-remembrance", "Photo report: Holodomor remembrance exhibition opens at Ukraine's embassy in Rome", w,
        "Photos by Ukrvisti", lambda k: it(k, "Photo report: Holodomor remembrance exhibition opens at Ukraine's embassy in Rome", w, [], story=False, rel=False,
                                           note="Photo report (credit line only), not a story. Title label 'Photo report:' may be kept or dropped."))
    w = d(2021, 11, 23, 10, 20, 0, o)
    add(3356942, "biathlon-world-cup-ostersund-ukraine-team", "Ukrainian biathletes finish fourth in Östersund relay", w,
        "Ukraine's women's team finished fourth in the mixed relay at the opening World Cup stage in Östersund, Sweden...",
        lambda k: it(k, "Ukrainian biathletes finish fourth in Östersund relay", w, [], rel=False, note="Sport."), img=False)
    w = d(2021, 11, 23, 8, 0, 0, o)
    add(3356890, "covid-germany-record-infections-intensive-care", "Germany reports record daily Covid-19 infections", w,
        "Germany has reported 45,326 new coronavirus cases in the past 24 hours, a record since the start of the pandemic, according to the Robert Koch Institute...",
        lambda k: it(k, "Germany reports record daily Covid-19 infections", w, [], rel=False, note="Public health in another country, no foreign-policy angle: not relevant."))
    channel = (f"  <title>Ukrvisti - World</title>\n  <link>{base}/rubric-world</link>\n  <description>Ukrvisti – Ukrainian National News Agency. World news</description>\n"
               f"  <language>en</language>\n  <image>\n   <url>{base}/img/logo_rss.png</url>\n   <title>Ukrvisti - World</title>\n   <link>{base}</link>\n  </image>\n"
               f"  <lastBuildDate>{rfc822(d(2021, 11, 23, 18, 45, 0, o))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n <channel>\n' + channel + "\n" + "\n".join(rows) + "\n </channel>\n</rss>\n"
    return feed("en_ua_ukrvisti_world.rss.xml", text, items, lang="en", outlet="Ukrvisti", aliases=["Ukrvisti – Ukrainian National News Agency", "Ukrvisti News Agency"],
                structure="Ukrinform-style (Kyiv) national news agency's English 'World' rubric RSS from a custom CMS: one-space nesting, no namespaces, channel 'Brand - World' with an image block, '/rubric-world/<7 digits>-<slug>.html' links repeated as guid, plain escaped LEAD descriptions CLIPPED with '...' (the agency's 'Brand reports' and 'told an Brand correspondent' attributions inside), an enclosure image with length=\"0\" after the description, <category> last, NO author element, curly apostrophes in titles, a photo report, +0200 dates in November 2021")


# ---------------------------------------------------------------- Radio Prague International-style (Prague) public radio's English service (Drupal)
def vltava():
    rows, items = [], []
    base = "https://english.vltavaradio.example"

    def add(nid, slug, title, when, creator, desc, exp, audio=None, dur=None):
        url = f"{base}/{slug}-{nid}"
        enc = f"\n    <enclosure url=\"https://audio.vltavaradio.example/download/{nid}.mp3\" length=\"{dur * 16000}\" type=\"audio/mpeg\" />" if audio else ""
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(desc)}</description>{enc}\n"
                    f"    <pubDate>{rfc822(when)}</pubDate>\n    <dc:creator>{esc(creator)}</dc:creator>\n    <guid isPermaLink=\"false\">{nid} at https://english.vltavaradio.example</guid>\n  </item>")
        items.append(exp(f"{nid} at https://english.vltavaradio.example"))

    o = 1
    w = d(2020, 12, 10, 17, 32, 0, o)
    add(8700412, "czech-foreign-minister-backs-eu-sanctions-on-belarus-officials", "Czech foreign minister backs new EU sanctions on Belarusian officials", w, "Hedvika Zámečníková",
        "<p>The Czech Republic supports a third round of EU sanctions against people responsible for the crackdown in Belarus, the foreign ministry said on Thursday.</p><p>&quot;We cannot stay silent while peaceful protesters are beaten in the streets,&quot; ministry spokeswoman Zuzana Štěpánková told Czech Radio.</p>",
        lambda k: it(k, "Czech foreign minister backs new EU sanctions on Belarusian officials", w, ["Hedvika Zámečníková"], quotes=[q("Zuzana Štěpánková", "foreign ministry")],
                     note="Non-permalink Drupal guid '<nid> at <site>'; escaped HTML description; the speaker works for the Czech foreign ministry."))
    w = d(2020, 12, 10, 15, 0, 0, o)
    add(8700377, "news-bulletin-10-december-2020", "News", w, "Vltava Radio International",
        "", lambda k: it(k, "News", w, [], story=False, rel=False, note="Audio news bulletin page titled only 'News', empty description and an mp3 enclosure: not a story."),
        audio=True, dur=300)
    w = d(2020, 12, 10, 12, 45, 0, o)
    add(8700351, "czech-government-tightens-restrictions-ahead-of-christmas", "Government tightens Covid restrictions ahead of Christmas", w, "Tereza Šimková-Holt",
        "<p>The Czech government has moved the country to the fourth level of its five-level anti-epidemic system, closing restaurants from Friday.</p>",
        lambda k: it(k, "Government tightens Covid restrictions ahead of Christmas", w, ["Tereza Šimková-Holt"], rel=False, note="Domestic."))
    w = d(2020, 12, 10, 10, 20, 0, o)
    add(8700320, "czech-diplomat-expelled-from-moscow-in-tit-for-tat-move", "Russia expels Czech diplomat in tit-for-tat move", w, "Martin Oakley-Brandt, Petr Lindvall",
        "<p>Russia has ordered a Czech diplomat to leave the country, a week after Prague expelled a member of the Russian embassy staff.</p>",
        lambda k: it(k, "Russia expels Czech diplomat in tit-for-tat move", w, ["Martin Oakley-Brandt", "Petr Lindvall"], note="Two people, comma-separated, in one dc:creator."))
    w = d(2020, 12, 9, 18, 0, 0, o)
    add(8699958, "podcast-czech-christmas-carp-tradition", "Podcast | Czech life: Why Czechs keep carp in the bathtub before Christmas", w, "Vltava Radio International",
        "<p>In this week's episode we look at one of the country's best-known Christmas customs.</p>",
        lambda k: it(k, "Podcast | Czech life: Why Czechs keep carp in the bathtub before Christmas", w, [], story=False, rel=False,
                     note="Weekly radio magazine episode page with a one-line teaser and an mp3 enclosure, not a story. Title label 'Podcast |' may be kept or dropped."),
        audio=True, dur=1380)
    w = d(2020, 12, 9, 14, 10, 0, o)
    add(8699901, "slavia-prague-advance-in-europa-league", "Slavia Prague into Europa League knockout stage", w, "Vltava Radio International",
        "<p>Slavia Prague beat Nice 3-2 to finish second in Group C.</p>",
        lambda k: it(k, "Slavia Prague into Europa League knockout stage", w, [], rel=False, note="Brand as author: []. Sport."))
    channel = (f"  <title>Vltava Radio International - News</title>\n  <link>{base}</link>\n  <description>The English service of the Czech public broadcaster Vltava Radio</description>\n"
               f"  <language>en</language>\n  <atom:link href=\"{base}/rss/news\" rel=\"self\" type=\"application/rss+xml\" />")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="https://english.vltavaradio.example/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_cz_vltavaradio_news.rss.xml", text, items, lang="en", outlet="Vltava Radio International", aliases=["Vltava Radio"],
                structure="Radio Prague International-style (Prague) public radio's English service RSS from Drupal: xml:base on <rss>, channel 'Brand - News' without lastBuildDate, escaped <p> descriptions with &quot; entities, mp3 enclosures for bulletins and magazine episodes, dc:creator holding a person with Czech diacritics, 'Name, Name' or the station, Drupal's NON-permalink guid '<nid> at <site URL>', an hourly news bulletin page titled only 'News' with an empty description, a 'Podcast |' episode, +0100 dates in December 2020")


FEEDS = [savanna, southerly, ukrvisti, vltava]
