# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two broken or oddly encoded feeds of the twenty-first held-out set.
All outlets, people and quotations are invented."""
from feeds_en import SEYCHELLES, Col, d, feed
from mk import cdata, esc, it, q, rfc822


# ---------------------------------------------------------------- .NET SyndicationFeed written through a StringWriter: UTF-8 bytes labelled utf-16
def victorianation():
    c = Col("vn")
    o = 4

    def add(nid, slug, title, when, upd, author, cat, desc, exp, sid=None):
        url = f"https://www.victorianation.example/index.php/news/{nid}/{slug}"
        if author and "@" in author:
            au = f"<author>{esc(author)}</author>"
        elif author:
            au = f"<a10:author><a10:name>{esc(author)}</a10:name></a10:author>"
        else:
            au = ""
        c.add(f"<item><guid isPermaLink=\"false\">{nid}</guid><link>{url}</link>{au}<category>{esc(cat)}</category><title>{esc(title)}</title><description>{esc(desc)}</description>"
              f"<pubDate>{rfc822(when)}</pubDate><a10:updated>{upd.isoformat()}</a10:updated></item>", exp(str(nid)), sid)

    w = d(17, 16, 20, 0, o)
    add(20931, "india-seychelles-sign-maritime-surveillance-pact", "India, Seychelles sign maritime surveillance pact", w, d(17, 17, 5, 0, o), "Marie-Anne Lespérance", "International",
        "<p>India and Seychelles on Wednesday signed a five-year agreement on joint surveillance of the Seychelles’ exclusive economic zone, including the use of Indian patrol aircraft.</p><p>“This agreement is our shared shield against piracy and illegal fishing,” Foreign Minister Marie-Thérèse Hoareau said after the signing at State House.</p>",
        lambda k: it(k, "India, Seychelles sign maritime surveillance pact", w, ["Marie-Anne Lespérance"], quotes=[q("Marie-Thérèse Hoareau", "Foreign Minister")], note="A person without e-mail is written as <a10:author><a10:name>."), SEYCHELLES)
    w = d(17, 12, 45, 0, o)
    add(20925, "seychelles-calls-for-debt-for-climate-swaps-at-cop32", "Seychelles calls for debt-for-climate swaps at COP32", w, w, "Victoria Nation", "International",
        "<p>Seychelles urged lenders at the COP32 climate conference in Addis Ababa to convert part of small island states’ debt into funds for coastal protection</p><p>The 2018 swap financed the protection of 30 percent of the country’s waters.</p>",
        lambda k: it(k, "Seychelles calls for debt-for-climate swaps at COP32", w, [], note="The brand as the a10:author name."))
    w = d(17, 9, 10, 0, o)
    add(20918, "eu-extends-tuna-fishing-agreement-with-seychelles", "EU extends tuna fishing agreement with Seychelles for four years", w, w, "Patrick Joubert", "International",
        "<p>European purse seiners will pay €8.3 million a year to fish in Seychelles waters.The agreement also funds a new fisheries surveillance centre on Mahé</p>",
        lambda k: it(k, "EU extends tuna fishing agreement with Seychelles for four years", w, ["Patrick Joubert"]))
    w = d(16, 18, 30, 0, o)
    add(20907, "national-assembly-approves-2028-budget", "National Assembly approves 2028 budget", w, w, "Sharon Uranie", "Local",
        "<p>The budget of SCR 14.2 billion was approved by 21 votes to 13.</p>",
        lambda k: it(k, "National Assembly approves 2028 budget", w, ["Sharon Uranie"], rel=False, note="Domestic politics."))
    w = d(16, 14, 0, 0, o)
    add(20899, "tourist-arrivals-pass-350000-mark", "Tourist arrivals pass 350,000 mark", w, w, "editor@victorianation.example", "Business",
        "<p>Germany, the United Arab Emirates and France remain the top markets, the National Bureau of Statistics said.</p>",
        lambda k: it(k, "Tourist arrivals pass 350,000 mark", w, [], rel=False, junk=["editor@victorianation.example"], note="An e-mail-only <author>: no person named."))
    w = d(16, 8, 0, 0, o)
    add(20890, "notice-cat-cocos-ferry-timetable-changes", "Notice: Cat Cocos ferry timetable changes from December 1", w, w, None, "Notices",
        "<p>Departures from Victoria to Praslin will leave at 07:30, 10:30 and 16:00. La Digue connections are unchanged.</p>",
        lambda k: it(k, "Notice: Cat Cocos ferry timetable changes from December 1", w, [], story=False, rel=False, note="Public notice, not a story."))
    channel = ("<title>Victoria Nation - International</title><link>https://www.victorianation.example/</link><description>Seychelles’ daily newspaper</description><language>fr</language>"
               f"<copyright>© Victoria Nation</copyright><lastBuildDate>{rfc822(d(17, 17, 5, 0, o))}</lastBuildDate>"
               '<a10:link rel="self" type="application/rss+xml" href="https://www.victorianation.example/rss/international"/>')
    text = '<?xml version="1.0" encoding="utf-16"?><rss xmlns:a10="http://www.w3.org/2005/Atom" version="2.0"><channel>' + channel + "".join(c.rows) + "</channel></rss>"
    return feed("en_sc_victorianation_utf16_label.rss.xml", text, c, lang="en", outlet="Victoria Nation", aliases=["The Victoria Nation"], declared="utf-16", ctype="application/rss+xml",
                acceptable=("decoded", "refused"),
                notes="TRAP: the prolog says encoding=\"utf-16\" but the bytes are UTF-8 (no BOM) and the header has no charset: an ASP.NET page serialising SyndicationFeed into a StringWriter, whose XmlWriter always writes the label of the .NET string (UTF-16). Decoding as UTF-8 (the only reading under which the bytes are text) is good; a one-line refusal is acceptable; decoding as UTF-16 gives CJK-looking garbage (mojibake) and a crash is a defect. The channel also declares <language>fr</language> over English text.",
                structure="Seychelles Nation-style (Victoria) state daily's 'International' RSS written by .NET's SyndicationFeed Rss20FeedFormatter on an ASP.NET site: one line with no final newline, <?xml … encoding=\"utf-16\"?> over UTF-8 bytes, xmlns:a10 (Atom) BEFORE version, a10:link self link, <language>fr</language> over English text, item elements in the formatter's order (guid FIRST as a numeric non-permalink id, link, author, category, title, description, pubDate, a10:updated), a person without e-mail as <a10:author><a10:name>, an e-mail-only <author>, the brand as author, escaped <p> descriptions with curly quotes, é/è in names and a euro sign, a standfirst without final stop and a missing space after a full stop, a ferry-timetable notice, +0400 dates with a later a10:updated")


# ---------------------------------------------------------------- The Point-style daily on free hosting whose host appends analytics code after </rss>
def kombotimes():
    c = Col("kt")

    def add(aid, slug, title, when, desc, exp, sid=None):
        url = f"https://www.kombotimes.example/article/{slug}"
        c.add(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<guid>{url}</guid>\n<pubDate>{rfc822(when, gmt=True)}</pubDate>\n<description>{cdata(desc)}</description>\n</item>", exp(url), sid)

    w = d(17, 15, 30, 0, 0)
    add(1, "ecowas-summit-in-abuja-backs-standby-force-for-the-sahel", "ECOWAS summit in Abuja backs standby force for the Sahel", w,
        "By Lamin Jobe<br /><br />West African leaders meeting in Abuja on Wednesday approved the deployment of a 5,000-strong standby force to fight jihadist groups along the borders with Mali, Burkina Faso and Niger.<br /><br />\"The insecurity of the Sahel is the insecurity of Banjul and Dakar,\" said Fatou Sowe, spokesperson for the ECOWAS Commission.",
        lambda k: it(k, "ECOWAS summit in Abuja backs standby force for the Sahel", w, ["Lamin Jobe"], junk=["By Lamin Jobe"], quotes=[q("Fatou Sowe", "ECOWAS Commission")], note="Byline only as the first line of the description."))
    w = d(17, 12, 5, 0, 0)
    add(2, "senegal-gambia-agree-to-cut-senegambia-bridge-tolls", "Senegal, Gambia agree to cut Senegambia Bridge tolls", w,
        "By Our Correspondent<br /><br />Trucks will pay 30 percent less to cross the Senegambia Bridge at Farafenni from January, under an agreement signed in Dakar by the two transport ministers.Traders in Soma welcomed the decision",
        lambda k: it(k, "Senegal, Gambia agree to cut Senegambia Bridge tolls", w, [], junk=["By Our Correspondent"], note="'By Our Correspondent' names no person."))
    w = d(17, 10, 40, 0, 0)
    add(3, "spain-gambia-sign-migration-and-youth-jobs-deal", "Spain, Gambia sign migration and youth jobs deal", w,
        "By Isatou Ceesay<br /><br />Spain will fund vocational training for 2,000 young Gambians a year and open a circular migration programme for seasonal farm work, the Ministry of Foreign Affairs said after talks in Banjul.",
        lambda k: it(k, "Spain, Gambia sign migration and youth jobs deal", w, ["Isatou Ceesay"], junk=["By Isatou Ceesay"]))
    w = d(16, 19, 15, 0, 0)
    add(4, "nawec-power-cuts-hit-serekunda-and-bakau", "NAWEC power cuts hit Serekunda and Bakau", w,
        "By Momodou Sanneh<br /><br />Residents say they have had no electricity for up to 14 hours a day since Friday.",
        lambda k: it(k, "NAWEC power cuts hit Serekunda and Bakau", w, ["Momodou Sanneh"], rel=False, junk=["By Momodou Sanneh"]))
    w = d(16, 16, 0, 0, 0)
    add(5, "national-assembly-passes-elections-bill-at-third-reading", "National Assembly passes Elections Bill at third reading", w,
        "By Isatou Ceesay<br /><br />The bill raises the deposit for presidential candidates to D1 million.",
        lambda k: it(k, "National Assembly passes Elections Bill at third reading", w, ["Isatou Ceesay"], rel=False, junk=["By Isatou Ceesay"], note="Domestic politics."))
    w = d(16, 11, 30, 0, 0)
    add(6, "scorpions-name-squad-for-afcon-qualifier-against-comoros", "Scorpions name squad for AFCON qualifier against Comoros", w,
        "By Sports Desk<br /><br />Four home-based players are in the 23-man squad for the match at the Independence Stadium.",
        lambda k: it(k, "Scorpions name squad for AFCON qualifier against Comoros", w, [], rel=False, junk=["By Sports Desk"], note="Desk credit."))
    channel = ("<title>The Kombo Times :: News</title>\n<link>https://www.kombotimes.example/</link>\n<description>The Gambia's independent daily, Kanifing</description>\n<language>en-gb</language>\n"
               f"<lastBuildDate>{rfc822(d(17, 15, 35, 0, 0), gmt=True)}</lastBuildDate>")
    injected = ('<!-- Hosting24 Analytics Code -->\n<script type="text/javascript" src="http://stats.freehost24.example/count.php"></script>\n<!-- End Of Analytics Code -->\n'
                '<div style="text-align: right;position: fixed;z-index:9999999;bottom: 0;width: auto;right: 1%;cursor: pointer;line-height: 0;display:block !important;">'
                '<a title="Hosted on free web hosting FreeHost24" target="_blank" href="https://www.freehost24.example/?utm_source=kombotimes&utm_medium=banner">'
                '<img src="https://cdn.freehost24.example/images/powered-by-fh24.png" alt="Hosted by FreeHost24"></a></div>\n')
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(c.rows) + "\n</channel>\n</rss>\n" + injected
    return feed("en_gm_kombotimes_news_trailing_script.rss.xml", text, c, lang="en", outlet="The Kombo Times", aliases=["Kombo Times"], ctype="text/xml; charset=UTF-8", declared="UTF-8",
                acceptable=("decoded", "refused"),
                notes="TRAP: the free host appends its analytics <script>, two comments and an HTML 'hosted by' banner (<div><a><img> with a bare '&' in the link) AFTER </rss>, so the document is not well-formed ('junk after document element'). Recovering the six items is good, a one-line refusal is acceptable, a crash or banner text in an item is a defect.",
                structure="The Point-style (Banjul) independent daily's hand-written PHP RSS on a free web host that injects its analytics code into every response: no indentation, channel 'Brand :: News', language en-gb, bare permalink guids ('/article/<slug>'), no author element, CDATA plain-text descriptions opening with a 'By Name', 'By Our Correspondent' or 'By Sports Desk' line and <br /><br /> between paragraphs, straight double quotes, a missing space after a full stop, pubDates in GMT; after </rss> the host's '<!-- Hosting24 Analytics Code -->' comment, <script src>, closing comment and a fixed-position 'hosted by' banner <div>")


FEEDS = [victorianation, kombotimes]
