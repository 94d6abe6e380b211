# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two broken or oddly encoded feeds of the twentieth held-out set.
All outlets, people and quotations are invented."""
from lib import dt
from mk import esc, it, q, rfc822
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2027, 4, day, h, mi, s, off)


# ---------------------------------------------------------------- namespace prefixes used but never declared
def kalaharimirror():
    rows, items = [], []
    o = 2

    def add(nid, slug, title, when, creator, caption, desc, exp):
        url = f"https://www.kalaharimirror.co.bw/news/{slug}-{nid}"
        media = (f"\n<media:content url=\"https://www.kalaharimirror.co.bw/uploads/{nid}.jpg\" medium=\"image\">\n<media:description>{esc(caption)}</media:description>\n</media:content>"
                 if caption else "")
        cr = f"\n<dc:creator>{esc(creator)}</dc:creator>" if creator is not None else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<guid>{url}</guid>{cr}\n<pubDate>{rfc822(when)}</pubDate>\n<description>{esc(desc)}</description>{media}\n</item>")
        items.append(exp(url))

    w = d(13, 17, 45, 0, o)
    add(40218, "botswana-namibia-trans-kalahari-rail-deal", "Botswana, Namibia sign Trans-Kalahari railway deal", w, "Kagiso Mmolai",
        "Ministers at the signing in Walvis Bay. Picture: Kagiso Mmolai",
        "<p>The 1,500km line will carry coal from Morupule to the port of Walvis Bay</p><p>“This railway gives a landlocked country a coastline,” said Boitumelo Sebego, permanent secretary in the transport ministry.</p>",
        lambda k: it(k, "Botswana, Namibia sign Trans-Kalahari railway deal", w, ["Kagiso Mmolai"], quotes=[q("Boitumelo Sebego", "transport ministry")], junk=["Picture: Kagiso Mmolai"]))
    w = d(13, 14, 20, 0, o)
    add(40211, "zimbabwe-border-ramatlabama-queues", "Truck queues at Kazungula as Zambia introduces new cargo levy", w, "Mirror Reporter",
        None,
        "<p>Drivers say they wait up to four days.Transporters want SADC to intervene</p>",
        lambda k: it(k, "Truck queues at Kazungula as Zambia introduces new cargo levy", w, [], note="Desk credit."))
    w = d(13, 11, 0, 0, o)
    add(40203, "gaborone-city-council-water-rationing", "Gaborone City Council extends water rationing to Block 8", w, "Lorato Phiri",
        None,
        "<p>Residents will receive water on alternate days until the Gaborone Dam recovers.</p>",
        lambda k: it(k, "Gaborone City Council extends water rationing to Block 8", w, ["Lorato Phiri"], rel=False))
    w = d(12, 19, 30, 0, o)
    add(40196, "debswana-cuts-output-diamond-slump", "Debswana cuts output again as diamond prices slump", w, "Reuters",
        "The Jwaneng mine. File picture",
        "<p>Production will fall to 15 million carats this year.</p>",
        lambda k: it(k, "Debswana cuts output again as diamond prices slump", w, ["Reuters"], rel=False, junk=["File picture"], note="Domestic business item. Agency as the only credit. [] is also correct"))
    w = d(12, 15, 10, 0, o)
    add(40188, "zebras-name-squad-for-afcon-qualifiers", "Zebras name squad for AFCON qualifiers", w, "Sports Reporter",
        None,
        "<p>Three South Africa-based players return.</p>",
        lambda k: it(k, "Zebras name squad for AFCON qualifiers", w, [], rel=False))
    w = d(12, 9, 0, 0, o)
    add(40180, "tenders-and-notices-april-12", "Tenders and notices: April 12", w, "",
        None,
        "<p>Public tenders and legal notices published this week.</p>",
        lambda k: it(k, "Tenders and notices: April 12", w, [], story=False, rel=False, note="Classified notices, not a story."))
    channel = ("<title>Kalahari Mirror - News</title>\n<link>https://www.kalaharimirror.co.bw/</link>\n<description>Botswana's independent newspaper</description>\n<language>en</language>\n"
               "<copyright>Kalahari Mirror (Pty) Ltd</copyright>")
    # the template prints dc: and media: elements but the <rss> element declares no namespace
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_bw_kalaharimirror_undeclared_ns.rss.xml", text, items, lang="en", outlet="Kalahari Mirror", aliases=["The Kalahari Mirror"],
                acceptable=("decoded", "refused"),
                notes="Broken: NOT namespace-well-formed. Items use dc:creator and media:content/media:description but <rss> declares neither the dc nor the media namespace, so a namespace-aware XML parser stops at the first unbound prefix. Recovering the six items with their titles, bylines and dates (and no photo captions in the summaries) is good; refusing with a one-line error is acceptable; a crash, or items without their authors because the prefixed elements were dropped, are defects.",
                structure="Botswana weekly's news-site RSS from a custom PHP CMS whose template omits the namespace declarations: no indentation, <rss version=\"2.0\"> with NO xmlns attributes while items carry dc:creator and media:content with media:description photo captions ('Picture: Name', 'File picture'), permalink = bare guid, dc:creator holding a person, 'Mirror Reporter', 'Sports Reporter', Reuters or empty, escaped <p> descriptions with a standfirst without final stop and a missing space after a full stop, a tenders-and-notices page, (Pty) Ltd copyright, +0200 dates")


# ---------------------------------------------------------------- windows-1252 code points written as numeric character references
def coralsea():
    rows, items = [], []
    o = 10
    lsq, rsq, ldq, rdq, nd, md, ell = "&#145;", "&#146;", "&#147;", "&#148;", "&#150;", "&#151;", "&#133;"
    c1 = ["\u0091", "\u0092", "\u0093", "\u0094", "\u0096", "\u0097", "\u0085"]

    def add(nid, title_raw, when, author, desc_raw, exp):
        url = f"https://www.coralseacourier.com.pg/news/article.php?id={nid}"
        au = f"<author>{author}</author>" if author else ""
        rows.append(f"  <item>\n    <title>{title_raw}</title>\n    <link>{esc(url)}</link>\n    <guid isPermaLink=\"false\">csc{nid}</guid>\n    <pubDate>{rfc822(when)}</pubDate>\n    {au}\n"
                    f"    <description>{desc_raw}</description>\n  </item>")
        items.append(exp(f"csc{nid}"))

    w = d(13, 18, 30, 0, o)
    add(77120, f"PNG, Australia sign {lsq}Pukpuk{rsq} security treaty protocol", w, "Gabriel Kuman",
        f"Port Moresby {md} The two governments signed the first protocol under the security treaty on Tuesday{ell} Police advisers will be based in Lae and Mount Hagen.{ldq}This is about our own sovereignty,{rdq} said Peter Wagambie, a foreign affairs spokesman.",
        lambda k: it(k, "PNG, Australia sign ‘Pukpuk’ security treaty protocol", w, ["Gabriel Kuman"], junk=[*c1, "&#14", "Port Moresby —"], quotes=[q("Peter Wagambie", "foreign affairs")]))
    w = d(13, 15, 10, 0, o)
    add(77114, f"Indonesia{rsq}s military chief visits Jayapura border post", w, "Staff Reporter",
        f"The visit comes a week after gunfire near the Wutung crossing {nd} PNG{rsq}s defence force said it had not been informed in advance",
        lambda k: it(k, "Indonesia’s military chief visits Jayapura border post", w, [], junk=c1, note="'Staff Reporter' is not a person."))
    w = d(13, 11, 40, 0, o)
    add(77108, "Lae market vendors protest new fees", w, "Rose Kila",
        f"Vendors say the K20 weekly fee is {ldq}too much for a family selling betel nut{rdq}.",
        lambda k: it(k, "Lae market vendors protest new fees", w, ["Rose Kila"], rel=False, junk=c1))
    w = d(13, 9, 0, 0, o)
    add(77101, f"China{rsq}s ambassador opens Pacific fisheries centre in Kavieng", w, "Gabriel Kuman",
        "The K45 million centre will train 200 fisheries officers from five Pacific nations each year.",
        lambda k: it(k, "China’s ambassador opens Pacific fisheries centre in Kavieng", w, ["Gabriel Kuman"], junk=c1))
    w = d(12, 20, 0, 0, o)
    add(77095, "Hunters beat Tonga in Pacific Cup opener", w, "Sports Desk",
        f"The PNG Hunters won 28{nd}14 at the Santos National Football Stadium.",
        lambda k: it(k, "Hunters beat Tonga in Pacific Cup opener", w, [], rel=False, junk=c1))
    w = d(12, 8, 0, 0, o)
    add(77090, f"Today{rsq}s cartoon", w, None,
        "",
        lambda k: it(k, "Today’s cartoon", w, [], story=False, rel=False, note="Editorial cartoon with an empty description."))
    channel = ("  <title>The Coral Sea Courier</title>\n  <link>https://www.coralseacourier.com.pg/</link>\n  <description>Papua New Guinea&#146;s daily newspaper</description>\n  <language>en-au</language>\n"
               "  <copyright>Coral Sea Courier Limited</copyright>")
    text = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_pg_coralseacourier_cp1252_ncr.rss.xml", text, items, lang="en", outlet="The Coral Sea Courier", aliases=["Coral Sea Courier"],
                encoding="latin-1", declared="ISO-8859-1", ctype="text/xml; charset=ISO-8859-1",
                notes="Odd: an old PHP template converts the editors' windows-1252 punctuation into numeric character references of the windows-1252 BYTE values (&#145; &#146; &#147; &#148; &#150; &#151; &#133;), which XML maps to the C1 control characters U+0091–U+0097 and U+0085, not to curly quotes, dashes and an ellipsis. Titles and summaries with ‘ ’ “ ” – — … (or their straight equivalents) are good; C1 control characters, invisible or missing punctuation ('Indonesias') or literal '&#146;' in the output are defects. The bytes are plain ASCII, so the declared ISO-8859-1 is harmless.",
                structure="Post-Courier-style (Port Moresby) daily's hand-made PHP RSS: two-space indentation, ISO-8859-1 declaration and header over pure-ASCII bytes, windows-1252 punctuation written as numeric character references of its byte values (&#145;–&#151;, &#133;) in titles, descriptions and the channel description, 'csc<id>' non-permalink guids, 'article.php?id=<n>' links with &amp;-free query, <author> holding a person, 'Staff Reporter' or 'Sports Desk' or nothing (an empty line), plain descriptions opening with a 'City —' dateline, an editorial cartoon with an empty description, Limited copyright, +1000 dates")


FEEDS = [kalaharimirror, coralsea]
