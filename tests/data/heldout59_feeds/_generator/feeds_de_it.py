# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German and Italian feeds of the fifty-ninth held-out set: a Bremerhaven daily on TYPO3 4.5
with tt_news, a Braunschweig daily on Drupal 6, a Wels (Upper Austria) daily on WordPress 3.6, a
Savona daily on Joomla 1.5 and a Foggia daily's custom PHP feed. All outlets, people and
quotations are invented."""
from h59 import cd, d, esc, feed, it, q, rfc822


# ---------------------------------------------------------------- Bremerhaven daily, TYPO3 4.5 + tt_news (November 2011)
def nordseebote():
    base = "http://www.nordseebote.example"
    rows, items = [], []

    def add(nid, title, when, author, teaser, body, exp):
        link = f"{base}/index.php?id=57&amp;tx_ttnews%5Btt_news%5D={nid}&amp;cHash={(nid * 7919) % 16**10:010x}"
        a = f"\n\t\t\t<author>{esc(author)}</author>" if author else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{link}</link>\n\t\t\t<description>{esc(teaser)}</description>\n\t\t\t<category>Welt</category>{a}\n"
                    f"\t\t\t<pubDate>{rfc822(when, 'de')}</pubDate>\n\t\t\t<guid>{link}</guid>\n\t\t\t<content:encoded>{cd(body)}</content:encoded>\n\t\t</item>")
        items.append(exp(link.replace("&amp;", "&")))

    w = d(2011, 11, 22, 17, 5, 0, 1)
    add(18734, "Ägypten: Armee verspricht Präsidentenwahl bis Mitte 2012", w, "redaktion@nordseebote.example (dapd)",
        "Nach vier Tagen blutiger Proteste auf dem Tahrir-Platz hat der Militärrat eine Präsidentenwahl bis Ende Juni 2012 zugesagt.",
        "<p><b>Kairo.</b> Nach vier Tagen blutiger Proteste auf dem Tahrir-Platz hat der Militärrat eine Präsidentenwahl bis Ende Juni 2012 zugesagt. Die Demonstranten forderten dennoch den sofortigen Rückzug der Generäle.</p><p>„Ein Datum ist kein Machtwechsel“, sagte der Menschenrechtsanwalt Karim Abdel-Ghaffar vor Journalisten. (dapd)</p>",
        lambda k: it(k, "Ägypten: Armee verspricht Präsidentenwahl bis Mitte 2012", w, [], quotes=[q("Karim Abdel-Ghaffar")], junk=["(dapd)", "redaktion@nordseebote.example"],
                     note="TYPO3 tt_news under a German locale: pubDate with German day and month names ('Di, 22 Nov 2011'). <author> 'e-mail (dapd)': an agency, no person. A role ('Menschenrechtsanwalt') without a body gives no affiliation. Relevant."))
    w = d(2011, 11, 22, 10, 30, 0, 1)
    add(18729, "Containerterminal: Reederei aus Dänemark sichert sich Liegeplatz", w, "redaktion@nordseebote.example (Hauke Brüning)",
        "Eine dänische Großreederei hat sich für zehn Jahre zwei Liegeplätze am Containerterminal gesichert.",
        "<p>Eine dänische Großreederei hat sich für zehn Jahre zwei Liegeplätze am Containerterminal gesichert. Die Hafengesellschaft rechnet mit 300 zusätzlichen Arbeitsplätzen.</p>",
        lambda k: it(k, "Containerterminal: Reederei aus Dänemark sichert sich Liegeplatz", w, ["Hauke Brüning"], rel=False,
                     note="A foreign shipping line's contract in the home port: local business news, not relevant. <author> 'e-mail (Name)': the person."))
    w = d(2011, 11, 21, 18, 45, 0, 1)
    add(18722, "Schuldenkrise: Spanien wählt Konservative, Märkte bleiben nervös", w, "redaktion@nordseebote.example (Ines Harjes-Kowalczyk)",
        "Nach dem Wahlsieg der Konservativen in Spanien sind die Zinsen für spanische Staatsanleihen weiter gestiegen.",
        "<p><b>Madrid/Berlin.</b> Nach dem Wahlsieg der Konservativen in Spanien sind die Zinsen für spanische Staatsanleihen weiter gestiegen.</p><p>„Die Wahl hat Klarheit gebracht, aber kein Geld“, sagte Volkswirtin Svenja Terborg von der Bremer Landesbank. Die Bundesregierung mahnte rasche Reformen an.</p>",
        lambda k: it(k, "Schuldenkrise: Spanien wählt Konservative, Märkte bleiben nervös", w, ["Ines Harjes-Kowalczyk"], quotes=[q("Svenja Terborg", "Bremer Landesbank")],
                     note="Election abroad and the euro crisis: relevant. Affiliation after 'von der'."))
    w = d(2011, 11, 21, 9, 0, 0, 1)
    add(18715, "Fotostrecke: Der Weihnachtsmarkt am Alten Hafen ist eröffnet", w, None,
        "Bilder vom ersten Abend.",
        '<p><img src="fileadmin/user_upload/galerie/weihnachtsmarkt_01.jpg" alt="" /></p>',
        lambda k: it(k, "Der Weihnachtsmarkt am Alten Hafen ist eröffnet", w, [], story=False, rel=False, note="Photo gallery: not a story. Title label 'Fotostrecke:' may be kept or dropped."))
    w = d(2011, 11, 20, 16, 20, 0, 1)
    add(18709, "Somalia: Bremerhavener Frachter-Crew nach Piratenüberfall frei", w, "redaktion@nordseebote.example (Hauke Brüning und Ines Harjes-Kowalczyk)",
        "Die 14 Seeleute eines Frachters einer Bremerhavener Reederei sind nach sieben Monaten in der Hand somalischer Piraten frei.",
        "<p>Die 14 Seeleute eines Frachters einer Bremerhavener Reederei sind nach sieben Monaten in der Hand somalischer Piraten frei. Das Auswärtige Amt bestätigte die Freilassung.</p><p>„Wir sind erleichtert und erschöpft“, sagte Reederei-Sprecherin Gesa Thielking.</p><p>Die Bundesmarine beteiligt sich seit 2008 an der EU-Mission Atalanta vor der somalischen Küste.</p>",
        lambda k: it(k, "Somalia: Bremerhavener Frachter-Crew nach Piratenüberfall frei", w, ["Hauke Brüning", "Ines Harjes-Kowalczyk"], quotes=[q("Gesa Thielking")],
                     note="'A und B' in <author>: two people. Piracy off Somalia, the Foreign Office and the EU naval mission: relevant, although the shipping line is local (the hostage case is handled between states). 'Reederei-Sprecherin' names no body: no affiliation."))
    w = d(2011, 11, 20, 8, 0, 0, 1)
    add(18702, "Gewinnspiel: Zwei Karten für das Stadttheater", w, None,
        "Beantworten Sie unsere Frage und gewinnen Sie.",
        "<p>Beantworten Sie unsere Frage und gewinnen Sie zwei Karten für die Premiere am Sonnabend. Einsendeschluss: Freitag, 12 Uhr.</p>",
        lambda k: it(k, "Gewinnspiel: Zwei Karten für das Stadttheater", w, [], story=False, rel=False, note="Reader competition: not a story."))
    head = (f"\t\t<title>Nordsee-Bote: Welt</title>\n\t\t<link>{base}/</link>\n\t\t<description>Nachrichten aus aller Welt</description>\n\t\t<language>de</language>\n"
            f"\t\t<image>\n\t\t\t<title>Nordsee-Bote: Welt</title>\n\t\t\t<url>{base}/fileadmin/templates/img/rss_logo.gif</url>\n\t\t\t<link>{base}/</link>\n\t\t\t<width>120</width>\n\t\t\t<height>40</height>\n\t\t\t<description>Nordsee-Bote</description>\n\t\t</image>\n"
            "\t\t<generator>TYPO3 - get.content.right</generator>\n\t\t<docs>http://blogs.law.harvard.edu/tech/rss</docs>\n\t\t<copyright>Nordsee-Bote Verlags-GmbH</copyright>\n"
            f"\t\t<lastBuildDate>{rfc822(d(2011, 11, 22, 17, 10, 0, 1), 'de')}</lastBuildDate>\n")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("de_nordseebote_welt_typo3_ttnews.rss.xml", text, items, lang="de", outlet="Nordsee-Bote", aliases=["Nordseebote"],
                structure="Bremerhaven daily's 'Welt' news category on TYPO3 4.5 with tt_news's RSS 2.0 template (type=100): tab indentation, unused atom namespace, channel 'Brand: Welt', language 'de', <image> with its own description, <generator>TYPO3 - get.content.right</generator>, the old harvard.edu <docs>, copyright of the 'Verlags-GmbH', non-realURL links 'index.php?id=57&amp;tx_ttnews%5Btt_news%5D=<uid>&amp;cHash=<10 hex>' repeated as guids, plain-text teaser in description, <category>Welt</category>, <author> as 'e-mail (Name)' with a reporter, 'A und B' or the agency 'dapd', pubDate and lastBuildDate with GERMAN day and month names (strftime under the server's de_DE locale: 'Di, 22 Nov 2011 17:05:00 +0100', 'Mo', 'So'), CDATA content:encoded with a bold 'Ort.' dateline, a relative fileadmin image, a gallery and a competition, November 2011",
                notes="Home country: Germany (Bremen/Bremerhaven). The dates must be read with German names; none may be dropped or invented.")


# ---------------------------------------------------------------- Braunschweig daily, Drupal 6 (February 2012)
def okerkurier():
    base = "http://www.okerkurier.example"
    rows, items = [], []

    def add(nid, title, when, user, body, exp):
        link = f"{base}/nachrichten/welt/{nid}"
        rows.append(f" <item>\n    <title>{esc(title)}</title>\n    <link>{link}</link>\n    <description>{esc(body)}</description>\n     <comments>{link}#comments</comments>\n"
                    f' <category domain="{base}/kategorie/ressort/welt">Welt</category>\n <pubDate>{rfc822(when)}</pubDate>\n <dc:creator>{user}</dc:creator>\n <guid isPermaLink="false">{nid} at {base}</guid>\n  </item>')
        items.append(exp(f"{nid} at {base}"))

    more = lambda nid: f'<p><a href="{base}/nachrichten/welt/{nid}">weiterlesen</a></p>'
    w = d(2012, 2, 21, 15, 30, 0, 1)
    add(224518, "Griechenland bekommt zweites Hilfspaket – Schuldenschnitt für private Gläubiger", w, "okr_online",
        "<p><strong>Von Torsten Wiegmann</strong></p><p>Brüssel. Nach mehr als zwölf Stunden Verhandlungen haben sich die Euro-Finanzminister auf ein zweites Hilfspaket für Griechenland von 130 Milliarden Euro geeinigt. Private Gläubiger sollen auf 53,5 Prozent ihrer Forderungen verzichten.</p><p>„Das ist kein Schlusspunkt, sondern eine Atempause“, sagte der Ökonom Frederik Adamczyk vom Institut für Weltwirtschaft.</p>" + more(224518),
        lambda k: it(k, "Griechenland bekommt zweites Hilfspaket – Schuldenschnitt für private Gläubiger", w, ["Torsten Wiegmann"], quotes=[q("Frederik Adamczyk", "Institut für Weltwirtschaft")], junk=["weiterlesen", "Von Torsten Wiegmann", "okr_online"],
                     note="Drupal 6: the byline is the bold 'Von Name' paragraph, dc:creator a CMS account. Euro crisis: relevant."))
    w = d(2012, 2, 21, 9, 10, 0, 1)
    add(224497, "VW-Werk in Russland: Kaluga soll Produktion verdoppeln", w, "okr_wirtschaft",
        "<p><strong>Von Maren Oltmanns</strong></p><p>Wolfsburg/Kaluga. Volkswagen will die Produktion im russischen Werk Kaluga bis 2014 verdoppeln. Grundlage ist ein Abkommen mit der russischen Regierung über Zollerleichterungen für Teile.</p>" + more(224497),
        lambda k: it(k, "VW-Werk in Russland: Kaluga soll Produktion verdoppeln", w, ["Maren Oltmanns"], rel=False, junk=["weiterlesen", "Von Maren Oltmanns"],
                     note="A home-region carmaker's investment abroad under its own agreement with the Russian government on customs relief: a company deal, not trade between states, so business news, not relevant (label audit: was relevant; root README 'a company deal between two countries stays business', set 54 'a local business angle is home news')."))
    w = d(2012, 2, 20, 18, 0, 0, 1)
    add(224476, "Liveticker: Eintracht in Paderborn", w, "okr_sport",
        "<p><strong>21.58 Uhr:</strong> Abpfiff in Paderborn, Eintracht verliert 1:2.</p><p><strong>21.31 Uhr:</strong> Anschlusstreffer für die Löwen!</p><p><strong>20.15 Uhr:</strong> Anpfiff.</p>" + more(224476),
        lambda k: it(k, "Liveticker: Eintracht in Paderborn", w, [], story=False, rel=False, junk=["weiterlesen"],
                     note="Live ticker (time-stamped entries, newest first), sport, filed under 'Welt' by mistake: not a story. Title label 'Liveticker:' may be kept or dropped."))
    w = d(2012, 2, 20, 12, 45, 0, 1)
    add(224461, "Syrien: Rotes Kreuz fordert tägliche Feuerpause in Homs", w, "okr_online",
        "<p>Genf/Damaskus. Das Internationale Komitee vom Roten Kreuz hat eine tägliche zweistündige Feuerpause gefordert, um Verletzte aus dem umkämpften Homs zu bringen.</p><p>„Jede Stunde ohne Zugang kostet Leben“, sagte IKRK-Sprecherin Carla Haddad-Roth in Genf. (dpa)</p>" + more(224461),
        lambda k: it(k, "Syrien: Rotes Kreuz fordert tägliche Feuerpause in Homs", w, [], quotes=[q("Carla Haddad-Roth", "IKRK")], junk=["(dpa)", "weiterlesen"],
                     note="Agency story, dc:creator an account: no author. Affiliation: the abbreviation glued to the role ('IKRK-Sprecherin'); 'Internationales Komitee vom Roten Kreuz' is also right. Relevant."))
    w = d(2012, 2, 19, 20, 0, 0, 1)
    add(224450, "Wulff-Nachfolge: Parteien suchen gemeinsamen Kandidaten", w, "okr_online",
        "<p>Berlin. Nach dem Rücktritt des Bundespräsidenten suchen Union, FDP, SPD und Grüne nach einem gemeinsamen Kandidaten.</p>" + more(224450),
        lambda k: it(k, "Wulff-Nachfolge: Parteien suchen gemeinsamen Kandidaten", w, [], rel=False, junk=["weiterlesen"], note="Home politics (the German presidency): not relevant."))
    w = d(2012, 2, 19, 11, 0, 0, 1)
    add(224441, "Leserbrief-Aktion: Schreiben Sie uns zur Euro-Rettung", w, "okr_leserforum",
        "<p>Was halten Sie von den Rettungspaketen? Schreiben Sie uns an leserbriefe@okerkurier.example. Die besten Briefe drucken wir am Sonnabend.</p>",
        lambda k: it(k, "Leserbrief-Aktion: Schreiben Sie uns zur Euro-Rettung", w, [], story=False, rel=False, note="A call for readers' letters: a promo, not a story."))
    head = (f' <title>Oker-Kurier - Welt</title>\n <link>{base}/kategorie/ressort/welt</link>\n <description></description>\n <language>de</language>\n')
    text = ('<?xml version="1.0" encoding="utf-8"?>\n' + f'<rss version="2.0" xml:base="{base}"  xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("de_okerkurier_welt_drupal6.rss.xml", text, items, lang="de", outlet="Oker-Kurier", aliases=["Oker Kurier"],
                structure="Braunschweig daily's 'Welt' section on Drupal 6 (taxonomy feed behind a pathauto alias): xml:base with Drupal 6's double space, channel 'Brand - Welt', EMPTY description, language 'de', the uneven Drupal 6 indentation, escaped teaser HTML with a bold 'Von Name' byline paragraph, 'Ort.' datelines, '(dpa)' tails and a lower-case 'weiterlesen' link, category with a taxonomy domain, dc:creator holding CMS accounts ('okr_online', 'okr_wirtschaft', 'okr_sport'), '<nid> at <base>' guids last, +0100 dates, sport and home politics filed under Welt, a call for letters, February 2012",
                notes="Home country: Germany (Lower Saxony).")


# ---------------------------------------------------------------- Wels (Upper Austria) daily, WordPress 3.6 (October 2013)
def welser():
    base = "http://www.welsertagblatt.example"
    rows, items = [], []

    def add(pid, slug, title, when, user, cats, excerpt, body, exp):
        link = f"{base}/{slug}/"
        c = "".join(f"\t\t<category><![CDATA[{x}]]></category>\n" for x in cats)
        rows.append(f"\t\t<item>\n\t\t<title>{esc(title).replace('„', '&#8222;').replace('“', '&#8220;')}</title>\n\t\t<link>{link}</link>\n\t\t<comments>{link}#comments</comments>\n\t\t<pubDate>{rfc822(when.astimezone(d(2013,1,1,0,0).tzinfo))}</pubDate>\n"
                    f"\t\t<dc:creator><![CDATA[{user}]]></dc:creator>\n{c}\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
                    f"\t\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2013, 10, 16, 18, 20, 0, 2)
    add(48211, "lampedusa-eu-innenminister-uneins", "Lampedusa: EU-Innenminister uneins über Verteilung von Flüchtlingen", w, "Redaktion", ["Welt"],
        "Nach den Bootsunglücken vor Lampedusa haben die EU-Innenminister keine Einigung über eine gerechtere Verteilung von Flüchtlingen erzielt. Österreich lehnt eine Quote ab [&#8230;]",
        "<p><strong>Luxemburg/Wien.</strong> Nach den Bootsunglücken vor Lampedusa haben die EU-Innenminister keine Einigung über eine gerechtere Verteilung von Flüchtlingen erzielt. Österreich lehnt eine Quote ab.</p>\n<p>&#8222;Wer heuer schon 17.000 Asylanträge hat, kann nicht als Erster rufen&#8220;, sagte Renate Hofinger-Moser vom Flüchtlingsdienst Oberösterreich. Italien forderte mehr Geld für die Grenzagentur Frontex.</p>\n<p><em>(APA/red)</em></p>",
        lambda k: it(k, "Lampedusa: EU-Innenminister uneins über Verteilung von Flüchtlingen", w, [], quotes=[q("Renate Hofinger-Moser", "Flüchtlingsdienst Oberösterreich")], junk=["(APA/red)", "[…]"],
                     note="EU migration policy and Austria's position: relevant. 'Redaktion' is no person. Affiliation after 'vom'."))
    w = d(2013, 10, 16, 9, 5, 0, 2)
    add(48203, "welser-firma-liefert-turbinen-nach-iran", "Welser Firma darf wieder Turbinenteile in den Iran liefern", w, "Mag. Christoph Haslinger", ["Welt", "Wirtschaft"],
        "Ein Welser Maschinenbauer hat nach zwei Jahren Wartezeit eine Ausfuhrgenehmigung für Turbinenteile in den Iran erhalten [&#8230;]",
        "<p>Ein Welser Maschinenbauer hat nach zwei Jahren Wartezeit eine Ausfuhrgenehmigung für Turbinenteile in den Iran erhalten. Das Wirtschaftsministerium prüfte den Fall wegen der EU-Sanktionen.</p>\n<p>&#8222;Die Teile gehen in ein Wasserkraftwerk, nicht in eine Atomanlage&#8220;, sagte Geschäftsführer Ing. Rudolf Pichlmayr.</p>",
        lambda k: it(k, "Welser Firma darf wieder Turbinenteile in den Iran liefern", w, ["Christoph Haslinger"], quotes=[q("Rudolf Pichlmayr", "Geschäftsführer")],
                     note="Export licence under EU sanctions on Iran: relevant (sanctions policy), though the firm is local. 'Mag.' and 'Ing.' are titles, not names. Affiliation: the role 'Geschäftsführer' (the firm is not named)."))
    w = d(2013, 10, 15, 17, 0, 0, 2)
    add(48196, "nationalratswahl-koalitionsgespraeche", "Koalitionsgespräche: SPÖ und ÖVP starten in erste Runde", w, "Redaktion", ["Österreich"],
        "Gut zwei Wochen nach der Nationalratswahl haben SPÖ und ÖVP ihre Koalitionsverhandlungen aufgenommen [&#8230;]",
        "<p><strong>Wien.</strong> Gut zwei Wochen nach der Nationalratswahl haben SPÖ und ÖVP ihre Koalitionsverhandlungen aufgenommen.</p>",
        lambda k: it(k, "Koalitionsgespräche: SPÖ und ÖVP starten in erste Runde", w, [], rel=False, junk=["[…]"], note="Home politics: not relevant."))
    w = d(2013, 10, 15, 8, 30, 0, 2)
    add(48190, "philippinen-erdbeben-bohol", "Erdbeben auf den Philippinen: Mindestens 93 Tote auf Bohol", w, "Redaktion", ["Welt"],
        "Ein Erdbeben der Stärke 7,2 hat die philippinische Insel Bohol erschüttert. Mindestens 93 Menschen kamen ums Leben [&#8230;]",
        "<p><strong>Manila.</strong> Ein Erdbeben der Stärke 7,2 hat die philippinische Insel Bohol erschüttert. Mindestens 93 Menschen kamen ums Leben, jahrhundertealte Kirchen stürzten ein.</p>\n<p>Nach Angaben des Außenministeriums in Wien waren keine Österreicher unter den Opfern.</p>\n<p><em>(APA/dpa)</em></p>",
        lambda k: it(k, "Erdbeben auf den Philippinen: Mindestens 93 Tote auf Bohol", w, [], junk=["(APA/dpa)", "[…]"], note="Disaster abroad: relevant."))
    w = d(2013, 10, 14, 19, 0, 0, 2)
    add(48183, "kommentar-neutralitaet-ist-kein-versteck", "Kommentar: Neutralität ist kein Versteck", w, "Dr. Elisabeth Rammerstorfer", ["Meinung", "Welt"],
        "Österreich zieht seine Blauhelme vom Golan ab und nennt das Verantwortung. Es ist das Gegenteil [&#8230;]",
        "<p>Österreich hat seine Blauhelme vom Golan abgezogen und nennt das Verantwortung. Es ist das Gegenteil.</p>\n<p>Wer neutral sein will, muss dort sein, wo es unbequem wird.</p>\n<p><em>elisabeth.rammerstorfer@welsertagblatt.example</em></p>",
        lambda k: it(k, "Kommentar: Neutralität ist kein Versteck", w, ["Elisabeth Rammerstorfer"], junk=["elisabeth.rammerstorfer@welsertagblatt.example"],
                     note="Opinion on Austria's withdrawal from the UN Golan mission: a story (opinion), relevant. 'Dr.' is no part of the name. Title label 'Kommentar:' may be kept or dropped."))
    w = d(2013, 10, 14, 10, 0, 0, 2)
    add(48177, "e-paper-jetzt-auch-am-tablet", "Das Welser Tagblatt jetzt auch als E-Paper am Tablet", w, "Welser Tagblatt", ["Intern"],
        "Ab sofort lesen Abonnenten ihre Zeitung schon ab 5 Uhr früh am iPad und Android-Tablet [&#8230;]",
        "<p>Ab sofort lesen Abonnenten ihre Zeitung schon ab 5 Uhr früh am iPad und Android-Tablet. Jetzt vier Wochen gratis testen!</p>",
        lambda k: it(k, "Das Welser Tagblatt jetzt auch als E-Paper am Tablet", w, [], story=False, rel=False, note="Subscription/e-paper promo: not a story."))
    head = (f'\t<title>Welser Tagblatt &#187; Welt</title>\n\t<atom:link href="{base}/category/welt/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f'\t<description>Die Tageszeitung für Wels und das Hausruckviertel</description>\n\t<lastBuildDate>{rfc822(d(2013, 10, 16, 16, 20, 0))}</lastBuildDate>\n\t<language>de-DE</language>\n'
            '\t\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t\t<sy:updateFrequency>1</sy:updateFrequency>\n\t<generator>http://wordpress.org/?v=3.6.1</generator>\n')
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("de_at_welsertagblatt_welt_wp36.rss.xml", text, items, lang="de", outlet="Welser Tagblatt",
                structure="Wels (Upper Austria) daily's 'Welt' category on WordPress 3.6.1 (/category/welt/feed/): channel 'Brand &#187; Welt', language 'de-DE' (the German install's default: the home country shows only through Wels, 'heuer', SPÖ/ÖVP, APA, the Nationalrat), CDATA dc:creator (new in 3.6) with 'Redaktion', the brand, 'Mag. Name' or 'Dr. Name', CDATA categories, '?p=' guids, +0000 pubDates (newsroom +0200), excerpts cut with ' [&#8230;]', content:encoded with bold datelines, &#8222;…&#8220; quotes as numeric references, '(APA/red)' and '(APA/dpa)' tails, an e-mail sign-off under a commentary, an e-paper promo, October 2013",
                notes="Home country: Austria (language tag de-DE notwithstanding).")


# ---------------------------------------------------------------- Savona daily, Joomla 1.5 (June 2012)
def letimbro():
    base = "http://www.ilcorrieredelletimbro.example"
    rows, items = [], []

    def add(aid, slug, title, when, author, body, exp):
        link = f"{base}/esteri/{aid}-{slug}.html"
        a = f"\n\t\t\t<author>{esc(author)}</author>" if author else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{link}</link>\n\t\t\t<description>{cd(body)}</description>{a}\n\t\t\t<category>Esteri</category>\n\t\t\t<pubDate>{rfc822(when.astimezone(d(2012,1,1,0,0).tzinfo))}</pubDate>\n\t\t</item>")
        items.append(exp(link))

    rm = lambda aid, slug: f'<p><a href="{base}/esteri/{aid}-{slug}.html" class="readon">Leggi tutto...</a></p>'
    w = d(2012, 6, 18, 19, 10, 0, 2)
    add(9412, "grecia-vince-nuova-democrazia", "Grecia, vince Nuova Democrazia: sollievo a Bruxelles", w, "Francesca Ghiglione",
        "<p><strong>ATENE</strong> - Il partito conservatore Nuova Democrazia ha vinto le elezioni greche e i mercati europei hanno reagito con cautela.</p><p>«È un voto per restare nell'euro, non un voto per l'austerità», ha detto il politologo Nikos Vardakis dell'Università di Atene.</p>" + rm(9412, "grecia-vince-nuova-democrazia"),
        lambda k: it(k, "Grecia, vince Nuova Democrazia: sollievo a Bruxelles", w, ["Francesca Ghiglione"], quotes=[q("Nikos Vardakis", "Università di Atene")], junk=["Leggi tutto..."],
                     note="Joomla 1.5 with SEF URLs: link only, no guid (the key is the link). Intro text ending with the 'Leggi tutto...' readon link. Election abroad: relevant."))
    w = d(2012, 6, 18, 11, 0, 0, 2)
    add(9405, "porto-vado-piattaforma-maersk", "Vado, la piattaforma container con i danesi di Maersk: firmato l'accordo", w, "Redazione",
        "<p>Firmato in Regione l'accordo per la piattaforma container di Vado Ligure: il terminal sarà gestito da una società del gruppo danese.</p>" + rm(9405, "porto-vado-piattaforma-maersk"),
        lambda k: it(k, "Vado, la piattaforma container con i danesi di Maersk: firmato l'accordo", w, [], rel=False, junk=["Leggi tutto..."], note="Local port business: not relevant. 'Redazione' is no person."))
    w = d(2012, 6, 17, 17, 30, 0, 2)
    add(9398, "maro-in-india-udienza-rinviata", "Marò in India, udienza rinviata: la Farnesina protesta", w, "Francesca Ghiglione e Paolo Bormioli",
        "<p><strong>ROMA</strong> - La Corte del Kerala ha rinviato ancora l'udienza sui due fucilieri di Marina accusati della morte di due pescatori indiani.</p><p>«Chiediamo che la giurisdizione italiana sia riconosciuta, come prevede il diritto del mare», ha dichiarato il portavoce della Farnesina, Marcello Tosatti Ferri.</p>" + rm(9398, "maro-in-india-udienza-rinviata"),
        lambda k: it(k, "Marò in India, udienza rinviata: la Farnesina protesta", w, ["Francesca Ghiglione", "Paolo Bormioli"], quotes=[q("Marcello Tosatti Ferri", "Farnesina")], junk=["Leggi tutto..."],
                     note="'A e B': two people. Consular and jurisdiction dispute between Italy and India handled by the foreign ministry: relevant."))
    w = d(2012, 6, 17, 9, 0, 0, 2)
    add(9391, "savonese-bloccato-in-egitto", "Savonese bloccato a Sharm el-Sheikh: «Mi hanno tolto il passaporto»", w, "Paolo Bormioli",
        "<p>Un quarantenne di Albisola è bloccato da una settimana a Sharm el-Sheikh dopo una lite con il proprietario di un albergo.</p><p>«Mi hanno tolto il passaporto e nessuno mi dice perché», ha raccontato al telefono Davide Pescetto.</p>" + rm(9391, "savonese-bloccato-in-egitto"),
        lambda k: it(k, "Savonese bloccato a Sharm el-Sheikh: «Mi hanno tolto il passaporto»", w, ["Paolo Bormioli"], rel=False, quotes=[q("Davide Pescetto")], junk=["Leggi tutto..."],
                     note="A local man's trouble abroad: consular human interest, not relevant."))
    w = d(2012, 6, 16, 15, 0, 0, 2)
    add(9384, "fotogallery-regata-storica", "FOTOGALLERY | La regata delle Antiche Repubbliche vista dalla Fortezza", w, None,
        '<p><img src="images/stories/gallery/regata_2012_01.jpg" border="0" /></p>',
        lambda k: it(k, "La regata delle Antiche Repubbliche vista dalla Fortezza", w, [], story=False, rel=False, note="Gallery: not a story. Title label 'FOTOGALLERY |' may be kept or dropped."))
    w = d(2012, 6, 16, 8, 0, 0, 2)
    add(9377, "egitto-ballottaggio-presidenziali", "Egitto al ballottaggio, sfida tra Morsi e Shafiq", w, "Ansa",
        "<p><strong>IL CAIRO</strong> - Gli egiziani votano per il ballottaggio delle prime presidenziali dopo la caduta di Mubarak. Affluenza bassa nella prima giornata. (ANSA)</p>" + rm(9377, "egitto-ballottaggio-presidenziali"),
        lambda k: it(k, "Egitto al ballottaggio, sfida tra Morsi e Shafiq", w, [], junk=["(ANSA)", "Leggi tutto..."], note="Agency in <author>: no person. Candidates appear only as a setting. Relevant."))
    head = (f'\t\t<title>Esteri</title>\n\t\t<description>Il Corriere del Letimbro - quotidiano di Savona e provincia</description>\n\t\t<link>{base}/esteri.html</link>\n'
            f'\t\t<lastBuildDate>{rfc822(d(2012, 6, 18, 17, 12, 40))}</lastBuildDate>\n\t\t<generator>Joomla! 1.5 - Open Source Content Management</generator>\n\t\t<language>it-it</language>\n')
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! 1.5 - Open Source Content Management" -->\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("it_sv_corrieredelletimbro_esteri_joomla15.rss.xml", text, items, lang="it", outlet="Il Corriere del Letimbro", aliases=["Corriere del Letimbro"],
                structure="Savona daily's 'Esteri' category on Joomla 1.5 with SEF URLs (/esteri.feed?type=rss): the generator comment, tab indentation, channel title only 'Esteri' (the brand only in the description), language it-it, items WITHOUT guid ('/esteri/<id>-<alias>.html' links), CDATA intro text with «…» quotes, upper-case datelines with ' - ', a relative 'images/stories/…' path and the 'Leggi tutto...' readon link, <author> holding the created_by_alias (a reporter, 'A e B', 'Redazione', 'Ansa') or absent, UTC +0000 pubDates (newsroom +0200), a gallery, June 2012",
                notes="Home country: Italy (Liguria). No guids: the link is the key.")


# ---------------------------------------------------------------- Foggia daily, custom PHP (March 2013)
def capitanata():
    base = "http://www.quotidianodicapitanata.example"
    rows, items = [], []

    def add(aid, title, when, author, body, exp):
        link = f"{base}/notizia.php?id={aid}&amp;sez=esteri"
        a = f"\n<dc:creator>{esc(author)}</dc:creator>" if author else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{link}</link>\n<guid isPermaLink=\"true\">{link}</guid>\n<pubDate>{rfc822(when)}</pubDate>{a}\n<description>{esc(body)}</description>\n</item>")
        items.append(exp(link.replace("&amp;", "&")))

    w = d(2013, 3, 14, 20, 15, 0, 1)
    add(51207, "Il nuovo Papa è argentino: festa a Buenos Aires", w, "Redazione Esteri",
        "<p>BUENOS AIRES &ndash; Migliaia di persone si sono radunate in Plaza de Mayo dopo l&rsquo;elezione del primo Papa latinoamericano.</p><p>&laquo;Per noi &egrave; come vincere un Mondiale, ma pi&ugrave; importante&raquo;, ha detto Mar&iacute;a Eugenia Cardozo, insegnante di Flores.</p>",
        lambda k: it(k, "Il nuovo Papa è argentino: festa a Buenos Aires", w, [], quotes=[q("María Eugenia Cardozo")],
                     note="Escaped HTML with HTML named entities (&egrave; &laquo; &rsquo; &iacute;) that XML leaves as text: they must be resolved. 'Redazione Esteri' is a desk. An occupation and a district give no affiliation. Relevant (reaction abroad)."))
    w = d(2013, 3, 14, 12, 0, 0, 1)
    add(51199, "Marò, l&rsquo;India trattiene l&rsquo;ambasciatore italiano", w, "Michele Russo Iacobelli",
        "<p>NEW DELHI &ndash; La Corte suprema indiana ha vietato all&rsquo;ambasciatore italiano di lasciare il Paese dopo la decisione di Roma di non far rientrare i due fucilieri.</p><p>&laquo;&Egrave; una violazione della Convenzione di Vienna&raquo;, ha detto l&rsquo;esperto di diritto internazionale Angelo Marzocca dell&rsquo;Universit&agrave; di Foggia.</p>",
        lambda k: it(k, "Marò, l'India trattiene l'ambasciatore italiano", w, ["Michele Russo Iacobelli"], quotes=[q("Angelo Marzocca", "Università di Foggia")],
                     note="The title itself carries HTML entities escaped once ('&amp;rsquo;' in the XML): the clean title has the apostrophes. Diplomatic dispute: relevant."))
    w = d(2013, 3, 13, 18, 30, 0, 1)
    add(51190, "Foggia, la Provincia taglia le corse dei bus per il Gargano", w, "Michele Russo Iacobelli",
        "<p>FOGGIA &ndash; Dal primo aprile la Provincia ridurr&agrave; le corse dei bus verso il Gargano.</p>",
        lambda k: it(k, "Foggia, la Provincia taglia le corse dei bus per il Gargano", w, ["Michele Russo Iacobelli"], rel=False, note="Local news in the 'esteri' section: not relevant."))
    w = d(2013, 3, 13, 9, 0, 0, 1)
    add(51184, "Venezuela, Maduro candidato: elezioni il 14 aprile", w, None,
        "<p>CARACAS &ndash; Il Consiglio elettorale ha fissato le presidenziali per il 14 aprile. (Ansa)</p>",
        lambda k: it(k, "Venezuela, Maduro candidato: elezioni il 14 aprile", w, [], junk=["(Ansa)"], note="Agency note without author: relevant."))
    w = d(2013, 3, 12, 16, 0, 0, 1)
    add(51176, "Braccianti stranieri, blitz a Borgo Mezzanone: tre arresti per caporalato", w, "Lucia Dell'Aquila",
        "<p>FOGGIA &ndash; Tre persone arrestate per sfruttamento di braccianti africani nei campi intorno a Borgo Mezzanone.</p><p>&laquo;Li pagavano tre euro l&rsquo;ora&raquo;, ha detto il comandante provinciale dei Carabinieri, colonnello Enrico Spadaro.</p>",
        lambda k: it(k, "Braccianti stranieri, blitz a Borgo Mezzanone: tre arresti per caporalato", w, ["Lucia Dell'Aquila"], rel=False, quotes=[q("Enrico Spadaro", "Carabinieri")],
                     note="Crime at home involving foreign workers: not relevant. Apostrophe in the surname 'Dell'Aquila'. Affiliation: the body in the role ('comandante provinciale dei Carabinieri')."))
    w = d(2013, 3, 12, 8, 0, 0, 1)
    add(51170, "Sondaggio: chi sar&agrave; il prossimo Papa? Vota", w, None,
        "<p>Partecipa al nostro sondaggio sulla home page.</p>",
        lambda k: it(k, "Sondaggio: chi sarà il prossimo Papa? Vota", w, [], story=False, rel=False, note="Reader poll: not a story. Title label 'Sondaggio:' may be kept or dropped."))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n<title>Quotidiano di Capitanata - Esteri</title>\n'
            f'<link>{base}/</link>\n<description>Le notizie dal mondo</description>\n<language>it</language>\n<copyright>Copyright 2013 Edizioni Dauniche s.r.l. - P.IVA 03311220712</copyright>\n<webMaster>webmaster@quotidianodicapitanata.example</webMaster>\n'
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("it_fg_quotidianodicapitanata_esteri_php.rss.xml", text, items, lang="it", outlet="Quotidiano di Capitanata",
                structure="Foggia daily's home-made PHP feed (notizia.php?id=…&amp;sez=esteri, 2013): no indentation, channel 'Brand - Esteri', language 'it', copyright with the s.r.l. and its VAT number, webMaster, items with guid isPermaLink=\"true\" repeating the link, pubDate BEFORE dc:creator and description, dc:creator with a reporter, 'Redazione Esteri' or absent, escaped HTML descriptions whose text uses HTML named entities (&egrave; &agrave; &laquo; &raquo; &rsquo; &ndash; &iacute;) that XML does not resolve, titles with entities escaped once ('l&amp;rsquo;', 'sar&amp;agrave;'), upper-case datelines with &ndash;, '(Ansa)' tails, local news filed as esteri, a reader poll, +0100 dates, March 2013",
                notes="Home country: Italy (Apulia). Entities in titles and descriptions must be resolved as HTML after XML parsing.")


FEEDS = [nordseebote, okerkurier, welser, letimbro, capitanata]
