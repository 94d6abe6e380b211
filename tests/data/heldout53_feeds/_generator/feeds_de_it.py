# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German and Italian world desks of the fifty-third held-out set: a Frankfurt daily (FirstSpirit
static export, 2021), a Munich daily on Drupal 8 (2019), an Austrian public broadcaster's news
site (RSS 1.0, 2022), a Milan daily on Eidos Méthode (2023) and an Italian public broadcaster's
news portal (Atom, 2020). All outlets, people and quotations are invented."""
from datetime import UTC

from h53 import cd, d, esc, feed, it, ordered, q, rfc822


# ---------------------------------------------------------------- Frankfurt daily, FirstSpirit static RSS export, September 2021
def mainufer():
    rows, items = [], []
    base = "https://www.mainufer-zeitung.example"

    def add(aid, path, title, when, creator, desc, exp, cat="Ausland"):
        url = f"{base}/politik/ausland/{path}-{aid}.html"
        cr = f"\n\t\t\t<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<description>{cd(desc)}</description>\n\t\t\t<category>{cat}</category>{cr}\n"
                    f"\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t\t<guid isPermaLink=\"false\">mz-{aid}</guid>\n"
                    f'\t\t\t<enclosure url="{base}/media/{aid}/teaser-16x9.jpg" type="image/jpeg" length="0"/>\n\t\t</item>')
        items.append(exp(f"mz-{aid}"))

    img = lambda aid: f'<img src="https://www.mainufer-zeitung.example/media/{aid}/teaser-4x3.jpg" alt="" width="160" height="120" align="left"/>'
    w = d(2021, 9, 7, 21, 14, 0, 2)
    add(17522401, "taliban-verkuenden-uebergangsregierung", "Nach dem Abzug: Taliban verkünden Übergangsregierung ohne Frauen", w, "Christoph Renz, Islamabad",
        img(17522401) + "Drei Wochen nach der Machtübernahme haben die Taliban in Kabul eine Übergangsregierung vorgestellt. Frauen sind nicht vertreten, mehrere Minister stehen auf internationalen Sanktionslisten. „Das ist keine Regierung, mit der Berlin ernsthaft verhandeln kann“, sagte die Politikwissenschaftlerin Miriam Aschauer von der Universität Marburg.",
        lambda k: it(k, "Nach dem Abzug: Taliban verkünden Übergangsregierung ohne Frauen", w, ["Christoph Renz"], quotes=[q("Miriam Aschauer", "Universität Marburg")],
                     note="dc:creator 'Name, Ort': the person only. The description opens with an <img align=left> (FirstSpirit teaser template) before the text. Relevant."))
    w = d(2021, 9, 17, 23, 40, 0, 2)
    add(17541189, "aukus-frankreich-ruft-botschafter-zurueck", "U-Boot-Streit: Frankreich ruft Botschafter aus Washington und Canberra zurück", w, "Nina Lorenz, Paris",
        img(17541189) + "Paris reagiert mit einem in der Geschichte der Allianz beispiellosen Schritt auf das neue Sicherheitsbündnis zwischen Amerika, Großbritannien und Australien. Der geplatzte U-Boot-Auftrag hatte einen Wert von mehr als 50 Milliarden Euro.",
        lambda k: it(k, "U-Boot-Streit: Frankreich ruft Botschafter aus Washington und Canberra zurück", w, ["Nina Lorenz"], note="Relevant."))
    w = d(2021, 9, 10, 15, 2, 0, 2)
    add(17528870, "nord-stream-2-fertiggestellt", "Nord Stream 2 ist fertig – Gas fließt frühestens nach der Zertifizierung", w, "dpa/Reuters",
        img(17528870) + "Die Ostseepipeline ist nach Angaben der Betreibergesellschaft fertiggestellt. Die Ukraine und Polen kritisieren das Projekt weiter scharf.",
        lambda k: it(k, "Nord Stream 2 ist fertig – Gas fließt frühestens nach der Zertifizierung", w, [], note="Agency credit 'dpa/Reuters' only: []. Relevant."))
    w = d(2021, 9, 27, 1, 12, 0, 2)
    add(17560032, "bundestagswahl-spd-knapp-vor-union", "Bundestagswahl: SPD knapp vor der Union – Grüne mit bestem Ergebnis", w, "Heike Brandstätter",
        img(17560032) + "Nach dem vorläufigen Endergebnis liegt die SPD mit 25,7 Prozent vor CDU und CSU. Die Regierungsbildung dürfte schwierig werden.",
        lambda k: it(k, "Bundestagswahl: SPD knapp vor der Union – Grüne mit bestem Ergebnis", w, ["Heike Brandstätter"], rel=False,
                     note="Home (German) election listed in the Ausland export: a story, not relevant."), cat="Inland")
    w = d(2021, 8, 27, 8, 0, 0, 2)
    add(17498120, "afghanistan-liveblog-evakuierung", "Afghanistan-Liveblog: Bundeswehr beendet Evakuierungsflüge", w, "",
        img(17498120) + "Alle Entwicklungen im Liveblog.",
        lambda k: it(k, "Afghanistan-Liveblog: Bundeswehr beendet Evakuierungsflüge", w, [], story=False, rel=False, note="Live blog: not a story."))
    w = d(2021, 9, 20, 6, 0, 0, 2)
    add(17544501, "newsletter-mainufer-am-morgen", "Mainufer am Morgen: Jetzt den Newsletter abonnieren", w, "",
        img(17544501) + "Die wichtigsten Nachrichten des Tages, jeden Morgen um 6 Uhr in Ihrem Postfach. Kostenlos und jederzeit kündbar.",
        lambda k: it(k, "Mainufer am Morgen: Jetzt den Newsletter abonnieren", w, [], story=False, rel=False, note="Newsletter promo: not a story."), cat="Service")
    rows, items = ordered(rows, items)
    head = (f"\t\t<title>Mainufer-Zeitung - Politik - Ausland</title>\n\t\t<link>{base}/politik/ausland/</link>\n\t\t<description>Nachrichten aus aller Welt</description>\n"
            f"\t\t<language>de-DE</language>\n\t\t<copyright>Mainufer-Zeitung GmbH, Frankfurt am Main</copyright>\n\t\t<generator>FirstSpirit</generator>\n\t\t<lastBuildDate>{rfc822(d(2021, 9, 27, 1, 15, 0, 2))}</lastBuildDate>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n\t<channel>\n' + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("de_de_mainuferzeitung_ausland_firstspirit_2021.rss.xml", text, items, lang="de", outlet="Mainufer-Zeitung",
                ctype="application/rss+xml",
                structure="Frankfurt daily's 'Politik - Ausland' feed as a static file generated by FirstSpirit (e-Spirit's Java CMS) at each publication (August–September 2021): tab indentation, dc namespace, channel 'Brand - Politik - Ausland', de-DE, copyright of the 'GmbH, Frankfurt am Main', generator 'FirstSpirit', CDATA descriptions that start with an <img align=left> teaser picture followed by the plain-text teaser, „…“ quotes, one <category> (Ausland, Inland, Service), dc:creator 'Name, Ort', 'dpa/Reuters' or absent BEFORE pubDate, +0200 dates, 'mz-<id>' guids, enclosure with length 0, a live blog, a newsletter promo and the home election exported under Ausland")


# ---------------------------------------------------------------- Munich daily, Drupal 8 views feed, October 2019
def isarbote():
    rows, items = [], []
    base = "https://www.isarbote.example"

    def add(nid, path, title, when, creator, teaser, exp):
        url = f"{base}/{path}"
        body = (f'<span>{esc(title)}</span>\n<span><span lang="" about="/user/{abs(nid) % 97}" typeof="schema:Person" property="schema:name" datatype="">{esc(creator)}</span></span>\n'
                f'<span>{when.strftime("%a, %m/%d/%Y - %H:%M")}</span>\n{teaser}\n<a href="/{path}" rel="tag" title="{esc(title)}" hreflang="de">Weiterlesen<span class="visually-hidden"> über {esc(title)}</span></a>')
        rows.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{url}</link>\n  <description>{esc(body)}</description>\n  <pubDate>{rfc822(when)}</pubDate>\n"
                    f'    <dc:creator>{esc(creator)}</dc:creator>\n    <guid isPermaLink="false">{nid} at {base}</guid>\n    </item>')
        items.append(exp(f"{nid} at {base}"))

    w = d(2019, 10, 14, 20, 30, 0, 2)
    add(581220, "politik/ausland/tuerkei-offensive-nordsyrien-eu-waffenexporte", "Türkische Offensive in Nordsyrien: EU-Staaten stoppen Waffenexporte", w, "aklee",
        "<p><strong>Luxemburg</strong> – Die Außenminister der EU haben sich darauf verständigt, keine neuen Rüstungsexporte an die Türkei zu genehmigen. Ein formelles Embargo scheiterte.</p><p>„Das ist das Mindeste, was Europa tun kann“, sagte der Nahost-Experte Jonas Feldkirchner von der Ludwig-Maximilians-Universität.</p>",
        lambda k: it(k, "Türkische Offensive in Nordsyrien: EU-Staaten stoppen Waffenexporte", w, [], junk=["Weiterlesen", "aklee", "10/14/2019"],
                     quotes=[q("Jonas Feldkirchner", "Ludwig-Maximilians-Universität")],
                     note="dc:creator holds a CMS login ('aklee'), not a name: []. The escaped Drupal node teaser repeats the title, the login and the date ('Mon, 10/14/2019 - 20:30') before the text and ends with 'Weiterlesen über <Titel>'. Relevant."))
    w = d(2019, 10, 19, 18, 5, 0, 2)
    add(581790, "politik/ausland/brexit-unterhaus-vertagt-entscheidung", "Brexit-Deal: Unterhaus vertagt die Entscheidung", w, "Katharina Wiesinger",
        "<p><strong>London</strong> – Das britische Unterhaus hat in einer Sondersitzung am Samstag die Abstimmung über den neuen Brexit-Vertrag vertagt. Die Regierung muss nun in Brüssel um einen Aufschub bitten.</p>",
        lambda k: it(k, "Brexit-Deal: Unterhaus vertagt die Entscheidung", w, ["Katharina Wiesinger"], junk=["Weiterlesen"], note="Relevant."))
    w = d(2019, 10, 6, 23, 0, 0, 2)
    add(579400, "muenchen/wiesn-bilanz-6-3-millionen-besucher", "Wiesn-Bilanz: 6,3 Millionen Besucher und weniger Maßkrugdiebe", w, "mstadt",
        "<p>Das Oktoberfest ist zu Ende gegangen. Die Stadt zieht eine positive Bilanz.</p>",
        lambda k: it(k, "Wiesn-Bilanz: 6,3 Millionen Besucher und weniger Maßkrugdiebe", w, [], rel=False, junk=["Weiterlesen", "mstadt"],
                     note="Local Munich news in the feed: a story, not relevant. Login in dc:creator."))
    w = d(2019, 10, 18, 12, 0, 0, 2)
    add(581610, "bilder/proteste-barcelona-urteil-katalonien", "Bildergalerie: Ausschreitungen in Barcelona nach dem Urteil gegen Separatisten", w, "Bildredaktion",
        "<p>Bilder der Proteste.</p>",
        lambda k: it(k, "Bildergalerie: Ausschreitungen in Barcelona nach dem Urteil gegen Separatisten", w, [], story=False, rel=False, junk=["Weiterlesen"],
                     note="Gallery: not a story."))
    w = d(2019, 10, 23, 11, 40, 0, 2)
    add(582200, "politik/ausland/hongkong-auslieferungsgesetz-zurueckgezogen", "Hongkong zieht Auslieferungsgesetz endgültig zurück", w, "Felix Ammerl mit dpa",
        "<p><strong>Hongkong</strong> – Nach monatelangen Massenprotesten hat Hongkongs Parlament das umstrittene Gesetz für Auslieferungen nach China formell zurückgezogen. Die Demonstranten fordern weiter eine unabhängige Untersuchung der Polizeigewalt.</p>",
        lambda k: it(k, "Hongkong zieht Auslieferungsgesetz endgültig zurück", w, ["Felix Ammerl"], junk=["Weiterlesen", "mit dpa"],
                     note="'Name mit dpa': the person only. Relevant."))
    w = d(2019, 10, 21, 6, 0, 0, 2)
    add(581900, "podcast/weltlage-folge-41", "Podcast „Weltlage“, Folge 41: Was will Erdoğan in Syrien?", w, "Podcast-Team",
        '<p><iframe src="https://podcast.isarbote.example/embed/weltlage-41" width="100%" height="180"></iframe></p>',
        lambda k: it(k, "Podcast „Weltlage“, Folge 41: Was will Erdoğan in Syrien?", w, [], story=False, rel=False, junk=["Weiterlesen"],
                     note="Podcast episode (embed only): not a story."))
    rows, items = ordered(rows, items)
    head = (f'<title>Politik Ausland | Isarbote</title>\n    <link>{base}/</link>\n    <description></description>\n    <language>de</language>\n    ')
    text = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{base}/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n    '
            + head + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("de_de_isarbote_ausland_drupal8_2019.rss.xml", text, items, lang="de", outlet="Isarbote", ctype="application/rss+xml; charset=utf-8",
                structure="Munich daily's taxonomy feed on Drupal 8.7 (views RSS with the 'content' row plugin, October 2019): xml:base, channel 'Politik Ausland | Brand' with an EMPTY description, language 'de', items flush left with uneven inner indentation, the escaped rendered node teaser as description (title span, author span with schema:Person RDFa, the date as 'Mon, 10/14/2019 - 20:30', the body with bold place datelines and „…“ quotes, then 'Weiterlesen<span class=visually-hidden> über <Titel></span>'), English RFC 822 pubDates in +0200, dc:creator holding a name, 'Name mit dpa', a CMS login ('aklee', 'mstadt'), 'Bildredaktion' or 'Podcast-Team', '<nid> at <base>' guids, a gallery and a podcast embed")


# ---------------------------------------------------------------- Austrian public broadcaster's news site, RSS 1.0 (RDF) without descriptions, February 2022
def alpenrundfunk():
    rows, seq, items = [], [], []
    base = "https://news.alpenrundfunk.example"

    def add(sid, title, when, subject, stype, exp):
        url = f"{base}/stories/{sid}/"
        seq.append(f'        <rdf:li rdf:resource="{url}"/>')
        rows.append(f'  <item rdf:about="{url}">\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <dc:subject>{subject}</dc:subject>\n    <dc:date>{when.isoformat()}</dc:date>\n'
                    f'    <arf:storyType rdf:resource="http://schema.alpenrundfunk.example/storyType/{stype}"/>\n    <arf:usid>news:{sid}</arf:usid>\n  </item>')
        items.append(exp(url))

    w = d(2022, 2, 24, 5, 12, 0, 1)
    add(3250418, "Russland greift die Ukraine an", w, "Ausland", "Standard",
        lambda k: it(k, "Russland greift die Ukraine an", w, [],
                     note="RSS 1.0 item with title, link, dc:subject and dc:date only: NO description, no author. An honest digest has the title and no invented summary. Relevant."))
    w = d(2022, 2, 24, 12, 30, 0, 1)
    add(3250466, "Kanzler: Österreich bleibt militärisch neutral", w, "Inland", "Standard",
        lambda k: it(k, "Kanzler: Österreich bleibt militärisch neutral", w, [],
                     note="Home country's neutrality in a foreign war (foreign and security policy), filed under Inland: relevant."))
    w = d(2022, 2, 24, 9, 0, 0, 1)
    add(3250430, "Ukraine-Krieg: Die Entwicklungen im Liveticker", w, "Ausland", "Ticker",
        lambda k: it(k, "Ukraine-Krieg: Die Entwicklungen im Liveticker", w, [], story=False, rel=False,
                     note="Live ticker (storyType Ticker): not a story."))
    w = d(2022, 2, 23, 16, 45, 0, 1)
    add(3250290, "CoV: Die meisten Maßnahmen fallen am 5. März", w, "Inland", "Standard",
        lambda k: it(k, "CoV: Die meisten Maßnahmen fallen am 5. März", w, [], rel=False, note="Home pandemic rules: a story, not relevant."))
    w = d(2022, 2, 25, 22, 10, 0, 1)
    add(3250701, "EU-Sanktionen: Auch Vermögen Putins wird eingefroren", w, "Ausland", "Standard",
        lambda k: it(k, "EU-Sanktionen: Auch Vermögen Putins wird eingefroren", w, [],
                     note="EU sanctions (a head of state named as the object of a real measure, not quoted): relevant."))
    w = d(2022, 2, 17, 13, 20, 0, 1)
    add(3249612, "Olympia: Gold für Kombinierer-Team", w, "Sport", "Standard",
        lambda k: it(k, "Olympia: Gold für Kombinierer-Team", w, [], rel=False, note="Sport: a story, not relevant."))
    rows, items = ordered(rows, items)
    order = [f'        <rdf:li rdf:resource="{k.key}"/>' for k in items]
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:arf="http://schema.alpenrundfunk.example/rss/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">\n'
            f'  <channel rdf:about="{base}/">\n    <title>news.alpenrundfunk.example</title>\n    <link>{base}/</link>\n    <description>Nachrichten des Alpenrundfunks</description>\n'
            f'    <dc:language>de</dc:language>\n    <dc:rights>Copyright © 2022 ARF Alpenrundfunk</dc:rights>\n    <dc:date>2022-02-25T22:12:04+01:00</dc:date>\n    <sy:updatePeriod>hourly</sy:updatePeriod>\n'
            '    <items>\n      <rdf:Seq>\n' + "\n".join(order) + '\n      </rdf:Seq>\n    </items>\n  </channel>\n' + "\n".join(rows) + "\n</rdf:RDF>\n")
    return feed("de_at_alpenrundfunk_news_rss10_2022.rdf", text, items, lang="de", outlet="Alpenrundfunk", aliases=["ARF", "ARF Alpenrundfunk", "news.alpenrundfunk.example"],
                ctype="application/rdf+xml; charset=utf-8", shape="rss1-rdf",
                structure="Austrian public broadcaster's news-site feed (/news.xml, February 2022) in RSS 1.0: rdf:RDF with the RSS 1.0 default namespace, dc, sy and the broadcaster's own namespace, channel titled with the host name, dc:rights '© 2022 ARF Alpenrundfunk', an rdf:Seq of item URLs, items with title, link, dc:subject (Ausland, Inland, Sport), dc:date in +01:00, arf:storyType (Standard/Ticker) and arf:usid, and NO description and no author on any item; short headlines with 'CoV:', 'Olympia:', 'Kanzler:' kickers, a live ticker")


MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]


# ---------------------------------------------------------------- Milan daily (large group), Eidos Méthode web export, October–November 2023
def naviglio():
    rows, items = [], []
    base = "https://www.corrieredelnaviglio.example"

    def add(uid, path, title, when, author, desc, exp):
        url = f"{base}/{path}/{when.strftime('%y')}_{MESI[when.month - 1]}/{uid}.shtml"
        au = f"\n\t<author>{esc(author)}</author>" if author else ""
        rows.append(f"<item>\n\t<title>{esc(title)}</title>\n\t<link>{esc(url)}</link>\n\t<description>{esc(desc)}</description>{au}\n\t<pubDate>{rfc822(when)}</pubDate>\n\t<guid isPermaLink=\"true\">{esc(url)}</guid>\n</item>")
        items.append(exp(url))

    w = d(2023, 10, 13, 11, 5, 0, 2)
    add("israele-evacuazione-nord-gaza-7c2e1a0c-69a8-11ee-9b1f-3c1d5e2a4b7f", "esteri", "Israele ordina l’evacuazione del nord di Gaza: «Un milione di persone in 24 ore»", w,
        "di Davide Ferrandi, inviato a Tel Aviv",
        "L’esercito israeliano ha chiesto a circa un milione di palestinesi di spostarsi a sud del Wadi Gaza. L’Onu: «Impossibile senza conseguenze umanitarie devastanti». «Nessuno sa dove andare», ha detto al Corriere del Naviglio Samira Haddad, coordinatrice di una ong italiana a Gaza City.",
        lambda k: it(k, "Israele ordina l'evacuazione del nord di Gaza: «Un milione di persone in 24 ore»", w, ["Davide Ferrandi"], quotes=[q("Samira Haddad", "coordinatrice di una ong italiana")],
                     note="<author> with the Italian byline form 'di Name, inviato a Città': the person only. Relevant."))
    w = d(2023, 11, 6, 22, 40, 0, 1)
    add("migranti-accordo-italia-albania-centri-c31b2f4e-7ce0-11ee-a7d5-1b6a0e4f8c22", "politica", "Migranti, accordo Italia-Albania: due centri per 3 mila persone al mese", w,
        "di Giulia Marangoni",
        "Il governo ha firmato a Roma un protocollo con Tirana per trasferire in Albania una parte dei migranti soccorsi in mare. Le opposizioni chiedono un passaggio in Parlamento.",
        lambda k: it(k, "Migranti, accordo Italia-Albania: due centri per 3 mila persone al mese", w, ["Giulia Marangoni"],
                     note="Home country's accord with a foreign state (filed under politica): relevant. The date is +0100 (CET) after the October clock change."))
    w = d(2023, 10, 2, 8, 30, 0, 2)
    add("slovacchia-elezioni-vince-smer-a1d6e3f2-60e1-11ee-8c4b-2e9f0a7d3c55", "esteri", "Slovacchia, vince lo Smer filorusso: stop agli aiuti militari a Kiev?", w, "",
        "Il partito dell’ex premier ottiene il 23% e dovrà cercare alleati. Bruxelles preoccupata.",
        lambda k: it(k, "Slovacchia, vince lo Smer filorusso: stop agli aiuti militari a Kiev?", w, [], note="No author element. Relevant."))
    w = d(2023, 10, 16, 7, 0, 0, 2)
    add("guerra-ucraina-notizie-oggi-diretta-2f8b7c6e-6bd3-11ee-b5a2-4e1c3d0f9a88", "esteri", "Guerra in Ucraina, le notizie di oggi in diretta | Attacchi su Avdiivka", w, "",
        "Le notizie di lunedì 16 ottobre, in diretta.",
        lambda k: it(k, "Guerra in Ucraina, le notizie di oggi in diretta | Attacchi su Avdiivka", w, [], story=False, rel=False,
                     note="Live page ('in diretta'): not a story."))
    w = d(2023, 10, 20, 19, 15, 0, 2)
    add("milano-area-b-telecamere-multe-d8e4a2b1-6f61-11ee-9d3c-5a7b2c1e0f99", "milano", "Milano, Area B: da oggi multe anche per i diesel Euro 5", w, "di Paolo Ruggeri",
        "Le telecamere ai varchi sanzioneranno i veicoli non ammessi. Le proteste dei commercianti.",
        lambda k: it(k, "Milano, Area B: da oggi multe anche per i diesel Euro 5", w, ["Paolo Ruggeri"], rel=False, note="Local news: a story, not relevant."))
    w = d(2023, 10, 26, 23, 5, 0, 2)
    add("video-raid-khan-younis-e5c9b3a7-7446-11ee-8a1e-6d2c4b0f1e33", "esteri", "Il video dei raid israeliani su Khan Younis", w, "",
        "Le immagini.",
        lambda k: it(k, "Il video dei raid israeliani su Khan Younis", w, [], story=False, rel=False, note="Video item: not a story."))
    rows, items = ordered(rows, items)
    head = (f"<title>Corriere del Naviglio - Esteri</title>\n<link>{base}/esteri/</link>\n<description>Le notizie di esteri del Corriere del Naviglio</description>\n<language>it-it</language>\n"
            f"<copyright>Copyright 2023 © Naviglio Editoriale S.p.A.</copyright>\n<pubDate>{rfc822(d(2023, 11, 6, 22, 45, 0, 1))}</pubDate>\n<ttl>5</ttl>\n"
            f"<image>\n<title>Corriere del Naviglio - Esteri</title>\n<url>{base}/img/logo_rss.gif</url>\n<link>{base}/esteri/</link>\n</image>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("it_corrieredelnaviglio_esteri_methode_2023.rss.xml", text, items, lang="it", outlet="Corriere del Naviglio",
                ctype="text/xml", aliases=["Naviglio"],
                structure="Milan daily of a large publishing group, 'Esteri' feed from its Eidos Méthode web export (October–November 2023): no namespaces at all, no indentation except tabs inside items, channel 'Brand - Esteri', it-it, copyright of the 'Editoriale S.p.A.', ttl 5, image, items with plain-text descriptions (curly ’ and «…» quotes), RSS <author> holding the Italian byline form ('di Name', 'di Name, inviato a Città') or absent, '/<section>/<yy_month>/<slug>-<uuid>.shtml' links, permalink guids, pubDates in +0200 and, after the clock change, +0100, a live page, a video item and Milan city news")


# ---------------------------------------------------------------- Italian public broadcaster's news portal, Atom from an in-house Java CMS, July–August 2020
def rtn():
    rows, items = [], []
    base = "https://www.rtnnews.example"

    def add(cid, path, title, when, upd, authors, summary, exp, cat="Mondo"):
        url = f"{base}/{path}-{cid}.html"
        au = "".join(f"\n    <author>\n      <name>{esc(a)}</name>\n    </author>" for a in authors)
        rows.append(f'  <entry>\n    <title type="html">{esc(title)}</title>\n    <link rel="alternate" type="text/html" href="{url}"/>\n    <id>tag:rtnnews.example,{when.strftime("%Y-%m-%d")}:ContentItem-{cid}</id>\n'
                    f"    <published>{when.isoformat()}</published>\n    <updated>{upd.isoformat()}</updated>{au}\n    <category term=\"{cat}\"/>\n    <summary type=\"html\">{esc(summary)}</summary>\n  </entry>")
        items.append(exp(f"tag:rtnnews.example,{when.strftime('%Y-%m-%d')}:ContentItem-{cid}"))

    w = d(2020, 7, 21, 5, 48, 0, 2)
    add("a3f1c2d4-5e6b-4a7c-8d9e-0f1a2b3c4d5e", "dl/rtnnews/articoli/recovery-fund-accordo-consiglio-europeo", "Recovery fund, accordo al Consiglio europeo dopo quattro giorni di trattative", w, d(2020, 7, 21, 9, 10, 0, 2),
        ["Marco Iannelli"],
        "<p>Dopo quasi novanta ore di negoziato i leader dei Ventisette hanno raggiunto un&#39;intesa sul piano da 750 miliardi di euro. All&#39;Italia andranno circa 209 miliardi.</p><p>«È un passo che l&#39;Europa non aveva mai fatto», ha detto Chiara Benvenuti, economista dell&#39;Università Bocconi.</p><p><strong>Leggi anche:</strong> <a href=\"/dl/rtnnews/articoli/frugali\">Chi sono i Paesi frugali</a></p>",
        lambda k: it(k, "Recovery fund, accordo al Consiglio europeo dopo quattro giorni di trattative", w, ["Marco Iannelli"], junk=["Leggi anche"],
                     quotes=[q("Chiara Benvenuti", "Università Bocconi")],
                     note="Atom with published AND a later updated: the published instant is the date. EU summit: relevant."))
    w = d(2020, 8, 5, 10, 20, 0, 2)
    add("b4e2d3c5-6f7a-4b8c-9d0e-1f2a3b4c5d6f", "dl/rtnnews/articoli/beirut-esplosione-contingente-italiano-unifil", "Beirut, il contingente italiano di Unifil mobilitato dopo l'esplosione al porto", w, w,
        ["Redazione Esteri"],
        "<p>I militari italiani della missione Onu in Libano sono pronti a inviare medici e genieri nella capitale, dove l&#39;esplosione di martedì ha ucciso più di cento persone.</p>",
        lambda k: it(k, "Beirut, il contingente italiano di Unifil mobilitato dopo l'esplosione al porto", w, [],
                     note="Atom author 'Redazione Esteri' is a desk, not a person: []. Home country's UN mission abroad: relevant."))
    w = d(2020, 8, 10, 23, 30, 0, 2)
    add("c5f3e4d6-7a8b-4c9d-0e1f-2a3b4c5d6e7a", "dl/rtnnews/articoli/bielorussia-proteste-dopo-voto", "Bielorussia, proteste e arresti dopo il voto. L'Ue: elezioni non libere", w, d(2020, 8, 11, 7, 0, 0, 2),
        ["Anna Rinaldi", "Stefano Oriani"],
        "<p>Migliaia di persone sono scese in piazza a Minsk dopo l&#39;annuncio dei risultati. La polizia ha usato proiettili di gomma e idranti.</p>",
        lambda k: it(k, "Bielorussia, proteste e arresti dopo il voto. L'Ue: elezioni non libere", w, ["Anna Rinaldi", "Stefano Oriani"],
                     note="Two Atom authors. Relevant."))
    w = d(2020, 8, 4, 18, 0, 0, 2)
    add("d6a4f5e7-8b9c-4d0e-1f2a-3b4c5d6e7f8b", "dl/rtnnews/articoli/coronavirus-bollettino-4-agosto", "Coronavirus, il bollettino: 190 nuovi casi e 5 vittime", w, w,
        [], "<p>I dati del ministero della Salute.</p>",
        lambda k: it(k, "Coronavirus, il bollettino: 190 nuovi casi e 5 vittime", w, [], rel=False, note="Home figures: a story, not relevant."), cat="Italia")
    w = d(2020, 8, 4, 20, 0, 0, 2)
    add("e7b5a6f8-9c0d-4e1f-2a3b-4c5d6e7f8a9c", "dl/rtnnews/media/tg1-edizione-ore-20-del-04082020", "Telegiornale delle 20 del 04/08/2020", w, w,
        [], "<p>L&#39;edizione delle 20 del Telegiornale.</p>",
        lambda k: it(k, "Telegiornale delle 20 del 04/08/2020", w, [], story=False, rel=False, note="Programme episode: not a story."), cat="Video")
    w = d(2020, 8, 5, 8, 15, 0, 2)
    add("f8c6b7a9-0d1e-4f2a-3b4c-5d6e7f8a9b0d", "dl/rtnnews/media/beirut-le-immagini-dell-esplosione", "Beirut, le immagini dell'esplosione", w, w,
        [], "<p>Il video.</p>",
        lambda k: it(k, "Beirut, le immagini dell'esplosione", w, [], story=False, rel=False, note="Video clip: not a story."), cat="Video")
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="it">\n  <title>RTN News - Mondo</title>\n'
            f'  <subtitle>Le notizie dal mondo di RTN, il servizio pubblico radiotelevisivo</subtitle>\n  <link rel="self" href="{base}/feed/mondo.xml"/>\n  <link rel="alternate" href="{base}/mondo"/>\n'
            f'  <id>{base}/feed/mondo.xml</id>\n  <updated>2020-08-11T07:00:00+02:00</updated>\n  <rights>© RTN - Radiotelevisione Nazionale S.p.A.</rights>\n  <generator>RTN Content Platform</generator>\n'
            + "\n".join(rows) + "\n</feed>\n")
    return feed("it_rtnnews_mondo_atom_2020.atom.xml", text, items, lang="it", outlet="RTN News", aliases=["RTN"], shape="atom",
                ctype="application/atom+xml; charset=UTF-8",
                structure="Italian public broadcaster's news portal, 'Mondo' Atom feed from its in-house Java content platform (July–August 2020): xml:lang it, title 'RTN News - Mondo', rights of the 'S.p.A.', generator, entries with type=html titles, tag: ids with 'ContentItem-<uuid>', published AND updated (+02:00; updated later on some), zero, one or two <author><name> (people or 'Redazione Esteri'), one category term, escaped HTML summaries with &#39; apostrophes, «…» quotes and a 'Leggi anche:' link, a bulletin, a news-programme episode and a video clip")


FEEDS = [mainufer, isarbote, alpenrundfunk, naviglio, rtn]
