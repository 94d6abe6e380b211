# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two broken or oddly encoded feeds of the twenty-eighth held-out set: a German institute's
legacy feed in ISO-8859-1 with no declared charset anywhere, and a Hugo blog whose template
leaves ampersands and HTML unescaped. All outlets, people and quotations are invented."""
from h28 import d, esc, feed, it, q, rfc822


# ---------------------------------------------------------------- ISO-8859-1 bytes, no encoding in the prolog, no charset in the HTTP header
def ostforum():
    rows, items = [], []
    base = "http://www.forum-ostpolitik.example"

    def add(nid, title, when, author, desc, exp):
        url = f"{base}/index.php?id=aktuelles&amp;nid={nid}"
        au = f"\n<author>{esc(author)}</author>" if author else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>{au}\n<pubDate>{rfc822(when)}</pubDate>\n<guid>{url}</guid>\n</item>")
        items.append(exp(url.replace("&amp;", "&")))

    o = 1
    w = d(2023, 12, 15, 11, 30, 0, o)
    add(2291, "EU-Beitrittsgespräche mit der Ukraine und Moldau: Was der Gipfelbeschluss bedeutet", w, "Dr. Annegret Völkel",
        "Der Europäische Rat hat gestern die Aufnahme von Beitrittsverhandlungen beschlossen. »Das ist ein politisches Signal, aber der Weg bis zum Beitritt wird ein Jahrzehnt dauern«, sagt Bohdan Hryn, Gastwissenschaftler am Forum. Für Moldau stellt sich zusätzlich die Frage nach Transnistrien.",
        lambda k: it(k, "EU-Beitrittsgespräche mit der Ukraine und Moldau: Was der Gipfelbeschluss bedeutet", w, ["Annegret Völkel"], quotes=[q("Bohdan Hryn", "Forum Ostpolitik")],
                     note="Umlauts, ß and »…« guillemets are single ISO-8859-1 bytes; nothing declares the charset (XML default would be UTF-8). <author> holds a plain name with the title 'Dr.'."))
    w = d(2023, 12, 12, 9, 0, 0, o)
    add(2287, "Polens neue Regierung und die deutsch-polnische Nachbarschaft", w, "Dr. Annegret Völkel und Maciej Großmann",
        "Nach acht Jahren wechselt in Warschau die Regierung. Für Berlin öffnet sich ein Fenster – wenn es die Reparationsfrage nicht einfach übergeht.",
        lambda k: it(k, "Polens neue Regierung und die deutsch-polnische Nachbarschaft", w, ["Annegret Völkel", "Maciej Großmann"],
                     note="Two authors joined with 'und'; the en dash is not in ISO-8859-1 and is written as the numeric reference &#8211; (legacy CMS), the rest are raw bytes."))
    w = d(2023, 12, 18, 16, 45, 0, o)
    add(2294, "Serbien hat gewählt: Regierungspartei erklärt sich zum Sieger", w, "Jelena Marković-Strauß",
        "Wahlbeobachter der OSZE berichten von Unregelmäßigkeiten in Belgrad. Die Opposition kündigt Proteste an.",
        lambda k: it(k, "Serbien hat gewählt: Regierungspartei erklärt sich zum Sieger", w, ["Jelena Marković-Strauß"],
                     note="The name's 'ć' is outside ISO-8859-1: the CMS writes it as &#263; while 'ß' is a raw byte."))
    w = d(2023, 12, 8, 18, 0, 0, o)
    add(2281, "Jahresempfang 2023: Rückblick in Bildern", w, "",
        "Impressionen vom Jahresempfang des Forums im Münchner Künstlerhaus.",
        lambda k: it(k, "Jahresempfang 2023: Rückblick in Bildern", w, [], story=False, rel=False, note="Photo gallery of the institute's reception: not a story."))
    w = d(2023, 12, 5, 10, 15, 0, o)
    add(2276, "Tarifstreit bei der Bahn: Streikpause über Weihnachten", w, "Redaktion",
        "Die Lokführergewerkschaft verzichtet bis zum 7. Januar auf Arbeitskämpfe. Pendler müssen sich danach auf längere Streiks einstellen.",
        lambda k: it(k, "Tarifstreit bei der Bahn: Streikpause über Weihnachten", w, [], rel=False, note="German domestic labour dispute: not relevant. 'Redaktion' is not a person."))
    w = d(2023, 12, 1, 14, 0, 0, o)
    add(2270, "Rezension: Ein Roman über die Bukowina zwischen den Kriegen", w, "Maciej Großmann",
        "Eine Familiengeschichte aus Czernowitz, erzählt über drei Generationen – ein stilles, großes Buch.",
        lambda k: it(k, "Rezension: Ein Roman über die Bukowina zwischen den Kriegen", w, ["Maciej Großmann"], rel=False, note="Book review: a story, not relevant."))
    channel = (f"<title>Forum Ostpolitik - Aktuelles</title>\n<link>{base}/</link>\n<description>Aktuelle Analysen und Kommentare des Forums für Ostpolitik e.V., München</description>\n"
               f"<language>de</language>\n<lastBuildDate>{rfc822(d(2023, 12, 18, 16, 50, 0, o))}</lastBuildDate>")
    order = sorted(range(len(rows)), key=lambda i: items[i].published, reverse=True)
    rows = [rows[i] for i in order]
    items = [items[i] for i in order]
    text = '<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    text = text.replace("–", "&#8211;").replace("ć", "&#263;")
    return feed("de_forumostpolitik_latin1_undeclared.rss.xml", text, items, lang="de", outlet="Forum Ostpolitik", aliases=["Forum für Ostpolitik"],
                encoding="latin-1", ctype="text/xml", declared=None,
                structure="Legacy PHP feed of a Munich East-Europe institute (a registered association): '<?xml version=\"1.0\"?>' WITHOUT an encoding, served as 'text/xml' WITHOUT a charset, bytes in ISO-8859-1 (ä ö ü ß » « as single bytes 0xE4 … 0xBB), characters outside Latin-1 as numeric references (&#8211;, &#263;), no namespaces, no indentation, '/index.php?id=aktuelles&amp;nid=<n>' links and bare guids, plain RSS <author> with 'Dr.' titles, 'A und B', 'Redaktion' or absent, plain-text descriptions with »…« quotes, a photo gallery and a book review, +0100 dates in December 2023",
                notes="TRAP: no charset declared anywhere, so XML rules say UTF-8, but the bytes are ISO-8859-1 (every umlaut is an invalid UTF-8 sequence). A careful reader falls back to Latin-1/Windows-1252 and shows umlauts correctly; U+FFFD or dropped letters are mojibake.")


# ---------------------------------------------------------------- Hugo blog whose RSS template does not escape (malformed XML)
def straittalk():
    rows, items = [], []
    base = "https://straittalk.example"

    def add(slug, title, when, desc, exp):
        url = f"{base}/posts/{slug}/"
        rows.append(f"    <item>\n      <title>{title}</title>\n      <link>{url}?utm_source=rss&utm_medium=feed</link>\n      <pubDate>{rfc822(when)}</pubDate>\n      \n      <guid>{url}</guid>\n      <description>{desc}</description>\n    </item>")
        items.append(exp(url))

    w = d(2023, 2, 20, 0, 0, 0, 0)
    add("us-philippines-edca-south-china-sea", "US & Philippines expand base access: what EDCA means for the South China Sea", w,
        "<p>Four new sites under the Enhanced Defense Cooperation Agreement bring US forces closer to Taiwan & the Spratlys.<br>Manila calls it deterrence; Beijing calls it provocation.</p>",
        lambda k: it(k, "US & Philippines expand base access: what EDCA means for the South China Sea", w, [],
                     note="Hugo template without '| html': raw '&' in title, link and text, and an unescaped <p>…<br>…</p> in the description; no author anywhere (single-writer blog)."))
    w = d(2023, 2, 13, 0, 0, 0, 0)
    add("qa-former-harbour-master-malacca", "Q&A: A former harbour master on congestion in the Strait of Malacca", w,
        "<p>Ships are waiting longer off Singapore than at any time since 2021.<br>\"We are running a 1990s traffic system for 2020s ship sizes,\" said Captain Lim Wei Jie, a former port master of the Maritime and Port Authority of Singapore.</p>",
        lambda k: it(k, "Q&A: A former harbour master on congestion in the Strait of Malacca", w, [], rel=False, quotes=[q("Lim Wei Jie", "Maritime and Port Authority of Singapore")],
                     note="Shipping congestion (business/logistics): not relevant. Raw '&' in the title. The speaker's rank 'Captain' is a title."))
    w = d(2023, 2, 8, 0, 0, 0, 0)
    add("balloon-saga-maritime-angle", "The balloon saga: the maritime angle nobody's talking about", w,
        "<p>The debris recovery off South Carolina was a naval operation, & the navies of the region took notes.</p>",
        lambda k: it(k, "The balloon saga: the maritime angle nobody's talking about", w, [], note="US–China incident: relevant."))
    w = d(2023, 2, 28, 0, 0, 0, 0)
    add("reading-list-february-2023", "Reading list: February", w,
        "<ul><li>A new history of the Cape route</li><li>Two reports on Red Sea shipping & insurance</li></ul>",
        lambda k: it(k, "Reading list: February", w, [], story=False, rel=False, note="List of recommended reading: not a story."))
    w = d(2023, 2, 10, 0, 0, 0, 0)
    add("turkiye-syria-earthquake-ports-aid-logistics", "Türkiye-Syria earthquake: ports, aid & the logistics of relief", w,
        "<p>Iskenderun's port was on fire for two days after the quake.<br>Relief is being routed through Mersin & by road from Adana.</p>",
        lambda k: it(k, "Türkiye-Syria earthquake: ports, aid & the logistics of relief", w, [], note="International relief after the earthquake: relevant."))
    w = d(2023, 1, 2, 0, 0, 0, 0)
    add("about", "About this blog & how to support it", w,
        "<p>Strait Talk is written by one analyst in Singapore.<br>Support via the tip jar.</p>",
        lambda k: it(k, "About this blog & how to support it", w, [], story=False, rel=False, note="About page listed as a post: not a story."))
    order = sorted(range(len(rows)), key=lambda i: items[i].published, reverse=True)
    rows = [rows[i] for i in order]
    items = [items[i] for i in order]
    channel = (f"    <title>Posts on Strait Talk</title>\n    <link>{base}/posts/</link>\n    <description>Recent content in Posts on Strait Talk</description>\n    <generator>Hugo -- gohugo.io</generator>\n"
               f"    <language>en-us</language>\n    <copyright>© 2023 Strait Talk & contributors</copyright>\n    <lastBuildDate>{rfc822(d(2023, 2, 28, 0, 0, 0, 0))}</lastBuildDate>\n"
               f"    <atom:link href=\"{base}/posts/index.xml\" rel=\"self\" type=\"application/rss+xml\" />")
    text = '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n' + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n"
    return feed("en_sg_straittalk_hugo_malformed.rss.xml", text, items, lang="en", outlet="Strait Talk",
                acceptable=("decoded", "refused"),
                structure="Hugo (default RSS template edited without the '| html' filter) blog of a Singapore maritime analyst: standalone='yes' declaration, channel 'Posts on Brand' / 'Recent content in Posts on Brand', <generator>Hugo -- gohugo.io</generator>, copyright with a raw '&', items with pubDate at midnight +0000, an empty indented line, '/posts/<slug>/' guids, RAW '&' in titles, links ('?utm_source=rss&utm_medium=feed') and text, and UNESCAPED HTML (<p>, <br>, <ul>) directly inside <description>, an about page and a reading list, January–February 2023",
                notes="TRAP: not well-formed XML (bare '&', unclosed <br> inside the description). A lenient parser recovers all six items with their titles (with '&'), links, dates and text; a clear one-line refusal is also acceptable.")


FEEDS = [ostforum, straittalk]
