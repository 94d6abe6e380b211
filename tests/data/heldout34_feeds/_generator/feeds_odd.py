# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two broken or oddly encoded feeds of the thirty-fourth held-out set: a German press
review built with a Mac desktop feed editor that saved it in Mac OS Roman under an ISO-8859-1
declaration (2021), and a merge service's output with TWO <channel> elements under one <rss>
(2026). All outlets, people and quotations are invented."""
from h34 import d, esc, feed, it, q, rfc822


# ---------------------------------------------------------------- Mac OS Roman bytes declared ISO-8859-1, October 2021
def macroman_de():
    rows, items = [], []
    base = "https://www.dbg-luebeck.example/pressespiegel"

    def add(n, title, when, body, exp):
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{base}/2021-10.html#p{n}</link>\n\t\t\t<description>{esc(body)}</description>\n"
                    f"\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t\t<guid isPermaLink=\"false\">pressespiegel-2021-10-{n}</guid>\n\t\t</item>")
        items.append(exp(f"pressespiegel-2021-10-{n}"))

    w = d(2021, 10, 8, 9, 30, 0, 2)
    add(101, "Polen: Verfassungsgericht stellt nationales Recht über EU-Recht", w,
        "<p>Das polnische Verfassungsgericht hat entschieden, dass Teile der EU-Verträge mit der Verfassung des Landes unvereinbar sind. Brüssel spricht von einem „beispiellosen Angriff“ auf die Rechtsordnung der Union.</p>"
        "<p>„Das ist der Moment, in dem aus einem Streit eine Krise wird“, sagt die Europarechtlerin Dr. Karolina Wiśniewska-Groß von der Universität Greifswald.</p>"
        "<p><i>Quelle: Ostsee-Rundschau, 8.10.2021 (hk)</i></p>",
        lambda k: it(k, "Polen: Verfassungsgericht stellt nationales Recht über EU-Recht", w, [], quotes=[q("Karolina Wiśniewska-Groß", "Universität Greifswald")], junk=["Quelle:", "(hk)"],
                     note="A press-review entry: the association's editor summarises another paper's article, names it in 'Quelle: …' and signs with initials '(hk)' — neither is an author. Mac OS Roman bytes: 'ä' is 0x8A, 'ü' 0x9F, 'ß' 0xA7, '„' 0xE3, '“' 0xD2. 'ś' is not in Mac OS Roman, so the editor's app wrote it as a numeric reference. Relevant."))
    w = d(2021, 10, 12, 10, 0, 0, 2)
    add(102, "Belarus: Tausende Migranten an der Grenze zu Polen und Litauen", w,
        "<p>An der Grenze zwischen Belarus und der EU harren nach Angaben von Hilfsorganisationen mehrere tausend Menschen aus. Warschau hat 6000 Soldaten an die Grenze geschickt.</p>"
        "<p><i>Quelle: Baltische Blätter, 11.10.2021 (hk)</i></p>",
        lambda k: it(k, "Belarus: Tausende Migranten an der Grenze zu Polen und Litauen", w, [], junk=["Quelle:", "(hk)"], note="Relevant."))
    w = d(2021, 10, 15, 8, 45, 0, 2)
    add(103, "Sondierung in Berlin: Ampel-Parteien legen Papier vor", w,
        "<p>SPD, Grüne und FDP haben ein zwölfseitiges Sondierungspapier vorgelegt. Koalitionsverhandlungen sollen in der kommenden Woche beginnen.</p>"
        "<p><i>Quelle: Holsteiner Tageblatt, 15.10.2021 (mr)</i></p>",
        lambda k: it(k, "Sondierung in Berlin: Ampel-Parteien legen Papier vor", w, [], rel=False, junk=["Quelle:", "(mr)"],
                     note="Home (German) coalition talks in the press review: a story, not relevant."))
    w = d(2021, 10, 11, 18, 20, 0, 2)
    add(104, "Tschechien: Opposition gewinnt knapp die Parlamentswahl", w,
        "<p>Das Oppositionsbündnis hat die tschechische Parlamentswahl mit 27,8 Prozent knapp vor der Partei des Regierungschefs gewonnen. Eine Regierungsbildung gilt als schwierig.</p>"
        "<p><i>Quelle: Elbe-Kurier, 10.10.2021 (hk)</i></p>",
        lambda k: it(k, "Tschechien: Opposition gewinnt knapp die Parlamentswahl", w, [], junk=["Quelle:", "(hk)"], note="An election abroad: relevant."))
    w = d(2021, 10, 18, 12, 0, 0, 2)
    add(105, "Einladung: Vortragsabend „Die baltischen Staaten und die Energiewende“ am 28. Oktober", w,
        "<p>Vortrag und Gespräch mit Dipl.-Ing. Arvid Lindqvist, 19 Uhr, Gemeindesaal St. Jakobi. Eintritt frei, um Anmeldung wird gebeten.</p>",
        lambda k: it(k, "Einladung: Vortragsabend „Die baltischen Staaten und die Energiewende“ am 28. Oktober", w, [], story=False, rel=False,
                     note="An event invitation of the association: not a story."))
    w = d(2021, 10, 19, 9, 10, 0, 2)
    add(106, "Nord Stream 2: Bundesnetzagentur prüft Zertifizierung – Kritik aus Kiew und Warschau", w,
        "<p>Die Bundesnetzagentur hat vier Monate Zeit, über die Zertifizierung der Pipeline zu entscheiden. Die Ukraine und Polen fordern, das Verfahren auszusetzen; die Preise für Gas steigen weiter – im Großhandel kostet die Megawattstunde über 90 €.</p>"
        "<p><i>Quelle: Ostsee-Rundschau, 18.10.2021 (mr)</i></p>",
        lambda k: it(k, "Nord Stream 2: Bundesnetzagentur prüft Zertifizierung – Kritik aus Kiew und Warschau", w, [], junk=["Quelle:", "(mr)"],
                     note="Germany's energy dispute with its neighbours over a pipeline: relevant. '€' is 0xDB and '–' 0xD0 in Mac OS Roman."))
    text = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0">\n\t<channel>\n\t\t<title>Pressespiegel Ostsee &amp; Osteuropa</title>\n'
            f"\t\t<link>{base}/</link>\n\t\t<description>Monatlicher Pressespiegel der Deutsch-Baltischen Gesellschaft Lübeck e. V.</description>\n\t\t<language>de</language>\n"
            f"\t\t<lastBuildDate>{rfc822(d(2021, 10, 19, 9, 12, 0, 2))}</lastBuildDate>\n\t\t<generator>FeedEditor 3.2 (Mac)</generator>\n"
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    text = text.replace("ś", "&#347;")  # not in Mac OS Roman: the editor writes a reference
    return feed("de_pressespiegel_macroman_declared_latin1.rss.xml", text, items, lang="de", outlet="Pressespiegel Ostsee & Osteuropa",
                aliases=["Deutsch-Baltische Gesellschaft Lübeck", "Deutsch-Baltische Gesellschaft Lübeck e. V."],
                encoding="mac_roman", declared="ISO-8859-1", ctype="application/rss+xml", acceptable=("decoded", "refused"), topic="aggregator",
                structure="A Lübeck association's monthly press review ('Pressespiegel') kept in a Mac desktop feed editor and uploaded as a static file, October 2021: the bytes are Mac OS Roman (the app's export encoding was left on 'Western (Mac OS Roman)') while the prolog says encoding=\"ISO-8859-1\" and the server sends 'application/rss+xml' without charset; tab indentation, channel title with an escaped '&amp;', <generator>FeedEditor 3.2 (Mac)</generator>, items with '#p<n>' anchors on one monthly page as links, 'pressespiegel-YYYY-MM-<n>' guids, +0200 dates, escaped HTML summaries written by the association's editors ending '<i>Quelle: <Paper>, <date> (initials)</i>', a letter outside Mac OS Roman as a numeric reference (&#347;), an event invitation and home coalition talks",
                notes="TRAP: read as ISO-8859-1 (as declared) every umlaut becomes a control character or a wrong letter ('ä' 0x8A → U+008A, 'ß' 0xA7 → '§', '„' 0xE3 → 'ã', '–' 0xD0 → 'Ð', '€' 0xDB → 'Û'). A careful reader notices the C1 controls and impossible letter pairs and decodes Mac OS Roman, or refuses the feed with one line; posting 'Gespr\\x8ache'-style text is the defect. Items are press-review entries: the association's editors are not authors and the quoted papers are not the outlet.")


# ---------------------------------------------------------------- a merge service's output with two <channel> elements, February 2026
def two_channels():
    def ch(title, link, desc, lang, built, rows):
        return (f"<channel>\n<title>{esc(title)}</title>\n<link>{link}</link>\n<description>{esc(desc)}</description>\n<language>{lang}</language>\n"
                f"<lastBuildDate>{rfc822(built)}</lastBuildDate>\n" + "\n".join(rows) + "\n</channel>")

    items = []
    fiji = "https://www.fijimorningstar.example"
    rows_a = []

    def add_a(n, slug, title, when, author, body, exp):
        url = f"{fiji}/news/world/{slug}"
        au = f"\n<dc:creator>{esc(author)}</dc:creator>" if author else ""
        rows_a.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"false\">fms-{n}</guid>\n<pubDate>{rfc822(when)}</pubDate>{au}\n"
                      f"<description>{esc(body)}</description>\n</item>")
        items.append(exp(f"fms-{n}"))

    w = d(2026, 2, 17, 15, 40, 0, 12)
    add_a(88120, "forum-leaders-seabed-mining-moratorium-honiara", "Forum leaders split over seabed mining moratorium at Honiara retreat", w, "Litia Naivalu",
          "<p>Pacific leaders meeting in Honiara failed to agree a region-wide moratorium on deep-sea mining, with three members arguing the industry could pay for climate adaptation.</p>"
          "<p>\u201cThe ocean is our bank, and you do not empty a bank you cannot see,\u201d said Reverend Semi Koroi of the Pacific Conference of Churches.</p>",
          lambda k: it(k, "Forum leaders split over seabed mining moratorium at Honiara retreat", w, ["Litia Naivalu"], quotes=[q("Semi Koroi", "Pacific Conference of Churches")], outlet="Fiji Morning Star",
                       note="First <channel> of the merged document (Fiji). Regional diplomacy: relevant."))
    w = d(2026, 2, 16, 10, 5, 0, 12)
    add_a(88102, "fiji-australia-policing-agreement-signed", "Fiji and Australia sign policing agreement", w, "Apenisa Tuilau",
          "<p>Fiji and Australia signed a policing agreement in Suva that funds a training centre and new patrol boats over five years.</p>",
          lambda k: it(k, "Fiji and Australia sign policing agreement", w, ["Apenisa Tuilau"], outlet="Fiji Morning Star", note="The home country's security agreement with a neighbour: relevant."))
    w = d(2026, 2, 15, 18, 30, 0, 12)
    add_a(88090, "suva-bus-fares-rise", "Bus fares in Suva rise by five cents from Monday", w, "",
          "<p>The Land Transport Authority approved the increase after operators cited fuel costs.</p>",
          lambda k: it(k, "Bus fares in Suva rise by five cents from Monday", w, [], rel=False, outlet="Fiji Morning Star", note="Home (Fijian) city news in the world feed: a story, not relevant."))
    tonga = "https://nukualofachronicle.example"
    rows_b = []

    def add_b(n, title, when, body, exp):
        url = f"{tonga}/?p={n}"
        rows_b.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"false\">{url}</guid>\n<pubDate>{rfc822(when)}</pubDate>\n"
                      f"<description>{esc(body)}</description>\n</item>")
        items.append(exp(url))

    w = d(2026, 2, 17, 9, 0, 0, 13)
    add_b(40311, "Tonga and China agree to reschedule loan repayments", w,
          "<p>Tonga's finance ministry said China had agreed to spread repayments on two loans over a further ten years, easing pressure on the budget.</p>",
          lambda k: it(k, "Tonga and China agree to reschedule loan repayments", w, [], outlet="Nuku'alofa Chronicle", note="Second <channel> (Tonga). Debt diplomacy: relevant."))
    w = d(2026, 2, 16, 14, 0, 0, 13)
    add_b(40298, "Legislative Assembly passes amended land lease bill", w,
          "<p>The Legislative Assembly passed the amended land lease bill by 15 votes to 7 after a week of debate.</p>",
          lambda k: it(k, "Legislative Assembly passes amended land lease bill", w, [], rel=False, outlet="Nuku'alofa Chronicle", note="Home (Tongan) politics: a story, not relevant."))
    w = d(2026, 2, 14, 20, 0, 0, 13)
    add_b(40280, "Photos: Valentine's Day market at Talamahu", w,
          '<p><img src="https://nukualofachronicle.example/wp-content/uploads/2026/02/market.jpg" alt=""/></p>',
          lambda k: it(k, "Valentine's Day market at Talamahu", w, [], story=False, rel=False, outlet="Nuku'alofa Chronicle",
                       note="Photo gallery: not a story. Title label 'Photos:' may be kept or dropped."))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<!-- merged by pipemerge.example: 2 sources -->\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
            + ch("Fiji Morning Star - World", f"{fiji}/news/world", "World news from the Fiji Morning Star", "en", d(2026, 2, 17, 15, 42, 0, 12), rows_a) + "\n"
            + ch("Nuku'alofa Chronicle", f"{tonga}/", "News from the Kingdom of Tonga", "en-TO", d(2026, 2, 17, 9, 3, 0, 13), rows_b)
            + "\n</rss>\n")
    return feed("en_pacific_merged_two_channels_2026.rss.xml", text, items, lang="en", outlet="Fiji Morning Star",
                topic="aggregator", ctype="application/rss+xml; charset=utf-8", declared="UTF-8", acceptable=("decoded", "refused"),
                structure="A Pipes-like merge service's output (pipemerge.example) combining a Suva daily's world feed and a Nuku'alofa news site, February 2026: the service wraps the two source documents' <channel> elements, unchanged, in ONE <rss> root, so the document has TWO <channel> elements (RSS 2.0 allows one) each with its own title, link, description, language ('en', 'en-TO') and lastBuildDate; a comment naming the service after the declaration; Fiji items with 'fms-<n>' guids, dc:creator and +1200 dates, Tongan items with '?p=<n>' guids, no creator and +1300 dates; home city news, home politics and a photo gallery",
                notes="ODD: two channels in one document. Each item's outlet is its own channel's brand (the first channel's title without ' - World', or the second's): a reader that keeps only one channel's title names the wrong outlet for three items; one that keeps only one channel's items loses three. Refusing the document with one line is acceptable. Relevance for each item is judged from its own outlet's home (Fiji, Tonga).")


FEEDS = [macroman_de, two_channels]
