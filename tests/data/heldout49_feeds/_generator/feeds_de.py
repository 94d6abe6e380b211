# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German world desks of the forty-ninth held-out set: a Düsseldorf daily on Escenic (2025), a Graz
daily on Naviga Web (2024), a Basel daily's Rails Atom feed (2025). All outlets, people and
quotations are invented."""
from h49 import S, cd, d, esc, feed, isoz, newest_first, rfc822


# ---------------------------------------------------------------- Düsseldorf daily, Escenic (January-March 2025)
def rheinkurier():
    base = "https://www.rheinkurier.example"
    specs = [
        S("muenchner-sicherheitskonferenz-europaeer-empoert", "Empörung in München: Europäer weisen Rede aus Washington zurück", d(2025, 2, 14, 19, 12, 0, 1), "Von Tobias Quernheim, München", ["Tobias Quernheim"],
          ["Auf der Münchner Sicherheitskonferenz haben europäische Regierungsvertreter am Freitag mit ungewöhnlich scharfen Worten auf die Rede des US-Vizepräsidenten reagiert.",
           "„Man hat uns heute erklärt, dass wir nicht mehr zur Familie gehören, sondern zur Kundschaft“, sagte Ingrid Vanselow, Sicherheitsexpertin am Institut für Transatlantische Studien in Bonn."],
          quotes=[("Ingrid Vanselow", "Institut für Transatlantische Studien")], note="'Von Name, Ort': Ort ist nicht Teil des Namens. Relevant."),
        S("aussenministerin-damaskus-bedingungen-hilfe", "Deutsche Außenministerin in Damaskus: Hilfe nur gegen Schutz der Minderheiten", d(2025, 1, 3, 16, 40, 0, 1), "Von Lena Vossberg", ["Lena Vossberg"],
          ["Als erste Vertreterin der Bundesregierung seit dem Sturz des Assad-Regimes ist die Außenministerin am Freitag gemeinsam mit ihrem französischen Amtskollegen nach Damaskus gereist.",
           "„Berlin will mitreden, bevor die Verfassung geschrieben ist, nicht danach“, sagte Hakim Daoudi vom Zentrum für Nahoststudien in Köln."],
          quotes=[("Hakim Daoudi", "Zentrum für Nahoststudien in Köln")], note="Deutsche Außenpolitik: relevant."),
        S("gaza-hamas-laesst-weitere-geiseln-frei", "Gaza: Hamas lässt drei weitere Geiseln frei", d(2025, 2, 8, 11, 55, 0, 1), "dpa", [],
          ["Tel Aviv/Gaza (dpa) - Im Rahmen der Waffenruhe hat die Hamas am Samstag drei weitere israelische Geiseln freigelassen. Israel ließ im Gegenzug 183 palästinensische Häftlinge frei."],
          junk=["(dpa) -"], note="Agenturmeldung: []. Relevant."),
        S("bundestagswahl-nrw-ergebnisse-wahlkreise", "Bundestagswahl: So hat Nordrhein-Westfalen gewählt", d(2025, 2, 24, 8, 30, 0, 1), "Von Jana Hülsbeck und Mehmet Aydoğan", ["Jana Hülsbeck", "Mehmet Aydoğan"],
          ["Die Union ist in Nordrhein-Westfalen stärkste Kraft geworden, vor der SPD und der AfD."],
          rel=False, note="Innenpolitik: Story, nicht relevant. Zwei Autoren mit 'und'."),
        S("rosenmontagszug-duesseldorf-bilder", "Rosenmontagszug 2025 in Düsseldorf: Die schönsten Bilder", d(2025, 3, 3, 17, 20, 0, 1), "Fotos: Anne Reichert", [],
          ["Die Wagen des Düsseldorfer Rosenmontagszugs in einer Bildergalerie."],
          story=False, rel=False, note="Bildergalerie: keine Story."),
        S("bundestagswahl-newsblog-liveticker", "Bundestagswahl 2025 im Newsblog: Alle Entwicklungen", d(2025, 2, 23, 18, 0, 0, 1), "Rheinkurier-Redaktion", [],
          ["Der Wahlabend im Liveticker."],
          story=False, rel=False, note="Liveticker: keine Story."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        sec = "politik/ausland" if s["rel"] else ("politik/deutschland" if s["story"] else "bilder" if "bilder" in s["k"] else "politik/deutschland")
        art = 255198233 - i * 40217
        slug = "".join(w.capitalize() for w in s["k"].split("-")[:4])
        url = f"{base}/{sec}/article{art}/{slug}.html"
        rows.append(f"<item>\n<title>{esc(s['title'])}</title>\n<link>{url}</link>\n<description>{esc(s['paras'][0])}</description>\n<pubDate>{rfc822(s['w'])}</pubDate>\n"
                    f"<guid isPermaLink=\"true\">{url}</guid>\n<dc:creator>{esc(s['by'])}</dc:creator>\n<category>{'Ausland' if s['rel'] else 'Deutschland'}</category>\n"
                    f"<enclosure url=\"{base}/img/{sec.split('/')[-1]}/crop{art + 3}/{i}41-w1200-cv16_9-q75/{slug[:12].lower()}.jpg\" length=\"0\" type=\"image/jpeg\"/>\n</item>")
        items.append(s.exp(url))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
            f'<title>Ausland - Rheinkurier</title>\n<link>{base}/politik/ausland/</link>\n<description>Nachrichten aus aller Welt - Rheinkurier</description>\n<language>de-DE</language>\n'
            f'<copyright>© Rheinkurier Mediengruppe GmbH &amp; Co. KG</copyright>\n<pubDate>{rfc822(d(2025, 3, 3, 17, 21, 0, 1))}</pubDate>\n<generator>Escenic Content Engine</generator>\n'
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("de_de_rheinkurier_ausland_escenic_2025.rss.xml", text, items, lang="de", outlet="Rheinkurier", aliases=["Düsseldorfer Rheinkurier"],
                structure="Düsseldorf daily's 'Ausland' feed on Escenic Content Engine (January-March 2025): no indentation, channel 'Ausland - Brand', de-DE, copyright of the 'Mediengruppe GmbH &amp; Co. KG', channel pubDate, generator, Welt-style links '/<section>/article<9 digits>/<CamelSlug>.html' as permalink guids (Deutschland and Bilder sections mixed in), escaped plain-text descriptions, pubDate BEFORE guid, dc:creator AFTER guid ('Von Name, Ort', 'Von A und B', 'dpa', 'Fotos: Name', 'Rheinkurier-Redaktion'), <category>, enclosures with length 0 from the image cropper, „…“ quotes, '(dpa) -' dateline, +0100 dates, listed newest first, a gallery and a live ticker",
                notes="Heimatland: Deutschland. Die Reise der Außenministerin ist deutsche Außenpolitik (relevant); Bundestagswahl und Karneval sind Inland. Die Münchner Sicherheitskonferenz ist Weltpolitik (relevant).")


# ---------------------------------------------------------------- Graz daily, Naviga Web (September-October 2024)
def landespost():
    base = "https://www.landespost.example"
    specs = [
        S("israel-toetet-hisbollah-chef-beirut", "Israel tötet Hisbollah-Chef bei Luftangriff auf Beirut", d(2024, 9, 28, 13, 5, 0, 2), "APA/AFP", [],
          ["Die israelische Armee hat nach eigenen Angaben bei einem Luftangriff auf einen Vorort von Beirut den Anführer der Hisbollah-Miliz getötet. Die Miliz bestätigte am Samstag den Tod ihres Generalsekretärs."],
          note="Agenturkürzel 'APA/AFP': []. Relevant."),
        S("unifil-soldaten-bundesheer-libanon-wohlauf", "Bundesheer: Österreichische UNIFIL-Soldaten im Libanon wohlauf", d(2024, 10, 1, 10, 40, 0, 2), "Sarah Wiesinger", ["Sarah Wiesinger"],
          ["Die rund 160 österreichischen Soldatinnen und Soldaten im Südlibanon sind nach Angaben des Verteidigungsministeriums wohlauf.",
           "„Die Lage ist angespannt, die Kontingente halten sich in den Schutzräumen bereit“, sagte Oberst Michael Tauchner, Sprecher des Verteidigungsministeriums."],
          quotes=[("Michael Tauchner", "Verteidigungsministerium")], note="Österreichs Truppen im Ausland: relevant. Der Dienstgrad 'Oberst' ist nicht Teil des Namens."),
        S("hochwasser-mitteleuropa-tote-polen-tschechien", "Hochwasser in Mitteleuropa: Mindestens 20 Tote", d(2024, 9, 17, 18, 15, 0, 2), "Lukas Ferk und Sarah Wiesinger", ["Lukas Ferk", "Sarah Wiesinger"],
          ["Nach den schweren Unwettern in Polen, Tschechien, Rumänien und Österreich ist die Zahl der Todesopfer auf mindestens 20 gestiegen. In Polen und Tschechien kämpfen Einsatzkräfte weiter gegen die Fluten."],
          note="Überwiegend Ausland (Polen, Tschechien, Rumänien), Österreich nur am Rande: relevant (grenzwertig)."),
        S("nationalratswahl-fpoe-erstmals-platz-eins", "Nationalratswahl: FPÖ erstmals auf Platz eins, ÖVP verliert deutlich", d(2024, 9, 29, 20, 30, 0, 2), "Kathrin Pölzl", ["Kathrin Pölzl"],
          ["Die FPÖ hat die Nationalratswahl laut Hochrechnung erstmals gewonnen. In der Steiermark lag sie in fast allen Bezirken vorne."],
          rel=False, note="Innenpolitik: Story, nicht relevant."),
        S("landespost-podcast-wahl-analyse", "Landespost-Podcast: Was das Wahlergebnis für die Steiermark bedeutet", d(2024, 9, 30, 6, 0, 0, 2), "Landespost", [],
          ["Folge 212 unseres Podcasts – jetzt anhören."],
          story=False, rel=False, note="Podcast: keine Story."),
        S("gewinnspiel-karten-steirischer-herbst", "Gewinnspiel: Zwei Karten für die Eröffnung des steirischen herbst", d(2024, 9, 20, 9, 0, 0, 2), "Landespost", [],
          ["Jetzt mitspielen und gewinnen."],
          story=False, rel=False, note="Gewinnspiel: keine Story."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        aid = 8712044 - i * 1337
        sec = "ausland" if s["rel"] else ("politik" if s["story"] else "service")
        url = f"{base}/{sec}/{s['k']}/{aid}"
        rows.append(f"  <item>\n    <title>{esc(s['title'])}</title>\n    <link>{url}</link>\n    <description>{cd(s.html())}</description>\n"
                    f"    <author>{esc(s['by'])}</author>\n    <category>{sec.capitalize()}</category>\n    <guid isPermaLink=\"false\">landespost-{aid}</guid>\n    <pubDate>{rfc822(s['w'])}</pubDate>\n  </item>")
        items.append(s.exp(f"landespost-{aid}"))
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            f'  <title>Steirische Landespost - Ausland</title>\n  <link>{base}/ausland</link>\n  <description>Aktuelle Nachrichten aus dem Ausland</description>\n  <language>de-AT</language>\n'
            f'  <generator>Naviga Web</generator>\n  <atom:link href="{base}/rss/ausland" rel="self" type="application/rss+xml"/>\n  <lastBuildDate>{rfc822(d(2024, 10, 1, 10, 42, 0, 2))}</lastBuildDate>\n'
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("de_at_landespost_ausland_naviga_2024.rss.xml", text, items, lang="de", outlet="Steirische Landespost", aliases=["Landespost"],
                structure="Graz daily's 'Ausland' feed from Naviga Web (September-October 2024): two-space indentation, atom namespace, channel 'Brand - Ausland', de-AT, generator 'Naviga Web', '/<section>/<slug>/<7 digits>' links (politik and service sections mixed in), non-permalink guids 'landespost-<id>', CDATA HTML descriptions with the whole short story, RSS <author> holding a plain name, 'A und B', 'APA/AFP' or the brand (not an e-mail), <category> BEFORE guid, pubDate last, +0200 dates, a podcast and a reader competition",
                notes="Heimatland: Österreich. Bundesheer-Soldaten im Libanon sind österreichische Außen- und Sicherheitspolitik (relevant); die Nationalratswahl ist Inland.")


# ---------------------------------------------------------------- Basel daily, Rails atom_feed (June 2025)
def dreiland():
    base = "https://www.dreiland-zeitung.example"
    host = "www.dreiland-zeitung.example"
    specs = [
        S("israel-greift-atomanlagen-in-iran-an", "Israel greift Atomanlagen in Iran an – Teheran droht mit Vergeltung", d(2025, 6, 13, 7, 45, 0, 2), "sda/dpa", [],
          ["Israel hat in der Nacht auf Freitag Ziele in Iran angegriffen, darunter die Urananreicherungsanlage in Natanz. Iran kündigte eine «harte Antwort» an."],
          note="Agenturkürzel 'sda/dpa': []. Die «harte Antwort» ist ein Zitat ohne genannten Sprecher: kein Zitat erwartet. Relevant."),
        S("genf-gespraeche-iran-europaeer", "Genf wird wieder zur Bühne: Europäer treffen iranischen Aussenminister", d(2025, 6, 20, 16, 30, 0, 2), "Reto Ammann, Bern", ["Reto Ammann"],
          ["Die Aussenminister Deutschlands, Frankreichs und Grossbritanniens haben am Freitag in Genf mit ihrem iranischen Amtskollegen gesprochen. Die Schweiz stellte die Räumlichkeiten.",
           "«Die Schweiz ist nicht Vermittlerin, aber sie ist der Ort, an dem man sich noch in die Augen schauen kann», sagt Nadine Gysin vom Genfer Zentrum für Vermittlungsfragen."],
          quotes=[("Nadine Gysin", "Genfer Zentrum für Vermittlungsfragen")], note="Gespräche, die die Schweiz beherbergt: relevant. Schweizer Rechtschreibung ohne ß, «…»."),
        S("nato-gipfel-den-haag-fuenf-prozent", "Nato-Gipfel in Den Haag: Mitglieder einigen sich auf Fünf-Prozent-Ziel", d(2025, 6, 25, 15, 10, 0, 2), "Claudia Wenger", ["Claudia Wenger"],
          ["Die Nato-Staaten haben sich in Den Haag darauf geeinigt, bis 2035 fünf Prozent ihrer Wirtschaftsleistung für Verteidigung und Sicherheit auszugeben."],
          note="Relevant."),
        S("art-basel-galeristen-zurueckhaltung-sammler", "Art Basel: Galeristen spüren die Zurückhaltung der Sammler", d(2025, 6, 19, 18, 0, 0, 2), "Mirjam Tschudin", ["Mirjam Tschudin"],
          ["Am ersten Publikumstag der Art Basel zeigten sich viele Galeristen vorsichtig. Grosse Verkäufe blieben bisher aus."],
          rel=False, note="Lokales und Kunstmarkt: Story, nicht relevant."),
        S("liveticker-nahost-eskalation-iran-israel", "Ticker: Eskalation zwischen Israel und Iran", d(2025, 6, 13, 6, 10, 0, 2), "Newsdesk", [],
          ["Alle Entwicklungen im Ticker."],
          story=False, rel=False, note="Liveticker: keine Story."),
        S("umfrage-soll-die-schweiz-vermitteln", "Umfrage: Soll die Schweiz im Nahostkonflikt aktiver vermitteln?", d(2025, 6, 21, 9, 0, 0, 2), "Newsdesk", [],
          ["Stimmen Sie ab."],
          story=False, rel=False, note="Leserumfrage: keine Story."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        aid = 90771 - i * 58
        url = f"{base}/international/{aid}-{s['k']}"
        upd = s["w"].replace(minute=(s["w"].minute + 7) % 60)
        rows.append(f"  <entry>\n    <id>tag:{host},2005:Article/{aid}</id>\n    <published>{isoz(s['w'])}</published>\n    <updated>{isoz(upd)}</updated>\n"
                    f"    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n    <title>{esc(s['title'])}</title>\n    <content type=\"html\">{esc(s.html())}</content>\n"
                    f"    <author>\n      <name>{esc(s['by'])}</name>\n    </author>\n  </entry>")
        items.append(s.exp(f"tag:{host},2005:Article/{aid}"))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xml:lang="de-CH" xmlns="http://www.w3.org/2005/Atom">\n'
            f'  <id>tag:{host},2005:/international</id>\n  <link rel="alternate" type="text/html" href="{base}"/>\n  <link rel="self" type="application/atom+xml" href="{base}/international.atom"/>\n'
            f'  <title>Dreiland-Zeitung – International</title>\n  <updated>{isoz(d(2025, 6, 25, 15, 17, 0, 2))}</updated>\n'
            + "\n".join(rows) + "\n</feed>\n")
    return feed("de_ch_dreilandzeitung_international_rails_atom_2025.atom.xml", text, items, lang="de", outlet="Dreiland-Zeitung", aliases=["Dreiland Zeitung"], shape="atom", ctype="application/atom+xml; charset=utf-8",
                structure="Basel daily's 'International' feed from a bespoke Rails app's atom_feed builder (June 2025): two-space indentation, <feed xml:lang=\"de-CH\"> with the namespace after it, 'tag:<host>,2005:/international' feed id and 'tag:<host>,2005:Article/<id>' entry ids, alternate and self links, title 'Brand – International', entries in Rails' order (id, published, updated, link, title, content, author), +02:00 offsets, content type=html escaped, author <name> holding 'sda/dpa', 'Name, Bern', a name or 'Newsdesk', Swiss spelling without ß and «…» quotes, a ticker and a reader poll",
                notes="Heimatland: die Schweiz. Die Genfer Gespräche in der Schweiz sind relevant; die Art Basel ist Lokales.")


FEEDS = [rheinkurier, landespost, dreiland]
