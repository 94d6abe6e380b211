# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two oddly encoded feeds of the forty-seventh held-out set: a St George's (Grenada) daily on
Bludit whose social desk pastes Unicode 'bold text generator' copy (Mathematical Alphanumeric
Symbols, U+1D400 block), and a Parma daily's legacy PHP feed that runs htmlentities() over UTF-8
text as if it were ISO-8859-1 (every accented letter becomes two Latin-1 named entities).
All outlets, people and quotations are invented."""
import html.entities

from h47 import cd, d, esc, feed, it, ordered, q, rfc822

# ---------------------------------------------------------------- Mathematical sans-serif bold (the social-media 'bold text' look)
_BOLD = {**{chr(0x41 + i): chr(0x1D5D4 + i) for i in range(26)}, **{chr(0x61 + i): chr(0x1D5EE + i) for i in range(26)},
         **{chr(0x30 + i): chr(0x1D7EC + i) for i in range(10)}}
_ITAL = {**{chr(0x41 + i): chr(0x1D608 + i) for i in range(26)}, **{chr(0x61 + i): chr(0x1D622 + i) for i in range(26)}}


def bold(s):
    return "".join(_BOLD.get(c, c) for c in s)


def ital(s):
    return "".join(_ITAL.get(c, c) for c in s)


def spiceisle():
    base = "https://www.spiceislemail.example"
    rows, items = [], []

    def add(uid, slug, title, when, content, exp):
        link = f"{base}/{slug}"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{link}</link>\n<description>{esc(content)}</description>\n<pubDate>{rfc822(when)}</pubDate>\n<guid isPermaLink=\"false\">{uid}</guid>\n</item>")
        items.append(exp(uid))

    math_note = ("The social desk's copy uses Mathematical Alphanumeric Symbols (sans-serif bold U+1D5D4…, italic U+1D608…) for emphasis; a digest should show plain letters "
                 "(compatibility-normalised) in title, summary, authors and speakers.")
    w = d(2025, 8, 14, 17, 30, 0, -4)
    add("a3f9c1e0b7d24e6f8a1c5b2d9e0f7a34", "oecs-ministers-common-position-on-deportation-flights", f"{bold('BREAKING:')} OECS ministers agree common position on US deportation flights", w,
        f"<p>{bold('By Kerry-Ann Joseph')}</p>"
        "<p>Foreign ministers of the Organisation of Eastern Caribbean States agreed on Thursday that no member will accept deportees who are not its own nationals, after reports that Washington had approached several island governments.</p>"
        f"<p>\"Our answer is the same in every capital: we receive our citizens, {ital('only')} our citizens,\" said {bold('Dr Cheryl Antoine')}, Grenada's permanent secretary for foreign affairs.</p>"
        f"<p>{bold('👉 Follow us on Facebook and Instagram for more updates!')}</p>",
        lambda k: it(k, "OECS ministers agree common position on US deportation flights", w, ["Kerry-Ann Joseph"], quotes=[q("Cheryl Antoine", "foreign affairs")],
                     junk=["Follow us on Facebook", "By Kerry-Ann Joseph"],
                     note=math_note + " Bludit's RSS has no author: the reporter is the bold 'By Name' first paragraph. Regional diplomacy on a foreign government's deportations: relevant. Title label 'BREAKING:' may be kept or dropped"))
    w = d(2025, 8, 13, 12, 5, 0, -4)
    add("7c2e5a9f1b3d48c6a0e4f8b2d6c1a935", "fishermen-detained-near-los-testigos-released", "Grenadian fishermen detained near Los Testigos released by Venezuelan coast guard", w,
        f"<p>{bold('ST. GEORGE’S')} – Six Grenadian fishermen held for eleven days by Venezuela's coast guard near Los Testigos were released on Wednesday and are sailing home.</p>"
        f"<p>\"We thank the consul in Caracas, who did not sleep for a week,\" said {bold('Lennox Charles')}, president of the Grenada Fishermen's Cooperative.</p>",
        lambda k: it(k, "Grenadian fishermen detained near Los Testigos released by Venezuelan coast guard", w, [], quotes=[q("Lennox Charles", "Grenada Fishermen's Cooperative")],
                     note=math_note + " No byline: []. Detention by a foreign state's coast guard and consular action: relevant."))
    w = d(2025, 8, 12, 9, 0, 0, -4)
    add("e1b8d4c7a2f9406b9c3e7a5d1f8b2c60", "spicemas-2025-monday-night-mas-bands", f"{bold('SPICEMAS 2025')}: Monday Night Mas bands confirmed", w,
        "<p>Eighteen bands will take to the streets of St George's for Monday Night Mas, the Spicemas Corporation said.</p>",
        lambda k: it(k, "SPICEMAS 2025: Monday Night Mas bands confirmed", w, [], rel=False, note=math_note + " Home culture news: a story, not relevant."))
    w = d(2025, 8, 11, 19, 0, 0, -4)
    add("5d0a8e3b6c1f4792b8a4d7e2c9f0b613", "podcast-island-talk-episode-31", f"🎧 {bold('PODCAST')} | Island Talk episode 31: the cost of living", w,
        "<p>Listen now on all platforms.</p>",
        lambda k: it(k, "Island Talk episode 31: the cost of living", w, [], story=False, rel=False,
                     note=math_note + " A podcast: not a story. Title label '🎧 PODCAST |' may be kept or dropped"))
    w = d(2025, 8, 10, 16, 40, 0, -4)
    add("b9f2c6e1d4a7438e9b5c0a3f7d2e8c14", "gallery-carriacou-regatta", f"📸 {bold('GALLERY')}: Carriacou Regatta 2025", w,
        "<p>Our best shots from the weekend.</p>",
        lambda k: it(k, "Carriacou Regatta 2025", w, [], story=False, rel=False, note=math_note + " A gallery: not a story. Title label '📸 GALLERY:' may be kept or dropped"))
    w = d(2025, 8, 8, 11, 20, 0, -4)
    add("c4e7a1f8b2d5496c8e0b3f6a9d1c7e52", "free-movement-grenada-joins-full-regime", "Grenada to join CARICOM full free movement from January", w,
        f"<p>{bold('By Marcus Belmar')}</p><p>Grenada will allow nationals of participating CARICOM states to live and work without permits from January, the government announced.</p>"
        f"<p>\"This is the single market finally meaning what it says,\" said {bold('Andrea Phillip')}, an economist at the {ital('University of the West Indies')} Open Campus.</p>",
        lambda k: it(k, "Grenada to join CARICOM full free movement from January", w, ["Marcus Belmar"], quotes=[q("Andrea Phillip", "University of the West Indies")], junk=["By Marcus Belmar"],
                     note=math_note + " Regional integration treaty: relevant."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            f'<title>The Spice Isle Mail</title>\n<link>{base}/</link>\n<description>Grenada, Carriacou and Petite Martinique news</description>\n'
            f'<lastBuildDate>{rfc822(d(2025, 8, 14, 17, 31, 0, -4))}</lastBuildDate>\n<atom:link href="{base}/rss.xml" rel="self" type="application/rss+xml" />\n')
    text = head + "\n".join(rows) + "\n</channel>\n</rss>"
    return feed("en_gd_spiceislemail_world_math_alphanumerics_bludit_2025.rss.xml", text, items, lang="en", outlet="The Spice Isle Mail", aliases=["Spice Isle Mail"],
                structure="St George's (Grenada) daily on Bludit 3 with its RSS plugin (August 2025): a space before '?>', no indentation, channel brand only, no language, atom self link, items title/link/description/pubDate/guid (32-hex page UUIDs), the whole escaped HTML page content as description, no author element (bold 'By Name' paragraphs), -0400 dates; the social desk's 'bold text generator' copy: MATHEMATICAL SANS-SERIF BOLD and ITALIC letters and digits (U+1D5D4-U+1D7F5, astral-plane 4-byte UTF-8) in title labels ('BREAKING:', 'SPICEMAS 2025', 'PODCAST', 'GALLERY'), in bylines, speakers' names, a dateline and an italic word, plus emoji labels",
                notes="Oddly encoded kind no earlier README lists: valid, well-formed UTF-8, but words written in Mathematical Alphanumeric Symbols, including names of people. Decoding is expected; a digest should show the letters as plain text (NFKC maps them to ASCII) and must not carry U+1D4xx-U+1D7xx characters. Home country Grenada.")


# ---------------------------------------------------------------- Parma daily's legacy PHP feed: htmlentities() over UTF-8 as ISO-8859-1
def hent(s):
    """What PHP < 5.4's htmlentities($s) does to UTF-8 text (default charset ISO-8859-1): each byte >= 0xA0
    becomes its Latin-1 named entity ('è' -> '&Atilde;&uml;'), & < > " are escaped."""
    out = []
    for b in s.encode("utf-8"):
        if b < 0x80:
            out.append({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}.get(chr(b), chr(b)))
        elif b >= 0xA0:
            out.append(f"&{html.entities.codepoint2name[b]};")
        else:
            raise ValueError(f"C1 byte {b:#x} in {s!r}")
    return "".join(out)


