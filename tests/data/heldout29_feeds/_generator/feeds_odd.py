# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two broken or oddly encoded feeds of the twenty-ninth held-out set: a Berlin daily's
Ausland feed whose prolog and HTTP header say ISO-8859-1 while the bytes are UTF-8 (2017), and
a New Delhi daily's world feed cut off before its end, with a stray control byte (2018). All
outlets, people and quotations are invented."""
from h29 import cd, d, esc, feed, gmt, it, q, rfc822


# ---------------------------------------------------------------- UTF-8 bytes declared ISO-8859-1 (prolog and header)
def warte():
    rows, items = [], []
    base = "https://www.warte.example"

    def add(n, path, slug, title, when, creator, desc, credit, exp):
        url = f"{base}/{path}/article{n}/{slug}.html"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        med = (f'<media:content url="https://img.warte.example/img/{path}/crop{n}/{n % 9973}-ci16x9-w780/bild.jpg" type="image/jpeg" medium="image" width="780" height="439">'
               f"<media:title>{esc(title)}</media:title><media:credit>{esc(credit)}</media:credit></media:content>") if credit else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><guid isPermaLink=\"false\">{n}</guid><description>{esc(desc)}</description>"
                    f"<pubDate>{gmt(when)}</pubDate><category>{path.rsplit('/', 1)[-1].capitalize()}</category>{med}{cr}</item>")
        items.append(exp(str(n)))

    w = d(2017, 10, 15, 19, 58, 12, 2)
    add(169690121, "politik/ausland", "Oesterreich-Wahl-OeVP-gewinnt-deutlich-FPOe-vor-SPOe", "Österreich-Wahl: Kurz' ÖVP gewinnt deutlich, FPÖ vor SPÖ", w, "Claudia Größling",
        "Die Volkspartei wird mit rund 31 Prozent stärkste Kraft. Die rechte FPÖ liegt nach der Hochrechnung knapp vor den Sozialdemokraten. „Heute ist ein Tag der Veränderung“, sagte der ÖVP-Generalsekretär Ernst Pühringer.",
        "Quelle: AFP/JOE KLAMAR",
        lambda k: it(k, "Österreich-Wahl: Kurz' ÖVP gewinnt deutlich, FPÖ vor SPÖ", w, ["Claudia Größling"], quotes=[q("Ernst Pühringer", "ÖVP")], junk=["Quelle: AFP"],
                     note="Ö, ß, „…“ as UTF-8 bytes under an ISO-8859-1 declaration: read as Latin-1 they become 'Ã–', 'ÃŸ', 'â€ž'."))
    w = d(2017, 10, 15, 17, 20, 0, 2)
    add(169689412, "politik/ausland", "Madrid-setzt-Puigdemont-eine-letzte-Frist", "Katalonien: Madrid setzt Puigdemont eine letzte Frist", w, "Ute Müller-Sánchez",
        "Bis Donnerstag muss der katalanische Regionalpräsident klarstellen, ob er die Unabhängigkeit erklärt hat. Andernfalls droht die Zentralregierung mit Artikel 155.",
        "Quelle: REUTERS",
        lambda k: it(k, "Katalonien: Madrid setzt Puigdemont eine letzte Frist", w, ["Ute Müller-Sánchez"], junk=["Quelle: REUTERS"]))
    w = d(2017, 10, 15, 14, 5, 0, 2)
    add(169687733, "politik/ausland", "Kenias-Oppositionsfuehrer-zieht-sich-zurueck", "Kenia: Oppositionsführer zieht sich aus Wahlwiederholung zurück", w, "",
        "Zehn Tage vor der Wiederholung der Präsidentenwahl hat der Herausforderer seine Kandidatur zurückgezogen. Die Wahlkommission hält am Termin fest.",
        "Quelle: dpa",
        lambda k: it(k, "Kenia: Oppositionsführer zieht sich aus Wahlwiederholung zurück", w, [], junk=["Quelle: dpa"]))
    w = d(2017, 10, 15, 12, 0, 0, 2)
    add(169686050, "politik/ausland", "So-waehlt-Oesterreich", "Fotoshow: So wählt Österreich", w, "",
        "Bilder vom Wahlsonntag in Wien, Graz und Innsbruck.",
        "Quelle: APA/picturedesk.com",
        lambda k: it(k, "Fotoshow: So wählt Österreich", w, [], story=False, rel=False, note="Photo show (gallery): not a story."))
    w = d(2017, 10, 15, 9, 30, 0, 2)
    add(169684871, "sport/fussball", "Bayern-gewinnt-Spitzenspiel-in-Gelsenkirchen", "Bundesliga: Bayern gewinnt Spitzenspiel in Gelsenkirchen", w, "Björn Strüßmann",
        "Der Rekordmeister setzt sich mit 3:0 durch und übernimmt vorübergehend die Tabellenführung.",
        "Quelle: Bongarts/Getty Images",
        lambda k: it(k, "Bundesliga: Bayern gewinnt Spitzenspiel in Gelsenkirchen", w, ["Björn Strüßmann"], rel=False, junk=["Getty Images"], note="Sport: not relevant."))
    w = d(2017, 10, 14, 21, 45, 0, 2)
    add(169682290, "politik/ausland", "Europaeer-halten-am-Atomabkommen-fest", "Nach Trumps Iran-Rede: Europäer halten am Atomabkommen fest", w, "Dietmar Wolfsgruber",
        "Berlin, Paris und London erklären gemeinsam, das Abkommen liege im nationalen Sicherheitsinteresse. Teheran spricht von „Beleidigungen“.",
        "Quelle: pa/AP Photo",
        lambda k: it(k, "Nach Trumps Iran-Rede: Europäer halten am Atomabkommen fest", w, ["Dietmar Wolfsgruber"], junk=["Quelle: pa/AP"]))
    channel = (f"<title>DIE WARTE - Ausland</title><link>{base}/politik/ausland/</link><description>Nachrichten aus dem Ausland - DIE WARTE</description><language>de-DE</language>"
               f"<copyright>Warte Medien GmbH</copyright><lastBuildDate>{gmt(d(2017, 10, 15, 20, 0, 0, 2))}</lastBuildDate>"
               f'<atom:link href="{base}/feeds/section/politik/ausland.rss" rel="self" type="application/rss+xml"/>'
               f"<image><url>{base}/img/warte-logo-rss.png</url><title>DIE WARTE - Ausland</title><link>{base}/politik/ausland/</link></image>")
    text = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0"><channel>'
            + channel + "".join(rows) + "</channel></rss>\n")
    return feed("de_warte_ausland_utf8_declared_latin1.rss.xml", text, items, lang="de", outlet="Die Warte", aliases=["DIE WARTE", "Warte"],
                encoding="utf-8", declared="iso-8859-1", ctype="application/rss+xml; charset=ISO-8859-1", acceptable=("decoded", "refused"),
                structure="WELT-style (Berlin) daily's Ausland feed ('/feeds/section/politik/ausland.rss') as of October 2017 from a migrated CMS: the prolog AND the HTTP header declare ISO-8859-1 while every byte is UTF-8 (ä ö ü ß „ “ as multi-byte sequences, no BOM), one-line document, upper-case brand 'DIE BRAND - Ausland', GmbH copyright, '/<section>/article<9 digits>/<Slug>.html' links with the bare numeric id as non-permalink guid, plain descriptions, GMT pubDates, <category>, media:content with media:title repeating the headline and media:credit 'Quelle: AGENCY/NAME', dc:creator LAST or absent, a 'Fotoshow:' gallery and a sport item",
                notes="TRAP: declared ISO-8859-1 (prolog and Content-Type) but the bytes are UTF-8. Trusting the declaration gives 'Ã¶'-style mojibake in every umlaut; a careful reader sees valid multi-byte UTF-8 and decodes it as UTF-8. A clear one-line refusal is also acceptable.")


# ---------------------------------------------------------------- truncated document with a stray control byte
def courier():
    rows, items = [], []
    base = "https://www.delhicourier.example"

    def add(slug, n, title, when, desc, exp):
        url = f"{base}/world-news/{slug}/story-{n}.html"
        rows.append(f"<item>\n<title>{cd(title)}</title>\n<link>{url}</link>\n<description>{cd(desc)}</description>\n<pubDate>{rfc822(when)}</pubDate>\n<guid>{url}</guid>\n"
                    f'<media:content url="https://www.delhicourier.example/rf/image_size_90x90/DC/Web/2018/07/{n[:6]}.jpg" medium="image" height="90" width="90"/>\n</item>')
        items.append(exp(url))

    o = 5.5
    w = d(2018, 7, 26, 21, 47, 36, o)
    add("imran-khan-claims-victory-in-pakistan-election-offers-talks-with-india", "Xq8Lm2Pv7Kd4Rt0Ws1YzNb", "Imran Khan claims victory in Pakistan election, says ready for talks with India", w,
        "Imran Khan on Thursday declared victory in Pakistan's general election and said in a televised address that his government would take two steps for every step India takes towards improving ties.",
        lambda k: it(k, "Imran Khan claims victory in Pakistan election, says ready for talks with India", w,
                     note="Election in the neighbouring country with an offer of talks: relevant for an Indian outlet."))
    w = d(2018, 7, 26, 19, 2, 10, o)
    add("opposition-parties-in-pakistan-reject-poll-results-allege-rigging", "Vb3Nc7Jd2Ke8Lf4Mg0Rh5Sa", "Pakistan's opposition parties reject poll results, allege rigging", w,
        "Several Pakistani parties rejected the results of the election, alleging that polling agents were thrown out of counting stations. \"We will not accept this mandate,\" said Rana Aftab Qureshi, a senior leader of the PML-N, at a press conference in Lahore.\x1a",
        lambda k: it(k, "Pakistan's opposition parties reject poll results, allege rigging", w, quotes=[q("Rana Aftab Qureshi", "PML-N")],
                     note="A stray 0x1A (SUB) control byte sits at the end of the CDATA description (pasted from a word processor): not allowed in XML 1.0."))
    w = d(2018, 7, 26, 16, 40, 0, o)
    add("us-china-trade-war-beijing-vows-retaliation-on-new-tariffs", "Pc9Qd3Re7Sf1Tg5Uh8Vi2Wj", "Beijing vows to hit back as US readies tariffs on $200 billion of Chinese goods", w,
        "China said it would take \"necessary countermeasures\" if Washington went ahead with a new round of tariffs, as trade talks between the world's two largest economies remained stalled.",
        lambda k: it(k, "Beijing vows to hit back as US readies tariffs on $200 billion of Chinese goods", w))
    w = d(2018, 7, 26, 13, 15, 0, o)
    add("photos-zimbabwe-votes-in-first-election-since-mugabe", "Kd4Le8Mf2Ng6Oh0Pi3Qj7Rk", "Photos: Zimbabwe votes in first election without Mugabe", w,
        "Long queues formed outside polling stations in Harare and Bulawayo.",
        lambda k: it(k, "Photos: Zimbabwe votes in first election without Mugabe", w, story=False, rel=False, note="Photo gallery: not a story."))
    w = d(2018, 7, 26, 10, 30, 0, o)
    add("japan-heatwave-death-toll-rises-to-80", "Ab1Cd5Ef9Gh3Ij7Kl2Mn6Op", "Japan heatwave: Death toll rises to 80 as temperatures top 41 degrees", w,
        "Japan's weather agency has called the heatwave a natural disaster as hospitals in Tokyo and Kyoto reported record admissions for heatstroke.",
        lambda k: it(k, "Japan heatwave: Death toll rises to 80 as temperatures top 41 degrees", w, note="Deadly heatwave abroad: relevant (rule D)."))
    w = d(2018, 7, 26, 8, 5, 0, o)
    add("nepal-pm-seeks-chinese-railway-link-to-kathmandu", "Qr4St8Uv2Wx6Yz0Ab3Cd7Ef", "Nepal pushes ahead with China rail link, says India ties 'unaffected'", w,
        "Nepal's foreign ministry said a feasibility study for a railway from Tibet to Kathmandu would begin this year, and insisted the project was not directed against India.",
        lambda k: it(k, "Nepal pushes ahead with China rail link, says India ties 'unaffected'", w))
    channel = (f"<title>{cd('World News - The Delhi Courier')}</title>\n<link>{base}/world-news/</link>\n<description>{cd('Latest world news, international news from The Delhi Courier')}</description>\n"
               f"<language>en-us</language>\n<copyright>Copyright 2018 DC Media Ltd</copyright>\n<lastBuildDate>{rfc822(d(2018, 7, 26, 21, 50, 0, o))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</chan"
    return feed("en_in_delhicourier_world_truncated.rss.xml", text, items, lang="en", outlet="The Delhi Courier", aliases=["Delhi Courier"], acceptable=("decoded", "refused"),
                structure="Hindustan Times-style (New Delhi) daily's world feed ('/rss/world/rssfeed.xml') as of July 2018: media namespace, CDATA channel title 'World News - Brand', 'Media Ltd' copyright, items: CDATA title and description, '/world-news/<slug>/story-<22 chars>.html' links and bare guids, +0530 pubDates, 90x90 media:content LAST; a 'Photos:' gallery; the document is CUT OFF after the sixth item inside the closing '</chan' (no </channel>, no </rss>, no final newline) and one description ends with a stray 0x1A control byte",
                notes="TRAP: not well-formed (truncated and an illegal control character). A lenient parser recovers all six complete items; a clear one-line refusal is also acceptable. The control byte must not reach a summary.")


FEEDS = [warte, courier]
