# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German and Italian feeds of the thirtieth held-out set: a German regional daily on Arc XP, a
public broadcaster's German service as Atom from a headless CMS, a wire-fed German portal, an
Italian national daily's Esteri feed and a Swiss-Italian public broadcaster on Drupal 10. All
outlets, people and quotations are invented."""
from h30 import cd, d, esc, feed, gmt, it, ordered, q, rfc822


# ---------------------------------------------------------------- German regional daily on Arc XP
def weserbote():
    rows, items = [], []
    base = "https://www.weser-bote.example"
    hoer = '<p class="audio-player"><b>Artikel anhören</b> · 3 Min. · <em>Die Audioversion wurde künstlich erzeugt.</em></p>'
    ki = '<p><em>Dieser Text wurde mit Unterstützung von KI erstellt und von der Redaktion geprüft.</em></p>'

    def add(path, title, when, creator, desc, body, exp, plus=False):
        url = f"{base}/politik/ausland/{path}/"
        cr = f"<dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        cat = "<category>Plus</category>" if plus else ""
        rows.append(f'<item><title>{cd(title)}</title><link>{url}</link><guid isPermaLink="true">{url}</guid>{cr}<description>{cd(desc)}</description>'
                    f"<pubDate>{gmt(when)}</pubDate>{cat}<content:encoded>{cd(body)}</content:encoded>"
                    f'<media:content url="{base}/resizer/v2/{path[:12].upper().replace("-", "")}XQ7.webp?auth=9a8b&amp;width=1600" type="image/webp" height="900" width="1600"><media:credit role="author" scheme="urn:ebu">{cd("Foto: dpa")}</media:credit></media:content></item>')
        items.append(exp(url))

    w = d(2026, 1, 22, 17, 5, 0, 1)
    add("nato-gipfel-den-haag-ostflanke-brigade-QX3T7WZ4KFDJBN2M", "Bremer Brigade für die Ostflanke: Was der Nato-Beschluss für die Region bedeutet", w, "Jonas Kettler",
        "Die Bundeswehr stockt ihre Präsenz in Litauen weiter auf. Auch Soldaten aus Bremen und Niedersachsen sollen dauerhaft nach Vilnius.",
        hoer + '<p>Die Nato-Verteidigungsminister haben in Brüssel beschlossen, die Kampftruppen an der Ostflanke bis 2028 zu verdoppeln. Für Deutschland heißt das: Neben der Panzerbrigade in Litauen soll ein weiteres Bataillon dauerhaft in die Region verlegt werden.</p>'
        '<p>„Das ist kein Auslandseinsatz mehr, das ist ein Umzug“, sagt Oberstleutnant Henrik Wessels vom Landeskommando Bremen. Familien von Soldaten müssten sich auf Jahre einstellen.</p>'
        '<div class="newsletter-teaser"><p><b>Der Weser-Bote-Newsletter am Morgen:</b> Jetzt kostenlos abonnieren und informiert in den Tag starten.</p></div>'
        '<p>In Vilnius wird bereits gebaut. Bis Ende des Jahres sollen dort 1.200 Wohnungen fertig sein.</p>'
        '<p>Offen ist, wer die Kosten trägt. Litauen hat zugesagt, Kasernen und Schießplätze zu stellen; Sold, Zulagen und Schulen für die Kinder der Soldaten zahlt der Bund. Im Verteidigungsausschuss ist von mehreren Hundert Millionen Euro pro Jahr die Rede.</p>'
        '<p>In Bremen selbst dürfte der Beschluss vor allem eines bedeuten: Die Kaserne in der Neustadt bleibt als Ausbildungsstandort erhalten. Eine Schließung war zuletzt noch im Gespräch gewesen.</p>',
        lambda k: it(k, "Bremer Brigade für die Ostflanke: Was der Nato-Beschluss für die Region bedeutet", w, ["Jonas Kettler"], quotes=[q("Henrik Wessels", "Landeskommando Bremen")],
                     junk=["Artikel anhören", "künstlich erzeugt", "Newsletter am Morgen", "kostenlos abonnieren"],
                     note="Audio widget first, a newsletter teaser between paragraphs; the speaker's rank is a title."), plus=True)
    w = d(2026, 1, 22, 11, 40, 0, 1)
    add("iran-atomgespraeche-oman-neue-runde-LR8V2NC5HJTQ4WPA", "Iran und die E3 verhandeln wieder – Gespräche in Maskat", w, "dpa",
        "Nach monatelanger Pause sitzen Iran, Deutschland, Frankreich und Großbritannien wieder an einem Tisch.",
        ki + '<p>Maskat (dpa) - Iran und die drei europäischen Staaten Deutschland, Frankreich und Großbritannien haben ihre Atomgespräche im Oman wieder aufgenommen. Das teilte das omanische Außenministerium am Donnerstag mit.</p>'
        '<p>Ein Diplomat aus Berlin sagte, man rechne nicht mit schnellen Ergebnissen.</p><p>© dpa-infocom, dpa:260122-930-118804/2</p>',
        lambda k: it(k, "Iran und die E3 verhandeln wieder – Gespräche in Maskat", w, [],
                     junk=["mit Unterstützung von KI", "dpa-infocom", "dpa:260122"], note="Agency copy: 'dpa' in dc:creator is not a person; KI disclaimer and the dpa-infocom tail are boilerplate."))
    w = d(2026, 1, 21, 19, 15, 0, 1)
    add("liveticker-ukraine-krieg-21-januar-BD4K7MZP2QW9TXNE", "Ukraine-Krieg im Liveticker: Energieanlagen in Charkiw erneut getroffen ++ Kiew meldet Gefangenenaustausch", w, "Weser-Bote Nachrichtenteam",
        "Alle Entwicklungen im Ticker.",
        '<p><b>19.12 Uhr:</b> In Charkiw ist nach Angaben des Bürgermeisters erneut ein Heizkraftwerk getroffen worden.</p><p><b>17.40 Uhr:</b> Beide Seiten haben je 150 Gefangene ausgetauscht.</p>',
        lambda k: it(k, "Ukraine-Krieg im Liveticker: Energieanlagen in Charkiw erneut getroffen ++ Kiew meldet Gefangenenaustausch", w, [], story=False, rel=False,
                     note="Live ticker: not a story. The team credit is not a person."))
    w = d(2026, 1, 21, 8, 30, 0, 1)
    add("usa-zoelle-bremerhaven-autoexport-hafen-NX6P3DKW8RTJ5QZA", "Neue US-Zölle: Bremerhavens Autoterminal rechnet mit Einbruch", w, "Svenja Lührs",
        "Die Autoexporte über Bremerhaven könnten um ein Viertel sinken, warnt die Hafenwirtschaft.",
        hoer + '<p>Die von Washington angekündigten Zölle von 25 Prozent auf Autos aus der EU treffen den Bremerhavener Autoterminal unmittelbar. Über den Kai gehen jährlich rund 1,7 Millionen Fahrzeuge, ein Großteil davon in die USA.</p>'
        '<p>„Wir reden über Schichten, die gestrichen werden, nicht über Prozentpunkte“, sagt Betriebsratschefin Katrin Oltmanns.</p>'
        '<p><b>Lesen Sie auch:</b> <a href="https://www.weser-bote.example/wirtschaft/hafen-bilanz-2025/">Hafenbilanz 2025: Container rückläufig</a></p>',
        lambda k: it(k, "Neue US-Zölle: Bremerhavens Autoterminal rechnet mit Einbruch", w, ["Svenja Lührs"], quotes=[q("Katrin Oltmanns")],
                     junk=["Artikel anhören", "Lesen Sie auch", "Hafenbilanz 2025"], note="US tariffs on the EU with a regional angle: relevant."), plus=True)
    w = d(2026, 1, 20, 14, 0, 0, 1)
    add("video-gruenland-eis-expedition-AWQ2ZN7K5PDT4MXR", "Video: Bremerhavener Forscher auf Grönland-Expedition", w, "",
        "Das Video zeigt die Ankunft des Teams.",
        '<div class="video"><iframe src="https://video.weser-bote.example/embed/55112"></iframe></div>',
        lambda k: it(k, "Video: Bremerhavener Forscher auf Grönland-Expedition", w, [], story=False, rel=False, note="Video: not a story. Title label 'Video:' may be kept or dropped."))
    w = d(2026, 1, 19, 9, 20, 0, 1)
    add("israel-wahl-koalition-knesset-analyse-KT5R9WM2XPQD7NBA", "Analyse: Warum Israels neue Koalition so zerbrechlich ist", w, "Miriam Feldkamp, Tel Aviv",
        "Vier Parteien, zwei Lager, eine Stimme Mehrheit: Die Regierung steht auf tönernen Füßen.",
        '<p>Tel Aviv. Nach sechs Wochen Verhandlungen ist die Regierung vereidigt. Sie hat in der Knesset 61 von 120 Stimmen.</p>'
        '<p>„Jeder einzelne Abgeordnete kann sie stürzen, und das wissen alle“, sagt der Politologe Amnon Ravid von der Universität Haifa.</p>'
        '<p><em>Miriam Feldkamp berichtet als freie Korrespondentin aus Israel.</em></p>',
        lambda k: it(k, "Warum Israels neue Koalition so zerbrechlich ist", w, ["Miriam Feldkamp"], quotes=[q("Amnon Ravid", "Universität Haifa")],
                     junk=["berichtet als freie Korrespondentin"], note="dc:creator 'Name, Ort' (place after the comma). Title label 'Analyse:' may be kept or dropped."), plus=True)
    rows, items = ordered(rows, items)
    head = (f'<title>{cd("Weser-Bote – Ausland")}</title><link>{base}</link><atom:link href="{base}/arc/outboundfeeds/rss/category/politik/ausland/?outputType=xml" rel="self" type="application/rss+xml"/>'
            f"<description>{cd('Weser-Bote News Feed')}</description><lastBuildDate>{gmt(d(2026, 1, 22, 16, 10, 0, 0))}</lastBuildDate><language>de</language><ttl>1</ttl>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>'
            + head + "".join(rows) + "</channel></rss>")
    return feed("de_weserbote_ausland_arcxp.rss.xml", text, items, lang="de", outlet="Weser-Bote", aliases=["Weser Bote"],
                structure="German regional daily (Bremen) on Arc XP outbound feeds: one line without trailing newline, CDATA channel 'Brand – Ausland' with an en dash, '<Brand> News Feed' description, permalink guids, CDATA dc:creator with a reporter, 'dpa', a team credit, 'Name, Ort' or absent, a 'Plus' <category> for paywalled pieces, GMT pubDates (newsroom +0100), content:encoded with an 'Artikel anhören' AI-voice widget, a KI-assistance disclaimer, a newsletter teaser, 'Lesen Sie auch:' links, 'Maskat (dpa) -' dateline and the 'dpa-infocom' tail, a Liveticker with '++' in the title, a video, WebP media:content credited 'Foto: dpa', January 2026")


# ---------------------------------------------------------------- German service of an international public broadcaster: Atom from a headless CMS
def weltfunk():
    rows, items = [], []
    base = "https://www.weltfunk.example"

    def add(aid, slug, title, when, authors, summary, exp, content=None, upd=None):
        url = f"{base}/de/{slug}/a-{aid}"
        au = "".join(f"<author><name>{esc(a)}</name></author>" for a in authors)
        co = f'\n    <content type="html">{esc(content)}</content>' if content else ""
        rows.append(f"  <entry>\n    <id>{url}</id>\n    <title>{esc(title)}</title>\n    <link rel=\"alternate\" href=\"{url}?maca=de-rss-de-welt-4025-xml-atom\"/>\n"
                    f"    <published>{when.isoformat()}</published>\n    <updated>{(upd or when).isoformat()}</updated>\n    {au}\n    <summary type=\"text\">{esc(summary)}</summary>{co}\n  </entry>")
        items.append(exp(url))

    w = d(2025, 12, 11, 14, 22, 0, 1)
    add(75122034, "kenia-proteste-gen-z-nairobi-haushalt", "Kenias Generation Z geht wieder auf die Straße", w, ["Wanjiru Kamau", "Lukas Reinhold"],
        "In Nairobi protestieren erneut Tausende junge Menschen gegen Steuererhöhungen. Die Polizei setzt Tränengas ein.",
        lambda k: it(k, "Kenias Generation Z geht wieder auf die Straße", w, ["Wanjiru Kamau", "Lukas Reinhold"], quotes=[q("Achieng Otieno")],
                     junk=["Bild: Brian Mwangi", "Zum Überspringen der Bildergalerie"], note="Protests abroad: relevant. Two Atom authors; the photo credit span is glued to the caption; screen-reader text at the end."),
        content='<p>In Nairobi sind am Donnerstag erneut Tausende überwiegend junge Menschen gegen geplante Steuererhöhungen auf die Straße gegangen. Die Polizei setzte Tränengas und Wasserwerfer ein.</p>'
        '<p>„Wir zahlen für Schulden, die wir nicht gemacht haben“, sagte die Studentin Achieng Otieno unserer Reporterin.</p>'
        '<figure><img src="https://static.weltfunk.example/image/75122031_906.webp" alt="Demonstrierende mit kenianischen Flaggen"/><figcaption>Junge Demonstrierende in Nairobi<span class="credit">Bild: Brian Mwangi/Weltfunk</span></figcaption></figure>'
        '<p class="sr-only">Zum Überspringen der Bildergalerie hier klicken</p>',
        upd=d(2025, 12, 11, 16, 5, 0, 1))
    w = d(2025, 12, 10, 9, 0, 0, 1)
    add(75110921, "weltfunk-nachrichten-10-dezember", "Weltfunk Nachrichten – Der Tag im Überblick", w, [],
        "Die wichtigsten Nachrichten in 60 Sekunden, zum Anhören.",
        lambda k: it(k, "Weltfunk Nachrichten – Der Tag im Überblick", w, [], story=False, rel=False, note="Audio news bulletin: not a story."))
    w = d(2025, 12, 9, 17, 45, 0, 1)
    add(75103377, "chile-stichwahl-ergebnis-praesidentschaft", "Chile: Konservativer Kandidat gewinnt Stichwahl deutlich", w, ["Carla Mendes Hoffmann"],
        "Mit 56 Prozent der Stimmen setzt sich der Herausforderer durch. Die Wahlbeteiligung lag bei 84 Prozent.",
        lambda k: it(k, "Chile: Konservativer Kandidat gewinnt Stichwahl deutlich", w, ["Carla Mendes Hoffmann"], note="Election abroad: relevant. Summary only, no content."))
    w = d(2025, 12, 8, 12, 10, 0, 1)
    add(75099810, "deutsch-lernen-weihnachtsmarkt-vokabeln", "Deutsch lernen: Vokabeln für den Weihnachtsmarkt 🎄", w, ["Redaktion Deutschkurse"],
        "Glühwein, Lebkuchen und Mandeln: Wir erklären die wichtigsten Wörter.",
        lambda k: it(k, "Deutsch lernen: Vokabeln für den Weihnachtsmarkt 🎄", w, [], story=False, rel=False,
                     note="Language-course item of the broadcaster: not a story. 'Redaktion Deutschkurse' is not a person."))
    w = d(2025, 12, 7, 8, 30, 0, 1)
    add(75091244, "syrien-rueckkehr-fluechtlinge-libanon-winter", "Rückkehr nach Syrien: Warum viele Geflüchtete im Libanon noch zögern", w, ["Rania Haddad"],
        "Ein Jahr nach dem Machtwechsel in Damaskus sind Hunderttausende zurückgekehrt. Viele andere warten ab.",
        lambda k: it(k, "Rückkehr nach Syrien: Warum viele Geflüchtete im Libanon noch zögern", w, ["Rania Haddad"], quotes=[q("Omar Khatib", "UNHCR")],
                     junk=["Diese Recherche wurde unterstützt"], note="Refugee returns: relevant."),
        content='<p>In der Bekaa-Ebene packt Familie Darwish seit Wochen. Ob sie wirklich fährt, weiß sie noch nicht.</p>'
        '<p>„Die Menschen wollen zurück, aber nicht in Ruinen ohne Strom und Schulen“, sagt Omar Khatib, Sprecher des UN-Flüchtlingshilfswerks UNHCR in Beirut.</p>'
        '<p>Nach Angaben der Organisation sind seit Dezember 2024 rund 400.000 Menschen aus dem Libanon nach Syrien zurückgekehrt. Im Libanon leben aber weiterhin mehr als eine Million Syrerinnen und Syrer.</p>'
        '<p><em>Diese Recherche wurde unterstützt vom Journalismus-Fonds Nahost.</em></p>')
    w = d(2025, 12, 6, 15, 0, 0, 1)
    add(75088002, "bundesliga-spitzenspiel-vorschau", "Bundesliga: Spitzenspiel in Leipzig", w, ["Tim Brückner"],
        "Der Tabellenführer gastiert am Samstagabend in Leipzig.",
        lambda k: it(k, "Bundesliga: Spitzenspiel in Leipzig", w, ["Tim Brückner"], rel=False, note="Sport: not relevant."))
    head = (f'  <id>tag:weltfunk.example,2025:/de/rss/welt</id>\n  <title>Weltfunk | Welt</title>\n  <subtitle>Nachrichten aus aller Welt vom deutschen Auslandsrundfunk</subtitle>\n'
            f'  <link rel="self" href="https://rss.weltfunk.example/atom/de-welt"/>\n  <link rel="alternate" href="{base}/de/welt/s-1433"/>\n  <updated>{d(2025, 12, 11, 16, 5, 0, 1).isoformat()}</updated>\n'
            '  <rights>© 2025 Weltfunk</rights>\n  <icon>https://static.weltfunk.example/img/favicon.ico</icon>')
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">\n' + head + "\n" + "\n".join(rows) + "\n</feed>\n")
    return feed("de_weltfunk_welt_headless.atom.xml", text, items, lang="de", outlet="Weltfunk", shape="atom", ctype="application/atom+xml; charset=utf-8",
                structure="German service of an international public broadcaster (DW-style, Bonn/Berlin) as Atom from a headless CMS on a separate rss host: xml:lang='de', tag: feed id, 'Brand | Welt' title, rights and icon, entries with <id> = article URL ('/de/<slug>/a-<8 digits>'), alternate links with a '?maca=' tracking parameter, published and updated (+01:00), one <author> per person or none or 'Redaktion Deutschkurse', text summaries, escaped HTML content on some entries with a figure whose credit span is glued to the caption ('…NairobiBild: NAME/Weltfunk'), screen-reader text, a funding note, an audio bulletin and a German-course item with an emoji, December 2025")


# ---------------------------------------------------------------- wire-fed German news portal
def nachrichtenportal():
    rows, items = [], []
    base = "https://www.kompass24.example"

    def add(nid, slug, title, when, desc, exp, author=None, enc=True):
        url = f"{base}/nachrichten/ausland/id_{nid}/{slug}.html"
        au = f"\n<author>{esc(author)}</author>" if author else ""
        en = f'\n<enclosure url="https://bilder.kompass24.example/{nid}v1/fit-in/1200x675/{slug[:18]}.webp" type="image/webp" length="0"/>' if enc else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}?utm_source=rss&amp;utm_medium=feed&amp;utm_campaign=ausland</link>\n<guid isPermaLink=\"false\">id_{nid}</guid>\n"
                    f"<pubDate>{rfc822(when, 'en')}</pubDate>{au}\n<description>{esc(desc)}</description>{en}\n</item>")
        items.append(exp(f"id_{nid}"))

    w = d(2025, 11, 20, 15, 33, 0, 1)
    add(101482233, "serbien-proteste-novi-sad-jahrestag", "🔴 Serbien: Zehntausende bei Gedenkmarsch in Novi Sad", w,
        "<p>Ein Jahr nach dem Einsturz des Bahnhofsvordachs ziehen erneut Zehntausende durch Novi Sad. Die Regierung spricht von „vom Ausland gesteuerten“ Protesten. (AFP/dpa)</p>",
        lambda k: it(k, "🔴 Serbien: Zehntausende bei Gedenkmarsch in Novi Sad", w, [], junk=["(AFP/dpa)"],
                     note="Portal wire story: agency credit in parentheses at the end, no person. The red-dot emoji marks breaking news; keeping it is correct, dropping it too (Title label '🔴' may be kept or dropped)."))
    w = d(2025, 11, 20, 12, 0, 0, 1)
    add(101481977, "newsblog-nahost-waffenruhe-gaza", "Nahost-Newsblog: Hilfskonvois erreichen Norden des Gazastreifens", w,
        "<p>Alle aktuellen Entwicklungen im Newsblog. Hier lesen Sie mehr.</p>",
        lambda k: it(k, "Nahost-Newsblog: Hilfskonvois erreichen Norden des Gazastreifens", w, [], story=False, rel=False, note="Newsblog (live page): not a story."))
    w = d(2025, 11, 19, 18, 20, 0, 1)
    add(101481050, "cop30-belem-abschluss-einigung", "Klimakonferenz in Belém endet mit Minimalkompromiss", w,
        "<p>Nach zwei Verlängerungstagen einigen sich die Staaten auf einen Fahrplan für die Klimafinanzierung. Umweltverbände sprechen von einer „verpassten Chance“.</p><p>Mehr zum Thema: <a href=\"https://www.kompass24.example/klima/\">Alles zum Klimawandel</a></p>",
        lambda k: it(k, "Klimakonferenz in Belém endet mit Minimalkompromiss", w, ["Franziska Oberländer"], junk=["Mehr zum Thema", "Alles zum Klimawandel"],
                     note="RSS <author> holds 'e-mail (Name)' with a shared desk address; the author is the person."),
        author="ausland@kompass24.example (Franziska Oberländer)")
    w = d(2025, 11, 19, 10, 45, 0, 1)
    add(101480612, "quiz-hauptstaedte-europa", "Quiz: Kennen Sie alle Hauptstädte Europas?", w,
        "<p>Zehn Fragen – testen Sie Ihr Wissen.</p>",
        lambda k: it(k, "Quiz: Kennen Sie alle Hauptstädte Europas?", w, [], story=False, rel=False, note="Quiz: not a story."))
    w = d(2025, 11, 18, 21, 5, 0, 1)
    add(101480103, "moldau-gasversorgung-transnistrien-winter", "Moldau sichert Gasversorgung für Transnistrien über Rumänien", w,
        "<p>Chișinău und Bukarest haben einen Liefervertrag für den Winter geschlossen. Die abtrünnige Region soll erstmals Gas aus dem Westen erhalten.</p><p><i>Dieser Artikel wurde automatisch aus Agenturmeldungen erstellt.</i></p>",
        lambda k: it(k, "Moldau sichert Gasversorgung für Transnistrien über Rumänien", w, [], junk=["automatisch aus Agenturmeldungen erstellt"],
                     note="Automated agency copy with a disclaimer; no author."), enc=False)
    w = d(2025, 11, 18, 7, 55, 0, 1)
    add(101479880, "wetter-wochenende-schnee-alpen", "Wetter: Erster Schnee in den Alpen erwartet", w,
        "<p>Bis zu 30 Zentimeter Neuschnee in Lagen über 1.500 Metern. (dpa)</p>",
        lambda k: it(k, "Wetter: Erster Schnee in den Alpen erwartet", w, [], rel=False, junk=["(dpa)"], note="Weather filed under Ausland: a story, not relevant."))
    head = (f"<title>Kompass24 - Ausland</title>\n<link>{base}/nachrichten/ausland/</link>\n<description>Nachrichten aus dem Ausland</description>\n<language>de-DE</language>\n"
            f"<copyright>Kompass Digital GmbH &amp; Co. KG</copyright>\n<pubDate>{rfc822(d(2025, 11, 20, 15, 35, 0, 1))}</pubDate>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("de_kompass24_ausland_portal.rss.xml", text, items, lang="de", outlet="Kompass24",
                structure="Big German news portal (t-online-style, wire-fed) 'Ausland' RSS from a custom CMS: no namespaces, no indentation, GmbH & Co. KG copyright, channel pubDate, 'id_<9 digits>' non-permalink guids, '/nachrichten/ausland/id_<n>/<slug>.html' links with utm parameters, guid BEFORE pubDate, rare RSS <author> in 'desk-address (Name)' form, escaped HTML descriptions ending with agency credits '(AFP/dpa)', '(dpa)', a 'Mehr zum Thema:' link and an automation disclaimer, WebP enclosures with length 0, a 🔴 breaking emoji, a Newsblog, a quiz and weather, +0100 dates in November 2025")


# ---------------------------------------------------------------- Italian national daily: Esteri feed
def gazzettino():
    rows, items = [], []
    base = "https://www.corrieredelleregioni.example"
    asc = '<div class="tts"><p>🎧 <b>Ascolta l\'articolo</b> · 4 min · <i>voce generata con intelligenza artificiale</i></p></div>'

    def add(aid, slug, title, when, creator, desc, body, exp, premium=False):
        url = f"{base}/esteri/{when.strftime('%Y/%m/%d')}/news/{slug}-{aid}/"
        cr = f"<dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        pr = "<category><![CDATA[Riservato agli abbonati]]></category>" if premium else ""
        rows.append(f"    <item>\n      <title>{cd(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"true\">{url}</guid>\n      {cr}\n      <pubDate>{rfc822(when)}</pubDate>\n"
                    f"      <category><![CDATA[Esteri]]></category>{pr}\n      <description>{cd(desc)}</description>\n      <content:encoded>{cd(body)}</content:encoded>\n    </item>")
        items.append(exp(url))

    w = d(2025, 10, 16, 19, 40, 0, 2)
    add(18830212, "libia-migranti-accordo-roma-tripoli-guardia-costiera", "Migranti, nuovo accordo tra Roma e Tripoli sulla guardia costiera", w, "Valeria Santangelo",
        "Firmato al Viminale un memorandum che prevede dieci motovedette e un centro di coordinamento a Tripoli",
        asc + '<p>ROMA – Italia e Libia hanno firmato oggi un nuovo memorandum sulla cooperazione in mare che prevede la consegna di dieci motovedette e l\'apertura di un centro di coordinamento dei soccorsi a Tripoli.</p>'
        '<p>«È un accordo tecnico, non politico», ha spiegato il sottosegretario Giacomo Ferlito al termine dell\'incontro. Le ong parlano invece di «esternalizzazione delle frontiere».</p>'
        '<p>Il testo, valido tre anni, prevede anche corsi di formazione per 300 agenti libici in Italia e un fondo da 45 milioni di euro per i rimpatri volontari dai centri di detenzione. Tripoli si impegna a consentire visite periodiche dell\'Organizzazione internazionale per le migrazioni.</p>'
        '<p>Dall\'inizio dell\'anno sono sbarcate in Italia circa 52 mila persone, il 60 per cento partite dalle coste libiche.</p>'
        '<p><b>Leggi anche:</b> <a href="https://www.corrieredelleregioni.example/cronaca/lampedusa-sbarchi/">Lampedusa, ripresi gli sbarchi</a></p>',
        lambda k: it(k, "Migranti, nuovo accordo tra Roma e Tripoli sulla guardia costiera", w, ["Valeria Santangelo"], quotes=[q("Giacomo Ferlito")],
                     junk=["Ascolta l'articolo", "intelligenza artificiale", "Leggi anche", "Lampedusa, ripresi gli sbarchi"],
                     note="TTS widget with emoji first, dateline 'ROMA –', a 'Leggi anche:' link."))
    w = d(2025, 10, 16, 12, 5, 0, 2)
    add(18830050, "francia-governo-fiducia-assemblea-nazionale", "Francia, il governo ottiene la fiducia per tre voti", w, "dal nostro corrispondente Luca Ferraresi",
        "All'Assemblea nazionale il premier si salva, ma la maggioranza resta fragilissima",
        '<p>PARIGI – Per tre voti. Il governo francese ha superato la mozione di sfiducia presentata dalle opposizioni.</p>'
        '<div class="paywall"><p>Questo articolo è riservato agli abbonati. <a href="https://www.corrieredelleregioni.example/abbonamenti/">Abbonati a 1€ al mese per 3 mesi</a></p></div>',
        lambda k: it(k, "Francia, il governo ottiene la fiducia per tre voti", w, ["Luca Ferraresi"], junk=["riservato agli abbonati", "Abbonati a 1€"],
                     note="dc:creator 'dal nostro corrispondente NAME': only the person. French government confidence vote: relevant (European politics abroad). Paywall cut."), premium=True)
    w = d(2025, 10, 15, 20, 0, 0, 2)
    add(18829901, "diretta-medio-oriente-tregua-ostaggi", "Medio Oriente, la diretta: rilasciati altri quattro ostaggi", w, "Redazione Esteri",
        "Gli aggiornamenti in tempo reale",
        '<p><b>20:00</b> – La Croce Rossa conferma il trasferimento.</p><p><b>18:45</b> – Attesa al valico di Kerem Shalom.</p>',
        lambda k: it(k, "Medio Oriente, la diretta: rilasciati altri quattro ostaggi", w, [], story=False, rel=False, note="Live page ('la diretta'): not a story. 'Redazione Esteri' is not a person."))
    w = d(2025, 10, 15, 9, 30, 0, 2)
    add(18829755, "giappone-premier-visita-roma-gcap-caccia", "Il premier giapponese a Roma: accelera il programma del caccia GCAP", w, "Valeria Santangelo, Tommaso Rinaldi",
        "Italia, Giappone e Regno Unito anticipano al 2034 il primo volo del velivolo di sesta generazione",
        '<p>Il programma per il caccia di sesta generazione GCAP accelera. Al termine del vertice bilaterale di Palazzo Chigi, Italia e Giappone hanno annunciato che il primo prototipo volerà nel 2034, un anno prima del previsto.</p>'
        '<p>«Non è solo un aereo, è un\'alleanza industriale», ha commentato Renata Gallo, analista dell\'Istituto per la Difesa Europea.</p>'
        '<p><i>(Riproduzione riservata)</i></p>',
        lambda k: it(k, "Il premier giapponese a Roma: accelera il programma del caccia GCAP", w, ["Valeria Santangelo", "Tommaso Rinaldi"], quotes=[q("Renata Gallo", "Istituto per la Difesa Europea")],
                     junk=["Riproduzione riservata"], note="Two authors joined with a comma in one dc:creator."))
    w = d(2025, 10, 14, 17, 15, 0, 2)
    add(18829540, "serie-a-derby-milano-formazioni", "Derby di Milano, le probabili formazioni", w, "Redazione Sport",
        "Le scelte degli allenatori",
        '<p>Sabato sera a San Siro il derby della Madonnina.</p>',
        lambda k: it(k, "Derby di Milano, le probabili formazioni", w, [], rel=False, note="Sport misfiled in Esteri: not relevant."))
    w = d(2025, 10, 14, 8, 0, 0, 2)
    add(18829402, "podcast-globo-puntata-14-ottobre", "Globo, il podcast degli Esteri: l'Argentina al voto", w, "",
        "Ogni martedì il punto sulla politica internazionale",
        '<p><iframe src="https://podcast.corrieredelleregioni.example/embed/globo-141025"></iframe></p>',
        lambda k: it(k, "Globo, il podcast degli Esteri: l'Argentina al voto", w, [], story=False, rel=False, note="Podcast: not a story."))
    head = (f"    <title><![CDATA[Corriere delle Regioni - Esteri]]></title>\n    <link>{base}/esteri/</link>\n    <description><![CDATA[Le ultime notizie dal mondo]]></description>\n    <language>it-IT</language>\n"
            f"    <copyright>Copyright © 2025 Editoriale Regioni S.p.A. - P.IVA 01234567890</copyright>\n    <lastBuildDate>{rfc822(d(2025, 10, 16, 19, 45, 0, 2))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n  <channel>\n'
            + head + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("it_corriereregioni_esteri.rss.xml", text, items, lang="it", outlet="Corriere delle Regioni",
                structure="Italian national daily's (Rome/Milan) 'Esteri' RSS from a headless newsroom CMS: CDATA channel title 'Brand - Esteri', copyright with 'S.p.A. - P.IVA', '/esteri/YYYY/MM/DD/news/<slug>-<id>/' permalink guids, CDATA dc:creator with a person, 'A, B', 'dal nostro corrispondente NAME', 'Redazione Esteri/Sport' or empty, a 'Riservato agli abbonati' category, standfirst descriptions without final stop, content:encoded with a 🎧 'Ascolta l'articolo' AI-voice widget, 'ROMA –' datelines, «…» quotes, 'Leggi anche:' links, a paywall box ('Abbonati a 1€…'), '(Riproduzione riservata)', a live page and a podcast, +0200 dates in October 2025")


# ---------------------------------------------------------------- Swiss-Italian public broadcaster on Drupal 10
def rti():
    rows, items = [], []
    base = "https://www.rti-info.example"

    def add(nid, path, title, when, desc, exp, creator=None):
        url = f"{base}/info/mondo/{path}"
        cr = f"\n  <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{url}</link>\n  <description>{esc(desc)}</description>\n  <pubDate>{rfc822(when)}</pubDate>{cr}\n"
                    f"  <guid isPermaLink=\"false\">{nid} at {base}</guid>\n  <enclosure url=\"https://img.rti-info.example/styles/16_9_large/public/2025-09/{nid}.webp\" length=\"88210\" type=\"image/webp\" />\n</item>")
        items.append(exp(f"{nid} at {base}"))

    w = d(2025, 9, 18, 18, 30, 0, 2)
    add(3118204, "Ginevra-colloqui-Armenia-Azerbaigian-firma-trattato--3118204", "Armenia e Azerbaigian firmano a Ginevra il trattato di pace", w,
        "<p>Dopo oltre trent'anni di conflitto, i ministri degli esteri dei due Paesi hanno firmato il testo al Palazzo delle Nazioni. La Svizzera ha ospitato gli ultimi tre cicli di negoziati.</p><p>«Oggi si chiude un capitolo», ha dichiarato la mediatrice svizzera Annalisa Pedrazzini.</p>",
        lambda k: it(k, "Armenia e Azerbaigian firmano a Ginevra il trattato di pace", w, ["Matteo Bernasconi"], quotes=[q("Annalisa Pedrazzini")], note="Peace treaty: relevant."),
        creator="Matteo Bernasconi")
    w = d(2025, 9, 18, 11, 0, 0, 2)
    add(3118011, "Dazi-USA-orologi-svizzeri-trattativa-Berna--3118011", "Dazi USA, Berna tratta ancora: gli orologiai ticinesi in allarme", w,
        "<p>Il Consiglio federale ha inviato una nuova delegazione a Washington. Nel Mendrisiotto tre aziende hanno già introdotto il lavoro ridotto.</p>",
        lambda k: it(k, "Dazi USA, Berna tratta ancora: gli orologiai ticinesi in allarme", w, [], note="Swiss–US tariff negotiation: relevant. No author."))
    w = d(2025, 9, 17, 20, 15, 0, 2)
    add(3117890, "Telegiornale-edizione-delle-20--3117890", "Telegiornale delle 20 del 17.09.2025", w,
        "<p>L'edizione integrale del Telegiornale.</p>",
        lambda k: it(k, "Telegiornale delle 20 del 17.09.2025", w, [], story=False, rel=False, note="Full TV newscast: not a story."))
    w = d(2025, 9, 17, 14, 40, 0, 2)
    add(3117702, "Alluvioni-Polonia-Repubblica-Ceca-Oder--3117702", "Alluvioni nell'Europa centrale, l'Oder esonda a Breslavia", w,
        "<p>Migliaia di evacuati in Polonia e Repubblica Ceca. L'UE attiva il meccanismo di protezione civile.</p><p>Con ATS/Reuters</p>",
        lambda k: it(k, "Alluvioni nell'Europa centrale, l'Oder esonda a Breslavia", w, [], junk=["Con ATS/Reuters"], note="Disaster abroad with EU civil-protection response: relevant. Agency credits at the end."))
    w = d(2025, 9, 16, 9, 0, 0, 2)
    add(3117455, "Lugano-festival-del-cinema-mondiale-bilancio--3117455", "Festival del cinema del mondo, a Lugano 40mila spettatori", w,
        "<p>Bilancio record per la rassegna dedicata ai film dal Sud globale.</p>",
        lambda k: it(k, "Festival del cinema del mondo, a Lugano 40mila spettatori", w, [], rel=False, note="Local culture: not relevant."))
    w = d(2025, 9, 15, 16, 20, 0, 2)
    add(3117210, "Gaza-Svizzera-aiuti-UNRWA-decisione-parlamento--3117210", "Gaza, il Parlamento svizzero sblocca i fondi per l'UNRWA", w,
        "<p>Con 101 voti contro 88 il Nazionale approva 10 milioni di franchi per l'agenzia ONU.</p><p><i>Questo articolo è stato tradotto con l'ausilio dell'intelligenza artificiale da un testo in tedesco e verificato dalla redazione.</i></p>",
        lambda k: it(k, "Gaza, il Parlamento svizzero sblocca i fondi per l'UNRWA", w, ["Sandra Rüegg-Lotti"], junk=["tradotto con l'ausilio dell'intelligenza artificiale"],
                     note="AI-translation disclaimer. Swiss foreign aid decision: relevant."), creator="Sandra Rüegg-Lotti")
    head = (f"  <title>RTI Info - Mondo</title>\n  <link>{base}/info/mondo</link>\n  <description>Le notizie dal mondo della Radiotelevisione Ticinese Internazionale</description>\n  <language>it</language>")
    text = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{base}/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n'
            + head + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("it_ch_rtiinfo_mondo_drupal10.rss.xml", text, items, lang="it", outlet="RTI Info", aliases=["RTI", "Radiotelevisione Ticinese Internazionale"],
                structure="Swiss-Italian public broadcaster's (RSI-style, Lugano) 'Mondo' feed from Drupal 10: xml:base, items at column 0 under an indented channel, '/info/mondo/<Title-Case-Slug>--<nid>' links, '<nid> at <base>' guids, optional dc:creator, escaped HTML descriptions with «…» quotes, 'Con ATS/Reuters' credits and an AI-translation note, WebP enclosures with a length, a full-newscast item, +0200 dates in September 2025")


FEEDS = [weserbote, weltfunk, nachrichtenportal, gazzettino, rti]
