# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The tech and science feeds of the twenty-seventh held-out set: a Toronto TV network's
technology section on WordPress VIP and a public-radio science programme's site feed.
All outlets, people and quotations are invented."""
from h27 import cd, d, esc, feed, gmt, it, q, rfc822


# ---------------------------------------------------------------- Global News-style (Toronto) TV network's Tech RSS on WordPress VIP
def trillium():
    rows, items = [], []
    base = "https://trilliumnews.example"

    def add(pid, slug, title, when, creator, cats, desc, exp, video=None):
        url = f"{base}/news/{pid}/{slug}/"
        ca = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        med = (f"\n\t\t<media:content url=\"https://trilliumnews.example/video/{video}.mp4\" medium=\"video\" type=\"video/mp4\">\n\t\t\t<media:title>{esc(title)}</media:title>\n\t\t</media:content>") if video else ""
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<pubDate>{gmt(when)}</pubDate>\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>{ca}\n"
                    f"\t\t<guid isPermaLink=\"false\">https://trilliumnews.example/?p={pid}</guid>\n\t\t<description>{cd(desc)}</description>{med}\n\t</item>")
        items.append(exp(f"https://trilliumnews.example/?p={pid}"))

    o = -4
    w = d(2021, 9, 24, 21, 15, 0, o)
    add(8217755, "huawei-cfo-released-canada-detained-canadians", "Huawei executive released by Canada as China frees detained Canadians", w, "Arjun Sethi, Rachel Gilmour",
        ["Canada", "Tech", "World"],
        "<p>The Huawei chief financial officer boarded a flight to Shenzhen hours after a U.S. deferred prosecution deal. &#8220;This has been a long, hard wait for two families,&#8221; said Nadine Cormier, a former Canadian diplomat in Beijing.</p><p>The post <a rel=\"nofollow\" href=\"https://trilliumnews.example/news/8217755/huawei-cfo-released-canada-detained-canadians/\">Huawei executive released by Canada as China frees detained Canadians</a> appeared first on <a rel=\"nofollow\" href=\"https://trilliumnews.example\">Trillium News</a>.</p>",
        lambda k: it(k, "Huawei executive released by Canada as China frees detained Canadians", w, ["Arjun Sethi", "Rachel Gilmour"], junk=["appeared first on"],
                     quotes=[q("Nadine Cormier")], note="Two people, comma-separated, in one dc:creator; WordPress 'The post … appeared first on …' footer. Canada–China–US diplomatic deal: relevant."))
    w = d(2021, 9, 24, 16, 40, 0, o)
    add(8217301, "iphone-13-lineups-canada-launch", "iPhone 13 goes on sale in Canada as chip shortage squeezes supply", w, "The Canadian Press",
        ["Apple", "Tech"],
        "<p>Lineups were shorter than in past years, with many customers ordering online.</p><p>The post <a rel=\"nofollow\" href=\"https://trilliumnews.example/news/8217301/iphone-13-lineups-canada-launch/\">iPhone 13 goes on sale in Canada as chip shortage squeezes supply</a> appeared first on <a rel=\"nofollow\" href=\"https://trilliumnews.example\">Trillium News</a>.</p>",
        lambda k: it(k, "iPhone 13 goes on sale in Canada as chip shortage squeezes supply", w, ["The Canadian Press"], rel=False, junk=["appeared first on"],
                     note="Agency as the only credit. [] is also correct"))
    w = d(2021, 9, 23, 19, 5, 0, o)
    add(8214420, "eu-common-charger-usb-c-proposal", "EU wants one charger for all phones. Here's what that could mean in Canada", w, "Saba Qureshi  Trillium News",
        ["EU", "Tech"],
        "<p>The European Commission proposed making USB-C the standard port for phones, tablets and headphones sold in the bloc.</p><p>The post <a rel=\"nofollow\" href=\"https://trilliumnews.example/news/8214420/eu-common-charger-usb-c-proposal/\">EU wants one charger for all phones. Here&#8217;s what that could mean in Canada</a> appeared first on <a rel=\"nofollow\" href=\"https://trilliumnews.example\">Trillium News</a>.</p>",
        lambda k: it(k, "EU wants one charger for all phones. Here's what that could mean in Canada", w, ["Saba Qureshi"], rel=False, junk=["appeared first on", "Trillium News"],
                     note="dc:creator 'Name  Brand' (two spaces, no comma). Consumer regulation: not relevant."))
    w = d(2021, 9, 23, 12, 30, 0, o)
    add(8213102, "watch-how-to-spot-a-scam-text", "WATCH: How to spot a scam text message", w, "Trillium News",
        ["Video", "Tech"],
        "<p>Consumer tech expert explains the warning signs.</p><p>The post <a rel=\"nofollow\" href=\"https://trilliumnews.example/news/8213102/watch-how-to-spot-a-scam-text/\">WATCH: How to spot a scam text message</a> appeared first on <a rel=\"nofollow\" href=\"https://trilliumnews.example\">Trillium News</a>.</p>",
        lambda k: it(k, "WATCH: How to spot a scam text message", w, [], story=False, rel=False,
                     note="Video clip, not a story. Title label 'WATCH:' may be kept or dropped."), video="scam-texts-0923")
    w = d(2021, 9, 22, 18, 0, 0, o)
    add(8211064, "instagram-teens-internal-research-mps-call", "MPs call for hearing after leaked research on Instagram and teen girls", w, "Hannah Oduya",
        ["Facebook", "Instagram", "Tech"],
        "<p>Opposition MPs want executives to testify before a Commons committee.</p><p>The post <a rel=\"nofollow\" href=\"https://trilliumnews.example/news/8211064/instagram-teens-internal-research-mps-call/\">MPs call for hearing after leaked research on Instagram and teen girls</a> appeared first on <a rel=\"nofollow\" href=\"https://trilliumnews.example\">Trillium News</a>.</p>",
        lambda k: it(k, "MPs call for hearing after leaked research on Instagram and teen girls", w, ["Hannah Oduya"], rel=False, junk=["appeared first on"]))
    w = d(2021, 9, 22, 9, 0, 0, o)
    add(8210350, "ransomware-attack-newfoundland-health-update", "Cyberattack on Newfoundland health system: what we know", w, "Trillium News Staff",
        ["Cybersecurity", "Tech"],
        "<p>Thousands of appointments have been cancelled since the attack.</p><p>The post <a rel=\"nofollow\" href=\"https://trilliumnews.example/news/8210350/ransomware-attack-newfoundland-health-update/\">Cyberattack on Newfoundland health system: what we know</a> appeared first on <a rel=\"nofollow\" href=\"https://trilliumnews.example\">Trillium News</a>.</p>",
        lambda k: it(k, "Cyberattack on Newfoundland health system: what we know", w, [], rel=False, junk=["appeared first on"], note="Staff credit: []."))
    channel = (f"\t<title>Tech &#8211; Trillium News</title>\n\t<atom:link href=\"{base}/tech/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n"
               f"\t<description>Trillium News &#124; Latest &amp; Breaking News Headlines</description>\n\t<lastBuildDate>{rfc822(d(2021, 9, 24, 21, 20, 0, o))}</lastBuildDate>\n"
               "\t<language>en-CA</language>\n\t<generator>https://wordpress.com/</generator>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:media="http://search.yahoo.com/mrss/"\n\t>\n\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_tech_trillium_tech.rss.xml", text, items, lang="en", outlet="Trillium News", aliases=["Trillium"], topic="tech",
                structure="Global News-style (Toronto, Corus-like TV network) Tech category RSS on WordPress VIP: declaration and <rss> on one line, one namespace per line, channel 'Tech &#8211; Brand' and a '&#124;' description, dc:creator right after pubDate in CDATA holding 'Name, Name', 'The Canadian Press', 'Name  Brand' (two spaces), 'Brand Staff' or the brand, several CDATA categories, '?p=<id>' non-permalink guids, CDATA descriptions with numeric entities and the 'The post <a>Title</a> appeared first on <a>Brand</a>.' footer, media:content for a 'WATCH:' video, a diplomatic story as the only relevant item, -0400 newsroom, GMT pubDates, September 2021")


# ---------------------------------------------------------------- Science Friday-style public-radio science programme's site feed (segments and articles)
def labhour():
    rows, items = [], []
    base = "https://www.labhourradio.example"

    def add(slug, kind, title, when, creator, desc, exp, audio=None, dur=None):
        url = f"{base}/{kind}/{slug}/"
        enc = f"\n      <enclosure url=\"https://traffic.podhost.example/labhour/{audio}.mp3\" length=\"{dur * 16000}\" type=\"audio/mpeg\"/>\n      <itunes:duration>{dur // 60:02d}:{dur % 60:02d}</itunes:duration>" if audio else ""
        cr = f"\n      <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>{cr}\n      <pubDate>{rfc822(when)}</pubDate>\n      <description>{esc(desc)}</description>{enc}\n"
                    f"      <guid isPermaLink=\"true\">{url}</guid>\n    </item>")
        items.append(exp(url))

    o = -4
    w = d(2020, 4, 17, 16, 0, 0, o)
    add("who-funding-halt-pandemic-research", "segments", "What A Halt In WHO Funding Could Mean For Pandemic Research", w, "Lab Hour",
        "<p>The U.S. announced it would suspend funding to the World Health Organization. Global health researcher Dr. Amara Okafor-Lind explains what that could mean for vaccine trials and disease surveillance in poorer countries.</p>",
        lambda k: it(k, "What A Halt In WHO Funding Could Mean For Pandemic Research", w, [], story=False, rel=False,
                     note="Radio segment page: a two-sentence teaser of an audio interview (mp3 enclosure), not an article. US–WHO funding dispute would be relevant if it were a story."),
        audio="LH_041720_seg1_who", dur=1020)
    w = d(2020, 4, 17, 14, 30, 0, o)
    add("bats-coronavirus-spillover-research", "articles", "Why Bats Are So Good At Carrying Coronaviruses", w, "Lena Marchetti",
        "<p>Bats have immune systems that tolerate viruses which would kill other mammals. &#8220;They live with these viruses the way we live with a mild cold,&#8221; says Tomas Ekwueme, a disease ecologist at the University of Accra Medical School.</p><p><em>This article is part of our coverage of the coronavirus pandemic.</em></p>",
        lambda k: it(k, "Why Bats Are So Good At Carrying Coronaviruses", w, ["Lena Marchetti"], rel=False, junk=["This article is part of our coverage"],
                     quotes=[q("Tomas Ekwueme", "University of Accra Medical School")]))
    w = d(2020, 4, 16, 15, 0, 0, o)
    add("earth-day-50-citizen-science-projects", "articles", "50 Years Of Earth Day: 10 Citizen Science Projects To Join From Home", w, "Lab Hour Staff",
        "<ul><li>Count birds from your window</li><li>Transcribe old weather logs</li><li>Map light pollution</li></ul>",
        lambda k: it(k, "50 Years Of Earth Day: 10 Citizen Science Projects To Join From Home", w, [], story=False, rel=False,
                     note="List of activities, not a story. Staff credit: []."))
    w = d(2020, 4, 16, 11, 20, 0, o)
    add("hubble-30th-anniversary-images", "articles", "Hubble Turns 30, And The Pictures Keep Getting Better", w, "Ravi Deshpande and Keiko Strand",
        "<p>Three decades after launch, the space telescope is still producing some of astronomy's most important observations.</p>",
        lambda k: it(k, "Hubble Turns 30, And The Pictures Keep Getting Better", w, ["Ravi Deshpande", "Keiko Strand"], rel=False, note="'A and B' byline."))
    w = d(2020, 4, 15, 18, 45, 0, o)
    add("arctic-ozone-hole-record", "articles", "A Rare Ozone Hole Opened Over The Arctic. Now It's Closing", w, "Lena Marchetti",
        "<p>Unusually cold stratospheric temperatures created the largest Arctic ozone depletion on record.</p>",
        lambda k: it(k, "A Rare Ozone Hole Opened Over The Arctic. Now It's Closing", w, ["Lena Marchetti"], rel=False))
    w = d(2020, 4, 10, 16, 0, 0, o)
    add("april-10-2020-full-episode", "episodes", "Lab Hour: April 10, 2020", w, None,
        "Listen to the full episode.",
        lambda k: it(k, "Lab Hour: April 10, 2020", w, [], story=False, rel=False, note="Full episode page (audio only), not a story."),
        audio="LH_041020_full", dur=6120)
    channel = (f"    <title>Lab Hour</title>\n    <link>{base}</link>\n    <description>Brain fun for curious people. Lab Hour is produced by the Lab Hour Initiative and distributed by Public Radio Exchange Partners.</description>\n"
               "    <language>en-us</language>\n    <copyright>© 2020 Lab Hour Initiative, Inc.</copyright>\n    <itunes:author>Lab Hour</itunes:author>\n    <itunes:explicit>no</itunes:explicit>\n"
               f"    <lastBuildDate>{rfc822(d(2020, 4, 17, 16, 5, 0, o))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">\n  <channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_science_labhour_radio.rss.xml", text, items, lang="en", outlet="Lab Hour", aliases=["Lab Hour Radio"], topic="science",
                structure="Science Friday-style (New York) public-radio science programme's site feed mixing 'segments', 'articles' and 'episodes': two-space nesting, dc and itunes namespaces, channel titled only with the programme name and a slogan description, Title Case headlines, dc:creator BEFORE pubDate holding a person, 'A and B', the programme or 'Brand Staff', escaped HTML descriptions with curly-quote numeric references, mp3 enclosures with itunes:duration for segment and episode pages, an italic series note, a <ul> list item, -0400 dates in April 2020")


FEEDS = [trillium, labhour]
