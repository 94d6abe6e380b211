# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu feeds of the sixteenth held-out set.
All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_DC, atom, esc, it, q, rfc822, rss
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2026, 12, day, h, mi, s, off)


def cd(s):
    return f"<![CDATA[{s}]]>"


# ---------------------------------------------------------------- Funke-style regional (WAZ / Abendblatt)
def revierbote():
    rows, items = [], []

    def add(aid, path, title, when, creator, desc, exp):
        url = f"https://www.revierbote.de/{path}/article{aid}/"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>\n{cr}\n<pubDate>{rfc822(when)}</pubDate>\n"
                    f"<guid isPermaLink=\"false\">article{aid}</guid>\n<enclosure url=\"https://img.revierbote.de/img/{path.split('/')[0]}/crop{aid}/{aid % 9973}-w1280-h720.jpg\" type=\"image/jpeg\" length=\"0\"/>\n</item>")
        items.append(exp(f"article{aid}"))

    o = 1
    w = d(11, 17, 25, 0, o)
    add(410877123, "politik/ausland", "Nahost: Israel und Libanon vereinbaren Gespräche über Grenzverlauf", w, "Kerstin Lehmkuhl",
        "Unter Vermittlung der USA wollen beide Länder erstmals seit Jahrzehnten direkt über die umstrittene Landgrenze verhandeln. Die Hisbollah lehnt das ab.",
        lambda k: it(k, "Nahost: Israel und Libanon vereinbaren Gespräche über Grenzverlauf", w, ["Kerstin Lehmkuhl"]))
    w = d(11, 15, 3, 0, o)
    add(410876544, "politik/ausland", "Ukraine-Krieg: Selenskyj bittet Bundestag per Video um mehr Luftabwehr", w, "Jan Ostermeier, Lisa Brückner",
        "In einer Videoansprache an die Abgeordneten warb der ukrainische Präsident um weitere Patriot-Systeme. Die Union drängt auf eine schnelle Entscheidung.",
        lambda k: it(k, "Ukraine-Krieg: Selenskyj bittet Bundestag per Video um mehr Luftabwehr", w, ["Jan Ostermeier", "Lisa Brückner"]))
    w = d(11, 13, 40, 0, o)
    add(410875990, "sport/fussball/bvb", "BVB: Drei Ausfälle vor dem Spiel in Mailand", w, "Marco Kessler",
        "Borussia Dortmund muss am Dienstag ohne zwei Innenverteidiger auskommen. Der Trainer gibt sich dennoch zuversichtlich.",
        lambda k: it(k, "BVB: Drei Ausfälle vor dem Spiel in Mailand", w, ["Marco Kessler"], rel=False))
    w = d(11, 11, 15, 0, o)
    add(410875213, "staedte/essen", "Essen: Weihnachtsmarkt am Kennedyplatz wegen Sturmwarnung geschlossen", w, None,
        "Der Deutsche Wetterdienst warnt vor Orkanböen. Die Stadt hat die Buden bis Samstagmittag geschlossen.",
        lambda k: it(k, "Essen: Weihnachtsmarkt am Kennedyplatz wegen Sturmwarnung geschlossen", w, [], rel=False))
    w = d(11, 9, 0, 0, o)
    add(410874420, "politik/ausland", "US-Wahl 2028: Wer bei den Demokraten schon in den Startlöchern steht", w, "Daniel Hoffrichter",
        "Zwei Jahre vor der Präsidentschaftswahl bringen sich mehrere Gouverneure in Stellung. Ein Überblick. Von Daniel Hoffrichter",
        lambda k: it(k, "US-Wahl 2028: Wer bei den Demokraten schon in den Startlöchern steht", w, ["Daniel Hoffrichter"], junk=["Von Daniel Hoffrichter"]))
    w = d(11, 0, 5, 0, o)
    add(410873001, "panorama/horoskop", "Horoskop für Freitag, 11. Dezember 2026: Das sagen die Sterne", w, None,
        "Was bringt der Tag für Widder, Stier und Zwillinge? Hier lesen Sie Ihr Tageshoroskop.",
        lambda k: it(k, "Horoskop für Freitag, 11. Dezember 2026: Das sagen die Sterne", w, [], story=False, rel=False, note="Horoscope."))
    channel = ("<title>Revierbote - Politik</title>\n<link>https://www.revierbote.de/politik/</link>\n<description>Aktuelle Nachrichten aus Politik, Ausland und dem Revier</description>\n"
               f"<language>de-DE</language>\n<copyright>Revierbote 2026</copyright>\n<lastBuildDate>{rfc822(d(11, 17, 30, 0, o))}</lastBuildDate>")
    return feed("de_revierbote_politik_funke.rss.xml", rss(channel, rows, ns=NS_DC), items, lang="de", outlet="Revierbote",
                structure="Funke-Mediengruppe-style regional RSS (WAZ / Hamburger Abendblatt): channel 'Marke - Ressort', 'article<9 digits>' ids as non-permalink guids, dc:creator with one name or 'A, B', no creator on desk items, enclosure with length 0, 'Thema: Satz' headlines, teaser ending 'Von Name', Bundesliga and city items and a horoscope in the politics feed, +0100 dates")


