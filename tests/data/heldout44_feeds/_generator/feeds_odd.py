# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Tech, science and the two oddly encoded feeds of the forty-fourth held-out set: a tech site
on WordPress 4.6 (2016), a science magazine on ExpressionEngine 2 (2012), a Scottish daily's
world desk whose copy carries Word's Symbol/Wingdings private-use glyphs (2025), and a
Bergamo-valleys weekly's classic-ASP feed in Windows-1252 under a US-ASCII declaration (2012).
All outlets, people and quotations are invented."""
from h44 import S, cd, d, esc, feed, newest_first, rfc822, utc0, wpt


# ---------------------------------------------------------------- tech site, WordPress 4.6 (September 2016)
def patchbay():
    base = "https://patchbay.example"
    specs = [
        S("eu-orders-apple-repay-irish-tax", "EU orders Apple to pay back \u20ac13 billion in Irish taxes", d(2016, 8, 30, 13, 5, 0, 1), "Niamh Cadogan", ["Niamh Cadogan"],
          ["The European Commission ruled on Tuesday that Ireland gave Apple illegal state aid and must recover up to \u20ac13 billion in unpaid taxes, plus interest.",
           "\u201cThis is as much about Brussels and Washington as it is about Cork,\u201d said Tobias Ekwueme, a tax policy researcher at the Open Markets Lab."],
          quotes=[("Tobias Ekwueme", "Open Markets Lab")], note="EU competition ruling between governments and a multinational: relevant."),
        S("yahoo-500-million-accounts-state-actor", "Yahoo says 500 million accounts stolen by 'state-sponsored actor'", d(2016, 9, 22, 21, 40, 0, 1), "Marcus Lindqvist", ["Marcus Lindqvist"],
          ["Yahoo confirmed on Thursday that information from at least 500 million user accounts was stolen in late 2014, and said it believed a state-sponsored actor was behind the breach."],
          note="A state-attributed cyber attack on a global scale: relevant (borderline; a careful world editor would keep it)."),
        S("galaxy-note-7-recall", "Samsung recalls Galaxy Note 7 over battery fires", d(2016, 9, 2, 12, 30, 0, 1), "Marcus Lindqvist", ["Marcus Lindqvist"],
          ["Samsung is recalling about 2.5 million Galaxy Note 7 phones after reports of batteries catching fire while charging."],
          rel=False, note="Product recall: a story, not world affairs."),
        S("review-iphone-7", "Review: iPhone 7 \u2013 the headphone jack is gone, and that's the story", d(2016, 9, 13, 15, 0, 0, 1), "Niamh Cadogan", ["Niamh Cadogan"],
          ["The new phone is faster, more water-resistant and has a better camera. It also has no headphone socket.",
           "<em>Disclosure: Apple lent Patchbay a review unit.</em>"],
          rel=False, junk=["Disclosure"], note="Product review: a story, not relevant. Title label 'Review:' may be kept or dropped."),
        S("deals-usb-c-cables", "Deals: The best USB-C cables under \u00a310", d(2016, 9, 17, 9, 0, 0, 1), "Patchbay Deals", [],
          ["Our pick of cables that won't fry your laptop. <em>Patchbay may earn a commission from links in this post.</em>"],
          story=False, rel=False, note="Affiliate deals post: not a story."),
        S("patchbay-podcast-67", "The Patchbay Podcast 67: Courage", d(2016, 9, 9, 17, 0, 0, 1), "Patchbay", [],
          ["[audio mp3=\"https://patchbay.example/wp-content/uploads/2016/09/pb67.mp3\"][/audio]"],
          story=False, rel=False, note="Podcast episode: not a story."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        pid = 31188 - i * 23
        url = f"{base}/{s['w'].strftime('%Y/%m/%d')}/{s['k']}/"
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(s['title'])}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#comments</comments>\n\t\t<pubDate>{utc0(s['w'])}</pubDate>\n"
                    f"\t\t<dc:creator><![CDATA[{s['by']}]]></dc:creator>\n\t\t\t\t<category><![CDATA[News]]></category>\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[{s['paras'][0]}]]></description>\n\t\t\t\t<content:encoded><![CDATA[{s.html()}]]></content:encoded>\n"
                    f"\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t<slash:comments>{(i * 7) % 40}</slash:comments>\n\t\t</item>")
        items.append(s.exp(f"{base}/?p={pid}"))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f'\t<title>Patchbay</title>\n\t<atom:link href="{base}/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f'\t<description>Technology news and reviews</description>\n\t<lastBuildDate>{utc0(d(2016, 9, 22, 21, 41, 0, 1))}</lastBuildDate>\n\t<language>en-GB</language>\n'
            '\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t<sy:updateFrequency>1</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=4.6.1</generator>\n'
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_tech_patchbay_wp46_2016.rss.xml", text, items, lang="en", outlet="Patchbay", topic="tech",
                structure="London tech news and reviews site's main feed on WordPress 4.6.1 (August-September 2016): site title only as channel title, en-GB, the 4.x prolog and sy:update* without whitespace, '/YYYY/MM/DD/<slug>/' links, '?p=<id>' guids, +0000 pubDates (newsroom +0100), CDATA dc:creator (reporters, 'Patchbay Deals', the brand), one 'News' category on everything, first-paragraph descriptions, content:encoded with a review-unit disclosure, an affiliate note and an unrendered [audio] shortcode",
                notes="Home country: the United Kingdom. Tech feed: relevance means world-affairs significance (state regulation, state-attributed attacks), not product news.")


# ---------------------------------------------------------------- science magazine, ExpressionEngine 2.5 (July-August 2012)
def sediment():
    base = "http://www.sedimentandstar.example"
    specs = [
        S("curiosity-lands-gale-crater", "Curiosity lands safely in Gale Crater", d(2012, 8, 6, 6, 40), "Dr Ruth Ashcombe", ["Ruth Ashcombe"],
          ["NASA's Curiosity rover touched down inside Gale Crater at 05:32 GMT after a landing sequence that used a rocket-powered 'sky crane' for the first time.",
           "\"Seven minutes of terror became seven minutes of relief,\" said Dr Owen Pryce-Macleod, a planetary geologist at the University of the Marches who is on one of the instrument teams."],
          quotes=[("Owen Pryce-Macleod", "University of the Marches")], note="Byline 'Dr Name': the title is not part of the name. A landmark international science event: relevant."),
        S("arctic-sea-ice-record-low", "Arctic sea ice shrinks to smallest extent on record", d(2012, 8, 28, 15, 10), "Tom Vessey", ["Tom Vessey"],
          ["Arctic sea ice has shrunk to its smallest extent since satellite records began in 1979, with three weeks of the melt season still to go, according to the US National Snow and Ice Data Center."],
          note="Climate milestone with international policy weight: relevant."),
        S("higgs-boson-what-next", "After the Higgs: what CERN does next", d(2012, 7, 12, 10, 0), "Tom Vessey", ["Tom Vessey"],
          ["A week after two experiments at CERN announced a new particle consistent with the Higgs boson, physicists are already arguing over the next machine.",
           "\"We found the door. Now the fight is over who pays for the house behind it,\" said Prof Lena Marchetti-Howe of the Institute for Particle Futures."],
          quotes=[("Lena Marchetti-Howe", "Institute for Particle Futures")], note="Big-science funding between governments: relevant (borderline)."),
        S("nightingale-song-dialects", "Nightingales in neighbouring woods sing in different dialects", d(2012, 8, 15, 9, 0), "Sophie Elland", ["Sophie Elland"],
          ["Nightingales living only a few kilometres apart develop distinct song 'dialects', a study of birds in Suffolk and Essex has found."],
          rel=False, note="A single research paper of general interest: a story, not world news."),
        S("ask-a-scientist-why-is-the-sea-salty", "Ask a scientist: why is the sea salty?", d(2012, 8, 10, 12, 0), "Sediment &amp; Star", [],
          ["Each week our panel answers a reader's question. This week: where the salt comes from."],
          story=False, rel=False, note="Reader Q&A column: not a news story."),
        S("events-september-2012", "Events: science talks and festivals in September", d(2012, 8, 31, 16, 0), "Sediment &amp; Star", [],
          ["<ul><li>4 Sept: Public lecture on exoplanets, Bristol</li><li>15 Sept: Fossil-hunting walk, Lyme Regis</li></ul>"],
          story=False, rel=False, note="Events listing: not a story."),
    ]
    rows, items = [], []
    for s in newest_first(specs):
        url = f"{base}/news/comments/{s['k']}/"
        when = s["w"].strftime("%Y-%m-%dT%H:%M:%S+00:00")
        rows.append(f"    <item>\n      <title>{esc(s['title'])}</title>\n      <link>{url}</link>\n      <guid>{url}#When:{s['w'].strftime('%H:%M:%SZ')}</guid>\n"
                    f"      <description><![CDATA[{s.html()}]]></description>\n      <dc:subject>{'News' if s['story'] else 'Features'}</dc:subject>\n"
                    f"      <dc:creator>{s['by']}</dc:creator>\n      <dc:date>{when}</dc:date>\n    </item>")
        items.append(s.exp(f"{url}#When:{s['w'].strftime('%H:%M:%SZ')}"))
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"\n    xmlns:dc="http://purl.org/dc/elements/1.1/"\n    xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n'
            '    xmlns:admin="http://webns.net/mvcb/"\n    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n    xmlns:content="http://purl.org/rss/1.0/modules/content/">\n\n    <channel>\n\n'
            f"    <title>Sediment &amp; Star</title>\n    <link>{base}/</link>\n    <description>Earth, space and life sciences, explained</description>\n    <dc:language>en</dc:language>\n"
            "    <dc:creator>editor@sedimentandstar.example</dc:creator>\n    <dc:rights>Copyright 2012</dc:rights>\n    <dc:date>2012-08-31T16:00:00+00:00</dc:date>\n"
            '    <admin:generatorAgent rdf:resource="http://expressionengine.com/" />\n\n'
            + "\n".join(rows) + "\n\n    </channel>\n</rss>\n")
    return feed("en_science_sedimentandstar_expressionengine_2012.rss.xml", text, items, lang="en", outlet="Sediment & Star", aliases=["Sediment and Star"], topic="science",
                structure="Bristol popular-science magazine's news feed from an ExpressionEngine 2.5 RSS template ({exp:rss:feed}, July-August 2012): four-space indentation with blank lines, dc/sy/admin/rdf/content namespaces, dc:language / dc:creator (an e-mail) / dc:rights / dc:date in the channel, admin:generatorAgent, NO pubDate anywhere: items dated only by dc:date with +00:00, guids '{title_permalink}#When:HH:MM:SSZ' (time only), CDATA descriptions with the body, dc:subject categories, dc:creator holding 'Dr Name', a name or the magazine's name with an escaped ampersand, straight ASCII quotes, a reader Q&A column and an events list",
                notes="Home country: the United Kingdom. Science feed: relevance means international news weight.")


# ---------------------------------------------------------------- Edinburgh daily, world desk with Word private-use glyphs (WordPress 6.7, March 2025)
PUA_BULLET, PUA_SQUARE, PUA_ARROW, PUA_TICK = "\uf0b7", "\uf0a7", "\uf0e0", "\uf0fc"


def forth():
    base = "https://www.forthcourier.example"
    specs = [
        S("ukraine-ceasefire-talks-jeddah", "Ukraine accepts US plan for 30-day ceasefire after Jeddah talks", d(2025, 3, 11, 21, 15), "Fiona Caldwell", ["Fiona Caldwell"],
          ["Ukraine said on Tuesday it was ready to accept a US proposal for an immediate 30-day ceasefire, after talks between the two delegations in Jeddah.",
           f"What was agreed:<br />{PUA_BULLET}\tA 30-day pause, extendable by mutual agreement<br />{PUA_BULLET}\tResumption of US intelligence sharing<br />{PUA_BULLET}\tWork on a minerals agreement",
           "\u201cThe ball is now in Moscow\u2019s court, and everybody in the room knew it,\u201d said Dr Alasdair Munro-Pike, a security analyst at the Firth Centre for Strategic Studies."],
          quotes=[("Alasdair Munro-Pike", "Firth Centre for Strategic Studies")], junk=[PUA_BULLET],
          note="Bullets pasted from Word's Symbol font are U+F0B7 private-use characters followed by a tab: they render as boxes or nothing. A clean summary drops them (or shows real bullets). Relevant."),
        S("philippines-duterte-icc-the-hague", f"{PUA_SQUARE} Former Philippine president flown to The Hague after ICC arrest", d(2025, 3, 12, 18, 40), "Agencies", [],
          ["The former president of the Philippines was flown to the Netherlands on Wednesday after being arrested in Manila on a warrant from the International Criminal Court over his \u2018war on drugs\u2019.",
           f"{PUA_ARROW} Read more: <a href=\"{base}/world/icc-explainer/\">How the ICC works</a>"],
          junk=[PUA_SQUARE, PUA_ARROW, "Read more"],
          note="The headline itself begins with U+F0A7 (Wingdings square bullet) pasted from the wire copy's Word file: the expected title drops it. 'Agencies' is not a person. Relevant."),
        S("greenland-election-result", "Greenland election: pro-business party wins as independence debate dominates", d(2025, 3, 12, 9, 5), "Magnus Thorvaldsen", ["Magnus Thorvaldsen"],
          ["Greenland\u2019s centre-right Democrats won Tuesday\u2019s parliamentary election, promising a slower path to independence from Denmark.",
           f"Key results:<br />{PUA_TICK} Democrats 29.9%<br />{PUA_TICK} Naleraq 24.5%<br />{PUA_TICK} Inuit Ataqatigiit 21.4%"],
          junk=[PUA_TICK], note="Wingdings tick marks (U+F0FC) as list markers. Relevant."),
        S("holyrood-budget-passes", "Holyrood passes Scottish budget after deal with Lib Dems", d(2025, 2, 25, 18, 0), "Kirsty Lennox, Political Correspondent", ["Kirsty Lennox"],
          ["MSPs have passed the Scottish budget after ministers reached an agreement with the Liberal Democrats on ferry funding.",
           f"{PUA_BULLET}\tIncome tax bands frozen<br />{PUA_BULLET}\t\u00a3200m for ferries"],
          rel=False, junk=[PUA_BULLET], note="Home politics: a story, not relevant. Job title after the comma is not part of the name."),
        S("in-pictures-holi-around-the-world", "In pictures: Holi celebrations around the world", d(2025, 3, 14, 12, 0), "Picture Desk", [],
          [f"{PUA_BULLET} Gallery: 24 images"],
          story=False, rel=False, junk=[PUA_BULLET], note="Gallery: not a story. Title label 'In pictures:' may be kept or dropped."),
        S("world-news-quiz-march-14", "Quiz: Test your knowledge of this week's world news", d(2025, 3, 14, 16, 30), "Forth Courier", [],
          [f"{PUA_ARROW} Take the quiz"],
          story=False, rel=False, junk=[PUA_ARROW], note="Quiz: not a story."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        pid = 5518203 - i * 71
        url = f"{base}/world/{s['k']}/"
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(s['title'])}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<dc:creator><![CDATA[{s['by']}]]></dc:creator>\n\t\t<pubDate>{utc0(s['w'])}</pubDate>\n"
                    f"\t\t\t\t<category><![CDATA[World]]></category>\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n"
                    f"\t\t\t\t\t<description><![CDATA[{s['paras'][0]}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{s.html()}]]></content:encoded>\n\t\t\t\t\t\n\t\t\n\t\t\t\t\n\t\t\t</item>")
        items.append(s.exp(f"{base}/?p={pid}", title=s["title"].lstrip(PUA_SQUARE + " ")))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f'\t<title>World &#8211; The Forth Courier</title>\n\t<atom:link href="{base}/world/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f'\t<description>Edinburgh&#039;s daily newspaper</description>\n\t<lastBuildDate>{utc0(d(2025, 3, 14, 16, 31))}</lastBuildDate>\n\t<language>en-GB</language>\n'
            '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.7.2</generator>\n'
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_gb_forthcourier_world_word_symbol_pua_2025.rss.xml", text, items, lang="en", outlet="The Forth Courier", aliases=["Forth Courier"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Edinburgh daily's World category on WordPress 6.7.2 (February-March 2025) whose subs paste wire copy and fact boxes from Word: valid UTF-8 and well-formed, but Word's Symbol and Wingdings list glyphs survive as PRIVATE-USE code points: U+F0B7 (Symbol bullet, followed by a tab), U+F0A7 (Wingdings square bullet, once at the START OF A HEADLINE), U+F0E0 (Wingdings arrow before 'Read more' and 'Take the quiz') and U+F0FC (Wingdings tick) in content:encoded, descriptions and a title; otherwise the WordPress 6.x template (CDATA dc:creator before pubDate, '?p=<id>' guids, deep tab indentation and the trailing whitespace lines before </item>), en-GB, +0000 dates, a gallery and a quiz",
                notes="Oddly encoded text (kind not used before): private-use Symbol/Wingdings glyphs from Word. Decoding is expected; titles and summaries should not carry U+F0xx characters. Home country: the United Kingdom.")


# ---------------------------------------------------------------- Bergamo valleys weekly, classic ASP, Windows-1252 bytes under encoding="us-ascii" (November 2012)
def valli():
    base = "http://www.ecodellevalli.example"
    specs = [
        S("obama-rieletto", "Usa, Obama rieletto: «Il meglio deve ancora venire»", d(2012, 11, 7, 8, 30, 0, 1), "Redazione", [],
          ["Il presidente uscente ha vinto le elezioni superando la soglia dei 270 grandi elettori. Decisivi Ohio e Virginia. (Ansa)"],
          junk=["(Ansa)"], note="'Redazione' is not a person. Relevant."),
        S("gaza-tregua-egitto", "Gaza, tregua mediata dall\u2019Egitto dopo otto giorni di raid", d(2012, 11, 21, 22, 10, 0, 1), "Paolo Brignoli", ["Paolo Brignoli"],
          ["Israele e Hamas hanno accettato un cessate il fuoco annunciato al Cairo. Nei raid sono morte più di 160 persone.",
           "\u201cÈ una tregua fragile, ma è la prima cosa buona in una settimana\u201d, ha detto padre Ettore Salvioni, missionario bergamasco a Gerusalemme."],
          quotes=[("Ettore Salvioni",)], note="Windows-1252 curly quotes (0x93/0x94) and 'È' (0xC8) under a us-ascii declaration. 'padre' is not part of the name. Relevant."),
        S("cina-xi-segretario-partito", "Cina, Xi Jinping è il nuovo segretario del Partito comunista", d(2012, 11, 15, 9, 0, 0, 1), "Paolo Brignoli", ["Paolo Brignoli"],
          ["Il congresso del Partito comunista cinese si è chiuso con la nomina del nuovo segretario generale, che a marzo diventerà anche presidente della Repubblica."],
          note="Head of state named only as the subject of the event. Relevant."),
        S("primarie-centrosinistra-valle-seriana", "Primarie del centrosinistra, in Valle Seriana affluenza record", d(2012, 11, 26, 10, 15, 0, 1), "Giulia Carrara", ["Giulia Carrara"],
          ["Code ai seggi da Albino a Clusone: in Valle Seriana hanno votato quasi 9.000 persone, il 20% in più rispetto al 2009. Offerta libera di 2 \u20ac a votante."],
          rel=False, note="Home politics with a local angle: a story, not relevant. The euro sign is byte 0x80."),
        S("fotogallery-neve-presolana", "Fotogallery: la prima neve sulla Presolana", d(2012, 11, 28, 17, 0, 0, 1), "", [],
          ["Le foto inviate dai lettori."],
          story=False, rel=False, note="Reader photo gallery: not a story. Title label 'Fotogallery:' may be kept or dropped."),
        S("meteo-weekend-valli", "Meteo: le previsioni per il weekend nelle valli", d(2012, 11, 29, 12, 0, 0, 1), "", [],
          ["Sabato sole, domenica nuvoloso con possibili nevicate sopra i 1.200 metri."],
          story=False, rel=False, note="Weather forecast: not a story."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        nid = 14533 - i * 9
        url = f"{base}/notizia.asp?id={nid}&amp;sez=esteri"
        au = f"\r\n<author>{esc(s['by'])}</author>" if s["by"] else ""
        rows.append(f"<item>\r\n<title>{esc(s['title'])}</title>\r\n<link>{url}</link>\r\n<description>{esc(' '.join(s['paras']))}</description>{au}\r\n"
                    f"<pubDate>{rfc822(s['w'])}</pubDate>\r\n<guid isPermaLink=\"true\">{url}</guid>\r\n</item>")
        items.append(s.exp(url.replace("&amp;", "&")))
    text = ('<?xml version="1.0" encoding="us-ascii"?>\r\n<rss version="2.0">\r\n<channel>\r\n'
            f"<title>L\u2019Eco delle Valli - Esteri</title>\r\n<link>{base}/</link>\r\n<description>Settimanale delle valli bergamasche</description>\r\n<language>it</language>\r\n"
            + "\r\n".join(rows) + "\r\n</channel>\r\n</rss>\r\n")
    return feed("it_ecodellevalli_esteri_cp1252_declared_usascii_2012.rss.xml", text, items, lang="it", outlet="L'Eco delle Valli", aliases=["L\u2019Eco delle Valli", "Eco delle Valli"],
                encoding="cp1252", declared="us-ascii", ctype="text/xml", acceptable=("decoded", "refused"),
                structure="Bergamo-valleys weekly's 'Esteri' feed from a classic ASP page (rss.asp, November 2012) over a SQL Server database in Windows-1252: the prolog declares encoding=\"us-ascii\" (a 7-bit charset) and the server sends 'Content-Type: text/xml' with no charset, but every accented letter and typographic character is a single Windows-1252 byte: à è é ì ò ù (0xE0…0xF9), È (0xC8), « » (0xAB/0xBB), ’ (0x92, also in the channel title), “ ” (0x93/0x94), € (0x80); CRLF line ends, no namespaces, no indentation, '/notizia.asp?id=<n>&amp;sez=esteri' permalink guids, escaped plain-text descriptions, <author> with a plain name or 'Redazione', '(Ansa)', +0100 dates, a reader gallery and a weather item",
                notes="Encoding trap of a kind not used before: 8-bit Windows-1252 bytes under a US-ASCII declaration (no charset in the header). Decoding as Windows-1252 is good; a clear one-line refusal is acceptable; U+FFFD, dropped letters or C1 controls are defects.")


FEEDS = [patchbay, sediment, forth, valli]
