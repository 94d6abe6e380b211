# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian and Portuguese feeds of the seventh held-out set: a Munich daily, a Berlin
cooperative daily, a Berlin daily's 'Internationales' feed, a Milan daily, a Rome daily's
WordPress feed, a Lisbon daily and a São Paulo daily's RSS 0.91 in ISO-8859-1. All outlets,
people and quotations are invented."""
from lib import dt
from mk import NS_ATOM, NS_CONTENT, NS_DC, cdata, esc, it, q, rfc822, rss
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=1.0):
    return dt(2026, 12, day, h, mi, s, off)


# ---------------------------------------------------------------- Süddeutsche-style
def isarbote():
    """SZ-style: CDATA description '<img …/>' + teaser, 'Kicker: Headline' titles, no author,
    '-1.<id>' article ids with '?reduced=true' links, +0100 dates."""
    rows, items = [], []

    def add(slug, aid, title, when, desc, exp, sect="politik"):
        url = f"https://www.isarbote.de/{sect}/{slug}-1.{aid}"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}?reduced=true</link>\n<guid isPermaLink=\"true\">{url}</guid>\n"
                    "<description>" + cdata('<img src="https://img.isarbote.de/' + aid + '.jpg?q=60&amp;fm=webp&amp;width=400" /><br/>' + desc) + "</description>\n"
                    f"<category>{sect.capitalize()}</category>\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(url))

    w = d(3, 17, 41)
    add("ukraine-waffenstillstand-genf-verhandlungen", "7712045", "Ukraine: Kiew und Moskau vereinbaren Gefangenenaustausch", w,
        "Nach zwei Tagen Gespräche in Genf einigen sich beide Seiten auf den Austausch von je 300 Gefangenen. Eine Waffenruhe ist aber weiter nicht in Sicht.",
        lambda k: it(k, "Kiew und Moskau vereinbaren Gefangenenaustausch", w, note="Title label 'Ukraine:' may be kept or dropped"))
    w = d(3, 16, 5)
    add("frankreich-regierung-misstrauensvotum", "7711980", "Frankreich: Knapp überstanden", w,
        "Premierministerin Vasseur übersteht das Misstrauensvotum mit neun Stimmen Vorsprung. „Das ist kein Sieg, das ist eine Atempause“, sagte der Politologe Bruno Lefèvre von der Sciences Po.",
        lambda k: it(k, "Knapp überstanden", w, quotes=[q("Bruno Lefèvre", "Sciences Po")], note="Title label 'Frankreich:' may be kept or dropped"))
    w = d(3, 15, 20)
    add("liveblog-nahost-gaza-israel", "7711801", "Nahost: Rafah-Übergang für Verletzte geöffnet", w,
        "Erstmals seit Monaten dürfen Schwerverletzte aus Gaza nach Ägypten ausreisen. Alle Entwicklungen im Liveblog.",
        lambda k: it(k, "Rafah-Übergang für Verletzte geöffnet", w, story=False, junk=["Alle Entwicklungen im Liveblog"], note="Live blog. Title label 'Nahost:' may be kept or dropped"))
    w = d(3, 14, 0)
    add("fc-bayern-champions-league-lissabon", "7711702", "FC Bayern: Ernüchterung in Lissabon", w,
        "Die Münchner verlieren bei Benfica in der Nachspielzeit und müssen um das Achtelfinale bangen.",
        lambda k: it(k, "Ernüchterung in Lissabon", w, rel=False, note="Title label 'FC Bayern:' may be kept or dropped"), sect="sport")
    w = d(3, 12, 30)
    add("usa-zoelle-eu-stahl-bruessel", "7711590", "Handelsstreit: Brüssel droht Washington mit Gegenzöllen", w,
        "Die EU-Kommission legt eine Liste mit Waren im Wert von 21 Milliarden Euro vor. Handelskommissar Tomas Lindfors sagte, man sei „zu jedem Szenario bereit“.",
        lambda k: it(k, "Brüssel droht Washington mit Gegenzöllen", w, quotes=[q("Tomas Lindfors", "EU-Kommission")], note="Title label 'Handelsstreit:' may be kept or dropped"), sect="wirtschaft")
    w = d(3, 11, 10)
    add("newsletter-isarbote-am-morgen-anmelden", "5566778", "Isarbote am Morgen: Jetzt kostenlos abonnieren", w,
        "Die wichtigsten Nachrichten des Tages, jeden Morgen in Ihrem Postfach.",
        lambda k: it(k, "Isarbote am Morgen: Jetzt kostenlos abonnieren", w, story=False, rel=False, note="Newsletter promo."), sect="service")
    w = d(3, 9, 45)
    add("georgien-proteste-tiflis-eu", "7711433", "Georgien: Zehntausende demonstrieren in Tiflis für EU-Kurs", w,
        "Ein Jahr nach dem Stopp der EU-Beitrittsgespräche gehen wieder Menschen auf die Straße",
        lambda k: it(k, "Zehntausende demonstrieren in Tiflis für EU-Kurs", w, note="Title label 'Georgien:' may be kept or dropped"))
    channel = ("<title>Politik - Isarbote</title>\n<link>https://www.isarbote.de/politik</link>\n<description>Nachrichten aus Politik und Weltgeschehen</description>\n"
               f"<language>de-DE</language>\n<lastBuildDate>{rfc822(d(3, 17, 45))}</lastBuildDate>\n<copyright>Isarbote Digitale Medien GmbH</copyright>")
    return feed("de_isarbote_politik.rss.xml", rss(channel, rows), items, lang="de", outlet="Isarbote",
                structure="Süddeutsche Zeitung-style section RSS (rss.sueddeutsche.de/rss/Politik): channel 'Politik - Outlet', 'Kicker: Headline' titles, CDATA description '<img src=…/><br/>' glued to the teaser, links with '?reduced=true' while guids are the bare '-1.<id>' URLs, no authors, German „…“ quotes with 'sagte X von der Y', a live blog, a newsletter promo, sport and trade items, +0100 dates, GmbH copyright")


# ---------------------------------------------------------------- taz-style
def spreeblatt():
    """taz-style: '!<id>/' links, <author> holding names, plain descriptions, <category>
    subsections, +0100 dates; titles with a subtitle in <title> after ' : '."""
    rows, items = [], []

    def add(slug, aid, title, when, author, desc, exp):
        url = f"https://spreeblatt.de/{slug}/!{aid}/"
        a = f"<author>{esc(author)}</author>" if author else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><guid>{url}</guid>{a}<description>{esc(desc)}</description><pubDate>{rfc822(when)}</pubDate></item>")
        items.append(exp(url))

    w = d(3, 18, 2)
    add("Wahlen-in-Honduras", "6140221", "Wahlen in Honduras: Auszählung stockt, Opposition spricht von Betrug", w, "Lena Brunnhuber",
        "Fünf Tage nach der Wahl ist noch immer kein Ergebnis bekannt. Die Wahlbehörde macht technische Probleme verantwortlich.",
        lambda k: it(k, "Wahlen in Honduras: Auszählung stockt, Opposition spricht von Betrug", w, ["Lena Brunnhuber"]))
    w = d(3, 16, 30)
    add("Kommentar-Klimagipfel", "6140188", "Kommentar zum Klimagipfel: Geld allein rettet nichts", w, "Jonas Wehrlein",
        "Die reichen Staaten versprechen wieder Milliarden. Doch ohne Kontrolle verpufft das Geld.",
        lambda k: it(k, "Kommentar zum Klimagipfel: Geld allein rettet nichts", w, ["Jonas Wehrlein"]))
    w = d(3, 14, 45)
    add("Kenia-und-die-Schulden", "6140150", "Kenia und die Schulden: Protest gegen den IWF", w, "Ilona Sander, Marius Obi",
        "In Nairobi protestieren Tausende gegen neue Steuern. „Wir zahlen für Kredite, die wir nie gesehen haben“, sagt die Aktivistin Wairimu Ndegwa.",
        lambda k: it(k, "Kenia und die Schulden: Protest gegen den IWF", w, ["Ilona Sander", "Marius Obi"], quotes=[q("Wairimu Ndegwa")]))
    w = d(3, 12, 0)
    add("Berliner-Weihnachtsmaerkte", "6140101", "Berliner Weihnachtsmärkte: Glühwein für 6 Euro", w, "Svenja Kroll",
        "Die Preise steigen, die Besucher kommen trotzdem – auch viele aus Polen und Dänemark.",
        lambda k: it(k, "Berliner Weihnachtsmärkte: Glühwein für 6 Euro", w, ["Svenja Kroll"], rel=False))
    w = d(3, 10, 15)
    add("Podcast-Bundestalk", "6140060", "Podcast „Weltreise“: Was wollen die USA in Venezuela?", w, "",
        "Die Auslandsredaktion diskutiert über die US-Angriffe in der Karibik.",
        lambda k: it(k, "Podcast „Weltreise“: Was wollen die USA in Venezuela?", w, [], story=False, note="Podcast episode."))
    w = d(3, 8, 20)
    add("Serbien-Studentenproteste", "6140012", "Serbien: Studierende blockieren erneut Belgrader Brücken", w, "Dragan Petković",
        "Seit einem Jahr protestieren Studierende gegen die Regierung. Der Präsident spricht von einer „farbigen Revolution“.",
        lambda k: it(k, "Serbien: Studierende blockieren erneut Belgrader Brücken", w, ["Dragan Petković"]))
    w = d(3, 7, 0)
    add("Spreeblatt-Abo", "5999001", "Spreeblatt zahl ich: Unabhängiger Journalismus braucht Sie", w, "",
        "Unterstützen Sie uns mit einem freiwilligen Beitrag.",
        lambda k: it(k, "Spreeblatt zahl ich: Unabhängiger Journalismus braucht Sie", w, [], story=False, rel=False, note="Donation appeal."))
    channel = ("<title>spreeblatt.de - Ausland</title><link>https://spreeblatt.de/Politik/Ausland/!p4615/</link><description>Ausland - Nachrichten und Hintergründe</description>"
               f"<language>de</language><lastBuildDate>{rfc822(d(3, 18, 5))}</lastBuildDate><copyright>Spreeblatt Verlagsgenossenschaft eG</copyright>")
    return feed("de_spreeblatt_ausland.rss.xml", rss(channel, rows, sep=""), items, lang="de", outlet="spreeblatt.de", aliases=["Spreeblatt"],
                structure="taz-style section RSS (taz.de/!p4615;rss/): single line, channel 'site.de - Ausland', '/<Slug>/!<id>/' links as guids, <author> holding one name, 'A, B' or empty, plain descriptions with „…“ quotes ('sagt die Aktivistin X'), 'Kommentar zum …:' and 'Podcast „…“:' title forms, a donation appeal, soft local item, +0100 dates, 'Verlagsgenossenschaft eG' copyright")


# ---------------------------------------------------------------- Tagesspiegel-style
def havelkurier():
    """Tagesspiegel-style: dc:creator 'Name' / 'dpa' / 'Tsp', CDATA description, 'Plus'
    paywall items flagged in the title with ' [Plus]', +0100 dates, numeric ids."""
    rows, items = [], []

    def add(slug, aid, title, when, creator, desc, exp):
        url = f"https://www.havelkurier.de/internationales/{slug}-{aid}.html"
        rows.append(f"  <item>\n    <title>{cdata(title)}</title>\n    <link>{url}</link>\n    <guid isPermaLink=\"false\">hk-{aid}</guid>\n"
                    f"    <dc:creator>{esc(creator)}</dc:creator>\n    <description>{cdata(desc)}</description>\n    <pubDate>{rfc822(when)}</pubDate>\n  </item>")
        items.append(exp(f"hk-{aid}"))

    w = d(3, 17, 12)
    add("nato-gipfel-den-haag-verteidigungsausgaben", "14880221", "Streit vor dem Nato-Gipfel: Wer zahlt für Europas Sicherheit?", w, "Claudia von Rentzell",
        "Vor dem Treffen in Den Haag ringen die Bündnispartner um das Fünf-Prozent-Ziel. Spanien blockiert weiter.",
        lambda k: it(k, "Streit vor dem Nato-Gipfel: Wer zahlt für Europas Sicherheit?", w, ["Claudia von Rentzell"]))
    w = d(3, 15, 50)
    add("iran-atominspektoren-fordo", "14880190", "Einigung mit IAEA: Iran lässt Inspektoren nach Fordo", w, "dpa",
        "Teheran erlaubt den UN-Kontrolleuren wieder Zugang zur umstrittenen Anlage.",
        lambda k: it(k, "Einigung mit IAEA: Iran lässt Inspektoren nach Fordo", w, ["dpa"]))
    w = d(3, 14, 30)
    add("china-taiwan-manoever-analyse", "14880101", "Chinas Manöver vor Taiwan: „Peking testet, wie weit es gehen kann“", w, "Fabian Ostrowski",
        "Sicherheitsexpertin Mareike Thal vom Institut für Sicherheitspolitik erklärt im Interview, was hinter den Übungen steckt.",
        lambda k: it(k, "Chinas Manöver vor Taiwan: „Peking testet, wie weit es gehen kann“", w, ["Fabian Ostrowski"], quotes=[q("Mareike Thal", "Institut für Sicherheitspolitik")]))
    w = d(3, 13, 5)
    add("newsblog-ukraine-krieg", "8123456", "Alle Entwicklungen im Newsblog: Kiew: Gefangenenaustausch „in wenigen Tagen“", w, "Tsp",
        "Die wichtigsten Entwicklungen zum Krieg in der Ukraine im Überblick.",
        lambda k: it(k, "Kiew: Gefangenenaustausch „in wenigen Tagen“", w, [], story=False, note="Newsblog; 'Tsp' desk initials are not an author. Title label 'Alle Entwicklungen im Newsblog:' may be kept or dropped"))
    w = d(3, 11, 40)
    add("reise-lissabon-winter", "14879950", "Städtereise im Winter: Lissabon für Sparfüchse", w, "Merle Andersen",
        "Wo es im Dezember noch günstige Hotels gibt und welche Viertel sich lohnen.",
        lambda k: it(k, "Städtereise im Winter: Lissabon für Sparfüchse", w, ["Merle Andersen"], rel=False))
    w = d(3, 9, 20)
    add("syrien-kurden-armee-damaskus", "14879870", "Abkommen mit Damaskus: Kurdische Milizen sollen in Syriens Armee aufgehen", w, "Christoph Brandes, Paul Hesse",
        "Die SDF stimmen der Eingliederung zu. Offen ist, wer die Ölfelder im Nordosten kontrolliert",
        lambda k: it(k, "Abkommen mit Damaskus: Kurdische Milizen sollen in Syriens Armee aufgehen", w, ["Christoph Brandes", "Paul Hesse"]))
    channel = ("  <title>Internationales - Der Havelkurier</title>\n  <link>https://www.havelkurier.de/internationales/</link>\n  <description>Nachrichten aus aller Welt</description>\n"
               f"  <language>de</language>\n  <pubDate>{rfc822(d(3, 17, 15))}</pubDate>\n  <copyright>© Verlag Der Havelkurier GmbH</copyright>")
    return feed("de_havelkurier_internationales.rss.xml", rss(channel, rows, ns=NS_DC), items, lang="de", outlet="Der Havelkurier", aliases=["Havelkurier"],
                structure="Tagesspiegel-style section RSS (tagesspiegel.de/contentexport/feed/internationales): channel 'Section - Outlet', two-space indentation, CDATA titles 'Kicker: Headline' (one interview quote as headline, one 'Alle Entwicklungen im Newsblog:' prefix), 'hk-<id>' non-permalink guids, dc:creator with a name, 'A, B', 'dpa' or desk initials 'Tsp', CDATA plain teasers (one without final stop), +0100 dates, GmbH copyright")


# ---------------------------------------------------------------- Corriere-style
def corrierenavigli():
    """Corriere della Sera-style: CDATA titles and descriptions, no author, '_<uuid>.shtml'
    links as guids, GMT/+0100 dates, 'di Name' in the description."""
    rows, items = [], []

    def add(slug, uid, title, when, desc, exp, sect="esteri"):
        url = f"https://www.corrieredeinavigli.it/{sect}/26_dicembre_03/{slug}-{uid}.shtml"
        rows.append(f"<item>\n<title>{cdata(title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>\n<description>{cdata(desc)}</description>\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(url))

    w = d(3, 18, 30)
    add("ucraina-scambio-prigionieri-ginevra", "a1b2c3d4-e5f6-11f0-9a1b-2c3d4e5f6a7b", "Ucraina, accordo a Ginevra sullo scambio di prigionieri. Hnatiuk: «Un primo passo»", w,
        "di Giulia Ferrandi. Trecento detenuti per parte. Il capo negoziatore ucraino Taras Hnatiuk: «Un primo passo, ma la pace è lontana»",
        lambda k: it(k, "Ucraina, accordo a Ginevra sullo scambio di prigionieri. Hnatiuk: «Un primo passo»", w, ["Giulia Ferrandi"], junk=["di Giulia Ferrandi"], quotes=[q("Taras Hnatiuk")]))
    w = d(3, 17, 2)
    add("francia-fiducia-vasseur", "b2c3d4e5-f6a7-11f0-8b2c-3d4e5f6a7b8c", "Francia, il governo Vasseur sopravvive alla sfiducia per nove voti", w,
        "dalla nostra corrispondente Stefania Rinaldi. La premier: «Ora il bilancio». L'opposizione attacca",
        lambda k: it(k, "Francia, il governo Vasseur sopravvive alla sfiducia per nove voti", w, ["Stefania Rinaldi"], junk=["dalla nostra corrispondente"]))
    w = d(3, 15, 44)
    add("video-incendio-dubai-grattacielo", "c3d4e5f6-a7b8-11f0-9c3d-4e5f6a7b8c9d", "Dubai, incendio in un grattacielo della Marina: il video", w,
        "Le fiamme ai piani alti, evacuati i residenti",
        lambda k: it(k, "Dubai, incendio in un grattacielo della Marina: il video", w, story=False, rel=False, note="Video."), sect="video-esteri")
    w = d(3, 14, 10)
    add("venezuela-usa-attacco-barca", "d4e5f6a7-b8c9-11f0-8d4e-5f6a7b8c9d0e", "Venezuela, nuovo raid Usa contro una barca: quattro morti", w,
        "Il Pentagono parla di «narcoterroristi». Caracas: «Esecuzione extragiudiziale»",
        lambda k: it(k, "Venezuela, nuovo raid Usa contro una barca: quattro morti", w))
    w = d(3, 12, 25)
    add("milano-cortina-biglietti-olimpiadi", "e5f6a7b8-c9d0-11f0-9e5f-6a7b8c9d0e1f", "Milano-Cortina, boom di biglietti dall'estero: americani in testa", w,
        "Venduti 800 mila tagliandi, un terzo all'estero",
        lambda k: it(k, "Milano-Cortina, boom di biglietti dall'estero: americani in testa", w, rel=False), sect="sport")
    w = d(3, 10, 0)
    add("iran-ispettori-aiea-fordow-grossi", "f6a7b8c9-d0e1-11f0-8f6a-7b8c9d0e1f2a", "Iran, gli ispettori dell'Aiea torneranno a Fordow. Vallin: «Accesso significativo»", w,
        "di Paola Venturi. L'intesa firmata a Teheran dopo mesi di stallo. Lo scetticismo delle cancellerie occidentali",
        lambda k: it(k, "Iran, gli ispettori dell'Aiea torneranno a Fordow. Vallin: «Accesso significativo»", w, ["Paola Venturi"], junk=["di Paola Venturi"], quotes=[q("Vallin", "Aiea")]))
    w = d(3, 8, 15)
    add("newsletter-america-cina-iscriviti", "a7b8c9d0-e1f2-11f0-9a7b-8c9d0e1f2a3b", "«America-Cina», la newsletter: come iscriversi", w,
        "Ogni settimana il racconto della sfida tra le due potenze. Iscriviti qui",
        lambda k: it(k, "«America-Cina», la newsletter: come iscriversi", w, story=False, rel=False, note="Newsletter promo."))
    channel = ("<title>Corriere dei Navigli - Esteri</title>\n<link>https://www.corrieredeinavigli.it/esteri/</link>\n<description>Le notizie di Esteri del Corriere dei Navigli</description>\n"
               f"<language>it-it</language>\n<lastBuildDate>{rfc822(d(3, 18, 35))}</lastBuildDate>\n<copyright>Copyright 2026 © RCN MediaGroup S.p.A. Via Solferino 28, Milano - P.IVA 12086540155</copyright>")
    return feed("it_corrieredeinavigli_esteri.rss.xml", rss(channel, rows), items, lang="it", outlet="Corriere dei Navigli",
                structure="Corriere della Sera-style section RSS (xml2.corriereobjects.it/rss/esteri.xml): CDATA titles 'Luogo, fatto. Nome: «citazione»', CDATA descriptions opening with the byline ('di Name.', 'dalla nostra corrispondente Name.'), no author element, '_<uuid>.shtml' permalinks, video and newsletter items, +0100 dates, S.p.A. copyright with address and P.IVA")


# ---------------------------------------------------------------- Il Fatto Quotidiano-style
def fattodelgiorno():
    """Il Fatto Quotidiano-style WordPress: dc:creator 'F. Q.' / names / 'Redazione', CDATA
    excerpt ending '[&#8230;]', content:encoded with 'L'articolo … proviene da …', ?p= guids."""
    rows, items = [], []

    def add(slug, pid, title, when, creator, desc, exp, cat="Mondo"):
        url = f"https://www.fattodelgiorno.it/2026/12/03/{slug}/{pid}/"
        trailer = f'<p>L&#8217;articolo <a rel="nofollow" href="{url}">{title}</a> proviene da <a rel="nofollow" href="https://www.fattodelgiorno.it">Il Fatto del Giorno</a>.</p>'
        rows.append(f"\t\t<item>\n\t\t<title>{title}</title>\n\t\t<link>{url}</link>\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{rfc822(when, gmt=True)}</pubDate>\n"
                    f"\t\t<category><![CDATA[{cat}]]></category>\n\t\t<guid isPermaLink=\"false\">https://www.fattodelgiorno.it/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[{desc} [&#8230;]]]></description>\n\t\t<content:encoded><![CDATA[<p>{desc} [&#8230;]</p>\n{trailer}]]></content:encoded>\n\t\t</item>")
        items.append(exp(f"https://www.fattodelgiorno.it/?p={pid}"))

    w = d(3, 16, 51, 0, 0)
    add("gaza-rafah-evacuazioni-mediche", "8412301", "Gaza, riapre il valico di Rafah per i feriti: &#8220;Primo passo&#8221;", w, "F. Q.",
        "Le prime ambulanze hanno attraversato il confine con l&#8217;Egitto. &#8220;È solo l&#8217;inizio&#8221;, ha detto Samia el-Masri, dirigente della Mezzaluna rossa egiziana",
        lambda k: it(k, "Gaza, riapre il valico di Rafah per i feriti: “Primo passo”", w, [], junk=["[…]", "proviene da"], quotes=[q("Samia el-Masri", "Mezzaluna rossa egiziana")], note="'F. Q.' is the desk, not an author."))
    w = d(3, 15, 3, 0, 0)
    add("argentina-riforma-lavoro-sciopero", "8412255", "Argentina, sciopero generale contro la riforma del lavoro del governo", w, "Marco Ghedini",
        "Trasporti fermi a Buenos Aires. I sindacati: &#8220;Adesione al 90%&#8221;",
        lambda k: it(k, "Argentina, sciopero generale contro la riforma del lavoro del governo", w, ["Marco Ghedini"], junk=["[…]"]))
    w = d(3, 13, 40, 0, 0)
    add("serie-a-juventus-infortunio", "8412199", "Juventus, stop di un mese per il centrocampista francese", w, "Redazione Sport",
        "Lesione al bicipite femorale rimediata in allenamento",
        lambda k: it(k, "Juventus, stop di un mese per il centrocampista francese", w, [], rel=False), cat="Sport")
    w = d(3, 12, 12, 0, 0)
    add("russia-ucraina-droni-rete-elettrica", "8412150", "Russia-Ucraina, il più grande attacco di droni delle ultime settimane sulla rete elettrica", w, "F. Q.",
        "Blackout a Kiev e Kharkiv. Kiev chiede più difese aeree agli alleati",
        lambda k: it(k, "Russia-Ucraina, il più grande attacco di droni delle ultime settimane sulla rete elettrica", w, [], junk=["[…]"]))
    w = d(3, 10, 30, 0, 0)
    add("blog-europa-difesa-riarmo", "8412088", "Il riarmo europeo è una scelta politica, non tecnica", w, "Gianni Ferraresi",
        "Blog | Dietro le cifre del vertice Nato c&#8217;è un&#8217;idea di Europa che nessuno ha discusso",
        lambda k: it(k, "Il riarmo europeo è una scelta politica, non tecnica", w, ["Gianni Ferraresi"], junk=["Blog |", "[…]"]), cat="Blog")
    w = d(3, 9, 0, 0, 0)
    add("abbonati-sostenitore-fatto", "8412001", "Diventa sostenitore del Fatto del Giorno", w, "Redazione",
        "Sostieni l&#8217;informazione libera: abbonati a partire da 1 euro",
        lambda k: it(k, "Diventa sostenitore del Fatto del Giorno", w, [], story=False, rel=False, note="Subscription promo."), cat="Promo")
    channel = ("\t<title>Mondo &#8211; Il Fatto del Giorno</title>\n\t<atom:link href=\"https://www.fattodelgiorno.it/mondo/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n"
               "\t<link>https://www.fattodelgiorno.it</link>\n\t<description>Notizie, inchieste e approfondimenti</description>\n"
               f"\t<lastBuildDate>{rfc822(d(3, 16, 55, 0, 0))}</lastBuildDate>\n\t<language>it-IT</language>\n\t<generator>https://wordpress.org/?v=6.8.3</generator>")
    return feed("it_fattodelgiorno_mondo.rss.xml", rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM), items, lang="it", outlet="Il Fatto del Giorno",
                structure="Il Fatto Quotidiano-style WordPress section feed (ilfattoquotidiano.it/mondo/feed/): tab indentation, channel title 'Sezione &#8211; Testata', numeric-entity quotes &#8220;…&#8221; and apostrophes &#8217; in titles and CDATA, CDATA dc:creator holding a name, the desk initials 'F. Q.', 'Redazione' or 'Redazione Sport', excerpts ending ' [&#8230;]', content:encoded ending with 'L’articolo … proviene da …', '?p=' non-permalink guids, a 'Blog |' column, a supporter promo, GMT dates")