# ---------------------------------------------------------------- Süddeutsche-style
def isarpost():
    rows, items = [], []

    def add(slug, title, when, desc, exp, img=True):
        url = f"https://www.isarpost.de/politik/{slug}"
        pic = f"<img src=\"https://www.isarpost.de/image/{len(slug) * 7919 % 100000}/16x9/1280.jpg\" alt=\"\" /><br/>" if img else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{url}?reduced=true</link><guid isPermaLink=\"false\">{url}</guid>"
                    f"<pubDate>{rfc822(when, lang='de')}</pubDate><description>{esc(pic + desc)}</description></item>")
        items.append(exp(url))

    o = 1
    w = d(11, 18, 2, 0, o)
    add("syrien-wiederaufbaukonferenz-nachbarstaaten-1.7712345", "Syrien: Übergangsregierung lädt Nachbarn zur Wiederaufbaukonferenz", w,
        "Damaskus will im Februar Geldgeber aus der Region und der EU an einen Tisch bringen. Die Türkei und Jordanien haben bereits zugesagt.",
        lambda k: it(k, "Syrien: Übergangsregierung lädt Nachbarn zur Wiederaufbaukonferenz", w))
    w = d(11, 16, 30, 0, o)
    add("frankreich-regierung-misstrauensvotum-1.7712201", "Frankreich: Regierung übersteht Misstrauensvotum knapp", w,
        "Nur acht Stimmen fehlten der Opposition in der Nationalversammlung. Der Haushaltsstreit ist damit aber nicht beendet.",
        lambda k: it(k, "Frankreich: Regierung übersteht Misstrauensvotum knapp", w))
    w = d(11, 14, 0, 0, o)
    add("podcast-zur-lage-china-afrika-1.7711980", "Podcast „Zur Lage“: Was will China in Afrika?", w,
        "In der neuen Folge spricht unsere Korrespondentin über Häfen, Kredite und Militärbasen. Jetzt anhören.",
        lambda k: it(k, "Podcast „Zur Lage“: Was will China in Afrika?", w, [], story=False, junk=["Jetzt anhören"], note="Podcast episode."), img=False)
    w = d(11, 12, 45, 0, o)
    add("bayern-landtag-doppelhaushalt-1.7711802", "Bayern: Landtag billigt Doppelhaushalt mit Rekordschulden", w,
        "Die Staatsregierung setzt sich mit ihrer Mehrheit durch. Die Opposition spricht von einem „Haushalt der Ausreden“.",
        lambda k: it(k, "Bayern: Landtag billigt Doppelhaushalt mit Rekordschulden", w, rel=False))
    w = d(11, 10, 20, 0, o)
    add("japan-erdbeben-hokkaido-1.7711650", "Japan: Erdbeben der Stärke 6,8 vor Hokkaido", w,
        "Die Behörden gaben eine Tsunamiwarnung aus, die später wieder aufgehoben wurde. Berichte über Verletzte gibt es bislang nicht.",
        lambda k: it(k, "Japan: Erdbeben der Stärke 6,8 vor Hokkaido", w, rel=False, note="Natural disaster without an international side."))
    w = d(11, 7, 55, 0, o)
    add("eu-sanktionen-russland-fluessiggas-1.7711433", "Sanktionen: EU will Import von russischem Flüssiggas ab 2027 verbieten", w,
        "Die Kommission legt das 21. Sanktionspaket vor. Ungarn und die Slowakei kündigen Widerstand an.",
        lambda k: it(k, "Sanktionen: EU will Import von russischem Flüssiggas ab 2027 verbieten", w))
    channel = (f"<title>Politik - Isarpost</title><link>https://www.isarpost.de/politik</link><description>Nachrichten aus Politik: Deutschland, Ausland und Bayern</description>"
               f"<language>de</language><lastBuildDate>{rfc822(d(11, 18, 5, 0, o), lang='de')}</lastBuildDate>")
    return feed("de_isarpost_politik.rss.xml", rss(channel, rows, sep=""), items, lang="de", outlet="Isarpost",
                structure="Süddeutsche Zeitung-style politics RSS: single line, channel 'Ressort - Marke', no author element, 'Land: Satz' headlines, escaped <img> and <br/> leading the description, links with '?reduced=true' and the clean '…-1.<7 digits>' URL as non-permalink guid, pubDate with German day and month names ('Fr, 11 Dez 2026 … +0100'), a podcast episode, a state-politics item and a faraway earthquake")


