# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two oddly encoded feeds of the thirty-eighth held-out set: a Peshawar Urdu daily whose
titles, names and texts carry invisible format characters (U+200F, U+200E, U+FEFF, U+200B) pasted
in from an InPage converter, and a Belfast daily whose Java CMS writes an XML 1.1 document with
character references that XML 1.0 forbids (&#xB;) and cp1252 punctuation stored as C1 controls
(&#x92;, &#x93;, &#x94;). All outlets, people and quotations are invented."""
from h38 import UTC, cd, d, esc, feed, it, q, rfc822

RLM, LRM, BOM, ZWSP = "\u200f", "\u200e", "\ufeff", "\u200b"


# ---------------------------------------------------------------- Peshawar Urdu daily, WordPress 6.6, invisible marks everywhere
def babekhyber():
    base = "https://www.babekhyber.example"
    rows, items = [], []

    def add(pid, slug, title_raw, when, creator_raw, cats, body_raw, exp):
        url = f"{base}/{pid}/{slug}/"
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t\t<item>\n\t\t<title>{esc(title_raw)}</title>\n\t\t<link>{url}</link>\n\t\t<pubDate>{rfc822(when.astimezone(UTC))}</pubDate>\n"
                    f"\t\t<dc:creator><![CDATA[{creator_raw}]]></dc:creator>{cts}\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[{body_raw}]]></description>\n\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2024, 11, 14, 19, 20, 0, 5)
    add(771204, "cop29-pakistan-climate-finance", f"{RLM}باکو میں کوپ 29: پاکستان کا موسمیاتی نقصان فنڈ فوری فعال کرنے کا مطالبہ{RLM}", w, f"{BOM}عمران یوسفزئی", ["بین الاقوامی"],
        f"<p>{RLM}باکو (عمران یوسفزئی) اقوام متحدہ کی موسمیاتی کانفرنس {LRM}COP29{LRM} میں پاکستان نے مطالبہ کیا ہے کہ نقصان اور تباہی فنڈ کو فوری طور پر فعال کیا جائے۔ وفد کی رکن ڈاکٹر نادیہ شنواری نے کہا کہ ”2022 کے سیلاب کا بل ہم اب تک ادا کر رہے ہیں، وعدے نہیں، رقم چاہیے۔“{RLM}</p>",
        lambda k: it(k, "باکو میں کوپ 29: پاکستان کا موسمیاتی نقصان فنڈ فوری فعال کرنے کا مطالبہ", w, ["عمران یوسفزئی"], quotes=[q("نادیہ شنواری")],
                     note="TRAP: the title is wrapped in U+200F RIGHT-TO-LEFT MARKs, the dc:creator starts with U+FEFF, and the text has U+200E LEFT-TO-RIGHT MARKs around 'COP29'. The expected title and name carry none of these invisible characters. Pakistan at the climate summit: relevant."))
    w = d(2024, 11, 17, 8, 40, 0, 5)
    add(771390, "torkham-firing-border-closed", f"{BOM}طورخم سرحد پر پاک افغان فورسز میں فائرنگ،{ZWSP} گزرگاہ بند", w, f"نمائندہ باب خیبر{RLM}", ["بین الاقوامی", "خیبر پختونخوا"],
        f"<p>{BOM}لنڈی کوتل (نمائندہ باب خیبر) طورخم کے مقام پر پاکستانی اور افغان سرحدی فورسز کے درمیان فائرنگ کے بعد گزرگاہ ہر قسم کی آمدورفت کے لیے بند کر دی گئی۔ کسٹم ایجنٹس ایسوسی ایشن کے صدر حاجی گل رحمان آفریدی نے کہا کہ ”سینکڑوں ٹرک دونوں طرف پھنسے ہوئے ہیں۔“</p>",
        lambda k: it(k, "طورخم سرحد پر پاک افغان فورسز میں فائرنگ، گزرگاہ بند", w, [], quotes=[q("گل رحمان آفریدی", "کسٹم ایجنٹس ایسوسی ایشن")],
                     note="TRAP: U+FEFF at the start of the title and of the text, a U+200B ZERO WIDTH SPACE after the comma (next to a normal space), a U+200F after the correspondent credit. 'نمائندہ باب خیبر' (the paper's correspondent) is not a person: []. 'حاجی' is an honorific. A border clash with Afghanistan: relevant."))
    w = d(2024, 11, 7, 10, 0, 0, 5)
    add(770512, "us-election-result-pakistan-reaction", f"{RLM}امریکی صدارتی انتخاب کے نتائج: اسلام آباد کا محتاط ردعمل{RLM}", w, f"{RLM}خبر ایجنسیاں{RLM}", ["بین الاقوامی"],
        f"<p>{RLM}اسلام آباد (خبر ایجنسیاں) دفتر خارجہ نے امریکی انتخابات کے نتائج پر کہا ہے کہ پاکستان نئی انتظامیہ کے ساتھ کام کرنے کا خواہاں ہے۔{RLM}</p>",
        lambda k: it(k, "امریکی صدارتی انتخاب کے نتائج: اسلام آباد کا محتاط ردعمل", w, [], note="Agencies wrapped in U+200F: []. Pakistan's relations with the US: relevant."))
    w = d(2024, 11, 12, 16, 30, 0, 5)
    add(770940, "peshawar-smog-schools-closed", f"{BOM}{RLM}پشاور میں اسموگ، اسکول ایک ہفتے کے لیے بند", w, f"{BOM}سدرہ آفریدی", ["پشاور"],
        f"<p>{BOM}پشاور (سدرہ آفریدی) ضلعی انتظامیہ نے اسموگ کے باعث تمام سرکاری اور نجی اسکول ایک ہفتے کے لیے بند کر دیے۔</p>",
        lambda k: it(k, "پشاور میں اسموگ، اسکول ایک ہفتے کے لیے بند", w, ["سدرہ آفریدی"], rel=False,
                     note="City news (Peshawar) in the feed: not relevant. The title starts with U+FEFF then U+200F; the name with U+FEFF."))
    w = d(2024, 11, 20, 20, 0, 0, 5)
    add(771611, "video-khyber-pass-trucks-queue", f"{RLM}ویڈیو: طورخم پر ٹرکوں کی کئی کلومیٹر لمبی قطار{RLM}", w, "ویب ڈیسک", ["ویڈیوز"],
        '<p><iframe src="https://www.youtube.example/embed/torkham24" width="560" height="315"></iframe></p>',
        lambda k: it(k, "ویڈیو: طورخم پر ٹرکوں کی کئی کلومیٹر لمبی قطار", w, [], story=False, rel=False,
                     note="Video: not a story. Title label 'ویڈیو:' may be kept or dropped."))
    w = d(2024, 11, 11, 22, 15, 0, 5)
    add(770877, "iran-saudi-ministers-riyadh-summit", f"ریاض میں عرب اسلامی سربراہ اجلاس، ایران اور سعودی عرب کے رابطے بڑھ گئے{RLM}", w, f"{BOM}ڈاکٹر {LRM}{RLM}فوزیہ خلیل", ["بین الاقوامی", "تجزیہ"],
        f"<p>{RLM}ریاض میں منعقدہ عرب اسلامی سربراہ اجلاس کے موقع پر ایرانی اور سعودی وزرا کی ملاقاتوں کو خطے میں بدلتی صف بندی کی علامت قرار دیا جا رہا ہے۔{RLM}</p>",
        lambda k: it(k, "ریاض میں عرب اسلامی سربراہ اجلاس، ایران اور سعودی عرب کے رابطے بڑھ گئے", w, ["فوزیہ خلیل"],
                     note="dc:creator 'U+FEFF ڈاکٹر U+200E U+200F Name': the title 'ڈاکٹر' (Dr) and the marks are not part of the name. Relevant."))
    rows, items = zip(*sorted(zip(rows, items, strict=True), key=lambda p: p[1].published, reverse=True), strict=True)
    head = (f"\t<title>{RLM}بین الاقوامی &#8211; روزنامہ باب خیبر</title>\n\t<atom:link href=\"{base}/category/international/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n"
            f"\t<description>{BOM}پشاور سے شائع ہونے والا اردو روزنامہ</description>\n\t<lastBuildDate>{rfc822(d(2024, 11, 20, 15, 1, 0, 0))}</lastBuildDate>\n\t<language>ur</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.6.2</generator>\n")
    ns = ('xmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
          '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t')
    text = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\t{ns}>\n\n<channel>\n' + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("ur_pk_babekhyber_international_invisible_marks.rss.xml", text, list(items), lang="ur", outlet="روزنامہ باب خیبر", aliases=["باب خیبر", "Bab-e-Khyber"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Peshawar Urdu daily's 'بین الاقوامی' category on WordPress 6.6.2 (excerpt-only feed, no content:encoded) in November 2024, text pasted from an InPage-to-Unicode converter: INVISIBLE FORMAT CHARACTERS in titles, dc:creator, descriptions and the channel — U+200F RIGHT-TO-LEFT MARK at the start and/or end of titles and credits, U+FEFF (a BOM character stored in the database) at the start of titles, names and texts, U+200E LEFT-TO-RIGHT MARKs around Latin text, a U+200B ZERO WIDTH SPACE next to a normal space; otherwise the stock WordPress RSS2 template: '/<id>/<slug>/' links, '?p=<id>' guids, +0000 pubDates (newsroom +0500), CDATA categories, 'City (credit)' datelines, ”…“ quotes after 'نے کہا کہ', a smog story, a video",
                notes="TRAP: the document is valid UTF-8 and well-formed; the invisible characters U+200F, U+200E, U+FEFF and U+200B are part of the text. A careful reader shows titles and names without them (they are not visible, but they break comparison, de-duplication and the look of the digest, and a leading U+FEFF or U+200F can flip the direction of what follows in a mixed-direction view). Decoding is expected.")


# ---------------------------------------------------------------- Belfast daily, Java CMS writing XML 1.1 with C0/C1 character references
def lagan():
    base = "https://www.lagancourier.example"
    rows, items = [], []

    def add(aid, slug, title_raw, when, author_raw, desc_raw, exp):
        url = f"{base}/news/world/{slug}-{aid}"
        au = f"\n    <dc:creator>{author_raw}</dc:creator>" if author_raw else ""
        rows.append(f"  <item>\n    <title>{title_raw}</title>\n    <link>{url}</link>\n    <description>{desc_raw}</description>{au}\n    <pubDate>{rfc822(when)}</pubDate>\n    <guid isPermaLink=\"true\">{url}</guid>\n  </item>")
        items.append(exp(url))

    VT = "&#xb;"
    w = d(2017, 3, 29, 17, 25, 0, 1)
    add(35412209, "article-50-letter-irish-border", "Article 50: what the letter means for Northern Ireland&#x92;s border", w, "Roisin McAteer and Declan O&#x92;Hare",
        f"&lt;p&gt;The six-page letter delivered in Brussels mentions Northern Ireland twice.{VT}{VT}&#x93;The border is now a matter for two negotiating teams, not two governments,&#x94; said Dr Fionnuala Breen, a lecturer in European law at a Belfast university.&lt;/p&gt;",
        lambda k: it(k, "Article 50: what the letter means for Northern Ireland's border", w, ["Roisin McAteer", "Declan O'Hare"], quotes=[q("Fionnuala Breen")],
                     note="TRAP: XML 1.1 document. The apostrophes in the title and in 'O'Hare' are '&#x92;' (U+0092, a C1 control: the cp1252 byte for ’ stored as a code point) and the quote marks are '&#x93;'/'&#x94;'; a careful reader shows ’ “ ” (or straight quotes), never control characters. '&#xb;' (vertical tab, a Word line break) is legal only in XML 1.1: it is a paragraph break. The UK's notice to leave the EU: foreign relations, relevant."))
    w = d(2017, 3, 16, 8, 10, 0, 0)
    add(35374820, "dutch-voters-reject-far-right-surge", "Dutch voters reject far-right surge as prime minister&#x92;s party tops poll", w, "Ciaran Mallon",
        f"&lt;p&gt;The governing liberals won 33 seats, well ahead of the anti-immigration Party for Freedom.{VT}{VT}&#x93;Europe will breathe out this morning, but only for a while,&#x94; said Maarten Hoekstra, a political scientist at Leiden University.&lt;/p&gt;",
        lambda k: it(k, "Dutch voters reject far-right surge as prime minister's party tops poll", w, ["Ciaran Mallon"], quotes=[q("Maarten Hoekstra", "Leiden University")],
                     note="C1 apostrophe '&#x92;' in the title, '&#x93;…&#x94;' quotes and '&#xb;' breaks in the description. Relevant."))
    w = d(2017, 3, 27, 12, 0, 0, 1)
    add(35401177, "stormont-talks-deadline-passes", "Stormont talks: deadline passes with no executive", w, "Political Staff",
        f"&lt;p&gt;The deadline for forming a power-sharing executive passed at 4pm without agreement.{VT}The Secretary of State is expected to make a statement to the Commons on Tuesday.&lt;/p&gt;",
        lambda k: it(k, "Stormont talks: deadline passes with no executive", w, [], rel=False, note="Northern Ireland politics: home, not relevant. 'Political Staff' is a desk."))
    w = d(2017, 3, 10, 9, 45, 0, 0)
    add(35357731, "south-korea-court-removes-president", "South Korea&#x92;s constitutional court removes president from office", w, "Reuters",
        "&lt;p&gt;The court upheld parliament&#x92;s impeachment vote unanimously, and an election must now be held within 60 days.&lt;/p&gt;",
        lambda k: it(k, "South Korea's constitutional court removes president from office", w, [], note="Agency: []. Relevant."))
    w = d(2017, 3, 22, 19, 30, 0, 0)
    add(35392005, "dail-water-charges-refunds-vote", "Dáil votes to refund water charges as Dublin row ends", w, "Aoife Quigley, Dublin Correspondent",
        f"&lt;p&gt;TDs backed the committee&#x92;s report by 99 votes to 34.{VT}{VT}&#x93;Anyone who paid will get their money back by the end of the year,&#x94; said Senan Fahy, the committee&#x92;s chairman.&lt;/p&gt;",
        lambda k: it(k, "Dáil votes to refund water charges as Dublin row ends", w, ["Aoife Quigley"], quotes=[q("Senan Fahy", "committee")],
                     note="For a Belfast (UK) paper the Republic of Ireland is another state: its parliament's vote is foreign news, relevant. 'Dublin Correspondent' is not part of the name."))
    w = d(2017, 3, 17, 16, 0, 0, 0)
    add(35378440, "gallery-st-patricks-day-parade-belfast", "Gallery: St Patrick&#x92;s Day parade in Belfast", w, None,
        "&lt;p&gt;Our pictures from the city centre.&lt;/p&gt;",
        lambda k: it(k, "Gallery: St Patrick's Day parade in Belfast", w, [], story=False, rel=False, note="Photo gallery: not a story. Title label 'Gallery:' may be kept or dropped."))
    rows, items = zip(*sorted(zip(rows, items, strict=True), key=lambda p: p[1].published, reverse=True), strict=True)
    head = (f"  <title>The Lagan Courier - World</title>\n  <link>{base}/news/world</link>\n  <description>World news from Belfast</description>\n  <language>en-GB</language>\n"
            f"  <lastBuildDate>{rfc822(d(2017, 3, 29, 17, 30, 0, 1))}</lastBuildDate>")
    text = ('<?xml version="1.1" encoding="UTF-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">\n<channel>\n' + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_gb_lagancourier_world_xml11_c1_refs.rss.xml", text, list(items), lang="en", outlet="The Lagan Courier", aliases=["Lagan Courier"],
                ctype="application/rss+xml;charset=UTF-8", acceptable=("decoded", "refused"),
                structure="Belfast daily's world feed from a Java CMS whose serializer is set to XML 1.1 (March 2017): '<?xml version=\"1.1\" encoding=\"UTF-8\"?>', two-space indentation, namespace before version, channel 'Brand - World', en-GB, escaped <p> descriptions, '/news/world/<slug>-<8 digits>' permalink guids, dc:creator with 'A and B', 'Name, Dublin Correspondent', 'Political Staff', 'Reuters' or absent; text pasted from Word through a cp1252-as-Latin-1 import: CHARACTER REFERENCES to C1 controls for cp1252 punctuation ('&#x92;' for ’ in titles and in a name, '&#x93;'/'&#x94;' for “ ”) and to the C0 vertical tab ('&#xb;', a Word line break, legal only in XML 1.1); +0000/+0100 dates across the March clock change",
                notes="TRAP: an XML 1.1 document (a W3C Recommendation) using what only 1.1 allows: the character reference '&#xb;' is a fatal error under XML 1.0 rules. A reader that supports 1.1, or recovers, decodes it and must show ’ “ ” for the C1 references (the cp1252 meaning; U+0092/U+0093/U+0094 are invisible controls) and a break or space for the vertical tab. Refusing with one clear error line is also acceptable; a crash or control characters in titles or names are not.")


FEEDS = [babekhyber, lagan]
