# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two broken or oddly encoded feeds of the twenty-fourth held-out set.
All outlets, people and quotations are invented."""
from lib import dt
from mk import esc, it, q, rfc822
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2027, 6, day, h, mi, s, off)


# ---------------------------------------------------------------- MySQL's charset name 'utf8mb4' as the XML and HTTP encoding label
def zagros():
    rows, items = [], []
    base = "https://www.zagros24.example"

    def add(nid, sec, slug, title, when, creator, body, exp):
        url = f"{base}/english/{sec}/{when:%d%m%Y}{nid}"
        cr = f"\r\n      <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"    <item>\r\n      <title>{esc(title)}</title>\r\n      <link>{url}</link>\r\n      <guid isPermaLink=\"true\">{url}</guid>{cr}\r\n      <pubDate>{rfc822(when)}</pubDate>\r\n"
                    f"      <description>{esc(body)}</description>\r\n    </item>")
        items.append(exp(url))

    o = 3
    w = d(15, 17, 5, 0, o)
    add("7", "kurdistan", "iraq-turkey-pipeline-kurdistan-oil", "Iraq and Turkey agree to reopen pipeline for Kurdistan oil exports after Ankara talks", w, "Hêvîn Şêxanî",
        "<p>ERBIL, Kurdistan Region — Iraq and Turkey agreed in Ankara on Tuesday to reopen the Iraq-Turkey pipeline to oil from the Kurdistan Region, with exports to the Mediterranean port of Ceyhan</p>"
        "<p>Exports have been halted for more than two years, costing both sides billions of dollars.</p>"
        "<p>“The oil will flow within ten days if Ankara confirms the technical readiness of the pipeline,” Dilshad Kawani, spokesperson for the KRG Ministry of Natural Resources, told Zagros 24.</p>",
        lambda k: it(k, "Iraq and Turkey agree to reopen pipeline for Kurdistan oil exports after Ankara talks", w, ["Hêvîn Şêxanî"], junk=["ERBIL, Kurdistan Region —"],
                     quotes=[q("Dilshad Kawani", "KRG Ministry of Natural Resources")], note="Byline with Kurdish letters (ê, î, Ş) that only a UTF-8 reading keeps intact."))
    w = d(15, 14, 20, 0, o)
    add("5", "middleeast", "sinjar-drone-strike-turkish-envoy", "Iraq summons Turkish envoy after drone strike kills two in Sinjar", w, "Zagros 24",
        "<p>The Iraqi foreign ministry summoned Turkey’s ambassador in Baghdad on Tuesday after a drone strike on a vehicle near Sinjar killed two people.</p>"
        "<p>Ankara said the strike targeted members of a group affiliated with the PKK.</p>",
        lambda k: it(k, "Iraq summons Turkish envoy after drone strike kills two in Sinjar", w, [], note="The brand as dc:creator."))
    w = d(15, 11, 0, 0, o)
    add("3", "culture", "erbil-international-book-fair", "Erbil International Book Fair opens with 300 publishers", w, "Rêbîn Hawrê",
        "<p>The 17th Erbil International Book Fair opened on Tuesday with more than 300 publishers from 20 countries. The fair runs until June 25.</p>",
        lambda k: it(k, "Erbil International Book Fair opens with 300 publishers", w, ["Rêbîn Hawrê"], rel=False))
    w = d(14, 19, 45, 0, o)
    add("9", "middleeast", "iraq-iran-border-security-pact", "Iraq and Iran sign border security pact targeting Kurdish opposition groups", w, "Zagros 24",
        "<p>Iraq and Iran signed an agreement in Tehran on Monday under which Baghdad commits to disarm and relocate Iranian Kurdish opposition groups based in the Kurdistan Region.</p>"
        "<p>The groups said they had not been consulted.</p>",
        lambda k: it(k, "Iraq and Iran sign border security pact targeting Kurdish opposition groups", w, [], note="The brand as dc:creator."))
    w = d(14, 16, 0, 0, o)
    add("1", "tv", "zagros24-tv-schedule", "Zagros 24 TV schedule for Tuesday", w, None,
        "<p>08:00 News — 09:00 Morning Show — 12:00 News — 18:00 Kurdistan Tonight</p>",
        lambda k: it(k, "Zagros 24 TV schedule for Tuesday", w, [], story=False, rel=False, note="Programme schedule."))
    w = d(14, 13, 30, 0, o)
    add("4", "sports", "duhok-sc-stars-league", "Duhok SC beat Al-Zawraa to go top of Iraq Stars League", w, "Sports Desk",
        "<p>Duhok SC beat Al-Zawraa 2-1 at the Duhok stadium on Monday.</p>",
        lambda k: it(k, "Duhok SC beat Al-Zawraa to go top of Iraq Stars League", w, [], rel=False, note="Desk credit."))
    channel = (f"    <title>Zagros 24 - English</title>\r\n    <link>{base}/english</link>\r\n    <description>Zagros 24 Media Network</description>\r\n    <language>en-us</language>\r\n"
               f"    <copyright>Copyright © Zagros 24 Media Network</copyright>\r\n    <lastBuildDate>{rfc822(d(15, 17, 6, 0, o))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="utf8mb4"?>\r\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\r\n  <channel>\r\n' + channel + "\r\n" + "\r\n".join(rows) + "\r\n  </channel>\r\n</rss>\r\n")
    return feed("en_iq_zagros24_english_utf8mb4_label.rss.xml", text, items, lang="en", outlet="Zagros 24", aliases=["Zagros24", "Zagros 24 Media Network"],
                ctype="text/xml; charset=utf8mb4", declared="utf8mb4",
                structure="Rudaw-style (Erbil, Kurdistan Region of Iraq) English news RSS from a custom ASP.NET/MySQL CMS that prints the DATABASE charset name as the encoding label: prolog encoding=\"utf8mb4\" and HTTP 'text/xml; charset=utf8mb4' (a MySQL name no XML parser or codec registry knows) over plain UTF-8 bytes with curly quotes, em dashes and Kurdish Latin letters (ê, î, Ş) in bylines, CRLF line ends, two-space nesting, permalink guids '/english/<section>/DDMMYYYY<n>', dc:creator holding a person, the brand, 'Sports Desk' or nothing, escaped <p> descriptions opening with an upper-case 'ERBIL, Kurdistan Region —' dateline and a standfirst paragraph without final stop, a TV schedule, +0300 dates",
                notes="TRAP: the declared label 'utf8mb4' is unknown to expat and to Python's codecs; the bytes are valid UTF-8. A careful reader decodes as UTF-8 (the label is MySQL's name for it).")


# ---------------------------------------------------------------- two UTF-8 byte-order marks before the prolog
def imena():
    rows, items = [], []
    base = "https://www.imenatimes.example"

    def add(nid, slug, title, when, creator, body, exp):
        url = f"{base}/article/{nid}/news/{slug}"
        cr = f"<dc:creator><![CDATA[{creator}]]></dc:creator>" if creator else ""
        rows.append(f"<item>\n<title><![CDATA[{title}]]></title>\n<link>{url}</link>\n<guid isPermaLink=\"false\">{nid}</guid>\n{cr}\n<pubDate>{rfc822(when)}</pubDate>\n"
                    f"<description><![CDATA[{body}]]></description>\n</item>")
        items.append(exp(str(nid)))

    o = 2
    w = d(15, 16, 0, 0, o)
    add(251904, "rwanda-drc-foreign-ministers-doha-peace-deal", "Rwanda, DR Congo foreign ministers meet in Doha on peace deal implementation", w, "Edmund Kwizera Nshuti",
        "<p>The foreign ministers of Rwanda and the Democratic Republic of Congo met in Doha on Tuesday to review the implementation of the peace agreement signed in Washington last year</p>"
        "<p>The joint security coordination mechanism will meet again in July, according to a statement by Qatar’s foreign ministry.</p>"
        "<p>“We have agreed on a timetable, and now we need to see it respected on the ground,” said Olivier Mugabo, spokesperson for Rwanda’s Ministry of Foreign Affairs.</p>",
        lambda k: it(k, "Rwanda, DR Congo foreign ministers meet in Doha on peace deal implementation", w, ["Edmund Kwizera Nshuti"], quotes=[q("Olivier Mugabo", "Ministry of Foreign Affairs")]))
    w = d(15, 12, 45, 0, o)
    add(251890, "rwanda-additional-troops-cabo-delgado", "Rwanda to deploy additional troops to Mozambique’s Cabo Delgado", w, "Imena Times Reporter",
        "<p>Rwanda will deploy 1,000 more soldiers to Mozambique’s Cabo Delgado province at the request of Maputo, the Rwanda Defence Force said on Tuesday.The deployment brings the total to about 5,500</p>",
        lambda k: it(k, "Rwanda to deploy additional troops to Mozambique’s Cabo Delgado", w, [], note="Staff credit; missing space after a full stop."))
    w = d(15, 9, 10, 0, o)
    add(251877, "kigali-car-free-day-sundays", "Kigali car-free day moves to Sundays", w, "Diane Uwase",
        "<p>The City of Kigali said car-free days will be held on the first and third Sunday of each month from July.</p>",
        lambda k: it(k, "Kigali car-free day moves to Sundays", w, ["Diane Uwase"], rel=False))
    w = d(14, 18, 30, 0, o)
    add(251851, "rwanda-burundi-reopen-border-posts", "Rwanda, Burundi reopen border posts after two years", w, "Edmund Kwizera Nshuti",
        "<p>Rwanda and Burundi on Monday reopened the Nemba and Akanyaru border posts, closed since January 2024, after talks between their foreign ministers in Arusha.</p>"
        "<p>Traders on both sides welcomed the move.</p>",
        lambda k: it(k, "Rwanda, Burundi reopen border posts after two years", w, ["Edmund Kwizera Nshuti"]))
    w = d(14, 10, 0, 0, o)
    add(251830, "public-notice-change-of-name", "Public notice: Change of name", w, None,
        "<p>I, the undersigned, wish to inform the public that I have applied to change my name. Anyone with objections should contact the Registrar General.</p>",
        lambda k: it(k, "Public notice: Change of name", w, [], story=False, rel=False, note="Legal notice."))
    w = d(13, 20, 0, 0, o)
    add(251812, "apr-fc-clinch-league-title", "APR FC clinch league title with two games to spare", w, "Sports Reporter",
        "<p>APR FC won the Rwanda Premier League title after beating Rayon Sports 1-0 at Amahoro Stadium on Sunday.</p>",
        lambda k: it(k, "APR FC clinch league title with two games to spare", w, [], rel=False, note="Desk credit."))
    channel = (f"<title><![CDATA[Imena Times]]></title>\n<link>{base}</link>\n<description><![CDATA[Rwanda’s Leading Daily]]></description>\n<language>en</language>\n"
               "<copyright>Imena Publications Ltd</copyright>")
    text = ("\ufeff\ufeff" + '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_rw_imenatimes_news_double_bom.rss.xml", text, items, lang="en", outlet="Imena Times", aliases=["The Imena Times"],
                structure="New Times-style (Kigali) daily's news RSS from a custom PHP CMS whose included config file was saved with a BOM: TWO UTF-8 byte-order marks (EF BB BF EF BB BF) before '<?xml', so the second is a U+FEFF character before the declaration; then no indentation, CDATA channel title and description, numeric non-permalink guids, an empty line where dc:creator is missing, CDATA dc:creator holding a person with three names, 'Imena Times Reporter', 'Sports Reporter' or nothing, CDATA <p> descriptions with a standfirst without final stop and a missing space after a full stop, curly apostrophes, a legal notice, Ltd copyright, +0200 dates",
                notes="TRAP: the document starts with two BOMs; an XML parser sees U+FEFF before the XML declaration (not well-formed). Bytes and label are UTF-8.")


FEEDS = [zagros, imena]
