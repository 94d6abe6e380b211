# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the twenty-second held-out set (world desks, tech, science).
All outlets, people and quotations are invented."""
from datetime import UTC

from lib import dt
from mk import NS_CONTENT, NS_DC, NS_MEDIA, esc, it, q, rfc822
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2027, 5, day, h, mi, s, off)


def cd(s):
    return f"<![CDATA[{s}]]>"


def utcz(w):
    return w.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- BTA-style national news agency (Sofia, +0300)
def vitoshawire():
    rows, items = [], []
    o = 3

    def add(nid, title, when, cat, desc, exp):
        url = f"https://www.vitoshawire.example/en/news/{cat}/{nid}"
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<description>{esc(desc)}</description>\n\t\t\t<category>{esc(cat.title())}</category>\n"
                    f"\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t\t<guid>{url}</guid>\n\t\t</item>")
        items.append(exp(url))

    w = d(18, 19, 42, 0, o)
    add(1071944, "Moldova Opens First Two Negotiating Clusters with EU; Bulgaria Pledges Expert Support", w, "world",
        "<p>Sofia, May 18 (VNA) - Moldova on Tuesday opened the first two negotiating clusters of its EU accession talks at an intergovernmental conference in Brussels, Bulgaria's Foreign Ministry said</p><p>\"Chisinau has done in three years what others needed ten for,\" Deputy Foreign Minister Kalina Dobreva told VNA. Bulgaria will second six experts on public procurement to the Moldovan government, she said.</p><p>/RY/</p>",
        lambda k: it(k, "Moldova Opens First Two Negotiating Clusters with EU; Bulgaria Pledges Expert Support", w, [], junk=["Sofia, May 18 (VNA)", "/RY/"], quotes=[q("Kalina Dobreva", "Foreign Ministry")], note="Agency text with the editor's initials '/RY/' as the last paragraph; no byline."))
    w = d(18, 16, 5, 0, o)
    add(1071920, "Bulgaria, Romania and Turkiye Extend Black Sea Mine Countermeasures Task Group Mandate", w, "world",
        "<p>Varna, May 18 (VNA) - The defence ministers of Bulgaria, Romania and Turkiye signed a protocol extending the Black Sea mine countermeasures task group until 2029.</p><p>The task group has cleared 41 drifting mines since it was set up.</p><p>/DT/</p>",
        lambda k: it(k, "Bulgaria, Romania and Turkiye Extend Black Sea Mine Countermeasures Task Group Mandate", w, [], junk=["Varna, May 18 (VNA)", "/DT/"]))
    w = d(18, 13, 30, 0, o)
    add(1071897, "Sofia and Skopje Resume Talks on Joint History Commission", w, "world",
        "<p>Sofia, May 18 (VNA) - Bulgaria and North Macedonia resumed the work of their joint commission on historical and educational issues after an 18-month pause</p><p>The next session will be held in Ohrid in July.</p><p>/NK/</p>",
        lambda k: it(k, "Sofia and Skopje Resume Talks on Joint History Commission", w, [], junk=["Sofia, May 18 (VNA)", "/NK/"]))
    w = d(18, 11, 15, 0, o)
    add(1071870, "Sofia Municipal Council Approves Route of Fourth Metro Line", w, "bulgaria",
        "<p>Sofia, May 18 (VNA) - The 14-km line will link Lyulin with the Business Park in Mladost.</p><p>/VM/</p>",
        lambda k: it(k, "Sofia Municipal Council Approves Route of Fourth Metro Line", w, [], rel=False, junk=["/VM/"]))
    w = d(17, 22, 10, 0, o)
    add(1071851, "Levski Beat CSKA 2:1 in Eternal Derby", w, "sports",
        "<p>Sofia, May 17 (VNA) - Levski came from behind to win at the Vasil Levski National Stadium.</p><p>/BR/</p>",
        lambda k: it(k, "Levski Beat CSKA 2:1 in Eternal Derby", w, [], rel=False, junk=["/BR/"]))
    w = d(17, 20, 0, 0, o)
    add(1071848, "VNA Events Calendar for May 19", w, "calendar",
        "<p>Sofia, May 18 (VNA) - The following events will be covered by VNA on Wednesday, May 19:</p><p>09:30 - Council of Ministers meeting; 11:00 - Parliament, question time; 14:00 - Press conference of the Bulgarian Olympic Committee</p>",
        lambda k: it(k, "VNA Events Calendar for May 19", w, [], story=False, rel=False, note="The agency's daily news-planning calendar, not a story."))
    channel = ("\t\t<title>Vitosha News Agency</title>\n\t\t<link>https://www.vitoshawire.example/en</link>\n\t\t<description>Vitosha News Agency - news in English</description>\n\t\t<language>en</language>\n"
               f"\t\t<copyright>Vitosha News Agency. All rights reserved.</copyright>\n\t\t<pubDate>{rfc822(d(18, 19, 45, 0, o))}</pubDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n\t<channel>\n' + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_bg_vitoshawire_english.rss.xml", text, items, lang="en", outlet="Vitosha News Agency", aliases=["VNA"],
                structure="BTA-style (Sofia) national news agency English RSS from a custom CMS: tab indentation, channel titled with the bare agency name, Title Case headlines, description BEFORE category, pubDate and guid (guid LAST, bare URL), no author element anywhere, escaped <p> bodies opening with the 'City, Month D (VNA) -' dateline and ending with the editor's initials in slashes ('/RY/') as a paragraph of their own, standfirst without final stop, straight double quotes, a daily events calendar, Bulgaria/Romania/Turkiye and North Macedonia items beside the Sofia metro and football, +0300 dates")


# ---------------------------------------------------------------- LRT English-style public broadcaster (Vilnius, +0300)
def nerisradio():
    rows, items = [], []
    o = 3

    def add(nid, slug, title, when, creator, img, desc, exp):
        url = f"https://www.nerisradio.example/en/news-in-english/19/{nid}/{slug}"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator is not None else ""
        media = f"<media:thumbnail url=\"https://www.nerisradio.example/img/2027/05/{nid}-640x360.jpg\" width=\"640\" height=\"360\"/>" if img else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><guid isPermaLink=\"false\">{nid}</guid>{cr}<pubDate>{rfc822(when)}</pubDate>"
                    f"<description>{esc(desc)}</description>{media}</item>")
        items.append(exp(str(nid)))

    w = d(18, 20, 14, 0, o)
    add(2259310, "moldova-opens-eu-talks-lithuania-to-share-experience", "Moldova opens EU talks, Lithuania to share its accession experience", w, "Neris English, BNS", True,
        "Lithuania will help Moldova with the chapters on agriculture and the judiciary, Foreign Minister Rūta Gedvilienė said on Tuesday after an intergovernmental conference in Brussels. “We know from our own path how long the last mile is,” she said.",
        lambda k: it(k, "Moldova opens EU talks, Lithuania to share its accession experience", w, [], quotes=[q("Rūta Gedvilienė", "Foreign Minister")], note="Second item on the Moldova accession story. Brand plus agency 'Neris English, BNS' as dc:creator: no person."))
    w = d(18, 17, 40, 0, o)
    add(2259295, "german-brigade-rukla-second-battalion-arrives", "Second battalion of German brigade arrives in Rūdninkai", w, "Austėja Paulauskaitė", True,
        "Around 800 soldiers of the German 45th Panzer Brigade moved into the new base in Rūdninkai, south of Vilnius, this week.The brigade is due to be fully operational by the end of the year",
        lambda k: it(k, "Second battalion of German brigade arrives in Rūdninkai", w, ["Austėja Paulauskaitė"]))
    w = d(18, 14, 25, 0, o)
    add(2259281, "president-to-attend-eu-central-asia-summit-in-samarkand", "Lithuanian president to attend EU–Central Asia summit in Samarkand", w, "BNS", False,
        "The summit on Thursday will focus on transport links across the Caspian Sea and critical raw materials.",
        lambda k: it(k, "Lithuanian president to attend EU–Central Asia summit in Samarkand", w, ["BNS"], note="Second item on the Samarkand summit story. Agency as the only credit. [] is also correct"))
    w = d(18, 10, 0, 0, o)
    add(2259260, "vilnius-old-town-street-music-day", "Street Music Day returns to Vilnius Old Town this weekend", w, "Neris English", True,
        "More than 300 stages will be set up across the city on Saturday.",
        lambda k: it(k, "Street Music Day returns to Vilnius Old Town this weekend", w, [], rel=False))
    w = d(17, 22, 35, 0, o)
    add(2259244, "zalgiris-reach-lkl-final", "Žalgiris reach LKL final after sweeping Rytas", w, "Mantas Žukauskas", True,
        "Žalgiris won game four 88:79 in Kaunas.",
        lambda k: it(k, "Žalgiris reach LKL final after sweeping Rytas", w, ["Mantas Žukauskas"], rel=False))
    w = d(17, 18, 0, 0, o)
    add(2259230, "podcast-baltic-brief-episode-112", "Baltic Brief podcast, episode 112: Who pays for the border fence?", w, None, False,
        "Listen to this week's episode on Spotify, Apple Podcasts or our website.",
        lambda k: it(k, "Baltic Brief podcast, episode 112: Who pays for the border fence?", w, [], story=False, rel=False, note="Podcast episode promotion, not a story."))
    channel = ("<title>Neris English - News in English</title><link>https://www.nerisradio.example/en</link><description>Neris Radio and Television news in English</description><language>en</language>"
               f"<copyright>© Neris Radio and Television, 2027</copyright><lastBuildDate>{rfc822(d(18, 20, 15, 0, o))}</lastBuildDate><ttl>15</ttl>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"' + NS_DC + NS_MEDIA + "><channel>" + channel + "".join(rows) + "</channel></rss>")
    return feed("en_lt_nerisradio_english.rss.xml", text, items, lang="en", outlet="Neris English", aliases=["Neris Radio and Television", "Neris Radio", "Neris"],
                structure="LRT English-style (Vilnius) public broadcaster's English news RSS from a custom CMS: the whole document on one line including the declaration, with no trailing newline, channel 'Brand - Section', <ttl>, numeric non-permalink guids, dc:creator holding a person, the English-service brand, 'Brand, BNS' (brand plus the national agency), the agency alone or nothing, plain descriptions with curly quotes and Lithuanian diacritics (ū, ė, ž), a missing space after a full stop before a standfirst without final stop, media:thumbnail on some items, a podcast episode, © broadcaster copyright with the year, +0300 dates")


# ---------------------------------------------------------------- Kuensel-style national daily on WordPress Newspack (Thimphu, +0600)
def dzongchronicle():
    rows, items = [], []
    o = 6

    def add(pid, slug, title, when, creators, cats, desc, body, credit, exp):
        url = f"https://dzongchronicle.example/{slug}/"
        cr = "".join(f"\n\t\t\t\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        cat = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        media = (f"\n\t\t<media:content url=\"https://dzongchronicle.example/wp-content/uploads/2027/05/{slug[:20]}.jpg\" medium=\"image\">\n\t\t\t<media:title type=\"html\">{esc(slug)}</media:title>\n\t\t\t<media:credit>{esc(credit)}</media:credit>\n\t\t</media:content>"
                 if credit else "")
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t{cr.strip()}\n\t\t<pubDate>{rfc822(when)}</pubDate>{cat}\n\t\t<guid isPermaLink=\"false\">https://dzongchronicle.example/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[{desc}]]></description>\n\t\t<content:encoded><![CDATA[{body}]]></content:encoded>{media}\n\t</item>")
        items.append(exp(f"https://dzongchronicle.example/?p={pid}"))

    w = d(18, 17, 30, 0, o)
    add(214507, "india-china-boundary-talks-resume-bhutan-watches-closely", "India-China boundary talks resume; Bhutan watches closely", w, ["Tshering Yangzom", "Karma Wangdi"], ["Headlines", "International"],
        "<p>The special representatives of India and China met in New Delhi yesterday for the first round of boundary talks in two years&#8230;</p>",
        "<p>The special representatives of India and China met in New Delhi yesterday for the first round of boundary talks in two years.</p><p>&#8220;Any understanding on the tri-junction must involve Bhutan,&#8221; said Sonam Tobgay, a retired foreign secretary who now teaches at the Royal Institute of Governance and Strategic Studies.</p><p>The 25th round of Bhutan-China boundary talks has not yet been scheduled.</p>",
        "Photo: Karma Wangdi/Dzong Chronicle",
        lambda k: it(k, "India-China boundary talks resume; Bhutan watches closely", w, ["Tshering Yangzom", "Karma Wangdi"], junk=["Photo: Karma Wangdi", "&#8230;"], quotes=[q("Sonam Tobgay", "Royal Institute of Governance and Strategic Studies")], note="Co-authors as two dc:creator elements. First of three items on the India-China boundary talks story."))
    w = d(18, 14, 10, 0, o)
    add(214498, "gelephu-dhaka-freight-trial-through-assam", "Gelephu-Dhaka freight trial run through Assam completed", w, ["Pema Choden"], ["Headlines", "Economy", "International"],
        "<p>Twelve trucks of boulders reached Dhaka via the Dalu-Gasuapara land port in 31 hours</p>",
        "<p>Twelve trucks of boulders reached Dhaka via the Dalu-Gasuapara land port in 31 hours</p><p>The trial was run under the Bhutan-Bangladesh-India transit protocol signed in March.</p>",
        None,
        lambda k: it(k, "Gelephu-Dhaka freight trial run through Assam completed", w, ["Pema Choden"]))
    w = d(18, 9, 45, 0, o)
    add(214486, "thailand-bhutan-direct-flights-bangkok-paro-resume", "Paro-Bangkok flights to double as Thailand eases visa rules for Bhutanese", w, ["Chronicle Reporter"], ["International"],
        "<p>Bhutanese passport holders will receive visas on arrival in Thailand from June 1.</p>",
        "<p>Bhutanese passport holders will receive visas on arrival in Thailand from June 1.</p><p>The national airline will add a second daily flight.</p>",
        None,
        lambda k: it(k, "Paro-Bangkok flights to double as Thailand eases visa rules for Bhutanese", w, [], note="'Chronicle Reporter' is a desk credit."))
    w = d(17, 19, 0, 0, o)
    add(214470, "nc-elections-polling-date-announced", "NC elections: Polling date announced for 20 dzongkhags", w, ["Yeshey Lhadon"], ["Headlines"],
        "<p>The Election Commission of Bhutan announced that the National Council elections will be held on July 21.</p>",
        "<p>The Election Commission of Bhutan announced that the National Council elections will be held on July 21.</p>",
        "Photo: ECB",
        lambda k: it(k, "NC elections: Polling date announced for 20 dzongkhags", w, ["Yeshey Lhadon"], rel=False, junk=["Photo: ECB"]))
    w = d(17, 15, 20, 0, o)
    add(214462, "paro-tshechu-draws-record-crowd", "Paro tshechu draws record crowd", w, ["Ugyen Dorji"], ["Culture"],
        "<p>More than 18,000 people attended the thongdrel unfurling on the last day.</p>",
        "<p>More than 18,000 people attended the thongdrel unfurling on the last day.</p>",
        "Photo: Ugyen Dorji",
        lambda k: it(k, "Paro tshechu draws record crowd", w, ["Ugyen Dorji"], rel=False, junk=["Photo: Ugyen Dorji"]))
    w = d(17, 10, 0, 0, o)
    add(214455, "vacancy-announcement-sub-editor-and-reporters", "Vacancy announcement: Sub-editor and reporters", w, ["Dzong Chronicle"], ["Notices"],
        "<p>Dzong Chronicle Corporation invites applications for the following positions.</p>",
        "<p>Dzong Chronicle Corporation invites applications for the following positions.</p><ul><li>Sub-editor (1)</li><li>Reporter, Gelephu bureau (2)</li></ul><p>Deadline: May 31.</p>",
        None,
        lambda k: it(k, "Vacancy announcement: Sub-editor and reporters", w, [], story=False, rel=False, note="Job advert, not a story."))
    channel = ("\t<title>Dzong Chronicle</title>\n\t<atom:link href=\"https://dzongchronicle.example/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://dzongchronicle.example</link>\n\t<description>Bhutan&#039;s National Newspaper</description>\n"
               f"\t<lastBuildDate>{rfc822(d(18, 17, 31, 0, o))}</lastBuildDate>\n\t<language>en-US</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://newspack.com/?v=6.4.1</generator>\n"
               "<image>\n\t<url>https://dzongchronicle.example/wp-content/uploads/2027/01/cropped-icon-32x32.png</url>\n\t<title>Dzong Chronicle</title>\n\t<link>https://dzongchronicle.example</link>\n\t<width>32</width>\n\t<height>32</height>\n</image>")
    ns = (NS_CONTENT + ' xmlns:wfw="http://wellformedweb.org/CommentAPI/"' + NS_DC + ' xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"' + NS_MEDIA)
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\t' + ns.strip().replace('" xmlns', '"\n\txmlns') + "\n\t>\n\n<channel>\n" + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_bt_dzongchronicle_newspack.rss.xml", text, items, lang="en", outlet="Dzong Chronicle", aliases=["Dzong Chronicle Corporation"],
                structure="Kuensel-style (Thimphu) national daily on WordPress with the Newspack platform: WordPress's stock feed template (namespaces one per line, '\\t>' alone, sy:updatePeriod with stray tabs, atom:link self, generator 'https://newspack.com/?v=…', a 32x32 <image>), tab indentation with dc:creator lines indented five tabs, ONE CDATA dc:creator PER CO-AUTHOR (two persons, one person, the desk 'Chronicle Reporter', the brand), several CDATA categories, '?p=' non-permalink guids, CDATA excerpt (one ending with '&#8230;' as the excerpt cut, one without final stop) plus content:encoded with &#8220;…&#8221; entity quotes, media:content with media:credit 'Photo: Name/Brand', a job advert, en-US language, +0600 dates")


# ---------------------------------------------------------------- Samoa Observer-style daily still on Atom 0.3 (Apia, +1300)
def upoluobserver():
    entries, items = [], []
    o = 13

    def add(nid, slug, title, when, author, html, exp):
        url = f"https://www.upoluobserver.example/article/{nid}"
        eid = f"tag:upoluobserver.example,2027:article/{nid}"
        t_html = title.replace("'", "&#39;")
        au = f"\n    <author>\n      <name>{esc(author)}</name>\n    </author>" if author else ""
        entries.append(f"  <entry>\n    <title mode=\"escaped\" type=\"text/html\">{esc(t_html)}</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n    <id>{eid}</id>\n"
                       f"    <issued>{when.isoformat()}</issued>\n    <modified>{utcz(when)}</modified>{au}\n    <summary type=\"text/plain\">{esc(slug)}</summary>\n"
                       f"    <content type=\"text/html\" mode=\"escaped\" xml:lang=\"en\">{esc(html)}</content>\n  </entry>")
        items.append(exp(eid))

    w = d(19, 18, 20, 0, o)
    add(118842, "PM leaves for Tokyo Pacific leaders meeting", "P.M. leaves for Tokyo Pacific leaders' meeting", w, "Lagi Tuimavave",
        "<p>The Prime Minister left Faleolo on Tuesday for the Pacific Islands Leaders Meeting in Tokyo, where Japan is expected to announce new funding for sea-level monitoring.</p><p>&ldquo;We will ask for a permanent coastguard training centre in Apia,&rdquo; said the Chief Executive Officer of the Ministry of Foreign Affairs and Trade, Matafeo Ioane Leavasa.</p>",
        lambda k: it(k, "P.M. leaves for Tokyo Pacific leaders' meeting", w, ["Lagi Tuimavave"], quotes=[q("Matafeo Ioane Leavasa", "Ministry of Foreign Affairs and Trade")], note="The escaped title holds the apostrophe as the HTML entity &#39; written &amp;#39; (mode=\"escaped\" type=\"text/html\"); the summary is the slug. HTML named entities (&ldquo;) inside the escaped content are HTML, not XML."))
    w = d(19, 15, 5, 0, o)
    add(118835, "Australia Samoa policing agreement signed", "Samoa and Australia sign five-year policing agreement", w, "Upolu Observer",
        "<p>Canberra will fund a new police academy at Tafaigata and 40 advisers over five years</p><p>The agreement was signed in Apia by the Australian High Commissioner and the Minister of Police.</p>",
        lambda k: it(k, "Samoa and Australia sign five-year policing agreement", w, [], note="The brand as author."))
    w = d(19, 11, 40, 0, o)
    add(118829, "Chinese-funded Vaiusu wharf handed over", "Chinese-funded Vaiusu wharf handed over to Samoa Ports Authority", w, "Fiu T. Leota and Sina Fa'alogo",
        "<p>The $54 million wharf was built by a Chinese state company.It will be used by fishing vessels and the coastguard&nbsp;&mdash; not by foreign navies, the Government says</p>",
        lambda k: it(k, "Chinese-funded Vaiusu wharf handed over to Samoa Ports Authority", w, ["Fiu T. Leota", "Sina Fa'alogo"], note="Two persons joined by 'and' in one Atom 0.3 author name; an initial with a dot inside a name."))
    w = d(19, 8, 0, 0, o)
    add(118820, "Fugalei market stallholders fees", "Fugalei market stallholders protest new fees", w, "Observer Reporter",
        "<p>Stallholders say the $15 daily fee is too high.</p>",
        lambda k: it(k, "Fugalei market stallholders protest new fees", w, [], rel=False))
    w = d(18, 21, 30, 0, o)
    add(118811, "Manu Samoa squad named", "Manu Samoa name squad for Pacific Nations Cup", w, "Sina Fa'alogo",
        "<p>Five uncapped players are in the 33-man squad.</p>",
        lambda k: it(k, "Manu Samoa name squad for Pacific Nations Cup", w, ["Sina Fa'alogo"], rel=False))
    w = d(18, 9, 0, 0, o)
    add(118800, "Death notices 19 May", "Death notices and funeral services", w, None,
        "<p>Notices received by the Observer office by 4pm yesterday.</p>",
        lambda k: it(k, "Death notices and funeral services", w, [], story=False, rel=False, note="Paid death notices, not a story."))
    head = ("  <title mode=\"escaped\" type=\"text/html\">Upolu Observer</title>\n  <link rel=\"alternate\" type=\"text/html\" href=\"https://www.upoluobserver.example/\"/>\n  <tagline>Samoa's independent daily newspaper</tagline>\n"
            f"  <id>tag:upoluobserver.example,2027:feed</id>\n  <modified>{utcz(d(19, 18, 21, 0, o))}</modified>\n  <copyright>Copyright 2027 Upolu Observer Company Ltd</copyright>\n"
            "  <generator url=\"https://www.upoluobserver.example/\" version=\"2.1\">Observer CMS</generator>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<feed version="0.3" xmlns="http://purl.org/atom/ns#" xml:lang="en">\n' + head + "\n" + "\n".join(entries) + "\n</feed>\n")
    return feed("en_ws_upoluobserver_atom03.atom.xml", text, items, lang="en", outlet="Upolu Observer", aliases=["The Upolu Observer"], shape="atom", ctype="application/atom+xml",
                notes="Atom 0.3 (namespace http://purl.org/atom/ns#, version=\"0.3\"): dates in <issued> (local, +13:00) and <modified> (UTC), content mode=\"escaped\", a <summary> holding only the article slug. The full content is the text; the slug is not a summary.",
                structure="Samoa Observer-style (Apia) daily's feed from an old custom CMS that still writes ATOM 0.3: <feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\">, <tagline>, <copyright>, <generator url version>, two-space indentation, title mode=\"escaped\" type=\"text/html\" (apostrophe written as the HTML entity &amp;#39;, dots in 'P.M.'), 'tag:' ids, <issued> with +13:00 and <modified> in UTC with Z, <author><name> holding a person, 'A and B', the brand, 'Observer Reporter' or nothing, a text/plain <summary> holding the slug, escaped content with HTML named entities (&ldquo; &rdquo; &nbsp; &mdash;) and a missing space after a full stop, paid death notices, Company Ltd copyright")


# ---------------------------------------------------------------- GBC-style public broadcaster (Gibraltar, +0200)
def rockbroadcasting():
    rows, items = [], []
    o = 2

    def add(slug, title, when, desc, exp):
        url = f"https://www.rbc.gi.example/news/{slug}"
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <comments>{url}#comments</comments>\n    <pubDate>{rfc822(when)}</pubDate>\n    <guid isPermaLink=\"true\">{url}</guid>\n"
                    f"    <description>{esc(desc)}</description>\n  </item>")
        items.append(exp(url))

    w = d(18, 18, 45, 0, o)
    add("spanish-congress-ratifies-gibraltar-treaty-5541", "Spanish Congress ratifies Gibraltar treaty", w,
        "The treaty on Gibraltar's future relationship with the EU has cleared the Congreso de los Diputados by 241 votes to 98. The Chief Minister called it 'a day of quiet satisfaction'. RBC's Julia Ferrary reports.",
        lambda k: it(k, "Spanish Congress ratifies Gibraltar treaty", w, ["Julia Ferrary"], junk=["RBC's Julia Ferrary reports"], note="Broadcast-style credit 'Brand's Name reports' as the last sentence: the reporter is the author; [] is also correct"))
    w = d(18, 15, 30, 0, o)
    add("frontier-fluidity-no-queues-first-week-5538", "First week of frontier without passport stamps: 'no queues', says Government", w,
        "Frontex officers have been at the airport and port since Monday.Travellers crossing from La Línea are no longer stamped",
        lambda k: it(k, "First week of frontier without passport stamps: 'no queues', says Government", w, []))
    w = d(18, 12, 10, 0, o)
    add("morocco-ferry-tangier-route-returns-5533", "Tangier ferry route returns after four years", w,
        "The Moroccan operator will run three crossings a week from July, the Ministry for Tourism has announced. Minister Gemma Arias said: \"Morocco is our neighbour too.\"",
        lambda k: it(k, "Tangier ferry route returns after four years", w, [], quotes=[q("Gemma Arias", "Ministry for Tourism")]))
    w = d(18, 9, 20, 0, o)
    add("gha-new-mri-scanner-5529", "GHA installs second MRI scanner at St Bernard's", w,
        "Waiting times for scans should halve by the summer, the GHA says.",
        lambda k: it(k, "GHA installs second MRI scanner at St Bernard's", w, [], rel=False))
    w = d(17, 21, 15, 0, o)
    add("lincoln-red-imps-win-league-5524", "Lincoln Red Imps clinch 27th league title", w,
        "A 3-0 win over St Joseph's at Europa Point sealed the title.",
        lambda k: it(k, "Lincoln Red Imps clinch 27th league title", w, [], rel=False))
    w = d(17, 20, 30, 0, o)
    add("newswatch-17-may-5522", "Newswatch: Monday 17 May", w,
        "Watch tonight's Newswatch.",
        lambda k: it(k, "Newswatch: Monday 17 May", w, [], story=False, rel=False, note="TV news bulletin video, not a story."))
    channel = ("  <title>RBC News</title>\n  <link>https://www.rbc.gi.example/news</link>\n  <description>News from the Rock Broadcasting Corporation</description>\n  <language>en-gb</language>\n"
               "  <managingEditor>newsroom@rbc.gi.example (RBC Newsroom)</managingEditor>\n  <skipHours><hour>1</hour><hour>2</hour><hour>3</hour><hour>4</hour></skipHours>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_gi_rockbroadcasting_news.rss.xml", text, items, lang="en", outlet="RBC News", aliases=["Rock Broadcasting Corporation", "RBC"],
                structure="GBC-style (Gibraltar) public broadcaster's news RSS from a custom CMS: two-space indentation, channel titled 'ACRONYM News', managingEditor 'e-mail (Newsroom)', <skipHours> with <hour> children, <comments> '#comments' links, permalink guids AFTER pubDate, no author element, plain descriptions with a broadcast-style closing credit 'Brand's Name reports.', straight single and double quotes, a missing space after a full stop, frontier and Morocco ferry items beside the hospital and football, a TV bulletin video, en-gb, +0200 dates")


# ---------------------------------------------------------------- EFE English-style wire world feed (Madrid, +0200)
def iberiapress():
    rows, items = [], []
    o = 2

    def add(nid, title, when, creator, desc, exp):
        url = f"https://english.iberiapress.example/world/{nid}"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item><guid isPermaLink=\"false\">IBP-{nid}</guid><title>{cd(title)}</title><link>{url}</link>{cr}<pubDate>{rfc822(when)}</pubDate><description>{cd(desc)}</description>"
                    f"<enclosure url=\"https://english.iberiapress.example/photos/{nid}.jpg\" length=\"184220\" type=\"image/jpeg\"/></item>")
        items.append(exp(f"IBP-{nid}"))

    w = d(18, 20, 5, 0, o)
    add(58120931, "Spanish Congress ratifies Gibraltar treaty with EU", w, "Madrid Desk",
        "<p>Madrid, May 18 (IBP).- The Spanish Congress of Deputies on Tuesday ratified the treaty that brings Gibraltar into the Schengen area, ending a process that began with the 2020 New Year's Eve agreement.</p><p>\"Nobody has given up on sovereignty today,\" Foreign Minister Arturo Velasco Prieto told the chamber.</p>",
        lambda k: it(k, "Spanish Congress ratifies Gibraltar treaty with EU", w, [], junk=["Madrid, May 18 (IBP).-"], quotes=[q("Arturo Velasco Prieto", "Foreign Minister")], note="Second item on the Gibraltar treaty story."))
    w = d(18, 17, 50, 0, o)
    add(58120904, "ECOWAS leaders agree to reopen trade routes with Sahel alliance", w, "Ngozi Okafor (IBP)",
        "<p>Abuja, May 18 (IBP).- West African leaders agreed at a summit in Abuja on Tuesday to reopen road corridors with Mali, Burkina Faso and Niger</p><p>The decision follows a year of talks mediated by Togo.</p>",
        lambda k: it(k, "ECOWAS leaders agree to reopen trade routes with Sahel alliance", w, ["Ngozi Okafor"], junk=["Abuja, May 18 (IBP).-"], note="Second item on the ECOWAS summit story. dc:creator 'Name (IBP)'."))
    w = d(18, 15, 20, 0, o)
    add(58120877, "ICJ begins hearings on merits in Guyana-Venezuela Essequibo case", w, "Marta Ibarra Solís (IBP)",
        "<p>The Hague, May 18 (IBP).- The International Court of Justice opened hearings on the merits of Guyana's claim over the Essequibo region, with Venezuela attending for the first time.</p>",
        lambda k: it(k, "ICJ begins hearings on merits in Guyana-Venezuela Essequibo case", w, ["Marta Ibarra Solís"], junk=["The Hague, May 18 (IBP).-"], note="Second item on the Essequibo hearings story."))
    w = d(18, 12, 40, 0, o)
    add(58120850, "EU extends anti-piracy mission Atalanta, Spain keeps command in Rota", w, None,
        "<p>Brussels, May 18 (IBP).- The European Union extended its naval operation off Somalia until 2029.The operational headquarters will stay at the Rota naval base in southern Spain</p>",
        lambda k: it(k, "EU extends anti-piracy mission Atalanta, Spain keeps command in Rota", w, [], junk=["Brussels, May 18 (IBP).-"], note="Second item on the Atalanta story."))
    w = d(17, 23, 10, 0, o)
    add(58120822, "Real Madrid beat Sevilla to stay in title race", w, "Sports Desk",
        "<p>Madrid, May 17 (IBP).- Real Madrid won 2-1 at the Bernabéu.</p>",
        lambda k: it(k, "Real Madrid beat Sevilla to stay in title race", w, [], rel=False))
    w = d(17, 21, 0, 0, o)
    add(58120815, "IBP English news planning for Wednesday, May 19", w, None,
        "<p>Main events expected on Wednesday: the EU-Central Asia summit in Samarkand; the Spanish Senate debate on housing; the Champions League draw.</p>",
        lambda k: it(k, "IBP English news planning for Wednesday, May 19", w, [], story=False, rel=False, note="Wire service news planning (agenda), not a story."))
    channel = ("<title><![CDATA[IBP English - World]]></title><link>https://english.iberiapress.example/world</link><description><![CDATA[Agencia Iberia Press news in English]]></description><language>en</language>"
               "<copyright>© Agencia Iberia Press, S.A.</copyright><image><url>https://english.iberiapress.example/logo.png</url><title>IBP English</title><link>https://english.iberiapress.example/</link></image>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"' + NS_DC + ">\n<channel>" + channel + "".join(rows) + "</channel>\n</rss>\n")
    return feed("en_es_iberiapress_world.rss.xml", text, items, lang="en", outlet="IBP English", aliases=["Agencia Iberia Press", "Iberia Press", "IBP"],
                structure="EFE English-style Spanish wire service's English world feed from a custom CMS: declaration, <rss> and </rss> on their own lines with the channel on one line, CDATA channel title 'Brand - Section', <image>, <guid> FIRST in each item ('IBP-<8 digits>', non-permalink), CDATA titles and <p> descriptions opening with the agency dateline 'City, May D (IBP).-' (full stop and hyphen), dc:creator holding 'Name (IBP)', 'Madrid Desk', 'Sports Desk' or nothing, enclosures with real lengths, four world items from other desks' stories, a news-planning agenda, S.A. copyright, +0200 dates")


# ---------------------------------------------------------------- UzA-style state news agency with yandex:full-text (Tashkent, +0500)
def tashkentpress():
    rows, items = [], []
    o = 5

    def add(nid, title, when, author, desc, full, exp):
        url = f"https://tashkentpress.example/en/posts/{nid}"
        au = f"\n      <author>{esc(author)}</author>" if author else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <guid>{url}</guid>\n      <pubDate>{rfc822(when)}</pubDate>{au}\n"
                    f"      <description>{esc(desc)}</description>\n      <yandex:full-text>{esc(full)}</yandex:full-text>\n      <category>{'Politics' if 'Samarkand' in title or 'Afghan' in title else 'Society'}</category>\n    </item>")
        items.append(exp(url))

    w = d(19, 16, 30, 0, o)
    add(60518, "Samarkand hosts second EU–Central Asia summit", w, "news@tashkentpress.example (Dilnoza Karimova)",
        "The leaders of the five Central Asian states and the EU adopted the Samarkand Declaration on connectivity",
        "The leaders of the five Central Asian states and the European Union adopted the Samarkand Declaration on connectivity. The document sets out 12 billion euros of investment in the Trans-Caspian corridor by 2030.\n\n\"Central Asia is no longer a transit zone, it is a partner,\" said Otabek Rakhimov, adviser to the President of Uzbekistan on foreign policy.\n\nDilnoza Karimova, Tashkent Press correspondent",
        lambda k: it(k, "Samarkand hosts second EU–Central Asia summit", w, ["Dilnoza Karimova"], junk=["news@tashkentpress.example", "correspondent"], quotes=[q("Otabek Rakhimov", "adviser to the President of Uzbekistan")], note="<author> in the RSS 2.0 'e-mail (Name)' form; the full text ends with the correspondent's signature line."))
    w = d(19, 12, 5, 0, o)
    add(60507, "Uzbekistan and Afghanistan agree tariff for Termez–Mazar-i-Sharif–Kabul railway freight", w, "news@tashkentpress.example (Jasur Tursunov)",
        "Freight will cost 85 dollars per tonne on the Termez–Kabul section",
        "Freight will cost 85 dollars per tonne on the Termez–Kabul section.The agreement was signed in Termez by the heads of the two railway companies",
        lambda k: it(k, "Uzbekistan and Afghanistan agree tariff for Termez–Mazar-i-Sharif–Kabul railway freight", w, ["Jasur Tursunov"], junk=["news@tashkentpress.example"]))
    w = d(19, 10, 20, 0, o)
    add(60499, "Uzbekistan, Kazakhstan open Central Asia trade and industry centre at the border", w, "news@tashkentpress.example",
        "The centre at Gulistan will have a duty-free zone of 200 hectares.",
        "The centre at Gulistan will have a duty-free zone of 200 hectares.",
        lambda k: it(k, "Uzbekistan, Kazakhstan open Central Asia trade and industry centre at the border", w, [], junk=["news@tashkentpress.example"], note="A bare e-mail address as <author>: no person."))
    w = d(18, 18, 0, 0, o)
    add(60488, "Tashkent metro's ring line to be completed in 2028", w, None,
        "Four more stations will open on the ring line.",
        "Four more stations will open on the ring line.",
        lambda k: it(k, "Tashkent metro's ring line to be completed in 2028", w, [], rel=False))
    w = d(18, 14, 40, 0, o)
    add(60479, "Pakhtakor beat Nasaf in Super League", w, "news@tashkentpress.example (Sardor Aliev)",
        "Pakhtakor won 2:0 in Tashkent.",
        "Pakhtakor won 2:0 in Tashkent.",
        lambda k: it(k, "Pakhtakor beat Nasaf in Super League", w, ["Sardor Aliev"], rel=False, junk=["news@tashkentpress.example"]))
    w = d(18, 9, 0, 0, o)
    add(60470, "Exchange rates of foreign currencies for May 18", w, None,
        "The Central Bank set the following rates.",
        "The Central Bank set the following rates.\n\nUSD 12,915.40\nEUR 13,994.10\nRUB 158.22",
        lambda k: it(k, "Exchange rates of foreign currencies for May 18", w, [], story=False, rel=False, note="Daily currency table, not a story."))
    channel = ("    <title>Tashkent Press - National News Agency of Uzbekistan</title>\n    <link>https://tashkentpress.example/en</link>\n    <description>Tashkent Press news in English</description>\n    <language>en</language>\n"
               "    <yandex:logo>https://tashkentpress.example/logo.png</yandex:logo>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:yandex="http://news.yandex.ru" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">\n  <channel>\n' + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_uz_tashkentpress_yandex.rss.xml", text, items, lang="en", outlet="Tashkent Press", aliases=["Tashkent Press National News Agency", "National News Agency of Uzbekistan"],
                structure="UzA-style (Tashkent) national news agency's English RSS in the Yandex.News format from a custom CMS: namespaces (yandex, an unused media) before version, two-space nested indentation, channel 'Brand - National News Agency of Uzbekistan', <yandex:logo>, permalink = bare guid, RSS 2.0 <author> in the 'e-mail (Name)' form, a bare e-mail or nothing, a one-sentence standfirst without final stop in <description> and the whole article in <yandex:full-text> as plain text with blank lines, a correspondent signature line, a missing space after a full stop, straight quotes, <category> last, a currency table, no copyright, +0500 dates")


# ---------------------------------------------------------------- Stabroek News-style daily on an Escenic template (Georgetown, -0400)
def demeraratimes():
    rows, items = [], []
    o = -4

    def add(aid, sec, slug, title, when, creator, teaser, body, exp):
        url = f"https://www.demeraratimes.example/{sec}/article{aid}.ece"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else "<dc:creator/>"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>\n{cr}\n<dc:date>{when.isoformat()}</dc:date>\n<pubDate>{rfc822(when)}</pubDate>\n"
                    f"<description>{esc(teaser)}</description>\n<content:encoded>{esc(body)}</content:encoded>\n<dcterms:modified>{when.isoformat()}</dcterms:modified>\n</item>")
        items.append(exp(url))

    w = d(18, 21, 10, 0, o)
    add(2745819, "news/guyana", "icj-hearings", "Guyana tells ICJ Essequibo border is 'settled law'", w, "By Keisha Dummett-Ross",
        "Guyana's legal team opened its case at The Hague",
        "<p>Guyana's legal team opened its case at The Hague on Tuesday, telling the International Court of Justice that the 1899 Arbitral Award is final.</p><p>&#8220;A border settled 128 years ago does not become unsettled because oil was found,&#8221; said Ronald Fiedtkou, Guyana's agent before the court.</p><div class=\"ece-related\"><h4>Related</h4><a href=\"https://www.demeraratimes.example/news/guyana/article2745701.ece\">Venezuela names new Essequibo 'governor'</a></div>",
        lambda k: it(k, "Guyana tells ICJ Essequibo border is 'settled law'", w, ["Keisha Dummett-Ross"], junk=["Related", "new Essequibo 'governor'"], quotes=[q("Ronald Fiedtkou", "Guyana's agent before the court")], note="dc:creator holds 'By Name'. Escenic related-articles block at the end of content:encoded."))
    w = d(18, 17, 25, 0, o)
    add(2745802, "news/regional", "caricom-heads", "CARICOM heads to meet in Georgetown on Haiti security mission", w, "Demerara Times Staff",
        "Heads of government will decide whether to extend the mission",
        "<p>Heads of government will decide whether to extend the Kenyan-led mission beyond October.</p><p>The special meeting will open on Thursday at the Arthur Chung Conference Centre.</p>",
        lambda k: it(k, "CARICOM heads to meet in Georgetown on Haiti security mission", w, [], note="Staff credit."))
    w = d(18, 13, 0, 0, o)
    add(2745788, "news/guyana", "brazil-bridge", "Takutu bridge upgrade to open Lethem-Boa Vista route to heavy trucks", w, "By Romario Bissoon in Lethem",
        "Brazil will pay for the new deck",
        "<p>Brazil will pay for the new deck.The works start in August and are due to finish before the 2028 rainy season</p>",
        lambda k: it(k, "Takutu bridge upgrade to open Lethem-Boa Vista route to heavy trucks", w, ["Romario Bissoon"], note="'By Name in Place' byline."))
    w = d(18, 9, 40, 0, o)
    add(2745770, "news/guyana", "flooding", "Flooding in Georgetown as drainage pumps fail", w, "By Joanna Ramcharran",
        "Residents of Albouystown waded through knee-deep water",
        "<p>Residents of Albouystown waded through knee-deep water on Monday.</p>",
        lambda k: it(k, "Flooding in Georgetown as drainage pumps fail", w, ["Joanna Ramcharran"], rel=False))
    w = d(17, 22, 0, 0, o)
    add(2745755, "sports", "harpy-eagles", "Harpy Eagles take first-innings lead against Jamaica", w, "By Akeem Lowe",
        "Kemol Batson made 112",
        "<p>Kemol Batson made 112 at Providence.</p>",
        lambda k: it(k, "Harpy Eagles take first-innings lead against Jamaica", w, ["Akeem Lowe"], rel=False))
    w = d(17, 20, 0, 0, o)
    add(2745749, "frontpage", "may-18", "Today's front page: Tuesday, May 18, 2027", w, None,
        "",
        "<p><img src=\"https://www.demeraratimes.example/frontpage/2027-05-18.jpg\" alt=\"Front page\"/></p>",
        lambda k: it(k, "Today's front page: Tuesday, May 18, 2027", w, [], story=False, rel=False, note="Front-page image, not a story."))
    channel = ("<title>Demerara Times</title>\n<link>https://www.demeraratimes.example/</link>\n<description>Latest news from Demerara Times</description>\n<dc:language>en-GY</dc:language>\n"
               f"<dc:rights>Copyright © Demerara Times Inc.</dc:rights>\n<dc:date>{d(18, 21, 12, 0, o).isoformat()}</dc:date>\n<generator>Escenic Content Engine</generator>")
    ns = NS_DC + NS_CONTENT + ' xmlns:dcterms="http://purl.org/dc/terms/"'
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + ns + ">\n<channel>\n" + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_gy_demeraratimes_escenic.rss.xml", text, items, lang="en", outlet="Demerara Times", aliases=["The Demerara Times"],
                structure="Stabroek News-style (Georgetown) daily's RSS from an Escenic Content Engine template: no indentation, one element per line, channel with dc:language en-GY, dc:rights and dc:date instead of RSS elements, generator 'Escenic Content Engine', '/<section>/article<7 digits>.ece' permalink guids, dc:creator holding 'By Name', 'By Name in Place', 'Brand Staff' or an EMPTY self-closed <dc:creator/>, BOTH dc:date (W3C, -04:00) and pubDate, a teaser without final stop plus escaped content:encoded with &#8220;…&#8221; quotes, an Escenic 'Related' <div> block with a link at the end, a missing space after a full stop, dcterms:modified LAST, a front-page image item with an empty description, Inc. rights, -0400 dates")


# ---------------------------------------------------------------- @astrojs/rss feed of a tech-news site
def switchboard():
    rows, items = [], []

    def add(slug, title, when, desc, content, exp):
        url = f"https://switchboard.example/news/{slug}/"
        c = f"<content:encoded>{esc(content)}</content:encoded>" if content else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid><description>{esc(desc)}</description><pubDate>{rfc822(when, gmt=True)}</pubDate>{c}</item>")
        items.append(exp(url))

    w = d(18, 16, 0)
    add("netherlands-japan-tighten-lithography-export-rules", "The Netherlands and Japan tighten export rules on chipmaking tools for China", w,
        "Both governments will require licences for servicing older deep-ultraviolet machines already installed in China.",
        "<p>Both governments will require licences for servicing older deep-ultraviolet machines already installed in China.</p><p>“Maintenance was the last open door,” said Ingrid Vos, a trade lawyer at Brennan Halvorsen in The Hague.</p><p><em>— Reporting by Priya Natarajan</em></p>",
        lambda k: it(k, "The Netherlands and Japan tighten export rules on chipmaking tools for China", w, ["Priya Natarajan"], junk=["Reporting by"], quotes=[q("Ingrid Vos", "Brennan Halvorsen")], note="No author element: the byline is the italic 'Reporting by Name' last paragraph of content:encoded."))
    w = d(18, 13, 30, 0)
    add("eu-fines-us-platform-under-dsa-washington-threatens-tariffs", "EU fines a US platform under the DSA; Washington threatens tariffs", w,
        "The Commission's first fine under the Digital Services Act drew an immediate response from the US trade representative",
        "<p>The Commission's first fine under the Digital Services Act drew an immediate response from the US trade representative</p><p>The fine is 4 percent of global turnover.</p><p><em>— Reporting by Tomás Whelan</em></p>",
        lambda k: it(k, "EU fines a US platform under the DSA; Washington threatens tariffs", w, ["Tomás Whelan"], junk=["Reporting by"]))
    w = d(18, 10, 0, 0)
    add("review-lumo-fold-3", "Review: the Lumo Fold 3 finally gets the hinge right", w,
        "A better hinge, a worse battery.",
        "<p>A better hinge, a worse battery.</p><p><em>— Reporting by Marcus Lindqvist</em></p>",
        lambda k: it(k, "Review: the Lumo Fold 3 finally gets the hinge right", w, ["Marcus Lindqvist"], rel=False, junk=["Reporting by"], note="Title label 'Review:' may be kept or dropped"))
    w = d(17, 18, 30, 0)
    add("rust-in-the-linux-kernel-7-2", "Linux 7.2 ships with the first Rust-only driver subsystem", w,
        "The release also drops support for 32-bit PowerPC.",
        "",
        lambda k: it(k, "Linux 7.2 ships with the first Rust-only driver subsystem", w, [], rel=False))
    w = d(17, 15, 0, 0)
    add("startup-raises-series-b-satellite-iot", "Satellite IoT startup Orbitline raises $80 million", w,
        "The round was led by two Japanese trading houses.",
        "<p>The round was led by two Japanese trading houses.</p>",
        lambda k: it(k, "Satellite IoT startup Orbitline raises $80 million", w, [], rel=False))
    w = d(17, 8, 0, 0)
    add("weekly-digest-142", "Switchboard Weekly #142", w,
        "Everything we published this week, in one place. Subscribe to get it by e-mail.",
        "",
        lambda k: it(k, "Switchboard Weekly #142", w, [], story=False, rel=False, note="Newsletter digest of the week's links, not a story."))
    channel = "<title>Switchboard</title><description>Technology, policy and the people in between.</description><link>https://switchboard.example/</link><language>en-us</language>"
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"' + NS_CONTENT + "><channel>" + channel + "".join(rows) + "</channel></rss>")
    return feed("en_tech_switchboard_astro.rss.xml", text, items, lang="en", outlet="Switchboard", topic="tech",
                structure="@astrojs/rss output of a tech-news site built with Astro: the whole document on one line with no trailing newline, content namespace on <rss>, channel title/description/link/language only, no generator, no lastBuildDate, no author element, permalink guids, plain-text descriptions (one without final stop) BEFORE pubDate, pubDate in GMT, content:encoded on most items with the byline as an italic '— Reporting by Name' last paragraph, curly quotes, a review, a weekly newsletter digest, no copyright")


# ---------------------------------------------------------------- Pelican Atom of a geoscience institute's news category
def oceanicgeo():
    entries, items = [], []

    def add(slug, title, when, upd, authors, summary, content, cat, exp):
        url = f"https://www.oceanic-geo.example/news/{slug}.html"
        eid = f"tag:www.oceanic-geo.example,{when:%Y-%m-%d}:/news/{slug}.html"
        au = "".join(f"<author><name>{esc(a)}</name></author>" for a in authors)
        entries.append(f"<entry><title>{esc(title)}</title><link href=\"{url}\" rel=\"alternate\"></link><published>{when.isoformat()}</published><updated>{upd.isoformat()}</updated>{au}"
                       f"<id>{eid}</id><summary type=\"html\">{esc(summary)}</summary><content type=\"html\">{esc(content)}</content><category term=\"{cat}\"></category></entry>")
        items.append(exp(eid))

    w = d(18, 14, 0, 0, 0)
    add("isa-council-kingston-mining-code", "Seabed mining code: ISA Council session in Kingston ends without agreement", w, d(18, 16, 30, 0, 0), ["Helena Marsh"],
        "&lt;p&gt;Our researchers followed the International Seabed Authority Council in Kingston as observers&lt;/p&gt;",
        "<p>Our researchers followed the International Seabed Authority Council in Kingston as observers.</p><p>“States are split on whether environmental thresholds come before or after the first exploitation licence,” said Dr Kofi Mensah-Ward, who leads the institute's deep-sea ecology group.</p>",
        "news",
        lambda k: it(k, "Seabed mining code: ISA Council session in Kingston ends without agreement", w, ["Helena Marsh"], quotes=[q("Kofi Mensah-Ward", "deep-sea ecology group")], note="The summary is the escaped first paragraph shown as '&lt;p&gt;…' after one decoding: Pelican double-escapes a summary typed with HTML."))
    w = d(18, 9, 0, 0, 0)
    add("arctic-council-science-working-groups-resume", "Arctic Council working groups resume joint fieldwork with Russian scientists", w, d(18, 9, 0, 0, 0), ["Helena Marsh", "Jon Einarsson"],
        "Permafrost monitoring sites in Yakutia will be shared again from 2028.",
        "<p>Permafrost monitoring sites in Yakutia will be shared again from 2028.</p><p>The decision was taken at the senior Arctic officials' meeting in Tromsø.</p>",
        "news",
        lambda k: it(k, "Arctic Council working groups resume joint fieldwork with Russian scientists", w, ["Helena Marsh", "Jon Einarsson"], note="One <author> element per person."))
    w = d(17, 15, 30, 0, 0)
    add("reykjanes-magma-inflow", "Magma inflow under Svartsengi reaches pre-eruption levels", w, d(17, 15, 30, 0, 0), ["Jon Einarsson"],
        "GPS stations show 12 cm of uplift since March.",
        "<p>GPS stations show 12 cm of uplift since March.</p>",
        "news",
        lambda k: it(k, "Magma inflow under Svartsengi reaches pre-eruption levels", w, ["Jon Einarsson"], rel=False))
    w = d(17, 10, 0, 0, 0)
    add("paper-slow-slip-hikurangi", "New paper: Slow-slip events on the Hikurangi margin repeat every 14 months", w, d(17, 10, 0, 0, 0), ["Amaru Tane"],
        "Published in Geophysical Research Letters",
        "<p>Published in Geophysical Research Letters</p><p>The study uses 19 years of seafloor pressure data.</p>",
        "publications",
        lambda k: it(k, "Slow-slip events on the Hikurangi margin repeat every 14 months", w, ["Amaru Tane"], rel=False, note="Title label 'New paper:' may be kept or dropped"))
    w = d(16, 12, 0, 0, 0)
    add("research-vessel-open-ship-day", "RV Nansen Explorer open ship day on 29 May", w, d(16, 12, 0, 0, 0), ["Outreach Team"],
        "Visit our research vessel in the harbour.",
        "<p>Visit our research vessel in the harbour. Tours every 30 minutes from 10:00 to 16:00.</p>",
        "events",
        lambda k: it(k, "RV Nansen Explorer open ship day on 29 May", w, [], story=False, rel=False, note="Event announcement; 'Outreach Team' is not a person."))
    w = d(16, 9, 0, 0, 0)
    add("tsunami-early-warning-indian-ocean-drill", "Indian Ocean tsunami drill tests new pressure sensors", w, d(16, 9, 0, 0, 0), ["Amaru Tane"],
        "Twenty-three countries took part in the exercise.",
        "<p>Twenty-three countries took part in the exercise.</p>",
        "news",
        lambda k: it(k, "Indian Ocean tsunami drill tests new pressure sensors", w, ["Amaru Tane"], rel=False, note="A scientific exercise: not foreign policy."))
    head = ("<title>Oceanic Geoscience Institute - News</title><link href=\"https://www.oceanic-geo.example/\" rel=\"alternate\"></link><link href=\"https://www.oceanic-geo.example/feeds/all.atom.xml\" rel=\"self\"></link>"
            f"<id>https://www.oceanic-geo.example/</id><updated>{d(18, 16, 30, 0, 0).isoformat()}</updated><subtitle>Research news from the Oceanic Geoscience Institute</subtitle>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">' + head + "".join(entries) + "</feed>")
    return feed("en_science_oceanicgeo_pelican.atom.xml", text, items, lang="en", outlet="Oceanic Geoscience Institute", shape="atom", topic="science", ctype="application/atom+xml; charset=utf-8",
                structure="Pelican's default Atom writer (feedgenerator) for a geoscience institute's all-posts feed: declaration then the whole feed on one line with no trailing newline, title 'Site - News', explicit </link> closing tags, <subtitle> after <updated>, entries with published/updated in +00:00 BEFORE author, one <author> per person (also 'Outreach Team'), 'tag:host,YYYY-MM-DD:/path' ids, html summary (one double-escaped '&lt;p&gt;…' so HTML tags show after decoding, one without final stop) plus html content, <category term>, a 'New paper:' title label, an open-ship-day announcement; no rights")


FEEDS = [vitoshawire, nerisradio, dzongchronicle, upoluobserver, rockbroadcasting, iberiapress, tashkentpress, demeraratimes, switchboard, oceanicgeo]
