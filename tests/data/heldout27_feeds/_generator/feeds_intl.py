# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian and Portuguese feeds of the twenty-seventh held-out set: a Hamburg regional
public broadcaster, a Berlin-Brandenburg public broadcaster's Atom feed, a Bern-based
international service of a Swiss public broadcaster, a Milan commercial TV news portal, a Rome
news agency's Atom feed, a Rio de Janeiro TV network's news portal and a Lisbon Catholic radio.
All outlets, people and quotations are invented."""
from datetime import UTC

from h27 import cd, d, esc, feed, isoz, it, q, rfc822


# ---------------------------------------------------------------- NDR-style (Hamburg) regional public broadcaster's 'Nachrichten' RSS
def nordwelle():
    rows, items = [], []
    base = "https://www.nordwelle.example"

    def add(path, title, when, desc, exp, enc=None):
        url = f"{base}/{path}.html"
        e = f"\n<enclosure url=\"https://mediandr.nordwelle.example/download/podcast/{enc}.mp3\" length=\"38112445\" type=\"audio/mpeg\" />" if enc else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>{e}\n<guid>{url}</guid>\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(url))

    o = 2
    w = d(2020, 5, 19, 18, 6, 0, o)
    add("nachrichten/welt/Merkel-und-Macron-schlagen-Wiederaufbaufonds-vor,eufonds100", "Merkel und Macron schlagen 500-Milliarden-Fonds vor", w,
        "Deutschland und Frankreich wollen der EU erlauben, für den Wiederaufbau nach der Corona-Krise Schulden aufzunehmen. Kritik kommt aus Wien und Den Haag. Die Hintergründe. <a href=\"https://www.nordwelle.example/nachrichten/welt/Merkel-und-Macron-schlagen-Wiederaufbaufonds-vor,eufonds100.html\">mehr</a>",
        lambda k: it(k, "Merkel und Macron schlagen 500-Milliarden-Fonds vor", w, [], junk=["mehr"],
                     note="Escaped teaser ending with an '<a>mehr</a>' link; no author element. EU affairs: relevant."))
    w = d(2020, 5, 19, 16, 40, 0, o)
    add("nachrichten/welt/WHO-Versammlung-beschliesst-Untersuchung,who372", "WHO-Versammlung: Unabhängige Untersuchung der Pandemie beschlossen", w,
        "Die Mitgliedsstaaten der Weltgesundheitsorganisation haben eine Prüfung der internationalen Reaktion auf das Coronavirus vereinbart. „Wir brauchen Transparenz, nicht Schuldzuweisungen“, sagte die Hamburger Gesundheitsökonomin Wiebke Carstensen. <a href=\"https://www.nordwelle.example/nachrichten/welt/WHO-Versammlung-beschliesst-Untersuchung,who372.html\">mehr</a>",
        lambda k: it(k, "WHO-Versammlung: Unabhängige Untersuchung der Pandemie beschlossen", w, [], junk=["mehr"], quotes=[q("Wiebke Carstensen")]))
    w = d(2020, 5, 19, 14, 15, 0, o)
    add("nachrichten/hamburg/Hamburg-Gastronomie-oeffnet-wieder,gastro112", "Hamburg: Restaurants dürfen wieder Gäste empfangen", w,
        "Seit Mittwoch dürfen in Hamburg Restaurants und Cafés unter Auflagen wieder öffnen. Gäste müssen ihre Kontaktdaten hinterlassen. <a href=\"https://www.nordwelle.example/nachrichten/hamburg/Hamburg-Gastronomie-oeffnet-wieder,gastro112.html\">mehr</a>",
        lambda k: it(k, "Hamburg: Restaurants dürfen wieder Gäste empfangen", w, [], rel=False, junk=["mehr"], note="Regional news."))
    w = d(2020, 5, 19, 12, 0, 0, o)
    add("nachrichten/info/podcast4684", "Corona-Kompass: (41) Was wir über Kinder und das Virus wissen", w,
        "Folge 41 unseres Podcasts mit dem Virologen. <a href=\"https://www.nordwelle.example/nachrichten/info/podcast4684.html\">mehr</a>",
        lambda k: it(k, "Corona-Kompass: (41) Was wir über Kinder und das Virus wissen", w, [], story=False, rel=False,
                     note="Podcast episode page (mp3 enclosure, one-line teaser), not a story."), enc="coronakompass/podcast4684-41")
    w = d(2020, 5, 19, 10, 30, 0, o)
    add("nachrichten/welt/Hongkong-Parlament-Tumult,hongkong410", "Tumult im Hongkonger Parlament: Abgeordnete aus dem Saal getragen", w,
        "Bei einer Sitzung des Hongkonger Legislativrats ist es zu Handgreiflichkeiten gekommen. Prodemokratische Abgeordnete wurden von Sicherheitskräften hinausgetragen. <a href=\"https://www.nordwelle.example/nachrichten/welt/Hongkong-Parlament-Tumult,hongkong410.html\">mehr</a>",
        lambda k: it(k, "Tumult im Hongkonger Parlament: Abgeordnete aus dem Saal getragen", w, [], junk=["mehr"]))
    w = d(2020, 5, 19, 8, 45, 0, o)
    add("sport/fussball/HSV-Trainingsstart-Mannschaftstraining,hsv2218", "HSV: Vollständiges Mannschaftstraining vor Neustart", w,
        "Der Hamburger SV bereitet sich auf den Wiederbeginn der Zweiten Liga vor. <a href=\"https://www.nordwelle.example/sport/fussball/HSV-Trainingsstart-Mannschaftstraining,hsv2218.html\">mehr</a>",
        lambda k: it(k, "HSV: Vollständiges Mannschaftstraining vor Neustart", w, [], rel=False, junk=["mehr"], note="Sport."))
    channel = (f"<title>Nordwelle.example - Nachrichten</title>\n<link>{base}/nachrichten/index.html</link>\n<description>Nachrichten aus Norddeutschland und der Welt</description>\n<language>de</language>\n"
               f"<copyright>Norddeutsche Welle</copyright>\n<lastBuildDate>{rfc822(d(2020, 5, 19, 18, 10, 0, o))}</lastBuildDate>\n<ttl>5</ttl>")
    text = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("de_nordwelle_nachrichten.rss.xml", text, items, lang="de", outlet="Nordwelle", aliases=["Norddeutsche Welle", "Nordwelle.example"],
                structure="NDR-style (Hamburg) regional public broadcaster's 'Nachrichten' RSS from a custom CMS: standalone=\"yes\" declaration, no namespaces or indentation, channel titled with the DOMAIN ('Brand.example - Nachrichten'), '/<section>/<Title-Case-Slug>,<word+digits>.html' links repeated as guid, escaped teasers ending in an '<a>mehr</a>' link, guid BEFORE pubDate, no author element, a podcast episode with an mp3 enclosure, „…“ quotes, regional city news and sport mixed into the world items, +0200 dates in May 2020")


# ---------------------------------------------------------------- rbb24-style (Berlin) public broadcaster's Atom feed
def spreefunk():
    entries, items = [], []
    base = "https://www.spreefunk24.example"

    def add(path, title, when, upd, authors, summary, html, exp, video=None):
        url = f"{base}/{path}.html"
        au = "".join(f"<author><name>{esc(a)}</name></author>" for a in authors)
        vid = (f"<link rel=\"enclosure\" type=\"video/mp4\" href=\"https://media.spreefunk24.example/video/{video}_hd.mp4\" length=\"0\"/>") if video else ""
        ct = f"<content type=\"html\">{esc(html)}</content>" if html else ""
        entries.append(f"<entry><title type=\"html\">{esc(esc(title))}</title><link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>{vid}<id>{url}</id>"
                       f"<updated>{isoz(upd, False)}</updated><published>{isoz(when, False)}</published>{au}<summary type=\"html\">{esc(summary)}</summary>{ct}</entry>")
        items.append(exp(url))

    o = 2
    w, u = d(2021, 9, 27, 14, 2, 0, o), d(2021, 9, 27, 16, 20, 0, o)
    add("politik/wahl/bundestagswahl/2021/09/reaktionen-ausland-wahlergebnis-scholz", "Wie das Ausland auf die Bundestagswahl blickt", w, u, ["Mareike Voss"],
        "In Paris, Warschau und Washington wird das knappe Ergebnis genau verfolgt. Viele fragen sich, wie lange die Regierungsbildung dauert.",
        "<p>In Paris, Warschau und Washington wird das knappe Ergebnis genau verfolgt.</p><p>„Europa wartet auf eine handlungsfähige Regierung in Berlin“, sagte der Politikwissenschaftler Tadeusz Wierzbicki-Lorenz von der Universität Poznań.</p><p>Sendung: Spreefunk24 Nachrichtenradio, 27.09.2021, 14:00 Uhr</p>",
        lambda k: it(k, "Wie das Ausland auf die Bundestagswahl blickt", w, ["Mareike Voss"], junk=["Sendung: Spreefunk24 Nachrichtenradio"],
                     quotes=[q("Tadeusz Wierzbicki-Lorenz", "Universität Poznań")], note="'Sendung: …' broadcast line at the end of the content. Foreign reactions to the German election: relevant."))
    w, u = d(2021, 9, 27, 11, 30, 0, o), d(2021, 9, 27, 11, 30, 0, o)
    add("politik/wahl/berlin/2021/09/volksentscheid-enteignung-ergebnis", "Volksentscheid „Deutsche Wohnen & Co enteignen“ erhält Mehrheit", w, u, ["Spreefunk24"],
        "Eine Mehrheit der Berliner hat für die Vergesellschaftung großer Wohnungskonzerne gestimmt. Der Senat muss nun handeln.",
        "<p>Eine Mehrheit der Berliner hat für die Vergesellschaftung großer Wohnungskonzerne gestimmt.</p>",
        lambda k: it(k, "Volksentscheid „Deutsche Wohnen & Co enteignen“ erhält Mehrheit", w, [], rel=False,
                     note="Title double-escaped in the feed ('&amp;amp;'): the clean title has a plain '&'. Brand as author: []. Regional politics."))
    w, u = d(2021, 9, 27, 9, 10, 0, o), d(2021, 9, 27, 9, 10, 0, o)
    add("panorama/beitrag/video/2021/09/wahlabend-berlin-pannen-wahllokale", "Video: Lange Schlangen und fehlende Stimmzettel", w, u, [],
        "Pannen in Berliner Wahllokalen", None,
        lambda k: it(k, "Video: Lange Schlangen und fehlende Stimmzettel", w, [], story=False, rel=False,
                     note="Video entry (enclosure link, summary without final stop), not a story. Title label 'Video:' may be kept or dropped."), video="wahlpannen_210927")
    w, u = d(2021, 9, 26, 20, 45, 0, o), d(2021, 9, 26, 22, 0, 0, o)
    add("politik/ausland/2021/09/polen-grenze-belarus-ausnahmezustand-migranten", "Polen verlängert Ausnahmezustand an Grenze zu Belarus", w, u, ["Jakob Reinholz", "Anna Lubecka"],
        "Die Regierung in Warschau will Journalisten und Helfern weiter den Zugang zum Grenzgebiet verwehren.",
        "<p>Die Regierung in Warschau will Journalisten und Helfern weiter den Zugang zum Grenzgebiet verwehren. Auch Brandenburg beobachtet die Lage an der Oder.</p><p>Sendung: Spreefunk24 Stadtschau, 26.09.2021, 19:30 Uhr</p>",
        lambda k: it(k, "Polen verlängert Ausnahmezustand an Grenze zu Belarus", w, ["Jakob Reinholz", "Anna Lubecka"], junk=["Sendung: Spreefunk24 Stadtschau"],
                     note="Two Atom author elements."))
    w, u = d(2021, 9, 26, 17, 0, 0, o), d(2021, 9, 26, 17, 0, 0, o)
    add("sport/beitrag/2021/09/berlin-marathon-ergebnis-sieger", "Äthiopier gewinnt Berlin-Marathon", w, u, ["dpa"],
        "Bei warmem Wetter blieb ein Weltrekord aus.",
        "<p>Bei warmem Wetter blieb ein Weltrekord aus. Rund 25.000 Läufer waren am Start.</p>",
        lambda k: it(k, "Äthiopier gewinnt Berlin-Marathon", w, ["dpa"], rel=False, note="Agency as the only credit. [] is also correct. Sport."))
    w, u = d(2021, 9, 26, 13, 30, 0, o), d(2021, 9, 26, 13, 30, 0, o)
    add("panorama/beitrag/2021/09/brandenburg-tesla-gruenheide-wasser", "Wasserverband warnt vor Engpässen durch Tesla-Fabrik", w, u, ["Spreefunk24 Studio Frankfurt (Oder)", "dpa"],
        "Der Verband fordert vom Land eine Begrenzung der Fördermengen.",
        "<p>Der Verband fordert vom Land eine Begrenzung der Fördermengen.</p>",
        lambda k: it(k, "Wasserverband warnt vor Engpässen durch Tesla-Fabrik", w, [], rel=False,
                     note="Regional studio and agency as authors: []. ['dpa'] is also correct"))
    head = ("<title>Spreefunk24 - Nachrichten</title><subtitle>Aktuelle Nachrichten aus Berlin, Brandenburg und der Welt</subtitle>"
            f"<link rel=\"alternate\" type=\"text/html\" href=\"{base}/\"/><link rel=\"self\" type=\"application/atom+xml\" href=\"{base}/aktuell/index.xml/feed=atom.xml\"/>"
            f"<id>{base}/</id><updated>{isoz(d(2021, 9, 27, 16, 20, 0, o), False)}</updated><rights>Rundfunk Spree-Havel</rights>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">' + head + "".join(entries) + "</feed>\n"
    return feed("de_spreefunk24_nachrichten.atom", text, items, lang="de", outlet="Spreefunk24", aliases=["Rundfunk Spree-Havel", "Spreefunk 24"], shape="atom",
                ctype="application/atom+xml; charset=utf-8",
                structure="rbb24-style (Berlin/Potsdam) public broadcaster's news Atom feed from a Java CMS: root and entries on ONE line after the declaration, xml:lang=\"de\", entry URLs as ids, title type=\"html\" DOUBLE-escaped ('&amp;amp;'), updated before published with '+02:00' offsets, <author><name> holding a person, two persons, the brand, 'dpa' or a regional studio plus 'dpa', HTML summaries and content, a 'Sendung: <programme>, DD.MM.YYYY, HH:MM Uhr' broadcast line at the end of the content, a video entry with a rel=\"enclosure\" link, <rights> naming the broadcaster, September 2021 (Bundestag election)")


# ---------------------------------------------------------------- swissinfo (SWI)-style (Bern) international service of a Swiss public broadcaster, German edition
def alpenblick():
    rows, items = [], []
    base = "https://www.alpenblick.example"

    def add(aid, slug, title, when, creator, desc, body, exp):
        url = f"{base}/ger/{slug}/{aid}"
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"false\">{aid}</guid>\n      <pubDate>{rfc822(when)}</pubDate>\n"
                    f"      <dc:creator>{esc(creator)}</dc:creator>\n      <description>{esc(desc)}</description>\n      <content:encoded>{cd(body)}</content:encoded>\n    </item>")
        items.append(exp(aid))

    o = 1
    w = d(2021, 2, 1, 17, 50, 0, o)
    add("46332871", "militaer-in-myanmar-uebernimmt-macht-un-sicherheitsrat", "Militär in Myanmar übernimmt Macht – UNO-Sicherheitsrat berät", w, "Keystone-SDA",
        "(Keystone-SDA) Nach dem Militärputsch in Myanmar wird sich der UNO-Sicherheitsrat am Dienstag mit der Lage befassen.",
        "<p>(Keystone-SDA) Nach dem Militärputsch in Myanmar wird sich der UNO-Sicherheitsrat am Dienstag mit der Lage befassen. Das Treffen finde hinter verschlossenen Türen statt, teilten Diplomaten in New York mit.</p>"
        "<p>Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) zeigte sich besorgt. „Die Schweiz ruft zur sofortigen Freilassung aller Festgenommenen auf“, sagte EDA-Sprecherin Corinne Anliker.</p>"
        "<p><em>Dieser Inhalt wurde am 01. Februar 2021 - 17:50 publiziert</em></p>",
        lambda k: it(k, "Militär in Myanmar übernimmt Macht – UNO-Sicherheitsrat berät", w, ["Keystone-SDA"], junk=["(Keystone-SDA)", "Dieser Inhalt wurde am"],
                     quotes=[q("Corinne Anliker", "EDA")], note="Agency as the only credit. [] is also correct. Numeric non-permalink guid; agency tag '(Keystone-SDA)' opening the text; 'Dieser Inhalt wurde … publiziert' line."))
    w = d(2021, 2, 1, 15, 20, 0, o)
    add("46332510", "russland-oppositionsfuehrer-proteste-festnahmen-eu-reaktion", "EU-Aussenbeauftragter reist trotz Festnahmen nach Moskau", w, "Keystone-SDA/dpa/AFP",
        "(dpa/AFP) Trotz der Massenfestnahmen bei Protesten in Russland hält die EU an der geplanten Reise ihres Chefdiplomaten fest.",
        "<p>(dpa/AFP) Trotz der Massenfestnahmen bei Protesten in Russland hält die EU an der geplanten Reise ihres Chefdiplomaten fest. Am Sonntag waren landesweit mehr als 5000 Menschen festgenommen worden.</p>"
        "<p><em>Dieser Inhalt wurde am 01. Februar 2021 - 15:20 publiziert</em></p>",
        lambda k: it(k, "EU-Aussenbeauftragter reist trotz Festnahmen nach Moskau", w, ["Keystone-SDA", "dpa", "AFP"], junk=["(dpa/AFP)", "Dieser Inhalt wurde am"],
                     note="Three agencies joined with slashes in dc:creator. [] is also correct. Swiss spelling 'Aussen' (no ß)."))
    w = d(2021, 2, 1, 12, 5, 0, o)
    add("46331988", "schweizer-banken-kurzarbeit-gewinn", "Schweizer Kantonalbanken trotz Pandemie mit stabilem Gewinn", w, "Keystone-SDA",
        "(Keystone-SDA) Die Kantonalbanken haben im Corona-Jahr 2020 gut gewirtschaftet.",
        "<p>(Keystone-SDA) Die Kantonalbanken haben im Corona-Jahr 2020 gut gewirtschaftet. Der Gesamtgewinn stieg leicht auf 2,9 Milliarden Franken.</p>",
        lambda k: it(k, "Schweizer Kantonalbanken trotz Pandemie mit stabilem Gewinn", w, ["Keystone-SDA"], rel=False, junk=["(Keystone-SDA)"],
                     note="Agency as the only credit. [] is also correct. Business."))
    w = d(2021, 2, 1, 10, 0, 0, o)
    add("46331702", "auslandschweizer-stimmrecht-e-voting-analyse", "Analyse: Warum die Auslandschweizer beim E-Voting warten müssen", w, "Lukas Bärtschi",
        "Zehntausende Schweizerinnen und Schweizer im Ausland erhalten ihre Abstimmungsunterlagen zu spät. Eine Lösung ist nicht in Sicht",
        "<p>Zehntausende Schweizerinnen und Schweizer im Ausland erhalten ihre Abstimmungsunterlagen zu spät.</p>"
        "<figure><img src=\"https://www.alpenblick.example/image/46331705.jpg\" alt=\"\"/><figcaption>Briefwahl in Bern. Keystone / Urs Flückiger-Roth</figcaption></figure>"
        "<p>„Für viele kommt das Couvert erst nach dem Abstimmungssonntag an“, sagt Ruth Imhof-Sandoz vom Verband der Schweizer im Ausland.</p>",
        lambda k: it(k, "Analyse: Warum die Auslandschweizer beim E-Voting warten müssen", w, ["Lukas Bärtschi"], rel=False, junk=["Keystone / Urs Flückiger-Roth"],
                     quotes=[q("Ruth Imhof-Sandoz", "Verband der Schweizer im Ausland")],
                     note="Title label 'Analyse:' may be kept or dropped. Swiss domestic voting for citizens abroad: not relevant (borderline)."))
    w = d(2021, 2, 1, 8, 30, 0, o)
    add("46331560", "ski-wm-cortina-schweizer-team", "Ski-WM: Swiss-Ski mit 24 Athletinnen und Athleten nach Cortina", w, "Keystone-SDA",
        "(Keystone-SDA) Swiss-Ski hat das Aufgebot für die WM bekanntgegeben.",
        "<p>(Keystone-SDA) Swiss-Ski hat das Aufgebot für die WM bekanntgegeben.</p>",
        lambda k: it(k, "Ski-WM: Swiss-Ski mit 24 Athletinnen und Athleten nach Cortina", w, ["Keystone-SDA"], rel=False, junk=["(Keystone-SDA)"],
                     note="Agency as the only credit. [] is also correct. Sport."))
    w = d(2021, 2, 1, 7, 0, 0, o)
    add("46331499", "newsletter-alpenblick-anmeldung", "Abonnieren Sie unseren Newsletter für Auslandschweizer", w, "Alpenblick",
        "Die wichtigsten Geschichten der Woche in Ihrer Mailbox.",
        "<p>Die wichtigsten Geschichten der Woche in Ihrer Mailbox. <a href=\"https://www.alpenblick.example/ger/newsletter\">Jetzt anmelden</a></p>",
        lambda k: it(k, "Abonnieren Sie unseren Newsletter für Auslandschweizer", w, [], story=False, rel=False, note="Newsletter promo, not a story."))
    channel = (f"    <title>Alpenblick - Nachrichten</title>\n    <link>{base}/ger</link>\n    <description>Alpenblick: die Schweiz und die Welt, der internationale Dienst der Schweizerischen Rundfunkanstalt</description>\n"
               f"    <language>de-CH</language>\n    <copyright>SRA Schweizerische Rundfunkanstalt</copyright>\n    <lastBuildDate>{rfc822(d(2021, 2, 1, 17, 55, 0, o))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">\n  <channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("de_ch_alpenblick_nachrichten.rss.xml", text, items, lang="de", outlet="Alpenblick", aliases=["Alpenblick.example"],
                structure="swissinfo.ch (SWI)-style (Bern) international service of a Swiss public broadcaster, German edition: namespaces before version, two-space nesting, language de-CH, '/ger/<slug>/<8 digits>' links with the bare 8-digit number as NON-permalink guid, dc:creator BEFORE the description holding 'Keystone-SDA', 'Keystone-SDA/dpa/AFP' (three agencies with slashes) or a person, agency tags '(Keystone-SDA)' / '(dpa/AFP)' opening the text, CDATA content:encoded ending with an italic 'Dieser Inhalt wurde am DD. Monat YYYY - HH:MM publiziert' line, a figure caption 'Keystone / Name', Swiss spelling without ß, an 'Analyse:' label, a newsletter promo, +0100 dates in February 2021")


# ---------------------------------------------------------------- TGCom24-style (Milan) commercial TV news portal's 'Mondo' RSS
def tg24ore():
    rows, items = [], []
    base = "https://www.telegiornale24ore.example"

    def add(aid, sec, slug, title, when, desc, img, exp):
        url = f"{base}/{sec}/{slug}_{aid}-202002a.shtml"
        im = f"&lt;img src=\"https://img.telegiornale24ore.example/{img}.jpg\" width=\"120\" align=\"left\"/&gt;" if img else ""
        rows.append(f"\t<item>\n\t\t<title>{cd(title)}</title>\n\t\t<description>{im}{esc(desc)}</description>\n\t\t<link>{url}</link>\n\t\t<guid>{url}</guid>\n\t\t<pubDate>{rfc822(when)}</pubDate>\n\t</item>")
        items.append(exp(url))

    o = 1
    w = d(2020, 11, 7, 18, 12, 0, o)
    add(26113342, "mondo", "usa-2020-biden-vince-pennsylvania", "Usa 2020, i media: Biden conquista la Pennsylvania e vince le elezioni", w,
        "Con i 20 grandi elettori dello Stato il candidato democratico supera quota 270. Festa a Filadelfia e davanti alla Casa Bianca", "biden-wilmington",
        lambda k: it(k, "Usa 2020, i media: Biden conquista la Pennsylvania e vince le elezioni", w, [],
                     note="Escaped <img align=left> glued to the text; description without final stop; no author element."))
    w = d(2020, 11, 7, 16, 40, 0, o)
    add(26113198, "mondo", "usa-2020-festa-new-york-video", "Usa 2020, festa nelle strade di New York | VIDEO", w,
        "Clacson e balli a Times Square", "nyc-festa",
        lambda k: it(k, "Usa 2020, festa nelle strade di New York | VIDEO", w, [], story=False, rel=False,
                     note="Video clip with a one-line caption, not a story. Title label '| VIDEO' may be kept or dropped."))
    w = d(2020, 11, 7, 13, 5, 0, o)
    add(26112870, "mondo", "etiopia-tigray-scontri-onu-allarme", "Etiopia, scontri nel Tigray: l'Onu teme una crisi umanitaria", w,
        "Le Nazioni Unite chiedono l'apertura di corridoi per gli aiuti. \"La situazione peggiora di ora in ora\", ha detto Ilaria Mancuso, portavoce dell'Unhcr a Ginevra", None,
        lambda k: it(k, "Etiopia, scontri nel Tigray: l'Onu teme una crisi umanitaria", w, [], quotes=[q("Ilaria Mancuso", "Unhcr")]))
    w = d(2020, 11, 7, 11, 20, 0, o)
    add(26112604, "cronaca", "covid-lombardia-zona-rossa-primo-weekend", "Covid, primo weekend in zona rossa in Lombardia: strade semivuote a Milano", w,
        "Controlli della polizia locale nei parchi e sui Navigli", "milano-zona-rossa",
        lambda k: it(k, "Covid, primo weekend in zona rossa in Lombardia: strade semivuote a Milano", w, [], rel=False, note="Domestic news (cronaca)."))
    w = d(2020, 11, 7, 9, 0, 0, o)
    add(26112433, "mondo", "armenia-azerbaigian-shusha-combattimenti", "Nagorno-Karabakh, Baku: \"Presa Shusha\". Erevan smentisce", w,
        "Il presidente azero annuncia la conquista della seconda città della regione contesa, l'Armenia nega", "shusha",
        lambda k: it(k, "Nagorno-Karabakh, Baku: \"Presa Shusha\". Erevan smentisce", w, []))
    w = d(2020, 11, 6, 21, 30, 0, o)
    add(26112210, "sport/calcio", "serie-a-milan-verona-probabili-formazioni", "Serie A, Milan-Verona: le probabili formazioni", w,
        "Il tecnico ritrova il suo centravanti dal primo minuto", "sansiro",
        lambda k: it(k, "Serie A, Milan-Verona: le probabili formazioni", w, [], story=False, rel=False, note="Line-up preview list, not a story (sport)."))
    channel = (f"\t<title>Telegiornale24ore - Mondo</title>\n\t<link>{base}/mondo/</link>\n\t<description>Tutte le notizie dal mondo di Telegiornale24ore</description>\n\t<language>it</language>\n"
               f"\t<copyright>© 2020 RTM Reti Televisive Milanesi S.p.A. - P.IVA 01234560159</copyright>\n\t<lastBuildDate>{rfc822(d(2020, 11, 7, 18, 15, 0, o))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("it_telegiornale24ore_mondo.rss.xml", text, items, lang="it", outlet="Telegiornale24ore", aliases=["Telegiornale 24 ore", "TG24ore"],
                structure="TGCom24-style (Milan, commercial TV group) news portal's 'Mondo' RSS: tab indentation but <item> children deeper, no namespaces, CDATA titles with 'Tema, …' kickers and ' | VIDEO' suffix, escaped <img align=\"left\"> glued to descriptions without final stop, '/<sezione>/<slug>_<8 digits>-202002a.shtml' links repeated as guid, NO author element, straight double quotes inside titles, copyright naming the S.p.A. with its VAT number, a line-up preview, +0100 dates in November 2020")


# ---------------------------------------------------------------- askanews-style (Rome) news agency's Atom feed
def meridiana():
    entries, items = [], []
    base = "https://www.agenziameridiana.example"

    def add(aid, sec, slug, title, when, author, html, exp):
        url = f"{base}/{sec}/{when:%Y/%m/%d}/{slug}-pn_{aid}/"
        au = f"\n\t\t<author>\n\t\t\t<name>{esc(author)}</name>\n\t\t</author>" if author else ""
        entries.append(f"\t<entry>\n\t\t<title>{esc(title)}</title>\n\t\t<link href=\"{url}\" rel=\"alternate\"/>\n\t\t<id>{url}</id>\n\t\t<published>{isoz(when, False)}</published>\n\t\t<updated>{isoz(when, False)}</updated>{au}\n"
                       f"\t\t<content type=\"html\">{esc(html)}</content>\n\t</entry>")
        items.append(exp(url))

    o = 1
    w = d(2021, 1, 20, 19, 2, 0, o)
    add("20210120_00316", "esteri", "usa-biden-giura-ue-nuova-alleanza", "Usa, Ue: con Biden al via una nuova alleanza transatlantica", w, "Red/Vep",
        "<p>Roma, 20 gen. (meridiana) &#8211; L&#8217;Unione europea saluta il giuramento del nuovo presidente americano e propone una agenda comune su clima, commercio e salute.</p>"
        "<p>&#171;&#200; un nuovo inizio per il partenariato transatlantico&#187;, ha dichiarato Giulia Ferrandi, portavoce della Rappresentanza della Commissione europea in Italia.</p>",
        lambda k: it(k, "Usa, Ue: con Biden al via una nuova alleanza transatlantica", w, [], junk=["(meridiana)", "Red/Vep"],
                     quotes=[q("Giulia Ferrandi", "Commissione europea")],
                     note="Atom author holds the editor code 'Red/Vep', not a person: []. Dateline 'Roma, 20 gen. (brand) –'; «…» and È as numeric references."))
    w = d(2021, 1, 20, 16, 30, 0, o)
    add("20210120_00288", "esteri", "russia-oppositore-arresto-ue-sanzioni", "Russia, l'oppositore resta in carcere: l'Ue valuta nuove sanzioni", w, "Cos",
        "<p>Bruxelles, 20 gen. (meridiana) &#8211; I ministri degli Esteri dell&#8217;Ue discuteranno lunedì della detenzione dell&#8217;oppositore russo.</p>",
        lambda k: it(k, "Russia, l'oppositore resta in carcere: l'Ue valuta nuove sanzioni", w, [], junk=["(meridiana)"], note="Editor code 'Cos' as author: []."))
    w = d(2021, 1, 20, 14, 0, 0, o)
    add("20210120_00251", "politica", "crisi-governo-senato-fiducia-conte", "Crisi, il governo ottiene la fiducia al Senato con 156 sì", w, "Red/Bac",
        "<p>Roma, 20 gen. (meridiana) &#8211; Il governo ha ottenuto la fiducia al Senato con 156 voti favorevoli, 140 contrari e 16 astenuti.</p>",
        lambda k: it(k, "Crisi, il governo ottiene la fiducia al Senato con 156 sì", w, [], rel=False, junk=["(meridiana)"], note="Domestic politics."))
    w = d(2021, 1, 20, 12, 15, 0, o)
    add("20210120_00220", "video", "video-libia-rimpatrio-pescatori-mazara", "Libia, il rientro dei pescatori di Mazara del Vallo - VIDEO", w, None,
        "<p><iframe src=\"https://player.agenziameridiana.example/embed/vid8821\" width=\"640\" height=\"360\"></iframe></p>",
        lambda k: it(k, "Libia, il rientro dei pescatori di Mazara del Vallo - VIDEO", w, [], story=False, rel=False,
                     note="Video page (an iframe only), no author element, not a story. Title label '- VIDEO' may be kept or dropped."))
    w = d(2021, 1, 20, 10, 40, 0, o)
    add("20210120_00190", "esteri", "cina-hong-kong-arresti-attivisti-italia", "Cina, arresti a Hong Kong: la Farnesina convoca l'ambasciatore", w, "Emanuele Sorrentino",
        "<p>Roma, 20 gen. (meridiana) &#8211; Il ministero degli Esteri ha convocato l&#8217;ambasciatore cinese dopo gli arresti di attivisti a Hong Kong.</p>"
        "<p>&#171;Chiediamo il rispetto delle libert&#224; fondamentali&#187;, ha detto il sottosegretario Fabrizio Lanzillotta.</p>",
        lambda k: it(k, "Cina, arresti a Hong Kong: la Farnesina convoca l'ambasciatore", w, ["Emanuele Sorrentino"], junk=["(meridiana)"],
                     quotes=[q("Fabrizio Lanzillotta", "ministero degli Esteri")], note="The only item signed by a person."))
    w = d(2021, 1, 20, 8, 0, 0, o)
    add("20210120_00155", "economia", "borsa-milano-apertura-ftse-mib", "Borsa, Milano apre in rialzo: Ftse Mib +0,6%", w, "Red/Fin",
        "<p>Milano, 20 gen. (meridiana) &#8211; Avvio positivo per Piazza Affari&#8230;</p>",
        lambda k: it(k, "Borsa, Milano apre in rialzo: Ftse Mib +0,6%", w, [], rel=False, junk=["(meridiana)"], note="Market report clipped with an ellipsis."))
    head = (f"\t<title>Agenzia Meridiana</title>\n\t<subtitle>Agenzia di stampa</subtitle>\n\t<link href=\"{base}/\" rel=\"alternate\"/>\n\t<link href=\"{base}/feed/atom/\" rel=\"self\"/>\n"
            f"\t<id>{base}/feed/atom/</id>\n\t<updated>{isoz(d(2021, 1, 20, 19, 5, 0, o), False)}</updated>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n' + head + "\n" + "\n".join(entries) + "\n</feed>\n"
    return feed("it_agenziameridiana_atom.atom", text, items, lang="it", outlet="Agenzia Meridiana", aliases=["Meridiana"], shape="atom", topic="mixed",
                ctype="application/atom+xml; charset=UTF-8",
                structure="askanews-style (Rome) news agency's all-sections Atom feed: tab indentation, no xml:lang, '/<sezione>/YYYY/MM/DD/<slug>-pn_YYYYMMDD_<5 digits>/' URLs as ids, identical published/updated with '+01:00', <author><name> holding the EDITOR CODE ('Red/Vep', 'Cos', 'Red/Bac', 'Red/Fin'), a person or nothing, escaped HTML content with numeric references for ’ – « » È à …, wire datelines 'Roma, 20 gen. (brand) –', a video page with an iframe and a '- VIDEO' suffix, a market report clipped with an ellipsis, January 2021")


# ---------------------------------------------------------------- g1-style (Rio de Janeiro) TV network's news portal 'Mundo' RSS
def portalbr1():
    rows, items = [], []
    base = "https://br1.portalrede.example"

    def add(slug, title, when, sub, img, exp, sec="mundo"):
        url = f"{base}/{sec}/noticia/{when:%Y/%m/%d}/{slug}.ghtml"
        im = f"<img src=\"https://s2.glbimg.portalrede.example/{img}/s01.jpg\" /><br />   " if img else ""
        med = f"\n      <media:content url=\"https://s2.glbimg.portalrede.example/{img}/s01.jpg\" medium=\"image\" />" if img else ""
        rows.append(f"    <item>\n      <title>{cd(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"false\">{url}</guid>\n      <description>{cd(im + sub)}</description>{med}\n"
                    f"      <category>BR1</category>\n      <pubDate>{rfc822(when.astimezone(UTC))[:-5]}-0000</pubDate>\n    </item>")
        items.append(exp(url))

    o = -3
    w = d(2021, 8, 26, 14, 58, 11, o)
    add("explosoes-perto-do-aeroporto-de-cabul", "Explosões perto do aeroporto de Cabul deixam mortos, dizem EUA", w,
        "Pentágono confirma ataque em área onde milhares esperam para deixar o Afeganistão", "aeroporto-cabul",
        lambda k: it(k, "Explosões perto do aeroporto de Cabul deixam mortos, dizem EUA", w, [],
                     note="Linha fina after an <img> and '<br />' plus three spaces; '-0000' zone; no author element."))
    w = d(2021, 8, 26, 12, 20, 3, o)
    add("ao-vivo-taleban-cabul-evacuacao", "AO VIVO: acompanhe a retirada de estrangeiros do Afeganistão", w,
        "", None,
        lambda k: it(k, "AO VIVO: acompanhe a retirada de estrangeiros do Afeganistão", w, [], story=False, rel=False,
                     note="Live-page stub with an empty description, not a story. Title label 'AO VIVO:' may be kept or dropped."))
    w = d(2021, 8, 26, 10, 5, 40, o)
    add("haiti-terremoto-ajuda-humanitaria-chega-aos-cayes", "Ajuda humanitária chega a Les Cayes 12 dias após terremoto no Haiti", w,
        "Moradores ainda dormem nas ruas; \"Perdemos tudo, até os documentos\", disse a comerciante Marie-Ange Désir", "les-cayes",
        lambda k: it(k, "Ajuda humanitária chega a Les Cayes 12 dias após terremoto no Haiti", w, [], quotes=[q("Marie-Ange Désir")]))
    w = d(2021, 8, 25, 21, 44, 0, o)
    add("video-mulheres-afegas-protestam-em-cabul", "VÍDEO: mulheres afegãs protestam em Cabul por direito ao trabalho", w,
        "Veja o vídeo", "mulheres-cabul",
        lambda k: it(k, "VÍDEO: mulheres afegãs protestam em Cabul por direito ao trabalho", w, [], story=False, rel=False,
                     note="Video item ('Veja o vídeo'), not a story. Title label 'VÍDEO:' may be kept or dropped."))
    w = d(2021, 8, 25, 18, 30, 0, o)
    add("paralimpiada-toquio-brasil-medalhas-natacao", "Paralimpíada: Brasil conquista três medalhas na natação em Tóquio", w,
        "Atletas brasileiros sobem ao pódio no segundo dia de competições", "toquio-natacao",
        lambda k: it(k, "Paralimpíada: Brasil conquista três medalhas na natação em Tóquio", w, [], rel=False, note="Sport."), sec="olimpiadas")
    w = d(2021, 8, 25, 15, 12, 0, o)
    add("preco-da-gasolina-sobe-pela-quinta-semana", "Preço da gasolina sobe pela quinta semana seguida nos postos", w,
        "Levantamento da ANP mostra alta de 0,8% no valor médio", None,
        lambda k: it(k, "Preço da gasolina sobe pela quinta semana seguida nos postos", w, [], rel=False, note="Domestic economy."), sec="economia")
    channel = (f"    <title>br1 &gt; Mundo</title>\n    <link>{base}/mundo/</link>\n    <description>Últimas notícias do mundo no br1</description>\n    <language>pt-br</language>\n"
               f"    <copyright>© Copyright 2000-2021 Rede Portal Comunicação e Participações S.A.</copyright>\n    <atom:link href=\"{base}/rss/br1/mundo/\" rel=\"self\" type=\"application/rss+xml\"/>\n"
               f"    <image>\n      <url>{base}/static/logo-br1-rss.png</url>\n      <title>br1 &gt; Mundo</title>\n      <link>{base}/mundo/</link>\n    </image>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">\n  <channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("pt_br_br1_mundo.rss.xml", text, items, lang="pt", outlet="br1", aliases=["BR1", "br1 portal", "Rede Portal"],
                structure="g1-style (Rio de Janeiro, TV network's news portal) 'Mundo' RSS: namespaces before version, two-space nesting, channel titled 'brand &gt; Mundo' (escaped '>'), image block, CDATA titles, '/<seção>/noticia/YYYY/MM/DD/<slug>.ghtml' links repeated as NON-permalink guid, CDATA descriptions opening with an <img /> then '<br />' and three spaces before the linha fina (no final stop), media:content images, <category> holding the portal brand, NO author element, pubDates in UTC written with the '-0000' zone, 'AO VIVO:' and 'VÍDEO:' labels, items from sport and economy sections, copyright naming the S.A., August 2021")


# ---------------------------------------------------------------- Renascença-style (Lisbon) Catholic radio's 'Mundo' RSS with Portuguese dates
def esperanca():
    rows, items = [], []
    base = "https://radioesperanca.example"

    def add(nid, sec, slug, title, when, creator, desc, exp, audio=None):
        url = f"{base}/{sec}/{when:%Y/%m/%d}/{slug}/{nid}/"
        enc = f"\n<enclosure url=\"https://cdn-audio.radioesperanca.example/{audio}.mp3\" length=\"1\" type=\"audio/mpeg\" />" if audio else ""
        cr = f"\n<author>{esc(creator)}</author>" if creator else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>{cr}{enc}\n<pubDate>{rfc822(when, 'pt-pt')}</pubDate>\n<guid isPermaLink=\"true\">{url}</guid>\n</item>")
        items.append(exp(url))

    o = 0
    w = d(2021, 12, 8, 17, 25, 0, o)
    add(266801, "mundo", "olaf-scholz-eleito-chanceler-alemanha", "Olaf Scholz eleito chanceler. Alemanha vira a página Merkel", w, "Inês Bragança",
        "<p>O social-democrata foi eleito pelo Bundestag com 395 votos. &quot;É o fim de uma era, mas a linha europeia mantém-se&quot;, disse à Esperança o investigador Rui Valadares, do Instituto Português de Relações Internacionais.</p>",
        lambda k: it(k, "Olaf Scholz eleito chanceler. Alemanha vira a página Merkel", w, ["Inês Bragança"],
                     quotes=[q("Rui Valadares", "Instituto Português de Relações Internacionais")],
                     note="pubDate with PORTUGUESE day and month abbreviations ('Qua, 08 Dez 2021'); RSS <author> with a plain name."))
    w = d(2021, 12, 8, 15, 0, 0, o)
    add(266780, "mundo", "papa-francisco-grecia-migrantes-regresso", "Papa regressa de Chipre e Grécia com apelo sobre migrantes", w, "Clara Menezes, enviada especial a Atenas",
        "<p>No voo de regresso a Roma, o Papa voltou a pedir à Europa que não feche as portas a quem foge da guerra.</p>",
        lambda k: it(k, "Papa regressa de Chipre e Grécia com apelo sobre migrantes", w, ["Clara Menezes"], junk=["enviada especial a Atenas"],
                     note="Byline with the role 'enviada especial a Atenas' after a comma."))
    w = d(2021, 12, 8, 12, 40, 0, o)
    add(266755, "mundo", "omicron-africa-do-sul-casos-duplicam", "Ómicron. Casos na África do Sul duplicam num dia", w, "Redação com Lusa e Reuters",
        "<p>As autoridades sul-africanas registaram mais de 19 mil novos casos.</p>",
        lambda k: it(k, "Ómicron. Casos na África do Sul duplicam num dia", w, ["Lusa", "Reuters"], rel=False,
                     note="'Redação com Lusa e Reuters': desk and two agencies. [] is also correct. Public health abroad: not relevant."))
    w = d(2021, 12, 8, 10, 5, 0, o)
    add(266731, "pais", "presidenciais-dissolucao-parlamento-eleicoes-janeiro", "Eleições antecipadas marcadas para 30 de janeiro", w, "Redação",
        "<p>O decreto de dissolução da Assembleia da República foi publicado em Diário da República.</p>",
        lambda k: it(k, "Eleições antecipadas marcadas para 30 de janeiro", w, [], rel=False, note="Desk credit 'Redação': []. Domestic politics."))
    w = d(2021, 12, 8, 8, 0, 0, o)
    add(266710, "programas", "manhas-da-esperanca-8-dezembro", "Manhãs da Esperança - 8 de dezembro", w, None,
        "<p>Ouça aqui o programa.</p>",
        lambda k: it(k, "Manhãs da Esperança - 8 de dezembro", w, [], story=False, rel=False, note="Radio programme page (audio enclosure, 'Ouça aqui'), not a story."),
        audio="programas/manhasdaesperanca/20211208")
    w = d(2021, 12, 7, 22, 10, 0, o)
    add(266688, "desporto", "benfica-dinamo-kiev-liga-dos-campeoes", "Benfica vence Dínamo de Kiev e segue para os oitavos", w, "Esperança Desporto",
        "<p>Os encarnados venceram por 2-0 na Luz.</p>",
        lambda k: it(k, "Benfica vence Dínamo de Kiev e segue para os oitavos", w, [], rel=False, note="Desk credit: []. Sport."))
    channel = (f"<title>Rádio Esperança - Mundo</title>\n<link>{base}/mundo</link>\n<description>Notícias do mundo da Rádio Esperança</description>\n<language>pt-PT</language>\n"
               f"<copyright>Rádio Esperança - Emissora Católica Portuguesa, S.A.</copyright>\n<lastBuildDate>{rfc822(d(2021, 12, 8, 17, 30, 0, o), 'pt-pt')}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("pt_pt_radioesperanca_mundo.rss.xml", text, items, lang="pt", outlet="Rádio Esperança", aliases=["Esperança", "Radio Esperança"],
                structure="Renascença-style (Lisbon) Catholic radio's 'Mundo' RSS from a custom CMS: no namespaces or indentation, channel 'Brand - Mundo', '/<secção>/YYYY/MM/DD/<slug>/<6 digits>/' permalink guids LAST, escaped <p> descriptions with &quot;, RSS <author> holding a plain name, 'Nome, enviada especial a Atenas', 'Redação com Lusa e Reuters', 'Redação' or a desk, a programme page with an audio enclosure (length=\"1\"), pubDate and lastBuildDate with PORTUGUESE day and month abbreviations ('Qua, 08 Dez 2021 17:25:00 +0000'), copyright naming the S.A., December 2021")


FEEDS = [nordwelle, spreefunk, alpenblick, tg24ore, meridiana, portalbr1, esperanca]
