# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German and Italian feeds of the fifty-first held-out set: a Munich daily on Polopoly, a Hamburg
news magazine's own CMS, a Luxembourg German-language daily on Naviga (Atex), a Milan daily fed by
Méthode and a Ticino daily on Drupal 9. All outlets, people and quotations are invented."""
from h51 import cd, d, esc, feed, gmt, it, q, rfc822, utc0


# ---------------------------------------------------------------- Munich daily on Polopoly (2016)
def isar():
    base = "https://www.isarbote.example"
    rows, items = [], []

    def add(cid, sec, slug, title, when, creator, authors, desc, story=True, rel=True, quotes=None, junk=(), note=None):
        url = f"{base}/{sec}/{slug}-{cid}.html"
        cr = f"\n<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>\n<pubDate>{rfc822(when)}</pubDate>\n<guid isPermaLink=\"false\">{cid}</guid>{cr}\n"
                    f"<enclosure url=\"{base}/polopoly_fs/1.{cid[:-1]}!/httpImage/image.jpg_gen/derivatives/landscape_490/image.jpg\" type=\"image/jpeg\" length=\"0\"/>\n</item>")
        items.append(it(cid, title, when, authors, story, rel, junk, quotes, note))

    w = d(2016, 11, 9, 17, 30, 0, 1)
    add("6941227", "politik/ausland", "us-wahl-reaktionen-europa", "Nach der US-Wahl: Europa sucht nach Antworten", w, "Korbinian Huber, Brüssel", ["Korbinian Huber"],
        "<p>Die Außenminister der EU wollen sich am Sonntag zu einem Sondertreffen zusammensetzen. „Niemand in Brüssel hatte einen Plan B“, sagt die Politologin Theresa Obermaier-Lenz vom Centrum für transatlantische Studien.</p>",
        quotes=[q("Theresa Obermaier-Lenz", "Centrum für transatlantische Studien")], note="dc:creator 'Name, Ort': the person only. Relevant.")
    w = d(2016, 11, 9, 11, 5, 0, 1)
    add("6940981", "politik/ausland", "trump-gewinnt-praesidentschaftswahl", "Donald Trump gewinnt die US-Präsidentschaftswahl", w, "dpa/AFP", [],
        "<p>Der Republikaner hat die Mehrheit der Wahlleute sicher. Seine Konkurrentin räumte die Niederlage in einem Telefonat ein.</p>",
        note="Agenturmaterial: [] expected. Relevant.")
    w = d(2016, 11, 8, 20, 15, 0, 1)
    add("6940702", "politik/ausland", "kommentar-amerika-waehlt", "Kommentar: Amerika wählt, die Welt hält den Atem an", w, "Veronika Sedlmayr", ["Veronika Sedlmayr"],
        "<p>Egal, wie diese Nacht ausgeht: Das Land ist tiefer gespalten als je zuvor seit dem Vietnamkrieg.</p>",
        note="Kommentar: a story, relevant. Title label 'Kommentar:' may be kept or dropped.")
    w = d(2016, 11, 8, 14, 40, 0, 1)
    add("6940533", "bayern", "bayern-unternehmen-exporte-usa", "Bayerische Exporteure fürchten Zölle aus Washington", w, "Andreas Pöschl", ["Andreas Pöschl"],
        "<p>Die USA sind der wichtigste Absatzmarkt für Maschinen und Autos aus Bayern. „Jeder zehnte Arbeitsplatz in der Branche hängt am Export nach Amerika“, sagt Florian Wimmer, Geschäftsführer eines Zulieferers in Dingolfing.</p>",
        quotes=[q("Florian Wimmer")], note="Bavarian economy angle on the US election: a story; relevant (foreign trade policy seen from home).")
    w = d(2016, 11, 7, 18, 0, 0, 1)
    add("6940230", "politik/ausland", "tuerkei-festnahmen-hdp-abgeordnete", "Türkei: Festnahme von HDP-Chefs empört Berlin", w, "Reuters/dpa", [],
        "<p>Die Bundesregierung hat den türkischen Botschafter ins Auswärtige Amt einbestellt. Die Festnahmen seien „ein Alarmsignal“, hieß es aus dem Ministerium.</p>",
        note="Agency credit. Germany's own foreign policy: relevant.")
    w = d(2016, 11, 7, 9, 30, 0, 1)
    add("6940101", "politik/ausland", "bildergalerie-wahlkampf-finale", "Bildergalerie: Das Wahlkampf-Finale in Bildern", w, "", [],
        "<p>Die letzten Auftritte von Clinton und Trump.</p>", story=False, rel=False,
        note="Photo gallery: not a story. Title label 'Bildergalerie:' may be kept or dropped.")
    head = (f"<title>Isarbote - Ausland</title>\n<link>{base}/politik/ausland/</link>\n<description>Nachrichten aus aller Welt - Isarbote</description>\n<language>de</language>\n"
            f"<copyright>Isarbote Verlag GmbH</copyright>\n<pubDate>{rfc822(d(2016, 11, 9, 17, 31, 0, 1))}</pubDate>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("de_isarbote_ausland_polopoly.rss.xml", text, items, lang="de", outlet="Isarbote",
                ctype="application/rss+xml; charset=UTF-8",
                structure="Munich daily's 'Ausland' feed from Polopoly: no indentation, channel 'Brand - Ausland', language 'de', 'Verlag GmbH' copyright, '/<section>/<slug>-<7-digit content id>.html' links, the bare content id as guid, dc:creator after the guid with 'Name, Ort', a person or 'dpa/AFP'/'Reuters/dpa', escaped <p> teasers with „…“ quotes, polopoly_fs derivative enclosures, +0100 dates in November 2016, a Kommentar, a Bavarian business item and a Bildergalerie")


# ---------------------------------------------------------------- Hamburg news magazine, own CMS (2020)
def hanse():
    base = "https://www.hansekurier.example"
    rows, items = [], []

    def add(uid, sec, slug, title, when, desc, authors=(), story=True, rel=True, quotes=None, junk=(), note=None):
        url = f"{base}/{sec}/{slug}-a-{uid}"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}#ref=rss</link><description>{esc(desc)}</description>"
                    f"<enclosure type=\"image/jpeg\" url=\"https://cdn.hansekurier.example/images/{uid[:8]}.jpg\"/><category>{sec.split('/')[0].capitalize()}</category>"
                    f"<pubDate>{rfc822(when)}</pubDate><guid>{url}</guid></item>")
        items.append(it(url, title, when, list(authors), story, rel, junk, quotes, note))

    w = d(2020, 8, 17, 19, 12, 0, 2)
    add("3b8e1f0a-7c2d-4e1b-9a0f-55d2e8c1a901", "ausland", "belarus-streik-in-minsk-staatsbetriebe", "Belarus: Arbeiter in Staatsbetrieben schließen sich Protesten an", w,
        "In Minsk legen Tausende Beschäftigte die Arbeit nieder, Machthaber Lukaschenko wird bei einem Fabrikbesuch ausgebuht. Die Opposition spricht von einem Wendepunkt.",
        note="No author element at all (the magazine's feed carries none): [] expected. Relevant.")
    w = d(2020, 8, 17, 15, 0, 0, 2)
    add("c01d77e2-1a5b-4f3e-8c2a-0e9b4d6f2a13", "ausland", "libanon-regierung-nach-explosion", "Libanon nach der Explosion: Wer regiert jetzt in Beirut?", w,
        "Die Regierung ist zurückgetreten, die alten Eliten sitzen fest im Sattel. Eine Analyse.",
        note="Analysis with the genre word in the teaser: a story, relevant.")
    w = d(2020, 8, 16, 21, 30, 0, 2)
    add("77aa90c4-2b0e-4a8f-b1d3-1f6e0c5e7d24", "ausland", "usa-post-briefwahl-streit", "Streit um die Post: Demokraten fürchten Sabotage der Briefwahl", w,
        "Der neue Postchef lässt Sortiermaschinen abbauen. „Das ist kein Sparprogramm, das ist Wahlkampf“, sagt die Wahlrechtsexpertin Jolene Harrow-Beck aus Philadelphia.",
        quotes=[q("Jolene Harrow-Beck")], note="Relevant.")
    w = d(2020, 8, 16, 10, 0, 0, 2)
    add("9f3c2b11-6d4a-4c7e-a2f5-3e8d1b0c9a35", "politik/deutschland", "corona-reiserueckkehrer-testpflicht", "Testpflicht für Reiserückkehrer: Länder melden Engpässe", w,
        "Seit einer Woche müssen sich Urlauber aus Risikogebieten testen lassen. In Bayern warten Tausende auf ihr Ergebnis.",
        rel=False, note="German domestic politics in the magazine's feed: a story, not relevant.")
    w = d(2020, 8, 15, 18, 45, 0, 2)
    add("e2d4a6b8-0c1e-4f3a-9b5d-7c9e1f3a5b46", "ausland", "israel-vae-abkommen-reaktionen", "Israel und die Emirate: Was das Abkommen für die Region bedeutet", w,
        "Die Vereinigten Arabischen Emirate nehmen diplomatische Beziehungen zu Israel auf. Die Palästinenser sprechen von Verrat.",
        note="Relevant.")
    w = d(2020, 8, 15, 8, 0, 0, 2)
    add("5a7c9e1b-3d5f-4a7c-8e9a-1b3d5f7a9c57", "ausland", "podcast-die-lage-am-morgen-belarus", "Podcast »Die Lage am Morgen«: Kippt das Regime in Minsk?", w,
        "Unser Nachrichtenpodcast, jeden Werktag ab 6 Uhr – überall, wo es Podcasts gibt.",
        story=False, rel=False, note="Podcast episode: not a story. Title label 'Podcast »Die Lage am Morgen«:' may be kept or dropped.")
    head = (f"<title>HANSEKURIER - Ausland</title><link>{base}/ausland/</link><description>Deutschlands Nachrichtenmagazin aus Hamburg: Nachrichten aus dem Ausland</description>"
            f"<language>de</language><pubDate>{rfc822(d(2020, 8, 17, 19, 14, 0, 2))}</pubDate><lastBuildDate>{rfc822(d(2020, 8, 17, 19, 14, 0, 2))}</lastBuildDate>"
            f"<image><title>HANSEKURIER</title><link>{base}/</link><url>{base}/public/logo-rss.png</url></image>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>' + head + "".join(rows) + "</channel></rss>\n"
    return feed("de_hansekurier_ausland.rss.xml", text, items, lang="de", outlet="Hansekurier", aliases=["HANSEKURIER"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Hamburg weekly news magazine's own CMS, 'Ausland' feed: one line, channel 'BRAND - Ausland' with the brand in capitals, language 'de', <image>, no author element anywhere, '/<section>/<slug>-a-<uuid>' links with '#ref=rss' while the guid is the bare URL, enclosures without length, one <category>, plain-text teasers with „…“ and »…« quotes, +0200 dates in August 2020, a domestic item and a daily podcast")


# ---------------------------------------------------------------- Luxembourg German-language daily on Naviga/Atex (2022)
def alzette():
    base = "https://www.alzettezeitung.example"
    rows, items = [], []

    def add(aid, slug, title, when, author, authors, desc, story=True, rel=True, quotes=None, junk=(), note=None, sec="international"):
        url = f"{base}/{sec}/{slug}/{aid}.html"
        au = f"\n    <dc:creator>{cd(author)}</dc:creator>" if author else ""
        rows.append(f"  <item>\n    <title>{cd(title)}</title>\n    <link>{url}</link>\n    <guid isPermaLink=\"false\">{aid}</guid>{au}\n    <pubDate>{rfc822(when)}</pubDate>\n"
                    f"    <description>{cd(desc)}</description>\n    <category>{cd('International' if sec == 'international' else 'Lokales')}</category>\n  </item>")
        items.append(it(aid, title, when, authors, story, rel, junk, quotes, note))

    w = d(2022, 6, 24, 18, 10, 0, 2)
    add("d7c1a2e4-22f0-4b8c-9e61-3f0a7b2c5d18", "eu-gipfel-kandidatenstatus-ukraine-moldau", "EU-Gipfel: Ukraine und Moldau werden Beitrittskandidaten", w, "Jean-Paul Weber (Brüssel)", ["Jean-Paul Weber"],
        "<p>Die Staats- und Regierungschefs der EU haben der Ukraine und der Republik Moldau den Kandidatenstatus verliehen. Luxemburgs Regierung sprach von einem „historischen Signal“.</p><p>„Der Weg bis zum Beitritt wird trotzdem lang“, sagte die Europarechtlerin Anne Kieffer-Thill von der Universität Luxemburg.</p>",
        quotes=[q("Anne Kieffer-Thill", "Universität Luxemburg")], note="Creator 'Name (Ort)': the person only. EU affairs: relevant.")
    w = d(2022, 6, 24, 11, 0, 0, 2)
    add("5a0e9b31-7d42-4c10-8f3b-61c2e9d0a4f7", "usa-supreme-court-abtreibung", "US-Supreme-Court kippt Recht auf Abtreibung", w, "AFP/dpa", [],
        "<p>Das Oberste Gericht der USA hat das Grundsatzurteil „Roe v. Wade“ aufgehoben. Die Bundesstaaten können Abtreibungen nun verbieten.</p>",
        note="Agency credit. Relevant.")
    w = d(2022, 6, 23, 20, 30, 0, 2)
    add("b3f6c8d0-1e2a-4a5b-b7c9-d0e1f2a3b4c5", "kolumbien-wahl-petro-analyse", "Analyse: Was Kolumbiens erster linker Präsident verändern kann", w, "Marc Schmit", ["Marc Schmit"],
        "<p>Gustavo Petro hat die Stichwahl gewonnen. Seine Mehrheit im Kongress ist dünn, die Erwartungen sind riesig.</p>",
        note="Analysis: a story, relevant. Title label 'Analyse:' may be kept or dropped.")
    w = d(2022, 6, 23, 9, 45, 0, 2)
    add("c9e2d4f6-8a0b-4c1d-9e3f-5a7b9c1d3e5f", "grenzgaenger-homeoffice-frankreich-abkommen", "Grenzgänger: 34 Tage Homeoffice auch mit Frankreich", w, "Claude Reuter", ["Claude Reuter"],
        "<p>Luxemburg und Frankreich haben die Toleranzschwelle für Telearbeit von Grenzgängern angehoben.</p><p>„Für die 120.000 Pendler aus Lothringen ist das eine gute Nachricht“, sagte Gewerkschafter Patrick Hoffmann-Diederich.</p>",
        quotes=[q("Patrick Hoffmann-Diederich")], note="A bilateral tax agreement with France: relevant (foreign policy with home effects).")
    w = d(2022, 6, 22, 16, 0, 0, 2)
    add("e1f3a5b7-c9d1-4e3f-a5b7-c9d1e3f5a7b9", "tram-kirchberg-bauarbeiten-sperrung", "Tram: Sperrung auf dem Kirchberg ab Montag", w, "Redaktion", [],
        "<p>Wegen Bauarbeiten fährt die Tram zwischen Rout Bréck und Luxexpo zwei Wochen lang nicht.</p>",
        rel=False, note="Local traffic notice in the feed: a story (short news), not relevant. 'Redaktion' is not a person.", sec="lokales")
    w = d(2022, 6, 22, 8, 0, 0, 2)
    add("f2a4b6c8-d0e2-4f4a-b6c8-d0e2f4a6b8c0", "quiz-nato-gipfel-madrid", "Quiz: Wie gut kennen Sie die NATO?", w, "", [],
        "<p>Zehn Fragen vor dem Gipfel in Madrid.</p>", story=False, rel=False, note="Quiz: not a story. Title label 'Quiz:' may be kept or dropped.")
    head = (f"  <title>{cd('Alzette Zeitung – International')}</title>\n  <link>{base}/international/</link>\n  <description>{cd('Nachrichten aus aller Welt')}</description>\n"
            f"  <language>de-LU</language>\n  <generator>Naviga Web</generator>\n  <lastBuildDate>{rfc822(d(2022, 6, 24, 18, 12, 0, 2))}</lastBuildDate>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("de_lu_alzettezeitung_international_naviga.rss.xml", text, items, lang="de", outlet="Alzette Zeitung",
                ctype="application/rss+xml; charset=UTF-8",
                structure="Luxembourg German-language daily's 'International' feed on Naviga Web (Atex lineage): two-space indentation, CDATA channel title 'Brand – International', language de-LU, <generator>Naviga Web</generator>, '/<section>/<slug>/<uuid>.html' links, the UUID as non-permalink guid BEFORE dc:creator and pubDate, CDATA titles, creators ('Name (Ort)', a person, 'AFP/dpa', 'Redaktion' or absent) and <p> descriptions with „…“ quotes, CDATA categories, +0200 dates in June 2022, an analysis, a local tram notice and a quiz")


# ---------------------------------------------------------------- Milan daily, Méthode-fed (2017)
def naviglio():
    base = "https://www.corrieredelnaviglio.example"
    rows, items = [], []

    def add(cid, slug, title, when, desc, story=True, rel=True, quotes=None, junk=(), note=None, authors=(), sec="esteri"):
        url = f"{base}/{sec}/17_ottobre_{when.day:02d}/{slug}-{cid}.shtml"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>\n<pubDate>{rfc822(when)}</pubDate>\n<guid isPermaLink=\"true\">{url}</guid>\n</item>")
        items.append(it(url, title, when, list(authors), story, rel, junk, quotes, note))

    w = d(2017, 10, 27, 19, 30, 0, 2)
    add("a1c3e5f0-bb2d-11e7-9a4c-3f1d2c5e7a91", "catalogna-dichiara-indipendenza-madrid-commissariamento", "Catalogna, il Parlamento vota l’indipendenza. Madrid commissaria la regione", w,
        "<p>Il Senato spagnolo ha approvato l’applicazione dell’articolo 155. «È il giorno più lungo della democrazia spagnola», dice lo storico Arnau Puigvert Solà.</p><p>di Elena Marchetti Sforzini, inviata a Barcellona</p>",
        quotes=[q("Arnau Puigvert Solà")], authors=["Elena Marchetti Sforzini"], junk=["inviata a Barcellona"],
        note="No author element: the byline is the closing 'di Nome, inviata a Città' line of the description, which is junk in the summary. Relevant.")
    w = d(2017, 10, 27, 12, 10, 0, 2)
    add("f0b2d4e6-bb1c-11e7-8d3e-2a4c6e8f0b12", "giappone-abe-vittoria-elettorale-costituzione", "Giappone, Abe rafforzato punta a riformare la Costituzione pacifista", w,
        "<p>Dopo il successo alle elezioni anticipate, il premier ha i numeri per proporre la modifica dell’articolo 9.</p>",
        note="No author. Relevant.")
    w = d(2017, 10, 26, 21, 0, 0, 2)
    add("c4e6a8b0-ba6e-11e7-9f2a-1b3d5f7a9c23", "referendum-autonomia-lombardia-trattativa-roma", "Autonomia, la Lombardia apre la trattativa con Roma dopo il referendum", w,
        "<p>Il presidente della Regione incontrerà il governo la prossima settimana.</p>", rel=False,
        note="Home (Lombardy) politics in the feed: a story, not relevant.", sec="politica")
    w = d(2017, 10, 26, 9, 20, 0, 2)
    add("e8a0c2d4-ba4f-11e7-8b1c-0a2c4e6f8a34", "kenya-voto-ripetuto-boicottaggio-opposizione", "Kenya, si rivota tra scontri e boicottaggio dell’opposizione", w,
        "<p>Seggi chiusi in quattro contee dell’ovest. L’affluenza sarebbe sotto il 35%.</p><p>(Ansa)</p>",
        junk=["(Ansa)"], note="Agency tag '(Ansa)' at the end: junk. No author. Relevant.")
    w = d(2017, 10, 25, 18, 0, 0, 2)
    add("b2d4f6a8-b9a1-11e7-a3c5-7e9a1c3e5a45", "cina-xi-jinping-nuovo-politburo-analisi", "L’analisi. Il nuovo Politburo e il potere senza rivali di Xi", w,
        "<p>Nessun successore designato, il «pensiero» del leader nella Costituzione del partito. Cosa cambia per l’Europa.</p><p>di Guido Santambrogio</p>",
        authors=["Guido Santambrogio"], note="Analysis: a story, relevant; byline in the closing 'di Nome' line. Title label 'L’analisi.' may be kept or dropped.")
    w = d(2017, 10, 25, 10, 0, 0, 2)
    add("d6f8b0c2-b982-11e7-9c4d-5f7b9d1f3b56", "video-uragano-ophelia-irlanda", "Il video dell’uragano Ophelia che si abbatte sull’Irlanda", w,
        "<p>Le immagini delle onde sulla costa di Galway.</p>", story=False, rel=False, note="Video page: not a story.")
    head = (f"<title>Corriere del Naviglio - Esteri</title>\n<link>{base}/esteri/</link>\n<description>Esteri - Corriere del Naviglio</description>\n<language>it-it</language>\n"
            f"<copyright>Copyright RCN Editoriale S.p.A.</copyright>\n<lastBuildDate>{rfc822(d(2017, 10, 27, 19, 31, 0, 2))}</lastBuildDate>\n")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("it_corrieredelnaviglio_esteri_methode.rss.xml", text, items, lang="it", outlet="Corriere del Naviglio",
                ctype="text/xml; charset=UTF-8",
                structure="Milan daily's 'Esteri' feed from a Méthode-fed front: no indentation, channel 'Brand - Esteri', it-it, 'Editoriale S.p.A.' copyright, '/<section>/17_ottobre_DD/<slug>-<uuid>.shtml' permalink guids, no author element (bylines only as a closing 'di Nome' paragraph), escaped <p> descriptions with «…» quotes and ’ apostrophes, an '(Ansa)' tag, +0200 dates in October 2017, a Lombardy politics item, an analysis and a video")


# ---------------------------------------------------------------- Ticino daily on Drupal 9 (2023)
def verbano():
    base = "https://www.gazzettadelverbano.example"
    rows, items = [], []

    def add(nid, sec, slug, title, when, creator, authors, desc, story=True, rel=True, quotes=None, junk=(), note=None):
        url = f"{base}/{sec}/{slug}"
        cr = f"\n  <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{url}</link>\n  <description>{esc(desc)}</description>\n  <pubDate>{rfc822(when)}</pubDate>{cr}\n  <guid isPermaLink=\"false\">{nid} at {base}</guid>\n    </item>")
        items.append(it(f"{nid} at {base}", title, when, authors, story, rel, junk, quotes, note))

    w = d(2023, 5, 21, 17, 40, 0, 2)
    add(412877, "mondo", "g7-hiroshima-zelensky-bilancio", "G7 di Hiroshima, Zelensky incassa il sì ai caccia F-16", w, "Red. Online / ATS", [],
        '<p>I leader del G7 hanno chiuso il vertice con l’impegno a sostenere l’Ucraina «per tutto il tempo necessario».</p><p><a href="/mondo/g7-hiroshima-zelensky-bilancio" hreflang="it">Leggi tutto</a></p>',
        junk=["Leggi tutto"], note="Desk and agency credit: []. Drupal's 'Leggi tutto' link is junk. Relevant.")
    w = d(2023, 5, 21, 10, 5, 0, 2)
    add(412840, "mondo", "turchia-ballottaggio-erdogan-kilicdaroglu", "Turchia verso il ballottaggio, l’opposizione cerca i voti nazionalisti", w, "Matteo Bernasconi", ["Matteo Bernasconi"],
        '<p>Il 28 maggio si torna alle urne. «Il voto della diaspora in Germania e in Svizzera può pesare», osserva il politologo Mehmet Aydın Keller.</p><p><a href="/mondo/turchia-ballottaggio-erdogan-kilicdaroglu" hreflang="it">Leggi tutto</a></p>',
        quotes=[q("Mehmet Aydın Keller")], junk=["Leggi tutto"], note="Relevant.")
    w = d(2023, 5, 20, 19, 15, 0, 2)
    add(412791, "svizzera", "accordo-quadro-ue-berna-colloqui-esplorativi", "Berna e Bruxelles, ripartono i colloqui esplorativi", w, "Red. Online / ATS", [],
        '<p>Il Consiglio federale ha incaricato la segretaria di Stato di proseguire i sondaggi con la Commissione europea.</p><p><a href="/svizzera/accordo-quadro-ue-berna-colloqui-esplorativi" hreflang="it">Leggi tutto</a></p>',
        junk=["Leggi tutto"], note="Switzerland's relations with the EU are foreign policy: relevant.")
    w = d(2023, 5, 20, 8, 30, 0, 2)
    add(412755, "ticino", "emilia-romagna-alluvione-volontari-ticinesi", "Alluvione in Romagna, partono i volontari ticinesi", w, "Sara Fontana-Pedrazzini", ["Sara Fontana-Pedrazzini"],
        '<p>Una colonna della Protezione civile di Mendrisio porterà pompe e generatori a Faenza.</p><p>«Siamo a tre ore di strada, è naturale aiutare», dice il comandante Giorgio Cattaneo.</p><p><a href="/ticino/emilia-romagna-alluvione-volontari-ticinesi" hreflang="it">Leggi tutto</a></p>',
        quotes=[q("Giorgio Cattaneo")], junk=["Leggi tutto"], note="Aid to a neighbouring country's disaster from Ticino: a story, relevant (international aid).")
    w = d(2023, 5, 19, 21, 0, 0, 2)
    add(412720, "mondo", "fotogallery-incoronazione-londra", "FOTOGALLERY | Le immagini dell’incoronazione rilette due settimane dopo", w, "", [],
        '<p>Venti scatti.</p><p><a href="/mondo/fotogallery-incoronazione-londra" hreflang="it">Leggi tutto</a></p>',
        story=False, rel=False, note="Photo gallery: not a story. Title label 'FOTOGALLERY |' may be kept or dropped.")
    w = d(2023, 5, 19, 14, 20, 0, 2)
    add(412698, "mondo", "sudan-tregua-gedda-firmata", "Sudan, firmata a Gedda una tregua di sette giorni", w, "Red. Online / ATS", [],
        '<p>Esercito e paramilitari si sono impegnati a consentire corridoi umanitari a partire da lunedì sera.</p><p><a href="/mondo/sudan-tregua-gedda-firmata" hreflang="it">Leggi tutto</a></p>',
        junk=["Leggi tutto"], note="Relevant.")
    head = (f'  <title>Mondo | Gazzetta del Verbano</title>\n  <link>{base}/</link>\n  <description/>\n  <language>it</language>\n')
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="' + base + '/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n'
            + head + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("it_ch_gazzettadelverbano_mondo_drupal9.rss.xml", text, items, lang="it", outlet="Gazzetta del Verbano",
                ctype="application/rss+xml; charset=utf-8",
                structure="Ticino (Locarno) daily's 'Mondo' feed from Drupal 9 views with the fields row: xml:base, channel 'Mondo | Brand', empty description, language 'it' (Swiss home shows through Berna, Consiglio federale, Mendrisio), '/<section>/<slug>' links with mondo, svizzera and ticino mixed, '<nid> at <base>' guids last, escaped <p> teasers ending with a relative 'Leggi tutto' link, dc:creator 'Red. Online / ATS' or a person, +0200 dates in May 2023, a volunteers story and a FOTOGALLERY")


FEEDS = [isar, hanse, alzette, naviglio, verbano]
