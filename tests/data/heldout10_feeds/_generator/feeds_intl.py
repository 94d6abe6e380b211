# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese (Brazil and Portugal) and Urdu feeds of the tenth held-out set on
the same platforms (WordPress with Yoast, Arc XP, Substack, Drupal, Blogger), and one odd Atom feed
(xml:base relative links, double-escaped entities in CDATA). All outlets, people and quotations
are invented."""
from g10 import d, item
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, atom, cdata, esc, feed, it, q, rfc822, rss

NS_SY = ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"'


# ---------------------------------------------------------------- German WordPress + Yoast
def de_wp():
    rows, items = [], []
    base = "https://www.weltblick-magazin.de"

    def add(slug, pid, title, when, creator, cats, desc, body, exp):
        url = f"{base}/{slug}/"
        tail = f'<p>Der Beitrag <a href="{url}">{title}</a> erschien zuerst auf <a href="{base}">Weltblick</a>.</p>\n'
        rows.append(item([("title", title), ("link", url), ("dc:creator", cdata(creator)), ("pubDate", rfc822(when)),
                          *[("category", cdata(c)) for c in cats], ('guid isPermaLink="false"', f"{base}/?p={pid}"),
                          ("description", cdata(f"<p>{desc} [&#8230;]</p>\n" + tail)), ("content:encoded", cdata(body + "\n" + tail))], sep="\n\t\t"))
        items.append(exp(f"{base}/?p={pid}"))

    w = d(10, 12, 14, 0, 1)
    add("moldau-eu-beitritt-transnistrien", 90412, "Moldau: Brüssel öffnet erste Verhandlungskapitel trotz Transnistrien-Frage", w, "Katrin Albrecht-Moser",
        ["Europa", "EU-Erweiterung"], "Die EU-Außenminister haben den Weg für die ersten Beitrittskapitel mit der Republik Moldau freigemacht",
        "<p>Die EU-Außenminister haben den Weg für die ersten Beitrittskapitel mit der Republik Moldau freigemacht.</p>\n<p>&#8222;Das ist ein Signal an Chișinău und an Moskau zugleich&#8220;, sagte die litauische Außenministerin Rūta Valančienė-Berg am Rande des Treffens.</p>\n<p><strong>Lesen Sie auch:</strong> <a href=\"https://www.weltblick-magazin.de/georgien-proteste/\">Georgien: Proteste gehen weiter</a></p>",
        lambda k: it(k, "Moldau: Brüssel öffnet erste Verhandlungskapitel trotz Transnistrien-Frage", w, ["Katrin Albrecht-Moser"],
                     junk=["erschien zuerst auf", "Lesen Sie auch", "Proteste gehen weiter", "[\u2026]"], quotes=[q("Rūta Valančienė-Berg", "Litauen")]))
    w = d(10, 9, 30, 0, 1)
    add("iran-atomgespraeche-oman", 90398, "Iran und die E3 sprechen wieder – diesmal in Maskat", w, "Jonas Feldkamp",
        ["Naher Osten", "Iran"], "Erstmals seit dem Auslösen des Snapback-Mechanismus treffen sich Diplomaten aus Teheran, Berlin, Paris und London",
        "<p>Erstmals seit dem Auslösen des Snapback-Mechanismus treffen sich Diplomaten aus Teheran, Berlin, Paris und London.</p>\n<p>&#8222;Wir reden nicht über ein neues Abkommen, sondern über Schadensbegrenzung&#8220;, hieß es aus dem Auswärtigen Amt.</p>",
        lambda k: it(k, "Iran und die E3 sprechen wieder – diesmal in Maskat", w, ["Jonas Feldkamp"], junk=["erschien zuerst auf"]))
    w = d(10, 7, 0, 0, 1)
    add("weltblick-am-morgen-10-dezember", 90377, "Weltblick am Morgen: Was heute wichtig ist", w, "Redaktion",
        ["Newsletter"], "Guten Morgen! Moldau, Iran und ein Gipfel in Nairobi – der Überblick",
        "<p>Guten Morgen! Moldau, Iran und ein Gipfel in Nairobi – der Überblick.</p>",
        lambda k: it(k, "Weltblick am Morgen: Was heute wichtig ist", w, story=False, note="Newsletter edition; the desk 'Redaktion' is no author"))
    w = d(9, 18, 45, 0, 1)
    add("kommentar-nato-ostflanke-litauen-brigade", 90351, "Kommentar: Die Litauen-Brigade ist mehr als Symbolpolitik", w, "Dr. Henrike Staudinger",
        ["Meinung", "Sicherheit"], "Die Bundeswehr-Brigade in Litauen wird teurer als geplant. Trotzdem ist sie richtig",
        "<p>Die Bundeswehr-Brigade in Litauen wird teurer als geplant. Trotzdem ist sie richtig.</p>",
        lambda k: it(k, "Die Litauen-Brigade ist mehr als Symbolpolitik", w, ["Henrike Staudinger"], junk=["erschien zuerst auf"],
                     note="Commentary. Title label 'Kommentar' may be kept or dropped. ['Dr. Henrike Staudinger'] is also correct"))
    w = d(9, 15, 10, 0, 1)
    add("anzeige-reisen-jordanien-winter", 90340, "Anzeige: Jordanien im Winter entdecken", w, "Partner",
        ["Anzeige"], "Petra, Wadi Rum und das Tote Meer – jetzt buchen",
        "<p>Petra, Wadi Rum und das Tote Meer – jetzt buchen.</p>",
        lambda k: it(k, "Jordanien im Winter entdecken", w, story=False, rel=False, note="Advertorial. Title label 'Anzeige' may be kept or dropped"))
    w = d(9, 11, 2, 0, 1)
    add("kenia-au-gipfel-sudan-waffenruhe", 90322, "AU-Sondergipfel in Nairobi: Afrikanische Union droht Sudans Generälen mit Sanktionen", w, "Katrin Albrecht-Moser, Nairobi",
        ["Afrika"], "Die Staats- und Regierungschefs verlangen eine Waffenruhe bis Jahresende",
        "<p>Die Staats- und Regierungschefs verlangen eine Waffenruhe bis Jahresende.</p>\n<p>&#8222;Unsere Geduld ist zu Ende&#8220;, sagte AU-Kommissionspräsident Moussa Diarra-Kouyaté. (mit Material von AFP)</p>",
        lambda k: it(k, "AU-Sondergipfel in Nairobi: Afrikanische Union droht Sudans Generälen mit Sanktionen", w, ["Katrin Albrecht-Moser"],
                     junk=["erschien zuerst auf", "mit Material von"], quotes=[q("Moussa Diarra-Kouyaté", "Afrikanische Union")],
                     note="dc:creator 'Name, City' names the reporter and her location"))
    w = d(9, 8, 15, 0, 1)
    add("china-eu-zoelle-e-autos-einigung", 90310, "E-Autos: EU und China einigen sich auf Mindestpreise statt Strafzöllen", w, "Jonas Feldkamp",
        ["Asien", "Handel"], "Nach monatelangen Verhandlungen steht ein Kompromiss",
        "<p>Nach monatelangen Verhandlungen steht ein Kompromiss.</p>\n<p>&#8222;Wir haben Zeit gekauft, nicht Frieden&#8220;, sagte ein EU-Diplomat in Brüssel.</p>",
        lambda k: it(k, "E-Autos: EU und China einigen sich auf Mindestpreise statt Strafzöllen", w, ["Jonas Feldkamp"], junk=["erschien zuerst auf"]))
    channel = ("\t<title>Außenpolitik Archive - Weltblick</title>\n\t<atom:link href=\"https://www.weltblick-magazin.de/thema/aussenpolitik/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://www.weltblick-magazin.de/thema/aussenpolitik/</link>\n"
               "\t<description>Das Magazin für internationale Politik</description>\n\t<lastBuildDate>" + rfc822(d(10, 12, 14, 0, 1)) + "</lastBuildDate>\n\t<language>de-DE</language>\n"
               "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.7.1</generator>")
    text = rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM + NS_SY)
    return feed("de_weltblick_aussenpolitik_wp.rss.xml", text, items, lang="de", outlet="Weltblick",
                structure="German WordPress + Yoast tag feed: channel 'Außenpolitik Archive - Outlet', '?p=' guids, CDATA dc:creator ('Dr. Name', 'Name, City', desks 'Redaktion' and 'Partner'), CDATA categories, numeric entities &#8222;…&#8220; for German quotes, descriptions ending ' [&#8230;]' plus Yoast's German tail 'Der Beitrag … erschien zuerst auf …', '<strong>Lesen Sie auch:</strong>' link paragraphs and '(mit Material von AFP)' in content:encoded, 'Kommentar:' and 'Anzeige:' titles, newsletter, +0100 dates",
                notes="'Redaktion' and 'Partner' are desks, not people.")


# ---------------------------------------------------------------- German Arc XP
def de_arc():
    rows, items = [], []
    base = "https://www.rheinkurier.de"

    def add(path, ans, title, when, creator, desc, exp):
        pairs = [("title", cdata(title)), ("link", base + path), ('guid isPermaLink="false"', ans)]
        if creator:
            pairs.append(("dc:creator", cdata(creator)))
        pairs += [("description", cdata(desc)), ("pubDate", rfc822(when, gmt=True)),
                  (f'media:content url="https://cloudfront-eu-central-1.images.arcpublishing.com/rheinkurier/{ans}.jpg" type="image/jpeg" height="1080" width="1920"', None)]
        rows.append(item(pairs, sep="\n"))
        items.append(exp(ans))

    w = d(10, 11, 20, 0)
    add("/politik/ausland/ukraine-wiederaufbaukonferenz-rom-zusagen-ZK4TQ7VX2NB5.html", "ZK4TQ7VX2NB5HDFL3QW8RMY6PE",
        "Wiederaufbaukonferenz in Rom: Geberländer sagen Ukraine 14 Milliarden Euro zu", w, "Matthias Krone, Rom",
        "Deutschland übernimmt den größten Einzelposten. Kiew hatte mehr erwartet. „Das reicht für einen Winter, nicht für ein Land“, sagte Vizeregierungschef Taras Hnatenko.",
        lambda k: it(k, "Wiederaufbaukonferenz in Rom: Geberländer sagen Ukraine 14 Milliarden Euro zu", w, ["Matthias Krone"],
                     quotes=[q("Taras Hnatenko", "Ukraine")]))
    w = d(10, 8, 5, 0)
    add("/politik/ausland/serbien-kosovo-grenzuebergang-jarinje-JX2PL8.html", "JX2PL8MN4BV6CX1ZQ9WE7RT3YU",
        "Serbien und Kosovo: Grenzübergang Jarinje nach Schüssen geschlossen (Plus)", w, "Ana Petrović-Lenz",
        "Die Kfor-Truppe hat ihre Präsenz an der Grenze verstärkt.",
        lambda k: it(k, "Serbien und Kosovo: Grenzübergang Jarinje nach Schüssen geschlossen", w, ["Ana Petrović-Lenz"],
                     note="Paywalled article: the '(Plus)' marker is no part of the title. Title label '(Plus)' may be kept or dropped"))
    w = d(9, 19, 40, 0)
    add("/politik/ausland/liveblog-nahost-gaza-verhandlungen-KM7.html", "KM7NB3VC5XZ8LK2JH4GF6DS1AQ",
        "Nahost-Liveblog: Verhandlungen in Kairo gehen in dritten Tag", w, "",
        "Alle Entwicklungen im Liveblog.",
        lambda k: it(k, "Nahost-Liveblog: Verhandlungen in Kairo gehen in dritten Tag", w, story=False, note="Live blog"))
    w = d(9, 16, 0, 0)
    add("/politik/ausland/analyse-chinas-einfluss-zentralasien-TR5.html", "TR5YU8IO1PA4SD7FG2HJ6KL3ZX",
        "Analyse: Warum Kasachstan zwischen Peking und Moskau laviert", w, "Dr. Lea Wunderlich und Benedikt Sauer",
        "Astana hat einen Atomkraftwerksvertrag mit einem chinesischen Konsortium unterschrieben – und Moskau zugleich Bahntransit zugesagt.",
        lambda k: it(k, "Warum Kasachstan zwischen Peking und Moskau laviert", w, ["Lea Wunderlich", "Benedikt Sauer"],
                     note="Analysis. Title label 'Analyse' may be kept or dropped. ['Dr. Lea Wunderlich', 'Benedikt Sauer'] is also correct"))
    w = d(9, 12, 30, 0)
    add("/sport/fussball/bundesliga-koeln-sieg-DF4.html", "DF4GH7JK1LZ5XC8VB2NM6QW3ER",
        "Bundesliga: Köln gewinnt in Mainz dank Last-Minute-Tor", w, "dpa",
        "Der Aufsteiger klettert auf Platz zehn.",
        lambda k: it(k, "Bundesliga: Köln gewinnt in Mainz dank Last-Minute-Tor", w, rel=False,
                     note="Agency copy: dc:creator 'dpa'. [\"dpa\"] is also correct"))
    w = d(9, 9, 15, 0)
    add("/politik/ausland/venezuela-guyana-essequibo-referendum-WE1.html", "WE1RT4YU7IO2PA5SD8FG3HJ6KL",
        "Venezuela kündigt Militärmanöver nahe Essequibo an – Guyana ruft UN-Sicherheitsrat an", w, "AFP/dpa",
        "CARACAS (AFP) - Venezuelas Regierung hat Manöver an der Grenze zu Guyana angekündigt. Georgetown sprach von einer „offenen Drohung“.",
        lambda k: it(k, "Venezuela kündigt Militärmanöver nahe Essequibo an – Guyana ruft UN-Sicherheitsrat an", w,
                     junk=["CARACAS (AFP) -"], note="Agency copy. [\"AFP\", \"dpa\"] is also correct"))
    channel = ("<title><![CDATA[Ausland – Rhein-Kurier]]></title>\n<link>https://www.rheinkurier.de</link>\n"
               '<atom:link href="https://www.rheinkurier.de/arc/outboundfeeds/rss/category/politik/ausland/?outputType=xml" rel="self" type="application/rss+xml"/>\n'
               "<description><![CDATA[Rhein-Kurier News Feed]]></description>\n<lastBuildDate>" + rfc822(d(10, 11, 30), gmt=True) + "</lastBuildDate>\n"
               "<language>de</language>\n<copyright>© Rhein-Kurier Verlag GmbH &amp; Co. KG</copyright>\n<ttl>1</ttl>")
    text = rss(channel, rows, ns=NS_ATOM + NS_DC + NS_MEDIA)
    return feed("de_rheinkurier_ausland_arcxp.rss.xml", text, items, lang="de", outlet="Rhein-Kurier",
                aliases=["Rheinkurier"],
                structure="German Arc XP outbound-feeds RSS: channel 'Ausland – Outlet', 26-character ANS ids as guids, CDATA dc:creator with 'Name, City', 'Dr. Name und Name', agencies 'dpa' and 'AFP/dpa', or absent on a live blog, '(Plus)' paywall suffix on titles, 'Analyse:' kicker, 'CITY (AFP) -' agency dateline, „…“ quotes in teasers, media:content, GMT dates, 'Verlag GmbH & Co. KG' copyright",
                notes="'Name, City' in dc:creator is the reporter plus location; '(Plus)' marks paywalled pieces.")


# ---------------------------------------------------------------- Italian WordPress + Yoast
def it_wp():
    rows, items = [], []
    base = "https://www.lagazzettadeglesteri.it"

    def add(slug, pid, title, when, creator, cats, desc, body, exp):
        url = f"{base}/{slug}/"
        tail = f'<p>L\'articolo <a href="{url}">{title}</a> proviene da <a href="{base}">La Gazzetta degli Esteri</a>.</p>\n'
        rows.append(item([("title", title), ("link", url), ("dc:creator", cdata(creator)), ("pubDate", rfc822(when)),
                          *[("category", cdata(c)) for c in cats], ('guid isPermaLink="false"', f"{base}/?p={pid}"),
                          ("description", cdata(f"<p>{desc} [&#8230;]</p>\n" + tail)), ("content:encoded", cdata(body + "\n" + tail))], sep="\n\t\t"))
        items.append(exp(f"{base}/?p={pid}"))

    w = d(10, 13, 40, 0, 1)
    add("libia-tripoli-bengasi-accordo-petrolio", 77120, "Libia, intesa Tripoli-Bengasi sulla ripartizione dei proventi petroliferi", w, "Giulia Santoro",
        ["Africa", "Energia"], "L&#8217;accordo, mediato dall&#8217;Onu, prevede un comitato tecnico congiunto",
        "<p>L&#8217;accordo, mediato dall&#8217;Onu, prevede un comitato tecnico congiunto.</p>\n<p>&#171;È un primo passo, non la pace&#187;, ha dichiarato l&#8217;inviata speciale delle Nazioni Unite, Margit Halvorsen-Pace.</p>\n<p><strong>Leggi anche:</strong> <a href=\"https://www.lagazzettadeglesteri.it/tunisia-migranti/\">Tunisia, nuovi sbarchi a Lampedusa</a></p>",
        lambda k: it(k, "Libia, intesa Tripoli-Bengasi sulla ripartizione dei proventi petroliferi", w, ["Giulia Santoro"],
                     junk=["proviene da", "Leggi anche", "nuovi sbarchi", "[\u2026]"], quotes=[q("Margit Halvorsen-Pace", "Nazioni Unite")]))
    w = d(10, 10, 5, 0, 1)
    add("albania-centri-migranti-corte-ue", 77105, "Centri in Albania, la Corte Ue boccia il trasferimento dei richiedenti asilo", w, "Redazione",
        ["Europa", "Migranti"], "Secondo i giudici di Lussemburgo manca una valutazione individuale",
        "<p>Secondo i giudici di Lussemburgo manca una valutazione individuale.</p>\n<p>&#171;Rispettiamo la sentenza ma andiamo avanti&#187;, ha detto il sottosegretario Filippo Marangoni.</p>",
        lambda k: it(k, "Centri in Albania, la Corte Ue boccia il trasferimento dei richiedenti asilo", w, junk=["proviene da"],
                     quotes=[q("Filippo Marangoni")], note="'Redazione' is the desk, not an author"))
    w = d(10, 8, 0, 0, 1)
    add("diretta-ucraina-russia-10-dicembre", 77099, "Ucraina-Russia, la diretta di oggi 10 dicembre", w, "Redazione",
        ["Diretta", "Ucraina"], "Tutti gli aggiornamenti minuto per minuto",
        "<p>Tutti gli aggiornamenti minuto per minuto.</p>",
        lambda k: it(k, "Ucraina-Russia, la diretta di oggi 10 dicembre", w, story=False, note="Live blog"))
    w = d(9, 19, 15, 0, 1)
    add("cina-taiwan-esercitazioni-stretto", 77081, "Cina, nuove esercitazioni attorno a Taiwan: &#171;Avvertimento ai separatisti&#187;", w, "Luca Bernardini, corrispondente da Pechino",
        ["Asia"], "Pechino ha schierato portaerei e bombardieri a est dell&#8217;isola",
        "<p>PECHINO &#8211; Pechino ha schierato portaerei e bombardieri a est dell&#8217;isola.</p>",
        lambda k: it(k, "Cina, nuove esercitazioni attorno a Taiwan: «Avvertimento ai separatisti»", w, ["Luca Bernardini"],
                     junk=["proviene da", "PECHINO \u2013"]))
    w = d(9, 16, 30, 0, 1)
    add("ricetta-panettone-tradizionale", 77060, "Il panettone fatto in casa: la ricetta tradizionale", w, "Chiara Venturi",
        ["Lifestyle"], "Lievitazione lunga, canditi e uvetta",
        "<p>Lievitazione lunga, canditi e uvetta.</p>",
        lambda k: it(k, "Il panettone fatto in casa: la ricetta tradizionale", w, ["Chiara Venturi"], rel=False, junk=["proviene da"]))
    w = d(9, 11, 45, 0, 1)
    add("argentina-fmi-nuovo-programma", 77044, "Argentina, l&#8217;Fmi approva un nuovo programma da 8 miliardi", w, "Giulia Santoro",
        ["Americhe", "Economia"], "Buenos Aires si impegna a eliminare il cambio parallelo entro giugno",
        "<p>Buenos Aires si impegna a eliminare il cambio parallelo entro giugno.</p>",
        lambda k: it(k, "Argentina, l\u2019Fmi approva un nuovo programma da 8 miliardi", w, ["Giulia Santoro"], junk=["proviene da"]))
    w = d(9, 9, 0, 0, 1)
    add("serbia-kosovo-dialogo-bruxelles", 77031, "Serbia-Kosovo, a Bruxelles fallisce l&#8217;ennesimo round di dialogo", w, "Luca Bernardini",
        ["Balcani", "Europa"], "Nessuna intesa sull&#8217;associazione dei comuni a maggioranza serba",
        "<p>Nessuna intesa sull&#8217;associazione dei comuni a maggioranza serba.</p>\n<p>&#171;Belgrado non ha voluto firmare nulla&#187;, ha detto il premier kosovaro Arben Krasniqi-Dema.</p>",
        lambda k: it(k, "Serbia-Kosovo, a Bruxelles fallisce l\u2019ennesimo round di dialogo", w, ["Luca Bernardini"], junk=["proviene da"],
                     quotes=[q("Arben Krasniqi-Dema", "Kosovo")]))
    channel = ("\t<title>Esteri Archivi - La Gazzetta degli Esteri</title>\n\t<atom:link href=\"https://www.lagazzettadeglesteri.it/category/esteri/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://www.lagazzettadeglesteri.it/category/esteri/</link>\n"
               "\t<description>Notizie dal mondo</description>\n\t<lastBuildDate>" + rfc822(d(10, 13, 40, 0, 1)) + "</lastBuildDate>\n\t<language>it-IT</language>\n"
               "\t<generator>https://wordpress.org/?v=6.6.2</generator>")
    text = rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM + NS_SY)
    return feed("it_gazzettadeglesteri_esteri_wp.rss.xml", text, items, lang="it", outlet="La Gazzetta degli Esteri",
                aliases=["Gazzetta degli Esteri"],
                structure="Italian WordPress + Yoast category feed: channel 'Esteri Archivi - Outlet', '?p=' guids, CDATA dc:creator ('Redazione' desk, 'Name, corrispondente da City'), numeric entities &#171;…&#187; and &#8217; (also inside titles), descriptions ending ' [&#8230;]' plus Yoast's Italian tail 'L'articolo … proviene da …', '<strong>Leggi anche:</strong>' link paragraph, 'CITY &#8211;' dateline, 'la diretta' live blog, recipe item, +0100 dates",
                notes="'Redazione' is the desk; 'Name, corrispondente da Pechino' names a correspondent.")


# ---------------------------------------------------------------- Brazilian Substack
def pt_br_substack():
    rows, items = [], []
    base = "https://olharglobal.substack.com"
    sub = '<div class="subscription-widget-wrap-editor" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Olhar Global é uma publicação mantida pelos leitores. Para receber novos posts e apoiar meu trabalho, considere se tornar um assinante gratuito ou pago.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Digite seu e-mail…" tabindex="-1"><input type="submit" class="button primary" value="Inscrever-se"></form></div></div>'
    share = '<p class="button-wrapper" data-component-name="ButtonCreateButton"><a class="button primary" href="https://olharglobal.substack.com/?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Compartilhar</span></a></p>'

    def add(slug, title, subt, when, body, exp, author="Beatriz Alencar"):
        url = f"{base}/p/{slug}"
        rows.append(item([("title", cdata(title)), ("description", cdata(subt)), ("link", url), ('guid isPermaLink="false"', url),
                          ("dc:creator", cdata(author)), ("pubDate", rfc822(when, gmt=True)),
                          (f'enclosure url="https://substack-post-media.s3.amazonaws.com/public/images/{len(slug) * 104729:08d}_1200x675.jpeg" length="0" type="image/jpeg"', None),
                          ("content:encoded", cdata(body))]))
        items.append(exp(url))

    w = d(10, 10, 0, 0)
    add("mercosul-bolivia-adesao", "A Bolívia entra no Mercosul pela porta dos fundos", "O que muda com a adesão plena — e o que não muda", w,
        "<p>O Itamaraty comemorou, mas o texto aprovado em Montevidéu adia por seis anos a adoção da tarifa externa comum.</p>" + sub +
        "<p>“A Bolívia ganhou a cadeira, não o cardápio”, disse o embaixador aposentado Ricardo Lins de Morais, que negociou o protocolo de 2015.</p>" + share,
        lambda k: it(k, "A Bolívia entra no Mercosul pela porta dos fundos", w, ["Beatriz Alencar"],
                     junk=["mantida pelos leitores", "Inscrever-se", "Compartilhar", "considere se tornar"], quotes=[q("Ricardo Lins de Morais")]))
    w = d(8, 10, 0, 0)
    add("lula-china-visita-balanco", "O balanço da visita a Pequim, em cinco pontos", "Acordos assinados, promessas e silêncios", w,
        "<p>Foram 20 atos assinados, mas nenhum sobre a Rota da Seda.</p><p>“O Brasil não precisa aderir para participar”, afirmou a assessora especial Helena Vasconcelos Prado.</p>" + sub,
        lambda k: it(k, "O balanço da visita a Pequim, em cinco pontos", w, ["Beatriz Alencar"], junk=["Inscrever-se", "mantida pelos leitores"],
                     quotes=[q("Helena Vasconcelos Prado")]))
    w = d(6, 12, 0, 0)
    add("thread-perguntas-dezembro", "Thread de dezembro: mandem suas perguntas", "Para assinantes pagos", w,
        "<p>Respondo tudo na próxima edição.</p>",
        lambda k: it(k, "Thread de dezembro: mandem suas perguntas", w, ["Beatriz Alencar"], story=False, rel=False, note="Subscriber discussion thread"))
    w = d(4, 10, 0, 0)
    add("venezuela-roraima-fronteira-refugiados", "Pacaraima, de novo no limite", "A fronteira com a Venezuela e a nova onda de chegadas", w,
        "<p>PACARAIMA (RR) — A Operação Acolhida registrou 1.200 entradas por dia em novembro, o dobro de junho.</p>"
        "<p>“Não temos mais onde abrigar ninguém”, disse a coordenadora do abrigo Janokoida, irmã Lúcia Tavares.</p>"
        '<div class="paywall-jump" data-component-name="PaywallToDOM"></div><p>Continue lendo com um teste gratuito de 7 dias</p><p>Assine Olhar Global para continuar lendo este post e ter acesso por 7 dias ao arquivo completo.</p>',
        lambda k: it(k, "Pacaraima, de novo no limite", w, ["Beatriz Alencar"], junk=["Continue lendo", "teste gratuito", "Assine Olhar Global", "PACARAIMA (RR) —"],
                     quotes=[q("Lúcia Tavares")]))
    w = d(2, 10, 0, 0)
    add("podcast-ep-18-africa-do-sul-g20", "🎧 Episódio 18: a África do Sul depois do G20", "Com o professor Tiago Nkosi Ferreira", w,
        '<div class="native-audio-embed" data-component-name="AudioPlaceholder"></div><p>Conversamos sobre o legado da presidência sul-africana.</p>',
        lambda k: it(k, "Episódio 18: a África do Sul depois do G20", w, ["Beatriz Alencar"], story=False, note="Podcast episode"))
    w = d(1, 10, 0, 0)
    add("argentina-milei-eleicoes-legislativas", "Argentina: o que os números de outubro dizem sobre 2027", "Análise dos resultados por província", w,
        "<p>O partido do governo venceu em 14 das 24 províncias, mas perdeu Buenos Aires por 4 pontos.</p>" + share,
        lambda k: it(k, "Argentina: o que os números de outubro dizem sobre 2027", w, ["Beatriz Alencar"], junk=["Compartilhar"]))
    channel = ("<title><![CDATA[Olhar Global]]></title><description><![CDATA[Política externa brasileira e o mundo visto do Sul, por Beatriz Alencar]]></description>"
               "<link>https://olharglobal.substack.com</link><generator>Substack</generator><lastBuildDate>" + rfc822(d(10, 10, 5), gmt=True) + "</lastBuildDate>"
               '<atom:link href="https://olharglobal.substack.com/feed" rel="self" type="application/rss+xml"/><copyright><![CDATA[Beatriz Alencar]]></copyright><language><![CDATA[pt]]></language><webMaster><![CDATA[olharglobal@substack.com]]></webMaster>')
    text = rss(channel, rows, ns=NS_DC + NS_CONTENT + NS_ATOM, sep="")
    return feed("pt_br_substack_olharglobal.rss.xml", text, items, lang="pt", outlet="Olhar Global",
                structure="Brazilian Substack newsletter feed: single line, CDATA titles with an emoji on the podcast, subtitle descriptions, guid = post URL, CDATA dc:creator, GMT dates, image enclosure with length 0, content:encoded with the Portuguese subscription widget ('publicação mantida pelos leitores', 'Inscrever-se'), 'Compartilhar' buttons, Portuguese paywall cut ('Continue lendo com um teste gratuito de 7 dias'), 'CITY (UF) —' dateline, “…” quotes with 'disse'/'afirmou', a subscriber thread and a podcast post, copyright = writer",
                notes="One-person newsletter: outlet = publication name, author = writer.")


# ---------------------------------------------------------------- Portuguese Drupal with localized dates
def pt_pt_drupal():
    rows, items = [], []
    base = "https://www.correiodoatlantico.pt"

    def add(path, nid, title, when, creator, desc, exp):
        pairs = [("title", esc(title)), ("link", base + path), ("description", esc(desc)), ("pubDate", rfc822(when, lang="pt-pt"))]
        if creator:
            pairs.append(("dc:creator", esc(creator)))
        pairs.append(('guid isPermaLink="false"', f"{nid} at {base}"))
        rows.append(item(pairs, sep="\n  "))
        items.append(exp(f"{nid} at {base}"))

    w = d(10, 12, 30, 0)
    add("/mundo/cabo-verde-eleicoes-observadores-ue", 512233, "Cabo Verde: observadores da UE elogiam eleições mas criticam financiamento", w, "Agência Lusa",
        '<p>Praia, 10 dez 2026 (Lusa) – A missão de observação eleitoral da União Europeia considerou hoje que as legislativas decorreram "de forma pacífica e transparente".</p><p>"O quadro legal do financiamento partidário continua opaco", disse a chefe da missão, a eurodeputada Inês Carvalhal-Brandt.</p>',
        lambda k: it(k, "Cabo Verde: observadores da UE elogiam eleições mas criticam financiamento", w,
                     junk=["(Lusa)", "Praia, 10 dez 2026"], quotes=[q("Inês Carvalhal-Brandt", "União Europeia")],
                     note="Agency copy: [\"Agência Lusa\"] is also correct"))
    w = d(10, 9, 0, 0)
    add("/mundo/mocambique-cabo-delgado-ruanda-tropas", 512210, "Moçambique e Ruanda prolongam missão militar em Cabo Delgado", w, "Sofia Mendes Rocha",
        "<p>O acordo foi assinado em Maputo pelos ministros da Defesa dos dois países.</p>",
        lambda k: it(k, "Moçambique e Ruanda prolongam missão militar em Cabo Delgado", w, ["Sofia Mendes Rocha"]))
    w = d(9, 22, 10, 0)
    add("/mundo/guine-bissau-cedeao-suspensao-reacao", 512198, "Guiné-Bissau reage à suspensão: \"Decisão precipitada\"", w, "Agência Lusa",
        '<p>Bissau, 09 dez 2026 (Lusa) – O Governo de transição guineense classificou hoje como "precipitada" a suspensão decidida pela CEDEAO.</p>',
        lambda k: it(k, "Guiné-Bissau reage à suspensão: \"Decisão precipitada\"", w, junk=["(Lusa)"],
                     note="Agency copy: [\"Agência Lusa\"] is also correct"))
    w = d(9, 18, 0, 0)
    add("/multimedia/galeria-natal-lisboa-luzes", 512180, "Galeria: As luzes de Natal de Lisboa", w, "",
        "<p>Veja as imagens.</p>",
        lambda k: it(k, "As luzes de Natal de Lisboa", w, story=False, rel=False, note="Photo gallery. Title label 'Galeria' may be kept or dropped"))
    w = d(9, 15, 20, 0)
    add("/mundo/brasil-portugal-cimeira-vistos", 512166, "Cimeira luso-brasileira: Lisboa promete acelerar vistos para brasileiros", w, "Ricardo Tavares e Marta Quintela",
        '<p>"Não haverá filas de dois anos", garantiu o ministro dos Negócios Estrangeiros, Duarte Aguiar Pinto.</p>',
        lambda k: it(k, "Cimeira luso-brasileira: Lisboa promete acelerar vistos para brasileiros", w, ["Ricardo Tavares", "Marta Quintela"],
                     quotes=[q("Duarte Aguiar Pinto", "Negócios Estrangeiros")]))
    w = d(9, 11, 0, 0)
    add("/desporto/benfica-champions-sorteio", 512150, "Benfica conhece adversário nos oitavos da Champions", w, "Redação",
        "<p>Sorteio ditou duelo com equipa alemã.</p>",
        lambda k: it(k, "Benfica conhece adversário nos oitavos da Champions", w, rel=False, note="'Redação' is the desk, not an author"))
    w = d(9, 8, 30, 0)
    add("/mundo/angola-rdcongo-mediacao-luanda", 512141, "Angola acolhe nova ronda de mediação entre RDCongo e Ruanda", w, "Sofia Mendes Rocha",
        '<p>Luanda recebe na próxima semana os chefes da diplomacia dos dois países.</p><p>"A paz no Leste do Congo é também a nossa segurança", afirmou o ministro angolano Tomás Kiala.</p>',
        lambda k: it(k, "Angola acolhe nova ronda de mediação entre RDCongo e Ruanda", w, ["Sofia Mendes Rocha"], quotes=[q("Tomás Kiala", "Angola")]))
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="https://www.correiodoatlantico.pt/"' + NS_DC + NS_ATOM + '>\n<channel>\n'
            "  <title>Mundo | Correio do Atlântico</title>\n  <link>https://www.correiodoatlantico.pt/</link>\n  <description>Notícias internacionais</description>\n  <language>pt-pt</language>\n"
            "  <copyright>© Correio do Atlântico - Comunicação Social, S.A.</copyright>\n  " + "\n  ".join(rows) + "\n</channel>\n</rss>\n")
    return feed("pt_pt_correiodoatlantico_mundo_drupal.rss.xml", text, items, lang="pt", outlet="Correio do Atlântico",
                structure="Portuguese Drupal views RSS: xml:base, channel 'Mundo | Outlet', escaped <p> descriptions, pubDate with LOCALIZED Portuguese day and month names ('Qui, 10 Dez 2026 12:30:00 +0000'), dc:creator with 'Agência Lusa', 'Redação' (desk), 'Name e Name', or empty, Lusa datelines 'City, 10 dez 2026 (Lusa) –', ASCII double quotes, guids '<nid> at https://site', gallery and football items, 'Comunicação Social, S.A.' copyright",
                notes="Dates use Portuguese abbreviations (Qui, Dez), as some Drupal sites emit with a localized locale.")


# ---------------------------------------------------------------- Urdu Blogger
def ur_blogger():
    entries, items = [], []
    blog = "https://aalmiakhbar.blogspot.com"

    def add(pid, path, title, pub, author, content, exp, labels=()):
        key = f"tag:blogger.com,1999:blog-3390127745561203398.post-{pid}"
        entries.append(
            f"<entry><id>{key}</id><published>{pub.isoformat(timespec='milliseconds')}</published><updated>{pub.isoformat(timespec='milliseconds')}</updated>"
            + "".join(f"<category scheme='http://www.blogger.com/atom/ns#' term='{lab}'/>" for lab in labels)
            + f"<title type='text'>{esc(title)}</title><content type='html'>{esc(content)}</content>"
            f"<link rel='alternate' type='text/html' href='{blog}{path}' title='{esc(title)}'/>"
            f"<author><name>{esc(author)}</name><uri>https://www.blogger.com/profile/1{pid[:11]}</uri><email>noreply@blogger.com</email></author></entry>")
        items.append(exp(key))

    more = lambda p: f'<a href="{blog}{p}#more">مزید پڑھیں »</a>'  # noqa: E731
    p = d(10, 15, 20, 0, 5)
    add("6120034471928830012", "/2026/12/blog-post_10.html", "افغانستان اور ازبکستان کے درمیان ریلوے منصوبے پر معاہدہ", p, "عائشہ ملک",
        "کابل (عالمی اخبار) افغانستان اور ازبکستان نے ٹرانس افغان ریلوے کے پہلے مرحلے کے معاہدے پر دستخط کر دیے۔<br /><br />ازبک وزیر ٹرانسپورٹ نے کہا ”یہ راستہ وسطی ایشیا کو بحیرہ عرب سے ملائے گا“۔<br />" + more("/2026/12/blog-post_10.html"),
        lambda k: it(k, "افغانستان اور ازبکستان کے درمیان ریلوے منصوبے پر معاہدہ", p, ["عائشہ ملک"], junk=["مزید پڑھیں", "(عالمی اخبار)"]),
        labels=("افغانستان", "بین الاقوامی"))
    p = d(10, 11, 5, 0, 5)
    add("2284019936657710045", "/2026/12/blog-post_73.html", "ایران اور سعودی عرب کے وزرائے خارجہ کی ریاض میں ملاقات", p, "Unknown",
        "ریاض (عالمی اخبار) دونوں ممالک نے سفارتی تعلقات مزید مضبوط بنانے پر اتفاق کیا۔<br />ایرانی وزیر خارجہ نے کہا ”خطے کی سلامتی خطے کے ممالک ہی یقینی بنائیں گے“۔<br />" + more("/2026/12/blog-post_73.html"),
        lambda k: it(k, "ایران اور سعودی عرب کے وزرائے خارجہ کی ریاض میں ملاقات", p, junk=["مزید پڑھیں", "(عالمی اخبار)"],
                     note="Blogger's 'Unknown' placeholder is no author"), labels=("مشرق وسطیٰ",))
    p = d(9, 20, 40, 0, 5)
    add("9917402256630018774", "/2026/12/blog-post_9.html", "ویڈیو: غزہ میں امدادی قافلے کی آمد", p, "ویب ڈیسک",
        '<iframe allowfullscreen="" class="BLOG_video_class" height="266" src="https://www.youtube.com/embed/Qw3Er5Ty7Ui" width="320"></iframe>',
        lambda k: it(k, "غزہ میں امدادی قافلے کی آمد", p, story=False, note="Video. Title label 'ویڈیو' may be kept or dropped; 'ویب ڈیسک' is a desk"))
    p = d(9, 14, 0, 0, 5)
    add("4471920038816627305", "/2026/12/blog-post_88.html", "اقوام متحدہ: افغان خواتین پر پابندیوں کے خلاف قرارداد منظور", p, "ویب ڈیسک",
        "نیویارک (عالمی اخبار) جنرل اسمبلی کی تیسری کمیٹی نے قرارداد 121 ووٹوں سے منظور کر لی۔<br />" + more("/2026/12/blog-post_88.html"),
        lambda k: it(k, "اقوام متحدہ: افغان خواتین پر پابندیوں کے خلاف قرارداد منظور", p, junk=["مزید پڑھیں", "(عالمی اخبار)"],
                     note="'ویب ڈیسک' (web desk) is no author"), labels=("اقوام متحدہ",))
    p = d(9, 9, 30, 0, 5)
    add("1108826643012297566", "/2026/12/blog-post_2.html", "پاکستان اور چین کا گوادر بندرگاہ پر نئے سرمایہ کاری معاہدے کا اعلان", p, "عائشہ ملک",
        "اسلام آباد (عالمی اخبار) دفتر خارجہ کی ترجمان نے کہا ”چین ہمارا آزمودہ دوست ہے“۔<br />" + more("/2026/12/blog-post_2.html"),
        lambda k: it(k, "پاکستان اور چین کا گوادر بندرگاہ پر نئے سرمایہ کاری معاہدے کا اعلان", p, ["عائشہ ملک"], junk=["مزید پڑھیں"]),
        labels=("پاکستان", "چین"))
    p = d(8, 19, 0, 0, 5)
    add("5563390127745560012", "/2026/12/blog-post_55.html", "سردیوں میں جلد کی حفاظت کے آسان طریقے", p, "عائشہ ملک",
        "سرد موسم میں جلد خشک ہو جاتی ہے، یہ گھریلو نسخے آزمائیں۔<br />" + more("/2026/12/blog-post_55.html"),
        lambda k: it(k, "سردیوں میں جلد کی حفاظت کے آسان طریقے", p, ["عائشہ ملک"], rel=False, junk=["مزید پڑھیں"]), labels=("صحت",))
    p = d(8, 12, 10, 0, 5)
    add("7002318845561190237", "/2026/12/blog-post_31.html", "بنگلہ دیش اور بھارت کے درمیان گنگا پانی معاہدے کی تجدید پر بات چیت", p, "ڈاکٹر فرحان قریشی",
        "ڈھاکہ (عالمی اخبار) دونوں ممالک کے آبی وسائل کے وزرا نے معاہدے کی مدت میں توسیع پر غور کیا۔<br />بنگلہ دیشی وزیر نے کہا ”دریا سیاست نہیں جانتے“۔<br />" + more("/2026/12/blog-post_31.html"),
        lambda k: it(k, "بنگلہ دیش اور بھارت کے درمیان گنگا پانی معاہدے کی تجدید پر بات چیت", p, ["فرحان قریشی"], junk=["مزید پڑھیں", "(عالمی اخبار)"],
                     note="['ڈاکٹر فرحان قریشی'] is also correct"), labels=("بنگلہ دیش", "بھارت"))
    head = ("<id>tag:blogger.com,1999:blog-3390127745561203398</id><updated>2026-12-10T15:20:00.000+05:00</updated>"
            "<title type='text'>عالمی اخبار</title><subtitle type='html'>دنیا بھر کی تازہ ترین خبریں</subtitle>"
            "<link rel='alternate' type='text/html' href='https://aalmiakhbar.blogspot.com/'/>"
            "<generator version='7.00' uri='http://www.blogger.com'>Blogger</generator><openSearch:totalResults>2210</openSearch:totalResults>")
    text = atom(head, entries, ns=" xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008'", sep="",
                decl="<?xml version='1.0' encoding='UTF-8'?>")
    return feed("ur_blogger_aalmiakhbar.atom.xml", text, items, lang="ur", outlet="عالمی اخبار", aliases=["Aalmi Akhbar"],
                shape="atom", ctype="application/atom+xml; charset=UTF-8", declared="UTF-8",
                structure="Urdu Blogger Atom feed (/feeds/posts/default): single line, blogger post ids, auto-generated 'blog-post_NN.html' URLs, published with milliseconds and +05:00, Urdu label categories, escaped HTML content with <br /> paragraphs, 'شہر (Outlet)' credit datelines, ”…“ quotes, 'مزید پڑھیں »' jump links, authors as names, 'ویب ڈیسک' desk or 'Unknown', a YouTube-only video post and a health tip",
                notes="'Unknown' and 'ویب ڈیسک' are not people.")


# ---------------------------------------------------------------- odd: xml:base relative links + double-escaped entities
def odd_atom():
    entries, items = [], []

    def add(key, rel, title_raw, pub, author, summary_raw, exp):
        entries.append(f'<entry xml:base="/world/">\n  <id>{key}</id>\n  <title type="html"><![CDATA[{title_raw}]]></title>\n  <link rel="alternate" href="{rel}"/>\n'
                       f"  <published>{pub.isoformat()}</published>\n  <updated>{pub.isoformat()}</updated>\n"
                       + (f"  <author><name>{author}</name></author>\n" if author else "")
                       + f'  <summary type="html"><![CDATA[{summary_raw}]]></summary>\n</entry>')
        items.append(exp(key))

    p = d(10, 14, 0, 0, -3)
    add("tag:pampasherald.com,2026:world/88121", "chile-argentina-glacier-treaty", "Chile and Argentina sign glacier treaty &amp;#8212; a first for the Andes", p, "Valentina Ruiz Echeverr&amp;iacute;a",
        "&amp;lt;p&amp;gt;SANTIAGO &amp;#8212; Foreign ministers signed the accord in Mendoza.&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;&amp;amp;quot;Ice does not know borders,&amp;amp;quot; said Chile&amp;#8217;s envoy, Rodrigo Aldunate-Vial.&amp;lt;/p&amp;gt;",
        lambda k: it(k, "Chile and Argentina sign glacier treaty \u2014 a first for the Andes", p, ["Valentina Ruiz Echeverría"],
                     junk=["&amp;", "&#8212;", "&lt;p&gt;", "&quot;", "SANTIAGO \u2014"], quotes=[q("Rodrigo Aldunate-Vial", "Chile")],
                     note="Entities are double-escaped: the title must read with a real dash and the name with í"))
    p = d(10, 11, 30, 0, -3)
    add("tag:pampasherald.com,2026:world/88115", "../americas/paraguay-taiwan-ties", "Paraguay reaffirms Taiwan ties after Beijing&amp;#8217;s soybean offer", p, "Mart&amp;iacute;n Coronel",
        "&amp;lt;p&amp;gt;Asunci&amp;oacute;n said recognition was &amp;amp;quot;not for sale.&amp;amp;quot;&amp;lt;/p&amp;gt;",
        lambda k: it(k, "Paraguay reaffirms Taiwan ties after Beijing\u2019s soybean offer", p, ["Martín Coronel"], junk=["&amp;", "&lt;p&gt;", "&#8217;"],
                     note="Link is relative ('../americas/…') to the entry's xml:base '/world/' over the feed base: https://www.pampasherald.com/americas/paraguay-taiwan-ties"))
    p = d(10, 8, 0, 0, -3)
    add("tag:pampasherald.com,2026:world/88109", "/podcasts/southern-cone-weekly-112", "Southern Cone Weekly, ep. 112: Mercosur&amp;#8217;s new member", p, "",
        "&amp;lt;p&amp;gt;Listen now.&amp;lt;/p&amp;gt;",
        lambda k: it(k, "Southern Cone Weekly, ep. 112: Mercosur\u2019s new member", p, story=False, note="Podcast episode"))
    p = d(9, 20, 45, 0, -3)
    add("tag:pampasherald.com,2026:world/88102", "uruguay-us-extradition-ruling", "Uruguay court blocks extradition of ex-banker to US", p, "Luc&amp;iacute;a Fern&amp;aacute;ndez &amp;amp; Tom&amp;aacute;s Ibarra",
        "&amp;lt;p&amp;gt;MONTEVIDEO &amp;#8212; The Supreme Court ruled the treaty&amp;#8217;s dual-criminality test was not met.&amp;lt;/p&amp;gt;",
        lambda k: it(k, "Uruguay court blocks extradition of ex-banker to US", p, ["Lucía Fernández", "Tomás Ibarra"],
                     junk=["&amp;", "&lt;p&gt;", "MONTEVIDEO \u2014"], note="'&amp;' between names joins two authors"))
    p = d(9, 16, 10, 0, -3)
    add("tag:pampasherald.com,2026:world/88097", "bolivia-lithium-russia-deal-protests", "Protests in Potos&amp;iacute; over Russian lithium contract", p, "Valentina Ruiz Echeverr&amp;iacute;a",
        "&amp;lt;p&amp;gt;Residents blocked roads to the salt flats for a third day.&amp;lt;/p&amp;gt;",
        lambda k: it(k, "Protests in Potosí over Russian lithium contract", p, ["Valentina Ruiz Echeverría"], junk=["&amp;", "&lt;p&gt;"]))
    p = d(9, 12, 0, 0, -3)
    add("tag:pampasherald.com,2026:world/88090", "/sports/copa-libertadores-final-tickets", "Libertadores final: ticket prices spark fury in Asunci&amp;oacute;n", p, "Mart&amp;iacute;n Coronel",
        "&amp;lt;p&amp;gt;Cheapest seats cost a month&amp;#8217;s minimum wage.&amp;lt;/p&amp;gt;",
        lambda k: it(k, "Libertadores final: ticket prices spark fury in Asunción", p, ["Martín Coronel"], rel=False, junk=["&amp;", "&lt;p&gt;"]))
    head = ('<title>The Pampas Herald &amp;#8211; World</title>\n<subtitle>News from the Southern Cone</subtitle>\n<id>tag:pampasherald.com,2026:world</id>\n'
            '<link rel="alternate" href="world/"/>\n<link rel="self" href="/feeds/world.atom"/>\n<updated>2026-12-10T14:00:00-03:00</updated>\n'
            '<rights>&#169; 2026 Pampas Herald Publishing S.R.L.</rights>\n<generator>Pampas CMS 2.3</generator>')
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://www.pampasherald.com/" xml:lang="en">\n' + head + "\n" + "\n".join(entries) + "\n</feed>\n")
    return feed("en_pampasherald_world_xmlbase_double_escaped.atom.xml", text, items, lang="en", outlet="The Pampas Herald",
                shape="atom", ctype="application/atom+xml; charset=utf-8", aliases=["Pampas Herald"],
                structure="Hand-rolled Atom feed of an English-language South American daily: xml:base on <feed> (site root) and on every entry ('/world/'), relative alternate links ('slug', '../americas/slug', '/podcasts/…'), tag: URI ids; TRAP: HTML inside CDATA double-escaped (&amp;#8212;, &amp;iacute;, &amp;lt;p&amp;gt;, &amp;amp;quot;) in titles, author names and summaries, also in the feed title, so one round of unescaping leaves entities; '&amp;amp;' between two author names, 'CITY —' datelines, podcast and sport items, -03:00 dates",
                notes="Double-escaped entities must be decoded twice to read as text; links resolve against the entry's xml:base.")


FEEDS = [de_wp, de_arc, it_wp, pt_br_substack, pt_pt_drupal, ur_blogger, odd_atom]
