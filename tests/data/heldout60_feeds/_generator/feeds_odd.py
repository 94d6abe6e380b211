# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two encoding traps of the sixtieth held-out set: an ISO-8859-9 (Latin-5, Turkish) English
feed from Mersin and an EUC-JP English feed from Yokohama."""
from h60 import d, esc, feed, it, plain_doc, plain_item, q, rfc822

NS = ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"'


def mersin():
    B = "http://www.mersinherald.example"
    rows = [
        ("Syrian fishermen detained off Mersin, Damascus asks for release", d(2017, 4, 11, 15, 20, 0, 3), "Gülşen Yıldırım",
         "MERSİN - The Turkish Coast Guard detained eleven Syrian fishermen off Erdemli on Monday. \"They crossed into our waters three times this month,\" said Coast Guard regional commander Şükrü Ağaoğlu. The Syrian side asked for their release through Russian mediators.",
         dict(authors=["Gülşen Yıldırım"], quotes=[q("Şükrü Ağaoğlu", "Turkish Coast Guard")], note="Turkey–Syria maritime incident: relevant.")),
        ("Mersin port handles record citrus exports to Russia", d(2017, 4, 10, 11, 0, 0, 3), "İlker Doğan",
         "Exporters shipped 310,000 tonnes of lemons and oranges to Russia in the first quarter after Moscow lifted its ban on Turkish produce. \"The Russian market is back and we are ready,\" said Hüseyin Çağlar, chairman of the Mediterranean Citrus Exporters' Union.",
         dict(authors=["İlker Doğan"], quotes=[q("Hüseyin Çağlar", "Mediterranean Citrus Exporters' Union")], note="Turkey–Russia trade after sanctions were lifted: relevant.")),
        ("Tarsus municipality opens new park", d(2017, 4, 10, 9, 0, 0, 3), "Herald Newsroom", "A 40,000-square-metre park opened in Tarsus.", dict(authors=[], rel=False, note="City news: not relevant.")),
        ("Turkish sailor missing after cargo ship sinks in Black Sea off Georgia", d(2017, 4, 9, 18, 0, 0, 3), "Gülşen Yıldırım and İlker Doğan",
         "A cargo ship operated by a Mersin company sank off Batumi. The Turkish consulate in Batumi said it was working with the Georgian coast guard. The ship's operator, Akdeniz Denizcilik, said one of its 13 crew was missing.",
         dict(authors=["Gülşen Yıldırım", "İlker Doğan"], rel=False, note="One sailor missing after a cargo ship sank abroad, the consulate works with the coast guard: a small accident with routine consular help, not relevant (rule C). No quotation marks: no quote.")),
        ("PHOTO GALLERY: Orange Blossom Carnival in Adana", d(2017, 4, 8, 20, 0, 0, 3), "Photos: Ömer Kılıç", "Scenes from the carnival. Photos: Ömer Kılıç", dict(authors=[], story=False, rel=False, junk=["Photos: Ömer Kılıç"], note="Gallery: non-story.")),
        ("Mersinspor draw with Göztepe", d(2017, 4, 8, 19, 0, 0, 3), "Sports Desk", "A 1-1 draw at the Mersin Arena.", dict(authors=[], rel=False, note="Home sport: not relevant.")),
    ]
    items, exp = [], []
    for n, (title, date, by, desc, kw) in enumerate(rows):
        link = f"{B}/haber.php?id={23310 - n * 4}"
        items.append(plain_item(title, link, link, date, desc, author=by))
        exp.append(it(link, title, date, **kw))
    head = f"<title>Mersin Herald</title>\n<link>{B}/</link>\n<description>Mersin Herald - English news from the Eastern Mediterranean</description>\n<language>en</language>"
    text = plain_doc(head, items, ns=NS, decl="ISO-8859-9")
    return feed("en_tr_mersinherald_news_iso8859_9.rss.xml", text, exp, lang="en", outlet="Mersin Herald", encoding="iso-8859-9", declared="iso-8859-9",
                ctype="application/rss+xml; charset=ISO-8859-9", acceptable=("decoded", "refused"),
                structure="Mersin (Turkey) English-language daily, PHP feed (2017) in ISO-8859-9 (Latin-5) as declared in the prolog and header: Turkish letters (ş ğ ı İ Ş Ğ) in bylines, names and datelines are single Latin-5 bytes that read as Latin-1 mojibake (þ ð ý Ý Þ Ð); straight quotes only; 'A and B' in <author>.",
                notes="Encoding trap: ISO-8859-9 (Latin-5). Decoding with iso-8859-9 is the good outcome; a one-line refusal is acceptable. Home country: Turkey.")


def yokohama():
    B = "http://www.harbourlight-yokohama.example"
    rows = [
        ("Japan Coast Guard (海上保安庁) rescues crew of Panama-flagged freighter", d(2019, 10, 13, 16, 0, 0, 9), "Kenji Watanabe",
         "YOKOHAMA - The Japan Coast Guard rescued 14 crew from a Panama-flagged cargo ship that ran aground off Izu during Typhoon Hagibis (台風19号). \"Waves were over ten metres,\" said Takeshi Morimoto (森本健), a spokesman for the 3rd Regional Coast Guard Headquarters.",
         dict(authors=["Kenji Watanabe"], quotes=[q("Takeshi Morimoto", "3rd Regional Coast Guard Headquarters")], rel=False, note="The home coast guard rescues a foreign-flagged ship's crew at home: no dealings between states, not relevant (rule C). The Japanese form of the name in brackets is not part of the speaker.")),
        ("Typhoon Hagibis: Yokohama wards issue evacuation orders", d(2019, 10, 12, 10, 0, 0, 9), "Harbour Light Staff",
         "Evacuation orders (避難指示) were issued for parts of Kanazawa and Tsurumi wards.", dict(authors=[], rel=False, note="Disaster at home: not relevant.")),
        ("Japan, South Korea trade officials meet in Geneva over export curbs", d(2019, 10, 11, 19, 0, 0, 9), "Mariko Sato and Daniel Reeve",
         "Officials of Japan's Ministry of Economy, Trade and Industry (経済産業省) met South Korean counterparts at the WTO in Geneva over Tokyo's export restrictions on chip materials. \"We explained our position in detail,\" METI official Hiroshi Kanda (神田博) told reporters.",
         dict(authors=["Mariko Sato", "Daniel Reeve"], quotes=[q("Hiroshi Kanda", "Ministry of Economy, Trade and Industry")], note="Japan–South Korea trade dispute at the WTO: relevant. 'METI official' refers to the ministry the text names.")),
        ("Rugby World Cup: fans flock to Yokohama fan zone", d(2019, 10, 11, 12, 0, 0, 9), "Daniel Reeve", "Fans gathered at the Minato Mirai fan zone (ファンゾーン).", dict(authors=["Daniel Reeve"], rel=False, note="Home sport event: not relevant.")),
        ("Filipino crew member stranded at Yokohama port gets help from embassy", d(2019, 10, 10, 15, 0, 0, 9), "Mariko Sato",
         "A Filipino seafarer left behind when his ship sailed has been given shelter by the Philippine Embassy in Tokyo. The embassy's labour attache, Rosario Dizon, said: \"He will fly home next week.\"",
         dict(authors=["Mariko Sato"], quotes=[q("Rosario Dizon", "Philippine Embassy")], rel=False, note="A foreign seafarer left behind at home, sheltered by his own embassy: routine help, not relevant (rule C).")),
        ("Harbour Light Weekend: events calendar (イベント情報)", d(2019, 10, 10, 9, 0, 0, 9), "Harbour Light", "What's on in Yokohama this weekend.", dict(authors=[], story=False, rel=False, note="Events listing: non-story.")),
    ]
    items, exp = [], []
    for n, (title, date, by, desc, kw) in enumerate(rows):
        link = f"{B}/news/{date:%Y%m%d}{n:02d}.html"
        items.append(plain_item(title, link, link, date, desc, creator=by))
        exp.append(it(link, title, date, **kw))
    head = f"<title>Harbour Light Yokohama</title>\n<link>{B}/</link>\n<description>Yokohama's English news (横浜の英字ニュース)</description>\n<language>en</language>"
    text = plain_doc(head, items, ns=NS, decl="EUC-JP")
    return feed("en_jp_harbourlight_news_eucjp.rss.xml", text, exp, lang="en", outlet="Harbour Light Yokohama", aliases=["Harbour Light"],
                encoding="euc_jp", declared="euc-jp", ctype="application/rss+xml; charset=EUC-JP", acceptable=("decoded", "refused"),
                structure="Yokohama English-language news site, Movable Type-era PHP feed (2019) in EUC-JP as declared: English text with Japanese names and terms in brackets as two-byte EUC-JP sequences, which are mojibake under Latin-1 or cp1252 and invalid as UTF-8; 'A and B' in dc:creator.",
                notes="Encoding trap: EUC-JP. Decoding with euc_jp is the good outcome; a one-line refusal is acceptable. Home country: Japan.")


FEEDS = [mersin, yokohama]
