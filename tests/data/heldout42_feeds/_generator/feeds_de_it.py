# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German and Italian feeds of the forty-second held-out set (a Freiburg daily on Contao 4, a
Graz daily on WordPress 4.9, a Basel daily's Rails Atom feed, a Trieste daily on WordPress 6.2
with Yoast, an Olbia daily on Django's syndication framework). All outlets, people and
quotations are invented."""
from html import unescape

from h42 import P, cd, d, esc, feed, gmt, it, ordered, q, rfc822, utc0, wpt

LBL = "Title label '{}' may be kept or dropped"


# ---------------------------------------------------------------- Freiburg daily on Contao 4 (2019)
def breisgau():
    base = "https://www.breisgauer-tagblatt.example"
    rows, items = [], []

    def add(alias, title, when, teaser, exp, author=None, enc=None):
        url = f"{base}/ausland/{alias}.html"
        au = f"\n      <author>{esc(author)}</author>" if author else ""
        en = f'\n      <enclosure url="{base}/files/bilder/2019/{enc}" length="184320" type="image/jpeg"/>' if enc else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <description><![CDATA[{teaser}]]></description>\n      <link>{url}</link>\n      <pubDate>{rfc822(when)}</pubDate>{au}\n      <guid>{url}</guid>{en}\n    </item>")
        items.append(exp(url))

    w = d(2019, 6, 26, 18, 40, 0, 2)
    add("interview-wir-sind-nicht-die-ersatzbank-der-usa", "Interview: „Wir sind nicht die Ersatzbank der USA“", w,
        P("<em>Der frühere Nato-Botschafter Eckhard Lindenmayr-Sow über die Spannungen am Golf, Europas Rolle und die Zukunft des Atomabkommens mit Iran. Mit ihm sprach Judith Kienzler.</em>",
          "<strong>Frage:</strong> Herr Lindenmayr-Sow, die USA wollen eine Marinemission im Golf. Sollte Deutschland mitmachen?",
          "<strong>Antwort:</strong> Nicht unter amerikanischer Führung. Wir sind nicht die Ersatzbank der USA. Eine europäische Mission, die den Schiffsverkehr schützt und das Atomabkommen nicht aufgibt, wäre etwas anderes.",
          "<strong>Frage:</strong> Ist das Abkommen noch zu retten?",
          "<strong>Antwort:</strong> Solange Teheran drin bleibt, ja. Aber Europa muss liefern, nicht nur Erklärungen schreiben."),
        lambda k: it(k, "„Wir sind nicht die Ersatzbank der USA“", w, ["Judith Kienzler"], quotes=[q("Eckhard Lindenmayr-Sow")],
                     junk=["Mit ihm sprach"],
                     note=LBL.format("Interview:") + ". Interview mit 'Frage:'/'Antwort:'-Absätzen: Autorin ist die Fragende ('Mit ihm sprach …'), die Zitate gehören dem Befragten. Contao's <author> is absent here. Relevant."),
        enc="lindenmayr.jpg")
    w = d(2019, 6, 26, 12, 5, 0, 2)
    add("kommentar-europa-muss-in-osaka-mit-einer-stimme-sprechen", "Kommentar: Europa muss in Osaka mit einer Stimme sprechen", w,
        P("Wenn sich die Staats- und Regierungschefs der G20 am Freitag in Osaka treffen, wird der Handelsstreit zwischen Washington und Peking alles überlagern. Europa kann dabei nur gewinnen, wenn es nicht in 27 Stimmen zerfällt.",
          "Die Kanzlerin hat recht, auf die Welthandelsorganisation zu setzen. Aber Recht haben reicht nicht, wenn der Schiedsrichter abgeschafft wird."),
        lambda k: it(k, "Europa muss in Osaka mit einer Stimme sprechen", w, ["Tobias Wehrle"],
                     note=LBL.format("Kommentar:") + ". Meinungsstück (Kommentar): eine Story, als Meinung markiert; Autor aus <author> (bare name, as Contao writes it). Relevant."),
        author="Tobias Wehrle")
    w = d(2019, 6, 25, 20, 0, 0, 2)
    add("analyse-was-der-mercosur-deal-fuer-den-badischen-wein-bedeutet", "Analyse: Was das Mercosur-Abkommen für Südbaden bedeutet", w,
        P("Die EU und die südamerikanischen Mercosur-Staaten stehen nach 20 Jahren Verhandlungen kurz vor einer Einigung. Für Südbadens Maschinenbauer wäre das ein Gewinn, für die Landwirte am Kaiserstuhl eine Sorge.",
          "„Wir exportieren Präzisionstechnik, die in Brasilien mit 14 Prozent verzollt wird“, sagt Sabine Oberle-Nkosi von der Industrie- und Handelskammer Südlicher Oberrhein."),
        lambda k: it(k, "Was das Mercosur-Abkommen für Südbaden bedeutet", w, ["Markus Schillinger"], quotes=[q("Sabine Oberle-Nkosi", "Industrie- und Handelskammer Südlicher Oberrhein")],
                     note=LBL.format("Analyse:") + ". Analyse ist Nachricht. Handelsabkommen der EU mit einem anderen Block: relevant."), author="Markus Schillinger")
    w = d(2019, 6, 25, 8, 30, 0, 2)
    add("liveticker-seenotrettung-sea-watch-3-vor-lampedusa", "Liveticker: „Sea-Watch 3“ vor Lampedusa", w,
        P("<strong>10.42 Uhr:</strong> Die italienische Küstenwache bestätigt, dass das Schiff weiter vor der Küste liegt.",
          "<strong>9.15 Uhr:</strong> Die Kapitänin kündigt an, notfalls ohne Erlaubnis einzulaufen.",
          "<strong>8.30 Uhr:</strong> Guten Morgen, wir berichten live."),
        lambda k: it(k, "„Sea-Watch 3“ vor Lampedusa", w, [], story=False, rel=False,
                     note="Liveticker mit Uhrzeit-Einträgen, neueste zuerst: keine Story. " + LBL.format("Liveticker:")))
    w = d(2019, 6, 24, 17, 15, 0, 2)
    add("iran-schiesst-us-drohne-ab-trump-stoppt-vergeltungsschlag", "Nach Drohnenabschuss: Washington verhängt neue Sanktionen gegen Teheran", w,
        P("Washington/Teheran. Die USA haben neue Sanktionen gegen die iranische Führung verhängt. Sie treffen auch das Büro des Obersten Führers, teilte das Finanzministerium mit.",
          "Iran hatte vergangene Woche eine US-Drohne über der Straße von Hormus abgeschossen. (dpa)"),
        lambda k: it(k, "Nach Drohnenabschuss: Washington verhängt neue Sanktionen gegen Teheran", w, [], junk=["(dpa)"], note="Agenturmeldung mit '(dpa)'-Kürzel: keine Person. 'Washington/Teheran.' ist eine Ortsmarke. Relevant."))
    w = d(2019, 6, 24, 9, 0, 0, 2)
    add("zelt-musik-festival-eroeffnet-mit-rekord-vorverkauf", "Zelt-Musik-Festival startet mit Rekord im Vorverkauf", w,
        P("Das Zelt-Musik-Festival am Mundenhof hat so viele Karten im Vorverkauf abgesetzt wie nie zuvor."),
        lambda k: it(k, "Zelt-Musik-Festival startet mit Rekord im Vorverkauf", w, [], rel=False, note="Lokales Kulturthema im Ausland-Feed: Story, nicht relevant."))
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n    <title>Breisgauer Tagblatt – Ausland</title>\n'
            f"    <description>Nachrichten aus aller Welt</description>\n    <link>{base}/</link>\n    <language>de</language>\n    <pubDate>{rfc822(d(2019, 6, 26, 18, 41, 0, 2))}</pubDate>\n"
            f"    <generator>Contao Open Source CMS</generator>\n    <atom:link href=\"{base}/share/ausland.xml\" rel=\"self\" type=\"application/rss+xml\"/>\n"
            + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("de_de_breisgauertagblatt_ausland_contao4.rss.xml", text, items, lang="de", outlet="Breisgauer Tagblatt",
                ctype="application/rss+xml; charset=utf-8",
                structure="Freiburg daily's 'Ausland' news archive feed from Contao 4.7 (/share/ausland.xml): two-space indentation, channel title 'Brand – Ausland' with a raw en dash, language 'de', channel pubDate, <generator>Contao Open Source CMS</generator>, items with CDATA teaser description BEFORE link, link guids without isPermaLink, <author> with a bare name (absent on most items), image enclosures with a length, an 'Interview:' kicker over 'Frage:'/'Antwort:' paragraphs and an italic intro naming the interviewer ('Mit ihm sprach …'), 'Kommentar:', 'Analyse:' and 'Liveticker:' kickers, „…“ quotes in titles, a '(dpa)' tail, 'Washington/Teheran.' place line, +0200 dates, June 2019",
                notes="Heimatland Deutschland.")


# ---------------------------------------------------------------- Graz daily on WordPress 4.9 (2018)
def grazer():
    base = "https://www.grazer-abendpost.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{slug}/"
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(unescape(title))}</title>\n\t\t<link>{url}</link>\n\t\t<pubDate>{utc0(when)}</pubDate>\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>{cts}\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2018, 3, 21, 17, 30, 0, 1)
    add(331208, "gastkommentar-oesterreichs-neutralitaet-ist-kein-schweigegeluebde", "Gastkommentar: Österreichs Neutralität ist kein Schweigegelübde", w, "Gastautor", ["Meinung", "Ausland"],
        "Nach dem Giftanschlag von Salisbury weist halb Europa russische Diplomaten aus. Wien nicht. Das ist falsch verstandene Neutralität.",
        P("Nach dem Giftanschlag von Salisbury weisen mehr als 20 Staaten russische Diplomaten aus. Wien nicht. Die Regierung beruft sich auf die Neutralität und die Rolle als Brückenbauer.",
          "Neutralität verpflichtet zu militärischer Zurückhaltung, nicht zum Schweigen. Wer Brücken bauen will, muss sagen, auf welchem Ufer er steht.",
          "<em>Dr. Veronika Hasenhüttl-Adeyemi war Botschafterin in Warschau und lehrt Völkerrecht an der Universität Graz. Der Kommentar gibt ihre persönliche Meinung wieder.</em>"),
        lambda k: it(k, "Österreichs Neutralität ist kein Schweigegelübde", w, ["Veronika Hasenhüttl-Adeyemi"],
                     junk=["Der Kommentar gibt ihre persönliche Meinung wieder", "lehrt Völkerrecht an der Universität Graz"],
                     note=LBL.format("Gastkommentar:") + ". Gastkommentar: Autorin aus der kursiven Kurzbiografie am Ende ('Gastautor' ist keine Person; 'Dr.' gehört nicht zum Namen). Österreichs Außenpolitik: relevant."))
    w = d(2018, 3, 21, 9, 0, 0, 1)
    add(331190, "nachruf-botschafter-a-d-heribert-kollmann-gestorben", "Nachruf: Heribert Kollmann, der Diplomat der Ostöffnung, ist tot", w, "Walter Reisinger", ["Ausland", "Nachrufe"],
        "Er verhandelte 1989 den Abbau des Grenzzauns mit Budapest. Nun ist der steirische Diplomat im Alter von 90 Jahren gestorben.",
        P("Heribert Kollmann, der als Sektionschef im Außenministerium 1989 mit Budapest über den Abbau des Eisernen Vorhangs verhandelte, ist am Montag in Graz gestorben. Er wurde 90 Jahre alt.",
          "Später war der gebürtige Leibnitzer Botschafter in Budapest, Prag und beim Europarat in Straßburg.",
          "„Er hat die Grenze geöffnet, bevor die Politik es sich getraut hat“, sagt der frühere ungarische Botschafter in Wien, Gábor Szentkirályi-Mayer."),
        lambda k: it(k, "Heribert Kollmann, der Diplomat der Ostöffnung, ist tot", w, ["Walter Reisinger"], quotes=[q("Gábor Szentkirályi-Mayer", "Botschafter in Wien")],
                     note=LBL.format("Nachruf:") + ". Nachruf auf einen Diplomaten: Story, relevant (Außenpolitik 1989)."))
    w = d(2018, 3, 20, 19, 45, 0, 1)
    add(331171, "faktencheck-zahlt-oesterreich-mehr-an-die-eu-als-deutschland", "Faktencheck: Zahlt Österreich pro Kopf mehr an die EU als Deutschland?", w, "Sabine Url-Mwangi", ["Ausland", "Faktencheck"],
        "Die Behauptung kursiert seit Tagen auf Facebook. Unser Urteil: Stimmt teilweise.",
        P("<strong>Die Behauptung:</strong> Österreich zahle pro Kopf mehr an die EU als Deutschland.",
          "<strong>Unser Urteil: Stimmt teilweise.</strong>",
          "Netto zahlte Österreich 2016 rund 91 Euro pro Kopf, Deutschland rund 157 Euro. Brutto liegt Österreich knapp vorne.",
          "„Es kommt darauf an, ob man Rückflüsse mitrechnet“, sagt der Budgetexperte Florian Hödl-Asante vom Institut für Höhere Studien."),
        lambda k: it(k, "Zahlt Österreich pro Kopf mehr an die EU als Deutschland?", w, ["Sabine Url-Mwangi"], quotes=[q("Florian Hödl-Asante", "Institut für Höhere Studien")],
                     note=LBL.format("Faktencheck:") + ". Faktencheck mit Urteil ('Stimmt teilweise'): Story. EU-Haushalt vor den Verhandlungen: relevant."))
    w = d(2018, 3, 20, 11, 10, 0, 1)
    add(331150, "putin-wiedergewaehlt-gratulation-aus-wien", "Putin wiedergewählt: Glückwünsche aus Wien sorgen für Kritik", w, "APA", ["Ausland"],
        "Der Bundeskanzler gratulierte dem russischen Präsidenten zur Wiederwahl. Die Opposition kritisiert das.",
        P("Wien/Moskau. Der Bundeskanzler hat dem russischen Präsidenten zur Wiederwahl gratuliert, als einer von wenigen Regierungschefs in der EU. Die Opposition sprach von einem falschen Signal. (APA)"),
        lambda k: it(k, "Putin wiedergewählt: Glückwünsche aus Wien sorgen für Kritik", w, [], junk=["(APA)"], note="Agenturmeldung: 'APA' ist keine Person. Relevant."))
    w = d(2018, 3, 19, 21, 0, 0, 1)
    add(331133, "video-sturm-graz-gewinnt-derby", "Video: Sturm gewinnt das Derby – die Highlights", w, "Sport-Redaktion", ["Video", "Sport"],
        "Die Highlights des Grazer Derbys im Video.",
        '<p><iframe src="https://player.video.example/embed/x6k2m" width="640" height="360"></iframe></p>',
        lambda k: it(k, "Sturm gewinnt das Derby – die Highlights", w, [], story=False, rel=False, note="Video: keine Story. " + LBL.format("Video:")))
    w = d(2018, 3, 19, 8, 0, 0, 1)
    add(331120, "ukraine-bauern-suchen-saisonarbeiter-in-der-steiermark", "Steirische Obstbauern werben Erntehelfer in der Ukraine an", w, "Walter Reisinger", ["Ausland", "Steiermark"],
        "Weil Erntehelfer aus Rumänien ausbleiben, suchen Betriebe in der Oststeiermark in der Westukraine.",
        P("Weil immer weniger Erntehelfer aus Rumänien kommen, werben Obstbauern aus der Oststeiermark in der Westukraine um Saisonarbeiter.",
          "„Ohne sie bleiben die Äpfel hängen“, sagt Obstbauer Johann Pöltl aus Puch bei Weiz."),
        lambda k: it(k, "Steirische Obstbauern werben Erntehelfer in der Ukraine an", w, ["Walter Reisinger"], rel=False, quotes=[q("Johann Pöltl")],
                     note="Heimische Landwirtschaft (Arbeitsmarkt) mit Auslandsbezug: Story, nicht relevant (Grenzfall)."))
    rows, items = ordered(rows, items)
    head = (f"\t<title>Ausland &#8211; Grazer Abendpost</title>\n\t<atom:link href=\"{base}/ressort/ausland/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n"
            f"\t<description>Die Abendzeitung für Graz und die Steiermark</description>\n\t<lastBuildDate>{utc0(d(2018, 3, 21, 17, 31, 0, 1))}</lastBuildDate>\n\t<language>de-AT</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=4.9.4</generator>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("de_at_grazerabendpost_ausland_wp49.rss.xml", text, items, lang="de", outlet="Grazer Abendpost",
                ctype="application/rss+xml; charset=UTF-8",
                structure="Graz evening daily's 'Ausland' section on WordPress 4.9.4 (/ressort/ausland/feed/, a custom taxonomy base): channel 'Ausland &#8211; Brand', language de-AT, sy:update* whitespace, '/<slug>/' links, '?p=' guids, +0000 pubDates (newsroom +0100), CDATA dc:creator with reporters, 'Gastautor', 'APA' or 'Sport-Redaktion', CDATA categories ('Meinung', 'Nachrufe', 'Faktencheck', 'Video'), hand-written excerpts, content:encoded with a 'Gastkommentar:' and its italic bio and disclaimer, a 'Nachruf:', a 'Faktencheck:' with bold 'Die Behauptung:' and 'Unser Urteil:' labels, 'Wien/Moskau.' place line and '(APA)' tail, a video embed, March 2018",
                notes="Heimatland Österreich.")


# ---------------------------------------------------------------- Basel daily, Rails atom_feed builder (2021)
def rheinknie():
    base = "https://www.rheinknie-zeitung.example"
    entries, items = [], []

    def add(eid, slug, title, when, upd, author, summary, content, exp):
        url = f"{base}/international/{slug}"
        au = f"\n    <author>\n      <name>{esc(author)}</name>\n    </author>" if author else ""
        entries.append(f"  <entry>\n    <id>tag:www.rheinknie-zeitung.example,2005:Article/{eid}</id>\n    <published>{when.isoformat()}</published>\n    <updated>{upd.isoformat()}</updated>\n"
                       f"    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n    <title>{esc(title)}</title>\n    <summary>{esc(summary)}</summary>\n    <content type=\"html\">{esc(content)}</content>{au}\n  </entry>")
        items.append(exp(f"tag:www.rheinknie-zeitung.example,2005:Article/{eid}"))

    w = d(2021, 11, 24, 17, 0, 0, 1)
    add(88412, "wir-muessen-mit-bruessel-wieder-reden-lernen", "«Wir müssen mit Brüssel wieder reden lernen»", w, d(2021, 11, 24, 17, 20, 0, 1), "Nadja Gschwind",
        "Sechs Monate nach dem Abbruch der Verhandlungen über das Rahmenabkommen: Der frühere Chefunterhändler Urs Zimmerli-Abiodun über den Weg zurück an den Tisch.",
        P("<strong>Herr Zimmerli-Abiodun, der Bundesrat hat das Rahmenabkommen im Mai beerdigt. Was nun?</strong>",
          "Wir müssen mit Brüssel wieder reden lernen. Nicht über ein grosses Paket, sondern Dossier für Dossier, beginnend mit der Forschung.",
          "<strong>Die EU sagt, sie wolle keine weiteren sektoriellen Abkommen.</strong>",
          "Das sagt sie heute. Die Region Basel mit ihren Grenzgängern und der Pharmaforschung hat am meisten zu verlieren, und sie muss in Bern lauter werden.",
          "<em>Interview: Nadja Gschwind</em>"),
        lambda k: it(k, "«Wir müssen mit Brüssel wieder reden lernen»", w, ["Nadja Gschwind"], quotes=[q("Urs Zimmerli-Abiodun")],
                     junk=["Interview: Nadja Gschwind"],
                     note="Interview mit fett gesetzten Fragen und unmarkierten Antworten; der Befragte wird im Lead voll genannt und in der Frage nur mit Nachnamen angesprochen ('Herr Zimmerli-Abiodun'), die Zitate gehören ihm. Autorin = Interviewerin (author und Schlusszeile). Schweizer Europapolitik: relevant."))
    w = d(2021, 11, 24, 9, 30, 0, 1)
    add(88401, "analyse-was-die-neue-regierung-in-berlin-fuer-die-schweiz-bedeutet", "Analyse: Was die Ampel in Berlin für die Schweiz bedeutet", w, w, "Reto Brändli",
        "Der Koalitionsvertrag erwähnt die Schweiz nicht. Er betrifft sie trotzdem.",
        P("Berlin. Der Koalitionsvertrag von SPD, Grünen und FDP erwähnt die Schweiz mit keinem Wort. Er betrifft sie trotzdem: beim Fluglärm über Südbaden, bei der Stromversorgung und in der Europapolitik.",
          "«Berlin wird Bern in Brüssel nicht mehr verteidigen als bisher», sagt die Politologin Miriam Studer-Oyelaran von der Universität Basel."),
        lambda k: it(k, "Was die Ampel in Berlin für die Schweiz bedeutet", w, ["Reto Brändli"], quotes=[q("Miriam Studer-Oyelaran", "Universität Basel")],
                     note=LBL.format("Analyse:") + ". Analyse (Nachricht). Beziehungen zum Nachbarland: relevant."))
    w = d(2021, 11, 23, 18, 0, 0, 1)
    add(88390, "die-rede-des-osze-botschafters-im-wortlaut", "Die Rede von Botschafterin Annemarie Tschopp-Mbaye vor der OSZE im Wortlaut", w, w, None,
        "Die Schweiz bewirbt sich um den OSZE-Vorsitz 2026. Wir dokumentieren die Rede der Schweizer Botschafterin vor dem Ständigen Rat in Wien.",
        P("<em>Es gilt das gesprochene Wort.</em>",
          "Herr Vorsitzender, Exzellenzen, meine Damen und Herren",
          "Die Schweiz bewirbt sich um den Vorsitz dieser Organisation, weil wir an den Dialog glauben, gerade dann, wenn er schwierig ist.",
          "Ich danke Ihnen."),
        lambda k: it(k, "Die Rede von Botschafterin Annemarie Tschopp-Mbaye vor der OSZE im Wortlaut", w, [],
                     note="Redetext 'im Wortlaut' (Dokument): nach den Regeln dieses Sets eine Story. Kein Autor. Schweizer Aussenpolitik: relevant. Die Rednerin (erfunden) spricht den ganzen Text: kein einzelnes Zitat erwartet."))
    w = d(2021, 11, 23, 10, 15, 0, 1)
    add(88377, "berichtigung", "Berichtigung", w, w, None,
        "In der Ausgabe vom 20. November haben wir den Grenzgängeranteil falsch angegeben.",
        P("In der Ausgabe vom 20. November haben wir geschrieben, jeder dritte Beschäftigte im Kanton Basel-Stadt sei Grenzgänger. Richtig ist: jeder fünfte. Wir bitten um Entschuldigung."),
        lambda k: it(k, "Berichtigung", w, [], story=False, rel=False, note="Berichtigung: keine Story."))
    w = d(2021, 11, 22, 20, 30, 0, 1)
    add(88365, "omikron-bundesrat-verschaerft-einreiseregeln", "Neue Variante: Bundesrat verschärft die Einreiseregeln", w, w, "sda",
        "Wer aus sieben Ländern im südlichen Afrika einreist, muss in Quarantäne.",
        P("Bern. Wegen der neuen Corona-Variante müssen Reisende aus Südafrika und sechs Nachbarländern zehn Tage in Quarantäne. Direktflüge werden ausgesetzt. (sda)"),
        lambda k: it(k, "Neue Variante: Bundesrat verschärft die Einreiseregeln", w, [], junk=["(sda)"],
                     note="Agenturmeldung (sda): keine Person. Einreisesperre gegen andere Staaten: relevant (Grenzfall Gesundheitspolitik)."))
    w = d(2021, 11, 22, 8, 0, 0, 1)
    add(88350, "abstimmung-basel-klimagerechtigkeit", "Basel stimmt über Klimaziel 2030 ab", w, w, "Reto Brändli",
        "Am Sonntag entscheidet Basel-Stadt über die Klimagerechtigkeitsinitiative.",
        P("Am Sonntag entscheidet Basel-Stadt über die Initiative, die den Kanton bis 2030 klimaneutral machen will."),
        lambda k: it(k, "Basel stimmt über Klimaziel 2030 ab", w, ["Reto Brändli"], rel=False, note="Kantonale Abstimmung: nicht relevant."))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xml:lang="de-CH" xmlns="http://www.w3.org/2005/Atom">\n  <id>tag:www.rheinknie-zeitung.example,2005:/international</id>\n'
            f"  <link rel=\"alternate\" type=\"text/html\" href=\"{base}\"/>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"{base}/international.atom\"/>\n"
            f"  <title>Rheinknie-Zeitung – International</title>\n  <updated>{d(2021, 11, 24, 17, 20, 0, 1).isoformat()}</updated>\n"
            + "\n".join(entries) + "\n</feed>\n")
    return feed("de_ch_rheinkniezeitung_international_rails.atom.xml", text, items, lang="de", outlet="Rheinknie-Zeitung", shape="atom",
                ctype="application/atom+xml; charset=utf-8",
                structure="Basel daily's 'International' feed from Rails' atom_feed builder (/international.atom): xml:lang de-CH on <feed>, tag:<host>,2005:Article/<id> entry ids, published and updated with +01:00, alternate link, escaped plain summaries and escaped HTML content, <author><name> with a reporter or 'sda' or absent, Swiss spelling (ss, «…»), an interview without Q:/A: letters (bold questions, 'Herr Name' address, 'Interview: Name' closing line), an 'Analyse:' kicker, a speech 'im Wortlaut' opening 'Es gilt das gesprochene Wort', a 'Berichtigung', a cantonal vote, November 2021",
                notes="Heimatland Schweiz.")


# ---------------------------------------------------------------- Trieste daily on WordPress 6.2 + Yoast (2023)
def carso():
    base = "https://www.vocedelcarso.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{slug}/"
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        foot = f'<p>L\'articolo <a rel="nofollow" href="{url}">{wpt(unescape(title))}</a> proviene da <a rel="nofollow" href="{base}">La Voce del Carso</a>.</p>\n'
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(unescape(title))}</title>\n\t\t<link>{url}</link>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{utc0(when)}</pubDate>{cts}\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n"
                    f"\t\t\t\t\t<description><![CDATA[<p>{excerpt}</p>\n{foot}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}{foot}]]></content:encoded>\n\t\t\t\t\t\n\t\t\n\t\t\t\t\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    junk = ["proviene da"]
    w = d(2023, 4, 19, 18, 20, 0, 2)
    add(204511, "intervista-console-sloveno-confine-schengen", "INTERVISTA &#8211; «Il confine deve tornare invisibile»", w, "Elisa Zerjal", ["Esteri", "Interviste"],
        "Il console generale di Slovenia a Trieste sui controlli alla frontiera reintrodotti da Roma.",
        P("<em>Dopo la decisione del governo di reintrodurre i controlli al confine con la Slovenia, abbiamo incontrato il console generale sloveno a Trieste, Matej Kosmač-Ferluga.</em>",
          "<strong>D: Console, come ha reagito Lubiana?</strong>",
          "R: «Con preoccupazione. Il confine deve tornare invisibile, come lo è stato dal 2007. I controlli colpiscono soprattutto i lavoratori frontalieri.»",
          "<strong>D: Roma parla di sicurezza e della rotta balcanica.</strong>",
          "R: «Capiamo la preoccupazione, ma la risposta è una polizia comune, non le code a Fernetti.»"),
        lambda k: it(k, "«Il confine deve tornare invisibile»", w, ["Elisa Zerjal"], quotes=[q("Matej Kosmač-Ferluga", "console generale di Slovenia")], junk=junk,
                     note=LBL.format("INTERVISTA –") + ". Intervista con 'D:'/'R:': le citazioni sono dell'intervistato, l'autrice è l'intervistatrice. Rapporti Italia–Slovenia e Schengen: rilevante."))
    w = d(2023, 4, 19, 9, 0, 0, 2)
    add(204490, "analisi-il-porto-di-trieste-e-la-via-della-seta", "Analisi. Il porto, Amburgo e la Via della Seta: la partita di Trieste", w, "Paolo Sancin", ["Esteri", "Analisi"],
        "Con l'ingresso di un gruppo tedesco nella piattaforma logistica, il memorandum con la Cina è svuotato.",
        P("Quattro anni dopo la firma del memorandum sulla Via della Seta, la partita del porto di Trieste si gioca più a nord che a est.",
          "«La Cina ha perso Trieste senza che nessuno la cacciasse», osserva Giulia Devetak-Mensah, ricercatrice all'Istituto di studi di politica internazionale."),
        lambda k: it(k, "Il porto, Amburgo e la Via della Seta: la partita di Trieste", w, ["Paolo Sancin"], quotes=[q("Giulia Devetak-Mensah", "Istituto di studi di politica internazionale")], junk=junk,
                     note=LBL.format("Analisi.") + ". Analisi (notizia). Rapporti con la Cina: rilevante."))
    w = d(2023, 4, 18, 20, 0, 0, 2)
    add(204472, "editoriale-la-guerra-e-vicina", "La guerra è più vicina di quanto pensiamo", w, "Il Direttore", ["Editoriale", "Esteri"],
        "Da Trieste a Kiev sono 1.400 chilometri: meno che da Trieste a Palermo.",
        P("Da Trieste a Kiev ci sono 1.400 chilometri, meno che da Trieste a Palermo. Eppure parliamo della guerra come di una cosa lontana.",
          "<em>Stefano Birsa-Okeke</em>"),
        lambda k: it(k, "La guerra è più vicina di quanto pensiamo", w, ["Stefano Birsa-Okeke"], junk=junk,
                     note="Editoriale del direttore (categoria 'Editoriale', nessuna etichetta nel titolo): opinione, una storia. Autore dalla firma in corsivo in fondo ('Il Direttore' non è un nome). Rilevante."))
    w = d(2023, 4, 18, 8, 30, 0, 2)
    add(204455, "diretta-bora-a-trieste", "DIRETTA | Bora a 140 km/h, chiuse le Rive", w, "Redazione", ["Cronaca"],
        "Aggiornamenti in tempo reale.",
        P("<strong>ore 11.20</strong> - Riaperto il tratto delle Rive tra piazza Unità e la Stazione marittima.",
          "<strong>ore 9.45</strong> - Raffica record al molo Audace: 141 km/h.", "<strong>ore 8.30</strong> - Buongiorno, la bora soffia dalla notte."),
        lambda k: it(k, "Bora a 140 km/h, chiuse le Rive", w, [], story=False, rel=False, junk=junk, note="Diretta con voci orarie: non è una storia. " + LBL.format("DIRETTA |")))
    w = d(2023, 4, 17, 16, 10, 0, 2)
    add(204433, "croazia-euro-prezzi-istria", "Croazia, tre mesi di euro: prezzi su del 12% nei negozi dell'Istria", w, "Redazione", ["Esteri"],
        "Da gennaio Zagabria usa l'euro ed è entrata in Schengen.",
        P("POLA - A tre mesi dall'ingresso nell'euro e nello spazio Schengen, i prezzi al dettaglio in Istria sono cresciuti del 12 per cento, secondo l'istituto statistico croato. (ANSA)"),
        lambda k: it(k, "Croazia, tre mesi di euro: prezzi su del 12% nei negozi dell'Istria", w, [], junk=[*junk, "(ANSA)"],
                     note="'Redazione' e '(ANSA)': nessuna persona. Paese vicino, allargamento dell'euro e di Schengen: rilevante (economia estera con dimensione UE)."))
    w = d(2023, 4, 17, 9, 0, 0, 2)
    add(204420, "barcolana-date-2023", "Barcolana, presentate le date dell'edizione numero 55", w, "Redazione", ["Cronaca", "Sport"],
        "La regata si correrà l'8 ottobre.",
        P("La Barcolana numero 55 si correrà domenica 8 ottobre, hanno annunciato gli organizzatori."),
        lambda k: it(k, "Barcolana, presentate le date dell'edizione numero 55", w, [], rel=False, junk=junk, note="Sport locale: non rilevante."))
    rows, items = ordered(rows, items)
    head = (f"\t<title>Esteri &#8211; La Voce del Carso</title>\n\t<atom:link href=\"{base}/category/esteri/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n"
            f"\t<description>Il quotidiano di Trieste</description>\n\t<lastBuildDate>{utc0(d(2023, 4, 19, 18, 21, 0, 2))}</lastBuildDate>\n\t<language>it-IT</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.2</generator>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("it_ts_vocedelcarso_esteri_wp62.rss.xml", text, items, lang="it", outlet="La Voce del Carso", aliases=["Voce del Carso"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Trieste daily's 'Esteri' category on WordPress 6.2 with Yoast's Italian RSS footer ('L'articolo … proviene da …', rel=nofollow, in description AND content): channel 'Esteri &#8211; Brand', it-IT, dc:creator BEFORE pubDate (WordPress 6.x order) with reporters, 'Il Direttore' or 'Redazione', +0000 pubDates (newsroom +0200), CDATA categories, '?p=' guids, the 6.x blank-line whitespace, titles with 'INTERVISTA &#8211;', 'Analisi.' and 'DIRETTA |' kickers and «…» quotes, an interview with bold 'D:' and 'R:' paragraphs, an editorial signed in italics, a live page with 'ore 11.20 -' entries, '(ANSA)' and 'POLA -' dateline, April 2023",
                notes="Paese: Italia (Trieste); Slovenia e Croazia sono estero.")


# ---------------------------------------------------------------- Olbia daily on Django's syndication framework (2017)
def gallurese():
    base = "https://www.unionegallurese.example"
    rows, items = [], []

    def add(aid, slug, title, when, author, desc, exp, cat="Mondo"):
        url = f"{base}/{cat.lower()}/{aid}/{slug}/"
        au = f"<dc:creator>{esc(author)}</dc:creator>" if author else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description>{au}<pubDate>{rfc822(when)}</pubDate><guid>{url}</guid><category>{cat}</category></item>")
        items.append(exp(url))

    w = d(2017, 9, 27, 19, 0, 0, 2)
    add(71204, "fact-checking-migranti-sbarchi-calati", "Fact checking | «Gli sbarchi sono calati del 70 per cento»: vero o falso?", w, "Chiara Deiana",
        P("<strong>L'affermazione:</strong> un ministro ha detto in tv che gli sbarchi dalla Libia sono calati del 70 per cento dopo l'accordo con Tripoli.",
          "<strong>Il verdetto: VERO, MA…</strong>",
          "I dati del Viminale confermano un calo del 68 per cento tra luglio e agosto rispetto al 2016. Ma le partenze dalla Tunisia sono raddoppiate e arrivano sempre più spesso in Sardegna.",
          "«Il calo è reale, la rotta si è spostata», spiega Francesca Murgia-Diallo, ricercatrice dell'Università di Sassari."),
        lambda k: it(k, "«Gli sbarchi sono calati del 70 per cento»: vero o falso?", w, ["Chiara Deiana"], quotes=[q("Francesca Murgia-Diallo", "Università di Sassari")],
                     note=LBL.format("Fact checking |") + ". Fact checking con verdetto ('VERO, MA…'): una storia. Accordo con la Libia sui migranti: rilevante. La frase del ministro nel titolo non ha un parlante nominato: nessuna citazione attesa per lui."))
    w = d(2017, 9, 27, 10, 0, 0, 2)
    add(71190, "morto-ambasciatore-giovanni-maria-serra", "Addio a Giovanni Maria Serra, l'ambasciatore gallurese che trattò con Tito", w, None,
        P("È morto ieri a Tempio Pausania, a 93 anni, l'ambasciatore Giovanni Maria Serra. Negli anni Settanta fece parte della delegazione che negoziò il Trattato di Osimo con la Jugoslavia.",
          "Fu poi ambasciatore a Belgrado, al Cairo e presso la Santa Sede.",
          "«Ci ha insegnato che la diplomazia è pazienza», ricorda l'ex ministro Antonio Pirastru.",
          "I funerali domani alle 10 nella cattedrale di San Pietro."),
        lambda k: it(k, "Addio a Giovanni Maria Serra, l'ambasciatore gallurese che trattò con Tito", w, [], quotes=[q("Antonio Pirastru", "ex ministro")],
                     note="Necrologio di un diplomatico (Trattato di Osimo): una storia, rilevante. Nessun autore."))
    w = d(2017, 9, 26, 17, 30, 0, 2)
    add(71177, "lettera-al-direttore-catalogna", "«Sulla Catalogna l'Europa non può tacere»", w, None,
        P("Caro direttore, tra pochi giorni i catalani voteranno in un referendum che Madrid considera illegale. Noi sardi, che abbiamo un'identità forte e uno statuto speciale, non possiamo far finta di nulla. L'Europa deve parlare prima che sia tardi.",
          "<strong>Efisio Porcu, Arzachena</strong>"),
        lambda k: it(k, "«Sulla Catalogna l'Europa non può tacere»", w, ["Efisio Porcu"], junk=["Caro direttore"],
                     note="Lettera al direttore (categoria 'Lettere'): opinione, una storia; autore il lettore firmato in fondo (la località non fa parte del nome). Referendum in Catalogna: rilevante.", ),
        cat="Lettere")
    w = d(2017, 9, 26, 9, 0, 0, 2)
    add(71160, "germania-merkel-vince-afd-terzo-partito", "Germania, Merkel vince ma perde voti. L'AfD è il terzo partito", w, "Redazione",
        P("BERLINO - Il partito della cancelliera resta il primo, ma perde otto punti. L'AfD entra in Parlamento con il 12,6 per cento. (ANSA)"),
        lambda k: it(k, "Germania, Merkel vince ma perde voti. L'AfD è il terzo partito", w, [], junk=["(ANSA)"], note="'Redazione': nessuna persona. Elezioni all'estero: rilevante."))
    w = d(2017, 9, 25, 18, 0, 0, 2)
    add(71148, "nave-da-crociera-olbia-record", "Olbia, record di crocieristi: 14 navi in una settimana", w, "Salvatore Fresu",
        P("Quattordici navi da crociera in sette giorni: il porto dell'Isola Bianca chiude settembre con un record."),
        lambda k: it(k, "Olbia, record di crocieristi: 14 navi in una settimana", w, ["Salvatore Fresu"], rel=False, note="Cronaca locale: non rilevante."), cat="Gallura")
    w = d(2017, 9, 25, 8, 0, 0, 2)
    add(71133, "corea-del-nord-onu-nuove-sanzioni", "Corea del Nord, l'Onu approva nuove sanzioni sul petrolio", w, "Redazione",
        P("NEW YORK - Il Consiglio di sicurezza dell'Onu ha approvato all'unanimità nuove sanzioni contro la Corea del Nord, che limitano le importazioni di petrolio. (ANSA)"),
        lambda k: it(k, "Corea del Nord, l'Onu approva nuove sanzioni sul petrolio", w, [], junk=["(ANSA)"], note="Relevante."))
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0"><channel><title>L\'Unione Gallurese - Mondo</title>'
            f"<link>{base}/mondo/</link><description>Le notizie dal mondo de L'Unione Gallurese</description><language>it</language><lastBuildDate>{rfc822(d(2017, 9, 27, 19, 1, 0, 2))}</lastBuildDate>"
            + "".join(rows) + "</channel></rss>")
    return feed("it_ss_unionegallurese_mondo_django.rss.xml", text, items, lang="it", outlet="L'Unione Gallurese", aliases=["Unione Gallurese"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Olbia daily's 'Mondo' feed from Django's syndication framework (Rss201rev2Feed): prolog on its own line, then the whole channel on one line, dc namespace only, channel 'Brand - Mondo', language 'it', lastBuildDate, items in Django's order (title, link, description, dc:creator, pubDate, guid, category), escaped HTML descriptions with the full text, '/<section>/<id>/<slug>/' links (mondo, lettere, gallura) as guids, dc:creator with a reporter, 'Redazione' or absent, a 'Fact checking |' kicker with bold 'L'affermazione:' and 'Il verdetto:' labels, an obituary of an ambassador ('Addio a …'), a reader's letter signed in bold with the town, '(ANSA)' tails and 'BERLINO -' datelines, +0200 dates, September 2017",
                notes="Paese: Italia (Sardegna).")


FEEDS = [breisgau, grazer, rheinknie, carso, gallurese]
