# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two oddly encoded feeds of the thirty-ninth held-out set: a Bavarian weekly's full-text
RSS written on IBM i in EBCDIC (CCSID 273) and served as is, and a Gaborone daily whose
post-by-e-mail items keep quoted-printable residue. All outlets, people and quotes invented."""
import quopri

from h39 import cd, d, esc, feed, it, q, rfc822, utc0, wp_feed


def altmuehl():
    B = "http://www.altmuehl-anzeiger.example"
    rows, items = [], []

    def add(n, title, when, author, body, lab):
        url = f"{B}/cgi-bin/artikel.pgm?id={n}"
        au = f"<author>{esc(author)}</author>" if author else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{esc(url)}</link><description>{esc(body)}</description>{au}<pubDate>{rfc822(when)}</pubDate><guid isPermaLink=\"false\">AA{n}</guid></item>")
        items.append(lab(f"AA{n}"))

    la = '<p><b>Lesen Sie auch:</b> <a href="/cgi-bin/artikel.pgm?id=1">Landkreis: Neue Buslinie nach Ingolstadt</a></p>'
    w = d(2020, 6, 18, 17, 30, 0, 2)
    add(40211, "Grenzöffnung: Tschechien lässt Pendler wieder ohne Test einreisen", w, "Franziska Öttl",
        '<p>Tschechien lässt Berufspendler aus Bayern ab Montag wieder ohne Corona-Test einreisen.</p>' + la + '<p>"Für unsere Betriebe ist das eine große Erleichterung", sagte Günther Weiß, Sprecher der Handwerkskammer Niederbayern-Oberpfalz.</p>',
        lambda k: it(k, "Grenzöffnung: Tschechien lässt Pendler wieder ohne Test einreisen", w, ["Franziska Öttl"], quotes=[q("Günther Weiß", "Handwerkskammer Niederbayern-Oberpfalz")], junk=["Lesen Sie auch", "Neue Buslinie"], note="Neighbour's border policy: relevant."))
    w = d(2020, 6, 18, 9, 0, 0, 2)
    add(40198, "Eichstätt: Stadtrat beschließt Umbau des Marktplatzes", w, "Josef Kügler",
        '<p>Der Stadtrat hat den Umbau des Marktplatzes für 4,2 Millionen Euro beschlossen.</p>',
        lambda k: it(k, "Eichstätt: Stadtrat beschließt Umbau des Marktplatzes", w, ["Josef Kügler"], rel=False, note="Local news: not relevant."))
    w = d(2020, 6, 17, 16, 0, 0, 2)
    add(40185, "EU-Gipfel: Streit um den Wiederaufbaufonds", w, "dpa",
        '<p>Vor dem EU-Gipfel streiten die "sparsamen Vier" mit dem Süden über den Wiederaufbaufonds von 750 Milliarden &#8364;.</p><p class="anzeige">Anzeige</p>',
        lambda k: it(k, "EU-Gipfel: Streit um den Wiederaufbaufonds", w, [], junk=["Anzeige"], note="The € sign is a numeric reference (&#8364;), because CCSID 273 has no euro sign. 'dpa': []. Relevant."))
    w = d(2020, 6, 17, 8, 0, 0, 2)
    add(40172, "Bildergalerie: Fronleichnam in Eichstätt", w, "",
        '<p>Die Bilder der Prozession.</p>',
        lambda k: it(k, "Bildergalerie: Fronleichnam in Eichstätt", w, [], story=False, rel=False, note="Gallery: not a story. Title label 'Bildergalerie:' may be kept or dropped."))
    w = d(2020, 6, 16, 15, 0, 0, 2)
    add(40160, "US-Truppenabzug: Sorge in Grafenwöhr und Vilseck", w, "Franziska Öttl",
        '<h3>9500 Soldaten</h3><p>Der angekündigte Abzug von 9500 US-Soldaten aus Deutschland sorgt in der Oberpfalz für Unruhe.</p><p>"Jeder dritte Euro im Ort hängt an der Garnison", sagte Bürgermeisterin Renate Süß.</p>'
        '<p><i>Franziska Öttl ist Redakteurin im Ressort Politik.</i></p>',
        lambda k: it(k, "US-Truppenabzug: Sorge in Grafenwöhr und Vilseck", w, ["Franziska Öttl"], quotes=[q("Renate Süß", "Bürgermeisterin")], junk=["Redakteurin im Ressort Politik"], note="US troop withdrawal from Germany: relevant (alliance policy)."))
    w = d(2020, 6, 16, 7, 0, 0, 2)
    add(40151, "Leserumfrage: Wie zufrieden sind Sie mit dem ÖPNV?", w, "",
        '<p>Stimmen Sie ab!</p>',
        lambda k: it(k, "Leserumfrage: Wie zufrieden sind Sie mit dem ÖPNV?", w, [], story=False, rel=False, note="Reader poll: not a story."))
    text = ('<?xml version="1.0" encoding="IBM273"?>\n<rss version="2.0">\n<channel>\n<title>Altmühl-Anzeiger - Welt</title>\n'
            f"<link>{B}/</link>\n<description>Nachrichten aus aller Welt</description>\n<language>de-de</language>\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("de_altmuehlanzeiger_welt_ibmi_ebcdic273.rss.xml", text, items, lang="de", outlet="Altmühl-Anzeiger", encoding="cp273", declared="IBM273",
                ctype="text/xml", acceptable=("decoded", "refused"),
                structure="Eichstätt weekly's 'Welt' feed written by an RPG program on IBM i (CGIDEV2-style /cgi-bin/artikel.pgm) and served without conversion: the whole document is EBCDIC (CCSID 273, German), declared encoding=\"IBM273\", header 'text/xml' without charset; one line per item, '&amp;'-escaped query-string links, 'AA<id>' non-permalink guids, escaped full-text HTML descriptions with 'Lesen Sie auch:', 'Anzeige', h3, an italic bio line, straight quotes (no „“ in the code page), the euro as '&#8364;', RSS <author> with a person, 'dpa' or absent, +0200 dates, June 2020",
                notes="TRAP: EBCDIC. The first four bytes are 4C 6F A7 94 ('<?xm' in EBCDIC), which XML 1.0 Appendix F names as the EBCDIC signature; the declaration then says IBM273. Decoding with cp273 gives clean German (ä ö ü ß are single bytes 0xC0, 0x6A, 0xD0, 0xA1 in this code page). Any ASCII-family reading is garbage. A clear one-line refusal is acceptable; garbage or a crash is not.")


def kalahari():
    B = "https://www.kalaharicourier.example"

    def qp(html):
        """Body as Jetpack's Post by Email left it when the mail part was quoted-printable and was not decoded."""
        return quopri.encodestring(html.encode("utf-8")).decode("ascii").replace("\n", "\n")

    w = [d(2023, 3, 8, 18, 0, 0, 2), d(2023, 3, 8, 9, 0, 0, 2), d(2023, 3, 7, 17, 0, 0, 2), d(2023, 3, 7, 8, 0, 0, 2), d(2023, 3, 6, 15, 0, 0, 2), d(2023, 3, 6, 7, 0, 0, 2)]
    b1 = ('<p>Botswana and Namibia on Wednesday opened the Mohembo–Katima Mulilo trade corridor talks in Kasane, aiming to cut truck waiting times at the Ngoma border post.</p>'
          '<p><strong>READ ALSO:</strong> <a href="' + B + '/sadc-summit/">SADC ministers meet on fuel prices</a></p>'
          '<p>“Our drivers wait three days at Ngoma. That is three days of diesel and wages,” said Kelebogile Modise-Tau, who chairs the Botswana Hauliers’ Forum.</p>'
          '<p>Namibia’s deputy trade minister said a one-stop border post would open by 2025.</p>')
    b2 = ('<p>Zambia’s creditors agreed on Tuesday to restructure US$6.3 billion of bilateral debt, officials in Lusaka said.</p>'
          '<p>“It is a template, but a slow one,” said Tumelo Sebego, an economist at the University of Gaborone’s School of Business.</p>'
          '<figure><img src="' + B + '/img/lusaka.jpg"/><figcaption>Lusaka’s central business district. Photo: Chanda Mwape</figcaption></figure>')
    b3 = '<p>Parliament approved the P83 billion budget on Tuesday after a week of debate.</p>'
    S = [
        (30411, "botswana-namibia-trade-corridor-talks", "Botswana, Namibia open talks on Ngoma border delays", w[0], ["Onalenna Kgosietsile"], ["World", "Africa"], "Trade corridor talks open in Kasane.", qp(b1),
         lambda k: it(k, "Botswana, Namibia open talks on Ngoma border delays", w[0], ["Onalenna Kgosietsile"], quotes=[q("Kelebogile Modise-Tau", "Botswana Hauliers' Forum")],
                      junk=["=E2=80", "=3D", "READ ALSO", "SADC ministers meet"],
                      note="TRAP: the body was e-mailed in and stored with its quoted-printable transfer encoding undone only by the MIME layer that never ran: '=E2=80=9C' for “, '=E2=80=93' for the en dash, '=3D' in attributes, '=' soft line breaks at 76 characters (mid-word). The digest must show the decoded text. Bilateral trade talks: relevant.")),
        (30398, "zambia-debt-deal-creditors", "Zambia’s creditors agree US$6.3bn debt restructuring", w[1], ["Agence France-Presse"], ["World", "Africa"], "Lusaka reaches deal.", qp(b2),
         lambda k: it(k, "Zambia's creditors agree US$6.3bn debt restructuring", w[1], [], quotes=[q("Tumelo Sebego", "University of Gaborone's School of Business")],
                      junk=["=E2=80", "=3D", "Photo: Chanda Mwape"], note="Quoted-printable residue as above; agency credit: []. A neighbour's debt deal: relevant.")),
        (30385, "parliament-passes-budget", "Parliament passes P83 billion budget", w[2], ["Kagiso Ramotswa"], ["World", "Politics"], "Budget passed.", qp(b3),
         lambda k: it(k, "Parliament passes P83 billion budget", w[2], ["Kagiso Ramotswa"], rel=False, note="Home politics, body with a quoted-printable soft line break only: not relevant.")),
        (30372, "zimbabwe-election-date", "Zimbabwe sets August election date", w[3], ["Onalenna Kgosietsile"], ["World", "Africa"], "Election set for August.",
         '<p>Zimbabwe will hold general elections in August, the electoral commission said.</p><p>“Observers must be in place early,” said Neo Dintwe, a researcher at the Gaborone Governance Forum.</p>',
         lambda k: it(k, "Zimbabwe sets August election date", w[3], ["Onalenna Kgosietsile"], quotes=[q("Neo Dintwe", "Gaborone Governance Forum")], note="Posted through the web editor: no residue. Relevant.")),
        (30359, "photos-kuru-dance-festival", "PHOTOS: Kuru dance festival in D’Kar", w[4], ["Photo Desk"], ["World", "Photos"], "Pictures.", qp('<figure><img src="/img/kuru.jpg"/><figcaption>Dancers in D’Kar.</figcaption></figure>'),
         lambda k: it(k, "PHOTOS: Kuru dance festival in D’Kar", w[4], [], story=False, rel=False, note="Gallery: not a story. Title label 'PHOTOS:' may be kept or dropped.")),
        (30346, "subscribe-e-edition", "Subscribe to the Kalahari Courier e-edition", w[5], ["Kalahari Courier"], ["World", "Promo"], "Subscribe.", '<p>Read the paper on any device.</p>',
         lambda k: it(k, "Subscribe to the Kalahari Courier e-edition", w[5], [], story=False, rel=False, note="Subscription promo: not a story.")),
    ]
    f = wp_feed("en_bw_kalaharicourier_world_postbyemail_quotedprintable.rss.xml", "Kalahari Courier", "en", "en-US", B, "World &#8211; Kalahari Courier", "Botswana&#039;s independent voice", d(2023, 3, 8, 16, 5, 0, 0), S,
                structure="Gaborone daily's 'World' category on WordPress 6.1 where the correspondents file by e-mail (Jetpack Post by Email): the usual WordPress namespace block and item layout, but in four items content:encoded holds the body still QUOTED-PRINTABLE encoded ('=E2=80=99' for ’, '=E2=80=93' for –, '=3D' for '=' in attributes, '=' soft line breaks at 76 columns mid-word), while titles and descriptions are clean; +0000 pubDates (newsroom +0200), 'Pula' amounts ('P83 billion'), 'READ ALSO:' link, a figure credit, March 2023",
                aliases=["The Kalahari Courier"])
    f.notes = ("TRAP: quoted-printable residue inside otherwise well-formed UTF-8 XML (the text itself is the trap, as a post-by-e-mail gateway stores it). Decoding the quoted-printable runs into the real text (’ “ ” – and the attributes) is expected; "
               "'=E2=80=99'-style sequences, '=3D' or words split at soft line breaks ('Mulil= o') in the digest are defects. The feed is well-formed, so decoding (not refusal) is the outcome expected.")
    return f


FEEDS = [altmuehl, kalahari]