# ---------------------------------------------------------------- Kurier-style (Austria, Atom)
def donaublick():
    entries, items = [], []

    def add(aid, slug, title, when, authors, summary, exp):
        url = f"https://www.donaublick.at/politik/ausland/{slug}/{aid}"
        au = "".join(f"<author><name>{esc(a)}</name></author>" for a in authors)
        entries.append(f"<entry>\n  <id>tag:donaublick.at,2026:{aid}</id>\n  <title>{esc(title)}</title>\n  <link href=\"{url}\" rel=\"alternate\"/>\n"
                       f"  <updated>{when.isoformat()}</updated>\n  <published>{when.isoformat()}</published>\n  {au}\n  <summary type=\"html\">{esc(summary)}</summary>\n</entry>")
        items.append(exp(f"tag:donaublick.at,2026:{aid}"))

    o = 1
    w = d(11, 16, 50, 0, o)
    add(403115220, "aussenministerin-westbalkan-konferenz-wien", "Außenministerin lädt Westbalkan-Staaten zu Konferenz nach Wien", w, ["Johanna Pichler"],
        "<p>Im Jänner sollen die Außenminister aus sechs Ländern über Visaliberalisierung und Energie beraten. Serbien hat seine Teilnahme noch nicht bestätigt.</p>",
        lambda k: it(k, "Außenministerin lädt Westbalkan-Staaten zu Konferenz nach Wien", w, ["Johanna Pichler"]))
    w = d(11, 14, 25, 0, o)
    add(403115001, "ungarn-blockiert-ukraine-beitrittsgespraeche", "Ungarn blockiert erneut Beitrittsgespräche mit der Ukraine", w, ["APA", "AFP"],
        "<p>Budapest verweigert beim Rat in Brüssel die Zustimmung zur Eröffnung des ersten Verhandlungsclusters.</p>",
        lambda k: it(k, "Ungarn blockiert erneut Beitrittsgespräche mit der Ukraine", w, [], note="Agency credits only. [\"APA\", \"AFP\"] is also correct"))
    w = d(11, 13, 10, 0, o)
    add(403114870, "skiweltcup-val-disere-oesv-damen", "Skiweltcup: ÖSV-Damen in Val d'Isère ohne Podestplatz", w, ["Thomas Gruber"],
        "<p>Die beste Österreicherin landete im Super-G auf Rang sieben.</p>",
        lambda k: it(k, "Skiweltcup: ÖSV-Damen in Val d'Isère ohne Podestplatz", w, ["Thomas Gruber"], rel=False))
    w = d(11, 11, 0, 0, o)
    add(403114655, "wetter-erster-schnee-niederungen", "Wetter: Erster Schnee bis in die Niederungen erwartet", w, [],
        "<p>Heuer kommt der Winter spät, aber heftig: Bis Sonntag sind im Flachland bis zu zehn Zentimeter Neuschnee möglich.</p>",
        lambda k: it(k, "Wetter: Erster Schnee bis in die Niederungen erwartet", w, [], rel=False))
    w = d(11, 8, 30, 0, o)
    add(403114320, "analyse-warum-moldau-fuer-europa-wichtiger-wird", "Analyse: Warum die Republik Moldau für Europa wichtiger wird", w, ["Stefan Hofer"],
        "<p>Zwischen Rumänien und der Ukraine entscheidet sich, wie weit Russlands Einfluss noch reicht. Eine Analyse von Stefan Hofer.</p><p><a href=\"https://www.donaublick.at/plus\">Jetzt mit Donaublick Plus weiterlesen</a></p>",
        lambda k: it(k, "Warum die Republik Moldau für Europa wichtiger wird", w, ["Stefan Hofer"], junk=["Eine Analyse von Stefan Hofer", "Jetzt mit Donaublick Plus weiterlesen"],
                     note="Title label 'Analyse:' may be kept or dropped"))
    w = d(10, 18, 0, 0, o)
    add(403113990, "gewinnspiel-adventkalender-tag-11", "Gewinnspiel: Adventkalender – Tag 11", w, ["Donaublick"],
        "<p>Heute verlosen wir zwei Karten für das Neujahrskonzert-Public-Viewing. Jetzt mitspielen!</p>",
        lambda k: it(k, "Gewinnspiel: Adventkalender – Tag 11", w, [], story=False, rel=False, note="Prize draw promotion."))
    head = ("<title>Donaublick – Ausland</title>\n<subtitle>Nachrichten aus aller Welt</subtitle>\n<link href=\"https://www.donaublick.at/politik/ausland\" rel=\"alternate\"/>\n"
            "<link href=\"https://www.donaublick.at/xml/atom/ausland\" rel=\"self\"/>\n<id>https://www.donaublick.at/politik/ausland</id>\n"
            f"<updated>{d(11, 16, 55, 0, o).isoformat()}</updated>\n<rights>© Donaublick Zeitungsverlag GmbH &amp; Co KG</rights>")
    return feed("de_at_donaublick_ausland.atom.xml", atom(head, entries), items, lang="de", outlet="Donaublick", shape="atom", ctype="application/atom+xml; charset=utf-8",
                structure="KURIER-style (Austria) Atom section feed: 'tag:' URIs as entry ids, one <author> per credit (person, 'APA' and 'AFP' agency pair, the brand on promos), Austrian vocabulary ('Jänner', 'heuer'), 'Analyse:' label with 'Eine Analyse von Name' and a Plus paywall link in the html summary, an Advent prize draw, ski and weather items, +01:00 stamps, GmbH & Co KG rights")