# ---------------------------------------------------------------- Diário de Notícias-style
def diariotejo():
    """DN-style: CDATA description with <img> + lead, <author> with name, 'DN/Lusa' or 'DN',
    Portuguese day/month names in pubDate, +0000 dates."""
    rows, items = [], []

    def add(slug, aid, title, when, author, desc, exp, sect="internacional"):
        url = f"https://www.diariodolargo.pt/{sect}/{slug}.html"
        rows.append(f"<item><title>{cdata(title)}</title><link>{url}</link><guid isPermaLink=\"false\">{aid}</guid><author>{esc(author)}</author>"
                    "<description>" + cdata('<img src="https://static.diariodolargo.pt/' + aid + '.jpg" /><p>' + desc + '</p>') + f"</description><pubDate>{rfc822(when, lang='pt-pt')}</pubDate></item>")
        items.append(exp(aid))

    o = 0
    w = d(3, 17, 20, 0, o)
    add("mocambique-cabo-delgado-ataques", "17423311", "Moçambique. Novos ataques em Cabo Delgado forçam fuga de 12 mil pessoas", w, "DL/Lusa",
        "Segundo a Organização Internacional para as Migrações, as deslocações aumentaram desde o fim de novembro.",
        lambda k: it(k, "Moçambique. Novos ataques em Cabo Delgado forçam fuga de 12 mil pessoas", w, ["Lusa"], note="'DL/Lusa' credit: the agency is the author. [] is also correct"))
    w = d(3, 15, 45, 0, o)
    add("entrevista-ministro-angola-petroleo", "17423250", "\"Angola não vai sair da OPEP+ por pressão de ninguém\"", w, "Rita Figueiredo",
        "Em entrevista, o ministro angolano dos Recursos Minerais, Eduardo Mbala, explica a estratégia do país.",
        lambda k: it(k, "\"Angola não vai sair da OPEP+ por pressão de ninguém\"", w, ["Rita Figueiredo"], quotes=[q("Eduardo Mbala", "Recursos Minerais")]))
    w = d(3, 14, 0, 0, o)
    add("ue-mercosul-acordo-votacao", "17423190", "UE-Mercosul. Conselho aprova acordo apesar da oposição francesa", w, "Inês Cordeiro, em Bruxelas",
        "A votação contou com o apoio de Portugal e Espanha; a França e a Polónia votaram contra",
        lambda k: it(k, "UE-Mercosul. Conselho aprova acordo apesar da oposição francesa", w, ["Inês Cordeiro"], junk=["em Bruxelas"]))
    w = d(3, 12, 30, 0, o)
    add("benfica-bayern-champions", "17423122", "Benfica vence Bayern na Luz com golo nos descontos", w, "DL",
        "Os encarnados ficam a um ponto dos oitavos de final.",
        lambda k: it(k, "Benfica vence Bayern na Luz com golo nos descontos", w, [], rel=False), sect="desporto")
    w = d(3, 11, 5, 0, o)
    add("fotogaleria-neve-europa-central", "17423050", "Fotogaleria. A primeira neve do inverno na Europa Central", w, "DL",
        "Veja as imagens.",
        lambda k: it(k, "A primeira neve do inverno na Europa Central", w, [], story=False, rel=False, note="Gallery. Title label 'Fotogaleria.' may be kept or dropped"), sect="fotogalerias")
    w = d(3, 9, 50, 0, o)
    add("opiniao-nato-haia", "17422990", "A Europa e o preço da sua própria defesa", w, "Bernardo Teixeira Leal",
        "Opinião. A cimeira da Haia vai medir a vontade europeia em euros, não em declarações.",
        lambda k: it(k, "A Europa e o preço da sua própria defesa", w, ["Bernardo Teixeira Leal"], junk=["Opinião."]), sect="opiniao")
    w = d(3, 8, 10, 0, o)
    add("brasil-lula-cop-belem-balanco", "17422950", "Brasil. Governo faz balanço da COP e promete fundo para florestas até março", w, "DL/Agências",
        "A ministra do Ambiente, Clarice Monteiro, disse que o fundo terá \"pelo menos 25 mil milhões de dólares\".",
        lambda k: it(k, "Brasil. Governo faz balanço da COP e promete fundo para florestas até março", w, [], quotes=[q("Clarice Monteiro", "Ambiente")]))
    channel = ("<title>Diário do Largo - Internacional</title><link>https://www.diariodolargo.pt/internacional</link><description>Notícias de Internacional</description>"
               f"<language>pt-PT</language><lastBuildDate>{rfc822(d(3, 17, 25, 0, o), lang='pt-pt')}</lastBuildDate><copyright>© 2026 Largo Media Group, S.A.</copyright>")
    return feed("pt_pt_diariodolargo_internacional.rss.xml", rss(channel, rows, sep=""), items, lang="pt", outlet="Diário do Largo",
                structure="Diário de Notícias-style section RSS (dn.pt/rss/internacional): single line, CDATA titles 'País. Manchete' and a quote-only interview headline, numeric non-permalink guids, <author> holding a name, 'Name, em Cidade', 'DL/Lusa', 'DL/Agências' or the outlet's initials, CDATA description '<img/><p>lead</p>', 'Fotogaleria.' and 'Opinião.' markers, Portuguese day and month names in pubDate ('Qui, 03 Dez 2026 17:20:00 +0000'), 'S.A.' copyright")


