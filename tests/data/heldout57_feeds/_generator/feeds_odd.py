# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two encoding traps of the fifty-seventh held-out set: a Peshawar Urdu site whose Urdu is
written entirely as numeric character references in an ASCII document labelled ISO-8859-1
(single references in titles, double-escaped ones in the HTML descriptions), and a Windhoek
English daily whose UTF-8 bytes carry a windows-1252 declaration under a charset-less text/xml
header. All outlets, people and quotations are invented."""
from h57 import d, esc, feed, it, q, rfc822


def ncr(s):
    """Every non-ASCII character as a decimal numeric character reference (PHP htmlentities
    on a Latin-1 site: characters outside Latin-1 come out as &#NNNN;)."""
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in s)


# ---------------------------------------------------------------- Peshawar Urdu site, PHP + MySQL latin1 (2016)
def warsak():
    base = "http://www.warsaknews.example"
    rows, items = [], []

    def add(nid, title, when, author, body, exp):
        link = f"{base}/news.php?id={nid}"
        a = f"\n<author>{ncr(esc(author))}</author>" if author else ""
        rows.append(f"<item>\n<title>{ncr(esc(title))}</title>\n<link>{link}</link>\n<guid>{link}</guid>\n<description>{esc(ncr(body))}</description>{a}\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(link))

    w = d(2016, 5, 23, 16, 0, 0, 5)
    add(20931, "ڈرون حملہ: دفتر خارجہ کا امریکی سفیر سے شدید احتجاج", w, "نمائندہ خصوصی",
        "<p>پشاور: دفتر خارجہ نے بلوچستان میں ڈرون حملے پر امریکی سفیر کو طلب کر کے شدید احتجاج کیا ہے۔ دفتر خارجہ کی ترجمان سمیرا نواز نے کہا: ”یہ پاکستان کی خودمختاری کی کھلی خلاف ورزی ہے۔“</p>",
        lambda k: it(k, "ڈرون حملہ: دفتر خارجہ کا امریکی سفیر سے شدید احتجاج", w, [], quotes=[q("سمیرا نواز", "دفتر خارجہ")],
                     note="Every Urdu character is a numeric character reference; in the description the references are double-escaped (&amp;#1662;…) inside escaped HTML. 'نمائندہ خصوصی' is no person. Affiliation: the body over the role 'دفتر خارجہ کی ترجمان', named at the start of the sentence before. Relevant."))
    w = d(2016, 5, 23, 10, 30, 0, 5)
    add(20925, "افغان مہاجرین کے قیام میں چھ ماہ کی توسیع", w, "رپورٹ: گل رحمان",
        "<p>وفاقی حکومت نے افغان مہاجرین کے پاکستان میں قیام کی مدت میں چھ ماہ کی توسیع کر دی ہے۔ خیبر پختونخوا میں تقریباً پندرہ لاکھ رجسٹرڈ مہاجرین مقیم ہیں۔</p>",
        lambda k: it(k, "افغان مہاجرین کے قیام میں چھ ماہ کی توسیع", w, ["گل رحمان"], note="<author> 'رپورٹ: Name': the person is the author. Refugee policy toward Afghans: relevant."))
    w = d(2016, 5, 22, 19, 0, 0, 5)
    add(20918, "پشاور: بی آر ٹی منصوبے کے لیے درختوں کی کٹائی پر احتجاج", w, "نمائندہ خصوصی",
        "<p>یونیورسٹی روڈ پر درختوں کی کٹائی کے خلاف شہریوں نے احتجاج کیا۔</p>",
        lambda k: it(k, "پشاور: بی آر ٹی منصوبے کے لیے درختوں کی کٹائی پر احتجاج", w, [], rel=False, note="City news: not relevant."))
    w = d(2016, 5, 22, 12, 0, 0, 5)
    add(20911, "ایران کے صدر کا دورہ بھارت، چابہار معاہدے پر دستخط متوقع", w, "ایجنسیاں",
        "<p>تہران اور نئی دہلی کے درمیان چابہار بندرگاہ کے معاہدے پر دستخط متوقع ہیں۔ تجزیہ کار ڈاکٹر اسفندیار خان نے کہا: ”یہ گوادر کے لیے مقابلہ ہے، خطرہ نہیں۔“</p>",
        lambda k: it(k, "ایران کے صدر کا دورہ بھارت، چابہار معاہدے پر دستخط متوقع", w, [], quotes=[q("اسفندیار خان")],
                     note="'ایجنسیاں' is no person. The speaker is described as an analyst only: no affiliation. Relevant."))
    w = d(2016, 5, 21, 18, 30, 0, 5)
    add(20903, "تصویری جھلکیاں: قصہ خوانی بازار میں رمضان کی تیاریاں", w, None,
        "<p><img src=\"http://www.warsaknews.example/photos/qissa.jpg\" /></p>",
        lambda k: it(k, "قصہ خوانی بازار میں رمضان کی تیاریاں", w, [], story=False, rel=False, note="Photo gallery: not a story. Title label 'تصویری جھلکیاں:' may be kept or dropped."))
    w = d(2016, 5, 21, 9, 0, 0, 5)
    add(20897, "طورخم سرحد پر گیٹ کی تعمیر، افغان حکام کا اعتراض", w, "رپورٹ: گل رحمان اور شاہد آفریدی",
        "<p>طورخم: پاکستان نے طورخم سرحد پر گیٹ کی تعمیر شروع کر دی ہے جس پر افغان حکام نے اعتراض کیا ہے۔</p>",
        lambda k: it(k, "طورخم سرحد پر گیٹ کی تعمیر، افغان حکام کا اعتراض", w, ["گل رحمان", "شاہد آفریدی"], note="Two reporters after 'رپورٹ:' joined by 'اور'. Border dispute: relevant."))
    text = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0">\n<channel>\n<title>' + ncr("ورسک نیوز - بین الاقوامی") + f'</title>\n<link>{base}/</link>\n'
            '<description>' + ncr("پشاور سے تازہ ترین خبریں") + '</description>\n<language>ur</language>\n' + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("ur_pk_warsaknews_international_ncr_ascii_latin1.rss.xml", text, items, lang="ur", outlet="ورسک نیوز", aliases=["Warsak News"],
                encoding="latin-1", declared="ISO-8859-1", ctype="text/xml; charset=ISO-8859-1", acceptable=("decoded", "refused"),
                structure="Peshawar Urdu news site from a hand-written PHP script over a latin1 MySQL database (May 2016): prolog and HTTP header both say ISO-8859-1 and the bytes are pure ASCII: every Urdu character is a decimal numeric character reference, single in the channel title, item titles and <author> (&#1672;…), double-escaped in the escaped-HTML descriptions (&lt;p&gt;&amp;#1662;…), 'news.php?id=' links repeated as guids, <author> with 'نمائندہ خصوصی', 'ایجنسیاں', 'رپورٹ: Name' or 'رپورٹ: A اور B', a gallery without author, +0500 dates",
                notes="TRAP: the declared charset (ISO-8859-1) cannot hold Urdu, so the Urdu survives only as character references, and in descriptions as references escaped twice. Decoding as declared is correct; the references must be resolved once by XML and once more as HTML so that no '&#1662;' or '&amp;#' reaches the digest. A one-line refusal is acceptable.")


# ---------------------------------------------------------------- Windhoek English daily, PHP (2015): UTF-8 bytes, windows-1252 prolog, text/xml without charset
def namibeagle():
    base = "http://www.windhoekeagle.example"
    rows, items = [], []

    def add(aid, title, when, author, desc, exp):
        link = f"{base}/index.php?page=read&amp;id={aid}"
        a = f"\n    <author>{esc(author)}</author>" if author else ""
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{link}</link>\n    <description>{esc(desc)}</description>{a}\n    <pubDate>{rfc822(when)}</pubDate>\n    <guid isPermaLink=\"false\">we-{aid}</guid>\n  </item>")
        items.append(exp(f"we-{aid}"))

    w = d(2015, 4, 9, 15, 20, 0, 1)
    add(6611, "Germany’s genocide talks: envoys to meet in Berlin next month", w, "Jürgen Kühn",
        "<p>WINDHOEK — Special envoys of Namibia and Germany will meet in Berlin in May for a further round of talks on the 1904–1908 genocide of the Ovaherero and Nama.</p><p>“We want an apology that is not hedged with lawyers’ words,” said Chief Festus Kandjii of the Ovaherero Traditional Authority.</p>",
        lambda k: it(k, "Germany’s genocide talks: envoys to meet in Berlin next month", w, ["Jürgen Kühn"], quotes=[q("Festus Kandjii", "Ovaherero Traditional Authority")],
                     note="UTF-8 bytes under a windows-1252 prolog: read as declared, ’ becomes 'â€™', — becomes 'â€”' and ü becomes 'Ã¼'. Bilateral talks with Germany: relevant. 'Chief' is a title, not part of the name."))
    w = d(2015, 4, 9, 9, 45, 0, 1)
    add(6604, "Angola border: Oshikango traders hit by kwanza shortage", w, "Staff Reporter",
        "<p>OSHIKANGO — Traders at the border town say a shortage of kwanza on the Angolan side has cut sales by half since February.</p><p>“Our customers come with empty pockets,” said Maria Shikongo of the Oshikango Business Forum.</p>",
        lambda k: it(k, "Angola border: Oshikango traders hit by kwanza shortage", w, [], quotes=[q("Maria Shikongo", "Oshikango Business Forum")],
                     note="'Staff Reporter' is no person. Cross-border trade with Angola hit by a currency shortage: relevant (borderline: regional economic relations)."))
    w = d(2015, 4, 8, 18, 0, 0, 1)
    add(6597, "Brave Warriors to face Zambia in Cosafa Cup opener", w, "Sport Reporter",
        "<p>The Brave Warriors will open their Cosafa Cup campaign against Zambia in Polokwane.</p>",
        lambda k: it(k, "Brave Warriors to face Zambia in Cosafa Cup opener", w, [], rel=False, note="Sport: not relevant. 'Sport Reporter' is no person."))
    w = d(2015, 4, 8, 11, 30, 0, 1)
    add(6590, "Chinese contractors face labour inspection after Katutura site strike", w, "Ndapewa Haimbodi & Hans-Peter Möller",
        "<p>Labour inspectors will visit four construction sites run by Chinese contractors after workers at a housing project in Katutura downed tools.</p><p>“The Labour Act applies to every employer in Namibia, whoever they are,” said Labour Commissioner Selma Nghifindaka.</p>",
        lambda k: it(k, "Chinese contractors face labour inspection after Katutura site strike", w, ["Ndapewa Haimbodi", "Hans-Peter Möller"], rel=False, quotes=[q("Selma Nghifindaka", "Labour Commissioner")],
                     note="Two people joined with '&' (escaped as &amp;). Looks foreign (Chinese contractors) but is domestic labour news: not relevant."))
    w = d(2015, 4, 7, 16, 0, 0, 1)
    add(6583, "CARTOON: The week in Parliament", w, None, "",
        lambda k: it(k, "CARTOON: The week in Parliament", w, [], story=False, rel=False, note="Editorial cartoon with an empty description: not a story."))
    w = d(2015, 4, 7, 8, 15, 0, 1)
    add(6576, "Botswana shuts border post after foot-and-mouth outbreak", w, "Nampa-Reuters",
        "<p>GABORONE — Botswana has closed its Mamuno border post with Namibia to livestock after an outbreak of foot-and-mouth disease in Ngamiland.</p>",
        lambda k: it(k, "Botswana shuts border post after foot-and-mouth outbreak", w, [], note="Agency credit: []. Border closure by a neighbour: relevant."))
    text = ('<?xml version="1.0" encoding="windows-1252"?>\n<rss version="2.0">\n<channel>\n  <title>The Windhoek Eagle — Latest News</title>\n  <link>' + base + '/</link>\n'
            '  <description>Namibia’s independent daily</description>\n  <language>en</language>\n  <copyright>© 2015 Eagle Media (Pty) Ltd</copyright>\n' + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_na_windhoekeagle_latest_utf8_declared_cp1252_textxml.rss.xml", text, items, lang="en", outlet="The Windhoek Eagle", aliases=["Windhoek Eagle"],
                encoding="utf-8", declared="windows-1252", ctype="text/xml", acceptable=("decoded", "refused"),
                structure="Windhoek English daily's latest-news feed from a home-grown PHP page (April 2015) after a move to a UTF-8 database: the bytes are UTF-8 (no BOM) but the prolog still says encoding=\"windows-1252\" and the server sends 'Content-Type: text/xml' with no charset; channel 'Brand — Latest News' with an em dash, (Pty) Ltd copyright with ©, 'index.php?page=read&amp;id=' links, 'we-<id>' non-permalink guids, escaped <p> descriptions with 'CITY —' datelines and curly “…” quotes, <author> with a person, 'A & B', 'Staff Reporter', 'Sport Reporter', 'Nampa-Reuters' or nothing, a cartoon with an empty description, +0100 dates (Namibian winter time)",
                notes="TRAP: UTF-8 bytes labelled windows-1252 in the prolog, with a charset-less text/xml header (which by RFC 3023 would even mean US-ASCII). Read as declared, every curly quote, dash, ü, ö and © turns into mojibake ('â€œ', 'Ã¼'). Decoding as UTF-8 is the good outcome; a one-line refusal is acceptable.")


FEEDS = [warsak, namibeagle]
