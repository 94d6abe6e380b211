# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two broken or oddly encoded feeds of the eighteenth held-out set.
All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_DC, esc, it, q, rfc822
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2027, 3, day, h, mi, s, off)


# ---------------------------------------------------------------- Shift_JIS bytes, honest prolog, lying header
def setouchi():
    rows, items = [], []
    o = 9

    def add(aid, title, when, creator, desc, exp):
        url = f"https://www.setouchi-shimpo.co.jp/english/article/{aid}.html"
        rows.append(f"<item>\r\n<title>{esc(title)}</title>\r\n<link>{url}</link>\r\n<guid isPermaLink=\"true\">{url}</guid>\r\n<description>{esc(desc)}</description>\r\n"
                    f"<dc:creator>{esc(creator)}</dc:creator>\r\n<pubDate>{rfc822(when)}</pubDate>\r\n</item>")
        items.append(exp(url))

    w = d(9, 18, 0, 0, o)
    add("20270309-0412", "Japan, South Korea agree to resume “shuttle diplomacy” in Hiroshima", w, "Kenji Morimoto",
        "Foreign ministers will meet in Hiroshima (広島) in April, officials said.“We have more in common than we admit,” said Haruka Ishida, a ministry spokesperson.",
        lambda k: it(k, "Japan, South Korea agree to resume “shuttle diplomacy” in Hiroshima", w, ["Kenji Morimoto"], quotes=[q("Haruka Ishida")]))
    w = d(9, 15, 30, 0, o)
    add("20270309-0398", "Okayama peach growers fear new tariffs on exports to Taiwan", w, "Staff writer",
        "Farmers in the 岡山 prefecture ship about 300 tons a year to Taipei.",
        lambda k: it(k, "Okayama peach growers fear new tariffs on exports to Taiwan", w, [], rel=False, note="'Staff writer' is not a person."))
    w = d(9, 12, 10, 0, o)
    add("20270309-0380", "Coast guard tracks Chinese survey ship near Okinotori", w, "Kyodo",
        "The vessel stayed inside Japan’s exclusive economic zone for 11 hours, the 海上保安庁 said.",
        lambda k: it(k, "Coast guard tracks Chinese survey ship near Okinotori", w, ["Kyodo"], note="Agency as the only credit. [] is also correct"))
    w = d(9, 9, 0, 0, o)
    add("20270309-0365", "Seto Inland Sea ferry fares rise 8% from April", w, "Aiko Tanabe",
        "Operators blamed fuel costs; the Uno to Naoshima route (宇野・直島航路) is hardest hit.",
        lambda k: it(k, "Seto Inland Sea ferry fares rise 8% from April", w, ["Aiko Tanabe"], rel=False))
    w = d(8, 20, 0, 0, o)
    add("20270308-0351", "Fagiano Okayama draw at home", w, "Sports desk",
        "A 1-1 draw in the J1 League at City Light Stadium.",
        lambda k: it(k, "Fagiano Okayama draw at home", w, [], rel=False))
    w = d(8, 17, 30, 0, o)
    add("20270308-0340", "Japan to send disaster team to quake-hit Mindanao", w, "Kenji Morimoto",
        "A 60-member team of the Japan Disaster Relief (国際緊急援助隊) will leave Narita on Tuesday.",
        lambda k: it(k, "Japan to send disaster team to quake-hit Mindanao", w, ["Kenji Morimoto"]))
    channel = ("<title>Setouchi Shimpo English - News</title>\r\n<link>https://www.setouchi-shimpo.co.jp/english/</link>\r\n<description>瀬戸内新報 English edition</description>\r\n<language>en</language>\r\n"
               "<copyright>Copyright The Setouchi Shimpo Co., Ltd.</copyright>")
    text = ('<?xml version="1.0" encoding="Shift_JIS"?>\r\n<rss version="2.0"' + NS_DC + ">\r\n<channel>\r\n" + channel + "\r\n" + "\r\n".join(rows) + "\r\n</channel>\r\n</rss>\r\n")
    return feed("en_jp_setouchi_english_sjis_header_utf8.rss.xml", text, items, lang="en", outlet="Setouchi Shimpo", aliases=["The Setouchi Shimpo", "Setouchi Shimpo English"],
                encoding="cp932", declared="Shift_JIS", ctype="application/rss+xml; charset=UTF-8", acceptable=("decoded", "refused"),
                notes="Odd: Shift_JIS (cp932) bytes with an honest encoding=\"Shift_JIS\" in the XML declaration, but served with a Content-Type header claiming charset=UTF-8. Curly quotes and apostrophes and the Japanese words (kanji, a middle dot) must come out intact (Shift_JIS decoding); U+FFFD replacement characters, dropped letters or mojibake are defects; refusal is acceptable but poor.",
                structure="English edition of a Japanese regional daily from an old in-house CMS: CRLF line ends, Shift_JIS bytes declared in the prolog while the HTTP header says UTF-8, Japanese words in kanji inside English text, curly quotes and apostrophes as double-byte characters, a missing space after a full stop before a curly quote, dc:creator holding a person, 'Staff writer', 'Kyodo' or 'Sports desk', '/english/article/YYYYMMDD-NNNN.html' permalink guids, Co., Ltd. copyright, +0900 dates")


