# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English world desks of the fifty-third held-out set, part three: a Dubai daily on Sitefinity
(2020) and a Lagos daily on WordPress 5.2 with Yoast SEO (2019). All outlets, people and
quotations are invented."""
from datetime import UTC

from h53 import cd, d, esc, feed, it, ordered, q, rfc822, wpt


# ---------------------------------------------------------------- Dubai English daily, Sitefinity 12 news feed (.NET SyndicationFeed), September 2020
def creek():
    rows, items = [], []
    base = "https://www.creektimes.example"

    def add(guid, path, title, when, desc, exp):
        url = f"{base}/{path}"
        rows.append(f'<item><guid isPermaLink="false">{guid}</guid><link>{esc(url)}</link><title>{esc(title)}</title><description>{esc(desc)}</description>'
                    f"<a10:updated>{when.isoformat()}</a10:updated></item>")
        items.append(exp(guid))

    w = d(2020, 9, 15, 23, 48, 12, 4)
    add("7d1c9a40-3f1e-4b8e-9d7e-2a6c1f0b5e11", "uae/government/uae-and-israel-sign-abraham-accords-at-white-house", "UAE and Israel sign accords at White House ceremony", w,
        "<p>Abu Dhabi: The UAE and Israel on Tuesday signed a treaty of peace, diplomatic relations and full normalisation at a ceremony on the South Lawn of the White House, making the UAE the third Arab country to establish ties with Israel.</p>"
        "<p>Bahrain signed a declaration of peace with Israel at the same ceremony.</p>"
        "<p>“This is a door that opens for trade, tourism and, we hope, for a different conversation about Palestinian statehood,” said Dr Hessa Al Mazrouei, a political scientist at Zayed University. Analysts said the first direct flights and banking agreements would follow within weeks, while the Palestinian leadership condemned the deal as a betrayal of a common Arab position on...",
        lambda k: it(k, "UAE and Israel sign accords at White House ceremony", w, [], junk=["on..."], quotes=[q("Hessa Al Mazrouei", "Zayed University")],
                     note="Sitefinity feed with 'Summary' content cut at a fixed length: the description stops mid-sentence with '...'. Date only in a10:updated (no pubDate), +04:00. No authors in this feed. Home foreign policy: relevant."))
    w = d(2020, 8, 31, 16, 20, 0, 4)
    add("0b54e2f8-9a2c-47de-8c31-5f8e7d2a9b40", "uae/transport/first-commercial-flight-from-israel-lands-in-abu-dhabi", "First commercial flight from Israel lands in Abu Dhabi", w,
        "<p>Abu Dhabi: An El Al flight carrying an Israeli and American delegation landed at Abu Dhabi International Airport on Monday afternoon after crossing Saudi airspace, the first commercial flight between the two countries.</p>",
        lambda k: it(k, "First commercial flight from Israel lands in Abu Dhabi", w, [], note="Relevant."))
    w = d(2020, 9, 14, 19, 2, 0, 4)
    add("a2f90c1e-6d47-4e52-b8b3-0c9e4f1a7d22", "uae/health/covid-19-uae-reports-1007-new-cases", "Covid-19: UAE reports 1,007 new cases, 2 deaths", w,
        "<p>Dubai: The Ministry of Health and Prevention on Monday announced 1,007 new coronavirus cases after conducting 91,000 additional tests.</p>",
        lambda k: it(k, "Covid-19: UAE reports 1,007 new cases, 2 deaths", w, [], rel=False, note="Home health figures: a story, not relevant."))
    w = d(2020, 8, 6, 11, 45, 0, 4)
    add("5e8c3b7a-1f2d-4a9e-a6c4-3d0b9e8f7a63", "world/mena/beirut-blast-uae-sends-aid-plane-with-medical-supplies", "Beirut blast: UAE sends aid plane with 30 tonnes of medical supplies", w,
        "<p>Dubai: An aircraft carrying 30 tonnes of medical and food supplies left for Beirut on Thursday, two days after an explosion at the city’s port killed more than 130 people.</p>"
        "<p>“Lebanon’s people are our people,” said Reem Al Hashimi-Saeed, a spokesperson for the Emirates Red Crescent.</p>",
        lambda k: it(k, "Beirut blast: UAE sends aid plane with 30 tonnes of medical supplies", w, [], quotes=[q("Reem Al Hashimi-Saeed", "Emirates Red Crescent")],
                     note="Home country's aid to a foreign state after a disaster: relevant."))
    w = d(2020, 9, 13, 9, 0, 0, 4)
    add("c91f7e2d-2b8a-4c5f-9e1d-7a3b6c0d4e85", "photos/dubai-miracle-garden-reopens-for-ninth-season", "Photos: Dubai Miracle Garden reopens for ninth season", w,
        "<p>Take a look.</p>",
        lambda k: it(k, "Photos: Dubai Miracle Garden reopens for ninth season", w, [], story=False, rel=False, note="Gallery: not a story."))
    w = d(2020, 9, 15, 0, 1, 0, 4)
    add("e4a7b2c9-8d1f-4e63-b0a5-9c2d7e1f3b06", "uae/prayer-times-in-the-uae-september-15-2020", "Prayer times in the UAE: September 15, 2020", w,
        "<p>Fajr 4:42am, Dhuhr 12:18pm, Asr 3:44pm, Maghrib 6:26pm, Isha 7:40pm (Dubai).</p>",
        lambda k: it(k, "Prayer times in the UAE: September 15, 2020", w, [], story=False, rel=False, note="Service listing: not a story."))
    rows, items = ordered(rows, items)
    head = (f"<title>The Creek Times - World</title><link>{base}/world</link><description>News from the UAE and the world</description>"
            f"<language>en-US</language><a10:id>{base}/feeds/world</a10:id>")
    text = ('<?xml version="1.0" encoding="utf-8"?><rss xmlns:a10="http://www.w3.org/2005/Atom" version="2.0"><channel>' + head + "".join(rows) + "</channel></rss>")
    return feed("en_ae_creektimes_world_sitefinity_2020.rss.xml", text, items, lang="en", outlet="The Creek Times", aliases=["Creek Times"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Dubai English daily's feed from Sitefinity 12's Feeds & Notifications module (an RSS 2.0 output of .NET's SyndicationFeed, September 2020): everything on one line with no trailing newline, the a10 prefix for the Atom namespace, channel 'Brand - World', en-US (the CMS default), a10:id, items in the formatter's order (guid first: GUIDs, link, title, description, a10:updated) with NO pubDate and no author, escaped HTML summaries with 'Abu Dhabi:'/'Dubai:' datelines, one summary cut at the feed's length limit with '...', +04:00 a10:updated dates, a gallery and a prayer-times listing")


# ---------------------------------------------------------------- Lagos daily on WordPress 5.2 + Yoast SEO 11, November 2019
def nigerdispatch():
    rows, items = [], []
    base = "https://www.nigerdispatch.example"

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{when.strftime('%Y/%m')}/{slug}/"
        foot = f'<p>The post <a rel="nofollow" href="{url}">{wpt(title)}</a> appeared first on <a rel="nofollow" href="{base}">Niger Dispatch News</a>.</p>\n'
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#respond</comments>\n\t\t<pubDate>{rfc822(when.astimezone(UTC))}</pubDate>\n"
                    f"\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>{cts}\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[<p>{excerpt} <a href=\"{url}\" class=\"more-link\">Read More&#8230;</a></p>\n{foot}]]></description>\n\t\t\t\t<content:encoded><![CDATA[{body}{foot}]]></content:encoded>\n"
                    f"\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t\t\t\t\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    tail = "<p>Niger Dispatch News Nigeria</p>\n"
    w = d(2019, 11, 12, 19, 34, 0, 1)
    add(1342217, "border-closure-fg-keeps-borders-shut-till-january-benin-protests", "Border closure: FG keeps borders shut till January, Benin protests", w,
        "Chinedu Okafor-Ugwu", ["News", "World"],
        "By Chinedu Okafor-Ugwu ABUJA — The Federal Government on Tuesday said the land borders with Benin",
        '<p><strong>By Chinedu Okafor-Ugwu</strong></p>\n<p>ABUJA — The Federal Government on Tuesday said the land borders with Benin, Niger and Cameroon would stay closed to goods until at least January 31, 2020, rejecting appeals from Cotonou.</p>\n'
        '<p>Benin&#8217;s foreign minister described the closure as a blow to &#8220;regional integration&#8221; and asked ECOWAS to intervene.</p>\n'
        '<p>&#8220;Our position is simple: stop the smuggling of rice and petrol, and the borders will reopen,&#8221; said Hameed Lawal-Adisa, the Comptroller-General of the Nigeria Customs Service.</p>\n'
        '<p><strong>Read also:</strong> <a href="https://www.nigerdispatch.example/2019/10/ecowas-trade-ministers-meet-over-border/">ECOWAS trade ministers meet over border</a></p>\n' + tail,
        lambda k: it(k, "Border closure: FG keeps borders shut till January, Benin protests", w, ["Chinedu Okafor-Ugwu"],
                     junk=["appeared first on", "Read More", "Read also", "Niger Dispatch News Nigeria", "By Chinedu"],
                     quotes=[q("Hameed Lawal-Adisa", "Nigeria Customs Service")],
                     note="Bold 'By Name' byline as the first paragraph, repeated in the excerpt, which runs into the dateline. 'Read also' box and the 'Niger Dispatch News Nigeria' sign-off. Home country's trade dispute with neighbours: relevant."))
    w = d(2019, 10, 24, 21, 10, 0, 1)
    add(1338820, "russia-africa-summit-nigeria-signs-deal-to-revive-ajaokuta-steel", "Russia-Africa summit: Nigeria, Russia sign deal to revive Ajaokuta steel", w,
        "Agency Report", ["World", "Business"],
        "Nigeria and Russia have signed an agreement to complete the Ajaokuta steel plant",
        '<p>SOCHI — Nigeria and Russia on Thursday signed an agreement to complete the Ajaokuta steel plant at the first Russia-Africa summit in the Black Sea resort of Sochi.</p>\n'
        '<p>Officials said the two countries also discussed a military-technical cooperation deal.</p>\n' + tail,
        lambda k: it(k, "Russia-Africa summit: Nigeria, Russia sign deal to revive Ajaokuta steel", w, [], junk=["appeared first on", "Niger Dispatch News Nigeria"],
                     note="'Agency Report' is not a person. Relevant."))
    w = d(2019, 11, 17, 23, 5, 0, 1)
    add(1343890, "kogi-bayelsa-guber-inec-declares-results", "Kogi, Bayelsa guber: INEC declares results amid violence", w,
        "Our Reporter", ["Politics", "World"],
        "The Independent National Electoral Commission declared results in Kogi and Bayelsa",
        '<p>The Independent National Electoral Commission on Sunday declared results in the Kogi and Bayelsa governorship elections, which observers said were marred by violence and vote-buying.</p>\n' + tail,
        lambda k: it(k, "Kogi, Bayelsa guber: INEC declares results amid violence", w, [], rel=False, junk=["appeared first on"],
                     note="Home politics cross-filed in World: a story, not relevant. 'Our Reporter' is not a person."))
    w = d(2019, 9, 11, 18, 0, 0, 1)
    add(1329110, "xenophobia-second-batch-of-returnees-from-south-africa-arrive-lagos", "Xenophobia: Second batch of 315 returnees from South Africa arrive Lagos", w,
        "Funmilayo Adebisi-Okon", ["News", "World"],
        "The second batch of Nigerians fleeing xenophobic attacks in South Africa arrived",
        '<p>The second batch of Nigerians fleeing xenophobic attacks in South Africa arrived at the Murtala Muhammed International Airport, Lagos, on Wednesday aboard a flight provided free by a private airline.</p>\n'
        '<p>&#8220;I left everything I worked for in eleven years,&#8221; said Obinna Chukwuemeka, a trader from Johannesburg.</p>\n'
        '<p>Nigeria recalled its envoy from Pretoria last week and boycotted the World Economic Forum on Africa in Cape Town.</p>\n' + tail,
        lambda k: it(k, "Xenophobia: Second batch of 315 returnees from South Africa arrive Lagos", w, ["Funmilayo Adebisi-Okon"], junk=["appeared first on"],
                     quotes=[q("Obinna Chukwuemeka")],
                     note="Evacuation during a diplomatic row with South Africa: relevant."))
    w = d(2019, 11, 16, 10, 0, 0, 1)
    add(1343512, "photos-lagos-fashion-week-2019", "[PHOTOS] Lagos Fashion Week 2019: day three", w,
        "Niger Dispatch", ["Photos", "World"],
        "Scenes from day three",
        '[gallery ids="1343513,1343514,1343515"]\n',
        lambda k: it(k, "[PHOTOS] Lagos Fashion Week 2019: day three", w, [], story=False, rel=False, junk=["[gallery"],
                     note="Gallery with an unrendered shortcode: not a story. Title label '[PHOTOS]' may be kept or dropped."))
    w = d(2019, 11, 14, 22, 0, 0, 1)
    add(1343155, "afcon-2021-qualifier-super-eagles-beat-benin", "AFCON 2021 qualifier: Super Eagles come from behind to beat Benin", w,
        "Sports Desk", ["Sports", "World"],
        "Nigeria came from a goal down to beat Benin 2-1 in Uyo",
        '<p>Nigeria came from a goal down to beat Benin 2-1 in Uyo on Wednesday in their opening qualifier for the 2021 Africa Cup of Nations.</p>\n' + tail,
        lambda k: it(k, "AFCON 2021 qualifier: Super Eagles come from behind to beat Benin", w, [], rel=False, junk=["appeared first on"],
                     note="Football: a story, not relevant."))
    rows, items = ordered(rows, items)
    head = (f'\t<title>World &#8211; Niger Dispatch News</title>\n\t<atom:link href="{base}/category/world/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f'\t<description>Nigeria News, Latest Nigerian Newspaper Headlines</description>\n\t<lastBuildDate>{rfc822(d(2019, 11, 17, 22, 6, 11))}</lastBuildDate>\n\t<language>en-US</language>\n'
            '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=5.2.4</generator>\n')
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n'
            '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n' + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_ng_nigerdispatch_world_wp52_yoast_2019.rss.xml", text, items, lang="en", outlet="Niger Dispatch", aliases=["Niger Dispatch News"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Lagos national daily's World category on WordPress 5.2.4 with Yoast SEO 11 (September–November 2019): the 5.x feed-rss2 template, channel 'World &#8211; Brand News', en-US, '/YYYY/MM/<slug>/' links, '?p=' guids, +0000 pubDates (newsroom +0100), CDATA dc:creator with people, 'Agency Report', 'Our Reporter', 'Sports Desk' or the brand, CDATA categories, theme excerpts of about 15 words (one starting with the byline and running into the dateline) with a 'Read More&#8230;' link, the Yoast footer in description and content:encoded, a bold 'By Name' first paragraph, '<strong>Read also:</strong>' links, the 'Brand News Nigeria' sign-off line, an unrendered [gallery] shortcode, home politics and football in the World category")


FEEDS = [creek, nigerdispatch]
