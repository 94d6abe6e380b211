# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two broken or oddly encoded feeds of the nineteenth held-out set.
All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_CONTENT, NS_DC, esc, it, q, rfc822
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2027, 4, day, h, mi, s, off)


def cd(s):
    return f"<![CDATA[{s}]]>"


# ---------------------------------------------------------------- 1C-Bitrix English site: UTF-8 bytes, prolog says windows-1251
def alatoo():
    rows, items = [], []
    o = 6

    def add(nid, title, when, cat, desc, exp):
        url = f"https://en.alatoo24.kg/news/detail.php?ID={nid}"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{esc(url)}</link>\n<description>{cd(desc)}</description>\n"
                    f"<enclosure url=\"https://en.alatoo24.kg/upload/iblock/{nid % 997:03x}/{nid}.jpg\" length=\"48213\" type=\"image/jpeg\"/>\n<category>{esc(cat)}</category>\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(url))

    w = d(13, 18, 5, 0, o)
    add(318840, "Kyrgyzstan and Tajikistan complete demarcation of last disputed border section", w, "Politics",
        "The governments of Kyrgyzstan and Tajikistan have signed the protocol on the last 24 kilometres of the border near Vorukh. The document must be ratified by the Jogorku Kenesh (Жогорку Кенеш) and the Majlisi Oli.",
        lambda k: it(k, "Kyrgyzstan and Tajikistan complete demarcation of last disputed border section", w, []))
    w = d(13, 15, 20, 0, o)
    add(318826, "Moscow tightens patent rules for migrants: “We ask for a transition period”", w, "Politics",
        "Russia will require migrant workers to pass a new language test before renewing their work patents from July.“Our citizens need at least six months to prepare,” said Nurzhan Asanaliev, deputy head of the Ministry of Labour’s migration service.<br><br>Author: Aizada Toktogulova",
        lambda k: it(k, "Moscow tightens patent rules for migrants: “We ask for a transition period”", w, ["Aizada Toktogulova"], junk=["Author:"], quotes=[q("Nurzhan Asanaliev", "Ministry of Labour")], note="Byline only in the text, after 'Author:'."))
    w = d(13, 11, 0, 0, o)
    add(318811, "Bishkek to move western bus station to Dzhal district", w, "Society",
        "The mayor’s office says the move will free 4 hectares in the city centre — construction of the new terminal will take two years",
        lambda k: it(k, "Bishkek to move western bus station to Dzhal district", w, [], rel=False))
    w = d(12, 20, 40, 0, o)
    add(318797, "Kyrgyz wrestlers win three golds at Asian Championships", w, "Sports",
        "Ernazar Akmataliev, Uulubek Zholdoshbekov and Aiperi Medet kyzy won their finals in Ulaanbaatar.",
        lambda k: it(k, "Kyrgyz wrestlers win three golds at Asian Championships", w, [], rel=False))
    w = d(12, 16, 10, 0, o)
    add(318781, "China and Kyrgyzstan sign financing deal for Kashgar railway section", w, "Economy",
        "The $1.2 billion loan covers the Torugart–Makmal section of the China–Kyrgyzstan–Uzbekistan railway. Work will start in September, the Cabinet of Ministers said.",
        lambda k: it(k, "China and Kyrgyzstan sign financing deal for Kashgar railway section", w, []))
    w = d(12, 8, 0, 0, o)
    add(318770, "Bishkek air quality: AQI 168 this morning", w, "Society",
        "Unhealthy: Sverdlovsky and Oktyabrsky districts. Moderate: Pervomaisky. Updated every hour.",
        lambda k: it(k, "Bishkek air quality: AQI 168 this morning", w, [], story=False, rel=False, note="Air-quality bulletin, not a story."))
    channel = ("<title>Ala-Too 24 — News of Kyrgyzstan</title>\n<link>https://en.alatoo24.kg</link>\n<description>Ala-Too 24 news agency: news of Kyrgyzstan and Central Asia in English</description>\n<language>en</language>\n"
               f"<lastBuildDate>{rfc822(d(13, 18, 6, 0, o))}</lastBuildDate>\n<ttl>60</ttl>")
    text = ('<?xml version="1.0" encoding="windows-1251"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_kg_alatoo24_bitrix_utf8_declared_cp1251.rss.xml", text, items, lang="en", outlet="Ala-Too 24", aliases=["Ala-Too 24 news agency"],
                encoding="utf-8", declared="windows-1251", ctype="application/xml", acceptable=("decoded", "refused"),
                notes="Odd: UTF-8 bytes while the XML declaration says encoding=\"windows-1251\" (the English site inherits the Russian site's 1C-Bitrix template), served as application/xml WITHOUT a charset, so the declaration is the only label. Curly quotes, en and em dashes, apostrophes and the Cyrillic words must come out intact (the bytes are valid UTF-8 and not plausible windows-1251); 'вЂ™'-style mojibake or U+FFFD are defects; refusal is acceptable but poor.",
                structure="1C-Bitrix news.rss-style RSS of a Kyrgyz news agency's English site: UTF-8 bytes under a windows-1251 XML declaration and a charset-less application/xml header, one element per line, channel 'Brand — tagline' with <ttl>, NO guid (the 'detail.php?ID=<n>' link, '&amp;'-free, is the key), CDATA descriptions with curly quotes, dashes, Cyrillic words, '<br><br>Author: Name' as the only byline and a missing space after a full stop before a curly quote, enclosure before category before pubDate, an air-quality bulletin, +0600 dates")


