# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two broken feeds of the thirty-sixth held-out set: a Wellington news site whose PHP feed
reaches the reader with its HTTP/1.1 chunked framing still in the body, and a Verona daily whose
Java/XSLT pipeline writes numeric references to control characters that XML 1.0 forbids. All
outlets, people and quotations are invented."""
from h36 import S, esc, exp, feed, html, q, rfc822
from lib import dt

CRLF = "\r\n"


def chunked(segments):
    """The body as an HTTP/1.1 chunked stream: '<hex size>CRLF<data>CRLF' per segment, then '0'."""
    return "".join(f"{len(s.encode('utf-8')):x}{CRLF}{s}{CRLF}" for s in segments) + f"0{CRLF}{CRLF}"


# ---------------------------------------------------------------- Wellington news site, chunked framing left in the body
def harbour():
    base = "https://www.harbourcapital.example"
    specs = [
        S("pm-signs-pacific-climate-declaration-funafuti", "PM backs Pacific climate declaration after tense forum talks in Funafuti", dt(2019, 8, 16, 21, 5, 0, 12), "Aroha Ngata, Pacific correspondent", ["Aroha Ngata"],
          ["The Prime Minister has signed the Pacific Islands Forum's declaration on climate change after talks in Funafuti that ran twelve hours over time and left several island leaders in tears.",
           "Australia insisted on softening language on coal, and the final text calls for action rather than setting deadlines, but Tuvalu's foreign minister said the forum had at least stayed together.",
           "\"We came here to save our islands, and we leave with a piece of paper that is weaker than we wanted,\" said Sione Tafuna, a climate negotiator for a group of atoll nations.",
           "New Zealand pledged a further $150 million over four years for climate adaptation in the Pacific, most of it for coastal defences and water supplies in low-lying states."],
          rel=True, quotes=[q("Sione Tafuna")],
          note="Regional summit diplomacy: relevant. The chunk boundary of this long item falls inside its third paragraph: the hex size line between CRLFs must not reach the summary."),
        S("all-blacks-name-world-cup-squad", "All Blacks name World Cup squad with two uncapped players", dt(2019, 8, 16, 17, 30, 0, 12), "Sam Peretini", ["Sam Peretini"],
          ["Coach Ian Fletcher named two uncapped players in his 31-man squad for the Rugby World Cup in Japan."],
          note="Sport (a tournament abroad): not relevant."),
        S("council-votes-on-water-pipes-rates-rise", "Wellington council votes for 12 per cent rates rise to fix water pipes", dt(2019, 8, 16, 14, 0, 0, 12), "Kate Marsden", ["Kate Marsden"],
          ["Councillors voted 9-6 for the rise, saying the city could no longer put off replacing pipes that burst on average twice a week."],
          note="City news: not relevant."),
        S("vanuatu-cyclone-nz-hercules-aid", "Air Force Hercules flies aid to cyclone-hit Vanuatu", dt(2019, 8, 16, 11, 20, 0, 12), "Aroha Ngata, Pacific correspondent", ["Aroha Ngata"],
          ["A Hercules carrying tarpaulins, water containers and generators left Auckland for Port Vila, where Cyclone Kiri destroyed hundreds of homes on Tuesday.",
           "The Minister of Foreign Affairs said a second flight would follow at the weekend."],
          rel=True, note="Disaster abroad and the government's relief mission: relevant."),
        S("fonterra-cuts-milk-price-forecast", "Fonterra trims milk price forecast as Chinese demand cools", dt(2019, 8, 16, 9, 0, 0, 12), "Business Desk", [],
          ["The dairy co-operative cut its forecast farmgate milk price by 25 cents to $6.75 per kilogram of milk solids."],
          note="Home business with a passing foreign cue: not relevant. A desk credit: []."),
        S("kiwi-climber-dies-on-mont-blanc", "Christchurch climber dies in fall on Mont Blanc", dt(2019, 8, 15, 22, 45, 0, 12), "Kate Marsden", ["Kate Marsden"],
          ["A 34-year-old climber from Christchurch has died after falling on the French side of Mont Blanc, French authorities said.",
           "The Ministry of Foreign Affairs and Trade is providing consular support to the family."],
          note="An accident abroad involving a New Zealander: not relevant."),
    ]
    segs, items = [], []
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n<title>Harbour Capital News</title>\n'
            f"<link>{base}/</link>\n<description>Wellington and New Zealand news</description>\n<language>en-nz</language>\n"
            f"<lastBuildDate>{rfc822(dt(2019, 8, 16, 21, 7, 0, 12))}</lastBuildDate>\n")
    segs.append(head)
    for n, s in enumerate(specs):
        url = f"{base}/news/{40917 - n * 4}/{s.slug}"
        x = (f"<item>\n<title>{esc(s.title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>\n<dc:creator>{esc(s.by)}</dc:creator>\n"
             f"<pubDate>{rfc822(s.when)}</pubDate>\n<description>{esc(html(s))}</description>\n</item>\n")
        if n == 0:
            cut = x.index("we leave with") + 3  # PHP's 4 KiB-ish output buffer filled mid-sentence
            segs += [x[:cut], x[cut:]]
            s.junk.append(f"{len(x[cut:].encode()):x}")
        else:
            segs.append(x)
        items.append(exp(s, url))
    segs.append("</channel>\n</rss>\n")
    text = chunked(segs)
    return feed("en_nz_harbourcapital_latest_chunked_framing.rss.xml", text, items, lang="en", outlet="Harbour Capital News", aliases=["Harbour Capital"], topic="mixed",
                ctype="application/rss+xml; charset=UTF-8", acceptable=("decoded", "refused"),
                structure="Wellington news site's 'latest' feed from a PHP script that flushes after every item, behind a proxy that forwarded the HTTP/1.1 chunked transfer coding without removing it (the response says it is not chunked, so the framing reaches the reader as body bytes): the body starts with the first chunk's hex size and CRLF BEFORE the XML declaration, each item is its own chunk with '\\r\\n<hex>\\r\\n' between items, one long item is split in the middle of a sentence where the output buffer filled, and the body ends with '0\\r\\n\\r\\n'; inside the chunks: no indentation, en-nz, items title/link/guid/dc:creator/pubDate/description, escaped <p> descriptions with the whole short story, dc:creator 'Name, Pacific correspondent', a reporter or 'Business Desk', +1200 dates, August 2019 (the Pacific Islands Forum)",
                notes="TRAP: HTTP/1.1 chunk-size lines and CRLFs inside the body: text before the XML declaration and between items, and a size line in the middle of the first item's description. A careful reader either removes the framing (the sizes are exact: de-chunking gives a well-formed feed) and shows all six items cleanly, or refuses the feed with one line; a crash, a lost item or a hex size in a summary is a defect.")


# ---------------------------------------------------------------- Verona daily, Java/XSLT feed with references to control characters
def adige():
    base = "https://www.corrieredelladige.example"
    vt, us = "&#11;", "&#31;"
    specs = [
        S("sport/calcio/2021/06/11/euro-2020-italia-turchia-3-0", f"Euro 2020, l'Italia travolge la Turchia 3-0 nella notte dell{us}'Olimpico", dt(2021, 6, 11, 23, 20, 0, 2), "Matteo Zanella", ["Matteo Zanella"],
          [f"All'Olimpico di Roma la Nazionale batte la Turchia nella partita inaugurale dell'Europeo.{vt}In gol Immobile e Insigne dopo un'autorete."],
          shown="Euro 2020, l'Italia travolge la Turchia 3-0 nella notte dell'Olimpico",
          note="The title holds '&#31;' (a discretionary-hyphen control from the page layout system) between two letters: the expected title has no character there. International tournament opened at home, match against a foreign team: not relevant."),
        S("esteri/2021/06/11/g7-cornovaglia-accordo-tassa-minima-globale", "G7 in Cornovaglia, accordo sulla tassa minima globale sulle multinazionali", dt(2021, 6, 11, 19, 0, 0, 2), "Elena Bertoldi", ["Elena Bertoldi"],
          [f"I leader del G7 riuniti in Cornovaglia hanno sostenuto un'aliquota minima globale del 15% sulle imprese.{vt}«È una svolta che nessuno credeva possibile fino a un anno fa», ha detto l'economista Giorgio Rinaldi dell'Università di Padova."],
          rel=True, quotes=[q("Giorgio Rinaldi", "Università di Padova")],
          note="Summit of heads of government abroad: relevant. '&#11;' (a vertical tab, the word processor's manual line break) separates two sentences: a space or break is expected, no control character."),
        S("brennero/2021/06/11/austria-prolunga-divieti-transito-tir-roma-protesta", "Brennero, l'Austria prolunga i divieti per i Tir: Roma protesta a Bruxelles", dt(2021, 6, 11, 16, 30, 0, 2), "Elena Bertoldi", ["Elena Bertoldi"],
          [f"Il Tirolo ha prorogato fino al 2022 i divieti di transito notturno per i mezzi pesanti sull'asse del Brennero.{vt}Il governo italiano ha chiesto alla Commissione europea di aprire una procedura d'infrazione."],
          rel=True, note="Dispute between two states taken to the EU: relevant, although local for Verona's hauliers."),
        S("verona/2021/06/11/arena-piano-restauro-approvato", "Verona, via libera al piano per il restauro dell'Arena", dt(2021, 6, 11, 12, 15, 0, 2), "Chiara Tommasi", ["Chiara Tommasi"],
          ["Il consiglio comunale ha approvato il piano da 14 milioni di euro per il restauro delle gradinate dell'anfiteatro."],
          note="City news: not relevant."),
        S("salute/2021/06/11/vaccini-open-day-maturandi", "Vaccini, da lunedì open day per i maturandi in tutto il Veneto", dt(2021, 6, 11, 10, 0, 0, 2), "Redazione", [],
          ["La Regione apre le prenotazioni per gli studenti che sosterranno l'esame di maturità."],
          note="Home health: not relevant. 'Redazione' is no person."),
        S("garda/2021/06/10/turista-tedesco-annegato-malcesine", "Lago di Garda, turista tedesco annegato a Malcesine", dt(2021, 6, 10, 20, 40, 0, 2), "Chiara Tommasi", ["Chiara Tommasi"],
          [f"Un turista tedesco di 61 anni è morto mentre nuotava davanti alla spiaggia di Malcesine.{vt}Inutili i soccorsi."],
          note="A foreign tourist's accident at home: local news, not relevant."),
    ]
    rows, items = [], []
    for s in specs:
        url = f"{base}/{s.slug}.html"
        rows.append(f"<item><title>{s.title}</title><link>{url}</link><description>{esc(html(s)).replace('&amp;#', '&#')}</description>"
                    f"<pubDate>{rfc822(s.when, 'it')}</pubDate><guid>{url}</guid><dc:creator>{esc(s.by)}</dc:creator></item>")
        s.junk += ["&#11;", "#11;", "#31;"]
        items.append(exp(s, url))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0"><channel><title>Corriere dell\'Adige - Homepage</title>'
            f"<link>{base}/</link><description>Le notizie di Verona, del Veneto e dal mondo</description><language>it-it</language>"
            f"<pubDate>{rfc822(dt(2021, 6, 11, 23, 22, 0, 2), 'it')}</pubDate>" + "".join(rows) + "</channel></rss>")
    text = text.replace("travolge la Turchia 3-0 nella notte dell&#31;'Olimpico", "travolge la Turchia 3-0 nella notte del&#31;l'Olimpico")
    return feed("it_corrieredelladige_home_xslt_c0_charrefs.rss.xml", text, items, lang="it", outlet="Corriere dell'Adige", topic="mixed",
                ctype="text/xml;charset=UTF-8", acceptable=("decoded", "refused"),
                structure="Verona regional daily's home-page feed from a Java CMS whose XSLT serializer writes every character it cannot put in XML 1.0 as a numeric reference: the whole document on one line, channel 'Brand - Homepage', it-it, channel and item pubDates formatted with the JVM's Italian locale ('ven, 11 giu 2021 23:20:00 +0200'), items title/link/description/pubDate/guid/dc:creator, escaped <p> descriptions, link guids, a Content-Type written without a space before charset, and decimal references to C0 control characters that XML 1.0 forbids even as references: '&#11;' (vertical tab, the word processor's manual line break) between sentences in four descriptions and '&#31;' (the layout system's discretionary hyphen) inside a word of a title, June 2021 (Euro 2020 opening in Rome)",
                notes="TRAP: not well-formed: '&#11;' and '&#31;' are character references to characters outside XML 1.0's Char production (a fatal error for a conforming parser, 'reference to invalid character number'). A lenient reader drops the control characters (a line break becomes a space) and shows all six items with clean titles; a one-line refusal is acceptable; literal '&#11;', a control character in the output, a lost item or a crash is a defect.")


FEEDS = [harbour, adige]
