# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German and Italian feeds of the thirty-third held-out set: a Hamburg news magazine's
'Ausland' feed, a public broadcaster's 'Ausland' feed from Sophora, a Frankfurt national daily's
'Ausland' feed, a Rome news agency's 'Mondo' feed and a Milan daily's 'Esteri' feed. All outlets,
people and quotations are invented."""
from h33 import cd, d, esc, feed, it, q, rfc822


# ---------------------------------------------------------------- Hamburg news magazine (Spiegel-like)
def weitblick():
    rows, items = [], []
    base = "https://www.weitblick.example"

    def add(slug, uid, title, desc, when, exp, img=True):
        url = f"{base}/ausland/{slug}-a-{uid}"
        enc = f'\n<enclosure type="image/jpeg" url="https://cdn.weitblick.example/images/{uid[:8]}-0001-0004-0000-{uid[-12:]}_w520_r1.778_fpx50_fpy42.jpg" />' if img else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}#ref=rss</link>\n<description>{esc(desc)}</description>{enc}\n<guid>{url}</guid>\n"
                    f"<pubDate>{rfc822(when)}</pubDate>\n<content:encoded>{cd(desc)}</content:encoded>\n</item>")
        items.append(exp(url))

    w = d(2025, 2, 20, 18, 41, 0, 1)
    add("syrien-uebergangsregierung-laedt-zu-nationalem-dialog-nach-damaskus", "3f6a1c2e-9b1d-4e7a-8c55-1d2e3f4a5b6c", "Syrien: Übergangsregierung lädt zu »Nationalem Dialog« nach Damaskus",
        "Erstmals seit dem Sturz des Assad-Regimes sollen Vertreter aller Landesteile über eine neue Verfassung beraten. Kurdische Parteien bleiben skeptisch.", w,
        lambda k: it(k, "Syrien: Übergangsregierung lädt zu »Nationalem Dialog« nach Damaskus", w, [],
                     note="Magazine feed: no author element; description and content:encoded carry the same teaser; link with '#ref=rss', guid without it. Title kicker 'Syrien:' belongs to the headline; »…« quotes. Relevant."))
    w = d(2025, 2, 20, 14, 2, 0, 1)
    add("ukraine-news-heute-kiew-meldet-angriffe-auf-energieanlagen", "8d2b0e71-33c4-4f0a-a1b2-77c0de9f1a20", "News zum Krieg in der Ukraine: +++ Kiew meldet Angriffe auf Energieanlagen in drei Regionen +++",
        "Russland hat in der Nacht erneut Kraftwerke angegriffen. Alle Entwicklungen im Newsblog.", w,
        lambda k: it(k, "News zum Krieg in der Ukraine: +++ Kiew meldet Angriffe auf Energieanlagen in drei Regionen +++", w, [], story=False, rel=False,
                     note="Newsblog (live ticker with '+++' headline): not a story."))
    w = d(2025, 2, 20, 10, 30, 0, 1)
    add("bundestagswahl-auslandsdeutsche-klagen-ueber-verspaetete-briefwahlunterlagen", "a91f0c33-7e2d-4c8b-9f10-2b3c4d5e6f70", "Bundestagswahl: Auslandsdeutsche klagen über verspätete Briefwahlunterlagen",
        "Wegen der kurzen Fristen könnten Zehntausende Deutsche im Ausland ihre Stimme nicht rechtzeitig abgeben. »Ich habe meine Unterlagen am Mittwoch bekommen, die Post nach Berlin braucht zehn Tage«, sagt Henrike Stallbaum, die in Santiago de Chile lebt.", w,
        lambda k: it(k, "Bundestagswahl: Auslandsdeutsche klagen über verspätete Briefwahlunterlagen", w, [], rel=False, quotes=[q("Henrike Stallbaum")],
                     note="The German federal election seen from abroad: home election administration, not world affairs: a story, not relevant."))
    w = d(2025, 2, 19, 21, 15, 0, 1)
    add("podcast-weltlage-warum-groenland-fuer-washington-so-wichtig-ist", "c40e77d1-5a8b-4b3c-b2d1-0a9e8f7d6c5b", "Podcast »Weltlage«: Warum Grönland für Washington so wichtig ist",
        "Rohstoffe, Schifffahrtswege, Militärbasen: Unsere Korrespondentin erklärt im Gespräch, was hinter dem Interesse steckt. Hören Sie hier die ganze Folge.", w,
        lambda k: it(k, "Podcast »Weltlage«: Warum Grönland für Washington so wichtig ist", w, [], story=False, rel=False, junk=["Hören Sie hier"],
                     note="Podcast episode: not a story. Title label 'Podcast »Weltlage«:' may be kept or dropped."))
    w = d(2025, 2, 19, 16, 48, 0, 1)
    add("neuseeland-ausreisser-schaf-bekommt-denkmal", "e2c3d4f5-6a7b-4c8d-9e0f-112233445566", "Neuseeland: Ausreißer-Schaf bekommt ein Denkmal",
        "Sechs Jahre lang lebte das Schaf »Kiri« allein in den Bergen der Südinsel, mit 27 Kilo Wolle. Nun steht es in Bronze am Dorfplatz.", w,
        lambda k: it(k, "Neuseeland: Ausreißer-Schaf bekommt ein Denkmal", w, [], rel=False, note="Curiosity abroad: a story, not relevant."))
    w = d(2025, 2, 19, 12, 5, 0, 1)
    add("groenland-wahl-parteien-wollen-unabhaengigkeit-schneller", "f7a8b9c0-d1e2-4f30-8a4b-5c6d7e8f9012", "Grönland vor der Wahl: Parteien wollen schneller unabhängig werden – aber nicht amerikanisch",
        "Alle großen Parteien wollen die Unabhängigkeit von Dänemark beschleunigen. »Wir wollen Partner, keine neuen Besitzer«, sagt die Politologin Aviaja Lyberth-Sørensen von der Universität in Nuuk.", w,
        lambda k: it(k, "Grönland vor der Wahl: Parteien wollen schneller unabhängig werden – aber nicht amerikanisch", w, [], quotes=[q("Aviaja Lyberth-Sørensen", "Universität in Nuuk")],
                     note="Foreign election with great-power interest: relevant."))
    head = (f"<title>DER WEITBLICK - Ausland</title>\n<link>{base}/ausland/</link>\n<description>Deutschlands Nachrichtenmagazin: Hintergründe, Reportagen und Analysen aus aller Welt.</description>\n"
            f"<language>de</language>\n<pubDate>{rfc822(d(2025, 2, 20, 18, 45, 2, 1))}</pubDate>\n<lastBuildDate>{rfc822(d(2025, 2, 20, 18, 45, 2, 1))}</lastBuildDate>\n"
            f"<image>\n<title>DER WEITBLICK</title>\n<link>{base}/</link>\n<url>{base}/public/weitblick/logo-rss.png</url>\n</image>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" version="2.0">\n<channel>\n'
            + head + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("de_weitblick_ausland.rss.xml", text, items, lang="de", outlet="DER WEITBLICK", aliases=["Der Weitblick", "Weitblick"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Hamburg news magazine's 'Ausland' feed in the Spiegel's 2025 shape: only the content namespace, no indentation, channel 'BRAND - Ausland' in capitals, language 'de', pubDate and lastBuildDate, <image>; items with 'Kicker: Headline' titles (»…« quotes, '+++' on the newsblog), link '/ausland/<slug>-a-<uuid>#ref=rss', escaped plain description, an image <enclosure> (length missing), guid = link WITHOUT '#ref=rss', +0100 pubDate, content:encoded repeating the description in CDATA; NO author anywhere; a newsblog, a podcast, the federal election seen from abroad, a curiosity; February 2025")


# ---------------------------------------------------------------- public broadcaster 'Ausland' from Sophora
def tagesbericht():
    rows, items = [], []
    base = "https://www.tagesbericht.example"

    def add(path, title, teaser, body, when, exp, img=None):
        url = f"{base}/{path}.html"
        pic = (f'<p><a href="{url}"><img src="https://images.tagesbericht.example/image/{img[0]}/16x9/1024.jpg" alt="{esc(img[1])}" title="{esc(img[1])}" /></a><br/><br/>{teaser}</p>' if img else f"<p>{teaser}</p>")
        enc = pic + body + f'<p><a href="{url}">[mehr]</a></p>'
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <pubDate>{rfc822(when)}</pubDate>\n"
                    f"      <content:encoded>{cd(enc)}</content:encoded>\n      <description>{esc(teaser)}</description>\n      <guid>{url}</guid>\n    </item>")
        items.append(exp(url))

    w = d(2025, 8, 27, 19, 48, 0, 2)
    add("ausland/europa/ukraine-liveblog-mittwoch-348", "Liveblog: ++ Kiew und Moskau tauschen je 146 Gefangene aus ++",
        "Die Ukraine und Russland haben erneut Gefangene ausgetauscht. Vermittelt hatten die Vereinigten Arabischen Emirate. Die Entwicklungen im Liveblog.", "", w,
        lambda k: it(k, "Liveblog: ++ Kiew und Moskau tauschen je 146 Gefangene aus ++", w, [], story=False, rel=False, junk=["[mehr]"],
                     note="Liveblog: not a story. Title label 'Liveblog:' may be kept or dropped."), img=("ukraine-gefangenenaustausch-142", "Freigelassene ukrainische Soldaten in einem Bus (Archivbild)"))
    w = d(2025, 8, 27, 16, 12, 0, 2)
    add("ausland/afrika/kenia-proteste-steuern-nairobi-100", "Kenia: Wieder Tote bei Protesten gegen neue Steuern",
        "In Nairobi und Mombasa sind erneut Tausende gegen ein Finanzgesetz auf die Straße gegangen. Die Polizei setzte Tränengas und scharfe Munition ein.",
        '<p><em>Von Johanna Kessler, Studio Nairobi</em></p><p>Es ist der dritte Dienstag in Folge, an dem die Innenstadt von Nairobi stillsteht. Nach Angaben von Menschenrechtlern starben mindestens vier Menschen.</p>'
        '<p>„Wir zahlen für Schulden, die wir nie gemacht haben“, sagt die Studentin Wanjiru Mbugua, die mit ihren Kommilitonen aus Kisumu angereist ist.</p>'
        '<p>Die Regierung verweist auf Auflagen des Internationalen Währungsfonds.</p>', w,
        lambda k: it(k, "Kenia: Wieder Tote bei Protesten gegen neue Steuern", w, ["Johanna Kessler"], quotes=[q("Wanjiru Mbugua")], junk=["[mehr]", "Studio Nairobi"],
                     note="No author element: the correspondent is named only in the italic first paragraph of content:encoded ('Von Name, Studio Nairobi'): ['Johanna Kessler']. „…“ quotes. Foreign unrest with IMF conditions: relevant."),
        img=("kenia-proteste-nairobi-104", "Demonstranten in Nairobi"))
    w = d(2025, 8, 27, 12, 30, 0, 2)
    add("ausland/asien/china-indien-grenze-handel-101", "China und Indien öffnen Grenzhandel am Himalaya wieder",
        "Nach fünf Jahren Pause dürfen Händler wieder über drei Pässe Waren austauschen. Beobachter sehen ein Zeichen der Annäherung zwischen den beiden Atommächten.",
        '<p>Der Grenzhandel über den Lipulekh-, den Shipki-La- und den Nathu-La-Pass war seit den tödlichen Zusammenstößen im Galwan-Tal 2020 ausgesetzt.</p>'
        '<p>„Der Handel ist klein, das Signal ist groß“, sagt der Politikwissenschaftler Arvind Sethuraman-Kluge von der Universität Heidelberg.</p>', w,
        lambda k: it(k, "China und Indien öffnen Grenzhandel am Himalaya wieder", w, [], quotes=[q("Arvind Sethuraman-Kluge", "Universität Heidelberg")], junk=["[mehr]"],
                     note="No byline. Relevant."), img=("himalaya-pass-102", "Ein Grenzposten am Nathu-La-Pass"))
    w = d(2025, 8, 27, 9, 0, 0, 2)
    add("multimedia/video/video-1498220", "tagesbericht in 100 Sekunden",
        "Die wichtigsten Nachrichten des Morgens im Überblick.", "", w,
        lambda k: it(k, "tagesbericht in 100 Sekunden", w, [], story=False, rel=False, junk=["[mehr]"], note="News video round-up: not a story."))
    w = d(2025, 8, 26, 20, 5, 0, 2)
    add("ausland/europa/venedig-eintritt-tagestouristen-110", "Venedig verdoppelt Eintrittsgebühr für Tagestouristen",
        "Ab dem kommenden Jahr kostet der Besuch der Lagunenstadt an Spitzentagen zehn Euro. Hoteliers und Händler sind uneins.",
        '<p>Die Stadt hatte die Gebühr 2024 als Versuch eingeführt. Im Sommer zählte sie an manchen Tagen mehr als 100.000 Besucher.</p>', w,
        lambda k: it(k, "Venedig verdoppelt Eintrittsgebühr für Tagestouristen", w, [], rel=False, junk=["[mehr]"], note="Tourism and city policy abroad: a story, not relevant."),
        img=("venedig-touristen-100", "Touristen auf dem Markusplatz"))
    w = d(2025, 8, 26, 17, 40, 0, 2)
    add("kommentar/usa-zoelle-eu-abkommen-101", "Kommentar: Ein Zollabkommen, das nur eine Seite unterschrieben hat",
        "Die EU feiert die Einigung mit Washington als Erfolg. Doch wer genau liest, findet vor allem Zugeständnisse aus Brüssel.",
        '<p><em>Ein Kommentar von Matthias Oberholzer, Studio Brüssel</em></p><p>Fünfzehn Prozent auf fast alles, null Prozent in die Gegenrichtung: Wer das einen fairen Deal nennt, hat sich an schlechte Deals gewöhnt.</p>'
        '<p>Europa hätte mehr Hebel gehabt, als es genutzt hat.</p>', w,
        lambda k: it(k, "Kommentar: Ein Zollabkommen, das nur eine Seite unterschrieben hat", w, ["Matthias Oberholzer"], junk=["[mehr]", "Ein Kommentar von"],
                     note="Commentary: a story; the author is named only inside the body ('Ein Kommentar von Name, Studio Brüssel'). Title label 'Kommentar:' may be kept or dropped. EU–US trade: relevant."),
        img=("eu-usa-flaggen-100", "Flaggen der EU und der USA"))
    head = (f"    <title>tagesbericht.example - Ausland</title>\n    <link>{base}/ausland</link>\n    <description>Aktuelle Nachrichten aus aller Welt - die Nachrichten der Ersten Rundfunkanstalt</description>\n"
            f"    <language>de</language>\n    <copyright>Erste Rundfunkanstalt</copyright>\n    <lastBuildDate>{rfc822(d(2025, 8, 27, 19, 50, 31, 2))}</lastBuildDate>\n"
            f"    <atom:link href=\"{base}/ausland/index~rss2.xml\" rel=\"self\" type=\"application/rss+xml\"/>\n")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
            + head + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("de_tagesbericht_ausland_sophora.rss.xml", text, items, lang="de", outlet="tagesbericht", aliases=["tagesbericht.example", "Tagesbericht"],
                ctype="application/rss+xml;charset=utf-8",
                structure="Public broadcaster's 'Ausland' feed from Sophora in the tagesschau shape ('/ausland/index~rss2.xml'): channel titled with the DOMAIN ('tagesbericht.example - Ausland'), language de, copyright = the broadcaster, atom self link LAST in the head; items with title, link '….html', +0200 pubDate, CDATA content:encoded BEFORE the description (linked image with alt and title, two <br/>, the teaser, then body paragraphs and a '[mehr]' link), escaped plain teaser description, guid = link; bylines only inside the body ('Von Name, Studio City', 'Ein Kommentar von Name, Studio City'); 'Liveblog: ++ … ++', a 100-second video, a commentary and a tourism story; August 2025")


# ---------------------------------------------------------------- Frankfurt national daily (FAZ-like)
def mainufer():
    rows, items = [], []
    base = "https://www.mainufer-allgemeine.example"

    def add(path, aid, title, teaser, when, creator, cats, exp, img=True):
        url = f"{base}/{path}-{aid}.html"
        pic = f'<img src="https://media1.maz-img.example/ppmedia/aktuell/{aid % 9973}/{aid}/1_format_rss.jpg" alt="" width="120" height="80" />' if img else ""
        cr = f"\n\t\t\t<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        cts = "".join(f"\n\t\t\t<category>{esc(c)}</category>" for c in cats)
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}?GEPC=s3</link>\n\t\t\t<description>{cd(pic + '<p>' + teaser + '</p>')}</description>\n"
                    f"\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t\t<guid isPermaLink=\"true\">{url}</guid>{cr}{cts}\n\t\t</item>")
        items.append(exp(url))

    w = d(2026, 5, 12, 21, 3, 0, 2)
    add("politik/ausland/oesterreich-regierungskrise-neuwahl-im-herbst", 110472203, "Österreichs Koalition zerbricht: Neuwahl im Herbst",
        "Nach nur 14 Monaten ist das Dreierbündnis in Wien am Streit über das Budget gescheitert. Die Opposition sieht sich schon als Sieger. „Wir sind bereit“, sagte Parteichefin Elfriede Tauchner-Moll am Abend.", w,
        "Reinhard Vogelsang, Wien", ["Ausland", "Österreich"],
        lambda k: it(k, "Österreichs Koalition zerbricht: Neuwahl im Herbst", w, ["Reinhard Vogelsang"], quotes=[q("Elfriede Tauchner-Moll", "Parteichefin")],
                     note="dc:creator 'Name, City' (correspondent's post): the person only. Description CDATA with a thumbnail <img> then a <p>. Neighbour's government crisis: relevant."))
    w = d(2026, 5, 12, 17, 45, 0, 2)
    add("politik/ausland/chinas-haefen-in-europa-was-peking-in-piraeus-und-triest-plant", 110470991, "Was Peking mit Europas Häfen vorhat",
        "Chinesische Staatskonzerne halten Anteile an mehr als einem Dutzend europäischer Häfen. Eine Recherche über Einfluss, Abhängigkeiten und die Frage, wer im Ernstfall die Kräne steuert. Jetzt mit MAZ+ lesen.", w,
        "Katharina Welsch-Obuya", ["Ausland", "MAZ+"],
        lambda k: it(k, "Was Peking mit Europas Häfen vorhat", w, ["Katharina Welsch-Obuya"], junk=["Jetzt mit MAZ+ lesen"],
                     note="Paywalled analysis: a story; the teaser ends with the subscription prompt 'Jetzt mit MAZ+ lesen.' and the category 'MAZ+' marks it. Relevant."))
    w = d(2026, 5, 12, 14, 20, 0, 2)
    add("politik/ausland/iran-atomgespraeche-oman-naechste-runde", 110469877, "Iran und die USA vereinbaren neue Atomgespräche im Oman",
        "Die Gespräche sollen Ende Mai in Maskat fortgesetzt werden, teilte das omanische Außenministerium mit.", w,
        "dpa/Reuters", ["Ausland", "Iran"],
        lambda k: it(k, "Iran und die USA vereinbaren neue Atomgespräche im Oman", w, [], note="Agency copy: dc:creator 'dpa/Reuters' is not a person. Relevant."), img=False)
    w = d(2026, 5, 12, 11, 0, 0, 2)
    add("gesellschaft/bilder-des-tages-12-mai-2026", 110468002, "Bilder des Tages",
        "Ausgewählte Fotos aus aller Welt – vom Kirschblütenfest bis zum Vulkanausbruch.", w, None, ["Bilder"],
        lambda k: it(k, "Bilder des Tages", w, [], story=False, rel=False, note="Photo gallery: not a story."))
    w = d(2026, 5, 11, 19, 30, 0, 2)
    add("wirtschaft/bahnstreik-gdl-kuendigt-48-stunden-ausstand-an", 110466140, "Bahnstreik: GDL kündigt 48-Stunden-Ausstand an",
        "Pendler müssen sich ab Mittwochfrüh auf massive Einschränkungen im Fern- und Regionalverkehr einstellen.", w,
        "Jonas Pfeiffer-Adomeit, Berlin", ["Wirtschaft", "Ausland"],
        lambda k: it(k, "Bahnstreik: GDL kündigt 48-Stunden-Ausstand an", w, ["Jonas Pfeiffer-Adomeit"], rel=False,
                     note="Home economic news mis-tagged 'Ausland' as well: a story, not relevant."))
    w = d(2026, 5, 11, 15, 10, 0, 2)
    add("gesellschaft/menschen/norwegen-kronprinzenpaar-hochzeit-tochter-oslo", 110464719, "Norwegens Königshaus: Prinzessin heiratet im Dom von Trondheim",
        "Zur Trauung werden Gäste aus elf Königshäusern erwartet. Die Stadt rechnet mit 50.000 Schaulustigen.", w,
        "Ulrike Hennemann-Dahl", ["Gesellschaft", "Ausland"],
        lambda k: it(k, "Norwegens Königshaus: Prinzessin heiratet im Dom von Trondheim", w, ["Ulrike Hennemann-Dahl"], rel=False, note="Royal society news abroad: a story, not relevant."))
    head = (f"\t\t<title>Ausland - Mainufer Allgemeine</title>\n\t\t<link>{base}/politik/ausland/</link>\n\t\t<description>Nachrichten und Hintergründe aus dem Ausland</description>\n"
            f"\t\t<language>de-DE</language>\n\t\t<copyright>Mainufer Allgemeine Zeitung GmbH 2026</copyright>\n\t\t<lastBuildDate>{rfc822(d(2026, 5, 12, 21, 10, 0, 2))}</lastBuildDate>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n\t<channel>\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("de_mainuferallgemeine_ausland.rss.xml", text, items, lang="de", outlet="Mainufer Allgemeine", aliases=["Mainufer Allgemeine Zeitung", "MAZ"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Frankfurt national daily's 'Ausland' feed in the FAZ's shape: tab indentation, channel 'Ausland - Brand', de-DE, 'GmbH 2026' copyright; items with title, link carrying the '?GEPC=s3' tracking parameter, CDATA description with a 120x80 thumbnail <img> and a <p> teaser, +0200 pubDate, permalink guid WITHOUT the parameter, dc:creator AFTER the guid ('Name, City', 'dpa/Reuters', absent on the gallery), several <category> (the paywall tier 'MAZ+' as one); a paywalled analysis ending 'Jetzt mit MAZ+ lesen.', 'Bilder des Tages', a home rail strike and royal news tagged Ausland; May 2026")


# ---------------------------------------------------------------- Rome news agency 'Mondo' (ANSA-like)
def ain():
    rows, items = [], []
    base = "https://www.ain.example"

    def add(path, title, desc, when, exp):
        url = f"{base}/sito/notizie/mondo/{path}.html"
        rows.append(f"<item>\n<title><![CDATA[{title}]]></title>\n<description><![CDATA[{desc}]]></description>\n<link>{url}</link>\n<pubDate>{rfc822(when)}</pubDate>\n<guid>{url}</guid>\n</item>")
        items.append(exp(url))

    w = d(2025, 10, 14, 20, 18, 0, 2)
    add("europa/2025/10/14/ucraina-colloqui-a-ginevra-kiev-nessuna-concessione_4e0a1b2c-3d4e-5f60-7a8b-9c0d1e2f3a4b", "Ucraina, colloqui a Ginevra sul cessate il fuoco. Kiev: 'Nessuna concessione territoriale'",
        "Seconda giornata di colloqui tecnici a Ginevra. \"Il tavolo resta aperto, ma le linee rosse non si spostano\", ha detto all'AIN il diplomatico ucraino Oleksandr Havrylenko. (AIN)", w,
        lambda k: it(k, "Ucraina, colloqui a Ginevra sul cessate il fuoco. Kiev: 'Nessuna concessione territoriale'", w, [], quotes=[q("Oleksandr Havrylenko")], junk=["(AIN)"],
                     note="Agency feed: no author, CDATA title and description, description ending with the agency tag '(AIN)'. 'Paese, frase' title style. Relevant."))
    w = d(2025, 10, 14, 17, 0, 0, 2)
    add("foto/2025/10/14/le-foto-del-giorno_5a6b7c8d-9e0f-4a1b-2c3d-4e5f6a7b8c9d", "Le foto del giorno",
        "Una selezione delle immagini più significative della giornata dal mondo.", w,
        lambda k: it(k, "Le foto del giorno", w, [], story=False, rel=False, note="Photo gallery: not a story."))
    w = d(2025, 10, 14, 13, 42, 0, 2)
    add("mediooriente/2025/10/14/tempesta-di-sabbia-su-riad-il-video_6b7c8d9e-0f1a-4b2c-3d4e-5f6a7b8c9d0e", "Tempesta di sabbia su Riad, il cielo diventa arancione. VIDEO",
        "Le immagini diffuse sui social.", w,
        lambda k: it(k, "Tempesta di sabbia su Riad, il cielo diventa arancione. VIDEO", w, [], story=False, rel=False,
                     note="Video item: not a story. Trailing title label '. VIDEO' may be kept or dropped."))
    w = d(2025, 10, 14, 11, 25, 0, 2)
    add("europa/2025/10/14/esteri-italia-pronta-a-guidare-missione-ue-mar-rosso_7c8d9e0f-1a2b-4c3d-4e5f-6a7b8c9d0e1f", "Mar Rosso, l'Italia si candida a guidare la nuova missione navale Ue",
        "Il governo ha proposto al Consiglio Ue di assumere il comando della missione a partire da gennaio, con due fregate e un'unità di supporto. La decisione è attesa per novembre. (AIN)", w,
        lambda k: it(k, "Mar Rosso, l'Italia si candida a guidare la nuova missione navale Ue", w, [], junk=["(AIN)"],
                     note="Italy's own foreign and defence policy: relevant."))
    w = d(2025, 10, 14, 9, 10, 0, 2)
    add("asia/2025/10/14/giappone-nato-un-panda-allo-zoo-di-ueno_8d9e0f1a-2b3c-4d4e-5f6a-7b8c9d0e1f2a", "Giappone, nato un panda allo zoo di Ueno",
        "È il quinto cucciolo nato nello zoo di Tokyo. Sta bene, dicono i veterinari. (AIN)", w,
        lambda k: it(k, "Giappone, nato un panda allo zoo di Ueno", w, [], rel=False, junk=["(AIN)"], note="Animal news abroad: a story, not relevant."))
    w = d(2025, 10, 13, 22, 5, 0, 2)
    add("nordamerica/2025/10/13/usa-shutdown-terza-settimana-voli-cancellati_9e0f1a2b-3c4d-4e5f-6a7b-8c9d0e1f2a3b", "Usa, lo shutdown entra nella terza settimana. Cancellati 1.200 voli",
        "Mancano i controllori di volo in 14 aeroporti. \"È la prova che il blocco non è più solo politico\", ha osservato Daniela Restuccia, americanista dell'Università di Bologna. (AIN)", w,
        lambda k: it(k, "Usa, lo shutdown entra nella terza settimana. Cancellati 1.200 voli", w, [], quotes=[q("Daniela Restuccia", "Università di Bologna")], junk=["(AIN)"],
                     note="Another country's budget crisis: relevant (foreign politics)."))
    head = (f"<title>AIN.example - Mondo</title>\n<link>{base}/sito/notizie/mondo/mondo.shtml</link>\n<description>Le notizie di Mondo di AIN - Agenzia Italiana Notizie</description>\n"
            f"<language>it</language>\n<copyright>Copyright AIN</copyright>\n<image>\n<url>{base}/sito/img/ain_logo_rss.gif</url>\n<title>AIN.example</title>\n<link>{base}</link>\n</image>\n"
            f"<atom:link href=\"{base}/sito/notizie/mondo/mondo_rss.xml\" rel=\"self\" type=\"application/rss+xml\" />\n<lastBuildDate>{rfc822(d(2025, 10, 14, 20, 20, 0, 2))}</lastBuildDate>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("it_ain_mondo_agency.rss.xml", text, items, lang="it", outlet="AIN", aliases=["AIN - Agenzia Italiana Notizie", "Agenzia Italiana Notizie", "AIN.example"],
                ctype="text/xml; charset=UTF-8",
                structure="Rome news agency's 'Mondo' feed in ANSA's shape ('/sito/notizie/mondo/mondo_rss.xml'): no indentation, channel 'AIN.example - Mondo', language it, 'Copyright AIN', <image>, atom self link, lastBuildDate; items with CDATA title ('Paese, frase' style, a trailing '. VIDEO' label), CDATA plain-text description often ending with the agency tag '(AIN)', link '/…/<area>/YYYY/MM/DD/<slug>_<uuid>.html' and identical guid, +0200 pubDate; NO author; a photo gallery, a video, a panda story; October 2025")


# ---------------------------------------------------------------- Milan daily 'Esteri' (Méthode/Eidos, Corriere/Repubblica-like)
def naviglio():
    rows, items = [], []
    base = "https://www.corrieredelnaviglio.example"

    def add(path, title, desc, when, creator, exp, img=True):
        url = f"{base}/esteri/{path}.shtml"
        med = f'\n    <media:content url="https://images2.cdnimg.example/esteri/{path[-8:]}/{path[:12]}-kBqH-656x492@Corriere-Web-Sezioni.jpg" type="image/jpeg" medium="image" />' if img else ""
        cr = f"\n    <dc:creator>{cd(creator)}</dc:creator>" if creator is not None else ""
        rows.append(f"  <item>\n    <title>{cd(title)}</title>\n    <link>{url}</link>\n    <description>{cd(desc)}</description>\n    <pubDate>{rfc822(when)}</pubDate>\n"
                    f"    <guid isPermaLink=\"false\">{path[-8:]}</guid>{cr}{med}\n  </item>")
        items.append(exp(path[-8:]))

    w = d(2026, 3, 18, 22, 30, 0, 1)
    add("26_marzo_18/francia-governo-sfiducia-budget-3c1a44f2", "Francia, il governo cade sulla manovra: è il terzo in due anni",
        "<p>L'Assemblea nazionale ha votato la sfiducia con 301 voti. «Il Paese non può continuare a cambiare premier ogni sei mesi», ha detto il costituzionalista Étienne Marchal-Rivière.</p>", w,
        "di Giulia Ferrandi",
        lambda k: it(k, "Francia, il governo cade sulla manovra: è il terzo in due anni", w, ["Giulia Ferrandi"], quotes=[q("Étienne Marchal-Rivière")],
                     note="dc:creator with the Italian byline preposition 'di Name': the person only. «…» quotes. Relevant."))
    w = d(2026, 3, 18, 18, 15, 0, 1)
    add("26_marzo_18/ucraina-odessa-porto-attacco-droni-8a9b2c41", "Odessa, la notte dei droni sul porto: «Colpiti i silos del grano»",
        "<p><strong>dal nostro inviato Marco Bellandi</strong></p><p>ODESSA — Sei ore di allarme aereo, poi le esplosioni sul porto. «Abbiamo perso 40 mila tonnellate di grano destinate all'Egitto», ha detto Serhiy Pavlenko, direttore del terminal.</p>", w,
        None,
        lambda k: it(k, "Odessa, la notte dei droni sul porto: «Colpiti i silos del grano»", w, ["Marco Bellandi"], quotes=[q("Serhiy Pavlenko", "direttore del terminal")], junk=["dal nostro inviato"],
                     note="No dc:creator: the byline is the bold first line of the description ('dal nostro inviato Name'), the Italian correspondent credit. Relevant."))
    w = d(2026, 3, 18, 13, 0, 0, 1)
    add("26_marzo_18/podcast-il-mondo-in-dieci-minuti-puntata-412-5d6e7f80", "Il Mondo in dieci minuti | Puntata 412: le sanzioni che non funzionano",
        "<p>Ascolta la puntata di oggi del podcast della redazione Esteri.</p>", w,
        "Redazione Esteri",
        lambda k: it(k, "Il Mondo in dieci minuti | Puntata 412: le sanzioni che non funzionano", w, [], story=False, rel=False, note="Podcast: not a story; 'Redazione Esteri' is a desk."), img=False)
    w = d(2026, 3, 17, 20, 40, 0, 1)
    add("26_marzo_17/londra-asta-record-abito-principessa-c2d3e4f5", "Londra, asta record per l'abito da sera della principessa: 1,2 milioni di sterline",
        "<p>Il vestito indossato nel 1985 a una cena alla Casa Bianca è stato comprato da un collezionista anonimo.</p>", w,
        "di Fabrizia Colonnese",
        lambda k: it(k, "Londra, asta record per l'abito da sera della principessa: 1,2 milioni di sterline", w, ["Fabrizia Colonnese"], rel=False,
                     note="Royal memorabilia auction abroad: a story, not relevant."))
    w = d(2026, 3, 17, 16, 5, 0, 1)
    add("26_marzo_17/referendum-giustizia-affluenza-sondaggi-9f8e7d6c", "Referendum sulla giustizia, i sondaggi: testa a testa tra Sì e No",
        "<p>A cinque giorni dal voto le rilevazioni danno i due fronti separati da meno di due punti.</p>", w,
        "di Lorenzo Caprioglio",
        lambda k: it(k, "Referendum sulla giustizia, i sondaggi: testa a testa tra Sì e No", w, ["Lorenzo Caprioglio"], rel=False,
                     note="Italian home politics listed in the Esteri feed: a story, not relevant."))
    w = d(2026, 3, 17, 10, 20, 0, 1)
    add("26_marzo_17/cina-taiwan-esercitazioni-stretto-4b5c6d7e", "Cina, manovre militari intorno a Taiwan dopo il voto del parlamento di Taipei",
        "<p>Per la prima volta le esercitazioni includono la simulazione di un blocco dei porti di Kaohsiung e Keelung.</p>", w,
        "di Guido Santevecchi-Orlandi, corrispondente da Pechino",
        lambda k: it(k, "Cina, manovre militari intorno a Taiwan dopo il voto del parlamento di Taipei", w, ["Guido Santevecchi-Orlandi"], junk=["corrispondente da Pechino"],
                     note="dc:creator 'di Name, corrispondente da City': the person only. Relevant."))
    head = (f"  <title>Corriere del Naviglio - Esteri</title>\n  <link>{base}/esteri/</link>\n  <description>Esteri: le ultime notizie dal mondo</description>\n"
            f"  <language>it-it</language>\n  <copyright>Copyright (c) RCN MediaGroup S.p.A.</copyright>\n  <lastBuildDate>{rfc822(d(2026, 3, 18, 22, 35, 0, 1))}</lastBuildDate>\n"
            f"  <image>\n    <url>{base}/images/logo_rss.png</url>\n    <title>Corriere del Naviglio</title>\n    <link>{base}/</link>\n  </image>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">\n<channel>\n'
            + head + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("it_corrieredelnaviglio_esteri_methode.rss.xml", text, items, lang="it", outlet="Corriere del Naviglio", aliases=["Il Corriere del Naviglio"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Milan daily's 'Esteri' feed from a Méthode/Eidos front end: channel 'Brand - Esteri', it-it, 'Copyright (c) … S.p.A.', <image>; items with CDATA title, '/esteri/YY_mese_DD/<slug>-<8 hex>.shtml' links, CDATA <p> descriptions with «…» quotes, +0100 pubDate, non-permalink guid holding only the 8-hex content id, CDATA dc:creator with the Italian byline form ('di Name', 'di Name, corrispondente da City', 'Redazione Esteri') or ABSENT with the byline as a bold first line 'dal nostro inviato Name', media:content; a podcast, a royal auction and the Italian referendum in the Esteri feed; March 2026")


FEEDS = [weitblick, tagesbericht, mainufer, ain, naviglio]