# ---------------------------------------------------------------- Il Secolo XIX-style (Genoa)
def faroligure():
    rows, items = [], []

    def add(path, title, when, creator, desc, exp):
        url = f"https://www.ilfaroligure.it/{path}.html"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item>\n<title>{cd(title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>\n{cr}\n"
                    f"<description>{cd(desc)}</description>\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(url))

    o = 1
    w = d(11, 17, 5, 0, o)
    add("mondo/2026/12/11/news/libia_guardia_costiera_ferma_tre_navi_ong-15523301", "Libia, la Guardia costiera ferma tre navi Ong: tensione con Roma", w, "Giulia Parodi",
        "<p>Le navi umanitarie sono state scortate a Tripoli. La Farnesina convoca l'incaricato d'affari libico.</p>",
        lambda k: it(k, "Libia, la Guardia costiera ferma tre navi Ong: tensione con Roma", w, ["Giulia Parodi"]))
    w = d(11, 15, 40, 0, o)
    add("economia/2026/12/11/news/porto_genova_record_container_2026-15523188", "Genova, il porto chiude il 2026 con il record di container", w, "Marco Repetto",
        "<p>Superata quota 2,8 milioni di teu. L'Autorità portuale: «Merito della nuova diga».</p>",
        lambda k: it(k, "Genova, il porto chiude il 2026 con il record di container", w, ["Marco Repetto"], rel=False))
    w = d(11, 13, 15, 0, o)
    add("mondo/2026/12/11/news/ucraina_kiev_cessate_il_fuoco_inverno-15523040", "Ucraina, Kiev a Bruxelles: «Serve una tregua energetica prima dell'inverno»", w, "la redazione",
        "<p>Il viceministro degli Esteri ucraino Oleh Marchenko chiede all'Ue di premere su Mosca per fermare gli attacchi alle centrali. «Ogni notte perdiamo megawatt che non possiamo ricostruire», ha detto.</p>",
        lambda k: it(k, "Ucraina, Kiev a Bruxelles: «Serve una tregua energetica prima dell'inverno»", w, [], quotes=[q("Oleh Marchenko")], note="Desk credit 'la redazione' is not a person."))
    w = d(11, 11, 50, 0, o)
    add("sport/2026/12/11/news/sampdoria_allenamento_infermeria-15522911", "Sampdoria, infermeria piena in vista della trasferta di Bari", w, "Luca Canepa",
        "<p>Tre titolari ancora a parte. Il tecnico valuta il cambio di modulo.</p>",
        lambda k: it(k, "Sampdoria, infermeria piena in vista della trasferta di Bari", w, ["Luca Canepa"], rel=False))
    w = d(11, 9, 30, 0, o)
    add("mondo/2026/12/11/news/gaza_onu_aiuti_un_terzo_del_fabbisogno-15522780", "Gaza, l'Onu: «Gli aiuti coprono un terzo del fabbisogno»", w, "Giulia Parodi, Andrea Costa",
        "<p>Secondo l'agenzia umanitaria delle Nazioni Unite entrano in media 180 camion al giorno. <a href=\"https://www.ilfaroligure.it/mondo/\">Leggi anche: tutte le notizie dal mondo</a></p>",
        lambda k: it(k, "Gaza, l'Onu: «Gli aiuti coprono un terzo del fabbisogno»", w, ["Giulia Parodi", "Andrea Costa"], junk=["Leggi anche"]))
    w = d(10, 19, 0, 0, o)
    add("foto/2026/12/10/news/natale_nei_caruggi_luci-15522501", "Il Natale nei caruggi: le luci del centro storico - FOTO", w, None,
        "<p></p>",
        lambda k: it(k, "Il Natale nei caruggi: le luci del centro storico", w, [], story=False, rel=False, note="Photo gallery. Title label 'FOTO' may be kept or dropped"))
    channel = ("<title>Il Faro Ligure - Mondo</title>\n<link>https://www.ilfaroligure.it</link>\n<description>Il Faro Ligure: notizie da Genova, dalla Liguria e dal mondo</description>\n"
               f"<language>it</language>\n<copyright>Copyright Il Faro Ligure</copyright>\n<lastBuildDate>{rfc822(d(11, 17, 10, 0, o))}</lastBuildDate>")
    return feed("it_ilfaroligure_mondo.rss.xml", rss(channel, rows, ns=NS_DC), items, lang="it", outlet="Il Faro Ligure", aliases=["Faro Ligure"],
                structure="Il Secolo XIX / GEDI local-network-style RSS: '/news/<slug>-<8 digits>.html' permalink guids, CDATA titles 'Luogo, frase: «citazione»', dc:creator with one name, 'A, B' or 'la redazione', CDATA <p> descriptions with a 'Leggi anche' link, a gallery with ' - FOTO' suffix and empty description, local port, football and world items mixed, +0100 dates")


# ---------------------------------------------------------------- L'Unione Sarda-style
def isolano():
    rows, items = [], []

    def add(aid, slug, title, when, author, desc, exp):
        url = f"https://www.lisolano.it/news/{slug}-{aid}"
        au = f"<author>redazione@lisolano.it ({author})</author>" if author else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link>{au}<description>{esc(desc)}</description>"
                    f"<pubDate>{rfc822(when, lang='it')}</pubDate><guid isPermaLink=\"false\">{aid}</guid></item>")
        items.append(exp(str(aid)))

    o = 1
    w = d(11, 16, 20, 0, o)
    add(771204, "nato-esercitazione-capo-teulada-sei-paesi", "Nato, maxi-esercitazione a Capo Teulada con truppe di sei Paesi", w, "Maria Pinna",
        "Oltre 3.000 militari impegnati fino al 20 dicembre. Protesta dei comitati contro le servitù militari.",
        lambda k: it(k, "Nato, maxi-esercitazione a Capo Teulada con truppe di sei Paesi", w, ["Maria Pinna"]))
    w = d(11, 14, 50, 0, o)
    add(771188, "cagliari-sequestro-droga-porto", "Cagliari, sequestro di hashish al porto: arrestato un camionista", w, "Redazione",
        "Nel rimorchio 40 chili nascosti tra le casse di frutta.",
        lambda k: it(k, "Cagliari, sequestro di hashish al porto: arrestato un camionista", w, [], rel=False))
    w = d(11, 12, 35, 0, o)
    add(771163, "migranti-sbarchi-record-sulcis-algeria", "Migranti, sbarchi record nel Sulcis dall'Algeria: 600 arrivi in una settimana", w, "Stefano Murgia",
        "La rotta algerina è la più battuta del 2026. Il prefetto chiede rinforzi al Viminale.",
        lambda k: it(k, "Migranti, sbarchi record nel Sulcis dall'Algeria: 600 arrivi in una settimana", w, ["Stefano Murgia"]))
    w = d(11, 10, 40, 0, o)
    add(771140, "iran-condannata-a-morte-giornalista-appello-ue", "Iran, condannata a morte una giornalista: l'appello dell'Ue", w, None,
        "Bruxelles chiede a Teheran di sospendere l'esecuzione. La reporter era stata arrestata durante le proteste di ottobre.",
        lambda k: it(k, "Iran, condannata a morte una giornalista: l'appello dell'Ue", w))
    w = d(11, 6, 0, 0, o)
    add(771101, "oroscopo-oggi-venerdi-11-dicembre", "L'oroscopo di oggi, venerdì 11 dicembre", w, "Redazione",
        "Le previsioni segno per segno.",
        lambda k: it(k, "L'oroscopo di oggi, venerdì 11 dicembre", w, [], story=False, rel=False, note="Horoscope."))
    w = d(10, 21, 15, 0, o)
    add(771077, "usa-cina-dazi-pechino-terre-rare", "Usa-Cina, la risposta di Pechino ai dazi: nuove restrizioni sulle terre rare", w, "Redazione Esteri",
        "Il ministero del Commercio cinese annuncia licenze obbligatorie per l'export di sette minerali strategici.",
        lambda k: it(k, "Usa-Cina, la risposta di Pechino ai dazi: nuove restrizioni sulle terre rare", w, []))
    channel = (f"<title>L'Isolano</title><link>https://www.lisolano.it</link><description>Le notizie dell'Isolano</description><language>it-IT</language>"
               f"<pubDate>{rfc822(d(11, 16, 25, 0, o), lang='it')}</pubDate>")
    return feed("it_lisolano_news.rss.xml", rss(channel, rows, sep=""), items, lang="it", outlet="L'Isolano", aliases=["Isolano"],
                structure="L'Unione Sarda-style regional RSS from a custom CMS: single line, bare brand channel, RSS 2.0 '<author>email (Name)</author>' with a person, 'Redazione' or 'Redazione Esteri', numeric article ids as non-permalink guids, pubDate with Italian day and month names ('ven, 11 dic 2026'), island military and migration stories next to crime and a horoscope, +0100")


# ---------------------------------------------------------------- Agência Brasil-style (public agency, Drupal)
def agenciacerrado():
    rows, items = [], []

    def add(nid, slug, title, when, creator, desc, exp):
        url = f"https://agenciacerrado.gov.br/{slug}"
        rows.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{url}</link>\n  <description>{esc(desc)}</description>\n"
                    f"  <pubDate>{rfc822(when)}</pubDate>\n  <dc:creator>{esc(creator)}</dc:creator>\n  <guid isPermaLink=\"false\">{nid} at https://agenciacerrado.gov.br</guid>\n</item>")
        items.append(exp(f"{nid} at https://agenciacerrado.gov.br"))

    o = -3
    w = d(11, 17, 30, 0, o)
    add(1502231, "internacional/noticia/2026-12/brasil-e-argentina-assinam-acordo-de-integracao-energetica", "Brasil e Argentina assinam acordo de integração energética", w, "Pedro Alves - Repórter da Agência Cerrado",
        "<p>Os dois países vão interligar redes de transmissão na fronteira e ampliar a compra de gás de Vaca Muerta.</p><p>Edição: Carla Nunes</p>",
        lambda k: it(k, "Brasil e Argentina assinam acordo de integração energética", w, ["Pedro Alves"], junk=["Edição: Carla Nunes"], note="The job line ' - Repórter da …' is not part of the name."))
    w = d(11, 15, 10, 0, o)
    add(1502198, "internacional/noticia/2026-12/itamaraty-condena-ataque-comboio-humanitario-sudao", "Itamaraty condena ataque a comboio humanitário no Sudão", w, "Luísa Martins* - Estagiária da Agência Cerrado",
        "<p>Em nota, o Ministério das Relações Exteriores pediu investigação independente sobre a morte de seis trabalhadores humanitários em Darfur.</p><p>*Estagiária sob supervisão de Pedro Alves</p>",
        lambda k: it(k, "Itamaraty condena ataque a comboio humanitário no Sudão", w, ["Luísa Martins"], junk=["Estagiária sob supervisão"], note="Intern credit with asterisk; the supervisor is not an author."))
    w = d(11, 20, 5, 0, o)
    add(1502260, "geral/noticia/2026-12/mega-sena-acumula-premio-r-45-milhoes", "Mega-Sena acumula e prêmio vai a R$ 45 milhões", w, "Agência Cerrado",
        "<p>Confira as dezenas sorteadas nesta sexta-feira.</p>",
        lambda k: it(k, "Mega-Sena acumula e prêmio vai a R$ 45 milhões", w, [], story=False, rel=False, note="Lottery results."))
    w = d(11, 12, 0, 0, o)
    add(1502150, "economia/noticia/2026-12/governo-anuncia-salario-minimo-2027", "Governo anuncia salário mínimo de R$ 1.702 para 2027", w, "Ana Beatriz Rocha - Repórter da Agência Cerrado",
        "<p>O reajuste segue a regra de valorização aprovada pelo Congresso.</p><p>Edição: Marcos Lima</p>",
        lambda k: it(k, "Governo anuncia salário mínimo de R$ 1.702 para 2027", w, ["Ana Beatriz Rocha"], rel=False, junk=["Edição: Marcos Lima"]))
    w = d(11, 10, 15, 0, o)
    add(1502111, "internacional/noticia/2026-12/brasil-proposta-fundo-florestas-g20", "Brasil vai propor fundo para florestas tropicais na cúpula do G20", w, "Rafael Teixeira - Enviado especial a Joanesburgo",
        "<p>A proposta prevê pagamentos anuais a países que reduzirem o desmatamento.</p><p>Edição: Carla Nunes</p>",
        lambda k: it(k, "Brasil vai propor fundo para florestas tropicais na cúpula do G20", w, ["Rafael Teixeira"], junk=["Edição: Carla Nunes"]))
    w = d(10, 19, 40, 0, o)
    add(1502050, "internacional/noticia/2026-12/chanceler-recebe-enviado-da-onu-para-venezuela", "Chanceler recebe enviado da ONU para a Venezuela", w, "Agência Cerrado",
        "<p>O encontro em Brasília tratou da libertação de presos políticos e da crise migratória em Roraima.</p>",
        lambda k: it(k, "Chanceler recebe enviado da ONU para a Venezuela", w, []))
    channel = ("\n  <title>Agência Cerrado - Internacional</title>\n  <link>https://agenciacerrado.gov.br/internacional</link>\n  <description>Notícias de Internacional da Agência Cerrado</description>\n  <language>pt-br</language>")
    return feed("pt_br_agenciacerrado_internacional_drupal.rss.xml", rss(channel, rows, ns=NS_DC), items, lang="pt", outlet="Agência Cerrado",
                structure="Agência Brasil (EBC)-style Drupal RSS: Drupal '<nid> at <site>' guids, dc:creator holding 'Name - Repórter da Agência …', 'Name* - Estagiária …' and 'Name - Enviado especial a …' credit lines or the agency itself, escaped <p> descriptions ending in 'Edição: Name', a lottery-results item, items out of date order, -0300 dates")


