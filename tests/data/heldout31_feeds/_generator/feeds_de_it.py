# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German and Italian feeds of the thirty-first held-out set: a Swiss daily fed by an Eidos
Méthode newsroom, an Austrian regional daily on Drupal 9, a South Tyrolean daily on Joomla 4,
an Italian-language weekly of Buenos Aires on WordPress 5.5 and a Ticino daily on Polopoly. All
outlets, people and quotations are invented."""
from h31 import d, esc, feed, it, ordered, q, rfc822, utc0, wpt


# ---------------------------------------------------------------- Swiss daily (Lucerne), Méthode newsroom, custom web feed
def reuss():
    rows, items = [], []
    base = "https://www.reussanzeiger.example"

    def add(lid, path, title, when, creator, desc, cat, exp):
        url = f"{base}/{path}-ld.{lid}"
        cr = f"\n<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}?mktcid=rss&amp;mktcval=International</link>\n<guid isPermaLink=\"false\">ld.{lid}</guid>\n"
                    f"<pubDate>{rfc822(when)}</pubDate>\n<description>{esc(desc)}</description>{cr}\n<category>{cat}</category>\n"
                    f'<media:thumbnail url="https://img.reussanzeiger.example/2019/5/{lid}/crop-16x9.jpg?width=640" width="640" height="360"/>\n</item>')
        items.append(exp(f"ld.{lid}"))

    w = d(2019, 5, 20, 17, 45, 0, 2)
    add(1482217, "international/oesterreich-regierungskrise-video-neuwahlen", "Nach dem Video-Skandal: Österreich steuert auf Neuwahlen im September zu", w, "Martina Gschwend, Wien",
        "Die Koalition in Wien ist nach nicht einmal eineinhalb Jahren zerbrochen. Der Bundespräsident will rasch wählen lassen – der Termin soll noch diese Woche feststehen. Für die Schweizer Wirtschaft, die in Vorarlberg und Tirol eng verflochten ist, kommt die Krise zur Unzeit.",
        "Europa",
        lambda k: it(k, "Nach dem Video-Skandal: Österreich steuert auf Neuwahlen im September zu", w, ["Martina Gschwend"],
                     note="Méthode-fed feed: the standfirst only, Swiss spelling (no ß), «…» quotes. dc:creator 'Name, Ort'. The neighbour's government crisis from a Swiss viewpoint: relevant. Head of state appears only as a setting."))
    w = d(2019, 5, 20, 11, 20, 0, 2)
    add(1482130, "schweiz/abstimmung-19-mai-steuerreform-ahv-ja", "Klares Ja zum Steuer-AHV-Deal: Die Kantone können aufatmen", w, "Beat Lüthi",
        "Zwei Drittel der Stimmenden haben der Reform zugestimmt. Nun müssen die Kantone ihre Steuersätze bis Anfang 2020 anpassen. In Luzern ist der Spielraum klein.",
        "Schweiz",
        lambda k: it(k, "Klares Ja zum Steuer-AHV-Deal: Die Kantone können aufatmen", w, ["Beat Lüthi"], rel=False,
                     note="Swiss federal vote listed in the International feed: a story, not relevant (home politics). 'Kantone' and 'Luzern' are the home hints."))
    w = d(2019, 5, 19, 15, 0, 0, 2)
    add(1481987, "international/rahmenabkommen-bundesrat-klaerungen-bruessel", "Rahmenabkommen: Bern will in Brüssel nachverhandeln – die EU winkt ab", w, "Daniel Imhof, Brüssel",
        "Der Bundesrat verlangt Klärungen beim Lohnschutz und bei den staatlichen Beihilfen. In Brüssel heisst es, der Vertragstext sei fertig. «Wir können über Erläuterungen reden, nicht über einen neuen Vertrag», sagt ein hoher EU-Beamter.",
        "Europa",
        lambda k: it(k, "Rahmenabkommen: Bern will in Brüssel nachverhandeln – die EU winkt ab", w, ["Daniel Imhof"],
                     note="Swiss–EU treaty negotiation: foreign policy, relevant. Anonymous EU official quoted: no speaker expected."))
    w = d(2019, 5, 18, 9, 30, 0, 2)
    add(1481850, "international/europawahl-was-fuer-die-schweiz-auf-dem-spiel-steht", "Europawahl: Was für die Schweiz auf dem Spiel steht", w, "Daniel Imhof, Brüssel",
        "Die Schweiz wählt nicht mit, aber das Ergebnis betrifft sie: Ein gestärkter rechter Rand im EU-Parlament könnte Personenfreizügigkeit und Forschungsabkommen verändern. Die wichtigsten Fragen und Antworten.",
        "Europa",
        lambda k: it(k, "Europawahl: Was für die Schweiz auf dem Spiel steht", w, ["Daniel Imhof"],
                     note="Explainer on a foreign election: relevant."))
    w = d(2019, 5, 17, 20, 10, 0, 2)
    add(1481790, "international/sudan-militaerrat-opposition-uebergangszeit", "Sudan: Militärrat und Opposition einigen sich auf dreijährigen Übergang", w, "",
        "Die Generäle und das Oppositionsbündnis wollen bis Ende Woche eine gemeinsame Regierung bilden. Offen ist, wer den Vorsitz im Souveränen Rat erhält. (sda/afp)",
        "International",
        lambda k: it(k, "Sudan: Militärrat und Opposition einigen sich auf dreijährigen Übergang", w, [], junk=["(sda/afp)"],
                     note="Agency copy with the Swiss agency tag '(sda/afp)' at the end; no dc:creator."))
    w = d(2019, 5, 17, 7, 0, 0, 2)
    add(1481702, "international/quiz-europas-hauptstaedte", "Quiz: Wie gut kennen Sie Europas Hauptstädte?", w, "",
        "Zehn Fragen vor der Europawahl – testen Sie Ihr Wissen.",
        "Quiz",
        lambda k: it(k, "Quiz: Wie gut kennen Sie Europas Hauptstädte?", w, [], story=False, rel=False, note="Quiz: not a story."))
    head = (f"<title>International - Reuss-Anzeiger</title>\n<link>{base}/international</link>\n<description>Nachrichten aus aller Welt</description>\n<language>de</language>\n"
            f"<copyright>Reuss-Anzeiger AG</copyright>\n<lastBuildDate>{rfc822(d(2019, 5, 20, 17, 47, 0, 2))}</lastBuildDate>\n"
            f"<image>\n<url>{base}/static/rss-logo.png</url>\n<title>International - Reuss-Anzeiger</title>\n<link>{base}/international</link>\n</image>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">\n<channel>\n'
            + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("de_reussanzeiger_international.rss.xml", text, items, lang="de", outlet="Reuss-Anzeiger", aliases=["Reuss Anzeiger"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Lucerne daily fed by an Eidos Méthode newsroom, its web front's 'International' feed: no indentation, language 'de' (no region: the home country shows through Swiss spelling without ß, 'Bundesrat', 'Kantone', 'Bern'), copyright 'Reuss-Anzeiger AG', channel <image>, '/<section>/<slug>-ld.<7 digits>' links with '?mktcid=rss&mktcval=International' tracking, 'ld.<id>' non-permalink guids, pubDate BEFORE description, escaped plain-text standfirsts with «…» quotes, dc:creator 'Name, Ort', a name or absent, one <category>, media:thumbnail, the Swiss agency tag '(sda/afp)', a home vote in the international feed and a quiz, +0200 dates in May 2019")


# ---------------------------------------------------------------- Austrian regional daily (Eisenstadt) on Drupal 9 views, fields row
def pannonisch():
    rows, items = [], []
    base = "https://www.pannonische-presse.example"

    def add(nid, slug, title, when, author, teaser, cats, exp):
        url = f"{base}/ausland/{slug}"
        au = f"<dc:creator>{esc(author)}</dc:creator>\n" if author else ""
        cts = "".join(f'<category domain="{base}/thema/{c.lower()}">{c}</category>\n' for c in cats)
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(teaser)}</description>\n{cts}<pubDate>{rfc822(when)}</pubDate>\n{au}<guid isPermaLink=\"false\">{nid} at {base}</guid>\n</item>")
        items.append(exp(f"{nid} at {base}"))

    w = d(2021, 12, 8, 16, 20, 0, 1)
    add(184412, "ampel-regierung-berlin-vereidigt-was-das-fuer-oesterreich-bedeutet", "Ampel in Berlin vereidigt: Was die neue deutsche Regierung für Österreich bedeutet", w, "Mag. Eva Hofbauer",
        '<p>Der neue Kanzler in Berlin ist im Amt, die Koalition aus SPD, Grünen und FDP steht. Für Österreich geht es vor allem um zwei Themen: die Schuldenregeln der EU und den Transitverkehr über den Brenner.</p>'
        '<p>„Wien verliert in Berlin einen Verbündeten bei der Budgetdisziplin“, sagt der Europarechtler Dr. Florian Wagner-Sitz von der Universität Graz. Beim Klimaschutz könnte die neue Regierung hingegen Druck machen.</p>'
        '<p>Im Burgenland blickt man vor allem auf die Pendler: Rund 4.000 Burgenländerinnen und Burgenländer arbeiten in Deutschland.</p>'
        '<p><a href="https://www.pannonische-presse.example/ausland/ampel-regierung-berlin-vereidigt-was-das-fuer-oesterreich-bedeutet">Weiterlesen</a></p>',
        ["Deutschland", "EU"],
        lambda k: it(k, "Ampel in Berlin vereidigt: Was die neue deutsche Regierung für Österreich bedeutet", w, ["Eva Hofbauer"], quotes=[q("Florian Wagner-Sitz", "Universität Graz")],
                     junk=["Weiterlesen"],
                     note="dc:creator with the Austrian academic title 'Mag.' (not part of the name). Neighbour's new government: relevant. 'Weiterlesen' link at the end of the teaser."))
    w = d(2021, 12, 8, 9, 0, 0, 1)
    add(184390, "bildergalerie-christkindlmarkt-eisenstadt", "Bildergalerie: Der Christkindlmarkt in Eisenstadt ist wieder offen", w, "",
        '<p>32 Bilder vom ersten Abend.</p>', ["Bildergalerie"],
        lambda k: it(k, "Bildergalerie: Der Christkindlmarkt in Eisenstadt ist wieder offen", w, [], story=False, rel=False,
                     note="Photo gallery: not a story. Title label 'Bildergalerie:' may be kept or dropped."))
    w = d(2021, 12, 7, 18, 45, 0, 1)
    add(184351, "lockdown-ende-geimpfte-12-dezember-handel-gastronomie", "Lockdown-Ende am 12. Dezember: Handel sperrt auf, Gastro im Burgenland erst am 17.", w, "Thomas Pichler-Haas, BA",
        '<p>Für Geimpfte und Genesene endet der Lockdown am Sonntag. Der Handel darf öffnen, die Gastronomie im Burgenland folgt wegen der hohen Zahlen auf den Intensivstationen erst am 17. Dezember.</p>'
        '<p>Die Impfpflicht soll wie geplant mit 1. Feber kommen; die Details will die Regierung heuer noch vorlegen.</p>',
        ["Corona", "Österreich"],
        lambda k: it(k, "Lockdown-Ende am 12. Dezember: Handel sperrt auf, Gastro im Burgenland erst am 17.", w, ["Thomas Pichler-Haas"], rel=False,
                     note="Austrian pandemic rules (home politics) tagged into the Ausland view: a story, not relevant. The trailing degree 'BA' after the comma is not part of the name. Austrian 'Feber', 'heuer', 'sperrt auf'."))
    w = d(2021, 12, 7, 12, 30, 0, 1)
    add(184330, "belarus-polen-grenze-migranten-winter-lage", "Grenze zwischen Belarus und Polen: Hunderte Migranten harren bei Minusgraden aus", w, "APA/dpa",
        '<p>Warschau/Minsk. An der Grenze zwischen Belarus und Polen harren nach Angaben von Hilfsorganisationen weiterhin Hunderte Menschen bei Minusgraden aus.</p>'
        '<p>„Die Menschen werden von beiden Seiten hin und her geschoben“, sagte eine Sprecherin der Caritas in Białystok. Polen hat den Ausnahmezustand im Grenzgebiet bis März verlängert.</p>'
        '<p>Die EU wirft der Führung in Minsk vor, die Migranten gezielt an die Grenze gebracht zu haben.</p>',
        ["Polen", "Belarus"],
        lambda k: it(k, "Grenze zwischen Belarus und Polen: Hunderte Migranten harren bei Minusgraden aus", w, [],
                     note="Agency credit 'APA/dpa' in dc:creator is not a person; an anonymous spokeswoman is quoted (no named speaker). Dateline 'Warschau/Minsk.' with a full stop, Austrian style."))
    w = d(2021, 12, 6, 20, 0, 0, 1)
    add(184301, "omikron-suedafrika-forscher-warnen-reisebeschraenkungen", "Omikron: Forscher in Südafrika warnen vor Folgen der Reiseverbote", w, "Mag. Eva Hofbauer",
        '<p>Die Entdecker der Omikron-Variante fühlen sich bestraft: Seit die EU die Flüge aus dem südlichen Afrika gestoppt hat, fehlen Labors Reagenzien, die per Luftfracht kommen.</p>'
        '<p>„Wir haben die Welt gewarnt, und die Welt hat uns die Tür zugemacht“, sagt die Virologin Thandi Mokoena-Fischer in Johannesburg, die vor 20 Jahren in Wien studiert hat.</p>'
        '<p>Auch Österreich hat Südafrika als Virusvariantengebiet eingestuft.</p>',
        ["Südafrika", "Corona"],
        lambda k: it(k, "Omikron: Forscher in Südafrika warnen vor Folgen der Reiseverbote", w, ["Eva Hofbauer"], quotes=[q("Thandi Mokoena-Fischer")],
                     note="Relevant (travel bans between states, a foreign country's science)."))
    w = d(2021, 12, 6, 8, 0, 0, 1)
    add(184280, "adventkalender-gewinnspiel-tag-6", "Adventkalender-Gewinnspiel: Hinter Türchen 6 wartet ein Thermenwochenende", w, "",
        '<p>Jetzt mitspielen und gewinnen! Teilnahmeschluss ist um Mitternacht.</p>', ["Gewinnspiel"],
        lambda k: it(k, "Adventkalender-Gewinnspiel: Hinter Türchen 6 wartet ein Thermenwochenende", w, [], story=False, rel=False, note="Reader competition: not a story."))
    head = (f"<title>Ausland | Pannonische Presse</title>\n<link>{base}/ausland</link>\n<description>Nachrichten aus aller Welt</description>\n<language>de</language>\n"
            f'<atom:link href="{base}/ausland/feed" rel="self" type="application/rss+xml"/>')
    text = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{base}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("de_at_pannonischepresse_ausland_drupal9.rss.xml", text, items, lang="de", outlet="Pannonische Presse", aliases=["Pannonische Presse Online"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Eisenstadt (Burgenland) regional daily's 'Ausland' feed from Drupal 9 views with the fields row plugin: xml:base, channel 'Ausland | Brand', language 'de', atom self link, no indentation, escaped HTML teasers (two or three paragraphs) ending with a 'Weiterlesen' link, taxonomy <category domain=…> terms BEFORE pubDate, dc:creator with 'Mag. Name', 'Name, BA', the agency 'APA/dpa' or absent, '<nid> at <base>' guids last, +0100 dates, Austrian German ('Feber', 'heuer', 'sperrt auf'), 'Warschau/Minsk.' datelines, a photo gallery and an Advent-calendar competition, December 2021")


# ---------------------------------------------------------------- South Tyrolean daily (Bozen) on Joomla 4 (com_content category feed)
def etschland():
    rows, items = [], []
    base = "https://www.etschland-nachrichten.example"

    def add(aid, alias, title, when, author, intro, exp):
        url = f"{base}/ausland/{aid}-{alias}"
        more = f'<p class="feed-readmore"><a target="_blank" href="{url}" rel="noopener">Weiterlesen …</a></p>'
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<guid isPermaLink=\"true\">{url}</guid>\n"
                    f"\t\t\t<description><![CDATA[{intro}{more}]]></description>\n\t\t\t<author>{esc(author)}</author>\n\t\t\t<category>Ausland</category>\n\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t</item>")
        items.append(exp(url))

    w = d(2023, 10, 25, 18, 5, 0, 2)
    add(48812, "transitstreit-rom-klagt-gegen-tiroler-fahrverbote", "Transitstreit: Rom reicht Klage gegen Tiroler Fahrverbote ein", w, "redaktion@etschland-nachrichten.example (Martin Oberhofer)",
        '<p><img src="images/2023/10/brenner-lkw.jpg" alt="Lkw-Kolonne am Brenner" /></p>'
        '<p>Die italienische Regierung hat beim Europäischen Gerichtshof Klage gegen Österreich eingereicht. Es geht um die Nachtfahrverbote und die Blockabfertigung für Lkw in Tirol.</p>'
        '<p>„Die Fahrverbote verstoßen gegen den freien Warenverkehr“, heißt es aus dem Verkehrsministerium in Rom. In Innsbruck gibt man sich gelassen: Man werde die Maßnahmen „bis zum letzten Verhandlungstag“ verteidigen, sagte ein Sprecher der Tiroler Landesregierung.</p>'
        '<p>Südtirols Frächter begrüßen die Klage. „Wir stehen jeden Montag stundenlang in Kiefersfelden“, sagt Georg Kofler-Unterhuber vom Verband der Transportunternehmer in Bozen.</p>',
        lambda k: it(k, "Transitstreit: Rom reicht Klage gegen Tiroler Fahrverbote ein", w, ["Martin Oberhofer"], quotes=[q("Georg Kofler-Unterhuber", "Verband der Transportunternehmer")],
                     junk=["Weiterlesen"],
                     note="Joomla 4 category feed: <author> as 'e-mail (Name)' with the shared newsroom address, CDATA intro text with a RELATIVE image path ('images/…') and the 'Weiterlesen …' read-more paragraph. Italy v Austria before the EU court, from Bozen: relevant (an international dispute, although Rome is the home capital)."))
    w = d(2023, 10, 24, 20, 30, 0, 2)
    add(48790, "landtagswahl-2023-alle-ergebnisse-gemeinden", "Landtagswahl 2023: Alle Ergebnisse aus den 116 Gemeinden", w, "redaktion@etschland-nachrichten.example (Redaktion)",
        '<p>Die interaktive Grafik zeigt die Ergebnisse aller Listen in jeder Gemeinde.</p><p><iframe src="https://datawrapper.example/_/Lw7Qx/" height="600"></iframe></p>',
        lambda k: it(k, "Landtagswahl 2023: Alle Ergebnisse aus den 116 Gemeinden", w, [], story=False, rel=False,
                     note="Results table (an embedded chart): not a story; home politics anyway."))
    w = d(2023, 10, 24, 11, 15, 0, 2)
    add(48772, "israel-armee-bodenoffensive-gaza-vorbereitung", "Israel: Armee bereitet Bodenoffensive im Gazastreifen vor", w, "redaktion@etschland-nachrichten.example (APA/dpa)",
        '<p>Tel Aviv/Gaza. Die israelische Armee hat nach eigenen Angaben ihre Vorbereitungen für eine Bodenoffensive im Gazastreifen abgeschlossen. Ein Armeesprecher sagte am Dienstag, man warte auf die Entscheidung der politischen Führung.</p>'
        '<p>Hilfsorganisationen warnten vor einer humanitären Katastrophe. Über den Grenzübergang Rafah kamen bislang nur wenige Dutzend Lastwagen mit Hilfsgütern.</p>'
        '<p>(APA/dpa)</p>',
        lambda k: it(k, "Israel: Armee bereitet Bodenoffensive im Gazastreifen vor", w, [], junk=["(APA/dpa)", "Weiterlesen"],
                     note="Agency copy: the name in <author>'s brackets is the agency 'APA/dpa', not a person."))
    w = d(2023, 10, 23, 16, 0, 0, 2)
    add(48750, "haushalt-2024-rom-kuerzungen-gemeinden", "Haushalt 2024: Rom kürzt bei den Gemeinden – auch Südtirol betroffen", w, "redaktion@etschland-nachrichten.example (Stefan Rainer)",
        '<p>Der Ministerrat in Rom hat den Haushaltsentwurf für 2024 verabschiedet. Die Gemeinden sollen 250 Millionen Euro weniger bekommen.</p>'
        '<p>Landeshauptmann-Sprecher Lukas Pfeifhofer sagte, die Autonomie schütze das Land „nur teilweise“.</p>',
        lambda k: it(k, "Haushalt 2024: Rom kürzt bei den Gemeinden – auch Südtirol betroffen", w, ["Stefan Rainer"], rel=False, quotes=[q("Lukas Pfeifhofer")], junk=["Weiterlesen"],
                     note="National (Italian) budget: home politics from the Bozen viewpoint, not relevant although filed under Ausland."))
    w = d(2023, 10, 23, 9, 40, 0, 2)
    add(48741, "doppelpass-suedtiroler-wien-debatte", "Doppelpass für Südtiroler: In Wien flammt die Debatte wieder auf", w, "redaktion@etschland-nachrichten.example (Martin Oberhofer)",
        '<p>Im österreichischen Nationalrat hat eine Oppositionspartei erneut beantragt, Südtirolerinnen und Südtirolern die österreichische Staatsbürgerschaft zu ermöglichen. Die Regierungsparteien in Wien lehnen das ab, solange Rom nicht zustimmt.</p>'
        '<p>„Das ist eine Frage, die man nur gemeinsam mit Italien lösen kann“, sagte der Südtirol-Sprecher einer Regierungspartei, Hannes Weißenbacher, in Wien.</p>',
        lambda k: it(k, "Doppelpass für Südtiroler: In Wien flammt die Debatte wieder auf", w, ["Martin Oberhofer"], quotes=[q("Hannes Weißenbacher")], junk=["Weiterlesen"],
                     note="A neighbouring state's parliament on citizenship for the province's people: foreign politics and bilateral, relevant."))
    w = d(2023, 10, 22, 8, 0, 0, 2)
    add(48730, "umfrage-wie-oft-fahren-sie-ueber-den-brenner", "Umfrage: Wie oft fahren Sie über den Brenner?", w, "redaktion@etschland-nachrichten.example (Redaktion)",
        '<p>Stimmen Sie ab!</p>',
        lambda k: it(k, "Umfrage: Wie oft fahren Sie über den Brenner?", w, [], story=False, rel=False, note="Reader poll: not a story. '(Redaktion)' is not a person."))
    head = (f"\t\t<title>Ausland</title>\n\t\t<description><![CDATA[Etschland Nachrichten – Die Tageszeitung für Südtirol]]></description>\n\t\t<link>{base}/ausland</link>\n"
            f"\t\t<lastBuildDate>{rfc822(d(2023, 10, 25, 18, 7, 0, 2))}</lastBuildDate>\n\t\t<generator>Joomla! - Open Source Content Management</generator>\n"
            f'\t\t<atom:link rel="self" type="application/rss+xml" href="{base}/ausland?format=feed&amp;type=rss"/>\n\t\t<language>de-de</language>')
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n'
            + head + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("de_etschland_ausland_joomla4.rss.xml", text, items, lang="de", outlet="Etschland Nachrichten", aliases=["Etschland-Nachrichten"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Bozen daily's 'Ausland' category on Joomla 4 (?format=feed&type=rss): the generator comment after the prolog, channel title just 'Ausland' with the brand only in the CDATA description, <generator>Joomla! - Open Source Content Management</generator>, language 'de-de' (Joomla's installed language: the feed looks German; the home country shows only through 'Rom', 'Landtag', 'Südtirol'), tab indentation, '/ausland/<id>-<alias>' permalink guids, CDATA intro text with a relative 'images/…' path and the Joomla 'Weiterlesen …' read-more paragraph, <author> as 'newsroom-address (Name)' with a reporter, the agency 'APA/dpa' or 'Redaktion', <category>, +0200 dates, an election-results chart and a reader poll, October 2023",
                notes="Relevance from South Tyrol's home country (Italy): Rome's budget and the provincial election are home politics; Austria's parliament and the Italy–Austria transit case are foreign.")


# ---------------------------------------------------------------- Italian-language weekly of Buenos Aires on WordPress 5.5
def ponte():
    rows, items = [], []
    base = "https://www.ilponteitaliano.example"

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{slug}/"
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<comments>{url}#respond</comments>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n"
                    f"\t\t<pubDate>{utc0(when)}</pubDate>{cts}\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n"
                    f"\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
                    f"\t\t\t\t\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t\t<slash:comments>0</slash:comments>\n\t\t\t\t\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    sig = '<p><em>Il Ponte Italiano – Il settimanale degli italiani nel Río de la Plata</em></p>'
    w = d(2020, 9, 22, 19, 30, 0, -3)
    add(30551, "referendum-taglio-parlamentari-vince-il-si-anche-allestero", "Referendum, vince il Sì al taglio dei parlamentari. All’estero affluenza al 23%", w, "Redazione", ["Italia", "Dal mondo"],
        "<p>Il Sì ha ottenuto quasi il 70% dei voti. Nella ripartizione America meridionale ha votato meno di un elettore su quattro.&#160;</p>",
        '<p>Gli italiani hanno approvato con quasi il 70% dei voti la riforma costituzionale che riduce il numero dei parlamentari da 945 a 600. Dalla prossima legislatura la circoscrizione Estero eleggerà 8 deputati e 4 senatori invece di 12 e 6.</p>'
        '<p>Nella ripartizione America meridionale l&#8217;affluenza si è fermata al 23%. «Con meno eletti, la nostra voce a Roma sarà più debole», commenta Carlo Bertolami, presidente di un&#8217;associazione di emigrati calabresi di Avellaneda.</p>'
        '<p>Il risultato sarà ufficiale dopo la proclamazione della Corte di Cassazione.</p>' + sig,
        lambda k: it(k, "Referendum, vince il Sì al taglio dei parlamentari. All'estero affluenza al 23%", w, [], quotes=[q("Carlo Bertolami")],
                     junk=["Il settimanale degli italiani"],
                     note="'Redazione' is not a person. The outlet's home country is Argentina: an Italian referendum is foreign politics from Buenos Aires, relevant (even though the diaspora voted in it). '&#160;' at the end of the excerpt. Signature line at the end of the content."))
    w = d(2020, 9, 21, 22, 10, 0, -3)
    add(30540, "quarantena-prorogata-amba-11-ottobre", "Quarantena prorogata fino all’11 ottobre nell’area metropolitana di Buenos Aires", w, "Lucía Ferraro", ["Argentina"],
        "<p>Riaprono i bar all&#8217;aperto, restano chiuse le scuole.</p>",
        '<p>Il governo nazionale e quello della Città hanno prorogato fino all&#8217;11 ottobre l&#8217;isolamento sociale nell&#8217;area metropolitana. Riaprono i bar con tavoli all&#8217;aperto, le scuole restano chiuse.</p>' + sig,
        lambda k: it(k, "Quarantena prorogata fino all'11 ottobre nell'area metropolitana di Buenos Aires", w, ["Lucía Ferraro"], rel=False, junk=["Il settimanale degli italiani"],
                     note="Home (Argentine) pandemic rules: not relevant."))
    w = d(2020, 9, 20, 15, 0, 0, -3)
    add(30528, "bielorussia-migliaia-in-piazza-a-minsk-sesta-domenica", "Bielorussia, sesta domenica di proteste: migliaia in piazza a Minsk", w, "Redazione", ["Dal mondo"],
        "<p>Centinaia di fermi, secondo le organizzazioni per i diritti umani.</p>",
        '<p>Per la sesta domenica consecutiva migliaia di persone hanno sfilato a Minsk contro il risultato delle elezioni presidenziali di agosto. Le organizzazioni per i diritti umani parlano di centinaia di fermi.</p>'
        '<p>L&#8217;Unione europea prepara sanzioni contro una quarantina di funzionari. (ANSA)</p>' + sig,
        lambda k: it(k, "Bielorussia, sesta domenica di proteste: migliaia in piazza a Minsk", w, [], junk=["(ANSA)", "Il settimanale degli italiani"], note="Agency copy: relevant."))
    w = d(2020, 9, 19, 12, 0, 0, -3)
    add(30511, "cile-verso-il-plebiscito-costituzionale-di-ottobre", "Cile verso il plebiscito costituzionale: un anno dopo le proteste il Paese sceglie", w, "Matteo Guidi Salvatierra", ["Dal mondo", "America Latina"],
        "<p>Il 25 ottobre i cileni decidono se scrivere una nuova Costituzione.</p>",
        '<p>SANTIAGO DEL CILE &#8211; A un mese dal voto, i sondaggi danno il «sì» a una nuova Costituzione oltre il 70%. Il plebiscito, rinviato ad aprile per la pandemia, si terrà il 25 ottobre.</p>'
        '<p>«Non è solo un testo: è il contratto sociale che si riscrive», dice la politologa María José Canessa dell&#8217;Università del Cile.</p>'
        '<p>Anche dall&#8217;Argentina si guarda al voto: la comunità cilena di Mendoza ha organizzato un seggio informativo.</p>' + sig,
        lambda k: it(k, "Cile verso il plebiscito costituzionale: un anno dopo le proteste il Paese sceglie", w, ["Matteo Guidi Salvatierra"], quotes=[q("María José Canessa", "Università del Cile")],
                     junk=["Il settimanale degli italiani"],
                     note="Neighbour's constitutional vote: relevant. Dateline 'SANTIAGO DEL CILE –'; «…» quotes."))
    w = d(2020, 9, 18, 18, 30, 0, -3)
    add(30502, "comites-rosario-nuovo-presidente", "Rosario, il Comites elegge il nuovo presidente: è un figlio di emigrati friulani", w, "Lucía Ferraro", ["Collettività"],
        "<p>Il comitato resterà in carica fino alle prossime elezioni.</p>",
        '<p>Il Comitato degli italiani all&#8217;estero di Rosario ha eletto il nuovo presidente, l&#8217;ingegnere Daniel Zanin, figlio di emigrati di Codroipo.</p>'
        '<p>«La prima sfida è la lista d&#8217;attesa per i passaporti», ha detto Zanin.</p>' + sig,
        lambda k: it(k, "Rosario, il Comites elegge il nuovo presidente: è un figlio di emigrati friulani", w, ["Lucía Ferraro"], rel=False, quotes=[q("Daniel Zanin")], junk=["Il settimanale degli italiani"],
                     note="Community news of the Italian collectivity in Argentina: local, not relevant."))
    w = d(2020, 9, 17, 10, 0, 0, -3)
    add(30495, "consolato-generale-nuovi-orari-prenotazioni", "Consolato Generale: nuovi orari per le prenotazioni dei passaporti", w, "Redazione", ["Avvisi"],
        "<p>Le prenotazioni si aprono ogni lunedì alle 9.</p>",
        '<p>Il Consolato Generale d&#8217;Italia comunica che le prenotazioni per i passaporti si aprono ogni lunedì alle ore 9 sul portale Prenot@Mi. Si raccomanda puntualità.</p>' + sig,
        lambda k: it(k, "Consolato Generale: nuovi orari per le prenotazioni dei passaporti", w, [], story=False, rel=False, note="Service notice: not a story."))
    rows, items = ordered(rows, items)
    head = (f'\t<title>Dal mondo &#8211; Il Ponte Italiano</title>\n\t<atom:link href="{base}/category/dal-mondo/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f"\t<description>Il settimanale degli italiani nel Río de la Plata</description>\n\t<lastBuildDate>{utc0(d(2020, 9, 22, 19, 32, 0, -3))}</lastBuildDate>\n\t<language>it-IT</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=5.5.1</generator>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("it_ar_ilponteitaliano_dalmondo_wp55.rss.xml", text, items, lang="it", outlet="Il Ponte Italiano", aliases=["Ponte Italiano"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Italian-language weekly of Buenos Aires on WordPress 5.5.1, 'Dal mondo' category feed: channel 'Dal mondo &#8211; Brand', it-IT, sy:update* whitespace, '/<slug>/' links, '?p=<id>' guids, UTC pubDates (newsroom -0300), CDATA dc:creator 'Redazione' or a person with a Spanish or double surname, CDATA categories mixing 'Italia', 'Argentina', 'Collettività', 'Avvisi', short hand-written excerpts (one ending '&#160;'), content:encoded with «…» quotes, '&#8217;' apostrophes, '(ANSA)', an upper-case dateline with an en dash, the weekly's italic signature line at the end of every post, a consular service notice, September 2020",
                notes="Home country is Argentina (the paper's place of publication): Italian politics is foreign news; Buenos Aires rules and the Italian community's own associations are home/local.")


# ---------------------------------------------------------------- Ticino daily (Lugano) on Polopoly
def ceresio():
    rows, items = [], []
    base = "https://www.quotidianoceresio.example"

    def add(pid, path, title, when, lead, exp, author=None, enc=True):
        url = f"{base}/{path}-1.{pid}"
        au = f"\n  <dc:creator>{esc(author)}</dc:creator>" if author else ""
        en = f'\n  <enclosure url="{base}/polopoly_fs/7.{pid + 11}.1655{pid % 1000:03d}!/image/image.jpg_gen/derivatives/landscape_640/image.jpg" type="image/jpeg" length="48210"/>' if enc else ""
        rows.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{url}</link>\n  <description>{esc(lead)}</description>\n  <pubDate>{rfc822(when)}</pubDate>\n  <guid>{url}</guid>{au}{en}\n</item>")
        items.append(exp(url))

    w = d(2022, 6, 13, 18, 20, 0, 2)
    add(5521873, "mondo/referendum-giustizia-italia-quorum-mancato", "Italia, i referendum sulla giustizia falliscono: alle urne solo un elettore su cinque", w,
        "<p>Quorum lontanissimo per i cinque quesiti. Affluenza al 20,9%, la più bassa di sempre per un referendum abrogativo. Nelle province di confine di Como e Varese ha votato il 22%.</p>"
        "<p>«È un voto che dice molto sulla distanza tra i cittadini e la giustizia», commenta da Milano il costituzionalista Paolo Ferri-Castelli. (red.)</p>",
        lambda k: it(k, "Italia, i referendum sulla giustizia falliscono: alle urne solo un elettore su cinque", w, ["Simona Bernasconi"], quotes=[q("Paolo Ferri-Castelli")], junk=["(red.)"],
                     note="Italian politics from a Swiss (Ticino) newsroom: foreign, relevant. '(red.)' tag at the end of the escaped description."), author="Simona Bernasconi")
    w = d(2022, 6, 13, 10, 0, 0, 2)
    add(5521790, "ticino/traffico-in-tempo-reale-a2", "Traffico in tempo reale: la situazione sulla A2 e ai valichi", w,
        "<p>Aggiornamento continuo con le webcam del San Gottardo e di Chiasso-Brogeda.</p>",
        lambda k: it(k, "Traffico in tempo reale: la situazione sulla A2 e ai valichi", w, [], story=False, rel=False,
                     note="Live traffic service page: not a story."), enc=False)
    w = d(2022, 6, 12, 16, 45, 0, 2)
    add(5521702, "mondo/conferenza-lugano-ricostruzione-ucraina-delegazioni", "Ricostruzione dell'Ucraina, a Lugano attese 40 delegazioni: il piano di sicurezza", w,
        "<p>La Ukraine Recovery Conference si terrà il 4 e 5 luglio al Palazzo dei Congressi. Berna e Kiev lavorano a una «Dichiarazione di Lugano» sui principi della ricostruzione.</p>",
        lambda k: it(k, "Ricostruzione dell'Ucraina, a Lugano attese 40 delegazioni: il piano di sicurezza", w, ["Fabio Cereghetti"],
                     note="An international conference hosted in the outlet's city: relevant (diplomacy), despite the local security angle."), author="Fabio Cereghetti")
    w = d(2022, 6, 11, 14, 0, 0, 2)
    add(5521640, "mondo/fotogallery-notte-bianca-como", "FOTOGALLERY | La Notte bianca di Como", w,
        "<p>Le immagini della serata.</p>",
        lambda k: it(k, "FOTOGALLERY | La Notte bianca di Como", w, [], story=False, rel=False,
                     note="Photo gallery: not a story. Title label 'FOTOGALLERY |' may be kept or dropped."), enc=False)
    w = d(2022, 6, 10, 19, 30, 0, 2)
    add(5521588, "mondo/frontalieri-accordo-fiscale-italia-svizzera-parlamento-roma", "Frontalieri, il nuovo accordo fiscale tra Italia e Svizzera approda in Parlamento a Roma", w,
        "<p>Il testo firmato nel 2020 prevede che i nuovi frontalieri paghino le imposte in entrambi i Paesi. Per i Comuni ticinesi di confine cambia la ripartizione dei ristorni.</p>"
        "<p>«Aspettiamo da troppo tempo: serve certezza per le aziende e per i lavoratori», dice Marta Solcà-Ghirlanda, sindaca di un Comune del Mendrisiotto.</p>",
        lambda k: it(k, "Frontalieri, il nuovo accordo fiscale tra Italia e Svizzera approda in Parlamento a Roma", w, ["Simona Bernasconi", "Fabio Cereghetti"], quotes=[q("Marta Solcà-Ghirlanda")],
                     note="Bilateral tax treaty: relevant. dc:creator 'A e B' (two people joined by the Italian 'e')."), author="Simona Bernasconi e Fabio Cereghetti")
    w = d(2022, 6, 10, 8, 15, 0, 2)
    add(5521540, "mondo/video-grandinata-mendrisio", "VIDEO | Grandinata su Mendrisio: chicchi come noci", w,
        "<p>Il filmato di un lettore.</p>",
        lambda k: it(k, "VIDEO | Grandinata su Mendrisio: chicchi come noci", w, [], story=False, rel=False,
                     note="Reader video: not a story. Title label 'VIDEO |' may be kept or dropped."), enc=False)
    head = (f"<title>Il Quotidiano del Ceresio - Mondo</title>\n<link>{base}/mondo</link>\n<description>Il Quotidiano del Ceresio - Mondo</description>\n<language>it</language>\n"
            f"<copyright>© Società Editrice del Ceresio SA</copyright>\n<pubDate>{rfc822(d(2022, 6, 13, 18, 22, 0, 2))}</pubDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
            + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("it_quotidianoceresio_mondo_polopoly.rss.xml", text, items, lang="it", outlet="Il Quotidiano del Ceresio", aliases=["Quotidiano del Ceresio"],
                ctype="text/xml; charset=UTF-8",
                structure="Lugano daily's 'Mondo' feed from Polopoly: no indentation for items (two spaces for children), channel 'Brand - Mondo' repeated as description, language 'it' (no region: the home country shows through 'Berna', 'Comuni ticinesi', 'Mendrisiotto', the A2), copyright '© Società Editrice del Ceresio SA', channel pubDate, '/<section>/<slug>-1.<7 digits>' Polopoly content-id links as bare guids, ticino and mondo sections mixed, escaped <p> descriptions with «…» quotes and a '(red.)' tag, dc:creator AFTER guid with a person, 'A e B' or absent, '/polopoly_fs/7.<id>!/image/…' enclosures, a live traffic page, 'FOTOGALLERY |' and 'VIDEO |' labels, +0200 dates in June 2022",
                notes="Home country is Switzerland: Italian politics is foreign news; Ticino traffic is local.")


FEEDS = [reuss, pannonisch, etschland, ponte, ceresio]
