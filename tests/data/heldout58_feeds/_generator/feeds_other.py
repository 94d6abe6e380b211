# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu feeds of the fifty-eighth held-out set: a Chemnitz daily
(InterRed-style CMS), a Magdeburg daily (Atom from a custom Django CMS), a Dornbirn regional paper
(WordPress 6.9), a Ferrara daily (WordPress + Yoast, Italian footer), a Trapani daily (custom
PHP), a São Luís daily (headless Next.js front), a Leiria daily (Joomla 5), a Gujranwala Urdu site
(WordPress 6.8) and a Sukkur Urdu site (Atom from a Laravel CMS). All outlets, people and
quotations are invented."""
from h58 import cd, d, esc, feed, gmt, it, q, rfc822, wpt

WPNS = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
        '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n')


def wp_item(base, pid, link, title, when, creator, cats, desc, body):
    c = f"\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n" if body is not None else ""
    return (f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{link}</link>\n\t\t\t\t\t<comments>{link}#respond</comments>\n\t\t\n"
            f"\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{gmt(when)}</pubDate>\n"
            + "".join(f"\t\t<category><![CDATA[{x}]]></category>\n" for x in cats)
            + f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{desc}]]></description>\n{c}"
            f"\t\t\t\t\t\n\t\t\t\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>\n\t\t\t<slash:comments>0</slash:comments>\n\t\t\t\t\t\t</item>")


def wp_head(base, title, path, desc, built, lang, ver):
    return (WPNS + f'\t<title>{title}</title>\n\t<atom:link href="{base}{path}" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n\t<description>{desc}</description>\n'
            f'\t<lastBuildDate>{gmt(built)}</lastBuildDate>\n\t<language>{lang}</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n'
            f'\t<generator>https://wordpress.org/?v={ver}</generator>\n')


# ---------------------------------------------------------------- Chemnitz daily, InterRed-style CMS (2025)
def kassberg():
    base = "https://www.kassberg-kurier.example"
    rows, items = [], []

    def add(aid, ress, slug, title, when, desc, img, exp):
        link = f"{base}/{ress}/{slug}-artikel{aid}"
        enc = f'\n<enclosure url="{base}/img/{aid}/teaser.jpg" type="image/jpeg" length="0" />' if img else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{link}</link>\n<description>{esc(desc)}</description>{enc}\n<category>{ress.capitalize()}</category>\n"
                    f"<pubDate>{rfc822(when)}</pubDate>\n<guid isPermaLink=\"false\">kk-{aid}</guid>\n</item>")
        items.append(exp(f"kk-{aid}"))

    w = d(2025, 5, 14, 17, 25, 0, 2)
    add(11873402, "welt", "tschechien-grenzkontrollen-pendler", "Grenzkontrollen: Tschechien und Sachsen einigen sich auf Pendlerspur", w,
        "Von Jana Weißflog und Tomáš Dvořáček – Prag/Dresden. Für Berufspendler zwischen Sachsen und Tschechien soll es an drei Grenzübergängen eigene Fahrspuren geben. Darauf haben sich die Innenministerien beider Länder verständigt. „Wer jeden Tag über die Grenze zur Arbeit fährt, darf nicht jeden Tag eine halbe Stunde im Stau stehen“, sagte der tschechische Vize-Innenminister Radek Holub. (Foto: Uwe Meinhold)",
        True,
        lambda k: it(k, "Grenzkontrollen: Tschechien und Sachsen einigen sich auf Pendlerspur", w, ["Jana Weißflog", "Tomáš Dvořáček"], quotes=[q("Radek Holub", "Vize-Innenminister")],
                     junk=["Von Jana Weißflog", "Foto: Uwe Meinhold"],
                     note="The byline 'Von A und B – Ort/Ort.' opens the plain-text teaser (there is no author element) and the photo credit closes it. Border controls with the Czech Republic: relevant (Germany's relations with a neighbour, Schengen). The role 'tschechischer Vize-Innenminister' is the affiliation ('tschechisches Innenministerium' also acceptable)."))
    w = d(2025, 5, 14, 12, 10, 0, 2)
    add(11873355, "chemnitz", "kulturhauptstadt-bilanz-besucher", "Kulturhauptstadt: Halbzeitbilanz mit 1,2 Millionen Besuchern", w,
        "Von Steffen Rülke. Die Kulturhauptstadt Chemnitz 2025 zieht zur Halbzeit eine positive Bilanz. „Wir haben Menschen in die Stadt geholt, die vorher nicht wussten, wo Chemnitz liegt“, sagte Geschäftsführerin Dörte Kaltofen. (Foto: Harry Wendisch)",
        True,
        lambda k: it(k, "Kulturhauptstadt: Halbzeitbilanz mit 1,2 Millionen Besuchern", w, ["Steffen Rülke"], rel=False, quotes=[q("Dörte Kaltofen", "Geschäftsführerin")],
                     junk=["Von Steffen Rülke", "Foto: Harry Wendisch"], note="City culture news: not relevant, though the title is European."))
    w = d(2025, 5, 13, 19, 0, 0, 2)
    add(11873290, "welt", "ukraine-wiederaufbau-konferenz-rom-saechsische-firmen", "Wiederaufbau der Ukraine: Sächsische Firmen reisen nach Rom", w,
        "Von Jana Weißflog. Rund 20 Unternehmen aus Sachsen nehmen an der Wiederaufbaukonferenz für die Ukraine in Rom teil. Die Bundesregierung will dort weitere Kreditgarantien zusagen. Die Firmen hoffen auf Aufträge beim Bau von Wärmekraftwerken und Brücken. (Foto: dpa)",
        False,
        lambda k: it(k, "Wiederaufbau der Ukraine: Sächsische Firmen reisen nach Rom", w, ["Jana Weißflog"], junk=["Von Jana Weißflog", "Foto: dpa"],
                     note="An international conference with German government guarantees: relevant, though told through Saxon firms (the event is the conference, not the firms)."))
    w = d(2025, 5, 13, 14, 30, 0, 2)
    add(11873244, "sport", "cfc-aufstieg-regionalliga", "CFC: Mit Heimsieg weiter auf Aufstiegskurs", w,
        "Von Marco Schimmel. Der Chemnitzer FC hat sein Heimspiel gegen Lok Leipzig mit 2:0 gewonnen.",
        False,
        lambda k: it(k, "CFC: Mit Heimsieg weiter auf Aufstiegskurs", w, ["Marco Schimmel"], rel=False, junk=["Von Marco Schimmel"], note="Local football: not relevant."))
    w = d(2025, 5, 12, 18, 45, 0, 2)
    add(11873188, "welt", "bildergalerie-kulturhauptstadt-bruecken", "Bildergalerie: Kunst auf den Brücken der Chemnitz", w,
        "Die schönsten Bilder vom Brückenfest. (Fotos: Harry Wendisch)",
        True,
        lambda k: it(k, "Kunst auf den Brücken der Chemnitz", w, [], story=False, rel=False, junk=["Fotos: Harry Wendisch"],
                     note="Gallery filed in the world section: not a story. Title label 'Bildergalerie:' may be kept or dropped."))
    w = d(2025, 5, 12, 9, 5, 0, 2)
    add(11873150, "welt", "polen-praesidentenwahl-stichwahl-grenzregion", "Polen vor der Stichwahl: Was die Wahl für die Grenzregion bedeutet", w,
        "Von Agnieszka Nowak-Richter – Görlitz/Zgorzelec. Vor der Stichwahl um das Präsidentenamt in Polen blicken Unternehmer und Politiker in der Grenzregion mit Sorge auf das Verhältnis zu Berlin. „Es geht darum, ob Warschau mit uns redet oder über uns“, sagt Kamil Zieliński, Sprecher der Deutsch-Polnischen Industrie- und Handelskammer. (Foto: Paul Glaser)",
        True,
        lambda k: it(k, "Polen vor der Stichwahl: Was die Wahl für die Grenzregion bedeutet", w, ["Agnieszka Nowak-Richter"], quotes=[q("Kamil Zieliński", "Deutsch-Polnischen Industrie- und Handelskammer")],
                     junk=["Von Agnieszka Nowak-Richter", "Foto: Paul Glaser"], note="Foreign election and German–Polish relations: relevant. The quote uses the present tense 'sagt'. The affiliation is the body in the case the text writes it ('Sprecher der Deutsch-Polnischen …': genitive, as set 56's audit corrected)."))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<title>Kaßberg-Kurier - Welt</title>\n'
            f"<link>{base}/welt</link>\n<description>Nachrichten aus aller Welt - Kaßberg-Kurier</description>\n<language>de-de</language>\n"
            f"<copyright>© Kaßberg-Kurier Verlagsgesellschaft mbH &amp; Co. KG</copyright>\n<pubDate>{rfc822(d(2025, 5, 14, 17, 30, 0, 2))}</pubDate>\n<image>\n<url>{base}/img/logo-rss.png</url>\n<title>Kaßberg-Kurier - Welt</title>\n<link>{base}</link>\n</image>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("de_kassbergkurier_welt_interred.rss.xml", text, items, lang="de", outlet="Kaßberg-Kurier", aliases=["Kassberg-Kurier"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Chemnitz daily's 'Welt' RSS from an InterRed-style publishing system (May 2025): plain RSS 2.0 without namespaces, channel 'Brand - Welt', publisher copyright with '&amp; Co. KG', 'kk-<id>' guids, '-artikel<id>' links, plain-text escaped teasers that open with 'Von Name[ und Name][ – Ort/Ort].' and close with '(Foto: …)' / '(Fotos: …)', no author element, image enclosures, section categories (one item from Chemnitz local, one from sport), +0200 dates")


# ---------------------------------------------------------------- Magdeburg daily, Atom from a custom Django CMS (2026)
def domspiegel():
    base = "https://www.domspiegel-md.example"
    ents, items = [], []

    def add(uid, path, title, pub, upd, authors, summary, content, exp):
        link = f"{base}{path}"
        au = "".join(f"<author><name>{esc(a)}</name></author>" for a in authors)
        c = f'<content type="html">{esc(content)}</content>' if content else ""
        ents.append(f'<entry><title>{esc(title)}</title><link href="{link}" rel="alternate"></link><published>{pub.isoformat()}</published><updated>{upd.isoformat()}</updated>'
                    f"{au}<id>tag:domspiegel-md.example,{pub:%Y-%m-%d}:/artikel/{uid}</id><summary type=\"html\">{esc(summary)}</summary>{c}</entry>")
        items.append(exp(f"tag:domspiegel-md.example,{pub:%Y-%m-%d}:/artikel/{uid}"))

    w = d(2026, 1, 22, 15, 40, 0, 1)
    add(884120, "/politik/ausland/mercosur-abkommen-bauern-sachsen-anhalt-884120/", "Mercosur-Abkommen: EU-Parlament stimmt zu – Bauern in der Börde protestieren", w, d(2026, 1, 22, 16, 5, 0, 1), ["Henrike Voigtländer"],
        "Das Europaparlament hat dem Handelsabkommen mit den Mercosur-Staaten zugestimmt.",
        "<p>Das Europaparlament hat dem Handelsabkommen der EU mit den Mercosur-Staaten Argentinien, Brasilien, Paraguay und Uruguay zugestimmt. Auf der B1 bei Wanzleben fuhren am Nachmittag rund 200 Traktoren.</p>"
        "<p>„Wir sollen mit Rindfleisch konkurrieren, das nach Regeln erzeugt wird, die bei uns verboten wären“, sagte Gerd Brandenstein, Präsident des Bauernverbands Sachsen-Anhalt.</p>"
        "<p>Die Bundesregierung hatte sich für das Abkommen eingesetzt.</p>",
        lambda k: it(k, "Mercosur-Abkommen: EU-Parlament stimmt zu – Bauern in der Börde protestieren", w, ["Henrike Voigtländer"], quotes=[q("Gerd Brandenstein", "Bauernverbands Sachsen-Anhalt")],
                     note="Atom entry with published and a later updated: the date is 'published'. EU trade agreement supported by the federal government: relevant. The affiliation is the body in the case the text writes it ('Präsident des Bauernverbands …': genitive, as set 56's audit corrected)."))
    w = d(2026, 1, 22, 10, 15, 0, 1)
    add(884077, "/magdeburg/intel-gelaende-eulenberg-neue-ansiedlung-884077/", "Ehemaliges Intel-Gelände: Stadt verhandelt mit zwei Interessenten", w, w, ["Paul Ziemann", "Christin Häberle"],
        "Für das Gelände am Eulenberg gibt es neue Interessenten.",
        "<p>Für das Gelände am Eulenberg, auf dem Intel eine Chipfabrik bauen wollte, verhandelt die Stadt mit zwei Interessenten. Oberbürgermeisterin Kathrin Löbe nannte keine Namen.</p>",
        lambda k: it(k, "Ehemaliges Intel-Gelände: Stadt verhandelt mit zwei Interessenten", w, ["Paul Ziemann", "Christin Häberle"], rel=False,
                     note="Two author elements. City economic development: not relevant, though the investor is a foreign firm."))
    w = d(2026, 1, 21, 18, 30, 0, 1)
    add(884031, "/politik/ausland/kommentar-groenland-daenemark-nato-884031/", "Kommentar: Die Grönland-Frage ist eine Frage an Europa", w, w, ["Matthias Brehme"],
        "Wer Dänemark allein lässt, lässt sich selbst allein.",
        "<p>Wer Dänemark in der Grönland-Frage allein lässt, lässt sich selbst allein. Die Bundesregierung sollte das deutlicher sagen.</p>",
        lambda k: it(k, "Die Grönland-Frage ist eine Frage an Europa", w, ["Matthias Brehme"],
                     note="Title label 'Kommentar:' may be kept or dropped. Commentary is a story; European and NATO policy: relevant."))
    w = d(2026, 1, 21, 12, 0, 0, 1)
    add(884000, "/politik/ausland/syrien-rueckkehr-magdeburg-familien-884000/", "Rückkehr nach Syrien: Magdeburger Familien zwischen Hoffen und Bangen", w, w, ["Lea Kowalczyk"],
        "Eine Familie aus Neu Olvenstedt erzählt.",
        "<p>Seit dem Sturz Assads denkt Familie Haddad aus Neu Olvenstedt über die Rückkehr nach Damaskus nach. „Unsere Kinder sprechen besser Deutsch als Arabisch“, sagt Rima Haddad.</p>",
        lambda k: it(k, "Rückkehr nach Syrien: Magdeburger Familien zwischen Hoffen und Bangen", w, ["Lea Kowalczyk"], rel=False, quotes=[q("Rima Haddad")],
                     note="A foreign topic told only through a local family, with no policy news: not relevant (borderline; the convention treats a foreign event told through local people as local)."))
    w = d(2026, 1, 20, 20, 0, 0, 1)
    add(883955, "/service/newsletter-domspiegel-am-morgen-884955/", "Domspiegel am Morgen: Jetzt den Newsletter abonnieren", w, w, ["Domspiegel-Redaktion"],
        "Die wichtigsten Nachrichten aus Magdeburg und der Welt, jeden Morgen.",
        None,
        lambda k: it(k, "Domspiegel am Morgen: Jetzt den Newsletter abonnieren", w, [], story=False, rel=False, note="Newsletter promotion: not a story. 'Domspiegel-Redaktion' is no person."))
    w = d(2026, 1, 20, 9, 30, 0, 1)
    add(883921, "/politik/ausland/iran-festnahme-deutscher-staatsbuerger-884921/", "Deutscher in Iran festgenommen – Auswärtiges Amt bestellt Botschafter ein", w, d(2026, 1, 20, 14, 10, 0, 1), ["Henrike Voigtländer", "dpa"],
        "Ein Deutsch-Iraner aus Halle sitzt seit Dezember in Teheran in Haft.",
        "<p>Das Auswärtige Amt hat den iranischen Botschafter einbestellt, nachdem ein Deutsch-Iraner aus Halle in Teheran festgenommen worden ist.</p>"
        "<p>„Wir erwarten die sofortige Freilassung und konsularischen Zugang“, sagte ein Sprecher des Ministeriums in Berlin.</p>"
        "<p>Die Familie des 58-Jährigen sprach von einer „Geiselnahme“.</p>",
        lambda k: it(k, "Deutscher in Iran festgenommen – Auswärtiges Amt bestellt Botschafter ein", w, ["Henrike Voigtländer"],
                     note="A second author element holds the agency 'dpa': not a person. Consular case and diplomatic protest: relevant. The ministry's spokesman is unnamed: no quote; the family's word is not a named speaker either."))
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de-de"><title>Ausland | Domspiegel</title>'
            f'<link href="{base}/politik/ausland/" rel="alternate"></link><link href="{base}/politik/ausland/atom/" rel="self"></link><id>{base}/politik/ausland/</id>'
            f"<updated>{d(2026, 1, 22, 16, 5, 0, 1).isoformat()}</updated><subtitle>Nachrichten aus dem Ausland – Domspiegel, die Zeitung für Magdeburg</subtitle>" + "".join(ents) + "</feed>")
    return feed("de_domspiegel_ausland_django.atom.xml", text, items, lang="de", outlet="Domspiegel", aliases=["Magdeburger Domspiegel"],
                shape="atom", ctype="application/atom+xml; charset=utf-8",
                structure="Magdeburg daily's 'Ausland' Atom feed from a custom Django CMS (django.contrib.syndication Atom1Feed, January 2026): one line after the prolog, xml:lang de-de, section-only title 'Ausland | Brand', empty <link></link> elements, tag: ids, published and updated (updated later on two entries), one author element per credit (people, the agency 'dpa' or the desk), escaped HTML summaries and content, one entry without content, +0100 dates")


# ---------------------------------------------------------------- Dornbirn regional paper, WordPress 6.9 (2026)
def rheintal():
    base = "https://www.rheintalbote.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, cats, desc, body, exp):
        link = f"{base}/{slug}/"
        rows.append(wp_item(base, pid, link, title, when, creator, cats, desc, body))
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2026, 5, 6, 16, 20, 0, 2)
    add(204411, "schweiz-eu-vertraege-grenzgaenger-vorarlberg", "EU-Verträge mit der Schweiz: Was sich für Vorarlberger Grenzgänger ändert", w, "Lukas Fussenegger", ["Welt", "Wirtschaft"],
        "<p>Das Schweizer Parlament hat das Vertragspaket mit der EU gebilligt. Für 9.000 Grenzgänger aus Vorarlberg ändert sich einiges.</p>",
        "<p>Das Schweizer Parlament hat das neue Vertragspaket mit der EU gebilligt. Für die rund 9.000 Vorarlberger, die täglich in die Schweiz pendeln, ändert sich bei der Sozialversicherung einiges.</p>"
        "<p>„Die Personenfreizügigkeit ist jetzt für die nächsten Jahre gesichert“, sagt Andrea Bischof-Wehinger von der Arbeiterkammer Vorarlberg.</p><p><em>(APA/red)</em></p>",
        lambda k: it(k, "EU-Verträge mit der Schweiz: Was sich für Vorarlberger Grenzgänger ändert", w, ["Lukas Fussenegger"], quotes=[q("Andrea Bischof-Wehinger", "Arbeiterkammer Vorarlberg")],
                     junk=["(APA/red)"], note="EU–Swiss treaties affecting Austrians: relevant (Austria's EU membership and a neighbour's treaty). The agency tag '(APA/red)' is junk."))
    w = d(2026, 5, 6, 11, 5, 0, 2)
    add(204398, "dornbirn-messe-neubau-gemeindevertretung", "Messe Dornbirn: Gemeindevertretung gibt grünes Licht für Neubau", w, "Rheintalbote Redaktion", ["Dornbirn"],
        "<p>Die Stadtvertretung hat den Neubau der Messehalle 12 beschlossen.</p>",
        "<p>Die Stadtvertretung hat mit großer Mehrheit den Neubau der Messehalle 12 beschlossen.</p>",
        lambda k: it(k, "Messe Dornbirn: Gemeindevertretung gibt grünes Licht für Neubau", w, [], rel=False, note="City news: not relevant. 'Rheintalbote Redaktion' is the desk: []."))
    w = d(2026, 5, 5, 19, 40, 0, 2)
    add(204372, "israel-iran-oesterreicher-ausreise-flug", "Österreicher aus Israel ausgeflogen: Erste Maschine in Wien gelandet", w, "APA", ["Welt"],
        "<p>Ein vom Außenministerium gecharterter Flug hat 180 Österreicher aus Tel Aviv nach Wien gebracht.</p>",
        "<p>Ein vom Außenministerium gecharterter Flug hat in der Nacht 180 Österreicherinnen und Österreicher aus Tel Aviv nach Wien gebracht.</p>"
        "<p>„Wir holen alle heim, die heim wollen“, sagte die Generalsekretärin des Außenministeriums, Verena Lechner-Thaler, bei der Ankunft in Schwechat.</p>",
        lambda k: it(k, "Österreicher aus Israel ausgeflogen: Erste Maschine in Wien gelandet", w, [], quotes=[q("Verena Lechner-Thaler", "Außenministerium")],
                     note="Agency as dc:creator: []. Evacuation of Austrians from a war zone: relevant. Role over the body before the name: the ministry is the affiliation ('Generalsekretärin' also acceptable)."))
    w = d(2026, 5, 5, 14, 0, 0, 2)
    add(204350, "gewinnspiel-bregenzer-festspiele-karten", "Gewinnspiel: 2×2 Karten für die Bregenzer Festspiele", w, "Rheintalbote", ["Gewinnspiele"],
        "<p>Jetzt mitspielen und Karten gewinnen!</p>",
        "<p>Jetzt mitspielen und Karten für die Premiere auf der Seebühne gewinnen! Teilnahmeschluss ist der 20. Mai.</p>",
        lambda k: it(k, "Gewinnspiel: 2×2 Karten für die Bregenzer Festspiele", w, [], story=False, rel=False, note="Competition: not a story."))
    w = d(2026, 5, 4, 17, 30, 0, 2)
    add(204321, "liechtenstein-zollvertrag-schweiz-oesterreich-bahn", "Bahnstrecke Feldkirch–Buchs: Österreich, Liechtenstein und Schweiz unterzeichnen Finanzierung", w, "Lukas Fussenegger und Selina Matt", ["Welt", "Verkehr"],
        "<p>Die drei Staaten teilen sich die Kosten für den Ausbau der Strecke.</p>",
        "<p>Österreich, Liechtenstein und die Schweiz haben in Vaduz einen Staatsvertrag über die Finanzierung des Ausbaus der Bahnstrecke Feldkirch–Buchs unterzeichnet.</p>"
        "<p>Verkehrsministerin Doris Hämmerle-Gstach sprach von einem „Jahrhundertprojekt“.</p>",
        lambda k: it(k, "Bahnstrecke Feldkirch–Buchs: Österreich, Liechtenstein und Schweiz unterzeichnen Finanzierung", w, ["Lukas Fussenegger", "Selina Matt"],
                     note="'A und B' in one dc:creator. An international treaty: relevant. A one-word quotation ('Jahrhundertprojekt') is no quote to report (either is acceptable: no quotes are expected)."))
    w = d(2026, 5, 4, 8, 0, 0, 2)
    add(204300, "video-hochwasser-uebung-rhein", "Video: Große Hochwasserübung am Rhein", w, "Rheintalbote", ["Video"],
        "<p>Feuerwehren aus drei Ländern üben den Ernstfall.</p>",
        '<p>Feuerwehren aus drei Ländern üben den Ernstfall.</p><figure class="wp-block-video"><video controls src="https://www.rheintalbote.example/wp-content/uploads/2026/05/uebung.mp4"></video></figure>',
        lambda k: it(k, "Große Hochwasserübung am Rhein", w, [], story=False, rel=False, note="Video: not a story. Title label 'Video:' may be kept or dropped."))
    text = (wp_head(base, "Rheintalbote", "/feed/", "Die Zeitung für Dornbirn, Hohenems und Lustenau", d(2026, 5, 6, 16, 22, 0, 2), "de-AT", "6.9.1")
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("de_at_rheintalbote_feed_wp69.rss.xml", text, items, lang="de", outlet="Rheintalbote", aliases=["Der Rheintalbote"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Dornbirn (Vorarlberg) regional paper's main feed on WordPress 6.9.1 (May 2026): feed-rss2 template, brand-only channel title, language de-AT, CDATA dc:creator with a person, 'A und B', the agency 'APA', the brand or 'Brand Redaktion', '?p=' guids, short <p> descriptions, content:encoded with an '(APA/red)' tag, a competition and a video post, GMT dates (newsroom +0200)")


# ---------------------------------------------------------------- Ferrara daily, WordPress 6.8 + Yoast (2025)
def estense():
    base = "https://www.corriereestense.example"
    rows, items = [], []
    foot = lambda t: f'<p>L&#8217;articolo <a href="{base}/x/">{t}</a> sembra essere il primo su <a href="{base}">Corriere Estense</a>.</p>'

    def add(pid, slug, title, when, creator, cats, desc, body, exp):
        link = f"{base}/{when:%Y/%m/%d}/{slug}/"
        rows.append(wp_item(base, pid, link, title, when, creator, cats, desc + foot(wpt(title)), body + foot(wpt(title))))
        items.append(exp(f"{base}/?p={pid}"))

    std = ["sembra essere il primo su"]
    w = d(2025, 12, 3, 18, 5, 0, 1)
    add(330871, "dazi-usa-pere-emilia-romagna-export", "Dazi Usa, le pere ferraresi restano nei magazzini", w, "Elisa Bonazzi", ["Economia", "Mondo"],
        "<p>Con i dazi al 15% gli ordini dagli Stati Uniti sono calati di un terzo [&#8230;]</p>",
        "<p><strong>FERRARA</strong> &#8211; Con i dazi al 15% imposti da Washington sui prodotti europei, gli ordini di pere dagli Stati Uniti sono calati di un terzo.</p>"
        "<p>&#171;Il governo deve ottenere un&#8217;esenzione per l&#8217;ortofrutta, come ha fatto la Francia per i vini&#187;, dice Marcello Guidetti, presidente del Consorzio Pera dell&#8217;Emilia-Romagna.</p>",
        lambda k: it(k, "Dazi Usa, le pere ferraresi restano nei magazzini", w, ["Elisa Bonazzi"], quotes=[q("Marcello Guidetti", "Consorzio Pera dell’Emilia-Romagna")], junk=std,
                     note="US tariffs on EU goods and the request to the government: relevant (trade policy), though told through local growers. Italian guillemets « » with the present 'dice'. The Yoast Italian footer is junk."))
    w = d(2025, 12, 3, 11, 30, 0, 1)
    add(330850, "palio-ferrara-2026-date", "Palio di Ferrara 2026, ecco le date", w, "Redazione", ["Cronaca"],
        "<p>Il Palio si correrà l&#8217;ultima domenica di maggio [&#8230;]</p>",
        "<p>Il Palio di Ferrara 2026 si correrà l&#8217;ultima domenica di maggio in piazza Ariostea.</p>",
        lambda k: it(k, "Palio di Ferrara 2026, ecco le date", w, [], rel=False, junk=std, note="City event news: a short story, not relevant. 'Redazione' is no person."))
    w = d(2025, 12, 2, 20, 0, 0, 1)
    add(330822, "cooperante-ferrarese-rapita-mali-farnesina", "Cooperante rapita in Mali, la Farnesina attiva l’unità di crisi", w, "Elisa Bonazzi e Tommaso Zappaterra", ["Mondo"],
        "<p>Una cooperante italiana è stata rapita vicino a Ségou [&#8230;]</p>",
        "<p>Una cooperante italiana di 34 anni è stata rapita vicino a Ségou, nel Mali centrale. La Farnesina ha attivato l&#8217;unità di crisi ed è in contatto con la famiglia.</p>"
        "<p>&#171;Stiamo lavorando con la massima discrezione&#187;, ha detto il sottosegretario agli Esteri Roberto Ciampolini.</p>",
        lambda k: it(k, "Cooperante rapita in Mali, la Farnesina attiva l’unità di crisi", w, ["Elisa Bonazzi", "Tommaso Zappaterra"], quotes=[q("Roberto Ciampolini", "sottosegretario agli Esteri")], junk=std,
                     note="'A e B' in one dc:creator. Kidnapping of an Italian abroad and the ministry's crisis unit: relevant."))
    w = d(2025, 12, 2, 15, 10, 0, 1)
    add(330800, "spal-sconfitta-derby", "Spal, sconfitta nel derby con il Cesena", w, "Luca Mantovani", ["Sport"],
        "<p>I biancazzurri cadono 2-1 [&#8230;]</p>",
        "<p>I biancazzurri cadono 2-1 al Manuzzi.</p>",
        lambda k: it(k, "Spal, sconfitta nel derby con il Cesena", w, ["Luca Mantovani"], rel=False, junk=std, note="Sport: not relevant."))
    w = d(2025, 12, 1, 19, 0, 0, 1)
    add(330781, "fotogallery-mercatini-natale-castello", "FOTOGALLERY | I mercatini di Natale al Castello Estense", w, "Redazione", ["Foto"],
        "<p>Le immagini dell&#8217;inaugurazione [&#8230;]</p>",
        '<p>Le immagini dell&#8217;inaugurazione.</p><figure class="wp-block-gallery"><img src="https://www.corriereestense.example/wp-content/uploads/2025/12/m1.jpg" /></figure><p>Foto di Andrea Casoni</p>',
        lambda k: it(k, "I mercatini di Natale al Castello Estense", w, [], story=False, rel=False, junk=[*std, "Foto di Andrea Casoni"],
                     note="Photo gallery: not a story. Title label 'FOTOGALLERY |' may be kept or dropped."))
    w = d(2025, 12, 1, 9, 20, 0, 1)
    add(330760, "ucraina-negoziati-ginevra-punto", "Ucraina, si tratta a Ginevra: il punto sui negoziati", w, "Redazione Esteri", ["Mondo"],
        "<p>Le delegazioni di Kiev e Washington si rivedono a Ginevra [&#8230;]</p>",
        "<p>Le delegazioni ucraina e statunitense si sono riviste a Ginevra per discutere il piano di pace.</p>"
        "<p>Secondo Olena Kravets, analista dell&#8217;Istituto per gli studi di politica internazionale, &#171;il punto più difficile resta quello dei territori&#187;.</p>",
        lambda k: it(k, "Ucraina, si tratta a Ginevra: il punto sui negoziati", w, [], quotes=[q("Olena Kravets", "Istituto per gli studi di politica internazionale")], junk=std,
                     note="'Redazione Esteri' is a desk: []. Peace talks: relevant. The quote is introduced with 'Secondo Name, role of body,'."))
    text = (wp_head(base, "Mondo &#8211; Corriere Estense", "/category/mondo/feed/", "Il quotidiano di Ferrara e provincia", d(2025, 12, 3, 18, 6, 0, 1), "it-IT", "6.8.3")
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("it_corriereestense_mondo_wp68_yoast.rss.xml", text, items, lang="it", outlet="Corriere Estense", aliases=["Il Corriere Estense"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Ferrara daily's 'Mondo' category feed on WordPress 6.8.3 with Yoast SEO (December 2025): feed-rss2 template, channel 'Mondo &#8211; Brand', language it-IT, CDATA dc:creator with a person, 'A e B', 'Redazione' or 'Redazione Esteri', '?p=' guids, <p> excerpt descriptions ending '[&#8230;]', both description and content:encoded ending with Yoast's Italian footer 'L&#8217;articolo … sembra essere il primo su …', guillemets as &#171; &#187;, a bold city dateline, GMT dates (newsroom +0100)")


# ---------------------------------------------------------------- Trapani daily, custom PHP (2026)
def drepanum():
    base = "https://www.gazzettadrepanum.example"
    rows, items = [], []

    def add(aid, title, when, author, desc, exp):
        link = f"{base}/notizia.php?id={aid}"
        a = f"\n\t\t<author>{esc(author)}</author>" if author else ""
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{link}</link>\n\t\t<guid>{link}</guid>{a}\n\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t<description>{cd(desc)}</description>\n\t</item>")
        items.append(exp(link))

    w = d(2026, 6, 9, 17, 45, 0, 2)
    add(77412, "Migranti, 400 sbarchi in 24 ore a Lampedusa e Marsala. Roma chiede a Tunisi più controlli", w, "di Salvatore Bonanno",
        "<p>Oltre 400 migranti sono sbarcati in 24 ore tra Lampedusa e la costa di Marsala. Il Viminale ha chiesto alle autorità tunisine di rafforzare i controlli.</p>"
        "<p>&laquo;Senza un accordo vero con Tunisi e Tripoli questi numeri torneranno ogni estate&raquo;, ha affermato Giuseppina Lombardo, portavoce dell&#039;Organizzazione internazionale per le migrazioni in Italia.</p>",
        lambda k: it(k, "Migranti, 400 sbarchi in 24 ore a Lampedusa e Marsala. Roma chiede a Tunisi più controlli", w, ["Salvatore Bonanno"],
                     quotes=[q("Giuseppina Lombardo", "Organizzazione internazionale per le migrazioni")],
                     note="<author> holds 'di Name' (no e-mail): the person. Migration and Italy's requests to Tunisia: relevant. HTML named entities &laquo; &raquo; in the CDATA description."))
    w = d(2026, 6, 9, 12, 0, 0, 2)
    add(77398, "Erice, chiusa la funivia per manutenzione fino a luglio", w, None,
        "<p>La funivia Trapani-Erice resterà chiusa fino al 15 luglio per lavori.</p>",
        lambda k: it(k, "Erice, chiusa la funivia per manutenzione fino a luglio", w, [], rel=False, note="Local transport news without author: not relevant."))
    w = d(2026, 6, 8, 19, 20, 0, 2)
    add(77371, "Peschereccio di Mazara sequestrato in Libia: l&#039;armatore chiede l&#039;intervento della Farnesina", w, "di Vito Asaro e Marta Genna",
        "<p>Il motopesca &laquo;Santa Rosalia II&raquo; di Mazara del Vallo è stato sequestrato da una motovedetta libica a 40 miglia da Bengasi. A bordo sette marittimi, tre italiani e quattro tunisini.</p>"
        "<p>&laquo;Erano in acque internazionali, lo dice il tracciato satellitare&raquo;, ha detto l&#039;armatore Pietro Giacalone.</p>"
        "<p>La Farnesina ha fatto sapere di seguire il caso tramite l&#039;ambasciata a Tripoli e il consolato a Bengasi.</p>",
        lambda k: it(k, "Peschereccio di Mazara sequestrato in Libia: l'armatore chiede l'intervento della Farnesina", w, ["Vito Asaro", "Marta Genna"], quotes=[q("Pietro Giacalone", "armatore")],
                     note="The title carries &amp;#039; inside the text node (the CMS escapes twice): the clean title has the apostrophe. A fishing boat seized by Libya and the ministry's consular work: relevant. The shipowner's role 'armatore' is the affiliation (no body is named)."))
    w = d(2026, 6, 8, 10, 30, 0, 2)
    add(77350, "Trapani Shark, festa al PalaShark per la promozione", w, "di Redazione Sport",
        "<p>Migliaia di tifosi al palazzetto per festeggiare.</p>",
        lambda k: it(k, "Trapani Shark, festa al PalaShark per la promozione", w, [], rel=False, note="Sport: not relevant. 'di Redazione Sport' is a desk."))
    w = d(2026, 6, 7, 18, 0, 0, 2)
    add(77322, "Tunisia, il presidente del parlamento a Palermo: firmato accordo sulla pesca nel Canale di Sicilia", w, "ANSA",
        "<p>PALERMO &ndash; Italia e Tunisia hanno firmato un memorandum sulla pesca nel Canale di Sicilia che prevede pattugliamenti congiunti e una commissione mista.</p>"
        "<p>&laquo;&Egrave; la prima volta che i pescatori delle due sponde avranno regole comuni&raquo;, ha detto l&#039;assessore regionale all&#039;Agricoltura e Pesca Domenico Farruggia.</p>",
        lambda k: it(k, "Tunisia, il presidente del parlamento a Palermo: firmato accordo sulla pesca nel Canale di Sicilia", w, [],
                     quotes=[q("Domenico Farruggia", "assessore regionale all'Agricoltura e Pesca")],
                     note="'ANSA' is an agency: []. An Italian–Tunisian fishing memorandum: relevant. &Egrave; and &ndash; are HTML entities inside the CDATA."))
    w = d(2026, 6, 7, 9, 0, 0, 2)
    add(77301, "Abbonati alla Gazzetta Drepanum: il primo mese a 1 euro", w, None,
        "<p>Leggi tutte le notizie senza limiti. Il primo mese costa solo 1 euro.</p>",
        lambda k: it(k, "Abbonati alla Gazzetta Drepanum: il primo mese a 1 euro", w, [], story=False, rel=False, note="Subscription promotion: not a story."))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n\t<title>Gazzetta Drepanum</title>\n'
            f"\t<link>{base}/</link>\n\t<description>Le notizie di Trapani, della provincia e dal mondo</description>\n\t<language>it</language>\n"
            f"\t<copyright>Gazzetta Drepanum srl - P.IVA 02918830817</copyright>\n\t<lastBuildDate>{rfc822(d(2026, 6, 9, 17, 50, 0, 2))}</lastBuildDate>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("it_gazzettadrepanum_ultime_php.rss.xml", text, items, lang="it", outlet="Gazzetta Drepanum",
                ctype="application/rss+xml; charset=UTF-8",
                structure="Trapani daily's latest-news RSS from a custom PHP CMS (June 2026): plain RSS 2.0, brand-only channel title, copyright with the company's VAT number, 'notizia.php?id=' links repeated as permalink guids, RSS <author> holding 'di Name', 'di A e B', 'di Redazione Sport', 'ANSA' or missing (no e-mail), titles whose apostrophes come as &amp;#039; (escaped twice), CDATA <p> descriptions with HTML named entities (&laquo; &raquo; &ndash; &Egrave;) and &#039;, +0200 dates")


# ---------------------------------------------------------------- São Luís daily, headless Next.js front (2025)
def ludovicense():
    base = "https://www.diarioludovicense.example"
    rows, items = [], []

    def add(uid, path, title, when, authors, sub, body, img, exp):
        link = f"{base}{path}"
        cr = "".join(f"<dc:creator>{esc(a)}</dc:creator>" for a in authors)
        m = f'<media:content url="https://cdn.diarioludovicense.example/{uid}.webp" medium="image" type="image/webp"><media:description>{esc(img)}</media:description></media:content>' if img else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{link}</link><guid isPermaLink=\"false\">{uid}</guid>{cr}<pubDate>{gmt(when)}</pubDate>"
                    f"<description>{esc(sub)}</description><content:encoded>{cd(body)}</content:encoded>{m}</item>")
        items.append(exp(uid))

    w = d(2025, 11, 12, 16, 30, 0, -3)
    add("c4f1a2e8-77b0-4f6e-9e21-1a0d5b3c9f10", "/mundo/2025/11/12/cop30-belem-acordo-florestas-maranhao", "COP30: países fecham acordo para fundo de florestas tropicais", w, ["Raimunda Sousa Costa"],
        "Maranhão quer parte dos recursos para a Amazônia maranhense",
        "<p>Os países reunidos na COP30, em Belém, fecharam um acordo sobre as regras do fundo para florestas tropicais proposto pelo Brasil.</p>"
        "<p>“Agora é preciso garantir que o dinheiro chegue a quem protege a floresta”, afirmou a secretária de Meio Ambiente do Maranhão, Luzia Pinheiro Matos.</p>"
        "<p>O Itamaraty classificou o resultado como “histórico”.</p>",
        "Plenária da COP30 em Belém. Foto: Marcos Ribamar/Diário Ludovicense",
        lambda k: it(k, "COP30: países fecham acordo para fundo de florestas tropicais", w, ["Raimunda Sousa Costa"], quotes=[q("Luzia Pinheiro Matos", "secretária de Meio Ambiente do Maranhão")],
                     note="An intergovernmental climate agreement hosted by Brazil: relevant. The Itamaraty's single word 'histórico' is no named speaker's quote. Role before the name."))
    w = d(2025, 11, 12, 10, 0, 0, -3)
    add("0b9e3d71-2c4a-4a11-8f5e-6e7d2a1b0c33", "/cidade/2025/11/12/ponte-sao-francisco-interdicao", "Ponte do São Francisco terá interdição parcial por 60 dias", w, ["Redação"],
        "Obras de recuperação começam na segunda-feira",
        "<p>A ponte José Sarney terá interdição parcial por 60 dias a partir de segunda-feira.</p>",
        None,
        lambda k: it(k, "Ponte do São Francisco terá interdição parcial por 60 dias", w, [], rel=False, note="City traffic news: not relevant. 'Redação' is no person."))
    w = d(2025, 11, 11, 19, 15, 0, -3)
    add("5a8c2f90-1e3b-4d7a-b6c2-9f0e4d1a2b44", "/mundo/2025/11/11/alcantara-base-acordo-eua-lancamentos", "Alcântara: Brasil e EUA ampliam acordo para lançamentos comerciais", w, ["Raimunda Sousa Costa", "Joaquim Belfort Neto"],
        "Primeiro lançamento de empresa americana está previsto para 2026",
        "<p>Brasil e Estados Unidos assinaram em Brasília um aditivo ao Acordo de Salvaguardas Tecnológicas que amplia o uso comercial do Centro de Lançamento de Alcântara.</p>"
        "<p>“Alcântara está na melhor posição do mundo para lançamentos equatoriais, e agora tem regras claras”, disse o coronel Everaldo Nunes, diretor do centro.</p>"
        "<p>Comunidades quilombolas da região pedem que o acordo respeite a titulação de suas terras.</p>",
        "Torre de lançamento em Alcântara. Foto: FAB/Divulgação",
        lambda k: it(k, "Alcântara: Brasil e EUA ampliam acordo para lançamentos comerciais", w, ["Raimunda Sousa Costa", "Joaquim Belfort Neto"], quotes=[q("Everaldo Nunes", "Centro de Lançamento de Alcântara")],
                     note="Two dc:creator elements. A bilateral agreement with the US: relevant. The rank 'coronel' is not part of the name; 'diretor do centro' refers to the centre named earlier."))
    w = d(2025, 11, 11, 14, 0, 0, -3)
    add("9d2e6b14-3f5a-4c8e-a7d1-0b2c3e4f5a66", "/videos/2025/11/11/bumba-meu-boi-unesco-aniversario", "VÍDEO: Bumba meu boi comemora aniversário do título da Unesco", w, ["TV Ludovicense"],
        "Assista à apresentação no Centro Histórico",
        '<p>Assista à apresentação no Centro Histórico.</p><div class="video-embed" data-id="vl-88213"></div>',
        None,
        lambda k: it(k, "Bumba meu boi comemora aniversário do título da Unesco", w, [], story=False, rel=False, note="Video: not a story. Title label 'VÍDEO:' may be kept or dropped."))
    w = d(2025, 11, 10, 21, 40, 0, -3)
    add("e7f0a1b2-4c5d-4e6f-8a9b-0c1d2e3f4a77", "/mundo/2025/11/10/maranhenses-presos-guiana-francesa-garimpo", "Maranhenses presos na Guiana Francesa: Itamaraty acompanha o caso", w, ["Francisca Dourado"],
        "Doze brasileiros foram detidos em operação contra o garimpo ilegal",
        "<p>Doze brasileiros, oito deles do Maranhão, foram detidos pela polícia francesa em uma operação contra o garimpo ilegal na Guiana Francesa.</p>"
        "<p>O Itamaraty informou que o consulado-geral em Caiena presta assistência aos presos.</p>"
        "<p>“Meu irmão foi atrás de trabalho, não é bandido”, disse Antônia Ferreira, irmã de um dos detidos, moradora de Zé Doca.</p>",
        None,
        lambda k: it(k, "Maranhenses presos na Guiana Francesa: Itamaraty acompanha o caso", w, ["Francisca Dourado"], quotes=[q("Antônia Ferreira")],
                     note="Consular case of Brazilians detained abroad: relevant. The sister has no affiliation."))
    w = d(2025, 11, 10, 8, 0, 0, -3)
    add("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c88", "/esportes/2025/11/10/sampaio-correa-acesso-serie-c", "Sampaio Corrêa garante acesso à Série C", w, ["Wellington Rabelo"],
        "Tricolor venceu por 2 a 0 no Castelão",
        "<p>O Sampaio Corrêa venceu por 2 a 0 no Castelão e garantiu o acesso.</p>",
        None,
        lambda k: it(k, "Sampaio Corrêa garante acesso à Série C", w, ["Wellington Rabelo"], rel=False, note="Sport: not relevant."))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">'
            f"<channel><title>Diário Ludovicense</title><link>{base}</link><description>Notícias de São Luís, do Maranhão e do mundo</description><language>pt-BR</language>"
            f"<lastBuildDate>{gmt(d(2025, 11, 12, 16, 31, 0, -3))}</lastBuildDate><atom:link href=\"{base}/api/rss\" rel=\"self\" type=\"application/rss+xml\"/><generator>Next.js</generator>"
            + "".join(rows) + "</channel></rss>")
    return feed("pt_br_diarioludovicense_rss_nextjs.rss.xml", text, items, lang="pt", outlet="Diário Ludovicense",
                ctype="application/rss+xml; charset=utf-8",
                structure="São Luís (Maranhão) daily's whole-site feed from a headless CMS through a Next.js API route (November 2025): one line, brand-only channel title, generator 'Next.js', UUID guids, one dc:creator per credit ('Redação', 'TV …' or people), escaped one-line subtitle descriptions, CDATA content:encoded bodies with curly quotes, media:content with media:description captions ending 'Foto: …', GMT dates (newsroom -0300)")


# ---------------------------------------------------------------- Leiria daily, Joomla 5 (2026)
def lis():
    base = "https://www.jornaldolis.example"
    rows, items = [], []

    def add(aid, alias, cat, title, when, author, desc, exp):
        link = f"{base}/{cat}/{aid}-{alias}"
        a = f"\n\t\t\t<author>{esc(author)}</author>" if author else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{link}</link>\n\t\t\t<guid isPermaLink=\"true\">{link}</guid>\n\t\t\t<description>{cd(desc)}</description>{a}\n"
                    f"\t\t\t<category>{cat.capitalize()}</category>\n\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t</item>")
        items.append(exp(link))

    w = d(2026, 3, 4, 18, 20, 0, 0)
    add(9841, "emigrantes-leirienses-suica-acordo-seguranca-social", "mundo", "Acordo com a Suíça facilita reforma de emigrantes", w, "redacao@jornaldolis.example (Inês Carreira)",
        '<p><img src="/images/2026/03/suica.jpg" alt="" />Portugal e a Suíça assinaram em Berna um acordo que permite somar os descontos feitos nos dois países para efeitos de reforma.</p>'
        "<p>«É uma reivindicação de há vinte anos», disse o secretário de Estado das Comunidades Portuguesas, Rui Abrantes Faria, à saída da cerimónia.</p>"
        '<p class="readmore"><a href="/mundo/9841-emigrantes-leirienses-suica-acordo-seguranca-social">Ler mais...</a></p>',
        lambda k: it(k, "Acordo com a Suíça facilita reforma de emigrantes", w, ["Inês Carreira"], quotes=[q("Rui Abrantes Faria", "secretário de Estado das Comunidades Portuguesas")], junk=["Ler mais"],
                     note="Joomla's RSS <author> in the 'e-mail (Name)' form. A bilateral social-security agreement: relevant. European Portuguese guillemets « » with 'disse'."))
    w = d(2026, 3, 4, 12, 0, 0, 0)
    add(9833, "marinha-grande-vidro-fabrica-encerra", "regiao", "Fábrica de vidro da Marinha Grande despede 120 trabalhadores", w, "redacao@jornaldolis.example (Paulo Gaspar)",
        "<p>A fábrica, que pertence a um grupo francês, vai encerrar a linha de embalagens.</p>"
        "<p>«Ninguém nos avisou», disse o coordenador do sindicato, Amílcar Ventura.</p>"
        '<p class="readmore"><a href="/regiao/9833-marinha-grande-vidro-fabrica-encerra">Ler mais...</a></p>',
        lambda k: it(k, "Fábrica de vidro da Marinha Grande despede 120 trabalhadores", w, ["Paulo Gaspar"], rel=False, quotes=[q("Amílcar Ventura", "sindicato")], junk=["Ler mais"],
                     note="Regional jobs news; the foreign owner does not make it world affairs: not relevant."))
    w = d(2026, 3, 3, 20, 45, 0, 0)
    add(9820, "sismo-marrocos-portugueses-seguros-consulado", "mundo", "Sismo em Marrocos: portugueses estão bem, diz o consulado", w, "redacao@jornaldolis.example (Lusa)",
        "<p>O Ministério dos Negócios Estrangeiros disse que não há portugueses entre as vítimas do sismo de magnitude 6,4 que atingiu a região de Agadir.</p>"
        '<p class="readmore"><a href="/mundo/9820-sismo-marrocos-portugueses-seguros-consulado">Ler mais...</a></p>',
        lambda k: it(k, "Sismo em Marrocos: portugueses estão bem, diz o consulado", w, [], junk=["Ler mais"], note="The agency 'Lusa' is no person: []. Disaster abroad and consular response: relevant."))
    w = d(2026, 3, 3, 15, 0, 0, 0)
    add(9811, "uniao-de-leiria-empate-tondela", "desporto", "União de Leiria empata com o Tondela", w, "redacao@jornaldolis.example (Redação)",
        "<p>Um golo nos descontos deu o empate ao Tondela.</p>"
        '<p class="readmore"><a href="/desporto/9811-uniao-de-leiria-empate-tondela">Ler mais...</a></p>',
        lambda k: it(k, "União de Leiria empata com o Tondela", w, [], rel=False, junk=["Ler mais"], note="Sport: not relevant. 'Redação' is no person."))
    w = d(2026, 3, 2, 21, 0, 0, 0)
    add(9800, "agenda-festival-musica-batalha-2026", "agenda", "Agenda: Festival de Música da Batalha regressa em abril", w, None,
        "<p>Concertos no Mosteiro da Batalha de 10 a 19 de abril. Bilhetes à venda.</p>"
        '<p class="readmore"><a href="/agenda/9800-agenda-festival-musica-batalha-2026">Ler mais...</a></p>',
        lambda k: it(k, "Festival de Música da Batalha regressa em abril", w, [], story=False, rel=False, junk=["Ler mais"],
                     note="Event listing: not a story. Title label 'Agenda:' may be kept or dropped."))
    w = d(2026, 3, 2, 10, 10, 0, 0)
    add(9791, "opiniao-pac-agricultores-pinhal-leiria", "mundo", "Opinião | A nova PAC e os pequenos produtores do Pinhal", w, "redacao@jornaldolis.example (Beatriz Lopes Mendes)",
        "<p>As propostas de Bruxelas para a Política Agrícola Comum depois de 2027 esquecem os pequenos produtores.</p>"
        "<p><em>Economista, professora no Politécnico de Leiria</em></p>"
        '<p class="readmore"><a href="/mundo/9791-opiniao-pac-agricultores-pinhal-leiria">Ler mais...</a></p>',
        lambda k: it(k, "A nova PAC e os pequenos produtores do Pinhal", w, ["Beatriz Lopes Mendes"], junk=["Ler mais", "Economista, professora"],
                     note="Title label 'Opinião |' may be kept or dropped. Opinion on EU agricultural policy: a story, relevant (Portugal in the EU)."))
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n'
            f'\t\t<title>Jornal do Lis</title>\n\t\t<description><![CDATA[Diário de Leiria e da região]]></description>\n\t\t<link>{base}/</link>\n\t\t<lastBuildDate>{rfc822(d(2026, 3, 4, 18, 25, 0, 0))}</lastBuildDate>\n'
            f'\t\t<generator>Joomla! - Open Source Content Management</generator>\n\t\t<atom:link rel="self" type="application/rss+xml" href="{base}/?format=feed&amp;type=rss"/>\n\t\t<language>pt-pt</language>\n'
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("pt_pt_jornaldolis_feed_joomla5.rss.xml", text, items, lang="pt", outlet="Jornal do Lis",
                ctype="application/rss+xml; charset=utf-8",
                structure="Leiria daily's home-page feed from Joomla 5 (March 2026): the generator comment and element, brand-only title, CDATA channel description, '?format=feed&amp;type=rss' self link, language pt-pt, permalink guids '/<category>/<id>-<alias>', CDATA descriptions with the intro image, the intro text and a 'Ler mais...' readmore paragraph, RSS <author> in the 'e-mail (Name)' form with a person, 'Lusa' or 'Redação' (missing on the agenda item), category elements, +0000 dates (Lisbon winter time)")


# ---------------------------------------------------------------- Gujranwala Urdu site, WordPress 6.8 (2025)
def chenab():
    base = "https://chenabtimes.example"
    rows, items = [], []

    def add(pid, title, when, creator, cats, desc, body, exp):
        link = f"{base}/{pid}/"
        rows.append(wp_item(base, pid, link, title, when, creator, cats, desc, body))
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2025, 6, 18, 19, 10, 0, 5)
    add(51204, "ایران اسرائیل کشیدگی: پاکستانی زائرین کی واپسی کے لیے تفتان سرحد پر خصوصی انتظامات", w, "ویب ڈیسک", ["بین الاقوامی", "اہم خبریں"],
        "<p>دفتر خارجہ کے مطابق ایران میں موجود پاکستانی زائرین کی واپسی کے لیے تفتان سرحد پر خصوصی کاؤنٹر قائم کر دیے گئے ہیں۔</p>",
        "<p>دفتر خارجہ کے مطابق ایران میں موجود پاکستانی زائرین اور طلبہ کی واپسی کے لیے تفتان سرحد پر خصوصی کاؤنٹر قائم کر دیے گئے ہیں۔</p>"
        "<p>ترجمان دفتر خارجہ شفقت علی خان نے کہا: ”ہم ہر اس پاکستانی کو واپس لائیں گے جو واپس آنا چاہتا ہے۔“</p>"
        "<p>گوجرانوالہ سے تعلق رکھنے والے کئی خاندان بھی زیارت کے لیے ایران گئے ہوئے ہیں۔</p>",
        lambda k: it(k, "ایران اسرائیل کشیدگی: پاکستانی زائرین کی واپسی کے لیے تفتان سرحد پر خصوصی انتظامات", w, [], quotes=[q("شفقت علی خان", "دفتر خارجہ")],
                     note="'ویب ڈیسک' is a desk: []. Return of Pakistanis from Iran during a war: relevant. Urdu quotes in ” “ marks; role before the name ('ترجمان دفتر خارجہ'): the body is the affiliation."))
    w = d(2025, 6, 18, 12, 30, 0, 5)
    add(51190, "گوجرانوالہ: جی ٹی روڈ پر میٹرو بس منصوبے کی منظوری", w, "محمد عمران بٹ", ["گوجرانوالہ"],
        "<p>پنجاب حکومت نے گوجرانوالہ میں میٹرو بس منصوبے کی منظوری دے دی۔</p>",
        "<p>پنجاب حکومت نے گوجرانوالہ میں جی ٹی روڈ پر میٹرو بس منصوبے کی منظوری دے دی۔</p>",
        lambda k: it(k, "گوجرانوالہ: جی ٹی روڈ پر میٹرو بس منصوبے کی منظوری", w, ["محمد عمران بٹ"], rel=False, note="City transport: not relevant."))
    w = d(2025, 6, 17, 20, 0, 0, 5)
    add(51172, "پاک بھارت کشیدگی کے بعد سندھ طاس معاہدے پر عالمی بینک سے رابطہ", w, "عاصمہ ورک اور طارق محمود چیمہ", ["بین الاقوامی"],
        "<p>پاکستان نے سندھ طاس معاہدے کی معطلی پر عالمی بینک سے باضابطہ رابطہ کیا ہے۔</p>",
        "<p>پاکستان نے بھارت کی جانب سے سندھ طاس معاہدے کی معطلی پر عالمی بینک سے باضابطہ رابطہ کیا ہے۔</p>"
        "<p>آبی ماہر ڈاکٹر نسرین اختر نے کہا کہ ”یہ معاہدہ یکطرفہ طور پر معطل نہیں کیا جا سکتا، اس میں ایسی کوئی شق موجود نہیں۔“</p>",
        lambda k: it(k, "پاک بھارت کشیدگی کے بعد سندھ طاس معاہدے پر عالمی بینک سے رابطہ", w, ["عاصمہ ورک", "طارق محمود چیمہ"], quotes=[q("نسرین اختر")],
                     note="'A اور B' in one dc:creator: two people. The Indus Waters Treaty dispute: relevant. The speaker is described only as a water expert ('آبی ماہر'): no affiliation; the title 'ڈاکٹر' is not part of the name."))
    w = d(2025, 6, 17, 14, 15, 0, 5)
    add(51160, "ویڈیو: گوجرانوالہ کے پہلوانوں کا دنگل", w, "ویڈیو ڈیسک", ["ویڈیوز"],
        "<p>دیکھیے گوجرانوالہ کے تاریخی دنگل کی جھلکیاں</p>",
        '<p>دیکھیے گوجرانوالہ کے تاریخی دنگل کی جھلکیاں</p><figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper">https://youtube.example/watch?v=dngl2025</div></figure>',
        lambda k: it(k, "گوجرانوالہ کے پہلوانوں کا دنگل", w, [], story=False, rel=False, note="Video: not a story. Title label 'ویڈیو:' may be kept or dropped."))
    w = d(2025, 6, 16, 18, 0, 0, 5)
    add(51144, "سعودی عرب میں گرفتار گوجرانوالہ کے شہری کی رہائی کے لیے اہل خانہ کی اپیل", w, "محمد عمران بٹ، گوجرانوالہ", ["بین الاقوامی", "گوجرانوالہ"],
        "<p>ریاض میں گرفتار شہری کے اہل خانہ نے حکومت سے مدد کی اپیل کی ہے۔</p>",
        "<p>ریاض میں چھ ماہ سے گرفتار گوجرانوالہ کے شہری کے اہل خانہ نے وزارت خارجہ سے مدد کی اپیل کی ہے۔</p>"
        "<p>ان کی والدہ نے کہا: ”میرا بیٹا ڈرائیور تھا، اسے یہ بھی نہیں بتایا گیا کہ الزام کیا ہے۔“</p>"
        "<p>ریاض میں پاکستانی سفارت خانے نے بتایا کہ قونصلر رسائی کی درخواست دی گئی ہے۔</p>",
        lambda k: it(k, "سعودی عرب میں گرفتار گوجرانوالہ کے شہری کی رہائی کے لیے اہل خانہ کی اپیل", w, ["محمد عمران بٹ"],
                     note="dc:creator 'Name، Town' (Urdu comma): the place is not part of the name. A consular case in Saudi Arabia with the embassy's response: relevant. The mother is unnamed: no quote."))
    w = d(2025, 6, 16, 9, 0, 0, 5)
    add(51130, "گوجرانوالہ: ایف بی آر کی جانب سے تاجروں کے لیے نئی اسکیم", w, "نمائندہ خصوصی", ["کاروبار"],
        "<p>تاجروں کے لیے فکسڈ ٹیکس اسکیم کا اعلان</p>",
        "<p>ایف بی آر نے گوجرانوالہ کے تاجروں کے لیے فکسڈ ٹیکس اسکیم کا اعلان کیا ہے۔</p><p>انجمن تاجران کے صدر حاجی اشرف گھمن نے کہا: ”ہم اس اسکیم کا خیر مقدم کرتے ہیں۔“</p>",
        lambda k: it(k, "گوجرانوالہ: ایف بی آر کی جانب سے تاجروں کے لیے نئی اسکیم", w, [], rel=False, quotes=[q("اشرف گھمن", "انجمن تاجران")],
                     note="'نمائندہ خصوصی' (special correspondent) is no person: []. Domestic tax news: not relevant. 'حاجی' is an honorific, not part of the name ('حاجی اشرف گھمن' also acceptable)."))
    text = (wp_head(base, "چناب ٹائمز", "/feed/", "گوجرانوالہ اور دنیا بھر کی تازہ ترین خبریں", d(2025, 6, 18, 19, 12, 0, 5), "ur", "6.8.1")
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("ur_pk_chenabtimes_feed_wp68.rss.xml", text, items, lang="ur", outlet="چناب ٹائمز", aliases=["Chenab Times"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Gujranwala Urdu news site's main feed on WordPress 6.8.1 (June 2025): feed-rss2 template, Urdu channel title, language ur, numeric pretty permalinks with '?p=' guids, CDATA dc:creator with 'ویب ڈیسک', 'ویڈیو ڈیسک', 'نمائندہ خصوصی', a person, 'A اور B' or 'Name، Town', Urdu categories, short <p> descriptions, content:encoded with ” “ quotation marks and a YouTube embed, GMT dates (newsroom +0500)")


# ---------------------------------------------------------------- Sukkur Urdu site, Atom from a Laravel CMS (2026)
def sindhu():
    base = "https://sindhunews.example"
    ents, items = [], []

    def add(nid, title, pub, authors, summary, exp, cat="بین-الاقوامی"):
        link = f"{base}/news/{nid}"
        au = "".join(f"\n    <author>\n      <name><![CDATA[{a}]]></name>\n    </author>" for a in authors)
        ents.append(f"  <entry>\n    <title><![CDATA[{title}]]></title>\n    <link rel=\"alternate\" href=\"{link}\"/>\n    <id>{link}</id>{au}\n"
                    f"    <summary type=\"html\"><![CDATA[{summary}]]></summary>\n    <category term=\"{cat}\"/>\n    <updated>{pub.isoformat()}</updated>\n  </entry>")
        items.append(exp(link))

    w = d(2026, 2, 25, 18, 40, 0, 5)
    add(30912, "افغان مہاجرین کی واپسی: سکھر کیمپ خالی کرانے کی مہلت میں توسیع", w, ["رپورٹ: غلام رسول مہر"],
        "<p>وفاقی حکومت نے غیر قانونی طور پر مقیم افغان شہریوں کی واپسی کی مہلت میں 30 دن کی توسیع کر دی ہے۔ افغان عبوری حکومت نے طورخم پر مزید کاؤنٹر کھولنے کا اعلان کیا ہے۔</p>"
        "<p>اقوام متحدہ کے ادارہ برائے مہاجرین کی ترجمان سارہ بلوچ نے کہا: ”جبری واپسی کے بجائے مرحلہ وار واپسی ہی پائیدار حل ہے۔“</p>",
        lambda k: it(k, "افغان مہاجرین کی واپسی: سکھر کیمپ خالی کرانے کی مہلت میں توسیع", w, ["غلام رسول مہر"], quotes=[q("سارہ بلوچ", "اقوام متحدہ کے ادارہ برائے مہاجرین")],
                     note="Atom author 'رپورٹ: Name': the prefix is not part of the name. Return of Afghan refugees and talks with Kabul: relevant (Pakistan's policy towards Afghanistan). The entry has only <updated>, which is the date."))
    w = d(2026, 2, 25, 11, 0, 0, 5)
    add(30901, "سکھر بیراج کے دروازوں کی مرمت کا کام مکمل", w, ["اسٹاف رپورٹر"],
        "<p>سکھر بیراج کے تین دروازوں کی مرمت کا کام مکمل کر لیا گیا ہے۔</p>",
        lambda k: it(k, "سکھر بیراج کے دروازوں کی مرمت کا کام مکمل", w, [], rel=False, note="'اسٹاف رپورٹر' is no person. Local infrastructure: not relevant."), cat="سکھر")
    w = d(2026, 2, 24, 20, 15, 0, 5)
    add(30888, "چین پاکستان اقتصادی راہداری: کراچی سکھر موٹر وے کی فنڈنگ پر نیا معاہدہ", w, ["شازیہ میمن", "اے پی پی"],
        "<p>پاکستان اور چین نے بیجنگ میں کراچی سکھر موٹر وے (ایم سکس) کی فنڈنگ کے لیے نئے معاہدے پر دستخط کیے ہیں۔</p>"
        "<p>وفاقی وزیر منصوبہ بندی کے مشیر عامر حسین لاشاری نے کہا کہ ”یہ منصوبہ سندھ کو وسط ایشیا تک تجارت سے جوڑ دے گا۔“</p>",
        lambda k: it(k, "چین پاکستان اقتصادی راہداری: کراچی سکھر موٹر وے کی فنڈنگ پر نیا معاہدہ", w, ["شازیہ میمن"], quotes=[q("عامر حسین لاشاری", "وفاقی وزیر منصوبہ بندی کے مشیر")],
                     note="Two author elements: a person and the agency 'اے پی پی' (APP): the person only. A bilateral financing agreement with China: relevant, though the road is local."))
    w = d(2026, 2, 24, 13, 30, 0, 5)
    add(30870, "تصویری جھلکیاں: سادھو بیلہ میں سالانہ میلہ", w, ["فوٹو ڈیسک"],
        "<p>سادھو بیلہ مندر میں سالانہ میلے کی تصویری جھلکیاں</p><p>تصاویر: امر لال</p>",
        lambda k: it(k, "سادھو بیلہ میں سالانہ میلہ", w, [], story=False, rel=False, junk=["تصاویر: امر لال"],
                     note="Photo gallery: not a story. Title label 'تصویری جھلکیاں:' may be kept or dropped."), cat="تصاویر")
    w = d(2026, 2, 23, 19, 0, 0, 5)
    add(30851, "بھارتی ماہی گیروں کی رہائی: 22 ماہی گیر واہگہ کے راستے واپس", w, ["غلام رسول مہر"],
        "<p>پاکستان نے 22 بھارتی ماہی گیروں کو رہا کر کے واہگہ کے راستے بھارت کے حوالے کر دیا۔</p>"
        "<p>دفتر خارجہ کے مطابق یہ اقدام انسانی بنیادوں پر کیا گیا ہے۔</p>",
        lambda k: it(k, "بھارتی ماہی گیروں کی رہائی: 22 ماہی گیر واہگہ کے راستے واپس", w, ["غلام رسول مہر"],
                     note="Release of Indian fishermen: relevant (relations with India). No quotation: no quotes."))
    w = d(2026, 2, 23, 9, 0, 0, 5)
    add(30840, "سندھو نیوز اب واٹس ایپ چینل پر", w, ["سندھو نیوز"],
        "<p>تازہ ترین خبروں کے لیے ہمارا واٹس ایپ چینل فالو کریں۔</p>",
        lambda k: it(k, "سندھو نیوز اب واٹس ایپ چینل پر", w, [], story=False, rel=False, note="Channel promotion: not a story."), cat="اعلانات")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ur">\n'
            f'  <id>{base}/feed</id>\n  <link href="{base}/feed" rel="self"/>\n  <title><![CDATA[سندھو نیوز]]></title>\n  <subtitle>سکھر، سندھ اور دنیا کی خبریں</subtitle>\n'
            f"  <updated>{d(2026, 2, 25, 18, 41, 0, 5).isoformat()}</updated>\n" + "\n".join(ents) + "\n</feed>\n")
    return feed("ur_pk_sindhunews_feed_laravel.atom.xml", text, items, lang="ur", outlet="سندھو نیوز", aliases=["Sindhu News"],
                shape="atom", ctype="application/atom+xml; charset=UTF-8",
                structure="Sukkur Urdu news site's Atom feed from a Laravel CMS with the spatie/laravel-feed package (February 2026): xml:lang ur, CDATA title, link URLs as ids, one author element per credit with CDATA names ('رپورٹ: Name', 'اسٹاف رپورٹر', 'فوٹو ڈیسک', the brand, a person and the agency 'اے پی پی'), CDATA HTML summaries, category terms, only <updated> per entry (no published), +0500 dates")


FEEDS = [kassberg, domspiegel, rheintal, estense, drepanum, ludovicense, lis, chenab, sindhu]