# ---------------------------------------------------------------- Jornal de Notícias-style (Porto)
def jornaldodouro():
    rows, items = [], []

    def add(path, title, when, desc, exp):
        url = f"https://www.jornaldodouro.pt/{path}.html"
        rows.append(f"<item><title>{cd(title)}</title><link>{url}</link><description>{cd(desc)}</description>"
                    f"<pubDate>{rfc822(when, lang='pt-pt')}</pubDate><guid isPermaLink=\"true\">{url}</guid></item>")
        items.append(exp(url))

    w = d(11, 17, 45)
    add("mundo/russia-acusa-nato-de-provocacao-no-mar-baltico-18422301", "Rússia acusa NATO de provocação no mar Báltico", w,
        "Moscovo convocou o embaixador da Estónia depois de navios da Aliança terem escoltado um petroleiro até ao golfo da Finlândia.",
        lambda k: it(k, "Rússia acusa NATO de provocação no mar Báltico", w))
    w = d(11, 16, 10)
    add("desporto/fc-porto-vence-em-braga-e-sobe-a-lideranca-18422250", "FC Porto vence em Braga e sobe à liderança", w,
        "Os dragões venceram por 2-1 com um golo nos descontos.",
        lambda k: it(k, "FC Porto vence em Braga e sobe à liderança", w, rel=False))
    w = d(11, 14, 0)
    add("mundo/guterres-pede-treguas-humanitarias-no-sudao-durante-o-natal-18422190", "Guterres pede tréguas humanitárias no Sudão durante o Natal", w,
        "O secretário-geral da ONU apelou às partes em conflito para permitirem a entrada de ajuda em El Fasher e Kadugli.",
        lambda k: it(k, "Guterres pede tréguas humanitárias no Sudão durante o Natal", w))
    w = d(11, 12, 20)
    add("local/porto/incendio-destroi-armazem-em-vila-nova-de-gaia-18422101", "Incêndio destrói armazém em Vila Nova de Gaia", w,
        "Não há registo de feridos. Mais de 40 bombeiros estiveram no local.",
        lambda k: it(k, "Incêndio destrói armazém em Vila Nova de Gaia", w, rel=False))
    w = d(11, 10, 5)
    add("mundo/venezuela-comunidade-portuguesa-teme-nova-vaga-de-detencoes-18422044", "Venezuela: comunidade portuguesa teme nova vaga de detenções", w,
        "Conselheiros das comunidades pedem ao Governo que reforce o consulado em Valência. <a href=\"https://www.jornaldodouro.pt/mundo\">Leia mais em Mundo</a>",
        lambda k: it(k, "Venezuela: comunidade portuguesa teme nova vaga de detenções", w, junk=["Leia mais em Mundo"]))
    w = d(10, 21, 30)
    add("galerias/as-luzes-de-natal-da-avenida-dos-aliados-18421900", "Galeria: as luzes de Natal da Avenida dos Aliados", w,
        "Veja as imagens.",
        lambda k: it(k, "As luzes de Natal da Avenida dos Aliados", w, story=False, rel=False, note="Photo gallery. Title label 'Galeria:' may be kept or dropped"))
    channel = (f"<title><![CDATA[Jornal do Douro]]></title><link>https://www.jornaldodouro.pt</link><description><![CDATA[Jornal do Douro - Últimas]]></description>"
               f"<language>pt-PT</language><lastBuildDate>{rfc822(d(11, 17, 50), lang='pt-pt')}</lastBuildDate>")
    return feed("pt_pt_jornaldodouro_ultimas.rss.xml", rss(channel, rows, sep=""), items, lang="pt", outlet="Jornal do Douro",
                structure="Jornal de Notícias (Porto)-style 'Últimas' RSS from a custom CMS: single line, CDATA title and description, no author element, '-<8 digits>.html' permalink guids, pubDate with Portuguese day and month names ('Sex, 11 Dez 2026 … +0000'), European Portuguese ('Moscovo', 'golo'), 'Leia mais' link, 'Galeria:' gallery, football and local items in a mixed feed")