def pilotta():
    base = "http://www.vocedellapilotta.example"
    rows, items = [], []

    def add(nid, title, when, author, paras, exp):
        link = f"{base}/notizia.php?id={nid}&amp;sez=esteri"
        a = f"\n<dc:creator>{cd(hent(author))}</dc:creator>" if author else ""
        body = "".join(f"<p>{hent(p)}</p>" for p in paras)
        rows.append(f"<item>\n<title>{cd(hent(title))}</title>\n<link>{link}</link>\n<guid isPermaLink=\"true\">{link}</guid>{a}\n<category>Esteri</category>\n"
                    f"<pubDate>{rfc822(when)}</pubDate>\n<description>{cd(body)}</description>\n</item>")
        items.append(exp(f"{base}/notizia.php?id={nid}&sez=esteri"))

    hn = ("Legacy PHP: htmlentities() without a charset argument ran over UTF-8 text, so every accented letter and guillemet is two Latin-1 named entities "
          "('è' as '&Atilde;&uml;', 'à' as '&Atilde;&nbsp;', '«' as '&Acirc;&laquo;') inside CDATA, in titles, bylines and descriptions. The expected text is the intended Italian.")
    w = d(2025, 2, 24, 18, 15, 0, 1)
    add(48812, "Ucraina, tre anni dopo: perché l'Ue vara il sedicesimo pacchetto di sanzioni", w, "Niccolò Ferrari",
        ["A tre anni dall'invasione russa, l'Unione europea ha approvato il sedicesimo pacchetto di sanzioni contro Mosca, che colpisce anche la flotta ombra di petroliere.",
         "«Si tratta di un pacchetto più tecnico che politico, ma tocca il cuore delle entrate russe», ha detto Lorenza Tagliavini, docente di diritto dell'Unione europea all'Università di Parma."],
        lambda k: it(k, "Ucraina, tre anni dopo: perché l'Ue vara il sedicesimo pacchetto di sanzioni", w, ["Niccolò Ferrari"], quotes=[q("Lorenza Tagliavini", "Università di Parma")],
                     note=hn + " EU sanctions on the anniversary of the invasion (real setting): relevant."))
    w = d(2025, 2, 23, 22, 40, 0, 1)
    add(48805, "Germania al voto: cosa cambierà per l'Italia e per l'export emiliano", w, "Chiara Bocchi",
        ["Gli elettori tedeschi hanno votato per il rinnovo del Bundestag. Per le imprese emiliane la Germania resta il primo mercato di sbocco.",
         "«Più della coalizione, conterà quanto in fretta si formerà», ha spiegato Paolo Maestri, economista dell'Unione parmense degli industriali."],
        lambda k: it(k, "Germania al voto: cosa cambierà per l'Italia e per l'export emiliano", w, ["Chiara Bocchi"], quotes=[q("Paolo Maestri", "Unione parmense degli industriali")],
                     note=hn + " A neighbour's federal election and its effect on Italy: relevant."))
    w = d(2025, 2, 22, 12, 0, 0, 1)
    add(48797, "Tangenziale nord, lavori al via: ecco le deviazioni e i percorsi più veloci", w, "Chiara Bocchi",
        ["Da lunedì partono i lavori sulla tangenziale nord: chiusa l'uscita di via Paradigna fino a maggio."],
        lambda k: it(k, "Tangenziale nord, lavori al via: ecco le deviazioni e i percorsi più veloci", w, ["Chiara Bocchi"], rel=False, note=hn + " Cronaca locale: non rilevante."))
    w = d(2025, 2, 21, 17, 30, 0, 1)
    add(48790, "Fotogalleria: il Carnevale dei bambini, la città in maschera", w, None,
        ["Le foto più belle della sfilata di sabato."],
        lambda k: it(k, "Il Carnevale dei bambini, la città in maschera", w, [], story=False, rel=False,
                     note=hn + " Fotogalleria: non è una notizia. Title label 'Fotogalleria:' may be kept or dropped"))
    w = d(2025, 2, 20, 9, 10, 0, 1)
    add(48781, "Gaza, la tregua regge: sabato un nuovo scambio. L'Onu: «Aiuti in aumento»", w, "Redazione",
        ["La tregua tra Israele e Hamas regge nonostante le accuse reciproche: sabato previsto un nuovo scambio di ostaggi e prigionieri.",
         "Secondo l'Onu i camion di aiuti entrati nella Striscia sono più di seicento al giorno."],
        lambda k: it(k, "Gaza, la tregua regge: sabato un nuovo scambio. L'Onu: «Aiuti in aumento»", w, [], note=hn + " 'Redazione' non è una persona. Relevant."))
    w = d(2025, 2, 19, 7, 0, 0, 1)
    add(48774, "Meteo, nebbia fitta in pianura fino a giovedì", w, "Redazione",
        ["Visibilità sotto i cento metri in tutta la bassa parmense. Più sole da venerdì."],
        lambda k: it(k, "Meteo, nebbia fitta in pianura fino a giovedì", w, [], story=False, rel=False, note=hn + " Previsioni meteo: non è una notizia."))
    rows, items = ordered(rows, items)
    chdesc = cd(hent("Il quotidiano di Parma: notizie dall'Italia e dal mondo, città e provincia"))
    head = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
            f'<title>La Voce della Pilotta - Esteri</title>\n<link>{base}/</link>\n<description>{chdesc}</description>\n<language>it</language>\n'
            '<generator>rss.php 2.1</generator>\n')
    text = head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("it_vocedellapilotta_esteri_php_htmlentities_latin1_2025.rss.xml", text, items, lang="it", outlet="La Voce della Pilotta", aliases=["Voce della Pilotta"],
                encoding="latin-1", declared="ISO-8859-1", ctype="text/xml; charset=ISO-8859-1",
                structure="Parma daily's 'Esteri' feed from a legacy PHP rss.php (February 2025): declared and served as ISO-8859-1 but the bytes are pure ASCII, because every non-ASCII character went through PHP's htmlentities() as if the UTF-8 text were Latin-1: 'ò' is '&Atilde;&sup2;', 'è' '&Atilde;&uml;', 'à' '&Atilde;&nbsp;', 'ù' '&Atilde;&sup1;', 'ì' '&Atilde;&not;', '«' '&Acirc;&laquo;', '»' '&Acirc;&raquo;', 'È' avoided by the subs; these sit inside CDATA titles, dc:creator and HTML descriptions, so an XML parser hands them on literally and an HTML unescape yields classic mojibake ('NiccolÃ²'); 'notizia.php?id=<n>&amp;sez=esteri' permalink guids, one category, +0100 dates, a gallery and a weather item",
                notes="Oddly encoded kind no earlier README lists: mojibake carried as HTML named entities (htmlentities over UTF-8 with the Latin-1 default). Decoding is expected; titles, summaries and bylines should read as proper Italian ('Niccolò', 'è', «…»); 'Ã' followed by another Latin-1 symbol in the output is a defect.")


FEEDS = [spiceisle, pilotta]
