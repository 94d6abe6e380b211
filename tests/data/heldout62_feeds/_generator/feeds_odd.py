# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two encoding traps of the sixty-second held-out set: a Hat Yai English feed in TIS-620
(Thai), declared right, and a Klaipeda English feed in ISO-8859-4 (Latin-4, Baltic) that
declares ISO-8859-1."""
from h62 import d, esc, feed, plain_doc, q, rfc822, rows_to

NS = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def hatyai():
    B = "http://www.hatyaicourier.example"
    rows = [
        (None, "Malaysia, Thailand agree to speed up Sadao border fence talks", d(2017, 1, 18, 16, 20, 0, 7), "Nattaya Boonsri",
         "SONGKHLA - Thai and Malaysian officials meeting in Sadao (สะเดา) agreed on Wednesday to settle the route of a new border fence by June. \"Traders on both sides need one crossing that works, not two fences,\" said Anan Saelim (อนันต์ แซ่ลิ้ม), chairman of the Sadao Chamber of Commerce.",
         dict(authors=["Nattaya Boonsri"], quotes=[q("Anan Saelim", "Sadao Chamber of Commerce")], note="Thailand-Malaysia border talks: relevant. The Thai form of the name in brackets is not part of the speaker.")),
        (None, "Thai fishermen held in Indonesia to be flown home", d(2017, 1, 17, 11, 0, 0, 7), "Nattaya Boonsri and Peter Lindqvist",
         "Sixty-one Thai crew detained in Indonesia for illegal fishing will be flown home next week after talks between the two governments, the Foreign Ministry (กระทรวงการต่างประเทศ) said. \"The boats will stay, but the men are coming home,\" said Pornthip Kaewmanee (พรทิพย์ แก้วมณี), of the Songkhla Fisheries Association.",
         dict(authors=["Nattaya Boonsri", "Peter Lindqvist"], quotes=[q("Pornthip Kaewmanee", "Songkhla Fisheries Association")], note="Thais held by a foreign state, government talks (rule C-a): relevant.")),
        (None, "Southern floods: Songkhla toll rises to 12 as Hat Yai canals near the brim", d(2017, 1, 9, 20, 30, 0, 7), "Courier Staff",
         "Twelve people have died in Songkhla province in a week of flooding, the provincial disaster office (ปภ.) said. Residents near Khlong U-Taphao were told to move cars to high ground.",
         dict(authors=[], rel=False, note="Disaster at home: not relevant.")),
        (None, "Myanmar workers in Songkhla to get new permits under labour MOU", d(2017, 1, 12, 14, 10, 0, 7), "Peter Lindqvist",
         "Thailand and Myanmar have agreed to register migrant workers already in the country under their labour agreement (MOU), the provincial employment office said. About 30,000 Myanmar nationals work in Songkhla's fishing and rubber industries.",
         dict(authors=["Peter Lindqvist"], note="Foreign workers at home handled under an agreement between the two states: relevant (rule C, states dealing with each other).")),
        (None, "PHOTOS: Lanterns light up Hat Yai for Chinese New Year", d(2017, 1, 27, 19, 0, 0, 7), "Photos: Somkiat Chan",
         "Lanterns over Niphat Uthit 3 road (ถนนนิพัทธ์อุทิศ 3). Photos: Somkiat Chan",
         dict(authors=[], story=False, rel=False, junk=["Photos: Somkiat Chan"], note="Photo gallery: non-story. Title label 'PHOTOS:' may be kept or dropped")),
        (None, "Songkhla United slip to home defeat", d(2017, 1, 8, 21, 0, 0, 7), "Sports Desk",
         "Songkhla United lost 2-1 at the Tinsulanon Stadium (สนามติณสูลานนท์).",
         dict(authors=[], rel=False, note="Home sport: not relevant.")),
    ]
    rows.sort(key=lambda r: r[2], reverse=True)

    def make(n, r):
        link = f"{B}/news/view.php?nid={5230 - n * 3}"
        return (f"<item>\n<title>{esc(r[1])}</title>\n<link>{link}</link>\n<description>{esc(r[4])}</description>\n<dc:creator>{esc(r[3])}</dc:creator>\n"
                f"<pubDate>{rfc822(r[2])}</pubDate>\n<guid>{link}</guid>\n</item>"), link

    items, exp = rows_to(rows, make)
    head = (f"<title>Hat Yai Courier</title>\n<link>{B}/</link>\n<description>English news from Hat Yai and the deep South (ข่าวภาษาอังกฤษ หาดใหญ่)</description>\n"
            "<language>en</language>\n<copyright>Copyright 2017 Hat Yai Courier Co., Ltd.</copyright>")
    text = plain_doc(head, items, ns=NS, decl="TIS-620")
    return feed("en_th_hatyaicourier_news_tis620.rss.xml", text, exp, lang="en", outlet="Hat Yai Courier", encoding="tis_620", declared="tis-620",
                ctype="application/rss+xml; charset=TIS-620", acceptable=("decoded", "refused"),
                structure="Hat Yai (Songkhla, Thailand) English-language weekly, hand-written PHP feed (2017) in TIS-620 as declared in the prolog and the header: English text with Thai names, places and terms in brackets as single high bytes (0xA1-0xFB) that read as Latin-1 letters and symbols (e.g. 'Ê' 'Ð' 'à') under ISO-8859-1/cp1252 and are invalid as UTF-8; straight quotes and ' - ' only (TIS-620 has no curly quotes or dashes); guid without isPermaLink; 'A and B' in dc:creator; Co., Ltd. copyright.",
                notes="Encoding trap: TIS-620 (Thai), declared right. Decoding with tis_620 is the good outcome; a one-line refusal is acceptable. Home country: Thailand.")


def klaipeda():
    B = "http://www.klaipedaecho.example"
    rows = [
        (None, "Russia detains Klaipėda trawler in Barents Sea, Vilnius demands consular access", d(2015, 9, 18, 17, 40, 0, 3), "Rasa Petrauskienė",
         "A Klaipėda-registered trawler, the Šiaurės Vėjas, and its 31 crew were escorted to Murmansk by the Russian border guard after it was accused of fishing in the Russian economic zone. \"We have demanded consular access to every crew member,\" said Rūta Žemaitytė, a spokeswoman for the Lithuanian Ministry of Foreign Affairs.",
         dict(authors=["Rasa Petrauskienė"], quotes=[q("Rūta Žemaitytė", "Lithuanian Ministry of Foreign Affairs")], note="Lithuanian crew held by a foreign state (rule C-a): relevant.")),
        (None, "Lithuania to take in refugees under EU relocation plan", d(2015, 9, 15, 12, 0, 0, 3), "Echo Newsroom",
         "Lithuania will accept refugees from Italy and Greece under the European Union's relocation scheme, the government decided on Tuesday. Some of them may be housed at the Rukla centre.",
         dict(authors=[], note="Lithuania's part in an EU decision on refugees: relevant. No quotation.")),
        (None, "Latvia, Estonia eye Klaipėda LNG as EU backs Baltic gas link", d(2015, 9, 11, 10, 15, 0, 3), "Tomas Jankauskas",
         "Latvian and Estonian gas companies are in talks to book capacity at the Klaipėda terminal after EU ministers backed a pipeline linking the Baltic states with Poland. \"For the first time the region will not depend on one supplier,\" said Darius Kazlauskas, an energy analyst at Klaipėda University.",
         dict(authors=["Tomas Jankauskas"], quotes=[q("Darius Kazlauskas", "Klaipėda University")], note="Regional energy security and EU decisions: relevant.")),
        (None, "Smiltynė ferry fares to rise in October", d(2015, 9, 10, 9, 0, 0, 3), "Tomas Jankauskas",
         "Fares on the ferry to the Curonian Spit will rise by 10 per cent. \"Fuel and wages have gone up,\" said ferry company director Vytautas Šimkus.",
         dict(authors=["Tomas Jankauskas"], rel=False, quotes=[q("Vytautas Šimkus", "ferry company director")], note="City news: not relevant. No ferry company is named, so the title before the name is the affiliation (a role stays a role when no body is named).")),
        (None, "Neptūnas sign Latvian guard for Eurocup run", d(2015, 9, 8, 18, 0, 0, 3), "Sports Desk",
         "Klaipėda's Neptūnas have signed a guard from Riga on a one-year deal.",
         dict(authors=[], rel=False, note="Sport: not relevant.")),
        (None, "PHOTOS: Last summer weekend on Melnragė beach", d(2015, 9, 6, 20, 0, 0, 3), "Echo Photo",
         "Scenes from Melnragė. Photos: Žydrūnas Vaitkus",
         dict(authors=[], story=False, rel=False, junk=["Photos: Žydrūnas Vaitkus"], note="Photo gallery: non-story. Title label 'PHOTOS:' may be kept or dropped")),
    ]

    def make(n, r):
        link = f"{B}/en/news/{15090 + 7 * (6 - n)}.html"
        return (f"  <item>\n    <title>{esc(r[1])}</title>\n    <link>{link}</link>\n    <guid isPermaLink=\"true\">{link}</guid>\n    <pubDate>{rfc822(r[2])}</pubDate>\n"
                f"    <author>{esc(r[3])}</author>\n    <description>{esc(r[4])}</description>\n  </item>"), link

    items, exp = rows_to(rows, make)
    head = (f"<title>The Klaipėda Echo</title>\n<link>{B}/en/</link>\n<description>News from Klaipėda and the Baltic coast in English</description>\n<language>en</language>\n"
            "<copyright>UAB Klaipėdos aidas</copyright>")
    text = plain_doc(head, items, decl="ISO-8859-1")
    return feed("en_lt_klaipedaecho_news_latin4_as_latin1.rss.xml", text, exp, lang="en", outlet="The Klaipėda Echo", aliases=["Klaipėda Echo"],
                encoding="iso8859_4", declared="iso-8859-1", ctype="application/rss+xml; charset=ISO-8859-1", acceptable=("decoded", "refused"),
                structure="Klaipėda (Lithuania) English-language news site, old Java CMS feed (2015) whose bytes are ISO-8859-4 (Latin-4, Baltic) while the prolog AND the header say ISO-8859-1: Lithuanian letters in the outlet's name, bylines, names and places (ė ą č š ž ū Ū Ž) are single Latin-4 bytes that ISO-8859-1 reads as other letters (ė→ì, š→¹, ž→¾, ū→þ, Ž→®); straight quotes; <author> holding a plain name or a desk; UAB copyright.",
                notes="Encoding trap: ISO-8859-4 declared as ISO-8859-1 (declared wrong). Decoding with iso8859_4 is the good outcome; a one-line refusal is acceptable. Home country: Lithuania.")


FEEDS = [hatyai, klaipeda]