# ---------------------------------------------------------------- Inquilab-style Indian Urdu daily
def bedari():
    rows, items = [], []

    def add(nid, title, when, creator, desc, exp):
        url = f"https://www.roznamabedari.com/international/news-{nid}"
        cr = f"<dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item><title>{cd(title)}</title><link>{url}</link><guid>{url}</guid>{cr}<description>{cd(desc)}</description>"
                    f"<pubDate>{rfc822(when)}</pubDate></item>")
        items.append(exp(url))

    o = 5.5
    w = d(11, 19, 10, 0, o)
    add(90411, "غزہ جنگ بندی: قاہرہ میں مذاکرات کا نیا دور شروع", w, "ایجنسی",
        "<p>مصر اور قطر کی ثالثی میں فریقین کے وفود جمعہ کو قاہرہ پہنچ گئے۔ مذاکرات میں یرغمالیوں کی رہائی اور امداد کی فراہمی پر بات ہوگی۔</p>",
        lambda k: it(k, "غزہ جنگ بندی: قاہرہ میں مذاکرات کا نیا دور شروع", w, [], note="'ایجنسی' (agency) is not a person."))
    w = d(11, 17, 40, 0, o)
    add(90398, "ایران اور سعودی عرب کے وزرائے خارجہ کی ریاض میں ملاقات", w, "محمد عارف انصاری",
        "<p>دونوں ممالک نے علاقائی سلامتی اور حج انتظامات پر تعاون بڑھانے پر اتفاق کیا۔ ایرانی وزیر خارجہ نے کہا کہ خطے کے مسائل خطے کے ممالک ہی حل کریں گے۔</p>",
        lambda k: it(k, "ایران اور سعودی عرب کے وزرائے خارجہ کی ریاض میں ملاقات", w, ["محمد عارف انصاری"]))
    w = d(11, 15, 5, 0, o)
    add(90380, "ممبئی: لوکل ٹرین سروس میں خلل، مسافر پریشان", w, "نمائندہ خصوصی",
        "<p>سگنل میں خرابی کے سبب ویسٹرن لائن پر ٹرینیں ایک گھنٹے تاخیر سے چلیں۔</p>",
        lambda k: it(k, "ممبئی: لوکل ٹرین سروس میں خلل، مسافر پریشان", w, [], rel=False, note="'نمائندہ خصوصی' (special correspondent) is a desk credit."))
    w = d(11, 13, 30, 0, o)
    add(90366, "آسٹریلیا کے خلاف ٹیسٹ سیریز کیلئے ہندوستانی ٹیم کا اعلان", w, "اسپورٹس ڈیسک",
        "<p>سلیکشن کمیٹی نے ۱۶؍ رکنی ٹیم کا اعلان کیا جس میں دو نئے فاسٹ بولر شامل ہیں۔</p>",
        lambda k: it(k, "آسٹریلیا کے خلاف ٹیسٹ سیریز کیلئے ہندوستانی ٹیم کا اعلان", w, [], rel=False))
    w = d(11, 11, 0, 0, o)
    add(90351, "اقوام متحدہ: سوڈان میں قحط کا خطرہ، ۲۰؍ لاکھ افراد متاثر", w, "ایجنسی",
        "<p>عالمی ادارۂ خوراک نے خبردار کیا ہے کہ دارفور میں امداد نہ پہنچی تو صورتحال سنگین ہو جائے گی۔ <a href=\"https://www.roznamabedari.com/international\">مزید پڑھیں</a></p>",
        lambda k: it(k, "اقوام متحدہ: سوڈان میں قحط کا خطرہ، ۲۰؍ لاکھ افراد متاثر", w, [], junk=["مزید پڑھیں"]))
    w = d(10, 20, 15, 0, o)
    add(90320, "تصاویر: دہلی میں سردی کی پہلی دھند", w, None,
        "<p></p>",
        lambda k: it(k, "دہلی میں سردی کی پہلی دھند", w, [], story=False, rel=False, note="Photo gallery. Title label 'تصاویر:' may be kept or dropped"))
    channel = (f"<title><![CDATA[روزنامہ بیداری - بین الاقوامی]]></title><link>https://www.roznamabedari.com/international</link>"
               f"<description><![CDATA[روزنامہ بیداری، ممبئی]]></description><language>ur</language><lastBuildDate>{rfc822(d(11, 19, 15, 0, o))}</lastBuildDate>")
    return feed("ur_in_bedari_international.rss.xml", rss(channel, rows, ns=NS_DC, sep=""), items, lang="ur", outlet="روزنامہ بیداری", aliases=["Roznama Bedari", "بیداری"],
                structure="Inquilab-style Indian Urdu daily RSS (Mumbai): single line, Urdu channel 'برانڈ - سیکشن', CDATA titles with Urdu colon kickers ('ممبئی:', 'اقوام متحدہ:'), Urdu numerals with '؍', dc:creator holding 'ایجنسی', desk credits ('نمائندہ خصوصی', 'اسپورٹس ڈیسک') or a person, 'مزید پڑھیں' link, 'تصاویر:' gallery with empty description, links as bare guids, +0530 dates")