# ---------------------------------------------------------------- not well-formed: raw HTML in descriptions
def lakeshoretimes():
    rows, items = [], []
    o = 2

    def add(nid, title, when, author, raw, exp):
        url = f"https://www.lakeshoretimes.mw/index.php?option=news&id={nid}"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{esc(url)}</link>\n<guid isPermaLink=\"false\">lt-{nid}</guid>\n<author>{esc(author)}</author>\n<pubDate>{rfc822(when)}</pubDate>\n<description>{raw}</description>\n</item>")
        items.append(exp(f"lt-{nid}"))

    w = d(9, 17, 20, 0, o)
    add(30441, "Malawi, Mozambique agree joint patrols on Lake Malawi", w, "Chikondi Banda",
        '<img src="https://www.lakeshoretimes.mw/images/news/30441.jpg" width="300"><br>Defence chiefs of the two countries signed a memorandum in Mangochi on Tuesday<br><br>The patrols will target smuggling of fuel and fertiliser across the lake.',
        lambda k: it(k, "Malawi, Mozambique agree joint patrols on Lake Malawi", w, ["Chikondi Banda"], junk=["<img", "<br>"]))
    w = d(9, 14, 45, 0, o)
    add(30432, "Zambia border traders protest new levy at Mchinji", w, "Lakeshore Times Reporter",
        '<p>Traders blocked the road for three hours.<br>Zambian officials said the levy was temporary',
        lambda k: it(k, "Zambia border traders protest new levy at Mchinji", w, [], note="Desk credit."))
    w = d(9, 11, 0, 0, o)
    add(30420, "Flames name squad for COSAFA Cup", w, "Sports Reporter",
        '<p>Four foreign-based players recalled.<br>',
        lambda k: it(k, "Flames name squad for COSAFA Cup", w, [], rel=False))
    w = d(9, 8, 30, 0, o)
    add(30411, "Blantyre water board cuts supply to four townships", w, "Thoko Mwale",
        'Residents of Ndirande, Chilomoni, Bangwe and Zingwangwa will be without water until Friday.<br>',
        lambda k: it(k, "Blantyre water board cuts supply to four townships", w, ["Thoko Mwale"], rel=False))
    w = d(8, 19, 15, 0, o)
    add(30402, "SADC summit: Lilongwe to host extraordinary meeting on eastern DRC", w, "Chikondi Banda",
        '<p><b>LILONGWE</b> - Regional leaders will meet on March 20 to review the mission in eastern Congo.<br>"We cannot look away," said Mphatso Kalua, a foreign ministry spokesperson.',
        lambda k: it(k, "SADC summit: Lilongwe to host extraordinary meeting on eastern DRC", w, ["Chikondi Banda"], junk=["<b>", "<br>"], quotes=[q("Mphatso Kalua", "foreign ministry")]))
    w = d(8, 10, 0, 0, o)
    add(30390, "Advertise with the Lakeshore Times", w, "Lakeshore Times",
        '<img src="https://www.lakeshoretimes.mw/images/advertise.png"><br>Call our sales team on 0999 000 000',
        lambda k: it(k, "Advertise with the Lakeshore Times", w, [], story=False, rel=False, note="House advert."))
    channel = ("<title>Lakeshore Times - Latest News</title>\n<link>https://www.lakeshoretimes.mw/</link>\n<description>Malawi's independent online newspaper</description>\n<language>en-gb</language>\n"
               "<copyright>Lakeshore Times Limited</copyright>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_mw_lakeshoretimes_raw_html_invalid.rss.xml", text, items, lang="en", outlet="Lakeshore Times", aliases=["The Lakeshore Times"],
                acceptable=("decoded", "refused"),
                notes="Broken: NOT well-formed XML. The hand-written PHP template pastes the article's HTML into <description> without escaping or CDATA: unclosed <br> and <img> tags and unclosed <p> elements. Recovering the six items with clean titles and tag-free summaries is good; refusing the feed with a one-line error is acceptable; a crash, HTML tags in summaries or items merged into one are defects.",
                structure="Malawian online daily's hand-written PHP RSS (index.php?option=news&id=<n>): raw unescaped HTML inside <description> (unclosed <br>, <img> and <p>, a <b> dateline), making the document not well-formed, '&amp;' escaped only in links, 'lt-<id>' non-permalink guids, <author> holding a person, 'Lakeshore Times Reporter', 'Sports Reporter' or the brand, a house advert, Limited copyright, +0200 dates")


FEEDS = [setouchi, lakeshoretimes]
