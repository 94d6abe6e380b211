# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two broken or oddly encoded feeds of the thirtieth held-out set: an Italian regional
daily whose feed declares UTF-8 but is written in Windows-1252, and a Gulf English daily's
wire-fed feed with a BOM, control characters, double-escaped entities and a truncated end. All
outlets, people and quotations are invented."""
from h30 import d, esc, feed, it, q, rfc822


# ---------------------------------------------------------------- declared UTF-8, bytes Windows-1252
def vocelaguna():
    rows, items = [], []
    base = "https://www.lavocedellalaguna.example"

    def add(aid, sec, title, when, author, desc, exp):
        url = f"{base}/{sec}/{aid}.html"
        au = f"\n\t<author>{esc(author)}</author>" if author else ""
        rows.append(f"<item>\n\t<title>{esc(title)}</title>\n\t<link>{url}</link>\n\t<guid isPermaLink=\"true\">{url}</guid>\n\t<description>{esc(desc)}</description>{au}\n\t<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(url))

    w = d(2025, 4, 24, 18, 10, 0, 2)
    add(4471203, "mondo", "Albania, l’accordo sui migranti torna davanti alla Corte di giustizia Ue", w, "Elisa Morosin",
        "<p>I giudici di Lussemburgo dovranno stabilire se i centri in Albania rispettano il diritto d’asilo europeo. «È una questione di principio, non di numeri», ha detto l’avvocata Chiara Benvegnù, che assiste tre richiedenti.</p>",
        lambda k: it(k, "Albania, l'accordo sui migranti torna davanti alla Corte di giustizia Ue", w, ["Elisa Morosin"], quotes=[q("Chiara Benvegnù")],
                     note="Curly apostrophes, «» and accented letters are single Windows-1252 bytes (0x92, 0xAB/0xBB, 0xF9) although the prolog and the HTTP header say UTF-8."))
    w = d(2025, 4, 24, 9, 30, 0, 2)
    add(4471088, "mondo", "Croazia, la “tassa di soggiorno” sulle navi da crociera divide Dubrovnik", w, "Marco Zennaro",
        "<p>Da giugno ogni passeggero pagherà 5 € per sbarcare. Gli operatori veneziani temono un effetto domino sull’Adriatico.</p>",
        lambda k: it(k, "Croazia, la “tassa di soggiorno” sulle navi da crociera divide Dubrovnik", w, ["Marco Zennaro"], rel=False,
                     note="Tourism levy in a neighbouring country's city: not relevant. The euro sign is byte 0x80 and the curly quotes 0x93/0x94."))
    w = d(2025, 4, 23, 20, 45, 0, 2)
    add(4470950, "mondo", "Ucraina, colloqui a Istanbul: prima intesa sui prigionieri", w, "",
        "<p>Le delegazioni hanno concordato lo scambio di mille prigionieri per parte. È il primo risultato concreto dopo tre anni di guerra. (ANSA)</p>",
        lambda k: it(k, "Ucraina, colloqui a Istanbul: prima intesa sui prigionieri", w, [], junk=["(ANSA)"], note="Agency copy; 'È' is byte 0xC8."))
    w = d(2025, 4, 23, 12, 0, 0, 2)
    add(4470811, "venezia", "Acqua alta, il Mose sollevato per la prima volta ad aprile", w, "Redazione",
        "<p>Paratoie alzate alle 7.30: in piazza San Marco niente acqua. Il commissario: «Un’eccezione che diventerà regola».</p>",
        lambda k: it(k, "Acqua alta, il Mose sollevato per la prima volta ad aprile", w, [], rel=False, note="Local news: not relevant. 'Redazione' is not a person."))
    w = d(2025, 4, 22, 17, 20, 0, 2)
    add(4470702, "mondo", "Istanbul, migliaia in piazza per l’anniversario delle proteste", w, "",
        "<p>Fotogallery: le immagini della giornata.</p>",
        lambda k: it(k, "Istanbul, migliaia in piazza per l'anniversario delle proteste", w, [], story=False, rel=False, note="Photo gallery: not a story."))
    w = d(2025, 4, 22, 8, 15, 0, 2)
    add(4470655, "mondo", "Dazi Usa, le imprese del vetro di Murano chiedono aiuto alla Regione", w, "Elisa Morosin",
        "<p>Il 40% della produzione va negli Stati Uniti. «Così perdiamo il mercato», dice Giovanni Seguso De Lorenzi, presidente del consorzio.</p>",
        lambda k: it(k, "Dazi Usa, le imprese del vetro di Murano chiedono aiuto alla Regione", w, ["Elisa Morosin"], quotes=[q("Giovanni Seguso De Lorenzi", "consorzio")],
                     note="US tariffs and a regional industry: relevant (borderline, trade measure of a foreign government)."))
    head = (f"<title>La Voce della Laguna - Mondo</title>\n<link>{base}/mondo/</link>\n<description>Notizie dal mondo - La Voce della Laguna, quotidiano di Venezia e Mestre</description>\n"
            f"<language>it</language>\n<lastBuildDate>{rfc822(d(2025, 4, 24, 18, 12, 0, 2))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("it_vocelaguna_mondo_cp1252_declared_utf8.rss.xml", text, items, lang="it", outlet="La Voce della Laguna", aliases=["Voce della Laguna"],
                encoding="cp1252", declared="utf-8", ctype="application/rss+xml; charset=UTF-8",
                structure="Venice regional daily's 'Mondo' feed from a legacy PHP CMS after a server migration: prolog AND HTTP header declare UTF-8 while every non-ASCII character is a single Windows-1252 byte (’ 0x92, “ ” 0x93/0x94, € 0x80, « » 0xAB/0xBB, à è ù È), no namespaces, tab-indented items at column 0, permalink guids, escaped <p> descriptions with «…» quotes and '(ANSA)', plain RSS <author> with a name, 'Redazione' or absent, a photo gallery, +0200 dates in April 2025",
                notes="TRAP: declared UTF-8 but written in Windows-1252, so strict decoding fails on the first accented letter. A careful reader falls back to Windows-1252 (not Latin-1: the curly quotes and € are in 0x80–0x9F) and shows the text correctly; U+FFFD, dropped letters or C1 controls are mojibake.")


# ---------------------------------------------------------------- BOM, control characters, double-escaped entities, truncated end
def gulfmonitor():
    rows, items = [], []
    base = "https://www.gulfmonitor.example"

    def add(nid, title, when, author, desc, exp):
        url = f"{base}/world/{nid}"
        au = f"<author>{author}</author>" if author else ""
        rows.append(f"<item><title>{title}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid>{au}<pubDate>{rfc822(when)}</pubDate><description>{desc}</description></item>")
        items.append(exp(url))

    w = d(2025, 3, 27, 16, 40, 0, 3)
    add(1180442, "Oman mediates new round of Yemen prisoner talks in Muscat", w, "Faisal Al-Harthy",
        "&lt;p&gt;MUSCAT: Delegations of the Yemeni government and the Houthis began a new round of talks on prisoner exchanges in Muscat on Thursday, Omani officials said.\x0b&lt;/p&gt;&lt;p&gt;&amp;#8220;We expect the lists to be finalised within a week,&amp;#8221; said Salim Al-Maskari, an Omani foreign ministry official.&lt;/p&gt;",
        lambda k: it(k, "Oman mediates new round of Yemen prisoner talks in Muscat", w, ["Faisal Al-Harthy"], quotes=[q("Salim Al-Maskari", "Omani foreign ministry")],
                     note="Double-escaped entities (&amp;#8220;) should show as curly quotes, not '&#8220;'; a vertical-tab control character (U+000B, illegal in XML 1.0) after the first sentence."))
    w = d(2025, 3, 27, 10, 5, 0, 3)
    add(1180391, "Pakistan, Afghanistan reopen Torkham crossing after three-week closure", w, "",
        "&lt;p&gt;ISLAMABAD (Meridian Press): The main border crossing between Pakistan and Afghanistan reopened on Thursday after talks between tribal elders from both sides.&lt;/p&gt;&lt;p&gt;&amp;copy; Meridian Press&lt;/p&gt;",
        lambda k: it(k, "Pakistan, Afghanistan reopen Torkham crossing after three-week closure", w, [], junk=["© Meridian Press", "&copy;"], note="Wire copy with a double-escaped © line."))
    w = d(2025, 3, 26, 19, 20, 0, 3)
    add(1180310, "Ramadan timings: Iftar and Suhoor schedule for March 27", w, "",
        "&lt;p&gt;Here are today\x1fs prayer timings for Manama, Riffa and Muharraq.&lt;/p&gt;",
        lambda k: it(k, "Ramadan timings: Iftar and Suhoor schedule for March 27", w, [], story=False, rel=False,
                     note="Service listing: not a story. A unit-separator control byte (U+001F) stands where the CMS lost an apostrophe."))
    w = d(2025, 3, 26, 13, 0, 0, 3)
    add(1180255, "Iraq and Turkey sign water-sharing memorandum on Tigris flows", w, "Layla Hassan-Pryce",
        "&lt;p&gt;BAGHDAD: Iraq and Turkey signed a memorandum on Wednesday committing Ankara to minimum summer releases on the Tigris, a long-standing Iraqi demand.&lt;/p&gt;&lt;p&gt;The deal was reached after a visit by Turkey&amp;#8217;s foreign minister to Baghdad.&lt;/p&gt;",
        lambda k: it(k, "Iraq and Turkey sign water-sharing memorandum on Tigris flows", w, ["Layla Hassan-Pryce"], note="Double-escaped &amp;#8217; in the text."))
    w = d(2025, 3, 25, 21, 30, 0, 3)
    add(1180190, "Sponsored: Spring deals at Seef Mall", w, "",
        "&lt;p&gt;Up to 70% off this weekend.&lt;/p&gt;",
        lambda k: it(k, "Sponsored: Spring deals at Seef Mall", w, [], story=False, rel=False, note="Advertorial: not a story."))
    w = d(2025, 3, 25, 15, 10, 0, 3)
    add(1180122, "GCC ministers back Syria reconstruction fund at Riyadh meeting", w, "Faisal Al-Harthy",
        "&lt;p&gt;RIYADH: Gulf Cooperation Council foreign ministers agreed on Tuesday to set up a $5 billion fund for reconstruction in Syria, with the first projects focused on electricity and water.&lt;/p&gt;",
        lambda k: it(k, "GCC ministers back Syria reconstruction fund at Riyadh meeting", w, ["Faisal Al-Harthy"], note="Last item: the document is cut right after its description (no </item>, </channel>, </rss>)."))
    head = (f"<title>Gulf Monitor | World</title><link>{base}/world</link><description>Gulf Monitor - World News</description><language>en-us</language>"
            f"<copyright>Copyright (c) 2025 Gulf Monitor Publishing W.L.L.</copyright><lastBuildDate>{rfc822(d(2025, 3, 27, 16, 41, 0, 3))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="utf-8"?>\r\n<rss version="2.0"><channel>' + head + "\r\n".join(rows)
    text = text[: text.rfind("</item>")]  # the CMS's output buffer was cut mid-document
    return feed("en_bh_gulfmonitor_world_bom_truncated.rss.xml", text, items, lang="en", outlet="Gulf Monitor",
                encoding="utf-8-sig", acceptable=("decoded", "refused"),
                structure="Bahrain English daily's wire-fed world feed from an ASP.NET CMS: a UTF-8 BOM, CRLF between items, channel 'Brand | World', copyright of the 'Publishing W.L.L.', '/world/<7 digits>' permalink guids, plain RSS <author> names or absent, +0300 dates, DOUBLE-escaped HTML descriptions (&lt;p&gt; with &amp;#8220; and &amp;copy; inside), control characters U+000B and U+001F in the text (illegal in XML 1.0), a prayer-timings listing and an advertorial, and the document TRUNCATED after the last item's description (no closing tags), March 2025",
                notes="TRAP: not well-formed (control characters, missing end tags) and oddly escaped. A lenient reader recovers all six items, shows curly quotes and © instead of '&#8220;'/'&copy;' and drops the control characters; a clear one-line refusal is also acceptable.")


FEEDS = [vocelaguna, gulfmonitor]