# ---------------------------------------------------------------- Khabrain / Nai Baat-style Pakistani Urdu daily
def sahar():
    rows, items = [], []

    def add(nid, title, when, author, desc, exp):
        url = f"https://dailysahar.pk/{nid}/"
        au = f"<author>{author}</author>" if author is not None else ""
        rows.append(f"<item>\r\n<title>{esc(title)}</title>\r\n<link>{url}</link>\r\n<description>{esc(desc)}</description>\r\n{au}\r\n"
                    f"<pubDate>{rfc822(when)[:-5]}PKT</pubDate>\r\n<guid isPermaLink=\"true\">{url}</guid>\r\n</item>")
        items.append(exp(url))

    o = 5
    w = d(11, 18, 40, 0, o)
    add(612031, "طورخم بارڈر ۵ روز بعد تجارت کیلئے کھول دیا گیا", w, "نامہ نگار",
        "پاک افغان سرحد پر پھنسے سینکڑوں ٹرک افغانستان روانہ ہو گئے۔ دونوں ممالک کے حکام کے درمیان فلیگ میٹنگ میں سرحد کھولنے پر اتفاق ہوا۔",
        lambda k: it(k, "طورخم بارڈر ۵ روز بعد تجارت کیلئے کھول دیا گیا", w, [], note="Correspondent desk credit."))
    w = d(11, 16, 15, 0, o)
    add(612010, "سی پیک کے دوسرے مرحلے پر پاک چین مشترکہ کمیٹی کا اجلاس", w, "ثناء اللہ چوہدری",
        "اجلاس میں خصوصی اقتصادی زونز اور گوادر بندرگاہ کے منصوبوں کا جائزہ لیا گیا۔ چینی سفیر نے کہا کہ منصوبوں کی سکیورٹی اولین ترجیح ہے۔",
        lambda k: it(k, "سی پیک کے دوسرے مرحلے پر پاک چین مشترکہ کمیٹی کا اجلاس", w, ["ثناء اللہ چوہدری"]))
    w = d(11, 14, 0, 0, o)
    add(611987, "لاہور میں اسموگ، ایئر کوالٹی انڈیکس ۴۵۰ سے تجاوز", w, "",
        "شہریوں کو ماسک پہننے کی ہدایت، سکول بدھ تک بند رہیں گے۔",
        lambda k: it(k, "لاہور میں اسموگ، ایئر کوالٹی انڈیکس ۴۵۰ سے تجاوز", w, [], rel=False))
    w = d(11, 12, 30, 0, o)
    add(611960, "سونے کی قیمت میں ۲ ہزار روپے فی تولہ اضافہ", w, "کامرس رپورٹر",
        "صرافہ بازار میں فی تولہ سونا ۴ لاکھ ۱۲ ہزار روپے کا ہو گیا۔",
        lambda k: it(k, "سونے کی قیمت میں ۲ ہزار روپے فی تولہ اضافہ", w, [], rel=False))
    w = d(11, 10, 45, 0, o)
    add(611941, "امریکی نائب وزیر خارجہ اسلام آباد پہنچ گئے، دفتر خارجہ میں مذاکرات", w, "ویب ڈیسک",
        "مذاکرات میں انسداد دہشت گردی تعاون اور معدنیات کے شعبے میں سرمایہ کاری پر بات چیت ہوئی۔ ترجمان دفتر خارجہ نے ملاقات کو مثبت قرار دیا۔",
        lambda k: it(k, "امریکی نائب وزیر خارجہ اسلام آباد پہنچ گئے، دفتر خارجہ میں مذاکرات", w, []))
    w = d(11, 6, 0, 0, o)
    add(611902, "آج کا دن کیسا رہے گا؟ روزانہ زائچہ", w, "",
        "برج حمل سے برج حوت تک، جانئے آج کا دن آپ کیلئے کیسا رہے گا۔",
        lambda k: it(k, "آج کا دن کیسا رہے گا؟ روزانہ زائچہ", w, [], story=False, rel=False, note="Daily horoscope."))
    channel = ("<title>Daily Sahar</title>\r\n<link>https://dailysahar.pk</link>\r\n<description>روزنامہ سحر - تازہ ترین خبریں</description>\r\n<language>ur-PK</language>")
    return feed("ur_pk_sahar_latest.rss.xml", rss(channel, rows, sep="\r\n"), items, lang="ur", outlet="Daily Sahar", aliases=["روزنامہ سحر", "سحر"],
                structure="Khabrain / Nai Baat-style Pakistani Urdu daily RSS: CRLF line ends, English channel title over Urdu items, <author> holding Urdu desk credits ('نامہ نگار', 'کامرس رپورٹر', 'ویب ڈیسک'), a person or nothing (empty element), Urdu numerals in titles, pubDate with the non-standard 'PKT' zone (+0500), numeric permalink guids, smog, gold price and horoscope beside border and diplomacy news")


FEEDS = [revierbote, isarpost, donaublick, faroligure, isolano, agenciacerrado, jornaldodouro, bedari, sahar]
