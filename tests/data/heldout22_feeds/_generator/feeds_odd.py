# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two broken or oddly encoded feeds of the twenty-second held-out set.
All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_DC, esc, it, q, rfc822
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2027, 5, day, h, mi, s, off)


# ---------------------------------------------------------------- a shared host appends its analytics snippet after </rss>
def mesuradoherald():
    rows, items = [], []
    o = 0

    def add(nid, slug, title, when, creator, desc, exp):
        url = f"http://www.mesuradoherald.example/index.php/news/{nid}-{slug}"
        cr = f"\n      <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"true\">{url}</guid>{cr}\n      <pubDate>{rfc822(when, gmt=True)}</pubDate>\n"
                    f"      <description>{esc(desc)}</description>\n    </item>")
        items.append(exp(url))

    w = d(18, 19, 0, 0, o)
    add(10482, "ecowas-summit-abuja-sahel-corridors", "ECOWAS Summit: Leaders Reopen Corridors With Sahel States", w, "Bettie K. Johnson-Mbayo",
        "<p>ABUJA – West African heads of state on Tuesday agreed to reopen trade corridors with Mali, Burkina Faso and Niger after a year of mediation.</p><p>“Our traders have paid the price of a quarrel they did not start,” Foreign Minister Sara Kpadeh Morris told reporters after the closed-door session.</p>",
        lambda k: it(k, "ECOWAS Summit: Leaders Reopen Corridors With Sahel States", w, ["Bettie K. Johnson-Mbayo"], junk=["ABUJA –"], quotes=[q("Sara Kpadeh Morris", "Foreign Minister")]))
    w = d(18, 15, 30, 0, o)
    add(10479, "mano-river-union-bo-waterside-border", "Liberia, Sierra Leone Agree Joint Patrols at Bo Waterside", w, "Mesurado Herald Staff",
        "<p>MONROVIA – The two governments will set up a joint border post at the Mano River bridge.The Mano River Union secretariat will fund the building</p>",
        lambda k: it(k, "Liberia, Sierra Leone Agree Joint Patrols at Bo Waterside", w, [], junk=["MONROVIA –"], note="Staff credit."))
    w = d(18, 11, 20, 0, o)
    add(10475, "un-security-council-liberia-presidency", "Liberia Takes Over UN Security Council Presidency in June", w, "Festus N. Gbarbea",
        "<p>NEW YORK – Liberia's ambassador said the presidency will focus on small arms in the Sahel</p>",
        lambda k: it(k, "Liberia Takes Over UN Security Council Presidency in June", w, ["Festus N. Gbarbea"], junk=["NEW YORK –"]))
    w = d(18, 8, 45, 0, o)
    add(10471, "monrovia-traffic-ducor-road", "Monrovia: Motorists Stranded as UN Drive Repairs Drag On", w, "Festus N. Gbarbea",
        "<p>MONROVIA – Work on the road has stopped for three weeks.</p>",
        lambda k: it(k, "Monrovia: Motorists Stranded as UN Drive Repairs Drag On", w, ["Festus N. Gbarbea"], rel=False, junk=["MONROVIA –"]))
    w = d(17, 20, 10, 0, o)
    add(10466, "lone-star-squad-named", "Lone Star Coach Names Squad for World Cup Qualifiers", w, "Sports Desk",
        "<p>MONROVIA – Four home-based players are in the squad.</p>",
        lambda k: it(k, "Lone Star Coach Names Squad for World Cup Qualifiers", w, [], rel=False, junk=["MONROVIA –"]))
    w = d(17, 9, 0, 0, o)
    add(10460, "public-notice-lost-title-deed", "Public Notice: Lost Title Deed", w, None,
        "<p>This is to inform the general public that the title deed for Lot 14, Sinkor, has been lost.</p>",
        lambda k: it(k, "Public Notice: Lost Title Deed", w, [], story=False, rel=False, note="Paid public notice, not a story."))
    channel = ("    <title>Mesurado Herald</title>\n    <link>http://www.mesuradoherald.example</link>\n    <description>Liberia's Daily Newspaper</description>\n    <language>en-gb</language>\n"
               f"    <generator>Joomla! - Open Source Content Management</generator>\n    <lastBuildDate>{rfc822(d(18, 19, 2, 0, o), gmt=True)}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n<rss version="2.0"' + NS_DC + ">\n  <channel>\n" + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n"
            # the shared host injects its visitor counter into every response, XML included
            "<!-- Hosting Analytics Code -->\n<script type=\"text/javascript\" src=\"http://stats.freehost.example/count.php?site=mesuradoherald\"></script>\n<noscript><a href=\"http://www.freehost.example\"><img src=\"http://stats.freehost.example/count.gif\" alt=\"web hosting\" /></a></noscript>\n<!-- End Of Analytics Code -->\n")
    return feed("en_lr_mesuradoherald_trailing_script.rss.xml", text, items, lang="en", outlet="Mesurado Herald", aliases=["The Mesurado Herald"],
                acceptable=("decoded", "refused"), ctype="application/rss+xml; charset=utf-8",
                notes="Broken: NOT well-formed. A free/shared web host appends its analytics snippet (an HTML comment, a <script>, a <noscript> with a link and an image) AFTER </rss>, so a strict XML parser stops with 'junk after document element'. The whole channel is complete before the junk: recovering the six items with their bylines and dates is good; refusing with a one-line error is acceptable; a crash, or the host's 'web hosting' link or the script URL in any output, is a defect.",
                structure="FrontPage Africa-style (Monrovia) daily's Joomla category RSS (index.php/news/<id>-<alias> links) behind a free/shared host that injects a visitor counter: Joomla generator comment before <rss>, two-space nested indentation, channel titled with the bare brand, http:// links, permalink guids, dc:creator holding a person (with a middle initial), 'Brand Staff', 'Sports Desk' or nothing, escaped <p> descriptions opening with an upper-case 'CITY –' dateline (en dash), curly quotes, a missing space after a full stop, a standfirst without final stop, a paid public notice, GMT dates, and AFTER </rss> the host's '<!-- Hosting Analytics Code -->' block with <script> and <noscript><a><img></a></noscript>")


