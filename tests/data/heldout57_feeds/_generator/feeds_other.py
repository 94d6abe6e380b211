# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu feeds of the fifty-seventh held-out set: a Vienna
tabloid, a Stuttgart regional daily, a Luxembourg German-language daily, a Trieste daily, a
Sardinian daily, a Recife daily, a Cape Verde news site, an Islamabad news site and the Urdu
service of a Gulf broadcaster. All outlets, people and quotations are invented."""
from h57 import NS_ALL, cd, d, esc, feed, gmt, iso8601, it, q, rfc822, wpt


# ---------------------------------------------------------------- Vienna tabloid, custom CMS (2019)
def donaublitz():
    base = "https://www.donaublitz.example"
    rows, items = [], []

    def add(aid, title, kicker, when, creator, desc, exp):
        link = f"{base}/ausland/{aid}"
        c = f"<dc:creator>{creator}</dc:creator>" if creator else ""
        rows.append(f"<item><title>{esc(kicker + ': ' + title if kicker else title)}</title><link>{link}</link><guid isPermaLink=\"true\">{link}</guid>"
                    f"<description>{esc(desc)}</description>{c}<pubDate>{rfc822(when)}</pubDate>"
                    f"<enclosure url=\"https://img.donaublitz.example/{aid}/teaser.jpg\" length=\"0\" type=\"image/jpeg\"/></item>")
        items.append(exp(link))

    w = d(2019, 5, 20, 18, 42, 0, 2)
    add("a7712301", "Neuwahl im September – Kanzler bittet Präsidenten um Termin", "Nach Video-Skandal", w, "red",
        '<p>Nach dem Rücktritt des Vizekanzlers soll es im September Neuwahlen geben. „Wir brauchen jetzt rasch Klarheit für das Land und für unsere Partner in Europa“, sagte Außenministerin Karin Brandstätter am Montag in Wien.</p><p><a href="https://www.donaublitz.example/ausland/a7712301">Weiterlesen »</a></p>',
        lambda k: it(k, "Neuwahl im September – Kanzler bittet Präsidenten um Termin", w, [], rel=False, quotes=[q("Karin Brandstätter", "Außenministerin")], junk=["Weiterlesen"],
                     note="Austrian home politics filed under Ausland: not relevant (the remark about partners in Europe does not make it foreign policy). 'red' (Redaktion) is no person. The tabloid's kicker before the headline is a title label. Title label 'Nach Video-Skandal:' may be kept or dropped."))
    w = d(2019, 5, 20, 15, 10, 0, 2)
    add("a7712288", "Salvini lädt Europas Rechte nach Mailand", "EU-Wahl", w, "APA",
        '<p>Wenige Tage vor der EU-Wahl hat Italiens Innenminister Rechtsparteien aus elf Ländern zu einer Kundgebung nach Mailand eingeladen. „Das ist eine Show, aber eine mit Folgen für Brüssel“, sagte der Politologe Florian Aigner vom Forum Europa Wien.</p><p><a href="https://www.donaublitz.example/ausland/a7712288">Weiterlesen »</a></p>',
        lambda k: it(k, "Salvini lädt Europas Rechte nach Mailand", w, [], quotes=[q("Florian Aigner", "Forum Europa Wien")], junk=["Weiterlesen"],
                     note="Agency (APA) as dc:creator: []. Title label 'EU-Wahl:' may be kept or dropped. Relevant."))
    w = d(2019, 5, 20, 11, 5, 0, 2)
    add("a7712250", "Wiener Urlauberin auf Kreta von Felsen gestürzt", "Drama im Urlaub", w, "Kurt Heindl",
        '<p>Eine 54-jährige Wienerin ist auf Kreta bei einer Wanderung in der Samaria-Schlucht schwer verletzt worden. Sie wurde mit dem Hubschrauber nach Chania geflogen.</p><p><a href="https://www.donaublitz.example/ausland/a7712250">Weiterlesen »</a></p>',
        lambda k: it(k, "Wiener Urlauberin auf Kreta von Felsen gestürzt", w, ["Kurt Heindl"], rel=False, junk=["Weiterlesen"],
                     note="Accident abroad of a Viennese tourist: looks foreign, not relevant. Title label 'Drama im Urlaub:' may be kept or dropped."))
    w = d(2019, 5, 19, 21, 30, 0, 2)
    add("a7712201", "Die besten Bilder vom Song Contest in Tel Aviv", "Fotostrecke", w, None,
        '<p>Glitzer, Tränen und ein Sieger aus den Niederlanden: die Bilder der Nacht.</p>',
        lambda k: it(k, "Die besten Bilder vom Song Contest in Tel Aviv", w, [], story=False, rel=False,
                     note="Photo gallery (kicker 'Fotostrecke'): not a story. No dc:creator."))
    w = d(2019, 5, 19, 16, 45, 0, 2)
    add("a7712170", "Trump droht Iran mit „offiziellem Ende“", "Golf-Krise", w, "Birgit Lederer und Stefan Wallner",
        '<p>Im Konflikt mit dem Iran hat der US-Präsident auf Twitter mit dem „offiziellen Ende“ des Landes gedroht. Teheran wies die Drohung zurück. „Drohungen haben in dieser Region noch nie funktioniert“, sagte der Nahost-Experte Omid Rahimi von der Stiftung für Internationale Politik.</p><p><a href="https://www.donaublitz.example/ausland/a7712170">Weiterlesen »</a></p>',
        lambda k: it(k, "Trump droht Iran mit „offiziellem Ende“", w, ["Birgit Lederer", "Stefan Wallner"], quotes=[q("Omid Rahimi", "Stiftung für Internationale Politik")], junk=["Weiterlesen"],
                     note="'A und B' in one dc:creator. Title label 'Golf-Krise:' may be kept or dropped. Relevant; the head of state appears only as the setting."))
    w = d(2019, 5, 19, 9, 0, 0, 2)
    add("a7712133", "Jetzt gewinnen: Zwei Tickets für das Donauinselfest-VIP-Zelt", "Gewinnspiel", w, "Donaublitz Aktion",
        '<p>Mitmachen und mit etwas Glück dabei sein! Teilnahmeschluss ist Freitag.</p>',
        lambda k: it(k, "Jetzt gewinnen: Zwei Tickets für das Donauinselfest-VIP-Zelt", w, [], story=False, rel=False, note="Reader competition: not a story."))
    text = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Donaublitz.example - Ausland</title><link>{base}/ausland</link>'
            f'<description>Die neuesten Nachrichten aus aller Welt</description><language>de-AT</language><copyright>Donaublitz Zeitungsverlag GmbH &amp; Co KG</copyright>'
            + "".join(rows) + "</channel></rss>")
    return feed("de_at_donaublitz_ausland_kicker.rss.xml", text, items, lang="de", outlet="Donaublitz", aliases=["Donaublitz.example"],
                structure="Vienna tabloid's 'Ausland' feed from its own CMS (May 2019): one line, no trailing newline, channel 'Host - Ausland' with the publishing company in <copyright>, de-AT, the tabloid's kicker glued to the headline with a colon ('Golf-Krise: …', 'Drama im Urlaub: …'), escaped <p> descriptions with „…“ quotes and a 'Weiterlesen »' link, dc:creator with 'red', 'APA', a person, 'A und B' or a promo account, one item without dc:creator, enclosure teaser images with length 0, a photo gallery and a competition, +0200 dates")


# ---------------------------------------------------------------- Stuttgart regional daily, CUE/Escenic-style (2024)
def kesselkurier():
    base = "https://www.kesselkurier.example"
    rows, items = [], []

    def add(aid, slug, title, when, creators, teaser, exp):
        link = f"{base}/inhalt.{slug}.{aid}.html"
        cr = "".join(f"\n      <dc:creator>{c}</dc:creator>" for c in creators)
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{link}</link>\n      <description>{cd(teaser)}</description>{cr}\n"
                    f"      <pubDate>{rfc822(when)}</pubDate>\n      <guid isPermaLink=\"false\">{aid}</guid>\n    </item>")
        items.append(exp(aid))

    w = d(2024, 11, 6, 19, 20, 0, 1)
    add("a1f0c9e2-77b1-4d1e-9a2e-5d1c3e9b7a01", "us-wahl-folgen-fuer-baden-wuerttemberg", "US-Wahl: Was der Machtwechsel für Boschs und Daimlers Exporte bedeutet", w, ["Jana Hörmann"],
        '<p>Stuttgart - Die Autozulieferer im Land fürchten neue Zölle. „Wenn Washington zehn Prozent auf alles erhebt, trifft das den Mittelstand zwischen Neckar und Alb direkt“, sagte Ulrich Kemmler vom Verband Südwestmetall-Export. Mehr als 14 Prozent der Exporte des Landes gehen in die USA.</p>',
        lambda k: it(k, "US-Wahl: Was der Machtwechsel für Boschs und Daimlers Exporte bedeutet", w, ["Jana Hörmann"], quotes=[q("Ulrich Kemmler", "Verband Südwestmetall-Export")],
                     note="Trade-policy consequences of a foreign election for the region: relevant (tariffs between states). 'Stuttgart -' dateline opens the teaser. 'US-Wahl:' is part of the headline."))
    w = d(2024, 11, 6, 14, 0, 0, 1)
    add("b7e2d4a1-1c3f-4b8e-8f21-0a9d6c2e4b12", "ampel-koalition-lindner-entlassung", "Ampel vor dem Aus: Scholz will Lindner entlassen", w, ["dpa/AFP"],
        '<p>Berlin - Die Koalition aus SPD, Grünen und FDP steht vor dem Bruch. Der Kanzler will den Finanzminister entlassen, wie aus Koalitionskreisen verlautete.</p><p>Mehr zum Thema lesen Sie in Kürze auf kesselkurier.example.</p>',
        lambda k: it(k, "Ampel vor dem Aus: Scholz will Lindner entlassen", w, [], rel=False, junk=["Mehr zum Thema lesen Sie"],
                     note="German federal politics in the feed on the same night: home news, not relevant. 'dpa/AFP' is no person."))
    w = d(2024, 11, 5, 21, 10, 0, 1)
    add("c3a9f1b0-5e2d-47c8-b6a4-2f8e1d7c9a23", "ukraine-partnerstadt-hilfskonvoi", "Hilfskonvoi aus Esslingen erreicht Partnerstadt in der Ukraine", w, ["Marco Rieger", "Lea Nguyen"],
        '<p>Esslingen - Sechs Lastwagen mit Generatoren und Winterkleidung sind in der ukrainischen Partnerstadt angekommen. „Die Menschen dort bereiten sich auf einen Winter ohne Strom vor“, sagte Oberbürgermeisterin Petra Vogelsang.</p>',
        lambda k: it(k, "Hilfskonvoi aus Esslingen erreicht Partnerstadt in der Ukraine", w, ["Marco Rieger", "Lea Nguyen"], rel=False, quotes=[q("Petra Vogelsang", "Oberbürgermeisterin")],
                     note="A town's aid convoy: a local-angle story on the war; not relevant (no state policy). Two dc:creator elements."))
    w = d(2024, 11, 5, 16, 30, 0, 1)
    add("d8b1e7c3-9a4f-4e2d-a1b5-3c6f0e8d2b34", "liveblog-us-wahl", "US-Wahl 2024 im Liveblog: Die Nacht der Entscheidung", w, ["Kessel-Kurier-Newsroom"],
        '<p>Wir berichten die ganze Nacht live.</p>',
        lambda k: it(k, "US-Wahl 2024 im Liveblog: Die Nacht der Entscheidung", w, [], story=False, rel=False, note="Live blog: not a story."))
    w = d(2024, 11, 5, 10, 15, 0, 1)
    add("e2c5a8d6-3b7e-4f1a-9c2d-4e7a1b9f3c45", "georgien-proteste-wahlbetrug", "Georgien: Zehntausende protestieren gegen Wahlergebnis", w, ["Von Tamar Beridse, Tiflis"],
        '<p>Tiflis - In der georgischen Hauptstadt haben erneut Zehntausende gegen das offizielle Ergebnis der Parlamentswahl demonstriert. Die Opposition spricht von massivem Betrug.</p>',
        lambda k: it(k, "Georgien: Zehntausende protestieren gegen Wahlergebnis", w, ["Tamar Beridse"],
                     note="dc:creator 'Von Name, Ort': the prefix and the place are not part of the name. Relevant."))
    w = d(2024, 11, 4, 12, 0, 0, 1)
    add("f9d3b2e8-7c1a-4a5e-b3f6-5a8c2d0e4d56", "anzeige-reiseaktion-wien", "Anzeige: Leserreise nach Wien – jetzt Plätze sichern", w, ["Kessel-Kurier Leserreisen"],
        '<p>Vier Tage Kaiserstadt mit Opernbesuch, ab 799 Euro pro Person.</p>',
        lambda k: it(k, "Leserreise nach Wien – jetzt Plätze sichern", w, [], story=False, rel=False, note="Sponsored reader trip: not a story. Title label 'Anzeige:' may be kept or dropped."))
    text = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">\n  <channel>\n    <title>Politik | Kessel-Kurier</title>\n    <link>{base}/politik</link>\n'
            f'    <description>Nachrichten aus Politik, Deutschland und der Welt</description>\n    <language>de</language>\n    <pubDate>{rfc822(d(2024, 11, 6, 19, 25, 0, 1))}</pubDate>\n' + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("de_kesselkurier_politik_cue.rss.xml", text, items, lang="de", outlet="Kessel-Kurier",
                structure="Stuttgart regional daily's 'Politik' feed (world and home politics together) from a CUE/Escenic-style newsroom system (November 2024): two-space indentation, channel 'Section | Brand', language 'de', UUID non-permalink guids, '/inhalt.<slug>.<uuid>.html' links, CDATA <p> teasers opening with a 'Ort -' dateline, one dc:creator per author (people, 'dpa/AFP', 'Von Name, Ort', a newsroom credit, a travel-promo account), a 'Mehr zum Thema lesen Sie …' tail, a live blog and an 'Anzeige:' reader trip, +0100 dates")


# ---------------------------------------------------------------- Luxembourg German-language daily, WordPress 5.4 (2020)
def alzettebote():
    base = "https://www.alzettebote.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, excerpt, body, exp):
        link = f"{base}/{slug}/"
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{link}</link>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{gmt(when)}</pubDate>\n"
                    f"\t\t\t\t<category><![CDATA[International]]></category>\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>\n"
                    f"\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n\t\t\t\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2020, 3, 16, 18, 30, 0, 1)
    add(301188, "grenzkontrollen-schengen-luxemburg", "Grenzkontrollen: Luxemburg protestiert in Berlin", w, "Claude Weis",
        "Die Regierung hat gegen die deutschen Kontrollen an der Moselgrenze protestiert. [&hellip;]",
        '<p>Die Regierung hat am Montag gegen die Wiedereinführung deutscher Kontrollen an der Grenze zu Luxemburg protestiert.</p>'
        '<p>„Schengen ist kein Schönwetterprojekt“, sagte Außenminister Jean Reuland nach einem Telefonat mit seinem deutschen Amtskollegen.</p>'
        '<p>Mehr als 100.000 Grenzgänger pendeln täglich nach Luxemburg.</p>',
        lambda k: it(k, "Grenzkontrollen: Luxemburg protestiert in Berlin", w, ["Claude Weis"], quotes=[q("Jean Reuland", "Außenminister")],
                     note="Luxembourg's foreign policy toward Germany during the border closures: relevant."))
    w = d(2020, 3, 16, 12, 15, 0, 1)
    add(301164, "corona-italien-luxemburger-zurueckgeholt", "Regierung holt 58 Luxemburger aus Norditalien zurück", w, "Alzette Bote",
        "Ein Sonderflug brachte die Reisenden am Sonntagabend nach Findel. [&hellip;]",
        '<p>Ein Sonderflug hat am Sonntagabend 58 Luxemburger aus Bergamo nach Findel gebracht.</p><p>„Wir lassen niemanden zurück“, sagte eine Sprecherin des Außenministeriums.</p>',
        lambda k: it(k, "Regierung holt 58 Luxemburger aus Norditalien zurück", w, [],
                     note="The brand as dc:creator: []. The quoted spokeswoman is unnamed; no quote label expected. Consular repatriation during a pandemic: relevant."))
    w = d(2020, 3, 15, 20, 0, 0, 1)
    add(301140, "kommentar-europa-in-der-krise", "Kommentar: Europa zerfällt an den Schlagbäumen", w, "Martine Hoffmann",
        "Die Rückkehr der Grenzen zeigt, wie dünn die Solidarität ist. [&hellip;]",
        '<p>Die Rückkehr der Schlagbäume an Mosel und Sauer zeigt, wie dünn die europäische Solidarität in der Krise ist.</p>',
        lambda k: it(k, "Europa zerfällt an den Schlagbäumen", w, ["Martine Hoffmann"], note="Commentary: a story. Title label 'Kommentar:' may be kept or dropped. Relevant."))
    w = d(2020, 3, 15, 14, 40, 0, 1)
    add(301122, "portugiesische-gemeinschaft-fatima-wallfahrt-abgesagt", "Portugiesische Gemeinde sagt Fatima-Wallfahrt in Wiltz ab", w, "Paulo Mendes Ferreira",
        "Die traditionelle Wallfahrt findet in diesem Jahr nicht statt. [&hellip;]",
        '<p>Die Wallfahrt der portugiesischen Gemeinde nach Wiltz am Himmelfahrtstag ist abgesagt.</p>',
        lambda k: it(k, "Portugiesische Gemeinde sagt Fatima-Wallfahrt in Wiltz ab", w, ["Paulo Mendes Ferreira"], rel=False,
                     note="Looks foreign (Portuguese, Fatima) but is local community news in Luxembourg: not relevant."))
    w = d(2020, 3, 14, 10, 0, 0, 1)
    add(301099, "podcast-wat-elo-folge-12", "Podcast „Wat elo?“ – Folge 12: Homeoffice mit Kindern", w, "Alzette Bote Podcast",
        "Jetzt reinhören. [&hellip;]",
        '<p>Jetzt reinhören: <audio src="https://cdn.alzettebote.example/pod/12.mp3" controls></audio></p>',
        lambda k: it(k, "Podcast „Wat elo?“ – Folge 12: Homeoffice mit Kindern", w, [], story=False, rel=False, note="Podcast: not a story."))
    w = d(2020, 3, 13, 17, 25, 0, 1)
    add(301075, "eu-finanzminister-rettungsschirm", "EU-Finanzminister beraten über Corona-Hilfen", w, "Sophie Kieffer, Brüssel",
        "Die Eurogruppe berät am Montag über ein Hilfspaket. [&hellip;]",
        '<p>Die Finanzminister der Eurozone beraten am Montag per Videokonferenz über ein Hilfspaket.</p>'
        '<p>„Wir müssen alle Instrumente auf den Tisch legen“, sagte Finanzminister Marc Thill.</p>',
        lambda k: it(k, "EU-Finanzminister beraten über Corona-Hilfen", w, ["Sophie Kieffer"], quotes=[q("Marc Thill", "Finanzminister")],
                     note="dc:creator 'Name, Ort': the place is not part of the name. EU crisis response: relevant."))
    head = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            f'\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f'\t<title>International &#8211; Alzette Bote</title>\n\t<atom:link href="{base}/category/international/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n\t<description>Luxemburgs Tageszeitung</description>\n'
            f'\t<lastBuildDate>{gmt(d(2020, 3, 16, 18, 35, 0, 1))}</lastBuildDate>\n\t<language>de-DE</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=5.4</generator>\n')
    text = head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("de_lu_alzettebote_international_wp54.rss.xml", text, items, lang="de", outlet="Alzette Bote",
                structure="Luxembourg German-language daily's 'International' category on WordPress 5.4 (March 2020): feed-rss2 layout, channel 'International &#8211; Brand', language de-DE (WordPress setting), CDATA dc:creator with a person, 'Name, Ort', the brand or a podcast account, '?p=' guids, excerpts ending ' [&hellip;]' (the named entity inside CDATA), content:encoded with „…“ quotes, a 'Kommentar:' column and a podcast, GMT dates (newsroom +0100)")


# ---------------------------------------------------------------- Trieste daily, Polopoly-style local-group CMS (2016)
def sangiusto():
    base = "http://ilpiccologiuliano.example"
    rows, items = [], []

    def add(cid, slug, title, when, author, desc, exp):
        link = f"{base}/trieste/cronaca/{when:%Y/%m/%d}/news/{slug}-1.{cid}"
        a = f"\n<author>{author}</author>" if author else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{link}</link>\n<description>{esc(desc)}</description>{a}\n<pubDate>{rfc822(when)}</pubDate>\n<guid isPermaLink=\"false\">1.{cid}</guid>\n</item>")
        items.append(exp(f"1.{cid}"))

    w = d(2016, 3, 9, 19, 30, 0, 1)
    add(13085521, "slovenia-filo-spinato-confine", "La Slovenia rafforza la barriera al confine con la Croazia", w, "di Matteo Furlan",
        '<p><img src="http://ilpiccologiuliano.example/image/1.13085520/filo.jpg" /></p><p>LUBIANA. Il governo sloveno ha deciso di prolungare di altri quaranta chilometri la recinzione lungo il confine croato. «La rotta balcanica non è chiusa, è solo più pericolosa», ha detto Nataša Kobal dell\'Istituto per gli Studi Adriatici.</p>',
        lambda k: it(k, "La Slovenia rafforza la barriera al confine con la Croazia", w, ["Matteo Furlan"], quotes=[q("Nataša Kobal", "Istituto per gli Studi Adriatici")],
                     note="<author> 'di Name': the preposition is not part of the name. Neighbouring country's border policy on the Balkan route: relevant."))
    w = d(2016, 3, 9, 15, 0, 0, 1)
    add(13084410, "porto-franco-cinesi-investimenti", "Porto franco, una delegazione cinese visita il Molo VII", w, "di Elisa Bonetti",
        '<p>TRIESTE. Una delegazione della China Merchants Group ha visitato ieri il Molo VII. «Trieste può diventare la porta della nuova Via della Seta nel Mediterraneo», ha detto Lorenzo Visintin dell\'Autorità di sistema portuale del Mare Adriatico orientale.</p>',
        lambda k: it(k, "Porto franco, una delegazione cinese visita il Molo VII", w, ["Elisa Bonetti"], quotes=[q("Lorenzo Visintin", "Autorità di sistema portuale del Mare Adriatico orientale")],
                     note="Chinese state investment interest in the port: relevant."))
    w = d(2016, 3, 8, 20, 20, 0, 1)
    add(13082277, "muggia-sagra-dell-asparago", "Muggia, torna la sagra dell'asparago selvatico", w, None,
        '<p>MUGGIA. Tre giorni di festa in piazza Marconi, dal 18 al 20 marzo.</p>',
        lambda k: it(k, "Muggia, torna la sagra dell'asparago selvatico", w, [], story=False, rel=False, note="Local event listing: not a story. No <author>."))
    w = d(2016, 3, 8, 12, 5, 0, 1)
    add(13080919, "esuli-istriani-memoria-pola", "Esuli istriani, a Pola una targa per i 70 anni dell'esodo", w, "di Roberto Zanetti",
        '<p>POLA. Una targa bilingue sarà posta in riva al porto per ricordare la partenza del piroscafo Toscana. «È un gesto che aspettavamo da settant\'anni», ha detto Bruno Cociancich dell\'Unione degli Istriani.</p>',
        lambda k: it(k, "Esuli istriani, a Pola una targa per i 70 anni dell'esodo", w, ["Roberto Zanetti"], rel=False, quotes=[q("Bruno Cociancich", "Unione degli Istriani")],
                     note="Looks foreign (Pula, Croatia) but is a memory story of Trieste's exile community: not relevant."))
    w = d(2016, 3, 7, 18, 0, 0, 1)
    add(13079002, "video-bora-molo-audace", "VIDEO La bora a 140 all'ora sul Molo Audace", w, None,
        '<p>Le immagini girate dai lettori.</p>',
        lambda k: it(k, "La bora a 140 all'ora sul Molo Audace", w, [], story=False, rel=False, note="Video: not a story. Title label 'VIDEO' may be kept or dropped."))
    w = d(2016, 3, 7, 10, 30, 0, 1)
    add(13077541, "austria-tetto-profughi-brennero", "L'Austria fissa il tetto ai profughi, Roma teme il Brennero", w, "di Matteo Furlan e Anna Kranjc",
        '<p>VIENNA. L\'Austria accetterà al massimo 80 domande d\'asilo al giorno. «Chiudere il Brennero sarebbe un errore storico», ha detto il ministro dell\'Interno Angelo Ricci.</p>',
        lambda k: it(k, "L'Austria fissa il tetto ai profughi, Roma teme il Brennero", w, ["Matteo Furlan", "Anna Kranjc"], quotes=[q("Angelo Ricci", "ministro dell'Interno")],
                     note="'di A e B' in one <author>. Relevant."))
    text = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<title>Il Piccolo Giuliano - Mondo</title>\n<link>{base}/mondo</link>\n<description>Il Piccolo Giuliano, il quotidiano di Trieste</description>\n<language>it</language>\n'
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("it_ts_piccologiuliano_mondo_polopoly.rss.xml", text, items, lang="it", outlet="Il Piccolo Giuliano", aliases=["Piccolo Giuliano"],
                structure="Trieste daily's 'Mondo' feed from a Polopoly-based local-group CMS (March 2016): no indentation, no namespaces, channel 'Brand - Mondo', '1.<id>' non-permalink guids, long '/trieste/cronaca/<date>/news/<slug>-1.<id>' links, escaped descriptions opening with the image and an upper-case 'CITTÀ.' dateline, «…» quotes with 'ha detto', RSS <author> holding 'di Name' or 'di A e B' (no e-mail), items without <author>, a 'VIDEO' title label, an event listing, +0100 dates")


# ---------------------------------------------------------------- Sardinian daily, WordPress 5.9 (2022)
def nuraghi():
    base = "https://www.corrieredeinuraghi.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, body, exp):
        link = f"{base}/{slug}/"
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{link}</link>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{gmt(when)}</pubDate>\n"
                    f"\t\t\t\t<category><![CDATA[Mondo]]></category>\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{body}]]></description>\n\t\t\t\t\t\t\t\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    leggi = lambda s: f' <a href="{base}/{s}/">Leggi tutto &#187;</a>'
    w = d(2022, 9, 26, 17, 0, 0, 2)
    add(552101, "gasdotto-nord-stream-falle-baltico", "Nord Stream, tre falle nel Baltico: Danimarca e Svezia parlano di sabotaggio", w, "Redazione",
        "Le autorità danesi hanno segnalato tre perdite di gas dai due gasdotti. «Non può trattarsi di un incidente», ha detto Lars Mikkelsen dell'Agenzia danese per l'energia." + leggi("gasdotto-nord-stream-falle-baltico"),
        lambda k: it(k, "Nord Stream, tre falle nel Baltico: Danimarca e Svezia parlano di sabotaggio", w, [], quotes=[q("Lars Mikkelsen", "Agenzia danese per l'energia")], junk=["Leggi tutto"],
                     note="'Redazione' is no person. Relevant."))
    w = d(2022, 9, 26, 11, 30, 0, 2)
    add(552088, "elezioni-risultati-sardegna-collegi", "Elezioni, in Sardegna il centrodestra vince sei collegi su otto", w, "Giovanni Piras",
        "Il centrodestra conquista sei degli otto collegi uninominali dell'isola." + leggi("elezioni-risultati-sardegna-collegi"),
        lambda k: it(k, "Elezioni, in Sardegna il centrodestra vince sei collegi su otto", w, ["Giovanni Piras"], rel=False, junk=["Leggi tutto"],
                     note="Italian general election, regional results: home news, not relevant."))
    w = d(2022, 9, 25, 19, 45, 0, 2)
    add(552070, "iran-proteste-studenti-sardi-teheran", "Proteste in Iran, la rete dell'università di Cagliari: «I nostri studenti stanno bene»", w, "Francesca Melis",
        "Sono quattordici gli studenti iraniani iscritti all'ateneo di Cagliari. «Siamo in contatto con tutti e con le loro famiglie», ha detto Paola Sanna dell'Università di Cagliari." + leggi("iran-proteste-studenti-sardi-teheran"),
        lambda k: it(k, "Proteste in Iran, la rete dell'università di Cagliari: «I nostri studenti stanno bene»", w, ["Francesca Melis"], rel=False, quotes=[q("Paola Sanna", "Università di Cagliari")], junk=["Leggi tutto"],
                     note="Foreign unrest told through local university students: not relevant."))
    w = d(2022, 9, 25, 9, 0, 0, 2)
    add(552051, "fotogallery-cavalcata-sarda", "FOTO | La Cavalcata sarda torna a Sassari dopo due anni", w, "Redazione",
        '<img src="https://www.corrieredeinuraghi.example/wp-content/uploads/2022/09/cavalcata.jpg" />' + leggi("fotogallery-cavalcata-sarda"),
        lambda k: it(k, "La Cavalcata sarda torna a Sassari dopo due anni", w, [], story=False, rel=False, junk=["Leggi tutto"], note="Photo gallery: not a story. Title label 'FOTO |' may be kept or dropped."))
    w = d(2022, 9, 24, 16, 20, 0, 2)
    add(552033, "nato-esercitazione-capo-teulada", "Esercitazione Nato a Capo Teulada, presidio dei comitati", w, "Antonio Deiana e Giulia Cossu",
        "Duecento persone hanno manifestato davanti al poligono durante l'esercitazione della Nato. «La Sardegna non è una portaerei», ha detto Efisio Carta del Comitato Sardegna Pacifica." + leggi("nato-esercitazione-capo-teulada"),
        lambda k: it(k, "Esercitazione Nato a Capo Teulada, presidio dei comitati", w, ["Antonio Deiana", "Giulia Cossu"], quotes=[q("Efisio Carta", "Comitato Sardegna Pacifica")], junk=["Leggi tutto"],
                     note="NATO exercise on the island and protests: relevant (alliance military policy). 'A e B' in one dc:creator."))
    w = d(2022, 9, 24, 10, 0, 0, 2)
    add(552019, "ucraina-referendum-russia-regioni", "Ucraina, al via i referendum nelle regioni occupate. L'Ue: «Farsa»", w, "Ansa",
        "Sono iniziati i referendum per l'annessione alla Russia in quattro regioni ucraine occupate." + leggi("ucraina-referendum-russia-regioni"),
        lambda k: it(k, "Ucraina, al via i referendum nelle regioni occupate. L'Ue: «Farsa»", w, [], junk=["Leggi tutto"], note="Agency as dc:creator: []. Relevant."))
    head = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            f'\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f'\t<title>Mondo &#8211; Corriere dei Nuraghi</title>\n\t<atom:link href="{base}/category/mondo/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n\t<description>Il quotidiano della Sardegna</description>\n'
            f'\t<lastBuildDate>{gmt(d(2022, 9, 26, 17, 5, 0, 2))}</lastBuildDate>\n\t<language>it-IT</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=5.9.4</generator>\n')
    text = head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("it_ca_corrieredeinuraghi_mondo_wp59.rss.xml", text, items, lang="it", outlet="Corriere dei Nuraghi",
                structure="Sardinian daily's 'Mondo' category on WordPress 5.9 with 'summary' feeds (September 2022): feed-rss2 layout without content:encoded, channel 'Mondo &#8211; Brand', it-IT, CDATA dc:creator with a person, 'A e B', 'Redazione' or 'Ansa', '?p=' guids, plain excerpts with «…» quotes and a theme 'Leggi tutto &#187;' link, a 'FOTO |' gallery, GMT dates (newsroom +0200)")


# ---------------------------------------------------------------- Recife daily, custom Java CMS (2020)
def capibaribe():
    base = "https://www.diariodorecife-norte.example"
    rows, items = [], []

    def add(aid, slug, title, when, author, desc, exp):
        link = f"{base}/mundo/{when:%Y/%m}/{slug}.html"
        a = f"\n\t\t\t<dc:creator>{author}</dc:creator>" if author else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{cd(title)}</title>\n\t\t\t<link>{link}</link>\n\t\t\t<description>{cd(desc)}</description>{a}\n\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t\t<guid isPermaLink=\"false\">DRN-{aid}</guid>\n\t\t</item>")
        items.append(exp(f"DRN-{aid}"))

    w = d(2020, 11, 8, 15, 40, 0, -3)
    add(884120, "eleicao-eua-brasil-reacao", "Itamaraty silencia sobre resultado nos EUA; Congresso cobra posição", w, "Mariana Albuquerque, com agências",
        "<p>O Itamaraty ainda não se manifestou sobre o resultado da eleição americana. \"O Brasil está isolado entre os grandes países do continente\", disse o deputado Heitor Cavalcanti, da Comissão de Relações Exteriores da Câmara.</p>",
        lambda k: it(k, "Itamaraty silencia sobre resultado nos EUA; Congresso cobra posição", w, ["Mariana Albuquerque"], quotes=[q("Heitor Cavalcanti", "Comissão de Relações Exteriores da Câmara")],
                     note="'Name, com agências' in dc:creator: the agency tail is not a person. Brazil's foreign policy: relevant."))
    w = d(2020, 11, 8, 10, 0, 0, -3)
    add(884101, "bolivia-posse-arce-comitiva", "Comitiva brasileira acompanha posse na Bolívia", w, "Folhapress",
        "<p>Uma comitiva com o vice-presidente representa o Brasil na posse do novo presidente boliviano, neste domingo, em La Paz.</p>",
        lambda k: it(k, "Comitiva brasileira acompanha posse na Bolívia", w, [], note="Agency as dc:creator: []. Relevant."))
    w = d(2020, 11, 7, 18, 20, 0, -3)
    add(884087, "pernambucanos-portugal-vistos", "Pernambucanos lotam consulado de Portugal no Recife em busca de vistos", w, "Rafael Tenório",
        "<p>A fila diante do consulado português no bairro do Recife começou de madrugada. \"Vim às três da manhã para pegar senha\", disse a enfermeira Cláudia Barros.</p>",
        lambda k: it(k, "Pernambucanos lotam consulado de Portugal no Recife em busca de vistos", w, ["Rafael Tenório"], rel=False, quotes=[q("Cláudia Barros")],
                     note="Looks foreign (Portugal) but is local news about emigration queues: not relevant. 'a enfermeira' is an occupation, not an affiliation."))
    w = d(2020, 11, 7, 12, 0, 0, -3)
    add(884070, "video-frevo-em-lisboa", "Vídeo: grupo de frevo do Recife se apresenta em Lisboa", w, None,
        "<p>Assista.</p>",
        lambda k: it(k, "Grupo de frevo do Recife se apresenta em Lisboa", w, [], story=False, rel=False, note="Video: not a story. Title label 'Vídeo:' may be kept or dropped."))
    w = d(2020, 11, 6, 21, 15, 0, -3)
    add(884052, "etiopia-tigre-conflito", "Etiópia lança ofensiva militar na região do Tigré", w, "Da Redação",
        "<p>O governo etíope lançou uma ofensiva contra as forças que controlam a região do Tigré, no norte do país. A União Africana pediu cessar-fogo imediato.</p>",
        lambda k: it(k, "Etiópia lança ofensiva militar na região do Tigré", w, [], note="'Da Redação' is no person. Relevant."))
    w = d(2020, 11, 6, 9, 30, 0, -3)
    add(884033, "assine-black-friday", "Black Friday: assine o Diário do Recife Norte por R$ 1,90", w, "Diário do Recife Norte",
        "<p>Oferta por tempo limitado.</p>",
        lambda k: it(k, "Black Friday: assine o Diário do Recife Norte por R$ 1,90", w, [], story=False, rel=False, note="Subscription promo: not a story."))
    text = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n\t<channel>\n\t\t<title>Diário do Recife Norte | Mundo</title>\n\t\t<link>{base}/mundo</link>\n'
            f'\t\t<description>Últimas notícias de Mundo</description>\n\t\t<language>pt-br</language>\n\t\t<copyright>© 2020 Empresa Jornalística Recife Norte S/A</copyright>\n' + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("pt_br_pe_diariodorecifenorte_mundo_java.rss.xml", text, items, lang="pt", outlet="Diário do Recife Norte",
                structure="Recife daily's 'Mundo' section from a custom Java CMS (November 2020): tab indentation, channel 'Brand | Mundo', pt-br, company copyright with ©, CDATA titles and <p> descriptions with straight \"…\" quotes and 'disse', 'DRN-<id>' non-permalink guids, dc:creator with a person, 'Name, com agências', 'Folhapress', 'Da Redação' or the brand, items without dc:creator, a 'Vídeo:' item and a subscription promo, -0300 dates")


# ---------------------------------------------------------------- Cape Verde news site, WordPress 6.7 (2025)
def sotavento():
    base = "https://sotaventonoticias.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, body, exp):
        link = f"{base}/{slug}/"
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{link}</link>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{gmt(when)}</pubDate>\n"
                    f"\t\t\t\t<category><![CDATA[Mundo]]></category>\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{body}]]></description>\n"
                    f"\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[<p>{body}</p><p>O artigo <a href=\"{link}\">{esc(title)}</a> aparece primeiro em <a href=\"{base}\">Sotavento Notícias</a>.</p>]]></content:encoded>\n\t\t\t\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    foot = ["aparece primeiro em", "O artigo"]
    w = d(2025, 7, 3, 16, 10, 0, -1)
    add(71204, "cplp-cimeira-sao-tome", "Cimeira da CPLP: Cabo Verde defende mobilidade entre Estados-membros", w, "Edson Tavares",
        "O ministro dos Negócios Estrangeiros, Rui Lopes Semedo, defendeu em São Tomé a aplicação plena do acordo de mobilidade. &#8220;A mobilidade não pode ficar no papel&#8221;, afirmou o ministro dos Negócios Estrangeiros, Rui Lopes Semedo.",
        lambda k: it(k, "Cimeira da CPLP: Cabo Verde defende mobilidade entre Estados-membros", w, ["Edson Tavares"], quotes=[q("Rui Lopes Semedo", "ministro dos Negócios Estrangeiros")], junk=foot,
                     note="Yoast footer in Portuguese ('O artigo … aparece primeiro em …'). Cape Verde's foreign policy in the CPLP: relevant."))
    w = d(2025, 7, 3, 10, 0, 0, -1)
    add(71190, "emigrantes-boston-remessas", "Remessas de emigrantes batem recorde no primeiro semestre", w, "Agência Ilhéu",
        "As remessas dos emigrantes cabo-verdianos atingiram um recorde no primeiro semestre, segundo o Banco de Cabo Verde.",
        lambda k: it(k, "Remessas de emigrantes batem recorde no primeiro semestre", w, [], rel=False, junk=foot,
                     note="Diaspora remittances, domestic economy: not relevant. Agency as dc:creator: []."))
    w = d(2025, 7, 2, 18, 30, 0, -1)
    add(71176, "senegal-pescas-acordo-ue", "Senegal suspende acordo de pesca com a União Europeia", w, "Redação",
        "O Senegal anunciou a suspensão do acordo de pesca com a União Europeia. &#8220;As nossas águas primeiro&#8221;, disse Aminata Sow, da Associação dos Pescadores Artesanais de Dacar.",
        lambda k: it(k, "Senegal suspende acordo de pesca com a União Europeia", w, [], quotes=[q("Aminata Sow", "Associação dos Pescadores Artesanais de Dacar")], junk=foot,
                     note="'Redação' is no person. Regional fisheries diplomacy: relevant."))
    w = d(2025, 7, 2, 11, 0, 0, -1)
    add(71160, "festival-baia-das-gatas-cartaz", "Festival da Baía das Gatas apresenta cartaz com artistas de Lisboa e Paris", w, "Redação",
        "O festival de São Vicente terá artistas da diáspora em Lisboa e Paris.",
        lambda k: it(k, "Festival da Baía das Gatas apresenta cartaz com artistas de Lisboa e Paris", w, [], rel=False, junk=foot,
                     note="Local festival with foreign artists: looks foreign, not relevant."))
    w = d(2025, 7, 1, 19, 45, 0, -1)
    add(71149, "guine-bissau-eleicoes-adiadas", "Guiné-Bissau: eleições adiadas para novembro", w, "Edson Tavares e Nádia Monteiro",
        "As eleições legislativas e presidenciais na Guiné-Bissau foram adiadas para novembro, anunciou a comissão eleitoral.",
        lambda k: it(k, "Guiné-Bissau: eleições adiadas para novembro", w, ["Edson Tavares", "Nádia Monteiro"], junk=foot, note="'A e B' in one dc:creator. Relevant."))
    w = d(2025, 7, 1, 9, 0, 0, -1)
    add(71133, "direto-5-de-julho-independencia", "Em direto: 50 anos da independência", w, "Redação",
        "Acompanhe em direto as comemorações na Praia.",
        lambda k: it(k, "Em direto: 50 anos da independência", w, [], story=False, rel=False, junk=foot, note="Live coverage page: not a story."))
    head = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            f'\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f'\t<title>Mundo &#8211; Sotavento Notícias</title>\n\t<atom:link href="{base}/category/mundo/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n\t<description>Notícias de Cabo Verde e do mundo</description>\n'
            f'\t<lastBuildDate>{gmt(d(2025, 7, 3, 16, 15, 0, -1))}</lastBuildDate>\n\t<language>pt-PT</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.7.2</generator>\n')
    text = head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("pt_cv_sotaventonoticias_mundo_wp67_yoast.rss.xml", text, items, lang="pt", outlet="Sotavento Notícias",
                structure="Cape Verde news site's 'Mundo' category on WordPress 6.7 with Yoast (July 2025): feed-rss2 layout, pt-PT, CDATA dc:creator with a person, 'A e B', 'Redação' or an agency, '?p=' guids, the full short text as description and again in content:encoded followed by the Portuguese Yoast footer 'O artigo … aparece primeiro em …', curly quotes as numeric references inside CDATA, an 'Em direto:' live page, GMT dates (newsroom -0100)")


# ---------------------------------------------------------------- Islamabad Urdu news site, WordPress 5.7 (2021)
def damanekoh():
    base = "https://damanekohnews.example"
    rows, items = [], []

    def add(pid, title, when, creator, body, exp):
        link = f"{base}/{pid}/"
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{link}</link>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{gmt(when)}</pubDate>\n"
                    f"\t\t\t\t<category><![CDATA[بین الاقوامی]]></category>\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{body}]]></description>\n\t\t\t\t\t\t\t\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    more = " <a class=\"more-link\" href=\"#\">مزید پڑھیں</a>"
    w = d(2021, 8, 17, 15, 20, 0, 5)
    add(118204, "افغانستان: پاکستان کا عالمی برادری سے رابطے جاری رکھنے کا مطالبہ", w, "ویب ڈیسک",
        "اسلام آباد: وزیر مملکت برائے خارجہ امور نعمان اختر نے کہا ہے کہ عالمی برادری کو افغانستان سے رابطہ منقطع نہیں کرنا چاہیے۔ انہوں نے کہا: ”افغان عوام کو تنہا چھوڑنا ماضی کی غلطی دہرانا ہوگا۔“" + more,
        lambda k: it(k, "افغانستان: پاکستان کا عالمی برادری سے رابطے جاری رکھنے کا مطالبہ", w, [], quotes=[q("نعمان اختر", "وزیر مملکت برائے خارجہ امور")], junk=["مزید پڑھیں"],
                     note="'ویب ڈیسک' is no person. The speaker is the name after the role 'وزیر مملکت برائے خارجہ امور', named in the sentence before the quote ('انہوں نے کہا:'). Relevant."))
    w = d(2021, 8, 17, 9, 0, 0, 5)
    add(118190, "کابل ایئرپورٹ پر افراتفری، پی آئی اے کی پروازیں معطل", w, "رپورٹ: عمران خٹک",
        "کابل ایئرپورٹ پر افراتفری کے بعد قومی ایئرلائن نے کابل کے لیے اپنی پروازیں عارضی طور پر معطل کر دی ہیں۔" + more,
        lambda k: it(k, "کابل ایئرپورٹ پر افراتفری، پی آئی اے کی پروازیں معطل", w, ["عمران خٹک"], junk=["مزید پڑھیں"],
                     note="dc:creator with the 'رپورٹ:' prefix: the person after it is the author. Relevant."))
    w = d(2021, 8, 16, 20, 30, 0, 5)
    add(118171, "اسلام آباد: بارش کے بعد کئی سیکٹرز میں پانی جمع", w, "نمائندہ خصوصی",
        "وفاقی دارالحکومت میں موسلادھار بارش کے بعد کئی سیکٹرز میں پانی جمع ہو گیا۔" + more,
        lambda k: it(k, "اسلام آباد: بارش کے بعد کئی سیکٹرز میں پانی جمع", w, [], rel=False, junk=["مزید پڑھیں"],
                     note="City news in the international feed: not relevant. 'نمائندہ خصوصی' (special correspondent) is no person."))
    w = d(2021, 8, 16, 14, 0, 0, 5)
    add(118150, "ویڈیو: طالبان کی کابل میں پریس کانفرنس", w, "ویب ڈیسک",
        "<iframe src=\"https://video.damanekohnews.example/embed/5521\"></iframe>",
        lambda k: it(k, "طالبان کی کابل میں پریس کانفرنس", w, [], story=False, rel=False, note="Video embed: not a story. Title label 'ویڈیو:' may be kept or dropped."))
    w = d(2021, 8, 15, 18, 45, 0, 5)
    add(118131, "چین اور روس کا کابل میں سفارتخانے کھلے رکھنے کا اعلان", w, "ایجنسیاں",
        "چین اور روس نے کابل میں اپنے سفارتخانے کھلے رکھنے کا اعلان کیا ہے۔ روسی وزارت خارجہ کے ترجمان نے کہا کہ عملہ محفوظ ہے۔" + more,
        lambda k: it(k, "چین اور روس کا کابل میں سفارتخانے کھلے رکھنے کا اعلان", w, [], junk=["مزید پڑھیں"], note="'ایجنسیاں' (agencies): []. Relevant; reported speech only, no quote."))
    w = d(2021, 8, 15, 10, 0, 0, 5)
    add(118110, "یوم آزادی: شکرپڑیاں پر پرچم کشائی کی تقریب", w, "نمائندہ خصوصی",
        "یوم آزادی کے موقع پر شکرپڑیاں میں پرچم کشائی کی تقریب منعقد ہوئی۔ تصاویر: فیصل عباسی" + more,
        lambda k: it(k, "یوم آزادی: شکرپڑیاں پر پرچم کشائی کی تقریب", w, [], rel=False, junk=["مزید پڑھیں", "تصاویر: فیصل عباسی"],
                     note="Independence Day ceremony in Islamabad: home news, not relevant. Photo credit is junk; the photographer is not an author."))
    head = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            f'\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f'\t<title>بین الاقوامی &#8211; دامن کوہ نیوز</title>\n\t<atom:link href="{base}/category/international/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n\t<description>اسلام آباد سے تازہ ترین خبریں</description>\n'
            f'\t<lastBuildDate>{gmt(d(2021, 8, 17, 15, 25, 0, 5))}</lastBuildDate>\n\t<language>ur</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=5.7.2</generator>\n')
    text = head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("ur_pk_damanekoh_international_wp57.rss.xml", text, items, lang="ur", outlet="دامن کوہ نیوز",
                structure="Islamabad Urdu news site's 'بین الاقوامی' category on WordPress 5.7 (August 2021): feed-rss2 layout, channel 'Section &#8211; Brand', language ur, '/<id>/' links and '?p=' guids, CDATA dc:creator with 'ویب ڈیسک', 'نمائندہ خصوصی', 'ایجنسیاں' or 'رپورٹ: Name', CDATA excerpts with an 'اسلام آباد:' dateline, ”…“ quotes after 'نے کہا:', a 'مزید پڑھیں' more-link and a 'تصاویر:' photo credit, a video, GMT dates (newsroom +0500)")


# ---------------------------------------------------------------- Urdu service of a Gulf broadcaster, Atom (2018)
def mauj():
    base = "https://urdu.maujtv.example"
    ents, items = [], []

    def add(nid, title, when, upd, author, summary, exp):
        link = f"{base}/news/{nid}"
        a = f"<author><name>{author}</name></author>" if author else ""
        ents.append(f"<entry><id>urn:mauj:urdu:{nid}</id><title type=\"text\">{esc(title)}</title><link href=\"{link}\" rel=\"alternate\"/>{a}"
                    f"<published>{iso8601(when)}</published><updated>{iso8601(upd)}</updated><summary type=\"html\">{esc(summary)}</summary></entry>")
        items.append(exp(f"urn:mauj:urdu:{nid}"))

    w = d(2018, 6, 12, 11, 30, 0, 3)
    add(40912, "سنگاپور میں امریکا اور شمالی کوریا کے رہنماؤں کی ملاقات", w, d(2018, 6, 12, 13, 0, 0, 3), "موج اردو",
        "<p>سنگاپور میں امریکا اور شمالی کوریا کے رہنماؤں کے درمیان تاریخی ملاقات ہوئی جس میں جزیرہ نما کوریا کو جوہری ہتھیاروں سے پاک کرنے پر بات ہوئی۔</p>",
        lambda k: it(k, "سنگاپور میں امریکا اور شمالی کوریا کے رہنماؤں کی ملاقات", w, [], note="Author is the service's brand: []. Heads of state only as setting. Relevant."))
    w = d(2018, 6, 12, 8, 0, 0, 3)
    add(40905, "قطر کا محاصرہ: ایک سال بعد بھی سفارتی تعطل برقرار", w, w, "ثنا ملک",
        "<p>دوحہ — قطر کے خلاف چار ہمسایہ ملکوں کے بائیکاٹ کو ایک سال مکمل ہو گیا ہے۔ خلیج تعاون کونسل کے امور کے ماہر ڈاکٹر فہد النعیمی نے کہا: ”مصالحت کا دروازہ بند نہیں ہوا، مگر کوئی اس کی طرف چل بھی نہیں رہا۔“</p>",
        lambda k: it(k, "قطر کا محاصرہ: ایک سال بعد بھی سفارتی تعطل برقرار", w, ["ثنا ملک"], quotes=[q("فہد النعیمی")],
                     note="The speaker is described as an expert on GCC affairs (no body he speaks for): affiliation none. Relevant."))
    w = d(2018, 6, 11, 19, 15, 0, 3)
    add(40897, "پاکستانی کارکنوں کے لیے نئے ویزا قوانین، دوحہ میں سفارتخانے کی ہدایات", w, w, "نمائندہ دوحہ",
        "<p>پاکستانی سفارتخانے نے قطر میں مقیم پاکستانی کارکنوں کو نئے ویزا قوانین سے آگاہ کرنے کے لیے ہدایت نامہ جاری کیا ہے۔ سفیر محمد عاطف نے کہا: ”کوئی بھی کارکن ایجنٹ کو اضافی رقم ادا نہ کرے۔“</p>",
        lambda k: it(k, "پاکستانی کارکنوں کے لیے نئے ویزا قوانین، دوحہ میں سفارتخانے کی ہدایات", w, [], quotes=[q("محمد عاطف", "سفیر")],
                     note="'نمائندہ دوحہ' (Doha correspondent) is no person. Labour migration between Pakistan and Qatar: relevant for the Urdu service's audience (consular policy of a foreign state)."))
    w = d(2018, 6, 11, 14, 0, 0, 3)
    add(40890, "فیفا ورلڈ کپ: روس میں میلہ سجنے کو تیار", w, w, None,
        "<p>فٹبال ورلڈ کپ جمعرات کو ماسکو میں شروع ہو رہا ہے۔</p>",
        lambda k: it(k, "فیفا ورلڈ کپ: روس میں میلہ سجنے کو تیار", w, [], rel=False, note="Sport: not relevant. No author element."))
    w = d(2018, 6, 10, 21, 0, 0, 3)
    add(40881, "پروگرام: سیربین خلیج — مکمل قسط", w, w, "موج اردو",
        "<p>آج کے پروگرام کی مکمل قسط دیکھیے۔</p>",
        lambda k: it(k, "پروگرام: سیربین خلیج — مکمل قسط", w, [], story=False, rel=False, note="Full TV programme episode: not a story."))
    w = d(2018, 6, 10, 12, 30, 0, 3)
    add(40872, "جی سیون اجلاس اختلافات کے ساتھ ختم", w, w, "ثنا ملک اور عادل شیخ",
        "<p>کینیڈا میں جی سیون اجلاس تجارتی اختلافات کے باعث مشترکہ اعلامیے کے تنازع پر ختم ہو گیا۔</p>",
        lambda k: it(k, "جی سیون اجلاس اختلافات کے ساتھ ختم", w, ["ثنا ملک", "عادل شیخ"], note="Two people joined with 'اور' in one author name. Relevant."))
    text = (f'<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ur"><title>موج اردو - عالمی خبریں</title><id>urn:mauj:urdu:world</id>'
            f'<link href="{base}/world" rel="alternate"/><link href="{base}/feeds/world.atom" rel="self"/><updated>{iso8601(d(2018, 6, 12, 13, 0, 0, 3))}</updated><rights>© Mauj Media Network</rights>'
            + "".join(ents) + "</feed>")
    return feed("ur_qa_maujurdu_world_atom.atom.xml", text, items, lang="ur", outlet="موج اردو", aliases=["Mauj Urdu"], shape="atom",
                ctype="application/atom+xml; charset=utf-8",
                structure="Urdu service of a Doha-based broadcaster, Atom feed from its CMS (June 2018): one line, no trailing newline, xml:lang ur, channel 'Brand - عالمی خبریں', 'urn:mauj:urdu:<id>' ids, published and updated (differing on one entry), <author><name> with the brand, a person, 'A اور B', a correspondent title or nothing, escaped HTML summaries with an em-dash dateline and ”…“ quotes after 'نے کہا:', a programme episode, +0300 offsets")


FEEDS = [donaublitz, kesselkurier, alzettebote, sangiusto, nuraghi, capibaribe, sotavento, damanekoh, mauj]
