# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German and Italian feeds of the twenty-ninth held-out set: a Hamburg news site's Ausland RSS
(2016), a public broadcaster's news RSS with full content (2017), a Frankfurt daily's Ausland
RSS (2018), a Milan daily's Esteri RSS (2015) and a Rome daily's Esteri RSS (2017). All outlets,
people and quotations are invented."""
from h29 import cd, d, esc, feed, it, q, rfc822


# ---------------------------------------------------------------- Hamburg news magazine site, Ausland RSS (2016)
def kompass():
    rows, items = [], []
    base = "http://www.kompass-online.example"

    def add(path, title, when, desc, exp, img=True):
        url = f"{base}/{path}"
        enc = f'\n<enclosure type="image/jpeg" url="http://cdn2.kompass-online.example/images/image-{path[-12:-5]}-thumb-{path[-7:-5]}ab.jpg" />' if img else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}#ref=rss</link>\n<description>{esc(desc)}</description>{enc}\n<guid>{url}</guid>\n"
                    f"<pubDate>{rfc822(when)}</pubDate>\n<content:encoded>{cd(desc)}</content:encoded>\n</item>")
        items.append(exp(url))

    o = 1
    w = d(2016, 12, 14, 10, 31, 0, o)
    add("politik/ausland/aleppo-waffenruhe-gebrochen-evakuierung-gestoppt-a-1125810.html", "Aleppo: Waffenruhe gebrochen, Evakuierung gestoppt", w,
        "Die Feuerpause für Ost-Aleppo hat nur wenige Stunden gehalten. Am Morgen schlugen wieder Granaten ein, die Busse für die Evakuierung der Zivilisten blieben leer. Russland macht die Rebellen verantwortlich.",
        lambda k: it(k, "Aleppo: Waffenruhe gebrochen, Evakuierung gestoppt", w,
                     note="Title in the site's 'Dachzeile: Überschrift' form (the kicker is part of the headline). Description repeated as CDATA content:encoded."))
    w = d(2016, 12, 14, 9, 2, 0, o)
    add("politik/ausland/donald-trump-rex-tillerson-aussenminister-kritik-senat-a-1125771.html", "Designierter US-Außenminister: Republikaner zweifeln an Trumps Kandidaten", w,
        "Der künftige Präsident will einen Ölmanager mit engen Kontakten nach Moskau zum Chefdiplomaten machen. Im Senat regt sich Widerstand auch in der eigenen Partei. »Wir werden sehr genau hinschauen«, sagt der Senator Walt Brennigan.",
        lambda k: it(k, "Designierter US-Außenminister: Republikaner zweifeln an Trumps Kandidaten", w, quotes=[q("Walt Brennigan")],
                     note="»…« guillemets, the magazine's house style; the speaker is given after the quote."))
    w = d(2016, 12, 13, 18, 44, 0, o)
    add("video/gambia-jammeh-wahlergebnis-video-1725530.html", "Gambia: Jammeh erkennt Wahlniederlage nicht an - Video", w,
        "Erst gratulierte er seinem Herausforderer, jetzt will Gambias Machthaber die Wahl annullieren lassen.",
        lambda k: it(k, "Gambia: Jammeh erkennt Wahlniederlage nicht an - Video", w, story=False, rel=False,
                     note="Video (link under /video/, ' - Video' suffix): not a story."), img=False)
    w = d(2016, 12, 13, 15, 20, 0, o)
    add("politik/ausland/italien-paolo-gentiloni-regierung-vereidigt-a-1125640.html", "Italien: Neue Regierung vereidigt", w,
        "Eine Woche nach dem Rücktritt von Matteo Renzi hat Italien einen neuen Ministerpräsidenten. Paolo Gentiloni übernimmt fast das gesamte Kabinett seines Vorgängers.",
        lambda k: it(k, "Italien: Neue Regierung vereidigt", w))
    w = d(2016, 12, 13, 12, 5, 0, o)
    add("politik/ausland/suedkorea-park-geun-hye-proteste-kerzen-seoul-a-1125555.html", "Südkorea nach dem Amtsenthebungsvotum: Die Kerzen brennen weiter", w,
        "Hunderttausende Südkoreaner demonstrieren Woche für Woche gegen ihre Präsidentin. Eine Reportage aus Seoul. Von Hanna Köhler-Yun",
        lambda k: it(k, "Südkorea nach dem Amtsenthebungsvotum: Die Kerzen brennen weiter", w, ["Hanna Köhler-Yun"], junk=["Von Hanna Köhler-Yun"],
                     note="The magazine's teaser ends with the byline 'Von NAME' (no author element in the feed)."))
    w = d(2016, 12, 13, 8, 0, 0, o)
    add("politik/ausland/die-lage-am-dienstag-a-1125480.html", "Die Lage am Dienstag: Was heute wichtig ist", w,
        "Aleppo, Italien, Südkorea: Unser Überblick über die Nachrichten des Tages. Jetzt auch als Newsletter.",
        lambda k: it(k, "Die Lage am Dienstag: Was heute wichtig ist", w, story=False, rel=False, note="Morning briefing digest and newsletter promo: not a story."))
    channel = ("<title>KOMPASS ONLINE - Ausland</title>\n<link>http://www.kompass-online.example</link>\n"
               "<description>Deutschlands Nachrichtenseite. Alles Wichtige aus Politik, Wirtschaft, Sport, Kultur, Wissenschaft, Technik und mehr.</description>\n"
               f"<language>de</language>\n<pubDate>{rfc822(d(2016, 12, 14, 10, 35, 0, o))}</pubDate>\n<lastBuildDate>{rfc822(d(2016, 12, 14, 10, 35, 0, o))}</lastBuildDate>\n"
               "<image>\n<title>KOMPASS ONLINE</title>\n<link>http://www.kompass-online.example</link>\n<url>http://www.kompass-online.example/static/sys/logo_120x61.gif</url>\n</image>")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("de_kompassonline_ausland_2016.rss.xml", text, items, lang="de", outlet="Kompass Online", aliases=["KOMPASS ONLINE", "Der Kompass", "Kompass"],
                structure="SPIEGEL ONLINE-style (Hamburg) news site's Ausland RSS as of December 2016: only the content namespace, upper-case brand 'BRAND ONLINE - Ausland', channel pubDate and lastBuildDate, items at column 0: title as 'Dachzeile: Überschrift', '…-a-<7 digits>.html#ref=rss' links with the bare URL as guid, plain teaser description, an image <enclosure> with url AFTER type, +0100 pubDate, content:encoded repeating the teaser in CDATA LAST, a teaser ending in the 'Von NAME' byline, »…« quotes, a '/video/' item with ' - Video' suffix and a 'Die Lage am …' morning briefing")


# ---------------------------------------------------------------- public broadcaster news site, RSS with full content (2017)
def tagesbild():
    rows, items = [], []
    base = "http://www.tagesbild.example"

    def add(path, title, when, desc, body, exp):
        url = f"{base}/{path}"
        foot = f'<p>Meldung bei <a href="{url}">www.tagesbild.example</a> lesen</p>'
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{esc(desc)}</description>\n      <pubDate>{rfc822(when)}</pubDate>\n"
                    f"      <content:encoded>{cd(body + foot)}</content:encoded>\n      <guid>{url}</guid>\n    </item>")
        items.append(exp(url))

    o = 2

    def pic(n, cap):
        return f'<p> <a href="{base}/multimedia/bilder/{n}.html"><img src="{base}/multimedia/bilder/{n}~_v-mittel16x9.jpg" alt="{cap}" title="{cap}" /></a> <br/> <br/>'

    w = d(2017, 9, 20, 17, 42, 0, o)
    add("ausland/myanmar-rohingya-suu-kyi-rede-101.html", "Rede zur Rohingya-Krise: Suu Kyi verteidigt Militär", w,
        "Myanmars De-facto-Regierungschefin hat sich erstmals ausführlich zur Gewalt gegen die Rohingya geäußert - und Kritik zurückgewiesen.",
        pic("myanmar-1234", "Flüchtlinge an der Grenze zu Bangladesch | Bildquelle: AFP")
        + "Myanmars De-facto-Regierungschefin hat sich erstmals ausführlich zur Gewalt gegen die Rohingya geäußert. Ihr Land fürchte keine internationale Prüfung, sagte sie in Naypyidaw. <br/> <br/>Von Moritz Albrecht, DRF-Studio Singapur</p>"
        "<p>Mehr als 400.000 Menschen sind nach Angaben der Vereinten Nationen seit Ende August nach Bangladesch geflohen. Sie kündigte an, Beobachter ins Land zu lassen. Menschenrechtler warfen ihr vor, die Verantwortung der Armee zu verschweigen.</p>"
        f'<p><em>Mehr zu diesem Thema:</em></p><ul><li><a href="{base}/ausland/rohingya-bangladesch-105.html">Flüchtlingslager in Bangladesch überfüllt, 18.09.2017</a></li></ul>',
        lambda k: it(k, "Rede zur Rohingya-Krise: Suu Kyi verteidigt Militär", w, ["Moritz Albrecht"],
                     junk=["Bildquelle", "DRF-Studio", "Meldung bei", "Mehr zu diesem Thema", "Flüchtlingslager in Bangladesch überfüllt"],
                     note="Byline 'Von NAME, DRF-Studio City' inside the body after <br/><br/>; image alt/title with 'Bildquelle:'; related links and the 'Meldung bei … lesen' footer."))
    w = d(2017, 9, 20, 15, 10, 0, o)
    add("ausland/katalonien-razzia-guardia-civil-103.html", "Razzien in Katalonien: Spanische Polizei nimmt Regierungsbeamte fest", w,
        "Vor dem umstrittenen Unabhängigkeitsreferendum hat die Guardia Civil mehrere Ministerien der katalanischen Regionalregierung durchsucht.",
        pic("katalonien-5678", "Demonstranten in Barcelona | Bildquelle: REUTERS")
        + "Vor dem umstrittenen Unabhängigkeitsreferendum hat die spanische Polizei mehrere Ministerien der katalanischen Regionalregierung durchsucht und 14 Beamte festgenommen. Tausende Menschen protestierten in Barcelona.</p>"
        "<p>„Das ist ein Angriff auf unsere Institutionen“, sagte der katalanische Regierungssprecher Jordi Serrat. Madrid verwies auf ein Urteil des Verfassungsgerichts.</p>",
        lambda k: it(k, "Razzien in Katalonien: Spanische Polizei nimmt Regierungsbeamte fest", w, [], quotes=[q("Jordi Serrat")], junk=["Bildquelle", "Meldung bei"]))
    w = d(2017, 9, 20, 12, 0, 0, o)
    add("inland/btw17/wahlkampf-endspurt-kanzlerkandidaten-107.html", "Endspurt im Wahlkampf: Wer mit wem?", w,
        "Fünf Tage vor der Bundestagswahl werben die Parteien um die Unentschlossenen. Ein Überblick über mögliche Koalitionen.",
        "<p>Fünf Tage vor der Bundestagswahl sind nach Umfragen noch immer rund ein Drittel der Wähler unentschlossen. Die Parteien setzen im Endspurt auf Kundgebungen in den Großstädten.</p>",
        lambda k: it(k, "Endspurt im Wahlkampf: Wer mit wem?", w, [], rel=False, junk=["Meldung bei"], note="German domestic election: not relevant for a German outlet."))
    w = d(2017, 9, 20, 9, 30, 0, o)
    add("ausland/mexiko-erdbeben-schule-117.html", "Erdbeben in Mexiko: Mehr als 200 Tote", w,
        "Bei dem schweren Erdbeben in Mexiko sind mehr als 200 Menschen ums Leben gekommen. In Mexiko-Stadt stürzte eine Schule ein.",
        pic("mexiko-9012", "Helfer in Mexiko-Stadt | Bildquelle: AP")
        + "Bei dem Beben der Stärke 7,1 sind nach Behördenangaben mehr als 200 Menschen ums Leben gekommen. In Mexiko-Stadt suchen Helfer in den Trümmern einer Grundschule nach Kindern.</p>",
        lambda k: it(k, "Erdbeben in Mexiko: Mehr als 200 Tote", w, [], junk=["Bildquelle", "Meldung bei"], note="Deadly natural disaster abroad: relevant (rule D)."))
    w = d(2017, 9, 20, 7, 0, 0, o)
    add("multimedia/video/video-331455.html", "Video: UN-Vollversammlung - Trump droht Nordkorea", w,
        "Video: UN-Vollversammlung - Trump droht Nordkorea",
        '<p><a href="' + base + '/multimedia/video/video-331455.html">Video ansehen</a></p>',
        lambda k: it(k, "UN-Vollversammlung - Trump droht Nordkorea", w, [], story=False, rel=False,
                     note="Video item: not a story. Title label 'Video:' may be kept or dropped."))
    w = d(2017, 9, 19, 22, 15, 0, o)
    add("ausland/un-vollversammlung-trump-rede-111.html", "Trumps erste Rede vor der UN: Drohungen gegen Nordkorea und Iran", w,
        "In seiner ersten Rede vor der UN-Vollversammlung hat US-Präsident Trump Nordkorea mit der völligen Zerstörung gedroht.",
        pic("un-3456", "US-Präsident Trump vor der UN-Vollversammlung | Bildquelle: dpa")
        + "US-Präsident Trump hat in seiner ersten Rede vor den Vereinten Nationen Nordkorea mit der völligen Zerstörung gedroht, sollten die USA gezwungen sein, sich zu verteidigen. Auch das Atomabkommen mit dem Iran griff er an. <br/> <br/>Von Sabine Thorwald, DRF-Studio New York</p>"
        "<p>Diplomaten im Saal reagierten mit Raunen. Die Bundesregierung erklärte am Abend, sie halte an dem Abkommen fest.</p>",
        lambda k: it(k, "Trumps erste Rede vor der UN: Drohungen gegen Nordkorea und Iran", w, ["Sabine Thorwald"], junk=["Bildquelle", "DRF-Studio", "Meldung bei"]))
    channel = ("    <title>tagesbild.example - Die Nachrichten der DRF</title>\n    <link>http://www.tagesbild.example</link>\n"
               "    <description>tagesbild.example - Die Nachrichten der DRF</description>\n    <language>de</language>\n    <copyright>DRF-aktuell / tagesbild.example</copyright>\n"
               f"    <lastBuildDate>{rfc822(d(2017, 9, 20, 17, 45, 0, o))}</lastBuildDate>\n    <docs>http://blogs.law.harvard.edu/tech/rss</docs>\n    <ttl>5</ttl>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n  <channel>\n' + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n"
    return feed("de_tagesbild_nachrichten_2017.rss.xml", text, items, lang="de", outlet="Tagesbild", aliases=["tagesbild.example", "tagesbild", "DRF"],
                structure="tagesschau.de-style public broadcaster news RSS ('/xml/rss2') as of September 2017: channel 'domain - Die Nachrichten der NETWORK' as title AND description, copyright 'NETWORK-aktuell / domain', Harvard <docs>, ttl 5, items: title, link, teaser description, +0200 pubDate, CDATA content:encoded BEFORE guid with '<p> <a><img alt=… title=\"Caption | Bildquelle: AGENCY\"/></a> <br/> <br/>' lead, a byline 'Von NAME, NETWORK-Studio CITY' after '<br/> <br/>' inside the first paragraph, „…“ quotes, an italic 'Mehr zu diesem Thema:' related list, and the 'Meldung bei www.domain lesen' footer on every item; a video item whose description repeats the title, a domestic election item, September 2017")


# ---------------------------------------------------------------- Frankfurt daily, Politik - Ausland RSS (2018)
def rma():
    rows, items = [], []
    base = "http://www.rma.example"

    def add(path, title, when, creator, teaser, exp, img=True):
        url = f"{base}/aktuell/politik/ausland/{path}"
        pic = f'<p><a href="{url}"><img src="http://media0.rma.example/ppmedia/aktuell/{path[-13:-5]}/1_1/128/bild.jpg" align="left" /></a>{esc(teaser)}</p>' if img else f"<p>{esc(teaser)}</p>"
        cr = f"\n<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<description>{esc(pic)}</description>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>\n<pubDate>{rfc822(when)}</pubDate>{cr}\n</item>")
        items.append(exp(url))

    o = 1
    w = d(2018, 3, 5, 16, 48, 21, o)
    add("italien-nach-der-wahl-populisten-vorn-15479120.html", "Italien nach der Wahl: Populisten vorn, keine Mehrheit in Sicht", w, "Jörn Bremerhaus, Rom",
        "Die Fünf-Sterne-Bewegung wird stärkste Partei, das Mitte-rechts-Lager stärkstes Bündnis. Eine Regierungsbildung dürfte Monate dauern. Brüssel reagiert nervös.",
        lambda k: it(k, "Italien nach der Wahl: Populisten vorn, keine Mehrheit in Sicht", w, ["Jörn Bremerhaus"],
                     note="dc:creator 'Name, Ort' (the correspondent's city after a comma is not part of the name); escaped description with a left-aligned image link glued to the teaser."))
    w = d(2018, 3, 5, 14, 2, 9, o)
    add("russland-ex-agent-in-salisbury-vergiftet-15478855.html", "Ex-Agent in England: Rätselhafte Vergiftung in Salisbury", w, "Gina Thomae, London",
        "Ein früherer russischer Doppelagent und seine Tochter liegen nach dem Kontakt mit einer unbekannten Substanz im Koma. „Wir schließen nichts aus“, sagt Polizeichef Martin Rowse.",
        lambda k: it(k, "Ex-Agent in England: Rätselhafte Vergiftung in Salisbury", w, ["Gina Thomae"], quotes=[q("Martin Rowse")]))
    w = d(2018, 3, 5, 11, 20, 0, o)
    add("kommentar-zur-italien-wahl-ein-weckruf-15478610.html", "Kommentar zur Italien-Wahl: Ein Weckruf für Europa", w, "Karl-Dieter Frankwald",
        "Europa darf das Wahlergebnis nicht als italienische Sonderlichkeit abtun. Es ist das Ergebnis von Jahren ohne Wachstum.",
        lambda k: it(k, "Ein Weckruf für Europa", w, ["Karl-Dieter Frankwald"],
                     note="Commentary: a story (opinion). Title label 'Kommentar zur Italien-Wahl:' may be kept or dropped."))
    w = d(2018, 3, 5, 9, 45, 0, o)
    add("rma-plus-wie-china-seine-verfassung-aendert-15478301.html", "RMA Plus: Wie Xi Jinping sich die Verfassung zurechtlegt", w, "Frauke Bogner, Peking",
        "Der Volkskongress soll die Amtszeitbegrenzung für den Präsidenten streichen. Was das für China bedeutet.",
        lambda k: it(k, "Wie Xi Jinping sich die Verfassung zurechtlegt", w, ["Frauke Bogner"],
                     note="Paywalled article (the site's 'RMA Plus:' label): still a story. Title label 'RMA Plus:' may be kept or dropped."))
    w = d(2018, 3, 4, 20, 10, 33, o)
    add("liveblog-zur-italien-wahl-15477900.html", "Liveblog zur Italien-Wahl: Die Hochrechnungen im Überblick", w, "",
        "Alle Entwicklungen des Wahlabends im Liveblog.",
        lambda k: it(k, "Liveblog zur Italien-Wahl: Die Hochrechnungen im Überblick", w, [], story=False, rel=False, note="Live blog: not a story."), img=False)
    w = d(2018, 3, 4, 17, 0, 0, o)
    add("ski-alpin-weltcup-neureuther-comeback-15477701.html", "Ski alpin: Deutscher Slalomfahrer feiert Comeback mit Rang fünf", w, "dpa",
        "Nach einem Jahr Verletzungspause fährt der Routinier in Kranjska Gora wieder unter die besten Fünf.",
        lambda k: it(k, "Ski alpin: Deutscher Slalomfahrer feiert Comeback mit Rang fünf", w, [], rel=False,
                     note="Sport item misfiled in the Ausland section: not relevant. dc:creator 'dpa' is an agency, not a person."))
    channel = (f"<title>RMA.NET - Politik - Ausland</title>\n<link>{base}/aktuell/politik/ausland/</link>\n<description>Nachrichten aus dem Ausland: aktuelle Berichte und Hintergründe</description>\n"
               "<language>de</language>\n<copyright>Rhein-Main Allgemeine Zeitung GmbH</copyright>\n"
               f"<lastBuildDate>{rfc822(d(2018, 3, 5, 16, 50, 0, o))}</lastBuildDate>\n<atom:link href=\"{base}/rss/aktuell/politik/ausland/\" rel=\"self\" type=\"application/rss+xml\" />")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("de_rma_politik_ausland_2018.rss.xml", text, items, lang="de", outlet="Rhein-Main Allgemeine", aliases=["RMA.NET", "RMA", "Rhein-Main Allgemeine Zeitung"],
                structure="FAZ.NET-style (Frankfurt) daily's 'Politik - Ausland' RSS as of March 2018: channel 'BRAND.NET - Politik - Ausland', copyright of the publishing GmbH, items: title, escaped description with '<p><a><img align=left/></a>teaser</p>' BEFORE link, permalink guid, '…-<8 digits>.html' URLs, +0100 pubDate, dc:creator LAST in the 'Name, City' form (or an agency, or absent), a 'Kommentar zur …:' column, a paywalled 'BRAND Plus:' article, a live blog, a sport item misfiled")


# ---------------------------------------------------------------- Milan daily, Esteri RSS (2015)
def diario():
    rows, items = [], []
    base = "http://www.diariodellasera.example"

    def add(path, title, when, desc, exp):
        url = f"{base}/{path}"
        rows.append(f"<item>\n\t<title>{cd(title)}</title>\n\t<link>{url}</link>\n\t<description>{cd(desc)}</description>\n\t<pubDate>{rfc822(when, gmt=True)}</pubDate>\n\t<guid>{url}</guid>\n</item>")
        items.append(exp(url))

    w = d(2015, 11, 16, 10, 12, 3, 0)
    add("esteri/15_novembre_16/parigi-attentati-caccia-all-ottavo-uomo-perquisizioni-in-belgio-8c3b1f2e-8c3b-11e5-a1b3-7d3f0e2a9c41.shtml", "Parigi, caccia all'ottavo uomo. Perquisizioni in Belgio", w,
        '<img src="http://images2.diariodellasera.example/esteri/2015/11/16/parigi-polizia-thumb.jpg" width="80" height="60" /> La polizia francese ha diffuso la foto di un sospettato. Raid a Molenbeek, il quartiere di Bruxelles da cui sarebbero partiti alcuni attentatori. di Stefano Mariani, nostro corrispondente',
        lambda k: it(k, "Parigi, caccia all'ottavo uomo. Perquisizioni in Belgio", w, ["Stefano Mariani"], junk=["nostro corrispondente"],
                     note="Teaser with a thumbnail <img> first and the byline 'di NAME, nostro corrispondente' glued at the end (no author element)."))
    w = d(2015, 11, 16, 8, 40, 55, 0)
    add("esteri/15_novembre_16/hollande-congresso-versailles-stato-d-emergenza-5a7e9c10-8c2a-11e5-a1b3-7d3f0e2a9c41.shtml", "Hollande al Congresso: stato d'emergenza per altri tre mesi", w,
        "Il presidente francese chiede di prolungare di tre mesi lo stato d'emergenza e annuncia l'intensificazione dei raid in Siria. «Serve una grande coalizione», ha detto il ministro degli Esteri Laurent Vidal.",
        lambda k: it(k, "Hollande al Congresso: stato d'emergenza per altri tre mesi", w, quotes=[q("Laurent Vidal")],
                     note="«…» quotes."))
    w = d(2015, 11, 15, 21, 5, 0, 0)
    add("esteri/15_novembre_15/g20-antalya-putin-obama-colloquio-siria-6e2d4a8c-8bb0-11e5-a1b3-7d3f0e2a9c41.shtml", "G20 di Antalya, colloquio a sorpresa tra Putin e Obama sulla Siria", w,
        "Trentacinque minuti seduti su due poltrone in un angolo della sala. I due leader concordano sulla necessità di una transizione politica guidata dai siriani.",
        lambda k: it(k, "G20 di Antalya, colloquio a sorpresa tra Putin e Obama sulla Siria", w))
    w = d(2015, 11, 15, 17, 30, 0, 0)
    add("foto-gallery/esteri/15_novembre_15/parigi-i-fiori-della-republique-f0a2b3c4-8b91-11e5-a1b3-7d3f0e2a9c41.shtml", "Parigi, i fiori di Place de la République", w,
        "Le immagini del memoriale spontaneo. Foto",
        lambda k: it(k, "Parigi, i fiori di Place de la République", w, story=False, rel=False, note="Photo gallery (/foto-gallery/ path, 'Foto' tail): not a story."))
    w = d(2015, 11, 15, 12, 0, 0, 0)
    add("esteri/15_novembre_15/londra-la-regina-e-il-nuovo-cane-corgi-c1d2e3f4-8b60-11e5-a1b3-7d3f0e2a9c41.shtml", "Londra, a Buckingham Palace arriva un nuovo cucciolo", w,
        "Dopo la morte dell'ultimo corgi, la casa reale accoglie un piccolo dorgi. I tabloid si scatenano.",
        lambda k: it(k, "Londra, a Buckingham Palace arriva un nuovo cucciolo", w, rel=False, note="Royal curiosity: not relevant."))
    w = d(2015, 11, 15, 9, 15, 0, 0)
    add("esteri/15_novembre_15/myanmar-san-suu-kyi-lettera-ai-generali-a9b8c7d6-8b40-11e5-a1b3-7d3f0e2a9c41.shtml", "Myanmar, la lettera della Signora ai generali: «Parliamo di riconciliazione»", w,
        "La leader dell'opposizione, vincitrice delle elezioni, chiede un incontro al comandante dell'esercito e al presidente uscente. di Laura Bellini",
        lambda k: it(k, "Myanmar, la lettera della Signora ai generali: «Parliamo di riconciliazione»", w, ["Laura Bellini"], junk=["di Laura Bellini"]))
    channel = (f"<title>Diario della Sera - Esteri</title>\n<link>{base}/esteri/</link>\n<description>Diario della Sera - Esteri</description>\n<language>it-it</language>\n"
               f"<copyright>Copyright RCS Diario Editori S.p.a.</copyright>\n<lastBuildDate>{rfc822(d(2015, 11, 16, 10, 15, 0, 0), gmt=True)}</lastBuildDate>\n"
               f"<image>\n<title>Diario della Sera - Esteri</title>\n<url>http://images2.diariodellasera.example/images/logo_rss.gif</url>\n<link>{base}/esteri/</link>\n</image>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("it_diariodellasera_esteri_2015.rss.xml", text, items, lang="it", outlet="Diario della Sera",
                structure="Corriere della Sera-style (Milan) daily's Esteri RSS as of November 2015: no namespaces, channel 'Brand - Esteri' as title and description, 'S.p.a.' copyright, tab-indented item children, CDATA titles and descriptions, '/esteri/YY_<mese>_DD/<slug>-<uuid>.shtml' URLs as bare guids, teasers with a thumbnail <img> and the byline glued at the end ('di NAME, nostro corrispondente', 'di NAME'), «…» quotes, 'Luogo, …' headline style, a '/foto-gallery/' item ending 'Foto', GMT dates")


# ---------------------------------------------------------------- Rome daily, Esteri RSS (2017)
def agora():
    rows, items = [], []
    base = "http://www.agora.example"

    def add(path, n, title, when, desc, exp, author=None):
        url = f"{base}/esteri/{path}-{n}/"
        au = f"\n<author>{esc(author)}</author>" if author else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}?rss</link>\n<description>{cd(desc)}</description>{au}\n<pubDate>{rfc822(when)}</pubDate>\n<guid>{url}?rss</guid>\n"
                    f'<enclosure url="http://www.agora.example/images/2017/05/07/{n}-thumb.jpg" length="0" type="image/jpeg" />\n</item>')
        items.append(exp(url + "?rss"))

    o = 2
    img = '<img src="http://www.agora.example/images/2017/05/07/{}-thumb.jpg" width="140" align="left" hspace="10"/>'
    w = d(2017, 5, 7, 20, 15, 0, o)
    add("2017/05/07/news/francia_presidenziali_ballottaggio_risultati", "164773829", "Francia, Macron presidente con il 65%. Affluenza in calo", w,
        img.format("164773829") + "Il leader di En Marche! batte nettamente la candidata del Front National. Alle 20 i primi exit poll. Affluenza in calo rispetto al primo turno. dal nostro inviato ANDREA CORSETTI",
        lambda k: it(k, "Francia, Macron presidente con il 65%. Affluenza in calo", w, ["Andrea Corsetti"], junk=["dal nostro inviato", "ANDREA CORSETTI"],
                     note="Byline in the paper's upper-case form 'dal nostro inviato NAME' glued at the end of the CDATA description; shown as 'Andrea Corsetti'."))
    w = d(2017, 5, 7, 18, 2, 0, o)
    add("2017/05/07/news/siria_zone_di_deconflitto_accordo_astana", "164769012", "Siria, entrano in vigore le zone di \"de-escalation\". Damasco: \"Rispetteremo l'intesa\"", w,
        img.format("164769012") + "L'accordo firmato ad Astana da Russia, Turchia e Iran prevede quattro aree in cui sono vietati i raid aerei. \"È un primo passo, ma la strada è lunga\", ha detto l'inviato dell'Onu Staffan Lindqvist.",
        lambda k: it(k, "Siria, entrano in vigore le zone di \"de-escalation\". Damasco: \"Rispetteremo l'intesa\"", w, quotes=[q("Staffan Lindqvist", "Onu")]))
    w = d(2017, 5, 7, 15, 40, 0, o)
    add("2017/05/07/news/venezuela_proteste_morti_caracas", "164765500", "Venezuela, un altro morto negli scontri. Maduro convoca la costituente", w,
        img.format("164765500") + "Un ragazzo di 17 anni ucciso durante la marcia dell'opposizione a Caracas: sono 37 le vittime in un mese di proteste.",
        lambda k: it(k, "Venezuela, un altro morto negli scontri. Maduro convoca la costituente", w, ["Oreste Ciani"], note="Upper-case RSS <author> 'NAME SURNAME' (a person, shown as 'Oreste Ciani')."), author="ORESTE CIANI")
    w = d(2017, 5, 7, 12, 0, 0, o)
    add("2017/05/07/news/francia_il_voto_in_diretta", "164760001", "Francia al voto, la diretta", w,
        "Segui con noi la giornata elettorale minuto per minuto.",
        lambda k: it(k, "Francia al voto, la diretta", w, story=False, rel=False, note="Live coverage page ('la diretta'): not a story."))
    w = d(2017, 5, 7, 10, 30, 0, o)
    add("2017/05/07/news/giappone_robot_monaco_buddista", "164757300", "Giappone, il monaco buddista è un robot: celebra i funerali", w,
        img.format("164757300") + "Un'azienda di Tokyo propone un umanoide che recita i sutra per 50mila yen a cerimonia.",
        lambda k: it(k, "Giappone, il monaco buddista è un robot: celebra i funerali", w, rel=False, note="Curiosity: not relevant."))
    w = d(2017, 5, 6, 21, 50, 0, o)
    add("2017/05/06/news/corea_del_nord_missili_la_foto_gallery", "164750210", "Corea del Nord, le immagini della parata. FOTO", w,
        "Le foto dell'agenzia di Stato di Pyongyang.",
        lambda k: it(k, "Corea del Nord, le immagini della parata. FOTO", w, story=False, rel=False, note="Photo gallery ('FOTO'): not a story."))
    channel = (f"<title>Agora.it &gt; Esteri</title>\n<description>News, foto e video dal mondo</description>\n<link>{base}/esteri/</link>\n<language>it</language>\n"
               f"<copyright>Copyright Gruppo Editoriale Agorà S.p.A.</copyright>\n<lastBuildDate>{rfc822(d(2017, 5, 7, 20, 20, 0, o))}</lastBuildDate>\n<ttl>15</ttl>")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("it_agora_esteri_2017.rss.xml", text, items, lang="it", outlet="Agorà", aliases=["Agora.it", "Agora", "la Agorà"],
                structure="la Repubblica-style (Rome) daily's Esteri RSS ('/rss/esteri/rss2.0.xml') as of May 2017: channel 'Brand.it &gt; Esteri', 'S.p.A.' copyright, ttl, '/esteri/YYYY/MM/DD/news/<underscore_slug>-<9 digits>/?rss' links and guids, CDATA descriptions opening with '<img width=140 align=left hspace=10/>' glued to the text, the byline 'dal nostro inviato NAME' upper-case at the end of one teaser and an upper-case RSS <author> on another, straight double quotes in titles, image enclosure with length 0, a 'la diretta' live page and a 'FOTO' gallery, +0200 dates")


FEEDS = [kompass, tagesbild, rma, diario, agora]