# ---------------------------------------------------------------- not well-formed: an embed's own CDATA ends the description's CDATA
def kopjeherald():
    rows, items = [], []
    o = 2

    def add(aid, slug, title, when, creator, teaser, body, exp):
        url = f"https://www.kopjeherald.co.zw/{slug}/"
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<guid isPermaLink=\"false\">kh{aid}</guid>\n\t\t<dc:creator>{esc(creator)}</dc:creator>\n\t\t<pubDate>{rfc822(when)}</pubDate>\n"
                    f"\t\t<description>{esc(teaser)}</description>\n\t\t<content:encoded>{cd(body)}</content:encoded>\n\t</item>")
        items.append(exp(f"kh{aid}"))

    embed = ('<div class="social-embed"><blockquote class="twitter-tweet"><p lang="en">{tweet}</p>&mdash; {who}</blockquote>'
             '<script type="text/javascript">//<![CDATA[\nwindow.twttr = window.twttr || {{}}; twttr.ready(function(t){{ t.widgets.load(); }});\n//]]></script></div>')
    w = d(13, 17, 30, 0, o)
    add(84412, "zimbabwe-zambia-fast-track-batoka-gorge-hydro-project", "Zimbabwe, Zambia agree to fast-track Batoka Gorge hydro project", w, "Tendai Moyo",
        "The two governments have agreed to pick a contractor for the 2 400MW Batoka Gorge scheme by September",
        "<p>The two governments have agreed to pick a contractor for the 2 400MW Batoka Gorge scheme by September.</p><p>“Power shortages cost both our economies dearly,” said Farai Chikore, chief executive of the Zambezi River Authority.</p>"
        + embed.format(tweet="Ministers of energy from Zimbabwe and Zambia met in Livingstone today to review the Batoka Gorge timetable.", who="Zambezi River Authority (@ZRA_official)"),
        lambda k: it(k, "Zimbabwe, Zambia agree to fast-track Batoka Gorge hydro project", w, ["Tendai Moyo"], quotes=[q("Farai Chikore", "Zambezi River Authority")], junk=["twttr", "<script", "CDATA", "@ZRA_official"]))
    w = d(13, 14, 0, 0, o)
    add(84398, "sadc-observers-present-final-report-on-lesotho-elections", "SADC observers present final report on Lesotho elections", w, "Herald Correspondent",
        "The regional observer mission said the vote was peaceful but called for a new voters' roll before the next election",
        "<p>MASERU. The regional observer mission said the vote was peaceful but called for a new voters' roll.The report was handed to the SADC secretariat in Gaborone</p>",
        lambda k: it(k, "SADC observers present final report on Lesotho elections", w, [], note="Desk credit 'Herald Correspondent'."))
    w = d(13, 10, 45, 0, o)
    add(84380, "harare-council-approves-new-rates-for-high-density-suburbs", "Harare council approves new rates for high-density suburbs", w, "Rutendo Chari",
        "Residents of Mbare, Highfield and Glen View will pay US$12 a month from May",
        "<p>Residents of Mbare, Highfield and Glen View will pay US$12 a month from May.</p>",
        lambda k: it(k, "Harare council approves new rates for high-density suburbs", w, ["Rutendo Chari"], rel=False))
    w = d(12, 20, 15, 0, o)
    add(84366, "warriors-name-squad-for-afcon-qualifier", "Warriors name squad for Afcon qualifier against Ghana", w, "Sports Editor",
        "Four England-based players have been called up for the match in Kumasi",
        "<p>Four England-based players have been called up for the match in Kumasi.</p>"
        + embed.format(tweet="SQUAD ANNOUNCEMENT: Here is your Warriors squad for the Afcon qualifier away to Ghana.", who="Zimbabwe Football (@ZIFA_Official)"),
        lambda k: it(k, "Warriors name squad for Afcon qualifier against Ghana", w, [], rel=False, junk=["twttr", "<script", "SQUAD ANNOUNCEMENT"], note="Desk credit 'Sports Editor'."))
    w = d(12, 16, 0, 0, o)
    add(84351, "zimbabwe-botswana-open-one-stop-border-post-at-plumtree", "Zimbabwe, Botswana open one-stop border post at Plumtree", w, "Tendai Moyo and Kgosi Molefhe",
        "Travellers will clear immigration and customs once, instead of twice, at the Plumtree-Ramokgwebana crossing",
        "<p>Travellers will clear immigration and customs once, instead of twice, at the Plumtree-Ramokgwebana crossing.</p><ul><li>Open 24 hours from May 1</li><li>Funded by the African Development Bank</li></ul>",
        lambda k: it(k, "Zimbabwe, Botswana open one-stop border post at Plumtree", w, ["Tendai Moyo", "Kgosi Molefhe"]))
    w = d(12, 6, 0, 0, o)
    add(84340, "herald-crossword-8412-solution", "Herald Crossword No. 8412: solution", w, "Kopje Herald",
        "Across: 1 Kariba, 5 Mopane, 9 Ndebele. Down: 2 Acacia, 3 Baobab",
        "<p>Across: 1 Kariba, 5 Mopane, 9 Ndebele. Down: 2 Acacia, 3 Baobab.</p>",
        lambda k: it(k, "Herald Crossword No. 8412: solution", w, [], story=False, rel=False, note="Crossword solution."))
    channel = ("\t<title>The Kopje Herald &#8211; World &amp; Africa</title>\n\t<link>https://www.kopjeherald.co.zw/</link>\n\t<description>Zimbabwe's national daily</description>\n\t<language>en-GB</language>\n"
               f"\t<copyright>Kopje Newspapers (1980) Limited</copyright>\n\t<lastBuildDate>{rfc822(d(13, 17, 31, 0, o))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + NS_CONTENT + NS_DC + ">\n<channel>\n" + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_zw_kopjeherald_world_nested_cdata_invalid.rss.xml", text, items, lang="en", outlet="The Kopje Herald", aliases=["Kopje Herald"],
                acceptable=("decoded", "refused"),
                notes="Broken: NOT well-formed XML. Two items' content:encoded wraps article HTML in CDATA, but the HTML holds an embedded tweet whose <script> carries its own '//<![CDATA[ … //]]>' guard: the inner ']]>' closes the outer CDATA early, so '</script></div>' and a stray ']]>' follow as markup. Recovering the six items with clean titles and tag- and script-free summaries is good; refusing the feed with a one-line error is acceptable; a crash, script text, 'CDATA' or tags in summaries, or items merged into one are defects.",
                structure="Zimbabwean national daily's hand-rolled RSS with content:encoded: tab indentation, '&#8211;' and '&amp;' in the channel title, 'kh<id>' non-permalink guids, dc:creator holding a person, 'A and B', 'Herald Correspondent', 'Sports Editor' or the brand, escaped teaser plus CDATA content:encoded, two of which carry an embedded tweet with a script whose own CDATA guard breaks the document, an upper-case 'MASERU.' dateline and a missing space after a full stop, <ul> bullets, a crossword solution, Limited copyright, +0200 dates")


FEEDS = [alatoo, kopjeherald]