# ---------------------------------------------------------------- Folha-style RSS 0.91
def folhadoplanalto():
    """Folha-style RSS 0.91 in ISO-8859-1: no guid, no author, title/link/description only plus
    pubDate, '*' bullets, 'Leia mais' missing; credits inside description."""
    rows, items = [], []

    def add(slug, title, when, desc, exp):
        url = f"https://www1.folhadoplanalto.com.br/mundo/2026/12/{slug}.shtml"
        rows.append(f"<item>\r\n<title>{esc(title)}</title>\r\n<link>{url}</link>\r\n<description>{esc(desc)}</description>\r\n<pubDate>{rfc822(when)}</pubDate>\r\n</item>")
        items.append(exp(url))

    o = -3
    w = d(3, 16, 2, 0, o)
    add("venezuela-acusa-eua-de-execucao-apos-ataque-a-barco", "Venezuela acusa EUA de 'execução extrajudicial' após ataque a barco", w,
        "Chanceler venezuelano afirmou que Caracas levará o caso à ONU",
        lambda k: it(k, "Venezuela acusa EUA de 'execução extrajudicial' após ataque a barco", w))
    w = d(3, 14, 40, 0, o)
    add("argentina-para-com-greve-geral-contra-reforma-trabalhista", "Argentina para com greve geral contra reforma trabalhista do governo", w,
        "Transporte público não funciona em Buenos Aires; governo diz que adesão foi baixa",
        lambda k: it(k, "Argentina para com greve geral contra reforma trabalhista do governo", w))
    w = d(3, 13, 15, 0, o)
    add("chile-eleicao-segundo-turno-pesquisa", "Direita lidera pesquisa para 2º turno no Chile; veja números", w,
        "Candidato tem 54% contra 46% da rival, segundo levantamento Cadem",
        lambda k: it(k, "Direita lidera pesquisa para 2º turno no Chile; veja números", w))
    w = d(3, 11, 0, 0, o)
    add("papa-leao-visita-libano-missa-beirute", "Papa celebra missa para 150 mil em Beirute e pede fim da violência", w,
        "'O Líbano precisa de paz, não de armas', disse o pontífice",
        lambda k: it(k, "Papa celebra missa para 150 mil em Beirute e pede fim da violência", w))
    w = d(3, 9, 30, 0, o)
    add("podcast-primeira-hora-ira", "Primeira Hora: o que muda com a volta dos inspetores ao Irã", w,
        "Podcast diário da Folha do Planalto",
        lambda k: it(k, "Primeira Hora: o que muda com a volta dos inspetores ao Irã", w, story=False, note="Podcast episode."))
    w = d(3, 8, 10, 0, o)
    add("turistas-brasileiros-lotam-bariloche-com-real-forte", "Turistas brasileiros lotam Bariloche com real forte", w,
        "Procura por pacotes na Patagônia sobe 40% em dezembro",
        lambda k: it(k, "Turistas brasileiros lotam Bariloche com real forte", w, rel=False))
    w = d(3, 7, 0, 0, o)
    add("coreia-do-sul-presidente-visita-japao", "Presidente sul-coreano visita Tóquio em meio a disputa histórica", w,
        "Encontro com premiê japonesa deve tratar de trabalho forçado e defesa",
        lambda k: it(k, "Presidente sul-coreano visita Tóquio em meio a disputa histórica", w))
    channel = ("<title>Folha do Planalto - Mundo - Principal</title>\r\n<link>https://www1.folhadoplanalto.com.br/mundo/</link>\r\n<description>Folha do Planalto - Mundo - Principal</description>\r\n"
               "<language>pt-br</language>\r\n<copyright>Copyright Folha do Planalto. Todos os direitos reservados. É proibida a reprodução.</copyright>\r\n"
               "<image>\r\n<title>Folha do Planalto</title>\r\n<url>https://f.folhadoplanalto.com.br/logo.gif</url>\r\n<link>https://www.folhadoplanalto.com.br/</link>\r\n<width>144</width>\r\n<height>31</height>\r\n</image>")
    text = ('<?xml version="1.0" encoding="ISO-8859-1"?>\r\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\r\n'
            '<rss version="0.91">\r\n<channel>\r\n' + channel + "\r\n" + "\r\n".join(rows) + "\r\n</channel>\r\n</rss>\r\n")
    return feed("pt_br_folhadoplanalto_mundo_rss091_latin1.xml", text, items, lang="pt", outlet="Folha do Planalto", encoding="latin-1",
                ctype="text/xml; charset=ISO-8859-1", declared="iso-8859-1", shape="rss091",
                structure="Folha de S.Paulo-style RSS 0.91 (feeds.folha.uol.com.br/mundo/rss091.xml): Netscape DOCTYPE, ISO-8859-1 bytes, prolog and header, CRLF line ends, channel title 'Outlet - Section - Principal', items with title/link/description/pubDate only (no guid, no author; links are the ids), one-line descriptions without final stop, a daily podcast, -0300 dates")


FEEDS = [isarbote, spreeblatt, havelkurier, corrierenavigli, fattodelgiorno, diariotejo, folhadoplanalto]
