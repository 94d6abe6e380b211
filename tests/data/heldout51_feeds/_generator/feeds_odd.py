# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Tech, science and the two broken feeds of the fifty-first held-out set: a developer news site
on Hugo, a popular-science magazine on Squarespace, a Haifa English daily's feed in windows-1255
with nothing declared, and a Mumbai daily's feed cut off mid-item. All outlets, people and
quotations are invented."""
from h51 import cd, d, esc, feed, gmt, it, q, rfc822


# ---------------------------------------------------------------- developer news site on Hugo (2021)
def devwharf():
    base = "https://devwharf.example"
    rows, items = [], []
    author = "editors@devwharf.example (DevWharf Editors)"

    def add(slug, title, when, desc, authors=(), story=True, rel=False, quotes=None, junk=(), note=None):
        url = f"{base}/news/{when.strftime('%Y/%m')}/{slug}/"
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <pubDate>{rfc822(when)}</pubDate>\n      <author>{author}</author>\n      <guid>{url}</guid>\n      <description>{esc(desc)}</description>\n    </item>")
        items.append(it(url, title, when, list(authors), story, rel, [*junk, "DevWharf Editors"], quotes, note))

    base_note = " The Hugo template writes the SITE author ('editors@… (DevWharf Editors)') on every item; it is not the writer."
    w = d(2021, 12, 10, 18, 30, 0, 0)
    add("log4j-zero-day-log4shell", "Log4Shell: critical zero-day in Log4j puts millions of Java servers at risk", w,
        "<p>A remote code execution flaw in the Apache Log4j 2 logging library is being exploited in the wild. Upgrade to 2.15.0 now, or set <code>log4j2.formatMsgNoLookups=true</code>.</p><p>\"Anything that logs a user-controlled string is a target,\" said Priya Venkataraman-Cole, a security researcher at Tidewall Labs.</p><p>By Oskar Lindqvist-Amadi</p>",
        authors=["Oskar Lindqvist-Amadi"], rel=True, quotes=[q("Priya Venkataraman-Cole", "Tidewall Labs")], junk=["By Oskar Lindqvist-Amadi"],
        note="The writer is named only in a closing 'By Name' paragraph." + base_note + " A global security incident: relevant.")
    w = d(2021, 12, 14, 20, 0, 0, 0)
    add("go-1-18-beta-generics", "Go 1.18 beta ships with generics and fuzzing", w,
        "<p>The first beta of Go 1.18 brings type parameters, the biggest change to the language since 1.0, along with built-in fuzz testing and workspaces.</p><p>By Mei-Ling Okafor</p>",
        authors=["Mei-Ling Okafor"], junk=["By Mei-Ling Okafor"], note="Product release: a story, not relevant to a world desk." + base_note)
    w = d(2021, 12, 13, 15, 10, 0, 0)
    add("log4j-second-cve-2-16", "Log4j 2.16.0 released as second flaw found in the first fix", w,
        "<p>Apache has released 2.16.0, which disables message lookups entirely, after researchers showed the 2.15.0 fix was incomplete in some non-default configurations.</p>",
        rel=False, note="No writer named: []." + base_note + " A software release (the fix for a flaw): a story, not relevant.")
    w = d(2021, 12, 9, 9, 0, 0, 0)
    add("eu-dma-parliament-vote-developers", "What the EU's Digital Markets Act vote means for app developers", w,
        "<p>The European Parliament's position would force app stores to allow sideloading and third-party payments. We explain what changes, and when.</p><p>By Oskar Lindqvist-Amadi</p>",
        authors=["Oskar Lindqvist-Amadi"], rel=True, junk=["By Oskar Lindqvist-Amadi"], note="Explainer on EU regulation: a story, relevant." + base_note)
    w = d(2021, 12, 8, 12, 0, 0, 0)
    add("devwharf-weekly-49", "DevWharf Weekly #49: Rust 1.57, Deno Deploy, and a Postgres trick", w,
        "<p>This week's links, releases and one SQL trick. Subscribe to get it by email.</p>",
        story=False, note="Newsletter edition (link round-up): not a story.")
    w = d(2021, 12, 7, 16, 0, 0, 0)
    add("podcast-ep-112-platform-teams", "Podcast episode 112: Do you need a platform team?", w,
        "<p>Our hosts talk to an SRE lead about internal developer platforms. Listen wherever you get your podcasts.</p>",
        story=False, note="Podcast episode: not a story.")
    order = sorted(range(len(items)), key=lambda i: items[i].published, reverse=True)
    rows2 = []
    for i in order:
        rows2.append(next(r for r in rows if f"<link>{items[i].key}</link>" in r))
    items = [items[i] for i in order]
    head = (f"    <title>News on DevWharf</title>\n    <link>{base}/news/</link>\n    <description>Recent content in News on DevWharf</description>\n    <generator>Hugo -- gohugo.io</generator>\n"
            f"    <language>en-us</language>\n    <managingEditor>{author}</managingEditor>\n    <webMaster>{author}</webMaster>\n    <copyright>© 2021 DevWharf</copyright>\n"
            f"    <lastBuildDate>{rfc822(d(2021, 12, 14, 20, 0, 0, 0))}</lastBuildDate><atom:link href=\"{base}/news/index.xml\" rel=\"self\" type=\"application/rss+xml\" />\n")
    text = ('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
            + head + "\n".join(rows2) + "\n  </channel>\n</rss>\n")
    return feed("en_tech_devwharf_news_hugo.rss.xml", text, items, lang="en", outlet="DevWharf", topic="tech",
                ctype="application/rss+xml",
                structure="Developer/IT news site built with Hugo, the default rss.xml template of 2021: 'standalone=\"yes\"' prolog, channel 'News on Brand' with 'Recent content in News on Brand', <generator>Hugo -- gohugo.io</generator>, managingEditor/webMaster and an <author> on EVERY item taken from the site config ('e-mail (Brand Editors)'), the lastBuildDate and atom:link on one line, '/news/YYYY/MM/<slug>/' links as bare guids, escaped HTML summaries with <code>, closing 'By Name' paragraphs, +0000 dates in December 2021, a newsletter edition and a podcast, Content-Type without charset")


# ---------------------------------------------------------------- popular-science magazine on Squarespace (2017)
def orbit():
    base = "https://www.curiousorbit.example"
    rows, items = [], []
    site, coll = "56a1f0c2e4b07d3a9b1c2d3e", "56a1f1b8e4b0c1d2e3f4a5b6"

    def add(iid, slug, title, when, creator, authors, html, story=True, rel=False, quotes=None, junk=(), note=None):
        url = f"{base}/magazine/{when.year}/{when.month}/{when.day}/{slug}"
        key = f"{site}:{coll}:{iid}"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item><title>{esc(title)}</title><category>{'Magazine'}</category>{cr}<pubDate>{rfc822(when)}</pubDate><link>{url}</link>"
                    f"<guid isPermaLink=\"false\">{key}</guid><description>{cd(html)}</description>"
                    f"<media:content type=\"image/jpeg\" url=\"https://images.squarespace-cdn.example/content/v1/{site}/{iid}/cover.jpg?format=1500w\" medium=\"image\" isDefault=\"true\" width=\"1500\" height=\"1000\"><media:title type=\"plain\">{esc(title)}</media:title></media:content></item>")
        items.append(it(key, title, when, authors, story, rel, junk, quotes, note))

    w = d(2017, 4, 22, 21, 0, 0, 0)
    add("58fbc1a2e6f2e1b4c3d2a1f0", "march-for-science-cities", "Scientists march in 600 cities to defend research funding", w, "Imogen Delacroix-Barnes", ["Imogen Delacroix-Barnes"],
        "<p>From Washington to Wellington, researchers and supporters marched on Earth Day against proposed cuts to science budgets and what organisers called the politicisation of evidence.</p><p>\"I never thought I'd carry a placard about peer review,\" said Dr Tobias Nwankwo-Reyes, a marine ecologist who marched in Washington.</p>",
        rel=True, quotes=[q("Tobias Nwankwo-Reyes")], note="Science policy and protest in many countries: a story, relevant.")
    w = d(2017, 4, 20, 14, 0, 0, 0)
    add("58f8a0b1d5e1f0a3b2c1d0e9", "trappist-1-what-next", "After TRAPPIST-1: how we'll look for air on seven Earth-sized worlds", w, "Harun Bilgin-Moss", ["Harun Bilgin-Moss"],
        "<p>The James Webb telescope will be the first instrument able to test whether any of the planets has an atmosphere.</p><p><em>This story appears in the May issue of Curious Orbit. <a href=\"/subscribe\">Subscribe here</a>.</em></p>",
        junk=["This story appears in the May issue", "Subscribe here"], note="Discovery feature: a story, not relevant to a world desk. The magazine-issue plug is junk.")
    w = d(2017, 4, 19, 10, 0, 0, 0)
    add("58f72c3ad4e0f9b2a1c0b9d8", "great-barrier-reef-second-bleaching", "Back-to-back bleaching hits two-thirds of the Great Barrier Reef", w, "Imogen Delacroix-Barnes", ["Imogen Delacroix-Barnes"],
        "<p>Aerial surveys show severe bleaching across 1,500 kilometres of the reef for the second year running, a first in the reef's recorded history.</p><p>\"There is no recovery window any more,\" said Professor Annika Sorensen-Baird of the Coral Futures Centre.</p>",
        rel=True, quotes=[q("Annika Sorensen-Baird", "Coral Futures Centre")], note="Climate impact on a World Heritage site: relevant.")
    w = d(2017, 4, 17, 16, 0, 0, 0)
    add("58f4e8c9c3d2e1f0a9b8c7d6", "cassini-grand-finale-explainer", "Cassini's grand finale, explained in five diagrams", w, "", [],
        "<p>On April 26 the spacecraft begins 22 dives between Saturn and its rings. Here is what it will measure.</p>",
        note="Explainer without a byline: a story, not relevant.")
    w = d(2017, 4, 14, 12, 0, 0, 0)
    add("58f0c7d8b2c1d0e9f8a7b6c5", "quiz-which-planet-are-you", "Quiz: Which moon of Saturn are you?", w, "Curious Orbit", [],
        "<p>Eight questions. No wrong answers, only wrong moons.</p>", story=False, note="Quiz: not a story.")
    w = d(2017, 4, 12, 9, 0, 0, 0)
    add("58eded9fa1b0c9d8e7f6a5b4", "gene-drive-mosquitoes-burkina-faso", "Gene-drive mosquitoes: the village that said yes", w, "Aminata Ouédraogo-Hill", ["Aminata Ouédraogo-Hill"],
        "<p>Researchers want to release genetically modified mosquitoes in Burkina Faso to fight malaria. Residents of one village voted on it first.</p>",
        rel=True, note="Long read on a public-health trial abroad: relevant.")
    head = (f"<title>Magazine - Curious Orbit</title><link>{base}/magazine/</link><lastBuildDate>{rfc822(d(2017, 4, 22, 21, 5, 0, 0))}</lastBuildDate><language>en-GB</language>"
            f"<generator>Squarespace Site Server v5.13.419-SNAPSHOT (http://www.squarespace.com)</generator><description><![CDATA[]]></description>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<!--Generated by Squarespace Site Server v5.13.419-SNAPSHOT (http://www.squarespace.com) on '
            + rfc822(d(2017, 4, 22, 21, 5, 0, 0)) + '-->\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:media="http://www.rssboard.org/media-rss" version="2.0"><channel>'
            + head + "".join(rows) + "</channel></rss>")
    return feed("en_science_curiousorbit_magazine_squarespace.rss.xml", text, items, lang="en", outlet="Curious Orbit", topic="science",
                ctype="application/rss+xml; charset=UTF-8",
                structure="London popular-science magazine's 'Magazine' blog on Squarespace 7 (2017), read at '/magazine?format=rss' with full content: the 'Generated by Squarespace Site Server' comment after the prolog, one line, dc, itunes and media namespaces, channel 'Magazine - Brand', en-GB, the generator, an EMPTY CDATA channel description, items with <category> and dc:creator BEFORE pubDate and link, '/magazine/YYYY/M/D/<slug>' links, 'siteId:collectionId:itemId' hex guids, CDATA full-HTML descriptions, media:content with a media:title, +0000 dates in April 2017, an issue plug, an explainer without a byline and a quiz")


# ---------------------------------------------------------------- windows-1255 bytes, nothing declared
def carmel():
    base = "http://www.carmeldispatch.example"
    rows, items = [], []

    def add(aid, title, when, author, authors, cat, desc, story=True, rel=True, quotes=None, junk=(), note=None):
        url = f"{base}/Article.aspx?id={aid}"
        au = f"<author>{esc(author)}</author>\r\n" if author else ""
        rows.append(f"<item>\r\n<title>{esc(title)}</title>\r\n<link>{esc(url)}</link>\r\n<description>{esc(desc)}</description>\r\n{au}<category>{cat}</category>\r\n"
                    f"<pubDate>{rfc822(when)}</pubDate>\r\n<guid isPermaLink=\"false\">{aid}</guid>\r\n</item>")
        items.append(it(aid, title, when, authors, story, rel, junk, quotes, note))

    w = d(2016, 12, 24, 0, 30, 0, 2)
    add("481225", "UN Security Council demands end to settlement building as US abstains", w, "Noa Ben-Haim", ["Noa Ben-Haim"], "חדשות",
        "<p>The United Nations Security Council passed a resolution on Friday calling Israeli settlements \u201ca flagrant violation\u201d of international law, after Washington declined to use its veto \u2013 a break with decades of practice.</p><p>\u201cThis will be read in Jerusalem as a parting shot,\u201d said Dr Yael Rosenthal-Amit of the Haifa Centre for Diplomacy.</p>",
        quotes=[q("Yael Rosenthal-Amit", "Haifa Centre for Diplomacy")], note="The home country's foreign relations: relevant. Curly quotes and the en dash are single windows-1255 bytes (0x93, 0x94, 0x96).")
    w = d(2016, 12, 23, 17, 15, 0, 2)
    add("481198", "Berlin attack suspect shot dead by police in Milan", w, "Reuters", [], "חדשות העולם",
        "<p>The Tunisian man suspected of driving a truck into a Berlin Christmas market was killed in a shoot-out with police in Milan, Italy\u2019s interior minister said.</p>",
        note="Agency credit: []. Relevant.")
    w = d(2016, 12, 23, 11, 0, 0, 2)
    add("481170", "Aleppo evacuation completed, Syrian army says", w, "Carmel Dispatch Staff", [], "המזרח התיכון",
        "<p>The last buses carrying rebels and civilians left eastern Aleppo on Thursday night, the Syrian army said, ending four years of fighting for the city.</p>",
        note="A staff credit is not a person. The category is a Hebrew section name ('the Middle East'). Relevant.")
    w = d(2016, 12, 22, 20, 40, 0, 2)
    add("481142", "Haifa port tender: Chinese operator the only bidder left", w, "Eitan Shapira-Levi", ["Eitan Shapira-Levi"], "כלכלה",
        "<p>Only one bidder remains in the tender to run the new bay terminal at Haifa port. The contract is worth about \u20aa1.7 billion over 25 years.</p>",
        rel=False, note="Home business in the feed: a story, not relevant. The shekel sign is the single byte 0xA4 in windows-1255.")
    w = d(2016, 12, 22, 9, 0, 0, 2)
    add("481120", "Analysis: What Trump\u2019s embassy pledge would mean on the ground", w, "Noa Ben-Haim", ["Noa Ben-Haim"], "דעות",
        "<p>Moving the US embassy from Tel Aviv to Jerusalem is a promise three presidents have made and shelved. This time may be different.</p>",
        note="Analysis: a story, relevant. Title label 'Analysis:' may be kept or dropped.")
    w = d(2016, 12, 21, 18, 0, 0, 2)
    add("481101", "Hanukkah candle-lighting times for Haifa, Jerusalem and Tel Aviv", w, "", [], "יהדות",
        "<p>Candle-lighting times for the eight nights.</p>", story=False, rel=False, note="A listing of candle-lighting times: not a story.")
    head = (f"<title>The Carmel Dispatch - World</title>\r\n<link>{base}/World</link>\r\n<description>News from Israel and the world - \u05e2\u05d5\u05dc\u05dd</description>\r\n<language>en</language>\r\n"
            f"<lastBuildDate>{rfc822(d(2016, 12, 24, 0, 31, 0, 2))}</lastBuildDate>\r\n")
    text = '<?xml version="1.0"?>\r\n<rss version="2.0">\r\n<channel>\r\n' + head + "\r\n".join(rows) + "\r\n</channel>\r\n</rss>\r\n"
    return feed("en_il_carmeldispatch_world_cp1255_undeclared.rss.xml", text, items, lang="en", outlet="The Carmel Dispatch", aliases=["Carmel Dispatch"],
                encoding="cp1255", declared=None, ctype="text/xml", acceptable=("decoded", "refused"),
                structure="Haifa English-language daily's world feed from a classic ASP page (/rss/World.aspx): windows-1255 bytes with NO encoding in the prolog ('<?xml version=\"1.0\"?>') and a Content-Type 'text/xml' without charset, CRLF line ends, no namespaces, channel 'Brand - World' with a Hebrew word in the description, language 'en', Hebrew section names as <category> ('חדשות', 'חדשות העולם', 'המזרח התיכון', 'כלכלה', 'דעות', 'יהדות'), curly quotes, en dash and the shekel sign as single cp1255 bytes, 'Article.aspx?id=<n>' links escaped as &amp;-free, numeric non-permalink guids, RSS <author> with a person, an agency or a staff credit, +0200 dates in December 2016",
                notes="TRAP: windows-1255 with nothing declared: not valid UTF-8 (0x93, 0x94, 0x96, 0xA4 and the Hebrew letters 0xE0-0xFA), and read as windows-1252/Latin-1 the Hebrew section names become accented Latin letters ('çãùåú'). A careful reader detects windows-1255 and shows clean text (English with real quotes and ₪); a clear one-line refusal is also acceptable; mojibake is a defect.")


# ---------------------------------------------------------------- Mumbai daily, cut off mid-item
def salsette():
    base = "https://www.salsettetimes.example"
    rows, items = [], []

    def add(aid, slug, title, when, creator, authors, desc, story=True, rel=True, quotes=None, junk=(), note=None):
        url = f"{base}/world/{slug}-{aid}"
        cr = f"<dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item><title>{cd(title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid><pubDate>{rfc822(when)}</pubDate>{cr}"
                    f"<description>{cd(desc)}</description><media:content url=\"{base}/img/{aid}.jpg\" medium=\"image\"/></item>")
        items.append(it(url, title, when, authors, story, rel, junk, quotes, note))

    w = d(2023, 9, 10, 19, 45, 0, 5.5)
    add("101694355", "g20-summit-delhi-declaration-adopted", "G20 adopts New Delhi declaration, African Union joins as permanent member", w, "Aditi Kulkarni-Shah", ["Aditi Kulkarni-Shah"],
        "<p>Leaders of the Group of 20 adopted a joint declaration on the first day of the summit in New Delhi, a consensus few had expected given divisions over the war in Ukraine.</p><p>\"Getting Russia and the West to sign the same page was the real achievement,\" said Rohan Desai-Mehta, a former diplomat who now teaches in Pune.</p>",
        quotes=[q("Rohan Desai-Mehta")], note="India's own summit diplomacy: relevant.")
    w = d(2023, 9, 10, 13, 0, 0, 5.5)
    add("101694210", "morocco-earthquake-death-toll-rises", "Morocco earthquake: death toll passes 2,000 as rescuers reach mountain villages", w, "Reuters", [],
        "<p>Rescuers dug through rubble in villages of the High Atlas on Sunday as the toll from Morocco's strongest earthquake in decades rose above 2,000.</p>",
        note="Agency credit. Relevant.")
    w = d(2023, 9, 9, 21, 30, 0, 5.5)
    add("101694002", "india-middle-east-europe-corridor-announced", "India, Saudi Arabia, UAE and US unveil rail-and-shipping corridor to Europe", w, "Aditi Kulkarni-Shah", ["Aditi Kulkarni-Shah"],
        "<p>The planned corridor would link Mumbai's ports to the Gulf by sea, to Israel by rail and on to Europe, in a project seen as an answer to China's Belt and Road.</p>",
        note="Relevant.")
    w = d(2023, 9, 9, 10, 15, 0, 5.5)
    add("101693880", "gabon-junta-names-civilian-pm", "Gabon's junta names civilian prime minister", w, "AFP", [],
        "<p>Gabon's new military leaders named an economist and former opposition figure as prime minister of a transitional government.</p>",
        note="Relevant.")
    w = d(2023, 9, 8, 18, 0, 0, 5.5)
    add("101693701", "mumbai-diaspora-g20-watch-parties-in-london", "Watch: Mumbaikars in London on why the G20 matters to them", w, "ST Video", [],
        "<p>Our video team in Wembley.</p>", story=False, rel=False, note="Video page: not a story. Title label 'Watch:' may be kept or dropped.")
    w = d(2023, 9, 8, 9, 0, 0, 5.5)
    add("101693590", "libya-storm-daniel-flooding-warning", "Libya braces as Storm Daniel heads for the eastern coast", w, "Reuters", [],
        "<p>Authorities in eastern Libya declared a state of emergency and closed schools as the storm, which killed",
        story=False, rel=False,
        note="TRUNCATED: the connection was cut inside this item's description (no closing tags follow). The five complete items are expected; this cut-off item should not be posted (a half sentence), and a clear one-line refusal of the whole feed is also acceptable.")
    head = (f"<title>{cd('World News - The Salsette Times')}</title><link>{base}/world</link><description>{cd('Latest world news from The Salsette Times, Mumbai')}</description>"
            f"<language>en-in</language><lastBuildDate>{rfc822(d(2023, 9, 10, 19, 46, 0, 5.5))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
            + head + "".join(rows) + "</channel></rss>\n")
    cut = text.index("which killed") + len("which killed")
    text = text[:cut]
    return feed("en_in_salsettetimes_world_truncated.rss.xml", text, items, lang="en", outlet="The Salsette Times", aliases=["Salsette Times"],
                acceptable=("decoded", "refused"),
                structure="Mumbai English daily's world feed from a custom Node.js CMS, one line after the prolog: CDATA channel title 'World News - Brand', en-in, '/world/<slug>-<9 digits>' permalink guids right after the link, pubDate then CDATA dc:creator (a person, an agency or 'ST Video'), CDATA <p> descriptions, media:content last, +0530 dates in September 2023; the response is CUT OFF in the middle of the sixth item's description (inside the CDATA section: no ]]>, </description>, </item>, </channel> or </rss>, no final newline)",
                notes="TRAP: truncated transfer. Expected: preview the five complete items (their text intact) and drop the cut-off sixth, or refuse with one line. Posting the half item, or losing the complete ones while previewing, is a defect.")


FEEDS = [devwharf, orbit, carmel, salsette]
