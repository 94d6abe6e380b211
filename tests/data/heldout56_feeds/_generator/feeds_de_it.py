# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German and Italian feeds of the fifty-sixth held-out set: a Zurich national daily, a
German international broadcaster's German service (RSS 1.0), a Munich national daily, the
national news agency's world wire and a Palermo daily. All outlets, people and quotations are
invented."""
from datetime import UTC

from h56 import cd, d, esc, feed, gmt, it, ordered, q, rfc822


# ---------------------------------------------------------------- Zurich national daily (September 2020)
def helvetische():
    rows, items = [], []
    base = "https://www.helvetische.example"

    def add(ld, sect, slug, title, when, creator, lead, exp):
        url = f"{base}/{sect}/{slug}-ld.{ld}"
        cr = f"\n      <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{esc(lead)}</description>\n      <pubDate>{gmt(when)}</pubDate>\n"
                    f'      <guid isPermaLink="false">ld.{ld}</guid>{cr}\n      <media:content url="https://img.helvetische.example/2020/{when.month:02d}/{when.day:02d}/{ld:x}.jpeg?width=1360&amp;height=765&amp;fit=bounds&amp;quality=75" medium="image"/>\n    </item>')
        items.append(exp(f"ld.{ld}"))

    w = d(2020, 9, 19, 17, 45, 0, 2)
    t = "In Minsk marschieren die Frauen jeden Samstag – und die Polizei greift härter durch"
    add(1577102, "international", "belarus-frauen-marsch-minsk", t, w, "Rahel Zimmerli, Wien",
        "Seit der umstrittenen Präsidentenwahl gehen in Weissrussland jedes Wochenende Zehntausende auf die Strasse. «Wir haben keine Angst mehr, wir sind nur noch müde», sagt Alina Schuk vom Koordinationsrat der Opposition.",
        lambda k: it(k, t, w, ["Rahel Zimmerli"], quotes=[q("Alina Schuk", "Koordinationsrat der Opposition")],
                     note="The Zurich daily's section RSS: 'ld.<7 digits>' article ids as non-permalink guids (the same id ends the link), lead as plain-text description, GMT dates (newsroom +0200), dc:creator 'Name, Ort' — the correspondent's base city after a comma is not part of the name. Swiss spelling without ß ('Weissrussland', 'Strasse'), «…» quotes. Relevant."))
    w = d(2020, 9, 16, 13, 20, 0, 2)
    t = "Die Schweiz nimmt 20 unbegleitete Minderjährige aus dem abgebrannten Lager Moria auf"
    add(1576240, "schweiz", "moria-schweiz-nimmt-minderjaehrige-auf", t, w, "sda",
        "Nach dem Brand im griechischen Flüchtlingslager will der Bund rasch handeln. «Wir handeln im Rahmen dessen, was mit den Kantonen abgesprochen ist», sagte Daniel Bucher, Sprecher des Staatssekretariats für Migration.",
        lambda k: it(k, t, w, [], quotes=[q("Daniel Bucher", "Sprecher des Staatssekretariats für Migration")],
                     note="Agency copy: dc:creator 'sda' is the Swiss news agency, not a person. Filed under /schweiz/ but the home country's refugee intake from Greece is foreign policy: relevant. The affiliation is the role with its body as the text writes it ('Sprecher des Staatssekretariats für Migration'; label audit: was the body re-declined to the nominative, words the text does not have), as set 54's correction for 'Sicherheitsdirektorin des Kantons Tessin' and this set's 'Krašto apsaugos ministerijos atstovas spaudai'."))
    w = d(2020, 9, 27, 16, 10, 0, 2)
    t = "Heftige Kämpfe um Nagorni Karabach – Armenien und Aserbaidschan verhängen Kriegsrecht"
    add(1578630, "international", "nagorni-karabach-kaempfe-kriegsrecht", t, w, "Jonas Gerber, Tiflis",
        "Armenien und Aserbaidschan werfen sich gegenseitig vor, die Kämpfe um die umstrittene Region begonnen zu haben. Beide Seiten melden Tote unter Soldaten und Zivilisten.",
        lambda k: it(k, t, w, ["Jonas Gerber"], note="dc:creator 'Name, Tiflis'. Relevant."))
    w = d(2020, 9, 27, 14, 55, 0, 2)
    t = "Vaterschaftsurlaub: Das Stimmvolk sagt deutlich Ja zu zwei Wochen"
    add(1578611, "schweiz", "abstimmung-vaterschaftsurlaub-ja", t, w, "Simone Aebischer, Bern",
        "Väter erhalten künftig zwei Wochen bezahlten Urlaub nach der Geburt eines Kindes. Die Vorlage wurde mit rund 60 Prozent Ja-Stimmen angenommen.",
        lambda k: it(k, t, w, ["Simone Aebischer"], rel=False, note="Home vote: not relevant."))
    w = d(2020, 9, 25, 4, 0, 0, 2)
    t = "«HA Akzent»: Warum Lukaschenko noch nicht gefallen ist"
    add(1578002, "international", "ha-akzent-podcast-lukaschenko", t, w, "Nadine Frei",
        "Im Podcast erklärt unsere Osteuropa-Korrespondentin, worauf sich der Machthaber in Minsk noch stützen kann. Hören Sie «HA Akzent» auf allen gängigen Podcast-Plattformen.",
        lambda k: it(k, t, w, ["Nadine Frei"], story=False, rel=False, junk=["Podcast-Plattformen"],
                     note="Daily podcast episode (the show's name in «…» as title label): a non-story. The host is named as dc:creator."))
    w = d(2020, 9, 23, 5, 30, 0, 2)
    t = "Das Rahmenabkommen ist nicht tot – es fehlt nur der Mut, es zu retten"
    add(1577720, "meinung", "kommentar-rahmenabkommen-eu-schweiz", t, w, "Urs Frehner",
        "Nach der Abstimmung über die Begrenzungsinitiative muss der Bundesrat mit Brüssel Klartext reden. Ein Kommentar.",
        lambda k: it(k, t, w, ["Urs Frehner"], note="Commentary (in /meinung/, 'Ein Kommentar.') on the home country's treaty with the EU: a story, relevant (foreign policy)."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
            f"    <title>International - News und Hintergründe | HA</title>\n    <link>{base}/international</link>\n    <description>Aktuelle Nachrichten, Analysen und Hintergründe aus aller Welt</description>\n"
            f'    <language>de-CH</language>\n    <atom:link href="{base}/international.rss" rel="self" type="application/rss+xml"/>\n    <lastBuildDate>{gmt(d(2020, 9, 27, 16, 15, 0, 2))}</lastBuildDate>\n')
    text = head + "\n".join(rows) + "\n  </channel>\n</rss>\n"
    return feed("de_ch_helvetische_international_ld.rss.xml", text, items, lang="de", outlet="Helvetische Allgemeine",
                aliases=["HA"],
                structure="Zurich national daily's 'International' section RSS (/international.rss), September 2020: channel 'International - News und Hintergründe | HA' (only the abbreviation of the brand), de-CH, atom self link; items title, link ending '-ld.<id>', plain-text lead as description, GMT pubDate (newsroom +0200), non-permalink guid 'ld.<id>', dc:creator 'Name, Ort' (correspondent and base city), the agency 'sda' or the host of a podcast, media:content image; Swiss spelling without ß and «…» quotes; a home vote, a commentary and a podcast episode from other sections",
                notes="Relevance from Switzerland. The channel title names the paper only as 'HA'; the outlet is 'Helvetische Allgemeine' (the domain), 'HA' is also acceptable.")


# ---------------------------------------------------------------- German international broadcaster, German service, RSS 1.0 (September 2021)
def kurzwelle():
    rows, items, lis = [], [], []
    base = "https://www.kurzwelle.example"

    def add(aid, slug, title, when, subject, desc, exp, av=False):
        url = f"{base}/de/{slug}/{'av' if av else 'a'}-{aid}?maca=de-rss-de-all-1119-rdf"
        lis.append(f'<rdf:li rdf:resource="{esc(url)}"/>')
        rows.append(f'<item rdf:about="{esc(url)}">\n<title>{esc(title)}</title>\n<link>{esc(url)}</link>\n<description>{esc(desc)}</description>\n'
                    f"<dc:date>{when.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}</dc:date>\n<dc:language>de</dc:language>\n<dc:rights>© 2021 Deutsche Kurzwelle</dc:rights>\n<dc:subject>{subject}</dc:subject>\n</item>")
        items.append(exp(url))

    w = d(2021, 9, 27, 6, 12, 0, 2)
    t = "SPD knapp vor der Union – wer regiert Deutschland?"
    add(59319840, "spd-knapp-vor-der-union-wer-regiert-deutschland", t, w, "Politik",
        "Nach der Bundestagswahl beanspruchen sowohl Sozialdemokraten als auch Union den Regierungsauftrag. Entscheidend werden Grüne und FDP.",
        lambda k: it(k, t, w, [], rel=False, note="The broadcaster's RSS 1.0 feed: rdf:about = link (with the '?maca=…-rdf' tracking parameter), plain-text teaser, dc:date in UTC, dc:language, dc:rights, dc:subject; no author element in the feed. A German broadcaster's home election: not relevant."))
    w = d(2021, 9, 24, 15, 40, 0, 2)
    t = "Afghanistan: Zehntausende Ortskräfte warten weiter auf Ausreise"
    add(59295512, "afghanistan-zehntausende-ortskräfte-warten-weiter-auf-ausreise", t, w, "Politik",
        "Die Bundesregierung hat die Aufnahme von rund 40.000 Menschen zugesagt, doch nur ein Bruchteil hat Afghanistan verlassen. „Die Listen sind lang, die Wege nach Pakistan gefährlich“, sagt Karin Mehlhorn vom Hilfswerk Brückenschlag.",
        lambda k: it(k, t, w, [], quotes=[q("Karin Mehlhorn", "Hilfswerk Brückenschlag")],
                     note="German foreign policy (evacuation pledge): relevant. „…“ quotes. The link keeps an umlaut in the slug ('ortskräfte') unescaped."))
    w = d(2021, 9, 18, 9, 5, 0, 2)
    t = "U-Boot-Streit: Frankreich ruft Botschafter aus USA und Australien zurück"
    add(59226031, "u-boot-streit-frankreich-ruft-botschafter-aus-usa-und-australien-zurück", t, w, "Politik",
        "Nach dem geplatzten U-Boot-Geschäft mit Australien reagiert Paris mit einem in der Geschichte der Allianz beispiellosen Schritt.",
        lambda k: it(k, t, w, [], note="'U-Boot-Streit:' is a topic kicker of the headline; it reads as part of the title here. Relevant."))
    w = d(2021, 9, 29, 11, 30, 0, 2)
    t = "Lava erreicht auf La Palma den Atlantik"
    add(59345108, "lava-erreicht-auf-la-palma-den-atlantik", t, w, "Wissenschaft",
        "Neun Tage nach dem Ausbruch des Vulkans auf der Kanareninsel ist der Lavastrom ins Meer geflossen. Die Behörden warnen vor giftigen Gasen.",
        lambda k: it(k, t, w, [], note="A disaster abroad reported as world news by a foreign-service broadcaster: relevant (borderline: no diplomacy in it)."))
    w = d(2021, 9, 28, 17, 20, 0, 2)
    t = "Mali: Regierung verhandelt offenbar mit russischen Söldnern"
    add(59338877, "mali-regierung-verhandelt-offenbar-mit-russischen-söldnern", t, w, "Video",
        "Frankreich und Deutschland warnen Bamako vor einem Abkommen mit der Wagner-Gruppe. Unser Video erklärt die Hintergründe.",
        lambda k: it(k, t, w, [], story=False, rel=False, note="Video item ('/av-<id>' link, subject 'Video', 'Unser Video erklärt'): a non-story."), av=True)
    w = d(2021, 9, 27, 18, 0, 0, 2)
    t = "DK Nachrichten vom 27.09.2021 – 20:00 Uhr"
    add(59326600, "dk-nachrichten-vom-27092021-2000-uhr", t, w, "Nachrichten",
        "Die Nachrichten des Tages in fünf Minuten.",
        lambda k: it(k, t, w, [], story=False, rel=False, note="Newscast bulletin: a non-story."), av=True)
    rows, items = ordered(rows, items)
    lis = [f"<rdf:li rdf:resource=\"{esc(i.key)}\"/>" for i in items]
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
            f'<channel rdf:about="{base}/de/">\n<title>Deutsche Kurzwelle: DK.example Deutsch - Nachrichten</title>\n<link>{base}/de/</link>\n'
            "<description>Nachrichten, Analysen und Hintergründe aus Deutschland und der Welt</description>\n<dc:language>de</dc:language>\n<dc:rights>© 2021 Deutsche Kurzwelle</dc:rights>\n"
            f"<dc:date>2021-09-29T09:35:00Z</dc:date>\n<image rdf:resource=\"{base}/images/dk-logo-rss.gif\"/>\n<items>\n<rdf:Seq>\n" + "\n".join(lis) + "\n</rdf:Seq>\n</items>\n</channel>\n"
            f'<image rdf:about="{base}/images/dk-logo-rss.gif">\n<title>Deutsche Kurzwelle</title>\n<url>{base}/images/dk-logo-rss.gif</url>\n<link>{base}/de/</link>\n</image>\n')
    text = head + "\n".join(rows) + "\n</rdf:RDF>\n"
    return feed("de_kurzwelle_alles_rdf.rdf", text, items, lang="de", outlet="Deutsche Kurzwelle", shape="rss1-rdf",
                ctype="application/rdf+xml; charset=utf-8",
                structure="German international broadcaster's German-language 'all news' feed as RSS 1.0 (/rdf/rss-de-all style), September 2021: rdf:RDF with the RSS 1.0 default namespace and dc, channel with rdf:about, the rdf:Seq table of contents and an image resource, no indentation; items with rdf:about = link carrying the '?maca=de-rss-de-all-1119-rdf' tracking parameter, plain-text teasers, dc:date in UTC 'Z', dc:language, dc:rights and dc:subject per item, no author element at all; '/a-<id>' articles and '/av-<id>' videos and newscasts",
                notes="Relevance from Germany (the broadcaster's home).")


# ---------------------------------------------------------------- Munich national daily (March 2022)
def marienplatz():
    rows, items = [], []
    base = "https://www.marienplatz-zeitung.example"

    def add(aid, sect, slug, title, when, teaser, img, exp):
        url = f"{base}/{sect}/{slug}-1.{aid}"
        desc = (f'<img src="https://www.marienplatz-zeitung.example/image/mz/{aid}/3x2/480" alt="" />' if img else "") + f"<p>{teaser}</p>"
        rows.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{url}</link>\n  <guid isPermaLink=\"false\">mz.example/1.{aid}</guid>\n  <pubDate>{rfc822(when)}</pubDate>\n"
                    f"  <description>{cd(desc)}</description>\n  <category>{sect.split('/')[0].capitalize()}</category>\n</item>")
        items.append(exp(f"mz.example/1.{aid}"))

    w = d(2022, 3, 29, 19, 5, 13, 2)
    t = "Krieg in der Ukraine: Russland kündigt nach Gesprächen in Istanbul Truppenabzug bei Kiew an"
    add(5556210, "politik", "ukraine-russland-istanbul-verhandlungen", t, w,
        "Moskau will seine militärischen Aktivitäten im Norden der Ukraine „drastisch reduzieren“. In Kiew ist die Skepsis gross: „Was wir im Norden sehen, ist eine Umgruppierung, kein Abzug“, sagt Olha Martschenko vom Kiewer Institut für Sicherheitsstudien.", True,
        lambda k: it(k, t, w, [], quotes=[q("Olha Martschenko", "Kiewer Institut für Sicherheitsstudien")],
                     note="Title label 'Krieg in der Ukraine:' may be kept or dropped (the paper's Dachzeile written before the headline). Munich daily's section RSS: non-permalink guid 'mz.example/1.<id>' (the short-link form of the id that ends the link), +0200 pubDate, CDATA description with an <img> and a <p> teaser, one <category>; no author element. „drastisch reduzieren“ is a fragment attributed to Moscow, not a named speaker. Relevant."))
    w = d(2022, 3, 20, 11, 30, 0, 1)
    t = "Energie: Wirtschaftsminister wirbt in Katar um Flüssiggas"
    add(5551188, "wirtschaft", "katar-fluessiggas-wirtschaftsminister-reise", t, w,
        "Deutschland will unabhängiger von russischem Gas werden. In Doha vereinbart die Bundesregierung eine langfristige Energiepartnerschaft, Mengen und Preise bleiben offen.", True,
        lambda k: it(k, t, w, [], note="Title label 'Energie:' may be kept or dropped. German foreign energy policy with a Gulf state: relevant."))
    w = d(2022, 3, 10, 17, 48, 0, 1)
    t = "München: Tausende Geflüchtete aus der Ukraine kommen am Hauptbahnhof an"
    add(5545702, "muenchen", "muenchen-hauptbahnhof-gefluechtete-ukraine", t, w,
        "Jeden Tag erreichen neue Züge aus Polen und Österreich die Stadt. „Wir brauchen jede Turnhalle, die wir kriegen können“, sagt Sozialreferentin Carola Wimmer.", True,
        lambda k: it(k, t, w, [], rel=False, quotes=[q("Carola Wimmer", "Sozialreferentin")],
                     note="Title label 'München:' may be kept or dropped. City news: the war abroad told through the city's reception of refugees (home news, not relevant). The speaker's role stands before her name without a separate body: the affiliation is the role as the text gives it."))
    w = d(2022, 3, 28, 4, 30, 0, 2)
    t = "Shanghai verhängt Lockdown in zwei Etappen"
    add(5555108, "politik", "corona-china-shanghai-lockdown", t, w,
        "Die Millionenmetropole wird geteilt abgeriegelt: erst der Osten, dann der Westen. Die Null-Covid-Strategie trifft Chinas wichtigstes Wirtschaftszentrum.", True,
        lambda k: it(k, t, w, [], note="Relevant (world news)."))
    w = d(2022, 3, 30, 5, 0, 0, 2)
    t = "MZ am Morgen: Die Nachrichten des Tages kompakt"
    add(5556355, "politik", "mz-am-morgen-nachrichten-kompakt", t, w,
        "Was heute wichtig ist – und was Sie lesen sollten. Den Newsletter können Sie hier kostenlos abonnieren.", False,
        lambda k: it(k, t, w, [], story=False, rel=False, junk=["Newsletter"], note="Morning newsletter: a non-story."))
    w = d(2022, 3, 30, 6, 45, 0, 2)
    t = "Liveblog zum Krieg in der Ukraine: Angriffe auf Tschernihiw trotz angekündigter Deeskalation"
    add(5545001, "politik", "ukraine-krieg-liveblog", t, w,
        "Alle Entwicklungen im Liveblog.", True,
        lambda k: it(k, t, w, [], story=False, rel=False, note="Live blog: a non-story."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<title>Politik - MZ.example</title>\n'
            f"<link>{base}/politik</link>\n<description>Nachrichten aus der Politik - Marienplatz-Zeitung</description>\n<language>de</language>\n"
            f"<copyright>Marienplatz-Zeitung Digitale Medien</copyright>\n<pubDate>{rfc822(d(2022, 3, 30, 6, 50, 0, 2))}</pubDate>\n")
    text = head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("de_marienplatzzeitung_politik_ids.rss.xml", text, items, lang="de", outlet="Marienplatz-Zeitung", aliases=["MZ"],
                structure="Munich national daily's 'Politik' RSS, March 2022: no namespaces, channel 'Politik - MZ.example' (the brand in full only in the description and copyright), language 'de'; items title, link '/<section>/<slug>-1.<7 digits>', non-permalink guid 'mz.example/1.<id>', +0100/+0200 pubDates across the DST change, CDATA description = <img> + <p> teaser, one <category>; headlines with the Dachzeile before a colon ('Krieg in der Ukraine:', 'Energie:', 'München:'); no authors anywhere; a newsletter and a live blog",
                notes="Relevance from Germany.")


# ---------------------------------------------------------------- national news agency's world wire (January 2022)
def capitolina():
    rows, items = [], []
    base = "https://www.capitolinastampa.example"

    def add(uid, sect, slug, title, when, desc, exp):
        url = f"{base}/sito/{sect}/2022/{when.month:02d}/{when.day:02d}/{slug}_{uid}.html"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<description>{esc(desc)}</description>\n<link>{url}</link>\n<pubDate>{rfc822(when)}</pubDate>\n<guid>{url}</guid>\n</item>")
        items.append(exp(url))

    w = d(2022, 1, 13, 12, 41, 0, 1)
    t = "Kazakistan, iniziato il ritiro delle truppe della Csto"
    add("4f0a7c1e-5b2d-4a8e-9c31-7e6d2b0f1a95", "notizie/mondo", "kazakistan-iniziato-il-ritiro-delle-truppe-della-csto", t, w,
        "(ACS) - MOSCA, 13 GEN - Sono iniziate le operazioni di ritiro dal Kazakistan del contingente dell'Organizzazione del Trattato di sicurezza collettiva guidata dalla Russia, inviato la settimana scorsa dopo le violente proteste nel Paese.",
        lambda k: it(k, t, w, [], junk=["(ACS)"],
                     note="Agency wire RSS: no authors (the agency is the outlet), '<section>/<date>/<slug>_<uuid>.html' links repeated as guids, +0100 pubDates; the body opens with the agency's '(ACS) - CITTÀ, GG MES -' dateline, which is boilerplate. 'Country, headline' titles. Relevant."))
    w = d(2022, 1, 12, 19, 5, 0, 1)
    t = "Ucraina: Nato-Russia, quattro ore di colloqui a Bruxelles senza intesa"
    add("a2c9e8b0-1d4f-47a3-b6e5-03f9c7d81e2a", "notizie/mondo/europa", "ucraina-nato-russia-colloqui-bruxelles-senza-intesa", t, w,
        "Nessuna svolta nel Consiglio Nato-Russia. \"Mosca ha messo sul tavolo richieste che sa inaccettabili: il dialogo serve a prendere tempo\", ha detto Marta Dall'Oglio, analista dell'Osservatorio sull'Europa orientale.",
        lambda k: it(k, t, w, [], quotes=[q("Marta Dall'Oglio", "Osservatorio sull'Europa orientale")],
                     note="Straight double quotes in the wire text. Relevant."))
    w = d(2022, 1, 16, 10, 20, 0, 1)
    t = "Migranti: 280 soccorsi al largo della Libia, 'situazione drammatica'"
    add("7b1e3f9c-82a0-4d56-8e4b-c5f10a2d6e73", "notizie/mondo/africa", "migranti-280-soccorsi-al-largo-della-libia", t, w,
        "Tre operazioni di soccorso in 24 ore nel Mediterraneo centrale. \"La situazione nei centri di detenzione è drammatica, chi può riparte\", ha detto all'ACS Lucia Ferrante, coordinatrice di Medici per il Mediterraneo in Libia.",
        lambda k: it(k, t, w, [], quotes=[q("Lucia Ferrante", "Medici per il Mediterraneo")],
                     note="Rescues off Libya, with Libya's detention centres as the subject: relevant. 'ha detto all'ACS' names the agency itself, not an affiliation of the speaker; her body is the NGO."))
    w = d(2022, 1, 16, 9, 0, 0, 1)
    t = "FOTO Tonga, le immagini dall'alto dopo l'eruzione e lo tsunami"
    add("c3d5a7e1-09f2-4b8c-a6d4-1e7f3b9c0d52", "foto/mondo", "tonga-le-immagini-dall-alto-dopo-l-eruzione", t, w,
        "Le prime immagini satellitari dell'arcipelago coperto di cenere.",
        lambda k: it(k, t, w, [], story=False, rel=False, note="Photo gallery ('FOTO' title label, /foto/ link): a non-story."))
    w = d(2022, 1, 14, 21, 50, 0, 1)
    t = "VIDEO Kiev, attacco informatico ai siti del governo"
    add("e8f2b4d6-3a1c-4e97-b0a5-6d2c8f1e4b37", "video/mondo", "kiev-attacco-informatico-ai-siti-del-governo", t, w,
        "Sui siti oscurati un messaggio in ucraino, russo e polacco.",
        lambda k: it(k, t, w, [], story=False, rel=False, note="Video ('VIDEO' title label, /video/ link): a non-story."))
    w = d(2022, 1, 19, 23, 10, 0, 1)
    t = "Coppa d'Africa, il Camerun padrone di casa vola agli ottavi"
    add("1d9c7e3a-6f4b-4a20-8b5e-f0a3c2d7e619", "notizie/sport/calcio", "coppa-d-africa-il-camerun-vola-agli-ottavi", t, w,
        "Il Camerun chiude il girone a punteggio pieno davanti al suo pubblico di Yaoundé.",
        lambda k: it(k, t, w, [], rel=False, note="Sport abroad in the world wire: not relevant."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n<title>ACS.example - Mondo</title>\n'
            f"<link>{base}/sito/notizie/mondo/mondo.shtml</link>\n<description>Le notizie di Mondo dell'Agenzia Capitolina Stampa</description>\n"
            f'<atom:link href="{base}/sito/notizie/mondo/mondo_rss.xml" rel="self" type="application/rss+xml" />\n<language>it</language>\n<copyright>Copyright ACS</copyright>\n'
            f"<image>\n<title>ACS.example - Mondo</title>\n<url>{base}/sito/img/acs_rss.gif</url>\n<link>{base}</link>\n</image>\n")
    text = head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("it_capitolinastampa_mondo_wire.rss.xml", text, items, lang="it", outlet="Agenzia Capitolina Stampa", aliases=["ACS"],
                structure="Italian national news agency's 'Mondo' RSS (/sito/notizie/mondo/mondo_rss.xml style), January 2022: channel 'ACS.example - Mondo', description naming the agency in full, atom self link, language 'it', 'Copyright ACS', <image>; items title, plain-text description, link '/sito/<section>/YYYY/MM/DD/<slug>_<uuid>.html', pubDate +0100, the link again as <guid> without attribute; no authors (agency copy); 'Country, headline' and 'Topic: headline' titles, 'FOTO' and 'VIDEO' title labels; the agency's '(ACS) - MOSCA, 13 GEN -' dateline at the start of a body, straight double quotes",
                notes="Relevance from Italy.")


# ---------------------------------------------------------------- Palermo daily (November 2020)
def kalsa():
    rows, items = [], []
    base = "https://www.gazzettadellakalsa.example"

    def add(aid, sect, slug, title, when, author, text, exp):
        url = f"{base}/{sect}/{aid}/{slug}"
        desc = f'<img src="{base}/media/{aid}/thumb_640.jpg" /><br />{text} <a href="{url}">Leggi tutto</a>'
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{esc(desc)}</description>\n"
                    f"      <author>{esc(author)}</author>\n      <pubDate>{rfc822(when)}</pubDate>\n      <guid isPermaLink=\"false\">{aid}</guid>\n    </item>")
        items.append(exp(str(aid)))

    junk = ["Leggi tutto"]
    w = d(2020, 11, 7, 19, 30, 0, 1)
    t = "Usa 2020, Biden vince in Pennsylvania: è lui il nuovo presidente"
    add(1093311, "mondo", "usa-2020-biden-vince-pennsylvania-nuovo-presidente", t, w, "Rosalia Cangemi",
        "Dopo quattro giorni di spoglio i grandi network assegnano la Pennsylvania al candidato democratico. «L'America ha scelto di chiudere una stagione, ma la frattura resta», spiega Marco Tranchina, docente all'Istituto mediterraneo di studi atlantici.",
        lambda k: it(k, t, w, ["Rosalia Cangemi"], quotes=[q("Marco Tranchina", "Istituto mediterraneo di studi atlantici")], junk=junk,
                     note="Palermo daily's custom CMS: escaped HTML description with a thumbnail, <br />, the text and a 'Leggi tutto' link; <author> with a plain name (no e-mail, against the RSS spec), a desk or the agency; numeric non-permalink guids; +0100 pubDates. The president-elect only as the setting. Relevant."))
    w = d(2020, 11, 12, 13, 10, 0, 1)
    t = "Lampedusa, hotspot al collasso: ripartono i voli di rimpatrio verso Tunisi"
    add(1094170, "mondo", "lampedusa-hotspot-collasso-voli-rimpatrio-tunisi", t, w, "Redazione",
        "Oltre 1.100 persone nel centro di contrada Imbriacola, pensato per 250. Da lunedì riprendono due voli settimanali verso la Tunisia previsti dall'accordo tra Roma e Tunisi. «Servono navi quarantena e trasferimenti veloci, non promesse», ha detto il sindaco di Lampedusa, Giacomo Russello.",
        lambda k: it(k, t, w, [], quotes=[q("Giacomo Russello", "sindaco di Lampedusa")], junk=junk,
                     note="<author>Redazione</author> is the newsroom, not a person. Italy's repatriation agreement with Tunisia: relevant. The affiliation is the role as the text gives it ('il sindaco di Lampedusa')."))
    w = d(2020, 11, 14, 18, 0, 0, 1)
    t = "Covid, la Sicilia resta arancione: chiusi bar e ristoranti fino al 3 dicembre"
    add(1094522, "cronaca", "covid-sicilia-resta-arancione-fino-3-dicembre", t, w, "Redazione Web",
        "Confermata l'ordinanza: resta il divieto di spostamento tra comuni salvo comprovate esigenze.",
        lambda k: it(k, t, w, [], rel=False, junk=junk, note="Regional news filed in the feed: not relevant. 'Redazione Web' is not a person."))
    w = d(2020, 11, 10, 8, 40, 0, 1)
    t = "Nagorno-Karabakh, firmato il cessate il fuoco: truppe russe nella regione"
    add(1093870, "mondo", "nagorno-karabakh-firmato-cessate-il-fuoco", t, w, "ANSA",
        "Armenia e Azerbaigian hanno firmato un accordo che mette fine a sei settimane di combattimenti. Duemila soldati russi vigileranno sulla linea del fronte. (ANSA)",
        lambda k: it(k, t, w, [], junk=[*junk, "(ANSA)"], note="Agency copy: <author>ANSA</author> and a trailing '(ANSA)'. Relevant."))
    w = d(2020, 11, 16, 10, 15, 0, 1)
    t = "FOTO | Etna, fontana di lava nella notte: lo spettacolo dal cratere di Sud-Est"
    add(1094780, "foto", "foto-etna-fontana-di-lava-nella-notte", t, w, "Redazione",
        "Le immagini della nuova fase eruttiva del vulcano.",
        lambda k: it(k, t, w, [], story=False, rel=False, junk=junk, note="Photo gallery ('FOTO |' title label): a non-story."))
    w = d(2020, 11, 3, 12, 20, 0, 1)
    t = "Attentato a Vienna, il racconto del cuoco palermitano: «Ci siamo chiusi in cucina per tre ore»"
    add(1092655, "palermo", "attentato-vienna-racconto-cuoco-palermitano", t, w, "Francesco Ajello",
        "Salvatore Li Causi, 34 anni, lavora da sei anni in un ristorante del centro di Vienna. «Abbiamo sentito gli spari, abbiamo abbassato la serranda e spento le luci. Ci siamo chiusi in cucina per tre ore», racconta.",
        lambda k: it(k, t, w, ["Francesco Ajello"], rel=False, quotes=[q("Salvatore Li Causi")], junk=junk,
                     note="A foreign attack told through a local emigrant (section /palermo/): home news by this set's convention, not relevant. The quoted part in the title is part of the title."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n    <title>Gazzetta della Kalsa - Mondo</title>\n'
            f"    <link>{base}/mondo</link>\n    <description>Le ultime notizie dal mondo - Gazzetta della Kalsa</description>\n    <language>it-IT</language>\n"
            f"    <copyright>Copyright 2020 Editrice Kalsa S.r.l.</copyright>\n    <lastBuildDate>{rfc822(d(2020, 11, 16, 10, 20, 0, 1))}</lastBuildDate>\n")
    text = head + "\n".join(rows) + "\n  </channel>\n</rss>\n"
    return feed("it_gazzettadellakalsa_mondo_custom.rss.xml", text, items, lang="it", outlet="Gazzetta della Kalsa",
                structure="Palermo daily's 'Mondo' feed from its custom PHP CMS, November 2020: no namespaces, channel 'Brand - Mondo', it-IT, copyright of the 'Editrice … S.r.l.'; items title, link '/<section>/<id>/<slug>', escaped HTML description (<img>, <br />, text, 'Leggi tutto' link), <author> holding a plain name, 'Redazione', 'Redazione Web' or 'ANSA', +0100 pubDate, numeric non-permalink guid; «…» quotes with 'ha detto', 'spiega', 'racconta'; regional Covid rules, a gallery and a local-emigrant story from other sections",
                notes="Relevance from Italy.")


FEEDS = [helvetische, kurzwelle, marienplatz, capitolina, kalsa]
