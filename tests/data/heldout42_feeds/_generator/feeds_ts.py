# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Tech and science feeds of the forty-second held-out set (a Tallinn tech site on Hugo, a
Chilean English-language science newsletter on Substack). All outlets, people and quotations
are invented."""
from h42 import P, cd, d, esc, feed, gmt, it, ordered, q, rfc822

LBL = "Title label '{}' may be kept or dropped"


# ---------------------------------------------------------------- Tallinn tech site on Hugo (2020)
def balticbyte():
    base = "https://balticbyte.example"
    rows, items = [], []

    def add(path, title, when, summary, exp):
        url = f"{base}/{path}/"
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <pubDate>{rfc822(when)}</pubDate>\n      \n      <guid>{url}</guid>\n      <description>{esc(summary)}</description>\n    </item>")
        items.append(exp(url))

    w = d(2020, 5, 20, 14, 0, 0, 3)
    add("posts/2020/interview-estonia-e-residency-chief-on-huawei-and-5g", "Q&A: 'We chose our 5G suppliers the way we choose allies'", w,
        P("<em>By Kertu Vaher-Lindqvist</em>", "Estonia passed a law this spring that lets the government vet 5G equipment suppliers for security risks. We asked Priit Kallasmaa-Rebane, who advises the Ministry of Economic Affairs on network security, what it means.",
          "<strong>Q:</strong> Is this a Huawei ban?", "<strong>A:</strong> \"It is a law about trust. We chose our 5G suppliers the way we choose allies: by who will be there in a crisis.\"",
          "<strong>Q:</strong> Does it slow the rollout?", "<strong>A:</strong> \"By months, not years. Security that arrives late is still cheaper than a network you cannot trust.\""),
        lambda k: it(k, "'We chose our 5G suppliers the way we choose allies'", w, ["Kertu Vaher-Lindqvist"], quotes=[q("Priit Kallasmaa-Rebane", "Ministry of Economic Affairs")],
                     junk=["By Kertu Vaher-Lindqvist"],
                     note=LBL.format("Q&A:") + ". Hugo's RSS has no author element: the byline is only the italic 'By Name' first line. Q&A: quotes belong to the interviewee. 5G supplier vetting as alliance policy (China): relevant."))
    w = d(2020, 5, 19, 9, 30, 0, 3)
    add("posts/2020/explainer-what-the-us-export-rule-on-chips-means", "Explainer: What the new US chip export rule means for European startups", w,
        P("<em>By Andrus Põldma</em>", "The US Commerce Department on Friday extended its export rules to foreign-made chips designed with American tools, when they are bound for Huawei.",
          "<strong>Who is affected?</strong> Any foundry using US design software or equipment, which means nearly all of them.",
          "<strong>What about European startups?</strong> Few sell to Huawei directly, but several design chips for its suppliers."),
        lambda k: it(k, "What the new US chip export rule means for European startups", w, ["Andrus Põldma"], junk=["By Andrus Põldma"],
                     note=LBL.format("Explainer:") + ". Explainer (news) on US export controls against a Chinese firm: relevant (trade and technology policy between states)."))
    w = d(2020, 5, 18, 12, 0, 0, 3)
    add("posts/2020/bolt-scooters-return-to-tallinn", "Electric scooters return to Tallinn streets with new speed limits", w,
        P("<em>By Kertu Vaher-Lindqvist</em>", "Rental scooters are back in Tallinn after the emergency situation ended, with a 20 km/h limit in the Old Town."),
        lambda k: it(k, "Electric scooters return to Tallinn streets with new speed limits", w, ["Kertu Vaher-Lindqvist"], rel=False, junk=["By Kertu"], note="Home city tech/transport: not relevant."))
    w = d(2020, 5, 15, 16, 20, 0, 3)
    add("posts/2020/nato-cyber-range-exercise-moves-online", "NATO's Locked Shields cyber exercise postponed, training moves online", w,
        P("<em>By Andrus Põldma</em>", "Locked Shields, the live-fire cyber defence exercise run each spring by the NATO cyber defence centre in Tallinn, has been postponed because of the pandemic, its organisers said.",
          "\"The threat did not take a holiday, so the training continues remotely,\" said Lt Col Mari Saarepuu-Hendriks, a spokeswoman for the centre."),
        lambda k: it(k, "NATO's Locked Shields cyber exercise postponed, training moves online", w, ["Andrus Põldma"], junk=["By Andrus"], quotes=[q("Mari Saarepuu-Hendriks", "NATO cyber defence centre")],
                     note="Alliance defence cooperation: relevant."))
    w = d(2020, 5, 14, 10, 0, 0, 3)
    add("podcast/episode-41-startup-funding-in-lockdown", "Baltic Byte Podcast, episode 41: Funding in lockdown", w,
        P("This week: three founders on raising money over Zoom. Listen on Spotify, Apple Podcasts or wherever you get your podcasts."),
        lambda k: it(k, "Baltic Byte Podcast, episode 41: Funding in lockdown", w, [], story=False, rel=False, note="Podcast episode: not a story."))
    w = d(2020, 5, 13, 8, 0, 0, 3)
    add("posts/2020/review-the-new-estonian-id-card-reader-app", "Review: The ID-card reader app finally works on phones", w,
        P("<em>By Kertu Vaher-Lindqvist</em>", "The updated app lets you sign documents with your ID card over NFC. It works, mostly."),
        lambda k: it(k, "The ID-card reader app finally works on phones", w, ["Kertu Vaher-Lindqvist"], rel=False, junk=["By Kertu"],
                     note=LBL.format("Review:") + ". Product review: a story, not relevant."))
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n    <title>Baltic Byte</title>\n'
            f"    <link>{base}/</link>\n    <description>Recent content on Baltic Byte</description>\n    <generator>Hugo -- gohugo.io</generator>\n    <language>en-us</language>\n"
            f"    <lastBuildDate>{rfc822(d(2020, 5, 20, 14, 0, 0, 3))}</lastBuildDate>\n    \n        <atom:link href=\"{base}/index.xml\" rel=\"self\" type=\"application/rss+xml\" />\n    \n"
            + "\n    \n".join(rows) + "\n    \n  </channel>\n</rss>\n")
    return feed("en_tech_balticbyte_hugo.rss.xml", text, items, lang="en", outlet="Baltic Byte", topic="tech",
                ctype="application/rss+xml; charset=utf-8",
                structure="Tallinn English-language tech site built with Hugo 0.70's built-in RSS template (/index.xml): standalone='yes' prolog, 'Recent content on <Title>' description, <generator>Hugo -- gohugo.io</generator>, en-us, blank whitespace lines between items, '/posts/YYYY/<slug>/' and '/podcast/…' links as guids, pubDate BEFORE guid with an empty line between, no author element at all (the byline is an italic 'By Name' first paragraph of the escaped description), full text in the description, 'Q&A:', 'Explainer:' and 'Review:' kickers, a podcast episode, +0300 dates, May 2020",
                notes="Home country Estonia.")


# ---------------------------------------------------------------- Chilean English-language science newsletter on Substack (2026)
def atacama():
    base = "https://atacamaobserver.example"
    rows, items = [], []

    def add(slug, title, when, sub, creator, body, exp, enc=None):
        url = f"{base}/p/{slug}"
        en = f'<enclosure url="https://substackcdn.example/image/fetch/w_1456,c_limit/{enc}" length="0" type="image/jpeg"/>' if enc else ""
        rows.append(f"<item><title><![CDATA[{title}]]></title><description><![CDATA[{sub}]]></description><link>{url}</link><guid isPermaLink=\"false\">{url}</guid>"
                    f"<dc:creator><![CDATA[{creator}]]></dc:creator><pubDate>{gmt(when)}</pubDate>{en}<content:encoded><![CDATA[{body}]]></content:encoded></item>")
        items.append(exp(url))

    foot = '<div class="subscription-widget-wrap"><p>Atacama Observer is a reader-supported publication. To receive new posts and support our work, consider becoming a free or paid subscriber.</p></div>'
    w = d(2026, 3, 11, 13, 0, 0, -3)
    add("qa-the-astronomer-who-counts-satellites", "Q&A: \u201cThe sky is now a shared border\u201d", w, "An ESO astronomer on satellite megaconstellations and the UN committee that could regulate them.", "Camila Reyes-Thornbury",
        P("<em>Camila Reyes-Thornbury talked to Dr. Joaquín Paredes-Okafor, who measures satellite trails at an observatory near Paranal. The interview was edited for clarity.</em>",
          "<strong>How bad is it?</strong>", "\u201cOn some nights one exposure in five has a trail. Ten years ago it was one in a hundred.\u201d",
          "<strong>Who can fix it?</strong>", "\u201cThe sky is now a shared border. The UN committee on outer space is the only place where the launching states and the observing states sit together, and Chile should push there.\u201d") + foot,
        lambda k: it(k, "\u201cThe sky is now a shared border\u201d", w, ["Camila Reyes-Thornbury"], quotes=[q("Joaquín Paredes-Okafor")],
                     junk=["reader-supported publication", "edited for clarity"],
                     note=LBL.format("Q&A:") + ". Q&A with bold questions and quoted answers: the quotes are the interviewee's. Regulation of outer space at the UN: relevant (borderline science policy)."), enc="paranal.jpg")
    w = d(2026, 3, 4, 12, 0, 0, -3)
    add("explainer-why-chile-wants-a-lithium-treaty", "Explainer: Why the lithium triangle wants a common price", w, "Chile, Argentina and Bolivia hold most of the world's lithium. Talks on a joint policy resume in La Paz.", "Atacama Observer",
        P("Chile, Argentina and Bolivia together hold more than half of the world's known lithium reserves, mostly in the salt flats where their borders meet.",
          "<strong>What is on the table?</strong> A shared register of production and an exchange of data on water use. A price floor, like OPEC's for oil, is further off.",
          "<strong>Why now?</strong> Prices fell by two-thirds in two years, and all three governments want more of the value to stay at home.") + foot,
        lambda k: it(k, "Why the lithium triangle wants a common price", w, [], junk=["reader-supported publication"],
                     note=LBL.format("Explainer:") + ". Explainer (news) on talks between three states: relevant. Author is the publication: []."))
    w = d(2026, 2, 25, 10, 0, 0, -3)
    add("obituary-ruth-albornoz", "Ruth Albornoz (1938\u20132026): the glaciologist who measured the Andes for two governments", w, "She mapped the ice on both sides of the border when the border was disputed.", "Camila Reyes-Thornbury",
        P("Ruth Albornoz, who mapped the glaciers of the Southern Patagonian Ice Field for a joint Chilean-Argentine commission in the 1990s, died in Punta Arenas on February 19. She was 87.",
          "Her surveys were used in the 1998 agreement that settled most of the last border dispute between the two countries.",
          "\u201cShe would not let either delegation touch her maps before she had finished,\u201d said her former student Ignacio Vukovic-Salas.") + foot,
        lambda k: it(k, "Ruth Albornoz (1938–2026): the glaciologist who measured the Andes for two governments", w, ["Camila Reyes-Thornbury"], quotes=[q("Ignacio Vukovic-Salas")], junk=["reader-supported publication"],
                     note="Obituary of a scientist whose work settled a border dispute: a story; relevant (borderline, the 1998 border agreement)."))
    w = d(2026, 2, 18, 9, 0, 0, -3)
    add("new-frog-species-nahuelbuta", "A new frog in the Nahuelbuta forest", w, "Found under a log, described in eight months.", "Tomás Ilabaca",
        P("Biologists have described a new species of frog from the Nahuelbuta range, the first amphibian named in Chile in six years.") + foot,
        lambda k: it(k, "A new frog in the Nahuelbuta forest", w, ["Tomás Ilabaca"], rel=False, junk=["reader-supported publication"], note="Science news: not relevant."))
    w = d(2026, 2, 11, 9, 0, 0, -3)
    add("open-thread-14", "Open thread #14: your questions on El Niño", w, "Ask us anything.", "Atacama Observer",
        P("This is an open thread for paid subscribers. Ask your questions about El Niño in the comments.") + foot,
        lambda k: it(k, "Open thread #14: your questions on El Niño", w, [], story=False, rel=False, note="Open thread: not a story."))
    w = d(2026, 2, 4, 9, 0, 0, -3)
    add("antarctic-treaty-inspection-report", "Inspection finds fuel leaks at two Antarctic stations", w, "An inspection under the Antarctic Treaty found problems at stations run by three countries.", "Tomás Ilabaca",
        P("An inspection team under the Antarctic Treaty found fuel leaks at two research stations on King George Island, according to a report released before the treaty's consultative meeting in May.",
          "Inspections under Article VII allow any party to visit any other party's station without notice.") + foot,
        lambda k: it(k, "Inspection finds fuel leaks at two Antarctic stations", w, ["Tomás Ilabaca"], junk=["reader-supported publication"], note="Treaty inspection between states: relevant."))
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:googleplay="http://www.google.com/schemas/play-podcasts/1.0">'
            f"<channel><title><![CDATA[Atacama Observer]]></title><description><![CDATA[Science from the driest desert on Earth, in English, from Antofagasta]]></description><link>{base}</link>"
            f"<image><url>https://substackcdn.example/image/fetch/w_256,c_limit/atacama.png</url><title>Atacama Observer</title><link>{base}</link></image><generator>Substack</generator>"
            f"<lastBuildDate>{gmt(d(2026, 3, 11, 13, 5, 0, -3))}</lastBuildDate><atom:link href=\"{base}/feed\" rel=\"self\" type=\"application/rss+xml\"/>"
            "<copyright><![CDATA[Atacama Observer]]></copyright><language><![CDATA[en]]></language><webMaster><![CDATA[atacamaobserver@substack.example]]></webMaster>"
            "<itunes:owner><itunes:email><![CDATA[atacamaobserver@substack.example]]></itunes:email><itunes:name><![CDATA[Camila Reyes-Thornbury]]></itunes:name></itunes:owner><itunes:author><![CDATA[Camila Reyes-Thornbury]]></itunes:author>"
            "<googleplay:owner><![CDATA[atacamaobserver@substack.example]]></googleplay:owner><googleplay:email><![CDATA[atacamaobserver@substack.example]]></googleplay:email><googleplay:author><![CDATA[Camila Reyes-Thornbury]]></googleplay:author>"
            + "".join(rows) + "</channel></rss>")
    return feed("en_science_atacamaobserver_substack.rss.xml", text, items, lang="en", outlet="Atacama Observer", topic="science",
                ctype="application/xml; charset=utf-8",
                structure="Chilean English-language science newsletter on Substack (/feed): one line, no trailing newline, itunes and googleplay namespaces and owner blocks on a text newsletter, CDATA <language>, <copyright> and <webMaster>, items with CDATA title and subtitle description, '/p/<slug>' links repeated as non-permalink guids, CDATA dc:creator (a writer or the publication), GMT pubDates (newsroom -0300), image enclosure with length 0, content:encoded ending with the 'reader-supported publication' subscription widget, a Q&A with bold questions and “…”-quoted answers, an 'Explainer:' kicker, an obituary with years in the title, an open thread, weekly posts February–March 2026",
                notes="Home country Chile.")


FEEDS = [balticbyte, atacama]