# ---------------------------------------------------------------- an internal DTD subset declares the HTML entities the template writes
def seychellesnation():
    rows, items = [], []
    o = 4

    def add(nid, title_x, when, author, desc_x, exp):
        url = f"https://www.indianoceannation.example/news/{nid}"
        au = f"\n<author>{author}</author>" if author else ""
        rows.append(f"<item>\n<title>{title_x}</title>\n<link>{url}</link>\n<guid>{url}</guid>{au}\n<pubDate>{rfc822(when)}</pubDate>\n<description>{desc_x}</description>\n</item>")
        items.append(exp(url))

    w = d(18, 17, 10, 0, o)
    add(20114, "EU extends Operation Atalanta &ndash; Seychelles to keep hosting patrol aircraft", w, "Marie-Claire Esparon",
        "Seychelles will continue to host the mission&rsquo;s maritime patrol aircraft at Pointe Larue until 2029.&nbsp;&ldquo;Piracy has not disappeared, it has moved,&rdquo; said Principal Secretary for Foreign Affairs Jean-Paul Hoareau.",
        lambda k: it(k, "EU extends Operation Atalanta – Seychelles to keep hosting patrol aircraft", w, ["Marie-Claire Esparon"], junk=["&rsquo;", "&ldquo;", "&nbsp;"], quotes=[q("Jean-Paul Hoareau", "Foreign Affairs")]))
    w = d(18, 14, 0, 0, o)
    add(20111, "Seabed authority talks: Seychelles calls for &lsquo;precautionary pause&rsquo;", w, "Nation Reporter",
        "The Seychelles delegation in Kingston backed a pause on deep-sea mining licences until the environmental rules are adopted&hellip;",
        lambda k: it(k, "Seabed authority talks: Seychelles calls for ‘precautionary pause’", w, [], junk=["&lsquo;", "&hellip;"], note="Desk credit. Second item on the seabed mining talks story."))
    w = d(18, 10, 30, 0, o)
    add(20107, "Assumption Island: India&rsquo;s coastguard to train Seychelles officers", w, "Patrick Labiche",
        "Forty Seychelles Coast Guard officers will train in Goa this year under the agreement signed in Victoria.Plans for a joint facility on Assumption remain on hold",
        lambda k: it(k, "Assumption Island: India’s coastguard to train Seychelles officers", w, ["Patrick Labiche"], junk=["&rsquo;"]))
    w = d(18, 8, 0, 0, o)
    add(20102, "Sir Selwyn Selwyn-Clarke Market to close for renovation", w, "Marie-Claire Esparon",
        "The market in Victoria will close for four months from June&nbsp;1.",
        lambda k: it(k, "Sir Selwyn Selwyn-Clarke Market to close for renovation", w, ["Marie-Claire Esparon"], rel=False))
    w = d(17, 19, 0, 0, o)
    add(20098, "Pirates beat Côte d&rsquo;Or in league decider", w, "Sports Desk",
        "Pirates FC won 2&ndash;1 at Stade Linité.",
        lambda k: it(k, "Pirates beat Côte d’Or in league decider", w, [], rel=False, junk=["&ndash;"]))
    w = d(17, 9, 0, 0, o)
    add(20094, "Government notices &ndash; 17 May", w, None,
        "Gazette notices published by the Department of Information.",
        lambda k: it(k, "Government notices – 17 May", w, [], story=False, rel=False, note="Gazette notices, not a story."))
    dtd = ("<!DOCTYPE rss [\n<!ENTITY nbsp \"&#160;\">\n<!ENTITY lsquo \"&#8216;\">\n<!ENTITY rsquo \"&#8217;\">\n<!ENTITY ldquo \"&#8220;\">\n<!ENTITY rdquo \"&#8221;\">\n"
           "<!ENTITY ndash \"&#8211;\">\n<!ENTITY mdash \"&#8212;\">\n<!ENTITY hellip \"&#8230;\">\n<!ENTITY eacute \"&#233;\">\n]>")
    channel = ("<title>Indian Ocean Nation</title>\n<link>https://www.indianoceannation.example/</link>\n<description>Seychelles&rsquo; daily newspaper</description>\n<language>en</language>\n"
               "<copyright>Indian Ocean Nation &ndash; Department of Information</copyright>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n' + dtd + '\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_sc_indianoceannation_internal_dtd.rss.xml", text, items, lang="en", outlet="Indian Ocean Nation", aliases=["The Indian Ocean Nation"],
                acceptable=("decoded", "refused"),
                notes="Odd: well-formed XML whose internal DTD subset (<!DOCTYPE rss [ <!ENTITY nbsp \"&#160;\"> … ]>) declares the HTML named entities (&nbsp; &lsquo; &rsquo; &ldquo; &rdquo; &ndash; &mdash; &hellip; &eacute;) that the template writes unescaped in titles, descriptions and the channel. A conforming parser expands them; a parser hardened against entity expansion refuses the DTD. Titles and summaries with ’ ‘ “ ” – … and no-break spaces (or their plain equivalents) are good; refusing with a one-line error is acceptable; literal '&rsquo;', missing apostrophes ('Indias') or a crash are defects.",
                structure="Seychelles Nation-style (Victoria) government daily's hand-made RSS: declaration, then an INTERNAL DTD SUBSET '<!DOCTYPE rss [ … ]>' declaring nine HTML named entities, then RSS 2.0 with no indentation and one element per line, channel titled with the bare brand, link = bare guid, RSS 2.0 <author> holding a plain name, 'Nation Reporter', 'Sports Desk' or nothing, plain-text descriptions and titles using those entities UNESCAPED at the XML level (&rsquo; &ldquo; &nbsp; &ndash; &hellip;), a missing space after a full stop, a standfirst without final stop, a Government notices item, a Department of Information copyright with &ndash;, +0400 dates")


FEEDS = [mesuradoherald, seychellesnation]
